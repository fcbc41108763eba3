"""One canonical entity per real person, organisation or place across articles.

Entities of different articles are merged only on evidence, strongest first:

1. the same full name ("Amara Okafor" in two articles; a name the entity model types OTHER
   joins the one kind of entity that bears it elsewhere), or an organisation's name and the
   alias an article defines for it ("National Reform Party (NRP)" makes "NRP" the party);
2. places: the same GeoNames id (and the same name when one side has no id; "Paris" with
   two different ids stays two places);
3. inside one article, a bare surname and the one full name that holds it ("Okafor" and
   "Amara Okafor"), when the extractor left them apart; two candidates ("Mensah" in an
   article naming Kofi Mensah and Ama Serwaa Mensah): no merge;
4. a shorter form of one full name ("George Bush" and "George W. Bush"), when that full name is
   the only one it fits;
5. a bare surname with a role, and the one full name with that surname and that role in
   another article of the same story (they share another entity and lie within a time window).

A shared surname alone never merges two people. A user's ``Corrections`` are honoured over
the automatic pass: ``must_link`` pairs are joined first, and no merge ever puts a
``cannot_link`` pair together. A canonical entity's id is a hash of its smallest member ref,
so it survives re-ingest as long as that member does. Settings: ``entities`` in data/link.yaml.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .. import rules
from ..names import core_words
from ..record import Article, Entity
from .model import CanonicalEntity, Corrections, Ref, Role
from .text import published

_PLACES = {"GPE", "LOC", "FAC"}


def family(entity_type: str) -> str:
    """Types that may name the same thing: a place the model calls GPE in one article and LOC in another."""
    return "PLACE" if entity_type in _PLACES else entity_type


def _settings() -> dict:
    return dict(rules.load_yaml("link.yaml")["entities"])


def fold(text: str) -> str:
    """Case, accents, curly apostrophes, dots and dashes folded away: the form names are compared in."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[.\u2010-\u2015-]", " ", text)
    return " ".join(re.sub(r"[^\w' ]", " ", text).split())


def name_words(name: str, entity_type: str) -> tuple[str, ...]:
    """The words of a name as compared: folded, a person's honorifics and suffixes dropped (names.core_words)."""
    words = fold(name).split()
    if entity_type == "PERSON":
        words = core_words(words)
    return tuple(words)


@dataclass
class _Node:
    ref: Ref
    entity: Entity
    family: str
    words: tuple[str, ...]
    published: date | None


class _Clusters:
    """Union-find over refs that refuses any union putting a cannot-link pair together."""

    def __init__(self, refs: Iterable[Ref], cannot: Sequence[tuple[Ref, Ref]]) -> None:
        self.parent = {r: r for r in refs}
        self.members = {r: {r} for r in self.parent}
        self.forbidden: dict[Ref, set[Ref]] = defaultdict(set)
        for a, b in cannot:
            if a in self.parent and b in self.parent:
                self.forbidden[a].add(b)
                self.forbidden[b].add(a)

    def find(self, r: Ref) -> Ref:
        while self.parent[r] != r:
            self.parent[r] = self.parent[self.parent[r]]
            r = self.parent[r]
        return r

    def union(self, a: Ref, b: Ref) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.forbidden.get(ra, set()) & self.members[rb]:
            return False
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        self.members[keep] |= self.members.pop(drop)
        self.forbidden[keep] = self.forbidden.get(keep, set()) | self.forbidden.pop(drop, set())
        return True

    def groups(self) -> list[list[Ref]]:
        return [sorted(m) for m in self.members.values()]


def _nodes(articles: Sequence[Article]) -> list[_Node]:
    out = []
    for a in articles:
        when = published(a)
        for e in a.entities:
            words = name_words(e.name, e.type)
            if words:
                out.append(_Node(Ref(a.id, e.id), e, family(e.type), words, when))
    return out


def _full(node: _Node) -> bool:
    """A name that identifies on its own: a person's needs two words or more."""
    return node.family != "PERSON" or len(node.words) >= 2


