"""Unquoted object values read by the dialect passes (``dialects._bare_run``), not json-repair.

``{title: Blue coffee mug, qty: 2}``: json-repair reads such a value one character at a time in
Python (~2 µs per character), which made a 2 KB answer with 40 of them cost ~3 ms. The passes
now quote the plain case themselves; whatever they leave, json-repair reads as before. The
differential tests check that the passes never read a value differently from json-repair's
accepted reading, and give the written value where json-repair's was refused.
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

import guardwire.guards.schema.extract as extract
from guardwire.guards.schema import parse_answer
from guardwire.guards.schema.dialects import BARE_VALUE, normalize


def _old_path(monkeypatch: pytest.MonkeyPatch) -> Any:
    """parse_answer with every unquoted value left to json-repair (the behaviour before)."""
    real = extract.dialects.normalize

    def old(text: str) -> Any:
        with monkeypatch.context() as m:
            m.setattr(extract.dialects, "normalize",
                      lambda t, bare_values=True: real(t, bare_values=False))
            return parse_answer(text)
    return old


@pytest.mark.parametrize(("text", "expected"), [
    ("{title: Blue coffee mug, qty: 2}", {"title": "Blue coffee mug", "qty": 2}),
    ('{"sku": SKU-0001,\n "title": Item number 3 with a longer title\t,\n "n": 1}',
     {"sku": "SKU-0001", "title": "Item number 3 with a longer title", "n": 1}),
    ('{"a": {"b": naïve café}, "c": [x]}', None),  # `[x]` still needs json-repair: old path
    ("{name: $x (admin) 5%}", {"name": "$x (admin) 5%"}),
    ('{"k": e},', {"k": "e"}),
    # a single `/` (not `//` or `/*`): json-repair read these before, 3 ms for 40 of them
    ("{title: Item 3 w/ a longer title, unit: km/h, who: N/A}",
     {"title": "Item 3 w/ a longer title", "unit": "km/h", "who": "N/A"}),
    ("{path: a /x/ y/}", {"path": "a /x/ y/"}),
])
def test_plain_unquoted_values_are_read_without_json_repair(
        text: str, expected: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    norm = normalize(text)
    if expected is None:  # something else is broken too: everything goes to json-repair
        assert parse_answer(text).value == {"a": {"b": "naïve café"}, "c": ["x"]}
        return
    assert BARE_VALUE in norm.notes
    monkeypatch.setattr(extract, "_run_json_repair", lambda t: pytest.fail("json-repair ran"))
    p = parse_answer(text)
    assert p.status == "repaired" and p.value == expected and BARE_VALUE in p.repairs


@pytest.mark.parametrize("text", [
    "{a: b c\n, d: 1}",        # the comma on the next line
    "{a: x//y, b: 1}",         # `//` starts a comment
    "{a: x /* y */, b: 1}",    # so does `/*`
    "{a: NaN, b: 1}",          # read as a number by other readers
    "{a: 3 apples, b: 1}",     # starts with a digit
    "{a: hello, world, b: 1}",  # the comma is followed by no key: part of the value?
    "{a: true story}",         # starts with a literal
    "{a: and so on..., b: 1}",  # an ellipsis
])
def test_the_passes_leave_anything_less_plain_to_json_repair(text: str) -> None:
    assert BARE_VALUE not in normalize(text).notes


def test_a_lost_closer_with_an_unquoted_value_is_still_refused() -> None:
    assert parse_answer('{"a": x, "b": [}').status == "not_json"
    assert parse_answer('{"a": "x", "b": [}').value == {"a": "x", "b": []}


_WORDS = ["alpha", "Beta", "x1", "SKU-0001", "é", "naïve", "a.b", "foo_bar", "$x", "a-b",
          "Item", "number", "(x)", "a+b", "a=b", "5%", "100$", "&", "@me", "a;b", "?", "!",
          "v2.0.1", "it", "true", "null", "7"]


def _doc(rng: random.Random, first: list[str] | None = None,
         words: list[str] | None = None) -> tuple[Any, str]:
    """A random object and a JavaScript-style rendering with some string values unquoted."""
    first, words = first or _WORDS[:12], words or _WORDS
    def value(depth: int) -> Any:
        r = rng.random()
        if depth > 2 or r < 0.55:
            if r < 0.35:  # words that start with a letter, as a model writes a title
                run = [rng.choice(first), *rng.choices(words, k=rng.randint(0, 3))]
                return "".join(w + rng.choice([" ", "  ", "\t"]) for w in run).strip()
            return rng.choice([1, None, True, "quoted", 2.5])
        if r < 0.7:
            return [value(depth + 1) for _ in range(rng.randint(0, 3))]
        return {f"k{i}": value(depth + 1) for i in range(rng.randint(1, 4))}

    def render(v: Any) -> str:
        if isinstance(v, dict):
            items = []
            for k, x in v.items():
                val = x if isinstance(x, str) and x != "quoted" and rng.random() < 0.7 \
                    else render(x)
                key = k if rng.random() < 0.5 else json.dumps(k)
                items.append(f"{key}:{rng.choice(['', ' '])}{val}{rng.choice(['', ' '])}")
            sep = rng.choice([", ", ",\n ", " ,"])
            return "{" + sep.join(items) + rng.choice(["", ","]) + "}"
        if isinstance(v, list):
            return "[" + ", ".join(render(x) for x in v) + "]"
        return json.dumps(v, ensure_ascii=False)

    value_ = {f"f{i}": value(0) for i in range(rng.randint(1, 4))}
    return value_, render(value_)


@pytest.mark.parametrize("seed", range(4))
def test_differential_the_passes_read_what_json_repair_reads_or_what_was_written(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    old = _old_path(monkeypatch)
    rng = random.Random(seed)
    read_by_passes = 0
    for _ in range(400):
        value, text = _doc(rng)
        slipped = rng.random() < 0.3
        if slipped:  # one structural character dropped or doubled
            i = rng.choice([k for k, c in enumerate(text) if c in '{}[],:"'])
            text = text[:i] + text[i + 1:] if rng.random() < 0.5 else text[:i] + text[i] + text[i:]
        new, before = parse_answer(text), old(text)
        read_by_passes += BARE_VALUE in new.repairs
        if new.ok and before.ok:
            assert new.value == before.value, text  # never a different reading
        elif new.ok:  # json-repair's reading was refused: the passes give what was written
            assert new.value == value, text  # (after a slip too: the original or a re-ask)
        else:
            assert not before.ok or slipped, text  # nothing read before is refused now …
    assert read_by_passes > 100  # … except a slip the comma rule now refuses


_SLASHED = ["w/", "a/b", "/x", "x/", "/", "and/or", "1/2", "km/h", "a/b/c", "https://x.y",
            "//", "a//b", "N/A", "/*", "*/", "#1"]


@pytest.mark.parametrize("seed", range(3))
def test_differential_words_with_slashes(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, any `/` sent every unquoted value of the answer to json-repair. The passes now
    read a single `/` inside a value: where both read the answer the values are the same, or
    the passes' is the written one (json-repair drops a leading `$`); nothing json-repair read
    is refused now, and what only the passes read is the written value."""
    old = _old_path(monkeypatch)
    rng = random.Random(100 + seed)
    slashed = 0
    for _ in range(400):
        value, text = _doc(rng, [*_WORDS[:11], *_SLASHED[:2]], [*_WORDS, *_SLASHED, *_SLASHED])
        new, before = parse_answer(text), old(text)
        slashed += "/" in text and BARE_VALUE in new.repairs
        if new.ok and before.ok:
            assert new.value == before.value or new.value == value, text
        elif new.ok:
            assert new.value == value, text
        else:
            assert not before.ok, text
    assert slashed > 50


