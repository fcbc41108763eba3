"""Linking across articles: near-duplicates, canonical entities and stories, on articles written for these tests.

The records are built by hand (entities as the extractor would give them), so each rule is
tested alone and without the spaCy pipeline.
"""

from __future__ import annotations

import pytest

from dateline.link import Corrections, Ref, duplicates, entities, link
from dateline.record import Article, Date, Entity, Geo, Offsets, Source

REPORT = """\
Heavy rain set off a landslide that buried six houses in the hill village of Kalam on Tuesday, \
killing at least nine people, the district administration said.

Rescue workers from the provincial disaster authority dug through mud and rocks with shovels \
until nightfall, and a team of army engineers was flown in from Saidu Sharif by helicopter.

"We have pulled out nine bodies and we fear more are under the debris," said Rahim Gul, \
the deputy commissioner of Swat, who visited the site in the afternoon.

The road between Kalam and Bahrain was closed by three smaller slides, leaving several hundred \
tourists stranded in hotels along the river. Officials said the road would reopen once the \
rain eased, possibly by Thursday.

The meteorological department has forecast more rain in the upper valleys for the rest of the week."""

# the same agency story on another site: a new headline, a line of its own, one word changed
COPY = REPORT.replace("the district administration said", "district officials said").replace(
    "for the rest of the week.", "for the rest of the week.\n\nThis story was supplied by a news agency."
)

# the same report, updated later the same day: a new toll, a paragraph added
UPDATE = (
    REPORT.replace("at least nine people", "at least 14 people").replace("nine bodies", "14 bodies")
    + """

By evening the toll had risen to 14 as rescuers reached the last of the buried houses, \
the deputy commissioner said, and two injured children were taken to hospital in Mingora."""
)

# another reporter's account of the same landslide: the same facts, written anew
OTHER_WRITE_UP = """\
Nine people died when a mudslide triggered by days of downpours swept over homes in Kalam, \
a resort town in the Swat valley, officials said on Tuesday.

Army engineers joined local volunteers in the search. Deputy commissioner Rahim Gul told \
reporters that nine bodies had been recovered and that rescuers feared more victims remained \
buried.

Hundreds of holidaymakers were stuck after the Kalam-Bahrain road was blocked in three places."""

FOLLOW_UP = """\
Mourners buried the victims of Tuesday's landslide in Kalam on Wednesday, as rescue workers \
searched the mud for two people still missing.

Deputy commissioner Rahim Gul said the provincial disaster authority would pay compensation \
to the families of the dead and rebuild the six houses the slide destroyed.

Engineers began clearing the Kalam-Bahrain road, where stranded tourists waited for a second day."""

UNRELATED = """\
The national cricket selectors named an unchanged squad on Wednesday for the two-match Test \
series in Colombo, keeping faith with the batsmen who struggled in the last home series.

Chief selector Wahab Riaz said the team needed stability before a long season, and that the \
fast bowlers had recovered from injuries.

The first Test starts on the fourth of next month at the Sinhalese Sports Club ground."""


def article(text: str, *, title: str, published: str | None = None, ents: list[Entity] | None = None) -> Article:
    from dateline.record import article_id

    return Article(
        id=article_id(title, text),
        source=Source(path=f"{title}.txt"),
        title=title,
        published=Date(value=published, precision="day") if published else None,
        text=text,
        entities=ents or [],
    )


def person(eid: str, name: str, *, roles: list[str] | None = None, aliases: list[str] | None = None) -> Entity:
    return Entity(
        id=eid, name=name, type="PERSON", roles=roles or [], aliases=aliases or [], mentions=[Offsets(start=0, end=1)]
    )


def place(eid: str, name: str, geonames_id: int | None = None, kind: str = "GPE") -> Entity:
    geo = Geo(name=name, geonames_id=geonames_id) if geonames_id else None
    return Entity(id=eid, name=name, type=kind, geo=geo)  # type: ignore[arg-type]


def org(eid: str, name: str, aliases: list[str] | None = None) -> Entity:
    return Entity(id=eid, name=name, type="ORG", aliases=aliases or [])


