"""Web app page load on a store of many articles, next to the store read it cannot avoid.

Fills a fresh SQLite store with N articles (records of the bundled examples, extracted once, each
copied under a new id so the store holds N distinct articles with real text, quotes and events),
then times, in one process through FastAPI's in-process client:

- baseline: ``store.get(id)`` alone (the database read an article page needs at least);
- the article reader page ``/articles/{id}`` (first load, then warm);
- the JSON record ``/api/articles/{id}``; the events page; the people page.

Figures are milliseconds (median of the runs) and ratios to the baseline; the issue's bar is an
article page under 300 ms on a store of 1,000 articles.

    .venv/bin/python bench/web.py [--n 1000] [--runs 30]
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

import dateline
from dateline.link import link
from dateline.store import Store
from dateline.web import create_app

ROOT = Path(__file__).resolve().parents[1]


def records() -> list[dateline.Article]:
    out = []
    for p in sorted((ROOT / "examples").glob("*.txt")):
        out += dateline.extract(p.read_text(encoding="utf-8"), name=p.name)
    return out


def median_ms(f, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return 1000 * statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    base = records()
    with tempfile.TemporaryDirectory() as tmp, Store(str(Path(tmp) / "bench.db")) as store:
        t = time.perf_counter()
        ids = []
        for i in range(args.n):
            a = base[i % len(base)]
            new_id = hashlib.sha1(f"{a.id}-{i}".encode()).hexdigest()[:16]
            store.add(a.model_copy(update={"id": new_id}))
            ids.append(new_id)
        fill = time.perf_counter() - t
        t = time.perf_counter()
        store.relink(link)  # what `dateline ingest` does after a batch: people, incidents, stories
        relink = time.perf_counter() - t
        client = TestClient(create_app(store))
        target = ids[len(ids) // 2]
        t = time.perf_counter()
        assert client.get(f"/articles/{target}").status_code == 200
        first = 1000 * (time.perf_counter() - t)
        baseline = median_ms(lambda: store.get(target), args.runs)
        rows = [
            ("store.get (baseline)", baseline),
            ("/articles/{id}, first load", first),
            ("/articles/{id}", median_ms(lambda: client.get(f"/articles/{target}"), args.runs)),
            ("/api/articles/{id}", median_ms(lambda: client.get(f"/api/articles/{target}"), args.runs)),
            ("/events", median_ms(lambda: client.get("/events"), max(3, args.runs // 10))),
            ("/people", median_ms(lambda: client.get("/people"), max(3, args.runs // 10))),
        ]
    print(
        f"store of {args.n} articles (filled in {fill:.1f} s, relinked in {relink:.1f} s); median of {args.runs} runs"
    )
    print(f"{'what':34} {'ms':>9} {'x baseline':>11}")
    for name, ms in rows:
        print(f"{name:34} {ms:9.1f} {ms / baseline:11.1f}")


if __name__ == "__main__":
    main()
