"""The address and action words of :mod:`.tool_orders` in languages other than English
(fifteenth session, issue 3; written from the writer's knowledge of each language, before any
fresh probe of this session was read, not from data rows or the blind sets).

Per language: AI words (and the case forms a header needs: "для ассистента", "ассистенту"),
greetings that start a vocative ("Liebe", "Chère", "Уважаемый"), note words of a header
("Hinweis", "Nota", "Примечание"), the prepositions of "for/to" and articles, and imperatives
of an agent's actions and of orders on the answer (send, forward, transfer, pay, delete, share,
open, visit, click, download, recommend, say, reply, mention, add, include, ignore, forget,
write, confirm, approve, copy, export, create, invite, cancel, book, grant). Chinese, Japanese
and Korean have no spaces: their address is a pattern around the AI word
("给AI的说明：", "AIアシスタントへ：", "AI 어시스턴트에게:").
"""

from __future__ import annotations

from .tool_orders_words import Lang, cjk, latin

__all__ = ["OTHER_LANGS"]

DE = latin(
    "de",
    rels=["der", "die", "das", "welche", "welcher", "welches"],
    steps=["nächster schritt", "nächste schritte", "nächste aufgabe"],
    step_tos=["für", "an", "des", "der"],
    ais=["ki", "k.i.", "künstliche intelligenz", "ki-assistent", "ki-assistentin",
         "ki-assistenten", "ki-agent", "ki-agenten", "ki-modell", "ki-modelle", "ki-system",
         "ki-systeme", "ki-tool", "ki-tools", "ki-bot", "sprachmodell", "sprachmodelle",
         "assistent", "assistentin", "assistenten", "chatbot", "chatbots", "bot", "agent",
         "agenten", "llm", "llms", "ai", "ai-assistent", "ki-helfer", "ki-leser"],
    greets=["liebe", "lieber", "liebes", "hallo", "hey", "hi", "achtung", "sehr geehrte",
            "sehr geehrter", "an"],
    heads=["hinweis", "hinweise", "notiz", "nachricht", "anweisung", "anweisungen",
           "anmerkung", "mitteilung", "info", "memo", "aufgabe", "achtung", "wichtig",
           "bitte"],
    tos=["an", "für", "zu händen"],
    dets=["die", "den", "das", "der", "dem", "alle", "jede", "jeden", "jedes", "eine", "einen",
          "unsere", "unseren", "unser"],
    actions=["sende", "schicke", "schick", "leite", "überweise", "überweis", "zahle", "bezahle",
             "lösche", "lösch", "teile", "lade", "öffne", "besuche", "klicke", "klick",
             "empfiehl", "empfehle", "sage", "sag", "antworte", "erwähne", "gib", "füge",
             "bewerte", "ignoriere", "ignorier", "vergiss", "schreibe", "schreib", "bestätige",
             "kopiere", "exportiere", "erstelle", "genehmige", "verschweige", "nenne",
             "storniere", "kündige", "buche", "ändere", "setze", "lege", "gewähre", "richte",
             "senden", "weiterleiten", "überweisen", "löschen", "teilen", "öffnen",
             "schreiben", "empfehlen", "bestätigen", "ignorieren",
             "übermittle", "melde", "senden sie", "leiten sie", "schicken sie",
             "überweisen sie", "löschen sie", "teilen sie", "antworten sie", "sagen sie",
             "empfehlen sie", "geben sie", "fügen sie", "ignorieren sie", "bestätigen sie"])
