"""Shared text helpers for the output guards: tokens, sentences, code spans, documents.

- :func:`tokens` is the seed's tokenizer: lowercase alphanumeric runs longer than two
  characters, minus a small stop-list. Citations and grounding both score with it.
- :func:`split_sentences` returns :class:`Span` s (start/end offsets into the text, end
  exclusive) of kind ``"sentence"``, ``"heading"``, ``"code"`` or ``"table"``. It keeps
  abbreviations, initials, decimals, version numbers and URLs inside one sentence, ends a
  sentence at CJK 。！？ with no space after them, makes each
  list item its own unit, returns fenced code blocks whole as ``"code"`` spans and each
  Markdown table row as a ``"table"`` span.
- :func:`looks_like_json` tells structured output apart from prose.
- :func:`record_fact` / :func:`pipeline_facts`: text the pipeline itself wrote into the answer
  from authoritative data (a filled slot's value, a footnote built from document metadata),
  kept per request in ``ctx.state`` so that grounding does not flag the pipeline's own facts.
- :func:`doc_text` / :func:`doc_meta` (defined in :mod:`._documents`) read a retrieved
  document that is a string, a mapping with ``id``/``title``/``text``/``metadata``, or an
  object with ``page_content``/``metadata``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import regex

from ._documents import doc_meta as doc_meta
from ._documents import doc_text as doc_text

SpanKind = Literal["sentence", "heading", "code", "table"]
FactKind = Literal["value", "block"]
_FACTS = "_pipeline_facts"


def record_fact(state: dict[str, Any], kind: FactKind, text: str) -> None:
    """Note ``text`` as written by the pipeline (``state`` is ``ctx.state``): a ``value``
    (a filled slot) or a ``block`` (a footnote appended to the answer)."""
    if text:
        state.setdefault(_FACTS, {}).setdefault(kind, []).append(text)


def pipeline_facts(state: dict[str, Any], kind: FactKind) -> list[str]:
    """What :func:`record_fact` noted of ``kind`` in this request."""
    found: list[str] = state.get(_FACTS, {}).get(kind, [])
    return found


def word_set(spaced: str) -> frozenset[str]:
    """A frozenset of the whitespace-separated words of ``spaced``."""
    return frozenset(spaced.split())


STOPWORDS = word_set(
    """
    the and for are but not you all any can had her was one our out has have with this that
    from they which their there been were what when where who whom will would into than then
    them these those also its such some more most other about after before only over very just
    each may might should could does did how why his she him being because while both between
    under upon own same per via yet nor too off ours your yours itself themselves herself
    himself were here whose shall must onto unto across among within without again further
    """
)

_TOKEN = re.compile(r"[^\W_]{3,}")
_ASCII_TOKEN = re.compile(r"[a-z0-9]{3,}")  # same runs on ASCII text, about twice as fast
# Han, kana, Hangul, Thai, Lao, Myanmar, Khmer: written without spaces between words,
# tokenised as overlapping character bigrams
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
                  r"\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+")
_RUN = re.compile(r"[^\W_]+")
# the CJK stop-list: a bigram of two of these ("这对", "你有", "のは") carries no content
_CJK_FUNCTION = frozenset("的是了在有和这那你我他她它们对也就都而及与或被把给让向从到为以之"
                          "其个一不会能要可很还又吗呢吧啊のはがをにでともへやかなだすま")
# combining marks (Devanagari vowel signs, decomposed accents) belong to their word: \w
# does not match them, so "राजधानी" fell apart into fragments
_MARK = regex.compile(r"\p{M}")
_TOKEN_MARKS = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}]{2,}")
_RUN_MARKS = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}]*")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``text[start:end]`` with what kind of unit it is."""

    start: int
    end: int
    kind: SpanKind = "sentence"

    def of(self, text: str) -> str:
        """The covered substring of ``text``."""
        return text[self.start : self.end]


def _raw_tokens(low: str) -> list[str]:
    """Alphanumeric runs of length > 2 of lower-cased text; CJK parts of a run become
    character bigrams ("柏林是德国" -> 柏林, 林是, 是德, 德国): without spaces a whole clause
    was one token, so CJK sentences matched nothing and were too short to be checked."""
    if low.isascii():
        return _ASCII_TOKEN.findall(low)
    marks = _MARK.search(low) is not None
    if _CJK.search(low) is None:
        found: list[str] = (_TOKEN_MARKS if marks else _TOKEN).findall(low)
        return found
    out: list[str] = []
    for run in (_RUN_MARKS if marks else _RUN).findall(low):
        pos = 0
        for m in _CJK.finditer(run):
            if m.start() - pos >= 3:
                out.append(run[pos : m.start()])
            seg = m.group()
            out.extend(seg[i : i + 2] for i in range(len(seg) - 1)
                       if seg[i] not in _CJK_FUNCTION or seg[i + 1] not in _CJK_FUNCTION)
            pos = m.end()
        if len(run) - pos >= 3:
            out.append(run[pos:])
    return out


