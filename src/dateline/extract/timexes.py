"""Time expressions: found by a table of patterns, normalized against the article's own date.

Every rule for *when* lives here. ``PATTERNS`` is the table: a name, a regular
expression, and how its match becomes a value. Relative expressions ("since
Saturday", "a day earlier", "July last year", "Feb. 9-15") resolve against the
anchor the caller gives — the published date, else the retrieval time — and say
which (``anchor``); with neither, ``value`` stays null and ``anchor`` is "none".
Today's date is never used.

Tense decides which way a bare weekday or month points: "on Wednesday" in a
sentence in the past is the latest Wednesday on or before the anchor; "will meet on
Monday" is the next Monday after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from ..read.stamps import MONTHS
from ..record import Timex

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "several": 0, "few": 0,
}  # fmt: skip
UNITS = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "hour": "H", "minute": "MI"}
# "would" too: in reported speech it is the future seen from the past ("would meet again on Thursday")
_FUTURE_WORDS = {"will", "would", "'ll", "shall", "next", "upcoming", "scheduled", "due", "coming", "plans", "planned"}

# building blocks (month names must be capitalised: "may" and "march" are verbs too)
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]|20)\d\d(?!\d)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
_UNIT = r"(?:day|week|month|year|decade|hour|minute)s?"
_DASH = r"\s*[-–—]\s*"


@dataclass(frozen=True)
class Context:
    """What a relative expression needs: the anchor date and the sentence's tense."""

    anchor: date | None
    future: bool
    past: bool


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
    if ctx.past and not ctx.future and cand > ctx.anchor + timedelta(days=7):
        return y - 1
    if ctx.future and cand < ctx.anchor - timedelta(days=7):
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


