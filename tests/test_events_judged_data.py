"""bench/data/event_judgements_dev.jsonl (the rules were chosen on it) and
event_judgements_blind.jsonl (judged blind, held out from rule choice): our judgements of
dateline's events on real pages may only cover DEV pages, the two sets no common page, and each
line must be usable by bench/events_judged.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "event_judgements_dev.jsonl"
BLIND = ROOT / "bench" / "data" / "event_judgements_blind.jsonl"
CATEGORIES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_blind_set_shares_no_page_with_the_tuning_set():
    assert not {r["page"] for r in _rows(DATA)} & {r["page"] for r in _rows(BLIND)}


@pytest.mark.parametrize("path", [DATA, BLIND], ids=["tuning", "blind"])
def test_judgements_are_on_dev_pages_only_and_well_formed(path):
    sys.path.insert(0, str(ROOT / "bench"))
    from gold_articles import SETS, split_of

    rows = _rows(path)
    assert rows
    for r in rows:
        path = SETS["real"] / f"{r['page']}.json"
        assert split_of(path, json.loads(path.read_text(encoding="utf-8"))) == "dev", r["page"]
        assert r["judgement"] in ("TRUE", "FALSE", "WRONG_CAT")
        assert r["predicted"] in CATEGORIES
        assert (r["right"] is None) == (r["judgement"] == "FALSE")
        assert r["right"] is None or r["right"] in CATEGORIES
        assert 0 <= r["start"] < r["end"]
        assert r["judgement"] == "TRUE" or r["reason"]
    assert len({(r["page"], r["start"], r["end"]) for r in rows}) == len(rows)


def test_a_page_with_an_empty_record_drops_all_its_judged_events():
    sys.path.insert(0, str(ROOT / "bench"))
    from events_judged import Tally, tally_page

    def row(judgement: str) -> dict[str, object]:
        right = None if judgement == "FALSE" else "ASSAULT"
        return {"trigger": "x", "predicted": "ASSAULT", "judgement": judgement, "right": right, "reason": ""}

    judgements = {(10, 15): row("TRUE"), (40, 46): row("FALSE")}
    t = Tally()
    tally_page("some-page", judgements, [], t)
    assert t.dropped == {"TRUE": 1, "FALSE": 1}
    assert not t.kept
