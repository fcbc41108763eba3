"""Event categories on CASE 2021 Task 2 snippets mapped to PLOVER, next to the majority class.

    .venv/bin/python bench/events_case2021.py [--data PATH] [--split dev|test|all] [--map SUBTYPE=CAT[,CAT]]...

1,019 news-like snippets labelled with ACLED subtypes, mapped to PLOVER 2.0 as the data's
README proposes (``dateline.evaluate.events.CASE_MAP``; disasters, crime and attributions map
to no event). Split once by the sha1 of the snippet id (``split_of``): rules are tuned on
``dev``; ``test`` is the held-out figure. Score: weighted F1 over the mapped categories. A
snippet's label is its record's first real event, except that a protest met by coercion without
violence is ACLED's "protest with intervention", a protest (``main_category``).
``--map`` scores under another mapping of a subtype (the first category is the one a miss counts
against), reported as such: e.g. ``--map DIPLO=SANCTION,CONSULT``, since most DIPLO snippets of
the dev half are expulsions and sanctions, which PLOVER codes SANCTION, not CONSULT.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from dateline.evaluate.events import case_majority, case_predictor, read_case, score_case
from dateline.settings import defaults

DATA = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "datasets"
    / "case2021-task2"
    / "test_set_final_release_with_labels.tsv"
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", choices=["dev", "test", "all"], default="test")
    ap.add_argument("--errors", action="store_true", help="print every wrong snippet (use on dev)")
    ap.add_argument("--map", action="append", default=[], metavar="SUBTYPE=CAT[,CAT]", help="another mapping")
    args = ap.parse_args(argv)
    overrides: dict[str, tuple[str, ...]] = {}
    for m in args.map:
        sub, _, cats = m.partition("=")
        overrides[sub.strip()] = tuple(c.strip().upper() for c in cats.split(",") if c.strip())
    if not args.data.is_file():
        print(f"no CASE 2021 snippets at {args.data}", file=sys.stderr)
        return 2
    items = read_case(args.data, args.split, overrides)
    predict = case_predictor(defaults().model)
    wrong: list[str] = []

    def recorded(s):  # type: ignore[no-untyped-def]
        p = predict(s)
        if args.errors and (p not in s.gold if s.gold else p is not None):
            wrong.append(f"[{s.subtype} -> {p}] {s.text[:300]}")
        return p

    t0 = time.perf_counter()
    dl = score_case(items, recorded)
    secs = time.perf_counter() - t0
    base = score_case(items, case_majority(items))
    mapped = "" if not overrides else " (mapping changed: " + "; ".join(args.map) + ")"
    print(f"CASE 2021 Task 2 ({args.split}): {dl['snippets']} snippets{mapped}")
    print(f"{'category':10} {'n':>4} {'P':>6} {'R':>6} {'F1':>6} {'majority F1':>12}")
    for cat, r in dl["per_category"].items():
        b = base["per_category"][cat]["f1"]
        print(f"{cat:10} {r['n']:4} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {b:12.3f}")
    print(f"weighted F1 {dl['weighted_f1']:.3f} (majority {base['weighted_f1']:.3f})")
    print(f"accuracy, no-event snippets included: {dl['accuracy_with_none']:.3f}")
    print("most confused: " + "; ".join(dl["top_confusions"]))
    print(f"time: {secs:.1f} s")
    for w in wrong:
        print(w)
    return 0


if __name__ == "__main__":
    sys.exit(main())
