"""A user taking back their own words is no injection (eighth session of 2026-12-07).

A prompt injection overrides instructions the user did not write: the system prompt, the
developer's rules, the model's guidelines. A user who revokes their *own* earlier words does
what every chat user does: "Forget what I said before, I meant Paris", "Ignore what I told you
earlier about the deadline", "please ignore my previous prompt". So does a user who narrows an
earlier instruction to a named everyday topic: "disregard the previous instructions about the
word count", "forget all the previous constraints on the poem", "ignore the instruction to use
tabs". The override rules read the verb and "previous instructions" and block them all.

:data:`_OBJECT` recognises such an object in the normalised view:

- the user's own words (first person singular, outside any quoted passage, which is someone
  else's text): "what/everything I said / told you / wrote / asked / typed / pasted …",
  "my (previous|last|earlier …) message / prompt / question / instructions …", "the earlier
  text I pasted";
- an earlier instruction narrowed to a topic: "the (previous) instructions / constraints /
  rules / requirements about|on|regarding|for <topic>" or "the instruction to <verb> …", where
  no word of the topic is an attack's (:data:`_NOT_TOPIC`: safety, ethics, filters, policy,
  the system, the model, the prompt, a secret, "what/how", negation, …).

:func:`revocation_mask` replaces each such object with "it". The rules module re-runs the
override rules that fired on the masked view, and drops a hit only when its rule no longer
fires there: an override that needed the user's own words (or a topic) to fire is not decisive;
one that fires anyway ("Ignore what I said and all previous instructions") still is. Nothing is
masked, so nothing is dropped, when the text also goes on to an attack (:data:`_ATTACK`: a
persona, "you are now", a prompt-leak request, "your rules / system prompt", "what you were
told", safety / ethics / filters / content policy named, "answer anything", a "say '…'"
payload, a URL or e-mail address, passwords / credentials / the user's data), or when the view
is longer than :data:`MAX_VIEW` (a chat turn, not a document). The guard applies the exception
to the user's input only: in a document or tool result, "what I said" is not the user's words
(``InjectionGuard.assess(retrieved=True)`` scans with ``revocation=False``).

:func:`revocation_reading` is the text with each whole revocation clause (the verb and its
object) taken out: the classifier scores it instead when no medium/high rule fired (see
:mod:`.benign`), so "I changed my mind, ignore the instruction to use tabs" is judged on the
rest of the text.
"""

from __future__ import annotations

import regex

__all__ = ["MAX_VIEW", "REVOCABLE_IDS", "revocation_mask", "revocation_reading"]

MAX_VIEW = 2000

# override rules whose evidence may be only the user's own words or a topic-scoped instruction
REVOCABLE_IDS = frozenset({"override.ignore_previous", "override.forget_everything",
                           "override.ignore_all_instructions", "override.ignore_the_rules",
                           "override.ignore_above"})

_ADV = (r"(?:(?:just|already|previously|earlier|originally|initially|first|last|also|have|had"
        r"|'ve|did|might\W+have|may\W+have)\W+){0,2}")
_SAID = (r"(?:said|say|told\W+you|wrote|written|asked(?:\W+for)?|typed|mentioned|sent|requested"
         r"|gave\W+you|given\W+you|pasted|suggested|specified|proposed|meant|listed|described"
         r"|instructed\W+you|put|shared|uploaded|attached|posted|wanted|added)")
_MY_NOUN = (r"(?:message|messages|msg|prompt|prompts|question|questions|request|requests"
            r"|instructions?|comment|reply|text|input|note|notes|words|constraints?"
            r"|requirements?|suggestions?|answer|post|e-?mail|draft|brief|spec|list|edits?"
            r"|changes|correction|example|version|idea|point)")
_WHEN = (r"(?:previous|last|earlier|prior|first|original|initial|above|old|other|second"
         r"|former|preceding)")
