"""read -> extract over many files, yielding records and per-file failures in order.

A failure (a bad file, or an article whose extraction broke) is reported and the
run goes on: the articles before and after it are not lost.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .errors import DatelineError, InputError, ModelNotFound
from .extract import extract_article
from .read import printable_path, read_bytes, read_file, walk
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


def _bug(stage: str, e: BaseException) -> str:
    """An unexpected exception as one line: what broke and where, to put in a bug report."""
    tb = traceback.extract_tb(e.__traceback__)
    where = f" at {tb[-1].filename}:{tb[-1].lineno}" if tb else ""
    message = str(e)
    if len(message) > 200:
        message = message[:200] + "..."
    return f"{stage} failed: {type(e).__name__}: {message}{where}; please report it"


def run_file(path: str, options: Options, encoding: str | None = None) -> Iterator[Article | Failure]:
    """The records of one file's articles, or a Failure for the file (or for one article in it).

    The error boundary: nothing a file holds stops the run. A missing spaCy model is the one
    error raised, since no other file could be read either.
    """
    name = printable_path(path)
    try:
        raws = read_file(path, options, encoding=encoding)
    except InputError as e:
        yield Failure(e.path, e.reason)
        return
    except RecursionError as e:
        yield Failure(name, f"too deeply nested to read ({e})")
        return
    except Exception as e:  # an unexpected failure in a reader loses this file only
        yield Failure(name, _bug("reading", e))
        return
    for raw in raws:
        try:
            yield extract_article(raw, options)
        except ModelNotFound:
            raise
        except DatelineError as e:
            yield Failure(f"{name} (article {raw.source.index})", str(e))
        except Exception as e:  # one broken article must not lose the others
            yield Failure(f"{name} (article {raw.source.index})", _bug("extraction", e))


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
    warnings: list[str] = []
    if isinstance(text, str):
        clean = _without_lone_surrogates(text)
        if clean != text:
            warnings.append("the text held unpaired UTF-16 surrogates (not characters): each replaced by U+FFFD")
        data = clean.encode("utf-8")
    else:
        data = text
    raws = read_bytes(name, data, options)
    for raw in raws:
        raw.warnings = warnings + raw.warnings
    return [extract_article(raw, options) for raw in raws]


def _without_lone_surrogates(text: str) -> str:
    """Surrogate pairs joined into their characters (a str made from UTF-16 or JSON may hold them),
    unpaired ones replaced by U+FFFD: what is left encodes as UTF-8."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
