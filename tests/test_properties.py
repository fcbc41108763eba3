"""Properties that hold for any input (Hypothesis): readers, extraction, the store, terminal output.

Example counts are bounded so `make test` stays fast; the spaCy-heavy properties are marked slow
and run a handful of examples. bench/fuzz_readers.py runs the long campaign (atheris).
"""

import contextlib
import gzip
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.errors import InputError, Truncated
from dateline.read import read_bytes
from dateline.read.decode import gunzip
from dateline.report import json_line, terminal_safe
from dateline.settings import defaults

OPTIONS = defaults()
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HEAD = "Port strike ends after talks\n\nBy Ana Ruiz\n12 May 2026\n\n"
BODY = (
    "VALENCIA: Dock workers ended a nine-day strike on Monday after the port authority agreed to review "
    "shift rules, the union said, and the first ships were unloaded by the evening.\n\n"
)
NAMES = st.sampled_from(["a.txt", "a.html", "a.txt.gz", "a", "a.md"])

# text with every kind of character a hostile file holds: controls, marks, quotes, joiners, CJK
hostile_char = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(list("\x00\x1b\x07\x9b\u202e\u200d\u200c\ufeff\r\n\t\"“”‘’«»„‹›'「」")),
)
hostile_text = st.text(hostile_char, max_size=400)


def _check_articles(articles):
    for a in articles:
        assert "\x00" not in a.text
        a.text.encode("utf-8")  # no lone surrogates
        if a.source.path:
            a.source.path.encode("utf-8")
        for h in a.headings:
            assert 0 <= h.offset <= len(a.text)


@FAST
@given(data=st.binary(max_size=3000), name=NAMES)
def test_any_bytes_are_read_or_refused_with_an_input_error(data, name):
    try:
        _check_articles(read_bytes(name, data, OPTIONS))
    except InputError as e:
        assert str(e).startswith(f"{name}: ") and "\n" not in e.reason


@FAST
@given(noise=hostile_text, where=st.integers(0, 3))
def test_hostile_text_inside_a_story(noise, where):
    parts = [HEAD, BODY, BODY.replace("Monday", "Tuesday"), ""]
    parts.insert(where, noise)
    with contextlib.suppress(InputError):
        _check_articles(read_bytes("s.txt", "".join(parts).encode("utf-8"), OPTIONS))


@FAST
@given(depth=st.integers(1, 3000), tag=st.sampled_from(["div", "span", "section", "b"]))
def test_deep_html_never_crashes(depth, tag):
    opened, closed = f"<{tag}>" * depth, f"</{tag}>" * depth
    page = f"<html><body>{opened}<h1>Port strike ends</h1><p>{BODY}</p>{closed}</body></html>"
    with contextlib.suppress(InputError):
        _check_articles(read_bytes("deep.html", page.encode(), OPTIONS))


@FAST
@given(data=st.binary(min_size=1, max_size=5000), cuts=st.lists(st.integers(0, 5000), max_size=3))
def test_gzip_members_join_and_truncation_is_refused(data, cuts):
    pieces = [data[a:b] for a, b in zip([0, *sorted(cuts)], [*sorted(cuts), len(data)], strict=True)]
    packed = b"".join(gzip.compress(p, mtime=0) for p in pieces)
    assert gunzip("x.gz", packed, 10**7)[0] == data
    with pytest.raises((Truncated, InputError)):
        gunzip("x.gz", packed[: len(packed) - 9], 10**7)


@FAST
@given(st.text(st.characters(codec="utf-8"), max_size=200))
def test_terminal_output_holds_no_control_characters(text):
    shown = terminal_safe(text)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", shown)
    line = json_line({"title": text})
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", line)
    assert json.loads(line) == {"title": text}


@FAST
@given(title=st.text(st.characters(codec="utf-8"), max_size=80), count=st.integers(-(2**80), 2**80))
def test_the_store_holds_any_title_and_any_count(tmp_path_factory, title, count):
    from dateline.store import Store

    from .test_store import make

    a = make(title or "x")
    a.events[0].casualties[0].count = count
    with Store(str(tmp_path_factory.mktemp("p") / "t.db")) as s:
        assert s.add(a)
        assert s.get(a.id) == a


# ---- through extraction (spaCy): few examples ----

quote = st.sampled_from(['"', "“", "”", "‘", "’", "«", "»", "'", "„"])


@pytest.mark.slow
@SLOW
@given(
    marks=st.lists(st.tuples(quote, st.text(st.characters(codec="utf-8"), max_size=12)), max_size=40),
    number=st.integers(0, 10**30),
    year=st.integers(1, 99999),
)
def test_extract_keeps_offsets_inside_the_text(marks, number, year):
    import dateline

    noise = "".join(m + t for m, t in marks)
    text = HEAD + BODY + f"Officials said {number} people were killed on 3 May {year}. {noise} the mayor said.\n"
    try:
        articles = dateline.extract(text)
    except InputError:
        return
    for a in articles:
        n = len(a.text)
        for q in a.quotes:
            assert 0 <= q.start <= q.end <= n
        for e in a.entities:
            assert all(0 <= m.start <= m.end <= n for m in e.mentions)
        for ev in a.events:
            assert 0 <= ev.evidence.start <= ev.evidence.end <= n
            assert all(c.count is None or abs(c.count) <= 10**10 for c in ev.casualties)


@pytest.mark.slow
@SLOW
@given(st.text(st.characters(codec="utf-16", exclude_categories=()), max_size=60))
def test_extract_takes_any_str_even_with_lone_surrogates(noise):
    import dateline

    try:
        articles = dateline.extract(HEAD + BODY + noise + "\n")
    except InputError:
        return
    for a in articles:
        a.text.encode("utf-8")
