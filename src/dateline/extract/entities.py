"""The entity layer: spaCy's NER, corrected by general rules, then canonicalized.

Corrections the small English model needs on news (each a general rule, not a list
of names): a bare surname tagged ORG/GPE is the person who carries it; an acronym
that is no place is no GPE ("AI"); titles ("Minister") are not part of a name;
"the" and "'s" are not part of a name, except a capitalised "The" inside a sentence
("told The Ledger"). Then mentions are grouped into entities: a surname joins the one
full name it ends (or, when two people share it, the one last named), compared without
an honorific or a suffix ("Ms Lind", "Hale" of "Tom R. Hale Jr.") and kept as
the article writes it; "Long Name (ACR)" makes ACR an alias and every later ACR a
mention; places join on their GeoNames id. Titles before or after a name become
``roles``; the owner of a possessive before a title ("Kenya's Foreign Minister")
becomes ``affiliation``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import rules
from ..names import core_words, given_name_use
from ..record import Dateline, Entity, Geo, Offsets
from .geo import CITY, CITY_ALTERNATE, CONTINENT, COUNTRY, STATE, fold, gazetteer

TYPE_MAP = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "NORP": "NORP", "FAC": "FAC", "EVENT": "EVENT",
    "WORK_OF_ART": "OTHER", "LAW": "OTHER", "PRODUCT": "OTHER", "LANGUAGE": "OTHER",
}  # fmt: skip
_PLACE_TYPES = {"GPE", "LOC", "FAC"}
# types whose mentions of one name are one entity (NORP stays apart: "Afghan" the people is not a place)
_NAME_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "OTHER"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
# "Long Name (ACR)" and "Long Name, known as ACR,"
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&]{1,9})\)|,\s+(?:also\s+|better\s+)?known\s+as\s+([A-Z][A-Z&]{1,9})\b")


@dataclass
class _Mention:
    start: int  # token indices in the article Doc
    end: int
    label: str
    text: str = ""
    cluster: int = -1
    unit: bool = False  # named with a place-kind noun after it ("Sulu province"): an area, not a town


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
    # a mention is followed by "hospital", "airport"...: a place named after someone, so a split
    # vote does not make it a person ("Harlan Vance hospital", then "a visit to Harlan Vance")
    named_after: bool = False


@dataclass(frozen=True)
class _TypeRules:
    """data/entities.yaml, read once."""

    org_endings: frozenset[str]
    org_first_words: frozenset[str]
    known_orgs: frozenset[str]
    regions: frozenset[str]
    landmark_endings: frozenset[str]
    landmarks: frozenset[str]
    facility_endings: frozenset[str]
    named_after_nouns: frozenset[str]
    team_context: frozenset[str]
    airline_words: frozenset[str]
    org_descriptors: frozenset[str]
    connectors: frozenset[str]
    particles: frozenset[str]
    known_org_pattern: re.Pattern[str]
    compass: frozenset[str]
    natural_first: frozenset[str]
    natural_endings: frozenset[str]
    event_first: frozenset[str]
    place_kinds: frozenset[str]
    place_nouns: frozenset[str]
    place_prepositions: frozenset[str]
    place_prepositions_strong: frozenset[str]
    building_endings: frozenset[str]
    org_nouns_after: frozenset[str]
    honorifics: frozenset[str]
    person_nouns: frozenset[str]
    name_possessive_nouns: frozenset[str]
    vessel_prefixes: tuple[str, ...]
    loc_town: int
    given_name_use: int
    org_noun_openers: frozenset[str]
    big_city: int
    resident_nouns: frozenset[str]
    arrival_verbs: frozenset[str]
    town_heads: frozenset[str]
    opener_nouns: frozenset[str]
    time_words: frozenset[str]
    time_modifiers: frozenset[str]
    company_suffixes: frozenset[str]
    website_pattern: re.Pattern[str]


@cache
def _type_rules() -> _TypeRules:
    def ws(key: str) -> frozenset[str]:
        return rules.word_set("entities.yaml", key)

    known = ws("known_orgs")
    alternatives = "|".join(re.escape(n) for n in sorted(known, key=len, reverse=True))
    return _TypeRules(
        org_endings=ws("org_endings"),
        org_first_words=ws("org_first_words"),
        known_orgs=frozenset(fold(n) for n in known),
        regions=frozenset(fold(n) for n in ws("regions")),
        landmark_endings=ws("landmark_endings"),
        landmarks=frozenset(fold(n) for n in ws("landmarks")),
        facility_endings=ws("facility_endings"),
        named_after_nouns=ws("named_after_nouns"),
        team_context=ws("team_context"),
        airline_words=ws("airline_words"),
        org_descriptors=ws("org_descriptors"),
        connectors=ws("org_name_connectors"),
        particles=ws("surname_particles"),
        known_org_pattern=re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE),
        compass=ws("region_compass_words"),
        natural_first=ws("natural_first_words"),
        natural_endings=ws("natural_endings"),
        event_first=ws("event_first_words"),
        place_kinds=ws("place_kind_nouns"),
        place_nouns=ws("place_nouns"),
        place_prepositions=ws("place_prepositions"),
        place_prepositions_strong=ws("place_prepositions_strong"),
        building_endings=ws("building_endings"),
        org_nouns_after=ws("org_nouns_after"),
        honorifics=rules.word_set("sources.yaml", "honorifics"),
        person_nouns=ws("person_nouns"),
        name_possessive_nouns=ws("name_possessive_nouns"),
        vessel_prefixes=tuple(str(p) for p in rules.load_yaml("entities.yaml")["vessel_prefixes"]),
        loc_town=int(rules.load_yaml("entities.yaml")["loc_town_population"]),
        given_name_use=int(rules.load_yaml("entities.yaml")["given_name_use"]),
        org_noun_openers=ws("org_noun_openers"),
        big_city=int(rules.load_yaml("entities.yaml")["big_city_population"]),
        resident_nouns=ws("resident_nouns"),
        arrival_verbs=ws("arrival_verbs"),
        town_heads=ws("town_heads") | ws("place_nouns") | ws("resident_nouns"),
        opener_nouns=ws("opener_nouns")
        | frozenset(str(w).lower() for w in rules.load_yaml("events.yaml")["senses"]["actor_nouns"]),
        time_words=frozenset(
            str(w).lower() for key in ("units", "seasons") for w in rules.load_yaml("timexes.yaml")[key]
        ),
        time_modifiers=rules.word_set("timexes.yaml", "season_modifiers"),
        company_suffixes=ws("company_suffixes"),
        website_pattern=re.compile(
            r"[A-Za-z][\w-]*\.(?:" + "|".join(re.escape(d) for d in sorted(ws("website_domains"))) + r")",
            re.IGNORECASE,
        ),
    )


def squash(name: str) -> str:
    """One key for spellings of a name: "De Witt", "DeWitt", "de-Witt" -> "dewitt"."""
    return re.sub(r"[\W_]+", "", fold(name))


def is_landmark(name: str) -> bool:
    """A building, street or landmark ("Hyde Park", "the Kremlin"): never geocoded to a town."""
    r = _type_rules()
    key = fold(name)
    words = key.split()
    return bool(words) and (words[-1] in r.landmark_endings or key in r.landmarks)


def _core_words(text: str) -> list[str]:
    """A person's name without the honorific before it or the suffix after it (names.core_words, as
    the linking step compares names): "Ms Lind" -> ["Lind"], "Tom R. Hale Jr." -> ["Tom", "R.",
    "Hale"]. The surname is the last core word, so "Hale" and "Ms Lind" find the full name they
    shorten."""
    return core_words(text.split())


def _core_key(text: str) -> str:
    return squash(" ".join(_core_words(text)))


def _title_the(doc: Doc, i: int) -> bool:
    """Is token ``i`` a capitalised "The" inside a sentence, so part of a title ("told The Ledger",
    "The Associated Press reported" within a sentence)? At a sentence's start the capital says nothing."""
    return doc[i].text == "The" and not doc[i].is_sent_start


def _name_key(text: str) -> str:
    """One key for a name with and without its "The": "The Ledger" at a sentence's start and inside one."""
    return squash(re.sub(r"^the\s+", "", text, flags=re.IGNORECASE))


def _surname_variants(words: list[str]) -> set[str]:
    """The short forms a full name's surname may take: "Ann De Witt" -> {"witt", "dewitt"};
    "Moqtada al-Sadr" -> {"alsadr", "sadr"}; "Pieter van der Berg" -> {"berg", "derberg", "vanderberg"}."""
    particles = _type_rules().particles
    last = words[-1]
    out = {squash(last)}
    head, sep, tail = last.partition("-")
    if sep and head.lower() in particles and tail:
        out.add(squash(tail))
    k = len(words) - 1
    while k - 1 >= 1 and words[k - 1].lower().rstrip("'") in particles:  # "van der Berg"
        k -= 1
        out.add(squash("".join(words[k:])))
    return out


@cache
def _given_name_fulls() -> dict[str, frozenset[str]]:
    """A short form of a given name -> the full given names it shortens ("pat" -> {"patrick",
    "patricia"}), from entities.yaml's given_name_short_forms."""
    out: dict[str, set[str]] = {}
    for full, shorts in rules.load_yaml("entities.yaml")["given_name_short_forms"].items():
        for short in shorts:
            out.setdefault(str(short).lower(), set()).add(str(full).lower())
    return {k: frozenset(v) for k, v in out.items()}


def _same_given_name(a: str, b: str) -> bool:
    """ "Pat" and "Patrick", "Bill" and "William": one given name, written in full or short."""
    a, b = squash(a), squash(b)
    fulls = _given_name_fulls()
    return a == b or bool(({a} | fulls.get(a, frozenset())) & ({b} | fulls.get(b, frozenset())))


def _one_name(a: list[str], b: list[str]) -> bool:
    """Can two full names ("Patrick Hale Jr." and "Pat Hale", as core words) be one person's? The
    same surname and middle names, and the same given name in full or short. A middle initial one
    name has and the other lacks ("Tom R. Hale", "Tom Hale") is left apart: the fuller form would
    become the name and a son's "Jr." is not in it."""
    if len(a) < 2 or len(b) < 2 or [squash(w) for w in a[1:]] != [squash(w) for w in b[1:]]:
        return False
    return _same_given_name(a[0], b[0])


def _full_name_test(mentions: list[_Mention]) -> Callable[[_Mention], bool]:
    """Is a PERSON mention a name in full? Two words or more besides an honorific and a suffix
    ("Ms Lind" is a surname), unless it is a particle and a surname that a longer name in the
    article ends in ("De Witt" beside "Ann De Witt"); "Al Gore" alone is a full name."""
    surnames: set[str] = set()
    for m in mentions:
        words = _core_words(m.text)
        if m.label == "PERSON" and len(words) >= 2 and words[0].lower() not in _type_rules().particles:
            surnames |= _surname_variants(words)

    def full(m: _Mention) -> bool:
        words = _core_words(m.text)
        if m.label != "PERSON" or len(words) < 2:
            return False
        return squash("".join(words)) not in surnames

    return full


@cache
def _abbreviations() -> dict[str, str]:
    """ "gov." -> "governor": abbreviated titles (titles.yaml), lower case."""
    return {str(k).lower(): str(v).lower() for k, v in rules.load_yaml("titles.yaml")["abbreviations"].items()}


@cache
def _heads() -> frozenset[str]:
    # an abbreviated title ("Gov.", "Sen.") heads a role as its full word does
    return rules.word_set("titles.yaml", "heads") | frozenset(_abbreviations())


def _not_role_nouns() -> frozenset[str]:
    return rules.word_set("titles.yaml", "not_role_nouns")


def role_head(role: str) -> str:
    """The word a role is named by, lower case, an abbreviation written out: "governor" for "Former
    Gov.", "secretary" for "Secretary of State", "minister" for "Foreign Minister": what "the
    governor said" compares."""
    words = role.lower().split()
    cut = [n for n, w in enumerate(words) if n and (w in _TITLE_COMPLEMENTS or w == "to")]
    # "President and Chief Operating Officer": two titles joined, the first names the role; not
    # "Research and Advocacy Director", whose first word is no title
    cut += [n for n, w in enumerate(words) if n and w == "and" and words[n - 1] in _heads()]
    if cut:
        words = words[: min(cut)]  # "Director of Public Prosecutions", "Aide to the President": the director, the aide
    last = words[-1] if words else ""
    return _abbreviations().get(last, last)


