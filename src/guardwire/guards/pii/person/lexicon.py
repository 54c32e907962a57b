"""Word lists for PERSON detection, and the optional first-name list."""

from __future__ import annotations

import functools
import importlib.resources
import importlib.util
import unicodedata

from spacy.lang.en.stop_words import STOP_WORDS

TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam", "dame", "lady",
    "lord", "mister", "mme", "mlle", "monsieur", "madame", "herr", "frau", "señor", "señora",
    "sr", "sra", "fr", "rev", "captain", "capt", "officer", "judge", "uncle", "aunt", "auntie",
})
"""Words that make the following capitalised word a name (``Dr. Wells``)."""

ADDRESS_FORMS = frozenset({"sir", "madam", "lady", "lord", "dame", "officer", "judge",
                            "captain", "capt", "professor", "uncle", "aunt", "auntie"})
RELATIONS = frozenset({
    "wife", "husband", "son", "daughter", "kid", "child", "mother", "father", "mom", "mum",
    "dad", "brother", "sister", "friend", "boss", "colleague", "manager", "partner",
    "grandmother", "grandfather", "grandma", "grandpa", "cousin", "nephew", "niece",
    "boyfriend", "girlfriend", "fiancé", "fiancee", "fiance", "coworker", "neighbour",
    "neighbor", "assistant", "doctor", "lawyer", "tenant", "landlord", "patient", "client",
    "customer", "employee", "user", "teacher", "student",
})

# Cue phrases right before a name (lower-cased token texts). Strong cues also accept
# lower-case names ("my name is vitoria").
STRONG_BEFORE: tuple[tuple[str, ...], ...] = (
    ("name", "is"), ("name", "was"), ("name", "'s"), ("names", "are"), ("name", ":"),
    ("named",), ("named", "him"), ("named", "her"), ("called",), ("call", "me"),
    ("calls", "me"), ("call", "him"), ("call", "her"), ("dear",), ("signed",),
    ("regards", ","), ("sincerely", ","), ("name", "?"), ("by", ":"),
)
BEFORE: tuple[tuple[str, ...], ...] = (
    ("said",), ("says",), ("told",), ("tell",), ("asked",), ("ask",), ("with",), ("by",),
    ("contact",), ("thanks",), ("thank", "you",), ("hi",), ("hello",), ("hey",), ("meet",),
    ("met",), ("i", "'m"), ("i", "am"), ("this", "is"), ("to",), ("at",), ("and",),
    ("for",), ("from",),
    # form and mail header labels ("Signed: Olumide Nakamura", "From: …", "cc: …")
    ("signed", ":"), ("author", ":"), ("from", ":"), ("to", ":"), ("cc", ":"), ("attn", ":"),
    ("contact", ":"),
)
CUE_LAST = frozenset(c[-1] for c in (*STRONG_BEFORE, *BEFORE))
STRONG_LAST = frozenset(c[-1] for c in STRONG_BEFORE)
WEAK_BEFORE = frozenset({("to",), ("at",), ("and",), ("for",), ("from",), ("with",),
                          ("by",)})
"""Cues that only count together with other evidence (a first name, a person entity)."""

AFTER: tuple[tuple[str, ...], ...] = (
    ("said",), ("says",), ("told",), ("asked",), ("shouted",), ("wrote",), ("replied",),
    ("lives",), ("lived",), ("was", "born"), ("is", "a"), ("is", "very"), ("is", "from"),
    ("began",), ("spent",), ("thinks",), ("wants",), ("works",), ("worked",),
)

STRONG_AFTER: tuple[tuple[str, ...], ...] = (
    ("lives",), ("lived",), ("was", "born"), ("shouted",), ("replied",),
)
"""Cues after a word that make it a name even without a first name ("Trivo lives on …")."""
FAMILY = frozenset({
    "wife", "husband", "son", "sons", "daughter", "daughters", "kid", "kids", "child",
    "children", "mother", "father", "mom", "mum", "dad", "brother", "sister", "boyfriend",
    "girlfriend", "fiancé", "fiancee", "fiance", "grandmother", "grandfather", "grandma",
    "grandpa", "cousin", "nephew", "niece", "parents", "baby",
})
"""Relatives: ``X's kid`` makes ``X`` a person."""

