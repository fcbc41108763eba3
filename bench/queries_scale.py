"""Queries and exports on a larger store, each as a ratio to `dateline list` on the same store.

The store is filled without the parser: the articles of tests/data/linked and examples/ are
extracted once, then stored again and again under new ids with dates spread over a year (so the
people, quotes and events repeat, as in a store that follows one region). The baseline is
``Store.rows()``, what `dateline list` reads: one pass over the articles table. A query far above
it scans something it should look up through an index.

    .venv/bin/python bench/queries_scale.py [--copies 200]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from dateline.pipeline import run
from dateline.record import Article, Date
from dateline.settings import defaults
from dateline.store import Store
from dateline.store import export as ex
from dateline.store import queries as q

ROOT = Path(__file__).resolve().parents[1]


def best_of(runs: int, f) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t)
    return best


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=200, help="how many times each article is stored")
    ap.add_argument("--runs", type=int, default=3, help="best of this many runs each")
    args = ap.parse_args(argv)
    paths = [str(ROOT / "tests" / "data" / "linked"), str(ROOT / "examples")]
    originals = [a for a in run(paths, defaults()) if isinstance(a, Article)]
    with tempfile.TemporaryDirectory() as tmp, Store(str(Path(tmp) / "scale.db")) as store:
        start = date(2025, 1, 1)
        for i in range(args.copies):
            day = Date(value=(start + timedelta(days=i % 365)).isoformat(), precision="day")
            for a in originals:
                new_id = hashlib.sha256(f"{a.id}:{i}".encode()).hexdigest()[:16]
                store.add(a.model_copy(update={"id": new_id, "published": day}))
        t = time.perf_counter()
        store.relink()
        relink = time.perf_counter() - t
        n = store.count()
        base = best_of(args.runs, store.rows)
        story = q.stories(store, limit=1)[0]["id"]
        cases = {
            "quotes": lambda: q.quotes(store),
            "quotes --speaker Tarar": lambda: q.quotes(store, speaker="Tarar"),
            "quotes --about Kabul --since 2025-06": lambda: q.quotes(store, about="Kabul", since="2025-06"),
            "events --type ASSAULT --place 'Mir Ali'": lambda: q.events(store, type="ASSAULT", place="Mir Ali"),
            "events --actor Khawaja": lambda: q.events(store, actor="Khawaja"),
            "people": lambda: q.people(store),
            "incidents": lambda: q.incidents(store),
            "stories": lambda: q.stories(store),
            "timeline": lambda: q.timeline(store, story),
            "search 'check post'": lambda: store.search("check post", 20),
            "export jsonl": lambda: sum(1 for _ in ex.records(store, ex.Filters())),
            "export csv tables": lambda: ex.tables(store, ex.Filters()),
            "export plover": lambda: io.StringIO(str(list(ex.plover(store, ex.Filters())))),
        }
        print(f"{n} articles ({len(originals)} originals x {args.copies}); relink (baseline linker) {relink:.2f} s")
        print(f"baseline `dateline list` (Store.rows): {base * 1000:.1f} ms")
        for name, f in cases.items():
            took = best_of(args.runs, f)
            print(f"  {name:42} {took * 1000:9.1f} ms  {took / base:7.1f} x list")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
