"""Readers: files (pasted text, HTML, gzip of either) to RawArticle objects.

``read_file`` picks the reader from the file name and content; ``walk`` expands
directories. Every expected failure is an InputError naming the file and reason.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, NotNews
from ..record import Source
from ..settings import Options
from .article import RawArticle
from .decode import decode, gunzip, too_large
from .layout import words
from .paste import read_paste

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".gz"}

__all__ = ["RawArticle", "read_bytes", "read_file", "walk"]


def walk(paths: list[str]) -> Iterator[str]:
    """Files named, and the readable files under directories named, in a stable order."""
    for p in paths:
        if p == "-":
            yield p
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield os.path.join(root, f)
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
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as e:
        raise InputError(path, f"cannot open: {e.strerror or e}") from None
    if not p.is_file():
        raise InputError(path, "not a regular file")
    if size > options.max_file_bytes:
        raise too_large(path, size, options.max_file_bytes)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from None
    return read_bytes(path, data, options, encoding=encoding)


def read_bytes(name: str, data: bytes, options: Options, *, encoding: str | None = None) -> list[RawArticle]:
    suffixes = [s.lower() for s in Path(name).suffixes[-2:]]
    if (suffixes and suffixes[-1] == ".gz") or data[:2] == b"\x1f\x8b":
        data = gunzip(name, data, options.max_file_bytes)
        suffixes = suffixes[:-1]
    decoded = decode(name, data, options, encoding)
    source = Source(path=None if name == "<stdin>" else name)
    is_html = (suffixes and suffixes[-1] in HTML_SUFFIXES) or _looks_like_html(decoded.text)
    if is_html:
        from .html import read_html

        articles = read_html(decoded.text, options, source)
    else:
        articles = read_paste(decoded.text, options, source)
    long_enough = [a for a in articles if len(words(a.text)) >= options.min_body_words]
    kept = [a for a in long_enough if _is_prose(a.text)]
    if not kept:
        n = max((len(words(a.text)) for a in articles), default=0)
        if long_enough:
            reason = f"the longest body ({n} words) does not read as prose: mostly symbols, or no sentence"
        else:
            reason = f"the longest body has {n} words; at least {options.min_body_words} are needed"
        raise NotNews(name, f"no news article found ({reason})")
    for i, a in enumerate(kept):
        a.source = a.source.model_copy(update={"index": i})
        a.warnings = decoded.warnings + a.warnings
    return kept


_SENTENCE_END = re.compile(r"\w[.!?。！？][\"”’)]*(?:\s|$)")


def _is_prose(text: str) -> bool:
    """Sentences, not code, tables or lists: most characters are letters and spaces,
    and at least one line reads as a sentence."""
    sample = text[:20000]
    if not sample:
        return False
    letters = sum(1 for c in sample if c.isalpha() or c.isspace())
    if letters / len(sample) < 0.8:
        return False
    # a sentence ends somewhere (not only at a line's end: some pages come as one long line),
    # and some line is long enough to be a sentence (in scripts without spaces, by letters)
    if not _SENTENCE_END.search(sample):
        return False
    return any(len(words(p)) >= 6 or sum(c.isalpha() for c in p) >= 40 for p in sample.split("\n"))
