"""The published date of a saved page: which of the dates a page carries is its own, and in which
time zone its day is counted.

trafilatura (through htmldate) gives a day. It is checked against what the page states for itself,
by the policy below (lists and limits in ``data/html.yaml`` ``published``):

1. The day must be one the page gives as its own: a machine value (a ``<meta>`` time, the JSON-LD
   of the page's item, a ``<time datetime>``), the date in its address, or a stamp line it prints.
   A day htmldate read from running text (a statement the story cites, a linked story, a comment)
   gives way to the address's date, else to the page's own published value (else a ``<time>`` it
   does not name; a modified or created time never gives the day), else to the first stamp line the
   page prints (outside comments, related stories, sidebars and footers).
2. A published value with a clock in UTC (or with no zone) is put in the publisher's zone: by the
   offset a printed clock (not one in a list of other stories) shows against one of the page's
   times (a byline's evening clock in the Americas against a UTC value of the next morning), else
   by a day the page states without a clock (its address's date, a date-only value) one day off in
   the direction the UTC clock allows, else by a value of the page that carries its own offset;
   failing all, the UTC day stands.
3. A published value with a non-zero offset, or a date alone, is the publisher's day already; but a
   date alone that is the UTC day of a published value with its own offset gives way to that value.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from lxml import etree

from .. import rules
from .stamps import MONTHS, clock_of, parse_stamp

# An ISO 8601 value as pages write it: "2019-11-19T02:24:00Z", "2019-11-19 02:24:00 UTC",
# "2019-11-20 4:00:00 -0600", "2019-11-18". Matched whole on the stripped value, with one optional
# whitespace run between parts: two runs side by side (or one before "$") backtrack quadratically
# on a long run of spaces, and a page's attribute may hold any number of them.
_ISO = re.compile(
    r"(?P<y>(?:19|20)\d\d)-(?P<mo>\d\d)-(?P<d>\d\d)"
    r"(?:(?:T|\s+)(?P<h>\d{1,2}):(?P<mi>\d\d)(?::\d\d(?:\.\d+)?)?(?:\s*(?P<tz>Z|UTC|GMT|[+-]\d\d:?\d\d))?)?",
    re.IGNORECASE,
)
_MAX_STAMP = 90  # characters: a printed stamp is short (as in stamps.py)
# The short text nodes that hold a digit (long ones, scripts among them, are never a stamp's part).
_DIGIT_TEXTS = etree.XPath(
    f"//text()[string-length(.) <= {2 * _MAX_STAMP}][contains(translate(., '0123456789', '0000000000'), '0')]"
)


@dataclass(frozen=True)
class _Policy:
    meta_published: tuple[str, ...]
    meta_other: frozenset[str]
    jsonld_published: tuple[str, ...]
    jsonld_other: tuple[str, ...]
    time_published: re.Pattern[str]
    foreign: re.Pattern[str]
    url_dates: tuple[re.Pattern[str], ...]
    stamp_tags: tuple[str, ...]
    stamp_max_children: int
    offset_step: int
    max_west: timedelta
    max_east: timedelta
    back_before_hour: int
    forward_from_hour: int


@cache
def _policy() -> _Policy:
    data: dict[str, Any] = rules.load_yaml("html.yaml")["published"]
    return _Policy(
        meta_published=tuple(str(x).lower() for x in data["meta_published"]),
        meta_other=frozenset(str(x).lower() for x in data["meta_other"]),
        jsonld_published=tuple(str(x) for x in data["jsonld_published"]),
        jsonld_other=tuple(str(x) for x in data["jsonld_other"]),
        time_published=re.compile("|".join(re.escape(str(x)) for x in data["time_published_classes"]), re.I),
        # a word of a class name (split at "-", "_" and camelCase) that is, or ends in, one of the words
        foreign=re.compile(
            rf"(?:^|-)[a-z0-9]*(?:{'|'.join(re.escape(str(x).lower()) for x in data['foreign_containers'])})s?(?:-|$)"
        ),
        url_dates=tuple(re.compile(str(x), re.IGNORECASE) for x in data["url_dates"]),
        stamp_tags=tuple(str(x) for x in data["stamp_tags"]),
        stamp_max_children=int(data["stamp_max_children"]),
        offset_step=int(data["offset_step_minutes"]),
        max_west=timedelta(hours=int(data["max_west_hours"])),
        max_east=timedelta(hours=int(data["max_east_hours"])),
        back_before_hour=int(data["back_before_hour"]),
        forward_from_hour=int(data["forward_from_hour"]),
    )


@dataclass(frozen=True)
class Value:
    """A machine-readable date of the page: its written day, and where it has a clock, the
    instant as written (naive) and the offset it states (None: none stated, or UTC's own "Z")."""

    day: date
    clock: datetime | None = None
    offset: timedelta | None = None
    published: bool = False
    changed: bool = False  # a time named as another than the publication's (modified, created)

    @property
    def utc(self) -> datetime | None:
        """The instant in UTC; a clock with no zone is taken as UTC (what such values mostly are)."""
        if self.clock is None:
            return None
        return self.clock - (self.offset or timedelta(0))

    @property
    def local(self) -> bool:
        """Whether the written day is the publisher's own: a date alone, or a clock with its zone."""
        return self.clock is None or bool(self.offset)


def parse_value(text: str, *, published: bool = False) -> Value | None:
    """An ISO value ("2019-11-19T02:24:00Z", "2019-11-20 4:00:00 -0600", "2019-11-18"), else None."""
    m = _ISO.fullmatch(text.strip())
    if m is None:
        return None
    try:
        day = date(int(m["y"]), int(m["mo"]), int(m["d"]))
        if m["h"] is None:
            return Value(day=day, published=published)
        clock = datetime(day.year, day.month, day.day, int(m["h"]), int(m["mi"]))
    except ValueError:
        return None
    tz = (m["tz"] or "").upper()
    offset = None
    if tz and tz not in ("Z", "UTC", "GMT"):
        sign = -1 if tz[0] == "-" else 1
        digits = tz[1:].replace(":", "")
        offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return Value(day=day, clock=clock, offset=offset, published=published)


def page_values(tree: Any) -> list[Value]:
    """The page's machine dates, its published ones first (meta in html.yaml's order, then JSON-LD,
    then <time>), then its other times."""
    p = _policy()
    metas: dict[str, list[Value]] = {}
    others: list[Value] = []
    for el in tree.iter("meta"):
        key = str(el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        content = el.get("content")
        if not content or not (key in p.meta_published or key in p.meta_other):
            continue
        v = parse_value(str(content), published=key in p.meta_published)
        if v is not None and not v.published:
            v = replace(v, changed=True)
        if v is not None:
            (metas.setdefault(key, []) if v.published else others).append(v)
    published = [v for key in p.meta_published for v in metas.get(key, [])]
    for item in _jsonld_items(tree):
        for keys, is_pub in ((p.jsonld_published, True), (p.jsonld_other, False)):
            for k in keys:
                raw = item.get(k)
                v = parse_value(raw, published=is_pub) if isinstance(raw, str) else None
                if v is not None and not is_pub:
                    v = replace(v, changed=True)
                if v is not None:
                    (published if is_pub else others).append(v)
    story = _story_holders(tree)
    for el in tree.iter("time"):
        if _foreign(el, story):
            continue
        own = el.get("itemprop") == "datePublished" or el.get("pubdate") is not None
        own = own or bool(p.time_published.search(str(el.get("class") or "")))
        v = parse_value(str(el.get("datetime") or ""), published=own)
        if v is not None:
            (published if own else others).append(v)
    return published + others


def _story_holders(tree: Any) -> frozenset[Any]:
    """The elements that hold a headline (<h1>): the story's containers and the page's layout around
    them, which no comment list or sidebar is, whatever their class names say ("content-with-sidebar")."""
    return frozenset(a for h in tree.iter("h1") for a in h.iterancestors())


def _foreign(el: Any, story: frozenset[Any]) -> bool:
    """Whether the element sits in a comment, a related-story list, a sidebar or a footer: a class or
    id word of an ancestor below the story's container (the <article>, <main> or block holding the
    headline, else <body>, whose classes describe the whole page: "one-sidebar", "comments-open")."""
    rx = _policy().foreign
    for a in el.iterancestors():
        if a in story or a.tag in ("body", "html", "main"):
            return False
        if any(rx.search(_class_words(token)) for token in f"{a.get('class') or ''} {a.get('id') or ''}".split()):
            return True
    return False


def _class_words(token: str) -> str:
    """A class name's words, lower case, joined by "-": "theiaStickySidebar" is "theia-sticky-sidebar"."""
    return re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", token).replace("_", "-").lower()


def _jsonld_items(tree: Any) -> list[dict[str, Any]]:
    """The page's own JSON-LD items: each script's top-level objects and their @graph members."""
    out: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):  # not JSON, or nested deeper than Python recurses
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                out.append(item)
                graph = item.get("@graph")
                members = graph if isinstance(graph, list) else [graph]  # a CMS may write any shape
                out.extend(g for g in members if isinstance(g, dict))
    return out


def url_day(url: Any) -> date | None:
    """The date the page's address holds ("/2019/11/18/", "/2019/nov/18/"), else None."""
    if not url:
        return None
    for rx in _policy().url_dates:
        m = rx.search(str(url))
        if m is None:
            continue
        month = m["month"].lower()
        num = int(month) if month.isdigit() else MONTHS.get(month)
        try:
            return date(int(m["year"]), num, int(m["day"])) if num else None
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class Printed:
    """A stamp the page prints (a byline's date): its day, and the clock read with it if any."""

    day: date
    clock: datetime | None
    other: date | None = None  # the other reading of an ambiguous numeric date ("05/10/2018")
    listed: bool = False  # it sits in an item of a list of links: another story's teaser


def printed_stamps(tree: Any, near: date | None) -> list[Printed]:
    """Short blocks of the page that read whole as a date stamp, in page order. A stamp without a
    year ("Posted Nov 18, 8:19 PM") takes the year that puts it nearest ``near``."""
    p = _policy()
    tags = set(p.stamp_tags)
    story = _story_holders(tree)
    out: list[Printed] = []
    seen: set[str] = set()
    for el in _holding_digits(tree):
        if el.tag not in tags or len(el) > p.stamp_max_children or any(len(c) > p.stamp_max_children for c in el):
            continue
        text = _short_text(el)
        if not text or text in seen or _ISO.fullmatch(text):
            continue  # a machine value printed as text is read with the machine values
        seen.add(text)
        stamp = parse_stamp(text)
        if stamp is None or stamp.problem is not None or _foreign(el, story):
            continue
        if stamp.date is not None:
            day = date.fromisoformat(stamp.date.value)
        elif stamp.month_day is not None and near is not None:
            found = _nearest_year(stamp.month_day, near)
            if found is None:
                continue
            day = found
        else:
            continue
        hm = clock_of(text)
        clock = datetime(day.year, day.month, day.day, *hm) if hm else None
        other = date.fromisoformat(stamp.alternative.value) if stamp.alternative is not None else None
        out.append(Printed(day=day, clock=clock, other=other, listed=_listed(el, story)))
    return out


def _listed(el: Any, story: frozenset[Any]) -> bool:
    """Whether the element sits in an item of a list of links (below the story's container): a list
    of other stories, whose clocks say nothing of this page's zone. It takes two linked items to
    make such a list: a byline is often one list item holding the author's link, or a stamp linked
    to the page's own address."""
    for a in el.iterancestors():
        if a in story:
            return False
        if a.tag == "li":
            items = a.getparent()
            if items is None:
                return False
            linked = [li for li in items if getattr(li, "tag", None) == "li" and li.find(".//a") is not None]
            return a in linked and len(linked) >= 2
    return False


def _short_text(el: Any) -> str | None:
    """The element's text, spaces collapsed, when it is no longer than a stamp; else None. Reading
    stops past that length, so a deep nest of blocks holding digits is not read whole at every level
    (quadratic in the depth)."""
    parts: list[str] = []
    size = 0  # the length of " ".join(parts) plus one
    for piece in el.itertext():
        words = piece.split()
        if words:
            size += len(" ".join(words)) + 1
            if size > _MAX_STAMP + 1:
                return None
            parts.extend(words)
    return " ".join(parts)


def _holding_digits(tree: Any) -> list[Any]:
    """The elements, in page order, whose own text or whose child's text holds a digit (a stamp
    split over <span>s is read in its parent): the only places a stamp can be, found in one XPath."""
    found: dict[Any, None] = {}
    for node in _DIGIT_TEXTS(tree):
        el = node.getparent()
        if el is None:
            continue
        if node.is_tail:
            el = el.getparent()
        if el is None:
            continue
        found.setdefault(el, None)
        parent = el.getparent()
        if parent is not None:
            found.setdefault(parent, None)
    return list(found)


def _nearest_year(month_day: tuple[int, int], near: date) -> date | None:
    found = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            found.append(date(year, *month_day))
        except ValueError:
            continue
    return min(found, key=lambda d: abs(d - near)) if found else None


def published_day(tree: Any, found: str | None, url: Any) -> date | None:
    """The page's published day, in its publisher's zone (the policy in this module's docstring),
    from htmldate's day ``found``; None when htmldate found none."""
    day = _found_day(found)
    if day is None:
        return None
    try:
        return _weighed_day(tree, day, url)
    except Exception:  # any markup a page holds: its article is still read, with htmldate's day
        return day


def _found_day(found: str | None) -> date | None:
    if not found:
        return None
    try:
        return date.fromisoformat(str(found)[:10])
    except ValueError:
        return None


def _weighed_day(tree: Any, day: date, url: Any) -> date:
    """htmldate's ``day`` checked against the page's own dates (the policy in the docstring)."""
    values = page_values(tree)
    address = url_day(url)
    own = next((v for v in values if v.published and v.day == day), None)
    if own is None:
        if day == address or any(v.day == day for v in values):
            return day  # the address's date, or another of the page's own values
        near = values[0].day if values else address  # only the year a stamp without one is put in
        printed = printed_stamps(tree, near or day)
        if any(day in (s.day, s.other) for s in printed):
            return day  # read from the text, but printed as a stamp line of its own: the byline's
        # read from running text (a cited statement, a linked story): the page's own dates win,
        # its address's, its published value, else the first stamp line it prints
        if address is not None:
            return address
        # the published value, else a time the page does not name (a bare <time>, often the byline's):
        # a modified or created time never gives the day
        own = next((v for v in values if v.published), next((v for v in values if not v.changed), None))
        if own is None:
            return printed[0].day if printed else day
    own = _zoned_over_bare(own, values)
    return local_day(own, values, address, lambda: printed_stamps(tree, own.day))


def _zoned_over_bare(own: Value, values: list[Value]) -> Value:
    """A bare published date that is the UTC day of a published value carrying its own offset gives way
    to that value: a bare date is often the UTC day, printed without its clock ("2019-11-19" beside
    "2019-11-18T22:15-05:00"), while the offset names the publisher's zone."""
    if own.clock is not None:
        return own
    for v in values:
        utc = v.utc
        if v.published and v.offset and utc is not None and utc.date() == own.day and v.day != own.day:
            return v
    return own


def local_day(own: Value, values: list[Value], address: date | None, printed: Any) -> date:
    """The publisher's day of the published value ``own`` (policy points 2 and 3); ``printed``
    gives the page's printed stamps when they are needed."""
    utc = own.utc
    if own.clock is None or utc is None:
        return own.day
    p = _policy()
    # what the page prints outranks its metadata: a value's offset may be wrong (a CMS may append the
    # local offset to a clock that is in fact UTC's, so only the printed clock shows the true zone)
    offset = _printed_offset(printed(), values)
    if offset is not None:
        return (utc + offset).date()
    local = next((v for v in [own, *values] if v.published and v.local), None)
    if local is not None:
        return local.day  # a published value in the publisher's zone (or a date alone)
    for d in [address, *(v.day for v in values if v.clock is None)]:
        if d is None:
            continue
        if d == own.day:
            return own.day
        if d == own.day - timedelta(days=1) and utc.hour < p.back_before_hour:
            return d
        if d == own.day + timedelta(days=1) and utc.hour >= p.forward_from_hour:
            return d
    zoned = next((v.offset for v in values if v.clock is not None and v.offset), None)
    return (utc + zoned).date() if zoned is not None else own.day


def _printed_offset(printed: list[Printed], values: list[Value]) -> timedelta | None:
    """The publisher's offset from UTC: the first printed clock (not one of a list of links) that lies a
    whole number of offset steps from one of the page's times, within the world's zones (the smallest
    such shift)."""
    p = _policy()
    step = timedelta(minutes=p.offset_step)
    times = [t for t in (v.utc for v in values) if t is not None]
    for s in printed:
        if s.clock is None or s.listed:
            continue
        shifts = [s.clock - t for t in times]
        fits = [d for d in shifts if -p.max_west <= d <= p.max_east and d % step == timedelta(0)]
        if fits:
            return min(fits, key=abs)
    return None
