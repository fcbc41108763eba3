"""Bad input: one clear line per bad file, every good article still stored, exit status 1."""

import codecs
import gzip
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.errors import BinaryInput, EmptyInput, NotNews, TooLarge, Truncated
from dateline.read import read_bytes, read_file

from .conftest import EXAMPLES

STORY = (
    "Bridge reopens after repairs\n\nBy Lena Vogt\n4 June 2026\n\n"
    "DRESDEN: The Carola bridge reopened to traffic on Thursday after nine months of repairs, the city said, "
    "ending long detours for thousands of commuters.\n\n"
    "The mayor said the work had cost about 12 million euros, slightly less than planned.\n"
)


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyInput, "empty"),
        (b"   \n\n  ", EmptyInput, "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", BinaryInput, "PDF"),
        (bytes(range(256)) * 50, BinaryInput, "binary"),
        (b"milk\neggs\nbread\n2 apples\n", NotNews, "no news article"),
        (b"def f(x):\n    return {k: v for k, v in x.items() if v}\n" * 20, NotNews, "no news article"),
    ],
)
def test_refused_with_a_reason(data, error, words, options):
    with pytest.raises(error) as e:
        read_bytes("bad.txt", data, options)
    assert words in str(e.value)
    assert str(e.value).startswith("bad.txt: ")


@pytest.mark.parametrize(
    ("encode", "encoding_warning"),
    [
        (lambda s: s.encode("cp1252"), "cp1252"),
        (lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), None),
        (lambda s: s.encode("utf-16-le"), "utf-16-le"),
        (lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), None),
    ],
)
def test_other_encodings(encode, encoding_warning, options):
    text = STORY.replace("mayor", "mayor’s office — “we’re pleased” —")
    (a,) = read_bytes("story.txt", encode(text), options)
    assert "“we’re pleased”" in a.text
    assert a.dateline is not None and a.dateline.place == "Dresden"
    if encoding_warning:
        assert any(encoding_warning in w for w in a.warnings)


def test_too_large(tmp_path, options):
    small = options.replace(max_file_bytes=1000)
    with pytest.raises(TooLarge) as e:
        read_bytes("big.txt", STORY.encode() * 20, small)
    assert "--max-bytes" in str(e.value)


