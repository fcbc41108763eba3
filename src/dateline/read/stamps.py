"""Date stamps that pages print near the headline: "Updated 29 October 2025", "7 sec ago",
"Wed Mar 4, 2015 9:12am EST", "June 3 at 4:05 PM", "11.03.19", "publié le 4 mars 2015".

A stamp line is recognised only when the whole line is a date (plus the usual
"Updated"/"Published" words, a weekday, a time and a zone), so body sentences never
count. The forms, month names and words are data (``data/stamps.yaml``). A short line
that opens with a stamp word ("Updated ...") but whose date cannot be read is still a
stamp, marked not understood, so the record can say which stamp it could not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

from .. import rules
from ..cache import regex
from ..record import Date

# English month names: the time-expression tagger reads these (English text only).
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

_MAX_LINE = 90  # a stamp is short: longer lines are not tried
_MAX_WORDS = 12


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Forms:
    months: dict[str, int]
    absolute: list[re.Pattern[str]]
    no_year: list[re.Pattern[str]]
    numeric: re.Pattern[str]
    relative: list[re.Pattern[str]]
    units: dict[str, str]
    numbers: dict[str, int]
    day_words: dict[str, int]
    now_words: frozenset[str]
    word_line: re.Pattern[str]
    prefixed: re.Pattern[str]
    month_word: re.Pattern[str]
    month_first: bool
    day_first_zone: re.Pattern[str]
    month_first_zone: re.Pattern[str]
    pivot: int


@cache
def _forms() -> _Forms:
    data: dict[str, Any] = rules.load_yaml("stamps.yaml")
    months = {str(name).lower(): int(num) for num, names in data["months"].items() for name in names}
    mon = rf"(?P<mon>{_alt(list(months))})\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"
    year = r"(?P<year>(?:19|20)\d\d)"
    weekday = rf"(?:(?:{_alt([str(w) for w in data['weekdays']])})\.?,?\s*)"
    prefix = (
        rf"(?:(?:{_alt([str(p) for p in data['prefixes']])})"
        rf"(?:\s+(?:{_alt([str(p) for p in data['prefix_links']])}))?\s*:?\s*|on\s+)"
    )
    link = rf"(?:\s*(?:{_alt([str(t) for t in data['time_links']])})\s*|\s+)"
    # 9:12am, 9.12 a.m., 14:02:11, 09h12, 16 Uhr; then a zone: EST, GMT+8, UTC+01:00, (CET)
    clock = r"\d{1,2}(?:[:.h]\d\d(?:[:.]\d\d)?|(?=\s*(?:[ap]\.?m\b|uhr)))\s*(?:[ap]\.?\s?m\.?|uhr|h)?"
    zone = r"(?:\(?[a-z]{1,5}(?:\s?[+-]\s?\d{1,2}(?::?\d\d)?)?\)?|[+-]\d\d:?\d\d)"
    time = rf"(?:{clock}(?:\s*{zone})?)"
    iso = (
        r"(?P<iso>(?P<y2>(?:19|20)\d\d)-(?P<m2>[01]\d)-(?P<d2>[0-3]\d))"
        r"(?:[T ](?P<hh>\d\d):(?P<mm>\d\d)(?::\d\d(?:\.\d+)?)?(?P<tz>Z|[+-]\d\d:?\d\d)?)?"
    )
    numeric = r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d\d)"
    dates = [
        rf"{day}\s*(?:de\s+)?{mon},?\s+(?:de\s+)?{year}",
        rf"{mon}\s+{day},?\s+{year}",
        iso,
        numeric,
    ]
    dates_no_year = [rf"{day}\s*(?:de\s+)?{mon}", rf"{mon}\s+{day}"]

    def line(d: str) -> list[re.Pattern[str]]:
        head = rf"^\s*{prefix}?{weekday}?"
        return [
            regex(rf"{head}{d}(?:,?{link}{time})?\s*\.?\s*$", re.IGNORECASE),
            regex(rf"{head}{time}{link}{weekday}?{d}\s*$", re.IGNORECASE),
        ]

    units = {str(u).lower(): kind for kind, names in data["units"].items() for u in names}
    numbers = {str(k).lower(): int(v) for k, v in data["number_words"].items()}
    n = rf"(?P<n>\d+|{_alt(list(numbers))})"
    unit = rf"(?P<unit>{_alt(list(units))})"
    relative = [
        regex(rf"^\s*{prefix}?(?:{form.replace('{n}', n).replace('{unit}', unit)})\s*\.?\s*$", re.IGNORECASE)
        for form in data["relative"]
    ]
    day_words = {str(k).lower(): int(v) for k, v in data["day_words"].items()}
    now_words = frozenset(str(w).lower() for w in data["now_words"])
    word_line = regex(rf"^\s*{prefix}?(?P<word>{_alt([*day_words, *now_words])})(?:,?{link}{time})?\s*$", re.IGNORECASE)
    prefixed = regex(rf"^\s*(?:{_alt([str(p) for p in data['prefixes']])})\b\s*:?", re.IGNORECASE)
    month_word = regex(rf"\b(?:{_alt(list(months))})\b", re.IGNORECASE)
    return _Forms(
        months=months,
        absolute=[rx for d in dates for rx in line(d)],
        no_year=[rx for d in dates_no_year for rx in line(d)],
        numeric=regex(numeric),
        relative=relative,
        units=units,
        numbers=numbers,
        day_words=day_words,
        now_words=now_words,
        word_line=word_line,
        prefixed=prefixed,
        month_word=month_word,
        month_first=str(data["slash_order"]) == "month_first",
        day_first_zone=regex(rf"\b(?:{_alt([str(z) for z in data['day_first_zones']])})\b"),
        month_first_zone=regex(rf"\b(?:{_alt([str(z) for z in data['month_first_zones']])})\b"),
        pivot=int(data["two_digit_year_pivot"]),
    )


def month_names() -> list[str]:
    """Month names and abbreviations in every language stamps.yaml lists (datelines use them too)."""
    return list(_forms().months)


@dataclass
class Stamp:
    """A date stamp line: an absolute date, a month and day without a year, an offset back
    from retrieval, or a stamp-like line whose date was not understood (``problem``)."""

    text: str
    date: Date | None = None
    ago: timedelta | None = None
    ago_precision: str = "time"
    alternative: Date | None = None  # the other reading of an ambiguous numeric date
    month_day: tuple[int, int] | None = None  # "June 3 at 4:05 PM": no year printed
    problem: str | None = None

    def resolve(self, retrieved_at: datetime | None) -> Date | None:
        if self.problem is not None:
            return None
        if self.date is not None:
            if retrieved_at is not None and self.alternative is not None and self.date.value > _day(retrieved_at):
                return self.alternative if self.alternative.value <= _day(retrieved_at) else self.date
            return self.date
        if retrieved_at is None:
            return None
        if self.month_day is not None:
            return self._complete_year(retrieved_at)
        if self.ago is None:
            return None
        try:
            when = retrieved_at - self.ago
        except OverflowError:
            return None
        if self.ago_precision == "day":
            return Date(value=when.date().isoformat(), precision="day", text=self.text)
        return Date(value=when.isoformat().replace("+00:00", "Z"), precision="time", text=self.text)

    def _complete_year(self, retrieved_at: datetime) -> Date | None:
        """The year that puts the date nearest before (or on) the retrieval date."""
        month, day = self.month_day or (0, 0)
        ref = retrieved_at.date()
        for year in (ref.year, ref.year - 1, ref.year - 2, ref.year - 3, ref.year - 4):
            try:
                d = date(year, month, day)
            except ValueError:
                continue  # 29 February in a year that has none: try an earlier year
            if d <= ref:
                return Date(value=d.isoformat(), precision="day", text=self.text)
        return None

    def why_unresolved(self, retrieved_at: datetime | None) -> str:
        """The warning for a stamp that gave no date: what could not be read, and why."""
        if self.problem is not None:
            return f"the stamp {self.text!r} was not understood ({self.problem}): published is unknown"
        if retrieved_at is None and self.month_day is not None:
            return (
                f"the stamp {self.text!r} prints no year and no retrieval time was given: "
                "published is unknown; pass --retrieved-at to complete it"
            )
        if retrieved_at is None:
            return (
                f"the stamp {self.text!r} is relative and no retrieval time was given: "
                "published is unknown; pass --retrieved-at to resolve it"
            )
        return f"the stamp {self.text!r} was not understood (it lies out of range of the retrieval time)"


def _day(dt: datetime) -> str:
    return dt.date().isoformat()


def parse_stamp(line: str) -> Stamp | None:
    """The date a whole line states, or None when the line is not a date stamp. A line of two stamps
    ("PUBLISHED: 22:47, 8 March 2026 | UPDATED: 23:30, 8 March 2026") gives the first one's date."""
    text = line.strip()
    if not text or len(text) > 2 * _MAX_LINE:
        return None
    parts = [p for p in re.split(r"\s+[|•·]\s+", text) if p]
    if len(parts) == 2:
        first, second = (_one_stamp(p) for p in parts)
        if first is not None and second is not None and first.problem is None and second.problem is None:
            return replace(first, text=text)
    return _one_stamp(text)


