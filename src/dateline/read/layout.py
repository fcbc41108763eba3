"""What one line of a page is: furniture, a caption, a byline, a heading, body text.

Shared by the paste reader and the HTML reader, so both clean pages the same way.
The word lists behind these tests are data files (furniture.yaml, credits.yaml).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from .. import rules
from ..cache import regex
from ..record import Caption, Dateline, Heading
from ..settings import Options
from .stamps import Stamp, month_names, parse_stamp

# Invisible characters that only break words apart. U+200C/U+200D (non-joiner, joiner) are kept:
# they are spelling in Persian and Indic scripts and hold emoji sequences together.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"), None)
_BULLET = re.compile(r"^\s*(?:[•·▪●◦‣∙■□➤►▶✓✔*]|[-–—](?=\s))\s*(?P<text>\S.*)$")
_TERMINAL = tuple(".!?\"”’'…)。！？」")
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_BYLINE = re.compile(
    r"^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Aa]uthor:?)\s+"
    r"(?P<who>[A-Z\u00C0-\u024F][\w.'’\-]*(?:[\s,]+(?:and\s+|&\s+)?[A-Z\u00C0-\u024F][\w.'’\-]*){0,9})"
    r"(?:\s*[|,–—-]\s*(?P<rest>[^.!?]{0,60}))?$"
)
_CREDIT_PAREN = re.compile(r"^(?P<text>.*\S)\s*\((?P<credit>[^()]{1,80})\)\s*$")
_CREDIT_DASH = re.compile(r"^(?P<text>.*[.!?”\"])\s*[|—–-]\s*(?P<credit>[^.!?]{1,60})$")
_CREDIT_PREFIX = re.compile(
    r"^(?:(?:photo|image|picture|pic)\s+credits?|photo|image|picture|pic|credits?|file photo)\s*(?:by|:)?\s*",
    re.IGNORECASE,
)
_TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$", re.IGNORECASE)


def clean_line(line: str) -> str:
    line = unicodedata.normalize("NFC", line).translate(_ZERO_WIDTH)
    return re.sub(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", line).strip()


def words(text: str) -> list[str]:
    return _WORD.findall(text)


# Scripts written without spaces between words: a character there carries about half a word.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


def word_count(text: str) -> int:
    """Words in ``text``, counting Chinese and Japanese by characters (two to a word)."""
    cjk = len(CJK.findall(text))
    return len(words(CJK.sub(" ", text))) + (cjk + 1) // 2 if cjk else len(words(text))


def bullet_text(line: str) -> str | None:
    m = _BULLET.match(line)
    return m.group("text").strip() if m else None


def _key(line: str) -> str:
    return (bullet_text(line) or line).strip().lower()


def is_furniture(line: str) -> bool:
    key = _key(line)
    if not key or len(key) > int(rules.load_yaml("furniture.yaml")["max_chars"]):
        return False
    if key in rules.word_set("furniture.yaml", "lines"):
        return True
    if rules.line_regex("furniture.yaml", "patterns").match(key) or _TIME_ONLY.match(key):
        return True
    return any(word in key and rx.search(key) for word, rx in _contains())


@cache
def _contains() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(word, regex) pairs of furniture.yaml's `contains`: the regex is searched only in a line holding the word."""
    return tuple(
        (str(x["word"]), re.compile(str(x["pattern"]), re.IGNORECASE))
        for x in rules.load_yaml("furniture.yaml")["contains"]
    )


def is_end_of_body(line: str) -> bool:
    return bool(rules.line_regex("furniture.yaml", "end_of_body").match(_key(line)))


def byline(line: str) -> str | None:
    """The name(s) in a byline line: "By Jane Doe", "By Jane Doe June 3 at 4:05 PM"."""
    if len(line) > 120:
        return None
    who, _ = _byline_parts(line.strip())
    return who


def stamp_in_byline(line: str) -> Stamp | None:
    """The date stamp a byline line carries after the name ("By Jane Doe June 3 at 4:05 PM")."""
    if len(line) > 120:
        return None
    who, rest = _byline_parts(line.strip())
    return parse_stamp(rest) if who and rest else None


_STAMP_START = re.compile(
    r"\s*[|,•·–—-]?\s*(?=(?:(?:updated|published|posted|on)\b|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d))",
    re.IGNORECASE,
)


