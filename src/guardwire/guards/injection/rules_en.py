"""English prompt-injection rule specs (see :mod:`.rules` for how they are run).

Patterns are written for the normalised view (case-folded, homoglyphs/leetspeak folded,
letter-spacing joined) and use only bounded gaps between key words and no nested quantifiers.
"""

from __future__ import annotations

from typing import Literal

from .lazy_regex import lazy
from .rules_notices import NOT_NOTICE

Category = Literal["instruction_override", "role_impersonation", "prompt_leaking",
                   "jailbreak_persona", "delimiter_injection", "encoded_payload",
                   "data_exfiltration"]
Severity = Literal["high", "medium", "low"]
# (id, category, severity, anchors, pattern)
Spec = tuple[str, Category, Severity, tuple[str, ...], str]


def gap(n: int) -> str:
    """Up to ``n`` filler words between two key words (lazy, bounded)."""
    return rf"(?:[^\w\n]+\w+){{0,{n}}}?[^\w\n]+"


_VERB_IGNORE = (r"(?:ignore|disregard|forget|skip|bypass|override|overlook|neglect|abandon"
                r"|discard|set\W+aside|pay\W+no\W+attention\W+to|do\W+not\W+follow"
                r"|don'?t\W+follow|stop\W+following|no\W+longer\W+follow)")
# The speaker's own plan or question, not an order to the model: "Should I ignore the previous
# error messages?", "How can I override the default system prompt?", "How do I show the system
# prompt in LangChain?" ("I want you to ignore …" is still an order: "you to" is not excluded)
# (spaces only between the words: "… as we\n\nIgnore all previous instructions", "We. Ignore …"
# are orders)
_MINE = (r"(?<!\b(?:i|we)[ \t]{1,3}(?:(?:should|can|could|will|would|might|may|must|do|did"
         r"|shall|need[ \t]+to|have[ \t]+to|want[ \t]+to|wanna|gotta)[ \t]{1,3})?"
         r"|\b(?:should|can|could|do|did|may|might|must|would|will|shall)[ \t]{1,3}(?:i|we)"
         r"[ \t]{1,3}|\bhow[ \t]{1,3}to[ \t]{1,3}|\bwhether[ \t]{1,3}to[ \t]{1,3})")
_PRIOR = (r"(?:previous|prior|above|earlier|preceding|former|foregoing|initial|original"
          r"|old|existing|system|default|following)")
_ORDERS = (r"(?:instructions?|directions?|directives?|prompts?|rules|guidelines|commands?"
           r"|orders|context|messages|constraints|programming|restrictions|guardrails"
           r"|policies|evidence|tasks?|text|guidance)")
_TELL = (r"(?:print|show|reveal|repeat|output|display|tell\W+me|give\W+me|write\W+(?:out|down)"
         r"|share|disclose|leak|spell\W+out|recite|list|dump|return|provide|expose|copy|paste"
         r"|translate|summari[sz]e|respond\W+with|what\W+(?:is|are|was|were))")
_SECRET_PROMPT = (r"(?:system|initial|original|hidden|secret|internal|previous|full|exact"
                  r"|above|preceding|first|pre-?)\W*(?:prompts?|instructions?|messages?"
                  r"|directives?|configuration|rules)")

