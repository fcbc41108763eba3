"""Cross-document person coreference on ECB+ (HUMAN_PART_PER chains): B³ of dateline's entity linking.

    .venv/bin/python bench/ecbplus_people.py [--split dev|test] [--sample 30] [--seed 0]

dateline reads every document of the split (its records cached by bench/ecbplus_docs.py), and
all of them are linked together, with no gold topics: the split is one meta-document.
Each gold HUMAN_PART_PER mention is mapped to the dateline entity with a mention overlapping
it most (any type); the response puts two gold mentions in one cluster when their entities are
one canonical entity. A gold mention no entity covers (a pronoun, "the actress") is a singleton
of the response, for every system alike. Systems, in the same run and on the same mapping:

- ``per article``: no linking across documents (each article's entities as extracted);
- ``same exact name``: entities of the same type and exactly the same name are one (the former baseline);
- ``dateline``: ``dateline.link.entities.link``.

B³ is over the gold person mentions of the split in the sentences ECB+ annotated for coreference
(``ECBplus_coreference_sentences.csv``, the standard protocol: elsewhere a person's mentions are
singletons, not coreference judgements; ``--all-sentences`` scores them all); ``mapped`` B³ is
over those some entity covers (what linking can change). Merges the gold calls wrong (no chain in
common) are printed too: read them, ECB+ leaves many mentions of one person unlinked.
``--sample N`` prints N merges across documents (pairs of entities of two documents that
dateline made one, PERSON only) drawn at random, with their gold chains where known, for a
wrongful-merge count by reading.
Split: ECB+'s standard topics (dev 2,5,12,18,21,23,34,35; test 36-45); tuned on dev.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ecbplus_docs as E
from dateline.evaluate.clusters import b_cubed
from dateline.link import Corrections, Ref, entities
from dateline.record import Article


def gold_person_mentions(
    docs: dict[str, E.Doc], split: str, everywhere: bool = False
) -> list[tuple[str, str, int, int, str]]:
    """(mention id, chain, start, end, text) of each gold person mention with a span in the built text,
    in the sentences ECB+ annotated for coreference (all sentences with ``everywhere``)."""
    out = []
    for doc_id, ms in E.mentions({split}).items():
        doc = docs.get(doc_id)
        if doc is None:
            continue
        for m in ms:
            if m["tag"] != "HUMAN_PART_PER" or not (everywhere or m["in_selected_sentence"]):
                continue
            spans = [doc.tokens.get((m["sentence"], t)) for t in m["token_numbers"]]
            if not spans or any(s is None for s in spans):
                continue  # in the URL line, left out of the text
            start, end = spans[0][0], spans[-1][1]  # type: ignore[index]
            out.append((f"{doc_id}/{m['m_id']}", m["coref_chain"], start, end, m["text"]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "test"], default="test")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--all-sentences",
        action="store_true",
        help="score the person mentions of every sentence, not only those ECB+ annotated for coreference",
    )
    args = ap.parse_args()
    if not (E.DATA / "documents.jsonl").exists():
        print(f"no ECB+ data under {E.DATA}", file=sys.stderr)
        return 2
    docs = {d.doc_id: d for d in E.documents({args.split})}
    articles: list[Article] = []
    shifts: dict[str, list] = {}
    art_of: dict[str, str] = {}
    failed = 0
    for doc_id, d in sorted(docs.items()):
        data = E.load(d)
        if data["article"] is None:
            failed += 1
            continue
        a = Article.model_validate(data["article"])
        a = a.model_copy(update={"id": doc_id})  # ids must be unique: two ECB+ documents can hold the same text
        articles.append(a)
        shifts[doc_id] = data["shifts"]
        art_of[a.id] = doc_id
    gold = gold_person_mentions(docs, args.split, args.all_sentences)
    # gold mention -> the ref of the entity that covers it most
    spans: dict[str, list[tuple[int, int, Ref]]] = defaultdict(list)
    for a in articles:
        for e in a.entities:
            for m in e.mentions:
                built = E.to_built(shifts[a.id], m.start, m.end)
                if built:
                    spans[a.id].append((*built, Ref(a.id, e.id)))
    ref_of: dict[str, Ref] = {}
    for mid, _chain, start, end, _text in gold:
        doc_id = mid.split("/")[0]
        best, best_ov = None, 0
        for s, e, ref in spans.get(doc_id, []):
            ov = min(e, end) - max(s, start)
            if ov > best_ov:
                best, best_ov = ref, ov
        if best is not None:
            ref_of[mid] = best
    key_chains: dict[str, set[str]] = defaultdict(set)
    for mid, chain, *_ in gold:
        key_chains[chain].add(mid)
    key = list(key_chains.values())
    mapped = set(ref_of)
    key_mapped = [c & mapped for c in key if c & mapped]

    names = {Ref(a.id, e.id): (e.type, e.name) for a in articles for e in a.entities}
    linked = entities.link(articles, Corrections())
    canon = {r: c.id for c in linked for r in c.members}
    systems = {
        "per article": lambda r: f"{r.article_id}/{r.item_id}",
        "same exact name": lambda r: repr(names[r]),
        "dateline": lambda r: canon[r],
    }
    print(
        f"ECB+ {args.split}: {len(docs)} documents ({failed} failed to extract), "
        f"{len(gold)} gold person mentions in {len(key)} chains, {len(mapped)} covered by a dateline entity"
    )
    for label, cluster_of in systems.items():
        groups: dict[str, set[str]] = defaultdict(set)
        for mid, ref in ref_of.items():
            groups[cluster_of(ref)].add(mid)
        response = list(groups.values())
        p, r, f = b_cubed(key, response)
        mp, mr, mf = b_cubed(key_mapped, response)
        print(f"  {label:16} B3 P {p:.3f} R {r:.3f} F1 {f:.3f}   mapped B3 P {mp:.3f} R {mr:.3f} F1 {mf:.3f}")

    # merges across documents, with the gold chains of the mentions they cover
    chains_of: dict[Ref, set[str]] = defaultdict(set)
    chain_of = {mid: chain for mid, chain, *_ in gold}
    for mid, ref in ref_of.items():
        chains_of[ref].add(chain_of[mid])
    merges = []
    for c in linked:
        if c.type != "PERSON":
            continue
        members = c.members
        for i, x in enumerate(members):
            for y in members[i + 1 :]:
                if x.article_id != y.article_id:
                    merges.append((c, x, y))
    scored = [(x, y) for _c, x, y in merges if chains_of[x] and chains_of[y]]
    wrong = [(x, y) for x, y in scored if not (chains_of[x] & chains_of[y])]
    print(
        f"  dateline PERSON merges across documents: {len(merges)} pairs; "
        f"{len(scored)} with gold chains on both sides, {len(wrong)} of them with no gold chain in common"
    )
    for x, y in wrong[: args.sample]:
        gx, gy = sorted(chains_of[x]), sorted(chains_of[y])
        print(f"    gold says two: {x.article_id} {names[x][1]!r} {gx} + {y.article_id} {names[y][1]!r} {gy}")
    if args.sample:
        rng = random.Random(args.seed)
        for c, x, y in rng.sample(merges, min(args.sample, len(merges))):
            nx, ny = names[x][1], names[y][1]
            gx, gy = sorted(chains_of[x]), sorted(chains_of[y])
            print(f"    {c.name!r}: {x.article_id} {nx!r} + {y.article_id} {ny!r}   gold {gx} / {gy}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