def run_cli(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "dateline.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def test_directory_of_good_and_bad_files(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a-empty.txt").write_bytes(b"")
    (d / "b-story.txt").write_text(STORY, encoding="utf-8")
    (d / "c-image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (d / "d-cp1252.txt").write_bytes(STORY.replace("Bridge", "Brücke").encode("cp1252"))
    with open(d / "e-huge.txt", "wb") as f:  # 50 MB of text: refused by the limit, not read into memory
        f.write(b"The council met again. " * (50 * 1024 * 1024 // 23 + 1))
    (d / "f-list.txt").write_text("milk\neggs\n", encoding="utf-8")
    (d / "g-wire.txt").write_bytes((EXAMPLES / "wire-story.txt").read_bytes())
    db = tmp_path / "out.db"
    p = run_cli("ingest", str(d), "--db", str(db), "--max-bytes", str(20 * 1024 * 1024), cwd=tmp_path)
    assert p.returncode == 1
    errors = [ln for ln in p.stderr.splitlines() if ln.startswith("dateline: ")]
    assert len(errors) == 4, p.stderr
    for name, reason in [("a-empty", "empty"), ("c-image", "PNG"), ("e-huge", "limit"), ("f-list", "no news")]:
        assert any(name in ln and reason in ln for ln in errors), (name, p.stderr)
    assert "Traceback" not in p.stderr
    listed = run_cli("list", "--db", str(db), cwd=tmp_path)
    assert listed.returncode == 0
    assert len(listed.stdout.splitlines()) == 3  # b, d and g are stored


def test_non_english_text_is_kept_with_a_warning(options):
    from dateline.extract import extract_article

    text = (
        "Le gouvernement annonce une réforme\n\n2026-03-12\n\n"
        "PARIS: Le gouvernement a annoncé mardi une réforme des retraites qui doit être présentée au Parlement "
        "le mois prochain, a indiqué le Premier ministre lors d'une conférence de presse.\n"
    )
    (raw,) = read_bytes("fr.txt", text.encode(), options)
    a = extract_article(raw, options)
    assert a.language == "fr"
    assert a.entities == []
    assert any("language" in w and "--model" in w for w in a.warnings)
    assert a.text.startswith("Le gouvernement a annoncé")


# ---- readers never lose data in silence ----

POEM = (
    "Harbour at dusk\n\n"
    "The gulls come home across the grey,\n"
    "the nets hang heavy on the quay,\n"
    "and all the boats that left at day\n"
    "come rocking slowly in from sea.\n\n"
    "The lamps are lit along the wall,\n"
    "the children call, the mothers call,\n"
    "and over roofs and over all\n"
    "the evening settles like a shawl.\n"
)
LOREM = (
    "Lorem ipsum\n\n"
    + (
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
        "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip.\n\n"
    )
    * 4
)
PYTHON_SOURCE = '''"""Helpers for the council's voting records, read from the city's export."""

import csv
from pathlib import Path


def votes(path: Path) -> dict[str, int]:
    """Count the votes per member in one export file; the file has a header row."""
    counts: dict[str, int] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            counts[row["member"]] = counts.get(row["member"], 0) + 1
    return counts


if __name__ == "__main__":
    print(votes(Path("votes.csv")))  # prints the counts, one dict
'''
CHINESE_BRIEF = (
    "新华社北京电\n\n"
    "国家统计局周三公布的数据显示，今年前十个月全国规模以上工业增加值同比增长百分之五点八，"
    "比前三季度加快零点二个百分点。统计局发言人表示，工业生产总体保持稳定。\n"
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (POEM, "verse"),
        (POEM.replace("\n", "\n\n"), "line by line"),
        (LOREM, "placeholder"),
        (PYTHON_SOURCE, "source code"),
    ],
    ids=["poem", "poem-spaced", "lorem-ipsum", "python-source"],
)
def test_not_news_is_refused_with_a_clear_reason(text, reason, options):
    with pytest.raises(NotNews) as e:
        read_bytes("x.txt", text.encode(), options)
    assert reason in str(e.value)


def test_a_short_chinese_brief_is_counted_by_characters(options):
    (a,) = read_bytes("zh.txt", CHINESE_BRIEF.encode(), options)
    assert "国家统计局周三公布的数据显示" in a.text


def test_zero_width_joiners_are_spelling_and_stay(options):
    story = STORY.replace("the city said", "the city said (ZWNJ in Persian: می‌خواهم; a family emoji 👩‍👩‍👧)")
    (a,) = read_bytes("zw.txt", story.encode(), options)
    assert "می\u200cخواهم" in a.text and "👩\u200d👩\u200d👧" in a.text


def _gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def test_gzip_faults(options):
    whole = _gz(STORY.encode())
    with pytest.raises(Truncated, match="truncated"):
        read_bytes("cut.txt.gz", whole[: len(whole) - 30], options)
    # a file made by `cat a.gz b.gz` (or gzip -c >> log.gz) is read whole, not its first member only
    second = "\n\nThe mayor added that the bridge would be lit at night from next month on, as residents asked.\n"
    (a,) = read_bytes("two.txt.gz", _gz(STORY.encode()) + _gz(second.encode()), options)
    assert "lit at night" in a.text and "Carola bridge" in a.text
    bomb = _gz(b"The council met again. " * 100_000)
    with pytest.raises(TooLarge, match="unpacks to more than"):
        read_bytes("bomb.txt.gz", bomb, options.replace(max_file_bytes=1_000_000))


def test_one_bad_byte_keeps_utf8(options):
    text = STORY.replace("mayor", "mayor’s office — “we’re pleased” —")
    data = text.encode("utf-8").replace(b"nine months", b"nine \xff months")
    (a,) = read_bytes("bad-byte.txt", data, options)
    assert "“we’re pleased”" in a.text and "nine \ufffd months" in a.text
    assert any("not valid UTF-8 in 1 place" in w for w in a.warnings)


def test_a_nul_late_in_the_file_never_reaches_the_text(options):
    para = "The committee heard witness number {} on Tuesday, and adjourned until the morning after.\n\n"
    filler = "".join(para.format(i) for i in range(1200))
    data = (STORY + "\n\n" + filler).encode() + b"The last \x00witness spoke.\n"
    assert data.index(b"\x00") > 65536
    articles = read_bytes("nul.txt", data, options)
    assert all("\x00" not in a.text for a in articles)
    assert any("NUL" in w for a in articles for w in a.warnings)


def test_a_file_name_that_is_not_utf8_is_stored_printable(tmp_path, options):
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(raw, "wb") as f:
        f.write(STORY.encode())
    (a,) = read_file(os.fsdecode(raw), options)
    assert a.source.path is not None and a.source.path.endswith("caf\\xe9.txt")
    a.source.path.encode("utf-8")  # storable and printable


def test_long_text_is_cut_before_layout(options):
    small = options.replace(max_text_chars=6000, max_article_chars=3000)
    para = "Paragraph {} of the inquiry's report was read out to the chamber today by the clerk.\n\n"
    body = "".join(para.format(i) for i in range(400))
    (a, *_) = read_bytes("long.txt", (STORY + "\n\n" + body).encode(), small)
    assert len(a.text) <= 3000
    assert any("max_text_chars" in w for w in a.warnings)
    assert any("max_article_chars" in w for w in a.warnings)


def test_a_lone_surrogate_in_a_str_is_replaced_with_a_warning():
    import dateline

    (a,) = dateline.extract(STORY.replace("nine months", "nine \ud800 months"))
    assert "nine \ufffd months" in a.text
    assert any("surrogate" in w for w in a.warnings)


# ---- one run over a folder of hostile files: one line each, the rest stored ----

HOSTILE = {
    "a-huge-count.txt": STORY.replace(
        "ending long", "Officials said floods killed 100000000000000000000000 people, ending long"
    ),
    "b-stamp-overflow.txt": STORY.replace("4 June 2026", "Updated 99999999999 hours ago"),
    "c-stamp-far.txt": STORY.replace("4 June 2026", "Updated 1000000 days ago"),
    "d-escape.txt": STORY.replace("Bridge reopens", "Bridge \x1b]0;pwned\x07reopens \x1b[2J\x9b31m"),
    "e-poem.txt": POEM,
    "f-truncated.txt.gz": _gz(STORY.encode())[:-30],
}  # fmt: skip


def test_a_folder_of_hostile_files(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for name, content in HOSTILE.items():
        (d / name).write_bytes(content if isinstance(content, bytes) else content.encode())
    (d / os.fsdecode(b"g-caf\xe9.txt")).write_bytes(STORY.replace("Bridge", "Tunnel").encode())
    db = tmp_path / "out.db"
    p = run_cli("ingest", str(d), "--db", str(db), "--retrieved-at", "2026-06-05T10:00:00Z", cwd=tmp_path)
    assert "Traceback" not in p.stderr and "\x1b" not in p.stderr
    assert p.returncode == 1, p.stderr
    errors = [ln for ln in p.stderr.splitlines() if ln.startswith("dateline: ")]
    assert any("e-poem" in ln and "verse" in ln for ln in errors), p.stderr
    assert any("f-truncated" in ln and "truncated" in ln for ln in errors), p.stderr
    assert len(errors) <= 3, p.stderr  # the stamp fault may cost its own file, never another one
    con = sqlite3.connect(db)
    stored = {r[0] for r in con.execute("select source_path from articles")}
    for name in ("a-huge-count", "d-escape", "g-caf\\xe9"):
        assert any(name in s for s in stored), (name, stored, p.stderr)
    # the two unreadable stamps leave the same story (same title and text, one id): stored once
    assert any("stamp-overflow" in s or "stamp-far" in s for s in stored), (stored, p.stderr)
    assert not any("stamp-" in ln for ln in errors), p.stderr
    listed = run_cli("list", "--db", str(db), cwd=tmp_path)
    md = run_cli("extract", str(d / "d-escape.txt"), "--format", "md", cwd=tmp_path)
    for out in (listed.stdout, md.stdout):
        assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    assert "x1b" in md.stdout and "pwned" in md.stdout  # shown as an escape, not obeyed


def test_unreadable_paths_are_reported_and_the_rest_stored(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from dateline.cli import cli

    d = tmp_path / "in"
    (d / "locked").mkdir(parents=True)
    (d / "locked" / "x.txt").write_text(STORY, encoding="utf-8")
    (d / "good.txt").write_text(STORY, encoding="utf-8")
    secret = d / "secret.txt"
    secret.write_text(STORY.replace("Bridge", "Tunnel"), encoding="utf-8")
    # as a user without the rights would see them (the tests may run as root, who reads anything)
    real_scandir, real_open = os.scandir, Path.open

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    def opener(self, *args, **kwargs):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "listdir", lambda p=".": scandir(p) and [])
    monkeypatch.setattr(Path, "open", opener)
    db = str(tmp_path / "t.db")
    r = CliRunner().invoke(cli, ["ingest", str(d), str(secret), "--db", db])
    assert r.exit_code == 1, r.output
    lines = [ln for ln in r.output.splitlines() if ln.startswith("dateline: ")]
    assert any("locked" in ln and "Permission denied" in ln for ln in lines), r.output
    assert any("secret.txt" in ln and "Permission denied" in ln for ln in lines), r.output
    assert "1 new" in r.output
