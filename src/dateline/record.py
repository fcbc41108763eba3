"""The dateline record, version 1 (contract 1.1): the contract in shared/spec/record.md.

1.1 only adds fields (speaker ``basis``, a relayed quote's ``reported_by``, an
event's ``mentions``, ``trigger_span``, ``location_source``, ``date_source``,
``commitment``, ``actor_descriptors``, a claim's ``quote``), so ``version`` stays 1.

Every field is always present (null or [] when unknown). Extra fields are
allowed; renaming or dropping one needs a new ``VERSION``.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

VERSION = 1

Precision = Literal["year", "month", "week", "day", "time"]
EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "OTHER"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class Offsets(_Model):
    start: int
    end: int


class Date(_Model):
    value: str
    end: str | None = None
    precision: Precision
    text: str | None = None


def date_range(d: Date | None) -> tuple[date, date] | None:
    """The days a date allows, within its precision ("March 2024" is the whole month)."""
    if d is None:
        return None
    try:
        start = date.fromisoformat(d.value[:10]) if len(d.value) >= 10 else None
        if start is None:
            y = int(d.value[:4])
            m = int(d.value[5:7]) if len(d.value) >= 7 else 1
            start = date(y, m, 1)
        if d.end:
            end = date.fromisoformat(d.end[:10]) if len(d.end) >= 10 else start
        elif d.precision == "year" or len(d.value) == 4:
            end = date(start.year, 12, 31)
        elif d.precision == "month" or len(d.value) == 7:
            end = (date(start.year + start.month // 12, start.month % 12 + 1, 1)) - timedelta(days=1)
        elif d.precision == "week":
            end = start + timedelta(days=6)
        else:
            end = start
    except ValueError:
        return None
    return (start, end) if start <= end else (end, start)


class Geo(_Model):
    name: str
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    geonames_id: int | None = None


class Source(_Model):
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    index: int = 0


class Caption(_Model):
    text: str
    credit: str | None = None


class Dateline(_Model):
    place: str
    geo: Geo | None = None


class Entity(_Model):
    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    affiliation: str | None = None
    mentions: list[Offsets] = Field(default_factory=list)
    geo: Geo | None = None


# How a quote's speaker was found, strongest first; ``fallback`` is a guess a user may want to filter out.
SpeakerBasis = Literal["name", "title_name", "pronoun", "description", "organisation", "continuation", "fallback"]


class Speaker(_Model):
    entity: str | None = None
    name: str | None = None
    descriptor: str | None = None
    anonymous: bool = False
    mention: Offsets | None = None
    basis: SpeakerBasis | None = None


class Relayer(_Model):
    """Who passed a quote on ("…, the prosecutor's office said"): not the one whose words they are."""

    entity: str | None = None
    name: str | None = None


class Quote(_Model):
    id: str
    text: str
    kind: Literal["direct", "partial", "indirect"]
    start: int
    end: int
    speaker: Speaker
    reported_by: Relayer | None = None
    cue: str | None = None
    cue_span: Offsets | None = None
    channel: str | None = None


class Timex(_Model):
    text: str
    start: int
    end: int
    value: str | None = None
    end_value: str | None = None
    precision: Precision | None = None
    anchor: Literal["absolute", "published", "retrieved", "none"]


class Casualty(_Model):
    count: int | None = None
    count_max: int | None = None
    status: Literal["killed", "wounded", "missing", "arrested", "displaced"]
    group: str | None = None


class Location(_Model):
    name: str
    geo: Geo | None = None


class Descriptor(_Model):
    """Words naming an actor that no entity stands for ("gunmen", "security forces")."""

    text: str
    start: int
    end: int


LocationSource = Literal["clause", "sentence", "paragraph", "dateline"]
# Why an event has no actor (``actors`` and ``actor_descriptors`` both empty): the agent was not
# in the text ("Two officers were shot", "the attack"), or the text named something that is no party.
ActorGap = Literal["passive without agent", "no subject", "subject not a party", "noun without agent"]
QuoteKind = Literal["direct", "partial", "indirect"]
DateSource = Literal["clause", "sentence", "paragraph", "published"]


class Event(_Model):
    id: str
    type: str
    mode: str | None = None
    trigger: str
    actors: list[str] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    location: Location | None = None
    date: Date | None = None
    casualties: list[Casualty] = Field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    reported_by: str | None = None
    evidence: Offsets
    trigger_span: Offsets | None = None
    mentions: list[Offsets] = Field(default_factory=list)
    location_source: LocationSource | None = None
    date_source: DateSource | None = None
    commitment: str | None = None
    actor_descriptors: list[Descriptor] = Field(default_factory=list)
    # optional (not yet in the contract): why no actor was named, null when one was; and, for an
    # event told inside a quote, that quote's kind (``reported_by`` names the quote)
    actor_unknown: ActorGap | None = None
    reported_kind: QuoteKind | None = None


class Claim(_Model):
    id: str
    claimant: str | None = None
    claimant_name: str | None = None
    text: str
    stance: Literal["asserts", "denies"]
    about: list[str] = Field(default_factory=list)
    evidence: Offsets
    responds_to: str | None = None
    quote: str | None = None


class Heading(_Model):
    """A section heading dropped from ``text`` (extra field): kept as structure."""

    text: str
    offset: int  # position in ``text`` of the paragraph that follows it


class Article(_Model):
    version: int = VERSION
    id: str
    source: Source
    title: str | None = None
    summary: list[str] = Field(default_factory=list)
    captions: list[Caption] = Field(default_factory=list)
    byline: str | None = None
    dateline: Dateline | None = None
    published: Date | None = None
    text: str
    language: str = "en"
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    timexes: list[Timex] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    headings: list[Heading] = Field(default_factory=list)


def article_id(title: str | None, text: str) -> str:
    """Stable id: the same article text gives the same id on every run and machine."""
    h = hashlib.sha256()
    h.update((title or "").encode("utf-8"))
    h.update(b"\x00")
    h.update(text.encode("utf-8"))
    return h.hexdigest()[:16]
