"""dateline.ingest, the one ingest loop: a transaction per article, idempotent by article id, a
failure costs only its file, the links are recomputed after the batch; and a kill -9 at any
moment loses nothing committed and leaves nothing half stored."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

import dateline
from dateline import IngestOptions, Store
from dateline.link import link

from .conftest import EXAMPLES
from .test_store import rows

FILES = [str(EXAMPLES / "wire-story.txt"), str(EXAMPLES / "two-articles-no-gap.txt")]


def test_ingest_stores_every_article_once_and_links_them(db_url):
    events = []
    with Store(db_url) as store:
        first = dateline.ingest(FILES, store, progress=events.append)
        again = dateline.ingest(FILES, store)
        assert first.new == store.count() == first.total and first.new >= 2 and not first.failures
        assert (again.new, again.already, again.total) == (0, first.new, first.new)
        # one event per article stored and per file, then the relink
        assert [e.kind for e in events].count("stored") == first.new
        assert [e.where for e in events if e.kind == "file"] == FILES
        assert events[-1].kind == "linked"
        stored = {e.article_id for e in events if e.kind == "stored"}
        assert stored == {a.id for a in store.articles()}
        assert rows(store, "select count(*) from canonical_entities")[0][0] > 0
        assert rows(store, "select count(*) from entity_mentions")[0][0] > 0


def test_a_bad_file_costs_only_itself(tmp_path):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(bytes(range(256)) * 40)
    events = []
    with Store(str(tmp_path / "t.db")) as store:
        result = dateline.ingest([str(bad), FILES[0]], store, progress=events.append)
        assert result.new == 1 and store.count() == 1
    [failure] = result.failures
    assert failure.path == str(bad)
    assert [(e.kind, e.where) for e in events if e.kind == "failed"] == [("failed", str(bad))]


def test_strict_refuses_an_article_whose_title_may_be_lost(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "Home | News | Sport\n\n"  # the only line above the story: furniture, not a headline
        "The council met on Tuesday and voted to close the old bridge for repairs, officials said. The works "
        "are expected to last three months and will cost the town about two million euros.\n\n"
        "Residents who cross the river every day will have to use the ferry, which will run every twenty "
        "minutes from six in the morning.\n"
    )  # fmt: skip
    with Store(str(tmp_path / "t.db")) as store:
        lenient = dateline.ingest([str(page)], store)
        assert lenient.new == lenient.warned == 1 and "looks like page furniture" in lenient.warnings[0].reason
    with Store(str(tmp_path / "s.db")) as store:
        strict = dateline.ingest([str(page)], store, IngestOptions(strict=True))
        assert store.count() == 0 and strict.new == 0
    [failure] = strict.failures
    assert failure.reason.endswith("(--strict)")


# ---- kill -9 in the middle of an ingest ----

TOWNS = ["Harwick", "Lowmoor", "Castlebay", "Redfield", "Ostrava", "Mendoza", "Tampere", "Kisumu", "Arequipa"]
PEOPLE = ["Maria Lindqvist", "Tomas Herrera", "Amina Odhiambo", "Kenji Sato", "Lucia Ferreira", "Piotr Nowak"]


def _article(i: int) -> str:
    """A short wire story, different for each i (its own title, figures and dates)."""
    town, person = TOWNS[i % len(TOWNS)], PEOPLE[i % len(PEOPLE)]
    return (
        f"Council in {town} approves repair plan number {i}\n\n"
        f"{town.upper()}, March {1 + i % 28} (Dateline Wire) - The town council of {town} voted on Tuesday to "
        f"approve repair plan number {i}, after {3 + i % 17} people were injured when a footbridge collapsed "
        "last month.\n\n"
        f'"We owe the families of {town} a safe crossing," mayor {person} told reporters after the vote, '
        f"adding that work would begin within {10 + (i * 7) % 40} days.\n\n"
        "Opposition councillors said the plan was rushed and accused the mayor of ignoring engineers' warnings. "
        f"{person} denied the accusation and said independent inspectors had checked the design twice.\n"
    )


def _ingest(folder, db):
    return subprocess.Popen(
        [sys.executable, "-m", "dateline.cli", "ingest", str(folder), "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )  # fmt: skip


def _stored(db) -> int:
    if not os.path.exists(db):
        return 0
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return con.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:  # not migrated yet
        return 0
    finally:
        con.close()


def _check_consistent(db) -> int:
    """Every stored article has all its fact rows (as its record lists them); nothing else is there."""
    con = sqlite3.connect(db, timeout=30)
    try:
        assert con.execute("pragma integrity_check").fetchone() == ("ok",)
        assert con.execute("pragma foreign_key_check").fetchall() == []
        con.execute("insert into articles_fts (articles_fts, rank) values ('integrity-check', 1)")
        con.execute("insert into quotes_fts (quotes_fts) values ('integrity-check')")
        n_quotes = 0
        for aid, record in con.execute("select id, record from articles").fetchall():
            r = json.loads(record)
            for table, key in (("entities", "entities"), ("quotes", "quotes"), ("events", "events"),
                               ("claims", "claims"), ("timexes", "timexes")):  # fmt: skip
                n = con.execute(f"select count(*) from {table} where article_id = ?", (aid,)).fetchone()[0]
                assert n == len(r[key]), (aid, table)
            n_quotes += len(r["quotes"])
        for table in ("entities", "quotes", "events", "claims", "timexes", "entity_mentions", "casualties"):
            orphans = f"select count(*) from {table} where article_id not in (select id from articles)"
            assert con.execute(orphans).fetchone() == (0,), table
        assert con.execute("select count(*) from quotes_fts").fetchone() == (n_quotes,)
        return con.execute("select count(*) from articles").fetchone()[0]
    finally:
        con.close()


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_nothing_and_a_rerun_stores_each_article_once(tmp_path):
    n_files = 40
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(n_files):
        (folder / f"story-{i:03d}.txt").write_text(_article(i), encoding="utf-8")
    db = tmp_path / "t.db"
    rng = random.Random(int(os.environ.get("DATELINE_KILL_SEED", "20261130")))
    stored = 0
    # the first kill at a random moment from the start (loading the model, creating the file), the
    # others at a random moment after the run has stored its first article
    for round_ in range(4):
        proc = _ingest(folder, db)
        if round_ == 0:
            time.sleep(rng.uniform(0.5, 4.0))
        else:
            deadline = time.monotonic() + 60
            while _stored(db) <= stored and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(rng.uniform(0.0, 1.0))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        now = _check_consistent(db) if db.exists() else 0
        assert now >= stored  # nothing committed was lost
        stored = now
    final = _ingest(folder, db)
    _, err = final.communicate(timeout=300)
    assert final.returncode == 0, err
    assert f"{n_files - stored} new, {stored} already stored, 0 failed; {n_files} articles" in err
    assert _check_consistent(db) == n_files
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("select id from articles")]
    assert len(ids) == len(set(ids)) == n_files
    # the final run linked every article: the stored links are those of the whole store
    with Store(str(db)) as store:
        expected = link(list(store.articles()), store.corrections())
    assert sorted(r[0] for r in con.execute("select id from stories")) == sorted(s.id for s in expected.stories)
    assert con.execute("select count(*) from incident_events").fetchone() == (
        sum(len(i.events) for i in expected.incidents),
    )


def test_the_cli_ingests_into_postgresql_and_reads_it_back(pg_url):
    from click.testing import CliRunner

    from dateline.cli import cli

    runner = CliRunner()
    r = runner.invoke(cli, ["ingest", FILES[0], "--db", pg_url])
    assert r.exit_code == 0, r.output
    assert "1 new, 0 already stored, 0 failed; 1 articles in postgresql://" in r.output
    listed = runner.invoke(cli, ["list", "--db", pg_url, "--format", "jsonl"])
    [row] = [json.loads(x) for x in listed.output.splitlines()]
    assert row["title"].startswith("Nile dam")
    shown = runner.invoke(cli, ["show", row["id"][:6], "--db", pg_url, "--format", "json"])
    assert json.loads(shown.output)["id"] == row["id"]


def test_an_article_the_database_refuses_costs_only_itself(tmp_path, monkeypatch):
    from dateline import ingestion
    from dateline.errors import ArticleRejected

    from .test_store import make

    broken, fine = make("Broken"), make("Fine")
    broken.quotes.append(broken.quotes[0])  # one quote id twice: the quotes table's key refuses it
    monkeypatch.setattr(ingestion, "run_file", lambda path, settings, encoding: iter([broken, fine]))
    with Store(str(tmp_path / "t.db")) as store:
        with pytest.raises(ArticleRejected):
            store.add(broken)
        result = dateline.ingest(["feed.txt"], store)
        assert [a.id for a in store.articles()] == [fine.id]
    assert result.new == 1
    [failure] = result.failures
    assert f"article {broken.id} was not stored" in failure.reason


def test_ingesting_the_same_articles_twice_changes_no_table(tmp_path, seed_path):
    from dateline.read.stamps import parse_iso_datetime
    from dateline.store.schema import metadata

    options = IngestOptions(retrieved_at=parse_iso_datetime("2026-02-04T12:00:00Z"))
    paths = [str(seed_path), FILES[0]]

    def counts(store):
        return {t.name: rows(store, f"select count(*) from {t.name}")[0][0] for t in metadata.sorted_tables}

    with Store(str(tmp_path / "t.db")) as store:
        first = dateline.ingest(paths, store, options)
        before = counts(store)
        again = dateline.ingest(paths, store, options)
        assert counts(store) == before
    assert (first.new, again.new, again.already) == (3, 0, 3)
    assert before["articles"] == 3 and before["quotes"] > 0 and before["canonical_entities"] > 0
