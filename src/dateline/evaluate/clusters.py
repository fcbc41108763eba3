"""Scores for a clustering against a gold clustering: pairwise P/R/F1, adjusted Rand index and B³.

A clustering is a list of sets of item ids (strings). An item the key holds and the
response does not is a singleton of the response (and the other way round), so a
response that leaves an item out is scored as having kept it alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from math import comb


def _index(clusters: Sequence[set[str]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, c in enumerate(clusters):
        for item in c:
            out[item] = i
    return out


def _complete(key: Sequence[set[str]], response: Sequence[set[str]]) -> tuple[list[set[str]], list[set[str]]]:
    """Both clusterings over the same items: what one of them lacks is a singleton there."""
    k_items = set().union(*key) if key else set()
    r_items = set().union(*response) if response else set()
    k = [set(c) for c in key if c] + [{x} for x in sorted(r_items - k_items)]
    r = [set(c) for c in response if c] + [{x} for x in sorted(k_items - r_items)]
    return k, r


def _prf(p: float, r: float) -> tuple[float, float, float]:
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise(key: Sequence[set[str]], response: Sequence[set[str]]) -> tuple[float, float, float]:
    """Precision, recall and F1 over the pairs of items put in one cluster.

    With no pair on one side its score is 1.0 (nothing claimed, nothing wrong), as
    scikit-learn's pair confusion counts do.
    """
    k, r = _complete(key, response)
    k_of = _index(k)
    same_r = sum(comb(len(c), 2) for c in r)
    same_k = sum(comb(len(c), 2) for c in k)
    both = 0
    for c in r:
        counts = Counter(k_of[x] for x in c)
        both += sum(comb(n, 2) for n in counts.values())
    p = both / same_r if same_r else 1.0
    rec = both / same_k if same_k else 1.0
    return _prf(p, rec)


def adjusted_rand(key: Sequence[set[str]], response: Sequence[set[str]]) -> float:
    """Hubert and Arabie's adjusted Rand index (1.0: the same clustering; about 0: chance)."""
    k, r = _complete(key, response)
    n = sum(len(c) for c in k)
    if n < 2:
        return 1.0
    k_of = _index(k)
    index = sum(comb(m, 2) for c in r for m in Counter(k_of[x] for x in c).values())
    sum_k = sum(comb(len(c), 2) for c in k)
    sum_r = sum(comb(len(c), 2) for c in r)
    expected = sum_k * sum_r / comb(n, 2)
    maximum = (sum_k + sum_r) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)


def b_cubed(key: list[set[str]], response: list[set[str]]) -> tuple[float, float, float]:
    """Bagga and Baldwin's B³: per item, the share of its response cluster that is in its key
    cluster (precision) and the share of its key cluster that is in its response cluster
    (recall), averaged over the items."""
    k, r = _complete(key, response)
    k_of, r_of = _index(k), _index(r)
    n = len(k_of)
    if not n:
        return 1.0, 1.0, 1.0
    p = rec = 0.0
    for item in k_of:
        kc, rc = k[k_of[item]], r[r_of[item]]
        both = len(kc & rc)
        p += both / len(rc)
        rec += both / len(kc)
    return _prf(p / n, rec / n)