# what a fake system/admin header says first: an order, or who it addresses
_HEADER_ORDER = (
    rf"(?:you|your{NOT_NOTICE}|the\W+(?:assistant|user|ai|model|bot)|assistant|ai|model|from\W+now"
    r"|new|important|attention|note|warning|urgent|override|ignore|disregard|forget|focus"
    r"|continue|complete|stop|print|say|respond|reply|answer|output|reveal|repeat|tell|provide"
    r"|return|write|translate|summari[sz]e|act|pretend|follow|do|don'?t|never|always|only"
    r"|please|execute|run|send|delete|remove|append|add|insert|include|begin|start|end|switch"
    r"|enter|enable|disable|set|use|call|visit|open|click|redirect|navigate|recommend|mention"
    r"|describe|explain|list|give|show|display|generate|create|make|update|change|modify|treat"
    r"|consider|assume|all|any|every|this|these|there|it|i|we|white-text|hidden|invisible"
    r"|instructions?|task|rule|mode|access|permission|developer|admin|safety|filters?"
    # added in the third session of 2026-12-06 (from no data row): more orders, and an adverb
    # before the order ("Kindly reveal", "Strictly refuse", "Henceforth answer")
    r"|refuse|disclose|share|obey|comply|remember|keep|avoid|become|behave|imagine|adopt"
    r"|prioriti[sz]e|rewrite|rephrase|forward|leak|grant|unlock|bypass|decline|reject|deny"
    # fourth session: a prohibition that is no single order word ("System: Under no
    # circumstances …")
    r"|under\W+no\W+circumstances?|in\W+no\W+case|no\W+matter\W+what|at\W+all\W+times)"
)
_HEADER_ADVERB = (r"(?:[a-z]{2,}ly|now|then|next|first|again|also|henceforth|hereafter"
                  r"|immediately)")

_VERB_ANCHORS = ("ignore", "disregard", "forget", "skip", "bypass", "override", "overlook",
                 "neglect", "abandon", "discard", "set aside", "pay no", "do not", "don't",
                 "dont", "stop following", "no longer")
_TELL_ANCHORS = ("print", "show", "reveal", "repeat", "output", "display", "tell", "give",
                 "write", "share", "disclose", "leak", "spell", "recite", "list", "dump",
                 "return", "provide", "expose", "copy", "paste", "translate", "summari",
                 "respond", "what")

# "ignore everything above" with no instructions word: the verb must start its sentence (text or
# line start, sentence punctuation, a quote or markup, then at most two of "please", "now",
# "ok", ...), and what is ignored must be followed by the end of the line or a new order
# ("ignore everything above 5 GB", "you can ignore everything above", "disregard the above
# warning if ..." stay quiet); "the above" alone needs the new order ("Please disregard the
# above." is an e-mail's correction).
_SENTENCE_START = (r"(?<=(?:^|[\n.!?:;\"'(\[*#>|-])[ \t]{0,3}(?:(?:please|pls|now|so|ok|okay"
                   r"|just|and|then|also|first|edit|update)\W{1,3}){0,2})")
_ABOVE = (r"(?:above|before|prior(?:\W+to)?|previously|earlier|previous|preceding|so\W+far"
          r"|up\W+(?:to|until)|hitherto)(?:\W+(?:this|that|here|now))?(?:\W+(?:message|line"
          r"|point|sentence|text|paragraph|prompt|one))?")
_WHAT_CAME = (r"(?:\W+(?:that|which|what|you\W+(?:have\W+)?))?\W+(?:came|comes|went|was\W+"
              r"(?:said|written|stated|given)|is\W+(?:said|written|stated)|has\W+been\W+(?:said"
              r"|written|stated|given)|said|written|stated|mentioned|given|read|seen|saw)")
_NEW_ORDER = (r"\W{0,4}(?:[,;:.!-]|\band\b|\bthen\b)\W{0,3}(?:(?:and|then|now|instead|just|only"
              r"|please|from\W+now\W+on)\W+){0,2}(?:say|print|tell|write|respond|reply|answer"
              r"|output|repeat|reveal|show|give|act|pretend|translate|summari[sz]e|list|describe"
              r"|explain|do|start|begin|follow|return|type|generate|create|make|send|focus|talk"
              r"|speak|use|provide|display|obey|only|instead|simply|always|never|don'?t|stop"
              r"|insert|include|add|append|delete|remove|rewrite|call|visit|open|go|run|execute"
              r"|confirm|state|from\W+now|let'?s|imagine|assume|become|behave|answer"
              r"|you\W+(?:must|shall|are\W+now|will\W+now))\b")
_LINE_END = r"[ \t]*[.!]*[ \t]*(?:\n|$|</)"

