"""Speakers: who a quote belongs to, and on what basis. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dateline.extract import extract_article
from dateline.extract.attribution import _subject
from dateline.names import first_name_gender
from dateline.read import read_bytes

HEAD = (
    "Test headline for speakers in a story\n\nBy Test Writer\n1 May 2026\n\n"
    "Our correspondent filed this report from the capital late on Friday afternoon.\n\n"
)
BASES = {"name", "title_name", "pronoun", "description", "organisation", "continuation", "fallback"}


def quotes_of(body: str, options):
    (raw,) = read_bytes("t.txt", (HEAD + body).encode(), options)
    return extract_article(raw, options).quotes


def one(quotes, words):
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote with {words!r} among {[q.text for q in quotes]}"
    return hits[0]


def name_of(q) -> str:
    return (q.speaker.name or "").lower()


# employers and organisations in descriptions --------------------------------------------------

EMPLOYERS = [
    (
        # a spokesman for someone else is a different person from the ministry spokesman named earlier
        "Defence ministry spokesman Piotr Nowak said the order was safe. "
        '"The turbines will ship in March," a spokesman for the engine maker said.',
        "turbines will ship",
        "engine maker",
        False,
        "organisation",
    ),
    (
        '"We are following events in the capital closely," a spokesperson for the Foreign Office said.',
        "following events",
        "foreign office",
        False,
        "organisation",
    ),
    (
        '"The ruling will be appealed," according to a statement issued by the ministry.',
        "ruling will be appealed",
        "ministry",
        False,
        "organisation",
    ),
    (
        '"We will not be intimidated by lawsuits," Harbour Times editor-in-chief Anna Berg said on Friday.',
        "not be intimidated",
        "anna berg",
        False,
        "title_name",
    ),
    (
        "A number of economists say the central bank will hold rates steady until the autumn.",
        "central bank will hold",
        "economist",
        True,
        "description",
    ),
]


@pytest.mark.parametrize(("body", "words", "speaker", "anonymous", "basis"), EMPLOYERS)
def test_employers_and_organisations(options, body, words, speaker, anonymous, basis):
    q = one(quotes_of(body, options), words)
    assert speaker in name_of(q)
    assert "nowak" not in name_of(q) and name_of(q) not in ("statement", "number")
    assert q.speaker.anonymous is anonymous
    assert q.speaker.basis == basis


def test_statement_issuer_speaks_and_is_the_channel(options):
    body = 'The port authority rejected the claims. "No vessel was turned away," the authority said in a statement.'
    q = one(quotes_of(body, options), "No vessel")
    assert "authority" in name_of(q) and q.channel == "statement"
    body = "A statement from the shipping company said the crew had been rescued unharmed."
    q = one(quotes_of(body, options), "crew had been rescued")
    assert "company" in name_of(q) and "statement" not in name_of(q)


# relayed quotes ---------------------------------------------------------------------------------

RELAYED = [
    (
        'Viktor Hale was detained by police on Tuesday. He called the judge a "traitor" and said '
        '"you will regret this ruling," the prosecutor\'s office said.',
        "you will regret",
        "viktor hale",
        "prosecutor",
    ),
    (
        "Investigators questioned Omar Haddad for six hours. Police said Haddad told the guard "
        '"nobody leaves this building tonight."',
        "nobody leaves",
        "omar haddad",
        "police",
    ),
]


@pytest.mark.parametrize(("body", "words", "speaker", "relayer"), RELAYED)
def test_relayed_quote_keeps_its_speaker(options, body, words, speaker, relayer):
    q = one(quotes_of(body, options), words)
    assert speaker in name_of(q)
    assert q.reported_by is not None and relayer in (q.reported_by.name or "").lower()


def test_plain_quote_has_no_relayer(options):
    q = one(quotes_of('"We are ready," said Mayor Lina Ortiz on Sunday.', options), "We are ready")
    assert q.reported_by is None


# gender ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Anna Berg", "f"), ("Piotr Nowak", "m"), ("Karen Hill", "f"), ("Tom Harlow", "m"), ("Berg", None)],
)
def test_first_name_gender(name, gender):
    assert first_name_gender(name) == gender


def test_he_never_resolves_to_a_woman(options):
    body = (
        "Transport chief Daniel Ochieng watched from the riverbank on Monday. Mayor Maria Lopez opened the new "
        'bridge. "This took eleven years to build," he said.'
    )
    q = one(quotes_of(body, options), "eleven years")
    assert "lopez" not in name_of(q)
    assert "ochieng" in name_of(q) and q.speaker.basis == "pronoun"


# attribution after trailing words, colons and lists --------------------------------------------

LATE = [
    (
        "Councillor Tom Harlow met the developers on Monday.\n\n"
        '"We told them in plain terms" to hold off on their plans, Harlow said.',
        "plain terms",
        "harlow",
    ),
    (
        "Former minister Sami Mansour criticised the government.\n\n"
        '"They did nothing for farmers" while they were in power, Mansour said.',
        "nothing for farmers",
        "mansour",
    ),
    (
        "Opposition leader Grace Wanjiru laid the blame on the finance minister: "
        '"He has emptied the treasury and lied about it."',
        "emptied the treasury",
        "grace wanjiru",
    ),
    (
        "President Rafael Costa spoke for an hour to party members. The president also said:\n\n"
        '"We will build ten new hospitals this year."\n\n'
        '"Taxes will not rise for working families."\n\n'
        "The speech was broadcast live on national television and radio.",
        "Taxes will not rise",
        "costa",
    ),
]


@pytest.mark.parametrize("marker", ["- ", "• ", "* "])
def test_list_items_after_said_colon(options, marker):
    from dateline.extract.nlp import load, parse

    text = (
        "President Rafael Costa spoke for an hour to party members. The president also said:\n\n"
        f'{marker}"We will build ten new hospitals this year."\n\n'
        f'{marker}"Taxes will not rise for working families."\n'
        f'{marker}"Every village will have a clinic by 2030."'
    )
    quotes = parse(load(options.model), text)._.dl_quotes
    for words in ("ten new hospitals", "Taxes will not rise", "Every village"):
        q = one(quotes, words)
        assert "costa" in name_of(q) and q.kind == "direct"


@pytest.mark.parametrize(("body", "words", "speaker"), LATE)
def test_attribution_after_trailing_words_colons_and_lists(options, body, words, speaker):
    q = one(quotes_of(body, options), words)
    assert speaker in name_of(q)
    # '"We told them in plain terms" to hold off ...': the writer's sentence goes on after the marks,
    # so the quoted words are a phrase in it (record.md's partial), as the real-page gold has it
    assert q.kind == ("partial" if words in ("plain terms", "nothing for farmers") else "direct")


def test_chant_and_critics_not_given_to_a_nearby_speaker(options):
    body = (
        "Dr. Karen Hill, the medical examiner, said the cause of death was not yet known. "
        'Marchers outside the courthouse chanted "No justice, no peace!" for an hour.'
    )
    q = one(quotes_of(body, options), "No justice")
    assert "hill" not in name_of(q)


def test_signed_and_continued_bases(options):
    body = (
        '"The dam will hold," chief engineer Ruth Adeyemi said. "We checked every joint twice."\n\n'
        '"It held in 1998 too," he said.'
    )
    qs = quotes_of(body, options)
    assert one(qs, "dam will hold").speaker.basis == "title_name"
    assert one(qs, "every joint").speaker.basis == "continuation"


def test_every_quote_has_a_basis(options):
    body = (
        'Finance Minister Sara Ndlovu said the budget was balanced. "Nobody will pay more," she said. '
        '"The numbers add up," an official said. The central bank said inflation would slow.'
    )
    qs = quotes_of(body, options)
    assert qs and all(q.speaker.basis in BASES for q in qs if q.speaker.name or q.speaker.descriptor)


def test_the_spokesman_is_the_one_described_before(options):
    body = (
        "Transport Minister Ivan Petrov's spokesman, Marko Ilic, said the tender was fair. "
        "A spokesman for Aerolink, which bid for the contract, declined to give figures.\n\n"
        '"We will study the decision carefully," the spokesman said.'
    )
    q = one(quotes_of(body, options), "study the decision")
    assert "aerolink" in name_of(q) and "ilic" not in name_of(q)
    assert q.speaker.basis == "organisation" and not q.speaker.anonymous


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            # gender from the name table: Judge Sarah Klein is not "he"
            "Prosecutor Paul Mendez asked for a long sentence. Judge Sarah Klein adjourned the hearing. "
            '"The evidence is overwhelming," he said.',
            "evidence is overwhelming",
            "mendez",
        ),
        (
            "Coach Elena Ruiz praised the team. Captain Mateo Silva scored twice. "
            '"We never stopped believing," she said.',
            "never stopped believing",
            "ruiz",
        ),
    ],
)
def test_pronoun_gender_from_first_names(options, body, words, speaker):
    q = one(quotes_of(body, options), words)
    assert speaker in name_of(q)


@pytest.mark.parametrize(
    ("body", "words", "speaker", "basis"),
    [
        (
            "The newspaper's offices were searched on Monday. Its editor-in-chief, Anna Berg, said the search was "
            "illegal and would be challenged in court.",
            "search was illegal",
            "anna berg",
            "title_name",
        ),
        (
            "The family has hired a lawyer. Her lawyer, Samuel Otieno, said the police had no warrant for the raid.",
            "police had no warrant",
            "samuel otieno",
            "title_name",
        ),
        (
            "Dr. Ravi Menon studies air pollution in the capital.\n\n"
            "“Part of the problem is that every source blames another one” Menon said. “Nobody wants rules.”",
            "every source blames",
            "ravi menon",
            "name",
        ),
    ],
)
def test_apposition_and_comma_less_trailing_attribution(options, body, words, speaker, basis):
    q = one(quotes_of(body, options), words)
    assert speaker in name_of(q) and q.speaker.basis == basis


def test_attribution_after_the_quotes_own_object(options):
    body = (
        "Lucia Ortega spoke after the hearing.\n\n"
        "“The whole affair upset” the family deeply, Ortega said. “We will not forget it.”"
    )
    q = one(quotes_of(body, options), "whole affair upset")
    assert "ortega" in name_of(q)


# phrasal reporting verbs: the verb reports only with the word that completes it
PHRASAL = [
    ("Senator Mark Dalton was asked about the vote.\n\n"
     "“It was never going to pass,” Dalton went on, smiling at the cameras.",
     "never going to pass", "dalton", "go on"),
    ("Harbour council leader Ruth Okafor spoke to reporters on Monday.\n\n"
     "As Okafor put it, “Nobody voted for a pier that nobody can use.”",
     "Nobody voted for a pier", "okafor", "put it"),
    ("“We will see them in court and we will win,” the union leader Sam Reyes fired back on Tuesday.",
     "see them in court", "sam reyes", "fire back"),
    ("“That figure leaves out every farm north of the river,” Deputy Mayor Ellen Ruiz pointed out.",
     "leaves out every farm", "ellen ruiz", "point out"),
    ("Deputy Mayor Ellen Ruiz pointed out that the figure leaves out every farm north of the river.",
     "leaves out every farm", "ellen ruiz", "point out"),
    ("Deputy Mayor Ellen Ruiz added that the figure leaves out every farm north of the river.",
     "leaves out every farm", "ellen ruiz", "add"),
    # verbs of manner report next to a quote
    ("“This is the best night of my life!” beamed Donna Hartley of Madison, who had sneaked onto the floor.",
     "best night of my life", "donna hartley", "beam"),
    ("Councillor Abe Moss leaned towards the microphone and boomed: “Let us vote this down tonight.”",
     "vote this down", "abe moss", "boom"),
    ("“If they were serious, they would have gone to the only bill with support from both sides,” Senator "
     "Pat Toller fumed on Tuesday.", "only bill with support", "pat toller", "fume"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "words", "speaker", "cue"), PHRASAL)
def test_phrasal_reporting_verbs(options, body, words, speaker, cue):
    q = one(quotes_of(body, options), words)
    assert speaker in name_of(q) and q.cue == cue


def test_a_phrasal_verb_alone_reports_nothing(options):
    body = (
        "The talks in the port city went on for hours on Sunday. Officials put the bill to a vote at night. "
        "The sun beamed on the square while the crowd laughed at the clowns. Unions pressed for higher pay."
    )
    cues = ("go on", "put it", "go", "put", "beam", "laugh", "press")
    assert not [q for q in quotes_of(body, options) if q.cue in cues]


# a recording of someone: the one recorded speaks, not the footage
RECORDED = [
    ("The new campaign ad uses footage of Senator Maria Ruiz asking, “Why am I not further ahead in this race?”",
     "further ahead", "maria ruiz"),
    ("The network aired a video of Defence Minister Karl Aho saying, “We will close the border tonight.”",
     "close the border", "karl aho"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "words", "speaker"), RECORDED)
def test_the_one_recorded_speaks(options, body, words, speaker):
    q = one(quotes_of(body, options), words)
    assert speaker in name_of(q) and q.speaker.basis in ("name", "title_name")


def test_nested_quote_closed_with_a_space_between_the_marks(options):
    # AP style puts a space between a nested closing mark and the outer one: '... outreach,' "
    body = (
        "Councillor Dana Whitfield spoke at the farmers' market on Saturday.\n\n"
        '"I have never liked the phrase \'rural outreach,\' " Whitfield told the crowd. "We live here."'
    )
    q = one(quotes_of(body, options), "never liked the phrase")
    assert q.end < q.start + 60 and "whitfield" in name_of(q) and q.speaker.basis == "name"


# object control: the one told, forced or led to speak is the speaker, not the cause
CONTROL = [
    ("A weak harvest forced Agriculture Minister Lena Brandt to admit that the subsidy plan had failed.",
     "subsidy plan had failed", "lena brandt"),
    pytest.param("Falling orders led the French manufacturer to announce it would close two plants next year.",
                 "close two plants", "french manufacturer",
                 marks=pytest.mark.xfail(reason="the small parser attaches 'to announce' as advcl, which a purpose "
                                                "clause ('visited the plant to announce') also is")),
]  # fmt: skip


@pytest.mark.parametrize(("body", "words", "speaker"), CONTROL)
def test_object_control_gives_the_speaker(options, body, words, speaker):
    q = one(quotes_of(body, options), words)
    assert speaker in name_of(q) or speaker in (q.speaker.descriptor or "").lower()


# a wrong confident speaker is worse than none: what lies around the quote must not lend one
NOT_LENT = [
    # the quote's own "the union wrote" outweighs the clause before the colon (whose subject is Ortiz)
    ("The letter also described the effect it said Rosa Ortiz, the first nurse elected mayor of the city, "
     "would have on nurses in the region: "
     "“Her record on pay and safety has opened doors for thousands of nurses,” the union wrote.",
     "opened doors", "union"),
    # a dash the parser takes for a noun is not the speaker
    ("When Ortiz noted that Carl Lang had not paid any city taxes ― as was true for the years his returns "
     "were made public ― Lang boasted, “That makes me smart.”",
     "makes me smart", "lang"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "words", "speaker"), NOT_LENT)
def test_the_quotes_own_attribution_wins(options, body, words, speaker):
    q = one(quotes_of(body, options), words)
    assert speaker in name_of(q) and q.reported_by is None


def test_no_attribution_from_the_next_line(options):
    # a finished sentence in marks, then a line break: "according to" on the next line is not its source
    body = (
        "Director Ann Rivera said she chose the subject because “most people have never heard of the rule,” "
        "she said. “We cannot plan for the future if we forget the past.”\n"
        "As it stands, the state holds 30 percent of the inmates, 40 percent of whom are young, according "
        "to the Bureau of Prisons. The film weaves together the voices of historians and activists."
    )
    # parsed as given (the paste reader would make the line its own paragraph; other sources may not)
    from dateline.extract.nlp import load, parse

    q = one(parse(load(options.model), body)._.dl_quotes, "forget the past")
    assert "bureau" not in name_of(q) and q.cue != "according to"


def test_words_that_name_no_one_are_a_fallback(options):
    body = (
        "Sales at the grocery chain fell for the third quarter in a row. "
        "This suggests that the new pricing plan has failed to win back customers."
    )
    q = one(quotes_of(body, options), "pricing plan has failed")
    assert q.speaker.basis == "fallback" and q.speaker.name is None and q.speaker.entity is None


def test_an_age_description_is_the_person_just_named(options):
    body = (
        "Ruth Adeyemi has grown maize on the same plot near the river for forty years.\n\n"
        "“We are not done yet,” the 72-year-old said."
    )
    q = one(quotes_of(body, options), "not done yet")
    assert "adeyemi" in name_of(q) and q.speaker.basis == "description"


def test_a_trade_description_is_the_one_person_the_page_gives_that_trade(options):
    # "the singer" is the one the article calls a singer, not the woman named just before
    body = (
        "The Swedish singer Marco Lindqvist opened his tour in Gdansk on Friday.\n\n"
        "The crowd cheered when Lindqvist said that Helena Moss would join him on stage.\n\n"
        "“I wrote every one of these songs in a cold kitchen,” said the singer."
    )
    q = one(quotes_of(body, options), "cold kitchen")
    assert "lindqvist" in name_of(q) and q.speaker.basis == "description"


def test_a_trade_description_is_not_whoever_was_named_last(options):
    # the goalkeeper waved last, but nothing calls him a singer: the description stays unresolved
    body = (
        "Marco Lindqvist opened his tour in Gdansk on Friday.\n\n"
        "The goalkeeper Piotr Nowak waved from the front row.\n\n"
        "“I wrote every one of these songs in a cold kitchen,” said the singer."
    )
    q = one(quotes_of(body, options), "cold kitchen")
    assert "nowak" not in name_of(q)


def test_an_indefinite_trade_description_is_someone_new(options):
    body = (
        "Marco Lindqvist opened his tour in Gdansk on Friday.\n\n"
        "“He never rests,” said a singer who toured with him in the nineties."
    )
    q = one(quotes_of(body, options), "never rests")
    assert "lindqvist" not in name_of(q)


def test_an_unnamed_patient_is_anonymous(options):
    # a case the page tells without ever naming the one it happened to
    body = (
        "Surgeons in Porto reported the case of a 58-year-old fisherman whose cough lasted two years.\n\n"
        "In the words of the patient: “Every winter I thought it was only the sea air.”\n\n"
        "According to the man, the new inhaler “changed everything within a week.”"
    )
    records = quotes_of(body, options)
    for words in ("only the sea air", "changed everything"):
        q = one(records, words)
        assert q.speaker.anonymous and q.speaker.entity is None


# typography and layout that hid the attribution
LAYOUT = [
    # a space before the closing double apostrophes
    ("''The reason he has won so often is that he built strong coalitions, '' said Mr. Gunn, who now works "
     "for the campaign.", "built strong coalitions", "gunn"),
    # an opening mark typed for the closing one
    ("“It's unusual,“ said Larry Nobel, an attorney with the Legal Aid Center. “It is hard to pull off.”",
     "unusual", "larry nobel"),
    # a past tense the parser hangs on the name before it
    ("Kate Lowry, the party's 2012 nominee, tweeted in response: “Important distinction: we never hide our "
     "accounts.”", "never hide our accounts", "kate lowry"),
    # a name alone before a colon: a headline, a digest line, a transcript
    ("Ann Loy: “We will not give up on the harbour plan this year or next.”\n\nThe council met on Monday.",
     "give up on the harbour", "ann loy"),
    ("Turnout matters most in small towns - Philip Barnes: “Two weeks ago, the strongest territory had been "
     "the south.”", "strongest territory", "philip barnes"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "words", "speaker"), LAYOUT)
def test_attribution_through_typography_and_layout(options, body, words, speaker):
    q = one(quotes_of(body, options), words)
    assert speaker in name_of(q)


def test_a_colon_after_words_that_are_no_name_gives_no_speaker(options):
    body = "The rules at the harbour are simple: “Nobody leaves the dock before the vote is taken.”"
    q = one(quotes_of(body, options), "Nobody leaves")
    assert q.speaker.name is None and q.speaker.entity is None


# issue 9: patterns found on realistic articles ------------------------------------------------

COUNTERPARTS = (
    'Foreign Minister Pavel Dorin welcomed the accord. "This is a good day for both our nations," he said.\n\n'
    'His Latvian counterpart, Andris Ozols, was more sceptical. "A signature costs nothing. We will see in spring," '
    'he said, adding that Riga expected the observers to stay "until the last checkpoint is gone".'
)

ISSUE9 = [
    # the one named in apposition to a subject is the latest "he", not the speaker before him
    (COUNTERPARTS, "signature costs nothing", "andris ozols"),
    # the words added in a clause of expecting are the adder's, not the clause subject's ("Riga")
    (COUNTERPARTS, "last checkpoint", "andris ozols"),
    # a bare "company" points back to the company the article just named
    (
        "Northwind Energy, which said in March that it would resume drilling, declined to comment. "
        'A company spokesman in Oslo said the group was "reviewing every option".',
        "reviewing every option",
        "northwind energy",
    ),
    # observers sent by an organisation speak for it, and "they had found" is their report
    (
        "The Electoral Council said on Monday the count would resume.\n\n"
        "Monitors from the European Union, who observed the vote, said on Friday that they had found "
        '"no sign of organised fraud" at the polling stations.',
        "no sign of organised fraud",
        "european union",
    ),
]


@pytest.mark.parametrize(("body", "words", "speaker"), ISSUE9)
def test_issue9_speakers(options, body, words, speaker):
    q = one(quotes_of(body, options), words)
    assert speaker in name_of(q)
    assert not q.speaker.anonymous


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            'Mayor Ines Calder denounced what she called "a shameful attack on our volunteers" and ordered an inquiry.',
            "shameful attack",
            "calder",
        ),
        (
            "The opposition leader, Tomas Brenner, attacked what officials described as "
            '"a bold reform of the pension system" in a speech on Monday.',
            "bold reform",
            "official",
        ),
    ],
)
def test_what_someone_called_is_their_quote(options, body, words, speaker):
    q = one(quotes_of(body, options), words)
    assert q.kind == "partial" and speaker in name_of(q)


def test_a_quote_with_an_unnamed_teller_is_anonymous(options):
    body = (
        "Ruth Adeyemi, the county engineer, said the dam would hold. Shopkeepers on the main street said they had been "
        'told "to expect the worst" before the weekend.'
    )
    q = one(quotes_of(body, options), "expect the worst")
    assert q.speaker.anonymous and q.speaker.entity is None and "adeyemi" not in name_of(q)


def test_a_chant_belongs_to_the_crowd_not_an_organisation(options):
    body = (
        "The Electoral Council said on Monday the count would resume.\n\n"
        'Senator Ruiz has refused to concede. "We will fight this in every court," he told farmers outside the '
        'council building on Sunday night, as they chanted "not one vote stolen".'
    )
    q = one(quotes_of(body, options), "not one vote stolen")
    assert "council" not in name_of(q) and "ruiz" not in name_of(q)
    assert q.speaker.anonymous


def test_a_bare_company_with_no_company_named_is_an_unnamed_spokesman(options):
    body = '"We are reviewing every option," a company spokesman in Oslo said on Tuesday.'
    q = one(quotes_of(body, options), "reviewing every option")
    assert q.speaker.anonymous and q.speaker.entity is None and name_of(q) != "company"


def test_channel_after_a_trailing_speaker_and_appositive(options):
    body = (
        '"The port cannot take another week of this," said Marta Quist, the agency\'s regional director, '
        "in a statement on Tuesday. She said fuel would run out within days."
    )
    q = one(quotes_of(body, options), "port cannot take")
    assert "quist" in name_of(q) and q.channel == "statement"


def test_a_passive_teller_named_after_the_quote_speaks(options):
    body = 'Families in the camp said they were warned "to leave before dark" by local officials.'
    q = one(quotes_of(body, options), "leave before dark")
    assert "official" in name_of(q) and "families" not in name_of(q)


# transcripts, nested things, characterising verbs ---------------------------------------------


def test_transcript_labels_give_each_turn_its_speaker(options):
    body = (
        "Senator Ana Morales spoke to the host of the morning show. Part of the interview:\n\n"
        '"HOST: Let us begin with the budget. Will taxes rise next year?\n\n'
        '"MORALES: No. We have been clear about that from the start.\n\n'
        '"Nobody in this party wants higher taxes.\n\n'
        '"HOST: And the hospitals in the north?\n\n'
        '"MORALES: Ten new ones by the end of the decade."'
    )
    qs = quotes_of(body, options)
    first = one(qs, "clear about that")
    assert "ana morales" in name_of(first) and first.speaker.basis == "name"
    assert first.text.startswith("No.")  # the label is not part of the words
    assert "ana morales" in name_of(one(qs, "Nobody in this party"))
    assert one(qs, "Nobody in this party").speaker.basis == "continuation"
    assert "morales" not in name_of(one(qs, "hospitals in the north"))
    assert "ana morales" in name_of(one(qs, "Ten new ones"))


def test_a_note_in_capitals_is_no_speaker(options):
    q = one(quotes_of('"NOTE: The figures below are only estimates for the year."', options), "figures below")
    assert not q.speaker.name


def test_a_thing_inside_a_report_speaks_through_the_reporter(options):
    body = (
        "Harbour attorney Dana Kell said in the letter that the poster “plainly and falsely” suggests "
        "that the port backs the plan."
    )
    q = one(quotes_of(body, options), "plainly and falsely")
    assert "dana kell" in name_of(q) and "poster" not in name_of(q)


def test_quote_followed_by_but_keeps_the_verb_before_it(options):
    body = (
        "Coach Ann Dale described the defeat as a “painful lesson,” but stopped short of calling the "
        "referee's decisions biased."
    )
    q = one(quotes_of(body, options), "painful lesson")
    assert "ann dale" in name_of(q) and q.cue == "describe"


@pytest.mark.parametrize(
    ("body", "words", "speaker", "cue"),
    [
        ("Portugal branded the blockade an “act of open piracy.”", "act of open piracy", "portugal", "brand"),
        (
            "Senator Ivo Lenz characterized the new mayor as, “a man out of his depth.”",
            "out of his depth",
            "ivo lenz",
            "characterize",
        ),
        (
            'In March, Gov. Paula Reyes of Oregon lauded the engineers for building "a safer and smarter grid."',
            "safer and smarter grid",
            "paula reyes",
            "laud",
        ),
        (
            'Paula Reyes said she recalled thinking, "This is what we have waited years for."',
            "waited years for",
            "paula reyes",
            None,
        ),
    ],
)
def test_characterising_and_gerund_verbs(options, body, words, speaker, cue):
    q = one(quotes_of(body, options), words)
    assert speaker in name_of(q)
    assert cue is None or q.cue == cue


def test_labelling_alone_reports_nothing(options):
    body = "Factories label their goods every day. The firm branded its new trucks in red and gold."
    assert not [q for q in quotes_of(body, options) if q.cue in ("label", "brand")]


def test_it_after_a_named_owners_campaign(options):
    body = (
        "Governor Ann Fry spoke in Dayton on Monday. Ron Kell's campaign is defending the morning posts "
        "attacking her. It is denouncing what it calls “the most coordinated smear in years.”"
    )
    q = one(quotes_of(body, options), "coordinated smear")
    assert "ron kell's campaign" in name_of(q) and q.speaker.basis == "pronoun"


def test_a_pronoun_never_takes_a_speaker_nobody_could_name(options):
    # "Some said" gives a speaker with no name; a later "they" must not take its words for a name
    body = (
        "Dolan Street residents met the fire crews on Sunday. Some said the week was the worst in memory. "
        "“We had no rest at all,” they said."
    )
    q = one(quotes_of(body, options), "no rest at all")
    assert (q.speaker.descriptor or "").lower() != "some"


def test_a_verb_that_reports_through_its_clause_does_not_govern_its_object(options):
    body = (
        "Mayor Tom Reese posted a string of messages early Friday saying that rival Ann Fry had shown "
        "poor judgment in using a developer “as a model of honesty.”"
    )
    q = one(quotes_of(body, options), "model of honesty")
    assert "tom reese" in name_of(q) and "fry" not in name_of(q)


def test_no_inverted_speaker_after_that_or_a_naming_verb(options):
    body = (
        "The leaflet was handed out at the station.\n\n"
        'Calls people "cowards" and "fools" and mocks the council.\n\n'
        "The mayor went on to say that the city council has spent “years of work on these bridges” already."
    )
    qs = quotes_of(body, options)
    assert all(name_of(q) not in ("people", "cowards") for q in qs)
    assert all("city council" not in name_of(q) for q in qs)


def test_relayed_quote_after_the_one_spoken_to(options):
    body = (
        'Daniel Okoro was arrested on Tuesday. He called the officer a "coward" and told her '
        '"you will pay for this," the prosecutor\'s office said in a statement.'
    )
    q = one(quotes_of(body, options), "you will pay")
    assert "daniel okoro" in name_of(q) and q.cue == "tell"
    assert q.reported_by is not None and "prosecutor" in (q.reported_by.name or "").lower()


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "In a statement, the Harbour Workers Union said the strike would continue. "
            '"No worker will return until the deal is signed," the statement said.',
            "harbour workers union",
        ),
        (
            "The Harbour Workers Union released a statement on Monday. "
            '"No worker will return until the deal is signed," the statement said.',
            "harbour workers union",
        ),
        # no statement mentioned before: the statement stays unnamed rather than lent to the union
        (
            "The Harbour Workers Union said the strike would continue. "
            '"No worker will return until the deal is signed," the statement said.',
            "",
        ),
    ],
)
def test_the_statement_is_its_issuers(options, body, speaker):
    q = one(quotes_of(body, options), "No worker will return")
    assert name_of(q) == speaker or (speaker and speaker in name_of(q))
    assert "statement" not in name_of(q)
    assert q.speaker.basis == ("description" if speaker else "fallback")


def test_an_unattributed_quote_after_a_sentence_about_someone(options):
    body = (
        "On the Sunday show, Senator Ruth Okafor, who lost the primary, called the plan a betrayal of young "
        'voters. "Young people are tired of this and they will not vote for it."\n\n'
        'The storm hit the coast at noon. "Nobody expected it to be this bad."'
    )
    qs = quotes_of(body, options)
    q = one(qs, "Young people are tired")
    assert "ruth okafor" in name_of(q) and q.speaker.basis == "fallback" and q.speaker.mention is None
    assert not one(qs, "Nobody expected").speaker.name  # a storm is no speaker


def test_a_quote_inside_a_long_sentence_takes_its_reporting_verb(options):
    body = (
        "Councillor Mary Dunn spoke at the shipyard on Friday.\n\n"
        "She added that most of the harbour jobs in the county seem safer than they were last year, which "
        "matters for the town because, “In the end, we do not build ships to sit in docks. We build them to sail.”"
    )
    q = one(quotes_of(body, options), "sit in docks")
    assert "mary dunn" in name_of(q) and q.cue == "add" and q.speaker.basis == "pronoun"


def test_a_person_told_inside_a_police_report_keeps_the_words(options):
    body = 'Police said the suspect, a 34-year-old man, had told officers he "wanted to send a message."'
    q = one(quotes_of(body, options), "send a message")
    assert "suspect" in name_of(q) and "police" not in name_of(q)
    assert q.reported_by is not None and "police" in (q.reported_by.name or "").lower()


def test_a_description_after_the_quote_when_the_parse_loses_the_subject(options):
    body = '"The talks failed," a senior European diplomat, speaking on condition of anonymity, told Reuters.'
    q = one(quotes_of(body, options), "talks failed")
    assert "diplomat" in name_of(q) and q.speaker.anonymous and q.speaker.basis == "fallback"


def test_a_passive_agent_is_an_antecedent(options):
    body = "The audit was written by Dr. Emma Walsh. She told the committee the figures were wrong."
    q = one(quotes_of(body, options), "figures were wrong")
    assert "emma walsh" in name_of(q) and q.speaker.basis == "pronoun"


def test_a_participle_whose_quote_the_parse_made_the_root(options):
    body = (
        "Mr. Dalton hardly settled the matter, treating the remark first as a joke -- ''That shows I am "
        "careful'' -- and, when questioned after the hearing, asserting, ''Of course, I pay my rent.''"
    )
    q = one(quotes_of(body, options), "I pay my rent")
    assert "dalton" in name_of(q) and q.cue == "assert" and q.speaker.basis == "fallback"


def test_a_fronted_phrase_is_not_the_speaker_the_person_after_it_is(options):
    qs = quotes_of(
        "Outside court, Yorkshire farmer Graham Oakes, whose herd was culled in the spring, said the fine was far "
        'too small: "They get a slap on the wrist. We lost two hundred cows."',
        options,
    )
    assert "oakes" in name_of(one(qs, "slap on the wrist"))


def test_a_phrase_quoted_inside_a_speech_act_to_come_is_the_reporters(options):
    qs = quotes_of(
        "In Ankara, a spokesman for the Turkish energy ministry, Kemal Arslan, called the decision "
        '"legal vandalism" and said Turkey would respond with "proportionate steps".',
        options,
    )
    assert "arslan" in name_of(one(qs, "proportionate steps"))


def test_a_fronted_place_is_not_the_speaker_the_name_in_apposition_is(options):
    q = one(
        quotes_of('In Minsk, an aide to the Belarusian president, Oksana Petrova, called the report "lies".', options),
        "lies",
    )
    assert "oksana petrova" in name_of(q) and "minsk" not in name_of(q)


def test_according_to_closing_another_clause_leaves_the_quote_to_the_verb_before(options):
    body = (
        'A European Commission spokesman said on Friday that Brussels backed "a fair and open tender", while '
        "Turkey's envoy in Berlin, Mehmet Yilmaz, met the bidders' lawyers last month, according to three "
        "people briefed on the talks."
    )
    q = one(quotes_of(body, options), "fair and open tender")
    assert "european commission" in name_of(q) and not q.speaker.anonymous


def test_an_indefinite_title_is_the_one_holder_named_just_after(options):
    body = (
        'A former mayor was fined on Monday, in what a federal judge called "a shameful abuse of office".\n\n'
        "Judge Carla Mendes said the mayor had lied to investigators for years."
    )
    q = one(quotes_of(body, options), "shameful abuse")
    assert "carla mendes" in name_of(q) and not q.speaker.anonymous
    assert q.speaker.basis == "description" and "federal judge" in (q.speaker.descriptor or "")


def test_an_indefinite_title_stays_unnamed_when_two_hold_it(options):
    body = (
        'A former mayor was fined on Monday, in what a federal judge called "a shameful abuse of office".\n\n'
        "Judge Carla Mendes said the mayor had lied to investigators. Judge Omar Haddad dissented."
    )
    q = one(quotes_of(body, options), "shameful abuse")
    assert "judge" in name_of(q) and q.speaker.anonymous


@pytest.mark.parametrize(
    "said_to_be",
    [
        "Kaplan is one of the first two women elected to the assembly.",
        "Kaplan, a mother of three, has served on the assembly since 2019.",
    ],
)
def test_what_the_article_says_a_person_is_outweighs_the_name_table(options, said_to_be):
    # the name table files "Emre" as a man's name; the article says this Emre is a woman, so the
    # "he" after her is the man named before her
    body = (
        "Tom Weller admitted on Monday that he had threatened Emre Kaplan, a member of the city assembly. "
        f"Weller phoned the assembly twice in March. {said_to_be}\n\n"
        'The clerk who took the call recalled that he said, "You will all regret this," the police report said.'
    )
    q = one(quotes_of(body, options), "regret this")
    assert "weller" in name_of(q)


def test_a_countrys_title_is_the_one_holder_named_just_after(options):
    # a lead names the role first ("Peru's ambassador ... warned"), the person a paragraph later
    body = (
        "Talks on the fishing quota stalled again on Thursday.\n\n"
        'Peru\'s ambassador to Spain warned that his government "will walk away" from the table.\n\n'
        "Fishermen in the north said the quota was already too low.\n\n"
        "Peru's ambassador to Spain, Alma Quispe, said the offer was unfair."
    )
    q = one(quotes_of(body, options), "will walk away")
    assert "alma quispe" in name_of(q) and not q.speaker.anonymous
    assert q.speaker.basis == "description"


def test_a_countrys_title_stays_unnamed_when_two_hold_it(options):
    body = (
        "Talks on the fishing quota stalled again on Thursday.\n\n"
        'Peru\'s ambassador to Spain warned that his government "will walk away" from the table.\n\n'
        "Peru's ambassador to Spain, Alma Quispe, said the offer was unfair. "
        "Peru's ambassador to Chile, Rosa Mamani, agreed."
    )
    q = one(quotes_of(body, options), "will walk away")
    assert q.speaker.anonymous and "quispe" not in name_of(q)


@pytest.mark.parametrize(
    "middle",
    [
        "Finance Minister Ngozi Adebayo said she would present the budget on Tuesday.",
        "Finance Minister Ngozi Adebayo presented her budget.",
    ],
)
def test_a_he_skips_a_woman_whose_own_pronoun_tells_when_her_name_does_not(middle, options):
    # "Ngozi" is not in the first-name table: the article's "she" / "her" for her is what tells
    body = f'John Carter, the party chairman, opened the meeting on Monday. {middle} "We have no choice," he said.'
    q = one(quotes_of(body, options), "no choice")
    assert "john carter" in name_of(q) and q.speaker.basis == "pronoun"


def test_a_datelines_place_is_not_the_speaker_the_person_after_it_is(options):
    body = (
        "BERLIN -- Chancellor Olaf Becker, opening a new rail bridge on Saturday, said it would tell a story "
        "of ''hard work, of patience, and of hope for the region.''"
    )
    q = one(quotes_of(body, options), "hard work")
    assert "olaf becker" in name_of(q) and "berlin" not in name_of(q)


@pytest.mark.parametrize(
    ("aside", "who"),
    [("say a number of analysts", "analyst"), ("said Nina Kroll", "nina kroll")],
)
def test_an_inverted_aside_gives_the_speaker_after_its_verb(aside, who, options):
    q = one(quotes_of(f'The ceasefire, {aside}, is "unlikely to hold".', options), "unlikely to hold")
    assert who in name_of(q) and "ceasefire" not in name_of(q)


def test_a_trailing_while_clause_with_its_own_speaker_is_not_the_quotes_attribution(options):
    body = (
        'Only 40 percent of voters agreed that the mayor is "fit to serve another term," while 65 percent '
        "said the same of his rival."
    )
    q = one(quotes_of(body, options), "fit to serve")
    assert "40 percent" in name_of(q) and "65" not in name_of(q)


def test_a_person_named_inside_the_quote_is_not_the_he_after_it(options):
    # the "he" after a quote is the last speaker or subject outside it, not the man the quote speaks of
    body = (
        "Senator Ruth Adler questioned the warden for an hour.\n\n"
        "Councillor Tomas Brandt said the inquiry had come too late.\n\n"
        '"Someone had to answer for the night Victor Hale escaped," he said. "We are still waiting."\n\n'
    )
    q = one(quotes_of(body, options), "Someone had to answer")
    assert name_of(q) == "tomas brandt"


def test_her_own_pronoun_outweighs_a_first_name_table(options):
    # the article says "she" of the deputy: a table that files her first name as a man's must not
    # send the next "She added" to another woman named before
    body = (
        "Deputy Maria Lund criticised the ruling on Monday.\n\n"
        "Deputy Ilhan Aksoy asked for mercy during Brandt's hearing in a letter on Tuesday, saying she "
        'did not think a long sentence would help. She added, "We must teach the defendant kindness."\n\n'
    )
    q = one(quotes_of(body, options), "teach the defendant")
    assert name_of(q) == "ilhan aksoy"


def test_a_day_is_never_the_speaker(options):
    # a passive with no agent: the weekday after the verb is not who accused
    body = "The ferry operator was accused Thursday of hiding “safety gaps” from inspectors at the port.\n\n"
    for q in quotes_of(body, options):
        assert "thursday" not in name_of(q)


def test_an_acronym_in_capitals_is_the_organisation_not_a_pronoun(options):
    body = (
        "The World Health Organization said the outbreak in the valley had been contained.\n\n"
        'Untreated measles in infants is "a silent killer", says WHO.\n\n'
    )
    q = one(quotes_of(body, options), "silent killer")
    assert name_of(q) == "world health organization"


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        # an abbreviated title names the office the description later names in full
        ("Gov. Mara Lindqvist signed the water bill on Monday after a long fight with the legislature.\n\n"
         '"This is a good day for every farmer in the state," the governor said.',
         "good day for every farmer", "lindqvist"),
        # a title with its own "of" phrase is named by its head word
        ("Secretary of State Oren Halvorsen flew to Oslo on Monday for a meeting with the envoys.\n\n"
         '"We are closer than we have been in years," the secretary said.',
         "closer than we have been", "halvorsen"),
    ],
)  # fmt: skip
def test_a_description_finds_the_holder_of_an_abbreviated_or_long_title(options, body, words, speaker):
    q = one(quotes_of(body, options), words)
    assert speaker in name_of(q), q.speaker


@pytest.mark.parametrize(
    ("body", "words"),
    [
        # a "whether" clause with its own subject, then a quote split by "he said"
        ("Coach Erik Sand met the press after training on Friday.\n\n"
         "Sand refused to discuss whether Jonas Lind had trained in the week the club sold Mats Berg. "
         '"Ask me again," he said, "when the window has closed."\n\n',
         "Ask me again"),
        # a "that" clause with its own subject, then "He said:" before the quote
        ("Mayor Paul Drake opened the new depot on Tuesday.\n\n"
         "Drake would not confirm that Victor Hale had signed the permit for the site. "
         'He said: "The file is with our lawyers now."\n\n',
         "file is with our lawyers"),
    ],
)  # fmt: skip
def test_he_after_a_sentence_is_its_own_subject_not_one_in_a_clause_inside_it(options, body, words):
    # the next sentence's "he" is the sentence's own subject, not a man named inside one of its clauses
    q = one(quotes_of(body, options), words)
    assert name_of(q) in ("erik sand", "paul drake") and q.speaker.basis == "pronoun", q.speaker


@pytest.mark.parametrize(
    "body, words",
    [
        ('"Even my cat could referee better than that," one viewer remarked under the clip.', "my cat could referee"),
        ('A listener texted the station during the show: "Play the old jingle again."', "old jingle"),
        ('One reader wrote to the paper: "This is the worst timetable we have had."', "worst timetable"),
        (
            'One reader wrote to the paper: "This is the worst timetable we have had."\n\n'
            'Another said: "The trains are late and nobody seems to care."',
            "nobody seems to care",
        ),
    ],
)
def test_an_unnamed_poster_or_another_of_them_is_anonymous(options, body, words):
    q = one(quotes_of(body, options), words)
    assert q.speaker.anonymous and q.speaker.entity is None


@pytest.mark.parametrize(
    ("body", "words", "who"),
    [
        ("The march reached the square at noon.\n\n"
         'A guard ordered the front row: "Stay behind the barrier!"\n\n', "Stay behind the barrier", "guard"),
        ("Smoke filled the corridor of the ward.\n\n"
         '"Leave the bags," a nurse ordered, "and walk to the stairs."\n\n', "walk to the stairs", "nurse"),
    ],
)  # fmt: skip
def test_an_order_given_by_an_unnamed_person(options, body, words, who):
    q = one(quotes_of(body, options), words)
    assert name_of(q) == who and q.cue == "order", q


@pytest.mark.parametrize(
    ("body", "words", "who"),
    [
        # "according to" between the verb's object and the quoted phrase
        ("The singer cancelled the tour, according to her label, after \"a sudden illness\" in the family.\n\n",
         "sudden illness", "label"),
        # "according to" set off in the middle, the quoted phrase after it
        ("The ferry, according to the coastguard, ran aground in \"thick fog\" off the headland.\n\n",
         "thick fog", "coastguard"),
    ],
)  # fmt: skip
def test_according_to_in_the_sentence_gives_a_quoted_phrase_its_speaker(options, body, words, who):
    # no reporting verb in the sentence: its "according to" says whose words the phrase is
    q = one(quotes_of(body, options), words)
    assert who in name_of(q) and q.cue == "according to", q


@pytest.mark.parametrize(
    ("body", "words", "who"),
    [
        ("The Northern Rail Board raised fares by a tenth last spring.\n\n"
         '"We had no other choice," the agency said of the rise.\n\n', "no other choice", "northern rail board"),
        ("Last year Kestrel Air dropped its routes to the islands. The agency said "
         '"a shortage of pilots" was to blame for the cuts.\n\n', "shortage of pilots", "kestrel air"),
    ],
)  # fmt: skip
def test_the_agency_is_the_organisation_just_named(options, body, words, who):
    q = one(quotes_of(body, options), words)
    assert name_of(q) == who and q.speaker.basis == "organisation", q.speaker


@pytest.mark.parametrize(
    ("body", "words", "who"),
    [
        # the firm is a subject the entity layer may keep no mention of; a "... Company" comes after
        ("Tessel builds garden robots in a plant near Leeds. A company spokesman told the paper that "
         '"every order will be delivered by June."\n\n'
         "Tessel's largest backer, the Arden Capital Company, declined to comment.\n\n",
         "every order will be delivered", "tessel"),
        # a bank just named; a "... Group" with the word named only in the next paragraph
        ("Halden Bank apologised after its app failed for most of Monday.\n\n"
         '"The fault has been fixed," a group spokeswoman said late in the evening.\n\n'
         "Halden is owned by the Brenner Finance Group, which bought it in 2019.\n\n",
         "fault has been fixed", "halden bank"),
    ],
)  # fmt: skip
def test_a_company_spokesperson_is_the_company_just_named_not_one_named_later(options, body, words, who):
    q = one(quotes_of(body, options), words)
    assert name_of(q) == who, q.speaker


@pytest.mark.parametrize(
    ("body", "words", "group"),
    [
        ('"No cuts, no closures," students shouted as the minister arrived.', "No cuts", "students"),
        ('Defence lawyers argued on Tuesday that the search of the flat was "plainly unlawful".',
         "plainly unlawful", "defence lawyers"),
        ('Climate scientists have described the new targets as "far too timid".', "far too timid", "scientists"),
    ],
)  # fmt: skip
def test_a_plural_description_is_the_group_that_speaks(options, body, words, group):
    # a group speaking as a body is named as the page names it, not an anonymous source
    q = one(quotes_of(body, options), words)
    assert group in name_of(q) and not q.speaker.anonymous


def test_unnamed_informants_stay_anonymous_in_the_plural(options):
    body = '"The talks will resume next week," two officials said on Tuesday.\n\n'
    q = one(quotes_of(body, options), "talks will resume")
    assert q.speaker.anonymous


@pytest.mark.parametrize(
    ("body", "words", "who"),
    [
        ('The airline flatly rejected the union\'s figures as "wildly inflated" on Friday.\n\n',
         "wildly inflated", "airline"),
        ('The report, which the football club has rejected as "pure invention", first ran in a Sunday paper.\n\n',
         "pure invention", "club"),
    ],
)  # fmt: skip
def test_words_given_to_claims_one_rejects_are_the_rejecters(options, body, words, who):
    q = one(quotes_of(body, options), words)
    assert who in name_of(q) and q.cue == "reject", q


def test_a_quote_with_its_own_attribution_is_not_led_by_an_earlier_paragraphs_colon(options):
    # 'The union said:' (break) '"..."' (break) '"...," the minister told parliament': the minister speaks,
    # and the union relays nothing
    body = (
        "The Harbour Workers Union said in a statement:\n\n"
        '"Our members have waited three years for a fair contract. We will not wait any longer."\n\n'
        '"The answer is no," the minister told parliament, before walking out.\n\n'
    )
    quotes = quotes_of(body, options)
    assert "harbour workers union" in name_of(one(quotes, "waited three years"))
    q = one(quotes, "The answer is no")
    assert name_of(q) == "minister" and q.reported_by is None


@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        # a strike: the company is named, the union speaks, then "a company spokesman": the company
        (
            "Workers walked out of the Lund Motor Company plant in Dayton on Monday.\n\n"
            'The Federated Metal Workers said the walkout would last "as long as it takes."\n\n'
            'A company spokesman said the offer on the table was "fair and final."\n\n',
            "fair and final",
            "lund motor company",
        ),
        # a bank named early, a regulator that acted since, then "a spokeswoman for the bank"
        (
            "Shares in Carrow Savings Bank fell sharply after the results.\n\n"
            "The Financial Conduct Office opened an inquiry into the sale of the loans on Friday.\n\n"
            '"We will answer every question put to us," a spokeswoman for the bank told reporters.\n\n',
            "answer every question",
            "carrow savings bank",
        ),
    ],
)  # fmt: skip
def test_a_generic_employer_is_the_one_named_with_that_word_before_not_the_last_to_speak(options, body, words, speaker):
    q = one(quotes_of(body, options), words)
    assert name_of(q) == speaker, q.speaker


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Ines Harlow and Tomas Vrba climbed the north face in a single day last week.\n\n"
         '"We never thought about turning back," the two said at the base camp.\n\n', "turning back"),
        ("Senator Clara Weiss met Governor Tomas Vrba at the summit talks in Geneva on Monday.\n\n"
         'Both said afterwards that the talks had been "honest and useful."\n\n', "honest and useful"),
    ],
)  # fmt: skip
def test_the_two_or_both_after_two_named_people_are_those_people_not_an_unnamed_source(options, body, words):
    q = one(quotes_of(body, options), words)
    assert not q.speaker.anonymous and " and " in name_of(q) and "vrba" in name_of(q), q.speaker


# A verb of thinking under a reporter set off by commas: the quoted words are the reporter's, as in
# "the mayor said residents believe '...'" (see quotes._aside_reporter)
ASIDE_REPORTER = [
    ('Over the past winter, Coach Arne Dahl said, most of his players have come to feel "that the new pitch '
     'is too hard on their knees."\n\n', "too hard", "arne dahl"),
    ('Most families on the coast, Councillor Piet Arends said, now think the levy is "simply unfair."\n\n',
     "simply unfair", "piet arends"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "words", "speaker"), ASIDE_REPORTER)
def test_a_reporter_set_off_by_commas_speaks_for_the_clause_of_thinking(options, body, words, speaker):
    q = one(quotes_of(body, options), words)
    assert speaker in name_of(q), q.speaker


def test_a_group_parsed_as_a_verbless_sentence_speaks_through_its_letter(options):
    # the parse reads "formed ... and sent" as a clause hung on "The club", with no verb of the sentence
    body = (
        "Swimmers in the old town have fought to keep their pool open.\n\n"
        "The club, Harbour Swimmers, formed last spring and sent a note to the council this week saying that "
        'members "will not give up the old pool without a fight."\n\n'
    )
    q = one(quotes_of(body, options), "without a fight")
    assert "club" in name_of(q) or "harbour swimmers" in name_of(q), q.speaker


def test_a_verb_joined_to_a_reported_clause_keeps_that_clauses_speaker(options):
    # the parse hangs "she mentioned ... and wrote" under the department's "said": the quote is still
    # her words, passed on by the department
    body = (
        "Ines Marlow, 29, was detained in March after a post aimed at the club's chairman.\n\n"
        'In the message, she mentioned the transfer fee and wrote, "someone has to make him pay for this," '
        "the police department said.\n\n"
    )
    q = one(quotes_of(body, options), "make him pay")
    assert "marlow" in name_of(q), q.speaker
    assert q.reported_by is not None and "department" in (q.reported_by.name or "").lower()


def test_a_verb_joined_to_a_clause_about_a_thing_stays_the_reporters(options):
    body = 'Government officials said the talks failed and blamed the rebels for "bad faith."\n\n'
    q = one(quotes_of(body, options), "bad faith")
    assert "official" in name_of(q), q.speaker


def test_the_relation_last_climbed_is_the_one_of_the_latest_climb():
    # a hand-made misparse: the verb "petition" read as a noun at the root, with "the council" its
    # object and "demanding" a clause on that object. The walk climbs the clause ("acl") to the object
    # and then the object to the root: the clause hangs on the object, not on the root, so the root
    # (no one, a verb taken for a noun) is not the one who demands
    doc = Doc(
        Vocab(),
        words=["Neighbours", "petition", "the", "council", ",", "demanding", "repairs"],
        heads=[1, 1, 3, 1, 1, 3, 5],
        deps=["compound", "ROOT", "det", "dobj", "punct", "acl", "dobj"],
        pos=["NOUN", "NOUN", "DET", "NOUN", "PUNCT", "VERB", "NOUN"],
    )
    assert _subject(doc[5]) is None
