"""Named entities on GUM news and MEANTIME (Wikinews), with bare spaCy NER from the same run as the baseline.

    .venv/bin/python bench/entities_gum.py [--set gum|meantime] [--split dev|test|all] [--data PATH] [--misses N]

Gold: GUM's entity layer (see the dataset's README). A gold *named* mention is one
whose minimal span ends in a proper noun, or carries a Wikipedia identity and
holds a proper noun (GUM links only names with a Wikipedia page);
its type maps person -> PER, organization -> ORG, place -> LOC, the rest -> MISC.
dateline's entity mentions map PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC,
NORP/EVENT/OTHER -> MISC; the baseline is ``doc.ents`` of the very Doc dateline's
layer read (the model's NER before dateline's corrections).

A predicted mention matches a gold one of the same type when it lies inside the
gold mention and covers the last word of the gold mention's minimal span (GUM
mentions are whole noun phrases, and English names end in their head: "Charles
Bolden" matches "NASA Administrator Charles Bolden"). Matching is one-to-one. P/R/F1 per type and micro over PER/ORG/LOC
(MISC is printed apart: the two schemes disagree most there).

MEANTIME (--set meantime, 120 documents): gold are the ENTITY_MENTIONs with
syntactic_type NAM or PRE.NAM, typed through REFERS_TO by their ENTITY's ent_type
(PER, ORG, LOC; PRO/FIN/MIX -> MISC); the text is its tokens joined by spaces,
sentences as paragraphs; the head is the mention's last token. MEANTIME annotates
only the first sentences of each article: predictions after its last annotation
are not scored.

Split: sha1 of the document id, even -> dev, odd -> test; rules were tuned on dev.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dateline.extract.nlp import load, parse
from dateline.settings import defaults

DATASETS = Path(__file__).resolve().parents[2] / "shared" / "datasets"
DEFAULT_DATA = DATASETS / "gum-news"
MEANTIME = DATASETS / "meantime-en"
GOLD_TYPE = {"person": "PER", "organization": "ORG", "place": "LOC"}
PRED_TYPE = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
SCORED = ("PER", "ORG", "LOC")


@dataclass
class Mention:
    start: int
    end: int
    type: str
    head_start: int  # the last word of the minimal span
    head_end: int


@dataclass
class Document:
    name: str
    text: str
    created: date | None
    gold: list[Mention]
    annotated_to: int | None = None  # predictions after this offset are not scored (MEANTIME: first sentences)


def split_of(name: str) -> str:
    return "dev" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "test"


def read(path: Path) -> Document:
    """The document's text (paragraphs as blank lines) and its named gold mentions."""
    text_parts: list[str] = []
    pos = 0
    created = None
    gold: list[Mention] = []
    open_: dict[str, list[tuple[int, str, list[int], str]]] = {}  # id -> stack of (token idx, type, minspan, identity)
    tokens: list[tuple[int, int, str]] = []  # (start, end, upos) for the whole document
    new_par = False
    space_after = False

    def close(eid: str, tok: int) -> None:
        first, etype, minspan, identity = open_[eid].pop()
        span = tokens[first : tok + 1]
        mins = [span[i - 1] for i in minspan if 0 < i <= len(span)] or span
        named = mins[-1][2] == "PROPN" or (identity not in ("", "_") and any(m[2] == "PROPN" for m in mins))
        if named:
            gold.append(Mention(span[0][0], span[-1][1], GOLD_TYPE.get(etype, "MISC"), mins[-1][0], mins[-1][1]))

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# meta::dateCreated"):
            try:
                created = date.fromisoformat(line.split("=", 1)[1].strip())
            except ValueError:
                created = None
        if line.startswith("# newpar") and not line.startswith("# newpar_"):
            new_par = True
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not cols[0].isdigit():
            continue  # multiword token ranges and empty nodes
        sep = ""
        if tokens:
            sep = "\n\n" if new_par else (" " if space_after else "")
        new_par = False
        text_parts.append(sep + cols[1])
        pos += len(sep)
        tokens.append((pos, pos + len(cols[1]), cols[3]))
        pos += len(cols[1])
        misc = cols[9].split("|")
        space_after = "SpaceAfter=No" not in misc
        ent = next((m[len("Entity=") :] for m in misc if m.startswith("Entity=")), "")
        tok = len(tokens) - 1
        # "(3-organization-new-...-identity" opens, "3)" closes, "(4-...)" is a one-token mention
        for piece in re.findall(r"\([^()]*\)?|\d+\)", ent):
            if not piece.startswith("("):
                close(piece[:-1], tok)
                continue
            closes = piece.endswith(")")
            fields = piece.strip("()").split("-")
            eid, etype = fields[0], fields[1]
            minspan = [int(x) for x in fields[5].split(",") if x.isdigit()] if len(fields) > 5 else []
            identity = "-".join(fields[7:]) if len(fields) > 7 else ""
            open_.setdefault(eid, []).append((tok, etype, minspan, identity))
            if closes:
                close(eid, tok)
    return Document(path.stem, "".join(text_parts), created, gold)


