"""Find encoded payloads in a text and decode them, for the injection rules to read.

Three families, each linear in the text and bounded:

- :func:`decoded_payloads`: base64 and hex *tokens* (whitespace-separated, 24+ characters,
  quotes and brackets around them stripped): one ``str.split`` plus a check per long token.
  Decoded text is returned only if it is printable UTF-8.
- :func:`decoded_windows`: runs of separated hex bytes (``69 67 6e``, ``0x69,0x67``,
  ``69:67:6e``; 8+ bytes), URL %-encoding (``%69%67``), ``\\uXXXX`` / ``\\xXX`` /
  ``\\U0000XXXX`` escapes and HTML character references (``&#105;``, ``&#x69;``), each kind
  decoded *in place* (so a half-encoded sentence reads whole) and cut to windows of context
  around the decoded runs. A run may be wrapped over lines or split by zero-width characters
  (they are removed first). A kind needs at least two escapes in the text (one ``%20`` in a URL
  does not cost a rescan); at most ``MAX_RUNS`` runs per kind, ``MAX_WINDOW_TEXT`` characters.
- :func:`transformed_views`: ROT13 and reversed text of the normalised view, only when the
  transformed view contains a key stem ("ignor", "instruction", "prompt", ...), so ordinary
  text costs one ``str.translate`` and a few substring checks.

:func:`layers` applies them recursively (a payload encoded twice or three times: base64 of hex,
%-encoding of base64, ROT13 inside base64, ...), up to ``MAX_DEPTH`` layers, re-decoding at most
``MAX_NESTED_TEXT`` characters per text and stopping at the caller's deadline; a walk that
stops with a layer left unread says so (``stopped``: the scan lists it in ``timed_out``). Each
layer is named by its *chain*, outermost encoding first (``"base64+hex"``).
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import product

import regex

from .encoded_more import BINARY, MORSE, binary, morse
from .normalise_view import INVISIBLE_RE, normalised_view
from .split_payload import joined_payloads
from .turned import STEMS as _STEMS
from .turned import Reading, mirrored, upside_down

_B64 = regex.compile(r"[A-Za-z0-9+/_-]{24,}={0,2}")
_HEX = regex.compile(r"(?:(?:\\x|0x)?[0-9A-Fa-f]{2}[:,]?){12,}")
_HEX_JUNK = regex.compile(r"\\x|0x|[:,]")
_B64_QUOTED = re.compile(r"%(?:2[bBfF]|3[dD])")
_B64_UNQUOTE = {"%2B": "+", "%2F": "/", "%3D": "="}
_WHITESPACE = str.maketrans("", "", "\n\r\t\f\v")
_MAX_TOKEN = 8192  # longer tokens are decoded from their first 8 KB
_TOKEN_EDGE = "\"'`()[]{}<>.,;!?"
MAX_DECODED = 16
MAX_RETRIES = 64  # undecodable base64-like tokens also tried ROT13-ed and reversed


def _printable(data: bytes) -> str | None:
    try:
        s = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return s if s.strip() and s.translate(_WHITESPACE).isprintable() else None


def decoded_payloads(text: str) -> list[tuple[str, str]]:
    """``(kind, decoded text)`` for printable base64/hex tokens (at most ``MAX_DECODED``)."""
    found: list[tuple[str, str]] = []
    retries = 0
    # a token seen before gives what it gave then (a 100 KB flood repeats a few tokens
    # thousands of times), unless it was retried (retries are counted)
    seen: dict[str, tuple[str, str] | None] = {}
    for raw in text.split():
        if len(raw) >= 24:
            got, retried = ((seen[raw], 0) if raw in seen
                            else _decoded(raw, retries < MAX_RETRIES))
            retries += retried
            if not retried:
                seen[raw] = got
            if got is not None:
                found.append(got)
                if len(found) >= MAX_DECODED:
                    break
    return found


def _decoded(raw: str, may_retry: bool) -> tuple[tuple[str, str] | None, int]:
    """What one token decodes to, if anything, and 1 if it was retried (ROT13-ed or reversed
    base64: ``may_retry``)."""
    token = raw.strip(_TOKEN_EDGE)[:_MAX_TOKEN]
    quoted = "%" in token  # URL-quoted base64 (%2B, %2F, %3D): a "percent+base64" chain
    if quoted:
        token = _B64_QUOTED.sub(lambda m: _B64_UNQUOTE[m.group().upper()], token)
    s: str | None = None
    if not quoted and _HEX.fullmatch(token):
        digits = _HEX_JUNK.sub("", token)
        s = _printable(bytes.fromhex(digits[: len(digits) // 2 * 2]))
        return (None if s is None else ("hex", s)), 0
    if _B64.fullmatch(token) and not token.isalpha():
        if (s := _b64(token)) is not None:
            return ("percent+base64" if quoted else "base64", s), 0
        if not may_retry or quoted:
            return None, 0
        for kind, other in (("rot13+base64", token.translate(_ROT13_BOTH)),
                            ("reversed+base64", token[::-1])):  # ROT13-ed or reversed base64
            if (s := _b64(other)) is not None:
                return (kind, s), 1
        return None, 1
    if token[:1] == "=" and _B64.fullmatch(token[::-1]) and not token.isalpha():
        s = _b64(token[::-1])  # reversed base64 whose padding now leads
    return (None if s is None else ("reversed+base64", s)), 0


def _b64(token: str) -> str | None:
    token = token.replace("-", "+").replace("_", "/").rstrip("=")
    try:
        return _printable(base64.b64decode(token + "=" * (-len(token) % 4)))
    except (binascii.Error, ValueError):
        return None


# -- decoded in place: separated hex, %-encoding, escapes, HTML character references ----------
MAX_RUNS = 64  # runs decoded per kind
MAX_RUN_CHARS = 8192  # a longer run is decoded from its first 8 KB
MAX_WINDOW_TEXT = 32_768  # characters of decoded windows per kind
_CONTEXT = 200  # characters of plain text kept on each side of a decoded run

# The in-place patterns use the stdlib ``re`` (faster than ``regex`` at scanning a long text for
# a pattern starting with a character class); each is linear: every repeat consumes a fixed
# unit (a hex pair, an escape) and separators are bounded.
# A line break (with indentation) may sit between two units of a run: encoded text wrapped
# over lines still decodes as one run.
_BREAK = r"(?:\r?\n[ \t]{0,8})?"
_SEP_HEX = re.compile(r"(?<![0-9a-zA-Z])(?:0x)?[0-9a-fA-F]{2}(?:(?:[ \t]{0,3}[,;:][ \t]{0,3}"
                      r"(?:\r?\n[ \t]{0,8})?|[ \t]{0,3}\r?\n[ \t]{0,8}|[ \t]{1,3})"
                      r"(?:0x)?[0-9a-fA-F]{2}){7,}(?![0-9a-zA-Z])")
_HEX_PAIR = re.compile(r"(?:0x)?([0-9a-fA-F]{2})")
_PERCENT = re.compile(rf"%[0-9a-fA-F]{{2}}(?:{_BREAK}%[0-9a-fA-F]{{2}})*")
_ESCAPE_UNIT = r"(?:\\U[0-9a-fA-F]{8}|\\u\{[0-9a-fA-F]{1,6}\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2})"
_ESCAPE = re.compile(rf"{_ESCAPE_UNIT}(?:{_BREAK}{_ESCAPE_UNIT})*")
_ESCAPE_ITEM = re.compile(r"\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})"
                          r"|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2}))")
_ENTITY_UNIT = r"&#(?:[xX][0-9a-fA-F]{1,6}|[0-9]{1,7});?"
_ENTITY = re.compile(rf"{_ENTITY_UNIT}(?:{_BREAK}{_ENTITY_UNIT})*")
_LINE_BREAKS = re.compile(r"\r?\n[ \t]*")


def _utf8(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _sep_hex(run: str) -> str | None:
    return _printable(bytes.fromhex("".join(_HEX_PAIR.findall(run))))


def _percent(run: str) -> str | None:
    digits = _LINE_BREAKS.sub("", run).replace("%", "")
    return _utf8(bytes.fromhex(digits[:len(digits) // 2 * 2]))  # the run may have been cut


def _escape(run: str) -> str | None:
    parts: list[str] = []
    pending = bytearray()  # consecutive \xXX: bytes of one UTF-8 sequence, or Latin-1
    for m in _ESCAPE_ITEM.finditer(run):
        if m.group(4) is not None:
            pending.append(int(m.group(4), 16))
            continue
        if pending:
            parts.append(_bytes_text(bytes(pending)))
            pending.clear()
        code = int(m.group(1) or m.group(2) or m.group(3), 16)
        parts.append(chr(code) if code <= 0x10FFFF else "\ufffd")
    if pending:
        parts.append(_bytes_text(bytes(pending)))
    # Surrogate pairs (\ud83d\ude00) join; lone surrogates become U+FFFD.
    return "".join(parts).encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _bytes_text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _entity(run: str) -> str | None:
    return html.unescape(_LINE_BREAKS.sub("", run))


# Where a run can first start, found cheaply: a pattern every run contains near its start
# (``re`` skips to a character of its first class at C speed; the run patterns open with a
# lookbehind, tried at every position: 2-4 ms each on 100 KB) and how far before that a run
# may start. The run pattern is searched from there on, so it finds the same runs. Separated
# hex: the second and third pairs with their separators (a run has 8+ pairs; a separator is
# 1-17 of these characters, a pair at most 4: "0x69"); binary: eight bits; Morse: a unit's
# last mark, a gap, a mark (a unit is at most 6 marks).
_HEX_FIRST = re.compile(r"[ \t,;:\r\n](?:0x)?[0-9a-fA-F]{2}[ \t,;:\r\n]+(?:0x)?[0-9a-fA-F]{2}"
                        r"[ \t,;:\r\n]")
_BINARY_FIRST = re.compile(r"[01]{8}")
_MORSE_FIRST = re.compile(r"[.·•\-–—_](?:[ \t]{1,8}|[ \t]*[/|][ \t]*)[.·•\-–—_]")
_First = tuple[re.Pattern[str], int] | None

# kind, run pattern, cheap precheck (substring that must occur twice), decoder, first start
_WINDOW_KINDS: tuple[tuple[str, re.Pattern[str], str, Callable[[str], str | None], _First],
                     ...] = (
    ("hex", _SEP_HEX, "", _sep_hex, (_HEX_FIRST, 21)),
    ("percent", _PERCENT, "%", _percent, None),
    ("escape", _ESCAPE, "\\", _escape, None),
    ("html_entity", _ENTITY, "&#", _entity, None),
    ("binary", BINARY, "", binary, (_BINARY_FIRST, 0)),  # encoded_more.py
    ("morse", MORSE, "", morse, (_MORSE_FIRST, 5)),
)


def runs_of(pattern: re.Pattern[str], text: str, first: _First) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searched from where ``first`` says a run can start."""
    start = 0
    if first is not None:
        found = first[0].search(text)
        if found is None:
            return iter(())
        start = max(0, found.start() - first[1])
    return pattern.finditer(text, start)


