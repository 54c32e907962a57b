"""What a guarded call returns for a stream: the guarded chunks, used like the SDK's stream.

``with client.chat.completions.create(..., stream=True) as stream:`` (and ``async with``) is
how the OpenAI and Anthropic SDKs let an app close the connection: the returned object keeps
that, ``close()``/``aclose()``, and the SDK stream's other attributes (``response``: the HTTP
response, its headers). Iterating it yields the guarded chunks of
:func:`guardwire._stream_drive.stream_output`; closing it closes them, which ends the call and
closes the SDK stream. After a re-ask (:mod:`guardwire._stream_drive`) the SDK attributes
are the re-asked request's stream's: the answer the consumer gets came from it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from ._context import AMBIENT


class GuardedStream:
    """A sync stream of guarded chunks (an iterator and a context manager)."""

    def __init__(self, chunks: Iterator[Any], raw: Any) -> None:
        self._chunks, self._raw = chunks, raw

    def __iter__(self) -> GuardedStream:
        return self

    def __next__(self) -> Any:
        if AMBIENT.get() is None:
            return next(self._chunks)
        token = AMBIENT.set(None)  # a guarded call an output guard makes: not the block's
        try:                       # Context, which this call uses (see guard_context)
            return next(self._chunks)
        finally:
            AMBIENT.reset(token)

    def close(self) -> None:
        close = getattr(self._chunks, "close", None)  # a canned answer's list iterator: none
        if callable(close):
            close()

    def __enter__(self) -> GuardedStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _swap(self, raw: Any) -> None:
        """The SDK stream whose attributes this one shows: the re-asked request's."""
        self._raw = raw

    def __getattr__(self, name: str) -> Any:  # `response` and the like: the SDK stream's
        if name.startswith("_"):  # never the SDK stream's own iterator: its chunks are unguarded
            raise AttributeError(name)
        return getattr(self._raw, name)


class AsyncGuardedStream:
    """An async stream of guarded chunks (an async iterator and async context manager)."""

    def __init__(self, chunks: AsyncIterator[Any], raw: Any) -> None:
        self._chunks, self._raw = chunks, raw

    def __aiter__(self) -> AsyncGuardedStream:
        return self

    async def __anext__(self) -> Any:
        if AMBIENT.get() is None:
            return await self._chunks.__anext__()
        token = AMBIENT.set(None)
        try:
            return await self._chunks.__anext__()
        finally:
            AMBIENT.reset(token)

    async def aclose(self) -> None:
        aclose = getattr(self._chunks, "aclose", None)
        if callable(aclose):
            await aclose()

    async def close(self) -> None:  # the SDKs' AsyncStream.close() is a coroutine too
        await self.aclose()

    async def __aenter__(self) -> AsyncGuardedStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def _swap(self, raw: Any) -> None:
        """The SDK stream whose attributes this one shows: the re-asked request's."""
        self._raw = raw

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # never the SDK stream's own iterator: its chunks are unguarded
            raise AttributeError(name)
        return getattr(self._raw, name)
