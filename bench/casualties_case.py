"""Casualty figures (count, status) on CASE 2021 Task 2 snippets, next to a word-window baseline.

    .venv/bin/python bench/casualties_case.py [--half dev|test] [--data PATH]

The snippets were split once by sha1("case:" + id): even -> dev (rules tuned there), odd ->
test. The labels are hand labels, written for this benchmark, of every casualty figure of a
violent or coercive happening: TEST_LABELS in the first 54 test snippets by id (72 figures),
DEV_LABELS in the first 110 dev snippets by id (53 figures). Disasters and accidents have none;
vague counts are at the low end of data/casualties.yaml's table; a figure said twice ("a
schoolboy ... a watchman", both wounded) is one (count, status) pair. A prediction is the set of
(count, status) over the record's events; the baseline reads a number up to three words before
a status word, or right after a status verb, in the raw text. ``--half dev`` (the default) is
for tuning; run ``--half test`` once, at the end of a change.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from dateline.extract.nlp import load, parse
from dateline.settings import defaults

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "case2021-task2"
DATA = DATA / "test_set_final_release_with_labels.tsv"

K, W, A, M = "killed", "wounded", "arrested", "missing"
TEST_LABELS: dict[int, list[tuple[int, str]]] = {
    1: [(6, K), (2, K)], 3: [], 25: [(2, W)], 40: [(4, K)], 43: [(24, K), (1, K), (25, K), (5, K)],
    49: [(3, K), (3, W)], 55: [(1, K)], 65: [], 75: [(2500, A)], 76: [(258, K), (11, K), (200, W)],
    95: [(14, W), (7, W)], 103: [(6, K), (23, W)], 106: [(9, K), (12, K)], 121: [], 125: [(7, W)], 126: [],
    131: [], 137: [(6, K)], 141: [(17, K)], 153: [(1, K), (7, W), (24, K)], 161: [],
    166: [(12, K), (2, W), (2, K), (10, K)], 173: [(6, K)], 183: [(1, K)], 194: [(34, A), (4, A)],
    200: [(8, K)], 203: [(1, K), (7, W)], 223: [(1, K), (13, W)], 231: [(9, A)], 232: [(1, W)],
    236: [(26, K), (13, K)], 240: [(15, A)], 246: [(2, K), (1, K), (1, W)], 252: [(2, K)], 253: [(10, K)],
    258: [(20, K), (1, K)], 259: [], 278: [(9, K)], 294: [(12, K)], 299: [(2, K)], 300: [], 304: [(1, A)],
    308: [(9, K)], 315: [(24, K)], 317: [], 319: [], 321: [(24, W)], 326: [(2, K), (3, W)],
    337: [(25, K), (20, W)], 338: [(4, K)], 339: [(1, A)], 342: [(40, K), (40, W)],
    349: [(6, A), (2, A), (28, A)], 365: [(6, K), (8, M)],
}  # fmt: skip
DEV_LABELS: dict[int, list[tuple[int, str]]] = {
    2: [], 5: [], 6: [], 7: [], 9: [], 12: [], 13: [(200, K)], 14: [], 15: [], 16: [(1, W), (7, W)], 17: [],
    18: [], 20: [], 21: [(6, K), (24, W)], 22: [(1, K)], 23: [(7, K), (1, K), (4, K)], 24: [], 26: [(3, W)],
    27: [], 28: [], 29: [(1, K)], 32: [(1, K)], 36: [(11, W), (6, W), (1, W)], 37: [], 38: [], 39: [], 41: [],
    44: [], 45: [(110, A)], 46: [(8, K), (100, W)], 47: [(3, W)], 51: [], 56: [], 58: [], 60: [], 64: [],
    66: [(1, K), (10, W)], 67: [], 69: [], 70: [(649, A)], 71: [], 73: [(24, W)], 74: [], 77: [], 81: [(1, K)],
    82: [], 83: [], 84: [], 85: [], 86: [], 87: [(12, K)], 88: [], 89: [], 90: [(24, K), (2, W)], 91: [],
    94: [], 96: [], 97: [], 100: [], 101: [], 104: [], 105: [], 107: [], 108: [(1, K)], 110: [], 113: [],
    116: [], 118: [(24, W)], 119: [], 122: [], 123: [(20, K), (24, W)], 124: [(2, K)], 127: [], 128: [(24, K)],
    129: [], 133: [(4, K), (1, W)], 135: [], 136: [(100, A)], 138: [], 139: [(8, W)], 140: [(8, W), (12, K)],
    143: [], 144: [(40, K), (40, W)], 145: [(4, K)], 146: [], 147: [], 148: [], 151: [], 152: [], 155: [],
    157: [], 158: [], 160: [(17, K), (24, W)], 162: [], 168: [(3, A)], 169: [(2, K), (4, W), (1, K), (3, W)],
    170: [], 172: [], 174: [], 175: [(19, K), (3, W)], 177: [], 178: [], 180: [(2, K), (16, W)], 182: [],
    185: [], 188: [], 190: [], 191: [], 192: [], 193: [],
}  # fmt: skip

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "twelve": 12, "dozens": 24, "several": 3, "scores": 40, "hundreds": 200}  # fmt: skip
_STATUS = {"killed": K, "dead": K, "died": K, "wounded": W, "injured": W, "hurt": W, "missing": M,
           "arrested": A, "detained": A}  # fmt: skip
_N = r"(\d[\d,]*|" + "|".join(_WORDS) + ")"
_S = "(" + "|".join(_STATUS) + ")"
_BEFORE = re.compile(rf"\b{_N}\s+(?:[\w-]+\s+){{0,3}}?(?:were\s+|have been\s+|are\s+)?{_S}\b", re.IGNORECASE)
_AFTER = re.compile(rf"\b(killed|wounded|injured|arrested|detained)\s+(?:at least\s+)?{_N}\b", re.IGNORECASE)


def _n(word: str) -> int:
    w = word.lower().replace(",", "")
    return int(w) if w.isdigit() else _WORDS[w]


def baseline(text: str) -> set[tuple[int, str]]:
    found = {(_n(m[1]), _STATUS[m[2].lower()]) for m in _BEFORE.finditer(text)}
    return found | {(_n(m[2]), _STATUS[m[1].lower()]) for m in _AFTER.finditer(text)}


def dateline(nlp, text: str) -> set[tuple[int, str]]:  # type: ignore[no-untyped-def]
    doc = parse(nlp, text)
    return {(c.count, c.status) for e in doc._.dl_events or [] for c in e.casualties if c.count is not None}


def score(pred: dict[int, set[tuple[int, str]]], labels: dict[int, list[tuple[int, str]]]) -> tuple[int, int, int]:
    correct = sum(len(pred[i] & set(g)) for i, g in labels.items())
    return correct, sum(len(p) for p in pred.values()), sum(len(set(g)) for g in labels.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--half", choices=("dev", "test"), default="dev")
    ap.add_argument("--show", action="store_true", help="print each snippet's misses and extras")
    args = ap.parse_args(argv)
    labels = DEV_LABELS if args.half == "dev" else TEST_LABELS
    if not args.data.is_file():
        print(f"no CASE 2021 snippets at {args.data}", file=sys.stderr)
        return 2
    with args.data.open(encoding="utf-8") as f:
        texts = {int(r["id"]): r["EventSnippet"] for r in csv.DictReader(f, delimiter="\t") if int(r["id"]) in labels}
    nlp = load(defaults().model)
    n_gold = sum(len(set(g)) for g in labels.values())
    print(f"CASE 2021 {args.half} snippets: {len(texts)}, hand-labelled figures: {n_gold}")
    print(f"{'system':10} {'correct':>8} {'predicted':>10} {'precision':>10} {'recall':>7}")
    for name, pred in (
        ("dateline", {i: dateline(nlp, t) for i, t in texts.items()}),
        ("baseline", {i: baseline(t) for i, t in texts.items()}),
    ):
        correct, predicted, gold = score(pred, labels)
        if args.show and name == "dateline":
            for i, p in pred.items():
                gold_i = set(labels[i])
                if p != gold_i:
                    print(f"  {i}: missed {sorted(gold_i - p)} extra {sorted(p - gold_i)}")
        print(f"{name:10} {correct:8} {predicted:10} {correct / max(predicted, 1):10.3f} {correct / gold:7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
