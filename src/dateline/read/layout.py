"""What one line of a page is: furniture, a caption, a byline, a heading, body text.

Shared by the paste reader and the HTML reader, so both clean pages the same way.
The word lists behind these tests are data files (furniture.yaml, credits.yaml).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .. import rules
from ..record import Caption, Dateline, Heading
from ..settings import Options
from .stamps import parse_stamp

# Invisible characters that only break words apart. U+200C/U+200D (non-joiner, joiner) are kept:
# they are spelling in Persian and Indic scripts and hold emoji sequences together.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"), None)
_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣∙■□➤►▶✓✔*]|[-–—](?=\s))\s*(?P<text>\S.*)$")
_TERMINAL = tuple(".!?\"”’'…)")
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Aa]uthor:?)\s+"
    r"(?P<who>[A-Z\u00C0-\u024F][\w.'’\-]*(?:[\s,]+(?:and\s+|&\s+)?[A-Z\u00C0-\u024F][\w.'’\-]*){0,9})"
    r"(?:\s*[|,–—-]\s*(?P<rest>[^.!?]{0,60}))?$"
)
# "WASHINGTON (Reuters) -", "KYIV, Ukraine (AP) —", "LONDON, Oct 3 (Reuters) -"
_DATELINE = re.compile(
    r"^(?P<place>[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE.'’\- ]{1,40}?[A-Z\u00C0-\u00DE.])"
    r"(?:,\s*(?P<region>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?:\s+\d{1,2})?(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<agency>[\w .&/-]{1,30})\))?"
    r"\s*(?::|—|–|-{1,2})\s+(?=\S)"
)
_CREDIT_PAREN = re.compile(r"^(?P<text>.*\S)\s*\((?P<credit>[^()]{1,80})\)\s*$")
_CREDIT_DASH = re.compile(r"^(?P<text>.*[.!?”\"])\s*[|—–-]\s*(?P<credit>[^.!?]{1,60})$")
_CREDIT_PREFIX = re.compile(r"^(?:photo|image|picture|pic|credit|file photo)\s*(?:by|:)?\s*", re.IGNORECASE)
_TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$", re.IGNORECASE)


def clean_line(line: str) -> str:
    line = unicodedata.normalize("NFC", line).translate(_ZERO_WIDTH)
    return re.sub(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", line).strip()


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def bullet_text(line: str) -> str | None:
    m = _BULLET.match(line)
    return m.group("text").strip() if m else None


def _key(line: str) -> str:
    return (bullet_text(line) or line).strip().lower()


def is_furniture(line: str) -> bool:
    key = _key(line)
    if not key:
        return False
    if key in rules.word_set("furniture.yaml", "lines"):
        return True
    return bool(rules.line_regex("furniture.yaml", "patterns").match(key) or _TIME_ONLY.match(key))


def is_end_of_body(line: str) -> bool:
    return bool(rules.line_regex("furniture.yaml", "end_of_body").match(_key(line)))


def byline(line: str) -> str | None:
    m = _BYLINE.match(line.strip())
    if not m or len(line) > 120:
        return None
    return m.group("who").strip(" ,")


def _is_credit(credit: str, options: Options) -> bool:
    c = credit.strip()
    if not c or len(words(c)) > options.caption_credit_max_words:
        return False
    agencies = rules.load_yaml("credits.yaml")["agencies"]
    if any(re.search(rf"(?<![\w]){re.escape(a)}(?![\w])", c) for a in agencies):
        return True
    low = c.lower()
    return any(re.search(rf"\b{re.escape(m)}\b", low) for m in rules.word_set("credits.yaml", "markers"))


def caption(line: str, options: Options) -> Caption | None:
    """A photo caption: a line that ends with a credit, "(AFP)" or "— Reuters"."""
    inner = line.strip()
    if inner[:1] in '“"‘«' and re.search(r"[”\"’»][.,]?\s*[―—–-]+\s*\S", inner):
        return None  # "“...” ― Jane Doe" is a signed quote, not a photo caption
    for rx in (_CREDIT_PAREN, _CREDIT_DASH):
        m = rx.match(line.strip())
        if m and _is_credit(m.group("credit"), options) and len(words(m.group("text"))) >= 3:
            credit = _CREDIT_PREFIX.sub("", m.group("credit").strip()).strip() or m.group("credit").strip()
            return Caption(text=m.group("text").strip(), credit=credit)
    return None


_SIGNED = re.compile(r"[.!?…][\"”’»]\s*[―—–-]+\s*[A-Z][\w.'’ -]{1,60}\Z")


def ends_sentence(line: str) -> bool:
    """Ends like a sentence, or like a signed quote ("...” ― Jane Doe")."""
    line = line.rstrip()
    return line.endswith(_TERMINAL) or _SIGNED.search(line) is not None


def is_heading(line: str, options: Options, *, alone: bool = False) -> bool:
    """A section heading inside a body: "BREAKDOWN OF TALKS", or any short line that
    stands alone in its block, starts with a capital and does not end like a sentence."""
    ws = words(line)
    if not ws or len(ws) > options.heading_max_words or ends_sentence(line) or line.rstrip().endswith((":", ";", ",")):
        return False
    if bullet_text(line) is not None:
        return False
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    if alone:
        return ws[0][0].isupper()
    # Title Case: most words capitalised, first word too.
    caps = sum(1 for w in ws if w[0].isupper() or w[0].isdigit())
    return ws[0][0].isupper() and caps / len(ws) >= 0.6


def is_title_like(line: str, options: Options) -> bool:
    ws = words(line)
    if not (2 <= len(ws) <= options.title_max_words):
        return False
    s = line.strip()
    if s.endswith((".", ",", ";", ":")) and not s.endswith("..."):
        return False
    if bullet_text(s) is not None or is_furniture(s) or parse_stamp(s) or byline(s):
        return False
    return s[0].isupper() or s[0].isdigit() or s[0] in "\"“‘'"


def is_body_like(line: str, options: Options) -> bool:
    """Prose: long enough and ending like a sentence, or opening with a dateline."""
    ws = words(line)
    if _DATELINE.match(line) and len(ws) >= 4:
        return True
    return len(ws) >= options.body_min_words and (ends_sentence(line) or len(ws) >= options.title_max_words)


def split_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """ "NAIROBI: Kenya's..." gives place "Nairobi" and the paragraph without it."""
    m = _DATELINE.match(paragraph)
    if not m:
        return None, paragraph
    raw = m.group("place").strip(" .")
    if len(words(raw)) > 4 or len(raw) < 3:
        return None, paragraph
    place = " ".join(_title_word(w) for w in raw.split())
    return Dateline(place=place), paragraph[m.end() :]


def _title_word(w: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))


@dataclass
class Body:
    """A cleaned body: paragraphs plus what was taken out of them."""

    paragraphs: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    dateline: Dateline | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def clean_body(blocks: list[list[str]], options: Options, *, title: str | None = None) -> Body:
    """Turn blocks of lines (blank-line separated) into body paragraphs.

    Drops furniture and repeated headlines, moves captions and bylines out, keeps
    lone headings as structure, stops at a related-links block, joins hard-wrapped
    lines, and reads the dateline off the first paragraph.
    """
    body = Body()
    pending_headings: list[str] = []
    title_key = _key(title) if title else None
    for block in blocks:
        lines = _join_wrapped(block)
        stop = False
        for i, line in enumerate(lines):
            if is_end_of_body(line) and _looks_like_block_end(lines, i, options):
                stop = True
                break
            if is_furniture(line) or parse_stamp(line) or (title_key and _key(line) == title_key):
                continue
            cap = caption(line, options)
            if cap is not None:
                body.captions.append(cap)
                continue
            who = byline(line)
            if who:
                body.bylines.append(who)
                continue
            alone = len(lines) == 1
            if (alone or line.isupper()) and is_heading(line, options, alone=alone):
                pending_headings.append(line)
                continue
            para = bullet_text(line) or line
            if not body.paragraphs:
                body.dateline, para = split_dateline(para)
            offset = sum(len(p) + 2 for p in body.paragraphs)
            body.headings.extend(Heading(text=h, offset=offset) for h in pending_headings)
            pending_headings = []
            body.paragraphs.append(para)
        if stop:
            break
    return body


def _looks_like_block_end(lines: list[str], i: int, options: Options) -> bool:
    # "Related" followed by a list of links is furniture; "Related" inside a sentence is not.
    return len(words(lines[i])) <= options.heading_max_words


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: a line that stops mid-sentence and a next line that starts lower-case."""
    out: list[str] = []
    for line in lines:
        if out and not ends_sentence(out[-1]) and line[:1].islower() and bullet_text(line) is None:
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out


def blocks_of(lines: list[str]) -> list[list[str]]:
    """Blank-line separated blocks of cleaned, non-empty lines."""
    blocks: list[list[str]] = [[]]
    for raw in lines:
        line = clean_line(raw)
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]
