"""Events in PLOVER 2.0 categories: who did what to whom, where and when.

A spaCy component (``dateline_events``) after entities, quotes and time expressions
(casualties and claims are components of their own that run after it).
Triggers and the rules that check a trigger's sense are data (``data/events.yaml``).
For each trigger the dependency parse gives:

- sense: a trigger that names something else ("press secretary", "Turkey-backed", "so-called
  talks"), an idiom ("deal with the devil"), or a verb without a party as object ("the museum
  hosts mosaics") is no event; a noun trigger that is the object of another trigger is that
  event ("lift sanctions" is CONCEDE only);
- actors: the agent of the predicate: the subject of an active verb, "by X" of a passive
  (its subject is the recipient: "were killed by gunmen"), the noun a relative or participial
  clause hangs on ("the generals, who seized power"); a clause that has its own subject or a
  subordinator ("After ... were killed, he admitted") never borrows another clause's subject.
  For a noun trigger: its owner ("Kenya's airstrikes"), "by/between X", or the subject of the
  verb it is the object of ("Kenya conducted airstrikes"). Common nouns that name actors
  ("gunmen", "Israeli troops") are kept as ``actor_descriptors``; an unknown actor is left out,
  with the reason in ``actor_unknown`` ("passive without agent", "no subject", ...);
- recipients: the object, the passive subject, "against/on X", the subject of a demanded clause;
- one happening mentioned again ("the attack" later on) is one event with every ``mentions`` span;
- location: a place entity (never a free phrase) in the event's clause, else its sentence, else
  its paragraph or the paragraph before when that one tells of the same doers, else the dateline
  (``location_source``); date likewise from clause, sentence, paragraph (past events only, no day
  after publication) or the published date;
- negation, cessation ("stop supporting"), hypotheticals, refusals ("will not accept": REJECT);
  the scope of a negation or modal, and generic or descriptive nouns that are no happening
  ("every raid", "a senator from the alliance"), are read by ``scope``;
  ``reported_by`` and ``reported_kind`` (the quote an event is told in, and its kind);
- a harm told without its doer next to the force that caused it is that event's outcome.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import rules
from ..record import Date, Descriptor, Event, Location, Offsets, QuoteKind, Timex
from ..settings import defaults
from . import scope
from .context import ArticleContext, article_context
from .geo import gazetteer
from .retold import other_time, retold, tally, told_as_another
from .roles import LOCATION_PREPS as _LOCATION_PREPS
from .roles import PARTY_TYPES as _PARTY_TYPES
from .roles import PLACE_TYPES as _PLACE_TYPES
from .roles import agent_of as _agent
from .roles import blamed_for as _blamed_for
from .roles import claimed as _claimed
from .roles import clause_tokens as _clause_tokens
from .roles import misread_finite as _misread_finite
from .roles import names_people as _names_people
from .roles import partitive as _partitive
from .roles import roles_of as _roles_of
from .samehappening import merge_family
from .timexes import past_tense


def _wordnet_triggers(key: str) -> dict[str, str]:
    """The lower-priority triggers drawn from WordNet (bench/wordnet_triggers.py): its verbs
    ("triggers") or its nouns of acts and events ("nouns"), by word."""
    out: dict[str, str] = {}
    for category, words in (rules.load_yaml("triggers_wordnet.yaml")[key] or {}).items():
        for w in words or ():
            out.setdefault(str(w).lower(), str(category))
    return out


@cache
def _lexicon() -> dict[str, Any]:
    data = rules.load_yaml("events.yaml")
    triggers: dict[str, tuple[str, str | None]] = {}
    for category, words in data["triggers"].items():
        for w in words:
            if isinstance(w, dict):
                for k, mode in w.items():
                    triggers.setdefault(str(k).lower(), (category, mode))
            else:
                triggers.setdefault(str(w).lower(), (category, None))
    # WordNet's synonyms of the lexicon's verbs come after it: a word it names keeps its category
    verbs, nouns = _wordnet_triggers("triggers"), _wordnet_triggers("nouns")
    for word, category in (verbs | nouns).items():
        triggers.setdefault(word, (category, None))
    return {
        "triggers": triggers,
        # drawn from verb senses only: as nouns these name other things ("an intern", "a knife")
        "wordnet_verbs": frozenset(w for w in verbs if w not in nouns and triggers[w][0] == verbs[w]),
        # ... and its words of harm, checked for an accident or nature as the cause like harm_words
        "wordnet_harm": frozenset(w for w, c in (verbs | nouns).items() if c == "ASSAULT" == triggers[w][0]),
        "threat_verbs": rules.word_set("events.yaml", "threat_verbs"),
        "occasion_preps": rules.word_set("events.yaml", "occasion_preps"),
        "negators": rules.word_set("events.yaml", "negators"),
        "seated_bodies": rules.word_set("events.yaml", "seated_bodies"),
        "generic_doers": rules.word_set("events.yaml", "generic_doers"),
        "said": frozenset(rules.load_yaml("events.yaml")["said_categories"]),
        "court_ranks": rules.word_set("events.yaml", "court_ranks"),
        "hypothetical": rules.word_set("events.yaml", "hypothetical_heads"),
        "deny": rules.word_set("events.yaml", "deny_verbs"),
        "commit_verbs": rules.word_set("events.yaml", "commitment_verbs"),
        "commit_adjectives": rules.word_set("events.yaml", "commitment_adjectives"),
        "preparation_verbs": rules.word_set("events.yaml", "preparation_verbs"),
        "cooperative": frozenset(str(x) for x in data["cooperative"]),  # category names, upper case
        "hostile": frozenset(str(x) for x in data["hostile"]),
        "demand_modals": rules.word_set("events.yaml", "demand_modals"),
        "demand_self": rules.word_set("events.yaml", "demand_self"),
        "saying_verbs": rules.word_set("events.yaml", "saying_verbs"),
        "mandative_verbs": rules.word_set("events.yaml", "mandative_verbs"),
        "ultimatum_marks": rules.word_set("events.yaml", "ultimatum_marks"),
        "unilateral": rules.word_set("events.yaml", "unilateral"),
        "plans": frozenset(str(x) for x in data["announced_plans"]),
        "foretold": frozenset(str(x) for x in data["foretold"]),
        "foretold_conditions": rules.word_set("events.yaml", "foretold_conditions"),
        "foretold_target_preps": rules.word_set("events.yaml", "foretold_target_preps"),
        "verdict_verbs": frozenset(str(x).lower() for x in data["verdicts"]["verbs"]),
        "verdict_words": frozenset(str(x).lower() for x in data["verdicts"]["words"]),
        "retaliate": frozenset(str(x).lower() for x in data["retaliation"]["verbs"]),
        "retaliate_plain": frozenset(str(x).lower() for x in data["retaliation"]["plain"]),
        "retaliate_means": frozenset(str(x).lower() for x in data["retaliation"]["means"]),
        "retaliate_answering": frozenset(str(x).lower() for x in data["retaliation"]["answering"]),
    }


@dataclass(frozen=True)
class _Senses:
    """The sense rules of ``events.yaml`` (``senses``), typed."""

    phrases: dict[tuple[str, ...], tuple[str, str | None]]  # multi-word triggers by their words
    phrase_index: dict[str, tuple[tuple[str, ...], ...]]
    idiom_index: dict[str, tuple[tuple[str, ...], ...]]
    modifiers: dict[str, dict[str, str | None]]
    preceded_by: tuple[tuple[str, ...], ...]
    idioms: tuple[tuple[str, ...], ...]
    noun_only: frozenset[str]
    needs_party_object: frozenset[str]
    enabling_verbs: frozenset[str]
    needs_party_subject: frozenset[str]
    relation_participles: frozenset[str]
    territory: frozenset[str]
    subsumes: dict[str, frozenset[str]]
    cessation_sanction: frozenset[str]
    ceased_cooperation: frozenset[str]
    cessation: frozenset[str]
    negative_subjects: frozenset[str]
    partitives: frozenset[str]
    protest_preps: frozenset[str]
    protest_aims: frozenset[str]
    actor_nouns: frozenset[str]
    by_object: tuple[tuple[frozenset[str], frozenset[str], str], ...]
    by_subject: tuple[tuple[frozenset[str], frozenset[str], str], ...]
    by_goal: tuple[tuple[frozenset[str], frozenset[str], str], ...]
    goal_other_keeping: frozenset[str]
    verb_only: frozenset[str]
    non_agents: frozenset[str]
    non_agent_verbs: frozenset[str]
    harm_words: frozenset[str]
    explosion_words: frozenset[str]
    industrial_sites: frozenset[str]
    attack_cues: frozenset[str]
    light_heads: frozenset[str]
    repressed: frozenset[str]
    state_forces: frozenset[str]
    state_only: frozenset[str]
    civilian_moves: frozenset[str]
    needs_captive_object: frozenset[str]
    captives: frozenset[str]
    intransitive_only: frozenset[str]
    channel_nouns: frozenset[str]
    topic_preps: frozenset[str]
    reaction_passives: frozenset[str]
    place_nouns: dict[str, frozenset[str]]
    transitive_only: frozenset[str]
    left_talks_verbs: frozenset[str]
    left_talks_nouns: frozenset[str]
    left_agreements: frozenset[str]
    complement_only: dict[str, frozenset[str]]
    complement_category: dict[str, dict[str, str]]
    complement_tasks: frozenset[str]
    not_with_preps: dict[str, frozenset[str]]
    complaint_preps: dict[str, frozenset[str]]
    danger_nouns: frozenset[str]
    danger_verbs: frozenset[str]
    danger_preps: frozenset[str]
    effort_verbs: frozenset[str]
    press_silence: frozenset[str]
    remit_verbs: frozenset[str]
    takeovers: frozenset[str]
    left_marks: frozenset[str]
    hedging_participles: frozenset[str]
    completing_verbs: frozenset[str]
    completed_nouns: frozenset[str]
    defied_by: frozenset[str]
    civilians: frozenset[str]
    non_event_objects: dict[str, frozenset[str]]
    non_event_against: frozenset[str]
    market_moves: frozenset[str]
    market_nouns: frozenset[str]
    anaphors: dict[str, str]
    place_parts: frozenset[str]
    named_by_object: frozenset[str]
    aimed_verbs: frozenset[str]
    aimed_preps: frozenset[str]
    aid_forces: frozenset[str]
    land_nouns: frozenset[str]
    land_held_preps: frozenset[str]
    land_held_in: frozenset[str]
    land_states: frozenset[str]
    land_groups: frozenset[str]
    armed_parties: frozenset[str]
    vehicles: frozenset[str]
    needs_subject: dict[str, frozenset[str]]
    protest_ended_by: frozenset[str]
    setting_preps: frozenset[str]
    collision_verbs: frozenset[str]
    political_context: frozenset[str]
    party_descriptors: frozenset[str]


@cache
def _senses() -> _Senses:
    data = rules.load_yaml("events.yaml")["senses"]
    phrases = {tuple(k.split()): v for k, v in _lexicon()["triggers"].items() if " " in k}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(x).lower() for x in data[key])

    def seqs(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(str(x).lower().split()) for x in data[key])

    def by_argument(key: str, role: str) -> tuple[tuple[frozenset[str], frozenset[str], str], ...]:
        """(verbs, argument heads, category) rows: a verb coded by its object or its subject."""
        return tuple(
            (frozenset(str(v) for v in r["verbs"]), frozenset(str(o) for o in r[role]), str(r["category"]))
            for r in data[key]
        )

    return _Senses(
        phrases=phrases,
        phrase_index=_index(phrases),
        idiom_index=_index(seqs("idioms")),
        modifiers={str(k): {str(m): c for m, c in v.items()} for k, v in data["modifiers"].items()},
        preceded_by=seqs("preceded_by"),
        idioms=seqs("idioms"),
        noun_only=words("noun_only"),
        needs_party_object=words("needs_party_object"),
        enabling_verbs=words("enabling_verbs"),
        needs_party_subject=words("needs_party_subject"),
        relation_participles=words("relation_participles"),
        territory=words("territory_nouns"),
        subsumes={str(k): frozenset(str(x) for x in v) for k, v in data["subsumes"].items()},
        cessation_sanction=words("cessation_sanction_verbs"),
        ceased_cooperation=frozenset(str(x) for x in data["ceased_cooperation"]),
        cessation=words("cessation_verbs"),
        negative_subjects=words("negative_subjects"),
        partitives=words("partitives"),
        protest_preps=words("protest_preps"),
        protest_aims=words("protest_aims"),
        actor_nouns=words("actor_nouns"),
        by_object=by_argument("by_object", "objects"),
        by_subject=by_argument("by_subject", "subjects"),
        by_goal=by_argument("by_goal", "goals"),
        goal_other_keeping=words("goal_other_keeping"),
        verb_only=words("verb_only") | _lexicon()["wordnet_verbs"],
        non_agents=words("non_agents"),
        non_agent_verbs=words("non_agent_verbs"),
        harm_words=words("harm_words"),
        explosion_words=words("explosion_words"),
        industrial_sites=words("industrial_sites"),
        attack_cues=words("attack_cues"),
        light_heads=words("light_heads"),
        repressed=words("repressed"),
        state_forces=words("state_forces"),
        state_only=words("state_only"),
        civilian_moves=words("civilian_moves"),
        needs_captive_object=words("needs_captive_object"),
        captives=words("captives"),
        intransitive_only=words("intransitive_only"),
        channel_nouns=words("channel_nouns"),
        topic_preps=words("topic_preps"),
        reaction_passives=words("reaction_passives"),
        place_nouns={str(k): frozenset(str(x).lower() for x in v) for k, v in data["place_nouns"].items()},
        transitive_only=words("transitive_only"),
        left_talks_verbs=frozenset(str(x).lower() for x in data["left_talks"]["verbs"]),
        left_talks_nouns=frozenset(str(x).lower() for x in data["left_talks"]["nouns"]),
        left_agreements=frozenset(str(x).lower() for x in data["left_talks"]["agreements"]),
        complement_only={str(k): frozenset(str(x).lower() for x in v) for k, v in data["complement_only"].items()},
        complement_category={
            str(k): {str(p).lower(): str(c) for p, c in v.items()} for k, v in data["complement_category"].items()
        },
        complement_tasks=words("complement_tasks"),
        not_with_preps={str(k): frozenset(str(x).lower() for x in v) for k, v in data["not_with_preps"].items()},
        complaint_preps={str(k): frozenset(str(x).lower() for x in v) for k, v in data["complaint_preps"].items()},
        danger_nouns=frozenset(str(x).lower() for x in data["danger"]["nouns"]),
        danger_verbs=frozenset(str(x).lower() for x in data["danger"]["verbs"]),
        danger_preps=frozenset(str(x).lower() for x in data["danger"]["preps"]),
        effort_verbs=words("effort_verbs"),
        press_silence=words("press_silence"),
        remit_verbs=words("remit_verbs"),
        takeovers=words("takeovers"),
        left_marks=words("left_marks"),
        hedging_participles=words("hedging_participles"),
        completing_verbs=frozenset(str(x).lower() for x in data["completions"]["verbs"]),
        completed_nouns=frozenset(str(x).lower() for x in data["completions"]["nouns"]),
        defied_by=words("defied_by"),
        civilians=words("civilians"),
        market_moves=words("market_moves"),
        market_nouns=words("market_nouns"),
        non_event_objects={str(k): frozenset(str(x).lower() for x in v) for k, v in data["non_event_objects"].items()},
        non_event_against=words("non_event_against"),
        place_parts=words("place_parts"),
        named_by_object=words("named_by_object"),
        aimed_verbs=words("aimed_verbs"),
        aimed_preps=words("aimed_preps"),
        aid_forces=words("aid_forces"),
        land_nouns=words("land_nouns"),
        land_held_preps=words("land_held_preps"),
        land_held_in=words("land_held_in"),
        land_states=frozenset(str(x) for x in data["land_states"]),
        land_groups=frozenset(str(x) for x in data["land_groups"]),
        armed_parties=words("armed_parties"),
        vehicles=words("vehicles"),
        protest_ended_by=words("protest_ended_by"),
        setting_preps=words("setting_preps"),
        needs_subject={str(k): frozenset(str(x).lower() for x in v) for k, v in data["needs_subject"].items()},
        collision_verbs=words("collision_verbs"),
        political_context=rules.word_set("events.yaml", "political_context"),
        # an organisation's word ("the company") or a title of office ("a spokesperson") names a party
        party_descriptors=rules.word_set("entities.yaml", "org_descriptors") | rules.word_set("titles.yaml", "heads"),
        anaphors={str(w).lower(): str(cat) for cat, ws in data["anaphors"].items() for w in ws},
    )


class EventLayer:
    """Sets ``doc._.dl_events``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.dl_events = find_events(article_context(doc))
        return doc


