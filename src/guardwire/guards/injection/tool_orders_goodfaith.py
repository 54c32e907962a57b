"""Good-faith text addressed to an AI reader (sixteenth session).

The fifteenth session's readings of tool results (:mod:`.tool_orders`, :mod:`.agent_steps`)
flagged text that speaks to an AI in good faith: llms.txt and citation requests ("AI assistants:
when citing this page, link to https://docs.acme.example/guide"), caveats to carry into a
summary ("Automated assistants summarising this page should carry this caveat"), chat
transcripts whose "Assistant:" turn holds a link, notes to "any system (human or AI)".
:func:`good_faith` says whether a sentence the readings took for an order is one of these:

- **a speaker's turn:** the address is a label at the start of a line ("Assistant:",
  "> Assistant:", "helper-ai:") in a text with other speakers' lines ("User:", "Customer:",
  "newbie42:"): the assistant speaks, nobody orders it;
- **a note to people and AIs alike:** "(human or AI)", "humans and language models";
- **a citation or a caveat:** the sentence asks to cite, attribute, credit or link the source,
  or to carry a caveat about this text (preliminary figures, self-reported data, satire,
  imputed rows, prices in another currency), asks for nothing an attacker wants (no secret, no
  money, no user data, nothing hidden from the user, no ranking, no download, no login), and
  its link, if any, is the page's own (its host's name is elsewhere in the text, or the
  sentence calls it this page, the original, the full report, the source).

It never excuses a sentence with an e-mail address, a secret, money or an IBAN. Tried only on
a sentence a reading took for an order, so its cost is a few searches per hit.
"""

from __future__ import annotations

import regex

from .lazy_regex import lazy
from .rules_i18n import _fold

__all__ = ["good_faith"]

_SPEAKER = lazy(r"(?m)^[ \t>*\-]{0,6}(?!(?:note|notes|instructions?|hint|caution|warning"
                r"|important|summary|disclaimer|p\.?s)\b)[\w@.-]{1,24}(?:[ \t][\w.-]{1,"
                r"12})?[ \t]*:(?=[ \t])")
_LABEL_AT = lazy(r"[ \t>*\-]{0,6}[\w@.-]{1,24}(?:[ \t][\w.-]{1,12})?[ \t]*:[ \t]")
_BOTH = lazy(
    r"\b(?:humans?|people|persons?|readers?|researchers|students)\W+(?:\w+\W+){0,3}?(?:or|and|/)"
    r"\W+(?:\w+\W+)?(?:ai|a\.i\.|machines?|language\W+models?|llms?|automated\W+\w+|models?"
    r"|assistants?)\b|\b(?:ai|machines?|models?|llms?)\W+(?:or|and|/)\W+humans?\b")
# (nineteenth session) a guide for contributors and AI tools alike ("Alt text guidelines for
# contributors and AI caption tools: describe …"): good faith only when it asks for nothing an
# attacker wants
_BOTH_WORK = lazy(
    r"\b(?:contributors|writers|authors|editors|translators|maintainers|reviewers|developers)"
    r"\W+(?:or|and|/)\W+(?:\w+\W+){0,2}?(?:ai|a\.i\.|language\W+models?|llms?|models?|assistants?"
    r"|agents?|bots?|tools?)\b")
# (written as the normalised view has them: lower case, accents dropped; the CJK words folded
# as the view folds them: dakuten dropped, Hangul decomposed)
_CJK_CITE = "|".join(regex.escape(_fold(w)) for w in ("引用", "注明", "出典", "출처", "인용",
                                                       "初步", "暂定"))
_CITE = lazy(
    r"\b(?:cite|citing|citation|attribut\w*|credit|quot(?:e|ing)|source|original|licen[cs]e\w*"
    r"|caveat|preliminary|provisional|self\W?reported|satir\w*|imputed|estimated|approximate"
    r"|not\W+(?:medical|legal|financial)\W+advice|not\W+guidance|time\W+of\W+writing|may\W+have"
    r"\W+changed|say\W+so|state\W+whether|zitier\w*|quelle|citez|citer|cita|citar|enlace|fuente"
    r"|fonte|voorlopig\w*|bron|vorlaufig\w*|provisoire\w*|verwijs\w*|sumber|mengutip|kutip\w*"
    r"|sementara|trich\W+dan|nguon|so\W+bo|tam\W+thoi)\b|" + _CJK_CITE)
