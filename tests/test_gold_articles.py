"""Our own annotated articles, scored with shared/eval/score.py: a regression guard.

Each gold file was annotated by hand before dateline was run on its article. Two sets:

- ``gold`` (tests/data/gold/, ten articles in eight outlet styles): rules of issue 9 were tuned on
  them, so they are no longer unseen.
- ``gold2`` (tests/data/gold2/, six more: a flood wire, a court verdict, a ceasefire with weekday
  dates, a sanctions story, a regional broadcaster's paste, a national paper's HTML page): scored
  unseen first (overall 0.86), then four general rules were fixed from their misses (0.91).
- ``gold3`` (tests/data/gold3/, seven more: an agency wire, a broadcaster's paste with furniture, a
  saved newspaper HTML page, an analysis, a court story, an attack with wire casualty forms, relayed
  quotes and spokespeople): scored unseen first (overall 0.90), then entity and speaker rules were
  fixed from their misses (0.95).
- ``gold4`` (tests/data/gold4/, four more in the same spirit): held out; no rule was tuned on them,
  and their first score (overall 0.86) was measured once, at the end of that work.

The floors are what the extraction scored when they were set, less about 0.03: a drop below one
means a change made the record worse on news written in these styles. They are not targets. On the
small sections one check moves the ratio by more than the margin, so there a floor means "no new
miss". quote_channel (two checks) is left out.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORE = ROOT.parent / "shared" / "eval" / "score.py"

# measured 2026-11-30 (bench/gold_articles.py --set NAME), less about 0.03
FLOORS: dict[str, dict[str, float]] = {
    "gold": {
        "segmentation": 1.0,
        "metadata": 0.95,
        "body": 0.97,
        "quote_found": 0.97,
        "quote_speaker": 0.96,
        "quote_kind": 0.97,
        "quote_precision": 0.97,
        "timex": 0.96,
        "event_found": 0.84,
        "event_detail": 0.55,
        "entities": 0.88,
    },
    # the low ones are known misses (event dates from the publication instead of the sentence's
    # weekday; events not found), not accepted behaviour
    "gold2": {
        "segmentation": 1.0,
        "metadata": 0.95,
        "body": 0.97,
        "quote_found": 0.95,
        "quote_speaker": 0.92,
        "quote_kind": 0.97,
        "quote_precision": 0.97,
        "timex": 0.92,
        "event_found": 0.72,
        "event_detail": 0.55,
        "entities": 0.83,
    },
    "gold3": {
        "segmentation": 1.0,
        "metadata": 0.95,
        "body": 0.97,
        "quote_found": 0.96,
        "quote_speaker": 0.84,
        "quote_kind": 0.96,
        "quote_precision": 0.96,
        "timex": 0.96,
        "event_found": 0.75,
        "event_detail": 0.75,  # 22/28 after the merges (an attack's wounded retold on the wrong event)
        "entities": 0.94,
    },
    # held out: the low ones (dates, events' details) are known weak areas, not accepted behaviour
    "gold4": {
        "segmentation": 1.0,
        "metadata": 0.6,
        "body": 0.97,
        "quote_found": 0.95,
        "quote_speaker": 0.84,
        "quote_kind": 0.95,
        "quote_precision": 0.86,
        "timex": 0.75,
        "event_found": 0.88,
        "event_detail": 0.47,
        "entities": 0.82,
    },
}
MIN_FILES = {"gold": 10, "gold2": 6, "gold3": 7, "gold4": 4}


def _score_module():
    spec = importlib.util.spec_from_file_location("dateline_eval_score", SCORE)
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request):
    """(set name, score.py's tally over every article of the set)."""
    if not SCORE.exists():
        pytest.skip("../shared/eval (the scorer) is not present")
    from dateline.pipeline import run
    from dateline.read.stamps import parse_iso_datetime
    from dateline.record import Article
    from dateline.settings import defaults

    score = _score_module()
    t = score.Tally()
    for path in sorted((ROOT / "tests" / "data" / request.param).glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        opts = defaults()
        if gold.get("retrieved_at"):
            opts = opts.replace(retrieved_at=parse_iso_datetime(gold["retrieved_at"]))
        out = [a.model_dump(mode="json") for a in run([str(ROOT / gold["input"])], opts) if isinstance(a, Article)]
        t.add("segmentation", len(out) == len(gold["articles"]), f"{path.name}: {len(out)} articles")
        for k, g in enumerate(gold["articles"][: len(out)]):
            score.score_article(t, g, out[k], f"{path.stem}:{k}")
    return request.param, t


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_every_gold_file_names_an_article_of_its_set(name):
    files = sorted((ROOT / "tests" / "data" / name).glob("*.json"))
    assert len(files) >= MIN_FILES[name]
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["input"].startswith(f"tests/data/{name}/"), gold["input"]
        assert (ROOT / gold["input"]).is_file(), gold["input"]
        assert gold["articles"], path.name


def test_every_section_stays_above_its_floor(scored):
    name, tally = scored
    low = []
    for section, floor in FLOORS[name].items():
        found, total, misses = tally.rows.get(section, [0, 0, []])
        assert total, f"{name}: {section} was not measured"
        if found / total < floor:
            low.append(f"{section} {found}/{total} < {floor}: " + " | ".join(misses[:4]))
    assert not low, f"{name}: " + "\n".join(low)
