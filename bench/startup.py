"""Start-up: the wall time of ``dateline extract FILE`` on one short article, next to bare spaCy.

    .venv/bin/python bench/startup.py [--runs 15] [--file examples/wire-story.txt] [--model NAME]

Each run starts two fresh processes in turn: "bare spaCy" (``import spacy; spacy.load(model)``, the
floor any spaCy tool pays) and "dateline" (``python -m dateline.cli extract FILE``, everything a user
waits for: imports, the model, the rule tables, the article). Taking them in turn lets both see the
same load on a shared machine; the medians and the minimum of each are printed, with the ratio of
the medians (issue 9: dateline extract <= 1.5 s here).

Python compiles every module it imports from source unless a ``__pycache__`` file is there and
fresh; where ``PYTHONDONTWRITEBYTECODE`` is set it never writes one, and an editable install has
none until ``make install`` compiles them. The bench says how many of dateline's modules were
byte-compiled for the run, since that alone moves the figure by a tenth of a second or more.

``--compare SRC`` also times another checkout's ``src`` directory (the main branch, say) in the same
loop, so a change is measured against its baseline under the same load.

``--profile`` adds one ``-X importtime`` run of the dateline command and prints the slowest imports.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def wall(cmd: list[str], env: dict[str, str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def byte_compiled(package: Path) -> tuple[int, int]:
    """How many of the package's modules have an up-to-date ``__pycache__`` file, and how many there are."""
    sources = sorted(package.rglob("*.py"))
    fresh = 0
    for src in sources:
        try:
            head = Path(importlib.util.cache_from_source(str(src))).read_bytes()[:16]
        except OSError:
            continue
        st = src.stat()
        # the header Python checks: its magic number, then (timestamp-based pycs) the source's mtime and size
        fresh += (
            head[:4] == importlib.util.MAGIC_NUMBER
            and int.from_bytes(head[4:8], "little") == 0
            and int.from_bytes(head[8:12], "little") == int(st.st_mtime) & 0xFFFFFFFF
            and int.from_bytes(head[12:16], "little") == st.st_size & 0xFFFFFFFF
        )
    return fresh, len(sources)


def import_times(cmd: list[str], env: dict[str, str], top: int) -> list[tuple[int, str]]:
    """The ``top`` largest cumulative import times (microseconds) of one run of ``cmd``."""
    out = subprocess.run([cmd[0], "-X", "importtime", *cmd[1:]], env=env, check=True, capture_output=True, text=True)
    rows = []
    for line in out.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    return sorted(rows, reverse=True)[:top]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--file", type=Path, default=ROOT / "examples" / "wire-story.txt")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: dateline's settings)")
    ap.add_argument(
        "--compare",
        type=Path,
        action="append",
        default=[],
        metavar="SRC",
        help="also time dateline from this src directory (another checkout), in the same loop",
    )
    ap.add_argument("--profile", action="store_true", help="also print the slowest imports of one run")
    args = ap.parse_args(argv)  # fmt: skip

    def env_for(src: Path) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in [str(src), env.get("PYTHONPATH", "")] if p)
        return env

    env = env_for(ROOT / "src")
    if args.model is None:
        from dateline.settings import defaults

        args.model = defaults().model
    bare = [sys.executable, "-c", f"import spacy; spacy.load({args.model!r})"]
    full = [sys.executable, "-m", "dateline.cli", "extract", str(args.file), "--model", args.model]
    systems = {"bare spaCy": (bare, env), "dateline": (full, env)}
    systems |= {f"dateline {src}": (full, env_for(src.resolve())) for src in args.compare}
    for name, (cmd, e) in systems.items():
        if name != "bare spaCy":
            wall(cmd, e)  # the first run fills the cache directory and warms the OS file cache
    times: dict[str, list[float]] = {name: [] for name in systems}
    for _ in range(args.runs):
        for name, (cmd, e) in systems.items():
            times[name].append(wall(cmd, e))
    print(f"{args.file.name}, {args.runs} runs each, in turn")
    for src in [ROOT / "src", *args.compare]:
        fresh, modules = byte_compiled(src / "dateline")
        print(f"  {fresh} of {modules} modules byte-compiled in {src}")
    width = max(len(name) for name in systems)
    print(f"{'system':{width}s} {'median s':>9s} {'min s':>7s} {'/ bare spaCy':>13s}")
    floor = statistics.median(times["bare spaCy"])
    for name, ts in times.items():
        print(f"{name:{width}s} {statistics.median(ts):9.2f} {min(ts):7.2f} {statistics.median(ts) / floor:13.2f}")
    if args.profile:
        print("\nslowest imports (cumulative ms) of one dateline run:")
        for us, name in import_times(full, env, 25):
            print(f"{us / 1000:8.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
