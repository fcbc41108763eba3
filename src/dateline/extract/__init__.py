"""Per-article extraction: one pure function from a read article to a record.

``extract_article`` depends only on its arguments (the article, the options and
the loaded pipeline), so it runs the same in a test, a process pool or on a
Dask worker.
"""

from __future__ import annotations

import re
from datetime import date

from .. import rules
from ..read.article import RawArticle
from ..read.layout import words
from ..record import Article, Claim, Date, Dateline, Entity, Event, Quote, Timex, article_id
from ..settings import Options, defaults
from .entities import with_dateline_place
from .geo import gazetteer
from .nlp import load, parse

__all__ = ["extract_article", "language_of"]


def language_of(text: str, options: Options | None = None) -> str:
    """ISO 639-1 code of the article's language (py3langid, offline; plain English is known without it)."""
    share = (options or defaults()).english_function_word_share
    tokens = re.findall(r"[a-z]+", text[:5000].lower())
    common = rules.word_set("language.yaml", "english_function_words")
    if tokens and sum(t in common for t in tokens) >= share * len(tokens):
        return "en"
    import py3langid

    lang, _ = py3langid.classify(text[:5000])
    return str(lang)


def _published(raw: RawArticle, options: Options, warnings: list[str]) -> Date | None:
    if raw.published is not None:
        return raw.published
    if raw.stamp is None:
        return None
    date = _resolve(raw, options, warnings)
    if date is None:
        warnings.append(raw.stamp.why_unresolved(options.retrieved_at))
    return date


def _resolve(raw: RawArticle, options: Options, warnings: list[str]) -> Date | None:
    """The stamp's date, or None with a warning when it lies outside the calendar ("1000000 days ago")."""
    assert raw.stamp is not None
    try:
        return raw.stamp.resolve(options.retrieved_at)
    except (OverflowError, ValueError):
        warnings.append(f"the page's date stamp {raw.stamp.text!r} is outside the calendar: published is unknown")
        return None


# A count larger than this is not a count of people (the world has about 8e9): it is a misread
# number, and it is dropped from the record with a warning rather than stored.
MAX_COUNT = 10_000_000_000


def _plausible_counts(events: list[Event], warnings: list[str]) -> list[Event]:
    out = []
    for ev in events:
        bad = [c for c in ev.casualties if any(n is not None and abs(n) > MAX_COUNT for n in (c.count, c.count_max))]
        if bad:
            warnings.append(f"event {ev.id}: a casualty count over {MAX_COUNT:.0e} was dropped (not a count of people)")
            ev = ev.model_copy(update={"casualties": [c for c in ev.casualties if c not in bad]})
        out.append(ev)
    return out


def _anchor(published: Date | None, options: Options) -> tuple[date | None, str]:
    """What relative time expressions resolve against: the published date, else the retrieval time."""
    if published is not None:
        try:
            return date.fromisoformat(published.value[:10]), "published"
        except ValueError:
            pass
    if options.retrieved_at is not None:
        return options.retrieved_at.date(), "retrieved"
    return None, "none"


def extract_article(raw: RawArticle, options: Options | None = None) -> Article:
    """The record for one article: metadata from the reader, entities from the pipeline."""
    options = options or defaults()
    warnings = list(raw.warnings)
    text = raw.text
    if len(text) > options.max_article_chars:  # the readers cut it already; a RawArticle made by hand may not be
        cut = text.rfind("\n\n", 0, options.max_article_chars)
        text = text[: cut if cut > 0 else options.max_article_chars]
        warnings.append(f"article text cut to {len(text)} characters (max_article_chars)")
    published = _published(raw, options, warnings)
    dateline = raw.dateline
    if dateline is not None:
        dateline = Dateline(place=dateline.place, geo=gazetteer().lookup(dateline.place))
    language = language_of(text, options) if len(words(text)) >= 5 else "en"
    nlp = load(options.model)
    entities: list[Entity] = []
    quotes: list[Quote] = []
    timexes: list[Timex] = []
    events: list[Event] = []
    claims: list[Claim] = []
    if language == nlp.lang:
        doc = parse(
            nlp,
            text,
            max_piece=options.max_paragraph_chars,
            dl_anchor=_anchor(published, options),
            dl_dateline=dateline.place if dateline else None,
        )
        entities = with_dateline_place(doc._.dl_entities or [], dateline)
        quotes = doc._.dl_quotes or []
        timexes = doc._.dl_timexes or []
        events = _plausible_counts(doc._.dl_events or [], warnings)
        claims = doc._.dl_claims or []
        unresolved = [t.text for t in timexes if t.anchor == "none"]
        if unresolved:
            warnings.append(
                f"{len(unresolved)} relative time expression(s) left unresolved ({', '.join(unresolved[:3])}): "
                "the published date is unknown; pass --retrieved-at to resolve them"
            )
    else:
        warnings.append(
            f"the text looks like language {language!r} but the pipeline {options.model!r} is for {nlp.lang!r}: "
            "entities were not extracted (pass --model with a pipeline for that language)"
        )
    return Article(
        id=article_id(raw.title, text),
        source=raw.source,
        title=raw.title,
        summary=raw.summary,
        captions=raw.captions,
        byline=raw.byline,
        dateline=dateline,
        published=published,
        text=text,
        language=language,
        entities=entities,
        quotes=quotes,
        timexes=timexes,
        events=events,
        claims=claims,
        warnings=warnings,
        headings=raw.headings,
    )
