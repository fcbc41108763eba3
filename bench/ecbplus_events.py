"""Cross-document event coreference on ECB+ (gold event mentions), next to lemma baselines.

    .venv/bin/python bench/ecbplus_events.py [--data PATH] [--cache DIR] [--split test|dev]

The protocol of ../shared/datasets/ecbplus/README.md: the mentions of the selected sentences
(``in_selected_sentence``), all documents of the split's topics as one meta-document, singletons
included; CoNLL F1 is the mean of MUC, B-cubed and CEAF-e F1 (dateline.evaluate.coref, checked
to reproduce the published 79.08 in tests/test_coref_scores.py). Thresholds are tuned on the dev
topics; the test topics (36-45) are the held-out figure.

Each gold mention becomes a ``dateline.link.incidents.Mention`` through ``mention_at``: its
trigger's spaCy lemma, and what dateline extracted from its document (cached by
bench/ecbplus_cache.py: run on first use) for the times, places and participants of its sentence
and the words and names of its document. Reported in the same run:

- same lemma: one cluster per mention lemma (all its words) over all documents (Bugert et al.
  61.9 on test);
- lemma + document date: the same, but only between documents whose own dates are within 30
  days (or unknown). Not Bugert et al.'s lemma-delta baseline (74.4), which is tuned differently;
- dateline without gold topics: ``incidents.cluster`` as the product runs it;
- dateline with gold topics: the same, never linking across two ECB+ topics.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from dateline.evaluate.coref import CorefScores, conll
from dateline.link import incidents
from dateline.link.model import Ref
from dateline.record import Article
from ecbplus_cache import CACHE, DATA, cached

TOPICS = {
    "train": {1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33},
    "dev": {2, 5, 12, 18, 21, 23, 34, 35},
    "test": set(range(36, 46)),
}
_CONTENT_POS = ("VERB", "NOUN", "PROPN", "ADJ")


class Doc:
    """One ECB+ document with dateline's record of it and its tokens' lemmas."""

    def __init__(self, data: dict[str, Any], topic: int) -> None:
        self.id: str = data["doc_id"]
        self.topic = topic
        self.article = Article.model_validate(data["article"])
        self.token_spans: list[list[tuple[int, int]]] = data["token_spans"]
        self.sentence_spans: list[tuple[int, int]] = data["sentence_spans"]
        self.spacy = [tuple(t) for t in data["spacy_tokens"]]
        self.error: str | None = data.get("error")

    def lemmas(self, start: int, end: int) -> list[tuple[str, str]]:
        return [(t[2], t[3]) for t in self.spacy if t[0] < end and start < t[1]]  # type: ignore[operator]


def head_lemma(lemmas: list[tuple[str, str]]) -> str:
    """The head of a mention: its first verb, else its last noun, else its last word."""
    for lem, pos in lemmas:
        if pos in ("VERB", "AUX"):
            return lem.lower()
    for lem, pos in reversed(lemmas):
        if pos in ("NOUN", "PROPN"):
            return lem.lower()
    return lemmas[-1][0].lower() if lemmas else ""


def load(data: Path, cache: Path, split: str) -> tuple[dict[str, Doc], list[dict[str, Any]]]:
    topics = TOPICS[split]
    docs: dict[str, Doc] = {}
    cache.mkdir(parents=True, exist_ok=True)
    for line in (data / "documents.jsonl").open():
        d = json.loads(line)
        if d["topic"] in topics:
            docs[d["doc_id"]] = Doc(cached(d, cache), d["topic"])
    gold = []
    for line in (data / "mentions.jsonl").open():
        m = json.loads(line)
        if m["is_event"] and m["in_selected_sentence"] and m["topic"] in topics:
            gold.append(m)
    return docs, gold


def features(docs: dict[str, Doc], gold: Sequence[dict[str, Any]]) -> tuple[list[incidents.Mention], list[str]]:
    """Each gold mention as the linker's Mention, and the lemmas of all its words (for the
    baselines: with them same-lemma scores 62.3 on test, near Bugert et al.'s 61.9; with the
    head word alone 60.8)."""
    out = []
    lemmas_all = []
    for m in gold:
        doc = docs[m["doc_id"]]
        spans = doc.token_spans[m["sentence"]]
        toks = [spans[i] for i in m["token_numbers"] if i < len(spans)]
        start, end = min(s for s, _ in toks), max(e for _, e in toks)
        lemmas = doc.lemmas(start, end)
        head = head_lemma(lemmas)
        full = " ".join(lem for lem, _ in lemmas)
        mention = incidents.mention_at(
            doc.article,
            Ref(doc.id, m["barhom_mention_id"]),
            start,
            end,
            full,
            sentence=tuple(doc.sentence_spans[m["sentence"]]),  # type: ignore[arg-type]
        )
        key = incidents.lemma_key(full, head)
        out.append(mention if mention.lemma == key else _with_lemma(mention, key))
        lemmas_all.append(full.lower())
    return out, lemmas_all


def _with_lemma(m: incidents.Mention, key: str) -> incidents.Mention:
    return incidents.Mention(m.ref, key, m.category, m.dates, m.places, m.actors, m.sentence)


def by_key(ids: Sequence[str], keys: Sequence[object]) -> list[set[str]]:
    groups: dict[object, set[str]] = defaultdict(set)
    for i, k in zip(ids, keys, strict=True):
        groups[k].add(i)
    return list(groups.values())


def lemma_time(ids: Sequence[str], lemmas_all: Sequence[str], docs_of: Sequence[Doc], days: int) -> list[set[str]]:
    """Same lemma, and documents dated within ``days`` of each other (an undated one joins any)."""
    out: list[set[str]] = []
    by_lemma: dict[str, list[int]] = defaultdict(list)
    for i, h in enumerate(lemmas_all):
        by_lemma[h].append(i)
    for members in by_lemma.values():
        groups: list[tuple[date | None, set[str]]] = []
        for i in members:
            r = incidents.date_range(docs_of[i].article.published)
            d = r[0] if r else None
            for gd, g in groups:
                if d is None or gd is None or abs((d - gd).days) <= days:
                    g.add(ids[i])
                    break
            else:
                groups.append((d, {ids[i]}))
        out.extend(g for _, g in groups)
    return out


def run_linker(docs: dict[str, Doc], mentions: Sequence[incidents.Mention], gold_topics: bool) -> list[set[str]]:
    contexts = {d.id: incidents.context(d.article) for d in docs.values()}
    dates = {d.id: incidents.date_range(d.article.published) for d in docs.values()}
    blocks = {d.id: str(d.topic) for d in docs.values()} if gold_topics else None
    groups = incidents.cluster(mentions, contexts, dates, blocks=blocks)
    return [{mentions[i].ref.item_id for i in g} for g in groups]


def line(name: str, s: CorefScores, secs: float | None = None) -> str:
    t = f" {secs:6.1f}s" if secs is not None else ""
    return f"{name:34} {100 * s.muc[2]:6.2f} {100 * s.bcub[2]:6.2f} {100 * s.ceafe[2]:6.2f} {100 * s.conll:7.2f}{t}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--split", choices=["train", "dev", "test"], default="test")
    args = ap.parse_args(argv)
    if not (args.data / "mentions.jsonl").is_file():
        print(f"no ECB+ data at {args.data}", file=sys.stderr)
        return 2
    docs, gold = load(args.data, args.cache, args.split)
    ids = [m["barhom_mention_id"] for m in gold]
    key = by_key(ids, [m["coref_chain"] for m in gold])
    mentions, lemmas_all = features(docs, gold)
    docs_of = [docs[m["doc_id"]] for m in gold]
    failed = sorted(d.id for d in docs.values() if d.error)
    print(
        f"ECB+ {args.split} topics: {len(docs)} documents, {len(gold)} event mentions, {len(key)} gold clusters"
        + (f"; dateline's extraction failed on {len(failed)} ({', '.join(failed)})" if failed else "")
    )
    print(f"{'':34} {'MUC':>6} {'B3':>6} {'CEAF-e':>6} {'CoNLL':>7}")
    runs: list[tuple[str, Callable[[], list[set[str]]]]] = [
        ("same lemma (baseline)", lambda: by_key(ids, lemmas_all)),
        ("lemma + doc date, 30 d (baseline)", lambda: lemma_time(ids, lemmas_all, docs_of, 30)),
        (
            "same lemma within gold topic",
            lambda: by_key(ids, [(h, d.topic) for h, d in zip(lemmas_all, docs_of, strict=True)]),
        ),
        ("dateline, no gold topics", lambda: run_linker(docs, mentions, gold_topics=False)),
        ("dateline, gold topics", lambda: run_linker(docs, mentions, gold_topics=True)),
    ]
    for name, fn in runs:
        t0 = time.perf_counter()
        response = fn()
        secs = time.perf_counter() - t0
        print(line(name, conll(key, response), secs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
