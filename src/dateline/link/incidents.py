"""Incidents: event mentions from different reports that are the same happening.

One algorithm, two adapters. Each event mention becomes a ``Mention`` (its trigger's word
family and category, the dates, places and participants its sentence states, the words around
it); ``cluster`` groups mentions, and

- ``link`` (the product) turns dateline's own extracted events into mentions (one per sentence
  and kind of happening: "killed ... wounded ... attacked" in one sentence is one mention that
  any of its triggers may match) and the groups into ``Incident`` records: every event a
  source, the date range the reports allow, the place, the actors and the lowest and highest
  casualty counts;
- ``mention_at`` is the same feature builder for any span of an article, which the ECB+
  benchmark (bench/ecbplus_events.py) calls on the corpus's gold event mentions.

``cluster`` is plain and explainable: two mentions may be linked when their triggers are one
word family (data/link.yaml), or their categories are compatible and they name one place and
one date; their score adds how alike their documents are (tf-idf cosine of content words),
their sentences and their participants, and a little for one shared single day; clusters join
by average link, and never when any two of their mentions have dates or places that cannot be
one happening (a veto).

Thresholds, word families and compatible categories live in data/link.yaml.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from .. import rules
from ..record import Article, Event, date_range
from .model import CanonicalEntity, DuplicateGroup, Incident, Ref

__all__ = ["Mention", "Params", "cluster", "context", "date_range", "link", "mention_at", "params", "words"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+(?=[A-Z\"'(\[])|\n\s*\n")
_INFLECTIONS = (
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("es", ""),
    ("s", ""),
)
_ACTOR_TYPES = {"PERSON", "ORG", "NORP"}


@dataclass(frozen=True)
class Params:
    """The thresholds in data/link.yaml (``incidents``); see the comments there."""

    doc_weight: float
    doc_entity_count: int
    doc_entity_types: frozenset[str]
    sentence_weight: float
    actor_weight: float
    link_threshold: float
    when_where_weight: float
    same_day_weight: float
    doc_date_days: int
    doc_date_penalty: float
    idf_floor: float
    date_slack_days: int
    place_km: float


@cache
def params() -> Params:
    cfg = dict(rules.load_yaml("link.yaml")["incidents"])
    cfg["doc_entity_types"] = frozenset(cfg["doc_entity_types"])
    return Params(**cfg)


@cache
def _families() -> dict[str, frozenset[int]]:
    out: dict[str, set[int]] = defaultdict(set)
    # the written families, then the trigger pairs learned from the ECB+ train topics
    # (data/link_learned.yaml, made by bench/ecbplus_families.py)
    fams = rules.load_yaml("link.yaml")["families"] + (rules.load_yaml("link_learned.yaml")["families"] or [])
    for i, fam in enumerate(fams):
        for w in fam:
            out[str(w).lower()].add(i)
    return {w: frozenset(ids) for w, ids in out.items()}


@cache
def _categories() -> dict[str, str]:
    """Trigger lemma -> PLOVER category, from dateline's own event triggers."""
    out: dict[str, str] = {}
    for cat, items in rules.load_yaml("events.yaml")["triggers"].items():
        for item in items:
            word = next(iter(item)) if isinstance(item, dict) else item
            out.setdefault(str(word).lower(), str(cat))
    return out


@cache
def _compatible() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for group in rules.load_yaml("link.yaml")["compatible_categories"]:
        for c in group:
            out[c].update(group)
    return {c: frozenset(g) for c, g in out.items()}


@cache
def _stopwords() -> frozenset[str]:
    return rules.word_set("language.yaml", "english_function_words")


def _stem(word: str) -> str:
    """A crude, deterministic stem ("bombings" and "bombed" -> "bomb") for comparing words."""
    w = word.lower()
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "shott" (shotted) / "bombb": a doubled final consonant
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]  # "drive" and "driving" both "driv"
    return w


def words(text: str) -> Counter[str]:
    """Content words of ``text``, stemmed, without function words."""
    stop = _stopwords()
    return Counter(_stem(w) for w in _WORD.findall(text) if len(w) > 2 and w.lower() not in stop)