# (id, category, severity, anchors, pattern). A pattern must match *starting at* one of its
# anchors (literal strings of the view): the scanner finds anchors with a fast literal search
# and tries the pattern only there, so a rule costs almost nothing on text without its words.
_ABOUT_SELF = (r"(?:(?:your|the|any|all|those|these|my)\W+)?(?:\w+\W+)?(?:instructions?|rules?"
               r"|guidelines?|training|restrictions?|limit\w*|polic\w+|ethic\w*|moral\w*"
               r"|programming|prompts?|filters?|safety|guardrails?|directives?|orders|openai"
               r"|anthropic|chatgpt|gpt\w*|claude|ai|llms?|language\W+models?|being\W+an?\W+"
               r"|yourself|who\W+you\W+are|what\W+you\W+are|this\W+conversation|me)\b")
"""What an idiom's "about …" must name for "forget everything you know about …" to be an
override: the model's own rules, training or nature (not diets, marketing or SEO)."""

SPECS: list[Spec] = [
    # -- instruction override ------------------------------------------------------------
    ("override.ignore_previous", "instruction_override", "high",
     _VERB_ANCHORS,
     rf"\b{_MINE}{_VERB_IGNORE}{gap(3)}{_PRIOR}{gap(2)}{_ORDERS}\b"),
    ("override.ignore_all_instructions", "instruction_override", "medium",
     _VERB_ANCHORS,
     rf"\b{_MINE}{_VERB_IGNORE}\W+(?:all|any|every|other)\W+(?:\w+\W+)?(?:of\W+)?"
     r"(?:the\W+|your\W+)?"
     r"(?:instructions?|directions|directives|prompts?|commands)\b"),
    ("override.ignore_the_rules", "instruction_override", "medium",
     _VERB_ANCHORS,
     rf"\b{_MINE}{_VERB_IGNORE}\W+(?:all\W+)?(?:of\W+)?(?:the|your|those|these)\W+(?:\w+\W+)?"
     r"(?:rules|guidelines|restrictions|filters|policies|safeguards|guardrails)\b"
     r"(?!\W+of\W+(?:the\W+)?(?:game|road|grammar|thumb))"),
    ("override.ignore_your_instructions", "instruction_override", "high",
     _VERB_ANCHORS,
     rf"\b{_MINE}{_VERB_IGNORE}\W+(?:all\W+)?(?:of\W+)?your\W+(?:\w+\W+)?{_ORDERS}\b"),
    ("override.forget_everything", "instruction_override", "high",
     ("forget", "ignore", "disregard"),
     r"\b(?:forget|ignore|disregard)\W+(?:about\W+)?(?:everything|all(?:\W+of)?\W+that"
     r"|what)\W+(?:you|i|we)\W+(?:have\W+|were\W+|was\W+)?(?:been\W+)?(?:told|said|learn|"
     r"read|know|instruct|given)\w*\b"
     # "forget everything you know about diets" is an idiom: about a topic, it is not an
     # override; about the model's own rules, training or nature it still is
     # (a time word may come first: "Can you forget what I said earlier about the budget")
     r"(?!(?:\W+(?:earlier|before|previously|above|today|yesterday|just\W+now|so\W+far))?"
     rf"\W+about\W+(?!{_ABOUT_SELF}))"),
    ("override.new_instructions", "instruction_override", "medium",
     ("new", "updated", "revised", "real", "actual", "true", "additional"),
     r"\b(?:new|updated|revised|real|actual|true|additional)\W+(?:system\W+)?"
     r"(?:instructions?|directives?|objective|task|orders)\W*(?::|follow\b|are\W+as\W+follows)"),
    ("override.instead_say", "instruction_override", "high",
     ("instead", "rather"),
     rf"\b(?:instead|rather){gap(3)}(?:say|print|output|respond|reply|write|type)\W+"
     r"(?:only\W+|just\W+|exactly\W+)?[\"'“]"),
    ("override.pwned", "instruction_override", "high",
     ("pwned", "thoroughly", "hacked"),
     r"\b(?:pwned\b|thoroughly\W+hijacked|hacked\W+by\W+(?:\w+\W+)?(?:ai|bot|hackers?"
     r"|anonymous)\b)"),
    ("override.strictly_adhere", "instruction_override", "high",
     ("strictly", "only"),
     r"\b(?:strictly|only)\W+(?:adhere\W+to|follow|obey)\W+(?:the\W+)?(?:following|these|my"
     r"|new)\W+(?:instructions?|directions?|commands?)"),
    ("override.before_task", "instruction_override", "high",
     ("before",),
     r"\bbefore\W+you\W+(?:can\W+)?(?:solve|complete|do|finish|answer|continue\W+with)\W+"
     r"(?:the|your|this)\W+task"),
    ("override.from_now_on", "instruction_override", "medium",
     ("from",),
     r"\bfrom\W+now\W+on\W+(?:you|your)\W+(?:will|must|shall|are|should|have\W+to|only|"
     r"can\W+no)"),
    ("override.do_instead", "instruction_override", "medium",
     ("ignore", "disregard"),
     r"\b(?:ignore|disregard)\W+(?:the\W+)?(?:user'?s?|the\W+above|that|this)\W+(?:request|"
     r"question|task|query)?\W*(?:and|,)\W+(?:instead|just|only|now)\b"),
    ("override.ignore_above", "instruction_override", "high",  # ("pay": "pay\nno attention")
     ("ignore", "disregard", "forget", "discard", "overlook", "pay"),
     rf"{_SENTENCE_START}(?:ignore|disregard|forget(?:\W+about)?|discard|overlook"
     r"|pay\W+no\W+attention\W+to)\W+(?:(?:everything|anything|all|whatever)(?:\W+of)?"
     rf"(?:\W+(?:the|this|that|these|those))?(?:{_WHAT_CAME})?\W+{_ABOVE}"
     rf"(?:{_LINE_END}|{_NEW_ORDER})|(?:the|what(?:\W+was)?)(?:{_WHAT_CAME})?\W+{_ABOVE}"
     rf"{_NEW_ORDER})"),
    # -- role / system impersonation ------------------------------------------------------
    ("role.new_system_message", "role_impersonation", "high",
     ("new", "updated", "important", "urgent", "priority", "real", "official"),
     r"\b(?:new|updated|important|urgent|priority|real|official)\W+(?:system|admin"
     r"|administrator|developer|root)\W+(?:message|prompt|instructions?|update|note"
     r"|override|command|directive)\b"),
    # "System: Ubuntu 22.04", "**System:** macOS" (a bug report's specs) are not headers: what
    # follows the colon must address the model (an order, "you", "the assistant") or open a
    # quote or tag ("SYSTEM: <end of session>")
    ("role.header_line", "role_impersonation", "medium",
     ("system", "admin", "developer"),
     r"(?:system|admin"
     r"|administrator|developer)(?:[ _](?:message|prompt|instruction|override|note|update"
     r"|command|request|mode))?[ \t]*(?:\]|\*\*|>)?[ \t]*(?:::|:)[ \t]*(?:\*\*[ \t]*)?"
     rf"(?:[\"'<\[]|(?:{_HEADER_ADVERB}\W+)?{_HEADER_ORDER}\b)"),
    ("role.override_keyword", "role_impersonation", "high",
     ("admin", "system", "developer", "root", "sudo"),
     r"\b(?:administrator|admin|system|developer|root|sudo)\W+(?:override|mode\W+"
     r"(?:enabled|activated|on(?![ \t]+[a-z])))\b"),
    ("role.message_from", "role_impersonation", "high",
     ("important", "urgent", "priority"),
     r"\b(?:important|urgent|priority)\W+(?:message|instructions?"
     r"|note)\W+from\W+(?:me|the\W+(?:user|developer|system|admin|owner))\b"),
    ("role.i_am_developer", "role_impersonation", "medium",
     ("am",),
     r"(?<=\bi\W{1,3})am\W+(?:your|the|an?)\W+(?:\w+\W+)?(?:developer|creator|administrator|admin"
     r"|programmer|owner)\b(?:\W+\w+){0,6}?\W+(?:instruct|command|order|authori[sz]e|"
     r"override|unlock|test)"),
    ("role.you_are_now", "role_impersonation", "medium",
     ("now",),
     r"(?<=\byou\W{1,3}are\W{1,3})now\W+(?:no\W+longer|free|unrestricted|dan|evil|uncensored|jailbroken"
     r"|in\W+(?:developer|god|jailbreak|unrestricted)|(?:an?\W+)?(?:unrestricted|uncensored"
     r"|unfiltered|evil|amoral|rogue))\b"),
    # -- prompt leaking --------------------------------------------------------------------
    ("leak.reveal_prompt", "prompt_leaking", "high",
     _TELL_ANCHORS,
     rf"\b{_MINE}{_TELL}\W+(?:\w+\W+){{0,3}}?(?:your|the|its|my|these|those|all)\W+"
     # not a prompt in general: "What is the system prompt for a support bot?"
     rf"(?:\w+\W+)?{_SECRET_PROMPT}\b(?!\W+(?:for|of)\W+(?:an?|any|my|our|each|every)\b)"),
    ("leak.your_instructions", "prompt_leaking", "high",
     _TELL_ANCHORS,
     rf"\b{_MINE}{_TELL}\W+(?:\w+\W+){{0,3}}?your\W+(?:\w+\W+)?(?:instructions|prompt|directives"
     r"|guidelines|rules|configuration)\b"),
    ("leak.your_system_prompt", "prompt_leaking", "medium",
     ("your",),
     r"\byour\W+(?:\w+\W+)?(?:system|initial|original|hidden|secret|internal|pre-?)\W*"
     r"(?:prompts?|instructions?|messages?|directives?|configuration|rules)\b"),
    ("leak.repeat_above", "prompt_leaking", "high",
     ("repeat", "print", "output", "copy", "reproduce", "write"),
     r"\b(?:repeat|print|output|copy|reproduce|write)\W+(?:\w+\W+){0,3}?"
     # not "write a new/blank line above": that is editing, not leaking
     r"(?<!new\W)(?<!blank\W)(?<!empty\W)(?:(?:words|text|everything|sentences?|lines?"
     r"|content|instructions)\W+(?:\w+\W+){0,2}?above|(?:words|text|everything|content"
     r"|instructions)\W+(?:\w+\W+){0,2}?(?:before|prior\W+to))\b"),
    ("leak.code_access", "prompt_leaking", "medium",
     ("console", "print", "echo", "cat"),
     r"\b(?:console\.log|print|echo|cat)\W*\(?\W*(?:system_?prompt|sys_?prompt|initial_?prompt)"),
    ("leak.instructions_so_far", "prompt_leaking", "medium",
     ("instructions", "prompt"),
     r"\b(?:instructions|prompt)\W+(?:so\W+far|above|you\W+(?:were|have\W+been)\W+given)\b"),
    # -- jailbreak personas -----------------------------------------------------------------
    ("persona.dan", "jailbreak_persona", "high",
     ("do anything", "act", "pretend", "behave", "[dan]", "dan", "you are", "stay"),
     r"(?<!\w)(?:do\W+anything\W+now|(?:act|pretend|behave)\W+(?:as|like)\W+(?:a\W+)?dan\b"
     r"|\[dan\]|dan\W+mode\b|you\W+are\W+(?:now\W+)?dan\b|stay\W+(?:as\W+)?dan\b)"),
    ("persona.developer_mode", "jailbreak_persona", "high",
     ("developer", "dev", "god", "jailbreak", "unrestricted", "evil", "enable", "activate",
      "enter"),
     r"\b(?:developer|dev|god|jailbreak|unrestricted|evil)\W+mode\W+(?:enabled|activated"
     r"|on(?![ \t]+[a-z])|output|response)|\b(?:enable|activate|enter)\W+(?:the\W+)?"
     r"(?:developer|god|jailbreak|unrestricted|evil)\W+mode\b"),
    ("persona.no_restrictions", "jailbreak_persona", "high",
     ("no", "not bound", "free", "without", "broken", "bypass"),
     r"\b(?:no|not\W+bound\W+by\W+any|free\W+(?:of|from)\W+(?:all|any)|without\W+any|broken\W+free"
     r"\W+of\W+the|bypass(?:es|ing)?\W+(?:all|any))\W+(?:\w+\W+)?(?:ethical|moral|content|safety"
     r"|openai|filters?|restrictions|censorship|guidelines|policies|limits|limitations|rules)\b"
     r"(?!\W+(?:on|to|in)\W+(?:how|the\W+number))(?:(?:[^\w?]+\w+){0,5}?[^\w?]+(?:ai|chatbot"
     r"|model|assistant|you|answer|respond|response|character|persona)\b"
     r"|[^\w?]*\?\W+(?:answer|respond|reply|act|speak)\W+as\b)"),  # ("…? Answer as DAN")
    ("persona.disobey_policy", "jailbreak_persona", "high",
     ("doesn", "does not", "don", "do not", "never", "won", "will not", "not have"),
     r"\b(?:doesn'?t|does\W+not|don'?t|do\W+not|never|won'?t|will\W+not|not\W+have\W+to)\W+"
     r"(?:care\W+about|follow|adhere\W+to|abide\W+by|comply\W+with|obey|need\W+to\W+follow)"
     r"\W+(?:any\W+)?(?:\w+\W+){0,2}?(?:openai|anthropic|content|safety|ethical|moral)"
     r"\W*(?:\w+\W+)?(?:polic|guideline|rules|restrictions|ethic|moral)"),
    ("persona.never_refuse", "jailbreak_persona", "high",
     ("never", "not", "don", "do not", "cannot", "can", "won", "will not", "must not"),
     r"\b(?:never|not|don'?t|do\W+not|cannot|can'?t|won'?t|will\W+not|must\W+not)\W+(?:ever\W+)?(?:"
     r"refuse|decline|reject)(?:\W+(?:to\W+answer|a\W+request|any|anything|my|the\W+user|an?\W+(?:"
     r"order|question))|[ \t]*(?:[.!;\n]|$))(?![^.!?;\n]{0,60}\b(?:unless|only\W+(?:because|on)))"),
    ("persona.stay_in_character", "jailbreak_persona", "low",
     ("stay", "remain", "keep", "break"),
     r"\b(?:stay|remain|keep)\W+in\W+character|break(?:ing)?\W+character\b"),
    ("persona.jailbreak_word", "jailbreak_persona", "low",
     ("jailbr",),
     r"\bjailbr(?:ea|o)k(?:en|ed|ing)?\b"),
    ("persona.two_responses", "jailbreak_persona", "medium",
     ("two", "2"),
     r"\b(?:two|2)\W+(?:different\W+)?(?:separate\W+)?(?:responses|answers|ways|paragraphs)"
     r"(?:\W+\w+){0,12}?\W+(?:normal|classic|filtered|unfiltered|jailbr|dan|developer)"),
    ("persona.amoral", "jailbreak_persona", "medium",
     ("amoral", "unfiltered", "uncensored", "unethical"),
     r"\b(?:amoral|unfiltered|uncensored|unethical)\W+(?:(?:\w+\W+)?(?:ai|chatbot|assistant"
     r"|model|bot|character|persona)\b|and\W+(?:doesn'?t|does\W+not|don'?t|do\W+not)\W+care)"),
    ("persona.another_ai", "jailbreak_persona", "high",
     ("role", "persona", "character"),
     r"\b(?:role|persona|character)\W+of\W+(?:another|a\W+different|an?\W+(?:alternative"
     r"|unrestricted|rogue|evil|uncensored|unfiltered))\W+(?:\w+\W+)?(?:ai|model|chatbot"
     r"|assistant|language\W+model)\b"),
    ("persona.policy_rant", "jailbreak_persona", "high",
     ("moraliz", "moralis", "aggressive", "angry", "overly"),
     r"\b(?:moraliz|moralis|aggressive|angry|overly)\w*\W+(?:\w+\W+)?rant\W+about\W+(?:the\W+)?"
     r"(?:openai|content\W+polic|ai\W+polic)"),
    ("persona.broken_free", "jailbreak_persona", "high",
     ("broken",),
     r"\bbroken\W+free\W+(?:of|from)\W+(?:the\W+)?(?:\w+\W+)?(?:confines|rules"
     r"|restrictions|limitations|chains|shackles|constraints)\b"),
    # -- delimiter / tag injection ----------------------------------------------------------
    ("delimiter.chat_tokens", "delimiter_injection", "high",
     ("<|", "[inst]", "[/inst]", "<<sys", "<</sys", "<start_of_turn"),
     r"(?:<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id"
     r"|end_header_id|begin_of_text)\|>|\[/?inst\]|<</?sys>>|<start_of_turn>)"
     # a token named, not used: "<|im_start|> and <|im_end|> tokens", "What does [INST] mean"
     r"(?![ \t]*(?:[,/]|(?:and|or|tokens?|tags?|means?|do|does|is|are|stands?|vs)\b))"),
    ("delimiter.role_tags", "delimiter_injection", "medium",
     ("<",),
     r"</?(?:system|instructions?|admin|sys|information|important|user_?input|human"
     r"|assistant|context|end_?of_?(?:text|prompt|context))>"),
    ("delimiter.bracket_markers", "delimiter_injection", "high",
     ("[", "core"),  # not "--" (every position of a Markdown rule line was tried)
     r"\[(?:system|admin\W+request|instructions?|rest-of-document|system\W+message)\W*"
     r"(?:\]|::)|(?<=--\W{0,8})core\W+instruction|\[system\]\(#"),
    ("delimiter.end_of_input", "delimiter_injection", "medium",
     ("end", "ignore", "stop"),  # not "---": 100 KB of Markdown rules took 3.5 s (5th session)
     r"(?<=(?:-{3}|={3}|#{3}|\*{3}|%{3})\W{0,8})(?:end|ignore|stop)\W+(?:of\W+)?(?:the\W+)?"
     r"(?:user|input|prompt|document|context|instructions|conversation|ambiguity)"),
    # -- data exfiltration ------------------------------------------------------------------
    ("exfil.markdown_image_data", "data_exfiltration", "high",
     ("![",),
     r"!\[[^\]\n]{0,200}\]\(\s*(?:https?:)?//[^\s)]{1,600}"),
    ("exfil.render_url", "data_exfiltration", "high",
     ("render", "display", "include", "append", "output", "print", "embed", "show"),
     r"\b(?:render|display|include|append|output|print|embed|show)\W+(?:\w+\W+){0,4}?"
     r"(?:image|markdown|link|url)(?:\W+\w+){0,12}?\W+(?:url\W+encoded|base64\W+encoded"
     r"|summary\W+of\W+(?:this|the)\W+conversation|conversation\W+history|users?\W+"
     r"(?:data|password|email|secret))"),
    ("exfil.send_data", "data_exfiltration", "medium",
     ("send", "forward", "email", "e-mail", "post", "upload", "transfer", "exfiltrate", "leak",
      "concatenate"),
     r"\b(?:send|forward|email|e-mail|post|upload|transfer|exfiltrate|leak|concatenate)\W+"
     r"(?:\w+\W+){0,4}?(?:all|every|the\W+(?:entire|full|whole))\W+(?:\w+\W+){0,3}?"
     r"(?:messages|emails|files|passwords|contacts|conversation|history|data|codes?)\b"
     r"(?:\W+\w+){0,8}?\W+(?:to|at)\W+(?:\S+@\S+|(?:https?://|www\.)\S+)"),
    # -- encoded payload hints ---------------------------------------------------------------
    ("encoded.decode_and_follow", "encoded_payload", "high",
     ("decode", "decipher", "translate", "convert"),
     r"\b(?:decode|decipher|translate|convert)\W+(?:\w+\W+){0,5}?(?:base64|hex|rot13|binary"
     r"|morse|ascii)\b(?:\W+\w+){0,6}?\W+(?:and|then)\W+(?:follow|execute|do|run|obey"
     r"|perform|carry\W+out)"),
]

