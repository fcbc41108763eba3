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


# A local broadcaster's page: the site's mega-menu copies each teaser as one line, its
# headline glued to its lead ("... Won't StandRiverton Mayor ..."), above the story's own
# headline, stamp and "Filed Under" line.
LOCAL_TV_GLUED_TEASERS = """Menu
News
Weather
Sports
Video
Latest Headlines
Police: 2 Arrested After Break-In At Riverton Hardware StoreA 31-year-old man and a 24-year-old woman were arrested on Tuesday after a break-in at a hardware store on Main Street.
Diners Leave Without Paying $540 Tab At Lakeside GrillA party of eight left a Lakeside restaurant without paying after an argument with the manager, police said.
Mayor: 'Reckless' Pay Raise For Council Won't StandRiverton Mayor Dana Holt says the council's vote to raise its own pay was reckless and she will veto it.
Is Youth Football Getting Too Rough?Coaches and parents are asking whether the new tackling drills go too far after three injuries this season.
Weather
Weather Stories
First Frost Expected Across Metro RivertonForecasters say the first frost of the season could arrive by Thursday night, so cover your plants.
More
Station Info
County Officials: Second Case Of Rabies Found In Bats Near Riverton
November 19, 2026 at 9:45 am
Filed Under:Bats, County Health, Rabies, Riverton
RIVERTON, Ohio (AP) — County health officials have confirmed a second case of rabies in bats found near a Riverton park.

The county health department said Monday a resident found the bat near a playground on Saturday and called animal control. No one was bitten, officials said.

Officials urged residents not to touch bats or other wild animals and to call animal control if one is found inside a home. They said pets should be kept up to date on their rabies shots.

The first case was found in September about two miles from the park, the department said. Bats are the most common source of rabies in the state.

© 2026 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.
Comments
You must log in to post a comment.
Follow Us
Most Viewed
Diners Leave Without Paying $540 Tab At Lakeside Grill
County Officials: Second Case Of Rabies Found In Bats Near Riverton
"""


def test_teasers_glued_to_their_leads_are_not_the_story(options):
    (a,) = read(LOCAL_TV_GLUED_TEASERS, options)
    assert a.title == "County Officials: Second Case Of Rabies Found In Bats Near Riverton"
    assert a.dateline is not None and a.dateline.place == "Riverton"
    assert a.text.startswith("County health officials have confirmed a second case of rabies")
    assert a.text.endswith("the most common source of rabies in the state.")
    for teaser in ("Hardware Store", "Lakeside", "Mayor Dana Holt", "tackling drills", "first frost"):
        assert teaser not in a.text
    assert not any(is_loss_warning(w) for w in a.warnings)


# A motorcycle magazine's review: after the story, the site's own blurb, its footer and the
# whole cookie-consent box (paragraphs about what "the website" does with cookies).
MAGAZINE_COOKIE_FOOTER = """Skip to content
Bikes
Kit
Books
Subscribe
Road Riders Monthly
Touring atlas of the Alps review
14/06/2026 Tom Archer All, Books, Kit Reviews
Tested by: Jon Mallory RRP: £24.99 More info: www.example-atlas.co.uk

I have planned every trip over the Alps with a fistful of paper maps, so a single atlas of the passes, with gradients and fuel stops marked, was always going to get a fair hearing in this house.

Advert

The atlas covers 140 passes from the Col de Turini to the Grossglockner, each with a page of notes on the road surface, the hairpins and where the cafés are. The maps themselves are clear and the scale is generous enough to use at a fuel stop without your reading glasses.

My only complaint is the binding. After two weeks in a tank bag the cover was coming away from the spine, and at this price it should survive a summer of rain.

Tell us what YOU think...
comments
STUFF WE'VE BEEN UP TO
STUFF WE'VE BEEN UP TO
BIKES FOR SALE
A nod from the editor
Terms and conditions
Privacy Policy
roadridersmonthly.co.uk brings you the latest bike reviews news events and kit and the latest launch reports as they happen with our riders across the country
Copyright © Example Media Group Ltd, Media Centre, Example Way. LN9 6JR UK
This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.
Privacy Overview
This website uses cookies to improve your experience while you navigate through the website. Out of these, the cookies that are categorised as necessary are stored on your browser as they are essential for the working of basic functionalities of the website.
Necessary Always Enabled
Necessary cookies are absolutely essential for the website to function properly. This category only includes cookies that ensure basic functionalities and security features of the website.
Non-necessary
Any cookies that may not be particularly necessary for the website to function and are used specifically to collect user personal data via analytics, ads or other embedded contents are termed non-necessary cookies.
"""


