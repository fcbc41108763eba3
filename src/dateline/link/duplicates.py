"""Near-duplicate articles (syndicated copies, updated versions).

Baseline: articles with identical normalised text. To be replaced by MinHash/LSH.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence

from ..record import Article
from .model import DuplicateGroup


def group(articles: Sequence[Article]) -> list[DuplicateGroup]:
    by_text: dict[str, list[str]] = defaultdict(list)
    for a in articles:
        key = hashlib.sha1(" ".join(a.text.lower().split()).encode()).hexdigest()
        by_text[key].append(a.id)
    return [
        DuplicateGroup(id="d" + key[:11], article_ids=sorted(ids), canonical=sorted(ids)[0])
        for key, ids in sorted(by_text.items())
        if len(ids) > 1
    ]
