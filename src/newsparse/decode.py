"""Stage 1: bytes to text, per FORMAT.md "Encoding".

A UTF-8, UTF-16 or UTF-32 byte-order mark is honoured and dropped; otherwise the bytes are
UTF-8, or, when they are not valid UTF-8, Windows-1252 (every byte maps to one character, the
five bytes Windows-1252 leaves undefined to the Latin-1 character of the same number, so
nothing is ever lost). Input with NUL characters, and empty or blank input, is not an article.
"""

from __future__ import annotations

import codecs
import functools

import attrs

from newsparse.errors import ParseError

__all__ = ["Decoded", "check_text", "decode"]

_BOMS = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)


@functools.cache
def _cp1252_table() -> str:
    """Windows-1252 with its five undefined bytes mapped to Latin-1 (a lossless, total decoding).

    Made on first use: it loads the cp1252 codec, which UTF-8 input never needs.
    """
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))


@attrs.frozen(kw_only=True)
class Decoded:
    """Text decoded from bytes, and how."""

    text: str
    """The decoded text, BOM dropped."""
    encoding: str
    """``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-32`` or ``cp1252``."""


def decode(data: bytes) -> Decoded:
    """Decode article bytes; raise :class:`~newsparse.ParseError` for input that is no article.

    >>> decode("café".encode("utf-8")).encoding
    'utf-8'
    >>> decode("café".encode("cp1252")).text
    'café'
    """
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as err:
                raise ParseError(
                    f"the {name} byte-order mark is followed by bytes that are not {name}; "
                    "re-save the file in UTF-8",
                    code="invalid_encoding",
                ) from err
            return Decoded(text=check_text(text), encoding=name)
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text = data.decode("latin-1").translate(_cp1252_table())
        encoding = "cp1252"
    return Decoded(text=check_text(text), encoding=encoding)


def check_text(text: str) -> str:
    """Return ``text`` when it can be an article, else raise :class:`~newsparse.ParseError`.

    >>> check_text("")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsparse.errors.ParseError: empty_input at line 1, column 1: the input is empty...
    """
    if not text:
        raise ParseError("the input is empty; pass the text of an article", code="empty_input")
    nul = text.find("\0")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        column = nul - (text.rfind("\n", 0, nul) + 1) + 1
        raise ParseError(
            "the input holds NUL characters, so it is binary or UTF-16/32 without a "
            "byte-order mark; pass text, or bytes with a BOM",
            code="binary_input",
            line=line,
            column=column,
        )
    if text.isspace():
        raise ParseError(
            "the input holds only white space; pass the text of an article", code="blank_input"
        )
    return text
