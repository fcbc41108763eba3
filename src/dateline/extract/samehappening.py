"""One happening named again by a word of its family: "the protest" ... "the rally" ... "teachers
chanted" is one demonstration, so one event with every sentence in its ``mentions``.

Runs on the events component's list once every event is read. ``_repeats`` and ``retold`` take the
definite "the attack" and the retold violence; this pass takes what they leave: a later event of the
same PLOVER category whose trigger is in the same family as the earlier one's (``retold.yaml``
``families``: "inquiry" and "investigating" are one family, "inquiry" and "accused" are not; a word
in no family is never merged here, since "asked" twice is two requests as often as one), and that
says nothing that makes it another act:

- no doer of its own: the two name a common party, or one names none (descriptors are compared by
  their head word: "teachers" and "fellow teachers" agree, "teachers" and "nurses" do not);
- no place of its own: two places read from the clauses that differ are two acts (two protests in
  two cities); a place taken from the dateline says nothing of the event;
- no day of its own: two dates read from the text that differ are two acts; the publication date
  filled in for an undated event says nothing of it;
- the same factuality: a protest that happened and one only threatened are two;
- in one sentence, one trigger part of the other's phrase ("provide some relief"); two triggers
  side by side there name two acts ("released the hostages after the government freed prisoners");
- no word of its own that makes it one more of its kind ("also criticised", "another rally", "a
  previous inquiry": ``new_happening_words``).

The merged event keeps the earlier telling's fields, and takes from a later telling by a verb what
only that one states in its own clause: the lead often names the act alone ("protests broke out")
and a later sentence gives its day, place or doers ("on Sunday thousands marched in the capital").
A day or place of the clause wins over the publication date or the dateline, and of two days that
agree the more precise one is kept ("November" and "November 19"). A later telling by a noun gives
nothing: its clause is another act's ("a teacher from Evansville left at 4 a.m. for the rally" does
not move the rally there, nor date it).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .. import rules
from ..record import Event, date_range
from ..settings import defaults
from .context import ArticleContext
from .retold import told_as_another

# sources that tell nothing about the event itself: the page's dateline, its publication date
_WEAK_PLACE = ("dateline",)
_WEAK_DATE = ("published",)


@cache
def _families() -> dict[str, int]:
    """Each family word (lemmas joined by spaces) and the number of its family."""
    out: dict[str, int] = {}
    for k, words in enumerate(rules.load_yaml("retold.yaml")["families"]):
        for w in words:
            out[str(w).lower()] = k
    return out


def _family(ctx: ArticleContext, ev: Event, tok: Token) -> int | None:
    """The family of the event's trigger: the whole phrase ("step down"), else its head's lemma."""
    fam = _families()
    if ev.trigger_span is not None:
        span = ctx.doc.char_span(ev.trigger_span.start, ev.trigger_span.end, alignment_mode="expand")
        if span is not None:
            phrase = " ".join(t.lemma_.lower() for t in span)
            if phrase in fam:
                return fam[phrase]
    return fam.get(tok.lemma_.lower(), fam.get(tok.lower_))


def merge_family(ctx: ArticleContext, events: list[Event], triggers: dict[str, Token]) -> list[Event]:
    """``events`` with each later telling of an earlier event's happening folded into that event."""
    kept: list[Event] = []
    told: dict[str, list[Event]] = {}  # the later tellings folded into each kept event
    for ev in events:
        first = next(
            (e for e in kept if _same(ctx, ev, e, triggers) and not _doers_differ(ctx, ev, told.get(e.id, []))),
            None,
        )
        if first is None:
            kept.append(ev)
            continue
        told.setdefault(first.id, []).append(ev)
        for m in [ev.evidence, *ev.mentions]:
            if m not in first.mentions:
                first.mentions.append(m)
        first.mentions.sort(key=lambda m: m.start)
        if triggers[ev.id].pos_ == "VERB":
            # only a telling by a verb states the act's own day, place and doers; a noun's clause
            # is another act's ("left at 4 a.m. for the rally", "told journalists in X the sanctions")
            _fill(ctx, first, ev)
    return kept


def _fill(ctx: ArticleContext, first: Event, ev: Event) -> None:
    """Give ``first`` each field that only the later telling ``ev`` states (they agree on the rest).

    Not from a telling dated far from the publication day while ``first`` has no day of its own:
    "protests over bus fares spread" and "in March 2019 traders demonstrated in the port" are two
    protests years apart, and the older one's day and place are not today's."""
    if (first.date is None or first.date_source in _WEAK_DATE) and _far_from_publication(ctx, ev):
        return
    if _weak_place(first) and ev.location_source == "clause":
        first.location, first.location_source = ev.location, ev.location_source
    if ev.date is not None and ev.date_source == "clause":
        weak = first.date is None or first.date_source in _WEAK_DATE
        if weak or (first.date is not None and _finer(ev.date.value, first.date.value)):
            first.date, first.date_source = ev.date, ev.date_source
    if not first.actors and not first.actor_descriptors and (ev.actors or ev.actor_descriptors):
        first.actors, first.actor_descriptors = list(ev.actors), list(ev.actor_descriptors)
        first.actor_unknown = None
    if not first.recipients and ev.recipients:
        first.recipients = list(ev.recipients)


