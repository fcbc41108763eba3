"""Time expressions: each pattern on sentences written for these tests, anchored on a known date."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.nlp import load, parse

WED = date(2025, 10, 29)  # a Wednesday
FEB = date(2026, 2, 4)


def timexes(sentence: str, options, anchor: date | None = WED, kind: str = "published"):
    doc = parse(load(options.model), sentence, dl_anchor=(anchor, kind if anchor else "none"))
    found = doc._.dl_timexes
    for t in found:
        assert sentence[t.start : t.end] == t.text
    return found


def one(found, words):
    hits = [t for t in found if words in t.text or t.text in words]
    assert hits, f"no time expression {words!r} among {[t.text for t in found]}"
    return hits[0]


@pytest.mark.parametrize(
    ("sentence", "words", "value", "end_value", "anchor"),
    [
        ("The minister said on Wednesday that talks had failed.", "Wednesday", "2025-10-29", None, "published"),
        ("The sides have been meeting since Saturday.", "Saturday", "2025-10-25", None, "published"),
        ("The envoys will meet again on Monday.", "Monday", "2025-11-03", None, "published"),
        ("They met next Monday, officials said.", "next Monday", "2025-11-03", None, "published"),
        ("The ceasefire was agreed on Oct. 19 in Doha.", "Oct. 19", "2025-10-19", None, "published"),
        ("Fighting broke out on 29 October 2025 near the border.", "29 October 2025", "2025-10-29", None, "absolute"),
        ("Clashes began on October 13, 2025, officials said.", "October 13, 2025", "2025-10-13", None, "absolute"),
        ("The group took power in August 2021.", "August 2021", "2021-08", None, "absolute"),
        ("Relations have soured since 2021.", "2021", "2021", None, "absolute"),
        ("Officials said a day earlier that a deal was close.", "a day earlier", "2025-10-28", None, "published"),
        ("Dozens were killed earlier this month.", "earlier this month", "2025-10", None, "published"),
        ("The plant closed two weeks ago.", "two weeks ago", "2025-W42", None, "published"),
        ("Prices rose sharply last year.", "last year", "2024", None, "published"),
        ("Inflation eased this week.", "this week", "2025-W44", None, "published"),
        ("Weekend clashes left five soldiers dead.", "Weekend", "2025-10-25", "2025-10-26", "published"),
        ("The dam was finished yesterday.", "yesterday", "2025-10-28", None, "published"),
        ("The strike lasted four days.", "four days", "P4D", None, "absolute"),
        ("The talks resume after a six-month pause.", "six-month", "P6M", None, "absolute"),
        ("The blast happened at 3 p.m. local time.", "3 p.m.", "2025-10-29T15:00", None, "published"),
    ],
)
def test_patterns_against_published(options, sentence, words, value, end_value, anchor):
    t = one(timexes(sentence, options), words)
    assert (t.value, t.end_value, t.anchor) == (value, end_value, anchor)


@pytest.mark.parametrize(
    ("sentence", "words", "value", "end_value"),
    [
        ("The policy was approved in July last year.", "July last year", "2025-07", None),
        ("In October last year, the prime minister announced a plan.", "October last year", "2025-10", None),
        ("Last November, the two countries agreed to cooperate.", "Last November", "2025-11", None),
        ("The country is hosting an AI week from Feb. 9-15.", "Feb. 9-15", "2026-02-09", "2026-02-15"),
        ("The fair runs from Feb. 9 to 15 in the capital.", "Feb. 9 to 15", "2026-02-09", "2026-02-15"),
        ("The vote is due next March.", "next March", "2026-03", None),
        ("The vote was held last March.", "last March", "2025-03", None),
    ],
)
def test_patterns_in_the_second_article_shape(options, sentence, words, value, end_value):
    t = one(timexes(sentence, options, anchor=FEB), words)
    assert (t.value, t.end_value) == (value, end_value)


def test_retrieval_time_is_named_as_the_anchor(options):
    t = one(timexes("The minister arrived on Wednesday.", options, anchor=FEB, kind="retrieved"), "Wednesday")
    assert (t.value, t.anchor) == ("2026-02-04", "retrieved")


def test_without_an_anchor_relative_values_stay_null(options):
    found = timexes(
        "Officials said on Wednesday, a day earlier than planned, that August 2021 mattered.", options, None
    )
    assert one(found, "Wednesday").value is None and one(found, "Wednesday").anchor == "none"
    assert one(found, "a day earlier").value is None
    assert one(found, "August 2021").value == "2021-08"  # absolute needs no anchor


def test_numbers_that_are_not_years(options):
    found = timexes("The 2,600-km border saw 2000 troops and 25 militants; costs rose 12%.", options)
    assert not any(t.value == "2000" for t in found), [t.text for t in found]


def test_seed_time_expressions(seed_records):
    a, b = seed_records
    got = {t.text: (t.value, t.end_value) for t in a.timexes}
    assert got["Wednesday"][0] == "2025-10-29" and got["Saturday"][0] == "2025-10-25"
    assert got["Oct. 19"][0] == "2025-10-19" and got["earlier this month"][0] == "2025-10"
    assert got["a day earlier"][0] == "2025-10-28" and got["August 2021"][0] == "2021-08"
    got_b = {t.text: (t.value, t.end_value) for t in b.timexes}
    assert got_b["Feb. 9-15"] == ("2026-02-09", "2026-02-15") and got_b["July last year"][0] == "2025-07"
