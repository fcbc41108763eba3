"""Incidents: events from different articles that are the same happening.

Baseline: every event is its own incident. To be replaced by cross-document event coreference.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from ..record import Article
from .model import CanonicalEntity, DuplicateGroup, Incident, Ref


def link(
    articles: Sequence[Article], entities: Sequence[CanonicalEntity], duplicates: Sequence[DuplicateGroup]
) -> list[Incident]:
    out = []
    for a in articles:
        for ev in a.events:
            ref = Ref(a.id, ev.id)
            out.append(
                Incident(
                    id="i" + hashlib.sha1(f"{ref}".encode()).hexdigest()[:12],
                    type=ev.type,
                    events=[ref],
                    date_start=ev.date.value if ev.date else None,
                    date_end=(ev.date.end or ev.date.value) if ev.date else None,
                    place=ev.location.name if ev.location else None,
                    actors=list(ev.actors),
                    recipients=list(ev.recipients),
                    n_articles=1,
                    n_outlets=1,
                )
            )
    return out
