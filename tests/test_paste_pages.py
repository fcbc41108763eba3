# ruff: noqa: E501  (the pages below are pasted text: a paragraph is one long line)
"""Whole pages copied from a browser (select all, copy), written in the styles of the outlets
that broke the paste reader: the story must be found wherever it sits, its headline read,
and a lost story must never pass in silence."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from dateline.cli import cli
from dateline.read import read_bytes
from dateline.read.paste import is_loss_warning
from dateline.settings import defaults

NAV = "\n".join(["World", "Business", "Markets", "Breakingviews", "Video", "More", "Sign In", "Register"])

# A wire service's page: the site's sidebar (Related Video, Related News, Related Topics,
# Quotes) sits ABOVE the story in the copy, share buttons and the site name above the headline.
WIRE_SIDEBAR_ABOVE = f"""Skip to main content
Wirewire
{NAV}

Science Video
Related Video
Astronauts test a greenhouse on the station
Related News
Rocket maker delays second launch to spring
Space agency picks landing sites for lunar rovers
Related Topics
Science
Space
Quotes
Orbital Dynamics Inc
+1.24%

Share on Facebook
Share on Twitter
Share on LinkedIn
Wirewire

Moon rover team wins funding after two failed bids

By Ines Varga, Tom Osei
4 Min Read

GENEVA (Wirewire) - A team of university engineers won 12 million euros from the European research council on Tuesday to build a small rover for the moon's south pole, after two bids in as many years were turned down.

"We were told twice that the design was too ambitious for its budget," said project lead Carla Mendes. "This time we cut the mass by a third and kept every instrument."

The rover, the size of a suitcase, will look for ice in craters that never see sunlight, the council said in a statement on its website.

Mendes said the team hoped to fly on a commercial lander in 2029, though no launch contract has been signed and the council's money covers only the build.

Two other teams, from Poland and Portugal, received smaller grants to design instruments that could ride on the same lander, the council said.

Reporting by Ines Varga; Editing by Tom Osei
Our Standards: The Wirewire Trust Principles.

Apps Newsletters Advertise with Us Advertising Guidelines Cookies Terms of Use Privacy
All quotes delayed a minimum of 15 minutes.
© 2026 Wirewire. All rights reserved.
"""

# A national paper: navigation lists before the story, "By Jane Doe June 3 at 4:05 PM",
# and footer teasers with their own stamps after it.
PAPER_BYLINE_TEASERS = """Sections
Politics
Opinions
Local
Sports
Tech
World
Sign In

Democracy Dies Slowly

Politics

City council votes to close downtown streets to cars on weekends
By Jane Doe June 3 at 4:05 PM

The city council voted 9 to 4 on Tuesday to close six downtown streets to cars every weekend from July, ending a debate that split business owners and neighborhood groups for more than a year.

Supporters said the closures would bring shoppers back to a district that lost a fifth of its stores during the pandemic. "People come when they can walk in the middle of the street," said council member Rosa Alvarez, who wrote the measure.

Opponents, led by a group of restaurant owners, warned that deliveries would become harder and that customers who drive in from the suburbs would go elsewhere.

The measure includes a review after six months. If weekend sales in the district fall, the council must vote again before the closures continue into next year.

