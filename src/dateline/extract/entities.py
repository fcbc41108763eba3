"""The entity layer: spaCy's NER, corrected by general rules, then canonicalized.

Corrections the small English model needs on news (each a general rule, not a list
of names): a bare surname tagged ORG/GPE is the person who carries it; an acronym
that is no place is no GPE ("AI"); titles ("Minister") are not part of a name;
"the" and "'s" are not part of a name. Then mentions are grouped into entities:
a surname joins the one full name it ends (or, when two people share it, the one
last named), "Long Name (ACR)" makes ACR an alias and every later ACR a mention,
places join on their GeoNames id. Titles before or after a name become ``roles``;
the owner of a possessive before a title ("Kenya's Foreign Minister") becomes
``affiliation``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import rules
from ..record import Entity, Geo, Offsets
from .geo import fold, gazetteer

TYPE_MAP = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP", "FAC": "FAC", "EVENT": "EVENT",
    "WORK_OF_ART": "OTHER", "LAW": "OTHER", "PRODUCT": "OTHER", "LANGUAGE": "OTHER",
}  # fmt: skip
_PLACE_TYPES = {"GPE", "LOC", "FAC"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)")


@dataclass
class _Mention:
    start: int  # token indices in the article Doc
    end: int
    label: str
    text: str = ""
    cluster: int = -1


@dataclass
class _Cluster:
    label_votes: Counter[str] = field(default_factory=Counter)
    mentions: list[_Mention] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    geo: Geo | None = None
    forced_type: str | None = None


def _heads() -> frozenset[str]:
    return rules.word_set("titles.yaml", "heads")


def _modifiers() -> frozenset[str]:
    return rules.word_set("titles.yaml", "modifiers")


def _is_title_word(text: str) -> bool:
    t = text.lower()
    return t in _heads() or t in _modifiers()


class EntityLayer:
    """Sets ``doc._.dl_entities`` (list of Entity) and ``span._.dl_entity`` on ``doc.ents``."""

    def __call__(self, doc: Doc) -> Doc:
        mentions = self._mentions(doc)
        clusters = self._cluster(doc, mentions)
        entities = self._entities(doc, clusters)
        doc._.dl_entities = entities
        return doc

    # 1. mentions -------------------------------------------------------------------------
    def _mentions(self, doc: Doc) -> list[_Mention]:
        out: list[_Mention] = []
        for ent in doc.ents:
            label = TYPE_MAP.get(ent.label_)
            if label is None:
                continue
            start, end = ent.start, ent.end
            while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
                start += 1
            while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            paren = [i for i in range(start + 1, end) if doc[i].text == "("]
            if paren:
                end = paren[0]  # "Authority on Development (IGAD": the acronym step handles "(IGAD)"
            poss = [i for i in range(start + 1, end - 1) if doc[i].text in _POSSESSIVE]
            if poss:
                # "Kenya's Foreign Ministry": the owner is a mention of its own
                owner = doc[start : poss[-1]]
                if gazetteer().lookup(owner.text) is not None:
                    out.append(_Mention(owner.start, owner.end, "GPE", owner.text))
                start = poss[-1] + 1
            if label == "PERSON":
                while start < end - 1 and _is_title_word(doc[start].text):
                    start += 1
            if start >= end:
                continue
            text = doc[start:end].text
            if label in _PLACE_TYPES and text.isupper() and len(text) <= 3 and gazetteer().lookup(text) is None:
                continue  # "AI", "IT": an acronym that names no place is not a place
            if all(_is_title_word(t.text) or t.is_punct for t in doc[start:end]):
                continue  # "Minister" alone names no one
            out.append(_Mention(start, end, label, text))
        return out

    # 2. clusters -------------------------------------------------------------------------
    def _cluster(self, doc: Doc, mentions: list[_Mention]) -> list[_Cluster]:
        clusters: list[_Cluster] = []
        by_key: dict[tuple[str, str], int] = {}
        full_people: list[tuple[int, list[str], int]] = []  # (cluster, tokens, last seen token)

        def new_cluster(key: tuple[str, str]) -> int:
            clusters.append(_Cluster())
            by_key[key] = len(clusters) - 1
            return len(clusters) - 1

        def person_for(word: str, at: int) -> int | None:
            for pos in (-1, 0):  # a surname first, then a given name
                cands = [c for c, toks, first in full_people if toks[pos] == word and first < at]
                if len(set(cands)) == 1:
                    return cands[0]
                if cands:  # two people share it: the one named last before this mention
                    best = max((first, c) for c, toks, first in full_people if toks[pos] == word and first < at)
                    return best[1]
            return None

        # Full names first, so surnames can find them wherever they appear.
        ordered = sorted(mentions, key=lambda m: m.start)
        for m in ordered:
            toks = [t.text for t in doc[m.start : m.end]]
            if m.label == "PERSON" and len(toks) >= 2:
                key = ("PERSON", fold(m.text))
                c = by_key.get(key)
                if c is None:
                    c = new_cluster(key)
                full_people.append((c, toks, m.start))
        for m in ordered:
            toks = [t.text for t in doc[m.start : m.end]]
            c_opt: int | None = None
            if m.label == "PERSON" and len(toks) >= 2:
                c_opt = by_key[("PERSON", fold(m.text))]
            elif len(toks) == 1 and m.label in ("PERSON", "ORG", "GPE", "NORP", "OTHER") and toks[0][:1].isupper():
                c_opt = person_for(toks[0], m.start + 1)
                if c_opt is None and m.label == "PERSON":
                    c_opt = by_key.get(("PERSON", fold(m.text)))
            if c_opt is not None:
                m.label = "PERSON"
            else:
                geo = gazetteer().lookup(m.text) if m.label in _PLACE_TYPES else None
                key = ("GEO", str(geo.geonames_id)) if geo else (m.label, fold(m.text))
                c_opt = by_key.get(key)
                if c_opt is None:
                    c_opt = new_cluster(key)
                    clusters[c_opt].geo = geo
            m.cluster = c_opt
            cl = clusters[c_opt]
            cl.mentions.append(m)
            cl.label_votes[m.label] += 1
            cl.forms.append(m.text)
        self._surnames_untagged(doc, mentions, clusters, full_people)
        self._acronyms(doc, clusters)
        for cl in clusters:
            if cl.label_votes.get("PERSON") and any(len(f.split()) >= 2 for f in cl.forms):
                cl.forced_type = "PERSON"
        self._roles(doc, clusters)
        return [c for c in clusters if c.mentions]

    def _surnames_untagged(
        self, doc: Doc, mentions: list[_Mention], clusters: list[_Cluster], people: list[tuple[int, list[str], int]]
    ) -> None:
        """A known person's surname the NER missed ("Odinga will hold...") is still a mention."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        surnames: dict[str, set[int]] = {}
        for c, toks, _ in people:
            surnames.setdefault(toks[-1], set()).add(c)
        for tok in doc:
            if tok.i in taken or tok.pos_ != "PROPN" or tok.text not in surnames:
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
                continue  # part of a longer name the NER missed
            before = [(first, c) for c, toks, first in people if toks[-1] == tok.text and first < tok.i]
            if not before:
                continue
            c = max(before)[1]
            m = _Mention(tok.i, tok.i + 1, "PERSON", tok.text, c)
            clusters[c].mentions.append(m)
            clusters[c].forms.append(tok.text)

    def _acronyms(self, doc: Doc, clusters: list[_Cluster]) -> None:
        """ "Intergovernmental Authority on Development (IGAD)": IGAD is an alias, and every IGAD a mention."""
        text = doc.text
        for m in _ACRONYM.finditer(text):
            acr = m.group(1)
            if not any(c.isupper() for c in acr[1:]) and len(acr) > 2:
                continue
            before = text[: m.start()].rstrip()
            owner: _Cluster | None = None
            for cl in clusters:
                for mm in cl.mentions:
                    if doc[mm.end - 1].idx + len(doc[mm.end - 1].text) == len(before) and _initials_match(acr, mm.text):
                        owner = cl
            if owner is None:
                name = _capitalised_tail(before, acr)
                if not name:
                    continue
                span = doc.char_span(len(before) - len(name), len(before), alignment_mode="expand")
                if span is None:
                    continue
                for cl in clusters:  # the NER's partial tags inside the name give way to it
                    cl.mentions = [x for x in cl.mentions if x.end <= span.start or x.start >= span.end]
                owner = _Cluster()
                owner.forced_type = "ORG"
                clusters.append(owner)
                mm = _Mention(span.start, span.end, "ORG", name)
                owner.mentions.append(mm)
                owner.forms.append(name)
                owner.label_votes["ORG"] += 1
            if acr not in owner.aliases:
                owner.aliases.append(acr)
            taken = {i for cl in clusters for mm in cl.mentions for i in range(mm.start, mm.end)}
            for tok in doc:
                if tok.text != acr:
                    continue
                if tok.i not in taken:
                    owner.mentions.append(_Mention(tok.i, tok.i + 1, "ORG", acr))
                    continue
                for cl in clusters:  # the NER may have tagged it as something else: the acronym wins
                    if cl is owner:
                        continue
                    moved = [x for x in cl.mentions if x.start == tok.i and x.end == tok.i + 1]
                    if moved:
                        cl.mentions = [x for x in cl.mentions if x not in moved]
                        owner.mentions.extend(moved)

    def _roles(self, doc: Doc, clusters: list[_Cluster]) -> None:
        for cl in clusters:
            if cl.forced_type != "PERSON" and not cl.label_votes.get("PERSON"):
                continue
            for m in cl.mentions:
                role, owner = _role_before(doc, m.start)
                if role is None:
                    role = _role_after(doc, m.end)
                if role and role.lower() not in (r.lower() for r in cl.roles):
                    cl.roles.append(role)
                if owner and cl.affiliation is None:
                    cl.affiliation = owner

    # 3. records ------------------------------------------------------------------------------
    def _entities(self, doc: Doc, clusters: list[_Cluster]) -> list[Entity]:
        clusters = sorted(clusters, key=lambda c: min(m.start for m in c.mentions))
        out: list[Entity] = []
        for n, cl in enumerate(clusters, 1):
            eid = f"e{n}"
            label = cl.forced_type or cl.label_votes.most_common(1)[0][0]
            forms = [f for f in cl.forms if f]
            name = max(forms, key=lambda f: (len(f.split()), len(f), -forms.index(f)))
            aliases = []
            for f in forms + cl.aliases:
                if fold(f) != fold(name) and f not in aliases:
                    aliases.append(f)
            mentions = sorted({(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)) for m in cl.mentions})
            for m in cl.mentions:
                for ent in doc.ents:
                    if ent.start == m.start and ent.end == m.end:
                        ent._.dl_entity = eid
            geo = cl.geo if label in _PLACE_TYPES else None
            if geo and fold(geo.name) != fold(name) and geo.name not in aliases:
                aliases.append(geo.name)
            out.append(
                Entity(
                    id=eid,
                    name=name,
                    type=label,  # type: ignore[arg-type]
                    aliases=aliases,
                    roles=cl.roles,
                    affiliation=cl.affiliation,
                    mentions=[Offsets(start=s, end=e) for s, e in mentions],
                    geo=geo,
                )
            )
        return out


