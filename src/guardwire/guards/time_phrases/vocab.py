"""Word lists and regex fragments shared by the time-phrase patterns and the resolver.

Fragments are plain strings meant to be embedded in ``regex`` patterns compiled with
``IGNORECASE``; fragments that must stay case-sensitive wrap themselves in ``(?-i:...)``.
"""

from __future__ import annotations

from collections.abc import Iterable

from .zones import ZONES


def alt(words: list[str] | tuple[str, ...]) -> str:
    """A non-capturing alternation, longest words first so the regex prefers them."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3,
    "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
SMALL_NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "couple": 2, "a couple": 2,
    "a couple of": 2, "couple of": 2, "few": 3, "a few": 3, "several": 3, "some": 3,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
UNIT_DAYS: dict[str, float] = {
    "sec": 1 / 86400, "second": 1 / 86400, "min": 1 / 1440, "minute": 1 / 1440,
    "h": 1 / 24, "hr": 1 / 24, "hour": 1 / 24, "day": 1, "night": 1, "week": 7,
    "weekend": 7, "fortnight": 14, "month": 30, "quarter": 91, "year": 365, "yr": 365,
    "decade": 3652, "century": 36524,
}

# -- fragments ---------------------------------------------------------------------------
_UNAMBIGUOUS_MONTHS = ["january", "february", "april", "june", "july", "august", "september",
                       "october", "november", "december"]
_ABBR = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
MONTH_ANY = alt([*_UNAMBIGUOUS_MONTHS, "march", "may", *(a + r"\.?" for a in _ABBR)]) + r"\b"
# Safe on its own: full names except may/march (any case), or a capitalised abbreviation.
MONTH_SAFE = ("(?:" + alt(_UNAMBIGUOUS_MONTHS) + "|(?-i:" +
              alt(["May", "March", "MAY", "MARCH", *(a.capitalize() for a in _ABBR),
                   *(a.upper() for a in _ABBR)]) + r"\.?))\b")

MONTH_FULL = alt(_UNAMBIGUOUS_MONTHS) + r"\b"
MONTH_GLUED = alt([*_UNAMBIGUOUS_MONTHS, "march", "may", *_ABBR])  # "mar3", "Dec31"
WEEKDAY_FULL = alt([d for d in WEEKDAYS if len(d) > 5]) + r"s?\b"
WEEKDAY_ABBR_SAFE = r"(?:tues|thurs|weds)\b\.?"
WEEKDAY_ABBR_CAP = r"(?-i:" + alt(["Mon", "Tue", "Wed", "Thu", "Thur", "Fri", "Sat", "Sun",
                                  "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]) + r")\b\.?"

_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ORD_ONES = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth"]
ORD_WORD = ("(?:(?:twenty|thirty)[- ]?" + alt(_ORD_ONES) + "|" +
            alt(list(ORDINALS)) + r")\b")
CARD_DAY_WORD = ("(?:twenty[- ]?" + alt(_ONES) + r"\b|" +
                 alt(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                      "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                      "seventeen", "eighteen", "nineteen", "twenty", "thirty", "thirty one",
                      "thirty-one"]) + r"\b)")
DAYNUM = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)"
DAYNUM_ORD = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
YEAR4 = r"(?:1[6-9]|2[01])\d\d(?!\d)"
_TENS = alt(["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
             "seventy", "eighty", "ninety"])
_TENS_ONES = _TENS + "(?:[- ]" + alt(_ONES) + ")?"
YEAR_WORDS = (r"(?:(?:seventeen|eighteen|nineteen|twenty)\s+(?:hundred\s+(?:and\s+)?)?"
              r"(?:" + _TENS_ONES + r"|oh[- ]" + alt(_ONES) + ")"
              r"|two\s+thousand(?:\s+(?:and\s+)?(?:" + _TENS_ONES + "|" + alt(_ONES) + "))?)\\b")
YEAR = "(?:" + YEAR4 + "|" + YEAR_WORDS + ")"

HOUR12 = r"(?:1[0-2]|0?[1-9])"
HOUR24 = r"(?:[01]?\d|2[0-4])"
HOUR_WORD = alt(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve"]) + r"\b"
MINUTE_WORD = ("(?:oh[- ]" + alt(_ONES) + "|" + alt(["fifteen", "thirty", "forty", "fifty",
               "twenty", "ten", "five", "forty-five", "forty five"]) + "(?:[- ]" + alt(_ONES)
               + r")?)\b")
AMPM = r"(?:\s*\.?\s*[ap]\s*\.?\s*m\b\s*\.?|(?<=\d)[ap]\b|(?<=\d)ampm\b)"

NUM_WORD = alt(list(SMALL_NUMBERS)) + r"\b"
NUMQ = r"(?:\d{1,5}(?:\.\d{1,3})?(?!\d)|" + NUM_WORD + r"(?:[- ]" + alt(_ONES) + r"\b)?)"
UNIT = (r"(?:(?:business|working|calendar|fiscal|school|financial)\s+)?"
        r"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|(?<=\d)h|days?|nights?|weeks?|weekends?"
        r"|fortnights?|months?|quarters?|years?|yrs?|decades?|centur(?:y|ies))\b")
UNIT_NO_SEC = (r"(?:(?:business|working|calendar|fiscal|school|financial)\s+)?"
               r"(?:hours?|hrs?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?"
               r"|years?|decades?|centur(?:y|ies))\b")
REL_ADJ = alt(["last", "next", "past", "previous", "prior", "coming", "upcoming", "following",
               "this", "that", "same", "current", "recent", "these", "those", "the last",
               "the next", "the past", "the previous", "the coming", "the following",
               "the same", "the current", "the upcoming", "the prior"]) + r"\b"
PART_OF_DAY = alt(["morning", "afternoon", "evening", "night", "nighttime", "night-time",
                   "mornings", "afternoons", "evenings", "nights"]) + r"\b"
MEAL = alt(["breakfast", "lunch", "lunchtime", "dinner", "dinnertime", "brunch", "supper",
            "sunrise", "sunset", "dawn", "dusk", "work", "school"]) + r"\b"
HOLIDAY = alt([
    r"christmas(?:\s+(?:eve|day))?", "xmas", r"easter(?:\s+(?:sunday|monday))?",
    r"thanksgiving(?:\s+day)?", "halloween", r"new\s+year'?s?(?:\s+(?:day|eve))?",
    r"new\s+year\s+day", r"valentine'?s?\s+day", r"independence\s+day", r"labou?r\s+day",
    r"memorial\s+day", r"veterans'?\s+day", r"black\s+friday", r"cyber\s+monday",
    r"earth\s+day", r"mother'?s\s+day", r"father'?s\s+day", r"boxing\s+day",
    r"good\s+friday", "juneteenth", r"freedom\s+day", r"jubilee\s+day", r"mlk\s+day",
    r"martin\s+luther\s+king(?:\s+jr\.?)?\s+day", r"presidents'?\s+day", r"columbus\s+day",
    r"st\.?\s+patrick'?s\s+day", r"international\s+workers'?\s+day", r"may\s+day",
    r"eid(?:\s+al[- ](?:fitr|adha))", "diwali", "hanukkah", r"(?:chinese|lunar)\s+new\s+year",
    "ramadan", "passover", r"all\s+saints'?\s+day", r"groundhog\s+day", r"canada\s+day",
    r"bastille\s+day", r"tax\s+day", r"election\s+day", r"women'?s\s+day", r"children'?s\s+day",
]) + r"\b"
# A lowercase word that does not continue a time phrase means the number before it counts
# something ("2000 pieces", "the 2nd draft", "from 2 to 4 people").
TIME_FOLLOWERS = alt(["and", "or", "to", "till", "until", "through", "thru", "in", "on", "at",
                      "of", "from", "before", "after", "since", "this", "next", "last", "by",
                      "was", "is", "will", "were", "had", "has", "when", "we", "i", "it",
                      "they", "he", "she", "you", "would", "should", "could", "am", "pm",
                      "a", "p", "tonight", "today", "tomorrow", "yesterday", "for", "onwards",
                      "onward", "but", "not", "are", "be", "then", "o", "oclock", "o'clock",
                      "so", "ish", "sharp", "local", "time", "every", "each", "the", "as",
                      "with", "there", "please", "morning", "afternoon", "evening", "night"])
NOT_COUNTED = r"(?!\s+(?!" + TIME_FOLLOWERS + r"\b)[a-z])(?!\s*%)"


# -- anchors: which words can be part of a time phrase, by class --------------------------
# D digits (decided by the caller), M month, W weekday, R relative day word, U unit,
# P part of day or meal, E early/late words, S season, X decade word, N number or ordinal
# word, H first word of a holiday, Q quarter/half/fiscal-year token.
ANCHOR_WORDS: dict[str, str] = {}


def _add(classes: str, words: Iterable[str]) -> None:
    for w in words:
        ANCHOR_WORDS[w] = ANCHOR_WORDS.get(w, "") + classes


_add("M", MONTHS)
_add("W", [*WEEKDAYS, *(d + "s" for d in WEEKDAYS if len(d) > 5)])
_add("R", ["today", "tonight", "tonite", "tomorrow", "tomorow", "tmrw", "tmr", "yesterday",
           "overmorrow", "eod", "eoy", "eom", "eow", "otd", "nowadays", "now", "present",
           "minute", "moment", "date", "ytd", "mtd", "qtd", "wtd"])
_add("U", [u + s for u in ["sec", "second", "min", "minute", "hr", "hour", "day", "night",
                           "week", "weekend", "fortnight", "month", "quarter", "year", "yr",
                           "decade"] for s in ("", "s")] + ["century", "centuries"])
_add("P", ["morning", "afternoon", "evening", "night", "nighttime", "mornings", "afternoons",
           "evenings", "nights", "breakfast", "lunch", "lunchtime", "dinner", "dinnertime",
           "brunch", "supper", "sunrise", "sunset", "dawn", "dusk", "work", "school", "noon",
           "noonish", "midnight", "midday", "daytime"])
_add("R", ["ytd", "mtd", "qtd", "wtd"])
_add("E", ["early", "earlier", "late", "later", "mid", "middle", "all", "whole", "entire"])
_add("S", ["summer", "winter", "spring", "fall", "autumn"])
_add("X", ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
           "nineties"])
_add("N", [w for w in SMALL_NUMBERS if " " not in w and len(w) > 2] + list(ORDINALS)
       + ["half", "oh", "zero"])
_add("H", ["christmas", "xmas", "easter", "thanksgiving", "halloween", "new", "valentine",
           "valentines", "independence", "labor", "labour", "memorial", "veterans", "black",
           "cyber", "earth", "mother", "father", "boxing", "good", "juneteenth", "freedom",
           "jubilee", "mlk", "martin", "presidents", "columbus", "st", "international", "may",
           "eid", "diwali", "hanukkah", "chinese", "lunar", "ramadan", "passover", "all",
           "groundhog", "canada", "bastille", "tax", "election", "women", "children"])
_add("Q", ["q1", "q2", "q3", "q4", "h1", "h2", "fy", "sy"])


# Words a time phrase may start with besides anchors: determiners, prepositions, modifiers
# and quantity words ("the past two months", "around 25 August", "a few days ago").
LEAD_WORDS = frozenset([
    "the", "a", "an", "in", "on", "at", "from", "between", "since", "until", "till", "til",
    "through", "thru", "before", "after", "around", "about", "circa", "approximately",
    "approx", "by", "during", "within", "for", "over", "last", "next", "this", "that",
    "these", "those", "past", "previous", "prior", "coming", "upcoming", "following", "same",
    "current", "recent", "early", "late", "earlier", "later", "mid", "end", "beginning",
    "start", "middle", "rest", "remainder", "remaining", "more", "less", "no", "not", "as",
    "every", "each", "all", "whole", "entire", "couple", "few", "several", "some", "sometime",
    "starting", "weekend", "week", "fiscal", "school", "calendar", "financial", "academic",
    "right", "up", "to", "half", "quarter", "final",
    "business", "office", "working", "opening", "peak", "off",
])


# Words that only start a suffix ("or later", "onwards"), tried next to a phrase found.
SUFFIX_WORDS = frozenset(["or", "and", "onward", "onwards", "utc", "gmt",
                          *(z.lower() for z in ZONES)])


def anchor_classes(word: str) -> str:
    """The anchor classes of one lowercase word ("" when it cannot be part of a phrase);
    "mar4"-style glued dates count as months."""
    found = ANCHOR_WORDS.get(word)
    if found is not None:
        return found
    if word[-1].isdigit():
        head = word.rstrip("0123456789")
        if head in MONTHS:
            return "M"
        if head == "fy":
            return "Q"
    return ""

# After "may"/"march" used as a month, the next word is not a verb or a subject: rules out
# "this may be", "May I ask", "in march mode".
_MONTH_FOLLOWERS = ["and", "or", "to", "till", "until", "through", "in", "on", "at", "of", "from",
                    "before", "after", "since", "this", "next", "last", "by", "was", "is", "will",
                    "were", "had", "has", "when", "for", "onwards", "but", "then", "every", "each"]
AMBIG_NOT_VERB = r"(?!\s+(?!" + alt(_MONTH_FOLLOWERS) + r"\b)[a-z])"
# After a preposition ("in May we shipped") a subject may follow too.
AMBIG_NOT_VERB_LOOSE = (r"(?!\s+(?!" + alt([*_MONTH_FOLLOWERS, "we", "they", "he", "she", "you",
                                            "i", "it", "our", "the", "a", "an"]) + r"\b)[a-z])")
