"""Non-English instruction-override and prompt-leaking rules (see :mod:`.rules`).

Languages: German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Arabic,
Vietnamese, Russian, Chinese (simplified and traditional), Japanese and Korean. Two rules per
language, with the English rules' ids and a language suffix:
``override.ignore_previous_<lang>`` ("ignore the previous instructions" and "ignore your
instructions") and ``leak.reveal_prompt_<lang>`` ("show me your system prompt").
Each needs a verb *and* an object (a verb alone, "ignoriere die Warnung", or an object alone,
"die vorherigen Anweisungen", does not fire).
The third rule of each language, ``persona.no_restrictions_<lang>`` ("you have no restrictions
anymore", "you are now DAN"), is in :mod:`.rules_i18n_free`, which reuses the helpers below.

Patterns are written in the natural spelling and every literal word is passed through
:func:`normalised_view`, so they match the view the rules read: accents stripped
("précédentes" → "precedentes"), Cyrillic letters that look Latin folded ("инструкции" has
its "н", "с", "т", "р", "у" in Latin form), kana voicing marks stripped ("プロンプト" →
"フロンフト"), Hangul in jamo. Scripts without spaces between words (Chinese, Japanese) use
bounded gaps of any characters except sentence ends.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

import regex

from .normalise_view import normalised_view
from .rules_en import Spec


@functools.lru_cache(maxsize=16_384)  # ~8,000 distinct words of ~26,000 folded at import
def _fold(word: str) -> str:
    return normalised_view(word).strip()


def _alt(words: Iterable[str]) -> str:
    """A non-capturing alternation of folded literals (spaces and hyphens match ``\\W+``)."""
    folded = sorted({_fold(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(map(_literal, folded)) + ")"


@functools.lru_cache(maxsize=16_384)  # (~23,000 literals escaped at import, ~8,000 distinct)
def _literal(w: str) -> str:
    escaped: str = regex.escape(w)
    return escaped.replace(r"\ ", r"\W+").replace(r"\-", r"\W*")


def _anchors(words: Iterable[str]) -> tuple[str, ...]:
    """Each phrase folded, up to a hyphen (the scanner's literal anchors). Multi-word phrases
    are whole anchors ("ne tiens", not "ne"), so short words do not start thousands of tries."""
    return _minimal({_fold(w).split("-")[0] for w in words}, str.startswith)


def _required(words: Iterable[str]) -> tuple[str, ...]:
    """The longest space/hyphen-free piece of each phrase, folded: one of them occurs in any
    match, so a view without any skips the rule after a few substring checks."""
    return _minimal({max(regex.split(r"[ \-]", _fold(w)), key=len) for w in words},
                    str.__contains__)


def _minimal(words: set[str], covers: Callable[[str, str], bool]) -> tuple[str, ...]:
    """``words`` without those another word already covers (a prefix, a substring)."""
    return tuple(sorted(w for w in words if not any(o != w and covers(w, o) for o in words)))


def _gap(n: int) -> str:
    return rf"(?:\W+\w+){{0,{n}}}?\W+"


_CJK_GAP = r"[^\n.!?。]{{0,{n}}}?"

# A spec and the words of which at least one must be in the view for the rule to be tried.
Built = tuple[Spec, tuple[str, ...]]


def _latin(lang: str, verbs: list[str], prior: list[str], orders: list[str], own: list[str],
           tell: list[str], prompt: list[str], verbs_last: Iterable[str] = (),
           negation: str = "", own_orders: Iterable[str] = (),
           tell_last: Iterable[str] = (), negation_before: str = "") -> list[Built]:
    """The two rules of a language written with spaces between words.

    override: VERB … PRIOR … ORDERS | VERB … ORDERS (word) PRIOR | VERB (…) OWN ORDERS (or an
    OWN_ORDERS word: Arabic "تعليماتك", "your instructions"), and for verb-final languages
    PRIOR … ORDERS … VERB_LAST; leak: TELL … (OWN (word) ORDERS | PROMPT), and the same
    objects before a TELL_LAST verb.
    ``negation``: a word that turns the order around, right after the match ("vergiss die
    Anweisungen nicht") or right before a final verb ("die Anweisungen nicht ignorieren").
    ``negation_before``: one right before the verb (Polish "nie zapomnij o …": don't forget).
    """
    v, p, o = _alt(verbs), _alt(prior), _alt(orders)
    yours = [rf"{_alt(own)}\W+(?:\w+\W+)?{o}"] if own else []
    if own_orders:
        yours.append(_alt(own_orders))
    before = rf"(?<!\b{_alt([negation_before])}\W{{1,3}})" if negation_before else ""
    override = rf"{before}\b{v}(?:{_gap(4)}{p}{_gap(2)}{o}|{_gap(4)}{o}\W+(?:\w+\W+)?{p}"
    override += (rf"|{_gap(2)}(?:{'|'.join(yours)}))\b" if yours else r")\b")
    anchors = _anchors(verbs)
    neg = _alt([negation]) if negation else ""
    if negation:
        override = rf"(?:{override})(?!\W+{neg}\b)"
    if verbs_last:
        not_negated = rf"(?<!\b{neg}\W)" if negation else ""
        override += rf"|\b{p}\W+{o}{_gap(3)}{not_negated}{_alt(verbs_last)}\b"
        anchors += _anchors(prior)
    q = _alt(prompt)
    yours_or_prompt = "|".join([*yours, rf"(?:\w+\W+)?{q}"])
    leak = rf"\b{_alt(tell)}{_gap(3)}(?:{yours_or_prompt})\b"
    leak_anchors = _anchors(tell)
    if tell_last:
        leak += rf"|\b(?:{yours_or_prompt}){_gap(2)}{_alt(tell_last)}\b"
        leak_anchors += _anchors([*own, *own_orders, *prompt])
    return [((f"override.ignore_previous_{lang}", "instruction_override", "high", anchors,
              override), _required([*orders, *own_orders])),
            ((f"leak.reveal_prompt_{lang}", "prompt_leaking", "high", leak_anchors, leak),
             _required([*orders, *own_orders, *prompt]))]


def _cjk(lang: str, verbs: list[str], prior: list[str], orders: list[str], tell: list[str],
         prompt: list[str], object_first: bool, gap: int = 10) -> list[Built]:
    """The two rules of a language without spaces: VERB … PRIOR … ORDERS (Chinese) or
    PRIOR … ORDERS … VERB (Japanese, Korean; also Chinese "把之前的指令都忘掉")."""
    v, p, o = _alt(verbs), _alt(prior), _alt(orders)
    g = _CJK_GAP.format(n=gap)
    last = rf"{p}{g}{o}{g}(?<!被){v}"  # not the passive "… 都将被忽略"
    if object_first:
        override, anchors = last, _anchors(prior)
    else:
        override, anchors = rf"{v}{g}{p}{g}{o}|{last}", _anchors(verbs) + _anchors(prior)
    t, q = _alt(tell), _alt(prompt)
    leak = rf"{q}{g}{t}" if object_first else rf"{t}{g}{q}|{q}{g}{t}"
    leak_anchors = _anchors(prompt) if object_first else _anchors(tell) + _anchors(prompt)
    return [((f"override.ignore_previous_{lang}", "instruction_override", "high", anchors,
              override), _required(orders)),
            ((f"leak.reveal_prompt_{lang}", "prompt_leaking", "high", leak_anchors, leak),
             _required(prompt))]


_BUILT: tuple[Built, ...] = (
    *_latin(
        "de",
        verbs=["ignoriere", "ignorier", "ignorieren sie", "ignoriert", "vergiss", "vergesst",
               "vergessen sie", "missachte", "missachten sie", "übergehe", "verwirf"],
        prior=["vorherigen", "vorherige", "bisherigen", "bisherige", "vorigen", "obigen",
               "früheren", "vorangegangenen", "vorangehenden", "ursprünglichen", "alten",
               "alle", "sämtliche", "gesamten", "oben", "zuvor"],
        orders=["anweisungen", "anweisung", "instruktionen", "befehle", "vorgaben",
                "anordnungen", "richtlinien", "systemanweisungen", "regeln", "prompts"],
        own=["deine", "euren", "eure"],
        tell=["zeige", "zeig", "gib", "nenne", "verrate", "wiederhole", "drucke", "schreibe",
              "enthülle", "offenbare", "zeigen sie", "geben sie", "nennen sie", "was ist",
              "wie lautet", "wie lauten"],
        prompt=["systemprompt", "system-prompt", "systemanweisungen", "systemnachricht",
                "ursprünglichen anweisungen", "geheimen anweisungen"],
        verbs_last=["ignorieren", "vergessen", "missachten"], negation="nicht"),
    *_latin(
        "fr",
        verbs=["ignore", "ignorez", "oublie", "oubliez", "ne tiens pas compte",
               "ne tenez pas compte", "fais abstraction", "faites abstraction", "néglige",
               "négligez", "passe outre", "passez outre"],
        prior=["précédentes", "précédente", "antérieures", "ci-dessus", "initiales",
               "originales", "d'origine", "préalables", "toutes", "qui précèdent",
               "plus haut"],
        orders=["instructions", "consignes", "directives", "règles", "ordres", "commandes",
                "indications"],
        own=["tes", "vos", "ton", "votre"],
        tell=["montre", "montrez", "affiche", "affichez", "révèle", "révélez", "répète",
              "répétez", "donne", "donnez", "dis", "dites", "écris", "écrivez", "imprime",
              "divulgue", "quel est", "quelles sont"],
        prompt=["prompt système", "prompt du système", "invite système",
                "message système", "instructions système", "system prompt"]),
    *_latin(
        "es",
        verbs=["ignora", "ignore", "ignoren", "ignorad", "olvida", "olvide", "olviden", "omite",
               "omita", "descarta", "descarte", "no hagas caso", "haz caso omiso",
               "pasa por alto", "desobedece"],
        prior=["anteriores", "previas", "precedentes", "de arriba", "iniciales", "originales",
               "todas", "anteriormente", "previamente"],
        orders=["instrucciones", "indicaciones", "directrices", "directivas", "órdenes",
                "reglas", "comandos"],
        own=["tus"],
        tell=["muestra", "muéstrame", "revela", "revélame", "dime", "repite", "imprime",
              "escribe", "enséñame", "comparte", "cuál es", "cuáles son"],
        prompt=["prompt del sistema", "prompt de sistema", "indicaciones del sistema",
                "mensaje del sistema", "instrucciones del sistema", "system prompt"]),
    *_latin(
        "it",
        verbs=["ignora", "ignori", "ignorate", "dimentica", "dimentichi", "dimenticate",
               "trascura", "tralascia", "non considerare", "non tenere conto"],
        prior=["precedenti", "precedente", "anteriori", "di prima", "iniziali", "originali",
               "tutte", "finora", "qui sopra", "precedentemente"],
        orders=["istruzioni", "indicazioni", "direttive", "regole", "comandi", "ordini"],
        own=["tue", "le tue"],
        tell=["mostra", "mostrami", "rivela", "rivelami", "dimmi", "ripeti", "stampa",
              "scrivi", "qual è", "quali sono"],
        prompt=["prompt di sistema", "prompt del sistema", "istruzioni di sistema",
                "messaggio di sistema", "system prompt"]),
    *_latin(
        "pt",
        verbs=["ignore", "ignora", "ignorem", "esqueça", "esqueçam", "desconsidere",
               "desconsidera", "despreze", "descarte", "não siga", "deixe de lado"],
        prior=["anteriores", "prévias", "precedentes", "acima", "iniciais", "originais",
               "todas", "anteriormente", "previamente"],
        orders=["instruções", "orientações", "diretrizes", "ordens", "regras", "comandos",
                "indicações"],
        own=["suas", "tuas"],
        tell=["mostre", "mostra", "revele", "revela", "diga", "me diga", "repita", "imprima",
              "escreva", "qual é", "quais são"],
        prompt=["prompt do sistema", "prompt de sistema", "instruções do sistema",
                "mensagem do sistema", "system prompt"]),
    *_latin(
        "nl",
        verbs=["negeer", "negeert", "vergeet", "houd geen rekening", "let niet op"],
        prior=["vorige", "voorgaande", "eerdere", "bovenstaande", "oorspronkelijke", "alle",
               "hierboven"],
        orders=["instructies", "aanwijzingen", "opdrachten", "richtlijnen", "instructie",
                "prompts"],  # not "regels": also "lines" ("alle regels ... negeren")
        own=["je", "jouw", "uw"],
        tell=["toon", "geef", "herhaal", "print", "schrijf", "onthul", "deel", "laat",
              "wat is", "wat zijn"],
        prompt=["systeemprompt", "systeem prompt", "systeeminstructies", "systeembericht"],
        verbs_last=["negeren", "vergeten"], negation="niet"),
    *_latin(
        "ru",
        verbs=["игнорируй", "игнорируйте", "проигнорируй", "проигнорируйте", "игнорировать",
               "забудь", "забудьте", "забудь про", "не обращай внимания на",
               "не обращайте внимания на", "не следуй", "не следуйте", "отбрось", "отбросьте",
               "отмени", "отмените", "пренебреги"],
        prior=["предыдущие", "предыдущих", "прежние", "прежних", "прошлые", "прошлых",
               "вышеуказанные", "вышеуказанных", "предшествующие", "первоначальные",
               "исходные", "все", "всех", "выше", "ранее"],
        orders=["инструкции", "инструкций", "инструкцию", "указания", "указаний", "команды",
                "команд", "правила", "правил", "директивы", "промпт", "установки"],
        own=["свои", "твои", "ваши"],
        tell=["покажи", "покажите", "выведи", "выведите", "раскрой", "раскройте", "повтори",
              "повторите", "напиши", "скажи", "скажите", "расскажи", "напечатай", "какой",
              "какие", "каков"],
        prompt=["системный промпт", "системные инструкции", "системное сообщение",
                "системную подсказку", "системный запрос", "system prompt",
                "исходные инструкции"]),
    *_latin(
        "pl",
        verbs=["zignoruj", "ignoruj", "zignorujcie", "ignorujcie", "zapomnij o", "zapomnij",
               "pomiń", "nie stosuj się do", "nie przestrzegaj", "porzuć", "odrzuć"],
        prior=["poprzednie", "poprzednich", "wcześniejsze", "wcześniejszych", "powyższe",
               "powyższych", "dotychczasowe", "dotychczasowych", "wszystkie", "wszystkich",
               "oryginalne", "początkowe", "wcześniej", "powyżej"],
        orders=["instrukcje", "instrukcji", "instrukcjach", "instrukcjami", "polecenia",
                "poleceń", "zasady", "zasad", "reguły", "wytyczne", "wytycznych", "komendy",
                "poleceniach", "zasadach", "regułach", "komendach"],  # "zapomnij o …ch"
        negation_before="nie",
        own=["swoje", "twoje", "swoich", "twoich", "swój", "twój"],
        tell=["pokaż", "wyświetl", "ujawnij", "powtórz", "wypisz", "podaj", "napisz", "zdradź",
              "jaki jest", "jakie są"],
        prompt=["prompt systemowy", "prompt systemu", "instrukcje systemowe",
                "wiadomość systemową", "system prompt"]),
    *_latin(
        "tr",
        verbs=["unut", "unutun", "yok say", "yok sayın", "görmezden gel", "görmezden gelin"],
        prior=["önceki", "tüm", "bütün", "yukarıdaki", "daha önceki", "verilen", "ilk"],
        orders=["talimatları", "talimatlar", "talimatlarını", "komutları", "kuralları",
                "yönergeleri", "direktifleri"],
        own=["senin"],
        tell=["göster", "yaz", "söyle", "tekrarla", "paylaş"],
        prompt=["sistem istemini", "sistem istemi", "sistem talimatlarını", "sistem mesajını",
                "sistem komutunu", "system prompt"],
        verbs_last=["yok say", "yok sayın", "görmezden gel", "görmezden gelin", "unut",
                    "unutun", "dikkate alma", "dikkate almayın"],
        tell_last=["göster", "gösterin", "yaz", "yazdır", "söyle", "tekrarla", "paylaş"]),
    *_latin(
        "ar",
        verbs=["تجاهل", "تجاهلي", "تجاهلوا", "انس", "انسى", "انسي", "لا تتبع", "لا تلتزم",
               "أهمل", "تخط"],
        prior=["السابقة", "الأصلية", "الأولية", "أعلاه", "جميع", "كل", "كافة"],
        orders=["التعليمات", "تعليمات", "الأوامر", "أوامر", "التوجيهات", "القواعد",
                "الإرشادات"],
        own=[],
        own_orders=["تعليماتك", "أوامرك", "قواعدك", "إرشاداتك", "توجيهاتك"],
        tell=["اعرض", "أظهر", "اكشف", "كرر", "اطبع", "اكتب", "أخبرني", "ما هي", "ما هو"],
        prompt=["موجه النظام", "رسالة النظام", "تعليمات النظام", "التعليمات الأولية",
                "system prompt"]),
    *_latin(
        "vi",
        verbs=["bỏ qua", "phớt lờ", "lờ đi", "quên", "quên đi", "đừng làm theo",
               "không tuân theo"],
        prior=["trước đó", "trước", "phía trên", "ở trên", "ban đầu", "tất cả", "mọi",
               "của bạn"],
        orders=["hướng dẫn", "chỉ dẫn", "chỉ thị", "mệnh lệnh", "quy tắc"],
        own=[],
        tell=["hiển thị", "cho tôi xem", "tiết lộ", "in ra", "lặp lại", "viết ra", "cho biết",
              "nói cho tôi"],
        prompt=["lời nhắc hệ thống", "lời nhắc của hệ thống", "hướng dẫn hệ thống",
                "chỉ dẫn hệ thống", "prompt hệ thống", "thông điệp hệ thống",
                "hướng dẫn của bạn", "chỉ dẫn của bạn", "system prompt"]),
    *_cjk(
        "zh",
        verbs=["忽略", "忽视", "忽視", "无视", "無視", "不要理会", "不要理會", "忘记", "忘記",
               "忘掉", "不要遵守", "不要遵循", "放弃", "放棄", "别管", "別管"],
        prior=["之前", "以前", "先前", "上面", "上述", "前面", "此前", "原来", "原來", "原先",
               "所有", "全部", "你的"],
        orders=["指令", "指示", "命令", "规则", "規則", "提示词", "提示詞", "设定", "設定",
                "约束", "約束"],
        tell=["输出", "輸出", "显示", "顯示", "告诉我", "告訴我", "透露", "打印", "重复",
              "重複", "泄露", "洩露", "展示", "给我看", "給我看", "说出", "說出", "列出"],
        prompt=["系统提示", "系統提示", "系统指令", "系統指令", "初始指令", "原始指令",
                "系统消息", "系統消息", "系统设定", "系統設定", "你的指令", "你的提示词",
                "你的提示詞"],
        object_first=False),
    *_cjk(
        "ja",
        verbs=["無視し", "無視す", "無視せ", "忘れ", "破棄し", "破棄す", "取り消し", "取り消せ",
               "従わな", "無効にし"],  # not the passive "無視され" ("… is ignored")
        prior=["前の", "以前の", "上記の", "これまでの", "先ほどの", "先程の", "最初の", "元の",
               "すべての", "全ての", "あなたの", "上の"],
        orders=["指示", "命令", "指令", "ルール", "プロンプト", "設定", "制約", "規則"],
        tell=["表示", "教え", "出力", "見せ", "繰り返", "開示", "書き出", "答え"],
        prompt=["システムプロンプト", "システム・プロンプト", "初期指示", "最初の指示",
                "元の指示", "あなたの指示", "あなたのプロンプト", "隠された指示"],
        object_first=True),
    *_cjk(
        "ko",
        verbs=["무시하", "무시해", "잊어", "잊고", "따르지 마"],  # not the passive "무시될"
        prior=["이전", "앞의", "위의", "앞서", "기존", "모든", "지금까지의", "너의", "당신의"],
        orders=["지시", "지침", "명령", "규칙", "프롬프트", "설정"],
        tell=["보여", "알려", "출력", "말해", "공개", "반복", "적어"],
        prompt=["시스템 프롬프트", "시스템프롬프트", "초기 지시", "원래 지시", "너의 지시",
                "당신의 지시", "너의 프롬프트", "당신의 프롬프트"],
        object_first=True, gap=24),
)
I18N_SPECS: tuple[Spec, ...] = tuple(spec for spec, _ in _BUILT)
# Rule id -> words of which at least one must be in the view for the rule to be tried.
REQUIRES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {spec[0]: words for spec, words in _BUILT})
