"""The events map: projection and the base map's shapefile reader, on shapes made here."""

from __future__ import annotations

import struct

from dateline.web import basemap, mapping


def _shapefile(rings: list[list[tuple[float, float]]]) -> bytes:
    """A minimal .shp holding one polygon record with these rings (the format's published layout)."""
    points = [p for r in rings for p in r]
    parts, at = [], 0
    for r in rings:
        parts.append(at)
        at += len(r)
    content = struct.pack("<i4d2i", 5, -10, -10, 10, 10, len(parts), len(points))
    content += struct.pack(f"<{len(parts)}i", *parts)
    content += struct.pack(f"<{2 * len(points)}d", *[c for p in points for c in p])
    record = struct.pack(">ii", 1, len(content) // 2) + content
    header = struct.pack(">i", 9994) + b"\0" * 20 + struct.pack(">i", (100 + len(record)) // 2)
    header += struct.pack("<ii", 1000, 5) + struct.pack("<8d", -10, -10, 10, 10, 0, 0, 0, 0)
    return header + record


def test_shapefile_rings_are_read_back():
    square = [(0.0, 0.0), (0.0, 5.123), (5.0, 5.0), (5.0, 0.0), (0.0, 0.0)]
    hole = [(1.0, 1.0), (2.0, 1.0), (2.0, 2.0), (1.0, 2.0), (1.0, 1.0)]
    rings = basemap.read_shapefile(_shapefile([square, hole]), digits=2)
    assert rings == [[(x, round(y, 2)) for x, y in square], hole]


def test_projection_puts_the_world_in_the_frame():
    assert mapping.project(90, -180) == (0.0, 0.0)
    assert mapping.project(-90, 180) == (mapping.WIDTH, mapping.HEIGHT)
    x, y = mapping.project(33.7, 73.0)  # Islamabad: east of the middle, north of the equator
    assert x > mapping.WIDTH / 2 and y < mapping.HEIGHT / 2
