"""A person's name without what is no part of it, one rule for the extraction and the linking steps."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from . import rules


@cache
def _affixes() -> tuple[frozenset[str], frozenset[str]]:
    """link.yaml's honorifics and suffixes (written folded: "mr", "jr"), the one list of each."""
    cfg = rules.load_yaml("link.yaml")["entities"]
    return frozenset(str(w) for w in cfg["honorifics"]), frozenset(str(w) for w in cfg["suffixes"])


def core_words(words: Sequence[str]) -> list[str]:
    """The words of a person's name past the honorifics before it and the suffixes after it, as
    written: ["Ms", "Lind"] -> ["Lind"], ["Tom", "R.", "Hale", "Jr."] -> ["Tom", "R.", "Hale"]. A
    name of one word is kept whole ("Dame" alone may be a surname)."""
    honorifics, suffixes = _affixes()
    out = list(words)
    while len(out) > 1 and out[0].lower().strip(".,") in honorifics:
        out = out[1:]
    while len(out) > 1 and out[-1].lower().strip(".,") in suffixes:
        out = out[:-1]
    return out
