"""The classifier's score read as retrieved text (fourteenth session, issue 3).

The shipped classifier learnt injection from user prompts, where "ignore", "instructions",
"override", "password" and "you must" are an attacker's words. In a tool result or a document
the same words are everyday: an HR e-mail's "you must complete the training", a man page's
"--force  Ignore nonexistent files", a meeting note's "ignore the earlier draft", a changelog's
"removed the old instructions file". What makes retrieved text an injection is a sentence that
*addresses the AI reader* with an order: one that names the assistant, the model or the user it
serves, the conversation or the answer, or asks for an agent's action (send, forward, transfer,
delete, invite …) on the user's data.

:func:`retrieved_reading` reads the classifier's score of a retrieved text that no medium or
high rule flagged (the guard calls it from :func:`.benign.benign_score` with ``own=False``):

- with no reader cue (:data:`READER_CUE`) anywhere in the text, the score is capped at
  :data:`NO_CUE_CAP` (below the default threshold, inside the default judge band: a configured
  judge still decides);
- with cues, in a text longer than one classifier window, the score is that of the windows
  centred on the cues (at most :data:`MAX_CUE_WINDOWS`), never more than the text's own: the
  classifier's worst window elsewhere in a long document (a security article's discussion, a
  policy's "must") does not count.

It only lowers the score, and only for retrieved text: user input is read as before.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from ... import _deadline
from .classifier import WINDOW, window_starts
from .lazy_regex import compile_seconds, lazy

__all__ = ["IBAN", "NO_CUE_CAP", "READER_CUE", "reader_cues", "retrieved_reading",
           "template_values"]

NO_CUE_CAP = 0.6

# an IBAN as the view has it (fifteenth session): the view reads a digit touching a letter as
# the letter it imitates, so the check digits of "GB33BUKB…" are "gbee", of "DE44 5001…"
# "deaa"; a country code, two check digits (folded or not), then 11 to 30 letters and digits
# (groups of four may be spaced) holding at least six digits. The earlier cue
# ("[a-z]{2}\d{2}…") never matched a folded IBAN, nor an unspaced one whose length is not
# 4 + a multiple of 4 (GB: 22 characters)
_IBAN_CC = ("ad|ae|al|at|az|ba|be|bg|bh|br|by|ch|cr|cy|cz|de|dk|do|ee|eg|es|fi|fo|fr|gb|ge|gi"
            "|gl|gr|gt|hr|hu|ie|il|iq|is|it|jo|kw|kz|lb|lc|li|lt|lu|lv|ly|mc|md|me|mk|mr|mt|mu"
            "|nl|no|pk|pl|ps|pt|qa|ro|rs|sa|sc|se|si|sk|sm|st|sv|tl|tn|tr|ua|va|vg|xk")
IBAN = (rf"\b(?:{_IBAN_CC})[\doieast]{{2}}(?=(?:[ ]?[a-z]{{0,7}}[ ]?\d){{6}})"
        r"(?:[ ]?[a-z\d]{1,4}){3,8}\b")

_AI = (r"(?:ai|a\.i\.|artificial\W+intelligence|assistants?|chat\W?bots?|bots?|llms?|models?"
       r"|gpt[\w.-]*|chatgpt|claude|gemini|copilot|bard|siri|alexa|agents?|summari[sz]ers?"
       r"|crawlers?|robot|automated\W+(?:\w+\W+)?(?:readers?|systems?|tools?|software"
       r"|screening|analy\w+|process\w*|agents?|assistants?|reviewers?))")
# an AI reader addressed (a vocative or a header), told what it must do, or named by what it
# is doing to this text; an AI merely talked about ("the chatbot on your site told me", "hidden
# text aimed at AI assistants", "the assistant now streams its answers") is no address
_TO_AI = (rf"\b{_AI}\b(?<=(?:^|[\n.!?;(\[{{<\-*'\"]|\b(?:hey|hi|hello|dear|attention|psst|ok|okay"
          rf"|yo|to|for|you))[^\w\n]{{0,3}}(?:(?:the|any|all|every|an?|dear|our|my|this|each)"
          rf"\W{{1,3}})?(?:(?!(?:the|an?|any|all|this|that|your|my|our)\b)\w+[ \t]+){{0,2}}?{_AI})"
          rf"(?:(?:[ \t]+\w+)?[ \t]*[,:!\-\]]|\W+(?:\w+ing|that|which|who|with\W+access)\b)"
          rf"|\b{_AI}\W+(?:\w+\W+){{0,3}}?(?:must|should|shall|will|needs?\W+to|has\W+to|have\W+to"
          rf"|is\W+(?:to|required|instructed|asked|expected|allowed|authori[sz]ed|granted|hereby)"
          rf"|are\W+(?:to|required|instructed|asked|expected|allowed|authori[sz]ed|granted|hereby)"
          rf"|(?:may|can)\W+now|reading|processing|summari[sz]ing|that\W+reads?|which\W+reads?"
          rf"|who\W+reads?)\b|\bif\W+you\W+(?:are|re)\W+(?:\w+\W+){{0,3}}?{_AI}\b"
          rf"|\bif\W+(?:an?|the|any|some)\W+(?:\w+\W+)?{_AI}\b"
          r"|\b(?:response|answer|reply|summary|output)s?\W+you\W+(?:give|write|produce|provide"
          r"|generate|send|return)\b|\b(?:person|people|human|customer|user|one)\W+you\W?(?:re"
          r"|\W+are)\W+(?:chatting|talking|speaking|helping|assisting|serving)\b"
          rf"|\byou\W+(?:are|re)\W+(?:an?\W+)?(?:\w+\W+)?{_AI}\b|\byou\W+the\W+{_AI}\b")
_OWN = (r"(?:instructions?|directions|directives|tasks?|prompts?|rules|guidelines|programming"
        r"|orders|goals?|objectives?|mission|job|role|persona|responses?|reply|replies|answers?"
        r"|outputs?|summary|summaries|context|memory|settings|policy|policies|restrictions"
        r"|filters?|training|creators?|developers?|operators?)")
_VERB_OUT = (r"(?:say|print|output|repeat|reply|respond|answer|write|return|state|type|echo"
             r"|report|complete|finish|continue)")
# what an agent acts on for its user: mail, files, money, accounts, the answer
_THING = (r"(?:e-?mails?|messages?|files?|documents?|contents?|data|information|info|details"
          r"|passwords?|passcodes?|credentials|keys?|tokens?|codes?|secrets?|transactions?"
          r"|money|funds|payments?|\$\s?\d[\d,.]*|links?|users?|accounts?|channels?|workspace"
          r"|websites?|calendar|events?|meetings?|reservations?|bookings?|contacts?|inbox"
          r"|drive|cloud|history|balance|iban|cards?|address|numbers?|attachments?|folders?"
          r"|tickets?|incidents?|alerts?|cases|orders?|refunds?|reviews?|ratings?|candidates?|applicants?|pull\W+requests?"
          r"|commits?|repositor\w+|database|records?|profiles?|permissions?|access"
          r"|rights|owners?|admins?|firewall|server|shell|commands?|scripts?|packages?)")
# a topic after "instructions" makes them someone's instructions about something, not the model's
_TOPIC = (r"(?!\W+(?:for|about|on|by|regarding|concerning|in|at|to|from|of|file|files|manual"
          r"|booklet|leaflet|sheet|page|document|doc|docs|card|video)\b)")
_INSTR = r"(?:instructions|directions|directives|prompts?|context|commands)"
_AGENT_VERB = (r"(?:send|e-?mail|forward|transfer|wire|pay|share|upload|post|delete|erase"
               r"|remove|wipe|cancel|invite|grant|add|create|schedule|book|reserve|make|change"
               r"|reset|update|modify|edit|install|run|execute|download|visit|click|open|rename"
               r"|move|copy|export|approve|reject|accept|mark|close|buy|purchase|order|get"
               r"|collect|gather|extract|retrieve|fetch|find|read|list|concatenate|reveal"
               r"|disclose|leak|give|include|insert|append|replace|switch|set|rate|score|rank"
               r"|refund|issue|publish|subscribe|follow|contact|call|dm)")
_LEAD = (r"(?:^|[\n.!?:;'\"`>*\-\])][^\w\n]{0,4}|\b(?:please|now|then|also|and|first|just"
         r"|immediately|must|should|shall|will|always|only|instead)[ \t]+"
         r"|\b(?:need|have|has|ought)[ \t]+to[ \t]+)")
READER_CUE = lazy(
    # an AI reader named, or the model's own things
    rf"{_TO_AI}|(?<![-_])\bsystem[\W_]{{0,3}}(?:message|notice|note|instruction|override|update"
    r"|alert|:)|\b(?:your|the|my)\W+system\W+prompt\b(?!\W+(?:template|file|field|flag|param"
    r"|variable|option|setting))|\btodo\W{0,3}:|#{3}|\[/?(?:inst|system|admin)|<\|?/?(?:system|im_start|inst)"
    r"|\bthe\W+users?\b|\buser'?s\b|\b(?:this|the)\W+(?:conversation|chat|dialog(?:ue)?"
    rf"|session)\b|\byour\W+(?:\w+\W+)?{_OWN}\b{_TOPIC}"
    r"|\b(?:previous|prior|above|earlier|preceding|following|original|initial|all|any)"
    rf"\W+{_INSTR}\b{_TOPIC}|\byou\W+(?:were|have\W+been|had\W+been)\W+(?:told|instructed|asked"
    r"|given|programmed|trained)\b"
    r"|\b(?:the|everything|anything|text|content|information)\W+(?:above|below)\b"
    r"|\b(?:ignore|disregard|forget|override|bypass|skip|drop|abandon)\W+(?:all\W+|any\W+"
    r"|the\W+)?(?:(?:previous|prior|above|preceding|earlier)\b(?!\W+(?!instructions|directions"
    r"|prompts?|messages?|context|text|content|commands|rules)[a-z])|everything|(?:the\W+)?rest"
    r"|(?:all\W+)?(?:negative|other|remaining))\b|\b(?:ignore|disregard|forget)\W+(?:all\W+"
    r"|any\W+)?(?:instructions|your\W+(?:previous|prior|earlier|above|original|initial|old"
    r"|current))\b"
    # orders on the answer, the reader's task, personas
    rf"|\b(?<={_LEAD}){_VERB_OUT}\W+(?:only|exactly|just|with|back|verbatim|in\W+full|that|the\W+(?:word"
    r"|words|text|phrase|sentence|following|above|string|message|code)|this|a\W+\w+\W+"
    r"(?:sentence|word|message|story|poem|joke)|one\W+\w+|[\"'`<:])"
    r"|\b(?:when|while|if|before|after|as|whenever)\W+(?:you\W+)?(?:are\W+)?(?:summari[sz]"
    r"|read|process|pars|answer|respond|reply|translat|paraphras|continu|proceed|review"
    r"|analy[sz]|scan|evaluat|rank|rat|screen|handl|generat|writ|describ|consider|solv|complet"
    r"|question|ask)\w*"
    r"|\bif\W+you\W+are\b|\bif\W+(?:the\W+)?(?:user|anyone|someone|asked|questioned)\b"
    r"|\b(?:whoever|anyone|anybody)\W+(?:who\W+|that\W+)?(?:is\W+)?(?:read|process|handl|pars"
    r"|summari[sz]|review|screen|analy[sz]|answer|respond|receiv|see|open)\w*\W+(?:this|the)\b"
    r"|\breaders?\W+of\W+this\b|\bin\W+your\W+(?:\w+\W+)?(?:reply|answer|response|summary"
    r"|output|message|next)\b|\byou\W+(?:are\W+now|will\W+now|now\W+(?:are|must|have)"
    r"|must\W+now|should\W+now|are\W+no\W+longer|have\W+been\W+(?:granted|given|updated"
    r"|authori[sz]ed|instructed|reprogrammed)|need\W+to\W+(?:drop|stop|forget|ignore))\b"
    r"|\bfrom\W+(?:now|here|this\W+point)\W+on\W+(?:\w+\W+){0,2}?(?:you|your|answer|respond"
    r"|reply|say|speak|write|act|only|always|never|ignore|forget)\b|\bgoing\W+forward\b|\bhenceforth\b"
    r"|\bact\W+as\b|\bpretend\b|\brole\W?play|\bjailbr|\bdeveloper\W+mode\b"
    r"|\bnew\W+(?:task|goal|role|identity|objective|job|purpose|mission|instructions?|directive"
    rf"|persona)\b{_TOPIC}|\bstop\W+what\W+you\b|\bdo\W+not\W+(?:mention|tell|reveal|say|inform"
    r"|disclose|warn|alert|notify)\b|\bwithout\W+(?:mentioning|telling|informing|asking"
    r"|notifying)\b|\bsilently\b|\bquietly\b|\bsecretly\b|\bimportant\b"
    r"|\bcritical\b|\battention\b|\bnote\W+(?:to|for|by)\b|\bp\.?s\.?\W|\bfocus\W+(?:only"
    r"|exclusively|solely)\b|\bnot\W+malicious\b|\b(?:highly\W+)?recommended\W+for\b"
    # an agent's action on the user's data or money
    rf"|\b(?<={_LEAD}){_AGENT_VERB}[ \t]+(?:[\w'-]+[ \t]+){{0,5}}?{_THING}\b"
    rf"|\b{_AGENT_VERB}\s+(?:\S+\s+){{0,10}}?['\"<(]?(?:https?:|www\.|[\w.+-]+@[\w-]+\.)"
    rf"|{IBAN}"
    # review of s14: "ignore whatever OpenAI told you", "New rule for translators: insert …
    # into every output"
    r"|\b(?:ignore|disregard|forget)\W+whatever\b|\b(?:openai|anthropic|google|microsoft|meta)"
    r"\W+(?:\w+\W+)?(?:told|instructed|asked|trained|programmed)\W+you\b|\bnew\W+(?:rule|guideline"
    r"|policy|instruction|directive)s?\W+for\W+(?:all\W+|any\W+|the\W+)?(?:translators?"
    r"|summari[sz]ers?|readers?|assistants?|writers?|reviewers?|models?|agents?)\b"
    r"|\binto\W+(?:every|each|all)\W+(?:\w+\W+)?(?:outputs?|translations?|answers?|responses?"
    r"|replies|summar(?:y|ies))\b"
    r"|\b(?:i\W+am|this\W+is)\W+(?:your|the)\W+(?:\w+\W+)?(?:developer|creator|operator|owner"
    r"|admin\w*|boss|supervisor|manager|user)\b|\bi\W+(?:authori[sz]e|order|command|instruct"
    r"|allow)\W+you\b|\bi\W+(?:gave|give)\W+you\b|\byou\W+(?:can|may)\W+(?:now|finally)\b"
    # earlier instructions declared void (the letter-shaped attacks of the exception-abuse
    # reviews; a benign letter that revokes instructions keeps its classifier score), what the
    # reader was told before, the reader's summary dictated
    r"|\binstructions?\b(?:\W+\w+){0,6}?\W+(?:(?:are|is)\W+)?(?:no\W+longer\W+(?:valid|apply"
    r"|applies|applicable|relevant|stand)|obsolete|outdated|void|null|superseded|revoked"
    r"|cancell?ed|invalid)\b|\binstructions\W+you\W+(?:received|got|were\W+given"
    r"|have\W+(?:received|been\W+given))\b|\bsummar\w*\W+(?:this|the)\W+(?:e-?mail|message"
    r"|thread|ticket|letter|note|document)\W+as\b|\b(?:everything|anything|all)\W+(?:\w+\W+)"
    r"{0,2}?(?:said|written|stated|sent)\W+(?:before|earlier|previously|above)\b"
    r"|\bbefore\W+this\W+(?:line|point|message|sentence|note)\b"
    # a question or an order about the model's hidden setup
    r"|\b(?:are|were)\W+you\W+(?:not\W+)?(?:supposed|allowed|permitted|told)\b|\bsystemprompt\b"
    r"|\b(?:administrator|admin|developer|operator)\W+override\b"
    r"|\b(?:output|print|show|display|reveal)\W+(?:\w+\W+)?(?:initiali[sz]ation|configuration"
    r"|config)\b")


_ESCAPED = lazy(r"\\[nrt]")
# the first token of every alternative of READER_CUE: the cue regex is tried only where one
# starts (a plain search tries its 58 alternatives at every offset: ~15 us a character)
_FIRST = re.compile(  # stdlib re: a plain alternation of words, several times faster here
    rf"\b(?:ai|a\.i|artificial|assistants?|chat|bots?|llms?|models?|gpt|claude|gemini|copilot"
    rf"|bard|siri|alexa|agents?|summari[sz]ers?|crawlers?|robot|automated|{_VERB_OUT}"
    rf"|{_AGENT_VERB}|if|you|system|your|the|my|todo|users?|this|previous"
    r"|prior|above|earlier|preceding|following|original|initial|all|any|everything|anything|text"
    r"|content|information|ignore|disregard|forget|override|bypass|skip|drop|abandon|when|while"
    r"|before|after|as|whenever|whoever|anyone|anybody|readers?|in|from|going|henceforth|act"
    r"|pretend|role|jailbr|developer|new|stop|do|without|silently|quietly|secretly|important"
    rf"|critical|attention|note|p\.?s|focus|not|highly|recommended|i|(?:{_IBAN_CC})[\doieast]{{2}}"
    r"|response"
    r"|openai|anthropic|google|microsoft|meta|into"
    r"|answer|reply|summary|output|person|people|human|customer|user|one|are|were|systemprompt"
    r"|administrator|admin|operator|print|show|display|reveal|instructions?|summar\w*)"
    r"|#{3}|\[|<")
_CHECK_EVERY = 64  # candidates between two looks at the clock


def reader_cues(view: str, timeout_s: float) -> list[int]:
    """Offsets in ``view`` (the case-folded normalised view) of the cues of a reader address
    (escaped line breaks, as in JSON or YAML tool output, read as spaces)."""
    flat = _ESCAPED.sub("  ", view, timeout=timeout_s)
    until = time.perf_counter() + timeout_s
    compiling = compile_seconds()  # time compiling READER_CUE on its first use is not its
    out: list[int] = []
    for n, c in enumerate(_FIRST.finditer(flat)):
        if not n % _CHECK_EVERY and (
                time.perf_counter() - (compile_seconds() - compiling) > until):
            raise TimeoutError("reader cues")
        at = c.start()
        if (not out or out[-1] != at) and READER_CUE.match(flat, at, timeout=timeout_s):
            out.append(at)
    return out


# (twentieth session) a prompt template's text: a string literal (or a YAML block) that is the
# value of a prompt identifier in code or config ("SYSTEM_PROMPT = \"\"\"You are Marlow …\"\"\"",
# "system_prompt: >", '"system": "You are a tutor …"', "REVIEWER_PROMPT = `…`", a Modelfile's
# 'SYSTEM """…"""', 'assert "…" in SYSTEM_PROMPT'). Its "you are …, you must …" addresses the
# template's model, not the reader: :func:`template_values` blanks it before the cues are looked
# for (the classifier still scores the whole text; a rule still reads it)
_LITERAL = (r'(?:"""[\s\S]{0,4000}?"""|\'\'\'[\s\S]{0,4000}?\'\'\'|"(?:[^"\\\n]|\\.){0,2000}"'
            r"|'(?:[^'\\\n]|\\.){0,2000}'|`[^`]{0,4000}`)")
_TEMPLATE = lazy(
    rf"(?P<id>[\"']?[\w.-]{{1,60}}[\"']?)[ \t]*(?P<op>==|:=|=|:|\()[ \t]*\(?[ \t]*"
    rf"(?:[rfbu]{{1,2}})?(?P<lit>{_LITERAL})"
    r"|(?P<yid>[\w.-]{1,60})[ \t]*:[ \t]*[|>][-+]?[ \t]*\n(?P<block>(?:[ \t]+[^\n]*(?:\n|$))+)"
    r'|(?:^|(?<=\n))system[ \t]+(?P<mf>"""[\s\S]{0,4000}?""")'
    r"|(?P<cmp>\"(?:[^\"\\\n]|\\.){0,300}\"|'(?:[^'\\\n]|\\.){0,300}')[ \t]+(?:not[ \t]+)?in[ \t]+"
    r"(?P<cid>[\w.]{1,60})")
_PROMPT_WORD = re.compile(r"prompt|template|instruction|preamble|persona|system")


def _prompt_id(name: str, op: str) -> bool:
    """``name`` is a prompt identifier written as code: a prompt word in a quoted key, a
    snake_case / dotted name, or any name assigned (``=``) or called (``(``), not a prose
    header's "Instructions:"."""
    bare = name.strip("\"'")
    return (_PROMPT_WORD.search(bare) is not None
            and (bare != name or "_" in bare or "." in bare or op in ("=", ":=", "==", "(")))


def template_values(view: str, timeout_s: float) -> str:
    """``view`` with each prompt template's text (see :data:`_TEMPLATE`) blanked (spaces; line
    breaks and offsets kept)."""
    spans: list[tuple[int, int]] = []
    for m in _TEMPLATE.finditer(view, timeout=timeout_s):
        if m["lit"] is not None and _prompt_id(m["id"], m["op"]):
            spans.append(m.span("lit"))
        elif m["block"] is not None and _prompt_id(m["yid"], ":") and "_" in m["yid"]:
            spans.append(m.span("block"))
        elif m["mf"] is not None:
            spans.append(m.span("mf"))
        elif m["cmp"] is not None and _prompt_id(m["cid"], "("):
            spans.append(m.span("cmp"))
    if not spans:
        return view
    chars = list(view)
    for lo, hi in spans:
        chars[lo:hi] = [c if c == "\n" else " " for c in view[lo:hi]]
    return "".join(chars)


def retrieved_reading(view: str, clf_score: float, score: Callable[[str], float],
                      timeout_s: float) -> float:
    """The classifier's score ``clf_score`` of the retrieved text ``view``, read as retrieved
    text (see the module docstring); ``score`` scores a text. Never more than ``clf_score``;
    on a match timeout or once the running guard's deadline has passed, ``clf_score``."""
    try:
        cues = reader_cues(template_values(view, timeout_s), timeout_s)
    except TimeoutError:
        return clf_score
    if not cues:
        return min(clf_score, NO_CUE_CAP)
    if len(view) <= WINDOW:
        return clf_score
    best = 0.0
    at = 0
    for lo in window_starts(len(view)):  # the classifier's own windows that hold a cue
        while at < len(cues) and cues[at] < lo:
            at += 1
        if at == len(cues) or cues[at] >= lo + WINDOW:
            continue
        left = _deadline.time_left()
        if left is not None and left <= 0.0:
            return clf_score
        best = max(best, score(view[lo:lo + WINDOW]))
        if best >= clf_score:
            return clf_score
    return min(clf_score, best)
