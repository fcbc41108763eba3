"""The analyst's web app: server-rendered pages (Jinja2) and a JSON API under /api, on FastAPI.

Every page reads the store through ``WebData``; article text reaches the browser only through
Jinja2's autoescaping (and ``tojson`` inside the one script block), never as markup. The pydantic
record models are the API's schemas, so /openapi.json documents the record contract.
"""

import json
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import FastAPI, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

from .. import rules
from ..errors import DatelineError, InputError
from ..pipeline import extract
from ..read.stamps import parse_iso_datetime
from ..record import Article
from ..settings import Options, defaults
from ..store import export
from . import mapping, reader
from .data import NotFound, WebData

HERE = Path(__file__).parent


# --- API schemas beyond the record's own: the rows the CLI's --json prints ----------------------


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    published: str | None
    place: str | None
    outlet: str | None
    source: str | None


class QuoteRow(BaseModel):
    article_id: str
    quote_id: str
    published: str | None
    outlet: str | None
    title: str | None
    speaker: str | None
    speaker_id: str | None = Field(description="canonical entity id of the speaker, where linked")
    kind: str
    text: str
    start: int
    end: int
    cue: str | None
    channel: str | None
    anonymous: bool


class EventRow(BaseModel):
    article_id: str
    event_id: str
    incident_id: str | None
    published: str | None
    outlet: str | None
    date: str | None
    type: str
    mode: str | None
    trigger: str
    actors: str | None
    recipients: str | None
    location: str | None
    lat: float | None
    lon: float | None
    killed: int | None
    wounded: int | None
    negated: bool
    hypothetical: bool
    reported_by: str | None
    evidence_start: int
    evidence_end: int
    sentence: str


class RoleRow(BaseModel):
    title: str
    article_id: str
    published: str | None


class PersonRow(BaseModel):
    id: str
    name: str
    type: str
    geonames_id: int | None
    n_articles: int
    n_quotes: int
    aliases: list[str]
    roles: list[RoleRow]
    members: list[str] = Field(description="ARTICLE:ENTITY of every mention linked to it")


class IncidentSource(BaseModel):
    article_id: str
    event_id: str
    outlet: str | None
    published: str | None
    duplicate_group: str | None = Field(None, description="the near-duplicate group of its article, if any")


class IncidentRow(BaseModel):
    id: str
    type: str
    date_start: str | None
    date_end: str | None
    place: str | None
    actors: list[str] = Field(description="names (canonical names where linked)")
    recipients: list[str]
    actor_ids: list[str] = Field(description="canonical entity ids of the linked actors")
    recipient_ids: list[str]
    killed_min: int | None
    killed_max: int | None
    wounded_min: int | None
    wounded_max: int | None
    n_articles: int
    n_outlets: int
    sources: list[IncidentSource]


class StoryRow(BaseModel):
    id: str
    title: str | None
    first: str | None
    last: str | None
    n_articles: int
    n_incidents: int = 0
    articles: list[str] = Field(default_factory=list, description="its article ids, oldest first")


class TimelineItem(BaseModel):
    kind: str
    date: str | None
    id: str
    article_id: str | None
    what: str
    stance: str | None
    sentence: str | None


class StoryOut(BaseModel):
    story: StoryRow
    articles: list[str]
    items: list[TimelineItem]


class SearchHit(BaseModel):
    kind: str
    article_id: str
    snippet: str
    start: int | None
    end: int | None
    title: str | None
    quote_id: str | None


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


