"""Six further annotated articles (tests/data/gold2/), scored with shared/eval/score.py.

Unlike tests/data/gold/, no rule was tuned on these: each gold file was written by hand before
dateline was first run on its article (a flood wire, a court verdict, a ceasefire with weekday
dates, a sanctions story, a regional broadcaster's paste with page furniture, a national paper's
HTML page). The floors are what the extraction scored when they were set, less about 0.03: a
regression guard, not a target. On the small sections one check moves the ratio by more than
the margin, so there a floor means "no new miss".
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold2"
SCORE = ROOT.parent / "shared" / "eval" / "score.py"

# measured 2026-11-30 (bench/gold_articles.py --set gold2), less about 0.03. Low ones are known
# misses, not accepted behaviour: metadata 11/13 and timex 29/40 are mostly two wire stamps
# written day-first (08/07/2026) read month-first; event_detail 10/18 mostly event dates taken
# from the publication rather than the sentence's weekday
FLOORS = {
    "segmentation": 1.0,
    "metadata": 0.82,
    "body": 0.97,
    "quote_found": 0.92,
    "quote_speaker": 0.87,
    "quote_kind": 0.97,
    "quote_precision": 0.97,
    "timex": 0.69,
    "event_found": 0.72,
    "event_detail": 0.53,
    "entities": 0.82,
}


@pytest.fixture(scope="module")
def tally():
    if not SCORE.exists():
        pytest.skip("../shared/eval (the scorer) is not present")
    from dateline.pipeline import run
    from dateline.read.stamps import parse_iso_datetime
    from dateline.record import Article
    from dateline.settings import defaults

    spec = importlib.util.spec_from_file_location("dateline_eval_score", SCORE)
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    t = score.Tally()
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        opts = defaults()
        if gold.get("retrieved_at"):
            opts = opts.replace(retrieved_at=parse_iso_datetime(gold["retrieved_at"]))
        out = [a.model_dump(mode="json") for a in run([str(ROOT / gold["input"])], opts) if isinstance(a, Article)]
        t.add("segmentation", len(out) == len(gold["articles"]), f"{path.name}: {len(out)} articles")
        for k, g in enumerate(gold["articles"][: len(out)]):
            score.score_article(t, g, out[k], f"{path.stem}:{k}")
    return t


def test_every_gold2_file_names_an_article_in_the_tree():
    files = sorted(GOLD.glob("*.json"))
    assert len(files) >= 6
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["input"].startswith("tests/data/gold2/"), gold["input"]
        assert (ROOT / gold["input"]).is_file(), gold["input"]
        assert gold["articles"], path.name


@pytest.mark.parametrize("section", sorted(FLOORS))
def test_section_stays_above_its_floor(tally, section):
    found, total, misses = tally.rows.get(section, [0, 0, []])
    assert total, f"{section} was not measured"
    assert found / total >= FLOORS[section], f"{section} {found}/{total}: " + " | ".join(misses[:6])
