"""The paste reader on the shipped examples (outlets' styles) and on the seed."""

from pathlib import Path

import pytest

from dateline import extract
from dateline.read import read_bytes, read_file

from .conftest import EXAMPLES


def read(name, options):
    return read_file(str(EXAMPLES / name), options)


def test_seed_two_articles(seed_path: Path, options):
    arts = read_file(str(seed_path), options)
    assert [a.source.index for a in arts] == [0, 1]
    a, b = arts
    assert (
        a.title
        == "Pakistan says peace talks with Afghan Taliban collapse over Kabul’s refusal to act against militants"
    )
    assert b.title == "Pakistan IT minister in Kuwait to attend digital cooperation body meeting on AI risks"
    assert len(a.summary) == 2 and len(b.summary) == 2
    assert not any(s.startswith(("•", "-")) for s in a.summary + b.summary)
    assert [c.credit for c in a.captions] == ["AFP"] and b.captions == []
    assert a.dateline is not None and a.dateline.place == "Islamabad"
    assert b.dateline is not None and b.dateline.place == "Karachi"
    assert a.text.startswith("Pakistan’s information minister Attaullah Tarar said on Wednesday")
    assert a.text.endswith("though New Delhi has consistently denied the allegation.")
    for furniture in ("Short Url", "Follow", "Updated 29 October 2025", "BREAKDOWN OF TALKS", "ISLAMABAD:"):
        assert furniture not in a.text
    assert [h.text for h in a.headings] == ["BREAKDOWN OF TALKS"]
    assert a.text[a.headings[0].offset :].startswith("Pakistani officials said a day earlier")
    assert b.text.endswith("across the public and private sectors.")
    assert a.stamp is not None and a.stamp.date is not None and a.stamp.date.value == "2025-10-29"
    assert b.stamp is not None and b.stamp.date is None


def test_wire_story(options):
    (a,) = read("wire-story.txt", options)
    assert a.title == "Nile dam talks resume in Addis Ababa after six-month pause"
    assert a.byline == "Hannah Okafor and Daniel Mersha"
    assert a.dateline is not None and a.dateline.place == "Addis Ababa"
    assert a.text.startswith("Ethiopia, Egypt and Sudan resumed talks")
    assert a.text.endswith("shared in real time.")  # "Reporting by ..." and "Our Standards" are furniture
    assert a.stamp is not None and a.stamp.date is not None and a.stamp.date.value == "2025-11-12"


def test_live_blog_is_one_article_with_entry_headings(options):
    (a,) = read("live-blog.txt", options)
    assert a.title.startswith("Storm Elin")
    assert len(a.summary) == 2
    assert [h.text for h in a.headings] == [
        "Coastguard rescues fishing crew",
        "Schools to stay closed on Monday",
        "Power cuts",
    ]
    assert "GMT" not in a.text
    assert a.text.startswith("The coastguard said")


def test_byline_read_more_and_related_block(options):
    (a,) = read("byline-readmore.txt", options)
    assert a.title == "Why a small port town became the centre of a European trade fight"
    assert a.byline == "Maria Lopez"
    assert a.summary == [
        "The dispute over Valmora's new container terminal says more about the continent's supply chains "
        "than about one harbour"
    ]
    assert [c.credit for c in a.captions] == ["Reuters"]
    assert "Read more" not in a.text and "Related" not in a.text and "Shipping lines cut" not in a.text
    assert "Share" not in a.text.split() and "THE NUMBERS" not in a.text
    assert a.text.startswith("For most of its history")
    assert a.stamp is not None and a.stamp.date is not None and a.stamp.date.value == "2026-03-03"


def test_two_articles_without_blank_lines(options):
    a, b = read("two-articles-no-gap.txt", options)
    assert a.title.startswith("Central bank holds rates") and b.title.startswith("Farmers block highway")
    assert (a.byline, b.byline) == ("Tomas Lind", "Anna Berg")
    assert a.dateline.place == "Stockholm" and b.dateline.place == "Uppsala"
    assert a.text.endswith("after the announcement.")
    assert b.text.startswith("Several hundred farmers")
    assert "Farmers block" not in a.text


def test_body_only_paste_has_no_title(options):
    text = (
        "The ministry said on Monday that it would review the decision after a week of protests in the capital.\n\n"
        "Officials did not say when the review would end, but promised to publish its findings in full.\n"
    )
    (a,) = read_bytes("body.txt", text.encode(), options)
    assert a.title is None
    assert a.text.startswith("The ministry said")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends(newline, seed_path, options):
    data = seed_path.read_text(encoding="utf-8").replace("\n", newline).encode()
    arts = read_bytes("seed.txt", data, options)
    assert len(arts) == 2 and arts[0].dateline.place == "Islamabad"


def test_hard_wrapped_lines_are_joined(options):
    text = (
        "Port strike enters second week\n\nBy Sam Reed\n12 May 2026\n\n"
        "LISBON: Dock workers extended their strike on Monday, leaving dozens of\n"
        "ships waiting offshore as talks with the port authority stalled again.\n\n"
        "The union said it would not return to work until its demands were met.\n"
    )
    (a,) = read_bytes("wrapped.txt", text.encode(), options)
    assert "dozens of ships waiting offshore" in a.text


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_read_like_unix_ones(newline):
    # a browser form posts a textarea's text with CRLF: the paste must read exactly as typed
    text = (
        "Ferry service resumes after storm\n\nBy Lena Holt\n\nPORT ELLIS - The island ferry sailed again on "
        'Friday after three days of storms kept it in harbour, the operator said.\n\n"We are glad to be '
        'back," said captain Joan Ray, who has run the route for twenty years.\n\nThe storms cut power to '
        "hundreds of homes on the island <script>alert(1)</script> and closed the only school.\n"
    )
    unix = extract(text)
    other = extract(text.replace("\n", newline))
    assert [a.text for a in other] == [a.text for a in unix]
    assert [a.title for a in other] == [a.title for a in unix]
