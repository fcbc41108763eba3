"""Near-duplicate articles: syndicated copies and updated versions of one report.

Each article is a set of word shingles (``shingle_words`` words in a row). MinHash and LSH
(datasketch) find the candidate pairs without comparing every pair; each candidate is then
checked on its exact shingle sets: a copy shares most of all shingles (Jaccard), an updated
version holds most of the earlier text (containment of the shorter in the longer).
Two reporters' accounts of one event share names and numbers but few five-word runs, so
they are not grouped: they are two sources. Thresholds: ``duplicates`` in data/link.yaml.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

from .. import rules
from ..record import Article
from .model import DuplicateGroup

_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _settings() -> dict[str, float]:
    return dict(rules.load_yaml("link.yaml")["duplicates"])


def shingles(text: str, n: int) -> set[str]:
    """The article's runs of ``n`` words, lower-cased, punctuation and layout dropped."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def _text(a: Article) -> str:
    return f"{a.title}\n\n{a.text}" if a.title else a.text


def similar(a: set[str], b: set[str]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller set in the larger) of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0
    both = len(a & b)
    return both / len(a | b), both / min(len(a), len(b))


def pairs(articles: Sequence[Article]) -> list[tuple[str, str]]:
    """The pairs of article ids that are copies or versions of one another."""
    cfg = _settings()
    n = int(cfg["shingle_words"])
    sets = {a.id: shingles(_text(a), n) for a in articles}
    exact: dict[str, str] = {}
    out: set[tuple[str, str]] = set()
    lsh = MinHashLSH(threshold=float(cfg["candidate_jaccard"]), num_perm=int(cfg["num_perm"]))
    for aid in sorted(sets):
        s = sets[aid]
        key = hashlib.sha1("\n".join(sorted(s)).encode()).hexdigest()
        if key in exact and exact[key] != aid:
            out.add((exact[key], aid))
            continue
        exact[key] = aid
        if len(s) < cfg["min_shingles"]:
            continue
        m = MinHash(num_perm=int(cfg["num_perm"]), seed=1)
        m.update_batch([x.encode("utf-8") for x in s])
        for other in lsh.query(m):
            jac, cont = similar(s, sets[other])
            if jac >= cfg["same_jaccard"] or cont >= cfg["contained"]:
                out.add((min(aid, other), max(aid, other)))
        lsh.insert(aid, m)
    return sorted(out)


def group(articles: Sequence[Article]) -> list[DuplicateGroup]:
    """Groups of two or more articles that are one report; the longest version is shown for the group."""
    parent = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x, y in pairs(articles):
        ra, rb = find(x), find(y)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[str, list[str]] = {}
    for a in articles:
        members.setdefault(find(a.id), []).append(a.id)
    length = {a.id: len(a.text) for a in articles}
    out = []
    for ids in members.values():
        if len(ids) < 2:
            continue
        ids = sorted(set(ids))
        canonical = max(ids, key=lambda i: (length[i], -ids.index(i)))
        out.append(
            DuplicateGroup(
                id="d" + hashlib.sha1(ids[0].encode()).hexdigest()[:11], article_ids=ids, canonical=canonical
            )
        )
    return sorted(out, key=lambda g: g.id)
