"""The store: articles in SQLite (a file any SQLite tool opens) or PostgreSQL, on SQLAlchemy 2 Core.

The whole record is kept as JSON next to the columns people query (title, date, place,
entities, quotes, events and the facts inside them), so the store never re-runs the parser to
show an article. Schema changes are numbered migrations per dialect (``migrations.py``),
applied on open. Each article commits on its own, with all its fact rows: a failure later
never loses what was stored, and nothing is stored half.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DataError, DBAPIError, IntegrityError, NoSuchModuleError

from ..errors import ArticleRejected, DatelineError, StoreError
from ..link.model import Corrections, Links, Ref
from ..record import Article
from . import search as _search
from .links import KINDS, corrections_from_rows, link_rows
from .migrations import LATEST, PG_LOCK, check_ours, migrate, pg_check_ours, pg_migrate
from .rows import article_row, fact_rows
from .schema import LINK_TABLES, articles, entities, entity_corrections
from .search import Hit

DEFAULT_DB = "dateline.db"
# How long one statement waits for another process's write lock, and how often a write that
# still finds the database busy is tried again (with a growing pause) before it is reported.
BUSY_SECONDS = 30.0
RETRIES = 5
# How often a relink computes the links without the write lock before it computes them holding it
# (each time, articles stored meanwhile made the links it computed out of date).
OPTIMISTIC_TRIES = 3
# How long opening a PostgreSQL database waits for the server to answer.
CONNECT_SECONDS = 10

__all__ = ["DEFAULT_DB", "Hit", "Store", "default_db_path"]

T = TypeVar("T")


def default_db_path() -> str:
    return os.environ.get("DATELINE_DB") or DEFAULT_DB


def _sqlite_path(db: str) -> str | None:
    """The file behind ``db`` when it names an SQLite database (a path or ``sqlite:///``), else None."""
    if "://" not in db:
        return db
    if db.startswith("sqlite:///"):
        return db[len("sqlite:///") :] or ":memory:"
    return None


def _pg_url(db: str) -> URL:
    """The SQLAlchemy URL (psycopg 3 driver) of a ``postgresql://`` database; StoreError for any other."""
    try:
        url = make_url(db)
    except ArgumentError:
        url = None
    scheme = db.split("://", 1)[0]
    if url is None or url.get_backend_name() != "postgresql" or url.get_driver_name() not in ("psycopg", "psycopg2"):
        raise StoreError(
            f"{_shown(db)}: unsupported database URL ({scheme}://): use a file path, sqlite:///PATH "
            "or postgresql://USER@HOST[:PORT]/DATABASE"
        )
    return url.set(drivername="postgresql+psycopg")


def _shown(db: str) -> str:
    """A database URL as it may be printed: without its password."""
    if _sqlite_path(db) is not None:
        return db
    try:
        u = make_url(db)
    except ArgumentError:
        return db.split("://", 1)[0] + "://..."
    query = {k: v for k, v in u.query.items() if k != "password"}
    clean = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, query)
    return clean.render_as_string(hide_password=False)


def _explain(message: str) -> str:
    """The database's error message as a reason a person can act on."""
    low = message.lower()
    if "not a database" in low:
        return "not an SQLite database (another kind of file): pass --db with a dateline database or a new file"
    if "malformed" in low or "corrupt" in low:
        return (
            f"the database file is damaged ({message}): restore a backup, or recover it with "
            "`sqlite3 FILE .recover` into a new file"
        )
    if "readonly" in low or "read-only" in low:
        return "the database (or its folder) is read-only: dateline cannot write to it"
    if "locked" in low or "busy" in low:
        return f"the database is locked by another program (waited {BUSY_SECONDS:.0f} s): try again when it is done"
    if "unable to open" in low:
        return "cannot open the database file (check that its folder exists and is writable)"
    return message


def _one_line(e: BaseException, password: str | None = None) -> str:
    message = " ".join(str(e.orig if isinstance(e, DBAPIError) else e).split())
    if password:
        message = message.replace(password, "***")
    return message


