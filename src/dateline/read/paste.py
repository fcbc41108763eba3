"""Pasted page text (select all, copy, paste): find the stories in it and clean each.

A paste is whatever a browser copies: navigation, share buttons, sidebars ("Related
Video", "Quotes"), teasers, footers and comments around one or more stories. The
reader decides where a story is by where the prose is, not by the first furniture
marker:

1. each line is read once (words, and its role: stamp, byline, caption, furniture,
   bullet, prose...);
2. the paste is cut into articles only at a headline with strong header evidence
   below it (its repeat, a date stamp, a byline: weights in ``_header_score``) and
   enough prose after it; a page copied from a browser is one article;
3. in each article, the body is the run of lines with the most prose in it (a
   maximum-sum segment: prose lines count their words, other lines cost a little,
   related-links markers cost more), so furniture before, inside or after it falls away;
4. the title is the headline nearest above the body that reads as one: not a button,
   a section name, the outlet's name, a byline or a date; the lines between it and
   the body give the stamp, the byline, the standfirst and captions.

When the body keeps much less than the page's running text, another run of prose on the
page is nearly as strong as the body's, the body comes from below the comments header, or
no headline is found above a story that has lines above it, the article gets a warning
(``LOSS_WARNINGS``). Every step is linear in the length of the paste.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import rules
from ..record import Dateline, Source
from ..settings import Options
from .article import RawArticle
from .layout import (
    blocks_of,
    bullet_text,
    byline,
    caption,
    clean_body,
    clean_line,
    ends_sentence,
    is_body_like,
    is_end_of_body,
    is_furniture,
    is_heading,
    is_title_like,
    read_dateline,
    stamp_in_byline,
    word_count,
    words,
)
from .stamps import Stamp, parse_stamp

# Warnings that say the reader may have lost part of the story; `--strict` makes them failures.
BODY_SHORT = "the body kept ({kept} words) is much shorter than the prose on the page ({total} words): part of the story may be missing"  # noqa: E501
RIVAL_RUN = "another part of the page reads as much like a story as the body kept: part of the story may be missing"
AFTER_COMMENTS = "the body kept comes after the readers' comments header: the story above it may be missing"
NO_TITLE = "no headline found above the story: the title may be missing"
FURNITURE_TITLE = "the title {title!r} looks like page furniture, not a headline"
LOSS_WARNINGS = (
    "is much shorter than the prose on the page",
    RIVAL_RUN,
    AFTER_COMMENTS,
    NO_TITLE,
    "looks like page furniture, not a headline",
)


def is_loss_warning(warning: str) -> bool:
    """A warning that says the story (or its title) may have been lost."""
    return any(w in warning for w in LOSS_WARNINGS)


@dataclass
class _Line:
    text: str
    blanks_before: int
    n: int = 0  # words
    kind: str = "other"  # stamp, byline, furniture, marker, bullet, caption, prose, other
    key: str = ""  # lower-cased, without a bullet: how repeats are found


def _lines(text: str, options: Options) -> list[_Line]:
    out: list[_Line] = []
    blanks = 2  # the start of the file counts as a break
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = clean_line(raw)
        if not line:
            blanks += 1
            continue
        out.append(_classify(_Line(line, blanks), options))
        blanks = 0
    _captions_and_copies(out, options)
    return out


_CREDIT_LINE = re.compile(r"(?:photo|image|picture|video|credit|foto)s?\b.*:|(?:photo|image)\s+by\b", re.IGNORECASE)


def _captions_and_copies(lines: list[_Line], options: Options) -> None:
    """A paragraph with a photo credit on the line below is a caption ("... in Hanoi, Vietnam." /
    "Photo: Jane Doe, AP"), and so is one that the caption below it repeats with its credit; a
    paragraph printed again a few lines on (a gallery: its caption, alt text and slide) counts once."""
    seen: dict[str, int] = {}
    for i, ln in enumerate(lines):
        if ln.kind != "prose":
            continue
        below = lines[i + 1] if i + 1 < len(lines) else None
        if below is not None and below.n <= 8 and _CREDIT_LINE.match(below.text):
            ln.kind = "caption"
        elif below is not None and below.kind == "caption" and below.key.startswith(ln.key):
            ln.kind = "caption"  # "Esper and Lich shake hands." / "Esper and Lich shake hands. (AP Photo)"
        elif ln.key in seen and i - seen[ln.key] <= options.header_zone_lines:
            ln.kind = "copy"
        seen[ln.key] = i


def _classify(ln: _Line, options: Options) -> _Line:
    line = ln.text
    ln.n = word_count(line)
    bullet = bullet_text(line)
    ln.key = (bullet or line).lower()
    if ln.n <= options.heading_max_words and rules.line_regex("furniture.yaml", "comments").match(ln.key):
        ln.kind = "comments"
    elif parse_stamp(line):
        ln.kind = "stamp"
    elif byline(line):
        ln.kind = "byline"
    elif ln.n <= options.heading_max_words and (
        is_end_of_body(line) or rules.line_regex("furniture.yaml", "story_end").match(ln.key)
    ):
        ln.kind = "marker"
    elif is_furniture(line):
        ln.kind = "furniture"
    elif len(_CUT_OFF.findall(line)) >= options.paste_teaser_cuts:
        ln.kind = "furniture"  # a strip of teasers, each cut off ("... may soon..."), flattened into one line
    elif _glued_teaser(line, options):
        ln.kind = "furniture"  # a teaser's headline run into its lead: a link block, not a paragraph
    elif caption(line, options):
        ln.kind = "caption"
    elif bullet is not None:
        ln.kind = "bullet"
    elif _is_prose(line, ln.n, options):
        ln.kind = "prose"
    elif _is_meta(line, ln.n):
        ln.kind = "meta"
    return ln


_MAX_WORD_CHARS = 15


@cache
def _glue() -> re.Pattern[str]:
    return re.compile(str(rules.load_yaml("furniture.yaml")["glued_teaser"]))


def _glued_teaser(line: str, options: Options) -> bool:
    """A teaser copied as one line, its headline glued to its lead ("Mayor: 'Despicable' Move
    For Health Benefits Won't StandWarren Mayor Jim Fouts says ..."): the part before the
    glue is a title-case headline, the part after it a sentence of mostly lower-case words
    (not "... MotorTrend Car of the Year", not a dateline "Hong Kong (CNN Business)A ...")."""
    reach = options.title_max_words * _MAX_WORD_CHARS  # a headline is no longer than this
    for m in _glue().finditer(line, 0, reach):
        head, rest = line[: m.start()], line[m.start() : m.start() + reach]
        n = len(words(head))
        if n > options.title_max_words:
            return False
        rest_n = len(words(rest))
        if (
            n >= options.paste_glued_head_words
            and _title_case(head)
            and rest_n >= options.body_min_words
            and len(_LOWER_WORD.findall(rest)) >= options.paste_prose_lower_share * rest_n
            and read_dateline(line)[0] is None
        ):
            return True
    return False


_CUT_OFF = re.compile(r"\w(?:\.\.\.|…)\s+[A-Z“\"‘']")  # "... is fit to do so... With shattered dreams"
_INNER_PUNCT = re.compile(r"\w[.,;:!?]\s")
_COUNTED_LINK = re.compile(r"\(\d+\)\s*$")
_LOWER_WORD = re.compile(r"(?:^|\s)[a-z]")


def _is_prose(line: str, n: int, options: Options) -> bool:
    """A paragraph of sentences (or a dateline lead); a long run of capitalised link
    names without a full stop is navigation, not prose."""
    if _COUNTED_LINK.search(line):
        return False  # "Coach says team needed the win (185)": a link with its comment count
    lower = len(_LOWER_WORD.findall(line))
    if (
        options.paste_headline_max_words < n <= options.title_max_words
        and lower >= options.paste_run_on_lower_share * n
        and not ends_sentence(line)
    ):
        # longer than a headline, mostly lower case: a sentence that lost its full stop (a line
        # longer than a headline can be is left to the rules below: "adote um amigo agua alerta
        # ambiente ...", a hundred words without a comma, is a tag cloud)
        return True
    if not is_body_like(line, options):
        return False
    if n <= options.title_max_words and _title_case(line):
        return False  # "Does the Minister Have a Plan?": a headline, even with its question mark
    if ends_sentence(line) and n >= options.body_min_words:
        return True
    if not _INNER_PUNCT.search(line):
        return False  # a long run of words without a comma or a full stop: a tag cloud, a menu
    return lower >= options.paste_prose_lower_share * n


_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "vs",
        "via",
        "with",
    ]
)


def _title_case(line: str) -> bool:
    ws = [w for w in words(line) if w.lower() not in _SMALL_WORDS]
    return len(ws) >= 3 and sum(1 for w in ws if w[0].isupper() or w[0].isdigit()) >= 0.8 * len(ws)


_DIGIT_OR_MONTH = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d", re.IGNORECASE
)
# a date or a time, not only a year: "Nov 20, 2019", "20.11.2019", "9:02 AM", "3 hours ago"
_DATE_OR_TIME = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}[:.]\d\d\b|\bago\b",
    re.IGNORECASE,
)


def _is_meta(line: str, n: int) -> bool:
    """A short line that carries a date or time ("Associated Press November 19, 2019, 9:02 AM",
    "Updated: 3 hours ago | 4 min read"): page metadata, never a headline."""
    return (n <= 14 and bool(rules.line_regex("furniture.yaml", "meta_lines").match(line.strip()))) or (
        n <= 10 and bool(_DIGIT_OR_MONTH.search(line)) and _has_time_or_year(line) and not _headline_with_year(line)
    )


def _headline_with_year(line: str) -> bool:
    """ "Deval Patrick takes nascent 2020 campaign to South Carolina": a year in a line of
    words, without a date or a time, is a headline's, not a stamp's."""
    return not _DATE_OR_TIME.search(line) and len(_LOWER_WORD.findall(line)) >= 2


# a time is not a price or its change: "HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%" is a ticker row
_TIME_OR_YEAR = re.compile(r"(?<![-+$€£.,\d])\b\d{1,2}[:.]\d\d\b(?![.,\d%])|\b(?:19|20)\d\d\b|\bago\b", re.IGNORECASE)


def _has_time_or_year(line: str) -> bool:
    return bool(_TIME_OR_YEAR.search(line))


# ---------------------------------------------------------------- articles


@dataclass
class _Header:
    score: float
    body_start: int  # index of the first body line
    strong: bool  # a date stamp, and a byline or the headline's repeat: an article's own header


_HEADER_KINDS = ("repeat", "stamp", "byline", "furniture", "bullet", "caption", "meta")


def _kind(lines: list[_Line], j: int, title_key: str) -> str:
    return "repeat" if lines[j].key == title_key else lines[j].kind


def _header_score(lines: list[_Line], i: int, options: Options) -> _Header:
    """How strongly line i looks like the headline of a new article, and where its body starts."""
    title_key = lines[i].key
    weights = {"repeat": 2.0, "stamp": 1.0, "byline": 1.0, "furniture": 0.5, "bullet": 0.5, "caption": 0.5}
    seen: dict[str, float] = {}
    last_marker = i
    body_lines = 0
    for j in range(i + 1, min(len(lines), i + 1 + options.header_zone_lines)):
        kind = _kind(lines, j, title_key)
        if kind == "prose":
            body_lines += 1
            if body_lines >= 2:
                break
            continue
        if kind in weights:
            seen[kind] = seen.get(kind, 0) + weights[kind]
            last_marker = j
    score = sum(min(v, 1.0) if k in ("furniture", "bullet", "caption", "stamp") else v for k, v in seen.items())
    if lines[i].blanks_before >= 2:
        score += 1.0
    body_start = last_marker + 1
    while body_start < len(lines) and _kind(lines, body_start, title_key) in _HEADER_KINDS:
        body_start += 1
    return _Header(score, body_start, "stamp" in seen and ("repeat" in seen or "byline" in seen))


def _headline_like(ln: _Line, options: Options) -> bool:
    """Shaped like a headline: short, no full stop, not furniture. A question or a quote
    ("Coach: “We needed this win”") may read as a short sentence, and still be one."""
    if ln.kind == "prose" and (ln.n > options.paste_headline_max_words or ln.text.endswith(".")):
        return False
    return ln.kind in ("other", "prose") and is_title_like(ln.text, options)


def _split(lines: list[_Line], options: Options) -> list[tuple[int, int]]:
    """(start, end) line ranges, one per article: cut at headlines with strong header
    evidence whose article has enough prose; a page copied from a browser stays whole."""
    starts = [0]
    strong = [True]
    i = 0
    while i < len(lines):
        if _headline_like(lines[i], options) and lines[i].n >= options.paste_title_min_words:
            h = _header_score(lines, i, options)
            if i > 0 and h.score >= options.article_split_score:
                starts.append(i)
                strong.append(h.strong)
                i = max(i + 1, h.body_start)
                continue
        i += 1
    # a line that opens several candidates is a recurring label ("Meal 2", "Eat every 2 hours"), not a
    # headline; so is one printed again further down as a copy (an interview's recurring question)
    seen: dict[str, int] = {}
    for st in starts[1:]:
        seen[lines[st].key] = seen.get(lines[st].key, 0) + 1
    for ln in lines:
        if ln.kind == "copy" and ln.key in seen:
            seen[ln.key] += 1
    keep = [k == 0 or seen[lines[st].key] == 1 for k, st in enumerate(starts)]
    starts = [st for st, ok in zip(starts, keep, strict=True) if ok]
    strong = [x for x, ok in zip(strong, keep, strict=True) if ok]
    # prose words per candidate article, by prefix sums (linear)
    prefix = [0]
    for ln in lines:
        prefix.append(prefix[-1] + (ln.n if ln.kind == "prose" else 0))
    ends = [*starts[1:], len(lines)]
    mass = [prefix[e] - prefix[s] for s, e in zip(starts, ends, strict=True)]
    largest = max(mass, default=0)
    kept: list[int] = []
    for s, m, st in zip(starts, mass, strong, strict=True):
        # a comment or a teaser under a stamp is not an article: a new one has its own byline
        # or repeated headline, or as much prose as a story on this page
        if not kept or (
            m >= options.paste_article_min_prose_words and (st or m >= options.paste_article_min_share * largest)
        ):
            kept.append(s)
    if len(kept) > 1 and prefix[kept[1]] - prefix[0] < options.paste_article_min_prose_words:
        kept.pop(0)  # the lines before the first story belong to it (navigation, its headline)
        kept[0] = 0
    return [(s, e) for s, e in zip(kept, [*kept[1:], len(lines)], strict=True)] if lines else []


def read_paste(text: str, options: Options, source: Source) -> list[RawArticle]:
    """All articles in a pasted page dump, in order."""
    lines = _lines(text, options)
    articles: list[RawArticle] = []
    for start, end in _split(lines, options):
        art = _read_one(lines[start:end], options)
        art.source = source.model_copy(update={"index": len(articles)})
        articles.append(art)
    return articles


# ---------------------------------------------------------------- one article


def _line_weight(ln: _Line, options: Options) -> float:
    if ln.kind == "prose":
        return float(ln.n) - options.paste_prose_offset
    if ln.kind in ("stamp", "meta"):
        return -options.paste_stamp_cost
    if ln.kind == "bullet" and ln.n >= options.body_min_words and ends_sentence(ln.text):
        return ln.n * 0.5
    if ln.kind == "marker":
        return -options.paste_marker_cost
    if ln.kind == "copy":
        return 0.0  # a paragraph printed again (a gallery's caption, an interview's recurring question) is neutral
    return -options.paste_line_cost


def _max_run(lines: list[_Line], options: Options) -> tuple[float, int, int]:
    """(weight, start, end) of the run of lines with the most prose: a maximum-sum segment
    (Kadane), linear; the readers' comments end the search."""
    best, best_span = 0.0, (0, 0)
    run, run_start = 0.0, 0
    prose = gap = 0
    for i, ln in enumerate(lines):
        if ln.kind == "comments" and prose >= options.paste_article_min_prose_words:
            break  # the readers' comments: nothing after them is the story
        prose += ln.n if ln.kind == "prose" else 0
        w = _line_weight(ln, options)
        # deep in a long list of links (a staff list, a sidebar: short lines, one or two words)
        gap = gap + 1 if w <= 0 and ln.n <= options.paste_kicker_words + 1 else 0
        if gap > options.paste_link_list_lines:
            w *= options.paste_long_list_factor
        if run <= 0:
            run, run_start = 0.0, i
        run += w
        if run > best:
            best, best_span = run, (run_start, i + 1)
    return best, best_span[0], best_span[1]


def _story_span(lines: list[_Line], options: Options) -> tuple[int, int]:
    """The lines [start, end) of the story: the run with the most prose, trimmed at its edges."""
    _, start, end = _max_run(lines, options)
    best_span = (start, end)
    # the body opens with a paragraph, not with the standfirst bullets above it
    while start < end and lines[start].kind != "prose":
        start += 1
    start = _dateline_lead(lines, start, end, options)
    # nor with a teaser at its edge: a short sentence with a link line below it, above the
    # lead ("Property taxes are on the rise. These maps show where." / "Skimming device found")
    while (
        start + 2 < end
        and lines[start].n <= options.paste_edge_teaser_words
        and _headline_like(lines[start + 1], options)
        and lines[start + 1].kind == "other"
        and lines[start + 1].n >= options.paste_title_min_words
        and lines[start + 2].kind == "prose"
        and lines[start + 2].n > lines[start].n
    ):
        start += 2
    # and ends with the last lines that read as its text: short closing sentences ("He declined
    # to comment.") and a list of sentence-like items ("Viera (3-0): Jane Roe 1 goal.") after the
    # last full paragraph
    while end < len(lines) and end - best_span[1] < options.paste_tail_lines and _tail_line(lines[end], options):
        end += 1
    return start, end


def _dateline_lead(lines: list[_Line], start: int, end: int, options: Options) -> int:
    """A wire story opens with its dateline ("HANOI, Vietnam (AP) — ..."): paragraphs above
    the first dateline lead near the top of the span are a photo gallery's captions or a
    promo, not the story; they are kept out of it (as captions, never as the summary)."""
    above = 0
    for i in range(start, end):
        ln = lines[i]
        if ln.kind != "prose":
            continue
        if read_dateline(ln.text)[0] is not None:
            if i > start and above < options.paste_dateline_lead_share * sum(
                x.n for x in lines[i:end] if x.kind == "prose"
            ):
                for x in lines[start:i]:
                    x.kind = "caption" if x.kind == "prose" else x.kind
                return i
            return start
        above += ln.n
    return start


def _tail_line(ln: _Line, options: Options) -> bool:
    """A line after the last full paragraph that still belongs to the story: a short closing
    sentence (mostly lower-case words, a full stop) or a sentence-like list item."""
    closing = (
        ln.kind in ("prose", "other")
        and ends_sentence(ln.text)
        and not ln.text.endswith(("...", "…"))  # "Tell us what YOU think...": a prompt, not the story's last words
        and ln.n >= 3
        and not _title_case(ln.text)
    )
    if closing and len(_LOWER_WORD.findall(ln.text)) >= options.paste_prose_lower_share * ln.n:
        return True
    return _text_line(ln, options)


def _text_line(ln: _Line, options: Options) -> bool:
    """A line that reads as part of a text, though not a full paragraph: mostly lower-case
    words, a few of them at least, and not furniture."""
    if ln.kind not in ("other", "bullet") or ln.n < options.paste_tail_min_words:
        return False
    return len(_LOWER_WORD.findall(ln.text)) >= options.paste_prose_lower_share * ln.n and not _title_case(ln.text)


def _headline_score(lines: list[_Line], j: int, start: int, lead: set[str], options: Options) -> float:
    """How much line j reads as the headline of the story that starts at line ``start``:
    a headline-shaped line that shares words with the lead, has the header's furniture (a
    date stamp, a byline, its own repeat) below it, and sits near the story."""
    ln = lines[j]
    if not _headline_like(ln, options) or ln.n < options.paste_title_min_words:
        return 0.0
    if ln.text.isupper() and ln.n <= 4:
        return 0.0  # "SKIP NAVIGATION", "AUTO NEWS": a label
    if _in_teaser_list(lines, j, options):
        return 0.0
    own = {w.lower() for w in words(ln.text) if len(w) > 3}
    shared = len(own & lead) / max(1, len(own))
    distance = 0
    evidence = 0.0
    between = 0  # text lines between this line and the header's stamp or byline
    for k in range(j + 1, start):
        kind = _kind(lines, k, ln.key)
        if kind in ("stamp", "byline", "meta", "repeat"):
            # the header's stamp and byline belong to a headline right above them (a dek or
            # an author line may sit between), not to a teaser link further up the page
            if between <= options.paste_title_evidence_gap:
                evidence = 1.0
            between = options.paste_title_evidence_gap + 1
        elif kind != "caption":
            distance += 1
            # a lone "0" or "Advertisement" is not text
            between += 1 if kind in ("other", "prose") and lines[k].n > 1 else 0
    # (past the title window every line is as far: a headline found there is found by its words)
    distance = min(distance, options.paste_title_window)
    return max(1.0 + 2.0 * shared + min(ln.n, 12) / 12 + evidence - 0.05 * distance, 0.01)


def _in_teaser_list(lines: list[_Line], j: int, options: Options) -> bool:
    """A headline with its stamp below it, and another headline and stamp right after (a
    section label such as "AUTO NEWS" may open each): a list of teasers ("More stories like
    this one"), not the story's header, which has the story after it."""
    if j + 3 >= len(lines) or lines[j + 1].kind != "stamp":
        return False
    k = j + 2
    if lines[k].kind == "other" and lines[k].n <= options.paste_kicker_words:
        k += 1
    if k + 1 >= len(lines) or lines[k + 1].kind != "stamp":
        return False
    nxt = lines[k]
    return nxt.kind == "meta" or (_headline_like(nxt, options) and nxt.n >= options.paste_title_min_words)


def _find_title(lines: list[_Line], start: int, options: Options) -> int | None:
    """The headline nearest above line ``start`` that reads as one; when none is near (a
    widget or a list of teasers sits between the header and the story), further up."""
    lead = {w.lower() for ln in lines[start : start + 3] for w in words(ln.text) if len(w) > 3}
    best, best_j = 0.0, None
    for window in (options.paste_title_window, options.paste_title_far_window):
        lo = max(0, start - window)
        for j in range(start - 1, lo - 1, -1):
            s = _headline_score(lines, j, start, lead, options)
            if s > best:
                best, best_j = s, j
        if best_j is not None:
            break
    if best_j is not None and best_j > 0:
        # a headline and its standfirst (dek) in a row, or with a one-word label between them
        # ("The Guardian view on ..." / "Editorial" / "The authorities' ..."): the dek is the
        # longer line below
        up = best_j - 1
        if up > 0 and (
            lines[up].kind == "furniture"  # an author box's link ("Ana ReyesView More Articles")
            or (lines[up].kind == "other" and lines[up].n <= options.paste_kicker_words)
        ):
            up -= 1
        if (
            lines[best_j].blanks_before <= 2
            and _headline_score(lines, up, start, lead, options) >= options.paste_dek_score_share * best
            and lines[up].n < lines[best_j].n
            and lines[best_j].n >= options.paste_dek_min_words
            and not _title_case(lines[best_j].text)
        ):
            return up
    return best_j


def _title_in_span(lines: list[_Line], start: int, end: int, options: Options) -> tuple[int, int] | None:
    """(headline, first body line) when one of the first lines of the span is a headline
    with a stamp, byline or its repeat right below it."""
    for j in range(start, min(end, start + 3)):
        ln = lines[j]
        if not _headline_like(ln, options) or ln.n < options.paste_title_min_words:
            continue
        k = j + 1
        evidence = False
        while (k < end and lines[k].kind != "prose") or (k < end and lines[k].key == ln.key):
            if lines[k].kind in ("stamp", "byline", "meta") or lines[k].key == ln.key:
                evidence = True
            elif not evidence and _headline_like(lines[k], options) and lines[k].n >= options.paste_title_min_words:
                break  # a breadcrumb above the headline ("Home News Science & Astronomy"): the next line is it
            k += 1
        if evidence and k < end:
            return j, k
    # a headline printed under its stamp ("Last Updated : Nov 20, 2019 01:41 PM IST" / "Markets
    # on a high; time to be careful?"), with the story right below it: a short line without a
    # full stop, not a lead (a lead ends like a sentence and is longer)
    if (
        0 < start < end - 1
        and lines[start - 1].kind in ("stamp", "meta", "byline")
        and _headline_like(lines[start], options)
        and lines[start].n >= options.paste_title_min_words
        and not lines[start].text.rstrip().endswith((".", "!"))
        and read_dateline(lines[start].text)[0] is None  # "LISBON: Dock workers extended ... dozens of"
        and lines[start + 1].kind == "prose"
        and not lines[start + 1].text[:1].islower()  # a hard-wrapped paragraph goes on in lower case
    ):
        return start, start + 1
    return None


def _header_top(lines: list[_Line], t: int, options: Options) -> int:
    """A headline printed twice (above its photo and stamp, and again above the standfirst):
    the header runs from the upper copy."""
    top = t
    for j in range(t - 1, max(-1, t - options.header_zone_lines), -1):
        if lines[j].key == lines[t].key:
            top = j
    return top


def _read_one(lines: list[_Line], options: Options) -> RawArticle:
    art = RawArticle()
    start, end = _story_span(lines, options)
    t = _find_title(lines, start, options) if start > 0 else None
    t_in = _title_in_span(lines, start, end, options)
    if t_in is not None:
        # the span opened on the headline itself (a headline that ends in "?" or a quote):
        # the body starts at the first paragraph below its header
        t, start = t_in
    if t is not None:
        # a section heading right above the first paragraph opens the body (a live blog's first entry)
        while (
            start - 1 > t
            and lines[start - 1].kind == "other"
            and lines[start - 1].key != lines[t].key
            and is_heading(lines[start - 1].text, options, alone=True)
            and lines[start].blanks_before > 0
        ):
            start -= 1
    stamps: list[Stamp] = []
    header_dateline: Dateline | None = None
    if t is not None:
        art.title = lines[t].text
        title_key = lines[t].key
        for j in range(_header_top(lines, t, options) + 1, start):
            ln = lines[j]
            kind = _kind(lines, j, title_key)
            place, st, rest = read_dateline(ln.text)
            if place is not None and not rest:
                # a wire dateline on its own line above the lead ("MOSUL, Iraq/BAGHDAD (Agency) -")
                header_dateline = header_dateline or place
                stamps.extend([st] if st else [])
                continue
            if kind == "marker":
                break  # "Most Popular" under the headline: what follows it is a list of other stories
            if kind == "comments":
                continue  # a "Comments" button among the share buttons: the comments come after the story
            if kind == "stamp":
                st = parse_stamp(ln.text)
                if st:
                    stamps.append(st)
            elif kind == "byline":
                art.byline = art.byline or byline(ln.text)
                st = stamp_in_byline(ln.text)
                if st:
                    stamps.append(st)
            elif kind == "bullet" and ln.n >= 4:
                art.summary.append(bullet_text(ln.text) or ln.text)
            elif kind == "caption":
                cap = caption(ln.text, options)
                if cap:
                    art.captions.append(cap)
            elif kind == "meta" and not stamps:
                st = parse_stamp(ln.text)
                if st:
                    stamps.append(st)
            elif kind == "prose" or (kind == "other" and (ln.n >= 8 or (ln.n >= 6 and ends_sentence(ln.text)))):
                art.summary.append(ln.text)  # a standfirst between the headline and the body
    art.stamp = stamps[0] if stamps else None
    body_lines = lines[start:end]
    blocks = blocks_of(_with_blank_lines(_without_link_lists(body_lines, options)))
    body = clean_body(blocks, options, title=art.title, stop_at_related=False)
    art.text = body.text
    art.headings = body.headings
    art.captions.extend(c for c in body.captions if c not in art.captions)
    art.dateline = body.dateline or header_dateline
    if art.stamp is None and body.stamps:
        art.stamp = body.stamps[0]  # a stamp line under the dateline, above the lead
    if art.byline is None and body.bylines:
        art.byline = body.bylines[0]
    _warn(art, lines, start, end, t, options)
    return art


def _without_link_lists(lines: list[_Line], options: Options) -> list[_Line]:
    """Drop a related-links marker and the short lines after it, and runs of short
    non-sentence lines (a sidebar, a list of teasers) inside the story."""
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.kind in ("prose", "copy"):
            out.append(ln)  # a paragraph printed again inside the story (a recurring question) stays
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].kind not in ("prose", "copy"):
            j += 1
        run = lines[i:j]
        marked = any(x.kind == "marker" for x in run)
        if not marked and len(run) < options.paste_link_list_lines:
            out.extend(run)
        i = j
    return out


