"""Numbered schema migrations: frozen SQL per version, applied in order when a store opens.

Each version is a list of SQL statements written out in full. They are never edited once
released (a database made by an earlier dateline must upgrade the same way tomorrow), so
they do not read the live table objects in ``schema.py``: a new column is a new version
with its own ``ALTER TABLE``. Versions 1-3 are the exact DDL that earlier releases produced.

Migrating is one write transaction taken at once (``BEGIN IMMEDIATE``): the version is read
again inside it, so two processes opening a new file together migrate it once, and the other
waits and finds nothing to do. The applied versions are rows of ``dateline_schema``.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from ..errors import StoreError

SCHEMA_TABLE = "dateline_schema"

_BOOTSTRAP = """CREATE TABLE IF NOT EXISTS dateline_schema (
	version INTEGER NOT NULL,
	applied_at VARCHAR(40) NOT NULL,
	PRIMARY KEY (version)
)"""

# fmt: off
MIGRATIONS: list[tuple[int, list[str]]] = [
    (1, [
        """CREATE TABLE articles (
	seq INTEGER NOT NULL,
	id VARCHAR(32) NOT NULL,
	version INTEGER NOT NULL,
	title TEXT,
	published VARCHAR(40),
	dateline_place TEXT,
	language VARCHAR(8),
	source_path TEXT,
	source_index INTEGER,
	source_url TEXT,
	outlet TEXT,
	text TEXT NOT NULL,
	n_entities INTEGER NOT NULL,
	record TEXT NOT NULL,
	stored_at VARCHAR(40) NOT NULL,
	PRIMARY KEY (seq),
	UNIQUE (id)
)""",
        "CREATE INDEX ix_articles_published ON articles (published)",
        """CREATE TABLE entities (
	article_id VARCHAR(32) NOT NULL,
	entity_id VARCHAR(16) NOT NULL,
	name TEXT NOT NULL,
	type VARCHAR(16) NOT NULL,
	n_mentions INTEGER NOT NULL,
	country_code VARCHAR(2),
	lat FLOAT,
	lon FLOAT,
	geonames_id INTEGER,
	PRIMARY KEY (article_id, entity_id),
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
        "CREATE INDEX ix_entities_name ON entities (name)",
    ]),
    # A quotes table; articles stored before it had no quotes to fill it with.
    (2, [
        """CREATE TABLE quotes (
	article_id VARCHAR(32) NOT NULL,
	quote_id VARCHAR(16) NOT NULL,
	kind VARCHAR(10) NOT NULL,
	text TEXT NOT NULL,
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	speaker TEXT,
	speaker_entity VARCHAR(16),
	anonymous BOOLEAN NOT NULL,
	cue VARCHAR(40),
	channel TEXT,
	PRIMARY KEY (article_id, quote_id),
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
        "CREATE INDEX ix_quotes_speaker ON quotes (speaker)",
    ]),
    # Events and claims tables; articles stored before them keep theirs in the record JSON only.
    (3, [
        """CREATE TABLE events (
	article_id VARCHAR(32) NOT NULL,
	event_id VARCHAR(16) NOT NULL,
	type VARCHAR(12) NOT NULL,
	mode VARCHAR(24),
	"trigger" TEXT NOT NULL,
	actors TEXT,
	recipients TEXT,
	location TEXT,
	date VARCHAR(40),
	killed INTEGER,
	wounded INTEGER,
	negated BOOLEAN NOT NULL,
	hypothetical BOOLEAN NOT NULL,
	reported_by VARCHAR(16),
	evidence_start INTEGER NOT NULL,
	evidence_end INTEGER NOT NULL,
	PRIMARY KEY (article_id, event_id),
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
        "CREATE INDEX ix_events_date ON events (date)",
        "CREATE INDEX ix_events_type ON events (type)",
        """CREATE TABLE claims (
	article_id VARCHAR(32) NOT NULL,
	claim_id VARCHAR(16) NOT NULL,
	stance VARCHAR(8) NOT NULL,
	claimant TEXT,
	claimant_entity VARCHAR(16),
	text TEXT NOT NULL,
	responds_to VARCHAR(16),
	PRIMARY KEY (article_id, claim_id),
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
    ]),
]
# fmt: on
LATEST = MIGRATIONS[-1][0]


def tables(con: sqlite3.Connection) -> set[str]:
    rows = con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return {r[0] for r in rows}


def current_version(con: sqlite3.Connection) -> int:
    if SCHEMA_TABLE not in tables(con):
        return 0
    return int(con.execute("SELECT max(version) FROM dateline_schema").fetchone()[0] or 0)


def check_ours(con: sqlite3.Connection, where: str) -> int:
    """The schema version of a dateline database; StoreError for another program's database."""
    have = tables(con)
    if have and SCHEMA_TABLE not in have:
        listed = ", ".join(sorted(have)[:5]) + (", ..." if len(have) > 5 else "")
        raise StoreError(
            f"{where} is not a dateline database (it holds other tables: {listed}); "
            "dateline did not change it: pass --db with a new or a dateline file"
        )
    version = current_version(con)
    if version > LATEST:
        raise StoreError(
            f"{where}: the database is at schema version {version}, newer than this dateline ({LATEST}): "
            "upgrade dateline"
        )
    return version


def migrate(con: sqlite3.Connection, where: str) -> int:
    """Bring the database up to LATEST in one immediate transaction; returns the version it is at.

    ``con`` must be in autocommit mode (``isolation_level=None``): this function begins and ends
    its own transaction.
    """
    if check_ours(con, where) == LATEST:  # the common case, without taking the write lock
        return LATEST
    con.execute("BEGIN IMMEDIATE")
    try:
        have = check_ours(con, where)  # again: another process may have migrated meanwhile
        con.execute(_BOOTSTRAP)
        for version, statements in MIGRATIONS:
            if version > have:
                for sql in statements:
                    con.execute(sql)
                con.execute(
                    "INSERT INTO dateline_schema (version, applied_at) VALUES (?, ?)",
                    (version, datetime.now(UTC).isoformat(timespec="seconds")),
                )
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    return LATEST
