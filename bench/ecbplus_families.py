"""Learn trigger word pairs that name one happening from the ECB+ *train* topics only.

    .venv/bin/python bench/ecbplus_families.py [--data PATH] [--cache DIR] [--min-chains N]
        [--min-precision P] [--write]

Each gold event mention of the train topics (1 3 4 6-11 13 14 16 19 20 22 24-33; never dev or
test) gets the trigger key the linker compares (``incidents.lemma_key``, as in
bench/ecbplus_events.py). For two different keys A and B, over the pairs of an A mention and a
B mention in one topic (where they could be confused), ``chains`` counts the gold chains that
hold both and ``precision`` the share of those mention pairs that are one gold chain. A pair
with at least ``--min-chains`` chains and ``--min-precision`` precision, where neither key is
already in one family with the other, is printed and with ``--write`` stored in
src/dateline/data/link_learned.yaml (read by dateline.link.incidents like the families of
link.yaml). The thresholds were chosen on the dev topics with bench/ecbplus_events.py.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from dateline.link import incidents
from ecbplus_cache import CACHE, DATA
from ecbplus_events import features, load

OUT = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "link_learned.yaml"


def learn(data: Path, cache: Path, min_chains: int, min_precision: float) -> list[tuple[str, str, int, float]]:
    # learn against the written families alone: the trigger keys must not depend on an
    # earlier run's output
    OUT.write_text("families: []\n")
    incidents._families.cache_clear()
    docs, gold = load(data, cache, "train")
    mentions, _ = features(docs, gold)
    by_topic: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for g, m in zip(gold, mentions, strict=True):
        by_topic[g["topic"]].append((m.lemma, g["coref_chain"]))
    same: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    chains: dict[tuple[str, str], set[str]] = defaultdict(set)
    for items in by_topic.values():
        for i, (ka, ca) in enumerate(items):
            for kb, cb in items[i + 1 :]:
                if ka == kb:
                    continue
                k = (ka, kb) if ka < kb else (kb, ka)
                total[k] += 1
                if ca == cb:
                    same[k] += 1
                    chains[k].add(ca)
    stop = incidents._stopwords()
    out = []
    for k, n in total.items():
        prec = same[k] / n
        if min(map(len, k)) < 3 or k[0] in stop or k[1] in stop:
            continue  # a parse that left no content word ("it") is no trigger
        if len(chains[k]) >= min_chains and prec >= min_precision and not incidents.same_family(*k):
            out.append((k[0], k[1], len(chains[k]), prec))
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--min-chains", type=int, default=2)
    ap.add_argument("--min-precision", type=float, default=0.5)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args(argv)
    pairs = learn(args.data, args.cache, args.min_chains, args.min_precision)
    for a, b, n, prec in pairs:
        print(f"{a:20} {b:20} chains {n:3}  precision {prec:.2f}")
    print(f"{len(pairs)} pairs")
    if args.write:
        lines = [
            "# Trigger pairs that name one happening, learned from the ECB+ train topics only by",
            f"# bench/ecbplus_families.py --min-chains {args.min_chains} --min-precision {args.min_precision} --write",
            "# (generated: do not edit by hand; rerun the script). A pair is kept when at least",
            f"# {args.min_chains} gold chains of the train topics hold both trigger keys and at least",
            f"# {args.min_precision:.0%} of the pairs of their mentions within one topic are one chain.",
            "# Read by dateline.link.incidents like the families of link.yaml.",
            "families:",
        ]
        for a, b, n, prec in pairs:
            lines.append(f"  - [{json.dumps(a)}, {json.dumps(b)}]  # chains {n}, precision {prec:.2f}")
        OUT.write_text("\n".join(lines) + "\n")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
