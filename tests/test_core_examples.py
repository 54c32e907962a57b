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