# --- near-duplicates ----------------------------------------------------------------------------


def test_syndicated_copy_and_updated_version_are_one_group():
    arts = [
        article(REPORT, title="Landslide kills nine in Swat"),
        article(COPY, title="Nine dead as landslide buries houses in Kalam"),
        article(UPDATE, title="Swat landslide toll rises to 14"),
    ]
    groups = duplicates.group(arts)
    assert len(groups) == 1
    assert set(groups[0].article_ids) == {a.id for a in arts}
    assert groups[0].canonical == arts[2].id  # the longest version is shown


def test_another_write_up_of_the_same_event_is_not_a_copy():
    arts = [article(REPORT, title="Landslide kills nine in Swat"), article(OTHER_WRITE_UP, title="Mudslide in Kalam")]
    assert duplicates.group(arts) == []


def test_unrelated_articles_are_not_copies():
    arts = [article(REPORT, title="Landslide"), article(UNRELATED, title="Cricket squad")]
    assert duplicates.group(arts) == []


def test_shingles_ignore_case_punctuation_and_layout():
    assert duplicates.shingles("The rain, it FELL\n\non the hills.", 3) == duplicates.shingles(
        "the rain it fell on the hills", 3
    )


# --- canonical entities ---------------------------------------------------------------------------


def canonical_of(result, ref: Ref):
    return next(c for c in result if ref in c.members)


def test_two_khawajas_stay_apart_and_tarar_joins_attaullah_tarar():
    a = article(
        "Defence Minister Khawaja Asif and Shaza Fatima Khawaja attended ...",
        title="Cabinet",
        published="2024-05-02",
        ents=[
            person("e1", "Khawaja Asif", roles=["Defence Minister"]),
            person("e2", "Shaza Fatima Khawaja", roles=["Minister of State for IT"]),
            person("e3", "Attaullah Tarar", roles=["Information Minister"]),
            person("e4", "Tarar"),  # the extractor left the bare surname apart
            person("e5", "Khawaja"),  # two people carry it: no merge
        ],
    )
    b = article(
        "Information Minister Attaullah Tarar said ...",
        title="Briefing",
        published="2024-05-03",
        ents=[person("e1", "Attaullah Tarar", roles=["Information Minister"]), person("e2", "Khawaja Asif")],
    )
    result = entities.link([a, b], Corrections())
    asif = canonical_of(result, Ref(a.id, "e1"))
    shaza = canonical_of(result, Ref(a.id, "e2"))
    assert asif is not shaza
    assert Ref(b.id, "e2") in asif.members  # same full name in two articles
    tarar = canonical_of(result, Ref(a.id, "e3"))
    assert {Ref(a.id, "e4"), Ref(b.id, "e1")} <= set(tarar.members)
    bare = canonical_of(result, Ref(a.id, "e5"))
    assert bare.members == [Ref(a.id, "e5")]
    assert tarar.name == "Attaullah Tarar" and "Tarar" in tarar.aliases
    assert [(r.title, r.published) for r in tarar.roles] == [
        ("Information Minister", "2024-05-02"),
        ("Information Minister", "2024-05-03"),
    ]


def test_shared_surname_alone_never_merges_across_articles():
    a = article("...", title="a", ents=[person("e1", "Imran Khan"), org("e2", "Pakistan Tehreek-e-Insaf")])
    b = article("...", title="b", ents=[person("e1", "Sarfraz Khan"), org("e2", "Pakistan Tehreek-e-Insaf")])
    c = article("...", title="c", ents=[person("e1", "Khan"), org("e2", "Pakistan Tehreek-e-Insaf")])
    result = entities.link([a, b, c], Corrections())
    people = [e for e in result if e.type == "PERSON"]
    assert len(people) == 3


