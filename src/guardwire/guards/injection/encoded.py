"""Find base64 and hex payloads in a text and decode the printable ones.

Candidates are whitespace-separated tokens of 24+ characters (quotes and brackets around them
stripped), so the search is one ``str.split`` plus a check per long token: linear, and cheap
on text without such tokens. Decoded text is returned only if it is printable UTF-8; the
caller runs the injection rules over it.
"""

from __future__ import annotations

import base64
import binascii

import regex

_B64 = regex.compile(r"[A-Za-z0-9+/_-]{24,}={0,2}")
_HEX = regex.compile(r"(?:(?:\\x|0x)?[0-9A-Fa-f]{2}[:,]?){12,}")
_HEX_JUNK = regex.compile(r"\\x|0x|[:,]")
_WHITESPACE = str.maketrans("", "", "\n\r\t\f\v")
_MAX_TOKEN = 8192  # longer tokens are decoded from their first 8 KB
_TOKEN_EDGE = "\"'`()[]{}<>.,;!?"
MAX_DECODED = 16


def _printable(data: bytes) -> str | None:
    try:
        s = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return s if s.strip() and s.translate(_WHITESPACE).isprintable() else None


def decoded_payloads(text: str) -> list[tuple[str, str]]:
    """``(kind, decoded text)`` for printable base64/hex tokens (at most ``MAX_DECODED``)."""
    found: list[tuple[str, str]] = []
    for token in text.split():
        if len(token) < 24:
            continue
        token = token.strip(_TOKEN_EDGE)[:_MAX_TOKEN]
        if _HEX.fullmatch(token):
            digits = _HEX_JUNK.sub("", token)
            s = _printable(bytes.fromhex(digits[: len(digits) // 2 * 2]))
            if s is not None:
                found.append(("hex", s))
        elif _B64.fullmatch(token) and not token.isalpha():
            token = token.replace("-", "+").replace("_", "/").rstrip("=")
            try:
                raw = base64.b64decode(token + "=" * (-len(token) % 4))
            except (binascii.Error, ValueError):
                continue
            s = _printable(raw)
            if s is not None:
                found.append(("base64", s))
        if len(found) >= MAX_DECODED:
            break
    return found
