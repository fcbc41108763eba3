"""What a reader hands to extraction: one article's cleaned parts, before NLP."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..record import Caption, Date, Dateline, Heading, Source
from .stamps import Stamp


@dataclass
class RawArticle:
    text: str = ""
    title: str | None = None
    summary: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    byline: str | None = None
    dateline: Dateline | None = None
    stamp: Stamp | None = None
    published: Date | None = None  # set directly by readers that know an absolute date (HTML metadata)
    headings: list[Heading] = field(default_factory=list)
    source: Source = field(default_factory=Source)
    warnings: list[str] = field(default_factory=list)
