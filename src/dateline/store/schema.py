"""Tables, as SQLAlchemy Core objects. Change them only together with a new migration."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, ForeignKey, Integer, MetaData, String, Table, Text

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
