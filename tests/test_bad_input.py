"""Bad input: one clear line per bad file, every good article still stored, exit status 1."""

import codecs
import subprocess
import sys

import pytest

from dateline.errors import BinaryInput, EmptyInput, NotNews, TooLarge
from dateline.read import read_bytes

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
