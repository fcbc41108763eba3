"""Events, casualties and claims on sentences written for these tests, then the seed."""

from __future__ import annotations

import pytest

from dateline.extract import extract_article
from dateline.read import read_bytes

HEAD = "Test headline for events in a story\n\nBy Test Writer\n29 October 2025\n\nNAIROBI: "


def article(body: str, options):
    (raw,) = read_bytes("t.txt", (HEAD + body).encode(), options)
    return extract_article(raw, options)


def names(art, ids):
    by = {e.id: e.name for e in art.entities}
    return [by[i] for i in ids]


def event(art, category, trigger_words):
    hits = [e for e in art.events if e.type == category and any(w in e.trigger.lower() for w in trigger_words)]
    assert hits, f"no {category} {trigger_words} among {[(e.type, e.trigger) for e in art.events]}"
    return hits[0]


@pytest.mark.parametrize(
    ("sentence", "category", "trigger"),
    [
        ("Kenya and Ethiopia signed an agreement on trade in Addis Ababa on Monday.", "AGREE", ("agreement", "sign")),
        ("The foreign ministers of Kenya and Uganda met in Kampala on Tuesday.", "CONSULT", ("met",)),
        ("The African Union endorsed the peace plan drawn up by Kenya.", "SUPPORT", ("endorse",)),
        ("Kenya and Somalia will cooperate on border security, officials said.", "AGREE", ("cooperate",)),
        ("The rebels agreed to cooperate with the army on demining.", "AGREE", ("agreed",)),
        ("The World Bank provided emergency aid to Somalia after the floods.", "AID", ("aid", "provided")),
        ("Ethiopia withdrew its troops from the disputed town of Badme.", "RETREAT", ("withdrew",)),
        ("Uganda demanded that Kenya release the detained fishermen.", "REQUEST", ("demanded",)),
        ("Sudan accused Ethiopia of backing the rebel militia.", "ACCUSE", ("accused",)),
        ("Eritrea rejected the proposal for new border talks.", "REJECT", ("rejected",)),
        ("Somalia threatened to expel the Kenyan ambassador over the dispute.", "THREATEN", ("threaten",)),
        ("Thousands of farmers protested in Nairobi against the new tax.", "PROTEST", ("protest",)),
        ("The European Union imposed sanctions on Sudan's military leaders.", "SANCTION", ("sanction",)),
        ("Kenya deployed troops to the border with Somalia on Sunday.", "MOBILIZE", ("deployed",)),
        ("Police arrested 40 protesters in Kampala on Friday.", "COERCE", ("arrested",)),
        ("Militants attacked an army base near Mogadishu on Saturday.", "ASSAULT", ("attacked",)),
        ("Ethiopia admitted its forces had crossed into Sudan.", "CONCEDE", ("admitted",)),
    ],
)
def test_one_sentence_per_category(options, sentence, category, trigger):
    art = article("Officials from several countries in the region spoke about the crisis.\n\n" + sentence, options)
    event(art, category, trigger)


def test_actors_recipients_location_date(options):
    art = article(
        "Officials spoke about the conflict on Wednesday.\n\n"
        "Sudan accused Ethiopia of backing the rebel militia on Monday.\n\n"
        "Kenya and Uganda met in Kampala on Oct. 19 to discuss the border.",
        options,
    )
    acc = event(art, "ACCUSE", ("accused",))
    assert names(art, acc.actors) == ["Sudan"] and names(art, acc.recipients) == ["Ethiopia"]
    assert acc.date is not None and acc.date.value == "2025-10-27"
    met = event(art, "CONSULT", ("met",))
    assert set(names(art, met.actors)) == {"Kenya", "Uganda"}
    assert met.location is not None and met.location.name == "Kampala" and met.location_source == "sentence"
    assert met.date is not None and met.date.value == "2025-10-19"


def test_dateline_place_and_published_date_are_marked_as_fallbacks(options):
    art = article(
        "Officials met the protesters in the morning to hear their complaints about the new tax on fuel.\n\n"
        "Later the protesters attacked a police station.",
        options,
    )
    ev = event(art, "ASSAULT", ("attacked",))
    assert ev.location is not None and ev.location.name == "Nairobi" and ev.location_source == "dateline"
    assert ev.date is not None and ev.date.value == "2025-10-29" and ev.date_source == "published"


def test_negated_hypothetical_and_reported(options):
    art = article(
        "The talks ended without a result on Monday, officials said.\n\n"
        "The talks failed to yield an agreement.\n\n"
        "The rebels might attack the capital if the talks collapse.\n\n"
        "Clashes killed 12 soldiers near the border, according to the army.",
        options,
    )
    assert event(art, "AGREE", ("agreement",)).negated
    assert event(art, "ASSAULT", ("attack",)).hypothetical
    clash = event(art, "ASSAULT", ("clash",))
    assert clash.reported_by is not None


def test_denial_answers_the_accusation_about_its_country(options):
    art = article(
        "Officials from both countries spoke to reporters about the dispute on Monday.\n\n"
        "Pakistan has long accused India of backing militant groups in the region, though New Delhi has "
        "consistently denied the allegation.",
        options,
    )
    accusation = [c for c in art.claims if c.stance == "asserts" and "backing militant groups" in c.text]
    denial = [c for c in art.claims if c.stance == "denies"]
    assert accusation and denial
    assert denial[0].claimant_name == "New Delhi" and denial[0].responds_to == accusation[0].id


def test_seed_events(seed_records):
    a, b = seed_records
    strike = event(a, "ASSAULT", ("airstrike",))
    assert strike.mode == "aerial" and strike.location is not None and strike.location.name == "Kabul"
    clashes = [e for e in a.events if e.type == "ASSAULT" and "clash" in e.trigger.lower()]
    counted = {(c.count, c.status) for e in clashes for c in e.casualties}
    assert counted >= {(5, "killed"), (25, "killed")}
    assert event(a, "AGREE", ("ceasefire",)).date.value == "2025-10-19"
    assert "Khawaja Asif" in names(a, event(a, "ACCUSE", ("blamed",)).actors)
    assert event(b, "CONSULT", ("visit", "arriv", "attend", "meeting")).location.name == "Kuwait"


def test_markdown_report_shows_when_what_and_claims(options):
    from dateline.report import markdown

    art = article(
        "Officials from both countries spoke about the dispute on Monday.\n\n"
        "Sudan accused Ethiopia of backing the <b>rebel</b> militia on Monday, officials said.",
        options,
    )
    md = markdown(art)
    assert "## When" in md and "## What happened" in md and "## Claims" in md
    assert "<b>" not in md  # article text is escaped


def test_rule_lists_hold_words_not_yaml_booleans():
    from dateline import rules

    assert "no" in rules.word_set("events.yaml", "negators")
