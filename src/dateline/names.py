"""A person's name without what is no part of it, one rule for the extraction and the linking steps;
and the given-name table (the one the ``gender-guesser`` package ships, read once, lazily) that the
entity typer (how common a given name is) and the speaker resolver (a first name's gender) both ask."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

from . import rules

# How much one sex must outweigh the other in the name table to count as that name's sex.
_CLEAR = 4


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


@cache
def _name_lines() -> dict[str, list[str]]:
    """gender-guesser's name table, indexed by lower-case first name: that name's lines.

    The package's own Detector takes seconds to build (it parses every country's
    frequency for every name); here the file is only split by name, and a name's
    lines are read when that name is asked for.
    """
    try:
        data = resources.files("gender_guesser").joinpath("data", "nam_dict.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    index: dict[str, list[str]] = {}
    for line in data.splitlines():
        if not line or line[0] in "#=":
            continue
        name = line[3:30].strip().lower()
        if "+" in name:
            for x in ("", " ", "-"):
                index.setdefault(name.replace("+", x), []).append(line)
        else:
            index.setdefault(name, []).append(line)
    return index


def _line_frequency(line: str) -> int:
    """One line's use across the table's countries: the sum of its frequency digits (hex, one per
    country, from column 30; a blank or "0" where the name is not used)."""
    return sum(int(c, 16) for c in line[30:] if c in "123456789ABCDEF")


@cache
def given_name_use(first: str) -> int:
    """How common a given name is across the table's countries: the sum of its lines' frequency
    digits (0 when the table does not hold it). "Marcel" is 77, "Walker" 2: a rare entry is as
    often a word or a surname ("Walker", "General")."""
    return sum(_line_frequency(line) for line in _name_lines().get(first.lower(), ()))


@cache
def _name_gender(first: str) -> str | None:
    """ "m" or "f" when one sex outweighs the other (and the unisex "?" lines) by ``_CLEAR``.

    Each line gives a sex code (M, 1M/?M mostly male, F, 1F/?F, ? unisex) and, from
    column 30, one frequency digit (hex) per country. Names used for both ("Jan",
    "Andrea") give None: a guess would make a pronoun skip the right person.
    """
    m = f = 0.0
    for line in _name_lines().get(first, ()):
        code = line[:2].strip()
        freq = _line_frequency(line) or 1
        share = 1.0 if code in ("M", "F") else 0.5
        if "M" in code:
            m += freq * share
        elif "F" in code:
            f += freq * share
        else:
            m, f = m + freq, f + freq
    if m > 0 and m >= _CLEAR * f:
        return "m"
    if f > 0 and f >= _CLEAR * m:
        return "f"
    return None


def first_name_gender(name: str) -> str | None:
    """ "m", "f" or None for a person's name by its first word ("Anna Berg" -> "f")."""
    words = [w for w in name.replace(".", " ").split() if len(w) > 1]
    if len(words) < 2:
        return None  # a surname alone says nothing
    return _name_gender(words[0].lower())
