"""One happening named again by a word of its family: "the protest" ... "the rally" ... "teachers
chanted" is one demonstration, so one event with every sentence in its ``mentions``.

Runs on the events component's list once every event is read. ``_repeats`` and ``retold`` take the
definite "the attack" and the retold violence; this pass takes what they leave: a later event of the
same PLOVER category whose trigger is the earlier one's lemma or a word of the same family (the
category's trigger list in ``events.yaml``, narrowed to one PLOVER mode where the list gives one:
"inquiry" and "investigating" are one family, "inquiry" and "accused" are not), and that says
nothing that makes it another act:

- no doer of its own: the two name a common party, or one names none (descriptors are compared by
  their head word: "teachers" and "fellow teachers" agree, "teachers" and "nurses" do not);
- no place of its own: two places read from the clauses that differ are two acts (two protests in
  two cities); a place taken from the dateline says nothing of the event;
- no day of its own: two dates read from the text that differ are two acts; the publication date
  filled in for an undated event says nothing of it;
- the same factuality: a protest that happened and one only threatened are two.

Which categories are merged is data (``retold.yaml``, ``family_categories``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .. import rules
from ..record import Event
from .context import ArticleContext

# sources that tell nothing about the event itself: the page's dateline, its publication date
_WEAK_PLACE = ("dateline",)
_WEAK_DATE = ("published",)


@cache
def _categories() -> frozenset[str]:
    return frozenset(str(x) for x in rules.load_yaml("retold.yaml")["family_categories"])


def merge_family(ctx: ArticleContext, events: list[Event], triggers: dict[str, Token]) -> list[Event]:
    """``events`` with each later telling of an earlier event's happening folded into that event."""
    kept: list[Event] = []
    for ev in events:
        first = next((e for e in kept if _same(ctx, ev, e, triggers)), None)
        if first is None:
            kept.append(ev)
            continue
        for m in [ev.evidence, *ev.mentions]:
            if m not in first.mentions:
                first.mentions.append(m)
        first.mentions.sort(key=lambda m: m.start)
        # what the later telling adds (who, where) belongs to the one happening
        if not first.actors and not first.actor_descriptors:
            first.actors, first.actor_descriptors = list(ev.actors), list(ev.actor_descriptors)
        if not first.recipients:
            first.recipients = list(ev.recipients)
        if ev.location is not None and ev.location_source not in _WEAK_PLACE and _weak_place(first):
            first.location, first.location_source = ev.location, ev.location_source
    return kept


def _same(ctx: ArticleContext, ev: Event, first: Event, triggers: dict[str, Token]) -> bool:
    if ev.type != first.type or ev.type not in _categories():
        return False
    if (ev.negated, ev.hypothetical) != (first.negated, first.hypothetical):
        return False
    a, b = triggers.get(ev.id), triggers.get(first.id)
    if a is None or b is None:
        return False
    if a.lemma_.lower() != b.lemma_.lower() and ev.mode != first.mode:
        return False  # another family of the category: "inquiry" is no "accusation"
    return _parties_agree(ctx, ev, first) and _places_agree(ev, first) and _dates_agree(ev, first)


def _parties_agree(ctx: ArticleContext, ev: Event, first: Event) -> bool:
    if ev.actors and first.actors and not set(ev.actors) & set(first.actors):
        return False
    if ev.recipients and first.recipients and not set(ev.recipients) & set(first.recipients):
        return False
    if ev.actor_descriptors and first.actor_descriptors:
        return bool(_heads(ctx, ev) & _heads(ctx, first))
    return True


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
