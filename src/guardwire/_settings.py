"""The checks of ``Pipeline(...)``'s keywords, as a route file checks its keys (the file's
schema: :mod:`guardwire.config`); a wrong type raises at once, never a silently different
pipeline."""

from __future__ import annotations

from typing import Any

from ._policy import Policy
from ._reask import check_reask_budget, check_reask_tokens


def check_settings(*, mode: Any, on_block: Any, stream_mode: Any, policy: Any,
                   max_reasks: Any, block_response: Any, reask_budget_ms: Any,
                   reask_budget_tokens: Any, name: Any, version: Any, guard_system: Any,
                   return_structured: Any, record_text: Any) -> None:
    if mode not in ("enforce", "monitor", "off"):
        raise ValueError(f"mode must be 'enforce', 'monitor' or 'off', got {mode!r}")
    if on_block not in ("raise", "respond"):
        raise ValueError(f"on_block must be 'raise' or 'respond', got {on_block!r}")
    if stream_mode not in ("buffered", "incremental"):
        raise ValueError(f"stream_mode must be 'buffered' or 'incremental': {stream_mode!r}")
    if not isinstance(policy, Policy):  # else the first guard without one is blamed
        raise TypeError(f"policy= must be a guardwire.Policy, got {type(policy).__name__} "
                        f"{policy!r}: write Policy(on_error='open') or Policy.fail_closed()")
    if isinstance(max_reasks, bool) or not isinstance(max_reasks, int):  # True was 1
        raise TypeError(f"max_reasks must be an int, got {type(max_reasks).__name__}")
    if max_reasks < 0:
        raise ValueError("max_reasks must be >= 0")
    if not isinstance(block_response, str) or not block_response:  # as in a route file
        raise ValueError(f"block_response must be a non-empty str, got {block_response!r}")
    check_reask_budget(reask_budget_ms)
    check_reask_tokens(reask_budget_tokens)
    # a string from an environment variable ("false") is truthy: record_text="false" sent
    # prompts and answers, personal data included, to the tracing backend
    for key, value in (("guard_system", guard_system), ("return_structured", return_structured),
                       ("record_text", record_text)):
        if not isinstance(value, bool):
            raise TypeError(f"{key} must be True or False, got {type(value).__name__} "
                            f"{value!r}")
    if not isinstance(name, str) or not name.strip():  # the route of verdicts and spans
        raise (ValueError if isinstance(name, str) else TypeError)(
            f"name must be a non-empty str (the route name), got {name!r}")
    if version is not None and (not isinstance(version, str) or not version):
        raise (ValueError if isinstance(version, str) else TypeError)(
            f"version must be a non-empty str or None, got {type(version).__name__} "
            f"{version!r} (quote it: version='2026-12-08.1')")
