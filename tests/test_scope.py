"""Negation, modality and non-event senses of event triggers (extract/scope.py), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from dateline.extract import extract_article
from dateline.read import read_bytes

HEAD = "Test headline for event scope\n\nBy Test Writer\n29 October 2025\n\nLUSAKA: "
# a second paragraph without any event, so that the body is long enough to be read as news
TAIL = "\n\nThe statement was read out on state radio in the capital late on Monday evening by a presenter."


def events(body: str, options):
    (raw,) = read_bytes("t.txt", (HEAD + body + TAIL).encode(), options)
    return extract_article(raw, options).events


def one(evs, trigger: str):
    hits = [e for e in evs if e.trigger.lower() == trigger]
    assert hits, f"no {trigger!r} among {[(e.type, e.trigger) for e in evs]}"
    return hits[0]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Zambia and Malawi will sign the border accord in Lilongwe on Friday.", "sign"),  # future
        ("Under the plan, Zambia would cut tariffs and accept an inspection of its mines.", "accept"),  # shared modal
        ("The disputed farms are to be handed over to Malawi next year.", "handed over"),  # "be to"
        ("The Zambian foreign minister is due to meet Malawian officials in Lilongwe.", "meet"),  # "due to"
        ("Ghana sent doctors to help Zambia during the outbreak.", "help"),  # purpose
        ("The World Food Programme said it would begin distributing food to Zambia.", "distributing"),  # phase verb
        ("Zambia and Malawi welcomed the proposed talks on water rights.", "talks"),  # planned
        ("Zambia announced talks to be held in Lusaka next week.", "talks"),  # "to be held"
        ("The peace talks with Malawi are scheduled to start in May.", "talks"),  # scheduled subject
        ("The envoy will leave Lusaka once the rebels release the hostages.", "release"),  # when/once under "will"
        ("Residents of Chipata voiced fears of a war with Malawi.", "war"),  # feared
        ("Zambia decided to withdraw its troops from the Malawian border.", "withdraw"),  # decided, not done
        ("Officials in Lusaka say a compromise with Malawi is possible.", "compromise"),  # "is possible"
        ("Zambian officials expected a deal with Malawi before June.", "deal"),  # expected
        ("Zambia urged Malawi to release the fishermen.", "release"),  # asked for
        ("The Lusaka teachers' union has called a protest in the capital for November 3.", "protest"),  # dated ahead
    ],
)
def test_not_yet_happened_is_hypothetical(options, sentence, trigger):
    ev = one(events(sentence, options), trigger)
    assert ev.hypothetical and not ev.negated


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The rebels in Kasama refused to surrender.", "surrender"),
        ("The ministry said Zambia could no longer supply the Malawian army.", "supply"),
        ("Residents of Mongu said food aid had yet to arrive.", "aid"),
    ],
)
def test_did_not_happen_is_negated(options, sentence, trigger):
    assert one(events(sentence, options), trigger).negated


def test_a_refusal_is_stated_now(options):
    ev = one(events("The Zambian government will not accept the new tariffs.", options), "accept")
    assert ev.type == "REJECT" and not ev.hypothetical and not ev.negated


def test_a_war_ended_was_fought(options):
    evs = events("Zambia praised the 2019 truce that ended the border war with Malawi.", options)
    assert not one(evs, "war").negated


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Every raid on a village is an attack on the whole province, the governor said.", {"raid", "attack"}),
        ("Raids on remote villages are cheap, the governor said.", {"raids"}),
        ("Zambia said it welcomed any treaty that brought calm to the lake.", {"treaty"}),
        ("A senator from the alliance spoke to reporters in Lusaka.", {"alliance"}),
        ("Malawian opposition leaders called the treaty a surrender.", {"surrender"}),
        ("The Lusaka council cannot meet the cost of the new bridge.", {"meet"}),
        ("Nothing is agreed until everything is agreed, the Zambian envoy said.", {"agreed"}),  # a maxim
        ("The weather agency warned that heavy rain would continue in Lusaka.", {"warned"}),  # a forecast
        ("The Zambian envoy spoke at a conference on airstrikes in Lusaka.", {"airstrikes"}),  # a topic
    ],
)
def test_not_a_happening(options, sentence, absent):
    triggers = {e.trigger.lower() for e in events(sentence, options)}
    assert not triggers & absent, triggers


def test_an_alliance_made_is_an_event(options):
    assert one(events("Zambia formed an alliance with Malawi on Monday.", options), "alliance").type == "COOPERATE"


def test_nothing_agreed_in_the_past_is_a_negated_event(options):
    assert one(events("Nothing was agreed at the meeting in Lusaka on Monday.", options), "agreed").negated


def test_a_rise_to_a_level_is_no_purpose():
    from dateline.extract.nlp import load
    from dateline.extract.scope import unrealised
    from dateline.settings import defaults

    nlp = load(defaults().model)
    doc = nlp.make_doc("The kwacha fell five percent to settle at a new low.")
    for name, proc in nlp.pipeline:
        if name.startswith("dateline"):
            break
        doc = proc(doc)
    settle = next(t for t in doc if t.lower_ == "settle")
    assert settle.dep_ == "advcl" and not unrealised(settle)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Zambia reached an agreement with Malawi to end the border dispute.", "agreement"),  # its content is ahead
        ("The ceasefire between Zambia and the rebels is set to take effect on Friday.", "ceasefire"),  # made
    ],
)
def test_made_with_something_ahead_is_factual(options, sentence, trigger):
    assert not one(events(sentence, options), trigger).hypothetical


def test_a_modal_stops_at_the_noun_it_acts_on(options):
    ev = one(events("The Zambian spokesman could not provide details of the talks with Malawi.", options), "talks")
    assert not ev.negated and not ev.hypothetical


def test_meeting_it_is_no_meeting(options):
    evs = events("The Lusaka council has a shortfall and will decide how to meet it.", options)
    assert "meet" not in {e.trigger.lower() for e in evs}