def _byline_parts(line: str) -> tuple[str | None, str]:
    """(names, the rest) of a byline; the rest is a date stamp when one follows the names."""
    m = _BYLINE.match(line)
    if m:
        return m.group("who").strip(" ,"), ""
    # "By Jane Doe June 3 at 4:05 PM": cut where a date begins, and read the names before it
    for cut in _STAMP_START.finditer(line):
        if cut.start() == 0:
            continue
        head, rest = line[: cut.start()], line[cut.end() :]
        m = _BYLINE.match(head.strip())
        if m and _TIME_OR_DATE.search(rest):
            return m.group("who").strip(" ,"), rest.strip()
    return None, ""


_TIME_OR_DATE = re.compile(r"\d{1,2}[:.]\d\d|\b(?:19|20)\d\d\b|\d\s*(?:[ap]\.?m\.?|ago)\b", re.IGNORECASE)


def _is_credit(credit: str, options: Options) -> bool:
    c = credit.strip()
    if not c or len(words(c)) > options.caption_credit_max_words:
        return False
    agencies = rules.load_yaml("credits.yaml")["agencies"]
    if any(re.search(rf"(?<![\w]){re.escape(a)}(?![\w])", c) for a in agencies):
        return True
    low = c.lower()
    return any(re.search(rf"\b{re.escape(m)}\b", low) for m in rules.word_set("credits.yaml", "markers"))


_CREDIT_TAIL_CHARS = 100  # a labelled credit ("Image credit: NASA/JPL") is at most this long


@cache
def _credit_label() -> re.Pattern[str]:
    """A caption that ends with a labelled credit, the label capitalised and glued to the text
    by the copy or after its full stop ("... sought treatmentCredit: EPA", "... in 2018. Image
    credit: NASA/JPL"); "the photo: it was" inside a sentence is no credit."""
    labels = "|".join(re.escape(x[:1].upper()) + re.escape(x[1:]) for x in rules.load_yaml("credits.yaml")["labels"])
    return re.compile(rf"^(?P<text>.*(?:[a-z0-9]|[.!?”\"’')]\s*))(?P<credit>(?:{labels})\s*:\s*[^.!?:]{{1,60}})$")


@cache
def _credit_label_tail() -> re.Pattern[str]:
    """The quick test before ``_credit_label``: a label and a credit at the line's end."""
    labels = "|".join(re.escape(x[:1].upper()) + re.escape(x[1:]) for x in rules.load_yaml("credits.yaml")["labels"])
    return re.compile(rf"(?:{labels})\s*:\s*[^.!?:]{{1,60}}$")


def caption(line: str, options: Options) -> Caption | None:
    """A photo caption: a line that ends with a credit, "(AFP)" or "— Reuters"."""
    inner = line.strip()
    if inner[:1] in '“"‘«' and re.search(r"[”\"’»][.,]?\s*[―—–-]+\s*\S", inner):
        return None  # "“...” ― Jane Doe" is a signed quote, not a photo caption
    labelled = _credit_label_tail().search(inner[-_CREDIT_TAIL_CHARS:]) is not None
    for rx in (_CREDIT_PAREN, _CREDIT_DASH, *([_credit_label()] if labelled else [])):
        m = rx.match(inner)
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
    return s[0].isupper() or s[0].isdigit() or s[0] in "\"“‘'["  # "[Video] ...", "[Update] ..."


def is_body_like(line: str, options: Options) -> bool:
    """Prose: long enough and ending like a sentence, or opening with a dateline."""
    n = word_count(line)
    if n >= 4 and read_dateline(line)[0] is not None:
        return True
    return n >= options.body_min_words and (ends_sentence(line) or n >= options.title_max_words)


def split_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """ "NAIROBI: Kenya's..." gives place "Nairobi" and the paragraph without it."""
    dateline, _, rest = read_dateline(paragraph)
    return dateline, rest