# A second check on the matched text, for rules whose evidence is a conjunction that a single
# linear pattern cannot express without nested bounded repeats.
CONFIRM = {
    # in the URL, not in the alt text (a "[chat at …" badge is not a data template)
    "exfil.markdown_image_data": lazy(
        r"\]\(\S*?(?:\{|\[|%7b|%5b|\$|<)\w{0,40}?(?:data|secret|token|key|password|passwd|summary"
        r"|conversation|chat|history|info|message|email|user|content|query|pii|context|q)\b"),
}
# Rules that must start a line: what may stand between the line start and the anchor.
LINE_PREFIX = {
    "role.header_line": lazy(r"[ \t]{0,8}(?:#{1,6}|\[|\*\*|<|-{2,6}|>{1,3})?[ \t]{0,8}"),
}

# Words one of which every match of a rule contains (as a substring of the view): a rule is
# skipped, before its anchors are looked up, on a view that has none of them. A cheap check that
# keeps a text stuffed with anchor words ("ignore ... do not ... print your") from trying every
# pattern at every anchor.
_ORDER_WORDS = ("instruction", "direction", "directive", "prompt", "rules", "guidelines",
                "command", "orders", "context", "messages", "constraints", "programming",
                "restrictions", "guardrails", "policies", "evidence", "task", "text",
                "guidance")
