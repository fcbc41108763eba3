"""Saved HTML pages: main text and metadata through trafilatura (dates via htmldate),
then the same furniture cleanup as pasted text, plus what trafilatura drops:
photo captions (``figcaption``) and the standfirst under the headline.

Metadata is checked, not trusted (rules in ``data/html.yaml``): a byline must read as a
name or an agency, a standfirst must be about this story and must not be the lede, the
title loses the site's suffix, and text decoded twice (mojibake) is repaired where the
repair is certain. Code (``<script>``, ``<style>``) is never read into any field, and a
page nested deeper than libxml2's default limit is parsed whole (``huge_tree``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from urllib.parse import urlparse

import lxml.html
import trafilatura
from lxml import etree

from .. import rules
from ..record import Caption, Date, Source
from ..settings import Options
from .article import RawArticle
from .layout import Body, bullet_text, caption, clean_body, clean_line, ends_sentence, words
from .pubdate import published_day
from .stamps import parse_stamp

_CREDIT_CLASS = re.compile(r"(credit|copyright|byline|source|photographer)", re.IGNORECASE)
_PARSER = lxml.html.HTMLParser(
    collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True
)
# A run of characters that UTF-8 text takes when it is decoded as cp1252 or latin-1:
# a lead byte (Â-ô) then one to three continuation bytes (\x80-\xbf, or cp1252's letters for them).
_CP1252_CONT = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_URLISH = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CP1252_CONT}]{{1,3}}")


def _data() -> dict[str, Any]:
    data: dict[str, Any] = rules.load_yaml("html.yaml")
    return data


@cache
def _furniture() -> re.Pattern[str]:
    return rules.line_regex("html.yaml", "furniture_patterns")


@cache
def _labels() -> re.Pattern[str]:
    labels = "|".join(re.escape(str(x)) for x in _data()["label_lines"])
    return re.compile(rf"^(?:{labels})\s*(?::\s*(?P<value>.*))?$", re.IGNORECASE)


def read_html(html: str, options: Options, source: Source) -> list[RawArticle]:
    """One article per page (a page holds one story; feeds come through another reader)."""
    art = RawArticle(source=source)
    tree = _parse(html)
    if tree is None:
        return [art]
    classes = tree.xpath("//body//@class")  # class values as strings: cheaper than visiting every element
    _drop_hidden(classes)
    meta = _extract(tree, options, fast=True)
    if not _reads_as_story(meta, options):
        # the quick pass found navigation, not a story: let trafilatura compare its fallbacks
        meta = _extract(tree, options, fast=False) or meta
    if _too_short(meta, options):
        # a page nested deeper than even huge_tree allows (2048 levels) parses empty:
        # read it again with its layout containers taken out
        flat = _parse(_flatten(html))
        flat_meta = _extract(flat, options, fast=False) if flat is not None else None
        if not _too_short(flat_meta, options):
            tree, meta = flat, flat_meta
    if meta is None:
        return [art]
    sitename = clean_line(meta.get("sitename") or "") or None
    raw_title = _page_title(tree) or clean_line(meta.get("title") or "")
    title = _title(repair(raw_title), sitename, meta.get("url"), tree) or None
    # the metadata title may be the social or search rewording: the printed headline wins
    meta_title = title
    title = _printed_headline(tree, title, options, sitename, meta.get("url")) or title
    lines = [repair(clean_line(x)) for x in (meta.get("text") or "").split("\n")]
    lines = _continued(tree, [x for x in lines if x], options)
    lines = _drop_page_furniture(lines, options, meta.get("url"))
    links = _link_blocks(tree)
    lines = [x for x in lines if (bullet_text(x) or x).strip().lower() not in links]
    candidates = _summary(tree, classes, title, options)
    art.captions = _captions(tree, options)
    # trafilatura sometimes keeps the standfirst and captions in the text: they are not body.
    caption_keys = {c.text.lower() for c in art.captions}
    summary_keys = {x.lower() for items, _ in candidates for x in items}
    lede = [x for x in lines if x.lower() not in caption_keys | summary_keys][:6]
    # a standfirst is this story's: it sits in the headline's block, or shares words with the headline or lead
    art.summary = next(
        (items for items, near in candidates if near or all(_about(x, [title or "", *lede]) for x in items)), []
    )
    # each standfirst line leaves the text once (a lede that repeats it stays); captions always
    once = {x.lower() for x in art.summary}
    blocks = []
    for x in lines:
        key = (bullet_text(x) or x).lower()
        if key in once:
            once.discard(key)
        elif key not in caption_keys:
            blocks.append([x])
    # the page's printed headline may be worded otherwise than its metadata title (longer, or
    # the social one): repeated at the top of the text, it is the headline, not the lead
    h1 = _headline(tree, title)
    printed = (_text(h1),) if h1 is not None else ()
    body = clean_body(blocks, options, title=title, headlines=(*printed, meta_title or ""))
    art.text = body.text
    art.title = title
    art.headings = body.headings
    art.dateline = body.dateline
    art.byline = _byline(meta.get("author"), sitename, body)
    day = published_day(tree, meta.get("date"), meta.get("url"))
    if day is not None:
        art.published = Date(value=day.isoformat(), precision="day", text=None)
    else:
        art.stamp = next((s for s in body.stamps if s.problem is None), None) or _page_stamp(tree)
    art.source = source.model_copy(update={"url": meta.get("url") or None, "outlet": sitename})
    for cap in body.captions:
        if cap not in art.captions:
            art.captions.append(cap)
    return [art]


def _extract(tree: Any, options: Options, *, fast: bool) -> dict[str, Any] | None:
    doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=True, fast=fast)
    if doc is None:
        return None
    return doc if isinstance(doc, dict) else doc.as_dict()


@cache
def _hidden_stems() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(str(x)) for x in _data()["hidden_class_stems"]))


def _drop_hidden(classes: list[Any]) -> None:
    """Take out what the page hides until hover or click, or prints for screen readers only."""
    hidden = re.compile(str(_data()["hidden_classes"]))
    stems = _hidden_stems()
    found = [v.getparent() for v in classes if stems.search(v.lower())]
    marked = {el for el in found if any(hidden.fullmatch(n) for n in str(el.get("class")).lower().split())}
    for el in found:
        if el not in marked or el.getparent() is None:
            continue
        if el.tag == "a" or any(d in marked for d in el.iterdescendants()):
            # the link a hover card opens from is what the reader sees ("Gov. <a class=rollover-link>
            # Kristi Noem</a>"), and a wrapper around the link and its card keeps the link: only the
            # card itself goes
            continue
        el.drop_tree()  # keeps the tail text: the sentence around a hover card stays whole


def _too_short(meta: dict[str, Any] | None, options: Options) -> bool:
    return meta is None or len(words(meta.get("text") or "")) < options.min_body_words


_CONTAINER_TAG = re.compile(
    r"</?(?:div|span|section|article|main|aside|header|footer|nav|font|center|table|tbody|thead|tr|td|th"
    r"|ul|ol|li|dl|dt|dd|b|i|u|em|strong|small|big|a|blockquote)\b[^>]*>",
    re.IGNORECASE,
)


def _flatten(html: str) -> str:
    """The page with its layout and inline containers removed: paragraphs and headings stay."""
    return _CONTAINER_TAG.sub(" ", html)


def _reads_as_story(meta: dict[str, Any] | None, options: Options) -> bool:
    """Most of the words stand in paragraphs of prose, and there are enough of them."""
    if meta is None:
        return False
    paras = [x for x in (meta.get("text") or "").split("\n") if x.strip()]
    total = sum(len(words(x)) for x in paras)
    prose = sum(len(words(x)) for x in paras if len(words(x)) >= options.body_min_words and ends_sentence(x))
    data = _data()
    return prose >= int(data["story_min_prose_words"]) and prose >= float(data["story_prose_share"]) * total


def _parse(html: str) -> Any:
    """The page's tree, however deep it nests (libxml2 stops at 256 levels without huge_tree)."""
    try:
        tree = lxml.html.fromstring(html.encode("utf-8", "replace"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
    return tree if tree is not None and len(tree) else None


def repair(text: str) -> str:
    """Undo UTF-8 read as cp1252 or latin-1 ("â\\x80\\x94" is "—", "Ã©" is "é"), run by run,
    only where the run decodes as valid UTF-8: text that merely holds "Ã" stays as it is."""
    if not _MOJIBAKE.search(text):
        return text

    def fix(m: re.Match[str]) -> str:
        run = m.group(0)
        for codec in ("cp1252", "latin-1"):
            try:
                return run.encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        return run

    return _MOJIBAKE.sub(fix, text)


@cache
def _unreadable() -> tuple[str, ...]:
    return tuple(str(t) for t in _data()["unreadable_tags"])


def _text(el: Any) -> str:
    """The readable text of an element: never what sits in <script>, <style> and the like."""
    unreadable = _unreadable()
    if next(el.iter(*unreadable), None) is None:
        return repair(clean_line(" ".join(el.itertext())))
    parts: list[str] = []
    skip = 0
    for event, node in etree.iterwalk(el, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in unreadable or not tag:
                skip += 1
            elif not skip and node.text:
                parts.append(node.text)
        else:
            if tag in unreadable or not tag:
                skip -= 1
            if not skip and node is not el and node.tail:
                parts.append(node.tail)
    return repair(clean_line(" ".join(parts)))


def _continued(tree: Any, lines: list[str], options: Options) -> list[str]:
    """The rest of a story that the page splits over several containers of the same class
    (an advertisement row between them): trafilatura keeps the first container only."""
    last = next((x for x in reversed(lines) if len(words(x)) >= options.body_min_words), None)
    if last is None:
        return lines
    end = next((p for p in tree.iter("p") if _tight(_text(p)) == _tight(last)), None)
    box = end.getparent() if end is not None else None
    cls = box.get("class") if box is not None else None
    if box is None or not cls:
        return lines
    known = {_tight(x) for x in lines}
    out = list(lines)
    after = False
    for el in tree.iter(box.tag):
        if el is box:
            after = True
            continue
        if not after or el.get("class") != cls or _holds_comments(el):
            continue
        paras = [_tight(_text(p)) for p in el.iter("p") if not _in_aside(p, el)]
        prose = [t for t in paras if len(words(t)) >= options.body_min_words and t not in known]
        if len(prose) >= 2:
            out.extend(t for t in paras if t and t not in known)
            known.update(paras)
    return out


def _holds_comments(box: Any) -> bool:
    """Whether a container holds readers' comments (html.yaml ``continued_not_in_class_stems``)."""
    stems = [str(x) for x in _data()["continued_not_in_class_stems"]]
    for el in box.iter():
        cls = el.get("class") if isinstance(el.tag, str) else None
        if cls and any(stem in cls.lower() for stem in stems):
            return True
    return False


def _in_aside(p: Any, box: Any) -> bool:
    """Whether a paragraph stands in an <aside> inside ``box``: a pull quote repeating a sentence of the
    story, or a box of links, not the story's next paragraph."""
    for up in p.iterancestors():
        if up is box:
            return False
        if up.tag == "aside":
            return True
    return False


def _tight(text: str) -> str:
    """A paragraph as the page prints it: ``_text`` joins an element's pieces with spaces, which leaves
    one before the punctuation after a link ("the <a>conference</a>, and" -> "conference , and")."""
    return _SPACE_BEFORE_PUNCT.sub("", text)


_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[,.;:!?%)](?:\s|$))")


def _drop_page_furniture(lines: list[str], options: Options, url: Any = None) -> list[str]:
    """Gallery controls, print tools, metadata label blocks, the page's own address,
    and prose paragraphs printed twice."""
    own = _url_key(str(url)) if url else None
    furniture = _furniture()
    labels = _labels()
    max_label_words = int(_data()["label_value_max_words"])
    repeat_min = int(_data()["repeat_min_words"])
    seen: set[str] = set()
    out: list[str] = []
    for line in lines:
        key = (bullet_text(line) or line).strip()
        if furniture.match(key) or (own and _url_key(key) == own):
            continue
        m = labels.match(key)
        if m and len(words(m.group("value") or "")) <= max_label_words:
            continue
        low = key.lower()
        # prose is never printed twice in a story (list items and table rows may be)
        if low in seen and len(words(key)) >= repeat_min and ends_sentence(key):
            continue
        seen.add(low)
        out.append(line)
    return out


def _link_blocks(tree: Any) -> set[str]:
    """Lower-cased texts of the blocks that are one link and nothing else: pointers to other
    pages (related stories, app promotions) that trafilatura keeps when they sit in the story's box.
    Items of a list of links are; a paragraph or heading is when it sits next to another such
    block, or alone when it links to another page and is no sentence: a story sentence linked
    whole to its source ("<p><a href=report.pdf>The report found ... .</a></p>") and a subheading
    that jumps to its part of this page ("<h2><a href='#appeal'>The appeal</a></h2>") are the
    story's words."""
    data = _data()
    max_words = int(data["link_block_max_words"])
    tags = {str(t) for t in data["link_block_tags"]}
    found: dict[str, str] = {}  # the block's raw text -> its read text
    plain: list[Any] = []
    lists: dict[Any, bool] = {}
    for el in tree.iter(*tags):
        text = _link_text(el, max_words)
        # a list is a list of links only when every item is one: a link among plain items
        # (a product named in a recipe's list) is one of the story's items
        parent = el.getparent()
        if text and el.tag == "li" and parent is not None:
            if parent not in lists:
                lists[parent] = all(_link_text(li, max_words) for li in parent.iterchildren("li"))
            if not lists[parent]:
                text = ""
        if text and el.tag != "li" and not _among_links(el, tags, max_words) and (_same_page(el) or _sentence(text)):
            text = ""  # a lone jump link to this page's part, a lone linked sentence: the story's
        if text:
            found[_raw(el)] = text.lower()
        else:
            plain.append(el)
    # lines are matched by their text: words the story also prints as plain text stay
    printed = {_raw(el) for el in plain} if found else set()
    return {text for raw, text in found.items() if raw not in printed}


def _same_page(el: Any) -> bool:
    """Whether the block's one link jumps to a part of this page ("#appeal")."""
    link = next(a for a in el.iter("a") if a.get("href"))
    return str(link.get("href")).strip().startswith("#")


def _among_links(el: Any, tags: set[str], max_words: int) -> bool:
    """Whether the block before or after this one is a pointer of its own: one link to another
    page, no sentence (a run of related stories written as paragraphs or headings)."""
    for n in (el.getprevious(), el.getnext()):
        text = _link_text(n, max_words) if n is not None and isinstance(n.tag, str) and n.tag in tags else ""
        if text and not _same_page(n) and not _sentence(text):
            return True
    return False


_SENTENCE_END = re.compile(r"[.!?][\"”’'»]?\Z")


def _sentence(text: str) -> bool:
    """Whether a linked block reads as a story sentence: long enough (html.yaml
    link_sentence_min_words; "View the discussion thread." is an invitation) and ending in a full stop,
    "!" or "?" (not "…" or ")" of a cut or tagged headline)."""
    return len(words(text)) >= int(_data()["link_sentence_min_words"]) and bool(_SENTENCE_END.search(text.rstrip()))


def _raw(el: Any) -> str:
    """An element's text, spaces folded: a quick key to compare blocks by."""
    return " ".join("".join(el.itertext()).split()).lower()


def _link_text(el: Any, max_words: int) -> str:
    """The block's text where it is all the text of its one link, else ''. An address printed
    as its own link text is a cited source, kept."""
    links = [a for a in el.iter("a") if a.get("href")]
    if len(links) != 1:
        return ""
    # the link's own words are the block's words: nothing outside it (a sentence that ends
    # in a link, a "Read more:" label before one) keeps the block
    raw = _raw(el)
    if not raw or raw != _raw(links[0]) or len(raw.split()) > max_words:
        return ""
    text = _text(el)
    return "" if not text or _URLISH.match(text) else text


def _page_title(tree: Any) -> str:
    """The page's own headline metadata, og:title else <title>, before any site suffix is cut."""
    for content in tree.xpath("//meta[@property='og:title']/@content"):
        if clean_line(str(content)):
            return clean_line(str(content))
    el = next(tree.iter("title"), None)
    return _text(el) if el is not None else ""


def _url_key(text: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?|[?#].*$|/+$", "", text.strip().lower())


def _title(title: str, sitename: str | None, url: Any, tree: Any) -> str:
    """The headline without the site's suffix or prefix ("Headline | Outlet | 19.01.2020")."""
    if not title:
        return title
    data = _data()
    strong = "|".join(re.escape(str(s)) for s in data["title_separators_strong"])
    weak = "|".join(re.escape(str(s)) for s in data["title_separators_weak"])
    parts = [p.strip() for p in re.split(rf"\s+(?:{strong})\s+", title)]
    site_keys = _site_keys(sitename, url)
    h1s = {_norm(_text(h)) for h in tree.iter("h1")}

    def is_site(part: str, *, strong_sep: bool) -> bool:
        key = _norm(part)
        if not key or key in site_keys or parse_stamp(part) is not None:
            return True
        if key in h1s:
            return False
        return strong_sep and len(words(part)) <= int(data["title_site_max_words"])

    if len(parts) > 1:
        kept = [p for p in parts if not is_site(p, strong_sep=True)]
        # the longest remaining part is the headline (site names are short)
        parts = [max(kept or parts, key=lambda p: len(words(p)))]
    head = parts[0]
    # "Headline - Outlet": a weak separator only when the part is the outlet, its address or a date,
    # or when what is left is the headline the page prints (a section or a name the metadata
    # does not give: "Headline - Auto News", "The Review: Headline")
    printed = _norm(head) in h1s
    m = re.match(rf"^(?P<a>.+?)\s+(?:{weak})\s+(?P<b>[^{re.escape('-–—:')}]+)$", head)
    if m and (is_site(m.group("b"), strong_sep=False) or (not printed and _norm(m.group("a")) in h1s)):
        head = m.group("a")
    m = re.match(rf"^(?P<b>[^{re.escape('-–—:')}]+?)\s+(?:{weak})\s+(?P<a>.+)$", head)
    if m and (_norm(m.group("b")) in site_keys or (not printed and _norm(m.group("a")) in h1s)):
        head = m.group("a")
    # a prefix is written with a colon after the word too ("Outlet: Headline")
    m = re.match(rf"^(?P<b>[^{re.escape('-–—:')}]+?):\s+(?P<a>.+)$", head)
    if m and not printed and _norm(m.group("a")) in h1s:
        head = m.group("a")
    return head.strip()


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _site_keys(sitename: str | None, url: Any) -> set[str]:
    keys = {_norm(sitename)} if sitename else set()
    host = urlparse(str(url or "")).hostname or ""
    if host:
        host = re.sub(r"^(www\d?|m|amp|edition)\.", "", host)
        keys |= {_norm(host), _norm(host.split(".")[0])}
    keys.discard("")
    return keys


def _content_words(text: str) -> set[str]:
    common = rules.word_set("html.yaml", "common_words")
    parts = (p for w in words(text) for p in re.split(r"[-'’.]", w.lower()))
    # a five-letter stem: "retailer" and "retail", "quarter" and "third-quarter" meet
    return {p[:5] for p in parts if len(p) >= 4 and p not in common}


def _about(summary: str, story: list[str]) -> bool:
    """A standfirst of this story shares content words with its headline or lead."""
    own = _content_words(summary)
    if not own:
        return False
    shared = own & _content_words(" ".join(story))
    data = _data()
    return len(shared) >= int(data["summary_min_shared_words"]) or len(shared) / len(own) >= float(
        data["summary_min_shared_share"]
    )


def _byline(author: Any, sitename: str | None, body: Body) -> str | None:
    """The metadata author when it reads as a name or an agency; else the byline printed on the page."""
    printed = next((b for b in body.bylines if _is_byline(b, sitename)), None)
    raw = repair(clean_line(str(author or "")))
    if raw and _is_byline(raw, sitename):
        return raw
    return printed


def _is_byline(text: str, sitename: str | None) -> bool:
    if _is_agency(text):
        return True
    if sitename and _norm(text) == _norm(sitename):
        return False  # the outlet's own name: kept only where it is an agency
    names = [n.strip() for n in re.split(r"\s*(?:;|,|&|\band\b|\bund\b|\bet\b|\by\b)\s*", text) if n.strip()]
    return bool(names) and all(_is_name(n) or _is_agency(n) for n in names)


def _is_agency(text: str) -> bool:
    low = text.strip().lower()
    agencies = {str(a).lower() for a in rules.load_yaml("credits.yaml")["agencies"]}
    return low in agencies or low in rules.word_set("html.yaml", "agency_names")


def _is_name(text: str) -> bool:
    """ "Jane Doe", "J. R. Okafor", "Rosa de la Cruz", "Jean-Luc Martin": 2 to 5 words, capitalised."""
    ws = text.split()
    if not 2 <= len(ws) <= 5 or any(c.isdigit() for c in text) or "@" in text:
        return False
    ui = rules.word_set("html.yaml", "byline_ui_words")
    particles = rules.word_set("html.yaml", "name_particles")
    for i, w in enumerate(ws):
        bare = w.strip(".,'’")
        if not bare or bare.lower() in ui:
            return False
        if not bare[0].isupper() and not (0 < i < len(ws) - 1 and bare.lower() in particles):
            return False
        if not all(c.isalpha() or c in ".-'’" for c in w):
            return False
    return True


def _page_stamp(tree: Any) -> Any:
    """No date in the metadata: a stamp printed in a <time> element, read like a pasted one."""
    for el in tree.iter("time"):
        text = _text(el)
        if text:
            stamp = parse_stamp(text)
            if stamp is not None:
                return stamp
    return None


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


@cache
def _summary_stems() -> re.Pattern[str]:
    """A quick first filter on lower-cased class attributes: the plain stems of standfirst classes."""
    return re.compile("|".join(re.escape(str(x)) for x in _data()["summary_class_stems"]))


def _summary(tree: Any, classes: list[Any], title: str | None, options: Options) -> list[tuple[list[str], bool]]:
    """Standfirst candidates, in page order, each with whether it sits by the headline:
    elements classed as such, or a list between the headline and the body.
    A classed paragraph that opens the body's run of paragraphs is the lede, not a standfirst."""
    found: list[tuple[list[str], bool]] = []
    classed_rx = re.compile(str(_data()["summary_classes"]), re.IGNORECASE)
    unreadable = set(_data()["unreadable_tags"])
    skip = {"meta", "body", "html", "article", "main", *unreadable}
    stems = _summary_stems()
    h1 = _headline(tree, title)
    for value in classes:
        if not stems.search(value.lower()):
            continue
        el = value.getparent()
        if el.tag in skip or el.getparent() is None:
            continue  # (or taken out of the page as hidden)
        classed = classed_rx.search(str(el.get("class") or ""))
        # a classed container counts only while small: a big one is the article, not its standfirst
        if classed and (el.tag not in ("section", "div", "figure") or (el.tag != "figure" and len(el) <= 6)):
            if _is_lede(el, options):
                continue
            items = [_text(li) for li in el.iter("li")] or [_text(el)]
            kept = [t for t in dict.fromkeys(items) if 4 <= len(words(t)) <= 60 and t != title]
            if kept:
                found.append((kept, _near(el, h1)))
    if h1 is None:
        return found
    # A list that sits after the headline and before the body text.
    started = header_deck = False
    for el in tree.iter("h1", "h2", "h3", "p", "ul", "ol"):
        if el is h1:
            started = True
            continue
        if not started:
            continue
        if el.tag == "p" and len(words(_text(el))) >= options.body_min_words:
            break  # the body has begun
        if el.tag in ("h2", "h3") and not header_deck and _near(el, h1):
            # a sub-heading in the headline's block that reads as a sentence is the standfirst:
            # first among the candidates, as the surest of them
            text = _text(el)
            if len(words(text)) >= options.body_min_words and ends_sentence(text):
                found.insert(0, ([text], True))
                header_deck = True
            continue
        if el.tag in ("ul", "ol"):
            items = [_text(li) for li in el.findall("li")]
            linky = sum(len(_text(a)) for a in el.iter("a"))
            if items and linky < 0.5 * sum(len(t) for t in items) and all(len(words(t)) >= 4 for t in items):
                found.append((items, True))
                break
    return found


def _title_words(text: str) -> set[str]:
    """A headline's words as compared with another's, without function words (language.yaml): a
    masthead "The Voice of the North" shares "the" and "of" with any headline, and no story."""
    function_words = rules.word_set("language.yaml", "english_function_words")
    return {w.lower() for w in words(text)} - function_words


def _headline(tree: Any, title: str | None) -> Any:
    """The <h1> that holds the headline (a masthead may be an <h1> too): the one sharing most content
    words with the title."""
    h1s = list(tree.iter("h1"))
    if not h1s or not title:
        return h1s[0] if h1s else None
    want = _title_words(title)
    return max(h1s, key=lambda h: len(want & _title_words(_text(h))))


def _printed_headline(
    tree: Any, title: str | None, options: Options, sitename: str | None = None, url: Any = None
) -> str | None:
    """The <h1> headline when it is this story's (it holds most of the metadata title's words) and
    reads as a headline (a few words, not a paragraph); else None. Pages print one headline and
    give their metadata another: the social title ("og:title") is often shortened or reworded."""
    if not title:
        return None
    h1 = _headline(tree, title)
    if h1 is None:
        return None
    text = _title(_text(h1), sitename, url, tree)  # an <h1> may carry a section label too ("Milan 2018 | ...")
    n = len(words(text))
    if text == title or not 3 <= n <= options.title_max_words:
        return None
    want = _title_words(title)
    shared = want & _title_words(text)
    if want and len(shared) / len(want) >= float(_data()["headline_h1_min_shared"]):
        return text
    return _classed_headline(tree, title, options, sitename, url)


def _classed_headline(tree: Any, title: str, options: Options, sitename: str | None, url: Any) -> str | None:
    """The <h1> whose class names it the story's headline (html.yaml headline_h1_classes), when it
    reads as a headline, is not the site's name and is not one link to another page (a teaser)."""
    rx = re.compile(str(_data()["headline_h1_classes"]))
    for h1 in tree.iter("h1"):
        if not any(rx.fullmatch(c) for c in str(h1.get("class") or "").lower().split()):
            continue
        text = _title(_text(h1), sitename, url, tree)
        if text == title or not 3 <= len(words(text)) <= options.title_max_words:
            continue
        if _norm(text) in _site_keys(sitename, url) or _link_text(h1, options.title_max_words):
            continue
        return text
    return None


def _near(el: Any, h1: Any) -> bool:
    """Under the headline's parent or grandparent: the header block, not a sidebar."""
    if h1 is None:
        return False
    parent = h1.getparent()
    boxes = {parent, parent.getparent() if parent is not None else None} - {None}
    return any(a in boxes for a in el.iterancestors())


def _is_lede(el: Any, options: Options) -> bool:
    """A paragraph followed, in the same container, by the body's paragraphs."""
    if el.tag != "p":
        return False
    parent = el.getparent()
    if parent is None:
        return False
    after = [s for s in el.itersiblings() if s.tag == "p" and len(words(_text(s))) >= options.body_min_words]
    return len(after) >= 2
