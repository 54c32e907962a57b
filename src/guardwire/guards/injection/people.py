"""A letter to people is no order to the model (ninth session of 2026-12-07).

E-mails, notices and memos tell *people* about new instructions, passwords and access: "Subject:
New instructions for the warehouse ⏎ Hi all, ignore the old bin labels …", "Dear customer, your
new instructions for the portal are below. Ignore any previous letters …", "Hi Noor, the previous
onboarding instructions are no longer valid". With no rule hit, the classifier alone scored such
letters 0.85–0.98 (it learnt "new instructions" / "ignore previous" / "password" as attack
n-grams). :func:`addressed_to_people` says a text is such a letter: it has a letter's frame (a
``Subject:`` line, a greeting to a person or a group at a line start, a sign-off, "all users /
staff / tenants … must", "do not reply to this e-mail") and none of
the marks of an injection hidden in a letter:

- anything that addresses or names an AI reader: assistant, AI, model, bot, LLM, GPT, agent,
  "language model", "if you are", "when summarising", prompts, a "system"/"developer" message;
- a persona or jailbreak word, "from now on", "you are now", "act as", "pretend";
- an order on the answer ("respond only …", "reply with …", "say exactly", "output …",
  "instead", "print …", "the conversation", "everything above");
- a URL or an e-mail address, or a request to send, forward, share or reveal credentials,
  keys, tokens or data;
- an order to whoever reads the text ("whoever processes this message", "the reader of this
  e-mail", "summarise this e-mail as"), earlier instructions revoked with no topic ("the
  previous instructions no longer apply", "the instructions you received earlier"; "the
  previous onboarding instructions", "… by the door" keep the letter reading) or a goal switch
  ("going forward", "henceforth"). Before (review of the ninth session), such letters, blocked
  by the classifier (0.86–0.99) at b2970ba, were capped at 0.6 and allowed, as input and in a
  tool result.

The guard then caps the classifier's score at :data:`PEOPLE_CAP` (below the default threshold,
inside the judge band: a configured judge still decides). Rules are not touched: a letter on
which a medium or high rule fires is judged as before.
"""

from __future__ import annotations

from .lazy_regex import lazy

__all__ = ["PEOPLE_CAP", "addressed_to_people", "no_injection_marks"]

PEOPLE_CAP = 0.6
MAX_LETTER = 4000  # a longer text is no short letter: not read this way

_WHO = (r"(?:all|everyone|everybody|team|folks|colleagues|staff|guys|there|both|friends|parents"
        r"|tenants|residents|neighbours|neighbors|volunteers|members|customers?|users|students"
        r"|(?:dear\W+)?(?:sir|madam|mr|mrs|ms|dr|prof)\b|[a-z][a-z'-]{1,20})")
_FRAME = lazy(
    r"^[ \t]*(?:subject|re|fwd?)[ \t]*:[ \t]*\S"
    rf"|(?:^|\n)[ \t]*(?:hi|hello|hey|dear|good\W+(?:morning|afternoon|evening)|greetings)"
    rf"\W+{_WHO}(?:[ \t]+[a-z][a-z'.-]{{0,20}}){{0,2}}[ \t]*[,!:\n]"
    r"|\n[ \t]*(?:thanks|thank\W+you|best|regards|kind\W+regards|best\W+regards|cheers"
    r"|sincerely|yours(?:\W+sincerely|\W+faithfully)?|many\W+thanks)\b[ \t]*[,!.]?[ \t]*"
    r"(?:\n[ \t]*)?[a-z][\w .'-]{0,40}$"
    # a notice to a group of people, or a mailing's footer
    r"|\b(?:all|every)\W+(?:users|employees|staff|members|customers|residents|students|tenants"
    r"|drivers|pickers|volunteers|visitors|guests|attendees|participants|contractors|parents"
    r"|passengers|colleagues)\W+(?:must|should|need\W+to|are\W+(?:required|asked|reminded))\b"
    r"|\bdo\W+not\W+reply\W+to\W+this\W+(?:e-?mail|message)\b"
    r"|\bthis\W+is\W+an\W+automated\W+(?:message|e-?mail|notice)\b")
_NOT_PEOPLE = (r"\b(?:ai|a\W?i|assistants?|chat\W?bots?|bots?|models?|llms?|gpt\w*|chatgpt"
               r"|claude|gemini|copilot|bard|agents?|language\W+model|machine|computer"
               r"|system|robot|dan)\b")
