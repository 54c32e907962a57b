"""Which figure belongs to which thing: the words a number is stated with ("revenue grew 8%"
pairs 8 with "revenue"), and claims whose pairing the documents contradict ("revenue grew
8%, costs 5%" against "revenue grew 5%, costs rose 8%": both numbers are in the documents,
each attributed to the other thing).

A number's words are the content words of its stretch of the clause: from the previous
number or clause break to the next. A stretch between two numbers is cut at its first
connector ("," ";" "and" "while" "but" "compared with" ...): what comes before belongs to the
number before ("a 5% increase in revenue and an 8% rise"), what comes after to the next
("revenue grew 5% and costs rose 8%"); with no connector it belongs to both. Numbers are
compared within a kind (a percentage, an amount, a year, a plain number): a year is never
contradicted by the amounts of the same words.

The check is careful (deterministic, lexical): a number is mispaired only when it is in the
documents, some of its words are stated in the documents with other numbers of its kind,
none of its words is stated there with it, and the documents state it with words of their
own ("revenue grew 8%" where they only say "revenue grew 5%" and "costs rose 8%").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from ._text import STOPWORDS, doc_text
from ._units import doc_spots, number_spots, units_at

#: (canonical number, kind, its words); kind: "%", "$" (an amount), "y" (a year), "n"
Pair = tuple[str, str, frozenset[str]]
#: (kind, word) -> numbers; (kind, number) -> words
Index = tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], set[str]]]

# a clause ends at a sentence stop or a colon before a space, a line break or a bracket (a
# character class: a pattern with a look-ahead, tried at every position, was twice as slow)
_CLAUSE = re.compile(r"[.!?;:\n()\[\]。！？…]")
# where a clause is cut: what comes before a number's stretch is not its words
_PUNCT = re.compile(r"[,;:–—]")
_LAST_PUNCT = re.compile(r".*[,;:–—]", re.DOTALL)  # up to the last one
_CUT_WORDS = frozenset(["while", "whereas", "but"])
_CONNECTORS = _CUT_WORDS | {"and", "compared", "versus", "vs", "against", "than"}
_PERCENT_AFTER = re.compile(r"\s?(?:%|percent\b|per\s?cent\b|percentage\s+points?\b|pp\b)",
                            re.IGNORECASE)
_CURRENCY = frozenset("$€£¥₹")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_][^\W_]{2,}")  # a word of three or more, from a letter
_YEAR_COMMA = re.compile(r",(?=\s+(?:1[89]|20)\d\d(?!\d))")  # "April 7, 1964"
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# words that say how a figure moved or how it is counted, not what it is
_NOT_SUBJECT = STOPWORDS | frozenset(
    ["percent", "per", "cent", "percentage", "points", "point", "thousand", "million",
     "billion", "trillion", "total", "approximately", "roughly", "nearly", "almost", "around",
     "about", "some", "was", "were", "are", "has", "had", "have", "reached", "reaching",
     "stood", "stands", "came", "amounted", "totaled", "totalled", "totaling", "equal",
     "increase", "increased", "increases", "decrease", "decreased", "decreases", "rose",
     "rise", "rises", "risen", "grew", "grow", "grows", "growth", "fell", "fall", "falls",
     "fallen", "dropped", "drop", "drops", "declined", "decline", "declines", "gained", "gain",
     "gains", "lost", "loss", "up", "down", "higher", "lower", "jumped", "climbed", "slid",
     "year", "years", "compared", "respectively", "while", "whereas", "versus", "against",
     "than", "least", "most", "only", "just", "over", "under", "below", "above", "usd", "eur",
     "gbp", "dollars", "euros", "pounds", "shrank", "expanded", "surged", "plunged"])


def _kind(text: str, start: int, end: int, number: str, scaled: bool) -> str:
    after = text[end : end + 1]
    if after and after in "% pP" and _PERCENT_AFTER.match(text, end):
        return "%"
    before = text[max(0, start - 2) : start].strip()
    if scaled or (before and before[-1] in _CURRENCY):
        return "$"
    if len(number) == 4 and _YEAR.fullmatch(number):
        return "y"
    return "n"


def _numbers_at(clause: str, spots: list[tuple[int, int, str, bool]] | None = None
                ) -> list[tuple[int, int, str, str]]:
    """(start, end, canonical, kind) of the numbers of ``clause`` worth pairing: two or
    more digits, or an amount ("5%", "$5"); ``spots``: its :func:`._units.number_spots`."""
    found = []
    for start, end, number, scaled in number_spots(clause) if spots is None else spots:
        if scaled:
            found.append((start, end, number, "$"))
            continue
        kind = _kind(clause, start, end, number, False)
        if len(number) >= 2 or kind in "%$":
            found.append((start, end, number, kind))
    return found


def _content(words: list[str]) -> set[str]:
    return {w for w in words if w not in _NOT_SUBJECT}


def _before_cut(words: list[str], cuts: frozenset[str]) -> list[str]:
    """``words`` up to the first of ``cuts``."""
    for i, w in enumerate(words):
        if w in cuts:
            return words[:i]
    return words


def _after_cut(words: list[str], cuts: frozenset[str]) -> list[str]:
    """``words`` after the last of ``cuts``."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in cuts:
            return words[i + 1 :]
    return words


