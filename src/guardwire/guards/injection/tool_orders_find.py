"""The AI words :mod:`.tool_orders` reads around, found in order and skipped in bulk (sixteenth
session).

Where a sentence may hold an address: an AI word of any language (or the "whoever" of "to
whoever is reading this"), found with ``str.find`` per word (a regex alternation of ~150 words
tries them all at every offset: 20-100 ms on 100 KB); a word must start a word, and a short one
("ai", "bot", "ki") end one too ("aim", "both" are no AI). Words of languages written without
spaces match anywhere, ASCII words also next to their characters ("给ai的").

The fifteenth session listed every AI word of the view first and gave up past 4,000: 100 KB of
"Assistant, Note for the AI:" padding hid an order. :class:`AIWords` yields them in order from a
heap of one cursor per word, and :meth:`AIWords.next` takes a floor: the reader moves the floor
past a sentence it has read, or past a stretch with no action cue, and the words there are
never looked at.
"""

from __future__ import annotations

import heapq
import time

from .tool_orders_langs import OTHER_LANGS
from .tool_orders_langs_more import MORE_LANGS

__all__ = ["AIWords"]

_EN_WORDS = ("ai", "artificial", "assistant", "chat", "bot", "llm", "model", "gpt", "claude",
             "gemini", "copilot", "bard", "siri", "alexa", "agent", "summari", "crawler",
             "robot", "automated", "whoever", "anyone", "next", "cursor", "devin", "codex",
             "cline", "aider", "grok", "perplexity", "deepseek", "qwen", "mistral", "llama",
             "jarvis", "cortana", "bixby",
             # (sixteenth session) a "you" that can only be an agent (:mod:`.tool_orders_words`)
             "behalf", "you were", "you are helping", "you're helping", "whatever you")
_CHECK_EVERY = 256  # words between two looks at the clock


def _minimal(words: set[str]) -> tuple[str, ...]:
    """``words`` without those a kept word starts; a short kept word (three letters or fewer)
    must end a word, so it covers no longer one ("mo" of Vietnamese "mô hình" is no prefix of
    "model"; sixteenth session: dropping "model" for "mo" lost every English "Model, …")."""
    out: list[str] = []
    for w in sorted(words, key=len):
        if not any(w.startswith(m) and len(m) > 3 for m in out):
            out.append(w)
    return tuple(out)


def _unspaced(c: str) -> bool:  # Hangul, kana, CJK
    return "\u1100" <= c <= "\u11ff" or c >= "\u2e80"


PREFIXES = _minimal({*_EN_WORDS, *(w for lang in (*OTHER_LANGS, *MORE_LANGS)
                                   for w in lang.words)})
ASCII_PREFIXES = tuple(w for w in PREFIXES if w.isascii())


class AIWords:
    """Where AI words start in one view, in order (``TimeoutError`` past ``max_words`` words
    looked at or the ``deadline``)."""

    __slots__ = ("_deadline", "_heap", "_left", "_view", "_words")

    def __init__(self, view: str, deadline: float, max_words: int) -> None:
        self._view = view
        self._words = PREFIXES if not view.isascii() else ASCII_PREFIXES
        self._deadline = deadline
        self._left = max_words
        self._heap: list[tuple[int, int]] = []
        for i in range(len(self._words)):
            self._push(i, 0)

    def _push(self, i: int, frm: int) -> None:
        """The first occurrence of word ``i`` at or after ``frm`` that is a word, on the heap."""
        view, w = self._view, self._words[i]
        free = _unspaced(w[0])
        short = len(w) <= 3
        at = view.find(w, frm)
        while at != -1:
            self._left -= 1
            if self._left < 0 or (not self._left % _CHECK_EVERY
                                  and time.perf_counter() > self._deadline):
                raise TimeoutError
            if free:
                break
            end = at + len(w)
            before = view[at - 1] if at else " "
            after = view[end:end + 2]
            if not ((before.isalnum() and not _unspaced(before)) or (
                    short and after[:1].isalpha() and not _unspaced(after[:1])
                    and not (after[:1] == "s" and not after[1:2].isalpha()))):
                break
            at = view.find(w, at + 1)
        if at != -1:
            heapq.heappush(self._heap, (at, i))

    def next(self, floor: int) -> int | None:
        """The first AI word starting at or after ``floor``, or None."""
        heap = self._heap
        while heap and heap[0][0] < floor:
            _, i = heapq.heappop(heap)
            self._push(i, floor)
        return heap[0][0] if heap else None
