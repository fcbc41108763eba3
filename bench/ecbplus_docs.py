"""ECB+ documents as dateline records, for the linking benches (ecbplus_people.py, ecbplus_stories.py).

    .venv/bin/python bench/ecbplus_docs.py [--split dev|test|train|all ...] [--cache DIR]

Run alone, it fills the cache (one JSON file per document: dateline's record and the
character span of every gold token); the benches read it and extract what is missing.

A document's text is its sentences, one paragraph each, with the tokens joined the way
they would be printed ("`` We '' , she said" -> "\"We\", she said"), so that dateline reads
ordinary prose; every token keeps its character span in that text. ``*ecbplus`` documents
begin with their source URL (sentence 0): it is left out of the text. The text goes through
dateline's paste reader like any paste (it may take a title or a date line off the top);
each paragraph of the record's text is found again in the built text to map offsets back.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

# the spacing of ECB+'s tokens as printed text: the same tables as the incident bench's cache
from ecbplus_cache import NO_SPACE_AFTER, NO_SPACE_BEFORE

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "ecbplus"
CACHE = Path("/tmp/ecb-cache-people")
TOPICS = {
    "dev": {2, 5, 12, 18, 21, 23, 34, 35},
    "test": set(range(36, 46)),
}

PRINTED = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}


@dataclass
class Doc:
    doc_id: str
    topic: int
    subtopic: str
    split: str
    text: str = ""
    tokens: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)  # (sentence, token) -> span


def split_of(topic: int) -> str:
    return next((k for k, v in TOPICS.items() if topic in v), "train")


def build(row: dict) -> Doc:
    """The document's printed text and each token's span in it."""
    doc = Doc(row["doc_id"], row["topic"], row["subtopic"], split_of(row["topic"]))
    parts: list[str] = []
    pos = 0
    first = 1 if row["doc_id"].endswith("ecbplus") else 0
    for s, sentence in enumerate(row["sentences"]):
        if s < first:
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        prev = None
        for t, tok in enumerate(sentence.split(" ")):
            word = PRINTED.get(tok, tok)
            if (
                prev is not None
                and tok not in NO_SPACE_BEFORE
                and prev not in NO_SPACE_AFTER
                and not re.fullmatch(r"[-/]", tok)
                and prev not in ("-", "/")
            ):
                parts.append(" ")
                pos += 1
            doc.tokens[(s, t)] = (pos, pos + len(word))
            parts.append(word)
            pos += len(word)
            prev = tok
    doc.text = "".join(parts)
    return doc


def documents(splits: set[str]) -> list[Doc]:
    out = []
    with (DATA / "documents.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if split_of(row["topic"]) in splits:
                out.append(build(row))
    return out


def mentions(splits: set[str]) -> dict[str, list[dict]]:
    """Gold mentions by document (selected sentences or not: person chains are scored over all)."""
    out: dict[str, list[dict]] = defaultdict(list)
    with (DATA / "mentions.jsonl").open(encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            if split_of(m["topic"]) in splits:
                out[m["doc_id"]].append(m)
    return out


def shift_map(built: str, record_text: str) -> list[tuple[int, int, int]]:
    """(start, end, delta) per paragraph of the record's text: record offset + delta = built offset."""
    out = []
    cursor = 0
    pos = 0
    for para in record_text.split("\n\n"):
        at = built.find(para, cursor) if para else -1
        if at >= 0:
            out.append((pos, pos + len(para), at - pos))
            cursor = at + len(para)
        pos += len(para) + 2
    return out


def to_built(spans: list[tuple[int, int, int]], start: int, end: int) -> tuple[int, int] | None:
    for s, e, delta in spans:
        if s <= start and end <= e:
            return start + delta, end + delta
    return None


def extract(doc: Doc) -> dict:
    from dateline import extract as dl_extract
    from dateline.errors import DatelineError
    from dateline.extract import extract_article
    from dateline.read.article import RawArticle
    from dateline.settings import defaults

    options = defaults()
    try:
        arts = dl_extract(doc.text, name=doc.doc_id + ".txt", options=options)
    except DatelineError:  # the paste reader refuses it (a page of short lines): the text as it is
        arts = []
    except Exception as e:
        return {"doc_id": doc.doc_id, "article": None, "shifts": [], "error": f"{type(e).__name__}: {e}"}
    try:
        a = arts[0] if arts else extract_article(RawArticle(text=doc.text), options)
    except Exception as e:  # a bug in extraction: the document counts as read with nothing found
        print(f"{doc.doc_id}: extraction failed: {type(e).__name__}: {e}", file=sys.stderr)
        return {"doc_id": doc.doc_id, "article": None, "shifts": [], "error": f"{type(e).__name__}: {e}"}
    return {"doc_id": doc.doc_id, "article": a.model_dump(mode="json"), "shifts": shift_map(doc.text, a.text)}


def load(doc: Doc, cache: Path = CACHE) -> dict:
    """The cached record of ``doc`` (extracted now when missing)."""
    path = cache / f"{doc.doc_id}.json"
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("text") == doc.text:
            return data
    data = extract(doc)
    data["text"] = doc.text
    cache.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    tmp.replace(path)
    return data


def main() -> int:
    ap = argparse.ArgumentParser(description="fill the cache of dateline records of ECB+ documents")
    ap.add_argument("--split", action="append", choices=["dev", "test", "train", "all"])
    ap.add_argument("--cache", type=Path, default=CACHE)
    args = ap.parse_args()
    splits = set(args.split or ["dev", "test"])
    if "all" in splits:
        splits = {"dev", "test", "train"}
    docs = documents(splits)
    for i, d in enumerate(docs):
        load(d, args.cache)
        if i % 25 == 0:
            print(f"{i}/{len(docs)}", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
