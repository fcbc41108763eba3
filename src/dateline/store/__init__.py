"""The store: articles in SQLite (a file any SQLite tool opens), on SQLAlchemy 2 Core.

The whole record is kept as JSON next to the columns people query (title, date,
place, entities), so the store never re-runs the parser to show an article.
Schema changes are numbered migrations (``migrations.py``), applied on open.
Each article commits on its own: a failure later never loses what was stored.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, insert, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError

from ..errors import DatelineError, StoreError
from ..link.model import Corrections, Links, Ref
from ..record import Article, Claim, Event, Quote
from . import schema as t
from .migrations import LATEST, check_ours, migrate
from .schema import articles, claims, entities, events, quotes

DEFAULT_DB = "dateline.db"
# How long one statement waits for another process's write lock, and how often a write that
# still finds the database busy is tried again (with a growing pause) before it is reported.
BUSY_SECONDS = 30.0
RETRIES = 5
# The largest integer an SQLite INTEGER column holds: counts beyond it are not stored as numbers.
MAX_INTEGER = 2**63 - 1

__all__ = ["DEFAULT_DB", "Store", "default_db_path"]

T = TypeVar("T")


def default_db_path() -> str:
    return os.environ.get("DATELINE_DB") or DEFAULT_DB


def _sqlite_path(db: str) -> str:
    """The file behind ``db``: a path, or an ``sqlite:///`` URL; other databases are refused."""
    if "://" not in db:
        return db
    if db.startswith("sqlite:///"):
        return db[len("sqlite:///") :] or ":memory:"
    raise StoreError(f"{db}: only SQLite databases are supported (a file path, or sqlite:///PATH)")


def _explain(message: str) -> str:
    """SQLite's error message as a reason a person can act on."""
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


@contextmanager
def _errors(where: str) -> Iterator[None]:
    """Every database failure as one StoreError line naming the database."""
    try:
        yield
    except DatelineError:
        raise
    except DBAPIError as e:
        raise StoreError(f"{where}: {_explain(' '.join(str(e.orig).split()))}") from None
    except sqlite3.Error as e:
        raise StoreError(f"{where}: {_explain(' '.join(str(e).split()))}") from None


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
    """Open (and create or migrate) the SQLite database at ``db``: a file path or an ``sqlite:///`` URL.

    ``create=False`` is for commands that only read: they never create a file that was not there.
    Every failure to open, read or write the database is a StoreError naming it.
    """

    def __init__(self, db: str | None = None, *, create: bool = True) -> None:
        from_env = db is None and bool(os.environ.get("DATELINE_DB"))
        self.db = db or default_db_path()
        self.where = f"{self.db} (from $DATELINE_DB)" if from_env else self.db
        self.path = _sqlite_path(self.db)
        self._check_path(create)
        self.engine: Engine = create_engine(f"sqlite:///{self.path}", connect_args={"timeout": BUSY_SECONDS})
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        try:
            with _errors(self.where):
                self._open(create)
        except BaseException:
            self.engine.dispose()
            raise

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
        with self.engine.connect() as conn:
            conn.execution_options(dl_write=True)
            with conn.begin():
                yield conn

    def add(self, article: Article) -> bool:
        """Store an article; False when the same article (same id) is already there.

        "Already there" is decided by the insert itself (ON CONFLICT DO NOTHING), so two processes
        storing the same article at once both succeed and it is stored once.
        """
        row = _article_row(article)
        names = {e.id: e.name for e in article.entities}
        children = [
            (entities, [_entity_row(article.id, e) for e in article.entities]),
            (quotes, [_quote_row(article.id, q) for q in article.quotes]),
            (events, [_event_row(article.id, ev, names) for ev in article.events]),
            (claims, [_claim_row(article.id, c) for c in article.claims]),
        ]

        def attempt() -> bool:
            with self._write() as conn:
                stmt = sqlite_insert(articles).values(**row).on_conflict_do_nothing(index_elements=["id"])
                if conn.execute(stmt).rowcount == 0:
                    return False
                for table, rows in children:
                    if rows:
                        conn.execute(insert(table), rows)
            return True

        with _errors(self.where):
            return _retry(attempt)

    def get(self, article_id: str) -> Article:
        """The stored article with this id, or with the only id that starts with it."""
        with _errors(self.where), self.engine.connect() as conn:
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
        with _errors(self.where), self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def articles(self) -> Iterator[Article]:
        with _errors(self.where), self.engine.connect() as conn:
            for (record,) in conn.execute(select(articles.c.record).order_by(articles.c.seq)):
                yield Article.model_validate_json(record)

    def count(self) -> int:
        with _errors(self.where), self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())

    # TEMPORARY (queries branch): replaced by the store branch's link methods at merge.
    def save_links(self, links: Links) -> None:
        """Replace every link table with ``links`` in one transaction (entity_corrections is kept)."""
        rows = _link_rows(links)

        def attempt() -> None:
            with self._write() as conn:
                for table in t.LINK_TABLES:
                    conn.execute(delete(table))
                for table in reversed(t.LINK_TABLES):
                    if rows[table.name]:
                        conn.execute(insert(table), rows[table.name])

        with _errors(self.where):
            _retry(attempt)

    # TEMPORARY (queries branch): replaced by the store branch's at merge.
    def corrections(self) -> Corrections:
        """The user's entity corrections, in the order they were made."""
        c = t.entity_corrections.c
        out = Corrections()
        with _errors(self.where), self.engine.connect() as conn:
            for r in conn.execute(select(t.entity_corrections).order_by(c.seq)):
                pair = (Ref(r.a_article, r.a_entity), Ref(r.b_article, r.b_entity))
                (out.must_link if r.kind == "must_link" else out.cannot_link).append(pair)
        return out

    # TEMPORARY (queries branch): replaced by the store branch's at merge.
    def add_correction(self, kind: str, a: Ref, b: Ref) -> None:
        """Record that two entity mentions are (``must_link``) or are not (``cannot_link``) one entity."""
        if kind not in ("must_link", "cannot_link"):
            raise ValueError(kind)
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
                conn.execute(insert(t.entity_corrections).values(**row))

        with _errors(self.where):
            _retry(attempt)

    # TEMPORARY (queries branch): replaced by the store branch's relink at merge.
    def relink(self) -> Links:
        """Link every stored article again (with the user's corrections) and store the links."""
        from ..link import link

        links = link(list(self.articles()), self.corrections())
        self.save_links(links)
        return links

    # TEMPORARY (queries branch): a LIKE fallback, replaced by the store branch's FTS5 search at merge.
    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Articles (title or text) and quotes that contain ``text``, case-insensitively."""
        a, q = articles.c, quotes.c
        found: list[dict[str, Any]] = []
        with _errors(self.where), self.engine.connect() as conn:
            for r in conn.execute(
                select(a.id, a.title, a.published, a.text)
                .where(or_(a.title.icontains(text, autoescape=True), a.text.icontains(text, autoescape=True)))
                .order_by(a.seq)
                .limit(limit)
            ):
                found.append(_hit("article", r.id, r.title, r.published, r.text, text))
            for h in conn.execute(
                select(q.article_id, q.quote_id, q.text, a.title, a.published)
                .join(articles, a.id == q.article_id)
                .where(q.text.icontains(text, autoescape=True))
                .order_by(a.seq, q.start)
                .limit(limit)
            ):
                found.append(_hit("quote", h.article_id, h.title, h.published, h.text, text))
        return found[:limit]


def _int(n: int | None) -> int | None:
    """A count as the store can hold it: one beyond SQLite's integers is kept in the record JSON only."""
    return n if n is None or -MAX_INTEGER <= n <= MAX_INTEGER else None


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
        "geonames_id": _int(e.geo.geonames_id) if e.geo else None,
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
        # one figure per group: a toll reported again ("14 people", later "20 people") is the
        # highest, different groups ("5 soldiers", "25 militants") add up; a subgroup
        # ("including 9 foreigners", part_of set) is inside a figure already counted
        by_group: dict[str, int] = {}
        for c in ev.casualties:
            if c.status == status and c.count is not None and getattr(c, "part_of", None) is None:
                key = (c.group or "").lower()
                by_group[key] = max(by_group.get(key, 0), c.count)
        return _int(sum(by_group.values())) if by_group else None

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