def test_surname_with_role_joins_in_one_story_but_not_years_apart():
    full = article(
        "...",
        title="a",
        published="2024-05-02",
        ents=[person("e1", "Attaullah Tarar", roles=["Information Minister"]), org("e2", "PEMRA")],
    )
    later = article(
        "...",
        title="b",
        published="2024-05-04",
        ents=[person("e1", "Tarar", roles=["Federal Information Minister"]), org("e2", "PEMRA")],
    )
    years = article(
        "...",
        title="c",
        published="2031-01-10",
        ents=[person("e1", "Tarar", roles=["Information Minister"]), org("e2", "PEMRA")],
    )
    result = entities.link([full, later, years], Corrections())
    tarar = canonical_of(result, Ref(full.id, "e1"))
    assert Ref(later.id, "e1") in tarar.members
    assert Ref(years.id, "e1") not in tarar.members


def test_bare_surname_joins_the_one_person_of_its_story_who_carries_it():
    story = [org("e8", "Provincial Disaster Management Authority"), place("e9", "Kalam")]
    full = article("...", title="a", ents=[person("e1", "Rahim Gul"), person("e2", "Khawaja Asif"), *story])
    bare = article("...", title="b", ents=[person("e1", "Gul"), *story])
    # two people carry "Khawaja" (first word of one name, last of the other): nobody's
    other = article("...", title="c", ents=[person("e1", "Shaza Fatima Khawaja"), *story])
    ambiguous = article("...", title="d", ents=[person("e1", "Khawaja"), *story])
    # the same surname in an article of another story: no evidence
    elsewhere = article("...", title="e", ents=[person("e1", "Gul"), org("e2", "Pakistan Cricket Board")])
    result = entities.link([full, bare, other, ambiguous, elsewhere], Corrections())
    gul = canonical_of(result, Ref(full.id, "e1"))
    assert Ref(bare.id, "e1") in gul.members
    assert Ref(elsewhere.id, "e1") not in gul.members
    assert canonical_of(result, Ref(ambiguous.id, "e1")).members == [Ref(ambiguous.id, "e1")]


def test_alias_an_article_defines_joins_the_acronym_elsewhere():
    a = article("...", title="a", ents=[org("e1", "National Disaster Management Authority", aliases=["NDMA"])])
    b = article("...", title="b", ents=[org("e1", "NDMA")])
    result = entities.link([a, b], Corrections())
    assert len(result) == 1 and result[0].name == "National Disaster Management Authority"


def test_places_join_on_geonames_id_and_two_places_of_one_name_stay_apart():
    a = article("...", title="a", ents=[place("e1", "Paris", 2988507), place("e2", "Hyderabad", 1176734)])
    b = article("...", title="b", ents=[place("e1", "Paris", 4717560), place("e2", "Hyderabad, Sindh", 1176734)])
    result = entities.link([a, b], Corrections())
    assert canonical_of(result, Ref(a.id, "e1")) is not canonical_of(result, Ref(b.id, "e1"))
    assert canonical_of(result, Ref(a.id, "e2")) is canonical_of(result, Ref(b.id, "e2"))


def test_short_form_joins_the_one_full_name_it_fits():
    a = article("...", title="a", ents=[person("e1", "Mian Muhammad Nawaz Sharif")])
    b = article("...", title="b", ents=[person("e1", "Mian Nawaz Sharif")])
    result = entities.link([a, b], Corrections())
    assert len(result) == 1


def test_corrections_join_and_split_after_the_automatic_pass():
    a = article("...", title="a", ents=[person("e1", "Ali Khan"), person("e2", "Maulana Fazl")])
    b = article("...", title="b", ents=[person("e1", "Ali Khan"), person("e2", "Fazlur Rehman")])
    auto = entities.link([a, b], Corrections())
    assert canonical_of(auto, Ref(a.id, "e1")) is canonical_of(auto, Ref(b.id, "e1"))
    fixed = entities.link(
        [a, b],
        Corrections(must_link=[(Ref(a.id, "e2"), Ref(b.id, "e2"))], cannot_link=[(Ref(a.id, "e1"), Ref(b.id, "e1"))]),
    )
    assert canonical_of(fixed, Ref(a.id, "e1")) is not canonical_of(fixed, Ref(b.id, "e1"))
    assert canonical_of(fixed, Ref(a.id, "e2")) is canonical_of(fixed, Ref(b.id, "e2"))


