"""dateline: a sourced record of who said what, what happened, where and when.

>>> import dateline
>>> articles = dateline.extract(open("page.txt").read())  # doctest: +SKIP
>>> with dateline.Store("news.db") as db:  # doctest: +SKIP
...     for a in articles:
...         db.add(a)
"""

from .errors import DatelineError, InputError
from .pipeline import Failure, extract, run
from .record import Article, Entity, Quote
from .settings import Options, defaults
from .store import Store

__all__ = [
    "Article",
    "DatelineError",
    "Entity",
    "Failure",
    "InputError",
    "Options",
    "Quote",
    "Store",
    "defaults",
    "extract",
    "run",
]
