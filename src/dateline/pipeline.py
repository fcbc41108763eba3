"""read -> extract over many files, yielding records and per-file failures in order.

A failure (a bad file, or an article whose extraction broke) is reported and the
run goes on: the articles before and after it are not lost.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .errors import DatelineError, InputError
from .extract import extract_article
from .read import read_bytes, read_file, walk
from .record import Article
from .settings import Options, defaults


@dataclass
class Failure:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def files(paths: Iterable[str]) -> list[str]:
    return list(walk(list(paths)))


def run_file(path: str, options: Options, encoding: str | None = None) -> Iterator[Article | Failure]:
    try:
        raws = read_file(path, options, encoding=encoding)
    except InputError as e:
        yield Failure(e.path, e.reason)
        return
    for raw in raws:
        try:
            yield extract_article(raw, options)
        except DatelineError:
            raise
        except Exception as e:  # one broken article must not lose the others
            where = traceback.extract_tb(e.__traceback__)[-1]
            yield Failure(
                f"{path} (article {raw.source.index})",
                f"extraction failed: {type(e).__name__}: {e} at {where.filename}:{where.lineno}; please report it",
            )


def run(
    paths: Iterable[str], options: Options | None = None, encoding: str | None = None
) -> Iterator[Article | Failure]:
    options = options or defaults()
    for path in files(paths):
        yield from run_file(path, options, encoding)


def extract(
    text: str | bytes,
    *,
    name: str = "<text>",
    options: Options | None = None,
) -> list[Article]:
    """Records for every article in ``text`` (a paste, or HTML): the library's front door.

    >>> from dateline import extract
    >>> [a.title for a in extract(open("article.txt").read())]  # doctest: +SKIP
    """
    options = options or defaults()
    data = text.encode("utf-8") if isinstance(text, str) else text
    return [extract_article(raw, options) for raw in read_bytes(name, data, options)]
