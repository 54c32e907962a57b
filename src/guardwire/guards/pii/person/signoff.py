"""Names after a sign-off: ``Best,\\nAoife``, ``Thanks,\\nMary``, ``Cheers, Olumide``,
``Kind regards,\\nSiobhan O'Neill``, ``-- \\nTünde``. The name stands alone on its line (or
after the sign-off's comma), so nothing else marks it, and it reached the model whole, known
first names too (``Thanks,\\nMary``). A mail app's footer line (``Sent from my iPhone``,
``Get Outlook for iOS``) counts as a sign-off: the name on the next line is the sender's."""

from __future__ import annotations

from .grow import unknown_word
from .tokens import Toks, is_first_name, is_surname, model_person, name_like

SIGNOFFS = frozenset({
    "best", "thanks", "thank", "cheers", "regards", "sincerely", "truly", "thx", "ty", "br",
    "love", "xoxo", "xo", "respectfully", "wishes", "faithfully", "--", "—"})
"""The last word of a sign-off (``Kind regards``, ``Many thanks``, ``Thank you``, ``All the
best``, ``Yours sincerely``, ``Best wishes``)."""
LEADS = frozenset({"kind", "best", "warm", "warmest", "many", "all", "the", "yours", "with",
                   "thank", "you", "very", "sincerely", "and"})
"""Words that may come before the last word of a sign-off on its line."""
_MAX_NAME = 3


def _breaks(d: Toks, a: int, b: int) -> bool:
    """Whether a line break lies between tokens ``a`` and ``b`` (``a < b``)."""
    return any("\n" in d.text[x] + d.ws[x] for x in range(a, b))


def _line_start(d: Toks, k: int) -> bool:
    p = d.prev[k]
    return p < 0 or _breaks(d, p, k)


def _next(d: Toks, k: int) -> int | None:
    """The next token after ``k`` that is not white space."""
    return next((x for x in range(k + 1, d.n) if not d.space[x]), None)


_DEVICE_LEADS = frozenset({"sent", "get"})
"""A mail app's footer line: ``Sent from my iPhone``, ``Sent via …``, ``Get Outlook for iOS``."""
_MAX_FOOTER = 8


def _device_line_end(d: Toks, k: int) -> int:
    """The last token of a mail app's footer line starting at ``k`` (``Sent from my iPhone``,
    ``Sent from my Samsung Galaxy smartphone.``, ``Sent via Superhuman``, ``Get Outlook for
    iOS``), or -1."""
    nxt = _next(d, k)
    if nxt is None or d.low[nxt] not in (("from", "via", "with") if d.low[k] == "sent"
                                         else ("outlook",)):
        return -1
    last, j, n = nxt, nxt, 0
    while True:
        j2 = _next(d, j)
        if j2 is None or _breaks(d, j, j2):
            break
        j, n = j2, n + 1
        if n > _MAX_FOOTER:
            return -1
        last = j
    return last


def signoffs(d: Toks, found: dict[int, tuple[int, str]], first_names: frozenset[str],
             surnames: frozenset[str], english: frozenset[str]) -> None:
    """Add the name that follows a sign-off line (see the module docstring): one to three
    capitalised name words filling the rest of the sign-off's line after a comma, or the
    next line; one of them a known first name or surname, no English word, or a word the
    model nearly took for a name (``Thanks,\\nSupport``, ``Best,\\nThe Team`` stay)."""
    covered = {k for s, (e, _) in found.items() for k in range(s, e)}
    for k in range(d.n):
        device = d.low[k] in _DEVICE_LEADS and _line_start(d, k)
        if device:
            k = _device_line_end(d, k)  # "Sent from my iPhone": its last word ends the line
            if k < 0:
                continue
        elif d.low[k] not in SIGNOFFS:
            continue
        s, lead = k, 0
        while not device and not _line_start(d, s) and lead < 3:
            s = d.prev[s]
            lead += 1
            if d.low[s] not in LEADS:
                break
        if not device and (not _line_start(d, s) or (s != k and d.low[s] not in LEADS)):
            continue
        j = _next(d, k)
        if j is not None and d.text[j] in (",", "!", ".") and not device:
            j = _next(d, j)
        if j is None or (not _breaks(d, k, j) and (device or d.text[k] in ("--", "—"))):
            continue
        e = j
        while (e < d.n and e - j < _MAX_NAME and not d.space[e] and name_like(d, e, False)
               and not d.stop[e] and (e == j or (d.ws[e - 1] == " " and not _breaks(d, e - 1, e)))):
            e += 1
        nxt = _next(d, e - 1) if e > j else None
        if e == j or (nxt is not None and not _breaks(d, e - 1, nxt)):
            continue  # not a name filling the rest of its line
        words = range(j, e)
        if any(k2 in covered for k2 in words):
            continue
        if any(is_first_name(d, w, first_names) or unknown_word(d, w, english)
               or model_person(d, w) for w in words) or (
                e - j > 1 and is_surname(d, e - 1, surnames)):
            found[j] = (e, "cue")
            covered.update(words)
