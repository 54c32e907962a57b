"""The examples' local OpenAI/Anthropic stand-in server, loaded by path for the tests.

The one implementation lives in ``examples/_fake_server.py`` (examples import it as a
sibling module when run as scripts); this shim makes it importable from ``tests/``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parents[1] / "examples" / "_fake_server.py"
_NAME = "guardwire_examples_fake_server"

if _NAME in sys.modules:
    _mod = sys.modules[_NAME]
else:
    _spec = importlib.util.spec_from_file_location(_NAME, _PATH)
    assert _spec is not None and _spec.loader is not None
    _mod = importlib.util.module_from_spec(_spec)
    sys.modules[_NAME] = _mod
    _spec.loader.exec_module(_mod)

FakeLLMServer = _mod.FakeLLMServer
Reply = _mod.Reply
Request = _mod.Request

__all__ = ["FakeLLMServer", "Reply", "Request"]