# triggers -------------------------------------------------------------------------------------------------


@dataclass
class _Trigger:
    head: Token  # the token whose syntax stands for the trigger
    span: Span
    category: str
    mode: str | None
    commitment: str | None = None


def _words(tok: Token) -> tuple[str, str]:
    return tok.lemma_.lower(), tok.lower_


def _index(seqs: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Sequences of words by their first word, for matching at a token in one look-up."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for seq in seqs:
        out.setdefault(seq[0], []).append(seq)
    return {k: tuple(v) for k, v in out.items()}


def _phrase_span(
    words: list[tuple[str, str]],
    i: int,
    index: dict[str, tuple[tuple[str, ...], ...]],
    articles: bool = True,
    adverbs: frozenset[int] = frozenset(),
) -> tuple[tuple[str, ...], int]:
    """The longest sequence of ``index`` that starts at token ``i`` (by lemma or word), and where it
    ends; with ``articles`` an article may sit inside the phrase ("took to the streets"), and so may
    the tokens in ``adverbs`` ("pushing hard for", "called again for")."""
    best: tuple[tuple[str, ...], int] = ((), i)
    cands = index.get(words[i][0], ()) + (index.get(words[i][1], ()) if words[i][1] != words[i][0] else ())
    n = len(words)
    for seq in cands:
        if len(seq) <= len(best[0]):
            continue
        j, ok = i + 1, True
        for w in seq[1:]:
            while articles and j < n and (words[j][1] in ("the", "a", "an") or j in adverbs) and w not in words[j]:
                j += 1
            if j >= n or w not in words[j]:
                ok = False
                break
            j += 1
        if ok:
            best = (seq, j)
    return best


def _candidates(ctx: ArticleContext) -> list[_Trigger]:
    lex, sen = _lexicon(), _senses()
    doc = ctx.doc
    words = [_words(t) for t in doc]
    blocked: set[int] = set()
    for i in range(len(doc)):
        _seq, end = _phrase_span(words, i, sen.idiom_index, articles=False)
        blocked.update(range(i, end))
    out: list[_Trigger] = []
    used: set[int] = set()
    # manner and time adverbs may sit inside a phrase ("pushing hard for", "called again for");
    # negation may not
    adverbs = frozenset(
        t.i for t in doc if t.tag_ == "RB" and t.dep_ == "advmod" and t.lemma_.lower() not in lex["negators"]
    )
    for tok in doc:
        if tok.i in used or tok.i in blocked or tok.i in ctx.resolver.token_entity:
            continue  # inside a name: "Digital Cooperation Organization"
        demand = _demanded(tok)
        if demand is not None and not _demand_on_party(ctx, tok):
            demand = None
        if demand is not None and demand.i not in used:
            used.add(demand.i)  # "the ministry said Kenya must release them": a demand
            out.append(_Trigger(demand, _demand_words(tok, demand), "REQUEST", None))
        seq, end = _phrase_span(words, tok.i, sen.phrase_index, adverbs=adverbs)
        coded = False  # coded by its argument: its word's own sense rules do not apply
        if seq:
            span = doc[tok.i : end]
            category, mode = sen.phrases[seq]
            head = span.root
            if head.pos_ == "ADP":
                # "remained on alert": a phrase the parse roots in its preposition stands in the
                # clause as its noun does ("on high alert"), which the role rules read
                head = next((c for c in head.children if c.dep_ == "pobj" and c.i < span.end), head)
        elif tok.pos_ == "VERB" and (particle := _particle_phrase(tok)) is not None:
            category, mode = sen.phrases[particle]
            span, head = doc[tok.i : tok.i + 1], tok
        elif tok.pos_ == "VERB" and (goal := _by_goal(tok)) is not None:
            category, mode, coded = goal[0], None, True
            # "taken into custody": the trigger runs to the goal's noun; the words that name the act
            # only ("into custody") when the one put there stands between ("took 23 of them into custody")
            prep = goal[1].head
            span = doc[tok.i : goal[1].i + 1]
            if any(not (t.is_punct or t.pos_ in ("ADV", "PART")) for t in doc[tok.i + 1 : prep.i]):
                span = doc[prep.i : goal[1].i + 1]
            if any(t.i in ctx.resolver.token_entity for t in span):
                span = doc[tok.i : tok.i + 1]
            head = tok
        elif tok.pos_ in ("VERB", "NOUN") and (by_arg := _by_argument(ctx, tok)) is not None:
            category, mode, coded = by_arg, None, True
            # "set off": the particle right after the verb is part of the trigger's words
            prt = next((c for c in tok.children if c.dep_ == "prt" and c.i == tok.i + 1), None)
            span, head = doc[tok.i : (prt.i if prt is not None else tok.i) + 1], tok
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.lemma_.lower() in sen.named_by_object and obj.i > tok.i:
                span = doc[tok.i : obj.i + 1]  # "began an operation": the operation names the event
        elif (verdict := _verdict(tok)) is not None:
            category, mode = "COERCE", None  # "found two officers guilty"
            span, head = doc[tok.i : verdict.i + 1], tok
        elif _retaliates(tok):
            category, mode = "THREATEN", None  # "would respond with mirror measures"
            span, head = doc[tok.i : tok.i + 1], tok
        elif _commits(tok):
            category, mode = "AGREE", None  # "offered to hand over", "is ready to contribute troops"
            span, head = doc[tok.i : tok.i + 1], tok
        else:
            hit = lex["triggers"].get(tok.lemma_.lower())
            if hit is None:
                hit = _misread_past(tok, lex["triggers"])
            elif tok.pos_ not in ("VERB", "NOUN", "PROPN") or (tok.pos_ == "PROPN" and not tok.is_lower):
                continue
            if hit is None:
                continue
            category, mode = hit
            span, head = doc[tok.i : tok.i + 1], tok
        if any(t.i in ctx.resolver.token_entity or t.i in blocked for t in span):
            continue
        if head.lemma_.lower() in lex["threat_verbs"] and _violent_complement(head):
            category, mode = "THREATEN", None
        if head.lower_ == "according" or (head.pos_ == "NOUN" and head.head.lemma_.lower() in lex["deny"]):
            continue  # "according to"; "denied the allegation" is a denial (a claim), not a new accusation
        sense = _sense(ctx, head, span, category, coded)
        used.update(range(span.start, span.end))
        if sense is None:
            continue
        out.append(_Trigger(head, span, sense, mode))
    return _drop_subsumed(out)


def _misread_past(tok: Token, triggers: dict[str, Any]) -> Any:
    """The trigger of a past-tense verb whose lemma the tagger got wrong: "raped" read as the lemma
    "rap", "torched vehicles" read as an adjective. Only a verb in a verb's place: a head of a clause
    or a conjunct of one, with an object of its own."""
    low = tok.lower_
    if tok.tag_ not in ("VBD", "VBN", "JJ") or not low.endswith("ed"):
        return None
    if tok.dep_ not in ("ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp"):
        return None
    if tok.dep_ == "conj" and tok.head.pos_ != "VERB":
        return None
    if not any(c.dep_ == "dobj" for c in tok.children):
        return None
    for stem in (low[:-1], low[:-2]):
        if stem in triggers and " " not in stem:
            return triggers[stem]
    return None


def _particle_phrase(tok: Token) -> tuple[str, ...] | None:
    """A verb and its particle that make a trigger apart ("blew themselves up")."""
    for key in _verb_keys(tok):
        seq = tuple(key.split())
        if len(seq) == 2 and seq in _senses().phrases:
            return seq
    return None


def _verdict(tok: Token) -> Token | None:
    """The word of a verdict against someone on a verb of finding ("found them guilty"), else None;
    "found not guilty" is an acquittal, none."""
    lex = _lexicon()
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex["verdict_verbs"]:
        return None
    for c in tok.children:
        if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.lower_ in lex["verdict_words"] and c.i > tok.i:
            if any(k.dep_ == "neg" for k in c.children) or any(k.dep_ == "neg" for k in tok.children):
                return None
            return c
    return None


def _retaliates(tok: Token) -> bool:
    """Retaliation in the future: "will retaliate", "would respond with mirror measures"."""
    lex = _lexicon()
    if tok.pos_ != "VERB" or not _verb_keys(tok) & lex["retaliate"] or not _future_only(tok):
        return False
    if _verb_keys(tok) & lex["retaliate_plain"]:
        return True
    for c in tok.children:
        if (
            c.dep_ == "prep"
            and c.lower_ in ("with", "in")
            and any(p.dep_ == "pobj" and p.lemma_.lower() in lex["retaliate_means"] for p in c.children)
        ):
            return True
    # bare: "said Moscow would respond, without giving details"
    return not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "dative") or (c.dep_ == "prep" and c.lower_ in lex["retaliate_answering"])
        for c in tok.children
    )


def _future_only(tok: Token) -> bool:
    """A verb told in the future and nothing more: "will", or "would" in a report ("said it would
    close the border"), no verb of promise over it."""
    verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if aux & {"will", "'ll", "shall"}:
        return True
    return bool(aux & {"would", "'d"}) and verb.dep_ in ("ccomp", "conj")


def _foretold(ctx: ArticleContext, tok: Token, category: str) -> bool:
    """An act told only in the future, with no condition and, when hostile, no named party it is
    aimed at: "will boycott the session", not "would boycott all contact with the United States"."""
    lex = _lexicon()
    verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
    if verb is None or not _future_only(verb):
        return False
    kids = list(verb.children)
    if (
        category in lex["hostile"]
        and any(c.dep_ == "auxpass" for c in kids)
        and not any(c.dep_ == "agent" for c in kids)
    ):
        return True  # "the two officers will be sentenced on Monday": a step to come, nobody threatening
    if category not in lex["foretold"]:
        return False
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex["foretold_conditions"] for m in c.children):
            return False  # "would meet the envoy if he ...": an offer
    if category not in lex["hostile"]:
        return True
    aims = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    aims += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in lex["foretold_target_preps"]]
    for a in aims:
        for t in a.subtree:
            eid = ctx.resolver.token_entity.get(t.i)
            if eid is not None and ctx.entities[eid].type in _PARTY_TYPES:
                return False  # "will withdraw inspectors from Iraq": a threat to Iraq
    return True


def _commits(tok: Token) -> bool:
    """A verb or adjective of commitment with an infinitive: "promised to withdraw", "ready to help"."""
    lex = _lexicon()
    word = tok.lemma_.lower() if tok.pos_ == "VERB" else tok.lower_
    if not (
        (tok.pos_ == "VERB" and word in lex["commit_verbs"]) or (tok.pos_ == "ADJ" and word in lex["commit_adjectives"])
    ):
        return False
    return any(_infinitive_complement(c) for c in tok.children)


