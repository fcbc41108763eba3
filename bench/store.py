"""The store: storing, relinking and searching real articles, on SQLite and PostgreSQL, each next to
a floor measured in the same run.

The records are dateline's own, extracted once from the true bodies of the article-extraction-
benchmark pages, then copied under new titles (new ids) up to ``--n`` articles. For each dialect:

- store: ``Store.add`` per article (one transaction with every fact row and the search index),
  next to the floor: the same records as bare JSON rows (id, record), one transaction per article,
  through the same driver on the same kind of database;
- relink: ``Store.relink(dateline.link.link)`` over the whole store;
- search: ``Store.search`` for 100 words drawn from the texts (a fixed seed).

    .venv/bin/python bench/store.py [--n 400] [--pg postgresql://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
import time
import uuid
from pathlib import Path

import dateline
from dateline.link import link
from dateline.record import Article, article_id

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "article-extraction-benchmark"


def records(data: Path, n_source: int, n: int) -> list[Article]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    bodies = [str(v.get("articleBody") or "") for _, v in sorted(truth.items())]
    texts = [f"News story {i}\n\n{b}" for i, b in enumerate(bodies) if len(b.split()) >= 50][:n_source]
    source = [a for t in texts for a in dateline.extract(t)]
    out = []
    for i in range(n):
        a = source[i % len(source)]
        title = f"{a.title} (copy {i})"
        out.append(a.model_copy(update={"title": title, "id": article_id(title, a.text)}))
    return out


def floor(url: str, arts: list[Article]) -> float:
    """Bare rows, (id, record JSON), a commit each, through SQLAlchemy on the same database."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url if "://" in url else f"sqlite:///{url}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE floor_rows (id VARCHAR(32) PRIMARY KEY, record TEXT NOT NULL)"))
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    rows = [{"id": a.id, "record": a.model_dump_json()} for a in arts]
    t = time.perf_counter()
    for r in rows:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO floor_rows (id, record) VALUES (:id, :record)"), r)
    elapsed = time.perf_counter() - t
    engine.dispose()
    return elapsed


def measure(name: str, url: str, floor_url: str, arts: list[Article], words: list[str]) -> dict[str, float]:
    with dateline.Store(url) as store:
        t = time.perf_counter()
        for a in arts:
            store.add(a)
        add = time.perf_counter() - t
        t = time.perf_counter()
        store.relink(link)
        relink = time.perf_counter() - t
        t = time.perf_counter()
        hits = sum(len(store.search(w, limit=20)) for w in words)
        search = time.perf_counter() - t
    base = floor(floor_url, arts)
    n = len(arts)
    print(
        f"{name:10} store {1000 * add / n:6.1f} ms/article = {add / base:4.2f} x floor ({1000 * base / n:5.1f} ms)"
        f" | relink {relink:5.2f} s | search {1000 * search / len(words):6.1f} ms/query ({hits} hits)"
    )
    return {"add": add, "floor": base, "relink": relink, "search": search}


def pg_schema_url(pg: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(pg).update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(hide_password=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=400, help="articles to store")
    ap.add_argument("--source", type=int, default=40, help="real articles extracted (then copied up to --n)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test", help="PostgreSQL ('' to skip)")
    args = ap.parse_args()
    arts = records(args.data, args.source, args.n)
    vocab = sorted({w.lower() for a in arts[: args.source] for w in re.findall(r"[A-Za-z]{5,}", a.text)})
    words = random.Random(7).sample(vocab, 100)
    print(f"{len(arts)} articles ({args.source} real ones, copied), "
          f"{sum(len(a.entities) + len(a.quotes) + len(a.events) for a in arts)} entities+quotes+events")  # fmt: skip
    with tempfile.TemporaryDirectory() as d:
        measure("SQLite", str(Path(d) / "s.db"), str(Path(d) / "floor.db"), arts, words)
    if args.pg:
        import psycopg

        name = f"dateline_bench_{uuid.uuid4().hex[:8]}"
        try:
            with psycopg.connect(args.pg, autocommit=True) as con:
                con.execute(f'CREATE SCHEMA "{name}"')
                con.execute(f'CREATE SCHEMA "{name}_floor"')
        except psycopg.Error as e:
            print(f"PostgreSQL skipped: {' '.join(str(e).split())}")
            return
        try:
            url = pg_schema_url(args.pg, name)
            floor_url = pg_schema_url(args.pg, name + "_floor").replace("postgresql://", "postgresql+psycopg://")
            measure("PostgreSQL", url, floor_url, arts, words)
        finally:
            with psycopg.connect(args.pg, autocommit=True) as con:
                con.execute(f'DROP SCHEMA "{name}" CASCADE')
                con.execute(f'DROP SCHEMA "{name}_floor" CASCADE')


if __name__ == "__main__":
    main()
