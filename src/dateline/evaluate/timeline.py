"""The SemEval-2015 Task 4 (TimeLine) score: temporal awareness over timeline relations.

A timeline is a list of rows ``(position, date, mentions)``; the mentions of one row are
coreferent mentions of one event (ids such as ``"1173-4-deal"``: document, sentence, word). As
the task describes its scorer (Minard et al. 2015, after UzZaman & Allen 2011, the TempEval-3
temporal awareness), a timeline becomes a graph of TimeML-style relations and the graphs are
compared. The relations a timeline states are:

- SIMULTANEOUS between the mentions of a row (coreference) and between the mentions of rows
  that share a position (same time);
- BEFORE from every mention of position ``p`` to every mention of the next position present
  (position 0 holds the events the timeline could not order: they get no order relation);
- IN from every mention of a row with a date to that date (``2008``, ``2008-03``,
  ``2008-03-01``; ``2013-XX-XX`` is read as ``2013``; ``XXXX-XX-XX`` is no date).

The closure ``G+`` adds what follows: SIMULTANEOUS is an equivalence, BEFORE is transitive and
carries over SIMULTANEOUS, and a mention SIMULTANEOUS with an anchored one shares its anchor.
Then, as in TempEval-3,

    precision = |Sys & Ref+| / |Sys|,   recall = |Ref & Sys+| / |Ref|

and the task's figure is micro-averaged: the counts of all target entities are summed before
the division. Sys and Ref are the stated relations above, not a minimal ("reduced") graph: a
minimal graph keeps one of several equivalent relations, and which one it keeps (which mention
of a row stands for the row) would decide the score. The official scorer is not distributed
with the data, so figures from this module are close to, not identical with, the task's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

BEFORE = "BEFORE"
SIMULTANEOUS = "SIMULTANEOUS"
IN = "IN"  # a mention and the date it is anchored in
UNKNOWN_DATE = "XXXX-XX-XX"

Relation = tuple[str, str, str]  # (source, relation, target); SIMULTANEOUS with source < target


@dataclass(frozen=True)
class Row:
    position: int
    date: str
    mentions: tuple[str, ...]


@dataclass(frozen=True)
class Counts:
    """The four counts of temporal awareness, summed over timelines for micro averages."""

    sys_correct: int = 0  # |Sys & Ref+|
    sys_total: int = 0  # |Sys|
    ref_found: int = 0  # |Ref & Sys+|
    ref_total: int = 0  # |Ref|

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.sys_correct + other.sys_correct,
            self.sys_total + other.sys_total,
            self.ref_found + other.ref_found,
            self.ref_total + other.ref_total,
        )

    @property
    def precision(self) -> float:
        return self.sys_correct / self.sys_total if self.sys_total else 0.0

    @property
    def recall(self) -> float:
        return self.ref_found / self.ref_total if self.ref_total else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def parse(text: str) -> tuple[str, list[Row]]:
    """A timeline file of the task: the entity's name on the first line, then one row a line,
    ``position<TAB>date<TAB>mention<TAB>mention...``."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        return "", []
    rows = []
    for ln in lines[1:]:
        cells = ln.strip().split("\t")
        if len(cells) < 3:
            raise ValueError(f"not a timeline row: {ln!r}")
        rows.append(Row(int(cells[0]), cells[1], tuple(cells[2:])))
    return lines[0].strip(), rows


def read(path: Path) -> tuple[str, list[Row]]:
    return parse(path.read_text(encoding="utf-8"))


def write(entity: str, rows: Iterable[Row]) -> str:
    """The task's file format for ``rows`` (the inverse of ``parse``)."""
    out = [entity]
    out += ["\t".join([str(r.position), r.date, *r.mentions]) for r in rows]
    return "\n".join(out) + "\n"


def _date(date: str) -> str | None:
    """``2013-XX-XX`` -> ``2013``, ``2010-06-XX`` -> ``2010-06``, ``XXXX-XX-XX`` -> None."""
    parts = date.strip().upper().split("-")
    while parts and parts[-1].strip("X") == "":
        parts.pop()
    return "-".join(parts) or None


