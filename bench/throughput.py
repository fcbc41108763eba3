"""Throughput: dateline's full extract next to bare spaCy on the same texts, in one process.

The texts are the true bodies of the article-extraction-benchmark pages (real news of every
length). "bare spaCy" is the default pipeline run over each text's paragraphs (``nlp.pipe``, as
dateline parses them); "dateline" is ``dateline.extract`` on the same text (reading, parsing and every
dateline component). The
figure that matters is the ratio of throughputs (issue: dateline ≥ 0.8 × bare spaCy):

    .venv/bin/python bench/throughput.py [--n 60] [--data ../shared/datasets/article-extraction-benchmark]

On a shared machine the load can change between the two timed passes; ``--interleave`` times
bare spaCy and dateline on each text in turn (best of ``--runs`` each), so both see the same load.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import dateline
from dateline.extract.nlp import load
from dateline.settings import defaults

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "article-extraction-benchmark"


def texts(data: Path, n: int) -> list[str]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    bodies = [str(v.get("articleBody") or "") for _, v in sorted(truth.items())]
    # a headline line on top so the paste reader sees an article, as a user's paste would give it
    return [f"News story {i}\n\n{b}" for i, b in enumerate(bodies) if len(b.split()) >= 50][:n]


def best_of(runs: int, f) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t)
    return best


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--n", type=int, default=60, help="how many articles")
    ap.add_argument("--runs", type=int, default=2, help="best of this many runs each")
    ap.add_argument("--interleave", action="store_true", help="time both systems text by text, in turn")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    docs = texts(args.data, args.n)
    options = defaults()
    nlp = load(options.model)
    words = sum(len(t.split()) for t in docs)
    base = [n for n in nlp.pipe_names if not n.startswith("dateline_")]
    nlp(docs[0][:2000])  # warm both up: model weights, lexicons, the gazetteer
    dateline.extract(docs[0], options=options)

    def bare() -> None:
        with nlp.select_pipes(enable=base):
            for t in docs:
                list(nlp.pipe(t.split("\n\n")))

    def full() -> None:
        for t in docs:
            dateline.extract(t, options=options)

    if args.interleave:
        t_bare = t_full = 0.0
        for t in docs:
            with nlp.select_pipes(enable=base):
                t_bare += best_of(args.runs, lambda t=t: list(nlp.pipe(t.split("\n\n"))))
            t_full += best_of(args.runs, lambda t=t: dateline.extract(t, options=options))
    else:
        t_bare = best_of(args.runs, bare)
        t_full = best_of(args.runs, full)
    print(f"{len(docs)} articles, {words} words, best of {args.runs}")
    print(f"{'system':14s} {'seconds':>8s} {'words/s':>9s}")
    print(f"{'bare spaCy':14s} {t_bare:8.2f} {words / t_bare:9.0f}")
    print(f"{'dateline':14s} {t_full:8.2f} {words / t_full:9.0f}")
    print(f"throughput ratio dateline / bare spaCy: {t_bare / t_full:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
