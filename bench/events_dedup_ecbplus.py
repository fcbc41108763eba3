"""One happening, one event, within a document: dateline's violent events on ECB+ documents.

    .venv/bin/python bench/events_dedup_ecbplus.py [--data DIR] [--split dev|test]

ECB+ marks every event mention of a document with its coreference chain (one chain is one
happening). Each violent dateline event (ASSAULT, COERCE) is anchored to the gold event mention
its trigger overlaps (events with no such mention are left out) and read as the chain of that
mention. Reported, summed over the split's documents (sentences joined as paragraphs under a
neutral headline and date, the URL line of ``*ecbplus`` documents left out):

- split: events beyond the first anchored to one chain (one happening told as several events);
- retold recall: of the other sentences where an anchored chain is mentioned, the share that
  its events' ``mentions`` hold;
- retold precision: of the sentences an event adds to its ``mentions`` (beyond its own) that have
  gold event mentions, the share that mention the event's chain.

The split is the standard one (dev topics 2, 5, 12, 18, 21, 23, 34, 35; test 36-45): tune on dev.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from dateline.errors import NotNews
from dateline.extract import extract_article
from dateline.read import read_bytes
from dateline.settings import defaults

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "ecbplus"
VIOLENT = ("ASSAULT", "COERCE")
# the documents come without a headline or a date: a neutral one, so that the reader takes the
# sentences as an article's body
HEAD = "News report\n\nBy Staff Writer\n1 January 2013\n\n"


_NO_SPACE_BEFORE = {".", ",", ":", ";", "?", "!", ")", "'s", "n't", "''", "'", "%"}
_NO_SPACE_AFTER = {"(", "``", "$"}


def detokenize(sentence: str) -> tuple[str, list[int]]:
    """The sentence as prose ("DeGeneres ." -> "DeGeneres."), with each token's first character."""
    out, starts = "", []
    prev = ""
    for tok in sentence.split(" "):
        if out and tok not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER:
            out += " "
        starts.append(len(out))
        out += tok
        prev = tok
    return out, starts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--show", action="store_true", help="print each added sentence without the event's chain")
    args = ap.parse_args(argv)
    if not (args.data / "documents.jsonl").is_file():
        print(f"no ECB+ at {args.data}", file=sys.stderr)
        return 2
    docs = [json.loads(line) for line in (args.data / "documents.jsonl").open(encoding="utf-8")]
    docs = [d for d in docs if d["split"] == args.split]
    gold: dict[str, list[dict]] = defaultdict(list)
    for line in (args.data / "mentions.jsonl").open(encoding="utf-8"):
        m = json.loads(line)
        if m["is_event"] and m["split"] == args.split:
            gold[m["doc_id"]].append(m)
    opts = defaults()
    skipped = anchored = split = recall_hit = recall_all = added = added_right = 0
    for d in docs:
        first = 1 if d["doc_id"].endswith("ecbplus") else 0
        prose = [detokenize(x) for x in d["sentences"]]
        sents = [t for t, _ in prose[first:]]
        try:
            raws = read_bytes("doc.txt", (HEAD + "\n\n".join(sents)).encode(), opts)
        except NotNews:
            skipped += 1  # a few documents are one line, or no prose
            continue
        art = extract_article(raws[0], opts)
        text = art.text
        # each gold sentence's place in the article's text, and each gold mention's characters
        spans: dict[int, tuple[int, int]] = {}
        at = 0
        for k, s in enumerate(sents):
            pos = text.find(s, at)
            if pos >= 0:
                spans[k + first] = (pos, pos + len(s))
                at = pos + len(s)
        chars: list[tuple[int, int, str, int]] = []  # start, end, chain, sentence
        by_sent: dict[int, set[str]] = defaultdict(set)
        for m in gold[d["doc_id"]]:
            if m["sentence"] not in spans:
                continue
            s0 = spans[m["sentence"]][0]
            toks = d["sentences"][m["sentence"]].split(" ")
            offs = prose[m["sentence"]][1]
            a, b = min(m["token_numbers"]), max(m["token_numbers"])
            if b >= len(toks):
                continue
            chars.append((s0 + offs[a], s0 + offs[b] + len(toks[b]), m["coref_chain"], m["sentence"]))
            by_sent[m["sentence"]].add(m["coref_chain"])

        def sentence_at(c: int, spans: dict[int, tuple[int, int]] = spans) -> int | None:
            return next((k for k, (a, b) in spans.items() if a <= c < b), None)

        chains: dict[str, list[set[int]]] = defaultdict(list)
        for e in art.events:
            if e.type not in VIOLENT or e.trigger_span is None:
                continue
            ts = e.trigger_span
            hit = next((c for c in chars if c[0] < ts.end and ts.start < c[1]), None)
            if hit is None:
                continue
            anchored += 1
            own = sentence_at(ts.start)
            told = {sentence_at(m.start) for m in e.mentions} - {None, own}
            chains[hit[2]].append({k for k in told if k is not None} | ({own} if own is not None else set()))
            for k in told:
                if k is not None and by_sent.get(k):
                    added += 1
                    added_right += hit[2] in by_sent[k]
                    if args.show and hit[2] not in by_sent[k]:
                        print(f"{d['doc_id']} {e.trigger!r} in {sents[own - first] if own is not None else ''!r}")
                        print(f"    added {sents[k - first]!r}")
        for chain, evs in chains.items():
            split += len(evs) - 1
            where = {c[3] for c in chars if c[2] == chain}
            firsts = {min(s) for s in evs if s}
            others = where - firsts
            recall_all += len(others)
            recall_hit += len(others & set().union(*evs))
    print(
        f"ECB+ {args.split}: {len(docs)} documents ({skipped} not read as news), "
        f"{anchored} violent events anchored to a gold mention"
    )
    print(f"split (events beyond one a happening): {split}")
    print(f"retold recall: {recall_hit}/{recall_all} = {recall_hit / max(recall_all, 1):.3f}")
    print(f"retold precision: {added_right}/{added} = {added_right / max(added, 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
