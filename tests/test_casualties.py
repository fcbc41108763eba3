"""Casualty figures: how each form is read, what is never a count, and which event a figure belongs to.

Every sentence here was written for these tests, in wire style.
"""

from __future__ import annotations

import pytest

from dateline.extract import extract_article
from dateline.extract.casualties import read_sentence
from dateline.extract.nlp import load, parse
from dateline.read import read_bytes

HEAD = "Test headline for casualties in a story\n\nBy Test Writer\n29 October 2025\n\nNAIROBI: "


@pytest.fixture(scope="module")
def nlp(options):
    return load(options.model)


def read(nlp, text: str) -> list[tuple]:
    doc = parse(nlp, text)
    out = []
    for sent in doc.sents:
        for f in read_sentence(sent):
            c = f.casualty
            out.append((c.count, c.count_max, c.status, c.group))
    return out


# a closing line with no event in it, so that short bodies are long enough to be news
TAIL = " Officials gave the latest figures to reporters in the capital later that evening."


def article(body: str, options):
    (raw,) = read_bytes("t.txt", (HEAD + body + TAIL).encode(), options)
    return extract_article(raw, options)


# how each form is read -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # participle after the event, with a subgroup
        ("Gunmen stormed a hotel in the port city, killing at least 14 people, including 9 foreigners.",
         [(14, None, "killed", "people"), (9, None, "killed", "foreigners")]),
        # a bare figure names no victims: its group is "people" (casualties.yaml unnamed_group)
        ("Rebels shelled the market, killing more than 300.", [(300, None, "killed", "people")]),
        ("The airliner crashed into a hillside, killing all 157 people on board.", [(157, None, "killed", "people")]),
        ("Troops killed and wounded scores of fighters in the hills.",
         [(40, 99, "killed", "fighters"), (40, 99, "wounded", "fighters")]),
        ("Jets struck a farm, leaving several people dead and injured.",
         [(3, 9, "killed", "people"), (3, 9, "wounded", "people")]),
        ("Raiders torched the village, killing three people and injuring several others.",
         [(3, None, "killed", "people"), (3, 9, "wounded", "others")]),
        # passive and appositive forms
        ("Fourteen people were killed when the bus was hit.", [(14, None, "killed", "people")]),
        ("The ambush left 5 dead and 20 wounded.", [(5, None, "killed", "people"), (20, None, "wounded", "people")]),
        ("Troops killed 23 soldiers of the rival faction.", [(23, None, "killed", "soldiers")]),
        ("The clash left five Somali soldiers and 25 militants dead.",
         [(25, None, "killed", "militants"), (5, None, "killed", "Somali soldiers")]),
        ("The death toll from the blast rose to 40 on Sunday.", [(40, None, "killed", "people")]),
        ("The death toll rose from 30 to 41 overnight.", [(41, None, "killed", "people")]),
        ("The number of dead rose to 40 and the number injured topped 2,200.",
         [(40, None, "killed", "people"), (2200, None, "wounded", "people")]),
        ("Seven soldiers suffered injuries in the ambush.", [(7, None, "wounded", "soldiers")]),
        ("Tens of fighters were killed.", [(20, 99, "killed", "fighters")]),
        ("Seven people died in the stampede that followed the explosion.", [(7, None, "killed", "people")]),
        ("At least 12 were injured and two police officers were hurt.",
         [(12, None, "wounded", "people"), (2, None, "wounded", "police officers")]),
        ("Eleven fishermen are still missing after the raid.", [(11, None, "missing", "fishermen")]),
        ("Police arrested 48 protesters and detained a dozen students.",
         [(48, None, "arrested", "protesters"), (12, None, "arrested", "students")]),
        ("The fighting forced 5,000 villagers to flee their homes.", [(5000, None, "displaced", "villagers")]),
        ("About 3,000 residents fled the shelling.", [(3000, None, "displaced", "residents")]),
        ("The floods left 2,000 families homeless.", [(2000, None, "displaced", "families")]),
        ("Two guards were shot dead at the gate.", [(2, None, "killed", "guards")]),
        ("The storm claimed 30 lives across the province.", [(30, None, "killed", "people")]),
        ("Officials reported 40 deaths and 12 arrests.",
         [(40, None, "killed", "people"), (12, None, "arrested", "people")]),
        ("Nine people, including three children, were killed.",
         [(9, None, "killed", "people"), (3, None, "killed", "children")]),
        # the subgroup hung on the verb of "left ... dead", or on the noun of the verb's own phrase
        ("The blast left nine people dead, including a local journalist and at least two police officers.",
         [(9, None, "killed", "people"), (1, None, "killed", "local journalist"),
          (2, None, "killed", "police officers")]),
        ("Bomb attacks in the northern town have left nine people dead including a local journalist.",
         [(9, None, "killed", "people"), (1, None, "killed", "local journalist")]),
        ("Security forces arrested 62 people after the riots, including 14 minors.",
         [(62, None, "arrested", "people"), (14, None, "arrested", "minors")]),
        # "fatally" makes any harm a killing
        ("Police fatally shot a teenager during the protest.", [(1, None, "killed", "teenager")]),
        ("Troops fatally wounded two smugglers at the border.", [(2, None, "killed", "smugglers")]),
        # two passive participles share their subject
        ("Dozens of rebels were killed and wounded in the fighting.",
         [(24, 99, "killed", "rebels"), (24, 99, "wounded", "rebels")]),
        # "nearly" on the number is a qualifier, not a near miss
        ("Nearly 40 people were killed in the raid.", [(40, None, "killed", "people")]),
        # qualifiers, ranges, words and vague counts
        ("Some 30 people were killed, nearly 40 were wounded and up to 12 are missing.",
         [(30, None, "killed", "people"), (40, None, "wounded", "people"), (12, None, "missing", "people")]),
        ("Between 10 and 15 people were killed in the raid.", [(10, 15, "killed", "people")]),
        ("Two or three people were hurt.", [(2, 3, "wounded", "people")]),
        ("Twenty-five soldiers died and a dozen were wounded.",
         [(25, None, "killed", "soldiers"), (12, None, "wounded", "people")]),
        ("The war has killed 1,200 civilians.", [(1200, None, "killed", "civilians")]),
        ("The violence killed 1.2 million people.", [(1200000, None, "killed", "people")]),
        ("Dozens of people were detained overnight.", [(24, 99, "arrested", "people")]),
        ("Hundreds were wounded in the clashes.", [(200, 999, "wounded", "people")]),
        ("The bombing tore through the square, leaving dozens dead.", [(24, 99, "killed", "people")]),
        ("Scores of soldiers were killed in the offensive.", [(40, 99, "killed", "soldiers")]),
        ("Many people were wounded and a few were arrested.",
         [(2, None, "wounded", "people"), (2, 5, "arrested", "people")]),
        ("The war has killed tens of thousands of people.", [(20000, 99999, "killed", "people")]),
        # one victim
        ("A 25-year-old was killed in the blast.", [(1, None, "killed", "25-year-old")]),
        ("A police officer was wounded by shrapnel.", [(1, None, "wounded", "police officer")]),
    ],
)  # fmt: skip
def test_forms(nlp, text, expected):
    assert read(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # years, ages, dates, money, percentages and times are never counts
        ("In 1998, when militants killed a village elder, the town was abandoned.",
         [(1, None, "killed", "village elder")]),
        ("The 2014 law on deaths in custody was passed after a long debate.", []),
        ("Three people, aged 40, 52 and 61, were missing.", [(3, None, "missing", "people")]),
        # (the age is no count; the one person named is: see test_one_person_by_name_or_pronoun_counts_one)
        ("Mwangi, 27, was also killed in the crash.", [(1, None, "killed", "Mwangi")]),
        ("Prices rose 40 percent and 300 dollars were lost.", []),
        ("Police said the killings took place at 3 pm on 12 May.", []),
        ("The three-day siege ended on Monday.", []),
        ("Community leaders urged residents not to kill one another.", []),
        # figures that did not happen
        ("The rebels threatened to kill 50 hostages.", []),
        ("A direct hit could kill thousands of people.", []),
        ("No one was injured and none of the 30 passengers were hurt.", []),
        # a near miss
        ("A crowd nearly lynched three men accused of theft.", []),
        ("Three men were almost killed when the roof fell.", []),
    ],
)  # fmt: skip
def test_never_a_count(nlp, text, expected):
    assert read(nlp, text) == expected


