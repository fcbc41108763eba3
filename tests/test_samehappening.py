"""One happening told with several words of its family is one event (extract/samehappening.py);
two acts of one kind told apart by place or day stay two. Sentences written for these tests."""

from __future__ import annotations

from dateline.extract import extract_article
from dateline.read import read_bytes

HEAD = "Test headline for a story about the march\n\nBy Test Writer\n29 October 2025\n\nNAIROBI: "


def article(body: str, options):
    (raw,) = read_bytes("t.txt", (HEAD + body).encode(), options)
    return extract_article(raw, options)


def of_type(art, category):
    return [e for e in art.events if e.type == category]


def test_a_demonstration_told_three_ways_is_one_event(options):
    art = article(
        "Thousands of nurses protested outside parliament on Monday over unpaid wages.\n\n"
        "The rally was organised by the national nurses' union.\n\n"
        "The nurses chanted slogans and waved placards for several hours.",
        options,
    )
    protests = of_type(art, "PROTEST")
    assert len(protests) == 1, [(e.trigger, e.location, e.date) for e in protests]
    assert len(protests[0].mentions) == 3


def test_two_protests_in_two_cities_are_two_events(options):
    art = article(
        "Hundreds of farmers protested in Mombasa over the low price paid for maize.\n\n"
        "Hundreds of farmers rallied in Kisumu over the low price paid for maize.",
        options,
    )
    assert len(of_type(art, "PROTEST")) == 2


def test_an_inquiry_told_again_is_one_event(options):
    art = article(
        "The anti-corruption commission opened an inquiry into the sale of the land.\n\n"
        "Officers of the commission are investigating payments made to two councillors.",
        options,
    )
    inquiries = [e for e in of_type(art, "ACCUSE") if e.mode == "investigate"]
    assert len(inquiries) == 1 and len(inquiries[0].mentions) == 2


def test_an_inquiry_and_an_accusation_stay_two(options):
    art = article(
        "The commission opened an inquiry into the sale of the land.\n\n"
        "The governor accused the commission of acting for his rivals.",
        options,
    )
    assert len(of_type(art, "ACCUSE")) == 2


def test_a_criticism_told_as_one_more_stays_apart(options):
    art = article(
        "The budget cuts were widely criticised after they were announced.\n\n"
        "Teachers also criticised the cuts, saying schools would suffer.",
        options,
    )
    critics = [e for e in of_type(art, "ACCUSE") if "critici" in e.trigger.lower()]
    assert len(critics) == 2, [(e.trigger, e.actors, e.actor_descriptors) for e in critics]


def test_aid_told_by_a_verb_and_its_object_is_one_event(options):
    art = article(
        "The Red Cross provided emergency relief to the hundreds of families who lost their homes in the floods.",
        options,
    )
    aid = of_type(art, "AID")
    assert len(aid) == 1, [e.trigger for e in aid]


def test_two_meetings_side_by_side_in_one_sentence_stay_two(options):
    art = article(
        "The council, which would return to peace talks with the rebels if they disarm, "
        "called for an emergency meeting of its members.",
        options,
    )
    assert len(of_type(art, "CONSULT")) == 2, [(e.trigger, e.hypothetical) for e in of_type(art, "CONSULT")]


def test_aid_sent_is_one_event_with_the_aid(options):
    art = article(
        "A convoy of trucks delivered aid to the flooded villages along the river on Monday morning, officials said.",
        options,
    )
    aid = of_type(art, "AID")
    assert len(aid) == 1, [e.trigger for e in aid]


def test_two_protests_on_two_days_are_two_events(options):
    art = article(
        "Nurses protested outside the health ministry on 3 March over unpaid wages.\n\n"
        "Nurses rallied outside the health ministry on 20 May to demand the wages.",
        options,
    )
    protests = of_type(art, "PROTEST")
    assert len(protests) == 2, [(e.trigger, e.date, e.date_source) for e in protests]


def test_a_later_telling_by_a_verb_gives_the_merged_event_its_doers_and_day(options):
    art = article(
        "Protests over the new bus fares spread through the poorer districts.\n\n"
        "Market traders demonstrated outside the transport authority on Friday, blocking its gates.",
        options,
    )
    protests = of_type(art, "PROTEST")
    assert len(protests) == 1, [(e.trigger, e.location, e.date) for e in protests]
    ev = protests[0]
    assert [d.text for d in ev.actor_descriptors] == ["Market traders"], ev.actor_descriptors
    assert ev.date is not None and ev.date.value == "2025-10-24" and ev.date_source == "clause"


def test_a_later_telling_by_a_noun_gives_the_merged_event_nothing(options):
    art = article(
        "Thousands of nurses protested outside parliament over unpaid wages.\n\n"
        "Buses from Eldoret left at 3 a.m. on Monday for the rally.",
        options,
    )
    protests = of_type(art, "PROTEST")
    assert len(protests) == 1, [(e.trigger, e.location, e.date) for e in protests]
    assert protests[0].date_source == "published" and protests[0].location_source == "dateline"


def test_an_earlier_inquiry_named_as_written_stays_apart(options):
    # "earlier" and "latest" are listed as written; their lemmas ("early", "late") are not
    art = article(
        "The ombudsman opened an inquiry into the award of the harbour contract.\n\n"
        "The contractor had been cleared in an earlier inquiry into the same tender.",
        options,
    )
    inquiries = [e for e in of_type(art, "ACCUSE") if e.mode == "investigate"]
    assert len(inquiries) == 2, [(e.trigger, e.mentions) for e in inquiries]


def test_two_critics_folded_into_one_unattributed_criticism_stay_two(options):
    # the first telling names no critic and agrees with both; the second and third name two
    art = article(
        "The new harbour tax has drawn criticism since it was announced in March.\n\n"
        "Mayor Lena Vasquez voiced criticism of the tax at a council meeting.\n\n"
        "Governor Piet Marais voiced criticism of the tax in a speech to traders.",
        options,
    )
    critics = [e for e in of_type(art, "ACCUSE") if "critici" in e.trigger.lower()]
    assert len(critics) == 2, [(e.trigger, e.actors, len(e.mentions)) for e in critics]


def test_a_later_telling_dated_long_before_gives_the_merged_event_nothing(options):
    # an older protest told for background: its month, town and doers are not today's
    art = article(
        "Protests against the new water tariffs spread across the coastal towns.\n\n"
        "In June 2021, fishermen demonstrated in Malindi over the price of diesel.",
        options,
    )
    protests = of_type(art, "PROTEST")
    first = min(protests, key=lambda e: e.evidence.start)
    assert first.date is None or first.date_source == "published", first.date
    assert first.location is None or first.location.name != "Malindi", first.location
    assert not first.actor_descriptors, first.actor_descriptors


def test_a_later_telling_dated_years_ago_gives_the_merged_event_nothing(options):
    art = article(
        "Protests against the fuel levy spread through the northern counties.\n\n"
        "Four years ago, boda boda riders demonstrated in Garissa against a similar levy.",
        options,
    )
    protests = of_type(art, "PROTEST")
    first = min(protests, key=lambda e: e.evidence.start)
    assert first.date is None or first.date_source == "published", first.date
    assert first.location is None or first.location.name != "Garissa", first.location
