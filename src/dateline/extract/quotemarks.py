"""Quotation marks paired into quoted passages, in one linear pass over the text.

Works on characters, not tokens, so it cannot be thrown by the parser, and runs in
time linear in the text whatever the marks: an odd number of marks, a quote never
closed, or ten thousand marks in a row. The rules:

- Curly and guillemet marks say which way they face; straight marks face the way
  their neighbours say (after a space or an opening bracket: opening; before a
  space or punctuation: closing).
- Double marks make quotes; single marks make quotes only outside double ones
  (inside, they are the quote's own nested quote) and never when they sit between
  two letters ("Nairobi's").
- A quote runs over paragraphs when a paragraph ends inside it and the next one
  opens with a mark (the news convention for long quotes): each paragraph gives
  one piece, and the later pieces are marked ``continued``.
- A quote never closed ends at its paragraph's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„‟«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‛‹"
SINGLE_CLOSE = "’›"
STRAIGHT = "\"'"
# '' and `` are double marks in some archives (''like this'' and ``this''); so are two curly
# single marks, which some wire copy prints for a double one (“like this,’’ and ‘‘this’’)
_ALL = re.compile(r"''|``|‘‘|’’|[“„‟«”»‘‚‛‹’›\"']")
_OPEN_BEFORE = set(" \t\n([{—–-/:;") | set(DOUBLE_OPEN) | set(SINGLE_OPEN)


@dataclass(frozen=True)
class Quoted:
    """One quoted passage: ``start``/``end`` are the words inside the marks."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark, None when never closed
    double: bool
    continued: bool = False  # a later paragraph of a quote that began earlier
    continues: bool = False  # the quote goes on in the next paragraph
    close_width: int = 1  # '' is a two-character mark

    @property
    def after_close(self) -> int | None:
        """Offset just past the closing mark."""
        return None if self.close_at is None else self.close_at + self.close_width


@dataclass
class _Open:
    at: int
    double: bool
    continued: bool
    width: int = 1


def _facing(text: str, i: int, width: int = 1) -> str:
    """'open', 'close', 'both' or 'none' for the mark at ``i``."""
    ch = text[i : i + width]
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    if ch in ("``", "‘‘"):
        return "open"
    if ch == "’’":
        return "close"
    if ch in DOUBLE_OPEN or ch in SINGLE_OPEN:
        if ch == "‘" and before.isalnum():
            return "none"  # a misused apostrophe
        return "open"
    if ch in DOUBLE_CLOSE or ch in SINGLE_CLOSE:
        if ch in "’›" and before.isalnum() and after.isalnum():
            return "none"  # "Nairobi’s", "don’t"
        if ch == "’" and before in " \t\n" and after.isalnum():
            return "none"  # "’90s"
        if ch == "”" and before in " \t\n" and not after.isspace():
            return "open"  # a closing mark typed for an opening one
        return "close"
    # straight marks
    if ch == "'" and before.isalnum() and after.isalnum():
        return "none"
    if before in _OPEN_BEFORE or i == 0:
        return "open" if not after.isspace() else "none"
    if after.isspace() or after in ".,;:!?)]}—–-" or i + width == len(text):
        return "close"
    return "both"


def find_quoted(text: str, max_single_chars: int = 400) -> list[Quoted]:
    """Every quoted passage in ``text``, in order; pieces of multi-paragraph quotes apart."""
    out: list[Quoted] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", text)]
    carry = False  # the previous paragraph ended inside a double quote
    for p_start, p_end in paragraphs:
        dbl: _Open | None = None
        sgl: _Open | None = None
        for m in _ALL.finditer(text, p_start, p_end):
            i = m.start()
            width = m.end() - i
            ch = m.group()
            face = _facing(text, i, width)
            if dbl is not None and ch in ('"', "''") and text[i - 1 : i] == " " and text[i - 2 : i - 1] in ",.?!'’":
                # a space before the closing mark: '"... the phrase 'rural outreach,' " she said' (AP style
                # between two closing marks), "''... coalitions, '' said Mr. Gunn"
                face = "close"
            elif (
                dbl is not None and ch == "“" and text[i - 1 : i] in (",", ".", "?", "!") and text[i + 1 : i + 2] == " "
            ):
                face = "close"  # '“It's unusual,“ said Noble': an opening mark typed for the closing one
            if face == "none":
                continue
            is_double = ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch in ('"', "''", "``", "‘‘", "’’")
            straight = ch in ('"', "''")
            if is_double:
                leading = not text[p_start:i].strip()
                if dbl is None:
                    if face in ("open", "both"):
                        dbl = _Open(i, True, continued=carry and leading, width=width)
                        sgl = None
                    continue
                if face == "open" and not straight:
                    # a new opening mark while a quote is open: the first was never closed
                    out.extend(_piece(text, dbl, i, None))
                    dbl = _Open(i, True, continued=False, width=width)
                    continue
                if face in ("close", "both"):
                    out.extend(_piece(text, dbl, i, i, close_width=width))
                    dbl = None
                else:
                    out.extend(_piece(text, dbl, i, None))
                    dbl = _Open(i, True, continued=False, width=width)
                continue
            if dbl is not None:
                continue  # a nested quote belongs to the outer one's text
            if sgl is None:
                if face in ("open", "both") and ch not in SINGLE_CLOSE:
                    sgl = _Open(i, False, continued=False)
                continue
            if i - sgl.at > max_single_chars:
                sgl = _Open(i, False, continued=False) if face in ("open", "both") else None
                continue
            if face in ("close", "both"):
                out.extend(_piece(text, sgl, i, i))
                sgl = None
        carry = False
        if dbl is not None:
            nxt = _next_paragraph_start(text, p_end)
            carry = nxt is not None and (text[nxt] in DOUBLE_OPEN + '"' or text.startswith(("''", "``", "‘‘"), nxt))
            out.extend(_piece(text, dbl, p_end, None, continues=carry))
    return out


def _next_paragraph_start(text: str, p_end: int) -> int | None:
    j = p_end
    while j < len(text) and text[j].isspace():
        j += 1
    return j if j < len(text) else None


def _piece(
    text: str, op: _Open, end: int, close_at: int | None, continues: bool = False, close_width: int = 1
) -> list[Quoted]:
    start = op.at + op.width
    while start < end and text[start].isspace():
        start += 1
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop <= start:
        return []
    return [Quoted(start, stop, op.at, close_at, op.double, op.continued, continues, close_width)]
