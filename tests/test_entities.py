"""The entity layer: the seed's people, organisations and places, and general rules on our own sentences."""

import pytest

from dateline.extract import extract_article
from dateline.read import read_bytes


def entities_of(text, options):
    body = "Test headline for entities\n\nBy Test Writer\n1 May 2026\n\n" + text
    (raw,) = read_bytes("t.txt", body.encode(), options)
    art = extract_article(raw, options)
    return art, {e.name: e for e in art.entities}


def by_name(record, name):
    hits = [e for e in record.entities if e.name == name]
    assert hits, f"{name} not among {[e.name for e in record.entities]}"
    return hits[0]


def test_seed_entities(seed_records):
    a, b = seed_records
    tarar = by_name(a, "Attaullah Tarar")
    assert tarar.type == "PERSON" and "Tarar" in tarar.aliases
    assert any("information minister" in r.lower() for r in tarar.roles)
    assert tarar.affiliation == "Pakistan"
    asif = by_name(a, "Khawaja Asif")
    assert any("defense minister" in r.lower() for r in asif.roles)
    ttp = by_name(a, "Tehreek-e-Taliban Pakistan")
    assert ttp.type == "ORG" and "TTP" in ttp.aliases and len(ttp.mentions) >= 5
    for place, cc in [("Kabul", "AF"), ("Khost", "AF"), ("Kandahar", "AF"), ("Doha", "QA"), ("Istanbul", "TR")]:
        e = by_name(a, place)
        assert e.type == "GPE" and e.geo is not None and e.geo.country_code == cc
    assert by_name(a, "Türkiye").geo.country_code == "TR"
    shaza = by_name(b, "Shaza Fatima Khawaja")
    assert "Khawaja" in shaza.aliases and any("minister" in r.lower() for r in shaza.roles)
    assert all(e.name != "Khawaja Asif" for e in b.entities)
    assert "DCO" in by_name(b, "Digital Cooperation Organization").aliases
    assert any("prime minister" in r.lower() for r in by_name(b, "Shehbaz Sharif").roles)
    assert not any(e.type == "GPE" and e.name == "AI" for e in b.entities)


def test_mentions_point_at_the_text(seed_records):
    for art in seed_records:
        for e in art.entities:
            for m in e.mentions:
                surface = art.text[m.start : m.end]
                assert surface and surface[0].isalnum(), (e.name, surface)


def test_surname_joins_the_full_name(options):
    _art, ents = entities_of(
        "LAGOS: Finance Minister Wale Edun said on Monday that the budget would be revised. "
        "Edun told lawmakers that oil revenue had fallen short of forecasts by a wide margin this year.",
        options,
    )
    edun = ents["Wale Edun"]
    assert edun.type == "PERSON"
    assert len(edun.mentions) == 2
    assert any("finance minister" in r.lower() for r in edun.roles)
    assert "Edun" not in ents


def test_two_people_sharing_a_surname_stay_apart(options):
    art, _ents = entities_of(
        "Opposition leader Maria Santos criticised the plan on Tuesday, saying it ignored rural voters entirely. "
        "Her cousin, the economist Pedro Santos, said the plan was sound and overdue for a country of this size.",
        options,
    )
    names = {e.name for e in art.entities if e.type == "PERSON"}
    assert {"Maria Santos", "Pedro Santos"} <= names


def test_acronym_becomes_an_alias_and_its_mentions(options):
    art, _ents = entities_of(
        "NAIROBI: The Intergovernmental Authority on Development (IGAD) called for a ceasefire on Sunday. "
        "IGAD said its envoys would travel to the region this week to meet both sides in the conflict.",
        options,
    )
    igad = [e for e in art.entities if "IGAD" in e.aliases]
    assert igad, [e.name for e in art.entities]
    assert len(igad[0].mentions) >= 2


@pytest.mark.parametrize(
    ("sentence", "name", "role", "affiliation"),
    [
        ("Kenya's Foreign Minister Musalia Mudavadi said the talks would resume next month in Nairobi.",
         "Musalia Mudavadi", "Foreign Minister", "Kenya"),
        ("Ethiopia's water minister Habtamu Itefa said technical teams would meet again on Thursday in the capital.",
         "Habtamu Itefa", "Water Minister", "Ethiopia"),
        ("Antonio Guterres, the United Nations secretary-general, said the agreement was a first step forward.",
         "Antonio Guterres", "Secretary-General", None),
    ],
)  # fmt: skip
def test_roles_and_affiliation(sentence, name, role, affiliation, options):
    _, ents = entities_of(sentence + " Officials gave no further details about the timing of the meeting.", options)
    e = ents[name]
    assert any(role.lower() in r.lower() for r in e.roles), e.roles
    if affiliation:
        assert e.affiliation == affiliation
