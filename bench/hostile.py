"""Hostile inputs inside one file: seconds and peak memory of `dateline extract` on each.

Each input runs in its own process (the spaCy model loads in each, as for a user), next to a
baseline in the same run: a normal article. Target: every hostile input under 30 s and 1 GB,
or refused at once with a clear line. Inputs are generated under /tmp (cached), never in the repo.

    python bench/hostile.py [--only NAME ...] [--cache /tmp/dateline-hostile]
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAD = "Talks resume in Geneva\n\nBy Staff Writer\n3 March 2026\n\n"
SENTENCE = "The minister said the talks would continue next week in the capital, officials confirmed. "


def _paragraph_1mb() -> bytes:
    return (HEAD + SENTENCE * (1_000_000 // len(SENTENCE)) + "\n").encode()


def _file_50mb() -> bytes:
    para = SENTENCE * 6 + "\n\n"
    return (HEAD + para * (50_000_000 // len(para))).encode()


def _quotes_10k() -> bytes:
    quoted = 'Officials said "the talks went well" and added "more news will follow soon" before they left. '
    return (HEAD + quoted * 2_500 + "\n").encode()  # 4 marks each: 10,000 in one paragraph


def _gzip_95mb() -> bytes:
    para = SENTENCE * 6 + "\n\n"
    return gzip.compress((HEAD + para * (95_000_000 // len(para))).encode(), compresslevel=9, mtime=0)


def _html_dates() -> bytes:
    # a published time padded with 40,000 spaces, a 2,000-deep nest of blocks holding digits and a
    # JSON-LD block nested 5,000 deep: each once cost the published-date reader seconds or the page
    story = "<p>" + SENTENCE * 12 + "</p>"
    return (
        "<html><head><title>Talks resume in Geneva</title>"
        '<meta property="article:published_time" content="2026-03-03T09:00' + " " * 40_000 + 'Z">'
        '<script type="application/ld+json">' + "[" * 5_000 + "]" * 5_000 + "</script></head>"
        "<body><article><h1>Talks resume in Geneva</h1>"
        + story * 4
        + "<div>7 " * 2_000
        + "</div>" * 2_000
        + "</article></body></html>"
    ).encode()


INPUTS = {
    "baseline (normal article)": ("wire-story.txt", lambda: (ROOT / "examples" / "wire-story.txt").read_bytes()),
    "1 MB single paragraph": ("para-1mb.txt", _paragraph_1mb),
    "50 MB single-article text": ("file-50mb.txt", _file_50mb),
    "10,000 quotation marks in one paragraph": ("quotes-10k.txt", _quotes_10k),
    "95 MB gzip (small .gz)": ("bomb-95mb.txt.gz", _gzip_95mb),
    "HTML page with hostile date markup": ("dates.html", _html_dates),
}


def _run(path: Path) -> tuple[float, float, int, str]:
    """Wall seconds, peak RSS in MB, exit status and the last stderr line of one extract run."""
    exe = [sys.executable, "-m", "dateline.cli", "extract", str(path), "--format", "jsonl"]
    t = time.perf_counter()
    p = subprocess.Popen(exe, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert p.stderr is not None
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - t
    last = (err.strip().splitlines() or [""])[-1]
    return seconds, usage.ru_maxrss / 1024, p.returncode, last  # ru_maxrss is in KiB on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="substrings of input names to run (the baseline always runs)")
    ap.add_argument("--cache", default="/tmp/dateline-hostile", help="where generated inputs are kept")
    args = ap.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    print(f"{'input':42} {'size':>9} {'seconds':>8} {'x base':>7} {'peak MB':>8} {'exit':>4}  note")
    base = None
    for name, (file, make) in INPUTS.items():
        if base is not None and args.only and not any(o in name for o in args.only):
            continue
        path = cache / file
        if not path.exists():
            path.write_bytes(make())
        seconds, peak, code, last = _run(path)
        base = base or seconds
        verdict = "ok" if seconds < 30 and peak < 1024 else "OVER"
        print(
            f"{name:42} {path.stat().st_size / 1e6:8.1f}M {seconds:8.1f} {seconds / base:7.1f} {peak:8.0f} {code:4}  "
            f"{verdict}; {last[:90]}"
        )


if __name__ == "__main__":
    main()
