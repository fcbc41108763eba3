"""The one loader for rules kept as data files in ``dateline/data``.

Domain experts edit the YAML/CSV files; code asks for them by name here.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources
from typing import Any

from . import cache as _cache


def _read(name: str) -> str:
    return resources.files("dateline").joinpath("data", name).read_text(encoding="utf-8")


def _parse_yaml(text: str) -> Any:
    import yaml  # only when a file is not in the cache yet

    # libyaml's C loader reads the rule files about ten times faster than the pure-Python one;
    # PyYAML wheels ship it, and the pure loader reads the same safe subset where it is missing.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # a safe loader, C or pure


@cache
def load_yaml(name: str) -> Any:
    """The parsed YAML file ``data/<name>``. Even libyaml takes about 0.1 s over the files a short
    article needs, a visible share of `dateline extract`'s start-up, so what it made of each
    text is kept in the user's cache directory and read back while the text is unchanged."""
    return _cache.parsed(f"yaml-{name}", _read(name), _parse_yaml)


@cache
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    lines = [ln for ln in _read(name).splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines))


@cache
def word_set(name: str, key: str) -> frozenset[str]:
    """A lower-cased set of the strings listed under ``key`` in a YAML file."""
    items = load_yaml(name)[key]
    booleans = [x for x in items if isinstance(x, bool)]
    if booleans:
        # YAML reads a bare no/yes/on/off as a boolean: the word the editor meant is lost
        raise ValueError(f'{name}: {key} lists {booleans!r}; quote words like "no" or "on"')
    return frozenset(str(x).lower() for x in items)


@cache
def line_regex(name: str, key: str, *, literal: bool = False) -> re.Pattern[str]:
    """One anchored, case-insensitive regex from a YAML list of whole-line patterns."""
    items = [str(x) for x in load_yaml(name)[key]]
    if literal:
        items = [re.escape(x) for x in items]
    alternatives = "|".join(f"(?:{x})" for x in items)
    return _cache.regex(rf"(?:{alternatives})\Z", re.IGNORECASE)
