"""Event categories and actors on the PLOVER gold standard records, next to the majority class.

    .venv/bin/python bench/events_plover.py [--data PATH] [--split dev|test|all] [--errors]

322 sentences (CAMEO manual examples) coded with PLOVER draft categories, mapped to
PLOVER 2.0 (see ``dateline.evaluate.events``). Split once by the sha1 of the record id
(``split_of``): rules are tuned on ``dev``; ``test`` is the held-out figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from dateline.evaluate.events import (
    GoldEvent,
    PredEvent,
    dateline_predictor,
    majority_predictor,
    matches,
    read_gsr,
    score,
)
from dateline.settings import defaults

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", choices=["dev", "test", "all"], default="test")
    ap.add_argument("--errors", action="store_true", help="print every wrong sentence (use on dev)")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"no PLOVER records at {args.data}", file=sys.stderr)
        return 2
    items = read_gsr(args.data, args.split)
    predict = dateline_predictor(defaults().model)
    wrong: list[str] = []

    def recorded(g: GoldEvent) -> PredEvent:
        p = predict(g)
        if args.errors:
            ok = p.category == g.category
            tag = "CAT" if not ok else ""
            if ok and g.sources and not matches(g.sources, p.actors):
                tag += " ACT"
            if ok and g.targets and not matches(g.targets, p.recipients):
                tag += " REC"
            if tag:
                wrong.append(
                    f"[{tag.strip()}] gold {g.category} {g.sources}->{g.targets} ({g.event_text}) | "
                    f"got {p.category} {p.actors}->{p.recipients} | {g.text}"
                )
        return p

    t0 = time.perf_counter()
    dl = score(items, recorded)
    secs = time.perf_counter() - t0
    base = score(items, majority_predictor(items))
    print(f"PLOVER GSR ({args.split}): {dl['sentences']} sentences")
    print(f"{'category':12} {'n':>4} {'dateline':>9} {'majority':>9}")
    for cat, r in dl["per_category"].items():
        print(f"{cat:12} {r['n']:4} {r['accuracy']:9.3f} {base['per_category'][cat]['accuracy']:9.3f}")
    print(f"{'overall':12} {dl['sentences']:4} {dl['category_accuracy']:9.3f} {base['category_accuracy']:9.3f}")
    print(f"actor match {dl['actor_match']:.3f}, recipient match {dl['recipient_match']:.3f} (on right categories;")
    print(f"  majority baseline names no actors: {base['actor_match']:.3f} / {base['recipient_match']:.3f})")
    print("most confused: " + "; ".join(dl["top_confusions"]))
    print(f"time: {secs:.1f} s")
    for w in wrong:
        print(w)
    return 0


if __name__ == "__main__":
    sys.exit(main())