def _modifiers() -> frozenset[str]:
    return rules.word_set("titles.yaml", "modifiers")


def _is_title_word(text: str) -> bool:
    t = text.lower()
    return t in _heads() or t in _modifiers()


def _names_no_town(word: str) -> bool:
    """Whether the gazetteer knows ``word`` as no place, or only as another name of a town."""
    place = gazetteer().entry(word)
    return place is None or place[1] == CITY_ALTERNATE


def _capitalised_name(toks: Span | list[Token]) -> bool:
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and not _is_title_word(t.text) for t in toks)


def _titled_name(doc: Doc, start: int, end: int) -> int | None:
    """Where the name starts in a mention that opens with a title ("Agriculture Minister | Gergely
    Varga"): after the last title head, when at least two capitalised names follow it and only
    capitalised words or title words precede it. None when the mention is no titled name."""
    heads = [i for i in range(start, end - 2) if doc[i].lower_ in _heads()]
    if not heads:
        return None
    k = heads[-1] + 1
    if not _capitalised_name(doc[k:end]) or any(t.lower_ in _type_rules().org_endings for t in doc[k:end]):
        return None  # "Major League Baseball", "Prime Minister Calls Bank Workers": no one's name
    if not all(t.text[:1].isupper() or _is_title_word(t.text) for t in doc[start:k]):
        return None
    return k


def _royal_title(t: Token) -> bool:
    """A capitalised royal title (titles.yaml royal_titles) that stays in the name of one known by a
    single name: "Prince Harry", "King Charles", "Pope Francis", as the name is written; a minister
    or a general with one name is still "Ruiz" with the role "General"."""
    return t.text[:1].isupper() and t.lower_ in rules.word_set("titles.yaml", "royal_titles")


# a regnal number after a monarch's or a pope's one name, the last word of a person's name the NER
# tagged: "I", "III", "XVI" (up to 39)
_REGNAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")


def _score_goes_on(doc: Doc, i: int) -> bool:
    """Is token ``i`` a team's goals, the first half of a score the span stops inside: a number of at
    most two digits followed by a dash and another number ("Sweden 1 – 0", "Sweden 1 –0"). A year
    after a place is part of an event's name ("Paris 2024", "Tokyo 2020") and no score."""
    t = doc[i]
    if not (t.text.isdigit() and len(t.text) <= 2) or i + 1 >= len(doc):
        return False
    after = doc[i + 1].text
    if after in ("-", "–"):
        return i + 2 < len(doc) and doc[i + 2].text.isdigit()
    return re.fullmatch(r"[-–]\d{1,3}", after) is not None


def _without_score(doc: Doc, start: int, end: int) -> int:
    """Where a name ends once a match score the NER took in is left out: "Chile 3-0", "Uchiyama 6-2"
    ("beat Chile 3-0"), and "Sweden 1" of "Sweden 1 – 0 Korea": a score is no part of a team's or a
    player's name. A number after a name that is no place stays ("Apollo 11", "Studio 54")."""
    if end - start >= 2 and _SCORE.fullmatch(doc[end - 1].text):
        return end - 1
    if end - start >= 4 and _SCORE.fullmatch(doc[end - 3 : end].text.replace(" ", "")):
        return end - 3  # "6 - 2" in three tokens
    if end - start >= 2 and _score_goes_on(doc, end - 1):
        hit = gazetteer().entry(doc[start : end - 1].text)
        if hit is not None and hit[1] != CITY_ALTERNATE:
            return end - 1  # "Sweden 1 – 0 Korea": the tagger's span stops inside the score
    return end


def _given_name_before(doc: Doc, start: int, common_nouns: frozenset[str]) -> int:
    """ "Detective Sergeant Priya | Nandra", "where Milos | Varga was born": a capitalised word the
    NER left out before a one-word PERSON is the given name, after a title, or when it is no
    English noun (WordNet's noun index). Otherwise the word may itself be a title no list holds
    ("NASA Administrator Bolden"), so the mention stays as it is."""
    r = _type_rules()

    def titled(t: Token) -> bool:
        capitalised_title = _is_title_word(t.text) and t.text[:1].isupper()  # not "of", "and"
        return capitalised_title or t.lower_ in r.honorifics or t.lower_.rstrip(".") in r.honorifics

    k = start - 1
    if k < 1:
        return start
    t = doc[k]
    if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ or t.is_sent_start or titled(t):
        return start
    if titled(doc[k - 1]):
        return k
    no_noun = common_nouns and t.lower_ not in common_nouns and t.is_alpha and t.text[1:].islower()
    return k if no_noun and doc[k].head.i == start else start


def _given_names_start(doc: Doc, i: int) -> int:
    """Where the given names the NER left untagged before token ``i`` start ("Brendan | Winters"): up
    to two capitalised proper nouns the parse hangs on it, no title, honorific or a time's modifier
    ("Early Spring"); ``i`` when there is none."""
    r = _type_rules()
    k = i
    while k - 1 >= 0 and i - k < 2:
        t = doc[k - 1]
        if t.ent_type_ or t.pos_ != "PROPN" or not t.text[:1].isupper() or not t.text[1:].islower():
            break
        if _is_title_word(t.text) or t.lower_.rstrip(".") in r.honorifics or t.head.i != i:
            break
        if t.lower_ in r.time_modifiers:
            break
        k -= 1
    return k


