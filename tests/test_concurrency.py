"""Concurrent writers: two and four processes on a new and on an existing SQLite file.

Every process finishes (exit 0), and every article is stored exactly once. The store-level rows
run many times in seconds; the CLI rows run real `dateline ingest` processes (the spaCy model
loads in each) and are marked slow.
"""

import multiprocessing
import sqlite3
import subprocess
import sys

import pytest

from dateline.store import Store

from .conftest import EXAMPLES
from .test_store import make

TITLES = [f"Council vote {i}" for i in range(12)]


def _writer(db: str, order: int) -> None:
    articles = [make(t) for t in TITLES]
    if order % 2:
        articles.reverse()  # the same articles, met in another order: every insert races
    with Store(db) as s:
        for a in articles:
            s.add(a)


def _check(db):
    con = sqlite3.connect(db)
    rows = con.execute("select title from articles").fetchall()
    assert sorted(r[0] for r in rows) == sorted(TITLES)
    assert con.execute("select count(*) from quotes").fetchone() == (len(TITLES),)
    assert con.execute("select count(*) from dateline_schema").fetchone()[0] >= 1
    assert con.execute("pragma integrity_check").fetchone() == ("ok",)


@pytest.mark.parametrize("existing", [False, True], ids=["new-file", "existing-file"])
@pytest.mark.parametrize("n", [2, 4])
def test_store_writers_at_once(tmp_path, n, existing):
    # fork: the writers start at once, without importing dateline again (the parent holds no connection)
    ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    for round_ in range(5):
        db = str(tmp_path / f"r{round_}.db")
        if existing:
            with Store(db) as s:
                s.add(make(TITLES[0]))
        procs = [ctx.Process(target=_writer, args=(db, i)) for i in range(n)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(120)
        assert [p.exitcode for p in procs] == [0] * n, f"round {round_}"
        _check(db)


@pytest.mark.slow
@pytest.mark.parametrize("existing", [False, True], ids=["new-file", "existing-file"])
@pytest.mark.parametrize("n", [2, 4])
def test_ingest_processes_at_once(tmp_path, n, existing):
    files = sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file())
    for round_ in range(2):
        db = tmp_path / f"r{round_}.db"
        if existing:
            with Store(str(db)) as s:
                s.add(make("Stored before"))
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "dateline.cli", "ingest", *(files[:: 1 if i % 2 == 0 else -1]), "--db", str(db)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(n)
        ]
        outs = [p.communicate(timeout=600) for p in procs]
        for p, (_, err) in zip(procs, outs, strict=True):
            assert p.returncode == 0, err
            assert "Traceback" not in err
        con = sqlite3.connect(db)
        ids = [r[0] for r in con.execute("select id from articles")]
        assert len(ids) == len(set(ids)) == 6 + existing
        assert con.execute("pragma integrity_check").fetchone() == ("ok",)
