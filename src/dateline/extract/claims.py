"""Claims: who asserts what, who denies it, and which accusation a denial answers.

A spaCy component (``dateline_claims``) after ``dateline_events``. Every attribution
with a speaker is a claim (``asserts``, pointing at its ``quote``); verbs of denial
make ``denies``, and a denial of "the allegation" answers the latest accusation, or
one about the denier's side (a capital stands for its country).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import rules
from ..record import Claim, Offsets
from .attribution import subject as _subject
from .context import ArticleContext, article_context


class ClaimLayer:
    """Sets ``doc._.dl_claims``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.dl_claims = find_claims(article_context(doc))
        return doc


def find_claims(ctx: ArticleContext) -> list[Claim]:
    deny = rules.word_set("events.yaml", "deny_verbs")
    claim_nouns = rules.word_set("events.yaml", "claim_nouns")
    doc = ctx.doc
    claims: list[Claim] = []
    for q in ctx.quotes:
        if not (q.speaker.entity or q.speaker.name):
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        sent = span.sent if span is not None else None
        stance = "denies" if (q.cue or "") in deny else "asserts"
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
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in deny:
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
        if obj.lemma_.lower() in claim_nouns or obj.dep_ == "ccomp":
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


def _same_side(ctx: ArticleContext, a: str | None, b: str) -> bool:
    """One party: the same entity, or a capital and its country ("Nairobi" for Kenya)."""
    if a is None:
        return False
    if a == b:
        return True
    ea, eb = ctx.entities.get(a), ctx.entities.get(b)
    if ea is None or eb is None or ea.geo is None or eb.geo is None:
        return False
    return bool(ea.geo.country_code) and ea.geo.country_code == eb.geo.country_code


def _answered(ctx: ArticleContext, claims: list[Claim], denier: str | None, before: int) -> str | None:
    earlier = [c for c in claims if c.stance == "asserts" and c.evidence.start <= before]
    for c in reversed(earlier):  # an accusation about the denier's side
        if any(_same_side(ctx, denier, x) for x in c.about):
            return c.id
    return earlier[-1].id if earlier and before - earlier[-1].evidence.start < 600 else None


def _about(ctx: ArticleContext, start: int, end: int) -> list[str]:
    out: list[str] = []
    for e in ctx.entities.values():
        if e.type in ("PERSON", "ORG", "GPE", "NORP", "LOC") and any(start <= m.start < end for m in e.mentions):
            out.append(e.id)
    return out


@Language.factory("dateline_claims", assigns=["doc._.dl_claims"], requires=["doc._.dl_quotes"])
def make_claim_layer(nlp: Language, name: str) -> ClaimLayer:
    return ClaimLayer()