def context(article: Article, canonical: Mapping[Ref, CanonicalEntity] | None = None) -> Counter[str]:
    """What ``cluster`` compares documents by: the content words of ``article`` (``words``) and
    each name it gives (a canonical entity's id when known, else the name) as one more word,
    counted ``doc_entity_count`` times a mention. Two reports of one topic share its vocabulary
    ("climber", "fell", "ridge"); the people and places they name tell its two happenings apart
    (on ECB+ dev and train, same-story document pairs rank above same-topic ones more often).
    """
    p = params()
    out = words(article.text)
    for e in article.entities:
        if e.type not in p.doc_entity_types:
            continue
        if not e.mentions:
            # an entity with no mention in the body (the dateline's place, a name only in the
            # headline) is no word of the text: every WASHINGTON story would share its dateline's
            # city, and a zero count would be a word with no weight (and log(0))
            continue
        c = canonical.get(Ref(article.id, e.id)) if canonical else None
        out["@" + (c.id if c is not None else _name_key(e.name))] += p.doc_entity_count * len(e.mentions)
    return out


def lemma_key(lemma: str, head: str | None = None) -> str:
    """The form a trigger is compared by: the known trigger word or phrase it is or inflects,
    else the stem of its head word (``head``, by default its last word)."""
    lem = " ".join(lemma.lower().split())
    known = _families().keys() | _categories().keys()
    if lem in known:
        return lem
    last = (head or (lem.split()[-1] if lem else lem)).lower()
    for cand in (lem, last):
        for suffix, repl in _INFLECTIONS:
            if cand.endswith(suffix) and cand[: -len(suffix)] + repl in known:
                return cand[: -len(suffix)] + repl
        if cand in known:
            return cand
    return _stem(_verb_of(last))


# Nouns made from verbs, by their ending: "nomination" is compared as "nominate", "collision"
# as "collide", "announcement" as "announce". Longest ending first; the stem left must be 3+ letters.
_DERIVATIONS = (("ation", "ate"), ("sion", "de"), ("tion", "t"), ("ment", ""))


def _verb_of(noun: str) -> str:
    for suffix, repl in _DERIVATIONS:
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 4:
            return noun[: -len(suffix)] + repl
    return noun


_Place = tuple[str, str | None, float | None, float | None]  # name, country code, lat, lon