def _hit(kind: str, article_id: str, title: str | None, published: str | None, text: str, query: str) -> dict[str, Any]:
    """A search result with the words around the first match (TEMPORARY, with Store.search)."""
    at = max(text.lower().find(query.lower()), 0)
    start, end = max(at - 60, 0), min(at + len(query) + 60, len(text))
    snippet = " ".join(text[start:end].split())
    return {"kind": kind, "article_id": article_id, "title": title, "published": published, "snippet": snippet}


def _link_rows(links: Links) -> dict[str, list[dict[str, Any]]]:
    """The rows of every link table for ``links`` (TEMPORARY, with Store.save_links)."""
    rows: dict[str, list[dict[str, Any]]] = {table.name: [] for table in t.LINK_TABLES}
    for g in links.duplicates:
        rows["duplicate_groups"].append({"group_id": g.id, "canonical_article": g.canonical})
        rows["duplicate_members"] += [{"group_id": g.id, "article_id": x} for x in sorted(set(g.article_ids))]
    for e in links.entities:
        rows["canonical_entities"].append(
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "geonames_id": _int(e.geonames_id),
                "n_articles": len({m.article_id for m in e.members}),
            }
        )
        rows["canonical_aliases"] += [{"entity_id": e.id, "alias": x} for x in sorted(set(e.aliases))]
        seen: set[tuple[str, str]] = set()
        for role in e.roles:
            if (role.title, role.article_id) not in seen:
                seen.add((role.title, role.article_id))
                rows["canonical_roles"].append(
                    {"entity_id": e.id, "title": role.title, "article_id": role.article_id, "published": role.published}
                )
        rows["entity_links"] += [
            {"article_id": m.article_id, "entity_id": m.item_id, "canonical_id": e.id} for m in sorted(set(e.members))
        ]
    for i in links.incidents:
        rows["incidents"].append(
            {
                "id": i.id,
                "type": i.type,
                "date_start": i.date_start,
                "date_end": i.date_end,
                "place": i.place,
                "actors": json.dumps(i.actors, ensure_ascii=False),
                "recipients": json.dumps(i.recipients, ensure_ascii=False),
                "killed_min": _int(i.killed_min),
                "killed_max": _int(i.killed_max),
                "wounded_min": _int(i.wounded_min),
                "wounded_max": _int(i.wounded_max),
                "n_articles": i.n_articles,
                "n_outlets": i.n_outlets,
            }
        )
        rows["incident_events"] += [
            {"incident_id": i.id, "article_id": r.article_id, "event_id": r.item_id} for r in sorted(set(i.events))
        ]
    for st in links.stories:
        rows["stories"].append(
            {"id": st.id, "title": st.title, "first": st.first, "last": st.last, "n_articles": len(set(st.article_ids))}
        )
        rows["story_articles"] += [{"story_id": st.id, "article_id": x} for x in sorted(set(st.article_ids))]
        rows["story_incidents"] += [{"story_id": st.id, "incident_id": x} for x in sorted(set(st.incidents))]
    return rows
