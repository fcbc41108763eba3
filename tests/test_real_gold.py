"""The gold files of real news pages (tests/data/real/) are well formed and say only what the page says.

These checks read the gold files and the pages (../shared/datasets/article-extraction-benchmark),
never dateline's output: the set is held out, and running the extraction on it here would spend
that. Scoring it is ``bench/gold_articles.py --set real``, run once, at the end of a piece of work.

The content checks skip where ../shared is absent; the schema checks always run.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "real"
DATASET = ROOT.parent / "shared" / "datasets" / "article-extraction-benchmark"
FILES = sorted(REAL.glob("*.json"))

ARTICLE_KEYS = {
    "title",
    "published",
    "published_warning",
    "dateline",
    "summary_count",
    "captions",
    "body_starts",
    "body_ends",
    "body_excludes",
    "body_includes",
    "quotes",
    "quotes_exhaustive",
    "not_quotes",
    "timexes",
    "events",
    "claims",
    "entities",
    "roles",
    "aliases",
    "must_not_merge",
}
PLOVER = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}
ENTITY_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "OTHER"}
STATUSES = {"killed", "wounded", "missing", "arrested", "displaced"}
# the record's Date values: year, month, ISO week, day, or a time of day
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?|-W\d{2})?$")


def norm(s: str) -> str:
    """score.py's normalisation: NFKC, straight quotes and dashes, one space, lower case."""
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2014", "-").replace("\u2013", "-").replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def page_id(gold: dict) -> str:  # type: ignore[type-arg]
    return Path(gold["input"]).name.split(".")[0]


def load(path: Path) -> dict:  # type: ignore[type-arg]
    return json.loads(path.read_text(encoding="utf-8"))


def test_there_are_ten_pages_or_more():
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_file_has_the_scorer_shape(path):
    gold = load(path)
    assert gold["input"].startswith("../shared/datasets/article-extraction-benchmark/html/")
    assert gold["input"].endswith(".html.gz")
    assert re.fullmatch(r"[0-9a-f]{64}", page_id(gold))
    assert len(gold["articles"]) == 1
    art = gold["articles"][0]
    assert set(art) <= ARTICLE_KEYS, set(art) - ARTICLE_KEYS
    assert "quotes" in art  # score.py reads it unconditionally
    assert art.get("published") is None or DATE.match(art["published"])
    for q in art["quotes"]:
        assert q["kind"] in {"direct", "partial", "indirect"}
        assert q["contains"].strip()
        # an unnamed source is scored as anonymous: the file must say so
        assert q["speaker"] is not None or q.get("anonymous") is True
    for t in art.get("timexes", []):
        assert DATE.match(t["value"]), t
    for e in art.get("events", []):
        assert e["type"] and set(e["type"]) <= PLOVER, e
        # score.py compares these without lower-casing them, against lower-cased text
        assert all(w == w.lower() for w in e.get("trigger_any", [])), e
        assert e.get("date") is None or DATE.match(e["date"])
        for c in e.get("casualties", []):
            assert c["status"] in STATUSES and isinstance(c["count"], int)
            assert all(w == w.lower() for w in c["group_any"]), c
    assert set(art.get("entities", {})) <= ENTITY_TYPES
    # score.py tests `role in norm(predicted role)` with the gold role as written: a capital in the
    # gold role could never match (the seed's gold writes "information minister")
    assert all(r == r.lower() for r in art.get("roles", {}).values()), art.get("roles")


def _bench():
    spec = importlib.util.spec_from_file_location("bench_gold_articles", ROOT / "bench" / "gold_articles.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_splits_a_real_page_by_its_page_id():
    """sha1 of the page id decides, not sha1 of the gold file's name: the two disagree here."""
    bench = _bench()
    pid = "0" * 63 + "1"
    gold = {"input": f"../shared/datasets/article-extraction-benchmark/html/{pid}.html.gz"}
    by_id = "dev" if int(hashlib.sha1(pid.encode()).hexdigest(), 16) % 2 == 0 else "test"
    named = [Path(f"page-{k}.json") for k in range(8)]
    assert {bench.split_of(p) for p in named} == {"dev", "test"}
    assert {bench.split_of(p, gold) for p in named} == {by_id}


def test_bench_skips_the_real_set_where_the_pages_are_absent(tmp_path, monkeypatch, capsys):
    bench = _bench()
    # no gold files either, so that nothing could be run on the held-out pages even if it did not skip
    monkeypatch.setitem(bench.SETS, "real", tmp_path)
    monkeypatch.setattr(bench, "REAL_PAGES", tmp_path / "absent")
    assert bench.main(["--set", "real"]) == 0
    assert "skipped" in capsys.readouterr().out


@pytest.fixture(scope="module")
def truth() -> dict:  # type: ignore[type-arg]
    if not (DATASET / "ground-truth.json").is_file():
        pytest.skip("../shared/datasets/article-extraction-benchmark is not present")
    return json.loads((DATASET / "ground-truth.json").read_text(encoding="utf-8"))


def page_text(gold: dict) -> str:  # type: ignore[type-arg]
    """The page's visible words, tags dropped (scripts and styles too): enough to find a string."""
    raw = gzip.decompress((ROOT / gold["input"]).read_bytes()).decode("utf-8", "replace")
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    return norm(html.unescape(re.sub(r"<[^>]+>", " ", raw)))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_string_of_the_gold_is_on_its_page(path, truth):
    gold = load(path)
    pid = page_id(gold)
    assert pid in truth and truth[pid]["url"] == gold["url"]
    body = norm(truth[pid]["articleBody"])
    page = page_text(gold)
    art = gold["articles"][0]
    missing = []

    def need(where: str, what: str, s: str) -> None:
        if norm(s) not in where:
            missing.append(f"{what}: {s!r}")

    if art.get("title"):
        need(page, "title", art["title"])
    for key in ("body_starts", "body_ends"):
        if key in art:
            need(body, key, art[key])
    for s in art.get("body_includes", []):
        need(body, "body_includes", s)
    for s in art.get("body_excludes", []):
        need(page, "body_excludes (on the page)", s)
        if norm(s) in body:
            missing.append(f"body_excludes is in the true body: {s!r}")
    for c in art.get("captions", []):
        need(page, "caption", c["contains"])
    for q in art["quotes"]:
        need(body, "quote", q["contains"])
    for s in art.get("not_quotes", []):
        need(body, "not_quote", s)
    for t in art.get("timexes", []):
        need(body, "timex", t["text"])
    for e in art.get("events", []):
        assert any(w in body for w in e.get("trigger_any", [""])), f"no trigger of {e} in the body"
    for typ, names in art.get("entities", {}).items():
        for n in names:
            need(body, typ, n)
    for n, role in art.get("roles", {}).items():
        need(body, "role of", n)
        need(body, "role", role)
    for n, alias in art.get("aliases", {}).items():
        need(body, "alias of", n)
        need(body, "alias", alias)
    for pair in art.get("must_not_merge", []):
        for n in pair:
            need(body, "must_not_merge", n)
    assert not missing, "\n".join(missing)
