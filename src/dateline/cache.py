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

``regex`` does the same for the large rule regexes (every form of a date stamp, every time
pattern): Python's ``re`` compiles a pattern in pure Python, about a tenth of a second over the
ones a short article needs. The program ``re`` compiles a pattern into (plain numbers) is kept,
keyed by the pattern and the exact Python, and handed back to ``_sre`` as ``re`` itself does. That
is a private interface, so a program is kept only after the pattern built from it compared equal
to ``re.compile``'s own (same flags, same program), and anything unexpected is ``re.compile``.
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import os
import re
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


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with the compiled program read back from the cache."""
    try:
        sre = importlib.import_module("_sre")
        key = f"{sys.version}\0{sre.MAGIC}\0{sre.CODESIZE}\0{int(flags)}\0{pattern}"
        program = parsed("regex", key, lambda _key: _program(pattern, flags))
        if program is not None:
            return _build(sre, pattern, program)
    except Exception:  # a Python whose re works otherwise: compile as usual
        pass
    return re.compile(pattern, flags)


def _build(sre: Any, pattern: str, program: list[Any]) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    compiled: re.Pattern[str] = sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    return compiled


def _program(pattern: str, flags: int) -> list[Any] | None:
    """What ``re._compiler.compile`` hands to ``_sre.compile``, as plain data; None when the pattern
    built from it is not the one ``re.compile`` makes (then the pattern is compiled every run)."""
    parser = importlib.import_module("re._parser")
    compiler = importlib.import_module("re._compiler")
    tree = parser.parse(pattern, flags)
    code = [int(op) for op in compiler._code(tree, flags)]
    groupindex = {str(name): int(i) for name, i in tree.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    program = [int(flags | tree.state.flags), code, int(tree.state.groups - 1), groupindex, tuple(indexgroup)]
    built, expected = _build(importlib.import_module("_sre"), pattern, program), re.compile(pattern, flags)
    same = built == expected and built.groupindex == expected.groupindex and built.groups == expected.groups
    return program if same else None