@contextmanager
def _errors(where: str, password: str | None = None) -> Iterator[None]:
    """Every database failure as one StoreError line naming the database."""
    try:
        yield
    except DatelineError:
        raise
    except (DBAPIError, sqlite3.Error) as e:
        raise StoreError(f"{where}: {_explain(_one_line(e, password))}") from None


def _busy(e: BaseException) -> bool:
    err = e.orig if isinstance(e, DBAPIError) else e
    return isinstance(err, sqlite3.OperationalError) and any(w in str(err).lower() for w in ("locked", "busy"))


def _retry(fn: Callable[[], T]) -> T:
    """Run ``fn``; when SQLite answers "busy" at once (it does, to break a wait that could deadlock), again."""
    for attempt in range(RETRIES):
        try:
            return fn()
        except (DBAPIError, sqlite3.OperationalError) as e:
            if not _busy(e) or attempt == RETRIES - 1:
                raise
            time.sleep(0.05 * 2**attempt)
    raise AssertionError("unreachable")


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # dateline begins its own transactions (see _on_begin): the driver must not.
    dbapi_conn.isolation_level = None
    dbapi_conn.execute("PRAGMA foreign_keys=ON")
    dbapi_conn.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")


def _on_begin(conn: Connection) -> None:
    # A write takes the write lock when it begins, so two writers queue on the busy timeout
    # instead of both reading and then one failing at once when it tries to write.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("dl_write") else "BEGIN")


