import pytest

from dateline.read.layout import byline, caption, is_end_of_body, is_furniture, is_heading, split_dateline


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("Taliban fighters stand guard at a checkpoint in Kabul on Monday. (AFP)", "Taliban fighters", "AFP"),
        ("President Biden speaks in the Rose Garden. (AP Photo/Evan Vucci)", "President Biden", "AP Photo/Evan Vucci"),
        ("Cranes stand idle at the new terminal in Valmora. (Photo: Reuters)", "Cranes stand", "Reuters"),
        ("Rescue workers search the rubble in Antakya. — Reuters", "Rescue workers", "Reuters"),
        # a labelled credit, glued to the caption by the copy (a tabloid) or after its full stop (a science site)
        ("Crews clear the flooded road outside the depot on SundayCredit: Getty", "Crews clear", "Getty"),
        ("The lander's four legs fold up under its fuel tanks. Image credit: NASA/JPL", "The lander", "NASA/JPL"),
    ],
)
def test_captions(line, text, credit, options):
    cap = caption(line, options)
    assert cap is not None
    assert cap.text.startswith(text)
    assert cap.credit == credit


@pytest.mark.parametrize(
    "line",
    [
        "The ministry said the talks would resume (after a pause) next week.",
        "Officials met in Geneva (Switzerland) on Tuesday to discuss the plan.",
        "He spoke to the AFP news agency on Monday.",
        "She said the photo: it was taken before the fire, not after it.",
        "The agency moved to discredit: a report it called false.",
    ],
)
def test_not_captions(line, options):
    assert caption(line, options) is None


@pytest.mark.parametrize(
    "line",
    [
        "Short Url",
        "Follow",
        "  Share  ",
        "Read more: EU widens inquiry into port subsidies",
        "4 min read",
        "10:32 GMT",
        # a cookie-consent box's paragraphs
        "Essential cookies are needed for the website to work and cannot be switched off in our systems.",
        "Any cookies that this site does not strictly need are set only after you agree to them.",
        "Utilizziamo i cookie per offrirti la migliore esperienza sul nostro sito.",
        # the wire's licence line, market-data notices, affiliate and newsletter boxes
        "This material may not be published, broadcast, rewritten, or redistributed. ©2026 Channel Nine News.",
        "Quotes delayed at least 20 minutes. Real-time prices provided by the exchange.",
        "Market data provided by Example Data Services.",
        "Readers fund this site. When you buy through links on our site, we may earn an affiliate commission.",
        "Stay in the loop with Harbor Labs. Subscribe to our newsletter.",
        "Want more stars? Subscribe to our sister title Night Sky Monthly for the latest news from the observatories!",
        "No spam, we promise. You can unsubscribe at any time and we will never share your details.",
        # a pitch whose last sentence tells the reader to sign up; a subscription offer with a promo code
        "Get the week's harbour news in your inbox. Subscribe to Portside.net’s newsletters.",
        "Begin your morning with the Tide Table. Skippers read it first. Sign up for the free daily newsletter.",
        'Try Harbour Plus for as little as $2 for the first month. Use the code "TIDE24". Cancel any time.',
        # the publisher's and the author's boilerplate under a story
        "Orbit Today is part of Example Media Inc, a digital publisher. Visit our corporate site.",
        "Nora Quinn's book about comets is out now. Follow her on Twitter @noraquinn.",
        "Join our forums to keep talking about the missions! And if you have a news tip, write to us.",
    ],
)
def test_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Pakistan says talks collapse",
        "He said he would follow the talks closely.",
        # a story about cookies is not the cookie box
        "The browser maker said it would stop third-party cookies next year, a change advertisers have fought.",
        "Analysts said the newsletter had 40,000 subscribers when the company sold it.",
        "Police asked anyone who saw the crash to follow the instructions on their website.",
        "Officers told callers to use the code word the family had agreed on.",
        "Subscribers fell by a third. Most said the newsletter cost too much, the survey found.",
    ],
)
def test_not_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Related",
        "Related articles",
        "More from World",
        "Tags: Pakistan, Afghanistan",
        # "you may also like" on pages in Portuguese, Spanish, French, German and Italian
        "Você pode gostar...",
        "También te puede interesar",
        "Vous aimerez aussi",
        "Das könnte Sie auch interessieren",
        "Potrebbe interessarti anche",
    ],
)
def test_end_of_body(line):
    assert is_end_of_body(line)


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("By Maria Lopez", "Maria Lopez"),
        ("By Hannah Okafor and Daniel Mersha", "Hannah Okafor and Daniel Mersha"),
        ("BY TOMAS LIND", "TOMAS LIND"),
        ("By Anna Berg | Staff writer", "Anna Berg"),
    ],
)
def test_bylines(line, who):
    assert byline(line) == who


@pytest.mark.parametrize(
    "line", ["By Wednesday, the talks had collapsed.", "by then it was too late", "Bystanders watched."]
)
def test_not_bylines(line):
    assert byline(line) is None


@pytest.mark.parametrize(
    ("para", "place", "rest"),
    [
        ("ISLAMABAD: Pakistan's information minister said", "Islamabad", "Pakistan's information minister said"),
        ("ADDIS ABABA, Nov 12 (Reuters) - Ethiopia, Egypt and Sudan", "Addis Ababa", "Ethiopia, Egypt and Sudan"),
        ("KYIV, Ukraine (AP) — Russian drones struck", "Kyiv", "Russian drones struck"),
        ("NEW YORK — Stocks fell on Monday", "New York", "Stocks fell on Monday"),
    ],
)
def test_datelines(para, place, rest):
    dl, text = split_dateline(para)
    assert dl is not None and dl.place == place
    assert text == rest


@pytest.mark.parametrize(
    "para", ["Pakistan's information minister said: talks failed.", "US officials said - again - no."]
)
def test_not_datelines(para):
    dl, text = split_dateline(para)
    assert dl is None and text == para


@pytest.mark.parametrize(
    ("line", "alone", "expected"),
    [
        ("BREAKDOWN OF TALKS", False, True),
        ("Climate Pressure On The Andes", False, True),
        ("Schools to stay closed on Monday", True, True),
        ("Schools to stay closed on Monday", False, False),
        ("The talks collapsed on Wednesday.", True, False),
        ("Those efforts, he noted, proved futile", False, False),
    ],
)
def test_headings(line, alone, expected, options):
    assert is_heading(line, options, alone=alone) is expected
