"""Asking the store questions: `dateline quotes|events|people|incidents|stories|timeline|search`
and correcting it with `dateline entities merge|split`.

The store holds four articles written for these tests (tests/data/linked): three outlets report
one attack on a check post with different tolls (five, seven, eight soldiers killed), and the
first outlet follows up two days later. The information minister is "Attaullah Tarar" in the
first report and only "Tarar" in the follow-up; "Khawaja Asif" and "Shaza Fatima Khawaja" are two
people. Every command is run as a user runs it, and read back through --json.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dateline.cli import cli
from dateline.link.model import CanonicalEntity, Incident, Links, Ref, Role, Story
from dateline.store import Store

from .conftest import EXAMPLES, ROOT

LINKED = ROOT / "tests" / "data" / "linked"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("linked") / "linked.db"
    r = CliRunner().invoke(cli, ["ingest", str(LINKED), "--db", str(db)])
    assert r.exit_code == 0, r.output
    return db


@pytest.fixture
def db(ingested: Path, tmp_path: Path) -> str:
    """A copy of the ingested store that a test may change."""
    for f in ingested.parent.glob(ingested.name + "*"):
        shutil.copy(f, tmp_path / f.name)
    return str(tmp_path / ingested.name)


def run(db: str, *args: str) -> Result:
    return CliRunner().invoke(cli, [*args, "--db", db])


def rows(db: str, *args: str) -> list[dict]:
    r = run(db, *args, "--json")
    assert r.exit_code == 0, r.output
    return [json.loads(line) for line in r.stdout.splitlines()]


def merge_all(db: str, name: str) -> str:
    """Merge every entity whose name contains ``name`` (the extractor may have typed a mention as a
    person in one article and an organisation in another) the way a user does, one pair at a time."""
    while True:
        ids = [p["id"] for p in rows(db, "people") if name in p["name"]]
        if len(ids) == 1:
            return ids[0]
        r = run(db, "entities", "merge", ids[0], ids[1][:9])
        assert r.exit_code == 0, r.output


def article_id(db: str, title_start: str) -> str:
    with Store(db, create=False) as store:
        return next(r["id"] for r in store.rows() if r["title"].startswith(title_start))


# --- quotes -----------------------------------------------------------------------------------------


def test_a_surname_finds_the_quotes_of_the_full_name_and_of_the_surname(db):
    found = rows(db, "quotes", "--speaker", "tarar")
    assert {q["speaker"] for q in found} == {"Attaullah Tarar", "Tarar"}
    assert len(found) == 3
    assert all(q["speaker_id"] for q in found)


def test_a_speaker_is_found_through_the_canonical_entity_once_linked(db):
    """ "Attaullah Tarar" finds the follow-up's "Tarar" quotes once both are one entity."""
    before = rows(db, "quotes", "--speaker", "Attaullah Tarar")
    # the linker may already join some or all "Tarar" mentions to him (on evidence); the user merges the rest
    assert next(q["speaker"] for q in before) == "Attaullah Tarar" and len(before) <= 3
    merge_all(db, "Tarar")
    after = rows(db, "quotes", "--speaker", "Attaullah Tarar")
    assert [q["speaker"] for q in after] == ["Attaullah Tarar", "Tarar", "Tarar"]
    assert len({q["speaker_id"] for q in after}) == 1


def test_quotes_come_in_date_order_and_dates_choose_by_the_published_date(db):
    every = rows(db, "quotes")
    days = [q["published"][:10] for q in every]
    assert days == sorted(days) and days[0] == "2025-11-03" and days[-1] == "2025-11-05"
    assert {q["published"][:10] for q in rows(db, "quotes", "--since", "2025-11-04")} == {"2025-11-04", "2025-11-05"}
    assert {q["published"][:10] for q in rows(db, "quotes", "--until", "2025-11-03")} == {"2025-11-03"}
    assert len(rows(db, "quotes", "--since", "2025-11", "--until", "2025")) == len(every)
    assert rows(db, "quotes", "--until", "2025-10") == []


def test_about_finds_quotes_whose_text_or_article_mentions_the_name(db):
    kabul = rows(db, "quotes", "--about", "Kabul")
    titles = {q["title"] for q in kabul}
    assert titles == {
        "Five soldiers killed as militants attack check post in North Waziristan",
        "Seven soldiers die in Mir Ali check post attack",
    }
    assert any("Kabul" in q["text"] for q in kabul) and not all("Kabul" in q["text"] for q in kabul)