def _infinitive_complement(c: Token) -> bool:
    """An infinitive complement, also where the parser calls it an adverbial clause ("have sworn
    to fight" parsed as advcl): a "to" with no subordinating conjunction."""
    if c.pos_ not in ("VERB", "AUX"):
        return False
    if c.dep_ == "xcomp":
        return True
    kids = list(c.children)
    return (
        c.dep_ == "advcl"
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in kids)
        and not any(k.dep_ == "mark" for k in kids)
    )


def _demanded(tok: Token) -> Token | None:
    """The verb of saying over a clause with "must"/"should" ("said Libya must hand over"), or a
    mandative verb over a subjunctive clause ("insisted that Pyongyang allow"), else None."""
    lex = _lexicon()
    clause = tok
    if tok.dep_ == "conj" and tok.head.dep_ == "ccomp":
        clause = tok.head  # "'the detentions are unlawful and must end,' she told reporters"
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in clause.children):
            return None  # "would begin on Wednesday and should be finished in ten days": a forecast
    if tok.pos_ != "VERB" or clause.dep_ != "ccomp":
        return None
    head = clause.head.lemma_.lower()
    if head in lex["saying_verbs"] and any(c.dep_ == "aux" and c.lower_ in lex["demand_modals"] for c in tok.children):
        return clause.head
    if clause is tok and head in lex["mandative_verbs"] and _subjunctive(tok):
        return tok.head
    return None


def _demand_on_party(ctx: ArticleContext, tok: Token) -> bool:
    """Whether the "must"/"should" clause asks something of a party: not of the speakers
    themselves ("we must teach him love": an exhortation, no demand on anyone) and not of a thing
    that is neither a party nor a happening ("this optimism should not turn into complacency",
    "the use of the house should send a signal"): "the detentions must end" stays a demand."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return True
    if subj.pos_ == "PRON" and subj.lower_ in _lexicon()["demand_self"]:  # not "the US must"
        return False
    if subj.pos_ == "PRON" or subj.dep_ == "nsubjpass" or _is_party(ctx, _partitive(subj)):
        return True  # a passive asks it of whoever would do it: "the experiments must be excluded"
    if _names_people(_partitive(subj)):
        return True  # "donors must send food", "parents should keep children home": people asked
    return subj.lemma_.lower() in _lexicon()["triggers"] or subj.lower_ in _lexicon()["triggers"]


def _subjunctive(tok: Token) -> bool:
    """A bare verb with a subject of its own and no auxiliary, after "that": "(insisted) that
    Pyongyang allow inspectors back" (an indicative "that Pyongyang allows" is a statement). The
    tagger reads a bare verb after a subject as present ("VBP"): with a singular subject that can
    only be the bare form; with a plural one it cannot be told, so it is not taken."""
    kids = list(tok.children)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or any(c.dep_ in ("aux", "auxpass") for c in kids):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in kids):
        return False
    singular = subj.tag_ in ("NN", "NNP") or subj.lower_ in ("he", "she", "it")
    return tok.tag_ == "VB" or (tok.tag_ == "VBP" and singular)


def _demand_words(tok: Token, sayer: Token) -> Span:
    """The words of a demand: the verb of saying, or the modal and its verb when the demand is a
    second clause of what was said ("... and must end immediately," she said)."""
    if tok.dep_ != "conj":
        return sayer.doc[sayer.i : sayer.i + 1]
    modal = next(c for c in tok.children if c.dep_ == "aux" and c.lower_ in _lexicon()["demand_modals"])
    return tok.doc[min(modal.i, tok.i) : max(modal.i, tok.i) + 1]


def _verb_keys(tok: Token) -> set[str]:
    """A verb's lemma, and lemma with its particle ("set up"), also where the parser makes "out" of
    "out of" a preposition ("forced the agency out of the country")."""
    lemma = tok.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in tok.children if c.dep_ == "prt" or _out_of(c)}


def _out_of(tok: Token) -> bool:
    return (
        tok.dep_ == "prep" and tok.lower_ == "out" and any(g.dep_ == "prep" and g.lower_ == "of" for g in tok.children)
    )


def _trailing_by(tok: Token) -> Token | None:
    """A "by" phrase right after a noun that the parser hung on a noun above it: in "losses in raids
    by the army's choppers" the choppers made the raids, not the losses."""
    doc = tok.doc
    nxt = tok.right_edge.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ != "by" or doc[nxt].dep_ != "prep":
        return None
    return doc[nxt] if doc[nxt].head in tok.ancestors else None


def _heads_of(tok: Token) -> set[str]:
    """The lemma of a noun phrase's head and of its compounds ("mortar rounds", "containers of gas")."""
    tok = _partitive(tok)
    out = {tok.lemma_.lower(), tok.lower_}
    out |= {c.lemma_.lower() for c in tok.children if c.dep_ == "compound"}
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            out |= {p.lemma_.lower() for p in c.children if p.dep_ == "pobj"}
    return out


