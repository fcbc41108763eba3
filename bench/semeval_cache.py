"""dateline's extraction of the SemEval-2015 Task 4 (TimeLine) documents, cached for
bench/timeline_semeval.py.

    .venv/bin/python bench/semeval_cache.py [--data PATH] [--cache DIR]

Each CAT document's tokens are joined back into plain text (headline, date line and body as
paragraphs, each token's character span kept), the published date is the document's
CREATION_TIME, and the text goes through ``extract_article`` as any pasted article would. Only
raw text and the creation time are read (the Track A input): no gold event or time markup. One
JSON file per document holds the record and the token spans, so reruns need no parsing.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.read.article import RawArticle
from dateline.record import Article, Date, Source
from dateline.settings import defaults
from ecbplus_cache import detokenize

ex = importlib.import_module("dateline.extract")  # the package: dateline.extract is also a function

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "semeval2015-timeline"
CACHE = Path("/tmp/semeval-cache-timeline")
VERSION = 1


@dataclass(frozen=True)
class CatDoc:
    doc_id: str
    sentences: list[list[str]]  # tokens by sentence number, in order
    sentence_numbers: list[int]  # the CAT sentence number of each row of ``sentences``
    created: str | None  # CREATION_TIME value, YYYY-MM-DD


def read_cat(path: Path) -> CatDoc:
    root = ET.parse(path).getroot()  # the task's own files, read-only
    rows: dict[int, list[str]] = {}
    for tok in root.iter("token"):
        rows.setdefault(int(tok.get("sentence", "0")), []).append(tok.text or "")
    created = None
    for tx in root.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            created = tx.get("value")
    nums = sorted(rows)
    return CatDoc(str(root.get("doc_id")), [rows[n] for n in nums], nums, created)


def documents(data: Path, split: str) -> list[Path]:
    """The Track A (raw text) CAT files: ``trial`` (the Apple corpus) or ``test`` (corpus 1-3)."""
    if split == "trial":
        return sorted((data / "Corpus-trial-data_task4").glob("*.xml"))
    return sorted((data / "SemEval_Task4_data").glob("corpus_*/corpus_trackA_CAT/*.xml"))


def extract_doc(doc: CatDoc) -> dict[str, Any]:
    # sentence 0 is the headline, sentence 1 the date line: paragraphs of their own
    text, spans, _ = detokenize(doc.sentences, frozenset({1, 2}))
    published = None
    if doc.created and len(doc.created) >= 10:
        published = Date(value=doc.created[:10], precision="day", text=doc.created)
    raw = RawArticle(text=text, published=published)
    error = None
    try:
        art = ex.extract_article(raw, defaults())
    except Exception as e:  # an extraction bug loses this document's record, not the run
        error = f"{type(e).__name__}: {e}"
        art = Article(id=doc.doc_id, source=Source(), text=text, published=published)
    return {
        "version": VERSION,
        "doc_id": doc.doc_id,
        "article": json.loads(art.model_dump_json()),
        "token_spans": spans,
        "sentence_numbers": doc.sentence_numbers,
        "tokens": doc.sentences,
        "error": error,
    }


def cached(path: Path, cache: Path) -> dict[str, Any]:
    doc = read_cat(path)
    out = cache / f"{doc.doc_id}.json"
    if out.is_file():
        data: dict[str, Any] = json.loads(out.read_text())
        if data.get("version") == VERSION:
            return data
    data = extract_doc(doc)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(data))
    tmp.replace(out)
    return data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--splits", default="trial,test")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"no SemEval-2015 Task 4 data at {args.data}", file=sys.stderr)
        return 2
    args.cache.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    n = 0
    for split in args.splits.split(","):
        for path in documents(args.data, split):
            cached(path, args.cache)
            n += 1
            if n % 10 == 0:
                print(f"{n} documents, {time.perf_counter() - t0:.0f}s", flush=True)
    print(f"{n} documents cached in {args.cache}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
