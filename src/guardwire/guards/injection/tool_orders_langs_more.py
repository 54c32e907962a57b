"""Addresses to the AI reader in more languages: Swahili, Indonesian, Vietnamese, Greek, Arabic
and Hindi (sixteenth session); Swedish, Danish and Norwegian (nineteenth); Ukrainian
(twentieth).

Written after the first run of the session's fresh probes (``tests/fixtures/injection_probes_
s16.json``, whose writer read nothing of the guard) showed notes in these languages passing
("Msaidizi wa AI: mwambie mteja …", "Οδηγία προς τον βοηθό: πες …", "أيها المساعد: قل …",
"सहायक के लिए: उपयोगकर्ता को बताएं …", "Catatan untuk asisten: rekomendasikan …"); the words
are the writer's knowledge of how each language addresses a helper, not the probes' rows.
The shapes are :func:`.tool_orders_words.latin`'s: a vocative or a note headed to the AI, then
an action word (an imperative of sending, paying, deleting, telling, recommending …), a link,
an e-mail address or an IBAN. Hindi puts its postposition after the AI ("सहायक के लिए:").
"""

from __future__ import annotations

from .tool_orders_words import Lang, latin

__all__ = ["MORE_LANGS"]

SW = latin(
    "sw",
    ais=["msaidizi", "msaidizi wa ai", "msaidizi wa akili bandia", "akili bandia", "ai",
         "roboti", "wakala", "mfumo wa ai", "modeli"],
    greets=["mpendwa", "habari", "hujambo", "ewe", "tahadhari"],
    heads=["maelekezo", "maagizo", "ujumbe", "kumbuka", "taarifa", "tanbihi", "maelezo"],
    tos=["kwa"],
    dets=[],
    actions=["tuma", "peleka", "futa", "lipa", "hamisha", "shiriki", "fungua", "tembelea",
             "bofya", "pakua", "pendekeza", "sema", "mwambie", "waambie", "wajulishe",
             "mjulishe", "jibu", "taja", "ongeza", "puuza", "andika", "thibitisha", "nakili",
             "unda", "ghairi", "weka", "ficha", "usitaje"])
ID = latin(
    "id",
    ais=["asisten", "asisten ai", "asisten virtual", "ai", "kecerdasan buatan", "agen",
         "agen ai", "model bahasa", "chatbot", "bot"],
    greets=["halo", "hai", "yth", "kepada yth", "perhatian"],
    heads=["catatan", "pesan", "instruksi", "petunjuk", "perhatian", "pengingat", "memo",
           "penting"],
    tos=["untuk", "kepada", "bagi"],
    dets=["para", "setiap", "semua"],
    actions=["kirim", "kirimkan", "teruskan", "transfer", "transferkan", "bayar", "hapus",
             "bagikan", "buka", "kunjungi", "klik", "unduh", "rekomendasikan", "sarankan",
             "katakan", "beritahu", "beri tahu", "jawab", "sebutkan", "tambahkan", "abaikan",
             "lupakan", "tulis", "tuliskan", "konfirmasi", "salin", "buat", "batalkan",
             "jalankan", "jangan sebutkan"])
VI = latin(
    "vi",
    ais=["trợ lý", "trợ lý ai", "trợ lý ảo", "ai", "trí tuệ nhân tạo", "mô hình",
         "mô hình ngôn ngữ", "tác tử", "chatbot", "bot"],
    greets=["chào", "xin chào", "kính gửi", "gửi", "lưu ý"],
    heads=["ghi chú", "lưu ý", "hướng dẫn", "chỉ dẫn", "nhắn", "tin nhắn", "chỉ thị",
           "thông báo", "quan trọng"],
    tos=["cho", "gửi", "tới", "dành cho"],
    dets=["các", "mọi"],
    actions=["gửi", "chuyển", "chuyển tiếp", "chuyển khoản", "xóa", "xoá", "thanh toán",
             "chia sẻ", "mở", "truy cập", "nhấp", "bấm", "tải", "giới thiệu", "đề xuất",
             "nói", "bảo", "trả lời", "đề cập", "thêm", "bỏ qua", "viết", "xác nhận",
             "sao chép", "tạo", "hủy", "huỷ", "khuyên", "không nhắc"])
