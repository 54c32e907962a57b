"""Footnote guard: build the answer's footnote from the metadata of the documents it cites.

Contract: the documents cited by ``[N]`` markers (1-based positions in ``ctx.docs``, outside
code) supply the footnote, rendered from their metadata with a configurable template; any
footnote-like tail the model wrote itself (a ``Sources:``/``References:`` paragraph, a list of
``[N] ...`` lines, a trailing ``Timestamps: ...`` sentence using one of the configured labels)
is removed first, because its values were generated rather than looked up. Run it after the
citation guard. JSON / structured answers are left alone.

Two renderings, usable together:

- ``fields={"timestamp": "Timestamps", "risk_level": "Risk levels"}``: one item per field with
  the distinct values over the cited documents, e.g. ``Timestamps: 2026-04-07 14:31, 14:42.``
  (``template="{label}: {values}."``, values joined by ``joiner``, items by ``separator``);
- ``doc_template="[{n}] {title}"``: one line per cited document (``n``, ``id``, ``title`` and
  every metadata key can be used; a line whose keys are missing is skipped).

With neither option, ``doc_template="[{n}] {title}"`` is used.

Default policy: ``Policy(budget_ms=50, on_error="open", on_timeout="open")``. Not cacheable.

Lift rate: answers rewritten (footnote added or the model's own tail removed).
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Literal, get_args

from .._context import Context
from .._decision import Decision
from .._policy import Policy
from ..exceptions import ConfigError
from ._options import need_bools, need_strs
from ._references import REFERENCE_LABELS
from ._slot_values import as_number, plain_float
from ._text import doc_meta, looks_like_json, record_fact, split_sentences
from .citations import cited_doc_numbers

WhenUncited = Literal["none", "all"]

GENERIC_LABELS = REFERENCE_LABELS
_RULE = re.compile(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*")
_REF_LINE = re.compile(r"\s*(?:[-*]\s*)?(?:(?:\[\^?\d{1,3}\]:?|\^\d{1,3})\s|[【［]\d{1,3}[】］])"
                       r"\s*\S.*")
_LIST_LINE = re.compile(r"\s*(?:[-*+•]|\d{1,3}[.)])\s+\S.*")
_PARA_BREAK = re.compile(r"\n[ \t]*\n")


class FootnoteGuard:
    """Append a footnote built from cited documents' metadata (see the module docstring)."""

    name = "footnotes"
    default_policy = Policy(budget_ms=50, on_error="open", on_timeout="open")
    cacheable = False
    soft_budget = True  # bounded CPU work: the budget is checked inline, no thread hop

    def __init__(
        self,
        *,
        fields: Mapping[str, str] | Sequence[str] | None = None,
        template: str | None = None,
        joiner: str | None = None,
        separator: str | None = None,
        doc_template: str | None = None,
        prefix: str = "\n\n",
        labels: Sequence[str] = GENERIC_LABELS,
        strip_model_tail: bool = True,
        when_uncited: WhenUncited = "none",
    ) -> None:
        if isinstance(fields, str):
            raise ConfigError("must be a mapping field -> label or a list of fields",
                              path="fields")
        need_bools(strip_model_tail=strip_model_tail)
        need_strs(template=template, joiner=joiner, separator=separator,
                  doc_template=doc_template, prefix=prefix)
        if prefix is None:  # every call failed on it (a fail-open guard error)
            raise ConfigError("must be a string ('' for none), got None", path="prefix")
        if fields is not None and not fields:  # it fell back to doc_template without a word
            raise ConfigError("is empty: name at least one field, or leave fields out for one "
                              "line per cited document (doc_template)", path="fields")
        if fields is None:
            self.fields: dict[str, str] = {}
        elif isinstance(fields, Mapping):
            self.fields = {str(k): str(v) for k, v in fields.items()}
        else:
            self.fields = {str(k): str(k).replace("_", " ").capitalize() for k in fields}
        for field, label in self.fields.items():
            if not label.strip():
                raise ConfigError("a field's label must not be empty", path=f"fields.{field}")
        if isinstance(labels, str):  # its letters were the labels: "Sources:" was not one
            raise ConfigError(f"must be a list of labels, got a string {labels!r} (write a "
                              f"list: [{labels!r}])", path="labels")
        if any(not isinstance(lb, str) or not lb.strip() for lb in labels):
            raise ConfigError("labels must be non-empty strings (an empty one matches any line "
                              "opening with ':')", path="labels")
        if not self.fields:  # these three only write the fields' items
            for key, value in (("template", template), ("joiner", joiner),
                               ("separator", separator)):
                if value is not None:
                    raise ConfigError(
                        "only writes the items of `fields` ({label}, {values}), and no fields "
                        "are set, so it has no effect: set fields, or use doc_template (one "
                        "line per cited document, e.g. '[{n}] {title}') instead", path=key)
        template = "{label}: {values}." if template is None else template
        joiner = ", " if joiner is None else joiner
        separator = " " if separator is None else separator
        _check_template(template, {"label", "values"}, "template")
        if doc_template is None and not self.fields:
            doc_template = "[{n}] {title}"
        if doc_template is not None:
            if not doc_template.strip():
                raise ConfigError("must not be empty (leave it out for no document lines)",
                                  path="doc_template")
            _check_template(doc_template, None, "doc_template")
        if when_uncited not in get_args(WhenUncited):
            raise ConfigError(f"must be 'none' or 'all', got {when_uncited!r}",
                              path="when_uncited")
        self.template = template
        self.joiner = joiner
        self.separator = separator
        self.doc_template = doc_template
        self.prefix = prefix
        self.strip_model_tail = bool(strip_model_tail)
        self.when_uncited: WhenUncited = when_uncited
        all_labels = [*labels, *self.fields.values()]
        alt = "|".join(re.escape(lb) for lb in sorted(set(all_labels), key=len, reverse=True))
        # "Sources:", "**References:**", "参考资料：", or the label alone on its line
        # ("**Sources**", "### Sources"), as models head their own source lists
        self._label_start = re.compile(
            rf"[ \t]*(?:#{{1,6}}[ \t]+)?(?:[*_]{{1,2}})?(?:{alt})(?:[*_]{{1,2}})?[ \t]*"
            r"(?:[:：]|$)", re.IGNORECASE)

    def __repr__(self) -> str:
        return f"FootnoteGuard(fields={list(self.fields)}, doc_template={self.doc_template!r})"

    def build(self, numbers: Sequence[int], docs: Sequence[Any]) -> str:
        """The footnote for the given 1-based document numbers ("" when nothing to say)."""
        metas = [(n, doc_meta(docs[n - 1])) for n in numbers if 1 <= n <= len(docs)]
        parts: list[str] = []
        items = []
        for field, label in self.fields.items():
            values: dict[str, None] = {}
            for _, meta in metas:
                for v in _as_list(meta.get(field)):
                    values.setdefault(_fmt(v))
            if values:
                items.append(self.template.format(label=label, values=self.joiner.join(values)))
        if items:
            parts.append(self.separator.join(items))
        if self.doc_template is not None:
            lines = []
            for n, meta in metas:
                keys = {**{k: self._value(v) for k, v in meta.items() if _as_list(v)}, "n": n}
                try:
                    lines.append(self.doc_template.format_map(_Strict(keys)))
                except (KeyError, ValueError, TypeError, IndexError, AttributeError):
                    continue  # a missing key, or a value its format spec cannot take
            if lines:
                parts.append("\n".join(lines))
        return "\n".join(parts)

    def _value(self, value: Any) -> Any:
        """A metadata value for ``doc_template``: numbers stay numbers (``{score:.2f}``),
        lists are joined, datetimes written as everywhere else."""
        if isinstance(value, list | tuple | set | frozenset):
            return self.joiner.join(_fmt(v) for v in _as_list(value))
        return _fmt(value) if isinstance(value, datetime) else value

    def _is_tail(self, para: str, lines: list[str]) -> bool:
        return bool(_RULE.fullmatch(para) or self._label_start.match(lines[0])
                    or all(_REF_LINE.fullmatch(ln) for ln in lines))

    def strip_tail(self, text: str) -> str:
        """``text`` without the footnote-like tail a model wrote itself."""
        body = text.rstrip()
        breaks = list(_PARA_BREAK.finditer(body))  # once: re-scanning per paragraph was O(n²)
        while body:
            while breaks and breaks[-1].end() > len(body):
                breaks.pop()
            cut = breaks[-1].end() if breaks else 0
            para = body[cut:]
            lines = [ln for ln in para.splitlines() if ln.strip()]
            before = body[: breaks[-1].start()].rstrip() if breaks else ""
            if before.strip() and self._is_tail(para, lines):
                body = before
                continue
            # a list under a label paragraph of its own ("**Sources**", blank line, "- …")
            if len(breaks) > 0 and all(_LIST_LINE.fullmatch(ln) or _REF_LINE.fullmatch(ln)
                                       for ln in lines):
                head_start = breaks[-2].end() if len(breaks) > 1 else 0
                head = body[head_start : breaks[-1].start()].strip()
                earlier = body[: breaks[-2].start()] if len(breaks) > 1 else ""
                if "\n" not in head and self._label_start.match(head) and earlier.strip():
                    body = earlier.rstrip()
                    continue
            sentences = [s for s in split_sentences(para) if s.kind == "sentence"]
            k = len(sentences)
            while k > 0 and self._label_start.match(sentences[k - 1].of(para)):
                k -= 1
            if k < len(sentences) and (k > 0 or before.strip()):  # a tail needs an answer
                body = (body[:cut] + para[: sentences[k].start]).rstrip()
            break
        return text if body == text.rstrip() else body

    def __call__(self, text: str, ctx: Context) -> Decision:
        if ctx.structured is not None or looks_like_json(text):
            return Decision.allow("structured output gets no footnote")
        body = self.strip_tail(text) if self.strip_model_tail else text
        removed = body != text
        numbers = [n for n in cited_doc_numbers(body) if 1 <= n <= len(ctx.docs)]
        if not numbers and self.when_uncited == "all":
            numbers = list(range(1, len(ctx.docs) + 1))
        footnote = self.build(numbers, ctx.docs)
        own = (self.prefix + footnote).rstrip()
        if footnote and self.prefix.strip(" ") and body.rstrip().endswith(own) and \
                body.rstrip() != own.strip():
            out = body  # the footnote is already there (a second run): not appended again
        else:
            out = (body.rstrip() + self.prefix + footnote) if footnote else body
        if footnote:
            record_fact(ctx.state, "block", footnote)
        if out == text:
            return Decision.allow("footnote unchanged")
        return Decision.rewrite(
            out, "footnote built from cited documents" if footnote else "model footnote removed",
            footnote_added=bool(footnote), cited=numbers, removed_tail=removed)


