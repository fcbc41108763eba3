"""Scope of negation and modality for event triggers (words in ``data/events.yaml``, ``scope``).

An event's trigger can name something that did not happen ("could no longer supply"), has not
happened yet ("is due to meet", "the proposed talks"), is only intended ("sent ships to help"),
or is a kind of thing rather than one happening ("every raid is an attack", "raids are cheap").
These read the dependency parse around one trigger; ``events`` decides what to do with them.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from spacy.tokens import Token

from .. import rules
from ..record import Date


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in rules.load_yaml("events.yaml")["scope"][key])


def shared_conjunct(verb: Token | None) -> Token | None:
    """The first verb of a coordination whose auxiliaries and negation a bare conjunct shares:
    "would cut tariffs and accept an inspection", "did not attack or threaten them". A conjunct
    with a subject or an auxiliary of its own, or in another form ("attacked and will
    withdraw"), shares nothing."""
    if verb is None or verb.pos_ != "VERB":
        return None
    h = verb
    while h.dep_ == "conj" and h.tag_ == "VB" and h.head.pos_ in ("VERB", "AUX") and h.head.i != h.i:
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in h.children):
            break
        h = h.head
    return h if h.i != verb.i else None


def phase_head(tok: Token) -> Token | None:
    """The verb of a phase that a complement hangs on ("would begin distributing"), whose
    auxiliaries are the complement's."""
    if tok.pos_ == "VERB" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _words("phase_verbs"):
        return tok.head
    return None


def _pending(tok: Token) -> bool:
    """ "due", "set", "scheduled" (the word: the lemma of a participle is the verb's)."""
    pending = _words("pending_heads")
    return tok.lower_ in pending or tok.lemma_.lower() in pending


def _passive(tok: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in tok.children)


def _infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def not_yet(tok: Token) -> bool:
    """ "has yet to sign", "aid had yet to arrive": the text says it has not happened."""
    yet = _words("not_yet")
    if tok.pos_ == "VERB" and tok.dep_ == "xcomp" and _infinitive(tok):
        return any(c.dep_ == "advmod" and c.lower_ in yet for c in tok.head.children)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != tok.i:
        h = tok.head
        return any(c.dep_ == "advmod" and c.lower_ in yet for c in h.children) and any(
            c.dep_ == "xcomp" and _infinitive(c) for c in h.children
        )
    return False


def no_longer(verb: Token | None) -> bool:
    """ "could no longer meet its obligations", "were no longer providing funds": a negation
    the parse hangs on an adverb of the verb, not on the verb."""
    if verb is None:
        return False
    return any(c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children) for c in verb.children)


def unrealised(tok: Token) -> bool:
    """The event is planned, due, possible or intended, not (yet) done: "is due to meet", "are to
    be handed over", "sent ships to help the coast guard", "the proposed talks"."""
    if tok.pos_ == "VERB" and _infinitive(tok):
        done = _words("result_verbs") | _words("braving_verbs")
        if tok.dep_ == "advcl" and tok.head.lemma_.lower() not in done:
            return True  # a purpose: "sent ships to help"; not "fell 5% to close at 900", "defied a ban to march"
        if tok.dep_ in ("acl", "relcl"):
            return True  # "plans to shut the plants", "an event to be held in May"
        if tok.dep_ == "xcomp" and _pending(tok.head):
            return True
    if tok.pos_ == "VERB" and tok.dep_ == "advcl" and tok.head.i != tok.i:
        marks = _words("time_marks")
        if any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children):
            future = _words("future_auxiliaries")
            return any(c.dep_ == "aux" and c.lower_ in future for c in tok.head.children)
    if tok.pos_ == "NOUN":
        p = tok.head
        if tok.dep_ == "pobj" and p.lower_ in ("of", "for") and p.head.lower_ in _words("expectation_nouns"):
            return True  # "fears of a war", "calls for talks"
        # "a summit to be held next week": the noun is what a passive infinitive will act on;
        # "an agreement to end the mutiny" is made, only its content is ahead
        if any(c.dep_ in ("acl", "relcl") and _infinitive(c) and _passive(c) for c in tok.children):
            return True
        h = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and h.pos_ == "VERB" and _infinitive(h):
            return True  # "announced talks to be held next week"
        if tok.dep_ in ("nsubj", "nsubjpass"):
            # "the talks are set to begin", "the summit is due to be held"; not "the ceasefire is
            # set to take effect", made already
            frames = [h] if _pending(h) and h.lemma_.lower() not in ("be", "have") else []
            frames += [c for c in h.children if c.dep_ == "acomp" and _pending(c)]
            onset = _words("onset_verbs")
            for f in frames:
                if any(c.dep_ == "xcomp" and _infinitive(c) and c.lemma_.lower() in onset for c in f.children):
                    return True
        mods = _words("unrealised_modifiers")
        # "a new round of talks proposed for May": the modifier may sit on the noun "of" hangs on
        nouns = [tok, tok.head.head] if tok.dep_ == "pobj" and tok.head.lower_ == "of" else [tok]
        if any(c.dep_ in ("amod", "acl") and c.lower_ in mods for n in nouns for c in n.children):
            return True
        h = tok.head
        if tok.dep_ == "nsubj" and h.lemma_ == "be":
            return any(c.dep_ == "acomp" and c.lower_ in _words("modal_adjectives") for c in h.children)
    return False