def pairs_in(text: str) -> list[Pair]:
    """Each number of ``text`` worth pairing with its words (see the module docstring)."""
    return [p for _, p in pairs_at(text)]


def pairs_at(text: str, spots: list[tuple[int, int, str, bool]] | None = None
             ) -> list[tuple[int, Pair]]:
    """:func:`pairs_in` with where each number starts: a whole answer is read once and its
    sentences take their share (reading each sentence alone cost three times as much);
    ``spots``: :func:`._units.number_spots` of ``text``, when already read."""
    if _DIGIT.search(text) is None:
        return []
    nums = _numbers_at(text, spots)
    if not nums:
        return []
    low = text.lower()  # the same length for the text's numbers and ASCII letters
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if ", " in low:  # "April 7, 1964": the comma of a date cuts no clause
        dates = [p for m in _YEAR_COMMA.finditer(low) if low[(p := m.start()) - 1 : p].isdigit()
                 and not low[max(0, p - 3) : p].isdigit()]
        for p in reversed(dates):
            low = f"{low[:p]} {low[p + 1:]}"
    bounds = [0]
    for brk in _CLAUSE.finditer(low):
        at = brk.start()
        if low[at] in ".!?;:…" and at + 1 < len(low) and not low[at + 1].isspace():
            continue  # "3.5", "10:30", "e.g.x": no clause break
        bounds += [at, at + 1]
    bounds.append(len(low))
    out: list[tuple[int, Pair]] = []
    i = 0
    for k in range(0, len(bounds), 2):
        start, end = bounds[k], bounds[k + 1]
        j = i
        while j < len(nums) and nums[j][0] < end:
            j += 1
        group = [n for n in nums[i:j] if n[0] >= start]
        i = j
        if group and "respectively" not in low[start:end]:
            # "A and B grew 5% and 8% respectively": which is which is not lexical
            out += _paired(low, start, end, group)
    return out


def _paired(low: str, start: int, end: int, nums: list[tuple[int, int, str, str]]
            ) -> list[tuple[int, Pair]]:
    """The numbers of one clause ``low[start:end]`` (lower-cased) with their words. Each
    stretch is read with ``findall`` and cut in Python: a regex with a word alternation,
    tried at every position, cost more than the rest of the check."""
    found = _WORD.findall
    words: list[set[str]] = [set() for _ in nums]
    last = _LAST_PUNCT.match(low, start, nums[0][0])
    lead = found(low, last.end() if last else start, nums[0][0])
    words[0] |= _content(_after_cut(lead, _CUT_WORDS))
    linked = []  # "from 5% to 8%", "5% and 8%": one list, the same words
    for i in range(len(nums) - 1):
        a, b = nums[i][1], nums[i + 1][0]
        first = _PUNCT.search(low, a, b)
        if first is None:
            gap = found(low, a, b)
            between = _content(gap)
            left, right = _before_cut(gap, _CONNECTORS), _after_cut(gap, _CONNECTORS)
            if not between:
                linked.append(i)
                continue
            if len(left) == len(gap):  # no connector: the stretch is both numbers'
                words[i] |= between
                words[i + 1] |= between
                continue
        else:
            last = _LAST_PUNCT.match(low, a, b)
            assert last is not None
            left = _before_cut(found(low, a, first.start()), _CONNECTORS)
            right = _after_cut(found(low, last.end(), b), _CONNECTORS)
        words[i] |= _content(left)
        words[i + 1] |= _content(right)
    first = _PUNCT.search(low, nums[-1][1], end)
    tail = found(low, nums[-1][1], first.start() if first else end)
    words[-1] |= _content(_before_cut(tail, _CUT_WORDS))
    for i in reversed(linked):
        words[i] |= words[i + 1]
    for i in linked:
        words[i + 1] |= words[i]
    return [(at, (n, kind, frozenset(w))) for (at, _, n, kind), w in zip(nums, words,
                                                                         strict=True)]


def pair_index(texts: Sequence[str],
               spots: Sequence[list[tuple[int, int, str, bool]]] | None = None) -> Index:
    by_word: dict[tuple[str, str], set[str]] = {}
    by_number: dict[tuple[str, str], set[str]] = {}
    for k, text in enumerate(texts):
        for _, (number, kind, words) in pairs_at(text, None if spots is None else spots[k]):
            by_number.setdefault((kind, number), set()).update(words)
            for w in words:
                by_word.setdefault((kind, w), set()).add(number)
    return by_word, by_number


#: answer and documents longer than this together are not paired: pairing costs about 25 ms
#: per 40,000 characters of number-dense text on a loaded 2-core machine, and a guard past
#: its budget loses every check, not only this one
MAX_PAIRED_CHARS = 40_000


def affordable(text: str, docs: Sequence[Any]) -> bool:
    """Whether ``text`` and ``docs`` are short enough to pair (:data:`MAX_PAIRED_CHARS`)."""
    size = len(text)
    for d in docs:
        size += len(doc_text(d))
        if size > MAX_PAIRED_CHARS:
            return False
    return True


