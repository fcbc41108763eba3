"""Story grouping on ECB+'s seminal events (doc_subtopics.tsv): pairwise F1 and adjusted Rand index.

    .venv/bin/python bench/ecbplus_stories.py [--split dev|test|train|all] [--threshold T ...]

Each ECB+ topic holds two seminal events (``<topic>_ecb`` and ``<topic>_ecbplus``): two
stories that share vocabulary by design (two earthquakes, two rehab check-ins), so grouping
by topic is not grouping by story. dateline reads every document of the split (records
cached by bench/ecbplus_docs.py); all of them are linked together with ``dateline.link.link``,
no gold topics given. Baselines from the same run: one story per topic (the gold topics
as stories) and one story per document.

Near-duplicates are checked on the way: the pairs ``link.duplicates`` groups, how many join
documents of two different seminal events (wrong by construction) and how many of the
split's same-event document pairs (most are different write-ups) it groups.

``--threshold`` (repeatable) re-runs the stories with other cut-offs, for tuning on dev.
Split: ECB+'s standard topics (dev 2,5,12,18,21,23,34,35; test 36-45); tuned on dev.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ecbplus_docs as E
from dateline import rules
from dateline.evaluate.clusters import adjusted_rand, pairwise
from dateline.link import link, stories
from dateline.record import Article


def row(label: str, key: list[set[str]], response: list[set[str]]) -> str:
    p, r, f = pairwise(key, response)
    ari = adjusted_rand(key, response)
    return f"  {label:28} pairwise P {p:.3f} R {r:.3f} F1 {f:.3f}   ARI {ari:.3f}   ({len(response)} stories)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "train", "all"], default="test")
    ap.add_argument("--threshold", type=float, action="append", default=[])
    args = ap.parse_args()
    if not (E.DATA / "documents.jsonl").exists():
        print(f"no ECB+ data under {E.DATA}", file=sys.stderr)
        return 2
    splits = {"dev", "test", "train"} if args.split == "all" else {args.split}
    docs = {d.doc_id: d for d in E.documents(splits)}
    articles: list[Article] = []
    for doc_id, d in sorted(docs.items()):
        data = E.load(d)
        if data["article"] is None:  # extraction failed: the text alone, with nothing found in it
            a = Article(id=doc_id, source={}, text=d.text)
        else:
            a = Article.model_validate(data["article"]).model_copy(update={"id": doc_id})
        articles.append(a)
    by_sub: dict[str, set[str]] = defaultdict(set)
    by_topic: dict[int, set[str]] = defaultdict(set)
    for d in docs.values():
        by_sub[d.subtopic].add(d.doc_id)
        by_topic[d.topic].add(d.doc_id)
    key = list(by_sub.values())
    dated = sum(a.published is not None for a in articles)
    print(
        f"ECB+ {args.split}: {len(docs)} documents ({dated} with a published date), "
        f"{len(key)} seminal events in {len(by_topic)} topics"
    )
    links = link(articles)
    sub_of = {d.doc_id: d.subtopic for d in docs.values()}
    dup_pairs = [p for g in links.duplicates for p in combinations(sorted(g.article_ids), 2)]
    cross = sum(sub_of[x] != sub_of[y] for x, y in dup_pairs)
    same_event_pairs = sum(len(c) * (len(c) - 1) // 2 for c in key)
    print(
        f"  near-duplicates: {len(links.duplicates)} groups, {len(dup_pairs)} pairs; {cross} join two seminal events; "
        f"{len(dup_pairs) - cross} of the {same_event_pairs} same-event document pairs grouped"
    )
    print(row("one story per topic", key, list(by_topic.values())))
    print(row("one story per document", key, [{d} for d in docs]))
    print(row("dateline", key, [set(s.article_ids) for s in links.stories]))
    cfg = rules.load_yaml("link.yaml")["stories"]
    for t in args.threshold:
        with mock.patch.object(stories, "_settings", lambda t=t: {**cfg, "threshold": t}):
            response = [
                set(s.article_ids) for s in stories.group(articles, links.entities, links.incidents, links.duplicates)
            ]
        print(row(f"dateline, threshold {t}", key, response))
    return 0


if __name__ == "__main__":
    sys.exit(main())
