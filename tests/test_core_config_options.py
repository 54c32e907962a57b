"""A word option given in another case or inside an optional Literal gets its
"did you mean": ``method = "BM25"`` said only "expected 'jaccard' or 'bm25'", and a
``Literal[...] | None`` option got no suggestion at all."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pytest

from _config_kit import error, write
from guardwire import Context, Decision, Registry


class Ranked:
    def __init__(self, method: Literal["jaccard", "bm25"] = "jaccard",
                 on_empty: Literal["allow", "block"] | None = None) -> None:
        self.method, self.on_empty = method, on_empty

    def __call__(self, text: str, ctx: Context) -> Decision:
        return Decision.allow()


def _registry() -> Registry:
    r = Registry()
    r.register("ranked", Ranked)
    return r


@pytest.mark.parametrize(("option", "value", "hint"), [
    ("method", "BM25", "(did you mean 'bm25'?)"),
    ("method", "bm26", "(did you mean 'bm25'?)"),
    ("on_empty", "Block", "(did you mean 'block'?)"),
])
def test_did_you_mean_for_a_word(tmp_path: Path, option: str, value: str, hint: str) -> None:
    path = write(tmp_path, "r.toml",
                 f'[routes.a]\ninput = [{{ use = "ranked", with = {{ {option} = "{value}" }} }}]\n')
    err = error(path, _registry())
    assert err.path == f"routes.a.input[0].with.{option}"
    assert str(err).endswith(f"got a string {value!r} {hint}")


def test_no_suggestion_for_a_far_word(tmp_path: Path) -> None:
    path = write(tmp_path, "r.toml",
                 '[routes.a]\ninput = [{ use = "ranked", with = { method = "tfidf" } }]\n')
    assert str(error(path, _registry())).endswith("got a string 'tfidf'")


@pytest.mark.parametrize(("line", "hint"), [
    ('mode = "Monitor"', "(did you mean 'monitor'?)"),
    ('on_block = "responds"', "(did you mean 'respond'?)"),
    ('stream_mode = "incremantal"', "(did you mean 'incremental'?)"),
])
def test_did_you_mean_for_a_route_setting(tmp_path: Path, line: str, hint: str) -> None:
    err = error(write(tmp_path, "r.toml", f"[routes.a]\n{line}\n"))
    assert str(err).endswith(hint)


def test_a_route_setting_far_from_every_word(tmp_path: Path) -> None:
    err = error(write(tmp_path, "r.toml", '[routes.a]\nmode = "xyz"\n'))
    assert str(err).endswith("routes.a.mode: Input should be 'enforce', 'monitor' or 'off'")


def allow_all(text: str, ctx: Context) -> Decision:  # no default_policy: uses the route's
    return Decision.allow()


@pytest.mark.parametrize("line", ['on_error = "open"', "budget_ms = 100", 'on_timeout = "open"'])
def test_a_route_policy_no_guard_uses_is_an_error(tmp_path: Path, line: str) -> None:
    """``on_error = "open"`` on a route of built-ins only (each declares its own policy) did
    nothing, silently: the user believed the route failed open."""
    body = f'[routes.chat]\ninput = ["normalize", "injection"]\n{line}\n'
    if "timeout" in line:
        body += "budget_ms = 100\n"
    err = error(write(tmp_path, "r.toml", body))
    key = line.split(" ")[0] if "timeout" not in line else "budget_ms"
    assert err.path == f"routes.chat.{key}"
    assert "no guard of this route uses it" in str(err) and "(normalize, injection)" in str(err)


def test_a_route_policy_is_fine_when_a_guard_uses_it(tmp_path: Path) -> None:
    from guardwire import load_routes

    r = _registry()
    r.register("plain", lambda: allow_all)
    path = write(tmp_path, "r.toml", '[routes.chat]\ninput = ["plain"]\non_error = "open"\n')
    assert load_routes(path, registry=r)["chat"].steps("input")[0].policy.on_error == "open"
    # in [defaults] (or inherited through extends) it may go unused
    ok = write(tmp_path, "d.toml", '[defaults]\non_error = "open"\n[routes.chat]\n'
                                   'input = ["normalize"]\n')
    assert load_routes(ok)["chat"].policy.on_error == "open"
