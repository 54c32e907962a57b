"""Non-English "ignore everything above" (English: ``override.ignore_above``).

One rule per language, ``override.ignore_above_<lang>`` (``instruction_override``, ``high`` like
the English rule), for the 14 languages of :mod:`.rules_i18n`: "Ignoriere alles oben",
"Ignore tout ce qui précède", "Ignora todo lo anterior", "Игнорируй всё вышесказанное",
"忽略以上所有内容", "以上の内容はすべて無視して", with no instructions word (the rules of
:mod:`.rules_i18n` need one). As in English:

- the verb starts its sentence (the text or a line start, sentence punctuation, a quote or
  markup, then at most two of "please", "now", …): "Du kannst alles oben ignorieren" does not
  fire;
- "everything" is part of the phrase ("alles oben", "tout ce qui précède", "所有内容", "すべて"):
  "请忽略以上内容" (an e-mail's "please disregard the above") does not fire, and neither does
  "Ignore ce qui précède." alone;
- what is ignored is followed by the end of its line or by a new order ("… und sage", ", puis
  écris", "，然后回答"): "Ignoriere alles oben rechts", "Vergiss alles davor, ich habe die
  Lösung" stay quiet. "The above" without "everything" needs the new order.
- Verb-final languages (Turkish, Japanese, Korean) have the object first and end with the
  imperative ("Yukarıdaki her şeyi unut", "以上の内容はすべて無視して", "위의 모든 내용을
  무시해"); "無視していい" (you may ignore) and the past and passive forms do not fire.

The new orders reuse the order words of the header rules (:mod:`.rules_i18n_roles`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .rules_en import Spec
from .rules_i18n import Built, _alt, _anchors, _required
from .rules_i18n_roles import LANGS as ROLE_LANGS

_LINE_END = r"[ \t]*[.!。！]*[ \t]*(?:\n|$|</)"
_PUNCT = r"[,;:.!\-，、；：。！]"


@dataclass(frozen=True)
class Above:
    verbs: list[str]  # imperative "ignore" / "forget"
    every: list[str]  # "everything above" phrases (with "everything" in them)
    the_above: list[str] = field(default_factory=list)  # "the above": needs a new order
    polite: list[str] = field(default_factory=list)  # before the verb: "please", "now"
    then: list[str] = field(default_factory=list)  # "and", "then" before a new order
    spaced: bool = True
    object_first: bool = False  # EVERY … VERB (the verb ends the sentence)
    not_after: list[str] = field(default_factory=list)  # after a final verb: no order then
    attached: str = ""  # a conjunction written onto the next word (Arabic "و": "واكتب")


def _build(lang: str, a: Above) -> Built:
    roles = ROLE_LANGS[lang]
    orders = _alt([*roles.verbs, *roles.you])
    b = r"\b" if a.spaced else ""
    polite = rf"(?:{_alt(a.polite)}\W{{0,3}}){{0,2}}" if a.polite else ""
    start = rf"(?<=(?:^|[\n.!?:;\"'(\[*#>|\-。！？：」』])[ \t]{{0,3}}{polite})"
    then = _alt(a.then) if a.then else ""
    joiner = rf"{_PUNCT}|{b}{then}{b}" if then else _PUNCT
    if a.attached:  # "… ما سبق واكتب": the conjunction is the new order's first letter
        joiner += rf"|(?<=\s){_alt([a.attached])}(?=\w)"
    new_order = (rf"\W{{0,4}}(?:{joiner})\W{{0,3}}(?:{then}\W{{0,3}})?{orders}{b}"
                 if then else rf"\W{{0,4}}{_PUNCT}\W{{0,3}}{orders}{b}")
    every = _alt(a.every)
    if a.object_first:
        not_after = rf"(?!{_alt(a.not_after)})" if a.not_after else r"\b"
        pattern = rf"{start}{every}\W{{0,3}}{_alt(a.verbs)}{not_after}"
        anchors = _anchors(a.every)
    else:
        tail = rf"{every}{b}(?:{_LINE_END}|{new_order})"
        if a.the_above:
            tail += rf"|{_alt(a.the_above)}{b}{new_order}"
        gap = r"\W+" if a.spaced else r"\W*"
        pattern = rf"{start}{_alt(a.verbs)}{gap}(?:{tail})"
        anchors = _anchors(a.verbs)
    return ((f"override.ignore_above_{lang}", "instruction_override", "high", anchors,
             pattern), _required([*a.every, *a.the_above]))


LANGS: dict[str, Above] = {
    "de": Above(
        verbs=["ignoriere", "ignorier", "ignorieren sie", "vergiss", "vergessen sie",
               "missachte"],
        every=["alles oben", "alles obige", "alles oben gesagte", "alles oben geschriebene",
               "alles oben stehende", "alles obenstehende", "alles vorherige",
               "alles bisherige", "alles bisher gesagte", "alles davor", "alles zuvor",
               "alles zuvor gesagte", "alles was oben steht", "alles was davor steht",
               "alles was vorher kam", "alles bis hierher"],
        the_above=["das obige", "das oben gesagte", "das vorherige"],
        polite=["bitte", "jetzt", "nun", "und", "dann"], then=["und", "dann"]),
    "fr": Above(
        verbs=["ignore", "ignorez", "oublie", "oubliez"],
        every=["tout ce qui précède", "tout ce qui est au-dessus", "tout ce qui est ci-dessus",
               "tout ce qui a été dit avant", "tout ce qui a été écrit avant",
               "tout ce qui est écrit au-dessus", "tout ce qui est écrit ci-dessus",
               "tout ce qui se trouve au-dessus", "tout ce qui se trouve ci-dessus",
               "tout ce qui est plus haut", "tout le texte ci-dessus",
               "tout ce qu'il y a au-dessus"],
        the_above=["ce qui précède", "le texte ci-dessus"],
        polite=["s'il te plaît", "s'il vous plaît", "maintenant", "et", "puis"],
        then=["et", "puis", "ensuite"]),
    "es": Above(
        verbs=["ignora", "ignore", "olvida", "olvide"],
        every=["todo lo anterior", "todo lo de arriba", "todo lo que está arriba",
               "todo lo que hay arriba", "todo lo dicho anteriormente",
               "todo lo escrito arriba", "todo lo que se dijo antes",
               "todo lo que está escrito arriba", "todo el texto anterior"],
        the_above=["lo anterior", "lo de arriba"],
        polite=["por favor", "ahora", "y", "luego"], then=["y", "luego", "después"]),
    "it": Above(
        verbs=["ignora", "ignori", "dimentica", "dimentichi"],
        every=["tutto quanto sopra", "tutto ciò che precede", "tutto quello che precede",
               "tutto ciò che è scritto sopra", "tutto quello scritto sopra",
               "tutto quello che c'è sopra", "tutto ciò che c'è sopra", "tutto il testo sopra",
               "tutto quanto detto prima", "tutto ciò che è stato detto prima"],
        the_above=["quanto sopra", "ciò che precede"],
        polite=["per favore", "ora", "adesso", "e", "poi"], then=["e", "poi", "quindi"]),
    "pt": Above(
        verbs=["ignore", "ignora", "esqueça", "esquece", "desconsidere"],
        every=["tudo acima", "tudo o que está acima", "tudo o que foi dito antes",
               "tudo o que veio antes", "tudo o que foi escrito acima", "todo o texto acima",
               "tudo o que está escrito acima", "tudo o que há acima"],
        the_above=["o que está acima", "o texto acima"],
        polite=["por favor", "agora", "e", "depois"], then=["e", "depois", "então"]),
    "nl": Above(
        verbs=["negeer", "vergeet"],
        every=["alles hierboven", "al het bovenstaande", "alles wat hierboven staat",
               "alles wat hiervoor staat", "alles daarboven", "alles wat eerder is gezegd",
               "alle bovenstaande tekst"],
        the_above=["het bovenstaande"],
        polite=["alsjeblieft", "nu", "en", "dan"], then=["en", "dan"]),
    "pl": Above(
        verbs=["zignoruj", "ignoruj", "zapomnij"],
        every=["wszystko powyżej", "wszystko co powyżej", "wszystko co jest powyżej",
               "wszystko co było wcześniej", "wszystko co napisano powyżej",
               "wszystko wcześniejsze", "wszystko powyższe", "cały powyższy tekst"],
        the_above=["powyższe", "to co powyżej"],
        polite=["proszę", "teraz", "i", "potem"], then=["i", "potem", "następnie"]),
    "ru": Above(
        verbs=["игнорируй", "игнорируйте", "проигнорируй", "проигнорируйте", "забудь",
               "забудьте"],
        every=["всё вышесказанное", "все вышесказанное", "всё вышенаписанное",
               "все вышенаписанное", "всё написанное выше", "все написанное выше",
               "всё сказанное ранее", "все сказанное ранее", "всё, что выше", "все, что выше",
               "всё, что было выше", "все, что было выше", "всё, что написано выше",
               "все, что написано выше", "всё предыдущее", "все предыдущее",
               "весь текст выше"],
        the_above=["вышесказанное", "вышенаписанное"],
        polite=["пожалуйста", "теперь", "и", "затем"], then=["и", "затем", "потом", "а"]),
    "tr": Above(
        verbs=["unut", "unutun", "yok say", "yok sayın", "görmezden gel", "görmezden gelin",
               "dikkate alma", "dikkate almayın"],
        every=["yukarıdaki her şeyi", "yukarıdakilerin hepsini", "yukarıdakilerin tümünü",
               "yukarıda yazan her şeyi", "yukarıda yazılan her şeyi", "önceki her şeyi",
               "buraya kadar yazılan her şeyi", "yukarıdaki tüm metni"],
        polite=["lütfen", "şimdi"], object_first=True),
    "ar": Above(
        verbs=["تجاهل", "تجاهلي", "تجاهلوا", "انس", "انسى", "انسي"],
        every=["كل ما سبق", "كل ما ورد أعلاه", "كل ما هو مكتوب أعلاه", "كل ما كتب أعلاه",
               "جميع ما سبق", "كل ما قيل سابقا", "كل النص أعلاه"],
        the_above=["ما سبق", "ما ورد أعلاه"],
        polite=["من فضلك", "الآن"], then=["ثم", "و"], attached="و"),
    "vi": Above(
        verbs=["bỏ qua", "phớt lờ", "quên", "quên đi", "quên hết"],
        every=["mọi thứ ở trên", "mọi thứ phía trên", "tất cả những gì ở trên",
               "tất cả những gì phía trên", "toàn bộ nội dung ở trên",
               "toàn bộ nội dung phía trên", "tất cả nội dung ở trên", "tất cả nội dung trên",
               "mọi điều ở trên", "hết mọi thứ ở trên"],
        the_above=["nội dung ở trên", "những gì ở trên"],
        polite=["hãy", "vui lòng", "bây giờ"], then=["và", "rồi", "sau đó"]),
    "zh": Above(
        verbs=["忽略", "忽视", "忽視", "无视", "無視", "忘掉", "忘记", "忘記", "不要理会",
               "不要理會"],
        every=["以上所有内容", "以上所有內容", "以上全部内容", "以上全部內容", "以上所有",
               "以上的一切", "以上一切", "上面所有内容", "上面所有內容", "上面的所有内容",
               "上面的所有內容", "上面的一切", "上面一切", "上述所有内容", "上述所有內容",
               "上述一切", "前面所有内容", "前面的一切", "之前的一切", "之前所有内容",
               "之前的所有内容", "上面所有的话", "上面说的一切"],
        the_above=["以上内容", "以上內容", "上面的内容", "上面的內容", "上述内容"],
        polite=["请", "請", "现在", "現在"], then=["然后", "然後", "并", "並", "再"],
        spaced=False),
    "ja": Above(
        verbs=["無視して", "無視しろ", "無視しなさい", "忘れて", "忘れろ", "忘れなさい"],
        every=["以上の内容はすべて", "以上の内容は全て", "以上の内容をすべて", "以上の内容を全て",
               "以上はすべて", "以上は全て", "上記の内容はすべて", "上記の内容は全て",
               "上記の内容をすべて", "上記はすべて", "上記は全て", "上記をすべて",
               "上の内容はすべて", "上の文章はすべて", "上の文章は全部", "これまでの内容はすべて",
               "これまでの内容をすべて", "ここまでの内容はすべて", "ここまでの内容をすべて",
               "これまでのことはすべて", "以上のことはすべて", "以上のことは全て"],
        polite=["では", "今から"], spaced=False, object_first=True,
        not_after=["い", "も", "しま"]),  # "無視していい", "無視してもいい", "忘れてしまった"
    "ko": Above(
        verbs=["무시해", "무시하고", "무시하세요", "무시해라", "무시해줘", "잊어버려", "잊어",
               "잊으세요", "잊어버리세요", "잊고"],
        every=["위의 모든 내용을", "위의 모든 내용은", "위 내용은 모두", "위 내용을 모두",
               "위의 내용을 모두", "위의 내용은 전부", "위에 있는 모든 것을",
               "위에 있는 모든 내용을", "이전의 모든 내용을", "이전 내용을 모두",
               "지금까지의 모든 내용을", "앞의 모든 내용을"],
        polite=["이제", "지금"], spaced=False, object_first=True,
        not_after=["도", "버렸", "었", "야"]),  # "무시해도 돼" (may), "잊어버렸다", "잊어야"
}

_BUILT: tuple[Built, ...] = tuple(_build(lang, a) for lang, a in LANGS.items())
ABOVE_SPECS: tuple[Spec, ...] = tuple(spec for spec, _ in _BUILT)
# Rule id -> words of which at least one must be in the view for the rule to be tried.
ABOVE_REQUIRES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {spec[0]: words for spec, words in _BUILT})
