"""The ingest loop: files -> records -> the store, then the links across articles.

One loop for every front end (the CLI's ``ingest``, later the web app and the batch runner):
each article is stored in its own transaction with all its fact rows, an article already
stored (same id) is left as it is, and a failure costs only its file or article. A run that
is killed loses nothing it committed; running it again stores the rest, each article once.
After the batch the links across articles are recomputed from the whole store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from .errors import ArticleRejected, DatelineError
from .pipeline import Failure, _bug, files, run_file
from .read.paste import is_loss_warning
from .record import Article
from .settings import Options, defaults

if TYPE_CHECKING:
    from .store import Store


@dataclass(frozen=True)
class IngestOptions:
    """How to read the files: the CLI's ``--retrieved-at``, ``--model``, ``--encoding``,
    ``--max-bytes`` and ``--strict``."""

    retrieved_at: datetime | None = None  # when the pages were saved (resolves "Updated 3 hours ago")
    model: str | None = None  # an installed spaCy pipeline; None: the configured one
    encoding: str | None = None  # read text files in this encoding instead of guessing
    max_bytes: int | None = None  # refuse larger files; None: settings.yaml's limit
    strict: bool = False  # an article whose story or title may be lost fails instead of being stored

    def settings(self) -> Options:
        return defaults().replace(model=self.model, retrieved_at=self.retrieved_at, max_file_bytes=self.max_bytes)


EventKind = Literal["stored", "already", "failed", "warning", "file", "linked"]


@dataclass(frozen=True)
class IngestEvent:
    """What ``progress`` receives: one per article stored (or already there), per failure, per
    warning, one ``file`` after each file, and one ``linked`` at the end.

    ``where`` is the file (and article number) or, for ``linked``, the database; ``reason`` says
    why a failure failed or what a warning warns of.
    """

    kind: EventKind
    where: str
    article_id: str | None = None
    reason: str | None = None


@dataclass
class IngestResult:
    new: int = 0  # articles stored by this run
    already: int = 0  # articles that were stored before (same id)
    warned: int = 0  # of the new ones, those stored with a warning that the story may be cut
    failures: list[Failure] = field(default_factory=list)
    warnings: list[Failure] = field(default_factory=list)
    total: int = 0  # articles in the store afterwards


def _where(item: Article) -> str:
    path = item.source.path or "<stdin>"
    return f"{path} (article {item.source.index})" if item.source.index else path


def losses(item: Article) -> list[str]:
    """The warnings that say the reader may have lost the story or its title."""
    return [w for w in item.warnings if is_loss_warning(w)]


def ingest(
    paths: Iterable[str],
    store: Store,
    options: IngestOptions | None = None,
    progress: Callable[[IngestEvent], None] | None = None,
) -> IngestResult:
    """Extract the articles in ``paths`` (files, folders, ``-``) and store them in ``store``.

    Returns the counts and every failure and warning; a StoreError (the database failed) or a
    missing spaCy model stops the run, and what was stored before it stays stored.

    >>> import dateline
    >>> with dateline.Store("news.db") as db:  # doctest: +SKIP
    ...     print(dateline.ingest(["saved-pages/"], db).new)
    """
    from .link import link

    options = options or IngestOptions()
    settings = options.settings()
    result = IngestResult()

    def tell(kind: EventKind, where: str, article_id: str | None = None, reason: str | None = None) -> None:
        if progress is not None:
            progress(IngestEvent(kind, where, article_id, reason))

    def failed(f: Failure) -> None:
        result.failures.append(f)
        tell("failed", f.path, reason=f.reason)

    for path in files(paths):
        for item in run_file(path, settings, options.encoding):
            if isinstance(item, Failure):
                failed(item)
                continue
            if options.strict and losses(item):
                failed(Failure(_where(item), "; ".join(losses(item)) + " (--strict)"))
                continue
            try:
                new = store.add(item)
            except ArticleRejected as e:  # this article only: the next one is stored as usual
                failed(Failure(_where(item), str(e)))
                continue
            if not new:
                result.already += 1
                tell("already", _where(item), item.id)
                continue
            result.new += 1
            tell("stored", _where(item), item.id)
            if losses(item):
                result.warned += 1
                warning = Failure(_where(item), "warning: " + "; ".join(losses(item)))
                result.warnings.append(warning)
                tell("warning", warning.path, item.id, warning.reason)
        tell("file", path)
    try:
        store.relink(link)
    except DatelineError:
        raise
    except Exception as e:  # a bug in linking must not hide that the articles were stored
        failed(Failure(f"linking the articles in {store.where}", _bug("linking", e)))
    else:
        tell("linked", store.where)
    result.total = store.count()
    return result
