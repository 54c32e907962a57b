"""JSON text as the recognizers should read it (without ``\\uXXXX`` escapes), and redacted
so that it stays JSON.

``json.dumps`` escapes every non-ASCII character by default, so a tool result or stored
tool-call arguments may read ``"Zo\\u00eb \\u00c5ngstr\\u00f6m"``: no recognizer finds a name
or an e-mail address in that, and parts of it (``Zo``, ``ngstr``) would reach the model.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable


def unescaped_json(text: str) -> str:
    """``text`` re-serialised with its non-ASCII characters written out when it is a JSON
    object or array holding ``\\u`` escapes (the same JSON value); else ``text`` itself."""
    if "\\u" not in text or text.lstrip()[:1] not in ("{", "["):
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if not isinstance(value, dict | list):
        return text
    return json.dumps(value, ensure_ascii=False)


def redact_json(text: str, redact: Callable[[str], tuple[str, Counter[str]]]) -> tuple[
        str, Counter[str]]:
    """``redact`` applied to ``text`` (unescaped); when ``text`` is a JSON object or array
    and the redacted text is not JSON any more (a value taken with a quote or half an
    escape), every string of the value is redacted on its own instead, keys included."""
    from .restore import restore_structured

    view = unescaped_json(text)
    out, counts = redact(view)
    if out == view or view.lstrip()[:1] not in ("{", "["):
        return out, counts
    try:
        value = json.loads(view)
    except ValueError:
        return out, counts
    try:
        json.loads(out)
        return out, counts
    except ValueError:
        pass
    total: Counter[str] = Counter()

    def leaf(s: str) -> str:
        redacted, found = redact(s)
        total.update(found)
        return redacted

    return json.dumps(restore_structured(value, leaf), ensure_ascii=False), total
