"""``dateline eval events``: event categories and actors on the PLOVER gold standard records.

Each record is one sentence coded with one event (PLOVER draft categories, mapped to
PLOVER 2.0 as the data's README says), source and target actor texts. dateline reads the
sentence alone (its date as the anchor); its answer for the sentence is the event whose
trigger the record's ``eventText`` names, else its first event, else none. Scores:
category accuracy overall and per gold category, and, on sentences where the category is
right, whether a predicted actor (recipient) matches a gold source (target) text.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import BadOption
from . import Ratio

MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


@dataclass
class GoldEvent:
    id: str
    text: str
    category: str
    event_text: str
    sources: list[str]
    targets: list[str]
    when: date | None


@dataclass
class PredEvent:
    category: str | None
    actors: list[str]
    recipients: list[str]


def read_gsr(path: Path) -> list[GoldEvent]:
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r",\s*([}\]])", r"\1", raw)  # the file has trailing commas
    try:
        records = json.loads(raw)
    except ValueError as e:
        raise BadOption(f"{path}: not readable as PLOVER records ({e})") from None
    out = []
    for r in records:
        cat = r.get("event", "")
        if cat == "DOCUMENT" or not r.get("text"):
            continue
        when = None
        with contextlib.suppress(ValueError):
            when = date.fromisoformat(str(r.get("date", ""))[:10])
        out.append(
            GoldEvent(
                id=r.get("id", ""),
                text=r["text"],
                category=MAP.get(cat, cat),
                event_text=r.get("eventText", ""),
                sources=[a.get("actorText", "") for a in r.get("source", []) if isinstance(a, dict)],
                targets=[a.get("actorText", "") for a in r.get("target", []) if isinstance(a, dict)],
                when=when,
            )
        )
    return out


def _match(gold: list[str], pred: list[str]) -> bool:
    for g in gold:
        for p in pred:
            a, b = g.lower(), p.lower()
            if a and b and (a in b or b in a or a.split()[-1] == b.split()[-1]):
                return True
    return False


def score(items: list[GoldEvent], predict: Callable[[GoldEvent], PredEvent]) -> dict[str, Any]:
    overall, actor, recipient = Ratio(), Ratio(), Ratio()
    per: dict[str, Ratio] = {}
    confusion: Counter[tuple[str, str]] = Counter()
    for g in items:
        p = predict(g)
        ok = p.category == g.category
        overall.add(ok)
        per.setdefault(g.category, Ratio()).add(ok)
        if not ok:
            confusion[(g.category, p.category or "-")] += 1
        if ok and g.sources:
            actor.add(_match(g.sources, p.actors))
        if ok and g.targets:
            recipient.add(_match(g.targets, p.recipients))
    return {
        "sentences": len(items),
        "category_accuracy": round(overall.value, 3),
        "per_category": {k: {"accuracy": round(v.value, 3), "n": v.total} for k, v in sorted(per.items())},
        "actor_match": round(actor.value, 3),
        "recipient_match": round(recipient.value, 3),
        "top_confusions": [f"{a}->{b}: {n}" for (a, b), n in confusion.most_common(8)],
    }


def dateline_predictor(model: str) -> Callable[[GoldEvent], PredEvent]:
    from ..extract.nlp import load, parse

    nlp = load(model)

    def predict(g: GoldEvent) -> PredEvent:
        doc = parse(nlp, g.text, dl_anchor=(g.when, "published" if g.when else "none"))
        events = doc._.dl_events or []
        names = {e.id: [e.name, *e.aliases] for e in doc._.dl_entities or []}
        if not events:
            return PredEvent(None, [], [])
        words = {w.lower() for w in re.findall(r"\w+", g.event_text)}
        named = [e for e in events if any(w.lower() in words or w.lower()[:5] in {x[:5] for x in words}
                                          for w in e.trigger.split())]  # fmt: skip
        e = (named or events)[0]
        return PredEvent(
            e.type,
            [n for a in e.actors for n in names.get(a, [])],
            [n for r in e.recipients for n in names.get(r, [])],
        )

    return predict


def majority_predictor(items: list[GoldEvent]) -> Callable[[GoldEvent], PredEvent]:
    top = Counter(g.category for g in items).most_common(1)[0][0]
    return lambda g: PredEvent(top, [], [])


def evaluate(path: str | Path, model: str) -> dict[str, Any]:
    items = read_gsr(Path(path))
    return score(items, dateline_predictor(model))
