"""One entity's timeline across articles: the events it takes part in, grouped into incidents
and ordered by date.

``entity_timeline(articles, links, name)`` is pure. The entity is found by name among the
canonical entities (its fullest name or an alias, compared folded), so "Boeing" in one article
and "Boeing Co." that an article calls "Boeing" are one; a name no canonical entity carries
gives an empty timeline. An event is the entity's when the entity is one of its actors or
recipients, or, with ``sentence=True``, when the event's sentence mentions the entity; with
``quotes=True`` each quote the entity speaks is an entry too (a statement, dated by its
article: a quote has no date of its own). Events of one incident form one entry. An entry is
dated by its events' own dates (the earliest), else by its article's published date (with
``published=False``, left undated: the article's date says when it was reported, not when it
happened); undated entries come last, in article order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..record import Article, Date, Event
from .entities import fold
from .model import Links, Ref


@dataclass
class Entry:
    """One happening on an entity's timeline: the events that report it."""

    date: str | None  # ISO at the date's precision: YYYY, YYYY-MM or YYYY-MM-DD
    events: list[Ref] = field(default_factory=list)  # events, or one quote (a ``Quote.id``)


def matching_entities(links: Links, name: str) -> set[Ref]:
    """The article entities of every canonical entity called ``name``."""
    key = fold(name)
    out: set[Ref] = set()
    for ent in links.entities:
        if key in {fold(n) for n in (ent.name, *ent.aliases)}:
            out.update(ent.members)
    return out


def _day(d: Date | None) -> str | None:
    if d is None:
        return None
    width = {"year": 4, "month": 7}.get(str(d.precision), 10)
    return d.value[:width]


def _date(ev: Event, art: Article, published: bool) -> str | None:
    own = ev.date if ev.date_source != "published" else None
    return _day(own or (art.published if published else None))


def _mentions_entity(ev: Event, art: Article, ids: set[str]) -> bool:
    lo, hi = ev.evidence.start, ev.evidence.end
    return any(lo <= m.start and m.end <= hi for e in art.entities if e.id in ids for m in e.mentions)


def entity_timeline(
    articles: Sequence[Article],
    links: Links,
    name: str,
    *,
    sentence: bool = False,
    published: bool = True,
    quotes: bool = False,
) -> list[Entry]:
    """The timeline of the entity called ``name`` (see the module's docstring)."""
    members = matching_entities(links, name)
    by_article: dict[str, set[str]] = {}
    for ref in members:
        by_article.setdefault(ref.article_id, set()).add(ref.item_id)
    incident_of = {ref: inc.id for inc in links.incidents for ref in inc.events}
    entries: dict[str, Entry] = {}
    order: dict[str, tuple[int, int]] = {}
    for ai, art in enumerate(articles):
        ids = by_article.get(art.id, set())
        if not ids:
            continue
        for ev in art.events:
            own = ids.intersection(ev.actors) or ids.intersection(ev.recipients)
            if not (own or (sentence and _mentions_entity(ev, art, ids))):
                continue
            ref = Ref(art.id, ev.id)
            key = incident_of.get(ref, f"{art.id}/{ev.id}")
            date = _date(ev, art, published)
            entry = entries.setdefault(key, Entry(date))
            entry.events.append(ref)
            if date is not None and (entry.date is None or date < entry.date):
                entry.date = date
            order.setdefault(key, (ai, ev.evidence.start))
        for qt in art.quotes if quotes else ():
            if qt.speaker.entity in ids:
                key = f"{art.id}/{qt.id}"
                day = _day(art.published) if published else None
                entries[key] = Entry(day, [Ref(art.id, qt.id)])
                order[key] = (ai, qt.start)
    ranked = sorted(entries.items(), key=lambda kv: (kv[1].date is None, kv[1].date or "", order[kv[0]]))
    return [entry for _, entry in ranked]
