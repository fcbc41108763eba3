"""Bytes to text: refuse binary and oversized files, find the encoding, say what was guessed."""

from __future__ import annotations

import codecs
import zlib
from dataclasses import dataclass, field

from ..errors import BinaryInput, EmptyInput, EncodingProblem, TooLarge, Truncated
from ..settings import Options

# Signatures of files people drop into a folder of articles by mistake.
_MAGIC = {
    b"%PDF": "a PDF document (save the article as text or HTML)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (.docx/.xlsx are ZIP too: save as text or HTML)",
    b"\x7fELF": "a program, not text",
    b"SQLite format 3": "an SQLite database",
}

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _size_text(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB"


def too_large(path: str, size: int, limit: int) -> TooLarge:
    return TooLarge(
        path,
        f"file is {_size_text(size)}, over the {_size_text(limit)} limit "
        "(max_file_bytes): split it into smaller files, or raise the limit with --max-bytes",
    )


def gunzip(path: str, data: bytes, limit: int) -> tuple[bytes, list[str]]:
    """Every member of a gzip file, unpacked in bounded steps: never more than ``limit`` bytes
    are held, and a file that ends before its compressed data does is refused, not read cut short."""
    out = bytearray()
    warnings: list[str] = []
    rest = data
    members = 0
    while rest:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        buf = rest
        try:
            while True:
                out += d.decompress(buf, limit + 1 - len(out))
                if len(out) > limit:
                    raise TooLarge(
                        path,
                        f"unpacks to more than {_size_text(limit)}, over the max_file_bytes limit: split it, "
                        "or raise --max-bytes",
                    )
                buf = d.unconsumed_tail
                if not buf:
                    break
        except zlib.error as e:
            if members == 0:
                raise BinaryInput(path, f"not a valid gzip file ({e})") from None
            warnings.append(f"ignored {len(rest)} bytes after the gzip data: they do not unpack ({e})")
            break
        if not d.eof:
            raise Truncated(
                path,
                f"truncated gzip file: it ends before its compressed data does ({len(out)} bytes unpacked); "
                "the download or copy is incomplete",
            )
        members += 1
        rest = d.unused_data
        if not rest.strip(b"\x00"):  # zero padding after the last member (tape and block tools add it)
            break
    return bytes(out), warnings


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in every other byte of its ASCII letters."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def decode(path: str, data: bytes, options: Options, encoding: str | None = None) -> Decoded:
    """Turn a file's bytes into text, or raise an InputError that says why not."""
    if len(data) > options.max_file_bytes:
        raise too_large(path, len(data), options.max_file_bytes)
    if not data.strip():
        raise EmptyInput(path, "file is empty")
    warnings: list[str] = []
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError) as e:
            raise EncodingProblem(path, f"cannot decode as {encoding}: {e}") from None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc)
            except UnicodeDecodeError as e:
                raise EncodingProblem(
                    path, f"starts with a {enc} byte-order mark but is not valid {enc}: {e}"
                ) from None
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInput(path, f"binary file: looks like {what}")
    guessed16 = _utf16_without_bom(data)
    if guessed16:
        try:
            text = data.decode(guessed16)
        except UnicodeDecodeError:
            raise EncodingProblem(
                path, "looks like UTF-16 without a byte-order mark but does not decode: pass --encoding"
            ) from None
        return Decoded(text, guessed16, [f"decoded as {guessed16} (no byte-order mark)"])
    if b"\x00" in data[:65536]:
        raise BinaryInput(path, "binary file: it holds NUL bytes (not text; pass --encoding if it is UTF-16 or UTF-32)")
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError as e:
        text, enc, warning = _not_utf8(path, data, e)
        warnings.append(warning)
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls / max(1, min(len(text), 65536)) > options.binary_control_ratio:
        raise BinaryInput(path, "binary file: too many control characters to be text")
    nuls = text.count("\x00")
    if nuls:  # past the first 64 KiB (a NUL there refused the file): never part of an article's text
        text = text.replace("\x00", "")
        warnings.append(f"removed {nuls} NUL character(s) from the text")
    return Decoded(text, enc, warnings)


def _not_utf8(path: str, data: bytes, error: UnicodeDecodeError) -> tuple[str, str, str]:
    """A file that is not valid UTF-8: mostly UTF-8 with a few bad bytes stays UTF-8 (each bad
    sequence replaced by U+FFFD, with a warning); otherwise it is in another charset."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    high = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    # Each bad sequence uses at least one byte >= 0x80; bytes of valid multi-byte characters are the rest.
    # A legacy-charset file has (almost) none of those; a damaged UTF-8 file has more than it has damage.
    if high - bad > bad:
        return (
            text,
            "utf-8",
            f"not valid UTF-8 in {bad} place(s) (first at byte {error.start}): each replaced by U+FFFD; "
            "pass --encoding if the file is in another charset",
        )
    text, enc = _fallback(path, data)
    return text, enc, f"not valid UTF-8: decoded as {enc} (pass --encoding to choose)"


def _fallback(path: str, data: bytes) -> tuple[str, str]:
    # cp1252 is what Windows editors and older sites save; it decodes almost any byte,
    # so check that the result reads as text before trusting it.
    try:
        text = data.decode("cp1252")
        if sum(1 for ch in text if ch.isprintable() or ch.isspace()) / max(1, len(text)) > 0.98:
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise EncodingProblem(path, "unknown text encoding: pass --encoding (e.g. --encoding latin-1)")
    return str(best), best.encoding
