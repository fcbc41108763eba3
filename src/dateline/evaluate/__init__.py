"""Scoring dateline against gold data: span matching and precision/recall/F1.

Matching is by overlap: a prediction counts as correct when it overlaps some gold
item (precision), and a gold item counts as found when some prediction overlaps it
(recall). ``exact`` scores require the same span after trimming punctuation and
quotation marks. Per-item checks (speaker, cue) are made on the best-overlapping
prediction for each found gold item.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

G = TypeVar("G")
P = TypeVar("P")


@dataclass
class PRF:
    """Precision, recall and F1 from counts; ``found`` gold items out of ``gold``."""

    correct: int = 0  # predictions that match some gold item
    predicted: int = 0
    found: int = 0  # gold items some prediction matches
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.correct += other.correct
        self.predicted += other.predicted
        self.found += other.found
        self.gold += other.gold

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.hits += int(ok)
        self.total += 1


def score_spans(
    gold: Sequence[G], pred: Sequence[P], overlap: Callable[[G, P], float], *, one_to_one: bool = False
) -> tuple[PRF, list[tuple[G, P]]]:
    """Overlap P/R/F1, and each found gold item paired with its best-overlapping prediction.

    With ``one_to_one`` a prediction counts as correct only when it is some gold
    item's best match (for matching by text, where a short prediction would
    otherwise "overlap" any gold quote that contains its words).
    """
    prf = PRF(predicted=len(pred), gold=len(gold))
    matched_pred: set[int] = set()
    paired: set[int] = set()
    pairs: list[tuple[G, P]] = []
    for g in gold:
        best, best_ov = -1, 0.0
        for j, p in enumerate(pred):
            if one_to_one and j in paired:
                continue
            ov = overlap(g, p)
            if ov > 0:
                matched_pred.add(j)
                if ov > best_ov:
                    best, best_ov = j, ov
        if best >= 0:
            prf.found += 1
            paired.add(best)
            pairs.append((g, pred[best]))
    prf.correct = len(paired) if one_to_one else len(matched_pred)
    return prf, pairs


def span_overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    """Characters shared by two sets of (start, end) ranges."""
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)