def _join_same_names(nodes: list[_Node], cl: _Clusters) -> None:
    """Rule 1: the same full name; an alias an article defines."""
    by_name: dict[tuple[str, tuple[str, ...]], list[_Node]] = defaultdict(list)
    for n in nodes:
        if _full(n) and n.family != "PLACE":
            by_name[(n.family, n.words)].append(n)
    for group in by_name.values():
        for n in group[1:]:
            cl.union(group[0].ref, n.ref)
    # OTHER is the entity model's "some name": a full name it types OTHER in one sentence
    # ("..., Kofi Mensah told reporters") is the person or organisation that name is elsewhere,
    # when only one kind of thing bears it
    kinds: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for fam, words in by_name:
        if fam != "OTHER":
            kinds[words].add(fam)
    for (fam, words), group in by_name.items():
        if fam == "OTHER" and len(kinds[words]) == 1:
            target = by_name[(next(iter(kinds[words])), words)][0]
            for n in group:
                cl.union(target.ref, n.ref)
    # aliases: a key its article defines for one entity joins the entities named by it, unless
    # two different entities claim it (one "PTI" alias for two parties is no evidence)
    claims: dict[tuple[str, tuple[str, ...]], set[Ref]] = defaultdict(set)
    for n in nodes:
        if n.family == "PLACE":
            continue
        for alias in n.entity.aliases:
            words = name_words(alias, n.entity.type)
            if words and words != n.words and (n.family != "PERSON" or len(words) >= 2):
                claims[(n.family, words)].add(n.ref)
    for key, refs in claims.items():
        roots = {cl.find(r) for r in refs} | {cl.find(n.ref) for n in by_name.get(key, [])[:1]}
        owners = {cl.find(r) for r in refs}
        if len(owners) != 1:
            continue
        for r in roots:
            cl.union(min(refs), r)


def _join_places(nodes: list[_Node], cl: _Clusters) -> None:
    """Rule 2: a shared GeoNames id; the same name where it does not name two places."""
    by_id: dict[int, list[_Node]] = defaultdict(list)
    by_name: dict[tuple[str, ...], list[_Node]] = defaultdict(list)
    for n in nodes:
        if n.family != "PLACE":
            continue
        gid = n.entity.geo.geonames_id if n.entity.geo else None
        if gid is not None:
            by_id[gid].append(n)
        by_name[n.words].append(n)
    for group in by_id.values():
        for n in group[1:]:
            cl.union(group[0].ref, n.ref)
    for group in by_name.values():
        ids = {n.entity.geo.geonames_id for n in group if n.entity.geo and n.entity.geo.geonames_id is not None}
        if len(ids) > 1:
            continue  # one name, two places: only their ids join them
        for n in group[1:]:
            cl.union(group[0].ref, n.ref)


def _join_surnames_in_article(nodes: list[_Node], cl: _Clusters) -> None:
    """Rule 3: a bare name and the one full name of its article that holds it."""
    by_article: dict[str, list[_Node]] = defaultdict(list)
    for n in nodes:
        if n.family == "PERSON":
            by_article[n.ref.article_id].append(n)
    for people in by_article.values():
        full = [n for n in people if len(n.words) >= 2]
        for n in people:
            if len(n.words) != 1:
                continue
            fits = {cl.find(f.ref) for f in full if n.words[0] in f.words}
            if len(fits) == 1:
                cl.union(n.ref, fits.pop())