class _Graph:
    """A timeline's relations as classes of SIMULTANEOUS mentions, their order and anchors."""

    def __init__(self, rows: Sequence[Row]) -> None:
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            parent.setdefault(x, x)
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        by_position: dict[int, list[str]] = defaultdict(list)
        for r in rows:
            for m in r.mentions:
                find(m)
                union(r.mentions[0], m)
            if r.position > 0:
                by_position[r.position] += r.mentions
        for ms in by_position.values():
            for m in ms:
                union(ms[0], m)
        members: dict[str, list[str]] = defaultdict(list)
        for m in parent:
            members[find(m)].append(m)
        self.members = {root: sorted(ms) for root, ms in members.items()}
        self.cls = {m: find(m) for m in parent}
        # class order: consecutive positions present, then its transitive closure
        positions = sorted(by_position)
        after: dict[str, set[str]] = defaultdict(set)
        for p, q in pairwise(positions):
            a, b = self.cls[by_position[p][0]], self.cls[by_position[q][0]]
            if a != b:
                after[a].add(b)
        self.later = _closure(after)
        self.anchors: dict[str, set[str]] = defaultdict(set)
        self.stated_anchors: list[Relation] = []
        for r in rows:
            d = _date(r.date)
            if d is not None:
                for m in r.mentions:
                    self.anchors[self.cls[m]].add(d)
                    self.stated_anchors.append((m, IN, d))

    def holds(self, rel: Relation) -> bool:
        """Whether ``rel`` is in the closure of this graph."""
        a, kind, b = rel
        ca = self.cls.get(a)
        if ca is None:
            return False
        if kind == IN:
            return b in self.anchors.get(ca, ())
        cb = self.cls.get(b)
        if cb is None:
            return False
        if kind == SIMULTANEOUS:
            return ca == cb
        return cb in self.later.get(ca, ())

    def stated(self) -> list[Relation]:
        out: set[Relation] = set(self.stated_anchors)
        for ms in self.members.values():
            out.update((x, SIMULTANEOUS, y) for k, x in enumerate(ms) for y in ms[k + 1 :])
        for a, later in self.later.items():
            for b in later:
                # a neighbour: no class lies between a and b
                if not any(b in self.later.get(c, ()) for c in later if c != b):
                    out.update((x, BEFORE, y) for x in self.members[a] for y in self.members[b])
        return sorted(out)


def _closure(after: dict[str, set[str]]) -> dict[str, set[str]]:
    later: dict[str, set[str]] = {}

    def visit(a: str, seen: frozenset[str]) -> set[str]:
        if a in later:
            return later[a]
        out: set[str] = set()
        for b in after.get(a, ()):
            if b in seen:  # a cycle cannot come from positions; guard anyway
                continue
            out.add(b)
            out |= visit(b, seen | {b})
        later[a] = out
        return out

    for a in list(after):
        visit(a, frozenset({a}))
    return later


def relations(rows: Sequence[Row]) -> list[Relation]:
    """The relations a timeline states (for inspection and tests)."""
    return _Graph(rows).stated()


def score(reference: Sequence[Row], system: Sequence[Row]) -> Counts:
    """Temporal awareness counts of ``system`` against ``reference`` for one target entity."""
    ref, sys = _Graph(reference), _Graph(system)
    ref_stated, sys_stated = ref.stated(), sys.stated()
    return Counts(
        sys_correct=sum(ref.holds(r) for r in sys_stated),
        sys_total=len(sys_stated),
        ref_found=sum(sys.holds(r) for r in ref_stated),
        ref_total=len(ref_stated),
    )


def micro(pairs: Iterable[tuple[Sequence[Row], Sequence[Row]]]) -> Counts:
    """Counts summed over (reference, system) timelines: the task's micro average."""
    total = Counts()
    for ref, sys in pairs:
        total = total + score(ref, sys)
    return total