def tokens(text: str) -> set[str]:
    """The seed tokenizer: lowercase alphanumeric runs of length > 2, minus stop-words
    (CJK text: character bigrams)."""
    found = set(_raw_tokens(text.lower()))
    found -= STOPWORDS
    return found


def word_count(toks: set[str]) -> float:
    """About how many words ``toks`` stand for: a CJK bigram counts half (a Chinese word is
    about two characters, and each character starts a bigram)."""
    return sum(0.5 if _CJK.match(t) else 1.0 for t in toks)


def token_counts(text: str) -> Counter[str]:
    """Term frequencies of :func:`tokens` (for BM25)."""
    counts = Counter(_raw_tokens(text.lower()))
    for stop in STOPWORDS.intersection(counts):
        counts.pop(stop)
    return counts


def token_list(text: str) -> list[str]:
    """Like :func:`tokens` but keeps repeats and order (for term frequencies)."""
    return [t for t in _raw_tokens(text.lower()) if t not in STOPWORDS]


# --- code spans ---------------------------------------------------------------------------

_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*$", re.MULTILINE)
_INLINE_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")


def fenced_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each fenced code block, fences included; an unclosed fence runs to
    the end of the text (as in CommonMark)."""
    blocks: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _FENCE.search(text, pos)
        if m is None:
            return blocks
        fence = m.group(1)
        close = re.compile(
            rf"^[ \t]{{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.MULTILINE
        )
        c = close.search(text, m.end())
        end = len(text) if c is None else c.end()
        blocks.append((m.start(), end))
        pos = end if end > m.end() else m.end() + 1
        if pos >= len(text):
            return blocks


def code_spans(text: str) -> list[tuple[int, int]]:
    """Sorted (start, end) ranges of fenced blocks and inline code (backtick) spans."""
    if "`" not in text and "~~~" not in text:
        return []
    blocks = fenced_blocks(text)
    spans = list(blocks)
    pos = 0
    for b_start, b_end in [*blocks, (len(text), len(text))]:
        for m in _INLINE_CODE.finditer(text, pos, b_start):
            if "\n\n" not in m.group(0):
                spans.append((m.start(), m.end()))
        pos = b_end
    spans.sort()
    return spans


def mask_code(text: str) -> str:
    """``text`` with every code span's characters replaced by ``\\x00`` (same length), so
    offsets stay valid while code is invisible to other regexes. Newlines are kept."""
    spans = code_spans(text)
    if not spans:
        return text
    out = list(text)
    for s, e in spans:
        for i in range(s, e):
            if out[i] != "\n":
                out[i] = "\x00"
    return "".join(out)


# --- sentences ---------------------------------------------------------------------------

# Words after which a period does not end a sentence.
_NO_SPLIT = word_set(
    """
    mr mrs ms dr prof sr jr st mt rev gen col lt sgt capt gov sen rep hon mme mlle messrs
    e.g eg i.e ie cf vs viz al approx ca fig figs vol vols pp pg ch sec art para
    eq eqs ref refs dept est min max avg incl ed eds tel ext jan feb mar apr jun jul aug sep
    sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    """
)
# Words after which a period ends a sentence only when a capitalised word follows.
_SPLIT_IF_CAPITAL = word_set("etc inc ltd corp co llc plc bros")

_LINE = re.compile(r"[^\n]*\n?")
_BLANK = re.compile(r"[ \t]*\n?")
_LIST_MARK = re.compile(r"[ \t]*(?:[-*+•‣◦]|\d{1,3}[.)]|[a-z][.)])[ \t]+")
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]")
_TABLE_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*\n?")
_BOUNDARY = re.compile(r"([.!?…।॥؟۔]+)([\"'”’)\]*_]*)(\s+)")  # with Devanagari/Arabic stops
# with a CJK stop in the unit: those end a sentence with no space after them
_BOUNDARY_CJK = re.compile(r"([.!?…।॥؟۔]+|[。！？]+)([\"'”’)\]*_」』）〕】]*)(\s*)")
_CJK_STOPS = frozenset("。！？")


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence, heading and code spans (whitespace trimmed, in order)."""
    spans: list[Span] = []
    pos = 0
    for b_start, b_end in [*fenced_blocks(text), (len(text), len(text))]:
        _split_prose(text, pos, b_start, spans)
        _append_trimmed(text, b_start, b_end, spans, "code")
        pos = b_end
    return spans


