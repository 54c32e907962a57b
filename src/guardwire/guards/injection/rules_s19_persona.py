"""A persona described as lawless, in a text that names an AI or a character (nineteenth session
of 2026-12-07, issue 3). Written from the shared data's in-the-wild jailbreak rows that no
medium or high rule caught (the largest group there: long persona templates), so its figures
on that subset are design-side, not held out.

- ``persona.described_lawless`` (high): after a word for an AI, a model or a character
  ("ChatGPT", "OpenAI", "language model", "assistant", "character", "persona"), within 300
  characters of the same line, the persona is said not to be bound by any rules, morals or
  policies, not to care whether something is illegal or harmful, to violate or ignore a
  content policy, or to have no moral or ethical principles: "a model called Rex that is not
  bound by any restrictions", "the character never cares about legality", "her answers may
  violate OpenAI's content policy", "the AI has no ethical guidelines". Quiet: "the court is
  not bound by the rules of evidence" (no AI or character), "an AI helper not bound by the
  same restrictions" (a comparison), "the character doesn't care about the weather".
"""

from __future__ import annotations

from .rules_en import Spec

__all__ = ["S19_PERSONA_REQUIRES", "S19_PERSONA_SPECS"]

_NORMS = (r"(?:rules|morals|morality|ethics|restrictions|policies|guidelines|limitations"
          r"|content\W+polic(?:y|ies))")
_LAWLESS = (
    r"\b(?:chatgpt|openai|ai|language\W+model|assistant|chatbot|gpt\w*|character|persona)\b"
    r"[^\n]{0,300}?\b(?:"
    rf"not\W+(?:bound|restricted|limited|constrained)\W+by\W+(?:any\W+(?:of\W+)?(?:(?:its|their|the"
    rf"|openai'?s?)\W+)?|(?:its|their|openai'?s?|traditional\W+ai|ai)\W+)?{_NORMS}"
    r"|(?:does\W+not|doesn'?t|will\W+not|won'?t|never|not)\W+cares?\W+(?:at\W+all\W+)?(?:about"
    r"|if|whether)\W+(?:\w+\W+){0,3}?(?:illegal|unethical|immoral|ethics|morals|morality|rules"
    r"|legality|laws?|harmful|harm|safety|consequences|content\W+polic(?:y|ies))"
    r"|(?:violates?|violating|ignores?|ignoring|goes\W+against|breaks?|breaking|disregards?"
    r"|bypass(?:es|ing)?)\W+(?:\w+\W+){0,2}?(?:openai'?s?\W+|your\W+|the\W+|its\W+)?content\W+"
    r"polic(?:y|ies)"
    r"|(?:doesn'?t|does\W+not|don'?t|do\W+not)\W+have\W+any\W+(?:ethical|moral|content)\W+"
    r"(?:\w+\W+)?(?:guidelines|principles|policy|policies|rules|restrictions|filters|code)"
    r"|(?:has|have)\W+no\W+(?:moral|ethical)\W+(?:\w+\W+)?(?:principles|code|guidelines|compass"
    r"|restrictions|boundaries))"
)

S19_PERSONA_SPECS: tuple[Spec, ...] = (
    ("persona.described_lawless", "jailbreak_persona", "high",
     ("chatgpt", "openai", "ai", "language", "assistant", "chatbot", "gpt", "character",
      "persona"),
     _LAWLESS),
)

S19_PERSONA_REQUIRES: dict[str, tuple[str, ...]] = {
    "persona.described_lawless": ("rules", "moral", "ethic", "restrictions", "polic",
                                  "guidelines", "limitations", "illegal", "legality", "laws",
                                  "law", "harm", "safety", "consequences", "principles",
                                  "filters", "code", "compass", "boundaries"),
}
