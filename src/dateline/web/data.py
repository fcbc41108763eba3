"""What the web pages and the JSON API read: the store's articles and the links across them.

The pages never build SQL: they call the store, and the cross-article views (people, stories,
incidents) come from ``dateline.link``. Links are recomputed only when the store changed (its
article count), so a page view costs one store read.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from ..errors import DatelineError
from ..link import CanonicalEntity, Links, Ref, Story, link
from ..record import Article, Event, Quote


class NotFound(DatelineError):
    """An id that names nothing in the store."""


@dataclass
class QuoteRow:
    article: Article
    quote: Quote
    person: str | None  # canonical entity id of the speaker, where linked


@dataclass
class EventRow:
    article: Article
    event: Event
    incident: str | None


class WebData:
    def __init__(self, store: Any) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._links: Links | None = None
        self._articles: dict[str, Article] = {}
        self._count = -1

    # --- articles -------------------------------------------------------------------------------

    def recent(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        rows = self.store.rows()
        rows.sort(key=lambda r: (r.get("published") or "", r.get("stored_at") or ""), reverse=True)
        return rows[offset : offset + limit]

    def article(self, article_id: str) -> Article:
        try:
            a: Article = self.store.get(article_id)
        except DatelineError as e:
            raise NotFound(str(e)) from None
        return a

    def add(self, articles: list[Article]) -> list[tuple[Article, bool]]:
        out = [(a, bool(self.store.add(a))) for a in articles]
        with self._lock:
            self._count = -1  # relink at the next read
        return out

    # --- links ----------------------------------------------------------------------------------

    def _refresh(self) -> tuple[Links, dict[str, Article]]:
        with self._lock:
            count = self.store.count()
            if self._links is None or count != self._count:
                self._articles = {a.id: a for a in self.store.articles()}
                self._links = link(list(self._articles.values()))
                self._count = count
            return self._links, self._articles

    def person_of(self) -> dict[Ref, str]:
        links, _ = self._refresh()
        return {r: ce.id for ce in links.entities for r in ce.members}

    def people(self, role: str | None = None, type_: str | None = None) -> list[CanonicalEntity]:
        links, _ = self._refresh()
        out = [
            ce
            for ce in links.entities
            if (type_ is None or ce.type == type_)
            and (role is None or any(role.lower() in r.title.lower() for r in ce.roles))
        ]
        return sorted(out, key=lambda ce: (-len({r.article_id for r in ce.members}), ce.name))

    def person(self, person_id: str) -> CanonicalEntity:
        links, _ = self._refresh()
        found = [ce for ce in links.entities if ce.id.startswith(person_id)] if person_id else []
        exact = [ce for ce in found if ce.id == person_id]
        if exact:
            return exact[0]
        if len(found) != 1:
            raise NotFound(f"no person or organisation {person_id!r}" if not found else f"{person_id!r} is ambiguous")
        return found[0]

    def quotes(
        self,
        person: str | None = None,
        speaker: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 200,
    ) -> list[QuoteRow]:
        links, articles = self._refresh()
        owner = {r: ce.id for ce in links.entities for r in ce.members}
        rows = []
        for a in articles.values():
            day = a.published.value[:10] if a.published else None
            if (since and (not day or day < since)) or (until and (not day or day > until)):
                continue
            for q in a.quotes:
                pid = owner.get(Ref(a.id, q.speaker.entity)) if q.speaker.entity else None
                if person and pid != person:
                    continue
                name = q.speaker.name or q.speaker.descriptor or ""
                if speaker and speaker.lower() not in name.lower():
                    continue
                rows.append(QuoteRow(a, q, pid))
        rows.sort(key=lambda r: (r.article.published.value if r.article.published else "", r.quote.start))
        return rows[:limit]

    def events(
        self,
        type_: str | None = None,
        actor: str | None = None,
        place: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 500,
    ) -> list[EventRow]:
        links, articles = self._refresh()
        incident = {r: inc.id for inc in links.incidents for r in inc.events}
        rows = []
        for a in articles.values():
            names = {e.id: e.name for e in a.entities}
            for ev in a.events:
                day = ev.date.value[:10] if ev.date else (a.published.value[:10] if a.published else None)
                if type_ and ev.type != type_.upper():
                    continue
                if (since and (not day or day < since)) or (until and (not day or day > until)):
                    continue
                if actor and not any(actor.lower() in names.get(x, x).lower() for x in ev.actors):
                    continue
                if place and not (ev.location and place.lower() in ev.location.name.lower()):
                    continue
                rows.append(EventRow(a, ev, incident.get(Ref(a.id, ev.id))))
        rows.sort(key=lambda r: (r.event.date.value if r.event.date else "", r.article.id, r.event.evidence.start))
        return rows[:limit]

    def stories(self) -> list[Story]:
        links, _ = self._refresh()
        return sorted(links.stories, key=lambda s: (s.last or "", len(s.article_ids)), reverse=True)

    def story(self, story_id: str) -> Story:
        links, _ = self._refresh()
        found = [s for s in links.stories if s.id.startswith(story_id)] if story_id else []
        exact = [s for s in found if s.id == story_id]
        if exact:
            return exact[0]
        if len(found) != 1:
            raise NotFound(f"no story {story_id!r}" if not found else f"{story_id!r} is ambiguous")
        return found[0]

    def articles_of(self, ids: list[str]) -> list[Article]:
        _, articles = self._refresh()
        return [articles[i] for i in ids if i in articles]

    def timeline(self, story: Story) -> list[dict[str, Any]]:
        """A story's incidents (as their events), quotes and claims in date order, each with its sentence."""
        items: list[dict[str, Any]] = []
        for a in self.articles_of(story.article_ids):
            day = a.published.value[:10] if a.published else ""
            for ev in a.events:
                if ev.negated or ev.hypothetical:
                    continue
                when = ev.date.value[:10] if ev.date else day
                items.append({"kind": "event", "date": when, "article": a, "item": ev,
                              "sentence": a.text[ev.evidence.start : ev.evidence.end]})  # fmt: skip
            for q in a.quotes:
                items.append({"kind": "quote", "date": day, "article": a, "item": q, "sentence": q.text})
            for c in a.claims:
                if c.quote:  # a claim that is a quote is already listed as the quote
                    continue
                items.append({"kind": "claim", "date": day, "article": a, "item": c,
                              "sentence": a.text[c.evidence.start : c.evidence.end]})  # fmt: skip
        items.sort(key=lambda i: (i["date"] or "", i["article"].id, getattr(i["item"], "start", 0)))
        return items

    def search(self, q: str, limit: int = 100) -> list[dict[str, Any]]:
        """Articles and quotes holding every word of ``q`` (case-insensitive); plain text, never a pattern."""
        words = [w.lower() for w in q.split() if w.strip()]
        if not words:
            return []
        _, articles = self._refresh()
        hits: list[dict[str, Any]] = []
        for a in articles.values():
            hay = f"{a.title or ''}\n{a.text}".lower()
            if all(w in hay for w in words):
                at = hay.find(words[0])
                hits.append({"kind": "article", "article": a, "snippet": _around(f"{a.title or ''}\n{a.text}", at)})
            for qt in a.quotes:
                if all(w in qt.text.lower() for w in words):
                    hits.append({"kind": "quote", "article": a, "quote": qt, "snippet": qt.text})
        return hits[:limit]


def _around(text: str, at: int, width: int = 160) -> str:
    lo = max(0, at - width // 2)
    return ("…" if lo else "") + " ".join(text[lo : lo + width].split()) + ("…" if lo + width < len(text) else "")
