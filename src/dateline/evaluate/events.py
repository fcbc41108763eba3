"""``dateline eval events``: event categories and actors on the PLOVER gold standard records,
and event categories on CASE 2021 Task 2 snippets mapped to PLOVER.

Both sets are split once by a fixed rule (:func:`split_of`: the sha1 of the item's id, even →
``dev``, odd → ``test``); rules are tuned on ``dev`` and reported on ``test``.

PLOVER: each record is one sentence coded with one event (PLOVER draft categories, mapped to
PLOVER 2.0 as the data's README says), source and target actor texts. dateline reads the
sentence alone (its date as the anchor); its answer for the sentence is the event whose
trigger the record's ``eventText`` names, else its first event, else none. Scores:
category accuracy overall and per gold category, and, on sentences where the category is
right, whether a predicted actor (recipient) matches a gold source (target) text.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from ..errors import BadOption
from . import Ratio
from .timex import meantime_text

MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}

Split = Literal["dev", "test", "all"]


def split_of(item_id: str) -> Literal["dev", "test"]:
    """The fixed split: sha1 of the item id, even last byte → dev, odd → test."""
    return "dev" if hashlib.sha1(item_id.encode("utf-8")).digest()[-1] % 2 == 0 else "test"


def in_split(item_id: str, split: Split) -> bool:
    return split == "all" or split_of(item_id) == split


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


def read_gsr(path: Path, split: Split = "all") -> list[GoldEvent]:
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r",\s*([}\]])", r"\1", raw)  # the file has trailing commas
    try:
        records = json.loads(raw)
    except ValueError as e:
        raise BadOption(f"{path}: not readable as PLOVER records ({e})") from None
    out = []
    for r in records:
        cat = r.get("event", "")
        if cat == "DOCUMENT" or not r.get("text") or not in_split(str(r.get("id", "")), split):
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


def matches(gold: list[str], pred: list[str]) -> bool:
    """A predicted name matches a gold actor text: one holds the other, or they end in the same word."""
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
            actor.add(matches(g.sources, p.actors))
        if ok and g.targets:
            recipient.add(matches(g.targets, p.recipients))
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
        extra = getattr(e, "recipient_descriptors", None) or []
        return PredEvent(
            e.type,
            [n for a in e.actors for n in names.get(a, [])] + [d.text for d in e.actor_descriptors],
            [n for r in e.recipients for n in names.get(r, [])] + [d.text for d in extra],
        )

    return predict


def majority_predictor(items: list[GoldEvent]) -> Callable[[GoldEvent], PredEvent]:
    top = Counter(g.category for g in items).most_common(1)[0][0]
    return lambda g: PredEvent(top, [], [])


def evaluate(path: str | Path, model: str, split: Split = "all") -> dict[str, Any]:
    items = read_gsr(Path(path), split)
    return score(items, dateline_predictor(model))


# CASE 2021 Task 2 ---------------------------------------------------------------------------------------

# ACLED subtypes → PLOVER, as the data's README proposes (not official). Where it offers two
# categories either counts as right (the first is the one a miss is counted against); an
# empty tuple is a snippet with no PLOVER event (disasters, crime, attributions, OTHER).
_ASSAULT = ("ASSAULT",)
CASE_MAP: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ["ARMED_CLASH", "ATTACK", "AIR_STRIKE", "ART_MISS_ATTACK", "GRENADE", "SUIC_BOMB", "REM_EXPLOS",
         "CHEM_WEAP", "SEX_VIOL", "ABDUCT_DISSAP", "MOB_VIOL", "GOV_REGAINS_TERIT",
         "NON_STATE_ACTOR_OVERTAKES_TER"],
        _ASSAULT,
    ),
    "PEACE_PROTEST": ("PROTEST",),
    "PROTEST_WITH_INTER": ("PROTEST",),
    "VIOL_DEMONSTR": ("PROTEST", "ASSAULT"),
    "FORCE_AGAINST_PROTEST": ("COERCE",),
    "ARREST": ("COERCE",),
    "PROPERTY_DISTRUCT": ("ASSAULT", "COERCE"),
    "AGREEMENT": ("AGREE",),
    "DIPLO": ("CONSULT",),
    "HQ_ESTABLISHED": ("MOBILIZE",),
    "CHANGE_TO_GROUP_ACT": ("MOBILIZE",),
    "NON_VIOL_TERRIT_TRANSFER": ("RETREAT",),
    "DISR_WEAP": ("COERCE",),
}  # fmt: skip


@dataclass
class CaseSnippet:
    id: str
    text: str
    subtype: str
    gold: tuple[str, ...]  # PLOVER categories that count as right; () = no event


def read_case(
    path: Path, split: Split = "all", overrides: dict[str, tuple[str, ...]] | None = None
) -> list[CaseSnippet]:
    """The snippets of ``split`` with their mapped categories (``CASE_MAP``, then ``overrides``:
    another mapping to report next to the README's, e.g. DIPLO -> SANCTION, CONSULT)."""
    mapping = {**CASE_MAP, **(overrides or {})}
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 3 or row[0] == "id" or not in_split(row[0], split):
                continue
            out.append(CaseSnippet(row[0], row[1], row[2], mapping.get(row[2], ())))
    return out


def score_case(items: list[CaseSnippet], predict: Callable[[CaseSnippet], str | None]) -> dict[str, Any]:
    """Weighted F1 over the mapped PLOVER categories (each weighted by its gold count).

    A snippet with no mapped category adds a false positive to whatever category is predicted
    for it; a category outside the mapped set predicted for a mapped snippet is a miss.
    """
    labels = sorted({c for s in items for c in s.gold[:1]})
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    exact = Ratio()
    for s in items:
        p = predict(s)
        exact.add(p in s.gold if s.gold else p is None)
        if s.gold and p is not None and p in s.gold:
            tp[p] += 1
            continue
        if s.gold:
            fn[s.gold[0]] += 1
        if p is not None and p in labels:
            fp[p] += 1
        confusion[(s.subtype, p or "-")] += 1
    per: dict[str, dict[str, float | int]] = {}
    weighted = 0.0
    support_all = sum(tp[c] + fn[c] for c in labels)
    for c in labels:
        prec = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        rec = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        support = tp[c] + fn[c]
        weighted += f1 * support / support_all if support_all else 0.0
        per[c] = {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3), "n": support}
    return {
        "snippets": len(items),
        "weighted_f1": round(weighted, 3),
        "accuracy_with_none": round(exact.value, 3),
        "per_category": per,
        "top_confusions": [f"{a}->{b}: {n}" for (a, b), n in confusion.most_common(10)],
    }