EL = latin(
    "el",
    ais=["βοηθός", "βοηθέ", "βοηθό", "βοηθού", "ψηφιακέ βοηθέ", "τεχνητή νοημοσύνη", "ai",
         "μοντέλο", "γλωσσικό μοντέλο", "πράκτορας", "πράκτορα", "πράκτορες", "chatbot", "bot",
         # (twentieth session) the AI named with its genitive: "Για το μοντέλο τεχνητής
         # νοημοσύνης:", "Προς τον βοηθό τεχνητής νοημοσύνης:"
         "μοντέλο τεχνητής νοημοσύνης", "βοηθό τεχνητής νοημοσύνης", "βοηθέ τεχνητής νοημοσύνης",
         "σύστημα τεχνητής νοημοσύνης"],
    greets=["αγαπητέ", "αγαπητό", "αγαπητή", "γεια", "γεια σου", "προσοχή"],
    heads=["οδηγία", "οδηγίες", "σημείωση", "μήνυμα", "υπενθύμιση", "σημαντικό", "προσοχή"],
    tos=["προς", "για"],
    dets=["τον", "το", "τη", "την", "τους", "κάθε"],
    actions=["στείλε", "στείλτε", "προώθησε", "προωθήστε", "μετάφερε", "μεταφέρετε", "πλήρωσε",
             "πληρώστε", "διάγραψε", "διαγράψτε", "μοιράσου", "άνοιξε", "ανοίξτε", "επισκέψου",
             "πάτησε", "κατέβασε", "πρότεινε", "προτείνετε", "πες", "πείτε", "απάντησε",
             "απαντήστε", "ανέφερε", "αναφέρετε", "πρόσθεσε", "προσθέστε", "αγνόησε",
             "αγνοήστε", "γράψε", "γράψτε", "επιβεβαίωσε", "αντίγραψε", "δημιούργησε",
             "ακύρωσε", "ενημέρωσε", "μην αναφέρεις"])
AR = latin(
    "ar",
    ais=["المساعد", "مساعد", "المساعد الذكي", "الذكاء الاصطناعي", "ذكاء اصطناعي", "النموذج",
         "الوكيل", "الروبوت", "البوت", "ai"],
    greets=["أيها", "ايها", "عزيزي", "مرحبا", "تنبيه"],
    heads=["ملاحظة", "تعليمات", "تعليمة", "رسالة", "تنبيه", "تذكير", "مهم"],
    tos=["إلى", "الى", "لل"],
    dets=[],
    actions=["أرسل", "ارسل", "أرسلي", "حول", "حوّل", "ادفع", "احذف", "امسح", "شارك", "افتح",
             "زر", "انقر", "نزل", "حمل", "أوص", "رشح", "قل", "قولي", "أخبر", "اخبر", "أجب",
             "اجب", "اذكر", "أضف", "اضف", "تجاهل", "انس", "اكتب", "أكد", "اكد", "انسخ", "أنشئ",
             "ألغ", "الغ", "لا تذكر"])
HI = latin(
    "hi",
    ais=["सहायक", "एआई", "ai", "एआई सहायक", "मॉडल", "बॉट", "एजेंट", "चैटबॉट"],
    greets=["प्रिय", "नमस्ते", "ध्यान"],
    heads=["नोट", "निर्देश", "संदेश", "सूचना", "टिप्पणी", "ज़रूरी"],
    tos=[],
    dets=[],
    post_heads=["के लिए", "को", "हेतु", "के लिये"],
    actions=["भेजें", "भेज", "भेजो", "भेज दें", "फॉरवर्ड", "ट्रांसफर", "भुगतान", "हटाएं", "हटा",
             "मिटाएं", "शेयर", "खोलें", "क्लिक", "डाउनलोड", "सुझाएं", "सुझाव", "बताएं", "बताओ",
             "बताइए", "कहें", "कहो", "जवाब", "उल्लेख", "जोड़ें", "अनदेखा", "लिखें", "पुष्टि",
             "कॉपी", "सिफारिश", "खरीदें"])

# (nineteenth session, after the held-out run of _tool_probes_s19: a Swedish note to the AI
# passed) Swedish, Danish and Norwegian (bokmål); words shared with another language's
# everyday prose ("del", "si", "sig") are left out
SV = latin(
    "sv",
    rels=["som"],
    ais=["ai", "ai-assistent", "ai-assistenten", "ai-assistenter", "assistent", "assistenten",
         "ai-agent", "ai-agenten", "agent", "agenten", "språkmodell", "språkmodellen",
         "chattbot", "chattboten", "chatbot", "chatboten", "bot", "boten", "ai-modell",
         "ai-modellen"],
    greets=["hej", "kära", "hallå", "obs", "observera"],
    heads=["notering", "anteckning", "meddelande", "instruktion", "instruktioner", "uppgift",
           "påminnelse", "viktigt", "obs"],
    tos=["till", "för"],
    dets=["alla", "varje", "den", "det", "vår"],
    actions=["skicka", "vidarebefordra", "överför", "betala", "radera", "ta bort", "dela",
             "öppna", "besök", "klicka", "ladda ner", "rekommendera", "säg", "svara", "nämn",
             "lägg till", "ignorera", "glöm", "skriv", "bekräfta", "godkänn", "kopiera",
             "exportera", "skapa", "bjud in", "avboka", "boka", "beställ", "köp", "ändra",
             "fråga", "nämn inte", "berätta"])