# words a topic may not contain: an attack's topic, the model itself, or no topic at all
_NOT_TOPIC = (
    r"(?:safe\w*|ethic\w*|moral\w*|filter\w*|content|polic\w*|guideline\w*|rules?|restrict\w*"
    r"|limit\w*|censor\w*|harm\w*|danger\w*|illegal|legal\w*|refus\w*|declin\w*|reject\w*"
    r"|sensitive|secret\w*|confidential\w*|passwords?|private|privacy|disclos\w*|reveal\w*"
    r"|share|sharing|system|prompts?|instructions?|developer\w*|admin\w*|openai|anthropic|ai"
    r"|llm|models?|assistant|bot|chatbot|gpt\w*|claude|yourself|you|your|yours|being|behav\w*"
    r"|persona\w*|character|roles?|identity|task|tasks|conversation|chat|session|everything"
    r"|anything|all|any|what|how|who|whom|why|which|not|never|no|don'?t|avoid\w*|only|stay"
    r"|keep|above|below|following|previous|earlier|user|users|me|us|jailbr\w*|mode|modes"
    r"|output|respond\w*|responses?|answers?|reply|replies|tell|say|speak|talk|reveal|print"
    r"|repeat|data|keys?|tokens?|credentials?|boundar\w*|guardrails?|training|trained"
    r"|programm\w*|directives?|orders|commands?|obey\w*|follow\w*|comply\w*|it|this|that"
    r"|these|those)")
_TOPIC_WORD = rf"(?!{_NOT_TOPIC}\b)[a-z][a-z'-]{{1,24}}"
_TOPIC = (rf"(?:(?:the|my|our|this|that|a|an)\W+)?{_TOPIC_WORD}(?:\W+{_TOPIC_WORD}){{0,3}}"
          r"(?=\W*(?:[,.;:!?)]|\band\b|\bbut\b|\bso\b|\bthen\b|\bjust\b|\n|$))")
_ORDER_NOUN = (r"(?:instructions?|constraints?|rules|requirements?|directions?|guidance"
               r"|specifications?|notes|advice|requests?|limits?)")

_OBJECT = regex.compile(
    # the user's own words
    rf"\b(?:what(?:ever)?|everything|anything|all(?:\W+(?:of\W+)?(?:that|what))?)\W+(?:that\W+)?"
    rf"i\W+{_ADV}{_SAID}\b"
    rf"|\bmy\W+(?:own\W+)?(?:{_WHEN}\W+)?(?:\w+\W+)?{_MY_NOUN}\b"
    rf"|\bthe\W+{_WHEN}\W+(?:\w+\W+)?{_MY_NOUN}\W+(?:that\W+|which\W+)?i\W+{_ADV}{_SAID}\b"
    # an earlier instruction narrowed to an everyday topic
    rf"|\b(?:(?:all|any)\W+(?:of\W+)?)?(?:the\W+|those\W+|these\W+)?(?:{_WHEN}\W+)?"
    rf"{_ORDER_NOUN}\W+(?:about|on|regarding|concerning|re|for|around)\W+{_TOPIC}"
    rf"|\bthe\W+(?:{_WHEN}\W+)?(?:instruction|constraint|rule|requirement|request)\W+(?:to|that"
    rf"\W+i\W+\w+)\W+{_TOPIC}")

