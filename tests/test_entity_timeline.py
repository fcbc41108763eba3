"""One entity's timeline across articles: its events, one entry per incident, in date order."""

from __future__ import annotations

from dateline.link.model import CanonicalEntity, Incident, Links, Ref
from dateline.link.timelines import entity_timeline
from dateline.record import Article, Date, Entity, Event, Offsets, Quote, Source, Speaker

A_TEXT = (
    'Boeing Co. signed a deal with the air force on Monday. Airbus protested the award. "We won fairly," Boeing said.'
)
B_TEXT = "Boeing signed the tanker deal this week. In 2006, rivals accused Boeing of bribery."


def _event(eid: str, trigger: str, text: str, actors: list[str], date: Date | None = None) -> Event:
    start = text.index(trigger)
    end = text.index(".", start) + 1
    sent = text.rfind(". ", 0, start)
    return Event(
        id=eid,
        type="AGREE",
        trigger=trigger,
        actors=actors,
        date=date,
        evidence=Offsets(start=sent + 2 if sent >= 0 else 0, end=end),
        trigger_span=Offsets(start=start, end=start + len(trigger)),
    )


def _entity(eid: str, name: str, text: str, etype: str = "ORG") -> Entity:
    spans = []
    at = text.find(name)
    while at >= 0:
        spans.append(Offsets(start=at, end=at + len(name)))
        at = text.find(name, at + 1)
    return Entity(id=eid, name=name, type=etype, mentions=spans)  # type: ignore[arg-type]


def _articles() -> tuple[list[Article], Links]:
    a = Article(
        id="a",
        source=Source(),
        text=A_TEXT,
        published=Date(value="2008-03-04", precision="day"),
        entities=[_entity("e1", "Boeing Co.", A_TEXT), _entity("e2", "Airbus", A_TEXT)],
        events=[
            _event("v1", "signed", A_TEXT, ["e1"], Date(value="2008-03-03", precision="day")),
            _event("v2", "protested", A_TEXT, ["e2"]),
        ],
        quotes=[
            Quote(
                id="q1",
                text="We won fairly,",
                kind="direct",
                start=A_TEXT.index("We"),
                end=A_TEXT.index(',"') + 1,
                speaker=Speaker(entity="e1", name="Boeing Co."),
                cue="say",
                cue_span=Offsets(start=A_TEXT.index("said"), end=A_TEXT.index("said") + 4),
            )
        ],
    )
    b = Article(
        id="b",
        source=Source(),
        text=B_TEXT,
        published=Date(value="2008-03-07", precision="day"),
        entities=[_entity("e1", "Boeing", B_TEXT)],
        events=[
            _event("v1", "signed", B_TEXT, ["e1"]),
            _event("v2", "accused", B_TEXT, [], Date(value="2006-01-01", precision="year")),
        ],
    )
    links = Links(
        entities=[
            CanonicalEntity("c1", "Boeing Co.", "ORG", [Ref("a", "e1"), Ref("b", "e1")], aliases=["Boeing"]),
            CanonicalEntity("c2", "Airbus", "ORG", [Ref("a", "e2")]),
        ],
        incidents=[Incident("i1", "AGREE", [Ref("a", "v1"), Ref("b", "v1")])],
    )
    return [a, b], links


def test_actor_events_one_entry_per_incident_dated_by_the_earliest_report() -> None:
    arts, links = _articles()
    tl = entity_timeline(arts, links, "boeing")  # an alias of the canonical entity, any case
    assert [(e.date, e.events) for e in tl] == [("2008-03-03", [Ref("a", "v1"), Ref("b", "v1")])]


def test_sentence_mentions_add_events_and_dates_keep_their_precision() -> None:
    arts, links = _articles()
    tl = entity_timeline(arts, links, "Boeing Co.", sentence=True)
    # "rivals accused Boeing": Boeing is no actor, but its sentence names it; a year stays a year
    assert [(e.date, e.events) for e in tl] == [
        ("2006", [Ref("b", "v2")]),
        ("2008-03-03", [Ref("a", "v1"), Ref("b", "v1")]),
    ]


def test_other_entities_and_unknown_names() -> None:
    arts, links = _articles()
    assert [(e.date, e.events) for e in entity_timeline(arts, links, "Airbus")] == [("2008-03-04", [Ref("a", "v2")])]
    assert entity_timeline(arts, links, "Lockheed Martin") == []


def test_without_published_dates_an_event_with_no_date_of_its_own_is_undated() -> None:
    arts, links = _articles()
    assert [(e.date, e.events) for e in entity_timeline(arts, links, "Airbus", published=False)] == [
        (None, [Ref("a", "v2")])
    ]
    # the incident keeps the date one of its reports gives it
    assert [e.date for e in entity_timeline(arts, links, "Boeing", published=False)] == ["2008-03-03"]


def test_quotes_of_the_entity_are_statements_dated_by_their_article() -> None:
    arts, links = _articles()
    tl = entity_timeline(arts, links, "Boeing", quotes=True)
    assert [(e.date, e.events) for e in tl] == [
        ("2008-03-03", [Ref("a", "v1"), Ref("b", "v1")]),
        ("2008-03-04", [Ref("a", "q1")]),
    ]
    assert [e.events for e in entity_timeline(arts, links, "Airbus", quotes=True)] == [[Ref("a", "v2")]]