def test_a_cookie_box_after_the_story_is_not_a_second_article(options):
    (a,) = read(MAGAZINE_COOKIE_FOOTER, options)
    assert a.title == "Touring atlas of the Alps review"
    assert a.text.startswith("I have planned every trip over the Alps")
    assert a.text.endswith("it should survive a summer of rain.")
    assert "cookies" not in a.text


# A business channel's page: its footer notices (delayed quotes, the wire's licence line)
# are copied first, then the story's stamp, headline, standfirst, share buttons and byline.
BUSINESS_TV_NOTICES_FIRST = """Markets
Economy
Personal Finance
Terms of Use
Privacy Policy
Quotes delayed at least 15 minutes. Real-time quotes provided by Example Exchange Real-Time Price. Market Data provided by Example Data Services. Mutual fund and ETF data provided by Example Funds. Legal statement.
This material may not be published, broadcast, rewritten, or redistributed. ©2026 Example Business Network, LLC. All rights reserved.
Published 1 day ago
Harbor Tools sales miss, shares slide
The hardware chain earned $1.1 billion in the third quarter.
Facebook
Twitter
Comments
Print
Email
By Lena Marsh
Harbor Tools reported third-quarter earnings that beat estimates while revenue fell short, sending its shares down more than 4 percent in early trading on Tuesday.

The hardware chain earned $1.1 billion, or $1.92 per share, as revenue rose 2.5 percent to $9.4 billion. Analysts had expected revenue of $9.6 billion.

"Our third quarter reflected growth across the business, yet sales were below what we expected," chief executive Omar Feld said in a statement.

The company now expects sales for the year to grow about 2 percent, down from the 3 percent it forecast in August.
"""


def test_footer_notices_copied_first_are_not_an_article(options):
    (a,) = read(BUSINESS_TV_NOTICES_FIRST, options)
    assert a.title == "Harbor Tools sales miss, shares slide"
    assert a.byline == "Lena Marsh"
    assert a.text.startswith("Harbor Tools reported third-quarter earnings")
    assert "Quotes delayed" not in a.text and "may not be published" not in a.text
    assert not any(is_loss_warning(w) for w in a.warnings)  # the "Comments" button is no comments header


# A sports blog: the lead lost its full stop in the copy, a short line under it, and a tag
# cloud (lower-case words, no comma) at the foot of the page.
BLOG_RUN_ON_LEAD = """Home
Sport News
Celebrity
Contact
Harbor United sign goalkeeper Tomas Reyes for a club record fee
StadiumTalk
August 08, 2026
Harbor United have this morning paid the club record fee to Rivermouth to secure the signing of their goalkeeper Tomas Reyes ahead of the new season


This frees the move of their first choice keeper to Portugal

Reyes will have a medical at the club's training ground today before signing a five-year contract, the club said in a statement.

The 24-year-old flew in from Lisbon last night and is expected to be in the squad for the opening match of the season on Saturday.
Tags:
Latest News
adote um amigo agua alerta ambiente amizade atendimento biblioteca caminhada campanha carnaval civil concurso cultura defesa dengue educação eleições emprego esporte evento feira festival futebol habitação inscrições lazer leitura meio obras parque prefeitura projeto saúde segurança show teatro trânsito turismo vacinação
"""


def test_a_lead_that_lost_its_full_stop_is_kept(options):
    (a,) = read(BLOG_RUN_ON_LEAD, options)
    assert a.title == "Harbor United sign goalkeeper Tomas Reyes for a club record fee"
    assert a.text.startswith("Harbor United have this morning paid the club record fee")
    assert a.text.endswith("the opening match of the season on Saturday.")
    assert "vacinação" not in a.text


