"""docs/data.md names every file of ../shared/evaldata and every licence its README gives for
the data in those files (training and evaluation), so a user can see what the shipped
classifier and the published numbers were built from."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVALDATA_README = ROOT.parent / "shared" / "evaldata" / "README.md"
_LICENCE = re.compile(
    r"(?<![\w-])(MIT|ISC|CC0|ODC-BY|PSF-2\.0|Apache-2\.0|GPL-\d\.\d|CC-BY(?:-SA|-NC)*-\d\.\d)"
    r"(?![\w-])")


def used_part(readme: str) -> str:
    """The README without its list of candidates that were left out (their licences are the
    reasons they are not in the data)."""
    return re.sub(r"^- \*\*Candidates left out.*?(?=^#|\Z)", "", readme, flags=re.S | re.M)


def licences(text: str) -> set[str]:
    return set(_LICENCE.findall(text))


def data_files(readme: str) -> set[str]:
    """The files of the tables' second column (``| area | `dir/file.jsonl` | ...``)."""
    return set(re.findall(r"^\|[^|\n]*\|\s*`(\w+/[\w.]+\.jsonl)`", readme, re.M))


@pytest.fixture(scope="module")
def evaldata_readme() -> str:
    if not EVALDATA_README.exists():
        pytest.skip("../shared/evaldata is not beside the repository")
    return EVALDATA_README.read_text(encoding="utf-8")


def _data_md() -> str:
    return (ROOT / "docs" / "data.md").read_text(encoding="utf-8")


def test_every_licence_of_the_data_is_named(evaldata_readme: str) -> None:
    needed = licences(used_part(evaldata_readme))
    assert {"MIT", "Apache-2.0", "ISC"} <= needed  # the reader still finds them
    assert needed - licences(_data_md()) == set()


def test_every_data_file_is_named(evaldata_readme: str) -> None:
    files = data_files(evaldata_readme)
    assert len(files) >= 6
    assert files - data_files(_data_md()) == set()


def test_left_out_candidates_do_not_count() -> None:
    readme = ("| a | `x/a.jsonl` | MIT, from `up/b.jsonl` |\n\n### Caveats\n\n"
              "- **Candidates left out, with reasons:**\n  - foo: GPL-3.0.\n"
              "  - bar: CC-BY-NC-4.0.\n\n## PII\nsynthetic (ISC)\n")
    assert licences(used_part(readme)) == {"MIT", "ISC"}
    assert licences(readme) == {"MIT", "ISC", "GPL-3.0", "CC-BY-NC-4.0"}
    assert data_files(readme) == {"x/a.jsonl"}
