import gzip

import pytest

from dateline.read import read_bytes, read_file
from dateline.read.html import repair

from .conftest import EXAMPLES


def test_html_page_gives_the_record_a_paste_gives(options):
    (a,) = read_file(str(EXAMPLES / "page.html"), options)
    assert a.title == "Drought forces Andean towns to ration water"
    assert a.summary == [
        "Reservoirs in the southern highlands are at their lowest level in 40 years",
        "Officials say rationing could last until the rainy season begins in March",
    ]
    assert len(a.captions) == 1 and a.captions[0].credit == "Reuters/Ana Torres"
    assert a.captions[0].text.startswith("A dried-up section")
    assert a.dateline is not None and a.dateline.place == "Cusco"
    assert a.text.startswith("Authorities in three provinces")
    assert a.text.endswith("about 30 percent of supply.")
    assert "Related" not in a.text and "All rights reserved" not in a.text and "Reservoirs in" not in a.text
    assert [h.text for h in a.headings] == ["Climate pressure"]
    assert a.published is not None and a.published.value == "2026-01-08"
    assert a.source.outlet == "The Southern Ledger"
    assert a.byline == "Lucía Paredes"


def test_gzipped_html(tmp_path, options):
    p = tmp_path / "page.html.gz"
    p.write_bytes(gzip.compress((EXAMPLES / "page.html").read_bytes()))
    (a,) = read_file(str(p), options)
    assert a.title == "Drought forces Andean towns to ration water"


def test_broken_html_still_reads(options):
    html = (
        "<html><body><h1>Ferry sinks off coast<p>ATHENS: A ferry carrying 200 passengers sank off the island "
        "of Paros on Sunday, the coastguard said, and all on board were rescued by fishing boats nearby."
        "<p>The cause of the accident was not immediately clear, officials said on Sunday evening <b>unclosed"
    )
    (a,) = read_bytes("broken.html", html.encode(), options)
    assert "ferry carrying 200 passengers" in a.text


def _page(head: str, body: str) -> bytes:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


_STORY = (
    "<p>Lisbon's city council voted on Tuesday to cap short-term rental licences in the historic centre, "
    "after residents' groups said rising rents had pushed families out of the old quarters.</p>"
    "<p>“We cannot let the neighbourhoods become hotels,” the housing councillor told reporters after the vote, "
    "adding that the cap would be reviewed every two years.</p>"
    "<p>Owners' associations said they would challenge the measure in court, arguing that licences already "
    "granted were property rights that the council could not withdraw.</p>"
    "<p>The council estimates that one in three homes in the centre is let to tourists for part of the year, "
    "twice the share recorded a decade ago.</p>"
)


