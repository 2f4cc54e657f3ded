# ruff: noqa: E501, RUF001, RUF003
"""Hand-typed pools and templates of dev33 (see ``bench/sanitizer_dev33.py``).

Everything here was typed by hand for dev33: no Faker, no name lists, no package data.
Pools are comma-separated strings; ``native/roman`` gives a name in its own script and
in the romanization people use; ``male=female`` gives gendered forms of a family name;
``;`` separates patterns.  Random patterns: ``#`` digit, ``%`` non-zero digit,
``@`` capital letter, ``&`` small letter, ``?`` capital letter or digit; a leading
``!fa ``, ``!ar ``, ``!hi ``, ``!bn ``, ``!th ``, ``!my `` switches the digits to that
script.  Address formats use ``{st} {st2} {no} {noa} {d1} {n} {nn} {nnn} {fl} {L} {box}
{km} {town} {dist} {bld} {reg} {lm} {pc}``, and ``|`` where a letter would break
the line.  Date patterns use ``{d} {dd} {m} {mm} {y} {yy} {MON} {Mon} {be} {roc}
{sh} {bs} {et} {hj} {jera} {jeraR}``.
"""

from __future__ import annotations


def _split(text: str, sep: str) -> list[str]:
    return text.split(sep)


NONLATIN_LANGS = {
    "ru", "uk", "bg", "el", "ar", "he", "fa", "hi", "ta", "bn", "ur", "ne", "si", "zh", "zht",
    "ja", "ko", "mn", "th", "my", "am", "ka", "hy", "kk",
}  # fmt: skip

MONTHS = {
    "en": "January|February|March|April|May|June|July|August|September|October|November|December",
    "de": "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
    "de_at": "Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    "es": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
    "ca": "de gener|de febrer|de març|d'abril|de maig|de juny|de juliol|d'agost|de setembre|d'octubre|de novembre|de desembre",
    "pt": "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
    "it": "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
    "nl": "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
    "pl": "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia",
    "cs": "ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince",
    "sk": "januára|februára|marca|apríla|mája|júna|júla|augusta|septembra|októbra|novembra|decembra",
    "hu": "január|február|március|április|május|június|július|augusztus|szeptember|október|november|december",
    "ro": "ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie",
    "bg": "януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември",
    "hr": "siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|listopada|studenoga|prosinca",
    "sr": "januar|februar|mart|april|maj|jun|jul|avgust|septembar|oktobar|novembar|decembar",
    "sl": "januar|februar|marec|april|maj|junij|julij|avgust|september|oktober|november|december",
    "el": "Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου",
    "tr": "Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık",
    "ru": "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря",
    "uk": "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня",
    "lt": "sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio",
    "lv": "janvārī|februārī|martā|aprīlī|maijā|jūnijā|jūlijā|augustā|septembrī|oktobrī|novembrī|decembrī",
    "et": "jaanuar|veebruar|märts|aprill|mai|juuni|juuli|august|september|oktoober|november|detsember",
    "fi": "tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta",
    "sv": "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december",
    "da": "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december",
    "nb": "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember",
    "is": "janúar|febrúar|mars|apríl|maí|júní|júlí|ágúst|september|október|nóvember|desember",
    "sq": "janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor",
    "id": "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember",
    "ms": "Januari|Februari|Mac|April|Mei|Jun|Julai|Ogos|September|Oktober|November|Disember",
    "tl": "Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre",
    "sw": "Januari|Februari|Machi|Aprili|Mei|Juni|Julai|Agosti|Septemba|Oktoba|Novemba|Desemba",
    "af": "Januarie|Februarie|Maart|April|Mei|Junie|Julie|Augustus|September|Oktober|November|Desember",
    "ar": "يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر",
    "ar_lev": "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول",
    "fa": "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند",
    "he": "בינואר|בפברואר|במרץ|באפריל|במאי|ביוני|ביולי|באוגוסט|בספטמבר|באוקטובר|בנובמבר|בדצמבר",
    "hi": "जनवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर",
    "th": "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม",
    "ka": "იანვარი|თებერვალი|მარტი|აპრილი|მაისი|ივნისი|ივლისი|აგვისტო|სექტემბერი|ოქტომბერი|ნოემბერი|დეკემბერი",
    "az": "yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr",
    "uz": "yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|oktabr|noyabr|dekabr",
}
MONTHS = {k: v.split("|") for k, v in MONTHS.items()}

#: Date patterns of a template language used outside its main locale: (patterns, months).
LANG_DATES = {
    "ru": ("{dd}.{mm}.{y}; {d} {MON} {y} г.; {dd}.{mm}.{y} г.", "ru"),
    "fr": ("{dd}/{mm}/{y}; {d} {MON} {y}", "fr"),
    "de": ("{dd}.{mm}.{y}; {d}. {MON} {y}", "de"),
    "es": ("{dd}/{mm}/{y}; {d} de {MON} de {y}", "es"),
    "zh": ("{y}年{m}月{d}日; {y}-{mm}-{dd}; {y}/{m}/{d}", "en"),
    "cs": ("{d}. {m}. {y}; {dd}.{mm}.{y}", "cs"),
    "sw": ("{dd}/{mm}/{y}; {d} {MON} {y}", "sw"),
    "ar": ("{dd}/{mm}/{y}; {y}/{mm}/{dd}; {d} {MON} {y}", "ar"),
    "hi": ("{dd}/{mm}/{y}; {dd}-{mm}-{y}", "hi"),
}

EN_HON = _split(
    "Mr {f}|m; Mrs {f}|f; Ms {f}|f; Mr. {f}|m; Ms. {f}|f; Miss {f}|f; Dr {f}; Dr. {f}; Mr {full}|m; Ms {full}|f; {full}; {g}",
    "; ",
)
EN_KIN = _split(
    "Auntie {g}|f; Aunty {g}|f; Aunt {g}|f; Uncle {g}|m; Grandma {g}|f; Granny {g}|f; Grandpa {g}|m; Nana {g}|f; old {g}",
    "; ",
)

GLOBAL_MAIL = _split(
    "gmail.com, outlook.com, hotmail.com, yahoo.com, icloud.com, proton.me, live.com, aol.com", ", "
)
ORG_LOCALS = _split(
    "lettings, info, office, rentals, maintenance, accounts, hausverwaltung, gestion, reservas, contact, support, concierge, hoa.board, committee, frontdesk, billing, verhuur, administracion, kanri, guanli, hello, bookings, tenants",
    ", ",
)
ORG_DOMAINS = _split(
    "harbourhomes.co.uk, lindenhof-verwaltung.de, immo-soleil.fr, fincasdelsur.es, casabella-affitti.it, grachtwonen.nl, maplegrove-hoa.org, sunrise-residences.sg, sakura-kanri.co.jp, hanbit-realty.kr, lakeview-condos.ca, nairobihomes.co.ke, palmcourt.ae, rio-condominios.com.br, stadtwerke-nord.de, brightline-broadband.com, swiftmove.com.au, tidyhome.pl, lumo-energia.fi, bostad-norr.se",
    ", ",
)

NUMBER_PATTERNS = {
    "order": [
        "#########",
        "ORD-####-######",
        "###-#######-#######",
        "@#@#@#",
        "#%#####",
        "W######",
        "PO-#####",
        "#####-##",
    ],
    "track": [
        "1Z%#####@@########",
        "JJD##################",
        "@@#########GB",
        "RR#########DE",
        "LX#########CN",
        "EE#########IN",
        "############",
        "####-####-####",
        "SF#############",
        "3S@@@@#######",
        "YT################",
        "9400 #### #### #### #### ##",
    ],
    "booking": [
        "HM@?@?@?@?",
        "#########",
        "####.###.###",
        "RES-@@####",
        "@@@###",
        "BK-######",
        "#@@##@",
    ],
    "invoice": [
        "INV-202#-####",
        "RE-######",
        "F202#-#####",
        "#####/202#",
        "FV/###/##/202#",
        "NO.########",
        "A-202#-###",
    ],
    "meter": [
        "1ESY##########",
        "Z##-#######",
        "WM#######",
        "########",
        "## #### #### ###",
        "E##@#####",
        "GZ-####-####",
    ],
    "acct": ["#########", "CUST-######", "KD-########", "##########", "AC######", "###-####-###"],
    "contract": ["V-########", "CT-202#-####", "#######-##", "MV-####-##", "LSE/202#/###"],
    "case": [
        "CASE-######",
        "TKT-#####",
        "SR#########",
        "#######",
        "INC########",
        "WO-#####",
        "#%####",
    ],
}
MASKED = [
    "**** **** **** NNNN",
    "•••• NNNN",
    "XXXX-XXXX-XXXX-NNNN",
    "ending in NNNN",
    "VISA ****NNNN",
    "Mastercard •••• NNNN",
    "************NNNN",
    "*NNNN",
    "xxxx NNNN",
]
DEFAULT_DL = ["@#######", "########", "@@######", "#########"]
DEFAULT_PP = ["@@#######", "@########", "#########", "@#######"]

GLOBAL_PUBLIC = _split(
    "Taylor Swift, Lionel Messi, Cristiano Ronaldo, Serena Williams, LeBron James, Barack Obama, Beyoncé, Shakira, Usain Bolt, Roger Federer, Lewis Hamilton, Greta Thunberg, Kylian Mbappé, Novak Djokovic, Rihanna, Keanu Reeves, Oprah Winfrey, Erling Haaland",
    ", ",
)
FICTION = _split(
    "Sherlock Holmes, Harry Potter, Hermione Granger, Mr. Bean, Peppa Pig, Paddington, Winnie-the-Pooh, Pippi Langstrumpf, Astérix, Obélix, Tintin, Don Quijote, Sancho Panza, Doraemon, Nobita, Totoro, Sun Wukong, Homer Simpson, Bart Simpson, SpongeBob, Heidi, Moomintroll, Pinocchio, Mafalda, El Chavo del Ocho, Shin-chan, Pororo, Tom Sawyer, Bilbo Baggins, Gandalf, Hercule Poirot, Miss Marple, Maigret, Nils Holgersson, Karlsson på taket, Cheburashka, Bob the Builder, Fireman Sam, Postman Pat, Mickey Mouse, Garfield, Snoopy, Anne of Green Gables, Pikachu, Hello Kitty",
    ", ",
)
GLOBAL_NAMED = _split(
    "Martin Luther King Jr. Boulevard, Nelson Mandela Square, Lincoln Park, Washington Square, Victoria Station, Churchill Square, Gandhi Road, Simón Bolívar Avenue, Queen Elizabeth Park, Jefferson Street, Mozart Square, Einstein Park",
    ", ",
)
GLOBAL_SHOPS = _split(
    "IKEA, Amazon, Airbnb, Uber Eats, Deliveroo, DHL, FedEx, UPS, 7-Eleven, Starbucks, Decathlon, H&M, Zara, Booking.com, Glovo, Bolt Food, Foodpanda, Wolt, Lidl, Aldi, Carrefour, Costco",
    ", ",
)
GLOBAL_BLDS = _split(
    "Sunrise Residences, Maple Court, Harbour View Tower, Green Park Apartments, The Willows, Riverside Lofts, Palm Gardens, Cedar Heights, Lakeside Towers, Orchid Residency",
    ", ",
)
SSIDS = [
    "FRITZ!Box 7590 @@",
    "Vodafone-####",
    "TP-Link_####_5G",
    "Livebox-@#@#",
    "BTHub6-@@##",
    "SKY#####",
    "NETGEAR##",
    "Casa_5G",
    "Orange-@#@#",
    "MOVISTAR_@#@#",
    "HUAWEI-B535-@#@#",
    "KT_GiGA_5G_@#@#",
    "dlink-@#@#",
    "Telekom-@@####",
    "TIM-########",
    "Ziggo######",
    "VIVO-####",
    "JioFiber-@@@@",
    "CMCC-@#@#",
    "Buffalo-G-@#@#",
    "HomeNet_5G",
    "Guest-WiFi",
    "ASUS_##_2G",
    "Starlink",
]
WIFI_WORDS = _split(
    "sunflower, blueberry, pancake, mango, tiger, river, garden, octopus, maple, cobalt, lemon, falcon, cactus, pebble, biscuit, walrus, meadow, harbour, thunder, kiwi, koala, marble, velvet, cinnamon, lavender, pistachio, quokka, saffron, zebra, apfelbaum, sonnenblume, kartoffel, fleur, soleil, mariposa, girasol, tortuga, gatto, limone, pindakaas, kaffee, sakura, hoshizora, banana, jeruk, kopi, chai, samosa, mapache, bambu, pirogi, kanelbulle, tulipan, aurinko, zeytin, baklava, mamaliga, oliveira",
    ", ",
)

SYSTEM_PROMPTS = [
    "You are a helpful assistant for a property management company. Summarise tenant messages and classify urgency as low, medium or high.",
    "You draft polite, concise replies for landlords. Never invent facts that are not in the message.",
    "Extract structured fields (people, dates, amounts, addresses, contact details) from the document and return JSON only.",
    "You translate messages between residents and building staff. Keep the tone friendly and keep all details.",
    "You are HomeHelper, the assistant inside a smart-home app. Explain device logs and configs in plain language.",
    "Classify the maintenance request into one of: plumbing, electrical, heating, pests, noise, access, other. Reply with the label and one sentence.",
    "You are a moving-company quoting assistant. Estimate the volume in cubic metres from the inventory and list fragile items.",
    "Rewrite the user's text so it sounds calm, neighbourly and clear. Do not remove any facts.",
    "Decide whether this message is a rental or delivery scam. Give a short verdict and the reasons.",
    "Summarise meeting minutes into decisions and action items with owners and deadlines.",
    "You help a short-term-rental host answer guests quickly and warmly. Keep answers under 120 words.",
    "You are an assistant for a residents' association. Turn chat exports into a short digest.",
    "You check tenancy documents for missing information and list what is missing.",
    "Du bist ein Assistent einer Hausverwaltung. Fasse Mieteranfragen kurz zusammen und schlage eine Antwort vor.",
    "Tu es l'assistant d'une agence immobilière. Réponds en français, de façon courtoise et concise.",
    "Eres un asistente de administración de fincas. Resume la incidencia y propone una respuesta en español.",
    "あなたは不動産管理会社のアシスタントです。入居者からの問い合わせを要約し、対応案を出してください。",
    "你是物业客服助手，请总结住户的问题并给出处理建议。",
    "당신은 아파트 관리사무소의 상담 도우미입니다. 민원을 요약하고 답변 초안을 작성하세요.",
    "Ты помощник управляющей компании. Кратко перескажи обращение жильца и предложи ответ.",
    "Você é um assistente de administração de condomínios. Resuma a mensagem e sugira uma resposta.",
]
MODELS = {
    "openai": [
        "gpt-4o-mini",
        "gpt-4o",
        "gpt-4.1-mini",
        "gpt-4.1",
        "gpt-4.1-nano",
        "o4-mini",
        "gpt-5-mini",
    ],
    "anthropic": [
        "claude-3-5-haiku-20241022",
        "claude-3-5-sonnet-20241022",
        "claude-sonnet-4-20250514",
        "claude-3-haiku-20240307",
        "claude-3-7-sonnet-20250219",
    ],
    "ollama": [
        "llama3.1:8b",
        "qwen2.5:7b-instruct",
        "mistral:7b",
        "gemma2:9b",
        "phi3:mini",
        "llama3.2:3b",
    ],
    "mistral": [
        "mistral-small-latest",
        "mistral-large-latest",
        "open-mistral-nemo",
        "ministral-8b-latest",
    ],
    "cohere": ["command-r-plus", "command-r", "command-r7b-12-2024"],
    "bedrock": [
        "anthropic.claude-3-haiku-20240307-v1:0",
        "meta.llama3-1-70b-instruct-v1:0",
        "amazon.nova-lite-v1:0",
        "mistral.mistral-large-2407-v1:0",
    ],
}
PRIOR_TURNS = [
    (
        "Can you help me with messages from tenants?",
        "Of course. Paste the message and I will summarise it and suggest a reply.",
    ),
    (
        "I manage a small building and get lots of chat messages.",
        "Happy to help. Send me the messages you want me to go through.",
    ),
    ("hi", "Hi! What can I help you with today?"),
    (
        "I need to write to my landlord, can you help?",
        "Sure. Share what you have so far and what you want to achieve.",
    ),
    ("Ich brauche Hilfe mit einer Nachricht.", "Gern! Schick mir den Text."),
    ("Peux-tu m'aider ?", "Bien sûr, envoie-moi le message."),
]
TOOL_ASKS = [
    "Fetch the latest ticket and summarise it.",
    "Load the newest message from the tenant inbox and draft a reply.",
    "Read the attached document and list the missing fields.",
    "Get the booking notes for tonight's guest.",
    "Open the last chat export and make a digest.",
]
TOOL_NAMES = [
    "get_ticket",
    "fetch_inbox_message",
    "read_document",
    "get_booking_notes",
    "load_chat_export",
    "get_listing",
]
APP_NAMES = [
    "rentbot",
    "homeassist-llm",
    "lettings-copilot",
    "concierge-ai",
    "tenant-portal",
    "hoa-notes",
    "movequote-ai",
    "doorman-gpt",
    "smartnest-agent",
    "inbox-triage",
    "hostbuddy",
    "fixit-dispatch",
]
LOG_PREFIXES = [
    "{ts} INFO [{svc}] POST https://api.openai.com/v1/chat/completions request_id={rid} body=",
    "[{ts}] {svc} DEBUG llm.request id={rid} payload=",
    '{ts} level=info svc={svc} msg="calling llm" rid={rid} json=',
    "I {ts} {svc} llm_client.py:88] sending request ",
    "{ts} | {svc} | outbound | ",
    "{ts} WARN {svc} retrying LLM call (attempt 2) req={rid} data=",
]
INSTRUCTIONS = {
    "en": [
        "Summarise this for me:",
        "Can you pull out the names, phone numbers and dates from this?",
        "Translate to English please:",
        "Write a polite reply to this:",
        "Is this legit or a scam?",
        "Turn this into a checklist:",
        "Classify urgency (low/medium/high):",
        "Fix the grammar but keep everything else:",
        "what should i do here??",
        "Make a short summary for the building group chat:",
        "Convert to JSON with fields name, phone, address, dates:",
        "Please check this for anything missing before I send it:",
    ],
    "de": [
        "Fass das bitte kurz zusammen:",
        "Formuliere eine höfliche Antwort:",
        "Ist das seriös?",
        "Mach daraus eine Checkliste:",
    ],
    "fr": [
        "Résume-moi ça :",
        "Rédige une réponse polie :",
        "C'est une arnaque ?",
        "Corrige les fautes sans rien changer d'autre :",
    ],
    "es": [
        "Resúmeme esto:",
        "Escribe una respuesta educada:",
        "¿Esto es una estafa?",
        "Pásalo a JSON:",
    ],
    "pt": ["Resume isto:", "Escreve uma resposta educada:", "Isto é golpe?"],
    "it": ["Riassumi questo:", "Scrivi una risposta cortese:", "È una truffa?"],
    "nl": ["Vat dit samen:", "Schrijf een beleefd antwoord:", "Is dit oplichting?"],
    "ja": ["以下を要約してください：", "丁寧な返信を書いてください：", "これは詐欺ですか？"],
    "zh": ["帮我总结一下：", "帮我写个礼貌的回复：", "这是诈骗吗？"],
    "ko": ["요약해 주세요:", "정중한 답장 써 주세요:", "이거 사기인가요?"],
    "ru": ["Кратко перескажи:", "Напиши вежливый ответ:", "Это развод?"],
    "tr": ["Bunu özetler misin:", "Kibar bir cevap yaz:", "Bu dolandırıcılık mı?"],
    "pl": ["Streść to:", "Napisz uprzejmą odpowiedź:", "Czy to oszustwo?"],
    "ar": ["لخّص هذا من فضلك:", "اكتب ردًا مهذبًا:", "هل هذه عملية احتيال؟"],
}

# =======================================================================================
# Locales
# =======================================================================================

LOCALES: dict[str, dict[str, str]] = {}


def L(code: str, **kw: str) -> None:  # noqa: N802
    LOCALES[code] = kw


# ---------------------------------------------------------------------------- Europe
L(
    "en_GB",
    country="United Kingdom",
    langs="en",
    gm="Oliver, George, Harry, Jack, Charlie, Thomas, James, William, Daniel, Callum, Rhys, Owen, Liam, Ethan, Samuel, Joseph, Matthew, Connor, Alfie, Nathan, Ravi, Imran, Kwame, Tomasz, Graham, Nigel",
    gf="Olivia, Amelia, Isla, Emily, Poppy, Sophie, Charlotte, Jessica, Hannah, Chloe, Lucy, Megan, Eleanor, Grace, Freya, Niamh, Priya, Aisha, Zara, Bethany, Rebecca, Siobhan, Margaret, Pauline",
    fam="Smith, Jones, Taylor, Brown, Williams, Wilson, Johnson, Davies, Robinson, Wright, Thompson, Evans, Walker, White, Roberts, Green, Hall, Wood, Jackson, Clarke, Patel, Khan, Hughes, Edwards, Turner, Hill, Cooper, Ward, Morris, Okafor, Murphy, Price, Bennett, Fletcher, Ahmed, Nowak, Ellis, Barker, Fitzpatrick, Ashworth",
    nick="Bex, Jonno, Tash, Gaz, Mo, Jess, Robbo, Lizzie, Dave, Kez, Sammy, Tommo, Pip",
    streets="High Street, Church Road, Station Road, Victoria Road, Green Lane, Manor Road, Park Avenue, Queen's Road, Kingsway, Mill Lane, Albert Street, The Crescent, Elm Grove, Beech Close, Chapel Street, Westfield Road, Orchard Way, Cromwell Road, Hawthorn Drive, Marlborough Avenue, Gladstone Street, Nelson Terrace",
    towns="London, Manchester, Leeds, Bristol, Sheffield, Nottingham, Leicester, Brighton, Norwich, York, Cardiff, Glasgow, Edinburgh, Newcastle upon Tyne, Bath, Reading, Coventry, Exeter, Swansea, Belfast",
    dists="Hackney, Walthamstow, Headingley, Didsbury, Clifton, Jesmond, Roath, Morningside, Hove, Erdington, Peckham, Moseley",
    blds="Marlowe Court, Riverside House, Kingfisher Court, Alexandra Mansions, Wellington House, Beacon Heights, Cygnet Wharf",
    addr="{no} {st}|{town}|{pc}; Flat {n}, {no} {st}|{dist}|{town} {pc}; {no} {st}, {dist}|{town} {pc}; Flat {n}, {bld}|{no} {st}|{town} {pc}; {no}{L} {st}|{town} {pc}",
    short="{no} {st}; Flat {n}, {no} {st}; {no}{L} {st}",
    pc="@@# #@@; @# #@@; @@## #@@; @## #@@",
    phone="07### ######; +44 7### ######; 07### ### ###; 020 #### ####; 0113 ### ####; +44 (0)7### ######; 0161 ### ####",
    dates="{d} {MON} {y}; {dd}/{mm}/{y}; {d} {Mon} {y}; {dd}/{mm}/{yy}",
    mon="en",
    cur="£{n}",
    fx="0.85",
    iban="GB",
    dl="@@@@@######@@#@@",
    pp="#########",
    plate="@@## @@@",
    mail="btinternet.com, sky.com, hotmail.co.uk, yahoo.co.uk, virginmedia.com, talktalk.net",
    public="Marcus Rashford, Keir Starmer, Adele, Gary Lineker, Mary Berry, David Attenborough, Harry Kane, Emma Raducanu",
    shops="Tesco, Sainsbury's, Greggs, Boots, Argos, Screwfix, Wickes, Ocado, Currys, Timpson, Waitrose, B&Q, Just Eat",
    named="Wellington Street, Victoria Park, Gladstone Road, Churchill Way, Shakespeare Road, Brunel Way, Nelson Street, Florence Nightingale Building",
)
L(
    "en_IE",
    country="Ireland",
    langs="en",
    gm="Seán, Conor, Cian, Darragh, Oisín, Patrick, Eoin, Ciarán, Niall, Liam, Fionn, Tadhg, Kevin, Declan, Dónal, Ruairí",
    gf="Aoife, Saoirse, Niamh, Siobhán, Róisín, Caoimhe, Ciara, Orla, Gráinne, Sinéad, Emma, Clodagh, Méabh, Aisling, Éabha, Deirdre",
    fam="Murphy, Kelly, O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Connor, O'Neill, Doyle, McCarthy, Gallagher, Kennedy, Lynch, Quinn, Fitzgerald, Ó Súilleabháin, Mac Giolla Phádraig, Brennan, Nolan, Keane, Daly",
    nick="Paddy, Shay, Dec, Ro, Ger, Mags, Nuala",
    kin_en="Auntie {g}|f; Nana {g}|f; Uncle {g}|m",
    streets="Main Street, Church Road, Griffith Avenue, Strand Road, Mespil Road, Rathgar Road, Ballymun Road, Dublin Road, Ard na Gréine, Bóthar na Trá, Quay Street, Patrick Street",
    towns="Dublin 6, Dublin 8, Dublin 15, Cork, Galway, Limerick, Waterford, Kilkenny, Sligo, Drogheda, Bray, Athlone",
    regs="Cork, Galway, Kerry, Meath, Wicklow, Kildare, Mayo, Clare, Donegal",
    blds="The Maltings, Harbour Court, Charlemont Square, Grand Canal Wharf, Clarion Quay",
    addr="{no} {st}|{town}|{pc}; Apt {nn}, {bld}|{st}|{town}|{pc}; {no} {st}, {town}|Co. {reg}|{pc}; {no} {st}|{town} {pc}",
    short="{no} {st}",
    pc="D0% @#@#; T12 @#@#; H91 @#@#; A94 @?##; V94 @#@#; D6W @#@#",
    phone="08# ### ####; +353 8# ### ####; 01 ### ####; 087 #######; 086-###-####",
    dates="{d} {MON} {y}; {dd}/{mm}/{y}; {d}/{m}/{y}",
    mon="en",
    cur="€{n}",
    iban="IE",
    dl="### ### ###",
    pp="@@#######",
    plate="##-D-#####; ###-C-####; ##-G-####",
    mail="eircom.net, gmail.com, hotmail.com, icloud.com",
    public="Paul Mescal, Roy Keane, Mary Robinson, Bono, Katie Taylor, Saoirse Ronan",
    shops="Dunnes Stores, SuperValu, Tesco, Centra, Penneys, Lidl, Woodie's",
    named="O'Connell Street, Parnell Square, Pearse Street, Grattan Bridge, Samuel Beckett Bridge",
)
L(
    "de_DE",
    country="Germany",
    langs="de",
    gm="Lukas, Jonas, Leon, Finn, Felix, Maximilian, Paul, Tobias, Jan, Niklas, Stefan, Thomas, Michael, Andreas, Jürgen, Klaus, Dieter, Matthias, Mehmet, Florian, Sebastian, Björn, Kai, Moritz, Karl-Heinz, Uwe",
    gf="Anna, Lena, Marie, Sophie, Laura, Julia, Katharina, Sabine, Petra, Monika, Ursula, Claudia, Jana, Franziska, Lea, Mia, Hannah, Ayşe, Svenja, Birgit, Heike, Anke, Greta, Anna-Lena, Gisela",
    fam="Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Werner, Krause, Lehmann, von Arnim, Yılmaz, Kowalski, Nguyen, Öztürk, Vogel, Friedrich, Kühn, Brandt, Haas, zu Bentheim, Petersen",
    nick="Steffi, Basti, Flo, Kathi, Lu, Maxi, Jojo, Matze, Tommi, Susi, Bine, Chrissi",
    hon="Herr {f}|m; Frau {f}|f; Herr {full}|m; Frau {full}|f; Dr. {f}; Fam. {f}; Frau Dr. {f}|f",
    hon_en="Herr {f}|m; Frau {f}|f",
    kin="Oma {g}|f; Opa {g}|m; Tante {g}|f; Onkel {g}|m",
    kin_en="Oma {g}|f; Opa {g}|m",
    streets="Hauptstraße, Bahnhofstraße, Schulstraße, Gartenstraße, Lindenstraße, Goethestraße, Schillerstraße, Kastanienallee, Bergstraße, Am Markt, Rosenweg, Birkenweg, Friedrichstraße, Kantstraße, Sonnenallee, Wilhelmstraße, Mühlenweg, Eichendorffstraße, Brunnenstraße, Karl-Liebknecht-Straße, Feldstraße, Ringstraße, Im Winkel, An der Alster",
    towns="Berlin, Hamburg, München, Köln, Frankfurt am Main, Stuttgart, Düsseldorf, Leipzig, Dresden, Hannover, Nürnberg, Bremen, Freiburg im Breisgau, Heidelberg, Münster, Kassel, Rostock, Augsburg, Bochum, Erfurt",
    addr="{st} {noa}|{pc} {town}; {st} {noa}, {fl}. OG|{pc} {town}; {st} {noa}, Whg. {nn}|{pc} {town}; {st} {noa}, Hinterhaus|{pc} {town}; {st} {noa}, {fl}. OG links|{pc} {town}",
    pc="#####",
    phone="+49 15# ########; 0151 ########; 0176 ########; 030 #######; 040 ########; 089 ########; +49 (0)17# #######; 0172/#######; 0160 ### ####",
    dates="{dd}.{mm}.{y}; {d}. {MON} {y}; {d}.{m}.{y}; {dd}.{mm}.{yy}",
    mon="de",
    cur="{n} €",
    num="de",
    iban="DE",
    dl="@##????#?##; @0##@@@#@##",
    pp="C@?#?#@##; C?#@#@#?#",
    plate="B-@@ ####; M-@ ####; HH-@@ ###; K-@@ ####; F-@ ###; S-@@ ####; L-@@ ###",
    mail="gmx.de, web.de, t-online.de, posteo.de, freenet.de, mailbox.org, gmx.net, arcor.de",
    public="Thomas Müller, Angela Merkel, Helene Fischer, Olaf Scholz, Jürgen Klopp, Manuel Neuer, Dirk Nowitzki, Toni Kroos, Friedrich Merz",
    shops="Rewe, Edeka, Aldi Süd, Lidl, dm, Rossmann, OBI, Hornbach, Bauhaus, MediaMarkt, Kaufland, Penny, Netto, Lieferando",
    named="Goethestraße, Schillerplatz, Karl-Marx-Allee, Konrad-Adenauer-Platz, Willy-Brandt-Straße, Beethovenpark, Friedrich-Ebert-Straße, Bismarckplatz, Humboldt-Gymnasium",
)
L(
    "de_AT",
    country="Austria",
    langs="de",
    gm="Lukas, Florian, Tobias, David, Alexander, Stefan, Markus, Christoph, Wolfgang, Johann, Franz, Maximilian, Elias, Jakob, Bernhard, Gerhard",
    gf="Anna, Sarah, Julia, Katharina, Lisa, Theresa, Elisabeth, Magdalena, Sabine, Andrea, Johanna, Verena, Marlene, Hannelore, Birgit",
    fam="Gruber, Huber, Bauer, Wagner, Müller, Pichler, Steiner, Moser, Mayer, Hofer, Leitner, Berger, Fuchs, Eder, Fischer, Schmid, Winkler, Weber, Schwarz, Maier, Reiter, Brunner, Novak, Horvath, Wimmer, Haider",
    nick="Flo, Resi, Hansi, Sepp, Lisi, Gerti, Franzi",
    hon="Herr {f}|m; Frau {f}|f; Frau Mag. {f}|f; Herr DI {f}|m; Herr Ing. {f}|m; Frau Dr. {f}|f",
    kin="Oma {g}|f; Opa {g}|m; Tante {g}|f; Onkel {g}|m",
    streets="Mariahilfer Straße, Hauptplatz, Landstraßer Hauptstraße, Wiedner Hauptstraße, Herrengasse, Kirchengasse, Schulgasse, Linzer Straße, Grazer Straße, Annenstraße, Rennweg, Lindengasse, Kaiserstraße, Josefstädter Straße",
    towns="Wien, Graz, Linz, Salzburg, Innsbruck, Klagenfurt, Villach, Wels, St. Pölten, Dornbirn, Bregenz",
    addr="{st} {no}/{n}/{n}|{pc} {town}; {st} {no}, Top {nn}|{pc} {town}; {st} {no}/Stiege {n}/Tür {nn}|{pc} {town}",
    pc="1#%0; %###",
    phone="+43 664 #######; 0664 #######; 0676 ### ####; 01 ### ## ##; +43 650 ### ####; 0699 ########",
    dates="{dd}.{mm}.{y}; {d}. {MON} {y}",
    mon="de_at",
    cur="€ {n}",
    num="de",
    iban="AT",
    dl="########",
    pp="@#######; P#######",
    plate="W-#####@; G-###@@; L-####@; S-###@@",
    mail="gmx.at, aon.at, chello.at, a1.net, gmail.com",
    public="David Alaba, Marcel Hirscher, Arnold Schwarzenegger, Dominic Thiem, Falco",
    shops="Billa, Spar, Hofer, Interspar, Bipa, Hornbach, Libro, Mjam",
    named="Mozartplatz, Karl-Marx-Hof, Maria-Theresien-Straße, Sigmund-Freud-Park, Johann-Strauß-Gasse, Dr.-Karl-Renner-Ring",
)
L(
    "de_CH",
    country="Switzerland",
    langs="de",
    gm="Luca, Noah, Leon, Nico, Jonas, Reto, Urs, Beat, Lukas, Daniel, Marco, Simon, Adrian, Matthias, Fabian, Ueli",
    gf="Mia, Lara, Laura, Anna, Nina, Sandra, Brigitte, Ursula, Corinne, Seraina, Andrea, Nadine, Martina, Mirjam, Vreni, Regula",
    fam="Müller, Meier, Schmid, Keller, Weber, Huber, Schneider, Meyer, Steiner, Fischer, Gerber, Brunner, Baumann, Frei, Zimmermann, Moser, Widmer, Wyss, Graf, Roth, Bühler, Hürlimann, Lüthi, Zürcher, Bachmann",
    nick="Ruedi, Vreni, Housi, Fabi, Chrigi, Sändi",
    hon="Herr {f}|m; Frau {f}|f; Herr {full}|m; Frau {full}|f",
    kin="Grosi {g}|f; Götti {g}|m; Gotte {g}|f; Onkel {g}|m",
    streets="Bahnhofstrasse, Dorfstrasse, Hauptstrasse, Kirchweg, Seestrasse, Langstrasse, Zürichstrasse, Bernstrasse, Rosenweg, Schulhausstrasse, Gartenstrasse, Rebbergstrasse, Weinbergstrasse",
    towns="Zürich, Bern, Basel, Luzern, Winterthur, St. Gallen, Zug, Thun, Baden, Biel, Aarau, Chur",
    addr="{st} {noa}|{pc} {town}; {st} {noa}|Postfach {box}|{pc} {town}; {st} {noa}, {fl}. Stock|{pc} {town}",
    short="{st} {noa}",
    pc="####",
    phone="+41 7# ### ## ##; 079 ### ## ##; 044 ### ## ##; 076 ### ## ##; 078 ### ## ##; 031 ### ## ##",
    dates="{dd}.{mm}.{y}; {d}. {MON} {y}",
    mon="de",
    cur="CHF {n}",
    num="ch",
    fx="0.95",
    iban="CH",
    dl="#########",
    pp="@#######; X#######",
    plate="ZH ### ###; BE ######; LU #####; AG ### ###",
    mail="bluewin.ch, gmx.ch, sunrise.ch, hispeed.ch, gmail.com",
    public="Roger Federer, Xherdan Shaqiri, Lara Gut-Behrami, Granit Xhaka",
    shops="Migros, Coop, Denner, Galaxus, Brack, Jumbo, Landi",
    named="Alfred-Escher-Strasse, Dufourstrasse, Zwinglistrasse, Pestalozzianlage, Gottfried-Keller-Strasse",
)
L(
    "fr_FR",
    country="France",
    langs="fr",
    gm="Jean, Pierre, Louis, Gabriel, Lucas, Hugo, Thomas, Nicolas, Julien, Mathieu, Antoine, Philippe, Alain, Olivier, Karim, Mehdi, Théo, Baptiste, Jean-Luc, Yannick, Sébastien, François, Rémi, Gérard",
    gf="Marie, Camille, Léa, Chloé, Manon, Emma, Inès, Sarah, Julie, Nathalie, Isabelle, Sophie, Céline, Catherine, Élodie, Amandine, Fatima, Aurélie, Océane, Margaux, Anne-Sophie, Hélène, Brigitte, Josiane",
    fam="Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Mercier, Dupont, Lambert, Bonnet, François, Martinez, Benali, Nguyen, Le Goff, Le Gall, Fontaine, Chevalier, de La Tour, Boucher, Gauthier, Ben Youssef, Diallo",
    nick="Juju, Polo, Mimi, Seb, Nico, Flo, Titou, Lulu, Max, Bébert, Zaza",
    hon="M. {f}|m; Mme {f}|f; Monsieur {f}|m; Madame {f}|f; M. {full}|m; Mme {full}|f; Dr {f}; Maître {f}",
    hon_en="Monsieur {f}|m; Madame {f}|f",
    kin="Tata {g}|f; Tonton {g}|m; Mamie {g}|f; Papi {g}|m; Tante {g}|f",
    kin_en="Mamie {g}|f; Papi {g}|m",
    streets="rue de la République, rue Victor-Hugo, avenue Jean-Jaurès, rue du Moulin, rue de la Paix, boulevard Voltaire, rue des Lilas, allée des Tilleuls, chemin des Vignes, rue Pasteur, rue de la Gare, impasse des Roses, rue Nationale, avenue de la Libération, place du Marché, rue des Écoles, quai de la Loire, rue Oberkampf, cours Mirabeau, rue Sainte-Catherine",
    towns="Paris, Lyon, Marseille, Toulouse, Nantes, Bordeaux, Lille, Strasbourg, Rennes, Montpellier, Nice, Grenoble, Dijon, Angers, Reims, Le Havre, Saint-Étienne, Tours, Clermont-Ferrand, Aix-en-Provence, Villeurbanne, Montreuil",
    addr="{no} {st}|{pc} {town}; {no} bis {st}|{pc} {town}; Appartement {nn}, {fl}e étage|{no} {st}|{pc} {town}; Bât. {L}, {no} {st}|{pc} {town}; {no}, {st}|{pc} {town}; Résidence {bld}, {no} {st}|{pc} {town}",
    short="{no} {st}; {no} bis {st}; {no}, {st}",
    blds="Les Tilleuls, Le Parc, Les Jardins de Flore, Le Belvédère, Les Mimosas",
    pc="75###; 69###; 13###; 31###; 44###; 33###; 59###; 67###; 35###; 34###",
    phone="06 ## ## ## ##; 07 ## ## ## ##; +33 6 ## ## ## ##; +33 (0)6 ## ## ## ##; 01 ## ## ## ##; 06########; 06.##.##.##.##",
    dates="{dd}/{mm}/{y}; {d} {MON} {y}; {dd}.{mm}.{y}",
    mon="fr",
    cur="{n} €",
    num="fr",
    iban="FR",
    cards="visa mc",
    dl="############; ##@@#####",
    pp="##@@#####",
    plate="@@-###-@@",
    mail="orange.fr, free.fr, laposte.net, sfr.fr, wanadoo.fr, hotmail.fr, yahoo.fr, bbox.fr",
    public="Kylian Mbappé, Zinedine Zidane, Emmanuel Macron, Marion Cotillard, Antoine Griezmann, Édith Piaf, Thomas Pesquet, Omar Sy",
    shops="Carrefour, Leclerc, Monoprix, Picard, Leroy Merlin, Castorama, Fnac, Darty, Boulanger, Franprix, Intermarché, Décathlon, Leboncoin",
    named="rue Victor-Hugo, avenue Jean-Jaurès, place Charles-de-Gaulle, boulevard Haussmann, le lycée Jules-Ferry, parc André-Citroën, rue Émile-Zola, square Louise-Michel",
)
L(
    "fr_BE",
    country="Belgium",
    langs="fr",
    gm="Jean, Luc, Thomas, Maxime, Nicolas, Arnaud, Olivier, Pierre, Antoine, Mathis, Louis, Youssef, Baudouin, Quentin",
    gf="Marie, Julie, Sophie, Laura, Charlotte, Manon, Camille, Aurélie, Catherine, Chantal, Nadia, Élise, Louise, Françoise",
    fam="Dupont, Lambert, Dubois, Martin, Peeters, Leclercq, Lemaire, Renard, Dumont, Jacobs, Willems, Mertens, Hermans, Goossens, Claes, Maes, Simon, Laurent, Wouters, Collard, Lejeune, El Amrani, Delvaux, Piron",
    hon="M. {f}|m; Mme {f}|f; Monsieur {f}|m; Madame {f}|f",
    kin="Bobonne {g}|f; Tonton {g}|m; Tata {g}|f; Mamy {g}|f; Papy {g}|m",
    streets="rue de la Loi, chaussée de Waterloo, avenue Louise, rue Haute, rue du Marché, avenue de Tervueren, rue Royale, rue de Namur, place Flagey, rue des Bouchers, chaussée d'Ixelles, rue Saint-Gilles",
    towns="Bruxelles, Liège, Namur, Charleroi, Mons, Ixelles, Schaerbeek, Uccle, Etterbeek, Louvain-la-Neuve, Tournai, Wavre",
    addr="{st} {no}|{pc} {town}; {st} {no} bte {n}|{pc} {town}; {st} {no}/{n}|{pc} {town}",
    pc="1###; 4###; 5###; 6###; 7###",
    phone="04## ## ## ##; +32 4## ## ## ##; 02 ### ## ##; 0477/## ## ##; +32 (0)486 ## ## ##",
    dates="{dd}/{mm}/{y}; {d} {MON} {y}",
    mon="fr",
    cur="{n} €",
    num="fr",
    iban="BE",
    cards="visa mc",
    dl="##########",
    pp="@@######",
    plate="1-@@@-###; 2-@@@-###",
    mail="skynet.be, proximus.be, telenet.be, hotmail.be, gmail.com",
    public="Eden Hazard, Stromae, Kevin De Bruyne, Angèle, Justine Henin, Jacques Brel",
    shops="Delhaize, Colruyt, Carrefour Market, Brico, Hubo, Krëfel",
    named="place Eugène Flagey, boulevard Adolphe Max, rue Antoine Dansaert, square Ambiorix, avenue Louise",
)
L(
    "fr_CH",
    country="Switzerland",
    langs="fr",
    gm="Julien, Nicolas, Yann, Loïc, Mathieu, David, Thierry, Sébastien, Cédric, Laurent, Frédéric, Jérôme",
    gf="Sophie, Nathalie, Valérie, Céline, Aline, Coralie, Mélanie, Joëlle, Stéphanie, Sandrine, Noémie, Fabienne",
    fam="Favre, Rochat, Perrin, Bonvin, Cretton, Morand, Jaquet, Pittet, Dubois, Rey, Mottier, Bovet, Vuilleumier, Chappuis, Marti, Genoud, Berset, Ducret, Monnier",
    hon="M. {f}|m; Mme {f}|f; Monsieur {f}|m; Madame {f}|f",
    kin="Tante {g}|f; Oncle {g}|m; Grand-maman {g}|f; Grand-papa {g}|m",
    streets="rue du Rhône, avenue de la Gare, chemin des Écureuils, rue de Lausanne, route de Chêne, rue du Simplon, avenue de Morges, rue de Carouge, chemin du Languedoc, rue Centrale, Grand-Rue",
    towns="Genève, Lausanne, Neuchâtel, Fribourg, Sion, Montreux, Vevey, Nyon, Yverdon-les-Bains, La Chaux-de-Fonds, Carouge, Delémont",
    addr="{st} {no}|{pc} {town}; {st} {no}, app. {nn}|{pc} {town}; {st} {no}|Case postale {box}|{pc} {town}",
    short="{st} {no}",
    pc="1###; 2###",
    phone="+41 7# ### ## ##; 079 ### ## ##; 022 ### ## ##; 021 ### ## ##; 078 ### ## ##",
    dates="{dd}.{mm}.{y}; {d} {MON} {y}; {dd}/{mm}/{y}",
    mon="fr",
    cur="CHF {n}",
    num="ch",
    fx="0.95",
    iban="CH",
    plate="GE ######; VD ### ###; NE #####; FR ### ###; VS ######",
    mail="bluewin.ch, sunrise.ch, gmail.com, netplus.ch",
    public="Stan Wawrinka, Roger Federer, Alain Berset",
    shops="Migros, Coop, Manor, Denner, Aldi Suisse",
    named="avenue Henri-Dunant, quai Gustave-Ador, rue Voltaire, place Claparède, île Rousseau",
)
L(
    "nl_NL",
    country="Netherlands",
    langs="nl",
    gm="Daan, Sem, Lucas, Levi, Bram, Thijs, Jeroen, Pieter, Sander, Ruben, Joost, Mark, Kees, Wouter, Niels, Mohamed, Stijn, Gijs, Floris, Henk, Teun",
    gf="Emma, Julia, Sophie, Anouk, Lotte, Fleur, Sanne, Femke, Eva, Lisa, Maud, Inge, Marieke, Annelies, Noor, Yasmina, Esther, Ilse, Wilma, Fenna",
    fam="de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, el Idrissi, Yılmaz, Kuipers, Vermeulen, van Beek, Hoekstra",
    nick="Pim, Loes, Jop, Roos, Saar, Kiki, Joep, Mies",
    hon="meneer {f}|m; mevrouw {f}|f; dhr. {f}|m; mevr. {f}|f; de heer {full}|m; mevrouw {full}|f",
    kin="tante {g}|f; oom {g}|m; oma {g}|f; opa {g}|m",
    streets="Kerkstraat, Dorpsstraat, Stationsweg, Molenstraat, Prinsengracht, Keizersgracht, Oudegracht, Nieuwe Binnenweg, Hoogstraat, Beukenlaan, Julianalaan, Wilhelminastraat, Van Woustraat, Overtoom, Ferdinand Bolstraat, Biltstraat, Witte de Withstraat, Lange Voorhout",
    towns="Amsterdam, Rotterdam, Den Haag, Utrecht, Eindhoven, Groningen, Tilburg, Almere, Breda, Nijmegen, Haarlem, Leiden, Delft, Zwolle, Maastricht, Arnhem",
    addr="{st} {noa}|{pc} {town}; {st} {no}-{n}|{pc} {town}; {st} {no} {L}|{pc} {town}; {st} {no}-hs|{pc} {town}; {st} {no} III|{pc} {town}",
    pc="%### @@",
    phone="06-########; 06 ## ## ## ##; +31 6 ########; 020-#######; +31 (0)6 ## ### ###; 06 ########",
    dates="{d}-{m}-{y}; {dd}-{mm}-{y}; {d} {MON} {y}",
    mon="nl",
    cur="€ {n}",
    num="de",
    iban="NL",
    cards="visa mc",
    dl="##########",
    pp="@@??????#",
    plate="@@-###-@; ##-@@@-#; @-###-@@",
    mail="ziggo.nl, kpnmail.nl, xs4all.nl, hotmail.nl, live.nl, planet.nl, home.nl",
    public="Johan Cruijff, Max Verstappen, Mark Rutte, Virgil van Dijk, André Hazes, Dick Schoof",
    shops="Albert Heijn, Jumbo, HEMA, Gamma, Praxis, Kruidvat, Coolblue, Bol.com, Thuisbezorgd, Picnic",
    named="Rembrandtplein, Vondelpark, Vincent van Goghstraat, Beatrixpark, Johan Cruijff ArenA, Spinozastraat",
)
L(
    "nl_BE",
    country="Belgium",
    langs="nl",
    gm="Jan, Pieter, Wout, Tom, Bart, Jens, Arne, Lander, Stijn, Koen, Dries, Wim, Seppe, Jef",
    gf="Lotte, Ellen, Sofie, An, Els, Katrien, Lien, Fien, Nele, Hanne, Griet, Marie, Jana",
    fam="Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet, Vermeulen, Van den Broeck, De Backer, Verstraete, Coppens, Van Damme, De Clercq, Hermans, Pauwels, Desmet, Vandenberghe",
    hon="meneer {f}|m; mevrouw {f}|f; dhr. {f}|m; mevr. {f}|f",
    kin="meter {g}|f; peter {g}|m; bompa {g}|m; bomma {g}|f; tante {g}|f",
    streets="Kerkstraat, Stationsstraat, Meir, Veldstraat, Grote Markt, Lange Lozanastraat, Dorpsstraat, Kortrijksesteenweg, Brugsesteenweg, Bondgenotenlaan, Nationalestraat, Sint-Pietersnieuwstraat",
    towns="Antwerpen, Gent, Brugge, Leuven, Mechelen, Hasselt, Kortrijk, Aalst, Sint-Niklaas, Oostende, Genk, Lier",
    addr="{st} {no}|{pc} {town}; {st} {no} bus {n}|{pc} {town}; {st} {no}/{nnn}|{pc} {town}",
    pc="2###; 9###; 8###; 3###",
    phone="04## ## ## ##; +32 4## ## ## ##; 03 ### ## ##; 09 ### ## ##",
    dates="{dd}/{mm}/{y}; {d} {MON} {y}",
    mon="nl",
    cur="€ {n}",
    num="de",
    iban="BE",
    plate="1-@@@-###; 2-@@@-###",
    mail="telenet.be, skynet.be, proximus.be, gmail.com",
    public="Kevin De Bruyne, Wout van Aert, Remco Evenepoel, Bart De Wever",
    shops="Colruyt, Delhaize, Aldi, Brico, Hubo, Vanden Borre",
    named="Leopold de Waelplaats, Koning Albertpark, Frans Van Cauwelaertlaan, Rubenshuis",
)
L(
    "lb_LU",
    country="Luxembourg",
    langs="fr de",
    gm="Luc, Jean, Marc, Paul, Tom, Gilles, Claude, Ben, Yves, Pit, Joao, Carlos, Jang",
    gf="Anne, Carole, Nathalie, Sandra, Martine, Sophie, Claudine, Joëlle, Lynn, Mandy, Ana, Tessy, Nadine",
    fam="Schmit, Muller, Weber, Wagner, Hoffmann, Thill, Schroeder, Klein, Reuter, Kremer, Hansen, Weis, Da Silva, Pereira, Ferreira, Goncalves, Majerus, Schiltz, Wirtz, Origer",
    hon="M. {f}|m; Mme {f}|f; Här {f}|m; Madame {f}|f",
    kin="Tata {g}|f; Tonton {g}|m; Bomi {g}|f; Bopi {g}|m",
    streets="rue de la Gare, avenue de la Liberté, route d'Arlon, boulevard Royal, rue de Hollerich, Grand-Rue, rue du Fossé, rue de Neudorf, rue de Strasbourg, rue Principale, Haaptstrooss",
    towns="Luxembourg, Esch-sur-Alzette, Differdange, Dudelange, Ettelbruck, Diekirch, Strassen, Bertrange, Mamer, Wiltz",
    addr="{no}, {st}|L-{pc} {town}; {no} {st}|L-{pc} {town}; {no}, {st}, app. {n}|L-{pc} {town}",
    pc="####",
    phone="+352 6## ### ###; 621 ### ###; 691 ### ###; +352 ## ## ##",
    dates="{dd}/{mm}/{y}; {dd}.{mm}.{y}",
    mon="fr",
    cur="{n} €",
    num="fr",
    iban="LU",
    plate="@@ ####",
    mail="pt.lu, internet.lu, tango.lu, gmail.com",
    public="Xavier Bettel, Luc Frieden",
    shops="Cactus, Auchan, Delhaize, Match",
    named="place Guillaume II, boulevard Grande-Duchesse Charlotte, rue Michel Rodange",
)
L(
    "it_IT",
    country="Italy",
    langs="it",
    gm="Giuseppe, Giovanni, Antonio, Mario, Luigi, Francesco, Alessandro, Andrea, Marco, Matteo, Lorenzo, Davide, Stefano, Paolo, Roberto, Salvatore, Fabio, Simone, Gianluca, Pietro, Leonardo, Riccardo, Vincenzo, Emanuele",
    gf="Maria, Anna, Giulia, Francesca, Chiara, Sara, Martina, Valentina, Alessia, Federica, Elena, Laura, Paola, Giovanna, Rosa, Silvia, Sofia, Aurora, Beatrice, Serena, Lucia, Carla, Ilaria, Maria Grazia",
    fam="Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, D'Angelo, Longo, Gentile, Vitale, Di Stefano, La Rosa, Coppola, De Santis",
    nick="Peppe, Gigi, Totò, Nino, Fra, Vale, Ale, Checco, Titti, Pino, Lele",
    hon="Sig. {f}|m; Sig.ra {f}|f; signor {f}|m; signora {f}|f; Dott. {f}|m; Dott.ssa {f}|f; Avv. {f}; Ing. {f}",
    hon_en="Signor {f}|m; Signora {f}|f",
    kin="zia {g}|f; zio {g}|m; nonna {g}|f; nonno {g}|m",
    kin_en="Nonna {g}|f; Zio {g}|m",
    streets="Via Roma, Via Garibaldi, Via Mazzini, Corso Vittorio Emanuele II, Via Dante Alighieri, Via Verdi, Piazza della Repubblica, Via del Corso, Via Nazionale, Via Cavour, Viale dei Mille, Via San Francesco, Via Po, Corso Buenos Aires, Via Toledo, Via Solferino, Via Tiburtina, Vicolo del Pozzo, Via della Spiga, Via dei Glicini",
    towns="Roma, Milano, Napoli, Torino, Palermo, Genova, Bologna, Firenze, Bari, Catania, Venezia, Verona, Padova, Trieste, Brescia, Parma, Modena, Perugia, Lecce, Cagliari",
    regs="RM, MI, NA, TO, PA, GE, BO, FI, BA, CT, VE, VR, PD",
    addr="{st}, {no}|{pc} {town} ({reg}); {st} {no}, int. {n}|{pc} {town}; {st} {no}, scala {L}, int. {nn}|{pc} {town} {reg}; {st} {no}/{L}|{pc} {town}",
    pc="00###; 20###; 80###; 10###; 40###; 50###; 90###; 16###",
    phone="+39 3## ### ####; 3## ### ####; 3## #######; 06 ########; 02 ########; +39 02 #### ####; 347 ### ## ##",
    dates="{dd}/{mm}/{y}; {d} {MON} {y}; {dd}-{mm}-{y}",
    mon="it",
    cur="€ {n}",
    num="de",
    iban="IT",
    dl="@@#######@",
    pp="@@#######",
    plate="@@ ###@@; @@###@@",
    mail="libero.it, virgilio.it, alice.it, tiscali.it, tim.it, fastwebnet.it, gmail.com",
    public="Francesco Totti, Giorgia Meloni, Laura Pausini, Sophia Loren, Jannik Sinner, Gianluigi Buffon, Andrea Bocelli",
    shops="Esselunga, Coop, Conad, Carrefour Express, Eurospin, Brico, Leroy Merlin, Unieuro, MediaWorld, Bennet, Glovo",
    named="Via Garibaldi, Piazza Giuseppe Verdi, Corso Vittorio Emanuele II, Via Mazzini, Piazza Cavour, Stadio Diego Armando Maradona, Largo Enrico Berlinguer",
)
L(
    "es_ES",
    country="Spain",
    langs="es",
    style="es",
    gm="Antonio, José, Manuel, Francisco, David, Juan, Javier, Daniel, Carlos, Jesús, Alejandro, Miguel, Rafael, Pablo, Sergio, Álvaro, Jorge, Adrián, Hugo, Iker, Raúl, Alberto, Íñigo, Jordi, José Luis",
    gf="María, Carmen, Ana, Laura, Lucía, Marta, Isabel, Elena, Cristina, Paula, Sara, Pilar, Rocío, Nuria, Alba, Andrea, Claudia, Montserrat, Inmaculada, María José, Concepción, Irene, Julia, Begoña",
    fam="García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Molina, Castillo, Ortega, Iglesias, Garrido, Sanz, Núñez, Rubio, Medina, de la Fuente, Echeverría, Etxeberria, Puig",
    nick="Pepe, Paco, Nacho, Lola, Charo, Conchi, Manolo, Quique, Maite, Curro, Toni, Rafa, Pili",
    hon="Sr. {f}|m; Sra. {f}|f; señor {f}|m; señora {f}|f; don {g}|m; doña {g}|f; D. {full}|m; Dña. {full}|f",
    hon_en="Señor {f}|m; Señora {f}|f; Don {g}|m; Doña {g}|f",
    kin="tía {g}|f; tío {g}|m; abuela {g}|f; abuelo {g}|m; la señora {g}|f",
    kin_en="Tía {g}|f; Tío {g}|m; Abuela {g}|f",
    streets="Calle Mayor, Calle de Alcalá, Gran Vía, Calle Real, Avenida de la Constitución, Calle del Sol, Paseo de la Castellana, Calle de Serrano, Calle Fuencarral, Calle Nueva, Plaza de España, Calle de Toledo, Avenida de América, Calle San Fernando, Calle Larios, Calle Sierpes, Calle de la Paz, Avenida del Puerto, Calle Gran Capitán",
    towns="Madrid, Barcelona, Valencia, Sevilla, Zaragoza, Málaga, Murcia, Palma, Bilbao, Alicante, Córdoba, Valladolid, Vigo, Gijón, Granada, A Coruña, Vitoria-Gasteiz, Santander, Salamanca, Cádiz",
    regs="Madrid, Barcelona, Valencia, Sevilla, Málaga, Bizkaia, Asturias, Cantabria, Granada",
    addr="{st}, {no}, {fl}º {L}|{pc} {town}; {st} {no}, {fl}º {n}ª|{pc} {town} ({reg}); {st}, {no} - Bajo {L}|{pc} {town}; {st}, {no}, esc. {n}, {fl}º {L}|{pc} {town}",
    pc="28###; 08###; 46###; 41###; 50###; 29###; 48###; 18###",
    phone="6## ### ###; +34 6## ## ## ##; 6## ## ## ##; 91 ### ## ##; 93 ### ## ##; +34 7## ### ###; 6########",
    dates="{dd}/{mm}/{y}; {d} de {MON} de {y}; {d}/{m}/{y}; {dd}-{mm}-{y}",
    mon="es",
    cur="{n} €",
    num="de",
    iban="ES",
    dl="########@",
    pp="@@@######",
    plate="#### @@@",
    mail="telefonica.net, hotmail.es, yahoo.es, movistar.es, gmail.com",
    public="Rafael Nadal, Pedro Sánchez, Rosalía, Iker Casillas, Penélope Cruz, Pau Gasol, Andrés Iniesta, Alexia Putellas, Lamine Yamal",
    shops="Mercadona, El Corte Inglés, Carrefour, Dia, Lidl, Leroy Merlin, Zara, Bricomart, Eroski, Consum, Alcampo, Wallapop, Idealista",
    named="Calle de Cervantes, Plaza de Colón, Estadio Santiago Bernabéu, Parque Tierno Galván, Calle Goya, Calle Velázquez, Avenida de Felipe II",
)
L(
    "ca_ES",
    country="Spain",
    langs="ca es",
    style="es",
    gm="Jordi, Pau, Marc, Joan, Oriol, Arnau, Pol, Xavier, Albert, Josep, Eduard, Roger, Gerard, Ferran, Quim",
    gf="Montserrat, Núria, Laia, Mireia, Marta, Anna, Carla, Aina, Meritxell, Neus, Roser, Judit, Júlia, Clara, Mercè",
    fam="Puig, Vila, Serra, Soler, Vidal, Ferrer, Roca, Font, Pujol, Martí, Riera, Casals, Sala, Bosch, Costa, Mas, Prat, Camps, Garcia, Fernández, Coll, Torrent, Badia, Grau, Fàbregas",
    hon="Sr. {f}|m; Sra. {f}|f; en {g}|m; la {g}|f; el senyor {f}|m; la senyora {f}|f",
    kin="tieta {g}|f; tiet {g}|m; àvia {g}|f; avi {g}|m",
    streets="Carrer de Mallorca, Carrer de Balmes, Passeig de Gràcia, Carrer del Consell de Cent, Carrer Gran de Gràcia, Rambla de Catalunya, Carrer de Sants, Carrer Major, Carrer de Verdi, Avinguda Diagonal, Carrer de la Marina, Carrer de Pujades",
    towns="Barcelona, Girona, Lleida, Tarragona, Sabadell, Terrassa, Badalona, L'Hospitalet de Llobregat, Mataró, Reus, Vic, Manresa",
    addr="{st}, {no}, {fl}r {n}a|{pc} {town}; {st} {no}, àtic {n}a|{pc} {town}; {st}, {no}, baixos|{pc} {town}",
    pc="08###; 17###; 25###; 43###",
    phone="6## ### ###; +34 6## ## ## ##; 93 ### ## ##; 6## ## ## ##",
    dates="{dd}/{mm}/{y}; {d} {MON} de {y}",
    mon="ca",
    cur="{n} €",
    num="de",
    iban="ES",
    dl="########@",
    pp="@@@######",
    plate="#### @@@",
    mail="gmail.com, hotmail.com, yahoo.es, xtec.cat",
    public="Pep Guardiola, Gerard Piqué, Ada Colau, Aitana Bonmatí, Salvador Illa",
    shops="Bonpreu, Condis, Caprabo, Mercadona, Fnac, Glovo",
    named="Plaça de Francesc Macià, Parc de Joan Miró, Carrer de Pau Claris, Estadi Lluís Companys, Carrer de Verdi",
)
L(
    "pt_PT",
    country="Portugal",
    langs="pt",
    style="pt",
    gm="João, José, António, Francisco, Pedro, Tiago, Rui, Miguel, Diogo, Gonçalo, Duarte, Afonso, Rodrigo, Nuno, Paulo, Ricardo, Bruno, Hugo",
    gf="Maria, Ana, Joana, Inês, Beatriz, Mariana, Catarina, Sofia, Rita, Sara, Carolina, Margarida, Filipa, Leonor, Teresa, Helena, Patrícia, Marta",
    fam="Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, Fernandes, Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, Correia, Mendes, Nunes, Soares, Vieira, Monteiro, Cardoso, Rocha, Barbosa, Tavares, Magalhães, Cunha",
    nick="Zé, Tó, Xico, Nando, Quim, Becas, Nené, Guida, Lena",
    hon="Sr. {f}|m; Sra. {f}|f; D. {g}|f; Sr. {g}|m; Dona {g}|f; Dr. {f}; Eng. {f}",
    kin="tia {g}|f; tio {g}|m; avó {g}|f; avô {g}|m",
    streets="Rua Augusta, Avenida da Liberdade, Rua de Santa Catarina, Rua do Carmo, Rua Garrett, Avenida dos Aliados, Rua da Prata, Travessa do Forno, Largo do Rato, Rua Direita, Avenida da República, Rua de Cedofeita, Calçada da Ajuda, Rua das Flores",
    towns="Lisboa, Porto, Braga, Coimbra, Faro, Aveiro, Setúbal, Funchal, Viseu, Guimarães, Amadora, Almada, Cascais, Évora",
    addr="{st}, {no}, {fl}.º Esq.|{pc} {town}; {st} {no}, {fl}.º Dto.|{pc} {town}; {st}, n.º {no}, R/C|{pc} {town}",
    pc="%###-###",
    phone="9## ### ###; +351 9## ### ###; 21 ### ####; 22 ### ####; 91# ### ###",
    dates="{dd}/{mm}/{y}; {d} de {MON} de {y}; {dd}-{mm}-{y}",
    mon="pt",
    cur="{n} €",
    num="de",
    iban="PT",
    dl="@@-###### #",
    pp="@######",
    plate="@@-##-@@; ##-@@-##",
    mail="sapo.pt, netcabo.pt, clix.pt, gmail.com, hotmail.com",
    public="Cristiano Ronaldo, José Mourinho, Marcelo Rebelo de Sousa, Amália Rodrigues, Mariza",
    shops="Continente, Pingo Doce, Lidl, Worten, Leroy Merlin, Bolt Food, OLX",
    named="Avenida Almirante Reis, Praça Marquês de Pombal, Rua Garrett, Estádio José Alvalade, Rua Luís de Camões",
)
L(
    "pl_PL",
    country="Poland",
    langs="pl",
    gm="Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Michał, Marcin, Jakub, Kamil, Łukasz, Mateusz, Adam, Wojciech, Grzegorz, Bartosz, Szymon, Maciej, Dawid, Jan, Stanisław, Zbigniew",
    gf="Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Magdalena, Joanna, Aleksandra, Zofia, Monika, Natalia, Julia, Karolina, Dorota, Beata, Justyna, Weronika, Halina, Grażyna",
    fam="Nowak, Kowalski=Kowalska, Wiśniewski=Wiśniewska, Wójcik, Kowalczyk, Kamiński=Kamińska, Lewandowski=Lewandowska, Zieliński=Zielińska, Szymański=Szymańska, Woźniak, Dąbrowski=Dąbrowska, Kozłowski=Kozłowska, Jankowski=Jankowska, Mazur, Kwiatkowski=Kwiatkowska, Krawczyk, Piotrowski=Piotrowska, Grabowski=Grabowska, Pawłowski=Pawłowska, Michalski=Michalska, Wróbel, Zając, Król, Wieczorek, Jabłoński=Jabłońska, Majewski=Majewska, Olszewski=Olszewska, Stępień, Dudek, Górski=Górska, Sikora, Walczak, Baran, Rutkowski=Rutkowska, Pietrzak",
    nick="Kasia, Gosia, Basia, Asia, Ola, Kuba, Tomek, Bartek, Zosia, Wojtek, Staszek, Magda",
    hon="Pan {g}|m; Pani {g}|f; pan {f}|m; pani {f}|f; Pan {full}|m; Pani {full}|f",
    kin="ciocia {g}|f; wujek {g}|m; babcia {g}|f; dziadek {g}|m",
    streets="ul. Marszałkowska, ul. Piotrkowska, ul. Długa, ul. Floriańska, ul. Mickiewicza, ul. Słowackiego, ul. Kościuszki, ul. Lipowa, ul. Polna, ul. Leśna, ul. Ogrodowa, ul. Kwiatowa, al. Jerozolimskie, ul. Grunwaldzka, ul. 3 Maja, ul. Świętojańska, ul. Sienkiewicza, ul. Żeromskiego, os. Tysiąclecia",
    towns="Warszawa, Kraków, Łódź, Wrocław, Poznań, Gdańsk, Szczecin, Bydgoszcz, Lublin, Katowice, Białystok, Gdynia, Częstochowa, Rzeszów, Toruń, Kielce, Olsztyn, Opole",
    addr="{st} {no}/{nn}|{pc} {town}; {st} {no} m. {nn}|{pc} {town}; {st} {noa}, lok. {n}|{pc} {town}",
    pc="##-###",
    phone="+48 ### ### ###; 5## ### ###; 6## ### ###; 7## ### ###; 22 ### ## ##; 12 ### ## ##; 50# ###-###",
    dates="{dd}.{mm}.{y}; {d} {MON} {y} r.; {dd}-{mm}-{y}; {y}-{mm}-{dd}",
    mon="pl",
    cur="{n} zł",
    num="fr",
    fx="4.3",
    iban="PL",
    dl="#####/##/####",
    pp="@@#######",
    plate="WA #####; KR #####; WX ####@; PO ###@@; GD ####@",
    mail="wp.pl, onet.pl, o2.pl, interia.pl, gazeta.pl, op.pl, gmail.com",
    public="Robert Lewandowski, Iga Świątek, Andrzej Duda, Donald Tusk, Adam Małysz, Wisława Szymborska, Karol Nawrocki",
    shops="Biedronka, Żabka, Lidl, Castorama, Leroy Merlin, Allegro, Rossmann, Media Expert, InPost",
    named="ul. Mickiewicza, Plac Piłsudskiego, Aleja Jana Pawła II, ul. Kopernika, Rondo Dmowskiego, ul. Marii Skłodowskiej-Curie",
)
L(
    "cs_CZ",
    country="Czechia",
    langs="cs",
    gm="Jan, Petr, Josef, Pavel, Martin, Tomáš, Jaroslav, Jiří, Miroslav, Lukáš, Jakub, David, Ondřej, Vojtěch, Michal, Zdeněk, Karel, František",
    gf="Jana, Marie, Eva, Hana, Anna, Lenka, Kateřina, Lucie, Věra, Petra, Alena, Veronika, Tereza, Michaela, Markéta, Zuzana, Barbora, Klára",
    fam="Novák=Nováková, Svoboda=Svobodová, Novotný=Novotná, Dvořák=Dvořáková, Černý=Černá, Procházka=Procházková, Kučera=Kučerová, Veselý=Veselá, Horák=Horáková, Němec=Němcová, Pokorný=Pokorná, Marek=Marková, Pospíšil=Pospíšilová, Hájek=Hájková, Jelínek=Jelínková, Král=Králová, Růžička=Růžičková, Beneš=Benešová, Fiala=Fialová, Sedláček=Sedláčková, Doležal=Doležalová, Zeman=Zemanová, Kolář=Kolářová, Navrátil=Navrátilová",
    nick="Honza, Pepa, Jirka, Péťa, Kuba, Verča, Terka, Míša, Bára, Káťa, Lenička",
    hon="pan {f}|m; paní {f}|f; Ing. {full}; Mgr. {full}; paní {full}|f; pan {full}|m",
    kin="teta {g}|f; strejda {g}|m; babička {g}|f; děda {g}|m",
    streets="Vinohradská, Národní, Dlouhá, Husova, Palackého, Masarykova, Nádražní, Sokolská, Jugoslávská, Korunní, Karlova, Žižkova, Lidická, Komenského, Zahradní, Polní, Krátká, Na Příkopě, Školní",
    towns="Praha 2, Praha 3, Praha 10, Brno, Ostrava, Plzeň, Liberec, Olomouc, České Budějovice, Hradec Králové, Pardubice, Zlín, Kladno, Jihlava, Karlovy Vary",
    addr="{st} {nnn}/{nn}|{pc} {town}; {st} {nnn}/{nn}, byt č. {nn}|{pc} {town}; {st} {no}|{pc} {town}",
    pc="1## 00; 6## 00; 7## 00; ### ##",
    phone="+420 ### ### ###; 6## ### ###; 7## ### ###; 2## ### ###; 603 ### ###",
    dates="{d}. {m}. {y}; {dd}.{mm}.{y}; {d}. {MON} {y}",
    mon="cs",
    cur="{n} Kč",
    num="fr",
    fx="25",
    iban="CZ",
    dl="@@ ######",
    pp="########",
    plate="#@# ####; #@@ ####",
    mail="seznam.cz, email.cz, centrum.cz, post.cz, volny.cz, gmail.com",
    public="Jaromír Jágr, Petr Pavel, Václav Havel, Karolína Plíšková, Tomáš Rosický, Petr Čech",
    shops="Albert, Billa, Lidl, Kaufland, Tesco, Alza, Hornbach, Rohlik.cz, Dámejídlo",
    named="náměstí Václava Havla, Masarykovo nádraží, Palackého náměstí, Riegrovy sady, Karlův most, Smetanovo nábřeží",
)
L(
    "sk_SK",
    country="Slovakia",
    langs="sk cs",
    gm="Peter, Martin, Jozef, Ján, Michal, Tomáš, Marek, Lukáš, Juraj, Milan, Matej, Rastislav, Dušan, Ľubomír",
    gf="Mária, Jana, Katarína, Zuzana, Lucia, Martina, Eva, Monika, Veronika, Ivana, Andrea, Petra, Simona, Dominika",
    fam="Horváth=Horváthová, Kováč=Kováčová, Varga=Vargová, Tóth=Tóthová, Nagy=Nagyová, Baláž=Balážová, Szabó=Szabóová, Molnár=Molnárová, Lukáč=Lukáčová, Novák=Nováková, Kollár=Kollárová, Hudák=Hudáková, Oravec=Oravcová, Polák=Poláková, Šimko=Šimková, Krajčí=Krajčíová",
    hon="pán {f}|m; pani {f}|f; pán {full}|m; pani {full}|f",
    kin="teta {g}|f; ujo {g}|m; babka {g}|f; dedo {g}|m",
    streets="Obchodná, Hlavná, Štúrova, Mlynské nivy, Karadžičova, Špitálska, Dunajská, Jesenského, Komenského, Hviezdoslavova, Záhradnícka, Tajovského",
    towns="Bratislava, Košice, Prešov, Žilina, Nitra, Banská Bystrica, Trnava, Trenčín, Martin, Poprad",
    addr="{st} {no}|{pc} {town}; {st} {nnn}/{nn}|{pc} {town}; {st} {no}, byt {nn}|{pc} {town}",
    pc="### ##",
    phone="+421 9## ### ###; 09## ### ###; 02/#### ####",
    dates="{d}. {m}. {y}; {dd}.{mm}.{y}; {d}. {MON} {y}",
    mon="sk",
    cur="{n} €",
    num="fr",
    iban="SK",
    plate="BA-###@@; KE-###@@; BL###@@",
    mail="azet.sk, zoznam.sk, centrum.sk, post.sk, gmail.com",
    public="Peter Sagan, Marek Hamšík, Zuzana Čaputová, Petra Vlhová",
    shops="Tesco, Billa, Lidl, Kaufland, Nay, Bolt Food",
    named="Hviezdoslavovo námestie, Šafárikovo námestie, Kollárovo námestie, Štúrova",
)
L(
    "hu_HU",
    country="Hungary",
    langs="hu",
    style="hu",
    gm="László, István, József, János, Zoltán, Sándor, Gábor, Ferenc, Attila, Péter, Tamás, Zsolt, Balázs, Dániel, Bence, Máté, Levente, Csaba",
    gf="Mária, Erzsébet, Katalin, Éva, Ilona, Anna, Zsuzsanna, Judit, Ágnes, Andrea, Krisztina, Eszter, Réka, Zsófia, Noémi, Boglárka, Dóra, Fanni",
    fam="Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp, Takács, Juhász, Lakatos, Mészáros, Oláh, Simon, Rácz, Fekete, Szilágyi, Török, Fehér, Balázs, Gál, Kis, Szűcs, Kocsis, Pintér",
    nick="Laci, Pisti, Jóska, Zoli, Sanyi, Feri, Kati, Zsuzsi, Erzsi, Gabi, Bogi, Dóri, Peti",
    hon="{f} úr|m; {full} úr|m; {full} asszony|f; {g} néni|f; {g} bácsi|m; dr. {full}",
    kin="{g} néni|f; {g} bácsi|m; {g} mama|f",
    streets="Andrássy út, Váci utca, Rákóczi út, Kossuth Lajos utca, Petőfi Sándor utca, Bartók Béla út, Dózsa György út, Király utca, Fő utca, Béke utca, Arany János utca, Szent István körút, Baross utca, Thököly út, Ady Endre utca",
    towns="Budapest, Debrecen, Szeged, Miskolc, Pécs, Győr, Nyíregyháza, Kecskemét, Székesfehérvár, Szombathely, Eger, Sopron",
    addr="{pc} {town}, {st} {no}. {fl}. em. {n}.; {town}|{st} {no}.|{pc}; {pc} {town}|{st} {no}. {fl}/{n}",
    short="{st} {no}.; {st} {no}. {fl}/{n}",
    pc="%###",
    phone="+36 30 ### ####; 06 20 ### ####; +36 70 ### ####; 06 1 ### ####; 06-30-###-####",
    dates="{y}. {mm}. {dd}.; {y}.{mm}.{dd}.; {y}. {MON} {d}.",
    mon="hu",
    cur="{n} Ft",
    num="fr0",
    fx="390",
    iban="HU",
    plate="@@@-###; @@ @@-###",
    mail="freemail.hu, citromail.hu, t-online.hu, gmail.com",
    public="Puskás Ferenc, Orbán Viktor, Hosszú Katinka, Liszt Ferenc, Szoboszlai Dominik, Magyar Péter",
    shops="Spar, Tesco, Auchan, Lidl, Praktiker, OBI, Wolt, eMAG",
    named="Andrássy út, Kossuth Lajos tér, Petőfi híd, Liszt Ferenc tér, Puskás Aréna, Deák Ferenc tér, Széchenyi fürdő",
)
L(
    "ro_RO",
    country="Romania",
    langs="ro",
    gm="Andrei, Alexandru, Mihai, Ion, Gheorghe, Vasile, Constantin, Ștefan, Florin, Cristian, Adrian, Bogdan, Radu, Ionuț, Marius, Dan, Răzvan, Vlad",
    gf="Maria, Elena, Ioana, Ana, Andreea, Mihaela, Cristina, Alexandra, Gabriela, Daniela, Raluca, Irina, Roxana, Simona, Oana, Larisa, Bianca, Georgiana",
    fam="Popescu, Ionescu, Popa, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Rusu, Munteanu, Constantin, Florea, Mihai, Nistor, Moldovan, Dinu, Tudor, Marin, Lungu, Vasilescu, Preda, Ene, Enache, Dobre, Barbu, Sârbu, Niculescu",
    nick="Gigi, Nelu, Fănel, Costel, Ionel, Mimi, Lili, Dani, Geta",
    hon="dl. {f}|m; dna {f}|f; domnul {f}|m; doamna {f}|f; d-na {f}|f; doamna {g}|f; domnul {g}|m",
    kin="tanti {g}|f; nea {g}|m; nenea {g}|m; mamaie {g}|f; tataie {g}|m",
    streets="Strada Lipscani, Bulevardul Unirii, Calea Victoriei, Strada Mihai Eminescu, Strada Florilor, Bulevardul Magheru, Strada Republicii, Strada Mihai Viteazu, Calea Moșilor, Strada Teiului, Aleea Trandafirilor, Bulevardul Iuliu Maniu, Strada Avram Iancu, Strada Dorobanților",
    towns="București, Cluj-Napoca, Timișoara, Iași, Constanța, Craiova, Brașov, Galați, Ploiești, Oradea, Sibiu, Arad, Pitești, Suceava",
    regs="Sector 1, Sector 3, Sector 6, jud. Cluj, jud. Iași, jud. Timiș, jud. Brașov",
    addr="{st} nr. {no}, bl. {L}{n}, sc. {n}, et. {fl}, ap. {nn}|{town}, {reg}|{pc}; {st} nr. {no}|{pc} {town}; {st} nr. {no}, ap. {nn}|{town} {pc}",
    pc="######",
    phone="+40 7## ### ###; 07## ### ###; 07########; 021 ### ####; 0264 ### ###",
    dates="{dd}.{mm}.{y}; {d} {MON} {y}; {dd}/{mm}/{y}",
    mon="ro",
    cur="{n} lei",
    num="de",
    fx="5",
    iban="RO",
    plate="B ### @@@; CJ ## @@@; IS ## @@@; TM ## @@@",
    mail="yahoo.com, gmail.com, yahoo.ro",
    public="Gheorghe Hagi, Simona Halep, Nadia Comăneci, Klaus Iohannis, Nicușor Dan",
    shops="Kaufland, Lidl, Mega Image, Dedeman, eMAG, Profi, Glovo",
    named="Bulevardul Mihail Kogălniceanu, Piața Avram Iancu, Strada Mihai Eminescu, Parcul Nicolae Romanescu, Stadionul Ion Oblemenco",
)
L(
    "bg_BG",
    country="Bulgaria",
    langs="bg",
    style="ru",
    gm="Иван/Ivan, Георги/Georgi, Димитър/Dimitar, Николай/Nikolay, Петър/Petar, Христо/Hristo, Стоян/Stoyan, Александър/Aleksandar, Тодор/Todor, Васил/Vasil, Калоян/Kaloyan, Мартин/Martin, Стефан/Stefan, Атанас/Atanas",
    gf="Мария/Maria, Иванка/Ivanka, Елена/Elena, Йорданка/Yordanka, Пенка/Penka, Десислава/Desislava, Гергана/Gergana, Виктория/Viktoria, Николета/Nikoleta, Цветелина/Tsvetelina, Радостина/Radostina, Невена/Nevena, Петя/Petya, Габриела/Gabriela",
    fam="Иванов=Иванова/Ivanov=Ivanova, Георгиев=Георгиева/Georgiev=Georgieva, Димитров=Димитрова/Dimitrov=Dimitrova, Петров=Петрова/Petrov=Petrova, Николов=Николова/Nikolov=Nikolova, Христов=Христова/Hristov=Hristova, Стоянов=Стоянова/Stoyanov=Stoyanova, Тодоров=Тодорова/Todorov=Todorova, Илиев=Илиева/Iliev=Ilieva, Василев=Василева/Vasilev=Vasileva, Атанасов=Атанасова/Atanasov=Atanasova, Ангелов=Ангелова/Angelov=Angelova, Колев=Колева/Kolev=Koleva, Маринов=Маринова/Marinov=Marinova",
    pat="Иванов=Иванова/Ivanov=Ivanova, Георгиев=Георгиева/Georgiev=Georgieva, Петков=Петкова/Petkov=Petkova, Стефанов=Стефанова/Stefanov=Stefanova, Йорданов=Йорданова/Yordanov=Yordanova, Костов=Костова/Kostov=Kostova",
    hon="г-н {f}|m; г-жа {f}|f; господин {f}|m; госпожа {f}|f",
    kin="леля {g}|f; чичо {g}|m; баба {g}|f; дядо {g}|m; бай {g}|m; кака {g}|f",
    kin_en="baba {g}|f; bay {g}|m",
    streets="ул. „Граф Игнатиев“/ul. Graf Ignatiev, бул. „Витоша“/bul. Vitosha, ул. „Шипка“/ul. Shipka, бул. „Цар Освободител“/bul. Tsar Osvoboditel, ул. „Раковски“/ul. Rakovski, ул. „Оборище“/ul. Oborishte, ул. „Васил Левски“/ul. Vasil Levski, бул. „България“/bul. Bulgaria, ул. „Христо Ботев“/ul. Hristo Botev, ж.к. „Младост“ 1/zh.k. Mladost 1",
    towns="София/Sofia, Пловдив/Plovdiv, Варна/Varna, Бургас/Burgas, Русе/Ruse, Стара Загора/Stara Zagora, Плевен/Pleven, Велико Търново/Veliko Tarnovo, Благоевград/Blagoevgrad",
    addr="{st} № {no}, ет. {fl}, ап. {nn}|{pc} {town}; гр. {town}, {st} {no}|{pc}; {st}, бл. {nnn}, вх. Б, ет. {fl}, ап. {nn}|{pc} {town}",
    addr_en="{st} {no}, fl. {fl}, apt. {nn}|{pc} {town}; {st}, bl. {nnn}, entr. {L}, apt. {nn}|{town} {pc}",
    short="{st} № {no}; {st} {no}, ет. {fl}",
    short_en="{st} {no}; {st} {no}, apt. {nn}",
    pc="1###; 4###; 9###; 8###",
    phone="+359 8# ### ####; 08# ### ####; 088 ### ####; 02 ### ####; 0898 ######",
    dates="{dd}.{mm}.{y}; {dd}.{mm}.{y} г.; {d} {MON} {y} г.",
    mon="bg",
    cur="{n} лв.",
    num="fr",
    fx="2",
    iban="BG",
    plate="CA ####@@; PB ####@@; B ####@@; CB ####@@",
    mail="abv.bg, mail.bg, dir.bg, gmail.com",
    public="Христо Стоичков/Hristo Stoichkov, Григор Димитров/Grigor Dimitrov, Румен Радев/Rumen Radev",
    shops="Kaufland, Lidl, Billa, Фантастико/Fantastico, Еконт/Econt, Спиди/Speedy",
    named="бул. „Васил Левски“/Vasil Levski Blvd, ул. „Христо Ботев“/Hristo Botev St, пл. „Александър Невски“/Alexander Nevsky Square, Борисова градина/Borisova Gradina park",
)
L(
    "hr_HR",
    country="Croatia",
    langs="hr",
    gm="Ivan, Marko, Luka, Josip, Tomislav, Ante, Mario, Stjepan, Petar, Nikola, Filip, Dario, Matej, Krešimir",
    gf="Ana, Marija, Ivana, Petra, Lucija, Martina, Kristina, Maja, Nikolina, Mateja, Katarina, Iva, Dora, Sanja",
    fam="Horvat, Kovačević, Babić, Marić, Jurić, Novak, Kovačić, Knežević, Vuković, Marković, Petrović, Matić, Tomić, Pavlović, Perić, Šarić, Božić, Grgić, Radić, Pavić, Blažević, Lovrić",
    hon="gospodin {f}|m; gospođa {f}|f; g. {f}|m; gđa {f}|f",
    kin="teta {g}|f; barba {g}|m; baka {g}|f; djed {g}|m; strina {g}|f",
    streets="Ilica, Vlaška ulica, Savska cesta, Ulica kralja Zvonimira, Ulica Ivana Gundulića, Zagrebačka ulica, Ulica Petra Preradovića, Marmontova ulica, Put Firula, Ulica Stjepana Radića, Obala hrvatskih branitelja",
    towns="Zagreb, Split, Rijeka, Osijek, Zadar, Pula, Dubrovnik, Varaždin, Šibenik, Karlovac, Slavonski Brod",
    addr="{st} {noa}|{pc} {town}; {st} {no}, {fl}. kat, stan {n}|{pc} {town}",
    pc="%####",
    phone="+385 9# ### ####; 091 ### ####; 098 ### ####; 01 ### ####",
    dates="{dd}.{mm}.{y}.; {d}. {MON} {y}.",
    mon="hr",
    cur="{n} €",
    num="de",
    iban="HR",
    plate="ZG ####-@@; ST ###-@; RI ####-@",
    mail="net.hr, t-com.hr, gmail.com",
    public="Luka Modrić, Davor Šuker, Janica Kostelić, Zoran Milanović",
    shops="Konzum, Lidl, Spar, Kaufland, Pevex, Links",
    named="Trg bana Jelačića, Ulica Nikole Tesle, Trg Stjepana Radića, Ulica Marka Marulića, park Maksimir",
)
L(
    "sr_RS",
    country="Serbia",
    langs="sr",
    gm="Никола/Nikola, Марко/Marko, Стефан/Stefan, Лазар/Lazar, Милош/Miloš, Душан/Dušan, Драган/Dragan, Зоран/Zoran, Небојша/Nebojša, Александар/Aleksandar, Вук/Vuk, Јован/Jovan, Милан/Milan, Бранко/Branko",
    gf="Јелена/Jelena, Милица/Milica, Ана/Ana, Марија/Marija, Јована/Jovana, Драгана/Dragana, Снежана/Snežana, Ивана/Ivana, Тамара/Tamara, Катарина/Katarina, Бранка/Branka, Мирјана/Mirjana, Невена/Nevena, Софија/Sofija",
    fam="Јовановић/Jovanović, Петровић/Petrović, Николић/Nikolić, Марковић/Marković, Ђорђевић/Đorđević, Стојановић/Stojanović, Илић/Ilić, Станковић/Stanković, Павловић/Pavlović, Милошевић/Milošević, Поповић/Popović, Ђурић/Đurić, Костић/Kostić, Лукић/Lukić, Живковић/Živković, Тодоровић/Todorović, Митровић/Mitrović",
    hon="г. {f}|m; гђа {f}|f; господин {f}|m; госпођа {f}|f",
    hon_en="gospodin {f}|m; gospođa {f}|f; g. {f}|m; gđa {f}|f",
    kin="тетка {g}|f; чика {g}|m; бака {g}|f; деда {g}|m",
    kin_en="tetka {g}|f; čika {g}|m; baka {g}|f; deda {g}|m",
    streets="Кнез Михаилова/Knez Mihailova, Булевар краља Александра/Bulevar kralja Aleksandra, Таковска/Takovska, Немањина/Nemanjina, Змај Јовина/Zmaj Jovina, Цара Душана/Cara Dušana, Његошева/Njegoševa, Булевар ослобођења/Bulevar oslobođenja, Јужни булевар/Južni bulevar, Светогорска/Svetogorska",
    towns="Београд/Beograd, Нови Сад/Novi Sad, Ниш/Niš, Крагујевац/Kragujevac, Суботица/Subotica, Земун/Zemun, Чачак/Čačak, Панчево/Pančevo",
    addr="{st} {no}, стан {nn}|{pc} {town}; {st} {no}/{n}|{pc} {town}",
    addr_en="{st} {no}, stan {nn}|{pc} {town}; {st} {no}/{n}|{pc} {town}",
    pc="1##00; 21###; 18###",
    phone="+381 6# ### ####; 06# ### ####; 064 ### ## ##; 011 ### ####",
    dates="{dd}.{mm}.{y}.; {d}. {m}. {y}.; {d}. {MON} {y}.",
    mon="sr",
    cur="{n} RSD",
    num="de",
    fx="117",
    iban="RS",
    plate="BG ###-@@; NS ###-@@; NI ###-@@",
    mail="gmail.com, yahoo.com, eunet.rs, mts.rs",
    public="Новак Ђоковић/Novak Đoković, Никола Јокић/Nikola Jokić, Александар Вучић/Aleksandar Vučić",
    shops="Maxi, Idea, Lidl, Roda, Glovo, Wolt",
    named="Трг Николе Пашића/Trg Nikole Pašića, Аеродром Никола Тесла/Aerodrom Nikola Tesla, улица Вука Караџића/ulica Vuka Karadžića",
)
L(
    "sl_SI",
    country="Slovenia",
    langs="sl",
    gm="Luka, Jan, Žiga, Matej, Nejc, Rok, Gregor, Aleš, Primož, Janez, Marko, Tadej, Blaž",
    gf="Nina, Maja, Eva, Ana, Sara, Petra, Mojca, Urška, Špela, Tjaša, Katja, Nika, Barbara",
    fam="Novak, Horvat, Kovačič, Krajnc, Zupančič, Potočnik, Kovač, Mlakar, Kos, Vidmar, Golob, Turk, Božič, Kralj, Korošec, Zupan, Hribar, Kavčič, Rozman",
    hon="g. {f}|m; ga. {f}|f; gospod {f}|m; gospa {f}|f",
    kin="teta {g}|f; stric {g}|m; babica {g}|f; dedek {g}|m",
    streets="Slovenska cesta, Trubarjeva cesta, Čopova ulica, Celovška cesta, Dunajska cesta, Prešernova ulica, Gosposvetska cesta, Cankarjeva ulica, Partizanska cesta, Ulica Ivana Regna",
    towns="Ljubljana, Maribor, Celje, Kranj, Koper, Novo mesto, Velenje, Ptuj, Nova Gorica",
    addr="{st} {noa}|{pc} {town}; {st} {no}, stanovanje {nn}|{pc} {town}",
    pc="%000; %###",
    phone="+386 4# ### ###; 041 ### ###; 031 ### ###; 01 ### ## ##",
    dates="{d}. {m}. {y}; {dd}. {mm}. {y}; {d}. {MON} {y}",
    mon="sl",
    cur="{n} €",
    num="de",
    iban="SI",
    plate="LJ @#-###; MB ##-##@; CE @@-###",
    mail="siol.net, gmail.com, t-2.net, amis.net",
    public="Luka Dončić, Tadej Pogačar, Primož Roglič, Jan Oblak",
    shops="Mercator, Spar, Tuš, Hofer, Merkur",
    named="Prešernov trg, Trubarjeva cesta, Cankarjeva ulica, Plečnikova hiša",
)
L(
    "el_GR",
    country="Greece",
    langs="el",
    gm="Γιώργος/Giorgos, Δημήτρης/Dimitris, Κωνσταντίνος/Konstantinos, Νίκος/Nikos, Γιάννης/Giannis, Παναγιώτης/Panagiotis, Βασίλης/Vasilis, Χρήστος/Christos, Αθανάσιος/Athanasios, Μιχάλης/Michalis, Σπύρος/Spyros, Ευάγγελος/Evangelos, Αλέξανδρος/Alexandros, Στέλιος/Stelios",
    gf="Μαρία/Maria, Ελένη/Eleni, Αικατερίνη/Aikaterini, Βασιλική/Vasiliki, Σοφία/Sofia, Αγγελική/Angeliki, Γεωργία/Georgia, Δήμητρα/Dimitra, Κωνσταντίνα/Konstantina, Παρασκευή/Paraskevi, Ιωάννα/Ioanna, Χριστίνα/Christina, Δέσποινα/Despoina, Αναστασία/Anastasia",
    fam="Παπαδόπουλος=Παπαδοπούλου/Papadopoulos=Papadopoulou, Παπαδάκης=Παπαδάκη/Papadakis=Papadaki, Γεωργίου/Georgiou, Οικονόμου/Oikonomou, Νικολάου/Nikolaou, Παπανικολάου/Papanikolaou, Βασιλείου/Vasileiou, Ιωάννου/Ioannou, Καραγιάννης=Καραγιάννη/Karagiannis=Karagianni, Αντωνίου/Antoniou, Μακρής=Μακρή/Makris=Makri, Παπαγεωργίου/Papageorgiou, Δημητρίου/Dimitriou, Κωνσταντινίδης=Κωνσταντινίδου/Konstantinidis=Konstantinidou, Αλεξίου/Alexiou, Πετρόπουλος=Πετροπούλου/Petropoulos=Petropoulou, Χατζηδάκης=Χατζηδάκη/Chatzidakis=Chatzidaki",
    nick="Τάκης/Takis, Μήτσος/Mitsos, Κώστας/Kostas, Λένα/Lena, Κατερίνα/Katerina, Νίκη/Niki, Τούλα/Toula, Σούλα/Soula",
    hon="κ. {f}|m; κα {f}|f; κύριος {f}|m; κυρία {f}|f; κυρ {g}|m; κυρα-{g}|f",
    kin="θεία {g}|f; θείος {g}|m; γιαγιά {g}|f; παππούς {g}|m",
    kin_en="Thia {g}|f; Theio {g}|m; Yiayia {g}|f; Pappou {g}|m",
    streets="Ερμού/Ermou, Πανεπιστημίου/Panepistimiou, Σταδίου/Stadiou, Λεωφόρος Αλεξάνδρας/Leoforos Alexandras, Πατησίων/Patision, Ακαδημίας/Akadimias, Τσιμισκή/Tsimiski, Εγνατία/Egnatia, Αγίου Δημητρίου/Agiou Dimitriou, Κολοκοτρώνη/Kolokotroni, Σόλωνος/Solonos, Μητροπόλεως/Mitropoleos",
    towns="Αθήνα/Athens, Θεσσαλονίκη/Thessaloniki, Πάτρα/Patras, Ηράκλειο/Heraklion, Λάρισα/Larisa, Βόλος/Volos, Ιωάννινα/Ioannina, Χανιά/Chania, Πειραιάς/Piraeus, Καλαμάτα/Kalamata, Ρόδος/Rhodes",
    addr="{st} {no}|{pc} {town}; {st} {no}, {fl}ος όροφος|{pc} {town}",
    addr_en="{st} {no}|{pc} {town}; {no} {st} St., floor {fl}|{town} {pc}",
    short="{st} {no}",
    short_en="{st} {no}; {no} {st} St.",
    pc="1## ##; 5## ##; 2## ##",
    phone="+30 69# ### ####; 69# ### ####; 697 ## ## ###; 210 ### ####; 2310 ######",
    dates="{dd}/{mm}/{y}; {d} {MON} {y}; {d}/{m}/{y}",
    mon="el",
    cur="{n} €",
    num="de",
    iban="GR",
    plate="@@@-####",
    mail="otenet.gr, yahoo.gr, hotmail.gr, gmail.com",
    public="Γιάννης Αντετοκούνμπο/Giannis Antetokounmpo, Στέφανος Τσιτσιπάς/Stefanos Tsitsipas, Κυριάκος Μητσοτάκης/Kyriakos Mitsotakis, Μελίνα Μερκούρη/Melina Mercouri",
    shops="Σκλαβενίτης/Sklavenitis, ΑΒ Βασιλόπουλος/AB Vassilopoulos, Κωτσόβολος/Kotsovolos, efood, Wolt",
    named="Λεωφόρος Βασιλίσσης Σοφίας/Vasilissis Sofias Avenue, Πλατεία Κολοκοτρώνη/Kolokotroni Square, οδός Ελευθερίου Βενιζέλου/Eleftheriou Venizelou Street, αεροδρόμιο Ελευθέριος Βενιζέλος/Eleftherios Venizelos airport",
)
L(
    "tr_TR",
    country="Türkiye",
    langs="tr",
    gm="Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Emre, Burak, Yusuf, Ömer, Can, Serkan, Kemal, Oğuz, Barış, Eren, Kerem, Tolga",
    gf="Fatma, Ayşe, Emine, Hatice, Zeynep, Elif, Merve, Esra, Büşra, Derya, Gül, Özlem, Selin, Ebru, Sevgi, Deniz, Yasemin, Melike, Gizem, İrem",
    fam="Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Erdoğan, Güneş, Aksoy, Karaca, Bulut, Tekin, Uçar, Avcı, Korkmaz",
    hon="{g} Bey|m; {g} Hanım|f; Sayın {full}; Sn. {full}; {full} Bey|m; {full} Hanım|f",
    hon_en="{g} Bey|m; {g} Hanım|f",
    kin="{g} Teyze|f; {g} Amca|m; {g} Abla|f; {g} Abi|m; {g} Yenge|f",
    kin_en="{g} Teyze|f; {g} Amca|m; {g} Abla|f; {g} Abi|m",
    streets="Atatürk Caddesi, İstiklal Caddesi, Bağdat Caddesi, Cumhuriyet Caddesi, Gül Sokak, Lale Sokak, Menekşe Sokak, Fevzi Çakmak Caddesi, İnönü Bulvarı, Kıbrıs Şehitleri Caddesi, Barbaros Bulvarı, Halaskargazi Caddesi, Okul Sokak, Çınar Sokak, Papatya Sokak",
    towns="İstanbul, Ankara, İzmir, Bursa, Antalya, Adana, Konya, Gaziantep, Kayseri, Eskişehir, Mersin, Trabzon, Samsun, Denizli",
    dists="Kadıköy, Beşiktaş, Üsküdar, Çankaya, Karşıyaka, Nilüfer, Muratpaşa, Bornova, Şişli, Ataşehir, Keçiören, Bağcılar",
    regs="Caferağa, Moda, Fenerbahçe, Levent, Bahçelievler, Cumhuriyet, Yenimahalle, Atatürk, Fatih, Kızılay, Alsancak, Göztepe",
    blds="Güneş, Yıldız, Papatya, Deniz, Huzur, Çamlık, Kardeşler, Akasya",
    addr="{reg} Mah. {st} No: {no} D: {n}|{pc} {dist}/{town}; {st} No:{no}/{n}, {reg} Mahallesi|{dist}, {town} {pc}; {reg} Mh., {st}, {bld} Apt. No: {no} Kat: {fl} Daire: {nn}|{dist}/{town}",
    short="{st} No: {no} D: {n}; {st} No:{no}/{n}",
    pc="%####",
    phone="+90 5## ### ## ##; 05## ### ## ##; 0 5## ### ## ##; 0212 ### ## ##; 0 (532) ### ## ##",
    dates="{dd}.{mm}.{y}; {d} {MON} {y}; {dd}/{mm}/{y}",
    mon="tr",
    cur="{n} TL",
    num="de",
    fx="38",
    iban="TR",
    cards="visa mc troy",
    dl="######",
    pp="U########",
    plate="34 @@@ ###; 06 @@ ####; 35 @ #####",
    mail="hotmail.com, gmail.com, yandex.com.tr, mynet.com",
    public="Arda Güler, Recep Tayyip Erdoğan, Tarkan, Hakan Çalhanoğlu, Orhan Pamuk, Sezen Aksu",
    shops="Migros, BİM, A101, Şok, Trendyol, Getir, Yemeksepeti, Koçtaş, Teknosa, Hepsiburada",
    named="Atatürk Caddesi, İnönü Stadyumu, Fevzi Çakmak Caddesi, Barbaros Bulvarı, Mimar Sinan Üniversitesi, Sabiha Gökçen Havalimanı",
)
L(
    "ru_RU",
    country="Russia",
    langs="ru",
    style="ru",
    gm="Александр/Aleksandr, Дмитрий/Dmitry, Сергей/Sergey, Андрей/Andrey, Алексей/Alexey, Максим/Maksim, Иван/Ivan, Михаил/Mikhail, Николай/Nikolay, Владимир/Vladimir, Евгений/Evgeny, Павел/Pavel, Артём/Artyom, Игорь/Igor, Олег/Oleg, Роман/Roman",
    gf="Анна/Anna, Елена/Elena, Ольга/Olga, Наталья/Natalya, Татьяна/Tatyana, Ирина/Irina, Екатерина/Ekaterina, Мария/Maria, Светлана/Svetlana, Юлия/Yulia, Анастасия/Anastasia, Дарья/Darya, Ксения/Ksenia, Валентина/Valentina, Людмила/Lyudmila, Галина/Galina",
    fam="Иванов=Иванова/Ivanov=Ivanova, Смирнов=Смирнова/Smirnov=Smirnova, Кузнецов=Кузнецова/Kuznetsov=Kuznetsova, Попов=Попова/Popov=Popova, Васильев=Васильева/Vasilyev=Vasilyeva, Петров=Петрова/Petrov=Petrova, Соколов=Соколова/Sokolov=Sokolova, Михайлов=Михайлова/Mikhailov=Mikhailova, Новиков=Новикова/Novikov=Novikova, Фёдоров=Фёдорова/Fyodorov=Fyodorova, Морозов=Морозова/Morozov=Morozova, Волков=Волкова/Volkov=Volkova, Лебедев=Лебедева/Lebedev=Lebedeva, Козлов=Козлова/Kozlov=Kozlova, Егоров=Егорова/Egorov=Egorova, Павлов=Павлова/Pavlov=Pavlova, Семёнов=Семёнова/Semyonov=Semyonova, Голубев=Голубева/Golubev=Golubeva, Виноградов=Виноградова/Vinogradov=Vinogradova, Богданов=Богданова/Bogdanov=Bogdanova, Орлов=Орлова/Orlov=Orlova, Зайцев=Зайцева/Zaitsev=Zaitseva, Белоусов=Белоусова/Belousov=Belousova, Чернов=Чернова/Chernov=Chernova, Ковальчук/Kovalchuk, Ким/Kim, Шевченко/Shevchenko",
    pat="Александрович=Александровна/Aleksandrovich=Aleksandrovna, Сергеевич=Сергеевна/Sergeevich=Sergeevna, Иванович=Ивановна/Ivanovich=Ivanovna, Викторович=Викторовна/Viktorovich=Viktorovna, Николаевич=Николаевна/Nikolaevich=Nikolaevna, Владимирович=Владимировна/Vladimirovich=Vladimirovna, Петрович=Петровна/Petrovich=Petrovna, Михайлович=Михайловна/Mikhailovich=Mikhailovna, Андреевич=Андреевна/Andreevich=Andreevna, Дмитриевич=Дмитриевна/Dmitrievich=Dmitrievna, Юрьевич=Юрьевна/Yurievich=Yurievna, Олегович=Олеговна/Olegovich=Olegovna",
    nick="Саша/Sasha, Женя/Zhenya, Дима/Dima, Серёжа/Seryozha, Лёша/Lyosha, Маша/Masha, Таня/Tanya, Наташа/Natasha, Катя/Katya, Оля/Olya, Ира/Ira, Костя/Kostya, Миша/Misha",
    hon="{gp}; уважаемый {gp}|m; уважаемая {gp}|f; г-н {f}|m; г-жа {f}|f; {g}",
    hon_en="{gp}",
    kin="тётя {g}|f; дядя {g}|m; баба {g}|f; дед {g}|m; бабушка {g}|f",
    kin_en="baba {g}|f; tyotya {g}|f; dyadya {g}|m",
    streets="ул. Ленина/ul. Lenina, ул. Пушкина/ul. Pushkina, пр-т Мира/pr. Mira, ул. Гагарина/ul. Gagarina, ул. Советская/ul. Sovetskaya, ул. Садовая/ul. Sadovaya, ул. Лесная/ul. Lesnaya, Невский пр-т/Nevsky pr., ул. Тверская/ul. Tverskaya, ул. Профсоюзная/ul. Profsoyuznaya, ул. Мичурина/ul. Michurina, Ленинградское ш./Leningradskoe sh., ул. Молодёжная/ul. Molodyozhnaya, ул. Чехова/ul. Chekhova",
    towns="Москва/Moscow, Санкт-Петербург/St Petersburg, Новосибирск/Novosibirsk, Екатеринбург/Yekaterinburg, Казань/Kazan, Нижний Новгород/Nizhny Novgorod, Самара/Samara, Ростов-на-Дону/Rostov-on-Don, Краснодар/Krasnodar, Воронеж/Voronezh, Пермь/Perm, Уфа/Ufa, Тюмень/Tyumen, Калининград/Kaliningrad",
    addr="{st}, д. {no}, кв. {nn}|г. {town}|{pc}; {pc}, г. {town}, {st}, д. {no}, корп. {n}, кв. {nnn}; г. {town}, {st}, д. {no}, подъезд {n}, кв. {nn}",
    addr_en="{st} {no}, apt {nn}|{town} {pc}; {pc}, {town}, {st}, bld. {no}, apt. {nnn}",
    short="{st}, д. {no}, кв. {nn}; {st} {no}-{nn}",
    short_en="{st} {no}, apt {nn}",
    pc="1#####; 19####; 6#####; 4#####",
    phone="+7 9## ###-##-##; 8 (9##) ###-##-##; 8 9## ### ## ##; +7 (495) ###-##-##; 89#########",
    dates="{dd}.{mm}.{y}; {d} {MON} {y} г.; {dd}.{mm}.{y} г.",
    mon="ru",
    cur="{n} ₽",
    num="fr",
    fx="95",
    cards="mir visa mc",
    dl="## ## ######",
    pp="## #######; #### ######",
    plate="А###ВС ##; К###ОР ###; М###ТХ ##; Е###КХ ###",
    mail="mail.ru, yandex.ru, rambler.ru, bk.ru, list.ru, inbox.ru, gmail.com",
    public="Алла Пугачёва/Alla Pugacheva, Александр Овечкин/Alexander Ovechkin, Даниил Медведев/Daniil Medvedev, Юрий Гагарин/Yuri Gagarin, Фёдор Достоевский/Fyodor Dostoevsky",
    shops="Пятёрочка/Pyaterochka, Перекрёсток/Perekrestok, Магнит/Magnit, ВкусВилл/VkusVill, Ozon, Wildberries, Леруа Мерлен/Leroy Merlin, Яндекс Еда/Yandex Eda, Самокат/Samokat, СДЭК/CDEK, Авито/Avito",
    named="ул. Пушкина/Pushkin Street, проспект Гагарина/Gagarin Avenue, площадь Ленина/Lenin Square, парк Горького/Gorky Park, метро «Маяковская»/Mayakovskaya metro",
)
L(
    "uk_UA",
    country="Ukraine",
    langs="uk ru",
    style="ru",
    gm="Олександр/Oleksandr, Андрій/Andrii, Сергій/Serhii, Дмитро/Dmytro, Іван/Ivan, Михайло/Mykhailo, Тарас/Taras, Богдан/Bohdan, Олег/Oleh, Василь/Vasyl, Юрій/Yurii, Максим/Maksym, Ярослав/Yaroslav, Віталій/Vitalii",
    gf="Олена/Olena, Наталія/Nataliia, Ірина/Iryna, Оксана/Oksana, Тетяна/Tetiana, Юлія/Yuliia, Марія/Mariia, Катерина/Kateryna, Анна/Anna, Світлана/Svitlana, Галина/Halyna, Софія/Sofiia, Ганна/Hanna, Людмила/Liudmyla",
    fam="Шевченко/Shevchenko, Коваленко/Kovalenko, Бондаренко/Bondarenko, Ткаченко/Tkachenko, Кравченко/Kravchenko, Мельник/Melnyk, Олійник/Oliinyk, Бойко/Boiko, Ковальчук/Kovalchuk, Лисенко/Lysenko, Мороз/Moroz, Савченко/Savchenko, Петренко/Petrenko, Руденко/Rudenko, Поліщук/Polishchuk, Марченко/Marchenko, Павленко/Pavlenko, Кузьменко/Kuzmenko, Гончаренко/Honcharenko, Мазур/Mazur, Іваненко/Ivanenko, Романюк/Romaniuk, Костенко/Kostenko, Литвиненко/Lytvynenko",
    pat="Олександрович=Олександрівна/Oleksandrovych=Oleksandrivna, Іванович=Іванівна/Ivanovych=Ivanivna, Петрович=Петрівна/Petrovych=Petrivna, Миколайович=Миколаївна/Mykolaiovych=Mykolaivna, Васильович=Василівна/Vasylovych=Vasylivna, Сергійович=Сергіївна/Serhiiovych=Serhiivna, Михайлович=Михайлівна/Mykhailovych=Mykhailivna, Володимирович=Володимирівна/Volodymyrovych=Volodymyrivna",
    nick="Сашко/Sashko, Оксанка/Oksanka, Юля/Yulia, Іра/Ira, Женя/Zhenia, Діма/Dima, Тарасик/Tarasyk",
    hon="пане {g}|m; пані {g}|f; пан {f}|m; пані {f}|f; {gp}",
    hon_en="pan {f}|m; pani {f}|f; {gp}",
    kin="тітка {g}|f; дядько {g}|m; бабуся {g}|f; дідусь {g}|m; баба {g}|f",
    streets="вул. Хрещатик/vul. Khreshchatyk, вул. Шевченка/vul. Shevchenka, вул. Франка/vul. Franka, просп. Перемоги/prosp. Peremohy, вул. Сагайдачного/vul. Sahaidachnoho, вул. Городоцька/vul. Horodotska, вул. Дерибасівська/vul. Derybasivska, вул. Сумська/vul. Sumska, бульв. Лесі Українки/bulv. Lesi Ukrainky, вул. Липова/vul. Lypova, вул. Садова/vul. Sadova, вул. Соборна/vul. Soborna",
    towns="Київ/Kyiv, Львів/Lviv, Харків/Kharkiv, Одеса/Odesa, Дніпро/Dnipro, Запоріжжя/Zaporizhzhia, Вінниця/Vinnytsia, Полтава/Poltava, Чернігів/Chernihiv, Івано-Франківськ/Ivano-Frankivsk, Ужгород/Uzhhorod, Тернопіль/Ternopil",
    addr="{st}, буд. {no}, кв. {nn}|м. {town}|{pc}; {pc}, м. {town}, {st}, {no}, кв. {nnn}; {st}, {no}/{n}, кв. {nn}, м. {town}",
    addr_en="{st} {no}, apt {nn}|{town} {pc}; {pc}, {town}, {st}, bldg {no}, apt {nnn}",
    short="{st}, буд. {no}, кв. {nn}; {st}, {no}/{n}",
    short_en="{st} {no}, apt {nn}",
    pc="0####; 7####; 6####; 79###",
    phone="+380 ## ### ## ##; 0## ### ## ##; +380 (67) ###-##-##; 067 ###-##-##; 050 ### ####; 093 ### ## ##",
    dates="{dd}.{mm}.{y}; {d} {MON} {y} р.; {dd}.{mm}.{y} р.",
    mon="uk",
    cur="{n} грн",
    num="fr",
    fx="45",
    iban="UA",
    dl="ВХО ######; КАА ######; ЛВВ ######",
    pp="@@######; #########",
    plate="АА ####ВС; КА ####ІМ; ВС ####НО",
    mail="ukr.net, i.ua, meta.ua, gmail.com",
    public="Андрій Шевченко/Andriy Shevchenko, Володимир Зеленський/Volodymyr Zelensky, Олександр Усик/Oleksandr Usyk, Еліна Світоліна/Elina Svitolina, Джамала/Jamala",
    shops="АТБ/ATB, Сільпо/Silpo, Нова Пошта/Nova Poshta, Rozetka, Епіцентр/Epicentr, Glovo, OLX",
    named="вул. Шевченка/Shevchenko Street, площа Івана Франка/Ivan Franko Square, парк Шевченка/Shevchenko Park, бульвар Лесі Українки/Lesi Ukrainky Boulevard",
)
L(
    "lt_LT",
    country="Lithuania",
    langs="lt",
    gm="Jonas, Tomas, Mantas, Lukas, Paulius, Darius, Andrius, Mindaugas, Vytautas, Rokas, Žygimantas, Gediminas, Karolis",
    gf="Rūta, Ieva, Eglė, Gabija, Laura, Jurgita, Kristina, Aistė, Greta, Indrė, Vaida, Milda, Austėja",
    fam="Kazlauskas=Kazlauskienė, Jankauskas=Jankauskienė, Petrauskas=Petrauskaitė, Stankevičius=Stankevičienė, Vasiliauskas=Vasiliauskienė, Žukauskas=Žukauskaitė, Butkus=Butkienė, Paulauskas=Paulauskienė, Urbonas=Urbonaitė, Kavaliauskas=Kavaliauskienė, Navickas=Navickienė, Ramanauskas=Ramanauskienė, Savickas=Savickaitė, Rimkus=Rimkienė",
    hon="ponas {f}|m; ponia {f}|f; p. {full}",
    kin="teta {g}|f; dėdė {g}|m; močiutė {g}|f",
    streets="Gedimino pr., Pilies g., Vilniaus g., Laisvės al., Savanorių pr., Konstitucijos pr., Žirmūnų g., Didžioji g., Taikos pr., Kalvarijų g., Ozo g., Ukmergės g.",
    towns="Vilnius, Kaunas, Klaipėda, Šiauliai, Panevėžys, Alytus, Marijampolė, Utena, Palanga",
    addr="{st} {no}-{nn}|LT-{pc} {town}; {st} {no}, butas {nn}|LT-{pc} {town}; {st} {no}|{pc} {town}",
    pc="#####",
    phone="+370 6## #####; 86## #####; 8 6## ## ###; +370 5 ### ####",
    dates="{y}-{mm}-{dd}; {y} m. {MON} {d} d.",
    mon="lt",
    cur="{n} €",
    num="fr",
    iban="LT",
    plate="@@@ ###",
    mail="gmail.com, one.lt, inbox.lt, zebra.lt",
    public="Arvydas Sabonis, Gitanas Nausėda, Rūta Meilutytė, Jonas Valančiūnas",
    shops="Maxima, Iki, Rimi, Lidl, Senukai, Bolt Food, Wolt, Omniva",
    named="Gedimino prospektas, Vinco Kudirkos aikštė, Maironio gatvė, Jono Basanavičiaus gatvė",
)
L(
    "lv_LV",
    country="Latvia",
    langs="lv",
    gm="Jānis, Andris, Mārtiņš, Edgars, Kārlis, Roberts, Artūrs, Raivis, Guntis, Aivars, Dāvis, Oskars",
    gf="Anna, Līga, Ilze, Inese, Kristīne, Laura, Zane, Elīna, Dace, Sanita, Marta, Evija",
    fam="Bērziņš=Bērziņa, Kalniņš=Kalniņa, Ozoliņš=Ozoliņa, Jansons=Jansone, Ozols=Ozola, Liepiņš=Liepiņa, Krūmiņš=Krūmiņa, Balodis=Balode, Eglītis=Eglīte, Zariņš=Zariņa, Pētersons=Pētersone, Vītols=Vītola, Kļaviņš=Kļaviņa, Kārkliņš=Kārkliņa",
    hon="{f} kungs|m; {f} kundze|f; {full}",
    streets="Brīvības iela, Elizabetes iela, Krišjāņa Barona iela, Tērbatas iela, Lāčplēša iela, Dzirnavu iela, Miera iela, Ģertrūdes iela, Valdemāra iela, Maskavas iela",
    towns="Rīga, Daugavpils, Liepāja, Jelgava, Jūrmala, Ventspils, Rēzekne, Valmiera, Cēsis",
    addr="{st} {no}-{nn}|{town}, LV-{pc}; {st} {no}, dz. {nn}|{town}, LV-{pc}",
    pc="####",
    phone="+371 2# ### ###; 2# ### ###; 67 ### ###",
    dates="{dd}.{mm}.{y}.; {y}. gada {d}. {MON}",
    mon="lv",
    cur="{n} €",
    num="fr",
    iban="LV",
    plate="@@-####",
    mail="inbox.lv, apollo.lv, gmail.com",
    public="Kristaps Porziņģis, Jeļena Ostapenko, Edgars Rinkēvičs",
    shops="Rimi, Maxima, Lidl, Depo, Bolt Food, Omniva",
    named="Krišjāņa Barona iela, Raiņa bulvāris, Vērmanes dārzs, Kr. Valdemāra iela",
)
L(
    "et_EE",
    country="Estonia",
    langs="et",
    gm="Martin, Rasmus, Karl, Markus, Andres, Jaan, Toomas, Mart, Tanel, Priit, Siim, Kristjan, Indrek",
    gf="Mari, Kati, Liis, Kadri, Triin, Kristi, Eha, Maarja, Helen, Anu, Piret, Laura, Grete",
    fam="Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane, Ilves, Pärn, Koppel, Lepik, Kallas, Oja, Raudsepp, Luik, Kuusk, Karu, Lill, Põder, Vaher",
    hon="hr {f}|m; pr {f}|f; härra {f}|m; proua {f}|f; {g}",
    streets="Narva mnt, Pärnu mnt, Tartu mnt, Viru tänav, Telliskivi, Kalaranna, Tähe tänav, Riia tänav, Pikk tänav, Sõpruse pst, Mustamäe tee",
    towns="Tallinn, Tartu, Narva, Pärnu, Kohtla-Järve, Viljandi, Rakvere, Maardu, Kuressaare, Haapsalu",
    addr="{st} {no}-{nn}|{pc} {town}; {st} {no}, korter {nn}|{town} {pc}",
    pc="1####; 5####; #####",
    phone="+372 5### ####; 5### ####; 5## ####; 6## ####",
    dates="{dd}.{mm}.{y}; {d}. {MON} {y}",
    mon="et",
    cur="{n} €",
    num="fr",
    iban="EE",
    plate="### @@@",
    mail="hot.ee, mail.ee, gmail.com",
    public="Kaja Kallas, Ott Tänak, Alar Karis, Kristen Michal",
    shops="Rimi, Selver, Prisma, Maxima, Bolt Food, Wolt",
    named="Kadrioru park, Jakob Hurda tänav, A. H. Tammsaare park, Lydia Koidula tänav",
)
L(
    "fi_FI",
    country="Finland",
    langs="fi",
    gm="Juha, Timo, Matti, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Ville, Teemu, Janne, Eero, Aleksi, Onni, Veeti",
    gf="Anna, Maria, Tuula, Päivi, Leena, Sari, Minna, Johanna, Laura, Emilia, Aino, Sanna, Hanna, Kaisa, Riikka, Noora, Elina",
    fam="Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen",
    hon="{g}; {full}; herra {f}|m; rouva {f}|f",
    kin="{g}-täti|f; {g}-setä|m; {g}-mummo|f; {g}-vaari|m",
    streets="Mannerheimintie, Hämeentie, Aleksanterinkatu, Fredrikinkatu, Kauppakatu, Rautatienkatu, Koulukatu, Puistokatu, Mäkelänkatu, Runeberginkatu, Itäinen Pitkäkatu, Hämeenkatu, Kalevankatu",
    towns="Helsinki, Espoo, Tampere, Vantaa, Oulu, Turku, Jyväskylä, Lahti, Kuopio, Pori, Joensuu, Rovaniemi",
    addr="{st} {no} {L} {nn}|{pc} {town}; {st} {no} as {nn}|{pc} {town}; {st} {no} B|{pc} {town}",
    pc="00###; 33###; 20###; 90###; #####",
    phone="+358 40 ### ####; 040 ### ####; 050 ### ####; 045 ### ####; 09 ### ####",
    dates="{d}.{m}.{y}; {dd}.{mm}.{y}; {d}. {MON} {y}",
    mon="fi",
    cur="{n} €",
    num="fr",
    iban="FI",
    dl="########",
    pp="@@#######",
    plate="@@@-###",
    mail="luukku.com, elisanet.fi, kolumbus.fi, gmail.com, suomi24.fi",
    public="Kimi Räikkönen, Sanna Marin, Alexander Stubb, Teemu Pukki, Tove Jansson",
    shops="K-Citymarket, Prisma, S-market, Lidl, Tokmanni, Wolt, Foodora, Verkkokauppa.com, Tori.fi",
    named="Mannerheimintie, Runeberginkatu, Sibelius-monumentti, Alvar Aallon katu, Kekkosen talo",
)
L(
    "sv_SE",
    country="Sweden",
    langs="sv",
    gm="Lars, Anders, Johan, Erik, Per, Karl, Mikael, Nils, Björn, Oscar, William, Lucas, Hugo, Elias, Gustav, Axel, Olle, Mattias",
    gf="Anna, Eva, Maria, Karin, Kristina, Lena, Sara, Emma, Maja, Elsa, Alice, Ingrid, Linnea, Astrid, Frida, Malin, Sofia, Annika",
    fam="Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Lindberg, Lindström, Lindqvist, Berg, Bergström, Lundgren, Sandberg, Holm, Ek, Söderberg, Åberg, Hussein, Mohammed, Wallin, Nyström",
    nick="Lasse, Kalle, Pelle, Hasse, Micke, Nisse, Lotta, Lollo, Bosse",
    hon="{g}; {full}; fru {f}|f; herr {f}|m",
    kin="mormor {g}|f; farmor {g}|f; morfar {g}|m; moster {g}|f; farbror {g}|m",
    streets="Storgatan, Drottninggatan, Kungsgatan, Skolgatan, Kyrkogatan, Järnvägsgatan, Sveavägen, Hornsgatan, Götgatan, Linnégatan, Vasagatan, Östra Hamngatan, Södra Vägen, Björkvägen, Tallvägen",
    towns="Stockholm, Göteborg, Malmö, Uppsala, Västerås, Örebro, Linköping, Helsingborg, Jönköping, Norrköping, Lund, Umeå, Gävle, Sundsvall",
    addr="{st} {no}|{pc} {town}; {st} {no}, lgh 1{nnn}|{pc} {town}; {st} {no} {L}, {fl} tr|{pc} {town}",
    pc="### ##",
    phone="+46 7# ### ## ##; 07#-### ## ##; 070 ### ## ##; 08-### ### ##; 073-#######",
    dates="{y}-{mm}-{dd}; {d} {MON} {y}; {yy}{mm}{dd}",
    mon="sv",
    cur="{n} kr",
    num="fr",
    fx="11.5",
    iban="SE",
    dl="########",
    pp="########",
    plate="@@@ ###; @@@ ##@",
    mail="telia.com, hotmail.se, gmail.com, bredband.net, spray.se",
    public="Zlatan Ibrahimović, Greta Thunberg, Björn Borg, Ulf Kristersson, Zara Larsson, Armand Duplantis",
    shops="ICA, Coop, Willys, Hemköp, Systembolaget, Clas Ohlson, Biltema, Jula, Foodora, Blocket, Hemnet",
    named="Olof Palmes gata, Strindbergsgatan, Raoul Wallenbergs torg, Gustav Adolfs torg, Linnéparken",
)
L(
    "da_DK",
    country="Denmark",
    langs="da",
    gm="Jens, Peter, Lars, Michael, Henrik, Søren, Thomas, Jesper, Mads, Rasmus, Frederik, Mikkel, Kasper, Anders, Niels, Emil",
    gf="Anne, Kirsten, Hanne, Mette, Lone, Susanne, Camilla, Maria, Ida, Emma, Freja, Louise, Sofie, Mathilde, Line, Karen",
    fam="Nielsen, Jensen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Christiansen, Poulsen, Johansen, Møller, Mortensen, Østergaard, Kjær, Dahl, Lund",
    hon="{g}; {full}; hr. {f}|m; fru {f}|f",
    kin="mormor {g}|f; farfar {g}|m; moster {g}|f; onkel {g}|m",
    streets="Vesterbrogade, Nørrebrogade, Østerbrogade, Amagerbrogade, Jagtvej, Gothersgade, Istedgade, Vestergade, Søndergade, Skovvej, Bakkedraget, Frederiksberg Allé, Strandvejen",
    towns="København N, København S, Aarhus C, Odense, Aalborg, Esbjerg, Randers, Kolding, Horsens, Vejle, Roskilde, Frederiksberg, Herning",
    addr="{st} {no}, {fl}. tv.|{pc} {town}; {st} {no}, {fl}. th.|{pc} {town}; {st} {noa}, st.|{pc} {town}; {st} {no}|{pc} {town}",
    pc="%###",
    phone="+45 ## ## ## ##; ## ## ## ##; +45 ########; 2# ## ## ##",
    dates="{d}. {MON} {y}; {dd}.{mm}.{y}; {dd}-{mm}-{y}",
    mon="da",
    cur="{n} kr.",
    num="de",
    fx="7.5",
    iban="DK",
    dl="########",
    pp="#########",
    plate="@@ ## ###",
    mail="mail.dk, jubii.dk, hotmail.dk, gmail.com, stofanet.dk",
    public="Caroline Wozniacki, Mette Frederiksen, Christian Eriksen, Peter Schmeichel, Mads Mikkelsen",
    shops="Netto, Føtex, Rema 1000, Lidl, Bilka, Irma, Silvan, Bauhaus, Wolt, DBA, Boligportal",
    named="H.C. Andersens Boulevard, Dronning Louises Bro, Søren Kierkegaards Plads, Tycho Brahe Planetarium, Niels Juels Gade",
)
L(
    "nb_NO",
    country="Norway",
    langs="nb",
    gm="Jan, Per, Bjørn, Ole, Lars, Kjetil, Knut, Arne, Øyvind, Jonas, Magnus, Henrik, Sindre, Eirik, Håkon, Even",
    gf="Anne, Inger, Kari, Marit, Ingrid, Liv, Eva, Hilde, Silje, Ingvild, Nora, Emma, Sara, Ida, Tuva, Ragnhild",
    fam="Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, Andreassen, Jacobsen, Dahl, Halvorsen, Lie, Solberg, Bakken, Moen, Aas, Strand",
    hon="{g}; {full}",
    kin="bestemor {g}|f; bestefar {g}|m; tante {g}|f; onkel {g}|m; mormor {g}|f",
    streets="Storgata, Kirkeveien, Thorvald Meyers gate, Bogstadveien, Grønlandsleiret, Trondheimsveien, Markveien, Skovveien, Bjørnstjerne Bjørnsons gate, Kongens gate, Dronningens gate, Løkkeveien, Bryggen",
    towns="Oslo, Bergen, Trondheim, Stavanger, Drammen, Fredrikstad, Kristiansand, Tromsø, Sandnes, Ålesund, Bodø, Lillehammer",
    addr="{st} {noa}|{pc} {town}; {st} {no}, leil. {nn}|{pc} {town}; {st} {no} {L}|{pc} {town}",
    pc="0###; 5###; 7###; 4###",
    phone="+47 9## ## ###; 4## ## ###; 9## ## ###; +47 22 ## ## ##",
    dates="{dd}.{mm}.{y}; {d}. {MON} {y}",
    mon="nb",
    cur="{n} kr",
    num="fr",
    fx="11.7",
    iban="NO",
    dl="### ### ### ##",
    pp="########",
    plate="@@ #####",
    mail="online.no, hotmail.no, gmail.com, getmail.no",
    public="Erling Haaland, Martin Ødegaard, Jonas Gahr Støre, Magnus Carlsen, Karsten Warholm",
    shops="Rema 1000, Kiwi, Coop Extra, Meny, Vinmonopolet, Obs Bygg, Elkjøp, Foodora, Finn.no",
    named="Karl Johans gate, Bjørnstjerne Bjørnsons plass, Henrik Ibsens gate, Vigelandsparken",
)
L(
    "is_IS",
    country="Iceland",
    langs="is",
    style="is",
    gm="Jón, Sigurður, Guðmundur, Gunnar, Ólafur, Einar, Kristján, Magnús, Stefán, Björn, Arnar, Helgi, Þórður",
    gf="Guðrún, Anna, Kristín, Sigríður, Margrét, Helga, Sigrún, Ingibjörg, Jóhanna, Katrín, Elín, Þórunn, Hildur",
    pat="Jónsson=Jónsdóttir, Sigurðsson=Sigurðardóttir, Guðmundsson=Guðmundsdóttir, Gunnarsson=Gunnarsdóttir, Ólafsson=Ólafsdóttir, Einarsson=Einarsdóttir, Kristjánsson=Kristjánsdóttir, Magnússon=Magnúsdóttir, Stefánsson=Stefánsdóttir, Björnsson=Björnsdóttir, Helgason=Helgadóttir, Þórðarson=Þórðardóttir, Karlsson=Karlsdóttir",
    hon="{g}; {full}",
    kin="amma {g}|f; afi {g}|m",
    streets="Laugavegur, Skólavörðustígur, Hverfisgata, Bankastræti, Suðurgata, Hringbraut, Miklabraut, Borgartún, Kirkjuteigur, Grettisgata, Njálsgata, Hafnarstræti",
    towns="Reykjavík, Kópavogur, Hafnarfjörður, Akureyri, Reykjanesbær, Garðabær, Mosfellsbær, Selfoss, Ísafjörður, Egilsstaðir",
    addr="{st} {no}|{pc} {town}; {st} {no}, íbúð {nnn}|{pc} {town}",
    pc="1##; 2##; 6##",
    phone="+354 ### ####; 6## ####; 7## ####; 8## ####; 5## ####",
    dates="{d}. {MON} {y}; {dd}.{mm}.{y}",
    mon="is",
    cur="{n} kr.",
    num="de0",
    fx="150",
    iban="IS",
    plate="@@ @##; @@@ ##",
    mail="simnet.is, internet.is, gmail.com",
    public="Björk, Gylfi Sigurðsson, Katrín Jakobsdóttir, Halla Tómasdóttir",
    shops="Bónus, Krónan, Hagkaup, Húsasmiðjan, Elko",
    named="Hallgrímskirkja, Ingólfstorg, Snorrabraut, Egilsgata",
)
L(
    "mt_MT",
    country="Malta",
    langs="en",
    gm="Joseph, John, Mark, Matthew, Luke, Carmel, Paul, Jean, Kurt, Clayton, Nicholas, Ryan",
    gf="Maria, Carmen, Rita, Doris, Josephine, Sarah, Nicole, Francesca, Kimberly, Charlene, Graziella, Roberta",
    fam="Borg, Camilleri, Vella, Farrugia, Zammit, Galea, Micallef, Grech, Attard, Spiteri, Azzopardi, Mifsud, Agius, Pace, Caruana, Sammut, Cassar, Debono, Fenech, Bonello, Xuereb, Abela",
    kin_en="Nanna {g}|f; Nannu {g}|m; Zija {g}|f; Ziju {g}|m",
    streets="Triq il-Kbira, Triq ir-Repubblika, Triq San Ġorġ, Triq it-Torri, Triq Manwel Dimech, Triq il-Wied, Triq tal-Balal, Triq Santa Marija, Triq ix-Xatt, Triq Sant'Antnin, Triq Dun Karm",
    towns="Valletta, Sliema, St Julian's, Birkirkara, Mosta, Qormi, Żabbar, Naxxar, Msida, Gżira, Rabat, Victoria",
    blds="Dar il-Ward, Villa Rosa, Blue Harbour Court, Ir-Razzett, Santa Lucia Mansions, Dar Ġużeppi",
    addr="{no}, {st}|{town} {pc}; Flat {n}, {bld}|{st}|{town} {pc}; {bld}, {st}|{town} {pc}",
    short="{no}, {st}; Flat {n}, {bld}, {st}; {bld}, {st}",
    pc="@@@ ####",
    phone="+356 79## ####; 99## ####; 79## ####; 21## ####",
    dates="{d} {MON} {y}; {dd}/{mm}/{y}",
    mon="en",
    cur="€{n}",
    iban="MT",
    plate="@@@ ###",
    mail="maltanet.net, onvol.net, gmail.com, go.net.mt",
    public="Robert Abela, Ira Losco, Joseph Calleja",
    shops="Lidl, Welbee's, Pavi, Scotts, Bolt Food, Wolt",
    named="Triq Manwel Dimech, Triq Dun Karm, Pjazza San Ġorġ, Triq Ġorġ Borg Olivier",
)
L(
    "sq_AL",
    country="Albania",
    langs="sq",
    gm="Arben, Besnik, Ardit, Erion, Gentian, Ilir, Klodian, Dritan, Fatmir, Artan, Endrit, Flamur",
    gf="Blerina, Elira, Anila, Mirela, Jonida, Ermira, Arjola, Fatjona, Klea, Dafina, Drita, Vjosa",
    fam="Hoxha, Shehu, Kola, Leka, Gjoka, Krasniqi, Berisha, Marku, Çela, Dervishi, Basha, Sula, Lika, Xhafa, Prifti, Dushku, Mema, Cani",
    hon="z. {f}|m; znj. {f}|f; zoti {f}|m; zonja {f}|f",
    kin="teze {g}|f; xhaxhi {g}|m; gjyshja {g}|f; daja {g}|m",
    streets="Rruga e Durrësit, Rruga Myslym Shyri, Bulevardi Dëshmorët e Kombit, Rruga e Kavajës, Rruga Ismail Qemali, Rruga Sami Frashëri, Rruga Abdi Toptani, Rruga Barrikadave, Rruga Pjetër Bogdani, Rruga Naim Frashëri",
    towns="Tiranë, Durrës, Vlorë, Elbasan, Shkodër, Fier, Korçë, Berat, Sarandë, Lushnjë",
    addr="{st}, Pallati {nn}, Shkalla {n}, Ap. {nn}|{town} {pc}; {st}, Nr. {no}|{pc} {town}",
    short="{st}, Nr. {no}; {st}, Pallati {nn}, Ap. {nn}",
    pc="1001; 10##; 2001; 9401",
    phone="+355 6# ### ####; 06# ### ####; 069 ### ####; 04 ### ####",
    dates="{dd}.{mm}.{y}; {d} {MON} {y}",
    mon="sq",
    cur="{n} lekë",
    num="de0",
    fx="100",
    iban="AL",
    plate="@@ ###@@",
    mail="gmail.com, yahoo.com, abissnet.al",
    public="Edi Rama, Dua Lipa, Rita Ora, Ismail Kadare",
    shops="Spar, Big Market, Conad, Neptun, Baboon",
    named="Sheshi Skënderbej, Bulevardi Zogu I, Sheshi Nënë Tereza, Rruga Ismail Qemali",
)
L(
    "ka_GE",
    country="Georgia",
    langs="ka",
    gm="გიორგი/Giorgi, დავით/Davit, ნიკა/Nika, ლევან/Levan, ზურაბ/Zurab, ირაკლი/Irakli, ლუკა/Luka, ალექსანდრე/Aleksandre, თორნიკე/Tornike, გიგა/Giga, ბექა/Beka, ვახტანგ/Vakhtang",
    gf="ნინო/Nino, მარიამ/Mariam, ანა/Ana, თამარ/Tamar, ნათია/Natia, ეკატერინე/Ekaterine, სალომე/Salome, ქეთევან/Ketevan, მაკა/Maka, ნანა/Nana, თეონა/Teona, ელენე/Elene",
    fam="ბერიძე/Beridze, კაპანაძე/Kapanadze, გელაშვილი/Gelashvili, მაისურაძე/Maisuradze, გიორგაძე/Giorgadze, ლომიძე/Lomidze, წიკლაური/Tsiklauri, ბოლქვაძე/Bolkvadze, ნოზაძე/Nozadze, ხუციშვილი/Khutsishvili, შენგელია/Shengelia, ჯაფარიძე/Japaridze, მამულაშვილი/Mamulashvili",
    hon="ბატონი {g}|m; ქალბატონი {g}|f; ბატონო {g}|m; ქალბატონო {g}|f",
    hon_en="batono {g}|m; kalbatono {g}|f",
    kin="ბებია {g}|f; ბაბუა {g}|m; დეიდა {g}|f; ბიძია {g}|m",
    streets="რუსთაველის გამზირი/Rustaveli Avenue, ჭავჭავაძის გამზირი/Chavchavadze Avenue, აღმაშენებლის გამზირი/Aghmashenebeli Avenue, პეკინის ქუჩა/Pekini Street, ვაჟა-ფშაველას გამზირი/Vazha-Pshavela Avenue, კოსტავას ქუჩა/Kostava Street, ბარნოვის ქუჩა/Barnovi Street, ლესელიძის ქუჩა/Leselidze Street",
    towns="თბილისი/Tbilisi, ბათუმი/Batumi, ქუთაისი/Kutaisi, რუსთავი/Rustavi, გორი/Gori, ზუგდიდი/Zugdidi, ფოთი/Poti, თელავი/Telavi",
    addr="{town}, {st} {no}, ბინა {nn}|{pc}; {st} N{no}, ბ. {nn}|{pc} {town}",
    addr_en="{no} {st}, apt {nn}|{town} {pc}; {st} {no}, flat {nn}|{town} {pc}",
    short="{st} {no}, ბინა {nn}; {st} N{no}, ბ. {nn}",
    short_en="{no} {st}, apt {nn}; {st} {no}, flat {nn}",
    pc="0###; 6###",
    phone="+995 5## ## ## ##; 5## ## ## ##; 5## ### ###; 032 2## ## ##",
    dates="{dd}.{mm}.{y}; {d} {MON}, {y}",
    mon="ka",
    cur="{n} ₾",
    num="fr",
    fx="3",
    iban="GE",
    plate="@@-###-@@",
    mail="gmail.com, mail.ru, yahoo.com",
    public="ხვიჩა კვარაცხელია/Khvicha Kvaratskhelia, სალომე ზურაბიშვილი/Salome Zourabichvili, ბიძინა ივანიშვილი/Bidzina Ivanishvili",
    shops="Carrefour, Goodwill, Spar, Wolt, Glovo, Bolt Food",
    named="რუსთაველის გამზირი/Rustaveli Avenue, ჭავჭავაძის გამზირი/Chavchavadze Avenue, მერაბ კოსტავას ქუჩა/Merab Kostava Street",
)
L(
    "hy_AM",
    country="Armenia",
    langs="hy",
    gm="Արամ/Aram, Դավիթ/Davit, Նարեկ/Narek, Տիգրան/Tigran, Գոռ/Gor, Հայկ/Hayk, Արմեն/Armen, Կարեն/Karen, Վահե/Vahe, Սարգիս/Sargis, Արթուր/Artur, Հովհաննես/Hovhannes",
    gf="Անի/Ani, Մարիամ/Mariam, Նարինե/Narine, Լուսինե/Lusine, Աննա/Anna, Անահիտ/Anahit, Գայանե/Gayane, Սոնա/Sona, Արմինե/Armine, Լիլիթ/Lilit, Հասմիկ/Hasmik, Նունե/Nune",
    fam="Հովհաննիսյան/Hovhannisyan, Հարությունյան/Harutyunyan, Սարգսյան/Sargsyan, Խաչատրյան/Khachatryan, Գրիգորյան/Grigoryan, Պետրոսյան/Petrosyan, Ավետիսյան/Avetisyan, Մկրտչյան/Mkrtchyan, Կարապետյան/Karapetyan, Գևորգյան/Gevorgyan, Մարտիրոսյան/Martirosyan, Վարդանյան/Vardanyan, Ղազարյան/Ghazaryan, Աբրահամյան/Abrahamyan",
    hon="պարոն {f}|m; տիկին {f}|f; պարոն {g}|m; տիկին {g}|f",
    hon_en="paron {f}|m; tikin {f}|f",
    streets="Աբովյան փողոց/Abovyan Street, Մաշտոցի պողոտա/Mashtots Avenue, Թումանյան փողոց/Tumanyan Street, Սայաթ-Նովայի պողոտա/Sayat-Nova Avenue, Կոմիտասի պողոտա/Komitas Avenue, Բաղրամյան պողոտա/Baghramyan Avenue, Պուշկինի փողոց/Pushkin Street, Արշակունյաց պողոտա/Arshakunyats Avenue",
    towns="Երևան/Yerevan, Գյումրի/Gyumri, Վանաձոր/Vanadzor, Էջմիածին/Ejmiatsin, Աբովյան/Abovyan, Դիլիջան/Dilijan, Կապան/Kapan",
    addr="{town}, {st} {no}, բն. {nn}|{pc}; {st} {no}/{n}, բն. {nn}|{town} {pc}",
    addr_en="{no} {st}, apt {nn}|{town} {pc}; {st} {no}/{n}, apt. {nn}|{town}, {pc}",
    short="{st} {no}, բն. {nn}; {st} {no}/{n}, բն. {nn}",
    short_en="{no} {st}, apt {nn}; {st} {no}/{n}",
    pc="00##; 0###",
    phone="+374 9# ######; 09# ## ## ##; +374 77 ######; 010 ## ## ##",
    dates="{dd}.{mm}.{y}; {dd}/{mm}/{y}",
    cur="{n} ֏",
    num="fr0",
    fx="430",
    plate="##@@###",
    mail="mail.ru, gmail.com, yandex.ru",
    public="Հենրիխ Մխիթարյան/Henrikh Mkhitaryan, Նիկոլ Փաշինյան/Nikol Pashinyan, Շառլ Ազնավուր/Charles Aznavour",
    shops="SAS, Yerevan City, Menu.am, Wildberries",
    named="Մաշտոցի պողոտա/Mashtots Avenue, Թումանյան փողոց/Tumanyan Street, Շառլ Ազնավուրի հրապարակ/Charles Aznavour Square, Սայաթ-Նովայի պողոտա/Sayat-Nova Avenue",
)
L(
    "az_AZ",
    country="Azerbaijan",
    langs="az",
    gm="Elnur, Rəşad, Orxan, Tural, Elvin, Kamran, Fərid, Ruslan, Nicat, Vüsal, Anar, Səbuhi, Murad",
    gf="Aynur, Günay, Leyla, Nigar, Sevinc, Aysel, Nərmin, Ülviyyə, Gülnar, Kəmalə, Səbinə, Fidan, Lalə",
    fam="Məmmədov=Məmmədova, Əliyev=Əliyeva, Həsənov=Həsənova, Hüseynov=Hüseynova, Quliyev=Quliyeva, İsmayılov=İsmayılova, Abdullayev=Abdullayeva, Rzayev=Rzayeva, Babayev=Babayeva, Cəfərov=Cəfərova, Nəsirov=Nəsirova, Kərimov=Kərimova, Mustafayev=Mustafayeva",
    hon="{g} müəllim|m; {g} xanım|f; {g} bəy|m",
    kin="{g} xala|f; {g} dayı|m; {g} nənə|f; {g} baba|m",
    streets="Nizami küçəsi, Füzuli küçəsi, Neftçilər prospekti, Azadlıq prospekti, Bülbül prospekti, Səməd Vurğun küçəsi, Xətai prospekti, Tbilisi prospekti, Rəsul Rza küçəsi, Şərifzadə küçəsi",
    towns="Bakı, Gəncə, Sumqayıt, Mingəçevir, Şəki, Lənkəran, Naxçıvan, Quba, Şirvan",
    addr="{st} {no}, mənzil {nn}|{town} AZ{pc}; {town} şəh., {st}, ev {no}, m. {nn}|AZ {pc}",
    short="{st} {no}, mənzil {nn}; {st}, ev {no}, m. {nn}",
    pc="10##; 20##",
    phone="+994 5# ### ## ##; 05# ### ## ##; 070 ### ## ##; 012 ### ## ##",
    dates="{dd}.{mm}.{y}; {d} {MON} {y}",
    mon="az",
    cur="{n} ₼",
    num="de",
    fx="1.85",
    iban="AZ",
    plate="##-@@-###",
    mail="mail.ru, gmail.com, box.az",
    public="İlham Əliyev, Teymur Rəcəbov, Qurban Qurbanov",
    shops="Bravo, Araz, Bazarstore, Wolt, Bolt Food",
    named="Nizami küçəsi, Füzuli meydanı, Heydər Əliyev Mərkəzi, Səməd Vurğun bağı",
)

# ---------------------------------------------------------------------------- Americas
_US_STREETS = "Main Street, Oak Street, Maple Avenue, Elm Street, Washington Street, Park Avenue, 2nd Street, 3rd Avenue, Pine Street, Cedar Lane, Lakeview Drive, Sunset Boulevard, Highland Avenue, Willow Court, Jefferson Avenue, Martin Luther King Jr Blvd, Broadway, Peachtree Street NE, Bayshore Drive, Mulberry Lane, Chestnut Street, Magnolia Drive, W 4th Street, E Colfax Avenue"
_US_TOWNS = "Austin^ TX, Columbus^ OH, Portland^ OR, Denver^ CO, Raleigh^ NC, Phoenix^ AZ, Brooklyn^ NY, Chicago^ IL, Seattle^ WA, Atlanta^ GA, Minneapolis^ MN, Sacramento^ CA, Tampa^ FL, Nashville^ TN, Boise^ ID, Madison^ WI, Albuquerque^ NM, Pittsburgh^ PA, Oakland^ CA, Jersey City^ NJ, Houston^ TX, Boston^ MA, Los Angeles^ CA, San Antonio^ TX"
_US_ADDR = "{nnn} {st}|{town} {pc}; {no} {st}, Apt {nn}|{town} {pc}; {nnn}{n} {st} #{nn}|{town} {pc}; {nnn} {st}, Unit {n}{L}|{town} {pc}; PO Box {box}|{town} {pc}; {nnn}{n} {st}|{town} {pc}"
_US_SHORT = "{nnn} {st}; {no} {st}, Apt {nn}; {nnn}{n} {st} #{nn}; {nnn} {st}, Unit {n}{L}"
_US_PHONE = (
    "(%##) ###-####; %##-###-####; +1 %##-###-####; +1 (%##) ###-####; %##.###.####; 1-%##-###-####"
)
_US_DL = "@#######; ########; @###-####-####; @### ### ## ### #; WDL?????????; ### ### ###; @##-###-##-###-#; @########"

L(
    "en_US",
    country="United States",
    langs="en",
    gm="James, Michael, Robert, John, David, William, Richard, Joseph, Thomas, Christopher, Daniel, Matthew, Anthony, Brandon, Tyler, Kevin, Jason, DeShawn, Carlos, Luis, Wei, Raj, Ethan, Logan, Hunter, Mason, Earl",
    gf="Mary, Jennifer, Linda, Patricia, Elizabeth, Jessica, Sarah, Ashley, Emily, Megan, Brittany, Lauren, Kayla, Madison, Hannah, Tiffany, Keisha, Maria, Guadalupe, Mei, Priya, Olivia, Ava, Harper, Dolores, Shaniqua",
    fam="Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Garcia, Rodriguez, Wilson, Martinez, Anderson, Taylor, Thomas, Hernandez, Moore, Martin, Jackson, Thompson, White, Lopez, Lee, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King, Nguyen, Kim, Patel, O'Connor, McAllister, Kowalski, Washington, Okonkwo, Schultz, Delgado, Bauer, Hughes, Fitzgerald, Yazzie, Begay",
    nick="Mike, Jen, Liz, Chris, Tony, Bobby, Katie, Becky, Billy, Danny, Deb, Trish, Bubba, Sully",
    streets=_US_STREETS,
    towns=_US_TOWNS,
    addr=_US_ADDR,
    short=_US_SHORT,
    pc="#####; #####-####",
    phone=_US_PHONE,
    dates="{mm}/{dd}/{y}; {MON} {d}, {y}; {m}/{d}/{y}; {m}/{d}/{yy}",
    order="mdy",
    mon="en",
    cur="${n}",
    fx="1.1",
    cards="visa mc amex disc",
    dl=_US_DL,
    pp="#########; @########",
    plate="###-@@@; @@@ ####; #@@@###; ##@ ###",
    mail="gmail.com, yahoo.com, aol.com, comcast.net, att.net, verizon.net, sbcglobal.net, icloud.com",
    area="{sqft}",
    public="Taylor Swift, LeBron James, Joe Biden, Donald Trump, Oprah Winfrey, Tom Brady, Simone Biles, Stephen Curry, Dolly Parton",
    shops="Walmart, Target, Home Depot, Lowe's, Costco, Trader Joe's, Whole Foods, DoorDash, Instacart, Wayfair, Zillow, Craigslist, Best Buy, Grubhub",
    named="Martin Luther King Jr. Boulevard, Lincoln Park, Washington Square, Roosevelt Avenue, Jefferson Memorial, Kennedy Center, Cesar Chavez Street, Harriet Tubman Park",
)
L(
    "es_US",
    country="United States",
    langs="es en",
    style="es",
    gm="José, Luis, Carlos, Juan, Miguel, Jorge, Jesús, Francisco, Alejandro, Edgar, Óscar, Mario, Héctor, Víctor",
    gf="María, Guadalupe, Rosa, Ana, Carmen, Verónica, Yesenia, Leticia, Alejandra, Maribel, Araceli, Daniela, Gabriela, Marisol",
    fam="García, Rodríguez, Martínez, Hernández, López, González, Pérez, Sánchez, Ramírez, Torres, Flores, Rivera, Gómez, Díaz, Reyes, Morales, Cruz, Ortiz, Gutiérrez, Chávez, Ramos, Ruiz, Mendoza, Castillo, Vargas",
    nick="Lupita, Chuy, Pepe, Memo, Lalo, Beto, Toño, Chela, Nacho",
    hon="Sr. {f}|m; Sra. {f}|f; don {g}|m; doña {g}|f; Señor {f}|m; Señora {f}|f",
    kin="tía {g}|f; tío {g}|m; abuelita {g}|f; comadre {g}|f; compadre {g}|m; doña {g}|f",
    kin_en="Tía {g}|f; Tío {g}|m; Doña {g}|f",
    streets=_US_STREETS,
    towns=_US_TOWNS,
    addr=_US_ADDR,
    short=_US_SHORT,
    pc="#####",
    phone=_US_PHONE,
    dates="{mm}/{dd}/{y}; {d} de {MON} de {y}; {m}/{d}/{y}",
    order="mdy",
    mon="es",
    cur="${n}",
    fx="1.1",
    cards="visa mc",
    dl=_US_DL,
    pp="#########; G########",
    plate="###-@@@; @@@ ####; #@@@###",
    mail="gmail.com, yahoo.com, hotmail.com, outlook.com",
    area="{sqft}",
    public="Bad Bunny, Selena Quintanilla, Jennifer Lopez, Alexandria Ocasio-Cortez, Lionel Messi",
    shops="Walmart, Target, El Super, Northgate Market, Western Union, Home Depot, Vallarta, Remitly",
    named="Cesar Chavez Avenue, Roberto Clemente Park, Martin Luther King Jr. Boulevard, Dolores Huerta Elementary",
)
L(
    "en_CA",
    country="Canada",
    langs="en",
    gm="Liam, Noah, Benjamin, Lucas, Owen, Nathan, Ryan, Justin, Tyler, Connor, Brett, Gurpreet, Harjit, Jean-Marc, Wei, Ahmed, Dylan, Wayne",
    gf="Emma, Olivia, Charlotte, Chloe, Ava, Madison, Brianna, Jasmine, Gurleen, Simran, Mei, Kaitlyn, Shannon, Brooke, Danielle, Nicole",
    fam="Smith, Brown, Tremblay, Martin, Roy, Wilson, MacDonald, Gagnon, Johnson, Taylor, Campbell, Anderson, Leblanc, Lee, Wong, Singh, Gill, Sandhu, Chen, Thompson, White, Stewart, MacLeod, Fraser, Côté, Bouchard, Nguyen, Patel, Morrison, Reid",
    streets="Main Street, King Street West, Queen Street East, Yonge Street, Dundas Street, Bloor Street West, Granville Street, Jasper Avenue, 17th Avenue SW, Portage Avenue, Maple Crescent, Birch Road, Lakeshore Boulevard, Spadina Avenue, Robson Street, Commercial Drive, Water Street",
    towns="Toronto^ ON, Vancouver^ BC, Calgary^ AB, Edmonton^ AB, Ottawa^ ON, Winnipeg^ MB, Halifax^ NS, Victoria^ BC, Mississauga^ ON, Hamilton^ ON, Saskatoon^ SK, Regina^ SK, St. John's^ NL, Kelowna^ BC, Brampton^ ON",
    addr="{nnn} {st}|{town}  {pc}; {nn}-{nnn} {st}|{town} {pc}; Unit {nnn}, {nnn} {st}|{town} {pc}; {nnn} {st}, Apt {nn}|{town} {pc}",
    short="{nnn} {st}; {nn}-{nnn} {st}; Unit {nnn}, {nnn} {st}",
    pc="@#@ #@#",
    phone="(%##) ###-####; %##-###-####; +1 %##-###-####; %##.###.####",
    dates="{y}-{mm}-{dd}; {MON} {d}, {y}; {dd}/{mm}/{y}",
    order="mdy",
    mon="en",
    cur="${n}",
    fx="1.5",
    cards="visa mc amex",
    dl="@####-#####-#####; @###-###-###; #######",
    pp="@@######",
    plate="@@@@ ###; ###-@@@; @@@-####",
    mail="rogers.com, shaw.ca, bell.net, sympatico.ca, telus.net, gmail.com, hotmail.com",
    area="{sqft}",
    public="Wayne Gretzky, Justin Trudeau, Céline Dion, Drake, Connor McDavid, Mark Carney",
    shops="Loblaws, Canadian Tire, Tim Hortons, Shoppers Drug Mart, Costco, No Frills, SkipTheDishes, Kijiji, Home Hardware, Sobeys",
    named="Sir John A. Macdonald Parkway, Jack Layton Ferry Terminal, Terry Fox Drive, Laurier Avenue, Queen Elizabeth Way",
)
L(
    "fr_CA",
    country="Canada",
    langs="fr",
    gm="Jean-François, Mathieu, Félix, Gabriel, Samuel, William, Olivier, Alexandre, Maxime, Étienne, Marc-André, Sylvain, Éric, Guy",
    gf="Marie-Ève, Catherine, Isabelle, Geneviève, Julie, Mélanie, Valérie, Émilie, Léa, Rosalie, Chloé, Josée, Nathalie, Annie",
    fam="Tremblay, Gagnon, Roy, Côté, Bouchard, Gauthier, Morin, Lavoie, Fortin, Gagné, Ouellet, Pelletier, Bélanger, Lévesque, Bergeron, Leblanc, Paquette, Girard, Simard, Boucher, Caron, Beaulieu, Cloutier, Dubé, Poirier",
    nick="Frank, Mimi, Steph, Cath, Max, Ti-Guy, Ti-Jean",
    hon="M. {f}|m; Mme {f}|f; monsieur {f}|m; madame {f}|f",
    kin="ma tante {g}|f; mon oncle {g}|m; grand-maman {g}|f; grand-papa {g}|m; matante {g}|f",
    streets="rue Saint-Denis, boulevard Saint-Laurent, rue Sainte-Catherine Est, avenue du Mont-Royal, rue Sherbrooke Ouest, chemin de la Côte-des-Neiges, rue Notre-Dame, boulevard René-Lévesque, rue de la Canardière, rue Principale, avenue Papineau, rue Beaubien",
    towns="Montréal, Québec, Laval, Gatineau, Longueuil, Sherbrooke, Trois-Rivières, Saguenay, Lévis",
    addr="{nnn}{n}, {st}, app. {nn}|{town} (Québec)  {pc}; {nnn}-{nnn}{n}, {st}|{town} QC  {pc}; {nnn} {st}|{town} QC {pc}",
    short="{nnn}{n}, {st}; {nnn}-{nnn}{n}, {st}; {nnn}{n}, {st}, app. {nn}",
    pc="H#@ #@#; G#@ #@#; J#@ #@#",
    phone="514-###-####; 438 ###-####; (418) ###-####; 450-###-####; +1 514 ###-####",
    dates="{y}-{mm}-{dd}; {d} {MON} {y}; {dd}/{mm}/{y}",
    order="ymd",
    mon="fr",
    cur="{n} $",
    num="fr",
    fx="1.5",
    cards="visa mc",
    dl="@####-######-##",
    pp="@@######",
    plate="@## @@@; ### @@@",
    mail="videotron.ca, sympatico.ca, hotmail.com, gmail.com",
    area="{sqft}",
    public="Céline Dion, Georges St-Pierre, Xavier Dolan, François Legault, Guy Lafleur",
    shops="IGA, Metro, Provigo, Jean Coutu, Canadian Tire, RONA, Dollarama, Kijiji, Marketplace",
    named="boulevard René-Lévesque, rue Jean-Talon, parc Jean-Drapeau, place Émilie-Gamelin",
)
L(
    "es_MX",
    country="Mexico",
    langs="es",
    style="es",
    gm="José, Juan, Luis, Carlos, Jorge, Alejandro, Miguel Ángel, Fernando, Ricardo, Eduardo, Roberto, Arturo, Sergio, Emiliano, Santiago, Diego, Rodrigo, Jesús",
    gf="María Guadalupe, Guadalupe, María Fernanda, Ximena, Valeria, Fernanda, Andrea, Daniela, Mariana, Sofía, Adriana, Verónica, Leticia, Claudia, Rocío, Itzel, Citlali, Brenda",
    fam="Hernández, García, Martínez, López, González, Pérez, Rodríguez, Sánchez, Ramírez, Cruz, Flores, Gómez, Morales, Vázquez, Reyes, Jiménez, Torres, Díaz, Gutiérrez, Ruiz, Mendoza, Aguilar, Ortiz, Moreno, Castillo, Romero, Álvarez, Méndez, Chávez, Rivera, Juárez, Domínguez",
    nick="Lupita, Chuy, Pepe, Memo, Lalo, Paco, Beto, Toño, Chela, Güero, Nacho, Poncho",
    hon="Sr. {f}|m; Sra. {f}|f; don {g}|m; doña {g}|f; Lic. {f}; Ing. {f}; seño {g}|f",
    kin="tía {g}|f; tío {g}|m; doña {g}|f; abuelita {g}|f; comadre {g}|f; compadre {g}|m",
    kin_en="Tía {g}|f; Tío {g}|m; Doña {g}|f",
    streets="Calle Hidalgo, Av. Insurgentes Sur, Calle Morelos, Av. Juárez, Calle 5 de Mayo, Av. Reforma, Calle Benito Juárez, Calle Zaragoza, Calle Allende, Calle Guerrero, Av. Revolución, Calle de los Pinos, Calle Tulipanes, Av. Vallarta, Calle Madero, Calle Jacarandas",
    towns="Ciudad de México, Guadalajara, Monterrey, Puebla, Tijuana, León, Querétaro, Mérida, Toluca, San Luis Potosí, Aguascalientes, Morelia, Oaxaca de Juárez, Cancún, Chihuahua, Hermosillo",
    dists="Col. Roma Norte, Col. Condesa, Col. Del Valle, Col. Centro, Col. Americana, Col. Providencia, Col. Narvarte, Col. Polanco, Fracc. Las Américas, Col. Obrera",
    regs="CDMX, Jal., N.L., Pue., Qro., Yuc., Edo. Méx.",
    addr="{st} {no}, Int. {n}|{dist}|{pc} {town}, {reg}; {st} #{nnn}|{dist}, C.P. {pc}|{town}, {reg}; {st} {no}, Depto. {nnn}|{dist}, {town}, {reg}|C.P. {pc}; Mz. {nn} Lt. {nn}, {st}|{dist}|{town}, {reg}",
    short="{st} {no}, Int. {n}; {st} #{nnn}; {st} {no}, Depto. {nnn}",
    pc="0####; 4####; 6####; 7####",
    phone="55 #### ####; +52 55 #### ####; +52 1 33 #### ####; 33 #### ####; 81 #### ####; (55) ####-####; 5#########",
    dates="{dd}/{mm}/{y}; {d} de {MON} de {y}; {dd}-{mm}-{y}",
    mon="es",
    cur="${n}",
    fx="20",
    cards="visa mc amex",
    dl="@########",
    pp="G########; @########",
    plate="@@@-###-@; @@@-##-##",
    mail="hotmail.com, gmail.com, yahoo.com.mx, prodigy.net.mx, outlook.com",
    public="Checo Pérez, Claudia Sheinbaum, Guillermo del Toro, Salma Hayek, Canelo Álvarez, Frida Kahlo, Luis Miguel",
    shops="Oxxo, Soriana, Walmart, Liverpool, Chedraui, Coppel, Elektra, Rappi, DiDi Food, Mercado Libre, Home Depot",
    named="Avenida Miguel Hidalgo, Calle Francisco I. Madero, Parque Lincoln, Monumento a Cuauhtémoc, Av. Lázaro Cárdenas, Jardín Frida Kahlo",
)
L(
    "es_AR",
    country="Argentina",
    langs="es",
    style="es",
    gm="Juan Pablo, Martín, Santiago, Nicolás, Facundo, Matías, Lucas, Gonzalo, Federico, Diego, Ezequiel, Agustín, Rodrigo, Leandro, Hernán",
    gf="Sofía, Valentina, Camila, Florencia, Lucía, Agustina, Micaela, Julieta, Carolina, Romina, Paula, Milagros, Silvina, Mariela, Luciana",
    fam="González, Rodríguez, Gómez, Fernández, López, Díaz, Martínez, Pérez, García, Sánchez, Romero, Sosa, Torres, Álvarez, Ruiz, Ramírez, Flores, Benítez, Acosta, Medina, Herrera, Aguirre, Pereyra, Gutiérrez, Giménez, Molina, Silva, Castro, Rossi, Russo, Cohen, Kaplan",
    nick="Tincho, Facu, Nico, Santi, Flor, Cami, Juampi, Gonza, Pato, Mica, Lu",
    hon="Sr. {f}|m; Sra. {f}|f; don {g}|m; doña {g}|f",
    kin="tía {g}|f; tío {g}|m; abuela {g}|f; la nona {g}|f",
    streets="Av. Corrientes, Av. Santa Fe, Av. Rivadavia, Calle Florida, Av. Cabildo, Thames, Gorriti, Honduras, Av. Scalabrini Ortiz, Av. del Libertador, Bulnes, Av. San Martín, Calle Mendoza, Bv. Oroño, Av. Colón",
    towns="CABA, Buenos Aires, Córdoba, Rosario, Mendoza, La Plata, Mar del Plata, San Miguel de Tucumán, Salta, Santa Fe, Neuquén, Bariloche",
    addr="{st} {nnn}{n}, {fl}° {L}|{pc} {town}; {st} {nnn}, Piso {fl}, Depto. {L}|({pc}) {town}; {st} {nnn}{n}|{town}, {pc}",
    short="{st} {nnn}{n}, {fl}° {L}; {st} {nnn}, Piso {fl}, Depto. {L}",
    pc="C14##@@@; ####; B16##@@@; X50##@@@",
    phone="+54 9 11 ####-####; 11 ####-####; 15-####-####; +54 9 351 ###-####; (011) ####-####; 011 15 ####-####",
    dates="{dd}/{mm}/{y}; {d} de {MON} de {y}; {d}/{m}/{y}",
    mon="es",
    cur="${n}",
    num="de",
    fx="1100",
    cards="visa mc amex",
    dl="########",
    pp="@@@######",
    plate="@@ ### @@; @@@ ###",
    mail="hotmail.com, gmail.com, yahoo.com.ar, fibertel.com.ar, outlook.com",
    public="Lionel Messi, Diego Maradona, Javier Milei, Mercedes Sosa, Tini Stoessel, Lionel Scaloni",
    shops="Coto, Carrefour, Día, Jumbo, Mercado Libre, PedidosYa, Rappi, Easy, Frávega",
    named="Plaza San Martín, Av. del Libertador, Av. Juan B. Justo, Plaza Dorrego, Estadio Diego Armando Maradona, calle Jorge Luis Borges",
)
L(
    "es_CO",
    country="Colombia",
    langs="es",
    style="es",
    gm="Juan Carlos, Andrés, Santiago, Sebastián, Camilo, Felipe, Julián, Carlos Andrés, Jhon, Brayan, Alejandro, Mauricio, Jorge",
    gf="María Camila, Valentina, Daniela, Laura, Natalia, Paola, Luisa Fernanda, Andrea, Diana, Catalina, Yuliana, Angie, Marcela",
    fam="Rodríguez, Gómez, González, Martínez, García, López, Hernández, Sánchez, Ramírez, Pérez, Díaz, Muñoz, Rojas, Moreno, Jiménez, Vargas, Castro, Gutiérrez, Ospina, Restrepo, Cárdenas, Zapata, Arango, Londoño, Valencia, Castaño",
    nick="Pipe, Juancho, Mona, Pacho, Nando, Cami, Mafe, Caro",
    hon="Sr. {f}|m; Sra. {f}|f; don {g}|m; doña {g}|f; señora {g}|f",
    kin="tía {g}|f; tío {g}|m; abuelita {g}|f; doña {g}|f",
    streets="Calle, Carrera, Diagonal, Transversal, Avenida Calle, Avenida Carrera",
    dists="Chapinero, Usaquén, El Poblado, Laureles, Envigado, Granada, San Fernando, Teusaquillo, Suba, Cedritos, Bocagrande",
    towns="Bogotá, Medellín, Cali, Barranquilla, Cartagena, Bucaramanga, Pereira, Manizales, Santa Marta, Cúcuta, Ibagué, Villavicencio",
    addr="{st} {nn} # {nn}-{nn}, Apto {nnn}|{dist}, {town}; {st} {nn}{L} # {nn}-{nn}|{town}; {st} {nn} # {nn}-{nn}, Torre {n}, Apto {nnn}|{dist}|{town}",
    short="{st} {nn} # {nn}-{nn}; {st} {nn} # {nn}-{nn}, Apto {nnn}; {st} {nn}{L} # {nn}-{nn}",
    phone="+57 3## ### ####; 3## ### ####; 3## #######; (601) ### ####; 601 #######",
    dates="{dd}/{mm}/{y}; {d} de {MON} de {y}",
    mon="es",
    cur="${n}",
    num="de0",
    fx="4500",
    cards="visa mc",
    dl="##########",
    pp="@@######",
    plate="@@@ ###; @@@-###",
    mail="hotmail.com, gmail.com, yahoo.es, outlook.com",
    public="Shakira, James Rodríguez, Gustavo Petro, Karol G, Juanes, Gabriel García Márquez, Egan Bernal",
    shops="Éxito, Carulla, D1, Ara, Olímpica, Rappi, Homecenter, Falabella",
    named="Avenida Jiménez, Parque Simón Bolívar, Plaza de Bolívar, Estadio Atanasio Girardot, Parque Santander",
)
L(
    "es_CL",
    country="Chile",
    langs="es",
    style="es",
    gm="Benjamín, Vicente, Matías, Joaquín, Cristóbal, Sebastián, Felipe, Tomás, Ignacio, Francisco, Rodrigo, Claudio, Patricio",
    gf="Constanza, Javiera, Catalina, Francisca, Fernanda, Valentina, Josefa, Camila, Macarena, Daniela, Paz, Carolina, Ximena",
    fam="González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez",
    nick="Coni, Cata, Pancho, Nacho, Feña, Maca, Pato, Cote, Seba",
    hon="Sr. {f}|m; Sra. {f}|f; don {g}|m; señora {g}|f; tía {g}|f",
    kin="tía {g}|f; tío {g}|m; la abuela {g}|f; tata {g}|m",
    streets="Av. Providencia, Av. Libertador Bernardo O'Higgins, Av. Apoquindo, Av. Irarrázaval, Calle Merced, José Miguel de la Barra, Av. Matta, Av. Vicuña Mackenna, Los Leones, Pasaje Las Acacias, Av. Grecia, Calle Valparaíso",
    towns="Santiago, Providencia, Ñuñoa, Las Condes, Valparaíso, Viña del Mar, Concepción, La Serena, Antofagasta, Temuco, Puerto Montt, Rancagua",
    regs="Región Metropolitana, Región de Valparaíso, Región del Biobío",
    addr="{st} {nnn}{n}, depto. {nnn}|{town}; {st} {nnn}, dpto {nn}{L}|{town}, {reg}; {st} {nnn}{n}, casa {n}|{town}",
    short="{st} {nnn}{n}, depto. {nnn}; {st} {nnn}",
    phone="+56 9 #### ####; 9 #### ####; +56 2 #### ####; 09-####-####",
    dates="{dd}-{mm}-{y}; {dd}/{mm}/{y}; {d} de {MON} de {y}",
    mon="es",
    cur="${n}",
    num="de0",
    fx="1000",
    dl="########",
    pp="@########",
    plate="@@@@-##; @@-####",
    mail="gmail.com, hotmail.com, vtr.net, outlook.com",
    public="Alexis Sánchez, Gabriel Boric, Arturo Vidal, Pablo Neruda, Gabriela Mistral, Michelle Bachelet",
    shops="Líder, Jumbo, Unimarc, Santa Isabel, Sodimac, Falabella, Ripley, Rappi, PedidosYa",
    named="Av. Libertador Bernardo O'Higgins, Plaza Baquedano, Parque Bustamante, Estadio Nacional Julio Martínez Prádanos",
)
L(
    "es_PE",
    country="Peru",
    langs="es",
    style="es",
    gm="Luis, Jorge, Carlos, José, Juan, Miguel, César, Renzo, Piero, Diego, Alonso, Christian, Wilmer",
    gf="Rosa, María, Carmen, Milagros, Katherine, Lucía, Fiorella, Claudia, Andrea, Jimena, Sandra, Yolanda, Gianella",
    fam="Quispe, Flores, Sánchez, Rodríguez, García, Rojas, Huamán, Mamani, Vásquez, Chávez, Ramírez, Torres, Mendoza, Díaz, Castillo, Condori, Gutiérrez, Espinoza, Paredes, Salazar, Vargas, Huanca, Ticona",
    hon="Sr. {f}|m; Sra. {f}|f; don {g}|m; doña {g}|f",
    kin="tía {g}|f; tío {g}|m; abuelita {g}|f; mamita {g}|f",
    streets="Av. Arequipa, Jr. de la Unión, Av. Javier Prado, Calle Las Begonias, Av. Larco, Jr. Junín, Av. Brasil, Calle Los Álamos, Av. La Marina, Jr. Huallaga, Av. Benavides, Pasaje Los Jazmines",
    towns="Lima, Miraflores, San Isidro, Surco, San Borja, Arequipa, Cusco, Trujillo, Chiclayo, Piura, Iquitos, Huancayo",
    addr="{st} {nnn}, Dpto. {nnn}|{town}; {st} {nnn} Int. {n}|{town} {pc}; Mz. {L} Lt. {nn}, {st}|{town}",
    short="{st} {nnn}, Dpto. {nnn}; {st} {nnn} Int. {n}",
    pc="150##",
    phone="+51 9## ### ###; 9## ### ###; (01) ###-####; 01 #######",
    dates="{dd}/{mm}/{y}; {d} de {MON} de {y}",
    mon="es",
    cur="S/ {n}",
    fx="4.1",
    plate="@@@-###; @#@-###",
    mail="hotmail.com, gmail.com, yahoo.es",
    public="Paolo Guerrero, Mario Vargas Llosa, Susana Baca, Gianluca Lapadula, Dina Boluarte",
    shops="Plaza Vea, Tottus, Metro, Wong, Sodimac, Rappi, PedidosYa",
    named="Av. Javier Prado, Parque Kennedy, Plaza San Martín, Av. Benavides, Estadio Alejandro Villanueva",
)
L(
    "pt_BR",
    country="Brazil",
    langs="pt",
    style="pt",
    gm="João, Pedro, Lucas, Gabriel, Matheus, Rafael, Felipe, Gustavo, Bruno, Rodrigo, Thiago, Leonardo, Carlos Eduardo, José Carlos, Marcos, Wellington, Anderson, Davi, Arthur, Enzo, Luiz Henrique",
    gf="Maria Eduarda, Ana Clara, Júlia, Beatriz, Larissa, Camila, Fernanda, Aline, Juliana, Patrícia, Letícia, Gabriela, Bruna, Vanessa, Francisca, Luana, Thaís, Raimunda, Helena, Alice",
    fam="Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa, Ribeiro, Martins, Carvalho, Almeida, Lopes, Soares, Fernandes, Vieira, Barbosa, Rocha, Dias, Nascimento, Andrade, Moreira, Nunes, Marques, Machado, Mendes, Freitas, Cardoso, Ramos, Gonçalves, Santana, Teixeira, Araújo, Cavalcanti, Nakamura, Yamamoto, Schmidt",
    nick="Zé, Juju, Biel, Dudu, Nanda, Rafa, Gabi, Lu, Léo, Fê, Tati, Carol, Bia, Dani",
    hon="Sr. {f}|m; Sra. {f}|f; seu {g}|m; dona {g}|f; Dr. {g}; D. {g}|f",
    kin="tia {g}|f; tio {g}|m; vó {g}|f; vô {g}|m; madrinha {g}|f",
    kin_en="Tia {g}|f; Tio {g}|m",
    streets="Rua das Flores, Avenida Paulista, Rua Augusta, Rua Oscar Freire, Avenida Brasil, Rua XV de Novembro, Rua da Consolação, Avenida Atlântica, Rua Voluntários da Pátria, Avenida Getúlio Vargas, Rua Sete de Setembro, Rua Barão de Jaguara, Rua dos Pinheiros, Avenida Afonso Pena, Rua Bahia, Travessa São José",
    towns="São Paulo - SP, Rio de Janeiro - RJ, Belo Horizonte - MG, Salvador - BA, Fortaleza - CE, Curitiba - PR, Recife - PE, Porto Alegre - RS, Brasília - DF, Manaus - AM, Goiânia - GO, Campinas - SP, Florianópolis - SC, Belém - PA, Niterói - RJ",
    dists="Pinheiros, Vila Madalena, Copacabana, Botafogo, Savassi, Boa Viagem, Moinhos de Vento, Asa Norte, Batel, Mooca, Tijuca, Barra da Tijuca, Centro",
    addr="{st}, {nnn}, apto {nn}|{dist}|{town}|CEP {pc}; {st}, {no} - {dist}|{town}, {pc}; {st}, nº {nnn}, bloco {L}, apto {nnn}|{dist}, {town}|{pc}; {st}, {nnn}, casa {n}|{dist} - {town}|CEP {pc}",
    short="{st}, {nnn}, apto {nn}; {st}, {no}; {st}, nº {nnn}, bloco {L}, apto {nnn}",
    pc="#####-###",
    phone="(11) 9####-####; +55 11 9####-####; (21) 9####-####; 11 9#### ####; +55 (31) 9####-####; (51) ####-####",
    dates="{dd}/{mm}/{y}; {d} de {MON} de {y}; {dd}.{mm}.{y}",
    mon="pt",
    cur="R$ {n}",
    num="de",
    fx="6",
    iban="BR",
    cards="visa mc elo",
    dl="###########",
    pp="@@######",
    plate="@@@#@##; @@@-####",
    mail="uol.com.br, bol.com.br, terra.com.br, ig.com.br, gmail.com, hotmail.com, yahoo.com.br",
    public="Neymar, Pelé, Lula, Anitta, Gisele Bündchen, Vinícius Júnior, Ayrton Senna, Marta",
    shops="Pão de Açúcar, Carrefour, Magazine Luiza, Casas Bahia, iFood, Mercado Livre, Leroy Merlin, Americanas, Rappi, QuintoAndar",
    named="Avenida Getúlio Vargas, Praça Tiradentes, Estádio Mário Filho, Avenida Presidente Vargas, Aeroporto Santos Dumont",
)
L(
    "en_JM",
    country="Jamaica",
    langs="en",
    gm="Andre, Kemar, Marlon, Damion, Shane, Jermaine, Omar, Ricardo, Rohan, Delroy, Winston, Tajay",
    gf="Shanice, Tameka, Kerry-Ann, Latoya, Nadine, Sasha-Gaye, Tanisha, Simone, Alicia, Monique, Kimberley, Shauna",
    fam="Brown, Williams, Campbell, Smith, Thompson, Johnson, Clarke, Reid, Wright, Francis, Grant, McKenzie, Bailey, Morgan, Gordon, Henry, Lewis, Stewart, Hylton, Walters, Powell, Forbes",
    hon_en="Miss {g}|f; Mass {g}|m; Mr. {f}|m; Mrs. {f}|f",
    kin_en="Auntie {g}|f; Granny {g}|f; Uncle {g}|m; Miss {g}|f",
    streets="Hope Road, Constant Spring Road, Half Way Tree Road, Barbican Road, Red Hills Road, Molynes Road, Mannings Hill Road, Old Hope Road, Hagley Park Road, Waltham Park Road, Orange Street, Main Street",
    towns="Kingston 6, Kingston 10, Kingston 19, Spanish Town, Montego Bay, Portmore, Mandeville, May Pen, Ocho Rios, Old Harbour, Negril",
    regs="St. Andrew, St. Catherine, St. James, Clarendon, Manchester, St. Ann",
    addr="{no} {st}|{town}|{reg}; Lot {nnn}, {st}|{town}, {reg}; Apt {n}, {no} {st}|{town}; {no} {st}, off {st2}|{town}, {reg}",
    short="{no} {st}; Lot {nnn}, {st}; Apt {n}, {no} {st}",
    phone="(876) ###-####; 876-###-####; +1 876 ### ####; 876 ### ####",
    dates="{d} {MON} {y}; {dd}/{mm}/{y}",
    mon="en",
    cur="J${n}",
    fx="170",
    plate="####@@; @@ ####",
    mail="yahoo.com, gmail.com, hotmail.com, cwjamaica.com",
    public="Usain Bolt, Bob Marley, Shelly-Ann Fraser-Pryce, Andrew Holness, Sean Paul",
    shops="Hi-Lo, MegaMart, Progressive Foods, Juici Patties, Digicel, Flow",
    named="Marcus Garvey Drive, National Heroes Park, Sangster International Airport, Norman Manley Boulevard",
)
L(
    "es_CR",
    country="Costa Rica",
    langs="es",
    style="es",
    gm="José Pablo, Andrés, Esteban, Luis Diego, Mauricio, Fabián, Johnny, Randall, Alonso, José Alberto, Kevin, Bryan",
    gf="María José, Daniela, Natalia, Melissa, Karla, Paola, Raquel, Yendry, Hazel, Marjorie, Wendy, Fiorella",
    fam="Rodríguez, Vargas, Jiménez, Mora, Rojas, González, Solano, Sánchez, Hernández, Ramírez, Castro, Alvarado, Chaves, Quesada, Araya, Salas, Brenes, Calderón, Zúñiga, Villalobos, Arias, Segura",
    hon="don {g}|m; doña {g}|f; Sr. {f}|m; Sra. {f}|f",
    kin="tía {g}|f; tío {g}|m; abuelita {g}|f; doña {g}|f",
    lms="la iglesia católica, el Más x Menos, la plaza de deportes, el antiguo higuerón, la escuela, la pulpería La Esquina, el Palí, el parque central, la bomba Uno, el Banco Nacional, el Automercado",
    dists="Barrio Escalante, Los Yoses, Sabanilla, San Pedro, Curridabat, Rohrmoser, Pavas, Barrio Amón, Escazú centro, Santa Ana, Guadalupe, Tibás",
    towns="San José, Heredia, Alajuela, Cartago, Escazú, Liberia, Puntarenas, Limón, Grecia",
    addr="de {lm} {nnn} metros al norte y 50 al este, casa {nn} portón negro|{dist}, {town}; {dist}, de {lm} 100 sur, 25 oeste, casa esquinera|{town}; {dist}, {town}, de {lm} 300 m este, apartamento {n}",
    short="de {lm} {nnn} metros al norte, casa {nn}; de {lm} 100 sur y 25 oeste, casa esquinera",
    phone="+506 8### ####; 8###-####; 6###-####; 2###-####",
    dates="{dd}/{mm}/{y}; {d} de {MON} de {y}",
    mon="es",
    cur="₡{n}",
    num="fr",
    fx="560",
    iban="CR",
    plate="@@@-###; ######",
    mail="gmail.com, hotmail.com, racsa.co.cr, ice.co.cr",
    public="Keylor Navas, Rodrigo Chaves, Óscar Arias, Claudia Poll",
    shops="Automercado, Más x Menos, Palí, Walmart, EPA, Uber Eats, Correos de Costa Rica",
    named="Parque Morazán, Estadio Ricardo Saprissa, Paseo Colón, Aeropuerto Juan Santamaría",
)
L(
    "ht_HT",
    country="Haiti",
    langs="ht fr",
    gm="Jean-Baptiste, Wilner, Jean Robert, Frantz, Pierre-Louis, Jean Claude, Wisly, Ricardo, Emmanuel, Dieudonné, Jonas, Stanley",
    gf="Marie-Carmel, Guerline, Nadège, Rose-Marie, Mirlande, Fabiola, Widelande, Nathalie, Lovely, Darline, Wideline, Magalie",
    fam="Jean-Baptiste, Pierre, Joseph, Louis, Charles, Jean, Paul, Saint-Fleur, Dorval, Étienne, Désir, Augustin, Célestin, Alexis, Noël, Michel, Dorcélus, Exantus, Lafortune",
    hon="Msye {f}|m; Madan {g}|f; M. {f}|m; Mme {f}|f",
    kin="Tant {g}|f; Tonton {g}|m; Grann {g}|f; Manmi {g}|f",
    streets="Rue Capois, Avenue John Brown, Rue Grégoire, Delmas 33, Delmas 75, Rue Pavée, Route de Frères, Rue Lamarre, Avenue Christophe, Rue Panaméricaine, Impasse Lavaud",
    towns="Port-au-Prince, Pétion-Ville, Delmas, Cap-Haïtien, Les Cayes, Gonaïves, Jacmel, Carrefour, Tabarre, Croix-des-Bouquets",
    lms="l'église Saint-Pierre, la station Total, le marché, l'école nationale, le bureau Digicel",
    addr="{no}, {st}|{town}; {st}, #{nn}, près de {lm}|{town}; {st} #{nn}, {town}",
    short="{no}, {st}; {st}, #{nn}, près de {lm}",
    phone="+509 3# ## ####; 3###-####; +509 4### ####; 509-3###-####",
    dates="{dd}/{mm}/{y}; {d} {MON} {y}",
    mon="fr",
    cur="{n} goud",
    num="fr",
    fx="145",
    plate="@@-#####",
    mail="gmail.com, hotmail.com, yahoo.fr",
    public="Wyclef Jean, Toussaint Louverture, Jean-Jacques Dessalines",
    shops="Digicel, Natcom, Caribbean Supermarket, Giant, MonCash",
    named="Avenue John Brown, Rue Capois, Place Boyer, Aéroport Toussaint Louverture",
)

# ---------------------------------------------------------------------------- Africa
L(
    "en_NG",
    country="Nigeria",
    langs="en",
    gm="Chukwuemeka, Oluwaseun, Babatunde, Ifeanyi, Tunde, Emeka, Chinedu, Abubakar, Musa, Ibrahim, Olumide, Segun, Kelechi, Obinna, Yusuf, Adewale, Samuel, Daniel",
    gf="Ngozi, Adaeze, Chiamaka, Funmilayo, Folake, Aisha, Zainab, Amaka, Yetunde, Blessing, Chioma, Temitope, Ifeoma, Nneka, Halima, Bukola, Precious, Esther",
    fam="Okafor, Adeyemi, Okonkwo, Ogunleye, Eze, Nwosu, Bello, Abubakar, Ibrahim, Adebayo, Okeke, Olawale, Balogun, Onyeka, Chukwu, Obi, Danjuma, Suleiman, Adeleke, Oyelaran, Akinola, Ezekwesili, Oyebanji, Ekwueme, Lawal, Usman",
    nick="Tunde, Seun, Ify, Chi-Chi, Funmi, Bukky, Dayo, Jide, Ebuka",
    hon_en="Mrs {f}|f; Chief {f}|m; Alhaji {g}|m; Hajiya {g}|f; Engr. {f}; Barr. {f}; Pastor {g}; Mama {g}|f; Oga {g}|m",
    kin_en="Aunty {g}|f; Uncle {g}|m; Mummy {g}|f; Daddy {g}|m; Brother {g}|m; Sister {g}|f",
    streets="Admiralty Way, Awolowo Road, Adeola Odeku Street, Allen Avenue, Herbert Macaulay Way, Bode Thomas Street, Ahmadu Bello Way, Aminu Kano Crescent, Ogui Road, Opebi Road, Isaac John Street, Ajose Adeogun Street, Kofo Abayomi Street, Ikwerre Road",
    towns="Lagos, Ikeja, Lekki, Victoria Island, Surulere, Yaba, Abuja, Port Harcourt, Ibadan, Kano, Enugu, Benin City, Kaduna, Owerri, Abeokuta",
    dists="Lekki Phase 1, Ikoyi, Wuse 2, Garki, Maitama, GRA, Magodo, Gbagada, Ajah, Festac Town",
    lms="Shoprite, the First Bank, Lekki toll gate, the central mosque, the Redeemed church, the Total filling station, Chicken Republic",
    addr="{no} {st}|{dist}|{town}; Flat {n}, Block {L}, {st}|{dist}, {town}; House {nn}, {st}, off {st2}|{town}; {no} {st}, opposite {lm}|{dist}, {town}; Plot {nnn}, {st}|{dist}|{town}",
    short="{no} {st}; House {nn}, {st}, off {st2}; Flat {n}, Block {L}, {st}",
    phone="0803 ### ####; +234 803 ### ####; 080########; +234 (0)8## ### ####; 0906 ### ####; 0812-###-####; 07## ### ####",
    dates="{d} {MON} {y}; {dd}/{mm}/{y}; {d}/{m}/{y}",
    mon="en",
    cur="₦{n}",
    fx="1700",
    cards="visa mc",
    dl="@@@#####@@##",
    pp="@########",
    plate="@@@-###@@",
    mail="yahoo.com, gmail.com, hotmail.com, ymail.com",
    public="Burna Boy, Wizkid, Davido, Bola Tinubu, Chimamanda Ngozi Adichie, Victor Osimhen, Asisat Oshoala, Tems",
    shops="Shoprite, Jumia, Konga, Chowdeck, Glovo, Spar, GIG Logistics, Jiji",
    named="Ahmadu Bello Way, Herbert Macaulay Way, Murtala Muhammed Airport, Obafemi Awolowo University, Tafawa Balewa Square, Nnamdi Azikiwe Street",
)
L(
    "en_KE",
    country="Kenya",
    langs="en sw",
    gm="Brian, Kevin, Dennis, Collins, Victor, Peter, Joseph, Ian, Felix, Emmanuel, Samuel, Stephen, Ochieng, Kiprono",
    gf="Faith, Mercy, Grace, Joy, Winnie, Cynthia, Sharon, Purity, Esther, Wanjiru, Akinyi, Njeri, Chebet, Wambui, Nafula, Zawadi",
    fam="Otieno, Odhiambo, Ochieng, Kamau, Mwangi, Njoroge, Kariuki, Wanjiku, Kiprop, Kiptoo, Cheruiyot, Mutua, Musyoka, Wafula, Barasa, Onyango, Omondi, Njuguna, Kimani, Mohamed, Hassan, Achieng, Chege, Korir",
    hon_en="Mrs {f}|f; Mr {f}|m; Mama {g}|f; Mzee {f}|m; Madam {g}|f",
    kin_en="Auntie {g}|f; Cucu {g}|f; Shosho {g}|f; Uncle {g}|m",
    streets="Ngong Road, Argwings Kodhek Road, Waiyaki Way, Lenana Road, Kindaruma Road, Mombasa Road, Thika Road, Jogoo Road, Kiambu Road, Moi Avenue, Kenyatta Avenue, Oginga Odinga Street, Muthaiga Road, Riverside Drive",
    towns="Nairobi, Mombasa, Kisumu, Nakuru, Eldoret, Thika, Machakos, Nyeri, Kitale, Malindi",
    dists="Kilimani, Westlands, Lavington, Karen, Kileleshwa, South B, Ngara, Nyali, Parklands, Ruaka, Syokimau, Rongai",
    blds="Kilimani Court, Sunrise Apartments, Riverside Gardens, Greenview Heights, Jacaranda Flats",
    addr="{bld}, Apt {L}{nn}|{st}, {dist}|{town}; House No. {nn}, off {st}|{dist}, {town}; P.O. Box {box}-00100|{town}; Plot {nnn}, {st}|{dist}, {town}; {bld}, {st}, {dist}, {town}",
    short="House No. {nn}, off {st}; Plot {nnn}, {st}; {bld}, Apt {L}{nn}, {st}",
    phone="07## ######; +254 7## ######; 0722 ### ###; +254 (0)7## ### ###; 0110 ### ###",
    dates="{d} {MON} {y}; {dd}/{mm}/{y}",
    mon="en",
    cur="KSh {n}",
    fx="140",
    plate="K@@ ###@",
    mail="gmail.com, yahoo.com, hotmail.com",
    public="Eliud Kipchoge, William Ruto, Lupita Nyong'o, Faith Kipyegon, Raila Odinga, David Rudisha",
    shops="Naivas, Carrefour, Quickmart, Jumia, Glovo, M-Pesa, Uber Eats, Chandarana",
    named="Jomo Kenyatta International Airport, Kenyatta Avenue, Moi Avenue, Oginga Odinga Street, Tom Mboya Street",
)
L(
    "sw_TZ",
    country="Tanzania",
    langs="sw en",
    gm="Juma, Baraka, Hamisi, Rashidi, Salim, Emmanuel, Joseph, Godfrey, Amani, Hassani, Abdallah, Daudi, Elia, Frank",
    gf="Neema, Rehema, Zawadi, Amina, Mwanaisha, Halima, Upendo, Tumaini, Saida, Grace, Esther, Mwajuma, Furaha, Aisha",
    fam="Mushi, Mollel, Kimaro, Massawe, Msuya, Mwakyusa, Mrema, Lyimo, Shirima, Swai, Mfinanga, Komba, Mapunda, Mbwambo, Kweka, Ngowi, Hamisi, Salum, Omari",
    hon="Bw. {f}|m; Bi. {g}|f; Mama {g}|f; Mzee {g}|m; Ndugu {full}; Dada {g}|f; Kaka {g}|m",
    hon_en="Mama {g}|f; Mzee {g}|m; Mr {f}|m",
    kin="Shangazi {g}|f; Mjomba {g}|m; Bibi {g}|f; Babu {g}|m",
    kin_en="Bibi {g}|f; Babu {g}|m",
    streets="Mtaa wa Samora, Barabara ya Ali Hassan Mwinyi, Barabara ya Bibi Titi, Mtaa wa Uhuru, Barabara ya Morogoro, Barabara ya Bagamoyo, Mtaa wa Jamhuri, Barabara ya Nyerere, Mtaa wa Kariakoo, Barabara ya Haile Selassie",
    towns="Dar es Salaam, Arusha, Dodoma, Mwanza, Moshi, Zanzibar, Tanga, Morogoro, Mbeya",
    dists="Mikocheni, Masaki, Sinza, Kinondoni, Upanga, Mbezi Beach, Kijitonyama, Njiro, Oysterbay",
    addr="Nyumba Na. {nn}, {st}|{dist}, {town}; S.L.P. {box}|{town}; Plot {nnn}, {st}, {dist}|{town}",
    short="Nyumba Na. {nn}, {st}; Plot {nnn}, {st}",
    phone="07## ### ###; +255 7## ### ###; 06## ### ###; +255 (0)6## ######",
    dates="{dd}/{mm}/{y}; {d} {MON} {y}",
    mon="sw",
    cur="TSh {n}",
    num="en0",
    fx="2900",
    plate="T ### @@@",
    mail="gmail.com, yahoo.com",
    public="Samia Suluhu Hassan, Diamond Platnumz, Mbwana Samatta, Julius Nyerere",
    shops="Shoppers, Game, Vodacom M-Pesa, Tigo Pesa, Azam, Jumia",
    named="Barabara ya Ali Hassan Mwinyi, Barabara ya Bibi Titi Mohamed, Uwanja wa Benjamin Mkapa, Julius Nyerere International Airport",
)
L(
    "en_ZA",
    country="South Africa",
    langs="en",
    gm="Thabo, Sipho, Johan, Pieter, Ruan, Sibusiso, Lungile, Mandla, Themba, Kagiso, Bongani, Tshepo, Andile, Michael, Ryan, Jacques, Mohammed, Keegan",
    gf="Nomvula, Thandeka, Lerato, Palesa, Zanele, Nandi, Ayanda, Lindiwe, Busisiwe, Naledi, Anele, Carla, Michelle, Chantelle, Fatima, Tasneem, Precious, Refilwe",
    fam="Nkosi, Dlamini, Ndlovu, Khumalo, Mokoena, Mahlangu, Sithole, Zulu, Mthembu, Naidoo, Pillay, Govender, van der Merwe, Botha, Pretorius, Nel, Smit, du Plessis, Venter, Coetzee, Williams, Jacobs, Adams, Hendricks, Petersen, Molefe, Mabaso, Maseko, Baloyi, Shabalala",
    nick="Sbu, Thabz, Lebo, Zee, Ryno, Bra Sipho",
    hon_en="Mrs {f}|f; Mr {f}|m; Tannie {g}|f; Oom {g}|m; Mama {f}|f; Bab' {f}|m; Gogo {g}|f",
    kin_en="Aunty {g}|f; Gogo {g}|f; Tannie {g}|f; Oom {g}|m; Ousie {g}|f",
    streets="Jan Smuts Avenue, Oxford Road, Rivonia Road, Main Road, Long Street, Bree Street, Florida Road, Beyers Naudé Drive, Vilakazi Street, Church Street, Louis Botha Avenue, Victoria Road, Musgrave Road, Voortrekker Road, Kloof Street",
    towns="Johannesburg, Cape Town, Durban, Pretoria, Soweto, Sandton, Randburg, Gqeberha, Bloemfontein, East London, Stellenbosch, Pietermaritzburg, Polokwane, Centurion",
    dists="Parkhurst, Melville, Sea Point, Observatory, Umhlanga, Morningside, Orlando West, Hatfield, Brooklyn, Claremont, Rondebosch, Fourways",
    blds="Sunset Villas, Protea Gardens, The Summit, Waterfront Lofts, Jacaranda Court",
    addr="{no} {st}|{dist}|{town}|{pc}; Unit {nn}, {bld}|{no} {st}|{dist}, {town}, {pc}; {no} {st}, {dist}, {town}, {pc}; Erf {nnn}{n}, {st}|{town}",
    short="{no} {st}; Unit {nn}, {bld}, {no} {st}",
    pc="####",
    phone="08# ### ####; +27 8# ### ####; 07# ### ####; +27 (0)72 ### ####; 011 ### ####; 021 ### ####",
    dates="{y}/{mm}/{dd}; {d} {MON} {y}; {dd}/{mm}/{y}",
    mon="en",
    cur="R{n}",
    num="fr",
    fx="20",
    cards="visa mc",
    dl="############",
    pp="@########",
    plate="@@ ## @@ GP; @@@ ### GP; CA ######; ND ###-###",
    mail="gmail.com, webmail.co.za, mweb.co.za, telkomsa.net, vodamail.co.za",
    public="Siya Kolisi, Cyril Ramaphosa, Trevor Noah, Nelson Mandela, Caster Semenya, Tyla",
    shops="Woolworths, Pick n Pay, Checkers, Shoprite, Takealot, Builders, Mr D Food, Uber Eats, Gumtree, Property24",
    named="Nelson Mandela Square, Jan Smuts Avenue, Beyers Naudé Drive, Steve Biko Road, Walter Sisulu Botanical Garden, O. R. Tambo International Airport",
)
L(
    "af_ZA",
    country="South Africa",
    langs="af",
    gm="Johan, Pieter, Ruan, Jacques, Hennie, Gerrit, Francois, Willem, Stefan, Dewald, Christo, Wynand, Jaco, Koos",
    gf="Annelie, Marietjie, Elmarie, Lize, Carla, Anri, Marlize, Mariska, Elna, Sunette, Ronel, Hester, Karin, Liezl",
    fam="van der Merwe, Botha, Pretorius, Nel, Smit, du Plessis, Venter, Coetzee, Steyn, Fourie, du Toit, Kruger, Swanepoel, Joubert, Marais, Erasmus, Viljoen, Louw, Jansen van Rensburg, le Roux, Cronjé, Olivier",
    hon="meneer {f}|m; mevrou {f}|f; mnr. {f}|m; mev. {f}|f; oom {g}|m; tannie {g}|f",
    hon_en="Oom {g}|m; Tannie {g}|f",
    kin="tannie {g}|f; oom {g}|m; ouma {g}|f; oupa {g}|m",
    streets="Kerkstraat, Voortrekkerweg, Dorpstraat, Eikestraat, Hoofweg, Markstraat, Bosmanstraat, Jan Smutslaan, Burgerstraat, Pretoriusstraat, Langstraat, Rissikstraat",
    towns="Pretoria, Stellenbosch, Paarl, Bloemfontein, Potchefstroom, Worcester, George, Oudtshoorn, Upington, Kimberley, Bellville, Centurion",
    addr="{st} {no}|{town}|{pc}; {st} {no}, Woonstel {n}|{town}, {pc}; Erf {nnn}, {st}|{town}",
    short="{st} {no}; {st} {no}, Woonstel {n}",
    pc="####",
    phone="08# ### ####; +27 8# ### ####; 07# ### ####; 021 ### ####; 012 ### ####",
    dates="{d} {MON} {y}; {y}/{mm}/{dd}; {dd}/{mm}/{y}",
    mon="af",
    cur="R{n}",
    num="fr",
    fx="20",
    plate="CA ######; CL #####; @@@ ### GP",
    mail="gmail.com, mweb.co.za, telkomsa.net, vodamail.co.za",
    public="Francois Pienaar, Charlize Theron, Wayde van Niekerk, Faf de Klerk",
    shops="Checkers, Spar, Pick n Pay, Builders, Takealot, Makro",
    named="Jan Smutslaan, Paul Krugerstraat, Kruger Nasionale Park, Pretoriusstraat",
)
L(
    "en_GH",
    country="Ghana",
    langs="en",
    gm="Kwame, Kofi, Kwabena, Kwaku, Yaw, Kojo, Kwesi, Emmanuel, Ebenezer, Samuel, Richmond, Prince, Selasi, Elikem",
    gf="Ama, Akosua, Abena, Adwoa, Afua, Yaa, Efua, Esi, Akua, Comfort, Gifty, Mercy, Priscilla, Dzifa, Adjoa",
    fam="Mensah, Owusu, Boateng, Asante, Osei, Agyeman, Appiah, Adjei, Ansah, Amoah, Darko, Frimpong, Gyamfi, Quaye, Tetteh, Addo, Ofori, Acheampong, Agyei, Sarpong, Amponsah, Danquah",
    hon_en="Mr {f}|m; Mrs {f}|f; Auntie {g}|f; Nana {g}; Maame {g}|f; Egya {g}|m; Madam {g}|f; Sister {g}|f",
    kin_en="Auntie {g}|f; Uncle {g}|m; Grandma {g}|f; Nana {g}",
    streets="Oxford Street, Liberation Road, Spintex Road, Ring Road Central, Independence Avenue, Kanda Highway, Cantonments Road, Osu Badu Street, Lagos Avenue, Patrice Lumumba Road, Kwame Nkrumah Avenue, Castle Road",
    towns="Accra, Kumasi, Tema, Takoradi, Cape Coast, Tamale, Koforidua, Ho, Sunyani, Madina",
    dists="East Legon, Osu, Cantonments, Airport Residential Area, Dansoman, Adenta, Labone, Spintex, Community 25, Asokwa, Nhyiaeso",
    blds="Villa Serene, Royal Palm Apartments, Kwame Court, Silver Spring Flats",
    addr="House No. {nn}, {st}|{dist}, {town}; {no} {st}|{dist}|{town}; GA-{nnn}-{nnn}{n}, {dist}|{town}; {bld}, {st}, {dist}, {town}",
    short="House No. {nn}, {st}; {no} {st}; GA-{nnn}-{nnn}{n}, {dist}",
    phone="024 ### ####; +233 24 ### ####; 020 ### ####; 055 ### ####; 0302 ### ###; +233 (0)54 ### ####",
    dates="{d} {MON} {y}; {dd}/{mm}/{y}",
    mon="en",
    cur="GH₵{n}",
    fx="16",
    plate="GR ####-##; AS ####-##; GT ####-##",
    mail="gmail.com, yahoo.com, hotmail.com",
    public="John Mahama, Asamoah Gyan, Sarkodie, Stonebwoy, Kofi Annan, Thomas Partey",
    shops="Melcom, Shoprite, Max Mart, Jumia, Bolt Food, MTN MoMo",
    named="Kwame Nkrumah Avenue, Patrice Lumumba Road, Kotoka International Airport, Kwame Nkrumah Memorial Park, Ako Adjei Interchange",
)
L(
    "am_ET",
    country="Ethiopia",
    langs="am",
    style="et",
    gm="አበበ/Abebe, ተስፋዬ/Tesfaye, ዳዊት/Dawit, ሰለሞን/Solomon, ዮሐንስ/Yohannes, ግርማ/Girma, ብርሃኑ/Birhanu, ታደሰ/Tadesse, ሙሉጌታ/Mulugeta, ኤርሚያስ/Ermias, ቢኒያም/Biniam, ሀብታሙ/Habtamu, ዮናስ/Yonas",
    gf="አልማዝ/Almaz, መሰረት/Meseret, ሰላም/Selam, ትዕግስት/Tigist, ሄለን/Helen, ብርቱካን/Birtukan, ሜሮን/Meron, ቤተልሔም/Betelhem, ሀና/Hanna, ፋሲካ/Fasika, ራሄል/Rahel, ሊዲያ/Lidya, ማርታ/Marta",
    hon="አቶ {g}|m; ወ/ሮ {g}|f; ወ/ሪት {g}|f; ዶ/ር {g}",
    hon_en="Ato {g}|m; W/ro {g}|f; W/rt {g}|f; Dr. {g}",
    dists="ቦሌ/Bole, ካዛንቺስ/Kazanchis, ሲኤምሲ/CMC, አራት ኪሎ/Arat Kilo, ፒያሳ/Piassa, መገናኛ/Megenagna, ሳር ቤት/Sar Bet, ጀሞ/Jemo, አያት/Ayat, ለቡ/Lebu",
    lms="ኤድና ሞል/Edna Mall, ቦሌ መድሃኒዓለም/Bole Medhane Alem church, ብሔራዊ ቲያትር/the National Theatre, ሚሊኒየም አዳራሽ/Millennium Hall, ጎሮ አደባባይ/Goro roundabout",
    towns="አዲስ አበባ/Addis Ababa, ባሕር ዳር/Bahir Dar, ሀዋሳ/Hawassa, መቀሌ/Mekelle, ጎንደር/Gondar, አዳማ/Adama, ድሬዳዋ/Dire Dawa",
    addr="{town}፣ {dist} ክ/ከተማ፣ ወረዳ {nn}፣ የቤት ቁ. {nnn}; {dist}፣ ከ{lm} ጀርባ፣ የቤት ቁ. {nnn}|{town}",
    addr_en="House No. {nnn}, Woreda {nn}|{dist}, {town}; {dist}, behind {lm}, House {nnn}|{town}; P.O. Box {box}|{town}",
    short="{dist} ክ/ከተማ፣ ወረዳ {nn}፣ የቤት ቁ. {nnn}",
    short_en="House No. {nnn}, Woreda {nn}, {dist}; {dist}, behind {lm}, House {nnn}",
    sep="፣ ",
    phone="+251 9## ### ###; 09## ### ###; 09########; 011 ### ####",
    dates="{dd}/{mm}/{et}; {dd}/{mm}/{y}; {dd}-{mm}-{et} ዓ.ም.",
    cur="ETB {n}",
    fx="130",
    plate="#-@#####; @@ #####",
    mail="gmail.com, yahoo.com, ethionet.et",
    public="ኃይሌ ገብረሥላሴ/Haile Gebrselassie, አቢይ አህመድ/Abiy Ahmed, ጥሩነሽ ዲባባ/Tirunesh Dibaba, ቴዲ አፍሮ/Teddy Afro",
    shops="ሸዋ/Shoa Supermarket, Queens Supermarket, Deliver Addis, telebirr, Ethio telecom",
    named="ቸርችል ጎዳና/Churchill Avenue, የአፄ ምኒልክ አደባባይ/Emperor Menelik Square, ጣይቱ ሆቴል/Taitu Hotel",
)
L(
    "ar_EG",
    country="Egypt",
    langs="ar",
    style="ar",
    gm="محمد/Mohamed, أحمد/Ahmed, محمود/Mahmoud, مصطفى/Mostafa, عمر/Omar, خالد/Khaled, يوسف/Youssef, كريم/Karim, طارق/Tarek, هشام/Hesham, إبراهيم/Ibrahim, عمرو/Amr, شريف/Sherif, حسن/Hassan, مينا/Mina, بيشوي/Bishoy",
    gf="فاطمة/Fatma, مريم/Mariam, نور/Nour, سارة/Sara, هبة/Heba, ياسمين/Yasmine, منى/Mona, دينا/Dina, إيمان/Eman, رانيا/Rania, آية/Aya, سلمى/Salma, نادية/Nadia, مارينا/Marina, هالة/Hala",
    fam="عبد الله/Abdallah, السيد/El-Sayed, حسن/Hassan, إبراهيم/Ibrahim, عبد الرحمن/Abdelrahman, فاروق/Farouk, الشريف/El-Sherif, منصور/Mansour, سليمان/Soliman, رزق/Rizk, جرجس/Girgis, عثمان/Osman, المصري/El-Masry, زكي/Zaki, شاكر/Shaker, النجار/El-Naggar, بدوي/Badawi, فهمي/Fahmy",
    hon="الأستاذ {g}|m; الأستاذة {g}|f; أستاذ {g}|m; مدام {g}|f; الحاج {g}|m; الحاجة {g}|f; د. {g}; م. {g}",
    hon_en="Ostaz {g}|m; Madame {g}|f; Hajj {g}|m; Hagga {g}|f; Dr. {g}; Eng. {g}",
    kin="طنط {g}|f; عمو {g}|m; تيتة {g}|f; أونكل {g}|m",
    kin_en="Tant {g}|f; Amo {g}|m; Teta {g}|f; Uncle {g}|m",
    streets="شارع التحرير/El Tahrir St., شارع الهرم/El Haram St., شارع جامعة الدول العربية/Gameat El Dowal El Arabeya St., شارع شبرا/Shubra St., شارع عباس العقاد/Abbas El Akkad St., شارع مصطفى النحاس/Mostafa El Nahas St., شارع فيصل/Faisal St., شارع ٢٦ يوليو/26th of July St., شارع الثورة/El Thawra St., شارع النزهة/El Nozha St.",
    towns="القاهرة/Cairo, الجيزة/Giza, الإسكندرية/Alexandria, مدينة نصر/Nasr City, المعادي/Maadi, الزمالك/Zamalek, مصر الجديدة/Heliopolis, المنصورة/Mansoura, طنطا/Tanta, أسيوط/Asyut",
    addr="{no} {st}، الدور {fl}، شقة {nn}|{town}; عمارة {nn}، {st}، شقة {nnn}|{town}|{pc}; {st}، عمارة {nn}، الدور {fl}|{town}",
    addr_en="{no} {st}, floor {fl}, apt {nn}|{town}; Building {nn}, {st}, Apt {nnn}|{town} {pc}",
    short="{no} {st}، شقة {nn}; عمارة {nn}، {st}",
    short_en="{no} {st}, apt {nn}; Building {nn}, {st}",
    sep="، ",
    pc="#####",
    phone="01# #### ####; +20 1# #### ####; 010########; 012 ### #####; !ar 01# #### ####; 02 #### ####",
    dates="{dd}/{mm}/{y}; {d} {MON} {y}; !ar {dd}/{mm}/{y}",
    mon="ar",
    cur="{n} ج.م",
    fx="53",
    iban="EG",
    plate="س ط ع ####; م ن ب ###",
    mail="gmail.com, yahoo.com, hotmail.com",
    public="محمد صلاح/Mohamed Salah, عمرو دياب/Amr Diab, عبد الفتاح السيسي/Abdel Fattah el-Sisi, نجيب محفوظ/Naguib Mahfouz, أم كلثوم/Umm Kulthum",
    shops="كارفور/Carrefour, طلبات/Talabat, أمازون/Amazon.eg, فتح الله/Fathalla, بي تك/B.TECH, سبينيس/Spinneys",
    named="شارع عباس العقاد/Abbas El Akkad Street, شارع مصطفى النحاس/Mostafa El Nahas Street, محطة جمال عبد الناصر/Gamal Abdel Nasser metro station, ميدان طلعت حرب/Talaat Harb Square",
)
L(
    "ar_MA",
    country="Morocco",
    langs="ar fr",
    style="ar",
    gm="محمد/Mohammed, يوسف/Youssef, حمزة/Hamza, مهدي/Mehdi, أنس/Anas, عثمان/Othmane, أيوب/Ayoub, أمين/Amine, رشيد/Rachid, عبد الإله/Abdelilah, سعيد/Said, كريم/Karim",
    gf="فاطمة الزهراء/Fatima Zahra, خديجة/Khadija, سلمى/Salma, إيمان/Imane, هاجر/Hajar, مريم/Meryem, نادية/Nadia, زينب/Zineb, سناء/Sanaa, هدى/Houda, لطيفة/Latifa, سكينة/Soukaina",
    fam="العلوي/El Alaoui, بناني/Bennani, الإدريسي/El Idrissi, التازي/Tazi, برادة/Berrada, الفاسي/El Fassi, بنجلون/Benjelloun, الصقلي/Sqalli, الشرقاوي/Cherkaoui, أمزيان/Amzian, أوعلي/Ouali, بوزيد/Bouzid, الحسني/El Hassani, الزياني/Ziani, العمراني/El Amrani, بنعلي/Benali",
    hon="السيد {f}|m; السيدة {f}|f; سي {g}|m; لالة {g}|f; الحاج {g}|m",
    hon_en="Si {g}|m; Lalla {g}|f; M. {f}|m; Mme {f}|f; Hajj {g}|m",
    kin="خالتي {g}|f; عمي {g}|m; الحاجة {g}|f",
    kin_en="Khalti {g}|f; Ammi {g}|m; Hajja {g}|f",
    streets="شارع محمد الخامس/Avenue Mohammed V, شارع الحسن الثاني/Boulevard Hassan II, زنقة الأمير مولاي عبد الله/Rue Prince Moulay Abdallah, شارع الزرقطوني/Boulevard Zerktouni, درب السلطان/Derb Sultan, زنقة فاس/Rue de Fès, شارع أنفا/Boulevard d'Anfa, زنقة ابن بطوطة/Rue Ibn Battouta, زنقة الياسمين/Rue des Jasmins, شارع غاندي/Boulevard Ghandi",
    towns="الدار البيضاء/Casablanca, الرباط/Rabat, مراكش/Marrakech, فاس/Fès, طنجة/Tanger, أكادير/Agadir, مكناس/Meknès, وجدة/Oujda, تطوان/Tétouan, القنيطرة/Kénitra",
    blds="حدائق أنفا/Les Jardins d'Anfa, المنار/Al Manar, الياسمين/Yasmine, رياض السلام/Riad Salam, البرتقال/Les Orangers",
    addr="{no}، {st}، الطابق {fl}، شقة {nn}|{pc} {town}; {st}، رقم {no}|{town}",
    addr_en="{no}, {st}, Étage {fl}, Appt {nn}|{pc} {town}; {st}, n° {no}|{town} {pc}; Résidence {bld}, Imm. {L}, Appt {nn}|{st}|{town}",
    short="{no}، {st}، شقة {nn}; {st}، رقم {no}",
    short_en="{no}, {st}, Appt {nn}; {st}, n° {no}",
    sep="، ",
    pc="20###; 10###; 40###; 30###",
    phone="06 ## ## ## ##; +212 6 ## ## ## ##; 07 ## ## ## ##; 05 22 ## ## ##; +212 6########",
    dates="{dd}/{mm}/{y}; {d} {MON} {y}",
    mon="ar",
    cur="{n} DH",
    num="fr",
    fx="11",
    plate="#####-أ-#; #####-ب-##",
    mail="gmail.com, hotmail.fr, yahoo.fr, menara.ma",
    public="أشرف حكيمي/Achraf Hakimi, ياسين بونو/Yassine Bounou, سعد لمجرد/Saad Lamjarred, وليد الركراكي/Walid Regragui",
    shops="مرجان/Marjane, كارفور/Carrefour, Glovo, Jumia, BIM, أسواق السلام/Aswak Assalam",
    named="شارع محمد الخامس/Avenue Mohammed V, مسجد الحسن الثاني/Hassan II Mosque, ملعب الأمير مولاي عبد الله/Prince Moulay Abdellah Stadium, زنقة ابن بطوطة/Rue Ibn Battouta",
)
L(
    "fr_SN",
    country="Senegal",
    langs="fr",
    gm="Mamadou, Moussa, Abdoulaye, Ibrahima, Ousmane, Cheikh, Modou, Babacar, Alioune, Pape, Serigne, Amadou, Lamine, Souleymane",
    gf="Fatou, Aminata, Awa, Mariama, Aïssatou, Khady, Ndèye, Coumba, Astou, Adama, Rokhaya, Bineta, Sokhna, Dieynaba",
    fam="Diop, Ndiaye, Fall, Sow, Diallo, Ba, Gueye, Sarr, Faye, Cissé, Mbaye, Sy, Diouf, Seck, Niang, Thiam, Kane, Touré, Camara, Ndour, Sène, Mbengue",
    hon="M. {f}|m; Mme {f}|f; Monsieur {f}|m; Madame {f}|f; Tonton {g}|m; Tata {g}|f; Serigne {g}|m; Sokhna {g}|f",
    kin="Tata {g}|f; Tonton {g}|m; Mame {g}; Yaay {g}|f; Baay {g}|m",
    streets="Avenue Cheikh Anta Diop, Route de Ngor, Rue Carnot, Avenue Bourguiba, Boulevard du Centenaire, Rue Félix Faure, Route des Almadies, Avenue Blaise Diagne, Rue 10, Corniche Ouest",
    towns="Dakar, Thiès, Saint-Louis, Touba, Ziguinchor, Kaolack, Mbour, Rufisque, Pikine, Guédiawaye",
    dists="Sacré-Cœur 3, Mermoz, Ouakam, Point E, Yoff, Plateau, Médina, Liberté 6, Parcelles Assainies, HLM Grand Yoff",
    lms="la mosquée, la pharmacie Mame Diarra, le rond-point, la boulangerie, la station Total",
    addr="Villa n° {nn}, {dist}|{town}; {dist}, villa {nnn}, près de {lm}|{town}; {no}, {st}|{dist}, {town}; Cité Keur Gorgui, Immeuble {L}, Appt {nn}|{town}; BP {box}|{town}",
    short="Villa n° {nn}, {dist}; {no}, {st}",
    phone="77 ### ## ##; +221 77 ### ## ##; 78 ### ## ##; 76 ### ## ##; 33 8## ## ##",
    dates="{dd}/{mm}/{y}; {d} {MON} {y}",
    mon="fr",
    cur="{n} FCFA",
    num="fr0",
    fx="656",
    plate="DK-####-@@; TH-####-@",
    mail="gmail.com, yahoo.fr, orange.sn, hotmail.com",
    public="Sadio Mané, Youssou N'Dour, Macky Sall, Bassirou Diomaye Faye, Kalidou Koulibaly",
    shops="Auchan, Carrefour, Wave, Orange Money, Jumia, Yango",
    named="Avenue Cheikh Anta Diop, Avenue Blaise Diagne, Stade Léopold Sédar Senghor, Aéroport Blaise Diagne, Université Cheikh Anta Diop",
)

# ---------------------------------------------------------------------------- Middle East
L(
    "ar_SA",
    country="Saudi Arabia",
    langs="ar",
    style="ar",
    gm="محمد/Mohammed, عبدالله/Abdullah, فهد/Fahad, سلطان/Sultan, خالد/Khalid, فيصل/Faisal, سعود/Saud, تركي/Turki, نايف/Naif, عبدالعزيز/Abdulaziz, بندر/Bandar, ماجد/Majed, راكان/Rakan, يزيد/Yazeed",
    gf="نورة/Noura, سارة/Sarah, ريم/Reem, لمى/Lama, هيفاء/Haifa, منيرة/Munira, عبير/Abeer, أمل/Amal, جواهر/Jawaher, العنود/Alanoud, شهد/Shahad, دانة/Dana, رهف/Rahaf, الجوهرة/Aljawhara",
    fam="القحطاني/Al-Qahtani, العتيبي/Al-Otaibi, الحربي/Al-Harbi, الغامدي/Al-Ghamdi, الشهري/Al-Shehri, الدوسري/Al-Dosari, الزهراني/Al-Zahrani, المطيري/Al-Mutairi, الشمري/Al-Shammari, العنزي/Al-Anazi, السبيعي/Al-Subaie, البقمي/Al-Buqami, الرشيد/Al-Rasheed, التميمي/Al-Tamimi",
    hon="الأستاذ {g}|m; الأستاذة {g}|f; الأخ {g}|m; الأخت {g}|f; م. {g}; د. {full}; الشيخ {g}|m",
    hon_en="Mr. {f}|m; Ms. {f}|f; Eng. {g}; Dr. {g}",
    kin="خالة {g}|f; عم {g}|m; جدتي {g}|f",
    streets="طريق الملك فهد/King Fahd Road, طريق الملك عبدالعزيز/King Abdulaziz Road, شارع التحلية/Tahlia Street, شارع العليا/Olaya Street, طريق الأمير سلطان/Prince Sultan Road, شارع الأمير محمد بن عبدالعزيز/Prince Mohammed bin Abdulaziz Street, شارع الستين/Al Sitteen Street, طريق عثمان بن عفان/Othman bin Affan Road",
    dists="حي النرجس/Al Narjis, حي الملقا/Al Malqa, حي الروضة/Al Rawdah, حي السليمانية/Al Sulimaniyah, حي الشاطئ/Al Shati, حي الخالدية/Al Khalidiyah, حي العزيزية/Al Aziziyah, حي الياسمين/Al Yasmin",
    towns="الرياض/Riyadh, جدة/Jeddah, مكة المكرمة/Makkah, المدينة المنورة/Madinah, الدمام/Dammam, الخبر/Khobar, الطائف/Taif, أبها/Abha, تبوك/Tabuk",
    addr="{nnn}{n} {st}، {dist}|{town} {pc} - {nnn}{n}; {st}، {dist}، فيلا {nn}|{town}; مبنى {nnn}{n}، {st}، {dist}|{town} {pc}",
    addr_en="{nnn}{n} {st}, {dist}|{town} {pc}-{nnn}{n}; Building {nnn}{n}, {st}, {dist} Dist.|{town} {pc}; Villa {nn}, {st}, {dist}|{town}",
    short="{nnn}{n} {st}، {dist}; مبنى {nnn}{n}، {st}",
    short_en="{nnn}{n} {st}, {dist}; Villa {nn}, {st}",
    sep="، ",
    pc="1####; 2####; 3####",
    phone="05# ### ####; +966 5# ### ####; 05########; !ar 05# ### ####; 011 ### ####",
    dates="{dd}/{mm}/{y}; {dd}/{mm}/{hj} هـ; !ar {dd}/{mm}/{y}; {y}-{mm}-{dd}",
    mon="ar",
    cur="SAR {n}",
    fx="4.1",
    iban="SA",
    dl="##########",
    pp="@#######",
    plate="### @@@; #### @@@",
    mail="gmail.com, hotmail.com, yahoo.com, outlook.sa",
    public="محمد بن سلمان/Mohammed bin Salman, سالم الدوسري/Salem Al-Dawsari, محمد عبده/Mohammed Abdu, ياسر القحطاني/Yasser Al-Qahtani",
    shops="بنده/Panda, التميمي/Tamimi Markets, جاهز/Jahez, هنقرستيشن/HungerStation, نون/Noon, إكسترا/eXtra, ساكو/SACO",
    named="طريق الملك فهد/King Fahd Road, جامعة الملك سعود/King Saud University, مستشفى الملك فيصل التخصصي/King Faisal Specialist Hospital, مطار الملك خالد الدولي/King Khalid International Airport",
)
L(
    "ar_AE",
    country="United Arab Emirates",
    langs="ar en",
    style="ar",
    gm="محمد/Mohammed, أحمد/Ahmed, راشد/Rashid, سعيد/Saeed, حمدان/Hamdan, سيف/Saif, خليفة/Khalifa, عمر/Omar",
    gf="فاطمة/Fatima, مريم/Maryam, شمّا/Shamma, عائشة/Aisha, موزة/Moza, حصة/Hessa, لطيفة/Latifa",
    fam="المنصوري/Al Mansoori, الشامسي/Al Shamsi, الكعبي/Al Kaabi, الظاهري/Al Dhaheri, المهيري/Al Muhairi, النعيمي/Al Nuaimi, الفلاسي/Al Falasi, البلوشي/Al Balushi",
    hon="السيد {f}|m; السيدة {f}|f; الأخ {g}|m; الأخت {g}|f; م. {g}",
    hon_en="Mr. {f}|m; Ms. {f}|f",
    kin_en="Auntie {g}|f; Uncle {g}|m",
    streets="شارع الشيخ زايد/Sheikh Zayed Road, شارع الوصل/Al Wasl Road, شارع الخليج/Al Khaleej Road, شارع الشيخ محمد بن راشد/Sheikh Mohammed bin Rashid Boulevard, شارع الكورنيش/Corniche Road, شارع المطينة/Al Muteena Street, شارع حمدان/Hamdan Street, شارع جميرا/Jumeirah Beach Road",
    dists="مرسى دبي/Dubai Marina, جميرا/Jumeirah, البرشاء/Al Barsha, ديرة/Deira, بر دبي/Bur Dubai, الخالدية/Al Khalidiyah, القرهود/Al Garhoud, أبراج بحيرات جميرا/JLT, الروضة/Al Rawdah, دبي هيلز/Dubai Hills",
    blds="برج الأميرة/Princess Tower, بناية الزهراء/Al Zahra Building, مارينا هايتس/Marina Heights, ليك تراس/Lake Terrace, تاج الإمارات/Emirates Crown, باي سنترال/Bay Central",
    towns="دبي/Dubai, أبوظبي/Abu Dhabi, الشارقة/Sharjah, عجمان/Ajman, العين/Al Ain, رأس الخيمة/Ras Al Khaimah, الفجيرة/Fujairah",
    addr="شقة {nnn}، {bld}، {dist}|{town}; فيلا {nn}، شارع {nn}، {dist}|{town}; ص.ب {box}|{town}",
    addr_en="Apt {nnn}, {bld}, {dist}|{town}; Villa {nn}, Street {nn}, {dist}|{town}; Flat {nnn}, {bld}, {st}|{dist}, {town}; P.O. Box {box}|{town}",
    short="شقة {nnn}، {bld}، {dist}; فيلا {nn}، شارع {nn}، {dist}",
    short_en="Apt {nnn}, {bld}, {dist}; Villa {nn}, Street {nn}, {dist}",
    sep="، ",
    phone="+971 5# ### ####; 05# ### ####; 050 #######; 04 ### ####; +971 (0)55 ### ####",
    dates="{dd}/{mm}/{y}; {d} {MON} {y}",
    mon="ar",
    cur="AED {n}",
    fx="4",
    iban="AE",
    dl="#######",
    pp="@#######; @########",
    plate="Dubai @ #####; AD ## #####",
    mail="gmail.com, hotmail.com, emirates.net.ae, outlook.com",
    public="محمد بن راشد/Mohammed bin Rashid, عمر عبدالرحمن/Omar Abdulrahman, حسين الجسمي/Hussain Al Jassmi",
    shops="كارفور/Carrefour, طلبات/Talabat, نون/Noon, ديليفرو/Deliveroo, لولو/Lulu, Dubizzle, Bayut",
    named="شارع الشيخ زايد/Sheikh Zayed Road, مسجد الشيخ زايد الكبير/Sheikh Zayed Grand Mosque, مدينة الشيخ خليفة الطبية/Sheikh Khalifa Medical City",
)
L(
    "ar_LB",
    country="Lebanon",
    langs="ar fr",
    style="ar",
    gm="جورج/Georges, إيلي/Elie, شربل/Charbel, طوني/Tony, رامي/Rami, علي/Ali, حسين/Hussein, كريم/Karim, جاد/Jad, مروان/Marwan, وليد/Walid, زياد/Ziad, نبيل/Nabil, فادي/Fadi",
    gf="ريتا/Rita, ميرنا/Mirna, نادين/Nadine, رنا/Rana, لينا/Lina, مايا/Maya, جنى/Jana, زينب/Zeinab, هلا/Hala, كارول/Carole, سيرينا/Serena, نور/Nour, ريم/Reem, تالا/Tala",
    fam="حداد/Haddad, الخوري/El Khoury, عبود/Abboud, نجار/Najjar, صفير/Sfeir, حمدان/Hamdan, فضل الله/Fadlallah, إسحاق/Ishak, مراد/Mourad, غانم/Ghanem, سلامة/Salameh, كرم/Karam, بيطار/Bitar, يونس/Younes",
    hon="الأستاذ {g}|m; مدام {g}|f; السيد {f}|m; السيدة {f}|f; مسيو {g}|m",
    hon_en="Monsieur {f}|m; Madame {f}|f; Mr {f}|m; Ms {f}|f",
    kin="تانت {g}|f; عمو {g}|m; تيتا {g}|f; جدو {g}|m",
    kin_en="Tante {g}|f; Amo {g}|m; Teta {g}|f; Jeddo {g}|m",
    streets="شارع الحمرا/Hamra Street, شارع مار مخايل/Mar Mikhael Street, شارع غورو/Rue Gouraud, شارع أرمينيا/Armenia Street, شارع فردان/Verdun Street, شارع بليس/Bliss Street, شارع عبد العزيز/Abdel Aziz Street, طريق الشام/Damascus Road, شارع مونو/Rue Monnot, شارع سبيرز/Spears Street",
    towns="بيروت/Beirut, جونية/Jounieh, طرابلس/Tripoli, صيدا/Saida, زحلة/Zahle, جبيل/Byblos, بعبدا/Baabda, الأشرفية/Achrafieh, الحازمية/Hazmieh",
    blds="نصر/Nasr, الزهراء/Zahraa, كرم/Karam, سلام/Salam, النجمة/Najmeh, الأرز/Arz",
    lms="صيدلية مازن/Mazen pharmacy, كنيسة مار يوسف/Mar Youssef church, السوبرماركت/the supermarket, مستشفى الجامعة الأميركية/AUB hospital, محطة الوقود/the gas station",
    addr="بناية {bld}، الطابق {fl}، {st}|{town}; {st}، قرب {lm}، بناية {bld}، ط {fl}|{town}",
    addr_en="{bld} Bldg, floor {fl}, {st}|{town}; {st}, near {lm}, {bld} Building, floor {fl}|{town}",
    short="بناية {bld}، الطابق {fl}، {st}; {st}، بناية {bld}",
    short_en="{bld} Bldg, floor {fl}, {st}; {st}, {bld} Building",
    sep="، ",
    phone="+961 3 ### ###; 03 ### ###; 71 ### ###; +961 70 ### ###; 01 ### ###",
    dates="{dd}/{mm}/{y}; {d} {MON} {y}",
    mon="ar_lev",
    cur="${n}",
    fx="1.1",
    iban="LB",
    plate="@ ######; B ######",
    mail="hotmail.com, gmail.com, idm.net.lb, yahoo.com",
    public="فيروز/Fairuz, نانسي عجرم/Nancy Ajram, جوزاف عون/Joseph Aoun, نواف سلام/Nawaf Salam",
    shops="سبينيس/Spinneys, كارفور/Carrefour, طلبات/Toters, OMT, Whish Money",
    named="شارع بليس/Bliss Street, مطار رفيق الحريري الدولي/Rafic Hariri International Airport, جادة شارل ديغول/Charles de Gaulle Avenue, جادة الرئيس فؤاد شهاب/Fouad Chehab Avenue",
)
L(
    "he_IL",
    country="Israel",
    langs="he",
    gm="יוסי/Yossi, דוד/David, משה/Moshe, אבי/Avi, איתי/Itay, נועם/Noam, עומר/Omer, יונתן/Yonatan, אורי/Uri, רון/Ron, אליעזר/Eliezer, שמעון/Shimon, עמית/Amit, ניר/Nir",
    gf="נועה/Noa, מיכל/Michal, שירה/Shira, תמר/Tamar, יעל/Yael, רחל/Rachel, אורית/Orit, מאיה/Maya, טליה/Talia, הדס/Hadas, ליאת/Liat, רונית/Ronit, אסתר/Esther, עדי/Adi",
    fam="כהן/Cohen, לוי/Levi, מזרחי/Mizrahi, פרץ/Peretz, ביטון/Biton, דהן/Dahan, אברהם/Avraham, פרידמן/Friedman, אזולאי/Azoulay, מלכה/Malka, כץ/Katz, שפירא/Shapira, גולדברג/Goldberg, רוזנברג/Rosenberg, חדד/Hadad, אוחיון/Ohayon, ברק/Barak, שטרן/Stern, בן דוד/Ben David, אשכנזי/Ashkenazi",
    hon="מר {f}|m; גב' {f}|f; גברת {f}|f; ד\"ר {f}; {g}",
    hon_en="Mr {f}|m; Ms {f}|f",
    kin="סבתא {g}|f; סבא {g}|m; דודה {g}|f; דוד {g}|m",
    streets="רחוב הרצל/Herzl St, שדרות רוטשילד/Rothschild Blvd, רחוב דיזנגוף/Dizengoff St, רחוב אבן גבירול/Ibn Gabirol St, רחוב ויצמן/Weizmann St, רחוב יפו/Jaffa Rd, רחוב בן יהודה/Ben Yehuda St, רחוב הנביאים/HaNevi'im St, רחוב הזית/HaZayit St, רחוב התאנה/HaTe'ena St, רחוב סוקולוב/Sokolov St, רחוב ז'בוטינסקי/Jabotinsky St",
    towns="תל אביב-יפו/Tel Aviv-Yafo, ירושלים/Jerusalem, חיפה/Haifa, ראשון לציון/Rishon LeZion, פתח תקווה/Petah Tikva, אשדוד/Ashdod, נתניה/Netanya, באר שבע/Be'er Sheva, רמת גן/Ramat Gan, הרצליה/Herzliya, חולון/Holon, רעננה/Ra'anana",
    addr="{st} {no}, דירה {nn}|{town} {pc}; {st} {no}/{n}|{town}; {st} {no}, קומה {fl}, דירה {nn}|{town}",
    addr_en="{no} {st}, Apt {nn}|{town} {pc}; {st} {no}/{n}|{town}; {st} {no}, floor {fl}, apt {nn}|{town}",
    short="{st} {no}, דירה {nn}; {st} {no}/{n}",
    short_en="{no} {st}, Apt {nn}; {st} {no}/{n}",
    pc="#######",
    phone="05#-###-####; +972 5#-###-####; 05# ### ####; 03-###-####; +972 (0)54 ### ####",
    dates="{dd}/{mm}/{y}; {d}.{m}.{y}; {d} {MON} {y}",
    mon="he",
    cur="₪{n}",
    fx="4",
    iban="IL",
    dl="#######",
    pp="########",
    plate="###-##-###; ##-###-##",
    mail="walla.co.il, gmail.com, 012.net.il, bezeqint.net, hotmail.com",
    public="גל גדות/Gal Gadot, בנימין נתניהו/Benjamin Netanyahu, נטע ברזילי/Netta Barzilai, עומר אדם/Omer Adam",
    shops="שופרסל/Shufersal, רמי לוי/Rami Levy, וולט/Wolt, יד2/Yad2, ACE, הום סנטר/Home Center",
    named="שדרות רוטשילד/Rothschild Boulevard, רחוב הרצל/Herzl Street, כיכר רבין/Rabin Square, רחוב דיזנגוף/Dizengoff Street, רחוב בן יהודה/Ben Yehuda Street",
)
L(
    "fa_IR",
    country="Iran",
    langs="fa",
    gm="علی/Ali, محمد/Mohammad, رضا/Reza, حسین/Hossein, مهدی/Mehdi, امیر/Amir, سعید/Saeed, حمید/Hamid, مجید/Majid, کیان/Kian, آرش/Arash, بهرام/Bahram, داریوش/Dariush, پویا/Pouya",
    gf="فاطمه/Fatemeh, زهرا/Zahra, مریم/Maryam, سارا/Sara, نرگس/Narges, لیلا/Leila, شیرین/Shirin, پریسا/Parisa, نازنین/Nazanin, مهسا/Mahsa, الهام/Elham, ستاره/Setareh, آزاده/Azadeh, رویا/Roya",
    fam="محمدی/Mohammadi, حسینی/Hosseini, احمدی/Ahmadi, رضایی/Rezaei, کریمی/Karimi, موسوی/Mousavi, جعفری/Jafari, رحیمی/Rahimi, صادقی/Sadeghi, قاسمی/Ghasemi, کاظمی/Kazemi, نوری/Nouri, تهرانی/Tehrani, شریفی/Sharifi, اکبری/Akbari, فرهادی/Farhadi, طاهری/Taheri, نیک‌نام/Niknam",
    hon="آقای {f}|m; خانم {f}|f; آقای {full}|m; خانم {full}|f; دکتر {f}; مهندس {f}",
    hon_en="Agha-ye {f}|m; Khanom {f}|f",
    kin="خاله {g}|f; عمو {g}|m; عمه {g}|f; دایی {g}|m",
    kin_en="Khaleh {g}|f; Amoo {g}|m",
    streets="خیابان ولیعصر/Valiasr St., خیابان انقلاب/Enghelab St., خیابان شریعتی/Shariati St., بلوار کشاورز/Keshavarz Blvd., خیابان آزادی/Azadi St., کوچه بهار/Bahar Alley, خیابان فرشته/Fereshteh St., خیابان پاسداران/Pasdaran St., خیابان جردن/Jordan St., خیابان ستارخان/Sattarkhan St.",
    towns="تهران/Tehran, اصفهان/Isfahan, شیراز/Shiraz, مشهد/Mashhad, تبریز/Tabriz, کرج/Karaj, قم/Qom, رشت/Rasht, اهواز/Ahvaz, یزد/Yazd",
    addr="{town}، {st}، کوچه {n}، پلاک {nn}، واحد {n}|کد پستی {pc}; {st}، پلاک {no}، طبقه {fl}|{town}; !fa {town}، {st}، پلاک {nn}، واحد {n}",
    addr_en="{st}, Alley {n}, No. {nn}, Unit {n}|{town} {pc}; No. {no}, {st}, floor {fl}|{town}",
    short="{st}، کوچه {n}، پلاک {nn}; {st}، پلاک {no}، طبقه {fl}",
    short_en="{st}, Alley {n}, No. {nn}; No. {no}, {st}",
    sep="، ",
    pc="##########; #####-#####",
    phone="0912 ### ####; +98 912 ### ####; 09## ### ####; !fa 09## ### ####; 021 #### ####; +98 (0)935 ### ####",
    dates="!fa {sh}/{mm}/{dd}; {sh}/{mm}/{dd}; {d} {MON} {sh}; !fa {d} {MON} {sh}",
    mon="fa",
    cur="{n} تومان",
    num="en0",
    fx="60000",
    iban="IR",
    dl="##########",
    pp="@########",
    plate="!fa ## ب ### - ##; !fa ## ج ### - ##",
    mail="gmail.com, yahoo.com, chmail.ir",
    public="علی دایی/Ali Daei, مهدی طارمی/Mehdi Taremi, گلشیفته فراهانی/Golshifteh Farahani, اصغر فرهادی/Asghar Farhadi, حافظ/Hafez",
    shops="دیجی‌کالا/Digikala, اسنپ‌فود/Snappfood, دیوار/Divar, افق کوروش/Ofogh Koorosh, تپسی/Tapsi",
    named="خیابان ولیعصر/Valiasr Street, خیابان شریعتی/Shariati Street, خیابان ستارخان/Sattar Khan Street, آرامگاه حافظ/Tomb of Hafez, بزرگراه شهید همت/Shahid Hemmat Expressway",
)

# ---------------------------------------------------------------------------- Asia
L(
    "hi_IN",
    country="India",
    langs="hi en",
    gm="राहुल/Rahul, अमित/Amit, सुरेश/Suresh, राजेश/Rajesh, विकास/Vikas, अंकित/Ankit, संजय/Sanjay, मनोज/Manoj, रोहित/Rohit, अर्जुन/Arjun, आदित्य/Aditya, प्रदीप/Pradeep, दीपक/Deepak, विनोद/Vinod, आकाश/Akash",
    gf="प्रिया/Priya, पूजा/Pooja, नेहा/Neha, अंजलि/Anjali, सुनीता/Sunita, कविता/Kavita, रीना/Reena, स्नेहा/Sneha, आरती/Aarti, मीना/Meena, दिव्या/Divya, ऋचा/Richa, श्वेता/Shweta, निशा/Nisha, सीमा/Seema",
    fam="शर्मा/Sharma, वर्मा/Verma, गुप्ता/Gupta, सिंह/Singh, कुमार/Kumar, यादव/Yadav, अग्रवाल/Agarwal, जैन/Jain, मिश्रा/Mishra, पांडे/Pandey, चौहान/Chauhan, तिवारी/Tiwari, श्रीवास्तव/Srivastava, मेहता/Mehta, कपूर/Kapoor, मल्होत्रा/Malhotra, सक्सेना/Saxena, जोशी/Joshi",
    nick="पप्पू/Pappu, गुड्डू/Guddu, बबलू/Bablu, पिंकी/Pinky, मुन्ना/Munna, सोनू/Sonu, मोनू/Monu, गुड़िया/Gudiya, चिंटू/Chintu, बिट्टू/Bittu",
    hon="{g} जी; {f} जी; श्री {full}|m; श्रीमती {full}|f; {f} साहब|m; डॉ. {f}; सुश्री {full}|f",
    hon_en="{g} ji; {f} ji; {f} sir|m; {g} madam|f; Shri {full}|m; Smt. {full}|f; Mrs {f}|f",
    kin="{g} आंटी|f; {g} अंकल|m; {g} दीदी|f; {g} भैया|m; {g} भाभी|f; {g} चाचा|m; {g} मौसी|f",
    kin_en="{g} aunty|f; {g} uncle|m; {g} didi|f; {g} bhaiya|m; {g} bhabhi|f; Aunty {g}|f",
    streets="एम.जी. रोड/MG Road, स्टेशन रोड/Station Road, नेहरू मार्ग/Nehru Marg, लाजपत राय मार्ग/Lajpat Rai Marg, गोल्फ कोर्स रोड/Golf Course Road, सिविल लाइंस रोड/Civil Lines Road, मॉल रोड/Mall Road, अशोक मार्ग/Ashok Marg, शिवाजी मार्ग/Shivaji Marg, तिलक मार्ग/Tilak Marg",
    dists="सेक्टर 15/Sector 15, करोल बाग/Karol Bagh, लाजपत नगर/Lajpat Nagar, गोमती नगर/Gomti Nagar, मालवीय नगर/Malviya Nagar, वैशाली/Vaishali, इंदिरापुरम/Indirapuram, राजाजीपुरम/Rajajipuram, अशोक विहार/Ashok Vihar, द्वारका सेक्टर 7/Dwarka Sector 7",
    towns="नई दिल्ली/New Delhi, लखनऊ/Lucknow, जयपुर/Jaipur, कानपुर/Kanpur, भोपाल/Bhopal, इंदौर/Indore, पटना/Patna, वाराणसी/Varanasi, गुरुग्राम/Gurugram, नोएडा/Noida, आगरा/Agra, देहरादून/Dehradun",
    lms="हनुमान मंदिर/Hanuman Mandir, शिव मंदिर/Shiv Mandir, SBI ATM/SBI ATM, मदर डेयरी बूथ/the Mother Dairy booth, सरकारी स्कूल/the govt school, पानी की टंकी/the water tank",
    blds="सूर्या अपार्टमेंट/Surya Apartments, शांति कुंज/Shanti Kunj, गंगा एन्क्लेव/Ganga Enclave, डीडीए फ्लैट्स/DDA Flats",
    addr="मकान नं. {nnn}, {dist}|{town} - {pc}; फ्लैट {nnn}, {bld}, {st}|{dist}, {town} {pc}; {nn}/{nnn}, {dist}, {lm} के पास|{town}",
    addr_en="House No. {nnn}, {dist}|{town} - {pc}; Flat {nnn}, {bld}, {st}|{dist}, {town} {pc}; {nn}/{nnn}, {dist}, near {lm}|{town} {pc}; {L}-{nnn}, {dist}|{town} {pc}",
    short="मकान नं. {nnn}, {dist}; फ्लैट {nnn}, {bld}",
    short_en="House No. {nnn}, {dist}; Flat {nnn}, {bld}, {st}; {L}-{nnn}, {dist}",
    pc="1#####; 2#####; 4#####",
    phone="+91 9#### #####; 9#########; 98### #####; +91-98###-#####; 011-########; 07#########; 0522 ### ####",
    dates="{dd}/{mm}/{y}; {dd}-{mm}-{y}; {d} {MON} {y}; !hi {dd}/{mm}/{y}",
    mon="hi",
    cur="₹{n}",
    num="in",
    fx="92",
    cards="visa mc rupay",
    dl="DL-## 20#########; UP## 20##########; MH## 20##########; HR-##20#########",
    pp="@#######",
    plate="DL 3C @@ ####; UP 32 @@ ####; HR 26 @@ ####; MH 12 @@ ####",
    mail="gmail.com, yahoo.co.in, rediffmail.com, hotmail.com, outlook.com",
    public="विराट कोहली/Virat Kohli, शाहरुख़ ख़ान/Shah Rukh Khan, नरेंद्र मोदी/Narendra Modi, अमिताभ बच्चन/Amitabh Bachchan, सचिन तेंदुलकर/Sachin Tendulkar, नीरज चोपड़ा/Neeraj Chopra",
    shops="Big Bazaar, Reliance Fresh, DMart, Swiggy, Zomato, Blinkit, Flipkart, Urban Company, Croma, Zepto",
    named="महात्मा गांधी मार्ग/Mahatma Gandhi Marg, नेहरू प्लेस/Nehru Place, इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डा/Indira Gandhi International Airport, राजीव चौक/Rajiv Chowk, सरोजिनी नगर/Sarojini Nagar",
)
L(
    "en_IN",
    country="India",
    langs="en",
    gm="Rahul, Amit, Suresh, Karthik, Arjun, Vivek, Sandeep, Rohan, Siddharth, Pranav, Harish, Nikhil, Abhishek, Gaurav, Faisal, Joseph, Gurpreet, Aniket",
    gf="Priya, Ananya, Kavya, Divya, Shruti, Pooja, Sneha, Lakshmi, Meenakshi, Aishwarya, Ritu, Nandini, Fatima, Anjali, Tanvi, Harpreet, Roshni",
    fam="Sharma, Reddy, Nair, Iyer, Menon, Patel, Shah, Desai, Kulkarni, Deshpande, Rao, Pillai, Banerjee, Chatterjee, Mukherjee, Das, Bose, Singh, Gill, Khan, D'Souza, Fernandes, Gupta, Agarwal, Joshi, Bhat, Hegde, Naidu, Chopra, Kapoor",
    hon_en="{g} ji; {f} ji; {f} sir|m; {g} ma'am|f; Mrs {f}|f; Mr {f}|m; Dr. {f}",
    kin_en="{g} aunty|f; {g} uncle|m; {g} didi|f; {g} bhaiya|m; {g} akka|f; {g} anna|m; Aunty {g}|f",
    streets="MG Road, 100 Feet Road, 80 Feet Road, Linking Road, Hill Road, Brigade Road, Residency Road, Anna Salai, Park Street, SV Road, Carter Road, 5th Cross Road, 12th Main Road, Outer Ring Road, Sarjapur Road, Bannerghatta Road",
    dists="Indiranagar, Koramangala 4th Block, HSR Layout, Bandra West, Andheri East, Powai, Salt Lake Sector V, Adyar, T. Nagar, Banjara Hills, Jubilee Hills, Kothrud, Baner, Whitefield, Jayanagar 4th Block, Viman Nagar",
    towns="Bengaluru, Mumbai, Chennai, Hyderabad, Pune, Kolkata, Kochi, Ahmedabad, Mysuru, Thiruvananthapuram, Coimbatore, Navi Mumbai, Thane, Panaji",
    lms="Forum Mall, the Ganesh temple, HDFC Bank, Cafe Coffee Day, the BDA complex, Reliance Digital, the water tank, St. Joseph's School",
    blds="Prestige Lakeside Habitat, Sobha Dream Acres, Lodha Palava, Brigade Gardenia, Sai Krupa Apartments, Green Valley CHS, Shanti Niketan Society, Ashirwad Building",
    addr="Flat {nnn}, {bld}|{st}, {dist}|{town} - {pc}; #{nnn}, {nn}th Cross, {dist}|{town} {pc}; {no}, {st}, near {lm}|{dist}, {town} {pc}; {L}-{nnn}, {bld}, {dist}|{town} {pc}; Plot No. {nn}, {st}, {dist}, {town} - {pc}",
    short="Flat {nnn}, {bld}; #{nnn}, {nn}th Cross, {dist}; {no}, {st}, near {lm}",
    pc="5600##; 4000##; 6000##; 5000##; 4110##; 7000##; 6820##",
    phone="+91 9#### #####; 9#########; 98### #####; +91-98###-#####; 080-########; 022 #### ####; 07#########",
    dates="{dd}/{mm}/{y}; {dd}-{mm}-{y}; {d} {MON} {y}",
    mon="en",
    cur="₹{n}",
    num="in",
    fx="92",
    cards="visa mc rupay",
    dl="KA## 20#########; MH## 20#########; TN-##-20#######; KL-##-20#########",
    pp="@#######",
    plate="KA 05 @@ ####; MH 02 @@ ####; TN 09 @@ ####; KL 07 @@ ####",
    mail="gmail.com, yahoo.co.in, rediffmail.com, outlook.com, hotmail.com",
    public="Virat Kohli, Rohit Sharma, MS Dhoni, Deepika Padukone, A. R. Rahman, Sundar Pichai, Smriti Mandhana, Narendra Modi",
    shops="Swiggy, Zomato, Blinkit, Zepto, BigBasket, Flipkart, Amazon India, Urban Company, Reliance Smart, DMart, NoBroker, MagicBricks",
    named="MG Road, Rajiv Gandhi Salai, Netaji Subhas Road, Chhatrapati Shivaji Maharaj Terminus, Kempegowda International Airport, Sardar Patel Stadium",
)
L(
    "ta_IN",
    country="India",
    langs="ta en",
    style="ta",
    gm="முருகன்/Murugan, கார்த்திக்/Karthik, சரவணன்/Saravanan, செந்தில்/Senthil, விக்னேஷ்/Vignesh, அருண்/Arun, பாலாஜி/Balaji, ராஜேஷ்/Rajesh, சுரேஷ்/Suresh, கணேஷ்/Ganesh, ஸ்ரீனிவாசன்/Srinivasan, வெங்கடேஷ்/Venkatesh, ராமசாமி/Ramasamy, தினேஷ்/Dinesh",
    gf="லட்சுமி/Lakshmi, மீனாட்சி/Meenakshi, பிரியா/Priya, கவிதா/Kavitha, சரண்யா/Saranya, தேவி/Devi, கீர்த்தனா/Keerthana, ஐஸ்வர்யா/Aishwarya, அனிதா/Anitha, வள்ளி/Valli, சித்ரா/Chitra, ரம்யா/Ramya, மாலதி/Malathi, துர்கா/Durga",
    fam="ராமன்/Raman, கிருஷ்ணன்/Krishnan, சுப்பிரமணியன்/Subramanian, பாண்டியன்/Pandian, நடராஜன்/Natarajan, வேலு/Velu, ஐயர்/Iyer, பிள்ளை/Pillai, செட்டியார்/Chettiar, முத்து/Muthu, ராஜன்/Rajan, சுந்தரம்/Sundaram",
    hon="திரு. {full}|m; திருமதி {full}|f; {g} சார்|m; {g} மேடம்|f; செல்வி {g}|f",
    hon_en="Thiru {full}|m; Tmt. {full}|f; {g} sir|m; {g} madam|f; Mr {f}|m",
    kin="{g} அக்கா|f; {g} அண்ணா|m; {g} மாமா|m; {g} அத்தை|f; {g} பாட்டி|f; {g} தாத்தா|m",
    kin_en="{g} akka|f; {g} anna|m; {g} mama|m; {g} aunty|f; {g} paati|f; {g} thatha|m",
    streets="அண்ணா சாலை/Anna Salai, காமராஜர் சாலை/Kamarajar Salai, பெரியார் சாலை/Periyar Salai, 2வது குறுக்குத் தெரு/2nd Cross Street, கோயில் தெரு/Koil Street, பிள்ளையார் கோயில் தெரு/Pillaiyar Koil Street, காந்தி சாலை/Gandhi Road, நேரு தெரு/Nehru Street, பாரதியார் தெரு/Bharathiyar Street, வடக்கு மாட வீதி/North Mada Street",
    dists="அடையார்/Adyar, மயிலாப்பூர்/Mylapore, தி. நகர்/T. Nagar, அண்ணா நகர்/Anna Nagar, வேளச்சேரி/Velachery, தாம்பரம்/Tambaram, ஆர்.எஸ். புரம்/R.S. Puram, கே.கே. நகர்/K.K. Nagar",
    towns="சென்னை/Chennai, கோயம்புத்தூர்/Coimbatore, மதுரை/Madurai, திருச்சிராப்பள்ளி/Tiruchirappalli, சேலம்/Salem, திருநெல்வேலி/Tirunelveli, வேலூர்/Vellore, ஈரோடு/Erode",
    addr="எண் {nn}, {st}, {dist}|{town} - {pc}; கதவு எண் {nn}/{n}, {st}|{dist}, {town} {pc}",
    addr_en="No. {nn}, {st}, {dist}|{town} - {pc}; Door No. {nn}/{n}, {st}|{dist}, {town} {pc}; Flat {L}{n}, {nn}, {st}, {dist}, {town} {pc}",
    short="எண் {nn}, {st}; கதவு எண் {nn}/{n}, {st}",
    short_en="No. {nn}, {st}, {dist}; Door No. {nn}/{n}, {st}",
    pc="600###; 641###; 625###",
    phone="+91 9#### #####; 9#########; 044-########; 98### #####",
    dates="{dd}/{mm}/{y}; {dd}-{mm}-{y}; {dd}.{mm}.{y}",
    mon="en",
    cur="₹{n}",
    num="in",
    fx="92",
    cards="visa rupay",
    dl="TN## 20#########; TN-##-20#######",
    pp="@#######",
    plate="TN 09 @@ ####; TN 37 @@ ####",
    mail="gmail.com, yahoo.co.in, rediffmail.com",
    public="ரஜினிகாந்த்/Rajinikanth, ஏ. ஆர். ரகுமான்/A. R. Rahman, விஜய்/Vijay, எம். கே. ஸ்டாலின்/M. K. Stalin, விஸ்வநாதன் ஆனந்த்/Viswanathan Anand",
    shops="Saravana Stores, Swiggy, Zomato, Aavin, Big Basket, Pothys",
    named="அண்ணா சாலை/Anna Salai, காமராஜர் சாலை/Kamarajar Salai, பெரியார் பேருந்து நிலையம்/Periyar bus stand, எம்.ஜி.ஆர். சென்ட்ரல்/MGR Chennai Central, வள்ளுவர் கோட்டம்/Valluvar Kottam",
)
L(
    "bn_BD",
    country="Bangladesh",
    langs="bn",
    gm="মোহাম্মদ/Mohammad, রহিম/Rahim, করিম/Karim, আবদুল/Abdul, তানভীর/Tanvir, রাকিব/Rakib, শাকিল/Shakil, সাকিব/Sakib, ইমরান/Imran, আরিফ/Arif, মাহমুদ/Mahmud, জাহিদ/Zahid, রুবেল/Rubel, শুভ/Shuvo",
    gf="ফাতেমা/Fatema, নুসরাত/Nusrat, তাসলিমা/Taslima, সুমাইয়া/Sumaiya, রুমানা/Rumana, শারমিন/Sharmin, আয়েশা/Ayesha, তানিয়া/Tania, জান্নাত/Jannat, মিম/Mim, সাদিয়া/Sadia, লাবণ্য/Labonno, রাবেয়া/Rabeya, নাসরিন/Nasrin",
    fam="হোসেন/Hossain, রহমান/Rahman, আহমেদ/Ahmed, ইসলাম/Islam, চৌধুরী/Chowdhury, খান/Khan, আলম/Alam, মিয়া/Mia, সরকার/Sarker, দাস/Das, রায়/Roy, বিশ্বাস/Biswas, তালুকদার/Talukder, ভূঁইয়া/Bhuiyan, শেখ/Sheikh, মজুমদার/Majumder",
    hon="জনাব {full}|m; মিসেস {f}|f; {g} ভাই|m; {g} আপা|f; {g} সাহেব|m",
    hon_en="Janab {full}|m; Mrs {f}|f; {g} bhai|m; {g} apa|f; {g} saheb|m",
    kin="{g} খালা|f; {g} মামা|m; {g} চাচা|m; {g} ফুফু|f; {g} নানু|f",
    kin_en="{g} khala|f; {g} mama|m; {g} chacha|m; {g} apu|f; {g} bhaiya|m",
    streets="রোড ১১/Road 11, রোড ২৭/Road 27, মিরপুর রোড/Mirpur Road, সাতমসজিদ রোড/Satmasjid Road, গুলশান এভিনিউ/Gulshan Avenue, কামাল আতাতুর্ক এভিনিউ/Kemal Ataturk Avenue, প্রগতি সরণি/Progoti Sarani, লেক সার্কাস/Lake Circus, বেইলি রোড/Bailey Road, পান্থপথ/Panthapath",
    dists="ধানমন্ডি/Dhanmondi, গুলশান ২/Gulshan 2, বনানী/Banani, উত্তরা সেক্টর ৭/Uttara Sector 7, মিরপুর ১০/Mirpur 10, মোহাম্মদপুর/Mohammadpur, বসুন্ধরা/Bashundhara, মালিবাগ/Malibagh, খিলগাঁও/Khilgaon",
    towns="ঢাকা/Dhaka, চট্টগ্রাম/Chattogram, সিলেট/Sylhet, রাজশাহী/Rajshahi, খুলনা/Khulna, কুমিল্লা/Cumilla, ময়মনসিংহ/Mymensingh, বরিশাল/Barishal",
    addr="বাড়ি নং {nn}, {st}, {dist}|{town}-{pc}; ফ্ল্যাট {L}-{n}, বাড়ি {nn}, {st}|{dist}, {town}; !bn বাড়ি নং {nn}, {st}, {dist}|{town}-{pc}",
    addr_en="House {nn}, {st}, {dist}|{town}-{pc}; Flat {L}-{n}, House {nn}, {st}|{dist}, {town} {pc}; Holding {nnn}, {st}, {dist}, {town}",
    short="বাড়ি নং {nn}, {st}; ফ্ল্যাট {L}-{n}, বাড়ি {nn}, {st}",
    short_en="House {nn}, {st}, {dist}; Flat {L}-{n}, House {nn}, {st}",
    pc="1###",
    phone="01#-####-####; +880 1### ######; 017########; !bn 017########; 01### ######",
    dates="{dd}/{mm}/{y}; {dd}-{mm}-{y}; !bn {dd}/{mm}/{y}; {d} {MON} {y}",
    mon="en",
    cur="৳{n}",
    num="in",
    fx="130",
    dl="DK#######@####",
    pp="@########",
    plate="ঢাকা মেট্রো গ ##-####",
    mail="gmail.com, yahoo.com",
    public="সাকিব আল হাসান/Shakib Al Hasan, মুহাম্মদ ইউনূস/Muhammad Yunus, শেখ হাসিনা/Sheikh Hasina, হুমায়ূন আহমেদ/Humayun Ahmed, রবীন্দ্রনাথ ঠাকুর/Rabindranath Tagore",
    shops="Shwapno, Meena Bazar, Daraz, Foodpanda, Pathao, bKash, Chaldal",
    named="কামাল আতাতুর্ক এভিনিউ/Kemal Ataturk Avenue, বঙ্গবন্ধু এভিনিউ/Bangabandhu Avenue, শাহজালাল আন্তর্জাতিক বিমানবন্দর/Shahjalal International Airport, রবীন্দ্র সরোবর/Rabindra Sarobar",
)
L(
    "ur_PK",
    country="Pakistan",
    langs="ur en",
    gm="محمد علی/Muhammad Ali, احمد/Ahmed, عمران/Imran, بلال/Bilal, عثمان/Usman, حمزہ/Hamza, فیصل/Faisal, کامران/Kamran, زاہد/Zahid, عاصم/Asim, شاہد/Shahid, وقاص/Waqas, طارق/Tariq, نعمان/Nauman",
    gf="عائشہ/Ayesha, فاطمہ/Fatima, سعدیہ/Sadia, ماریہ/Maria, صبا/Saba, حنا/Hina, نادیہ/Nadia, رابعہ/Rabia, زینب/Zainab, مہوش/Mehwish, کرن/Kiran, ثناء/Sana, عنبر/Amber, بشریٰ/Bushra",
    fam="خان/Khan, ملک/Malik, شیخ/Sheikh, چوہدری/Chaudhry, بٹ/Butt, قریشی/Qureshi, راجپوت/Rajput, اعوان/Awan, مرزا/Mirza, صدیقی/Siddiqui, ہاشمی/Hashmi, جعفری/Jafri, گیلانی/Gillani, عباسی/Abbasi, رانا/Rana, بخاری/Bukhari",
    hon="جناب {full}|m; محترمہ {full}|f; {g} صاحب|m; {g} صاحبہ|f; بیگم {f}|f",
    hon_en="{g} sahab|m; {g} sahiba|f; Janab {full}|m; Mrs {f}|f; Begum {f}|f",
    kin="{g} خالہ|f; {g} چاچا|m; {g} باجی|f; {g} بھائی|m; {g} آنٹی|f",
    kin_en="{g} khala|f; {g} chacha|m; {g} baji|f; {g} bhai|m; {g} aunty|f",
    streets="گلی نمبر 5/Street 5, مین بلیوارڈ/Main Boulevard, جیل روڈ/Jail Road, شاہراہ فیصل/Shahrah-e-Faisal, کلفٹن روڈ/Clifton Road, مال روڈ/Mall Road, جناح ایونیو/Jinnah Avenue, یونیورسٹی روڈ/University Road, خیابان اتحاد/Khayaban-e-Ittehad, کشمیر روڈ/Kashmir Road",
    dists="ڈی ایچ اے فیز 6/DHA Phase 6, گلبرگ III/Gulberg III, ماڈل ٹاؤن/Model Town, جوہر ٹاؤن/Johar Town, ایف-10/F-10, جی-11/G-11, گلشن اقبال/Gulshan-e-Iqbal, بحریہ ٹاؤن/Bahria Town, ناظم آباد/Nazimabad",
    towns="لاہور/Lahore, کراچی/Karachi, اسلام آباد/Islamabad, راولپنڈی/Rawalpindi, فیصل آباد/Faisalabad, ملتان/Multan, پشاور/Peshawar, سیالکوٹ/Sialkot, گوجرانوالہ/Gujranwala",
    blds="الحبیب ہائٹس/Al-Habib Heights, عسکری ٹاور/Askari Tower, فلک ناز پلازہ/Falak Naz Plaza, گلستان اپارٹمنٹس/Gulistan Apartments",
    addr="مکان نمبر {nnn}، {st}، {dist}|{town}; {dist}، {st}، مکان {nn}|{town} {pc}",
    addr_en="House {nnn}, {st}, {dist}|{town}; House No. {nn}, Block {L}, {dist}|{town} {pc}; Flat {n}, {bld}, {st}|{dist}, {town}; Plot {nn}-{L}, {st}, {dist}, {town}",
    short="مکان نمبر {nnn}، {st}; {st}، مکان {nn}",
    short_en="House {nnn}, {st}, {dist}; House No. {nn}, Block {L}, {dist}",
    sep="، ",
    pc="5####; 7####; 4####",
    phone="03## #######; +92 3## #######; 0300-#######; +92 (0)3## ### ####; 042 ########; 021-########",
    dates="{dd}/{mm}/{y}; {dd}-{mm}-{y}; {d} {MON} {y}",
    mon="en",
    cur="Rs {n}",
    fx="305",
    iban="PK",
    cards="visa mc",
    dl="#####-#######-#",
    pp="@@#######",
    plate="@@@-####; @@-####",
    mail="gmail.com, yahoo.com, hotmail.com",
    public="بابر اعظم/Babar Azam, عمران خان/Imran Khan, عاطف اسلم/Atif Aslam, ملالہ یوسفزئی/Malala Yousafzai, شاہد آفریدی/Shahid Afridi",
    shops="Imtiaz, Al-Fatah, Daraz, Foodpanda, Careem, TCS, Zameen.com",
    named="شاہراہ فیصل/Shahrah-e-Faisal, جناح ایونیو/Jinnah Avenue, علامہ اقبال انٹرنیشنل ایئرپورٹ/Allama Iqbal International Airport, قذافی اسٹیڈیم/Gaddafi Stadium, مزار قائد/Mazar-e-Quaid",
)
L(
    "ne_NP",
    country="Nepal",
    langs="ne",
    gm="राम/Ram, हरि/Hari, सुमन/Suman, बिकास/Bikash, सन्दीप/Sandeep, प्रकाश/Prakash, रमेश/Ramesh, दिपेश/Dipesh, अनिल/Anil, सुरज/Suraj, निरञ्जन/Niranjan, पासाङ/Pasang",
    gf="सीता/Sita, गीता/Gita, सरिता/Sarita, सुनिता/Sunita, अनिता/Anita, पुजा/Puja, सृजना/Srijana, बिनिता/Binita, निर्मला/Nirmala, सबिना/Sabina, दिक्षा/Diksha, लक्ष्मी/Laxmi",
    fam="श्रेष्ठ/Shrestha, थापा/Thapa, गुरुङ/Gurung, तामाङ/Tamang, राई/Rai, लिम्बु/Limbu, अधिकारी/Adhikari, पौडेल/Poudel, शर्मा/Sharma, भट्टराई/Bhattarai, खड्का/Khadka, महर्जन/Maharjan, कार्की/Karki, शेर्पा/Sherpa, मगर/Magar, बस्नेत/Basnet",
    hon="{g} जी; श्री {full}|m; श्रीमती {full}|f; {g} सर|m; {g} म्याडम|f",
    hon_en="{g} ji; {g} sir|m; {g} madam|f; Mr {f}|m",
    kin="{g} दाइ|m; {g} दिदी|f; {g} भाउजू|f; {g} काका|m; {g} आमा|f",
    kin_en="{g} dai|m; {g} didi|f; {g} bhauju|f; {g} kaka|m; {g} aama|f",
    dists="ठमेल/Thamel, बानेश्वर/Baneshwor, पाटन ढोका/Patan Dhoka, बौद्ध/Boudha, महाराजगन्ज/Maharajgunj, कोटेश्वर/Koteshwor, जावलाखेल/Jawalakhel, बालाजु/Balaju, कलंकी/Kalanki, लाजिम्पाट/Lazimpat",
    towns="काठमाडौं/Kathmandu, ललितपुर/Lalitpur, भक्तपुर/Bhaktapur, पोखरा/Pokhara, विराटनगर/Biratnagar, धरान/Dharan, चितवन/Chitwan, बुटवल/Butwal",
    lms="पशुपतिनाथ मन्दिर/Pashupatinath temple, भाटभटेनी सुपरमार्केट/Bhatbhateni supermarket, रत्नपार्क/Ratna Park, बसपार्क/the bus park, नबिल बैंक/Nabil Bank",
    addr="{town}-{nn}, {dist}, {lm} नजिकै; {dist}, {town} महानगरपालिका वडा नं. {nn}, घर नं. {nnn}",
    addr_en="House {nnn}, {dist}, Ward {nn}|{town}; {dist}-{nn}, near {lm}|{town}; {town}-{nn}, {dist}, behind {lm}",
    short="{dist}, वडा नं. {nn}, घर नं. {nnn}; {town}-{nn}, {dist}",
    short_en="House {nnn}, {dist}, Ward {nn}; {dist}-{nn}, near {lm}",
    phone="98########; +977 98########; 98#-#######; 01-#######; !hi 98########",
    dates="{bs}/{mm}/{dd}; {bs}-{mm}-{dd} वि.सं.; !hi {bs}/{mm}/{dd}; {y}-{mm}-{dd}",
    mon="en",
    cur="Rs. {n}",
    num="in",
    fx="147",
    plate="!hi बा ## प ####",
    mail="gmail.com, yahoo.com, wlink.com.np",
    public="पारस खड्का/Paras Khadka, बालेन शाह/Balen Shah, नारायण गोपाल/Narayan Gopal, तेन्जिङ नोर्गे शेर्पा/Tenzing Norgay",
    shops="Bhatbhateni, Daraz, Foodmandu, Pathao, eSewa, Khalti",
    named="त्रिभुवन अन्तर्राष्ट्रिय विमानस्थल/Tribhuvan International Airport, दशरथ रंगशाला/Dasharath Stadium, पृथ्वी राजमार्ग/Prithvi Highway",
)
L(
    "si_LK",
    country="Sri Lanka",
    langs="si en",
    gm="නිමල්/Nimal, සුනිල්/Sunil, කසුන්/Kasun, අසංක/Asanka, තිලින/Thilina, දිනේෂ්/Dinesh, රුවන්/Ruwan, ලහිරු/Lahiru, චතුර/Chathura, සමන්/Saman, ප්‍රසාද්/Prasad, හසිත/Hasitha",
    gf="කුමාරි/Kumari, නිලූෂා/Nilusha, දිල්රුක්ෂි/Dilrukshi, සචිනි/Sachini, තරුෂි/Tharushi, චමිලා/Chamila, ඉරෝෂා/Irosha, ශානිකා/Shanika, මධුෂා/Madhusha, සඳමාලි/Sandamali, නදීෂා/Nadeesha, හිරුණි/Hiruni",
    fam="පෙරේරා/Perera, ප්‍රනාන්දු/Fernando, ද සිල්වා/de Silva, බණ්ඩාර/Bandara, ජයසූරිය/Jayasuriya, රණසිංහ/Ranasinghe, විජේසිංහ/Wijesinghe, ගුණවර්ධන/Gunawardena, දිසානායක/Dissanayake, හේරත්/Herath, කුමාරසිංහ/Kumarasinghe, සේනානායක/Senanayake, වික්‍රමසිංහ/Wickramasinghe",
    hon="{full} මහතා|m; {full} මහත්මිය|f; {g} අයියා|m; {g} අක්කා|f",
    hon_en="Mr {f}|m; Mrs {f}|f; {g} aiya|m; {g} akka|f",
    kin="{g} නැන්දා|f; {g} මාමා|m; {g} ආච්චි|f; {g} සීයා|m",
    kin_en="{g} aunty|f; {g} uncle|m; {g} nangi|f; {g} malli|m",
    streets="ගාලු පාර/Galle Road, දුප්ලිකේෂන් පාර/Duplication Road, හැව්ලොක් පාර/Havelock Road, බෞද්ධාලෝක මාවත/Bauddhaloka Mawatha, ආනන්ද කුමාරස්වාමි මාවත/Ananda Coomaraswamy Mawatha, පන්සල පාර/Pansala Road, ස්ටේෂන් පාර/Station Road, කොහුවල පාර/Kohuwala Road",
    towns="කොළඹ 03/Colombo 03, කොළඹ 05/Colombo 05, නුගේගොඩ/Nugegoda, දෙහිවල/Dehiwala, මහනුවර/Kandy, ගාල්ල/Galle, කුරුණෑගල/Kurunegala, මීගමුව/Negombo, මහරගම/Maharagama",
    addr="{no}/{n}, {st}, {town}; අංක {no}, {st}|{town}",
    addr_en="No. {no}/{n}, {st}|{town}; {no}, {st}, {town} {pc}; No. {nn}, {st}, off {st2}|{town}",
    short="{no}/{n}, {st}; අංක {no}, {st}",
    short_en="No. {no}/{n}, {st}; {no}, {st}",
    pc="#####",
    phone="07# ### ####; +94 7# ### ####; 077 #######; 011 #######; +94 (0)71 ### ####",
    dates="{y}-{mm}-{dd}; {dd}/{mm}/{y}; {y}.{mm}.{dd}",
    mon="en",
    cur="Rs. {n}",
    fx="330",
    plate="W@-####; @@@-####; WP @@-####",
    mail="gmail.com, yahoo.com, sltnet.lk",
    public="කුමාර් සංගක්කාර/Kumar Sangakkara, මහේල ජයවර්ධන/Mahela Jayawardene, අනුර කුමාර දිසානායක/Anura Kumara Dissanayake, සනත් ජයසූරිය/Sanath Jayasuriya",
    shops="Keells, Cargills Food City, Arpico, PickMe, Uber Eats, Daraz",
    named="බණ්ඩාරනායක ජාත්‍යන්තර ගුවන්තොටුපළ/Bandaranaike International Airport, ආනන්ද කුමාරස්වාමි මාවත/Ananda Coomaraswamy Mawatha, විහාරමහාදේවි උද්‍යානය/Viharamahadevi Park, ආර්. ප්‍රේමදාස ක්‍රීඩාංගණය/R. Premadasa Stadium",
)
L(
    "zh_CN",
    country="China",
    langs="zh",
    style="cjk",
    gm="伟/Wei, 强/Qiang, 磊/Lei, 军/Jun, 洋/Yang, 勇/Yong, 杰/Jie, 涛/Tao, 明/Ming, 超/Chao, 浩然/Haoran, 子轩/Zixuan, 宇航/Yuhang, 建国/Jianguo, 志强/Zhiqiang, 俊杰/Junjie, 晓东/Xiaodong, 文博/Wenbo",
    gf="芳/Fang, 娜/Na, 敏/Min, 静/Jing, 丽/Li, 艳/Yan, 秀英/Xiuying, 桂英/Guiying, 婷婷/Tingting, 雪/Xue, 欣怡/Xinyi, 梓涵/Zihan, 佳怡/Jiayi, 晓燕/Xiaoyan, 美玲/Meiling, 丹丹/Dandan, 思雨/Siyu, 雨欣/Yuxin",
    fam="王/Wang, 李/Li, 张/Zhang, 刘/Liu, 陈/Chen, 杨/Yang, 黄/Huang, 赵/Zhao, 吴/Wu, 周/Zhou, 徐/Xu, 孙/Sun, 马/Ma, 朱/Zhu, 胡/Hu, 郭/Guo, 何/He, 高/Gao, 林/Lin, 罗/Luo, 郑/Zheng, 梁/Liang, 谢/Xie, 宋/Song, 唐/Tang, 欧阳/Ouyang, 司马/Sima",
    engm="Kevin, Jason, Leo, Eric, Tony, Jack",
    engf="Lily, Vivian, Cindy, Grace, Amy, Linda",
    nick="小胖/Xiaopang, 阿强/A-Qiang, 大伟/Dawei, 阿敏/A-Min, 小雪/Xiaoxue",
    hon="{f}先生|m; {f}女士|f; {f}小姐|f; 小{f}; 老{f}|m; {f}阿姨|f; {f}师傅|m; {f}老师; {f}总|m; {full}先生|m",
    hon_en="Mr. {f}|m; Ms. {f}|f; Xiao {f}; Lao {f}|m",
    kin="{f}阿姨|f; {f}叔叔|m; {f}奶奶|f; {f}爷爷|m; {g}姐|f; {g}哥|m",
    streets="中山路/Zhongshan Road, 人民路/Renmin Road, 解放路/Jiefang Road, 建设路/Jianshe Road, 南京西路/West Nanjing Road, 淮海中路/Middle Huaihai Road, 长安街/Chang'an Avenue, 朝阳北路/Chaoyang North Road, 科技园路/Kejiyuan Road, 天府大道/Tianfu Avenue, 文三路/Wensan Road, 和平路/Heping Road",
    dists="朝阳区/Chaoyang District, 海淀区/Haidian District, 浦东新区/Pudong New Area, 静安区/Jing'an District, 天河区/Tianhe District, 南山区/Nanshan District, 西湖区/Xihu District, 武侯区/Wuhou District, 鼓楼区/Gulou District",
    towns="北京市/Beijing, 上海市/Shanghai, 广州市/Guangzhou, 深圳市/Shenzhen, 杭州市/Hangzhou, 成都市/Chengdu, 南京市/Nanjing, 武汉市/Wuhan, 西安市/Xi'an, 重庆市/Chongqing, 苏州市/Suzhou, 天津市/Tianjin",
    blds="阳光花园/Sunshine Garden, 锦绣华庭/Jinxiu Huating, 万科城/Vanke City, 碧桂园/Country Garden, 翠湖小区/Cuihu Residential Area, 华润城/China Resources City",
    addr="{town}{dist}|{st}{nnn}号|{bld}{n}栋{n}单元{nnn}室; {town}{dist}{st}{no}号{nn}楼{nnn}; {town}{dist}{bld}{n}号楼{n}单元{nnn}",
    addr_en="Room {nnn}, Building {n}, {bld}|{no} {st}, {dist}|{town} {pc}; No. {nnn} {st}, {dist}, {town} {pc}",
    short="{st}{nnn}号{bld}{n}栋{nnn}室; {st}{no}号{nn}楼{nnn}",
    short_en="Room {nnn}, Building {n}, {bld}; No. {nnn} {st}",
    sep="",
    pc="100###; 200###; 510###; 518###; 310###",
    phone="138 #### ####; +86 139 #### ####; 13#########; 15# #### ####; 186-####-####; 010-########; 021-########; +86 18#########",
    dates="{y}年{m}月{d}日; {y}-{mm}-{dd}; {y}/{m}/{d}; {y}.{mm}.{dd}",
    mon="en",
    cur="¥{n}",
    fx="7.8",
    cards="unionpay visa",
    dl="######19##########; ######20##########",
    pp="E########; EA#######",
    plate="京A·#####; 沪B·####@; 粤B·@####; 浙A·####@",
    mail="qq.com, 163.com, 126.com, sina.com, foxmail.com, sohu.com",
    area="{n}㎡",
    public="姚明/Yao Ming, 郎朗/Lang Lang, 谷爱凌/Eileen Gu, 马云/Jack Ma, 李娜/Li Na, 刘慈欣/Liu Cixin",
    shops="美团/Meituan, 饿了么/Ele.me, 京东/JD.com, 淘宝/Taobao, 盒马/Hema, 顺丰/SF Express, 链家/Lianjia, 拼多多/Pinduoduo",
    named="中山路/Zhongshan Road, 中山公园/Zhongshan Park, 鲁迅公园/Lu Xun Park, 逸夫楼/Yifu Building, 孙中山故居/Sun Yat-sen's Former Residence",
)
L(
    "zh_TW",
    country="Taiwan",
    langs="zht",
    style="cjk",
    gm="志明/Chih-ming, 家豪/Chia-hao, 冠宇/Kuan-yu, 建宏/Chien-hung, 俊傑/Chun-chieh, 承恩/Cheng-en, 宗翰/Tsung-han, 柏翰/Po-han, 哲瑋/Che-wei, 育誠/Yu-cheng, 彥廷/Yen-ting, 明哲/Ming-che",
    gf="淑芬/Shu-fen, 美玲/Mei-ling, 雅婷/Ya-ting, 怡君/Yi-chun, 佳穎/Chia-ying, 宜蓁/Yi-chen, 欣妤/Hsin-yu, 詩涵/Shih-han, 婉婷/Wan-ting, 惠美/Hui-mei, 心怡/Hsin-yi, 佩珊/Pei-shan",
    fam="陳/Chen, 林/Lin, 黃/Huang, 張/Chang, 李/Lee, 王/Wang, 吳/Wu, 劉/Liu, 蔡/Tsai, 楊/Yang, 許/Hsu, 鄭/Cheng, 謝/Hsieh, 郭/Kuo, 洪/Hung, 邱/Chiu, 曾/Tseng, 廖/Liao, 賴/Lai, 周/Chou",
    engm="Kevin, Jerry, Allen, Vincent, Eric, Jason",
    engf="Vivian, Irene, Peggy, Tina, Joanne, Sandy",
    hon="{f}先生|m; {f}小姐|f; {f}太太|f; {f}媽媽|f; 阿{g}; {f}伯|m; {g}姐|f",
    hon_en="Mr. {f}|m; Ms. {f}|f",
    kin="{f}阿姨|f; {f}伯伯|m; {f}奶奶|f; {g}哥|m",
    streets="忠孝東路四段/Sec. 4^ Zhongxiao E. Rd., 信義路三段/Sec. 3^ Xinyi Rd., 中山北路二段/Sec. 2^ Zhongshan N. Rd., 民生東路五段/Sec. 5^ Minsheng E. Rd., 復興南路一段/Sec. 1^ Fuxing S. Rd., 和平東路二段/Sec. 2^ Heping E. Rd., 文化路/Wenhua Rd., 中正路/Zhongzheng Rd., 公益路/Gongyi Rd., 民族路/Minzu Rd.",
    dists="大安區/Da'an Dist., 信義區/Xinyi Dist., 中山區/Zhongshan Dist., 士林區/Shilin Dist., 板橋區/Banqiao Dist., 西屯區/Xitun Dist., 前鎮區/Qianzhen Dist., 東區/East Dist.",
    towns="台北市/Taipei City, 新北市/New Taipei City, 台中市/Taichung City, 高雄市/Kaohsiung City, 台南市/Tainan City, 桃園市/Taoyuan City, 新竹市/Hsinchu City",
    addr="{pc}{town}{dist}{st}{nnn}巷{nn}弄{n}號{fl}樓; {town}{dist}{st}{nnn}號{n}樓之{n}; {pc}|{town}{dist}|{st}{nn}號",
    addr_en="{fl}F., No. {nnn}, Ln. {nn}, {st}|{dist}, {town} {pc}; No. {nn}, {st}, {dist}|{town} {pc}",
    short="{st}{nnn}巷{nn}號{fl}樓; {st}{nnn}號{n}樓之{n}",
    short_en="{fl}F., No. {nnn}, Ln. {nn}, {st}; No. {nn}, {st}",
    sep="",
    pc="1##; 1####; 4####; 8####",
    phone="09##-###-###; +886 9## ### ###; 09## ### ###; (02)####-####; 02-2###-####",
    dates="{y}/{mm}/{dd}; 民國{roc}年{m}月{d}日; {roc}/{mm}/{dd}; {y}年{m}月{d}日",
    mon="en",
    cur="NT${n}",
    num="en0",
    fx="35",
    cards="visa mc jcb",
    dl="@#########",
    pp="3########",
    plate="@@@-####; ###-@@",
    mail="gmail.com, yahoo.com.tw, hotmail.com, msa.hinet.net",
    area="{n}坪",
    public="周杰倫/Jay Chou, 蔡英文/Tsai Ing-wen, 賴清德/Lai Ching-te, 王建民/Wang Chien-ming, 戴資穎/Tai Tzu-ying, 林書豪/Jeremy Lin",
    shops="全家/FamilyMart, 全聯/PX Mart, foodpanda, 蝦皮/Shopee, 家樂福/Carrefour, 黑貓宅急便/Black Cat, 591租屋網/591",
    named="中正紀念堂/Chiang Kai-shek Memorial Hall, 國父紀念館/Sun Yat-sen Memorial Hall, 逸仙路/Yixian Road, 中山北路/Zhongshan North Road",
)
L(
    "zh_HK",
    country="Hong Kong",
    langs="zht en",
    style="cjk",
    gm="大文/Tai Man, 家豪/Ka Ho, 志強/Chi Keung, 偉明/Wai Ming, 俊傑/Chun Kit, 浩然/Ho Yin, 子健/Tsz Kin, 嘉樂/Ka Lok, 國華/Kwok Wah, 永康/Wing Hong",
    gf="美玲/Mei Ling, 嘉欣/Ka Yan, 詠詩/Wing Sze, 家慧/Ka Wai, 麗華/Lai Wah, 秀英/Sau Ying, 凱琳/Hoi Lam, 曉彤/Hiu Tung, 芷晴/Tsz Ching, 淑儀/Suk Yee",
    fam="陳/Chan, 李/Lee, 張/Cheung, 黃/Wong, 何/Ho, 林/Lam, 梁/Leung, 劉/Lau, 吳/Ng, 鄭/Cheng, 麥/Mak, 鄧/Tang, 周/Chow, 葉/Yip, 曾/Tsang, 馮/Fung, 謝/Tse, 蔡/Choi",
    engm="Peter, Kelvin, Alan, Derek, Raymond, Michael, Ivan, Jacky",
    engf="Mandy, Karen, Winnie, Yvonne, Cherry, Gigi, Iris, Joyce",
    hon="{f}生|m; {f}太|f; {f}小姐|f; {f}先生|m; 阿{g}; {f}姑娘|f",
    hon_en="Mr {f}|m; Ms {f}|f; Mrs {f}|f; Miss {f}|f",
    kin="{f}姨姨|f; {f}叔叔|m; {f}婆婆|f; {f}伯伯|m",
    kin_en="Auntie {f}|f; Uncle {f}|m",
    streets="彌敦道/Nathan Road, 軒尼詩道/Hennessy Road, 英皇道/King's Road, 荷李活道/Hollywood Road, 窩打老道/Waterloo Road, 德輔道中/Des Voeux Road Central, 青山公路/Castle Peak Road, 大埔道/Tai Po Road, 亞皆老街/Argyle Street, 太子道西/Prince Edward Road West",
    blds="美孚新邨/Mei Foo Sun Chuen, 太古城/Taikoo Shing, 黃埔花園/Whampoa Garden, 沙田第一城/City One Shatin, 麗港城/Laguna City, 嘉湖山莊/Kingswood Villas, 華富邨/Wah Fu Estate",
    dists="旺角/Mong Kok, 銅鑼灣/Causeway Bay, 沙田/Sha Tin, 觀塘/Kwun Tong, 屯門/Tuen Mun, 將軍澳/Tseung Kwan O, 荃灣/Tsuen Wan, 北角/North Point, 深水埗/Sham Shui Po, 西營盤/Sai Ying Pun",
    towns="九龍/Kowloon, 香港/Hong Kong, 新界/New Territories",
    addr="{town}{dist}{st}{no}號{bld}{n}座{fl}樓{L}室; {dist}{bld}{n}座{fl}樓{nn}室; {town}{dist}{st}{nnn}號{fl}樓",
    addr_en="Flat {L}, {fl}/F, Block {n}, {bld}|{dist}, {town}; Flat {nn}, {fl}/F, {no} {st}|{dist}, {town}; Room {nnn}, {bld}, {dist}",
    short="{st}{no}號{bld}{n}座{fl}樓{L}室; {bld}{n}座{fl}樓{nn}室",
    short_en="Flat {L}, {fl}/F, Block {n}, {bld}; Flat {nn}, {fl}/F, {no} {st}",
    sep="",
    phone="9### ####; +852 9### ####; 6### ####; 5### ####; +852 2### ####",
    dates="{dd}/{mm}/{y}; {y}年{m}月{d}日; {d}-{m}-{y}",
    mon="en",
    cur="HK${n}",
    fx="8.5",
    cards="visa mc unionpay",
    dl="@######(#)",
    pp="H########; K########",
    plate="@@ ####; @ ###",
    mail="yahoo.com.hk, gmail.com, netvigator.com, hotmail.com",
    area="{n}呎",
    public="周潤發/Chow Yun-fat, 李小龍/Bruce Lee, 李家超/John Lee, 張學友/Jacky Cheung, 陳慧琳/Kelly Chen",
    shops="百佳/ParknShop, 惠康/Wellcome, foodpanda, Deliveroo, 順豐/SF Express, 宜家/IKEA, 豐澤/Fortress, 28Hse",
    named="彌敦道/Nathan Road, 軒尼詩道/Hennessy Road, 德輔道中/Des Voeux Road Central, 麥理浩徑/MacLehose Trail, 伊利沙伯體育館/Queen Elizabeth Stadium",
)
L(
    "ja_JP",
    country="Japan",
    langs="ja",
    style="ja",
    gm="翔太/Shota, 大輔/Daisuke, 健太/Kenta, 拓也/Takuya, 直樹/Naoki, 浩/Hiroshi, 誠/Makoto, 隆/Takashi, 健一/Ken'ichi, 蓮/Ren, 湊/Minato, 悠真/Yuma, 陽翔/Haruto, 和也/Kazuya, 修/Osamu, 剛/Tsuyoshi",
    gf="陽子/Yoko, 恵子/Keiko, 由美/Yumi, 美咲/Misaki, 愛/Ai, 結衣/Yui, 葵/Aoi, 陽菜/Hina, さくら/Sakura, 真由美/Mayumi, 久美子/Kumiko, 直子/Naoko, 千尋/Chihiro, 麻衣/Mai, 彩花/Ayaka, 芽依/Mei",
    fam="佐藤/Sato, 鈴木/Suzuki, 高橋/Takahashi, 田中/Tanaka, 伊藤/Ito, 渡辺/Watanabe, 山本/Yamamoto, 中村/Nakamura, 小林/Kobayashi, 加藤/Kato, 吉田/Yoshida, 山田/Yamada, 佐々木/Sasaki, 山口/Yamaguchi, 松本/Matsumoto, 井上/Inoue, 木村/Kimura, 林/Hayashi, 清水/Shimizu, 斎藤/Saito, 森/Mori, 池田/Ikeda, 橋本/Hashimoto, 石川/Ishikawa, 長谷川/Hasegawa, 藤原/Fujiwara",
    nick="ゆっきー/Yukki, まっちゃん/Macchan, たっくん/Takkun, みーちゃん/Mii-chan, よっしー/Yosshi",
    hon="{f}さん; {f}様; {f}さま; {g}さん; {g}ちゃん|f; {g}くん|m; {f}先生; {full}様; {full}さん",
    hon_en="{f}-san; {f}-sama; {g}-san; {g}-chan|f; {g}-kun|m",
    kin="{f}のおばあちゃん|f; {f}のおじいちゃん|m; {g}おばちゃん|f; {g}おじさん|m",
    dists="神南/Jinnan, 代々木/Yoyogi, 恵比寿/Ebisu, 三軒茶屋/Sangenjaya, 中目黒/Nakameguro, 吉祥寺本町/Kichijoji-honcho, 梅田/Umeda, 天神/Tenjin, 栄/Sakae, 大濠/Ohori, 北浜/Kitahama, 本郷/Hongo, 高円寺南/Koenji-minami",
    towns="東京都渋谷区/Shibuya-ku^ Tokyo, 東京都世田谷区/Setagaya-ku^ Tokyo, 東京都杉並区/Suginami-ku^ Tokyo, 東京都目黒区/Meguro-ku^ Tokyo, 東京都文京区/Bunkyo-ku^ Tokyo, 東京都武蔵野市/Musashino-shi^ Tokyo, 大阪府大阪市北区/Kita-ku^ Osaka, 福岡県福岡市中央区/Chuo-ku^ Fukuoka, 愛知県名古屋市中区/Naka-ku^ Nagoya, 神奈川県横浜市港北区/Kohoku-ku^ Yokohama, 京都府京都市左京区/Sakyo-ku^ Kyoto, 北海道札幌市中央区/Chuo-ku^ Sapporo",
    blds="グリーンハイツ/Green Heights, メゾン・ド・ソレイユ/Maison de Soleil, サンシャインコーポ/Sunshine Corpo, パークサイド代々木/Parkside Yoyogi, ライオンズマンション/Lions Mansion, コーポ桜/Corpo Sakura",
    addr="〒{pc}|{town}{dist}{d1}丁目{n}-{nn}|{bld}{nnn}号室; 〒{pc} {town}{dist}{d1}-{n}-{nn} {bld}{nnn}; {town}{dist}{d1}丁目{nn}番{n}号",
    addr_en="{bld} {nnn}, {d1}-{n}-{nn} {dist}|{town} {pc}; {d1}-{nn}-{n} {dist}, {town} {pc}",
    short="{town}{dist}{d1}丁目{n}-{nn}; {dist}{d1}-{n}-{nn} {bld}{nnn}",
    short_en="{d1}-{n}-{nn} {dist}; {bld} {nnn}, {d1}-{n}-{nn} {dist}",
    sep=" ",
    pc="###-####",
    phone="090-####-####; 080-####-####; 070-####-####; +81 90-####-####; 03-####-####; 06-####-####; 090########",
    dates="{y}年{m}月{d}日; {jera}年{m}月{d}日; {y}/{mm}/{dd}; {jeraR}.{m}.{d}",
    mon="en",
    cur="{n}円",
    num="en0",
    fx="160",
    cards="jcb visa mc",
    dl="############",
    pp="@@#######",
    plate="品川 3## さ ##-##; 練馬 5## あ ##-##; なにわ 3## ら ##-##; 横浜 3## ぬ ##-##",
    mail="docomo.ne.jp, ezweb.ne.jp, softbank.ne.jp, yahoo.co.jp, gmail.com, icloud.com, nifty.com",
    area="{n}㎡",
    public="大谷翔平/Shohei Ohtani, 羽生結弦/Yuzuru Hanyu, 大坂なおみ/Naomi Osaka, 宮崎駿/Hayao Miyazaki, 石破茂/Shigeru Ishiba, 村上春樹/Haruki Murakami, イチロー/Ichiro",
    shops="セブン-イレブン/7-Eleven, ローソン/Lawson, ファミリーマート/FamilyMart, ニトリ/Nitori, 無印良品/Muji, ヤマト運輸/Yamato Transport, 佐川急便/Sagawa, 出前館/Demae-can, イオン/AEON, ヨドバシカメラ/Yodobashi",
    named="明治神宮/Meiji Jingu, 二宮金次郎像/Ninomiya Kinjiro statue, 野口英世記念館/Noguchi Hideyo Memorial Hall, 坂本龍馬像/Sakamoto Ryoma statue",
)
L(
    "ko_KR",
    country="South Korea",
    langs="ko",
    style="ko",
    gm="민준/Min-jun, 서준/Seo-jun, 도윤/Do-yun, 지훈/Ji-hoon, 현우/Hyun-woo, 성민/Sung-min, 준호/Jun-ho, 동현/Dong-hyun, 영수/Young-soo, 상철/Sang-chul, 재원/Jae-won, 태현/Tae-hyun, 승우/Seung-woo, 건우/Geon-woo",
    gf="서연/Seo-yeon, 지우/Ji-woo, 하은/Ha-eun, 민서/Min-seo, 수빈/Su-bin, 지현/Ji-hyun, 은지/Eun-ji, 혜진/Hye-jin, 미경/Mi-kyung, 영희/Young-hee, 수진/Su-jin, 유나/Yu-na, 다은/Da-eun, 예린/Ye-rin",
    fam="김/Kim, 이/Lee, 박/Park, 최/Choi, 정/Jung, 강/Kang, 조/Cho, 윤/Yoon, 장/Jang, 임/Lim, 한/Han, 오/Oh, 서/Seo, 신/Shin, 권/Kwon, 황/Hwang, 안/Ahn, 송/Song, 홍/Hong, 남궁/Namgung, 제갈/Jegal",
    hon="{g} 씨; {full} 씨; {full}님; {f} 사장님|m; {f} 과장님; {g}님; {full} 고객님",
    hon_en="{g}-ssi; Mr. {f}|m; Ms. {f}|f",
    kin="{g} 이모|f; {g} 삼촌|m; {g} 언니|f; {g} 오빠|m; {g} 누나|f; {g} 형|m",
    kin_en="{g} unnie|f; {g} oppa|m; {g} hyung|m",
    streets="테헤란로/Teheran-ro, 강남대로/Gangnam-daero, 세종대로/Sejong-daero, 올림픽로/Olympic-ro, 반포대로/Banpo-daero, 해운대로/Haeundae-ro, 월드컵북로/World Cup buk-ro, 도산대로/Dosan-daero, 퇴계로/Toegye-ro, 을지로/Eulji-ro, 동일로/Dongil-ro, 광평로/Gwangpyeong-ro",
    towns="서울특별시 강남구/Gangnam-gu^ Seoul, 서울특별시 마포구/Mapo-gu^ Seoul, 서울특별시 송파구/Songpa-gu^ Seoul, 서울특별시 관악구/Gwanak-gu^ Seoul, 부산광역시 해운대구/Haeundae-gu^ Busan, 경기도 성남시 분당구/Bundang-gu^ Seongnam, 인천광역시 연수구/Yeonsu-gu^ Incheon, 대구광역시 수성구/Suseong-gu^ Daegu, 대전광역시 유성구/Yuseong-gu^ Daejeon",
    blds="래미안/Raemian, 자이/Xi, 푸르지오/Prugio, 힐스테이트/Hillstate, 현대아파트/Hyundai Apt., 은마아파트/Eunma Apt., 롯데캐슬/Lotte Castle",
    addr="{town} {st} {nnn}, {bld} {nnn}동 {nnn}호; ({pc}) {town} {st}{nn}길 {nn}, {fl}층; {town} {st} {nnn}, {nnn}동 {nnn}호",
    addr_en="{nnn}-{nnn}, {nnn} {st}|{town} {pc}; {bld} {nnn}-dong {nnn}-ho, {nnn} {st}|{town}",
    short="{st} {nnn}, {bld} {nnn}동 {nnn}호; {st}{nn}길 {nn}, {fl}층",
    short_en="{nnn}-{nnn}, {nnn} {st}; {bld} {nnn}-dong {nnn}-ho",
    sep=" ",
    pc="0####; 4####; 1####",
    phone="010-####-####; +82 10-####-####; 010 #### ####; 02-###-####; 031-###-####; 010########",
    dates="{y}년 {m}월 {d}일; {y}.{mm}.{dd}; {y}-{mm}-{dd}; {yy}{mm}{dd}",
    mon="en",
    cur="{n}원",
    num="en0",
    fx="1450",
    cards="visa mc",
    dl="##-##-######-##",
    pp="M########; M###@####",
    plate="##가 ####; ###나 ####; ##허 ####",
    mail="naver.com, daum.net, hanmail.net, kakao.com, gmail.com, nate.com",
    area="{n}㎡",
    public="손흥민/Son Heung-min, 김연아/Kim Yuna, 이재명/Lee Jae-myung, 봉준호/Bong Joon-ho, 아이유/IU, 페이커/Faker",
    shops="쿠팡/Coupang, 배달의민족/Baemin, 요기요/Yogiyo, 이마트/E-mart, 홈플러스/Homeplus, CU, GS25, 다이소/Daiso, 당근마켓/Danggeun Market, CJ대한통운/CJ Logistics",
    named="세종대로/Sejong-daero, 을지로/Eulji-ro, 퇴계로/Toegye-ro, 도산대로/Dosan-daero, 충무로/Chungmuro, 김구 기념관/Kim Koo Museum, 이순신 동상/Yi Sun-sin statue",
)
L(
    "mn_MN",
    country="Mongolia",
    langs="mn",
    style="mn",
    gm="Бат/Bat, Болд/Bold, Ганбаатар/Ganbaatar, Төмөр/Tömör, Эрдэнэ/Erdene, Бат-Эрдэнэ/Bat-Erdene, Мөнх-Очир/Mönkh-Ochir, Тэмүүлэн/Temuulen, Сүхбат/Sükhbat, Отгонбаяр/Otgonbayar, Баяр/Bayar, Ариунболд/Ariunbold",
    gf="Сарнай/Sarnai, Оюунчимэг/Oyunchimeg, Нарантуяа/Narantuya, Энхжаргал/Enkhjargal, Цэцэг/Tsetseg, Солонго/Solongo, Номин/Nomin, Ануужин/Anuujin, Мөнхзул/Mönkhzul, Уянга/Uyanga, Туяа/Tuyaa, Золзаяа/Zolzaya",
    hon="{g} гуай; {g} ах|m; {g} эгч|f; хатагтай {g}|f; ноён {g}|m",
    hon_en="{g} guai; {g} akh|m; {g} egch|f",
    streets="Энхтайваны өргөн чөлөө/Peace Avenue, Сөүлийн гудамж/Seoul Street, Чингисийн өргөн чөлөө/Chinggis Avenue, Их тойруу/Ikh Toiruu, Жамъян гүний гудамж/Jamiyan Gun Street, Токиогийн гудамж/Tokyo Street, Амарын гудамж/Amar Street",
    dists="Сүхбаатар дүүрэг/Sükhbaatar District, Чингэлтэй дүүрэг/Chingeltei District, Баянзүрх дүүрэг/Bayanzürkh District, Хан-Уул дүүрэг/Khan-Uul District, Баянгол дүүрэг/Bayangol District, Сонгинохайрхан дүүрэг/Songinokhairkhan District",
    towns="Улаанбаатар/Ulaanbaatar, Дархан/Darkhan, Эрдэнэт/Erdenet, Чойр/Choir, Мөрөн/Mörön",
    addr="{town}, {dist}, {nn}-р хороо, {nn}-р байр, {nn} тоот; {town}, {dist}, {st}, {nn} байр, {nnn} тоот",
    addr_en="Apt {nn}, Bldg {nn}, Khoroo {n}|{dist}, {town}; {st} {nn}, apt {nnn}|{dist}, {town} {pc}",
    short="{dist}, {nn}-р хороо, {nn}-р байр, {nn} тоот; {st}, {nn} байр, {nnn} тоот",
    short_en="Apt {nn}, Bldg {nn}, Khoroo {n}, {dist}; {st} {nn}, apt {nnn}",
    pc="1#####",
    phone="+976 9### ####; 9### ####; 8### ####; 7011 ####",
    dates="{y}.{mm}.{dd}; {y} оны {m} сарын {d}",
    cur="{n}₮",
    num="en0",
    fx="3800",
    plate="####УБА; ####УНБ",
    mail="gmail.com, yahoo.com, mail.ru",
    public="Чингис хаан/Genghis Khan, Хүрэлсүх/Khürelsükh, Асашёорюү/Asashoryu",
    shops="Номин/Nomin, Emart, CU, Toki, Shoppy.mn",
    named="Сүхбаатарын талбай/Sükhbaatar Square, Чингис хаан олон улсын нисэх онгоцны буудал/Chinggis Khaan International Airport, Жамъян гүний гудамж/Jamiyan Gun Street",
)
L(
    "vi_VN",
    country="Vietnam",
    langs="vi",
    style="vi",
    gm="An, Bình, Cường, Dũng, Đức, Hải, Hùng, Huy, Khoa, Long, Minh, Nam, Phong, Quân, Sơn, Thắng, Tuấn, Việt, Hiếu, Trung",
    gf="Anh, Chi, Dung, Giang, Hà, Hạnh, Hằng, Hoa, Hương, Lan, Linh, Mai, Ngọc, Nhung, Phương, Thảo, Thu, Trang, Vy, Yến",
    fam="Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Trương, Đinh, Lâm, Mai",
    midm="Văn, Hữu, Đức, Minh, Quang, Thành, Công, Tuấn, Xuân, Gia",
    midf="Thị, Ngọc, Thu, Thanh, Kim, Minh, Bảo, Phương, Mỹ, Hoài",
    nick="Tí, Tèo, Bi, Bống, Na, Mít, Su, Cún, Bin, Sóc",
    hon="anh {g}|m; chị {g}|f; cô {g}|f; chú {g}|m; bác {g}; em {g}; ông {g}|m; bà {g}|f; Anh {full}|m; Chị {full}|f",
    hon_en="anh {g}|m; chị {g}|f; Mr. {g}|m; Ms. {g}|f; Mr {f}|m",
    kin="cô {g}|f; chú {g}|m; bà {g}|f; ông {g}|m; dì {g}|f",
    streets="Nguyễn Huệ, Lê Lợi, Trần Hưng Đạo, Hai Bà Trưng, Điện Biên Phủ, Cách Mạng Tháng Tám, Lý Thường Kiệt, Nguyễn Trãi, Phan Đình Phùng, Võ Văn Tần, Bà Triệu, Hoàng Diệu, Láng Hạ, Kim Mã, Xuân Thủy",
    dists="Quận 1, Quận 3, Quận Bình Thạnh, Quận Phú Nhuận, Thành phố Thủ Đức, Quận Ba Đình, Quận Đống Đa, Quận Cầu Giấy, Quận Hoàn Kiếm, Quận Hải Châu",
    regs="Phường Bến Nghé, Phường 7, Phường Đa Kao, Phường 15, Phường Dịch Vọng, Phường Láng Thượng, Phường Thảo Điền",
    towns="TP. Hồ Chí Minh, Hà Nội, Đà Nẵng, Hải Phòng, Cần Thơ, Nha Trang, Huế, Vũng Tàu",
    blds="Vinhomes Central Park, Masteri Thảo Điền, Sunrise City, Chung cư Hoàng Anh Gia Lai, Times City, Royal City",
    addr="{no} {st}, {reg}, {dist}, {town}; Số {no}/{n} {st}, {reg}|{dist}, {town}; Căn hộ {L}{fl}.{nn}, {bld}, {no} {st}|{dist}, {town}; Hẻm {nnn}/{nn} {st}, {reg}, {dist}, {town}",
    short="{no} {st}, {reg}; Số {no}/{n} {st}; Hẻm {nnn}/{nn} {st}; Căn hộ {L}{fl}.{nn}, {bld}",
    phone="09# ### ####; +84 9# ### ####; 0912 ### ###; 03# #######; 028 #### ####; 024 #### ####; 090.###.####",
    dates="{dd}/{mm}/{y}; ngày {d} tháng {m} năm {y}; {d}/{m}/{y}",
    cur="{n}đ",
    num="de0",
    fx="27000",
    cards="visa mc",
    dl="############",
    pp="@########; C#######",
    plate="51@-###.##; 30@-###.##; 29@#-###.##",
    mail="gmail.com, yahoo.com.vn, outlook.com",
    public="Sơn Tùng M-TP, Quang Hải, Hồ Chí Minh, Tô Lâm, Mỹ Tâm",
    shops="Bách Hóa Xanh, WinMart, Co.opmart, Shopee, Lazada, Grab, GrabFood, ShopeeFood, Giao Hàng Nhanh, Điện Máy Xanh",
    named="đường Nguyễn Huệ, đường Lê Lợi, công viên Lê Văn Tám, trường THPT Lê Hồng Phong, cầu Trần Thị Lý, bảo tàng Hồ Chí Minh",
)
L(
    "th_TH",
    country="Thailand",
    langs="th",
    style="th",
    gm="สมชาย/Somchai, สมศักดิ์/Somsak, ประเสริฐ/Prasert, วิชัย/Wichai, ธนากร/Thanakorn, ณัฐพล/Nattapon, กิตติพงษ์/Kittipong, อนุชา/Anucha, สุรเชษฐ์/Surachet, ชัยวัฒน์/Chaiwat, พงศกร/Pongsakorn, ภานุวัฒน์/Panuwat",
    gf="สมหญิง/Somying, มาลี/Malee, สุดารัตน์/Sudarat, กาญจนา/Kanchana, วันเพ็ญ/Wanphen, ปิยะนุช/Piyanuch, ณัฐธิดา/Natthida, พิมพ์ชนก/Pimchanok, ศิริพร/Siriporn, อรอุมา/Onuma, จิราพร/Jiraporn, ชนิดา/Chanida",
    fam="สุขสวัสดิ์/Suksawat, ศรีสุข/Srisuk, แสงทอง/Saengthong, วงศ์สวัสดิ์/Wongsawat, ทองดี/Thongdee, บุญมา/Boonma, จันทร์เพ็ญ/Chanphen, รัตนพันธ์/Rattanaphan, พรหมมา/Promma, ชัยมงคล/Chaimongkol, เกษมสุข/Kasemsuk, ปัญญาดี/Panyadee, ศรีวงศ์/Sriwong, อินทรประเสริฐ/Intaraprasert",
    nick="น้อย/Noi, ปุ้ย/Pui, แอน/Ann, บี/Bee, ต้น/Ton, พลอย/Ploy, มิ้นท์/Mint, กอล์ฟ/Golf, ปู/Pu, เบียร์/Beer, นุ่น/Nun, แบงค์/Bank, ฝน/Fon",
    hon="คุณ{g}; คุณ{nick}; คุณ{full}; พี่{nick}; น้อง{nick}; ป้า{g}|f; ลุง{g}|m",
    hon_en="Khun {g}; Khun {nick}; P'{nick}; Nong {nick}",
    kin="ป้า{nick}|f; ลุง{nick}|m; ยาย{g}|f; ตา{g}|m; พี่{nick}; น้า{nick}",
    kin_en="P'{nick}; Pa {nick}|f; Lung {nick}|m",
    streets="ถนนสุขุมวิท/Sukhumvit Road, ซอยสุขุมวิท 39/Soi Sukhumvit 39, ถนนพหลโยธิน/Phahonyothin Road, ถนนรัชดาภิเษก/Ratchadaphisek Road, ถนนลาดพร้าว/Lat Phrao Road, ถนนเพชรบุรี/Phetchaburi Road, ถนนสีลม/Silom Road, ถนนนิมมานเหมินท์/Nimmanhaemin Road, ถนนพระราม 9/Rama 9 Road, ซอยอารีย์/Soi Ari",
    regs="แขวงคลองตันเหนือ/Khlong Tan Nuea, แขวงสามเสนใน/Samsen Nai, แขวงห้วยขวาง/Huai Khwang, แขวงสีลม/Silom, แขวงจอมพล/Chom Phon",
    dists="เขตวัฒนา/Watthana, เขตพญาไท/Phaya Thai, เขตห้วยขวาง/Huai Khwang, เขตบางรัก/Bang Rak, เขตจตุจักร/Chatuchak, อ.เมือง/Mueang",
    towns="กรุงเทพมหานคร/Bangkok, เชียงใหม่/Chiang Mai, ภูเก็ต/Phuket, ขอนแก่น/Khon Kaen, นนทบุรี/Nonthaburi, ชลบุรี/Chonburi, หาดใหญ่/Hat Yai",
    blds="คอนโดลุมพินี/Lumpini Condo, ไอดีโอ โมบิ/Ideo Mobi, ศุภาลัย/Supalai, หมู่บ้านพฤกษา/Pruksa Village",
    addr="{no}/{nn} {st} {reg} {dist} {town} {pc}; ห้อง {nnn} {bld} {st} {reg} {dist}|{town} {pc}; {no} หมู่ {n} {reg} {dist} {town} {pc}",
    addr_en="{no}/{nn} {st}, {reg}, {dist}|{town} {pc}; Room {nnn}, {bld}, {st}|{dist}, {town} {pc}; {no} Moo {n}, {reg}, {dist}, {town} {pc}",
    short="{no}/{nn} {st}; ห้อง {nnn} {bld}",
    short_en="{no}/{nn} {st}; Room {nnn}, {bld}",
    sep=" ",
    pc="10###; 50###; 83###",
    phone="08#-###-####; +66 8# ### ####; 09# ### ####; 06#-###-####; 02-###-####; 08########",
    dates="{d} {MON} {be}; {dd}/{mm}/{be}; {dd}/{mm}/{y}; !th {d} {MON} {be}",
    mon="th",
    cur="฿{n}",
    fx="38",
    cards="visa mc",
    dl="########",
    pp="@@#######",
    plate="#กข ####; กท ####",
    mail="hotmail.com, gmail.com, yahoo.co.th",
    public="ลิซ่า/Lisa, แพทองธาร ชินวัตร/Paetongtarn Shinawatra, บัวขาว/Buakaw, ณเดชน์ คูกิมิยะ/Nadech Kugimiya",
    shops="7-Eleven, Lotus's, Big C, Makro, Grab, LINE MAN, Foodpanda, Lazada, Shopee, HomePro, Kerry Express, Flash Express",
    named="ถนนพระราม 9/Rama 9 Road, สวนสมเด็จพระนางเจ้าสิริกิติ์/Queen Sirikit Park, โรงพยาบาลจุฬาลงกรณ์/Chulalongkorn Hospital, ถนนพระราม 4/Rama IV Road",
)
L(
    "id_ID",
    country="Indonesia",
    langs="id",
    style="id",
    gm="Budi, Agus, Andi, Dedi, Eko, Hendra, Irfan, Joko, Rizky, Fajar, Yusuf, Wahyu, Bambang, Slamet, Teguh, Arif, Dimas, Bayu",
    gf="Siti, Dewi, Sri, Rina, Ayu, Putri, Nur, Wulan, Fitri, Indah, Lestari, Ratna, Yuni, Dian, Intan, Nabila, Suwarni, Sulastri",
    fam="Santoso, Wijaya, Kusuma, Saputra, Hidayat, Pratama, Setiawan, Gunawan, Siregar, Nasution, Simanjuntak, Hutapea, Lubis, Harahap, Sembiring, Tanjung, Rahman, Kurniawan, Wibowo, Susanto, Halim, Purnomo, Sihombing",
    nick="Ucok, Butet, Mamat, Iwan, Neng, Ujang, Asep, Dodi",
    hon="Pak {g}|m; Bu {g}|f; Bapak {full}|m; Ibu {full}|f; Mas {g}|m; Mbak {g}|f; Kak {g}; Bang {g}|m; Teh {g}|f; Sdr. {full}",
    hon_en="Pak {g}|m; Bu {g}|f; Mas {g}|m; Mbak {g}|f",
    kin="Tante {g}|f; Om {g}|m; Nenek {g}|f; Kakek {g}|m; Budhe {g}|f; Pakdhe {g}|m",
    kin_en="Tante {g}|f; Om {g}|m",
    streets="Jl. Sudirman, Jl. Thamrin, Jl. Gatot Subroto, Jl. Diponegoro, Jl. Pahlawan, Jl. Merdeka, Jl. Kebon Jeruk Raya, Jl. Kemang Raya, Jl. Dago, Jl. Malioboro, Jl. Melati, Jl. Mawar, Jl. Cempaka Putih, Jl. Hayam Wuruk, Gg. Kenari",
    dists="Kebayoran Baru, Menteng, Tebet, Cilandak, Kemang, Coblong, Gondokusuman, Sukajadi, Rungkut, Denpasar Selatan",
    regs="Kel. Senayan, Kel. Cikini, Kel. Tebet Barat, Kel. Pejaten, Kel. Dago, Kel. Bangka",
    towns="Jakarta Selatan, Jakarta Pusat, Bandung, Surabaya, Yogyakarta, Medan, Semarang, Denpasar, Makassar, Bekasi, Tangerang Selatan, Depok, Bogor, Malang",
    blds="Griya Asri, Citra Garden, Taman Kopo Indah, Bumi Serpong Damai, Kalibata City, Green Pramuka",
    addr="{st} No. {no}, RT {n}/RW {n}|{reg}, {dist}|{town} {pc}; {st} No. {no}|{dist}, {town} {pc}; Perum {bld} Blok {L}{n} No. {nn}|{dist}, {town}; Apartemen {bld} Tower {L} Unit {fl}{nn}|{st}, {town}",
    short="{st} No. {no}, RT {n}/RW {n}; {st} No. {no}; Perum {bld} Blok {L}{n} No. {nn}",
    pc="1####; 4####; 6####; 5####",
    phone="0812-####-####; +62 812-####-####; 0813 #### ####; 08##########; +62 21 #######; (021) ########",
    dates="{dd}-{mm}-{y}; {d} {MON} {y}; {dd}/{mm}/{y}",
    mon="id",
    cur="Rp{n}",
    num="de0",
    fx="17500",
    cards="visa mc",
    dl="############",
    pp="@#######; X#######",
    plate="B #### @@@; D #### @@; L #### @@",
    mail="gmail.com, yahoo.co.id, yahoo.com, ymail.com",
    public="Joko Widodo, Prabowo Subianto, Agnez Mo, Rich Brian, Susi Susanti, Raisa, Taufik Hidayat",
    shops="Indomaret, Alfamart, Tokopedia, Shopee, GoFood, GrabFood, Gojek, JNE, J&T, Ace Hardware, Informa",
    named="Jl. Sudirman, Jl. Thamrin, Jl. Diponegoro, Bandara Soekarno-Hatta, Stadion Gelora Bung Karno, Taman Suropati",
)
L(
    "ms_MY",
    country="Malaysia",
    langs="ms en",
    style="ms",
    gm="Ahmad, Muhammad, Mohd Faizal, Azman, Hafiz, Syafiq, Amirul, Zulkifli, Rizal, Khairul, Hakim, Firdaus, Ismail, Razak, Shahrul",
    gf="Siti Norhayati, Nurul Ain, Nur Aisyah, Farah, Aminah, Zainab, Norhayati, Rosnah, Siti Aishah, Nabilah, Syazwani, Hidayah, Faridah, Azizah",
    hon="Encik {g}|m; Puan {g}|f; Cik {g}|f; Tuan {g}|m; Kak {g}|f; Abang {g}|m; Haji {g}|m; Hajah {g}|f",
    hon_en="Encik {g}|m; Puan {g}|f; Kak {g}|f; Abang {g}|m; Mr {g}|m; Ms {g}|f",
    kin="Mak Cik {g}|f; Pak Cik {g}|m; Nenek {g}|f; Atuk {g}|m; Kak {g}|f; Abang {g}|m",
    kin_en="Makcik {g}|f; Pakcik {g}|m; Aunty {g}|f; Uncle {g}|m",
    streets="Jalan Ampang, Jalan Bukit Bintang, Jalan Tun Razak, Jalan Sultan Ismail, Jalan Bangsar, Jalan Kenanga, Jalan Melur, Jalan Dato Onn, Lorong Maarof, Jalan Tunku Abdul Rahman, Persiaran Gurney, Jalan Wong Ah Fook, Jalan Sultanah Zainab, Jalan Seri Putra 3",
    dists="Taman Tun Dr Ismail, Bangsar, Petaling Jaya, Subang Jaya, Cheras, Setapak, Shah Alam Seksyen 7, Bandar Baru Bangi, Ampang, Puchong",
    towns="Kuala Lumpur, Petaling Jaya, Shah Alam, George Town, Johor Bahru, Ipoh, Kota Kinabalu, Kuching, Melaka, Seremban, Kota Bharu",
    regs="Selangor, Wilayah Persekutuan, Pulau Pinang, Johor, Perak, Sabah, Sarawak",
    blds="Pangsapuri Seri Baiduri, Residensi Vista, Kondominium Mont Kiara, Flat PKNS, Desa Impiana",
    addr="No. {no}, {st}|{dist}|{pc} {town}, {reg}; Unit {L}-{fl}-{nn}, {bld}|{st}, {pc} {town}; No. {nn}, Lorong {nn}, {dist}|{pc} {town}",
    short="No. {no}, {st}; Unit {L}-{fl}-{nn}, {bld}; No. {nn}, Lorong {nn}, {dist}",
    pc="5####; 4####; 1####; 8####",
    phone="012-### ####; +60 12-### ####; 019-#######; 011-#### ####; 03-#### ####; +6012 ### ####",
    dates="{dd}/{mm}/{y}; {d} {MON} {y}; {dd}-{mm}-{y}",
    mon="ms",
    cur="RM{n}",
    fx="4.9",
    cards="visa mc",
    dl="@#######",
    pp="@########",
    plate="W@@ ####; B@@ ####; J@@ ####; V@ ####",
    mail="gmail.com, yahoo.com, hotmail.com",
    public="Siti Nurhaliza, Lee Chong Wei, Anwar Ibrahim, Michelle Yeoh, Nicol David, Mahathir Mohamad",
    shops="Mydin, 99 Speedmart, Lotus's, Shopee, Lazada, GrabFood, foodpanda, Pos Laju, J&T, Mudah.my",
    named="Jalan Tun Razak, Jalan Sultan Ismail, Jalan Tunku Abdul Rahman, Masjid Sultan Salahuddin Abdul Aziz Shah, Jalan Dato Onn",
)
L(
    "en_SG",
    country="Singapore",
    langs="en zh",
    style="cjk",
    gm="伟明/Wei Ming, 俊杰/Jun Jie, 志豪/Zhi Hao, 家伟/Jia Wei, 建国/Kian Kok, 国强/Kok Keong, 文杰/Wen Jie, 振华/Chin Hwa",
    gf="美玲/Mei Ling, 慧敏/Hui Min, 丽华/Li Hua, 秀英/Siew Eng, 佳慧/Jia Hui, 雅婷/Ya Ting, 惠珊/Hui Shan, 淑君/Shu Jun",
    fam="陈/Tan, 林/Lim, 李/Lee, 黄/Ng, 吴/Goh, 张/Teo, 王/Ong, 郑/Tay, 杨/Yeo, 蔡/Chua, 许/Koh, 刘/Lau, 梁/Leong, 何/Ho",
    engm="Darren, Marcus, Jonathan, Benjamin, Ryan, Desmond, Alvin, Gabriel",
    engf="Rachel, Michelle, Felicia, Cheryl, Jasmine, Sharon, Joanne, Vanessa",
    hon="{f}先生|m; {f}女士|f; {f}太太|f; {f}小姐|f",
    hon_en="Mr {f}|m; Mrs {f}|f; Ms {f}|f; Madam {f}|f",
    kin="{f}阿姨|f; {f}叔叔|m",
    kin_en="Auntie {f}|f; Uncle {f}|m",
    streets="Ang Mo Kio Avenue 3, Tampines Street 21, Bedok North Road, Jurong West Street 52, Toa Payoh Lorong 1, Yishun Ring Road, Serangoon Avenue 2, Punggol Field, Clementi Avenue 3, Orchard Road, Holland Road, Bukit Timah Road, Upper Thomson Road, Tiong Bahru Road",
    towns="Singapore",
    blds="The Interlace, Parc Esta, Treasure at Tampines, Sky Habitat, Reflections at Keppel Bay",
    addr="Blk {nnn} {st}|#{fl}-{nnn}|Singapore {pc}; {no} {st}|#{fl}-{nn}, {bld}|Singapore {pc}; Blk {nnn}{L} {st} #{fl}-{nnn} Singapore {pc}",
    short="Blk {nnn} {st} #{fl}-{nnn}; {no} {st} #{fl}-{nn}",
    sep=" ",
    pc="######",
    phone="+65 9### ####; 9### ####; 8### ####; +65 8###-####; 6### ####",
    dates="{dd}/{mm}/{y}; {d} {MON} {y}; {dd}-{mm}-{y}",
    mon="en",
    cur="S${n}",
    fx="1.45",
    cards="visa mc amex",
    dl="S#######@; T#######@",
    pp="E#######@; K#######@",
    plate="S@@ ####@; SK@ ####@",
    mail="gmail.com, hotmail.com, singnet.com.sg, yahoo.com.sg",
    area="{sqft}",
    public="Lawrence Wong, Lee Hsien Loong, Joseph Schooling, JJ Lin, Loh Kean Yew",
    shops="NTUC FairPrice, Cold Storage, Sheng Siong, Giant, Grab, Foodpanda, Deliveroo, Shopee, Lazada, Courts, Carousell, PropertyGuru",
    named="Raffles Place, Raffles Hotel, Lee Kong Chian Natural History Museum, Sun Yat Sen Nanyang Memorial Hall",
)
L(
    "tl_PH",
    country="Philippines",
    langs="tl en",
    style="ph",
    gm="Jose, Juan, Mark, John Paul, Jerome, Christian, Rommel, Arnel, Jericho, Paolo, Rodel, Ramon, Angelo, Carlo, Jay-ar, Rey",
    gf="Maria, Maricel, Rowena, Jocelyn, Kristine, Angelica, Princess, Lovely, Jasmine, Marites, Rosalie, Cherry, Janelle, Bea, Camille, Grace",
    fam="Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Torres, Tomas, Andrada, Castillo, Flores, Villanueva, Ramos, Castro, Rivera, Aquino, Navarro, Salazar, Mercado, dela Cruz, de Guzman, Gonzales, Lopez, Pascual, Dizon, Manalo, Soriano, Valdez, Macaraeg",
    nick="Jun-Jun, Bong, Toto, Ging, Bebeng, Nene, Tintin, Jojo, Pia, Boyet, Dodong, Inday, Pinky",
    hon="Ate {g}|f; Kuya {g}|m; Mang {g}|m; Aling {g}|f; G. {f}|m; Gng. {f}|f; Sir {g}|m; Ma'am {g}|f; Tita {g}|f; Tito {g}|m",
    hon_en="Ate {g}|f; Kuya {g}|m; Sir {g}|m; Ma'am {g}|f; Mang {g}|m; Aling {g}|f; Tita {g}|f; Tito {g}|m",
    kin="Lola {g}|f; Lolo {g}|m; Tita {g}|f; Tito {g}|m; Ninang {g}|f; Ninong {g}|m",
    kin_en="Lola {g}|f; Lolo {g}|m; Tita {g}|f; Tito {g}|m; Ninang {g}|f; Ninong {g}|m",
    streets="Rizal Street, Mabini Street, Bonifacio Avenue, Aguinaldo Highway, Katipunan Avenue, Aurora Boulevard, EDSA, Shaw Boulevard, Ortigas Avenue, Quezon Avenue, Sampaguita Street, Ilang-Ilang Street, Magsaysay Boulevard, Kalayaan Avenue, Roxas Boulevard, J.P. Laurel Avenue",
    dists="Brgy. San Antonio, Brgy. Poblacion, Brgy. Bagong Silang, Brgy. Malate, Brgy. Kapitolyo, Brgy. Loyola Heights, Brgy. Lahug, Brgy. Bel-Air, Brgy. Holy Spirit, Brgy. San Isidro",
    towns="Quezon City, Makati City, Pasig City, Manila, Cebu City, Davao City, Taguig, Parañaque, Caloocan, Antipolo, Iloilo City, Baguio City",
    regs="Metro Manila, Cebu, Davao del Sur, Rizal, Laguna, Cavite, Benguet",
    blds="Avida Towers, SMDC Grass Residences, Camella Homes, Vista Verde Subdivision, Greenwoods Executive Village",
    addr="{no} {st}, {dist}|{town}, {reg} {pc}; Blk {nn} Lot {nn}, {bld}|{dist}, {town}; Unit {nnn}, Tower {n}, {bld}|{st}, {town}; {no} {st}, {dist}, {town}",
    short="{no} {st}, {dist}; Blk {nn} Lot {nn}, {bld}; Unit {nnn}, Tower {n}, {bld}",
    pc="1###; 6###; 8###; 4###",
    phone="0917 ### ####; +63 917 ### ####; 0998 ### ####; 09#########; +63 9## ### ####; (02) 8###-####",
    dates="{MON} {d}, {y}; {mm}/{dd}/{y}; {dd}/{mm}/{y}",
    order="mdy",
    mon="tl",
    cur="₱{n}",
    fx="62",
    cards="visa mc",
    dl="@##-##-######",
    pp="P#######@",
    plate="@@@ ####; @@@ ###",
    mail="yahoo.com, gmail.com, ymail.com",
    public="Manny Pacquiao, Bongbong Marcos, Sara Duterte, Lea Salonga, Hidilyn Diaz, Catriona Gray, Vice Ganda",
    shops="SM Supermarket, Puregold, Jollibee, 7-Eleven, Lazada, Shopee, GrabFood, foodpanda, Mercury Drug, LBC, J&T Express, Lamudi",
    named="Rizal Park, Mabini Street, Bonifacio Global City, Aguinaldo Highway, Ninoy Aquino International Airport, Quezon Memorial Circle, Roxas Boulevard",
)
L(
    "my_MM",
    country="Myanmar",
    langs="my en",
    style="mm",
    gm="အောင်ကျော်မိုး/Aung Kyaw Moe, ဇော်ဝင်းထွန်း/Zaw Win Htun, ကျော်ဇင်ဟိန်း/Kyaw Zin Hein, မင်းထက်အောင်/Min Htet Aung, သန့်ဇင်/Thant Zin, ဝင်းနိုင်/Win Naing, ထွန်းထွန်းဦး/Htun Htun Oo, နေလင်းအောင်/Nay Lin Aung, ဖြိုးဝေ/Phyo Wai, ရဲမင်းသူ/Ye Min Thu",
    gf="သီတာဝင်း/Thida Win, နီလာအောင်/Nilar Aung, ခင်မာလာ/Khin Mar Lar, မြတ်နိုးဦး/Myat Noe Oo, ဆုမြတ်နိုး/Su Myat Noe, ယုယုထွေး/Yu Yu Htwe, စန္ဒာမင်း/Sandar Min, ဇင်မာဦး/Zin Mar Oo, ဖူးပွင့်/Phoo Pwint, နန္ဒာလှိုင်/Nandar Hlaing",
    hon="ဦး{g}|m; ဒေါ်{g}|f; ကို{g}|m; မ{g}|f; ဆရာ{g}|m; ဆရာမ{g}|f",
    hon_en="U {g}|m; Daw {g}|f; Ko {g}|m; Ma {g}|f",
    kin="အန်တီ{g}|f; ဦးလေး{g}|m",
    kin_en="Auntie {g}|f; U {g}|m",
    streets="ဗိုလ်ချုပ်လမ်း/Bogyoke Road, ပြည်လမ်း/Pyay Road, ကမ္ဘာအေးဘုရားလမ်း/Kaba Aye Pagoda Road, အင်းယားလမ်း/Inya Road, ဓမ္မစေတီလမ်း/Dhammazedi Road, ၃၃ လမ်း/33rd Street, ဗိုလ်တထောင်ဘုရားလမ်း/Botahtaung Pagoda Road, မဟာဗန္ဓုလလမ်း/Maha Bandula Road",
    dists="ဗဟန်းမြို့နယ်/Bahan Township, ကမာရွတ်မြို့နယ်/Kamayut Township, ရန်ကင်းမြို့နယ်/Yankin Township, စမ်းချောင်းမြို့နယ်/Sanchaung Township, လှိုင်မြို့နယ်/Hlaing Township, ချမ်းအေးသာစံ/Chanayethazan",
    towns="ရန်ကုန်/Yangon, မန္တလေး/Mandalay, နေပြည်တော်/Naypyidaw, မော်လမြိုင်/Mawlamyine, ပုသိမ်/Pathein",
    addr="အမှတ် {nn}၊ {st}၊ {dist}၊ {town}; တိုက် {nn}၊ အခန်း {nnn}၊ {st}၊ {dist}|{town}",
    addr_en="No. {nn}, {st}, {dist}|{town}; Bldg {nn}, Room {nnn}, {st}|{dist}, {town}; No. {nnn}, floor {fl}, {st}, {dist}, {town} {pc}",
    short="အမှတ် {nn}၊ {st}; တိုက် {nn}၊ အခန်း {nnn}၊ {st}",
    short_en="No. {nn}, {st}; Bldg {nn}, Room {nnn}, {st}",
    sep="၊ ",
    pc="11###; 05###",
    phone="09 ### ### ###; +95 9 ### ### ###; 09-########; !my 09 ### ### ###; 01 ######",
    dates="{dd}.{mm}.{y}; {d}-{m}-{y}; !my {dd}.{mm}.{y}; {d} {MON} {y}",
    mon="en",
    cur="{n} Ks",
    num="en0",
    fx="2300",
    plate="YGN #@-####; MDY #@-####",
    mail="gmail.com, yahoo.com",
    public="အောင်ဆန်းစုကြည်/Aung San Suu Kyi, ဗိုလ်ချုပ်အောင်ဆန်း/General Aung San, ဦးသန့်/U Thant",
    shops="City Mart, Ocean, Capital, Grab, Food2U, KBZPay, Wave Money",
    named="ဗိုလ်ချုပ်အောင်ဆန်းဈေး/Bogyoke Aung San Market, ဗိုလ်ချုပ်လမ်း/Bogyoke Road, မဟာဗန္ဓုလပန်းခြံ/Maha Bandula Park, ဦးသန့်အိမ်/U Thant House",
)
L(
    "kk_KZ",
    country="Kazakhstan",
    langs="kk ru",
    style="ru",
    gm="Нурлан/Nurlan, Ерлан/Yerlan, Асхат/Askhat, Данияр/Daniyar, Айдар/Aidar, Бауыржан/Bauyrzhan, Ержан/Yerzhan, Санжар/Sanzhar, Тимур/Timur, Арман/Arman, Олжас/Olzhas, Әлихан/Alikhan",
    gf="Айгерим/Aigerim, Динара/Dinara, Гульнара/Gulnara, Жанар/Zhanar, Асель/Assel, Мадина/Madina, Камила/Kamila, Айжан/Aizhan, Сауле/Saule, Томирис/Tomiris, Алия/Aliya, Жансая/Zhansaya",
    fam="Ахметов=Ахметова/Akhmetov=Akhmetova, Оспанов=Оспанова/Ospanov=Ospanova, Сейтжанов=Сейтжанова/Seitzhanov=Seitzhanova, Жумабаев=Жумабаева/Zhumabayev=Zhumabayeva, Касымов=Касымова/Kassymov=Kassymova, Нурпеисов=Нурпеисова/Nurpeisov=Nurpeisova, Абдрахманов=Абдрахманова/Abdrakhmanov=Abdrakhmanova, Ибраев=Ибраева/Ibrayev=Ibrayeva, Сулейменов=Сулейменова/Suleimenov=Suleimenova, Байжанов=Байжанова/Baizhanov=Baizhanova, Тулегенов=Тулегенова/Tulegenov=Tulegenova, Ким/Kim",
    pat="Нурланович=Нурлановна/Nurlanovich=Nurlanovna, Серикович=Сериковна/Serikovich=Serikovna, Болатович=Болатовна/Bolatovich=Bolatovna, Маратович=Маратовна/Maratovich=Maratovna, Ерланович=Ерлановна/Yerlanovich=Yerlanovna, Кайратович=Кайратовна/Kairatovich=Kairatovna",
    hon="{g} аға|m; {g} апай|f; {g} мырза|m; {g} ханым|f; {gp}",
    hon_en="{g} aga|m; {g} apai|f; {gp}",
    kin="{g} апа|f; {g} ата|m; {g} тәте|f",
    streets="Абай даңғылы/Abay Avenue, Достық даңғылы/Dostyk Avenue, Төле би көшесі/Tole Bi Street, Сәтбаев көшесі/Satpayev Street, Гоголь көшесі/Gogol Street, Әл-Фараби даңғылы/Al-Farabi Avenue, Қабанбай батыр көшесі/Kabanbay Batyr Street, Желтоқсан көшесі/Zheltoksan Street, Мәңгілік Ел даңғылы/Mangilik El Avenue, Тұран даңғылы/Turan Avenue",
    towns="Алматы/Almaty, Астана/Astana, Шымкент/Shymkent, Қарағанды/Karaganda, Ақтөбе/Aktobe, Павлодар/Pavlodar, Өскемен/Oskemen, Атырау/Atyrau",
    addr="{town}, {st}, {no}-үй, {nn}-пәтер|{pc}; {pc}, {town}, {st} {no}, кв. {nn}",
    addr_en="{st} {no}, apt {nn}|{town} {pc}; {pc}, {town}, {st} {no}, apt. {nnn}",
    short="{st}, {no}-үй, {nn}-пәтер; {st} {no}, кв. {nn}",
    short_en="{st} {no}, apt {nn}",
    pc="0#####",
    phone="+7 7## ### ## ##; 8 7## ### ####; 8 (727) ### ## ##; 87#########",
    dates="{dd}.{mm}.{y}; {dd}.{mm}.{y} ж.",
    cur="{n} ₸",
    num="fr",
    fx="520",
    iban="KZ",
    plate="### @@@ 02; ### @@ 01",
    mail="mail.ru, gmail.com, inbox.kz, yandex.kz",
    public="Димаш Құдайберген/Dimash Kudaibergen, Геннадий Головкин/Gennady Golovkin, Қасым-Жомарт Тоқаев/Kassym-Jomart Tokayev, Елена Рыбакина/Elena Rybakina",
    shops="Magnum, Small, Kaspi, Wolt, Glovo, Technodom",
    named="Абай даңғылы/Abay Avenue, Төле би көшесі/Tole Bi Street, Әл-Фараби даңғылы/Al-Farabi Avenue, Сәтбаев университеті/Satbayev University",
)
L(
    "uz_UZ",
    country="Uzbekistan",
    langs="uz ru",
    style="ru",
    gm="Aziz, Jasur, Sardor, Bekzod, Otabek, Rustam, Dilshod, Jamshid, Sherzod, Akmal, Ulugbek, Bobur, Farrux, Sanjar",
    gf="Dilnoza, Gulnora, Malika, Nilufar, Shahnoza, Madina, Zarina, Sevara, Kamola, Feruza, Nodira, Mohira, Dildora, Barno",
    fam="Karimov=Karimova, Rahimov=Rahimova, Tursunov=Tursunova, Yusupov=Yusupova, Abdullayev=Abdullayeva, Rashidov=Rashidova, Ismoilov=Ismoilova, Nazarov=Nazarova, Xolmatov=Xolmatova, Mirzayev=Mirzayeva, Qodirov=Qodirova, Ergashev=Ergasheva",
    pat="Rustamovich=Rustamovna, Alisherovich=Alisherovna, Baxtiyorovich=Baxtiyorovna, Shavkatovich=Shavkatovna, Anvarovich=Anvarovna, Olimovich=Olimovna",
    hon="{g} aka|m; {g} opa|f; {g} xonim|f; {gp}",
    kin="{g} xola|f; {g} amaki|m; {g} buvi|f; {g} bobo|m",
    streets="Amir Temur shoh ko'chasi, Mustaqillik shoh ko'chasi, Navoiy ko'chasi, Shota Rustaveli ko'chasi, Bobur ko'chasi, Chilonzor 9-mavze, Mirobod ko'chasi, Oybek ko'chasi, Afrosiyob ko'chasi",
    towns="Toshkent, Samarqand, Buxoro, Namangan, Andijon, Farg'ona, Nukus, Qarshi",
    addr="{town} sh., {st}, {no}-uy, {nn}-xonadon; {st} {no}, kv. {nn}|{town} {pc}",
    short="{st}, {no}-uy, {nn}-xonadon; {st} {no}, kv. {nn}",
    pc="100###; 140###",
    phone="+998 9# ### ## ##; 9# ### ## ##; +998 (71) ###-##-##; 99 ### ## ##",
    dates="{dd}.{mm}.{y}; {d} {MON} {y}",
    mon="uz",
    cur="{n} so'm",
    num="fr0",
    fx="14000",
    plate="01 @ ### @@; 30 ### @@@",
    mail="mail.ru, gmail.com, inbox.uz, umail.uz",
    public="Shavkat Mirziyoyev, Abbosbek Fayzullayev, Alisher Navoiy",
    shops="Korzinka, Makro, Uzum Market, Yandex Eda, Express24, Click",
    named="Amir Temur xiyoboni, Alisher Navoiy teatri, Navoiy ko'chasi, Mirzo Ulug'bek tumani",
)

# ---------------------------------------------------------------------------- Oceania
L(
    "en_AU",
    country="Australia",
    langs="en",
    gm="Jack, Oliver, William, Noah, Thomas, James, Lachlan, Riley, Cooper, Mitchell, Brodie, Hamish, Daniel, Angus, Kieran, Darcy, Bailey, Wei, Ahmed",
    gf="Charlotte, Olivia, Mia, Ruby, Chloe, Isla, Matilda, Sienna, Zoe, Kayla, Jessica, Madison, Georgia, Bree, Tahlia, Sharon, Narelle, Mei",
    fam="Smith, Jones, Williams, Brown, Wilson, Taylor, Johnson, White, Martin, Anderson, Thompson, Nguyen, Thomas, Walker, Harris, Lee, Ryan, Robinson, Kelly, King, Campbell, Papadopoulos, Rossi, Singh, Tran, O'Brien, McDonald, Murray, Wright, Sullivan",
    nick="Shazza, Davo, Robbo, Bazza, Macca, Tommo, Jonno, Kez, Mel, Bec, Hutchy",
    streets="George Street, Pitt Street, Chapel Street, Brunswick Street, Sydney Road, Oxford Street, Parramatta Road, Military Road, Beach Road, Wattle Avenue, Banksia Street, Jacaranda Crescent, Acacia Close, Bourke Street, Flinders Lane, Hay Street, Stirling Highway",
    towns="Sydney NSW, Newtown NSW, Bondi NSW, Parramatta NSW, Melbourne VIC, Fitzroy VIC, Brunswick VIC, St Kilda VIC, Brisbane QLD, West End QLD, Gold Coast QLD, Perth WA, Fremantle WA, Adelaide SA, Hobart TAS, Canberra ACT, Darwin NT, Geelong VIC",
    addr="{no} {st}|{town} {pc}; Unit {n}/{no} {st}|{town} {pc}; {nn}/{nnn} {st}, {town} {pc}; Apt {nnn}, {no} {st}|{town} {pc}; Lot {nn} {st}|{town} {pc}",
    short="{no} {st}; Unit {n}/{no} {st}; {nn}/{nnn} {st}",
    pc="2###; 3###; 4###; 6###; 5###; 7###",
    phone="04## ### ###; +61 4## ### ###; (02) #### ####; 03 #### ####; +61 (0)4## ### ###; 04########",
    dates="{dd}/{mm}/{y}; {d} {MON} {y}; {d}/{m}/{yy}",
    mon="en",
    cur="${n}",
    fx="1.65",
    cards="visa mc amex",
    dl="########; #########; ###-###-###",
    pp="@@#######",
    plate="@@@-###; ###-@@@; #@@-#@@",
    mail="bigpond.com, optusnet.com.au, iinet.net.au, gmail.com, hotmail.com, outlook.com.au",
    public="Hugh Jackman, Cate Blanchett, Anthony Albanese, Sam Kerr, Ash Barty, Kylie Minogue, Steve Irwin",
    shops="Woolworths, Coles, Aldi, Bunnings, Kmart, JB Hi-Fi, Officeworks, Menulog, Domain, realestate.com.au, Gumtree, Airtasker",
    named="Macquarie Street, Bourke Street, Kingsford Smith Airport, Cathy Freeman Park, Barangaroo Reserve, Stirling Highway",
)
L(
    "en_NZ",
    country="New Zealand",
    langs="en",
    gm="Jack, James, Oliver, William, Liam, Nikau, Tama, Wiremu, Hemi, Rawiri, Ari, Manaia, Sione, Tevita, Hamish, Finn, Lachie",
    gf="Olivia, Charlotte, Amelia, Isla, Aroha, Mere, Kahurangi, Anahera, Ngaio, Mihi, Hine, Losa, Mele, Harriet, Georgia, Tui",
    fam="Smith, Wilson, Williams, Brown, Taylor, Jones, Walker, Ngata, Te Whata, Parata, Tipene, Henare, Kereama, Tuhiwai, Fa'alogo, Taufa, Singh, Lee, Campbell, Stewart, Anderson, Thompson, Robinson, Clark, Harris, Mitchell",
    hon_en="Whaea {g}|f; Matua {g}|m",
    kin_en="Whaea {g}|f; Matua {g}|m; Nan {g}|f; Koro {g}|m; Aunty {g}|f; Uncle {g}|m",
    streets="Queen Street, Ponsonby Road, Karangahape Road, Dominion Road, Cuba Street, Lambton Quay, Colombo Street, Riccarton Road, Great North Road, Kōwhai Street, Rimu Road, Tōtara Avenue, Manuka Place, Te Atatū Road, Victoria Street",
    towns="Auckland, Wellington, Christchurch, Hamilton, Tauranga, Dunedin, Palmerston North, Napier, Nelson, Rotorua, New Plymouth, Whangārei",
    dists="Ponsonby, Grey Lynn, Mt Albert, Newtown, Te Aro, Riccarton, Sydenham, Remuera, Ōtara, Māngere, Papatoetoe, Karori",
    addr="{no} {st}|{dist}|{town} {pc}; Flat {n}, {no} {st}|{dist}, {town} {pc}; {n}/{no} {st}, {dist}, {town} {pc}; {nn}{L} {st}|{dist}|{town} {pc}",
    short="{no} {st}; Flat {n}, {no} {st}; {n}/{no} {st}",
    pc="0###; 1###; 6###; 8###; 9###; 3###",
    phone="021 ### ####; +64 21 ### ####; 027 ### ####; 022 ### ####; 09 ### ####; 04-### ####",
    dates="{d} {MON} {y}; {dd}/{mm}/{y}",
    mon="en",
    cur="${n}",
    fx="1.8",
    cards="visa mc",
    dl="@@######",
    pp="@@######",
    plate="@@@###",
    mail="xtra.co.nz, gmail.com, hotmail.com, slingshot.co.nz",
    public="Jacinda Ardern, Christopher Luxon, Lorde, Richie McCaw, Taika Waititi, Beauden Barrett",
    shops="Woolworths, Pak'nSave, New World, Mitre 10, Bunnings, The Warehouse, Trade Me, Uber Eats",
    named="Kate Sheppard Place, Michael Fowler Centre, Sir Edmund Hillary Drive, Queen Elizabeth II Park",
)


# =======================================================================================
# Templates (one template = one shape)
# =======================================================================================

TEMPLATES: list[dict[str, str]] = []


def T(
    tid: str,
    langs: str,
    text: str,
    kind: str = "pii",
    fmt: str = "text",
    only: str = "",
    mode: str = "",
) -> None:  # noqa: N802
    TEMPLATES.append(
        {
            "id": tid,
            "langs": langs,
            "text": text,
            "kind": kind,
            "fmt": fmt,
            "only": only,
            "mode": mode,
        }
    )


# ---------------------------------------------------------------------------- English
T(
    "en_rental_application",
    "en",
    """
RENTAL APPLICATION — [[bld]], Unit [[flat]]
Applicant: [[p1.full]]
Date of birth: [[p1.dob]]
Current address: [[addr]]
Time at current address: [[n]] years
Mobile: [[p1.phone]]    Email: [[p1.email]]
Employer: [[shop]] — monthly net income [[salary]]
ID type: Passport    No. [[passport]]
Co-applicant: [[p2.full]] (DOB [[p2.dob]])
Previous landlord: [[p3.hon]] — [[p3.phone]]
Pets: [[alt:none|1 cat|a small dog (beagle)|2 budgies]]
Emergency contact: [[p4.full]], [[p4.phone]]
I confirm the above is true. Signed: [[p1.sign]]    Date: [[date]]
""",
)

T(
    "en_us_rental_app",
    "en",
    """
Applicant Information
Full legal name: [[p1.formal]]
SSN: [[ssn]]        Date of Birth: [[p1.dob]]
Driver's License #: [[dl]]    State: [[alt:CA|TX|NY|WA|IL|FL|GA|OH]]
Current Address: [[addr]]
Monthly rent paid: [[rent]]    Landlord: [[p2.full]] [[p2.phone]]
Reason for moving: [[alt:closer to work|need more space|rent increase|relocating for school]]
Vehicle plate: [[plate]]
Co-signer: [[p3.full]], SSN [[ssn.2]], phone [[p3.phone]]
By signing I authorize [[bld]] Property Management to obtain a consumer credit report.
""",
    only="en_US es_US",
)

T(
    "en_itin_note",
    "en",
    """
hi, I don't have a social yet — can I use my ITIN instead? it's [[itin]]. the name on the lease should be [[p1.full]], DOB [[p1.dob]]. my [[g2:husband|wife]] [[p2.given]] will be on it too but [[g2:he|she]] only has a passport ([[passport]]). thanks!
""",
    only="en_US es_US",
)

T(
    "en_tenancy_agreement",
    "en",
    """
ASSURED SHORTHOLD TENANCY AGREEMENT

This agreement is made on [[date]] between:
The Landlord: [[p1.full]] of
[[addrml]]
and the Tenant(s): [[p2.full]] and [[p3.full]]
for the property at [[addr.2]] ("the Property").

1. Term: [[alt:6|12|12|24|36]] months commencing on [[date.2]].
2. Rent: [[rent]] per calendar month, payable in advance on the [[alt:1st|5th|15th|28th]] day of each month by standing order to:
     Account name: [[p1.upper]]
     IBAN: [[iban]]
3. Deposit: [[big]], to be protected in a government-approved scheme within 30 days.
4. The Tenant shall not sublet or part with possession of the Property without written consent.
5. Keys: [[n]] front-door keys and [[alt:1|2]] fob(s) issued. Key safe code (contractors only): [[code]].

Signed by the Landlord .................... [[p1.sign]]
Signed by the Tenant ...................... [[p2.sign]]
Witness: [[p4.full]], [[addr.3]]
""",
)

T(
    "en_rent_increase_email",
    "en",
    """
Subject: Rent review for [[street]]

Dear [[p1.hon]],

I hope you and [[p3.given]] are keeping well. As discussed when we renewed last year, I have reviewed the rent for the flat. From [[date]] the monthly rent will change from [[rent]] to [[rent.2]]. This is still below what similar flats on [[named]] are advertised for.

If you'd like to talk it through, call me on [[p2.phone]] or just reply to this address.

Kind regards,
[[p2.full]]
[[p2.email]]
""",
)

T(
    "en_viewing_confirmation",
    "en",
    """
Hi [[p1.given]],

Just confirming your viewing at [[addr]] on [[date]] at [[time]]. I'll meet you outside — look for the [[alt:blue|red|silver|white]] [[alt:Fiat 500|Toyota Yaris|VW Polo|Renault Clio]] ([[plate]]).
If you're running late please text me on [[p2.phone]].

Thanks,
[[p2.full]]
Lettings Negotiator | [[oemail]]
""",
)

T(
    "en_deposit_dispute",
    "en",
    """
Re: Deposit return – [[street]]

> On [[date]], [[p2.full]] <[[p2.email]]> wrote:
> We will be deducting [[amount]] for cleaning and [[amount.2]] for the carpet in bedroom 2.

Hi [[p2.given]],

I don't agree with these deductions. The check-in inventory (done by [[p3.full]] on [[date.2]]) already notes the stain by the window, photo 14. The flat was professionally cleaned on the day we left — invoice [[invoice]] attached.

Please return the full deposit of [[big]] to my account:
[[p1.full]]
[[iban]]

If we can't resolve this I'll raise it with the deposit scheme (case ref [[case]]).

[[p1.sign]]
[[p1.phone]]
""",
)

T(
    "en_pm_ticket",
    "en",
    """
Ticket #[[case]] | Priority: [[alt:High|Medium|Urgent|Low]]
Property: [[bld]] · Unit [[flat]]
Reported by: [[p1.full]] ([[p1.phone]])
Category: [[alt:Plumbing|Heating|Electrical|Pests|Leak|Intercom]]
Description: [[alt:water coming through the ceiling in the bathroom|no hot water since yesterday|boiler showing error F28|mice in the kitchen cupboards|the intercom buzzes but the door won't release]]
Access: tenant [[alt:will be home after 5pm|works from home Tue/Thu|is happy for you to use the key safe]]. Key safe code [[code]].
Assigned to: [[p2.full]] ([[p2.login]])
Created [[date]] [[time]] by [[p3.login]]
""",
)

T(
    "en_hoa_minutes",
    "en",
    """
[[bld]] Owners' Association — Minutes of the Annual General Meeting
Held on [[date]] at [[time]] in the community room.

Present:
[[rows:4-7]]- [[p@.full]] (unit [[flat.@]])
[[/rows]]Apologies: [[p8.full]], [[p9.hon]]
Chair: [[p1.full]] · Secretary: [[p2.full]]

1. The minutes of the last meeting were approved.
2. Treasurer's report: the reserve fund stands at [[big]]. [[p1.given]] noted that [[n]] owners are more than 60 days in arrears.
3. Roof repairs: three quotes received. Motion to accept the quote from [[alt:Apex Roofing|TopRoof Ltd|Skyline Roofers|Roofix]] for [[big.2]] proposed by [[p2.init]], seconded by [[p8.init]]. Carried.
4. Parking: a resident asked about the car with plate [[plate]] parked in the visitor bay for weeks.
5. AOB: [[p9.hon]] will circulate the new code for the bike store ([[code]]) by email only — please do not post it in the group chat.

Next meeting: [[date.2]].
""",
)

T(
    "en_whatsapp_neighbours",
    "en",
    """
[[[date]], 07:41:09] [[p1.full]]: Hi all, does anyone know whose [[alt:grey cat|parcel|bike|ladder]] this is? It's been outside [[flat]] since this morning
[[[date]], 07:52:30] [[p2.full]]: I think it's [[p3.given]]'s from the top floor
[[[date]], 08:15:02] [[p3.full]]: yes mine!! sorry 🙈 will grab it after work
[[[date]], 12:03:44] [[p4.full]]: also reminder bins go out tonight, [[p1.given]] can you do the recycling this week? I did last week
[[[date]], 12:05:10] [[p1.full]]: 👍
[[[date]], 18:20:57] [[p5.full]]: btw new wifi for the common room is [[wifi]] (network [[ssid]])
""",
)

T(
    "en_telegram_lift",
    "en",
    """
[[p1.full]], [[date]] 21:14
guys the lift is stuck again on [[floor]]. called the company, case [[case]]

[[p2.full]], [[date]] 21:16
again?? 😩 my mum is visiting tomorrow, she can't do the stairs

[[p3.handle]], [[date]] 21:20
I'll call [[p4.hon]] from the management office tomorrow, number is [[p4.phone]]

[[p2.full]], [[date]] 21:21
thank you [[p3.given]] 🙏
""",
)

T(
    "en_noise_letter",
    "en",
    """
[[p1.full]]
[[addrml]]

[[date]]

Dear neighbour at Flat [[flat]],

I'm writing about the noise from your flat late at night. On [[date.2]] and again on [[date.3]] there was loud music until after 2am, and I have to be up for work at six.

I'd much rather sort this out between us than involve the managing agent. You can reach me on [[p1.phone]] — or just knock.

Yours,
[[p1.sign]]
""",
)

T(
    "en_moving_quote",
    "en",
    """
REMOVALS — QUOTATION [[invoice]]
Customer: [[p1.full]]    Tel: [[p1.phone]]    Email: [[p1.email]]
Collection: [[addr]]  (floor [[floor]], lift: [[alt:yes|no|small]])
Delivery:   [[addr.2]]
Move date: [[date]]    Crew: [[n]] porters + driver ([[p2.given]])
Estimated volume: [[nn]] m³ — fragile: piano, mirror, 2 paintings
Price: [[big]] incl. VAT. Deposit [[amount]] payable by card.
Card holder: [[p1.full]] — card no. [[card]], exp [[alt:03/27|11/26|08/28|01/29]]
""",
)

T(
    "en_inventory_md",
    "en",
    """
## Inventory – [[street]] – check-in [[date]]

| Room | Item | Condition | Notes |
|---|---|---|---|
| Living room | Sofa (grey, 3-seater) | Good | small mark on left arm |
| Kitchen | Fridge-freezer | Fair | door seal loose |
| Bedroom 1 | Double bed + mattress | Good | |
| Hallway | Smoke alarm | Tested OK | |

Meter readings: electricity [[meter]] → [[nn]][[nn.2]] kWh; water [[meter.2]] → [[nn.3]] m³

Tenant: [[p1.full]] · Agent: [[p2.full]] · Landlord's rep: [[p3.init]]
""",
)

T(
    "en_utility_signup",
    "en",
    """
Welcome, [[p1.given]]!
Your account number: [[acct]]
Supply address: [[addr]]
Date of birth (for verification): [[p1.dob]]
Direct Debit: [[amount]] monthly from [[iban]] — account holder [[p1.full]]
Your smart meter ([[meter]]) will be installed on [[date]] between [[time]] and [[time.2]].
Online account login: [[p1.email]]    Temporary password: [[pw]]
""",
)

T(
    "en_broadband_sms",
    "en",
    """
Hi [[p1.given]], your engineer [[p2.given]] will arrive [[date]] between 8am and 1pm. Your new router: network [[ssid]], password [[wifi]]. Admin page [[lip]] (admin password [[pw]]). Reply STOP to opt out.
""",
)

T(
    "en_meter_reading",
    "en",
    """
Meter reading submitted ✔
Account [[acct]] · meter [[meter]] · reading [[nn]][[nn.2]] on [[date]]
Property: [[addr]]
Submitted by [[p1.full]] ([[p1.email]])
""",
)

T(
    "en_plumber_jobsheet",
    "en",
    """
JOB SHEET [[invoice]]
Engineer: [[p1.full]]    Reg. no [[acct]]
Customer: [[p2.hon]]    Tel [[p2.phone]]
Site: [[addr]]
Arrived [[time]]  Left [[time.2]]
Work done: replaced [[alt:kitchen tap cartridge|radiator valve in bedroom 2|diverter valve|expansion vessel]], bled radiators, pressure topped up to 1.5 bar.
Parts: [[amount]]   Labour: [[amount.2]]
Paid: card [[masked]]
Customer signature: [[p2.sign]]
""",
)

T(
    "en_cleaner_rota",
    "en",
    """
Cleaning rota – [[alt:March|April|October|November]]
Mon  9-12   [[p1.given]] – [[addr]] (key in safe, code [[code]])
Wed  2-5    [[p1.given]] – [[street.2]] ([[p2.hon]] works from home, ring twice)
Fri  10-1   [[p3.given]] (cover) – [[street.3]]
Pay [[amount]]/h to [[p1.full]], [[iban]] — or cash in the envelope
Questions: [[p4.full]] [[p4.phone]]
""",
)

T(
    "en_nanny_notes",
    "en",
    """
Notes for [[p1.given]] (nanny) — week of [[date]]

Kids:
- [[p3.given]], born [[p3.kdob]] — NUT ALLERGY!! EpiPen in the blue bag
- [[p4.given]] ([[p4.kbyear]]) — naps 1–3pm, white noise on

Pick-up: school gate at 3:15, [[p3.given]]'s teacher is [[p5.hon]].
If you can't reach us: [[p2.full]] [[p2.phone]] or [[g6:grandpa|granny]] [[p6.given]] [[p6.phone]]
GP: Dr [[p7.family]], [[phone]]
Alarm code [[pin]]. Wifi [[wifi]]
Thank you!! [[p2.sign]]
""",
)

T(
    "en_housesit_notes",
    "en",
    """
HOUSE-SITTING NOTES 🏡
Address: [[addrml]]
Alarm: panel by the back door, code [[pin]] then ✓. (The duress code is different — don't use it!)
Wifi: [[ssid]] / [[wifi]]
Bins: [[alt:green|blue|black]] bin out on Tuesday night.
Plants: water the fig every [[n]] days.
Neighbour with the spare key: [[p1.kin]] two doors down — [[p1.phone]]
Vet: [[alt:City Animal Clinic|Paws & Claws|VetCare|Happy Tails Vets]], [[phone]]
Back on [[date]]. Text [[p2.given]] on [[p2.phone]] if anything comes up!
""",
)

T(
    "en_petsit_text",
    "en",
    """
hi [[p1.given|lower]]!! thank u sooo much for watching mochi 🐶 food is in the pantry, 1 cup morning 1 cup evening. door code is [[code]]. if she gets sick the vet is on [[named]] (open till 7). my [[g2:dad|mum]] [[p2.full]] has a spare key, [[g2:his|her]] number is [[p2.phone]]. back sunday night xx [[p3.given|lower]]
""",
)

T(
    "en_insurance_claim",
    "en",
    """
HOME INSURANCE — CLAIM NOTIFICATION
Policy holder: [[p1.formal]]
Date of birth: [[p1.dob]]
Policy no.: [[contract]]
Risk address: [[addr]]
Incident date: [[date]]
Type: [[alt:Escape of water|Burglary|Storm damage|Accidental damage|Kitchen fire]]
Description: we came home to water coming through the ceiling from the flat above (owner [[p2.full]], tel [[p2.phone]]). Plumber [[p3.full]] isolated the supply at [[time]].
Estimated damage: [[big]]
Bank details for settlement: [[iban]]
""",
)

T(
    "en_mortgage_letter",
    "en",
    """
Mortgage Services

[[p1.hon]] and [[p2.hon]]
[[addrml]]

[[date]]

Mortgage account [[acct]]

Dear [[p1.hon]],

Your fixed rate ends on [[date.2]]. Unless you choose a new product, your monthly payment will change to [[amount]] from the following month. Payments will continue to be collected from your account [[iban]].

Please call us on [[phone]]; we will ask for your date of birth and postcode to confirm who you are.

Yours sincerely,
[[p3.full]]
Customer Relationship Team
""",
)

T(
    "en_residence_registration",
    "en",
    """
Registration of residence — landlord's confirmation of move-in

The landlord [[p1.full]], [[addr]],
confirms that the following persons moved into the flat at
[[addr.2]] on [[date]]:

Name: [[p2.formal]]    Date of birth: [[p2.dob]]    Passport: [[passport]]
Name: [[p3.formal]]    Date of birth: [[p3.dob]]

Signature of landlord: ____________ ([[p1.sign]])
""",
)

T(
    "en_parcel_sms",
    "en",
    """
Your parcel [[track]] will be delivered today between [[time]] and [[time.2]]. Your driver is [[p1.given]]. Want it left in a safe place? Reply here or call [[phone]].
""",
)

T(
    "en_failed_delivery",
    "en",
    """
Sorry we missed you, [[p1.hon]]! We tried to deliver your parcel ([[track]]) to [[addr]] on [[date]]. It has been left with your neighbour at [[street.2]] ([[p2.full]]). Please collect it by [[date.2]]. Questions? [[oemail]]
""",
)

T(
    "en_food_delivery_log",
    "en",
    """
2025-03-14T19:42:11Z order=[[order]] status=ASSIGNED rider="[[p1.full]]" rider_phone="[[p1.phone]]" customer="[[p2.given]]" customer_phone="[[p2.phone]]" dropoff="[[addr]]" note="[[alt:ring bell twice|leave at door, baby sleeping|call when outside|4th floor no lift]] - gate [[code]]" total="[[amount]]"
2025-03-14T19:58:40Z order=[[order]] status=PICKED_UP eta_min=[[nn]]
2025-03-14T20:21:05Z order=[[order]] status=DELIVERED photo=true
""",
)

T(
    "en_restaurant_reservation",
    "en",
    """
RESERVATION · [[alt:Trattoria Sole|Café Lumen|The Old Mill|Sakura Ramen|Casa Lola|Spice Route]]
[[date]] · [[time]] · party of [[n]]
Name: [[p1.full]] · Phone: [[p1.phone]]
Email: [[p1.email]]
Notes: [[alt:birthday — bring dessert with a candle|high chair needed|one vegan, one gluten-free|window table if possible]]
Card on file: [[masked]]
Booked by phone, taken by [[p2.given]] (host)
""",
)

T(
    "en_grocery_order",
    "en",
    """
Your order [[order]] is confirmed!
Delivery slot: [[date]], [[time]]–[[time.2]]
Deliver to: [[p1.full]], [[addr]]
Contact: [[p1.phone]]
Items ([[nn]]): bananas, oat milk x2, eggs (12), sourdough, washing-up liquid, nappies size [[n]], coffee beans
Substitutions: allowed
Paid with [[masked]]. Total [[amount]].
""",
)

T(
    "en_str_host_welcome",
    "en",
    """
Hi [[p1.given]]! Welcome to [[town]] 😊
Here's everything for your stay ([[booking]]):
📍 [[addr]]
🔑 Lockbox next to the door: [[code]] — the flat key is inside. Main door code is [[code.2]].
📶 Wifi: [[ssid]] / pw: [[wifi]]
🗑️ Bins are in the courtyard, recycling on the left.
Check-out is 11am. If you need anything, message here or WhatsApp me on [[p2.phone]].
[[p2.given]]
""",
)

T(
    "en_guest_early_checkin",
    "en",
    """
hey [[p1.given|lower]], we land at [[time]] — any chance of an early check-in? also is there parking near [[named]]? thx, [[p2.given]] (booking [[booking]])
""",
)

T(
    "en_key_handover",
    "en",
    """
KEY HANDOVER RECEIPT
Property: [[addr]]
Date: [[date]]
Handed over by: [[p1.full]] (agent)    Received by: [[p2.full]]
Keys: [[n]]x front door, [[n.2]]x flat door, 1x postbox, 1x bike shed fob
Postbox combination: [[code]]
Meter readings at handover: electricity [[nn]][[nn.2]], gas [[nn.3]][[nn]] (meter [[meter]])
Signatures: [[p1.init]] / [[p2.init]]
""",
)

T(
    "en_smart_home_json",
    "en",
    """
{
  "home": "[[p1.family]] family",
  "owner": {"name": "[[p1.full]]", "email": "[[p1.email]]", "phone": "[[p1.phone]]"},
  "address": "[[addr]]",
  "wifi": {"ssid": "[[ssid]]", "psk": "[[wifi]]"},
  "hub": {"ip": "[[lip]]", "mac": "[[mac]]", "firmware": "[[version]]"},
  "devices": [
[[rows:2-4:,
]]    {"name": "[[alt:Living room lamp|Hall thermostat|Front door lock|Garage door|Kitchen plug|Doorbell cam]]", "mac": "[[mac.@]]", "ip": "[[lip.@]]"}[[/rows]]
  ],
  "api_token": "[[token]]",
  "members": ["[[p1.email]]", "[[p2.email]]"]
}
""",
    fmt="json",
)

T(
    "en_alarm_yaml",
    "en",
    """
# alarm panel config — exported by installer
site:
  name: "[[p1.family]] residence"
  address: "[[addr]]"
  installer: "[[p2.full]]"
  installer_phone: "[[p2.phone]]"
users:
[[rows:2-4]]  - name: "[[p@.full]]"
    pin: "[[pin.@]]"
    phone: "[[p@.phone]]"
[[/rows]]monitoring:
  account: "[[acct]]"
  duress_pin: "[[pin]]"
  api_key: "[[apikey]]"
network:
  ip: "[[lip]]"
  mac: "[[mac]]"
""",
    fmt="yaml",
)

T(
    "en_smartlock_log",
    "en",
    """
2025-06-02 07:58:12 lock=front_door event=unlocked method=keypad user=[[p1.login]] src=[[lip]]
2025-06-02 08:03:40 lock=front_door event=auto_locked
2025-06-02 09:10:05 lock=front_door event=code_rejected method=keypad
2025-06-02 09:10:31 lock=front_door event=unlocked method=keypad user=[[p2.login]] code=[[pin]]
2025-06-02 13:45:22 lock=back_gate event=unlocked method=app user=[[p1.login]] src=[[ip]]
2025-06-02 18:30:09 lock=front_door event=unlocked method=nfc user=[[p3.login]]
""",
)

T(
    "en_visitor_log_csv",
    "en",
    """
date,time,visitor_name,visitor_phone,host_unit,host_name,vehicle,purpose,guard
[[rows:5-9]][[date.@]],[[time.@]],"[[p@.inv]]",[[phone.@]],[[flat.@]],[[p2@.full]],[[plate.@]],[[alt:delivery|visit|plumber|cleaner|movers|taxi]],[[p1.given]]
[[/rows]]""",
)

T(
    "en_rent_payments_csv",
    "en",
    """
tenant,unit,iban,amount,paid_on,reference
[[rows:4-8]]"[[p@.full]]",[[flat.@]],[[iban.@]],"[[rent.@]]",[[date.@]],RENT-[[flat.@]]
[[/rows]]""",
)

T(
    "en_card_payments_tsv",
    "en",
    """
txn_id\tdate\tpayer\tcard\tamount\tstatus
[[rows:3-6]][[order.@]]\t[[date.@]]\t[[p@.full]]\t[[card.@]]\t[[amount.@]]\t[[alt:settled|settled|declined|refunded]]
[[/rows]]""",
)

T(
    "en_residents_md",
    "en",
    """
| Flat | Doorbell | Mailbox | Contact |
|------|----------|---------|---------|
[[rows:5-8]]| [[flat.@]] | [[p@.family|upper]] | [[p@.init]] | [[p@.phone]] |
[[/rows]]
_Caretaker: [[p1.full]], [[p1.phone]] (not for emergencies)_
""",
)

T(
    "en_room_ad",
    "en",
    """
ROOM AVAILABLE from [[date]] 🛏️
Double room in a friendly 3-bed flat, [[area]], 5 min from [[named]]. [[rent]]/month incl. bills.
We're [[p1.given]] ([[alt:nurse|PhD student|graphic designer|chef]]) and [[p2.given]] ([[alt:teacher|software dev|barista|physio]]), both late 20s, tidy-ish, no parties.
Viewing: message [[p1.phone]] or email [[p1.email]]. No agents please!
""",
)

T(
    "en_furniture_ad",
    "en",
    """
FREE to collect: white bookcase + [[alt:desk chair|double bed frame|wardrobe (needs two people)|toddler bed]]. Pick-up from [[street]] this weekend only. Ask for [[p1.given]] – [[p1.phone]]. First come, first served.
""",
)

T(
    "en_lost_cat",
    "en",
    """
LOST CAT 🐈‍⬛
"Pepper" — black with a white patch on her chest, very shy
Last seen [[date]] near [[named]]
Microchipped ([[acct]])
If you see her please call [[p1.given]] on [[p1.phone]] or [[p2.given]] on [[p2.phone]]
Reward offered 🙏
[[addr]]
""",
)

T(
    "en_obituary",
    "en",
    """
[[p1.full|upper]]
[[p1.dob]] – [[date]]

Peacefully at home, surrounded by family. Beloved [[g1:husband|wife]] of [[p2.full]], devoted parent of [[p3.given]] and [[p4.given]], and "[[p1.kin]]" to half the street.
The [[alt:funeral|memorial service|burial]] will take place on [[date.2]] at [[time]]. Flowers may be sent c/o [[p3.full]], [[addr]].
""",
)

T(
    "en_condolence",
    "en",
    """
So sorry to hear about [[p1.given]], [[p2.hon]]. [[g1:He|She]] always waved from the window when I walked past with the dog 💐 If you need anything at all, I'm at number [[n]] — [[p3.given]] ([[p3.phone]])
""",
)

T(
    "en_reference_letter",
    "en",
    """
To whom it may concern,

I am writing to confirm that [[p1.full]] (date of birth [[p1.dob]]) rented my property at [[addr]] from [[date]] to [[date.2]]. The rent of [[rent]] was always paid on time and the flat was returned in excellent condition.

I would happily rent to [[p1.given]] again. Please feel free to contact me on [[p2.phone]] or [[p2.email]].

Yours faithfully,
[[p2.full]]
Landlord
""",
)

T(
    "en_router_log",
    "en",
    """
[[date]] 06:12:40 dnsmasq-dhcp: DHCPACK(br0) [[lip]] [[mac]] Galaxy-S23
[[date]] 06:12:44 dnsmasq-dhcp: DHCPACK(br0) [[lip.2]] [[mac.2]] LivingRoom-TV
[[date]] 06:13:02 dnsmasq-dhcp: DHCPACK(br0) [[lip.3]] [[mac.3]] ESP_3A91F2
[[date]] 06:15:19 wan: PPPoE up, public IP [[ip]], IPv6 prefix [[ip6]]
[[date]] 06:20:55 httpd: admin login from [[lip.4]] (user [[p1.login]])
[[date]] 06:21:30 httpd: guest wifi [[ssid]] key changed to [[wifi]]
""",
)

T(
    "en_wifi_fridge_note",
    "en",
    """
WIFI 📶
Network: [[ssid]]
Password: [[wifi]]
(guest network, please don't share it outside the house) — [[p1.given]] & [[p2.given]]
""",
)

T(
    "en_babysitter_text",
    "en",
    """
hey [[p1.given|lower]] can u do friday 6-11? kids r [[p2.given]] (7) n [[p3.given]] (4). [[amount]]/hr as usual. address is [[addr]], buzzer says [[p4.family|upper]]
""",
)

T(
    "en_bin_rota_chat",
    "en",
    """
bin rota for [[alt:march|april|may|june]]:
wk1 – [[p1.given|lower]] (2A)
wk2 – [[p2.given|lower]] (2B)
wk3 – [[p3.handle]]
wk4 – [[p4.given|lower]] & [[p5.given|lower]]
anyone who forgets owes the rest of us cake 🍰
""",
)

T(
    "en_bike_theft_report",
    "en",
    """
Online crime report — theft of pedal cycle
Reporting person: [[p1.full]], DOB [[p1.dob]]
Address: [[addr]]
Contact: [[p1.phone]] / [[p1.email]]
Bike: [[alt:Trek FX 2|Brompton M6L|Giant Escape 3|Specialized Sirrus]], frame no. [[acct]], last seen [[date]] [[time]] locked in the communal bike store (door code [[code]] — changed on [[date.2]])
A person was seen on CCTV by the caretaker, [[p2.full]].
Crime reference: [[case]]
""",
)

T(
    "en_expat_lease_email",
    "en",
    """
Hi [[p1.hon]],

As requested, here are my details for the lease:
Full name (as in passport): [[p2.formal]]
Passport no.: [[passport]] (expires [[date]])
Date of birth: [[p2.dob]]
Current address abroad: [[addr]]
Start date: [[date.2]]

My partner [[p3.full]] will also be living there; [[g3:his|her]] passport number is [[passport.2]].

Best,
[[p2.sign]]
""",
)

T(
    "en_sublet_request",
    "en",
    """
Hi [[p1.given]], I'll be away for [[n]] months for work from [[date]] — would you be OK with me subletting to my friend [[p2.full]]? [[g2:He|She]] can send references from [[g2:his|her]] current landlord. Thanks, [[p3.given]]
""",
)

T(
    "en_forwarded_leak",
    "en",
    """
---------- Forwarded message ---------
From: [[p1.full]] <[[p1.email]]>
Date: [[date]]
Subject: Leak from flat [[flat]]
To: [[oemail]]
Cc: [[p2.email]]

Hello, water is coming through my kitchen ceiling again. The flat above is [[p3.hon]]'s; I've knocked but nobody's home. Can someone come today? My number is [[p1.phone]].

--
[[p1.full]]
[[addrml]]
""",
)

T(
    "en_slack_dispatch",
    "en",
    """
#maintenance-dispatch
[[p1.handle]]: who can take the boiler job at [[street]] today? tenant is [[p2.full]], [[p2.phone]]
[[p3.handle]]: I can after 2. lockbox code?
[[p1.handle]]: [[code]] — and pls log it under [[case]]
[[p4.handle]]: fyi [[p2.given]] called twice this morning, they're pretty upset
[[p3.handle]]: 👍 on it
""",
)

T(
    "en_python_reminders",
    "en",
    """
# send rent reminders — cron on the 25th
from twilio.rest import Client

client = Client("[[acct]]", "[[token]]")
TENANTS = {
    "[[p1.full]]": "[[p1.phone]]",
    "[[p2.full]]": "[[p2.phone]]",
    "[[p3.full]]": "[[p3.phone]]",
}
for name, number in TENANTS.items():
    client.messages.create(
        to=number,
        from_="[[phone]]",
        body=f"Hi {name.split()[0]}, rent of [[rent]] is due on the 1st. Thanks! – [[p4.given]]",
    )
""",
)

T(
    "en_curl_lock_code",
    "en",
    r"""
curl -X POST "https://api.smartnest.io/v2/locks/front-door/codes" \
  -H "Authorization: Bearer [[token]]" \
  -H "Content-Type: application/json" \
  -d '{"name": "Cleaner - [[p1.given]]", "code": "[[code]]", "valid_from": "2025-04-01T08:00:00Z", "valid_to": "2025-04-01T13:00:00Z", "notify": "[[p2.email]]"}'
""",
)

T(
    "en_env_file",
    "en",
    """
# .env — rentdesk (do not commit!!)
DATABASE_URL=postgres://rentdesk:[[pw]]@[[lip]]:5432/rentdesk
OPENAI_API_KEY=[[apikey]]
TWILIO_AUTH_TOKEN=[[token]]
ADMIN_EMAIL=[[p1.email]]
ADMIN_PHONE=[[p1.phone]]
SMTP_USER=[[oemail]]
SMTP_PASS=[[pw.2]]
DEFAULT_LANDLORD="[[p1.full]]"
""",
)

T(
    "en_sql_insert",
    "en",
    """
INSERT INTO tenants (full_name, dob, phone, email, unit, move_in) VALUES
[[rows:3-5:,
]]  ('[[p@.full]]', '[[p@.dob]]', '[[p@.phone]]', '[[p@.email]]', '[[flat.@]]', '[[date.@]]')[[/rows]];
""",
)

T(
    "en_homeassistant_log",
    "en",
    """
2025-02-11 07:02:13.551 INFO (MainThread) [homeassistant.components.mobile_app] Registered new device "[[p1.given]]'s iPhone" ([[mac]]) for user [[p1.login]]
2025-02-11 07:02:14.002 WARNING (MainThread) [homeassistant.components.http.ban] Login attempt or request with invalid authentication from [[ip]]
2025-02-11 07:05:40.120 INFO (MainThread) [homeassistant.components.person] [[p2.full]] left zone home
2025-02-11 07:30:00.004 INFO (MainThread) [homeassistant.components.notify] Sent "Front door unlocked by [[p3.given]]" to [[p1.phone]]
""",
)

T(
    "en_isp_support_chat",
    "en",
    """
Chat transcript — Support
Agent ([[p1.given]]): Hi, thanks for contacting us! To verify your account, can you confirm your full name and date of birth?
You: [[p2.full]], [[p2.dob]]
Agent ([[p1.given]]): Thank you. And the first line of the installation address?
You: [[street]]
Agent ([[p1.given]]): Perfect, I can see your payment card [[masked]] on file. How can I help?
You: the router keeps dropping, lights go red. the status page shows WAN IP [[ip]]
Agent ([[p1.given]]): I've pushed a reset. Your new wifi password is [[wifi]]. Reference [[case]].
""",
)

T(
    "en_voicemail",
    "en",
    """
Voicemail from [[phone]] ([[date]], 0:42): "Hi, it's [[p1.full]] from the letting agency, calling for [[p2.hon]] about the inspection on [[date.2]]. Could you call me back on [[p1.phone]]? Or it might be easier to email, [[p1.email]]. Thanks, bye."
""",
)

T(
    "en_ics_viewing",
    "en",
    """
BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:[[order]]@viewings
DTSTART:20250314T170000Z
SUMMARY:Viewing – [[street]]
LOCATION:[[addr]]
ORGANIZER;CN=[[p1.full]]:mailto:[[p1.email]]
ATTENDEE;CN=[[p2.full]];RSVP=TRUE:mailto:[[p2.email]]
DESCRIPTION:Meet [[p1.given]] at the front door. Current tenant [[p3.given]] will be home. Call [[p1.phone]] if late.
END:VEVENT
END:VCALENDAR
""",
)

T(
    "en_vcard_plumber",
    "en",
    """
BEGIN:VCARD
VERSION:3.0
N:[[p1.family]];[[p1.given]];;;
FN:[[p1.full]]
ORG:[[alt:Rapid Response|Northside|A1 Emergency|Ace]] Plumbing & Heating
TEL;TYPE=CELL:[[p1.phone]]
EMAIL:[[p1.email]]
ADR;TYPE=WORK:;;[[addr]];;;;
NOTE:Recommended by [[p2.given]] from the flat upstairs.
END:VCARD
""",
)

T(
    "en_claim_json",
    "en",
    """
{
  "claim_id": "[[case]]",
  "policy": "[[contract]]",
  "claimant": {"first_name": "[[p1.given]]", "last_name": "[[p1.family]]", "dob": "[[p1.dob]]", "phone": "[[p1.phone]]", "email": "[[p1.email]]"},
  "loss_address": "[[addr]]",
  "loss_date": "[[date]]",
  "peril": "[[alt:escape_of_water|theft|storm|fire|accidental_damage]]",
  "estimate": "[[amount]]",
  "payout": {"method": "bank_transfer", "iban": "[[iban]]"},
  "adjuster": "[[p2.login]]",
  "notes": "Contractor [[p3.full]] attended on site, photos uploaded."
}
""",
    fmt="json",
)

T(
    "en_ticket_webhook_json",
    "en",
    """
{"event":"ticket.created","ticket":{"id":"[[case]]","unit":"[[flat]]","building":"[[bld]]","reporter":{"name":"[[p1.full]]","phone":"[[p1.phone]]"},"text":"[[alt:Radiator in the bedroom is cold|Smoke alarm beeping every minute|Front door lock is sticking|Mould in the bathroom corner]]","access_code":"[[code]]","created_by":"[[p2.login]]"}}
""",
    fmt="json",
)

T(
    "en_sticky_note",
    "en",
    """
Spare key with [[p1.hon]] at [[street]] – ring twice! 📞 [[p1.phone]]
""",
)

T(
    "en_sign_for_parcel",
    "en",
    """
hey it's [[p1.given|lower]] from [[flat]] 👋 could u sign for a parcel for me tmrw? it's from [[shop]], should say [[p1.full]] on it. thx!!
""",
)

T(
    "en_expense_split",
    "en",
    """
Flat expenses — [[alt:January|February|March|September]]
| What | Paid by | Amount |
|---|---|---|
| Electricity | [[p1.given]] | [[amount]] |
| Internet | [[p2.given]] | [[amount.2]] |
| Cleaning stuff | [[p3.given]] | [[amount.3]] |

Settle up: [[p3.given]] owes [[p1.given]] [[amount.4]]. Pay to [[iban]] ([[p1.full]]).
""",
)

T(
    "en_crypto_rent",
    "en",
    """
Hi [[p1.given]], as agreed the owner accepts crypto this month. Please send [[amount]] worth of BTC to [[btc]] by [[date]], or USDT (ERC-20) to [[eth]]. Send the transaction hash to [[p2.email]] afterwards.
— [[p2.full]], [[bld]] management
""",
)

T(
    "en_scam_warning",
    "en",
    """
⚠️ [[p1.full]]: Heads up everyone — someone is advertising flat [[flat]] on [[alt:Facebook Marketplace|a classifieds site|Instagram|a rental app]] for [[rent]] and asking for the deposit by bank transfer to [[iban]]. The "landlord" calls [[g2:himself|herself]] [[p2.full]], number [[p2.phone]], email [[p2.email]]. It's NOT our building manager ([[p3.full]]). Please report the ad!
""",
)

T(
    "en_neighbourhood_watch",
    "en",
    """
Subject: Neighbourhood Watch – incidents this week

Hi all,
Two car break-ins on [[named]] this week (plates [[plate]] and [[plate.2]]). Police ref [[case]].
[[p1.full]] at [[street]] has doorbell-camera footage from [[date]] around [[time]] — if you saw anything, please contact them on [[p1.phone]].
Our next meeting is at [[p2.hon]]'s house ([[addr]]) on [[date.2]].
Stay safe,
[[p3.full]]
Street coordinator
""",
)

T(
    "en_carpool_chat",
    "en",
    """
school run this week 🚗
Mon: [[p1.given]] drives ([[p2.given]], [[p3.given]], [[p4.given]])
Tue: [[p5.kin]]
Wed: me
Thu: [[p1.given]]
Fri: [[p6.given]]'s dad
pickup [[alt:3:15|3:30|2:45]] by the side gate. [[p2.given]] has football on thurs so [[p7.hon]] picks up
""",
)

T(
    "en_carer_log",
    "en",
    """
Visit log — client: [[p1.formal]] (DOB [[p1.dob]])
Address: [[addr]]    Key safe: [[code]]
[[date]] 08:00 [[p2.given]]: breakfast, meds taken (blister pack), mood good. Says [[g3:son|daughter]] [[p3.given]] visits Sunday.
[[date]] 13:00 [[p4.given]]: lunch, short walk to [[named]]. Fridge low on milk.
[[date]] 19:30 [[p2.given]]: dinner, helped to bed. GP [[p5.hon]] to call [[p3.full]] on [[p3.phone]] about the new prescription.
""",
)

T(
    "en_gardener_quote",
    "en",
    """
Quote for [[p1.hon]] — [[addr]]:
hedge trim front & back, remove ivy from the shed — [[amount]]
green waste removal — [[amount.2]]
Can do [[date]] if dry. Cheers, [[p2.given]] ([[p2.phone]])
""",
)

T(
    "en_locksmith_invoice",
    "en",
    """
24/7 LOCKSMITH — INVOICE [[invoice]]
Call-out: [[date]] [[time]]
Customer: [[p1.full]]
Address: [[addr]]
Job: locked out, non-destructive entry, replaced euro cylinder
Total: [[amount]]
Paid by card: [[card]] (card holder [[p1.formal]])
Technician: [[p2.full]]
""",
)

T(
    "en_access_card_form",
    "en",
    """
ACCESS CARD REQUEST
Resident: [[p1.full]]    Unit: [[flat]]
Mobile: [[p1.phone]]
Card UID: [[acct]] (issued [[date]])
Additional cardholders: [[p2.full]] (spouse), [[p3.given]] (child, born [[p3.kbyear]])
Approved by: [[p4.init]]
""",
)

T(
    "en_parking_permit",
    "en",
    """
Residents' parking permit — application
Name: [[p1.full]]
Address: [[addr]]
Vehicle registration: [[plate]]    Make/model: [[alt:Ford Fiesta|Toyota Prius|Kia Niro|VW Golf]]
Driving licence number: [[dl]]
Proof of residence: council tax bill (account [[acct]])
Email for the e-permit: [[p1.email]]
""",
)

T(
    "en_ev_charger_survey",
    "en",
    """
EV charger site survey — [[date]]
Customer: [[p1.full]] · [[p1.phone]]
Address: [[addr]]
Supply: single phase, 100A main fuse
Charger: [[alt:Zappi v2|Wallbox Pulsar|Ohme Home Pro|Easee One]] — serial [[acct]], MAC [[mac]], assigned IP [[lip]]
App account: [[p1.email]] (temporary password [[pw]])
Installer: [[p2.full]]
""",
)

T(
    "en_solar_order",
    "en",
    """
Solar PV installation — order confirmation [[contract]]
Customer: [[p1.formal]], born [[p1.dob]]
Installation address:
[[addrml]]
System: [[nn]] panels, [[n]].2 kWp, battery [[n]] kWh
Price: [[big]]; deposit [[amount]] paid; balance by direct debit from [[iban]]
Site contact on the day: [[p2.full]] ([[p2.phone]])
""",
)

T(
    "en_guest_registration",
    "en",
    """
Guest registration (required by local police) — booking [[booking]]
Check-in [[date]] / check-out [[date.2]]
[[rows:2-4]]Guest: [[p@.formal]] | DOB: [[p@.dob]] | Passport: [[passport.@]] | Nationality: [[alt:German|Canadian|Brazilian|Japanese|Kenyan|Polish|Indian]]
[[/rows]]Host: [[p1.full]], [[p1.phone]]
""",
)

T(
    "en_helper_contract",
    "en",
    """
EMPLOYMENT CONTRACT FOR A DOMESTIC HELPER
Employer: [[p1.full]], [[addr]], tel. [[p1.phone]]
Helper: [[p2.formal]], born [[p2.dob]], passport no. [[passport]]
Start date: [[date]]. Monthly salary: [[amount]], paid on the last day of each month.
Rest day: [[alt:Sunday|Saturday|Friday]].
Helper's next of kin: [[p3.full]] ([[p3.phone]])
""",
)

T(
    "en_rewrite_angry",
    "en",
    """
rewrite this so it sounds less angry pls: "[[p1.hon]], this is the THIRD time your delivery driver has blocked our driveway at [[street]]. if it happens again I'm calling the council. – [[p2.given]]"
""",
)

T(
    "en_extract_lease",
    "en",
    """
Extract landlord, tenant, address, rent and start date as JSON from this: 'Lease between [[p1.full]] (landlord) and [[p2.full]] (tenant) for [[addr]], starting [[date]], rent [[rent]]/month, deposit [[big]]. Tenant contact: [[p2.email]].'
""",
)

T(
    "en_classifier_log",
    "en",
    """
2025-04-09 10:14:52,331 INFO maintenance-classifier input="[[alt:The shower drain is blocked again|Our radiator is leaking onto the floor|Fuse keeps tripping when the kettle is on|Pigeons nesting on the balcony]]. [[p1.full]], unit [[flat]], call back on [[p1.phone]]" label=[[alt:plumbing|heating|electrical|pests]] confidence=0.9[[n]]
""",
)

T(
    "en_welcome_card",
    "en",
    """
Welcome to the building, [[p1.given]] & [[p2.given]]! 🎉 We're [[p3.given]] and [[p4.given]] in [[flat]] — just knock if you need anything. Our number: [[p3.phone]]. PS the recycling room code is [[code]].
""",
)

T(
    "en_meal_train",
    "en",
    """
Meal train for the [[p1.family]]s 🍲 Baby [[p2.given]] arrived on [[p2.kdob]]! Sign up below for a dinner drop-off at [[street]] (leave it in the cool box by the door, please don't ring — baby sleeping). Coordinator: [[p3.full]] [[p3.phone]]
""",
)

T(
    "en_microchip_update",
    "en",
    """
Pet microchip registration — change of details
Chip: [[acct]]
Pet: Luna (cat, spayed)
Keeper: [[p1.full]]
New address: [[addr]] (moved [[date]])
Phone: [[p1.phone]]    Alternative contact: [[p2.full]] [[p2.phone]]
Email: [[p1.email]]
""",
)

T(
    "en_vet_reminder",
    "en",
    """
Hi [[p1.given]], a reminder that Biscuit is due a booster on [[date]] at [[time]] with [[p2.hon]]. Reply C to confirm or call [[phone]].
""",
)

T(
    "en_ladder_post",
    "en",
    """
[[p1.full]] · [[town]] · [[n]]h
Anyone have a tall ladder I could borrow for an hour? Gutter full of leaves 🍂 Happy to return it with biscuits. I'm on [[street]].

↳ [[p2.full]]: I've got one, pop round — [[street.2]], blue door
↳ [[p3.full]]: [[p1.handle]] mine's free too if that one's busy
""",
)

T(
    "en_au_pair_profile",
    "en",
    """
Host family profile
We are [[p1.full]] and [[p2.full]], living in [[town]] with our kids [[p3.given]] ([[p3.kbyear]]) and [[p4.given]] ([[p4.kbyear]]). We have a spare room with its own bathroom. Contact: [[p1.email]] or [[p1.phone]].
""",
)

T(
    "en_notice_to_quit",
    "en",
    """
NOTICE TO QUIT
To: [[p1.full]]
Of: [[addrml]]
From: [[p2.full]] (Landlord), [[addr.2]]

You are required to give up possession of the above premises on or before [[date]]. Rent arrears at the date of this notice: [[big]].

Dated [[date.2]].    Signed [[p2.sign]]
""",
)

T(
    "en_arrears_sms",
    "en",
    """
Hi [[p1.given]], your rent of [[rent]] for [[alt:April|May|June|July]] is overdue. Please pay today to avoid a late fee. Ref [[acct]]. Questions: [[phone]].
""",
)

T(
    "en_locker_pickup",
    "en",
    """
Your parcel is ready in locker [[nn]] at [[named]] 🟩 Pickup code: [[otp]] (valid 72h). Tracking [[track]]. Sent to [[p1.phone]].
""",
)

T(
    "en_otp_portal",
    "en",
    """
[[otp]] is your verification code for the tenant portal. Don't share it with anyone — we will never ask for it. Not you? Call [[phone]].
""",
)

T(
    "en_pw_reset_email",
    "en",
    """
Hi [[p1.given]],
We received a request to reset the password of your resident portal account ([[p1.email]]).
Reset link: https://portal.example-homes.com/reset?token=[[token]]
Or enter this one-time code: [[otp]]
If this wasn't you, ignore this email. Backup codes: [[rcode]], [[rcode.2]]
""",
)

T(
    "en_party_notice",
    "en",
    """
Hi neighbours 👋 We're having a small birthday party on [[date]] from [[time]]. If it gets too loud just text [[p1.given]] on [[p1.phone]] and we'll turn it down. — [[p1.given]] & [[p2.given]], flat [[flat]]
""",
)

T(
    "en_allotment_waitlist",
    "en",
    """
Allotment waiting list (updated [[date]])
[[rows:4-7]]#[[nn.@]] [[p@.inv]] — [[street.@]] — joined [[date.@]]
[[/rows]]Plot secretary: [[p1.full]], [[p1.email]]
""",
)

T(
    "en_lift_notice",
    "en",
    """
LIFT OUT OF SERVICE until [[date]]
Engineers are replacing the motor. If you need help with shopping or the stairs, contact the caretaker [[p1.full]] on [[p1.phone]] (Mon–Fri) or [[p2.hon]] on [[p2.phone]] (weekends).
""",
)

T(
    "en_laundry_chat",
    "en",
    """
laundry room booked:
sat 10-12 [[p1.handle]]
sat 12-2 [[p2.handle]]
sun 9-11 [[p3.handle]]
[[p4.given|lower]] pls take ur stuff out of dryer 2 😅
""",
)

T(
    "en_sepa_mandate",
    "en",
    """
SEPA Direct Debit Mandate
Creditor: [[bld]] Housing Cooperative · Creditor ID [[acct]]
Mandate reference: [[contract]]
Debtor name: [[p1.formal]]
Debtor address: [[addr]]
IBAN: [[iban]]
Signed at [[town]] on [[date]]: [[p1.sign]]
""",
)

T(
    "en_gas_safety_record",
    "en",
    """
Landlord gas safety record [[invoice]] · Landlord: [[p1.full]], [[addr]] · Tenant: [[p2.full]] · Engineer: [[p3.full]] (reg. [[acct]]) · Boiler ([[alt:Worcester|Vaillant|Baxi|Ideal]]) – pass; hob – pass · Next due [[date]]
""",
)

T(
    "en_moveout_checklist",
    "en",
    """
move-out checklist
- [ ] forward mail (new address: [[addr]])
- [ ] final meter readings ([[meter]])
- [ ] return 3 keys to [[p1.hon]]
- [ ] cancel broadband, account [[acct]]
- [ ] give [[p2.given]] the plants 🌿
- [ ] deposit back to [[iban]]
""",
)

T(
    "en_hoa_violation",
    "en",
    """
Dear [[p1.hon]],

During the inspection on [[date]], the committee noted that the balcony of unit [[flat]] is being used to store [[alt:a motorbike|old furniture|building materials|a barbecue smoker]]. Under rule 7.2 this is not permitted. Please remove the items by [[date.2]].

If you believe this notice was sent in error, contact [[p2.full]] at [[p2.email]].

[[bld]] Homeowners Association
""",
)

T(
    "en_screening_report",
    "en",
    """
TENANT SCREENING REPORT — [[p1.formal]]
SSN: [[ssn]]    DOB: [[p1.dob]]
Current address: [[addr]]
Prior address: [[addr.2]]
Credit score: 7[[nn]]    Evictions: none found    Criminal: none found
Employment verified with [[shop]] by [[p2.full]] ([[p2.phone]])
Report ordered by [[p3.login]] on [[date]]
""",
    only="en_US es_US",
)

T(
    "en_lowercase_parking",
    "en",
    """
ugh the neighbour in [[flat]] ([[p1.given|lower]]?) keeps parking in my spot 🙄 [[g1:his|her]] plate is [[plate]]. anyone have [[g1:his|her]] number?? [[p2.given|lower]] said they're friends w [[p3.given|lower]]
""",
)

T(
    "en_typo_inquiry",
    "en",
    """
Hello sir, i am intrested in the apartmant near [[named]] you posted. is it still availabe? my name is [[p1.full]] and my whatsap is [[p1.phone]]. i can pay depost today by card
""",
)

T(
    "en_home_swap",
    "en",
    """
Hi [[p1.given]],
Great to hear from you! Our place is at [[addr]] — 2 bedrooms, garden, 10 min walk to the station. We'd love to swap for the first two weeks of [[alt:July|August|December]].
Car swap also fine: ours is a [[alt:Skoda Octavia|Toyota Corolla|Mazda 3]] ([[plate]]); I'd need your licence number for the insurance — mine is [[dl]].
Speak soon,
[[p2.full]]
[[p2.phone]]
""",
)

T(
    "en_eth_deposit_refund",
    "en",
    """
Hi [[p1.hon]], the deposit refund of [[amount]] was sent today from our wallet to the address you gave us ([[eth]]). Tx: 0x[[alt:9f2c|41ab|c0de|77e1]]… If it hasn't arrived in 24h, email [[oemail]]. Best, [[p2.full]]
""",
)

T(
    "en_us_landlord_tin",
    "en",
    """
Landlord details for the rent-reporting portal
Legal name: [[p1.formal]]
Taxpayer ID (ITIN): [[itin]]
Mailing address: [[addr]]
Phone: [[p1.phone]]    Email: [[p1.email]]
Property manager contact: [[p2.full]] ([[p2.login]])
""",
    only="en_US es_US",
)

T(
    "es_us_solicitud_renta",
    "es",
    """
SOLICITUD DE RENTA — [[bld]]
Nombre completo: [[p1.full]]
Fecha de nacimiento: [[p1.dob]]
Número de Seguro Social o ITIN: [[itin]]
Licencia de manejar: [[dl]]
Dirección actual: [[addr]]
Teléfono: [[p1.phone]]    Correo: [[p1.email]]
Empleador: [[shop]] — ingreso mensual [[salary]]
Referencia personal: [[p2.full]], [[p2.phone]]
Firma: [[p1.sign]]    Fecha: [[date]]
""",
    only="es_US",
)

T(
    "en_truck_rental",
    "en",
    """
MOVING VAN RENTAL AGREEMENT [[contract]]
Renter: [[p1.full]]    DOB: [[p1.dob]]
Driving licence no.: [[dl]]    Additional driver: [[p2.full]], licence [[dl.2]]
Pick-up: [[date]] [[time]] · Return: [[date.2]] by 18:00
Vehicle: 3.5t Luton van, reg. [[plate]], fuel full
Deposit held on card [[card]]
Contact on the day: [[p1.phone]]
""",
)

T(
    "en_carshare_chat",
    "en",
    """
[[p1.given|lower]]: hey can I borrow the car sat for the big furniture run? 🛋️
[[p2.given|lower]]: sure, but the insurance app wants your licence number again
[[p1.given|lower]]: it's [[dl]], expires [[date]]
[[p2.given|lower]]: 👍 added you. keys are in the key safe, code [[code]]
""",
)

T(
    "en_intercom_config",
    "en",
    """
[intercom]
building = "[[bld]]"
panel_ip = [[lip]]
panel_mac = [[mac]]
sip_user = [[p1.login]]
sip_password = [[pw]]
[directory]
101 = "[[p2.family|upper]]"
102 = "[[p3.family|upper]] / [[p4.family|upper]]"
103 = "[[p5.full]]"
""",
)


# ---------------------------------------------------------------------------- German
T(
    "de_selbstauskunft",
    "de",
    """
Mieterselbstauskunft
Name, Vorname: [[p1.inv]]
Geburtsdatum: [[p1.dob]]
Derzeitige Anschrift: [[addr]]
Telefon: [[p1.phone]]    E-Mail: [[p1.email]]
Arbeitgeber: [[shop]], unbefristet seit [[year]]
Nettoeinkommen: [[salary]] monatlich
Ausweis-/Passnummer: [[passport]]
Mitziehende Personen: [[p2.full]] (geb. [[p2.dob]]), [[p3.given]] (geb. [[p3.kdob]])
Vorvermieter: [[p4.hon]], Tel. [[p4.phone]]
Haustiere: [[alt:keine|eine Katze|ein kleiner Hund]]
Ort, Datum: [[town]], [[date]]    Unterschrift: [[p1.sign]]
""",
)

T(
    "de_wasserschaden_mail",
    "de",
    """
Betreff: Wasserschaden im Bad – [[street]], Whg. [[flat]]

Sehr [[g1:geehrter|geehrte]] [[p1.hon]],

seit gestern Abend tropft es bei uns aus der Badezimmerdecke. Die Wohnung über uns gehört [[p2.hon]], [[g2:er|sie]] ist aber bis [[date]] verreist. Könnten Sie bitte schnellstmöglich einen Installateur schicken? Ich bin unter [[p3.phone]] erreichbar, tagsüber auch im Homeoffice.

Mit freundlichen Grüßen
[[p3.full]]
""",
)

T(
    "de_wg_chat",
    "de",
    """
[[p1.given|lower]]: leute wer hat die hafermilch leer gemacht 😤
[[p2.given]]: sorry war ich, kauf nachher neue
[[p3.given]]: btw der vermieter ([[p4.hon]]) kommt am [[date]] wegen den rauchmeldern, so gegen [[time]]
[[p1.given|lower]]: ok bin da. wlan-pw hat sich übrigens geändert: [[wifi]]
[[p3.given]]: 👍 danke
""",
)

T(
    "de_wohnungsgeberbestaetigung",
    "de",
    """
Wohnungsgeberbestätigung nach § 19 Bundesmeldegesetz (BMG)

Name des Wohnungsgebers: [[p1.full]]
Anschrift des Wohnungsgebers: [[addr]]
Art der meldepflichtigen Veränderung: Einzug am [[date]]
Anschrift der Wohnung:
[[addrml.2]]
Meldepflichtige Personen:
1. [[p2.inv]], geb. am [[p2.dob]]
2. [[p3.inv]], geb. am [[p3.dob]]

Ich bestätige, dass die oben genannten Personen in die Wohnung eingezogen sind.
[[town]], den [[date.2]]    Unterschrift Wohnungsgeber: [[p1.sign]]
""",
)

T(
    "de_nebenkosten_widerspruch",
    "de",
    """
[[p1.full]]
[[addrml]]

Hausverwaltung
Betr.: Nebenkostenabrechnung [[year]], Mietobjekt Whg. [[flat]]

Sehr geehrte Damen und Herren,

hiermit widerspreche ich der Abrechnung vom [[date]]. Die Position „Gartenpflege" ([[amount]]) ist mir unverständlich, da es keinen Garten gibt. Bitte überweisen Sie das Guthaben von [[amount.2]] auf mein Konto:
IBAN [[iban]] – Kontoinhaber [[p1.full]]

Rückfragen gern per Mail an [[p1.email]].

Freundliche Grüße
[[p1.sign]]
""",
)

T(
    "de_aushang_fahrradkeller",
    "de",
    """
Liebe Nachbarinnen und Nachbarn,

ab [[date]] gilt für den Fahrradkeller ein neuer Zahlencode: [[code]]
Bitte nicht an Fremde weitergeben! Der alte Code funktioniert dann nicht mehr.

Bei Fragen: [[p1.full]], Hausmeister, Tel. [[p1.phone]] (Mo–Fr 8–16 Uhr)
""",
)

T(
    "de_klingelschilder",
    "de",
    """
Klingeltableau [[street]] – Stand [[date]]
EG li   [[p1.family|upper]]
EG re   [[p2.family|upper]] / [[p3.family|upper]]
1. OG   [[p4.inv]]
2. OG   [[p5.family]]
DG      [[p6.family|upper]]
Änderungen bitte an [[p7.hon]] melden: [[p7.email]]
""",
)

T(
    "de_umzugsangebot",
    "de",
    """
Angebot Nr. [[invoice]] – Umzug [[p1.hon]]
Auszugsadresse: [[addr]] ([[floor]]. OG, kein Aufzug)
Einzugsadresse: [[addr.2]]
Termin: [[date]], Beginn [[time]] Uhr
Leistungen: 3 Packer, 7,5 t LKW, Halteverbotszone beantragt, Küchenmontage
Pauschalpreis: [[big]] inkl. MwSt.
Ansprechpartner vor Ort: [[p2.full]], mobil [[p2.phone]]
""",
)

# ---------------------------------------------------------------------------- French
T(
    "fr_dossier_location",
    "fr",
    """
Dossier de location — [[bld]]
Nom : [[p1.formal]]
Date de naissance : [[p1.dob]]
Adresse actuelle : [[addr]]
Tél. : [[p1.phone]] — Courriel : [[p1.email]]
Situation : CDI chez [[shop]] depuis [[year]], salaire net [[salary]]
Garant : [[p2.hon]], [[addr.2]], tél. [[p2.phone]]
Pièce d'identité : passeport n° [[passport]]
Fait à [[town]], le [[date]]
""",
)

T(
    "fr_quittance",
    "fr",
    """
QUITTANCE DE LOYER

Je soussigné(e) [[p1.full]], propriétaire du logement situé
[[addrml]],
déclare avoir reçu de [[p2.hon]] la somme de [[rent]] au titre du loyer et des charges pour la période du [[date]] au [[date.2]].

Fait le [[date.3]].
Signature : [[p1.sign]]
""",
)

T(
    "fr_voisins_whatsapp",
    "fr",
    """
[[p1.given]] : Bonsoir à tous ! Quelqu'un a vu un colis au nom de [[p2.full]] ? Le livreur dit l'avoir laissé dans le hall 🤔
[[p3.given]] : Oui il est chez moi, 2e gauche. Passe quand tu veux !
[[p2.given]] : Merci [[p3.given]] 🙏
[[p4.hon]] : Petit rappel : le digicode change lundi, nouveau code [[code]]. Ne le donnez pas aux livreurs svp.
""",
)

T(
    "fr_etat_des_lieux",
    "fr",
    """
ÉTAT DES LIEUX D'ENTRÉE — [[date]]
Logement : [[addr]]
Bailleur : [[p1.full]], représenté par [[p2.full]] (agence)
Locataire : [[p3.full]], né(e) le [[p3.dob]]
Compteurs : électricité n° [[meter]] index [[nn]][[nn.2]] ; eau froide n° [[meter.2]] index [[nn.3]]
Clés remises : [[n]] clés entrée, 1 badge, 1 clé boîte aux lettres
Séjour : murs bon état, une tache au plafond près de la fenêtre.
Cuisine : plaques OK, hotte à nettoyer.
Signatures : [[p2.init]] / [[p3.init]]
""",
)

T(
    "fr_pv_copropriete",
    "fr",
    """
PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE — Résidence [[bld]]
Le [[date]] à [[time]], les copropriétaires se sont réunis.
Présents ou représentés :
[[rows:3-6]]  • [[p@.hon]] (lot [[flat.@]])
[[/rows]]Président de séance : [[p1.hon]]. Secrétaire : [[p2.full]].
Résolution n° 4 : ravalement de façade, devis de [[big]] — adoptée.
Résolution n° 7 : changement du code d'accès du parking ([[code]]) — le nouveau code sera communiqué par le gardien, [[p3.given]] ([[p3.phone]]).
""",
)

T(
    "fr_plainte_bruit",
    "fr",
    """
Madame, Monsieur,

Je me permets de vous écrire au sujet du bruit provenant de l'appartement du 3e étage. Depuis le [[date]], de la musique forte est diffusée presque chaque nuit après minuit.

J'ai tenté d'en parler directement à [[p1.hon]], sans résultat. Je vous serais [[g2:reconnaissant|reconnaissante]] d'intervenir.

Bien cordialement,
[[p2.full]]
[[addrml]]
[[p2.phone]]
""",
)

T(
    "fr_message_hote",
    "fr",
    """
Bonjour [[p1.given]] ! 😊
Bienvenue à [[town]]. Voici les infos pour votre séjour (réservation [[booking]]) :
📍 [[addr]]
🔑 Boîte à clés à gauche de la porte, code [[code]]
📶 Wi-Fi : [[ssid]] — mot de passe : [[wifi]]
Départ avant 11h. Pour toute question : [[p2.phone]] (WhatsApp).
À bientôt, [[p2.given]]
""",
)

# ---------------------------------------------------------------------------- Spanish
T(
    "es_contrato_arrendamiento",
    "es",
    """
CONTRATO DE ARRENDAMIENTO DE VIVIENDA

En [[town]], a [[date]].

REUNIDOS
De una parte, [[p1.hon]], mayor de edad, con domicilio en [[addr]], en adelante el ARRENDADOR.
De otra parte, [[p2.full]], [[g2:nacido|nacida]] el [[p2.dob]], con pasaporte n.º [[passport]], en adelante el ARRENDATARIO.

TERCERA.- La renta mensual es de [[rent]], que se abonará en la cuenta [[iban]] dentro de los cinco primeros días de cada mes.
CUARTA.- El arrendatario entrega en este acto una fianza de [[big]].

Y en prueba de conformidad, firman el presente por duplicado.
[[p1.sign]]                [[p2.sign]]
""",
)

T(
    "es_comunidad_whatsapp",
    "es",
    """
[[date]] 21:03 - [[p1.full]]: Buenas noches vecinos, ¿alguien sabe por qué no funciona el ascensor otra vez? 🙄
[[date]] 21:05 - [[p2.full]]: Ya he llamado [[g3:al administrador|a la administradora]], [[p3.hon]]. Dice que mañana viene el técnico
[[date]] 21:06 - [[p4.full]]: Gracias [[p2.given]]!! Mi madre vive en el 6º y no puede bajar
[[date]] 21:10 - [[p2.full]]: Si necesitas algo dime, mi número es [[p2.phone]]
[[date]] 21:12 - [[p5.full]]: Por cierto, el código nuevo del portal es [[code]]
""",
)

T(
    "es_incidencia_admin",
    "es",
    """
Asunto: Incidencia – humedades en [[street]], [[flat]]

Hola [[p1.given]]:

Te escribo porque en el dormitorio ha vuelto a salir moho en la pared que da al patio. Ya lo comentamos con [[p2.hon]] en [[alt:marzo|octubre|enero]] pero no se ha hecho nada. ¿Podéis mandar a alguien esta semana? Estoy en casa por las tardes; mi móvil es [[p3.phone]].

Un saludo,
[[p3.full]]
""",
)

T(
    "es_autorizacion_empadronamiento",
    "es",
    """
AUTORIZACIÓN DE EMPADRONAMIENTO

[[p1.full]], en calidad de propietario/a de la vivienda sita en [[addr]], AUTORIZA a [[p2.formal]], con pasaporte n.º [[passport]] y fecha de nacimiento [[p2.dob]], a empadronarse en dicho domicilio.

En [[town]], a [[date]].
Firma: [[p1.sign]]
""",
)

T(
    "es_mensaje_anuncio",
    "es",
    """
Hola! Vi el anuncio de la habitación cerca de [[named]], ¿sigue disponible? Soy [[p1.given]], tengo [[nn]] años y trabajo en [[shop]]. Podría ir a verla el [[date]] por la tarde. Mi WhatsApp es [[p1.phone]]. Gracias!!
""",
)

# ---------------------------------------------------------------------------- Portuguese
T(
    "pt_condominio_grupo",
    "pt",
    """
[[date]] 08:12 - [[p1.full]]: Bom dia vizinhos! Alguém sabe de quem é o carro [[plate]] parado na vaga do 302? 🚗
[[date]] 08:20 - [[p2.full]]: Acho que é da visita de [[p3.hon]]
[[date]] 08:25 - [[p3.full]]: Desculpa gente, já vou tirar!!
[[date]] 09:02 - [[p4.full]]: Aproveitando: a reunião do condomínio é dia [[date.2]] às [[time]]. [[g5:O síndico|A síndica]], [[p5.hon]], pediu confirmação no [[p5.phone]]
""",
    only="pt_BR",
)

T(
    "pt_contrato_locacao",
    "pt",
    """
CONTRATO DE LOCAÇÃO RESIDENCIAL

LOCADOR: [[p1.full]], residente em [[addr]], telefone [[p1.phone]].
LOCATÁRIO: [[p2.full]], [[g2:nascido|nascida]] em [[p2.dob]], passaporte n.º [[passport]].
IMÓVEL: [[addr.2]].
ALUGUEL: [[rent]] mensais, com vencimento todo dia [[n]], pagos por transferência para a conta [[iban]].
CAUÇÃO: [[big]].
[[town]], [[date]].
""",
)

T(
    "pt_pedido_reparacao",
    "pt",
    """
Olá [[p1.hon]],

Escrevo por causa do esquentador, que deixou de funcionar ontem à noite. Estamos sem água quente e temos um bebé em casa. Pode mandar alguém amanhã de manhã? Estou em casa até às [[time]]. O meu número é [[p2.phone]].

[[g2:Obrigado|Obrigada]],
[[p2.full]]
[[addr]]
""",
)

T(
    "pt_entrega_falhada",
    "pt",
    """
Olá [[p1.given]]! Tentámos entregar a sua encomenda [[track]] hoje às [[time]] em [[addr]], mas não estava ninguém. A encomenda ficou com o vizinho [[p2.full]] ([[street.2]]). Dúvidas: [[phone]].
""",
)

# ---------------------------------------------------------------------------- Italian
T(
    "it_verbale_condominio",
    "it",
    """
VERBALE DI ASSEMBLEA CONDOMINIALE – Condominio [[bld]]
Il giorno [[date]] alle ore [[time]] si è riunita l'assemblea dei condòmini.
Presenti: [[p1.hon]] (int. [[flat]]), [[p2.hon]] (int. [[flat.2]]), [[p3.full]] (delega di [[p4.full]]).
Presidente: [[p1.full]]; segretario: [[p2.full]].
Punto 2: rifacimento del tetto. Si approva il preventivo di [[big]].
Punto 3: il nuovo codice del portone ([[code]]) sarà comunicato dall'amministratore, [[p5.hon]], tel. [[p5.phone]].
""",
)

T(
    "it_chat_vicini",
    "it",
    """
[[p1.given]]: ragazzi qualcuno ha visto un pacco per [[p2.full]]? il corriere dice che l'ha lasciato al portiere
[[p3.given]]: ce l'ho io, passa stasera 😊
[[p2.given]]: grazie mille [[p3.given]]!!
[[p4.kin]]: ricordatevi che domani passano a leggere i contatori dalle [[time]]
""",
)

T(
    "it_disdetta_contratto",
    "it",
    """
Oggetto: disdetta del contratto di locazione – [[addr]]

[[g1:Gentile Signor|Gentile Signora]] [[p1.family]],

con la presente Le comunico la disdetta del contratto di locazione stipulato il [[date]], con effetto dal [[date.2]]. Le chiedo di restituire il deposito cauzionale di [[big]] sul conto [[iban]] intestato a [[p2.full]].

Cordiali saluti,
[[p2.full]]
[[p2.phone]]
""",
)

T(
    "it_annuncio_stanza",
    "it",
    """
AFFITTASI stanza singola arredata in appartamento condiviso, [[area]], zona [[named]]. [[rent]] al mese spese incluse. Disponibile dal [[date]]. No fumatori. Contattare [[p1.given]] al [[p1.phone]] (anche WhatsApp) o scrivere a [[p1.email]].
""",
)

# ---------------------------------------------------------------------------- Dutch
T(
    "nl_buren_app",
    "nl",
    """
[[p1.given]]: Hoi buren! Morgen komt de glazenwasser weer, graag de auto's even weg voor [[time]]
[[p2.given]]: Top, dank je [[p1.given]]
[[p3.full]]: Weet iemand wie het pakketje van [[shop]] voor [[p4.full]] heeft aangenomen?
[[p4.given]]: Haha dat ben ik, ligt al binnen 👍
[[p5.kin]]: De nieuwe code van de fietsenstalling is [[code]]
""",
)

T(
    "nl_huurcontract",
    "nl",
    """
HUUROVEREENKOMST WOONRUIMTE
Ondergetekenden:
[[p1.full]], wonende te [[addr]], hierna „verhuurder",
en
[[p2.full]], geboren op [[p2.dob]], paspoortnummer [[passport]], hierna „huurder",
komen overeen dat verhuurder aan huurder verhuurt de woning gelegen aan [[addr.2]].
De huurprijs bedraagt [[rent]] per maand, te voldoen vóór de eerste van elke maand op rekening [[iban]] t.n.v. [[p1.full]].
Ingangsdatum: [[date]].
""",
)

T(
    "nl_vve_notulen",
    "nl",
    """
Notulen ALV VvE [[bld]] – [[date]]
Aanwezig: [[p1.hon]] (voorzitter), [[p2.hon]] (penningmeester), [[p3.full]], [[p4.full]], [[p5.full]]
1. Reservefonds: saldo [[big]].
2. Dakgoten: offerte van [[big.2]] goedgekeurd.
3. Lekkage bij [[p3.given]] (nr. [[flat]]): verzekering is ingelicht, schadenummer [[case]].
Actiepunt: [[p2.init]] stuurt de nieuwe bankgegevens ([[iban]]) rond.
""",
)

# ---------------------------------------------------------------------------- Polish / Czech / Slovak
T(
    "pl_umowa_najmu",
    "pl",
    """
UMOWA NAJMU LOKALU MIESZKALNEGO
zawarta w dniu [[date]] w [[town]] pomiędzy:
[[p1.full]], zam. [[addr]], [[g1:zwanym|zwaną]] dalej Wynajmującym,
a
[[p2.full]], ur. [[p2.dob]], [[g2:legitymującym|legitymującą]] się paszportem nr [[passport]], [[g2:zwanym|zwaną]] dalej Najemcą.
§ 1. Przedmiotem najmu jest lokal położony przy [[street.2]].
§ 3. Czynsz najmu wynosi [[rent]] miesięcznie, płatny na rachunek [[iban]].
""",
)

T(
    "pl_wspolnota_chat",
    "pl",
    """
[[p1.full]]: Dzień dobry sąsiedzi! Czy ktoś wie, kiedy będzie naprawiona winda?
[[p2.full]]: [[g2:Dzwoniłem|Dzwoniłam]] do zarządcy, [[p3.hon]] mówi że w piątek
[[p4.given]]: 🙏 dzięki [[p2.given]]
[[p1.full]]: Aha, nowy kod do furtki: [[code]]. Proszę nie podawać kurierom!
""",
)

T(
    "cs_najemni_smlouva",
    "cs",
    """
NÁJEMNÍ SMLOUVA
Pronajímatel: [[p1.full]], bytem [[addr]], tel. [[p1.phone]]
Nájemce: [[p2.full]], nar. [[p2.dob]], č. pasu [[passport]]
Předmět nájmu: byt č. [[flat]] v domě [[street.2]]
Nájemné: [[rent]] měsíčně, splatné na účet [[iban]] vždy do 15. dne v měsíci.
Kauce: [[big]].
V [[town]] dne [[date]]
""",
)

T(
    "cs_sousedi",
    "cs",
    """
[[p1.given]]: Ahoj sousedi, nevíte čí je ten kočárek ve vchodu? 🙂
[[p2.given]]: To je od [[p3.hon]] z třetího patra
[[p3.given]]: Jo, pardon, hned ho uklidím
[[p4.full]]: Jinak nový kód ke sklepu je [[code]]
""",
)

T(
    "sk_oznam_spravca",
    "sk",
    """
OZNAM
Vážení vlastníci bytov, dňa [[date]] od [[time]] bude odstávka teplej vody. V prípade otázok kontaktujte správcu [[p1.full]] na čísle [[p1.phone]] alebo e-mailom [[p1.email]].
Ďakujeme za pochopenie.
""",
)

# ---------------------------------------------------------------------------- Hungarian / Romanian / Greek / Turkish
T(
    "hu_lakok_chat",
    "hu",
    """
[[p1.full]]: Sziasztok! Valaki tudja, mikor jön a kéményseprő?
[[p2.full]]: A közös képviselő, [[p3.hon]] azt írta, hogy [[date]] délelőtt
[[p4.kin]]: Köszönöm drágám 🙏
[[p1.full]]: Ja és az új kapukód: [[code]]
""",
)

T(
    "hu_lakasberlet",
    "hu",
    """
LAKÁSBÉRLETI SZERZŐDÉS
Bérbeadó: [[p1.full]], lakcím: [[addr]], telefon: [[p1.phone]]
Bérlő: [[p2.full]], születési idő: [[p2.dob]], útlevélszám: [[passport]]
A bérlemény címe: [[addr.2]]
Bérleti díj: [[rent]]/hó, átutalással a [[iban]] számlára.
Kelt: [[town]], [[date]]
""",
)

T(
    "ro_asociatie",
    "ro",
    """
ANUNȚ – Asociația de Proprietari bl. [[alt:A4|B2|C7|D1]]
Începând cu [[date]], codul interfonului se schimbă în [[code]].
Plata întreținerii se face la administratorul [[p1.full]], tel. [[p1.phone]], sau în contul [[iban]].
Vă mulțumim, [[p2.hon]] – președinte
""",
)

T(
    "ro_chat_vecini",
    "ro",
    """
[[p1.full]]: Bună seara! Știe cineva al cui e pachetul de la ușa apartamentului [[flat]]?
[[p2.full]]: E al meu, scuze 😅 mersi [[p1.given]]
[[p3.kin]]: Copii, mâine vine apa caldă abia după [[time]]
""",
)

T(
    "el_minima_diaxeiristi",
    "el",
    """
Καλησπέρα [[p1.hon]],
Σας ενημερώνω ότι από [[date]] θα γίνουν εργασίες στο ασανσέρ της πολυκατοικίας. Για οποιοδήποτε θέμα μπορείτε να επικοινωνήσετε με τον διαχειριστή, [[p2.full]], στο [[p2.phone]].
Ο νέος κωδικός της εξώπορτας είναι [[code]].
Ευχαριστώ,
[[p3.full]]
""",
)

T(
    "el_enoikiastirio",
    "el",
    """
ΜΙΣΘΩΤΗΡΙΟ ΣΥΜΒΟΛΑΙΟ ΚΑΤΟΙΚΙΑΣ
Εκμισθωτής: [[p1.full]], κάτοικος [[addr]]
Μισθωτής: [[p2.full]], γεν. [[p2.dob]], αρ. διαβατηρίου [[passport]]
Μίσθιο: διαμέρισμα στην οδό [[street.2]]
Μίσθωμα: [[rent]] μηνιαίως, στον λογαριασμό [[iban]].
[[town]], [[date]]
""",
)

T(
    "tr_apartman_grubu",
    "tr",
    """
[[p1.full]]: Komşular merhaba, yarın [[time]]'da su kesintisi varmış, haberiniz olsun 🚰
[[p2.full]]: Teşekkürler [[p1.hon]]
[[p3.kin]]: Yöneticimiz [[p4.hon]] aidatları [[date]]'e kadar ödememizi istedi, IBAN: [[iban]]
[[p5.full]]: Kapı şifresi de değişti bu arada: [[code]]
""",
)

T(
    "tr_kira_sozlesmesi",
    "tr",
    """
KİRA SÖZLEŞMESİ
Kiraya veren: [[p1.full]] – Adres: [[addr]] – Tel: [[p1.phone]]
Kiracı: [[p2.full]] – Doğum tarihi: [[p2.dob]] – Pasaport no: [[passport]]
Kiralanan yer: [[addr.2]]
Aylık kira bedeli: [[rent]]; her ayın [[n]]'inde [[iban]] hesabına ödenir.
Depozito: [[big]]
Başlangıç tarihi: [[date]]
""",
)


# ---------------------------------------------------------------------------- Russian / Ukrainian
T(
    "ru_dogovor_naima",
    "ru",
    """
ДОГОВОР НАЙМА ЖИЛОГО ПОМЕЩЕНИЯ
г. [[town]], [[date]]
Наймодатель: [[p1.formal]], паспорт [[passport]], зарегистрирован(а) по адресу: [[addr]]
Наниматель: [[p2.formal]], дата рождения [[p2.dob]], тел. [[p2.phone]]
1.1. Наймодатель передаёт, а Наниматель принимает во временное пользование квартиру по адресу: [[addr.2]].
3.1. Плата за наем составляет [[rent]] в месяц и вносится не позднее [[n]]-го числа.
Подписи: [[p1.init]] / [[p2.init]]
""",
)

T(
    "ru_chat_doma",
    "ru",
    """
[[p1.full]], [[date]] 19:40
Соседи, у кого-нибудь есть номер сантехника? У нас течёт стояк 😩

[[p2.full]], [[date]] 19:43
Звоните в УК, там [[p3.full]] ([[p3.phone]]), [[g3:он нормальный|она нормальная]]

[[p4.handle]], [[date]] 19:50
кстати новый код домофона [[code]], старый больше не работает

[[p1.full]], [[date]] 19:51
спасибо, [[p2.given]]!
""",
)

T(
    "ru_zayavka_uk",
    "ru",
    """
Заявка № [[case]] от [[date]]
Заявитель: [[p1.formal]]
Адрес: [[addr]]
Телефон для связи: [[p1.phone]]
Суть обращения: [[alt:не работает отопление в спальне|протекает потолок в ванной|сломан замок почтового ящика|шумят соседи после 23:00]]
Доступ в квартиру: после [[time]], ключи у соседки [[p2.kin]]
Исполнитель: [[p3.full]]
""",
)

T(
    "ru_pereezd_chat",
    "ru",
    """
[[p1.given|lower]]: привет! мы переезжаем [[date]], новый адрес: [[addr]] 🏠
[[p2.given]]: ура!! поздравляю 🎉 а какой код от подъезда?
[[p1.given|lower]]: [[code]], квартира на [[floor]] этаже. мой новый номер [[p1.phone]]
""",
)

T(
    "uk_osbb_chat",
    "uk",
    """
[[p1.full]]: Добрий вечір, сусіди! Голова ОСББ [[p2.hon]] просить передати показники лічильників до [[date]].
[[p3.full]]: Дякую! А куди надсилати?
[[p2.full]]: На пошту [[p2.email]] або в Viber [[p2.phone]]
[[p4.kin]]: А в мене знову не працює домофон 😢 код [[code]] не приймає
""",
)

T(
    "uk_nova_poshta",
    "uk",
    """
Ваше відправлення [[track]] прибуло до відділення. Отримувач: [[p1.full]], тел. [[p1.phone]]. Код для отримання: [[otp]]. Адреса доставки кур'єром: [[addr]].
""",
)

# ---------------------------------------------------------------------------- Japanese
T(
    "ja_nyukyo_moushikomi",
    "ja",
    """
入居申込書
物件名：[[bld]] [[nnn]]号室
申込者氏名：[[p1.full]]
生年月日：[[p1.dob]]
現住所：[[addr]]
携帯電話：[[p1.phone]]
メール：[[p1.email]]
勤務先：[[shop]]（勤続[[n]]年）
緊急連絡先：[[p2.full]]（[[alt:父|母|兄|姉]]）[[p2.phone]]
同居人：[[p3.full]]（[[p3.kdob]]生）
申込日：[[date]]
""",
)

T(
    "ja_line_kanri",
    "ja",
    """
[[date]]
21:14	[[p1.full]]	こんばんは。ゴミ置き場の鍵の番号が変わったみたいです。新しい番号は[[code]]です
21:16	[[p2.full]]	ありがとうございます！
21:20	[[p3.full]]	管理会社の[[p4.hon]]に確認しました。来週から粗大ゴミの日も変わるそうです
21:22	[[p1.full]]	[[p3.hon]]、助かります🙏
""",
)

T(
    "ja_fuzai_renraku",
    "ja",
    """
【不在連絡】[[p1.hon]]
お荷物をお届けに参りましたがご不在でした。
お問い合わせ番号：[[track]]
お届け先：[[addr]]
再配達のご依頼は担当ドライバー[[p2.family]]（[[p2.phone]]）までご連絡ください。
""",
)

T(
    "ja_hikkoshi_aisatsu",
    "ja",
    """
はじめまして。[[date]]に[[flat]]号室に引っ越してまいりました[[p1.family]]と申します。
[[g2:夫|妻]]の[[p2.given]]、[[g3:息子|娘]]の[[p3.given]]（[[p3.kbyear]]年生まれ）の3人家族です。
何かとご迷惑をおかけするかもしれませんが、どうぞよろしくお願いいたします。
連絡先：[[p1.phone]]
""",
)

T(
    "ja_minpaku_guide",
    "ja",
    """
[[p1.hon]]

ご予約ありがとうございます（予約番号：[[booking]]）。
住所：[[addr]]
キーボックスの暗証番号：[[code]]
Wi-Fi：[[ssid]] ／ パスワード：[[wifi]]
チェックアウトは10時です。何かあれば[[p2.phone]]までご連絡ください。
ホスト [[p2.given]]
""",
)

# ---------------------------------------------------------------------------- Chinese
T(
    "zh_zufang_hetong",
    "zh",
    """
房屋租赁合同
出租方（甲方）：[[p1.full]]，联系电话：[[p1.phone]]
承租方（乙方）：[[p2.full]]，出生日期：[[p2.dob]]，护照号码：[[passport]]
房屋地址：[[addr]]
租期自[[date]]起共[[nn]]个月，月租金[[rent]]，押一付三。
甲方收款账户：[[p1.full]]（开户行略）
紧急联系人：[[p3.full]]，[[p3.phone]]
""",
)

T(
    "zh_yezhu_qun",
    "zh",
    """
[[p1.full]]：各位邻居好，今晚八点物业要停水检修，大家提前存点水哈
[[p2.hon]]：收到，谢谢[[p1.given]]
[[p3.full]]：请问谁家的快递放在[[flat]]门口了？写的是[[p4.full]]
[[p4.full]]：是我的是我的😂 马上拿
[[p5.kin]]：新的门禁密码是[[code]]，不要告诉外卖小哥哦
""",
)

T(
    "zh_kuaidi_sms",
    "zh",
    """
【快递】您好[[p1.hon]]，您的快递[[track]]已放至小区驿站，取件码[[otp]]，地址：[[addr]]。如有疑问请联系快递员[[p2.family]]师傅[[p2.phone]]。
""",
)

T(
    "zh_wuye_baoxiu",
    "zh",
    """
物业报修单
报修人：[[p1.full]]
房号：[[flat]]
联系电话：[[p1.phone]]
报修内容：[[alt:卫生间漏水|空调不制冷|门锁坏了|楼道灯不亮]]
上门时间：[[date]] [[time]]
维修师傅：[[p2.hon]]
""",
)

T(
    "zht_line_group",
    "zht",
    """
[[p1.full]]：各位住戶晚安，管委會提醒[[date]]要消毒水塔，當天上午會停水喔
[[p2.hon]]：收到，謝謝主委
[[p3.full]]：請問有人看到[[p4.full]]的包裹嗎？管理員說放在信箱旁
[[p4.given]]：我拿到了，謝謝大家🙏
[[p5.kin]]：大門密碼改成[[code]]了
""",
)

T(
    "zht_hk_notice",
    "zht",
    """
通告
各位住戶：本大廈將於[[date]]上午[[time]]進行食水缸清洗，期間會暫停供水。
如有查詢，請聯絡管理處[[p1.hon]]（電話：[[p1.phone]]）。
另外，失物一件（鑰匙一串），請[[p2.hon]]到管理處認領。
""",
)

# ---------------------------------------------------------------------------- Korean
T(
    "ko_kakao_group",
    "ko",
    """
[[p1.full]] [[time]]
안녕하세요 [[flat]]호입니다~ 내일 오전에 엘리베이터 점검 있다고 하네요
[[p2.full]] [[time]]
정보 감사해요 [[p1.hon]]!
[[p3.full]] [[time]]
혹시 [[p4.full]] 택배 경비실에 있는 거 아시는 분? 🙏
[[p5.kin]] [[time]]
공동현관 비밀번호 바뀌었어요 [[code]]
""",
)

T(
    "ko_jeonse_contract",
    "ko",
    """
부동산 임대차 계약서 (전세)
임대인: [[p1.full]] (연락처 [[p1.phone]])
임차인: [[p2.full]], 생년월일 [[p2.dob]], 여권번호 [[passport]]
소재지: [[addr]]
보증금: [[big]]
계약기간: [[date]]부터 24개월
중개사: [[p3.full]] ([[p3.phone]])
""",
)

T(
    "ko_delivery_sms",
    "ko",
    """
[배송완료] [[p1.hon]], 주문하신 상품([[order]])이 [[addr]] 문 앞에 배송되었습니다. 공동현관 비밀번호 [[code]] 확인 감사합니다. 배송기사 [[p2.family]] ([[p2.phone]])
""",
)

# ---------------------------------------------------------------------------- Vietnamese / Thai
T(
    "vi_zalo_nhom",
    "vi",
    """
[[p1.full]]: Chào cả nhà, mai ban quản lý cắt nước từ [[time]] nha mọi người 🚰
[[p2.full]]: Cảm ơn [[p1.hon]] nhiều
[[p3.full]]: Ai thấy gói hàng của [[p4.full]] ở sảnh không ạ?
[[p5.kin]]: Mật khẩu cửa mới là [[code]] nha
""",
)

T(
    "vi_hop_dong_thue",
    "vi",
    """
HỢP ĐỒNG THUÊ NHÀ
Bên cho thuê (Bên A): [[p1.full]], điện thoại [[p1.phone]]
Bên thuê (Bên B): [[p2.full]], sinh ngày [[p2.dob]], hộ chiếu số [[passport]]
Địa chỉ nhà cho thuê: [[addr]]
Giá thuê: [[rent]]/tháng, đặt cọc [[big]].
Thời hạn: từ [[date]].
""",
)

T(
    "th_line_group",
    "th",
    """
[[p1.full]]: สวัสดี[[g1:ครับ|ค่ะ]]ทุกคน พรุ่งนี้นิติฯ จะปิดน้ำตั้งแต่ [[time]] นะ[[g1:ครับ|คะ]]
[[p2.hon]]: ขอบคุณ[[g2:ครับ|ค่ะ]]
[[p3.full]]: ใครเห็นพัสดุของ[[p4.hon]]บ้าง[[g3:ครับ|คะ]]
[[p5.kin]]: รหัสประตูใหม่ [[code]] จ้า
""",
)

T(
    "th_sanya_chao",
    "th",
    """
สัญญาเช่าห้องพัก
ผู้ให้เช่า: [[p1.full]] โทร [[p1.phone]]
ผู้เช่า: [[p2.full]] เกิดวันที่ [[p2.dob]] เลขหนังสือเดินทาง [[passport]]
ที่อยู่ห้องเช่า: [[addr]]
ค่าเช่าเดือนละ [[rent]] เงินประกัน [[big]]
เริ่มสัญญาวันที่ [[date]]
""",
)

# ---------------------------------------------------------------------------- Indonesian / Malay / Tagalog
T(
    "id_grup_kos",
    "id",
    """
[[p1.full]]: Assalamualaikum, info ya temen2, air mati besok dari jam [[time]] 🙏
[[p2.full]]: Makasih [[p1.hon]]
[[p3.full]]: Paket atas nama [[p4.full]] dititip di pos satpam ya
[[p5.kin]]: Password wifi kos ganti: [[wifi]]
""",
)

T(
    "id_perjanjian_sewa",
    "id",
    """
SURAT PERJANJIAN SEWA RUMAH
Yang bertanda tangan di bawah ini:
Nama: [[p1.full]], alamat [[addr]], telp. [[p1.phone]] (Pihak Pertama)
Nama: [[p2.full]], lahir [[p2.dob]], no. paspor [[passport]] (Pihak Kedua)
Pihak Pertama menyewakan rumah di [[addr.2]] kepada Pihak Kedua dengan harga [[rent]] per bulan.
[[town]], [[date]]
""",
)

T(
    "ms_whatsapp_taman",
    "ms",
    """
[[p1.full]]: Salam semua, esok ada gotong-royong jam [[time]] di dewan taman 🧹
[[p2.full]]: Baik [[p1.hon]], saya datang
[[p3.kin]]: Siapa ada nombor tukang paip? Rumah saya bocor
[[p4.full]]: Cuba call [[p5.full]], [[p5.phone]], dia bagus
""",
)

T(
    "ms_sewa_bilik",
    "ms",
    """
BILIK UNTUK DISEWA 🏠
Bilik sederhana, [[area]], dekat [[named]]. [[rent]] sebulan termasuk bil air & elektrik.
Perempuan sahaja. Hubungi [[p1.hon]] di [[p1.phone]] atau emel [[p1.email]].
Alamat: [[addr]]
""",
)

T(
    "tl_viber_group",
    "tl",
    """
[[p1.full]]: Good evening po mga kapitbahay! May water interruption daw bukas from [[time]] 😩
[[p2.full]]: Salamat [[p1.hon]]!
[[p3.full]]: Sino po may number ni [[p4.hon]]? Yung electrician
[[p1.full]]: [[p4.phone]] po 🙂
[[p5.kin]]: Yung bagong code ng gate ay [[code]], wag ibibigay sa delivery ha
""",
)

T(
    "tl_kasunduan_upa",
    "tl",
    """
KASUNDUAN SA PAGPAPAUPA
Ang may-ari: [[p1.full]], nakatira sa [[addr]]
Ang uupa: [[p2.full]], ipinanganak noong [[p2.dob]]
Ang paupahan ay matatagpuan sa [[addr.2]]. Ang upa ay [[rent]] kada buwan, babayaran tuwing ika-[[n]] ng buwan.
Petsa: [[date]]
""",
)

# ---------------------------------------------------------------------------- Hindi (Devanagari and romanized)
T(
    "hi_kiraya_anubandh",
    "hi",
    """
किरायानामा
मकान मालिक: [[p1.full]], निवासी [[addr]], मोबाइल [[p1.phone]]
किरायेदार: [[p2.full]], जन्म तिथि [[p2.dob]], पासपोर्ट संख्या [[passport]]
किराये का मकान: [[addr.2]]
मासिक किराया: [[rent]], जमानत राशि: [[big]]
दिनांक: [[date]]
""",
)

T(
    "hi_society_whatsapp",
    "hi",
    """
[[p1.full]]: Namaste sabko 🙏 kal subah [[time]] se paani nahi aayega, tank cleaning hai
[[p2.hon]]: Thank you [[p1.given]] ji
[[p3.full]]: kisi ne [[p4.kin]] ka parcel dekha? guard ke paas hai kya
[[p5.kin]]: maintenance [[amount]] is month [[date]] tak jama karna hai, secretary [[p6.hon]] ko. UPI number [[p6.phone]]
""",
    mode="roman",
)

T(
    "hi_doodhwala_note",
    "hi",
    """
bhaiya kal se 2 packet doodh dena, [[flat]] mein. paisa [[p1.given]] ji denge mahine ke end mein. agar koi na ho to [[p2.kin]] ko de dena, unka number [[p2.phone]] hai
""",
    mode="roman",
)

# ---------------------------------------------------------------------------- Arabic / Hebrew / Persian
T(
    "ar_aqd_ijar",
    "ar",
    """
عقد إيجار شقة سكنية
المؤجر: [[p1.full]]، العنوان: [[addr]]، الهاتف: [[p1.phone]]
المستأجر: [[p2.full]]، تاريخ الميلاد: [[p2.dob]]، رقم جواز السفر: [[passport]]
العين المؤجرة: [[addr.2]]
قيمة الإيجار الشهري: [[rent]]، ويدفع مقدماً.
حرر في [[date]]
""",
)

T(
    "ar_whatsapp_imara",
    "ar",
    """
[[p1.full]]: السلام عليكم يا جيران، بكرة فيه صيانة للمصعد من الساعة [[time]]
[[p2.full]]: وعليكم السلام، شكراً [[p1.hon]]
[[p3.full]]: حد شاف طرد باسم [[p4.full]]؟
[[p5.kin]]: الرقم السري الجديد للباب [[code]]
""",
)

T(
    "ar_tawsil",
    "ar",
    """
تم توصيل طلبك رقم [[order]] إلى [[addr]]. المندوب: [[p1.given]]، جوال: [[p1.phone]]. شكراً لك [[p2.hon]]!
""",
)

T(
    "he_vaad_bayit",
    "he",
    """
[[p1.full]]: ערב טוב שכנים! מחר ב-[[time]] מגיע טכנאי למעלית
[[p2.full]]: תודה [[p1.given]] 🙏
[[p3.full]]: מישהו ראה חבילה על שם [[p4.full]]?
[[p5.kin]]: הקוד החדש של הדלת בכניסה: [[code]]
""",
)

T(
    "he_chozeh_schirut",
    "he",
    """
הסכם שכירות
המשכיר: [[p1.full]], כתובת: [[addr]], טלפון: [[p1.phone]]
השוכר: [[p2.full]], תאריך לידה: [[p2.dob]], מספר דרכון: [[passport]]
הנכס: [[addr.2]]
דמי שכירות: [[rent]] לחודש, יועברו לחשבון [[iban]].
תאריך: [[date]]
""",
)

T(
    "fa_ejare_nameh",
    "fa",
    """
قرارداد اجاره مسکن
موجر: [[p1.full]]، نشانی: [[addr]]، تلفن: [[p1.phone]]
مستأجر: [[p2.full]]، تاریخ تولد: [[p2.dob]]
مورد اجاره: [[addr.2]]
اجاره ماهانه: [[rent]]، ودیعه: [[big]]
تاریخ: [[date]]
""",
)

T(
    "fa_goroh_sakhteman",
    "fa",
    """
[[p1.full]]: سلام همسایه‌های عزیز، فردا ساعت [[time]] آب قطع است
[[p2.full]]: ممنون [[p1.hon]]
[[p3.kin]]: رمز جدید در ورودی [[code]] است
[[p4.full]]: مدیر ساختمان [[p5.hon]] گفت شارژ را به شماره [[p5.phone]] اطلاع بدهید
""",
)

# ---------------------------------------------------------------------------- Nordic / Baltic / other European
T(
    "sv_brf_meddelande",
    "sv",
    """
Hej alla grannar!
Styrelsen i BRF [[bld]] påminner om städdagen [[date]] kl. [[time]]. Ny kod till cykelrummet: [[code]].
Frågor? Kontakta [[p1.full]], [[p1.phone]] eller [[p1.email]].
Hälsningar, [[p2.full]], ordförande
""",
)

T(
    "sv_andrahand",
    "sv",
    """
Hej [[p1.given]]! Jag såg din annons om lägenheten på [[named]]. Jag heter [[p2.full]], är född [[p2.byear]] och jobbar som sjuksköterska. Kan jag komma på visning [[date]]? Mitt nummer är [[p2.phone]]. /[[p2.given]]
""",
)

T(
    "da_beboerbesked",
    "da",
    """
Kære beboere,
Der er vandafbrydelse [[date]] fra kl. [[time]]. Ny kode til kælderen: [[code]].
Spørgsmål kan rettes til viceværten [[p1.full]] på [[p1.phone]].
Mvh. bestyrelsen v/ [[p2.full]]
""",
)

T(
    "nb_sameie_melding",
    "nb",
    """
Hei alle sammen!
Årsmøtet i sameiet er [[date]] kl. [[time]] i fellesrommet. Ny kode til sykkelboden er [[code]].
Ta kontakt med [[p1.full]] på [[p1.phone]] hvis dere har spørsmål.
Hilsen styret
""",
)

T(
    "fi_taloyhtio_tiedote",
    "fi",
    """
TIEDOTE asukkaille
Taloyhtiön saunavuorot muuttuvat [[date]] alkaen. Pyörävaraston uusi koodi on [[code]].
Isännöitsijä [[p1.full]], puh. [[p1.phone]], [[p1.email]]
Huoltomies [[p2.given]] tavoittaa numerosta [[p2.phone]].
""",
)

T(
    "is_skilabod",
    "is",
    """
Hæ [[p1.given]]! Lykillinn að íbúðinni er í lyklaboxinu, kóðinn er [[code]]. Heimilisfangið er [[addr]]. Hringdu í mig í [[p2.phone]] ef eitthvað er. Kveðja, [[p2.given]]
""",
)

T(
    "lt_zinute",
    "lt",
    """
Sveiki kaimynai! Rytoj nuo [[time]] nebus karšto vandens. Naujas laiptinės kodas: [[code]]. Klausimus galite siųsti administratoriui [[p1.full]], tel. [[p1.phone]].
""",
)

T(
    "lv_pazinojums",
    "lv",
    """
Labdien, kaimiņi! Rīt no [[time]] nebūs karstā ūdens. Jaunais kāpņu telpas kods: [[code]]. Jautājumus var uzdot namu pārvaldniekam [[p1.full]], tālr. [[p1.phone]].
""",
)

T(
    "et_teade",
    "et",
    """
Tere, naabrid! Homme alates [[time]] on sooja vee katkestus. Trepikoja uus kood on [[code]]. Küsimuste korral helistage [[p1.full]], tel [[p1.phone]].
""",
)

T(
    "ca_veins",
    "ca",
    """
[[p1.full]]: Bon dia veïns! Algú sap de qui és la bici lligada a l'escala? 🚲
[[p2.full]]: Crec que és de la família [[p3.family]]
[[p3.full]]: Sí, perdó! Ara la trec
[[p4.kin]]: Recordeu que el nou codi de la porta és [[code]]
""",
)

T(
    "hr_susjedi",
    "hr",
    """
[[p1.full]]: Pozdrav susjedi! Sutra od [[time]] nema vode zbog radova.
[[p2.full]]: Hvala [[p1.given]]!
[[p3.kin]]: Novi kod za ulaz je [[code]]. Upraviteljica zgrade je [[p4.full]], [[p4.phone]].
""",
)

T(
    "sr_stanari",
    "sr",
    """
[[p1.full]]: Pozdrav komšije! Sutra od [[time]] nema struje, radovi na trafou.
[[p2.full]]: Hvala [[p1.given]]!
[[p3.kin]]: Novi kod za ulaz je [[code]]. Upravnik zgrade [[p4.full]], tel. [[p4.phone]].
""",
    mode="roman",
)

T(
    "sl_obvestilo",
    "sl",
    """
Obvestilo stanovalcem: [[date]] od [[time]] dalje ne bo tople vode. Nova koda za kolesarnico: [[code]]. Upravnik [[p1.full]], tel. [[p1.phone]].
""",
)

T(
    "bg_etazhna_sobstvenost",
    "bg",
    """
Уважаеми съседи,
Общото събрание на етажната собственост ще се проведе на [[date]] от [[time]] ч. във входа.
Новият код на входната врата е [[code]].
Касиер: [[p1.full]], тел. [[p1.phone]]
Управител: [[p2.full]]
""",
)

T(
    "sq_njoftim",
    "sq",
    """
Të nderuar banorë! Nesër nga ora [[time]] nuk do të ketë ujë. Kodi i ri i hyrjes është [[code]]. Për pyetje kontaktoni administratorin [[p1.full]], tel. [[p1.phone]].
""",
)

# ---------------------------------------------------------------------------- Caucasus / Central Asia / Mongolia
T(
    "ka_gancxadeba",
    "ka",
    """
ძვირფასო მეზობლებო! ხვალ [[time]]-დან წყალი არ იქნება. სადარბაზოს ახალი კოდია [[code]]. კითხვების შემთხვევაში დაუკავშირდით [[p1.full]]-ს, ტელ. [[p1.phone]].
""",
)

T(
    "hy_haytararutyun",
    "hy",
    """
Հարգելի հարևաններ, վաղը [[time]]-ից ջուր չի լինի։ Մուտքի նոր կոդն է [[code]]։ Հարցերի դեպքում զանգահարեք [[p1.full]]-ին՝ [[p1.phone]]։
""",
)

T(
    "az_elan",
    "az",
    """
Hörmətli qonşular! Sabah saat [[time]]-dan su olmayacaq. Girişin yeni kodu: [[code]]. Suallar üçün [[p1.full]] ilə əlaqə saxlayın, tel. [[p1.phone]].
""",
)

T(
    "kk_khabarlandyru",
    "kk",
    """
Құрметті көршілер! Ертең сағат [[time]]-дан бастап су болмайды. Подъездің жаңа коды: [[code]]. Сұрақтар бойынша [[p1.full]], тел. [[p1.phone]].
""",
)

T(
    "uz_elon",
    "uz",
    """
Hurmatli qo'shnilar! Ertaga soat [[time]] dan suv bo'lmaydi. Podyezdning yangi kodi: [[code]]. Savollar bo'lsa [[p1.full]] bilan bog'laning, tel. [[p1.phone]].
""",
)

T(
    "mn_medegdel",
    "mn",
    """
Эрхэм хөршүүдээ! Маргааш [[time]]-аас ус тасарна. Орцны шинэ код: [[code]]. Асуух зүйл байвал [[p1.full]], утас [[p1.phone]].
""",
)

# ---------------------------------------------------------------------------- South Asia / Myanmar
T(
    "ta_arivippu",
    "ta",
    """
அன்புள்ள குடியிருப்பாளர்களே, நாளை [[time]] முதல் தண்ணீர் வராது. புதிய கேட் குறியீடு [[code]]. சந்தேகங்களுக்கு [[p1.hon]] அவர்களை [[p1.phone]] என்ற எண்ணில் தொடர்பு கொள்ளவும்.
""",
)

T(
    "bn_notish",
    "bn",
    """
প্রিয় প্রতিবেশীগণ, আগামীকাল [[time]] থেকে পানি থাকবে না। গেটের নতুন কোড [[code]]। প্রয়োজনে [[p1.hon]] এর সাথে যোগাযোগ করুন: [[p1.phone]]।
""",
)

T(
    "ur_itla",
    "ur",
    """
محترم پڑوسیو! کل [[time]] سے پانی بند رہے گا۔ گیٹ کا نیا کوڈ [[code]] ہے۔ کسی بھی مسئلے کے لیے [[p1.hon]] سے رابطہ کریں: [[p1.phone]]
""",
)

T(
    "ur_roman_chat",
    "ur",
    """
[[p1.given]]: assalam o alaikum bhai log, kal subah [[time]] se light nahi hogi 😩
[[p2.hon]]: shukriya [[p1.kin]]
[[p3.kin]]: gate ka naya code [[code]] hai, guard ko bhi bata diya
""",
    mode="roman",
)

T(
    "ne_suchana",
    "ne",
    """
प्रिय छिमेकीहरू, भोलि [[time]] देखि पानी आउँदैन। गेटको नयाँ कोड [[code]] हो। थप जानकारीका लागि [[p1.hon]] लाई [[p1.phone]] मा सम्पर्क गर्नुहोस्।
""",
)

T(
    "si_danweema",
    "si",
    """
ආදරණීය අසල්වැසියනි, හෙට [[time]] සිට ජලය නොමැත. ගේට්ටුවේ නව කේතය [[code]]. විස්තර සඳහා [[p1.hon]] අමතන්න: [[p1.phone]]
""",
)

T(
    "my_kyaw_nyar",
    "my",
    """
အိမ်နီးချင်းများခင်ဗျာ၊ မနက်ဖြန် [[time]] မှစ၍ ရေပြတ်ပါမည်။ ဂိတ်ကုဒ်အသစ်မှာ [[code]] ဖြစ်ပါသည်။ [[p1.hon]] ([[p1.phone]]) ကို ဆက်သွယ်ပါ။
""",
)

# ---------------------------------------------------------------------------- Africa / Caribbean
T(
    "sw_ujumbe_mwenye_nyumba",
    "sw",
    """
Habari [[p1.hon]], kodi ya mwezi huu ni [[rent]]. Tafadhali lipa kabla ya [[date]]. Fundi [[p2.given]] atakuja kesho saa [[time]] kurekebisha bomba. Namba yake ni [[p2.phone]]. Asante, [[p3.full]]
""",
)

T(
    "sw_kikundi_majirani",
    "sw",
    """
[[p1.full]]: Habari za jioni majirani! Kesho maji yatakatika kuanzia saa [[time]]
[[p2.full]]: Asante sana [[p1.hon]]
[[p3.kin]]: Namba mpya ya geti ni [[code]]
""",
)

T(
    "af_boodskap",
    "af",
    """
Hallo [[p1.hon]], net om te laat weet die loodgieter, [[p2.full]], kom môre om [[time]]. Sy nommer is [[p2.phone]]. Die nuwe hekkode is [[code]]. Groete, [[p3.given]]
""",
)

T(
    "am_masawekiya",
    "am",
    """
ውድ ጎረቤቶች፣ ነገ ከ[[time]] ጀምሮ ውሃ አይኖርም። የግቢው በር አዲሱ ኮድ [[code]] ነው። ለጥያቄ [[p1.hon]]ን በ[[p1.phone]] ያግኙ።
""",
)

T(
    "ht_mesaj_vwazen",
    "ht",
    """
[[p1.full]]: Bonswa vwazen yo! Demen pa gen dlo depi [[time]].
[[p2.full]]: Mèsi [[p1.given]]!
[[p3.kin]]: Nouvo kòd pòtay la se [[code]]. Rele [[p4.hon]] nan [[p4.phone]] si gen pwoblèm.
""",
)


# ---------------------------------------------------------------------------- Near-misses only (no labels)
T(
    "en_nm_match_night",
    "en",
    """
Anyone watching the match tonight? [[public]] was unreal last week 🔥 The pub on [[named]] is showing it from [[time]]. I booked a table for the flat, booking ref [[booking]].
""",
    kind="near",
)

T(
    "en_nm_delivery_status",
    "en",
    """
Order [[order]] — out for delivery 🚚
Tracking: [[track]]
Estimated arrival: [[time]]–[[time.2]]
Paid with [[masked]] · Total [[amount]]
""",
    kind="near",
)

T(
    "en_nm_energy_bill",
    "en",
    """
Electricity bill [[invoice]]
Account [[acct]] · meter [[meter]]
Usage: [[nn]][[nn.2]] kWh from [[date]] to [[date.2]]
Amount due: [[amount]] by [[date.3]]
""",
    kind="near",
)

T(
    "en_nm_listing",
    "en",
    """
[[area]] two-bed near [[named]], built [[year]], floor [[floor]], lift, balcony. [[rent]]/month, available [[date]]. Listing ID [[order]] — book viewings through the agency app.
""",
    kind="near",
)

T(
    "en_nm_pet_names",
    "en",
    """
My kid insists the new cat is called [[fiction]] and the hamster is [[fiction.2]] 😂 Also: building committee meets [[date]] at [[time]] in the [[bld]] lobby.
""",
    kind="near",
)

T(
    "en_nm_parking_ticket",
    "en",
    """
Car [[plate]] has been parked in visitor bay [[nn]] since [[date]]. Ticket [[case]] has been raised; fine is [[amount]]. Please move it before [[time]] tomorrow.
""",
    kind="near",
)

T(
    "en_nm_firmware",
    "en",
    """
Router firmware updated to [[version]] (hub [[version.2]]). SSID [[ssid]] back online at [[time]]. No action needed.
""",
    kind="near",
)

T(
    "en_nm_booking_conf",
    "en",
    """
Booking [[booking]] confirmed ✔
Check-in [[date]] after 3pm · check-out [[date.2]] by 11am · [[n]] guests
Total [[amount]] paid with [[masked]]
""",
    kind="near",
)

T(
    "en_nm_moving_towns",
    "en",
    """
We're moving from [[town]] to [[town.2]] in [[alt:spring|the summer|autumn|January]]! Van booked (job [[order]]), [[nn]] boxes packed so far, quote was [[big]].
""",
    kind="near",
)

T(
    "en_nm_famous_neighbour",
    "en",
    """
Fun fact: [[public]] apparently grew up near [[named]]. There's a little plaque by the [[shop]] on the corner. Built [[year]], apparently.
""",
    kind="near",
)

T(
    "en_nm_invoices_md",
    "en",
    """
| Invoice | Date | Amount |
|---|---|---|
| [[invoice]] | [[date]] | [[amount]] |
| [[invoice.2]] | [[date.2]] | [[amount.2]] |
| [[invoice.3]] | [[date.3]] | [[amount.3]] |

Total outstanding: [[big]] (contract [[contract]])
""",
    kind="near",
)

T(
    "en_nm_order_json",
    "en",
    """
{"order_id": "[[order]]", "status": "delivered", "courier": "[[shop]]", "tracking": "[[track]]", "paid_with": "[[masked]]", "total": "[[amount]]", "eta": "[[time]]", "app_version": "[[version]]"}
""",
    kind="near",
    fmt="json",
)

T(
    "en_nm_storybook",
    "en",
    """
Reading corner in the lobby is open again 📚 This week: [[fiction]] and [[fiction.2]] for the little ones. Donations welcome until [[date]]. Case [[case]] for the broken shelf is closed.
""",
    kind="near",
)

T(
    "de_nm_paket",
    "de",
    """
Ihre Sendung [[track]] wird heute zwischen [[time]] und [[time.2]] Uhr zugestellt. Alternativ können Sie sie ab [[date]] in der Filiale in der [[named]] abholen. Bestellnummer [[order]].
""",
    kind="near",
)

T(
    "de_nm_zaehler",
    "de",
    """
Zählerstand Strom: Zähler [[meter]], Stand [[nn]][[nn.2]] kWh am [[date]]. Neuer Abschlag ab [[date.2]]: [[amount]]. Vertragskonto [[acct]].
""",
    kind="near",
)

T(
    "fr_nm_commande",
    "fr",
    """
Commande [[order]] expédiée le [[date]]. Suivi : [[track]]. Livraison en point relais près de la [[named]]. Montant : [[amount]], payé par carte [[masked]].
""",
    kind="near",
)

T(
    "fr_nm_annonce",
    "fr",
    """
À louer : T2 de [[area]], [[floor]]e étage avec ascenseur, immeuble de [[year]], proche [[named]]. Loyer [[rent]] charges comprises. Réf. annonce [[order]].
""",
    kind="near",
)

T(
    "es_nm_pedido",
    "es",
    """
Tu pedido [[order]] llegará el [[date]] entre las [[time]] y las [[time.2]]. Seguimiento: [[track]]. Importe: [[amount]].
""",
    kind="near",
)

T(
    "es_nm_partido",
    "es",
    """
¿Alguien va a ver el partido esta noche? [[public]] está en racha. El bar de [[named]] lo pone a las [[time]] 📺
""",
    kind="near",
)

T(
    "it_nm_bolletta",
    "it",
    """
Bolletta n. [[invoice]] – periodo [[date]]–[[date.2]] – importo [[amount]] – scadenza [[date.3]]. Codice cliente [[acct]], contatore [[meter]].
""",
    kind="near",
)

T(
    "nl_nm_pakket",
    "nl",
    """
Je pakket [[track]] ligt klaar bij het afhaalpunt aan de [[named]]. Ophalen vóór [[date]]. Bestelnummer [[order]].
""",
    kind="near",
)

T(
    "pt_nm_pedido",
    "pt",
    """
Pedido [[order]] entregue às [[time]]. Avalie a entrega no app. Total: [[amount]] ([[masked]]).
""",
    kind="near",
)

T(
    "ja_nm_hassou",
    "ja",
    """
ご注文番号[[order]]の商品は[[date]]に発送しました。お問い合わせ伝票番号：[[track]]。お支払い金額：[[amount]]（カード[[masked]]）。
""",
    kind="near",
)

T(
    "zh_nm_fahuo",
    "zh",
    """
您的订单[[order]]已发货，快递单号[[track]]，预计[[date]]送达。实付金额[[amount]]。
""",
    kind="near",
)

T(
    "ko_nm_baesong",
    "ko",
    """
주문번호 [[order]] 배송 시작! 운송장번호 [[track]], 도착 예정 [[date]]. 결제금액 [[amount]].
""",
    kind="near",
)

T(
    "ru_nm_zakaz",
    "ru",
    """
Заказ [[order]] передан в доставку. Трек-номер [[track]]. Ожидаемая дата: [[date]]. Сумма: [[amount]].
""",
    kind="near",
)

T(
    "tr_nm_kargo",
    "tr",
    """
Siparişiniz [[order]] kargoya verildi. Takip no: [[track]]. Tutar: [[amount]]. Tahmini teslimat: [[date]].
""",
    kind="near",
)

T(
    "pl_nm_paczkomat",
    "pl",
    """
Paczka [[track]] czeka w paczkomacie przy [[named]]. Numer zamówienia [[order]], kwota [[amount]]. Odbiór do [[date]].
""",
    kind="near",
)

T(
    "ar_nm_shahn",
    "ar",
    """
تم شحن طلبك رقم [[order]]. رقم التتبع [[track]]. المبلغ [[amount]]. موعد التسليم المتوقع [[date]].
""",
    kind="near",
)

T(
    "hi_nm_order",
    "hi",
    """
आपका ऑर्डर [[order]] [[date]] तक पहुँच जाएगा। ट्रैकिंग नंबर [[track]]। कुल राशि [[amount]]।
""",
    kind="near",
)

T(
    "vi_nm_don_hang",
    "vi",
    """
Đơn hàng [[order]] đang được giao. Mã vận đơn [[track]]. Tổng tiền [[amount]].
""",
    kind="near",
)

T(
    "id_nm_pesanan",
    "id",
    """
Pesanan [[order]] sedang dikirim. No. resi [[track]]. Total [[amount]]. Estimasi tiba [[date]].
""",
    kind="near",
)

T(
    "sv_nm_paket",
    "sv",
    """
Ditt paket [[track]] kan hämtas hos ombudet på [[named]] från [[date]]. Ordernummer [[order]].
""",
    kind="near",
)

T(
    "th_nm_order",
    "th",
    """
คำสั่งซื้อ [[order]] จัดส่งแล้ว หมายเลขพัสดุ [[track]] ยอดชำระ [[amount]]
""",
    kind="near",
)
