"""Fewest digits a valid phone number can have, per default region (from ``phonenumbers``'
metadata), so that :class:`.recognizers.WindowedPhoneRecognizer` can skip regions that cannot
match a window.

A match of ``PhoneNumberMatcher(text, region, leniency >= VALID)`` is a valid number. Its text
holds at least as many digits (``\\d``, or ``x``, which ``phonenumbers`` may read as the letter
key 9) as the number's national significant number (NSN), plus the country code if it is
written (``+44 …`` or after the region's international prefix ``00``/``011``). So a window with
fewer digits than :func:`min_digits` for a region has no match in that region. Lengths come
from each region's general description (``possible_length``; a valid number always has one of
them), less what a national-prefix transform rule can add (``268\\1``: digits typed locally
gain an area code).
"""

from __future__ import annotations

import functools
import itertools
import re

import phonenumbers
from phonenumbers.phonemetadata import PhoneMetadata

_DIGIT_CHARS = re.compile(r"[\dxX]")


def potential_digits(text: str) -> int:
    """Characters of ``text`` that can be digits of a parsed number (``x`` may be a 9)."""
    return len(_DIGIT_CHARS.findall(text))


def _metadata(cc: int, region: str) -> PhoneMetadata | None:
    if region == phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY:
        return PhoneMetadata.metadata_for_nongeo_region(cc, None)
    return PhoneMetadata.metadata_for_region(region, None)


def _added(md: PhoneMetadata | None) -> int:
    """Upper bound on the digits a national-prefix transform rule adds (its literal digits)."""
    rule = md.national_prefix_transform_rule if md is not None else None
    return sum(c.isdigit() for c in re.sub(r"\\\d", "", rule)) if rule else 0


@functools.cache
def _nsn_min(cc: int) -> int:
    """Shortest NSN of any region sharing country code ``cc`` (1 when unknown)."""
    lengths = []
    for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(cc, ()):
        md = _metadata(cc, region)
        if md is None or md.general_desc is None:
            return 1
        possible = [n for n in md.general_desc.possible_length if n > 0]
        lengths.append(min(possible) if possible else 1)
    return min(lengths, default=1)


@functools.cache
def _international_min() -> int:
    """Fewest digits of a number written with its country code (any country)."""
    best = 99
    for cc, regions in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.items():
        main = _metadata(cc, regions[0]) if regions else None
        best = min(best, len(str(cc)) + max(1, _nsn_min(cc) - _added(main)))
    return best


def _idd_min(pattern: str | None) -> int:
    """Length of the shortest digit string the international prefix pattern accepts."""
    if not pattern:
        return 0
    compiled = re.compile(pattern)
    for k in range(1, 4):
        if any(compiled.fullmatch("".join(p)) for p in itertools.product("0123456789", repeat=k)):
            return k
    return 0


@functools.cache
def min_digits(region: str, plus: bool) -> int:
    """Fewest potential digits (see :func:`potential_digits`) of a valid number matched with
    default ``region``; ``plus``: the text has a plus sign (any country code can follow)."""
    md = PhoneMetadata.metadata_for_region(region, None)
    if md is None:
        return 0
    own = max(1, _nsn_min(md.country_code) - _added(md))
    intl = _international_min()
    best = min(own, _idd_min(md.international_prefix) + intl)
    return min(best, intl) if plus else best
