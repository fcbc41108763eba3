"""Body-text extraction on the article-extraction-benchmark (181 news pages).

Scores dateline's HTML reader and trafilatura's plain default in the same run,
with the benchmark's own metric (token 4-gram shingles, see its README):

    .venv/bin/python bench/extraction.py [--data ../shared/datasets/article-extraction-benchmark]

The pages are split once by a fixed rule: sha1 of the file name (``<id>.html.gz``),
even -> dev, odd -> test. Rules are tuned on dev only; the test figures are held out.
``--worst N`` lists the N dev pages dateline scores worst on (what to look at next).
Time is reported as a ratio to trafilatura's, measured in the same process.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import trafilatura

from dateline.errors import InputError
from dateline.read.html import read_html
from dateline.record import Source
from dateline.settings import defaults

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "article-extraction-benchmark"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = _TOKEN.findall(text or "")
    return Counter(tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1))) if toks else Counter()


def item_scores(truth: str, pred: str) -> tuple[float | None, float | None, bool]:
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    if fp == 0 and fn == 0:
        return 1.0, 1.0, _TOKEN.findall(truth) == _TOKEN.findall(pred)
    prec = tp / (tp + fp) if tp + fp else None
    rec = tp / (tp + fn) if tp + fn else None
    return prec, rec, _TOKEN.findall(truth) == _TOKEN.findall(pred)


def summarize(rows: list[tuple[float | None, float | None, bool]]) -> dict[str, float]:
    ps = [p for p, _, _ in rows if p is not None]
    rs = [r for _, r, _ in rows if r is not None]
    prec = sum(ps) / len(ps) if ps else 0.0
    rec = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    acc = sum(1 for *_, ok in rows if ok) / len(rows) if rows else 0.0
    return {"precision": prec, "recall": rec, "f1": f1, "accuracy": acc}


def split_of(key: str) -> str:
    """dev or test, by the parity of the sha1 of the page's file name."""
    return "dev" if int(hashlib.sha1(f"{key}.html.gz".encode()).hexdigest(), 16) % 2 == 0 else "test"


def dateline_body(html: str) -> str:
    """The record's ``text``: the story without headings (they are kept apart, in ``headings``)."""
    try:
        arts = read_html(html, defaults(), Source())
    except InputError:
        return ""
    return arts[0].text if arts else ""


def dateline_body_with_headings(html: str) -> str:
    """``text`` with ``headings`` put back where they stood: what the benchmark's truth holds."""
    try:
        arts = read_html(html, defaults(), Source())
    except InputError:
        return ""
    if not arts:
        return ""
    text, out, at = arts[0].text, [], 0
    for h in arts[0].headings:
        out += [text[at : h.offset], h.text + "\n\n"]
        at = h.offset
    return "".join([*out, text[at:]])


def trafilatura_body(html: str) -> str:
    return trafilatura.extract(html) or ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=0, help="score only the first N pages")
    ap.add_argument("--json", type=Path, help="also write the scores here")
    ap.add_argument("--worst", type=int, default=0, help="list the N dev pages dateline scores worst on")
    args = ap.parse_args(argv)
    truth_file = args.data / "ground-truth.json"
    if not truth_file.exists():
        print(f"no data at {args.data}: pass --data", file=sys.stderr)
        return 2
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    ids = sorted(truth)[: args.limit or None]
    systems = {
        "dateline (text+headings)": dateline_body_with_headings,
        "dateline (text)": dateline_body,
        "trafilatura (default)": trafilatura_body,
    }
    rows: dict[str, dict[str, list[tuple[float | None, float | None, bool]]]] = {
        s: {"all": [], "dev": [], "test": []} for s in systems
    }
    seconds = dict.fromkeys(systems, 0.0)
    for key in ids:
        html = gzip.decompress((args.data / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        for name, fn in systems.items():
            t0 = time.perf_counter()
            pred = fn(html)
            seconds[name] += time.perf_counter() - t0
            score = item_scores(truth[key]["articleBody"], pred)
            rows[name]["all"].append(score)
            rows[name][split_of(key)].append(score)
    base = seconds["trafilatura (default)"] or 1.0
    n_dev = len(rows["trafilatura (default)"]["dev"])
    print(
        f"article-extraction-benchmark: {len(ids)} pages ({n_dev} dev, {len(ids) - n_dev} test, by sha1 of file name)"
    )
    print(
        f"{'system':24s} {'split':5s} {'precision':>9s} {'recall':>7s} {'F1':>6s} {'accuracy':>8s} {'time ratio':>10s}"
    )
    results: dict[str, dict[str, dict[str, float]]] = {}
    for name in systems:
        results[name] = {}
        for part in ("all", "dev", "test"):
            sc = summarize(rows[name][part])
            results[name][part] = sc
            ratio = f"{seconds[name] / base:10.2f}" if part == "all" else ""
            print(
                f"{name:24s} {part:5s} {sc['precision']:9.3f} {sc['recall']:7.3f} {sc['f1']:6.3f} {sc['accuracy']:8.3f}"
                f" {ratio}"
            )
        results[name]["all"]["time_ratio"] = seconds[name] / base
    if args.worst:
        scored = []
        for key in ids:
            if split_of(key) != "dev":
                continue
            html = gzip.decompress((args.data / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
            p, r, _ = item_scores(truth[key]["articleBody"], dateline_body_with_headings(html))
            f1 = 2 * (p or 0) * (r or 0) / ((p or 0) + (r or 0)) if (p or 0) + (r or 0) else 0.0
            scored.append((f1, key))
        print(f"worst {args.worst} dev pages (F1, id, url):")
        for f1, key in sorted(scored)[: args.worst]:
            print(f"  {f1:.3f} {key[:12]} {truth[key].get('url', '')}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
