"""Full-text search over article titles and text and over quotes.

SQLite: the FTS5 tables ``articles_fts`` and ``quotes_fts`` (porter stemming). PostgreSQL: the
table ``articles_fts`` (the stored ``to_tsvector('english', title || text)`` of each article) and a
GIN index on ``to_tsvector('english', quotes.text)``. Either way the query is a
bound parameter, and the user's text is only ever words: it is cut into word tokens and each is
quoted as an FTS5 string (``"drop"``), so ``OR``, ``NEAR``, ``"``, ``*``, ``%`` or ``DROP TABLE``
are text to look for, never syntax. All words must occur (AND).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

from ..record import Article

# A word as both tokenizers see one (letters and digits; punctuation separates).
_WORD = re.compile(r"\w+")
# Characters of text shown either side of the words found.
SNIPPET_CONTEXT = 60
MAX_TERMS = 32  # a pasted paragraph is searched for its first words, not refused


@dataclass(frozen=True)
class Hit:
    """One search result: an article (its title or text matched) or one of its quotes.

    ``start``/``end`` are character offsets in the article's ``text``: the quote, or the first
    word of the article that matched (None when only the title did).
    """

    kind: str  # "article" | "quote"
    article_id: str
    snippet: str
    start: int | None
    end: int | None
    title: str | None = None
    quote_id: str | None = None


def terms(query: str) -> list[str]:
    """The words of a query, as the search looks for them."""
    return _WORD.findall(query)[:MAX_TERMS]


def fts5_query(words: list[str]) -> str:
    """An FTS5 MATCH expression that only means "all these words": each one a quoted string."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _first_match(body: str, words: list[str]) -> tuple[int, int] | None:
    """Where the first query word occurs in ``body`` as the start of a word (case-insensitive).

    Stemming matches "attacks" for "attack" and "attack" for "attacked": the word is tried whole,
    then without common endings, as a word prefix.
    """
    best: tuple[int, int] | None = None
    for w in words:
        for stem in dict.fromkeys([w, re.sub(r"(?i)(ing|ed|es|s)$", "", w)]):
            if len(stem) < 2 and stem != w:
                continue
            m = re.search(r"(?<!\w)" + re.escape(stem) + r"\w*", body, re.IGNORECASE)
            if m:
                if best is None or m.start() < best[0]:
                    best = (m.start(), m.end())
                break
    return best


def _snippet(body: str, span: tuple[int, int] | None) -> str:
    if span is None:
        return " ".join(body[: 2 * SNIPPET_CONTEXT].split())
    start, end = span
    lo, hi = max(0, start - SNIPPET_CONTEXT), min(len(body), end + SNIPPET_CONTEXT)
    return ("…" if lo else "") + " ".join(body[lo:hi].split()) + ("…" if hi < len(body) else "")


def _article_hit(article_id: str, title: str | None, body: str, words: list[str]) -> Hit:
    span = _first_match(body, words)
    snippet = _snippet(body, span) if span else " ".join((title or "").split()) or _snippet(body, None)
    return Hit("article", article_id, snippet, span[0] if span else None, span[1] if span else None, title)


def _quote_hit(article_id: str, quote_id: str, title: str | None, quote: str, start: int, end: int) -> Hit:
    return Hit("quote", article_id, " ".join(quote.split()), start, end, title, quote_id)


_SQLITE_ARTICLES = text(
    """SELECT a.id, a.title, a.text, bm25(articles_fts) AS score
FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
WHERE articles_fts MATCH :q ORDER BY score, a.seq LIMIT :n"""
)
_SQLITE_QUOTES = text(
    """SELECT q.article_id, q.quote_id, a.title, q.text, q.start, q."end", bm25(quotes_fts) AS score
FROM quotes_fts
JOIN quotes q ON q.article_id = quotes_fts.article_id AND q.quote_id = quotes_fts.quote_id
JOIN articles a ON a.id = q.article_id
WHERE quotes_fts MATCH :q ORDER BY score, a.seq, q.start LIMIT :n"""
)
_PG_ARTICLES = text(
    """SELECT a.id, a.title, a.text, ts_rank(f.document, query) AS score
FROM articles_fts f JOIN articles a ON a.seq = f.seq, plainto_tsquery('english', :q) query
WHERE f.document @@ query
ORDER BY score DESC, a.seq LIMIT :n"""
)
# The expression must be that of the GIN index on quotes (migration 4) for the index to be used.
_PG_QUOTES = text(
    """SELECT q.article_id, q.quote_id, a.title, q.text, q.start, q."end",
	ts_rank(to_tsvector('english', q.text), query) AS score
FROM quotes q JOIN articles a ON a.id = q.article_id, plainto_tsquery('english', :q) query
WHERE to_tsvector('english', q.text) @@ query
ORDER BY score DESC, a.seq, q.start LIMIT :n"""
)


_SQLITE_INDEX_ARTICLE = text("INSERT INTO articles_fts (rowid, title, text) VALUES (:seq, :title, :text)")
_SQLITE_INDEX_QUOTE = text("INSERT INTO quotes_fts (text, article_id, quote_id) VALUES (:text, :article_id, :quote_id)")
_PG_INDEX_ARTICLE = text(
    """INSERT INTO articles_fts (seq, document)
SELECT seq, to_tsvector('english', coalesce(title, '') || ' ' || text) FROM articles WHERE seq = :seq"""
)


def index(conn: Connection, dialect: str, seq: int, article: Article) -> None:
    """Add a just-stored article (``seq`` its row's key) and its quotes to the search index.

    Called inside the transaction that stores the article: the index never lacks a stored article
    nor holds one that is not stored. (PostgreSQL indexes quotes by itself: an expression index.)
    """
    if dialect == "postgresql":
        conn.execute(_PG_INDEX_ARTICLE, {"seq": seq})
        return
    conn.execute(_SQLITE_INDEX_ARTICLE, {"seq": seq, "title": article.title, "text": article.text})
    quotes = [{"text": q.text, "article_id": article.id, "quote_id": q.id} for q in article.quotes]
    if quotes:
        conn.execute(_SQLITE_INDEX_QUOTE, quotes)


def search(conn: Connection, dialect: str, query: str, limit: int) -> list[Hit]:
    """Articles and quotes with every word of ``query``, best first, at most ``limit`` in all."""
    words = terms(query)
    if not words or limit <= 0:
        return []
    if dialect == "sqlite":
        q, statements, sign = fts5_query(words), (_SQLITE_ARTICLES, _SQLITE_QUOTES), -1.0  # bm25: lower is better
    else:
        q, statements, sign = " ".join(words), (_PG_ARTICLES, _PG_QUOTES), 1.0
    scored: list[tuple[float, int, Hit]] = []
    for r in conn.execute(statements[0], {"q": q, "n": limit}):
        scored.append((sign * float(r.score), 0, _article_hit(r.id, r.title, r.text, words)))
    for r in conn.execute(statements[1], {"q": q, "n": limit}):
        scored.append((sign * float(r.score), 1, _quote_hit(r.article_id, r.quote_id, r.title, r.text, r.start, r.end)))
    # each list comes best first; merged by score, articles before quotes on a tie
    scored.sort(key=lambda x: (-x[0], x[1]))
    return [h for _, _, h in scored[:limit]]
