"""Doc/Span extensions that dateline's components set, declared once, at import."""

from __future__ import annotations

from spacy.tokens import Doc, Span

# The article's canonical entities (list of dateline.record.Entity), set by dateline_entities.
Doc.set_extension("dl_entities", default=None, force=True)
# The dateline place the reader found ("Nairobi"), for components that need the article's place.
Doc.set_extension("dl_dateline", default=None, force=True)
# The Entity id a mention resolved to.
Span.set_extension("dl_entity", default=None, force=True)
# The article's quotes (list of dateline.record.Quote), set by dateline_quotes.
Doc.set_extension("dl_quotes", default=None, force=True)
# (date or None, "published" | "retrieved" | "none"): what relative time expressions resolve against.
Doc.set_extension("dl_anchor", default=None, force=True)
# The article's time expressions (list of dateline.record.Timex), set by dateline_timexes.
Doc.set_extension("dl_timexes", default=None, force=True)
# The article's events (list of dateline.record.Event), set by dateline_events.
Doc.set_extension("dl_events", default=None, force=True)
# The article's claims (list of dateline.record.Claim), set by dateline_claims.
Doc.set_extension("dl_claims", default=None, force=True)
# The article context the quote, event and claim components share (extract.context.ArticleContext),
# built by the first of them that asks.
Doc.set_extension("dl_context", default=None, force=True)