# A span holding one of these is an address or a company, not a person.
NOT_NAME = frozenset({
    "st", "street", "str", "rd", "road", "ave", "avenue", "blvd", "lane", "ln", "drive", "way",
    "court", "ct", "place", "pl", "square", "sq", "terrace", "highway", "hwy", "apt", "suite",
    "box", "unit", "floor", "rue", "via", "calle", "avenida", "rua", "ul", "psc", "apo", "fpo",
    "dpo", "inc", "ltd", "llc", "plc", "corp", "corporation", "company", "co", "group", "gmbh",
    "ag", "sa", "bv", "bank", "university", "college", "school", "institute", "hospital",
    "orchestra", "band", "club", "society", "association", "foundation", "agency", "ministry",
    "department", "office", "center", "centre", "hotel", "restaurant", "airport", "station",
    "church", "museum", "park", "river", "lake", "mount", "city", "county", "state", "republic",
    "kingdom", "island", "islands", "international", "technologies", "technology", "solutions",
    "systems", "services", "partners", "holdings", "industries", "labs", "software", "media",
    "and", "of", "the", "&",
})
STREET_TYPES = frozenset({
    "bypass", "turnpike", "extension", "extensions", "flat", "flats", "freeway", "expressway",
    "causeway", "parkway", "throughway", "trafficway", "stravenue", "underpass", "overpass",
    "viaduct", "skyway", "motorway",
})
"""Street types that end a street's name (``Philip Bypass``, ``Alexander Flat``): capitalised,
in or right after a span, it is an address; in lower case they are words (``flat out``)."""
NOT_NAME = NOT_NAME | STREET_TYPES

STREET = frozenset({
    "st", "street", "str", "strasse", "straße", "rd", "road", "ave", "avenue", "blvd", "lane",
    "ln", "way", "court", "ct", "place", "pl", "square", "sq", "terrace", "highway", "hwy",
    "rue", "via", "calle", "avenida", "rua", "ul", "vej", "gasse", "weg", "laan", "plein",
    "apt", "suite", "box", "unit", "bypass", "turnpike", "crescent", "close", "squares",
})
"""Words around a street name: a "name" next to one is part of an address."""
UNITS = frozenset({"apt", "suite", "box", "unit"})

CALENDAR = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "christmas", "easter", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "day", "week", "month", "year", "today", "tomorrow",
    "yesterday", "tonight",
})
FIELD_WORDS = frozenset({
    "email", "e-mail", "mail", "phone", "tel", "telephone", "mobile", "cell", "fax", "address",
    "name", "contact", "website", "url", "iban", "ssn", "card", "account", "subject", "re",
    "fwd", "cc", "bcc", "date", "user", "customer", "agent", "assistant", "bot", "system",
    "admin", "hi", "hello", "hey", "thanks", "regards", "dear", "ok", "okay", "yes", "no",
    "please", "sorry", "cheers", "password", "pin", "login", "username", "id",
})
"""Words the small model takes for names at the start of a line ("Email: …", "Hi,")."""
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_BEFORE = frozenset({"in", "at", "to", "from", "near", "of", "visit", "visited", "into",
                           "via", "across", "around", "through", "toward", "towards", "on"})
PLACE_PHRASES = frozenset({
    ("flew", "to"), ("fly", "to"), ("flying", "to"), ("arrived", "at"), ("arrived", "in"),
    ("returned", "to"), ("moved", "to"), ("moving", "to"), ("moved", "from"), ("here", "from"),
    ("originally", "from"), ("am", "in"), ("live", "in"), ("lives", "in"), ("living", "in"),
    ("lived", "in"), ("based", "in"), ("born", "in"), ("trip", "to"), ("travel", "to"),
    ("traveled", "to"), ("travelled", "to"), ("coming", "to"), ("back", "to"), ("welcome", "to"),
    ("drive", "to"), ("drove", "to"), ("trip", "in"), ("stay", "in"), ("stayed", "in"),
})
"""Two words before a place: a single-word model ``PERSON`` after them is a place, unless it
is a known first name ("flew to Coles", "originally from Mavčiče")."""
RELABEL = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT",
                      "LANGUAGE", "LAW", "CARDINAL"})
MAX_TOKENS = 4


