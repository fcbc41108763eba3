"""``dateline eval timex``: time expressions against TimeML gold (TempEval-3 ``.tml``, MEANTIME ``.xml``).

Each document's plain text is its ``<TEXT>`` element without tags; its creation
time (DCT) is the anchor, as the published date is for an article. Scores, as
TempEval-3 reports them: span P/R/F1 strict (same characters) and relaxed
(overlapping), and over the relaxed matches the accuracy of ``type`` and
``value``; "value F1" counts a prediction right only when it overlaps a gold
expression *and* has its value (the figure HeidelTime's 0.78 refers to).
"""

from __future__ import annotations

import contextlib
import html
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
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


def meantime_text(root: Any) -> tuple[str, dict[str, tuple[int, int]], dict[int, int]]:
    """A MEANTIME CAT document's annotated sentences as text (tokens joined by spaces, sentences by
    blank lines; the headline, the date line and the unannotated rest left out), each token's
    character span by its id, and where each sentence (by number) ends in the text."""
    sentence_of = {t.get("t_id", ""): int(t.get("sentence") or 0) for t in root.iter("token")}
    last = max((sentence_of.get(a.get("t_id", ""), 0) for a in root.iter("token_anchor")), default=0)
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    ends: dict[int, int] = {}
    length, last_sent = 0, None
    for tok in root.iter("token"):
        sent = tok.get("sentence")
        if sent in ("0", "1") or int(sent or 0) > last:
            continue
        sep = "" if last_sent is None else (" " if sent == last_sent else "\n\n")
        word = tok.text or ""
        offsets[tok.get("t_id", "")] = (length + len(sep), length + len(sep) + len(word))
        pieces += [sep, word]
        length += len(sep) + len(word)
        last_sent = sent
        ends[int(sent or 0)] = length
    return "".join(pieces), offsets, ends


def read_meantime(path: Path) -> TimeDoc:
    """A MEANTIME CAT XML file: tokens joined by spaces, sentences by blank lines; the headline, the
    date line (sentences 0 and 1) and the unannotated rest are left out; the creation time is the anchor."""
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    text, offsets, _ = meantime_text(root)
    dct, gold = None, []
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id", "") for a in tx.findall("token_anchor")]
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = _dct_value(tx.get("value") or "")
            continue
        spans = [offsets[i] for i in ids if i in offsets]
        if spans:
            gold.append(GoldTimex(spans[0][0], spans[-1][1], tx.get("type", ""), tx.get("value", "")))
    if dct is None:
        # two files have no creation time (or one written day-month-year): the date line under
        # the headline (sentence 1, "April 27, 2005") says it
        line = " ".join(t.text or "" for t in root.iter("token") if t.get("sentence") == "1")
        with contextlib.suppress(ValueError):
            dct = datetime.strptime(re.sub(r"\s+,", ",", line).strip(), "%B %d, %Y").date()
    return TimeDoc(path.stem, text, dct, gold)


def _dct_value(value: str) -> date | None:
    """A creation time: ISO, or (one file) day-month-year "03-02-2009"."""
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        with contextlib.suppress(ValueError):
            return datetime.strptime(value[:10], fmt).date()
    return None


def read_doc(path: Path) -> TimeDoc:
    return read_meantime(path) if path.suffix == ".xml" else read_tml(path)


def tml_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.rglob("*.tml")) + sorted(p.rglob("*.xml")))
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
    gold_by_type: Counter[str] = Counter()
    right_by_type: Counter[str] = Counter()
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
            right_by_type[g.type] += ok
        gold_by_type.update(g.type for g in d.gold)
        value_prf.add(PRF(correct=right, predicted=len(pred), found=right, gold=len(d.gold)))
    return {
        "documents": len(docs),
        "strict": strict.as_dict(),
        "relaxed": relaxed.as_dict(),
        "type_accuracy": round(type_acc.value, 3),
        "value_accuracy": round(value_acc.value, 3),
        "value": value_prf.as_dict(),
        # value recall per gold type: where the misses are (DATE, DURATION, TIME, SET)
        "value_recall_by_type": {t: round(right_by_type[t] / n, 3) for t, n in sorted(gold_by_type.items())},
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
    docs = [read_doc(p) for p in tml_files(paths)]
    return score(docs, dateline_predictor(model))