class Store:
    """Open (and create or migrate) the database at ``db``: a file path or ``sqlite:///PATH`` for
    SQLite, ``postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE`` for PostgreSQL (an existing,
    empty or dateline database: dateline creates its tables, not the database).

    ``create=False`` is for commands that only read: they never create a file or a table.
    Every failure to open, read or write the database is a StoreError naming it (never its password).
    """

    def __init__(self, db: str | None = None, *, create: bool = True) -> None:
        from_env = db is None and bool(os.environ.get("DATELINE_DB"))
        self.db = db or default_db_path()
        shown = _shown(self.db)
        self.where = f"{shown} (from $DATELINE_DB)" if from_env else shown
        path = _sqlite_path(self.db)
        self.dialect = "sqlite" if path is not None else "postgresql"
        self._password: str | None = None
        if path is not None:
            self.path = path
            self._check_path(create)
            self.engine: Engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_SECONDS})
            event.listen(self.engine, "connect", _on_connect)
            event.listen(self.engine, "begin", _on_begin)
        else:
            url = _pg_url(self.db)
            self.path = ""
            self._password = url.password if isinstance(url.password, str) else None
            try:
                self.engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_SECONDS})
            except NoSuchModuleError:
                missing = "the PostgreSQL driver is missing: pip install 'psycopg[binary]'"
                raise StoreError(f"{self.where}: {missing}") from None
        try:
            with _errors(self.where, self._password):
                if self.dialect == "sqlite":
                    self._open(create)
                else:
                    self._open_pg(create)
        except BaseException:
            self.engine.dispose()
            raise

    def _open_pg(self, create: bool) -> None:
        try:
            conn = self.engine.connect()
        except DBAPIError as e:
            raise StoreError(f"cannot connect to {self.where}: {_one_line(e, self._password)}") from None
        with conn:
            if not create:
                with conn.begin():
                    version = pg_check_ours(conn, self.where)
                if version == 0:
                    raise StoreError(f"{self.where} holds no dateline tables yet: ingest articles into it first")
            pg_migrate(conn, self.where)

    def _check_path(self, create: bool) -> None:
        path = self.path
        if path == ":memory:":
            return
        if os.path.isdir(path):
            raise StoreError(f"{self.where} is a directory, not a database file")
        if os.path.exists(path):
            if create and not os.access(path, os.W_OK):
                raise StoreError(f"{self.where} is read-only: dateline cannot store articles in it")
            return
        if not create:
            raise StoreError(f"no database at {self.where}: ingest articles into it first, or check --db")
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise StoreError(f"cannot create {self.where}: the folder {folder} does not exist")
        if not os.access(folder, os.W_OK):
            raise StoreError(f"cannot create {self.where}: the folder {folder} is not writable")

    def _open(self, create: bool) -> None:
        raw = self.engine.raw_connection()
        try:
            con = raw.driver_connection
            assert isinstance(con, sqlite3.Connection)
            version = _retry(lambda: check_ours(con, self.where))  # refuses a foreign file before any write
            if version == 0 and not create:
                raise StoreError(f"{self.where} holds no dateline tables yet: ingest articles into it first")
            if version < LATEST:
                _retry(lambda: migrate(con, self.where))
            if create:
                # a damaged file is refused before anything is written into it
                problem = str(con.execute("PRAGMA quick_check(1)").fetchone()[0])
                if problem != "ok":
                    first = " ".join(problem.split())[:120]
                    raise StoreError(f"{self.where}: {_explain('database disk image is malformed: ' + first)}")
                self._wal(con)
        finally:
            raw.close()

    def _wal(self, con: sqlite3.Connection) -> None:
        """Write-ahead logging, so readers never wait for the writer; set once per file (it is kept)."""
        if self.path == ":memory:" or con.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            return
        # The switch needs the file to itself: while another process has it open, give up soon (it
        # works as well in the rollback journal until a later open switches it) instead of waiting.
        con.execute("PRAGMA busy_timeout=100")
        try:
            for attempt in range(3):
                try:
                    con.execute("PRAGMA journal_mode=WAL")
                    return
                except sqlite3.OperationalError as e:
                    if not _busy(e):
                        raise
                    time.sleep(0.05 * 2**attempt)
        finally:
            con.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A write transaction: SQLite takes the write lock at BEGIN; PostgreSQL locks rows as it goes."""
        with self.engine.connect() as conn:
            conn.execution_options(dl_write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with _errors(self.where, self._password), self.engine.connect() as conn:
            yield conn

    def _run(self, fn: Callable[[], T]) -> T:
        with _errors(self.where, self._password):
            return _retry(fn)

    def add(self, article: Article) -> bool:
        """Store an article with all its fact rows in one transaction; False when the same article
        (same id) is already there.

        "Already there" is decided by the insert itself (ON CONFLICT DO NOTHING), so two processes
        storing the same article at once both succeed and it is stored once.
        """
        row = article_row(article)
        children = fact_rows(article)
        dialect_insert = sqlite_insert if self.dialect == "sqlite" else pg_insert

        def attempt() -> bool:
            with self._write() as conn:
                stmt = dialect_insert(articles).values(**row).on_conflict_do_nothing(index_elements=["id"])
                seq = conn.execute(stmt.returning(articles.c.seq)).scalar()
                if seq is None:
                    return False
                for table, rows in children:
                    if rows:
                        conn.execute(insert(table), rows)
                _search.index(conn, self.dialect, seq, article)  # in the same transaction
            return True

        def guarded() -> bool:
            try:
                return attempt()
            except (IntegrityError, DataError) as e:
                reason = _one_line(e, self._password)
                raise ArticleRejected(f"{self.where}: article {article.id} was not stored: {reason}") from None

        return self._run(guarded)

    def get(self, article_id: str) -> Article:
        """The stored article with this id, or with the only id that starts with it."""
        with self._read() as conn:
            rows = conn.execute(
                select(articles.c.id, articles.c.record).where(articles.c.id.startswith(article_id, autoescape=True))
            ).all()
        exact = [r for r in rows if r.id == article_id]
        if exact:
            rows = exact
        if not rows:
            raise StoreError(f"no article with id {article_id!r} in {self.where} (see `dateline list`)")
        if len(rows) > 1:
            raise StoreError(f"{len(rows)} articles have ids starting with {article_id!r}: give more characters")
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
        with self._read() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def articles(self) -> Iterator[Article]:
        """Every stored record, in the order they were stored."""
        with self._read() as conn:
            yield from _articles(conn)

    def count(self) -> int:
        with self._read() as conn:
            return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        """Articles (title or text) and quotes holding every word of ``query``, best first.

        The query is words only: punctuation, quotes, ``%``, ``OR`` or ``DROP TABLE`` are text to
        look for, never syntax (see ``store/search.py``).
        """
        with self._read() as conn:
            return _search.search(conn, self.dialect, query, limit)

    # ---- links across articles ----

    def save_links(self, links: Links) -> None:
        """Replace every derived link row with ``links``, in one transaction (corrections stay)."""
        rows = link_rows(links)

        def attempt() -> None:
            with self._write() as conn:
                self._lock_links(conn)
                _replace_links(conn, rows)

        self._run(attempt)

    def relink(self, compute: Callable[[Sequence[Article], Corrections], Links]) -> Links:
        """Recompute the links from every stored article and the corrections, and save them.

        ``compute`` runs without holding the write lock; the links are saved only if no article
        or correction arrived meanwhile (else it runs again, and after OPTIMISTIC_TRIES such
        races under the lock). So the links saved last were always computed from everything
        stored before they were saved, however many processes ingest and relink at once.
        """
        for _ in range(OPTIMISTIC_TRIES):
            with self._read() as conn, conn.begin():
                seen = _state(conn)  # first: an article stored after it makes the save wait a turn
                arts, corrections = list(_articles(conn)), _corrections(conn)
            links = compute(arts, corrections)
            rows = link_rows(links)

            def save(seen: tuple[int, ...] = seen, rows: list[Any] = rows) -> bool:
                with self._write() as conn:
                    self._lock_links(conn)
                    if _state(conn) != seen:
                        return False
                    _replace_links(conn, rows)
                return True

            if self._run(save):
                return links

        def locked() -> Links:
            with self._write() as conn:
                self._lock_links(conn)
                links = compute(list(_articles(conn)), _corrections(conn))
                _replace_links(conn, link_rows(links))
            return links

        return self._run(locked)

    def _lock_links(self, conn: Connection) -> None:
        # SQLite's write transaction already holds the database's write lock; PostgreSQL's
        # relinks take turns on an advisory lock (one key above the migration's).
        if self.dialect == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK + 1})

    def corrections(self) -> Corrections:
        """The user's entity corrections, in the order they were made."""
        with self._read() as conn:
            return _corrections(conn)

    def add_correction(self, kind: str, a: Ref, b: Ref) -> None:
        """Record that the entities ``a`` and ``b`` are (``must_link``) or are not (``cannot_link``)
        the same. Both must be stored entities; the next relink applies it."""
        if kind not in KINDS:
            raise StoreError(f"unknown correction {kind!r}: use must_link or cannot_link")
        with self._read() as conn:
            for ref in (a, b):
                found = conn.execute(
                    select(func.count())
                    .select_from(entities)
                    .where(entities.c.article_id == ref.article_id, entities.c.entity_id == ref.item_id)
                ).scalar_one()
                if not found:
                    raise StoreError(f"no entity {ref.item_id!r} in article {ref.article_id!r} in {self.where}")
        row = {
            "kind": kind,
            "a_article": a.article_id,
            "a_entity": a.item_id,
            "b_article": b.article_id,
            "b_entity": b.item_id,
            "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }

        def attempt() -> None:
            with self._write() as conn:
                conn.execute(insert(entity_corrections), [row])

        self._run(attempt)


def _articles(conn: Connection) -> Iterator[Article]:
    for (record,) in conn.execute(select(articles.c.record).order_by(articles.c.seq)):
        yield Article.model_validate_json(record)


def _state(conn: Connection) -> tuple[int, ...]:
    """What links are computed from, in four numbers: the articles and corrections stored so far."""
    a = conn.execute(select(func.count(), func.coalesce(func.max(articles.c.seq), 0))).one()
    c = conn.execute(
        select(func.count(), func.coalesce(func.max(entity_corrections.c.seq), 0)).select_from(entity_corrections)
    ).one()
    return (int(a[0]), int(a[1]), int(c[0]), int(c[1]))


def _corrections(conn: Connection) -> Corrections:
    return corrections_from_rows(list(conn.execute(select(entity_corrections).order_by(entity_corrections.c.seq))))


def _replace_links(conn: Connection, rows: list[tuple[Any, list[dict[str, Any]]]]) -> None:
    for table in LINK_TABLES:  # children first
        conn.execute(delete(table))
    for table, batch in rows:  # parents first
        if batch:
            conn.execute(insert(table), batch)
