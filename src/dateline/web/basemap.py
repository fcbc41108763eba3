"""Country outlines for the events map, with no network at run time.

Natural Earth's 1:110m countries (public domain) as SVG path data. The outlines are read once
from a shapefile carried by a PyPI package and cached as JSON in dateline's cache directory
(``dateline.extract.geo.cache_dir``); when none is available the map is drawn without them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

CACHE_NAME = "basemap-ne110m.json"


def _cache_file() -> Path:
    from ..extract.geo import cache_dir

    return Path(cache_dir()) / CACHE_NAME


@lru_cache(maxsize=1)
def _rings() -> list[list[tuple[float, float]]]:
    path = _cache_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [[(float(x), float(y)) for x, y in ring] for ring in data.get("rings", [])]


def paths(project: Callable[[float, float], tuple[float, float]]) -> list[str]:
    out = []
    for ring in _rings():
        pts = [project(lat, lon) for lon, lat in ring]
        out.append("M" + " L".join(f"{x} {y}" for x, y in pts) + " Z")
    return out
