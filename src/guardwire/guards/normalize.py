"""Normalize: make the user's text canonical without changing what it says.

Contract: the output means the same as the input for ordinary text; only invisible characters,
compatibility variants and redundant whitespace change. ``normalize_text`` is idempotent, and it
never makes a text longer except through NFKC compatibility expansions (``ﬁ`` → ``fi``,
``…`` → ``...``): no character grows beyond its own NFKC form, so
``len(normalize_text(t)) <= sum(len(unicodedata.normalize("NFKC", c)) for c in t)``, and
``len(normalize_text(t)) <= len(t)`` when ``t`` is already NFKC.

Steps, in order (repeated until nothing changes, at most a few rounds):

1. repair UTF-8 mojibake that carries C1 control characters (``â\x80\x94`` → ``—``: UTF-8 bytes
   read as Latin-1; such runs never occur in real text), then remove hidden characters
   (:func:`hidden_characters` finds them): C0/C1 controls other than
   whitespace, zero-width characters, bidirectional controls (Trojan Source), the soft hyphen,
   invisible math operators, Unicode tag characters (ASCII smuggling) and runs of variation
   selectors. Kept where they carry meaning: ZWJ/ZWNJ next to a letter of a script that needs
   them (Arabic, Persian, Indic, …; Malayalam chillu, Bengali khanda ta), ZWJ inside emoji
   sequences, ZWSP between Thai/Lao/Khmer/Myanmar letters (a word-break hint), tag characters
   inside subdivision flags, one variation selector after its base character (not after
   whitespace or a Latin/Greek/Cyrillic letter, which have no variation sequences);
2. Unicode NFKC, except superscript and subscript characters (``x²`` and ``H₂O`` keep their
   meaning: NFKC would turn them into ``x2`` and ``H2O``; ``™`` is one of them too), vulgar
   fractions (``1½`` would become ``11⁄2``), spacing accents (``it´s`` would become ``it ́s``)
   Thai/Lao SARA AM and Korean compatibility jamo (``ㅋㅋ``); squared unit signs keep a
   superscript exponent (``㎡`` → ``m²``);
3. optionally fold typographic quotes to ASCII (``fold_quotes``);
4. whitespace: with ``keep_newlines=True`` (the default) line breaks become ``\\n``, runs of
   spaces inside a line become one space, trailing spaces go, at most one blank line is kept, and
   the common indentation is removed (relative indentation, so code, stays); inside Markdown
   code fences (``` or ~~~) spaces and tabs within a line are kept as they are; with
   ``keep_newlines=False`` every whitespace run becomes one space (one line) and the ends are
   trimmed.

Default policy: fail-open with a 50 ms budget. Normalisation is hygiene, not a security
boundary: the injection guard folds its own view of the text and the abuse gate counts hidden
characters on whatever it gets, so a normaliser bug should degrade the call, not stop it.

Lift rate: the share of texts it rewrote (any step changed the text).
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from typing import Any, ClassVar

import regex

from .._context import Context
from .._decision import Decision
from .._policy import Policy
from ._options import need_bools

__all__ = ["Normalize", "count_hidden", "hidden_characters", "normalize_text"]

# Scripts whose orthography uses ZWJ/ZWNJ between letters (Persian ZWNJ, Indic conjuncts, ...).
_JOINING = (
    r"\p{scx=Arabic}\p{scx=Syriac}\p{scx=Nko}\p{scx=Mongolian}\p{scx=Hebrew}\p{scx=Devanagari}"
    r"\p{scx=Bengali}\p{scx=Gurmukhi}\p{scx=Gujarati}\p{scx=Oriya}\p{scx=Tamil}\p{scx=Telugu}"
    r"\p{scx=Kannada}\p{scx=Malayalam}\p{scx=Sinhala}\p{scx=Tibetan}\p{scx=Myanmar}"
    r"\p{scx=Khmer}\p{scx=Thai}\p{scx=Lao}"
)
_J = rf"[{_JOINING}--[\p{{Latin}}\p{{Greek}}\p{{Cyrillic}}\p{{Common}}]]"
# Scripts written without spaces where ZWSP marks word breaks.
_B = r"[\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}\p{scx=Tibetan}--\p{Common}]"
_EMOJI_BEFORE = r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u20E3]"
_VS = r"[\uFE00-\uFE0F\U000E0100-\U000E01EF]"
_FLAG = r"\U0001F3F4[\U000E0020-\U000E007E]{1,12}\U000E007F"

_HIDDEN = regex.compile(
    "|".join(
        (
            # tag sequences of subdivision flags are kept whole (matched and put back)
            rf"(?P<flag>{_FLAG})",
            r"[\x00-\x08\x0E-\x1F\x7F-\x84\x86-\x9F]",  # C0/C1 controls except whitespace
            r"[\u00AD\u180E\u2060-\u2064\uFEFF\uFFF9-\uFFFB]",  # soft hyphen, WJ, BOM, ...
            r"[\u061C\u200E\u200F\u202A-\u202E\u2066-\u206F]",  # bidi and deprecated format
            r"[\U000E0001\U000E0020-\U000E007F]",  # tag characters
            rf"\u200B(?!(?<={_B}\u200B){_B})",
            rf"[\u200C\u200D](?<!{_J}[\u200C\u200D])(?!{_J})"  # kept next to a joining letter
            rf"(?!(?<={_EMOJI_BEFORE}\u200D)\p{{Extended_Pictographic}})",
            # extra variation selectors (smuggling), a bare one, or one after whitespace or a
            # Latin, Greek or Cyrillic letter (none has a variation sequence: it splits words)
            rf"(?<={_VS}|\s|[[\p{{Latin}}\p{{Greek}}\p{{Cyrillic}}]&&\p{{L}}]){_VS}|^{_VS}",
        )
    ),
    regex.V1 | regex.MULTILINE,
)
_FLAG_RE = regex.compile(_FLAG)
# Every character _HIDDEN can match, as a cheap stdlib pre-check (most texts have none).
_CANDIDATE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb\U000e0000-\U000e01ef]"
)
# UTF-8 multi-byte sequences decoded as Latin-1, with at least one C1 control among them.
_MOJIBAKE = regex.compile(r"(?:[\u00C2-\u00F4][\u0080-\u00BF]{1,3})+")
_C1 = regex.compile(r"[\x80-\x9F]")
# Kept out of NFKC: super/subscripts (x² is not x2), vulgar fractions (1½ is not 11⁄2), spacing
# accents whose NFKC form starts with a space ("it´s" would become "it ́s", "￣" " ̄") and Thai/Lao
# SARA AM (NFKC splits the vowel of every "ทำ" into two characters), Korean compatibility jamo.
_SPACING = (
    "\u00a8\u00af\u00b4\u00b8\u02d8-\u02dd\u037a\u0384\u0385\u1fbd\u1fbf-\u1fc1\u1fcd-\u1fcf"
    "\u1fdd-\u1fdf\u1fed\u1fee\u1ffd\u1ffe\u2017\u203e\u309b\u309c\ufc5e-\ufc63\ufe49-\ufe4c"
    "\ufe70\ufe72\ufe74\ufe76\ufe78\ufe7a\ufe7c\ufe7e\uffe3\u0e33\u0eb3"
    "\u3131-\u318e\uffa1-\uffdc"  # Hangul letters: NFKC made ㅋㅋ conjoining jamo, ㅋㅏ 카
)
_SUPER_SUB = regex.compile(rf"([\p{{dt=super}}\p{{dt=sub}}\p{{dt=fraction}}{_SPACING}]+)")


def _squared_units() -> dict[int, str]:
    """㎡ → "m²" (NFKC writes "m2"): the squared unit signs whose NFKC form ends in 2 or 3."""
    table = {}
    for c in "\u3378\u3379\u339f\u33a0\u33a1\u33a2\u33a3\u33a4\u33a5\u33a6\u33a8\u33af":
        folded = unicodedata.normalize("NFKC", c)
        table[ord(c)] = folded[:-1] + {"2": "²", "3": "³"}[folded[-1]]
    return table


_SQUARED_UNITS = _squared_units()
_SQUARED_UNIT = re.compile("[\u3378\u3379\u339f-\u33a6\u33a8\u33af]")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'",
                         "“": '"', "”": '"', "„": '"', "‟": '"'})
_FENCE = re.compile(r"[ \t]*(`{3,}|~{3,})")  # a Markdown code fence line
_MAX_ROUNDS = 4


def hidden_characters(text: str) -> list[tuple[int, str]]:
    """``(offset, character)`` of every hidden character in ``text``.

    :func:`normalize_text` removes them, except C1 controls that are part of repairable UTF-8
    mojibake, which it decodes instead.
    """
    return [(m.start(), m.group()) for m in _HIDDEN.finditer(text) if m.group("flag") is None]


def count_hidden(text: str) -> int:
    """How many characters :func:`hidden_characters` would report (fast: no list is built)."""
    if not _CANDIDATE.search(text):
        return 0
    flags = len(_FLAG_RE.findall(text))
    count: int = _HIDDEN.subn("", text)[1]
    return count - flags


def _repair_mojibake(text: str) -> tuple[str, int]:
    repaired = 0

    def repl(m: regex.Match[str]) -> str:
        nonlocal repaired
        raw: str = m.group()
        if not _C1.search(raw):
            return raw
        try:
            fixed = raw.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return raw
        if len(unicodedata.normalize("NFKC", fixed)) > len(raw):
            return raw  # keeps the length bound: a repair never makes the text longer
        repaired += 1
        return fixed

    return _MOJIBAKE.sub(repl, text), repaired


def _strip_hidden(text: str) -> tuple[str, int]:
    if not _FLAG_RE.search(text):
        out: str
        out, n = _HIDDEN.subn("", text)
        return out, n
    removed = 0

    def repl(m: regex.Match[str]) -> str:
        nonlocal removed
        flag: str | None = m.group("flag")
        if flag is not None:
            return flag
        removed += 1
        return ""

    return _HIDDEN.sub(repl, text), removed


def _nfkc(text: str) -> str:
    if unicodedata.is_normalized("NFKC", text):
        return text
    if _SQUARED_UNIT.search(text):
        text = text.translate(_SQUARED_UNITS)
    parts = _SUPER_SUB.split(text)
    if len(parts) == 1:
        return unicodedata.normalize("NFKC", text)
    # odd indices are the protected super/subscript runs
    return "".join(p if i % 2 else unicodedata.normalize("NFKC", p) for i, p in enumerate(parts))


def _fence_change(line: str, fence: str) -> str | None:
    """The open fence after ``line``, or ``None`` when ``line`` neither opens nor closes one."""
    m = _FENCE.match(line)
    if m is None:
        return None
    marker = m.group(1)
    if not fence:  # an opening backtick fence has no backtick after it (else: inline code)
        return None if marker[0] == "`" and "`" in line[m.end():] else marker
    if marker[0] == fence[0] and len(marker) >= len(fence) and not line[m.end():].strip():
        return ""  # a closing fence: same character, at least as long, nothing after it
    return None


def _whitespace(text: str, keep_newlines: bool) -> str:
    if not keep_newlines:
        return " ".join(text.split())
    lines: list[str] = []
    blank = True  # drops leading blank lines; then keeps at most one blank line in a row
    fence = ""  # the marker of the open Markdown code fence (``` or ~~~), "" outside one
    fenced = "```" in text or "~~~" in text
    for line in text.splitlines():
        words = line.split()
        if not words:
            if not blank:
                lines.append("")
                blank = True
            continue
        change = _fence_change(line, fence) if fenced else None
        if fence and change is None:
            lines.append(line.rstrip())  # inside a code block: spaces and tabs are meaning
        else:
            indent = line[: len(line) - len(line.lstrip())]
            lines.append(indent + " ".join(words))
        if change is not None:
            fence = change
        blank = False
    if lines and not lines[-1]:
        lines.pop()
    out = "\n".join(lines)
    return textwrap.dedent(out) if out[:1] in (" ", "\t") else out


def _one_round(text: str, fold_quotes: bool, keep_newlines: bool,
               stats: dict[str, Any]) -> str:
    out = text
    candidate = _CANDIDATE.search(out) is not None
    if candidate and _C1.search(out):
        out, repaired = _repair_mojibake(out)
        stats["repaired_mojibake"] += repaired
    if candidate and _HIDDEN.search(out):
        out, removed = _strip_hidden(out)
        stats["removed_controls"] += removed
    nfkc = _nfkc(out)
    if nfkc != out:
        stats["nfkc"] = True
    out = nfkc
    if fold_quotes:
        folded = out.translate(_QUOTES)
        stats["quotes_folded"] += sum(a != b for a, b in zip(out, folded, strict=True))
        out = folded
    spaced = _whitespace(out, keep_newlines)
    if spaced != out:
        stats["whitespace"] = True
    return spaced


def _normalize(text: str, fold_quotes: bool, keep_newlines: bool) -> tuple[str, dict[str, Any]]:
    stats: dict[str, Any] = {"removed_controls": 0, "repaired_mojibake": 0, "nfkc": False,
                             "whitespace": False, "quotes_folded": 0}
    out = text
    for _ in range(_MAX_ROUNDS):
        nxt = _one_round(out, fold_quotes, keep_newlines, stats)
        if nxt == out:
            break
        out = nxt
    return out, stats


def normalize_text(text: str, *, fold_quotes: bool = False, keep_newlines: bool = True) -> str:
    """The normalised form of ``text`` (see the module docstring for the steps)."""
    return _normalize(text, fold_quotes, keep_newlines)[0]


class Normalize:
    """Rewrite the text into its normalised form; allow it unchanged when it already is.

    Options: ``fold_quotes`` (default ``False``): typographic quotes → ASCII ``'`` and ``"``;
    ``keep_newlines`` (default ``True``): keep line structure (code, lists, tables) instead of
    flattening the text onto one line.
    """

    name: ClassVar[str] = "normalize"
    default_policy: ClassVar[Policy] = Policy.fail_open(budget_ms=50)
    cacheable: ClassVar[bool] = True
    soft_budget: ClassVar[bool] = True  # bounded CPU work: budget checked inline

    def __init__(self, *, fold_quotes: bool = False, keep_newlines: bool = True) -> None:
        need_bools(fold_quotes=fold_quotes, keep_newlines=keep_newlines)
        self.fold_quotes = fold_quotes
        self.keep_newlines = keep_newlines

    def __call__(self, text: str, ctx: Context) -> Decision:
        out, stats = _normalize(text, self.fold_quotes, self.keep_newlines)
        if out == text:
            return Decision.allow()
        done = []
        if stats["repaired_mojibake"]:
            done.append(f"repaired {stats['repaired_mojibake']} mojibake sequences")
        if stats["removed_controls"]:
            done.append(f"removed {stats['removed_controls']} hidden characters")
        if stats["nfkc"]:
            done.append("NFKC")
        if stats["quotes_folded"]:
            done.append(f"folded {stats['quotes_folded']} quotes")
        if stats["whitespace"]:
            done.append("collapsed whitespace")
        return Decision.rewrite(out, "normalised: " + ", ".join(done),
                                length_delta=len(out) - len(text), **stats)

    def __repr__(self) -> str:
        return f"Normalize(fold_quotes={self.fold_quotes}, keep_newlines={self.keep_newlines})"
