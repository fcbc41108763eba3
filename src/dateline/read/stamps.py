"""Date stamps that pages print near the headline: "Updated 29 October 2025", "7 sec ago".

A stamp line is recognised only when the whole line is a date (plus the usual
"Updated"/"Published" words, a time and a zone), so body sentences never count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from ..record import Date

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|urday)?\.?,?"
_PREFIX = (
    r"(?:(?:last\s+|first\s+)?(?:updated|published|posted|modified|created)(?:\s+on|\s+at)?\s*:?|"
    r"date\s*:|on)\s*"
)
_TIME = r"(?:(?:at\s+)?\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d\d)?)?)?)"
_ABS = [
    rf"{_DAY}\s+{_MON},?\s+{_YEAR}",
    rf"{_MON}\s+{_DAY},?\s+{_YEAR}",
    r"(?P<iso>(?P<y2>(?:19|20)\d\d)-(?P<m2>[01]\d)-(?P<d2>[0-3]\d))"
    r"(?:[T ](?P<hh>\d\d):(?P<mm>\d\d)(?::\d\d(?:\.\d+)?)?(?P<tz>Z|[+-]\d\d:?\d\d)?)?",
]
_ABS_LINE = [
    re.compile(rf"^\s*(?:{_PREFIX})?(?:{_WEEKDAY}\s*)?{p}\s*(?:[,|•·-]\s*)?{_TIME}?\s*$", re.IGNORECASE) for p in _ABS
]
_ABS_LINE += [
    re.compile(rf"^\s*(?:{_PREFIX})?{_TIME}\s*(?:[,|•·-]\s*)?(?:{_WEEKDAY}\s*)?{p}\s*$", re.IGNORECASE) for p in _ABS
]

_UNITS = {
    "s": "seconds", "sec": "seconds", "secs": "seconds", "second": "seconds", "seconds": "seconds",
    "m": "minutes", "min": "minutes", "mins": "minutes", "minute": "minutes", "minutes": "minutes",
    "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
    "d": "days", "day": "days", "days": "days", "w": "weeks", "wk": "weeks", "week": "weeks", "weeks": "weeks",
}  # fmt: skip
_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_REL_LINE = re.compile(
    r"^\s*(?:"
    + _PREFIX
    + r")?(?P<n>\d+|an?|one|two|three|four|five|six)\s*(?P<unit>"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r")\.?\s+ago\s*$",
    re.IGNORECASE,
)
_REL_WORD_LINE = re.compile(r"^\s*(?:" + _PREFIX + r")?(?P<word>just now|yesterday|today)\s*$", re.IGNORECASE)


@dataclass
class Stamp:
    """A date stamp line: either an absolute date, or an offset back from retrieval."""

    text: str
    date: Date | None = None
    ago: timedelta | None = None
    ago_precision: str = "time"

    def resolve(self, retrieved_at: datetime | None) -> Date | None:
        if self.date is not None:
            return self.date
        if self.ago is None or retrieved_at is None:
            return None
        when = retrieved_at - self.ago
        if self.ago_precision == "day":
            return Date(value=when.date().isoformat(), precision="day", text=self.text)
        return Date(value=when.isoformat().replace("+00:00", "Z"), precision="time", text=self.text)


def parse_stamp(line: str) -> Stamp | None:
    """The date a whole line states, or None when the line is not a date stamp."""
    text = line.strip()
    if not text or len(text) > 80:
        return None
    for rx in _ABS_LINE:
        m = rx.match(text)
        if m:
            d = _date_from_match(m)
            if d is not None:
                return Stamp(text, date=Date(value=d, precision="day", text=text))
    m = _REL_LINE.match(text)
    if m:
        n_raw = m.group("n").lower()
        n = int(n_raw) if n_raw.isdigit() else _NUM_WORDS[n_raw]
        unit = _UNITS[m.group("unit").lower()]
        return Stamp(text, ago=timedelta(**{unit: n}), ago_precision="day" if unit in ("days", "weeks") else "time")
    m = _REL_WORD_LINE.match(text)
    if m:
        word = m.group("word").lower()
        if word == "just now":
            return Stamp(text, ago=timedelta(0))
        return Stamp(text, ago=timedelta(days=1 if word == "yesterday" else 0), ago_precision="day")
    return None


def _date_from_match(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    try:
        if g.get("iso"):
            return date(int(g["y2"]), int(g["m2"]), int(g["d2"])).isoformat()
        return date(int(g["year"]), MONTHS[g["mon"].lower().rstrip(".")], int(g["day"])).isoformat()
    except ValueError:
        return None


def parse_iso_datetime(value: str) -> datetime:
    """--retrieved-at values: ISO 8601, "Z" allowed; naive times are taken as UTC."""
    dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
