"""The analyst's web app: server-rendered pages (Jinja2) and a JSON API under /api, on FastAPI.

Every page reads the store through ``WebData``; article text reaches the browser only through
Jinja2's autoescaping (and ``tojson`` inside the one script block), never as markup. The pydantic
record models are the API's schemas, so /openapi.json documents the record contract.
"""

from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

from .. import rules
from ..errors import DatelineError, InputError
from ..link import CanonicalEntity, Ref, Story
from ..pipeline import extract
from ..read.stamps import parse_iso_datetime
from ..record import Article, Claim, Event, Quote
from ..settings import Options, defaults
from . import mapping, reader
from .data import NotFound, WebData

HERE = Path(__file__).parent


# --- API schemas beyond the record's own --------------------------------------------------------


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    published: str | None
    place: str | None
    outlet: str | None
    source: str | None


class QuoteHit(BaseModel):
    article_id: str
    article_title: str | None
    published: str | None
    person: str | None = Field(description="canonical entity id of the speaker, where linked")
    quote: Quote


class EventHit(BaseModel):
    article_id: str
    article_title: str | None
    incident: str | None
    sentence: str
    event: Event


class PersonOut(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str]
    roles: list[str]
    articles: list[str]
    n_quotes: int


class StoryOut(BaseModel):
    id: str
    title: str
    first: str | None
    last: str | None
    articles: list[str]
    incidents: list[str]


class SearchHit(BaseModel):
    kind: str
    article_id: str
    article_title: str | None
    quote_id: str | None = None
    snippet: str


class ExtractIn(BaseModel):
    text: str
    retrieved_at: str | None = Field(default=None, description="ISO 8601: when the page was saved")
    store: bool = Field(default=False, description="also store the records")


class Problem(BaseModel):
    detail: str


# --- the app ----------------------------------------------------------------------------------


def _summary(row: dict[str, Any]) -> ArticleSummary:
    return ArticleSummary(
        id=row["id"],
        title=row.get("title"),
        published=row.get("published"),
        place=row.get("dateline_place"),
        outlet=row.get("outlet"),
        source=row.get("source_url") or row.get("source_path"),
    )


def _person_out(ce: CanonicalEntity, n_quotes: int) -> PersonOut:
    return PersonOut(
        id=ce.id,
        name=ce.name,
        type=ce.type,
        aliases=ce.aliases,
        roles=sorted({r.title for r in ce.roles}),
        articles=sorted({r.article_id for r in ce.members}),
        n_quotes=n_quotes,
    )


def _story_out(s: Story) -> StoryOut:
    return StoryOut(id=s.id, title=s.title, first=s.first, last=s.last, articles=s.article_ids, incidents=s.incidents)


