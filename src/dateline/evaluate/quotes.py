"""``dateline eval quotes``: score quotes against your own annotated articles.

A gold file is JSON, the same shape as ``shared/eval`` gold files::

    {"input": "article.txt",               # or "text": "the article, pasted"
     "retrieved_at": "2026-02-04T12:00:00Z",  # optional
     "articles": [                          # in the order the reader finds them
       {"quotes": [{"contains": "words from the quote", "kind": "direct",
                    "speaker": "Jane Doe", "anonymous": false,
                    "reported_by": "the prosecutor's office"}],   # optional: who relayed it
        "quotes_exhaustive": true}]}

``input`` is relative to the gold file or to a folder above it. A gold quote is found when a predicted
quote's text contains its words (or the other way round, or they share most
words); its speaker is right when the predicted name ends in the same word (or
both are anonymous). Direct and partial quotes are scored together as "quoted",
indirect speech on its own. The JSON report also gives the quoted passages' speaker
accuracy by ``speaker.basis`` (how each speaker was found) and, when gold quotes
name a ``reported_by``, how often the relayer is right.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from ..errors import BadOption
from ..pipeline import Failure, extract, run_file
from ..record import Article, Quote
from ..settings import Options
from . import PRF, Ratio, score_spans

QUOTED = ("direct", "partial")
_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "—": "-", "–": "-", "\xa0": " "})


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "")
    s = s.translate(_FOLD)
    return re.sub(r"\s+", " ", s).strip(" \"'.,;:").lower()


def text_overlap(gold: dict[str, Any], pred: Quote) -> float:
    g, p = norm(gold.get("contains") or gold.get("text")), norm(pred.text)
    if not g or not p:
        return 0.0
    if g in p or p in g:
        return float(min(len(g), len(p)))
    gw, pw = set(g.split()), set(p.split())
    shared = len(gw & pw)
    return float(shared) if shared >= 0.5 * len(gw) else 0.0


def same_speaker(gold: dict[str, Any], pred: Quote) -> bool:
    if not gold.get("speaker"):
        return bool(pred.speaker.anonymous)
    g, p = norm(gold["speaker"]), norm(pred.speaker.name)
    if not p or pred.speaker.anonymous:
        return False
    return g == p or g in p or p in g or (g.split()[-1] == p.split()[-1] and len(g.split()[-1]) > 3)


def _articles(gold: dict[str, Any], where: Path, options: Options) -> list[Article]:
    opts = options
    if gold.get("retrieved_at"):
        from ..read.stamps import parse_iso_datetime

        opts = options.replace(retrieved_at=parse_iso_datetime(gold["retrieved_at"]))
    if "text" in gold:
        return extract(str(gold["text"]), name="<gold>", options=opts)
    name = str(gold.get("input") or "")
    # relative to the gold file, or to a folder above it (shared/eval gold names "shared/corpus/...")
    path = next((b / name for b in (where, *where.resolve().parents) if name and (b / name).is_file()), None)
    if path is None:
        raise BadOption(f"gold file names no readable input: {name!r}")
    out = []
    for x in run_file(str(path), opts):
        if isinstance(x, Failure):
            raise BadOption(str(x))
        out.append(x)
    return out


def evaluate(paths: list[str], options: Options) -> dict[str, Any]:
    """Scores over every gold file: quoted and indirect P/R/F1, speaker and kind accuracy."""
    rows: dict[str, PRF] = {"quoted": PRF(), "indirect": PRF()}
    speaker = {"quoted": Ratio(), "indirect": Ratio()}
    kind = Ratio()
    by_basis: dict[str, Ratio] = {}  # speaker accuracy of quoted passages by how the speaker was found
    relayed = Ratio()  # gold quotes that name a "reported_by": is the relayer right?
    for p in paths:
        path = Path(p)
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise BadOption(f"{p}: not a readable gold file ({e})") from None
        articles = _articles(gold, path.parent, options)
        for k, g in enumerate(gold.get("articles", [])):
            pred = articles[k].quotes if k < len(articles) else []
            for group in ("quoted", "indirect"):
                gq = [q for q in g.get("quotes", []) if (q.get("kind") in QUOTED) == (group == "quoted")]
                pq = [q for q in pred if (q.kind in QUOTED) == (group == "quoted")]
                if group == "quoted" and not g.get("quotes_exhaustive", True):
                    pq = [q for q in pq if any(text_overlap(x, q) for x in gq)]
                if group == "indirect" and not gq:
                    continue  # gold that lists no indirect speech does not score it
                prf, pairs = score_spans(gq, pq, text_overlap, one_to_one=True)
                rows[group].add(prf)
                for gi, pi in pairs:
                    ok = same_speaker(gi, pi)
                    speaker[group].add(ok)
                    if group == "quoted":
                        kind.add(gi.get("kind") == pi.kind)
                        by_basis.setdefault(pi.speaker.basis or "none", Ratio()).add(ok)
                    if gi.get("reported_by"):
                        relayer = pi.reported_by.name if pi.reported_by is not None else None
                        relayed.add(bool(relayer) and norm(gi["reported_by"]) in norm(relayer))
    report: dict[str, Any] = {
        group: {**rows[group].as_dict(), "speaker_accuracy": round(speaker[group].value, 3)} for group in rows
    }
    report["quoted"]["speaker_accuracy_by_basis"] = {b: round(r.value, 3) for b, r in sorted(by_basis.items())}
    if relayed.total:
        report["quoted"]["reported_by_accuracy"] = round(relayed.value, 3)
    return report | {"kind_accuracy": round(kind.value, 3)}
