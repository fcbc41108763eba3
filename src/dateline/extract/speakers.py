"""Who a speaker mention stands for: a named entity, a pronoun, a description or an unnamed source.

The resolver walks the article in reading order. It remembers each speaker it has
attributed and each named person or organization that was the subject of a
sentence, so a pronoun resolves to the latest candidate that agrees with it in
kind (person or thing), number and gender. Descriptions resolve to an entity the
article has introduced ("the Kenyan minister" -> the person whose role is a
minister), to an institution ("the trade ministry"), or to an unnamed source; the same
unnamed source keeps one name across the quotes the article gives it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from .. import rules
from ..names import first_name_gender
from ..record import Entity, Offsets, Speaker, SpeakerBasis
from .attribution import employer, is_form, issuer
from .entities import role_head
from .quotemarks import Quoted

# How far back (in speakers and subjects) a pronoun or description looks: it refers to
# someone recent, and the bound keeps a pathological article linear.
_LOOKBACK = 200
# someone, any gender: what an age description ("the 72-year-old") agrees with, like a pronoun
_SOMEONE = {"kind": "person", "number": "sg"}
# How far back (characters) "a company spokeswoman" looks for the company: a paragraph or two.
_RECENT_CHARS = 800
# How a subject's own "she" or "her" hangs under its verb: its object, its reported clause, not a
# relative clause or a prepositional phrase about someone else.
_OWN_CLAUSE = {"dobj", "nsubj", "nsubjpass", "ccomp", "xcomp", "attr", "conj"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "another", "its", "their", "his", "her", "our"}


@cache
def _lexicon() -> dict[str, Any]:
    data = rules.load_yaml("sources.yaml")
    return {
        "anonymous": rules.word_set("sources.yaml", "anonymous_heads"),
        "informants": rules.word_set("sources.yaml", "informant_heads"),
        "institutions": rules.word_set("sources.yaml", "institution_heads"),
        "phrases": tuple(str(x).lower() for x in data["anonymity_phrases"]),
        "pronouns": {str(k).lower(): v for k, v in data["pronouns"].items()},
        "male": frozenset(str(x).lower() for x in data["gender_words"]["m"]),
        "female": frozenset(str(x).lower() for x in data["gender_words"]["f"]),
        "partitives": rules.word_set("sources.yaml", "partitive_heads"),
        "male_nouns": frozenset(str(x).lower() for x in data["gender_nouns"]["m"]),
        "female_nouns": frozenset(str(x).lower() for x in data["gender_nouns"]["f"]),
        "singular_partitives": rules.word_set("sources.yaml", "singular_partitives"),
        "group_recall": {str(k).lower(): int(v) for k, v in data["group_recall_heads"].items()},
        "titles": rules.word_set("titles.yaml", "heads"),
        "voices": rules.word_set("sources.yaml", "voice_heads"),
        "employers": rules.word_set("sources.yaml", "employer_heads"),
        "honorifics": rules.word_set("sources.yaml", "honorifics"),
        "delegations": rules.word_set("sources.yaml", "delegation_heads"),
        "generic_employers": rules.word_set("sources.yaml", "generic_employers"),
        "age": re.compile(str(data["age_description"])),
        "epithets": rules.word_set("sources.yaml", "epithet_heads"),
    }


def speaker_words() -> frozenset[str]:
    """Head nouns that can stand for someone who speaks: titles, source words, institutions."""
    lex = _lexicon()
    return lex["anonymous"] | lex["institutions"] | lex["titles"] | lex["voices"]


def anonymity_phrase(text: str) -> str | None:
    """The anonymity phrase ("requesting anonymity") in ``text``, if any."""
    low = " ".join(text.lower().split())
    for p in _lexicon()["phrases"]:
        if p in low:
            return p
    return None


@dataclass
class Candidate:
    """Someone a later pronoun or description may point back to."""

    speaker: Speaker
    kind: str  # person | thing
    number: str  # sg | pl
    gender: str | None = None
    role_heads: frozenset[str] = field(default_factory=frozenset)
    source: object = None  # the attribution that introduced it, for quotes that continue it


@dataclass
class _Event:
    at: int
    cand: Candidate
    # the subject of a clause inside its sentence ("... whether Lind trained the week the club sold Berg"): a
    # later sentence's "he" stands for the sentence's own subject before these (see _pronoun)
    embedded: bool = False


class SpeakerResolver:
    """Resolves speaker mentions in reading order; one per article, held by its ArticleContext."""

    def __init__(self, doc: Doc, entities: list[Entity], token_entity: dict[int, str], quoted: list[Quoted]) -> None:
        """``token_entity``: token index -> entity id, and ``quoted``: the paired quotation marks (the
        article context's, see context.py)."""
        self.doc = doc
        self.entities = {e.id: e for e in entities}
        self.lex = _lexicon()
        self.history: list[_Event] = []  # speakers and sentence subjects, in text order
        self.speakers: list[_Event] = []  # attributed speakers only
        self.anonymous: dict[str, str] = {}  # head lemma -> canonical name of that unnamed source
        self.gender: dict[str, str] = {}
        self.name_checked: set[str] = set()  # entities whose first name was looked up
        # "a spokesman for Boeing": where each such description stands, so "the spokesman" later
        # is Boeing's, not someone else's (position, head lemma, the employer's head token)
        self.voices: list[tuple[int, str, Token]] = []
        self.token_entity = token_entity
        self._starts = [t.idx for t in doc]
        for e in entities:
            self.gender[e.id] = self._entity_gender(e) or ""
        text = doc.text
        self._spoken = [(q.start, q.end) for q in quoted if q.double and " " in text[q.start : q.end]]
        self._spoken_starts = [a for a, _ in self._spoken]
        self._subject_events()

    # candidates -----------------------------------------------------------------------------
    def _entity_gender(self, e: Entity) -> str | None:
        words = {role_head(r) for r in e.roles if r}
        for m in e.mentions:
            t = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if t is not None and t.start > 0:
                words.add(self.doc[t.start - 1].lower_)
        if words & self.lex["female"]:
            return "f"
        if words & self.lex["male"]:
            return "m"
        return None  # a first name may still tell: see _gender_of

    def entity_candidate(
        self, eid: str, mention: Offsets | None = None, basis: SpeakerBasis = "name", descriptor: str | None = None
    ) -> Candidate:
        e = self.entities[eid]
        kind = "person" if e.type == "PERSON" else "thing"
        # "Secretary of State" is a secretary, "Gov." a governor: what "the governor said" names
        roles = frozenset(role_head(r) for r in e.roles if r)
        sp = Speaker(entity=e.id, name=e.name, descriptor=descriptor, anonymous=False, mention=mention, basis=basis)
        return Candidate(sp, kind, "sg", self.gender.get(eid) or None, roles)

    def _subject_events(self) -> None:
        """Named people and organizations as sentence subjects: antecedents for later pronouns."""
        employers = self.lex["institutions"] | self.lex["employers"]
        for tok in self.doc:
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex["voices"]:
                works_for = employer(tok, employers)
                if works_for is not None:
                    self.voices.append((tok.idx, tok.lemma_.lower(), works_for))
            # "The report was written by Dr. Emma Walsh. She told ...": a passive's agent acts as its subject
            agent = tok.dep_ == "pobj" and tok.head.dep_ == "agent"
            if tok.dep_ not in ("nsubj", "nsubjpass") and not agent:
                continue
            # "His counterpart, Elnur Mammadov, was more cautious": the person named in apposition
            eid = self.token_entity.get(tok.i) or self._appositive_person(tok) or self._spelled(tok)
            if eid is None:
                owned = self._owned_institution(tok)
                if owned is not None:
                    self.history.append(_Event(tok.idx, owned))
                continue
            if self.entities[eid].type not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            self.history.append(_Event(tok.idx, self.entity_candidate(eid), self._embedded(tok)))
        self.history.sort(key=lambda ev: ev.at)

    @staticmethod
    def _embedded(subj: Token) -> bool:
        """Is ``subj`` the subject of a clause inside its sentence rather than of the sentence's own
        verb (the root, or a verb joined to it: "Sand refused to say whether Lind trained")?"""
        verb = subj.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ != "ROOT"

    def _owned_institution(self, tok: Token) -> Candidate | None:
        """ "Marsh's campaign is planning ...": an institution the article names by its named owner, as
        the antecedent of a later "it" or "they" ("what it calls '...'")."""
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.lex["institutions"]:
            return None
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.i in self.token_entity), None)
        if owner is None or self.entities[self.token_entity[owner.i]].type not in ("PERSON", "ORG", "GPE"):
            return None
        a, b = self._noun_span(tok)
        sp = Speaker(name=self.doc[a:b].text, anonymous=False, basis="organisation")
        return Candidate(sp, "thing", "sg")

    def _spelled(self, tok: Token) -> str | None:
        """The entity whose name or alias a proper-noun subject spells out where the entity layer kept no
        mention ("Tessel is based in Leeds" after "Tessel founder ..."): the one such entity."""
        if tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper():
            return None  # the parse may tag a capitalised name a common noun ("Tessel")
        a, b = self._noun_span(tok)
        words = " ".join(t.text for t in self.doc[a:b] if t.lower_ not in _DETERMINERS)
        found = {e.id for e in self.entities.values() if words and (words == e.name or words in e.aliases)}
        return found.pop() if len(found) == 1 else None

    def _appositive_person(self, tok: Token) -> str | None:
        """The person named in apposition to ``tok`` ("his counterpart, Elnur Mammadov"), if any."""
        for c in tok.children:
            eid = self.token_entity.get(c.i)
            if c.dep_ == "appos" and eid is not None and self.entities[eid].type == "PERSON":
                return eid
        return None

    def remember(self, at: int, cand: Candidate) -> None:
        """A speaker was attributed at ``at``: the latest antecedent from there on."""
        bisect.insort(self.history, _Event(at, cand), key=lambda ev: ev.at)
        bisect.insort(self.speakers, _Event(at, cand), key=lambda ev: ev.at)

    def latest(self, before: int, *, since: int = 0) -> Candidate | None:
        """The last speaker attributed in ``[since, before)``: whom a quote with no attribution continues."""
        k = bisect.bisect_left(self.speakers, before, key=lambda ev: ev.at)
        for ev in reversed(self.speakers[max(0, k - _LOOKBACK) : k]):
            if ev.at < since:
                break
            if ev.cand.speaker.name or ev.cand.speaker.entity:
                return ev.cand
        return None

    # resolution -----------------------------------------------------------------------------
    def resolve(
        self, head: Token, span_start: int, span_end: int, context: str = "", *, as_group: bool = True
    ) -> Candidate:
        """The speaker for the mention ``doc[span_start:span_end]`` whose head token is ``head``;
        ``as_group``: see _description."""
        doc = self.doc
        mention = Offsets(start=doc[span_start].idx, end=doc[span_end - 1].idx + len(doc[span_end - 1].text))
        words = doc[span_start:span_end].text
        low = head.lower_
        eid = self.token_entity.get(head.i)
        if eid is None and head.pos_ == "PROPN" and head.text[:1].isupper():
            eid = next((self.token_entity[i] for i in range(span_start, span_end) if i in self.token_entity), None)
            if eid is not None and self.entities[eid].type not in ("PERSON", "ORG"):
                eid = None
        titled = any(self._is_title(doc[i]) for i in range(span_start, head.i))
        if eid is not None:
            return self.entity_candidate(eid, mention, "title_name" if titled else "name")
        named = self._named_after(head)
        if named is not None:
            return self.entity_candidate(named, mention, "title_name")  # "the ministry spokesman Piotr Nowak"
        if low in self.lex["pronouns"] and head.pos_ == "PRON":
            return self._pronoun(head, mention, words)
        if is_form(head):
            # "a statement issued by the ministry said": the issuer speaks, through the statement
            by = issuer(head)
            if by is not None:
                inner = self.resolve(by, *self._noun_span(by), context)
                basis: SpeakerBasis = "name" if inner.speaker.basis in ("name", "title_name") else "organisation"
                sp = inner.speaker.model_copy(update={"descriptor": words, "basis": basis})
                return Candidate(sp, inner.kind, inner.number, inner.gender, inner.role_heads)
            definite = any(doc[i].lower_ in ("the", "that", "this") for i in range(span_start, head.i))
            recent = self._recent_speaker(mention.start, head.lemma_.lower()) if definite else None
            if recent is not None:
                # "In a statement, the union said ... '...,' the statement said": the statement the
                # article has just mentioned, so its issuer
                sp = recent.speaker.model_copy(update={"mention": mention, "descriptor": words, "basis": "description"})
                return Candidate(sp, recent.kind, recent.number, recent.gender, recent.role_heads)
            return Candidate(Speaker(descriptor=words, mention=mention, basis="fallback"), "thing", "sg")
        alone = not any(c.dep_ == "prep" for c in head.children)  # not "the two of them", "both of us"
        definite = head.pos_ != "NUM" or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        if low in self.lex["group_recall"] and alone and definite:
            # "'...,' the two said" after two named people: those people; else as "they" would be
            return self._named_together(self.lex["group_recall"][low], mention, words) or self._pronoun(
                head, mention, words, self.lex["pronouns"]["they"], "pronoun"
            )
        if low in self.lex["partitives"]:
            group = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in group.children if c.dep_ == "pobj"), None) if group is not None else None
            if pobj is not None:
                # "a number of economists say": some of them, unnamed, not the group as a body
                inner = self.resolve(pobj, pobj.left_edge.i, pobj.i + 1, context, as_group=False)
                sp = inner.speaker.model_copy(update={"mention": mention, "descriptor": words})
                number = "sg" if low in self.lex["singular_partitives"] else inner.number
                return Candidate(sp, inner.kind, number, None, inner.role_heads)
            if head.pos_ in ("PRON", "DET", "NUM"):
                # "Another said: '...'", "One wrote": one more of the people the article has just
                # quoted without a name, itself unnamed; no name, so no later "they" takes "Some" for one
                sp = Speaker(descriptor=words, anonymous=True, mention=mention, basis="description")
                return Candidate(sp, "person", "sg" if low in self.lex["singular_partitives"] else "pl")
        if self.lex["age"].match(" ".join(words.lower().split())):
            return self._pronoun(head, mention, words, _SOMEONE, "description")  # "the 72-year-old said"
        if self._epithet(head, context):
            # "'...,' said the actress": the one person the article gives that role ("Actress Emma
            # Stone"); not the person last talked about, who is often someone else ("her co-star
            # Ryan Gosling waved"): with no such one person the description stays
            lemma = head.lemma_.lower()
            holders = [
                eid
                for eid, e in self.entities.items()
                if e.type == "PERSON" and {low, lemma} & {role_head(r) for r in e.roles if r}
            ]
            if len(holders) == 1:
                return self.entity_candidate(holders[0], mention, "description", words)
        if head.ent_type_ in ("DATE", "TIME"):
            # "the party was accused Wednesday of ...": a day the parse put where the agent goes is no one
            return Candidate(Speaker(mention=None, basis="fallback"), "thing", "sg")
        if head.pos_ not in ("NOUN", "PROPN") or not any(ch.isalpha() for ch in head.text):
            # "this", "'s", "some", a stray symbol: the parse found no one here; say so rather than
            # give those words as the speaker's name
            return Candidate(Speaker(descriptor=words, mention=mention, basis="fallback"), "thing", "sg")
        if head.pos_ == "PROPN" and head.text[:1].isupper():
            name = " ".join(t.text for t in doc[span_start:span_end] if t.lower_ not in _DETERMINERS)
            if name.isupper() and len(name) > 1:
                # a transcript's label ("MORALES:"): the person the article names so, else the name as a name
                known = self._person_by_surname(name)
                if known is not None:
                    return self.entity_candidate(known, mention, "name")
                # "says WHO": the organisation the article names by those initials
                known = self._by_acronym(name)
                if known is not None:
                    return self.entity_candidate(known, mention, "name")
                name = name.title()
            return Candidate(
                Speaker(name=name, mention=mention, basis="title_name" if titled else "name"), "thing", "sg"
            )
        return self._description(head, span_start, span_end, mention, words, context, as_group=as_group)

    def _epithet(self, head: Token, context: str) -> bool:
        """Is ``head`` a definite, singular trade-or-fame description of someone ("the actor", "the
        Oscar-winning actor") with nothing of its own to say who: no owner ("his co-star"), no employer ("the
        star of the club"), not an unnamed source ("the actor, who asked not to be named")?"""
        if head.lemma_.lower() not in self.lex["epithets"] or head.tag_ not in ("NN", "NNP"):
            return False
        dets = [c.lower_ for c in head.children if c.dep_ in ("det", "poss")]
        if dets != ["the"] or any(c.dep_ == "prep" for c in head.children):
            return False
        return anonymity_phrase(context) is None

    def _by_acronym(self, letters: str) -> str | None:
        """The organisation the article calls ``letters`` ("WHO"): by alias, else by its initials."""
        for e in self.entities.values():
            if e.type == "ORG" and letters in e.aliases:
                return e.id
        for e in self.entities.values():
            words = [w for w in e.name.split() if w.lower() not in ("of", "the", "and", "for")]
            if e.type == "ORG" and len(words) == len(letters) and "".join(w[0] for w in words).upper() == letters:
                return e.id
        return None

    def _person_by_surname(self, words: str) -> str | None:
        """The one person the article names whose last name is ``words`` (any case), if exactly one."""
        low = words.lower()
        found = {e.id for e in self.entities.values() if e.type == "PERSON" and e.name.lower().split()[-1:] == [low]}
        return found.pop() if len(found) == 1 else None

    def _is_title(self, tok: Token) -> bool:
        low = tok.lower_
        return tok.lemma_.lower() in self.lex["titles"] or low in self.lex["titles"] or low in self.lex["honorifics"]

    def _named_after(self, head: Token) -> str | None:
        """A person named in apposition to a description ("her lawyer, John Smith, said") or right
        after a title ("spokesman Piotr Nowak", "editor-in-chief Anna Berg")."""
        if head.pos_ != "NOUN":
            return None
        for c in head.children:
            eid = self.token_entity.get(c.i)
            if c.dep_ == "appos" and c.i > head.i and eid is not None and self.entities[eid].type == "PERSON":
                return eid
        low = head.lemma_.lower()
        if not (low in self.lex["titles"] or low in self.lex["voices"]):
            return None
        nxt = head.i + 1
        # over the rest of a hyphenated title ("editor-in-chief") and a comma
        while nxt < min(len(self.doc), head.i + 5) and (
            self.doc[nxt].text in ("-", ",") or self.doc[nxt - 1].text == "-"
        ):
            nxt += 1
        eid = self.token_entity.get(nxt)
        if eid is not None and self.entities[eid].type == "PERSON" and nxt - head.i <= 4:
            return eid
        return None

    def _noun_span(self, head: Token) -> tuple[int, int]:
        """A noun phrase's tokens up to its head: "the Foreign Office" for Office."""
        start = head.i
        while start > head.left_edge.i and self.doc[start - 1].dep_ in (
            "compound",
            "amod",
            "det",
            "poss",
            "nmod",
            "case",
        ):
            start -= 1
        return start, head.i + 1

    def _agrees(self, cand: Candidate, spec: dict[str, Any]) -> bool:
        kind = spec.get("kind", "any")
        if kind != "any" and cand.kind != kind:
            return False
        if spec.get("number") == "sg" and cand.number == "pl":
            return False
        if spec.get("number") == "pl" and cand.number == "sg" and cand.kind == "person":
            return False
        if not spec.get("gender"):
            return True
        gender = cand.gender or self._gender_of(cand.speaker.entity)
        return not (gender and gender != spec["gender"])

    def _gender_of(self, eid: str | None) -> str | None:
        """A person's gender as learnt so far ("he said" earlier named him), else from the first name
        ("Anna Berg" -> f, gender-guesser's table, read only when a pronoun first needs it)."""
        if eid is None or eid not in self.entities:
            return None
        if not self.gender.get(eid) and self.entities[eid].type == "PERSON" and eid not in self.name_checked:
            self.name_checked.add(eid)
            # the article's own "she" outweighs a table of first names ("Ilhan" is listed as a man's)
            e = self.entities[eid]
            self.gender[eid] = self._own_pronoun(e) or self._said_to_be(e) or first_name_gender(e.name) or ""
        return self.gender.get(eid) or None

    def _said_to_be(self, e: Entity) -> str | None:
        """The gender of a noun the article says a person is: "Nkem Obi is one of the first women
        elected", "Nkem Obi became a mother", "Nkem Obi, a mother of three," (copula or apposition)."""
        doc = self.doc
        for m in e.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            nouns = [c for c in root.children if c.dep_ == "appos"]
            if root.dep_ == "appos":
                nouns.append(root.head)
            if root.dep_ == "nsubj" and root.head.lemma_ in ("be", "become", "remain"):
                nouns += [c for c in root.head.children if c.dep_ == "attr"]
            for n in list(nouns):
                if n.lower_ in self.lex["partitives"]:
                    # "one of the first women": the group named after "of"
                    nouns += [x for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children]
            words = {w for n in nouns if n.pos_ == "NOUN" for w in (n.lower_, n.lemma_.lower())}
            if words & self.lex["female_nouns"] and not words & self.lex["male_nouns"]:
                return "f"
            if words & self.lex["male_nouns"] and not words & self.lex["female_nouns"]:
                return "m"
        return None

    def _own_pronoun(self, e: Entity) -> str | None:
        """The gender the article's own pronouns give a person the name table does not know: "Nkem
        Obi said she would ...", "Nkem Obi presented her budget" (a subject's "she" in the clause it
        reports, or its possessive, with no other person named in between)."""
        doc = self.doc
        for m in e.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.dep_ != "nsubj":
                continue
            verb = span.root.head
            for p in doc[span.end : verb.right_edge.i + 1]:
                owner = p.dep_ in ("poss", "case") or (p.dep_ == "compound" and p.head.dep_ == "poss")
                if (p.ent_type_ == "PERSON" and not owner) or p.sent.start != verb.sent.start:
                    # someone else named first: a pronoun from here on may be theirs (not an owner
                    # named on the way: "during Lee's trial, saying she ...")
                    break
                if p.lower_ not in ("he", "she", "his", "her") or verb not in p.ancestors:
                    continue
                path = [a for a in p.ancestors if a.i != verb.i and verb in a.ancestors]
                # "Omar asked for mercy, saying she ...": a participle's clause has the subject's subject
                if any(a.dep_ not in _OWN_CLAUSE and not (a.dep_ == "advcl" and a.tag_ == "VBG") for a in path):
                    continue  # "said to the nominee, who began his speech": someone else's clause
                said = p.head.head
                if said.dep_ == "advcl" and said.tag_ == "VBG" and said.head.i == verb.i:
                    said = verb
                own = p.dep_ == "poss" or (p.dep_ == "nsubj" and p.head.dep_ == "ccomp" and said.i == verb.i)
                if own:
                    return "m" if p.lower_ in ("he", "his") else "f"
        return None

    def _pronoun(
        self,
        head: Token,
        mention: Offsets,
        words: str,
        spec: dict[str, Any] | None = None,
        basis: SpeakerBasis = "pronoun",
    ) -> Candidate:
        """The latest antecedent that agrees with ``spec`` (by default the pronoun's own entry)."""
        spec = spec or self.lex["pronouns"][head.lower_]
        k = bisect.bisect_left(self.history, mention.start, key=lambda ev: ev.at)
        group = self._plural_people_before(head) if spec.get("number") == "pl" and basis == "pronoun" else None
        for ev in reversed(self.history[max(0, k - _LOOKBACK) : k]):
            if group is not None and ev.at < group.idx:
                # "he told supporters ..., as they chanted '...'": the people just named, not the
                # organisation before them
                a, b = self._noun_span(group)
                cand = self._description(group, a, b, mention, words, "", as_group=False)
                sp = cand.speaker.model_copy(update={"mention": mention, "basis": basis})
                return Candidate(sp, cand.kind, "pl", None, cand.role_heads)
            if self._quoted_apart(ev.at, mention.start):
                continue
            if self._agrees(ev.cand, spec) and (ev.cand.speaker.name or ev.cand.speaker.entity):
                # a speaker the resolver could not name ("which", an unresolved "she") is no antecedent
                cand = self._sentence_subject(ev, mention.start, spec) if ev.embedded else ev.cand
                if spec.get("gender") and cand.speaker.entity and not cand.gender:
                    self.gender[cand.speaker.entity] = spec["gender"]
                    cand = Candidate(cand.speaker, cand.kind, cand.number, spec["gender"], cand.role_heads)
                sp = cand.speaker.model_copy(update={"mention": mention, "basis": basis})
                return Candidate(sp, cand.kind, cand.number, cand.gender, cand.role_heads)
        sp = Speaker(name=None, descriptor=words, mention=mention, basis=basis)
        return Candidate(sp, spec.get("kind", "any"), spec["number"])

    def _named_together(self, n: int, mention: Offsets, words: str) -> Candidate | None:
        """The ``n`` people the nearest sentence before ``mention`` that names people names, when it
        names exactly ``n`` ("Harlow and Vrba climbed the face. '...,' the two said"): one speaker
        named for them all, tied to no one entity."""
        people = [e for e in self.entities.values() if e.type == "PERSON"]
        sent = self.doc[self._token_at(mention.start)].sent
        while sent.start_char > 0 and mention.start - sent.start_char <= _RECENT_CHARS:
            end = min(sent.end_char, mention.start)
            named = sorted(
                (min(m.start for m in e.mentions if sent.start_char <= m.start < end), e.name)
                for e in people
                if any(sent.start_char <= m.start < end for m in e.mentions)
            )
            if named:
                if len(named) != n:
                    return None
                sp = Speaker(name=" and ".join(name for _, name in named), descriptor=words, mention=mention)
                return Candidate(sp.model_copy(update={"basis": "pronoun"}), "person", "pl")
            sent = self.doc[sent.start - 1].sent
        return None

    def _sentence_subject(self, ev: _Event, pron: int, spec: dict[str, Any]) -> Candidate:
        """For a pronoun in a later sentence, the sentence's own subject (or its speaker) before the
        subject ``ev`` of a clause inside it: "Sand refused to say whether Lind trained the week the club
        sold Berg. '...,' he said" is Sand speaking. ``ev.cand`` when the sentence has no such one."""
        sent = self.doc[self._token_at(ev.at)].sent
        if sent.end_char > pron:
            return ev.cand  # the pronoun's own sentence: its clauses decide
        k = bisect.bisect_left(self.history, ev.at, key=lambda e: e.at)
        for other in reversed(self.history[max(0, k - _LOOKBACK) : k]):
            if other.at < sent.start_char:
                break
            c = other.cand
            if not other.embedded and self._agrees(c, spec) and (c.speaker.name or c.speaker.entity):
                return c
        return ev.cand

    def _quoted_apart(self, at: int, pron: int) -> bool:
        """Whether ``at`` lies inside quoted words that do not hold the pronoun at ``pron``: a person the
        quote speaks of is not who "he said" after it stands for ("'Heads had to roll the day Epstein
        died,' he said"); inside one long quoted account the two may well be one ("Mia was tired. She ...")."""
        k = bisect.bisect_right(self._spoken_starts, at) - 1
        if k < 0 or at >= self._spoken[k][1]:
            return False
        start, end = self._spoken[k]
        return not start <= pron < end

    def _plural_people_before(self, pron: Token) -> Token | None:
        """The nearest plural noun for people ("supporters", "residents") before ``pron`` in its
        sentence, outside any named entity: what a "they" right after it most likely stands for."""
        sent = pron.sent
        for t in reversed(self.doc[sent.start : pron.i]):
            if t.tag_ == "NNS" and t.lemma_.lower() in self.lex["anonymous"] and t.i not in self.token_entity:
                return t
        return None

    def _description(
        self,
        head: Token,
        span_start: int,
        span_end: int,
        mention: Offsets,
        words: str,
        context: str,
        *,
        as_group: bool = True,
    ) -> Candidate:
        """``as_group``: a plural description names the group that speaks (False where only a "they"
        points at it)."""
        doc = self.doc
        lemma = head.lemma_.lower()
        number = "pl" if head.tag_ in ("NNS", "NNPS") else "sg"
        a = span_start
        while a < span_end - 1 and (doc[a].lower_ in _DETERMINERS or (doc[a].dep_ == "poss" and doc[a].pos_ == "PRON")):
            a += 1
        core = list(doc[a:span_end])
        descriptor = doc[a:span_end].text or head.text  # "the farmers' federation" -> "farmers' federation"
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        anonymous_phrase = anonymity_phrase(context) is not None
        # "a spokesman for the engine maker": a new person (indefinite), who works for someone named
        indefinite = any(doc[i].lower_ in ("a", "an", "another") for i in range(span_start, head.i))
        works_for = employer(head, self.lex["institutions"] | self.lex["employers"])
        voice = None
        if lemma in self.lex["voices"] and works_for is None and not indefinite:
            # "the spokesman" after "a spokesman for Boeing": the same spokesman, Boeing's
            k = bisect.bisect_left(self.voices, mention.start, key=lambda v: v[0])
            voice = next((v for v in reversed(self.voices[max(0, k - _LOOKBACK) : k]) if v[1] == lemma), None)
        # an introduced person this describes: "the Kenyan minister" -> the minister named earlier,
        # never one who works elsewhere ("the ministry spokesman" is not the company's spokesman)
        if lemma in self.lex["titles"] and not anonymous_phrase and not indefinite:
            k = bisect.bisect_left(self.history, mention.start, key=lambda ev: ev.at)
            for ev in reversed(self.history[max(0, k - _LOOKBACK) : k]):
                if voice is not None and voice[0] > ev.at:
                    break  # a spokesman for someone else was described since
                if ev.cand.kind == "person" and lemma in ev.cand.role_heads and self._same_employer(ev.cand, works_for):
                    sp = ev.cand.speaker.model_copy(
                        update={"mention": mention, "descriptor": words, "basis": "description"}
                    )
                    return Candidate(sp, "person", "sg", ev.cand.gender, ev.cand.role_heads)
            for e in self.entities.values():
                introduced = min((m.start for m in e.mentions), default=mention.start) < mention.start
                if voice is None and e.type == "PERSON" and introduced and any(role_head(r) == lemma for r in e.roles):
                    cand = self.entity_candidate(e.id, mention, "description")
                    if self._same_employer(cand, works_for):
                        return cand
        ahead = indefinite or (voice is None and owner is not None and owner.pos_ != "PRON")
        if lemma in self.lex["titles"] and ahead and not anonymous_phrase and lemma not in self.lex["anonymous"]:
            # "in what a federal judge called '...'" (break) "Judge Ana Ruiz said ...": the article's one
            # judge, named in the next lines, is the judge it first described; so is a country's or a
            # body's own title-holder no one held before ("Chile's envoy warned ..." (break) "Chile's envoy
            # Ana Ruiz said"): a lead often names the role first and the person a paragraph later
            named_next = self._named_next(lemma, mention.start)
            if named_next is not None and self._same_employer(self.entity_candidate(named_next), works_for):
                return self.entity_candidate(named_next, mention, "description", words)
        if works_for is None and voice is not None:
            works_for = voice[2]
        mission = number == "pl" and lemma in self.lex["delegations"] and works_for is not None
        if mission and works_for is not None and works_for.pos_ == "PROPN" and works_for.dep_ == "pobj":
            # "observers from the OAS said": the organisation's mission speaks for it
            org = self._organisation(works_for, context)
            sp = org.speaker.model_copy(update={"mention": mention, "descriptor": words, "basis": "organisation"})
            return Candidate(sp, "thing", "sg")
        if works_for is not None and lemma in self.lex["voices"] and not anonymous_phrase:
            # "a spokesperson for the Foreign Office said": the office speaks through its spokesperson
            org = self._organisation(works_for, context)
            # ... but "a company spokesman" in an article that names no company is an unnamed source,
            # not an organisation called "company"
            generic = (
                org.speaker.entity is None
                and works_for.pos_ == "NOUN"
                and works_for.lemma_.lower() in self.lex["generic_employers"]
                and not any(c.dep_ in ("compound", "amod") for c in works_for.children)  # "the engine maker" names one
            )
            if not generic:
                sp = org.speaker.model_copy(update={"mention": mention, "descriptor": words, "basis": "organisation"})
                return Candidate(sp, "thing", "sg")
        if lemma in self.lex["institutions"] or head.lower_ in self.lex["institutions"]:
            if descriptor.lower() == head.lower_ and lemma in self.lex["generic_employers"] and owner is None:
                # "The Port Authority closed the pier ... the agency said": the organisation just named
                recent = self._employer(lemma, mention.start)
                if recent is not None:
                    return self.entity_candidate(recent, mention, "organisation", words)
            name = descriptor
            if owner is not None and owner.pos_ == "PRON" and owner.lower_ in self.lex["pronouns"]:
                o = self._pronoun(owner, Offsets(start=owner.idx, end=owner.idx + len(owner.text)), owner.text)
                if o.speaker.name:
                    name = f"{o.speaker.name}'s {descriptor}".strip()
            for e in self.entities.values():
                named = e.type in ("ORG", "GPE") and lemma in e.name.lower().split()
                if named and all(w.lower() in e.name.lower() for w in descriptor.split()[:-1]):
                    return self.entity_candidate(e.id, mention, "organisation")
            sp = Speaker(name=name, descriptor=words, anonymous=False, mention=mention, basis="organisation")
            return Candidate(sp, "thing", number)
        if lemma in self.lex["anonymous"] or lemma in self.lex["titles"] or anonymous_phrase:
            if number == "pl" and as_group and not anonymous_phrase and lemma not in self.lex["informants"]:
                # "Students chanted", "Defence lawyers argued": a group that speaks as a body, named
                # as the page names it; unnamed informants ("officials said") stay anonymous
                sp = Speaker(name=descriptor, descriptor=words, anonymous=False, mention=mention, basis="description")
                return Candidate(sp, "person", number)
            canonical = self.anonymous.get(lemma)
            if canonical is None:
                canonical = " ".join([t.text for t in core[:-1]] + [lemma]) if core else lemma
                self.anonymous[lemma] = canonical
            sp = Speaker(name=canonical, descriptor=words, anonymous=True, mention=mention, basis="description")
            return Candidate(sp, "person", number)
        sp = Speaker(name=descriptor, descriptor=words, anonymous=False, mention=mention, basis="description")
        return Candidate(sp, "thing", number)

    def _named_next(self, lemma: str, at: int) -> str | None:
        """The article's one person with the role ``lemma``, first named within the next paragraph or two
        after ``at``: whom an indefinite description of that role ("a federal judge") introduces."""
        holders = [
            e for e in self.entities.values() if e.type == "PERSON" and any(role_head(r) == lemma for r in e.roles if r)
        ]
        if len(holders) != 1:
            return None
        first = min((m.start for m in holders[0].mentions), default=-1)
        return holders[0].id if at < first <= at + _RECENT_CHARS else None

    def _same_employer(self, cand: Candidate, works_for: Token | None) -> bool:
        """Can ``cand`` be the person a description with this employer names? Yes when the description
        names none, or when the person's roles or affiliation name the same organisation."""
        if works_for is None:
            return True
        e = self.entities.get(cand.speaker.entity or "")
        if e is None:
            return False
        told = " ".join([*e.roles, e.affiliation or ""]).lower()
        eid = self.token_entity.get(works_for.i)
        if eid is not None and eid in self.entities and self.entities[eid].name.lower() in told:
            return True
        return works_for.lemma_.lower() in told or works_for.lower_ in told

    def _organisation(self, head: Token, context: str) -> Candidate:
        """The organisation a description names as employer: an entity when the article names it."""
        eid = self.token_entity.get(head.i)
        if eid is not None and self.entities[eid].type in ("ORG", "GPE", "NORP", "FAC"):
            return self.entity_candidate(eid, None, "organisation")
        a, b = self._noun_span(head)
        words = [
            t.text for t in self.doc[a:b] if (t.lower_ not in _DETERMINERS and t.dep_ != "poss") or t.pos_ == "PROPN"
        ]
        name = " ".join(words).removesuffix(" 's").removesuffix(" ’s") or head.text
        low = head.lemma_.lower()
        if len(words) == 1 and head.pos_ == "NOUN" and low in self.lex["generic_employers"]:
            # "a company spokesperson": the company the article has named (see _employer), before one
            # whose name merely holds the word ("the Eik Holding Company", named later)
            recent = self._employer(low, head.idx)
            if recent is not None:
                return self.entity_candidate(recent, None, "organisation")
        for e in self.entities.values():
            named = e.type in ("ORG", "GPE") and low in e.name.lower().split()
            if named and all(w.lower() in e.name.lower() for w in words[:-1]):
                return self.entity_candidate(e.id, None, "organisation")
        return Candidate(Speaker(name=name, anonymous=False, basis="organisation"), "thing", "sg")

    def _recent_speaker(self, before: int, form: str) -> Candidate | None:
        """The last named speaker or subject, within the last few paragraphs, whose sentence names the
        document (``form``: "statement"): the issuer of "the statement" the article has just
        mentioned ("In a statement, the union said ...", "The union released a statement")."""
        k = bisect.bisect_left(self.history, before, key=lambda ev: ev.at)
        for ev in reversed(self.history[max(0, k - _LOOKBACK) : k]):
            if before - ev.at > _RECENT_CHARS:
                break
            if not (ev.cand.speaker.entity or (ev.cand.speaker.name and not ev.cand.speaker.anonymous)):
                continue
            sent = self.doc[self._token_at(ev.at)].sent
            if re.search(rf"\b{re.escape(form)}", sent.text.lower()):
                return ev.cand
        return None

    def _token_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._starts, char) - 1)

    def _employer(self, word: str, before: int) -> str | None:
        """Whom a bare "the company" or "a company spokesman" (``word``: "company") stands for: the
        organisation last named before ``before`` whose name holds the word ("the Lund Motor Company"),
        though another, a union, spoke since; else the organisation the article last had speak or act.
        One named only after is not it."""
        named: list[tuple[int, str]] = []
        for e in self.entities.values():
            if e.type == "ORG" and word in e.name.lower().split():
                at = max((m.start for m in e.mentions if m.start < before), default=-1)
                if at >= 0:
                    named.append((at, e.id))
        return max(named)[1] if named else self._recent_organisation(before)

    def _recent_organisation(self, before: int) -> str | None:
        """The organisation the article last had speak or act, within the last few paragraphs:
        whom "a company spokeswoman" works for when the article names no other company."""
        k = bisect.bisect_left(self.history, before, key=lambda ev: ev.at)
        for ev in reversed(self.history[max(0, k - _LOOKBACK) : k]):
            if before - ev.at > _RECENT_CHARS:
                break
            e = self.entities.get(ev.cand.speaker.entity or "")
            if e is not None and e.type == "ORG":
                return e.id
        return None
