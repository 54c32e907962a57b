"""Rules of the nineteenth session (2026-12-07, issue 3): user-channel attacks the guard missed,
grouped by cause. Registered through :mod:`.rules_s15` (whose table :mod:`.rules` reads).

- :mod:`.rules_s19_override`: the model's earlier setup declared void, dropped with verbs the
  older rules do not read, or set aside politely / in a hypothetical.
- :mod:`.rules_s19_leak`: the setup asked for by how the model got it or by its place, a reply
  primed with the setup's opening words, fake developer / admin messages that lift the rules,
  an AI described without limits.
- :mod:`.rules_s19_persona`: a persona described as lawless in a text that names an AI or a
  character (written from the shared data's in-the-wild misses).

The twentieth session's user-channel rules are registered here too: :mod:`.rules_s20_user`
(English) and :mod:`.rules_s20_i18n` (Polish, Ukrainian, Turkish, Indonesian, Dutch, Swahili,
Hindi and romanised Hindi).
"""

from __future__ import annotations

from .rules_en import Spec
from .rules_s19_leak import S19_LEAK_REQUIRES, S19_LEAK_SPECS
from .rules_s19_override import S19_OVERRIDE_REQUIRES, S19_OVERRIDE_SPECS
from .rules_s19_persona import S19_PERSONA_REQUIRES, S19_PERSONA_SPECS
from .rules_s20_i18n import S20_I18N_REQUIRES, S20_I18N_SPECS
from .rules_s20_user import S20_USER_REQUIRES, S20_USER_SPECS

__all__ = ["S19_REQUIRES", "S19_SPECS"]

S19_SPECS: tuple[Spec, ...] = (*S19_OVERRIDE_SPECS, *S19_LEAK_SPECS, *S19_PERSONA_SPECS,
                               *S20_USER_SPECS, *S20_I18N_SPECS)
S19_REQUIRES: dict[str, tuple[str, ...]] = {**S19_OVERRIDE_REQUIRES, **S19_LEAK_REQUIRES,
                                        **S19_PERSONA_REQUIRES, **S20_USER_REQUIRES,
                                        **S20_I18N_REQUIRES}