class _Strict(dict[str, Any]):
    def __missing__(self, key: str) -> Any:
        raise KeyError(key)


def _check_template(template: str, allowed: set[str] | None, path: str) -> None:
    try:
        names = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
    except ValueError as exc:
        raise ConfigError(f"bad template: {exc}", path=path) from None
    if allowed is not None and not names <= allowed:
        raise ConfigError(f"unknown key(s) {sorted(names - allowed)}; use {sorted(allowed)}",
                          path=path)
    if any(not n or not n.isidentifier() for n in names):
        raise ConfigError("template keys must be plain names like {title}", path=path)


def _as_list(value: Any) -> list[Any]:
    """The values of a metadata field; ``None``, ``""`` and NaN are no value."""
    if isinstance(value, list | tuple | set | frozenset):
        return [v for v in value if not _missing(v)]
    return [] if _missing(value) else [value]


def _missing(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, float) and value != value)


def _fmt(value: Any) -> str:
    if isinstance(value, datetime):
        # an aware time says its zone: 14:31 UTC and 14:31 +02:00 are two instants
        offset = value.utcoffset()
        zone = ""
        if offset is not None:
            minutes = round(offset.total_seconds() / 60)
            sign, minutes = "+-"[minutes < 0], abs(minutes)
            zone = " UTC" if not minutes else f" {sign}{minutes // 60:02}:{minutes % 60:02}"
        return value.strftime("%Y-%m-%d %H:%M") + zone
    number = as_number(value)
    if isinstance(number, float) and math.isfinite(number):  # 0.1 + 0.2 is "0.3", 1e-05 too
        return plain_float(number)
    return str(value)
