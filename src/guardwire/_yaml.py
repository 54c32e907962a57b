"""Reading route files: UTF-8 text, TOML or YAML; for YAML a ``yaml.safe_load`` that refuses
duplicate keys (as TOML does), PyYAML errors as one line with their position, and hints for the
words YAML 1.1 reads as another type."""

from __future__ import annotations

import datetime
import re
import tomllib
from os import PathLike
from pathlib import Path
from typing import Any

from .exceptions import ConfigError

_YAML11_FLOAT = re.compile(r"[-+]?\d+[eE][-+]?\d+")


def yaml_hint(error_type: str, value: object) -> str:
    """Why a YAML value has the wrong type when the user wrote the right one: PyYAML (YAML 1.1)
    reads bare on/off/yes/no as booleans, ``1e3`` (no dot) as a string and ``2026-11-22`` as
    a date. Empty when ``value`` is not one of those traps."""
    if isinstance(value, bool) and error_type in ("literal_error", "string_type"):
        return (f"(YAML read a bare word as {str(value).lower()}: on/off/yes/no are booleans "
                "there; quote it)")
    if isinstance(value, str) and error_type in ("float_type", "int_type") \
            and _YAML11_FLOAT.fullmatch(value):
        dotted = re.sub(r"^([-+]?\d+)", r"\1.0", value)
        return f"(YAML reads {value} as a string: write {dotted} or {float(value):g})"
    if isinstance(value, datetime.date) and error_type == "string_type":
        return f"(YAML read {value.isoformat()} as a date; quote it)"
    return ""


_UNITS = {"ms": 1e-3, "s": 1.0, "sec": 1.0, "secs": 1.0, "seconds": 1.0, "m": 60.0,
          "min": 60.0, "minutes": 60.0, "h": 3600.0}
_QUANTITY = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*([a-z]*)\s*")


def unit_hint(key: str, value: str, yaml: bool) -> str:
    """``budget_ms = "5s"``: say the unit is in the key's name and give the number."""
    unit = {"budget_ms": 1e-3, "reask_budget_ms": 1e-3, "cache_ttl_s": 1.0}.get(key)
    m = _QUANTITY.fullmatch(value.lower())
    if unit is None or m is None or (m[2] and m[2] not in _UNITS):
        return ""
    number = float(m[1]) * (_UNITS[m[2]] if m[2] else unit) / unit
    shown = f"{number:.15g}"
    what = "milliseconds" if unit == 1e-3 else "seconds"
    return f"(a number of {what}, unquoted: {key}{':' if yaml else ' ='} {shown})"


def word_hint(value: object, expected: str) -> str:
    """``mode = "Monitor"``: pydantic lists the allowed words (``'enforce', 'monitor' or
    'off'``); say which one is meant, compared casefolded."""
    import difflib

    if not isinstance(value, str):
        return ""
    folded = {w.casefold(): w for w in re.findall(r"'([^']*)'", expected)}
    close = difflib.get_close_matches(value.casefold(), list(folded), n=1)
    return f"(did you mean {folded[close[0]]!r}?)" if close else ""


def table_hint(error_type: str, loc: tuple[Any, ...], value: object, yaml: bool) -> str:
    """A table where the route file wants a list of guard entries (``input.use = ...``, a
    ``[routes.a.input]`` header), or a TOML array of tables where a route's table goes
    (``[[routes.a]]``): say what to write. Empty otherwise."""
    if error_type == "list_type" and loc and loc[-1] in ("input", "output") \
            and isinstance(value, dict):
        key = loc[-1]
        return (f" (a list of guard entries, not a table: {key}{':' if yaml else ' ='} "
                f"[{inline_value(value, yaml)}])")
    if error_type == "dict_type" and loc and loc[-1] == "with" and isinstance(value, list) \
            and value and all(isinstance(v, dict) and len(v) == 1 for v in value):
        merged = {k: v for item in value for k, v in item.items()}  # `- threshold: 0.7` items
        return (f" (options are a mapping, not a list: with{':' if yaml else ' ='} "
                f"{inline_value(merged, yaml)})")
    if error_type in ("dict_type", "model_type") and not yaml and isinstance(value, list) \
            and value and all(isinstance(v, dict) for v in value) and (
                loc == ("defaults",) or (len(loc) == 2 and loc[0] == "routes")):
        name = ".".join(str(p) for p in loc)
        return f" (write [{name}], not [[{name}]]: a double bracket makes a list of tables)"
    return ""