def _far_from_publication(ctx: ArticleContext, ev: Event) -> bool:
    """Whether ``ev``'s own day lies more than ``retold_fill_max_days`` from the publication day."""
    anchor = ctx.anchor
    if anchor is None or ev.date is None or ev.date_source != "clause":
        return False
    span = date_range(ev.date)
    if span is None:
        return False
    lo, hi = span
    gap = (lo - anchor).days if anchor < lo else (anchor - hi).days if anchor > hi else 0
    return gap > defaults().retold_fill_max_days


def _finer(x: str, y: str) -> bool:
    """Whether date value ``x`` says more than ``y``, which it agrees with ("2019-11-19", "2019-11")."""
    if "W" in x or "W" in y:
        return False
    return len(x) > len(y) and x.startswith(y)


def _same(ctx: ArticleContext, ev: Event, first: Event, triggers: dict[str, Token]) -> bool:
    if ev.type != first.type:
        return False
    if (ev.negated, ev.hypothetical) != (first.negated, first.hypothetical):
        return False
    a, b = triggers.get(ev.id), triggers.get(first.id)
    if a is None or b is None:
        return False
    if _one_more(a) or _one_sentence_apart(a, b):
        return False
    family = _family(ctx, ev, a)
    if family is None or family != _family(ctx, first, b):
        return False  # another kind of act of the category: "inquiry" is no "accusation"
    return _parties_agree(ctx, ev, first) and _places_agree(ev, first) and _dates_agree(ev, first)


def _one_more(tok: Token) -> bool:
    """ "also criticised", "another rally", "a previous inquiry", "he also faced a probe": told as
    one more of its kind (a noun by its own words or those of the verb it is the object of)."""
    if told_as_another(tok):
        return True
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and told_as_another(tok.head)


def _one_sentence_apart(a: Token, b: Token) -> bool:
    """Two triggers of one sentence are two acts unless one is part of the other's phrase ("provide
    some relief"): "called for an emergency meeting if talks are revived" names two."""
    if a.sent.start != b.sent.start:
        return False
    return not (a in b.subtree or b in a.subtree)


def _parties_agree(ctx: ArticleContext, ev: Event, first: Event) -> bool:
    if ev.actors and first.actors and not set(ev.actors) & set(first.actors):
        return False
    if ev.recipients and first.recipients and not set(ev.recipients) & set(first.recipients):
        return False
    if ev.actor_descriptors and first.actor_descriptors:
        return bool(_heads(ctx, ev) & _heads(ctx, first))
    return True


def _doers_differ(ctx: ArticleContext, ev: Event, tellings: list[Event]) -> bool:
    """Whether ``ev`` names doers that none of the later tellings already folded in shares: "drew
    criticism" ... "the union criticised the plan" ... "the mayor criticised it" are two critics'
    acts, though the first telling names none and agrees with both. Doers are compared by party and
    by descriptor head ("teachers" and "fellow teachers" agree)."""
    if not ev.actors:
        return False
    for t in tellings:
        if not t.actors or set(ev.actors) & set(t.actors):
            continue
        if not (ev.actor_descriptors and t.actor_descriptors and _heads(ctx, ev) & _heads(ctx, t)):
            return True
    return False


def _heads(ctx: ArticleContext, ev: Event) -> set[str]:
    """The head word of each descriptor: "fellow teachers" -> "teacher"."""
    out = set()
    for d in ev.actor_descriptors:
        span = ctx.doc.char_span(d.start, d.end, alignment_mode="expand")
        out.add(span.root.lemma_.lower() if span is not None else d.text.split()[-1].lower())
    return out


def _weak_place(ev: Event) -> bool:
    return ev.location is None or ev.location_source in _WEAK_PLACE


def _places_agree(ev: Event, first: Event) -> bool:
    if _weak_place(ev) or _weak_place(first):
        return True
    assert ev.location is not None and first.location is not None
    return ev.location.name == first.location.name


def _dates_agree(ev: Event, first: Event) -> bool:
    if ev.date is None or first.date is None or ev.date_source in _WEAK_DATE or first.date_source in _WEAK_DATE:
        return True
    x, y = ev.date.value[:10], first.date.value[:10]
    if "W" in x or "W" in y:
        return True  # a week and a day: not compared here
    n = min(len(x), len(y))
    return x[:n] == y[:n]  # "2019-11" holds "2019-11-19"
