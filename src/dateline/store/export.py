"""Exports of a store: the record contract (JSON lines), flat tables (CSV, Parquet), located
events and incidents (GeoJSON) and PLOVER 2.0 event records (JSON).

The filters are those of the queries (``queries.py``). ``since``/``until`` choose articles by
their published date; the quote filters (speaker, about) and the event filters (type, actor,
place) choose the rows of the quotes and events tables, and the articles that have such a quote
or event. File names are fixed (``quotes.csv`` ...): no part of a path ever comes from article
text. Writing never replaces a file unless asked (``force``).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import select

from ..errors import BadOption, StoreError
from ..record import Article, Event
from . import queries
from . import schema as t

if TYPE_CHECKING:
    from . import Store

__all__ = ["COLUMNS", "FORMATS", "Filters", "geojson", "plover", "records", "tables", "write_tables"]

FORMATS = ("jsonl", "csv", "parquet", "geojson", "plover")

# The flat tables, one per kind, and their columns in order (README: "Export formats").
COLUMNS: dict[str, list[str]] = {
    "articles": [
        "id", "published", "title", "outlet", "url", "source_path", "source_index", "byline",
        "dateline_place", "language",
    ],
    "entities": [
        "article_id", "entity_id", "canonical_id", "name", "type", "n_mentions", "aliases", "roles",
        "country_code", "lat", "lon", "geonames_id",
    ],
    "quotes": [
        "article_id", "quote_id", "published", "speaker", "speaker_id", "kind", "text", "start", "end", "cue",
        "channel", "anonymous",
    ],
    "events": [
        "article_id", "event_id", "incident_id", "published", "date", "type", "mode", "trigger", "actors",
        "recipients", "location", "killed", "wounded", "negated", "hypothetical", "reported_by",
        "evidence_start", "evidence_end", "sentence",
    ],
    "claims": [
        "article_id", "claim_id", "published", "stance", "claimant", "claimant_id", "text", "responds_to",
        "evidence_start", "evidence_end",
    ],
}  # fmt: skip

# Parquet column types where they are not text (a table with no rows keeps its schema).
_INTS = {"source_index", "n_mentions", "geonames_id", "start", "end", "killed", "wounded", "evidence_start",
         "evidence_end"}  # fmt: skip
_FLOATS = {"lat", "lon"}
_BOOLS = {"anonymous", "negated", "hypothetical"}


@dataclass(frozen=True)
class Filters:
    since: str | None = None
    until: str | None = None
    speaker: str | None = None
    about: str | None = None
    type: str | None = None
    actor: str | None = None
    place: str | None = None

    @property
    def on_quotes(self) -> bool:
        return bool(self.speaker or self.about)

    @property
    def on_events(self) -> bool:
        return bool(self.type or self.actor or self.place)


def _quotes(store: Store, f: Filters) -> list[dict[str, Any]]:
    return queries.quotes(store, speaker=f.speaker, about=f.about, since=f.since, until=f.until)


def _events(store: Store, f: Filters) -> list[dict[str, Any]]:
    return queries.events(store, type=f.type, actor=f.actor, place=f.place, since=f.since, until=f.until)


def _chosen(store: Store, f: Filters) -> set[str] | None:
    """The ids of the articles the fact filters choose (None: every article in the date range)."""
    chosen: set[str] | None = None
    if f.on_quotes:
        chosen = {r["article_id"] for r in _quotes(store, f)}
    if f.on_events:
        with_events = {r["article_id"] for r in _events(store, f)}
        chosen = with_events if chosen is None else chosen & with_events
    return chosen


def records(store: Store, f: Filters) -> Iterator[Article]:
    """The stored records the filters choose, in the order they were stored (the record contract)."""
    chosen = _chosen(store, f)
    a = t.articles.c
    stmt = select(a.id, a.record).where(queries.in_range(a.published, f.since, f.until)).order_by(a.seq)
    with queries.connect(store) as conn:
        for r in conn.execute(stmt):
            if chosen is None or r.id in chosen:
                yield Article.model_validate_json(r.record)


def _canonical(store: Store) -> dict[tuple[str, str], str]:
    with queries.connect(store) as conn:
        return {(r.article_id, r.entity_id): r.canonical_id for r in conn.execute(select(t.entity_links))}


def tables(store: Store, f: Filters) -> dict[str, list[dict[str, Any]]]:
    """The flat tables (COLUMNS) of the articles and facts the filters choose."""
    canonical = _canonical(store)
    out: dict[str, list[dict[str, Any]]] = {kind: [] for kind in COLUMNS}
    for art in records(store, f):
        published = art.published.value if art.published else None
        out["articles"].append(
            {
                "id": art.id,
                "published": published,
                "title": art.title,
                "outlet": art.source.outlet,
                "url": art.source.url,
                "source_path": art.source.path,
                "source_index": art.source.index,
                "byline": art.byline,
                "dateline_place": art.dateline.place if art.dateline else None,
                "language": art.language,
            }
        )
        for e in art.entities:
            out["entities"].append(
                {
                    "article_id": art.id,
                    "entity_id": e.id,
                    "canonical_id": canonical.get((art.id, e.id)),
                    "name": e.name,
                    "type": e.type,
                    "n_mentions": len(e.mentions),
                    "aliases": "; ".join(e.aliases) or None,
                    "roles": "; ".join(e.roles) or None,
                    "country_code": e.geo.country_code if e.geo else None,
                    "lat": e.geo.lat if e.geo else None,
                    "lon": e.geo.lon if e.geo else None,
                    "geonames_id": e.geo.geonames_id if e.geo else None,
                }
            )
        for c in art.claims:
            out["claims"].append(
                {
                    "article_id": art.id,
                    "claim_id": c.id,
                    "published": published,
                    "stance": c.stance,
                    "claimant": c.claimant_name,
                    "claimant_id": canonical.get((art.id, c.claimant)) if c.claimant else None,
                    "text": c.text,
                    "responds_to": c.responds_to,
                    "evidence_start": c.evidence.start,
                    "evidence_end": c.evidence.end,
                }
            )
    kept = {r["id"] for r in out["articles"]}
    out["quotes"] = [_only(r, "quotes") for r in _quotes(store, f) if r["article_id"] in kept]
    out["events"] = [_only(r, "events") for r in _events(store, f) if r["article_id"] in kept]
    return out


def _only(row: dict[str, Any], kind: str) -> dict[str, Any]:
    return {c: row.get(c) for c in COLUMNS[kind]}


def _target(folder: str, name: str, force: bool) -> str:
    path = os.path.join(folder, name)
    if os.path.exists(path) and not force:
        raise BadOption(f"{path} exists: pass --force to replace it, or another --out")
    return path


def write_tables(data: dict[str, list[dict[str, Any]]], folder: str, fmt: str, *, force: bool = False) -> list[str]:
    """Write one file per table into ``folder`` (made if missing): ``KIND.csv`` or ``KIND.parquet``."""
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise BadOption(f"{folder} is a file: --out takes a folder for {fmt} (one file per table)")
    paths = [_target(folder, f"{kind}.{fmt}", force) for kind in COLUMNS]  # all refused before any is written
    try:
        os.makedirs(folder, exist_ok=True)
        if fmt == "csv":
            for kind, path in zip(COLUMNS, paths, strict=True):
                with open(path, "w", encoding="utf-8", newline="") as fh:
                    w = csv.DictWriter(fh, fieldnames=COLUMNS[kind])
                    w.writeheader()
                    w.writerows(data[kind])
        else:
            _write_parquet(data, paths)
    except OSError as e:
        raise StoreError(f"cannot write {folder}: {e.strerror or e}") from None
    return paths


def _write_parquet(data: dict[str, list[dict[str, Any]]], paths: list[str]) -> None:
    try:  # pyarrow is large: only this export loads it
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise BadOption("parquet export needs pyarrow: pip install pyarrow") from None

    def kind_of(col: str) -> Any:
        if col in _INTS:
            return pa.int64()
        if col in _FLOATS:
            return pa.float64()
        return pa.bool_() if col in _BOOLS else pa.string()

    for kind, path in zip(COLUMNS, paths, strict=True):
        cols = COLUMNS[kind]
        schema = pa.schema([(c, kind_of(c)) for c in cols])
        table = pa.table({c: pa.array([r[c] for r in data[kind]], type=kind_of(c)) for c in cols}, schema=schema)
        pq.write_table(table, path)


def open_out(path: str, *, force: bool = False) -> IO[str]:
    """The file ``--out`` names, for writing; an existing file only with ``force``."""
    if os.path.isdir(path):
        raise BadOption(f"{path} is a folder: --out takes a file name for this format")
    try:
        return open(path, "w" if force else "x", encoding="utf-8")
    except FileExistsError:
        raise BadOption(f"{path} exists: pass --force to replace it, or another --out") from None
    except OSError as e:
        raise StoreError(f"cannot write {path}: {e.strerror or e}") from None


def _located(store: Store, f: Filters) -> Iterator[tuple[dict[str, Any], Article, Event, tuple[float, float] | None]]:
    """The chosen events, each with its article's record and its point (lon, lat) if it has one:
    article by article in the order they were stored, one record in memory at a time."""
    by_article: dict[str, list[dict[str, Any]]] = {}
    for row in _events(store, f):
        by_article.setdefault(row["article_id"], []).append(row)
    a = t.articles.c
    with queries.connect(store) as conn:
        for r in conn.execute(select(a.id, a.record).order_by(a.seq)):
            if r.id not in by_article:
                continue
            art = Article.model_validate_json(r.record)
            events = {e.id: e for e in art.events}
            for row in by_article[r.id]:
                ev = events[row["event_id"]]
                yield row, art, ev, _point(art, ev)


def _point(art: Article, ev: Event) -> tuple[float, float] | None:
    """Where an event happened: its location's coordinates, else those of the article's place entity
    of the same name."""
    if ev.location is None:
        return None
    geo = ev.location.geo or next(
        (e.geo for e in art.entities if e.geo and e.name.lower() == ev.location.name.lower()), None
    )
    if geo is None or geo.lat is None or geo.lon is None:
        return None
    return geo.lon, geo.lat


def _source(art: Article) -> dict[str, Any]:
    return {
        "article_id": art.id,
        "outlet": art.source.outlet,
        "url": art.source.url,
        "path": art.source.path,
        "title": art.title,
        "published": art.published.value if art.published else None,
    }


def geojson(store: Store, f: Filters) -> dict[str, Any]:
    """A FeatureCollection: every chosen event with a point, and every incident one of them belongs
    to, at the point of its first located event."""
    features: list[dict[str, Any]] = []
    incident_at: dict[str, tuple[tuple[float, float], str]] = {}
    for row, art, _ev, point in _located(store, f):
        if point is None:
            continue
        props = {"kind": "event", **{k: v for k, v in row.items() if k != "outlet"}, "source": _source(art)}
        features.append(_feature(point, props))
        if row["incident_id"] and row["incident_id"] not in incident_at:
            incident_at[row["incident_id"]] = (point, row["sentence"])
    for inc in queries.incidents(store, ids=list(incident_at)):
        point, text = incident_at[inc["id"]]
        features.append(_feature(point, {"kind": "incident", **inc, "sentence": text}))
    return {"type": "FeatureCollection", "features": features}


def _feature(point: tuple[float, float], props: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": list(point)}, "properties": props}


def plover(store: Store, f: Filters) -> Iterator[dict[str, Any]]:
    """PLOVER 2.0 event records (the fields of the PLOVER manual's JSON, with ``actor`` and
    ``recipient`` as PLOVER 2.0 names them; the article as ``source``), article by article."""
    canonical = _canonical(store)
    for row, art, ev, point in _located(store, f):
        names = {e.id: e.name for e in art.entities}

        def actors(ids: list[str], art: Article = art, names: dict[str, str] = names) -> list[dict[str, Any]]:
            return [{"actorText": names.get(x, x), "canonicalId": canonical.get((art.id, x))} for x in ids]

        location = None
        if ev.location:
            geo = ev.location.geo
            location = {
                "placeName": ev.location.name,
                "lat": point[1] if point else None,
                "lon": point[0] if point else None,
                "countryCode": geo.country_code if geo else None,
                "geonamesID": geo.geonames_id if geo else None,
            }
        published = art.published.value if art.published else None
        yield {
            "id": f"{art.id}-{ev.id}",
            "date": ev.date.value if ev.date else (published[:10] if published else None),
            "event": ev.type,
            "mode": ev.mode or "",
            "context": [],
            "actor": actors(ev.actors),
            "recipient": actors(ev.recipients),
            "eventText": ev.trigger,
            "text": row["sentence"],
            "location": location,
            "source": _source(art),
            "publication": art.source.outlet,
            "language": art.language,
            "incident": row["incident_id"],
            "negated": ev.negated,
            "hypothetical": ev.hypothetical,
        }
