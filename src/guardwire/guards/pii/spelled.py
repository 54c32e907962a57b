"""E-mail addresses written so that a pattern misses them but a reader does not.

People keep their address from scrapers by spelling out ``@`` and ``.``: ``john at example
dot com``, ``john [at] example [dot] com``, ``john(at)example.com``, ``john @ example.com``,
and security tools *defang* them: ``john@example[.]com``, ``john[@]example[.]com``. Each of
these reached the model whole (or as ``john [at] <URL_1>``); the model reads them as the
address they are.

:class:`SpelledEmailRecognizer` finds an *at* (``at`` between blanks, or ``at``/``@`` in
brackets, or ``@`` with blanks around it) with a local part before it and a domain after it
whose parts are joined by dots, spelled or not (``dot`` between blanks, ``dot``/``.`` in
brackets; not `` @name``, a mention or Razor's ``@User.Identity.Name``), and keeps it when

- something is spelled out or defanged (a plain ``a@b.com`` is the e-mail recognizer's);
- the domain ends in a public suffix of tldextract's bundled list or a company-network name
  (``example dot foo`` is no address);
- with a bare ``at`` (prose has many), either a dot is spelled out too (``john at example dot
  com``), or the local part holds a character words do not (``j.smith at example.com``; not
  ``look at example.com``, whose site the URL recognizer takes); the local part is then at
  least two characters and not a stop word (``at noon dot``: no suffix anyway).
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from .urlbounds import public_host

_OPEN, _CLOSE = r"[\[({<]", r"[\])}>]"
# a match starts at the first blank of a run (no quadratic rescans of long blank runs)
_AT: Any = regex.compile(
    rf"(?i)(?<![ \t])(?:(?P<bare>[ \t]++at[ \t]++)"
    rf"|[ \t]*+{_OPEN}[ \t]*+(?:at|@)[ \t]*+{_CLOSE}[ \t]*+"
    r"|[ \t]*+@[ \t]++|(?P<plain>@))")  # not " @x": a mention, Razor's "@User.Name"
_DOT = rf"(?:[ \t]*{_OPEN}[ \t]*(?:dot|\.)[ \t]*{_CLOSE}[ \t]*|[ \t]+dot[ \t]+|\.)"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN: Any = regex.compile(rf"(?i){_LABEL}(?:{_DOT}{_LABEL}){{1,16}}(?![\w-]|\.\w)")
_LOCAL: Any = regex.compile(rf"(?ri)(?<![\w.%+-])[\w%+-]+(?:{_DOT}[\w%+-]+)*\Z")
_SPELLED_DOT: Any = regex.compile(rf"(?i){_DOT}")
_UNWORDLIKE: Any = regex.compile(r"[._%+0-9-]")
_HINT: Any = regex.compile(r"(?i)\bat\b|@")
_LOOK_BACK = 128


def may_hold_spelled(text: str) -> bool:
    """Whether :class:`SpelledEmailRecognizer` finds something in ``text`` (the e-mail
    recognizers' precondition: Presidio's pattern recognizer costs more than this test on a
    text without ``@``)."""
    return _HINT.search(text) is not None and bool(spelled_emails(text))


def spelled_emails(text: str) -> list[tuple[int, int]]:
    """Spans of spelled-out or defanged addresses in ``text`` (see the module docstring)."""
    out: list[tuple[int, int]] = []
    for at in _AT.finditer(text):
        domain = _DOMAIN.match(text, at.end())
        if domain is None:
            continue
        lo = max(0, at.start() - _LOOK_BACK)
        local = _LOCAL.search(text[lo:at.start()])
        if local is None:
            continue
        start = lo + local.start()
        dots = [m.group() for m in _SPELLED_DOT.finditer(domain.group())]
        spelled_dot = any(d != "." for d in dots)
        if at.group("plain") is not None and not spelled_dot:
            continue  # a plain address: the e-mail recognizer's
        if at.group("bare") is not None:
            word = local.group()
            if (len(word) < 2 or word.lower() in STOP_WORDS
                    or not (spelled_dot or _UNWORDLIKE.search(word))):
                continue
        host = _SPELLED_DOT.sub(".", domain.group())
        last = host.rsplit(".", 1)[-1]
        if len(last) >= 2 and (last.isalpha() or last.lower().startswith("xn--")) \
                and public_host(host):
            out.append((start, domain.end()))
    return out


class SpelledEmailRecognizer(EntityRecognizer):  # type: ignore[misc]
    """Spelled-out and defanged e-mail addresses (:func:`spelled_emails`)."""

    def __init__(self, score: float = 0.6) -> None:
        self.score = score
        super().__init__(supported_entities=["EMAIL_ADDRESS"], name="SpelledEmailRecognizer",
                         supported_language="en")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
        if "EMAIL_ADDRESS" not in entities or _HINT.search(text) is None:
            return []
        return [RecognizerResult("EMAIL_ADDRESS", s, e, self.score)
                for s, e in spelled_emails(text)]
