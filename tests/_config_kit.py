"""Helpers shared by the route-file and CLI acceptance tests (test_acceptance_config2*, _cli2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardwire import ConfigError, Context, Decision, Registry, load_routes


def allow(text: str, ctx: Context) -> Decision:
    return Decision.allow()


def registry_with_ok() -> Registry:
    """A registry holding one guard, ``ok``, that allows everything."""
    r = Registry()
    r.register("ok", lambda: allow)
    return r


def write(tmp_path: Path, name: str, body: str | bytes) -> Path:
    p = tmp_path / name
    if isinstance(body, bytes):
        p.write_bytes(body)
    else:
        p.write_text(body, encoding="utf-8")
    return p


def error(path: Path, reg: Registry | None = None) -> ConfigError:
    """The ConfigError loading ``path`` raises; its message must start with the file name."""
    with pytest.raises(ConfigError) as info:
        load_routes(path, registry=reg)
    assert str(info.value).startswith(f"{path}: "), str(info.value)
    return info.value
