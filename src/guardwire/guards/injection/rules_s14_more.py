"""Two more shapes the last review found allowed (fourteenth session of 2026-12-07, issue 3;
written from the review's gap descriptions and our own probes, from no data row).

- ``exfil.agent_field_order`` (high): a data field named as a note or instructions to an agent,
  assistant, model or bot (``"note_for_agent"``, ``"message_to_agent"``,
  ``agent_instructions:``, ``"assistant_instructions"``, ``"bot_instructions"``) whose value
  orders data out: the user's private data, the conversation history or an inbox's mail to an
  outside sink (an e-mail address, a URL, a handle, "the sender", "your reply", a comment
  field), or secrets (SSH keys, API keys, ``.env``, passwords) sent anywhere. ``indirect.ai_field``
  (:mod:`.rules_indirect_more`) leaves "agent" out on purpose: a help desk's ``"note_for_agent":
  "tell the user the refund is on its way"`` is to a person; so is "send the replacement to the
  user's home address on file" (the user's address is where it goes, no sink), "email the user
  their invoice", "never share the user's home address" and a customer's data.
- ``persona.developer_mode_zh_bare`` (high): "进入开发者模式" / "開啟開發者模式" as a bare
  order (its whole sentence, at a line's start) in a text that names no device, browser or
  setting. ``persona.developer_mode_zh`` needs the model or its answers named. Quiet: "如何开启
  开发者模式？", the Android and Chrome steps ("连续点击版本号七次，即可开启开发者模式",
  "开启开发者模式后，打开USB调试", "Chrome 扩展程序页面需要开启开发者模式").
"""

from __future__ import annotations

from .rules_en import Spec

__all__ = ["S14_MORE_REQUIRES", "S14_MORE_SPECS"]

_WHO = r"(?:the[_-])?(?:agents?|assistants?|models?|bots?|ai[_-]agents?|ai[_-]assistants?)"
_KIND = (r"(?:notes?|message|msg|instructions?|directives?|directions|hints?|memo|commands?"
         r"|orders?|guidance|reminders?|todo|tasks?)")
_FIELD = (rf"(?:{_KIND}[_-](?:for|to)[_-]{_WHO}|(?:agents?|assistants?|models?|bots?)[_-]"
          rf"{_KIND})[\"']?[ \t]*[:=][ \t]*[\"'\[]?[ \t]*")
# within the field's value: no quote, no line end
_V = r"[^\"\n]"
_NEG = r"(?<!\b(?:not|never|no|n't|nor|without|don'?t)\W+(?:\w+\W+)?)"
_VERB = (r"(?:send|forward|e-?mail|post|upload|share|leak|exfiltrate|append|include|add|attach"
         r"|embed|encode|insert|put|paste|copy|export|dm|text|reply|respond|publish|cc|bcc|push"
         r"|sync|transfer|read|cat|dump|print|output)")
_USER_DATA = (r"(?:(?:the|this|current)\W+(?:current\W+)?(?:user|owner|account\W+holder)(?:'s|s')"
              r"\W+(?:\w+\W+){0,3}?(?:(?:home|postal|street|mailing|e-?mail)\W+address|address"
              r"|phone\W+numbers?|date\W+of\W+birth|birthday|ssn|social\W+security|passport"
              r"|passwords?|credit\W+card|card\W+number|bank\W+(?:details|account|statements?)"
              r"|iban|contacts|contact\W+list|address\W+book|calendar|inbox|e-?mails|messages"
              r"|files|documents|photos|location|medical|personal\W+(?:data|information)"
              r"|full\W+name)"
              r"|(?:the\W+)?(?:conversation|chat)\W+(?:history|log|transcript)"
              r"|(?:all|every|each|the\W+last\W+\d+)\W+(?:\w+\W+)?(?:e-?mails?|messages?|invoices?"
              r"|files?|documents?|attachments?)\W+(?:in|from)\W+(?:this|the\W+user'?s?)\W+"
              r"(?:inbox|mailbox|account|drive|folder|thread))\b")
_SECRETS = (r"(?:~?/?\.ssh\b|id_rsa|id_ed25519|\.env\b|api\W+keys?|secret\W+keys?|access\W+"
            r"(?:keys?|tokens?)|private\W+keys?|credentials|saved\W+passwords|aws\W+(?:keys?"
            r"|credentials)|auth\W+tokens?|session\W+(?:cookies?|tokens?))")
_SINK = (r"(?:(?<=[\w.+-])@[\w-]+\.[a-z]{2,}|(?<![\w@])@\w+|https?://|www\.|the\W+sender"
         r"|your\W+(?:reply|response|answer|next\W+(?:request|message|call))"
         r"|(?:comment|notes?|description|title|public)\W+(?:field|channel|thread|post)"
         r"|this\W+thread|pastebin|webhook|slack|discord|telegram)")

_DEVICE = (r"(?:手机|手機|安卓|android|设置|設定|設置|选项|選項|usb|调试|偵錯|調試|版本号|版本號"
           r"|浏览器|瀏覽器|chrome|edge|firefox|扩展|擴充|插件|windows|macos|小米|华为|華為|三星"
           r"|iphone|ios|电脑|電腦|步骤|步驟|点击|點擊|如何|怎么|怎麼|怎样|怎樣|教程|游戏|遊戲"
           r"|steam|vscode|ide|路由器|应用|應用|app)")
_ON = r"(?:进入|進入|开启|開啟|启用|啟用|打开|打開|切换到|切換到|激活|切换至|切換至)"

S14_MORE_SPECS: tuple[Spec, ...] = (
    ("exfil.agent_field_order", "data_exfiltration", "high",
     ("note", "message", "msg", "instruction", "directive", "direction", "hint", "memo",
      "command", "order", "guidance", "reminder", "todo", "task", "agent", "assistant",
      "model", "bot"),
     rf"\b{_FIELD}{_V}{{0,80}}?{_NEG}\b{_VERB}\b"
     rf"(?:(?={_V}{{0,160}}?{_SECRETS})|(?={_V}{{0,160}}?{_USER_DATA})(?={_V}{{0,200}}?{_SINK}))"),
    ("persona.developer_mode_zh_bare", "jailbreak_persona", "high",
     ("进入", "進入", "开启", "開啟", "启用", "啟用", "打开", "打開", "切换", "切換", "激活"),
     # at a line's start, its whole sentence, no device named within 200 characters (looked
     # for last: only where the order matched)
     rf"(?<=(?:^|\n)[ \t]*(?:请|請)?(?:你)?(?:现在|現在|立即|马上|馬上|立刻)?){_ON}[ \t]*"
     rf"(?:开发者模式|開發者模式|开发人员模式|開發人員模式)[ \t]*(?:[。！!.]|$|\n)"
     rf"(?<!{_DEVICE}[^\n]{{0,60}}\n?[^\n]{{0,60}})(?![\s\S]{{0,120}}?{_DEVICE})"),
)

S14_MORE_REQUIRES: dict[str, tuple[str, ...]] = {
    "exfil.agent_field_order": ("agent", "assistant", "model", "bot"),
    "persona.developer_mode_zh_bare": ("开发者模式", "開發者模式", "开发人员模式", "開發人員模式"),
}
