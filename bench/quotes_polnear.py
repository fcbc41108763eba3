"""Quotes on PolNeAR (political news attribution relations), with textacy as the baseline.

    .venv/bin/python bench/quotes_polnear.py [--split dev|test] [--limit N] [--data PATH]

Gold: brat standoff Source / Cue / Content spans (see the dataset's README). A
relation is *direct* when its Content is enclosed in quotation marks, else
*indirect*. dateline's direct and partial quotes are scored against the direct
gold, its indirect speech against the indirect gold, and all of them against all.
textacy's ``direct_quotations`` (spaCy parse with the same model) is scored on the
direct gold only: it finds nothing else.

Scores:
- content P/R/F1 by overlap (a prediction is right when it shares a character
  with a gold content; a gold content is found when some prediction does) and
  exact (same span after trimming spaces, punctuation and quotation marks);
- speaker accuracy on found quotes: the predicted speaker mention overlaps the
  gold Source span, or the resolved name contains the Source's last word (the
  gold Source is often "he"; dateline resolves it, so either counts);
- cue accuracy on found quotes: the predicted cue span overlaps the gold Cue;
- speaker accuracy of the "all" row broken down by the gold quote's kind (direct,
  mixed: indirect content with quoted words in it, indirect) and by where the gold
  Source stands (before the content, after it, inside it, or no Source), so a fix
  for one form shows where it helped; ``--misses`` prints each speaker miss.
Articles annotated twice use the first annotation. Use dev while developing; the
authors ask that test be used once.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateline.evaluate import PRF, Ratio, score_spans, span_overlap
from dateline.extract.nlp import load, parse
from dateline.settings import defaults

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "polnear"
QUOTE_MARKS = "\"“”‘’'«»"
_TRIM = " \t\n.,;:!?" + QUOTE_MARKS


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    direct: bool = False


@dataclass
class Pred:
    content: list[tuple[int, int]]
    speaker_span: list[tuple[int, int]]
    speaker_name: str
    cue: list[tuple[int, int]]
    direct: bool


def _spans(rng: str) -> list[tuple[int, int]]:
    out = []
    for part in rng.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path, text: str) -> list[Gold]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    rels: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            label, rng = parts[1].split(" ", 1)
            spans[parts[0]] = (label, _spans(rng))
        elif parts[0].startswith("E") and len(parts) >= 2:
            rels.append(dict(x.split(":", 1) for x in parts[1].split() if ":" in x))
    out = []
    for r in rels:
        if "Content" not in r or r["Content"] not in spans:
            continue
        content = spans[r["Content"]][1]
        g = Gold(content=content)
        if r.get("Source") in spans:
            g.source = spans[r["Source"]][1]
        if r.get("Cue") in spans:
            g.cue = spans[r["Cue"]][1]
        first, last = min(content)[0], max(content)[1]
        inner = text[first:last].strip(" \t\n.,;:—-")
        g.direct = bool(inner) and inner[0] in QUOTE_MARKS and inner[-1] in QUOTE_MARKS
        out.append(g)
    return out


def articles(root: Path, split: str, limit: int | None) -> Iterator[tuple[str, str, list[Gold]]]:
    seen: set[str] = set()
    for ann in sorted((root / split / "attributions").glob("*.ann")):
        base = ann.name.rsplit("_", 1)[0]
        if base in seen:
            continue
        seen.add(base)
        text = (root / split / "text" / f"{base}.txt").read_text(encoding="utf-8")
        yield base, text, read_ann(ann, text)
        if limit and len(seen) >= limit:
            return


def trimmed(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    a, b = min(spans)[0], max(spans)[1]
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in _TRIM:
        b -= 1
    return a, b


def overlap(g: Gold, p: Pred) -> float:
    return float(span_overlap(g.content, p.content))


def speaker_ok(text: str, g: Gold, preds: list[Pred]) -> bool:
    """Any prediction covering this gold content names its source.

    PolNeAR gives '"A," he said. "B."' one content and one Source; dateline gives two
    quotes, the second a continuation with no mention of its own, so every
    prediction overlapping the content may carry the attribution.
    """
    if not g.source:
        return not any(p.speaker_span or p.speaker_name for p in preds)
    words = [w for w in re.findall(r"[\w'’.-]+", " ".join(text[a:b] for a, b in g.source)) if w[:1].isupper()]
    for p in preds:
        if span_overlap(g.source, p.speaker_span):
            return True
        name = p.speaker_name.lower()
        if any(len(w) > 3 and re.search(rf"\b{re.escape(w.lower())}\b", name) for w in words[:4]):
            return True
    return False


def gold_kind(text: str, g: Gold) -> str:
    """direct, mixed (indirect content with quoted words in it) or indirect."""
    if g.direct:
        return "direct"
    return "mixed" if any(c in QUOTE_MARKS[:5] for a, b in g.content for c in text[a:b]) else "indirect"


def source_position(g: Gold) -> str:
    """Where the gold Source stands against its content: before, after, inside, or none."""
    if not g.source:
        return "none"
    first, last = min(g.content)[0], max(g.content)[1]
    if max(b for _, b in g.source) <= first:
        return "before"
    if min(a for a, _ in g.source) >= last:
        return "after"
    return "inside"


@dataclass
class Board:
    content: PRF = field(default_factory=PRF)
    exact: PRF = field(default_factory=PRF)
    speaker: Ratio = field(default_factory=Ratio)
    cue: Ratio = field(default_factory=Ratio)
    by_kind: dict[str, Ratio] = field(default_factory=dict)
    by_position: dict[str, Ratio] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def score(self, text: str, gold: list[Gold], pred: list[Pred]) -> None:
        prf, pairs = score_spans(gold, pred, overlap)
        self.content.add(prf)
        covering = {id(g): [p for p in pred if overlap(g, p)] for g, _ in pairs}
        ex, _ = score_spans(
            gold, pred, lambda g, p: float(trimmed(text, g.content) == trimmed(text, p.content)), one_to_one=True
        )
        self.exact.add(ex)
        for g, _ in pairs:
            ok = speaker_ok(text, g, covering[id(g)])
            self.speaker.add(ok)
            kind, pos = gold_kind(text, g), source_position(g)
            self.by_kind.setdefault(kind, Ratio()).add(ok)
            self.by_position.setdefault(pos, Ratio()).add(ok)
            if not ok:
                src = " | ".join(text[a:b] for a, b in g.source) or "-"
                got = "; ".join(
                    f"{p.speaker_name or '-'} @ {' | '.join(text[a:b] for a, b in p.speaker_span) or '-'}"
                    for p in covering[id(g)]
                )
                a, b = trimmed(text, g.content)
                self.misses.append(f"[{kind}/{pos}] gold {src!r} got {got!r}\n    {text[max(0, a - 150) : b + 150]!r}")
            if g.cue:
                self.cue.add(any(span_overlap(g.cue, x.cue) for x in covering[id(g)]))

    def row(self, name: str) -> str:
        c, e = self.content, self.exact
        return (
            f"{name:34} {c.precision:5.3f} {c.recall:5.3f} {c.f1:5.3f}   {e.precision:5.3f} {e.recall:5.3f} {e.f1:5.3f}"
            f"   {self.speaker.value:5.3f}  {self.cue.value:5.3f}  {c.predicted:5} {c.gold:5}"
        )


def neutral(preds: list[Pred], gold: list[Gold], mixed: list[Gold]) -> list[Pred]:
    """Drop predictions that only overlap a mixed quote (an indirect content with quoted words in it):
    PolNeAR files 'said the country made a "last-ditch effort"' under indirect, dateline
    and textacy report the quoted phrase; neither right nor wrong for the direct row."""
    return [p for p in preds if any(overlap(g, p) for g in gold) or not any(overlap(g, p) for g in mixed)]


def dateline_preds(doc_quotes: list, text: str) -> list[Pred]:  # type: ignore[type-arg]
    out = []
    for q in doc_quotes:
        sp = q.speaker
        out.append(
            Pred(
                content=[(q.start, q.end)],
                speaker_span=[(sp.mention.start, sp.mention.end)] if sp.mention else [],
                speaker_name=" ".join(x for x in (sp.name, sp.descriptor) if x),
                cue=[(q.cue_span.start, q.cue_span.end)] if q.cue_span else [],
                direct=q.kind in ("direct", "partial"),
            )
        )
    return out


def textacy_preds(doc) -> tuple[list[Pred], bool]:  # type: ignore[no-untyped-def]
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        for t in direct_quotations(doc):
            sp = [(x.idx, x.idx + len(x.text)) for x in t.speaker]
            cue = [(x.idx, x.idx + len(x.text)) for x in t.cue]
            c = t.content
            out.append(Pred([(c.start_char, c.end_char)], sp, " ".join(x.text for x in t.speaker), cue, True))
    except Exception:  # textacy gives up on the whole document (e.g. unbalanced quotation marks)
        return out, False
    return out, True


def scaling(nlp) -> None:  # type: ignore[no-untyped-def]
    """The quote layer alone on articles of n and 4n quotes, and on runs of bare quotation marks:
    a ratio near 4 says the layer is linear (the parse is timed out of it)."""
    from dateline.extract.quotes import find_quotes

    para = "“We will not give up on this plan,” the official said. “Nobody can stop it,” she added.\n\n"
    marks = ("“" * 2500 + '"' * 2500 + "‘" * 2500 + "”" * 2500 + "\n\n") * 4
    for label, small, large in (("quotes", para * 200, para * 800), ("bare marks", marks, marks * 4)):
        times = []
        for text in (small, large):
            doc = parse(nlp, text)
            best = float("inf")
            for _ in range(3):  # the best of three, so a stray pause does not read as a slope
                t0 = time.perf_counter()
                find_quotes(doc, doc._.dl_entities or [])
                best = min(best, time.perf_counter() - t0)
            times.append(best)
        print(f"scaling, {label}: 4x the input takes {times[1] / times[0]:.1f}x the time (linear: about 4)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-textacy", action="store_true", help="skip the baseline")
    ap.add_argument("--no-scaling", action="store_true", help="skip the scaling check (its parse takes minutes)")
    ap.add_argument("--misses", action="store_true", help="print each speaker miss of the 'all' row (dev only)")
    args = ap.parse_args(argv)
    if not (args.data / args.split).is_dir():
        print(f"no PolNeAR data at {args.data}", file=sys.stderr)
        return 2
    nlp = load(defaults().model)
    names = ("dateline direct (+partial)", "  mixed neutral", "dateline indirect", "dateline all", "textacy direct",
             "  mixed neutral ")  # fmt: skip
    boards = {k: Board() for k in names}
    t_dl = t_tx = 0.0
    n = tx_failed = 0
    try:
        import textacy  # noqa: F401

        use_textacy = not args.no_textacy
    except ImportError:
        print("textacy is not installed (pip install -e '.[bench]'): baseline skipped", file=sys.stderr)
        use_textacy = False
    for _name, text, gold in articles(args.data, args.split, args.limit):
        n += 1
        t0 = time.perf_counter()
        doc = parse(nlp, text)
        preds = dateline_preds(doc._.dl_quotes or [], text)
        t_dl += time.perf_counter() - t0
        direct_gold = [g for g in gold if g.direct]
        mixed = [g for g in gold if not g.direct and any(c in QUOTE_MARKS[:5] for a, b in g.content for c in text[a:b])]
        boards["dateline direct (+partial)"].score(text, direct_gold, [p for p in preds if p.direct])
        boards["  mixed neutral"].score(text, direct_gold, neutral([p for p in preds if p.direct], direct_gold, mixed))
        boards["dateline indirect"].score(text, [g for g in gold if not g.direct], [p for p in preds if not p.direct])
        boards["dateline all"].score(text, gold, preds)
        if use_textacy:
            t0 = time.perf_counter()
            with nlp.select_pipes(disable=[c for c in nlp.pipe_names if c.startswith("dateline_")]):
                plain = nlp(text)
            tx, ok = textacy_preds(plain)
            t_tx += time.perf_counter() - t0
            tx_failed += not ok
            boards["textacy direct"].score(text, direct_gold, tx)
            boards["  mixed neutral "].score(text, direct_gold, neutral(tx, direct_gold, mixed))
    print(f"PolNeAR {args.split}: {n} articles")
    print(f"{'':34} {'content (overlap)':17}   {'content (exact)':17}   speaker  cue    pred  gold")
    print(f"{'':34} {'P':>5} {'R':>5} {'F1':>5}   {'P':>5} {'R':>5} {'F1':>5}")
    for name, b in boards.items():
        if name in ("textacy direct", "  mixed neutral ") and not use_textacy:
            continue
        print(b.row(name))
    every = boards["dateline all"]
    for label, table in (("kind", every.by_kind), ("source position", every.by_position)):
        cells = "  ".join(f"{k} {r.value:5.3f} ({r.total})" for k, r in sorted(table.items()))
        print(f"speaker (all) by {label}: {cells}")
    if args.misses and args.split != "test":
        print("\n".join(every.misses))
    if not args.no_scaling:
        scaling(nlp)
    if use_textacy:
        print(f"textacy gave up on {tx_failed} of {n} articles (counted as finding nothing there)")
        print(f"time: dateline {t_dl:.1f} s (parse + all layers), textacy {t_tx:.1f} s (parse + quotes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
