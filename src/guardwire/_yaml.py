"""Reading YAML route files: ``yaml.safe_load`` that refuses duplicate keys (as TOML does), and
PyYAML errors as one line with their position."""

from __future__ import annotations

from typing import Any

from .exceptions import ConfigError


def yaml_problem(exc: Exception) -> str:
    """One line for a PyYAML error: the problem and where (its own message spans several
    lines and quotes ``<unicode string>``)."""
    problem = getattr(exc, "problem", None)
    mark = getattr(exc, "problem_mark", None)
    if not isinstance(problem, str):
        return " ".join(str(exc).split())
    context = getattr(exc, "context", None)
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
    return f"{context}: {problem}{where}" if isinstance(context, str) else f"{problem}{where}"


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


def _no_duplicate_keys(node: Any, path: str, name: str, seen_nodes: set[int]) -> None:
    import yaml

    if id(node) in seen_nodes:  # an alias to a node already checked (or a recursive anchor)
        return
    seen_nodes.add(id(node))
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