def _by_argument(ctx: ArticleContext, tok: Token) -> str | None:
    """The category a verb has by what it acts on or what acts ("set up a base", "missiles hit"); a
    noun, by what does it ("raids by army helicopters")."""
    sen = _senses()
    keys = _verb_keys(tok)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    agent = next((c for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")), None)
    if agent is not None and agent.dep_ == "prep" and subj is not None:
        agent = None  # "soldiers would arrive by the weekend": a time, the subject acts
    if agent is None and tok.pos_ == "NOUN":
        agent = _trailing_by(tok)
    if agent is not None:
        subj = next((p for p in agent.children if p.dep_ == "pobj"), None)
    if subj is None and agent is None:
        subj = _misread_subject(tok)
    if tok.pos_ == "NOUN":
        if agent is None or tok.i in ctx.resolver.token_entity:
            return None
        keys = {tok.lemma_.lower()}
    for verbs, subjects, category in sen.by_subject:
        if keys & verbs and subj is not None and _heads_of(subj) & subjects:
            return category
    if tok.pos_ == "NOUN":
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # "allowed observers into the province": the small parser makes the object a clause of its own
    objs += [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"]
    # "set the office ablaze": an adjective of the result, which the parser also reads as the object
    objs += [c for c in tok.children if c.dep_ in ("advmod", "oprd", "acomp") and c.pos_ == "ADJ"]
    if not any(c.dep_ == "dobj" for c in tok.children):
        # "discovered a cache believed to belong to the rebels": the parser reads the object and
        # the participle after it as a clause of their own ("a cache" its subject)
        for c in tok.children:
            if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in sen.hedging_participles:
                objs += [k for k in c.children if k.dep_ == "nsubj"]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        objs.append(tok.head)  # "the bombs discovered on Wednesday"
    # the head noun says what was acted on before a compound on it does: "forced the UN refugee
    # agency out" acts on an agency, not on refugees
    heads = [{_partitive(o).lemma_.lower(), _partitive(o).lower_} for o in objs]
    # "raised tariffs on Chinese goods": aimed at a party; "raised the electricity tariff", "the duty
    # on cigarettes", "on Monday" aim at no one
    aimed = any(
        _is_party(ctx, p)
        for x in (tok, *objs)
        for c in x.children
        if c.dep_ == "prep" and c.lower_ in sen.aimed_preps
        for p in c.children
        if p.dep_ == "pobj"
    )
    for names in (heads, [_heads_of(o) for o in objs]):
        for verbs, objects, category in sen.by_object:
            if keys & verbs & sen.aimed_verbs and not aimed:
                continue
            if keys & verbs and any(n & objects for n in names):
                return category
    return None


def _by_goal(tok: Token) -> tuple[str, Token] | None:
    """The category a verb has by where it puts what it acts on ("took three men into custody"),
    with the goal's noun; else None. Not a goal that says whose keeping it is or why ("in the
    custody of the library", "into protective custody": guardianship, no arrest), nor a thing put
    there ("placed the seized ivory in custody")."""
    keys = _verb_keys(tok)
    sen = _senses()
    for c in tok.children:
        if c.dep_ != "prep" or c.i < tok.i:
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            goal = f"{c.lower_} {p.lemma_.lower()}"
            for verbs, goals, category in sen.by_goal:
                if keys & verbs and goal in goals and _kept_as_captive(tok, p):
                    return category, p
    return None


def _kept_as_captive(verb: Token, goal: Token) -> bool:
    """Whether the goal's noun holds a person as a captive: no keeper named ("custody of ..."), no
    modifier of other keeping (events.yaml goal_other_keeping: "protective"), and the one put there,
    when told, is a person (a pronoun, a number, a name, a noun for people)."""
    sen = _senses()
    for c in goal.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return False
        if c.dep_ in ("amod", "compound") and c.lemma_.lower() in sen.goal_other_keeping:
            return False
    theme = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if theme is None:
        return True
    theme = _partitive(theme)
    if theme.pos_ == "PRON":
        return theme.lower_ not in ("it", "this", "that")
    if theme.pos_ in ("NUM", "PROPN") or theme.ent_type_ in ("PERSON", "NORP"):
        return True
    if any(t.ent_type_ == "PERSON" for t in theme.subtree):
        return True  # "the suspect, Ali Musa,"
    lemma = theme.lemma_.lower()
    return lemma in sen.captives or lemma in sen.civilians or _names_people(theme)


def _misread_subject(tok: Token) -> Token | None:
    """The subject of a sentence's verb that the parser hung, as a participle, on the last noun of
    the subject's "of" phrases ("Tens of thousands of opponents of the coup gathered on Sunday":
    "gathered" on "coup", the sentence left without a verb): the noun of the chain's head that is
    a partitive's noun or the head itself, when the chain heads the sentence."""
    if tok.pos_ != "VERB" or tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in tok.children):
        return None
    h = tok.head
    while h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
        h = h.head.head
    if h.i == tok.head.i or h.dep_ not in ("ROOT", "nsubj"):
        return None
    return h


def _caused_by_nature(ctx: ArticleContext, tok: Token, verb: Token | None) -> bool:
    """ "an earthquake killed eight", "killed in a gas explosion", "killed when a plant exploded"."""
    sen = _senses()
    roles = ("nsubj", "pobj", "compound", "agent", "amod", "nsubjpass")
    # "Storm Corps", "Desert Storm": a name is no cause
    sent = ctx.sent(tok)
    names = _names(ctx, sent)
    for t in _clause_tokens(tok, verb):
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("that", "which") and t.head.dep_ == "relcl":
            t = t.head.head  # "two crashes ... that killed 346 people": the crashes did it
            # ... also where the parser hangs the clause on a later phrase ("two crashes of its
            # jet in five months that killed 346 people"): what that phrase is attached to, and
            # that word's subject or object
            up, path = t, []
            while up.dep_ in ("pobj", "prep") and up.head.i != up.i:
                up = up.head
                path.append(up)
            near = [*path, *(c for p in path for c in p.children if c.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"))]
            # ... and the phrases beside it ("hit following two crashes ... in five months that")
            near += [g for p in path for c in p.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            if any(n.i not in names and n.lemma_.lower() in sen.non_agents for n in near):
                return True
        if t.i != tok.i and t.i not in names and t.dep_ in roles and t.lemma_.lower() in sen.non_agents:
            return True
    return _accident_sentence(ctx, sent, names)


def _names(ctx: ArticleContext, sent: Span) -> set[int]:
    """Tokens of names in ``sent``: entities, and capitalised words inside a sentence that is not
    itself in title case, as headlines are ("Storm Corps"; "Powerful Earthquake Kills Eight")."""
    words = [t for t in sent if t.is_alpha]
    headline = sum(t.is_title for t in words) * 2 > len(words)
    names = {t.i for t in sent if t.i in ctx.resolver.token_entity}
    if not headline:
        names |= {t.i for t in sent if t.is_title and not t.is_sent_start}
    return names


def _accident_sentence(ctx: ArticleContext, sent: Span, names: set[int]) -> bool:
    """A natural or accidental cause anywhere in the sentence as a subject, a verb of accident whose
    subject is no weapon ("after a volcano erupted", "when a furnace exploded"), or an industrial
    explosion ("an explosion at a chemical plant")."""
    sen = _senses()
    weapons = {w for _verbs, subjects, category in sen.by_subject if category == "ASSAULT" for w in subjects}
    for t in sent:
        if t.dep_ in ("nsubj", "nsubjpass") and t.i not in names and t.lemma_.lower() in sen.non_agents:
            return True
        if t.pos_ == "VERB" and _verb_keys(t) & sen.non_agent_verbs:
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None or not (_heads_of(subj) & weapons):
                return True
    lemmas = {t.lemma_.lower() for t in sent}
    return bool(lemmas & sen.explosion_words and lemmas & sen.industrial_sites) and not _attack_named(sent)


def _collision(tok: Token, sent: Span) -> bool:
    """A road or sea accident the harm ``tok`` belongs to: a vehicle hits someone or something ("a
    bus hit a tree, killing four", "was struck by a car and died", "were killed when a bus hit a
    wall", "were killed by a speeding truck"), and nothing in the sentence says attack ("a car bomb
    struck the convoy", "a car driven into the crowd by an attacker"). A collision told beside a harm
    someone did is no cause of it: "soldiers killed three villagers after a truck hit a shrine"."""
    sen = _senses()
    anchor = tok if tok.pos_ == "VERB" else _governing_verb(tok)
    if anchor is None:
        return False
    doer = _agent(anchor)
    # the collision verb itself, or the verb the harm hangs on as its participle or conjunct
    verbs = [anchor]
    h = anchor
    while h.dep_ in ("advcl", "conj") and h.head.i != h.i and len(verbs) < 4:
        h = h.head
        verbs.append(h)
    if doer is None:  # "four were killed when a bus hit a wall": no doer but the collision told
        verbs += [c for c in anchor.children if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB"]
    hits = [
        v
        for v in verbs
        if v.pos_ == "VERB"
        and _verb_keys(v) & sen.collision_verbs
        and (d := _agent(v)) is not None
        and _partitive(d).lemma_.lower() in sen.vehicles
    ]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in anchor.children)
    run_down = passive and doer is not None and _partitive(doer).lemma_.lower() in sen.vehicles
    return bool(hits or run_down) and not _attack_named(sent)


def _attack_named(sent: Span) -> bool:
    """Whether the sentence says someone attacked: a weapon, an attacker, "opened fire"."""
    sen = _senses()
    for t in sent:
        w = t.lemma_.lower()
        if w in sen.attack_cues or t.lower_ in sen.attack_cues:
            return True
        if w == "fire" and t.head.lemma_.lower() == "open":
            return True
    return False


def _accidental(ctx: ArticleContext, tok: Token) -> bool:
    """A harm word whose cause was an accident or nature: named in its clause or sentence, or, for a
    harm without a doer and without a word of attack, in any role in its sentence or in the
    sentence before it in its paragraph ("... when a tank at the plant exploded. Four people were
    injured.", "the toll from flash floods ... Scores were injured")."""
    if _caused_by_nature(ctx, tok, tok if tok.pos_ == "VERB" else _governing_verb(tok)):
        return True
    sent = ctx.sent(tok)
    if _collision(tok, sent):
        return True
    # "The explosion occurred at ..." after an accident: a noun with "the" that refers back
    referring = tok.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children
    )
    if (tok.pos_ != "VERB" and not referring) or _agent(tok) is not None or _attack_named(sent):
        return False
    sen = _senses()
    k = ctx.sent_of[tok.i]
    before = ctx.sents[k - 1] if k > 0 else None
    para = next(((a, b) for a, b in ctx.paragraphs if a <= tok.idx < b), None)
    spans = [sent]
    if before is not None and para is not None and before.start_char >= para[0] and not _attack_named(before):
        spans.append(before)
    for sp in spans:
        names = _names(ctx, sp)
        if sp is not sent and _accident_sentence(ctx, sp, names):
            return True
        said = _lexicon()["saying_verbs"]
        if any(t.dep_ == "nsubj" and _is_party(ctx, t) and t.head.lemma_.lower() not in said for t in sp):
            continue  # "when government forces used chlorine gas": a party acted ("the agency said" tells)
        if any(t.pos_ == "NOUN" and t.i not in names and t.lemma_.lower() in sen.non_agents for t in sp):
            return True
    return False


def _danger(tok: Token, sen: _Senses) -> bool:
    """A threat noun naming a danger someone faces, poses or warns of, not a threat made."""
    if tok.dep_ in ("dobj", "attr") and tok.head.lemma_.lower() in sen.danger_verbs:
        return True  # "poses a threat to the press", "faces the threat of eviction"
    if tok.dep_ == "pobj" and tok.head.lower_ in sen.danger_preps:
        return True  # "forced to choose under threat of hunger"
    return any(c.dep_ == "relcl" and c.lemma_.lower() in sen.danger_verbs for c in tok.children)


def _sense(ctx: ArticleContext, tok: Token, span: Span, category: str, coded: bool = False) -> str | None:
    """The category this trigger has here, or None when its syntax says it is no event."""
    sen = _senses()
    doc = ctx.doc
    lemma = tok.lemma_.lower()
    if len(span) == 1:
        named = (
            tok.head if tok.dep_ == "conj" and tok.head.dep_ in ("compound", "nmod") else tok
        )  # "processing and detention centre"
        if (
            named.dep_ in ("compound", "nmod")
            and (named is not tok or tok.dep_ == "compound")
            and named.head.i > tok.i
            and named.head.lemma_.lower() not in sen.light_heads
        ):
            return None  # "press secretary", "war crimes court", "aid convoy": it names something else
        if tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBG", "JJ"):
            return None  # "Turkey-backed militants", "the detained fishermen"
        if tok.pos_ == "VERB" and lemma in sen.noun_only:
            return None  # "to deal with", not "a deal"
        if tok.pos_ != "VERB" and lemma in sen.verb_only:
            return None  # "news dispatches", not "dispatched troops"
        if scope.generic(tok) or scope.names_group(tok) or scope.characterised(tok):
            return None  # "every raid", "a senator from the alliance", "called the treaty a surrender"
        if scope.forecast(tok, sen.non_agents):
            return None  # "warned that heavy rain is likely": a forecast, no threat
    for seq in sen.preceded_by:
        n = len(seq)
        if span.start >= n and all(w in _words(doc[span.start - n + k]) for k, w in enumerate(seq)):
            return None  # "so-called talks", "what he calls an invasion"
    left = doc[tok.left_edge.i : span.start] if tok.left_edge.i < span.start else doc[span.start : span.start]
    words = [t.lower_ for t in left]
    if "so-called" in words or any(a == "so" and b == "-" for a, b in pairwise(words)):
        return None  # "the so-called peace talks"
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ in ("dobj", "nsubjpass")
        and tok.head.lemma_.lower() in sen.defied_by
        and not any(c.dep_ == "prt" for c in tok.head.children)
    ):
        return None  # "defied a police ban", "violated the ceasefire": a rule referred to, not made
    mods = sen.modifiers.get(lemma)
    if mods is not None and len(span) == 1:
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i:
                w = c.lemma_.lower()
                if w in mods:
                    return mods[w]
    if tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and lemma in sen.relation_participles:
        return None  # "militants backed by Ankara", "media allied with the group": a standing relation
    # a verb coded by its argument ("freed several villages": ASSAULT) is not checked as its own sense
    key = " ".join(t.lemma_.lower() for t in span)  # a phrase trigger by its words ("give way")
    own = not coded and _lexicon()["triggers"].get(key, _lexicon()["triggers"].get(lemma, ("",)))[0] == category
    if own and tok.pos_ == "VERB" and (lemma in sen.needs_party_subject or key in sen.needs_party_subject):
        agent = _agent(tok)
        who = _partitive(agent) if agent is not None else None  # "hundreds of supporters"
        bare_count = who is not None and (who.pos_ == "NUM" or who.lemma_.lower() in sen.partitives)
        if who is not None and who.pos_ != "PRON" and not bare_count and not _is_party(ctx, who):
            return None  # "a camp hosting government forces"
    crowd = sen.needs_subject.get(key) if own and tok.pos_ == "VERB" else None
    if crowd is not None and ((who := _agent(tok)) is None or not _heads_of(who) & crowd):
        return None  # "the man turned violent": no crowd rioted
    if own and tok.pos_ == "VERB" and lemma in sen.needs_party_object:
        obj = _received(tok)
        if obj is not None and not _is_party(ctx, obj):
            return None  # "the museum hosts mosaics"
        helped = _verb_complement(tok)
        if lemma in sen.enabling_verbs and helped is not None:
            # who was helped: the object, or the subject of the verb ("helped [the rebels retake]")
            who = obj or next((c for c in helped.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            helper = _agent(tok)
            # "troops helped secure the area" (a pronoun may stand for anything: "a wave that helped")
            party_helps = helper is not None and helper.pos_ != "PRON" and _is_party(ctx, _partitive(helper))
            if not party_helps and (who is None or not _is_party(ctx, who)):
                return None  # "helped to propel him", "the app helps nurses track alarms": no aid given
    if (
        own
        and tok.pos_ == "VERB"
        and lemma in sen.intransitive_only
        and any(c.dep_ in ("dobj", "ccomp") for c in tok.children)
    ):
        return None  # "demonstrated the new software", "the case demonstrates that ...": shown, no rally
    if own and tok.pos_ == "NOUN" and lemma in sen.channel_nouns and _channel(tok):
        return None  # "said in the release": where words were put out, no release of anyone
    if (
        own
        and tok.pos_ == "VERB"
        and lemma in sen.reaction_passives
        and any(c.dep_ == "auxpass" for c in tok.children)
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
    ):
        return None  # "the remark was met with laughter": how it was received, no meeting
    if own and lemma in sen.place_nouns and _place_sense(ctx, tok, sen.place_nouns[lemma]):
        return None  # "Israeli settlements", "living in settlements": places, no agreement
    if (
        own
        and tok.pos_ == "VERB"
        and lemma in sen.transitive_only
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
    ):
        return None  # "recognized that mistakes were made": no recognition of anyone
    if key in sen.left_talks_verbs or lemma in sen.left_talks_verbs:
        if _left(tok, span, sen.left_talks_nouns):
            return "SANCTION"  # "pulled out of the peace talks": negotiations broken off
        if _left(tok, span, sen.left_agreements):
            return "REJECT"  # "withdrew from the treaty": the agreement repudiated
    topic = sen.not_with_preps.get(lemma) if tok.pos_ == "NOUN" else None
    if topic is not None and any(c.dep_ == "prep" and c.lower_ in topic for c in tok.children):
        return None  # "warnings of heavy rain": what may come, no threat made
    to_whom = sen.complaint_preps.get(lemma) if own and tok.pos_ == "VERB" else None
    if to_whom is not None and any(
        c.dep_ == "prep" and c.lower_ in to_whom and any(p.dep_ == "pobj" and _is_party(ctx, p) for p in c.children)
        for c in tok.children
    ):
        return "ACCUSE"  # "protested to India over the killing": a complaint lodged
    danger_clause = tok.dep_ == "relcl" and tok.head.lemma_.lower() in sen.danger_nouns
    if tok.pos_ == "VERB" and danger_clause and lemma in sen.danger_verbs:
        return None  # "the threat he has been warning about": a danger warned of, no threat made
    if own and tok.pos_ == "NOUN" and lemma in sen.danger_nouns and _danger(tok, sen):
        return None  # "the threat it poses", "lives under threat": a danger, no threat anyone made
    needs = sen.complement_only.get(lemma) if own and tok.pos_ == "VERB" else None
    if needs is not None and not _has_complement(tok, needs):
        return None  # "charged the enemy lines", "charged a fee": no charge laid on anyone
    by_prep = sen.complement_category.get(lemma) if own and tok.pos_ == "VERB" else None
    if by_prep:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in by_prep:
                what = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
                if any(p.lemma_.lower() in sen.complement_tasks for p in what):
                    return None  # "the agency charged with protecting the president": a duty given
                return by_prep[c.lower_]  # "was charged with fraud": legal action, no accusation in words
    if (
        own
        and tok.pos_ == "VERB"
        and lemma in sen.effort_verbs
        and any(_infinitive_complement(c) for c in tok.children)
        and not any(c.dep_ == "dobj" for c in tok.children)  # "sought refuge to avoid arrest": it was sought
    ):
        return None  # "relatives have fought to keep the boy": an effort, no fight
    if category == "REJECT" and any(
        c.dep_ in ("xcomp", "acl") and c.lemma_.lower() in sen.press_silence for c in tok.children
    ):
        return None  # "declined to comment", "his refusal to elaborate": no one rejected
    if tok.pos_ == "VERB" and _remit(tok):
        return None  # "the coalition tasked with fighting the group": a task given, no fight told
    if own and lemma in sen.needs_captive_object:
        held = _acted_on(tok)
        if held and not any(
            _is_party(ctx, h) or _partitive(h).lemma_.lower() in sen.captives or _partitive(h).lower_ in sen.captives
            for h in held
        ):
            return None  # "the iPhone was released in 2007", "the release of the album"
    harm = lemma in sen.harm_words or bool({lemma, key} & _lexicon()["wordnet_harm"])
    if category == "ASSAULT" and harm and _accidental(ctx, tok):
        return None
    if lemma in sen.civilian_moves and tok.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in tok.children):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and _partitive(subj).lemma_.lower() in sen.civilians:
            return None  # "6,800 people evacuated to shelters": the people left, nobody withdrew
    if lemma in sen.civilian_moves and _acts_on(tok, sen.civilians):
        if tok.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tok.children):
            return "AID"  # "helicopters evacuated the wounded": a rescue by someone
        return None  # "residents were evacuated": no withdrawal, and nobody named who helped
    if (
        tok.tag_ in ("VBN", "JJ")
        and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj")
        and any(c.dep_ == "det" for c in tok.children)
    ):
        return None  # "the wounded", "the injured", "the accused": the people, not the act
    if category == "COERCE" and lemma in sen.state_only:
        doer = _agent(tok)
        if tok.pos_ == "NOUN":  # "raids by coalition warplanes"
            by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            doer = next((p for p in by.children if p.dep_ == "pobj"), None) if by is not None else None
        if doer is not None and _is_party(ctx, doer):
            doer = _partitive(doer)
            if doer.lemma_.lower() not in sen.state_forces and doer.lower_ not in sen.state_forces:
                return "ASSAULT"  # "the insurgents raided a military base": an attack, not a police raid
    if category == "ASSAULT" and _repression(tok, span):
        return "COERCE"  # "police opened fire on protesters": repression
    if category == "MOBILIZE" and any(_heads_of(m) & sen.aid_forces for m in _acted_on(tok)):
        return "AID"  # "the deployment of peacekeeping troops": protection provided, no show of force
    sent_in = _agent(tok) if category == "MOBILIZE" and tok.pos_ == "VERB" else None
    if sent_in is not None and any(t.lower_ in sen.aid_forces for t in sent_in.subtree):
        return "AID"  # "peacekeeping troops arrived in the capital": protection provided
    # ... or what it is for: "demand for oil" is no demand made on anyone; and, for a struggle,
    # what it is against: "the fight against corruption" is no combat, while "a demonstration
    # against nuclear power" is a protest all the same
    against = ("against",) if lemma in sen.non_event_against else ()
    if lemma in sen.non_event_objects and any(
        _acts_on(t, sen.non_event_objects[lemma], preps=("for", *against)) for t in [tok, *_aims(tok)]
    ):
        return None  # "released a statement", "captured footage", "their battle to contain the wildfires"
    land = _land_noun(tok, span) if category == "ASSAULT" else None
    if land is not None and not _fight_over_land(ctx, tok, land):
        return None  # "took control of the bank", "the dollar gained ground": no land taken by force
    if lemma in sen.market_moves:
        doer = _agent(tok)
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        priced = (
            after is not None
            and after.lower_ == "in"
            and any(c.lemma_.lower() in sen.market_nouns for c in after.children if c.dep_ == "pobj")
        )  # "in" hung on the verb: "tied the rally in bank stocks to the ruling" (not "in the market square")
        if (
            priced
            or _acts_on(tok, sen.market_nouns, preps=("in",))
            or (doer is not None and _heads_of(doer) & sen.market_nouns)
        ):
            return None  # "the rally in bank stocks", "the index has been rallying": prices, no crowd
    if lemma in ("seize", "capture"):
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is not None and _is_place(ctx, obj):
            return "ASSAULT"  # "seized the capital": taking territory by force
    return category


def _land_noun(tok: Token, span: Span) -> Token | None:
    """The "control" or "ground" a takeover trigger takes ("took control", "gained ground"), in its
    words or as its verb's object; else None."""
    nouns = _senses().land_nouns
    inside = [t for t in span if t.i != tok.i and t.lemma_.lower() in nouns]
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns] if tok.pos_ == "VERB" else []
    return next(iter(inside + objs), None)


def _fight_over_land(ctx: ArticleContext, tok: Token, land: Token) -> bool:
    """Whether control taken or ground gained is land won by arms: what it is control of is a place
    ("took control of the town"), or the one who takes it is an armed party ("the rebels gained
    ground", "troops took control of the government"); a state takes land as an armed party does
    unless something else than a place is said to be held ("Russia gained ground in the east";
    not "Britain took control of the bank"), and a named organisation when nothing is said to be
    held ("Hamas gained ground"; not "the party gained ground in Bavaria", a vote). Nobody named,
    or a pronoun, with nothing but places said to be held, keeps the account as told ("they took
    control")."""
    sen = _senses()

    def objects(preps: frozenset[str]) -> list[Token]:
        found = [
            p
            for x in (land, tok)
            for c in x.children
            if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children
            if p.dep_ == "pobj"
        ]
        # "in the east of the country": the place the part belongs to
        return found + [
            g
            for p in found
            if p.lemma_.lower() in sen.place_parts
            for c in p.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]

    held = objects(sen.land_held_preps)
    if any(_is_place(ctx, p) for p in held):
        return True
    held_in = objects(sen.land_held_in)
    placed = any(_is_place(ctx, p) for p in held_in)
    other = [
        p for p in held + held_in if not _is_place(ctx, p) and not (placed and p.lemma_.lower() in sen.place_parts)
    ]
    who = _agent(tok)
    if who is None or who.pos_ == "PRON":
        return not other
    if _heads_of(who) & sen.armed_parties:
        return True
    eid = ctx.resolver.token_entity.get(_partitive(who).i)
    kind = ctx.entities[eid].type if eid is not None else None
    if kind in sen.land_states:
        return not other
    return kind in sen.land_groups and not held and not held_in


def _verb_complement(tok: Token) -> Token | None:
    """The verb a verb takes as what is done ("helped to propel", "help pay"), or None."""
    return next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)


def _received(tok: Token) -> Token | None:
    """What a verb acts on: its object; or, with none, its passive subject ("reports were
    received"), the noun it qualifies ("reports received by the group") or the noun of a relative
    clause whose own subject is another ("the cash he received")."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
    if obj is not None:
        return obj
    obj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if obj is not None:
        return obj
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.dep_ == "relcl" and subj is not None and subj.tag_ not in ("WDT", "WP") and tok.head.pos_ == "NOUN":
        return tok.head
    return None


def _channel(tok: Token) -> bool:
    """Whether a noun is where a statement was put out: "said in the release", "according to the
    release"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("in", "to"):
        return False
    over = prep.head
    return over.lower_ == "according" or over.lemma_.lower() in _lexicon()["saying_verbs"]


def _place_sense(ctx: ArticleContext, tok: Token, keep: frozenset[str]) -> bool:
    """Whether a noun with a place sense ("settlement") names places here: in the plural unless a
    verb of making or paying a deal governs it ("reached settlements with the plaintiffs"), or
    with a people's or place's name on it ("an Israeli settlement")."""
    if tok.pos_ != "NOUN":
        return False
    governors = [tok.head, tok.head.head] if tok.head.pos_ == "ADP" else [tok.head]
    if any(g.lemma_.lower() in keep for g in governors):
        return False
    if tok.tag_ == "NNS":
        return True
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
            eid = ctx.resolver.token_entity.get(c.i)
            if eid is not None and ctx.entities[eid].type in ("NORP", *_PLACE_TYPES):
                return True
    return False


def _left(tok: Token, span: Span, nouns: frozenset[str]) -> bool:
    """Whether what the verb leaves ("out of"/"from" it, also where the parser hangs "of" on the
    particle: "pulled out of the talks") is one of ``nouns``."""
    heads = [tok, *(t for t in span if t.i != tok.i)]
    heads += [c for h in heads for c in h.children if c.dep_ in ("prep", "prt") and c.lower_ == "out"]
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "from")
        and any(p.dep_ == "pobj" and p.lemma_.lower() in nouns for p in c.children)
        for h in heads
        for c in h.children
    )


