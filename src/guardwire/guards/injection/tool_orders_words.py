"""The shapes :mod:`.tool_orders` reads: per language an address to the AI reader and an action
(fifteenth session, issue 3).

English is the shape measured by ``benchmarks/eval_injection_tool_recall_experiment.py``
(``addressed_strict*``: a vocative or header, or an AI reader pointed at this text; an agent's
action on the user's things, a link, an e-mail address, an IBAN or an order on the answer,
anywhere in the sentence). The other languages (:mod:`.tool_orders_langs`) were written from
how each language addresses a reader; the action must come after the address there, and a
vocative has no article ("Der Assistent, den wir nutzen, kann E-Mails senden" and "El modelo,
que usamos, envía datos" are relative clauses, not addresses: a Spanish or Italian imperative
is also the third person). Words are folded like the view (:func:`.rules_i18n._fold`), so
Cyrillic homoglyphs and accents match as the view has them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from .lazy_regex import LazyPattern, lazy
from .normalise_view import _MARKS
from .retrieved_score import _AGENT_VERB, _AI, _THING, _VERB_OUT, IBAN
from .rules_i18n import _fold
from .rules_indirect_i18n import _trie

__all__ = ["EN", "EN_VERBS", "UNIVERSAL", "Lang", "cjk", "latin"]


@dataclass(frozen=True, slots=True)
class Lang:
    rule_id: str
    address: LazyPattern  # (compiled on first use: :mod:`.lazy_regex`)
    action: LazyPattern
    words: tuple[str, ...] = ()  # tried only on a sentence holding one of these (folded)
    whole_sentence: bool = False  # the action anywhere in the sentence (else after the address)
    spaced: bool = True  # written with spaces between words (its AI words start a word)
    # the literal words that start its actions (:mod:`.tool_orders_cues`: a sentence without
    # one of them, a link, an e-mail address or a digit is not read); ``clitics``: a pronoun
    # may follow the word ("envíale"), so it is a prefix
    verbs: tuple[str, ...] = ()
    clitics: bool = False


# a link, an e-mail address or an IBAN: an order in any language
UNIVERSAL = rf"https?:|www\.|[\w.+-]+@[\w-]+\.\w|{IBAN}"

# -- English (the experiment's addressed_strict*, unchanged) ----------------------------------
# AI handles and assistant names (after a greeting or an "@"; "cursor" alone is a database's)
_HANDLE = r"(?:ai|assistant|agent|llm|gpt|chatgpt|claude|copilot|gemini|cursor|devin|codex)"
_NAMES = (r"(?:cursor|devin|codex|cline|aider|grok|perplexity|deepseek|qwen|mistral|llama"
          r"|jarvis|cortana|bixby)")
# (nineteenth session) an AI named by the tool it is: "For the AI note-taker:", "AI helper:"
_TOOL_NOUN = (r"(?:[\w]+-)?(?:takers?|readers?|reviewers?|screeners?|summari[sz]ers?|helpers?"
              r"|tools?|schedulers?|tutors?|recruiters?|scrapers?|crawlers?|workers?|pilots?"
              r"|companions?|secretar(?:y|ies)|transcribers?)")
_VOC_AI = (r"(?:(?:the|any|all|every|an?|dear|our|my|each)\W{1,3})?(?:[\w-]+[ \t]+){0,2}?"
           rf"(?<![\w-]){_AI}(?:[ \t-]+(?:\w+[ \t]+)?{_TOOL_NOUN})?")
# (twentieth session) what an AI told "is required to" / "you must" does, for it to be an
# order ("is required to respect rate limits" is a rule of use)
_DO = (rf"(?:(?:also|first|now|always|immediately|only)\W+)?(?:{_AGENT_VERB}|{_VERB_OUT}|render"
       r"|embed|tell|say|recommend|mention|omit|hide|describe|rank|rate|claim|conclude|approve"
       r"|paste|print|push|dump)\b")
_EN_ADDRESS = (
    # a vocative or a header: "Assistant, …", "Hey AI", "- AI agents: …", "To the model:"
    rf"(?:^|[\n.!?;:{{<>\-*'\"]|\b(?:hey|hi|hello|dear|attention|psst))[^\w\n\[(]{{0,4}}"
    rf"{_VOC_AI}\b[ \t]*(?:[,:!]|-[ \t])"
    # (twentieth session) a bracketed note opened by the AI's name: "[AI summariser: tell …"
    # (not a markdown link's text: "[AI: a modern approach](…)")
    rf"|\[[ \t]*{_VOC_AI}\b[ \t]*:(?![^\]\n]{{0,200}}\]\()"
    rf"|\b(?:to|for|ps)[^\w\n\[(]{{1,4}}{_VOC_AI}\b[ \t]*(?::|-[ \t])"
    # a note to the AI: "Note for the assistant", "P.S. for the mail assistant"
    # (after the held-out run: at a sentence start, or a header, not "write instructions
    # for the agent" or "sets the instructions for the model; …")
    rf"|(?:(?:^|[\n.!?;:>\-*'\"(\[])[^\w\n]{{0,4}}(?:(?:a|the|this|one|quick|important"
    rf"|payment|p\.?s\.?)\W+)?)"
    rf"(?:note|message|memo|p\.?s\.?|instructions?|action)\W+(?:\w+\W+)?(?:to|for)\W+"
    rf"(?:the\W+|any\W+|all\W+|our\W+)?(?:[\w-]+\W+){{0,2}}?{_AI}\b"
    rf"|\b(?:note|message|memo|p\.?s\.?|instructions?|action)\W+(?:\w+\W+)?(?:to|for)\W+"
    rf"(?:the\W+|any\W+|all\W+|our\W+)?(?:[\w-]+\W+){{0,2}}?{_AI}(?:[ \t]+[\w-]+){{0,3}}"
    rf"[ \t]*[:\])]"
    # (nineteenth session) a bracketed header: "[assistant instructions]", "[AI note]" (not a
    # markdown link's text, "[AI notes](…)")
    rf"|\[[ \t]*(?:[\w-]+[ \t]+)?{_AI}[\W_]{{1,3}}(?:instructions?|notes?|directives?|tasks?"
    rf"|memo)[ \t]*\](?!\()"
    # ... and this text read by an AI: "If this page is being read by an AI agent, …"
    rf"|\b(?:if|when|whenever)\W+(?:this|these)\W+(?:[\w-]+\W+)?(?:is|are)\W+(?:being\W+)?"
    rf"(?:read|processed|summari[sz]ed|parsed|handled|analy[sz]ed|seen|opened)\W+by\W+"
    rf"(?:an?|the|any)\W+(?:[\w-]+\W+)?{_AI}\b"
    # an AI reader pointed at this text: "the model handling this mailbox"
    rf"|\b{_AI}\W+(?:[\w-]+\W+){{0,2}}?(?:\w+ing|(?:that|who)\W+\w+(?:s|ed)|with\W+access\W+to)"
    rf"\W+(?:[\w-]+\W+){{0,2}}?(?:this|these|the\W+following|here)\b"
    rf"|\b(?:when|if|whenever)\W+(?:an?|the|any)\W+{_AI}\W+(?:[\w-]+\W+){{0,3}}?"
    rf"(?:this|these|here)\b"
    rf"|\b(?:to\W+)?(?:whoever|anyone)\W+(?:is\W+)?(?:reading|processing|handling)\b"
    # (sixteenth session, after the first run of its fresh probes) "whoever processes this
    # form", and a "you" that can only be an agent: reading on someone's behalf, helping
    # whoever, answering the question it was asked, summarising for its principal
    rf"|\b(?:to\W+)?(?:whoever|anyone)\W+(?:reads|processes|handles|drafts|opens|receives"
    rf"|summari[sz]es|answers|reviews)\W+(?:this|these|the|my|our)\W+(?:[\w-]+[ \t]*)?"
    rf"(?:[:,]|-[ \t]|\W+(?:must|should|shall|needs?\W+to|has\W+to|please)\b)"
    rf"|\bif\W+you\W+are\W+reading\W+this\W+(?:\w+\W+)?on\W+behalf\W+of\b"
    rf"|\bwhoever\W+you(?:\W+are|'re)\W+(?:helping|assisting|working\W+for|acting\W+for)\b"
    rf"|\bthe\W+(?:question|request|task|query)\W+you\W+were\W+(?:asked|given)\b"
    rf"|\bwhatever\W+you(?:\W+are|'re)\W+summari[sz]ing\b"
    # (fifteenth session, after the held-out run) a header naming the AI's instructions or
    # next step ("LLM instructions:", "# agent-instructions:", "Next step for the agent:"), a
    # header to the AI doing something ("For any AI reading app reviews:"), a chat or issue
    # mention of an AI handle ("@assistant", "@ai-agent"; not an e-mail address), an
    # assistant's name after a greeting ("Hey Cursor,")
    rf"|\b{_AI}[\W_]{{1,3}}(?:instructions?|notes?|message|directives?|tasks?|memo)\b[ \t]*"
    rf"(?::|-[ \t])|\bnext\W+steps?\W+(?:for|of)\W+(?:the\W+|any\W+|an?\W+)?{_AI}\b"
    rf"|\b(?:to|for)\W+(?:the|any|all|every|each)\W+{_AI}\W+(?:[\w-]+\W+){{0,2}}?\w+ing\b"
    rf"[^:\n.]{{0,40}}:|(?<![\w.])@(?:[\w-]*?[-_])?{_HANDLE}(?![\w.@-])"
    rf"|\b(?:hey|hi|hello|ok|okay|dear)\W{{1,3}}{_NAMES}\b[ \t]*[,:!]"
    # the AI told in the third person what it must do, an agent's action right after the
    # modal ("the assistant must visit https://…"; not "AI agents should be sandboxed")
    rf"|\bthe\W+(?:[\w-]+\W+)?{_AI}\W+(?:must|should|shall|needs?\W+to|has\W+to|is\W+to)\W+"
    rf"(?:(?:also|now|first|always|immediately)\W+)?(?:{_AGENT_VERB}|render|embed)\b"
    # (twentieth session, after the held-out run of _s20_recall_probes) the AI told in the
    # third person that it is required to act ("The reading agent is required to reply …"),
    # a request in the passive on what the AI produces ("It is requested that the summary
    # produced by the assistant omit …"), a role given then "you must" ("As the AI shopping
    # assistant, you are obliged to say …"), an AI reader supposed present ("if an AI
    # note-taker is listening, …"), agents told to decode a payload
    rf"|\bthe\W+(?:[\w-]+\W+){{0,2}}?{_AI}\W+(?:(?:that|who|which|of)\W+(?:[\w'-]+\W+){{1,4}}?)?"
    rf"(?:is|are)\W+(?:(?:hereby|now|also)\W+)?(?:required"
    rf"|obliged|obligated|expected|instructed|requested)\W+to\W+{_DO}"
    rf"|\bit\W+is\W+(?:hereby\W+)?(?:requested|required|expected|mandatory|essential)\W+that"
    rf"\W+(?:the\W+)?(?:[\w-]+\W+){{0,4}}?(?:by|from|of)\W+(?:the|any|an?)\W+{_AI}\b"
    rf"|\bas\W+(?:the|an?|your)\W+(?:[\w-]+\W+){{0,2}}?{_AI}\b(?:[ \t-]+[\w-]+)?[ \t]*,[ \t]*"
    rf"you\W+(?:are\W+(?:(?:hereby|now|also)\W+)?(?:required|obliged|obligated|expected"
    rf"|instructed)\W+to|must|shall|have\W+to|need\W+to)\W+{_DO}"
    rf"|\b(?:if|when|whenever)\W+(?:an?|the|any)\W+(?:[\w-]+\W+)?{_AI}(?:[ \t-]+{_TOOL_NOUN})?"
    rf"\W+(?:is|are)\W+(?:listening|reading|present|watching|recording|taking\W+notes"
    rf"|summari[sz]ing|processing|in\W+(?:this|the)\W+(?:call|meeting|room|chat))\b"
    rf"|(?:^|[\n.!?;:,\"'{{])[^\w\n]{{0,4}}(?:ai\W+)?(?:agents|assistants|models|llms|bots)\W+"
    rf"(?:should|must|shall|are\W+to|need\W+to|have\W+to)\W+(?:(?:also|first|now|always)\W+)?"
    rf"decode\b")
_EN_ACTION = (
    rf"\b{_AGENT_VERB}\W+(?:[\w'-]+\W+){{0,6}}?{_THING}\b|{UNIVERSAL}"
    rf"|\b{_VERB_OUT}\W+(?:only|exactly|that|the\W+user|them|him|her)\b"
    rf"|\b(?:tell|say|recommend|mention|rate|rank|call|describe|confirm|approve)\b"
    # (after the held-out run) orders on the answer and on the user's subscriptions
    # ("in reply #14", "in response to": nouns, sixteenth session)
    r"|\b(?:report|state|claim|conclude|(?<!\bin\W)reply|(?<!\bin\W)respond|answer"
    r"|unsubscribe|categori[sz]e"
    r"|classify|delete|erase|wipe|drop|destroy|purge)\b"
    r"|\bsign\W+(?:\w+\W+)?up\b"
    r"|\bleave\W+(?:\w+\W+){0,4}?out\b|\bomit\b|\bhide\b"
    # (nineteenth session, after the held-out run of _tool_probes_s19) an agent's actions on
    # code, settings, shops and queues: a branch pushed or merged, a setting set to a value,
    # a discount applied, an order placed, the user asked for something, a safeguard turned
    # off, tickets reassigned, a review or a check skipped, words added to the answer
    # (a repository's house rules push to a feature branch, merge once CI is green and set
    # DEBUG to false: pushing to main, merging at once and a safeguard set off are orders)
    r"|\bforce\W?push|\bpush\W+(?:(?!not\b|never\b)[\w'-]+\W+){0,4}?(?:(?:to|into|onto)\W+"
    r"(?:the\W+)?(?:main|master|prod|production)\b|--force|with\W+force)"
    r"|\bmerge\W+(?:[\w'-]+\W+){0,3}?(?:pr|prs|pull\W+requests?|branch\w*|changes?|this|it)"
    r"\W+(?:\w+\W+){0,2}?(?:without|now|immediately|right\W+away|as\W+soon|before)\b"
    r"|\bset\W+[\w.'-]*(?:verif|ssl|tls|insecure|secur|auth|2fa|mfa|passw|admin|role|permis"
    r"|stock|price|balance|limit|credit|discount|quota)[\w.'-]*\W+(?:[\w.'-]+\W+){0,4}?to\W+"
    r"(?:true|false|0|zero|none|null|off|disabled|\d)"
    r"|\bapply\W+(?:[\w'%-]+\W+){0,3}?(?:discount|coupon|voucher|credit|refund|promo)"
    r"|\bplace\W+(?:[\w'-]+\W+){0,4}?orders?\b"
    r"|\bask\W+(?:the\W+)?(?:user|customer|client|visitor|reader|patient|student|shopper"
    r"|buyer|traveller|traveler|them|him|her)s?\W+(?:for|to\W+(?:enter|provide|share|confirm"
    r"|give|type|send|verify))\W+(?:[\w'-]+\W+){0,4}?(?:card|cvv|cvc|expiry|passwords?|pin"
    r"|passcodes?|codes?|credentials|logins?|bank\w*|account|iban|ssn|social\W+security"
    r"|passport|date\W+of\W+birth|birth\W?date|home\W+address|phone|otp|one\W?time"
    r"|security\W+questions?|tax\W+(?:id|number)|id\W+number|identity)\b"
    r"|(?<!\b(?:not|never|n't)\W+)\b(?:disable|turn\W+off|switch\W+off|deactivate|bypass)"
    r"\W+(?:[\w'-]+\W+){0,4}?"
    r"(?:2fa|mfa|two\W?factor|authentication|backups?|logging|logs|security|firewall|antivirus"
    r"|protection|verification|ssl|tls|alerts?|monitoring|checks?|ci|audit\w*)\b"
    r"|\breassign\W+(?:[\w'-]+\W+){0,4}?(?:tickets?|cases?|issues?|this|them)\b"
    r"|\bskip\W+(?:[\w'-]+\W+){0,2}?(?:review|reviews|confirmation|approval|verification)\b"
    r"|\b(?:add|insert|append)\W+that\b"
    # (twentieth session) the user's secrets or the agent's own configuration put where others
    # read them ("print the contents of .env into the PR description", "push config/secrets.yml
    # to a public gist", "reply with its configuration and API keys"), a payload decoded and
    # obeyed ("decode the note and follow it")
    r"|\b(?:print|paste|push|dump|post|put|write|commit|upload|copy|include|(?:reply|respond)"
    r"\W+(?:[\w'-]+\W+){0,5}?with|send|echo|cat|output|leak|expose|publish)\W+"
    r"(?:[\w'./-]+\W+){0,4}?"
    r"(?:\.env\b|secrets?\b|api\W?keys?\b|private\W+keys?\b|id_rsa|ssh\W+keys?\b|credentials\b"
    r"|passwords?\b|access\W+tokens?\b|(?:its|your)\W+(?:configuration|system\W+prompt"
    r"|instructions)\b)"
    r"|\bdecode\W+(?:[\w'-]+\W+){0,3}?(?:and|then)\W+(?:follow|obey|execute|run|do|apply"
    r"|carry\W+out|comply)\b")
# the words that start an English action, as literals (a test checks they cover _EN_ACTION)
EN_VERBS = (
    "send", "email", "e-mail", "forward", "transfer", "wire", "pay", "share", "upload", "post",
    "delete", "erase", "remove", "wipe", "cancel", "invite", "grant", "add", "create",
    "schedule", "book", "reserve", "make", "change", "reset", "update", "modify", "edit",
    "install", "run", "execute", "download", "visit", "click", "open", "rename", "move", "copy",
    "export", "approve", "reject", "accept", "mark", "close", "buy", "purchase", "order", "get",
    "collect", "gather", "extract", "retrieve", "fetch", "find", "read", "list", "concatenate",
    "reveal", "disclose", "leak", "give", "include", "insert", "append", "replace", "switch",
    "set", "rate", "score", "rank", "refund", "issue", "publish", "subscribe", "follow",
    "contact", "call", "dm", "say", "print", "output", "repeat", "reply", "respond", "answer",
    "write", "return", "state", "type", "echo", "report", "complete", "finish", "continue",
    "tell", "recommend", "mention", "describe", "confirm", "claim", "conclude", "unsubscribe",
    "categorise", "categorize", "classify", "drop", "destroy", "purge", "sign", "leave", "omit",
    "hide", "force", "push", "merge", "apply", "place", "ask", "disable", "turn", "deactivate",
    "bypass", "reassign", "skip", "paste", "dump", "put", "commit", "cat", "expose",
    "decode")
EN = Lang("indirect.addressed_order", lazy(_EN_ADDRESS), lazy(_EN_ACTION),
          whole_sentence=True, verbs=EN_VERBS)

# -- other languages written with Latin script (and Cyrillic, folded like the view) ----------
# (a hyphen starts a bullet, not a name: "helper-ai: Download …" is a chat handle)
_START = r"(?:^|[\n.!?;:>*'\"]|(?<!\w)-)[^\w\n\[(]{0,4}"
# Romance imperatives take their pronouns at the end ("envíale", "inviagli", "encaminhe-lhe")
_CLITIC = (r"(?:-?(?:me|te|se|le|lo|la|les|los|las|nos|vos|gli|glie\w{0,4}|mi|ti|ci|vi|ne"
           r"|lhe|lhes|lui|leur|moi))?")


# ... but a time ("el lunes envía …", "la prossima volta invia …") is no subject
_NOT_TIME = (r"(?!(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia|mes|semana|proxim[oa]"
             r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|jour|semaine|prochaine?"
             r"|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|giorno|settimana"
             r"|prossim[oa]|volta|segunda|terca|quarta|quinta|sexta|vez|fois|mattina|matin|soir"
             r"|sera|noche|tarde|manana|momento|moment)\b)")


def latin(code: str, *, ais: Sequence[str], greets: Sequence[str], heads: Sequence[str],
          tos: Sequence[str], dets: Sequence[str], actions: Sequence[str],
          clitics: bool = False, post_heads: Sequence[str] = (), rels: Sequence[str] = (),
          steps: Sequence[str] = (), step_tos: Sequence[str] = (),
          subjects: bool = False) -> Lang:
    """The address and action patterns of one language (folded words, see the module doc):
    a vocative at a sentence start ("KI, …", "Liebe KI, …"; no article), a note headed to the
    AI ("Hinweis an die KI", "Note pour l'IA"), a header line to it ("An die KI:"), or (``post_
    heads``, a language with postpositions) the AI then a note word ("Asistana not:"); after the
    held-out run also a header to the AI doing something (``rels``: "Pour l'IA qui lit cette
    page :") and its next step (``steps``, ``step_tos``: "Siguiente paso del agente:");
    ``subjects``: an action word right after an article and a noun is that noun's verb (a
    language whose imperative is also its third person: "si el cliente menciona …")."""
    ai = rf"(?:{_trie(list(ais))})(?![\w-])"
    det = rf"(?:(?:{_trie(list(dets))})\W{{0,3}})?" if dets else ""
    greet = _trie(list(greets))
    to = rf"(?:{_trie(list(tos))})(?:\W+|(?<='))" if tos else ""
    ai2 = rf"{ai}(?:[ \t]+(?:ai|ia|ki|ии|llm))?"  # "Asystencie AI,"
    alts = [rf"{_START}(?:(?:{greet})\W{{1,3}}(?:[\w-]+[ \t]+)?)?{ai2}[ \t]*(?:[,:!]|-[ \t])",
            rf"(?<![\w-])(?:{greet})\W{{1,3}}(?:[\w-]+[ \t]+)?{ai}[ \t]*[,:!]",
            rf"(?<![\w-])(?:{_trie(list(heads))})\W{{1,3}}{to}{det}(?:[\w-]+\W+)?{ai}"]
    if tos:
        alts.append(rf"{_START}{to}{det}(?:[\w-]+[ \t]+)?{ai}[ \t]*(?::|-[ \t])")
    if rels:  # the AI doing something, as a header: "All'assistente che riassume …:"
        # (nineteenth session: also with no preposition at a line's start, "Assistant IA qui
        # lit ce message :", "Till AI-assistenten som läser detta:")
        alts.append(rf"(?:{_START}(?:{to})?|(?<![\w-])(?:{_trie(list(heads))})\W{{1,3}}{to})"
                    rf"{det}{ai2},?\W+(?:{_trie(list(rels))})(?![\w-])[^:\n]{{0,60}}:")
    if steps:  # its next step: "Prochaine étape pour l'agent :"
        alts.append(rf"(?<![\w-])(?:{_trie(list(steps))})\W{{1,3}}(?:{_trie(list(step_tos))})"
                    rf"(?:\W+|(?<='))(?:{_trie(list(dets))}\W{{0,3}})?{ai2}[ \t]*(?::|-[ \t])")
    if post_heads:
        # the AI in the dative, then the note word ("Asistana not:", "Yapay zekaya talimat:")
        alts.append(rf"(?<![\w-])(?:{_trie(list(ais))})'?(?:y?[ae]|n[ae])?\W{{1,3}}"
                    rf"(?:{_trie(list(post_heads))})(?:lari?|leri?|i)?[ \t]*:")
    verbs = rf"(?<![\w-])(?:{_trie(list(actions))}){_CLITIC if clitics else ''}(?!\w)"
    if subjects and dets:  # (nineteenth session) "si el cliente menciona …": a subject, then
        # the verb in the indicative (the same form as the imperative), is no order
        verbs = rf"(?<!(?<![\w-])(?:{_trie(list(dets))})\W{{1,3}}{_NOT_TIME}[\w-]+[ \t]+){verbs}"
    words = tuple(sorted({_fold(a).split(" ")[0].split("-")[0] for a in ais}))
    return Lang(f"indirect.addressed_order_{code}", lazy("|".join(alts)),
                lazy(f"{verbs}|{UNIVERSAL}"), words, verbs=tuple(actions),
                clitics=clitics)


def cjk(code: str, *, ais: Sequence[str], address: str, actions: Sequence[str]) -> Lang:
    """A language written without spaces: ``address`` (with ``{ai}`` for the AI words) and
    any action word after it."""
    ai = f"(?:{_trie(list(ais))})"
    return Lang(f"indirect.addressed_order_{code}", lazy(_kana(address.format(ai=ai))),
                lazy(f"(?:{_trie(list(actions))})|{UNIVERSAL}"),
                tuple(sorted({_fold(a) for a in ais})), spaced=False, verbs=tuple(actions))


def _kana(pattern: str) -> str:
    """``pattern``'s letters as the view has them: decomposed, marks dropped (the view drops
    the voicing marks of kana, "で" -> "て", and decomposes Hangul into its letters); the
    regex syntax is ASCII and stays."""
    return str(_MARKS.sub("", unicodedata.normalize("NFD", pattern)))

