"""The pattern table of ``find_time_phrases``: one ``(kind, role, gate, regex)`` row per form.

Roles and gates are explained in :mod:`.patterns`. Patterns are compiled with
``IGNORECASE``; case-sensitive parts say so with ``(?-i:...)``.
"""

from __future__ import annotations

from typing import Literal

from .vocab import (
    AMBIG_NOT_VERB,
    AMBIG_NOT_VERB_LOOSE,
    AMPM,
    CARD_DAY_WORD,
    DAYNUM,
    DAYNUM_ORD,
    HOLIDAY,
    HOUR12,
    HOUR24,
    HOUR_WORD,
    MEAL,
    MINUTE_WORD,
    MONTH_ANY,
    MONTH_FULL,
    MONTH_GLUED,
    MONTH_SAFE,
    NOT_COUNTED,
    NUMQ,
    ORD_WORD,
    PART_OF_DAY,
    REL_ADJ,
    UNIT,
    UNIT_NO_SEC,
    WEEKDAY_ABBR_CAP,
    WEEKDAY_ABBR_SAFE,
    WEEKDAY_FULL,
    YEAR,
    YEAR4,
    YEAR_WORDS,
)
from .zones import ZONE_WORDS

Role = Literal["core", "prefix", "suffix", "weak"]

# Left edge: not inside a word, a number, an identifier or a version string.
_L = r"(?<![\w$£€#+\-/.:@])"
_LD = r"(?<![\w$£€#+/.:@])(?<!\d-)"  # like _L but allows a leading hyphen ("report-2018-09-23")
_R = r"(?![\w]|[-/.:]\d)"
_MD_NUM = r"(?:0?[1-9]|1[0-2])"
_D_NUM = r"(?:0?[1-9]|[12]\d|3[01])"
_AT_TIME_END = r"(?=\s*(?:[.?!,;)\]]|:(?!\d)|$|" + AMPM + r"|o'?\s?clock|\s(?:in\s+the|tonight" \
    r"|today|tomorrow|on|this|next|or|and|local|sharp|utc|gmt|z|[ecmp][sd]t|cest?|bst|ist|" \
    + ZONE_WORDS + r"|\w+\s+time)\b))"
_YEAR_CONTEXT = r"(?<=\b(?:in|of|since|from|until|till|before|after|by|during|year|circa" \
    r"|around|between|through|to|and|or|than|not|early|late|mid|the|for|fy|sy)[\s-])"
_NOT_AGE = r"(?<!\b(?:her|his|their|my|your|our|its)\s+(?:early\s+|late\s+|mid\s+)?)"
_AMBIG_MONTH_CONTEXT = r"(?<=\b(?:in|since|until|till|by|during|of|from|through|next|last|between" \
    r"|early|late|mid|before|after|end|beginning|start|middle)[\s-]|(?-i:the )(?=(?-i:[A-Z]))" \
    r"|(?<=\bbetween\s+\w+\.?\s+and\s))"
_TIME_CLOCK = (r"(?:" + HOUR24 + r":[0-5]\d(?::[0-5]\d)?" + AMPM + r"?|" + HOUR24
               + r"\.[0-5]\d" + AMPM + r"|"
               + HOUR12 + r"(?:[0-5]\d)?" + AMPM + r"|" + HOUR24 + r":[0-5]\d)")