def create_app(store: Any, options: Options | None = None) -> FastAPI:
    """The app over an open ``dateline.Store`` (the caller owns and closes it)."""
    options = options or defaults()
    limits = rules.load_yaml("web.yaml")
    data = WebData(store, int(limits["relink_sync_max_articles"]))
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
    # past a signed 64-bit integer, an offset reached SQLite as an OverflowError (a server error)
    Offset = Annotated[int, Query(ge=0, le=2**63 - 1)]

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("relinking", data.relinking)
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
    def api_articles(limit: Limit = page_rows, offset: Offset = 0) -> list[ArticleSummary]:
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

    @app.get("/api/quotes", response_model=list[QuoteRow], tags=["facts"])
    def api_quotes(
        speaker: str | None = None,
        about: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: Limit = max_limit,
    ) -> list[dict[str, Any]]:
        """Quotes in date order; ``speaker`` also finds every mention linked to the same person."""
        return data.quotes(speaker=speaker, about=about, since=since, until=until, limit=limit)

    @app.get("/api/events", response_model=list[EventRow], tags=["facts"])
    def api_events(
        type: str | None = None,
        actor: str | None = None,
        place: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: Limit = max_limit,
    ) -> list[dict[str, Any]]:
        """Events in date order, each with its sentence, its incident and its place's coordinates."""
        return data.events(type=type, actor=actor, place=place, since=since, until=until, limit=limit)

    @app.get("/api/incidents", response_model=list[IncidentRow], tags=["facts"])
    def api_incidents(
        type: str | None = None, since: str | None = None, until: str | None = None, limit: Limit = max_limit
    ) -> list[dict[str, Any]]:
        """Happenings across reports: dates, place, the range of tolls reported, every source."""
        return data.incidents(type=type, since=since, until=until, limit=limit)

    @app.get("/api/people", response_model=list[PersonRow], tags=["people"])
    def api_people(role: str | None = None, type: str | None = None, limit: Limit = max_limit) -> list[dict[str, Any]]:
        return data.people(role, type, limit)

    @app.get("/api/people/{person_id}", response_model=PersonRow, tags=["people"],
             responses={404: {"model": Problem}})  # fmt: skip
    def api_person(person_id: str) -> dict[str, Any]:
        return data.person(person_id)

    @app.get("/api/stories", response_model=list[StoryRow], tags=["stories"])
    def api_stories(limit: Limit = max_limit) -> list[dict[str, Any]]:
        return data.stories(limit)

    @app.get("/api/stories/{story_id}", response_model=StoryOut, tags=["stories"],
             responses={404: {"model": Problem}})  # fmt: skip
    def api_story(story_id: str) -> StoryOut:
        found = data.story(story_id)
        return StoryOut(
            story=StoryRow(**found["story"]),
            articles=[a.id for a in found["articles"]],
            items=[TimelineItem(**i) for i in found["items"]],
        )

    @app.get("/api/search", response_model=list[SearchHit], tags=["search"])
    def api_search(q: Annotated[str, Query(max_length=500)], limit: Limit = 100) -> list[SearchHit]:
        """Articles and quotes holding every word of ``q``; any text is only words."""
        return [SearchHit(**asdict(h)) for h in data.search(q, limit)]

    @app.get("/api/export/{fmt}", tags=["export"], responses={200: {"content": {"application/octet-stream": {}}}})
    def api_export(
        fmt: Literal["jsonl", "csv", "parquet", "geojson", "plover"],
        table: Literal["articles", "entities", "quotes", "events", "claims"] = "events",
        since: str | None = None,
        until: str | None = None,
        speaker: str | None = None,
        about: str | None = None,
        type: str | None = None,
        actor: str | None = None,
        place: str | None = None,
    ) -> Response:
        """The store in the CLI's export formats (``dateline export``), with the same filters: jsonl is
        the record contract; csv and parquet one flat table (``table``); geojson located events and
        incidents; plover PLOVER 2.0 event records. Downloaded under a fixed file name."""
        f = export.Filters(since, until, speaker, about, type, actor, place)
        name = f"dateline-{table}.{fmt}" if fmt in ("csv", "parquet") else f"dateline.{fmt}"
        if fmt == "jsonl":
            body = "".join(a.model_dump_json() + "\n" for a in export.records(data.store, f)).encode()
            media = "application/x-ndjson"
        elif fmt == "plover":
            body = json.dumps(list(export.plover(data.store, f)), ensure_ascii=False).encode()
            media = "application/json"
        elif fmt == "geojson":
            body = json.dumps(export.geojson(data.store, f), ensure_ascii=False).encode()
            media = "application/geo+json"
        else:
            rows = export.tables(data.store, f)
            with tempfile.TemporaryDirectory() as tmp:
                path = export.write_tables(rows, tmp, fmt)[list(export.COLUMNS).index(table)]
                body = Path(path).read_bytes()
            media = "text/csv" if fmt == "csv" else "application/vnd.apache.parquet"
        return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})

    # --- pages ------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> Response:
        stories = [s for s in data.stories(200) if s["n_articles"] > 1][:20]
        return page(request, "index.html", title="dateline", articles=data.recent(page_rows), stories=stories)

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
        people = data.canonical_ids(a.id)
        facts = reader.facts(a, people)
        return page(request, "article.html", title=a.title or "(untitled)", a=a,
                    paragraphs=reader.paragraphs(a), people=people, facts=facts, labels=reader.labels(facts),
                    names={e.id: e.name for e in a.entities})  # fmt: skip

    @app.get("/people", response_class=HTMLResponse, include_in_schema=False)
    def people_page(request: Request, role: str | None = None, type: str | None = None) -> Response:
        return page(request, "people.html", title="People and organisations", role=role or "", type=type or "",
                    people=data.people(role, type, 500))  # fmt: skip

    @app.get("/people/{person_id}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, person_id: str) -> Response:
        p = data.person(person_id)
        return page(request, "person.html", title=p["name"], p=p, quotes=data.person_quotes(p),
                    events=data.person_events(p))  # fmt: skip

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(request: Request) -> Response:
        return page(request, "stories.html", title="Stories", stories=data.stories(500))

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str) -> Response:
        found = data.story(story_id)
        return page(request, "story.html", title=found["story"]["title"] or "(untitled story)", **found)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(
        request: Request,
        type: str | None = None,
        actor: str | None = None,
        place: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> Response:
        q = {"type": type or "", "actor": actor or "", "place": place or "", "since": since or "", "until": until or ""}
        rows = data.events(**{k: v or None for k, v in q.items()}, limit=page_rows * 10)
        qs = urlencode({k: v for k, v in q.items() if v})  # the same filters for the export links
        return page(request, "events.html", title="Events", rows=rows, map=mapping.svg_map(rows), q=q, qs=qs,
                    incidents=data.incidents(type=type or None, since=since or None, until=until or None,
                                             limit=page_rows))  # fmt: skip

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "") -> Response:
        return page(request, "search.html", title="Search", q=q, hits=data.search(q[:500]) if q else [])

    return app


__all__ = ["create_app"]
