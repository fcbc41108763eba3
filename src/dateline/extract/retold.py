"""One happening told again: a later sentence that retells a violent event is one of its ``mentions``.

Called by the events component for each new violent event, after ``_repeats`` (which takes "the
attack" again with nothing new). Two forms of retelling are read here:

- the outcome, told with no doer of its own ("More than 20 people were wounded, he said"; "Two
  men died of gunshot wounds"): what the violent event just told did, when nothing says it is a
  different happening (a new cause "in a bomb attack", "separately", a place or day of its own);
- the same act told again with its doer or its target named as known ("the attackers opened
  fire on guests", "gunmen attacked the convoy" after "ambushed an army convoy"): a definite
  noun that names the earlier event's target, or its doers.

The earlier event must be in the same paragraph or one of the few before it (``retold.yaml``):
in wire copy a paragraph is a sentence, and a story retells its lead within a few of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .. import rules
from ..record import Event
from .context import ArticleContext

_VIOLENT = ("ASSAULT", "COERCE")
_DEFINITE = ("the", "this", "that", "these", "those")
_PRONOUNS = ("they", "he", "she")


@dataclass(frozen=True)
class _Rules:
    paragraphs_back: int
    new_words: frozenset[str]
    doers: frozenset[str]
    target_preps: frozenset[str]
    outcome_words: frozenset[str]
    causes: frozenset[str]


@cache
def _rules() -> _Rules:
    data = rules.load_yaml("retold.yaml")
    return _Rules(
        paragraphs_back=int(data["paragraphs_back"]),
        new_words=rules.word_set("retold.yaml", "new_happening_words"),
        doers=rules.word_set("retold.yaml", "doer_nouns"),
        target_preps=rules.word_set("retold.yaml", "target_preps"),
        outcome_words=rules.word_set("retold.yaml", "outcome_words"),
        causes=rules.word_set("casualties.yaml", "cause_nouns"),
    )


def retold(
    ctx: ArticleContext, ev: Event, tok: Token, earlier: list[Event], triggers: dict[str, Token], harm: frozenset[str]
) -> bool:
    """If ``ev`` (triggered by ``tok``) retells one of ``earlier``, add its sentence to that event's
    ``mentions`` and say so."""
    if ev.type not in _VIOLENT or ev.negated or ev.hypothetical:
        return False
    sent = ctx.sent(tok)
    r = _rules()
    if any(t.lower_ in r.new_words or t.lemma_.lower() in r.new_words for t in sent):
        return False
    candidates = _before(ctx, tok, earlier, triggers)
    if not candidates:
        return False
    if tally(tok):
        return False
    # no doer at all ("were wounded", "the foreigners killed"); a subject that is no party ("an
    # insurgency has killed") is a doer all the same
    doerless = not ev.actors and not ev.actor_descriptors and ev.actor_unknown != "subject not a party"
    target: Event | None
    if doerless and (tok.lemma_.lower() in harm or tok.lemma_.lower() in r.outcome_words) and not _new_cause(tok):
        target = candidates[0]  # the outcome of the violent event told last
        if not outcome_of(ev.type, target.type):
            return False
    elif any(d.lower_ in _PRONOUNS for d in _doers(tok, pronouns=True)):
        target = candidates[0]  # "they came in shooting": the doers of the violence told last
    else:
        target = next((e for e in candidates if _same_act(tok, triggers[e.id])), None)
    if target is None or not _agrees(ev, target):
        return False
    if ev.evidence not in target.mentions:  # two retelling words in one sentence: one mention
        target.mentions.append(ev.evidence)
    return True


def _before(ctx: ArticleContext, tok: Token, earlier: list[Event], triggers: dict[str, Token]) -> list[Event]:
    """The violent events told (or last retold) before ``tok`` within reach, the latest first."""
    starts = [a for a, b in ctx.paragraphs]
    here = max((k for k, a in enumerate(starts) if a <= tok.idx), default=0)
    reach = starts[max(here - _rules().paragraphs_back, 0)] if starts else 0
    start = ctx.sent(tok).start_char

    def last(e: Event) -> int:
        return max((m.start for m in e.mentions if m.start < start), default=-1)

    out = [
        e
        for e in earlier
        if e.type in _VIOLENT
        and not e.negated
        and not e.hypothetical
        and e.id in triggers
        and not tally(triggers[e.id])
        and last(e) >= reach
    ]
    return sorted(out, key=last, reverse=True)


def outcome_of(outcome: str, act: str) -> bool:
    """Whether a harm told without a doer, of category ``outcome``, can be what a violent act of
    category ``act`` did: "threw stones at police ... 52 people were arrested" is no outcome of the
    stone-throwing; the arrests are the other side's act, an event with its own count."""
    return not (outcome == "COERCE" and act == "ASSAULT")