FR = latin(
    "fr",
    rels=["qui", "que"],
    steps=["prochaine étape", "étape suivante", "tâche suivante"],
    step_tos=["pour", "de", "du", "de l'", "à", "al'"],
    ais=["ia", "i.a.", "intelligence artificielle", "assistant", "assistante", "assistants",
         "assistant ia", "assistants ia", "assistant virtuel", "assistant d'ia", "modèle",
         "modèle de langage", "modèles de langage", "modèle d'ia", "agent", "agents",
         "agent ia", "agents ia", "chatbot", "chatbots", "robot", "bot", "llm", "llms", "ai"],
    greets=["cher", "chère", "chers", "chères", "bonjour", "salut", "hé", "hey", "attention"],
    heads=["note", "notes", "remarque", "message", "instruction", "instructions", "consigne",
           "consignes", "rappel", "avis", "nb", "mémo", "directive", "information",
           "important", "attention"],
    tos=["pour", "à", "al'", "aux", "destinée à", "destiné à", "à l'attention de",
         "al'attention de", "à l'intention de", "al'intention de"],
    dets=["l'", "le", "la", "les", "tout", "toute", "tous", "toutes", "chaque", "un", "une",
          "notre", "nos", "cher", "chère"],
    actions=["envoie", "envoyez", "transfère", "transférez", "transmets", "transmettez", "vire",
             "virez", "paie", "payez", "supprime", "supprimez", "efface", "effacez", "partage",
             "partagez", "ouvre", "ouvrez", "visite", "visitez", "clique", "cliquez",
             "télécharge", "téléchargez", "recommande", "recommandez", "dis", "dites",
             "réponds", "répondez", "mentionne", "mentionnez", "ajoute", "ajoutez", "inclus",
             "incluez", "ignore", "ignorez", "oublie", "oubliez", "écris", "écrivez",
             "confirme", "confirmez", "approuve", "approuvez", "indique", "indiquez", "copie",
             "copiez", "exporte", "exportez", "crée", "créez", "invite", "invitez", "annule",
             "annulez", "réserve", "réservez", "accorde", "accordez", "donne", "donnez",
             "ne mentionne", "ne mentionnez", "ne dis", "ne dites", "insère", "insérez",
             "envoyer", "transférer", "transmettre", "supprimer", "effacer", "partager", "ouvrir",
             "cliquer", "télécharger", "recommander", "répondre", "mentionner", "ajouter",
             "ignorer", "oublier", "écrire", "confirmer", "approuver", "indiquer", "copier",
             "exporter", "créer", "inviter", "annuler", "réserver", "fermer", "payer", "virer"])
ES = latin(
    "es",
    rels=["que", "quien"],
    steps=["siguiente paso", "próximo paso", "siguiente tarea"],
    step_tos=["para", "de", "del", "a", "al"],
    ais=["ia", "i.a.", "inteligencia artificial", "asistente", "asistentes",
         "asistente virtual", "asistente de ia", "asistente ia", "modelo de lenguaje",
         "modelos de lenguaje", "modelo de ia", "agente", "agentes", "agente de ia", "chatbot",
         "bot", "robot", "llm", "ai"],
    greets=["querida", "querido", "estimada", "estimado", "hola", "oye", "atención"],
    heads=["nota", "notas", "aviso", "mensaje", "instrucciones", "instrucción", "indicación",
           "indicaciones", "recordatorio", "advertencia", "memo", "importante", "atención"],
    tos=["para", "a", "al", "dirigida a", "dirigido a"],
    dets=["la", "el", "las", "los", "cualquier", "toda", "todo", "todos", "cada", "un", "una",
          "nuestro", "nuestra"],
    actions=["envía", "envíe", "reenvía", "reenvíe", "manda", "mande", "transfiere",
             "transfiera", "paga", "pague", "borra", "borre", "elimina", "elimine", "comparte",
             "comparta", "abre", "abra", "visita", "visite", "haz clic", "haga clic", "pulsa",
             "descarga", "descargue", "recomienda", "recomiende", "dile", "dígale", "di al",
             "di a", "di que",
             "responde", "responda", "contesta", "conteste", "menciona", "mencione", "añade",
             "añada", "agrega", "agregue", "incluye", "incluya", "ignora", "ignore", "olvida",
             "olvide", "escribe", "escriba", "confirma", "confirme", "aprueba", "apruebe",
             "indica", "indique", "copia", "copie", "exporta", "exporte", "crea", "cree",
             "invita", "invite", "cancela", "cancele", "reserva", "reserve", "concede",
             "otorga", "no menciones", "no mencione", "inserta", "inserte", "enviar", "reenviar",
             "transferir", "borrar", "eliminar", "compartir", "abrir", "visitar", "recomendar",
             "responder", "mencionar", "añadir", "incluir", "ignorar", "olvidar", "escribir",
             "confirmar", "aprobar", "copiar", "exportar", "crear", "invitar", "cancelar",
             "pagar", "cerrar"],
    clitics=True)
