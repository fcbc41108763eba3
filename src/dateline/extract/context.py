"""One article's shared context, built once per Doc and read by the quote, event and claim components.

Each of those components needs the same things about the article: its entities by id, which
token belongs to which entity, its paragraphs and sentences, and one speaker resolver that
walks the article in reading order. Building them in each component did the same work three
times. ``article_context(doc)`` builds them on first use (the quote layer runs first) and
caches the result on the Doc (``doc._.dl_context``); the later components reuse it, so the
resolver the events and claims consult already knows who spoke where (a pronoun after
"..., Smith said" can point back to Smith).

The layers' outputs (quotes, time expressions, the anchor date, the dateline place) are read
from the Doc when asked for, so the context can be built before they exist.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..record import Entity, Quote, Timex
from .quotemarks import Quoted, find_quoted
from .speakers import SpeakerResolver

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


class ArticleContext:
    """What the article-level components share about one Doc; see the module docstring."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.entity_list = entities
        self.entities: dict[str, Entity] = {e.id: e for e in entities}

    @cached_property
    def token_entity(self) -> dict[int, str]:
        """Token index -> id of the entity whose mention covers that token."""
        index: dict[int, str] = {}
        for e in self.entity_list:
            for m in e.mentions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                for t in span:
                    index[t.i] = e.id
        return index

    @cached_property
    def quoted(self) -> list[Quoted]:
        """The article's paired quotation marks (``quotemarks.find_quoted``), for the quote layer and
        the speaker resolver alike."""
        return find_quoted(self.doc.text)

    @cached_property
    def resolver(self) -> SpeakerResolver:
        """The article's speaker resolver: one per article, fed in reading order by the quote layer."""
        return SpeakerResolver(self.doc, self.entity_list, self.token_entity, self.quoted)

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) character offsets of each paragraph ("\\n\\n"-separated), in order."""
        out, start = [], 0
        for m in _PARAGRAPH_BREAK.finditer(self.doc.text):
            out.append((start, m.start()))
            start = m.end()
        out.append((start, len(self.doc.text)))
        return out

    @cached_property
    def paragraph_starts(self) -> list[int]:
        return [a for a, _ in self.paragraphs]

    def paragraph_of(self, char: int) -> int:
        """The index of the paragraph that holds character ``char``."""
        return max(0, bisect.bisect_right(self.paragraph_starts, char) - 1)

    @cached_property
    def _sentences(self) -> tuple[list[Span], list[int]]:
        sents = list(self.doc.sents)
        sent_of = [0] * len(self.doc)
        for k, sp in enumerate(sents):
            sent_of[sp.start : sp.end] = [k] * (sp.end - sp.start)
        return sents, sent_of

    def sent(self, tok: Token) -> Span:
        """The token's sentence (``Token.sent`` walks the Doc's sentences at every call)."""
        sents, sent_of = self._sentences
        return sents[sent_of[tok.i]]

    @property
    def sents(self) -> list[Span]:
        """The Doc's sentences, in order (built once)."""
        return self._sentences[0]

    @property
    def sent_of(self) -> list[int]:
        """Token index -> index of its sentence in ``sents``."""
        return self._sentences[1]

    # what earlier components set on the Doc, read when asked for ------------------------------
    @property
    def quotes(self) -> list[Quote]:
        return self.doc._.dl_quotes or []

    @property
    def timexes(self) -> list[Timex]:
        return self.doc._.dl_timexes or []

    @property
    def anchor(self) -> date | None:
        anchor, _kind = self.doc._.dl_anchor or (None, "none")
        return anchor

    @property
    def place(self) -> str | None:
        place: str | None = self.doc._.dl_dateline
        return place


def article_context(doc: Doc) -> ArticleContext:
    """The Doc's shared context, built by the first component that asks (from the entity layer's entities)."""
    ctx = doc._.dl_context
    if ctx is None:
        ctx = ArticleContext(doc, doc._.dl_entities or [])
        doc._.dl_context = ctx
    assert isinstance(ctx, ArticleContext)
    return ctx