def inline_value(value: object, yaml: bool) -> str:
    """``value`` as a one-line TOML inline table / YAML flow value."""
    import json

    if isinstance(value, dict):
        sep = ": " if yaml else " = "
        inner = ", ".join(f"{k}{sep}{inline_value(v, yaml)}" for k, v in value.items())
        return f"{{{inner}}}" if yaml else f"{{ {inner} }}"
    if isinstance(value, list):
        return "[" + ", ".join(inline_value(v, yaml) for v in value) + "]"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str) and yaml and re.fullmatch(r"[A-Za-z_][\w.-]*", value):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def yaml_problem(exc: Exception, text: str = "") -> str:
    """One line for a PyYAML error: the problem and where (its own message spans several
    lines and quotes ``<unicode string>``)."""
    problem = getattr(exc, "problem", None)
    mark = getattr(exc, "problem_mark", None)
    position, character = getattr(exc, "position", None), getattr(exc, "character", None)
    if isinstance(character, str) and len(character) == 1:
        character = ord(character)
    if isinstance(position, int) and isinstance(character, int):
        line = text.count("\n", 0, position) + 1  # a ReaderError: a character YAML refuses
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        return (f"unacceptable character #x{character:04x}: "
                f"{getattr(exc, 'reason', 'not allowed')} (line {line}, column {column})")
    if not isinstance(problem, str):
        return " ".join(str(exc).split())
    context = getattr(exc, "context", None)
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
    return f"{context}: {problem}{where}" if isinstance(context, str) else f"{problem}{where}"


def yaml_null(data: Any) -> str | None:
    """The key path of the first empty (null) value among the route file's own keys, or None.

    ``input:`` with nothing after it (a list forgotten or mis-indented) reads as null, which
    would otherwise mean "not set": no input guards, or the default, without a word. Values
    inside ``with`` are the guard's business (``max_chars: null`` may switch a check off)."""
    def entry(item: Any, path: str) -> str | None:
        if item is None:  # `-` with nothing after it
            return path
        if not isinstance(item, dict):
            return None
        for k, v in item.items():
            if v is None:
                return f"{path}.{k}"
            if k == "parallel" and isinstance(v, list):
                found = next((p for j, m in enumerate(v)
                              if (p := entry(m, f"{path}.parallel[{j}]"))), None)
                if found:
                    return found
        return None

    if not isinstance(data, dict):
        return None
    for key, value in data.items():
        if value is None:
            return str(key)
        tables = value.items() if key == "routes" and isinstance(value, dict) else (
            [(None, value)] if key == "defaults" else [])
        for name, table in tables:
            where = f"routes.{name}" if name is not None else "defaults"
            if table is None:
                return where
            if not isinstance(table, dict):
                continue
            for k, v in table.items():
                if v is None:
                    return f"{where}.{k}"
                if k in ("input", "output") and isinstance(v, list):
                    found = next((p for i, item in enumerate(v)
                                  if (p := entry(item, f"{where}.{k}[{i}]"))), None)
                    if found:
                        return found
    return None


def load_yaml(text: str, name: str) -> Any:
    """``yaml.safe_load``, except that a key written twice in one mapping is an error (PyYAML
    keeps the last one silently; TOML refuses it)."""
    try:
        import yaml
    except ImportError:  # a core dependency, but a trimmed install may lack it
        raise ConfigError("reading YAML needs PyYAML (pip install pyyaml)", file=name) from None

    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _no_duplicate_keys(node, "", name, set())
        return loader.construct_document(node)
    finally:
        loader.dispose()  # type: ignore[no-untyped-call]


_INT, _FLOAT = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"
_OTHER_BASE = re.compile(r"[-+]?(0[0-9_]+|[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?)")


def loader_value(node: Any) -> float:
    """The number PyYAML makes of an int/float scalar node."""
    import yaml

    loader = yaml.SafeLoader("")
    try:
        value: float = loader.construct_object(node)  # type: ignore[no-untyped-call]
        return value
    finally:
        loader.dispose()  # type: ignore[no-untyped-call]


