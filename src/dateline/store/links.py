"""The links across articles (``dateline.link.Links``) as rows of the link tables, and the
user's entity corrections back from theirs.

A relink replaces every derived link row; ``entity_corrections`` is user data and is only
ever added to.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Table

from ..link.model import Corrections, Links, Ref
from .rows import _int
from .schema import (
    canonical_aliases,
    canonical_entities,
    canonical_roles,
    duplicate_groups,
    duplicate_members,
    entity_links,
    incident_events,
    incidents,
    stories,
    story_articles,
    story_incidents,
)

KINDS = ("must_link", "cannot_link")


def link_rows(links: Links) -> list[tuple[Table, list[dict[str, Any]]]]:
    """Rows for every derived link table, parents before children.

    A key listed twice (the same mention in two canonical entities, an alias repeated) is one row,
    the first one: the tables' primary keys say each fact is stated once.
    """
    out: list[tuple[Table, dict[tuple[Any, ...], dict[str, Any]]]] = [
        (t, {})
        for t in (
            duplicate_groups,
            duplicate_members,
            canonical_entities,
            canonical_aliases,
            canonical_roles,
            entity_links,
            incidents,
            incident_events,
            stories,
            story_articles,
            story_incidents,
        )
    ]
    rows = {t.name: r for t, r in out}

    def put(table: Table, row: dict[str, Any]) -> None:
        key = tuple(row[c.name] for c in table.primary_key.columns)
        rows[table.name].setdefault(key, row)

    for d in links.duplicates:
        put(duplicate_groups, {"group_id": d.id, "canonical_article": d.canonical or None})
        for aid in d.article_ids:
            put(duplicate_members, {"group_id": d.id, "article_id": aid})
    for e in links.entities:
        n_articles = len({r.article_id for r in e.members})
        put(
            canonical_entities,
            {"id": e.id, "name": e.name, "type": e.type, "geonames_id": _int(e.geonames_id), "n_articles": n_articles},
        )
        for alias in e.aliases:
            put(canonical_aliases, {"entity_id": e.id, "alias": alias})
        for role in e.roles:
            put(
                canonical_roles,
                {"entity_id": e.id, "title": role.title, "article_id": role.article_id, "published": role.published},
            )
        for ref in e.members:
            put(entity_links, {"article_id": ref.article_id, "entity_id": ref.item_id, "canonical_id": e.id})
    for i in links.incidents:
        put(
            incidents,
            {
                "id": i.id,
                "type": i.type,
                "date_start": i.date_start,
                "date_end": i.date_end,
                "place": i.place,
                "actors": json.dumps(i.actors, ensure_ascii=False),
                "recipients": json.dumps(i.recipients, ensure_ascii=False),
                "killed_min": _int(i.killed_min),
                "killed_max": _int(i.killed_max),
                "wounded_min": _int(i.wounded_min),
                "wounded_max": _int(i.wounded_max),
                "n_articles": i.n_articles,
                "n_outlets": i.n_outlets,
            },
        )
        for ref in i.events:
            put(incident_events, {"incident_id": i.id, "article_id": ref.article_id, "event_id": ref.item_id})
    for s in links.stories:
        put(
            stories,
            {"id": s.id, "title": s.title, "first": s.first, "last": s.last, "n_articles": len(set(s.article_ids))},
        )
        for aid in s.article_ids:
            put(story_articles, {"story_id": s.id, "article_id": aid})
        for iid in s.incidents:
            put(story_incidents, {"story_id": s.id, "incident_id": iid})
    return [(t, list(r.values())) for t, r in out]


def corrections_from_rows(rows: list[Any]) -> Corrections:
    """Corrections from ``entity_corrections`` rows, in the order they were made."""
    out = Corrections()
    for r in rows:
        pair = (Ref(r.a_article, r.a_entity), Ref(r.b_article, r.b_entity))
        (out.must_link if r.kind == "must_link" else out.cannot_link).append(pair)
    return out