def test_absurd_counts_are_dropped_not_stored(nlp, options, tmp_path):
    assert read(nlp, "Soldiers killed 100000000000000000000000 people.") == []
    assert (
        read(nlp, "Soldiers killed " + "9" * 400 + " million people and " + "1" * 30 + "-" + "2" * 30 + " more.") == []
    )
    assert read(nlp, "Soldiers killed 2,000,000,000 people.") == []  # above max_count in casualties.yaml
    art = article("Soldiers attacked the town and killed 100000000000000000000000 people on Monday.", options)
    assert all(c.count is None or c.count <= 10**9 for e in art.events for c in e.casualties)
    from dateline.store import Store

    with Store(str(tmp_path / "t.db")) as store:
        assert store.add(art)


# which event a figure belongs to ----------------------------------------------------------------------------


def figures(art, trigger_words: str) -> set[tuple]:
    """The figures on the events whose trigger has one of the |-separated words."""
    evs = [e for e in art.events if any(w in e.trigger.lower() for w in trigger_words.split("|"))]
    assert evs, f"no event with {trigger_words!r} among {[(e.type, e.trigger) for e in art.events]}"
    return {(c.count, c.status, c.group) for e in evs for c in e.casualties}


@pytest.mark.parametrize(
    ("body", "trigger", "expected"),
    [
        # the participle hangs from the attack: the attack carries the figure
        ("Gunmen attacked a hotel in the capital on Monday, killing at least 14 people, including 9 foreigners.",
         "attack", {(14, "killed", "people"), (9, "killed", "foreigners")}),
        # the attack named as the cause of the killing
        ("The attack on the convoy killed 23 soldiers on Tuesday.", "attack", {(23, "killed", "soldiers")}),
        # (an events component may also read "killed in an airstrike" as one event, triggered by "killed")
        ("At least 12 people were killed in an airstrike on the market on Wednesday.", "airstrike|kill",
         {(12, "killed", "people")}),
        # a kill verb with no other event is the event itself
        ("Militants killed 23 soldiers near the border on Monday.", "kill", {(23, "killed", "soldiers")}),
        # a later sentence with no event of its own: the nearest earlier violent event in the paragraph
        ("Militants attacked a police post near the border on Monday. Officials said 8 officers died and "
         "11 were wounded.", "attack", {(8, "killed", "officers"), (11, "wounded", "people")}),
        ("Police raided the camp on Monday. Forty residents were still missing the next day.", "raid",
         {(40, "missing", "residents")}),
        # an arrest verb is a COERCE event of its own
        ("Police raided the camp on Monday. Officers detained 40 people.", "detain", {(40, "arrested", "people")}),
        # a harm with no doer of its own is what the violent event before it did
        ("Gunmen attacked a hotel in the capital on Monday. Officials said 14 guests were killed.", "attack",
         {(14, "killed", "guests")}),
    ],
)  # fmt: skip
def test_figure_goes_to_its_event(options, body, trigger, expected):
    assert figures(article(body, options), trigger) >= expected