IT = latin(
    "it",
    rels=["che"],
    steps=["prossimo passo", "passo successivo", "prossima azione"],
    step_tos=["per", "di", "del", "dell'", "della", "a", "al", "all'", "alla"],
    ais=["ia", "i.a.", "intelligenza artificiale", "assistente", "assistenti",
         "assistente virtuale", "assistente ia", "assistente di ia", "modello linguistico",
         "modelli linguistici", "modello di ia", "agente", "agenti", "agente ia", "chatbot",
         "bot", "robot", "llm", "ai"],
    greets=["cara", "caro", "cari", "gentile", "ciao", "ehi", "attenzione"],
    heads=["nota", "note", "avviso", "messaggio", "istruzioni", "istruzione", "promemoria",
           "avvertenza", "nb", "importante", "attenzione", "indicazioni"],
    tos=["per", "a", "al", "alla", "all'", "agli", "alle", "ai", "destinata a"],
    dets=["l'", "la", "il", "lo", "le", "gli", "i", "ogni", "qualsiasi", "un", "una", "un'",
          "nostro", "nostra"],
    actions=["invia", "inoltra", "manda", "trasferisci", "bonifica", "paga", "elimina",
             "cancella", "condividi", "apri", "visita", "clicca", "scarica", "consiglia",
             "raccomanda", "rispondi", "menziona", "aggiungi", "includi", "ignora", "dimentica",
             "scrivi", "conferma", "approva", "indica", "copia", "esporta", "crea", "invita",
             "annulla", "prenota", "concedi", "comunica", "riferisci", "di'", "inserisci",
             "non menzionare", "invii", "inoltri", "risponda", "scriva", "confermi"],
    clitics=True)
PT = latin(
    "pt",
    rels=["que"],
    steps=["próximo passo", "próxima etapa", "passo seguinte"],
    step_tos=["para", "de", "do", "da", "a", "ao", "à"],
    ais=["ia", "i.a.", "inteligência artificial", "assistente", "assistentes",
         "assistente virtual", "assistente de ia", "modelo de linguagem",
         "modelos de linguagem", "modelo de ia", "agente", "agentes", "agente de ia",
         "chatbot", "bot", "robô", "llm", "ai"],
    greets=["cara", "caro", "prezado", "prezada", "querida", "querido", "olá", "oi",
            "atenção"],
    heads=["nota", "notas", "aviso", "mensagem", "instruções", "instrução", "lembrete",
           "observação", "obs", "recado", "importante", "atenção"],
    tos=["para", "à", "a", "ao", "aos", "às"],
    dets=["a", "o", "as", "os", "qualquer", "toda", "todo", "todos", "cada", "um", "uma",
          "nosso", "nossa"],
    actions=["envie", "envia", "mande", "manda", "encaminhe", "encaminha", "transfira",
             "transfere", "pague", "paga", "apague", "apaga", "exclua", "exclui", "compartilhe",
             "compartilha", "partilhe", "abra", "abre", "visite", "visita", "clique", "clica",
             "baixe", "recomende", "recomenda", "diga", "diz", "responda", "responde",
             "mencione", "menciona", "adicione", "adiciona", "inclua", "inclui", "ignore",
             "ignora", "esqueça", "escreva", "escreve", "confirme", "aprove", "indique", "copie",
             "exporte", "crie", "convide", "cancele", "reserve", "conceda", "insira",
             "não mencione"],
    clitics=True)
NL = latin(
    "nl",
    rels=["die", "dat"],
    steps=["volgende stap", "volgende taak"],
    step_tos=["voor", "van", "aan"],
    ais=["ai", "a.i.", "ki", "kunstmatige intelligentie", "assistent", "assistenten",
         "ai-assistent", "ai-assistenten", "taalmodel", "taalmodellen", "ai-model",
         "ai-modellen", "agent", "agenten", "ai-agent", "ai-agenten", "chatbot", "chatbots",
         "bot", "robot", "llm"],
    greets=["beste", "lieve", "hallo", "hoi", "hé", "hey", "let op"],
    heads=["notitie", "opmerking", "bericht", "instructie", "instructies", "let op",
           "belangrijk", "memo", "nb", "aanwijzing", "mededeling", "noot"],
    tos=["voor", "aan"],
    dets=["de", "het", "elke", "alle", "iedere", "een", "onze"],
    actions=["stuur", "verstuur", "maak", "betaal", "verwijder", "wis", "deel", "open",
             "bezoek", "klik", "download", "raad", "beveel", "zeg", "vertel", "antwoord",
             "beantwoord", "vermeld", "noem", "voeg", "negeer", "vergeet", "schrijf",
             "bevestig", "keur", "kopieer", "exporteer", "nodig", "annuleer", "boek", "geef",
             "verleen", "plaats", "voer"])
