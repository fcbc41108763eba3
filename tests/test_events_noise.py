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
        ('"We must show the protesters patience," she added.', "REQUEST"),
        ('"This growth should not turn into complacency," the governor said.', "REQUEST"),
        # helping to do something is no aid unless a party is helped
        ("The campaign helped to propel the senator into office in 2010.", "AID"),
        ("His debate win sparked a craze that helped to propel him into office.", "AID"),
        ("Grants from the ministry will help pay the cost of new classrooms.", "AGREE"),
        # idioms
        ("Heaven help us, the new bank calls itself Zoop.", "AID"),
        ("The striking nurses say they are not asking for the moon.", "REQUEST"),
        # bond yields, and a bond that yields a rate, concede nothing
        ("The notes rose in price to yield 2.1%, and bond yields slipped.", "CONCEDE"),
        # an accident told with the clause hung on a later phrase is no assault
        (
            "Following two crashes of the new jet in under four months that killed 200 people, the fleet was grounded.",
            "ASSAULT",
        ),
        (
            "Sales have been hit following two crashes of the new jet in under four months that killed 200 people.",
            "ASSAULT",
        ),
        # sitting in a court hearing is no meeting of parties
        ("Supporters of the guards attended the hearing in the federal court on Monday.", "CONSULT"),
        # prices that rally, market sentiment or spending held up
        ("Analysts tied the rally in bank stocks to the court ruling.", "PROTEST"),
        ("The Sensex has been rallying for a week despite the slowdown.", "PROTEST"),
        ("A key reason for the market rally is the strong quarter.", "PROTEST"),
        ("This is also supporting the sentiment, the broker said.", "SUPPORT"),
        ("The bank has little room to support consumption or investment demand.", "SUPPORT"),
        ("The bank has little room to support consumption or investment demand.", "REQUEST"),
        # rules broken, security put at risk, a product line scrapped, a listing sought
        ("The guards were charged with violating federal rules on inmate checks.", "REJECT"),
        ("Long shifts have compromised security at the jail, the union said.", "CONCEDE"),
        ("The planemaker said it would scrap production of the jumbo jet.", "REJECT"),
        ("The firm sought a stock-market listing last year.", "REQUEST"),
        # what is usually done, and acts that are the subject of a present "be": statements
        ("A steep discount is typically negotiated by airlines.", "CONSULT"),
        ("The foreign ministers of the two countries usually meet in Brussels.", "CONSULT"),
        ("Seeking asylum is not a crime, the doctors said.", "REQUEST"),
        ("Seeking asylum is not a crime, the doctors said.", "AID"),
        ("Many fear that to pause or seek compromise is to surrender entirely.", "RETREAT"),
        # a danger that something is, a fight against a social ill
        ("Street battles in the city are an existential threat to the regime, analysts say.", "THREATEN"),
        ("We should back the reforms and its own fight against corruption at home, the envoy said.", "ASSAULT"),
        # a blow by hand lands on a person (needs_captive_object): paint or a label slapped on is none
        ("The designers slapped a glossy coat of paint on the ageing product line.", "ASSAULT"),
        ("The retailer slaps its own label on cheap imported jackets.", "ASSAULT"),
        # refusing to say, offering a response, a trigger in a compound with another modifier
        ("The senator's refusal to say which side he backs was mocked.", "REJECT"),
        ("The lawyer declined to address whether his client slept on duty.", "REJECT"),
        ("Captain Cam Heyward, who lobbied for the ban, did not offer a response when asked about it.", "AID"),
        ("Migrants were held at the processing and detention centre for weeks.", "COERCE"),
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
        ('"Such experiments must be excluded from the lunar programme," he said.', "REQUEST", "said"),
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
