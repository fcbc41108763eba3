"""Stories: articles about one developing story.

Two articles are close when they name the same canonical entities (weighted by how rare each
entity is across the articles: a country named everywhere says little, a defendant's name a
lot), use the same rare words (tf-idf cosine), report a shared incident, or are copies of one
report. Articles published further apart than ``window_days`` are never close. Stories are
the clusters of average-link agglomerative clustering cut at ``threshold``: a story holds
articles that are close on average, not a chain of pairwise resemblances, so two stories on
one topic (two different earthquakes in one region) stay two. Settings: ``stories`` in
data/link.yaml.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from .. import rules
from ..record import Article
from .model import CanonicalEntity, DuplicateGroup, Incident, Story
from .text import cosines, published, tfidf, word_bags


def _settings() -> dict:
    return dict(rules.load_yaml("link.yaml")["stories"])


def similarity(
    articles: Sequence[Article],
    entities: Sequence[CanonicalEntity],
    incidents: Sequence[Incident],
    duplicates: Sequence[DuplicateGroup],
) -> np.ndarray:
    """The articles' pairwise closeness in [0, 1] (1 on the diagonal)."""
    cfg = _settings()
    index = {a.id: i for i, a in enumerate(articles)}
    text = cosines(tfidf(word_bags(articles)))
    named: list[Counter[str]] = [Counter() for _ in articles]
    kinds = set(cfg["entity_types"])
    for e in entities:
        if e.type not in kinds:
            continue
        for r in e.members:
            if r.article_id in index:
                named[index[r.article_id]][e.id] = 1
    ents = cosines(tfidf(named))
    shared = np.zeros_like(text)
    for inc in incidents:
        arts = sorted({index[r.article_id] for r in inc.events if r.article_id in index})
        for x in arts:
            for y in arts:
                if x != y:
                    shared[x, y] = 1.0
    sim = cfg["text_weight"] * text + cfg["entity_weight"] * ents + cfg["incident_weight"] * shared
    sim = np.minimum(sim, 1.0)
    for g in duplicates:
        arts = [index[i] for i in g.article_ids if i in index]
        for x in arts:
            for y in arts:
                sim[x, y] = 1.0
    days = np.array([d.toordinal() if (d := published(a)) else np.nan for a in articles], dtype=float)
    with np.errstate(invalid="ignore"):
        far = np.abs(days[:, None] - days[None, :]) > float(cfg["window_days"])  # False where a date is unknown
    sim[far] = 0.0
    np.fill_diagonal(sim, 1.0)
    return sim


def clusters(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-link clusters of the similarity matrix, cut where the mean closeness drops below ``threshold``."""
    n = sim.shape[0]
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    dist = 1.0 - sim
    np.fill_diagonal(dist, 0.0)
    labels = fcluster(
        linkage(squareform(dist, checks=False), method="average"), t=1.0 - threshold, criterion="distance"
    )
    out: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        out[int(label)].append(i)
    return list(out.values())


def group(
    articles: Sequence[Article],
    entities: Sequence[CanonicalEntity],
    incidents: Sequence[Incident],
    duplicates: Sequence[DuplicateGroup],
) -> list[Story]:
    articles = sorted(articles, key=lambda a: a.id)
    sim = similarity(articles, entities, incidents, duplicates)
    by_article: dict[str, set[str]] = defaultdict(set)
    for inc in incidents:
        for r in inc.events:
            by_article[r.article_id].add(inc.id)
    out = []
    for members in clusters(sim, float(_settings()["threshold"])):
        arts = [articles[i] for i in members]
        dated = sorted((d, a.id) for a in arts if (d := published(a)))
        first = min(arts, key=lambda a: (published(a) or date.max, a.id))
        ids = sorted(a.id for a in arts)
        out.append(
            Story(
                id="s" + hashlib.sha1(ids[0].encode()).hexdigest()[:12],
                title=first.title or first.text[:80],
                article_ids=ids,
                incidents=sorted(set().union(*(by_article[i] for i in ids))),
                first=dated[0][0].isoformat() if dated else None,
                last=dated[-1][0].isoformat() if dated else None,
            )
        )
    return sorted(out, key=lambda s: s.id)
