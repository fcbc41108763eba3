"""The store: articles in SQLite (a file any SQLite tool opens), on SQLAlchemy 2 Core.

The whole record is kept as JSON next to the columns people query (title, date,
place, entities), so the store never re-runs the parser to show an article.
Schema changes are numbered migrations (``migrations.py``), applied on open.
Each article commits on its own: a failure later never loses what was stored.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, insert, select

from ..errors import DatelineError
from ..record import Article, Claim, Event, Quote
from .migrations import migrate
from .schema import articles, claims, entities, events, quotes

DEFAULT_DB = "dateline.db"

__all__ = ["DEFAULT_DB", "Store", "default_db_path"]


def default_db_path() -> str:
    return os.environ.get("DATELINE_DB") or DEFAULT_DB


def _url(db: str) -> str:
    return db if "://" in db else f"sqlite:///{db}"


class Store:
    """Open (and create or migrate) the database at ``db``: a file path or an SQLAlchemy URL."""

    def __init__(self, db: str | None = None) -> None:
        self.db = db or default_db_path()
        self.engine: Engine = create_engine(_url(self.db))
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        migrate(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, article: Article) -> bool:
        """Store an article; False when the same article (same id) is already there."""
        with self.engine.begin() as conn:
            if conn.execute(select(articles.c.id).where(articles.c.id == article.id)).first():
                return False
            conn.execute(insert(articles).values(**_article_row(article)))
            rows = [_entity_row(article.id, e) for e in article.entities]
            if rows:
                conn.execute(insert(entities), rows)
            qrows = [_quote_row(article.id, q) for q in article.quotes]
            if qrows:
                conn.execute(insert(quotes), qrows)
            names = {e.id: e.name for e in article.entities}
            erows = [_event_row(article.id, ev, names) for ev in article.events]
            if erows:
                conn.execute(insert(events), erows)
            crows = [_claim_row(article.id, c) for c in article.claims]
            if crows:
                conn.execute(insert(claims), crows)
        return True

    def get(self, article_id: str) -> Article:
        """The stored article with this id, or with the only id that starts with it."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(articles.c.id, articles.c.record).where(articles.c.id.startswith(article_id, autoescape=True))
            ).all()
        exact = [r for r in rows if r.id == article_id]
        if exact:
            rows = exact
        if not rows:
            raise DatelineError(f"no article with id {article_id!r} in {self.db} (see `dateline list`)")
        if len(rows) > 1:
            raise DatelineError(f"{len(rows)} articles have ids starting with {article_id!r}: give more characters")
        return Article.model_validate_json(rows[0].record)

    def rows(self) -> list[dict[str, Any]]:
        """One summary row per article, in the order they were stored."""
        q = select(
            articles.c.id,
            articles.c.published,
            articles.c.dateline_place,
            articles.c.title,
            articles.c.n_entities,
            articles.c.source_path,
            articles.c.source_index,
        ).order_by(articles.c.seq)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def articles(self) -> Iterator[Article]:
        with self.engine.connect() as conn:
            for (record,) in conn.execute(select(articles.c.record).order_by(articles.c.seq)):
                yield Article.model_validate_json(record)

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()


def _article_row(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "version": a.version,
        "title": a.title,
        "published": a.published.value if a.published else None,
        "dateline_place": a.dateline.place if a.dateline else None,
        "language": a.language,
        "source_path": a.source.path,
        "source_index": a.source.index,
        "source_url": a.source.url,
        "outlet": a.source.outlet,
        "text": a.text,
        "n_entities": len(a.entities),
        "record": json.dumps(a.model_dump(mode="json"), ensure_ascii=False),
        "stored_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _entity_row(article_id: str, e: Any) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "entity_id": e.id,
        "name": e.name,
        "type": e.type,
        "n_mentions": len(e.mentions),
        "country_code": e.geo.country_code if e.geo else None,
        "lat": e.geo.lat if e.geo else None,
        "lon": e.geo.lon if e.geo else None,
        "geonames_id": e.geo.geonames_id if e.geo else None,
    }


def _quote_row(article_id: str, q: Quote) -> dict[str, Any]:
    sp = q.speaker
    return {
        "article_id": article_id,
        "quote_id": q.id,
        "kind": q.kind,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "speaker": sp.name or sp.descriptor,
        "speaker_entity": sp.entity,
        "anonymous": sp.anonymous,
        "cue": q.cue,
        "channel": q.channel,
    }


def _event_row(article_id: str, ev: Event, names: dict[str, str]) -> dict[str, Any]:
    def toll(status: str) -> int | None:
        # a subgroup ("including 9 foreigners", part_of set) is inside a figure already counted
        counts = [c.count for c in ev.casualties if c.status == status and c.count is not None
                  and getattr(c, "part_of", None) is None]  # fmt: skip
        return sum(counts) if counts else None

    return {
        "article_id": article_id,
        "event_id": ev.id,
        "type": ev.type,
        "mode": ev.mode,
        "trigger": ev.trigger,
        "actors": "; ".join(names.get(x, x) for x in ev.actors) or None,
        "recipients": "; ".join(names.get(x, x) for x in ev.recipients) or None,
        "location": ev.location.name if ev.location else None,
        "date": ev.date.value if ev.date else None,
        "killed": toll("killed"),
        "wounded": toll("wounded"),
        "negated": ev.negated,
        "hypothetical": ev.hypothetical,
        "reported_by": ev.reported_by,
        "evidence_start": ev.evidence.start,
        "evidence_end": ev.evidence.end,
    }


def _claim_row(article_id: str, c: Claim) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "claim_id": c.id,
        "stance": c.stance,
        "claimant": c.claimant_name,
        "claimant_entity": c.claimant,
        "text": c.text,
        "responds_to": c.responds_to,
    }