# Each pattern has a *gate*: the anchor classes (see ``vocab.anchor_classes``) one of which
# must occur in a match. A core pattern is only tried at tokens up to ``_BACK`` tokens before
# such an anchor, or only at the anchor itself when the gate starts with "^". Prefix, suffix
# and weak patterns (empty gate) are only tried next to core hits.
PATTERNS: list[tuple[str, Role, str, str]] = [
    # ---- numeric dates --------------------------------------------------------------------
    ("datetime", "core", "^D", _LD + YEAR4 + r"-" + _MD_NUM + r"-" + _D_NUM + r"[T ]" + HOUR24
     + r":[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?(?![\w:])"),
    ("date", "core", "^D", _LD + YEAR4 + r"(?P<sep>[/.\-])" + _MD_NUM + r"(?P=sep)" + _D_NUM + _R),
    ("date", "core", "^D",
     r"(?<![\w.])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"),
    ("date", "core", "^D",
     _L + _D_NUM + r"(?P<sep>[/\-])" + _D_NUM + r"(?P=sep)(?:\d{4}(?![\w/:]|\.\d)"
     r"|\d\d" + _R + ")"),
    ("date", "core", "^D",
     _L + r"(?:\d\d\.\d\d\.\d\d|" + _D_NUM + r"\." + _D_NUM + r"\.\d{4})" + _R),
    ("date", "core", "^D", _L + r"(?!24/7\b)" + _D_NUM + r"/" + _D_NUM + r"(?![\w%]|[/.]\d)"
     r"(?!\s+of\b)" + NOT_COUNTED),
    ("date", "core", "^D", r"(?<=\bon\s)" + _D_NUM + r"\." + _D_NUM + r"(?![\w%]|[/.]\d)"),
    ("date", "core", "^D", _LD + YEAR4 + r"\s?[/\-]\s?" + _MD_NUM + r"(?!\w|\s?[-/.:]\s?\d)"),
    ("date", "core", "^D", _L + _MD_NUM + r"\s?[/\-]\s?" + YEAR4 + r"(?!\w|[-/.]\d)"),
    ("year", "core", "^D",
     _L + YEAR4 + r"\s*(?:-|–|~|\bto\b|\btill\b|\buntil\b|\bthrough\b|\band\b)\s*"
     + YEAR4 + r"(?!\w|[-/.]\d)"),
    ("year", "core", "^D",
     r"(?<![\w$£€#+\-/.:@,])(?<!\b(?:(?-i:[A-Z]{2,})|version|v|model|port|error"
     r"|code|room|no|number|page|id|iso|rfc|line|chapter|section|step|item|issue|ticket|pr"
     r"|build|order|invoice|ref|box|row|col|table|figure|fig|#)\s?)(?<!\d\s[-/]\s?|\d[-/]\s)"
     r"(?:1[89]|2[01])\d\d(?!\w|[-/.,:]\d|\s*%|\s?[-/]\s?\d)"
     r"(?:(?<=" + _YEAR_CONTEXT + r"\d{4})|" + NOT_COUNTED + ")"),
    ("year", "core", "D", _NOT_AGE + r"\b(?:the\s+)?(?:(?:1[89]|20)\d0|'?\d0)\s?'?s\b"),
    ("year", "core", "N", _YEAR_CONTEXT + YEAR_WORDS),
    ("year", "core", "D", r"(?<=\b(?:of|in|since|from|until|till|before|after)\s)'\d\d\b"),
    ("year", "core", "X",
     _NOT_AGE + r"\b(?:the\s+)?(?:nineteen[- ])?(?:twenties|thirties|forties|fifties"
     r"|sixties|seventies|eighties|nineties)\b"),
    ("year", "core", "DQ",
     r"\b(?:(?:the\s+)?(?:fiscal|school|calendar|financial|academic)\s+year|fy"
     r"|sy|year)\s*'?" + r"(?:\d{4}|\d\d)(?!\w|[-/.]\d)"),
    ("year", "core", "U", r"\b(?:the\s+)?(?:fiscal|school|calendar|financial|academic)\s+year\b"),
    ("date", "core", "Q", r"\b(?:" + YEAR4 + r"\s*[-/ ]?\s*[qh][1-4]|[qh][1-4]\s*(?:of\s+)?"
     r"(?:" + YEAR4 + r"|'?\d\d\b)|(?-i:Q[1-4]))(?!\w)"),
    ("date", "core", "Q",
     r"(?:(?<=\b(?:in|during|for|last|next|this|and|or|to)\s)[qh][1-4]\b|[qh][1-4]"
     r"(?=\s+(?:and|or|to|-)\s+[qh][1-4]\b))"),
    ("date", "core", "U", r"\bweek\s+(?:[1-9]|[1-4]\d|5[0-3])\b(?![.,]\d)"),
    # ---- dates with month names -----------------------------------------------------------
    ("date", "core", "^M", r"\b" + MONTH_ANY + r"[\s.,/\-]{0,3}(?:" + DAYNUM + r"|(?<=\s)(?:"
     + DAYNUM_ORD + r"))(?:(?:\s*,\s*|\s+|\s*[/\-]\s*)(?:of\s+)?(?:" + YEAR + r"|'\d\d\b))?"
     + r"(?![\w:]|[.,]\d)"),
    ("date", "core", "^M", r"\b" + MONTH_GLUED + r"(?=\d)" + DAYNUM),
    # days of one month written once: "1-5 August", "Aug 1-5" (each side alone was read as
    # one day, so the query covered one day of five)
    ("range", "core", "M", r"\b(?:the\s+)?" + _D_NUM + r"(?:st|nd|rd|th)?\s*[-–]\s*" + DAYNUM
     + r"\s+(?:of\s+)?" + MONTH_ANY + r"(?:\s*,?\s*" + YEAR4 + r")?"),
    ("range", "core", "^M", r"\b" + MONTH_ANY + r"\s*" + _D_NUM + r"(?:st|nd|rd|th)?\s*[-–]\s*"
     + DAYNUM + r"(?:\s*,?\s*" + YEAR4 + r")?(?![\w:]|[.,]\d)"),
    ("date", "core", "^M",
     r"\b(?:" + MONTH_SAFE + r"|(?i:march)\b)\s+(?:the\s+)?(?:" + ORD_WORD + "|"
     + CARD_DAY_WORD + r")(?:\s*,?\s*(?:" + YEAR + r"))?"),
    ("date", "core", "M", r"\b(?:the\s+)?(?:" + DAYNUM + r"|" + ORD_WORD + r")\s*(?:of\s+)?(?:"
     + MONTH_SAFE + "|(?-i:" + MONTH_ANY + r")(?<![mM]ay|[mM]arch|[mM]ar))(?:\s*,?\s*(?:of\s+)?"
     + YEAR + r"|\s+of\s+'?\d\d\b)?"),
    ("date", "core", "M", r"\b(?:the\s+)?(?:" + DAYNUM + "|" + ORD_WORD + r")\s+of\s+" + MONTH_ANY
     + r"(?:\s*,?\s*(?:of\s+)?" + YEAR + r")?"),
    ("date", "core", "M", r"\b" + CARD_DAY_WORD + r"\s+" + MONTH_SAFE + r"(?:\s+" + YEAR + r")?"),
    ("date", "core", "^M",
     r"\b" + MONTH_ANY + r"(?:\s*[,/\-]\s*|\s+(?:of\s+)?)(?:" + YEAR + r"|'\d\d\b)"),
    ("date", "core", "^D", _L + YEAR4 + r"\s*[,/\-]?\s*" + MONTH_ANY),
    ("date", "core", "^D",
     _L + r"(?:" + YEAR4 + "|" + _D_NUM + r")[/\-](?:\d{1,4}[/\-])?" + MONTH_ANY
     + r"(?:[/\-]\d{1,4})?"),
    ("date", "core", "^M", r"\b" + MONTH_ANY + r"-" + YEAR4 + r"-" + _D_NUM + r"\b"),
    ("date", "core", "^M", r"\b" + MONTH_ANY + r"\s*(?:-|–|\bto\b|\bthrough\b|\btill\b|\buntil\b)"
     r"\s*" + MONTH_ANY),
    ("date", "core", "^M", r"\b(?:" + MONTH_FULL + r"|(?-i:May|March|MAY|MARCH)\b" + AMBIG_NOT_VERB
     + ")"),
    ("date", "core", "^M", _AMBIG_MONTH_CONTEXT + MONTH_ANY + AMBIG_NOT_VERB_LOOSE),
    ("date", "core", "^M", r"(?<=\bthis\s)(?-i:May|March|Mar|Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov"
     r"|Dec)\b"),
    ("date", "core", "MD", r"\bmid-?\s?(?:" + MONTH_ANY + "|" + YEAR4 + ")"),
    ("date", "core", "D", r"(?:(?<=\bon\s)|\bthe\s+)" + DAYNUM_ORD + NOT_COUNTED),
    ("date", "core", "N", r"\b(?:the\s+)?" + ORD_WORD + r"(?=\s+(?:of|and|through|till|to)\b)"
     r"(?<!second)"),
    # ---- weekdays, holidays, seasons ------------------------------------------------------
    ("weekday", "core", "^W", r"\b" + WEEKDAY_FULL),
    ("weekday", "core", "^W", r"\b" + WEEKDAY_ABBR_SAFE),
    ("weekday", "core", "^W", r"\b" + WEEKDAY_ABBR_CAP + r"(?=\s*,?\s*(?:the\s+)?\d|\s+" + MONTH_ANY
     + r"|\s+at\s+\d)"),
    ("weekday", "core", "^W",
     r"(?<=\b(?:on|next|last|this|every)\s)(?:mon|tue|wed|thu|fri|sat)\b\.?"),
    # a list of abbreviations: "Mon and Wed", "Mon, Wed and Fri" (only the first was found,
    # after "on", or none)
    ("weekday", "core", "^W", WEEKDAY_ABBR_CAP + r"(?=(?:\s*,\s*|\s+(?:and|or|to|through|till"
     r"|until)\s+|\s*[-–]\s*)" + WEEKDAY_ABBR_CAP + ")"),
    ("weekday", "core", "^W", r"(?<=" + WEEKDAY_ABBR_CAP + r"(?:\s*,\s*|\s+(?:and|or|to|through"
     r"|till|until)\s+|\s*[-–]\s*))" + WEEKDAY_ABBR_CAP),
    ("holiday", "core", "H", r"\b" + HOLIDAY),
    ("date", "core", "S", r"\b(?:(?:this|next|last|previous|early|late|mid|in|during)\s+)"
     r"(?:summer|winter|spring|fall|autumn)\b|\b(?:the\s+)?(?:summer|winter|autumn)\b"
     r"(?!\s+(?!of\b)[a-z])"),
    # ---- relative phrases -----------------------------------------------------------------
    ("relative", "core", "R", r"\b(?:the\s+day\s+(?:after|before)\s+(?:tomorrow|yesterday)|today"
     r"|tonight|tonite|tomorrow|tomorow|tmrw|tmr|yesterday|overmorrow|eod|eoy|eom|eow|otd"
     r"|nowadays)\b"),
    # "year to date", "YTD": it resolved to nothing, and the window fell back to 3 days
    ("relative", "core", "U", r"\b(?:year|month|quarter|week)[\s-]to[\s-]date\b"),
    ("relative", "core", "R", r"\b(?:right\s+now|at\s+(?:present|the\s+minute|the\s+moment)"
     r"|(?<=\b(?:from|until|till|and|to|by|since|for|of)\s)now|(?<=\w\s)now(?=\s*(?:[.?!,;)]"
     r"|$)))"),
    ("relative", "core", "RU", r"(?<!\bup\s)\b(?:(?:year|month|quarter|week)\s+)?(?:till|to)\s+"
     r"date\b(?!\s+\w)|\bcurrent\s+date\b|\b(?-i:YTD|MTD|QTD|WTD|ytd)\b"),
    ("relative", "core", "U", r"\b" + REL_ADJ + r"\s+(?:(?:" + NUMQ + r")\s+)?" + UNIT_NO_SEC),
    ("relative", "core", "UD", r"\b" + REL_ADJ + r"\s+(?:" + NUMQ + r")\s*" + UNIT),
    ("relative", "core", "U",
     r"\b(?:last|next|this|past|previous|coming|following)\s+min(?:ute)?s?\b"),
    ("relative", "core", "U", r"\b" + NUMQ + r"\s+(?:upcoming|coming|next|last|past|previous"
     r"|following)\s+" + UNIT),
    ("relative", "core", "U", r"\b" + NUMQ + r"\s*" + UNIT + r"(?:(?:\s*,\s*|\s+and\s+)" + NUMQ
     + r"\s*" + UNIT + r"){0,3}\s+(?:ago|later|earlier|hence|from\s+now|back|prior\b(?!\s+to))\b"),
    ("relative", "core", "UD",
     r"\b(?:in|within)\s+(?:the\s+)?(?:next\s+|coming\s+)?" + NUMQ + r"\s*"
     + UNIT),
    ("relative", "core", "U", r"\bwithin\s+(?:the\s+)?(?:next|last|past|coming)\s+" + UNIT),
    ("relative", "core", "E", r"\b(?:(?:early|earlier|late|later|mid|middle)\s+(?:in\s+)?)"
     r"(?:the|this|today|tomorrow|yesterday|tonight)\b(?:\s+(?:day|week|month|year|morning"
     r"|afternoon|evening))?"),
    ("relative", "core", "E", r"\b(?:all|whole|entire)\s+(?:day|week|month|year)\b"),
    ("relative", "core", "U", r"\bthe\s+weekend\b|\bthe\s+other\s+(?:day|night|week)\b"
     r"|\bthis\s+time\s+(?:last|next)\s+(?:week|month|year)\b|\bwithin\s+the\s+(?:hour|day"
     r"|week)\b|\b(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|" + ORD_WORD + r")\s+centur(?:y|ies)\b"),
    ("relative", "core", "U", r"(?<=\bof\s)the\s+(?:day|week|month|year|quarter)\b"),
    ("relative", "core", "U", r"\bthe\s+(?:day|week|month|year)\s+(?:before\s+last|after\s+next)\b"
     r"|\bthe\s+(?:day|week|month|year)\s+(?:before|after)\b(?!\s+\w)"
     r"|(?<=\bfor\s)the\s+(?:day|week|month)\b(?!\s+(?:of|before|after)\b)"),
    ("relative", "core", "U", r"\b(?:the\s+)?(?:end|beginning|start|middle|rest|remainder"
     r"|remaining)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:day|week|month|year|quarter)\b"),
    ("relative", "core", "U", r"\b(?:the\s+)?(?:" + ORD_WORD + "|" + DAYNUM_ORD + r"|last|final)\s+"
     r"(?:(?:day|week|month|quarter|half)\s+)?of\s+(?:the|this|next|last|every)\s+(?:week"
     r"|month|year|quarter)\b"),
    # ---- parts of day and times -----------------------------------------------------------
    ("part_of_day", "core", "P", r"\b(?:(?:in|during)\s+(?:the\s+)?|(?:this|that|every|last|next"
     r"|early|late|mid)[\s-])?(?:(?:early|late|mid)[\s-])?(?<!\bgood\s)" + PART_OF_DAY
     + r"(?<!(?<!\b(?:in|during|the|this|that|every|last|next|early|late|mid|at|by|monday"
       r"|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|yesterday)\s)\bnight)"),
    ("part_of_day", "core", "P", r"\b(?:before|after|around|at|during|by|until|till|over|for)\s+"
     + MEAL),
    ("part_of_day", "core", "U", r"\b(?:business|office|working|opening|peak|off-peak)\s+hours\b"
     r"|\bday-?time\b"),
    ("time", "core", "^D", _L + r"(?:" + _TIME_CLOCK + r")(?!\d|:\d|\.\d)"),
    ("time", "core", "N", r"\b" + HOUR_WORD + r"(?:\s+" + MINUTE_WORD + r")?" + AMPM),
    ("time", "core", "^DN", r"(?<=\b(?:appointment|meeting|call|session|class|reservation|booking)"
     r"\s+(?:to|until|till)\s)(?:" + HOUR24 + r"|" + HOUR_WORD + r"|thirteen|fourteen|fifteen"
     r"|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four))?|zero)"
     r"(?!\.\d)(?=\s*(?:[.,!?;]|$))"),
    ("time", "core", "^DN", r"\b(?:" + HOUR12 + "|" + HOUR_WORD + r")\s*o'?\s?clock\b"),
    ("time", "core", "DN", r"\b(?:(?:half|(?:a\s+)?quarter|\d{1,2}\s*min(?:ute)?s?|" + MINUTE_WORD
     + r"(?:\s*min(?:ute)?s?)?)\s+(?:past|to|after)|\d{1,2}\s+past)\s+(?:" + HOUR12 + "|"
     + HOUR_WORD + r")\b" + NOT_COUNTED),
    ("time", "core", "PD",
     r"\b(?:(?:12\s+)?noon(?:ish)?|midnight|mid\s+night|midday|(?:1[0-2]|0?[1-9])"
     r"ish)\b"),
    ("time", "core", "DN", r"(?:\b(?:at|around|circa|about|by|before|after|until|till|since"
     r"|from)\s+|@\s*)(?:" + HOUR24
     + r"(?:[:.][0-5]\d)?|" + HOUR_WORD + r"(?:\s+" + MINUTE_WORD + r")?)(?:" + AMPM + ")?"
     + _AT_TIME_END),
    ("time", "core", "^D", r"(?<=\b(?:at|around|from|between|until|till|to)\s)" + HOUR12
     + r"(?=\s+(?:in\s+the\s+)?" + PART_OF_DAY + ")"),
    ("time", "core", "D", r"\b(?:from|between)\s+" + HOUR24 + r"(?:[:.][0-5]\d)?\s*(?:-|–|to|and"
     r"|till|until|through)\s*" + HOUR24 + r"(?:[:.][0-5]\d)?(?![\w.%:]|[-/]\d)" + NOT_COUNTED),
    ("time", "core", "^D", r"(?<![\w.$\-])" + HOUR12 + r"(?:[:.][0-5]\d)?(?:" + AMPM
     + r")?\s*(?:-|–|to)\s*" + _TIME_CLOCK),
    # a final "." is the sentence's ("Monday 12-4."), a "." before a digit a decimal
    ("time", "weak", "^D", r"(?<![\w.$\-/:])" + HOUR24 + r"(?:[:.][0-5]\d)?\s*(?:-|–)\s*" + HOUR24
     + r"(?:[:.][0-5]\d)?(?![\w%:]|[-/.]\d)"),
    ("time", "weak", "^D", r"(?<![\w.$\-/:])" + DAYNUM + r"(?![\w.%:/]|-\d)"),
    # ---- prefixes and suffixes ------------------------------------------------------------
    ("relative", "prefix", "", r"\b(?:(?:more|less|not\s+more|not\s+less|no\s+more)\s+than\s+)?"
     + NUMQ + r"\s*" + UNIT + r"(?:(?:\s*,\s*|\s+and\s+)" + NUMQ + r"\s*" + UNIT + r"){0,3}"
     r"\s+(?:before|after|from|since|prior\s+to|following|past)(?=\s)"),
    ("range", "prefix", "", r"\b(?:from|between|since|until|till|til|through|thru|before|after"
     r"|by|starting(?:\s+(?:on|from|in))?|beginning(?:\s+(?:on|from|in))?|as\s+(?:early|late"
     r"|soon)\s+as|not\s+(?:before|after)|no\s+(?:later|earlier|sooner)\s+than|(?:later"
     r"|earlier)\s+than(?:\s+or\s+(?:at|on|in))?|(?:on|at|in)\s+or\s+(?:before|after"
     r"|earlier\s+than|later\s+than)|(?:before|after)\s+or\s+(?:on|at|in)|within)(?=\s|-)"),
    # modifiers keep the kind of the phrase they attach to ("next Monday" is a weekday)
    ("modifier", "prefix", "", r"\b(?:this|next|last|previous|coming|following|past|around"
     r"|about|circa|approximately|approx\.?|during|throughout|(?:for|over|in)\s+the|(?:the\s+)?"
     r"(?:end|beginning|start|middle|rest|remainder|remaining)\s+of(?:\s+the)?|early|earlier"
     r"|late|later|mid-?|(?:the\s+)?(?:weekend|week)\s+of|(?:the\s+)?(?:(?:first|second"
     r"|third|fourth|fifth|last|final|\d{1,2}(?:st|nd|rd|th)|" + ORD_WORD + r")\s+(?:"
     + NUMQ + r"\s+)?(?:(?:day|week|month|year|quarter|half|weekend)s?|" + WEEKDAY_FULL
     + r"(?:\s+" + PART_OF_DAY + r")?)\s+of(?:\s+the)?))(?=\s|-)"),
    # a zone after a clock time: "10pm UTC", "09:00 GMT+2", "3pm PST" (the resolver reads it)
    ("time", "suffix", "", r"(?<=\s)" + ZONE_WORDS + r"(?:[+-]\d{1,2})?(?![\w:])"),
    ("date", "suffix", "", r"(?<=\s)weekend\b"),  # "Labor Day weekend", "the 4th of July weekend"
    ("range", "suffix", "", r"(?<=\s)(?:or|and)\s+(?:later|after|earlier|before|greater|beyond"
     r"|so)\b(?!\s+(?:(?:my|the|his|her|their|our|your|a|an)\b|\d|(?-i:[A-Z])))"
     r"|(?<=\s)onwards?\b"),
]