Most Read
1
Storm knocks out power to thousands in the valley
2
School board picks new superintendent after long search
More from Politics
Mayor's budget adds 200 police officers
June 2, 2026
State lawmakers pass bill on short-term rentals
June 1, 2026
Contact Us Terms of Service Privacy Policy
"""

# A page whose prose is in three equal blocks far apart: whichever one the reader keeps, it
# keeps less than half of the page's prose, and must say so.
PAGE_OF_THREE = "\n".join(
    [
        "Daily Roundup",
        *[f"Section link number {i}" for i in range(30)],
        "",
        "Harbour reopens after the storm",
        "",
        "The harbour reopened on Monday after three days of closure, the port authority said in a statement. "
        "Ferries resumed their normal timetable by the afternoon and freight moved again at the container quays.",
        "",
        *[f"Sponsored listing number {i}" for i in range(30)],
        "",
        "Farmers in the eastern valley counted their losses on Monday as floodwater began to drain from their fields. "
        "Many said the damage to winter crops would take more than a season to repair in full.",
        "",
        *[f"Partner offer number {i}" for i in range(30)],
        "",
        "Schools in the district will open again on Wednesday, the education office said after engineers checked "
        "every building. Two schools near the river will stay closed until their basements are pumped dry.",
        "",
    ]
)


def read(text: str, options) -> list:
    return read_bytes("page.txt", text.encode(), options)


def test_wire_sidebar_above_the_story(options):
    (a,) = read(WIRE_SIDEBAR_ABOVE, options)
    assert a.title == "Moon rover team wins funding after two failed bids"
    assert a.byline == "Ines Varga, Tom Osei"
    assert a.dateline is not None and a.dateline.place == "Geneva"
    assert a.text.startswith("A team of university engineers won 12 million euros")
    assert a.text.endswith("could ride on the same lander, the council said.")
    for furniture in ("Related", "Science Video", "Share on", "Quotes", "Our Standards", "Reporting by", "©"):
        assert furniture not in a.text
    assert a.summary == []
    assert not any(is_loss_warning(w) for w in a.warnings)


def test_paper_byline_with_stamp_nav_and_teasers(options):
    (a,) = read(PAPER_BYLINE_TEASERS, options)
    assert a.title == "City council votes to close downtown streets to cars on weekends"
    assert a.byline == "Jane Doe"
    assert a.summary == []
    assert a.text.startswith("The city council voted 9 to 4 on Tuesday")
    assert a.text.endswith("before the closures continue into next year.")
    for furniture in ("Most Read", "Storm knocks out", "Mayor's budget", "Sign In", "Contact Us"):
        assert furniture not in a.text


def test_comments_are_not_the_story(options):
    page = PAPER_BYLINE_TEASERS.replace(
        "Most Read",
        "12 Comments\nriverfan says:\nJune 3, 2026 at 5:10 pm\n"
        "About time. Every other city in the region did this years ago and nobody wants to go back to the traffic.\n"
        "oldtowner says:\nJune 3, 2026 at 5:40 pm\n"
        "My shop depends on drivers from the suburbs and the council never asked us what we thought about any of it.\n"
        "Most Read",
    )
    (a,) = read(page, options)
    assert a.text.endswith("before the closures continue into next year.")
    assert "About time" not in a.text and "riverfan" not in a.text


def test_a_lost_story_is_never_silent(options):
    (a,) = read(PAGE_OF_THREE, options)
    assert any(is_loss_warning(w) and "much shorter than the prose" in w for w in a.warnings)


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("By Jane Doe June 3 at 4:05 PM", "Jane Doe"),
        ("By Kwame Mensah | Nov. 19, 2019, 9:02 AM", "Kwame Mensah"),
        ("By Anna Berg", "Anna Berg"),
    ],
)
def test_bylines_with_a_stamp(line, who):
    from dateline.read.layout import byline

    assert byline(line) == who


@pytest.mark.parametrize(
    "line",
    [
        "34 responses to “Coach says team needed the win”",
        "[ 167 comments ]",
        "Leave a Reply",
        "Comments",
    ],
)
def test_comment_headers(line, options):
    from dateline.read.paste import _classify, _Line

    assert _classify(_Line(line, 1), options).kind == "comments"


def test_strict_turns_a_lost_story_into_a_failure(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE_OF_THREE, encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(cli, ["extract", str(page), "--strict"])
    assert r.exit_code == 1
    assert "much shorter than the prose" in r.output and "--strict" in r.output
    r = runner.invoke(cli, ["ingest", str(page), "--db", str(tmp_path / "d.db")])
    assert r.exit_code == 0, r.output
    assert "1 new (1 with warnings)" in r.output
    r = runner.invoke(cli, ["ingest", str(page), "--db", str(tmp_path / "e.db"), "--strict"])
    assert r.exit_code == 1
    assert "0 new, 0 already stored, 1 failed" in r.output


# A regional paper: a "Most Popular" list between the byline and the story.
MOST_POPULAR_UNDER_BYLINE = """Home
News
Sports

Wild rally late to beat Sabres in overtime
By Tom Reyes | Special to the Daily Star
PUBLISHED: March 4, 2026 at 9:12 pm
MOST POPULAR
City police chief asks state for money to buy new radios
County fair will be free to attend starting next summer
Man hurt after car hits power pole on Route 9

Jonas Brodin scored twice in the third period and Kevin Marsh added the winner in overtime as the Wild came back to beat the Sabres 4-3 on Tuesday night.

"We never stopped skating, even when it looked like it was over," Marsh said after the game.

