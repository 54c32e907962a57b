"""Time phrases: find them, resolve them to a window, restore them after a query rewrite.

Contract of the ``time_phrases`` guard (:class:`TimePhraseGuard`): for query-rewrite calls,
every time phrase of ``ctx.original_input`` that the model's rewrite dropped is appended to
the rewrite; nothing of the rewrite is removed, except a phrase that moved the user's window
("Q2" for "Q3"), which the user's phrase replaces when that pairing is unambiguous. Default
policy: ``Policy.fail_open()`` (no budget) (a salvage step must never take the answer
down). Lift rate: the share of calls whose Decision is ``rewrite`` (data
``restored=[...]``), plus flagged-only calls (``fired=True``, ``missing=[...]``) when the
rewrite is structured (JSON) and cannot be spliced.

Public helpers: :func:`find_time_phrases` (curated ``regex`` patterns) and
:func:`resolve_time_window` (a (start, end) window, never ``None``).
"""

from __future__ import annotations

from .guard import KINDS, TimePhraseGuard, splice
from .patterns import Span, find_time_phrases
from .resolve import DEFAULT_LOOKBACK, resolve_span, resolve_time_window

__all__ = ["DEFAULT_LOOKBACK", "KINDS", "Span", "TimePhraseGuard", "find_time_phrases",
           "resolve_span", "resolve_time_window", "splice"]
