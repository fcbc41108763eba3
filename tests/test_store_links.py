"""The link tables (derived, replaced whole by each relink) and the user's entity corrections
(kept), on SQLite and PostgreSQL."""

import json

import pytest

from dateline.errors import StoreError
from dateline.link import (
    CanonicalEntity,
    Corrections,
    DuplicateGroup,
    Incident,
    Links,
    Ref,
    Role,
    Story,
    link,
)
from dateline.store import Store

from .test_store import make, rows


@pytest.fixture
def store(db_url):
    with Store(db_url) as s:
        yield s


@pytest.fixture
def three(store):
    """Three stored articles: a wire story, its syndicated copy, and a follow-up."""
    arts = [make("Clash at the border"), make("Clash at the border (copy)"), make("Day after the clash")]
    for a in arts:
        store.add(a)
    return [a.id for a in arts]


def links_for(ids):
    a, b, c = ids
    minister = CanonicalEntity(
        id="p1", name="Attaullah Tarar", type="PERSON", members=[Ref(a, "e1"), Ref(b, "e1")],
        aliases=["Tarar", "Attaullah Tarar"], roles=[Role("information minister", a, "2025-10-29")],
    )  # fmt: skip
    place = CanonicalEntity(id="p2", name="Kabul", type="GPE", members=[Ref(c, "e1")], geonames_id=1138958)
    clash = Incident(
        id="i1", type="ASSAULT", events=[Ref(a, "v1"), Ref(b, "v1"), Ref(c, "v1")], date_start="2025-10-28",
        date_end="2025-10-29", place="Kabul", actors=["p1"], recipients=[], killed_min=5, killed_max=9,
        n_articles=3, n_outlets=2,
    )  # fmt: skip
    return Links(
        duplicates=[DuplicateGroup(id="d1", article_ids=[a, b], canonical=a)],
        entities=[minister, place],
        incidents=[clash],
        stories=[Story(id="s1", title="Border clash", article_ids=[a, b, c], incidents=["i1"],
                       first="2025-10-29", last="2025-10-30")],
    )  # fmt: skip


def test_links_are_stored_one_table_per_list(store, three):
    a, b, c = three
    store.save_links(links_for(three))
    assert rows(store, "select group_id, canonical_article from duplicate_groups") == [("d1", a)]
    assert sorted(rows(store, "select group_id, article_id from duplicate_members")) == sorted([("d1", a), ("d1", b)])
    assert sorted(rows(store, "select id, name, type, geonames_id, n_articles from canonical_entities")) == [
        ("p1", "Attaullah Tarar", "PERSON", None, 2),
        ("p2", "Kabul", "GPE", 1138958, 1),
    ]
    assert sorted(rows(store, "select alias from canonical_aliases where entity_id = 'p1'")) == [
        ("Attaullah Tarar",),
        ("Tarar",),
    ]
    assert rows(store, "select entity_id, title, article_id, published from canonical_roles") == [
        ("p1", "information minister", a, "2025-10-29")
    ]
    assert sorted(rows(store, "select article_id, entity_id, canonical_id from entity_links")) == sorted(
        [(a, "e1", "p1"), (b, "e1", "p1"), (c, "e1", "p2")]
    )
    [incident] = rows(store, "select * from incidents")
    assert incident == ("i1", "ASSAULT", "2025-10-28", "2025-10-29", "Kabul", '["p1"]', "[]", 5, 9, None, None, 3, 2)
    assert len(rows(store, "select * from incident_events where incident_id = 'i1'")) == 3
    assert rows(store, 'select id, title, "first", "last", n_articles from stories') == [
        ("s1", "Border clash", "2025-10-29", "2025-10-30", 3)
    ]
    assert len(rows(store, "select * from story_articles")) == 3
    assert rows(store, "select story_id, incident_id from story_incidents") == [("s1", "i1")]


def test_link_rows_join_the_facts_they_link(store, three):
    """incident_events joins events, entity_links joins entities: a link leads back to its sentences."""
    store.save_links(links_for(three))
    joined = rows(
        store,
        "select e.trigger, e.evidence_start from incident_events ie"
        " join events e on e.article_id = ie.article_id and e.event_id = ie.event_id",
    )
    assert joined == [("clashes", 0)] * 3
    names = rows(
        store,
        "select distinct en.name from entity_links l"
        " join entities en on en.article_id = l.article_id and en.entity_id = l.entity_id",
    )
    assert names == [("Kabul",)]