def test_ids_are_stable_when_articles_come_in_another_order_or_more_arrive():
    a = article("...", title="a", ents=[person("e1", "Rahim Gul")])
    b = article("...", title="b", ents=[person("e1", "Rahim Gul")])
    c = article("...", title="c", ents=[person("e1", "Wahab Riaz")])
    first = {e.name: e.id for e in entities.link([a, b], Corrections())}
    again = {e.name: e.id for e in entities.link([c, b, a], Corrections())}
    assert again["Rahim Gul"] == first["Rahim Gul"]


# --- stories --------------------------------------------------------------------------------------


def landslide_people() -> list[Entity]:
    return [person("e1", "Rahim Gul", roles=["deputy commissioner"]), place("e2", "Kalam"), place("e3", "Swat")]


def test_a_follow_up_a_day_later_joins_the_story_an_unrelated_article_does_not():
    first = article(REPORT, title="Landslide kills nine in Swat", published="2025-07-15", ents=landslide_people())
    follow = article(FOLLOW_UP, title="Kalam buries its dead", published="2025-07-16", ents=landslide_people())
    other = article(
        UNRELATED,
        title="Selectors keep squad",
        published="2025-07-16",
        ents=[person("e1", "Wahab Riaz", roles=["Chief selector"]), place("e2", "Colombo")],
    )
    links = link([first, follow, other])
    story = next(s for s in links.stories if first.id in s.article_ids)
    assert sorted(story.article_ids) == sorted([first.id, follow.id])
    assert story.first == "2025-07-15" and story.last == "2025-07-16"
    assert any(s.article_ids == [other.id] for s in links.stories)


def test_the_same_words_months_apart_are_two_stories():
    first = article(REPORT, title="Landslide kills nine in Swat", published="2025-07-15", ents=landslide_people())
    later = article(FOLLOW_UP, title="Kalam buries its dead", published="2026-03-02", ents=landslide_people())
    assert len(link([first, later]).stories) == 2


@pytest.mark.parametrize("n", [0, 1])
def test_few_articles(n):
    arts = [article(REPORT, title="Landslide", published="2025-07-15")][:n]
    assert len(link(arts).stories) == n


# --- end to end: the records the extractor makes ----------------------------------------------------

CABINET = """Cabinet approves flood relief package

ISLAMABAD: The federal cabinet on Thursday approved a relief package for families hit by the floods \
in Sindh, Information Minister Attaullah Tarar told a news conference.

Defence Minister Khawaja Asif said the army would keep its relief camps open until the water receded. \
Shaza Fatima Khawaja, the minister of state for IT, said mobile networks had been restored in most districts.

Tarar said the package would be paid through the Benazir Income Support Programme within two weeks.
"""

PAYMENTS = """Relief payments to start next week, says minister

ISLAMABAD: Payments from the flood relief package will begin next week, Information Minister Tarar \
said on Friday.

Speaking to reporters in Islamabad, Tarar said the Benazir Income Support Programme had already \
verified the first 200,000 families in Sindh.

Khawaja Asif, the defence minister, visited a relief camp in Dadu.
"""


@pytest.mark.slow
def test_extracted_articles_link_tarar_and_keep_the_khawajas_apart():
    import dateline

    first, second = dateline.extract(CABINET) + dateline.extract(PAYMENTS)
    links = link([first, second])
    people = [e for e in links.entities if e.type == "PERSON"]

    def holding(article: Article, name: str):
        eid = next(e.id for e in article.entities if e.name == name and e.type == "PERSON")
        return next(c for c in people if Ref(article.id, eid) in c.members)

    tarar = holding(first, "Attaullah Tarar")
    assert holding(second, "Tarar") is tarar
    asif = holding(first, "Khawaja Asif")
    assert holding(second, "Khawaja Asif") is asif
    # however the extractor cuts her name, she is not him
    others = [c for c in people if c is not asif and any("Fatima" in n for n in [c.name, *c.aliases])]
    assert others and not any("Fatima" in n for n in [asif.name, *asif.aliases])
    assert len(links.stories) == 1