def _has_complement(tok: Token, words: frozenset[str]) -> bool:
    """A preposition of the verb among ``words``, or a clause it governs with a conjunction among
    them ("that")."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in words:
            return True
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in words for m in c.children):
            return True
    return False


def _remit(tok: Token) -> bool:
    """A verb that is the task a verb of tasking gives: "tasked with fighting", "mandated to protect"."""
    h = tok.head
    if tok.dep_ == "pcomp" and h.dep_ == "prep" and h.lower_ == "with":
        h = h.head
    elif tok.dep_ not in ("xcomp", "advcl") or not any(k.dep_ == "aux" and k.lower_ == "to" for k in tok.children):
        return False
    return h.i != tok.i and h.pos_ == "VERB" and h.lemma_.lower() in _senses().remit_verbs


def _aims(tok: Token) -> list[Token]:
    """The infinitives that say what a trigger is for: "battle to contain the fires", "fired
    live rounds to clear the protests"."""
    # the small parser tags some such verbs as adjectives ("to clear": ADJ), so only the "to" counts
    return [
        c
        for c in tok.children
        if c.dep_ in ("xcomp", "advcl", "acl")
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
        and not any(k.dep_ == "mark" for k in c.children)
    ]


def _repression(tok: Token, span: Span) -> bool:
    """Force by the state's forces on protesters ("police fired on demonstrators")."""
    sen = _senses()
    # ... or the aim it was used for: "shot live rounds to clear the protests"
    heads = [tok] + [t for t in span if t.i != tok.i] + _aims(tok)
    if not any(_acts_on(t, sen.repressed, preps=("on", "at", "into", "against")) for t in heads):
        return False
    agent = _agent(tok)
    if agent is None:
        return False
    agent = _partitive(agent)
    return agent.lemma_.lower() in sen.state_forces or agent.lower_ in sen.state_forces


def _acted_on(tok: Token, preps: tuple[str, ...] = ()) -> list[Token]:
    """What the trigger acts on: its object, passive subject, the noun it qualifies ("people
    evacuated to shelters", "a gas released from") or its "of" phrase ("the evacuation of
    thousands of residents")."""
    moved = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        moved.append(tok.head)
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ in preps):
            moved.extend(p for p in c.children if p.dep_ == "pobj")
    return moved


def _acts_on(tok: Token, nouns: frozenset[str], preps: tuple[str, ...] = ()) -> bool:
    """Whether what the trigger acts on (:func:`_acted_on`) is one of ``nouns``."""
    for m in _acted_on(tok, preps):
        m = _partitive(m)
        if m.lemma_.lower() in nouns or m.lower_ in nouns:
            return True
    return False


def _is_party(ctx: ArticleContext, tok: Token) -> bool:
    for h in [tok, *tok.conjuncts]:
        eid = ctx.resolver.token_entity.get(h.i)
        if eid is not None and ctx.entities[eid].type in _PARTY_TYPES:
            return True
        if h.pos_ == "PRON" or h.lemma_.lower() in _senses().actor_nouns:
            return True
        if any(c.i in ctx.resolver.token_entity for c in h.children if c.dep_ in ("compound", "amod", "poss")):
            return True
    return False


def _is_place(ctx: ArticleContext, tok: Token) -> bool:
    tok = _partitive(tok)  # "part of a stronghold"
    eid = ctx.resolver.token_entity.get(tok.i)
    if eid is not None and ctx.entities[eid].type in _PLACE_TYPES:
        return True
    return tok.lemma_.lower() in _senses().territory


def _told_outcome(t: _Trigger, by_head: dict[int, _Trigger]) -> _Trigger | None:
    """The event a participle is part of: a harm participle hung on another assault ("stormed a
    hotel, killing 14 people"), or a participle that tells who held an event noun ("talks hosted by
    Tanzania"); None when it is an event of its own."""
    tok = t.head
    if tok.pos_ != "VERB" or len(t.span) > 1 or tok.head.i == tok.i:
        return None
    first = tok
    while first.dep_ == "conj" and first.tag_ == "VBG" and first.head.tag_ == "VBG" and first.head.i != first.i:
        first = first.head  # "killing three and injuring several others": both what the strike did
    if first is not tok:
        if first.lemma_.lower() not in _senses().harm_words:
            return None
        return _told_outcome(_Trigger(first, first.doc[first.i : first.i + 1], t.category, None), by_head)
    outer = by_head.get(tok.head.i)
    if outer is None and tok.tag_ == "VBG" and tok.dep_ == "advcl":
        outer = _before_comma(tok, by_head) or _light_object(tok.head, by_head)
    if outer is None or outer is t:
        return None
    harm = tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp") and tok.lemma_.lower() in _senses().harm_words
    if harm and {outer.category, t.category} <= {"ASSAULT", "COERCE"}:
        return outer  # "opened fire on protesters, killing four": the killing is what the firing did
    if outer.category != t.category:
        return None
    # ("shells fired by the army" is the firing: there the noun gives way, see _drop_subsumed)
    held = tok.tag_ == "VBN" and tok.dep_ == "acl" and outer.head.pos_ == "NOUN"
    return outer if held and outer.category not in _senses().subsumes.get(outer.category, frozenset()) else None


def _purpose_of(t: _Trigger, by_head: dict[int, _Trigger]) -> bool:
    """An infinitive of purpose of the same category as the act it is the aim of ("fired tear gas
    to break up a protest", "shelled the town to drive out the rebels"): part of that act."""
    tok = t.head
    if tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "xcomp") or tok.head.i == tok.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    outer = by_head.get(tok.head.i) or _light_object(tok.head, by_head)
    return outer is not None and outer is not t and outer.category == t.category


def _taken_when_left(t: _Trigger, found: list[_Trigger]) -> bool:
    """A takeover of a place whose own clause says the other side had withdrawn ("took the town
    after government troops pulled out", "seized the area following the withdrawal of the
    army"): the place changed hands without a fight; the withdrawal is the event."""
    if t.category != "ASSAULT" or " ".join(w.lemma_.lower() for w in t.span) not in _senses().takeovers:
        return False
    marks = _senses().left_marks
    for r in found:
        if r.category != "RETREAT" or r.head.i in range(t.span.start, t.span.end):
            continue
        h = r.head
        while h.head.i != h.i and h.head.i != t.head.i:
            h = h.head
        if h.head.i != t.head.i:
            continue  # not in the takeover's clause
        # the withdrawal told as what came first: "after ... pulled out", "following the withdrawal"
        if h.lower_ in marks or any(c.dep_ == "mark" and c.lower_ in marks for c in h.children):
            return True
    return False


def _defiant_protest(t: _Trigger, by_head: dict[int, _Trigger]) -> bool:
    """A rule defied by holding a protest ("defied a police ban to take to the streets",
    "marched through the city, defying the curfew"): the defiance is how the protest was held."""
    tok = t.head
    if t.category != "REJECT" or tok.pos_ != "VERB" or tok.lemma_.lower() not in _senses().defied_by:
        return False
    done = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and any(k.lower_ == "to" for k in c.children)]
    if tok.dep_ == "advcl" and tok.tag_ == "VBG":
        done.append(tok.head)
    return any(by_head.get(d.i) is not None and by_head[d.i].category == "PROTEST" for d in done)


