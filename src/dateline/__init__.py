"""dateline: a sourced record of who said what, what happened, where and when.

>>> import dateline
>>> articles = dateline.extract(open("page.txt").read())  # doctest: +SKIP
>>> with dateline.Store("news.db") as db:  # doctest: +SKIP
...     for a in articles:
...         db.add(a)
...     dateline.ingest(["saved-pages/"], db)  # every article in a folder, then the links across them
"""

from typing import TYPE_CHECKING

from .errors import DatelineError, InputError
from .ingestion import IngestEvent, IngestOptions, IngestResult, ingest
from .pipeline import Failure, extract, run
from .record import Article, Entity, Quote
from .settings import Options, defaults

if TYPE_CHECKING:
    from .store import Store


def __getattr__(name: str) -> object:
    """``dateline.Store`` is imported on first use: SQLAlchemy is not needed to extract."""
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(f"module 'dateline' has no attribute {name!r}")


__all__ = [
    "Article",
    "DatelineError",
    "Entity",
    "Failure",
    "IngestEvent",
    "IngestOptions",
    "IngestResult",
    "InputError",
    "Options",
    "Quote",
    "Store",
    "defaults",
    "extract",
    "ingest",
    "run",
]
