"""`dateline export`: the records back as stored, flat tables that other tools read back, located
events as GeoJSON and PLOVER event records; files are never overwritten unless asked."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dateline.cli import cli
from dateline.record import Article
from dateline.store import Store
from dateline.store.export import COLUMNS

from .conftest import ROOT

LINKED = ROOT / "tests" / "data" / "linked"
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The four articles of tests/data/linked (see test_queries.py); exports only read it."""
    path = tmp_path_factory.mktemp("export") / "linked.db"
    r = CliRunner().invoke(cli, ["ingest", str(LINKED), "--db", str(path)])
    assert r.exit_code == 0, r.output
    return str(path)


@pytest.fixture(scope="module")
def stored(db: str) -> list[Article]:
    with Store(db, create=False) as store:
        return list(store.articles())


def export(db: str, *args: str) -> Result:
    return CliRunner().invoke(cli, ["export", *args, "--db", db])


def lines(r: Result) -> list[dict]:
    assert r.exit_code == 0, r.output
    return [json.loads(x) for x in r.stdout.splitlines()]


def test_jsonl_is_the_stored_records_one_article_a_line(db, stored):
    assert lines(export(db, "--format", "jsonl")) == [a.model_dump(mode="json") for a in stored]


def test_jsonl_takes_the_query_filters(db, stored):
    later = lines(export(db, "--format", "jsonl", "--since", "2025-11-04"))
    assert sorted(r["published"]["value"] for r in later) == ["2025-11-04", "2025-11-05"]
    tarar = lines(export(db, "--format", "jsonl", "--speaker", "Tarar"))
    assert {r["title"].split()[0] for r in tarar} == {"Five", "Cabinet"}
    none = lines(export(db, "--format", "jsonl", "--type", "ASSAULT", "--actor", "%"))
    assert none == []


def read_csv(folder: Path, kind: str) -> list[dict[str, str]]:
    with open(folder / f"{kind}.csv", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == COLUMNS[kind]
        return list(reader)


def test_csv_is_one_table_per_kind_with_the_documented_columns(db, stored, tmp_path):
    out = tmp_path / "tables"
    r = export(db, "--format", "csv", "--out", str(out))
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{k}.csv" for k in COLUMNS)
    assert [a["id"] for a in read_csv(out, "articles")] == [a.id for a in stored]
    counts = {"entities": "entities", "quotes": "quotes", "events": "events", "claims": "claims"}
    for kind, field in counts.items():
        assert len(read_csv(out, kind)) == sum(len(getattr(a, field)) for a in stored), kind
    by_id = {a.id: a for a in stored}
    for q in read_csv(out, "quotes"):
        art = by_id[q["article_id"]]
        assert art.text[int(q["start"]) : int(q["end"])] == q["text"]
    for e in read_csv(out, "entities"):
        assert e["canonical_id"].startswith("p")


def test_parquet_holds_the_same_tables(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    assert export(db, "--format", "csv", "--out", str(tmp_path / "c")).exit_code == 0
    assert export(db, "--format", "parquet", "--out", str(tmp_path / "p")).exit_code == 0
    for kind, columns in COLUMNS.items():
        table = pq.read_table(tmp_path / "p" / f"{kind}.parquet")
        assert table.column_names == columns
        from_csv = read_csv(tmp_path / "c", kind)
        from_parquet = table.to_pylist()
        assert len(from_parquet) == len(from_csv)
        for a, b in zip(from_parquet, from_csv, strict=True):
            assert {k: "" if v is None else str(v) for k, v in a.items()} == b


def test_filters_choose_the_rows_of_the_tables(db, tmp_path):
    out = tmp_path / "t"
    assert export(db, "--format", "csv", "--out", str(out), "--type", "ASSAULT", "--place", "Mir Ali").exit_code == 0
    events = read_csv(out, "events")
    assert events and all(e["type"] == "ASSAULT" and "Mir Ali" in e["location"] for e in events)
    assert {a["id"] for a in read_csv(out, "articles")} == {e["article_id"] for e in events}


def test_geojson_has_the_located_events_and_their_incidents(db, stored):
    r = export(db, "--format", "geojson")
    data = json.loads(r.stdout)
    assert data["type"] == "FeatureCollection"
    kinds = {f["properties"]["kind"] for f in data["features"]}
    assert kinds == {"event", "incident"}
    texts = {a.id: a.text for a in stored}
    for f in data["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert f["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
        props = f["properties"]
        if props["kind"] == "event":
            assert props["sentence"] in texts[props["article_id"]]
            assert props["source"]["outlet"] in {"Frontier Times", "The Daily Courier", "Capital Wire"}
    assert any(f["properties"]["location"] == "Bannu" for f in data["features"] if f["properties"]["kind"] == "event")


def test_plover_records_have_the_fields_of_the_standard(db, stored):
    records = lines(export(db, "--format", "plover"))
    assert len(records) == sum(len(a.events) for a in stored)
    by_id = {a.id: a for a in stored}
    for rec in records:
        assert {"id", "date", "event", "mode", "actor", "recipient", "eventText", "text", "location", "source"} <= set(
            rec
        )
        assert rec["event"] in PLOVER
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?.*", rec["date"])
        art = by_id[rec["source"]["article_id"]]
        assert rec["text"] in art.text and rec["eventText"]
        for actor in rec["actor"] + rec["recipient"]:
            assert actor["actorText"] and actor["canonicalId"]
    located = [r for r in records if r["location"] and r["location"]["lat"] is not None]
    assert located and all(r["location"]["placeName"] for r in located)


def test_out_never_overwrites_without_force(db, tmp_path):
    target = tmp_path / "records.jsonl"
    target.write_text("keep me", encoding="utf-8")
    r = export(db, "--format", "jsonl", "--out", str(target))
    assert r.exit_code == 1 and "exists: pass --force" in r.output
    assert target.read_text(encoding="utf-8") == "keep me"
    r = export(db, "--format", "jsonl", "--out", str(target), "--force")
    assert r.exit_code == 0 and len(target.read_text(encoding="utf-8").splitlines()) == 4
    folder = tmp_path / "tables"
    assert export(db, "--format", "csv", "--out", str(folder)).exit_code == 0
    again = export(db, "--format", "csv", "--out", str(folder))
    assert again.exit_code == 1 and "exists: pass --force" in again.output
    assert export(db, "--format", "csv", "--out", str(folder), "--force").exit_code == 0


def test_a_bad_filter_makes_no_file(db, tmp_path):
    target = tmp_path / "x.jsonl"
    r = export(db, "--format", "jsonl", "--out", str(target), "--since", "last week")
    assert r.exit_code == 1 and "--since 'last week'" in r.output
    assert not target.exists()


def test_tables_need_a_folder(db, tmp_path):
    assert export(db, "--format", "csv").exit_code == 2  # a usage error: no --out
    a_file = tmp_path / "f"
    a_file.write_text("", encoding="utf-8")
    r = export(db, "--format", "parquet", "--out", str(a_file))
    assert r.exit_code == 1 and "is a file" in r.output


def test_the_readme_documents_every_column():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Export formats", 1)[1].split("\n## ", 1)[0]  # the store's own tables are elsewhere
    for kind, columns in COLUMNS.items():
        row = next((line for line in section.splitlines() if line.startswith(f"| `{kind}` |")), None)
        assert row is not None, f"README has no row for the {kind} table"
        assert re.findall(r"`(\w+)`", row.split("|")[2]) == columns, kind
