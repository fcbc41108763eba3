"""Numbered schema migrations, applied in order when a store opens.

Add a function to MIGRATIONS for every schema change; never edit an applied one.
The applied version is kept in the ``dateline_schema`` table.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Column, Connection, Engine, Integer, MetaData, String, Table, insert, inspect, select

from ..errors import DatelineError
from .schema import articles, claims, entities, events, metadata, quotes

_meta = MetaData()
schema_table = Table(
    "dateline_schema",
    _meta,
    Column("version", Integer, primary_key=True),
    Column("applied_at", String(40), nullable=False),
)


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=[articles, entities])


def _v2(conn: Connection) -> None:
    """A quotes table; articles stored before it had no quotes to fill it with."""
    metadata.create_all(conn, tables=[quotes])


def _v3(conn: Connection) -> None:
    """Events and claims tables; articles stored before them keep theirs in the record JSON only."""
    metadata.create_all(conn, tables=[events, claims])


MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [(1, _v1), (2, _v2), (3, _v3)]
LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table("dateline_schema"):
        return 0
    return int(conn.execute(select(schema_table.c.version).order_by(schema_table.c.version.desc())).scalar() or 0)


def migrate(engine: Engine) -> int:
    """Bring the database up to LATEST; returns the version it is at."""
    with engine.begin() as conn:
        _meta.create_all(conn)
        have = current_version(conn)
        if have > LATEST:
            raise DatelineError(
                f"the database is at schema version {have}, newer than this dateline ({LATEST}): upgrade dateline"
            )
        for version, step in MIGRATIONS:
            if version > have:
                step(conn)
                conn.execute(
                    insert(schema_table).values(
                        version=version, applied_at=datetime.now(UTC).isoformat(timespec="seconds")
                    )
                )
    return LATEST
