"""Placeholder grammar: how placeholders are written, and every way a model may mangle them.

A placeholder is ``<TYPE_N>``: an upper-case entity type and a per-request number. The
restorer accepts the forms models produce (``<PERSON_1>``, ``<person_1>``, ``[PERSON_1]``,
``< PERSON_1 >``, ``<PERSON 1>``, ``<EMAIL-ADDRESS_1>`` and the bare ``PERSON_1``), also
escaped for Markdown, HTML, JSON or a URL (``PERSON\\_1``, ``&lt;PERSON_1&gt;``: see
:mod:`.forms`); the redactor neutralises anything in user text that the restorer could read
as a placeholder (it becomes a ``<LITERAL_N>`` placeholder holding the user's exact text).

Forms are bounded: at most one space inside the brackets, at most 6 digits and bounded
escapes, so a placeholder is never longer than :attr:`PlaceholderSyntax.max_len` characters
(the streaming holdback).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

import regex

from .forms import Layer, escape_value, families
from .urlspots import UrlIndex, UrlKind

LITERAL = "LITERAL"
"""The type of the placeholders that hold user text which looked like a placeholder."""

MAX_DIGITS = 6
MAX_REPORTED = 20
"""How many unknown placeholders a restorer's ``Decision.data`` lists."""
_TYPE_RE = regex.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")
_CANONICAL_RE = regex.compile(r"<([A-Z][A-Z0-9_]*)_([0-9]+)>")
_WORD = "A-Za-z0-9_"
_SEPARATOR = regex.compile(r"[ \-]")
_NOT_ALNUM = regex.compile(r"[^A-Z0-9]")
INVISIBLE: Any = regex.compile(r"[\p{Cf}\uFE00-\uFE0F\U000E0100-\U000E01EF]")
"""Characters that show nothing (zero-width, BOM, direction marks, soft hyphen, variation
selectors): they must not split a value or hide a look-alike."""


def folded(text: str) -> tuple[str, list[int]]:
    """``text`` as a model may copy it — invisible characters dropped, every other character
    in its NFKC form (full-width ``＜ＰＥＲＳＯＮ＿１＞``, mathematical letters) — and, for each
    character of the copy, the index of the character of ``text`` it comes from."""
    if text.isascii() or (unicodedata.is_normalized("NFKC", text)
                          and INVISIBLE.search(text) is None):
        return text, list(range(len(text)))
    out: list[str] = []
    index: list[int] = []
    for i, c in enumerate(text):
        if INVISIBLE.fullmatch(c):
            continue
        f = unicodedata.normalize("NFKC", c) if ord(c) >= 0xA0 else c
        out.append(f)
        index.extend([i] * len(f))
    return "".join(out), index


def format_placeholder(entity_type: str, number: int) -> str:
    """The canonical placeholder ``<TYPE_N>``."""
    return f"<{entity_type}_{number}>"


def placeholder_type(placeholder: str) -> str | None:
    """The entity type of a canonical placeholder (``None`` if it is not one)."""
    m = _CANONICAL_RE.fullmatch(placeholder)
    return m.group(1) if m else None


def check_type(entity_type: str) -> str:
    if not _TYPE_RE.fullmatch(entity_type):
        raise ValueError(f"entity type {entity_type!r} must look like PERSON or EMAIL_ADDRESS")
    return entity_type