def _initials_match(acr: str, name: str) -> bool:
    """Does ACR abbreviate NAME? AU ~ African Union, IGAD ~ Intergovernmental
    Authority on Development. Schwartz & Hearst (2003): the acronym's letters appear in the
    name in order, the first at the start of a word, and the name is not much longer."""
    parts = [p for p in re.split(r"[\s\-]+", name) if p]
    if not parts or len(parts) > min(len(acr) + 5, 2 * len(acr)):
        return False
    short, long = acr.lower(), name.lower()
    si, li = len(short) - 1, len(long) - 1
    while si >= 0:
        c = short[si]
        if not c.isalnum():
            si -= 1
            continue
        while li >= 0 and (long[li] != c or (si == 0 and li > 0 and long[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return False
        li -= 1
        si -= 1
    return True


def _capitalised_tail(before: str, acr: str) -> str | None:
    """The capitalised words just before "(ACR)" whose initials spell ACR."""
    toks = before.split()
    for n in range(1, min(len(toks), len(acr) + 3) + 1):
        cand = toks[-n:]
        if not all(t[:1].isupper() or t.lower() in ("of", "for", "and", "the", "e") for t in cand):
            break
        name = " ".join(cand)
        if cand[0][:1].isupper() and _initials_match(acr, name):
            return name
    return None


def _role_before(doc: Doc, start: int) -> tuple[str | None, str | None]:
    """ "Kenya's Foreign Minister [Musalia Mudavadi]" -> ("Foreign Minister", "Kenya")."""
    i = start - 1
    if i < 0 or doc[i].lower_ not in _heads():
        return None, None
    j = i
    while j - 1 >= 0:
        t = doc[j - 1]
        inner = t.text in ("(", ")") or (t.is_upper and len(t.text) <= 5 and t.is_alpha)
        inner = inner or (t.text == "-" and j - 2 >= 0 and _is_title_word(doc[j - 2].text))
        # "Information Technology (IT) Minister", "water minister": capitalised words and
        # noun compounds belong to the role; a place or people before it is its owner instead.
        part_of_role = t.pos_ in ("PROPN", "NOUN", "ADJ") and t.ent_type_ not in ("GPE", "NORP", "PERSON")
        part_of_role = part_of_role and (t.text[:1].isupper() or t.dep_ == "compound")
        if t.lower_ in _modifiers() or t.lower_ in _heads() or inner or part_of_role:
            j -= 1
            continue
        break
    while j < i and (doc[j].lower_ in ("of", "and") or doc[j].text in ("(", ")")):
        j += 1
    role = _title_case(doc[j : i + 1].text)
    owner = None
    if j - 1 >= 0 and doc[j - 1].text in _POSSESSIVE and j - 2 >= 0:
        k = j - 2
        ent = _ent_at(doc, k)
        owner = doc[ent.start : k + 1].text if ent is not None and ent.label_ in ("GPE", "ORG", "NORP") else None
    elif j - 1 >= 0:
        ent = _ent_at(doc, j - 1)
        if ent is not None and ent.label_ in ("GPE", "ORG") and ent.end == j:
            owner = ent.text
    return role, owner


def _role_after(doc: Doc, end: int) -> str | None:
    """ "[Antonio Guterres], the UN secretary-general," -> "Secretary-General"."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    k = end + 1
    while k < len(doc) and k <= end + 8:
        t = doc[k]
        if t.lower_ in _heads():
            while k + 2 < len(doc) and doc[k + 1].text == "-" and _is_title_word(doc[k + 2].text):
                k += 2  # "secretary-general"
            start = end + 1
            while start < k and (
                doc[start].lower_ in ("the", "a", "an")
                or doc[start].text in _POSSESSIVE
                or doc[start].ent_type_ in ("GPE", "NORP", "ORG")
            ):
                start += 1
            return _title_case(doc[start : k + 1].text) if start <= k else None
        if (t.is_punct and t.text not in ("(", ")", "'s", "’s")) or t.pos_ == "VERB":
            return None
        k += 1
    return None


def _ent_at(doc: Doc, i: int) -> Span | None:
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            return ent
    return None


def _title_case(text: str) -> str:
    small = {"of", "and", "for", "the"}
    return " ".join(
        w if (w.isupper() and len(w) > 1) or w.lower() in small else w[:1].upper() + w[1:] for w in text.split()
    )


@Language.factory("dateline_entities", assigns=["doc._.dl_entities", "span._.dl_entity"], requires=["doc.ents"])
def make_entity_layer(nlp: Language, name: str) -> EntityLayer:
    return EntityLayer()
