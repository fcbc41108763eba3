"""Events on pages that are not political or conflict news: the negatives of the event gate.

    .venv/bin/python bench/events_offtopic.py [-v]

The pages of ../shared/datasets/article-extraction-benchmark/html that tests/data/real does not
annotate (81 pages: product pages, recipes, reviews, blogs, sport, tech, several not in
English). Almost none of them reports a PLOVER event, so the figure is events per page: lower is
better, and a rise means triggers read in a wrong sense. ``-v`` lists each page's events.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "datasets" / "article-extraction-benchmark" / "html"
REAL = ROOT / "tests" / "data" / "real"


def pages() -> list[Path]:
    annotated = set()
    for f in REAL.glob("*.json"):
        annotated.add(Path(json.loads(f.read_text(encoding="utf-8"))["input"]).name)
    return sorted(p for p in PAGES.glob("*.html.gz") if p.name not in annotated)


def main(argv: list[str] | None = None) -> int:
    from dateline.pipeline import run
    from dateline.record import Article
    from dateline.settings import defaults

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", action="store_true", help="list each page's events")
    args = ap.parse_args(argv)
    todo = pages()
    total, with_events = 0, 0
    for p in todo:
        n = 0
        for a in run([str(p)], defaults()):
            if not isinstance(a, Article):
                continue
            n += len(a.events)
            if args.v:
                for e in a.events:
                    s = a.text[e.evidence.start : e.evidence.end].replace("\n", " ")
                    print(f"{p.name[:12]} {e.type:10} {e.trigger!r:20} {s[:150]}")
        total += n
        with_events += n > 0
    per_page = total / max(1, len(todo))
    print(f"pages {len(todo)}  events {total}  per page {per_page:.2f}  pages with events {with_events}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