def _one_stamp(text: str) -> Stamp | None:
    if not text or len(text) > _MAX_LINE or len(text.split()) > _MAX_WORDS:
        return None
    f = _forms()
    for rx in f.absolute:
        m = rx.match(text)
        if m:
            return _absolute(text, m, f)
    for rx in f.no_year:
        m = rx.match(text)
        if m:
            month, day = f.months[m.group("mon").lower().rstrip(".")], int(m.group("day"))
            try:
                date(2000, month, day)  # a leap year: 29 February is a day
            except ValueError:
                return None
            return Stamp(text, month_day=(month, day))
    for rx in f.relative:
        m = rx.match(text)
        if m:
            return _relative(text, m, f)
    m = f.word_line.match(text)
    if m:
        word = m.group("word").lower()
        if word in f.now_words:
            return Stamp(text, ago=timedelta(0))
        return Stamp(text, ago=timedelta(days=f.day_words[word]), ago_precision="day")
    if f.prefixed.match(text) and len(text.split()) <= 8 and (re.search(r"\d", text) or f.month_word.search(text)):
        return Stamp(text, problem="no date form matches it")
    return None


def _absolute(text: str, m: re.Match[str], f: _Forms) -> Stamp | None:
    g = m.groupdict()
    try:
        if g.get("iso"):
            d = date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
        elif g.get("a"):
            return _numeric(text, m, f)
        else:
            d = date(int(g["year"]), f.months[g["mon"].lower().rstrip(".")], int(g["day"]))
    except ValueError:
        return None
    return Stamp(text, date=Date(value=d.isoformat(), precision="day", text=text))