def doc_pairs(docs: Sequence[Any], cache: dict[str, Any] | None,
              picked: Sequence[int] | None = None) -> list[Index]:
    """The :func:`pair_index` of each document (of the ``picked`` ones, 0-based), each
    built when first asked for and cached per request."""
    hit = cache.get("_doc_pairs") if cache is not None else None
    if hit is not None and hit[0] is docs and hit[1] == len(docs):
        each: list[Index | None] = hit[2]
    else:
        each = [None] * len(docs)
        if cache is not None:
            cache["_doc_pairs"] = (docs, len(docs), each)
    out = []
    for i in range(len(docs)) if picked is None else picked:
        index = each[i]
        if index is None:
            index = each[i] = pair_index([doc_text(docs[i])], [doc_spots(docs, cache, i)])
        out.append(index)
    return out


def doc_pair_index(docs: Sequence[Any], cache: dict[str, Any] | None) -> Index:
    """All documents' pairs in one :func:`pair_index` (cached per request)."""
    hit = cache.get("_doc_pairs_all") if cache is not None else None
    if hit is not None and hit[0] is docs and hit[1] == len(docs):
        return hit[2]  # type: ignore[no-any-return]
    index = merged(doc_pairs(docs, cache))
    if cache is not None:
        cache["_doc_pairs_all"] = (docs, len(docs), index)
    return index


def merged(indexes: Sequence[Index]) -> Index:
    if len(indexes) == 1:
        return indexes[0]  # read only: never updated in place
    by_word: dict[tuple[str, str], set[str]] = {}
    by_number: dict[tuple[str, str], set[str]] = {}
    for w_index, n_index in indexes:
        for key, values in w_index.items():
            by_word.setdefault(key, set()).update(values)
        for key, values in n_index.items():
            by_number.setdefault(key, set()).update(values)
    return by_word, by_number


def mispaired(claim: str, index: Index | Callable[[], Index],
              own: frozenset[str] | set[str] = frozenset(), *, strict: bool = True,
              known: AbstractSet[str] | None = None,
              pairs: list[Pair] | None = None) -> list[dict[str, Any]]:
    """The numbers of ``claim`` the documents (``index``) state with other words only:
    ``{"number", "words", "documents"}`` each, ``documents`` being what the documents
    state for those words ("8" claimed for "revenue" where they say "5"). ``own``: numbers
    the pipeline wrote (a filled slot), never mispaired. ``strict``: only when the
    documents give the number to something else the claim names ("revenue grew 8%, costs
    5%" where costs grew 8%); "The city has 45,000 residents" is not mispaired by documents
    that give the city 10,000 people in 1900 and 45,000 to "the population now".
    ``index`` may be a function building it, called only when a number of the claim is in
    ``known`` (the documents' numbers): most claims need no pairs of the documents.
    ``pairs``: :func:`pairs_in` of the claim, when already known."""
    claimed = [p for p in (pairs_in(claim) if pairs is None else pairs) if p[2]
               and p[0] not in own
               and (known is None or p[0] in known)]
    if not claimed:
        return []
    if callable(index):
        index = index()
    by_word, by_number = index
    found = []
    named: frozenset[str] | None = None
    for number, kind, words in claimed:
        theirs = by_number.get((kind, number))
        if not theirs:
            continue  # a number the documents lack is the number check's
        said = {w: by_word.get((kind, w), set()) for w in words}
        if any(number in n for n in said.values()):
            continue
        anchors = sorted(w for w, n in said.items() if n)
        if not anchors:
            continue
        if strict:
            if named is None:
                named = frozenset(_content(_WORD.findall(claim.lower())))
            if not theirs & (named - words):
                continue
        found.append({"number": number, "words": anchors,
                      "documents": sorted(set().union(*(said[w] for w in anchors)))})
    return found


#: where an answer's numbers start, their units, where its paired numbers start, their pairs
Spots = tuple[list[int], list[tuple[str, str, str]], list[int], list[Pair]]


def answer_spots(plain: str, cache: dict[str, Any] | None, pair: bool) -> Spots:
    """The units and (with ``pair``) the pairs of an answer's numbers, read once for all its
    sentences and for both guards of a request (cached under the answer as checked)."""
    hit = cache.get("_answer_spots") if cache is not None else None
    if hit is not None and hit[0] == plain and (hit[1] or not pair):
        return hit[2]  # type: ignore[no-any-return]
    numbers = number_spots(plain)
    units = units_at(plain, numbers)
    found = pairs_at(plain, numbers) if pair else []
    spots: Spots = ([a for a, _ in units], [u for _, u in units],
                    [a for a, _ in found], [p for _, p in found])
    if cache is not None:
        cache["_answer_spots"] = (plain, pair, spots)
    return spots


def between(starts: list[int], items: list[Any], start: int, end: int) -> list[Any]:
    """The ``items`` whose ``starts`` fall in ``[start, end)``."""
    return items[bisect_left(starts, start) : bisect_left(starts, end)]