def after(when: Date | None, source: str, anchor: date | None) -> bool:
    """The event's own clause dates it after the article's date: "has called a protest for
    February 19" written in January has not happened yet."""
    if when is None or anchor is None or source != "clause" or when.precision not in ("day", "time"):
        return False
    return when.value[:10] > anchor.isoformat()


def generic(tok: Token) -> bool:
    """A noun trigger that names any happening of its kind: "every raid", "any treaty", a bare
    plural subject of a present "be" with an adjective ("raids are cheap"), or what such a
    subject is said to be ("every raid is an attack")."""
    if tok.pos_ == "VERB":
        return _maxim(tok) or _habitual(tok) or _as_subject(tok)
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and _as_subject(tok.head):
        return True  # "seeking asylum is not a crime"
    if any(c.dep_ == "det" and c.lower_ in _words("generic_determiners") for c in tok.children):
        return True
    bare = tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)
    if bare and tok.dep_ == "pobj" and tok.head.lower_ in _words("topic_preps") and tok.head.head.pos_ == "NOUN":
        return True  # "a conference on mass killings"
    h = tok.head
    if tok.dep_ == "nsubj" and h.lemma_ == "be" and h.tag_ in ("VBZ", "VBP"):
        return bare and any(c.dep_ == "acomp" for c in h.children)
    if tok.dep_ == "attr" and h.lemma_ == "be":
        subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.pos_ == "NOUN" and generic(subj)
    return False


def _present(verb: Token) -> bool:
    """A present tense: "negotiates", or "is negotiated" / "has negotiated" with a present auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].tag_ in ("VBZ", "VBP")


def _habitual(verb: Token) -> bool:
    """ "A discount is typically negotiated by airlines": what is usually done, no happening."""
    if not any(c.dep_ == "advmod" and c.lower_ in _words("habitual_adverbs") for c in verb.children):
        return False
    return _present(verb)


def _as_subject(verb: Token) -> bool:
    """A verb that is the subject of a present "be", or what such a subject is said to be:
    "seeking asylum is not a crime", "to pause or seek compromise is to surrender": a statement
    about any such act."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    h = first.head
    if first.dep_ == "csubj" and h.lemma_ == "be" and h.tag_ in ("VBZ", "VBP"):
        return True
    if first.dep_ == "xcomp" and h.lemma_ == "be" and h.tag_ in ("VBZ", "VBP"):
        return any(c.dep_ == "csubj" for c in h.children)
    return False


def _maxim(verb: Token) -> bool:
    """ "Nothing is agreed until everything is agreed": a present statement about everything or
    nothing."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in _words("generic_subjects"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxes
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].tag_ in ("VBZ", "VBP") and auxes[0].lemma_ == "be"


def forecast(tok: Token, non_agents: frozenset[str]) -> bool:
    """A warning about the weather, a market or supplies ("warned that heavy rain is likely"):
    no threat by whoever warns."""
    if tok.lemma_.lower() not in _words("forecast_verbs"):
        return False
    about = _words("forecast_subjects") | non_agents
    for c in tok.children:
        if c.dep_ == "ccomp":
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lemma_.lower() in about:
                return True
            # a threat tells an act to come ("warned that troops would move in", "... that it was
            # ready to strike"); a clause of how things are ("warned that the sick were not the only
            # ones at risk", "that there is no room for compromise") is a statement, no threat
            if not _tells_act_to_come(c):
                return True
    return False


def _tells_act_to_come(verb: Token) -> bool:
    modal = _words("threat_clause_auxiliaries")
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in modal:
            return True
        if c.dep_ in ("xcomp", "conj", "acomp") and _tells_act_to_come(c):
            return True
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            return True
    return False


def names_group(tok: Token) -> bool:
    """ "a senator from the alliance", "our partners": a group, not a pact being made; "an
    alliance with Chile", "formed an alliance" stay events."""
    if tok.pos_ != "NOUN" or tok.lower_ not in _words("group_nouns"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _words("group_preps") for c in tok.children):
        return False
    return tok.dep_ not in ("dobj", "nsubjpass")


def characterised(tok: Token) -> bool:
    """A noun said of something else, not a happening of its own: "called the treaty a
    surrender", "branded the raid a massacre" (the object's predicate)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "oprd"
