"""Time expressions: found by a table of patterns, normalized against the article's own date.

Every rule for *when* lives here; the words the rules read (weekdays, numbers, seasons,
holidays, decades, past/present/future references) are in ``data/timexes.yaml``.
``PATTERNS`` is the table: a name, a regular expression, and how its match becomes a
value. Relative expressions ("since Saturday", "a day earlier", "July last year",
"Feb. 9-15") resolve against the anchor the caller gives — the published date, else the
retrieval time — and say which (``anchor``); with neither, ``value`` stays null and
``anchor`` is "none". Today's date is never used. Values follow TimeML (TIMEX3
``value``): "2025-Q3" for a quarter, "198" for the 1980s, "P3Y" for three years,
"PAST_REF" for "recently".

A bare weekday is the publication's own day when it falls on that weekday, whatever the
tense ("On Friday, the ministry will announce" in a Friday paper). Any other weekday, and a
month without a year, points the way of the verb that governs it in the dependency parse
(not a neighbouring verb): past tense, the latest such day before the anchor; future
("will", "would", modals, "plans to"), the next one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..cache import regex
from ..read.stamps import MONTHS
from ..record import Timex
from ..rules import load_yaml, word_set

_WORDS = load_yaml("timexes.yaml")
_FUTURE_IN_PAST: dict[str, int] = _WORDS["future_in_past"]
WEEKDAYS = {w: i for i, w in enumerate(_WORDS["weekdays"])}
NUMBERS: dict[str, int] = _WORDS["numbers"]
UNITS: dict[str, str] = _WORDS["units"]
ORDINALS: dict[str, int] = _WORDS["ordinals"]
_SEASONS: dict[str, list[Any]] = _WORDS["seasons"]
_DECADE_WORDS: dict[str, int] = _WORDS["decade_words"]
_REFS = {phrase.lower(): code for code, phrases in _WORDS["references"].items() for phrase in phrases}


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# building blocks (month names must be capitalised: "may" and "march" are verbs too)
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]|20)\d\d(?!\d)"
_WD = "(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + ")"
_TENS = _alt(w for w, n in NUMBERS.items() if n and 20 <= n <= 90 and n % 10 == 0)
# "forty-five", "twenty one": a tens word and a ones word
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_NUM = rf"(?:\d+|(?:{_TENS})[\s-](?:{_ONES})|{_alt(w for w in NUMBERS if NUMBERS[w])})"
_VAGUE = _alt(w for w in NUMBERS if not NUMBERS[w])
_UNIT = r"(?:day|week|month|year|decade|hour|minute)s?"
_DASH = r"\s*[-–—]\s*"
_ORD = _alt(ORDINALS)
_PART = r"(?:morning|afternoon|evening|night)"


@dataclass(frozen=True)
class Context:
    """What a relative expression needs: the anchor date, the tense of the verb that governs it, and
    the quarter the text is about (the nearest one named in the sentence, else the last one before)."""

    anchor: date | None
    future: bool
    past: bool
    quarter: tuple[int, int] | None = None
    quarter_here: bool = False  # the sentence speaks of a quarter ("third-quarter profit ... a year ago")
    # a future seen from a past point ("decided to reopen the case in May", "vowed it would leave on
    # Oct. 31"): how many days before the anchor a month may lie and still be this year's (0: not so)
    past_reach: int = 0


Resolver = Callable[[re.Match[str], Context], tuple[str | None, str | None, str | None]]


def _g(m: re.Match[str], name: str) -> str:
    """A named group's text, "" when the pattern has no such group or it did not take part."""
    return (m.groupdict().get(name) or "") if name in m.re.groupindex else ""


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _day_int(s: str) -> int:
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


