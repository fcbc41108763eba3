"""Store.search: every word of the query, in article titles and text and in quotes, on SQLite (FTS5)
and PostgreSQL (tsvector). The query is only ever text: no syntax of either engine gets through."""

import pytest

from dateline.record import Article, Entity, Offsets, Quote, Source, Speaker, article_id
from dateline.store import Store

FLOOD = (
    "Floodwaters rose overnight in the river town of Harwick, forcing 300 families from their homes. "
    "The mayor said the embankment had been raised only last spring."
)
BUDGET = (
    "The council approved the harbour budget on Tuesday after a long debate about fish or chips stalls. "
    "Opponents said the plan was rushed."
)
ODD = "A reader wrote Robert'); DROP TABLE articles;-- in the comment box, and a 50% discount was offered."


def article(title: str, text: str, quotes: list[tuple[str, str]] = ()) -> Article:
    """An article whose quotes are the given (quoted words, speaker) found in its text."""
    qs = []
    for n, (words, speaker) in enumerate(quotes, 1):
        start = text.index(words)
        qs.append(
            Quote(id=f"q{n}", text=words, kind="direct", start=start, end=start + len(words),
                  speaker=Speaker(name=speaker))
        )  # fmt: skip
    return Article(
        id=article_id(title, text), source=Source(path="t.txt"), title=title, text=text, quotes=qs,
        entities=[Entity(id="e1", name="Harwick", type="GPE", mentions=[Offsets(start=0, end=1)])],
    )  # fmt: skip


FLOOD_ARTICLE = article(
    "Hundreds leave homes as river bursts its banks", FLOOD, [("the embankment had been raised", "Mayor")]
)
BUDGET_ARTICLE = article("Harbour budget passes", BUDGET, [("the plan was rushed", "Opponents")])
ODD_ARTICLE = article("Letters", ODD)


@pytest.fixture(scope="module")
def store(module_db_url):
    """One store for the module: searching changes nothing (the tests check that it does not)."""
    with Store(module_db_url) as s:
        for a in (FLOOD_ARTICLE, BUDGET_ARTICLE, ODD_ARTICLE):
            s.add(a)
        yield s


def test_a_word_of_the_text_finds_the_article_and_points_at_it(store):
    [hit] = store.search("families")
    assert (hit.kind, hit.article_id, hit.title) == ("article", FLOOD_ARTICLE.id, FLOOD_ARTICLE.title)
    assert FLOOD[hit.start : hit.end] == "families"
    assert "300 families" in hit.snippet


def test_words_of_a_quote_find_the_quote_with_its_offsets(store):
    hits = store.search("embankment raised")
    assert [h.kind for h in hits] == ["article", "quote"]
    quote = hits[1]
    assert (quote.article_id, quote.quote_id) == (FLOOD_ARTICLE.id, "q1")
    assert FLOOD[quote.start : quote.end] == "the embankment had been raised" == quote.snippet


def test_every_word_must_occur(store):
    assert [h.article_id for h in store.search("council harbour")] == [BUDGET_ARTICLE.id]
    assert store.search("council floodwaters") == []


def test_words_match_their_other_forms(store):
    """Both engines stem English words ("approving" finds "approved"); a part of a word is no word."""
    assert [h.article_id for h in store.search("approving")] == [BUDGET_ARTICLE.id]  # approved
    assert store.search("water") == []  # "Floodwaters" is one word


def test_a_match_in_the_title_only_has_no_offsets(store):
    [hit] = store.search("bursts")
    assert hit.article_id == FLOOD_ARTICLE.id and hit.start is None and hit.end is None
    assert hit.snippet == FLOOD_ARTICLE.title


def test_case_and_punctuation_do_not_matter(store):
    assert [h.article_id for h in store.search("HARWICK!!")] == [FLOOD_ARTICLE.id]


@pytest.mark.parametrize(
    "query",
    ['"', "%", "_", "*", "OR", "NOT", "AND", "NEAR(", "title:", "'; --", '"harwick', "harwick*", "(", "^", "-",
     "DROP TABLE", "1=1", "\\", "\x00", "🙂", "   "],
)  # fmt: skip
def test_odd_text_is_just_text(store, query):
    hits = store.search(query)
    assert all(h.article_id in {FLOOD_ARTICLE.id, BUDGET_ARTICLE.id, ODD_ARTICLE.id} for h in hits)
    assert store.count() == 3  # nothing was dropped or changed


@pytest.mark.parametrize("query", ["Robert'); DROP TABLE articles;--", "DROP TABLE articles", "50%", "fish OR chips"])
def test_odd_text_finds_the_article_that_holds_it(store, query):
    expected = BUDGET_ARTICLE.id if "fish" in query else ODD_ARTICLE.id
    assert [h.article_id for h in store.search(query)] == [expected]
    assert store.count() == 3


def test_a_lone_wildcard_matches_nothing(store):
    assert store.search("%") == [] and store.search("*") == [] and store.search('"') == []


def test_the_limit_counts_every_hit(store):
    assert len(store.search("said")) == 2
    assert len(store.search("said", limit=1)) == 1
    assert store.search("said", limit=0) == []