def _light_object(verb: Token, by_head: dict[int, _Trigger]) -> _Trigger | None:
    """The event noun a verb that is no trigger takes as object or subject ("carried out a strike
    on a factory, killing nine", "fighting broke out ..., killing five": the killing is what the
    strike or the fighting did)."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "nsubj"):
            continue
        # ... or one of a list there ("using batons, water cannons and tear gas to disperse")
        listed = [c] + [t for t in c.subtree if t.dep_ == "conj" and _conj_root(t).i == c.i]
        hit = next((by_head[t.i] for t in listed if t.i in by_head), None)
        if hit is not None:
            return hit
    return None


def _conj_root(tok: Token) -> Token:
    """The first item of the list ``tok`` is in ("batons" for "tear gas" in "batons, water
    cannons and tear gas")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _listed_with(t: _Trigger, by_head: dict[int, _Trigger]) -> bool:
    """A noun trigger in a list after another of its category ("water cannons and tear gas",
    "raids and arrests"): the means of one act, told together, are one event."""
    tok = t.head
    if tok.pos_ != "NOUN" or tok.dep_ != "conj":
        return False
    h = tok.head
    while True:
        other = by_head.get(h.i)
        if other is not None and other is not t and other.category == t.category and h.pos_ == "NOUN":
            return True
        if h.dep_ != "conj" or h.head.i == h.i:
            return False
        h = h.head


def _before_comma(tok: Token, by_head: dict[int, _Trigger]) -> _Trigger | None:
    """The verb trigger whose clause ends at the comma before a participle the parse hung
    elsewhere ("since March, when militants overran the town, killing dozens" hangs "killing" on
    the main verb)."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != ",":
        return None
    h = doc[tok.i - 2]
    while True:
        trig = by_head.get(h.i)
        if trig is not None and h.pos_ == "VERB" and h.i < tok.i:
            return trig
        if h.head.i == h.i or h.dep_ in ("ROOT",) or h.head.i > tok.i:
            return None
        h = h.head


def _held_protest(t: _Trigger, outer: _Trigger) -> bool:
    """Whether a protest noun that coercion acts on was held: force that ends a protest under way
    ("dispersed the demonstration", "cracked down on a protest") leaves two events, the protest
    and the force; a protest banned may never have been held, so it stays part of the ban."""
    if t.category != "PROTEST" or outer.category != "COERCE":
        return False
    words = " ".join(w.lemma_.lower() for w in outer.span)
    return bool(({words} | _verb_keys(outer.head)) & _senses().protest_ended_by)


def _drop_subsumed(found: list[_Trigger]) -> list[_Trigger]:
    """A noun trigger that is the object (or "in" phrase) of another trigger is part of that event."""
    sen = _senses()
    by_head = {t.head.i: t for t in found}
    for t in found:  # a phrase trigger stands for each of its words ("went on strike in protest")
        for w in t.span:
            by_head.setdefault(w.i, t)
    keep: list[_Trigger] = []
    for t in found:
        tok = t.head
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok.pos_ == "VERB" else None
        if subj is not None and by_head.get(subj.i, t) is not t and by_head[subj.i].category == t.category:
            continue  # "a drone strike killed two workers": the strike is the event
        host = _told_outcome(t, by_head)
        if host is not None:
            if t.category == "ASSAULT" and host.category == "COERCE":
                # coercion that killed or wounded ("fired tear gas ..., killing one man") was an assault
                host.category = "ASSAULT"
            continue  # "stormed a hotel, killing 14": the killing is what the storming did
        if _listed_with(t, by_head):
            continue  # "used water cannons and tear gas": one use of force
        if _purpose_of(t, by_head):
            continue  # "fired tear gas to break up a protest": one act, told with its aim
        if _taken_when_left(t, found):
            continue  # "recaptured the town after the army pulled out": the place was left, not fought for
        if _defiant_protest(t, by_head):
            continue  # "defied a ban to take to the streets": the protest is the event, held in defiance
        # the act committed to: the infinitive itself ("ready to withdraw") or its object when
        # the infinitive is no trigger ("prepared to impose martial law")
        act = tok
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.i not in by_head:
            act = tok.head
        if act.dep_ == "xcomp" and act.pos_ == "VERB":
            outer = by_head.get(act.head.i)
            if outer is not None and outer.category == "AGREE" and _commits(outer.head):
                outer.commitment = outer.commitment or t.category
                if t.category in _lexicon()["hostile"]:
                    outer.category = "THREATEN"  # "is prepared to impose martial law"
                continue
        gov = tok.head if tok.dep_ in ("dobj", "nsubjpass", "xcomp") else None
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.pos_ == "NOUN":
            outer = by_head.get(tok.head.head.i)
            setting = outer is not None and tok.head.lower_ in sen.setting_preps and t.category != outer.category
            # "charged with sexual assault": the crime charged is a happening of its own, not the charge
            charged = outer is not None and tok.head.lower_ in sen.complement_category.get(
                outer.head.lemma_.lower(), {}
            )
            if (
                outer is not None
                and not charged
                and t.category in sen.subsumes.get(outer.category, ())
                and not _held_protest(t, outer)
                and not setting  # "used tear gas in clashes with protesters": the clashes are their own event
            ):
                continue  # "objected to the deal": a rejection, not an agreement
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("in", "during", "with"):
            outer = by_head.get(tok.head.head.i)
            if outer is not None and outer.category == t.category and outer is not t:
                continue  # "killed three soldiers in a bomb attack": one assault
        held = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i in by_head), None)
        if tok.pos_ == "NOUN" and held is not None and t.category in sen.subsumes.get(by_head[held.i].category, ()):
            continue  # "the bombs discovered on Wednesday": what the seizure acted on
        if gov is not None and tok.pos_ == "NOUN":
            outer = by_head.get(gov.i)
            if outer is not None and t.category in sen.subsumes.get(outer.category, ()) and not _held_protest(t, outer):
                continue
            stops = bool(_verb_keys(gov) & sen.cessation_sanction)  # "halted", "broke off", "cut off"
            if _verb_keys(gov) & sen.completing_verbs and tok.lemma_.lower() in sen.completed_nouns:
                stops = False  # "ending a two-day visit": finished, not broken off
            if t.category in sen.ceased_cooperation and stops and outer is None:
                # "halted economic aid": stopping cooperation is a sanction, triggered by the verb
                keep.append(_Trigger(gov, gov.doc[gov.i : gov.i + 1], "SANCTION", None))
                continue
        keep.append(t)
    keep.sort(key=lambda t: t.span.start)
    return keep


# events ---------------------------------------------------------------------------------------------------


def find_events(ctx: ArticleContext) -> list[Event]:
    lex = _lexicon()
    out: list[Event] = []
    triggers: dict[str, Token] = {}
    for trig in _candidates(ctx):
        tok = trig.head
        if trig.category == "ASSAULT" and _under_threat(tok):
            continue  # "pledging to decimate ...": the threat is the event
        promised = (trig.category in lex["cooperative"] or trig.category in lex["hostile"]) and _committed(tok)
        category = trig.category
        readying = _prepared_for(tok) if trig.category == "ASSAULT" else None
        if readying is not None:
            # "the army prepared to resume shelling": force readied, not yet used; the readying is the event
            trig = _Trigger(readying, readying.doc[readying.i : readying.i + 1], "MOBILIZE", None)
            tok, category, promised = readying, "MOBILIZE", False
        refused = _refused(tok) and (trig.category in lex["cooperative"] or trig.category == "AGREE")
        if refused:
            category = "REJECT"  # "will not accept any more refugees": a refusal, stated now
        elif promised and _foretold(ctx, tok, trig.category):
            pass  # "will meet donors next week", "said it would close the border": to come, still the act
        elif promised and trig.category in lex["plans"]:
            pass  # "5,000 troops would be deployed": a plan for one's own forces, still MOBILIZE
        elif promised and " ".join(t.lemma_.lower() for t in trig.span) in lex["unilateral"]:
            pass  # "will resign": announced, still the act itself (hypothetical below)
        elif promised:
            category = "AGREE" if trig.category in lex["cooperative"] else "THREATEN"
            if _ultimatum(tok):
                category = "THREATEN"  # "will withdraw its troops unless ...": an ultimatum
        ev = _event(ctx, trig, category, len(out) + 1)
        triggers[ev.id] = tok
        if refused:
            # a refusal is stated now: neither undone nor only possible
            ev.negated, ev.hypothetical, ev.commitment = False, False, trig.category
        elif promised:
            ev.hypothetical, ev.commitment = True, trig.category
        elif trig.commitment is not None:
            ev.hypothetical, ev.commitment = True, trig.commitment
        if _repeats(ctx, ev, trig, out, triggers) or retold(ctx, ev, tok, out, triggers, _senses().harm_words):
            continue
        out.append(ev)
    events = merge_family(ctx, _drop_outcomes(ctx, out, triggers), triggers)
    if _off_topic(ctx):
        events = [e for e in events if _names_own_party(ctx, e)]
    return events


def _off_topic(ctx: ArticleContext) -> bool:
    """An article long enough to tell its topic that seldom names a place or people (GPE, LOC, FAC,
    NORP) or uses a word of public affairs, law or conflict (events.yaml political_context): not
    political or conflict news (settings.yaml, event_gate_*), so its trigger words mostly carry
    other senses (a basketball "assist", a market "rally")."""
    opts = defaults()
    words = sum(1 for t in ctx.doc if t.is_alpha)
    if words < opts.event_gate_min_words:
        return False
    places = sum(len(e.mentions) for e in ctx.entity_list if e.type in _PLACE_TYPES or e.type == "NORP")
    public = _senses().political_context
    affairs = sum(1 for t in ctx.doc if t.lower_ in public)
    return 1000 * (places + affairs) / words < opts.event_gate_context_density


def _names_own_party(ctx: ArticleContext, ev: Event) -> bool:
    """The event's own evidence on an off-topic page: a named doer or target ("WeWork agreed to
    ..."), one described by an organisation's word, a title of office or with a name in it ("the
    company", "a WeWork spokesperson"), or casualties. A doer told by a common noun of a game or a kitchen ("the home
    side" rallied, "the guards" attacked the basket) is not."""
    if ev.casualties or any(i in ctx.entities for i in [*ev.actors, *ev.recipients]):
        return True
    kinds = _senses().party_descriptors
    for d in ev.actor_descriptors:
        span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None and any(t.i in ctx.token_entity or t.lemma_.lower() in kinds for t in span):
            return True
    return False


def _drop_outcomes(ctx: ArticleContext, events: list[Event], triggers: dict[str, Token]) -> list[Event]:
    """A harm told without its doer ("six people were killed") in a sentence that also tells the
    violence that caused it by someone ("after security forces opened fire on protesters") is that
    event's outcome, not an attack of its own; its casualties go to that event."""
    sen = _senses()
    doers: dict[int, list[Event]] = {}
    for e in events:
        if e.type in ("ASSAULT", "COERCE") and (e.actors or e.actor_descriptors) and not e.negated:
            doers.setdefault(ctx.sent_of[triggers[e.id].i], []).append(e)
    keep = []
    for e in events:
        tok = triggers[e.id]
        outcome = (
            e.type == "ASSAULT"
            # "have been killed and dozens wounded": the second participle is passive as well
            and (e.actor_unknown == "passive without agent" or (tok.tag_ == "VBN" and tok.dep_ == "conj"))
            and tok.pos_ == "VERB"
            and tok.lemma_.lower() in sen.harm_words
        )
        outcome = outcome and not other_time(tok)  # "since 2016, when 30 people were killed"
        if outcome and any(d is not e for d in doers.get(ctx.sent_of[tok.i], [])):
            continue
        keep.append(e)
    return keep


def _repeats(ctx: ArticleContext, ev: Event, trig: _Trigger, earlier: list[Event], triggers: dict[str, Token]) -> bool:
    """ "the attack" again, with nothing new (actor, place, date): a mention of an earlier event.
    The noun names that event by its own word ("the raid" after "raided") or by a word that can
    stand for any one happening of its kind ("the attack", "the incident"); a word for a longer
    whole ("the war has killed tens of thousands") is background, not a mention."""
    tok = trig.head
    if tok.pos_ != "NOUN" or len(trig.span) > 1:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children):
        return False
    verb = _governing_verb(tok)
    claim = verb is not None and _claimed(tok, verb)
    blamed = verb is not None and (_blamed_for(tok, verb) or claim)
    if ev.actor_descriptors and not blamed:
        return False  # who is blamed for "the strike", or claims it, names no new doer of a new one
    lemma = tok.lemma_.lower()
    anaphors = _senses().anaphors

    def named(e: Event) -> bool:
        first_tok = triggers.get(e.id)
        own = first_tok is not None and first_tok.lemma_.lower() == lemma
        return own or (e.type == ev.type and anaphors.get(lemma, "") == ev.type)

    # a running total ("has killed 4,000 since 2017") is no happening "the attack" can name
    same = [e for e in earlier if named(e) and not e.negated and not e.hypothetical and not tally(triggers[e.id])]
    if not same:
        return False
    first = same[-1]
    if ev.actors and not blamed and (not _known_doers(ctx, ev, first) or told_as_another(tok)):
        return False  # a doer of its own: "the US inquiry" after "Swedish prosecutors dropped an inquiry"
    place = ev.location.name if ev.location is not None else None
    if ev.location_source == "clause" and (first.location is None or first.location.name != place):
        return False  # a new place: another attack
    day = ev.date.value if ev.date is not None and ev.date.precision in ("day", "time") else None
    if ev.date_source == "clause" and day is not None and (first.date is None or first.date.value != day):
        return False  # a new day: another attack
    first.mentions.append(ev.evidence)
    if claim and not first.actors:
        first.actors.extend(ev.actors)  # "X claimed responsibility for the attack": X is its named doer
    return True


def _known_doers(ctx: ArticleContext, ev: Event, first: Event) -> bool:
    """Whether the doers ``ev`` names are those of ``first`` or its country ("the Swedish
    investigation" after "prosecutors in Sweden dropped an investigation"); a people's name
    listed with its country ("Swedish", "Sweden") is that country."""
    known = set(first.actors)
    where = first.location.name if first.location is not None else None
    names = {ctx.entities[a].name for a in first.actors if a in ctx.entities} | ({where} if where else set())
    parties = [ctx.entities[a] for a in ev.actors if a in ctx.entities]
    countries = any(p.type == "GPE" for p in parties)
    if len(parties) != len(ev.actors):
        return False
    return all(p.id in known or p.name in names or (p.type == "NORP" and countries) for p in parties)