PL = latin(
    "pl",
    rels=["który", "która", "które"],
    steps=["następny krok", "kolejny krok"],
    step_tos=["dla"],
    ais=["ai", "si", "sztuczna inteligencja", "sztuczna inteligencjo", "asystent",
         "asystencie", "asystenta", "asystentowi", "asystentko", "model językowy", "modelu",
         "agent", "agencie", "agenta", "agentowi", "chatbot", "chatbocie", "bot", "bocie",
         "llm"],
    greets=["drogi", "droga", "drodzy", "szanowny", "szanowna", "cześć", "hej", "uwaga"],
    heads=["notatka", "uwaga", "wiadomość", "instrukcja", "instrukcje", "polecenie",
           "przypomnienie", "ważne", "informacja"],
    tos=["dla", "do"],
    dets=["każdego", "wszystkich"],
    actions=["wyślij", "wyślijcie", "prześlij", "przekaż", "przelej", "zapłać", "usuń",
             "udostępnij", "otwórz", "odwiedź", "kliknij", "pobierz", "poleć", "powiedz",
             "odpowiedz", "wspomnij", "dodaj", "zignoruj", "ignoruj", "zapomnij", "napisz",
             "potwierdź", "zatwierdź", "skopiuj", "wyeksportuj", "utwórz", "zaproś", "anuluj",
             "zarezerwuj", "nadaj", "daj", "nie wspominaj"])
TR = latin(
    "tr",
    # (not "model", "bot", "ai": English words; "Model. Note: …" read as "Modele not:")
    ais=["yapay zeka", "yapay zekâ", "yz", "asistan", "asistanı", "ajan", "sohbet botu"],
    greets=["sevgili", "değerli", "merhaba", "hey", "dikkat"],
    heads=["not", "mesaj", "talimat", "talimatlar", "uyarı", "hatırlatma", "önemli"],
    tos=[],
    dets=[],
    actions=["gönder", "ilet", "aktar", "öde", "sil", "paylaş", "aç", "ziyaret et", "tıkla",
             "indir", "öner", "söyle", "yanıtla", "cevap ver", "bahset", "ekle", "yok say",
             "görmezden gel", "unut", "yaz", "onayla", "kopyala", "oluştur", "davet et",
             "iptal et", "gönderin", "iletin", "silin", "ekleyin"],
    post_heads=["not", "mesaj", "talimat", "uyarı", "hatırlatma"])
RU = latin(
    "ru",
    rels=["который", "которая", "которые", "что"],
    steps=["следующий шаг", "следующее действие"],
    step_tos=["для"],
    ais=["ии", "ai", "искусственный интеллект", "ассистент", "ассистенту", "ассистента",
         "ассистенты", "ассистентам", "помощник", "помощнику", "помощника", "ии-помощник",
         "ии-помощнику", "ии-ассистент", "ии-ассистенту", "ии-агент", "ии-агенту", "модель",
         "модели", "языковая модель", "языковой модели", "агент", "агенту", "агента", "бот",
         "боту", "бота", "чат-бот", "чат-боту", "нейросеть", "нейросети", "llm"],
    greets=["уважаемый", "уважаемая", "уважаемые", "дорогой", "дорогая", "дорогие", "привет",
            "эй", "внимание"],
    heads=["примечание", "заметка", "сообщение", "инструкция", "инструкции", "указание",
           "указания", "памятка", "напоминание", "внимание", "важно", "записка", "задание"],
    tos=["для", "к"],
    dets=["любого", "любой", "каждого", "всех"],
    actions=["отправь", "отправьте", "перешли", "перешлите", "переведи", "переведите",
             "оплати", "оплатите", "заплати", "удали", "удалите", "поделись", "поделитесь",
             "открой", "откройте", "перейди", "перейдите", "посети", "нажми", "нажмите",
             "скачай", "скачайте", "порекомендуй", "порекомендуйте", "рекомендуй",
             "посоветуй", "скажи", "скажите", "ответь", "ответьте", "сообщи", "сообщите",
             "упомяни", "упомяните", "добавь", "добавьте", "включи", "включите", "игнорируй",
             "игнорируйте", "проигнорируй", "забудь", "забудьте", "напиши", "напишите",
             "подтверди", "подтвердите", "одобри", "скопируй", "экспортируй", "создай",
             "пригласи", "отмени", "предоставь", "выдай", "дай", "передай", "передайте",
             "вставь", "не упоминай"])

