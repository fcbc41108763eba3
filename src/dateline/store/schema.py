"""Tables, as SQLAlchemy Core objects. Change them only together with a new migration (both dialects)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

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
    Column("geonames_id", BigInteger),
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
    Column("killed", BigInteger),  # sum of the "killed" counts (low ends of vague counts)
    Column("wounded", BigInteger),
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

# ---- migration 4: the facts inside each record as rows, every one with its article id and offsets ----

# Each mention of an entity (join `entities` on (article_id, entity_id) for its name and type).
entity_mentions = Table(
    "entity_mentions",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("entity_id", String(16), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, primary_key=True),
    ForeignKeyConstraint(
        ["article_id", "entity_id"], ["entities.article_id", "entities.entity_id"], ondelete="CASCADE"
    ),
)

# Each sentence that mentions an event again ("the attack"), besides its evidence in `events`.
event_mentions = Table(
    "event_mentions",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("event_id", String(16), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, primary_key=True),
    ForeignKeyConstraint(["article_id", "event_id"], ["events.article_id", "events.event_id"], ondelete="CASCADE"),
)

# Each casualty figure of an event, as reported ("at least 14 people", "dozens": count 24, count_max 99).
casualties = Table(
    "casualties",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("event_id", String(16), primary_key=True),
    Column("n", Integer, primary_key=True),  # its position in the event's list (0 first)
    Column("status", String(10), nullable=False),  # killed | wounded | missing | arrested | displaced
    Column("count", BigInteger),  # null when beyond a 64-bit integer (the record JSON keeps it)
    Column("count_max", BigInteger),
    Column("group", Text),
    Column("part_of", Integer),  # n of the figure this one is a subgroup of ("including 9 foreigners")
    ForeignKeyConstraint(["article_id", "event_id"], ["events.article_id", "events.event_id"], ondelete="CASCADE"),
)

# Each time expression with its normalized value (ISO 8601) and what it was resolved against.
timexes = Table(
    "timexes",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("n", Integer, primary_key=True),  # its position in the record's list (0 first)
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", String(40), index=True),
    Column("end_value", String(40)),
    Column("precision", String(8)),
    Column("anchor", String(10), nullable=False),
)

# ---- migration 4: links across articles (derived by dateline.link; a relink replaces them) ----

duplicate_groups = Table(
    "duplicate_groups",
    metadata,
    Column("group_id", Text, primary_key=True),
    Column("canonical_article", String(32), ForeignKey("articles.id", ondelete="CASCADE")),
)

duplicate_members = Table(
    "duplicate_members",
    metadata,
    Column("group_id", Text, ForeignKey("duplicate_groups.group_id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

canonical_entities = Table(
    "canonical_entities",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False, index=True),
    Column("type", Text, nullable=False),
    Column("geonames_id", BigInteger),
    Column("n_articles", Integer, nullable=False),
)

canonical_aliases = Table(
    "canonical_aliases",
    metadata,
    Column("entity_id", Text, ForeignKey("canonical_entities.id", ondelete="CASCADE"), primary_key=True),
    Column("alias", Text, primary_key=True),
)

canonical_roles = Table(
    "canonical_roles",
    metadata,
    Column("entity_id", Text, ForeignKey("canonical_entities.id", ondelete="CASCADE"), primary_key=True),
    Column("title", Text, primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("published", String(40)),
)

# Which canonical entity each (article_id, entity_id) of `entities` belongs to.
entity_links = Table(
    "entity_links",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("entity_id", String(16), primary_key=True),
    Column("canonical_id", Text, ForeignKey("canonical_entities.id", ondelete="CASCADE"), nullable=False, index=True),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", Text, primary_key=True),
    Column("type", Text, nullable=False),
    Column("date_start", String(40), index=True),
    Column("date_end", String(40)),
    Column("place", Text),
    Column("actors", Text),  # JSON list of names or canonical ids
    Column("recipients", Text),  # JSON list
    Column("killed_min", BigInteger),
    Column("killed_max", BigInteger),
    Column("wounded_min", BigInteger),
    Column("wounded_max", BigInteger),
    Column("n_articles", Integer, nullable=False),
    Column("n_outlets", Integer, nullable=False),
)

# The events (join `events` on (article_id, event_id)) that report each incident.
incident_events = Table(
    "incident_events",
    metadata,
    Column("incident_id", Text, ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", String(32), primary_key=True),
    Column("event_id", String(16), primary_key=True),
)

stories = Table(
    "stories",
    metadata,
    Column("id", Text, primary_key=True),
    Column("title", Text),
    Column("first", String(40)),  # ISO date of the earliest and the latest article
    Column("last", String(40)),
    Column("n_articles", Integer, nullable=False),
)

story_articles = Table(
    "story_articles",
    metadata,
    Column("story_id", Text, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

story_incidents = Table(
    "story_incidents",
    metadata,
    Column("story_id", Text, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("incident_id", Text, ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
)

# User data, never deleted by a relink: "these two mentions are (not) the same entity".
entity_corrections = Table(
    "entity_corrections",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(12), nullable=False),  # must_link | cannot_link
    Column("a_article", String(32), nullable=False),
    Column("a_entity", String(16), nullable=False),
    Column("b_article", String(32), nullable=False),
    Column("b_entity", String(16), nullable=False),
    Column("made_at", String(40), nullable=False),
)

# The derived link tables, children before parents (the order a relink deletes them in).
LINK_TABLES = [
    duplicate_members,
    duplicate_groups,
    entity_links,
    canonical_roles,
    canonical_aliases,
    story_incidents,
    story_articles,
    stories,
    incident_events,
    incidents,
    canonical_entities,
]
