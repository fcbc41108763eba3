"""Coreference scores over clusterings: MUC, B-cubed, CEAF-e and their mean, CoNLL F1.

A clustering is a list of sets of mention ids (singletons included). The definitions are
those of the reference scorer (Pradhan et al. 2014, reference-coreference-scorers v8.01):

- MUC (Vilain et al. 1995): links. Recall is, over key clusters K, the sum of
  ``|K| - p(K)`` over the sum of ``|K| - 1``, where ``p(K)`` is how many parts the
  response cuts K into (a mention the response lacks is a part of its own); precision
  is the same with key and response swapped.
- B-cubed (Bagga & Baldwin 1998): per mention, the share of its key cluster that its
  response cluster holds (recall) and the reverse (precision), averaged over mentions.
- CEAF-e (Luo 2005): the best one-to-one alignment of key and response clusters under
  ``phi4 = 2 |K & R| / (|K| + |R|)``; its total over the number of key clusters is recall,
  over the number of response clusters precision. The alignment is solved exactly
  (Hungarian method), one connected block of overlapping clusters at a time.

``read_conll`` reads the one-column CoNLL files of the ECB+ reference scoring
(``mention_id<TAB>(3)``, ``(3)|(7)`` for a mention in two clusters).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

Clustering = Sequence[set[str]]
Scores = tuple[float, float, float]  # recall, precision, F1

_CLUSTER = re.compile(r"\((\d+)\)")


def read_conll(path: str | Path) -> list[set[str]]:
    """The clusters of a CoNLL key or response file whose mentions are one line each."""
    clusters: dict[str, set[str]] = defaultdict(set)
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        mention, _, tags = line.rpartition("\t")
        if not mention:
            mention, _, tags = line.strip().rpartition(" ")
        for cid in _CLUSTER.findall(tags):
            clusters[cid].add(mention.strip())
    return list(clusters.values())


def _f1(recall: float, precision: float) -> float:
    return 2 * recall * precision / (recall + precision) if recall + precision else 0.0


def _index(clusters: Clustering) -> dict[str, int]:
    return {m: i for i, c in enumerate(clusters) for m in c}


def _muc_recall(key: Clustering, response: Clustering) -> tuple[int, int]:
    where = _index(response)
    num = den = 0
    for k in key:
        if len(k) < 2:
            continue
        parts = {where.get(m, -1 - i) for i, m in enumerate(sorted(k))}
        num += len(k) - len(parts)
        den += len(k) - 1
    return num, den


def muc(key: Clustering, response: Clustering) -> Scores:
    rn, rd = _muc_recall(key, response)
    pn, pd = _muc_recall(response, key)
    r = rn / rd if rd else 0.0
    p = pn / pd if pd else 0.0
    return r, p, _f1(r, p)


def _b3_recall(key: Clustering, response: Clustering) -> float:
    where = _index(response)
    total = 0.0
    n = 0
    for k in key:
        overlap: dict[int, int] = defaultdict(int)
        for m in k:
            if m in where:
                overlap[where[m]] += 1
        total += sum(c * c for c in overlap.values()) / len(k)
        n += len(k)
    return total / n if n else 0.0


def b_cubed(key: list[set[str]], response: list[set[str]]) -> tuple[float, float, float]:
    """(recall, precision, F1) of B-cubed."""
    r = _b3_recall(key, response)
    p = _b3_recall(response, key)
    return r, p, _f1(r, p)


def _hungarian_max(weights: list[list[float]]) -> float:
    """The largest total weight of a one-to-one assignment (rows no more than columns)."""
    n = len(weights)
    m = len(weights[0]) if n else 0
    if n == 0 or m == 0:
        return 0.0
    big = max(max(row) for row in weights)
    cost = [[big - w for w in row] for row in weights]  # minimise cost = maximise weight
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)  # p[j]: the row matched to column j (1-based; 0 = none)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            row = cost[i0 - 1]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return sum(weights[p[j] - 1][j - 1] for j in range(1, m + 1) if p[j])


def _blocks(key: Clustering, response: Clustering) -> Iterable[tuple[list[int], list[int]]]:
    """Connected blocks of key and response clusters that share mentions (union-find)."""
    parent = list(range(len(key) + len(response)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    where = _index(key)
    for j, r in enumerate(response):
        for m in r:
            if m in where:
                a, b = find(where[m]), find(len(key) + j)
                if a != b:
                    parent[a] = b
    groups: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i in range(len(key)):
        groups[find(i)][0].append(i)
    for j in range(len(response)):
        groups[find(len(key) + j)][1].append(j)
    return groups.values()


def ceaf_e(key: Clustering, response: Clustering) -> Scores:
    total = 0.0
    for ks, rs in _blocks(key, response):
        if not ks or not rs:
            continue
        rows, cols = (ks, rs) if len(ks) <= len(rs) else (rs, ks)
        a, b = (key, response) if len(ks) <= len(rs) else (response, key)
        weights = [[2 * len(a[i] & b[j]) / (len(a[i]) + len(b[j])) for j in cols] for i in rows]
        total += _hungarian_max(weights)
    r = total / len(key) if key else 0.0
    p = total / len(response) if response else 0.0
    return r, p, _f1(r, p)


@dataclass(frozen=True)
class CorefScores:
    """(recall, precision, F1) of each metric; ``conll`` is the mean of the three F1s."""

    muc: Scores
    bcub: Scores
    ceafe: Scores

    @property
    def conll(self) -> float:
        return (self.muc[2] + self.bcub[2] + self.ceafe[2]) / 3


def conll(key: Clustering, response: Clustering) -> CorefScores:
    """MUC, B-cubed and CEAF-e of ``response`` against ``key``."""
    return CorefScores(muc(key, response), b_cubed(list(key), list(response)), ceaf_e(key, response))
