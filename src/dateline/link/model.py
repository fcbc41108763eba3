"""What linking across articles produces: plain data, no database, no parser.

Every link keeps its members as references into the articles' own records
(``Ref``: an article id and the id of an entity or event inside it), so a
link can always be traced back to the sentences it came from. Article ids and
the ids inside a record are stable across re-ingests (content hashes), which
is why user corrections are stated in refs too.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Ref:
    """An entity or event of one article: ``(article_id, item_id)``."""

    article_id: str
    item_id: str


@dataclass
class Role:
    """A role or title an article gives a canonical entity ("information minister")."""

    title: str
    article_id: str
    published: str | None = None  # ISO date of that article, for "roles over time"


@dataclass
class CanonicalEntity:
    """One real person, organisation or place across articles."""

    id: str
    name: str  # the fullest name seen
    type: str  # PERSON | ORG | GPE | LOC | NORP | ...
    members: list[Ref] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    geonames_id: int | None = None


@dataclass
class Incident:
    """One happening reported by one or more articles (each event a source)."""

    id: str
    type: str  # PLOVER category
    events: list[Ref] = field(default_factory=list)
    date_start: str | None = None  # ISO; the range the reports allow
    date_end: str | None = None
    place: str | None = None
    actors: list[str] = field(default_factory=list)  # canonical entity ids or names
    recipients: list[str] = field(default_factory=list)
    killed_min: int | None = None  # the lowest and highest toll reported by its sources
    killed_max: int | None = None
    wounded_min: int | None = None
    wounded_max: int | None = None
    n_articles: int = 0
    n_outlets: int = 0


@dataclass
class Story:
    """Articles about one developing story."""

    id: str
    title: str
    article_ids: list[str] = field(default_factory=list)
    incidents: list[str] = field(default_factory=list)
    first: str | None = None  # ISO date of the earliest and latest article
    last: str | None = None


@dataclass
class DuplicateGroup:
    """Syndicated copies and updated versions of one article; each copy stays a source."""

    id: str
    article_ids: list[str] = field(default_factory=list)
    canonical: str = ""  # the article id shown for the group


@dataclass
class Corrections:
    """A user's corrections to entity linking; applied after every relink, so they survive re-ingest."""

    must_link: list[tuple[Ref, Ref]] = field(default_factory=list)
    cannot_link: list[tuple[Ref, Ref]] = field(default_factory=list)


@dataclass
class Links:
    duplicates: list[DuplicateGroup] = field(default_factory=list)
    entities: list[CanonicalEntity] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