def _warn(art: RawArticle, lines: list[_Line], start: int, end: int, t: int | None, options: Options) -> None:
    # the page's running text: prose, and any other line that reads as a sentence (a list item,
    # a paragraph without a full stop); not furniture, captions, related links, teaser headlines
    # (short lines that do not end like a sentence) nor the readers' comments after the story
    cut = next((i for i in range(end, len(lines)) if lines[i].kind == "comments"), len(lines))
    total = sum(ln.n for ln in lines[:cut] if _running_text(ln, options))
    kept = sum(ln.n for ln in lines[start:end] if _running_text(ln, options))
    # (a lone "Comments" between the headline and the story is one of its share buttons)
    top = t if t is not None else start
    comments = next(
        (i for i in range(start - 1, -1, -1) if lines[i].kind == "comments" and (i < top or lines[i].n > 1)), None
    )
    if total and kept < options.paste_lost_share * total:
        art.warnings.append(BODY_SHORT.format(kept=kept, total=total))
    elif comments is not None and any(_running_text(ln, options) for ln in lines[:comments]):
        art.warnings.append(AFTER_COMMENTS)  # comments come after a story: the story is above them
    else:
        # another run of prose nearly as strong as the story's: the story may be that one
        best, a, b = _max_run(lines, options)
        rival = max(_max_run(lines[:a], options)[0], _max_run(lines[b:], options)[0])
        if best > 0 and rival >= options.paste_rival_share * best:
            art.warnings.append(RIVAL_RUN)
    if t is None and start > options.paste_title_window // 4:
        art.warnings.append(NO_TITLE)
    elif t is not None and lines[t].n <= options.heading_max_words // 3 and not _title_fits(lines, t, start):
        art.warnings.append(FURNITURE_TITLE.format(title=art.title))


def _running_text(ln: _Line, options: Options) -> bool:
    if ln.kind not in ("prose", "other", "bullet", "meta") or ln.n < options.body_min_words:
        return False
    return ln.kind == "prose" or ln.n > options.paste_headline_max_words or ends_sentence(ln.text)


def _title_fits(lines: list[_Line], t: int, start: int) -> bool:
    """(A short title is checked: "Terms of Use", "Back Street Heroes" are links, not headlines.)
    A headline shares a word with the story's lead, or has the header's furniture
    (a stamp, a byline, its repeat) between it and the story."""
    lead = {w.lower() for ln in lines[start : start + 3] for w in words(ln.text) if len(w) > 3}
    if any(w.lower() in lead for w in words(lines[t].text) if len(w) > 3):
        return True
    return any(_kind(lines, k, lines[t].key) in ("stamp", "byline", "meta", "repeat") for k in range(t + 1, start))


def _with_blank_lines(lines: list[_Line]) -> list[str]:
    out: list[str] = []
    for ln in lines:
        if ln.blanks_before and out:
            out.append("")
        out.append(ln.text)
    return out
