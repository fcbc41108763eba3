"""One canonical entity per real person, organisation or place across articles.

Baseline: the same type and exactly the same name. To be replaced by evidence-based merging.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence

from ..record import Article
from .model import CanonicalEntity, Corrections, Ref


def link(articles: Sequence[Article], corrections: Corrections) -> list[CanonicalEntity]:
    groups: dict[tuple[str, str], list[Ref]] = defaultdict(list)
    for a in articles:
        for e in a.entities:
            groups[(e.type, e.name)].append(Ref(a.id, e.id))
    out = []
    for (typ, name), refs in sorted(groups.items()):
        key = hashlib.sha1(f"{min(refs)}".encode()).hexdigest()[:12]
        out.append(CanonicalEntity(id="p" + key, name=name, type=typ, members=sorted(refs)))
    return out