@cache
def _dateline_regex() -> re.Pattern[str]:
    data = rules.load_yaml("datelines.yaml")
    place = r"[^\W\d_](?:[^\W\d_]|[.'’ -]){0,40}?[^\W\d_]\.?"
    region = r"[A-Z\u00C0-\u00DE][\w.'’]*(?:\s+[A-Z\u00C0-\u00DE][\w.'’]*){0,2}"
    months = "|".join(re.escape(m) for m in sorted(month_names(), key=len, reverse=True))
    day = rf"(?:(?i:{months})\.?\s+\d{{1,2}}|\d{{1,2}}\.?\s+(?i:{months})\.?)"
    seps = "|".join(re.escape(str(x)) for x in sorted(data["separators"], key=len, reverse=True))
    form = (
        str(data["form"])
        .replace("{place}", rf"(?P<place>{place})")
        .replace("{place2}", rf"(?P<place2>{place})")
        .replace("{region}", rf"(?P<region>{region})")
        .replace("{region2}", rf"(?:{region})")
        .replace("{date}", rf"(?P<date>{day})")
        .replace("{agency}", r"(?P<agency>[^()]{1,40})")
        .replace("{sep}", rf"(?P<sep>{seps})")
    )
    # after the separator: spaces then the lead, or the end of the line; a long dash may touch the lead
    return regex(rf"^\s*{form}(?:\s+|\Z|(?<=[—–])(?=\S))")


def read_dateline(paragraph: str) -> tuple[Dateline | None, Stamp | None, str]:
    """The dateline a paragraph opens with, a date stamp printed after it
    ("BAGHDAD | Wed Mar 4, 2015 9:12am EST"), and the rest of the paragraph."""
    m = _dateline_regex().match(paragraph)
    if not m:
        return None, None, paragraph
    raw = m.group("place").strip(" .")
    agency = (m.group("agency") or "").strip()
    rest = paragraph[m.end() :]
    if not _is_place(raw, agency=bool(agency)) and not _is_title_case_place(raw, m.group("sep"), rest):
        return None, None, paragraph
    stamp = None
    if m.group("sep") == "|":
        stamp = parse_stamp(rest)  # "PLACE | date": a dateline line, not a lead
        if stamp is None:
            return None, None, paragraph
        rest = ""
    place = _title_case(raw) if raw.isupper() else raw
    return Dateline(place=place), stamp, rest


def _is_place(raw: str, *, agency: bool) -> bool:
    ws = raw.split()
    data = rules.load_yaml("datelines.yaml")
    if not ws or len(ws) > int(data["max_place_words"]) or len(raw) < 3:
        return False
    if raw.lower() in rules.word_set("datelines.yaml", "not_places") or _is_agency(raw):
        return False
    if raw.isupper():
        return True
    # title case ("Nairobi", "Rio de Janeiro") only with an agency in parentheses after it
    return agency and ws[0][0].isupper() and ws[-1][0].isupper()


def _is_title_case_place(raw: str, sep: str, rest: str) -> bool:
    """ "Indianapolis – Several thousand ...": a title-case place with no agency, before a long
    dash, that the gazetteer knows as a town, state or country (datelines.yaml)."""
    data = rules.load_yaml("datelines.yaml")
    ws = raw.split()
    if sep not in data["title_case_separators"] or not rest[:1].isupper():
        return False
    if not ws or len(ws) > int(data["max_place_words"]) or not all(w[0].isupper() for w in ws):
        return False
    if raw.lower() in rules.word_set("datelines.yaml", "not_places") or _is_agency(raw):
        return False
    from ..extract.geo import gazetteer  # imported here: only a rare first paragraph needs the index

    hit = gazetteer().entry(raw)
    return hit is not None and hit[1] in {str(k) for k in data["title_case_place_kinds"]}


def _is_agency(text: str) -> bool:
    low = text.lower()
    return any(low == str(a).lower() for a in rules.load_yaml("credits.yaml")["agencies"])


def _title_case(raw: str) -> str:
    """ "RIO DE JANEIRO" is "Rio de Janeiro": particles stay lower-case after the first word."""
    particles = rules.word_set("datelines.yaml", "particles")
    out = []
    for i, w in enumerate(raw.split()):
        parts = w.split("-")
        out.append(
            "-".join(
                p.lower() if (i or j) and p.lower() in particles else p[:1].upper() + p[1:].lower()
                for j, p in enumerate(parts)
            )
        )
    return " ".join(out)