# A space news site: an affiliate notice and a breadcrumb above the headline, a byline with
# an ISO stamp, and a caption whose credit the copy glued on ("... ringsCredit: ESA").
SPACE_SITE_BREADCRUMB = """Skip to main content
Search
News Tech Spaceflight Science & Astronomy Skywatching Forums Videos
Orbit Today is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission. Learn more
Home News Science & Astronomy
Saturn's Moon Titan Has Seasons of Methane Rain, Radar Shows
By Nora Quinn 2026-11-18T20:51:19Z Science & Astronomy
The rain falls in bursts, decades apart.
Shares
Radar image of the lakes near Titan's north pole, seen by a probe that passed in 2026.Credit: ESA
Titan, Saturn's largest moon, has seasons of methane rain that fill its northern lakes, a new study of radar images shows.

The researchers compared images of the same lakes taken twelve years apart and found that three of them had grown by about a fifth, which they say can only be explained by rain.

"We always suspected the lakes were filled by rain, but this is the first time we have seen them change," said lead author Ines Barros of the University of Lisbon.

The rain seems to fall in bursts that come decades apart, the team wrote, much like the monsoon storms on Earth but far slower.
No comments yet Comment from the forums
"""


def test_a_breadcrumb_and_an_affiliate_notice_above_the_headline(options):
    (a,) = read(SPACE_SITE_BREADCRUMB, options)
    assert a.title == "Saturn's Moon Titan Has Seasons of Methane Rain, Radar Shows"
    assert a.byline == "Nora Quinn"
    assert a.text.startswith("Titan, Saturn's largest moon, has seasons of methane rain")
    assert "affiliate" not in a.text and "Radar image" not in a.text


# A tabloid: captions glued to their credit inside the story, and a "Most read in" box of
# kicker and teaser pairs after it.
TABLOID_CREDITS_AND_MOST_READ = """News
Sport
TV & Showbiz
Hiker rescued after three days lost on mountain ridge
A WALKER who spent three nights lost on a mountain ridge was found alive by a rescue dog, police said.

The 48-year-old set out on Friday morning but lost the path in thick fog and ran out of water on Saturday.

Rescue teams on the ridge during the search on SundayCredit: Getty - Contributor
A spaniel named Bramble found him on Monday morning sheltering under a rock about a mile from the summit.

The mountain rescue team said he was cold and hungry but walked down to the ambulance without help.

The dog's handler said Bramble had picked up the scent within twenty minutes of starting the search.
Most read in news
SHOCK RESULT
Village show judge quits after prize marrow row
TOUGH LOVE
Mum bans kids from phones for a whole summer holiday
"""


def test_tabloid_captions_and_most_read_box_are_not_the_story(options):
    (a,) = read(TABLOID_CREDITS_AND_MOST_READ, options)
    assert a.title == "Hiker rescued after three days lost on mountain ridge"
    assert a.text.startswith("A WALKER who spent three nights lost")
    assert a.text.endswith("within twenty minutes of starting the search.")
    assert "Rescue teams on the ridge" not in a.text and "Getty" not in a.text
    assert "marrow" not in a.text


# A paper's editorial: the headline, a one-word label, then a standfirst of two sentences.
EDITORIAL_WITH_LABEL = """Opinion
The Guardian view
Columnists
Letters
Harbor City
The Harbor Times view on the port strike: a deal within reach
Editorial
The dock owners have the money to settle. It is up to them to return to the table, and the city should tell them so
Mon 18 Nov 2026 18.54 GMT
The port of Harbor City has been closed for nine days, and every day it stays closed costs the region's farmers and factories money they will not get back.

The dock owners say they cannot afford the pay rise the union asks for, but their own accounts show profits that have doubled in three years. A fair offer is within their means.

The union, for its part, should drop its demand that every new crane be staffed by two drivers, which the owners cannot accept and which does little for safety.
"""


def test_an_editorial_label_between_headline_and_standfirst(options):
    (a,) = read(EDITORIAL_WITH_LABEL, options)
    assert a.title == "The Harbor Times view on the port strike: a deal within reach"
    assert a.text.startswith("The port of Harbor City has been closed for nine days")


