"""Saved HTML pages: main text and metadata through trafilatura (dates via htmldate),
then the same furniture cleanup as pasted text, plus what trafilatura drops:
photo captions (``figcaption``) and the standfirst bullets under the headline.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from ..record import Caption, Date, Source
from ..settings import Options
from .article import RawArticle
from .layout import bullet_text, caption, clean_body, clean_line, words

_SUMMARY_CLASS = re.compile(
    r"(standfirst|summary|dek\b|subtitle|sub-title|subhead|strapline|kicker-text|lede|intro|highlights|bullets|key-?points)",
    re.IGNORECASE,
)
_CREDIT_CLASS = re.compile(r"(credit|copyright|byline|source|photographer)", re.IGNORECASE)


def read_html(html: str, options: Options, source: Source) -> list[RawArticle]:
    """One article per page (a page holds one story; feeds come through another reader)."""
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True
    )
    art = RawArticle(source=source)
    if doc is None:
        return [art]
    meta: dict[str, Any] = doc if isinstance(doc, dict) else doc.as_dict()
    lines = [clean_line(x) for x in (meta.get("text") or "").split("\n")]
    title = clean_line(meta.get("title") or "") or None
    tree = _parse(html)
    if tree is not None:
        art.summary = _summary(tree, title, options)
        art.captions = _captions(tree, options)
    # trafilatura sometimes keeps the standfirst and captions in the text: they are not body.
    taken = {x.lower() for x in art.summary} | {c.text.lower() for c in art.captions}
    blocks = [[x] for x in lines if x and (bullet_text(x) or x).lower() not in taken]
    body = clean_body(blocks, options, title=title)
    art.text = body.text
    art.title = title
    art.headings = body.headings
    art.dateline = body.dateline
    art.byline = clean_line(meta.get("author") or "") or (body.bylines[0] if body.bylines else None)
    if meta.get("date"):
        value = str(meta["date"])[:10]
        art.published = Date(value=value, precision="day", text=None)
    art.source = source.model_copy(update={"url": meta.get("url") or None, "outlet": meta.get("sitename") or None})
    for cap in body.captions:
        if cap not in art.captions:
            art.captions.append(cap)
    return [art]


def _parse(html: str) -> Any:
    try:
        return lxml.html.fromstring(html.encode("utf-8", "replace"))
    except (etree.ParserError, ValueError):
        return None


def _text(el: Any) -> str:
    return clean_line(" ".join(el.itertext()))


def _captions(tree: Any, options: Options) -> list[Caption]:
    out: list[Caption] = []
    for fig in tree.iter("figcaption"):
        credit_el = next(
            (e for e in fig.iter() if e is not fig and _CREDIT_CLASS.search(str(e.get("class") or ""))), None
        )
        full = _text(fig)
        if not full:
            continue
        if credit_el is not None:
            credit = _text(credit_el)
            text = clean_line(full.replace(credit, "")) if credit else full
            cap = Caption(text=text, credit=re.sub(r"^(?:photo|image|credit)\s*:?\s*", "", credit, flags=re.I) or None)
        else:
            cap = caption(full, options) or Caption(text=full, credit=None)
        if cap not in out:
            out.append(cap)
    return out


def _summary(tree: Any, title: str | None, options: Options) -> list[str]:
    """Standfirst lines: elements classed as such, or a list between the headline and the body."""
    out: list[str] = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("meta", "script", "style", "body", "html", "article", "main"):
            continue
        classed = _SUMMARY_CLASS.search(str(el.get("class") or ""))
        # a classed container counts only while small: a big one is the article, not its standfirst
        if classed and (el.tag not in ("section", "div", "figure") or (el.tag != "figure" and len(el) <= 6)):
            items = [_text(li) for li in el.iter("li")] or [_text(el)]
            for t in items:
                if 4 <= len(words(t)) <= 60 and t not in out and t != title:
                    out.append(t)
            if out:
                return out
    # No classed standfirst: a list that sits after the headline and before the body text.
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return out
    started = False
    for el in tree.iter():
        if el is h1:
            started = True
            continue
        if not started or not isinstance(el.tag, str):
            continue
        if el.tag == "p" and len(words(_text(el))) >= options.body_min_words:
            break  # the body has begun
        if el.tag in ("ul", "ol"):
            items = [_text(li) for li in el.findall("li")]
            linky = sum(len(_text(a)) for a in el.iter("a"))
            if items and linky < 0.5 * sum(len(t) for t in items) and all(len(words(t)) >= 4 for t in items):
                return items
    return out
