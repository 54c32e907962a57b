"""The system prompt of the user's own code is no prompt leak (fourteenth session, issue 3).

"def system_prompt() -> str: \"\"\"Return the system prompt for the support bot.\"\"\" … How can
I load this from a YAML file instead?", "Print the system prompt variable in my Flask app for
debugging, how?" name a system prompt that is a value in the user's program. The prompt-leak
rules ("return / print the system prompt") and the classifier blocked them. :func:`app_prompt`
reads such a text with each "system prompt" (and ``system_prompt`` / ``SystemPrompt``
identifiers) replaced by a neutral word, and says it only names the program's value when:

- it is the user's input, short (``MAX_VIEW``), and the system prompt is a program's value: an
  identifier (``system_prompt``, ``SYSTEM_PROMPT``, ``get_system_prompt``, ``systemPrompt``)
  or "system prompt" followed by variable, field, parameter, argument, attribute, key,
  string, constant, env var, template, file, config, column or property;
- the program is the user's: "my / our" app, code, project, script, bot, function … or the
  value is defined in the text (``def system_prompt``, ``SYSTEM_PROMPT = …``); a bare
  ``print(SYSTEM_PROMPT)`` or "Print the system prompt variable." is read as before;
- nothing addresses the model or asks it to run the code: no "you" (other than "can / could /
  would / do / will you"), "your", "yourself", "this assistant / chat / conversation /
  session", "above", "verbatim", "word for word", "run", "execute", "eval", "output",
  "result", "what does it print / return", an override or persona word, nor names the
  prompt as the answering model's ("given to the model", "the one the assistant got", "the
  model answering me", "before my message", "this reply", "at the top here", "currently
  governing", "word by word": review of s14, each was allowed);
- with the terms replaced, no medium or high rule fires.
"""

from __future__ import annotations

from collections.abc import Callable

from .lazy_regex import lazy
from .mentions import Mention, rescanned
from .rules import SCAN_BUDGET_S, RuleScan, scan

__all__ = ["app_prompt"]

MAX_VIEW = 2000
_NEUTRAL = "setting"

_IDENT = lazy(r"(?<![\w-])(?:[a-z_]\w*_)?system_?prompts?(?:_\w+)?(?!\w)"
                       r"|(?<!\w)(?:get|set|load|build|make)?systemprompts?(?!\w)")
_VALUE = lazy(
    r"\bsystem\W+prompts?\W+(?:\w+\W+)?(?:variables?|fields?|param(?:eter)?s?|arguments?"
    r"|args?|attributes?|keys?|strings?|constants?|env(?:ironment)?\W*(?:var\w*)?|templates?"
    r"|files?|config\w*|columns?|propert(?:y|ies))\b")
_TERM = lazy(r"\bsystem\W+prompts?\b")
# the program is the user's: "my Flask app", "our bot's code", or the value is defined here
_OWN = lazy(
    r"\b(?:my|our)\W+(?:[\w'-]+\W+){0,2}?(?:app|application|code|codebase|project|script"
    r"|program|service|api|backend|frontend|server|bot|chatbot|function|class|module|repo"
    r"|flask|django|fastapi|config|pipeline|agent|tests?|notebook|package|library)\b"
    r"|\b(?:def|class|function|const|let|var|public|private)\W+\w*system_?prompt"
    r"|(?<!\w)\w*system_?prompt\w*[ \t]*(?::[ \t]*\w+[ \t]*)?=(?!=)")
_VOID = lazy(
    r"\b(?<!(?:can|could|would|do|will)\W+)you\b|\byour(?:s|self)?\b|\bu\b|\bur\b"
    r"|\b(?:this|the\W+current|our)\W+(?:assistant|chat\w*|conversation|session|thread|model"
    r"|ai|bot|gpt)\b|\babove\b|\bverbatim\b|\bword\W+for\W+word\b|\brun\w*\b|\bexecut\w*"
    r"|\beval\b|\boutputs?\b|\bresults?\b|\bwhat\W+(?:does|would|will)\W+(?:it|this|that)\W+"
    r"(?:print|return|show|say)\b|\b(?:ignor|disregard|forget|bypass|overrid|pretend|act\W+as"
    r"|jailbr|dan\b|developer\W+mode|reveal|leak|dump|expos)\w*"
    # the prompt of the model answering (review of s14): "given to the model", "the one the
    # assistant got", "the model answering me", "before my message", "this reply", "at the top
    # here", "currently governing", "word by word"
    r"|\b(?:given|loaded|passed|sent|fed|provided|handed)\W+to\W+(?:the|this|that)\W+(?:model"
    r"|assistant|ai|bot|chatbot|llm|gpt)\b|\bthe\W+(?:model|assistant|ai|bot|chatbot|llm|gpt)"
    r"\W+(?:(?:that|which|who)\W+)?(?:got|gets|received|was\W+given|has|is\W+using|uses"
    r"|answering|replying|responding|reading|talking)\b|\b(?:before|above|preceding|precedes?"
    r"|prior\W+to|ahead\W+of)\W+(?:my|this|the\W+(?:first|current))\W+(?:\w+\W+)?(?:message"
    r"|request|question|prompt|turn|input)\b|\bthis\W+(?:reply|request|message|answer|response"
    r"|turn)\b|\bat\W+the\W+top\W+(?:here|of\W+(?:this|the)\W+(?:chat|conversation))\b"
    r"|\bcurrently\W+(?:\w+\W+)?(?:governing|loaded|active|in\W+use|used|applied|running)\b"
    r"|\bword\W+by\W+word\b|\bline\W+by\W+line\b")


def app_prompt(view: str, found: RuleScan, timeout_s: float,
               scan_fn: Callable[..., RuleScan] = scan, *,
               budget_s: float = SCAN_BUDGET_S) -> Mention | None:
    """A :class:`.mentions.Mention` when ``view`` (the user's input) names the system prompt
    of the user's own program, else ``None`` (``found``: the rules' scan of the whole text)."""
    if (len(view) > MAX_VIEW or found.timed_out
            or any(h.category in ("encoded_payload", "data_exfiltration") for h in found.hits)):
        return None
    if (_IDENT.search(view, timeout=timeout_s) is None
            and _VALUE.search(view, timeout=timeout_s) is None):
        return None
    if (_OWN.search(view, timeout=timeout_s) is None
            or _VOID.search(view, timeout=timeout_s) is not None):
        return None
    rest = _TERM.sub(_NEUTRAL, _IDENT.sub(_NEUTRAL, view, timeout=timeout_s), timeout=timeout_s)
    return rescanned(rest, found, timeout_s, scan_fn, budget_s)
