"""The cross-article store end to end, with the real linkers, through the CLI as a user runs it.

The store holds the seed (two real articles: Pakistan's information minister Attaullah Tarar on
failed talks, with defence minister Khawaja Asif; IT minister Shaza Fatima Khawaja in Kuwait) and
six articles written for this test (tests/data/e2e): three outlets report one militant attack on
a border post in Kurram with different tolls (six, nine and eleven soldiers killed), a fourth
outlet carries the first report as a syndicated copy, the first outlet follows up a day later
(the funerals), and a technology site reports on Shaza Fatima Khawaja launching a skills
programme the same day. Every answer is read back through ``--json``. The seed's parts skip
when ../shared is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dateline.cli import cli

from .conftest import ROOT

E2E = ROOT / "tests" / "data" / "e2e"
SEED = ROOT.parent / "shared" / "corpus" / "seed" / "seed-two-articles.txt"
# the seed's "Updated 29 October 2025" is read against the day its pages were saved
RETRIEVED = "2026-02-04T12:00:00Z"
COMMANDS = (["people"], ["incidents"], ["stories"], ["quotes"], ["events"])

pytestmark = pytest.mark.slow

needs_seed = pytest.mark.skipif(not SEED.exists(), reason="the seed corpus (../shared) is not here")


def run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, [*args, "--db", str(db)])


def rows(db: Path, *args: str) -> list[dict]:
    r = run(db, *args, "--json")
    assert r.exit_code == 0, r.output
    return [json.loads(line) for line in r.stdout.splitlines()]


def ingest(db: Path, *paths: Path) -> Result:
    r = run(db, "ingest", *map(str, paths), "--retrieved-at", RETRIEVED)
    assert r.exit_code == 0, r.output
    return r


def snapshot(db: Path) -> dict[str, list[dict]]:
    return {args[0]: rows(db, *args) for args in COMMANDS}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("e2e") / "news.db"
    ingest(path, *([SEED] if SEED.exists() else []), E2E)
    return path


@pytest.fixture(scope="module")
def ids(db: Path) -> dict[str, str]:
    """Article id by file name stem ("kohat-herald-clash"), seed articles as "seed-0" and "seed-1"."""
    listed = run(db, "list", "--format", "jsonl")
    out = {}
    for row in map(json.loads, listed.output.splitlines()):
        stem = Path(row["source_path"]).stem
        out[f"seed-{row['source_index']}" if stem.startswith("seed") else stem] = row["id"]
    return out


def clash_reports(ids: dict[str, str]) -> set[str]:
    return {ids[k] for k in ids if k.endswith("-clash")}


def story_of(db: Path, article_id: str) -> dict:
    [story] = [s for s in rows(db, "stories") if article_id in s["articles"]]
    return story


def incidents_of(db: Path, article_id: str) -> list[dict]:
    return [i for i in rows(db, "incidents") if any(s["article_id"] == article_id for s in i["sources"])]


# --- ingesting twice --------------------------------------------------------------------------------


@needs_seed
def test_ingesting_the_seed_twice_changes_no_count(tmp_path):
    db = tmp_path / "seed.db"
    first = ingest(db, SEED)
    before = snapshot(db)
    again = ingest(db, SEED)
    assert "2 new, 0 already stored" in first.output and "0 new, 2 already stored" in again.output
    assert snapshot(db) == before
    assert before["people"] and before["incidents"] and before["quotes"]


def test_ingesting_everything_again_changes_no_answer(db, tmp_path):
    copy = tmp_path / "again.db"
    copy.write_bytes(db.read_bytes())
    before = snapshot(copy)
    r = ingest(copy, *([SEED] if SEED.exists() else []), E2E)
    n = len(list(E2E.iterdir())) + (2 if SEED.exists() else 0)
    assert f"0 new, {n} already stored, 0 failed; {n} articles" in r.output
    assert snapshot(copy) == before


# --- the syndicated copy ----------------------------------------------------------------------------


def test_the_syndicated_copy_is_one_duplicate_group_with_its_original_and_stays_a_source(db, ids):
    original, copy = ids["kohat-herald-clash"], ids["metro-post-clash"]
    sources = [s for i in rows(db, "incidents") for s in i["sources"]]
    group = {s["article_id"]: s["duplicate_group"] for s in sources}
    assert group[original] and group[original] == group[copy]
    # the other reports are written by other reporters: no copies of anything
    assert all(group.get(ids[k]) is None for k in ("indus-daily-clash", "northern-observer-clash"))
    # the copy's events are sources of the incidents of the original's, and count as an outlet
    [attack] = [i for i in incidents_of(db, original) if i["killed_min"] == 6]
    assert {s["article_id"] for s in attack["sources"]} >= {original, copy}
    assert {s["outlet"] for s in attack["sources"]} >= {"Kohat Herald", "Metro Post"}
    assert attack["n_outlets"] >= 2 and attack["type"] == "ASSAULT"
    assert attack["date_start"] == "2025-11-09"  # Sunday night; "this year" in the report does not widen it


# --- the clash: one incident ------------------------------------------------------------------------


def test_the_clash_is_one_incident_with_the_range_of_tolls_and_every_outlet(db, ids):
    [clash] = [i for i in rows(db, "incidents") if {s["article_id"] for s in i["sources"]} >= clash_reports(ids)]
    assert (clash["type"], clash["killed_min"], clash["killed_max"]) == ("ASSAULT", 6, 11)
    assert clash["n_outlets"] == 4  # the syndicated copy is a source of its own
    assert clash["date_start"] <= "2025-11-09" <= clash["date_end"]
    line = next(x for x in run(db, "incidents").output.splitlines() if x.startswith(clash["id"]))
    assert "6-11" in line and line.endswith("reported by 4 outlets")


def test_no_incident_mixes_the_clash_with_another_story(db, ids):
    clash_story = clash_reports(ids) | {ids["kohat-herald-followup"]}
    for inc in rows(db, "incidents"):
        arts = {s["article_id"] for s in inc["sources"]}
        assert arts <= clash_story or not arts & clash_story


# --- stories ----------------------------------------------------------------------------------------


def test_the_follow_up_joins_the_story_of_the_clash_and_the_unrelated_article_does_not(db, ids):
    story = story_of(db, ids["kohat-herald-clash"])
    assert ids["kohat-herald-followup"] in story["articles"]
    assert {ids["metro-post-clash"], ids["indus-daily-clash"]} <= set(story["articles"])
    assert (story["first"], story["last"]) == ("2025-11-10", "2025-11-11")
    unrelated = story_of(db, ids["capital-tech-unrelated"])
    assert unrelated["articles"] == [ids["capital-tech-unrelated"]]
    assert story["id"] != unrelated["id"]
    timeline = rows(db, "timeline", story["id"])
    assert {i["article_id"] for i in timeline} <= set(story["articles"])


@needs_seed
def test_the_seed_articles_are_not_the_clash_story(db, ids):
    story = story_of(db, ids["kohat-herald-clash"])
    assert ids["seed-0"] not in story["articles"] and ids["seed-1"] not in story["articles"]


def test_every_report_of_the_clash_is_one_story(db, ids):
    story = story_of(db, ids["kohat-herald-clash"])
    assert clash_reports(ids) | {ids["kohat-herald-followup"]} <= set(story["articles"])


# --- people -----------------------------------------------------------------------------------------


def test_khawaja_asif_and_shaza_fatima_khawaja_are_kept_apart(db, ids):
    people = rows(db, "people", "--type", "person")
    [asif] = [p for p in people if p["name"] == "Khawaja Asif"]
    [shaza] = [p for p in people if p["name"] == "Shaza Fatima Khawaja"]
    asif_articles = {m.split(":")[0] for m in asif["members"]}
    shaza_articles = {m.split(":")[0] for m in shaza["members"]}
    # the defence minister is one person across the reports of the clash (and the seed's talks story)
    reports = ("kohat-herald-clash", "metro-post-clash", "indus-daily-clash", "kohat-herald-followup")
    expected = {ids[k] for k in reports}
    if SEED.exists():
        expected.add(ids["seed-0"])
    assert asif_articles == expected
    assert ids["capital-tech-unrelated"] in shaza_articles and not shaza_articles & asif_articles
    if SEED.exists():  # the IT minister is one person across the seed and the technology site
        assert shaza_articles == {ids["seed-1"], ids["capital-tech-unrelated"]}
    # nobody else holds a mention of either
    for p in people:
        if p["id"] not in (asif["id"], shaza["id"]):
            assert not set(p["members"]) & set(asif["members"] + shaza["members"])
    # their quotes are theirs
    asif_quotes = rows(db, "quotes", "--speaker", "Khawaja Asif")
    assert asif_quotes and {q["speaker_id"] for q in asif_quotes} == {asif["id"]}
    # (the seed's "her office said" is found by the name too, and is nobody's quote)
    shaza_quotes = rows(db, "quotes", "--speaker", "Shaza")
    assert {q["speaker_id"] for q in shaza_quotes if q["speaker"] == "Shaza Fatima Khawaja"} == {shaza["id"]}
    assert {q["speaker_id"] for q in shaza_quotes} <= {shaza["id"], None}
