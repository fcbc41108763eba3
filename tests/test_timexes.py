"""Time expressions: each pattern on sentences written for these tests, anchored on a known date."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.nlp import load, parse

WED = date(2025, 10, 29)  # a Wednesday
FEB = date(2026, 2, 4)


def timexes(sentence: str, options, anchor: date | None = WED, kind: str = "published"):
    doc = parse(load(options.model), sentence, dl_anchor=(anchor, kind if anchor else "none"))
    found = doc._.dl_timexes
    for t in found:
        assert sentence[t.start : t.end] == t.text
    return found


def one(found, words):
    hits = [t for t in found if words in t.text or t.text in words]
    assert hits, f"no time expression {words!r} among {[t.text for t in found]}"
    return hits[0]


@pytest.mark.parametrize(
    ("sentence", "words", "value", "end_value", "anchor"),
    [
        ("The minister said on Wednesday that talks had failed.", "Wednesday", "2025-10-29", None, "published"),
        ("The sides have been meeting since Saturday.", "Saturday", "2025-10-25", None, "published"),
        ("The envoys will meet again on Monday.", "Monday", "2025-11-03", None, "published"),
        ("They met next Monday, officials said.", "next Monday", "2025-11-03", None, "published"),
        ("The ceasefire was agreed on Oct. 19 in Doha.", "Oct. 19", "2025-10-19", None, "published"),
        ("Fighting broke out on 29 October 2025 near the border.", "29 October 2025", "2025-10-29", None, "absolute"),
        ("Clashes began on October 13, 2025, officials said.", "October 13, 2025", "2025-10-13", None, "absolute"),
        ("The group took power in August 2021.", "August 2021", "2021-08", None, "absolute"),
        ("Relations have soured since 2021.", "2021", "2021", None, "absolute"),
        ("Officials said a day earlier that a deal was close.", "a day earlier", "2025-10-28", None, "published"),
        ("Dozens were killed earlier this month.", "earlier this month", "2025-10", None, "published"),
        ("The plant closed two weeks ago.", "two weeks ago", "2025-W42", None, "published"),
        ("Prices rose sharply last year.", "last year", "2024", None, "published"),
        ("Inflation eased this week.", "this week", "2025-W44", None, "published"),
        ("Weekend clashes left five soldiers dead.", "Weekend", "2025-10-25", "2025-10-26", "published"),
        ("The dam was finished yesterday.", "yesterday", "2025-10-28", None, "published"),
        ("The strike lasted four days.", "four days", "P4D", None, "absolute"),
        ("The talks resume after a six-month pause.", "six-month", "P6M", None, "absolute"),
        ("The blast happened at 3 p.m. local time.", "3 p.m.", "2025-10-29T15:00", None, "published"),
        # a decade written with an apostrophe is still a decade, not its first year
        ("Union membership peaked in the 1970's.", "1970's", "197", None, "absolute"),
        ("Club music boomed in the ’90s.", "’90s", "199", None, "absolute"),
        # universal time is marked Z; another zone is not converted
        ("The rocket lifted off at 21:15 UTC.", "21:15 UTC", "2025-10-29T21:15Z", None, "published"),
        ("The rocket lifted off at 0915 GMT.", "0915 GMT", "2025-10-29T09:15Z", None, "published"),
        (
            "The ferry docked at 7:30 p.m. (GMT +3) after a long crossing.",
            "7:30 p.m.",
            "2025-10-29T19:30",
            None,
            "published",
        ),
        (
            "The quake struck at 11:20 a.m. (0820 GMT), officials said.",
            "11:20 a.m.",
            "2025-10-29T11:20",
            None,
            "published",
        ),
        ("The vote opens at 8 a.m. GMT on Friday.", "8 a.m.", "2025-10-31T08:00Z", None, "published"),
        # "last quarter" is the latest quarter ended; a possessive before a month makes it a date
        ("Margins narrowed during the last quarter, the bank said.", "the last quarter", "2025-Q3", None, "published"),
        ("Carmakers reported their September sales on Tuesday.", "September", "2025-09", None, "published"),
        # "the same month a year ago": the month just named, a year before; else the anchor's month
        ("Car sales fell 9% in August from the same month a year ago.", "the same month", "2024-08", None, "published"),
        ("Exports rose 4% from the same month last year.", "the same month", "2024-10", None, "published"),
    ],
)
def test_patterns_against_published(options, sentence, words, value, end_value, anchor):
    t = one(timexes(sentence, options), words)
    assert (t.value, t.end_value, t.anchor) == (value, end_value, anchor)


@pytest.mark.parametrize(
    ("sentence", "words", "value", "end_value"),
    [
        ("The policy was approved in July last year.", "July last year", "2025-07", None),
        ("In October last year, the prime minister announced a plan.", "October last year", "2025-10", None),
        ("Last November, the two countries agreed to cooperate.", "Last November", "2025-11", None),
        ("The country is hosting an AI week from Feb. 9-15.", "Feb. 9-15", "2026-02-09", "2026-02-15"),
        ("The fair runs from Feb. 9 to 15 in the capital.", "Feb. 9 to 15", "2026-02-09", "2026-02-15"),
        ("The vote is due next March.", "next March", "2026-03", None),
        ("The vote was held last March.", "last March", "2025-03", None),
    ],
)
def test_patterns_in_the_second_article_shape(options, sentence, words, value, end_value):
    t = one(timexes(sentence, options, anchor=FEB), words)
    assert (t.value, t.end_value) == (value, end_value)


def test_retrieval_time_is_named_as_the_anchor(options):
    t = one(timexes("The minister arrived on Wednesday.", options, anchor=FEB, kind="retrieved"), "Wednesday")
    assert (t.value, t.anchor) == ("2026-02-04", "retrieved")


def test_without_an_anchor_relative_values_stay_null(options):
    found = timexes(
        "Officials said on Wednesday, a day earlier than planned, that August 2021 mattered.", options, None
    )
    assert one(found, "Wednesday").value is None and one(found, "Wednesday").anchor == "none"
    assert one(found, "a day earlier").value is None
    assert one(found, "August 2021").value == "2021-08"  # absolute needs no anchor


def test_numbers_that_are_not_years(options):
    found = timexes("The 2,600-km border saw 2000 troops and 25 militants; costs rose 12%.", options)
    assert not any(t.value == "2000" for t in found), [t.text for t in found]


def test_seed_time_expressions(seed_records):
    a, b = seed_records
    got = {t.text: (t.value, t.end_value) for t in a.timexes}
    assert got["Wednesday"][0] == "2025-10-29" and got["Saturday"][0] == "2025-10-25"
    assert got["Oct. 19"][0] == "2025-10-19" and got["earlier this month"][0] == "2025-10"
    assert got["a day earlier"][0] == "2025-10-28" and got["August 2021"][0] == "2021-08"
    got_b = {t.text: (t.value, t.end_value) for t in b.timexes}
    assert got_b["Feb. 9-15"] == ("2026-02-09", "2026-02-15") and got_b["July last year"][0] == "2025-07"


MON, TUE, FRI = date(2025, 10, 27), date(2025, 10, 28), date(2025, 10, 31)


@pytest.mark.parametrize(
    ("sentence", "anchor", "words", "value"),
    [
        # the publication's own weekday is the publication day, whatever the tense
        ("On Friday, the administration will announce new tariffs on steel.", FRI, "Friday", "2025-10-31"),
        ("Rescue teams would search on Tuesday for the missing climbers, the governor said.", TUE, "Tuesday",
         "2025-10-28"),
        ("A fire reported on Monday destroyed two warehouses near the port.", MON, "Monday", "2025-10-27"),
        # another weekday follows the verb that governs it, not a neighbouring one
        ("The minister resigned on Monday after the vote.", WED, "Monday", "2025-10-27"),
        ("The minister will travel to Cairo on Monday.", WED, "Monday", "2025-11-03"),
        ("Police said on Monday that the suspects would appear in court.", WED, "Monday", "2025-10-27"),
        ("The ministry said on Tuesday it will hold elections in the spring.", WED, "Tuesday", "2025-10-28"),
        ("Talks are set to resume on Thursday in Geneva.", WED, "Thursday", "2025-10-30"),
        ("Organisers planned a rally on Saturday outside parliament.", WED, "Saturday", "2025-11-01"),
        ("The trial opens Friday in the capital.", WED, "Friday", "2025-10-31"),
        ("Thursday's vote was postponed after a walkout.", WED, "Thursday", "2025-10-23"),
        ("Protesters clashed with police late on Sunday in the capital.", WED, "Sunday", "2025-10-26"),
        ("Voters go to the polls on Sunday in a runoff.", WED, "Sunday", "2025-11-02"),
        ("The minister, who visited Kyiv on Thursday, will fly to Warsaw on Friday.", WED, "Thursday",
         "2025-10-23"),
        ("The minister, who visited Kyiv on Thursday, will fly to Warsaw on Friday.", WED, "Friday", "2025-10-31"),
        ("The envoy could not be reached on Monday.", WED, "Monday", "2025-10-27"),
        ("Exports, halted since Monday, will resume on Friday.", WED, "Monday", "2025-10-27"),
        ("Exports, halted since Monday, will resume on Friday.", WED, "Friday", "2025-10-31"),
        ("The court ruled on Monday, Oct. 27, that the ban was lawful.", WED, "Monday, Oct. 27", "2025-10-27"),
        ("The curfew begins at 10 p.m. Friday.", WED, "10 p.m.", "2025-10-31T22:00"),
        ("Gunmen crossed the fence on the 7th of October 2023.", WED, "the 7th of October 2023", "2023-10-07"),
        # a month-day without a year in a past clause stays this year when it is a few weeks ahead
        ("The offer was extended to Nov. 20.", WED, "Nov. 20", "2025-11-20"),
        ("The two leaders met on Dec. 3 in Doha.", FEB, "Dec. 3", "2025-12-03"),
        # a condition's backshifted verb takes the time of the clause it conditions
        ("The union warned it would strike if the pay offer was not improved by the summer.", FEB, "summer",
         "2026-SU"),
        ("The club said it would appeal if the fine was not cut by Friday.", WED, "Friday", "2025-10-31"),
        ("If the ferry was late on Monday, it was because of the storm.", WED, "Monday", "2025-10-27"),
        # a verb that moves a date looks ahead only to the date it moves to
        ("The bidders extended their offers Monday after the board asked for more time.", WED, "Monday",
         "2025-10-27"),
        ("The court postponed the hearing until Monday.", WED, "Monday", "2025-11-03"),
        # a weekday after "for" lies ahead, unless it owns a noun
        ("The opposition has called a general strike for Monday.", WED, "Monday", "2025-11-03"),
        ("Police blamed the gang for Monday's robbery.", WED, "Monday", "2025-10-27"),
        # "until", "by", "through": the end of a span reaching ahead, unless its verb is a simple past
        ("The museum has stayed shut until Friday, the city said.", WED, "Friday", "2025-10-31"),
        ("The weather service forecast heavy snow until Saturday.", WED, "Saturday", "2025-11-01"),
        ("The pass remains closed through Sunday night.", WED, "Sunday night", "2025-11-02"),
        ("The museum stayed shut until Friday, the city said.", WED, "Friday", "2025-10-24"),
        ("By Friday, the death toll had risen to forty.", WED, "Friday", "2025-10-24"),
        # a verb whose past is spelt as its present says no time: the verb above it decides
        ("Dozens drowned after swollen streams burst their banks on Sunday night, the council said.", WED,
         "Sunday night", "2025-10-26"),
        # a date after the object of a forecasting verb is what was forecast: ahead
        ("The Meteorological Office forecast more snow until Sunday.", WED, "Sunday", "2025-11-02"),
        ("Forecasters predicted a dry spell in the north on Saturday.", WED, "Saturday", "2025-11-01"),
        ("The agency predicted on Monday that prices would rise.", WED, "Monday", "2025-10-27"),
        # a present tense tells what goes on now; a day on its object noun is that noun's, gone, unless
        # the noun is what is prepared or waited for
        ("Detectives are investigating a stabbing on Saturday near the station.", WED, "Saturday", "2025-10-25"),
        ("Nurses are caring for victims of the bombing on Sunday.", WED, "Sunday", "2025-10-26"),
        ("Fans are preparing for a parade on Saturday.", WED, "Saturday", "2025-11-01"),
        # a forecast noun puts the weekday of its phrase ahead, whatever the tense of the sentence
        ("The agency has issued a warning for more snow in the valleys on Friday.", WED, "Friday", "2025-10-31"),
        ("A storm warning was issued on Monday.", WED, "Monday", "2025-10-27"),
        # "set" sets a date only as its object or after "for"/"as"
        ("They set the cars on fire late on Monday.", WED, "Monday", "2025-10-27"),
        ("The board set Friday as the deadline for bids.", WED, "Friday", "2025-10-31"),
        ("Dealers will close after October of next year.", WED, "October of next year", "2026-10"),
        # an infinitive looks ahead of a plan or threat told in the past, not of the paper: the past
        ("The regulator decided to reopen its inquiry into the bank in April.", WED, "April", "2025-04"),
        ("A driver admitted threatening to burn down the depot in February, the court heard.", WED,
         "February", "2025-02"),
        ("The bridge was due to be repaired in May before the money ran out.", WED, "May", "2025-05"),
        ("The council plans to repair the bridge in April.", WED, "April", "2026-04"),
        ("The council planned to repair the bridge in December.", WED, "December", "2025-12"),
        # a bare base form heading its clause (an imperative, a fixture note) looks ahead; under another
        # verb the verb above decides
        ("Harbor Sharks: Play the Tigers on Saturday.", WED, "Saturday", "2025-11-01"),
        ("Tigers: Host the Harbor Sharks on Saturday.", WED, "Saturday", "2025-11-01"),
        ("Bring a coat to the riverside concert on Sunday.", WED, "Sunday", "2025-11-02"),
        ("The late goal helped the visitors win on Sunday.", WED, "Sunday", "2025-10-26"),
        # "would" in a noun's content clause reports a pledge already made: a date just gone stays this year
        ("The mayor broke her promise that the pool would reopen on Oct. 3.", WED, "Oct. 3", "2025-10-03"),
        ("Critics recalled the claim that the line would be finished by Sept. 30.", WED, "Sept. 30", "2025-09-30"),
        ("There is a plan that would cut taxes in March.", WED, "March", "2026-03"),
        # a month before a noun after "a", or with a possessive, is that month ("May's" is a name as often)
        ("The senator spoke during a September hearing of the panel.", WED, "September", "2025-09"),
        ("She met investors at October’s trade fair in Lisbon.", WED, "October", "2025-10"),
    ],
)  # fmt: skip
def test_weekdays_and_dates_by_tense(options, sentence, anchor, words, value):
    assert one(timexes(sentence, options, anchor=anchor), words).value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Veterans of the Arab Spring gathered in Tunis to mark the anniversary.",
        "Writers who took part in the Prague Spring were honoured by the president.",
        "Guns along the front line will fall silent under the truce.",
        "The villagers waited as the leaves began to fall.",
        "The fall of the provincial capital stunned the government.",
        "Oil prices could fall further, analysts said.",
        "Officials may march the detainees to the border crossing.",
        "Thousands March Against Rising Fuel Prices",
        "May the talks succeed, the bishop told the crowd.",
        "He moved to Paris in his 30s and never returned.",
        "A 6-year-old boy was among the injured.",
        "The refinery processes 5,000 barrels a day.",
        "Athletes arrived for the Winter Olympics in the mountains.",
        "Veterans of the March on Washington met the mayor.",
        "The ship ran aground off Christmas Island.",
        "Shoppers queued for Black Friday bargains at the mall.",
        "Car ownership soared in the last quarter of the century.",
        "The town is famous for its spring water.",
        "Farmers sold their winter wheat early.",
        # a game clock is what is left of a period of play, not a time of day
        "The visitors led 88-80 with 4:12 left in the game.",
        "A three-pointer tied it with 0:41 to play.",
        "The Hawks scored twice with 2:30 remaining.",
        "May’s government lost the vote.",
        "A May Day parade filled the square.",
    ],
)
def test_words_that_are_not_time_expressions(options, sentence):
    found = timexes(sentence, options)
    assert found == [], [(t.text, t.value) for t in found]


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        # decades and centuries as TimeML writes them
        ("Inflation last reached these levels in the 1980s.", "the 1980s", "198"),
        ("Pop songs of the '90s filled the stadium.", "the '90s", "199"),
        ("Fighting in the early 1970s displaced thousands.", "the early 1970s", "197"),
        ("The treaty shaped the borders of the 20th century.", "the 20th century", "19"),
        # seasons as time words
        ("The dam will be finished next spring.", "next spring", "2026-SP"),
        ("Elections are expected in the fall.", "fall", "2025-FA"),
        ("The offensive stalled in the winter of 2023.", "winter of 2023", "2023-WI"),
        # quarters and company results
        ("Third-quarter profit rose 12% from a year earlier.", "Third-quarter", "2025-Q3"),
        ("Third-quarter profit rose 12% from a year earlier.", "a year earlier", "2024-Q3"),
        ("The company expects a loss in the fourth quarter.", "the fourth quarter", "2025-Q4"),
        ("Sales fell 8% in the quarter ended Sept. 30.", "the quarter", "2025-Q3"),
        ("The airline reported a loss for the first half.", "the first half", "2025-H1"),
        ("The agency has a budget of $4 billion for fiscal 2026.", "fiscal 2026", "2026"),
        ("The October attacks killed dozens of civilians.", "October", "2025-10"),
        ("Fighting eased in mid-September.", "September", "2025-09"),
        # past, present and future without a date
        ("The reforms will only be felt in the future.", "the future", "FUTURE_REF"),
        ("Such attacks were rare in the past, residents said.", "in the past", "PAST_REF"),
        ("The two leaders met recently in Ankara.", "recently", "PAST_REF"),
        ("The border crossing is currently closed.", "currently", "PRESENT_REF"),
        # durations
        ("Revenue has tripled over the past three years.", "the past three years", "P3Y"),
        ("The siege of the city lasted two years.", "two years", "P2Y"),
        ("Fighting has continued for several weeks.", "several weeks", "PXW"),
        ("Talks could take a couple of months.", "a couple of months", "P2M"),
        ("Prices have doubled over the past decade.", "the past decade", "P10Y"),
        ("The two clans have feuded for years.", "years", "PXY"),
        ("The rebels entered the town three days later.", "three days later", "P3D"),
        ("Exports will fall by the end of the year, the bank said.", "the year", "2025"),
        ("The company reported a loss for the year ended June 30.", "the year", "P1Y"),
        ("The blackout lasted 36 hours.", "36 hours", "PT36H"),
        # holidays, parts of the day, spelled years
        ("Shops in the old city closed early on Christmas Eve.", "Christmas Eve", "2024-12-24"),
        ("Families will gather for Thanksgiving next month.", "Thanksgiving", "2025-11-27"),
        ("Pilgrims arrived before Easter.", "Easter", "2025-04-20"),
        ("The blast shook the city centre this morning.", "this morning", "2025-10-29"),
        ("Two people were killed last night in the shelling.", "last night", "2025-10-28"),
        ("The law dates from nineteen ninety-six, the senator said.", "nineteen ninety-six", "1996"),
        # the clock joins its day; "adjourned at" (not "until") Thursday is the Thursday gone
        ("The court adjourned at noon Thursday.", "noon", "2025-10-23T12:00"),
        ("The court adjourned until noon Thursday.", "noon", "2025-10-30T12:00"),
    ],
)
def test_timeml_values(options, sentence, words, value):
    assert one(timexes(sentence, options), words).value == value


def test_a_clock_time_without_a_day_is_on_the_day_the_story_named(options):
    text = (
        "Gunmen stormed a hotel on Monday, police said.\n\n"
        "The attackers arrived shortly after 8 p.m. and opened fire on guests."
    )
    assert one(timexes(text, options), "8 p.m.").value == "2025-10-27T20:00"
    # with no day named before it, the publication day
    assert one(timexes("The curfew starts at 8 p.m.", options), "8 p.m.").value == "2025-10-29T20:00"


@pytest.mark.xfail(reason="anchored on the publication date, not on the expression it names ('last Tuesday')")
def test_day_before_a_named_day(options):
    found = timexes("The day before last Tuesday's hearing, the lawyers met.", options)
    assert one(found, "The day before").value == "2025-10-20"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Protests in June and July 2025 left dozens dead.", "June", "2025-06"),
        ("The talks ran in March or April last year.", "March", "2025-03"),
        ("Aid arrived in November or December 2024.", "November", "2024-11"),
        ("Snow fell in December and January 2025.", "December", "2024-12"),
        # every month of a list is found, and takes the year printed after the last
        ("Floods in September, October and November 2024 cut the harvest.", "October", "2024-10"),
        ("Floods in March, April and July 2024 cut the harvest.", "April", "2024-04"),
        ("Rains fell in May, and June 2024 was dry.", "May", "2026-05"),  # two clauses: May keeps the anchor's year
    ],
)
def test_a_month_coordinated_with_a_dated_one_shares_its_year(sentence, text, value, options):
    found = {t.text: t.value for t in timexes(sentence, options, anchor=date(2026, 6, 11))}
    assert found[text] == value


def test_a_name_in_a_list_of_people_is_no_month(options):
    assert not [t.text for t in timexes("He met Smith, April and Jones on the terrace.", options)]


NOV = date(2019, 11, 19)  # a Tuesday


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        # a plan made in the past: what it planned may be done by now
        ("The board decided to reopen the inquiry in May after a witness came forward.", "May", "2019-05"),
        ("She was due to be freed from the jail in September after serving her term.", "September", "2019-09"),
        (
            "A farmer pleaded guilty Friday to threatening to burn a neighbour's barn in March, police said.",
            "March",
            "2019-03",
        ),
        ("He had vowed that the country would quit the union on Oct. 31.", "Oct. 31", "2019-10-31"),
        # ...but "would" in reported speech still looks ahead, and so does a plan made now
        ("The firm said it would cut jobs in March.", "March", "2020-03"),
        ("The firm plans to cut jobs in March.", "March", "2020-03"),
        ("The council decided to hold the vote in January.", "January", "2020-01"),
    ],
)
def test_a_future_seen_from_the_past(options, sentence, words, value):
    assert one(timexes(sentence, options, anchor=NOV), words).value == value


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        ("Judges will choose the design in the first half of next year.", "the first half of next year", "2020-H1"),
        ("The mill opened in August 2016. The next year, the owners sold it.", "next year", "2017"),
        ("Sales rose sharply in 2017 from the previous year.", "previous year", "2016"),
        ("The mill opened in 2016 and closed the following year.", "following year", "2017"),
        ("Sales rose sharply from the previous year.", "previous year", "2018"),
        ("The plant will reopen next year.", "next year", "2020"),
        ('"Forty-five years of farming," he said, "taught me patience."', "Forty-five years", "P45Y"),
    ],
)
def test_years_counted_from_the_story_and_compound_numbers(options, sentence, words, value):
    found = one(timexes(sentence, options, anchor=NOV), words)
    assert found.text == words or words in found.text
    assert found.value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Two experts told USA TODAY that the rule was new.",
        "The editorial in the People's Daily was harsh.",
        "The border was redrawn after the Six-Day War.",
    ],
)
def test_time_words_inside_names_are_not_times(options, sentence):
    assert timexes(sentence, options, anchor=NOV) == []


def test_the_periods_of_a_game_are_not_the_years(options):
    # a story about a game: its halves and quarters are periods of play; a dated quarter stays a quarter
    game = (
        "The Hawks beat the Owls 98-91. Reed had 12 rebounds and nine assists, and Ames dunked twice before "
        "halftime. Cole drew a technical foul in the third quarter. Ames scored 20 in the first half. The "
        "club's revenue rose in the third quarter of 2025, its owner said."
    )
    got = [(t.text, t.value) for t in timexes(game, options)]
    assert not any(text in ("the third quarter", "the first half") for text, _ in got), got
    assert any(value == "2025-Q3" for _, value in got), got
    # the same words in a company's results are quarters and halves of the year
    results = "Harbor Foods said sales rose in the third quarter and profit fell in the first half."
    assert [t.value for t in timexes(results, options)] == ["2025-Q3", "2025-H1"]
