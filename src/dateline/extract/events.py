"""Events in PLOVER 2.0 categories, with actors, place, date and casualties; claims and denials.

A spaCy component (``dateline_events``) after entities, quotes and time expressions.
Triggers come from ``data/events.yaml``. For each trigger the dependency parse gives:

- actors: the subject of a verb trigger (climbing "..., saying", "and") or, for a noun
  trigger, its owner ("Kenya's airstrikes"), "by X", "between X and Y", or the subject
  of the verb it is the object of ("Kenya conducted airstrikes"); subjects resolve
  through the speaker resolver, so "he" and "the minister" find their entity;
- recipients: the object ("blamed Uganda"), "against/on X", the subject of a demanded
  clause ("demanded that Kampala respect ..."); two-sided events list both sides;
- location: "in/near/at/along X" on the trigger or its verb, else the dateline place
  (``location_source`` says which);
- date: a time expression in the trigger's clause, else in its sentence, else the
  published date (``date_source``);
- negation and hypotheticals from the words around it (casualties: ``dateline_casualties``);
- ``reported_by``: the quote the trigger sits in, or the "according to" source.

Claims: every attribution with a speaker is a claim (``asserts``), verbs of denial
make ``denies``, and a denial of "the allegation" answers the latest accusation, or
one about the denier's side (a capital stands for its country).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import rules
from ..record import Claim, Date, Entity, Event, Location, Offsets, Quote, Timex
from .geo import gazetteer
from .quotes import _subject
from .speakers import SpeakerResolver

_SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE"}
_LOCATION_PREPS = {"in", "near", "at", "along", "inside", "outside", "across", "around", "on"}


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
    return {
        "triggers": triggers,
        "threat_verbs": rules.word_set("events.yaml", "threat_verbs"),
        "negators": rules.word_set("events.yaml", "negators"),
        "hypothetical": rules.word_set("events.yaml", "hypothetical_heads"),
        "deny": rules.word_set("events.yaml", "deny_verbs"),
        "commit_verbs": rules.word_set("events.yaml", "commitment_verbs"),
        "commit_adjectives": rules.word_set("events.yaml", "commitment_adjectives"),
        "cooperative": frozenset(str(x) for x in data["cooperative"]),  # category names, upper case
        "claim_nouns": rules.word_set("events.yaml", "claim_nouns"),
    }


@dataclass
class _Ctx:
    doc: Doc
    entities: dict[str, Entity]
    resolver: SpeakerResolver
    quotes: list[Quote]
    timexes: list[Timex]
    anchor: date | None
    place: str | None


class EventLayer:
    """Sets ``doc._.dl_events`` and ``doc._.dl_claims``."""

    def __call__(self, doc: Doc) -> Doc:
        entities = doc._.dl_entities or []
        anchor, _kind = doc._.dl_anchor or (None, "none")
        ctx = _Ctx(
            doc,
            {e.id: e for e in entities},
            SpeakerResolver(doc, entities),
            doc._.dl_quotes or [],
            doc._.dl_timexes or [],
            anchor,
            doc._.dl_dateline,
        )
        doc._.dl_events = find_events(ctx)
        doc._.dl_claims = find_claims(ctx)
        return doc


# events ---------------------------------------------------------------------------------------------------


def find_events(ctx: _Ctx) -> list[Event]:
    lex = _lexicon()
    doc = ctx.doc
    out: list[Event] = []
    used: set[int] = set()
    for tok in doc:
        if tok.i in used or tok.pos_ not in ("VERB", "NOUN", "PROPN"):
            continue
        if tok.i in ctx.resolver.token_entity:
            continue  # inside a name: "Digital Cooperation Organization"
        lemma = tok.lemma_.lower()
        two = f"{lemma} {doc[tok.i + 1].lemma_.lower()}" if tok.i + 1 < len(doc) else ""
        prev = f"{doc[tok.i - 1].lower_} {lemma}" if tok.i > 0 else ""
        hit = lex["triggers"].get(prev) or lex["triggers"].get(lemma) or lex["triggers"].get(two)
        if lemma in lex["threat_verbs"] and _violent_complement(tok):
            hit = ("THREATEN", None)
        if hit is None or (tok.pos_ == "PROPN" and not tok.text.islower()):
            continue
        category, mode = hit
        if tok.lower_ == "according" or (tok.pos_ == "NOUN" and tok.head.lemma_.lower() in lex["deny"]):
            continue  # "according to"; "denied the allegation" is a denial, not a new accusation
        trigger = doc[tok.i - 1 : tok.i + 1] if lex["triggers"].get(prev) else doc[tok.i : tok.i + 1]
        used.update(range(trigger.start, trigger.end))
        if category == "ASSAULT" and _under_threat(tok):
            continue  # "pledging to decimate ...": the threat is the event
        committed = category in lex["cooperative"] and _committed(tok)
        ev = _event(ctx, tok, trigger, "AGREE" if committed else category, mode, len(out) + 1)
        if committed:
            ev = ev.model_copy(update={"hypothetical": True, "commitment": category})
        out.append(ev)
    return out


def _violent_complement(tok: Token) -> bool:
    lex = _lexicon()
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp", "prep"):
            for t in c.subtree:
                hit = lex["triggers"].get(t.lemma_.lower())
                if hit and hit[0] in ("ASSAULT", "COERCE"):
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
    h = verb
    for _ in range(2):
        if h.head.i == h.i or h.dep_ not in ("xcomp", "ccomp", "acomp"):
            break
        h = h.head
        if h.lemma_.lower() in lex["commit_verbs"] or h.lower_ in lex["commit_adjectives"]:
            return True
    return False


def _under_threat(tok: Token) -> bool:
    lex = _lexicon()
    h = tok
    for _ in range(3):
        if h.head.i == h.i:
            return False
        h = h.head
        if h.lemma_.lower() in lex["threat_verbs"]:
            return True
    return False


def _event(ctx: _Ctx, tok: Token, trigger: Span, category: str, mode: str | None, n: int) -> Event:
    sent = tok.sent
    verb = tok if tok.pos_ == "VERB" else _governing_verb(tok)
    actors = _actors(ctx, tok, verb)
    recipients = [r for r in _recipients(ctx, tok, verb, category) if r not in actors]
    if category in _SYMMETRIC and len(actors) >= 2 and not recipients:
        recipients = list(actors)  # each side to the other
    location, loc_source = _location(ctx, tok, verb)
    when, date_source = _date(ctx, tok, verb, sent)
    ev = Event(
        id=f"v{n}",
        type=category,
        mode=mode,
        trigger=trigger.text,
        actors=actors,
        recipients=recipients,
        location=location,
        date=when,
        negated=_negated(tok, verb),
        hypothetical=_hypothetical(tok, verb) or category == "THREATEN",
        reported_by=_reported_by(ctx, tok, sent),
        evidence=Offsets(start=sent.start_char, end=sent.end_char),
    )
    extra: dict[str, Any] = {"trigger_span": Offsets(start=trigger.start_char, end=trigger.end_char)}
    if location is not None:
        extra["location_source"] = loc_source
    if when is not None:
        extra["date_source"] = date_source
    return ev.model_copy(update=extra)


def _governing_verb(tok: Token) -> Token | None:
    h = tok
    for _ in range(4):
        if h.head.i == h.i:
            return h if h.pos_ in ("VERB", "AUX") else None
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return h
    return None


def _entities_in(ctx: _Ctx, head: Token) -> list[str]:
    """The entities a noun phrase names, its conjuncts included ("Kenya and Uganda")."""
    out: list[str] = []
    for h in [head, *head.conjuncts]:
        eid = ctx.resolver.token_entity.get(h.i)
        if eid is None:
            span_end = h.i + 1
            cand = ctx.resolver.resolve(h, h.left_edge.i if h.left_edge.i <= h.i else h.i, span_end)
            eid = cand.speaker.entity
        if eid is not None and eid not in out:
            out.append(eid)
        if eid is None:
            # "Hungarian and Romanian officials", "Kenyan troops": the people the modifier names
            for c in h.children:
                if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in ctx.resolver.token_entity:
                    for x in [c, *c.conjuncts]:
                        e2 = ctx.resolver.token_entity.get(x.i)
                        if e2 is not None and e2 not in out:
                            out.append(e2)
    return out


def _actors(ctx: _Ctx, tok: Token, verb: Token | None) -> list[str]:
    if tok.pos_ == "VERB":
        subj = _subject(tok)
        return _entities_in(ctx, subj) if subj is not None else []
    found: list[str] = []
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and (c.i in ctx.resolver.token_entity):
            found += _entities_in(ctx, c)
        if c.dep_ == "prep" and c.lower_ in ("by", "between", "among", "from"):
            for p in c.children:
                if p.dep_ == "pobj":
                    found += _entities_in(ctx, p)
    if not found and verb is not None and tok.dep_ in ("dobj", "pobj", "attr", "nsubjpass"):
        subj = _subject(verb)
        if subj is not None:
            found = _entities_in(ctx, subj)
    if not found and tok.dep_ in ("nsubj",) and verb is not None:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                found += [e for p in c.children if p.dep_ == "pobj" for e in _entities_in(ctx, p)]
    return list(dict.fromkeys(found))


def _recipients(ctx: _Ctx, tok: Token, verb: Token | None, category: str) -> list[str]:
    found: list[str] = []
    heads = [tok] if tok.pos_ == "VERB" else [tok] + ([verb] if verb is not None else [])
    for h in heads:
        for c in h.children:
            if c.dep_ in ("dobj", "dative") and h is tok:
                found += _entities_in(ctx, c)
            if c.dep_ == "prep" and c.lower_ in ("against", "on", "with", "to", "toward", "towards", "at"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.i in ctx.resolver.token_entity:
                        ent = ctx.entities[ctx.resolver.token_entity[p.i]]
                        if c.lower_ in ("on", "at") and ent.type in ("GPE", "LOC", "FAC") and category == "ASSAULT":
                            continue  # "strikes on Mogadishu" is a place struck, kept as location
                        found += _entities_in(ctx, p)
            if c.dep_ in ("ccomp", "xcomp") and h is tok and category in ("REQUEST", "THREATEN", "ACCUSE"):
                subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    found += _entities_in(ctx, subj)
            if c.dep_ == "prep" and c.lower_ in ("for",) and tok.pos_ == "NOUN" and category == "AID":
                found += [e for p in c.children if p.dep_ == "pobj" for e in _entities_in(ctx, p)]
    if category == "AID" and tok.pos_ == "VERB":
        for t in tok.subtree:
            if t.dep_ == "pobj" and t.head.lower_ == "for":
                found += _entities_in(ctx, t)
                found += [ctx.resolver.token_entity[x.i] for x in t.children if x.i in ctx.resolver.token_entity]
    return list(dict.fromkeys(found))


def _location(ctx: _Ctx, tok: Token, verb: Token | None) -> tuple[Location | None, str]:
    for h in [tok] + ([verb] if verb is not None and verb is not tok else []):
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in _LOCATION_PREPS:
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                eid = ctx.resolver.token_entity.get(p.i)
                if eid is not None and ctx.entities[eid].type in ("GPE", "LOC", "FAC"):
                    e = ctx.entities[eid]
                    return Location(name=e.name, geo=e.geo), "sentence"
                if eid is None and p.pos_ == "NOUN" and p.lemma_.lower() in ("frontier", "border", "boundary"):
                    words = [t.text for t in p.subtree if t.dep_ != "det" or t.i > p.i]
                    return Location(name=" ".join(words)), "sentence"
    if ctx.place:
        return Location(name=ctx.place, geo=gazetteer().lookup(ctx.place)), "dateline"
    return None, ""


def _date(ctx: _Ctx, tok: Token, verb: Token | None, sent: Span) -> tuple[Date | None, str]:
    in_sent = [t for t in ctx.timexes if sent.start_char <= t.start < sent.end_char and t.value and t.precision]
    if in_sent:
        clause = {x.i for x in (verb or tok).subtree}

        def in_clause(t: Timex) -> bool:
            span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
            return span is not None and any(x.i in clause for x in span)

        best = next((t for t in in_sent if in_clause(t)), in_sent[0])
        return Date(value=best.value or "", end=best.end_value, precision=best.precision, text=best.text), "sentence"  # type: ignore[arg-type]
    if ctx.anchor is not None:
        return Date(value=ctx.anchor.isoformat(), precision="day"), "published"
    return None, ""


def _negated(tok: Token, verb: Token | None) -> bool:
    lex = _lexicon()
    for h in [tok] + ([verb] if verb is not None else []):
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in h.children):
            return True
    # "failed to yield a solution", "no agreement can be signed": climb only through complements,
    # so the subject of a failure ("talks ... failed") stays un-negated
    h = tok
    for _ in range(3):
        if h.head.i == h.i or h.dep_ not in ("xcomp", "dobj", "pobj", "prep", "ccomp", "auxpass"):
            break
        h = h.head
        if h.lemma_.lower() in lex["negators"]:
            return True
    return False


def _hypothetical(tok: Token, verb: Token | None) -> bool:
    lex = _lexicon()
    for h in [tok] + ([verb] if verb is not None else []):
        if any(c.dep_ in ("aux", "mark") and c.lower_ in lex["hypothetical"] for c in h.children):
            return True
    h = tok
    for _ in range(3):
        if h.head.i == h.i or h.dep_ not in ("xcomp", "dobj", "pobj", "prep", "ccomp"):
            break
        h = h.head
        if h.lemma_.lower() in lex["hypothetical"] and h.pos_ == "VERB":
            return True
    return False


def _reported_by(ctx: _Ctx, tok: Token, sent: Span) -> str | None:
    for q in ctx.quotes:
        if q.start <= tok.idx < q.end:
            return q.id
    for q in ctx.quotes:
        if q.cue == "according to" and sent.start_char <= (q.cue_span.start if q.cue_span else q.start) < sent.end_char:
            return q.speaker.entity or q.id
    return None


# claims ---------------------------------------------------------------------------------------------------


def find_claims(ctx: _Ctx) -> list[Claim]:
    lex = _lexicon()
    doc = ctx.doc
    claims: list[Claim] = []
    for q in ctx.quotes:
        if not (q.speaker.entity or q.speaker.name):
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        sent = span.sent if span is not None else None
        stance = "denies" if (q.cue or "") in lex["deny"] else "asserts"
        claim = Claim(
            id=f"c{len(claims) + 1}",
            claimant=q.speaker.entity,
            claimant_name=q.speaker.name,
            text=q.text,
            stance=stance,  # type: ignore[arg-type]
            about=_about(ctx, q.start, q.end),
            evidence=Offsets(start=sent.start_char, end=sent.end_char) if sent else Offsets(start=q.start, end=q.end),
        )
        claims.append(claim.model_copy(update={"quote": q.id}))
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex["deny"]:
            continue
        if any(q.cue_span is not None and q.cue_span.start == tok.idx for q in ctx.quotes):
            continue  # already a claim through its quote
        subj = _subject(tok)
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "ccomp")), None)
        if subj is None or obj is None:
            continue
        cand = ctx.resolver.resolve(subj, subj.left_edge.i, subj.i + 1)
        sent = tok.sent
        lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
        answered = None
        if obj.lemma_.lower() in lex["claim_nouns"] or obj.dep_ == "ccomp":
            answered = _answered(ctx, claims, cand.speaker.entity, sent.start_char)
        claim = Claim(
            id=f"c{len(claims) + 1}",
            claimant=cand.speaker.entity,
            claimant_name=cand.speaker.name,
            text=doc.text[lo:hi],
            stance="denies",
            about=_about(ctx, lo, hi),
            evidence=Offsets(start=sent.start_char, end=sent.end_char),
            responds_to=answered,
        )
        claims.append(claim)
    return claims


def _same_side(ctx: _Ctx, a: str | None, b: str) -> bool:
    """One party: the same entity, or a capital and its country ("Nairobi" for Kenya)."""
    if a is None:
        return False
    if a == b:
        return True
    ea, eb = ctx.entities.get(a), ctx.entities.get(b)
    if ea is None or eb is None or ea.geo is None or eb.geo is None:
        return False
    return bool(ea.geo.country_code) and ea.geo.country_code == eb.geo.country_code


def _answered(ctx: _Ctx, claims: list[Claim], denier: str | None, before: int) -> str | None:
    earlier = [c for c in claims if c.stance == "asserts" and c.evidence.start <= before]
    for c in reversed(earlier):  # an accusation about the denier's side
        if any(_same_side(ctx, denier, x) for x in c.about):
            return c.id
    return earlier[-1].id if earlier and before - earlier[-1].evidence.start < 600 else None


def _about(ctx: _Ctx, start: int, end: int) -> list[str]:
    out: list[str] = []
    for e in ctx.entities.values():
        if e.type in ("PERSON", "ORG", "GPE", "NORP", "LOC") and any(start <= m.start < end for m in e.mentions):
            out.append(e.id)
    return out


@Language.factory("dateline_events", assigns=["doc._.dl_events", "doc._.dl_claims"])
def make_event_layer(nlp: Language, name: str) -> EventLayer:
    return EventLayer()
