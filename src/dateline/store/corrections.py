"""A user's corrections to the people and organisations linked across articles.

``merge`` says two canonical entities are one; ``split`` takes one mention out of a canonical
entity. Both are stored as pairs of (article id, entity id), which stay the same when articles
are ingested again, and the store is relinked at once: the corrections then hold after every
later relink (``dateline.link.corrections`` applies them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from ..errors import StoreError
from ..link import link
from ..link.model import Ref
from . import _errors
from . import schema as t
from .queries import canonical_id

if TYPE_CHECKING:
    from . import Store

__all__ = ["merge", "split"]


def _members(store: Store, entity_id: str) -> list[Ref]:
    el = t.entity_links.c
    with _errors(store.where), store.engine.connect() as conn:
        rows = conn.execute(
            select(el.article_id, el.entity_id)
            .where(el.canonical_id == entity_id)
            .order_by(el.article_id, el.entity_id)
        )
        return [Ref(r.article_id, r.entity_id) for r in rows]


def merge(store: Store, first: str, second: str) -> str:
    """Make the canonical entities ``first`` and ``second`` (ids or unique prefixes) one; returns
    the id of the merged entity."""
    a, b = canonical_id(store, first), canonical_id(store, second)
    if a == b:
        raise StoreError(f"{first!r} and {second!r} are the same entity ({a}): nothing to merge")
    ma, mb = _members(store, a), _members(store, b)
    if not ma or not mb:
        raise StoreError(f"entity {a if not ma else b} has no mentions linked to it: relink the store first")
    apart = [(x, y) for x, y in store.corrections().cannot_link if {x, y} & set(ma) and {x, y} & set(mb)]
    if any((x in ma and y in mb) or (x in mb and y in ma) for x, y in apart):
        raise StoreError(f"entities {a} and {b} were split apart by an earlier correction: merging them is refused")
    store.add_correction("must_link", ma[0], mb[0])
    store.relink(link)
    return _holder(store, ma[0])


def split(store: Store, entity: str, member: str) -> str:
    """Take the mention ``member`` ("ARTICLE:ENTITY", the article id may be a unique prefix) out
    of the canonical entity ``entity``; returns the id of the entity it now forms on its own."""
    eid = canonical_id(store, entity)
    members = _members(store, eid)
    article, sep, item = member.partition(":")
    if not sep or not article or not item:
        raise StoreError(f"--member {member!r}: give ARTICLE_ID:ENTITY_ID (see `dateline people --json`)")
    chosen = [m for m in members if m.article_id.startswith(article) and m.item_id == item]
    if not chosen:
        raise StoreError(f"entity {eid} has no member {member!r} (see its members in `dateline people --json`)")
    if len(chosen) > 1:
        raise StoreError(f"{len(chosen)} members of entity {eid} match {member!r}: give more of the article id")
    if len(members) == 1:
        raise StoreError(f"entity {eid} has only one member: nothing to split")
    ref = chosen[0]
    for other in members:
        if other != ref:
            store.add_correction("cannot_link", ref, other)
    store.relink(link)
    return _holder(store, ref)


def _holder(store: Store, ref: Ref) -> str:
    el = t.entity_links.c
    with _errors(store.where), store.engine.connect() as conn:
        return str(
            conn.execute(
                select(el.canonical_id).where(el.article_id == ref.article_id, el.entity_id == ref.item_id)
            ).scalar_one()
        )