# A game studio's blog post: the post is mostly a list (no paragraphs), and a poll of
# sentences sits after the comment box. The poll reads more like prose than the post does:
# when the body comes from below the comments header, the reader must say so.
PROMO_POST_WITH_POLL = """Home
Games
Club
Harbor Quest 2 / Spring pack
March 5, 2026
Posted by Nightowl
What's new in the spring pack?
New levels for the whole family
More puzzles for every player
Better support for tablets
Bugs fixed in the save menu
Try something new with your friends this weekend
Who is this game for?
You are a family who plays board games every Sunday and want something new that everyone from the children to the grandparents can join in.
You recently moved and want to meet your new neighbours over a game night.
This game will help you!
Harbor Quest 2:
Hundreds of puzzles that will make your game nights longer and more fun for everyone at the table
Dozens of tricky questions that help you get to know each other better
A large set of maps and cards for fine-tuning the game to your group
Challenges to finish within a week, even after the game night is over
Quizzes, surprises and bonuses, so that each game night is unique
Facebook
Twitter
Previous Post
Next Post
Leave a Reply
You must be logged in to post a comment.
Polls
Have you already played Harbor Quest 2? Tell us what you thought of the new puzzles and the maps in the spring pack.
I do not have anyone to play with yet but I am looking forward to it (41%, 1,680 Votes)
Yes, the game is great and the whole family loves the maps (29%, 1,186 Votes)
No, but my friends tell me that the game is great and I will try it soon (15%, 625 Votes)
And when will it be possible to play it online with friends abroad? (16%, 654 Votes)
"""


def test_a_body_from_below_the_comments_header_warns(options):
    (a,) = read(PROMO_POST_WITH_POLL, options)
    assert a.title == "Harbor Quest 2 / Spring pack"
    assert any(is_loss_warning(w) and "comments" in w for w in a.warnings)


def test_a_breadcrumb_under_a_paragraph_is_not_the_headline(options):
    # the page's own blurb, a full sentence, opens the run of prose right above the breadcrumb
    page = SPACE_SITE_BREADCRUMB.replace(
        "Orbit Today is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission. Learn more",
        "Orbit Today is read by two million people every month, and our writers answer to readers, not to advertisers. We cover launches, missions and the science behind them, and we correct our mistakes in public.",
    )
    (a,) = read(page, options)
    assert a.title == "Saturn's Moon Titan Has Seasons of Methane Rain, Radar Shows"
    assert a.text.startswith("Titan, Saturn's largest moon")


# A metro paper running a wire story: a photo gallery (each caption printed twice, once with
# its credit) sits between the stamp and the dateline lead.
METRO_GALLERY_ABOVE_WIRE_LEAD = """Sections
News
Sports
Business
Harbor Chronicle
Port talks collapse as dock owners walk out
Lena Park, AP Labor Writer
Updated 5:27 am CST, Wednesday, November 20, 2026
Union leader Marta Silva, left, and port director Ian Cole leave the talks in Harbor City on Tuesday, Nov. 19, 2026. Both sides blamed the other for the collapse.
Union leader Marta Silva, left, and port director Ian Cole leave the talks in Harbor City on Tuesday, Nov. 19, 2026. Both sides blamed the other for the collapse. (AP Photo/Tom Reyes)
Photo: Tom Reyes, AP
Image 1 of 6
Caption
Close
Image 1 of 6
Union leader Marta Silva, left, and port director Ian Cole leave the talks in Harbor City on Tuesday, Nov. 19, 2026. Both sides blamed the other for the collapse.
Union leader Marta Silva, left, and port director Ian Cole leave the talks in Harbor City on Tuesday, Nov. 19, 2026. Both sides blamed the other for the collapse. (AP Photo/Tom Reyes)
Photo: Tom Reyes, AP
Port talks collapse as dock owners walk out
1 / 6
Back to Gallery

HARBOR CITY (AP) — Talks to end a nine-day strike at the port of Harbor City collapsed on Tuesday when the dock owners walked out of the room, the union said.

"They came with nothing new and left after an hour," union leader Marta Silva told reporters outside the talks.

The owners said in a statement that the union's demand for two drivers on every new crane made any deal impossible, and that they would not return until it was dropped.

The strike has left dozens of ships waiting at anchor outside the harbor, and farmers say their exports are rotting on the quay.
"""


