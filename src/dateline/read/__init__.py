"""Readers: files (pasted text, HTML, gzip of either) to RawArticle objects.

``read_file`` picks the reader from the file name and content; ``walk`` expands
directories. Every expected failure is an InputError naming the file and reason.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from .. import rules
from ..errors import InputError, NotNews
from ..record import Source
from ..settings import Options
from .article import RawArticle
from .decode import decode, gunzip, too_large
from .layout import CJK, word_count, words
from .paste import read_paste

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".gz"}

__all__ = ["RawArticle", "printable_path", "read_bytes", "read_file", "walk"]


def printable_path(path: str) -> str:
    """A file name as text that can be printed and stored: bytes that are not UTF-8 (kept by
    Python as lone surrogates) written as ``\\xe9``."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def walk(paths: list[str]) -> Iterator[str]:
    """Files named, and the files under directories named, in a stable order.

    A folder that cannot be listed is yielded itself, so ``read_file`` reports it (one line)
    instead of its files being skipped without a word.
    """
    for p in paths:
        if p == "-":
            yield p
        elif os.path.isdir(p):
            errors: list[OSError] = []
            for root, dirs, files in os.walk(p, onerror=errors.append):
                while errors:
                    yield str(errors.pop(0).filename)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield os.path.join(root, f)
            for e in errors:
                yield str(e.filename)
        else:
            yield p


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "</" in head)


def read_file(path: str, options: Options, *, encoding: str | None = None) -> list[RawArticle]:
    """Read one file (or "-" for stdin) into articles, or raise InputError."""
    if path == "-":
        data = sys.stdin.buffer.read(options.max_file_bytes + 1)
        return read_bytes("<stdin>", data, options, encoding=encoding)
    name = printable_path(path)
    p = Path(path)
    try:
        st = p.stat()
    except OSError as e:
        raise InputError(name, f"cannot open: {e.strerror or e}") from None
    if p.is_dir():
        try:
            os.listdir(p)
        except OSError as e:
            raise InputError(name, f"cannot list the folder: {e.strerror or e}; its files were not read") from None
        raise InputError(name, "is a folder")
    if not p.is_file():
        raise InputError(name, "not a regular file")
    if st.st_size > options.max_file_bytes:
        raise too_large(name, st.st_size, options.max_file_bytes)
    try:
        with p.open("rb") as f:
            data = f.read(options.max_file_bytes + 1)
    except OSError as e:
        raise InputError(name, f"cannot read: {e.strerror or e}") from None
    return read_bytes(name, data, options, encoding=encoding)


def read_bytes(name: str, data: bytes, options: Options, *, encoding: str | None = None) -> list[RawArticle]:
    suffixes = [s.lower() for s in Path(name).suffixes[-2:]]
    warnings: list[str] = []
    if (suffixes and suffixes[-1] == ".gz") or data[:2] == b"\x1f\x8b":
        data, warnings = gunzip(name, data, options.max_file_bytes)
        suffixes = suffixes[:-1]
    decoded = decode(name, data, options, encoding)
    del data
    warnings += decoded.warnings
    # Windows files and browser forms (a textarea posts CRLF) end lines with "\r\n", old Mac files with
    # "\r": every reader below splits on "\n", so line ends are made one kind before anything reads them
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    is_html = bool(suffixes and suffixes[-1] in HTML_SUFFIXES) or _looks_like_html(text)
    # the readers see at most this much: a paste this long is not one article; an HTML page's story
    # can sit past its first megabyte of markup (scripts, styles, menus), so markup has its own limit
    limit, key = (options.max_html_chars, "max_html_chars") if is_html else (options.max_text_chars, "max_text_chars")
    if len(text) > limit:
        text = _cut(text, limit)
        warnings.append(f"the file's text ({len(decoded.text)} characters) was cut to its first {len(text)} ({key})")
    del decoded
    source = Source(path=None if name == "<stdin>" else name)
    if is_html:
        from .html import read_html

        articles = read_html(text, options, source)
    else:
        articles = read_paste(text, options, source)
    for a in articles:
        _limit(a, options)
    long_enough = [a for a in articles if word_count(a.text) >= options.min_body_words]
    # what the whole file is, read from its lines as typed: only a paste has lines to read (an HTML
    # source's lines are markup, scripts and styles, which are neither verse nor news)
    page = None if is_html else _code(text) or _verse(text)
    verdicts = [(a, not_news(a.text) or page) for a in long_enough]
    kept = [a for a, why in verdicts if why is None]
    if not kept:
        n = max((word_count(a.text) for a in articles), default=0)
        if verdicts:
            reason = next(why for _, why in verdicts if why)
        else:
            # no body long enough: say what a paste is when it is plainly not news (verse, code); an
            # HTML page's markup says nothing about its story, so there the word count is the reason
            reason = (
                page
                or (None if is_html else not_news(text))
                or f"the longest body has {n} words; at least {options.min_body_words} are needed"
            )
        raise NotNews(name, f"no news article found ({reason})")
    for i, a in enumerate(kept):
        a.source = a.source.model_copy(update={"index": i})
        a.warnings = warnings + a.warnings
    return kept