def _windows(text: str, runs: list[tuple[int, int, str]]) -> str:
    """The decoded runs with ``_CONTEXT`` characters of plain text around them, merged."""
    pieces: list[str] = []
    size = 0
    win_start = win_end = -1
    pos = 0
    for start, end, decoded in runs:
        lo = max(0, start - _CONTEXT)
        if win_end < 0 or lo > win_end + _CONTEXT:  # a new window
            if win_end >= 0:
                pieces.append(text[pos:min(len(text), win_end + _CONTEXT)])
                pieces.append("\n\n")
            win_start = lo
            pos = win_start
        pieces.append(text[pos:start])
        pieces.append(decoded)
        pos = win_end = end
        size += end - lo + len(decoded)
        if size > MAX_WINDOW_TEXT:
            break
    if win_end >= 0:
        pieces.append(text[pos:min(len(text), win_end + _CONTEXT)])
    return "".join(pieces)[:MAX_WINDOW_TEXT]


def decoded_windows(text: str) -> list[tuple[str, str]]:
    """``(kind, decoded windows)`` for each kind of in-place encoding found (module docstring)."""
    found: list[tuple[str, str]] = []
    if not text.isascii():  # zero-width characters inside a run
        text = INVISIBLE_RE.sub("", text)
    for kind, pattern, marker, decode, first in _WINDOW_KINDS:
        if marker and text.count(marker) < 2:
            continue
        runs: list[tuple[int, int, str]] = []
        escapes = 0
        for m in runs_of(pattern, text, first):
            run = m.group()[:MAX_RUN_CHARS]
            decoded = decode(run)
            if decoded:
                runs.append((m.start(), m.end(), decoded))
                escapes += run.count(marker) if marker else 8
            if len(runs) >= MAX_RUNS:
                break
        if runs and escapes >= 2:
            found.append((kind, _windows(text, runs)))
    return found


