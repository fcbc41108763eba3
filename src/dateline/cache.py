"""dateline's cache directory, and a cache of data parsed from text that is the same every run.

The directory is ``$DATELINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/dateline``, else ``~/.cache/dateline``.
Everything in it can be deleted at any time: it is rebuilt on next use, and where it cannot be read
or written dateline does the work in memory instead.

``parsed`` keeps what a parser made of a text (the rule files' YAML) as a ``marshal`` file named by
a hash of the text: parsing the rule files is a visible share of a short ``dateline extract``'s
start-up, reading them back from marshal is not. A changed text has a new name, so a stale entry
is never read. Marshal is the format Python keeps its own compiled modules in (``__pycache__``),
and it holds only plain data here (dicts, lists, strings, numbers, booleans, None); a value it
cannot hold (a YAML date) is simply not cached.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

# what a cache entry's name depends on besides the text: a new format here makes new names
_FORMAT = f"1-py{sys.version_info[0]}.{sys.version_info[1]}-marshal{marshal.version}"


def cache_dir() -> Path:
    if os.environ.get("DATELINE_CACHE_DIR"):
        return Path(os.environ["DATELINE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dateline"


def _entry(kind: str, text: str) -> Path:
    digest = hashlib.sha256(f"{_FORMAT}\0{kind}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return cache_dir() / "parsed" / f"{kind}-{digest}.marshal"


def parsed(kind: str, text: str, parse: Callable[[str], Any]) -> Any:
    """``parse(text)``, read back from the cache when this very text was parsed before.

    ``kind`` names the parser and the source ("yaml-events.yaml"): entries of one kind differ only
    by their text. A missing, unreadable or damaged entry is parsed again (and written, when the
    directory can be written); the answer is the parser's either way.
    """
    path = _entry(kind, text)
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = parse(text)
    try:
        data = marshal.dumps(value)
    except ValueError:  # not plain data
        return value
    _write(path, data)
    return value


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: a parallel run sees no file or all of it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        pass
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
