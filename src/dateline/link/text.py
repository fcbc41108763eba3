"""What linking reads of an article's words: its published day and its tf-idf word vector."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from functools import cache

import numpy as np

from ..record import Article

_WORD = re.compile(r"[^\W\d_]{3,}")


@cache
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # the word list only: no pipeline is loaded

    return frozenset(STOP_WORDS)


def published(a: Article) -> date | None:
    """The article's published day, or None when unknown or unreadable."""
    if a.published is None:
        return None
    try:
        return date.fromisoformat(a.published.value[:10])
    except ValueError:
        return None


def word_bags(articles: Sequence[Article]) -> list[Counter[str]]:
    """Each article's words of three letters or more, lower-cased, stop words left out (title included)."""
    stop = stop_words()
    return [Counter(w for w in _WORD.findall(f"{a.title or ''}\n{a.text}".lower()) if w not in stop) for a in articles]


def tfidf(bags: list[Counter[str]]) -> list[dict[str, float]]:
    """Unit tf-idf vectors (sublinear tf, smoothed idf) of the bags."""
    n = len(bags)
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    idf = {k: math.log((1 + n) / (1 + v)) + 1 for k, v in df.items()}
    out = []
    for bag in bags:
        row = {k: (1 + math.log(c)) * idf[k] for k, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in row.values()))
        out.append({k: v / norm for k, v in row.items()} if norm else {})
    return out


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(w * b.get(k, 0.0) for k, w in a.items())


# A feature is skipped by ``cosines`` only when more than half of the vectors hold it and more
# than this many: on thousands of articles such a word separates nothing and its pairs are what
# makes the loop slow; in a small store it is the story itself (five reports of one clash among
# eight articles all say "soldiers" and the district's name), and the loop is fast anyway.
_SKIP_MIN = 100


def cosines(vectors: list[dict[str, float]]) -> np.ndarray:
    """All pairwise cosines of unit vectors (0 on the diagonal). A feature in more than half of
    the vectors (and in more than ``_SKIP_MIN``) separates nothing and is skipped: that keeps this
    fast on thousands of articles."""
    n = len(vectors)
    sim = np.zeros((n, n))
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, v in enumerate(vectors):
        for k, w in v.items():
            postings[k].append((i, w))
    for items in postings.values():
        if len(items) < 2 or len(items) > max(_SKIP_MIN, n // 2):
            continue
        for x in range(len(items)):
            i, wi = items[x]
            for y in range(x + 1, len(items)):
                j, wj = items[y]
                sim[i, j] += wi * wj
    return sim + sim.T
