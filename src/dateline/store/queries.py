"""Questions over a store: quotes, events, people, incidents, stories and a story's timeline.

Each function takes an open ``Store`` and returns plain rows (dicts of JSON-ready values), so
the CLI, the exports and later the web app print the same answers. Every query is an
SQLAlchemy Core ``select()`` with the user's words as bound parameters and LIKE patterns
escaped (``%``, ``_`` and quotes in a name are just characters), and no dialect-specific
function, so the same code runs on SQLite and PostgreSQL.

Names match case-insensitively on any part ("okafor" finds "Amara Okafor"), and through the
canonical entities of the link tables: a name that matches a canonical entity's name or one of
its aliases finds every mention linked to it, whatever the article called it. Dates are ISO
(``2025``, ``2025-10`` or ``2025-10-29``); ``until`` takes in the whole period it names.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, and_, exists, false, func, or_, select, true

from .. import rules
from ..errors import BadOption, StoreError
from ..record import Article
from ..report import sentence
from . import _errors
from . import schema as t

if TYPE_CHECKING:
    from . import Store

__all__ = [
    "canonical_id",
    "events",
    "incidents",
    "people",
    "quotes",
    "records",
    "sentence",
    "stories",
    "timeline",
]

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# Where a sentence ends, for the sentence around a quote (quotes keep the offsets of their
# words only): a full stop, question or exclamation mark before a space, or a paragraph break.


def date_bounds(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """``since`` as the first ISO string in range, ``until`` as the first one after it (exclusive)."""
    return (_period(since, "--since")[0] if since else None, _period(until, "--until")[1] if until else None)


def _period(text: str, option: str) -> tuple[str, str]:
    """The start of the period ``text`` names and the start of the next one, as ISO strings."""
    m = _DATE.fullmatch(text.strip())
    try:
        if not m:
            raise ValueError
        y, mo, d = int(m[1]), int(m[2] or 1), int(m[3] or 1)
        start = date(y, mo, d)
        if m[3]:
            return start.isoformat(), (start + timedelta(days=1)).isoformat()
        if m[2]:
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return start.isoformat()[:7], nxt.isoformat()[:7]
        return f"{y:04d}", f"{y + 1:04d}"
    except (ValueError, OverflowError):
        raise BadOption(f"{option} {text!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD") from None


def in_range(col: Any, since: str | None, until: str | None) -> ColumnElement[bool]:
    """``col`` (an ISO date or timestamp string) inside [since, until); a missing date is outside."""
    lo, hi = date_bounds(since, until)
    conds = [col >= lo] if lo else []
    if hi:
        conds.append(col < hi)
    return and_(true(), *conds)


@contextmanager
def connect(store: Store) -> Iterator[Connection]:
    """A connection to the store; every database failure on it is one StoreError line."""
    with _errors(store.where), store.engine.connect() as conn:
        yield conn


def _contains(col: Any, text: str) -> ColumnElement[bool]:
    return col.icontains(text, autoescape=True)


def _role_forms(role: str) -> list[str]:
    """What a role filter looks for in the stored titles: the text itself, and each abbreviation whose
    title holds it, since roles keep a title as the page wrote it ("--role governor" finds "Gov.")."""
    text = role.strip().lower()
    abbreviations = rules.load_yaml("titles.yaml")["abbreviations"]
    return [role, *sorted(str(a) for a, full in abbreviations.items() if text and text in str(full).lower())]


def _canonical_matches(conn: Connection, name: str) -> list[str]:
    """Ids of the canonical entities whose name or one of whose aliases contains ``name``."""
    ce, ca = t.canonical_entities.c, t.canonical_aliases.c
    q = select(ce.id).where(
        or_(_contains(ce.name, name), exists().where(ca.entity_id == ce.id, _contains(ca.alias, name)))
    )
    return list(conn.execute(q).scalars())


def _linked(article_col: Any, entity_col: Any, ids: Sequence[str]) -> ColumnElement[bool]:
    """The entity (article_col, entity_col) is linked to one of the canonical entities ``ids``."""
    if not ids:
        return false()
    el = t.entity_links.c
    return exists().where(el.article_id == article_col, el.entity_id == entity_col, el.canonical_id.in_(ids))


def _canonical_of(article_col: Any, entity_col: Any) -> Any:
    """The canonical id an entity is linked to (a scalar subquery: NULL when unlinked)."""
    el = t.entity_links.c
    return (
        select(el.canonical_id)
        .where(el.article_id == article_col, el.entity_id == entity_col)
        .limit(1)
        .scalar_subquery()
    )


def _dated_first(col: Any) -> tuple[Any, Any]:
    """Order by ``col`` with missing dates last, on every database (they differ on where NULL sorts)."""
    return col.is_(None), col


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    about: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Quotes in date order (the article's published date), with their speaker's canonical id.

    ``speaker``: the speaker's name contains it, or the speaker is linked to a canonical entity
    whose name or alias does. ``about``: the quote's text contains it, or its article mentions an
    entity whose name contains it or that is linked to such a canonical entity.
    """
    q, a, e = t.quotes.c, t.articles.c, t.entities.c
    with connect(store) as conn:
        conds: list[ColumnElement[bool]] = [in_range(a.published, since, until)]
        if speaker:
            ids = _canonical_matches(conn, speaker)
            conds.append(or_(_contains(q.speaker, speaker), _linked(q.article_id, q.speaker_entity, ids)))
        if about:
            ids = _canonical_matches(conn, about)
            mentioned = exists().where(
                e.article_id == q.article_id, or_(_contains(e.name, about), _linked(e.article_id, e.entity_id, ids))
            )
            conds.append(or_(_contains(q.text, about), mentioned))
        stmt = (
            select(
                q.article_id,
                q.quote_id,
                a.published,
                a.outlet,
                a.title,
                q.speaker,
                _canonical_of(q.article_id, q.speaker_entity).label("speaker_id"),
                q.kind,
                q.text,
                q.start,
                q.end,
                q.cue,
                q.channel,
                q.anonymous,
            )
            .join(t.articles, a.id == q.article_id)
            .where(*conds)
            .order_by(*_dated_first(a.published), a.seq, q.start, q.quote_id)
            .limit(limit)
        )
        return [dict(r._mapping) for r in conn.execute(stmt)]


