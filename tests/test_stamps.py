from datetime import timedelta

import pytest

from dateline.read.stamps import clock_of, parse_iso_datetime, parse_stamp


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
        "Sport | 2 June 2025",  # a section label beside a date is not two stamps
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


RETRIEVED = "2026-02-04T12:00:00Z"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        # numeric: dots are day first; slashes month first unless a part is over 12; ISO as written
        ("11.03.19", "2019-03-11"),
        ("03/11/2019", "2019-03-11"),
        ("25/03/2019", "2019-03-25"),
        ("2019-11-03", "2019-11-03"),
        ("Updated: 04.03.2015 | 14:02", "2015-03-04"),
        # the time zone says where a slashed date was written: day first in Britain, month first in the US
        ("05/09/2026 14:20 BST", "2026-09-05"),
        ("Last updated 05/09/2026 at 08:15 EAT", "2026-09-05"),
        ("05/09/2026 2:20 p.m. EDT", "2026-05-09"),
        # weekday, time and zone around the date
        ("Wed Mar 4, 2015 9:12am EST", "2015-03-04"),
        ("Wednesday, March 4, 2015 9:12 a.m. ET", "2015-03-04"),
        ("Posted 12:30 PM, March 4, 2015", "2015-03-04"),
        ("Last modified: 2019-11-03T10:00:00Z", "2019-11-03"),
        ("First published on Tue 3 Nov 2020 18.40 GMT", "2020-11-03"),
        # French, Spanish, German (and Portuguese)
        ("mis à jour le 4 mars 2015 à 09h12", "2015-03-04"),
        ("Publié le mercredi 4 mars 2015", "2015-03-04"),
        ("Publicado el 4 de marzo de 2015", "2015-03-04"),
        ("Actualizado: 12 dic. 2019 - 18:40 CET", "2019-12-12"),
        ("Mittwoch, 4. März 2015, 09:12 Uhr", "2015-03-04"),
        ("Veröffentlicht am 04.03.2015", "2015-03-04"),
        ("sexta-feira, 22 de outubro de 2010 às 20:13", "2010-10-22"),
        # two stamps on one line, tabloid style: the first one's date
        ("PUBLISHED: 09:15, 2 June 2025 | UPDATED: 11:40, 3 June 2025", "2025-06-02"),
    ],
)
def test_stamp_forms(line, value):
    stamp = parse_stamp(line)
    assert stamp is not None and stamp.date is not None, line
    assert stamp.resolve(None) is not None and stamp.resolve(None).value == value


def test_ambiguous_slash_date_never_lies_after_retrieval():
    stamp = parse_stamp("12/06/2026")  # 6 December (month first) is after retrieval; 12 June is not
    assert stamp is not None
    assert stamp.resolve(None).value == "2026-12-06"
    assert stamp.resolve(parse_iso_datetime("2026-07-01T00:00:00Z")).value == "2026-06-12"


@pytest.mark.parametrize(
    ("line", "retrieved", "value"),
    [
        ("June 3 at 4:05 PM", "2026-02-04T12:00:00Z", "2025-06-03"),  # the nearest June 3 before retrieval
        ("June 3 at 4:05 PM", "2026-07-01T12:00:00Z", "2026-06-03"),
        ("Updated Dec 24, 11:30 PM ET", "2026-01-02T00:00:00Z", "2025-12-24"),
        ("Feb 29 at 3:00 PM", "2026-03-01T00:00:00Z", "2024-02-29"),  # no 29 February in 2026 or 2025
        ("4 mars à 09h12", "2026-03-05T00:00:00Z", "2026-03-04"),
    ],
)
def test_stamps_without_a_year_take_the_year_before_retrieval(line, retrieved, value):
    stamp = parse_stamp(line)
    assert stamp is not None and stamp.month_day is not None
    assert stamp.resolve(None) is None
    assert stamp.resolve(parse_iso_datetime(retrieved)).value == value