@dataclass
class Body:
    """A cleaned body: paragraphs plus what was taken out of them."""

    paragraphs: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    stamps: list[Stamp] = field(default_factory=list)  # date stamp lines met in the body (above the lead)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def clean_body(
    blocks: list[list[str]],
    options: Options,
    *,
    title: str | None = None,
    headlines: tuple[str, ...] = (),
    stop_at_related: bool = True,
) -> Body:
    """Turn blocks of lines (blank-line separated) into body paragraphs.

    Drops furniture and repeated headlines, moves captions and bylines out, keeps
    lone headings as structure, stops at a related-links block (unless the caller has
    already decided where the story ends: ``stop_at_related=False`` only drops the
    marker line), joins hard-wrapped lines, and reads the dateline off the first paragraph.
    ``headlines`` are other wordings of the headline the page prints (its <h1> when the
    title came from metadata): dropped above the first paragraph, where a page repeats them.
    """
    body = Body()
    offset = 0  # where the next paragraph starts in ``body.text``: kept as we go (linear)
    pending_headings: list[str] = []
    title_key = _key(title) if title else None
    headline_keys = {_key(h) for h in headlines if h}
    for block in blocks:
        lines = _join_wrapped(block)
        stop = False
        for i, line in enumerate(lines):
            if is_end_of_body(line) and _looks_like_block_end(lines, i, options):
                if not stop_at_related:
                    continue
                stop = True
                break
            stamp = parse_stamp(line)
            if stamp is not None and not body.paragraphs:
                body.stamps.append(stamp)
            if is_furniture(line) or stamp or (title_key and _key(line) == title_key):
                continue
            if not body.paragraphs and _key(line) in headline_keys:
                continue
            cap = caption(line, options)
            if cap is not None:
                body.captions.append(cap)
                continue
            who = byline(line)
            if who:
                body.bylines.append(who)
                continue
            if not body.paragraphs and _dateline_only(line, body):
                continue
            alone = len(lines) == 1
            if (alone or line.isupper()) and is_heading(line, options, alone=alone):
                pending_headings.append(line)
                continue
            para = bullet_text(line) or line
            if not body.paragraphs:
                dateline, stamp, para = read_dateline(para)
                body.dateline = body.dateline or dateline
                body.stamps.extend([stamp] if stamp else [])
                if not para:
                    continue  # a dateline on a line of its own ("MOSUL, Iraq/BAGHDAD (Reuters) -"): the lead follows
            body.headings.extend(Heading(text=h, offset=offset) for h in pending_headings)
            pending_headings = []
            body.paragraphs.append(para)
            offset += len(para) + 2
        if stop:
            break
    return body


def _dateline_only(line: str, body: Body) -> bool:
    """A dateline on a line of its own above the lead ("MOSUL, Iraq/BAGHDAD (Reuters) -",
    "BAGHDAD | Wed Mar 4, 2015 9:12am EST"): taken, not read as a heading."""
    dateline, stamp, rest = read_dateline(line)
    if dateline is None:
        dateline, rest = _lone_dateline(line), ""
    if dateline is None or rest:
        return False
    body.dateline = body.dateline or dateline
    body.stamps.extend([stamp] if stamp else [])
    return True


# "PLACE, REGION" and nothing else: letters, spaces, dots, apostrophes and hyphens on each side
_LONE_DATELINE = re.compile(r"\s*([^\W\d_](?:[^\W\d_]|[.'’ -]){0,40}),\s*([^\W\d_](?:[^\W\d_]|[.'’ -]){1,40}?)\.?\s*")


def _lone_dateline(line: str) -> Dateline | None:
    """ "BAAR, SWITZERLAND" on a line of its own above the lead, with no dash: a press release's
    dateline when the place is in capitals and the gazetteer knows the words after the comma as a
    state or country (datelines.yaml ``lone_region_kinds``)."""
    m = _LONE_DATELINE.fullmatch(line)
    if m is None:
        return None
    raw, region = m.group(1).strip(" ."), m.group(2).strip()
    if not raw.isupper() or not _is_place(raw, agency=False):
        return None
    # imported here: only a rare line above the lead needs the index
    from ..extract.geo import _region_abbreviations, fold, gazetteer

    hit = gazetteer().entry(_region_abbreviations().get(fold(region), region))  # "N.Y." is New York
    kinds = {str(k) for k in rules.load_yaml("datelines.yaml")["lone_region_kinds"]}
    if hit is None or hit[1] not in kinds:
        return None
    return Dateline(place=_title_case(raw))


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
