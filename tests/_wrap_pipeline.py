"""The small pipeline shared by test_wrap.py and test_wrap_stream.py: input upper-cased,
output gets a "!"."""

from __future__ import annotations

from guardwire import Context, Decision, Pipeline


def upper(text: str, ctx: Context) -> Decision:
    return Decision.rewrite(text.upper(), "upper")


def shout_out(text: str, ctx: Context) -> Decision:
    return Decision.rewrite(text + "!", "bang")


P = Pipeline(input=[upper], output=[shout_out])
