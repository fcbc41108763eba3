import gzip

from dateline.read import read_bytes, read_file

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
