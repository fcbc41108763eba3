"""``dateline eval timex``: time expressions against TimeML gold (TempEval-3 ``.tml`` files).

Each document's plain text is its ``<TEXT>`` element without tags; its creation
time (DCT) is the anchor, as the published date is for an article. Scores, as
TempEval-3 reports them: span P/R/F1 strict (same characters) and relaxed
(overlapping), and over the relaxed matches the accuracy of ``type`` and
``value``; "value F1" counts a prediction right only when it overlaps a gold
expression *and* has its value (the figure HeidelTime's 0.78 refers to).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import BadOption
from . import PRF, Ratio, score_spans, span_overlap

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass
class TimeDoc:
    name: str
    text: str
    dct: date | None
    gold: list[GoldTimex] = field(default_factory=list)


@dataclass
class PredTimex:
    start: int
    end: int
    value: str | None


def read_tml(path: Path) -> TimeDoc:
    raw = path.read_text(encoding="utf-8")
    dct = None
    m = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S)
    if m:
        dct = date.fromisoformat(m.group(1))
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if body is None:
        raise BadOption(f"{path}: no <TEXT> element")
    inner = body.group(1)
    out: list[str] = []
    pos = 0
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[GoldTimex] = []
    for t in _TAG.finditer(inner):
        chunk = html.unescape(inner[pos : t.start()])
        out.append(chunk)
        length += len(chunk)
        pos = t.end()
        closing, name = t.group(1) == "/", t.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(t.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            gold.append(GoldTimex(start, length, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    out.append(html.unescape(inner[pos:]))
    return TimeDoc(path.stem, "".join(out), dct, gold)


def tml_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.rglob("*.tml")))
        elif p.is_file():
            files.append(p)
        else:
            raise BadOption(f"{p}: no such file or folder")
    if not files:
        raise BadOption("no .tml files found")
    return files


def timex_type(value: str | None) -> str:
    if not value:
        return ""
    if value.startswith("P"):
        return "DURATION"
    if "T" in value[4:]:
        return "TIME"
    return "DATE"


def score(docs: list[TimeDoc], predict: Callable[[TimeDoc], list[PredTimex]]) -> dict[str, Any]:
    """Strict and relaxed span P/R/F1, type and value accuracy on matches, value P/R/F1."""
    strict, relaxed, value_prf = PRF(), PRF(), PRF()
    type_acc, value_acc = Ratio(), Ratio()
    for d in docs:
        pred = predict(d)
        s, _ = score_spans(d.gold, pred, lambda g, p: float(g.start == p.start and g.end == p.end), one_to_one=True)
        strict.add(s)
        r, pairs = score_spans(d.gold, pred, lambda g, p: float(span_overlap([(g.start, g.end)], [(p.start, p.end)])))
        relaxed.add(r)
        right = 0
        for g, p in pairs:
            type_acc.add(timex_type(p.value) == g.type)
            ok = (p.value or "") == g.value
            value_acc.add(ok)
            right += ok
        value_prf.add(PRF(correct=right, predicted=len(pred), found=right, gold=len(d.gold)))
    return {
        "documents": len(docs),
        "strict": strict.as_dict(),
        "relaxed": relaxed.as_dict(),
        "type_accuracy": round(type_acc.value, 3),
        "value_accuracy": round(value_acc.value, 3),
        "value": value_prf.as_dict(),
    }


def dateline_predictor(model: str) -> Callable[[TimeDoc], list[PredTimex]]:
    """dateline's time layer on a document, anchored on its creation time."""
    from ..extract.nlp import load, parse

    nlp = load(model)

    def predict(d: TimeDoc) -> list[PredTimex]:
        doc = parse(nlp, d.text, dl_anchor=(d.dct, "published" if d.dct else "none"))
        return [PredTimex(t.start, t.end, t.value) for t in doc._.dl_timexes or []]

    return predict


def evaluate(paths: Iterable[str | Path], model: str) -> dict[str, Any]:
    docs = [read_tml(p) for p in tml_files(paths)]
    return score(docs, dateline_predictor(model))
