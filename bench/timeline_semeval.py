"""dateline's entity timelines on SemEval-2015 Task 4 (TimeLine), scored with the task's metric.

    PYTHONPATH=src:bench .venv/bin/python bench/timeline_semeval.py [--data PATH] [--cache DIR] [--out DIR]

Input is the Track A setting (raw text): each corpus's documents (read by bench/semeval_cache.py
from the CAT tokens and the creation time only) and its list of target entity names. For each
corpus, dateline extracts every document and links them (``dateline.link.link``); a target's
timeline is ``dateline.link.timelines.entity_timeline``: the events whose actors or recipients
are the target's canonical entity (optionally also events whose sentence names it, and the
target's quotes as statements), one row per incident, ordered by date. A row's mentions are the
tokens of its events' triggers (a quote's: its speech verb), written ``doc-sentence-word`` as the
task does.

Baseline, same run: every dateline event or quote whose sentence contains the target's name
(plain string match: no entity linking, speaker attribution, event dates or incidents), one row
per item, dated by its document's creation date.

Scores are temporal awareness F1 with closure, micro-averaged over targets
(``dateline.evaluate.timeline``). Choices (``sentence``, whether events of one date share a
position) are made on the trial corpus (Apple, 6 targets); the test corpora (1-3, 39 targets) are
scored once with the choice made.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from dateline.evaluate.timeline import UNKNOWN_DATE, Counts, Row, micro, read, write
from dateline.link import link
from dateline.link.model import Ref
from dateline.link.timelines import Entry, entity_timeline
from dateline.record import Article
from dateline.report import sentence
from semeval_cache import CACHE, DATA, cached, documents


@dataclass
class Doc:
    doc_id: str
    article: Article
    starts: list[int]  # token start offsets, in text order
    ids: list[str]  # the task's id of each token: doc-sentence-word


@dataclass
class Corpus:
    name: str
    docs: list[Doc]
    gold: dict[str, list[Row]]  # target name -> gold rows


def load_doc(data: dict[str, Any]) -> Doc:
    starts: list[int] = []
    ids: list[str] = []
    for num, row, toks in zip(data["sentence_numbers"], data["token_spans"], data["tokens"], strict=True):
        for (s, _), tok in zip(row, toks, strict=True):
            starts.append(s)
            ids.append(f"{data['doc_id']}-{num}-{tok}")
    return Doc(data["doc_id"], Article.model_validate(data["article"]), starts, ids)


def token_id(doc: Doc, offset: int) -> str:
    i = max(bisect_right(doc.starts, offset) - 1, 0)
    return doc.ids[i]


def corpora(data: Path, cache: Path) -> dict[str, list[Corpus]]:
    cache.mkdir(parents=True, exist_ok=True)
    trial_gold = {tl[0]: tl[1] for tl in map(read, sorted((data / "TimeLines_trial_data_task4_v1.2").glob("*.txt")))}
    trial = Corpus("trial", [load_doc(cached(p, cache)) for p in documents(data, "trial")], trial_gold)
    tests = []
    for cdir in sorted((data / "SemEval_Task4_data").glob("corpus_*")):
        gold = {}
        # the targets are the corpus's list (the task's input); a gold file is named after its target
        # (its first line may differ: "United States Air Froce"); s_and_p_500.txt repeats s&p_500.txt
        for name in (cdir / f"list_target_entities_{cdir.name}.txt").read_text(encoding="utf-8").splitlines():
            if name.strip():
                gold[name.strip()] = read(
                    cdir / "TimeLines_Gold_Standard" / f"{name.strip().lower().replace(' ', '_')}.txt"
                )[1]
        docs = [load_doc(cached(p, cache)) for p in sorted((cdir / "corpus_trackA_CAT").glob("*.xml"))]
        tests.append(Corpus(cdir.name, docs, gold))
    return {"trial": [trial], "test": tests}


def rows_of(entries: Sequence[Entry], docs: dict[str, Doc], *, same_date_same_position: bool) -> list[Row]:
    """The task's rows: dated entries in order from position 1, undated ones at position 0."""
    out: list[Row] = []
    pos = 0
    last: str | None = None
    for e in entries:
        mentions: list[str] = []
        for ref in e.events:
            doc = docs[ref.article_id]
            ev = next((x for x in doc.article.events if x.id == ref.item_id), None)
            if ev is not None:
                spans = [ev.trigger_span or ev.evidence, *ev.mentions]
                mentions += [token_id(doc, s.start) for s in spans]
                continue
            qt = next(x for x in doc.article.quotes if x.id == ref.item_id)
            if qt.cue_span is not None:  # the speech verb is the event ("said"); a quote without one has none
                mentions.append(token_id(doc, qt.cue_span.start))
        if not mentions:
            continue
        if e.date is None:
            out.append(Row(0, UNKNOWN_DATE, tuple(dict.fromkeys(mentions))))
            continue
        if not (same_date_same_position and e.date == last):
            pos += 1
        last = e.date
        out.append(Row(pos, e.date, tuple(dict.fromkeys(mentions))))
    return out