def _numeric(text: str, m: re.Match[str], f: _Forms) -> Stamp | None:
    """11.03.19, 03/11/2019, 25-03-2019: see the order rules in stamps.yaml."""
    a, b, c, sep = int(m.group("a")), int(m.group("b")), m.group("c"), m.group("sep")
    year = int(c) if len(c) == 4 else (2000 + int(c) if int(c) < f.pivot else 1900 + int(c))
    if a > 12 and b > 12:
        return None
    month_first = f.month_first
    if f.day_first_zone.search(text):  # the zone says where the stamp was written (case kept: "GMT", not "gmt")
        month_first = False
    elif f.month_first_zone.search(text):
        month_first = True
    day_first = a > 12 or (b <= 12 and (sep == "." or not month_first))
    readings = [(b, a), (a, b)] if day_first else [(a, b), (b, a)]
    found: list[Date] = []
    for month, day in readings:
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        found.append(Date(value=d.isoformat(), precision="day", text=text))
    if not found:
        return None
    alternative = found[1] if len(found) > 1 and a <= 12 and b <= 12 and found[1] != found[0] else None
    return Stamp(text, date=found[0], alternative=alternative)


def _relative(text: str, m: re.Match[str], f: _Forms) -> Stamp:
    raw = m.group("n").lower()
    unit = f.units[m.group("unit").lower()]
    try:
        n = int(raw) if raw.isdigit() else f.numbers[raw]
        ago = timedelta(**{unit: n})
    except (OverflowError, ValueError):
        return Stamp(text, problem=f"{raw} {unit} back is out of range")
    return Stamp(text, ago=ago, ago_precision="day" if unit in ("days", "weeks") else "time")


@cache
def _clock() -> re.Pattern[str]:
    """A stamp's clock: hour, a separator of stamps.yaml, minutes, optional seconds, then the 12-hour
    clock's mark if any (stamps.yaml ``clock``)."""
    data: dict[str, Any] = rules.load_yaml("stamps.yaml")["clock"]
    sep = "|".join(re.escape(str(x)) for x in data["separators"])
    return regex(
        rf"(?<![\d:.])(?P<h>[0-2]?\d)(?:(?:{sep})(?P<m>[0-5]\d))(?::[0-5]\d)?(?![\d:]|\.\d)\s*"
        rf"(?:(?P<am>{data['am']})|(?P<pm>{data['pm']}))?",
        re.IGNORECASE,
    )


def clock_of(line: str) -> tuple[int, int] | None:
    """The time of day a stamp line prints ("9:24 pm ET" is (21, 24), "14:02" is (14, 2)), else None."""
    m = _clock().search(line)
    if m is None:
        return None
    hour, minute = int(m.group("h")), int(m.group("m"))
    twelve = m.group("am") is not None or m.group("pm") is not None
    if (twelve and not 1 <= hour <= 12) or hour > 23:
        return None
    if m.group("pm") is not None and hour != 12:
        hour += 12
    elif m.group("am") is not None and hour == 12:
        hour = 0
    return hour, minute


def parse_iso_datetime(value: str) -> datetime:
    """--retrieved-at values: ISO 8601, "Z" allowed; naive times are taken as UTC."""
    dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
