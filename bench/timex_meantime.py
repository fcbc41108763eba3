"""Date normalisation on MEANTIME (Wikinews, gold TIMEX3 values against each article's creation time).

    .venv/bin/python bench/timex_meantime.py [--split dev|test|all] [--errors]

What it measures: of the gold time expressions dateline finds (span overlap), how many get the
gold ``value``; and the same for the *relative* ones alone (a date or time whose text names no
year: weekdays, "yesterday", "last week", "next month", "in March"), which are what goes wrong
on unseen news, with weekdays counted apart. Also value recall (right value / gold).

Split once by document (``split_of`` of the file name, as ``bench/events_meantime.py``): tune on
``dev``, report ``test`` once. Baselines from the same run: dateparser's ``search_dates`` when it
is installed, and a naive rule on dateline's own spans: a bare weekday is the latest such day on
or before the creation time, whatever the tense.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from dateline.evaluate import span_overlap
from dateline.evaluate.events import in_split
from dateline.evaluate.timex import GoldTimex, PredTimex, TimeDoc, dateline_predictor, read_meantime
from dateline.extract.timexes import WEEKDAYS
from dateline.settings import defaults

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "meantime-en" / "intra_cross-doc_annotation"
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|'\d\d\b")
_WEEKDAY = re.compile(r"(?i)\b(?:" + "|".join(WEEKDAYS) + r")\b")


def kind(text: str, g: GoldTimex) -> str:
    """ "weekday", "relative" (a date or time with no year in its text), or "other"."""
    if g.type not in ("DATE", "TIME") or not g.value[:1].isdigit() or _YEAR.search(text):
        return "other"
    return "weekday" if _WEEKDAY.search(text) else "relative"


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        acc = self.right / self.found if self.found else 0.0
        rec = self.right / self.gold if self.gold else 0.0
        return f"{name:10} gold {self.gold:4}  found {self.found:4}  value acc {acc:6.3f}  value recall {rec:6.3f}"


def run(docs: list[TimeDoc], predict: Callable[[TimeDoc], list[PredTimex]]) -> dict[str, Tally]:
    out = {k: Tally() for k in ("all", "relative", "weekday")}
    for d in docs:
        pred = predict(d)
        for g in d.gold:
            text = d.text[g.start : g.end]
            k = kind(text, g)
            groups = ["all"] + (["relative", "weekday"] if k == "weekday" else ["relative"] if k == "relative" else [])
            hit = next((p for p in pred if span_overlap([(g.start, g.end)], [(p.start, p.end)])), None)
            for name in groups:
                t = out[name]
                t.gold += 1
                if hit is None:
                    if name == "relative":
                        ctx = d.text[max(0, g.start - 60) : g.end + 30].replace("\n", " ")
                        t.misses.append(f"{d.name[:24]:24} dct {d.dct} {text!r}: gold {g.value} not found | {ctx}")
                    continue
                t.found += 1
                if (hit.value or "") == g.value:
                    t.right += 1
                elif name == "all":
                    ctx = d.text[max(0, g.start - 60) : g.end + 30].replace("\n", " ")
                    t.misses.append(f"{d.name[:24]:24} dct {d.dct} {text!r}: gold {g.value} got {hit.value} | {ctx}")
    return out


def naive_weekdays(base: Callable[[TimeDoc], list[PredTimex]]) -> Callable[[TimeDoc], list[PredTimex]]:
    """dateline's spans, a bare weekday read as the latest such day on or before the creation time."""

    def predict(d: TimeDoc) -> list[PredTimex]:
        out = []
        for p in base(d):
            word = d.text[p.start : p.end].lower()
            if word in WEEKDAYS and d.dct is not None:
                back = (d.dct.weekday() - WEEKDAYS[word]) % 7
                p = PredTimex(p.start, p.end, (d.dct - timedelta(days=back)).isoformat())
            out.append(p)
        return out

    return predict


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--errors", action="store_true", help="print every wrong value (use on dev)")
    args = ap.parse_args(argv)
    files = sorted(args.data.rglob("*.xml"))
    if not files:
        print(f"no MEANTIME data at {args.data}", file=sys.stderr)
        return 2
    docs = [read_meantime(f) for f in files if in_split(f.name, args.split)]
    print(f"MEANTIME ({args.split}): {len(docs)} documents, {sum(len(d.gold) for d in docs)} gold TIMEX3")
    dateline = dateline_predictor(defaults().model)
    cache: dict[str, list[PredTimex]] = {}

    def cached(d: TimeDoc) -> list[PredTimex]:
        if d.name not in cache:
            cache[d.name] = dateline(d)
        return cache[d.name]

    systems: list[tuple[str, Callable[[TimeDoc], list[PredTimex]]]] = [
        ("dateline", cached),
        ("naive weekday (dateline spans)", naive_weekdays(cached)),
    ]
    try:
        from timex_tempeval import dateparser_predictor

        systems.append(("dateparser search_dates", dateparser_predictor()))
    except ImportError:
        print("dateparser is not installed (pip install -e '.[bench]'): baseline skipped", file=sys.stderr)
    for name, predict in systems:
        t0 = time.perf_counter()
        r = run(docs, predict)
        print(f"\n{name} ({time.perf_counter() - t0:.1f}s)")
        for k in ("all", "relative", "weekday"):
            print("  " + r[k].line(k))
        if args.errors and name == "dateline":
            for miss in r["all"].misses + r["relative"].misses:
                print("    " + miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
