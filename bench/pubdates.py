"""The published dates of the article-extraction-benchmark's 181 pages: htmldate's day (what
trafilatura gives) beside dateline's, and the candidates dateline weighed (dateline.read.pubdate).

    .venv/bin/python bench/pubdates.py [--changed] [--split dev|test|all] [ID-PREFIX ...]

Reads only the raw pages (../shared/datasets/article-extraction-benchmark/html) and their addresses
(ground-truth.json's ``url``), never a gold file: no published date is annotated there. For each page it
prints htmldate's day, dateline's, the page's machine values (published ones marked *), the address's
date and the stamps it prints (with their clocks); ``--changed`` lists only the pages where dateline's day
differs from htmldate's, and the last line counts them.

Split: sha1 of the page id, even -> dev, odd -> test (as ``bench/gold_articles.py --set real``); the
published-date rules are tuned on dev, so the default is dev.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from pathlib import Path

import lxml.html
import trafilatura

from dateline.read.pubdate import page_values, printed_stamps, published_day, url_day

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "datasets" / "article-extraction-benchmark"


def split_of(pid: str) -> str:
    """dev or test: the parity of the page id's sha1 (the split of bench/gold_articles.py's real set)."""
    return "dev" if int(hashlib.sha1(pid.encode()).hexdigest(), 16) % 2 == 0 else "test"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--changed", action="store_true", help="only the pages whose day dateline changes")
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev", help="which half of the pages")
    ap.add_argument("ids", nargs="*", help="page id prefixes (default: all pages)")
    args = ap.parse_args(argv)
    if not (PAGES / "html").is_dir():
        print(f"no pages at {PAGES}: skipped")
        return 0
    urls = {k: v["url"] for k, v in json.loads((PAGES / "ground-truth.json").read_text()).items()}
    changed = total = 0
    for path in sorted((PAGES / "html").glob("*.html.gz")):
        pid = path.name.split(".")[0]
        if args.split != "all" and split_of(pid) != args.split:
            continue
        if args.ids and not any(pid.startswith(i) for i in args.ids):
            continue
        total += 1
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        tree = lxml.html.fromstring(html.encode("utf-8"))
        doc = trafilatura.bare_extraction(html, url=urls.get(pid), with_metadata=True)
        meta = doc if isinstance(doc, dict) else (doc.as_dict() if doc is not None else {})
        found = meta.get("date")
        url = meta.get("url") or urls.get(pid)
        day = published_day(tree, found, url)
        new = day.isoformat() if day else None
        if new != (str(found)[:10] if found else None):
            changed += 1
        elif args.changed:
            continue
        print(f"== {pid[:12]} {urls.get(pid)}")
        print(f"   htmldate={found} dateline={new} address={url_day(url)}")
        values = page_values(tree)
        for v in values[:6]:
            mark = "*" if v.published else " "
            print(f"   {mark}value {v.day} clock={v.clock} offset={v.offset}")
        near = values[0].day if values else None
        for s in printed_stamps(tree, near or day)[:4]:
            print(f"    printed {s.day} clock={s.clock}")
    print(f"{changed} of {total} pages: dateline's published day differs from htmldate's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