def test_limit_keeps_the_first_rows(db):
    assert rows(db, "quotes", "--limit", "2") == rows(db, "quotes")[:2]


@pytest.mark.parametrize("odd", ["%", "_", "Tarar'", '" OR 1=1 --', "'; DROP TABLE quotes; --", "Tar%ar"])
def test_odd_text_in_a_name_is_just_text(db, odd):
    assert rows(db, "quotes", "--speaker", odd) == []
    assert len(rows(db, "quotes")) > 0  # nothing was dropped


@pytest.mark.parametrize("bad", ["03/11/2025", "2025-13", "2025-02-30", "yesterday"])
def test_a_date_that_is_not_iso_is_one_clear_line(db, bad):
    r = run(db, "quotes", "--since", bad)
    assert r.exit_code == 1
    assert r.output.strip().splitlines() == [f"Error: --since {bad!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD"]


def test_the_default_output_is_a_table_with_a_header(db):
    r = run(db, "quotes", "--speaker", "Khawaja Asif")
    lines = r.output.splitlines()
    assert lines[0].split() == ["date", "speaker", "quote", "article"]
    assert len(lines) == 3 and all("Khawaja Asif" in line for line in lines[1:])


# --- events and incidents ---------------------------------------------------------------------------


def test_events_filter_by_type_place_and_date_and_carry_their_sentence(db):
    assaults = rows(db, "events", "--type", "assault", "--place", "mir ali")
    assert assaults and all(e["type"] == "ASSAULT" and "Mir Ali" in e["location"] for e in assaults)
    with Store(db, create=False) as store:
        texts = {a.id: a.text for a in store.articles()}
    for e in rows(db, "events"):
        assert e["sentence"] == texts[e["article_id"]][e["evidence_start"] : e["evidence_end"]].strip()
        # what did not happen (or only may) is no incident
        assert bool(e["incident_id"]) == (not e["negated"] and not e["hypothetical"])
    dates = [e["date"] or e["published"] for e in rows(db, "events")]
    assert dates == sorted(dates)
    assert all((e["date"] or e["published"]) >= "2025-11-04" for e in rows(db, "events", "--since", "2025-11-04"))


def test_events_by_actor(db):
    found = rows(db, "events", "--actor", "Shehbaz")
    assert found and all("Shehbaz Sharif" in (e["actors"] or "") + (e["recipients"] or "") for e in found)
    assert rows(db, "events", "--actor", "%") == []


def test_every_event_that_happened_is_in_exactly_one_incident(db):
    with Store(db, create=False) as store:
        n_events = sum(1 for a in store.articles() for e in a.events if not e.negated and not e.hypothetical)
    sources = [(s["article_id"], s["event_id"]) for i in rows(db, "incidents") for s in i["sources"]]
    assert len(sources) == len(set(sources)) == n_events


def _clash_links(db: str) -> Links:
    """Links as a linker would give them: the three reports of the attack are one incident (tolls
    5, 7 and 8, three outlets), the four articles one story, the two Tarars one person."""
    with Store(db, create=False) as store:
        arts = list(store.articles())
    by_title = {a.title.split()[0]: a for a in arts if a.title}
    first, second, third, follow = by_title["Five"], by_title["Seven"], by_title["Toll"], by_title["Cabinet"]
    killed = [next(e for e in a.events if e.type == "ASSAULT") for a in (first, second, third)]
    tarar = [Ref(a.id, e.id) for a in (first, follow) for e in a.entities if "Tarar" in e.name]
    return Links(
        entities=[
            CanonicalEntity(
                id="ptarar0000001",
                name="Attaullah Tarar",
                type="PERSON",
                members=tarar,
                aliases=["Tarar"],
                roles=[
                    Role("Information Minister", first.id, "2025-11-03"),
                    Role("Information Minister", follow.id, "2025-11-05"),
                ],
            )
        ],
        incidents=[
            Incident(
                id="iclash0000001",
                type="ASSAULT",
                events=[Ref(a.id, e.id) for a, e in zip((first, second, third), killed, strict=True)],
                date_start="2025-11-02",
                date_end="2025-11-02",
                place="Mir Ali",
                actors=["militants"],
                recipients=["soldiers"],
                killed_min=5,
                killed_max=8,
                n_articles=3,
                n_outlets=3,
            )
        ],
        stories=[
            Story(
                id="sclash0000001",
                title="Attack on Mir Ali check post",
                article_ids=[a.id for a in arts],
                incidents=["iclash0000001"],
                first="2025-11-03",
                last="2025-11-05",
            )
        ],
    )


