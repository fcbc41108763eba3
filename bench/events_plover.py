"""Event categories on the PLOVER gold standard records, with the majority class as the baseline.

    .venv/bin/python bench/events_plover.py [--data PATH]

322 sentences (CAMEO manual examples) coded with PLOVER draft categories, mapped to
PLOVER 2.0 (see ``dateline.evaluate.events``). There is no held-out split: these
sentences were seen while the trigger lexicon was written, so read the numbers as
development figures.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from dateline.evaluate.events import dateline_predictor, majority_predictor, read_gsr, score
from dateline.settings import defaults

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"no PLOVER records at {args.data}", file=sys.stderr)
        return 2
    items = read_gsr(args.data)
    t0 = time.perf_counter()
    dl = score(items, dateline_predictor(defaults().model))
    secs = time.perf_counter() - t0
    base = score(items, majority_predictor(items))
    print(f"PLOVER GSR: {dl['sentences']} sentences")
    print(f"{'category':12} {'n':>4} {'dateline':>9} {'majority':>9}")
    for cat, r in dl["per_category"].items():
        print(f"{cat:12} {r['n']:4} {r['accuracy']:9.3f} {base['per_category'][cat]['accuracy']:9.3f}")
    print(f"{'overall':12} {dl['sentences']:4} {dl['category_accuracy']:9.3f} {base['category_accuracy']:9.3f}")
    print(f"actor match {dl['actor_match']:.3f}, recipient match {dl['recipient_match']:.3f} (on right categories)")
    print("most confused: " + "; ".join(dl["top_confusions"]))
    print(f"time: {secs:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