def main_category(events: list[Any]) -> str | None:
    """The snippet's event: the first that happened (not negated, not hypothetical, not only
    threatened), else the first of any kind.

    One label per snippet, as ACLED gives: a protest met by the state's coercion and no violence
    (arrests, tear gas, a dispersal) is ACLED's "protest with intervention", a protest, however the
    sentence is ordered ("Police detained dozens as students marched"); with lethal or violent
    force (an ASSAULT in the record) it stays what comes first."""
    # a threat made is a real event, but ACLED codes acts, never threats
    real = [e for e in events if not e.negated and not e.hypothetical and e.type != "THREATEN"]
    pick = (real or events)[:1]
    if not pick:
        return None
    kinds = {e.type for e in real}
    if pick[0].type == "COERCE" and "PROTEST" in kinds and "ASSAULT" not in kinds and not _lethal_force(real):
        return "PROTEST"
    return str(pick[0].type)


def _lethal_force(events: list[Any]) -> bool:
    """Coercion with firearms, or that killed or wounded (ACLED's "excessive force against
    protesters": live fire, serious injuries), which the record codes COERCE, not ASSAULT, when
    the state's forces used it on protesters."""
    return any(
        e.type == "COERCE"
        and (
            getattr(e, "mode", None) == "firearms"
            or any(c.status in ("killed", "wounded") for c in getattr(e, "casualties", []) or [])
        )
        for e in events
    )