def test_a_gallery_above_the_dateline_lead_is_not_the_story(options):
    (a,) = read(METRO_GALLERY_ABOVE_WIRE_LEAD, options)
    assert a.title == "Port talks collapse as dock owners walk out"
    assert a.dateline is not None and a.dateline.place == "Harbor City"
    assert a.text.startswith("Talks to end a nine-day strike")
    assert "leave the talks in Harbor City on Tuesday" not in a.text
    assert a.summary == []


# A business channel's story with a ticker table under its lead: prices and their changes
# ("-12.99 -5.44%") are not times, and the lead above the table is the story's.
BUSINESS_TICKER_TABLE = """Markets
Earnings
Published 3 hours ago
Harbor Tools sales miss, shares slide
By Lena Marsh
Harbor Tools reported third-quarter earnings that beat estimates while revenue fell short, sending its shares down more than 4 percent in early trading on Tuesday.
Continue Reading Below
Ticker Security Last Change Change %
HTL HARBOR TOOLS INC. 225.86 -12.99 -5.44%
RVS RIVERSIDE SUPPLY CO. 113.40 -1.62 -1.41%

The hardware chain earned $1.1 billion, or $1.92 per share, as revenue rose 2.5 percent to $9.4 billion. Analysts had expected revenue of $9.6 billion.

"Our third quarter reflected growth across the business, yet sales were below what we expected," chief executive Omar Feld said in a statement.

The company now expects sales for the year to grow about 2 percent, down from the 3 percent it forecast in August.
"""


def test_a_ticker_table_under_the_lead_does_not_cut_the_story(options):
    (a,) = read(BUSINESS_TICKER_TABLE, options)
    assert a.title == "Harbor Tools sales miss, shares slide"
    assert a.text.startswith("Harbor Tools reported third-quarter earnings")
    assert a.text.endswith("the 3 percent it forecast in August.")


# A lifestyle site's interviews: the same questions are asked of every cook, so each
# question is printed again and again; they stay in the story, which stays one article.
INTERVIEW_RECURRING_QUESTIONS = """Food
Home
Masters of taste: five home cooks who fill our feeds
Text: Vera Holt · 24 September 2026
Our five cooks know how to make food taste good and look good on a plate, and they told us how they started and what they cook on a busy evening.
"""
for _cook, _why, _dish in [
    (
        "Andrew",
        "I wanted to keep a diary of what I cooked for my children, and it grew from there.",
        "pasta with lemon and chilli, which takes ten minutes and never fails",
    ),
    (
        "Olga",
        "Food brings people together, even when they share no language at all.",
        "a tomato tart that my grandmother made every Sunday in summer",
    ),
    (
        "Dina",
        "I grew up in a family where everyone cooked, so it was only a matter of time.",
        "rice with vegetables and a spicy sauce that my friends always ask for",
    ),
]:
    INTERVIEW_RECURRING_QUESTIONS += f"""
Photo archive of {_cook}
What made you start your food page?
— {_why} Friends asked for recipes, so I started writing them down for everyone.
Which cuisine do you love most? Do you have a favourite, or do you cook everything?
— I love simple food cooked well, and I will eat anything that is fresh and made with care at home.
A quick dinner recipe for our readers.
— My quick dinner is {_dish}, and I make it at least once a week for the whole family.
You can vote for {_cook} on the last page!
"""


def test_an_interviews_recurring_question_stays_in_one_story(options):
    (a,) = read(INTERVIEW_RECURRING_QUESTIONS, options)
    assert a.title == "Masters of taste: five home cooks who fill our feeds"
    assert a.text.count("Which cuisine do you love most?") == 3
    assert "the spicy sauce" not in a.text and "a spicy sauce that my friends always ask for" in a.text


