"""What the web pages and the JSON API read: the store, and the links it keeps across articles.

Pages never build SQL: articles come from ``Store``, the cross-article views (people, incidents,
stories, timelines, quotes and events with filters) from ``store.queries`` — the same queries the
CLI prints — and links are the ones ``dateline ingest`` saved (``Store.relink``). Adding articles
from the paste box stores them and relinks the store, as ``ingest`` does.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import select

from ..errors import DatelineError
from ..link import link
from ..record import Article
from ..store import queries
from ..store import schema as t


class NotFound(DatelineError):
    """An id that names nothing in the store."""


class WebData:
    def __init__(self, store: Any, relink_sync_max: int = 300) -> None:
        self.store = store
        # up to this many stored articles a paste relinks at once (about a second); a larger store is
        # relinked in a background thread, one run at a time, so a paste never waits for it
        self.relink_sync_max = relink_sync_max
        self._relink_lock = threading.Lock()
        self._dirty = False
        self._worker: threading.Thread | None = None

    # --- articles -------------------------------------------------------------------------------

    def recent(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        a = t.articles.c
        stmt = (
            select(a.id, a.title, a.published, a.dateline_place, a.outlet, a.source_url, a.source_path, a.stored_at)
            .order_by(a.published.is_(None), a.published.desc(), a.seq.desc())
            .limit(limit)
            .offset(offset)
        )
        with queries.connect(self.store) as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def article(self, article_id: str) -> Article:
        try:
            a: Article = self.store.get(article_id)
        except DatelineError as e:
            raise NotFound(str(e)) from None
        return a

    def add(self, articles: list[Article]) -> list[tuple[Article, bool]]:
        out = [(a, bool(self.store.add(a))) for a in articles]
        if any(new for _, new in out):
            if self.store.count() <= self.relink_sync_max:
                self.store.relink(link)
            else:
                self._relink_later()
        return out

    @property
    def relinking(self) -> bool:
        """A background relink is running: people, incidents and stories may lag the newest articles."""
        return self._worker is not None and self._worker.is_alive()

    def _relink_later(self) -> None:
        with self._relink_lock:
            self._dirty = True
            if self.relinking:
                return  # the running worker sees the flag and runs once more
            self._worker = threading.Thread(target=self._relink_loop, name="dateline-relink", daemon=True)
            self._worker.start()

    def _relink_loop(self) -> None:
        while True:
            with self._relink_lock:
                if not self._dirty:
                    return
                self._dirty = False
            self.store.relink(link)  # Store.relink never saves links older than what is stored

    def canonical_ids(self, article_id: str) -> dict[str, str]:
        """Entity id -> canonical entity id, for one article's entities."""
        el = t.entity_links.c
        with queries.connect(self.store) as conn:
            rows = conn.execute(select(el.entity_id, el.canonical_id).where(el.article_id == article_id))
            return {r.entity_id: r.canonical_id for r in rows}

    def records(self, article_ids: list[str]) -> dict[str, Article]:
        with queries.connect(self.store) as conn:
            return queries.records(conn, article_ids)

    # --- people ---------------------------------------------------------------------------------

    def people(self, role: str | None = None, type_: str | None = None, limit: int | None = None) -> list[dict]:
        return queries.people(self.store, role=role or None, type=type_ or None, limit=limit)

    def person(self, given: str) -> dict[str, Any]:
        try:
            cid = queries.canonical_id(self.store, given)
        except DatelineError as e:
            raise NotFound(str(e)) from None
        [person] = queries.people(self.store, ids=[cid])  # that one only, not every entity of the store
        return person

    def person_quotes(self, person: dict[str, Any]) -> list[dict[str, Any]]:
        found = queries.quotes(self.store, speaker=person["name"])
        return [q for q in found if q["speaker_id"] == person["id"]]

    def person_events(self, person: dict[str, Any]) -> list[dict[str, Any]]:
        """The events the entity took part in (as actor or recipient), from its articles' records."""
        members: dict[str, set[str]] = {}
        for m in person["members"]:
            article_id, entity_id = m.split(":", 1)
            members.setdefault(article_id, set()).add(entity_id)
        out: list[dict[str, Any]] = []
        for a in self.records(list(members)).values():
            for ev in a.events:
                role = (
                    "actor"
                    if members[a.id] & set(ev.actors)
                    else "recipient"
                    if members[a.id] & set(ev.recipients)
                    else None
                )
                if role:
                    out.append({"article": a, "event": ev, "role": role,
                                "sentence": a.text[ev.evidence.start : ev.evidence.end].strip()})  # fmt: skip
        out.sort(key=lambda r: (r["event"].date.value if r["event"].date else "", r["article"].id))
        return out

    # --- facts across articles ------------------------------------------------------------------

    def quotes(self, **filters: Any) -> list[dict[str, Any]]:
        return queries.quotes(self.store, **filters)

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events with filters, each with the coordinates of its place where the article located it."""
        rows = queries.events(self.store, **filters)
        places = {(r["article_id"], r["location"]) for r in rows if r["location"]}
        coords: dict[tuple[str, str], tuple[float | None, float | None]] = {}
        if places:
            e = t.entities.c
            with queries.connect(self.store) as conn:
                for c in conn.execute(
                    select(e.article_id, e.name, e.lat, e.lon).where(
                        e.article_id.in_({p[0] for p in places}), e.lat.is_not(None), e.lon.is_not(None)
                    )
                ):
                    coords[(c.article_id, c.name)] = (c.lat, c.lon)
        # a place the entity list did not locate (typed as something else) is located in the event itself
        missing = {r["article_id"] for r in rows if r["location"] and (r["article_id"], r["location"]) not in coords}
        located: dict[tuple[str, str], tuple[float | None, float | None]] = {}
        for a in self.records(sorted(missing)).values() if missing else []:
            for ev in a.events:
                if ev.location and ev.location.geo and ev.location.geo.lat is not None:
                    located[(a.id, ev.id)] = (ev.location.geo.lat, ev.location.geo.lon)
        for r in rows:
            where = coords.get((r["article_id"], r["location"])) or located.get((r["article_id"], r["event_id"]))
            r["lat"], r["lon"] = where or (None, None)
        return rows

    def incidents(self, **filters: Any) -> list[dict[str, Any]]:
        return queries.incidents(self.store, **filters)

    # --- stories --------------------------------------------------------------------------------

    def stories(self, limit: int | None = None) -> list[dict[str, Any]]:
        return queries.stories(self.store, limit=limit)

    def story(self, given: str) -> dict[str, Any]:
        """A story with its timeline, its articles and each source's casualty figures side by side."""
        try:
            found = queries.timeline(self.store, given)
        except DatelineError as e:
            raise NotFound(str(e)) from None
        sa = t.story_articles.c
        with queries.connect(self.store) as conn:
            ids = list(conn.execute(select(sa.article_id).where(sa.story_id == found["story"]["id"])).scalars())
        arts = self.records(ids)
        tolls = [
            {
                "article": a,
                "event": ev,
                "status": c.status,
                "count": c.count,
                "count_max": c.count_max,
                "group": c.group,
            }
            for a in arts.values()
            for ev in a.events
            if not ev.negated and not ev.hypothetical
            for c in ev.casualties
            if c.count is not None
        ]
        tolls.sort(key=lambda x: (x["status"], x["group"] or "", x["count"]))
        for item in found["items"]:
            item["day"] = (item["date"] or "")[:10]  # one heading per day, whatever the stamp's precision
        articles = sorted(arts.values(), key=lambda a: a.published.value if a.published else "")
        return {**found, "articles": articles, "tolls": tolls}

    def search(self, q: str, limit: int = 100) -> list[Any]:
        return list(self.store.search(q, limit)) if q.strip() else []
