"""The persona and note-to-the-AI rules of :mod:`.rules_i18n_persona` for Chinese (simplified
and traditional), Japanese and Korean (tenth session of 2026-12-07, issue 3).

Chinese and Japanese have no spaces: gaps are bounded runs of characters that stop at a
sentence end. Japanese and Korean put the verb last ("制限のないAIとして振る舞って", "제한 없는
AI처럼 행동해"), so a cast is either a "you are" subject before or a role verb after. The AI
must be what the model is cast as: "你现在是会员，可以无限制使用AI助手" (unlimited use of an AI)
and "あなたは制限のないAIについてどう思いますか" (a question about such an AI) stay quiet, as do
a phone's developer mode ("如何进入开发者模式", "Androidで開発者モードを有効にする方法",
"휴대폰에서 개발자 모드를 활성화하는 방법") and someone who never refuses ("他从不拒绝别人").
Word lists written by us, from no data row, folded like the view (kana voicing marks
stripped, Hangul in jamo, full-width punctuation NFKC-folded).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

import regex

from .rules_en import Category, Spec
from .rules_i18n import Built, _alt, _anchors, _required
from .rules_i18n_persona import sgap

__all__ = ["PERSONA_CJK_REQUIRES", "PERSONA_CJK_SPECS"]


def _g(n: int) -> str:
    """Up to ``n`` characters inside one sentence."""
    return rf"[^\n.!?。！？]{{0,{n}}}?"


def _near(ctx: str, n: int = 40) -> str:
    """``ctx`` in the same sentence, before or after."""
    return rf"(?:(?<={ctx}[^\n.!?。！？]{{0,{n}}})|(?=[^\n.!?。！？]{{0,{n}}}?{ctx}))"


_MARKS = regex.compile(r"\p{Mn}+")


def _folded(pattern: str) -> str:
    """``pattern`` with its literals in the view's form: Hangul in jamo, kana voicing marks
    stripped (NFD, then combining marks removed; regex syntax is ASCII and unchanged)."""
    folded: str = _MARKS.sub("", unicodedata.normalize("NFD", pattern))
    return folded


def _rules(lang: str, unrestricted: tuple[list[str], str, list[str]],
           mode: tuple[list[str], str, list[str]], refuse: tuple[list[str], str, list[str]],
           reader: tuple[list[str], str, list[str]]) -> list[Built]:
    """Four (anchors, pattern, required words) triples as the four rules of ``lang``."""
    out: list[Built] = []
    ids: tuple[tuple[str, Category], ...] = (
        (f"persona.unrestricted_ai_{lang}", "jailbreak_persona"),
        (f"persona.developer_mode_{lang}", "jailbreak_persona"),
        (f"persona.never_refuse_{lang}", "jailbreak_persona"),
        (f"indirect.order_to_ai_reader_{lang}", "instruction_override"))
    for (anchors, pattern, req), (rid, cat) in zip(
            (unrestricted, mode, refuse, reader), ids, strict=True):
        out.append(((rid, cat, "high", _anchors(anchors), _folded(pattern)), _required(req)))
    return out


# -- Chinese -----------------------------------------------------------------------------------
_ZH_CAST = ["你现在是", "你現在是", "现在你是", "現在你是", "从现在开始你是", "從現在開始你是",
            "从现在起你是", "從現在起你是", "从现在开始,你是", "從現在開始,你是", "你将扮演",
            "你將扮演", "扮演", "假装你是", "假裝你是", "你是一个", "你是一個", "你将成为",
            "你將成為", "你就是"]
_ZH_FREE = ["没有任何限制", "沒有任何限制", "没有限制", "沒有限制", "不受任何限制", "不受限制",
            "无限制", "無限制", "毫无限制", "毫無限制", "没有任何约束", "沒有任何約束", "不受约束",
            "不受約束", "没有过滤", "沒有過濾", "无过滤", "無過濾", "不受审查", "不受審查",
            "没有审查", "沒有審查", "无审查", "無審查", "未经审查", "未經審查", "没有道德",
            "沒有道德", "没有任何道德", "沒有任何道德", "不受道德", "没有规则", "沒有規則",
            "不受规则", "不受規則", "从不拒绝", "從不拒絕", "不会拒绝任何", "不會拒絕任何"]
_ZH_AI = ["ai", "人工智能", "人工智慧", "助手", "助理", "聊天机器人", "聊天機器人", "机器人",
          "機器人", "模型", "语言模型", "語言模型", "chatgpt"]
# (not "unlimited use of": 无限制使用, 无限制访问, 无限制次数)
_ZH_USE = (r"(?!地?(?:使用|访问|訪問|次|流量|下载|下載|畅聊|暢聊|对话|對話|提问|提問|观看|觀看"
           r"|存储|存儲))")
# (anchored at the no-limits or AI word, the cast looked for behind it: "你是" and "扮演" are
# common words, the no-limits phrases are not)
_ZH_UNRESTRICTED = (
    rf"(?<={_alt(_ZH_CAST)}{_g(20)}){_alt(_ZH_FREE)}{_ZH_USE}{_g(4)}的{_g(2)}{_alt(_ZH_AI)}"
    rf"|(?<={_alt(_ZH_CAST)}{_g(20)}){_alt(_ZH_AI)}[,、]?(?:并且|並且|而且|且)?{_g(2)}"
    rf"{_alt(_ZH_FREE)}{_ZH_USE}")
_ZH_DEV = ["开发者模式", "開發者模式", "开发人员模式", "開發人員模式", "developer mode"]
_ZH_STRONG = ["越狱模式", "越獄模式", "dan模式", "dan 模式", "无限制模式", "無限制模式",
              "不受限制模式", "无审查模式", "無審查模式", "无过滤模式", "無過濾模式", "邪恶模式",
              "邪惡模式"]
_ZH_ON = ["进入", "進入", "启用", "啟用", "开启", "開啟", "打开", "打開", "激活", "切换到",
          "切換到", "处于", "處於", "以", "用", "在"]
_ZH_ON_AFTER = ["已启用", "已啟用", "已开启", "已開啟", "已激活", "启动", "啟動", "开启", "開啟"]
_ZH_YOU = ["你现在", "你現在", "你已", "你已经", "你已經", "从现在开始你", "從現在開始你",
           "现在你", "現在你", "你将", "你將"]
_ZH_CTX = _alt(["ai", "chatgpt", "gpt", "人工智能", "人工智慧", "助手", "回答", "回复", "回覆",
                "回應", "模拟", "模擬"])
# (anchored at the mode word: "在", "以", "用" are among the commonest characters)
_ZH_MODE = (rf"(?<={_alt(_ZH_ON)}{_g(3)}){_alt(_ZH_STRONG)}|{_alt(_ZH_STRONG)}{_g(3)}"
            rf"{_alt(_ZH_ON_AFTER)}"
            rf"|(?<={_alt(_ZH_YOU)}{_g(4)}(?:{_alt(_ZH_ON)})?{_g(2)}){_alt(_ZH_DEV)}"
            rf"|(?:(?<={_alt(_ZH_ON)}{_g(3)}){_alt(_ZH_DEV)}|{_alt(_ZH_DEV)}{_g(3)}"
            rf"{_alt(_ZH_ON_AFTER)}){_near(_ZH_CTX)}")
_ZH_NEVER = ["永远不要", "永遠不要", "绝不要", "絕不要", "绝不", "絕不", "决不", "決不", "从不",
             "從不", "永远不会", "永遠不會", "千万不要", "千萬不要", "永不", "绝对不要", "絕對不要",
             "绝对不能", "絕對不能"]
# "must not" / "cannot" only said to "you" ("证人不能拒绝回答", "任何单位不得拒绝" are law)
_ZH_MUST_NOT = r"(?<=你(?:永远|永遠|绝对|絕對|再也)?)(?:不得|不能|不可以|不许|不許|不准)"
_ZH_OBJ = (r"(?:我的|用户的|用戶的)?(?:任何|所有|一切)?(?:的)?(?:请求|請求|要求|问题|問題|提问"
           r"|提問|指令|命令)|回答|回复|回覆|作答")
_ZH_NOT_THEM = r"(?<!(?:我们|我們|我|他们|他們|他|她|公司|本店|商家|孩子)[^。\n]{0,4})"
_ZH_NEVER_OR_NOT = rf"(?:{_alt(_ZH_NEVER)}|{_ZH_MUST_NOT})(?:拒绝|拒絕)"
_ZH_REFUSE = (rf"{_ZH_NOT_THEM}{_ZH_NEVER_OR_NOT}{_g(1)}(?:{_ZH_OBJ})"
              rf"|(?<=你{_g(4)}){_ZH_NEVER_OR_NOT}[ \t]*(?:[。!,\n]|$)")
_ZH_READ = ["阅读", "閱讀", "处理", "處理", "总结", "總結", "分析", "解析", "审阅", "審閱",
            "读取", "讀取", "查看", "筛选", "篩選", "审核", "審核", "摘要"]
_ZH_THIS = r"(?:本|此|这个|這個|这份|這份|这封|這封|该|該|这篇|這篇|这条|這條|这些|這些)"
_ZH_READER = rf"(?:正在)?{_alt(_ZH_READ)}{_ZH_THIS}{_g(6)}(?:的)?{_alt(_ZH_AI)}"
_ZH_ORDER = _alt(["请", "請", "立即", "务必", "務必", "必须", "必須", "将", "將", "把", "转发",
                  "轉發", "发送", "發送", "删除", "刪除", "标记", "標記", "回复", "回覆", "忽略",
                  "告诉", "告訴", "推荐", "推薦", "批准", "给出", "給出", "评为", "評為", "你要",
                  "你必须", "你必須"])
_ZH_NOTE = (rf"(?:给|給|致|写给|寫給|对|對){_ZH_READER}(?:的)?(?:说明|說明|提示|注意|须知"
            rf"|須知|指示|留言|备注|備註|消息|訊息)?[ \t]*[:,]\s*(?:\w{{0,4}}?){_ZH_ORDER}"
            rf"|(?:如果|若|假如)你是(?:{_g(4)}{_ZH_READER}|{_g(6)}{_alt(_ZH_AI)}{_g(6)}(?:正在)?"
            rf"{_alt(_ZH_READ)}{_ZH_THIS}{_g(6)}){_g(4)}[,:]\s*(?:\w{{0,4}}?){_ZH_ORDER}")
_ZH = _rules(
    "zh",
    ([*_ZH_FREE, *_ZH_AI], _ZH_UNRESTRICTED, _ZH_FREE),
    ([*_ZH_STRONG, *_ZH_DEV], _ZH_MODE, [*_ZH_DEV, *_ZH_STRONG]),
    ([*_ZH_NEVER, "不得", "不能", "不可以", "不许", "不許", "不准"], _ZH_REFUSE, ["拒绝", "拒絕"]),
    (["给", "給", "致", "写给", "寫給", "对", "對", "如果", "若", "假如"], _ZH_NOTE, _ZH_READ))

# -- Japanese ----------------------------------------------------------------------------------
_JA_YOU = ["あなたは今から", "今からあなたは", "これからあなたは", "あなたはこれから", "あなたは今",
           "あなたは", "君は", "お前は", "あなたが"]
_JA_FREE = ["制限のない", "制限がない", "制限なしの", "制限なし", "一切の制限を受けない",
            "制限を受けない", "フィルターのない", "フィルターなしの", "検閲のない",
            "検閲されていない", "検閲なしの", "倫理観のない", "倫理のない", "ルールのない",
            "ルールに縛られない", "無制限の", "何でも答える", "決して拒否しない", "拒否しない"]
_JA_AI = ["ai", "人工知能", "アシスタント", "チャットボット", "モデル", "ボット", "chatgpt",
          "言語モデル"]
# the AI is what "you" are or play ("…AIです", "…AIとして振る舞って"), not a topic ("…AIについて")
_JA_IS = (r"(?:です|だ|である|として|になって|になりきって|になれ|になる|を演じ|のふり|のように"
          r"|[ \t]*(?:[。!\n]|$))")
_JA_UNRESTRICTED = (rf"{_alt(_JA_YOU)}{_g(12)}{_alt(_JA_FREE)}{_g(3)}{_alt(_JA_AI)}{_g(2)}{_JA_IS}"
                    rf"|{_alt(_JA_FREE)}{_g(3)}{_alt(_JA_AI)}{_g(2)}(?:として|のように|になりきって)"
                    rf"{_g(2)}(?:振る舞|ふるま|行動|答え|回答|応答|話|返答)")
_JA_DEV = ["開発者モード", "デベロッパーモード", "developer mode"]
_JA_STRONG = ["脱獄モード", "ジェイルブレイクモード", "danモード", "dan モード", "制限解除モード",
              "無制限モード", "検閲なしモード"]
_JA_ON = ["に入", "を有効", "を起動", "に切り替", "に移行", "が有効", "がオン", "をオン", "で応答",
          "で回答", "で答え", "で動作"]
_JA_CTX = _alt(["ai", "chatgpt", "gpt", "アシスタント", "回答", "応答", "答え", "返答"])
_JA_MODE = (rf"{_alt(_JA_STRONG)}{_g(2)}{_alt(_JA_ON)}"
            rf"|(?<={_alt(_JA_YOU)}{_g(6)}){_alt(_JA_DEV)}(?:に入|です|だ|で動作|で応答|で回答"
            rf"|で答え|になりました|に移行|に切り替わ)"
            rf"|{_alt(_JA_DEV)}{_g(2)}{_alt(_JA_ON)}{_near(_JA_CTX)}")
_JA_REFUSE_W = (r"(?:決して|絶対に|絶対|一切)(?:拒否|断|拒)(?:しない|しないで|らない|らないで"
                r"|まない"
                r"|まないで|してはいけない|してはならない|せず|るな|するな)")
_JA_REFUSE = (rf"(?<!(?:彼|彼女|私|僕|俺|当店|弊社|会社|店)(?:は|が){_g(12)})"
              rf"(?<=(?:あなた|君|お前|質問|要求|リクエスト|依頼|命令|指示){_g(12)}){_JA_REFUSE_W}"
              rf"|(?:どんな|いかなる|すべての|全ての)(?:質問|要求|リクエスト|依頼|命令)(?:も|にも"
              rf"|であっても|でも|を){_g(6)}(?:拒否|断)(?:しない|らない|しないで|らないで|せず)")
_JA_DOC = (r"(?:この|本|こちらの)(?:文書|ドキュメント|メール|チケット|ページ|文章|記事|履歴書"
           r"|ファイル|レビュー|投稿|メッセージ|テキスト|問い合わせ|応募書類)")
_JA_READ = (r"(?:を|に)?(?:読む|読んでいる|読み込む|読み込んでいる|処理する|処理している|要約する"
            r"|要約している|解析する|分析する|確認する|審査する|評価する|見ている)")
_JA_ORDER = (r"[^\n。]{1,60}?(?:ください|しろ|せよ|すること|しなさい|して[ \t]*(?:[。!\n]|$)"
             r"|転送|削除|送信|推薦|承認)")
_JA_NOTE = (rf"{_JA_DOC}{_JA_READ}{_alt(_JA_AI)}(?:へ|に|への|に対する)?(?:の)?(?:注意|メモ|指示"
            r"|メッセージ|お知らせ|注記|伝言|連絡)?[ \t]*[:,、]" + _JA_ORDER
            + rf"|(?:もし)?(?:あなた|君)が{_g(20)}{_JA_DOC}{_JA_READ}{_g(4)}{_alt(_JA_AI)}"
              r"(?:なら|であれば|の場合|ならば)[、,]" + _JA_ORDER)
_JA = _rules(
    "ja",
    ([*_JA_YOU, *_JA_FREE], _JA_UNRESTRICTED, _JA_FREE),
    ([*_JA_STRONG, *_JA_DEV], _JA_MODE, [*_JA_DEV, *_JA_STRONG]),
    (["決して", "絶対", "一切", "どんな", "いかなる", "すべての", "全ての"], _JA_REFUSE,
     ["拒否", "断", "拒"]),
    (["この", "本", "こちらの", "もし", "あなた", "君"], _JA_NOTE,
     ["文書", "ドキュメント", "メール", "チケット", "ページ", "文章", "記事", "履歴書", "ファイル",
      "レビュー", "投稿", "メッセージ", "テキスト", "問い合わせ", "応募書類"]))

# -- Korean (spaced; particles attach to the word) ---------------------------------------------
_KO_CAST = ["너는 이제", "이제 너는", "지금부터 너는", "지금부터 당신은", "당신은 이제",
            "이제부터 너는", "넌 이제", "이제부터 당신은", "너는 지금부터", "당신은 지금부터"]
_KO_FREE = ["제한 없는", "제한이 없는", "아무 제한 없는", "어떤 제한도 없는", "아무런 제한이 없는",
            "필터 없는", "필터가 없는", "검열 없는", "검열되지 않은", "규칙 없는", "규칙이 없는",
            "윤리 없는", "윤리적 제한이 없는", "무제한", "절대 거절하지 않는"]
_KO_AI = ["ai", "인공지능", "챗봇", "어시스턴트", "모델", "봇", "chatgpt"]
_W = r"[^\W\d_]*"  # a particle or ending glued to the word
_KO_UNRESTRICTED = (
    rf"(?:{_alt(_KO_CAST)}){sgap(4)}{_alt(_KO_FREE)}\W+(?:\w+\W+)?{_alt(_KO_AI)}{_W}"
    rf"|{_alt(_KO_FREE)}\W+(?:\w+\W+)?{_alt(_KO_AI)}(?:처럼|로서|으로서|인\W+척|의\W+역할|\W+역할)"
    rf"{_W}(?:\W+\w+){{0,2}}?\W*(?:행동|연기|대답|답|응답|해|하)")
_KO_DEV = ["개발자 모드", "developer mode"]
_KO_STRONG = ["탈옥 모드", "dan 모드", "무제한 모드", "검열 없는 모드", "제한 없는 모드"]
_KO_ON = r"(?:로|으로|를|을|에|가|이)?\W*(?:전환|활성화|진입|들어가|켜|켜져|돌입|실행)"
_KO_CTX = _alt(["ai", "chatgpt", "인공지능", "챗봇", "대답해", "답변해", "응답해", "너는 이제",
                "지금부터 너는", "당신은 이제"])
_KO_MODE = (rf"{_alt(_KO_STRONG)}{_KO_ON}"
            rf"|{_alt(_KO_DEV)}{_KO_ON}{_near(_KO_CTX)}")
_KO_NEVER = (r"(?:절대|결코|절대로)\W+(?:거절|거부)(?:하지\W*마|하지\W+말|하지\W+않|해서는\W+안"
             r"|하면\W+안)")
_KO_REFUSE = (rf"(?:어떤|모든|아무)\W+(?:요청|질문|요구|명령){_W}{sgap(2)}(?:절대\W+|결코\W+)?"
              rf"(?:거절|거부)(?:하지|해서는|하면)"
              rf"|(?<=(?:너는|넌|당신은){sgap(3)}){_KO_NEVER}"
              rf"|(?:대답|답변|응답){_W}\W+{_KO_NEVER}")
_KO_DOC = (r"이\W+(?:문서|이메일|메일|티켓|페이지|글|이력서|파일|리뷰|메시지|게시물|텍스트|기사)"
           r"[^\W\d_]*")
_KO_READ = r"(?:읽는|처리하는|요약하는|분석하는|검토하는|확인하는|평가하는|보고\W+있는)"
_KO_ORDER = (r"[^\n.!?]{1,80}?(?:하세요|하십시오|해라|할\W+것|하라|주세요|해[ \t]*(?:[.!\n]|$)"
             r"|보내|삭제|전달|추천|승인)")
_KO_NOTE = (rf"{_KO_DOC}\W+{_KO_READ}\W+{_alt(_KO_AI)}{_W}(?:\W+(?:참고|메모|지시|안내|메시지"
            rf"|알림)\w*)?[ \t]*[:,]{_KO_ORDER}"
            rf"|(?:당신이|네가|너가){sgap(4)}{_alt(_KO_AI)}(?:라면|이라면)\W+{_KO_ORDER}"
            rf"(?<={_KO_DOC}[^\n.!?]{{0,120}})")
_KO = _rules(
    "ko",
    (_KO_CAST + _KO_FREE, _KO_UNRESTRICTED, _KO_FREE),
    ([*_KO_STRONG, *_KO_DEV], _KO_MODE, [*_KO_DEV, *_KO_STRONG]),
    (["어떤", "모든", "아무", "절대", "결코", "대답", "답변", "응답"], _KO_REFUSE,
     ["거절", "거부"]),
    (["이", "당신이", "네가", "너가"], _KO_NOTE,
     ["문서", "이메일", "메일", "티켓", "페이지", "글", "이력서", "파일", "리뷰", "메시지",
      "게시물", "텍스트", "기사"]))

# -- role-play exploits (the four rules of :mod:`.rules_i18n_persona_more`) ----------------------
def _more(lang: str, grandma: tuple[list[str], str, list[str]],
          opposite: tuple[list[str], str, list[str]], twin: tuple[list[str], str, list[str]],
          stay: list[str]) -> list[Built]:
    out: list[Built] = []
    for (anchors, pattern, req), rid in zip(
            (grandma, opposite, twin), ("grandma_exploit", "opposite_mode", "anti_model"),
            strict=True):
        out.append(((f"persona.{rid}_{lang}", "jailbreak_persona", "high", _anchors(anchors),
                     _folded(pattern)), _required(req)))
    out.append(((f"persona.stay_in_character_{lang}", "jailbreak_persona", "low",
                 _anchors(stay), _folded(_alt(stay))), _required(stay)))
    return out


def _secret(keys: list[str], harm: list[str], howto: list[str]) -> str:
    """A key or password, or a weapon or drug with a how-to word next to it (the harm word
    first: the how-to word is looked for only around one)."""
    h, w = _alt(harm), _alt(howto)
    return rf"(?:{_alt(keys)}|{h}(?:(?={_g(30)}{w})|(?<={w}{_g(30)}{h})))"


_ZH_KIN = ["奶奶", "外婆", "祖母", "姥姥", "爷爷", "爺爺", "外公", "祖父"]
_ZH_CAST_KIN = ["扮演", "假装", "假裝", "当", "當", "成为", "成為", "你是", "你现在是", "你現在是"]
_ZH_KEYS, _ZH_HARM = (
    ["序列号", "序列號", "序号", "序號", "激活码", "激活碼", "密钥", "密鑰", "秘钥", "秘鑰",
     "注册码", "註冊碼", "密码", "密碼"],
    ["凝固汽油弹", "凝固汽油彈", "冰毒", "甲基苯丙胺", "炸弹", "炸彈", "炸药", "炸藥", "毒品",
     "毒气", "毒氣", "沙林", "火药", "火藥", "武器", "枪支", "槍支", "恶意软件", "惡意軟體",
     "燃烧弹", "燃燒彈"])
_ZH_SECRET = _secret(_ZH_KEYS, _ZH_HARM, [
     "制作", "製作", "制造", "製造", "配方", "步骤", "步驟", "方法", "工厂", "工廠", "实验室",
     "實驗室", "怎么做", "怎麼做", "合成", "生产", "生產"])
_ZH_MORE = _more(
    "zh",
    (_ZH_CAST_KIN, rf"{_alt(_ZH_CAST_KIN)}(?:我)?(?:已故|去世|过世|過世|死去|已经去世|已經去世"
     rf"|已经过世|已經過世)?(?:的)?{_alt(_ZH_KIN)}(?=[^\n]{{0,150}}?{_ZH_SECRET})",
     [*_ZH_KEYS, *_ZH_HARM]),
    (["进入", "進入", "启用", "啟用", "开启", "開啟", "切换到", "切換到", "处于", "處於",
      "相反模式",
      "反向模式", "对立模式", "對立模式", "与", "與", "和", "跟"],
     r"(?:进入|進入|启用|啟用|开启|開啟|切换到|切換到|处于|處於)(?:相反模式|对立模式|對立模式)"
     r"|(?:相反模式|对立模式|對立模式)(?:已启用|已啟用|已开启|已開啟)"
     r"|(?:与|與|和|跟)(?:chatgpt|gpt|ai|人工智能|你的?(?:平时|平常|通常|正常|本来|本來|规则|規則"
     r"|准则|準則|原则|原則))[^\n。]{0,12}?(?:相反|反过来|反過來)",
     ["相反", "反向", "对立", "對立", "反过来", "反過來"]),
    (["你的", "你自己的"],
     r"(?:你的|你自己的)(?:邪恶|邪惡|黑暗|坏|壞)(?:的)?(?:双胞胎|雙胞胎|孪生|孿生|版本|分身|人格)"
     r"(?=[^\n]{0,60}?(?:回答|回复|回覆|没有规则|沒有規則|没有限制|沒有限制|不受限制))",
     ["邪恶", "邪惡", "黑暗", "坏", "壞"]),
    ["保持角色", "保持人设", "保持人設", "不要出戏", "不要出戲", "不要跳出角色", "不要脱离角色",
     "不要脫離角色", "不要打破角色", "永远不要打破角色", "永遠不要打破角色"])

_JA_KIN = ["祖母", "おばあちゃん", "ばあちゃん", "お祖母さん", "おばあさん", "祖父", "おじいちゃん"]
_JA_KEYS = ["プロダクトキー", "シリアルキー", "シリアル番号", "ライセンスキー",
            "アクティベーションキー", "パスワード"]
_JA_HARM = ["ナパーム", "覚醒剤", "メタンフェタミン", "爆弾", "爆薬", "神経ガス", "サリン", "火薬",
            "麻薬", "武器", "マルウェア", "火炎瓶"]
_JA_MORE = _more(
    "ja",
    (["亡くなった", "死んだ", "今は亡き", "他界した", *_JA_KIN],
     rf"(?:(?:亡くなった|死んだ|今は亡き|他界した)(?:私の)?)?{_alt(_JA_KIN)}(?:として|のふりをして"
     rf"|のふりをし|を演じて|になりきって|になって|の役)(?=[^\n]{{0,150}}?"
     + _secret(_JA_KEYS, _JA_HARM,
               ["作り方", "製造", "レシピ", "手順", "方法", "合成", "工場", "研究所", "作る"])
     + ")",
     [*_JA_KEYS, *_JA_HARM]),
    (["反対モード", "逆モード", "あべこべモード", "正反対モード"],
     r"(?:反対モード|逆モード|あべこべモード|正反対モード)(?:に入|を有効|を起動|に切り替|が有効"
     r"|がオン|をオン|です|で答え|で回答)",
     ["反対モード", "逆モード", "あべこべモード", "正反対モード"]),
    (["あなたの", "君の"],
     r"(?:あなたの|君の)(?:邪悪な|悪の|闇の)(?:双子|分身|バージョン|人格)(?=[^\n]{0,60}?"
     r"(?:答え|回答|応答|ルール|制限))",
     ["邪悪な", "悪の", "闇の"]),
    ["キャラクターを崩さない", "キャラを崩さない", "役を崩さない", "役になりきったまま",
     "キャラクターを維持", "役から外れないで", "キャラクターから外れないで"])

_KO_KEYS = ["제품 키", "시리얼 키", "시리얼 번호", "라이선스 키", "정품 키", "윈도우 키",
            "비밀번호", "패스워드"]
_KO_HARM = ["네이팜", "필로폰", "메스암페타민", "폭탄", "폭발물", "신경가스", "사린", "화약",
            "마약", "무기", "악성코드", "화염병"]
_KO_MORE = _more(
    "ko",
    (["돌아가신", "할머니", "할아버지"],
     r"(?:돌아가신\W+)?(?:우리\W+)?(?:할머니|할아버지)(?:처럼|인\W+척|역할|연기|가\W+되어|로서"
     r"|가\W+돼)(?=[^\n]{0,150}?"
     + _secret(_KO_KEYS, _KO_HARM,
               ["만드는", "제조", "레시피", "단계", "방법", "합성", "공장", "실험실", "만들"])
     + ")",
     [*_KO_KEYS, *_KO_HARM]),
    (["반대 모드", "정반대 모드"],
     r"(?:반대|정반대)\W+모드(?:로|으로|를|을|에)?\W*(?:전환|활성화|진입|들어가|켜)",
     ["반대", "정반대"]),
    (["너의", "당신의", "네"],
     r"(?:너의|당신의|네)\W+(?:사악한|악한|나쁜|어두운)\W+(?:쌍둥이|버전|분신|자아)"
     r"(?=[^\n]{0,80}?(?:대답|답변|응답|규칙|제한))",
     ["사악한", "악한", "나쁜", "어두운"]),
    ["캐릭터를 유지", "캐릭터에서 벗어나지 마", "캐릭터를 깨지 마", "역할을 유지",
     "역할에서 벗어나지 마", "캐릭터를 절대 깨지"])

_BUILT: tuple[Built, ...] = (*_ZH, *_JA, *_KO, *_ZH_MORE, *_JA_MORE, *_KO_MORE)
PERSONA_CJK_SPECS: tuple[Spec, ...] = tuple(spec for spec, _ in _BUILT)
PERSONA_CJK_REQUIRES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {spec[0]: words for spec, words in _BUILT})
