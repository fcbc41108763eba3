"""Numbered schema migrations: frozen SQL per version and per dialect, applied in order on open.

Each version is a list of SQL statements written out in full. They are never edited once
released (a database made by an earlier dateline must upgrade the same way tomorrow), so
they do not read the live table objects in ``schema.py``: a new column is a new version
with its own ``ALTER TABLE``. SQLite versions 1-3 are the exact DDL that earlier releases
produced. PostgreSQL support began at version 4: its list starts with one baseline equal to
SQLite's versions 1-4 together, and every later version is added to both lists.

Migrating is one write transaction under a lock (SQLite ``BEGIN IMMEDIATE``, PostgreSQL an
advisory lock): the version is read again inside it, so two processes opening a new database
together migrate it once, and the other waits and finds nothing to do. The applied versions
are rows of ``dateline_schema``.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from sqlalchemy import Connection, text

from ..errors import StoreError

SCHEMA_TABLE = "dateline_schema"
# The key of PostgreSQL's advisory lock taken while migrating ("dateline" in ASCII, as a number).
PG_LOCK = 0x646174656C696E65

_BOOTSTRAP = """CREATE TABLE IF NOT EXISTS dateline_schema (
	version INTEGER NOT NULL,
	applied_at VARCHAR(40) NOT NULL,
	PRIMARY KEY (version)
)"""

# fmt: off
# The cross-article links of version 4 (the spec: the `link` package's model, one table per list).
# All but entity_corrections are derived: a relink replaces them in one transaction.
_LINKS_V4_SQLITE = [
    """CREATE TABLE duplicate_groups (
	group_id TEXT NOT NULL,
	canonical_article VARCHAR(32),
	PRIMARY KEY (group_id),
	FOREIGN KEY(canonical_article) REFERENCES articles (id) ON DELETE CASCADE
)""",
    """CREATE TABLE duplicate_members (
	group_id TEXT NOT NULL,
	article_id VARCHAR(32) NOT NULL,
	PRIMARY KEY (group_id, article_id),
	FOREIGN KEY(group_id) REFERENCES duplicate_groups (group_id) ON DELETE CASCADE,
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
    "CREATE INDEX ix_duplicate_members_article ON duplicate_members (article_id)",
    """CREATE TABLE canonical_entities (
	id TEXT NOT NULL,
	name TEXT NOT NULL,
	type TEXT NOT NULL,
	geonames_id INTEGER,
	n_articles INTEGER NOT NULL,
	PRIMARY KEY (id)
)""",
    "CREATE INDEX ix_canonical_entities_name ON canonical_entities (name)",
    """CREATE TABLE canonical_aliases (
	entity_id TEXT NOT NULL,
	alias TEXT NOT NULL,
	PRIMARY KEY (entity_id, alias),
	FOREIGN KEY(entity_id) REFERENCES canonical_entities (id) ON DELETE CASCADE
)""",
    """CREATE TABLE canonical_roles (
	entity_id TEXT NOT NULL,
	title TEXT NOT NULL,
	article_id VARCHAR(32) NOT NULL,
	published VARCHAR(40),
	PRIMARY KEY (entity_id, title, article_id),
	FOREIGN KEY(entity_id) REFERENCES canonical_entities (id) ON DELETE CASCADE,
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
    """CREATE TABLE entity_links (
	article_id VARCHAR(32) NOT NULL,
	entity_id VARCHAR(16) NOT NULL,
	canonical_id TEXT NOT NULL,
	PRIMARY KEY (article_id, entity_id),
	FOREIGN KEY(canonical_id) REFERENCES canonical_entities (id) ON DELETE CASCADE
)""",
    "CREATE INDEX ix_entity_links_canonical ON entity_links (canonical_id)",
    """CREATE TABLE incidents (
	id TEXT NOT NULL,
	type TEXT NOT NULL,
	date_start VARCHAR(40),
	date_end VARCHAR(40),
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
    "CREATE INDEX ix_incidents_date_start ON incidents (date_start)",
    """CREATE TABLE incident_events (
	incident_id TEXT NOT NULL,
	article_id VARCHAR(32) NOT NULL,
	event_id VARCHAR(16) NOT NULL,
	PRIMARY KEY (incident_id, article_id, event_id),
	FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE
)""",
    "CREATE INDEX ix_incident_events_event ON incident_events (article_id, event_id)",
    """CREATE TABLE stories (
	id TEXT NOT NULL,
	title TEXT,
	"first" VARCHAR(40),
	"last" VARCHAR(40),
	n_articles INTEGER NOT NULL,
	PRIMARY KEY (id)
)""",
    """CREATE TABLE story_articles (
	story_id TEXT NOT NULL,
	article_id VARCHAR(32) NOT NULL,
	PRIMARY KEY (story_id, article_id),
	FOREIGN KEY(story_id) REFERENCES stories (id) ON DELETE CASCADE,
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
    "CREATE INDEX ix_story_articles_article ON story_articles (article_id)",
    """CREATE TABLE story_incidents (
	story_id TEXT NOT NULL,
	incident_id TEXT NOT NULL,
	PRIMARY KEY (story_id, incident_id),
	FOREIGN KEY(story_id) REFERENCES stories (id) ON DELETE CASCADE,
	FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE
)""",
    # User data: a relink reads these and never deletes them.
    """CREATE TABLE entity_corrections (
	seq INTEGER NOT NULL,
	kind VARCHAR(12) NOT NULL CHECK (kind IN ('must_link', 'cannot_link')),
	a_article VARCHAR(32) NOT NULL,
	a_entity VARCHAR(16) NOT NULL,
	b_article VARCHAR(32) NOT NULL,
	b_entity VARCHAR(16) NOT NULL,
	made_at VARCHAR(40) NOT NULL,
	PRIMARY KEY (seq)
)""",
]

SQLITE: list[tuple[int, list[str]]] = [
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
    # Version 4: the facts inside each record as rows (mentions, casualties, time expressions),
    # full-text search, and the cross-article links. Rows for articles stored earlier are filled
    # from their record JSON (SQLite's json_each), only under the entity and event rows they
    # already have: an article stored before version 3 keeps its events in the JSON only.
    (4, [
        """CREATE TABLE entity_mentions (
	article_id VARCHAR(32) NOT NULL,
	entity_id VARCHAR(16) NOT NULL,
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	PRIMARY KEY (article_id, entity_id, start, "end"),
	FOREIGN KEY(article_id, entity_id) REFERENCES entities (article_id, entity_id) ON DELETE CASCADE
)""",
        """CREATE TABLE event_mentions (
	article_id VARCHAR(32) NOT NULL,
	event_id VARCHAR(16) NOT NULL,
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	PRIMARY KEY (article_id, event_id, start, "end"),
	FOREIGN KEY(article_id, event_id) REFERENCES events (article_id, event_id) ON DELETE CASCADE
)""",
        """CREATE TABLE casualties (
	article_id VARCHAR(32) NOT NULL,
	event_id VARCHAR(16) NOT NULL,
	n INTEGER NOT NULL,
	status VARCHAR(10) NOT NULL,
	count INTEGER,
	count_max INTEGER,
	"group" TEXT,
	part_of INTEGER,
	PRIMARY KEY (article_id, event_id, n),
	FOREIGN KEY(article_id, event_id) REFERENCES events (article_id, event_id) ON DELETE CASCADE
)""",
        """CREATE TABLE timexes (
	article_id VARCHAR(32) NOT NULL,
	n INTEGER NOT NULL,
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	text TEXT NOT NULL,
	value VARCHAR(40),
	end_value VARCHAR(40),
	"precision" VARCHAR(8),
	anchor VARCHAR(10) NOT NULL,
	PRIMARY KEY (article_id, n),
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
        "CREATE INDEX ix_timexes_value ON timexes (value)",
        """INSERT INTO entity_mentions (article_id, entity_id, start, "end")
SELECT DISTINCT en.article_id, en.entity_id, json_extract(m.value, '$.start'), json_extract(m.value, '$.end')
FROM entities en JOIN articles a ON a.id = en.article_id,
	json_each(a.record, '$.entities') e, json_each(e.value, '$.mentions') m
WHERE json_extract(e.value, '$.id') = en.entity_id""",
        """INSERT INTO event_mentions (article_id, event_id, start, "end")
SELECT DISTINCT ev.article_id, ev.event_id, json_extract(m.value, '$.start'), json_extract(m.value, '$.end')
FROM events ev JOIN articles a ON a.id = ev.article_id,
	json_each(a.record, '$.events') e, json_each(e.value, '$.mentions') m
WHERE json_extract(e.value, '$.id') = ev.event_id""",
        """INSERT INTO casualties (article_id, event_id, n, status, count, count_max, "group", part_of)
SELECT ev.article_id, ev.event_id, c.key, json_extract(c.value, '$.status'),
	CASE WHEN json_type(c.value, '$.count') = 'integer' THEN json_extract(c.value, '$.count') END,
	CASE WHEN json_type(c.value, '$.count_max') = 'integer' THEN json_extract(c.value, '$.count_max') END,
	json_extract(c.value, '$.group'),
	CASE WHEN json_type(c.value, '$.part_of') = 'integer' THEN json_extract(c.value, '$.part_of') END
FROM events ev JOIN articles a ON a.id = ev.article_id,
	json_each(a.record, '$.events') e, json_each(e.value, '$.casualties') c
WHERE json_extract(e.value, '$.id') = ev.event_id""",
        """INSERT INTO timexes (article_id, n, start, "end", text, value, end_value, "precision", anchor)
SELECT a.id, t.key, json_extract(t.value, '$.start'), json_extract(t.value, '$.end'),
	json_extract(t.value, '$.text'), json_extract(t.value, '$.value'), json_extract(t.value, '$.end_value'),
	json_extract(t.value, '$.precision'), json_extract(t.value, '$.anchor')
FROM articles a, json_each(a.record, '$.timexes') t""",
        # Full-text search. Articles: an external-content index over articles.title and .text
        # (keyed by seq, the INTEGER PRIMARY KEY, which VACUUM never renumbers), so the text is
        # stored once. Quotes: the index keeps its own copy of the (short) quote text with the
        # quote's key, because the quotes table has no integer key that VACUUM leaves alone.
        # The store writes both in the transaction that stores the article; no triggers.
        """CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text, content='articles', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
)""",
        "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')",
        """CREATE VIRTUAL TABLE quotes_fts USING fts5(
	text, article_id UNINDEXED, quote_id UNINDEXED, tokenize='porter unicode61 remove_diacritics 2'
)""",
        "INSERT INTO quotes_fts (text, article_id, quote_id) SELECT text, article_id, quote_id FROM quotes",
        *_LINKS_V4_SQLITE,
    ]),
]

