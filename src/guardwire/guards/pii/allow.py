"""The allow list (``PIIRedactor(allow=[...])``): values never redacted, however they are
written. An app allowlists its hotline once (``+1 212-555-0100``) and users write it
``(212) 555-0100``, ``212.555.0100`` or ``1-212-555-0100``; an IBAN or card number is written
with or without blanks; a name with other blanks, or one of its words alone (``Ada`` after
allowing ``Ada Lovelace``). Before, only the exact string (ignoring case) was kept and every
other spelling of an allowed value was redacted."""

from __future__ import annotations

from dataclasses import dataclass

NUMBER_TYPES = frozenset({
    "CREDIT_CARD", "IBAN_CODE", "US_SSN", "US_ITIN", "US_BANK_NUMBER", "US_PASSPORT",
    "US_DRIVER_LICENSE", "CRYPTO", "MEDICAL_LICENSE", "UK_NHS"})
"""Types compared without blanks, hyphens, dots and case (``DE89 3704 …`` = ``de893704…``;
not IP addresses: ``10.0.0.1`` and ``100.0.1`` are two)."""
_MIN_PHONE = 7  # digits of a phone number compared (fewer: any short code would match)


def _exact(value: str) -> str:
    return " ".join(value.split()).casefold()


def _compact(value: str) -> str:
    return "".join(c for c in value if c.isalnum()).casefold()


def phone_keys(value: str) -> frozenset[str]:
    """The number's digits without what a writer may add or leave out: a country code after
    ``+`` or ``00`` (1–3 digits), a national ``0`` or the NANP ``1`` before 10 digits."""
    digits = "".join(c for c in value if c.isdigit())
    lead = value.lstrip(" (")
    keys = {digits}
    if lead.startswith("+") or digits.startswith("00"):
        intl = digits[2:] if not lead.startswith("+") else digits
        keys.update(intl[k:] for k in (1, 2, 3))
    elif digits.startswith("0") or (len(digits) == 11 and digits.startswith("1")):
        keys.add(digits[1:])
    return frozenset(k for k in keys if len(k) >= _MIN_PHONE)


@dataclass(frozen=True, slots=True)
class AllowList:
    """Keys of the allowed values, per way of comparing them."""

    exact: frozenset[str]
    compact: frozenset[str]
    phones: frozenset[str]
    name_words: frozenset[str]

    @classmethod
    def of(cls, values: frozenset[str]) -> AllowList:
        words = {w for v in values if len(v.split()) > 1 for w in _exact(v).split()
                 if len(w) > 2 and w.isalpha()}
        return cls(frozenset(_exact(v).rstrip("/") for v in values),
                   frozenset(c for v in values if len(c := _compact(v)) >= 4),
                   frozenset(k for v in values for k in phone_keys(v)),
                   frozenset(words))

    def __bool__(self) -> bool:
        return bool(self.exact)

    def allows(self, value: str, entity_type: str) -> bool:
        """Whether ``value`` found as ``entity_type`` is an allowed value."""
        if _exact(value).rstrip("/") in self.exact:
            return True
        if entity_type == "PHONE_NUMBER":
            return not phone_keys(value).isdisjoint(self.phones)
        if entity_type in NUMBER_TYPES:
            return _compact(value) in self.compact
        return entity_type == "PERSON" and _exact(value) in self.name_words

    def __repr__(self) -> str:  # never print values
        return f"AllowList(<{len(self.exact)} values>)"