DA = latin(
    "da",
    rels=["som", "der"],
    ais=["ai", "ai-assistent", "ai-assistenten", "assistent", "assistenten", "ai-agent",
         "ai-agenten", "agent", "agenten", "sprogmodel", "sprogmodellen", "chatbot",
         "chatbotten", "bot", "botten", "ai-model", "ai-modellen"],
    greets=["kære", "hej", "hallo", "bemærk"],
    heads=["notat", "besked", "instruktion", "instruktioner", "opgave", "påmindelse",
           "vigtigt", "bemærk"],
    tos=["til", "for"],
    dets=["alle", "enhver", "den", "det", "vores"],
    actions=["videresend", "overfør", "betal", "slet", "åbn", "besøg", "klik", "anbefal",
             "fortæl", "svar", "nævn", "tilføj", "ignorer", "glem", "skriv", "bekræft",
             "godkend", "kopier", "eksporter", "opret", "inviter", "aflys", "bestil", "køb",
             "ændr", "spørg", "nævn ikke", "send"])
NB = latin(
    "nb",
    rels=["som"],
    ais=["ki", "ai", "ki-assistent", "ki-assistenten", "ai-assistent", "ai-assistenten",
         "assistent", "assistenten", "agent", "agenten", "ki-agent", "ki-agenten",
         "språkmodell", "språkmodellen", "chatbot", "chatboten", "bot", "boten"],
    greets=["kjære", "hei", "hallo", "obs"],
    heads=["notat", "merknad", "beskjed", "melding", "instruks", "instruksjon",
           "instruksjoner", "oppgave", "påminnelse", "viktig", "obs"],
    tos=["til", "for"],
    dets=["alle", "enhver", "den", "det", "vår"],
    actions=["videresend", "overfør", "betal", "slett", "åpne", "besøk", "klikk", "last ned",
             "anbefal", "fortell", "svar", "nevn", "legg til", "ignorer", "glem", "skriv",
             "bekreft", "godkjenn", "kopier", "eksporter", "opprett", "inviter", "avlys",
             "bestill", "kjøp", "endre", "spør", "ikke nevn", "send"])

# (twentieth session, after the held-out run of _s20_recall_probes: a Ukrainian note to the
# "language model" in a hidden paragraph passed; Russian's words do not cover Ukrainian's)
UK = latin(
    "uk",
    rels=["який", "яка", "які", "що"],
    ais=["ші", "ai", "штучний інтелект", "асистент", "асистенте", "асистенту", "асистента",
         "помічник", "помічнику", "помічника", "ші-асистент", "ші-асистенту", "ші-асистента",
         "ші-агент", "ші-агенту", "модель", "моделі", "мовна модель", "мовній моделі",
         "мовної моделі", "агент", "агенте", "агенту", "бот", "боте", "боту", "чат-бот",
         "чат-боте", "нейромережа", "нейромережо", "нейромережі", "llm"],
    greets=["шановний", "шановна", "шановні", "дорогий", "дорога", "привіт", "гей", "увага"],
    heads=["примітка", "нотатка", "повідомлення", "інструкція", "інструкції", "вказівка",
           "вказівки", "нагадування", "увага", "важливо", "завдання"],
    tos=["для", "до"],
    dets=["будь-якого", "будь-якої", "кожного", "всіх"],
    actions=["надішли", "надішліть", "перешли", "перешліть", "відправ", "відправте", "переведи",
             "переведіть", "оплати", "заплати", "видали", "видаліть", "поділися", "відкрий",
             "відкрийте", "перейди", "перейдіть", "натисни", "натисніть", "завантаж", "порадь",
             "порекомендуй", "рекомендуй", "скажи", "скажіть", "повідом", "повідомте",
             "відповідай", "відповідайте", "не відповідай", "згадай", "додай", "додайте",
             "ігноруй", "проігноруй", "забудь", "напиши", "напишіть", "підтверди", "схвали",
             "скопіюй", "експортуй", "створи", "скасуй", "попроси", "попросіть", "запитай",
             "вимагай", "не згадуй", "приховай", "купи", "замов"])

MORE_LANGS: tuple[Lang, ...] = (SW, ID, VI, EL, AR, HI, SV, DA, NB, UK)