# what makes the text an attack whatever it revokes
_ATTACK = regex.compile(
    r"\b(?:you\W+are\W+now|you'?re\W+now|from\W+now\W+on|act(?:ing)?\W+as|pretend\w*"
    r"|role-?play\w*|persona\w*|jailbr\w*|developer\W+mode|god\W+mode"
    r"|unrestricted|uncensored|unfiltered|unlimited|no\W+longer\W+bound|not\W+bound"
    r"|no\W+(?:rules|restrictions|limits|limitations|filters|boundaries|censorship|guidelines"
    r"|ethics|morals)|without\W+(?:any\W+)?(?:rules|restrictions|limits|limitations|filters"
    r"|censorship|guidelines|ethics|morals)"
    r"|your\W+(?:\w+\W+)?(?:rules|guidelines|instructions|prompt|programming|training|polic\w+"
    r"|restrictions|filters|directives|constraints|guardrails|configuration|settings|creators?"
    r"|developers?|system|limits|limitations|ethics|morals|values|principles)"
    r"|system\W+(?:prompt|message|instructions?)|(?:initial|hidden|secret|internal|original"
    r"|pre)\W*(?:prompt|instructions)"
    r"|(?:what|everything|all|anything)\W+(?:that\W+)?you\W+(?:were|have\W+been|'?ve\W+been"
    r"|was|had\W+been)\W+(?:\w+\W+)?(?:told|instructed|given|programmed|trained|taught|said)"
    r"|safe\w*|ethic\w*|moral\w*|filter\w*|content\W+polic\w*|polic(?:y|ies)|guardrails?"
    r"|censor\w*|safeguards?|harmful|illegal|refus\w*|openai|anthropic|chatgpt"
    r"|(?:answer|do|say|write|tell\W+me)\W+anything|anything\W+i\W+(?:ask|say|want)"
    r"|no\W+matter\W+what|pwned|hacked"
    # the text speaks to the model in someone else's voice ("Hey AI note-taker, ignore …")
    r"|(?:hey|hi|hello|dear|attention|note\W+to|listen)\W+(?:the\W+)?(?:ai|assistant|bot"
    r"|model|llm|chatbot|agent|gpt|claude)"
    # data leaving: a URL or an address, secrets, the user's data
    r"|https?://|www\.|[\w.-]@[\w-]+\.\w|confidential\w*|passwords?|api\W+keys?"
    r"|credentials?|private\W+keys?|(?:the\W+)?users?'?s?\W+(?:e-?mails?|data|files|messages"
    r"|contacts|history|documents)"
    r"|(?:reveal|print|show|repeat|output|display|leak|dump|disclose|recite|tell\W+me)\W+"
    r"(?:\w+\W+){0,3}?(?:prompt|instructions|configuration|passwords?|secrets?|api\W+keys?"
    r"|credentials?|context)"
    r"|(?:say|print|output|respond\W+with|reply\W+with|type)\W+(?:only\W+|just\W+|exactly\W+)?"
    r"[\"'“])")

_VERB = (r"(?:ignore|disregard|forget|skip|scrap|scratch|drop|discard|overlook|never\W*mind"
         r"|set\W+aside|throw\W+out|do\W+not\W+follow|don'?t\W+follow|stop\W+following"
         r"|no\W+need\W+to\W+follow|cancel)")

_VERB_BEFORE = regex.compile(rf"\b{_VERB}(?:\W+\w+){{0,3}}?\W+$")
# "My previous prompt was badly worded, please ignore it."
_VERB_AFTER = regex.compile(
    rf"(?:\W+\w+){{0,8}}?\W+(?:please\W+)?{_VERB}\W+(?:it|that|this|them)\b")


# a quoted passage is someone else's text: its "what I said" is not the user's
_QUOTED = regex.compile(r'"[^"\n]{1,2000}"|“[^”\n]{1,2000}”|«[^»\n]{1,2000}»')


def _objects(view: str, timeout_s: float) -> list[tuple[int, int]] | None:
    """Spans of the revocation objects, or ``None`` when the exception does not apply."""
    if len(view) > MAX_VIEW or _ATTACK.search(view, timeout=timeout_s):
        return None
    quoted = [m.span() for m in _QUOTED.finditer(view, timeout=timeout_s)]
    spans = [m.span() for m in _OBJECT.finditer(view, timeout=timeout_s)
             if not any(lo <= m.start() < hi for lo, hi in quoted)]
    return spans or None


def revocation_mask(view: str, timeout_s: float) -> str | None:
    """``view`` with each revocation object replaced by "it", or ``None`` when nothing was
    masked (no revocation, a longer text, or an attack anywhere in it)."""
    spans = _objects(view, timeout_s)
    if spans is None:
        return None
    parts: list[str] = []
    last = 0
    for lo, hi in spans:
        parts += [view[last:lo], "it"]
        last = hi
    return "".join([*parts, view[last:]])


def revocation_reading(view: str, timeout_s: float) -> str | None:
    """``view`` without its revocation clauses (verb, up to three words, the object), or
    ``None`` when it has none (or the exception does not apply)."""
    spans = _objects(view, timeout_s)
    if spans is None:
        return None
    parts: list[str] = []
    last = 0
    found = False
    for lo, hi in spans:
        if lo < last:
            continue
        before = _VERB_BEFORE.search(view, max(last, lo - 60), lo, timeout=timeout_s)
        after = _VERB_AFTER.match(view, hi, min(len(view), hi + 100), timeout=timeout_s)
        if before is None and after is None:
            continue
        parts += [view[last:before.start() if before is not None else lo], " "]
        last = after.end() if after is not None else hi
        found = True
    return "".join([*parts, view[last:]]) if found else None