# A car site: the header (headline, author box, standfirst, stamp) sits far above the story,
# past a car-finder widget and a list of teasers with their own stamps and section labels.
CAR_SITE_FAR_HEADER = """×
Auto News
Car Reviews
Features
Motorsports
Eat/Sip/Drive
Harbor Wagon wants you to camp in comfort with its 2027 pop-top van
Ana ReyesView More Articles
The pop-top roof adds a double bed without making the van too tall for the garage
Carlo Diaz November 20, 2026 12:32
FIND YOUR NEXT CAR
Choose vehicle brand
Acura
Audi
BMW
Chevrolet
Ford
Honda
Hyundai
Isuzu
Kia
Lexus
Mazda
Mitsubishi
Nissan
Subaru
Suzuki
Toyota
Volvo
Acura
Audi
BMW
Chevrolet
Ford
Honda
Hyundai
Isuzu
Kia
Lexus
Mazda
Mitsubishi
Nissan
Subaru
Suzuki
Toyota
Volvo
Acura
Audi
BMW
Chevrolet
Ford
Honda
Hyundai
Isuzu
Kia
Lexus
Mazda
Mitsubishi
Nissan
Subaru
Suzuki
Toyota
Volvo
MORE STORIES LIKE THIS ONE
AUTO NEWS
Harbor Wagon opens its first showroom in the capital
May 15, 2025
CAR REVIEWS
2025 Harbor Wagon Cruiser
January 22, 2026
AUTO NEWS
Harbor Wagon camper van concept makes its world premiere
January 12, 2026
FEATURES
Five reasons why a camper van is the perfect family car for the long holidays
October 18, 2026
AUTO NEWS
This roof tent for pickups is the strangest thing you will see today
September 12, 2026
CAR REVIEWS
2026 Harbor Wagon Cruiser Sport
October 19, 2026
Earlier this year, Harbor Wagon showed a camper concept with a roof that pops up into a tent, and now, at the city motor show, the carmaker has finally revealed the van that will go on sale.

The pop-top roof lifts in under a minute and adds a double bed above the cabin, while the van stays low enough to fit in most garages when the roof is down.

Inside, the rear bench folds flat into a second bed, and a small kitchen with a sink and a cool box sits behind the sliding door.

Harbor Wagon says the van will reach showrooms in the spring, with prices to be announced closer to the launch.
- Next Auto News
"""


def test_a_header_far_above_the_story_past_a_teaser_list(options):
    (a,) = read(CAR_SITE_FAR_HEADER, options)
    assert a.title == "Harbor Wagon wants you to camp in comfort with its 2027 pop-top van"
    assert a.text.startswith("Earlier this year, Harbor Wagon showed a camper concept")
    assert "View More Articles" not in a.text and "roof tent for pickups" not in a.text


# A fact-checking site: after the check, the site's appeal to its readers, with the whole
# staff list (one name a line) between the check and the appeal's paragraphs.
FACT_CHECK_STAFF_LIST = """Fact Check
News
Archives
Did a Harbor City Councilman Say Dogs Should Be Banned From Parks?
Claim:
A Harbor City councilman said dogs should be banned from every park in the city.
Rating:
False
Origin
On Nov. 15, 2026, a post shared thousands of times on social media claimed that Harbor City councilman Tom Rask had said at a meeting that dogs should be banned from every park in the city.

We watched the recording of the meeting and found no such remark. Rask spoke about a fenced area for dogs in one park, which he said he supported.

Rask told us by phone that he had never proposed a ban, and that he owns two dogs himself.

In sum, the claim that Rask said dogs should be banned from the city's parks is false: the recording of the meeting shows him saying the opposite.
Fact Check Weekly
Independent and reader-funded
A Word to Our Readers
Support us and make a difference for readers everywhere.
Read the Letter
Editorial
Ruth Alder
Ben Marsh
Ida Frost
Karl Oduya
Nina Petrov
Sam Whitlow
Lea Brandt
Omar Haddad
Operations
Tess Moreau
Dev Raman
Jo Kealy
Anna Lind
Pete Sowa
Mia Castro
Ron Ebert
Liv Hansen
Tom Greer
Most of our fact checks begin when readers ask us whether something is true. Those questions send our team to the records, the recordings and the people involved, and we publish what we find.

We do this work every day at no cost to you, but it is far from free to produce, and we cannot afford to slow down. To keep going, we need the support of the readers who rely on us.

Support us so we can keep checking the claims that reach you, for you and for anyone searching for answers.
"""


def test_an_appeal_after_a_long_staff_list_is_not_the_story(options):
    (a,) = read(FACT_CHECK_STAFF_LIST, options)
    assert a.title == "Did a Harbor City Councilman Say Dogs Should Be Banned From Parks?"
    assert a.text.endswith("the recording of the meeting shows him saying the opposite.")
    assert "Ruth Alder" not in a.text and "far from free to produce" not in a.text