def _no_duplicate_keys(node: Any, path: str, name: str, seen_nodes: set[int]) -> None:
    import yaml

    if id(node) in seen_nodes:  # an alias to a node already checked (or a recursive anchor)
        return
    seen_nodes.add(id(node))
    if isinstance(node, yaml.ScalarNode) and node.style is None and node.tag in (_INT, _FLOAT) \
            and _OTHER_BASE.fullmatch(node.value):
        value = loader_value(node)
        raise ConfigError(f"YAML 1.1 reads {node.value} as {value:g} (a leading 0 is octal, a "
                          f"colon base 60); write the number you mean, or quote it",
                          file=name, path=path or None)
    if isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _no_duplicate_keys(item, f"{path}[{i}]", name, seen_nodes)
    elif isinstance(node, yaml.MappingNode):
        lines: dict[tuple[str, str], int] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                continue
            line = key.start_mark.line + 1
            if key.value != "<<":  # merge keys (<<: *base) may repeat and be overridden
                first = lines.get((key.tag, key.value))
                if first is not None:
                    raise ConfigError(f"duplicate key {key.value!r} (line {line}, first on "
                                      f"line {first})", file=name, path=path or None)
                lines[(key.tag, key.value)] = line
            sub = f"{path}.{key.value}" if path else str(key.value)
            _no_duplicate_keys(value, sub, name, seen_nodes)


MAX_NESTING = 100  # levels of tables/lists a route file may nest


def _deeper_than(data: object, limit: int) -> bool:
    """Whether ``data`` nests lists/mappings more than ``limit`` levels deep (no recursion)."""
    level: list[object] = [data]
    for _ in range(limit + 1):
        boxes = [x for x in level if isinstance(x, dict | list)]
        if not boxes:
            return False
        level = [v for x in boxes for v in (x.values() if isinstance(x, dict) else x)]
    return True


def read_config_file(path: str | PathLike[str]) -> dict[str, Any]:
    p = Path(path)
    name = str(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        hint = ""
        if isinstance(exc, FileNotFoundError) and not p.is_absolute():
            hint = f" (a relative path: looked for in the current directory {Path.cwd()})"
        raise ConfigError(f"cannot read: {exc.strerror or exc}{hint}", file=name) from exc
    suffix = p.suffix.lower()
    text = ""
    try:
        if suffix == ".toml":
            data: Any = tomllib.loads(_decode(raw, name))
        elif suffix in (".yaml", ".yml"):
            text = _decode(raw, name)
            data = load_yaml(text, name)
            null = yaml_null(data)
            if null is not None:
                what = ("a list item with nothing after its '-'", "item") if null.endswith(
                    "]") else ("a key with nothing after it", "key")
                raise ConfigError(f"empty value (YAML reads {what[0]} as null); give a value "
                                  f"or remove the {what[1]}", file=name, path=null)
        else:
            raise ConfigError("unknown file type (use .toml, .yaml or .yml)", file=name)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", file=name) from exc
    except ConfigError:
        raise
    except RecursionError as exc:  # tomllib and the YAML reader both recurse per level
        raise ConfigError("nested too deeply to read", file=name) from exc
    except Exception as exc:  # yaml.YAMLError and friends
        raise ConfigError(f"not valid YAML: {yaml_problem(exc, text)}", file=name) from exc
    if _deeper_than(data, MAX_NESTING):  # (the parsers' RecursionError hangs on the limit)
        raise ConfigError(f"nested too deeply to read (over {MAX_NESTING} levels)", file=name)
    if data is None or data == {}:
        raise ConfigError("the file is empty (define at least one route under 'routes')",
                          file=name)
    if not isinstance(data, dict):
        raise ConfigError("the top level must be a table/mapping", file=name)
    return data


def _decode(raw: bytes, name: str) -> str:
    """UTF-8 text (a BOM is dropped); anything else names the first bad byte's line."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ConfigError(f"not UTF-8 text: byte 0x{raw[exc.start]:02x} at line {line}, "
                          f"column {column} (save the file as UTF-8)", file=name) from None