@pytest.mark.parametrize(
    ("line", "ago"),
    [
        ("Updated 3 hours ago", timedelta(hours=3)),
        ("Published 45 mins ago", timedelta(minutes=45)),
        ("Posted: 2h ago", timedelta(hours=2)),
        ("il y a 3 heures", timedelta(hours=3)),
        ("hace 2 días", timedelta(days=2)),
        ("vor 5 Minuten", timedelta(minutes=5)),
        ("Just now", timedelta(0)),
        ("gestern", timedelta(days=1)),
    ],
)
def test_more_relative_stamps(line, ago):
    stamp = parse_stamp(line)
    assert stamp is not None and stamp.ago == ago


@pytest.mark.parametrize("line", ["Updated 99999999999 hours ago", "Published 1000000000000 days ago"])
def test_huge_offsets_are_stamps_not_understood(line):
    stamp = parse_stamp(line)  # must not raise OverflowError
    assert stamp is not None and stamp.problem is not None
    assert stamp.resolve(parse_iso_datetime(RETRIEVED)) is None
    assert f"the stamp {line!r} was not understood" in stamp.why_unresolved(parse_iso_datetime(RETRIEVED))


def test_offset_reaching_before_year_one_is_not_understood():
    stamp = parse_stamp("1000000 days ago")
    assert stamp is not None and stamp.ago is not None
    retrieved = parse_iso_datetime(RETRIEVED)
    assert stamp.resolve(retrieved) is None  # must not raise OverflowError
    assert "was not understood" in stamp.why_unresolved(retrieved)


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("Updated Tuesday 9:12", "the stamp 'Updated Tuesday 9:12' was not understood"),
        ("June 3 at 4:05 PM", "the stamp 'June 3 at 4:05 PM' prints no year"),
        ("Updated 7 sec ago", "the stamp 'Updated 7 sec ago' is relative"),
    ],
)
def test_warning_names_the_stamp_it_could_not_read(line, says):
    stamp = parse_stamp(line)
    assert stamp is not None and stamp.resolve(None) is None
    assert stamp.why_unresolved(None).startswith(says)


@pytest.mark.parametrize(
    "line",
    [
        "Updated rules on border crossings take effect from Monday, the ministry said.",  # a sentence
        "March 2015 budget",
        "32.13.2019",  # no such month or day in either order
        "Published",
    ],
)
def test_more_lines_that_are_not_stamps(line):
    assert parse_stamp(line) is None


@pytest.mark.parametrize(
    ("line", "retrieved", "warning"),
    [
        ("Updated 99999999999 hours ago", RETRIEVED, "the stamp 'Updated 99999999999 hours ago' was not understood"),
        ("1000000 days ago", RETRIEVED, "the stamp '1000000 days ago' was not understood"),
        ("June 3 at 4:05 PM", None, "the stamp 'June 3 at 4:05 PM' prints no year"),
    ],
)
def test_published_warning_names_the_stamp(line, retrieved, warning, options):
    from dateline.extract import _published
    from dateline.read.article import RawArticle

    opts = options.replace(retrieved_at=parse_iso_datetime(retrieved) if retrieved else None)
    warnings: list[str] = []
    assert _published(RawArticle(stamp=parse_stamp(line)), opts, warnings) is None
    assert warnings and warnings[0].startswith(warning)


@pytest.mark.parametrize(
    "line, clock",
    [
        ("Jan 9, 2025 at 7:45 pm CT", (19, 45)),
        ("Posted Feb 3, 12:10 AM", (0, 10)),
        ("Friday, 14.06.2024, 21:30", (21, 30)),  # the dotted date is not read as a clock
        ("Published: Thursday, May 2nd, 2024 at 6:02 a.m.", (6, 2)),
        ("Updated 08h40, 4 avril 2024", (8, 40)),
        ("July 22, 2024", None),
        ("22.07.24", None),
    ],
)
def test_clock_of_a_stamp(line, clock):
    assert clock_of(line) == clock
