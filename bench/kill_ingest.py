"""kill -9 in the middle of an ingest, at scale: nothing committed is lost, nothing is half stored.

    .venv/bin/python bench/kill_ingest.py [--files 150] [--kills 20] [--seed 20261130] [--keep DIR]

Writes ``--files`` short articles (three kinds of wire story, each with its own names, places,
numbers and dates, so every file is a distinct article), then runs ``dateline ingest`` on the
folder and SIGKILLs it at a random moment, ``--kills`` times: the first kill at any moment from
the start (loading the model, creating the file), the others once the run has stored a random
number of articles more than the last one did (spread so that the kills cover about 80% of the
files), at a random moment within the next article. After each kill the SQLite file must pass
``PRAGMA integrity_check`` and ``foreign_key_check``, the FTS indexes their own integrity
checks, and every stored article must have exactly the entity, quote, event, claim and time
rows its stored record JSON lists (tests/test_ingest.py's ``_check_consistent``); the number of
stored articles may never go down. Finally one run to the end must store the rest, each article
exactly once. Prints one line per kill and the totals; exits 1 if any check failed.
"""

from __future__ import annotations

import argparse
import random
import signal
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.test_ingest import _check_consistent, _ingest, _stored  # the test's own checks

FIRST = ["Maria", "Tomas", "Amina", "Kenji", "Lucia", "Piotr", "Farah", "Diego", "Ingrid", "Samuel", "Noor", "Elena"]
LAST = ["Lindqvist", "Herrera", "Odhiambo", "Sato", "Ferreira", "Nowak", "Haddad", "Okafor", "Berg", "Mensah"]
TOWNS = ["Harwick", "Lowmoor", "Castlebay", "Redfield", "Ostrava", "Mendoza", "Tampere", "Kisumu", "Arequipa", "Tromso"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def article(i: int) -> str:
    """Wire story number ``i``: one of three kinds, its details drawn from ``i`` (all distinct)."""
    r = random.Random(i)
    town, other = r.sample(TOWNS, 2)
    person = f"{r.choice(FIRST)} {r.choice(LAST)}"
    month, day = MONTHS[i % len(MONTHS)], 1 + i % 28
    n = 3 + (i * 7) % 41
    kind = i % 3
    if kind == 0:
        return (
            f"Council in {town} approves repair plan number {i}\n\n"
            f"{town.upper()}, {month} {day} (Dateline Wire) - The town council of {town} voted on Tuesday to approve "
            f"repair plan number {i}, after {n} people were injured when a footbridge collapsed last month.\n\n"
            f'"We owe the families of {town} a safe crossing," mayor {person} told reporters after the vote, '
            f"adding that work would begin within {10 + i % 30} days.\n\n"
            "Opposition councillors said the plan was rushed and accused the mayor of ignoring engineers' warnings. "
            f"{person} denied the accusation.\n"
        )
    if kind == 1:
        return (
            f"Fire destroys warehouse {i} on the edge of {town}\n\n"
            f"{town.upper()}, {month} {day} (Dateline Wire) - A fire destroyed warehouse number {i} on the road to "
            f"{other} overnight, and {n} firefighters fought the blaze for {2 + i % 9} hours, "
            "the fire service said.\n\n"
            f'"The roof came down minutes after our crews got out," fire chief {person} said on Wednesday. '
            "Nobody was hurt, he said.\n\n"
            f"Police said they had arrested a {18 + i % 50}-year-old man on suspicion of arson.\n"
        )
    return (
        f"Court in {town} fines haulier {i} for unsafe lorries\n\n"
        f"{town.upper()}, {month} {day} (Dateline Wire) - A court in {town} fined a haulage company "
        f"{n * 1000} euros on Monday after inspectors found {n} lorries with worn brakes in case {i}.\n\n"
        f'"These trucks were a danger to everyone on the road to {other}," judge {person} said in the ruling.\n\n'
        "The company's lawyer said it would appeal and that the lorries had since been repaired.\n"
    )


def check(db: Path) -> tuple[int, str | None]:
    """(articles stored, None) or (0, what failed)."""
    if not db.exists():
        return 0, None
    try:
        return _check_consistent(str(db)), None
    except (AssertionError, sqlite3.Error) as e:
        return 0, f"{type(e).__name__}: {e}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=150)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--keep", type=Path, help="write the articles and database here (default: a temporary folder)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        folder = root / "articles"
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(args.files):
            (folder / f"story-{i:03d}.txt").write_text(article(i), encoding="utf-8")
        db = root / "kill.db"
        db.unlink(missing_ok=True)
        stored, problems = 0, 0
        print(f"{args.files} files; kill -9 {args.kills} times (seed {args.seed})")
        for k in range(args.kills):
            proc = _ingest(folder, db)
            started = time.monotonic()
            if k == 0:
                time.sleep(rng.uniform(0.2, 3.0))
            else:
                # a random number of articles more, spread so that the kills reach about 80% of
                # the files (the rerun has the rest to do), then a random moment inside the next one
                step = max(1, (int(0.8 * args.files) - stored) // (args.kills - k))
                target = stored + rng.randint(1, step)
                deadline = time.monotonic() + 300
                while _stored(db) < target and proc.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.02)
                time.sleep(rng.uniform(0.0, 0.08))  # about one article's time
            finished = proc.poll() is not None
            proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=120)
            now, error = check(db)
            ok = error is None and now >= stored
            problems += not ok
            what = "finished before the kill" if finished else f"killed after {time.monotonic() - started:.1f} s"
            verdict = "ok" if ok else f"FAILED {error or 'fewer articles than before'}"
            print(f"  kill {k + 1:2d}: {what:24s} {now:4d} articles stored  {verdict}")
            stored = max(stored, now)
        final = _ingest(folder, db)
        _, err = final.communicate(timeout=1800)
        summary = err.strip().splitlines()[-1] if err.strip() else ""
        now, error = check(db)
        con = sqlite3.connect(db)
        try:
            ids = [r[0] for r in con.execute("select id from articles")]
        finally:
            con.close()
        once = len(ids) == len(set(ids)) == args.files
        ok = final.returncode == 0 and error is None and once
        problems += not ok
        print(f"  rerun: exit {final.returncode}; {summary}")
        print(f"  rerun: {len(ids)} articles, {len(set(ids))} distinct, {args.files} files: {'ok' if ok else 'FAILED'}")
        print(f"{args.kills} kills, {problems} failed checks")
        return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