def test_ui_strings_are_not_byline_summary_or_body(options):
    html = _page(
        "<title>Lisbon caps holiday rentals in old town | The Harbour Post | 19.01.2020</title>"
        "<meta name='author' content='Username'>"
        "<meta property='og:site_name' content='The Harbour Post'>",
        "<header><div class='account'>Account You're logged in</div></header>"
        "<article><h1>Lisbon caps holiday rentals in old town</h1>"
        "<p class='summary'>Play today's crossword, sudoku and word search puzzles</p>"
        "<p class='byline'>By Marta Quintela</p>"
        f"{_STORY}"
        "<p>Date: 19.01.2020</p><p>Author: Marta Quintela</p><p>Keywords: Lisbon, housing</p><p>Print</p>"
        "<p>Permalink</p>"
        "</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert a.title == "Lisbon caps holiday rentals in old town"
    assert a.byline == "Marta Quintela"
    assert a.summary == []
    assert a.text.startswith("Lisbon's city council voted on Tuesday")
    for furniture in ("Keywords", "Permalink", "Print", "Date:", "crossword", "Username"):
        assert furniture not in a.text


def test_outlet_name_is_not_the_byline_when_the_page_names_an_author(options):
    html = _page(
        "<title>Lisbon caps holiday rentals - The Harbour Post</title>"
        "<meta name='author' content='The Harbour Post'><meta property='og:site_name' content='The Harbour Post'>",
        f"<article><h1>Lisbon caps holiday rentals</h1><p>By Marta Quintela</p>{_STORY}</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert a.title == "Lisbon caps holiday rentals"
    assert a.byline == "Marta Quintela"


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Lisbon caps holiday rentals | Harbour Post | 19.01.2020", "Harbour Post", "Lisbon caps holiday rentals"),
        ("The Harbour Post :: Lisbon caps holiday rentals", "The Harbour Post", "Lisbon caps holiday rentals"),
        ("Lisbon caps holiday rentals - The Harbour Post", "The Harbour Post", "Lisbon caps holiday rentals"),
        ("Lisbon caps holiday rentals - harbourpost.example", "", "Lisbon caps holiday rentals"),
        ("Rentals: Lisbon caps licences in old town", "The Harbour Post", "Rentals: Lisbon caps licences in old town"),
        ("Rentals capped - but not for long", "The Harbour Post", "Rentals capped - but not for long"),
    ],
)
def test_title_loses_the_site_suffix(title, site, expected, options):
    html = _page(
        f"<title>{title}</title><meta property='og:site_name' content='{site}'>"
        "<link rel='canonical' href='https://harbourpost.example/lisbon-rentals'>",
        f"<article>{_STORY}</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert a.title == expected


def test_standfirst_of_this_story_is_kept_and_the_lede_stays_in_text(options):
    html = _page(
        "<title>Lisbon caps holiday rentals</title>",
        "<article><h1>Lisbon caps holiday rentals</h1>"
        "<h2 class='standfirst'>The city council limits short-term rental licences in the historic centre</h2>"
        "<div class='story-body'>"
        "<p class='story-body__introduction'>Lisbon's council has voted to cap holiday rentals, saying “families "
        "are being priced out” of the old town.</p>"
        f"{_STORY}<p>From the section Europe</p></div></article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert a.summary == ["The city council limits short-term rental licences in the historic centre"]
    assert a.text.startswith("Lisbon's council has voted to cap holiday rentals")  # the lede stays body
    assert "From the section" not in a.text


def test_mojibake_credit_is_repaired_and_scripts_are_never_read(options):
    html = _page(
        "<title>Lisbon caps holiday rentals</title>",
        "<article><h1>Lisbon caps holiday rentals</h1>"
        "<figure><img src='a.jpg'><figcaption>Tourists walk through Alfama in Lisbon "
        "<script>var slot = 'ad-unit-7'; track(slot);</script>"
        "<span class='credit'>Photo: Rui Duarte \u00e2\u0080\u0094 Lusa</span></figcaption></figure>"
        f"{_STORY}</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    (cap,) = a.captions
    assert cap.text == "Tourists walk through Alfama in Lisbon"
    assert cap.credit == "Rui Duarte — Lusa"
    assert "ad-unit" not in " ".join([cap.text, cap.credit or "", a.text, *a.summary])


@pytest.mark.parametrize(("text", "fixed"), [("Caf\u00c3\u00a9 owners", "Café owners"), ("Ã  la carte", "Ã  la carte")])
def test_repair_only_where_it_clearly_repairs(text, fixed):
    assert repair(text) == fixed


@pytest.mark.parametrize("depth", [300, 1500, 5000])
def test_deeply_nested_page_keeps_its_article(depth, options):
    html = _page("<title>Lisbon caps holiday rentals</title>", "<div>" * depth + _STORY + "</div>" * depth)
    (a,) = read_bytes("deep.html", html, options)
    assert a.text.startswith("Lisbon's city council voted") and len(a.text.split()) > 80


def test_footer_teasers_are_not_body(options):
    html = _page(
        "<title>Lisbon caps holiday rentals</title>",
        f"<article><h1>Lisbon caps holiday rentals</h1>{_STORY}"
        "<p>Porto mayor 'will not follow Lisbon' on rentals [REACTION]</p>"
        "<p>Follow The Harbour Post on Facebook, Twitter and Instagram.</p></article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert a.text.endswith("twice the share recorded a decade ago.")


def test_page_without_metadata_date_reads_a_stamp_on_the_page(options):
    html = _page(
        "<title>Lisbon caps holiday rentals</title>",
        f"<article><h1>Lisbon caps holiday rentals</h1><time>June 3 at 4:05 PM</time>{_STORY}</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert a.published is None
    assert a.stamp is not None and a.stamp.month_day == (6, 3)


def test_hover_card_inside_a_link_is_not_read(options):
    card = (
        "<span class='tooltip-person'><img src='p.jpg'><a href='/people/ana'>Ana Ferreira</a>"
        "<a href='/x'>Council debates tourism tax | Mayor defends budget | Metro strike called off</a></span>"
    )
    html = _page(
        "<title>Lisbon caps holiday rentals</title>",
        "<article><h1>Lisbon caps holiday rentals</h1>"
        f"<p>The housing councillor <a href='/people/ana'>Ana Ferreira</a>{card} said the cap would be reviewed "
        "every two years, after owners' groups threatened to go to court.</p>"
        f"{_STORY}<p><span class='sr-only'>Image caption</span></p></article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert "The housing councillor Ana Ferreira said the cap would be reviewed" in a.text
    assert "Metro strike" not in a.text and "Image caption" not in a.text


def test_a_hover_wrapper_keeps_the_name_it_wraps(options):
    # the wrapper, the visible link and the card all carry the hover class; only the card goes
    wrapped = (
        "<span class='rollover-person'><a class='rollover-person-link' href='/people/rui'>Rui Matos</a>"
        "<span class='rollover-person-card'><a href='/people/rui'>Rui Alberto Matos</a>"
        "<a href='/y'>Port strike ends | Ferry fares rise</a></span></span>"
    )
    html = _page(
        "<title>Porto delays bridge works</title>",
        "<article><h1>Porto delays bridge works</h1>"
        f"<p>Porto Mayor {wrapped} (Ind.) said the bridge works would start after the summer festivals.</p>"
        f"{_STORY}</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert "Porto Mayor Rui Matos (Ind.) said the bridge works" in a.text
    assert "Ferry fares" not in a.text and "Rui Alberto Matos" not in a.text


@pytest.mark.parametrize(
    ("author", "site", "kept"),
    [
        ("Marta Quintela", "The Harbour Post", True),
        ("Marta Quintela and João P. Reis", "The Harbour Post", True),
        ("Rosa de la Cruz", None, True),
        ("Associated Press", "The Harbour Post", True),
        ("Reuters", None, True),
        ("Username", None, False),
        ("Account You're logged in", None, False),
        ("The Harbour Post", "The Harbour Post", False),
        ("Staff Writer", None, False),
        ("admin", None, False),
        ("newsdesk@harbourpost.example", None, False),
    ],
)
def test_metadata_byline_must_read_as_a_name_or_agency(author, site, kept):
    from dateline.read.html import _is_byline

    assert _is_byline(author, site) is kept


def test_script_inside_a_standfirst_list_is_not_read(options):
    html = _page(
        "<title>Lisbon caps holiday rentals</title>",
        "<article><h1>Lisbon caps holiday rentals</h1>"
        "<ul class='highlights'><li>Lisbon council caps short-term rental licences in the old town "
        "<script>window.dataLayer.push({'event': 'bullet'})</script></li>"
        "<li>Owners' associations say they will challenge the rental cap in court</li></ul>"
        f"{_STORY}</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert a.summary == [
        "Lisbon council caps short-term rental licences in the old town",
        "Owners' associations say they will challenge the rental cap in court",
    ]


def test_a_story_past_the_first_megabyte_of_markup_is_read(options):
    # news pages carry megabytes of inline scripts and styles before the story; the file-text cut
    # for pastes must not cut the markup before the article starts
    script = "<script>" + "window.ads.push({slot: 'banner', size: [300, 250]});\n" * 25000 + "</script>"
    story = (
        "<p>Flood waters receded across the river valley on Tuesday, leaving thousands of families to return "
        "to homes filled with mud and debris, emergency officials said.</p>"
        "<p>The regional council said it would open three more shelters and send water trucks to the worst-hit "
        "villages before the weekend.</p>"
    )
    page = (
        f"<!doctype html><html><head><title>Flood waters recede in river valley</title>{script}</head>"
        f"<body><article><h1>Flood waters recede in river valley</h1>{story}</article></body></html>"
    )
    assert len(page) > 1_000_000
    (a,) = read_bytes("page.html", page.encode(), options)
    assert "Flood waters receded across the river valley" in a.text
    assert "three more shelters" in a.text


def test_printed_headline_repeated_above_the_lead_is_not_body(options):
    # the metadata title is the short social one; the page prints a longer headline in its <h1>,
    # too long to pass for a section heading
    html = _page(
        "<title>Lisbon caps rentals</title><meta property='og:title' content='Lisbon caps rentals'>",
        "<article><div class='title-wrap'><h1>Lisbon council caps holiday rentals in the historic centre after "
        "residents protest that rising rents pushed families out of the old quarters</h1></div>"
        "<p>LISBON – Lisbon's city council voted on Tuesday to cap short-term rental licences in the historic "
        "centre, after residents' groups said rising rents had pushed families out.</p>"
        f"{_STORY}</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert a.title.startswith("Lisbon council caps holiday rentals in the historic centre")  # the printed one
    assert a.text.startswith("Lisbon's city council voted on Tuesday")
    assert a.dateline is not None and a.dateline.place == "Lisbon"


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        # the social title drops the printed label before the headline's colon
        ("Housing: Lisbon council caps holiday rentals", "Housing: Lisbon council caps holiday rentals"),
        # the printed headline is longer than the social one
        ("Lisbon caps holiday rentals, says council", "Lisbon caps holiday rentals, says council"),
        # a section label inside the <h1> goes, as a site's part of a <title> does
        ("City Desk | Lisbon rentals capped by council in old town", "Lisbon rentals capped by council in old town"),
        # a masthead <h1> shares no words with the story's title: the metadata title stays
        ("The Harbour Post", "Lisbon rentals capped by council"),
    ],
)
def test_printed_headline_outranks_the_social_title(h1, expected, options):
    html = _page(
        "<title>Lisbon rentals capped by council | The Harbour Post</title>"
        "<meta property='og:title' content='Lisbon rentals capped by council'>"
        "<meta property='og:site_name' content='The Harbour Post'>",
        f"<article><h1>{h1}</h1>{_STORY}</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert a.title == expected
    assert not a.text.startswith(expected)


def test_sentence_under_the_headline_in_its_header_is_the_standfirst(options):
    # no class marks it: an <h3> sentence in the headline's block, above the body
    deck = "THE city council has capped holiday rentals in Lisbon's old town, with owners vowing to fight it in court."
    html = _page(
        "<title>Lisbon caps holiday rentals</title>",
        f"<article><header><h1>Lisbon caps holiday rentals</h1><h3>{deck}</h3></header>"
        f"<div class='text'>{_STORY}</div></article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert a.summary == [deck]
    assert a.text.startswith("Lisbon's city council voted on Tuesday")


@pytest.mark.parametrize(
    "tail",
    [
        "(Reporting by Ana Duarte in Lisbon, editing by Paul Marsh.)",
        "Follow the Harbour Post's full coverage of Portuguese housing at https://harbourpost.example/housing",
        "Reach the reporters on Twitter at https://twitter.com/anaduarte and https://twitter.com/pmarsh",
    ],
)
def test_wire_pointer_lines_under_the_story_are_not_body(tail, options):
    html = _page(
        "<title>Lisbon caps holiday rentals</title>",
        f"<article><h1>Lisbon caps holiday rentals</h1>{_STORY}<p>{tail}</p></article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert a.text.endswith("twice the share recorded a decade ago.")


@pytest.mark.parametrize(
    "h1s",
    [
        # another story's headline shares only function words and a place with the title
        ["The Harbour Post", "Fire in the old town: a man is held by the police"],
        ["A fire in the old town is put out by the crews", "The Harbour Post"],
    ],
)
def test_printed_headline_shares_content_words_not_function_words(h1s, options):
    # a page of several <h1>s: one sharing "a", "the", "in", "is" with the metadata title is no
    # printed form of it, so the metadata title stays
    title = "A plan to cap rents in the old town is dropped by the council"
    html = _page(
        f"<title>{title} | The Harbour Post</title><meta property='og:title' content='{title}'>"
        "<meta property='og:site_name' content='The Harbour Post'>",
        "".join(f"<h1>{h}</h1>" for h in h1s) + f"<article>{_STORY}</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert a.title == title


_STORY_HEAD, _STORY_TAIL = _STORY[: _STORY.index("<p>Owners")], _STORY[_STORY.index("<p>Owners") :]


def test_blocks_that_are_one_link_to_another_page_are_not_body(options):
    # an app promotion and a related-stories list inside the story's container
    html = _page(
        "<title>Lisbon caps holiday rentals</title>",
        f"<article><h1>Lisbon caps holiday rentals</h1>{_STORY_HEAD}"
        "<p><strong><a href='/apps'>READ THE HARBOUR POST ANYWHERE WITH OUR APP</a></strong></p>"
        "<ul><li><a href='/a'>Seven quiet villages on the Douro</a></li>"
        "<li><a href='/b'>Why Porto's trams still run on wooden floors</a></li>"
        f"<li><a href='/c'>Photos: the tiled facades of Alfama</a></li></ul>{_STORY_TAIL}</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert "APP" not in a.text and "Douro" not in a.text and "trams" not in a.text and "Photos" not in a.text
    assert "the housing councillor told reporters" in a.text and "Owners' associations said" in a.text
    assert a.text.endswith("twice the share recorded a decade ago.")


def test_links_that_are_part_of_the_story_stay_in_body(options):
    # a linked item among plain list items, a linked line the story also prints as plain text,
    # a source address given as its own link text, and a sentence that ends in a link
    html = _page(
        "<title>Lisbon caps holiday rentals</title>",
        f"<article><h1>Lisbon caps holiday rentals</h1>{_STORY_HEAD}"
        "<p>The cap applies to three parishes:</p>"
        "<ul><li>Alfama and Mouraria</li><li><a href='/baixa'>Baixa and Chiado</a></li><li>Bairro Alto</li></ul>"
        "<p><a href='/notice'>Council notice 14/2026</a></p><p>Council notice 14/2026</p>"
        "<p>Sources:</p><p><a href='https://council.example/cap/2026'>https://council.example/cap/2026</a></p>"
        f"<p>The full text is on <a href='/text'>the council's site</a></p>{_STORY_TAIL}</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    read = "\n".join([a.text, *(h.text for h in a.headings)])  # a short line may be read as a subheading
    kept = ("Baixa and Chiado", "Council notice 14/2026", "https://council.example/cap/2026", "the council's site")
    assert all(k in read for k in kept)


def test_a_linked_sentence_and_a_subheading_to_this_page_stay_in_body(options):
    # a story sentence linked whole to its source document, and a subheading that is a jump link
    # to its own part of the page: both are the story's words, not pointers elsewhere
    html = _page(
        "<title>Lisbon caps holiday rentals</title>",
        f"<article><h1>Lisbon caps holiday rentals</h1>{_STORY_HEAD}"
        "<p><a href='survey.pdf'>A survey by the tenants' union found that rents in the centre rose by a "
        "third in two years.</a></p>"
        "<h2><a href='#court'>The challenge in court</a></h2>"
        f"<p id='court'>The owners' lawyers filed their first papers on Wednesday.</p>{_STORY_TAIL}</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    read = "\n".join([a.text, *(h.text for h in a.headings)])
    assert "rose by a third in two years." in a.text
    assert "The challenge in court" in read
    assert a.text.endswith("twice the share recorded a decade ago.")


def test_pointers_written_as_paragraphs_or_headings_are_not_body(options):
    # related stories given as a run of linked headings, one a sentence, and a lone linked line
    # to another page: pointers, wherever they sit
    html = _page(
        "<title>Lisbon caps holiday rentals</title>",
        f"<article><h1>Lisbon caps holiday rentals</h1>{_STORY_HEAD}"
        "<h3><a href='/douro'>Seven quiet villages on the Douro</a></h3>"
        "<h3><a href='/trams'>Porto's trams still run on wooden floors after a hundred years.</a></h3>"
        "<p><a href='/newsletter'>Sign up for our morning briefing</a></p>"
        f"{_STORY_TAIL}</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert "Douro" not in a.text and "trams" not in a.text and "briefing" not in a.text
    assert all("Douro" not in h.text and "trams" not in h.text for h in a.headings)
    assert "Owners' associations said" in a.text


@pytest.mark.parametrize(
    ("title", "h1", "expected"),
    [
        # a section name after a dash, a magazine's name before a colon: neither is in the metadata,
        # but the page prints the headline without them
        ("Lisbon caps holiday rentals - Property Desk", "Lisbon caps holiday rentals", "Lisbon caps holiday rentals"),
        ("Harbour Weekly: Lisbon caps holiday rentals", "Lisbon caps holiday rentals", "Lisbon caps holiday rentals"),
        # the printed headline is the whole title: nothing is cut
        ("Rentals capped - but not for long", "Rentals capped - but not for long", "Rentals capped - but not for long"),
        ("Rentals: Lisbon caps licences", "Rentals: Lisbon caps licences", "Rentals: Lisbon caps licences"),
        # the printed headline is worded otherwise: a dash or colon inside a headline stays
        ("Rentals capped - but not for long", "Lisbon caps rentals", "Rentals capped - but not for long"),
    ],
)
def test_title_part_the_printed_headline_leaves_out_is_cut(title, h1, expected, options):
    html = _page(f"<title>{title}</title>", f"<article><h1>{h1}</h1>{_STORY}</article>")
    (a,) = read_bytes("page.html", html, options)
    assert a.title == expected


@pytest.mark.parametrize(
    "pitch",
    [
        "Get the Harbour Post briefing delivered to your inbox each morning by subscribing today.",
        "Get Harbour Weekly delivered through your letterbox every Friday. Six issues for £9.",
        "If you enjoyed this article, we have an offer for you: become a Harbour Post member.",
    ],
)
def test_the_outlets_pitch_to_the_reader_is_not_body(pitch, options):
    html = _page(
        "<title>Lisbon caps holiday rentals</title>",
        f"<article><h1>Lisbon caps holiday rentals</h1>{_STORY_HEAD}<p>{pitch}</p>{_STORY_TAIL}"
        "<p>Residents can ask for the council's leaflet, which is delivered to your door within a week.</p>"
        "</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert pitch not in a.text
    assert "delivered to your door within a week" in a.text


# The published date (dateline.read.pubdate): the page's own day, in its publisher's zone.
_HARBOUR = (
    "<p>Halifax port workers ended a nine-day strike on Wednesday night after the union accepted a revised "
    "offer on overtime pay, letting the first container ships berth again before dawn.</p>"
    "<p>“Nobody wanted this to drag into the holidays,” the union's local president said as the crews "
    "returned, adding that members had voted by a wide margin to go back.</p>"
    "<p>Shipping lines had diverted at least a dozen vessels to Saint John and Boston during the stoppage, "
    "and freight forwarders warned that the backlog would take weeks to clear.</p>"
    "<p>The port authority said night shifts would run through the weekend to move the waiting containers "
    "inland by rail and truck.</p>"
)


def _published(html: bytes, options) -> str | None:
    (a,) = read_bytes("page.html", html, options)
    return a.published.value if a.published else None


def test_utc_time_of_the_next_day_takes_the_printed_local_date(options):
    # 03:40 UTC on 7 March is 10:40 pm on 6 March in the byline's zone: the page shows 6 March
    html = _page(
        "<title>Halifax port strike ends</title>"
        "<meta property='article:published_time' content='2024-03-07T03:40:00Z'>",
        "<article><h1>Halifax port strike ends</h1><div class='byline'>By Nadia Okafor "
        "<span class='stamp'>March 6, 2024 at 10:40 pm ET</span></div>" + _HARBOUR + "</article>",
    )
    assert _published(html, options) == "2024-03-06"


def test_utc_time_moves_to_a_date_the_page_states_without_a_clock(options):
    def page(published: str, stated: str) -> bytes:
        return _page(
            "<title>Halifax port strike ends</title>"
            "<link rel='canonical' href='https://harbourpost.example/news/halifax-strike-ends/'>"
            f"<meta property='article:published_time' content='{published}'>",
            "<article><h1>Halifax port strike ends</h1><div class='byline'>Nadia Okafor "
            f"<time datetime='{stated}'>{stated}</time></div>" + _HARBOUR + "</article>",
        )

    # 01:15 UTC is the evening before in the Americas: the page's 6 March is the publisher's day
    assert _published(page("2024-03-07T01:15:00+00:00", "2024-03-06"), options) == "2024-03-06"
    # 15:15 UTC can be 6 March nowhere: a stated day that far off is not this value's
    assert _published(page("2024-03-07T15:15:00+00:00", "2024-03-06"), options) == "2024-03-07"


def test_a_date_cited_in_the_story_is_not_the_published_date(options):
    # the fact check's quoted statement carries its own date above the headline; the byline's is the page's
    html = _page(
        "<title>Halifax port strike ends</title>",
        "<article><div class='claim'><p class='claim__text'>“Half the province's freight comes through "
        "this port.”</p><p class='claim__meta'>— Ellen Brask on Friday, January 12th, 2024 in a radio "
        "interview</p></div><h1>Halifax port strike ends</h1><p class='meta'>By Nadia Okafor "
        "<span class='meta'>on Wednesday, March 6th, 2024 at 9:05 a.m.</span></p>" + _HARBOUR + "</article>",
    )
    assert _published(html, options) == "2024-03-06"
    # with a date in its address, the address's date is the page's
    with_address = html.replace(
        b"<title>", b"<link rel='canonical' href='https://harbourpost.example/2024/mar/06/strike-ends/'><title>"
    )
    assert _published(with_address, options) == "2024-03-06"


def test_a_comment_time_does_not_set_the_publisher_zone(options):
    # a reader's comment stamped 9:12 am at -06:00 says nothing of when the story ran
    html = _page(
        "<title>Halifax port strike ends</title>"
        "<meta property='article:published_time' content='2024-03-07T04:30:00+00:00'>",
        "<article><h1>Halifax port strike ends</h1>" + _HARBOUR + "</article>"
        "<ol class='comment-list'><li><div class='comment-meta'><time itemprop='datePublished' "
        "datetime='2024-03-07T09:12:00-06:00'>March 7, 2024 at 9:12 am</time></div><p>Good news.</p></li></ol>",
    )
    assert _published(html, options) == "2024-03-07"


def test_a_headline_classed_h1_is_the_title_however_the_metadata_rewords_it(options):
    # the social title shares one content word with the printed headline: the <h1>'s class says which is the page's
    html = _page(
        "<title>Halifax dockers go back after union vote | Harbour Post</title>"
        "<meta property='og:site_name' content='Harbour Post'>",
        "<article><h1 class='story-header__hed'>Port strike over as crews return before dawn</h1>"
        + _HARBOUR
        + "</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert a.title == "Port strike over as crews return before dawn"


def test_a_headline_classed_h1_that_links_to_another_story_is_not_the_title(options):
    # an aggregator's teaser: the classed <h1> is one link to the story elsewhere
    html = _page(
        "<title>Halifax dockers go back after union vote | Harbour Post</title>"
        "<meta property='og:site_name' content='Harbour Post'>",
        "<aside><h1 class='headline'><a href='https://elsewhere.example/tugboat-crews'>Tugboat crews weigh a "
        "walkout of their own</a></h1></aside><article>" + _HARBOUR + "</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert a.title == "Halifax dockers go back after union vote"


def test_published_values_out_of_the_calendar_are_not_read():
    from dateline.read.pubdate import parse_value

    # only years 1900-2099 are read as a page's date (a placeholder year 0001 or 9999 is none), so the edges of
    # the calendar, where moving a clock to UTC would overflow, are never reached
    assert parse_value("0001-01-01T00:30:00+05:00") is None
    assert parse_value("9999-12-31T23:30:00-05:00") is None
    value = parse_value("2024-03-07T01:15:00-0500")
    assert value is not None and value.local and value.day.isoformat() == "2024-03-07"


@pytest.mark.parametrize(
    "jsonld",
    [
        '{"@type": "NewsArticle", "@graph": 7}',
        '[{"@graph": true}, {"@graph": {"datePublished": "nonsense"}}]',
        '{"datePublished": ["2024-03-06"], "dateModified": {"x": 1}}',
        "[" * 60000 + "]" * 60000,
    ],
)
def test_hostile_json_ld_does_not_lose_the_article(jsonld, options):
    # a page's JSON-LD is whatever its CMS wrote: odd shapes and deep nesting leave the story read
    html = _page(
        "<title>Halifax port strike ends</title>"
        "<meta property='article:published_time' content='2024-03-06T15:40:00-04:00'>"
        f"<script type='application/ld+json'>{jsonld}</script>",
        "<article><h1>Halifax port strike ends</h1>" + _HARBOUR + "</article>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert "container ships berth again" in a.text
    assert a.published is not None and a.published.value == "2024-03-06"


def test_published_day_falls_back_to_htmldate_when_the_page_cannot_be_weighed(monkeypatch):
    from dateline.read import pubdate

    def broken(tree):
        raise KeyError("a page shape nobody foresaw")

    monkeypatch.setattr(pubdate, "page_values", broken)
    assert pubdate.published_day(object(), "2024-03-06T10:00:00", None).isoformat() == "2024-03-06"


def test_a_long_run_of_spaces_in_a_published_value_is_read_right():
    # the old pattern backtracked over the run (quadratic; bench/hostile.py times such a page)
    from dateline.read.pubdate import parse_value

    assert parse_value("2024-03-07T01:15" + " " * 40000 + "x") is None
    assert parse_value("2024-03-07 01:15" + " " * 40000) is not None
    value = parse_value("  2024-03-07 01:15:00  UTC  ")
    assert value is not None and value.clock is not None and value.offset is None


def test_a_block_is_read_for_a_stamp_only_up_to_a_stamp_length():
    # a deep nest of blocks holding digits must not be read whole at every level (quadratic in the
    # depth): reading stops once the text is longer than a stamp can be
    from dateline.read.pubdate import _short_text

    class Block:
        read = 0

        def itertext(self):
            for _ in range(2000):
                Block.read += 1
                yield "7 "

    assert _short_text(Block()) is None
    assert Block.read < 60


def test_deeply_nested_blocks_still_give_the_printed_stamp():
    import lxml.html

    from dateline.read.pubdate import printed_stamps

    html = "<html><body><p>March 6, 2024</p>" + "<div>7 " * 2000 + "</div>" * 2000 + "</body></html>"
    tree = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))  # as the reader parses
    assert [s.day.isoformat() for s in printed_stamps(tree, None)] == ["2024-03-06"]


def test_layout_classes_of_the_page_do_not_make_its_byline_foreign(options):
    # "right-sidebar" on <body> and "commentary" on the story's <article> say nothing of the byline's stamp
    html = _page(
        "<title>Halifax port strike ends</title>"
        "<meta property='article:published_time' content='2024-03-07T03:40:00Z'>",
        "<article class='commentary'><h1>Halifax port strike ends</h1><div class='byline'>By Nadia Okafor "
        "<span class='stamp'>March 6, 2024 at 10:40 pm ET</span></div>" + _HARBOUR + "</article>",
    ).replace(b"<body>", b"<body class='single right-sidebar comments-open'>")
    assert _published(html, options) == "2024-03-06"
    # a stamp in the sidebar itself is still another story's
    import lxml.html

    from dateline.read.pubdate import _foreign, _story_holders, printed_stamps

    aside = b"<div class='rightSidebar'><p>March 2, 2024 at 8:15 am ET</p></div>"
    sidebar = html.replace(b"</article>", b"</article>" + aside)
    tree = lxml.html.fromstring(sidebar)
    assert [s.day.isoformat() for s in printed_stamps(tree, None)] == ["2024-03-06"]
    assert not _foreign(tree.xpath("//span[@class='stamp']")[0], _story_holders(tree))


def test_a_clock_in_a_list_of_other_stories_does_not_set_the_publisher_zone(options):
    # the teaser list's 11:40 pm is another story's: the page's own date-only value stands beside 03:40 UTC
    teasers = (
        "<ul class='more-news'><li><a href='https://harbourpost.example/ferry-fares'>Ferry fares rise in spring</a>"
        " <span>March 6, 2024 at 11:40 pm</span></li>"
        "<li><a href='https://harbourpost.example/dock-crane'>New crane for the south dock</a>"
        " <span>March 5, 2024 at 9:10 am</span></li></ul>"
    )
    html = _page(
        "<title>Halifax port strike ends</title>"
        "<meta property='article:published_time' content='2024-03-07T03:40:00Z'>",
        "<article><h1>Halifax port strike ends</h1><div class='byline'>Nadia Okafor "
        "<time datetime='2024-03-07'>7 March</time></div>" + _HARBOUR + teasers + "</article>",
    )
    assert _published(html, options) == "2024-03-07"


def test_a_byline_written_as_one_list_item_with_the_author_link_sets_the_publisher_zone(options):
    # one item holding the author's link is the byline, not a list of other stories: its 8:05 pm
    # (Atlantic time) puts 00:05 UTC on 7 March back on the 6th
    byline = (
        "<ul class='meta'><li>By <a href='/staff/nadia-okafor'>Nadia Okafor</a> | "
        "<span>Mar 6, 2024 8:05 pm AST</span></li></ul>"
    )
    html = _page(
        "<title>Halifax port strike ends</title>"
        "<meta property='article:published_time' content='2024-03-07T00:05:00Z'>",
        "<article><h1>Halifax port strike ends</h1>" + byline + _HARBOUR + "</article>",
    )
    assert _published(html, options) == "2024-03-06"


def test_a_published_value_with_its_own_zone_outranks_a_bare_date_of_the_utc_day(options):
    # 22:15 at -05:00 on 6 March is 03:15 UTC on 7 March: the bare "2024-03-07" is the UTC day, not the publisher's
    jsonld = '{"@type": "NewsArticle", "datePublished": "2024-03-06T22:15:00-05:00"}'
    html = _page(
        "<title>Halifax port strike ends</title><meta name='date' content='2024-03-07'>"
        f"<script type='application/ld+json'>{jsonld}</script>",
        "<article><h1>Halifax port strike ends</h1>" + _HARBOUR + "</article>",
    )
    assert _published(html, options) == "2024-03-06"
    # a bare date that is the zoned value's own day agrees with it
    assert _published(html.replace(b"2024-03-07", b"2024-03-06"), options) == "2024-03-06"


def test_a_modified_time_never_gives_the_published_day():
    import lxml.html

    from dateline.read.pubdate import published_day

    # htmldate read 12 January from the text; the page names 9 March only as its last change, and prints 6 March
    tree = lxml.html.fromstring(
        "<html><head><meta property='article:modified_time' content='2024-03-09T10:00:00Z'></head><body>"
        "<article><h1>Halifax port strike ends</h1><p class='byline'>March 6, 2024</p></article></body></html>"
    )
    assert published_day(tree, "2024-01-12", None).isoformat() == "2024-03-06"
    # an unnamed <time> (a byline's own, "1 day ago") still stands for the page
    bare = tree.getroottree().getroot()
    bare.find(".//article").insert(1, lxml.html.fromstring("<time datetime='2024-03-05T11:00:00Z'>1 day ago</time>"))
    assert published_day(bare, "2024-01-12", None).isoformat() == "2024-03-05"


def test_a_story_split_over_containers_goes_on_past_a_link_before_a_comma(options):
    # the page splits the story over two containers of the same class with an advertisement row between
    # them; the first ends in a paragraph whose link stands right before a comma, and a pull quote in the
    # second repeats one of its sentences
    first = (
        "<p>The harbour board approved a plan on Monday to deepen the main channel so that larger container "
        "ships can dock, a project it says will take four years and cost about 300 million euros.</p>"
        "<p>Fishermen who work the inner basin say the dredging will cloud the water for months and drive "
        "away the sardine shoals they depend on in the warmer part of the year.</p>"
        "<p>The plan now goes to the <a href='/ministry'>ministry of the sea</a>, which has ninety days to "
        "answer. Nobody at the meeting asked who would pay if the shoals never came back.</p>"
    )
    second = (
        "<p>Similar projects in two northern ports ran over budget by a third, according to an audit the "
        "board published last spring and which critics have quoted ever since.</p>"
        "<aside><p>Nobody at the meeting asked who would pay if the shoals never came back.</p></aside>"
        "<p>Board members said the audit had been read carefully and that the new contract shares the risk "
        "of delays with the dredging company rather than leaving it with the port.</p>"
        "<p>A public hearing on the environmental study is due before the end of the year, the board said.</p>"
    )
    html = _page(
        "<title>Harbour board backs deeper channel</title>",
        "<main><article><h1>Harbour board backs deeper channel</h1>"
        f"<div class='grid'><div class='body article__body'>{first}</div>"
        "<div class='rail'><div class='ad'><div class='ad__slot'></div></div></div></div>"
        "<div class='row'><div class='ad'><span>Advertisement</span><div class='ad__slot'></div></div></div>"
        f"<div class='grid'><div class='body article__body'>{second}</div></div>"
        "</article><footer><p>About us</p></footer></main>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert a.text.endswith("before the end of the year, the board said.")
    assert "ministry of the sea, which has" in a.text
    assert a.text.count("Nobody at the meeting asked") == 1


def test_a_split_story_is_not_continued_into_readers_comments(options):
    # a page builder gives the comment widget the same class as the story's container
    story = (
        "<p>The harbour board approved a plan on Monday to deepen the main channel so that larger container "
        "ships can dock, a project it says will take four years and cost about 300 million euros.</p>"
        "<p>Fishermen who work the inner basin say the dredging will cloud the water for months and drive "
        "away the sardine shoals they depend on in the warmer part of the year.</p>"
        "<p>Read how the port paid for its last expansion in <a href='/part-two'>the second part of this "
        "series</a>.</p>"
    )
    comments = (
        "<div class='comment-body'><p>Great piece, I have fished that basin for twenty years and the water "
        "was never as clear as the board claims in its glossy brochure.</p></div>"
        "<div class='comment-body'><p>Thanks for reading, Marta, and for sharing what you have seen on the "
        "water over all those seasons at the harbour mouth.</p></div>"
    )
    html = _page(
        "<title>Harbour board backs deeper channel</title>",
        "<main><article><h1>Harbour board backs deeper channel</h1>"
        f"<div class='grid'><div class='body article__body'>{story}</div></div></article>"
        f"<section><div class='body article__body'>{comments}</div></section></main>",
    )
    (a,) = read_bytes("page.html", html, options)
    assert "sardine shoals" in a.text
    assert "Great piece" not in a.text and "Thanks for reading" not in a.text