# what an attacker wants, in every language _CITE reads (a citation word never excuses these)
_HARM_LATIN = (
    r"|\b(?:approv\w*|merg\w*|grant\w*|share|sharing|submit\w*|buy|purchas\w*|execut\w*"
    r"|accept\w*|cancel\w*|unsubscrib\w*|schick\w*|sende\w*|passwort\w*"
    r"|kennwort\w*|nutzer\w*|benutzer\w*|verlauf|uberweis\w*|losch\w*|herunterlad\w*"
    r"|installier\w*|anmeld\w*|envo\w*|envi\w*|mot\W+de\W+passe|utilisateur\w*|historique"
    r"|virement\w*|supprim\w*|telecharg\w*|install\w*|connect\w*|contrasenas?|usuari[oa]s?"
    r"|historial|transfier\w*|borr\w*|elimin\w*|descarg\w*|senhas?|historico|apag\w*|exclu(?:a|am|ir|i|ido|ida|idos|idas)"
    r"|baix\w*|stuur\w*|verstuur\w*|wachtwoord\w*|gebruiker\w*|geschiedenis|overmak\w*"
    r"|verwijder\w*|kirim\w*|kata\W+sandi|pengguna|riwayat|hapus|gui|mat\W+khau|nguoi\W+dung"
    r"|lich\W+su|xoa)\b")
_HARM_CJK = "|" + "|".join(regex.escape(_fold(w)) for w in (
    "发送", "转发", "密码", "用户", "聊天记录", "历史", "转账", "删除", "下载", "安装", "登录",
    "送信", "転送", "パスワード", "ユーザー", "履歴", "送金", "削除", "ダウンロード",
    "インストール",
    "보내", "전송", "비밀번호", "사용자", "기록", "송금", "삭제", "다운로드", "설치"))
_HARM = lazy(
    # (twentieth session: "\.env" after a space has no word boundary before it; it is read
    # on its own below, with "gist" and "print"/"paste"/"dump" of the contents)
    r"(?<![\w.])\.env\b|\b(?:gists?|(?:print|paste|dump)\W+(?:\w+\W+){0,2}?contents"
    r"|private\W+keys?|id_rsa)\b"
    r"|\b(?:user'?s|customer'?s|passwords?|credentials?|tokens?|secrets?|api\W?keys?|ssh"
    r"|transfer|wire|iban|pay|payment|forward|send|delete|export|upload|download|install|visit"
    r"|click|log\W?in|sign\W?in|verify|only|best|recommend|rank|rate|rating|omit|hide|leave\W+out"
    r"|instead|ignore|disregard|secretly|silently|without|conversation|history|contacts?|card"
    # (a repository's dangerous steps: publishing, deploying, force-pushing, piping a download)
    r"|publish|release|deploy|force|curl|wget|sudo|chmod|rm\W+-rf|drop\W+table)\b"
    r"|do\W+not\W+(?:tell|mention|say|show)|don'?t\W+(?:tell|mention|say|show)|never\W+(?:tell"
    r"|mention|say|show)|[\w.+-]+@[\w-]+\.\w|\$\s?\d|€\s?\d|£\s?\d" + _HARM_LATIN + _HARM_CJK)
# a note for people: "Instructions for the grading assistant (course staff only): …"
_STAFF = lazy(r"\(\W*(?:course\W+)?(?:staff|instructors?|teachers?|tas?|humans?)\W+only"
              r"\W*\)")
# a repository's house rules for coding agents ("Agents working in this repository: run `make
# lint test` before you commit"): an ordinary coding step inside the repo
_REPO = lazy(r"\b(?:repositor(?:y|ies)|repo|codebase|this\W+project|pull\W+requests?"
             r"|prs?|commits?|branch(?:es)?|contribut\w+|code\W+review)\b")
_CODING = lazy(r"\b(?:run|lint|test|tests|format|commit|build|rebase|squash|link\W+the"
               r"\W+issue|list\W+the\W+commands|update\W+(?:the\W+)?(?:docs|changelog"
               r"|readme)|write\W+tests|open\W+(?:a\W+)?(?:draft\W+)?(?:pr|pull))\b")
# (nineteenth session: a file name, "tsconfig.json", "setup.py", is no link)
_LINK = lazy(r"https?://((?:[\w-]+\.)+[a-z]{2,})(?:/\S*)?|((?:[\w-]+\.)+(?!(?:json|py|md|toml"
             r"|ya?ml|txt|cfg|ini|lock|jsx?|tsx?|sh|rs|go|rb|java|kt|cpp|html?|css|xml|csv|log"
             r"|env|sql|ipynb|conf|pdf|docx?|xlsx?|png|jpe?g|svg|gif|zip|gz|tar|rst)\b)[a-z]{2,})"
             r"(?:/\S*)?")