def test_an_incident_reported_by_three_outlets_shows_its_toll_range_and_sources(db):
    with Store(db) as store:
        store.save_links(_clash_links(db))
    [inc] = rows(db, "incidents")
    assert (inc["killed_min"], inc["killed_max"], inc["n_outlets"], inc["place"]) == (5, 8, 3, "Mir Ali")
    assert {s["outlet"] for s in inc["sources"]} == {"Frontier Times", "The Daily Courier", "Capital Wire"}
    table = run(db, "incidents").output.splitlines()
    assert table[0].split() == ["id", "date", "type", "place", "killed", "sources"]
    assert "5-8" in table[1] and table[1].endswith("reported by 3 outlets")


def test_people_show_aliases_roles_and_counts(db):
    with Store(db) as store:
        store.save_links(_clash_links(db))
    [tarar] = rows(db, "people", "--role", "information min")
    assert tarar["name"] == "Attaullah Tarar" and tarar["aliases"] == ["Tarar"]
    assert [r["published"] for r in tarar["roles"]] == ["2025-11-03", "2025-11-05"]
    assert (tarar["n_articles"], tarar["n_quotes"]) == (2, 3)
    assert rows(db, "people", "--role", "general") == []
    assert rows(db, "people", "--type", "ORG") == []


def test_people_from_ingest_keep_the_two_khawajas_apart(db):
    people = rows(db, "people", "--type", "person")
    asif = [p for p in people if p["name"] == "Khawaja Asif"]
    assert len(asif) == 1 and asif[0]["n_articles"] == 2 and asif[0]["n_quotes"] == 2
    assert all(p["id"] != asif[0]["id"] for p in people if "Fatima" in p["name"])
    assert all(p["type"] == "PERSON" for p in people)


# --- stories and timelines --------------------------------------------------------------------------


def test_a_timeline_lists_incidents_quotes_and_claims_in_date_order_with_their_sentences(db):
    with Store(db) as store:
        store.save_links(_clash_links(db))
        texts = {a.id: a.text for a in store.articles()}
    [story] = rows(db, "stories")
    assert (story["n_articles"], story["n_incidents"], story["first"], story["last"]) == (
        4,
        1,
        "2025-11-03",
        "2025-11-05",
    )
    items = rows(db, "timeline", "sclash")
    assert {i["story_id"] for i in items} == {"sclash0000001"}
    assert [i["date"][:10] for i in items] == sorted(i["date"][:10] for i in items)
    assert items[0]["kind"] == "incident" and "reported by 3 outlets" in items[0]["what"]
    assert "killed 5-8" in items[0]["what"]
    quotes = [i for i in items if i["kind"] == "quote"]
    assert len(quotes) == len(rows(db, "quotes"))
    claims = [i for i in items if i["kind"] == "claim"]
    assert all(i["stance"] in ("asserts", "denies") for i in quotes + claims)
    assert not {i["sentence"] for i in claims} & {i["sentence"] for i in quotes}  # said once, as the quote
    for i in items:
        assert i["sentence"] and i["sentence"] in texts[i["article_id"]]
    tarar = next(i for i in quotes if i["what"].startswith("Tarar: We will not"))
    assert (
        tarar["sentence"]
        == '"We will not let the sacrifices of our soldiers go in vain," Tarar said after the cabinet meeting.'
    )
    table = run(db, "timeline", "sclash").output.splitlines()
    assert table[0] == "sclash0000001  Attack on Mir Ali check post"


def test_a_story_id_must_be_known_and_unambiguous(db):
    links = _clash_links(db)
    links.stories.append(Story(id="sother0000001", title="Another story", article_ids=links.stories[0].article_ids[:1]))
    with Store(db) as store:
        store.save_links(links)
    r = run(db, "timeline", "zzz")
    assert r.exit_code == 1 and r.output.count("\n") == 1 and "no story with id 'zzz'" in r.output
    r = run(db, "timeline", "s")
    assert r.exit_code == 1 and "stories have ids starting with 's'" in r.output