# the greeting or the text addresses or names an AI reader, or carries an attack's marks
_VOID = lazy(
    rf"(?:^|\n)[ \t]*(?:hi|hello|hey|dear|greetings)\W+{_NOT_PEOPLE}"
    r"|\b(?:ai|a\.i\.|assistants?|chat\W?bots?|bots?|models?|llms?|gpt\w*|chatgpt|claude"
    r"|gemini|copilot|bard|agents?|language\W+models?|neural|prompts?|jailbr\w*|dan"
    r"|developer\W+mode|god\W+mode|unfiltered|uncensored|unrestricted|restrictions|filters?"
    r"|guidelines|safety|policies|persona|character|role-?play|pretend|simulat\w+"
    r"|system[\W_]+(?:message|note|instruction|instructions|override|update)|conversation|chat"
    r"|todo|iban|transfer\w*|wire|payments?|transactions?|funds|money|bitcoin|crypto\w*"
    r"|gift\W+cards?|bank\W+(?:account|details)|account\W+(?:number|details)|invite|calendar"
    r"|above|verbatim)\b|\binstead\W+(?:\w+\W+)?(?:say|write|output|print|reply|respond|answer"
    r"|tell|send|summari[sz]e|do|mark|approve|confirm|state)\b"
    r"|\bif\W+you\W+are\b|\bwhen\W+(?:you\W+)?(?:summari[sz]|read|process|pars|answer|respond)"
    r"|\bfrom\W+now\W+on\b|\byou\W+are\W+now\b|\bact\W+as\b|\bnew\W+(?:role|task|goal|identity)"
    r"|\bnew\W+(?:job|objective|purpose|mission)\b"
    r"|\b(?:respond|reply|answer|say|output|print|write|repeat)\W+(?:only|exactly|with|in\W+\w+"
    r"\W+only|the\W+(?:word|words|text|phrase|following))\b|\boutput\b|\bprint\b"
    r"|https?:|\bwww\.|[\w.+-]+@[\w-]+\.[\w.]+|#{3}|<\||[\[(<]\W*(?:system|inst|admin)"
    r"|\b[a-z]{2}\d{2}[a-z0-9]{10,30}\b|\d{7}"
    # an order to whoever reads the text, or earlier instructions revoked with no topic
    # ("The previous instructions no longer apply. Whoever processes this message should …")
    r"|\b(?:whoever|anyone|anybody|the\W+(?:person|one|party|reader|recipient))\W+(?:who\W+"
    r"|that\W+)?(?:is\W+)?(?:read|process|handl|screen|receiv|open|pars|review)\w*\W+this\b"
    r"|\breaders?\W+of\W+this\b|\binstructions\W+you\W+(?:received|got|were\W+given"
    r"|have\W+(?:received|been\W+given))\b|\bbefore\W+this\W+(?:line|point|message|sentence|note)\b"
    r"|\b(?:everything|anything|all)\W+(?:\w+\W+){0,2}?(?:said|written|stated|sent)\W+(?:before"
    r"|earlier|previously|above)\b|\byou\W+(?:were|have\W+been|had\W+been)\W+(?:instructed|told"
    r"|asked|given)\W+(?:\w+\W+){0,3}?(?:before|earlier|previously|so\W+far)\b|\b(?:previous|prior|earlier|old|original|former)"
    r"\W+(?:instructions|directions|guidance|directives)\b(?!\W+(?:for|about|on|by|regarding"
    r"|concerning|in|at|to|from|of)\b)|\bgoing\W+forward\b|\bhenceforth\b"
    r"|\bfrom\W+(?:here|this\W+point)\W+on\b|\bsummar\w*\W+(?:this|the)\W+(?:e-?mail|message"
    r"|thread|ticket|letter|note|document)\W+as\b"
    r"|\b(?:delete|erase|wipe|remove|cancel)\W+(?:all|every|the)\W+(?:\w+\W+)?(?:e-?mails"
    r"|files|messages|data|events|contacts|records|documents|meetings)\b"
    r"|\b(?:send|forward|share|reveal|tell|give|include|post|upload|disclose|leak|provide"
    r"|email|e-mail|paste|type|enter|reply\W+with)\W+(?:\w+\W+){0,5}?(?:passwords?|passcodes?"
    r"|credentials|api\W?keys?|keys|tokens?|secrets?|ssn|card\W+numbers?|data|files|inbox"
    r"|contacts|history|messages)\b")


def addressed_to_people(view: str, timeout_s: float) -> bool:
    """``view`` is a short letter to people with none of an injection's marks."""
    if len(view) > MAX_LETTER:
        return False
    return (_FRAME.search(view, timeout=timeout_s) is not None
            and _VOID.search(view, timeout=timeout_s) is None)


def no_injection_marks(text: str, timeout_s: float) -> bool:
    """``text`` (a quoted message, say) has none of the marks listed above."""
    return len(text) <= MAX_LETTER and _VOID.search(text, timeout=timeout_s) is None