@pytest.mark.parametrize("seed", range(3))
def test_without_bare_values_is_what_the_passes_give_when_they_leave_them(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(300):
        _, text = _doc(rng)
        if rng.random() < 0.5:
            i = rng.randrange(len(text))
            text = text[:i] + text[i + 1:]
        a, b = normalize(text).without_bare_values(), normalize(text, bare_values=False)
        assert (a.text, a.notes, a.problem, a.tokens, a.bare_containers) == (
            b.text, b.notes, b.problem, b.tokens, b.bare_containers), text


def test_a_pii_placeholder_echoed_unquoted_is_read_and_restored() -> None:
    """Before, '{email: <EMAIL_ADDRESS_1>}' was re-asked: json-repair reads the value as
    'EMAIL_ADDRESS_1>' (the '<' dropped), which the faithfulness check refuses."""
    from pydantic import BaseModel

    from guardwire import Context
    from guardwire.guards.schema import SchemaGuard

    class Contact(BaseModel):
        name: str
        email: str

    ctx = Context()
    ctx.vault.put("<PERSON_1>", "Ada Lovelace")
    ctx.vault.put("<EMAIL_ADDRESS_1>", "ada@example.org")
    d = SchemaGuard(Contact)("{name: Dr <PERSON_1>, email: <EMAIL_ADDRESS_1>}", ctx)
    assert d.action == "rewrite"
    assert ctx.structured == Contact(name="Dr Ada Lovelace", email="ada@example.org")
    assert parse_answer("{a: <b>, c: 1}").status == "not_json"  # other markup is not a value


def test_the_fast_truncation_scan_reads_a_lone_slash() -> None:
    """A lone `/` (`w/`, `km/h`) sent the truncation check to the full token scanner (the
    invoice with a `/` in every title: 0.39 ms there instead of 0.03); the fast scan now reads
    it, and agrees with the full scanner wherever it answers."""
    from guardwire.guards.schema.locate import _scan_end_fast, _scan_end_full

    assert _scan_end_fast('{"t": Item w/ lid, "u": km/h}', 0) == (29, False)
    assert _scan_end_fast('{"t": x /* c */ y}', 0) is not None
    assert _scan_end_fast('{"t": x /* open', 0) is None  # the full scanner judges these
    assert _scan_end_fast('{"u": http://x}', 0) is None
    rng = random.Random(7)
    parts = ["{", "}", "[", "]", '"', "'", "/", "*", ":", ",", "a", " ", "\n", "w/", "//",
             "/*", "*/", "http://x", "\\"]
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 12)))
        fast = _scan_end_fast(text, 0)
        assert fast is None or fast == _scan_end_full(text, 0), text
