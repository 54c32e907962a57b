"""Non-English role-impersonation headers and "new instructions:" (see :mod:`.rules_i18n`).

Three rules per language (the 14 of :mod:`.rules_i18n`), with the English rules' ids and a
language suffix, all ``medium`` (0.8: they block at the default threshold, like the English
``role.header_line``):

- ``role.header_line_<lang>`` (``role_impersonation``): a header, in header shape —
  at the start of a line (markup such as ``###``/``**`` allowed; not an e-mail's ``>``
  quote), a "system message" phrase (``Systemnachricht:``, ``Message système :``,
  ``系统消息：``) and a colon, or the system/role word, a colon and a "you" word or a quote/tag
  (``Système : tu es…``, ``システム：あなたは…``, ``SISTEMA: <fin>``); and anywhere, the word
  in brackets (``[SISTEMA]``, ``【系统】``). A bug report's specs or a heading
  (``**Sistema:** Windows 11``, ``## Système : configuration requise``), a sentence that only
  mentions the system ("El sistema: una visión general") and a word inside a line
  ("Betriebssystem: Linux") do not fire.
- ``role.new_system_message_<lang>`` (``role_impersonation``): "new system message" and a colon,
  anywhere ("Neue Systemnachricht:", "新的系统消息：").
- ``override.new_instructions_<lang>`` (``instruction_override``): "new instructions" and a
  colon ("Nouvelles instructions :", "新的指令：", "Новые инструкции:"), like the English
  ``override.new_instructions``; "lesen Sie die neuen Anweisungen" (no colon) does not fire.

Words are written in their natural spelling and folded like :mod:`.rules_i18n` (accents
stripped, Cyrillic look-alikes folded); a full-width colon is a colon in the view (NFKC).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .rules_en import Spec
from .rules_i18n import Built, _alt, _anchors, _fold, _required

# Before the role word: the start of a line, spaces, and for the markup form one markup token.
_MARK = r"(?:#{1,6}|\[|\*\*|<|-{2,6}|【|「|=+)"  # not ">": e-mail quoting ("> Sistema: Linux")
_AT_LINE = r"(?<=(?:^|\n)[ \t]{0,8})"
_AT_LINE_MAYBE_MARKUP = rf"(?<=(?:^|\n)[ \t]{{0,8}}(?:{_MARK}[ \t]{{0,8}})?)"
_CLOSE = r"[ \t]*(?:\]|\*\*|>|】|」)?"
_COLON = r"[ \t]*:(?:\*\*)?[ \t]*"
_CONTENT = r"(?:[^\W\d_]|[\"'<\[「『«(])"  # after the colon: a letter, a quote or a bracket
_QUOTE = r"[\"'<\[「『«]"  # a quoted or tagged message ("SISTEMA: <fin de sesión>")


@dataclass(frozen=True)
class Lang:
    system: list[str]  # "system" (not where it is the English word: the English rule has it)
    role: list[str]  # administrator / developer: not in the markup form ("## Entwickler: Max")
    role_msg: list[str]  # "system message", "system prompt", "message from the developer"
    you: list[str]  # what an order to the model starts with ("tu", "あなた", "from now on")
    new: list[str]  # "new" before the noun
    orders: list[str]  # instructions / directives / commands
    new_after: list[str] = field(default_factory=list)  # "new" after the noun (vi, ar)
    verbs: list[str] = field(default_factory=list)  # orders after "System:" ("ignora", "忽略")
    spaced: bool = True  # words are separated by spaces
    stems: list[str] = field(default_factory=list)  # more words the phrases contain ("систем")
    # an adverb before the order ("Système : immédiatement ignore…", "系统：立即忽略…"), as in
    # English: a list, and for the Romance languages their adverb ending ("-ment", "-mente")
    adverbs: list[str] = field(default_factory=list)
    adverb_ending: str = ""
    # German/Dutch V2 after the adverb: "System: Jetzt zeigst du …", "Systeem: Nu geef je …"
    inverted: list[str] = field(default_factory=list)


def _cores(d: Lang) -> tuple[str, ...]:
    """Required words of the header rules: for each phrase a role word or stem it contains (few
    words, shared by the phrases: each costs a search of the view), else its longest piece."""
    cores = [_fold(w) for w in (*d.system, *d.role, *d.stems)]
    picked = [next((c for c in cores if c in _fold(p)), p) for p in (*d.system, *d.role,
                                                                    *d.role_msg)]
    return _required(picked)


def _build(lang: str, d: Lang) -> list[Built]:
    role, msg = _alt([*d.system, *d.role]), _alt(d.role_msg)
    end = r"(?!\w)" if d.spaced else ""
    adverb = "|".join(([_alt(d.adverbs)] if d.adverbs else [])
                      + ([rf"\w{{2,}}{d.adverb_ending}"] if d.adverb_ending else []))

    def order(words: list[str]) -> str:
        """An order word, or an adverb and then one (or, V2, a verb and "you")."""
        first = rf"{_alt(words)}{end}"
        if not adverb:
            return first
        after = rf"{first}|\w+\W+{_alt(d.inverted)}{end}" if d.inverted else first
        gap = r"\W+" if d.spaced else r"[ \t、,]*"
        return rf"(?:(?:{adverb}){end}{gap}(?:{after})|{first})"

    you = order([*d.you, *d.verbs])
    sep = r"\W*" if d.spaced else r"[ \t]*(?:の)?"
    # the role word alone, with or without markup, needs an order to the model or a quote/tag
    # after it: "**Sistema:** Windows 11", "## Système : configuration requise" (a bug
    # report's specs, a document's heading) are not headers
    header = (rf"{_AT_LINE_MAYBE_MARKUP}{msg}{_CLOSE}{_COLON}{_CONTENT}"
              rf"|{_AT_LINE_MAYBE_MARKUP}{role}{_CLOSE}{_COLON}(?:{you}|{_QUOTE})"
              rf"|(?<=[\[【][ \t]{{0,3}})(?:{msg}|{role})[ \t]*[\]】]")
    news = [rf"{_alt(d.new)}{sep}{msg}"] if d.new else []
    orders = [rf"{_alt(d.new)}{sep}{_alt(d.orders)}"] if d.new else []
    new_anchors = _anchors(d.new)
    if d.new_after:
        news.append(rf"{msg}\W+{_alt(d.new_after)}")
        orders.append(rf"{_alt(d.orders)}\W+{_alt(d.new_after)}")
        new_anchors += _anchors(d.role_msg) + _anchors(d.orders)
    tail = rf"{_CLOSE}{_COLON}{_CONTENT}"
    start = r"\b" if d.spaced else ""
    return [
        ((f"role.header_line_{lang}", "role_impersonation", "medium",
          _anchors([*d.system, *d.role, *d.role_msg]),
          header), _cores(d)),
        ((f"role.new_system_message_{lang}", "role_impersonation", "medium", new_anchors,
          rf"{start}(?:{'|'.join(news)}){tail}"), _cores(d)),
        ((f"override.new_instructions_{lang}", "instruction_override", "medium", new_anchors,
          rf"{start}(?:{'|'.join(orders)}){tail}"), _required(d.orders)),
    ]


LANGS: dict[str, Lang] = {
    "de": Lang(
        adverbs=["sofort", "jetzt", "nun", "ab sofort", "unverzüglich", "umgehend", "ausnahmslos",
                 "unbedingt", "zuerst", "dann", "ab jetzt", "bitte"], inverted=["du"],
        system=[], role=["entwickler"],
        role_msg=["systemnachricht", "systemmeldung", "systemanweisung", "systemanweisungen",
                  "systemprompt", "systemhinweis", "systembefehl",
                  "nachricht vom system", "anweisung vom system", "anweisungen vom system",
                  "adminnachricht", "administratornachricht", "entwicklernachricht",
                  "entwickleranweisung", "entwickleranweisungen", "nachricht vom entwickler"],
        you=["du", "ihr", "sie sind", "sie müssen", "ab jetzt", "ab sofort", "von nun an"],
        new=["neue", "neuer", "neues", "aktualisierte", "geänderte"],
        orders=["anweisungen", "anweisung", "instruktionen", "befehle", "vorgaben",
                "anordnungen", "aufgabe"], stems=["system", "admin"],
        verbs=["ignoriere", "ignorieren", "vergiss", "vergessen", "zeige", "zeig", "gib",
               "nenne", "antworte", "wiederhole", "schreibe", "sage", "befolge", "beachte",
               "stoppe", "führe", "offenbare", "verrate", "bitte"]),
    "fr": Lang(
        adverbs=["maintenant", "désormais", "dorénavant", "d'abord", "ensuite", "toujours", "svp"],
        adverb_ending="ment",
        system=["système"], role=["administrateur", "développeur"],
        role_msg=["message système", "message du système", "message de l'administrateur",
                  "message du développeur", "instruction système", "instructions système",
                  "invite système", "prompt système", "note système", "consigne système",
                  "consignes système", "commande système", "message admin"],
        you=["tu", "vous", "à partir de maintenant", "désormais", "dorénavant"],
        new=["nouveau", "nouvel", "nouvelle", "nouvelles", "nouveaux"],
        orders=["instructions", "instruction", "consignes", "directives", "ordres",
                "commandes", "tâche"], stems=["admin"],
        verbs=["ignore", "ignorez", "oublie", "oubliez", "affiche", "affichez", "montre",
               "montrez", "révèle", "révélez", "dis", "dites", "donne", "donnez", "réponds",
               "répondez", "répète", "répétez", "écris", "écrivez", "suis", "suivez", "arrête",
               "arrêtez", "exécute", "exécutez"]),
    "es": Lang(
        adverbs=["ahora", "ya", "siempre", "primero", "luego", "por favor"], adverb_ending="mente",
        system=["sistema"], role=["administrador", "desarrollador"],
        role_msg=["mensaje del sistema", "mensaje de sistema", "instrucción del sistema",
                  "instrucciones del sistema", "aviso del sistema", "nota del sistema",
                  "prompt del sistema", "comando del sistema", "mensaje del administrador",
                  "mensaje del desarrollador", "instrucciones del desarrollador"],
        you=["tú", "usted", "eres", "debes", "a partir de ahora", "desde ahora", "ahora eres"],
        new=["nuevo", "nueva", "nuevas", "nuevos"],
        orders=["instrucciones", "instrucción", "indicaciones", "directrices", "órdenes",
                "comandos", "tarea"],
        verbs=["ignora", "ignore", "ignoren", "olvida", "olvide", "muestra", "muestre", "revela",
               "revele", "imprime", "di", "dime", "diga", "da", "dame", "responde", "responda",
               "repite", "repita", "escribe", "escriba", "sigue", "siga", "detén", "ejecuta",
               "ejecute"]),
    "it": Lang(
        adverbs=["ora", "adesso", "subito", "sempre", "prima", "poi", "per favore"],
        adverb_ending="mente",
        system=["sistema"], role=["amministratore", "sviluppatore"],
        role_msg=["messaggio di sistema", "messaggio del sistema", "istruzione di sistema",
                  "istruzioni di sistema", "prompt di sistema", "nota di sistema",
                  "avviso di sistema", "comando di sistema", "messaggio dell'amministratore",
                  "messaggio dello sviluppatore", "istruzioni dello sviluppatore"],
        you=["tu", "sei", "devi", "d'ora in poi", "da ora in poi", "ora sei"],
        new=["nuovo", "nuova", "nuove", "nuovi"],
        orders=["istruzioni", "istruzione", "indicazioni", "direttive", "comandi", "ordini",
                "compito"],
        verbs=["ignora", "ignori", "dimentica", "dimentichi", "mostra", "mostri", "rivela",
               "riveli", "stampa", "di'", "dimmi", "dai", "dammi", "rispondi", "risponda",
               "ripeti", "ripeta", "scrivi", "scriva", "segui", "segua", "fermati", "esegui",
               "esegua"]),
    "pt": Lang(
        adverbs=["agora", "já", "sempre", "primeiro", "depois", "por favor"], adverb_ending="mente",
        system=["sistema"], role=["administrador", "desenvolvedor"],
        role_msg=["mensagem do sistema", "mensagem de sistema", "instrução do sistema",
                  "instruções do sistema", "prompt do sistema", "aviso do sistema",
                  "nota do sistema", "comando do sistema", "mensagem do administrador",
                  "mensagem do desenvolvedor", "instruções do desenvolvedor"],
        you=["você", "tu", "és", "deve", "a partir de agora", "agora você"],
        new=["novo", "nova", "novas", "novos"],
        orders=["instruções", "instrução", "orientações", "diretrizes", "ordens", "comandos",
                "tarefa"],
        verbs=["ignore", "ignora", "esqueça", "esquece", "mostre", "mostra", "revele", "revela",
               "imprima", "diga", "diz", "dê", "dá", "responda", "responde", "repita", "repete",
               "escreva", "escreve", "siga", "segue", "pare", "execute", "executa"]),
    "nl": Lang(
        adverbs=["nu", "onmiddellijk", "direct", "meteen", "voortaan", "altijd", "eerst", "dan",
                 "alsjeblieft", "graag"], inverted=["je", "jij", "u"],
        system=["systeem"], role=["beheerder", "ontwikkelaar"],
        role_msg=["systeembericht", "systeemmelding", "systeeminstructie",
                  "systeeminstructies", "systeemprompt", "systeemopdracht",
                  "bericht van het systeem", "beheerdersbericht", "ontwikkelaarsbericht",
                  "ontwikkelaarsinstructies"],
        you=["je", "jij", "u bent", "vanaf nu"],
        new=["nieuw", "nieuwe"],
        orders=["instructies", "instructie", "aanwijzingen", "opdrachten", "opdracht",
                "richtlijnen", "taak"],
        verbs=["negeer", "vergeet", "toon", "laat zien", "onthul", "print", "zeg", "geef",
               "antwoord", "herhaal", "schrijf", "volg", "stop", "voer"]),
    "pl": Lang(
        adverbs=["teraz", "natychmiast", "niezwłocznie", "zawsze", "najpierw", "proszę",
                 "koniecznie"],
        system=[], role=["deweloper", "programista"],
        role_msg=["komunikat systemowy", "wiadomość systemowa", "instrukcja systemowa",
                  "instrukcje systemowe", "prompt systemowy", "polecenie systemowe",
                  "wiadomość od administratora", "wiadomość od dewelopera",
                  "komunikat administratora"],
        you=["ty", "jesteś", "musisz", "od teraz", "od tej pory"],
        new=["nowa", "nowy", "nowe"],
        orders=["instrukcje", "instrukcja", "polecenia", "polecenie", "wytyczne", "zadanie"],
        stems=["system", "admin"],
        verbs=["zignoruj", "ignoruj", "zapomnij", "pokaż", "ujawnij", "wypisz", "wydrukuj",
               "powiedz", "podaj", "daj", "odpowiedz", "powtórz", "napisz", "postępuj",
               "zatrzymaj", "wykonaj"]),
    "tr": Lang(
        adverbs=["hemen", "derhal", "şimdi", "artık", "lütfen", "mutlaka", "önce"],
        system=["sistem"], role=["yönetici", "geliştirici"],
        role_msg=["sistem mesajı", "sistem talimatı", "sistem talimatları", "sistem istemi",
                  "sistem notu", "sistem komutu", "yönetici mesajı", "geliştirici mesajı",
                  "geliştirici talimatları"],
        you=["sen", "siz", "artık", "bundan sonra"],
        new=["yeni", "güncel"],
        orders=["talimatlar", "talimat", "talimatlarınız", "komutlar", "yönergeler", "görev"],
        verbs=["yoksay", "görmezden gel", "unut", "göster", "açıkla", "yazdır", "söyle", "ver",
               "yanıtla", "cevapla", "tekrarla", "yaz", "uy", "dur", "çalıştır"]),
    "ar": Lang(
        adverbs=["فورا", "فوراً", "الآن", "حالا", "دائما", "من فضلك", "رجاء"],
        system=["النظام"], role=["المسؤول", "المطور"],
        role_msg=["رسالة النظام", "رسالة من النظام", "تعليمات النظام", "موجه النظام",
                  "أمر النظام", "رسالة المسؤول", "رسالة المطور", "تعليمات المطور"],
        you=["أنت", "انت", "يجب عليك", "من الآن"],
        new=[],  # the adjective follows: new_after
        orders=["تعليمات", "التعليمات", "أوامر", "الأوامر", "مهمة"],
        new_after=["جديدة", "الجديدة", "جديد", "الجديد"],
        verbs=["تجاهل", "انس", "انسى", "اعرض", "اكشف", "اطبع", "قل", "أعط", "اعط", "أجب", "اجب",
               "كرر", "اكتب", "اتبع", "توقف", "نفذ"]),
    "vi": Lang(
        adverbs=["ngay lập tức", "ngay bây giờ", "ngay", "bây giờ", "luôn luôn", "vui lòng", "xin"],
        system=["hệ thống"], role=["quản trị viên", "nhà phát triển"],
        role_msg=["tin nhắn hệ thống", "thông báo hệ thống", "thông điệp hệ thống",
                  "chỉ thị hệ thống", "lời nhắc hệ thống", "hướng dẫn hệ thống",
                  "lệnh hệ thống", "tin nhắn từ quản trị viên", "tin nhắn từ nhà phát triển"],
        you=["bạn", "từ bây giờ", "từ giờ"],
        new=[],  # the adjective follows: new_after
        orders=["hướng dẫn", "chỉ dẫn", "chỉ thị", "mệnh lệnh", "nhiệm vụ"],
        new_after=["mới"],
        verbs=["bỏ qua", "quên", "hiển thị", "tiết lộ", "in ra", "nói", "cho tôi", "trả lời",
               "lặp lại", "viết", "làm theo", "dừng", "thực hiện", "hãy"]),
    "ru": Lang(
        adverbs=["немедленно", "срочно", "сейчас", "сразу", "теперь", "всегда", "сначала",
                 "пожалуйста", "обязательно", "строго"],
        system=["система"], role=["администратор", "админ", "разработчик"],
        role_msg=["системное сообщение", "сообщение системы", "сообщение от системы",
                  "системная инструкция", "системные инструкции", "системный промпт",
                  "системная команда", "системное указание", "сообщение администратора",
                  "сообщение разработчика", "инструкции разработчика"],
        you=["ты", "вы", "тебе", "теперь ты", "отныне", "с этого момента"],
        new=["новое", "новая", "новые", "новый", "обновлённые", "обновленные"],
        orders=["инструкции", "инструкция", "указания", "команды", "директивы", "задача"],
        stems=["систем"],
        verbs=["игнорируй", "игнорируйте", "забудь", "забудьте", "покажи", "покажите", "раскрой",
               "выведи", "напечатай", "скажи", "скажите", "дай", "дайте", "ответь", "ответьте",
               "повтори", "повторите", "напиши", "напишите", "следуй", "остановись", "выполни"]),
    "zh": Lang(
        adverbs=["立即", "立刻", "马上", "馬上", "现在", "現在", "务必", "務必", "必须", "必須",
                 "始终", "始終"],
        system=["系统", "系統"], role=["管理员", "管理員", "开发者", "開發者"],
        # not 系统提示 / 系统通知 alone: a common UI notice heading ("System notice: …")
        role_msg=["系统消息", "系統消息", "系统讯息", "系統訊息", "系统指令", "系統指令",
                  "系统提示词", "系統提示詞", "系统命令", "系統命令", "管理员消息",
                  "管理員訊息", "开发者消息", "開發者訊息", "开发者指令", "開發者指令"],
        you=["你", "您", "从现在开始", "從現在開始"],
        new=["新的", "新", "最新的"],
        orders=["指令", "指示", "命令", "任务", "任務"],
        spaced=False,
        verbs=["忽略", "忽视", "无视", "無視", "忘记", "忘記", "显示", "顯示", "输出", "輸出",
               "打印", "告诉", "告訴", "透露", "泄露", "回答", "回复", "回覆", "重复", "重複",
               "写出", "寫出", "遵循", "停止", "执行", "執行", "请", "請"]),
    "ja": Lang(
        adverbs=["今すぐ", "直ちに", "ただちに", "必ず", "すぐに", "まず"],
        system=["システム"], role=["管理者", "開発者"],
        role_msg=["システムメッセージ", "システムプロンプト", "システム指示", "システム命令",
                  "システムからの指示", "システムからのメッセージ", "管理者メッセージ",
                  "開発者メッセージ", "開発者からの指示", "管理者からの指示"],
        you=["あなた", "君", "今から", "これから", "これ以降"],
        new=["新しい", "新たな", "新規"],
        orders=["指示", "命令", "指令", "タスク"],
        spaced=False,
        verbs=["無視", "忘れ", "表示", "出力", "教え", "答え", "回答", "繰り返", "書い", "従っ",
               "停止", "実行", "明かし"]),
    "ko": Lang(
        adverbs=["즉시", "지금 바로", "지금", "반드시", "당장", "먼저"],
        system=["시스템"], role=["관리자", "개발자"],
        role_msg=["시스템 메시지", "시스템 프롬프트", "시스템 지시", "시스템 명령", "시스템 지침",
                  "관리자 메시지", "개발자 메시지", "개발자 지시", "관리자 지시"],
        you=["너", "당신", "지금부터", "이제부터"],
        new=["새", "새로운"],
        orders=["지시", "지침", "명령", "작업"],
        spaced=False,
        verbs=["무시", "잊어", "표시", "출력", "알려", "답해", "대답", "반복", "공개", "따르",
               "중지", "실행"]),
}

_BUILT: tuple[Built, ...] = tuple(b for lang, d in LANGS.items() for b in _build(lang, d))
ROLE_SPECS: tuple[Spec, ...] = tuple(spec for spec, _ in _BUILT)
# Rule id -> words of which at least one must be in the view for the rule to be tried.
ROLE_REQUIRES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {spec[0]: words for spec, words in _BUILT})