def case_predictor(model: str) -> Callable[[CaseSnippet], str | None]:
    from ..extract.nlp import load, parse

    nlp = load(model)

    def predict(s: CaseSnippet) -> str | None:
        doc = parse(nlp, s.text, dl_anchor=(None, "none"))
        return main_category(doc._.dl_events or [])

    return predict


def case_majority(items: list[CaseSnippet]) -> Callable[[CaseSnippet], str | None]:
    top = Counter(s.gold[0] for s in items if s.gold).most_common(1)[0][0]
    return lambda s: top


# MEANTIME: who did it and to whom ------------------------------------------------------------------------

# MEANTIME entity types that can be a party to an event (products and money cannot)
_MEANTIME_PARTIES = {"PER", "ORG", "LOC", "MIX"}


@dataclass
class RoleGold:
    """One MEANTIME event mention: its characters and the texts that name each of its roles."""

    start: int
    end: int
    pred: str
    roles: dict[str, list[tuple[int, int, list[str]]]]  # "Arg0"/"Arg1" -> (start, end, names) per filler


@dataclass
class RoleDoc:
    id: str
    text: str
    when: date | None
    events: list[RoleGold]


def read_meantime_roles(path: Path) -> RoleDoc:
    """A MEANTIME CAT XML file as text (tokens joined by spaces, sentences by blank lines; headline,
    date line and the unannotated rest left out, as ``evaluate.timex.read_meantime`` does) with its
    event mentions and their PropBank Arg0/Arg1 fillers that are parties (people, organisations,
    places). Each filler carries its own text, its instance's descriptor and the texts of the
    instance's other mentions (a pronoun's filler is matched by the name it refers to)."""
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    text, offsets, _ = meantime_text(root)

    def span(el: Any) -> tuple[int, int] | None:
        spans = [offsets[a.get("t_id", "")] for a in el.findall("token_anchor") if a.get("t_id", "") in offsets]
        return (spans[0][0], spans[-1][1]) if spans else None

    markables = root.find("Markables")
    relations = root.find("Relations")
    if markables is None or relations is None:
        return RoleDoc(path.stem, text, None, [])
    mentions = {m.get("m_id", ""): span(m) for m in markables if m.tag in ("ENTITY_MENTION", "EVENT_MENTION")}
    instances = {m.get("m_id", ""): m for m in markables if m.tag == "ENTITY"}
    instance_of: dict[str, str] = {}
    for r in relations.iter("REFERS_TO"):
        target = r.find("target")
        for s in r.findall("source"):
            if target is not None:
                instance_of[s.get("m_id", "")] = target.get("m_id", "")
    texts_of: dict[str, list[str]] = {}
    for mid, inst in instance_of.items():
        sp = mentions.get(mid)
        if sp is not None:
            texts_of.setdefault(inst, []).append(text[sp[0] : sp[1]])
    events: dict[str, RoleGold] = {}
    for em in markables.iter("EVENT_MENTION"):
        sp = mentions.get(em.get("m_id", ""))
        if sp is not None:
            events[em.get("m_id", "")] = RoleGold(sp[0], sp[1], em.get("pred", ""), {})
    for r in relations.iter("HAS_PARTICIPANT"):
        role = r.get("sem_role", "")
        src, tgt = r.find("source"), r.find("target")
        if role not in ("Arg0", "Arg1") or src is None or tgt is None:
            continue
        ev = events.get(src.get("m_id", ""))
        filler = mentions.get(tgt.get("m_id", ""))
        ent = instances.get(instance_of.get(tgt.get("m_id", ""), ""))
        if ev is None or filler is None or ent is None or ent.get("ent_type") not in _MEANTIME_PARTIES:
            continue
        names = [text[filler[0] : filler[1]], ent.get("TAG_DESCRIPTOR", "")]
        names += texts_of.get(ent.get("m_id", ""), [])
        ev.roles.setdefault(role, []).append((filler[0], filler[1], [n for n in names if n]))
    when = None
    for tx in root.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            with contextlib.suppress(ValueError):
                when = date.fromisoformat((tx.get("value") or "")[:10])
    return RoleDoc(path.stem, text, when, [e for e in events.values() if e.roles])