def test_a_relink_replaces_every_derived_row(store, three):
    store.save_links(links_for(three))
    kabul = CanonicalEntity(id="p9", name="Kabul", type="GPE", members=[Ref(three[0], "e1")])
    store.save_links(Links(entities=[kabul]))
    assert rows(store, "select id from canonical_entities") == [("p9",)]
    for table in ("duplicate_groups", "duplicate_members", "canonical_aliases", "canonical_roles", "incidents",
                  "incident_events", "stories", "story_articles", "story_incidents"):  # fmt: skip
        assert rows(store, f"select count(*) from {table}") == [(0,)], table


def test_a_relink_that_fails_leaves_the_previous_links(store, three):
    store.save_links(links_for(three))
    broken = links_for(three)
    broken.stories[0].article_ids.append("0000000000000000")  # no such article: the foreign key refuses it
    with pytest.raises(StoreError):
        store.save_links(broken)
    assert rows(store, "select id from stories") == [("s1",)]
    assert len(rows(store, "select * from story_articles")) == 3


def test_a_fact_stated_twice_is_one_row(store, three):
    links = links_for(three)
    links.entities[0].aliases.append("Tarar")
    links.entities[0].members.append(Ref(three[0], "e1"))
    store.save_links(links)
    assert len(rows(store, "select * from canonical_aliases where entity_id = 'p1'")) == 2
    assert len(rows(store, "select * from entity_links")) == 3


def test_incident_names_are_json_lists_of_any_text(store, three):
    links = links_for(three)
    links.incidents[0].actors = ['Robert"); DROP TABLE incidents;--', "Ministère de l'Intérieur"]
    store.save_links(links)
    [(actors,)] = rows(store, "select actors from incidents")
    assert json.loads(actors) == links.incidents[0].actors


# ---- corrections: user data, never replaced by a relink ----


def test_corrections_are_kept_in_order_and_survive_relinks(store, three):
    a, b, c = three
    store.add_correction("cannot_link", Ref(a, "e1"), Ref(c, "e1"))
    store.add_correction("must_link", Ref(a, "e1"), Ref(b, "e1"))
    store.save_links(links_for(three))
    store.save_links(Links())
    assert store.corrections() == Corrections(
        must_link=[(Ref(a, "e1"), Ref(b, "e1"))], cannot_link=[(Ref(a, "e1"), Ref(c, "e1"))]
    )
    [(made_at,)] = rows(store, "select made_at from entity_corrections where kind = 'must_link'")
    assert made_at[:2] == "20"


@pytest.mark.parametrize(
    ("kind", "b", "words"),
    [("merge", "e1", "unknown correction"), ("must_link", "e7", "no entity 'e7'")],
)
def test_a_correction_must_name_a_kind_and_stored_entities(store, three, kind, b, words):
    with pytest.raises(StoreError, match=words):
        store.add_correction(kind, Ref(three[0], "e1"), Ref(three[1], b))
    assert store.corrections() == Corrections()


def test_relink_computes_from_every_stored_article_and_the_corrections(store, three):
    store.add_correction("must_link", Ref(three[0], "e1"), Ref(three[1], "e1"))
    seen = {}

    def compute(articles, corrections):
        seen["ids"], seen["corrections"] = [x.id for x in articles], corrections
        return link(articles, corrections)

    links = store.relink(compute)
    assert seen["ids"] == three and seen["corrections"] == store.corrections()
    stored = rows(store, "select count(*) from canonical_entities")
    assert stored == [(len(links.entities),)]


def test_links_computed_while_an_article_arrived_are_computed_again(db_url, store, three):
    """The links saved last are computed from every article stored before they are saved."""
    calls = []

    def compute(articles, corrections):
        calls.append(len(articles))
        if len(calls) == 1:  # another process stores an article while the links are being computed
            with Store(db_url) as other:
                other.add(make("Late report"))
        return link(articles, corrections)

    links = store.relink(compute)
    assert calls == [3, 4]
    assert links == link(list(store.articles()), store.corrections())
    assert sorted(rows(store, "select id from canonical_entities")) == sorted((e.id,) for e in links.entities)


def test_a_role_filter_finds_a_title_kept_abbreviated(store, three):
    """Roles keep a title as the page wrote it ("Gov."); asking for the full word finds it too."""
    from dataclasses import replace

    from dateline.store import queries

    links = links_for(three)
    governor = replace(links.entities[0], roles=[Role("Massachusetts Gov.", three[0], "2025-10-29")])
    store.save_links(replace(links, entities=[governor, links.entities[1]]))
    assert [p["name"] for p in queries.people(store, role="governor")] == ["Attaullah Tarar"]
    assert [p["name"] for p in queries.people(store, role="Gov.")] == ["Attaullah Tarar"]
    assert queries.people(store, role="senator") == []
