"""Link across articles: near-duplicates, one entity per real person or organisation,
incidents (the same happening in several reports) and stories.

``link(articles)`` is pure: records in, ``Links`` out. The store persists the result and
re-runs it as articles arrive; the algorithms live one per module.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..record import Article
from . import corrections as user_corrections
from . import duplicates, entities, incidents, stories
from .model import (
    CanonicalEntity,
    Corrections,
    DuplicateGroup,
    Incident,
    Links,
    Ref,
    Role,
    Story,
)

__all__ = [
    "CanonicalEntity",
    "Corrections",
    "DuplicateGroup",
    "Incident",
    "Links",
    "Ref",
    "Role",
    "Story",
    "link",
]


def link(articles: Sequence[Article], corrections: Corrections | None = None) -> Links:
    dups = duplicates.group(articles)
    fixes = corrections or Corrections()
    ents = user_corrections.apply(entities.link(articles, fixes), fixes)
    incs = incidents.link(articles, ents, dups)
    return Links(
        duplicates=dups,
        entities=ents,
        incidents=incs,
        stories=stories.group(articles, ents, incs, dups),
    )