class PlaceholderSyntax:
    """The tolerant placeholder patterns for one set of entity types (``LITERAL`` included).

    ``json_strings``: the text is raw JSON (streamed tool-call arguments), where a literal
    backslash is written ``\\\\``, a bare placeholder may follow an escape such as ``\\n``,
    and values are inserted JSON-escaped.
    """

    def __init__(self, types: frozenset[str], json_strings: bool = False) -> None:
        self.types = frozenset(check_type(t) for t in types) | {LITERAL}
        self.json_strings = json_strings
        backslash = r"\\\\" if json_strings else r"\\"
        self._escaped_underscore = ("\\\\" if json_strings else "\\") + "_"
        bracketed, bare = _forms(self.types, backslash)
        if json_strings:  # "\nPERSON_1": the n of an escape is not a letter
            before = (rf"(?:(?<![{_WORD}])|(?<=(?<!\\)(?:\\\\)*\\"
                      rf"(?:[nrtbf]|u[0-9A-Fa-f]{{4}})))")
        else:
            before = rf"(?<![{_WORD}])"
        #: What the restorer reads as a placeholder.
        self.pattern: Any = regex.compile(
            rf"{bracketed}|{before}(?P<bare>{bare})(?![{_WORD}])", regex.ASCII)
        #: What the redactor neutralises in user text: a superset of ``pattern`` (of both the
        #: text and the JSON syntax) in which the bare form ignores its neighbours, so that no
        #: replacement next to it can turn an innocent ``xPERSON_1`` into a restorable one.
        spoof_bracketed, spoof_bare = _forms(self.types, r"\\{1,2}")
        self.spoof_pattern: Any = regex.compile(
            rf"{spoof_bracketed}|(?P<bare>{spoof_bare})", regex.ASCII)
        bs = len(self._escaped_underscore) - 1
        self.max_len = max(
            f.longest + 2 + max(len(t) + (t.count("_") * bs if f.markdown_inside else 0)
                                for t in self.types)
            + 1 + (bs if f.markdown_inside else 0) + MAX_DIGITS
            for f in families(backslash))

        #: each type by its letters and digits (``EMAILADDRESS``: ``EMAIL_ADDRESS``), for
        #: :meth:`resolve`
        self._letters: dict[str, list[str]] = {}
        for t in sorted(self.types):
            self._letters.setdefault(t.replace("_", ""), []).append(t)

    def json_variant(self) -> PlaceholderSyntax:
        """The same types, read in raw JSON text."""
        return syntax_for(self.types, json_strings=True)

    def canonical(self, match: Any) -> str:
        """The canonical ``<TYPE_N>`` a match of :attr:`pattern` stands for."""
        t = match.group("t").replace("\\", "")
        return f"<{_SEPARATOR.sub('_', t.upper())}_{match.group('n')}>"

    def key(self, match: Any, table: Mapping[str, str]) -> str | None:
        """The vault key a match of :attr:`pattern` stands for, ``None`` when it names none.

        A tolerant form stands for its canonical ``<TYPE_N>``. A mangled one
        (``<EMAIL_ADDRESS1>``, see :func:`_mangled`) is read by its letters and digits, the
        separators aside: it stands for the one entry of ``table`` they spell. When they
        spell two (types ``IPV`` and ``IPV4``: ``<IPV41>`` is ``<IPV_41>`` or ``<IPV4_1>``,
        both in the vault) or none, it stands for nothing, and the restorer lists it as
        unknown."""
        sep = match.group("mangled")
        if sep is None:
            return self.canonical(match)
        letters = _NOT_ALNUM.sub("", match.group("t"))
        n: str = match.group("n")
        if sep:  # a separator was written before the index: the type ends there
            keys = [f"<{t}_{n}>" for t in self._letters.get(letters, ())]
        else:  # dropped: the type's letters may end anywhere before the index's digits
            whole = letters + n
            keys = [f"<{t}_{whole[len(c):]}>" for c, ts in self._letters.items()
                    if whole.startswith(c) and whole[len(c):].isdigit() for t in ts]
        found = [k for k in keys if k in table]
        return found[0] if len(found) == 1 else None

    def layers(self, match: Any) -> tuple[Layer, ...]:
        """How the value of ``match`` is escaped (see :mod:`.forms`)."""
        markdown = self._escaped_underscore in match.group()
        layers: tuple[Layer, ...] = ("markdown",) if markdown else ()
        for f in families():
            if match.group(f"f_{f.name}") is not None:
                layers = f.layers if f.name in ("markdown", "json", "url") else layers + f.layers
                break
        if self.json_strings and layers[-1:] != ("json_html",):
            layers += ("json",)
        return layers


def _doubled(family: str, backslash: str) -> tuple[str, str] | None:
    """Bracket pairs read around a whole placeholder in addition to a family's own.

    A wiki link keeps its brackets (as written: ``wrap``, ``wrapend``) around the value, also
    escaped for Markdown (``\\[\\[PERSON\\_1\\]\\]``) or full-width; a plain one followed by
    ``(`` is a Markdown link whose text is ``[PERSON_1]`` (``[[PERSON_1]](https://…)`` →
    ``[Ada Lovelace](https://…)``), so a stream holds a complete one back while it ends the
    text. The Handlebars triple-stash ``{{{person_1}}}`` is the value. ``<<PERSON_1>>`` is not
    among them: it is what the redactor sends for ``<Ada Lovelace>`` (and
    ``<<EMAIL_ADDRESS_1>>`` for ``<ada@x.org>``), so the outer pair is the user's text and
    stays. HTML, JSON and URL escapes of a doubled pair are not read (they would lengthen the
    stream's holdback): one escaped pair stays around the value."""
    bs = backslash
    return {"plain": (r"(?P<wiki>(?P<wrap>\[\[))", r"(?P<wrapend>\]\])(?!\()"),
            "markdown": (rf"(?P<wrap>{bs}\[{bs}\[)", rf"(?P<wrapend>{bs}\]{bs}\])"),
            "fullwidth": ("(?P<wrap>\uff3b\uff3b)", "(?P<wrapend>\uff3d\uff3d)"),
            "curly": (r"\{\{\{", r"\}\}\}")}.get(family)