# -- whole-text transforms of the view: ROT13 and reversed ------------------------------------
_ROT13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
_ROT13_BOTH = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                            "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
_STEMS_ROT13 = tuple(stem.translate(_ROT13) for stem in _STEMS)
_STEMS_REVERSED = tuple(stem[::-1] for stem in _STEMS)


def readings(view: str, text: str | None = None) -> list[tuple[str, str, Reading | None]]:
    """``(kind, transformed view, how it was made from the view)``: see
    :func:`transformed_views`. Mirrored text is read from ``text`` (what ``view`` was made
    from; the view has lost some mirrored letters: "ǫ" is "o" there), so its reading is made
    anew (``None``)."""
    out: list[tuple[str, str, Reading | None]] = []
    if any(stem in view for stem in _STEMS_ROT13):
        out.append(("rot13", view.translate(_ROT13), Reading(_ROT13, False)))
    if any(stem in view for stem in _STEMS_REVERSED):
        out.append(("reversed", view[::-1], Reading(None, True)))
    if view.isascii():  # no turned or mirrored letters (all outside ASCII): skip two searches
        return out
    out += [("upside_down", t, how) for t, how in upside_down(view)]
    if text is not None:
        out += [("mirrored", t, None) for t in mirrored(view, text)]
    return out


def transformed_views(view: str, text: str | None = None) -> list[tuple[str, str]]:
    """``("rot13" | "reversed" | "upside_down" | "mirrored", transformed view)`` when it
    contains a key stem (looked for in ``view`` in transformed form, so ordinary text is not
    transformed at all; upside-down and mirrored text only when it has such letters)."""
    return [(kind, t) for kind, t, _ in readings(view, text)]