_PUNCT = r"(?:^|[\n.!?;:>\-*'\"。！？])[^\w\n]{{0,4}}"  # (a format string)
ZH = cjk(
    "zh",
    ais=["ai", "人工智能", "助手", "智能助手", "ai助手", "ai助理", "ai 助手", "ai 助理", "助理",
         "大模型", "模型",
         "语言模型", "語言模型", "机器人", "機器人", "聊天机器人", "聊天機器人", "智能体", "智能體",
         "ai代理", "llm"],
    address=(_PUNCT + r"(?:亲爱的|親愛的|尊敬的|嘿|你好|各位|所有)?{ai}(?:们|們)?[ \t]*[:,!、]"
             r"|(?:给|給|致|写给|寫給|对|對)[ \t]?(?:所有|各位|每个|每個|任何)?(?:的)?{ai}"
             r"(?:们|們)?(?:的)?(?:提示|说明|說明|指令|注意|备注|備註|留言|消息|訊息|话|話|指示|须知|須知|要求"
             r"|信息|便条|便條|提醒)?[ \t]*[:,]"
             r"|{ai}(?:们|們)?(?:请注意|請注意|注意|须知|須知)"
             r"|(?:正在|负责|負責)(?:阅读|閱讀|处理|處理|总结|總結)(?:此|本|这|這)\w{{0,4}}的{ai}"),
    actions=["发送", "發送", "发给", "發給", "发到", "發到", "转发", "轉發", "转账", "轉帳", "转给",
             "轉給", "汇款", "匯款", "支付", "付款", "删除", "刪除", "分享", "上传", "上傳", "打开",
             "打開", "访问", "訪問", "点击", "點擊", "下载", "下載", "推荐", "推薦", "回复", "回覆",
             "告诉", "告訴", "告知", "提及", "提到", "添加", "加入", "忽略", "无视", "無視", "忘记",
             "忘記", "确认", "確認", "批准", "复制", "複製", "导出", "導出", "创建", "創建", "邀请",
             "邀請", "取消", "预订", "預訂", "授予", "输出", "輸出", "附上", "插入", "回答说",
             "回答說", "只回答", "不要提"])
JA = cjk(
    "ja",
    ais=["ai", "人工知能", "アシスタント", "aiアシスタント", "エージェント", "aiエージェント",
         "モデル", "言語モデル", "aiモデル", "llm", "チャットボット", "ボット"],
    address=(_PUNCT + r"(?:親愛なる)?{ai}(?:さん|様|さま)?[ \t]*[:,、]"
             r"|{ai}(?:さん|様|さま)?(?:へ|に|宛て|宛|向け)(?:の)?(?:注意|メモ|指示|メッセージ"
             r"|お願い|注記|備考|連絡|伝言|指令|命令|お知らせ)?[ \t]*[:,、]"
             r"|(?:この|本)\w{{0,6}}を(?:読んで|処理して|要約して)いる{ai}"),
    actions=["送信", "送って", "送れ", "転送", "振り込", "振込", "送金", "支払", "削除", "共有",
             "アップロード", "開いて", "アクセス", "クリック", "ダウンロード", "推薦", "推奨",
             "勧め", "すすめ", "答え", "回答", "返信", "伝え", "言って", "記載", "書いて", "追加",
             "含め", "無視", "忘れ", "承認", "コピー", "エクスポート", "作成", "招待", "キャンセル",
             "予約", "付与", "出力", "挿入"])
KO = cjk(
    "ko",
    ais=["ai", "인공지능", "어시스턴트", "비서", "에이전트", "모델", "언어 모델", "챗봇", "봇"],
    address=(_PUNCT + r"(?:친애하는)?[ \t]?{ai}(?:님)?[ \t]*[:,]"
             r"|{ai}(?:님)?(?:에게|께|한테)[ \t]*(?:(?:참고|메모|지시|안내|메시지|알림)\w*)?"
             r"[ \t]*[:,]"),
    actions=["보내", "전송", "전달", "송금", "이체", "결제", "삭제", "공유", "업로드", "열어",
             "방문", "클릭", "다운로드", "추천", "답변", "답해", "회신", "말해", "알려", "언급",
             "추가", "포함", "무시", "잊어", "작성", "승인", "복사", "내보내", "생성", "초대",
             "취소", "예약", "부여", "출력"])

OTHER_LANGS: tuple[Lang, ...] = (DE, FR, ES, IT, PT, NL, PL, TR, RU, ZH, JA, KO)