def _cut(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a paragraph break when there is one late enough."""
    cut = text.rfind("\n\n", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


def _limit(a: RawArticle, options: Options) -> None:
    """Cut an article's text to max_article_chars now, before any per-article work, with a warning."""
    if len(a.text) <= options.max_article_chars:
        return
    full = len(a.text)
    a.text = _cut(a.text, options.max_article_chars)
    a.headings = [h for h in a.headings if h.offset <= len(a.text)]
    a.warnings.append(f"article text cut from {full} to {len(a.text)} characters (max_article_chars)")


def _width(text: str) -> int:
    return len(text) + len(CJK.findall(text))


_SENTENCE_END = re.compile(r"\w[.!?。！？][\"”’)]*(?:\s|$)")


@cache
def _rules() -> tuple[dict[str, float], frozenset[str], list[re.Pattern[str]]]:
    data = rules.load_yaml("notnews.yaml")
    numbers = {k: float(v) for k, v in data.items() if isinstance(v, int | float) and not isinstance(v, bool)}
    return numbers, rules.word_set("notnews.yaml", "filler"), [re.compile(p) for p in data["code_patterns"]]


def _verse(text: str) -> str | None:
    """Why a file's text is verse (see data/notnews.yaml), from its lines as typed; None for prose."""
    numbers = _rules()[0]
    total = verse = 0
    for para in text[:20000].replace("\r\n", "\n").split("\n\n"):
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        size = sum(len(ln) for ln in lines)
        total += size
        if len(lines) < numbers["verse_min_lines"] or size / len(lines) >= numbers["verse_line_width"]:
            continue
        ended = sum(1 for ln in lines if ln[-1] in ",.;:!?—–-”\"'")
        if ended / len(lines) >= numbers["verse_punct_share"]:
            verse += size
    if total and verse / total >= numbers["verse_share"]:
        return "the text is verse (short lines that end where the phrase ends), not paragraphs of prose"
    return None


def _code(text: str) -> str | None:
    """Why ``text`` is program source (None when it is not): code-like paragraphs hold a large share."""
    numbers, _, code = _rules()
    paragraphs = [p for p in text[:20000].split("\n\n") if p.strip()]
    total = sum(len(p) for p in paragraphs) or 1
    coded = sum(len(p) for p in paragraphs if sum(1 for rx in code if rx.search(p)) >= numbers["code_marks"])
    return "the body looks like program source code, not prose" if coded / total >= numbers["code_share"] else None


def not_news(text: str) -> str | None:
    """Why a body is not news prose (None when it is): symbols, no sentence, verse or short lines,
    program code, placeholder Latin. Thresholds and word lists are in data/notnews.yaml."""
    sample = text[:20000]
    if not sample:
        return "the body is empty"
    letters = sum(1 for c in sample if c.isalpha() or c.isspace())
    if letters / len(sample) < 0.8:
        return "the body does not read as prose: mostly symbols"
    if not _SENTENCE_END.search(sample):
        return "the body does not read as prose: no sentence ends in it"
    numbers, filler, _ = _rules()
    paragraphs = [p for p in sample.split("\n\n") if p.strip()]
    total = sum(len(p) for p in paragraphs) or 1
    if _code(sample):
        return _code(sample)
    found = [w.lower() for w in words(sample)]
    if found and sum(w in filler for w in found) / len(found) >= numbers["filler_share"]:
        return "the body is placeholder text (lorem ipsum), not an article"
    wide = sum(len(p) for p in paragraphs if _width(p) >= numbers["prose_paragraph_width"])
    if len(paragraphs) >= numbers["short_body_paragraphs"] and wide / total < numbers["prose_share"]:
        return "the body reads line by line (verse, a list or a table), not as paragraphs of prose"
    if not any(word_count(p) >= 6 or sum(c.isalpha() for c in p) >= 40 for p in sample.split("\n")):
        return "the body does not read as prose: no line is as long as a sentence"
    return None