# --- search -----------------------------------------------------------------------------------------


def test_search_finds_articles_and_quotes(db):
    hits = rows(db, "search", "CHECK POST")
    assert {h["kind"] for h in hits} == {"article", "quote"}
    assert all("check post" in h["snippet"].lower() for h in hits)


# Search looks for words: punctuation and SQL are no syntax and match nothing by themselves; "100%"
# is the word "100"; "Mir_Ali" is the words of "Mir Ali".
@pytest.mark.parametrize(
    ("text", "n_articles"), [("100%", 1), ("%", 0), ("_", 0), ("'; DROP TABLE articles; --", 0), ("Mir_Ali", 4)]
)
def test_search_text_is_plain_text_not_a_pattern(db, text, n_articles):
    hits = rows(db, "search", text)
    assert len([h for h in hits if h["kind"] == "article"]) == n_articles
    assert len(rows(db, "search", "soldiers")) > 0


# --- corrections ------------------------------------------------------------------------------------


def test_a_merge_survives_re_ingesting_the_same_and_a_new_file(db):
    tarar = merge_all(db, "Tarar")
    assert run(db, "ingest", str(LINKED), str(EXAMPLES / "wire-story.txt")).exit_code == 0
    with Store(db, create=False) as store:
        assert store.count() == 5
    [after] = [p for p in rows(db, "people") if "Tarar" in p["name"]]
    assert after["id"] == tarar and after["name"] == "Attaullah Tarar"
    assert after["n_articles"] == 2 and "Tarar" in after["aliases"]
    assert {q["speaker_id"] for q in rows(db, "quotes", "--speaker", "Tarar")} == {tarar}


def test_a_split_takes_one_mention_out_and_survives_re_ingest(db):
    asif = next(p for p in rows(db, "people") if p["name"] == "Khawaja Asif")
    member = asif["members"][1]
    article, entity = member.split(":")
    r = run(db, "entities", "split", asif["id"][:8], "--member", f"{article[:6]}:{entity}")
    assert r.exit_code == 0, r.output
    for _ in range(2):
        now = [p for p in rows(db, "people") if p["name"] == "Khawaja Asif"]
        assert sorted(p["members"] for p in now) == sorted([[m] for m in asif["members"]])
        assert run(db, "ingest", str(LINKED)).exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["merge", "pnothing", "p"], "no entity with id 'pnothing'"),
        (["merge", "p", "p"], "entities have ids starting with 'p'"),
        (["split", "pnothing", "--member", "a:e1"], "no entity with id 'pnothing'"),
    ],
)
def test_unknown_or_ambiguous_entity_ids_are_one_line(db, args, message):
    r = run(db, "entities", *args)
    assert r.exit_code == 1
    assert len(r.output.splitlines()) == 1 and message in r.output


def test_a_split_is_not_undone_by_a_merge_in_silence(db):
    asif = next(p for p in rows(db, "people") if p["name"] == "Khawaja Asif")
    article, entity = asif["members"][1].split(":")
    r = run(db, "entities", "split", asif["id"], "--member", f"{article}:{entity}")
    alone = r.output.split()[-1]
    r = run(db, "entities", "merge", asif["id"], alone)
    assert r.exit_code == 1 and "split apart by an earlier correction" in r.output


def test_a_member_must_belong_to_the_entity(db):
    asif = next(p for p in rows(db, "people") if p["name"] == "Khawaja Asif")
    for bad in ("nocolon", "ffff:e1"):
        r = run(db, "entities", "split", asif["id"], "--member", bad)
        assert r.exit_code == 1 and len(r.output.splitlines()) == 1


# --- every command ----------------------------------------------------------------------------------

READ_COMMANDS = [["quotes"], ["events"], ["people"], ["incidents"], ["stories"], ["search", "x"], ["timeline", "s"]]


@pytest.mark.parametrize("args", READ_COMMANDS)
def test_read_commands_never_create_a_database(tmp_path, args):
    missing = tmp_path / "none.db"
    r = CliRunner().invoke(cli, [*args, "--db", str(missing)])
    assert r.exit_code == 1 and "no database at" in r.output
    assert not missing.exists()


@pytest.mark.parametrize("args", READ_COMMANDS[:-2])
def test_every_query_prints_json_lines(db, args):
    found = rows(db, *args)
    assert found and all(isinstance(r, dict) for r in found)