def _iso_date(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    return _date(int(_g(m, "year")), int(_g(m, "mon")), int(_g(m, "day"))), None, "day"


def _weekday(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    if ctx.anchor is None:
        return None, None, "day"
    wd = WEEKDAYS[_g(m, "wd").lower()]
    rel = (_g(m, "rel") or "").lower()
    back = (ctx.anchor.weekday() - wd) % 7
    ahead = (wd - ctx.anchor.weekday()) % 7
    if rel == "last":
        d = ctx.anchor - timedelta(days=back or 7)
    elif rel == "next" or (ctx.future and not rel):
        d = ctx.anchor + timedelta(days=ahead or 7)
    elif rel == "this":
        d = ctx.anchor + timedelta(days=ahead) if ctx.future else ctx.anchor - timedelta(days=back)
    else:
        d = ctx.anchor - timedelta(days=back)
    return _iso(d), None, "day"


def _deictic_day(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    if ctx.anchor is None:
        return None, None, "day"
    by = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[_g(m, "w").lower()]
    return _iso(ctx.anchor + timedelta(days=by)), None, "day"


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS.get(word.lower(), 0)


def _offset(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    """ "a day earlier", "two weeks ago", "three years later"."""
    n, unit = _count(_g(m, "n")), _g(m, "unit").lower().rstrip("s")
    sign = 1 if _g(m, "dir").lower() in ("later", "after", "from now", "hence") else -1
    if unit == "decade":
        unit, n = "year", n * 10
    prec = {"day": "day", "week": "week", "month": "month", "year": "year"}.get(unit)
    if ctx.anchor is None or not n or prec is None:
        return None, None, prec
    a = ctx.anchor
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
    by = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "current": 0}[rel]
    prec = {"week": "week", "weekend": "day", "month": "month", "year": "year"}[unit]
    if ctx.anchor is None:
        return None, None, prec
    a = ctx.anchor
    if unit == "year":
        return f"{a.year + by:04d}", None, "year"
    if unit == "month":
        y, mo = _shift_month(a.year, a.month, by)
        return f"{y:04d}-{mo:02d}", None, "month"
    if unit == "week":
        return _week(a + timedelta(weeks=by)), None, "week"
    return _weekend(a, by, ctx)


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
    n, unit = _count(_g(m, "n")), _g(m, "unit").lower().rstrip("s")
    code = UNITS[unit]
    if not n:
        return f"P{'X'}{code[0]}", None, None
    if code == "DE":
        return f"P{n * 10}Y", None, None
    if code in ("H", "MI"):
        return f"PT{n}{code[0] if code == 'H' else 'M'}", None, None
    return f"P{n}{code}", None, None


def _constant(value: str) -> Resolver:
    """ "now" is PRESENT_REF, "daily" P1D: TimeML's values for what has no calendar date."""

    def resolve(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
        return value, None, None

    return resolve


def _every(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    word = m[0].lower()
    for key, code in (("da", "D"), ("week", "W"), ("month", "M"), ("ann", "Y"), ("year", "Y")):
        if key in word:
            return f"P1{code}", None, None
    return None, None, None


_SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9), "winter": ("WI", 12)}


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
    return f"{y}-{code}", None, None


def _clock(m: re.Match[str], ctx: Context) -> tuple[str | None, str | None, str | None]:
    h, mi = int(_g(m, "h")), int(_g(m, "mi") or 0)
    ap = (_g(m, "ap") or "").lower().replace(".", "")
    if ap == "pm" and h < 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    if h > 23 or mi > 59 or ctx.anchor is None:
        return None, None, "time"
    return f"{_iso(ctx.anchor)}T{h:02d}:{mi:02d}", None, "time"


# the table ----------------------------------------------------------------------------------------------
# (name, pattern, resolver, relative?) — longer, more specific patterns first; overlaps go to the longest.
PATTERNS: list[tuple[str, str, Resolver, bool]] = [
    ("range, same month", rf"(?P<mon>{_MON})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?",
     _range_same_month, True),
    ("from-to, same month", rf"(?:from|between)\s+(?P<mon>{_MON})\s+(?P<d1>{_DAY})\s+(?:to|and|until|through)\s+"
     rf"(?P<d2>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?", _range_same_month, True),
    ("month day, year", rf"(?P<mon>{_MON})\s+(?P<day>{_DAY}),?\s+(?P<year>{_YEAR})", _month_day_year, False),
    ("day month year", rf"(?P<day>{_DAY})\s+(?P<mon>{_MON}),?\s+(?P<year>{_YEAR})", _month_day_year, False),
    ("iso date", rf"(?P<year>{_YEAR})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?!\d)", _iso_date, False),
    ("month last year", rf"(?P<mon>{_MON})\s+(?P<rel>last|this|next)\s+year", _month_rel_year, True),
    ("month year", rf"(?P<mon>{_MON}),?\s+(?:of\s+)?(?P<year>{_YEAR})", _month_year, False),
    ("month day", rf"(?P<mon>{_MON})\s+(?P<day>{_DAY})(?![\d:])", _month_day_year, True),
    ("day month", rf"(?<![\d,.])(?P<day>{_DAY})\s+(?P<mon>{_MON})", _month_day_year, True),
    ("last month-name", rf"(?i:(?P<rel>last|this|next))\s+(?P<mon>{_MON})", _rel_month, True),
    ("month alone", r"\b(?i:in|since|until|by|early|late|mid-?)\s*"
     r"(?P<x>(?P<mon>January|February|March|April|June|July|August|September|October|November|December))(?![a-z])",
     _month_alone, True),
    ("weekday", rf"(?:(?i:(?P<rel>last|next|this))\s+)?(?P<wd>{_WD})(?:\s+(?:morning|afternoon|evening|night))?",
     _weekday, True),
    ("yesterday", r"(?i:(?P<w>yesterday|today|tonight|tomorrow))\b", _deictic_day, True),
    ("n units ago", rf"(?i:(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<dir>earlier|later|ago|before|after|from now))\b",
     _offset, True),
    ("the day before", r"(?i:the\s+(?:day\s+(?:before|after)|previous\s+day|next\s+day|following\s+day))\b",
     _the_day, True),
    ("this month", r"(?i:(?:(?:earlier|later)\s+)?(?P<rel>this|last|next|past|previous|coming|current)\s+"
     r"(?P<unit>weekend|week|month|year))\b", _this_unit, True),
    ("the weekend", r"(?i:(?:the\s+)?weekend)\b", _the_weekend, True),
    ("year after preposition", rf"\b(?i:in|since|by|until|from|before|after|during|through|of|early|late)\s+"
     rf"(?P<x>(?P<year>{_YEAR}))(?![-–]\d|,\d|\s*(?:km|kilometres|people|troops|soldiers))", _year, False),
    ("year in range", rf"(?<=\d[-–])(?P<x>(?P<year>{_YEAR}))\b", _year, False),
    ("season", rf"(?:(?i:(?P<rel>last|this|next|early|late))\s+)?(?i:(?P<season>spring|summer|fall|autumn|winter))"
     rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?(?![a-z])", _season, True),
    ("year", r"(?<![\d$£€.,/-])(?P<year>(?:19[0-9]|20[0-4])\d)(?![\d%]|,\d|\.\d|\s*(?:km|mi|kg|m|ft|miles|metres|meters"
     r"|people|troops|soldiers|dollars)\b)", _year, False),
    ("now", r"(?<![\w-])(?:now|currently|at present)(?![\w-])", _constant("PRESENT_REF"), False),
    ("every", r"(?i:(?<![\w-])(?:daily|weekly|monthly|annually|yearly|every\s+(?:day|week|month|year)))(?![\w-])",
     _every, False),
    ("duration", rf"(?i:(?P<n>{_NUM})[\s-]+(?P<unit>day|week|month|year|decade|hour|minute)s?(?:[\s-]long)?)\b",
     _duration, False),
    ("clock", r"(?i:(?<![\d:])(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m)(?![a-z]))",
     _clock, True),
    ("clock 24h", r"(?<![\d:.])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s*(?:GMT|UTC|[A-Z]{2,4}T))?",
     _clock, True),
]  # fmt: skip
_COMPILED = [(name, re.compile(p), fn, rel) for name, p, fn, rel in PATTERNS]


def find_timexes(text: str, anchor: date | None, anchor_kind: str, doc: Doc | None = None) -> list[Timex]:
    """Every time expression in ``text``, normalized against ``anchor`` (a date or None)."""
    cands: list[tuple[int, int, int, re.Match[str], Resolver, bool]] = []
    for k, (_name, rx, fn, rel) in enumerate(_COMPILED):
        for m in rx.finditer(text):
            # the reported span: group "x" when the pattern needs context it does not report ("in 2021" -> "2021")
            s, e = m.span("x") if "x" in m.re.groupindex else m.span()
            lead = re.match(r"(?i:from|between)\s+", m[0])
            s += lead.end() if lead else 0
            if e > s:
                cands.append((s, -(e - s), k, m, fn, rel))
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    out: list[Timex] = []
    taken_until = -1
    for s, neg, _k, m, fn, rel in cands:
        if s < taken_until:
            continue
        e = s - neg
        ctx = Context(anchor, *_tense(doc, s, e) if doc is not None else (False, False))
        value, end_value, precision = fn(m, ctx)
        if not rel:
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
    return out


def _tense(doc: Doc, start: int, end: int) -> tuple[bool, bool]:
    """(future, past) for the clause around a time expression."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False, False
    sent = span.sent
    lo = max(sent.start, span.start - 12)
    words = doc[lo : min(sent.end, span.end + 4)]
    future = any(t.lower_ in _FUTURE_WORDS for t in words)
    head = span.root.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    future = future or any(c.lower_ in ("will", "'ll", "shall") for c in aux)
    past = head.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in aux)
    if not past and not future:
        past = any(t.tag_ == "VBD" for t in words)
    return future, past


class TimexLayer:
    """Sets ``doc._.dl_timexes``; the anchor comes from ``doc._.dl_anchor`` = (date or None, kind)."""

    def __call__(self, doc: Doc) -> Doc:
        anchor, kind = doc._.dl_anchor or (None, "none")
        doc._.dl_timexes = find_timexes(doc.text, anchor, kind, doc)
        return doc


@Language.factory("dateline_timexes", assigns=["doc._.dl_timexes"])
def make_timex_layer(nlp: Language, name: str) -> TimexLayer:
    return TimexLayer()
