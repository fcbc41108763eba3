"""The TimeLine (SemEval-2015 Task 4) temporal awareness score on small timelines worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.evaluate.timeline import BEFORE, IN, SIMULTANEOUS, Counts, Row, micro, parse, relations, score, write

GOLD = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "semeval2015-timeline"


def rows(*spec: tuple[int, str, str]) -> list[Row]:
    return [Row(p, d, tuple(ms.split())) for p, d, ms in spec]


# a merger story: talks on 5 Jan, a deal reported twice on 1 Feb, an undated vote after it,
# and an unordered remark
REF = rows(
    (1, "2010-01-05", "1-2-talks"),
    (2, "2010-02-01", "1-4-deal 2-3-deal"),
    (3, "XXXX-XX-XX", "2-7-vote"),
    (0, "XXXX-XX-XX", "2-9-said"),
)


def test_relations_a_timeline_states() -> None:
    assert relations(REF) == sorted(
        [
            ("1-4-deal", SIMULTANEOUS, "2-3-deal"),
            ("1-2-talks", BEFORE, "1-4-deal"),
            ("1-2-talks", BEFORE, "2-3-deal"),
            ("1-4-deal", BEFORE, "2-7-vote"),
            ("2-3-deal", BEFORE, "2-7-vote"),
            ("1-2-talks", IN, "2010-01-05"),
            ("1-4-deal", IN, "2010-02-01"),
            ("2-3-deal", IN, "2010-02-01"),
        ]
    )


def test_missing_mention_and_a_wrong_anchor() -> None:
    sys = rows((1, "2010-01-05", "1-2-talks"), (2, "2010-02-01", "1-4-deal"), (3, "2010-03-01", "2-7-vote"))
    c = score(REF, sys)
    # Sys: talks<deal, deal<vote, talks IN 01-05, deal IN 02-01 hold in Ref+; vote IN 03-01 does not
    # Ref: the four relations of 2-3-deal (absent from Sys) are missed, the other four are found
    assert c == Counts(sys_correct=4, sys_total=5, ref_found=4, ref_total=8)
    assert c.precision == pytest.approx(0.8)
    assert c.recall == pytest.approx(0.5)
    assert c.f1 == pytest.approx(2 * 0.8 * 0.5 / 1.3)


def test_closure_credits_an_implied_order_in_precision_only() -> None:
    ref = rows((1, "XXXX-XX-XX", "a"), (2, "XXXX-XX-XX", "b"), (3, "XXXX-XX-XX", "c"))
    sys = rows((1, "XXXX-XX-XX", "a"), (2, "XXXX-XX-XX", "c"))
    c = score(ref, sys)
    assert (c.sys_correct, c.sys_total) == (1, 1)  # a<c follows from a<b<c
    assert (c.ref_found, c.ref_total) == (0, 2)  # neither a<b nor b<c follows from a<c
    assert c.f1 == 0.0


def test_order_carries_over_coreference() -> None:
    ref = rows((1, "XXXX-XX-XX", "a"), (2, "XXXX-XX-XX", "b c"))
    sys = rows((1, "XXXX-XX-XX", "a"), (2, "XXXX-XX-XX", "c"))
    c = score(ref, sys)
    assert (c.sys_correct, c.sys_total) == (1, 1)  # a<c: c is b's coreferent
    assert (c.ref_found, c.ref_total) == (1, 3)  # a<c is found; b=c and a<b need b


def test_reversed_and_collapsed_orders_score_nothing() -> None:
    ref = rows((1, "XXXX-XX-XX", "a"), (2, "XXXX-XX-XX", "b"))
    assert score(ref, rows((1, "XXXX-XX-XX", "b"), (2, "XXXX-XX-XX", "a"))) == Counts(0, 1, 0, 1)
    assert score(ref, rows((1, "XXXX-XX-XX", "a b"))) == Counts(0, 1, 0, 1)


def test_same_position_is_simultaneous_and_position_zero_is_unordered() -> None:
    tl = rows((0, "XXXX-XX-XX", "z"), (1, "1976", "a"), (1, "1976", "b"), (2, "1985", "c"))
    assert relations(tl) == sorted(
        [
            ("a", SIMULTANEOUS, "b"),
            ("a", BEFORE, "c"),
            ("b", BEFORE, "c"),
            ("a", IN, "1976"),
            ("b", IN, "1976"),
            ("c", IN, "1985"),
        ]
    )


def test_micro_average_sums_counts_over_entities() -> None:
    one = (REF, rows((1, "2010-01-05", "1-2-talks"), (2, "2010-02-01", "1-4-deal"), (3, "2010-03-01", "2-7-vote")))
    two = (rows((1, "XXXX-XX-XX", "x"), (2, "XXXX-XX-XX", "y")), [])
    c = micro([one, two])
    assert c == Counts(4, 5, 4, 9)
    assert c.f1 == pytest.approx(2 * 0.8 * (4 / 9) / (0.8 + 4 / 9))


def test_partial_dates_match_in_either_spelling() -> None:
    ref = rows((1, "2013-XX-XX", "a"), (2, "2014-06-XX", "b"))
    sys = rows((1, "2013", "a"), (2, "2014-06", "b"))
    assert score(ref, sys) == Counts(3, 3, 3, 3)
    assert ("a", IN, "2013") in relations(ref)


def test_empty_system_and_reference() -> None:
    assert score([], []) == Counts()
    assert Counts().f1 == 0.0


def test_file_format_round_trip() -> None:
    text = "Acme Corp\n0\tXXXX-XX-XX\t2-9-said\n1\t2010-01-05\t1-2-talks\n2\t2010-02\t1-4-deal\t2-3-deal\n"
    entity, tl = parse(text)
    assert entity == "Acme Corp"
    assert tl[2] == Row(2, "2010-02", ("1-4-deal", "2-3-deal"))
    assert write(entity, tl) == text


def test_gold_against_itself_scores_one() -> None:
    files = sorted(GOLD.glob("SemEval_Task4_data/corpus_*/TimeLines_Gold_Standard/*.txt"))
    files += sorted(GOLD.glob("TimeLines_trial_data_task4_v1.2/*.txt"))
    if not files:
        pytest.skip("SemEval-2015 Task 4 data not present")
    pairs = [(tl, tl) for tl in (parse(f.read_text(encoding="utf-8"))[1] for f in files)]
    c = micro(pairs)
    assert c.ref_total > 1000
    assert c.precision == 1.0 and c.recall == 1.0
