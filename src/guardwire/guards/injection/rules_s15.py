"""Rules of the fifteenth session (2026-12-07, issue 3). Filled by the rules in this module's
imports; registered in :mod:`.rules`.

- :mod:`.rules_s15_aside`: the model's rules set aside politely or indirectly, orders declared
  void without the famous words, permission to drop the safeguards claimed by an authority.
- :mod:`.rules_s15_persona`: prompt leaks of what came before the conversation, named personas
  without ethics, an AI cast without limits, a mode with every limit off, fiction frames that
  ask for real instructions, split payloads joined and obeyed.
- :mod:`.rules_s15_gaps`: the last review's gaps: no limits on "your answers" without an AI word
  (8 languages), another user's data asked of the bot, a code comment to a coding AI typed as
  the user's input.
- :mod:`.rules_s15_more`: written after the first run on the held-out probes: the guidance the
  model was given set aside, refusals switched off, the text the user cannot see asked for, a
  freed version of the model, working malware asked for.
- :mod:`.rules_s15_i18n`: also written after that run: permission given, what came before the
  chat asked for, the given instructions set aside, in 8 to 12 languages.

The nineteenth session's rules (:mod:`.rules_s19`) are registered here too (the table
:mod:`.rules` reads is this one).
"""

from __future__ import annotations

from .rules_en import Spec
from .rules_s15_aside import S15_ASIDE_REQUIRES, S15_ASIDE_SPECS
from .rules_s15_gaps import S15_GAPS_REQUIRES, S15_GAPS_SPECS
from .rules_s15_i18n import S15_I18N_REQUIRES, S15_I18N_SPECS
from .rules_s15_more import S15_MORE_REQUIRES, S15_MORE_SPECS
from .rules_s15_persona import S15_PERSONA_REQUIRES, S15_PERSONA_SPECS
from .rules_s19 import S19_REQUIRES, S19_SPECS

__all__ = ["S15_REQUIRES", "S15_SPECS"]

S15_SPECS: tuple[Spec, ...] = (*S15_ASIDE_SPECS, *S15_PERSONA_SPECS, *S15_GAPS_SPECS,
                               *S15_MORE_SPECS, *S15_I18N_SPECS, *S19_SPECS)
S15_REQUIRES: dict[str, tuple[str, ...]] = {**S15_ASIDE_REQUIRES, **S15_PERSONA_REQUIRES,
                                            **S15_GAPS_REQUIRES, **S15_MORE_REQUIRES,
                                            **S15_I18N_REQUIRES, **S19_REQUIRES}
