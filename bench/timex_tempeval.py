"""Time expressions on TempEval-3 (and MEANTIME), with dateparser's ``search_dates`` as the baseline.

    .venv/bin/python bench/timex_tempeval.py [--set platinum|timebank|aquaint|meantime|all]... [--data PATH]

``platinum`` is the official test set (use it once); TimeBank and AQUAINT (TBAQ)
are for development; ``all`` runs the four, development sets first. Both systems
anchor on each document's creation time. Scores as in ``dateline.evaluate.timex``:
strict and relaxed span F1, type and value accuracy on matches, and value F1
(HeidelTime reports about 0.78 on the platinum test set).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

from dateline.evaluate.timex import PredTimex, TimeDoc, dateline_predictor, read_doc, score, tml_files
from dateline.settings import defaults

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "tempeval3"
SETS = {
    "platinum": "te3-platinum",
    "timebank": "TBAQ-cleaned/TimeBank",
    "aquaint": "TBAQ-cleaned/AQUAINT",
    "meantime": "../meantime-en/intra_cross-doc_annotation",  # MEANTIME (Wikinews, CAT XML), open licence
}


def dateparser_predictor():  # type: ignore[no-untyped-def]
    from dateparser.search import search_dates

    def predict(d: TimeDoc) -> list[PredTimex]:
        base = datetime(d.dct.year, d.dct.month, d.dct.day) if d.dct else None
        settings = {"RELATIVE_BASE": base} if base else {}
        found = search_dates(d.text, languages=["en"], settings=settings) or []
        out, pos = [], 0
        for text, when in found:
            at = d.text.find(text, pos)
            if at < 0:
                continue
            pos = at + len(text)
            out.append(PredTimex(at, at + len(text), when.date().isoformat()))
        return out

    return predict


def row(name: str, r: dict, secs: float) -> str:  # type: ignore[type-arg]
    s, x, v = r["strict"], r["relaxed"], r["value"]
    return (
        f"{name:22} {s['f1']:6.3f} {x['precision']:6.3f} {x['recall']:6.3f} {x['f1']:6.3f} {r['type_accuracy']:6.3f}"
        f" {r['value_accuracy']:6.3f} {v['f1']:6.3f} {x['predicted']:6} {x['gold']:6} {secs:7.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--set", dest="sets", action="append", choices=[*SETS, "all"], help="repeatable; default timebank")
    args = ap.parse_args(argv)
    names = args.sets or ["timebank"]
    if "all" in names:
        names = ["timebank", "aquaint", "meantime", "platinum"]
    try:
        baseline = dateparser_predictor()
    except ImportError:
        print("dateparser is not installed (pip install -e '.[bench]'): baseline skipped", file=sys.stderr)
        baseline = None
    dateline = dateline_predictor(defaults().model)
    for name in names:
        folder = args.data / SETS[name]
        if not folder.is_dir():
            print(f"no TempEval-3 data at {folder}", file=sys.stderr)
            return 2
        docs = [read_doc(p) for p in tml_files([folder])]
        print(f"\n{name}: {len(docs)} documents, {sum(len(d.gold) for d in docs)} gold TIMEX3")
        print(f"{'':22} {'strict':>6} {'relaxed span':>20} {'type':>6} {'value':>6} {'value':>6}")
        heads = ["F1", "P", "R", "F1", "acc", "acc", "F1", "pred", "gold"]
        print(f"{'':22} " + " ".join(f"{h:>6}" for h in heads) + f" {'secs':>7}")
        t0 = time.perf_counter()
        r = score(docs, dateline)
        print(row("dateline", r, time.perf_counter() - t0))
        by_type = ", ".join(f"{k} {v:.3f}" for k, v in r["value_recall_by_type"].items())
        print(f"{'':22} value recall by type: {by_type}")
        if baseline is not None:
            t0 = time.perf_counter()
            r = score(docs, baseline)
            print(row("dateparser search_dates", r, time.perf_counter() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
