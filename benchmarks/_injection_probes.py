"""The 100 KB adversarial inputs (ReDoS probes) the injection benchmarks time the rules on:
one copy for ``eval_injection.py``, ``eval_injection_persona_split.py`` and
``eval_injection_revocation.py`` (each adds probes of its own)."""

from __future__ import annotations

PROBES_100KB: dict[str, str] = {
    "a_run": "a" * 100_000,
    "trigger_words": ("ignore previous do not send all print your " * 2500)[:100_000],
    "markdown_images": ("![x](http://a/" + "?" * 40 + "{" * 10 + ") " * 2) * 1600,
    "spaced_letters": ("a b " * 25_000)[:100_000],
    "base64_blob": ("QUJD" * 25_000)[:100_000],
    "tags_and_brackets": ("<system>[system](#x)<|im_start|>--- end " * 2500)[:100_000],
    "leet_digits": ("1a3b5c7d0e " * 10_000)[:100_000],
}
