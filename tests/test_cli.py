"""The CLI, as a user runs it."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import cli

from .conftest import EXAMPLES, ROOT

FIELDS = [
    "version", "id", "source", "title", "summary", "captions", "byline", "dateline", "published", "text",
    "language", "entities", "quotes", "timexes", "events", "claims", "warnings",
]  # fmt: skip


def test_extract_jsonl_on_seed_matches_the_contract(seed_path):
    p = subprocess.run(
        [sys.executable, "-m", "dateline.cli", "extract", str(seed_path), "--format", "jsonl"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert p.returncode == 0, p.stderr
    recs = [json.loads(x) for x in p.stdout.splitlines()]
    assert len(recs) == 2
    for r in recs:
        assert all(f in r for f in FIELDS)
        assert r["version"] == 1
        assert r["source"]["index"] in (0, 1)
    assert recs[0]["published"]["value"] == "2025-10-29"
    assert recs[1]["published"] is None
    assert any("relative" in w and "--retrieved-at" in w for w in recs[1]["warnings"])


def test_retrieved_at_resolves_relative_stamp(seed_records):
    assert seed_records[1].published is not None
    assert seed_records[1].published.value.startswith("2026-02-04")


def test_ids_are_stable(seed_path):
    runner = CliRunner()
    out1 = runner.invoke(cli, ["extract", str(seed_path)]).output
    out2 = runner.invoke(cli, ["extract", str(seed_path)]).output
    ids = [json.loads(x)["id"] for x in out1.splitlines()]
    assert ids == [json.loads(x)["id"] for x in out2.splitlines()]
    assert len(set(ids)) == 2 and all(re.fullmatch(r"[0-9a-f]{16}", i) for i in ids)


def test_ingest_list_show(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "d.db")
    r = runner.invoke(cli, ["ingest", str(EXAMPLES), "--db", db])
    assert r.exit_code == 0, r.output
    assert "6 new" in r.output
    again = runner.invoke(cli, ["ingest", str(EXAMPLES), "--db", db])
    assert "0 new, 6 already stored" in again.output
    listed = runner.invoke(cli, ["list", "--db", db, "--format", "jsonl"])
    rows = [json.loads(x) for x in listed.output.splitlines()]
    assert len(rows) == 6
    wire = next(r for r in rows if r["title"].startswith("Nile dam"))
    md = runner.invoke(cli, ["show", wire["id"][:8], "--db", db])
    assert md.exit_code == 0
    assert "# Nile dam talks resume" in md.output and "Addis Ababa" in md.output
    js = runner.invoke(cli, ["show", wire["id"], "--db", db, "--format", "json"])
    assert json.loads(js.output)["id"] == wire["id"]
    missing = runner.invoke(cli, ["show", "ffffffff", "--db", db])
    assert missing.exit_code == 1 and "no article" in missing.output


def test_db_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_DB", str(tmp_path / "env.db"))
    r = CliRunner().invoke(cli, ["ingest", str(EXAMPLES / "wire-story.txt")])
    assert r.exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_stdin():
    text = (EXAMPLES / "wire-story.txt").read_text(encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", "-", "--format", "json"], input=text)
    assert r.exit_code == 0
    assert json.loads(r.output)[0]["title"].startswith("Nile dam")


def test_markdown_report_escapes_article_text(tmp_path):
    story = (
        "Hostile <script>alert(1)</script> headline\n\nBy A Writer\n2 May 2026\n\n"
        "ROME: The council said <b>nothing</b> about the [link](javascript:alert(1)) plan on Monday, "
        "officials confirmed, and the vote was postponed again until next week.\n"
    )
    p = tmp_path / "h.txt"
    p.write_text(story, encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(p), "--format", "md"])
    assert r.exit_code == 0
    # every Markdown/HTML control character from the article comes out backslash-escaped
    assert not re.search(r"(?<!\\)[<>\[\]]", r.output), r.output
    assert "\\<script\\>" in r.output and "\\[link\\]" in r.output


def test_unknown_model_is_a_clear_error():
    r = CliRunner().invoke(cli, ["extract", str(EXAMPLES / "wire-story.txt"), "--model", "no_such_pipeline"])
    assert r.exit_code == 1
    assert "no_such_pipeline" in r.output and "not installed" in r.output


def test_bad_retrieved_at():
    r = CliRunner().invoke(cli, ["extract", str(EXAMPLES / "wire-story.txt"), "--retrieved-at", "yesterday"])
    assert r.exit_code == 2 and "ISO 8601" in r.output


def test_every_command_has_help_and_is_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert command.help, f"{name} has no help text"
        r = CliRunner().invoke(cli, [name, "--help"])
        assert r.exit_code == 0
        assert f"dateline {name}" in readme, f"`dateline {name}` is not in README.md"
        for param in command.params:
            if param.help is None and isinstance(param, __import__("click").Option):
                raise AssertionError(f"{name} {param.name} has no help")


def test_readme_opens_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = readme[:1500]
    assert head.index("make demo") < head.index("make test")


def test_seed_gold(seed_path):
    """The acceptance scorer on the seed: every section held to its gold."""
    score = seed_path.parents[2] / "eval" / "score.py"
    gold = seed_path.parents[2] / "eval" / "gold"
    exe = Path(sys.executable).with_name("dateline")
    # seed.json's event dates for the second article need --retrieved-at (the issue says they must stay
    # unresolved without it), so event details are held to the gold only with the retrieval time
    for g, more in (("seed.json", []), ("seed-retrieved.json", ["event_detail=1"])):
        p = subprocess.run(
            [sys.executable, str(score), "--dateline", str(exe), str(gold / g),
             "segmentation=1", "metadata=1", "body=1", "entities=1",
             "quote_found=1", "quote_speaker=1", "quote_kind=1", "quote_channel=1", "quote_precision=0.95",
             "timex=1", "event_found=1", "claims=1", *more],
            capture_output=True, text=True, timeout=600, cwd=ROOT,
        )  # fmt: skip
        assert p.returncode == 0, p.stdout


# ---- the database named by --db or $DATELINE_DB cannot be used: one line, exit 1, nothing created ----


def _corrupted(path):
    from dateline.store import Store

    from .test_store import _corrupt, make

    with Store(str(path)) as s:
        for i in range(60):
            s.add(make(f"Title {i}", "Body text of the article. " * 40))
    _corrupt(path)


@pytest.mark.parametrize(
    ("command", "prepare", "words"),
    [
        (["list"], None, "no database"),
        (["show", "abc"], None, "no database"),
        (["list"], lambda p: p.mkdir(), "is a directory"),
        (["list"], lambda p: p.write_text("notes\n" * 100), "not an SQLite database"),
        (["list"], _corrupted, "damaged"),
        (["ingest", str(EXAMPLES / "wire-story.txt")], _corrupted, "damaged"),
        (["ingest", str(EXAMPLES / "wire-story.txt")], lambda p: p.write_bytes(bytes(range(256)) * 40),
         "not an SQLite"),
    ],
)  # fmt: skip
def test_unusable_database_is_one_line(tmp_path, command, prepare, words):
    db = tmp_path / "x.db"
    if prepare:
        prepare(db)
    before = sorted(os.listdir(tmp_path))
    r = CliRunner().invoke(cli, [*command, "--db", str(db)])
    assert r.exit_code == 1, r.output
    assert words in r.output and str(db) in r.output
    assert "Traceback" not in r.output and len(r.output.strip().splitlines()) == 1, r.output
    assert sorted(os.listdir(tmp_path)) == before


def test_dateline_db_pointing_nowhere(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_DB", str(tmp_path / "no" / "such" / "dir" / "x.db"))
    for command in (["list"], ["ingest", str(EXAMPLES / "wire-story.txt")]):
        r = CliRunner().invoke(cli, command)
        assert r.exit_code == 1 and "$DATELINE_DB" in r.output and "Traceback" not in r.output, r.output
    assert not (tmp_path / "no").exists()


# ---- article text never drives the terminal ----


@pytest.mark.parametrize(
    "hostile",
    ["\x1b]0;owned\x07", "\x1b[2J", "\x9b2J", "\x1b[31m", "\u202egnp.exe", "\r\x1b[K"],
)
def test_control_sequences_are_shown_not_obeyed(tmp_path, hostile):
    from dateline.record import Article, Source, article_id
    from dateline.store import Store

    title = f"Ministers meet {hostile} in Rome"
    a = Article(id=article_id(title, "Body."), source=Source(path=f"in/{hostile}.txt"), title=title, text="Body.")
    db = str(tmp_path / "t.db")
    with Store(db) as s:
        s.add(a)
    for args in (["list"], ["list", "--format", "jsonl"], ["show", a.id], ["show", a.id, "--format", "json"]):
        out = CliRunner().invoke(cli, [*args, "--db", db]).output
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", out), (args, out)
    listed = CliRunner().invoke(cli, ["list", "--format", "jsonl", "--db", db]).output
    assert json.loads(listed)["title"] == title  # still valid JSON, same text when parsed