# PostgreSQL: one baseline with the tables and columns of SQLite's versions 1-4. Strings are TEXT
# (PostgreSQL enforces VARCHAR lengths that SQLite ignores: a long value must not fail one
# dialect only), integers BIGINT (counts reach SQLite's 64-bit range), and full-text search is
# a GIN index on the tsvector of the same columns SQLite's FTS5 tables cover (for articles, a table
# articles_fts as in SQLite).
POSTGRESQL: list[tuple[int, list[str]]] = [
    (4, [
        """CREATE TABLE articles (
	seq BIGINT GENERATED BY DEFAULT AS IDENTITY,
	id TEXT NOT NULL,
	version BIGINT NOT NULL,
	title TEXT,
	published TEXT,
	dateline_place TEXT,
	language TEXT,
	source_path TEXT,
	source_index BIGINT,
	source_url TEXT,
	outlet TEXT,
	text TEXT NOT NULL,
	n_entities BIGINT NOT NULL,
	record TEXT NOT NULL,
	stored_at TEXT NOT NULL,
	PRIMARY KEY (seq),
	UNIQUE (id)
)""",
        "CREATE INDEX ix_articles_published ON articles (published)",
        # Full-text search over title + text: the tsvector is stored (by the store, in the article's
        # transaction) beside the article, so ranking a hit never parses its text again.
        """CREATE TABLE articles_fts (
	seq BIGINT NOT NULL,
	document TSVECTOR NOT NULL,
	PRIMARY KEY (seq),
	FOREIGN KEY(seq) REFERENCES articles (seq) ON DELETE CASCADE
)""",
        "CREATE INDEX ix_articles_fts ON articles_fts USING GIN (document)",
        """CREATE TABLE entities (
	article_id TEXT NOT NULL,
	entity_id TEXT NOT NULL,
	name TEXT NOT NULL,
	type TEXT NOT NULL,
	n_mentions BIGINT NOT NULL,
	country_code TEXT,
	lat DOUBLE PRECISION,
	lon DOUBLE PRECISION,
	geonames_id BIGINT,
	PRIMARY KEY (article_id, entity_id),
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
        "CREATE INDEX ix_entities_name ON entities (name)",
        """CREATE TABLE quotes (
	article_id TEXT NOT NULL,
	quote_id TEXT NOT NULL,
	kind TEXT NOT NULL,
	text TEXT NOT NULL,
	start BIGINT NOT NULL,
	"end" BIGINT NOT NULL,
	speaker TEXT,
	speaker_entity TEXT,
	anonymous BOOLEAN NOT NULL,
	cue TEXT,
	channel TEXT,
	PRIMARY KEY (article_id, quote_id),
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
        "CREATE INDEX ix_quotes_speaker ON quotes (speaker)",
        # quotes are short: an index on the expression, re-parsed only for the hits
        "CREATE INDEX ix_quotes_search ON quotes USING GIN (to_tsvector('english', text))",
        """CREATE TABLE events (
	article_id TEXT NOT NULL,
	event_id TEXT NOT NULL,
	type TEXT NOT NULL,
	mode TEXT,
	"trigger" TEXT NOT NULL,
	actors TEXT,
	recipients TEXT,
	location TEXT,
	date TEXT,
	killed BIGINT,
	wounded BIGINT,
	negated BOOLEAN NOT NULL,
	hypothetical BOOLEAN NOT NULL,
	reported_by TEXT,
	evidence_start BIGINT NOT NULL,
	evidence_end BIGINT NOT NULL,
	PRIMARY KEY (article_id, event_id),
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
        "CREATE INDEX ix_events_date ON events (date)",
        "CREATE INDEX ix_events_type ON events (type)",
        """CREATE TABLE claims (
	article_id TEXT NOT NULL,
	claim_id TEXT NOT NULL,
	stance TEXT NOT NULL,
	claimant TEXT,
	claimant_entity TEXT,
	text TEXT NOT NULL,
	responds_to TEXT,
	PRIMARY KEY (article_id, claim_id),
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
        """CREATE TABLE entity_mentions (
	article_id TEXT NOT NULL,
	entity_id TEXT NOT NULL,
	start BIGINT NOT NULL,
	"end" BIGINT NOT NULL,
	PRIMARY KEY (article_id, entity_id, start, "end"),
	FOREIGN KEY(article_id, entity_id) REFERENCES entities (article_id, entity_id) ON DELETE CASCADE
)""",
        """CREATE TABLE event_mentions (
	article_id TEXT NOT NULL,
	event_id TEXT NOT NULL,
	start BIGINT NOT NULL,
	"end" BIGINT NOT NULL,
	PRIMARY KEY (article_id, event_id, start, "end"),
	FOREIGN KEY(article_id, event_id) REFERENCES events (article_id, event_id) ON DELETE CASCADE
)""",
        """CREATE TABLE casualties (
	article_id TEXT NOT NULL,
	event_id TEXT NOT NULL,
	n BIGINT NOT NULL,
	status TEXT NOT NULL,
	count BIGINT,
	count_max BIGINT,
	"group" TEXT,
	part_of BIGINT,
	PRIMARY KEY (article_id, event_id, n),
	FOREIGN KEY(article_id, event_id) REFERENCES events (article_id, event_id) ON DELETE CASCADE
)""",
        """CREATE TABLE timexes (
	article_id TEXT NOT NULL,
	n BIGINT NOT NULL,
	start BIGINT NOT NULL,
	"end" BIGINT NOT NULL,
	text TEXT NOT NULL,
	value TEXT,
	end_value TEXT,
	"precision" TEXT,
	anchor TEXT NOT NULL,
	PRIMARY KEY (article_id, n),
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
        "CREATE INDEX ix_timexes_value ON timexes (value)",
        """CREATE TABLE duplicate_groups (
	group_id TEXT NOT NULL,
	canonical_article TEXT,
	PRIMARY KEY (group_id),
	FOREIGN KEY(canonical_article) REFERENCES articles (id) ON DELETE CASCADE
)""",
        """CREATE TABLE duplicate_members (
	group_id TEXT NOT NULL,
	article_id TEXT NOT NULL,
	PRIMARY KEY (group_id, article_id),
	FOREIGN KEY(group_id) REFERENCES duplicate_groups (group_id) ON DELETE CASCADE,
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
        "CREATE INDEX ix_duplicate_members_article ON duplicate_members (article_id)",
        """CREATE TABLE canonical_entities (
	id TEXT NOT NULL,
	name TEXT NOT NULL,
	type TEXT NOT NULL,
	geonames_id BIGINT,
	n_articles BIGINT NOT NULL,
	PRIMARY KEY (id)
)""",
        "CREATE INDEX ix_canonical_entities_name ON canonical_entities (name)",
        """CREATE TABLE canonical_aliases (
	entity_id TEXT NOT NULL,
	alias TEXT NOT NULL,
	PRIMARY KEY (entity_id, alias),
	FOREIGN KEY(entity_id) REFERENCES canonical_entities (id) ON DELETE CASCADE
)""",
        """CREATE TABLE canonical_roles (
	entity_id TEXT NOT NULL,
	title TEXT NOT NULL,
	article_id TEXT NOT NULL,
	published TEXT,
	PRIMARY KEY (entity_id, title, article_id),
	FOREIGN KEY(entity_id) REFERENCES canonical_entities (id) ON DELETE CASCADE,
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
        """CREATE TABLE entity_links (
	article_id TEXT NOT NULL,
	entity_id TEXT NOT NULL,
	canonical_id TEXT NOT NULL,
	PRIMARY KEY (article_id, entity_id),
	FOREIGN KEY(canonical_id) REFERENCES canonical_entities (id) ON DELETE CASCADE
)""",
        "CREATE INDEX ix_entity_links_canonical ON entity_links (canonical_id)",
        """CREATE TABLE incidents (
	id TEXT NOT NULL,
	type TEXT NOT NULL,
	date_start TEXT,
	date_end TEXT,
	place TEXT,
	actors TEXT,
	recipients TEXT,
	killed_min BIGINT,
	killed_max BIGINT,
	wounded_min BIGINT,
	wounded_max BIGINT,
	n_articles BIGINT NOT NULL,
	n_outlets BIGINT NOT NULL,
	PRIMARY KEY (id)
)""",
        "CREATE INDEX ix_incidents_date_start ON incidents (date_start)",
        """CREATE TABLE incident_events (
	incident_id TEXT NOT NULL,
	article_id TEXT NOT NULL,
	event_id TEXT NOT NULL,
	PRIMARY KEY (incident_id, article_id, event_id),
	FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE
)""",
        "CREATE INDEX ix_incident_events_event ON incident_events (article_id, event_id)",
        """CREATE TABLE stories (
	id TEXT NOT NULL,
	title TEXT,
	"first" TEXT,
	"last" TEXT,
	n_articles BIGINT NOT NULL,
	PRIMARY KEY (id)
)""",
        """CREATE TABLE story_articles (
	story_id TEXT NOT NULL,
	article_id TEXT NOT NULL,
	PRIMARY KEY (story_id, article_id),
	FOREIGN KEY(story_id) REFERENCES stories (id) ON DELETE CASCADE,
	FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE
)""",
        "CREATE INDEX ix_story_articles_article ON story_articles (article_id)",
        """CREATE TABLE story_incidents (
	story_id TEXT NOT NULL,
	incident_id TEXT NOT NULL,
	PRIMARY KEY (story_id, incident_id),
	FOREIGN KEY(story_id) REFERENCES stories (id) ON DELETE CASCADE,
	FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE
)""",
        """CREATE TABLE entity_corrections (
	seq BIGINT GENERATED BY DEFAULT AS IDENTITY,
	kind TEXT NOT NULL CHECK (kind IN ('must_link', 'cannot_link')),
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
MIGRATIONS = SQLITE  # the name earlier code and tests know
LATEST = SQLITE[-1][0]
assert POSTGRESQL[-1][0] == LATEST, "a new version goes into both dialects' lists"
DIALECTS = {"sqlite": SQLITE, "postgresql": POSTGRESQL}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _not_ours(where: str, have: set[str]) -> StoreError:
    listed = ", ".join(sorted(have)[:5]) + (", ..." if len(have) > 5 else "")
    return StoreError(
        f"{where} is not a dateline database (it holds other tables: {listed}); "
        "dateline did not change it: pass --db with a new or a dateline database"
    )


def _too_new(where: str, version: int) -> StoreError:
    return StoreError(
        f"{where}: the database is at schema version {version}, newer than this dateline ({LATEST}): upgrade dateline"
    )


# ---- SQLite, on the driver's connection (the write lock is BEGIN IMMEDIATE) ----


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
        raise _not_ours(where, have)
    version = current_version(con)
    if version > LATEST:
        raise _too_new(where, version)
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
        for version, statements in SQLITE:
            if version > have:
                for sql in statements:
                    con.execute(sql)
                con.execute("INSERT INTO dateline_schema (version, applied_at) VALUES (?, ?)", (version, _now()))
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    return LATEST


# ---- PostgreSQL, on an SQLAlchemy connection (the lock is an advisory lock) ----


def pg_tables(conn: Connection) -> set[str]:
    rows = conn.execute(text("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"))
    return {r[0] for r in rows}


def pg_check_ours(conn: Connection, where: str) -> int:
    have = pg_tables(conn)
    if have and SCHEMA_TABLE not in have:
        raise _not_ours(where, have)
    version = 0
    if SCHEMA_TABLE in have:
        version = int(conn.execute(text("SELECT max(version) FROM dateline_schema")).scalar() or 0)
    if version > LATEST:
        raise _too_new(where, version)
    return version


def pg_migrate(conn: Connection, where: str) -> int:
    """Bring a PostgreSQL database up to LATEST in one transaction under an advisory lock.

    PostgreSQL's DDL is transactional: a failure leaves the database as it was.
    """
    with conn.begin():
        have = pg_check_ours(conn, where)
    if have == LATEST:
        return LATEST
    with conn.begin():
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK})
        have = pg_check_ours(conn, where)  # again, under the lock
        conn.exec_driver_sql(_BOOTSTRAP)
        for version, statements in POSTGRESQL:
            if version > have:
                for sql in statements:
                    conn.exec_driver_sql(sql)
                conn.execute(
                    text("INSERT INTO dateline_schema (version, applied_at) VALUES (:v, :at)"),
                    {"v": version, "at": _now()},
                )
    return LATEST
