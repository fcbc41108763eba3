"""Tables, as SQLAlchemy Core objects. Change them only together with a new migration."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(32), nullable=False, unique=True),
    Column("version", Integer, nullable=False),
    Column("title", Text),
    Column("published", String(40), index=True),
    Column("dateline_place", Text),
    Column("language", String(8)),
    Column("source_path", Text),
    Column("source_index", Integer),
    Column("source_url", Text),
    Column("outlet", Text),
    Column("text", Text, nullable=False),
    Column("n_entities", Integer, nullable=False, default=0),
    Column("record", Text, nullable=False),  # the whole record, JSON (spec/record.md)
    Column("stored_at", String(40), nullable=False),
)

entities = Table(
    "entities",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("entity_id", String(16), primary_key=True),
    Column("name", Text, nullable=False, index=True),
    Column("type", String(16), nullable=False),
    Column("n_mentions", Integer, nullable=False),
    Column("country_code", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonames_id", Integer),
)

# Who said what, one row per quote (migration 2): the columns an analyst filters on.
quotes = Table(
    "quotes",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("quote_id", String(16), primary_key=True),
    Column("kind", String(10), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("speaker", Text, index=True),  # canonical name, or the descriptor of an unnamed source
    Column("speaker_entity", String(16)),
    Column("anonymous", Boolean, nullable=False),
    Column("cue", String(40)),
    Column("channel", Text),
)

# What happened and who claims what (migration 3): one row per event and per claim, with the
# actors' names spelled out so the table reads without a join; the record JSON has everything.
events = Table(
    "events",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", String(16), primary_key=True),
    Column("type", String(12), nullable=False, index=True),
    Column("mode", String(24)),
    Column("trigger", Text, nullable=False),
    Column("actors", Text),  # names, "; "-separated
    Column("recipients", Text),
    Column("location", Text),
    Column("date", String(40), index=True),
    Column("killed", Integer),  # sum of the "killed" counts (low ends of vague counts)
    Column("wounded", Integer),
    Column("negated", Boolean, nullable=False),
    Column("hypothetical", Boolean, nullable=False),
    Column("reported_by", String(16)),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
)

claims = Table(
    "claims",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("claim_id", String(16), primary_key=True),
    Column("stance", String(8), nullable=False),
    Column("claimant", Text),
    Column("claimant_entity", String(16)),
    Column("text", Text, nullable=False),
    Column("responds_to", String(16)),
)

# Links across articles (derived data, spec: briefs/linktables.md). A relink replaces every one of
# these tables in one transaction; only entity_corrections is user data and survives it.
duplicate_groups = Table(
    "duplicate_groups",
    metadata,
    Column("group_id", Text, primary_key=True),
    Column("canonical_article", String(32), ForeignKey("articles.id"), nullable=False),
)

duplicate_members = Table(
    "duplicate_members",
    metadata,
    Column("group_id", Text, ForeignKey("duplicate_groups.group_id"), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id"), primary_key=True),
)

canonical_entities = Table(
    "canonical_entities",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("geonames_id", Integer),
    Column("n_articles", Integer, nullable=False),
)

canonical_aliases = Table(
    "canonical_aliases",
    metadata,
    Column("entity_id", Text, ForeignKey("canonical_entities.id"), primary_key=True),
    Column("alias", Text, primary_key=True),
)

canonical_roles = Table(
    "canonical_roles",
    metadata,
    Column("entity_id", Text, ForeignKey("canonical_entities.id"), primary_key=True),
    Column("title", Text, primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id"), primary_key=True),
    Column("published", Text),
)

# (article_id, entity_id) is the key of `entities`: join on both for an entity's mentions.
entity_links = Table(
    "entity_links",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("entity_id", Text, primary_key=True),
    Column("canonical_id", Text, ForeignKey("canonical_entities.id"), nullable=False, index=True),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", Text, primary_key=True),
    Column("type", Text, nullable=False),
    Column("date_start", Text),
    Column("date_end", Text),
    Column("place", Text),
    Column("actors", Text),  # JSON list of names
    Column("recipients", Text),  # JSON list of names
    Column("killed_min", Integer),
    Column("killed_max", Integer),
    Column("wounded_min", Integer),
    Column("wounded_max", Integer),
    Column("n_articles", Integer, nullable=False),
    Column("n_outlets", Integer, nullable=False),
)

# (article_id, event_id) is the key of `events`.
incident_events = Table(
    "incident_events",
    metadata,
    Column("incident_id", Text, ForeignKey("incidents.id"), primary_key=True),
    Column("article_id", String(32), primary_key=True),
    Column("event_id", Text, primary_key=True),
    # an event's incident is looked up by the event (`dateline events`): the key starts with the incident
    Index("ix_incident_events_event", "article_id", "event_id"),
)

stories = Table(
    "stories",
    metadata,
    Column("id", Text, primary_key=True),
    Column("title", Text),
    Column("first", Text),
    Column("last", Text),
    Column("n_articles", Integer, nullable=False),
)

story_articles = Table(
    "story_articles",
    metadata,
    Column("story_id", Text, ForeignKey("stories.id"), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id"), primary_key=True),
)

story_incidents = Table(
    "story_incidents",
    metadata,
    Column("story_id", Text, ForeignKey("stories.id"), primary_key=True),
    Column("incident_id", Text, ForeignKey("incidents.id"), primary_key=True),
)

# A user's corrections to entity linking (`dateline entities merge|split`): user data, never
# deleted by a relink, stated in (article id, entity id) pairs that stay stable across re-ingests.
entity_corrections = Table(
    "entity_corrections",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("kind", Text, nullable=False),  # must_link | cannot_link
    Column("a_article", Text, nullable=False),
    Column("a_entity", Text, nullable=False),
    Column("b_article", Text, nullable=False),
    Column("b_entity", Text, nullable=False),
    Column("made_at", Text, nullable=False),
)

LINK_TABLES = [
    story_incidents,
    story_articles,
    stories,
    incident_events,
    incidents,
    entity_links,
    canonical_roles,
    canonical_aliases,
    canonical_entities,
    duplicate_members,
    duplicate_groups,
]  # children before parents: the order a relink deletes them in
