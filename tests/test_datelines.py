"""Datelines in the forms wire services and newspapers print (data/datelines.yaml)."""

import pytest

from dateline.read.layout import clean_body, read_dateline, split_dateline


@pytest.mark.parametrize(
    ("para", "place", "rest"),
    [
        ("KIGALI, Rwanda (Reuters) — Rwanda's central bank held its key rate", "Kigali", "Rwanda's central bank held"),
        ("MOSUL, Iraq/BAGHDAD (Reuters) - Iraqi forces retook a district", "Mosul", "Iraqi forces retook a district"),
        ("CAIRO/DUBAI (Reuters) - Egypt and the Gulf states agreed", "Cairo", "Egypt and the Gulf states agreed"),
        ("LISBON, March 4 (Reuters) - Portugal's parliament voted", "Lisbon", "Portugal's parliament voted"),
        ("PARIS, 4 mars (AFP) - Le gouvernement a annoncé", "Paris", "Le gouvernement a annoncé"),
        ("BEIRUT, Lebanon, Oct. 12 (AP) — Lebanese banks reopened", "Beirut", "Lebanese banks reopened"),
        ("SÃO PAULO (Reuters) - Brazil's real weakened on Tuesday", "São Paulo", "Brazil's real weakened"),
        ("BOGOTÁ, Colombia (AP) — Colombia's president named a new", "Bogotá", "Colombia's president named"),
        ("ISLAMABAD: The federal cabinet approved the budget", "Islamabad", "The federal cabinet approved"),
        ("RIO DE JANEIRO (Reuters) - Rio's mayor said", "Rio de Janeiro", "Rio's mayor said"),
        ("WASHINGTON, D.C. — The Senate passed the bill", "Washington", "The Senate passed the bill"),
        ("THE HAGUE (Reuters) - Judges at the court ruled", "The Hague", "Judges at the court ruled"),
        ("Nairobi, Kenya (CNN) — Kenya's health ministry said", "Nairobi", "Kenya's health ministry said"),
        ("WINSTON-SALEM, N.C. (AP) — A police officer was", "Winston-Salem", "A police officer was"),
        # title case with no agency: a place the gazetteer knows, before a long dash and a capital
        ("Sacramento – Hundreds of nurses marched on the Capitol", "Sacramento", "Hundreds of nurses marched"),
        ("Lisbon — Portugal's parliament voted late on Friday", "Lisbon", "Portugal's parliament voted"),
    ],
)
def test_dateline_forms(para, place, rest):
    dl, text = split_dateline(para)
    assert dl is not None and dl.place == place
    assert text.startswith(rest)


@pytest.mark.parametrize(
    "para",
    [
        "(Reuters) - The company said on Monday it would cut jobs.",  # the agency is not a place
        "REUTERS - The company said on Monday it would cut jobs.",
        "UPDATE: The company said on Monday it would cut jobs.",  # a label, not a place
        "New York Times reporters said - again - that the memo was real.",
        "The minister said: talks have failed.",
        "EXCLUSIVE — Bank weighs sale of its Asian unit",
        # title case with no agency: not a place, or not before a long dash and a lead
        "Meanwhile – The union said it would strike again in May.",
        "Marta Quintela – The councillor who led the vote resigned.",
        "Sacramento - Hundreds of nurses marched on the Capitol",
        "Sacramento – hundreds of nurses, it turned out, marched",
    ],
)
def test_not_datelines(para):
    dl, text = split_dateline(para)
    assert dl is None and text == para


def test_place_and_stamp_line():
    dl, stamp, rest = read_dateline("BAGHDAD | Wed Mar 4, 2015 9:12am EST")
    assert dl is not None and dl.place == "Baghdad"
    assert stamp is not None and stamp.date is not None and stamp.date.value == "2015-03-04"
    assert rest == ""


def test_dateline_alone_then_stamp_line_above_the_lead(options):
    blocks = [
        ["MOSUL, Iraq/BAGHDAD (Reuters) -"],
        ["Wed Mar 4, 2015 9:12am EST"],
        ["Iraqi troops and Shi'ite militias pushed into the outskirts of the city on Wednesday, officers said."],
        ["The offensive is the largest since the army retook the north of the province last year."],
    ]
    body = clean_body(blocks, options)
    assert body.dateline is not None and body.dateline.place == "Mosul"
    assert [s.date.value for s in body.stamps if s.date] == ["2015-03-04"]
    assert body.paragraphs[0].startswith("Iraqi troops")
    assert "Reuters" not in body.text and "9:12am" not in body.text


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("LUGANO, SWITZERLAND", "Lugano"),
        ("TOLEDO, Ohio", "Toledo"),
        ("SPRINGFIELD, Ill.", "Springfield"),
    ],
)
def test_press_release_dateline_on_its_own_line(options, line, place):
    # a press release prints the place and its state or country alone above the lead, with no dash
    blocks = [
        [line],
        ["A maker of hospital pagers said it would sell its handsets through a larger distributor."],
        ["The companies did not say what the deal was worth."],
    ]
    body = clean_body(blocks, options)
    assert body.dateline is not None and body.dateline.place == place
    assert body.paragraphs[0].startswith("A maker of hospital pagers")
    assert not body.headings


@pytest.mark.parametrize("line", ["NOTES, QUOTES", "LEFT, RIGHT", "UP NEXT", "Lugano, Switzerland"])
def test_capital_headings_with_a_comma_are_not_datelines(options, line):
    # no state or country after the comma (or a place not in capitals): a heading, not a dateline
    blocks = [
        [line],
        ["A maker of hospital pagers said it would sell its handsets through a larger distributor."],
    ]
    body = clean_body(blocks, options)
    assert body.dateline is None
