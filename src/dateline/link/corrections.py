"""A user's corrections to entity linking, applied on top of whatever the linker found.

``dateline entities merge`` records ``must_link`` pairs and ``entities split`` records
``cannot_link`` pairs (see the store's ``entity_corrections``). Applying them here, after
the linker, makes them hold whatever the linker does: a linker that already respects them
leaves nothing to change, so applying twice changes nothing. Merges are applied first,
then splits: a split made after a merge is not undone by it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from .model import CanonicalEntity, Corrections, Ref


def apply(entities: Sequence[CanonicalEntity], corrections: Corrections) -> list[CanonicalEntity]:
    out = [_copy(e) for e in entities]
    for a, b in corrections.must_link:
        ea, eb = _holder(out, a), _holder(out, b)
        if ea is not None and eb is not None and ea is not eb:
            keep, gone = (ea, eb) if min(ea.members) <= min(eb.members) else (eb, ea)
            _absorb(keep, gone)
            out.remove(gone)
    for a, b in corrections.cannot_link:
        ea = _holder(out, a)
        if ea is not None and ea is _holder(out, b) and len(ea.members) > 1:
            out.append(_split_off(ea, a))
    return sorted(out, key=lambda e: e.id)


def _copy(e: CanonicalEntity) -> CanonicalEntity:
    return CanonicalEntity(
        id=e.id,
        name=e.name,
        type=e.type,
        members=list(e.members),
        aliases=list(e.aliases),
        roles=list(e.roles),
        geonames_id=e.geonames_id,
    )


def _holder(entities: Sequence[CanonicalEntity], ref: Ref) -> CanonicalEntity | None:
    return next((e for e in entities if ref in e.members), None)


def _absorb(keep: CanonicalEntity, gone: CanonicalEntity) -> None:
    """``keep`` takes ``gone``'s members, names and roles; the fuller name (and its type) stays."""
    keep.members = sorted(set(keep.members) | set(gone.members))
    names = {keep.name, gone.name, *keep.aliases, *gone.aliases}
    if len(gone.name) > len(keep.name):
        keep.name, keep.type = gone.name, gone.type
    keep.aliases = sorted(names - {keep.name})
    keep.roles = [*keep.roles, *gone.roles]
    keep.geonames_id = keep.geonames_id or gone.geonames_id


def _split_off(entity: CanonicalEntity, ref: Ref) -> CanonicalEntity:
    """Take one member out of ``entity`` as an entity of its own (its id cannot clash with the one
    a linker gives a group, which hashes the group's first member without this prefix)."""
    entity.members = [m for m in entity.members if m != ref]
    key = hashlib.sha1(f"split:{ref}".encode()).hexdigest()[:12]
    return CanonicalEntity(id="p" + key, name=entity.name, type=entity.type, members=[ref])
