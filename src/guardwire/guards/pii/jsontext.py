"""JSON text as the recognizers should read it: without ``\\uXXXX`` escapes.

``json.dumps`` escapes every non-ASCII character by default, so a tool result or stored
tool-call arguments may read ``"Zo\\u00eb \\u00c5ngstr\\u00f6m"``: no recognizer finds a name
or an e-mail address in that, and parts of it (``Zo``, ``ngstr``) would reach the model.
"""

from __future__ import annotations

import json


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