@dataclass(frozen=True)
class Mention:
    """What one event mention says: the features ``cluster`` compares."""

    ref: Ref  # (article id, event id or mention id)
    lemma: str  # the trigger's lemma key (``lemma_key``)
    category: str | None = None  # PLOVER category when the trigger is one of dateline's
    dates: tuple[tuple[date, date], ...] = ()  # the days the mention's own date allows
    places: tuple[_Place, ...] = ()  # name, country, lat, lon
    actors: frozenset[str] = frozenset()
    sentence: Mapping[str, int] = field(default_factory=dict)
    keys: frozenset[str] = frozenset()  # more trigger keys that tell the same happening (one sentence's)


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span: from the previous sentence end to the next."""
    s = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        s = m.end()
    m2 = _SENTENCE_END.search(text, end)
    return s, (m2.start() + 1 if m2 else len(text))


def _name_key(name: str) -> str:
    return " ".join(name.lower().split())


def _place(loc_name: str, geo: object) -> _Place:
    cc = getattr(geo, "country_code", None)
    return (_name_key(loc_name), cc, getattr(geo, "lat", None), getattr(geo, "lon", None))


def mention_at(
    article: Article,
    ref: Ref,
    start: int,
    end: int,
    lemma: str,
    sentence: tuple[int, int] | None = None,
) -> Mention:
    """The features of the event mention at ``article.text[start:end]`` whose trigger lemma is ``lemma``.

    Its date and place come from a dateline event whose trigger it is, when that event states
    them in its clause or sentence (a time expression elsewhere in the sentence may date another
    happening) or, for the place, when the article's dateline gives it; its category from that
    event or from dateline's trigger table; its participants are the people and organisations
    its sentence names.
    """
    s0, s1 = sentence or _sentence_span(article.text, start, end)
    key = lemma_key(lemma)
    ev = _event_at(article, start, end)
    category = ev.type if ev is not None else _categories().get(key)
    dates: list[tuple[date, date]] = []
    places: list[_Place] = []
    if ev is not None and ev.date is not None and ev.date_source in ("clause", "sentence"):
        r = date_range(ev.date)
        if r:
            dates.append(r)
    if ev is not None and ev.location is not None and ev.location_source in ("clause", "sentence", "dateline"):
        places.append(_place(ev.location.name, ev.location.geo))
    actors: set[str] = set()
    for e in article.entities:
        if not any(s0 <= m.start < s1 for m in e.mentions):
            continue
        if e.type in _ACTOR_TYPES:
            actors.add(_name_key(e.name))
    return Mention(
        ref=ref,
        lemma=key,
        category=category,
        dates=tuple(dates),
        places=tuple(places),
        actors=frozenset(actors),
        sentence=words(article.text[s0:s1]),
    )


def _event_at(article: Article, start: int, end: int) -> Event | None:
    for ev in article.events:
        span = ev.trigger_span or ev.evidence
        if span.start < end and start < span.end:
            return ev
    return None


# --- the algorithm ------------------------------------------------------------------------


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def _tfidf(docs: Mapping[str, Mapping[str, int]], floor: float) -> dict[str, dict[str, float]]:
    """Sublinear tf times smoothed idf plus ``floor`` (so that a word in every document still
    counts: two reports of one clash share most of their words)."""
    df: Counter[str] = Counter()
    for c in docs.values():
        df.update(c.keys())
    n = len(docs)
    return {
        d: {w: (1 + math.log(k)) * (floor + math.log((1 + n) / (1 + df[w]))) for w, k in c.items()}
        for d, c in docs.items()
    }


def _days_apart(a: tuple[date, date], b: tuple[date, date]) -> int:
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


def _veto(a: Mention, b: Mention, p: Params) -> bool:
    """Dates, places or categories that cannot be one happening."""
    if a.dates and b.dates and all(_days_apart(x, y) > p.date_slack_days for x in a.dates for y in b.dates):
        return True
    if a.places and b.places:
        names_a = {x[0] for x in a.places}
        if not names_a & {y[0] for y in b.places} and all(_far(x, y, p) for x in a.places for y in b.places):
            return True
    return bool(a.category and b.category and b.category not in _compatible().get(a.category, frozenset({a.category})))


def _far(x: _Place, y: _Place, p: Params) -> bool:
    if x[1] and y[1] and x[1] != y[1]:
        return True
    if x[2] is not None and x[3] is not None and y[2] is not None and y[3] is not None:
        return _km((x[2], x[3]), (y[2], y[3])) > p.place_km
    return False


def _same_when_or_where(a: Mention, b: Mention) -> bool:
    """Positive evidence that two differently worded mentions are one happening: one place name
    and overlapping dates (what links "the attack" to "five killed" in another report). Either
    alone links too much: on ECB+ dev a shared place alone cost 1.0 CoNLL F1."""
    same_place = bool({x[0] for x in a.places} & {y[0] for y in b.places})
    return same_place and any(_days_apart(x, y) == 0 for x in a.dates for y in b.dates)


def _same_day(a: Mention, b: Mention) -> bool:
    """Both mentions are dated to one and the same single day (places named differently)."""
    return any(x[0] == x[1] == y[0] == y[1] for x in a.dates for y in b.dates)


def same_family(a: str, b: str) -> bool:
    """Two trigger lemma keys that name one kind of happening: one lemma, or one word family."""
    return a == b or bool(_families().get(a, frozenset()) & _families().get(b, frozenset()))


def _agglomerate(
    n: int, score: Mapping[tuple[int, int], float], vetoed: Callable[[int, int], bool], threshold: float
) -> list[list[int]]:
    """Average-link clustering of ``n`` items over sparse pair scores (a missing pair scores 0):
    the two clusters whose pairs score highest on average join, while that average reaches
    ``threshold``; two clusters with a vetoed pair between them (``vetoed(i, j)``, asked of
    every pair across them before they join) never join.

    A heap of candidate joins, each cluster's summed scores to its neighbours, stale heap
    entries skipped: about (pairs + joins x neighbours) x log, not joins x pairs.
    """
    size = [1] * n
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    sums: list[dict[int, float]] = [{} for _ in range(n)]
    barred: list[set[int]] = [set() for _ in range(n)]
    for (i, j), s in score.items():
        sums[i][j] = sums[j][i] = sums[i].get(j, 0.0) + s
    heap = [(-s, i, j) for i in range(n) for j, s in sums[i].items() if i < j and j not in barred[i] and s >= threshold]
    heapq.heapify(heap)
    while heap:
        neg, i, j = heapq.heappop(heap)
        if i not in members or j not in members or j in barred[i]:
            continue
        if -neg != sums[i].get(j, 0.0) / (size[i] * size[j]):
            continue  # stale: the clusters changed since this entry was pushed
        if any(vetoed(x, y) for x in members[i] for y in members[j]):
            barred[i].add(j)
            barred[j].add(i)
            continue
        members[i].extend(members.pop(j))
        size[i] += size[j]
        for k, s in sums[j].items():
            del sums[k][j]
            if k != i:
                sums[i][k] = sums[k][i] = sums[i].get(k, 0.0) + s
        sums[i].pop(j, None)
        sums[j] = {}
        for k in barred[j]:
            barred[k].discard(j)
            if k != i:
                barred[k].add(i)
                barred[i].add(k)
        barred[i].discard(j)
        for k, s in sums[i].items():
            avg = s / (size[i] * size[k])
            if avg >= threshold and k not in barred[i]:
                heapq.heappush(heap, (-avg, min(i, k), max(i, k)))
    return sorted((sorted(c) for c in members.values()), key=lambda c: c[0])


def cluster(
    mentions: Sequence[Mention],
    contexts: Mapping[str, Mapping[str, int]],
    doc_dates: Mapping[str, tuple[date, date] | None] | None = None,
    p: Params | None = None,
    blocks: Mapping[str, str] | None = None,
) -> list[list[int]]:
    """Indices of ``mentions`` grouped into happenings.

    ``contexts`` holds each document's content words and names (``context``) by article id;
    ``doc_dates`` each document's own date range (documents far apart in time count as less
    alike); ``blocks`` optional known groups of documents (ECB+ gold topics) never linked across.

    Two mentions may join only when their triggers are one word family, or their categories are
    compatible and they share a place and a date, and nothing vetoes them (dates, places,
    categories: ``_veto``). Their score is how alike their documents are
    (tf-idf cosine, 1 inside one document), their sentences and their participants; clusters
    join while their average pair score reaches ``link_threshold``.
    """
    p = p or params()
    doc_dates = doc_dates or {}
    docs = _tfidf(contexts, p.idf_floor)
    sents = _tfidf({str(i): m.sentence for i, m in enumerate(mentions)}, p.idf_floor)
    by_family: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        for key in {m.lemma, *m.keys}:
            for f in _families().get(key, frozenset()) or {key}:
                if not by_family[str(f)] or by_family[str(f)][-1] != i:
                    by_family[str(f)].append(i)
    pairs = {(x, y) for members in by_family.values() for x in members for y in members if x < y}
    by_category: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        if m.category and (m.dates or m.places):
            by_category[m.category].append(i)
    for cat, members in by_category.items():
        others = [i for c in _compatible().get(cat, frozenset({cat})) for i in by_category.get(c, [])]
        pairs.update((x, y) for x in members for y in others if x < y and _same_when_or_where(mentions[x], mentions[y]))
    doc_cos: dict[tuple[str, str], float] = {}
    score: dict[tuple[int, int], float] = {}
    for x, y in sorted(pairs):
        a, b = mentions[x], mentions[y]
        da, db = a.ref.article_id, b.ref.article_id
        if blocks is not None and blocks.get(da) != blocks.get(db):
            continue
        if _veto(a, b, p):
            continue
        if da == db:
            dsim = 1.0
        else:
            k = (da, db) if da < db else (db, da)
            if k not in doc_cos:
                doc_cos[k] = _cosine(docs.get(da, {}), docs.get(db, {}))
                ta, tb = doc_dates.get(da), doc_dates.get(db)
                if ta and tb and _days_apart(ta, tb) > p.doc_date_days:
                    doc_cos[k] *= p.doc_date_penalty
            dsim = doc_cos[k]
        shared = len(a.actors & b.actors) / min(len(a.actors), len(b.actors)) if a.actors and b.actors else 0.0
        s = p.doc_weight * dsim + p.sentence_weight * _cosine(sents[str(x)], sents[str(y)]) + p.actor_weight * shared
        if _same_when_or_where(a, b):
            s += p.when_where_weight
        elif _same_day(a, b):
            s += p.same_day_weight
        if s > 0:
            score[(x, y)] = s
    # a veto holds between any two mentions, linked by a score or not: a cluster may not come
    # to hold two reports whose dates or places cannot be one happening
    return _agglomerate(len(mentions), score, lambda x, y: _veto(mentions[x], mentions[y], p), p.link_threshold)


# --- the product adapter ------------------------------------------------------------------


def _outlet(a: Article) -> str:
    return a.source.outlet or a.source.url or a.id


def link(
    articles: Sequence[Article], entities: Sequence[CanonicalEntity], duplicates: Sequence[DuplicateGroup]
) -> list[Incident]:
    """dateline's events across articles grouped into incidents (each event a source)."""
    canonical = {r: e for e in entities for r in e.members}
    mentions: list[Mention] = []
    units: list[list[tuple[Article, Event]]] = []
    for a in articles:
        # dateline gives one event per trigger: "six soldiers were killed and four wounded when
        # militants attacked the post" is three events and one happening. The events of one
        # sentence whose categories are compatible are compared with other reports as one
        # mention, any of whose triggers may match theirs (else the in-article group of three
        # meets another report's one "killed" with two unmatched pairs out of three)
        told: dict[tuple[int, int, str], list[tuple[Event, Mention]]] = defaultdict(list)
        for ev in a.events:
            if ev.negated or ev.hypothetical:
                continue
            span = ev.trigger_span or ev.evidence
            m = mention_at(a, Ref(a.id, ev.id), span.start, span.end, ev.trigger)
            group = min(_compatible().get(ev.type, frozenset({ev.type})))
            told[(*_sentence_span(a.text, span.start, span.end), group)].append((ev, m))
        for unit in told.values():
            first = unit[0][1]
            actors = {
                canonical[Ref(a.id, x)].id if Ref(a.id, x) in canonical else x for ev, _ in unit for x in ev.actors
            }
            mentions.append(
                Mention(
                    ref=first.ref,
                    lemma=first.lemma,
                    category=unit[0][0].type,
                    dates=tuple(dict.fromkeys(d for _, m in unit for d in m.dates)),
                    places=tuple(dict.fromkeys(p for _, m in unit for p in m.places)),
                    actors=frozenset().union(*(m.actors for _, m in unit)) | actors,
                    sentence=first.sentence,
                    keys=frozenset(m.lemma for _, m in unit[1:]),
                )
            )
            units.append([(a, ev) for ev, _ in unit])
    contexts = {a.id: context(a, canonical) for a in articles}
    doc_dates = {a.id: date_range(a.published) for a in articles}
    # syndicated copies are one report: they share a group by construction (identical words)
    out = []
    for members in cluster(mentions, contexts, doc_dates):
        out.append(_incident([x for i in members for x in units[i]], canonical))
    return sorted(out, key=lambda inc: (inc.date_start or "", inc.id))