_DEFINITION = (
    r"(?<=(?:^|\n)(?:[ ]{0,3}(?:>[ ]?|(?:[-+*]|[0-9]{1,3}[.)])[ ]{1,4})){0,2}[ ]{0,3})",
    r"(?=:[ \t]{0,3}(?:\n[ \t]{0,3})?(?:<|/|#|\.{1,2}/|(?i:https?://|ftps?://|mailto:|tel:|www\.)))")
"""A Markdown reference definition, ``[PERSON_1]: https://…``, around a bracket placeholder:
the start of a line (up to three spaces, after at most two block-quote or list markers) and a
destination that looks like one (``<``, a path, an anchor, a scheme: not a dialogue label,
``[PERSON_1]: Hi``). Both are bounded so that a stream decides as the whole text does: the
lookbehind within the 32 characters of context a stream keeps, the lookahead within the
characters by which a bracket placeholder is shorter than :attr:`PlaceholderSyntax.max_len`
(at least 16). A paragraph's continuation line (which CommonMark does not read as a
definition) is read as one: its brackets stay, as the model wrote them."""


def _mangled(ordered: list[str], sep: str) -> str:
    """A placeholder the model mangled (``<EMAIL_ADDRESS1>``, ``<EMAILADDRESS_1>``,
    ``<EMAIL_ADDRESS_ 1>``, ``<EMAIL_ADDRESS #1>``): the separators of the type may be dropped,
    and the one before the index dropped, doubled or followed by a blank or ``#``. It is read
    only when that is its sole deviation: the type in upper case, no blank after the opening
    or before the closing bracket — so the longest one is shorter than the longest tolerant
    form and the stream's holdback does not grow. ``mangled`` marks it: which vault entry it
    names is decided by :meth:`PlaceholderSyntax.key`.

    Written without repeats (``(?:x|)``, not ``x?``): the regex module sets up every repeat
    of a pattern on each call, and a stream calls it a few times per chunk."""
    names = "|".join(t.replace("_", f"(?:{sep}|)") for t in ordered)
    # (the lookahead turns away "[docs]" before the types are tried)
    return rf"(?=[A-Z])(?P<t>{names})(?P<mangled>(?:{sep}|)(?:[ #_-]|))"


def _forms(types: frozenset[str], backslash: str) -> tuple[str, str]:
    """Regexes of the bracketed forms (every family) and of the bare form."""
    ordered = sorted(types, key=lambda t: (-len(t), t))
    num = rf"(?P<n>[0-9]{{1,{MAX_DIGITS}}})"
    escaped = rf"(?:{backslash}_|[ _-])"
    loose = "|".join(t.replace("_", "[ _-]") for t in ordered)
    loose_md = "|".join(t.replace("_", escaped) for t in ordered)
    alternatives = []
    for f in families(backslash):
        sep = escaped if f.markdown_inside else "[ _-]"
        names = loose_md if f.markdown_inside else loose
        # the tolerant form, or (not in template braces) a mangled one: see _mangled
        inner = (rf"(?:[ ]?(?i:(?P<t>{names})){sep}{num}[ ]?|{_mangled(ordered, sep)}{num})"
                 if f.name != "curly" else rf"[ ]?(?i:(?P<t>{names})){sep}{num}[ ]?")
        if f.name == "plain":  # a Markdown link's text: [PERSON_1](mailto:…) keeps its
            # brackets around the value ("wrap", as a wiki link's), or the link is lost
            # a reference-style link too: [PERSON_1][1], [PERSON_1][] (not two placeholders:
            # [PERSON_1][EMAIL_ADDRESS_1], nor before a wiki link's: [PERSON_1][[EMAIL_ADDRESS_1]],
            # nor a mangled one: [PERSON_1][EMAIL_ADDRESS1])
            mangled = "|".join(t.replace("_", "[ _-]?") for t in ordered)
            alternatives.append(rf"(?P<f_{f.name}>(?P<wrap>\[){inner}(?P<wrapend>\])"
                                rf"(?=\(|\[(?!\[?(?:[ ]?(?i:{names})[ _-]|(?:{mangled})"
                                rf"(?:[ _#-]|)[0-9]))))")
            # and a reference definition's label: [PERSON_1]: https://… (see _DEFINITION)
            line_start, destination = _DEFINITION
            alternatives.append(rf"(?P<f_{f.name}>{line_start}(?P<wrap>\[){inner}"
                                rf"(?P<wrapend>\]){destination})")
        for opening, closing in (f.angle, *([f.square] if f.square else [])):
            alternatives.append(rf"(?P<f_{f.name}>{opening}{inner}{closing})")
        doubled = _doubled(f.name, backslash)
        if doubled:  # [[PERSON_1]] (a wiki link), {{{person_1}}} (a template)
            opening, closing = doubled
            alternatives.append(rf"(?P<f_{f.name}>{opening}{inner}{closing})")
        if f.name == "markdown":  # Markdown needs no escaped closing bracket: "\<PERSON\_1>",
            # read when the last underscore is escaped (which a canonical placeholder never is)
            for opening, closing in ((f.angle[0], ">"), (rf"{backslash}\[", r"\]")):
                alternatives.append(rf"(?P<f_{f.name}>{opening}[ ]?(?i:(?P<t>{names}))"
                                    rf"{backslash}_{num}[ ]?{closing})")
    underscore = rf"(?:{backslash})?_"
    strict = "|".join(t.replace("_", underscore) for t in ordered)
    return "|".join(alternatives), rf"(?P<t>{strict}){underscore}{num}"


