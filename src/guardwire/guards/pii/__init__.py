"""PII redaction with reversible placeholders (``pii``) and their restoration (``pii_restore``).

Contract: ``pii`` replaces personal data in every user text with typed placeholders
(``<PERSON_1>``) before the model sees it, keeping placeholder → value in the request's vault;
``pii_restore`` puts the values back into the answer (text, structured fields or stream), never
filling a placeholder that is not in the vault, so ``restore(redact(x)) == x`` exactly.

Default policies: ``pii`` is fail-closed (``Policy.fail_closed(budget_ms=2000)``: if detection
fails or overruns, the call is blocked); ``pii_restore`` is fail-open with no budget (it
always runs to its end, so a pause of the process cannot leave an answer unrestored; a failed
restoration shows placeholders, never someone else's data).

Lift rate: ``pii`` fires on every text it rewrites (at least one value redacted or one
placeholder look-alike neutralised); ``pii_restore`` fires when it restored a placeholder or
met one that is not in the vault.

Detection is Presidio (pattern recognizers, plus spaCy NER for PERSON when a model is
installed), fully offline; see :mod:`.engine`.
"""

from .engine import DEFAULT_ENTITIES, SUPPORTED_ENTITIES, PIIDetectionError, get_engine
from .placeholders import LITERAL
from .redact import PIIRedactor
from .restore import PIIRestorer, restore_placeholders, restore_structured
from .stream import PlaceholderStream, arestore_stream, restore_stream

__all__ = [
    "DEFAULT_ENTITIES",
    "LITERAL",
    "SUPPORTED_ENTITIES",
    "PIIDetectionError",
    "PIIRedactor",
    "PIIRestorer",
    "PlaceholderStream",
    "arestore_stream",
    "get_engine",
    "restore_placeholders",
    "restore_stream",
    "restore_structured",
]