def create_app(store: Any, options: Options | None = None) -> FastAPI:
    """The app over an open ``dateline.Store`` (the caller owns and closes it)."""
    options = options or defaults()
    limits = rules.load_yaml("web.yaml")
    data = WebData(store)
    app = FastAPI(
        title="dateline",
        summary="Who said what, what happened, where and when: a sourced record of news articles.",
        version="1",
        max_body_size=int(limits["max_body_bytes"]),  # refused with 413 as the body streams in
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    env = templates.env
    env.globals["kind_label"] = {"quote": "quote", "event": "event", "timex": "date", "entity": "name"}
    page_rows, max_limit = int(limits["page_rows"]), int(limits["max_limit"])
    Limit = Annotated[int, Query(ge=1, le=max_limit)]

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=404)
        return page(request, "error.html", 404, title="Not found", message=str(exc))

    @app.exception_handler(DatelineError)
    async def dateline_error(request: Request, exc: DatelineError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=422)
        return page(request, "error.html", 422, title="Could not read that", message=str(exc))

    def _read(text: str | bytes, name: str, retrieved_at: str | None) -> list[Article]:
        opts = options
        if retrieved_at:
            try:
                opts = options.replace(retrieved_at=parse_iso_datetime(retrieved_at))
            except ValueError as e:
                raise InputError(name, f"--retrieved-at {retrieved_at!r} is not an ISO 8601 time ({e})") from None
        return extract(text, name=name, options=opts)

    # --- JSON API ---------------------------------------------------------------------------

    @app.get("/api/articles", response_model=list[ArticleSummary], tags=["articles"])
    def api_articles(limit: Limit = page_rows, offset: Annotated[int, Query(ge=0)] = 0) -> list[ArticleSummary]:
        return [_summary(r) for r in data.recent(limit, offset)]

    @app.get("/api/articles/{article_id}", response_model=Article, tags=["articles"],
             responses={404: {"model": Problem}})  # fmt: skip
    def api_article(article_id: str) -> Article:
        return data.article(article_id)

    @app.post("/api/extract", response_model=list[Article], tags=["articles"],
              responses={413: {"model": Problem}, 422: {"model": Problem}})  # fmt: skip
    def api_extract(body: ExtractIn) -> list[Article]:
        """Read pasted text or HTML into records; with ``store: true`` also keep them."""
        articles = _read(body.text, "<pasted>", body.retrieved_at)
        if body.store:
            data.add(articles)
        return articles

    @app.get("/api/quotes", response_model=list[QuoteHit], tags=["facts"])
    def api_quotes(
        speaker: str | None = None,
        person: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: Limit = max_limit,
    ) -> list[QuoteHit]:
        return [
            QuoteHit(
                article_id=r.article.id,
                article_title=r.article.title,
                person=r.person,
                quote=r.quote,
                published=r.article.published.value if r.article.published else None,
            )
            for r in data.quotes(person=person, speaker=speaker, since=since, until=until, limit=limit)
        ]

    @app.get("/api/events", response_model=list[EventHit], tags=["facts"])
    def api_events(
        type: str | None = None,
        actor: str | None = None,
        place: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: Limit = max_limit,
    ) -> list[EventHit]:
        return [
            EventHit(
                article_id=r.article.id,
                article_title=r.article.title,
                incident=r.incident,
                event=r.event,
                sentence=reader.sentence(r.article, r.event.evidence.start, r.event.evidence.end),
            )
            for r in data.events(type, actor, place, since, until, limit)
        ]

    @app.get("/api/people", response_model=list[PersonOut], tags=["people"])
    def api_people(role: str | None = None, type: str | None = None, limit: Limit = max_limit) -> list[PersonOut]:
        counts = _quote_counts(data)
        return [_person_out(ce, counts.get(ce.id, 0)) for ce in data.people(role, type)[:limit]]

    @app.get("/api/people/{person_id}", response_model=PersonOut, tags=["people"],
             responses={404: {"model": Problem}})  # fmt: skip
    def api_person(person_id: str) -> PersonOut:
        ce = data.person(person_id)
        return _person_out(ce, len(data.quotes(person=ce.id)))

    @app.get("/api/stories", response_model=list[StoryOut], tags=["stories"])
    def api_stories(limit: Limit = max_limit) -> list[StoryOut]:
        return [_story_out(s) for s in data.stories()[:limit]]

    @app.get("/api/stories/{story_id}", response_model=StoryOut, tags=["stories"],
             responses={404: {"model": Problem}})  # fmt: skip
    def api_story(story_id: str) -> StoryOut:
        return _story_out(data.story(story_id))

    @app.get("/api/search", response_model=list[SearchHit], tags=["search"])
    def api_search(q: Annotated[str, Query(max_length=500)], limit: Limit = 100) -> list[SearchHit]:
        return [
            SearchHit(
                kind=h["kind"],
                article_id=h["article"].id,
                article_title=h["article"].title,
                quote_id=h["quote"].id if "quote" in h else None,
                snippet=h["snippet"],
            )
            for h in data.search(q, limit)
        ]

    # --- pages ------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> Response:
        return page(request, "index.html", title="dateline", articles=data.recent(page_rows),
                    stories=[s for s in data.stories() if len(s.article_ids) > 1][:20])  # fmt: skip

    @app.post("/paste", include_in_schema=False)
    async def paste(
        request: Request,
        text: Annotated[str, Form()] = "",
        retrieved_at: Annotated[str, Form()] = "",
        file: UploadFile | None = None,
    ) -> Response:
        read: list[Article] = []
        if file is not None and file.filename:
            raw = await file.read()
            read += _read(raw, "<uploaded file>", retrieved_at or None)
        if text.strip():
            read += _read(text, "<pasted text>", retrieved_at or None)
        if not read:
            return page(request, "error.html", 422, title="Nothing to read",
                        message="Paste an article's text or choose a file.")  # fmt: skip
        added = data.add(read)
        if len(added) == 1:
            return RedirectResponse(f"/articles/{added[0][0].id}", status_code=303)
        return page(request, "pasted.html", title="Read", added=added)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str) -> Response:
        a = data.article(article_id)
        owner = data.person_of()
        people = {e.id: owner.get(Ref(a.id, e.id)) for e in a.entities}
        return page(request, "article.html", title=a.title or "(untitled)", a=a,
                    paragraphs=reader.paragraphs(a), people=people, facts=reader.facts(a, people),
                    names={e.id: e.name for e in a.entities})  # fmt: skip

    @app.get("/people", response_class=HTMLResponse, include_in_schema=False)
    def people_page(request: Request, role: str | None = None, type: str | None = None) -> Response:
        counts = _quote_counts(data)
        return page(request, "people.html", title="People and organisations", role=role or "",
                    people=[(ce, counts.get(ce.id, 0)) for ce in data.people(role, type)][:500])  # fmt: skip

    @app.get("/people/{person_id}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, person_id: str) -> Response:
        ce = data.person(person_id)
        members = set(ce.members)
        evs = [
            r
            for r in data.events()
            if any(Ref(r.article.id, x) in members for x in r.event.actors + r.event.recipients)
        ]
        return page(request, "person.html", title=ce.name, p=ce, quotes=data.quotes(person=ce.id), events=evs)

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(request: Request) -> Response:
        return page(request, "stories.html", title="Stories", stories=data.stories())

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str) -> Response:
        s = data.story(story_id)
        return page(request, "story.html", title=s.title, s=s, articles=data.articles_of(s.article_ids),
                    items=data.timeline(s), tolls=_tolls(data, s))  # fmt: skip

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(
        request: Request,
        type: str | None = None,
        actor: str | None = None,
        place: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> Response:
        rows = data.events(type or None, actor or None, place or None, since or None, until or None)
        return page(request, "events.html", title="Events", rows=rows, map=mapping.svg_map(rows),
                    q={"type": type or "", "actor": actor or "", "place": place or "",
                       "since": since or "", "until": until or ""})  # fmt: skip

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "") -> Response:
        return page(request, "search.html", title="Search", q=q, hits=data.search(q[:500]) if q else [])

    return app


def _quote_counts(data: WebData) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in data.quotes(limit=10**9):
        if r.person:
            counts[r.person] = counts.get(r.person, 0) + 1
    return counts


def _tolls(data: WebData, s: Story) -> list[dict[str, Any]]:
    """Each source's casualty figures for the story's events, side by side (contradictions visible)."""
    out = []
    for a in data.articles_of(s.article_ids):
        for ev in a.events:
            for c in ev.casualties:
                if c.count is not None:
                    out.append({"article": a, "event": ev, "status": c.status, "count": c.count,
                                "count_max": c.count_max, "group": c.group})  # fmt: skip
    return sorted(out, key=lambda t: (t["status"], t["count"]))


__all__ = ["Claim", "create_app"]