def events(
    store: Store,
    *,
    type: str | None = None,
    actor: str | None = None,
    place: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Events in date order (the event's own date, else its article's), each with its sentence
    and the incident it belongs to.

    ``type``: the PLOVER category (any case). ``actor`` and ``place``: the actor names or the
    place contain it, or name an entity of the article linked to a matching canonical entity.
    """
    ev, a, e = t.events.c, t.articles.c, t.entities.c
    when = func.coalesce(ev.date, a.published)
    with connect(store) as conn:
        conds: list[ColumnElement[bool]] = [in_range(when, since, until)]
        if type:
            conds.append(func.upper(ev.type) == type.strip().upper())
        if actor:
            ids = _canonical_matches(conn, actor)
            linked = exists().where(
                e.article_id == ev.article_id,
                _linked(e.article_id, e.entity_id, ids),
                or_(ev.actors.contains(e.name), ev.recipients.contains(e.name)),
            )
            conds.append(or_(_contains(ev.actors, actor), _contains(ev.recipients, actor), linked))
        if place:
            ids = _canonical_matches(conn, place)
            linked = exists().where(
                e.article_id == ev.article_id,
                _linked(e.article_id, e.entity_id, ids),
                func.lower(ev.location) == func.lower(e.name),
            )
            conds.append(or_(_contains(ev.location, place), linked))
        ie = t.incident_events.c
        incident = (
            select(ie.incident_id)
            .where(ie.article_id == ev.article_id, ie.event_id == ev.event_id)
            .limit(1)
            .scalar_subquery()
        )
        stmt = (
            select(
                ev.article_id,
                ev.event_id,
                incident.label("incident_id"),
                a.published,
                a.outlet,
                ev.date,
                ev.type,
                ev.mode,
                ev.trigger,
                ev.actors,
                ev.recipients,
                ev.location,
                ev.killed,
                ev.wounded,
                ev.negated,
                ev.hypothetical,
                ev.reported_by,
                ev.evidence_start,
                ev.evidence_end,
                _slice(a.text, ev.evidence_start, ev.evidence_end).label("sentence"),
            )
            .join(t.articles, a.id == ev.article_id)
            .where(*conds)
            .order_by(*_dated_first(when), a.seq, ev.evidence_start, ev.event_id)
            .limit(limit)
        )
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
    for row in rows:
        row["sentence"] = (row["sentence"] or "").strip()
    return rows


def _slice(text: Any, start: Any, end: Any) -> Any:
    """``text[start:end]`` in SQL (substr counts characters from 1 on SQLite and PostgreSQL alike)."""
    return func.substr(text, start + 1, end - start)


def people(
    store: Store,
    *,
    role: str | None = None,
    type: str | None = None,
    limit: int | None = None,
    ids: Sequence[str] | None = None,
) -> list[dict[str, Any]]:
    """Canonical entities, most reported first, with aliases, roles, members and article and quote counts.

    ``role``: one of its roles contains it. ``type``: PERSON, ORG, GPE, ... (any case). ``ids``: only these.
    """
    ce, cr, ca, el, q = (
        t.canonical_entities.c,
        t.canonical_roles.c,
        t.canonical_aliases.c,
        t.entity_links.c,
        t.quotes.c,
    )
    conds: list[ColumnElement[bool]] = []
    if ids is not None:
        conds.append(ce.id.in_(ids))
    if role:
        conds.append(exists().where(cr.entity_id == ce.id, or_(*(_contains(cr.title, r) for r in _role_forms(role)))))
    if type:
        conds.append(func.upper(ce.type) == type.strip().upper())
    n_quotes = (
        select(func.count())
        .select_from(t.quotes)
        .join(t.entity_links, and_(el.article_id == q.article_id, el.entity_id == q.speaker_entity))
        .where(el.canonical_id == ce.id)
        .scalar_subquery()
    )
    stmt = (
        select(ce.id, ce.name, ce.type, ce.geonames_id, ce.n_articles, n_quotes.label("n_quotes"))
        .where(*conds)
        .order_by(ce.n_articles.desc(), ce.name, ce.id)
        .limit(limit)
    )
    with connect(store) as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
        ids = [r["id"] for r in rows]
        aliases = _grouped(conn.execute(select(ca.entity_id, ca.alias).where(ca.entity_id.in_(ids))))
        roles: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in conn.execute(
            select(cr.entity_id, cr.title, cr.article_id, cr.published)
            .where(cr.entity_id.in_(ids))
            .order_by(*_dated_first(cr.published), cr.title)
        ):
            roles[r.entity_id].append({"title": r.title, "article_id": r.article_id, "published": r.published})
        members = _grouped(
            conn.execute(
                select(el.canonical_id, el.article_id + ":" + el.entity_id)
                .where(el.canonical_id.in_(ids))
                .order_by(el.article_id, el.entity_id)
            )
        )
    for row in rows:
        row["aliases"] = sorted(aliases.get(row["id"], []))
        row["roles"] = roles.get(row["id"], [])
        row["members"] = members.get(row["id"], [])
    return rows


def _grouped(pairs: Iterable[Any]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = defaultdict(list)
    for key, value in pairs:
        out[key].append(value)
    return out


def incidents(
    store: Store,
    *,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
    ids: Sequence[str] | None = None,
) -> list[dict[str, Any]]:
    """Incidents in date order: type, dates, place, actors, the range of tolls reported and
    their sources (every event, with its article's outlet and date, and the near-duplicate group
    its article belongs to: a syndicated copy is a source of its own). ``ids``: only these."""
    i, ie, a = t.incidents.c, t.incident_events.c, t.articles.c
    conds: list[ColumnElement[bool]] = [in_range(i.date_start, since, until)]
    if ids is not None:
        conds.append(i.id.in_(ids))
    if type:
        conds.append(func.upper(i.type) == type.strip().upper())
    stmt = select(t.incidents).where(*conds).order_by(*_dated_first(i.date_start), i.id).limit(limit)
    dm = t.duplicate_members.c
    with connect(store) as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
        sources = _grouped(
            (
                r.incident_id,
                {
                    "article_id": r.article_id,
                    "event_id": r.event_id,
                    "outlet": r.outlet,
                    "published": r.published,
                    "duplicate_group": r.group_id,
                },
            )
            for r in conn.execute(
                select(ie.incident_id, ie.article_id, ie.event_id, a.outlet, a.published, dm.group_id)
                .join(t.articles, a.id == ie.article_id)
                .outerjoin(t.duplicate_members, dm.article_id == ie.article_id)
                .where(ie.incident_id.in_([r["id"] for r in rows]))
                .order_by(*_dated_first(a.published), a.seq, ie.event_id)
            )
        )
        # the linker names actors by canonical entity id where it knows one: shown by name, ids kept apart
        named = {*(x for r in rows for x in json.loads(r["actors"] or "[]") + json.loads(r["recipients"] or "[]"))}
        ce = t.canonical_entities.c
        names = dict(conn.execute(select(ce.id, ce.name).where(ce.id.in_(named))).all()) if named else {}
    for r in rows:
        actors, recipients = json.loads(r["actors"] or "[]"), json.loads(r["recipients"] or "[]")
        r["actors"] = [names.get(x, x) for x in actors]
        r["recipients"] = [names.get(x, x) for x in recipients]
        r["actor_ids"] = [x for x in actors if x in names]
        r["recipient_ids"] = [x for x in recipients if x in names]
        r["sources"] = sources.get(r["id"], [])
    return rows


def stories(store: Store, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Stories, the latest first, with their article and incident counts and their article ids
    (oldest first)."""
    s, si, sa, a = t.stories.c, t.story_incidents.c, t.story_articles.c, t.articles.c
    n_incidents = select(func.count()).select_from(t.story_incidents).where(si.story_id == s.id).scalar_subquery()
    stmt = (
        select(s.id, s.title, s.first, s.last, s.n_articles, n_incidents.label("n_incidents"))
        .order_by(s.last.is_(None), s.last.desc(), s.id)
        .limit(limit)
    )
    with connect(store) as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
        members = _grouped(
            conn.execute(
                select(sa.story_id, sa.article_id)
                .join(t.articles, a.id == sa.article_id)
                .where(sa.story_id.in_([r["id"] for r in rows]))
                .order_by(*_dated_first(a.published), a.seq)
            )
        )
    for r in rows:
        r["articles"] = members.get(r["id"], [])
    return rows


def _resolve(conn: Connection, col: Any, given: str, what: tuple[str, str], where: str, hint: str) -> str:
    """The id in ``col`` equal to ``given``, or the only one starting with it; StoreError otherwise."""
    found = list(conn.execute(select(col).where(col.startswith(given, autoescape=True)).limit(50)).scalars())
    if given in found:
        return given
    if not found:
        raise StoreError(f"no {what[0]} with id {given!r} in {where} ({hint})")
    if len(found) > 1:
        raise StoreError(f"{len(found)} {what[1]} have ids starting with {given!r}: give more characters")
    return str(found[0])


def canonical_id(store: Store, given: str) -> str:
    """The canonical entity id ``given`` stands for (a whole id or a unique prefix)."""
    with connect(store) as conn:
        return _resolve(
            conn, t.canonical_entities.c.id, given, ("entity", "entities"), store.where, "see `dateline people`"
        )


def timeline(store: Store, story_id: str) -> dict[str, Any]:
    """A story and its items in date order: incidents, quotes and claims, each with its sentence.

    An incident is dated by its own date; a quote or claim by its article's published date. A claim
    made in a quote is not repeated: the quote carries its ``stance`` (asserts, denies).
    """
    s, sa, si = t.stories.c, t.story_articles.c, t.story_incidents.c
    with connect(store) as conn:
        sid = _resolve(conn, s.id, story_id, ("story", "stories"), store.where, "see `dateline stories`")
        story = dict(conn.execute(select(t.stories).where(s.id == sid)).one()._mapping)
        article_ids = list(conn.execute(select(sa.article_id).where(sa.story_id == sid)).scalars())
        incident_ids = list(conn.execute(select(si.incident_id).where(si.story_id == sid)).scalars())
        arts = records(conn, article_ids)
    items: list[dict[str, Any]] = []
    for inc in incidents(store, ids=incident_ids):
        src = next((x for x in inc["sources"] if x["article_id"] in arts), None)
        text = None
        if src:
            art = arts[src["article_id"]]
            ev = next((x for x in art.events if x.id == src["event_id"]), None)
            text = art.text[ev.evidence.start : ev.evidence.end] if ev else None
        items.append(
            {
                "kind": "incident",
                "date": inc["date_start"],
                "id": inc["id"],
                "article_id": src["article_id"] if src else None,
                "what": _incident_line(inc),
                "stance": None,
                "sentence": text.strip() if text else None,
            }
        )
    for art in arts.values():
        published = art.published.value if art.published else None
        # a claim made in a quote is that quote's stance, not an item of its own
        stance = {c.quote: c.stance for c in art.claims if c.quote}
        quoted = {qt.id for qt in art.quotes}
        for qt in art.quotes:
            who = qt.speaker.name or qt.speaker.descriptor or "unknown"
            denies = " (denies)" if stance.get(qt.id) == "denies" else ""
            items.append(
                {
                    "kind": "quote",
                    "date": published,
                    "id": qt.id,
                    "article_id": art.id,
                    "what": f"{who}{denies}: {qt.text}",
                    "stance": stance.get(qt.id),
                    "sentence": sentence(art.text, qt.start, qt.end),
                }
            )
        for c in art.claims:
            if c.quote in quoted:
                continue
            items.append(
                {
                    "kind": "claim",
                    "date": published,
                    "id": c.id,
                    "article_id": art.id,
                    "what": f"{c.claimant_name or 'unknown'} {c.stance}: {c.text}",
                    "stance": c.stance,
                    "sentence": art.text[c.evidence.start : c.evidence.end].strip(),
                }
            )
    order = {"incident": 0, "claim": 1, "quote": 2}
    items.sort(key=lambda x: (x["date"] is None, x["date"] or "", order[x["kind"]], x["article_id"] or "", x["id"]))
    return {"story": story, "items": items}


def _incident_line(inc: dict[str, Any]) -> str:
    """An incident in a few words: "ASSAULT in Gao (Army; rebels), killed 5-8, reported by 3 outlets"."""
    parts = [inc["type"] + (f" in {inc['place']}" if inc["place"] else "")]
    names = [*inc["actors"], *inc["recipients"]]
    if names:
        parts[0] += f" ({'; '.join(names)})"
    for status in ("killed", "wounded"):
        low, high = inc[f"{status}_min"], inc[f"{status}_max"]
        if low is not None:
            parts.append(f"{status} {low}" + (f"-{high}" if high not in (None, low) else ""))
    n = inc["n_outlets"]
    parts.append(f"reported by {n} outlet{'s' if n != 1 else ''}")
    return ", ".join(parts)


def records(conn: Connection, article_ids: Iterable[str]) -> dict[str, Article]:
    """The stored records of these articles, by id, in the order they were stored."""
    a = t.articles.c
    ids = sorted(set(article_ids))
    rows = conn.execute(select(a.id, a.record).where(a.id.in_(ids)).order_by(a.seq))
    return {r.id: Article.model_validate_json(r.record) for r in rows}