@lru_cache(maxsize=64)
def syntax_for(types: frozenset[str], json_strings: bool = False) -> PlaceholderSyntax:
    """A cached :class:`PlaceholderSyntax` (compiling the patterns costs a few ms)."""
    return PlaceholderSyntax(types, json_strings)


def vault_types(placeholders: Iterable[str]) -> frozenset[str]:
    """The entity types used by canonical placeholders."""
    return frozenset(t for p in placeholders if (t := placeholder_type(p)))


Unknown = Literal["keep", "remove"]


@dataclass
class RestoreResult:
    """Restored text, how many placeholders of each type were filled, and unknown ones;
    ``kept``: placeholders of the vault left as written because they sit in a URL kind the
    restorer keeps (counts per type)."""

    text: str
    restored: Counter[str] = field(default_factory=Counter)
    unknown: list[str] = field(default_factory=list)
    kept: Counter[str] = field(default_factory=Counter)


def restore_text(text: str, table: Mapping[str, str], syntax: PlaceholderSyntax,
                 unknown: Unknown = "keep", *, pos: int = 0,
                 endpos: int | None = None, keep_in: frozenset[UrlKind] = frozenset(),
                 before: str = "", seen: int | None = None) -> RestoreResult:
    """Replace every placeholder form in ``text[pos:endpos]`` by its value in ``table``.

    ``text[:pos]`` is only context (the bare form must not follow a letter or digit), and so
    is ``text[endpos:seen]`` (a stream's held-back tail: what follows ``[PERSON_1]`` decides
    whether it is a link's text; read as the text's end, the answer streamed and the answer
    whole were restored differently).
    ``keep_in``: URL kinds (see :mod:`.urlspots`) in which the vault's placeholders are kept as
    written; ``before``: text that came before ``text`` (a stream's), read for those URLs.

    Single pass: restored values are never scanned again. A placeholder not in ``table`` is
    never filled: it is recorded in ``unknown`` and kept as written or removed.
    """
    result = RestoreResult(text)
    out: list[str] = []
    end = len(text) if endpos is None else endpos
    urls: UrlIndex | None = None
    for m in syntax.pattern.finditer(text, pos, max(end, seen or 0)):
        if m.end() > end:  # (a stream holds back any placeholder reaching past endpos)
            break
        key = syntax.key(m, table)
        value = None if key is None else table.get(key)
        if value is not None:
            value = escape_value(value, syntax.layers(m))
            if m.group("wrap") is not None:  # a wiki link: its brackets stay
                value = f"{m.group('wrap')}{value}{m.group('wrapend')}"
        if value is None or key is None:
            result.unknown.append(m.group())
            if unknown == "keep":
                continue
            value = ""
        else:
            kind = placeholder_type(key) or LITERAL
            if keep_in and kind != LITERAL:
                if urls is None:  # found once per text, where a placeholder is
                    urls = UrlIndex(before + text[:end], links="link" in keep_in)
                if urls.kind(len(before) + m.start()) in keep_in:
                    result.kept[kind] += 1
                    continue
            result.restored[kind] += 1
        out.append(text[pos:m.start()])
        out.append(value)
        pos = m.end()
    out.append(text[pos:end])
    result.text = "".join(out)
    return result
