"""The web app in a real browser: Debian's chromium driven by Playwright against `dateline serve`.

What an analyst does first: paste articles, open one, click a highlighted quote, follow its speaker,
read a story's timeline, look at the map. Screenshots of each page go to artifacts/screenshots/.
Skipped when chromium or Playwright is missing, except under CI (CI=true), where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import EXAMPLES, ROOT, SEED

DATA = Path(__file__).parent / "data" / "web"
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.slow


def _need(ok: bool, why: str) -> None:
    if not ok:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{why} (CI installs it: see .ci/run)")
        pytest.skip(why)


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    _need(CHROMIUM is not None, "Debian's chromium is not installed")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp_path_factory.mktemp("browser") / "news.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "dateline.cli", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(url + "/api/articles", timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(proc.stdout.read().decode() if proc.stdout else "server exited") from None
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    _need(CHROMIUM is not None, "Debian's chromium is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    yield pg
    context.close()


def _shot(pg, name: str, full_page: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def _paste(pg, server: str, text: str) -> None:
    pg.goto(server + "/")
    pg.fill("#paste-text", text)
    pg.fill("input[name=retrieved_at]", "2026-02-04T12:00:00Z")
    pg.click("#paste-form button[type=submit]")
    pg.wait_for_load_state()


def test_paste_read_click_a_quote_and_follow_its_speaker(server, page):
    pasted = SEED if SEED.exists() else EXAMPLES / "two-articles-no-gap.txt"
    _paste(page, server, pasted.read_text(encoding="utf-8"))
    links = page.locator("#read-articles li a")
    assert links.count() == 2
    _shot(page, "pasted")
    page.goto(server + "/")
    assert page.locator("#articles tbody tr").count() == 2
    _shot(page, "home")
    page.locator("#read-articles li a, #articles tbody a").first.click()
    page.wait_for_selector("#text .mark.quote")
    # the first quote whose speaker is a linked person: its card names the speaker, with a link
    marks = page.locator("#text .mark.quote")
    speaker = None
    for i in range(marks.count()):
        marks.nth(i).click()
        card = page.locator("#detail .card.quote").first
        if card.locator("a.speaker").count():
            speaker = card.locator("a.speaker")
            quote_text = card.locator("blockquote").inner_text()
            break
    assert speaker is not None, "no quote with a linked speaker on the first article"
    _shot(page, "reader")
    page.evaluate("window.scrollTo(0, 0)")
    _shot(page, "reader-screen", full_page=False)  # the README's picture (docs/reader.png)
    name = speaker.inner_text()
    speaker.click()
    page.wait_for_selector("#person-quotes")
    assert name in page.locator("h1").inner_text()
    listed = page.locator("#person-quotes").inner_text()
    assert " ".join(quote_text.split())[:60] in " ".join(listed.split())
    _shot(page, "person")


def test_story_timeline_and_map(server, page):
    _paste(page, server, (DATA / "clash-wire.txt").read_text(encoding="utf-8"))
    page.goto(server + "/stories")
    page.locator("#stories tbody a").first.click()
    page.wait_for_selector("#timeline")
    assert page.locator("#timeline li.item").count() >= 1
    _shot(page, "story")
    page.goto(server + "/events")
    assert page.locator("#map circle.point").count() >= 1
    assert page.locator("#events tbody tr").count() >= 1
    _shot(page, "events")


def test_hostile_article_text_is_shown_and_never_run(server, page):
    _paste(page, server, (DATA / "hostile.txt").read_text(encoding="utf-8"))
    page.wait_for_selector("#text")
    assert "<script>alert(1)</script>" in page.locator("h1").inner_text()  # the headline holds one
    assert '"><img src=x onerror=alert(1)>' in page.locator("#text").inner_text()  # the story the other
    # click every mark: the side panel writes article text too
    marks = page.locator("#text .mark")
    for i in range(min(marks.count(), 40)):
        marks.nth(i).click()
    page.wait_for_timeout(300)
    assert page.dialogs == []  # type: ignore[attr-defined]
    assert page.evaluate("document.querySelectorAll('img[src=x], #text script, #detail script').length") == 0
    _shot(page, "hostile")