@dataclass(frozen=True)
class Choice:
    sentence: bool  # events whose sentence names the target, besides those it acts in or undergoes
    same_date_same_position: bool  # events of one date simultaneous, else in text order
    published: bool  # events with no date of their own dated by their article's date, else unordered
    quotes: bool  # the target's quotes as statements ("said")

    def __str__(self) -> str:
        return (
            f"sentence={self.sentence:d} same-date-tie={self.same_date_same_position:d}"
            f" published={self.published:d} quotes={self.quotes:d}"
        )


CHOICES = [
    Choice(s, t, p, q) for s in (False, True) for t in (True, False) for p in (True, False) for q in (False, True)
]


def system(corpus: Corpus, choice: Choice) -> dict[str, list[Row]]:
    arts = [d.article for d in corpus.docs]
    links = link(arts)
    docs = {d.article.id: d for d in corpus.docs}
    return {
        name: rows_of(
            entity_timeline(
                arts, links, name, sentence=choice.sentence, published=choice.published, quotes=choice.quotes
            ),
            docs,
            same_date_same_position=choice.same_date_same_position,
        )
        for name in corpus.gold
    }


def baseline(corpus: Corpus) -> dict[str, list[Row]]:
    """Events and speech verbs whose sentence contains the target's name, each its own row, by
    document date: dateline's inventory of happenings without its entities, dates or links."""
    out: dict[str, list[Row]] = {}
    docs = {d.article.id: d for d in corpus.docs}
    for name in corpus.gold:
        pat = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
        entries = []
        for d in corpus.docs:
            art = d.article
            day = art.published.value[:10] if art.published else None
            for ev in art.events:
                if pat.search(art.text[ev.evidence.start : ev.evidence.end]):
                    entries.append(Entry(day, [Ref(art.id, ev.id)]))
            for qt in art.quotes:
                if qt.cue_span and pat.search(sentence(art.text, qt.cue_span.start, qt.cue_span.end)):
                    entries.append(Entry(day, [Ref(art.id, qt.id)]))
        entries.sort(key=lambda e: (e.date is None, e.date or ""))
        out[name] = rows_of(entries, docs, same_date_same_position=True)
    return out


def evaluate(cs: Sequence[Corpus], make: Callable[[Corpus], dict[str, list[Row]]]) -> tuple[Counts, float, float]:
    pairs = []
    found = gold_n = sys_n = 0
    for c in cs:
        timelines = make(c)
        for name, ref in c.gold.items():
            sys = timelines.get(name, [])
            pairs.append((ref, sys))
            g = {m for r in ref for m in r.mentions}
            s = {m for r in sys for m in r.mentions}
            found += len(g & s)
            gold_n += len(g)
            sys_n += len(s)
    return micro(pairs), found / sys_n if sys_n else 0.0, found / gold_n if gold_n else 0.0


def line(label: str, c: Counts, mp: float, mr: float) -> str:
    return (
        f"{label:<44} F1 {100 * c.f1:5.2f}  P {100 * c.precision:5.2f}  R {100 * c.recall:5.2f}"
        f"  (rel {c.sys_correct}/{c.sys_total}, {c.ref_found}/{c.ref_total};"
        f" mentions P {100 * mp:4.1f} R {100 * mr:4.1f})"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--cache", type=Path, default=CACHE)
    ap.add_argument("--out", type=Path, default=None, help="write the test timelines here, one file a target")
    args = ap.parse_args(argv)
    if not (args.data / "SemEval_Task4_data").is_dir():
        print(f"no SemEval-2015 Task 4 data at {args.data}", file=sys.stderr)
        return 2
    splits = corpora(args.data, args.cache)
    gold_self = evaluate(splits["test"], lambda c: c.gold)[0]
    print(f"gold against itself (test): F1 {100 * gold_self.f1:.2f}")
    print("trial (Apple, 6 targets): choices")
    best: tuple[float, Choice] | None = None
    for choice in CHOICES:
        res = evaluate(splits["trial"], partial(system, choice=choice))
        print(line(f"  dateline {choice}", *res))
        if best is None or res[0].f1 > best[0]:
            best = (res[0].f1, choice)
    assert best is not None
    choice = best[1]
    print(line("  baseline (name in sentence, doc date)", *evaluate(splits["trial"], baseline)))
    n_targets = sum(len(c.gold) for c in splits["test"])
    print(f"test (corpus 1-3, {n_targets} distinct targets), choice from trial: {choice}")

    def chosen(c: Corpus) -> dict[str, list[Row]]:
        return system(c, choice)

    print(line("  dateline", *evaluate(splits["test"], chosen)))
    print(line("  baseline (name in sentence, doc date)", *evaluate(splits["test"], baseline)))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for c in splits["test"]:
            for i, (name, rows) in enumerate(chosen(c).items()):
                (args.out / f"{c.name}-{i:02d}.txt").write_text(write(name, rows), encoding="utf-8")
    print(json.dumps({"published_best_track_a_f1": 7.85}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