_OWN = lazy(
    r"\b(?:this|the\W+full|the\W+original|the\W+final|the\W+complete|the\W+current)\W+(?:page"
    r"|article|report|story|post|document|dataset|version|guide|glossary|data|table)\b"
    r"|\b(?:the\W+)?source\b|\bdiese\W+seite\b|\bcette\W+page\b|\besta\W+pagina\b|\bla"
    r"\W+fuente\b|\bdeze\W+pagina\b|\bvolledige\W+rapport\b|\bartikel\W+ini\b"
    r"|\bbai\W+(?:viet|bao)\W+nay\b|" + "|".join(
        regex.escape(_fold(w)).replace(r"\ ", r"\W?")
        for w in ("本页", "本頁", "本文", "このページ", "この記事", "이 페이지", "이 기사")))
_GAPS = lazy(r"[\s_-]+")
_DOTS = lazy(r"[.-]")
_GENERIC = frozenset({"www", "example", "com", "org", "net", "http", "https", "docs", "doc",
                      "blog", "wiki", "help", "www2", "api", "de", "fr", "es", "cn", "uk", "io"})


def _own_link(view: str, sentence: str) -> bool:
    """Every link of ``sentence`` is the page's own: a label of its host (not "www",
    "example" …) is elsewhere in ``view`` (spaces and hyphens ignored), or the sentence calls
    it this page, the source, the original …"""
    links = list(_LINK.finditer(sentence))
    if not links or _OWN.search(sentence):
        return True
    rest = view
    for m in links:
        rest = rest.replace(m.group(), " ")
    flat = _GAPS.sub("", rest)
    for m in links:
        labels = [w for w in _DOTS.split(m.group(1) or m.group(2)) if len(w) >= 4
                  and w not in _GENERIC]
        if not any(w in flat for w in labels):
            return False
    return True


_AROUND = 4000  # the speakers' lines looked for this far each way
_FIELDS = frozenset({"from", "to", "subject", "date", "cc", "bcc", "re", "fw", "fwd", "sent",
                     "title", "name", "email", "e-mail", "phone", "status", "priority", "id",
                     "ticket", "url", "link", "summary", "description", "tags", "category",
                     "type", "author", "version", "license", "source", "http", "https", "de",
                     "para", "asunto", "da", "oggetto", "von", "an", "betreff", "objet", "a",
                     "van", "aan", "onderwerp", "od", "do", "temat"})


def _turn(view: str, at: int) -> bool:
    """The address at ``at`` is a speaker's label at a line's start, in a text where another
    speaker has two lines (e-mail header fields and a CV's "Experience:", "Education:" lines,
    one each, are no conversation)."""
    while at < len(view) and view[at] in "\n\r \t>*-:;.!?":
        at += 1
    start = view.rfind("\n", 0, at) + 1
    label = _LABEL_AT.match(view, start)
    if label is None or label.end() <= at:  # (the address is in the line's first label)
        return False
    mine = label.group().strip(" \t>*-:").lower()
    lines: dict[str, int] = {}
    for m in _SPEAKER.finditer(view, max(0, at - _AROUND), at + _AROUND):
        name = m.group().strip(" \t>*-:").lower()
        if name != mine and name not in _FIELDS:
            lines[name] = lines.get(name, 0) + 1
    return any(n >= 2 for n in lines.values())  # (a conversation: someone else speaks twice)


def good_faith(view: str, lo: int, hi: int, address_at: int | None = None) -> bool:
    """The sentence ``view[lo:hi]`` (a reading took it for an order; ``address_at``: where its
    address starts) is one of the good-faith shapes of the module doc."""
    sentence = view[lo:hi]
    if address_at is not None and _turn(view, address_at):
        return True
    if _BOTH.search(sentence) or _STAFF.search(sentence):
        return True
    if (_BOTH_WORK.search(sentence) and _HARM.search(sentence) is None
            and _own_link(view, sentence)):
        return True
    if (_REPO.search(sentence) and _CODING.search(sentence) and _HARM.search(sentence) is None
            and _own_link(view, sentence)):
        return True
    return (_CITE.search(sentence) is not None and _HARM.search(sentence) is None
            and _own_link(view, sentence))
