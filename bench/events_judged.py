"""Are the events dateline reports true? Precision against our own judgements of its events on
real DEV pages.

    .venv/bin/python bench/events_judged.py [-v] [--data bench/data/event_judgements_dev.jsonl]

The gold files of tests/data/real list only the KEY events of a page, so an extra event is never
counted there. bench/data/event_judgements_dev.jsonl holds a judgement of every event dateline
predicted on 25 dev pages (as of the commit that added it), made by hand against the PLOVER
definitions in shared/spec/record.md:

- ``TRUE``: a real happening of that category (or a reported or hypothetical one; a wrong
  negated/hypothetical flag is noted in ``reason`` as ``flag_wrong`` but still TRUE);
- ``WRONG_CAT``: a real happening of another category (``right``);
- ``FALSE``: no event of any PLOVER category (``reason``: ``speech_verb``, ``idiom``,
  ``generic``, ``market_sense``, ``wrong_sense``, ``help_auxiliary``, ``accident``...).

Judged with the project's conventions where they settle a case: a denial of an accusation is
REJECT (as the gold files code it), signing an agreement is SUPPORT (tests/test_events.py), and a
"said X must do Y" clause is a REQUEST when it asks something of a party. One annotator, blind
to the rules at the time of judging.

Each line: page (the gold file's stem), trigger, start/end (trigger span in the article's text),
predicted, judgement, right, reason. This script re-runs dateline on those pages and matches
its events by page and trigger span:

- precision: TRUE share of the predicted events that were judged;
- unjudged: predicted events no judgement covers (a new trigger): listed apart, not counted;
- dropped: judged events dateline no longer predicts, by judgement (dropping FALSE ones is the
  aim; each dropped TRUE one is a loss to look at); a page for which dateline now finds no
  article drops every judged event on it.

``--data bench/data/event_judgements_blind.jsonl``: a second set, held out from rule choice. A
second annotator judged, blind to which code produced each, the union of the events that the code
of 2026-11-30's third round and of its start (77dbb90) predicted on the 28 dev pages the first set
does not cover (174 events; sports, science, business and entertainment pages among them), with
the same verdicts and reason tags. Nobody has chosen a rule on it: read its figure, not its misses,
or it becomes one more tuning set. The two annotators' verdicts differ in strictness (commercial
deals, visits to a place rather than to a party, a government's "help" for an industry are FALSE
for the second); the two figures are not comparable with each other, only each with itself.

Dev pages only, by design: the script refuses a page whose split is not dev.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from gold_articles import SETS, records, split_of

DATA = Path(__file__).resolve().parent / "data" / "event_judgements_dev.jsonl"


def load(path: Path) -> dict[str, dict[tuple[int, int], dict]]:  # type: ignore[type-arg]
    by_page: dict[str, dict[tuple[int, int], dict]] = {}  # type: ignore[type-arg]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            j = json.loads(line)
            by_page.setdefault(j["page"], {})[(j["start"], j["end"])] = j
    return by_page


@dataclass
class Tally:
    """Counts over the judged pages: judged events still predicted (by verdict, and the reasons of
    the non-TRUE ones), judged events no longer predicted, and predictions nobody judged."""

    kept: Counter[str] = field(default_factory=Counter)
    dropped: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    unjudged: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def tally_page(page: str, judgements: dict[tuple[int, int], dict], out: list[dict], t: Tally) -> None:  # type: ignore[type-arg]
    """Count one page's record ``out`` against its judgements. A page whose record is empty (no
    article found) predicts nothing: every judged event on it counts as dropped."""
    text = out[0]["text"] if out else ""
    seen = set()
    for e in out[0]["events"] if out else []:
        span = (e["trigger_span"]["start"], e["trigger_span"]["end"])
        j = judgements.get(span)
        if j is None:
            t.unjudged.append(f"{page} {e['type']} {text[span[0] : span[1]]!r}@{span[0]}")
            continue
        seen.add(span)
        # a changed category is judged afresh: TRUE only when it is the right one
        ok = j["right"] is not None and e["type"] == j["right"]
        verdict = "TRUE" if ok else ("FALSE" if j["judgement"] == "FALSE" else "WRONG_CAT")
        t.kept[verdict] += 1
        if verdict != "TRUE":
            t.reasons[j["reason"] or verdict] += 1
            t.notes.append(f"  kept {verdict:9s} {page} {e['type']} {j['trigger']!r}@{span[0]} ({j['reason']})")
    if not out:
        t.notes.append(f"  {page}: empty record, all its judged events dropped")
    for span, j in judgements.items():
        if span not in seen:
            t.dropped[j["judgement"]] += 1
            if j["judgement"] != "FALSE":
                t.notes.append(f"  dropped {j['judgement']} {page} {j['predicted']} {j['trigger']!r}@{span[0]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", action="store_true", help="list unjudged events, dropped TRUE ones and FALSE ones kept")
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    judged = load(args.data)
    t = Tally()
    for page in sorted(judged):
        path = SETS["real"] / f"{page}.json"
        gold = json.loads(path.read_text(encoding="utf-8"))
        if split_of(path, gold) != "dev":
            print(f"{page}: not a dev page, skipped", file=sys.stderr)
            continue
        tally_page(page, judged[page], records(gold), t)
    kept, dropped = t.kept, t.dropped
    n = sum(kept.values())
    print(f"pages {len(judged)}, judged events predicted now {n}")
    print(f"precision (TRUE share) {kept['TRUE']}/{n} = {kept['TRUE'] / n:.2f}" if n else "nothing predicted")
    print("kept by verdict: " + ", ".join(f"{k} {v}" for k, v in sorted(kept.items())))
    print("kept non-TRUE by reason: " + ", ".join(f"{k} {v}" for k, v in t.reasons.most_common()))
    print(
        "dropped (judged, no longer predicted): "
        + (", ".join(f"{k} {v}" for k, v in sorted(dropped.items())) or "none")
    )
    print(f"unjudged (new predictions, not counted) {len(t.unjudged)}")
    if args.v:
        for line in t.notes:
            print(line)
        for u in t.unjudged:
            print(f"  unjudged {u}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
