"""Start-up: what `dateline extract` does once per process is done once per machine where it can be,
and the results are the same as doing it afresh."""

from __future__ import annotations

import marshal
import re

import pytest

from dateline import cache, rules

# --- the rule files' parsed YAML is kept in the cache directory ----------------------------------


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = rules._parse_yaml
    monkeypatch.setattr(rules, "_parse_yaml", lambda text: seen.append(text) or real(text))
    return seen


def test_a_rule_file_is_parsed_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    parses = _counting(monkeypatch)
    first = rules.load_yaml.__wrapped__("stamps.yaml")  # as a new process would: no in-memory copy
    second = rules.load_yaml.__wrapped__("stamps.yaml")
    assert len(parses) == 1
    assert second == first == rules._parse_yaml(rules._read("stamps.yaml"))
    assert len(list((tmp_path / "parsed").glob("yaml-stamps.yaml-*.marshal"))) == 1
    assert not list((tmp_path / "parsed").glob(".*"))  # no temporary file left behind


def test_an_edited_rule_file_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    text = "verbs:\n  - warned\n"
    assert cache.parsed("yaml-mine.yaml", text, rules._parse_yaml) == {"verbs": ["warned"]}
    edited = text + "  - cautioned\n"
    assert cache.parsed("yaml-mine.yaml", edited, rules._parse_yaml) == {"verbs": ["warned", "cautioned"]}
    assert len(list((tmp_path / "parsed").glob("*.marshal"))) == 2


def test_a_damaged_cache_entry_is_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    text = "nouns: [convoy, ferry]\n"
    cache.parsed("yaml-mine.yaml", text, rules._parse_yaml)
    (entry,) = (tmp_path / "parsed").glob("*.marshal")
    entry.write_bytes(entry.read_bytes()[:5])  # cut short, as by a full disk
    assert cache.parsed("yaml-mine.yaml", text, rules._parse_yaml) == {"nouns": ["convoy", "ferry"]}


def test_rules_load_without_a_writable_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(blocker / "cache"))
    assert cache.parsed("yaml-mine.yaml", "towns: [Ashford]\n", rules._parse_yaml) == {"towns": ["Ashford"]}


def test_a_value_marshal_cannot_hold_is_returned_uncached(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    value = cache.parsed("yaml-mine.yaml", "opened: 2026-05-04\n", rules._parse_yaml)  # YAML reads a date
    assert str(value["opened"]) == "2026-05-04"
    assert not list(tmp_path.rglob("*.marshal"))


# --- large rule regexes are compiled once, then read back ---------------------------------------

# a pattern of the kind the stamp and time rules build: named groups, alternations, case folding
_PATTERN = r"^\s*(?:updated|posted)?\s*(?P<day>[0-3]?\d)\s+(?P<mon>march|mar|april|apr)\.?,?\s+(?P<year>20\d\d)\s*$"


def test_a_rule_regex_is_compiled_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    programs: list[str] = []
    real = cache._program
    monkeypatch.setattr(cache, "_program", lambda p, f: programs.append(p) or real(p, f))
    first = cache.regex(_PATTERN, re.IGNORECASE)
    second = cache.regex(_PATTERN, re.IGNORECASE)  # no copy in memory: this one comes from the file
    assert len(programs) == 1
    assert first == second == re.compile(_PATTERN, re.IGNORECASE)
    m = second.match("Posted 4 Apr. 2026")
    assert m is not None and m.group("day", "mon", "year") == ("4", "Apr", "2026")


def test_a_cached_program_that_is_not_valid_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    cache.regex(_PATTERN, re.IGNORECASE)
    (entry,) = (tmp_path / "parsed").glob("regex-*.marshal")
    entry.write_bytes(marshal.dumps([2, [1, 2, 3], 0, {}, ()]))  # not a program _sre accepts
    assert cache.regex(_PATTERN, re.IGNORECASE) == re.compile(_PATTERN, re.IGNORECASE)


def test_a_program_that_does_not_rebuild_the_pattern_is_not_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    # as if a Python changed what its compiler hands to _sre: the rebuilt pattern differs from re's
    monkeypatch.setattr(cache, "_build", lambda _sre, p, program: re.compile(p + "x"))
    assert cache._program(_PATTERN, re.IGNORECASE) is None
    assert cache.regex(_PATTERN, re.IGNORECASE) == re.compile(_PATTERN, re.IGNORECASE)


# --- the spaCy pipeline is loaded without work dateline never uses --------------------------------


@pytest.fixture(scope="module")
def model_name() -> str:
    from dateline.settings import defaults

    return defaults().model


def test_disabled_components_are_not_loaded_and_the_tokenizer_is_the_saved_one(model_name):
    import spacy

    from dateline.extract.nlp import _spacy_load

    plain = spacy.load(model_name)
    ours = _spacy_load(model_name)
    assert ours.pipe_names == plain.pipe_names
    assert not ours.disabled and set(plain.disabled) <= set(plain.component_names) - set(ours.component_names)
    assert ours.tokenizer.to_bytes() == plain.tokenizer.to_bytes()
    text = "Dr. Okafor's team didn't reach the U.N. post at 5:30 p.m. -- the road (N7) was shut."
    assert [t.text for t in ours(text)] == [t.text for t in plain(text)]


def test_the_default_tokenizer_spacy_would_overwrite_is_not_built(model_name, monkeypatch):
    from spacy import util

    from dateline.extract.nlp import _spacy_load

    def refuse(*_args: object) -> None:
        raise AssertionError("the language's default tokenizer was built")

    # only building the defaults' tokenizer compiles its infix list: the saved one is a pattern string
    monkeypatch.setattr(util, "compile_infix_regex", refuse)
    assert _spacy_load(model_name).tokenizer.infix_finditer is not None
