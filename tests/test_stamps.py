from datetime import timedelta

import pytest

from dateline.read.stamps import parse_iso_datetime, parse_stamp


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Updated 29 October 2025", "2025-10-29"),
        ("Published: Oct. 29, 2025", "2025-10-29"),
        ("November 12, 2025 4:41 PM UTC", "2025-11-12"),
        ("Wed 29 Oct 2025 14.02 GMT", "2025-10-29"),
        ("Last updated on 3rd March 2026", "2026-03-03"),
        ("2026-01-08T09:30:00Z", "2026-01-08"),
        ("20 January 2026", "2026-01-20"),
    ],
)
def test_absolute_stamps(line, value):
    stamp = parse_stamp(line)
    assert stamp is not None and stamp.date is not None
    assert stamp.date.value == value
    assert stamp.date.precision == "day"


@pytest.mark.parametrize(
    ("line", "ago"),
    [
        ("Updated 7 sec ago", timedelta(seconds=7)),
        ("3 hours ago", timedelta(hours=3)),
        ("an hour ago", timedelta(hours=1)),
        ("2 days ago", timedelta(days=2)),
        ("Yesterday", timedelta(days=1)),
    ],
)
def test_relative_stamps(line, ago):
    stamp = parse_stamp(line)
    assert stamp is not None and stamp.date is None
    assert stamp.ago == ago


@pytest.mark.parametrize(
    "line",
    [
        "Pakistan said on 29 October 2025 that talks had failed.",  # a sentence holding a date
        "Follow",
        "31 February 2026",  # no such day
        "10:32 GMT",  # a time alone is a live-blog entry stamp, not the article's date
        "",
    ],
)
def test_not_stamps(line):
    assert parse_stamp(line) is None


def test_relative_stamp_resolves_only_with_retrieval_time():
    stamp = parse_stamp("Updated 7 sec ago")
    assert stamp is not None
    assert stamp.resolve(None) is None
    date = stamp.resolve(parse_iso_datetime("2026-02-04T12:00:00Z"))
    assert date is not None and date.value.startswith("2026-02-04T11:59:53") and date.precision == "time"
    day = parse_stamp("2 days ago")
    assert day is not None
    resolved = day.resolve(parse_iso_datetime("2026-02-04T12:00:00Z"))
    assert resolved is not None and resolved.value == "2026-02-02" and resolved.precision == "day"
