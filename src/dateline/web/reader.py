"""An article's text cut into the pieces the reader page shows: each piece with the facts that cover it.

Quotes, event triggers, time expressions and entity mentions overlap freely (a date inside a quote,
a trigger inside a date's sentence), so the text is cut at every start and end of any of them and
each piece lists the marks over it. Pure: no HTML here; the template escapes every piece.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..record import Article


@dataclass(frozen=True)
class Mark:
    kind: str  # quote | event | timex | entity
    id: str  # q1, v2, t3, e4: unique inside the article
    start: int
    end: int


@dataclass
class Piece:
    text: str
    start: int
    marks: list[Mark] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return sorted({m.kind for m in self.marks})

    @property
    def ids(self) -> list[str]:
        return [m.id for m in self.marks]


def marks(a: Article) -> list[Mark]:
    out: list[Mark] = []
    for q in a.quotes:
        out.append(Mark("quote", q.id, q.start, q.end))
    for ev in a.events:
        span = ev.trigger_span or ev.evidence
        out.append(Mark("event", ev.id, span.start, span.end))
    for i, t in enumerate(a.timexes, 1):
        out.append(Mark("timex", f"t{i}", t.start, t.end))
    for e in a.entities:
        for m in e.mentions:
            out.append(Mark("entity", e.id, m.start, m.end))
    n = len(a.text)
    return [m for m in out if 0 <= m.start < m.end <= n]


def paragraphs(a: Article) -> list[list[Piece]]:
    """The text as paragraphs (blank-line separated, as records keep them) of marked pieces."""
    text = a.text
    all_marks = marks(a)
    cuts = {0, len(text)}
    for m in all_marks:
        cuts.update((m.start, m.end))
    # paragraph breaks are cuts too, so no piece spans two paragraphs
    pos = text.find("\n\n")
    while pos != -1:
        cuts.update((pos, pos + 2))
        pos = text.find("\n\n", pos + 2)
    points = sorted(cuts)
    # marks sorted by start, swept once: a mark is active for pieces inside [start, end)
    by_start = sorted(all_marks, key=lambda m: m.start)
    active: list[Mark] = []
    k = 0
    out: list[list[Piece]] = [[]]
    for lo, hi in itertools.pairwise(points):
        while k < len(by_start) and by_start[k].start <= lo:
            active.append(by_start[k])
            k += 1
        active = [m for m in active if m.end > lo]
        chunk = text[lo:hi]
        if chunk == "\n\n" or (not chunk.strip() and "\n\n" in chunk):
            if out[-1]:
                out.append([])
            continue
        out[-1].append(Piece(chunk, lo, [m for m in active if m.start <= lo and m.end >= hi]))
    return [p for p in out if p]


def sentence(a: Article, start: int, end: int) -> str:
    """The evidence a fact points at, as the reader shows it beside the fact."""
    return a.text[max(0, start) : max(0, end)]


def facts(a: Article, people: Mapping[str, str | None]) -> dict[str, dict[str, object]]:
    """Each mark's details, by mark id, as the reader's side panel shows them (plain data, sent as
    JSON and written into the page with textContent: never markup)."""
    names = {e.id: e.name for e in a.entities}

    def who(ids: list[str]) -> list[dict[str, object]]:
        return [{"name": names.get(i, i), "person": people.get(i)} for i in ids]

    out: dict[str, dict[str, object]] = {}
    for q in a.quotes:
        sp = q.speaker
        out[q.id] = {
            "kind": "quote",
            "quoteKind": q.kind,
            "text": q.text,
            "speaker": sp.name or sp.descriptor or "unknown",
            "person": people.get(sp.entity) if sp.entity else None,
            "basis": sp.basis,
            "anonymous": sp.anonymous,
            "cue": q.cue,
            "channel": q.channel,
            "reportedBy": (q.reported_by.name if q.reported_by else None),
        }
    for ev in a.events:
        out[ev.id] = {
            "kind": "event",
            "type": ev.type,
            "mode": ev.mode,
            "trigger": ev.trigger,
            "actors": who(ev.actors) + [{"name": d.text, "person": None} for d in ev.actor_descriptors],
            "recipients": who(ev.recipients),
            "place": ev.location.name if ev.location else None,
            "placeSource": ev.location_source,
            "date": (ev.date.value + (f"/{ev.date.end}" if ev.date.end else "")) if ev.date else None,
            "dateSource": ev.date_source,
            "casualties": [
                {"status": c.status, "count": c.count, "countMax": c.count_max, "group": c.group} for c in ev.casualties
            ],
            "negated": ev.negated,
            "hypothetical": ev.hypothetical,
            "sentence": sentence(a, ev.evidence.start, ev.evidence.end),
        }
    for i, t in enumerate(a.timexes, 1):
        out[f"t{i}"] = {"kind": "timex", "text": t.text, "value": t.value, "endValue": t.end_value,
                        "precision": t.precision, "anchor": t.anchor}  # fmt: skip
    for e in a.entities:
        out[e.id] = {"kind": "entity", "name": e.name, "type": e.type, "roles": e.roles,
                     "person": people.get(e.id), "place": e.geo.name if e.geo else None}  # fmt: skip
    return out


def labels(facts: Mapping[str, Mapping[str, object]]) -> dict[str, str]:
    """A few words per mark, shown on hover (the title attribute): who spoke, what happened, when."""
    out = {}
    for key, f in facts.items():
        kind = f.get("kind")
        if kind == "quote":
            out[key] = f"{f.get('quoteKind')} quote: {f.get('speaker')}"
        elif kind == "event":
            place = f" in {f['place']}" if f.get("place") else ""
            out[key] = f"event: {f.get('type')}{place}{' on ' + str(f['date']) if f.get('date') else ''}"
        elif kind == "timex":
            out[key] = f"date: {f.get('value') or 'not resolved'}"
        else:
            out[key] = f"{f.get('type')}: {f.get('name')}"
    return out
