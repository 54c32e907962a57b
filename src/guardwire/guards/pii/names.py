"""A chat message's ``name`` field (OpenAI ``{"role": "user", "name": "Ada_Lovelace", …}``),
redacted like the message's text and written the way a provider accepts a name.

The adapters hand a user message's ``name`` to the redactor among the history's texts (kind
``"name"``). A name holds no blank and no ``<`` or ``>`` (OpenAI accepts letters, digits,
``_`` and ``-`` only), so apps write ``Ada_Lovelace`` for ``Ada Lovelace``, which no recognizer
reads as a name. The name is redacted with each underscore between two letters read as a blank
when a value found that way spans one (``Ada Lovelace``: the placeholder the same name gets
in the text) or when nothing is found in it as written, else as written (``ada_l@x.org`` is
one value; a name holding ``@`` is always read as written); then every placeholder goes in
without its brackets (``PERSON_1``: the bare form, which the restorer reads should the model
copy it into its answer) and blanks go back to underscores. A name in which nothing is found
is sent as it came.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import regex

from .engine import Detection

_JOINED = regex.compile(r"(?<=\p{L})_(?=\p{L})")
_PLACEHOLDER = regex.compile(r"<([A-Z][A-Z0-9_]*_[0-9]+)>")

NAME = "name"
"""The kind of a history entry that holds a message's ``name`` field."""


def redact_name(name: str, redact: Callable[[str], tuple[str, Counter[str]]],
                detect: Callable[[str], Sequence[Detection]]) -> tuple[str, Counter[str]]:
    """``name`` redacted by ``redact`` and written as a name (see the module); the counts per
    type of what was replaced. ``detect`` finds values without recording them (it chooses
    how the name is read)."""
    spaced = _JOINED.sub(" ", name) if "@" not in name else name
    joints = [m.start() for m in _JOINED.finditer(name)] if spaced != name else []
    joined = bool(joints) and any(d.start < j < d.end for d in detect(spaced) for j in joints)
    text, counts = redact(spaced if joined else name)
    if not counts and joints and not joined:
        text, counts = redact(spaced)
        joined = True
    if not counts:
        return name, counts
    out = str(_PLACEHOLDER.sub(r"\1", text))
    return (out.replace(" ", "_") if joined else out), counts
