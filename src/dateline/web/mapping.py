"""The events map, drawn as SVG on the server: no tile server, no network.

Equirectangular projection (x from longitude, y from latitude) over a graticule; country
outlines are drawn when the base map has been built into the cache (``basemap.py``), and the map
still works without them. Points are the events whose place has coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import basemap

WIDTH, HEIGHT = 720, 360


def project(lat: float, lon: float) -> tuple[float, float]:
    return round((lon + 180.0) / 360.0 * WIDTH, 1), round((90.0 - lat) / 180.0 * HEIGHT, 1)


@dataclass
class Point:
    x: float
    y: float
    label: str
    href: str
    type: str
    n: int


def svg_map(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The map of event rows (``WebData.events``): one point per place, sized by its events."""
    grouped: dict[tuple[float, float], list[dict[str, Any]]] = {}
    for r in rows:
        if r.get("lat") is not None and r.get("lon") is not None:
            grouped.setdefault((r["lat"], r["lon"]), []).append(r)
    points = []
    for (lat, lon), rs in grouped.items():
        x, y = project(lat, lon)
        first = rs[0]
        types = sorted({r["type"] for r in rs})
        label = f"{first['location']}: " + ", ".join(types) + (f" ({len(rs)} events)" if len(rs) > 1 else "")
        points.append(Point(x, y, label, f"/articles/{first['article_id']}#{first['event_id']}", types[0], len(rs)))
    graticule = [f"M0 {project(lat, 0)[1]} H{WIDTH}" for lat in range(-60, 90, 30)]
    graticule += [f"M{project(0, lon)[0]} 0 V{HEIGHT}" for lon in range(-150, 180, 30)]
    return {"width": WIDTH, "height": HEIGHT, "graticule": graticule, "land": basemap.paths(project),
            "points": points}  # fmt: skip
