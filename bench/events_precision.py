"""Event precision and factuality on MEANTIME: are dateline's events real happenings, and are the
ones it marks negated or hypothetical marked as the annotators did?

    .venv/bin/python bench/events_precision.py [--data DIR] [--split dev|test|all] [--errors]

MEANTIME (Wikinews, 120 documents) marks every event mention in its first sentences, each
with factuality attributes: ``polarity`` (POS/NEG), ``certainty`` (CERTAIN/PROBABLE/POSSIBLE),
``time`` (NON_FUTURE/FUTURE) and ``special_cases`` (GEN for a generic statement). A dateline
event whose trigger is no annotated event mention (a title, a name, a sense that is no
happening) is a false event; MEANTIME annotates more than PLOVER's categories, so this is an
upper bound on precision, a proxy for it.

Scores, over dateline's events in the fully annotated sentences (the first four of the body):

- precision: the share whose trigger overlaps an event mention; ``strict`` also leaves out
  mentions MEANTIME marks generic (GEN);
- negation (on matched events anywhere in the text: later sentences' mentions carry the same
  attributes): on matched events with a polarity, whether ``negated`` is true exactly when the
  mention is NEG (accuracy, and precision/recall of ``negated``);
- modality: on matched events with a certainty, whether ``hypothetical`` is true exactly when the
  mention is FUTURE, not CERTAIN, or a conditional (accuracy, precision/recall).

A second, larger reading of the same rules: the negation and modality dateline would give
every MEANTIME event mention (verb or noun, its first such word) as if it were a trigger,
against its polarity and certainty/time, whatever its category ("all mentions" below).

Baselines in the same run: every word of the trigger lexicon as an event (precision), and no
negation or modality handling (every matched event un-negated and factual).
Split once by document (``split_of`` of the file name): tune on ``dev``.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.evaluate import Ratio
from dateline.evaluate.events import in_split
from dateline.evaluate.timex import meantime_text
from dateline.settings import defaults

# MEANTIME marks every event mention only in the headline and the first four sentences of the
# body (sentences 2-5; sentence 1 is the date line); later sentences hold only some, for the
# cross-document links. Scored are the events in sentences 2-5; the whole text is read.
_FULL = 5

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "meantime-en" / "intra_cross-doc_annotation"


@dataclass
class Mention:
    start: int
    end: int
    polarity: str
    certainty: str
    time: str
    special: str

    @property
    def negated(self) -> bool | None:
        return {"NEG": True, "POS": False}.get(self.polarity)

    @property
    def hypothetical(self) -> bool | None:
        if not self.certainty:
            return None
        return self.certainty != "CERTAIN" or self.time == "FUTURE" or self.special.startswith("COND")


@dataclass
class Doc:
    id: str
    text: str
    when: Any
    mentions: list[Mention]
    scored: tuple[int, int]  # the characters of the fully annotated sentences


def read(path: Path) -> Doc:
    """The annotated sentences of one document as text (tokens joined by spaces, sentences by
    blank lines; headline and date line left out, as the other MEANTIME benches do) and its
    event mentions with their factuality."""
    from datetime import date

    root = ET.parse(path).getroot()
    text, offsets, ends = meantime_text(root)
    scored_end = max((end for n, end in ends.items() if n <= _FULL), default=0)
    mentions = []
    for em in root.iter("EVENT_MENTION"):
        spans = [offsets[a.get("t_id", "")] for a in em.findall("token_anchor") if a.get("t_id", "") in offsets]
        if spans:
            mentions.append(
                Mention(
                    spans[0][0],
                    spans[-1][1],
                    em.get("polarity") or "",
                    em.get("certainty") or "",
                    em.get("time") or "",
                    em.get("special_cases") or "",
                )
            )
    when = None
    for tx in root.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            with contextlib.suppress(ValueError):
                when = date.fromisoformat((tx.get("value") or "")[:10])
    return Doc(path.stem, text, when, mentions, (0, scored_end))


def _match(ms: list[Mention], start: int, end: int) -> Mention | None:
    return next((m for m in ms if m.start < end and start < m.end), None)


def _pr(pred: list[bool], gold: list[bool]) -> tuple[float, float]:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    return tp / max(1, sum(pred)), tp / max(1, sum(gold))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", choices=["dev", "test", "all"], default="test")
    ap.add_argument("--errors", action="store_true", help="print every false event and wrong flag (use on dev)")
    args = ap.parse_args(argv)
    files = sorted(args.data.glob("*/*.xml")) if args.data.is_dir() else []
    if not files:
        print(f"no MEANTIME documents under {args.data}", file=sys.stderr)
        return 2
    # the rules' own functions, to read every mention as a trigger
    from dateline.extract.context import article_context
    from dateline.extract.events import _factuality, _governing_verb, _lexicon
    from dateline.extract.nlp import load, parse

    nlp = load(defaults().model)
    lexicon = _lexicon()["triggers"]
    docs = [read(f) for f in files if in_split(f.name, args.split)]
    prec, strict, base_prec = Ratio(), Ratio(), Ratio()
    neg_pred: list[bool] = []
    neg_gold: list[bool] = []
    hyp_pred: list[bool] = []
    hyp_gold: list[bool] = []
    wrong: list[str] = []
    all_neg: list[tuple[bool, bool]] = []
    all_hyp: list[tuple[bool, bool]] = []
    t0 = time.perf_counter()
    for d in docs:
        doc = parse(nlp, d.text, dl_anchor=(d.when, "published" if d.when else "none"))

        def line(s: int, e: int, text: str = d.text) -> str:
            a = text.rfind("\n\n", 0, s) + 2 if text.rfind("\n\n", 0, s) >= 0 else 0
            b = text.find("\n\n", e)
            return text[a:s] + "[[" + text[s:e] + "]]" + text[e : b if b > 0 else None]

        lo, hi = d.scored
        for tok in doc:
            if tok.idx >= hi:
                break
            if tok.lemma_.lower() in lexicon and tok.pos_ in ("VERB", "NOUN"):
                base_prec.add(_match(d.mentions, tok.idx, tok.idx + len(tok)) is not None)
        ctx = article_context(doc)
        for m in d.mentions:
            heads = [
                t for t in doc.char_span(m.start, m.end, alignment_mode="expand") or [] if t.pos_ in ("VERB", "NOUN")
            ]
            if not heads or (m.negated is None and m.hypothetical is None):
                continue
            tok = heads[0]
            neg, hyp = _factuality(ctx, tok, tok if tok.pos_ == "VERB" else _governing_verb(tok))
            if m.negated is not None:
                all_neg.append((neg, m.negated))
                if args.errors and neg != m.negated:
                    wrong.append(f"[all NEG gold={m.polarity}] | {line(tok.idx, tok.idx + len(tok))}")
            if m.hypothetical is not None:
                all_hyp.append((hyp, m.hypothetical))
                if args.errors and hyp != m.hypothetical:
                    gold = f"{m.certainty}/{m.time}/{m.special}"
                    wrong.append(f"[all HYP gold={gold} got={hyp}] | {line(tok.idx, tok.idx + len(tok))}")
        for e in doc._.dl_events or []:
            sp = e.trigger_span or e.evidence
            m = _match(d.mentions, sp.start, sp.end)
            if lo <= sp.start < hi:
                prec.add(m is not None)
                strict.add(m is not None and m.special != "GEN")
                if args.errors and (m is None or m.special == "GEN"):
                    wrong.append(f"[{'GEN' if m else 'FALSE'}] {e.type} | {line(sp.start, sp.end)}")
            if m is None:
                continue  # factuality is scored on every matched mention, in any sentence
            if m.negated is not None:
                neg_pred.append(bool(e.negated))
                neg_gold.append(m.negated)
                if args.errors and bool(e.negated) != m.negated:
                    wrong.append(f"[NEG gold={m.polarity}] {e.type} | {line(sp.start, sp.end)}")
            if m.hypothetical is not None:
                hyp_pred.append(bool(e.hypothetical))
                hyp_gold.append(m.hypothetical)
                if args.errors and bool(e.hypothetical) != m.hypothetical:
                    gold = f"{m.certainty}/{m.time}/{m.special}"
                    wrong.append(f"[HYP gold={gold} got={e.hypothetical}] {e.type} | {line(sp.start, sp.end)}")
    secs = time.perf_counter() - t0

    def acc(p: list[bool], g: list[bool]) -> float:
        return sum(a == b for a, b in zip(p, g, strict=True)) / max(1, len(g))

    print(f"MEANTIME ({args.split}): {len(docs)} documents, {prec.total} dateline events")
    print(f"{'':34} {'dateline':>9} {'baseline':>9}")
    print(f"{'precision (trigger = a mention)':34} {prec.value:9.3f} {base_prec.value:9.3f}", end="")
    print(f"   (baseline: every lexicon word, n={base_prec.total})")
    print(f"{'precision strict (not generic)':34} {strict.value:9.3f}")
    none = [False] * len(neg_gold)
    np_, nr = _pr(neg_pred, neg_gold)
    print(f"{'negation accuracy':34} {acc(neg_pred, neg_gold):9.3f} {acc(none, neg_gold):9.3f}", end="")
    print(f"   (baseline: never negated; n={len(neg_gold)}, NEG={sum(neg_gold)})")
    print(f"{'  negated precision / recall':34} {np_:9.3f} / {nr:.3f}")
    none = [False] * len(hyp_gold)
    hp, hr = _pr(hyp_pred, hyp_gold)
    print(f"{'modality accuracy':34} {acc(hyp_pred, hyp_gold):9.3f} {acc(none, hyp_gold):9.3f}", end="")
    print(f"   (baseline: always factual; n={len(hyp_gold)}, not factual={sum(hyp_gold)})")
    print(f"{'  hypothetical precision / recall':34} {hp:9.3f} / {hr:.3f}")
    for name, pairs in (("all mentions: negation", all_neg), ("all mentions: modality", all_hyp)):
        pred, gold = [p for p, _g in pairs], [g for _p, g in pairs]
        pr, rc = _pr(pred, gold)
        print(f"{name:34} {acc(pred, gold):9.3f} {acc([False] * len(gold), gold):9.3f}", end="")
        print(f"   (n={len(gold)}, marked={sum(gold)}; precision {pr:.3f} recall {rc:.3f})")
    print(f"time: {secs:.1f} s")
    for w in wrong:
        print(w)
    return 0


if __name__ == "__main__":
    sys.exit(main())
