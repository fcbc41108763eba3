"""Actors (PropBank Arg0) and recipients (Arg1) of dateline's events on MEANTIME, next to a
nearest-name baseline.

    .venv/bin/python bench/events_meantime.py [--data DIR] [--split dev|test|all] [--errors]

MEANTIME (Wikinews, 120 documents) marks every event mention and its PropBank participants.
dateline finds only PLOVER events; scored are those whose trigger overlaps a MEANTIME event
mention with an Arg0 (Arg1) that is a party (a person, organisation or place): the share whose
predicted actor (recipient) overlaps that filler or names its instance (an empty prediction
is a miss). Split once by document (``split_of`` of the file name): tune on ``dev``.
Baseline in the same run: the same triggers, the nearest entity mention before the trigger in
its sentence as actor and the nearest after it as recipient.

Those events are few (tens per split), so the role rules are also scored on every MEANTIME event
mention with a party Arg0 (Arg1), dateline's event or not (``mention_roles``: the rules on the
mention's head word), next to the same nearest-name baseline. PropBank's Arg1 is the one the
event is done to, or the only participant of a verb without an agent ("the chief executive will
step down"): dateline calls the latter the actor, so the Arg1 row also counts the misses whose
filler dateline gives as actor of an event MEANTIME gives no Arg0 (``theme as actor``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from dateline.evaluate.events import (
    RoleDoc,
    RolePred,
    in_split,
    mention_roles,
    nearest_name_predictor,
    read_meantime_roles,
    role_match,
    roles_predictor,
    score_mentions,
    score_roles,
)
from dateline.settings import defaults

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "meantime-en" / "intra_cross-doc_annotation"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", choices=["dev", "test", "all"], default="test")
    ap.add_argument("--errors", action="store_true", help="print every wrong role (use on dev)")
    args = ap.parse_args(argv)
    files = sorted(args.data.glob("*/*.xml")) if args.data.is_dir() else []
    if not files:
        print(f"no MEANTIME documents under {args.data}", file=sys.stderr)
        return 2
    docs = [read_meantime_roles(f) for f in files if in_split(f.name, args.split)]
    predict = roles_predictor(defaults().model)
    wrong: list[str] = []

    def recorded(d: RoleDoc) -> list[RolePred]:
        preds = predict(d)
        if args.errors:
            for p in preds:
                g = next((e for e in d.events if e.start < p.end and p.start < e.end), None)
                for role in ("Arg0", "Arg1") if g is not None else ():
                    if role in g.roles and not role_match(g.roles[role], p.roles.get(role, [])):
                        gold = [n[0] for _s, _e, n in g.roles[role]]
                        got = [n for _s, _e, n in p.roles.get(role, [])]
                        sent = d.text.rfind("\n\n", 0, p.start) + 2
                        end = d.text.find("\n\n", p.end)
                        line = d.text[sent : end if end > 0 else None]
                        wrong.append(f"[{role}] {p.type} '{d.text[p.start : p.end]}' gold {gold} got {got} | {line}")
        return preds

    t0 = time.perf_counter()
    dl = score_roles(docs, recorded)
    secs = time.perf_counter() - t0
    base = score_roles(docs, nearest_name_predictor(defaults().model))
    print(f"MEANTIME ({args.split}): {dl['docs']} documents, {dl['events']} dateline events, {dl['annotated']} on a")
    print("MEANTIME event mention")
    print(f"{'role':22} {'n':>4} {'dateline':>9} {'nearest name':>13} {'dateline empty':>15}")
    for role, key in (("actor (Arg0)", "actor"), ("recipient (Arg1)", "recipient")):
        print(
            f"{role:22} {dl[key + '_n']:4} {dl[key + '_accuracy']:9.3f} {base[key + '_accuracy']:13.3f}"
            f" {dl[key + '_empty']:15.3f}"
        )
    print(f"time: {secs:.1f} s")
    for w in wrong:
        print(w)
    mentions = mention_roles(defaults().model)
    triples = [t for d in docs for t in ((d, *x) for x in mentions(d))]
    mine = score_mentions([(g, p) for _d, g, p, _b in triples])
    near = score_mentions([(g, b) for _d, g, _p, b in triples])
    theme = sum(
        1
        for _d, g, p, _b in triples
        if "Arg1" in g.roles
        and "Arg0" not in g.roles
        and not role_match(g.roles["Arg1"], p.roles["Arg1"])
        and role_match(g.roles["Arg1"], p.roles["Arg0"])
    )
    print(f"\nevery MEANTIME event mention with a party role ({len(triples)} mentions)")
    print(f"{'role':22} {'n':>4} {'dateline':>9} {'nearest name':>13} {'dateline empty':>15}")
    for role, key in (("actor (Arg0)", "actor"), ("recipient (Arg1)", "recipient")):
        print(
            f"{role:22} {mine[key + '_n']:4} {mine[key + '_accuracy']:9.3f} {near[key + '_accuracy']:13.3f}"
            f" {mine[key + '_empty']:15.3f}"
        )
    print(f"Arg1 misses that are dateline's actor of an event with no Arg0 (theme as actor): {theme}")
    for d, g, p, _b in triples if args.errors else ():
        for role in ("Arg0", "Arg1"):
            if role in g.roles and not role_match(g.roles[role], p.roles.get(role, [])):
                gold = [n[0] for _s, _e, n in g.roles[role]]
                got = [n for _s, _e, n in p.roles.get(role, [])][:3]
                sent = d.text.rfind("\n\n", 0, g.start) + 2
                end = d.text.find("\n\n", g.end)
                line = d.text[sent : end if end > 0 else None]
                print(f"[{role}] {p.type or '-'} '{d.text[g.start : g.end]}' gold {gold} got {got} | {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
