"""Pasted page text (select all, copy, paste): split it into articles and clean each.

A paste holds one or more articles, each a headline with its furniture around it
(date stamp, byline, share buttons, the headline again, bullets, a caption) and
then the body. A new article starts at a headline-like line that has enough of
that header evidence below it; the weights are in ``_header_score``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..record import Source
from ..settings import Options
from .article import RawArticle
from .layout import (
    blocks_of,
    bullet_text,
    byline,
    caption,
    clean_body,
    clean_line,
    is_body_like,
    is_end_of_body,
    is_furniture,
    is_title_like,
)
from .stamps import Stamp, parse_stamp


@dataclass
class _Line:
    text: str
    blanks_before: int


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    blanks = 2  # the start of the file counts as a break
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = clean_line(raw)
        if not line:
            blanks += 1
            continue
        out.append(_Line(line, blanks))
        blanks = 0
    return out


@dataclass
class _Header:
    score: float
    body_start: int  # index of the first body line
    markers: int  # index of the last header marker (or the title)


def _kind(line: str, title_key: str, options: Options) -> str:
    """The role a line plays in a header."""
    low = (bullet_text(line) or line).lower()
    if low == title_key:
        return "repeat"
    if parse_stamp(line):
        return "stamp"
    if byline(line):
        return "byline"
    if is_furniture(line):
        return "furniture"
    if bullet_text(line) is not None:
        return "bullet"
    if caption(line, options):
        return "caption"
    if is_body_like(line, options):
        return "body"
    return "other"


def _header_score(lines: list[_Line], i: int, options: Options) -> _Header:
    """How strongly line i looks like the headline of a new article, and where its body starts."""
    title_key = lines[i].text.lower()
    weights = {"repeat": 2.0, "stamp": 1.0, "byline": 1.0, "furniture": 0.5, "bullet": 0.5, "caption": 0.5}
    seen: dict[str, float] = {}
    last_marker = i
    body_lines = 0
    kinds: list[str] = []
    for j in range(i + 1, min(len(lines), i + 1 + options.header_zone_lines)):
        kind = _kind(lines[j].text, title_key, options)
        kinds.append(kind)
        if kind == "body":
            body_lines += 1
            if body_lines >= 2:
                break
            continue
        if kind in weights:
            seen[kind] = seen.get(kind, 0) + weights[kind]
            last_marker = j
    score = sum(min(v, 1.0) if k in ("furniture", "bullet", "caption") else v for k, v in seen.items())
    if lines[i].blanks_before >= 2:
        score += 1.0
    body_start = last_marker + 1
    while body_start < len(lines) and _kind(lines[body_start].text, title_key, options) in (
        "repeat", "stamp", "byline", "furniture", "bullet", "caption",
    ):  # fmt: skip
        body_start += 1
    return _Header(score, body_start, last_marker)


def _split(lines: list[_Line], options: Options) -> list[tuple[int, int]]:
    """(start, end) line ranges, one per article."""
    starts: list[int] = []
    i = 0
    while i < len(lines):
        line = lines[i].text
        if is_title_like(line, options) and not is_body_like(line, options):
            h = _header_score(lines, i, options)
            if not starts or h.score >= options.article_split_score:
                starts.append(i)
                i = max(i + 1, h.body_start)
                continue
        elif not starts and (is_body_like(line, options) or is_end_of_body(line)):
            starts.append(i)  # a file that opens straight into body text
        i += 1
    if not starts:
        return [(0, len(lines))] if lines else []
    return [(s, e) for s, e in zip(starts, [*starts[1:], len(lines)], strict=True)]


def read_paste(text: str, options: Options, source: Source) -> list[RawArticle]:
    """All articles in a pasted page dump, in order."""
    lines = _lines(text)
    articles: list[RawArticle] = []
    for start, end in _split(lines, options):
        art = _read_one(lines[start:end], options)
        art.source = source.model_copy(update={"index": len(articles)})
        articles.append(art)
    return articles


def _read_one(lines: list[_Line], options: Options) -> RawArticle:
    art = RawArticle()
    first = lines[0].text
    if is_title_like(first, options) and not is_body_like(first, options):
        art.title = first
        h = _header_score(lines, 0, options)
        title_key = first.lower()
        stamps: list[Stamp] = []
        for ln in lines[1 : h.body_start]:
            kind = _kind(ln.text, title_key, options)
            if kind == "stamp":
                st = parse_stamp(ln.text)
                if st:
                    stamps.append(st)
            elif kind == "byline":
                art.byline = art.byline or byline(ln.text)
            elif kind == "bullet":
                art.summary.append(bullet_text(ln.text) or ln.text)
            elif kind == "caption":
                cap = caption(ln.text, options)
                if cap:
                    art.captions.append(cap)
            elif kind in ("body", "other"):
                art.summary.append(ln.text)  # a standfirst between the headline and its furniture
        art.stamp = stamps[0] if stamps else None
        body_lines = lines[h.body_start :]
    else:
        body_lines = lines
    blocks = blocks_of(_with_blank_lines(body_lines))
    body = clean_body(blocks, options, title=art.title)
    art.text = body.text
    art.headings = body.headings
    art.captions.extend(c for c in body.captions if c not in art.captions)
    art.dateline = body.dateline
    if art.byline is None and body.bylines:
        art.byline = body.bylines[0]
    return art


def _with_blank_lines(lines: list[_Line]) -> list[str]:
    out: list[str] = []
    for ln in lines:
        if ln.blanks_before and out:
            out.append("")
        out.append(ln.text)
    return out
