"""``python examples/X.py --offline --config my_routes.toml`` (documented in
examples/README.md) with a mistake in the file, or without a route the example uses, stops
with the one-line error and exit status 2; it used to end in a traceback (exit status 1)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _run(script: str, config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(EXAMPLES / script), "--offline", "--config",
                           str(config)], capture_output=True, text=True, timeout=120,
                          cwd=EXAMPLES)


@pytest.mark.parametrize(("body", "expected"), [
    ('[routes.chat]\ninput = ["injecton"]\n',
     "routes.chat.input[0]: unknown guard 'injecton' (did you mean 'injection'?)"),
    ('[routes.other]\ninput = ["normalize"]\n',
     "missing route(s) 'chat', 'chat_stream' (this example uses chat, chat_stream; the file "
     "defines other)"),
])
def test_a_bad_route_file_is_one_line(tmp_path: Path, body: str, expected: str) -> None:
    config = tmp_path / "routes.toml"
    config.write_text(body, encoding="utf-8")
    done = _run("openai_chat.py", config)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == f"openai_chat.py: error: {config}: {expected}"
    assert done.stdout == ""


@pytest.mark.parametrize(("script", "sdk"), [("openai_chat.py", "openai"),
                                             ("anthropic_chat.py", "anthropic")])
def test_without_the_sdk_the_example_says_what_to_install(tmp_path: Path, script: str,
                                                          sdk: str) -> None:
    """On a core install (the README's first command) these examples ended in a
    ModuleNotFoundError traceback."""
    import os

    shadow = tmp_path / sdk  # an SDK that is not there, in front of the installed one
    shadow.mkdir()
    (shadow / "__init__.py").write_text(
        f"raise ModuleNotFoundError(\"No module named '{sdk}'\", name='{sdk}')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(tmp_path), *filter(None, [os.environ.get("PYTHONPATH")])])}
    done = subprocess.run([sys.executable, str(EXAMPLES / script), "--offline"],
                          capture_output=True, text=True, timeout=120, cwd=EXAMPLES, env=env)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (f"{script}: this example drives the {sdk} SDK, which is not "
                           f"installed; in a guardwire checkout: pip install '.[{sdk}]'\n")


@pytest.mark.parametrize("script", ["custom_guard.py", "agent_tools.py"])
def test_the_fakellm_examples_take_no_config_or_model(tmp_path: Path, script: str) -> None:
    """These two always run a FakeLLM on routes of their own; their --help offered --config
    (loaded, then ignored), --model and "a local fake server", none of which they use."""
    config = tmp_path / "routes.toml"
    config.write_text('[routes.mine]\ninput = ["normalize"]\n', encoding="utf-8")
    done = _run(script, config)
    assert done.returncode == 2 and done.stdout == ""
    assert "unrecognized arguments: --config" in done.stderr
    shown = subprocess.run([sys.executable, str(EXAMPLES / script), "--help"],
                           capture_output=True, text=True, timeout=120, cwd=EXAMPLES)
    assert shown.returncode == 0
    assert "--config" not in shown.stdout and "--model" not in shown.stdout
    assert "always offline" in " ".join(shown.stdout.split())
