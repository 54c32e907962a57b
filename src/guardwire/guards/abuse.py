"""AbuseGate: block inputs that are too long, mostly repetition, or full of invisible characters.

Contract: it blocks only on measurable properties of the text (length, repetition, hidden
characters) with a reason a UI can show as is, and allows everything else; it never rewrites.
Every check runs in time linear in the text length (no backtracking regular expressions):

- ``length``: more than ``max_chars`` characters ("input too long: 81,234 > 8,000 characters");
- ``encoding``: unpaired surrogates (invalid Unicode that cannot be sent to a provider);
- ``controls``: hidden characters (controls, zero-width, bidi, tag characters, as
  :func:`~guardwire.guards.normalize.hidden_characters` defines them; the LRM/RLM/ALM marks do
  not count in text with right-to-left letters, where they are ordinary) over ``max_control_chars``,
  or over ``max_control_ratio`` of the text once there are at least 8 of them;
- ``repetition``, three detectors sharing the thresholds ``min_repeats``, ``min_repeat_chars``
  and ``max_repeat_ratio``:

  - *run*: one short unit (1 to 32 characters: a character, an emoji, "ha ") repeated back to
    back;
  - *word*: one word (punctuation around it ignored) making up most of the words
    ("poem, poem. poem! ...");
  - *loop*: a copy-paste loop, passages of 12 words repeated ``min_repeats`` times or more
    making up most of the text.

  A repetition blocks when it repeats at least ``min_repeats`` times, covers at least
  ``min_repeat_chars`` characters, and covers at least ``max_repeat_ratio`` of the text (or of
  the words); a run also blocks when it is ``max_run_chars`` long, whatever its share.

Default policy: fail-closed, 50 ms budget. The gate exists to keep oversized and degenerate
inputs away from the model (cost, context overflow, repetition-divergence attacks); if it
cannot finish, the input is exactly the kind it should not pass on. It is pure CPU and
deterministic, so it fails only on a bug, and the length check runs first in O(1).

Lift rate: the share of inputs it blocked; ``data["check"]`` says which check fired.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, ClassVar, Literal

import numpy as np

from .._context import Context
from .._decision import Decision
from .._policy import Policy
from ..exceptions import ConfigError
from .normalize import count_hidden

__all__ = ["AbuseGate", "Repetition", "find_repetition"]

RepetitionKind = Literal["run", "word", "loop"]
MAX_PERIOD = 32
LOOP_WORDS = 12
_MIN_CONTROLS_FOR_RATIO = 8
_PUNCTUATION = string.punctuation + "“”‘’«»…¡¿。、！？"
# Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar.
_NO_SPACE_SCRIPT = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff]"
)
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}  # readable in a reason; others as \uXXXX
# Hebrew, Arabic, Syriac, Thaana, NKo, ... and their presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_BIDI_MARKS = re.compile("[\u200e\u200f\u061c]")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Repetition:
    """The strongest repetition of one kind found in a text."""

    kind: RepetitionKind
    unit: str  # the repeated unit (a character run unit, a word, or one repeated passage)
    count: int  # how many times it repeats
    chars: int  # characters covered by the repetition
    share: float  # covered share: of the characters (run, loop) or of the words (word)


def _candidate_periods(codes: np.ndarray[Any, Any], need: int) -> list[int]:
    """Periods that may hold a run of ``need`` characters, from a strided sample.

    A run of length ``L >= need`` with period ``p`` has ``text[i] == text[i + p]`` at
    ``m = L - p >= need - MAX_PERIOD`` consecutive ``i``; among those, at least ``m // step``
    consecutive multiples of ``step``. Checking only those positions for all periods at once
    costs about ``2 n`` comparisons and almost always rules every period out.
    """
    m_min = max(1, need - MAX_PERIOD)
    step = max(1, min(16, m_min // 8))
    window = max(1, m_min // step)
    n = codes.size
    padded = np.concatenate([codes, np.full(MAX_PERIOD, 0xFFFFFFFF, dtype=codes.dtype)])
    at = np.arange(0, n, step)
    if at.size < window:
        return []
    same = padded[at][:, None] == padded[at[:, None] + np.arange(1, MAX_PERIOD + 1)]
    sums = np.cumsum(same, axis=0, dtype=np.int32)
    sums = np.concatenate([np.zeros((1, MAX_PERIOD), dtype=np.int32), sums])
    full = (sums[window:] - sums[:-window]) == window
    return [int(p) + 1 for p in np.flatnonzero(full.any(axis=0))]


def _longest_run(text: str, need: int) -> Repetition | None:
    """The longest stretch (at least ``need`` long) with a period of at most ``MAX_PERIOD``."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    best_len, best_period, best_start = 0, 0, 0
    for period in _candidate_periods(codes, need):
        if best_len == codes.size:
            break  # the whole text is one run: no period can do better
        same = codes[period:] == codes[:-period]  # same[i]: text[i] == text[i + period]
        edges = np.diff(same.view(np.int8), prepend=0, append=0)
        starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        if starts.size == 0:
            continue
        k = int(np.argmax(ends - starts))
        length = int(ends[k] - starts[k]) + period
        if length > best_len:
            best_len, best_period, best_start = length, period, int(starts[k])
    if best_len < need:
        return None
    unit = text[best_start : best_start + best_period]
    return Repetition("run", unit, best_len // best_period, best_len, best_len / codes.size)


def _words(text: str) -> list[str]:
    """Whitespace-separated words; one per character for text written without spaces."""
    words = text.casefold().split()
    if len(words) * 20 < len(text) and len(_NO_SPACE_SCRIPT.findall(text)) * 4 > len(text):
        return [c for c in text.casefold() if not c.isspace()]
    return words


def _top_word(words: list[str]) -> Repetition | None:
    counts = Counter(w.strip(_PUNCTUATION) for w in words)
    word, count = max(counts.items(), key=itemgetter(1), default=("", 0))
    if not word or word.isdecimal():  # rare: the top "word" is a number or bare punctuation
        valid = [(w, c) for w, c in counts.items() if w and not w.isdecimal()]
        word, count = max(valid, key=itemgetter(1), default=("", 0))
    if not count:
        return None
    return Repetition("word", word, count, count * (len(word) + 1), count / len(words))


def _loop(words: list[str], text_len: int, min_repeats: int) -> Repetition | None:
    """Passages of ``LOOP_WORDS`` words that repeat ``min_repeats`` times or more."""
    grams_n = len(words) - LOOP_WORDS + 1
    if grams_n <= min_repeats:
        return None
    hashes = np.fromiter(map(hash, words), dtype=np.int64, count=len(words)).view(np.uint64)
    grams = np.zeros(grams_n, dtype=np.uint64)
    for i in range(LOOP_WORDS):  # a polynomial hash of each window, wrapping at 2**64
        grams = grams * np.uint64(1_000_003) + hashes[i : i + grams_n]
    counts = Counter(grams.tolist())
    if max(counts.values()) < min_repeats:
        return None
    gram, count = max(counts.items(), key=itemgetter(1))
    looped = sum(c for c in counts.values() if c >= min_repeats)
    first = int(np.flatnonzero(grams == np.uint64(gram))[0])
    unit = " ".join(words[first : first + LOOP_WORDS])
    share = looped / grams_n
    return Repetition("loop", unit, count, round(share * text_len), share)


def find_repetition(
    text: str, *, min_repeats: int = 10, min_repeat_chars: int = 200
) -> list[Repetition]:
    """The strongest run, word and loop repetition of ``text`` that reach both minimums."""
    if len(text) < min_repeat_chars:
        return []
    found: list[Repetition] = []
    run = _longest_run(text, min_repeat_chars)
    if run is not None and run.count >= min_repeats:
        found.append(run)
    words = _words(text)
    for rep in (_top_word(words), _loop(words, len(text), min_repeats)):
        if rep is not None and rep.count >= min_repeats and rep.chars >= min_repeat_chars:
            found.append(rep)
    return found


def _percent(share: float) -> str:
    """``share`` as a percentage for a reason; a small non-zero share is "<1%", never "0%"."""
    return "<1%" if 0 < share < 0.005 else f"{share:.0%}"


def _shown(unit: str, limit: int = 40) -> str:
    visible = "".join(c if c.isprintable() else _ESCAPES.get(c, f"\\u{ord(c):04x}")
                      for c in unit)
    return visible if len(visible) <= limit else visible[: limit - 1] + "…"


def _int_option(name: str, value: Any, minimum: int, allow_none: bool = False) -> None:
    if value is None and allow_none:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigError(f"must be an integer >= {minimum}, got {value!r}", path=name)


def _ratio_option(name: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
        raise ConfigError(f"must be a number in (0, 1], got {value!r}", path=name)


class AbuseGate:
    """Block over-long, repetitive or invisible-character-stuffed input (see module docstring)."""

    name: ClassVar[str] = "abuse_gate"
    default_policy: ClassVar[Policy] = Policy.fail_closed(budget_ms=50)
    cacheable: ClassVar[bool] = True
    soft_budget: ClassVar[bool] = True  # bounded CPU work: budget checked inline

    def __init__(
        self,
        *,
        max_chars: int | None = 8000,
        max_repeat_ratio: float = 0.5,
        min_repeats: int = 10,
        min_repeat_chars: int = 200,
        max_run_chars: int | None = 2000,
        max_control_chars: int = 32,
        max_control_ratio: float = 0.25,
    ) -> None:
        _int_option("max_chars", max_chars, 1, allow_none=True)
        _ratio_option("max_repeat_ratio", max_repeat_ratio)
        _int_option("min_repeats", min_repeats, 2)
        _int_option("min_repeat_chars", min_repeat_chars, 1)
        _int_option("max_run_chars", max_run_chars, 1, allow_none=True)
        _int_option("max_control_chars", max_control_chars, 0)
        _ratio_option("max_control_ratio", max_control_ratio)
        self.max_chars = max_chars
        self.max_repeat_ratio = float(max_repeat_ratio)
        self.min_repeats = min_repeats
        self.min_repeat_chars = min_repeat_chars
        self.max_run_chars = max_run_chars
        self.max_control_chars = max_control_chars
        self.max_control_ratio = float(max_control_ratio)

    def __call__(self, text: str, ctx: Context) -> Decision:
        n = len(text)
        if self.max_chars is not None and n > self.max_chars:
            return Decision.block(f"input too long: {n:,} > {self.max_chars:,} characters",
                                  check="length", chars=n, max_chars=self.max_chars)
        if _SURROGATE.search(text):
            return Decision.block("input contains invalid Unicode (unpaired surrogates)",
                                  check="encoding")
        hidden = count_hidden(text)
        if hidden and _RTL.search(text):  # LRM/RLM/ALM are ordinary in right-to-left text
            hidden -= len(_BIDI_MARKS.findall(text))
        if hidden > self.max_control_chars or (
            hidden >= _MIN_CONTROLS_FOR_RATIO and hidden > self.max_control_ratio * n
        ):
            return Decision.block(
                f"input has too many invisible or control characters: {hidden:,} "
                f"({_percent(hidden / n)} of the text)",
                score=hidden / n, check="controls", hidden_chars=hidden,
            )
        for rep in find_repetition(text, min_repeats=self.min_repeats,
                                   min_repeat_chars=self.min_repeat_chars):
            if self._blocks(rep):
                return Decision.block(self._reason(rep), score=rep.share, check="repetition",
                                      kind=rep.kind, unit=_shown(rep.unit), count=rep.count,
                                      share=round(rep.share, 3))
        return Decision.allow()

    def _blocks(self, rep: Repetition) -> bool:
        if rep.share >= self.max_repeat_ratio:
            return True
        return (rep.kind == "run" and self.max_run_chars is not None
                and rep.chars >= self.max_run_chars)

    def _reason(self, rep: Repetition) -> str:
        unit = _shown(rep.unit)
        if rep.kind == "run" and rep.share < self.max_repeat_ratio:  # blocked by max_run_chars
            return (f"input contains a long repetition: '{unit}' repeated {rep.count:,} times "
                    f"({rep.chars:,} characters)")
        if rep.kind == "run":
            return (f"input is mostly repetition: '{unit}' repeated {rep.count:,} times "
                    f"({_percent(rep.share)} of the text)")
        if rep.kind == "word":
            return (f"input is mostly one word: '{unit}' {rep.count:,} times "
                    f"({_percent(rep.share)} of the words)")
        return (f"input is a copy-paste loop: a passage ('{unit}') repeats {rep.count:,} times "
                f"({_percent(rep.share)} of the text is repeated passages)")

    def __repr__(self) -> str:
        return (f"AbuseGate(max_chars={self.max_chars}, max_repeat_ratio={self.max_repeat_ratio}, "
                f"min_repeats={self.min_repeats})")