def read_meantime(path: Path) -> Document:
    """A MEANTIME CAT XML document: its text and its named gold mentions."""
    root = ET.parse(path).getroot()
    spans: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    pos, sentence = 0, None
    for tok in root.iter("token"):
        sep = "" if sentence is None else ("\n\n" if tok.get("sentence") != sentence else " ")
        sentence = tok.get("sentence")
        word = tok.text or ""
        parts.append(sep + word)
        pos += len(sep)
        spans[tok.get("t_id", "")] = (pos, pos + len(word))
        pos += len(word)
    markables = root.find("Markables")
    entity_type = {e.get("m_id"): e.get("ent_type", "") for e in root.iter("ENTITY")}
    refers = {}
    for r in root.iter("REFERS_TO"):
        tgt = r.find("target")
        for src in r.findall("source") if tgt is not None else []:
            refers[src.get("m_id")] = entity_type.get(tgt.get("m_id") if tgt is not None else "", "")
    gold = []
    for m in markables.iter("ENTITY_MENTION") if markables is not None else []:
        if m.get("syntactic_type") not in ("NAM", "PRE.NAM"):
            continue
        toks = [spans[a.get("t_id", "")] for a in m.iter("token_anchor") if a.get("t_id") in spans]
        if not toks:
            continue
        etype = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}.get(refers.get(m.get("m_id"), ""), "MISC")
        gold.append(Mention(toks[0][0], toks[-1][1], etype, toks[-1][0], toks[-1][1]))
    created = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            with contextlib.suppress(ValueError):
                created = date.fromisoformat((t.get("value") or "")[:10])
    anchored = [spans[a.get("t_id", "")][1] for a in root.iter("token_anchor") if a.get("t_id") in spans]
    return Document(root.get("doc_id") or path.stem, "".join(parts), created, gold, max(anchored, default=0))


def match(
    gold: list[Mention], pred: list[tuple[int, int, str]]
) -> tuple[Counter[str], Counter[str], Counter[str], list]:
    """(true positives, gold counts, predicted counts) per type, and the misses."""
    tp: Counter[str] = Counter()
    ng = Counter(g.type for g in gold)
    np_ = Counter(t for _s, _e, t in pred)
    used: set[int] = set()
    misses = []
    for g in sorted(gold, key=lambda m: m.end - m.start):
        hit = next(
            (
                i
                for i, (s, e, t) in enumerate(pred)
                if i not in used
                and t == g.type
                and g.start <= s
                and e <= g.end
                and s <= g.head_start
                and g.head_end <= e
            ),
            None,
        )
        if hit is None:
            misses.append(g)
        else:
            used.add(hit)
            tp[g.type] += 1
    return tp, ng, np_, misses


def prf(tp: int, ng: int, np_: int) -> str:
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", dest="dataset", choices=["gum", "meantime"], default="gum")
    ap.add_argument("--split", choices=["dev", "test", "all"], default="test")
    ap.add_argument("--data", type=Path, help="the data set's folder (default: ../shared/datasets/...)")
    ap.add_argument("--misses", type=int, default=0, help="print this many of dateline's misses per type")
    args = ap.parse_args()
    if args.dataset == "gum":
        data = args.data or DEFAULT_DATA
        paths = sorted((data / "dep").glob("GUM_news_*.conllu"))
        reader = read
    else:
        data = args.data or MEANTIME
        paths = sorted(data.glob("intra_cross-doc_annotation/corpus_*/*.xml"))
        reader = read_meantime
    if not paths:
        print(f"no {args.dataset} documents under {data}", file=sys.stderr)
        return 2
    docs = [d for d in map(reader, paths) if args.split == "all" or split_of(d.name) == args.split]
    nlp = load(defaults().model)
    totals = {k: (Counter(), Counter(), Counter()) for k in ("dateline", "spacy")}
    all_misses = []
    for d in docs:
        doc = parse(nlp, d.text, dl_anchor=(d.created, "published"), dl_dateline=None)
        spacy_pred = [(e.start_char, e.end_char, PRED_TYPE.get(e.label_, "MISC")) for e in doc.ents]
        ours = sorted(
            {(m.start, m.end, PRED_TYPE.get(e.type, "MISC")) for e in doc._.dl_entities or [] for m in e.mentions}
        )
        if d.annotated_to is not None:
            spacy_pred = [p for p in spacy_pred if p[1] <= d.annotated_to]
            ours = [p for p in ours if p[1] <= d.annotated_to]
        for key, pred in (("dateline", ours), ("spacy", spacy_pred)):
            tp, ng, np_, misses = match(d.gold, pred)
            for acc, c in zip(totals[key], (tp, ng, np_), strict=True):
                acc.update(c)
            if key == "dateline":
                all_misses += [(d, m) for m in misses]
    n_gold = sum(len(d.gold) for d in docs)
    print(f"{args.dataset}, split {args.split}: {len(docs)} documents, {n_gold} named gold mentions")
    for key in ("spacy", "dateline"):
        tp, ng, np_ = totals[key]
        label = "bare spaCy NER (baseline)" if key == "spacy" else "dateline entities"
        print(f"{label}")
        for t in (*SCORED, "MISC"):
            print(f"  {t:5} {prf(tp[t], ng[t], np_[t])}  (gold {ng[t]}, predicted {np_[t]})")
        micro = [sum(c[t] for t in SCORED) for c in (tp, ng, np_)]
        print(f"  micro PER/ORG/LOC {prf(*micro)}")
    if args.misses:
        by_type: dict[str, list[str]] = {}
        for d, m in all_misses:
            by_type.setdefault(m.type, []).append(f"{d.name}: {d.text[m.start : m.end]!r}")
        for t, rows in by_type.items():
            print(f"missed {t}:")
            for r in rows[: args.misses]:
                print("   ", r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
