"""dateline's extraction of the ECB+ documents, cached for bench/ecbplus_events.py.

    .venv/bin/python bench/ecbplus_cache.py [--data PATH] [--cache DIR] [--splits test,dev,train]

Each document's tokens are joined back into plain text (light detokenisation, each token's
character span kept), the published date is read from the document's own date line or URL
(ECB+ ``*ecbplus`` documents carry one; ``*ecb`` documents none), and the text goes through
``extract_article`` as any pasted article would. One JSON file per document holds the record,
the token spans and the spaCy lemma of every token, so reruns need no parsing.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from dateline.read.article import RawArticle
from dateline.read.stamps import parse_stamp
from dateline.record import Article, Date, Source
from dateline.settings import defaults

ex = importlib.import_module("dateline.extract")  # the package: dateline.extract is also a function

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "ecbplus"
CACHE = Path("/tmp/ecb-cache-incidents")
VERSION = 1

NO_SPACE_BEFORE = {
    ",",
    ".",
    ":",
    ";",
    "!",
    "?",
    "%",
    ")",
    "]",
    "}",
    "''",
    "'s",
    "'S",
    "n't",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
}
NO_SPACE_AFTER = {"(", "[", "{", "``", "$", "#"}
_GLUE = {"-", "/"}  # ECB+ splits "court - mandated" and URLs; written text joins them
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}
_DAY = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2}) ,? ?(\d{4})\b", re.IGNORECASE
)  # "August 04 2011" inside a headline line
_DAY_FIRST = re.compile(
    r"\b(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? ,? ?(\d{4})\b", re.IGNORECASE
)
_URL_DATE = re.compile(r"/(20\d\d|19\d\d)/(\d\d?)/(\d\d?)/")


def detokenize(
    sentences: list[list[str]], breaks: frozenset[int] = frozenset()
) -> tuple[str, list[list[tuple[int, int]]], list[tuple[int, int]]]:
    """The text, each token's (start, end) in it, each sentence's (start, end); a paragraph
    break before each sentence index in ``breaks``, a space between other sentences."""
    out: list[str] = []
    pos = 0
    spans: list[list[tuple[int, int]]] = []
    sent_spans: list[tuple[int, int]] = []
    for si, toks in enumerate(sentences):
        if pos and toks:
            sep = "\n\n" if si in breaks else " "
            out.append(sep)
            pos += len(sep)
        s0 = pos
        row: list[tuple[int, int]] = []
        prev = ""
        for ti, tok in enumerate(toks):
            shown = '"' if tok in ("``", "''") else tok
            space = ti > 0 and not (tok in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER or tok in _GLUE or prev in _GLUE)
            if space:
                out.append(" ")
                pos += 1
            row.append((pos, pos + len(shown)))
            out.append(shown)
            pos += len(shown)
            prev = tok
        spans.append(row)
        sent_spans.append((s0, pos))
    return "".join(out), spans, sent_spans


def published_of(doc: dict[str, Any]) -> Date | None:
    """The date the document itself states: a date line near the top, else a date in its URL."""
    sents = doc["sentences"]
    if not doc["doc_id"].endswith("ecbplus"):
        return None
    for s in sents[1:4]:
        text, _, _ = detokenize([s.split()])
        stamp = parse_stamp(text)
        if stamp is not None and stamp.date is not None:
            return stamp.date
    for s in sents[1:3]:
        m = _DAY.search(s)
        n = _DAY_FIRST.search(s)
        if not (m or n):
            continue
        try:
            if m:
                d = date(int(m.group(3)), _MONTHS[m.group(1).lower()[:3]], int(m.group(2)))
            else:
                assert n is not None
                m = n
                d = date(int(m.group(3)), _MONTHS[m.group(2).lower()[:3]], int(m.group(1)))
        except ValueError:
            continue
        else:
            return Date(value=d.isoformat(), precision="day", text=m.group(0))
    m = _URL_DATE.search(sents[0].replace(" ", "")) if sents else None
    if m:
        y, mo, dd = (int(g) for g in m.groups())
        if 1 <= mo <= 12 and 1 <= dd <= 31:
            return Date(value=f"{y:04d}-{mo:02d}-{dd:02d}", precision="day", text=m.group(0))
    return None


def extract_doc(doc: dict[str, Any]) -> dict[str, Any]:
    sents = [s.split() for s in doc["sentences"]]
    first = 1 if doc["doc_id"].endswith("ecbplus") else 0  # sentence 0 of an ecbplus doc is its URL
    body = [s if i >= first else [] for i, s in enumerate(sents)]
    breaks = frozenset({first + 1, first + 2, first + 3}) if first else frozenset()  # headline, date line
    text, spans, sent_spans = detokenize(body, breaks)
    captured: dict[str, Any] = {}
    real_parse = ex.parse

    def keep(*a: Any, **k: Any) -> Any:
        captured["doc"] = d = real_parse(*a, **k)
        return d

    ex.parse = keep  # the Doc is kept for its lemmas; extraction itself is unchanged
    raw = RawArticle(text=text, published=published_of(doc))
    error = None
    try:
        art = ex.extract_article(raw, defaults())
    except Exception as e:  # an extraction bug loses this document's record, not the run
        error = f"{type(e).__name__}: {e}"
        art = Article(id=doc["doc_id"], source=Source(), text=text, published=raw.published)
        nlp = ex.load(defaults().model)
        with nlp.select_pipes(enable=[p for p in nlp.pipe_names if not p.startswith("dateline_")]):
            captured["doc"] = nlp(text)
    finally:
        ex.parse = real_parse
    assert art.text == text, doc["doc_id"]
    sp = captured.get("doc")
    tokens = [(t.idx, t.idx + len(t.text), t.lemma_, t.pos_) for t in sp] if sp is not None else []
    return {
        "version": VERSION,
        "doc_id": doc["doc_id"],
        "article": json.loads(art.model_dump_json()),
        "token_spans": spans,
        "sentence_spans": sent_spans,
        "spacy_tokens": tokens,
        "error": error,
    }


def cached(doc: dict[str, Any], cache: Path) -> dict[str, Any]:
    path = cache / f"{doc['doc_id']}.json"
    if path.is_file():
        data: dict[str, Any] = json.loads(path.read_text())
        if data.get("version") == VERSION:
            return data
    data = extract_doc(doc)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data))
    tmp.replace(path)
    return data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--splits", default="test,dev,train")
    args = ap.parse_args(argv)
    if not (args.data / "documents.jsonl").is_file():
        print(f"no ECB+ documents at {args.data}", file=sys.stderr)
        return 2
    args.cache.mkdir(parents=True, exist_ok=True)
    docs = [json.loads(line) for line in (args.data / "documents.jsonl").open()]
    t0 = time.perf_counter()
    n = 0
    for split in args.splits.split(","):
        for doc in docs:
            if doc["split"] == split:
                cached(doc, args.cache)
                n += 1
                if n % 25 == 0:
                    print(f"{n} documents, {time.perf_counter() - t0:.0f}s", flush=True)
    print(f"{n} documents cached in {args.cache}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