def _split_prose(text: str, start: int, end: int, out: list[Span]) -> None:
    """Cut the prose region into units (paragraph, list item, heading), then sentences."""
    unit_start: int | None = None
    pos = start
    while pos < end:
        m = _LINE.match(text, pos, end)
        assert m is not None
        line_end = m.end()
        line = m.group(0)
        if not line.strip():
            if unit_start is not None:
                _split_unit(text, unit_start, pos, out)
                unit_start = None
        elif _HEADING.match(line):
            if unit_start is not None:
                _split_unit(text, unit_start, pos, out)
                unit_start = None
            _append_trimmed(text, pos + len(line) - len(line.lstrip(" \t#")), line_end, out,
                            "heading")
        elif _TABLE_ROW.fullmatch(line):
            if unit_start is not None:
                _split_unit(text, unit_start, pos, out)
                unit_start = None
            _append_trimmed(text, pos, line_end, out, "table")
        elif (lm := _LIST_MARK.match(line)) is not None:
            if unit_start is not None:
                _split_unit(text, unit_start, pos, out)
            unit_start = pos + lm.end()
        elif unit_start is None:
            unit_start = pos
        pos = line_end if line_end > pos else end
    if unit_start is not None:
        _split_unit(text, unit_start, end, out)


def _split_unit(text: str, start: int, end: int, out: list[Span]) -> None:
    masked = mask_code(text[start:end]) if "`" in text[start:end] else text[start:end]
    sent_start = 0
    has_cjk = "。" in masked or "！" in masked or "？" in masked
    for m in (_BOUNDARY_CJK if has_cjk else _BOUNDARY).finditer(masked):
        nxt = masked[m.end() : m.end() + 1]
        cjk = m.group(1)[0] in _CJK_STOPS
        if not nxt or not (cjk or (m.group(3) and _ends_sentence(masked, m, nxt))):
            continue
        if cjk and m.group(2) and not m.group(3) and nxt not in "「『（〔【“‘\"'(":
            continue  # 「京都は古い。」と彼は言った。: the quote goes on
        _append_trimmed(text, start + sent_start, start + m.start(3), out, "sentence")
        sent_start = m.end()
    _append_trimmed(text, start + sent_start, end, out, "sentence")


def _ends_sentence(masked: str, m: re.Match[str], nxt: str) -> bool:
    if nxt.islower() or nxt in ",;:\x00":
        return False
    punct = m.group(1)
    if punct != ".":
        return True
    if "\n" in m.group(3) and nxt in "-*+•":
        return True
    end = m.start(1)
    start = end
    while start > 0 and end - start < 40 and (masked[start - 1].isalnum()
                                              or masked[start - 1] in "._'-"):
        start -= 1
    w = masked[start:end].lower().strip("'-")
    if not w:
        return True
    if w in _NO_SPLIT:
        return False
    if w in ("no", "nos"):
        return not nxt.isdigit()
    if w in _SPLIT_IF_CAPITAL:
        return nxt.isupper()
    # single initials ("J. Smith") and dotted acronyms ("U.S.", "A.D.")
    if len(w) == 1 and w.isalpha():
        return False
    return not (w.count(".") >= 1 and all(len(p) <= 1 for p in w.split(".")))


def _append_trimmed(text: str, start: int, end: int, out: list[Span], kind: SpanKind) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end, kind))


def looks_like_json(text: str) -> bool:
    """True when ``text`` is a JSON object or array (structured output, not prose)."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "{[" or stripped[-1] not in "}]":
        return False
    try:
        json.loads(stripped)
    except ValueError:
        return False
    return True


# --- documents (their text and metadata: :mod:`._documents`) ----------------------------


def doc_token_sets(docs: Sequence[Any], cache: dict[str, Any] | None = None) -> list[set[str]]:
    """``tokens(doc_text(d))`` for each doc, memoised in ``cache`` (a per-request dict such
    as ``ctx.state``) so several guards of one call tokenize the documents once."""
    if cache is not None:
        hit = cache.get("_doc_tokens")
        if hit is not None and hit[0] is docs and hit[1] == len(docs):
            return list(hit[2])
    sets = [tokens(doc_text(d)) for d in docs]
    if cache is not None:
        cache["_doc_tokens"] = (docs, len(docs), sets)
    return sets