class EntityLayer:
    """Sets ``doc._.dl_entities`` (list of Entity) and ``span._.dl_entity`` on ``doc.ents``."""

    def __init__(self, common_nouns: frozenset[str] = frozenset()) -> None:
        self.common_nouns = common_nouns  # English nouns: "riot", "flash" (not "trudeau")

    def __call__(self, doc: Doc) -> Doc:
        mentions = self._known_orgs(doc, self._common_openers(doc, self._mentions(doc)))
        mentions = self._retype(doc, self._websites(doc, self._untagged_org_names(doc, mentions)))
        mentions = self._untagged_full_names(doc, mentions)
        clusters = self._cluster(doc, mentions)
        entities = self._entities(doc, clusters)
        doc._.dl_entities = entities
        return doc

    # 1. mentions -------------------------------------------------------------------------
    def _mentions(self, doc: Doc) -> list[_Mention]:
        out: list[_Mention] = []
        # words the article writes after a given name (tagged PERSON or not): alone elsewhere, the same
        # word is that person's surname
        named_surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
        named_surnames |= {t.text for t in doc if t.pos_ == "PROPN" and _given_names_start(doc, t.i) < t.i}
        for ent in doc.ents:
            label = TYPE_MAP.get(ent.label_)
            if label is None and (surname := self._time_word_name(doc, ent, named_surnames)) is not None:
                out.append(surname)
                continue
            if label is None:
                continue
            start, end = ent.start, ent.end
            if label == "ORG" and start > 0 and _title_the(doc, start - 1):
                start -= 1  # "told The Ledger": the NER left out the "The" of a newspaper's title
            while start < end and (
                (doc[start].lower_ in ("the", "a", "an") and not (label == "ORG" and _title_the(doc, start)))
                or doc[start].is_punct
                or doc[start].text in _POSSESSIVE  # "group's Karimov" tagged with the owner's "'s"
            ):
                start += 1
            while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            end = _without_score(doc, start, end)
            paren = [i for i in range(start + 1, end) if doc[i].text == "("]
            if paren:
                end = paren[0]  # "Authority on Development (IGAD": the acronym step handles "(IGAD)"
            poss = [i for i in range(start + 1, end - 1) if doc[i].text in _POSSESSIVE]
            if poss and is_landmark(doc[start:end].text) and gazetteer().lookup(doc[start : poss[-1]].text) is None:
                poss = []  # "St Mary's Hospital", "Queen's Park": a possessive inside a landmark's name
            plural = bool(poss) and doc[poss[-1]].text in ("'", "’") and doc[poss[-1] - 1].lower_.endswith("s")
            plural = plural or (  # "Tigray People's Liberation Front", "the Women's Union": a people's name, no owner
                bool(poss) and doc[poss[-1] - 1].lower_ in _type_rules().name_possessive_nouns
            )
            if plural and gazetteer().lookup(doc[start : poss[-1]].text) is None:
                poss = []  # "Magistrates' Court", "Workers' Party": a plural's, inside the name
            if poss:
                # "Kenya's Foreign Ministry": the owner is a mention of its own
                owner = doc[start : poss[-1]]
                if gazetteer().lookup(owner.text) is not None:
                    out.append(_Mention(owner.start, owner.end, "GPE", owner.text))
                start = poss[-1] + 1
            named = _titled_name(doc, start, end) if label != "PERSON" else None
            if named is not None:
                label, start = "PERSON", named  # "Agriculture Minister Gergely Varga" typed WORK_OF_ART
            if label == "PERSON":
                while start < end - 1 and _is_title_word(doc[start].text):
                    start += 1
                if end - start == 1:
                    start = _given_name_before(doc, start, self.common_nouns)
                one_name = end - start == 1 or (end - start == 2 and _REGNAL.fullmatch(doc[end - 1].text) is not None)
                if one_name and start > 0 and _royal_title(doc[start - 1]):
                    # "Prince Harry", "Queen Margrethe": a royal is named with the title, and so is one
                    # with a regnal number ("King Charles III", as "King Charles"), the same name either way
                    start -= 1
                if end - start >= 2 and _hyphen_syllable_after(doc, end):
                    end += 2  # "Moon Jae-in": the NER stopped the given name at its hyphen
            unit = label in ("GPE", "LOC") and end - start >= 2 and doc[end - 1].lower_ in _type_rules().place_kinds
            if unit and doc[end - 1].text.islower():
                end -= 1  # "Sulu province": the name is "Sulu"
            if label == "ORG":
                while end - start >= 2 and doc[end - 1].is_alpha and doc[end - 1].text.islower():
                    end -= 1  # "the UGTT trade union federation": the name is "UGTT"
                if end - start == 1 and ent.end - end == 1 and self._word_needs_its_noun(doc[start], doc[end]):
                    end += 1  # "the Communist party": "Communist" alone is a word, not the party's name
            if start >= end:
                continue
            if label == "PERSON" and not any(t.text[:1].isupper() or t.pos_ == "PROPN" for t in doc[start:end]):
                continue  # "trap debris", "bald eagles": common nouns in lower case name no one
            text = doc[start:end].text
            if label in _PLACE_TYPES and text.isupper() and len(text) <= 3 and gazetteer().lookup(text) is None:
                continue  # "AI", "IT": an acronym that names no place is not a place
            if all(_is_title_word(t.text) or t.is_punct for t in doc[start:end]):
                continue  # "Minister" alone names no one
            out.append(_Mention(start, end, label, text, unit=unit))
        return out

    @staticmethod
    def _time_word_name(doc: Doc, ent: Span, named_surnames: set[str]) -> _Mention | None:
        """A time unit or season the NER dated, capitalised inside a sentence, that is a surname: with
        the given names the NER left out right before it ("the Irish nurse Brendan Winters"), or alone
        when the article writes the same surname after a given name elsewhere ("Winters said").
        Alone and with no such name, a capitalised time word is a time written large ("meet in the
        Spring", "held for Weeks"): None, as for anything else the NER dated."""
        r = _type_rules()
        tok = doc[ent.start]
        if ent.label_ != "DATE" or len(ent) != 1 or tok.is_sent_start or not tok.is_alpha:
            return None
        if not (tok.text[:1].isupper() and tok.text[1:].islower()):
            return None
        low = tok.lower_
        if low not in r.time_words and low.removesuffix("s") not in r.time_words:
            return None
        k = _given_names_start(doc, ent.start)
        if k == ent.start and tok.text not in named_surnames:
            return None
        return _Mention(k, ent.end, "PERSON", doc[k : ent.end].text)

    def _word_needs_its_noun(self, word: Token, noun: Token) -> bool:
        """Is a one-word name before a lower-case organisation noun ("party", "movement") an English
        word, so that the noun is part of the name ("the Communist party", "the Green party"), where a
        proper name stands alone ("the Tisza party" is "Tisza")?"""
        r = _type_rules()
        return (
            noun.text.islower()
            and noun.lower_ in r.org_nouns_after
            and word.text[:1].isupper()
            and word.text[1:].islower()
            and word.lower_ in self.common_nouns
        )

    def _untagged_full_names(self, doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """A person the article names in full only where the NER missed it ("Deputy Director ... Eva-Lotta
        Berglund took") and then by surname ("Ms Berglund said"): the untagged surname with the given
        names before it (capitalised proper nouns that are no English noun, title or honorific) is
        a full-name mention, so the short forms find it."""
        r = _type_rules()
        people = [_core_words(m.text) for m in mentions if m.label == "PERSON"]
        named_in_full = {fold(w[-1]) for w in people if len(w) >= 2}
        wanted = {w[0] for w in people if len(w) == 1 and w[0][:1].isupper() and fold(w[0]) not in named_in_full}
        taken = {i for m in mentions for i in range(m.start, m.end)}
        added: list[_Mention] = []
        for tok in doc:
            if tok.text not in wanted or tok.i in taken or tok.pos_ != "PROPN":
                continue
            k = tok.i
            while k - 1 >= 0 and tok.i - k < 4:
                t = doc[k - 1]
                if t.text == "-" and k >= 2 and not t.whitespace_ and not doc[k - 2].whitespace_:
                    k -= 1  # "Eva-Lotta": one given name in three tokens
                    continue
                if t.i in taken or t.pos_ != "PROPN" or not t.is_alpha or not t.text[1:].islower():
                    break
                if not t.text[:1].isupper() or _is_title_word(t.text) or t.lower_ in r.honorifics:
                    break
                if t.lower_ in self.common_nouns:
                    break  # "Public Prosecution Eva-Lotta Berglund": a word of the title, not a name
                k -= 1
            if doc[k].text == "-":
                k += 1
            if k < tok.i:
                added.append(_Mention(k, tok.i + 1, "PERSON", doc[k : tok.i + 1].text))
        return sorted(mentions + added, key=lambda m: m.start)

    def _common_openers(self, doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """Drops a one-word name that opens a sentence and is a common noun there: a plural of a
        group of people ("Farmers set fire to ...") or a word typed PERSON before a lower-case noun
        it modifies ("Riot police fired ...", "Flash floods"), unless the gazetteer knows it or the
        article writes it capitalised inside a sentence too (then it is a name: "Reform voters")."""
        r = _type_rules()
        inside = {t.text for t in doc if not t.is_sent_start and t.text[:1].isupper()}

        def common(m: _Mention) -> bool:
            tok = doc[m.start]
            if m.end - m.start != 1 or not tok.is_sent_start or m.label not in ("PERSON", "ORG", "NORP", "GPE"):
                return False
            if tok.text in inside or not tok.text[1:].islower() or gazetteer().entry(tok.text) is not None:
                return False
            if fold(tok.text) in r.known_orgs:
                return False
            low = tok.lower_
            plural = (low in r.opener_nouns and low.endswith(("s", "men"))) or (
                low.endswith("s") and low[:-1] in r.opener_nouns
            )
            if plural and low not in r.org_endings:
                return True  # "Farmers", "Protesters": a plural noun, capitalised by its place
            # a lone English noun typed PERSON, never elsewhere capitalised, on a noun: "Riot police",
            # "Flash floods" (not "Trudeau aides"; not ORG: "Kremlin officials said" names the
            # Kremlin; not NORP: "Israeli troops")
            nxt = doc[m.end] if m.end < len(doc) else None
            return (
                nxt is not None
                and m.label == "PERSON"
                and low in self.common_nouns
                and nxt.text.islower()
                and nxt.pos_ == "NOUN"
                and tok.head.i == nxt.i
            )

        return [m for m in mentions if not common(m)]

    def _known_orgs(self, doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """Known organisation names in the text are whole ORG mentions: "Islamic" in "Islamic
        State" widens to the name, and a name the NER missed ("Fidesz") is added."""
        for hit in _type_rules().known_org_pattern.finditer(doc.text):
            if not any(c.isupper() for c in hit.group()):
                continue  # "wagner" in lower case is no name
            span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
            if span is None:
                continue
            if any(m.start <= span.start and span.end <= m.end and (m.start, m.end) != (span.start, span.end)
                   for m in mentions):  # fmt: skip
                continue  # inside a longer name ("Hamas Political Bureau")
            mentions = [m for m in mentions if m.end <= span.start or m.start >= span.end]
            mentions.append(_Mention(span.start, span.end, "ORG", span.text))
        return sorted(mentions, key=lambda m: m.start)

    @staticmethod
    def _untagged_org_names(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """Capitalised words the NER left untagged that end in an organisation word ("at ICICI
        Securities,", "Astrobotic, Deep Space Systems, Draper"): the name of an organisation. Not
        a heading in capitals ("WHO IS THE FRONT-RUNNER")."""
        endings = _type_rules().org_endings
        taken = {i for m in mentions for i in range(m.start, m.end)}
        added: list[_Mention] = []
        for tok in doc:
            if tok.i in taken or not tok.text.istitle() or tok.lower_.strip(".") not in endings:
                continue
            k = tok.i
            while k - 1 >= 0 and not doc[k].is_sent_start and k - 1 not in taken:
                t = doc[k - 1]
                if not (t.is_alpha and t.text[:1].isupper()):
                    break
                k -= 1
            while k < tok.i and doc[k].lower_ in ("the", "a", "an"):
                k += 1
            if k < tok.i:
                added.append(_Mention(k, tok.i + 1, "ORG", doc[k : tok.i + 1].text))
                taken |= set(range(k, tok.i + 1))
        return sorted(mentions + added, key=lambda m: m.start)

    @staticmethod
    def _websites(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """A capitalised word written as a web address ("told Polygraph.info", "Gawker.com") names
        the site, an organisation: added where the NER missed it, an organisation where it
        typed it as a person or a place."""
        pattern = _type_rules().website_pattern
        for tok in doc:
            if not tok.text[:1].isupper() or not pattern.fullmatch(tok.text):
                continue
            inside = [m for m in mentions if m.start <= tok.i < m.end]
            if not inside:
                mentions.append(_Mention(tok.i, tok.i + 1, "ORG", tok.text))
            elif len(inside) == 1 and (inside[0].start, inside[0].end) == (tok.i, tok.i + 1):
                inside[0].label = "ORG"
        return sorted(mentions, key=lambda m: m.start)

    def _retype(self, doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """Types beyond the NER's, from the name itself (data/entities.yaml)."""
        r = _type_rules()
        mentions = self._split_places(doc, self._named_before_org_noun(doc, self._vessels(doc, mentions)))
        mentions = self._given_name_and_place_surname(doc, mentions)
        surnames = {fold(w[-1]) for m in mentions if m.label == "PERSON" and len(w := _core_words(m.text)) >= 2}
        gpe_keys = {fold(m.text) for m in mentions if m.label == "GPE"} - surnames
        said_alone = {fold(m.text) for m in mentions if m.label == "PERSON" and m.end - m.start == 1}
        # "the Steelers", "the Rams": a one-word name in the plural after "the" is a team or a band,
        # not one person, wherever else the article writes it ("Steelers fans"); "the Obamas",
        # whose singular is a surname the article names, are a family, and so is "the Clintons" in
        # an article with no word of sport or music (entities.yaml team_context)
        sport = any(t.lemma_.lower() in r.team_context for t in doc)
        teams = (
            set()
            if not sport
            else {
                fold(m.text)
                for m in mentions
                if m.label == "PERSON"
                and m.end - m.start == 1
                and m.start > 0
                and doc[m.start - 1].lower_ == "the"
                and re.fullmatch(r"[A-Z][a-z]+s", m.text)
                and fold(m.text[:-1]) not in surnames
                and fold(m.text) not in surnames
            }
        )
        for m in mentions:
            if m.end - m.start != 1 or m.end >= len(doc) or fold(m.text) not in surnames:
                continue
            nxt = doc[m.end]
            if nxt.text.islower() and nxt.lower_ in r.org_nouns_after and nxt.pos_ == "NOUN":
                # "the Karimov network", "the Orlov movement": a group named after a person the
                # article names; the noun keeps it apart from the person
                m.end, m.label, m.text = m.end + 1, "ORG", doc[m.start : m.end + 1].text
        for m in mentions:
            words = m.text.split()
            last = words[-1].lower().strip(".")
            if last in r.org_endings:
                self._widen_over_connectors(doc, m, mentions)
            words = m.text.split()
            key = fold(m.text)
            entry = gazetteer().entry(m.text)
            kind = entry[1] if entry is not None else None
            known_place = kind is not None and kind != CITY_ALTERNATE
            if key in r.known_orgs or (m.label == "PERSON" and m.end - m.start == 1 and key in teams):
                m.label = "ORG"
            elif last in r.org_endings and not known_place:
                m.label = "ORG"  # "Rapid Support Forces", "Fatah Central Committee"
            elif len(parts := re.split(r"[-\s]+", m.text.lower())) >= 2 and parts[0] in r.org_first_words:
                m.label = "ORG"  # "Jaish al-Adl", "Lashkar-e-Taiba"
            elif len(words) >= 2 and words[0].lower() in r.event_first and words[1][:1].isupper():
                m.label = "EVENT"  # "Storm Ingrid", "Hurricane Maria": weather, not a person
            elif self._is_region(key) and (
                m.label in ("PERSON", "ORG", "FAC")
                or self._names_a_thing(doc, m)
                or (m.label == "GPE" and kind in (None, CITY_ALTERNATE))
            ):
                m.label = "LOC"  # "Sumatra" is an island, not a person, a people or a state
            elif self._is_natural(words) and kind in (None, CITY_ALTERNATE) and m.label not in ("NORP", "PERSON"):
                m.label = "LOC"  # "River Kent", "the Great Hungarian Plain" ("River Phoenix", "Ricki Lake": people)
            elif m.start > 0 and doc[m.start - 1].lower_ in r.org_descriptors and doc[m.start - 1].pos_ == "NOUN":
                m.label = "ORG"  # "the airline Emirates", "U.S. automaker Chrysler"
            elif (last in r.facility_endings or " ".join(words[-2:]).lower() in r.facility_endings) and (
                m.label == "ORG" and len(words) >= 2
            ):
                m.label = "FAC"  # "Grand Ethiopian Renaissance Dam" is a structure
            elif len(words) >= 2 and not known_place and self._is_building(m):
                m.label = "FAC"  # "Hyde Park", "St Mary's Hospital": a building or a park
            elif m.label == "GPE" and entry is not None and self._is_airline(doc, m, entry[0].name):
                m.label = "ORG"
            elif (
                m.label == "PERSON" and key not in surnames and kind in (None, CITY) and self._before_residents(doc, m)
            ):
                m.label = "GPE" if kind == CITY else "LOC"  # "a Wimmera grower", "Gippsland farmer Jane Doe"
            elif m.label == "PERSON" and key not in surnames and kind != COUNTRY and self._landed_on(doc, m):
                # "landed on Lampedusa", "sank off Basilan": an island or a shore, the same wherever the
                # article names it; a town's other name is no town (the geocode stays off)
                m.label, m.unit = "GPE", kind != CITY
            elif (placed := self._known_place(doc, m, kind, key in gpe_keys)) is not None:
                m.label = placed  # "a diplomat in Maputo" typed ORG, "Slovakia" typed ORG
            elif (
                m.label in ("ORG", "PERSON") and kind is None and key not in surnames and self._unknown_town_in(doc, m)
            ):
                m.label = "GPE"  # "a beach house in Sorrento", "villages in Tanah Datar": a town the gazetteer lacks
            elif m.label != "PERSON" and kind is None and self._person_by_context(doc, m):
                m.label = "PERSON"  # "Orlando Mudumane, a police spokesman," typed ORG
            elif m.label in ("ORG", "GPE") and kind is None and self._given_name_and_surname(doc, m, said_alone):
                m.label = "PERSON"  # "Eyamba Sowers" typed ORG, and "said Sowers" a person
            elif m.label in ("ORG", "GPE", "LOC", "FAC", "OTHER") and kind is None and self._common_given_name(doc, m):
                m.label = "PERSON"  # "Serbia's Dusan Petrovic" typed ORG: a common given name and a surname
            elif m.label != "FAC" and kind is None and self._before_building_noun(doc, m):
                m.label = "FAC"  # "held at Carrow prison", "a trip to Harlan Vance hospital"
            elif kind in (None, CITY) and (noun := self._place_noun_before(doc, m)) is not None:
                # a town the gazetteer knows counts too: "of Hamden, a village west of Buffalo"
                m.label = "LOC" if noun == "island" else "GPE"  # "the hardest-hit village, Sungai Batang"
            elif m.label == "FAC" and kind in (CITY, STATE, COUNTRY) and self._names_before_building(doc, m):
                m.label = "GPE"  # "from Sittwe airport" tagged FAC on the town's name alone
            elif m.label == "FAC" and kind == COUNTRY:
                m.label = "GPE"  # "got past Chile 3-0" tagged FAC with the score: a country is no building
            elif m.label in ("ORG", "PERSON", "NORP", "OTHER") and kind in (None, CITY) and self._unit_after(doc, m):
                m.label, m.unit = "GPE", True  # "western Rakhine state" typed ORG, "Hodeidah province" NORP
        return self._places_by_other_mentions(self._typed_by_list(doc, mentions, surnames), surnames)

    @staticmethod
    def _before_residents(doc: Doc, m: _Mention) -> bool:
        """Is a one-word name the modifier of a lower-case noun for a place's people ("a Wimmera grower")?"""
        nxt = doc[m.end] if m.end < len(doc) else None
        return (
            m.end - m.start == 1
            and nxt is not None
            and nxt.text.islower()
            and nxt.lower_ in _type_rules().resident_nouns
            and doc[m.start].head.i == nxt.i
        )

    @staticmethod
    def _landed_on(doc: Doc, m: _Mention) -> bool:
        """Is a one-word name the object of "on" after a verb of arriving ("landed on Lampedusa") or of "off"?"""
        if m.end - m.start != 1 or m.start == 0 or (m.end < len(doc) and doc[m.end].text in _POSSESSIVE):
            return False
        prep = doc[m.start - 1]
        if prep.dep_ != "prep" or doc[m.start].head.i != prep.i:
            return False
        if prep.lower_ == "off":
            return True
        return (
            prep.lower_ == "on" and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in _type_rules().arrival_verbs
        )

    @staticmethod
    def _unknown_town_in(doc: Doc, m: _Mention) -> bool:
        """Is a one-word ORG that no list knows the object of "in" after a word of where one lives or
        stays ("a beach house in Sorrento"), not "dissent in Labour" nor "in Tesla's"? A name typed
        PERSON only after a place's noun, and alone or in a list ("villages in Agam and Tanah Datar")."""
        r = _type_rules()
        if m.label == "PERSON":
            first = _list_start(doc, m)
            prep = doc[first - 1] if first > 0 else None
            return (
                prep is not None
                and prep.lower_ == "in"
                and prep.head.pos_ == "NOUN"
                and prep.head.text.islower()
                and (prep.head.lemma_.lower() in r.place_nouns or prep.head.lower_ in r.resident_nouns)
                and not (m.end < len(doc) and doc[m.end].text in _POSSESSIVE)
            )
        tok = doc[m.start]
        if m.end - m.start != 1 or m.start == 0 or not tok.text[1:].islower() or fold(m.text) in r.known_orgs:
            return False
        if m.text.lower() in r.org_endings or EntityLayer._org_noun_after(doc, m):
            return False
        nxt = doc[m.end] if m.end < len(doc) else None
        if nxt is not None and (nxt.text in _POSSESSIVE or (nxt.text.islower() and nxt.pos_ in ("NOUN", "PROPN"))):
            return False  # "in Tesla's factory", "in Sorrento council"
        prep = doc[m.start - 1]
        if prep.lower_ != "in" or tok.head.i != prep.i:
            return False
        # "bought a beach house in Sorrento": the parse hangs "in" on the verb whose object is the house
        heads = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
        return any(h.lemma_.lower() in r.town_heads for h in heads)

    @staticmethod
    def _before_building_noun(doc: Doc, m: _Mention) -> bool:
        """Does a name no gazetteer knows modify a lower-case building noun right after it ("Carrow
        prison", "Harlan Vance hospital")? Then it is the building's name, whatever type the NER gave."""
        r = _type_rules()
        nxt = doc[m.end] if m.end < len(doc) else None
        return (
            nxt is not None
            and nxt.text.islower()
            and nxt.lower_ in r.building_endings | r.facility_endings
            and doc[m.end - 1].head.i == nxt.i
            and doc[m.end - 1].dep_ == "compound"
            and _capitalised_name([t for t in doc[m.start : m.end] if t.text != "-"])
        )

    @staticmethod
    def _names_before_building(doc: Doc, m: _Mention) -> bool:
        """Is a one-word name followed by a lower-case building word ("Sittwe airport")?"""
        nxt = doc[m.end] if m.end < len(doc) else None
        endings = _type_rules().building_endings | _type_rules().facility_endings
        return len(m.text.split()) == 1 and nxt is not None and nxt.text.islower() and nxt.lower_ in endings

    @staticmethod
    def _unit_after(doc: Doc, m: _Mention) -> bool:
        """Is a capitalised name followed by a lower-case place kind ("Rakhine state"), or by the
        plural kind of a list of names it opens ("the Sylhet and Sunamganj districts")?"""
        r = _type_rules()
        k = m.end
        while k < len(doc) and k - m.end < 8 and (doc[k].lower_ in ("and", "or", ",") or doc[k].text[:1].isupper()):
            k += 1  # over "and Sunamganj", ", Sylhet and Habiganj"
        listed = k > m.end and doc[k - 1].text[:1].isupper() and "and" in {t.lower_ for t in doc[m.end : k]}
        nxt = doc[k] if k < len(doc) and (listed or k == m.end) else None
        plural_kind = nxt is not None and nxt.lemma_.lower() in r.place_kinds and nxt.lower_ != nxt.lemma_.lower()
        words = m.text.split()
        return (
            nxt is not None
            and nxt.text.islower()
            and (nxt.lower_ in r.place_kinds or plural_kind)
            and all(t.text[:1].isupper() and not _is_title_word(t.text) for t in doc[m.start : m.end])
            and doc[m.end - 1].dep_ != "amod"  # a name, not a people's adjective ("the Kurdish region")
            and words[-1].lower() not in r.org_endings
            and fold(m.text) not in r.known_orgs
        )

    def _typed_by_list(self, doc: Doc, mentions: list[_Mention], surnames: set[str]) -> list[_Mention]:
        """ "Blue Origin, Ceres Robotics, SpaceX and Tyvak", "at Chime, Varo, SoFi": a name in a list
        whose other names (two at least, all of them) are organisations is one too, where the NER
        typed it a person or a place that the gazetteer does not know and no one named in full carries
        it as a surname. A list is names joined by commas, "and", "or", a parenthesised acronym
        after a name ("(SNC)") skipped; a given name before a surname stays a person ("Apple, Google
        and Marta Okafor")."""
        by_start = {m.start: m for m in mentions}
        by_end = {m.end: m for m in mentions}

        def after(m: _Mention) -> _Mention | None:
            i = m.end
            if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
                i += 3  # "Sierra Nevada Corporation (SNC),"
            k = i
            while k < len(doc) and k - i < 2 and doc[k].lower_ in (",", "and", "or"):
                k += 1
            return by_start.get(k) if k > i else None

        def before(m: _Mention) -> _Mention | None:
            k = m.start
            while k > 0 and m.start - k < 2 and doc[k - 1].lower_ in (",", "and", "or"):
                k -= 1
            if k == m.start:
                return None
            if k >= 3 and doc[k - 1].text == ")" and doc[k - 3].text == "(":
                k -= 3
            return by_end.get(k)

        for m in mentions:
            if m.label not in ("PERSON", "GPE", "LOC", "OTHER") or fold(m.text) in surnames or m.start == m.end:
                continue
            entry = gazetteer().entry(m.text)
            if entry is not None and entry[1] != CITY_ALTERNATE:
                continue
            words = m.text.split()
            if len(words) >= 2 and self._given_name_word(doc, words[0]):
                continue
            others: list[_Mention] = []
            for step in (after, before):
                cur: _Mention | None = m
                while cur is not None and len(others) < 6:
                    cur = step(cur)
                    if cur is not None:
                        others.append(cur)
            if len(others) >= 2 and all(o.label == "ORG" for o in others):
                m.label = "ORG"
        return mentions

    @staticmethod
    def _places_by_other_mentions(mentions: list[_Mention], surnames: set[str]) -> list[_Mention]:
        """A one-word name typed PERSON or ORG that the article also names with a place kind ("offices
        in Sanaa and Hodeidah" tagged PERSON, "Hodeidah province") is that place, unless it is the
        surname of someone named in full ("Jordan" after "Michael Jordan"). A bare mention typed as a
        place is no such evidence: the NER mistypes names both ways ("Scientology" once LOC)."""
        places: dict[str, str] = {}
        for m in mentions:
            if m.label in ("GPE", "LOC") and m.unit and m.start < m.end:
                places.setdefault(fold(m.text), m.label)
        for m in mentions:
            key = fold(m.text)
            if m.label in ("PERSON", "ORG") and len(m.text.split()) == 1 and key in places and key not in surnames:
                m.label, m.unit = places[key], True  # the unit the article names, not a town so named
        return [m for m in mentions if m.start < m.end]

    @staticmethod
    def _is_region(key: str) -> bool:
        """A region, island, sea or range of `regions`, with or without a compass word ("the Western Balkans")."""
        r = _type_rules()
        words = key.split()
        return key in r.regions or (len(words) >= 2 and words[0] in r.compass and " ".join(words[1:]) in r.regions)

    @staticmethod
    def _is_building(m: _Mention) -> bool:
        """A LOC that names a landmark ("Hyde Park"), or a PERSON whose last word is a building's and
        nobody's surname ("St Mary's Hospital", not "Grace Park")."""
        if m.label == "LOC":
            return is_landmark(m.text)
        return m.label == "PERSON" and m.text.split()[-1].lower() in _type_rules().building_endings

    @staticmethod
    def _is_natural(words: list[str]) -> bool:
        r = _type_rules()
        first, last = words[0].lower().strip("."), words[-1].lower()
        if any(w in ("on", "in", "at") for w in words):
            return False  # "Sea Cliff Summer Theater on Long Island": a place inside a longer name
        return len(words) >= 2 and (first in r.natural_first or last in r.natural_endings)

    def _known_place(self, doc: Doc, m: _Mention, kind: str | None, named_gpe: bool) -> str | None:
        """GPE (or LOC for a continent) for a place the gazetteer knows that the NER typed
        otherwise: a country or state always; a town after a place preposition ("in Maputo"), in
        "the port of Jolo" or "the provincial capital, Padang", when the article also types it GPE,
        or when it is a big city (typed PERSON or OTHER). None when the type stands."""
        r = _type_rules()
        if kind is None or kind == CITY_ALTERNATE or m.label in ("GPE", "FAC", "EVENT") or not m.text[:1].isupper():
            return None  # "jersey" in lower case is no island
        if m.text.split()[-1].lower() in r.org_endings:
            return None  # "Police Commissioner Raymond Kelly", "at Bank": the word, not a town so named
        if m.label == "NORP" and not self._names_a_thing(doc, m):
            return None  # "Caribbean nations": the name as an adjective
        if kind == CONTINENT:
            return "LOC" if m.label != "LOC" else None
        if kind in (COUNTRY, STATE):
            return "GPE"
        if kind != CITY:
            return None
        if m.label == "LOC":  # "Port Sudan" is a town, not a region; "the Valley", "Mount Pleasant" are not towns
            big = (gazetteer().population(m.text) or 0) >= r.loc_town
            natural = {w.lower() for w in m.text.split()} & (r.natural_first | r.natural_endings)
            return "GPE" if big and not natural else None
        prev = doc[m.start - 1].lower_ if m.start > 0 else ""
        prev2 = doc[m.start - 2].lower_ if m.start > 1 else ""
        first = _list_start(doc, m)
        if first >= 2 and doc[first - 1].lower_ == "of":
            prev, prev2 = "of", doc[first - 2].lemma_.lower()  # "the towns of Tillaberi and Ayorou"
        # a small town's name is also many a surname ("into Bush's rules", "Palin stopped by"): a
        # person's name, or a name typed GPE elsewhere, is a town only when the town is big
        big = (gazetteer().population(m.text) or 0) >= r.loc_town
        owner = m.end < len(doc) and doc[m.end].text in _POSSESSIVE  # "into Bush's rules": a person's, more often
        preps = r.place_prepositions_strong if m.label == "PERSON" else r.place_prepositions
        if (prev in preps and (m.label != "PERSON" or (big and not owner))) or (named_gpe and big):
            return "GPE"
        if prev in ("of", ",") and prev2 in r.place_nouns:
            return "GPE"
        if m.label in ("PERSON", "OTHER") and (gazetteer().population(m.text) or 0) >= r.big_city:
            return "GPE"
        if m.label == "ORG" and len(m.text.split()) == 1 and big and not self._org_noun_after(doc, m):
            return "GPE"  # "said Vilnius would close two crossings": a city speaking for its government
        return None

    @staticmethod
    def _org_noun_after(doc: Doc, m: _Mention) -> bool:
        """ "Vilnius council", "Lagos police": the name modifies an organisation noun after it."""
        nxt = doc[m.end] if m.end < len(doc) else None
        r = _type_rules()
        return nxt is not None and (nxt.lower_ in r.org_nouns_after or nxt.lower_ in r.org_endings)

    @staticmethod
    def _place_noun_before(doc: Doc, m: _Mention) -> str | None:
        """The place noun a PERSON/ORG/OTHER name stands in apposition to or after "of": "the
        provincial capital, Padang,", "the port of Jolo", "the island of Basilan"."""
        r = _type_rules()
        if m.label not in ("PERSON", "ORG", "OTHER"):
            return None
        root = doc[m.start : m.end].root
        appos = [c for c in root.children if c.dep_ == "appos" and c.i >= m.end and c.text.islower()]
        if appos:
            # the parse may hang "a village west of Buffalo" on "west", "village" its compound
            nouns = [appos[0], *(c for c in appos[0].children if c.dep_ == "compound" and c.text.islower())]
            kinds = [n.lemma_.lower() for n in nouns if n.lemma_.lower() in r.place_nouns | r.place_kinds]
            if kinds:
                return kinds[0]  # "Nagorno-Karabakh, a mountainous region inside Azerbaijan"
        if m.start < 2 or not _capitalised_name(doc[m.start : m.end]):
            return None
        first = _list_start(doc, m)  # "the towns of Tillaberi and Ayorou": the list's "of"
        m_start = first if first >= 2 and doc[first - 1].text == "of" else m.start
        prev, noun = doc[m_start - 1], doc[m_start - 2]
        closed = m.end >= len(doc) or doc[m.end].text in (",", ".", ";") or doc[m.end].is_sent_start
        after_noun = prev.text == "of" or (prev.text == "," and closed)
        if prev.text == "," and _head_before(doc, m_start - 2) not in (None, m_start - 2):
            return None  # "the special envoy for the region, Amara Diouf": the title's, not a place's
        place_noun = noun.lower_ in r.place_nouns or noun.lemma_.lower() in r.place_nouns
        if noun.text.islower() and after_noun and place_noun:
            return noun.lemma_.lower()
        if noun.lower_ in r.resident_nouns and noun.text.islower() and prev.text == "of":
            return "town"  # "residents of Flin Flon": the people of a place
        return None

    @staticmethod
    def _person_by_context(doc: Doc, m: _Mention) -> bool:
        """A name that no gazetteer knows, typed ORG, GPE, NORP or OTHER, is a person's when a
        title stands before it ("his counterpart, Elnur Mammadov", "Minister Ali Khan") or a role
        in apposition after it ("Orlando Mudumane, a police spokesman"; "Sutrisno, the head of")."""
        r = _type_rules()
        toks = doc[m.start : m.end]
        # "Liv-Marit Haugen" is four tokens and two words: the hyphen and what it joins are one name
        words = [t for t in toks if t.text != "-"]
        if not 1 <= len(m.text.split()) <= 3 or not _capitalised_name(words) or m.label in ("FAC", "EVENT"):
            return False
        toks = doc[m.start : m.end]
        if fold(m.text) in r.known_orgs or is_landmark(m.text) or any(t.lower_ in r.org_endings for t in toks):
            return False
        prev = doc[m.start - 1] if m.start > 0 else None
        if prev is not None and prev.lower_ in _heads() and len(toks) >= 2:
            return True
        closed = m.end >= len(doc) or doc[m.end].text in (",", ".", ";") or doc[m.end].is_sent_start
        noun = doc[m.start - 2].lower_ if m.start > 1 else ""
        titled = noun in r.person_nouns or _head_before(doc, m.start - 2) is not None
        if prev is not None and prev.text == "," and titled and closed:
            return True  # "his counterpart, Elnur Mammadov,", "Iran's ambassador in Baghdad, Kazem Alavi,"
        two_words = len(m.text.split()) >= 2
        if prev is not None and prev.text == "," and closed and two_words and _role_head_before(doc, m.start - 1):
            return True  # "the deputy director of public prosecutions, Eva Lind,": the title's head further back
        if two_words and m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "who":
            return True  # "Ana Ruiz, who represents the guard,": "who" is said of people, "which" of things
        after = doc[m.end + 1] if m.end + 1 < len(doc) else None
        if after is None or not (after.lower_ in ("a", "an", "the") or after.ent_type_ in ("GPE", "ORG", "NORP")):
            return False
        if _role_after(doc, m.end) is None:
            return False
        # "the plant Automobile Craiova, a Romanian official said": the title word is the subject
        # of the next clause, not in apposition to the name; "a major ratings agency": an adjective
        head = next(t for t in doc[m.end + 1 : m.end + 10] if t.lower_ in _heads())
        return head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("nsubj", "nsubjpass")

    def _given_name_and_surname(self, doc: Doc, m: _Mention, said_alone: set[str]) -> bool:
        """A two-word name typed ORG or GPE is a person's when the article writes its last word
        alone as a person ("Eyamba Sowers didn't know ..." and "said Sowers") and its first word is
        neither an English noun nor a place ("Blue Moon" beside a stray "Moon", "Pittsburgh
        Steelers"): a given name and a surname."""
        r = _type_rules()
        toks = doc[m.start : m.end]
        if len(toks) != 2 or not _capitalised_name(toks) or fold(toks[1].text) not in said_alone:
            return False
        first = toks[0]
        if not first.is_alpha or not first.text[1:].islower() or first.lower_ in self.common_nouns:
            return False
        if fold(m.text) in r.known_orgs or any(t.lower_ in r.org_endings for t in toks):
            return False
        return _names_no_town(first.text)  # "Nadia" is also another name of a town

    def _given_name_and_place_surname(self, doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """ "Valeska Paris" tagged as two places side by side, "Valeska" and "Paris": no one writes two
        places with nothing between them, so a one-word name right before a one-word name, the first
        a common given name (as ``_common_given_name``) the gazetteer knows as no place, is one
        person whose surname is also a town's name; the surname alone later then finds her."""
        out: list[_Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.end == m.start
                and prev.end - prev.start == 1
                and m.end - m.start == 1
                and prev.label in _PLACE_TYPES | {"ORG", "NORP", "OTHER"}
                and m.label in _PLACE_TYPES | {"ORG", "PERSON"}
                and doc[prev.start].whitespace_ == " "
                and self._given_name_word(doc, doc[prev.start].text)
                and re.fullmatch(r"[A-Z][a-z]+", m.text) is not None
                and not (prev.start > 0 and doc[prev.start - 1].lower_ == "the")
            ):
                out[-1] = _Mention(prev.start, m.end, "PERSON", doc[prev.start : m.end].text)
                continue
            out.append(m)
        return out

    def _common_given_name(self, doc: Doc, m: _Mention) -> bool:
        """A two-word name the NER typed as an organisation, a place or a thing is a person's when
        its first word is a common given name (gender-guesser's name table, used at least
        ``given_name_use`` times across its countries) that names no place, and its second a
        capitalised word that ends no organisation's, landmark's or natural feature's name, and neither
        word is an English one: "Marcel Okafor" is someone, not "Victoria Station", "Jordan Valley"
        or "Heinz Field". The article need not write the surname alone (a list of players names each
        once); a name after "the" is a thing's ("the Howard Hughes"): left as typed."""
        r = _type_rules()
        words = m.text.split()
        if len(words) != 2 or fold(m.text) in r.known_orgs or is_landmark(m.text) or self._is_natural(words):
            return False
        if m.start > 0 and doc[m.start - 1].lower_ == "the":
            return False
        if m.label != "ORG" and m.start > 0 and doc[m.start - 1].lower_ in r.place_prepositions_strong:
            return False  # "a check post in Mir Ali": a place after "in", however its words read
        first, last = words
        if not re.fullmatch(r"[A-Z][a-z]*(?:['’-][A-Z])?[a-z]+", last) or last.lower() in r.org_endings:
            return False
        # "The Hill", "Moon Express", "Heinz Field", "Walter Reed": an English word on either side
        # (the table holds "The" and "Moon" too) may make it a title, a firm or a place; a town's
        # name is a surname too ("Ilse London"), though WordNet lists it as a noun
        town = gazetteer().entry(last)
        surname = last.lower() not in self.common_nouns or (town is not None and town[1] != CITY_ALTERNATE)
        return surname and self._given_name_word(doc, first)

    def _given_name_word(self, doc: Doc, word: str) -> bool:
        """Is a word a common given name (gender-guesser's table, used at least ``given_name_use``
        times) that is no English word ("The", "Moon", "Heinz" are in the table) and names no place
        ("Victoria", "Jordan")?"""
        if not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", word):
            return False
        if given_name_use(word) < _type_rules().given_name_use:
            return False
        if word.lower() in self.common_nouns or doc.vocab[word.lower()].is_stop:
            return False
        return _names_no_town(word)

    def _named_before_org_noun(self, doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """ "the opposition Tisza party", "the Royal Parks charity": capitalised names right before a
        lower-case organisation noun name an organisation, whether the NER tagged them or not."""
        r = _type_rules()
        taken = {i: m for m in mentions for i in range(m.start, m.end)}
        added: list[_Mention] = []
        for tok in doc:
            if tok.lower_ not in r.org_nouns_after or not tok.text.islower() or tok.pos_ != "NOUN" or tok.i == 0:
                continue
            k = tok.i
            while k - 1 >= 0 and tok.i - k < 4 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
                t = doc[k - 1]
                if _is_title_word(t.text) or t.is_sent_start or t.ent_type_ not in ("", "ORG", "PERSON", "FAC"):
                    break  # "the Christmas party": a date's name is no party's
                k -= 1
            if k == tok.i or doc[k - 1].lower_ not in r.org_noun_openers:
                continue  # "the opposition Tisza party", not "an annual Oscar party"
            inside = {id(taken[i]) for i in range(k, tok.i) if i in taken}
            if not inside:
                added.append(_Mention(k, tok.i, "ORG", doc[k : tok.i].text))
                continue
            for m in mentions:
                if id(m) in inside and m.start == k and m.end == tok.i and m.label in ("PERSON", "OTHER"):
                    m.label = "ORG"  # "the Wagner group" typed PERSON
        return sorted(mentions + added, key=lambda m: m.start)

    @staticmethod
    def _vessels(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """ "the MV Lady Mary Joy 3" tagged "MV" ORG and "Mary Joy 3" PERSON: one vessel's name (OTHER),
        from the prefix over the capitalised words the NER left out; "Space Shuttle Atlantis" too."""
        prefixes = _type_rules().vessel_prefixes
        one_word = {p for p in prefixes if " " not in p}
        out: list[_Mention] = []
        for m in mentions:
            follows = m.end < len(doc) and doc[m.end].text[:1].isupper() and doc[m.end].pos_ == "PROPN"
            if m.text in one_word and follows:
                continue  # the prefix alone ("MV"): its name follows (not "INS agents")
            k = m.start
            while k - 1 >= 0 and doc[k - 1].text[:1].isupper() and m.start - k < 3 and doc[k - 1].text not in one_word:
                if doc[k - 1].ent_type_ or doc[k - 1].pos_ != "PROPN":
                    break
                k -= 1
            if k - 1 >= 0 and doc[k - 1].text in one_word:
                out.append(_Mention(k - 1, m.end, "OTHER", doc[k - 1 : m.end].text))
            elif any(fold(m.text).startswith(p.lower() + " ") for p in prefixes if " " in p):
                m.label = "OTHER"
                out.append(m)
            else:
                out.append(m)
        return out

    @staticmethod
    def _split_places(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
        """ "between Kendal and Windermere" tagged as one ORG: two places when the part before "and" is
        a town or country the gazetteer knows and the whole is no organisation's name."""
        r = _type_rules()
        out: list[_Mention] = []
        for m in mentions:
            ands = [i for i in range(m.start + 1, m.end - 1) if doc[i].lower_ == "and"]
            last = doc[m.end - 1].lower_
            if len(ands) != 1 or m.label not in ("ORG", "OTHER") or last in r.org_endings:
                out.append(m)
                continue
            left, right = doc[m.start : ands[0]], doc[ands[0] + 1 : m.end]
            entry = gazetteer().entry(left.text)
            if entry is None or entry[1] == CITY_ALTERNATE or not _capitalised_name(right):
                out.append(m)
                continue
            out.append(_Mention(left.start, left.end, "GPE", left.text))
            out.append(_Mention(right.start, right.end, "GPE", right.text))
        return out

    @staticmethod
    def _names_a_thing(doc: Doc, m: _Mention) -> bool:
        """A NORP or OTHER mention used as a noun ("the island of Sumatra"), not as a
        modifier ("Caribbean nations")."""
        head = doc[m.start : m.end].root
        return m.label in ("NORP", "OTHER") and head.dep_ not in ("amod", "compound", "nmod")

    @staticmethod
    def _widen_over_connectors(doc: Doc, m: _Mention, mentions: list[_Mention]) -> None:
        """ "Food and | Agriculture Organization": capitalised words joined by "and"/"of"
        before a name that ends in an organisation word belong to the name."""
        r = _type_rules()
        start = m.start
        while start - 2 >= 0 and doc[start - 1].lower_ in r.connectors and doc[start - 2].text[:1].isupper():
            k = start - 2
            while k - 1 >= 0 and doc[k - 1].text[:1].isupper() and not doc[k].is_sent_start and m.start - k < 8:
                k -= 1
            if doc[k].lower_ == "the" or (doc[k].is_sent_start and doc[k].tag_ == "NNS"):
                k += 1  # "Members of Westmorland and Furness Council": a plural noun opening the sentence
            left = doc[k : start - 1]
            if not len(left) or left[-1].lower_.strip(".") in r.org_endings:
                break  # "Sudan Airways and Badr Airlines", "Vell Corp. and ...": a whole organisation's name
            if len(left) == 1 and left[0].is_upper and len(left[0].text) >= 2:
                break  # "SBI and ICICI Bank": an acronym before "and" is a name of its own
            hit = gazetteer().entry(left.text)
            person = any(o.label == "PERSON" and o.start <= k < o.end for o in mentions)
            if k >= start - 1 or (hit is not None and hit[1] != CITY_ALTERNATE) or m.start - k >= 8:
                break  # "Australia and New Zealand ...": a place before "and" is a place of its own
            if person or fold(left.text) in r.known_orgs:
                break  # "Hamas and Islamic Jihad Movement": a known name before "and" is its own
            start = k
        if start == m.start:
            return
        for other in mentions:
            if other is not m and other.start < m.start and other.end > start:
                other.end = other.start  # absorbed; dropped by the caller
        m.start = start
        m.text = doc[start : m.end].text

    @staticmethod
    def _is_airline(doc: Doc, m: _Mention, place_name: str) -> bool:
        """ "Emirates flight 521": an alias of a country before "flight", without "the", is an airline."""
        r = _type_rules()
        if fold(place_name) == fold(m.text) or (m.start > 0 and doc[m.start - 1].lower_ == "the"):
            return False
        return m.end < len(doc) and doc[m.end].lower_ in r.airline_words

    # 2. clusters -------------------------------------------------------------------------
    def _cluster(self, doc: Doc, mentions: list[_Mention]) -> list[_Cluster]:
        clusters: list[_Cluster] = []
        by_key: dict[tuple[str, str], int] = {}
        # (cluster, tokens, first token, surname forms, given name) of everyone named in full
        full_people: list[tuple[int, list[str], int, set[str], str]] = []
        particles = _type_rules().particles

        def new_cluster(key: tuple[str, str]) -> int:
            clusters.append(_Cluster())
            by_key[key] = len(clusters) - 1
            return len(clusters) - 1

        def person_for(key: str, at: int) -> int | None:
            """The person a short form names: a surname first, then a given name; when two
            people share it, the one named last before this mention."""
            for surname in (True, False):
                cands = [
                    (first, c)
                    for c, _toks, first, surnames, given in full_people
                    if first < at and (key in surnames if surname else key == given)
                ]
                if cands:
                    return max(cands)[1]
            return None

        def short_form(m: _Mention) -> bool:
            words = m.text.split()
            opens = words[0][:1].isupper() or re.split(r"[-']", words[0].lower())[0] in particles
            return m.label in ("PERSON", "ORG", "GPE", "NORP", "OTHER") and len(words) <= 3 and opens

        # Full names first, so surnames can find them wherever they appear. Spellings of
        # one full name ("Ann De Witt", "Ann DeWitt") share a key: one person.
        ordered = sorted(mentions, key=lambda m: m.start)
        _is_full_name = _full_name_test(ordered)
        qualified = self._qualified_places(doc, ordered)
        for m in ordered:
            if _is_full_name(m):
                # "Tom R. Hale Jr." and "Tom R. Hale" are one name: the key leaves the suffix out
                key = ("PERSON", _core_key(m.text))
                c = by_key.get(key)
                words = _core_words(m.text)
                if c is None:
                    # "Pat Hale" after "Patrick Hale Jr.", "Tom Hale" after "Tom R. Hale": one man,
                    # unless two people named so far could both be him
                    same = {c0 for c0, toks0, _f, _s, _g in full_people if _one_name(toks0, words)}
                    if len(same) == 1:
                        c = by_key[key] = same.pop()
                if c is None:
                    c = new_cluster(key)
                    by_key.setdefault(("NAME", squash(m.text)), c)
                toks = core_words([t.text for t in doc[m.start : m.end]])  # the surname is "Hale", not "Jr."
                full_people.append((c, toks, m.start, _surname_variants(words), squash(words[0])))
        for m in ordered:
            c_opt: int | None = None
            if _is_full_name(m):
                c_opt = by_key[("PERSON", _core_key(m.text))]
            elif short_form(m):
                # "DeWitt", "De Witt", "al-Sadr", "Ms Berglund": whatever type the NER gave the short form
                c_opt = person_for(_core_key(m.text), m.start + 1)
                if c_opt is None and m.label == "PERSON":
                    c_opt = by_key.get(("PERSON", squash(m.text)))
            if c_opt is not None:
                m.label = "PERSON"
            else:
                geo = None
                if m.label in _PLACE_TYPES and is_landmark(m.text):
                    m.label = "FAC" if m.label in ("GPE", "LOC") else m.label  # a landmark is no town, nor a region
                elif m.label in _PLACE_TYPES:
                    geo = qualified.get(fold(m.text)) or gazetteer().lookup(m.text, label=m.label)
                    hit = gazetteer().entry(m.text) if m.unit else None
                    if hit is not None and hit[1] in (CITY, CITY_ALTERNATE):
                        geo = None  # "Sulu province" is not the town of Jolo, whose other name is Sulu
                # a province from data/provinces.csv has no GeoNames id: its name is its key
                key = ("GEO", str(geo.geonames_id or geo.name)) if geo else (m.label, _name_key(m.text))
                if m.label == "PERSON":
                    key = ("PERSON", squash(m.text))
                # one name is one entity in an article whatever type the tagger gave each mention
                # ("Inner Mongolia" as GPE, LOC and ORG; "Twitter" as PERSON and ORG): the votes decide
                same_name = ("NAME", _name_key(m.text)) if m.label in _NAME_TYPES else None
                c_opt = by_key.get(key)
                if c_opt is None and same_name is not None:
                    c_opt = by_key.get(same_name)
                    if c_opt is not None and not _may_share(m.label, clusters[c_opt]):
                        c_opt = None
                if c_opt is None:
                    c_opt = new_cluster(key)
                    clusters[c_opt].geo = geo
                elif clusters[c_opt].geo is None and geo is not None:
                    clusters[c_opt].geo = geo
                    by_key[key] = c_opt
                if same_name is not None:
                    by_key.setdefault(same_name, c_opt)
            m.cluster = c_opt
            cl = clusters[c_opt]
            cl.mentions.append(m)
            cl.label_votes[m.label] += 1
            if m.end < len(doc) and doc[m.end].text in _type_rules().named_after_nouns:
                cl.named_after = True
            cl.forms.append(m.text)
        people = [(c, toks, first) for c, toks, first, _s, _g in full_people]
        self._surnames_untagged(doc, mentions, clusters, people)
        self._acronyms(doc, clusters)
        _undefined_acronyms(clusters)
        _short_company_names(clusters)
        for cl in clusters:
            if cl.label_votes.get("PERSON") and not cl.named_after and any(len(f.split()) >= 2 for f in cl.forms):
                cl.forced_type = "PERSON"
        self._roles(doc, clusters)
        return [c for c in clusters if c.mentions]

    @staticmethod
    def _qualified_places(doc: Doc, mentions: list[_Mention]) -> dict[str, Geo]:
        """Folded town name -> the town its state or country after a comma names ("Palm Beach,
        Florida", "Paris, Texas"), and that state's name -> the state: the article's later bare
        "Palm Beach" is that same town, its "Georgia" after "Athens," the US state."""
        starts = {m.start: m for m in mentions}
        out: dict[str, Geo] = {}
        for m in mentions:
            if m.label not in ("GPE", "LOC") or m.end + 1 >= len(doc) or doc[m.end].text != ",":
                continue
            q = starts.get(m.end + 1)
            region = q.text if q is not None and q.label in ("GPE", "LOC") else doc[m.end + 1].text
            own = gazetteer().entry(m.text)
            if own is not None and own[1] in (CONTINENT, COUNTRY):
                continue  # "Canada, Mexico": a list of countries, not a town and its country
            hit = gazetteer().within(m.text, region)
            if hit is not None:
                out.setdefault(fold(m.text), hit[0])
                out.setdefault(fold(region), hit[1])  # "Fla." and "Georgia" there are the state
        return out

    def _surnames_untagged(
        self, doc: Doc, mentions: list[_Mention], clusters: list[_Cluster], people: list[tuple[int, list[str], int]]
    ) -> None:
        """A known person's surname the NER missed ("Odinga will hold...") is still a mention."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        surnames: dict[str, set[int]] = {}
        for c, toks, _ in people:
            surnames.setdefault(toks[-1], set()).add(c)
        for tok in doc:
            if tok.i in taken or tok.text not in surnames or not (tok.pos_ == "PROPN" or self._noun_as_name(tok)):
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

    @staticmethod
    def _noun_as_name(tok: Token) -> bool:
        """A surname that is also an English noun ("Pliers, who advises ...", "said Price"), parsed as
        a noun: capitalised, heading its own noun phrase (no article, no adjective, no compound), and at
        a sentence's start only before a comma or a verb ("Price rises" is about prices)."""
        if tok.pos_ != "NOUN" or not tok.text[:1].isupper() or not tok.text[1:].islower():
            return False
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "dative"):
            return False
        if any(c.dep_ in ("det", "amod", "compound", "nummod") for c in tok.children):
            return False
        nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
        return not tok.is_sent_start or (nxt is not None and (nxt.text == "," or nxt.pos_ in ("VERB", "AUX")))

    def _acronyms(self, doc: Doc, clusters: list[_Cluster]) -> None:
        """ "Intergovernmental Authority on Development (IGAD)", "the Maritime Industry Authority, known as
        MARINA,": the acronym is an alias, and every later one a mention."""
        text = doc.text
        for m in _ACRONYM.finditer(text):
            acr = m.group(1) or m.group(2)
            if not any(c.isupper() for c in acr[1:]) and len(acr) > 2:
                continue
            before = text[: m.start()].rstrip()
            owner: _Cluster | None = None
            for cl in clusters:
                for mm in cl.mentions:
                    if doc[mm.end - 1].idx + len(doc[mm.end - 1].text) != len(before):
                        continue
                    # "National Disaster Management Agency (BNPB)": an organisation's acronym may be
                    # its own language's ("Badan Nasional ..."), so its letters need not match
                    foreign = mm.label == "ORG" and len(acr) >= 3 and acr.isupper()
                    if _initials_match(acr, mm.text) or foreign:
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
                # a noun no title list holds is a role only beside a name the NER took for a person's
                person = m.label == "PERSON"
                role, owner = _role_before(doc, m.start, m.end if person else None)
                # a title before the name and a description after it are both its roles
                # ("Cmdr. Ann Roe, a spokesperson for the coalition,")
                after = _role_after(doc, m.end, m.start if person else None)
                if role is None and after is None and person:
                    role, owner = _role_before(doc, m.start, m.end, comma_noun=True)
                if role is None and after is None and (first := _list_start(doc, m)) != m.start:
                    while first < m.start and _title_token(doc[first]):
                        first += 1  # the parse may hang the title on the first name
                    if _plural_title(doc, first - 1):
                        role, owner = _role_before(doc, first)  # "Sens. Ann Roe and Tim Lake": both are senators
                for found in (role, after):
                    if found and found.lower() not in (r.lower() for r in cl.roles):
                        cl.roles.append(found)
                if owner and cl.affiliation is None:
                    cl.affiliation = owner

    # 3. records ------------------------------------------------------------------------------
    def _entities(self, doc: Doc, clusters: list[_Cluster]) -> list[Entity]:
        clusters = sorted(clusters, key=lambda c: min(m.start for m in c.mentions))
        out: list[Entity] = []
        for n, cl in enumerate(clusters, 1):
            eid = f"e{n}"
            label = cl.forced_type or _vote(cl)
            forms = [f for f in cl.forms if f]
            # a word in capitals longer than an acronym is a dateline's or a label's ("WASHINGTON –"):
            # the same name written normally is the canonical one
            # the honorific is left out when the fuller form is weighed: "Eva Lind" before "Ms Lind"
            name = max(
                forms, key=lambda f: (len(_core_words(f)), len(f.split()), len(f), not _shouted(f), -forms.index(f))
            )
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


def with_dateline_place(entities: list[Entity], dateline: Dateline | None) -> list[Entity]:
    """The entities, with the dateline's place added when the body never names it ("DENVER (AP)
    --" before a story that says only "the Capitol"): the article names the place there, so
    it is one of its places. The dateline is not part of the text, so the entity has no mentions.
    Only a place the gazetteer knows, and only when no entity is that place already."""
    if dateline is None or dateline.geo is None:
        return entities
    geo, key = dateline.geo, fold(dateline.place)
    for e in entities:
        if e.geo is not None and e.geo.geonames_id is not None and e.geo.geonames_id == geo.geonames_id:
            return entities
        if key in {fold(n) for n in (e.name, *e.aliases)}:
            return entities
    ids = {e.id for e in entities}
    n = len(entities) + 1
    while f"e{n}" in ids:
        n += 1
    return [*entities, Entity(id=f"e{n}", name=dateline.place, type="GPE", geo=geo)]


def _may_share(label: str, cl: _Cluster) -> bool:
    """Whether a mention typed ``label`` joins an entity of the same name: a person and a place never
    do ("Jordan", "Washington"; "offices in Sanaa and Hodeidah" tagged a person)."""
    votes = set(cl.label_votes)
    if label == "PERSON":
        return not votes & _PLACE_TYPES
    if label in _PLACE_TYPES:
        return "PERSON" not in votes
    return True


def _shouted(form: str) -> bool:
    return form.isupper() and len(form.replace(" ", "")) > 5


def _vote(cl: _Cluster) -> str:
    """The type most mentions of an entity were given; on a tie a person (unless a mention reads as
    a place named after someone), then a place the gazetteer knows, then the first type given (the
    tagger is least sure when it splits its votes)."""
    top = max(cl.label_votes.values())
    tied = [lab for lab, n in cl.label_votes.items() if n == top]
    if "PERSON" in tied and len(tied) > 1 and cl.named_after:
        tied.remove("PERSON")
    if "PERSON" in tied:
        return "PERSON"
    place = [lab for lab in tied if lab in _PLACE_TYPES]
    if place and cl.geo is not None:
        return place[0]
    return tied[0]


# Words a name's initials skip: "Organisation of the Petroleum Exporting Countries" is OPEC.
_INITIAL_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "to", "de", "des", "du", "la", "le", "&"})


def _role_head_before(doc: Doc, comma: int) -> bool:
    """Whether the words before an appositive comma are a title whose head comes before an "of"
    phrase ("the deputy director of public prosecutions, ..."): the head within a few words, with
    nothing but the title's own words between."""
    for j in range(comma - 1, max(-1, comma - 7), -1):
        t = doc[j]
        if t.lower_ in _heads() and t.pos_ == "NOUN":
            return any(doc[k].lower_ == "of" for k in range(j + 1, comma))
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _list_start(doc: Doc, m: _Mention) -> int:
    """The first token of the list a name ends ("Tillaberi" for "Ayorou" in "Tillaberi and Ayorou"),
    its own start when it is in no list or opens one."""
    tok = doc[m.start : m.end].root
    if tok.dep_ != "conj":
        return m.start
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    start = tok.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i:
        start -= 1
    return start


def _short_company_names(clusters: list[_Cluster]) -> None:
    """ "Tyvak" after "Tyvak Nano-Satellite Systems", "SoftBank" beside "SoftBank Group Corp": an
    organisation written without the words that say it is a company (entities.yaml's
    company_suffixes end the rest) is that company, its short form an alias."""
    suffixes = _type_rules().company_suffixes

    def shortens(short: str, long: str) -> bool:
        s, w = short.split(), re.sub(r"^The\s+", "", long).split()  # "Carlyle" of "The Carlyle Group"
        if "and" in w:
            return False  # "Big Machine and The Carlyle Group": two companies the NER tagged as one
        return len(s) < len(w) and w[: len(s)] == s and w[-1].lower().strip(".,") in suffixes

    orgs = [cl for cl in clusters if set(cl.label_votes) == {"ORG"} and cl.forced_type in (None, "ORG")]
    # a one-word name the NER took for a person ("Carlyle, which already held a stake") that no
    # full name carries (then it would be that person's, its forms longer)
    lone = [
        cl
        for cl in clusters
        if set(cl.label_votes) == {"PERSON"} and cl.forced_type is None and all(len(f.split()) == 1 for f in cl.forms)
    ]
    for short in orgs + lone:
        for long in orgs:
            if long is short or not short.mentions or not long.mentions:
                continue
            if any(shortens(a, b) for a in short.forms for b in long.forms):
                long.mentions += short.mentions
                long.forms += short.forms
                long.aliases += [a for a in short.aliases if a not in long.aliases]
                long.label_votes["ORG"] += sum(short.label_votes.values())  # the company's, not a person's
                for m in short.mentions:
                    m.label = "ORG"
                short.mentions, short.forms = [], []


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _INITIAL_SKIP).upper()


def _undefined_acronyms(clusters: list[_Cluster]) -> None:
    """An acronym the article uses without defining it ("an EU spokesman") is the one organisation or
    country it names in full whose initials spell it ("the European Union"); with two such names, or
    none, it stays an entity of its own."""
    for cl in clusters:
        if not cl.mentions or any(len(f.split()) > 1 for f in cl.forms):
            continue
        acr = next((f for f in cl.forms if 2 <= len(f) <= 6 and f.isalpha() and f.isupper()), None)
        if acr is None:
            continue
        owners = [
            o
            for o in clusters
            if o is not cl
            and o.mentions
            and (o.forced_type or o.label_votes.most_common(1)[0][0]) in ("ORG", "GPE", "NORP")
            and any(len(f.split()) >= 2 and _initials(f) == acr for f in o.forms)
        ]
        if len(owners) != 1:
            continue
        owner = owners[0]
        owner.mentions.extend(cl.mentions)
        owner.forms.extend(cl.forms)
        owner.label_votes.update(cl.label_votes)
        if acr not in owner.aliases:
            owner.aliases.append(acr)
        cl.mentions = []


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


def _head_before(doc: Doc, i: int) -> int | None:
    """Where the role head is in words ending at ``i`` that stand before an appositive name: the
    head itself ("Kendal's MP"), or a head and the phrase that places it ("a spokesperson for the
    interior ministry", "Iran's ambassador in Baghdad", "the special rapporteur on Myanmar")."""
    if i < 0:
        return None
    if doc[i].lower_ in _heads():
        return i
    k = i
    while k >= 1 and i - k < 6:
        t = doc[k]
        if t.is_punct or t.pos_ in ("VERB", "AUX", "PRON") or t.lower_ == "and":
            return None  # "..., said on Tuesday in Baghdad, Name": no phrase of a title
        if t.lower_ in _ROLE_PREPOSITIONS and doc[k - 1].lower_ in _heads():
            return k - 1
        k -= 1
    return None


# Prepositions that tie a place or an organisation to a title: "spokesperson for", "ambassador in".
_ROLE_PREPOSITIONS = frozenset({"for", "of", "in", "on", "at", "to"})
# the prepositions whose bare phrase is part of the title it follows: "Director of Public
# Prosecutions", "administrator for exploration", "an expert in public health"
_TITLE_COMPLEMENTS = frozenset({"of", "for", "in"})
# Named entities that end a title's own "of" phrase: "President of Kenya" is the president, of
# Kenya; "Secretary of State" (the NER may call "State" an ORG) is one office.
_NOT_IN_TITLE = frozenset({"GPE", "LOC", "NORP", "PERSON", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"})


def _hyphen_syllable_after(doc: Doc, end: int) -> bool:
    """Whether a name ending at ``end`` goes on with a hyphen and a short lower-case syllable glued to
    a short capitalised one ("Jae-in", "Jong-un"), not an English word glued to a name ("Ford-led",
    "Obama-era"): entities.yaml ``hyphen_syllable_max_letters``, ``not_hyphen_syllables``."""
    if end + 1 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return False
    before, syllable = doc[end - 1], doc[end + 1]
    longest = int(rules.load_yaml("entities.yaml")["hyphen_syllable_max_letters"])
    if not (before.is_alpha and before.text.istitle() and len(before.text) <= longest + 1):
        return False
    if not (syllable.is_alpha and syllable.text.islower() and len(syllable.text) <= longest):
        return False
    if end + 2 < len(doc) and doc[end + 2].text == "-" and not syllable.whitespace_:
        return False  # "Jae-in-law": a longer compound
    return not syllable.lower_.endswith("ed") and syllable.lower_ not in rules.word_set(
        "entities.yaml", "not_hyphen_syllables"
    )


def _linked_noun(doc: Doc, i: int, start: int, end: int) -> bool:
    """Whether the word at ``i`` is a common noun the parse ties to the name ``doc[start:end]``, so a
    role no list needs to hold: a compound on the name ("host Jane Roe"), the noun the name stands
    in apposition to ("negotiator Jane Roe", "the group's convener, Jane Roe") or one in apposition
    to the name ("Jane Roe, a clinical psychologist"). Nouns that never describe a person
    (titles.yaml ``not_role_nouns``: "Jane Roe, the group's ...") are not roles."""
    if i < 0 or i >= len(doc):
        return False
    t = doc[i]
    if t.pos_ != "NOUN" or t.tag_ != "NN" or not t.is_alpha or not t.text.islower() or t.ent_type_:
        return False  # a plural ("registered voters, Jane Roe") describes a group, not her
    r = _type_rules()
    lemma = t.lemma_.lower()
    if t.lower_ in _not_role_nouns() or lemma in _not_role_nouns() or lemma in r.place_nouns | r.place_kinds:
        return False  # "Hamden, a town on the border": a place's description, whatever the NER typed
    if lemma in r.org_descriptors | r.org_nouns_after:
        return False  # "Open Ledger, a charity": an organisation's kind, whatever the NER typed
    return start <= t.head.i < end or any(x.head.i == i for x in doc[start:end])


def _title_token(t: Token) -> bool:
    """A title word: listed (or an abbreviation), or a listed title in the plural capitalised inside a
    sentence ("signed by Senators [Ann Roe] and Tim Lake"; "Officials" opening a sentence is no title)."""
    if t.lower_ in _heads():
        return True
    return t.text.istitle() and not t.is_sent_start and t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in _heads()


def _plural_title(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is a title in the plural ("Sens.", "Presidents"), which goes with
    each name of the list after it."""
    if i < 0:
        return False
    t = doc[i]
    full = _abbreviations().get(t.lower_)
    if full is not None:
        return full.endswith("s")
    return t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in _heads()


def _is_honorific(t: Token) -> bool:
    """ "Dr.", "Mr": a courtesy title that is no role, between a role and the name it goes with."""
    low = t.lower_
    return low not in _heads() and (low in _type_rules().honorifics or low.rstrip(".") in _type_rules().honorifics)


def _complement_end(doc: Doc, k: int, limit: int) -> int:
    """The last word of a title whose head is at ``k``: the head itself, or the end of the title's own
    "of", "for" or "in" phrase ("Director of Public Prosecutions", "chief of staff", "administrator
    for exploration"): common words with no article, number or place ("director of the agency",
    "President of Kenya" keep the head alone). ``limit``: the first index the phrase may not reach
    (the name, a comma)."""
    if k + 2 >= min(limit, len(doc)):
        return k
    if doc[k + 1].lower_ == "to":
        # "aide to Vice President [Name]", "adviser to the prime minister": the title served
        e = k + 2 + (doc[k + 2].lower_ == "the")
        last = None
        while e < min(limit, len(doc)) and e - k <= 5 and _is_title_word(doc[e].text) and doc[e].lower_ != "of":
            last = e if doc[e].lower_ in _heads() else last
            e += 1
        return last if last is not None else k
    if doc[k + 1].lower_ not in _TITLE_COMPLEMENTS:
        return k
    e = k + 1
    while e + 1 < min(limit, len(doc)) and e - k <= 6:
        t = doc[e + 1]
        word = t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.ent_type_ not in _NOT_IN_TITLE
        if not (word or (t.lower_ == "and" and e > k + 1)):
            break
        e += 1
    while e > k + 1 and doc[e].lower_ == "and":
        e -= 1
    if e + 1 < len(doc) and doc[e + 1].text in _POSSESSIVE:
        return k  # "director of Inner Mongolia's disease control centre": the phrase owns a noun further on
    return e if e > k + 1 else k


def _joined_title_end(doc: Doc, tail: int) -> int:
    """The end of a second title joined to the one ending at ``tail`` by "and" ("president and chief
    operating officer of the company"): lower-case title words up to a title head, and that head's
    own phrase; ``tail`` itself when "and" joins something else ("the mayor and her deputy")."""
    if tail + 2 >= len(doc) or doc[tail + 1].lower_ != "and" or doc[tail].lower_ not in _heads():
        return tail
    last = None
    for e in range(tail + 2, min(len(doc), tail + 6)):
        t = doc[e]
        titled = t.lower_ in _heads() or _is_title_word(t.text) or t.dep_ in ("compound", "amod")
        if not (t.is_alpha and t.is_lower and t.ent_type_ not in _NOT_IN_TITLE and titled):
            break
        last = e if t.lower_ in _heads() else last  # "chief operating officer": the last head ends it
    return _complement_end(doc, last, len(doc)) if last is not None else tail


def _title_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """A title whose phrase ends right before a name, with no comma (``i`` is its last word): "Secretary
    of State [Name]" -> (head, last word), "China's ambassador to Britain [Name]" -> (head, head)."""
    for p in range(i, max(0, i - 5), -1):
        if doc[p].lower_ not in _ROLE_PREPOSITIONS or p < 1 or doc[p - 1].lower_ not in _heads() or p == i:
            continue
        if doc[p].lower_ == "of" and _complement_end(doc, p - 1, i + 1) == i:
            return p - 1, i
        ent = _ent_at(doc, i)
        first = p + 1 + (doc[p + 1].lower_ == "the")  # the NER's span may hold "the" or not
        if ent is not None and ent.label_ in ("GPE", "LOC", "ORG") and ent.start in (p + 1, first) and ent.end == i + 1:
            return p - 1, p - 1
        return None
    return None


def _role_before(
    doc: Doc, start: int, end: int | None = None, *, comma_noun: bool = False
) -> tuple[str | None, str | None]:
    """ "Kenya's Foreign Minister [Musalia Mudavadi]" -> ("Foreign Minister", "Kenya"). With the name's
    ``end``, also a common noun the parse ties to the name ("News 9 host [Jane Roe]"); with
    ``comma_noun``, one before a comma too ("the group's convener, [Jane Roe]")."""
    i = start - 1
    if i >= 1 and _is_honorific(doc[i]):
        i -= 1  # "chief medical correspondent Dr. [Ann Lee]": the title stands before the "Dr."
    tail = i
    if i >= 1 and doc[i].text == ",":
        head = _head_before(doc, i - 1)
        if head is None and comma_noun and end is not None and _linked_noun(doc, i - 1, start, end):
            # "the group's convener, [Jane Roe]"; not "With days left until the election, [Jane Roe]":
            # a noun inside a prepositional phrase is no title
            head = i - 1 if doc[i - 1].dep_ != "pobj" else None
        if head is not None:
            # "Kendal's MP, Daniel Moss", "a spokesperson for the foreign ministry, Ana Ruiz"; "the
            # deputy director of public prosecutions, Eva Lind": the "of" phrase is the title's own
            tail = _complement_end(doc, head, i)
            i = head
    elif i >= 1 and doc[i].lower_ not in _heads() and (found := _title_before(doc, i)) is not None:
        i, tail = found
    if i < 0:
        return None, None
    if not (_title_token(doc[i]) or (end is not None and tail == i and _linked_noun(doc, i, start, end))):
        return None, None
    j = i
    while j - 1 >= 0:
        t = doc[j - 1]
        inner = t.text in ("(", ")") or (t.is_upper and 2 <= len(t.text) <= 5 and t.is_alpha)  # not "A"
        inner = inner or (t.text == "-" and j - 2 >= 0 and _is_title_word(doc[j - 2].text))
        # "editor-in-chief", "commander-in-chief": the words hyphens glue to the title are the title
        inner = inner or (t.whitespace_ == "" and "-" in (t.text, doc[j].text) and not t.is_space)
        # "Information Technology (IT) Minister", "water minister", "chief medical correspondent":
        # capitalised words, noun compounds and adjectives on the title belong to the role; a place
        # or people before it is its owner instead.
        part_of_role = t.pos_ in ("PROPN", "NOUN", "ADJ") and t.ent_type_ not in ("GPE", "NORP", "PERSON")
        describes = t.dep_ == "compound" or (t.dep_ == "amod" and j <= t.head.i <= tail and t.is_alpha)
        part_of_role = part_of_role and (t.text[:1].isupper() or describes)
        if t.lower_ in ("of", "and") and not (j >= 2 and (doc[j - 2].lower_ in _heads() or doc[j - 2].text.istitle())):
            break  # "the home of businessman [Name]": an "of" joins a title only to title words
        if t.lower_ in _modifiers() or t.lower_ in _heads() or inner or part_of_role:
            j -= 1
            continue
        break
    while j < i and (doc[j].lower_ in ("of", "and") or doc[j].text in ("(", ")")):
        j += 1
    owner = None
    ent = _ent_at(doc, j - 1) if j >= 1 else None
    compounded = ent is not None and ent.root.dep_ in ("compound", "nmod") and j <= ent.root.head.i <= tail
    if ent is not None and ent.label_ == "GPE" and ent.end == j and compounded:
        # "U.S. Attorney", "Ohio Gov.": a place written before a title without a
        # possessive names the office (a U.S. attorney is a federal prosecutor); it is also the owner
        owner, j = ent.text, ent.start
    role = _title_case(doc[j : tail + 1].text)
    if owner is None and j - 1 >= 0 and doc[j - 1].text in _POSSESSIVE and j - 2 >= 0:
        k = j - 2
        ent = _ent_at(doc, k)
        owner = doc[ent.start : k + 1].text if ent is not None and ent.label_ in ("GPE", "ORG", "NORP") else None
    elif owner is None and j - 1 >= 0:
        ent = _ent_at(doc, j - 1)
        if ent is not None and ent.label_ in ("GPE", "ORG") and ent.end == j:
            owner = ent.text
    return role, owner


def _role_after(doc: Doc, end: int, start: int | None = None) -> str | None:
    """ "[Antonio Guterres], the UN secretary-general," -> "Secretary-General". With the name's
    ``start``, also a common noun in apposition to the name ("[Jane Roe], a clinical psychologist")."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    if end + 3 < len(doc) and doc[end + 1].like_num and doc[end + 2].text == ",":
        end += 2  # "[Jane Roe], 52, a nurse": the age comes first
    k = end + 1
    limit = min(len(doc), end + 12)
    while k < len(doc) and k <= end + 8:
        t = doc[k]
        if t.lower_ in _heads() or (start is not None and t.dep_ == "appos" and _linked_noun(doc, k, start, end)):
            # "chief executive", "deputy director", "principal deputy White House press secretary":
            # a title word that modifies a noun further on is part of that noun's title
            # "the president's closest adviser": the title is the adviser's, the president owns it
            while doc[k].dep_ in ("compound", "amod", "nmod", "poss") and k < doc[k].head.i < limit:
                h = doc[k].head
                if any(x.is_punct and not (x.text == "-" and not doc[x.i - 1].whitespace_) for x in doc[k : h.i]):
                    break
                if not (h.pos_ == "NOUN" or h.lower_ in _heads()) or h.ent_type_ == "PERSON":
                    break  # "..., President Barack Obama": a name is no part of a title
                k = h.i
            while k + 2 < len(doc) and doc[k + 1].text == "-" and _is_title_word(doc[k + 2].text):
                k += 2  # "secretary-general"
            tail = _complement_end(doc, k, len(doc))
            tail = _joined_title_end(doc, tail)
            first = end + 1
            possessive = [x for x in range(first, k) if doc[x].text in _POSSESSIVE and doc[x - 1].ent_type_ != "PERSON"]
            if possessive:
                # "Hong Kong's new police commissioner": a place or a body owns the title; a person's
                # stays in it ("Jane Roe's attorney" says whose)
                first = possessive[-1] + 1
            while first < k:
                w = doc[first]
                if w.like_num:  # "a 52-year-old farmer": an age is not the title; "one of": a part
                    first += 1
                    while first < k and not doc[first - 1].whitespace_:
                        first += 1
                    continue
                if w.lower_ in ("of", "and"):
                    first += 1
                    continue
                # "the Kenyan foreign minister", "the UN envoy": people and organisations own the
                # title; a place compounded with it names the office ("the U.S. attorney")
                ent = _ent_at(doc, first) if w.ent_type_ == "GPE" else None
                place = ent is not None and ent.root.dep_ in ("compound", "nmod")
                if w.pos_ in ("DET", "PRON") or w.ent_type_ in ("NORP", "ORG") or (ent is not None and not place):
                    first += 1
                    continue
                break
            return _title_case(doc[first : tail + 1].text) if first <= k else None
        hyphen = t.text == "-" and not doc[k - 1].whitespace_  # "a 52-year-old farmer"
        # a participle on a listed title further on ("founding director", "presiding judge") is part of
        # the title, not a verb opening a clause ("leading rival" is no title: the noun is not listed)
        participle = t.dep_ == "amod" and t.head.i > k and t.head.lower_ in _heads()
        if (t.is_punct and t.text not in ("(", ")", "'s", "’s") and not hyphen) or (
            t.pos_ in ("VERB", "AUX") and not participle
        ):
            return None  # "[Jane Roe], who is a leader": a clause, not a title in apposition
        if t.lower_ in ("who", "which", "whose", "whom"):
            return None
        k += 1
    return None


def _ent_at(doc: Doc, i: int) -> Span | None:
    for ent in doc.ents:
        if ent.start <= i < ent.end:
            return ent
    return None


def _title_case(text: str) -> str:
    small = {"of", "and", "for", "in", "the", "to"}
    return " ".join(
        w if (w.isupper() and len(w) > 1) or w.lower() in small else w[:1].upper() + w[1:] for w in text.split()
    )


@Language.factory("dateline_entities", assigns=["doc._.dl_entities", "span._.dl_entity"], requires=["doc.ents"])
def make_entity_layer(nlp: Language, name: str) -> EntityLayer:
    return EntityLayer(_common_nouns(nlp))


def _common_nouns(nlp: Language) -> frozenset[str]:
    """The English nouns the pipeline's lemmatizer knows (its WordNet index), empty without one."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
        return frozenset(str(w) for w in table["noun"])
    except (KeyError, AttributeError):
        return frozenset()