def fold(word: str) -> str:
    """Lower case without accents: the key of first-name lookups."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


FIRST_NAME_RANK = 1200
"""Only the most frequent given names of the census list count (rank ≤ this, per sex):
rarer entries are mostly words (``Love`` 4133, ``Sunday`` 3603, ``China`` 3089)."""


@functools.cache
def load_first_names(source: str = "auto", max_rank: int = FIRST_NAME_RANK) -> frozenset[str]:
    """Folded first names from an installed list (``"auto"``: the ``names`` package if
    installed, else none; ``"off"``: none)."""
    if source == "off" or importlib.util.find_spec("names") is None:
        return frozenset()
    out: set[str] = set()
    base = importlib.resources.files("names")
    for fname in ("dist.male.first", "dist.female.first"):
        try:
            text = (base / fname).read_text(encoding="ascii")
        except (FileNotFoundError, UnicodeDecodeError):  # pragma: no cover - another "names"
            continue
        for line in text.splitlines():
            cols = line.split()
            if len(cols) == 4 and cols[3].isdigit() and int(cols[3]) <= max_rank:
                out.add(fold(cols[0]))
    return frozenset(n for n in out if len(n) > 1 and n not in STOP_WORDS)


SURNAME_RANK = 5000
"""Only the most frequent surnames of the census list count (rank ≤ this)."""


@functools.cache
def load_surnames(source: str = "auto", max_rank: int = SURNAME_RANK) -> frozenset[str]:
    """Folded surnames from an installed list (the US Census 1990 surnames of the ``names``
    package, same switch as :func:`load_first_names`)."""
    if source == "off" or importlib.util.find_spec("names") is None:
        return frozenset()
    try:
        text = (importlib.resources.files("names") / "dist.all.last").read_text(encoding="ascii")
    except (FileNotFoundError, UnicodeDecodeError):  # pragma: no cover - another "names"
        return frozenset()
    out: set[str] = set()
    for line in text.splitlines():
        cols = line.split()
        if len(cols) == 4 and cols[3].isdigit() and int(cols[3]) <= max_rank:
            out.add(fold(cols[0]))
    return frozenset(n for n in out if len(n) > 2 and n not in STOP_WORDS)


@functools.cache
def load_english_words(model: str | None) -> frozenset[str]:
    """English words (WordNet's nouns, verbs, adjectives and adverbs, folded) from the
    lemmatizer tables the spaCy model ``model`` ships (``en_core_web_sm``: about 83,000); none
    when it has none. A capitalised word that is none of them is more likely a name than one
    that is (``Aoife`` vs ``Yesterday``, ``Producer``)."""
    if not model:
        return frozenset()
    try:
        import spacy.util
        from spacy.lookups import Lookups

        root = spacy.util.get_package_path(model)
        path = next(root.glob("**/lemmatizer/lookups/lookups.bin"), None)
        if path is None:
            return frozenset()
        lookups = Lookups().from_disk(path.parent)
        index = lookups.get_table("lemma_index")
        out: set[str] = set()
        for key in index:
            out.update(fold(w) for w in index[key] if isinstance(w, str))
        if lookups.has_table("lemma_exc"):  # irregular forms: "told", "seen", "children"
            exc = lookups.get_table("lemma_exc")
            for key in exc:
                out.update(fold(w) for w in exc[key] if isinstance(w, str))
        return frozenset(out)
    except Exception:  # another model layout: the rules as without the list
        return frozenset()


def english_word(word: str, words: frozenset[str]) -> bool:
    """Whether ``word`` (folded) or a regular inflection of it is in ``words``."""
    if word in words:
        return True
    return any(word.endswith(end) and word[:-len(end)] + add in words
               for end, add in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"),
                                ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("ers", "")))


PLACE_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper",
    "lower", "central", "new", "greater", "great", "little", "saint", "san", "santa", "port",
    "fort", "mount", "lake", "cape", "bay", "glen",
})
"""First words of place names ("Southern Poland"): such a span is not a name."""
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "our",
                         "your", "their", "his", "her", "my", "every", "each", "any", "some"})
FIRM_WORDS = frozenset({"sons", "brothers", "bros", "associates", "daughters", "partners"})
FIRM_SUFFIXES = FIRM_WORDS | frozenset({
    "orchestra", "band", "club", "society", "association", "foundation", "agency",
    "technologies", "technology", "solutions", "systems", "services", "holdings", "industries",
    "labs", "software", "media", "group", "inc", "ltd", "llc", "llp", "plc", "corp",
    "corporation", "company", "co", "gmbh", "ag", "bank", "consulting", "law", "firm",
})
"""Words that end a firm's name: ``Clark, Romero and Hall Orchestra`` is not three people."""
PARTICLES = frozenset({"van", "von", "de", "da", "del", "der", "den", "ten", "ter", "la",
                        "le", "di", "du", "dos", "das", "al", "bin", "ibn", "y", "ben", "bint",
                        "el", "zu", "af"})
LIST_SEPARATORS = frozenset({",", "and", "&", "or"})
