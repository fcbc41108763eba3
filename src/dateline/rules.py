"""The one loader for rules kept as data files in ``dateline/data``.

Domain experts edit the YAML/CSV files; code asks for them by name here.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def _read(name: str) -> str:
    return resources.files("dateline").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    return yaml.safe_load(_read(name))


@lru_cache(maxsize=None)
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    lines = [ln for ln in _read(name).splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines))


@lru_cache(maxsize=None)
def word_set(name: str, key: str) -> frozenset[str]:
    """A lower-cased set of the strings listed under ``key`` in a YAML file."""
    return frozenset(str(x).lower() for x in load_yaml(name)[key])


@lru_cache(maxsize=None)
def line_regex(name: str, key: str, *, literal: bool = False) -> re.Pattern[str]:
    """One anchored, case-insensitive regex from a YAML list of whole-line patterns."""
    items = [str(x) for x in load_yaml(name)[key]]
    if literal:
        items = [re.escape(x) for x in items]
    return re.compile(r"(?:%s)\Z" % "|".join(f"(?:{x})" for x in items), re.IGNORECASE)