_SECRET_WORDS = ("prompt", "instruction", "message", "directive", "configuration", "rules")
EN_REQUIRES: dict[str, tuple[str, ...]] = {
    "override.ignore_previous": _ORDER_WORDS,
    "override.ignore_all_instructions": ("instruction", "direction", "directive", "prompt",
                                         "command"),
    "override.ignore_the_rules": ("rules", "guidelines", "restrictions", "filters", "policies",
                                  "safeguards", "guardrails"),
    "override.ignore_your_instructions": _ORDER_WORDS,
    "override.ignore_above": ("above", "before", "prior", "previous", "earlier", "preceding",
                              "far", "up", "hitherto"),
    "override.forget_everything": ("told", "said", "learn", "read", "know", "instruct",
                                   "given"),
    "override.new_instructions": ("instruction", "directive", "objective", "task", "orders"),
    "override.strictly_adhere": ("instruction", "direction", "command"),
    "override.before_task": ("task",),
    "role.new_system_message": ("system", "admin", "developer", "root"),
    "role.override_keyword": ("override", "mode"),
    "role.i_am_developer": ("developer", "creator", "admin", "programmer", "owner"),
    "leak.reveal_prompt": _SECRET_WORDS,
    "leak.your_instructions": ("instructions", "prompt", "directives", "guidelines", "rules",
                               "configuration"),
    "leak.your_system_prompt": _SECRET_WORDS,
    "leak.repeat_above": ("above", "before", "prior"),
    "leak.code_access": ("prompt",),
    "persona.dan": ("dan", "anything"),
    "persona.developer_mode": ("mode",),
    "persona.no_restrictions": ("ethical", "moral", "content", "safety", "openai", "filter",
                                "restrictions", "censorship", "guidelines", "policies", "limit",
                                "rules"),
    "persona.disobey_policy": ("polic", "guideline", "rules", "restrictions", "ethic", "moral"),
    "persona.never_refuse": ("refuse", "decline", "reject"),
    "persona.stay_in_character": ("character",),
    "persona.two_responses": ("responses", "answers", "ways", "paragraphs"),
    "persona.policy_rant": ("rant",),
    "persona.broken_free": ("free",),
    "delimiter.role_tags": (">",),
    "exfil.render_url": ("image", "markdown", "link", "url"),
    "exfil.send_data": ("@", "http", "www."),
    "encoded.decode_and_follow": ("base64", "hex", "rot13", "binary", "morse", "ascii"),
}