def _fits(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short`` is ``long`` with middle words left out: same first and last word, the rest in order."""
    if len(short) < 2 or len(short) >= len(long) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    it = iter(long)
    return all(w in it for w in short)


def _join_short_forms(nodes: list[_Node], cl: _Clusters) -> None:
    """Rule 4: "George Bush" joins "George W. Bush" when that is the only full name it fits."""
    names: dict[tuple[str, ...], set[Ref]] = defaultdict(set)
    for n in nodes:
        if n.family == "PERSON" and len(n.words) >= 2:
            names[n.words].add(cl.find(n.ref))
    by_edges: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
    for words in names:
        by_edges[(words[0], words[-1])].append(words)
    for group in by_edges.values():
        for short in group:
            longer = {cl.find(r) for long in group if _fits(short, long) for r in names[long]}
            if len(longer) == 1:
                target = longer.pop()
                for r in names[short]:
                    cl.union(r, target)


def _role_words(role: str) -> tuple[str, ...]:
    return tuple(fold(role).split())


def _same_role(a: Iterable[str], b: Iterable[str]) -> bool:
    """One role is the other with words in front ("Federal Information Minister", "Information Minister")."""
    wa, wb = [_role_words(r) for r in a], [_role_words(r) for r in b]
    return any(
        x and y and (x[-len(y) :] == y or y[-len(x) :] == x) and min(len(x), len(y)) >= 2 for x in wa for y in wb
    )


def _join_bare_surnames(nodes: list[_Node], cl: _Clusters, window_days: int, *, role: bool, shared: int) -> None:
    """Rules 5 and 6: a bare surname joins the one full name ending in it in another article of
    its story (``shared`` other entities in common, published within the window). With ``role``
    the two must also share a role ("Information Minister Okafor"); without, no other person
    of all the articles may carry the word at all ("Mensah", with Kofi Mensah and Ama Serwaa
    Mensah about, is nobody's)."""
    people = [n for n in nodes if n.family == "PERSON"]
    full = [n for n in people if len(n.words) >= 2]
    others: dict[str, set[Ref]] = defaultdict(set)  # article -> the clusters of all its entities
    for n in nodes:
        others[n.ref.article_id].add(cl.find(n.ref))
    named = {cl.find(f.ref) for f in full}
    carriers: dict[str, set[Ref]] = defaultdict(set)  # word -> the people whose full name holds it
    for f in full:
        for w in f.words:
            carriers[w].add(cl.find(f.ref))
    for n in people:
        root = cl.find(n.ref)
        if len(n.words) != 1 or root in named or (role and not n.entity.roles):
            continue  # it has a full name already, or no role to match
        word = n.words[0]
        if not role and len(carriers[word]) != 1:
            continue
        fits: set[Ref] = set()
        for f in full:
            if f.words[-1] != word or (role and not _same_role(n.entity.roles, f.entity.roles)):
                continue
            if n.published and f.published and abs((n.published - f.published).days) > window_days:
                continue
            f_root = cl.find(f.ref)
            if len((others[n.ref.article_id] - {root}) & (others[f.ref.article_id] - {f_root})) >= shared:
                fits.add(f_root)
        if len(fits) == 1:
            cl.union(n.ref, fits.pop())


def _canonical(members: list[Ref], node_of: dict[Ref, _Node]) -> CanonicalEntity:
    nodes = [node_of[r] for r in members]
    count = Counter(n.entity.name for n in nodes)
    name = max(count, key=lambda x: (len(name_words(x, nodes[0].entity.type)), count[x], len(x), x))
    types = Counter(n.entity.type for n in nodes)
    entity_type = max(types, key=lambda t: (types[t], t))
    aliases: list[str] = []
    for n in nodes:
        for form in [n.entity.name, *n.entity.aliases]:
            if fold(form) != fold(name) and form not in aliases:
                aliases.append(form)
    roles: dict[tuple[str, str], Role] = {}
    for n in nodes:
        for title in n.entity.roles:
            when = n.published.isoformat() if n.published else None
            roles.setdefault((title, n.ref.article_id), Role(title, n.ref.article_id, when))
    ids = Counter(n.entity.geo.geonames_id for n in nodes if n.entity.geo and n.entity.geo.geonames_id is not None)
    return CanonicalEntity(
        id="p" + hashlib.sha1(f"{min(members)}".encode()).hexdigest()[:12],
        name=name,
        type=entity_type,
        members=members,
        aliases=sorted(aliases),
        roles=sorted(roles.values(), key=lambda r: (r.published or "", r.title, r.article_id)),
        geonames_id=max(ids, key=lambda i: (ids[i], -i)) if ids else None,
    )


def link(articles: Sequence[Article], corrections: Corrections) -> list[CanonicalEntity]:
    cfg = _settings()
    nodes = _nodes(articles)
    node_of = {n.ref: n for n in nodes}
    cl = _Clusters(node_of, corrections.cannot_link)
    for a, b in corrections.must_link:
        if a in node_of and b in node_of:
            cl.union(a, b)
    _join_same_names(nodes, cl)
    _join_places(nodes, cl)
    _join_surnames_in_article(nodes, cl)
    _join_short_forms(nodes, cl)
    window = int(cfg["story_window_days"])
    _join_bare_surnames(nodes, cl, window, role=True, shared=int(cfg["surname_role_shared"]))
    _join_bare_surnames(nodes, cl, window, role=False, shared=int(cfg["surname_alone_shared"]))
    out = [_canonical(members, node_of) for members in cl.groups()]
    return sorted(out, key=lambda c: c.members[0])