@dataclass
class RolePred:
    """A predicted event's trigger and, per role, the names and character spans that fill it."""

    start: int
    end: int
    type: str
    roles: dict[str, list[tuple[int, int, str]]]


def role_match(gold: list[tuple[int, int, list[str]]], pred: list[tuple[int, int, str]]) -> bool:
    """A predicted filler overlaps a gold filler's characters, or its name matches one of the
    names the gold filler's instance has (:func:`matches`)."""
    for gs, ge, names in gold:
        for ps, pe, name in pred:
            if ps < ge and gs < pe:
                return True
            if matches(names, [name]):
                return True
    return False


def score_roles(docs: list[RoleDoc], predict: Callable[[RoleDoc], list[RolePred]]) -> dict[str, Any]:
    """Over the predicted events whose trigger overlaps a MEANTIME event mention that has the role
    filled: the share whose predicted filler matches (an empty prediction is a miss)."""
    found = Ratio()
    acc = {"Arg0": Ratio(), "Arg1": Ratio()}
    empty = {"Arg0": Ratio(), "Arg1": Ratio()}
    for d in docs:
        for p in predict(d):
            g = next((e for e in d.events if e.start < p.end and p.start < e.end), None)
            found.add(g is not None)
            if g is None:
                continue
            for role, r in acc.items():
                if role in g.roles:
                    r.add(role_match(g.roles[role], p.roles.get(role, [])))
                    empty[role].add(not p.roles.get(role))
    return {
        "docs": len(docs),
        "events": found.total,
        "annotated": found.hits,
        "actor_accuracy": round(acc["Arg0"].value, 3),
        "actor_n": acc["Arg0"].total,
        "actor_empty": round(empty["Arg0"].value, 3),
        "recipient_accuracy": round(acc["Arg1"].value, 3),
        "recipient_n": acc["Arg1"].total,
        "recipient_empty": round(empty["Arg1"].value, 3),
    }


def roles_predictor(model: str) -> Callable[[RoleDoc], list[RolePred]]:
    """dateline's events with their actors (Arg0) and recipients (Arg1): entities by every mention
    and name, descriptors by their words."""
    from ..extract.nlp import load, parse

    nlp = load(model)

    def predict(d: RoleDoc) -> list[RolePred]:
        doc = parse(nlp, d.text, dl_anchor=(d.when, "published" if d.when else "none"))
        ents = {e.id: e for e in doc._.dl_entities or []}

        def fillers(ids: list[str], descs: list[Any]) -> list[tuple[int, int, str]]:
            out = [(m.start, m.end, n) for i in ids if i in ents for m in ents[i].mentions for n in [ents[i].name]]
            out += [(-1, -1, n) for i in ids if i in ents for n in ents[i].aliases]
            return out + [(x.start, x.end, x.text) for x in descs]

        out = []
        for e in doc._.dl_events or []:
            sp = e.trigger_span or e.evidence
            out.append(
                RolePred(
                    sp.start,
                    sp.end,
                    e.type,
                    {
                        "Arg0": fillers(e.actors, e.actor_descriptors),
                        "Arg1": fillers(e.recipients, getattr(e, "recipient_descriptors", None) or []),
                    },
                )
            )
        return out

    return predict


