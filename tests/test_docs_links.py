"""Relative links in README.md, docs/ and examples/README.md point at files (and headings) that
exist: a renamed page or section must not leave dead links behind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", ROOT / "examples" / "README.md",
         *sorted((ROOT / "docs").rglob("*.md"))]
_LINK = re.compile(r"\]\(([^)\s]+)\)")


def _fenceless(text: str) -> str:
    return re.sub(r"^[ \t]*```.*?^[ \t]*```", "", text, flags=re.S | re.M)


def _prose(text: str) -> str:
    """The text without fenced blocks and inline code (where `[x](y)` is an example)."""
    return re.sub(r"`[^`\n]*`", "", _fenceless(text))


def _anchor(heading: str) -> str:
    """GitHub's id for a heading: lower case, punctuation dropped, spaces become hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(text: str) -> set[str]:
    """The ids GitHub gives the headings of a page: not the ``# comment`` lines of code blocks,
    a link in a heading counts by its text, and a repeated heading gets ``-1``, ``-2``, ..."""
    seen: dict[str, int] = {}
    out: set[str] = set()
    for heading in re.findall(r"^#{1,6} (.*?)(?:[ \t]+#+)?[ \t]*$", _fenceless(text), re.M):
        slug = _anchor(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading))
        n = seen.get(slug, 0)
        out.add(f"{slug}-{n}" if n else slug)
        seen[slug] = n + 1
    return out


def dead_links(page: Path) -> list[str]:
    dead: list[str] = []
    for target in _LINK.findall(_prose(page.read_text(encoding="utf-8"))):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
            continue
        path, _, anchor = target.partition("#")
        dest = (page.parent / path).resolve() if path else page
        missing_anchor = (dest.exists() and bool(anchor) and dest.suffix == ".md"
                          and anchor not in anchors(dest.read_text(encoding="utf-8")))
        if not dest.exists() or missing_anchor:
            dead.append(target)
    return dead


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(ROOT).as_posix() for p in PAGES])
def test_relative_links_resolve(page: Path) -> None:
    assert dead_links(page) == []


def test_dead_links_are_found(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text("# Top part\n[a](p.md#top-part) [b](gone.md) [c](#nowhere) `[d](x)`\n"
                    "[e](https://example.com/x.md)\n```md\n[f](y.md)\n```\n", "utf-8")
    assert dead_links(page) == ["gone.md", "#nowhere"]
    assert _anchor("Tool outputs and `ctx.docs`") == "tool-outputs-and-ctxdocs"


def test_anchors_are_githubs() -> None:
    text = ("# Setup\n## Setup\n```toml\n# guardwire.toml\n```\n"
            "### See [the guide](g.md) ##\n## C#\n")
    assert anchors(text) == {"setup", "setup-1", "see-the-guide", "c"}  # no "guardwiretoml"


_REPO_PATH = re.compile(r"`((?:benchmarks|tests|tools|examples|src/guardwire)/[\w./-]+\.\w+)"
                        r"(?:::(\w+))?[^`]*`")


def missing_paths(text: str, root: Path) -> list[str]:
    """Repository files named in inline code (`benchmarks/eval_pii.py`,
    `tests/test_slots.py::test_name`) that do not exist, or lack the named test."""
    missing: list[str] = []
    for path, name in _REPO_PATH.findall(_fenceless(text)):
        dest = root / path
        if "*" in path or "{" in path:
            continue
        if not dest.exists():
            missing.append(path)
        elif name and not re.search(rf"^\s*(?:async )?(?:def|class) {name}\b",
                                    dest.read_text(encoding="utf-8"), re.M):
            missing.append(f"{path}::{name}")
    return missing


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(ROOT).as_posix() for p in PAGES])
def test_named_files_exist(page: Path) -> None:
    assert missing_paths(page.read_text(encoding="utf-8"), ROOT) == []


def test_missing_paths_are_found(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_a.py").write_text("def test_b() -> None: ...\n", "utf-8")
    text = ("`tests/test_a.py::test_b` `tests/test_a.py::test_gone` `tests/test_z.py` "
            "`benchmarks/gone.py --quick` `tests/test_a.py`\n```sh\nbenchmarks/x.py\n```\n")
    assert missing_paths(text, tmp_path) == ["tests/test_a.py::test_gone", "tests/test_z.py",
                                             "benchmarks/gone.py"]
