"""Events that are no happening of any PLOVER category (found by judging every event dateline
reported on real dev pages, bench/events_judged.py), on sentences written for these tests; and
the real events next to them that must stay."""

from __future__ import annotations

import pytest

from dateline.extract import extract_article
from dateline.read import read_bytes

HEAD = "Test headline for events in a story\n\nBy Test Writer\n29 October 2025\n\nNAIROBI: "
LEAD = "Officials from several countries in the region spoke about the crisis.\n\n"


def events(body: str, options) -> list[tuple[str, str]]:
    (raw,) = read_bytes("t.txt", (HEAD + LEAD + body).encode(), options)
    return [(e.type, e.trigger) for e in extract_article(raw, options).events]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # a "must"/"should" clause about the speakers themselves, or about a thing that is
        # neither a party nor a happening, asks nothing of anyone
        ('"We must give the strikers time," the manager added.', "REQUEST"),
        ('"The lull should not turn into idleness," the coach said.', "REQUEST"),
        # helping to do something is no aid unless a party is helped
        ("The grant helped to push the school into the top league in 2015.", "AID"),
        ("His viral speech started a trend that helped to carry him into the mayor's office.", "AID"),
        ("Fees from the new toll will help cover the price of road repairs.", "AGREE"),
        # idioms
        ("Heaven help us, the council has named the new bridge Blobby.", "AID"),
        ("Farmers at the depot insist they are not asking for the moon.", "REQUEST"),
        # bond yields, and a bond that yields a rate, concede nothing
        ("The municipal paper fell in value to yield 4.3%, while treasury yields climbed.", "CONCEDE"),
        # an accident told with the clause hung on a later phrase is no assault
        (
            "After two derailments of the night train within a year that killed 40 passengers, the line was shut.",
            "ASSAULT",
        ),
        (
            "Bookings fell following two derailments of the night train within a year that killed 40 passengers.",
            "ASSAULT",
        ),
        # sitting in a court hearing is no meeting of parties
        ("Relatives of the driver attended the hearing at the magistrates' court on Tuesday.", "CONSULT"),
        # prices that rally, market sentiment or spending held up
        ("Traders linked the rally in mining shares to the export figures.", "PROTEST"),
        ("The Kospi has been rallying for five sessions despite weak exports.", "PROTEST"),
        ("One big driver of the bond rally was the soft jobs report.", "PROTEST"),
        ("It is also supporting investor sentiment, the strategist said.", "SUPPORT"),
        ("The treasury has few tools left to support spending or export demand.", "SUPPORT"),
        ("The treasury has few tools left to support wages or investment demand.", "REQUEST"),
        # rules broken, security put at risk, a product line scrapped, a listing sought
        ("The inspectors were accused of violating safety rules on crane checks.", "REJECT"),
        ("Staff cuts have compromised safety at the plant, engineers said.", "CONCEDE"),
        ("The carmaker said it would scrap production of its smallest hatchback.", "REJECT"),
        ("The brewer sought a stock-market listing in Lagos two years ago.", "REQUEST"),
        # what is usually done, and acts that are the subject of a present "be": statements
        ("Lower fees are usually negotiated by the bigger shipping lines.", "CONSULT"),
        ("The foreign ministers of the two countries usually meet in Brussels.", "CONSULT"),
        ("Requesting asylum is not illegal, the lawyers argued.", "REQUEST"),
        ("Requesting asylum is not illegal, the lawyers argued.", "AID"),
        ("Few players think that to sit back and defend is to surrender the match.", "RETREAT"),
        # a danger that something is, a fight against a social ill
        ("Rising seas are a grave threat to the island's farms, scientists say.", "THREATEN"),
        ("The donors praised the ministry's long fight against corruption in the ports.", "ASSAULT"),
        # a blow by hand lands on a person (needs_captive_object): paint or a label slapped on is none
        ("The designers slapped a glossy coat of paint on the ageing product line.", "ASSAULT"),
        ("The retailer slaps its own label on cheap imported jackets.", "ASSAULT"),
        # refusing to say, offering a response, a trigger in a compound with another modifier
        ("The coach's refusal to say which striker will start drew jeers.", "REJECT"),
        ("The spokeswoman declined to address whether the mill would close.", "REJECT"),
        (
            "The club's owner, who pushed for the rule change, did not offer a comment when reached on Friday.",
            "AID",
        ),
        ("Asylum seekers were kept at the screening and detention facility for months.", "COERCE"),
    ],
)
def test_no_event(options, sentence, category):
    found = events(sentence, options)
    assert not [e for e in found if e[0] == category], found


@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        ("She said the rebels must free the hostages.", "REQUEST", "said"),
        # "US" is no "us"
        ("The forum concluded that the US must allocate more money to the clean-up.", "REQUEST", "concluded"),
        ('"The detentions are unlawful and must end," she told reporters.', "REQUEST", "must end"),
        ('"Such fees must be removed from the school budget," she said.', "REQUEST", "said"),
        ("The donors helped the rebels retake the town, the report said.", "AID", "helped"),
        ("The mission said its troops had helped secure the area around the port.", "AID", "helped"),
        ("Gunmen attacked a convoy in the valley in an ambush that killed 12 soldiers.", "ASSAULT", "killed"),
        ("The envoys attended talks in Geneva on Monday.", "CONSULT", "talks"),
        ("Thousands of farmers held a rally in the market square on Friday.", "PROTEST", "rally"),
        ("Troops violated the ceasefire on Sunday, the monitors said.", "ASSAULT", "violated"),
        ("The government scrapped the peace plan on Monday.", "REJECT", "scrapped"),
        ("The foreign ministers of the two countries met in Brussels on Monday.", "CONSULT", "met"),
        ("Eritrea refused to hand over the suspects.", "REJECT", "refused"),
        ("Police detained 40 protesters in Kampala on Friday.", "COERCE", "detained"),
        ("The World Bank provided emergency aid to Somalia after the floods.", "AID", "provided"),
        ("The rebels in the north routinely attacked army convoys last year.", "ASSAULT", "attacked"),
        ("The army stepped up its fight against the rebels in the north.", "ASSAULT", "fight"),
        ("The rebels threatened to attack the capital if talks failed.", "THREATEN", "threatened"),
        # what a demonstration is against is no "demonstration of force/power": only a fight,
        # battle or struggle against something reads by what it is against
        ("Villagers held a demonstration against the armed forces outside the barracks.", "PROTEST", "demonstration"),
        ("Fishermen organised a demonstration against wind power along the coast.", "PROTEST", "demonstration"),
        ("A guard slapped a prisoner in the yard on Monday, the inmates said.", "ASSAULT", "slapped"),
        # "asked for it" with a plain pronoun is a request like any other (only "asking for the
        # moon" is an idiom)
        ("The fishermen's union asked for it in two letters to the ministry last year.", "REQUEST", "asked"),
    ],
)
def test_real_events_next_to_them_stay(options, sentence, category, trigger):
    found = events(sentence, options)
    assert (category, trigger) in found, found