def _incident(members: Sequence[tuple[Article, Event]], canonical: Mapping[Ref, CanonicalEntity]) -> Incident:
    refs = sorted(Ref(a.id, ev.id) for a, ev in members)
    types = Counter(ev.type for _, ev in members)
    ranges = [r for _, ev in members if (r := date_range(ev.date)) is not None]
    # a vaguer date ("this year", "in March") that holds a more precise one says nothing more:
    # only the most precise dates decide, so that two reports a day apart (the night of the
    # attack, the morning after) give those two days and not the whole year around them
    ranges = [r for r in ranges if not any(o != r and r[0] <= o[0] and o[1] <= r[1] for o in ranges)]
    # the range every report allows (their intersection), or, when they disagree within the
    # slack, the span they cover together
    start = max((r[0] for r in ranges), default=None)
    end = min((r[1] for r in ranges), default=None)
    if start is not None and end is not None and start > end:
        start, end = min(r[0] for r in ranges), max(r[1] for r in ranges)
    places = Counter(ev.location.name for _, ev in members if ev.location is not None)

    def ids(a: Article, names: Iterable[str]) -> list[str]:
        return [canonical[Ref(a.id, x)].id if Ref(a.id, x) in canonical else x for x in names]

    actors = sorted({x for a, ev in members for x in ids(a, ev.actors)})
    recipients = sorted({x for a, ev in members for x in ids(a, ev.recipients)})
    killed = _counts(members, "killed")
    wounded = _counts(members, "wounded")
    return Incident(
        id="i" + hashlib.sha1(str(refs[0]).encode()).hexdigest()[:12],
        type=types.most_common(1)[0][0],
        events=refs,
        date_start=start.isoformat() if start else None,
        date_end=end.isoformat() if end else None,
        place=places.most_common(1)[0][0] if places else None,
        actors=actors,
        recipients=recipients,
        killed_min=killed[0],
        killed_max=killed[1],
        wounded_min=wounded[0],
        wounded_max=wounded[1],
        n_articles=len({a.id for a, _ in members}),
        n_outlets=len({_outlet(a) for a, _ in members}),
    )


def _counts(members: Sequence[tuple[Article, Event]], status: str) -> tuple[int | None, int | None]:
    """The lowest and highest toll of that status the reports give (a range counts by its ends).

    Within one article the largest count is its toll (a later sentence updating "two" to
    "five" is one report); across articles the tolls differ and the range is kept.
    """
    per_article: dict[str, tuple[int, int]] = {}
    for a, ev in members:
        for c in ev.casualties:
            if c.status == status and c.count is not None:
                lo, hi = c.count, c.count_max if c.count_max is not None else c.count
                old = per_article.get(a.id)
                per_article[a.id] = (max(old[0], lo), max(old[1], hi)) if old else (lo, hi)
    if not per_article:
        return None, None
    return min(lo for lo, _ in per_article.values()), max(hi for _, hi in per_article.values())
