"""A user's corrections hold whatever the linker found: merges join, splits part, and applying
them to a linking that already respects them changes nothing."""

from __future__ import annotations

from dateline.link.corrections import apply
from dateline.link.model import CanonicalEntity, Corrections, Ref, Role

A1, A2, B1, C1 = Ref("a", "e1"), Ref("a", "e2"), Ref("b", "e1"), Ref("c", "e4")


def people() -> list[CanonicalEntity]:
    return [
        CanonicalEntity(id="p1", name="Attaullah Tarar", type="PERSON", members=[A1],
                        roles=[Role("Information Minister", "a")]),
        CanonicalEntity(id="p2", name="Tarar", type="ORG", members=[B1]),
        CanonicalEntity(id="p3", name="Khawaja Asif", type="PERSON", members=[A2, C1]),
    ]  # fmt: skip


def by_member(entities: list[CanonicalEntity]) -> dict[Ref, str]:
    return {m: e.id for e in entities for m in e.members}


def test_no_corrections_change_nothing():
    assert apply(people(), Corrections()) == people()


def test_a_merge_joins_two_entities_under_the_fuller_name():
    merged = apply(people(), Corrections(must_link=[(B1, A1)]))
    [tarar] = [e for e in merged if A1 in e.members]
    assert tarar.members == [A1, B1] and tarar.id == "p1"
    assert (tarar.name, tarar.type, tarar.aliases) == ("Attaullah Tarar", "PERSON", ["Tarar"])
    assert [r.title for r in tarar.roles] == ["Information Minister"]
    assert len(merged) == 2


def test_a_split_takes_one_member_out_under_a_new_id():
    split = apply(people(), Corrections(cannot_link=[(C1, A2)]))
    ids = by_member(split)
    assert ids[C1] != ids[A2] and ids[A2] == "p3"
    assert ids[C1] not in {"p1", "p2", "p3"} and len(split) == 4


def test_applying_twice_is_applying_once():
    fixes = Corrections(must_link=[(A1, B1)], cannot_link=[(C1, A2)])
    once = apply(people(), fixes)
    assert apply(once, fixes) == once


def test_a_split_made_after_a_merge_wins():
    fixes = Corrections(must_link=[(A1, B1)], cannot_link=[(B1, A1)])
    ids = by_member(apply(people(), fixes))
    assert ids[A1] != ids[B1]


def test_corrections_about_mentions_no_longer_stored_are_ignored():
    gone = Ref("zzz", "e9")
    assert apply(people(), Corrections(must_link=[(gone, A1)], cannot_link=[(gone, A2)])) == people()