The Wild have won four of their last five games and moved two points clear of the last playoff place in the conference.
"""


def test_a_list_under_the_byline_is_not_the_summary(options):
    (a,) = read(MOST_POPULAR_UNDER_BYLINE, options)
    assert a.title == "Wild rally late to beat Sabres in overtime"
    assert a.byline == "Tom Reyes"
    assert a.summary == []
    assert a.text.startswith("Jonas Brodin scored twice")
    assert "County fair" not in a.text


def test_a_title_that_reads_as_a_link_gets_a_warning(options):
    page = (
        "Garden Club Notes\n\n"
        "The harbour reopened on Monday after three days of closure, the port authority said in a statement.\n\n"
        "Ferries resumed their normal timetable by the afternoon and freight moved again at the container quays.\n"
    )
    (a,) = read(page, options)
    assert a.title == "Garden Club Notes"
    assert any(is_loss_warning(w) and "looks like page furniture" in w for w in a.warnings)


# A wire paste whose dateline names two places and whose date stamp sits on its own line
# between the dateline and the lead: the stamp is the article's date, the first place its dateline.
TWO_PLACE_DATELINE_STAMP = """Oil field fire still burning two weeks after militant attack

KIRKUK, Iraq/BAGHDAD (Wirewire) -
Wed Mar 4, 2015 9:12am EST
Firefighters were still battling a blaze at an oil field north of the city on Wednesday, two weeks after militants set wells alight during an attack that killed four guards, officials said.

"We expect to put out the last well within days," a spokesman for the state oil company told reporters at the site.

Production from the field has been cut by half since the attack, according to the oil ministry, and engineers said repairs to the pipeline would take months.
"""


def test_stamp_line_under_a_two_place_dateline_dates_the_paste():
    [art] = read_bytes("wire.txt", TWO_PLACE_DATELINE_STAMP.encode(), defaults())
    assert art.title == "Oil field fire still burning two weeks after militant attack"
    assert art.dateline is not None and art.dateline.place == "Kirkuk"
    assert art.stamp is not None and art.stamp.resolve(None) is not None
    assert art.stamp.resolve(None).value.startswith("2015-03-04")
    assert art.text.startswith("Firefighters were still battling")


# A wire story on a paper's site: the headline carries a year ("2028"), and sits under a
# photo gallery's furniture; a year in a line of words is a headline's, not a date stamp's.
HEADLINE_WITH_A_YEAR = """Home
News
Politics
Image 1 of 4
Caption
Close
Former governor Ana Ruiz greets voters at a diner in Port Wells on Monday.
Photo: Sam Lee, AP
Ruiz takes long-shot 2028 campaign to coastal towns
1 / 4
Back to Gallery

PORT WELLS (AP) — Former governor Ana Ruiz spent Monday shaking hands in diners and fish markets along the coast, betting that a late start can be overcome by showing up where other candidates have not.

"Nobody comes here until the week before the vote," said a fisherman who gave only his first name, Tomas. "She came in November."

Ruiz, who entered the race three weeks ago, trails far behind in early polls and has raised a fraction of what her rivals have.
"""


def test_a_headline_with_a_year_is_not_a_date_stamp(options):
    (a,) = read(HEADLINE_WITH_A_YEAR, options)
    assert a.title == "Ruiz takes long-shot 2028 campaign to coastal towns"
    assert a.text.startswith("Former governor Ana Ruiz spent Monday")


# A regional paper's sports page: a strip of teaser links ("OUR PICKS") right above the
# section label and the headline; the byline and stamp below belong to the nearest headline
# above them, not to a teaser that happens to share words with the lead.
TEASERS_ABOVE_THE_HEADLINE = """SUBSCRIBE NOW Today's Paper Manage My Account
Home
News
Sports
OUR PICKS:
Holiday toy recall list
Harbor City water rates rising
Old mill for sale
SPORTSHOCKEY
Ortiz scores twice as Harbor City beat Rivermen 4-1
By TOM REYES | Special to the Herald
PUBLISHED: March 3, 2026 at 9:01 pm | UPDATED: March 3, 2026 at 10:12 pm

HARBOR CITY — Hours before Lena Ortiz scored twice on Tuesday, her coach said the city's water rates were the only thing rising faster than her confidence, and the forward proved him right.

"She is playing with the puck again instead of chasing it," coach Dan Ibsen said after the game. "That is the difference."

