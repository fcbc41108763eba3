"""Stories: articles about one developing story.

Baseline: every article is its own story. To be replaced by grouping on shared entities,
time and text similarity.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..record import Article
from .model import CanonicalEntity, DuplicateGroup, Incident, Story


def group(
    articles: Sequence[Article],
    entities: Sequence[CanonicalEntity],
    incidents: Sequence[Incident],
    duplicates: Sequence[DuplicateGroup],
) -> list[Story]:
    by_article = {r.article_id: inc.id for inc in incidents for r in inc.events}
    return [
        Story(
            id="s" + a.id[:12],
            title=a.title or a.text[:80],
            article_ids=[a.id],
            incidents=sorted({v for k, v in by_article.items() if k == a.id}),
            first=a.published.value[:10] if a.published else None,
            last=a.published.value[:10] if a.published else None,
        )
        for a in articles
    ]
