"""Claims: assertions with their quote, denials and the accusation they answer."""

from __future__ import annotations

from dateline.extract.nlp import ARTICLE_COMPONENTS

from .test_events import article


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


def test_claims_run_as_their_own_component_after_events():
    assert ARTICLE_COMPONENTS.index("dateline_claims") > ARTICLE_COMPONENTS.index("dateline_events")


def test_a_quote_with_a_speaker_is_an_assertion_pointing_at_its_quote(options):
    art = article(
        "Officials from both countries spoke to reporters about the dispute on Monday.\n\n"
        '"We will not accept any outside interference," Foreign Minister Amina Yusuf said.',
        options,
    )
    claims = [c for c in art.claims if c.stance == "asserts" and "outside interference" in c.text]
    assert claims and claims[0].quote in {q.id for q in art.quotes}
