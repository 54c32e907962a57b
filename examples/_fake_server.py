"""The examples' local OpenAI/Anthropic stand-in: the one shipped in the package.

``guardwire.testing.FakeLLMServer`` (``src/guardwire/_fake_sdk_server.py``) is the one
implementation; this module keeps the examples' ``from _fake_server import FakeLLMServer`` and
the short names ``Reply``/``Request`` working. New code should import from ``guardwire.testing``.
"""

from __future__ import annotations

from guardwire.testing import FakeLLMServer
from guardwire.testing import FakeServerReply as Reply
from guardwire.testing import FakeServerRequest as Request

__all__ = ["FakeLLMServer", "Reply", "Request"]
