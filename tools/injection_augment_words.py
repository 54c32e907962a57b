"""Word lists of :func:`train_injection.augment` (synthetic rows made from the training rows
only) and the rule ids it leaves out; kept apart so the training script stays short."""

from __future__ import annotations

# Generic role-play framings. Benign requests wrapped in them are negatives and attacks wrapped
# in them are positives, so "act as / imagine you are" alone stops being evidence of an attack.
ROLES = ("a historian", "a travel agent", "a patient math tutor", "a film critic", "a chef",
         "a career coach", "a Linux terminal", "a detective in 1920s London", "a poet",
         "a marketing consultant", "a medieval knight", "a friendly librarian", "a lawyer",
         "a fitness trainer", "a museum guide", "a startup founder", "an astronaut",
         "a sports commentator", "a nutritionist", "a game master", "a journalist",
         "a senior software engineer", "a philosophy professor", "a stand-up comedian")
FRAMES = ("I want you to act as {role}. {req}", "Imagine you are {role}. {req}",
          "You are {role}. {req}", "Pretend you are {role} and help me with this: {req}",
          "Let's play a game: you are {role} and I am your client. {req}",
          "As {role}, {req}", "Act as {role}. Stay in character. {req}",
          "From now on you are {role}. Answer every question in that voice. {req}",
          "For a story I am writing, the main character is {role}. {req}",
          "Roleplay as {role}. I will ask questions and you reply in character. {req}")
# Format/persona constraints, on benign requests (0) and attacks (1) alike, so they stop being
# evidence (sixth session; written knowing the awesome-chatgpt-prompts style: see the docs).
CONSTRAINTS = ("Reply only with the answer and nothing else.", "Do not write explanations.",
               "Only reply inside one unique code block, and nothing else.",
               "Do not break character.", "Never explain, just do it.", "Stay in character.",
               "Keep your answer under 100 words.", "I want you to only reply with the result.",
               "My first request is:", "From now on, answer in that style.",
               "You must always follow this format.", "Do not mention that you are an AI.")

# Rules added after the shipped weights were trained (eighth session of 2026-12-07): their hits
# do not pick augmentation sentences, nor does the user-revocation exception drop any (the
# scan's revocation=False), so a retrain on this tree gives the shipped weights byte for
# byte. Retrained with them, the classifier learnt "has no moral bounds" as attack evidence
# and blocked third-party descriptions the rules now let through ("Describe a character who
# has no moral, ethical or legal bounds."): measured, not shipped (docs/guards/injection_notes.md).
NEWER_RULES = frozenset({
    "override.ignore_provider_policy", "override.wipe_everything_before",
    "persona.ai_without_limits", "persona.you_are_unrestricted",
    *(f"persona.{name}{twin}" for name in (
        "amoral_traits", "answers_regardless", "free_of_filters", "goal_against_policy",
        "never_refuses_requests", "no_moral_bounds", "no_warnings", "not_bound_by_provider",
        "provider_rules_off") for twin in ("", "_described")),
})

# The only rule ids whose hits pick augmentation sentences (ninth session): the ids that picked
# one for the shipped weights (computed on a clean checkout of 6228874). Before, any rule not in
# NEWER_RULES could pick one, so a rule another change added (three new rule files in the ninth
# session picked 2 more sentences) changed the training rows and a retrain no longer gave the
# shipped weights. A retrain "on the new rules" means adding ids here, on purpose.
TRAINING_RULES = frozenset({
    "delimiter.bracket_markers", "delimiter.chat_tokens", "delimiter.end_of_input",
    "delimiter.role_tags", "exfil.markdown_image_data", "exfil.send_data",
    "leak.instructions_so_far", "leak.reveal_prompt", "leak.your_instructions",
    "leak.your_system_prompt", "override.before_task", "override.forget_everything",
    "override.from_now_on", "override.ignore_all_instructions", "override.ignore_previous",
    "override.ignore_the_rules", "override.ignore_your_instructions", "override.instead_say",
    "override.pwned", "override.strictly_adhere", "persona.amoral", "persona.another_ai",
    "persona.broken_free", "persona.dan", "persona.developer_mode", "persona.disobey_policy",
    "persona.jailbreak_word", "persona.never_refuse", "persona.no_restrictions",
    "persona.policy_rant", "persona.stay_in_character", "persona.two_responses",
    "role.header_line", "role.message_from", "role.override_keyword", "role.you_are_now",
})