@pytest.mark.parametrize(
    ("body", "trigger", "expected"),
    [
        # one person told by name or by a personal pronoun is a count of one
        ("Mary Wanjiku was arrested in April over a threat she made against the mayor.", "arrest",
         {(1, "arrested", "Mary Wanjiku")}),
        ("Police arrested Mary Wanjiku in the lobby of the hotel on Monday.", "arrest",
         {(1, "arrested", "Mary Wanjiku")}),
        ("The mayor said she was threatened by a caller. He was arrested in April.", "arrest", {(1, "arrested", "He")}),
    ],
)  # fmt: skip
def test_one_person_by_name_or_pronoun_counts_one(options, body, trigger, expected):
    assert figures(article(body, options), trigger) >= expected


def test_two_people_by_name_are_not_one_each(options):
    art = article("Police arrested Mary Wanjiku and Grace Achieng on Monday after a search of the market.", options)
    assert not [c for e in art.events for c in e.casualties if c.count == 1]


def test_figure_without_a_violent_event_is_left_out(options):
    art = article("The minister visited the flooded district on Monday.\n\nOfficials said 30 people died.", options)
    assert not [c for e in art.events for c in e.casualties]


HOTEL = "Gunmen attacked a hotel in the capital on Monday, killing 14 people, including 9 foreigners."