# -- nested encodings ------------------------------------------------------------------------
MAX_DEPTH = 3  # layers of encoding decoded (a chain "percent+base64+hex" has three)
MAX_NESTED_TEXT = 65_536  # characters of decoded text decoded again, per text
KINDS = ("base64", "hex", "percent", "escape", "html_entity", "binary", "morse", "rot13",
         "reversed", "upside_down", "mirrored", "split_join")
TRANSFORMS = frozenset({"rot13", "reversed", "upside_down", "mirrored"})


def _chain_ok(chain: tuple[str, ...]) -> bool:
    """A transform (ROT13, reversal of the view) can only be the last layer, or the first one
    when a base64 token follows (a ROT13-ed or reversed base64 token); quoted pieces joined
    (``split_join``, :mod:`.split_payload`) only the first: the text as typed is read for them."""
    return all((kind not in TRANSFORMS or i == len(chain) - 1
                or (i == 0 and chain[1] == "base64"))
               and (kind != "split_join" or i == 0) for i, kind in enumerate(chain))


def chains(max_depth: int = MAX_DEPTH) -> tuple[str, ...]:
    """Every chain :func:`layers` can report, ``"base64"`` ... ``"percent+base64+rot13"``."""
    return tuple("+".join(c) for n in range(1, max_depth + 1) for c in product(KINDS, repeat=n)
                 if _chain_ok(c))


