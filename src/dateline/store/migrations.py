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
    # TEMPORARY (queries branch): replaced by the store branch's v4 at merge.
    # The link tables of the cross-article links (derived; a relink replaces them) and the
    # user's entity corrections (kept across relinks).
    (4, [
        """CREATE TABLE duplicate_groups (
	group_id TEXT NOT NULL,
	canonical_article VARCHAR(32) NOT NULL,
	PRIMARY KEY (group_id),
	FOREIGN KEY(canonical_article) REFERENCES articles (id)
)""",
        """CREATE TABLE duplicate_members (
	group_id TEXT NOT NULL,
	article_id VARCHAR(32) NOT NULL,
	PRIMARY KEY (group_id, article_id),
	FOREIGN KEY(group_id) REFERENCES duplicate_groups (group_id),
	FOREIGN KEY(article_id) REFERENCES articles (id)
)""",
        """CREATE TABLE canonical_entities (
	id TEXT NOT NULL,
	name TEXT NOT NULL,
	type TEXT NOT NULL,
	geonames_id INTEGER,
	n_articles INTEGER NOT NULL,
	PRIMARY KEY (id)
)""",
        """CREATE TABLE canonical_aliases (
	entity_id TEXT NOT NULL,
	alias TEXT NOT NULL,
	PRIMARY KEY (entity_id, alias),
	FOREIGN KEY(entity_id) REFERENCES canonical_entities (id)
)""",
        """CREATE TABLE canonical_roles (
	entity_id TEXT NOT NULL,
	title TEXT NOT NULL,
	article_id VARCHAR(32) NOT NULL,
	published TEXT,
	PRIMARY KEY (entity_id, title, article_id),
	FOREIGN KEY(entity_id) REFERENCES canonical_entities (id),
	FOREIGN KEY(article_id) REFERENCES articles (id)
)""",
        """CREATE TABLE entity_links (
	article_id VARCHAR(32) NOT NULL,
	entity_id TEXT NOT NULL,
	canonical_id TEXT NOT NULL,
	PRIMARY KEY (article_id, entity_id),
	FOREIGN KEY(canonical_id) REFERENCES canonical_entities (id)
)""",
        "CREATE INDEX ix_entity_links_canonical_id ON entity_links (canonical_id)",
        """CREATE TABLE incidents (
	id TEXT NOT NULL,
	type TEXT NOT NULL,
	date_start TEXT,
	date_end TEXT,
	place TEXT,
	actors TEXT,
	recipients TEXT,
	killed_min INTEGER,
	killed_max INTEGER,
	wounded_min INTEGER,
	wounded_max INTEGER,
	n_articles INTEGER NOT NULL,
	n_outlets INTEGER NOT NULL,
	PRIMARY KEY (id)
)""",
        """CREATE TABLE incident_events (
	incident_id TEXT NOT NULL,
	article_id VARCHAR(32) NOT NULL,
	event_id TEXT NOT NULL,
	PRIMARY KEY (incident_id, article_id, event_id),
	FOREIGN KEY(incident_id) REFERENCES incidents (id)
)""",
        "CREATE INDEX ix_incident_events_event ON incident_events (article_id, event_id)",
        """CREATE TABLE stories (
	id TEXT NOT NULL,
	title TEXT,
	first TEXT,
	last TEXT,
	n_articles INTEGER NOT NULL,
	PRIMARY KEY (id)
)""",
        """CREATE TABLE story_articles (
	story_id TEXT NOT NULL,
	article_id VARCHAR(32) NOT NULL,
	PRIMARY KEY (story_id, article_id),
	FOREIGN KEY(story_id) REFERENCES stories (id),
	FOREIGN KEY(article_id) REFERENCES articles (id)
)""",
        """CREATE TABLE story_incidents (
	story_id TEXT NOT NULL,
	incident_id TEXT NOT NULL,
	PRIMARY KEY (story_id, incident_id),
	FOREIGN KEY(story_id) REFERENCES stories (id),
	FOREIGN KEY(incident_id) REFERENCES incidents (id)
)""",
        """CREATE TABLE entity_corrections (
	seq INTEGER NOT NULL,
	kind TEXT NOT NULL,
	a_article TEXT NOT NULL,
	a_entity TEXT NOT NULL,
	b_article TEXT NOT NULL,
	b_entity TEXT NOT NULL,
	made_at TEXT NOT NULL,
	PRIMARY KEY (seq)
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