Harbor City have now won four straight at home and sit two points out of a playoff place with eleven games left.
"""


def test_a_teaser_above_the_headline_is_not_the_title(options):
    (a,) = read(TEASERS_ABOVE_THE_HEADLINE, options)
    assert a.title == "Ortiz scores twice as Harbor City beat Rivermen 4-1"
    assert a.text.startswith("Hours before Lena Ortiz scored twice")


# A business site: a long menu, a breadcrumb, the stamp, and then the headline, a question
# in sentence case, right above the standfirst and the story.
HEADLINE_UNDER_ITS_STAMP = """Home
News
Markets
Stocks
Mutual Funds
Be a Pro
Live TV
you are here: HomeNewsMarkets
Last Updated : Mar 4, 2026 02:10 PM IST | Source: Marketdesk.com
Rates on hold and bonds on a run; is the rally overdone?
Bond yields fell for a fifth straight session on Wednesday as traders bet the central bank would keep rates where they are until summer.
Priya Nair @priyawrites

The ten-year yield slipped to its lowest level since October, extending a rally that began when inflation data for January came in below forecasts, dealers said.

"The market has priced in a long pause, and any surprise in the next inflation print could reverse much of this move," said a fixed-income strategist at a Mumbai brokerage.
"""


def test_a_headline_under_its_stamp_opens_the_page(options):
    (a,) = read(HEADLINE_UNDER_ITS_STAMP, options)
    assert a.title == "Rates on hold and bonds on a run; is the rally overdone?"
    assert "is the rally overdone" not in a.text


# A diaspora news site: its "Breaking News" carousel of teasers, each cut off with "...",
# is copied as one very long line above the story (and again in the footer); the story is
# the paragraphs below it, not the strip.
TEASER_STRIP = (
    "Breaking News\n\n"
    + " ".join(
        f"{head} CITY{i}: {lead} officials said on Tuesday that the plan would go ahead despite the protests of..."
        for i, (head, lead) in enumerate(
            [
                ("Council backs new tram line", "Transport"),
                ("Court delays ruling on port deal", "Harbour"),
                ("Flood barrier opens a year late", "Water board"),
                ("Teachers accept pay offer", "Union"),
                ("Airport adds night flights", "Airport"),
            ]
        )
    )
    + "\nStranded travellers fly home after ten days\n\n"
    + "NEW TOWN: Nearly two hundred travellers stranded for ten days by a bankrupt charter airline flew home on Wednesday, tired and out of pocket, after the government paid for two relief flights.\n\n"
    + "“We slept on the floor of the terminal for three nights before anyone told us what was happening,” said Mira Sand, 34, a nurse who had saved for the trip for two years.\n\n"
    + "The transport ministry said it would seek to recover the cost of the flights from the airline's administrators, and urged travellers to check whether their card issuers would refund them.\n"
)


def test_a_strip_of_cut_off_teasers_is_not_the_story(options):
    (a,) = read(TEASER_STRIP, options)
    assert a.text.startswith("Nearly two hundred travellers stranded")
    assert "Council backs new tram line" not in a.text


def test_a_teaser_at_the_edge_of_the_story_is_not_its_lead(options):
    # the paper's "Most Popular" strip ends in a one-sentence teaser and a link right above the lead
    page = TEASERS_ABOVE_THE_HEADLINE.replace(
        "\nHARBOR CITY —",
        "Water rates are on the rise. These maps show where and how much.\n"
        "Old mill sold to a developer from out of town\n\nHARBOR CITY —",
    )
    (a,) = read(page, options)
    assert a.title == "Ortiz scores twice as Harbor City beat Rivermen 4-1"
    assert a.text.startswith("Hours before Lena Ortiz scored twice")
    assert "These maps show" not in a.text and "Old mill" not in a.text


# A theatre's blog: the post's headline opens with a bracketed tag, and the stamp line below
# it carries the comment count and category.
BRACKETED_HEADLINE = """Shopping Cart
About Us
Performance
Reservation
Contact us
Blog - Latest News
[Spring Season] Audience Notes from Our Opening Week!
March 9, 2026/0 Comments/in Promotion /by admin

Visitors who came to the opening week of the spring season left us their notes at the door, and we have gathered a few of them here.

“The dancers were wonderful and the music carried the whole evening. We will come back with our children next month.”

“A small theatre with a big heart. The staff helped us find seats even though we arrived late from the station.”
"""


def test_a_headline_may_open_with_a_bracketed_tag(options):
    (a,) = read(BRACKETED_HEADLINE, options)
    assert a.title == "[Spring Season] Audience Notes from Our Opening Week!"