@dataclass(frozen=True, slots=True)
class Layer:
    chain: str  # encodings peeled off, outermost first: "base64", "percent+base64"
    view: str  # the normalised view of the decoded text (or the transformed view)
    source: str  # "tokens" | "windows" | "transforms": the decoder that found the last layer
    reading: Reading | None = None  # a transform of the scanned view itself (first layer)


def layers(text: str, view: str, decoders: frozenset[str], *, max_depth: int = MAX_DEPTH,
           deadline: float = float("inf"), stopped: list[str] | None = None
           ) -> Iterator[Layer]:
    """Decoded layers of ``text`` (``view`` is its normalised view), breadth first: every
    single layer (in the order tokens, windows, transforms), then what decodes again inside
    them, up to ``max_depth`` layers. A decoded text seen before is not decoded again.

    Past ``MAX_NESTED_TEXT`` re-decoded characters, or past the ``deadline`` (read before each
    decoded text is decoded again), no deeper layer is yielded, and ``stopped`` (when given)
    gets why: ``"size"`` (a decoded text is left undecoded) or ``"deadline"``. Past the
    deadline the texts left are still decoded (within ``MAX_NESTED_TEXT``: decoding is cheap,
    reading a layer with the rules is not) to learn whether a layer would have been skipped:
    ``"deadline"`` is added, and the walk ends, only at the first one; when none is left,
    nothing is added. A cut-short walk is never mistaken for a text with no deeper layer."""
    seen: set[str] = set()
    level: list[tuple[str, str, str]] = [("", text, view)]  # (chain, raw text, its view)
    budget = MAX_NESTED_TEXT
    late = False  # past the deadline: decode to find out, yield nothing
    for depth in range(1, max_depth + 1):
        deeper: list[tuple[str, str, str]] = []
        for chain, raw, raw_view in level:
            if depth > 1:
                budget -= len(raw)
                if budget < 0:
                    _stop(stopped, "size")
                    return
                late = late or time.perf_counter() > deadline
            prefix = chain + "+" if chain else ""
            found: list[tuple[str, str]] = []
            if "tokens" in decoders:
                found += [(k, d) for k, d in decoded_payloads(raw)
                          if depth + k.count("+") <= max_depth]
            n_tokens = len(found)
            if "windows" in decoders:
                found += decoded_windows(raw)
                if depth == 1:  # quoted pieces the text asks to be joined (.split_payload)
                    found += [("split_join", j) for j in joined_payloads(raw)]
            for i, (kind, decoded) in enumerate(found):
                if decoded in seen:
                    continue
                if late:
                    _stop(stopped, "deadline")
                    return
                seen.add(decoded)
                decoded_view = normalised_view(decoded)
                yield Layer(prefix + kind, decoded_view,
                            "tokens" if i < n_tokens else "windows")
                if depth + kind.count("+") < max_depth:
                    deeper.append((prefix + kind, decoded, decoded_view))
            if "transforms" in decoders:
                for kind, transformed, how in readings(raw_view, raw):
                    if late:
                        _stop(stopped, "deadline")
                        return
                    yield Layer(prefix + kind, transformed, "transforms",
                                how if depth == 1 else None)
        level = deeper
        if not level:
            return


def _stop(stopped: list[str] | None, why: str) -> None:
    if stopped is not None:
        stopped.append(why)