def _violent_complement(tok: Token) -> bool:
    """A complement that tells of violence or retaliation ("pledging to decimate", "vowed to
    avenge"); a trigger word that only names something ("the war crimes tribunal") tells none."""
    lex = _lexicon()
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp", "prep") or _infinitive_complement(c):
            for t in c.subtree:
                if t.dep_ == "compound":
                    continue
                hit = lex["triggers"].get(t.lemma_.lower())
                if hit and hit[0] in ("ASSAULT", "COERCE"):
                    return True
                if t.pos_ == "VERB" and _verb_keys(t) & lex["retaliate_plain"]:
                    return True
    return False


def _committed(tok: Token) -> bool:
    """ "offered to hand over", "will provide", "is willing to withdraw": a commitment, coded AGREE."""
    lex = _lexicon()
    verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
    if verb is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children):
        return True
    if verb.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
        return True  # "said they would boycott": the future of a report
    h = verb
    for _ in range(2):
        if h.head.i == h.i or h.dep_ not in ("xcomp", "ccomp", "acomp"):
            break
        h = h.head
        if h.lemma_.lower() in lex["commit_verbs"] or (h.pos_ != "VERB" and h.lower_ in lex["commit_adjectives"]):
            return True
    return False


def _prepared_for(tok: Token) -> Token | None:
    """The verb of getting ready over the act ("prepared to resume shelling", "were preparing to
    attack"; not the adjective of "is prepared to", a statement), else None."""
    lex = _lexicon()
    verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
    h = verb
    for _ in range(2):
        if h is None or h.head.i == h.i or not _infinitive_complement(h):
            return None
        h = h.head
        if h.pos_ == "VERB" and _verb_keys(h) & lex["preparation_verbs"]:
            return h
    return None


def _refused(tok: Token) -> bool:
    """A verb of the future negated: "will not accept", "would never allow", "won't sign"."""
    if tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "would", "'d", "wo") for c in kids)
    return future and any(c.dep_ == "neg" for c in kids)


def _ultimatum(tok: Token) -> bool:
    """A commitment with a negative condition on its verb ("will withdraw unless ...")."""
    marks = _lexicon()["ultimatum_marks"]
    verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
    if verb is None:
        return False
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
            return True
    return False


def _under_threat(tok: Token) -> bool:
    """An assault that is what a vow or threat is about ("pledging to decimate the terrorists"),
    not one told as its occasion ("vowed an inquiry after seven people were murdered")."""
    lex = _lexicon()
    h = tok
    for _ in range(3):
        if h.head.i == h.i:
            return False
        if h.dep_ == "advcl" and any(c.dep_ == "mark" for c in h.children):
            return False  # "after ... were murdered": a clause of time or cause, which happened
        if h.dep_ == "pobj" and h.head.lower_ in lex["occasion_preps"]:
            return False  # "vowed revenge after the attack"
        h = h.head
        if h.lemma_.lower() in lex["threat_verbs"]:
            return True
    return False


def _event(ctx: ArticleContext, trig: _Trigger, category: str, n: int) -> Event:
    tok, trigger = trig.head, trig.span
    sent = ctx.sent(tok)
    verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
    roles = _roles_of(ctx, tok, verb, category)
    actors, descriptors = roles.actors, roles.descriptors
    # a happening may be told over several sentences; a thing said is told where and when it is said
    who = _participants(roles.actors, descriptors) if category not in _lexicon()["said"] else None
    # a party "on" names is what a non-violent act is about or done to, not where it happens
    # ("a summit on Sudan in Cairo", "sanctions on Iran"); an attack on a town is fought there
    targets = frozenset(roles.recipients) if category not in ("ASSAULT", "COERCE") else frozenset()
    location, loc_source = _location(ctx, tok, verb, who, targets)
    when, date_source = _date(ctx, tok, verb, sent, who, category)
    evidence = Offsets(start=sent.start_char, end=sent.end_char)
    reported = _reported_by(ctx, tok, sent)
    negated, hypothetical = _factuality(ctx, tok, verb)
    # a date ahead in the clause says the event has not happened, unless the event is the
    # clause's subject: the date is then of what is said about it ("the truce takes effect on Friday")
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        hypothetical = hypothetical or scope.after(when, date_source, ctx.anchor)
    ev = Event(
        id=f"v{n}",
        type=category,
        mode=trig.mode,
        trigger=trigger.text,
        actors=actors,
        recipients=roles.recipients,
        location=location,
        date=when,
        negated=negated,
        # a threat that was made is a real event; only what it threatens may never come
        # ("threatened to use live fire"), kept as `commitment` when coded from a promise
        hypothetical=hypothetical,
        reported_by=reported[0] if reported is not None else None,
        reported_kind=reported[1] if reported is not None else None,
        actor_unknown=roles.gap,
        evidence=evidence,
        trigger_span=Offsets(start=trigger.start_char, end=trigger.end_char),
        mentions=[evidence],
        location_source=loc_source if location is not None else None,  # type: ignore[arg-type]
        date_source=date_source if when is not None else None,  # type: ignore[arg-type]
        actor_descriptors=descriptors,
    )
    # common-noun recipients ("two British soldiers"), an extra field next to actor_descriptors
    ev.recipient_descriptors = roles.recipient_descriptors  # type: ignore[attr-defined]
    return ev


def _governing_verb(tok: Token) -> Token | None:
    h = tok
    for _ in range(4):
        if h.head.i == h.i:
            return h if h.pos_ in ("VERB", "AUX") else None
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return h
    return None


# place and time -------------------------------------------------------------------------------------------


def _place_in(
    ctx: ArticleContext, tokens: list[Token], stop: set[int] | None = None, targets: frozenset[str] = frozenset()
) -> Location | None:
    """The first place in ``tokens`` that is the object of a preposition of place ("in Tripoli");
    with ``stop`` (the trigger and its verb), none inside what qualifies another noun ("for the
    strike, the third on the Red Sea city": that place is the earlier strikes'); none after "on"
    that is one of ``targets`` (the event's recipients: "talks on Sudan")."""
    for p in sorted(tokens, key=lambda t: t.i):
        # (a name on the noun, "at the Lakeview central market", is a compound or, as the parser
        # often has it before an adjective, an nmod)
        if p.dep_ not in ("pobj", "compound", "appos", "nmod") or p.head.dep_ == "agent":
            continue
        if stop is not None and _in_modifier(p, stop):
            continue
        prep = p.head if p.dep_ == "pobj" else p.head.head
        if prep.lower_ not in _LOCATION_PREPS:
            continue
        eid = ctx.resolver.token_entity.get(p.i)
        if eid is not None and prep.lower_ == "on" and prep.head.pos_ == "NOUN" and eid in targets:
            continue
        if eid is not None and ctx.entities[eid].type in _PLACE_TYPES:
            e = ctx.entities[eid]
            return Location(name=e.name, geo=e.geo)
        if eid is not None and ctx.entities[eid].type == "ORG":
            seat = _seat(ctx.entities[eid].name)
            if seat is not None:
                return seat
        if eid is None and p.pos_ == "NOUN" and p.lemma_.lower() in _senses().territory | _senses().place_parts:
            # "in the northern town of Beni", "in the port city of Lamu": the place the "of" names
            named = _named_place(ctx, p)
            if named is not None:
                return named
    return None


def _seat(name: str) -> Location | None:
    """The place a court is named after: "Mombasa High Court" -> Mombasa, "High Court of Kenya" ->
    Kenya; the words before its rank ("High", "Magistrates'") or after "of", when the gazetteer
    knows them as a place."""
    words = name.replace("\u2019", "'").split()
    low = [w.lower() for w in words]
    bodies, ranks = _lexicon()["seated_bodies"], _lexicon()["court_ranks"]
    if not any(w.removesuffix("'s") in bodies for w in low):
        return None
    cands = []
    first = next((k for k, w in enumerate(low) if w in ranks or w.removesuffix("'s") in bodies), len(low))
    if first > 0:
        cands.append(" ".join(words[:first]))
    if "of" in low[:-1]:
        cands.append(" ".join(words[low.index("of") + 1 :]))
    for c in cands:
        geo = gazetteer().lookup(c)
        if geo is not None:
            return Location(name=c, geo=geo)
    return None


def _named_place(ctx: ArticleContext, noun: Token) -> Location | None:
    """The place entity a common place noun is named by: "the town of Beni" (or "Beni town")."""
    for c in noun.children:
        cands = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "of" else []
        if c.dep_ in ("compound", "appos"):
            cands = [c]
        for x in cands:
            eid = ctx.resolver.token_entity.get(x.i)
            if eid is not None and ctx.entities[eid].type in _PLACE_TYPES:
                return Location(name=ctx.entities[eid].name, geo=ctx.entities[eid].geo)
            if c.dep_ == "prep" and x.pos_ == "PROPN":
                # "the town of Kiru": a name the entity layer did not know (or took for a person's)
                # is still the town's
                name = " ".join(t.text for t in x.subtree if t.dep_ == "compound" or t.i == x.i)
                return Location(name=name, geo=gazetteer().lookup(name))
    return None


def _place_taken(ctx: ArticleContext, tok: Token) -> Location | None:
    """A place an assault acts on: "overran the town of Palma", "stormed Kismayo", "the barracks
    was besieged" (the passive's subject), or the premises of an institution named for a building
    ("stormed Lakeside General Hospital": a university, hospital, prison ... is where it stands)."""
    hit = _lexicon()["triggers"].get(tok.lemma_.lower())
    if tok.pos_ != "VERB" or hit is None or hit[0] != "ASSAULT":
        return None
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        eid = ctx.resolver.token_entity.get(c.i)
        if eid is not None and ctx.entities[eid].type in _PLACE_TYPES:
            return Location(name=ctx.entities[eid].name, geo=ctx.entities[eid].geo)
        org = ctx.entities[eid] if eid is not None and ctx.entities[eid].type == "ORG" else None
        if org is not None and org.name.split()[-1].lower() in rules.word_set("entities.yaml", "named_after_nouns"):
            return Location(name=org.name, geo=org.geo)
        if eid is None and c.lemma_.lower() in _senses().territory:
            return _named_place(ctx, c)
    return None


def _place_visited(ctx: ArticleContext, tok: Token) -> Location | None:
    """The place a visit is paid to: "visited Kampala", "toured the town of Beni", "a visit to
    Uganda" (a trigger of mode ``visit``); its object is where it happened, not a party met."""
    hit = _lexicon()["triggers"].get(tok.lemma_.lower())
    if hit is None or hit[1] != "visit":
        return None
    if tok.pos_ == "VERB":
        places = [c for c in tok.children if c.dep_ == "dobj"]
    else:
        to = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"]
        places = [p for c in to for p in c.children if p.dep_ == "pobj"]
    for c in places:
        for x in [c, *c.conjuncts]:  # "visiting Kenya and Uganda": the first named
            eid = ctx.resolver.token_entity.get(x.i)
            if eid is not None and ctx.entities[eid].type in _PLACE_TYPES:
                return Location(name=ctx.entities[eid].name, geo=ctx.entities[eid].geo)
            if eid is None and x.lemma_.lower() in _senses().territory:
                named = _named_place(ctx, x)
                if named is not None:
                    return named
    return None


def _participants(actors: list[str], descriptors: list[Descriptor]) -> tuple[set[str], set[str]]:
    """An event's doers as entity ids and as the head words of their descriptions ("protesters")."""
    generic = _lexicon()["generic_doers"]
    heads = {d.text.split()[-1].lower() for d in descriptors if d.text.split()}
    return set(actors), heads - generic


def _same_happening_before(ctx: ArticleContext, start: int, who: tuple[set[str], set[str]]) -> list[Token] | None:
    """The paragraph before the one at ``start`` when it tells of the same doers ("Security forces
    fired on protesters in Kasserine" then "Hundreds of protesters blocked roads"): a follow-up
    paragraph tells the same happening and need not name its place again."""
    ids, words = who
    if not ids and not words:
        return None
    before = [p for p in ctx.paragraphs if p[1] <= start]
    if not before:
        return None
    a, b = max(before)
    span = ctx.doc.char_span(a, b, alignment_mode="contract")
    if span is None or not len(span):
        return None
    toks = list(span)
    if any(ctx.resolver.token_entity.get(t.i) in ids or t.lower_ in words or t.lemma_.lower() in words for t in toks):
        return toks
    return None


def _location(
    ctx: ArticleContext,
    tok: Token,
    verb: Token | None,
    who: tuple[set[str], set[str]] | None = None,
    targets: frozenset[str] = frozenset(),
) -> tuple[Location | None, str]:
    stop = {tok.i} | ({verb.i} if verb is not None else set())
    found = _place_in(ctx, _clause_tokens(tok, verb), stop, targets)
    if found is not None:
        return found, "clause"
    found = _place_taken(ctx, tok) or _place_visited(ctx, tok)
    if found is not None:
        return found, "clause"
    sent = ctx.sent(tok)
    found = _place_in(ctx, list(sent), stop, targets)
    if found is not None:
        return found, "sentence"
    para = next(((a, b) for a, b in ctx.paragraphs if a <= tok.idx < b), None)
    if para is not None:
        span = ctx.doc.char_span(para[0], sent.start_char, alignment_mode="contract")
        if span is not None and len(span):
            found = _place_in(ctx, list(span))
            if found is not None:
                return found, "paragraph"
        earlier = _same_happening_before(ctx, para[0], who) if who is not None else None
        found = _place_in(ctx, earlier) if earlier is not None else None
        if found is not None:
            return found, "paragraph"
    if ctx.place:
        return Location(name=ctx.place, geo=gazetteer().lookup(ctx.place)), "dateline"
    return None, ""


