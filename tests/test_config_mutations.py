"""Route-file mistakes found by mutating the example route files: each is a one-line
ConfigError that names the file and the key path (and the close name for a near miss)."""

from __future__ import annotations

from pathlib import Path

import pytest

from _config_kit import error, write


def test_a_misspelled_extends_names_the_close_route(tmp_path: Path) -> None:
    # before: "routes.rag.extends: unknown route 'extact'" and nothing more
    p = write(tmp_path, "r.toml", '[routes.extract]\ninput = ["normalize"]\n'
              '[routes.rag]\nextends = "extact"\n')
    msg = str(error(p))
    assert "routes.rag.extends: unknown route 'extact' (did you mean 'extract'?)" in msg


def test_an_extends_far_from_any_route_lists_the_routes(tmp_path: Path) -> None:
    p = write(tmp_path, "r.toml", '[routes.chat]\ninput = ["normalize"]\n'
              '[routes.rag]\nextends = "zzz"\n')
    assert "unknown route 'zzz'; routes: chat, rag" in str(error(p))


@pytest.mark.parametrize(("body", "path"), [
    ("routes:\n  a:\n    input:\n      -\n      - normalize\n", "routes.a.input[0]"),
    ("routes:\n  a:\n    output:\n      - citations\n      -\n", "routes.a.output[1]"),
    ("routes:\n  a:\n    input:\n      - parallel: [abuse_gate, ]\n      - parallel:\n"
     "        - abuse_gate\n        -\n", "routes.a.input[1].parallel[1]"),
])
def test_an_empty_yaml_list_item_is_an_empty_value(tmp_path: Path, body: str, path: str) -> None:
    # before: "routes.a.input[0]: expected a guard name or a table, got NoneType"
    msg = str(error(write(tmp_path, "r.yaml", body)))
    assert f"{path}: empty value" in msg and "NoneType" not in msg, msg
    assert "a list item with nothing after its '-'" in msg


def test_a_nul_byte_in_yaml_gives_line_and_column(tmp_path: Path) -> None:
    # before: '... special characters are not allowed in "<unicode string>", position 27'
    p = write(tmp_path, "r.yaml", b"routes:\n  a:\n    mode: mon\x00itor\n")
    msg = str(error(p))
    assert "line 3, column 14" in msg and "<unicode string>" not in msg, msg
    assert "#x0000" in msg


def test_a_null_yaml_key_is_called_null(tmp_path: Path) -> None:
    # before: "routes.None: Input should be a valid string (as a key)"
    msg = str(error(write(tmp_path, "r.yaml", "routes:\n  ~: {input: [normalize]}\n")))
    assert "routes.null:" in msg and "None" not in msg, msg


@pytest.mark.parametrize(("body", "path", "hint"), [
    # a dotted key or a [routes.a.input] header makes a table where a list of entries goes
    ('[routes.a]\ninput.use = "normalize"\n', "routes.a.input",
     'a list of guard entries, not a table: input = [{ use = "normalize" }]'),
    ('[routes.a.output]\nuse = "citations"\nbudget_ms = 50\n', "routes.a.output",
     "a list of guard entries, not a table: output = [{ use = \"citations\", budget_ms = 50 }]"),
    # [[routes.a]] (an array of tables) where [routes.a] was meant
    ('[[routes.a]]\ninput = ["normalize"]\n', "routes.a",
     "write [routes.a], not [[routes.a]]"),
])
def test_a_table_where_a_list_goes_says_what_to_write(tmp_path: Path, body: str, path: str,
                                                       hint: str) -> None:
    # before: "Input should be a valid list" / "Input should be a valid dictionary" alone
    msg = str(error(write(tmp_path, "r.toml", body)))
    assert f"{path}: " in msg and hint in msg, msg