def _iso(d: date) -> str:
    return d.isoformat()


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shift_month(y: int, m: int, by: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + by
    return k // 12, k % 12 + 1


def _year_for(month: int, day: int, ctx: Context) -> int | None:
    """The year of a month (and day) given without one: the anchor's, moved a year when tense says so."""
    if ctx.anchor is None:
        return None
    y = ctx.anchor.year
    try:
        cand = date(y, month, min(day, 28) if day else 1)
    except ValueError:
        return y
    if ctx.past and not ctx.future and cand > ctx.anchor + timedelta(days=_WORDS["past_lead_days"]):
        return y - 1
    if ctx.future and ctx.past_reach:
        # the plan was made in the past: what it planned may be done by now, or still ahead
        if cand < ctx.anchor - timedelta(days=ctx.past_reach):
            return y + 1
        if cand > ctx.anchor + timedelta(days=_FUTURE_IN_PAST["ahead_days"]):
            return y - 1
        return y
    if ctx.future and cand < ctx.anchor - timedelta(days=_WORDS["future_lag_days"] if day else 31):
        return y + 1
    if not ctx.past and not ctx.future and abs((cand - ctx.anchor).days) > 183:
        return y - 1 if cand > ctx.anchor else y + 1
    return y


def _date(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        return None
    try:
        return _iso(date(y, m, d))
    except ValueError:
        return None


# resolvers: (value, end_value, precision) ---------------------------------------------------------------


def _range_same_month(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    mon = _month(_g(m, "mon"))
    y = int(_g(m, "year")) if _g(m, "year") else _year_for(mon, _day_int(_g(m, "d1")), ctx)
    return _date(y, mon, _day_int(_g(m, "d1"))), _date(y, mon, _day_int(_g(m, "d2"))), "day"


def _month_day_year(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    mon = _month(_g(m, "mon"))
    y = int(_g(m, "year")) if _g(m, "year") else _year_for(mon, _day_int(_g(m, "day")), ctx)
    return _date(y, mon, _day_int(_g(m, "day"))), None, "day"


def _month_year(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    return f"{int(_g(m, 'year')):04d}-{_month(_g(m, 'mon')):02d}", None, "month"


def _month_rel_year(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    if ctx.anchor is None:
        return None, None, "month"
    by = {"last": -1, "this": 0, "next": 1}[_g(m, "rel").lower()]
    return f"{ctx.anchor.year + by:04d}-{_month(_g(m, 'mon')):02d}", None, "month"


def _rel_month(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "last November": the latest November before the anchor's month; "next March", "this July"."""
    if ctx.anchor is None:
        return None, None, "month"
    mon, rel = _month(_g(m, "mon")), _g(m, "rel").lower()
    y = ctx.anchor.year
    if rel == "last":
        y = y if mon < ctx.anchor.month else y - 1
    elif rel == "next":
        y = y if mon > ctx.anchor.month else y + 1
    return f"{y:04d}-{mon:02d}", None, "month"


def _month_alone(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    mon = _month(_g(m, "mon"))
    y = _year_for(mon, 0, ctx)
    return (f"{y:04d}-{mon:02d}" if y is not None else None), None, "month"


def _year(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    return _g(m, "year"), None, "year"


def _spelled_year(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "nineteen ninety-six" -> 1996, "the year two thousand" -> 2000 (broadcast transcripts)."""
    if _g(m, "thousand"):
        return f"{2000 + _count(_g(m, 'unit1') or '0'):04d}", None, "year"
    tens = _count(_g(m, "tens")) + _count(_g(m, "ones") or "0")
    return f"{_count(_g(m, 'century')) * 100 + tens:04d}", None, "year"


def _iso_date(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    return _date(int(_g(m, "year")), int(_g(m, "mon")), int(_g(m, "day"))), None, "day"


def _weekday(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """The publication's own weekday is the publication day whatever the tense; another weekday is the
    latest one before the anchor, or the next one after it when the governing verb is in the future."""
    if ctx.anchor is None:
        return None, None, "day"
    wd = WEEKDAYS[_g(m, "wd").lower()]
    rel = (_g(m, "rel") or "").lower()
    back = (ctx.anchor.weekday() - wd) % 7
    ahead = (wd - ctx.anchor.weekday()) % 7
    if rel in ("last", "previous"):
        d = ctx.anchor - timedelta(days=back or 7)
    elif rel in ("next", "coming"):
        d = ctx.anchor + timedelta(days=ahead or 7)
    elif back == 0:
        d = ctx.anchor
    elif ctx.future and not ctx.past:
        d = ctx.anchor + timedelta(days=ahead)
    else:
        d = ctx.anchor - timedelta(days=back)
    return _iso(d), None, "day"


def _weekday_date(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "Monday, Oct. 26": the date decides; the weekday only confirms it."""
    return _month_day_year(m, ctx)


def _deictic_day(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    if ctx.anchor is None:
        return None, None, "day"
    w = re.sub(r"\s+", " ", _g(m, "w").lower())
    by = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1}.get(w, 0)
    return _iso(ctx.anchor + timedelta(days=by)), None, "day"


def _count(word: str) -> int:
    if word.isdigit():
        return int(word)
    w = re.sub(r"\s+", " ", word.lower())
    if w in NUMBERS:
        return NUMBERS[w]
    parts = re.split(r"[\s-]", w)  # "forty-five"
    return sum(NUMBERS.get(x, 0) for x in parts) if len(parts) == 2 else 0


def _offset(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "a day earlier", "two weeks ago", "a week from now"; "a year ago" beside a quarter is that
    quarter a year before ("third-quarter profit fell from a year earlier" -> the year-ago quarter)."""
    n, unit = _count(_g(m, "n")), _g(m, "unit").lower().rstrip("s")
    direction = _g(m, "dir").lower()
    if direction in ("later", "after", "before"):
        # "three days later", "90 days after the vote": counted from an event the text tells, not from the
        # publication date; TimeML annotates the length ("three days", P3D) and so does this
        return _duration(m, ctx)
    sign = 1 if direction in ("from now", "hence") else -1
    if unit == "decade":
        unit, n = "year", n * 10
    prec = {"day": "day", "week": "week", "month": "month", "year": "year"}.get(unit)
    if ctx.anchor is None or not n or prec is None:
        return None, None, prec
    a = ctx.anchor
    if unit == "year" and n == 1 and ctx.quarter_here and ctx.quarter:
        return f"{ctx.quarter[0] + sign:04d}-Q{ctx.quarter[1]}", None, "month"
    if unit == "day":
        return _iso(a + timedelta(days=sign * n)), None, "day"
    if unit == "week":
        return _week(a + timedelta(weeks=sign * n)), None, "week"
    if unit == "month":
        y, mo = _shift_month(a.year, a.month, sign * n)
        return f"{y:04d}-{mo:02d}", None, "month"
    return f"{a.year + sign * n:04d}", None, "year"


def _the_day(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "the day before", "the previous day", "the next day"."""
    if ctx.anchor is None:
        return None, None, "day"
    w = m[0].lower()
    by = -1 if ("before" in w or "previous" in w) else 1
    return _iso(ctx.anchor + timedelta(days=by)), None, "day"


def _this_unit(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "earlier this month", "last year", "next week", "this weekend"."""
    unit = _g(m, "unit").lower()
    rel = _g(m, "rel").lower()
    by = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "current": 0, "following": 1}[rel]
    prec = {"week": "week", "weekend": "day", "month": "month", "year": "year"}[unit]
    if ctx.anchor is None:
        return None, None, prec
    a = ctx.anchor
    if unit == "year":
        if by < 0 and ctx.quarter and re.search(r"(?i)year's\s+(?:\w+\s+)?quarter", m[0]):
            return f"{ctx.quarter[0] - 1:04d}-Q{ctx.quarter[1]}", None, "month"
        told = _year_told_before(m) if by and rel != "past" else None
        if told is not None:  # "in August 2016. The next year, ...": the year after the one just told
            return f"{told + by:04d}", None, "year"
        return f"{a.year + by:04d}", None, "year"
    if unit == "month":
        y, mo = _shift_month(a.year, a.month, by)
        return f"{y:04d}-{mo:02d}", None, "month"
    if unit == "week":
        return _week(a + timedelta(weeks=by)), None, "week"
    return _weekend(a, by, ctx)


_TOLD_YEAR = re.compile(r"(?<![\d$£€.,/-])(?:1[89]\d\d|20[0-4]\d)(?![\d%]|,\d)")


def _year_told_before(m: re.Match[str]) -> int | None:
    """The year a narrative is at when "the next year", "the following year", "the previous year" counts
    from it: the last year written out earlier in the paragraph, within a few sentences. None without
    "the" ("next year" is the anchor's) or without such a year."""
    text = m.string
    if not re.search(r"(?i)\bthe\s+\Z", text[max(0, m.start() - 5) : m.start()]):
        return None
    lo = max(0, m.start() - _WORDS["told_year_reach_chars"])
    before = text[lo : m.start() - 4]
    para = before.rfind("\n\n")
    years = _TOLD_YEAR.findall(before[para + 1 :] if para >= 0 else before)
    return int(years[-1]) if years else None


def _the_year(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "the year", "the full year": the anchor's year; "the year ended June 30" is a length (P1Y) whose end
    the text gives (TimeBank's reading of company results)."""
    if re.match(r"\s+end(?:ed|ing)\b", m.string[m.end() : m.end() + 8]):
        return "P1Y", None, None
    if ctx.anchor is None:
        return None, None, "year"
    return f"{ctx.anchor.year:04d}", None, "year"


def _weekend(a: date, by: int, ctx: Context) -> tuple[str | None, str | None, str | None]:
    sat = a - timedelta(days=(a.weekday() - 5) % 7)  # the latest Saturday on or before
    if by > 0 or (by == 0 and ctx.future and sat < a - timedelta(days=1)):
        sat += timedelta(days=7)
    elif by < 0 and sat >= a - timedelta(days=1):
        sat -= timedelta(days=7)
    return _iso(sat), _iso(sat + timedelta(days=1)), "day"


def _the_weekend(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    if ctx.anchor is None:
        return None, None, "day"
    return _weekend(ctx.anchor, 0, ctx)


def _duration(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "four days" P4D, "several years" PXY, "a decade" P10Y, "two hours" PT2H, "a century" P100Y."""
    word = _g(m, "unit").lower()
    plural = m.string[m.end("unit") : m.end("unit") + 1].lower() == "s"
    n = _count(_g(m, "n")) if _g(m, "n") or plural else 1  # "several decades": not given; "the past decade": 1
    unit = "century" if word.startswith("centur") else word.rstrip("s")
    code = UNITS[unit]
    if code in ("H", "MI"):
        return f"PT{n or 'X'}{code[0]}", None, None
    if not n:
        return f"PX{code}", None, None
    if code == "DE":
        return f"P{n * 10}Y", None, None
    if code == "CE":
        return f"P{n * 100}Y", None, None
    if code == "Q":
        return f"P{n * 3}M", None, None
    return f"P{n}{code}", None, None


def _constant(value: str) -> Resolver:
    """ "daily" P1D and the like: TimeML's values for what has no calendar date."""

    def resolve(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
        return value, None, None

    return resolve


def _reference(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "recently" PAST_REF, "now" PRESENT_REF, "the future" FUTURE_REF (the words are in the data file)."""
    return _REFS[re.sub(r"\s+", " ", m[0].lower())], None, None


def _couple(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "a couple of years" P2Y."""
    code = UNITS[_g(m, "unit").lower()]
    return ("P20Y" if code == "DE" else f"P2{code}"), None, None


def _every(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    word = m[0].lower()
    for key, value in (("hour", "PT1H"), ("da", "P1D"), ("week", "P1W"), ("month", "P1M"), ("quarter", "P3M"),
                       ("ann", "P1Y"), ("year", "P1Y")):  # fmt: skip
        if key in word:
            return value, None, None
    return None, None, None


def _season(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    code, month = _SEASONS[_g(m, "season").lower()]
    if _g(m, "year"):
        return f"{_g(m, 'year')}-{code}", None, None
    if ctx.anchor is None:
        return None, None, None
    rel = _g(m, "rel").lower()
    y = ctx.anchor.year
    if rel == "last":
        y = y if month + 3 <= ctx.anchor.month else y - 1
    elif rel == "next":
        y = y if month > ctx.anchor.month else y + 1
    elif not rel or rel in ("early", "late", "mid"):
        y = _year_for(month, 0, ctx) or y
    return f"{y}-{code}", None, None


def _decade(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "the 1980s" -> "198" (TimeML writes a decade as its first three digits); "the '90s", "the
    nineties" -> the latest such decade up to the anchor's."""
    if _g(m, "full"):
        return _g(m, "full")[:3], None, None
    tens = int(_g(m, "short")[0]) if _g(m, "short") else _DECADE_WORDS[_g(m, "word").lower()]
    now = ctx.anchor.year if ctx.anchor else 2000
    century = now // 100 if tens <= (now % 100) // 10 else now // 100 - 1
    return f"{century:02d}{tens}", None, None


def _century(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "the 20th century" -> "19"; "this century" -> the anchor's."""
    if _g(m, "nth"):
        return f"{int(_g(m, 'nth')) - 1:02d}", None, None
    if ctx.anchor is None:
        return None, None, None
    return f"{ctx.anchor.year // 100 + (-1 if _g(m, 'rel').lower() == 'last' else 0):02d}", None, None


def _quarter(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "the third quarter" -> 2025-Q3; "the 1988 second quarter", "third-quarter", "next year's first quarter";
    "the first half" -> 2025-H1. Without a year: the anchor's, a year back when that quarter has not
    begun and the verb is not in the future (results for the fourth quarter read in January)."""
    n = ORDINALS[_g(m, "ord").lower()]
    half = "half" in m[0].lower()
    if _g(m, "year") or _g(m, "yr"):
        y = int(_g(m, "year") or _g(m, "yr"))
    elif ctx.anchor is None:
        return None, None, None
    else:
        rel = (_g(m, "rel") or _g(m, "rel2")).lower()  # "next year's first half", "the first half of next year"
        y = ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
        start = date(y, (n - 1) * (6 if half else 3) + 1, 1)
        if not rel and start > ctx.anchor and not ctx.future:
            y -= 1
    return (f"{y:04d}-H{n}" if half else f"{y:04d}-Q{n}"), None, "month"


def _quarter_anaphor(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "the quarter", "the latest quarter": the quarter last named, else the latest one that has ended;
    "the current quarter": the anchor's; "the year-ago quarter", "year-earlier": a year before."""
    if ctx.anchor is None:
        return None, None, None
    a = ctx.anchor
    words = m[0].lower()
    ended = re.match(rf"\s+end(?:ed|ing)\s+(?P<mon>{_MON})", m.string[m.end() : m.end() + 30])
    if ended:  # "the quarter ended Sept. 30": the quarter that month closes
        mon = _month(ended.group("mon"))
        y, q = _year_for(mon, 1, Context(a, False, True)) or a.year, (mon - 1) // 3 + 1
    elif "current" in words:
        y, q = a.year, (a.month - 1) // 3 + 1
    elif ctx.quarter and not re.search(r"\b(?:latest|last|previous|past)\b", words):
        y, q = ctx.quarter
    else:
        y, q = (a.year, (a.month - 1) // 3) if a.month > 3 else (a.year - 1, 4)
    if re.search(r"year[- ](?:ago|earlier)|last\s+year", words):
        y -= 1
    return f"{y:04d}-Q{q}", None, "month"


def _same_month(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "the same month a year ago": the anchor's month a year before; the month the text last named
    takes its place after the fact (``_same_month_named``)."""
    if ctx.anchor is None:
        return None, None, "month"
    return f"{ctx.anchor.year - 1:04d}-{ctx.anchor.month:02d}", None, "month"


def _year_ago_adj(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "year-earlier results": the quarter before a year when the sentence is about one, else last year."""
    if ctx.anchor is None:
        return None, None, "year"
    if ctx.quarter_here and ctx.quarter:
        return f"{ctx.quarter[0] - 1:04d}-Q{ctx.quarter[1]}", None, "month"
    return f"{ctx.anchor.year - 1:04d}", None, "year"


def _holiday(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "Christmas", "Thanksgiving", "Easter": the one this year, or by tense the one before or after."""
    name = re.sub(r"\s+", " ", _g(m, "h").lower())
    rel = _g(m, "rel").lower()
    if ctx.anchor is None and not _g(m, "year"):
        return None, None, "day"
    y0 = int(_g(m, "year")) if _g(m, "year") else ctx.anchor.year  # type: ignore[union-attr]

    def on(y: int) -> date:
        return _holiday_date(name, y)

    if _g(m, "year"):
        d = on(y0)
    else:
        a = ctx.anchor
        assert a is not None
        d = on(y0)
        if rel == "last" or (rel != "next" and ctx.past and not ctx.future and d > a):
            d = on(y0 - 1) if d >= a else d
        elif rel == "next" or (ctx.future and d < a):
            d = on(y0 + 1) if d <= a else d
        elif not ctx.past and not ctx.future and abs((d - a).days) > 183:
            d = on(y0 - 1) if d > a else on(y0 + 1)
    return _iso(d), None, "day"


def _holiday_date(name: str, y: int) -> date:
    fixed = _WORDS["holidays"].get(name)
    if fixed:
        mo, da = map(int, fixed.split("-"))
        return date(y, mo, da)
    if name in _WORDS["easter"]:
        return _easter(y) + timedelta(days=_WORDS["easter"][name])
    month, weekday, nth = _WORDS["nth_weekday_holidays"][name]
    wd = WEEKDAYS[weekday]
    if nth > 0:
        first = date(y, month, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(y + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - wd) % 7)


def _easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * mm + 114, 31)
    return date(y, month, day + 1)


def _part_of_day(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "this morning", "this evening": the anchor's day (the record keeps days, not TimeML's TMO)."""
    if ctx.anchor is None:
        return None, None, "day"
    return _iso(ctx.anchor), None, "day"


def _clock(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    if _g(m, "word"):
        h, mi = (0, 0) if _g(m, "word").lower() == "midnight" else (12, 0)
    else:
        h, mi = int(_g(m, "h")), int(_g(m, "mi") or 0)
    ap = (_g(m, "ap") or "").lower().replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    if h > 23 or mi > 59 or ctx.anchor is None:
        return None, None, "time"
    # "14:58 UTC", "8 a.m. GMT": ISO 8601 marks universal time with Z ("GMT +8" is another zone)
    tail = m.string[m.end() : m.end() + 12]
    offset = re.match(r"\s*[+-]\s*\d", tail)
    named = re.search(r"(?:UTC|GMT)\Z", m[0]) or re.match(r"\s*\(?\s*(?:UTC|GMT)\b(?!\s*[+-]\s*\d)", tail)
    utc = bool(named) and not offset
    return f"{_iso(ctx.anchor)}T{h:02d}:{mi:02d}{'Z' if utc else ''}", None, "time"


# the table ----------------------------------------------------------------------------------------------
_HOLIDAY = _alt(
    " ".join(w[0].upper() + w[1:] for w in name.split())
    for name in [*_WORDS["holidays"], *_WORDS["nth_weekday_holidays"], *_WORDS["easter"]]
)
_QUARTER_HEAD = (
    rf"(?:(?:the|its|a)\s+)?(?:(?P<yr>{_YEAR})(?:'s)?\s+|(?P<rel>this|last|next)\s+year's\s+)?(?:fiscal[\s-]+)?"
)
# (name, pattern, resolver, relative?) — longer, more specific patterns first; overlaps go to the longest.
PATTERNS: list[tuple[str, str, Resolver, bool]] = [
    ("weekday, date", rf"(?P<wd>{_WD}),?\s+(?P<mon>{_MON})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?",
     _weekday_date, True),
    ("range, same month", rf"(?P<mon>{_MON})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?",
     _range_same_month, True),
    ("from-to, same month", rf"(?:from|between)\s+(?P<mon>{_MON})\s+(?P<d1>{_DAY})\s+(?:to|and|until|through)\s+"
     rf"(?P<d2>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?", _range_same_month, True),
    ("month day, year", rf"(?P<mon>{_MON})\s+(?P<day>{_DAY})\s*,?\s+(?P<year>{_YEAR})", _month_day_year, False),
    ("day month year", rf"(?P<day>{_DAY})\s+(?P<mon>{_MON}),?\s+(?P<year>{_YEAR})", _month_day_year, False),
    ("day of month", rf"(?:the\s+)?(?P<day>[0-3]?\d(?:st|nd|rd|th))\s+of\s+(?P<mon>{_MON})"
     rf"(?:\s*,?\s+(?P<year>{_YEAR}))?", _month_day_year, True),
    ("iso date", rf"(?P<year>{_YEAR})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?!\d)", _iso_date, False),
    ("month last year", rf"(?P<mon>{_MON}),?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year", _month_rel_year, True),
    ("month year", rf"(?P<mon>{_MON}),?\s+(?:of\s+)?(?P<year>{_YEAR})", _month_year, False),
    ("month day", rf"(?P<mon>{_MON})\s+(?P<day>{_DAY})(?![\d:])", _month_day_year, True),
    ("day month", rf"(?<![\d,.])(?P<day>{_DAY})\s+(?P<mon>{_MON})", _month_day_year, True),
    ("last month-name", rf"(?i:(?P<rel>last|this|next))\s+(?P<mon>{_MON})(?!\.?\s*\d)", _rel_month, True),
    # "in March", "mid-October", "the October attacks", "a September hearing" (not "the March on
    # Washington": a name); "October's conference" (not "May's": the name as often as the month)
    ("month alone", r"\b(?:(?i:in|since|until|by|early|late|mid|of|through|before|after|during)(?:\s+|-)|"
     r"(?i:the|its|their|our|his|her|an?)\s+(?=[A-Z][a-z]+\s+(?!(?:on|in|of|to|for|from|at|against|across|through|by)\b)"
     r"[a-z])|(?=(?!May)[A-Z][a-z]+['’]s\s))"
     r"(?P<x>(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December))"
     r"(?![a-z])", _month_alone, True),
    # "in September, October and November 2024": the months after the first of a list ("listed month"
    # is kept only right after another month name: see _vetoed)
    ("listed month", r"(?:(?<=, )|(?<=\band )|(?<=\bor ))"
     r"(?P<x>(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December))"
     r"(?![a-z])", _month_alone, True),
    ("holiday", rf"(?<!\w)(?:(?i:(?P<rel>last|next|this))\s+)?(?P<h>{_HOLIDAY})(?:,?\s+(?P<year>{_YEAR}))?(?![\w'])"
     r"(?!\s+[A-Z][a-z])", _holiday, True),
    ("weekday", rf"(?<!\w)(?:(?i:(?P<rel>last|next|this|previous|coming))\s+)?(?P<wd>{_WD})(?:\s+{_PART})?(?!\w)",
     _weekday, True),
    ("yesterday", r"(?<!\w)(?i:(?P<w>yesterday|today|tonight|tomorrow|last\s+night))\b", _deictic_day, True),
    ("this morning", rf"(?i:(?:(?:earlier|later)\s+)?this\s+{_PART})\b", _part_of_day, True),
    ("n units ago", rf"(?i:(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<dir>earlier|later|ago|before|after|from now))\b",
     _offset, True),
    ("the day before", r"(?i:the\s+(?:day\s+(?:before|after)|previous\s+day|next\s+day|following\s+day))\b",
     _the_day, True),
    ("quarter", rf"(?<!\w)(?i:{_QUARTER_HEAD}(?P<ord>{_ORD})[\s-]+(?:fiscal[\s-]+)?(?:quarter|half)"
     rf"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<year>{_YEAR})|(?P<rel2>this|last|next)\s+year))?)(?![\w-])", _quarter, True),
    ("the quarter", r"(?i:(?:the\s+(?:comparable\s+|corresponding\s+)?year-(?:ago|earlier)\s+(?:\w+\s+)?"
     r"(?:quarter|period))|(?:the\s+(?:corresponding|comparable|same)\s+(?:quarter|period)\s+(?:a\s+year\s+ago|"
     r"last\s+year))|(?:(?:the|this|that|its)\s+(?:latest\s+|current\s+|same\s+|recent\s+|last\s+|previous\s+|past\s+)?"
     r"(?:fiscal\s+)?"
     r"quarter(?:\s+a\s+year\s+ago)?)|(?:(?:last|previous|past)\s+(?:fiscal\s+)?quarter))(?![\w-])"
     r"(?!\s+of\s)", _quarter_anaphor, True),
    ("same month", r"(?i:the\s+same\s+month\s+(?:(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier|before)|"
     r"(?:of\s+)?the\s+(?:previous|prior)\s+year|the\s+year\s+before))(?![\w-])", _same_month, True),
    ("year-earlier", r"(?i:year-(?:ago|earlier))(?![\w-])", _year_ago_adj, True),
    ("this month", r"(?i:(?:(?:earlier|later)\s+)?"
     r"(?P<rel>this|last|next|past|previous|coming|current|(?<=the\s)following)\s+"
     r"(?P<unit>weekend|week|month|year)(?:'s\s+(?:\w+\s+)?quarter)?)\b", _this_unit, True),
    ("the year", r"(?i:the\s+(?:(?:full|fiscal|calendar|current)\s+)?year)(?![\w-])"
     r"(?!\s+(?:ago|earlier|before|after|later|two\s+thousand|(?:19|20)\d\d)\b)", _the_year, True),
    ("the weekend", r"(?i:(?:the\s+)?weekend)\b", _the_weekend, True),
    ("decade", rf"(?<!\w)(?i:(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<full>(?:1[0-9]|20)\d0)['’]?s"
     rf"|['’](?P<short>\d)0s|(?<=the\s)(?P<word>{_alt(_DECADE_WORDS)})))(?![\w'])", _decade, False),
    ("century", r"(?<!\w)(?i:(?:the\s+)?(?P<nth>\d{1,2})(?:st|nd|rd|th)\s+century|(?P<rel>this|last)\s+century)\b",
     _century, False),
    ("fiscal year", rf"(?i:fiscal(?:\s+year)?\s+)(?P<year>{_YEAR})", _year, False),
    ("year after preposition", rf"\b(?i:in|since|by|until|from|before|after|during|through|of|early|late|mid-|"
     rf"post-|pre-)\s*(?P<x>(?P<year>{_YEAR}))(?![-–]\d|,\d|\s*(?:km|kilometres|people|troops|soldiers))",
     _year, False),
    ("year in range", rf"(?<=\d[-–])(?P<x>(?P<year>{_YEAR}))\b", _year, False),
    ("spelled year", r"(?i:(?:the\s+year\s+)?(?:(?P<century>nineteen|eighteen)[\s-]+(?P<tens>twenty|thirty|forty|"
     r"fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?P<ones>one|two|three|four|five|six|seven|eight|nine))?"
     r"|(?<=year\s)(?P<thousand>two\s+thousand)(?:\s+(?:and\s+)?(?P<unit1>one|two|three|four|five|six|seven|eight"
     r"|nine))?))\b", _spelled_year, False),
    ("season", rf"(?<!\w)(?:(?i:(?P<rel>last|this|next|early|late|mid))[\s-]+)?(?<![\w-])"
     rf"(?i:(?P<season>{_alt(_SEASONS)}))(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?(?![\w-])", _season, True),
    ("year", r"(?<![\d$£€.,/-])(?P<year>(?:19[0-9]|20[0-4])\d)(?![\d%]|,\d|\.\d|\s*(?:km|mi|kg|m|ft|miles|metres|meters"
     r"|people|troops|soldiers|dollars)\b)", _year, False),
    ("reference", rf"(?<![\w-])(?i:{_alt(_REFS)})(?![\w-])(?!\s+(?:\d|(?i:{_alt(NUMBERS)}|{_UNIT})\b))",
     _reference, False),
    ("current", r"(?<![\w-])(?i:current)(?=\s+[a-z])", _constant("PRESENT_REF"), False),
    ("every", r"(?<![\w-])(?i:(?:daily|weekly|monthly|annually|yearly|hourly|every\s+(?:day|week|month|"
     r"year|quarter)|each\s+(?:day|week|month|year)))(?![\w-])", _every, False),
    ("vague duration", rf"(?i:(?:(?:the\s+)?(?:past|last|next|coming|recent)\s+)?"
     rf"(?:(?:{_VAGUE})\s+|recent\s+|coming\s+)(?P<unit>minute|hour|day|week|month|year|decade|centurie)s)"
     r"(?![\w-])", _duration, False),
    ("past decade", r"(?i:(?:the\s+)?(?:past|last|next|coming)\s+(?P<unit>decade|century))(?![\w-])",
     _duration, False),
    ("for years", r"(?i:\b(?:for|over|in|within)\s+(?P<x>(?P<unit>minute|hour|day|week|month|year|decade|centurie)s))"
     r"(?![\w-])", _duration, False),
    ("a couple of", r"(?i:(?:the\s+(?:past|last|next)\s+)?a\s+couple\s+of\s+(?P<unit>day|week|month|year|decade)s)"
     r"(?![\w-])", _couple, False),
    ("duration", rf"(?<!\w)(?i:(?:(?:the\s+)?(?:past|last|next|previous|coming|first)\s+)?(?P<n>{_NUM})[\s-]+"
     r"(?P<unit>day|week|month|year|decade|centur(?:y|ie)|hour|minute|(?<=\s)quarter(?=s?\s+(?!of\b)))s?"
     r"(?:[\s-]long)?)\b", _duration, False),
    ("clock", r"(?<![\w:])(?i:(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m)(?![a-z]))",
     _clock, True),
    ("clock 24h", r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s*(?:GMT|UTC|[A-Z]{2,4}T))?",
     _clock, True),
    ("clock military", r"(?<![\w:.,$])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:GMT|UTC)\b", _clock, True),
    ("noon", r"(?<![\w-])(?i:(?P<word>noon|midnight|midday))(?![\w-])", _clock, True),
]  # fmt: skip
_COMPILED = [(name, regex(p), fn, rel) for name, p, fn, rel in PATTERNS]  # cached: ~50 large patterns
_COMPILED_BY_NAME = {name: rx for name, rx, _fn, _rel in _COMPILED}

_SEASON_CUES = word_set("timexes.yaml", "season_modifiers")
_FALL_CUES = word_set("timexes.yaml", "fall_cues")
_NOT_SEASON_BEFORE = word_set("timexes.yaml", "season_not_before")
_FALL_AFTER_THE = word_set("timexes.yaml", "fall_cues_after_the")
_NOT_CURRENT = word_set("timexes.yaml", "current_not_before")
_WEEKDAY_NAMES = word_set("timexes.yaml", "weekday_names_before")
_FUTURE_AUX = word_set("timexes.yaml", "future_auxiliaries")
_FUTURE_HEADS = word_set("timexes.yaml", "future_heads")
_REPORTING = word_set("timexes.yaml", "reporting_verbs")
_SCHEDULE_VERBS = word_set("timexes.yaml", "schedule_verbs")
_RETIMING_VERBS = word_set("timexes.yaml", "retiming_verbs")
_RETIMING_PREPS = word_set("timexes.yaml", "retiming_prepositions")
_FUTURE_NOUN_MODS = word_set("timexes.yaml", "future_noun_modifiers")
_FORECAST_NOUNS = word_set("timexes.yaml", "forecast_nouns")
_FORECAST_VERBS = word_set("timexes.yaml", "forecast_verbs")
_PAST_AS_PRESENT = word_set("timexes.yaml", "past_as_present")
_SETTING_VERBS = word_set("timexes.yaml", "setting_verbs")
_SETTING_PREPS = word_set("timexes.yaml", "setting_prepositions")
_CONDITIONS = word_set("timexes.yaml", "conditions")
_FUTURE_CUES = re.compile(rf"(?i:(?:{_alt(word_set('timexes.yaml', 'future_cues'))})\s+(?:on\s+|the\s+)?)\Z")
_QUARTER_REACH = _WORDS["quarter_reach_chars"]
_FOR_CUES = re.compile(rf"(?i:\b(?:{_alt(word_set('timexes.yaml', 'future_cues_unless_possessive'))})\s+)\Z")
_UNTIL_CUES = re.compile(
    rf"(?i:\b(?:{_alt(word_set('timexes.yaml', 'until_cues'))})\s+(?:(?:late|early)\s+)?(?:on\s+)?)\Z"
)
_PAST_CUES = re.compile(rf"(?i:\b(?:{_alt(word_set('timexes.yaml', 'past_cues'))})\s+)\Z")
_AGES = re.compile(r"(?i)\A[\s-]*(?:old|of\s+age)\b")
_POSSESSIVE = {"his", "her", "their", "my", "your", "our", "its"}


class _Sentences:
    """Sentence bounds by token, looked up by bisection: ``Span.sent`` walks the Doc's sentences from
    the start on every call, which is quadratic over an article."""

    def __init__(self, doc: Doc) -> None:
        sents = list(doc.sents)
        self.starts = [x.start for x in sents]
        self.bounds = [(x.start, x.end, x.start_char, x.end_char) for x in sents]

    def of(self, token_i: int) -> tuple[int, int, int, int]:
        """(first token, end token, first char, end char) of the sentence holding a token."""
        return self.bounds[max(0, bisect_right(self.starts, token_i) - 1)]


def _tokens(doc: Doc | None, s: int, e: int) -> Span | None:
    return doc.char_span(s, e, alignment_mode="expand") if doc is not None else None


_GAME_CUES = re.compile(rf"(?i)(?<![\w-])(?:{_alt(word_set('timexes.yaml', 'game_cues'))})(?![\w-])")


@lru_cache(maxsize=16)
def _about_a_game(text: str) -> bool:
    """Whether a text tells a game: at least ``game_min_cues`` different words of play (timexes.yaml)."""
    found = {x.lower() for x in _GAME_CUES.findall(text)}
    return len(found) >= int(_WORDS["game_min_cues"])


_GAME_CLOCK = re.compile(rf"\s+(?:{_alt(word_set('timexes.yaml', 'clock_left_after'))})\b")
_AFTER_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2})?\s*(?:,|,?\s*and|,?\s*or)\s*\Z"
)


def _vetoed(name: str, m: re.Match[str], text: str, s: int, e: int, doc: Doc | None) -> bool:
    """Matches that look like time words and are not: a season as a verb or in a name ("fall silent",
    "Prague Spring"), "May" as a modal or a person, an age ("a 6-year-old"), a rate ("$5 a year")."""
    before = text[max(0, s - 40) : s]
    prev_word = (re.findall(r"[\w']+", before) or [""])[-1]
    if name == "season":
        return _not_a_season(m, text, s, e, doc, prev_word)
    if name in ("duration", "n units ago", "vague duration") and _AGES.match(text[e : e + 12]):
        return True
    if name == "duration" and re.match(r"(?i)(?:a|an|one|per)\s", m[0]):
        # "$1.76 a year", "four flights a week": a rate after a quantity, not a length of time
        span = _tokens(doc, s, e)
        if span is not None and span.start > 0:
            p = doc[span.start - 1]  # type: ignore[index]
            if p.pos_ in ("NOUN", "NUM", "SYM", "PROPN") or p.text in ("%", "percent"):
                return True
    if name in ("yesterday", "every", "duration") and _in_a_name(m[0], text, s, e, prev_word):
        return True
    if name == "weekday" and not _g(m, "rel") and prev_word.lower() in _WEEKDAY_NAMES:
        return True
    dated = bool(_g(m, "year") or _g(m, "yr") or _g(m, "rel") or _g(m, "rel2")) if name == "quarter" else True
    if not dated and "fiscal" not in m[0].lower() and _about_a_game(text):
        return True  # "in the third quarter" of a game
    if name == "clock 24h" and _GAME_CLOCK.match(text[e : e + 20]):
        return True  # "with 3:08 left": a game clock
    if name == "current":
        nxt = re.match(r"\s+([a-z]+)", text[e:])
        return bool(nxt and nxt.group(1) in _NOT_CURRENT)
    if name == "decade" and prev_word.lower() in _POSSESSIVE:  # "in his 30s" is an age
        return True
    if name == "listed month" and not _AFTER_MONTH.search(text[max(0, s - 30) : s]):
        return True
    if name in ("month alone", "listed month", "holiday", "weekday", "last month-name"):
        span = _tokens(doc, s, e)
        if span is not None:
            tok = span[0] if name != "last month-name" else span[-1]
            if tok.tag_ == "MD" or (tok.pos_ == "VERB" and tok.lower_ in ("march", "may")):
                return True
            if tok.ent_type_ == "PERSON" and tok.lower_ in ("may", "june", "april", "august"):
                return True
    return False


def _in_a_name(words: str, text: str, s: int, e: int, prev_word: str) -> bool:
    """A time word written as part of a name, not at a sentence's start: "USA TODAY" (capitals after a
    capitalised word), "the People's Daily", "the Six-Day War" (a capital, and a capitalised word after
    a length of time)."""
    if not words[:1].isupper() or re.search(r"(?:\A|[.!?:;\"“‘(\n—–-])\s*\Z", text[max(0, s - 3) : s]):
        return False
    if words.isupper() and len(words) > 1:
        return prev_word[:1].isupper()
    frequency = words.lower() in ("daily", "weekly", "monthly", "yearly")
    return frequency or bool(re.match(r"[\s-]+[A-Z][a-z]", text[e : e + 3]))


def _not_a_season(m: re.Match[str], text: str, s: int, e: int, doc: Doc | None, prev_word: str) -> bool:
    word = _g(m, "season")
    rel = _g(m, "rel")
    ws = m.start("season") - m.start() + s
    span = _tokens(doc, ws, ws + len(word))
    tok = span[0] if span is not None and len(span) else None
    if tok is not None and tok.pos_ in ("VERB", "AUX"):  # "the leaves began to fall", "fall silent"
        return True
    nxt = re.match(r"[\s-]+([A-Za-z]+)", text[e : e + 20])
    if not _g(m, "year") and nxt and nxt.group(1).lower() in _NOT_SEASON_BEFORE:
        return True  # "spring water", "winter wheat"
    if word[0].isupper() and not rel:
        # "Prague Spring", "Arab Spring": a capitalised word before it that is not a time word;
        # "Summer Olympics", "Winter Palace": a capitalised word after it
        prev = re.search(r"([A-Z][\w'-]*)\s+\Z", text[max(0, s - 30) : s])
        sentence_start = tok is not None and tok.is_sent_start
        if prev and prev.group(1).lower() not in _SEASON_CUES and not sentence_start:
            return True
        if re.match(r"\s+[A-Z][a-z]", text[e : e + 3]) and not _g(m, "year"):
            return True
    if word.lower() == "fall":
        if _g(m, "year") or (rel and rel.lower() in _FALL_CUES):
            return False
        words = re.findall(r"[\w']+", text[max(0, s - 30) : s].lower())
        if words and words[-1] in _FALL_CUES:
            return False
        if len(words) >= 2 and words[-1] == "the" and words[-2] in _FALL_AFTER_THE:
            return bool(re.match(r"\s+(?:of|in)\s+(?!(?:19|20)\d\d)", text[e : e + 12]))
        return True
    return False


def _clause_tense(doc: Doc, text: str, sents: _Sentences, start: int, end: int) -> tuple[bool, bool]:
    """(future, past) of the verb that governs a time expression in the dependency parse.

    Climbs from the expression to the first verb whose form says its time: "will"/"would"/a modal or
    an infinitive after "plans to" are the future; a past form (or "has" + participle) the past. A
    weekday attached to a noun ("Wednesday's ruling", "the Monday meeting") takes the noun's time:
    past unless the noun is "upcoming", "scheduled"... Nothing found: neither.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False, False
    sent_start, _, sent_start_char, _ = sents.of(span.start)
    lead = text[max(sent_start_char, start - 30) : start]  # not doc.text: that rebuilds the string
    if _FUTURE_CUES.search(lead):
        return True, False
    # "Sunday night" too; not a month: "the figures for March" are a month gone
    weekday = any(t.lower_ in WEEKDAYS for t in span)
    if weekday and _FOR_CUES.search(lead) and not re.match(r"['’]s\b", text[end : end + 3]):
        return True, False
    if _PAST_CUES.search(lead):
        return False, True
    possessive = bool(re.match(r"['’]s\b", text[end : end + 3]))
    if _UNTIL_CUES.search(lead) and not possessive:
        # "until Saturday", "by Friday", "through Sunday": the end of a span that reaches the day
        # ahead ("has stayed shut until Friday", "heavy rain until Saturday") unless the verb it
        # ends is in the simple past ("stayed shut until Friday")
        return (False, True) if _simple_past(span.root) else (True, False)
    if weekday and _after_forecast_noun(doc, span.start, sent_start):
        return True, False
    tok = span.root
    i = span.start - 1
    while i >= sent_start and doc[i].lower_ in ("on", "late", "early"):
        i -= 1
    if i >= sent_start and doc[i].pos_ in ("VERB", "AUX") and doc[i].lemma_.lower() in _REPORTING:
        # "said on Tuesday it will ...": the parser often hangs the day on the reported verb
        tense = _verb_tense(doc[i])
        return tense if tense is not None else (False, False)
    if tok.dep_ in ("poss", "compound", "nmod", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
        noun = tok.head
        if any(c.lower_ in _FUTURE_NOUN_MODS for c in noun.children):
            return True, False
        return False, True
    head = tok.head if tok.head.i != tok.i else tok
    # the noun the time is a modifier of, when it hangs on one ("a shooting on Saturday")
    owner = head.head if head.dep_ == "prep" and head.head.pos_ in ("NOUN", "PROPN") else None
    for _ in range(8):
        if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in head.children):
            # "would go to court if the money was not released by the summer": a condition's verb
            # is backshifted; its time is the time of the clause it conditions
            head = head.head
            continue
        if head.pos_ in ("VERB", "AUX"):
            tense = _verb_tense(head, span.start)
            if tense == (True, False) and owner is not None and _present_form(head):
                # "are investigating a shooting on Saturday": the present tells what goes on now, the
                # day is the shooting's, gone; ahead only for what is prepared or waited for ("are
                # preparing for a rally on Saturday")
                return (True, False) if owner.dep_ == "pobj" and owner.head.lower_ == "for" else (False, True)
            if tense is not None:
                return tense
        if head.head.i == head.i:
            break
        head = head.head
    return False, False


_MONTH_PATTERNS = {"month alone", "listed month", "month day", "day month", "day of month"}


def _past_of(h: Token) -> bool:
    """Whether the verb over an infinitive, or the verb a gerund, participle or adjective hangs from
    ("was due to", "admitted to threatening to"), is in the past."""
    for _ in range(4):
        if h.pos_ in ("VERB", "AUX"):
            aux = [c for c in h.children if c.dep_ in ("aux", "auxpass")]
            if h.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
                return True
            if h.tag_ not in ("VBG", "VBN") or aux:
                return False
        elif h.pos_ not in ("ADJ", "ADP"):
            return False
        if h.head.i == h.i:
            return False
        h = h.head
    return False


def _future_in_past(doc: Doc, start: int, end: int) -> int:
    """Days a month may lie before the anchor when the verb that governs it looks ahead from a past
    point: an infinitive under a past verb of planning ("decided to reopen the inquiry in May", "was
    due to be freed in September"), or "would" under a past verb of saying ("vowed it would leave on
    Oct. 31"). 0 otherwise."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0
    v = span.root
    for _ in range(8):
        if v.pos_ in ("VERB", "AUX") and v.dep_ not in ("aux", "auxpass"):
            break
        if v.head.i == v.i:
            return 0
        v = v.head
    else:
        return 0
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "TO" for c in aux) and v.head.lemma_.lower() in _FUTURE_HEADS and _past_of(v.head):
        return _FUTURE_IN_PAST["infinitive_reach_days"]
    if any(c.lower_ in ("would", "'d") for c in aux) and v.dep_ == "ccomp" and _past_of(v.head):
        return _FUTURE_IN_PAST["would_reach_days"]
    if any(c.lower_ in ("would", "'d") for c in aux) and v.dep_ == "acl" and v.head.pos_ == "NOUN":
        # "his vow that Britain would leave on Oct. 31", "a promise that the pool would reopen": a
        # noun's content clause with "would" reports a pledge or claim already made, as a past verb of
        # saying does
        return _FUTURE_IN_PAST["would_reach_days"]
    return 0


def _present_form(v: Token) -> bool:
    """A present or present progressive with no word for the future ("opens", "is holding"), not "will
    hold", "plans to hold" or a verb that sets a date."""
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.lemma_.lower() in _SCHEDULE_VERBS or v.lemma_.lower() in _FORECAST_VERBS:
        return False
    if any(c.lower_ in _FUTURE_AUX or c.tag_ in ("MD", "TO") for c in aux):
        return False
    return v.tag_ in ("VBZ", "VBP", "VBG")


def _simple_past(tok: Token) -> bool:
    """Whether the verb a time expression ends ("until Friday") is in the simple past: the word it
    hangs on, through a preposition and up from a predicate ("remain closed", "stayed shut"), and
    their auxiliaries; a form like "stayed" or "was", not "has stayed", "will remain", "runs"."""
    x = tok
    while x.dep_ in ("pobj", "prep", "compound", "npadvmod") and x.head.i != x.i:
        x = x.head
    cluster = [x]
    while x.dep_ in ("acomp", "xcomp", "oprd") and x.head.i != x.i:
        x = x.head
        cluster.append(x)
    if x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in x.children):
        return False  # "would appeal if the fine was not cut by Friday": a condition is backshifted
    if any(v.lemma_.lower() in _SCHEDULE_VERBS or v.lemma_.lower() in _FORECAST_VERBS for v in cluster):
        return False  # "postponed the hearing until Monday", "forecast rain until Saturday": ahead
    for v in list(cluster):
        for c in v.children:
            if c.dep_ in ("aux", "auxpass"):
                cluster.append(c)
                cluster.extend(g for g in c.children if g.dep_ in ("aux", "auxpass"))
    return any(v.tag_ == "VBD" for v in cluster) and not any(v.tag_ == "MD" for v in cluster)


def _after_forecast_noun(doc: Doc, start: int, sent_start: int) -> bool:
    """ "a warning for more rain in the hills on Thursday": a weekday in the phrase after a forecast
    noun and "for"/"of", with no verb between, is a day ahead whatever tense the sentence has."""
    for j in range(start - 1, max(sent_start, start - 10), -1):
        t = doc[j]
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.lower_ in ("for", "of") and doc[j - 1].lemma_.lower() in _FORECAST_NOUNS:
            return True
    return False


def _verb_tense(v: Token, at: int = -1) -> tuple[bool, bool] | None:
    """(future, past) from a verb's form and auxiliaries; None when they do not say. ``at``: the token
    where the time expression starts."""
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.lemma_.lower() in _SCHEDULE_VERBS and v.i < at:
        retimed = v.lemma_.lower() in _RETIMING_VERBS
        lead = v.doc[max(v.i + 1, at - 3) : at]  # "until noon Thursday", "to Friday"
        if v.lemma_.lower() in _SETTING_VERBS and not (
            v.doc[at].dep_ == "dobj" or at == v.i + 1 or any(t.lower_ in _SETTING_PREPS for t in lead)
        ):
            pass  # "set the cars on fire late on Monday": no date was set
        elif not retimed or any(t.lower_ in _RETIMING_PREPS for t in lead):
            return True, False  # "planned a rally on Saturday", "postponed until Tuesday" (not "On Friday, planned")
    lemma = v.lemma_.lower()
    if lemma in _FORECAST_VERBS and v.i < at and any(c.dep_ == "dobj" and v.i < c.i < at for c in v.children):
        return True, False  # "forecast more rain until Saturday": the time of what was forecast
    if v.tag_ == "VBP" and not aux and v.lower_ in _PAST_AS_PRESENT:
        return None  # "rivers burst their banks on Sunday": the form says no time; the verb above it will
    if any(c.lower_ in ("could", "might") for c in aux):
        return None  # "could not be reached Wednesday": the past as often as the future
    if any(c.lower_ in _FUTURE_AUX or c.tag_ == "MD" for c in aux):
        return True, False
    if any(c.tag_ == "TO" for c in aux):
        # "plans to meet Monday", "is set to resume Tuesday": an infinitive looks ahead of its verb
        return (True, False) if v.head.lemma_.lower() in _FUTURE_HEADS or v.head.i == v.i else None
    if v.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return False, True
    if v.tag_ == "VBN":
        if any(c.lemma_ == "have" for c in aux) or not aux:
            return False, True  # "has announced", "a fire reported on Monday"
        return None
    if v.tag_ == "VBG":
        if any(c.lower_ in ("is", "are", "'re", "am", "'s") for c in aux):
            return True, False  # "is meeting Monday": an arrangement ahead
        if any(c.lower_ in ("was", "were") for c in aux):
            return False, True
        return None
    if v.tag_ in ("VBZ", "VBP"):
        if (v.lemma_ == "be" and v.dep_ == "aux") or v.lemma_.lower() in _REPORTING:
            return None  # "says Monday" reports; the day is not ahead
        return True, False  # "the trial opens Monday": a present for a timetable
    if v.tag_ == "VB" and not aux and v.dep_ in ("ROOT", "acl"):
        # a bare base form heading its own clause is an imperative or a fixture note ("Join us on
        # Friday", "Hosts: Play Boston on Sunday"): either tells what is to come; not one under another
        # verb ("helped them win on Sunday"), whose own tense decides
        return True, False
    return None


def past_tense(v: Token) -> bool:
    """Whether a verb's own form and auxiliaries put it in the past ("blocked", "has blocked")."""
    tense = _verb_tense(v)
    return tense is not None and tense[1] and not tense[0]


def _quarters(text: str, doc: Doc | None, anchor: date | None) -> list[tuple[int, int, int, int]]:
    """(start, end, year, quarter) of every quarter the text names outright, for "the quarter" and
    "a year earlier" to refer to."""
    out = []
    rx = _COMPILED_BY_NAME["quarter"]
    for m in rx.finditer(text):
        if "half" in m[0].lower():
            continue
        value, _, _ = _quarter(m, Context(anchor, False, False))
        if value:
            out.append((m.start(), m.end(), int(value[:4]), int(value[-1])))
    return out


def find_timexes(text: str, anchor: date | None, anchor_kind: str, doc: Doc | None = None) -> list[Timex]:
    """Every time expression in ``text``, normalized against ``anchor`` (a date or None)."""
    cands: list[tuple[int, int, int, re.Match[str], str, Resolver, bool]] = []
    for k, (name, rx, fn, rel) in enumerate(_COMPILED):
        for m in rx.finditer(text):
            # the reported span: group "x" when the pattern needs context it does not report ("in 2021" -> "2021")
            s, e = m.span("x") if "x" in m.re.groupindex else m.span()
            lead = re.match(r"(?i:from|between)\s+", m[0])
            s += lead.end() if lead else 0
            if e > s:
                cands.append((s, -(e - s), k, m, name, fn, rel))
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    quarters = _quarters(text, doc, anchor)
    sents = _Sentences(doc) if doc is not None else None
    out: list[Timex] = []
    taken_until = -1
    for s, neg, _k, m, name, fn, rel in cands:
        e = s - neg
        if s < taken_until or _vetoed(name, m, text, s, e, doc):
            continue
        parsed = doc is not None and sents is not None
        future, past = _clause_tense(doc, text, sents, s, e) if parsed else (False, False)  # type: ignore[arg-type]
        quarter, here = _quarter_context(quarters, text, doc, sents, s, e)
        reach = _future_in_past(doc, s, e) if doc is not None and future and name in _MONTH_PATTERNS else 0
        value, end_value, precision = fn(m, Context(anchor, future, past, quarter, here, reach))
        if not rel or _g(m, "year"):  # "Feb. 9-15, 2026" needs no anchor
            kind = "absolute"
        elif value is not None:
            kind = anchor_kind
        else:
            kind = "none"
        out.append(
            Timex(
                text=text[s:e],
                start=s,
                end=e,
                value=value,
                end_value=end_value,
                precision=precision,  # type: ignore[arg-type]
                anchor=kind,  # type: ignore[arg-type]
            )
        )
        taken_until = e
    return _same_month_named(text, _shared_year(text, _clock_on_day(text, out)))


# Between two coordinated dates: "June and July 2025", "March or April last year", "May to June 2024".
_COORDINATED = re.compile(r"\s*(?:,|and|or|to|through|until|-|–|—)\s*", re.IGNORECASE)
_YEAR_WORDS = re.compile(r"\d{4}|\b(?:last|next|this|past|coming)\b|\bago\b", re.IGNORECASE)


def _shared_year(text: str, found: list[Timex]) -> list[Timex]:
    """ "in June and July 2025": a month with no year of its own, coordinated with a month that has one,
    is in that month's year (not the anchor's)."""
    for i in range(len(found) - 1, 0, -1):
        a, b = found[i - 1], found[i]
        # months only ("June and July 2025"): day lists and ranges already carry their year rules
        if not (a.value and b.value and a.precision == "month" and b.precision == "month"):
            continue
        if not (re.fullmatch(r"\d{4}-\d\d", a.value) and re.match(r"\d{4}-\d\d", b.value)):
            continue
        if _YEAR_WORDS.search(a.text) or not _COORDINATED.fullmatch(text[a.end : b.start]):
            continue
        # "December and January 1999": a month after the other one in the calendar is the year before
        year = int(b.value[:4]) - (1 if int(a.value[5:7]) > int(b.value[5:7]) else 0)
        if a.value[:4] != str(year):
            found[i - 1] = a.model_copy(update={"value": f"{year:04d}{a.value[4:]}", "anchor": b.anchor})
    return found


def _same_month_named(text: str, found: list[Timex]) -> list[Timex]:
    """ "sales fell in January, compared with the same month a year ago": the month named just before
    (in the reach of a quarter's reference), a year earlier."""
    for i, t in enumerate(found):
        if not re.match(r"(?i)the\s+same\s+month\b", t.text) or not t.value:
            continue
        named = [
            d
            for d in found[:i]
            if d.precision == "month"
            and re.fullmatch(r"\d{4}-\d\d", d.value or "")
            and t.start - d.end <= _QUARTER_REACH
        ]
        if named and named[-1].value:
            y, mo = int(named[-1].value[:4]) - 1, named[-1].value[5:7]
            found[i] = t.model_copy(update={"value": f"{y:04d}-{mo}"})
    return found


def _quarter_context(
    quarters: list[tuple[int, int, int, int]], text: str, doc: Doc | None, sents: _Sentences | None, s: int, e: int
) -> tuple[tuple[int, int] | None, bool]:
    """The quarter a relative expression refers to: the nearest named in its sentence, else the last
    named before it; and whether its sentence speaks of a quarter at all."""
    if not quarters and doc is None:
        return None, False
    span = _tokens(doc, s, e)
    if span is not None and sents is not None:
        _, _, lo, hi = sents.of(span.start)
    else:
        lo, hi = max(0, s - 200), e + 200
    # the sentence, or the one before it, reports a quarter's figures
    here = bool(re.search(r"(?i)\bquarter(?:ly)?\b|\bperiod\b", text[max(0, lo - _QUARTER_REACH) : hi]))
    inside = [q for q in quarters if lo <= q[0] < hi and not (q[0] <= s < q[1])]
    if inside:
        q = min(inside, key=lambda q: abs(q[0] - s))
        return (q[2], q[3]), here
    before = [q for q in quarters if q[1] <= s]
    return ((before[-1][2], before[-1][3]) if before else None), here


# "10 p.m. EST Tuesday", "Friday at", "9 a.m. GMT on Friday"
_CLOCK_GAP = re.compile(r"[\s,]*(?:[A-Z]{2,4}T?\s*,?\s*)?(?:(?:on|at)\s+)?(?:[A-Z]{2,4}T?\s*,?\s*)?")


def _clock_on_day(text: str, found: list[Timex]) -> list[Timex]:
    """ "10 p.m. Wednesday", "Friday at noon": the clock time takes the day next to it, not the anchor's."""
    for i, t in enumerate(found):
        if t.precision != "time" or not t.value:
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(found):
                continue
            d = found[j]
            gap = text[t.end : d.start] if j > i else text[d.end : t.start]
            if d.precision == "day" and d.value and _CLOCK_GAP.fullmatch(gap):
                found[i] = t.model_copy(update={"value": d.value[:10] + t.value[10:], "anchor": d.anchor})
                break
        else:
            # "Gunmen stormed the hotel on Monday. ... The attackers arrived shortly after 8 p.m.": a
            # clock time with no day of its own is on the day the story last named, in its paragraph
            # or the one before, rather than on the day the story was published
            days = [d for d in found[:i] if d.precision == "day" and re.fullmatch(r"\d{4}-\d\d-\d\d", d.value or "")]
            if days and days[-1].value and text.count("\n\n", days[-1].end, t.start) <= 1:
                day = days[-1].value
                found[i] = t.model_copy(update={"value": day + t.value[10:], "anchor": days[-1].anchor})
    return found


class TimexLayer:
    """Sets ``doc._.dl_timexes``; the anchor comes from ``doc._.dl_anchor`` = (date or None, kind)."""

    def __call__(self, doc: Doc) -> Doc:
        anchor, kind = doc._.dl_anchor or (None, "none")
        doc._.dl_timexes = find_timexes(doc.text, anchor, kind, doc)
        return doc


@Language.factory("dateline_timexes", assigns=["doc._.dl_timexes"])
def make_timex_layer(nlp: Language, name: str) -> TimexLayer:
    return TimexLayer()