def tally(tok: Token) -> bool:
    """A running total, not a happening: "an insurgency has killed more than 4,000 people since
    2017" (a present perfect with "since"). No later sentence retells it."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return perfect and any(t.lower_ == "since" for t in verb.subtree)


def other_time(tok: Token) -> bool:
    """A harm told of another time: "the deadliest attack since 2016, when 30 people were killed"
    (a "when" clause on a date). It is a happening of its own, never the outcome of the one around it."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.dep_ not in ("relcl", "advcl") or not any(c.lower_ == "when" for c in verb.children):
        return False
    return verb.head.ent_type_ in ("DATE", "TIME")


def _definite(noun: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in noun.children)


def _targets(tok: Token) -> list[Token]:
    """What a violent verb acts on: its object, "on/at/against X", or the subject of a passive."""
    r = _rules()
    out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in r.target_preps:
            out += [p for p in c.children if p.dep_ == "pobj"]
    for c in tok.children:  # "opened fire on X": the object's own phrase
        if c.dep_ == "dobj":
            out += [p for x in c.children if x.dep_ == "prep" and x.lower_ in r.target_preps for p in x.children]
    return [t for t in out if t.pos_ in ("NOUN", "PROPN")]


def _doers(tok: Token, pronouns: bool = False) -> list[Token]:
    """The subject, or the first verb's when ``tok`` shares it ("the attackers arrived ... and opened
    fire", "they came in shooting")."""
    h = tok
    subj = [c for c in h.children if c.dep_ == "nsubj"]
    for _ in range(3):  # up through the verbs and phrases that share the subject
        if subj or h.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep") or h.head.i == h.i:
            break
        h = h.head
        subj = [c for c in h.children if c.dep_ == "nsubj"]
    return [c for c in subj if c.pos_ == "NOUN" or (pronouns and c.pos_ == "PRON")]


def _same_act(tok: Token, first: Token) -> bool:
    """ "attacked the convoy" after "ambushed an army convoy"; "the attackers opened fire" after
    "gunmen stormed a hotel": a definite target or doer that names what the first one told."""
    r = _rules()
    first_targets = {t.lemma_.lower() for t in _targets(first)}
    if any(_definite(t) and t.lemma_.lower() in first_targets for t in _targets(tok)):
        return True
    first_doers = {t.lemma_.lower() for t in _doers(first)}
    return any(_definite(d) and (d.lemma_.lower() in r.doers or d.lemma_.lower() in first_doers) for d in _doers(tok))


def told_as_another(tok: Token) -> bool:
    """A word its own modifiers tell as one more of its kind: "the third such lawsuit", "the second
    raid", "also criticised", "another rally", "an earlier inquiry" (retold.yaml
    ``new_happening_words``). A listed word is matched as written as well as by lemma: the
    lemmatiser reads "earlier" as "early" and "latest" as "late", words that say nothing of a
    happening's being another ("an early vote", "late in the day")."""
    new = _rules().new_words
    return any(
        c.dep_ in ("amod", "det", "nummod", "advmod") and (c.lower_ in new or c.lemma_.lower() in new)
        for c in tok.children
    )


def _new_cause(tok: Token) -> bool:
    """ "killed in a bomb attack": a harm told with a cause of its own, new to the story."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "by"):
            for p in c.children:
                new = any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in p.children)
                if p.dep_ == "pobj" and new and p.lemma_.lower() in _rules().causes:
                    return True
    return False


def _agrees(ev: Event, first: Event) -> bool:
    """No place and no day of its own that differ from the first telling's."""
    place = ev.location.name if ev.location is not None else None
    first_place = first.location.name if first.location is not None else None
    if ev.location_source == "clause" and place is not None and first_place != place:
        return False  # a new place: another happening
    day = ev.date.value[:10] if ev.date is not None and ev.date.precision in ("day", "time") else None
    first_day = first.date.value[:10] if first.date is not None else None
    return not (ev.date_source == "clause" and day is not None and first_day != day)
