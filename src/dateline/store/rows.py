"""A record as table rows: the article row and the rows of every fact inside it.

Every fact row keeps its article id and offsets, so it points back at its sentence. The
whole record is also kept as JSON in ``articles.record``: the rows are for querying.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table

from ..record import Article, Claim, Event, Quote
from .schema import casualties, claims, entities, entity_mentions, event_mentions, events, quotes, timexes

# The largest integer an SQLite INTEGER (and a PostgreSQL BIGINT) holds: counts beyond it are
# kept in the record JSON only.
MAX_INTEGER = 2**63 - 1


def fact_rows(article: Article) -> list[tuple[Table, list[dict[str, Any]]]]:
    """The rows of every table under ``articles`` for this record, parents before children."""
    a = article
    names = {e.id: e.name for e in a.entities}
    return [
        (entities, [_entity_row(a.id, e) for e in a.entities]),
        (entity_mentions, _mention_rows(a.id, "entity_id", [(e.id, e.mentions) for e in a.entities])),
        (quotes, [_quote_row(a.id, q) for q in a.quotes]),
        (events, [_event_row(a.id, ev, names) for ev in a.events]),
        (event_mentions, _mention_rows(a.id, "event_id", [(ev.id, ev.mentions) for ev in a.events])),
        (casualties, [_casualty_row(a.id, ev.id, n, c) for ev in a.events for n, c in enumerate(ev.casualties)]),
        (claims, [_claim_row(a.id, c) for c in a.claims]),
        (timexes, [_timex_row(a.id, n, t) for n, t in enumerate(a.timexes)]),
    ]


def _mention_rows(article_id: str, key: str, items: list[tuple[str, list[Any]]]) -> list[dict[str, Any]]:
    rows: dict[tuple[str, int, int], dict[str, Any]] = {}
    for item_id, mentions in items:
        for m in mentions:  # a span listed twice is one row
            rows.setdefault(
                (item_id, m.start, m.end), {"article_id": article_id, key: item_id, "start": m.start, "end": m.end}
            )
    return list(rows.values())


def _casualty_row(article_id: str, event_id: str, n: int, c: Any) -> dict[str, Any]:
    part_of = getattr(c, "part_of", None)
    return {
        "article_id": article_id,
        "event_id": event_id,
        "n": n,
        "status": c.status,
        "count": _int(c.count),
        "count_max": _int(c.count_max),
        "group": c.group,
        "part_of": part_of if isinstance(part_of, int) else None,
    }


def _timex_row(article_id: str, n: int, t: Any) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "n": n,
        "start": t.start,
        "end": t.end,
        "text": t.text,
        "value": t.value,
        "end_value": t.end_value,
        "precision": t.precision,
        "anchor": t.anchor,
    }


def _int(n: int | None) -> int | None:
    """A count as the store can hold it: one beyond SQLite's integers is kept in the record JSON only."""
    return n if n is None or -MAX_INTEGER <= n <= MAX_INTEGER else None


def article_row(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "version": a.version,
        "title": a.title,
        "published": a.published.value if a.published else None,
        "dateline_place": a.dateline.place if a.dateline else None,
        "language": a.language,
        "source_path": a.source.path,
        "source_index": a.source.index,
        "source_url": a.source.url,
        "outlet": a.source.outlet,
        "text": a.text,
        "n_entities": len(a.entities),
        "record": json.dumps(a.model_dump(mode="json"), ensure_ascii=False),
        "stored_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _entity_row(article_id: str, e: Any) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "entity_id": e.id,
        "name": e.name,
        "type": e.type,
        "n_mentions": len(e.mentions),
        "country_code": e.geo.country_code if e.geo else None,
        "lat": e.geo.lat if e.geo else None,
        "lon": e.geo.lon if e.geo else None,
        "geonames_id": _int(e.geo.geonames_id) if e.geo else None,
    }


def _quote_row(article_id: str, q: Quote) -> dict[str, Any]:
    sp = q.speaker
    return {
        "article_id": article_id,
        "quote_id": q.id,
        "kind": q.kind,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "speaker": sp.name or sp.descriptor,
        "speaker_entity": sp.entity,
        "anonymous": sp.anonymous,
        "cue": q.cue,
        "channel": q.channel,
    }


def _event_row(article_id: str, ev: Event, names: dict[str, str]) -> dict[str, Any]:
    def toll(status: str) -> int | None:
        # one figure per group: a toll reported again ("14 people", later "20 people") is the
        # highest, different groups ("5 soldiers", "25 militants") add up; a subgroup
        # ("including 9 foreigners", part_of set) is inside a figure already counted
        by_group: dict[str, int] = {}
        for c in ev.casualties:
            if c.status == status and c.count is not None and getattr(c, "part_of", None) is None:
                key = (c.group or "").lower()
                by_group[key] = max(by_group.get(key, 0), c.count)
        return _int(sum(by_group.values())) if by_group else None

    return {
        "article_id": article_id,
        "event_id": ev.id,
        "type": ev.type,
        "mode": ev.mode,
        "trigger": ev.trigger,
        "actors": "; ".join(names.get(x, x) for x in ev.actors) or None,
        "recipients": "; ".join(names.get(x, x) for x in ev.recipients) or None,
        "location": ev.location.name if ev.location else None,
        "date": ev.date.value if ev.date else None,
        "killed": toll("killed"),
        "wounded": toll("wounded"),
        "negated": ev.negated,
        "hypothetical": ev.hypothetical,
        "reported_by": ev.reported_by,
        "evidence_start": ev.evidence.start,
        "evidence_end": ev.evidence.end,
    }


def _claim_row(article_id: str, c: Claim) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "claim_id": c.id,
        "stance": c.stance,
        "claimant": c.claimant_name,
        "claimant_entity": c.claimant,
        "text": c.text,
        "responds_to": c.responds_to,
    }