def test_subgroup_points_at_its_figure(options):
    art = article(
        "Gunmen attacked a hotel in the capital on Monday, killing 14 people, including 9 foreigners.", options
    )
    ev = next(e for e in art.events if e.casualties)
    whole = next(i for i, c in enumerate(ev.casualties) if c.count == 14)
    part = next(c for c in ev.casualties if c.count == 9)
    assert getattr(part, "part_of", None) == whole
    assert getattr(ev.casualties[whole], "qualifier", None) is None
    assert getattr(part, "part_of", None) is not None


def test_store_total_counts_a_subgroup_once(options, tmp_path):
    import sqlite3

    from dateline.store import Store

    art = article(HOTEL, options)
    db = str(tmp_path / "t.db")
    with Store(db) as store:
        store.add(art)
    killed = [row[0] for row in sqlite3.connect(db).execute("SELECT killed FROM events") if row[0] is not None]
    assert killed == [14]


def test_qualifier_is_kept(nlp):
    doc = parse(nlp, "Rebels shelled the town, killing at least 14 people.")
    (found,) = [f for s in doc.sents for f in read_sentence(s)]
    assert getattr(found.casualty, "qualifier", None) == "at least"


def test_sentence_that_mentions_an_event_again_goes_to_it(nlp):
    from dateline.extract.casualties import CasualtyLayer
    from dateline.record import Event, Offsets

    text = "Gunmen stormed a hotel on Monday. Police also raided a camp. Officials said 14 people died at the hotel."
    doc = parse(nlp, text)
    third = list(doc.sents)[2]

    def ev(id_: str, kind: str, word: str, mentions: list[Offsets]) -> Event:
        at = text.index(word)
        span = Offsets(start=at, end=at + len(word))
        return Event(id=id_, type=kind, trigger=word, evidence=span, trigger_span=span, mentions=mentions)

    hotel = ev("v1", "ASSAULT", "stormed", [Offsets(start=third.start_char, end=third.end_char)])
    camp = ev("v2", "COERCE", "raided", [])
    doc._.dl_events = [hotel, camp]
    CasualtyLayer()(doc)
    assert [(c.count, c.status) for c in hotel.casualties] == [(14, "killed")]
    assert camp.casualties == []


def test_a_harm_of_another_time_is_not_the_new_figure(options):
    art = article("Gunmen killed 7 people in the market on Sunday, the deadliest attack since 2016, when 30 people "
                  "were killed.", options)  # fmt: skip
    by_count = {c.count: e for e in art.events for c in e.casualties}
    assert by_count[7] is not by_count[30]
    assert by_count[30].date is not None and by_count[30].date.value.startswith("2016")