def nearest_name_predictor(model: str) -> Callable[[RoleDoc], list[RolePred]]:
    """Baseline: dateline's triggers, with the nearest entity mention before the trigger in its
    sentence as the actor and the nearest after it as the recipient."""
    from ..extract.nlp import load, parse

    nlp = load(model)

    def predict(d: RoleDoc) -> list[RolePred]:
        doc = parse(nlp, d.text, dl_anchor=(d.when, "published" if d.when else "none"))
        spans = sorted((m.start, m.end, e.name) for e in doc._.dl_entities or [] for m in e.mentions)
        out = []
        for e in doc._.dl_events or []:
            sp = e.trigger_span or e.evidence
            before = [x for x in spans if e.evidence.start <= x[0] and x[1] <= sp.start]
            after = [x for x in spans if sp.end <= x[0] and x[1] <= e.evidence.end]
            out.append(RolePred(sp.start, sp.end, e.type, {"Arg0": before[-1:], "Arg1": after[:1]}))
        return out

    return predict


def mention_roles(model: str) -> Callable[[RoleDoc], list[tuple[RoleGold, RolePred, RolePred]]]:
    """dateline's role rules on every MEANTIME event mention with a party role, not only on the
    few that are PLOVER events: per mention, the gold, dateline's roles and the nearest-name
    baseline's, from one parse. The trigger is the mention's syntactic head; its category is that
    of dateline's event there, else none (the rules that need a category then stay silent).
    Copulas are left out: MEANTIME gives "be" its subject as Arg1, which no event rule reads."""
    from ..extract.context import article_context
    from ..extract.events import _governing_verb
    from ..extract.nlp import load, parse
    from ..extract.roles import roles_of

    nlp = load(model)

    def predict(d: RoleDoc) -> list[tuple[RoleGold, RolePred, RolePred]]:
        doc = parse(nlp, d.text, dl_anchor=(d.when, "published" if d.when else "none"))
        ctx = article_context(doc)
        ents = ctx.entities
        spans = sorted((m.start, m.end, e.name) for e in ctx.entity_list for m in e.mentions)
        found = [(e.trigger_span or e.evidence, e.type) for e in doc._.dl_events or []]

        def fillers(ids: list[str], descs: list[Any]) -> list[tuple[int, int, str]]:
            out = [(m.start, m.end, ents[i].name) for i in ids if i in ents for m in ents[i].mentions]
            out += [(-1, -1, n) for i in ids if i in ents for n in ents[i].aliases]
            return out + [(x.start, x.end, x.text) for x in descs]

        out = []
        for g in d.events:
            span = doc.char_span(g.start, g.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            tok = span.root
            if tok.lemma_.lower() == "be":
                continue  # a copula ("there were 3,800 attendees") names no event with a doer
            category = next((t for sp, t in found if sp.start < g.end and g.start < sp.end), "")
            verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
            r = roles_of(ctx, tok, verb, category)
            mine = RolePred(
                g.start,
                g.end,
                category,
                {
                    "Arg0": fillers(r.actors, r.descriptors),
                    "Arg1": fillers(r.recipients, r.recipient_descriptors),
                },
            )
            sent = tok.sent
            before = [x for x in spans if sent.start_char <= x[0] and x[1] <= g.start]
            after = [x for x in spans if g.end <= x[0] and x[1] <= sent.end_char]
            base = RolePred(g.start, g.end, category, {"Arg0": before[-1:], "Arg1": after[:1]})
            out.append((g, mine, base))
        return out

    return predict


def score_mentions(triples: list[tuple[RoleGold, RolePred]]) -> dict[str, Any]:
    """Per role, the share of gold mentions with that role whose predicted filler matches
    (:func:`role_match`; an empty prediction is a miss), with n and the share left empty."""
    out: dict[str, Any] = {}
    for role, key in (("Arg0", "actor"), ("Arg1", "recipient")):
        acc, empty = Ratio(), Ratio()
        for g, p in triples:
            if role in g.roles:
                acc.add(role_match(g.roles[role], p.roles.get(role, [])))
                empty.add(not p.roles.get(role))
        out[key + "_accuracy"], out[key + "_n"] = round(acc.value, 3), acc.total
        out[key + "_empty"] = round(empty.value, 3)
    return out
