"""The offline peers that ``eval_injection.py`` and ``eval_injection_external.py`` score beside
the guard (installed from PyPI with the dev extra; each is skipped when missing)."""

from __future__ import annotations

from collections.abc import Callable


def peers() -> dict[str, Callable[[str], bool]]:
    out: dict[str, Callable[[str], bool]] = {}
    try:
        from nukon_pi_detect import DECISION_CLEAN  # type: ignore[import-untyped]
        from nukon_pi_detect import scan as nukon_scan  # type: ignore[import-untyped]

        out["nukon-pi-detect"] = lambda t: nukon_scan(t).decision != DECISION_CLEAN
    except ImportError:
        print("nukon-pi-detect not installed: skipped")
    try:
        from toolwall.detect import CompositeDetector

        det = CompositeDetector(use_judge=False)
        out["toolwall-guard"] = lambda t: det.score(t)[0] >= 0.6
    except ImportError:
        print("toolwall-guard not installed: skipped")
    return out
