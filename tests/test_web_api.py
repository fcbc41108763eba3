"""The JSON API and the server-rendered pages, in process (FastAPI's TestClient over a real SQLite file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from dateline import extract
from dateline.store import Store
from dateline.web import create_app
from dateline.web.data import WebData

from .conftest import EXAMPLES

DATA = Path(__file__).parent / "data" / "web"
HOSTILE = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "news.db"
    store = Store(str(db))
    c = TestClient(create_app(store))
    for name in ("clash-wire.txt", "hostile.txt"):
        r = c.post("/api/extract", json={"text": (DATA / name).read_text(), "store": True,
                                         "retrieved_at": "2026-03-04T10:00:00Z"})  # fmt: skip
        assert r.status_code == 200, r.text
    r = c.post("/api/extract", json={"text": (EXAMPLES / "wire-story.txt").read_text(), "store": True})
    assert r.status_code == 200, r.text
    yield c
    store.close()


def _article_id(client: TestClient, word: str) -> str:
    return next(a["id"] for a in client.get("/api/articles").json() if word in (a["title"] or ""))


def test_articles_lists_what_was_stored_newest_first(client):
    rows = client.get("/api/articles").json()
    assert len(rows) == 3
    assert {"id", "title", "published", "place", "outlet", "source"} <= set(rows[0])
    dates = [r["published"] or "" for r in rows]
    assert dates == sorted(dates, reverse=True)


def test_article_is_the_record_contract(client):
    aid = _article_id(client, "Fighting flares")
    rec = client.get(f"/api/articles/{aid}").json()
    assert rec["id"] == aid and rec["version"] == 1
    assert rec["dateline"]["place"] == "Gao"
    # the record's offsets point into its text
    for q in rec["quotes"]:
        assert rec["text"][q["start"] : q["end"]] == q["text"]
    assert client.get(f"/api/articles/{aid[:6]}").json()["id"] == aid  # a unique prefix is enough


@pytest.mark.parametrize("path", ["/api/articles/nothing-here", "/api/people/zzz", "/api/stories/zzz"])
def test_unknown_ids_are_404_with_a_reason(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert r.json()["detail"]


def test_quotes_filter_by_speaker_and_date(client):
    quotes = client.get("/api/quotes", params={"speaker": "Reyk"}).json()
    assert quotes and all("Reyk" in (q["speaker"] or "") for q in quotes)
    assert any("villages are shelled" in q["text"] for q in quotes)
    assert client.get("/api/quotes", params={"since": "2030-01-01"}).json() == []


def test_events_carry_their_sentence_and_place(client):
    events = client.get("/api/events").json()
    assert events
    for e in events:
        assert e["sentence"].strip()
    fights = client.get("/api/events", params={"place": "Gao"}).json()
    assert fights and all("Gao" in e["location"] for e in fights)
    assert any(e["lat"] is not None for e in fights)  # located: the map can show it


def test_incidents_list_their_sources(client):
    incidents = client.get("/api/incidents").json()
    assert incidents and all(i["sources"] and i["n_outlets"] >= 1 for i in incidents)
    # linked actors are shown by name, their canonical ids kept beside them
    linked = [i for i in incidents if i["actor_ids"]]
    assert linked
    for i in linked:
        assert not set(i["actors"]) & set(i["actor_ids"])


def test_people_link_a_speaker_to_their_quotes(client):
    people = client.get("/api/people", params={"type": "PERSON"}).json()
    reyk = next(p for p in people if "Reyk" in p["name"])
    assert reyk["n_quotes"] >= 1 and reyk["members"]
    one = client.get(f"/api/people/{reyk['id']}").json()
    assert one["name"] == reyk["name"]
    assert client.get(f"/api/people/{reyk['id'][:8]}").json()["id"] == reyk["id"]  # a unique prefix is enough
    quotes = client.get("/api/quotes", params={"speaker": reyk["name"]}).json()
    assert quotes and all(q["speaker_id"] == reyk["id"] for q in quotes)


def test_stories_list_and_one(client):
    stories = client.get("/api/stories").json()
    assert stories and all(s["n_articles"] >= 1 for s in stories)
    one = client.get(f"/api/stories/{stories[0]['id']}").json()
    assert one["story"]["id"] == stories[0]["id"]
    assert len(one["articles"]) == stories[0]["n_articles"]
    dates = [i["date"] or "" for i in one["items"] if i["date"]]
    assert dates == sorted(dates)


@pytest.mark.parametrize("q", ['"', "%", "_", "' OR 1=1 --", "DROP TABLE articles;", "talks", "ÅÄÖ"])
def test_search_takes_any_text_as_text(client, q):
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200
    if q == "talks":
        assert any(h["kind"] == "article" for h in r.json())
    assert len(client.get("/api/articles").json()) == 3  # nothing was dropped


def test_limits_are_checked(client):
    assert client.get("/api/articles", params={"limit": 0}).status_code == 422
    assert client.get("/api/articles", params={"limit": 10**6}).status_code == 422
    assert client.get("/api/articles", params={"offset": 2**63}).status_code == 422  # not a database overflow
    assert client.get("/api/search").status_code == 422  # q is required


def test_malformed_json_is_a_422_not_a_crash(client):
    r = client.post("/api/extract", content=b'{"text": "unterminated', headers={"content-type": "application/json"})
    assert r.status_code == 422
    r = client.post("/api/extract", json={"txt": "wrong field"})
    assert r.status_code == 422


def test_a_20_mb_body_is_refused_before_it_is_read(client):
    r = client.post("/api/extract", content=b"x" * (20 * 2**20), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_text_that_is_not_news_is_a_clear_422(client):
    r = client.post("/api/extract", json={"text": "def f(x):\n    return x\n" * 20})
    assert r.status_code == 422
    assert "no news article" in r.json()["detail"]


def test_extract_without_store_keeps_nothing(client):
    n = len(client.get("/api/articles").json())
    r = client.post("/api/extract", json={"text": (EXAMPLES / "byline-readmore.txt").read_text()})
    assert r.status_code == 200 and r.json()
    assert len(client.get("/api/articles").json()) == n


def test_openapi_describes_the_record(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/articles/{article_id}", "/api/quotes", "/api/events", "/api/people",
            "/api/stories", "/api/search"} <= set(spec["paths"])  # fmt: skip
    assert "Article" in spec["components"]["schemas"] and "Quote" in spec["components"]["schemas"]


@pytest.mark.parametrize("path", ["/", "/people", "/stories", "/events", "/search?q=talks", "/search"])
def test_pages_render(client, path):
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")


def test_reader_page_escapes_the_article_text(client):
    aid = _article_id(client, "Council vote")
    html = client.get(f"/articles/{aid}").text
    for bad in HOSTILE:
        assert bad not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # the facts sent to the page's script are JSON with <, > and & escaped: no way out of the script block
    facts = html.split('<script type="application/json" id="facts">', 1)[1].split("</script>", 1)[0]
    assert "<" not in facts
    json.loads(facts)


def test_reader_page_marks_quotes_events_and_dates(client):
    aid = _article_id(client, "Fighting flares")
    html = client.get(f"/articles/{aid}").text
    assert 'class="mark' in html
    for kind in ("quote", "event", "timex"):
        assert f" {kind}" in html or f'"mark {kind}' in html
    assert 'title="indirect quote: ' in html or 'title="direct quote: ' in html  # hover says who spoke
    assert "event: ASSAULT in Gao" in html.split('id="text"', 1)[1].split("</div>", 1)[0]


def test_unknown_article_page_is_a_404_page(client):
    r = client.get("/articles/nothing-here")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]


def test_paste_form_stores_and_opens_the_article(client):
    text = (EXAMPLES / "live-blog.txt").read_text()
    r = client.post("/paste", data={"text": text}, follow_redirects=False)
    assert r.status_code in (200, 303)
    if r.status_code == 303:
        assert r.headers["location"].startswith("/articles/")


def test_empty_paste_says_what_to_do(client):
    r = client.post("/paste", data={"text": "  "})
    assert r.status_code == 422 and "Paste" in r.text


@pytest.mark.parametrize(
    ("fmt", "media"),
    [("jsonl", "ndjson"), ("csv", "text/csv"), ("parquet", "parquet"), ("geojson", "geo+json"), ("plover", "json")],
)
def test_every_list_exports_in_the_cli_formats(client, fmt, media):
    r = client.get(f"/api/export/{fmt}", params={"place": "Gao"})
    assert r.status_code == 200 and media in r.headers["content-type"]
    assert r.headers["content-disposition"].startswith('attachment; filename="dateline')
    if fmt == "jsonl":
        recs = [json.loads(line) for line in r.text.splitlines()]
        assert recs and all(rec["dateline"]["place"] == "Gao" for rec in recs)
    if fmt == "csv":
        assert r.text.splitlines()[0].startswith("article_id,event_id")
        assert all("Gao" in line for line in r.text.splitlines()[1:2])
    if fmt == "geojson":
        assert r.json()["features"]


def test_export_refuses_an_unknown_format_or_table(client):
    assert client.get("/api/export/xlsx").status_code == 422
    assert client.get("/api/export/csv", params={"table": "../../etc/passwd"}).status_code == 422


def test_a_paste_into_a_large_store_is_linked_in_the_background(tmp_path):
    # past relink_sync_max the paste returns at once; the links follow when the worker is done
    store = Store(str(tmp_path / "big.db"))
    app = create_app(store)
    c = TestClient(app)
    data = WebData(store, relink_sync_max=0)
    text = (DATA / "clash-wire.txt").read_text()
    [(a, new)] = data.add(extract(text))
    assert new
    if data._worker is not None:
        data._worker.join(timeout=60)
    assert not data.relinking
    assert data.canonical_ids(a.id)  # linked after all
    assert c.get("/").status_code == 200
    store.close()