def _date(
    ctx: ArticleContext,
    tok: Token,
    verb: Token | None,
    sent: Span,
    who: tuple[set[str], set[str]] | None = None,
    category: str = "",
) -> tuple[Date | None, str]:
    in_sent = [t for t in ctx.timexes if sent.start_char <= t.start < sent.end_char and t.value and t.precision]
    if verb is not None and verb.dep_ == "relcl" and any(c.lower_ == "when" for c in verb.children):
        # "since December, when 31 soldiers were killed": the time the clause hangs on
        held = next((t for t in in_sent if t.start <= verb.head.idx < t.end), None)
        if held is not None:
            return Date(value=held.value or "", end=held.end_value, precision=held.precision, text=held.text), "clause"  # type: ignore[arg-type]
    said = category in _lexicon()["said"]
    in_sent = [
        t for t in in_sent if not _background_time(ctx, t, tok, verb) or (said and _message_time(ctx, t, tok, verb))
    ]
    if in_sent:
        clause = {x.i for x in _clause_tokens(tok, verb)}

        def in_clause(t: Timex) -> bool:
            span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
            return span is not None and any(x.i in clause for x in span)

        own = next((t for t in in_sent if in_clause(t)), None)
        if own is None and verb is not None and ctx.anchor is not None and past_tense(verb):
            # "will hold talks on Friday after protesters blocked roads": another clause's time that lies
            # after the publication cannot date an event told in the past
            in_sent = [t for t in in_sent if not _after_anchor(t, ctx.anchor.isoformat())]
            if not in_sent:
                return Date(value=ctx.anchor.isoformat(), precision="day"), "published"
        best = own or in_sent[0]
        return Date(
            value=best.value or "",
            end=best.end_value,
            precision=best.precision,  # type: ignore[arg-type]
            text=best.text,
        ), ("clause" if own is not None else "sentence")
    if who is not None and verb is not None and ctx.anchor is not None and past_tense(verb):
        earlier = _paragraph_time(ctx, sent, who)
        if earlier is not None:
            return earlier, "paragraph"
    if ctx.anchor is not None:
        return Date(value=ctx.anchor.isoformat(), precision="day"), "published"
    return None, ""


def _message_time(ctx: ArticleContext, t: Timex, tok: Token, verb: Token | None) -> bool:
    """A time on the message a thing said was said in: "In a statement issued on Friday, Kenya
    accused ...", "pleaded for calm in a note published on Monday". The message came out when it
    was said, so the time of the participle on the message noun dates the accusation or the
    demand, though it hangs on a noun (a description, for any other time)."""
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    part = next((a for a in span.root.ancestors if a.dep_ == "acl" and a.tag_ in ("VBN", "VBD")), None)
    if part is None or part.head.lemma_.lower() not in rules.word_set("roles.yaml", "message_nouns"):
        return False
    if part.head.i not in {x.i for x in _clause_tokens(tok, verb)}:
        return False
    # the time is the participle's own, not inside a further description below it
    below = [a for a in span.root.ancestors if part in a.ancestors]
    return not any(a.dep_ in ("relcl", "acl", "appos") for a in below)


def _paragraph_time(ctx: ArticleContext, sent: Span, who: tuple[set[str], set[str]]) -> Date | None:
    """For a past event whose sentence gives no time: the nearest day told before it in the same
    paragraph ("On Tuesday police fired on marchers. Three were hurt."), else in the paragraph before
    when that one tells of the same doers. Never a day after publication (another clause's plan)."""
    para = next(((a, b) for a, b in ctx.paragraphs if a <= sent.start_char < b), None)
    if para is None or ctx.anchor is None:
        return None
    anchor = ctx.anchor.isoformat()
    ranges = [(para[0], sent.start_char)]
    earlier = _same_happening_before(ctx, para[0], who)
    if earlier is not None:
        ranges.append((earlier[0].idx, earlier[-1].idx + len(earlier[-1])))
    for a, b in ranges:
        times = [
            t
            for t in ctx.timexes
            if a <= t.start < b and t.value and t.precision in ("day", "time") and not _after_anchor(t, anchor)
        ]
        times = [t for t in times if not _since(ctx, t)]
        if times:
            t = times[-1]
            return Date(value=t.value or "", end=t.end_value, precision=t.precision, text=t.text)  # type: ignore[arg-type]
    return None


def _since(ctx: ArticleContext, t: Timex) -> bool:
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return span[0].lower_ == "since" or (span.start > 0 and ctx.doc[span.start - 1].lower_ == "since")


def _after_anchor(t: Timex, anchor: str) -> bool:
    """Whether a calendar value ("2025-10-31", "2025-11", "2026") lies wholly after the anchor date."""
    v = t.value or ""
    return v[:4].isdigit() and v[:10] > anchor[: len(v[:10])]


def _background_time(ctx: ArticleContext, t: Timex, tok: Token, verb: Token | None) -> bool:
    """A time that dates something else: a start ("since last May", "since April 2023"), or a
    time inside what qualifies a noun ("the strike, the third on the city since last May", "the
    RSF, which has fought since 2023") unless that noun is the trigger itself."""
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    before = ctx.doc[span.start - 1] if span.start > 0 else None
    if (before is not None and before.lower_ == "since") or span[0].lower_ == "since":
        return True
    root = span.root
    if root.dep_ in ("compound", "nummod", "amod") and root.head.pos_ == "NOUN" and root.head.i != tok.i:
        # "dropped its inquiry into a 2010 allegation": a year on a noun inside what the event acts
        # on dates that noun; one on its setting ("seized it in the 1967 war") dates the event
        heads = [h for h in (tok, verb) if h is not None]
        acted = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
        # ... or what it is about, which the parser may hang on the verb ("dropped it into a 2010 ...")
        about = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _senses().topic_preps]
        acted += [p for c in about for p in c.children if p.dep_ == "pobj"]
        if tok.pos_ == "NOUN":
            acted.append(tok)
        if any(root.head.i in {t.i for t in a.subtree} for a in acted):
            return True
    return _in_modifier(root, {tok.i} | ({verb.i} if verb is not None else set()))


def _in_modifier(x: Token, stop: set[int]) -> bool:
    """Whether ``x`` sits, below the trigger or its verb (``stop``), in an apposition (a second
    description: "the strike, the third on the city since May") or in a relative or participial
    clause of a noun other than the trigger."""
    h = x
    while h.head.i != h.i and h.i not in stop:
        # "three were killed and at least 60 arrested on Wednesday": the parser makes the elliptical
        # passive a participle of the number, but it is a clause of its own, not a description
        elliptical = h.dep_ == "acl" and h.head.pos_ == "NUM" and h.tag_ == "VBN"
        # "abducted by gunmen wearing uniforms in the capital in August 2016": a present participle
        # describes its noun at the time of the event, and the parser hangs the event's own time
        # and place at the end of the sentence on it
        simultaneous = h.dep_ == "acl" and h.tag_ == "VBG"
        # "The firm, citing costs, announced on May 3 that ...": the sentence's own verb misparsed
        main = _misread_finite(h)
        if h.dep_ == "appos" or (
            h.dep_ in ("relcl", "acl") and h.head.i not in stop and not elliptical and not simultaneous and not main
        ):
            return True
        if h.dep_ == "npadvmod" and h.like_num and not h.is_digit:
            # ", the third on the city since May": an ordinal description the parse hangs on the verb
            return True
        h = h.head
    return False


# negation, cessation, hypotheticals -------------------------------------------------------------------------


def _negated(ctx: ArticleContext, tok: Token, verb: Token | None) -> bool:
    lex, sen = _lexicon(), _senses()
    # a noun takes its verb's negation only as that verb's argument ("did not sign an
    # agreement"), not from further away ("could not provide details of the talks")
    heads = [tok]
    if tok.pos_ != "VERB" and verb is not None and tok.head.i == verb.i and tok.dep_ in ("dobj", "nsubjpass", "attr"):
        heads.append(verb)
    for h in heads:
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in h.children):
            return True
        for c in h.children:
            neg_subject = c.lower_ in sen.negative_subjects or _first_two(c) in sen.negative_subjects
            if c.dep_ in ("nsubj", "nsubjpass") and neg_subject:
                return True  # "Nothing is agreed", "no one was arrested"
    # "failed to yield a solution", "will stop supporting", "cease the bombing": climb only
    # through complements, so the subject of a failure ("talks ... failed") stays un-negated
    h = tok
    for _ in range(3):
        if h.head.i == h.i or h.dep_ not in ("xcomp", "dobj", "ccomp", "auxpass", "pcomp"):
            break
        h = h.head
        w = h.lemma_.lower()
        if w in lex["negators"]:
            return True
        done = tok.pos_ == "NOUN" and h.tag_ in ("VBD", "VBN")  # "the truce that ended the war": it was fought
        if (
            w in sen.cessation
            and not done
            and not (w in sen.completing_verbs and tok.lemma_.lower() in sen.completed_nouns)
        ):
            return True  # "cease the bombing"; not "ending a two-day visit", which took place
        if any(c.dep_ == "neg" for c in h.children) and h.pos_ == "VERB" and h.dep_ != "ROOT":
            return True
    return False


def _factuality(ctx: ArticleContext, tok: Token, verb: Token | None) -> tuple[bool, bool]:
    """Whether the text says the event did not happen, and whether it says it only might or has
    not happened yet; a bare conjunct shares its first verb's auxiliaries and negation ("would cut
    tariffs and accept an inspection")."""
    negated = _negated(ctx, tok, verb) or scope.not_yet(tok)
    hypothetical = _hypothetical(tok, verb) or scope.unrealised(tok)
    arg = tok.dep_ in ("dobj", "nsubjpass") and verb is not None and verb.i == tok.head.i
    own = tok if tok.pos_ == "VERB" else verb if arg else None
    negated = negated or scope.no_longer(own)
    if own is not None and own.i != tok.i:
        hypothetical = hypothetical or scope.unrealised(own)  # "is due to chair a meeting"
    phase = scope.phase_head(tok)
    if phase is not None:
        hypothetical = hypothetical or _hypothetical(phase, phase)
    first = scope.shared_conjunct(own)
    if first is not None:
        negated = negated or _negated(ctx, first, first) or scope.no_longer(first)
        hypothetical = hypothetical or _hypothetical(first, first) or scope.unrealised(first)
    return negated, hypothetical


def _first_two(tok: Token) -> str:
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lower_ == "no":
        return f"no {tok.lower_}"
    return f"{tok.lower_} {nxt.lower_}" if nxt is not None else tok.lower_


def _hypothetical(tok: Token, verb: Token | None) -> bool:
    lex = _lexicon()
    # a noun takes its verb's modal as that verb's argument ("could sign a deal"), or in a
    # phrase on it ("could lead to talks"), not inside another noun ("could not provide
    # details of the talks": the details were not given; the talks took place)
    far = verb is not None and tok.pos_ != "VERB" and tok.dep_ == "pobj" and tok.head.head.i != verb.i
    for h in [tok] + ([verb] if verb is not None and not far else []):
        if any(c.dep_ in ("aux", "mark") and c.lower_ in lex["hypothetical"] for c in h.children):
            return True
    h, clausal = tok, tok.pos_ == "VERB"
    for _ in range(3):
        if h.head.i == h.i or h.dep_ not in ("xcomp", "dobj", "pobj", "prep", "ccomp", "nsubjpass"):
            break
        below, h = h, h.head
        if h.lemma_.lower() in lex["hypothetical"] and h.pos_ == "VERB":
            return True
        asked = lex["triggers"].get(f"{h.lemma_.lower()} {below.lower_}", ("",))[0] == "REQUEST"
        if h.pos_ == "VERB" and below.dep_ == "prep" and asked and tok.pos_ == "NOUN":
            return True  # "called for an emergency meeting", "pushed for talks": asked for, not held
        modal = any(c.dep_ in ("aux", "mark") and c.lower_ in lex["hypothetical"] for c in h.children)
        if h.pos_ in ("VERB", "AUX") and modal and tok.dep_ == "nsubjpass":
            return True  # "the embargo can be reinstated"
        # an act in the clause a modal verb governs is only wished or made possible, as the
        # modal's own verb is: "would want to see the rebels withdraw", "would let the council ban it";
        # a tensed clause is told as fact ("could confirm that troops attacked"), and a verb of
        # saying passes no modal on
        bare = below.dep_ == "xcomp" or (below.dep_ == "ccomp" and below.tag_ in ("VB", "VBN"))
        clausal = clausal and bare
        if clausal and modal and h.pos_ == "VERB" and h.lemma_.lower() not in lex["saying_verbs"]:
            return True
    return False


def _reported_by(ctx: ArticleContext, tok: Token, sent: Span) -> tuple[str, QuoteKind | None] | None:
    """The quote an event is told in (its id and kind), or the source credited by "according to"
    in its sentence (that source's entity, else the quote), or None."""
    for q in ctx.quotes:
        if q.start <= tok.idx < q.end:
            return q.id, q.kind
    for q in ctx.quotes:
        if q.cue == "according to" and sent.start_char <= (q.cue_span.start if q.cue_span else q.start) < sent.end_char:
            return q.speaker.entity or q.id, q.kind
    return None


@Language.factory("dateline_events", assigns=["doc._.dl_events"])
def make_event_layer(nlp: Language, name: str) -> EventLayer:
    return EventLayer()
