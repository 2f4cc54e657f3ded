"""Pools and templates of the dev27 evaluation set (see ``bench/sanitizer_dev27.py``).

Everything here was typed by hand for this set. Name pools are whitespace-separated
("romanized:native" pairs where a locale writes its own script, "_" for a space inside one
name); phrase pools are separated by "|" or new lines. Patterns: "#" digit, "@" capital
letter, "%" capital or digit, "^" hex digit, "~" small letter.
"""

from __future__ import annotations

import random

# --------------------------------------------------------------------------- global pools

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "uk": [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    "tr": [
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ],
    "id": [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
    "ms": [
        "Januari",
        "Februari",
        "Mac",
        "April",
        "Mei",
        "Jun",
        "Julai",
        "Ogos",
        "September",
        "Oktober",
        "November",
        "Disember",
    ],
    "sw": [
        "Januari",
        "Februari",
        "Machi",
        "Aprili",
        "Mei",
        "Juni",
        "Julai",
        "Agosti",
        "Septemba",
        "Oktoba",
        "Novemba",
        "Desemba",
    ],
    "ro": [
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ],
    "el": [
        "Ιανουαρίου",
        "Φεβρουαρίου",
        "Μαρτίου",
        "Απριλίου",
        "Μαΐου",
        "Ιουνίου",
        "Ιουλίου",
        "Αυγούστου",
        "Σεπτεμβρίου",
        "Οκτωβρίου",
        "Νοεμβρίου",
        "Δεκεμβρίου",
    ],
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "cs": [
        "ledna",
        "února",
        "března",
        "dubna",
        "května",
        "června",
        "července",
        "srpna",
        "září",
        "října",
        "listopadu",
        "prosince",
    ],
    "hu": [
        "január",
        "február",
        "március",
        "április",
        "május",
        "június",
        "július",
        "augusztus",
        "szeptember",
        "október",
        "november",
        "december",
    ],
    "th": [
        "ม.ค.",
        "ก.พ.",
        "มี.ค.",
        "เม.ย.",
        "พ.ค.",
        "มิ.ย.",
        "ก.ค.",
        "ส.ค.",
        "ก.ย.",
        "ต.ค.",
        "พ.ย.",
        "ธ.ค.",
    ],
    "vi": [f"tháng {i}" for i in range(1, 13)],
    "tl": [
        "Enero",
        "Pebrero",
        "Marso",
        "Abril",
        "Mayo",
        "Hunyo",
        "Hulyo",
        "Agosto",
        "Setyembre",
        "Oktubre",
        "Nobyembre",
        "Disyembre",
    ],
    "is": [
        "janúar",
        "febrúar",
        "mars",
        "apríl",
        "maí",
        "júní",
        "júlí",
        "ágúst",
        "september",
        "október",
        "nóvember",
        "desember",
    ],
    "ka": [
        "იანვარი",
        "თებერვალი",
        "მარტი",
        "აპრილი",
        "მაისი",
        "ივნისი",
        "ივლისი",
        "აგვისტო",
        "სექტემბერი",
        "ოქტომბერი",
        "ნოემბერი",
        "დეკემბერი",
    ],
    "ar": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    "fa": [
        "فروردین",
        "اردیبهشت",
        "خرداد",
        "تیر",
        "مرداد",
        "شهریور",
        "مهر",
        "آبان",
        "آذر",
        "دی",
        "بهمن",
        "اسفند",
    ],
    "hi": [
        "जनवरी",
        "फ़रवरी",
        "मार्च",
        "अप्रैल",
        "मई",
        "जून",
        "जुलाई",
        "अगस्त",
        "सितंबर",
        "अक्टूबर",
        "नवंबर",
        "दिसंबर",
    ],
}

#: BBAN patterns; the IBAN is 4 characters longer.
IBAN_BBAN = {
    "DE": "##################", "FR": "##########%%%%%%%%%%%##", "ES": "####################",
    "IT": "@##########%%%%%%%%%%%%", "NL": "@@@@##########", "GB": "@@@@##############",
    "IE": "@@@@##############", "PL": "########################", "PT": "#####################",
    "TR": "#####0%%%%%%%%%%%%%%%%", "SA": "##%%%%%%%%%%%%%%%%%%", "AE": "###################",
    "QA": "@@@@%%%%%%%%%%%%%%%%%%%%%", "JO": "@@@@####%%%%%%%%%%%%%%%%%%",
    "LB": "####%%%%%%%%%%%%%%%%%%%%", "EG": "#########################",
    "IQ": "@@@@###############", "IL": "###################", "PK": "@@@@%%%%%%%%%%%%%%%%",
    "RO": "@@@@%%%%%%%%%%%%%%%%", "GR": "#######%%%%%%%%%%%%%%%%", "SE": "####################",
    "IS": "######################", "CZ": "####################",
    "HU": "########################", "UA": "######%%%%%%%%%%%%%%%%%%%",
    "KZ": "###%%%%%%%%%%%%%", "GE": "@@################", "BR": "#######################@%",
    "MU": "@@@@###################@@@", "TN": "####################", "OM": "###%%%%%%%%%%%%%%%%",
    "KW": "@@@@%%%%%%%%%%%%%%%%%%%%%%", "BH": "@@@@%%%%%%%%%%%%%%", "MR": "#######################",
    "CR": "0#################", "DO": "@@@@####################", "GT": "%%%%%%%%%%%%%%%%%%%%%%%%",
    "BG": "@@@@######%%%%%%%%", "LT": "################", "AT": "################",
    "BE": "############", "CH": "#####%%%%%%%%%%%%", "NO": "###########", "DK": "##############",
    "FI": "##############", "HR": "#################", "RS": "##################",
    "AL": "########%%%%%%%%%%%%%%%%", "MD": "%%%%%%%%%%%%%%%%%%%%",
    "AZ": "@@@@%%%%%%%%%%%%%%%%%%%%",
    "SV": "@@@@####################",
}  # fmt: skip
IBAN_LEN = {
    "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "GB": 22, "IE": 22, "PL": 28, "PT": 25,
    "TR": 26, "SA": 24, "AE": 23, "QA": 29, "JO": 30, "LB": 28, "EG": 29, "IQ": 23, "IL": 23,
    "PK": 24, "RO": 24, "GR": 27, "SE": 24, "IS": 26, "CZ": 24, "HU": 28, "UA": 29, "KZ": 20,
    "GE": 22, "BR": 29, "MU": 30, "TN": 24, "OM": 23, "KW": 30, "BH": 22, "MR": 27, "CR": 22,
    "DO": 28, "GT": 28, "BG": 22, "LT": 20, "AT": 20, "BE": 16, "CH": 21, "NO": 15, "DK": 18,
    "FI": 18, "HR": 21, "RS": 22, "AL": 28, "MD": 24, "AZ": 28, "SV": 28,
}  # fmt: skip

PW_WORDS = [
    "tractor",
    "harvest",
    "kuku",
    "mango",
    "sunrise",
    "dockside",
    "forklift",
    "tilapia",
    "kazi",
    "cocoa",
    "bodega",
    "pescador",
    "obrero",
    "mandioca",
    "cosecha",
    "boulot",
    "chantier",
    "baustelle",
    "fabrik",
    "sakura",
    "hanuman",
    "simba",
    "tembo",
    "ngombe",
    "jollof",
    "biryani",
    "mabuhay",
    "bayanihan",
    "lumad",
    "kabayan",
    "tuktuk",
    "chai",
    "samosa",
    "asado",
    "yerba",
    "lechon",
    "pandan",
    "durian",
    "kimchi",
    "sangria",
    "pierogi",
    "borscht",
    "kangaroo",
    "kiwi",
    "taro",
    "kava",
    "matatu",
    "boda",
    "dala",
    "juakali",
]

DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "proton.me", "icloud.com"]

COMPANIES = """Atlas Crewing Services|Bluewater Logistics|Greenfield Growers Co-op
Summit Scaffold & Hoist|Harbourline Stevedoring|Northstar Labour Hire|Redline Haulage
Sunrise Packhouse|Ironbridge Fabrication|Coastal Reefer Lines|Meridian Staffing Solutions
Crossroads Freight|Golden Valley Orchards|Pioneer Drilling & Blasting|Eastgate Cold Store"""

NEAR_GLOBAL = """Nelson Mandela Bridge|John Deere 6120M|St. Christopher medal
Mother Teresa Hospital|Bolivar ferry|Queen Elizabeth II terminal|MV Victoria
Massey Ferguson 240|Lake Victoria|Magellan Strait|Santa Clara depot|Jesus Christ statue
Galileo gauge|Ford Ranger|Marie Curie lab|Pasteur Street market|St. Joseph's clinic"""

PLAIN = {
    "badge": "B-#####|BDG####|##-####|AC#####|####",
    "emp": "EMP-#####|E####|W-####-##|#####|ST/###/##|HR####",
    "pick": "PK-###|P####|PCK##|pk###|R##-###",
    "order": "ORD-#######|SO-######|PO ##-####|#########|WO-#####|DO/##/####",
    "inv": "INV-####-###|#####/##|FV/####/##|F-######|Q-####|TX-#####",
    "track": "1Z###%%%##########|JD0146########|RR#########CN|EE#########IN|##########",
    "pnr": "%%%%%%",
    "flight": "EK ###|QR ###|ET ###|TK ####|5J ###|AK ###|MH ###|G9 ###|FZ ###|KQ ###|PR ###",
    "sku": "SKU-#####|@@-####-@|###-###-##|@####@",
    "masked": "**** **** **** ####|XXXX-XXXX-XXXX-####|****####|xxxx ####|**** ####",
    "acct": "##########|###-######-#|####-####-####|####### ###|0#########",
    "permit": "WP/2025/######|LMIA-#######|EP-2025-#####|WRK#########|APP-#####-@@",
    "meter": "MTR-########|##-####-####|SN ##########",
    "ref": "REF-######|#####-@@|@@/####/##|CASE-#####|TKT-######|IR-2025-###",
    "hash": "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    "ver": "v#.##.#|#.#.##|fw #.#.#|#.##",
    "uuid": "^^^^^^^^-^^^^-4^^^-a^^^-^^^^^^^^^^^^",
    "hrs": "#.5|#|1#|#.25|#.75|8|9|10|11|12",
    "kg": "##.#|###|1,###|##|###.5",
    "gate": "Gate #|G#|Gate @#|North Gate|Gate ##",
    "berth": "Berth ##|B#|Quay #|Berth #@",
    "shift": "A|B|C|Night|Day|Early|Late|Swing",
    "seal": "SL#######|##########|@@######|ML-@@#######",
    "port": """Mombasa|Tema|Apapa|Durban|Chattogram|Laem Chabang|Jebel Ali|Santos|Callao
Rotterdam|Piraeus|Hai Phong|Tanjung Priok|Port Klang|Manila North Harbor|Colombo|Karachi
Djibouti|Lázaro Cárdenas|Busan|Qingdao|Felixstowe|Algeciras|Valparaíso|Buenaventura|Dar es Salaam
Abidjan|Lomé|Walvis Bay|Cotonou|Sohar|Dammam|Mundra|Nhava Sheva|Cai Mep|Lae|Suva|Tauranga""",
    "model": """John Deere 5075E|Massey Ferguson 385|CAT 320 GC|Komatsu PC210-10|Hitachi ZX200
JCB 3CX|Toyota 8FGU25|Linde H30D|Isuzu NQR|Hino 500|Tata LPT 1613|Mahindra 575 DI
Kubota M7040|Sonalika DI 745|Yamaha E40X|Stihl MS 382|Husqvarna 565|Honda GX390|Bobcat S650
Volvo FH16|Scania R450|Foton Aumark|Sinotruk Howo 371|Doosan DX225|Hyster H2.5FT|Crown RR5700
New Holland TT75|Case IH Farmall 95|Liebherr LTM 1060|XCMG XE215|SANY SY215C|Lonking CDM835""",
    "tool": """angle grinder|impact driver|chainsaw|brush cutter|knapsack sprayer|laser level
rotary hammer|plate compactor|generator 5kVA|welding machine|pallet jack|torque wrench
concrete vibrator|water pump|cut-off saw|pruning shears|fish scale|harness + lanyard
multimeter|tyre changer|diagnostic scanner|chain block|scaffold tube clamp set|hand winch""",
    "crop": """cocoa|coffee cherry|green tea leaf|raw cashew|strawberries|apples|kiwifruit
avocados|tomatoes|tobacco leaf|sugarcane|oil palm FFB|rubber cup lump|seed cotton|grapes
blueberries|cherries|mangoes|pineapples|cabbage|paddy rice|maize|vanilla|cardamom|cloves""",
    "fish": """yellowfin tuna|sardines|hake|tilapia|squid|mackerel|shrimp|red snapper|anchoveta
cod|octopus|rock lobster|skipjack|grouper|mahi-mahi|Nile perch|sea cucumber|prawns""",
    "vessel": """MV Ocean Pride|FV Santa Rosa|MV Kota Bahagia|FV Lucky Star 7|Sea Harvester
Nuestra Señora del Carmen|Blue Marlin II|MV Pacific Dawn|FV Mama Africa|KM Sinar Bahari
Reina del Mar|MV Tema Spirit|FV Baraka|Stella Maris|FV Hai Long 18|MV Golden Bay
San Pedro III|FV Niña Bonita|MV Cape Orchid|Santa Teresa|FV Rosa Mística|MV Amani""",
    "veh": """Toyota Hilux|Ford Ranger|Isuzu D-Max|Nissan Navara|Tata Ace|Suzuki Carry
Mitsubishi L200|Mahindra Bolero|Hyundai Porter|Kia Bongo|Toyota Land Cruiser 79
Mercedes Sprinter|Iveco Daily|Foton Tunland|Hino Dutro|Fuso Canter|VW Amarok""",
}

WRAPPERS = ["openai", "openai", "anthropic", "gemini", "responses", "ollama", "log", "log",
            "jsonl"]  # fmt: skip
MODELS = {
    "openai": ["gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "gpt-3.5-turbo"],
    "anthropic": ["claude-3-5-haiku-latest", "claude-sonnet-4-20250514", "claude-3-haiku"],
    "gemini": ["gemini-1.5-flash"],
    "responses": ["gpt-4.1", "gpt-4.1-mini", "o4-mini"],
    "ollama": ["llama3.1:8b", "qwen2.5:7b", "mistral:7b", "gemma2:9b", "aya:8b"],
}
APP_NAMES = ["rota-bot", "crewdesk", "harvest-tally", "dispatch-ai", "sitediary",
             "paycheck-helper", "gatepass-svc", "coop-ledger", "translate-proxy"]  # fmt: skip
SYSTEM_PROMPTS = [
    "You are a helpful assistant for a small business.",
    "You help site supervisors write clear, short reports.",
    "Translate the user's text faithfully. Keep names and numbers as they are.",
    "You are a rota planner. Output a table.",
    "Answer in the same language as the user.",
    "You summarize documents for a labour union caseworker.",
    "Extract the fields as JSON.",
]
LOG_LINES = [
    ('{dt} INFO  llm.client request model=MODEL user={email} prompt="', '" tokens={n}0'),
    ('[{dt}] openai.chat POST /v1/chat/completions src={ip} model=MODEL msg="', '"'),
    ('{dt} level=debug svc=crewdesk caller={p1.h} model=MODEL input="', '" status=200'),
    ('{time}:{n} DEBUG ollama_proxy - /api/generate model=MODEL prompt="', '" done=true'),
    ('I{dt} llm_gateway.py:{n}] forwarding prompt="', '" to MODEL (trace {hash})'),
]

INSTRUCTIONS = {
    "en": [
        "Summarize this incident report in 3 bullet points:\n\n",
        "Make a rota for next week from this list:\n",
        "Translate to English please:\n",
        "Can you turn this into a clean table?\n\n",
        "Help me write a reference letter for my worker. Notes:\n",
        "Check this payslip, is the overtime right?\n\n",
        "Fix the formatting of this, it came out of the scanner:\n",
        "Draft a polite reply to this:\n\n",
        "Extract names, phone numbers and dates as JSON:\n",
        "Is anything missing from this form before I send it?\n",
        "rewrite this more professional\n",
        "What does this mean? My boss sent it.\n\n",
    ],
    "es": [
        "Resume este reporte:\n\n",
        "Traduce al inglés, por favor:\n",
        "Hazme una tabla con esto:\n",
        "Ayúdame a contestar este mensaje:\n\n",
    ],
    "pt": ["Resuma este relatório:\n\n", "Traduz para inglês:\n", "Organiza isto numa tabela:\n"],
    "fr": ["Résume ce rapport :\n\n", "Traduis en anglais :\n", "Mets ça en tableau stp :\n"],
    "de": ["Fasse diesen Bericht zusammen:\n\n", "Bitte ins Englische übersetzen:\n"],
    "ru": ["Сделай краткое резюме:\n\n", "Переведи на английский:\n"],
    "ar": ["لخص هذا التقرير:\n\n", "ترجم إلى الإنجليزية:\n"],
    "zh": ["帮我总结一下：\n\n", "翻译成英文：\n", "整理成表格：\n"],
    "ja": ["以下を要約してください：\n\n", "英語に翻訳してください：\n"],
    "ko": ["다음 내용을 요약해 주세요:\n\n", "영어로 번역해 주세요:\n"],
    "id": ["Tolong ringkas laporan ini:\n\n", "Terjemahkan ke bahasa Inggris:\n"],
    "vi": ["Tóm tắt giúp tôi:\n\n", "Dịch sang tiếng Anh:\n"],
    "th": ["ช่วยสรุปให้หน่อย:\n\n", "แปลเป็นภาษาอังกฤษ:\n"],
    "tr": ["Bunu özetler misin:\n\n", "İngilizceye çevir:\n"],
    "hi": ["इसका सारांश बनाओ:\n\n", "इसे अंग्रेज़ी में अनुवाद करो:\n"],
    "sw": ["Nifupishie ripoti hii:\n\n", "Tafsiri kwa Kiingereza:\n"],
    "tl": ["Pakibuod nito:\n\n", "Paki-translate sa English:\n"],
    "pl": ["Streść ten raport:\n\n", "Przetłumacz na angielski:\n"],
    "uk": ["Підсумуй коротко:\n\n", "Переклади англійською:\n"],
}


def _lines(s: str) -> list[str]:
    return [x.strip() for x in s.replace("|", "\n").split("\n") if x.strip()]


COMPANIES = _lines(COMPANIES)
NEAR_GLOBAL = _lines(NEAR_GLOBAL)

# --------------------------------------------------------------------------- locales

ARAB_HON = "m:Mr. _F|Eng. _G|Dr. _G|m:Abu _G|f:Umm _G|m:Ustadh _G|Hajj _G|f:Madam _G"
ARAB_NHON = "m:الأستاذ _N|f:الأستاذة _N|م. _N|د. _N|m:أبو _G|f:أم _G|الحاج _G|m:السيد _N"
ARAB_KIN = "m:Ammi _G|f:Khalti _G|m:Khali _G|f:Ammti _G"
ARAB_NKIN = "m:عمي _G|f:خالتي _G|m:خالي _G|f:عمتي _G"
HISP_HON = "m:Sr. _F|f:Sra. _F|m:don _G|f:doña _G|Lic. _N|Ing. _F|Dr. _F|f:Dra. _F|m:señor _F"
HISP_KIN = "m:tío _G|f:tía _G|f:abuela _G|m:abuelo _G|m:compadre _G|f:comadre _G|m:primo _G"


def L(**kw: object) -> dict:  # noqa: N802
    return kw


LOCALES = [
    # ------------------------------------------------------------------ Africa
    L(code="ng", country="Nigeria", langs="en pcm yo", style="west",
      gm="Chinedu Emeka Tunde Olumide Ibrahim Musa Chukwuemeka Babatunde Obinna Yusuf Segun "
         "Ifeanyi",
      gf="Ngozi Adaeze Funmilayo Aisha Chiamaka Folake Blessing Zainab Yetunde Nneka Hauwa "
         "Temitope",
      fam="Okafor Adeyemi Bello Nwosu Okonkwo Abubakar Eze Adebayo Ogunleye Danjuma Nwachukwu "
          "Olawale Oyelaran-Bakare",
      hon="m:Mr _F|f:Mrs _F|Alhaji _N|f:Hajiya _G|Chief _N|Engr. _F|Pastor _N|Oga _G|Dr _F",
      kin="f:Auntie _G|m:Uncle _G|f:Mama _G|m:Baba _G|m:Brother _G|f:Sister _G",
      ph="+234 P ### ####|0P ### ####|0P#######|+234P#######|0P-###-####",
      pre="803 806 813 816 703 706 805 807 815 905 802 808 812 701 902 809 817 818 909",
      ad="{n} {st}, {ds}, {tw}|No. {n} {st}, {tw}|Plot {n}, {st}, {ds}, {tw} {pc}"
         "|Flat {flat}, Block {n3}, {st}, {ds}",
      st="Adeola Odeku Street|Allen Avenue|Awolowo Road|Ogui Road|Zoo Road|Ahmadu Bello Way"
         "|Aba Road|Ring Road|Bode Thomas Street|Ikwerre Road",
      tw="Lagos|Ibadan|Kano|Enugu|Port Harcourt|Abuja|Onitsha|Kaduna|Abeokuta",
      ds="Ikeja|Surulere|Yaba|Garki|Wuse II|GRA|Rumuokoro|Sabon Gari|Bodija", pc="######",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}|{dd}-{mm}-{yyyy}", dl="@@@#####@@##",
      pp="@########", co="Dangote Cement|Olam Agri|Flour Mills of Nigeria|Eko Haulage Ltd"
      "|GIG Logistics|Apapa Bulk Terminal",
      nm="Murtala Muhammed Airport|Tafawa Balewa Square|Nnamdi Azikiwe University"
         "|Queen Amina statue",
      cur="₦{}", plate="@@@-###@@|@@@ ### @@"),
    L(code="gh", country="Ghana", langs="en tw",
      gm="Kwame Kofi Kwabena Yaw Kojo Kwaku Kwesi Emmanuel Samuel Nii Fiifi Selorm",
      gf="Akosua Ama Abena Adwoa Efua Afua Esi Akua Yaa Adjoa Mawusi Dzifa",
      fam="Mensah Owusu Asante Boateng Osei Appiah Agyeman Danso Amoah Ofori Quaye Tetteh Ansah",
      hon="m:Mr _F|f:Mrs _F|f:Madam _G|Nana _N|Togbe _N|Rev. _F|Dr _F|m:Opanin _G",
      kin="f:Auntie _G|m:Uncle _G|f:Maame _G|m:Papa _G|m:Bro _G|f:Sister _G",
      ph="+233 P ### ####|0P ### ####|0P#######|+233P#######", pre="24 54 55 59 20 50 27 57 26",
      ad="{n} {st}, {ds}, {tw}|House No. {n}, {st}, {tw}|{pc}, {n} {st}, {ds}",
      st="Oxford Street|Liberation Road|Spintex Road|Kaneshie-Mallam Road|Lake Road"
         "|Harper Road|Ring Road Central",
      tw="Accra|Kumasi|Tema|Takoradi|Cape Coast|Tamale|Koforidua|Ho",
      ds="Osu|Dansoman|Madina|Adenta|East Legon|Asokwa|Bantama|Community 4", pc="@@-###-####",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", dl="@@@-########-#####", pp="G#######",
      co="Cocobod licensed buyer|Golden Exotics|Kasapreko|Meridian Port Services",
      nm="Kwame Nkrumah Circle|Kotoka International Airport|Yaa Asantewaa Museum",
      cur="GH₵{}", plate="@@ ####-##"),
    L(code="ke", country="Kenya", langs="en sw",
      gm="Otieno Kamau Mwangi Kiprono Ochieng Wafula Mutua Kibet Njoroge Omondi Barasa Juma",
      gf="Wanjiru Akinyi Atieno Chebet Njeri Wambui Nafula Mumbua Achieng Jepkoech Zawadi Nekesa",
      fam="Kamau Otieno Mwangi Odhiambo Kiprotich Wanyama Mutua Njoroge Onyango Kariuki Chege "
          "Maina Rotich Wekesa",
      hon="m:Mr _F|f:Mrs _F|f:Mama _G|Mzee _G|m:Bwana _G|f:Bi. _G|Dr _F|Eng. _F|Mwalimu _G",
      kin="f:Mama _G|m:Baba _G|f:Shosho _G|m:Uncle _G|f:Auntie _G|f:Dada _G|m:Kaka _G",
      ph="+254 7## ### ###|07## ### ###|07########|+2547########|01## ######",
      ad="Hse No. {n}, {st}, {ds}, {tw}|{st}, Apt {flat}, {ds}, {tw}|Plot {n}, {st}, {ds}",
      st="Ngong Road|Kimathi Street|Moi Avenue|Thika Road|Jogoo Road|Oginga Odinga Street"
         "|Lumumba Drive",
      tw="Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Naivasha|Kericho|Thika|Meru",
      ds="Kilimani|Kawangware|Eastleigh|Kibera|Umoja|Nyali|Milimani|Langas|Kasarani",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}|{dd}-{mm}-{yyyy}", pp="AK#######|@#######",
      dl="DL-#######",
      co="Kakuzi PLC|Finlay's Kericho|Brookside Dairy|Bidco Africa|Siginon Freight"
         "|Oserian Flowers",
      nm="Jomo Kenyatta International Airport|Dedan Kimathi statue|Uhuru Park"
         "|Wangari Maathai Institute",
      cur="KES {}", plate="K@@ ###@"),
    L(code="tz", country="Tanzania", langs="sw en",
      gm="Juma Baraka Hamisi Rajabu Emmanuel Mussa Athumani Amani Godfrey Idrisa Salum Ally",
      gf="Neema Rehema Zawadi Mwanaisha Halima Upendo Tumaini Aisha Grace Mwajuma Saida Furaha",
      fam="Mollel Mushi Massawe Lyimo Komba Mrema Swai Kimaro Mwakyusa Shirima Mwakalinga "
          "Kisanga Mbwambo Ngowi",
      hon="m:Bw. _G|f:Bi. _G|Mzee _G|f:Mama _G|Dkt. _F|Mwl. _G|m:Ndugu _G",
      kin="f:Mama _G|m:Baba _G|m:Kaka _G|f:Dada _G|f:Bibi _G|m:Babu _G|m:Mjomba _G"
          "|f:Shangazi _G",
      ph="+255 7## ### ###|07## ### ###|+2557########|06## ######",
      ad="Nyumba Na. {n}, Mtaa wa {st}, {ds}, {tw}|{st} Street, Plot {n}, {ds}, {tw}"
         "|Plot {n}, Block {n3}, {ds}, {tw}",
      st="Samora|Uhuru|Lumumba|Bibi Titi|Kaunda|Morogoro|Msimbazi|Aggrey|Mkwepu",
      tw="Dar es Salaam|Arusha|Mwanza|Dodoma|Moshi|Tanga|Morogoro|Mbeya|Zanzibar",
      ds="Kariakoo|Sinza|Mbezi|Kinondoni|Ilala|Temeke|Njiro|Kijitonyama|Mwenge",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", ml="sw", pp="T@#######|TAE######",
      dl="4#########",
      co="Tanzania Breweries|Azam Marine|Kilombero Sugar|Sokoine Farm Co-op|Tanga Fresh",
      nm="Julius Nyerere International Airport|Kilimanjaro|Sokoine University",
      cur="TSh {}", plate="T ### @@@"),
    L(code="ug", country="Uganda", langs="en lg",
      gm="Mugisha Ssempala Okello Kato Wasswa Byaruhanga Tumusiime Musoke Opio Kizza Ssebunya",
      gf="Nakato Babirye Achan Nalubega Namutebi Atim Kyomuhendo Nansubuga Akello Kemigisha",
      fam="Ssempijja Mukasa Okello Tumwine Nsubuga Kiggundu Byamukama Wasswa Otim Lubega "
          "Namanya Ssekandi Atuhaire",
      hon="m:Mr _F|f:Mrs _F|f:Maama _G|m:Ssebo _G|f:Nnyabo _G|Hajji _N|Eng. _F",
      kin="f:Maama _G|m:Taata _G|f:Auntie _G|m:Uncle _G|m:Jaja _G",
      ph="+256 7## ######|07## ######|07## ### ###|+2567########",
      ad="Plot {n}, {st}, {ds}, {tw}|{n} {st}, {tw}|Plot {n} {st}, {ds}",
      st="Kampala Road|Bombo Road|Entebbe Road|Jinja Road|Gayaza Road|Ggaba Road|Kira Road",
      tw="Kampala|Entebbe|Jinja|Mbarara|Gulu|Mukono|Masaka|Fort Portal",
      ds="Ntinda|Kansanga|Bukoto|Nakawa|Kireka|Nansana|Kabalagala",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", pp="@#######|A00######",
      co="Kakira Sugar|Uganda Breweries|Roofings Group|Kinyara Sugar Works",
      nm="Namugongo Martyrs Shrine|Makerere University|Kasubi Tombs|Owen Falls",
      cur="UGX {}", plate="U@@ ###@"),
    L(code="et", country="Ethiopia", langs="am en", style="eth", natp=0.3,
      gm="Abebe:አበበ Kebede:ከበደ Tesfaye:ተስፋዬ Getachew:ጌታቸው Mulugeta:ሙሉጌታ Dawit:ዳዊት "
         "Yonas:ዮናስ Bekele:በቀለ Solomon:ሰሎሞን Girma:ግርማ Tadesse:ታደሰ",
      gf="Almaz:አልማዝ Tigist:ትዕግስት Meseret:መሰረት Hirut:ሂሩት Selamawit:ሰላማዊት Marta:ማርታ "
         "Bethlehem:ቤተልሔም Tsehay:ፀሐይ Aster:አስቴር Genet:ገነት Mekdes:መቅደስ",
      hon="m:Ato _N|f:W/ro _N|f:Weyzero _N|Dr. _N|m:Abba _G|m:Mr. _N",
      nhon="m:አቶ _N|f:ወ/ሮ _N|f:ወ/ሪት _N|ዶ/ር _N",
      kin="m:Gashe _G|f:Etiye _G|f:Emama _G|m:Ababa _G", nkin="m:ጋሼ _G|f:እትዬ _G|f:እማማ _G",
      ph="+251 9## ### ###|09## ## ## ##|09########|+2519########|+251 7## ### ###",
      ad="Woreda {n3}, Kebele {n2}, House No. {n}, {tw}"
         "|{ds} sub-city, Woreda {n3}, H.No. {n}, {tw}",
      nad="{ds} ክ/ከተማ፣ ወረዳ {n3}፣ የቤት ቁ. {n}፣ {tw}", st="Bole Road",
      tw="Addis Ababa|Adama|Hawassa|Bahir Dar|Dire Dawa|Mekelle|Jimma|Gondar",
      ntw="አዲስ አበባ|አዳማ|ሀዋሳ|ባሕር ዳር|ጎንደር",
      ds="Bole|Kirkos|Yeka|Arada|Kolfe Keranio|Lideta|Nifas Silk-Lafto|Akaki Kality",
      nds="ቦሌ|ቂርቆስ|የካ|አራዳ|ልደታ",
      dob="{dd}/{mm}/{yyyy}|{dd}/{mm}/{yec} E.C.|{d} {mon} {yyyy}|{dd}/{mm}/{yec} ዓ.ም",
      pp="EP#######|EQ#######",
      co="Sher Ethiopia Flowers|Ethio Djibouti Logistics|Awash Winery|Bahir Dar Textile",
      nm="Bole International Airport|Abebe Bikila Stadium|Saint George Cathedral|Lucy fossil",
      cur="ETB {}", plate="#-@#####"),
    L(code="za", country="South Africa", langs="en af zu",
      gm="Sipho Thabo Mandla Johan Pieter Bongani Themba Sibusiso Lwazi Kagiso Tshepo Hendrik",
      gf="Nomvula Thandiwe Lerato Anri Marietjie Zanele Palesa Nokuthula Refilwe Annelie Naledi",
      fam="Nkosi Dlamini Mokoena van_der_Merwe Botha Ndlovu Khumalo Mahlangu Pretorius Mthembu "
          "du_Plessis Molefe Naidoo Coetzee",
      hon="m:Mr _F|f:Mrs _F|f:Me. _F|m:Mnr. _F|f:Mev. _F|Dr _F|m:Baba _F|f:Mam' _F",
      kin="f:Auntie _G|m:Oom _G|f:Tannie _G|m:Bra _G|f:Sisi _G|m:Malume _G|f:Gogo _G",
      ph="+27 P ### ####|0P ### ####|0P#######|+27P#######|0P-###-####",
      pre="82 83 84 72 73 76 79 81 71 60 61 62 63 64 65",
      ad="{n} {st}, {ds}, {tw}, {pc}|Unit {flat}, {n} {st}, {ds}, {tw}, {pc}"
         "|Erf {n}, {st}, {ds}, {pc}",
      st="Voortrekker Road|Main Road|Jan Smuts Avenue|Church Street|Long Street|Oxford Road"
         "|Vilakazi Street|Kerk Street|Rivonia Road",
      tw="Johannesburg|Cape Town|Durban|Pretoria|Gqeberha|Polokwane|Stellenbosch|Rustenburg",
      ds="Soweto|Khayelitsha|Umlazi|Mamelodi|Bellville|Randburg|Sunnyside|Tembisa|Worcester",
      pc="####", dob="{yyyy}-{mm}-{dd}|{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", dl="####%%%%%%%%",
      pp="@########|A0#######",
      co="Sappi Forests|Transnet Port Terminals|Capespan|Mondi|Sibanye-Stillwater|ZZ2 Farms",
      nm="Nelson Mandela Bay|Chris Hani Baragwanath Hospital|OR Tambo International"
         "|Table Mountain",
      cur="R{}", plate="@@ ## @@ GP|@@@ ### GP|CA ###-###"),
    L(code="zw", country="Zimbabwe", langs="en sn",
      gm="Tendai Tatenda Farai Tafadzwa Kudakwashe Blessing Tinashe Munyaradzi Simbarashe "
         "Tapiwa",
      gf="Rutendo Chiedza Nyasha Tsitsi Rudo Vimbai Tariro Ruvimbo Fadzai Shamiso Memory",
      fam="Moyo Ncube Sibanda Dube Chikwanha Mutasa Mhlanga Chinyoka Mapfumo Zvobgo Maposa Gumbo",
      hon="m:Mr _F|f:Mrs _F|m:Sekuru _G|f:Mbuya _G|m:Baba _F|f:Amai _F|Dr _F",
      kin="m:Sekuru _G|f:Tete _G|m:Babamukuru _G|f:Mainini _G|m:Bhudi _G|f:Sisi _G",
      ph="+263 7# ### ####|07# ### ####|07########|+2637########",
      ad="{n} {st}, {ds}, {tw}|Stand {n}, {ds}, {tw}|House {n}, {st}, {ds}",
      st="Samora Machel Avenue|Borrowdale Road|Herbert Chitepo Street|Seke Road|Fife Street",
      tw="Harare|Bulawayo|Mutare|Gweru|Masvingo|Chinhoyi|Kwekwe",
      ds="Mbare|Glen View|Budiriro|Chitungwiza|Avondale|Highfield|Nkulumane|Sakubva",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", pp="@N######|FN######",
      co="Zimplats|Tanganda Tea|Delta Beverages|Hippo Valley Estates|Mimosa Mining",
      nm="Victoria Falls|Great Zimbabwe|Joshua Nkomo statue|Robert Gabriel Mugabe Airport",
      cur="US${}", plate="@@@ ####"),
    L(code="mw", country="Malawi", langs="en ny",
      gm="Chikondi Mphatso Kondwani Chimwemwe Limbani Yamikani Madalitso Pemphero Tiyamike "
         "Lusungu",
      gf="Thokozani Chisomo Tamanda Tiwonge Lonjezo Mercy Alinafe Chifundo Takondwa Tadala",
      fam="Banda Phiri Mwale Chirwa Mbewe Kumwenda Nkhoma Gondwe Chisale Msiska Kachingwe Mhango",
      hon="m:Mr _F|f:Mrs _F|f:Mayi _F|m:Bambo _F|Abusa _F|Dr _F",
      kin="f:Agogo _G|f:Auntie _G|m:Uncle _G|m:Achimwene _G|f:Achemwali _G",
      ph="+265 99# ## ## ##|099# ### ###|+265 88# ### ###|088########|+2659########",
      ad="Area {n2}, Plot {n}, {tw}|House No. {n}, {ds}, {tw}|Plot {n}, {st}, {tw}",
      st="Kamuzu Procession Road|Glyn Jones Road|Chilembwe Road|Presidential Way",
      tw="Lilongwe|Blantyre|Mzuzu|Zomba|Kasungu|Mangochi|Salima",
      ds="Area 25|Area 49|Chilinde|Ndirande|Chinsapo|Kawale|Chirimba",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", pp="MA######",
      co="Illovo Sugar Malawi|Satemwa Tea Estate|Alliance One Tobacco|Press Cane",
      nm="Kamuzu International Airport|Lake Malawi|Queen Elizabeth Central Hospital",
      cur="MK{}", plate="@@ ####"),
    L(code="sn", country="Senegal", langs="fr wo",
      gm="Mamadou Ousmane Cheikh Ibrahima Moussa Abdoulaye Modou Babacar Aliou Serigne Lamine",
      gf="Fatou Aminata Awa Mariama Khady Ndeye Aissatou Coumba Astou Sokhna Binta Adama",
      fam="Diop Ndiaye Fall Sow Sarr Mbaye Faye Gueye Cissé Ba Diallo Thiam Ndour Seck Kane",
      hon="m:M. _F|f:Mme _F|Serigne _N|El Hadji _N|f:Sokhna _N|m:Monsieur _F|f:Madame _F|Dr _F",
      kin="f:Tata _G|m:Tonton _G|f:Yaay _G|m:Baay _G|f:Tante _G|f:Mame _G",
      ph="+221 7# ### ## ##|7# ### ## ##|+2217########|00221 7# ### ## ##",
      ad="Villa n° {n}, {ds}, {tw}|{n}, {st}, {ds}, {tw}"
         "|Parcelles Assainies Unité {n2}, villa {n}, {tw}",
      st="rue Carnot|avenue Cheikh Anta Diop|boulevard du Centenaire|route de Ouakam"
         "|avenue Blaise Diagne|rue 10",
      tw="Dakar|Thiès|Saint-Louis|Touba|Kaolack|Ziguinchor|Mbour|Rufisque",
      ds="Médina|Grand Yoff|Sacré-Cœur|Pikine|Guédiawaye|Ouakam|HLM|Liberté 6",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", ml="fr", pp="A########",
      co="Grands Domaines du Sénégal|SOCOCIM|Dakar Dem Dikk|Port Autonome de Dakar|SOCAS",
      nm="aéroport Blaise Diagne|université Cheikh Anta Diop|Monument de la Renaissance"
         "|stade Léopold Sédar Senghor",
      cur="{} FCFA", plate="DK-####-@@"),
    L(code="ci", country="Côte d'Ivoire", langs="fr",
      gm="Kouassi Koffi Yao Konan Kouamé Adama Seydou Drissa Jean-Marc Serge Souleymane Brice",
      gf="Aya Adjoua Affoué Amenan Akissi Mariam Awa Bintou Clarisse Estelle Fanta Amoin",
      fam="Kouassi Koné Coulibaly N'Guessan Kouadio Traoré Ouattara Bamba Aka Gnagne Touré "
          "Diabaté Yapi Konaté",
      hon="m:M. _F|f:Mme _F|m:Monsieur _F|f:Madame _F|m:Vieux _G|f:Tantie _G|Dr _F",
      kin="f:Tantie _G|m:Tonton _G|m:Vieux père _G|f:Maman _G|m:Grand frère _G",
      ph="+225 07 ## ## ## ##|07 ## ## ## ##|+225 05 ## ## ## ##|01 ## ## ## ##"
         "|+22507########",
      ad="Lot {n}, îlot {n2}, {ds}, {tw}|{ds}, rue {st}, villa {n}, {tw}",
      st="des Jardins|Lepic|du Commerce|K4|L125|du Canal",
      tw="Abidjan|Bouaké|Yamoussoukro|San-Pédro|Daloa|Korhogo|Man|Gagnoa",
      ds="Cocody|Yopougon|Abobo|Marcory|Treichville|Koumassi|Adjamé|Riviera 3",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", ml="fr", pp="##@@#####",
      co="SAPH|Cargill Côte d'Ivoire|SIFCA|Bolloré Transport|Coopérative CAYAT",
      nm="aéroport Félix Houphouët-Boigny|pont Henri Konan Bédié"
         "|Basilique Notre-Dame de la Paix",
      cur="{} FCFA", plate="#### @@ ##"),
    L(code="cm", country="Cameroon", langs="fr en",
      gm="Jean-Paul Emmanuel Franck Serge Achille Boris Hervé Martial Ibrahim Landry Junior",
      gf="Brigitte Mireille Nadège Estelle Clarisse Hortense Aïcha Solange Carine Rosine Gisèle",
      fam="Mbarga Ngono Tchoua Fotso Nkoulou Onana Ewane Tchakounté Ndzana Kamga Etoundi Manga "
          "Ngassa Nguimfack",
      hon="m:M. _F|f:Mme _F|m:Mr _F|f:Mami _G|m:Papa _F|Dr _F|Chef _N",
      kin="f:Tata _G|m:Tonton _G|f:Mami _G|m:Grand _G",
      ph="+237 6## ## ## ##|6## ## ## ##|+237 6########|6########",
      ad="Quartier {ds}, porte {n}, {tw}|{n} rue {st}, {ds}, {tw}",
      st="Joss|de l'Hippodrome|Drouot|Foch|Mermoz|du Marché",
      tw="Douala|Yaoundé|Bafoussam|Garoua|Bamenda|Limbé|Kribi|Buea",
      ds="Bonamoussadi|Akwa|Bonapriso|Mvog-Ada|Bastos|Biyem-Assi|Ndokoti|Makepe",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", ml="fr", pp="@@#######",
      co="Cameroon Development Corporation|SODECOTON|Plantations du Haut-Penja"
         "|Douala Port Terminal",
      nm="Mont Cameroun|Boulevard de la Liberté|stade Ahmadou Ahidjo",
      cur="{} FCFA", plate="LT ### @@"),
    L(code="cd", country="DR Congo", langs="fr ln sw",
      gm="Jean-Pierre Patrice Mbuyi Kasongo Mukendi Ilunga Tshibangu Kalala Ngandu Lukusa "
         "Bienvenu Dieudonné",
      gf="Mamie Nsimba Mbombo Kapinga Ngalula Bijou Espérance Chantal Mwamba Furaha Jolie",
      fam="Kabongo Mbuyi Ilunga Tshimanga Kasongo Mukendi Ngoy Lumbala Kalonji Mulumba Kayembe "
          "Banza Kazadi",
      hon="m:M. _F|f:Mme _F|m:Papa _G|f:Maman _G|m:Ya _G|Dr _F|Chef _N",
      kin="f:Maman _G|m:Papa _G|m:Yaya _G|f:Tantine _G|m:Nokó _G",
      ph="+243 8# ### ####|08# ### ####|+243 9# ### ####|09########|+2438########",
      ad="Avenue {st} n° {n}, Quartier {ds}, {tw}|{n}, avenue {st}, quartier {ds}, {tw}",
      st="Kasa-Vubu|de la Libération|du Commerce|Kabambare|Tombalbaye|des Huileries|Kato",
      tw="Kinshasa|Lubumbashi|Goma|Kolwezi|Bukavu|Kisangani|Matadi|Likasi",
      ds="Lingwala|Bandalungwa|Ngaliema|Kintambo|Matete|Kimbanseke|Bel-Air|Katuba|Himbi",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", ml="fr", pp="OB#######|OP#######",
      co="Gécamines|Tenke Fungurume Mining|Kamoto Copper|Bralima|SNCC|Kibali Gold",
      nm="boulevard du 30 Juin|aéroport de N'djili|stade des Martyrs|fleuve Congo",
      cur="US$ {}", plate="####@@##"),
    L(code="ma", country="Morocco", langs="ar fr", style="arab", natp=0.3,
      gm="Mohamed:محمد Youssef:يوسف Hamza:حمزة Rachid:رشيد Abdelaziz:عبد_العزيز Said:سعيد "
         "Karim:كريم Omar:عمر Mustapha:مصطفى Hassan:حسن Brahim:ابراهيم Driss:ادريس",
      gf="Fatima_Zahra:فاطمة_الزهراء Khadija:خديجة Salma:سلمى Nadia:نادية Zineb:زينب "
         "Houda:هدى Meryem:مريم Samira:سميرة Latifa:لطيفة Hind:هند Imane:إيمان Naima:نعيمة",
      fam="El_Amrani:العمراني Benali:بنعلي Alaoui:العلوي Bennani:بناني Tazi:التازي "
          "El_Idrissi:الإدريسي Berrada:برادة Ouazzani:الوزاني Chraibi:الشرايبي "
          "Ait_Ahmed:آيت_أحمد Boukhris:بوخريص Lahlou:لحلو",
      hon="m:M. _F|f:Mme _F|m:Si _G|f:Lalla _G|Hajj _N|m:Monsieur _F",
      nhon="m:السيد _N|f:السيدة _N|الحاج _N|f:للا _G|m:سي _G",
      kin="m:Khali _G|f:Khalti _G|m:Ammi _G|f:Ammti _G|f:Mama _G", nkin=ARAB_NKIN,
      ph="+212 6## ## ## ##|06 ## ## ## ##|06########|+2126########|07 ## ## ## ##",
      ad="{n}, {st}, {ds}, {pc} {tw}|Résidence Al Amal, Imm. {n2}, App. {flat}, {ds}, {tw}"
         "|Hay {ds}, Rue {n2}, N° {n}, {tw}",
      nad="{n} {st}، {ds}، {tw} {pc}|حي {ds}، زنقة {n2}، رقم {n}، {tw}",
      st="Rue Ibn Batouta|Boulevard Zerktouni|Avenue Hassan II|Rue Moulay Ismail"
         "|Boulevard Anfa|Avenue Mohammed V",
      nst="شارع الحسن الثاني|زنقة ابن بطوطة|شارع محمد الخامس|شارع الزرقطوني",
      tw="Casablanca|Rabat|Agadir|Tanger|Fès|Marrakech|Meknès|Kénitra|Oujda",
      ntw="الدار البيضاء|الرباط|أكادير|طنجة|فاس|مراكش",
      ds="Maârif|Sidi Maârouf|Hay Mohammadi|Ain Sebaa|Dcheira|Agdal",
      nds="المعاريف|الحي المحمدي|عين السبع|أكدال",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}|{yyyy}/{mm}/{dd}", ml="fr", pp="@@#######",
      dl="##/######",
      co="OCP Group|Azura Maroc|Les Domaines Agricoles|Renault Tanger Med|Copag",
      nm="Aéroport Mohammed V|Mosquée Hassan II|Université Ibn Zohr|Jardin Majorelle",
      cur="{} MAD", plate="#####-@-##"),
    L(code="eg", country="Egypt", langs="ar en", style="arab", natp=0.4,
      gm="Ahmed:أحمد Mahmoud:محمود Mostafa:مصطفى Mohamed:محمد Amr:عمرو Tarek:طارق "
         "Sherif:شريف Karim:كريم Hany:هاني Ibrahim:إبراهيم Ayman:أيمن Walid:وليد",
      gf="Mona:منى Yasmin:ياسمين Heba:هبة Nourhan:نورهان Rania:رانيا Doaa:دعاء "
         "Shaimaa:شيماء Marwa:مروة Aya:آية Sara:سارة Eman:إيمان Hanan:حنان",
      fam="Abdel_Rahman:عبد_الرحمن El-Sayed:السيد Hassan:حسن Farouk:فاروق Mansour:منصور "
          "Soliman:سليمان Shehata:شحاتة Gaber:جابر Ragab:رجب El-Masry:المصري Fahmy:فهمي "
          "Zaki:زكي",
      hon="m:Mr. _F|f:Mrs. _F|m:Ustaz _G|f:Madam _G|Eng. _G|Dr. _G|Hajj _G|m:Am _G",
      nhon="m:الأستاذ _N|f:الأستاذة _N|م. _N|د. _N|الحاج _G|f:مدام _G",
      kin="m:Am _G|f:Tant _G|m:Khalo _G|f:Auntie _G", nkin="m:عم _G|f:طنط _G|m:خالو _G",
      ph="+20 P #### ####|0P #### ####|0P########|+20P########", pre="10 11 12 15",
      ad="{n} {st}, {ds}, {tw}|Building {n}, {st}, Apt {flat}, {ds}, {tw}",
      nad="{n} {st}، {ds}، {tw}|عمارة {n}، {st}، شقة {flat}، {ds}، {tw}",
      st="Abbas El Akkad Street|El Tahrir Street|Makram Ebeid Street|El Haram Street"
         "|Shubra Street|Faisal Street",
      nst="شارع عباس العقاد|شارع التحرير|شارع الهرم|شارع فيصل|شارع شبرا",
      tw="Cairo|Giza|Alexandria|Port Said|Suez|Mansoura|Tanta|Zagazig|Sohag",
      ntw="القاهرة|الجيزة|الإسكندرية|بورسعيد|المنصورة",
      ds="Nasr City|Dokki|Shubra El Kheima|Imbaba|Heliopolis|Maadi|Sidi Bishr|Smouha",
      nds="مدينة نصر|الدقي|إمبابة|المعادي|سموحة",
      dob="{dd}/{mm}/{yyyy}|{yyyy}-{mm}-{dd}|{d} {mon} {yyyy}", iban="EG", pp="A########",
      co="Arab Contractors|Juhayna|El Sewedy Electric|Alexandria Container & Cargo Handling"
         "|Daltex Agro",
      nm="Cairo International Airport|Salah Salem Road|Ain Shams University|Suez Canal",
      cur="EGP {}", plate="### @@@"),
    L(code="mz", country="Mozambique", langs="pt", style="lusa",
      gm="João Armando Celso Alberto Fernando Manuel Ernesto Tomás Carlos Agostinho Jacinto",
      gf="Maria Ana Rosa Luísa Esperança Graça Fátima Celeste Joana Isabel Felismina",
      fam="Macuácua Cossa Nhantumbo Tembe Sitoe Mabunda Matsinhe Langa Bila Mucavele Chilaúle "
          "Muianga Massingue",
      hon="m:Sr. _F|f:Sra. _F|m:Senhor _G|f:Dona _G|Dr. _F|Eng.º _F|f:Mamã _G",
      kin="f:Mamã _G|m:Papá _G|m:Tio _G|f:Tia _G|f:Avó _G|m:Mano _G",
      ph="+258 8# ### ####|8# ### ####|+2588########|84#######",
      ad="Av. {st}, n.º {n}, {ds}, {tw}|Rua {st} {n}, flat {flat}, {tw}"
         "|Bairro {ds}, Quarteirão {n2}, Casa n.º {n}, {tw}",
      st="Eduardo Mondlane|24 de Julho|Julius Nyerere|Karl Marx|Acordos de Lusaka|das FPLM",
      tw="Maputo|Matola|Beira|Nampula|Quelimane|Tete|Pemba|Xai-Xai",
      ds="Polana Caniço|Malhangalene|Maxaquene|Hulene|Machava|Ponta Gêa|Muhalaze",
      dob="{dd}/{mm}/{yyyy}|{d} de {mon} de {yyyy}", ml="pt", pp="@@#######",
      co="Mozal|Cornelder de Moçambique|Açucareira de Xinavane|CDM Cervejas",
      nm="Praça da Independência|Universidade Eduardo Mondlane|Aeroporto de Maputo",
      cur="{} MT", plate="@@@-###-MC"),
    L(code="so", country="Somalia", langs="so en", style="eth",
      gm="Abdirahman Mohamed Ahmed Abdullahi Hassan Omar Ali Yusuf Abdiaziz Mahad Liban "
         "Abdikarim",
      gf="Hodan Faadumo Sahra Amina Ayaan Ifrah Nimco Hibaaq Deeqa Ubah Sagal Fartun",
      hon="m:Mr _N|f:Mrs _N|Sheikh _N|Xaaji _N|f:Xaajiyo _N|Eng. _N|Dr. _N",
      kin="m:Adeer _G|f:Habaryar _G|m:Abti _G|f:Eedo _G|f:Hooyo _G|m:Aabo _G",
      ph="+252 61 ### ####|061 ### ####|+252 63 #######|+25261#######|+252 90 ### ####",
      ad="Degmada {ds}, Waddada {st}, Guriga {n}, {tw}|{st} Road, House {n}, {ds}, {tw}",
      st="Maka Al Mukarama|Wadnaha|Sodonka|Jidka Warshadaha|Afgooye",
      tw="Mogadishu|Hargeisa|Kismayo|Bosaso|Baidoa|Garowe|Berbera",
      ds="Hodan|Waberi|Hawl Wadaag|Wadajir|Karaan|Daynile|Shangani|Yaqshiid",
      dob="{dd}/{mm}/{yyyy}|{d}-{mm}-{yyyy}", pp="P########|@@#######",
      co="Hormuud Telecom|Berbera Port|Somali Meat Company|Dahabshiil agent",
      nm="Aden Adde International Airport|Lido Beach|KM4 junction|Bakaara market",
      cur="US${}", plate="@@ ####"),
    # ------------------------------------------------------------------ Middle East
    L(code="sa", country="Saudi Arabia", langs="ar en", style="arab", natp=0.4,
      gm="Abdullah:عبدالله Faisal:فيصل Khalid:خالد Saad:سعد Turki:تركي Nasser:ناصر Fahad:فهد "
         "Sultan:سلطان Majed:ماجد Bandar:بندر Saleh:صالح Nawaf:نواف",
      gf="Noura:نورة Reem:ريم Hessa:حصة Lama:لمى Abeer:عبير Maha:مها Sarah:سارة Haifa:هيفاء "
         "Amal:أمل Nouf:نوف Asma:أسماء Latifa:لطيفة",
      fam="Al-Harbi:الحربي Al-Otaibi:العتيبي Al-Qahtani:القحطاني Al-Shammari:الشمري "
          "Al-Dosari:الدوسري Al-Ghamdi:الغامدي Al-Zahrani:الزهراني Al-Mutairi:المطيري "
          "Al-Anazi:العنزي Al-Subaie:السبيعي Al-Malki:المالكي Al-Shehri:الشهري",
      hon=ARAB_HON, nhon=ARAB_NHON, kin=ARAB_KIN, nkin=ARAB_NKIN,
      ph="+966 5# ### ####|05# ### ####|05########|+9665########|00966 5# ### ####",
      ad="{n} {st}, {ds} District, {tw} {pc}|Building {n}, {st}, {ds}, {tw}"
         "|{n} {st}, Unit {flat}, {ds}, {tw} {pc}",
      nad="{n} {st}، حي {ds}، {tw} {pc}|مبنى {n}، {st}، حي {ds}، {tw}",
      st="King Fahd Road|Prince Sultan Street|Al Olaya Street|Tahlia Street|Makkah Road"
         "|Prince Majed Road",
      nst="طريق الملك فهد|شارع الأمير سلطان|شارع العليا|شارع التحلية|طريق مكة",
      tw="Riyadh|Jeddah|Dammam|Khobar|Makkah|Madinah|Tabuk|Abha|Jubail",
      ntw="الرياض|جدة|الدمام|الخبر|مكة المكرمة|تبوك",
      ds="Al Malaz|Al Naseem|Al Rawdah|Al Safa|Al Aziziyah|Al Shati|Al Faisaliyah",
      nds="الملز|النسيم|الروضة|الصفا|العزيزية|الفيصلية", pc="#####",
      dob="{dd}/{mm}/{yyyy}|{yyyy}-{mm}-{dd}|{dd}/{mm}/{yhj} هـ|{yhj}/{mm}/{dd}H",
      iban="SA", pp="@#######", dl="##########",
      co="Almarai|Al Rajhi Construction|Bahri|Saudi Binladin Group|Tamimi Markets",
      nm="King Khalid International Airport|King Abdulaziz University|Kingdom Centre",
      cur="SAR {}", plate="@@@ ####"),
    L(code="ae", country="UAE", langs="ar en", style="arab", natp=0.2,
      gm="Mohammed:محمد Rashid:راشد Saeed:سعيد Hamdan:حمدان Obaid:عبيد Khalifa:خليفة "
         "Sultan:سلطان Ahmed:أحمد Juma:جمعة Hamad:حمد Mansour:منصور Ali:علي",
      gf="Mariam:مريم Shamma:شما Alyazia:اليازية Moza:موزة Fatima:فاطمة Hind:هند Amna:آمنة "
         "Maitha:ميثاء Reem:ريم Noora:نورة Latifa:لطيفة Hessa:حصة",
      fam="Al_Mazrouei:المزروعي Al_Ketbi:الكتبي Al_Shamsi:الشامسي Al_Nuaimi:النعيمي "
          "Al_Falasi:الفلاسي Al_Mansoori:المنصوري Al_Suwaidi:السويدي Al_Dhaheri:الظاهري "
          "Al_Hammadi:الحمادي Al_Marzooqi:المرزوقي Al_Blooshi:البلوشي",
      hon=ARAB_HON, nhon=ARAB_NHON, kin=ARAB_KIN, nkin=ARAB_NKIN,
      ph="+971 5# ### ####|05# ### ####|+9715########|04 ### ####|+971 4 ### ####",
      ad="Villa {n}, {st}, {ds}, {tw}|Flat {flat}, Building {n}, {st}, {ds}, {tw}",
      st="Al Wasl Road|Hamdan Street|Al Muroor Road|Street 17b|Al Khail Road|15th Street",
      tw="Dubai|Abu Dhabi|Sharjah|Ajman|Al Ain|Ras Al Khaimah|Fujairah",
      ds="Al Quoz|Deira|Al Nahda|Jumeirah|Al Qusais|Mussafah|Al Barsha|Karama|Al Khalidiyah",
      dob="{dd}/{mm}/{yyyy}|{dd}-{mon3}-{yyyy}|{yyyy}-{mm}-{dd}", iban="AE",
      pp="@#######|#########", dl="#######",
      co="DP World Jebel Ali|Al Futtaim Logistics|Emirates Flight Catering|Arabtec|Agthia"
         "|Aramex",
      nm="Burj Khalifa|Sheikh Zayed Mosque|Dubai Creek|Rashid Hospital|Jebel Ali Free Zone",
      cur="AED {}", plate="Dubai @ #####|AD ## #####"),
    L(code="qa", country="Qatar", langs="ar en", style="arab", natp=0.3,
      gm="Hamad:حمد Jassim:جاسم Khalid:خالد Abdulrahman:عبدالرحمن Mubarak:مبارك Nasser:ناصر "
         "Fahad:فهد Ali:علي Saad:سعد Salem:سالم Mohammed:محمد",
      gf="Al_Anoud:العنود Mariam:مريم Hind:هند Aisha:عائشة Sheikha:شيخة Dana:دانة "
         "Lulwa:لولوة Moza:موزة Noof:نوف Fatima:فاطمة Reem:ريم",
      fam="Al-Kuwari:الكواري Al-Marri:المري Al-Sulaiti:السليطي Al-Mohannadi:المهندي "
          "Al-Naimi:النعيمي Al-Hajri:الهاجري Al-Emadi:العمادي Al-Khulaifi:الخليفي "
          "Al-Obaidly:العبيدلي Al-Kubaisi:الكبيسي",
      hon=ARAB_HON, nhon=ARAB_NHON, kin=ARAB_KIN, nkin=ARAB_NKIN,
      ph="+974 3### ####|+974 5### ####|+974 6### ####|3#######|5###-####|4### ####",
      ad="Building {n}, Street {n2}{n3}, Zone {n3}, {ds}, {tw}|Villa {n}, {st}, {ds}, {tw}"
         "|Flat {flat}, Bldg {n}, {st}, {ds}",
      st="Al Rayyan Road|Salwa Road|C Ring Road|Al Waab Street|Al Sadd Street|Al Shamal Road",
      tw="Doha|Al Rayyan|Al Wakrah|Al Khor|Umm Salal|Lusail|Mesaieed",
      ds="Al Sadd|Najma|Mansoura|Industrial Area|Al Gharrafa|Madinat Khalifa|Muaither",
      dob="{dd}/{mm}/{yyyy}|{yyyy}-{mm}-{dd}", iban="QA", pp="@#######|#########",
      co="Qatar Airways Cargo|Hassad Food|QTerminals|Baladna|Al Jaber Engineering",
      nm="Hamad International Airport|Khalifa International Stadium|Souq Waqif",
      cur="QAR {}", plate="######"),
    L(code="jo", country="Jordan", langs="ar en", style="arab", natp=0.35,
      gm="Omar:عمر Ahmad:أحمد Yazan:يزن Ali:علي Mohammad:محمد Khaled:خالد Zaid:زيد Hamza:حمزة "
         "Laith:ليث Mahmoud:محمود Firas:فراس Saleh:صالح",
      gf="Rania:رانيا Dana:دانا Leen:لين Hala:هالة Ruba:ربى Rawan:روان Sana:سناء Lubna:لبنى "
         "Abeer:عبير Nour:نور Hiba:هبة Dima:ديما",
      fam="Al-Zoubi:الزعبي Haddad:حداد Al-Khatib:الخطيب Obeidat:عبيدات Al-Momani:المومني "
          "Nasser:ناصر Qasem:قاسم Al-Masri:المصري Bataineh:بطاينة Tarawneh:الطراونة "
          "Hamdan:حمدان",
      hon="m:Mr. _F|f:Mrs. _F|Eng. _G|Dr. _G|m:Abu _G|f:Umm _G|m:Ustaz _G",
      nhon="م. _G|د. _N|m:أبو _G|f:أم _G|m:الأستاذ _N|f:الآنسة _N",
      kin="m:Ammo _G|f:Khalto _G|m:Khalo _G|f:Amto _G|f:Teta _G",
      nkin="m:عمو _G|f:خالتو _G|m:خالو _G|f:تيتا _G",
      ph="+962 7# ### ####|07# ### ####|07########|+9627########|06 ### ####",
      ad="{n} {st}, {ds}, {tw} {pc}|Building {n}, {st}, Apartment {flat}, {ds}, {tw}",
      nad="{st}، عمارة {n}، شقة {flat}، {ds}، {tw}",
      st="Mecca Street|Wasfi Al-Tal Street|Zahran Street|Al-Madina Al-Munawwara Street"
         "|Prince Hashem Street|Abdullah Ghosheh Street",
      nst="شارع مكة|شارع وصفي التل|شارع زهران|شارع المدينة المنورة",
      tw="Amman|Zarqa|Irbid|Aqaba|Salt|Madaba|Mafraq|Karak", ntw="عمان|الزرقاء|إربد|العقبة",
      ds="Tla' Al-Ali|Khalda|Jabal Al-Hussein|Marka|Sweileh|Abu Nseir|Shmeisani",
      nds="تلاع العلي|خلدا|جبل الحسين|ماركا|صويلح", pc="#####",
      dob="{dd}/{mm}/{yyyy}|{yyyy}/{mm}/{dd}|{d}-{m}-{yyyy}", iban="JO", pp="@#######",
      co="Jordan Phosphate Mines|Aqaba Container Terminal|Classic Fashion Apparel"
         "|Jordan Bromine",
      nm="Queen Alia International Airport|King Hussein Bridge|Petra|Dead Sea",
      cur="JOD {}", plate="##-#####"),
    L(code="lb", country="Lebanon", langs="ar fr en", style="arab", natp=0.3,
      gm="Georges:جورج Elie:إيلي Charbel:شربل Ali:علي Hussein:حسين Rami:رامي Fadi:فادي "
         "Toufic:توفيق Ziad:زياد Joseph:جوزيف Walid:وليد Samir:سمير",
      gf="Rita:ريتا Maya:مايا Nadine:نادين Zeinab:زينب Carla:كارلا Rima:ريما Joelle:جويل "
         "Lara:لارا Nour:نور Mireille:ميراي Hanane:حنان Yara:يارا",
      fam="Khoury:خوري Haddad:حداد Nassar:نصار Saade:سعادة Fares:فارس Khalil:خليل Daher:ضاهر "
          "Karam:كرم Sleiman:سليمان Mansour:منصور Chidiac:شدياق Abi_Nader:أبي_نادر",
      hon="m:M. _F|f:Mme _F|m:Mr _F|Dr _F|m:Abou _G|f:Em _G|m:Sheikh _G",
      nhon="m:السيد _N|f:السيدة _N|m:أبو _G|m:الأستاذ _N|د. _N",
      kin="m:Ammo _G|f:Tante _G|m:Khalo _G|f:Teta _G|m:Jeddo _G|m:Tonton _G",
      nkin="m:عمو _G|f:طنط _G|f:تيتا _G|m:جدو _G",
      ph="+961 3 ### ###|03 ### ###|+961 71 ### ###|71 ### ###|+961 76 ######|01 ######",
      ad="{st}, Bldg {n}, floor {n3}, {ds}, {tw}|Rue {st}, imm. {n}, {n3}e étage, {ds}, {tw}",
      nad="{st}، بناية {n}، الطابق {n3}، {ds}، {tw}",
      st="Bliss Street|Armenia Street|Hamra Street|Mar Elias Street|Corniche El Mazraa"
         "|Emile Edde Street|Rue Gouraud",
      nst="شارع الحمرا|شارع بليس|شارع مار الياس|كورنيش المزرعة",
      tw="Beirut|Tripoli|Sidon|Tyre|Zahle|Jounieh|Byblos|Baalbek", ntw="بيروت|طرابلس|صيدا|زحلة",
      ds="Hamra|Achrafieh|Mar Mikhael|Verdun|Dekwaneh|Bourj Hammoud|Tariq El Jdideh",
      nds="الحمرا|الأشرفية|فردان|الدكوانة|برج حمود",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", ml="fr", iban="LB", pp="LR#######|RL#######",
      co="Port of Beirut Container Terminal|Chateau Ksara|Indevco|Holcim Liban",
      nm="Rafic Hariri International Airport|Jeita Grotto|American University of Beirut",
      cur="USD {}", plate="@ ######"),
    L(code="iq", country="Iraq", langs="ar en", style="arab", natp=0.35,
      gm="Ali:علي Hussein:حسين Mustafa:مصطفى Haider:حيدر Ahmed:أحمد Abbas:عباس Karrar:كرار "
         "Muntadher:منتظر Omar:عمر Hassan:حسن Salam:سلام Yaseen:ياسين",
      gf="Zahraa:زهراء Fatima:فاطمة Noor:نور Maryam:مريم Zainab:زينب Sura:سرى Rusul:رسل "
         "Huda:هدى Shahad:شهد Duaa:دعاء Ruqaya:رقية Aseel:أسيل",
      fam="Al-Jubouri:الجبوري Al-Tamimi:التميمي Al-Saadi:الساعدي Al-Rubaie:الربيعي "
          "Al-Obaidi:العبيدي Al-Dulaimi:الدليمي Al-Khafaji:الخفاجي Al-Zubaidi:الزبيدي "
          "Al-Shammari:الشمري Al-Hashimi:الهاشمي Al-Kaabi:الكعبي",
      hon="m:Mr. _F|Eng. _G|Dr. _G|Hajji _G|m:Abu _G|f:Umm _G|Sayyid _N|m:Ustadh _G",
      nhon="الحاج _G|م. _N|د. _N|m:الأستاذ _N|السيد _N|m:أبو _G|f:أم _G",
      kin="m:Ammu _G|f:Khala _G|m:Khalu _G|f:Bibi _G",
      nkin="m:عمو _G|f:خالة _G|m:خالو _G|f:بيبي _G",
      ph="+964 7## ### ####|07## ### ####|07#########|+9647#########",
      ad="Mahalla {n3}{n2}, Zuqaq {n2}, House {n}, {ds}, {tw}"
         "|{ds}, Street {n2}, House No. {n}, {tw}",
      nad="محلة {n3}{n2}، زقاق {n2}، دار {n}، {ds}، {tw}", st="Palestine Street",
      tw="Baghdad|Basra|Erbil|Mosul|Najaf|Karbala|Sulaymaniyah|Kirkuk",
      ntw="بغداد|البصرة|أربيل|الموصل|النجف|كربلاء",
      ds="Karrada|Al-Mansour|Zayouna|Al-Jadriya|Adhamiya|Al-Ashar|Al-Jazair|Ankawa",
      nds="الكرادة|المنصور|زيونة|الأعظمية|العشار",
      dob="{dd}/{mm}/{yyyy}|{yyyy}/{mm}/{dd}|{d}-{m}-{yyyy}", iban="IQ", pp="@########",
      co="Basra Gas Company|Umm Qasr Port|Asiacell|Kar Group|Iraqi Cement",
      nm="Baghdad International Airport|Imam Ali Shrine|Tahrir Square|Shatt al-Arab",
      cur="IQD {}", plate="## @ #####"),
    L(code="ir", country="Iran", langs="fa en", natp=0.4,
      gm="Mohammad:محمد Ali:علی Reza:رضا Hossein:حسین Mehdi:مهدی Amir:امیر Saeed:سعید "
         "Hamid:حمید Javad:جواد Morteza:مرتضی Behnam:بهنام Kourosh:کوروش",
      gf="Fatemeh:فاطمه Zahra:زهرا Maryam:مریم Narges:نرگس Sara:سارا Leila:لیلا Shirin:شیرین "
         "Mahsa:مهسا Parisa:پریسا Nasrin:نسرین Elham:الهام Roya:رویا",
      fam="Ahmadi:احمدی Hosseini:حسینی Rezaei:رضایی Mohammadi:محمدی Karimi:کریمی "
          "Moradi:مرادی Jafari:جعفری Rahimi:رحیمی Sadeghi:صادقی Ghasemi:قاسمی "
          "Najafi:نجفی Alizadeh:علیزاده Kazemi:کاظمی",
      hon="m:Agha-ye _F|f:Khanom-e _F|m:Mr. _F|f:Mrs. _F|Dr. _F|Mohandes _F|m:_G Khan"
          "|f:_G Khanom|m:_G Agha",
      nhon="m:آقای _N|f:خانم _N|دکتر _F|مهندس _F|حاج _G|m:_G آقا|f:_G خانم",
      kin="m:Amu _G|f:Khaleh _G|m:Dayi _G|f:Ameh _G",
      nkin="m:عمو _G|f:خاله _G|m:دایی _G|f:عمه _G",
      ph="+98 9## ### ####|09## ### ####|09#########|+989#########|021 #### ####",
      ad="{st}, Kucheh {n2}, Pelak {n}, Vahed {n3}, {tw}, {pc}"
         "|{tw}, {ds}, {st}, No. {n}, Unit {n3}",
      nad="{tw}، {ds}، {st}، کوچه {n2}، پلاک {n}، واحد {n3}|{tw}، {st}، پلاک {n}، کد پستی {pc}",
      st="Valiasr St.|Shariati St.|Enghelab St.|Azadi St.|Pasdaran Ave.|Mirdamad Blvd.",
      nst="خیابان ولیعصر|خیابان شریعتی|خیابان انقلاب|خیابان آزادی|بلوار میرداماد",
      tw="Tehran|Isfahan|Shiraz|Mashhad|Tabriz|Ahvaz|Karaj|Bandar Abbas|Qom",
      ntw="تهران|اصفهان|شیراز|مشهد|تبریز|کرج",
      ds="Tajrish|Narmak|Saadat Abad|Yousef Abad|Tehranpars|Gisha",
      nds="تجریش|نارمک|سعادت آباد|یوسف آباد|تهرانپارس", pc="##########",
      dob="{ysh}/{mm}/{dd}|{dd}/{mm}/{yyyy}|{yyyy}-{mm}-{dd}", pp="@########",
      co="Shahid Rajaee Port|Mobarakeh Steel|Golrang|Kaleh Dairy",
      nm="Imam Khomeini International Airport|Azadi Tower|Milad Tower|Naqsh-e Jahan Square",
      cur="{} toman", plate="## @ ### - ##"),
    L(code="il", country="Israel", langs="he en", natp=0.4,
      gm="Yosef:יוסף David:דוד Moshe:משה Avi:אבי Itay:איתי Noam:נועם Eitan:איתן "
         "Yonatan:יונתן Oren:אורן Amit:עמית Eli:אלי Daniel:דניאל",
      gf="Noa:נועה Tamar:תמר Michal:מיכל Yael:יעל Shira:שירה Maya:מאיה Adi:עדי Orly:אורלי "
         "Hila:הילה Rivka:רבקה Sarit:שרית Efrat:אפרת",
      fam="Cohen:כהן Levi:לוי Mizrahi:מזרחי Peretz:פרץ Biton:ביטון Dahan:דהן "
          "Avraham:אברהם Friedman:פרידמן Shapira:שפירא Katz:כץ Ben-David:בן־דוד "
          "Azoulay:אזולאי Goldberg:גולדברג",
      hon="m:Mr. _F|f:Ms. _F|Dr. _F|Adv. _F|Eng. _F",
      nhon='m:מר _F|f:גב\' _F|ד"ר _F|עו"ד _N|m:מר _N|f:הגב\' _N',
      kin="f:Savta _G|m:Saba _G|m:Dod _G|f:Doda _G",
      nkin="f:סבתא _G|m:סבא _G|m:דוד _G|f:דודה _G",
      ph="+972 5#-###-####|05#-###-####|05########|+9725########|03-###-####",
      ad="{st} {n}, Apt {flat}, {tw}|{st} St {n}/{n3}, {tw} {pc}",
      nad="רחוב {st} {n}, דירה {flat}, {tw}|{st} {n}/{n3}, {tw} {pc}",
      st="Herzl|Allenby|Rothschild|Ibn Gabirol|Jabotinsky|HaNevi'im|Weizmann|Sokolov"
         "|Ben Yehuda",
      nst="הרצל|אלנבי|רוטשילד|אבן גבירול|ויצמן|סוקולוב|בן יהודה",
      tw="Tel Aviv|Haifa|Jerusalem|Be'er Sheva|Ashdod|Netanya|Petah Tikva|Holon",
      ntw="תל אביב|חיפה|ירושלים|באר שבע|אשדוד|נתניה|חולון", pc="#######",
      dob="{dd}/{mm}/{yyyy}|{d}.{m}.{yyyy}|{yyyy}-{mm}-{dd}", iban="IL",
      pp="########|#########", dl="#######",
      co="Mehadrin|Netafim|Zim Integrated Shipping|Ashdod Port Company|Tnuva|Solel Boneh",
      nm="Ben Gurion Airport|Rabin Square|Weizmann Institute|Sheba Medical Center",
      cur="₪{}", plate="##-###-##|###-##-###"),
    L(code="tr", country="Türkiye", langs="tr en",
      gm="Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Osman Yusuf Kemal Serkan",
      gf="Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Hülya Esra Gülsüm Songül",
      fam="Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan "
          "Kılıç Aslan Çetin Kara Koç Kurt",
      hon="m:_G Bey|f:_G Hanım|m:Bay _F|f:Bayan _F|Dr. _F|Av. _N|m:_G Usta|m:Hacı _G"
          "|m:_G Ağa",
      kin="m:_G Abi|f:_G Abla|m:_G Amca|f:_G Teyze|m:_G Dayı|f:_G Yenge|m:_G Enişte",
      ph="+90 5## ### ## ##|05## ### ## ##|0 (5##) ### ## ##|+905#########|0 212 ### ## ##",
      ad="{st} No: {n} D: {flat}, {ds}, {pc} {tw}|{ds} Mah. {st} No:{n}/{flat} {tw}"
         "|{st}, {n2}. Sok. No: {n} Daire {flat}, {ds}/{tw}",
      st="Atatürk Cad.|Cumhuriyet Cad.|İstiklal Cad.|Bağdat Cad.|İnönü Cad.|Menderes Cad."
         "|Fevzi Çakmak Cad.",
      tw="İstanbul|Ankara|İzmir|Bursa|Gaziantep|Adana|Konya|Mersin|Kocaeli|Antalya",
      ds="Kocasinan|Bahçelievler|Esenler|Karşıyaka|Osmangazi|Şahinbey|Yenimahalle|Tuzla"
         "|Gebze|Seyhan",
      pc="#####", dob="{dd}.{mm}.{yyyy}|{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", ml="tr",
      iban="TR", pp="U########|@########", dl="######",
      co="Arçelik|Tekfen İnşaat|Borusan Lojistik|Ülker|Limak|Eti Maden|Sütaş",
      nm="Atatürk Havalimanı|Boğaziçi Köprüsü|Mimar Sinan Üniversitesi"
         "|Fatih Sultan Mehmet Köprüsü|Ayasofya",
      cur="{} TL", plate="34 @@@ ###|06 @ ####|35 @@ ###"),
    L(code="om", country="Oman", langs="ar en", style="arab", natp=0.3,
      gm="Said:سعيد Salim:سالم Hamood:حمود Khalfan:خلفان Sultan:سلطان Ahmed:أحمد Talal:طلال "
         "Badar:بدر Nasser:ناصر Yousuf:يوسف Mohammed:محمد Hilal:هلال",
      gf="Aisha:عائشة Shamsa:شمسة Zuwaina:زوينة Maryam:مريم Ruqaya:رقية Muna:منى "
         "Fatma:فاطمة Bushra:بشرى Amal:أمل Raya:رية Salma:سلمى Hanan:حنان",
      fam="Al-Balushi:البلوشي Al-Hinai:الهنائي Al-Harthy:الحارثي Al-Rawahi:الرواحي "
          "Al-Maawali:المعولي Al-Kindi:الكندي Al-Siyabi:السيابي Al-Riyami:الريامي "
          "Al-Shukaili:الشكيلي Al-Farsi:الفارسي Al-Amri:العامري",
      hon=ARAB_HON, nhon=ARAB_NHON, kin=ARAB_KIN, nkin=ARAB_NKIN,
      ph="+968 9### ####|+968 7### ####|9#######|+9689#######|24 ### ###",
      ad="Way {n}{n3}, House {n}, {ds}, {tw}|Building {n}, Way {n2}{n3}, {ds}, {tw} {pc}",
      nad="سكة {n}{n3}، منزل {n}، {ds}، {tw}", st="Sultan Qaboos Street",
      tw="Muscat|Sohar|Salalah|Nizwa|Sur|Ibri|Barka|Duqm", ntw="مسقط|صحار|صلالة|نزوى|صور",
      ds="Al Khuwair|Ruwi|Bawshar|Al Mabelah|Al Amerat|Seeb|Ghubra|Al Hail",
      nds="الخوير|روي|بوشر|المعبيلة|السيب", pc="###",
      dob="{dd}/{mm}/{yyyy}|{yyyy}-{mm}-{dd}", iban="OM", pp="#########|@#######",
      co="Oman Flour Mills|Port of Sohar|Omantel|Al Safa Foods",
      nm="Sultan Qaboos Grand Mosque|Muscat International Airport|Mutrah Souq",
      cur="OMR {}", plate="##### @@"),
    # ------------------------------------------------------------------ South Asia
    L(code="in_hi", country="India", langs="hi en", natp=0.25,
      gm="Ramesh:रमेश Suresh:सुरेश Rajesh:राजेश Amit:अमित Sunil:सुनील Vijay:विजय Ravi:रवि "
         "Manoj:मनोज Anil:अनिल Sanjay:संजय Deepak:दीपक Rahul:राहुल Pankaj:पंकज",
      gf="Sunita:सुनीता Anita:अनीता Pooja:पूजा Priya:प्रिया Kavita:कविता Neha:नेहा "
         "Rekha:रेखा Geeta:गीता Meena:मीना Lakshmi:लक्ष्मी Savita:सविता Asha:आशा",
      fam="Sharma:शर्मा Verma:वर्मा Gupta:गुप्ता Singh:सिंह Yadav:यादव Kumar:कुमार "
          "Mishra:मिश्रा Patel:पटेल Chauhan:चौहान Tiwari:तिवारी Pandey:पांडे Jadhav:जाधव "
          "Thakur:ठाकुर",
      hon="_G-ji|_F-ji|m:Shri _N|f:Smt. _N|m:Mr. _F|f:Mrs. _F|f:Kumari _N|Dr. _F"
          "|m:_G Sahab|m:Seth _G|Munshi _G",
      nhon="_Gजी|_N जी|m:श्री _N|f:श्रीमती _N|f:कुमारी _N|डॉ. _F|m:_G साहब",
      kin="m:Bhaiya _G|f:Didi _G|m:_G bhai|f:_G didi|m:_G chacha|f:_G mausi|f:_G aunty"
          "|m:_G uncle",
      nkin="m:_G भैया|f:_G दीदी|m:_G चाचा|f:_G मौसी|f:_G आंटी",
      ph="+91 P### #####|+91-P###-#####|0P########|P########|+91 P########|P## ### ###",
      pre="98 99 97 96 95 94 93 91 90 89 88 87 86 85 84 83 82 81 80 79 78 77 76 70 63 62",
      ad="{n}, {st}, {ds}, {tw} - {pc}|H.No. {n}/{n3}, {st}, {ds}, {tw} {pc}"
         "|Flat {flat}0{n3}, {st}, Sector {n2}, {tw} {pc}|Plot No. {n}, {ds}, {st}, {tw} - {pc}",
      nad="मकान नं. {n}, {st}, {ds}, {tw} - {pc}",
      st="MG Road|Station Road|Link Road|Nehru Marg|Sardar Patel Road|Tilak Road|Mall Road"
         "|GT Road",
      nst="स्टेशन रोड|नेहरू मार्ग|तिलक रोड|माल रोड",
      tw="New Delhi|Mumbai|Lucknow|Jaipur|Pune|Kanpur|Patna|Indore|Surat|Ludhiana|Gurugram",
      ntw="नई दिल्ली|मुंबई|लखनऊ|जयपुर|पटना|इंदौर",
      ds="Laxmi Nagar|Andheri East|Gomti Nagar|Malviya Nagar|Hadapsar|Kalyanpur"
         "|Vaishali Nagar|Bhiwandi|Rajajipuram",
      nds="लक्ष्मी नगर|गोमती नगर|मालवीय नगर|राजाजीपुरम", pc="######",
      dob="{dd}/{mm}/{yyyy}|{dd}-{mm}-{yyyy}|{d} {mon} {yyyy}|{dd}.{mm}.{yyyy}",
      dl="@@## ###########|@@-##########", pp="@#######",
      dom="gmail.com yahoo.co.in rediffmail.com",
      co="Larsen & Toubro|Tata Steel|Amul dairy co-op|Delhivery|Adani Ports|Reliance Retail DC",
      nm="Indira Gandhi International Airport|Chhatrapati Shivaji Terminus|Rajiv Chowk"
         "|Mahatma Gandhi Road metro",
      cur="₹{}", plate="MH 12 @@ ####|DL 1C @@ ####|UP 32 @@ ####"),
    L(code="in_ta", country="India", langs="ta en", style="tamil", natp=0.3,
      gm="Senthil:செந்தில் Murugan:முருகன் Karthik:கார்த்திக் Ramesh:ரமேஷ் "
         "Saravanan:சரவணன் Arun:அருண் Balaji:பாலாஜி Venkatesh:வெங்கடேஷ் Selvam:செல்வம் "
         "Prakash:பிரகாஷ் Mani:மணி Ganesan:கணேசன்",
      gf="Lakshmi:லட்சுமி Meena:மீனா Kavitha:கவிதா Priya:பிரியா Selvi:செல்வி "
         "Revathi:ரேவதி Anitha:அனிதா Vijaya:விஜயா Malathi:மாலதி Divya:திவ்யா Deepa:தீபா "
         "Saranya:சரண்யா",
      hon="m:Mr. _N|f:Mrs. _N|Thiru. _N|f:Tmt. _N|f:Selvi _N|m:_G sir|f:_G madam|Dr. _N",
      nhon="m:திரு. _N|f:திருமதி _N|f:செல்வி _N|டாக்டர் _N",
      kin="m:_G anna|f:_G akka|m:_G mama|f:_G athai|m:_G thatha|f:_G paati",
      nkin="m:_G அண்ணா|f:_G அக்கா|m:_G மாமா|f:_G அத்தை",
      ph="+91 P### #####|0P########|P## ### ###|044 ####-####", pre="94 95 98 99 97 90 80 73 63",
      ad="No. {n}, {st}, {ds}, {tw} - {pc}|{n}/{n3}, {st}, {ds}, {tw} {pc}"
         "|Door No. {n}, {n2}th Cross, {st}, {ds}, {tw} - {pc}",
      nad="எண் {n}, {st}, {ds}, {tw} - {pc}",
      st="Anna Salai|Gandhi Road|Periyar Street|Kamarajar Salai|Nehru Street|Avinashi Road"
         "|Kovil Street",
      nst="அண்ணா சாலை|காந்தி சாலை|பெரியார் தெரு|நேரு தெரு|கோவில் தெரு",
      tw="Chennai|Coimbatore|Madurai|Tiruppur|Salem|Trichy|Tirunelveli|Erode|Vellore",
      ntw="சென்னை|கோயம்புத்தூர்|மதுரை|திருப்பூர்|சேலம்",
      ds="Tambaram|Ambattur|Guindy|Saibaba Colony|K.K. Nagar|Anna Nagar|Perungudi|Velachery",
      nds="தாம்பரம்|அம்பத்தூர்|கிண்டி|அண்ணா நகர்", pc="6#####",
      dob="{dd}/{mm}/{yyyy}|{dd}-{mm}-{yyyy}|{dd}.{mm}.{yyyy}",
      dl="TN## ###########|TN-##-####-#######", pp="@#######",
      co="Tiruppur Knitwear Exporters|TAFE|Chennai Port Trust|Aavin dairy",
      nm="Anna University|Chennai Central|Kamarajar Port|Marina Beach|Meenakshi Amman Temple",
      cur="₹{}", plate="TN ## @@ ####"),
    L(code="bd", country="Bangladesh", langs="bn en", natp=0.3,
      gm="Mohammad:মোহাম্মদ Abdul:আব্দুল Rahim:রহিম Karim:করিম Shafiqul:শফিকুল Rafiq:রফিক "
         "Jahangir:জাহাঙ্গীর Habib:হাবিব Mizanur:মিজানুর Saiful:সাইফুল Kamal:কামাল",
      gf="Fatema:ফাতেমা Nasrin:নাসরিন Shirin:শিরিন Rokeya:রোকেয়া Salma:সালমা "
         "Taslima:তাসলিমা Rehana:রেহানা Morium:মরিয়ম Shahnaz:শাহনাজ Rupa:রূপা "
         "Jesmin:জেসমিন",
      fam="Hossain:হোসেন Rahman:রহমান Islam:ইসলাম Ahmed:আহমেদ Uddin:উদ্দিন Sarker:সরকার "
          "Mia:মিয়া Chowdhury:চৌধুরী Khan:খান Haque:হক Das:দাস Roy:রায়",
      hon="m:Mr. _F|f:Mrs. _F|m:_G Bhai|f:_G Apa|m:_G Saheb|Dr. _F|m:Janab _N|f:_G Begum",
      nhon="m:জনাব _N|f:বেগম _N|m:_G ভাই|f:_G আপা|ডা. _N",
      kin="m:_G Mama|f:_G Khala|m:_G Chacha|f:_G Phupu|m:_G Bhaia|f:_G Apu",
      nkin="m:_G মামা|f:_G খালা|m:_G চাচা|f:_G আপু",
      ph="+880 1P## ######|01P##-######|01P########|+8801P########",
      pre="3 4 5 6 7 8 9",
      ad="House {n}, Road {n2}, {ds}, {tw}-{pc}|{n}/{n3} {st}, {ds}, {tw} {pc}"
         "|Flat {flat}, House {n}, {st}, {ds}, {tw}",
      nad="বাড়ি {n}, রোড {n2}, {ds}, {tw}-{pc}",
      st="Mirpur Road|Begum Rokeya Sarani|Green Road|Dhaka-Aricha Highway"
         "|Agrabad Access Road|Station Road",
      tw="Dhaka|Chattogram|Gazipur|Narayanganj|Khulna|Sylhet|Rajshahi|Savar|Cumilla",
      ntw="ঢাকা|চট্টগ্রাম|গাজীপুর|নারায়ণগঞ্জ|খুলনা",
      ds="Mirpur-10|Uttara|Mohammadpur|Tongi|Ashulia|Banani|Dhanmondi|Jatrabari|Halishahar",
      nds="মিরপুর|উত্তরা|মোহাম্মদপুর|টঙ্গী|আশুলিয়া", pc="####",
      dob="{dd}/{mm}/{yyyy}|{dd}-{mm}-{yyyy}|{d} {mon} {yyyy}", pp="@@#######|@#######",
      co="Square Pharmaceuticals|Beximco Textiles|Ha-Meem Group|Chittagong Port Authority"
         "|Pran-RFL",
      nm="Hazrat Shahjalal International Airport|Shaheed Minar|Dhaka University"
         "|Rabindra Sarobar",
      cur="৳{}", plate="Dhaka Metro-Ga ##-####"),
    L(code="pk", country="Pakistan", langs="ur en", natp=0.3,
      gm="Muhammad:محمد Ali:علی Ahmed:احمد Usman:عثمان Bilal:بلال Imran:عمران Asif:آصف "
         "Tariq:طارق Waqas:وقاص Kashif:کاشف Zubair:زبیر Faisal:فیصل",
      gf="Ayesha:عائشہ Fatima:فاطمہ Sana:ثناء Hina:حنا Saima:صائمہ Nadia:نادیہ Rabia:رابعہ "
         "Amina:آمنہ Sadia:سعدیہ Farzana:فرزانہ Shazia:شازیہ Uzma:عظمیٰ",
      fam="Khan:خان Malik:ملک Butt:بٹ Chaudhry:چوہدری Qureshi:قریشی Sheikh:شیخ Raza:رضا "
          "Hussain:حسین Iqbal:اقبال Akhtar:اختر Javed:جاوید Abbasi:عباسی Rana:رانا",
      hon="m:Mr. _F|f:Mrs. _F|m:_G Sahab|f:_G Sahiba|Chaudhry _G|Haji _G|m:Janab _N|Dr. _F"
          "|m:Ustad _G|m:Mian _G",
      nhon="m:جناب _N|m:_G صاحب|f:_G صاحبہ|حاجی _G|ڈاکٹر _F",
      kin="m:_G Bhai|f:_G Baji|m:Chacha _G|f:Khala _G|m:Mamu _G|f:Phuppo _G",
      nkin="m:_G بھائی|f:_G باجی|m:چچا _G|f:خالہ _G|m:ماموں _G",
      ph="+92 3## #######|03##-#######|03#########|+923#########|042-#######",
      ad="House No. {n}, Street {n2}, {ds}, {tw}|{n}-{st}, {ds}, {tw} {pc}"
         "|Flat {flat}, Block {n3}, {ds}, {tw}|Mohalla {ds}, Gali No. {n2}, Makan {n}, {tw}",
      nad="مکان نمبر {n}، گلی نمبر {n2}، {ds}، {tw}",
      st="Ferozepur Road|Jail Road|Shahrah-e-Faisal|GT Road|Canal Road|Murree Road",
      tw="Lahore|Karachi|Faisalabad|Sialkot|Rawalpindi|Multan|Gujranwala|Peshawar",
      ntw="لاہور|کراچی|فیصل آباد|سیالکوٹ|راولپنڈی",
      ds="Gulberg|Model Town|Korangi|Orangi Town|Johar Town|Samanabad|Satellite Town|Landhi",
      nds="گلبرگ|ماڈل ٹاؤن|کورنگی|جوہر ٹاؤن", pc="#####",
      dob="{dd}/{mm}/{yyyy}|{dd}-{mm}-{yyyy}|{d} {mon} {yyyy}|{dd}-{mon3}-{yyyy}",
      iban="PK", pp="@@#######", dl="LHR-#####-##",
      co="Nishat Mills|Engro Foods|Sialkot Surgical Instruments|Karachi Port Trust|Interloop",
      nm="Allama Iqbal International Airport|Minar-e-Pakistan|Jinnah Hospital|Liaquat Bagh",
      cur="Rs. {}", plate="LE#-####|@@@-###"),
    L(code="np", country="Nepal", langs="ne en", natp=0.35,
      gm="Ram:राम Hari:हरि Krishna:कृष्ण Bikash:बिकास Suman:सुमन Prakash:प्रकाश "
         "Dipendra:दिपेन्द्र Santosh:सन्तोष Rajan:राजन Bishnu:विष्णु Nabin:नविन Pemba:पेम्बा",
      gf="Sita:सीता Gita:गीता Sarita:सरिता Anjali:अञ्जली Sabina:सबिना Pooja:पूजा Maya:माया "
         "Laxmi:लक्ष्मी Kamala:कमला Sunita:सुनिता Dolma:डोल्मा Rita:रिता",
      fam="Shrestha:श्रेष्ठ Tamang:तामाङ Gurung:गुरुङ Thapa:थापा Magar:मगर Rai:राई "
          "Limbu:लिम्बु Sherpa:शेर्पा Adhikari:अधिकारी Khadka:खड्का Karki:कार्की "
          "Poudel:पौडेल Bhandari:भण्डारी",
      hon="m:Mr. _F|f:Mrs. _F|_G-ji|m:_G Sir|f:_G Madam|m:_G Sahu|Dr. _F",
      nhon="m:श्री _N|f:श्रीमती _N|_Gजी|m:_G दाइ|f:_G दिदी",
      kin="m:_G dai|f:_G didi|m:_G bhai|f:_G bahini|m:_G mama|f:_G aama",
      nkin="m:_G दाइ|f:_G दिदी|m:_G भाइ|f:_G बहिनी|m:_G मामा",
      ph="+977 98########|98########|+977-98########|+977 97########|01-4######",
      ad="Ward No. {n2}, {ds}, {tw}|House {n}, {st}, {ds}, {tw}",
      nad="वडा नं. {n2}, {ds}, {tw}",
      st="Tinkune Marga|Pulchowk Road|Lazimpat Marg|Hetauda Marg|Tokha Road",
      tw="Kathmandu|Pokhara|Lalitpur|Biratnagar|Butwal|Dharan|Bharatpur|Nepalgunj|Birgunj",
      ntw="काठमाडौं|पोखरा|ललितपुर|विराटनगर|बुटवल|धरान",
      ds="Koteshwor|Baneshwor|Kalanki|Chabahil|Lakeside|Jawalakhel|Kirtipur",
      nds="कोटेश्वर|बानेश्वर|कलंकी|चाबहिल",
      dob="{yyyy}-{mm}-{dd}|{ybs}-{mm}-{dd} BS|{ybs}/{mm}/{dd}|{dd}/{mm}/{yyyy}",
      pp="PA#######|#########",
      co="Dugar Brothers|Chaudhary Group|Himalayan Brewery|Sherpa Adventure Gear",
      nm="Tribhuvan International Airport|Pashupatinath|Dharahara|Bir Hospital",
      cur="NPR {}", plate="Ba # Pa ####"),
    L(code="lk", country="Sri Lanka", langs="si en", natp=0.3,
      gm="Kasun:කසුන් Nuwan:නුවන් Chaminda:චමින්ද Ruwan:රුවන් Saman:සමන් Dinesh:දිනේෂ් "
         "Mahesh:මහේෂ් Tharindu:තරිඳු Lahiru:ලහිරු Sampath:සම්පත් Janaka:ජනක",
      gf="Nadeeka:නදීකා Dilani:දිලානි Chathurika:චතුරිකා Kumari:කුමාරි Sanduni:සඳුනි "
         "Ishara:ඉෂාරා Madhavi:මාධවී Nirmala:නිර්මලා Anusha:අනූෂා Thilini:තිළිණි",
      fam="Perera:පෙරේරා Fernando:ප්‍රනාන්දු Silva:සිල්වා Jayasinghe:ජයසිංහ "
          "Bandara:බණ්ඩාර Wickramasinghe:වික්‍රමසිංහ Rathnayake:රත්නායක "
          "Dissanayake:දිසානායක Herath:හේරත් Gunawardena:ගුණවර්ධන Wijesinghe:විජේසිංහ",
      hon="m:Mr. _F|f:Mrs. _F|f:Miss _F|m:_G aiya|f:_G akka|m:_G mahaththaya|f:_G nona"
          "|Dr. _F",
      nhon="m:_N මහතා|f:_N මහත්මිය|m:_G අයියා|f:_G අක්කා",
      kin="m:_G aiya|f:_G akka|m:_G mama|f:_G nanda|m:_G seeya|f:_G aachchi",
      nkin="m:_G අයියා|f:_G අක්කා|m:_G මාමා|f:_G නැන්දා",
      ph="+94 7# ### ####|07# ### ####|07########|+947########|011 ### ####",
      ad="No. {n}, {st}, {ds}, {tw}|{n}/{n3}, {st}, {tw} {pc}",
      nad="අංක {n}, {st}, {tw}",
      st="Galle Road|Kandy Road|Baseline Road|High Level Road|Negombo Road|Temple Road",
      nst="ගාලු පාර|මහනුවර පාර|පන්සල පාර",
      tw="Colombo|Kandy|Galle|Negombo|Kurunegala|Jaffna|Matara|Ratnapura|Gampaha",
      ntw="කොළඹ|මහනුවර|ගාල්ල|මීගමුව|කුරුණෑගල",
      ds="Dehiwala|Maharagama|Kotte|Wattala|Nugegoda|Moratuwa|Peradeniya|Kadawatha",
      pc="#####", dob="{yyyy}-{mm}-{dd}|{dd}/{mm}/{yyyy}|{yyyy}.{mm}.{dd}",
      pp="N#######|@#######", dl="B#######",
      co="Brandix|MAS Holdings|Hayleys Agriculture|Colombo Dockyard|Watawala Plantations",
      nm="Bandaranaike International Airport|Sri Dalada Maligawa|Galle Face Green|Sigiriya",
      cur="LKR {}", plate="WP @@@-####|CP @@-####"),
    L(code="af", country="Afghanistan", langs="ps fa en", style="pash", natp=0.35,
      gm="Ahmad:احمد Gul:گل Mohammad:محمد Naveed:نوید Hamid:حمید Zabiullah:ذبیح‌الله "
         "Noorullah:نورالله Farid:فرید Shafiq:شفیق Rahmatullah:رحمت‌الله Wahid:وحید",
      gf="Fatima:فاطمه Maryam:مریم Zarmina:زرمینه Nilofar:نیلوفر Shabnam:شبنم Sabira:صابره "
         "Malalai:ملالی Farzana:فرزانه Parwin:پروین Gulalai:ګلالۍ Sima:سیما",
      fam="Ahmadzai:احمدزی Popal:پوپل Sultani:سلطانی Stanikzai:ستانکزی Wardak:وردک Safi:صافی "
          "Niazi:نیازی Hotak:هوتک Mohmand:مومند Hakimi:حکیمی Noori:نوری",
      hon="m:Mr. _F|f:Mrs. _F|Haji _G|Mawlawi _G|Eng. _G|Dr. _G|m:_G Khan|m:_G Jan|f:_G Jan",
      nhon="m:ښاغلی _N|f:میرمن _N|حاجی _G|انجنیر _G|m:_G خان|_G جان",
      kin="m:Kaka _G|f:Khala _G|m:Mama _G|m:Lala _G", nkin="m:کاکا _G|f:خاله _G|m:لالا _G",
      ph="+93 7# ### ####|07# ### ####|07########|+937########|0093 7# ### ####",
      ad="House {n}, Street {n2}, {ds}, {tw}|{st}, House No. {n}, District {n3}, {tw}",
      nad="ناحیه {n3}، سرک {n2}، خانه {n}، {ds}، {tw}",
      st="Darulaman Road|Jalalabad Road|Airport Road|Salang Watt|Qala-e-Fatullah Road",
      tw="Kabul|Herat|Kandahar|Mazar-i-Sharif|Jalalabad|Kunduz|Ghazni",
      ntw="کابل|هرات|کندهار|مزار شریف",
      ds="Karte Char|Khair Khana|Taimani|Shahr-e Naw|Dasht-e Barchi|Kart-e Parwan",
      nds="کارته چهار|خیرخانه|تایمنی|شهر نو",
      dob="{dd}/{mm}/{yyyy}|{ysh}/{mm}/{dd}|{yyyy}-{mm}-{dd}", pp="P########",
      co="Afghan Wireless|Herat saffron co-op|Roshan|Salang transport union",
      nm="Blue Mosque Mazar|Babur Gardens|Kabul University|Hamid Karzai International Airport",
      cur="AFN {}", plate="Kabul ## ###"),
    # ------------------------------------------------------------------ South-East Asia
    L(code="id", country="Indonesia", langs="id jv en", style="idn",
      gm="Budi Agus Joko Sutrisno Bambang Hendra Dedi Slamet Wahyu Rizki Eko Dwi Andi Yusuf",
      gf="Siti Sri Dewi Rina Wulan Ayu Nur Yanti Fitri Indah Lestari Ratna Kartika Putri",
      fam="Santoso Wijaya Hidayat Saputra Susanto Pratama Setiawan Kurniawan Rahayu Gunawan "
          "Nugroho Lubis Siregar Sitompul Hutapea Simanjuntak",
      hon="m:Pak _G|m:Bapak _N|f:Bu _G|f:Ibu _N|m:Mas _G|f:Mbak _G|m:Bang _G|Kak _G|H. _N"
          "|f:Hj. _N|Ir. _N",
      kin="m:Om _G|f:Tante _G|m:Pakde _G|f:Bude _G|m:Paklik _G|f:Bulik _G|m:Mbah _G"
          "|f:Nenek _G",
      ph="+62 8##-####-####|08##-####-####|08##########|+628#########|0812 #### ####"
         "|(021) ### ####",
      ad="Jl. {st} No. {n}, RT {n3}/RW {n2}, {ds}, {tw} {pc}|Jl. {st} No. {n}, {ds}, {tw}"
         "|Gg. {st} {n2} No. {n}, {ds}, {tw} {pc}|Perum {st} Blok C{n3} No. {n}, {tw}",
      st="Merdeka|Pahlawan|Kenanga|Melati|Mawar|Cempaka Putih|Raya Bogor|Ahmad Yani|Kartini"
         "|Diponegoro",
      tw="Jakarta Timur|Bekasi|Surabaya|Medan|Bandung|Semarang|Makassar|Tangerang|Cikarang"
         "|Batam|Pontianak",
      ds="Kec. Cakung|Kec. Tambun Selatan|Kec. Rungkut|Kel. Sukajadi|Kec. Medan Baru"
         "|Kec. Ciledug|Kec. Tanjung Priok|Kec. Batu Ampar",
      pc="#####", dob="{dd}-{mm}-{yyyy}|{d} {mon} {yyyy}|{dd}/{mm}/{yyyy}", ml="id",
      pp="@#######|@@ ######", dl="####-####-######",
      co="PT Astra Agro Lestari|PT Indofood CBP|PT Pelindo|PT JNE|Koperasi Unit Desa Makmur",
      nm="Bandara Soekarno-Hatta|Jl. Jenderal Sudirman|Monas|Universitas Gadjah Mada"
         "|Masjid Istiqlal|RS Cipto Mangunkusumo",
      cur="Rp{}", plate="B #### @@@|L #### @@|D #### @@"),
    L(code="my", country="Malaysia", langs="ms en", style="malay",
      gm="Ahmad Mohd_Faizal Muhammad_Hafiz Azman Rosli Kamarul Syafiq Hafiz Zulkifli Ismail "
         "Rahman Amirul",
      gf="Nur_Aisyah Siti_Nurhaliza Nurul_Huda Farah Aminah Zarina Rosnah Salmah Nor_Azlina "
         "Haslinda Norhayati Intan",
      hon="m:Encik _N|f:Puan _N|f:Cik _N|Dato' _N|Haji _G|f:Hajah _G|Tuan _N|Dr. _N"
          "|m:Abang _G|f:Kak _G",
      kin="m:Pak Cik _G|f:Mak Cik _G|m:Abang _G|f:Kakak _G|f:Mak Long _G|m:Pak Ngah _G"
          "|m:Atuk _G|f:Opah _G",
      ph="+60 1#-### ####|01#-### ####|01########|+601########|+60 3-#### ####|011-#### ####",
      ad="No. {n}, Jalan {st} {n3}, Taman {ds}, {pc} {tw}|Lot {n}, Kampung {ds}, {pc} {tw}"
         "|{n}-{n2}-{n3}, Jalan {st}, {ds}, {pc} {tw}",
      st="Ampang|Bunga Raya|Kenanga|Merdeka|Ipoh|Cheras|Kebun Teh|Perindustrian|Mawar",
      tw="Kuala Lumpur|Shah Alam|Johor Bahru|Klang|Ipoh|Penang|Kota Kinabalu|Kuching|Seremban",
      ds="Sri Muda|Melawati|Desa Jaya|Bukit Indah|Seri Kembangan|Permai|Setia Alam",
      pc="#####", dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}|{dd}-{mm}-{yyyy}", ml="ms",
      pp="@########", dl="D########",
      co="FGV Holdings|Sime Darby Plantation|Top Glove|Westports Malaysia|Gamuda",
      nm="KLIA|Menara Kuala Lumpur|Masjid Negara|Hospital Tunku Azizah"
         "|Universiti Putra Malaysia",
      cur="RM{}", plate="W@@ ####|J@@ ####|B@@ ####"),
    L(code="ph", country="Philippines", langs="tl en", style="ph",
      gm="Jose Juan Mark Ronaldo Jericho Rommel Arnel Ariel Carlo Jayson Reynaldo Efren Noel",
      gf="Maria Kristine Rowena Maricel Jocelyn Lorna Divina Cherry Rhea Jennifer Angelica "
         "Rosalie Marites",
      fam="Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Dela_Cruz Villanueva Aquino Ramos "
          "Castillo Manalo Soriano Pascual Dizon Macaraeg",
      nick="Jun-Jun Bong Boy Nonoy Tonton Dodong Inday Neneng Baby Ging Jojo Lenlen",
      hon="m:Mr. _F|f:Mrs. _F|f:Ms. _F|Engr. _F|Atty. _F|Dr. _F|m:Sir _G|f:Ma'am _G"
          "|m:Mang _G|f:Aling _G|Kap. _G",
      kin="m:Kuya _G|f:Ate _G|f:Tita _G|m:Tito _G|f:Lola _G|m:Lolo _G|f:Manang _G"
          "|m:Manong _G|m:Kuya _K|f:Ate _K",
      ph="+63 9## ### ####|09## ### ####|09#########|+639#########|0917-###-####"
         "|(02) 8### ####",
      ad="{n} {st} St., Brgy. {ds}, {tw}|Blk {n3} Lot {n2}, {st}, {ds}, {tw} {pc}"
         "|Unit {flat}, {n} {st}, Brgy. {ds}, {tw}|Purok {n3}, Brgy. {ds}, {tw}",
      st="Mabini|Rizal|Bonifacio|Luna|Del Pilar|Aguinaldo|Burgos|Sampaguita|Magsaysay"
         "|Kalayaan",
      tw="Quezon City|Caloocan|Cebu City|Davao City|Pasig|Bacolod|Iloilo City"
         "|General Santos|Batangas City|Tacloban",
      ds="San Isidro|Bagong Silang|Poblacion|Santo Niño|Tondo|Malanday|San Roque|Lahug",
      pc="####", dob="{mm}/{dd}/{yyyy}|{mon} {d}, {yyyy}|{dd}-{mon3}-{yyyy}|{yyyy}-{mm}-{dd}",
      pp="P#######@|P########", dl="@##-##-######",
      co="Dole Philippines|San Miguel Foods|Magsaysay Maritime|PTC Global Crewing"
         "|Del Monte Philippines|2GO Shipping",
      nm="Ninoy Aquino International Airport|Rizal Park|Jose Rizal University"
         "|Quirino Grandstand|Santo Niño de Cebu Basilica|Magellan's Cross",
      cur="₱{}", plate="@@@ ####"),
    L(code="vn", country="Vietnam", langs="vi en", style="vn",
      gm="An Bình Cường Dũng Hùng Hải Minh Nam Phúc Quang Sơn Tuấn Thắng Long Huy",
      gf="Lan Hoa Hương Hằng Linh Mai Ngọc Phương Thảo Trang Vy Yến Nhung Hạnh",
      fam="Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương",
      patm="Văn Đức Minh Quốc Hữu Thành Công", patf="Thị Ngọc Thu Thanh Kim Mỹ Thùy",
      hon="m:Anh _G|f:Chị _G|m:Mr. _G|f:Ms. _G|m:Ông _N|f:Bà _N|f:Cô _G|m:Chú _G",
      kin="m:Chú _G|f:Cô _G|f:Dì _G|m:Bác _G|m:Anh _G|f:Chị _G|Em _G",
      ph="+84 9# ### ## ##|09# ### ####|09########|+849########|03# ### ####"
         "|+84 3# ### ####",
      ad="Số {n} {st}, Phường {n2}, Quận {n3}, {tw}|{n}/{n2} {st}, P. {ds}, {tw}",
      st="Lê Lợi|Nguyễn Trãi|Hai Bà Trưng|Trần Hưng Đạo|Lý Thường Kiệt|Cách Mạng Tháng Tám"
         "|Phan Đình Phùng|Điện Biên Phủ|Lê Văn Sỹ",
      tw="TP. Hồ Chí Minh|Hà Nội|Hải Phòng|Đà Nẵng|Bình Dương|Đồng Nai|Cần Thơ|Bắc Ninh",
      ds="Bến Nghé|Tân Định|Linh Trung|Hiệp Bình Chánh|Thuận Giao|Dĩ An|Láng Hạ",
      dob="{dd}/{mm}/{yyyy}|{d}/{m}/{yyyy}|{dd}-{mm}-{yyyy}", ml="vi", pp="C#######|@########",
      dl="############",
      co="Pouchen Việt Nam|Vinamilk|Hòa Phát|Tân Cảng Sài Gòn|Viettel Post",
      nm="Sân bay Tân Sơn Nhất|Lăng Chủ tịch Hồ Chí Minh|Chợ Bến Thành|bệnh viện Bạch Mai"
         "|Cầu Rồng",
      cur="{} VND", plate="51F-###.##|29A-###.##"),
    L(code="th", country="Thailand", langs="th en", natp=0.3,
      gm="Somchai:สมชาย Somsak:สมศักดิ์ Anan:อนันต์ Prasert:ประเสริฐ Wichai:วิชัย "
         "Nattapong:ณัฐพงษ์ Kittisak:กิตติศักดิ์ Chaiwat:ชัยวัฒน์ Sompong:สมปอง "
         "Thawatchai:ธวัชชัย Boonmee:บุญมี",
      gf="Malee:มาลี Siriporn:ศิริพร Nittaya:นิตยา Wanida:วนิดา Pornthip:พรทิพย์ "
         "Sunisa:สุนิสา Kanokwan:กนกวรรณ Ratana:รัตนา Sasithorn:ศศิธร Jintana:จินตนา "
         "Duangjai:ดวงใจ",
      fam="Saetang:แซ่ตั้ง Srisuk:ศรีสุข Wongsawat:วงศ์สวัสดิ์ Boonyarat:บุญยรัตน์ "
          "Phromma:พรหมมา Kaewmanee:แก้วมณี Thongdee:ทองดี Rattanakorn:รัตนากร "
          "Sukjai:สุขใจ Jaidee:ใจดี Inthasorn:อินทสร",
      nick="Noi:น้อย Lek:เล็ก Som:ส้ม Nok:นก Ton:ต้น Bank:แบงค์ Ploy:พลอย Joy:จอย "
           "Beer:เบียร์ Aom:ออม Oat:โอ๊ต",
      hon="Khun _G|Khun _K|m:Mr. _G|f:Ms. _G|m:Nai _N|f:Nang _N|f:Nangsao _N|P' _K|N' _K",
      nhon="คุณ_G|คุณ_K|m:นาย_N|f:นาง_N|f:นางสาว_N|พี่_K|น้อง_K",
      kin="P' _K|N' _K|m:Lung _G|f:Pa _G|f:Yai _G|m:Ta _G",
      nkin="พี่_K|น้อง_K|m:ลุง_G|f:ป้า_G|f:ยาย_G|m:ตา_G",
      ph="+66 8#-###-####|08#-###-####|08########|+668########|+66 9# ### ####"
         "|06#-###-####|02-###-####",
      ad="{n}/{n2} Moo {n3}, {st} Rd., T. {ds}, {tw} {pc}|{n}/{n2} Soi {st} {n3}, {ds}, {tw} {pc}",
      nad="{n}/{n2} หมู่ {n3} ถนน{st} ต.{ds} {tw} {pc}|{n}/{n2} ซอย{st} {n3} แขวง{ds} {tw} {pc}",
      st="Sukhumvit|Phahonyothin|Rama IV|Srinakarin|Bang Na-Trat|Mittraphap|Lat Phrao",
      nst="สุขุมวิท|พหลโยธิน|พระราม 4|ศรีนครินทร์|บางนา-ตราด|มิตรภาพ|ลาดพร้าว",
      tw="Bangkok|Chon Buri|Samut Prakan|Rayong|Chiang Mai|Nakhon Ratchasima|Samut Sakhon",
      ntw="กรุงเทพฯ|ชลบุรี|สมุทรปราการ|ระยอง|เชียงใหม่|สมุทรสาคร",
      ds="Bang Phli|Si Racha|Mahachai|Bang Kapi|Lat Krabang|Map Ta Phut",
      nds="บางพลี|ศรีราชา|มหาชัย|บางกะปิ|ลาดกระบัง", pc="#####",
      dob="{dd}/{mm}/{ybe}|{d} {mon} {ybe}|{dd}/{mm}/{yyyy}|{yyyy}-{mm}-{dd}", ml="th",
      pp="@@#######", dl="########",
      co="CP Foods|Thai Union|Mitr Phol|SCG|Laem Chabang International Terminal|Betagro",
      nm="Suvarnabhumi Airport|Wat Phra Kaew|Chulalongkorn University|Siriraj Hospital",
      cur="฿{}", plate="1กข ####|ฒพ ####"),
    L(code="mm", country="Myanmar", langs="my en", style="mono", natp=0.3,
      gm="Aung_Kyaw_Moe:အောင်ကျော်မိုး Zaw_Min_Htut:ဇော်မင်းထွဋ် Kyaw_Zin_Latt:ကျော်ဇင်လတ် "
         "Min_Thu:မင်းသူ Htet_Aung:ထက်အောင် Soe_Win:စိုးဝင်း Tun_Tun_Naing:ထွန်းထွန်းနိုင် "
         "Myo_Min_Oo:မျိုးမင်းဦး Thant_Zin:သန့်ဇင် Naing_Lin:နိုင်လင်း",
      gf="Thandar_Aye:သန္တာအေး Hnin_Wai:နှင်းဝေ Su_Su_Hlaing:စုစုလှိုင် May_Thu:မေသူ "
         "Khin_Mar_Win:ခင်မာဝင်း Ei_Phyu:အိဖြူ Nilar_Win:နီလာဝင်း Thida_Oo:သီတာဦး "
         "Phyu_Phyu_Kyaw:ဖြူဖြူကျော် Wai_Wai_Khine:ဝေဝေခိုင်",
      hon="m:U _N|f:Daw _N|m:Ko _N|f:Ma _N|m:Maung _N|Dr. _N",
      nhon="m:ဦး_N|f:ဒေါ်_N|m:ကို_N|f:မ_N", kin="m:Ako _N|f:Ama _N", nkin="m:အကို_N|f:အမ_N",
      ph="+95 9 ### ### ###|09 ### ### ###|09#########|+959#########",
      ad="No. {n}, {st} Street, {ds} Township, {tw}"
         "|Room {flat}, Building {n3}, {st} Road, {ds}, {tw}",
      nad="အမှတ် {n}၊ {st}လမ်း၊ {ds}မြို့နယ်၊ {tw}",
      st="Bogyoke Aung San|Anawrahta|Pyay|Insein|Thanlwin|Strand|Baho",
      nst="ဗိုလ်ချုပ်အောင်ဆန်း|အနော်ရထာ|ပြည်|အင်းစိန်",
      tw="Yangon|Mandalay|Mawlamyine|Bago|Pathein|Myawaddy", ntw="ရန်ကုန်|မန္တလေး|မော်လမြိုင်",
      ds="Hlaing Tharyar|Insein|Thaketa|South Dagon|Mingaladon|Kamayut|Shwepyitha",
      nds="လှိုင်သာယာ|အင်းစိန်|သာကေတ|မင်္ဂလာဒုံ",
      dob="{dd}/{mm}/{yyyy}|{dd}-{mm}-{yyyy}|{d} {mon} {yyyy}", pp="M@######|MC######",
      co="Myanmar Brewery|Hlaing Tharyar garment factory|Asia World Port|KBZ",
      nm="Shwedagon Pagoda|Yangon International Airport|Bogyoke Market|Sule Pagoda",
      cur="{} MMK", plate="#@/####"),
    L(code="kh", country="Cambodia", langs="km en", style="east", natp=0.3,
      gm="Dara:តារា Sokha:សុខា Vuthy:វុទ្ធី Sophal:សុផល Visal:វិសាល Rithy:ឫទ្ធី "
         "Piseth:ពិសិដ្ឋ Sovann:សុវណ្ណ Kosal:កុសល Vannak:វណ្ណៈ Samnang:សំណាង",
      gf="Sreymom:ស្រីមុំ Sophea:សុភា Chanthy:ចាន់ធី Bopha:បុប្ផា Channary:ចន្ថារី "
         "Raksmey:រស្មី Sokunthea:សុគន្ធា Vanna:វណ្ណា Leakhena:លក្ខិណា Dalin:ដាលីន",
      fam="Sok:សុខ Chan:ចាន់ Kim:គីម Heng:ហេង Meas:មាស Chea:ជា Ly:លី Pich:ពេជ្រ Keo:កែវ "
          "Nuon:នួន Seng:សេង Touch:ទូច",
      hon="m:Lok _N|f:Lok Srey _N|Bong _G|m:Mr. _N|f:Ms. _N",
      nhon="m:លោក _N|f:លោកស្រី _N|បង _G",
      kin="Bong _G|m:Pou _G|f:Ming _G|f:Yeay _G|m:Ta _G", nkin="បង_G|m:ពូ_G|f:មីង_G|f:យាយ_G",
      ph="+855 1# ### ###|01# ### ###|+855 9# ### ###|09# ### ####|+8551#######",
      ad="#{n}, St. {n3}{n2}, Sangkat {ds}, Khan {st}, {tw}"
         "|House {n}, Street {n2}{n3}, Phum {n3}, {ds}, {tw}",
      nad="ផ្ទះលេខ {n} ផ្លូវ {n3}{n2} {ds} {tw}",
      st="Chamkarmon|Toul Kork|Mean Chey|Sen Sok|Por Senchey|Russey Keo",
      tw="Phnom Penh|Siem Reap|Battambang|Sihanoukville|Kampong Cham|Poipet",
      ntw="ភ្នំពេញ|សៀមរាប|បាត់ដំបង",
      ds="Boeung Keng Kang|Tuol Svay Prey|Chak Angre|Stung Meanchey|Phsar Depo|Kakab",
      nds="បឹងកេងកង|ទួលស្វាយព្រៃ|ចាក់អង្រែ",
      dob="{dd}/{mm}/{yyyy}|{dd}-{mm}-{yyyy}|{d} {mon} {yyyy}", pp="N#######",
      co="Angkor Beer|Phnom Penh Autonomous Port|Smart Axiata|Sihanoukville SEZ",
      nm="Angkor Wat|Norodom Boulevard|Independence Monument|Calmette Hospital",
      cur="USD {}", plate="2@-####"),
    L(code="sg", country="Singapore", langs="en zh", style="east", natp=0.15, nsep="",
      gm="Wei_Ming:伟明 Jun_Jie:俊杰 Kok_Leong:国良 Chee_Keong:志强 Yong_Sheng:永生 "
         "Zhi_Hao:志豪 Kah_Wai:嘉伟 Teck_Huat:德发 Beng_Hock:明福",
      gf="Mei_Ling:美玲 Hui_Min:慧敏 Siew_Lan:秀兰 Li_Ting:丽婷 Pei_Shan:佩珊 Xin_Yi:欣怡 "
         "Shu_Fen:淑芬 Geok_Choo:玉珠 Jia_Hui:佳慧",
      fam="Tan:陈 Lim:林 Lee:李 Ng:黄 Ong:王 Goh:吴 Chua:蔡 Koh:许 Teo:张 Ang:洪",
      nick="Jason Kelvin Melvin Jasmine Sharon Desmond Alvin Cheryl Vanessa Royston Shirley",
      hon="m:Mr _F|f:Mrs _F|f:Ms _F|m:Uncle _F|f:Auntie _F|Dr _F",
      nhon="m:_F先生|f:_F小姐|_F师傅|_F老板",
      kin="m:Uncle _K|f:Auntie _K|Ah _F|m:Ah Kor _K|f:Ah Jie _K",
      nkin="m:_F叔|f:_F姨|m:_F哥|f:_F姐",
      ph="+65 9### ####|+65 8### ####|9### ####|8#######|6### ####|+65 6### ####",
      ad="Blk {n} {st} Ave {n3}, #{n2}-{flat}, Singapore {pc}"
         "|{n} {st} Road, #0{n3}-{flat}, Singapore {pc}|Blk {n} {st} St {n3}, #{n2}-{flat}, S{pc}",
      st="Jurong West|Woodlands|Tampines|Ang Mo Kio|Bedok North|Yishun|Choa Chu Kang"
         "|Bukit Batok|Hougang",
      tw="Singapore", pc="######", dob="{dd}/{mm}/{yyyy}|{d} {mon3} {yyyy}|{yyyy}-{mm}-{dd}",
      pp="E#######@|K#######@", dl="S#######@",
      co="PSA Singapore|Keppel Shipyard|SATS|Ng Kee Construction|Pan-United",
      nm="Changi Airport|Raffles Place|Tan Tock Seng Hospital|Sultan Mosque|Jurong Port",
      cur="S${}", plate="S@@ ####@|G@@ ####@"),
    # ------------------------------------------------------------------ East Asia
    L(code="cn", country="China", langs="zh en", style="east", natp=0.5, nsep="",
      gm="Jianguo:建国 Wei:伟 Qiang:强 Lei:磊 Jun:军 Yong:勇 Hao:浩 Ming:明 Tao:涛 "
         "Chao:超 Gang:刚 Zhiqiang:志强 Haitao:海涛 Dawei:大伟",
      gf="Fang:芳 Li:丽 Min:敏 Jing:静 Yan:燕 Xiuying:秀英 Guiying:桂英 Hong:红 "
         "Xiaomei:晓梅 Lina:丽娜 Juan:娟 Ping:萍 Yuqing:雨晴 Hui:慧",
      fam="Wang:王 Li:李 Zhang:张 Liu:刘 Chen:陈 Yang:杨 Zhao:赵 Huang:黄 Zhou:周 Wu:吴 "
          "Xu:徐 Sun:孙 Ma:马 Zhu:朱 Hu:胡 Guo:郭",
      hon="m:Mr. _F|f:Ms. _F|Lao _F|Xiao _F|_F shifu|_F gong|_F jingli|_F laoban",
      nhon="_F师傅|_F工|_F经理|_F总|老_F|小_F|_F老板|m:_N先生|f:_N女士|_F老师",
      kin="m:_F shushu|f:_F ayi|m:_F ge|f:_F jie|m:_F daye|f:_F dama",
      nkin="m:_F叔|f:_F阿姨|m:_F哥|f:_F姐|m:_F大爷|f:_F大妈|m:老_F",
      ph="+86 1## #### ####|1##########|+86 1##########|1## #### ####|+86-1##-####-####"
         "|021-########|0755-########",
      ad="No. {n}, {st} Road, {ds} District, {tw} {pc}"
         "|Room {flat}0{n3}, Building {n2}, {n} {st} Road, {ds}, {tw}",
      nad="{tw}{ds}{st}{n}号|{tw}{ds}{st}{n}号{n3}栋{n2}0{n3}室|{tw}{ds}{st}{n}弄{n3}号{n2}0{flat}室",
      st="Zhongshan|Renmin|Jiefang|Heping|Jianshe|Xinhua|Binhe|Gongye|Huanghe",
      nst="中山路|人民路|解放路|和平路|建设路|新华路|滨河路|工业大道|黄河路",
      tw="Shenzhen|Dongguan|Guangzhou|Shanghai|Ningbo|Qingdao|Chongqing|Chengdu|Yiwu",
      ntw="深圳市|东莞市|广州市|上海市|宁波市|青岛市|重庆市|成都市|义乌市",
      ds="Bao'an|Longgang|Chang'an|Baiyun|Pudong|Beilun|Huangdao|Jiangbei|Pidu",
      nds="宝安区|龙岗区|长安镇|白云区|浦东新区|北仑区|黄岛区|江北区|郫都区", pc="######",
      dob="{yyyy}年{m}月{d}日|{yyyy}-{mm}-{dd}|{yyyy}.{mm}.{dd}|{yyyy}/{m}/{d}",
      pp="E########|E@#######", dl="##############",
      dom="qq.com 163.com 126.com sina.com",
      co="Foxconn|BYD supplier|COSCO Shipping|SF Express|Midea|Yiwu wholesale market stall",
      nm="Sun Yat-sen University|Baiyun Airport|Zhongshan Park|Lu Xun Museum|Yangtze River",
      cur="¥{}", plate="粤B·#####|沪A·####@|浙B·#####"),
    L(code="tw", country="Taiwan", langs="zh en", style="east", natp=0.45, nsep="",
      gm="Chia-Hao:家豪 Chih-Ming:志明 Chun-Hung:俊宏 Wei-Lun:偉倫 Kuan-Yu:冠宇 "
         "Tsung-Han:宗翰 Cheng-Yu:承宇 Yu-Sheng:裕盛 Ming-Hsun:明勳 Po-Wei:柏維",
      gf="Shu-Fen:淑芬 Mei-Ling:美玲 Ya-Ting:雅婷 Yi-Chun:怡君 Hsiao-Wen:筱雯 Pei-Yu:佩瑜 "
         "Hui-Ju:惠如 Chia-Ying:佳穎 Yu-Ting:郁婷 Li-Hua:麗華",
      fam="Chen:陳 Lin:林 Huang:黃 Chang:張 Lee:李 Wang:王 Wu:吳 Liu:劉 Tsai:蔡 Yang:楊 "
          "Hsu:許 Cheng:鄭 Hsieh:謝 Kuo:郭",
      hon="m:Mr. _F|f:Ms. _F|_F ge|_F jie|A-_G",
      nhon="m:_F先生|f:_F小姐|_F師傅|_F經理|阿_G|_F老闆|_F主任",
      kin="m:_F shushu|f:_F ayi|m:A-_G ge|f:A-_G jie",
      nkin="m:_F叔叔|f:_F阿姨|m:_F大哥|f:_F大姐",
      ph="+886 9## ### ###|09##-###-###|09########|+8869########|(02) ####-####",
      ad="No. {n}, Ln. {n3}, Sec. {n3}, {st} Rd., {ds} Dist., {tw} {pc}"
         "|{n3}F., No. {n}, {st} St., {ds}, {tw}",
      nad="{tw}{ds}{st}{n3}段{n}號{n3}樓|{tw}{ds}{st}{n3}巷{n}號",
      st="Zhongxiao|Minsheng|Zhongzheng|Fuxing|Heping|Xinyi|Chenggong|Ziyou|Minzu",
      nst="忠孝東路|民生路|中正路|復興路|和平東路|信義路|成功路|自由路",
      tw="Taipei City|New Taipei City|Taoyuan|Taichung|Kaohsiung|Tainan|Hsinchu",
      ntw="臺北市|新北市|桃園市|臺中市|高雄市|臺南市|新竹市",
      ds="Da'an|Banqiao|Zhongli|Xitun|Sanmin|Annan|Luzhu|Xinzhuang",
      nds="大安區|板橋區|中壢區|西屯區|三民區|安南區|蘆竹區|新莊區", pc="###",
      dob="民國{yroc}年{m}月{d}日|{yyyy}/{mm}/{dd}|{yroc}/{mm}/{dd}|{yyyy}-{mm}-{dd}",
      pp="3########", dl="@#########",
      co="Foxconn Tucheng|Evergreen Marine|Formosa Plastics|Giant Bicycles"
         "|Kaohsiung Port Corp",
      nm="Chiang Kai-shek Memorial Hall|Taoyuan International Airport"
         "|Sun Yat-sen Memorial Hall|Taipei 101",
      cur="NT${}", plate="@@@-####"),
    L(code="hk", country="Hong Kong", langs="zh en", style="east", natp=0.35, nsep="",
      gm="Ka_Ho:家豪 Chi_Keung:志強 Wai_Man:偉文 Kwok_Wing:國榮 Siu_Ming:少明 "
         "Tsz_Hin:梓軒 Chun_Kit:俊傑 Yiu_Fai:耀輝 Hon_Wah:漢華 Kin_Chung:健聰",
      gf="Mei_Ling:美玲 Wing_Yan:詠欣 Siu_Wai:小慧 Ka_Yan:嘉欣 Lai_Ying:麗英 Suk_Fan:淑芬 "
         "Hoi_Yan:凱欣 Man_Yee:敏儀 Yuk_Lan:玉蘭 Pui_Shan:佩珊",
      fam="Chan:陳 Wong:黃 Lee:李 Cheung:張 Lau:劉 Ho:何 Leung:梁 Lam:林 Tsang:曾 Chow:周 "
          "Ng:吳 Yip:葉 Tang:鄧 Kwok:郭",
      nick="Kelvin Jacky Ivan Winnie Cindy Ken Tommy Peggy Alan Candy Eric Vivian",
      hon="m:Mr _F|f:Ms _F|f:Mrs _F|Ah _F|_F sir|f:_F Tai|_F Sifu",
      nhon="m:_F生|f:_F小姐|f:_F太|_F師傅|阿_F|_F sir",
      kin="m:_F Suk|f:_F Sum|m:_F Gor|f:_F Je", nkin="m:_F叔|f:_F嬸|m:_F哥|f:_F姐|f:_F姨",
      ph="+852 9### ####|+852 6### ####|9### ####|6#######|5### ####|+852 2### ####",
      ad="Flat {flat}, {n3}/F, {n} {st}, {ds}, {tw}|Rm {flat}0{n3}, {n3}/F, {n} {st}, {ds}"
         "|Flat {flat}, {n3}/F, Block {n2}, {ds} Estate, {tw}",
      nad="{tw}{ds}{st}{n}號{n3}樓{flat}室",
      st="Nathan Road|Castle Peak Road|Sai Yeung Choi Street|Shau Kei Wan Road|Tai Po Road"
         "|Lai Chi Kok Road|Kwun Tong Road",
      nst="彌敦道|青山公路|西洋菜街|筲箕灣道|大埔道|荔枝角道|觀塘道",
      tw="Kowloon|Hong Kong|New Territories", ntw="九龍|香港|新界",
      ds="Mong Kok|Sham Shui Po|Kwun Tong|Tsuen Wan|Shau Kei Wan|Yuen Long|Tin Shui Wai",
      nds="旺角|深水埗|觀塘|荃灣|筲箕灣|元朗|天水圍",
      dob="{dd}/{mm}/{yyyy}|{yyyy}年{m}月{d}日|{d} {mon3} {yyyy}", pp="K########|H########",
      dl="@#######",
      co="Modern Terminals|Hongkong International Terminals|Gammon Construction"
         "|Kerry Logistics|Vitasoy",
      nm="Queen Elizabeth Hospital|Prince Edward station|Victoria Harbour|Lion Rock"
         "|Queen Mary Hospital",
      cur="HK${}", plate="@@ ####"),
    L(code="jp", country="Japan", langs="ja en", style="east", natp=0.5,
      gm="Taro:太郎 Hiroshi:浩 Takeshi:武 Kenji:健二 Daisuke:大輔 Shota:翔太 Kazuya:和也 "
         "Makoto:誠 Satoshi:聡 Tsuyoshi:剛 Ryo:涼",
      gf="Yoko:洋子 Keiko:恵子 Yumi:由美 Aiko:愛子 Naomi:直美 Sakura:さくら Haruka:遥 "
         "Mika:美香 Emi:恵美 Tomoko:智子 Ayaka:彩花 Kaori:香織",
      fam="Yamada:山田 Sato:佐藤 Suzuki:鈴木 Takahashi:高橋 Tanaka:田中 Watanabe:渡辺 "
          "Ito:伊藤 Nakamura:中村 Kobayashi:小林 Kato:加藤 Yoshida:吉田 Matsumoto:松本 "
          "Inoue:井上",
      hon="_F-san|_G-san|_F-sensei|_F-kun|f:_G-chan|_F-buchō|_F-sama|m:Mr. _F|f:Ms. _F",
      nhon="_Fさん|_Gさん|_F先生|_Fくん|f:_Gちゃん|_F部長|_F様|_N様|_F班長|_F課長",
      kin="m:_F-ojisan|f:_F-obasan|m:_G-niisan|f:_G-neesan",
      nkin="m:_Fのおじさん|f:_Fのおばさん|m:_G兄さん|f:_G姉さん|f:_Gばあちゃん|m:_Gじいちゃん",
      ph="+81 90-####-####|090-####-####|080-####-####|+81 80 #### ####|070########"
         "|03-####-####|06-####-####|+81-3-####-####",
      ad="{n2}-{n3}-{n} {st}, {ds}, {tw} {pc}|{st} {n2}-chome {n3}-{n}, {ds}, {tw}",
      nad="〒{pc} {tw}{ds}{st}{n2}丁目{n3}番{n}号"
          "|{tw}{ds}{st}{n2}-{n3}-{n} コーポ{st}{flat}0{n3}号室",
      st="Sakae|Minamisuna|Higashi-Ikebukuro|Hommachi|Kamata|Nishi-Shinjuku|Oyama"
         "|Kita-Senju",
      nst="栄|南砂|東池袋|本町|蒲田|西新宿|大山|北千住",
      tw="Tokyo|Nagoya|Osaka|Yokohama|Kobe|Hamamatsu|Fukuoka|Sapporo",
      ntw="東京都|愛知県名古屋市|大阪府大阪市|神奈川県横浜市|兵庫県神戸市|静岡県浜松市",
      ds="Koto-ku|Naka-ku|Ota-ku|Adachi-ku|Minato-ku|Chuo-ku|Kita-ku|Tsurumi-ku",
      nds="江東区|中区|大田区|足立区|港区|中央区|北区|鶴見区", pc="###-####",
      dob="{yyyy}年{m}月{d}日|{jera}{m}月{d}日|{yyyy}/{mm}/{dd}|{yyyy}-{mm}-{dd}",
      pp="@@#######", dl="############",
      dom="gmail.com yahoo.co.jp docomo.ne.jp ezweb.ne.jp i.softbank.jp",
      co="丸山建設株式会社|Nippon Express|Yamato Transport|JA Zen-Noh|Toyota Boshoku supplier",
      nm="Narita Airport|Tokugawa Ieyasu statue|Tokyo Skytree|Keio University"
         "|Tsukiji Outer Market",
      cur="¥{}", plate="品川 500 さ ##-##|なにわ 300 あ ##-##"),
    L(code="kr", country="South Korea", langs="ko en", style="east", natp=0.5, nsep="",
      gm="Min-jun:민준 Ji-hoon:지훈 Seung-hyun:승현 Dong-hyun:동현 Jae-won:재원 "
         "Hyun-woo:현우 Sung-min:성민 Young-ho:영호 Kwang-soo:광수 Jun-ho:준호 Sang-woo:상우",
      gf="Ji-yeon:지연 Min-ji:민지 Seo-yeon:서연 Eun-ji:은지 Hye-jin:혜진 Soo-jin:수진 "
         "Yu-na:유나 Mi-kyung:미경 Jung-hee:정희 Ha-eun:하은 Young-mi:영미 Sun-hee:선희",
      fam="Kim:김 Lee:이 Park:박 Choi:최 Jung:정 Kang:강 Cho:조 Yoon:윤 Jang:장 Lim:임 "
          "Han:한 Oh:오 Seo:서 Shin:신",
      hon="_N-ssi|_F sajangnim|_F timjangnim|m:Mr. _F|f:Ms. _F|_F bujangnim|_G-nim",
      nhon="_N 씨|_N님|_F 사장님|_F 팀장님|_F 부장님|_F 과장님|_F 반장님|_N 기사님|_F 선생님",
      kin="m:_G hyung|f:_G noona|f:_G unni|m:_G oppa|f:_F imo|m:_F samchon",
      nkin="m:_G 형|f:_G 누나|f:_G 언니|m:_G 오빠|f:_G 이모|m:_F 삼촌|f:_F 이모님",
      ph="+82 10-####-####|010-####-####|010########|+8210########|02-###-####"
         "|031-###-####",
      ad="{n}, {st}-ro {n2}beon-gil, {ds}, {tw} {pc}|{n} {st}-ro, {ds}, {tw}, #{n3}0{n2}",
      nad="{tw} {ds} {st}로 {n}|{tw} {ds} {st}로{n2}번길 {n} {n3}0{n2}호",
      st="Teheran|Gongdan|Sandan|Jungang|Haean|Geumho|Dongil|Siheung-daero|Gyeongin",
      nst="테헤란|공단|산단|중앙|해안|금호|동일|시흥대|경인",
      tw="Seoul|Ansan-si|Incheon|Busan|Hwaseong-si|Gimhae-si|Ulsan|Pyeongtaek-si",
      ntw="서울특별시|안산시|인천광역시|부산광역시|화성시|김해시|울산광역시",
      ds="Danwon-gu|Namdong-gu|Saha-gu|Guro-gu|Geumcheon-gu|Dong-gu|Hyangnam-eup",
      nds="단원구|남동구|사하구|구로구|금천구|동구|향남읍", pc="#####",
      dob="{yyyy}년 {m}월 {d}일|{yyyy}.{mm}.{dd}|{yy}{mm}{dd}|{yyyy}-{mm}-{dd}",
      pp="M########|M###@####", dl="##-##-######-##",
      dom="naver.com daum.net gmail.com kakao.com",
      co="Hanjin Transportation|CJ Logistics|Busan New Port|POSCO contractor"
         "|현대중공업 협력업체",
      nm="Incheon International Airport|Sejong-daero|Yi Sun-sin statue|Gyeongbokgung"
         "|Haeundae Beach",
      cur="{}원", plate="##가 ####|###나 ####"),
    L(code="mn", country="Mongolia", langs="mn en", style="hu", natp=0.35,
      gm="Ganbold:Ганболд Bat-Erdene:Бат-Эрдэнэ Tömörbaatar:Төмөрбаатар Enkhbayar:Энхбаяр "
         "Batbold:Батболд Munkh-Orgil:Мөнх-Оргил Temuulen:Тэмүүлэн Erdenebat:Эрдэнэбат",
      gf="Oyuunchimeg:Оюунчимэг Sarangerel:Сарангэрэл Bolormaa:Болормаа Enkhtuya:Энхтуяа "
         "Altantsetseg:Алтанцэцэг Naranjargal:Наранжаргал Khulan:Хулан Anujin:Анужин",
      fam="Batbayar:Батбаяр Dorj:Дорж Gantulga:Гантулга Tserendorj:Цэрэндорж "
          "Purevdorj:Пүрэвдорж Baatar:Баатар Otgon:Отгон Nyamdorj:Нямдорж "
          "Davaasuren:Даваасүрэн",
      hon="m:Mr. _G|f:Ms. _G|_G guai|_G bagsh|_G darga",
      nhon="_G гуай|_G багш|_G дарга|m:_G ах|f:_G эгч",
      kin="m:_G akh|f:_G egch|m:_G avga", nkin="m:_G ах|f:_G эгч|m:_G авга",
      ph="+976 99## ####|99######|+976 88######|8#######|+976 95## ####",
      ad="{ds} district, khoroo {n2}, building {n}, apt {flat}, {tw}",
      nad="{tw}, {ds} дүүрэг, {n2}-р хороо, {n}-р байр, {flat} тоот",
      st="Peace Avenue", tw="Ulaanbaatar|Erdenet|Darkhan", ntw="Улаанбаатар|Эрдэнэт|Дархан",
      ds="Bayanzürkh|Sükhbaatar|Songinokhairkhan|Khan-Uul|Chingeltei|Bayangol",
      nds="Баянзүрх|Сүхбаатар|Сонгинохайрхан|Хан-Уул|Баянгол",
      dob="{yyyy}.{mm}.{dd}|{yyyy}-{mm}-{dd}|{dd}/{mm}/{yyyy}", pp="E#######",
      co="Oyu Tolgoi contractor|Erdenet Mining|Gobi Cashmere|APU Dairy",
      nm="Chinggis Khaan International Airport|Sükhbaatar Square|Gandan Monastery",
      cur="₮{}", plate="#### УБА|#### УНЕ"),
    # ------------------------------------------------------------------ Central Asia
    L(code="kz", country="Kazakhstan", langs="kk ru en", style="slav", natp=0.4,
      gm="Arman:Арман Yerlan:Ерлан Aidos:Айдос Daniyar:Данияр Askar:Асқар "
         "Bauyrzhan:Бауыржан Marat:Марат Serik:Серік Yerzhan:Ержан Dauren:Дәурен Almas:Алмас",
      gf="Aigerim:Айгерім Dana:Дана Gulnara:Гүлнара Zhanar:Жанар Saule:Сәуле Aizhan:Айжан "
         "Madina:Мадина Asel:Әсел Dinara:Динара Ainur:Айнұр Kamila:Камила",
      fam="Nurlanov:Нұрланов Abenov:Әбенов Zhaksylykov:Жақсылықов Omarov:Омаров "
          "Sarsenbayev:Сәрсенбаев Tulegenov:Төлегенов Iskakov:Ысқақов Kassymov:Қасымов "
          "Akhmetov:Ахметов Bekov:Беков",
      ffam="Nurlanova:Нұрланова Abenova:Әбенова Zhaksylykova:Жақсылықова Omarova:Омарова "
           "Sarsenbayeva:Сәрсенбаева Tulegenova:Төлегенова Iskakova:Ысқақова "
           "Kassymova:Қасымова Akhmetova:Ахметова Bekova:Бекова",
      patm="Serikuly:Серікұлы Maratuly:Маратұлы Askaruly:Асқарұлы Yerlanuly:Ерланұлы "
           "Bolatuly:Болатұлы",
      patf="Serikkyzy:Серікқызы Maratkyzy:Маратқызы Askarkyzy:Асқарқызы "
           "Yerlankyzy:Ерланқызы Bolatkyzy:Болатқызы",
      hon="m:Mr. _F|f:Ms. _F|m:_G aga|f:_G apai|m:_G myrza|f:_G khanym",
      nhon="m:_G аға|f:_G апай|m:_G мырза|f:_G ханым|m:г-н _F|f:г-жа _F",
      kin="m:_G aga|f:_G apa|m:_G kokesi|f:_G apeke",
      nkin="m:_G аға|f:_G апа|m:_G көкесі|f:_G әпке",
      ph="+7 7## ### ## ##|8 7## ### ## ##|+77#########|87#########|8 (727) ###-##-##",
      ad="{st} St. {n}, apt. {flat}, {tw} {pc}|mkr. {ds}, bld. {n}, apt. {flat}, {tw}",
      nad="г. {tw}, ул. {st}, д. {n}, кв. {flat}|г. {tw}, мкр. {ds}, д. {n}, кв. {flat}",
      st="Abay|Tole Bi|Raiymbek|Satpayev|Dostyk|Zhibek Zholy|Seifullin",
      nst="Абая|Толе би|Райымбека|Сатпаева|Достык|Жибек Жолы|Сейфуллина",
      tw="Almaty|Astana|Shymkent|Karaganda|Aktobe|Atyrau|Pavlodar|Aktau",
      ntw="Алматы|Астана|Шымкент|Караганда|Актобе|Атырау",
      ds="Aksai-2|Samal-1|Orbita|Zhetysu-3|Kulager|Nurkent",
      nds="Аксай-2|Самал-1|Орбита|Жетысу-3|Кулагер", pc="######",
      dob="{dd}.{mm}.{yyyy}|{yyyy}-{mm}-{dd}|{d} {mon} {yyyy}", ml="ru", iban="KZ",
      pp="N########", dl="@@######",
      co="Tengizchevroil subcontractor|Kazakhtelecom|Kaspi Magazin|ERG Aktobe|Port Aktau",
      nm="Abay Kunanbayev monument|Medeu|Baiterek Tower|Almaty International Airport",
      cur="{} ₸", plate="### @@@ 02"),
    L(code="uz", country="Uzbekistan", langs="uz ru en", style="slav", natp=0.15,
      gm="Aziz:Азиз Rustam:Рустам Jasur:Жасур Sardor:Сардор Bekzod:Бекзод Dilshod:Дилшод "
         "Sherzod:Шерзод Otabek:Отабек Ulugbek:Улуғбек Farrukh:Фаррух Jamshid:Жамшид",
      gf="Dilnoza:Дилноза Gulnora:Гулнора Nodira:Нодира Malika:Малика Zarina:Зарина "
         "Feruza:Феруза Madina:Мадина Nilufar:Нилуфар Sevara:Севара Kamola:Камола",
      fam="Karimov:Каримов Rakhimov:Раҳимов Yusupov:Юсупов Tursunov:Турсунов "
          "Abdullayev:Абдуллаев Ergashev:Эргашев Nazarov:Назаров Sobirov:Собиров "
          "Mirzayev:Мирзаев Ismoilov:Исмоилов",
      ffam="Karimova:Каримова Rakhimova:Раҳимова Yusupova:Юсупова Tursunova:Турсунова "
           "Abdullayeva:Абдуллаева Ergasheva:Эргашева Nazarova:Назарова Sobirova:Собирова "
           "Mirzayeva:Мирзаева Ismoilova:Исмоилова",
      patm="Akmalovich:Акмалович Rustamovich:Рустамович Shavkatovich:Шавкатович "
           "Anvarovich:Анварович",
      patf="Akmalovna:Акмаловна Rustamovna:Рустамовна Shavkatovna:Шавкатовна "
           "Anvarovna:Анваровна",
      hon="m:_G aka|f:_G opa|m:Mr. _F|f:Ms. _F|m:_G domla|m:_G akajon",
      nhon="m:_G ака|f:_G опа|m:_G домла|m:г-н _F",
      kin="m:_G aka|f:_G opa|m:_G tog'a|f:_G xola|m:_G amaki|f:_G buvi",
      nkin="m:_G ака|f:_G опа|f:_G хола",
      ph="+998 9# ### ## ##|+998 (9#) ###-##-##|9# ### ## ##|+9989########|8 9# ### ## ##",
      ad="{st} ko'chasi, {n}-uy, {flat}-xonadon, {ds}, {tw}|{tw}, {ds} tumani, {st} ko'chasi {n}",
      nad="г. {tw}, {ds} р-н, ул. {st}, д. {n}, кв. {flat}",
      st="Amir Temur|Navoiy|Mustaqillik|Bobur|Shota Rustaveli|Beruniy|Bunyodkor",
      nst="Амира Темура|Навои|Бабура|Шота Руставели|Беруни",
      tw="Tashkent|Samarkand|Fergana|Namangan|Andijan|Bukhara|Nukus|Qarshi",
      ntw="Ташкент|Самарканд|Фергана|Наманган|Андижан",
      ds="Chilonzor|Yunusobod|Mirzo Ulug'bek|Sergeli|Yakkasaroy|Olmazor",
      nds="Чиланзарский|Юнусабадский|Мирзо-Улугбекский|Сергелийский", pc="######",
      dob="{dd}.{mm}.{yyyy}|{yyyy}-{mm}-{dd}|{dd}/{mm}/{yyyy}", pp="@@#######",
      co="Navoi Mining|Artel|UzAuto Motors supplier|Fergana cotton cluster",
      nm="Amir Temur Square|Registan|Tashkent International Airport",
      cur="{} so'm", plate="01 @ ### @@"),
    # ------------------------------------------------------------------ Europe
    L(code="gb", country="United Kingdom", langs="en",
      gm="James Oliver Callum Liam Harry Jack Daniel Thomas Connor Jamie Kieran Rhys Gareth",
      gf="Emma Sophie Chloe Lauren Megan Charlotte Amy Hannah Rebecca Gemma Siobhan Kirsty",
      fam="Smith Jones Taylor Brown Williams Wilson Evans Roberts Walker Wright Robinson "
          "Thompson Hughes Edwards Murphy Patel Khan O'Neill MacDonald",
      nick="Gaz Dazza Jonno Tommo Stevie Kaz Baz Robbo Shaz",
      hon="m:Mr _F|f:Mrs _F|f:Ms _F|f:Miss _F|Dr _F|Mx _F|Cllr _F",
      kin="m:Uncle _G|f:Auntie _G|f:Nan _G|m:Grandad _G",
      ph="+44 7### ######|07### ######|07#########|+447#########|+44 (0)7### ######"
         "|020 #### ####|0161 ### ####|0113 ### ####",
      ad="{n} {st}, {tw} {pc}|Flat {flat}, {n} {st}, {ds}, {tw} {pc}|{n} {st}, {ds}, {tw}, {pc}",
      st="Victoria Road|Church Lane|Station Road|High Street|Park Avenue|Mill Lane"
         "|Queens Road|Manor Way|Albert Street|Grove Road|Beech Crescent",
      tw="Leeds|Manchester|Birmingham|Glasgow|Hull|Bristol|Peterborough|Boston|Wisbech"
         "|Aberdeen|Cardiff",
      ds="Harehills|Moss Side|Small Heath|Govan|Hessle|Bedminster|Millfield|Skirbeck|Torry",
      pc="@## #@@|@@# #@@|@@## #@@",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}|{d}/{m}/{yy}|{yyyy}-{mm}-{dd}", iban="GB",
      pp="#########", dl="@@@@@######@@#@@",
      dom="gmail.com hotmail.co.uk outlook.com btinternet.com yahoo.co.uk",
      co="Morrisons depot|Wincanton|G's Fresh|Felixstowe Dock & Railway|Bidfood"
         "|Stobart Group",
      nm="Queen Elizabeth Hospital|Churchill Square|King's Cross|St Thomas' Hospital"
         "|Victoria Station|Ben Nevis",
      cur="£{}", plate="@@## @@@"),
    L(code="ie", country="Ireland", langs="en ga",
      gm="Seán Ciarán Patrick Conor Darragh Eoin Niall Cathal Fionn Oisín Declan Pádraig",
      gf="Aoife Siobhán Niamh Saoirse Caoimhe Gráinne Róisín Orla Clodagh Sinéad Aisling",
      fam="Murphy O'Brien Kelly Byrne Ryan O'Sullivan Walsh McCarthy Doyle Ó_Súilleabháin "
          "Gallagher Fitzgerald Mac_Giolla_Phádraig Keane Brennan",
      hon="m:Mr _F|f:Ms _F|f:Mrs _F|Dr _F",
      kin="f:Auntie _G|m:Uncle _G|f:Nana _G|m:Grandad _G",
      ph="+353 8# ### ####|08# ### ####|08########|+3538########|01 ### ####|021 ### ####",
      ad="{n} {st}, {ds}, {tw} {pc}|Apt {flat}, {n} {st}, {ds}, {tw}|{n} {st}, {ds}, Co. {tw}",
      st="Main Street|Church Road|Castle Street|Bridge Street|Oliver Plunkett Street"
         "|Ashgrove Park|Meadow Court",
      tw="Dublin|Cork|Galway|Limerick|Waterford|Kerry|Wexford|Mayo|Donegal",
      ds="Tallaght|Ballymun|Blackpool|Knocknacarra|Dungarvan|Killarney|Gorey|Castlebar",
      pc="@## @%%%", dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", iban="IE", pp="@@#######",
      dl="#########",
      co="Dawn Meats|Kerry Group|Glanbia|Irish Ferries|Dublin Port Company|Sisk",
      nm="St. Patrick's Cathedral|Connolly Station|Heuston Station|O'Connell Bridge",
      cur="€{}", plate="##-D-#####|###-C-####"),
    L(code="fr", country="France", langs="fr",
      gm="Jean-Pierre Julien Mathieu Nicolas Sébastien Karim Mehdi Thomas Alexandre Rémi "
         "Mamadou Yannick Loïc",
      gf="Camille Nathalie Sandrine Émilie Aurélie Fatoumata Leïla Manon Céline Sophie Inès "
         "Marine Élodie",
      fam="Martin Bernard Dubois Robert Petit Durand Leroy Moreau Lefèvre Fontaine Benali "
          "Nguyen Da_Silva de_la_Fontaine Garnier Rousseau Diallo",
      hon="m:M. _F|f:Mme _F|m:Monsieur _F|f:Madame _F|Dr _F|Me _F|f:Mlle _F",
      kin="f:Tata _G|m:Tonton _G|f:Mamie _G|m:Papy _G|f:Tante _G|m:Oncle _G",
      ph="+33 6 ## ## ## ##|06 ## ## ## ##|07 ## ## ## ##|+33 7 ## ## ## ##|06########"
         "|+336########|01 ## ## ## ##|0033 6 ## ## ## ##",
      ad="{n} {st}, {pc} {tw}|{n} bis, {st}, {pc} {tw}|Appt {flat}, {n} {st}, {pc} {tw}"
         "|{n} {st}, bât. C, {pc} {tw}",
      st="rue de la République|avenue Jean Jaurès|rue Victor Hugo|boulevard Gambetta"
         "|rue des Lilas|chemin des Vignes|route de Lyon|impasse des Acacias|rue Pasteur",
      tw="Marseille|Lyon|Lille|Bordeaux|Nantes|Toulouse|Rungis|Le Havre|Perpignan|Avignon"
         "|Saint-Denis|Roubaix",
      pc="#####", dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}|{dd}.{mm}.{yyyy}", ml="fr",
      iban="FR", pp="##@@#####", dl="############",
      dom="gmail.com orange.fr free.fr laposte.net sfr.fr hotmail.fr",
      co="Lactalis|Bouygues Bâtiment|Vinci Construction|Geodis|Transports Dupuis"
         "|Manpower Intérim",
      nm="aéroport Charles de Gaulle|gare Saint-Lazare|hôpital Georges Pompidou"
         "|lycée Victor Hugo|place de la Bastille",
      cur="{} €", plate="@@-###-@@"),
    L(code="de", country="Germany", langs="de en",
      gm="Thomas Michael Stefan Andreas Markus Jürgen Lukas Jonas Tobias Sven Dariusz Mehmet "
         "Uwe",
      gf="Sabine Petra Claudia Anja Katrin Julia Lena Sarah Monika Birgit Ayşe Ewa Heike",
      fam="Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch "
          "Richter Klein Wolf Schröder Neumann Yılmaz von_Berg Zimmermann",
      hon="m:Herr _F|f:Frau _F|Dr. _F|m:Hr. _F|f:Fr. _F|Meister _F",
      kin="f:Tante _G|m:Onkel _G|f:Oma _G|m:Opa _G",
      ph="+49 17# #######|017# #######|015# ########|+49 15# ########|+4917########"
         "|016# ### ####|030 #######|089 ########",
      ad="{st} {n}, {pc} {tw}|{st} {n}a, {pc} {tw}|{st} {n}, {n3}. OG, {pc} {tw}",
      st="Hauptstraße|Bahnhofstraße|Gartenweg|Schillerstraße|Industriestraße|Lindenallee"
         "|Am Hafen|Goethestraße|Kirchgasse|Rosenstraße",
      tw="Hamburg|Bremen|Duisburg|Köln|München|Stuttgart|Leipzig|Rheda-Wiedenbrück|Vechta"
         "|Dortmund",
      pc="#####", dob="{dd}.{mm}.{yyyy}|{d}. {mon} {yyyy}|{yyyy}-{mm}-{dd}", ml="de",
      iban="DE", pp="C%%%%%%%%", dl="@####%%%%#%",
      dom="gmail.com gmx.de web.de t-online.de outlook.de",
      co="Tönnies Fleischwerk|DHL Hub Leipzig|HHLA Container Terminal|Spargelhof Lehmann"
         "|Bauer Umzüge",
      nm="Goethe-Institut|Bismarck-Denkmal|Karl-Marx-Allee|St. Marien Krankenhaus"
         "|Beethovenhalle",
      cur="{} €", plate="HH-@@ ####|B-@ ####|M-@@ ###"),
    L(code="nl", country="Netherlands", langs="nl en",
      gm="Jan Pieter Daan Thijs Bram Sander Mohammed Ruben Kees Joost Wouter Mark",
      gf="Anouk Lotte Sanne Fleur Eva Marieke Ingrid Fatima Femke Esther Lieke Noor",
      fam="de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer "
          "Mulder Bos Vos van_der_Meer Hendriks",
      hon="m:dhr. _F|f:mevr. _F|m:meneer _F|f:mevrouw _F|Dr. _F|ir. _F",
      kin="f:tante _G|m:oom _G|f:oma _G|m:opa _G",
      ph="+31 6 ########|06-########|06 ## ## ## ##|+316########|+31 (0)6 ## ## ## ##"
         "|010-#######",
      ad="{st} {n}, {pc} {tw}|{st} {n}-{flat}, {pc} {tw}|{st} {n} hs, {pc} {tw}",
      st="Dorpsstraat|Kerkstraat|Molenweg|Havenstraat|Stationsweg|Julianastraat"
         "|Nieuwe Binnenweg|Westlandseweg|Veilingweg",
      tw="Rotterdam|Amsterdam|Naaldwijk|Venlo|Tilburg|Eindhoven|Zwolle|Groningen|Barendrecht",
      pc="#### @@", dob="{dd}-{mm}-{yyyy}|{d} {mon} {yyyy}|{dd}/{mm}/{yyyy}", ml="nl",
      iban="NL", pp="@@%%%%%%#", dl="##########",
      dom="gmail.com hotmail.nl ziggo.nl kpnmail.nl outlook.com",
      co="Royal FloraHolland|ECT Delta Terminal|Otto Work Force|Jumbo DC|Van Oord",
      nm="Erasmus MC|Johan Cruijff ArenA|Beatrixkanaal|Maasvlakte|Schiphol",
      cur="€ {}", plate="##-@@@-#|@-###-@@"),
    L(code="es", country="Spain", langs="es en", style="hisp",
      gm="José Antonio Manuel Francisco David Javier Daniel Carlos Jesús Alejandro Miguel "
         "Sergio Jordi Iker",
      gf="María Carmen Lucía Laura Marta Ana Cristina Rocío Pilar Nerea Montserrat Elena "
         "Inmaculada",
      fam="García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Ruiz Díaz "
          "Moreno Jiménez Navarro Romero de_la_Fuente Ortega Castillo",
      nick="Pepe Paco Manolo Nacho Chema Lola Pili Maite Quique Curro Toñi Javi",
      hon="m:Sr. _F|f:Sra. _F|m:D. _N|f:Dña. _N|m:don _G|f:doña _G|Dr. _F|m:señor _F",
      kin="m:tío _G|f:tía _G|f:abuela _G|m:abuelo _G|m:tito _K|f:tita _K",
      ph="+34 6## ## ## ##|6## ### ###|6########|+346########|+34 7## ### ###|91 ### ## ##"
         "|0034 6## ### ###",
      ad="C/ {st}, {n}, {n3}º {flat}, {pc} {tw}|Calle {st} {n}, {pc} {tw}"
         "|Avda. {st}, {n}, {n3}º B, {pc} {tw}|Pza. {st} {n}, bajo, {pc} {tw}",
      st="Mayor|Real|de la Paz|San Vicente|Gran Vía|Cervantes|Los Almendros|del Carmen"
         "|Doctor Fleming|Reyes Católicos",
      tw="Madrid|Barcelona|Valencia|Sevilla|Almería|El Ejido|Murcia|Huelva|Lleida|Zaragoza"
         "|Algeciras|Vigo",
      pc="#####", dob="{dd}/{mm}/{yyyy}|{d} de {mon} de {yyyy}|{dd}-{mm}-{yyyy}", ml="es",
      iban="ES", pp="@@@######", dl="########@",
      dom="gmail.com hotmail.es yahoo.es outlook.es telefonica.net",
      co="Grupo Agroponiente|Acciona Construcción|Noatum Ports|Campofrío"
         "|Cooperativa Agrícola San Isidro",
      nm="Hospital Gregorio Marañón|estación de Atocha|Santiago Bernabéu|Puerta del Sol"
         "|Sagrada Familia",
      cur="{} €", plate="#### @@@"),
    L(code="pt", country="Portugal", langs="pt", style="lusa",
      gm="João António Francisco Manuel Rui Pedro Tiago Nuno Ricardo Diogo Luís Bruno",
      gf="Maria Ana Joana Inês Sofia Catarina Beatriz Rita Marta Sandra Teresa Filipa",
      fam="Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes "
          "Gonçalves Gomes Lopes Marques Carvalho da_Silva dos_Santos",
      hon="m:Sr. _N|f:Sra. _N|f:D. _G|Dr. _F|f:Dra. _F|Eng. _F|m:Senhor _G|f:Dona _G",
      kin="m:tio _G|f:tia _G|f:avó _G|m:avô _G|m:primo _G",
      ph="+351 9## ### ###|9## ### ###|9########|+3519########|21# ### ###"
         "|00351 9## ### ###",
      ad="Rua {st}, n.º {n}, {n3}.º Esq., {pc} {tw}|Av. {st} {n}, {pc} {tw}"
         "|Travessa {st}, {n}, {pc} {tw}",
      st="da Liberdade|de Santa Catarina|do Almada|Miguel Bombarda|dos Combatentes"
         "|25 de Abril|das Flores|do Comércio",
      tw="Lisboa|Porto|Braga|Setúbal|Odemira|Faro|Leiria|Aveiro|Sines", pc="####-###",
      dob="{dd}/{mm}/{yyyy}|{d} de {mon} de {yyyy}|{dd}-{mm}-{yyyy}", ml="pt", iban="PT",
      pp="@######", dl="@@-######-#",
      co="Sonae MC|Mota-Engil|Navigator Company|Porto de Sines|Vitacress",
      nm="Ponte 25 de Abril|Aeroporto Humberto Delgado|Hospital de Santa Maria"
         "|Estádio José Alvalade|Torre de Belém",
      cur="{} €", plate="##-@@-##"),
    L(code="it", country="Italy", langs="it",
      gm="Marco Giuseppe Luca Andrea Francesco Alessandro Matteo Davide Salvatore Antonio "
         "Gianluca Stefano",
      gf="Giulia Francesca Chiara Sara Valentina Federica Martina Elena Anna Rosa Lucia Alessia",
      fam="Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
          "Conti De_Luca Mancini Lo_Bianco Di_Stefano",
      hon="m:Sig. _F|f:Sig.ra _F|Dott. _F|f:Dott.ssa _F|Ing. _F|Geom. _F|Avv. _F",
      kin="m:zio _G|f:zia _G|f:nonna _G|m:nonno _G",
      ph="+39 3## ### ####|3## ### ####|3#########|+393#########|+39 3## #######"
         "|06 ### ####|0039 3## ### ####",
      ad="Via {st} {n}, {pc} {tw}|Via {st}, {n}/{n3}, {pc} {tw} ({ds})|Piazza {st} {n}, {pc} {tw}"
         "|Viale {st} {n}, int. {flat}, {pc} {tw}",
      st="Roma|Garibaldi|Mazzini|Dante|dei Mille|Vittorio Emanuele|Cavour|delle Industrie"
         "|San Francesco|Matteotti",
      tw="Milano|Roma|Napoli|Latina|Ragusa|Foggia|Torino|Verona|Vittoria|Prato|Genova",
      ds="MI|RM|NA|LT|RG|FG|TO|VR", pc="#####",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}|{dd}-{mm}-{yyyy}", ml="it", iban="IT",
      pp="@@#######", dl="@@#######@",
      co="Coop Alleanza|Barilla|Esselunga CeDi|Grimaldi Lines|Consorzio Agrario",
      nm="Ospedale San Raffaele|Stazione Termini|Aeroporto Leonardo da Vinci"
         "|Piazza San Marco|Stadio Diego Armando Maradona",
      cur="{} €", plate="@@ ###@@"),
    L(code="pl", country="Poland", langs="pl en",
      gm="Piotr Krzysztof Tomasz Paweł Marcin Michał Grzegorz Łukasz Jakub Adam Mateusz Kamil",
      gf="Anna Katarzyna Małgorzata Agnieszka Joanna Magdalena Monika Ewa Aleksandra "
         "Natalia Justyna Beata",
      fam="Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
          "Szymański Woźniak Dąbrowski Kozłowski Mazur Krawczyk",
      ffam="Kowalska Nowak Wiśniewska Wójcik Kowalczyk Kamińska Lewandowska Zielińska "
           "Szymańska Woźniak Dąbrowska Kozłowska Mazur Krawczyk",
      hon="m:Pan _N|f:Pani _N|m:pan _G|f:pani _G|dr _F|inż. _F|mgr _N",
      kin="f:ciocia _G|m:wujek _G|f:babcia _G|m:dziadek _G",
      ph="+48 5## ### ###|5## ### ###|+48 6## ### ###|7## ### ###|+48#########|22 ### ## ##",
      ad="ul. {st} {n}/{flat}, {pc} {tw}|ul. {st} {n}, {pc} {tw}|os. {st} {n}/{flat}, {pc} {tw}",
      st="Mickiewicza|Słowackiego|Kościuszki|Polna|Lipowa|Ogrodowa|Przemysłowa"
         "|Jana Pawła II|Sienkiewicza|Długa",
      tw="Warszawa|Kraków|Łódź|Wrocław|Poznań|Gdańsk|Szczecin|Grójec|Rzeszów|Lublin|Gdynia",
      pc="##-###", dob="{dd}.{mm}.{yyyy}|{d} {mon} {yyyy}|{yyyy}-{mm}-{dd}", ml="pl",
      iban="PL", pp="@@#######", dl="#####/##/####",
      dom="gmail.com wp.pl onet.pl o2.pl interia.pl",
      co="Budimex|DCT Gdańsk|Sady Grójeckie|Raben Logistics|Mlekovita",
      nm="Lotnisko Chopina|Szpital im. Jana Pawła II|Plac Piłsudskiego|Stocznia Gdańska"
         "|Uniwersytet Jagielloński",
      cur="{} zł", plate="W# ####@|KR ####@"),
    L(code="ro", country="Romania", langs="ro en",
      gm="Andrei Alexandru Ionuț Mihai Florin Bogdan Cristian Gheorghe Ion Marius Vasile "
         "Adrian",
      gf="Maria Elena Ioana Andreea Mihaela Alina Gabriela Cristina Florentina Daniela "
         "Georgiana Ramona",
      fam="Popescu Ionescu Popa Pop Stan Dumitru Stoica Munteanu Constantin Rusu Matei Lazăr "
          "Ciobanu Moldovan",
      hon="m:dl. _F|f:dna. _F|m:domnul _F|f:doamna _F|Dr. _F|Ing. _F|m:nea _G|f:tanti _G",
      kin="m:nea _G|f:tanti _G|f:mătușa _G|m:unchiul _G|f:bunica _G|m:nenea _G",
      ph="+40 7## ### ###|07## ### ###|07########|+407########|021 ### ####",
      ad="Str. {st} nr. {n}, bl. {n3}, sc. A, ap. {flat}, {tw}|Str. {st} nr. {n}, {tw} {pc}"
         "|Bd. {st} {n}, ap. {flat}, sector {n3}, {tw}",
      st="Mihai Eminescu|Florilor|Libertății|Victoriei|Unirii|Ștefan cel Mare|Primăverii"
         "|Gării|Avram Iancu",
      tw="București|Cluj-Napoca|Iași|Timișoara|Constanța|Brașov|Craiova|Suceava|Bacău",
      pc="######", dob="{dd}.{mm}.{yyyy}|{d} {mon} {yyyy}|{dd}/{mm}/{yyyy}", ml="ro",
      iban="RO", pp="#########", dl="#########",
      co="Port Constanța|Agricover|Kaufland CD|Cris-Tim|Dacia Mioveni supplier",
      nm="Aeroportul Henri Coandă|Spitalul Carol Davila|Palatul Parlamentului"
         "|Universitatea Babeș-Bolyai",
      cur="{} lei", plate="B ### @@@|CJ ## @@@"),
    L(code="gr", country="Greece", langs="el en", natp=0.4,
      gm="Giorgos:Γιώργος Dimitris:Δημήτρης Nikos:Νίκος Kostas:Κώστας Yannis:Γιάννης "
         "Christos:Χρήστος Panagiotis:Παναγιώτης Vasilis:Βασίλης Thanasis:Θανάσης "
         "Stelios:Στέλιος Manolis:Μανώλης",
      gf="Maria:Μαρία Eleni:Ελένη Katerina:Κατερίνα Sofia:Σοφία Georgia:Γεωργία "
         "Dimitra:Δήμητρα Angeliki:Αγγελική Vasiliki:Βασιλική Eirini:Ειρήνη Despina:Δέσποινα",
      fam="Papadopoulos:Παπαδόπουλος Papadakis:Παπαδάκης Georgiou:Γεωργίου "
          "Nikolaidis:Νικολαΐδης Karagiannis:Καραγιάννης Vlachos:Βλάχος "
          "Oikonomou:Οικονόμου Makris:Μακρής Alexiou:Αλεξίου Pappas:Παππάς",
      ffam="Papadopoulou:Παπαδοπούλου Papadaki:Παπαδάκη Georgiou:Γεωργίου "
           "Nikolaidou:Νικολαΐδου Karagianni:Καραγιάννη Vlachou:Βλάχου "
           "Oikonomou:Οικονόμου Makri:Μακρή Alexiou:Αλεξίου Pappa:Παππά",
      hon="m:Mr _F|f:Mrs _F|m:kyrios _F|f:kyria _F|Dr _F|m:Kyr _G|f:Kyra _G",
      nhon="m:κ. _F|f:κα _F|m:κύριος _F|f:κυρία _F|m:κυρ _G|f:κυρα _G|Δρ. _F",
      kin="m:theie _G|f:theia _G|f:giagia _G|m:pappou _G",
      nkin="m:θείε _G|f:θεία _G|f:γιαγιά _G|m:παππού _G",
      ph="+30 69# ### ####|69########|69# ### ####|+3069########|210 ### ####",
      ad="{st} {n}, {pc} {tw}|{st} {n}, {ds}, {pc} {tw}",
      nad="{st} {n}, {pc} {tw}|Οδός {st} {n}, {ds}, {pc} {tw}",
      st="Ermou|Egnatias|Patision|Syngrou|Tsimiski|Kifisias|Agiou Dimitriou",
      nst="Ερμού|Εγνατίας|Πατησίων|Συγγρού|Τσιμισκή|Κηφισίας|Αγίου Δημητρίου",
      tw="Athens|Thessaloniki|Piraeus|Patras|Heraklion|Larissa|Volos|Manolada",
      ntw="Αθήνα|Θεσσαλονίκη|Πειραιάς|Πάτρα|Ηράκλειο|Λάρισα",
      ds="Kypseli|Peristeri|Nikaia|Kalamaria|Perama|Keratsini",
      nds="Κυψέλη|Περιστέρι|Νίκαια|Καλαμαριά|Πέραμα", pc="### ##",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}|{d}-{m}-{yyyy}", ml="el", iban="GR",
      pp="@@#######", dl="#########",
      co="Piraeus Container Terminal|Mytilineos|Kri-Kri|Nireus Aquaculture",
      nm="Eleftherios Venizelos Airport|Syntagma Square|Aristotle University|Acropolis",
      cur="{} €", plate="@@@-####"),
    L(code="ua", country="Ukraine", langs="uk en", style="slav", natp=0.5,
      gm="Oleksandr:Олександр Andrii:Андрій Serhii:Сергій Volodymyr:Володимир "
         "Dmytro:Дмитро Mykola:Микола Ivan:Іван Taras:Тарас Bohdan:Богдан Yurii:Юрій "
         "Vasyl:Василь Oleh:Олег",
      gf="Olena:Олена Nataliia:Наталія Iryna:Ірина Oksana:Оксана Tetiana:Тетяна "
         "Yuliia:Юлія Halyna:Галина Svitlana:Світлана Kateryna:Катерина Mariia:Марія",
      fam="Shevchenko:Шевченко Kovalenko:Коваленко Bondarenko:Бондаренко Tkachenko:Ткаченко "
          "Kravchenko:Кравченко Oliinyk:Олійник Moroz:Мороз Melnyk:Мельник Lysenko:Лисенко "
          "Savchuk:Савчук Koval:Коваль Hnatiuk:Гнатюк",
      patm="Ivanovych:Іванович Petrovych:Петрович Mykolaiovych:Миколайович "
           "Vasylovych:Васильович Serhiiovych:Сергійович",
      patf="Ivanivna:Іванівна Petrivna:Петрівна Mykolaivna:Миколаївна Vasylivna:Василівна "
           "Serhiivna:Сергіївна",
      hon="m:pan _F|f:pani _F|m:Mr _F|f:Ms _F|Dr _F",
      nhon="m:пан _N|f:пані _N|m:пане _G|f:пані _G",
      kin="f:titka _G|m:diadko _G|f:babusia _G|m:didus _G",
      nkin="f:тітка _G|m:дядько _G|f:бабуся _G|m:дідусь _G|m:кум _G|f:кума _G",
      ph="+380 P ### ## ##|0P ### ## ##|+380P#######|0P-###-##-##",
      pre="50 63 66 67 68 73 93 95 96 97 98 99",
      ad="{st} St. {n}, apt. {flat}, {tw}, {pc}|{st} {n}/{flat}, {tw}",
      nad="вул. {st}, буд. {n}, кв. {flat}, м. {tw}, {pc}|м. {tw}, вул. {st}, {n}, кв. {flat}",
      st="Shevchenka|Khreshchatyk|Sadova|Hrushevskoho|Peremohy|Franka|Soborna|Myru",
      nst="Шевченка|Садова|Грушевського|Перемоги|Франка|Соборна|Миру",
      tw="Kyiv|Lviv|Kharkiv|Odesa|Dnipro|Ternopil|Vinnytsia",
      ntw="Київ|Львів|Харків|Одеса|Дніпро|Тернопіль|Вінниця", pc="#####",
      dob="{dd}.{mm}.{yyyy}|{d} {mon} {yyyy}|{yyyy}-{mm}-{dd}", ml="uk", iban="UA",
      pp="FA######|FE######", dl="@@@######",
      co="Nova Poshta|Kernel|MHP|Metinvest|Epicentr K",
      nm="Boryspil Airport|Taras Shevchenko University|Maidan Nezalezhnosti"
         "|St. Sophia Cathedral",
      cur="{} UAH", plate="@@ #### @@"),
    L(code="ru", country="Russia", langs="ru en", style="slav", natp=0.5,
      gm="Aleksandr:Александр Sergey:Сергей Dmitry:Дмитрий Andrey:Андрей Alexey:Алексей "
         "Ivan:Иван Mikhail:Михаил Nikolay:Николай Vladimir:Владимир Yevgeny:Евгений "
         "Pavel:Павел Oleg:Олег",
      gf="Yelena:Елена Olga:Ольга Natalia:Наталья Tatiana:Татьяна Irina:Ирина "
         "Svetlana:Светлана Anna:Анна Marina:Марина Yulia:Юлия Ekaterina:Екатерина "
         "Galina:Галина",
      fam="Ivanov:Иванов Smirnov:Смирнов Kuznetsov:Кузнецов Popov:Попов Vasiliev:Васильев "
          "Petrov:Петров Sokolov:Соколов Mikhailov:Михайлов Novikov:Новиков "
          "Fedorov:Фёдоров Morozov:Морозов Volkov:Волков Lebedev:Лебедев Kozlov:Козлов",
      ffam="Ivanova:Иванова Smirnova:Смирнова Kuznetsova:Кузнецова Popova:Попова "
           "Vasilieva:Васильева Petrova:Петрова Sokolova:Соколова Mikhailova:Михайлова "
           "Novikova:Новикова Fedorova:Фёдорова Morozova:Морозова Volkova:Волкова "
           "Lebedeva:Лебедева Kozlova:Козлова",
      patm="Ivanovich:Иванович Sergeyevich:Сергеевич Nikolayevich:Николаевич "
           "Petrovich:Петрович Viktorovich:Викторович Aleksandrovich:Александрович",
      patf="Ivanovna:Ивановна Sergeyevna:Сергеевна Nikolayevna:Николаевна "
           "Petrovna:Петровна Viktorovna:Викторовна Aleksandrovna:Александровна",
      hon="m:Mr. _F|f:Ms. _F|Dr. _F",
      nhon="m:г-н _F|f:г-жа _F|m:господин _F|f:госпожа _F|тов. _F",
      kin="f:tyotya _G|m:dyadya _G|f:babushka _G", nkin="f:тётя _G|m:дядя _G|f:баба _G|m:дед _G",
      ph="+7 9## ###-##-##|8 9## ### ## ##|89#########|+79#########|8 (9##) ###-##-##"
         "|+7 (495) ###-##-##",
      ad="{st} St. {n}, apt. {flat}, {tw} {pc}",
      nad="г. {tw}, ул. {st}, д. {n}, кв. {flat}|{pc}, г. {tw}, ул. {st}, д. {n}, корп. {n3}, "
          "кв. {flat}",
      st="Lenina|Sovetskaya|Mira|Gagarina|Pushkina|Tsentralnaya|Sadovaya|Molodezhnaya",
      nst="Ленина|Советская|Мира|Гагарина|Пушкина|Центральная|Садовая|Молодёжная|Лесная",
      tw="Moscow|Saint Petersburg|Novosibirsk|Yekaterinburg|Kazan|Krasnodar|Vladivostok"
         "|Murmansk",
      ntw="Москва|Санкт-Петербург|Новосибирск|Екатеринбург|Казань|Краснодар|Владивосток",
      pc="######", dob="{dd}.{mm}.{yyyy}|{d} {mon} {yyyy}|{yyyy}-{mm}-{dd}", ml="ru",
      pp="## #######", dl="## ## ######", dom="mail.ru yandex.ru gmail.com bk.ru list.ru",
      co="Магнит РЦ|Wildberries склад|ПИК стройка|Восточный порт|Ozon fulfillment",
      nm="Pushkin Square|Sheremetyevo|Gagarin Park|Kazan Kremlin|Mendeleev University",
      cur="{} ₽", plate="@###@@ ##"),
    L(code="se", country="Sweden", langs="sv en",
      gm="Erik Lars Anders Johan Karl Per Mikael Nils Oskar Ahmed Björn Henrik",
      gf="Anna Eva Maria Karin Sara Emma Lena Kerstin Ingrid Elin Linnea Sofia",
      fam="Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
          "Gustafsson Lindqvist Bergström Lindberg Sjöberg",
      hon="Dr. _F|m:herr _F|f:fru _F", kin="f:moster _G|m:morbror _G|f:farmor _G|m:farfar _G",
      ph="+46 7# ### ## ##|07#-### ## ##|07########|+467########|08-### ### ##",
      ad="{st} {n}, {pc} {tw}|{st} {n}, lgh 1{n3}0{n3}, {pc} {tw}",
      st="Storgatan|Kungsgatan|Drottninggatan|Skolgatan|Järnvägsgatan|Björkvägen"
         "|Industrivägen|Hamngatan",
      tw="Stockholm|Göteborg|Malmö|Uppsala|Kiruna|Umeå|Helsingborg|Norrköping", pc="### ##",
      dob="{yyyy}-{mm}-{dd}|{d} {mon} {yyyy}|{yy}{mm}{dd}", ml="sv", iban="SE",
      pp="########", dl="##########", dom="gmail.com telia.com hotmail.se outlook.com",
      co="LKAB|Skanska|PostNord terminal|ICA Lager|Sveaskog",
      nm="Karolinska Institutet|Drottningholm|Arlanda|Kungsträdgården",
      cur="{} kr", plate="@@@ ##%"),
    L(code="is", country="Iceland", langs="is en", style="is",
      gm="Jón Sigurður Guðmundur Gunnar Ólafur Einar Kristján Magnús Stefán Jóhann Björn Árni",
      gf="Guðrún Anna Sigríður Kristín Margrét Helga Sigrún Ingibjörg Jóhanna María Katrín",
      patm="Jónsson Sigurðsson Guðmundsson Gunnarsson Ólafsson Einarsson Kristjánsson "
           "Magnússon Stefánsson Jóhannsson",
      patf="Jónsdóttir Sigurðardóttir Guðmundsdóttir Gunnarsdóttir Ólafsdóttir "
           "Einarsdóttir Kristjánsdóttir Magnúsdóttir Stefánsdóttir Jóhannsdóttir",
      hon="Dr. _N|m:Mr. _N|f:Ms. _N", kin="f:amma _G|m:afi _G|f:frænka _G|m:frændi _G",
      ph="+354 ### ####|### ####|+354#######|8## ####|+354 6## ####",
      ad="{st} {n}, {pc} {tw}|{st} {n}, íbúð {n3}0{n3}, {pc} {tw}",
      st="Laugavegur|Hafnarstræti|Aðalstræti|Hringbraut|Skólavörðustígur|Hlíðarvegur"
         "|Strandgata",
      tw="Reykjavík|Kópavogur|Hafnarfjörður|Akureyri|Grindavík|Ísafjörður|Höfn", pc="###",
      dob="{dd}.{mm}.{yyyy}|{d}. {mon} {yyyy}|{yyyy}-{mm}-{dd}", ml="is", iban="IS",
      pp="@#######", co="Brim hf.|Samherji|Eimskip|Síldarvinnslan|Alcoa Fjarðaál",
      nm="Hallgrímskirkja|Keflavík Airport|Leifur Eiríksson statue|Harpa"
         "|Jón Sigurðsson statue",
      cur="{} kr.", plate="@@ ###"),
    L(code="cz", country="Czechia", langs="cs en",
      gm="Jan Petr Jiří Josef Pavel Martin Tomáš Jaroslav Lukáš Miroslav Ondřej Vojtěch",
      gf="Jana Marie Eva Hana Anna Lenka Kateřina Lucie Věra Alena Petra Veronika",
      fam="Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný "
          "Marek Pospíšil Hájek",
      ffam="Nováková Svobodová Novotná Dvořáková Černá Procházková Kučerová Veselá Horáková "
           "Němcová Pokorná Marková Pospíšilová Hájková",
      hon="m:pan _F|f:paní _F|Ing. _N|Mgr. _N|MUDr. _N",
      kin="f:teta _G|m:strejda _G|f:babička _G|m:děda _G",
      ph="+420 6## ### ###|+420 7## ### ###|7## ### ###|6########|+420#########",
      ad="{st} {n}/{n2}, {pc} {tw}|{st} {n}, {pc} {tw}|{st} č.p. {n}, {pc} {tw}",
      st="Nádražní|Husova|Masarykova|Palackého|Komenského|Sokolská|Tyršova|Průmyslová"
         "|Zahradní",
      tw="Praha|Brno|Ostrava|Plzeň|Mladá Boleslav|Kolín|Pardubice|Olomouc", pc="### ##",
      dob="{d}. {m}. {yyyy}|{dd}.{mm}.{yyyy}|{d}. {mon} {yyyy}", ml="cs", iban="CZ",
      pp="########", dl="@@ ######",
      co="ČD Cargo|Metrostav|Hyundai Nošovice|Kaufland DC|Škoda Auto supplier",
      nm="Letiště Václava Havla|Karlův most|Masarykovo nádraží|Václavské náměstí",
      cur="{} Kč", plate="#@# ####"),
    L(code="hu", country="Hungary", langs="hu en", style="hu",
      gm="László István József Zoltán Sándor Gábor Ferenc Attila Péter Tamás János Zsolt",
      gf="Mária Erzsébet Katalin Ilona Éva Anna Zsuzsanna Margit Judit Ágnes Andrea Krisztina",
      fam="Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács "
          "Juhász",
      hon="m:Mr. _F|f:Ms. _F|Dr. _F|m:_G bácsi|f:_G néni",
      nhon="m:_N úr|f:_N asszony|f:_Fné|Dr. _N|m:_G bácsi|f:_G néni",
      kin="m:_G bácsi|f:_G néni|f:_G mama|m:_G papa",
      ph="+36 20 ### ####|+36 30 ### ####|06 30 ### ####|06-70-###-####|+3620#######"
         "|06 1 ### ####",
      ad="{pc} {tw}, {st} {n}.|{tw}, {st} {n}. {n3}/{flat}",
      st="Petőfi utca|Kossuth Lajos utca|Rákóczi út|Fő utca|Dózsa György út"
         "|Arany János utca|Béke utca|Ady Endre utca",
      tw="Budapest|Debrecen|Szeged|Győr|Kecskemét|Miskolc|Pécs|Nyíregyháza", pc="####",
      dob="{yyyy}. {mm}. {dd}.|{yyyy}.{mm}.{dd}.|{yyyy}. {mon} {d}.|{dd}/{mm}/{yyyy}",
      ml="hu", iban="HU", pp="@@#######", dl="@@######",
      co="Mercedes Kecskemét|Pick Szeged|Bonafarm|Waberer's|Audi Hungaria beszállító",
      nm="Liszt Ferenc repülőtér|Semmelweis Egyetem|Széchenyi lánchíd|Kossuth tér",
      cur="{} Ft", plate="@@@-###"),
    L(code="ge", country="Georgia", langs="ka en", natp=0.4,
      gm="Giorgi:გიორგი Davit:დავით Levan:ლევან Irakli:ირაკლი Nika:ნიკა Zurab:ზურაბ "
         "Lasha:ლაშა Giga:გიგა Tornike:თორნიკე Mamuka:მამუკა Beka:ბექა",
      gf="Nino:ნინო Tamar:თამარ Mariam:მარიამ Ketevan:ქეთევან Natia:ნათია Eka:ეკა "
         "Salome:სალომე Maia:მაია Lela:ლელა Tamta:თამთა Manana:მანანა",
      fam="Beridze:ბერიძე Kapanadze:კაპანაძე Gelashvili:გელაშვილი Maisuradze:მაისურაძე "
          "Giorgadze:გიორგაძე Lomidze:ლომიძე Tsiklauri:წიკლაური Bolkvadze:ბოლქვაძე "
          "Nozadze:ნოზაძე Mchedlishvili:მჭედლიშვილი",
      hon="m:Mr _F|f:Ms _F|m:batono _G|f:kalbatono _G|Dr _F",
      nhon="m:ბატონო _G|f:ქალბატონო _G|m:ბ-ნი _N|f:ქ-ნი _N",
      kin="m:dzia _G|f:deida _G|f:bebo _G|m:babua _G",
      nkin="m:ძია _G|f:დეიდა _G|f:ბებო _G|m:ბაბუა _G",
      ph="+995 5## ## ## ##|5## ## ## ##|+995 5########|5##-###-###|+995 32 2## ## ##",
      ad="{st} St. {n}, apt. {flat}, {tw} {pc}|{n} {st} Street, {ds}, {tw}",
      nad="{tw}, {st} ქ. N{n}, ბ. {flat}|{st} ქუჩა {n}, {ds}, {tw}",
      st="Rustaveli|Chavchavadze|Aghmashenebeli|Pekini|Kazbegi|Tsereteli|Vazha-Pshavela",
      nst="რუსთაველის|ჭავჭავაძის|აღმაშენებლის|პეკინის|ყაზბეგის|წერეთლის",
      tw="Tbilisi|Batumi|Kutaisi|Rustavi|Poti|Zugdidi|Gori", ntw="თბილისი|ბათუმი|ქუთაისი|რუსთავი",
      ds="Saburtalo|Vake|Gldani|Didube|Isani|Varketili", nds="საბურთალო|ვაკე|გლდანი|დიდუბე",
      pc="####", dob="{dd}.{mm}.{yyyy}|{dd}/{mm}/{yyyy}|{yyyy}-{mm}-{dd}", iban="GE",
      pp="##@@#####", co="Poti Sea Port|Georgian Manganese|Tegeta Motors|Batumi Port",
      nm="Tbilisi State University|Rustaveli Avenue|Sameba Cathedral|Freedom Square",
      cur="{} GEL", plate="@@-###-@@"),
    # ------------------------------------------------------------------ Americas
    L(code="us", country="United States", langs="en es", weight=3,
      gm="Michael James Robert David Tyler Brandon Kevin Jose Luis DeShawn Cody Travis Hunter "
         "Marcus",
      gf="Jennifer Jessica Ashley Amanda Brittany Maria Guadalupe Tiffany Crystal Heather "
         "Keisha Megan Kayla",
      fam="Johnson Williams Brown Miller Davis Garcia Rodriguez Martinez Hernandez Lopez "
          "Washington Nguyen Kowalski O'Connor Jackson Thompson Sullivan Ramirez",
      nick="Bubba Skip Junior Bud Duke Tex Sully Red Moe",
      hon="m:Mr. _F|f:Mrs. _F|f:Ms. _F|Dr. _F|Foreman _F",
      kin="f:Aunt _G|m:Uncle _G|f:Grandma _G|f:Tía _G|m:Tío _G",
      ph="(P) ###-####|P-###-####|+1 P-###-####|+1 (P) ###-####|P.###.####|1-P-###-####"
         "|+1P#######",
      pre="209 559 661 805 831 956 915 512 713 832 305 786 239 863 912 478 509 208 406 701 "
          "907 313 414 616 717 252 910 336 270 606",
      ad="{n}{n3} {st}, {tw}, {ds} {pc}|{n} {st} Apt {flat}, {tw}, {ds} {pc}"
         "|{n}{n2} {st} Lot {n3}, {tw}, {ds} {pc}",
      ds="CA|TX|FL|WA|GA|NC|ID|MI|PA|OH|NE|IA",
      st="Oak Street|Maple Avenue|Main Street|County Road 12|Cedar Lane|Elm Drive"
         "|Washington Blvd|Old Highway 99|Pine Ridge Road|Industrial Parkway|Mesa Verde Dr",
      tw="Fresno|Salinas|Yakima|Immokalee|Dalton|Bakersfield|Houston|Laredo|Omaha"
         "|Gainesville|Grand Rapids|Twin Falls|Hazleton|Storm Lake",
      pc="#####", dob="{mm}/{dd}/{yyyy}|{mon} {d}, {yyyy}|{yyyy}-{mm}-{dd}|{m}/{d}/{yy}",
      pp="#########|@########", dl="@#######|@###-####-####|########|@##-###-##-###-#",
      dom="gmail.com yahoo.com hotmail.com aol.com icloud.com comcast.net",
      co="Tyson Foods plant|Amazon FC|Driscoll's ranch|Swift Transportation|Bechtel site"
         "|Blue Bird farm labor contractor",
      nm="George Washington Bridge|Martin Luther King Jr. Blvd|Lincoln Memorial"
         "|Cesar Chavez Park|St. Jude Children's Hospital|JFK International",
      cur="${}", plate="#@@@###|@@@ ####"),
    L(code="ca", country="Canada", langs="en fr",
      gm="Ryan Tyler Justin Mathieu Étienne Brandon Kyle Dylan Gurpreet Liam Maxime Olivier",
      gf="Jessica Ashley Émilie Geneviève Kaitlyn Brittany Simran Amandeep Chloé Mélissa",
      fam="Smith Tremblay Gagnon Roy Côté Bouchard MacDonald Campbell Wilson Singh Gill "
          "Leblanc Chen Bergeron Fraser Sandhu",
      hon="m:Mr. _F|f:Mrs. _F|f:Ms. _F|m:M. _F|f:Mme _F|Dr. _F",
      kin="m:Uncle _G|f:Auntie _G|f:Matante _G|m:Mononcle _G",
      ph="(P) ###-####|P-###-####|+1 P ###-####|+1 P-###-####|P ###-####",
      pre="416 647 437 905 604 778 403 587 514 438 418 819 506 902 306 204 519 250",
      ad="{n}{n3} {st}, {tw}, {ds} {pc}|{n} {st}, Unit {flat}, {tw}, {ds} {pc}"
         "|{n}, rue {st}, {tw} ({ds}) {pc}",
      st="Main Street|King Street|Yonge Street|Principale|Saint-Laurent|Dundas Street"
         "|Lakeshore Road|Concession Road 4|Range Road 210",
      tw="Toronto|Brampton|Leamington|Winnipeg|Saskatoon|Montréal|Québec|Kelowna|Abbotsford"
         "|Moncton|Halifax",
      ds="ON|QC|BC|AB|MB|SK|NB|NS", pc="@#@ #@#",
      dob="{yyyy}-{mm}-{dd}|{mon} {d}, {yyyy}|{dd}/{mm}/{yyyy}", pp="@@######",
      dl="@####-#####-#####|@###-###-###-###",
      dom="gmail.com hotmail.com videotron.ca shaw.ca rogers.com",
      co="Maple Leaf Foods|Mastronardi Produce|Cargill High River|EllisDon site"
         "|Purolator hub",
      nm="Pearson Airport|Jacques Cartier Bridge|Queen Elizabeth Way"
         "|Wilfrid Laurier University|Lake Louise",
      cur="C${}", plate="@@@@ ###|@## @@@"),
    L(code="mx", country="Mexico", langs="es", style="hisp",
      gm="José Juan Luis Jesús Miguel_Ángel Francisco Alejandro Ricardo Jorge Eduardo "
         "Fernando Arturo Rogelio Efraín",
      gf="María Guadalupe Juana Margarita Verónica Leticia Rosa Alejandra Patricia Yesenia "
         "Gabriela Araceli Dulce",
      fam="Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz "
          "Flores Gómez Morales Vázquez Jiménez Reyes Torres Mendoza",
      nick="Chuy Lupe Beto Memo Pepe Paco Toño Lalo Nacho Güero Chava Chela",
      hon=HISP_HON + "|f:Profra. _F|m:el señor _F",
      kin=HISP_KIN + "|m:tío _K|f:tía _K|m:primo _K|f:abuelita _G",
      ph="+52 1 ### ### ####|+52 ## #### ####|## #### ####|55 #### ####|33 ## ## ## ##"
         "|+52##########",
      ad="Calle {st} {n}, Col. {ds}, C.P. {pc}, {tw}|Av. {st} #{n}, Col. {ds}, {tw}, C.P. {pc}"
         "|{st} No. {n} Int. {flat}, Col. {ds}, {pc} {tw}",
      st="Hidalgo|Morelos|Juárez|Reforma|Insurgentes|5 de Mayo|Zaragoza|Allende|Guerrero"
         "|Independencia|Emiliano Zapata",
      tw="Ciudad de México|Guadalajara|Monterrey|Culiacán|San Quintín|Irapuato|Puebla"
         "|Tijuana|Hermosillo|Mérida|Zamora",
      ds="Centro|Las Flores|San Miguel|La Joya|Buenos Aires|El Mirador|Jardines del Valle"
         "|Infonavit|Obrera",
      pc="#####", dob="{dd}/{mm}/{yyyy}|{d} de {mon} de {yyyy}|{dd}-{mm}-{yyyy}", ml="es",
      pp="G########|@########", dl="@########|##########",
      dom="gmail.com hotmail.com yahoo.com.mx outlook.es prodigy.net.mx",
      co="Agrícola Los Pinos|Grupo Bimbo|Cemex planta|Transportes Castores"
         "|Maquiladora Foxconn Juárez",
      nm="Aeropuerto Benito Juárez|Paseo de la Reforma|Monumento a la Revolución"
         "|Virgen de Guadalupe|Universidad Autónoma de Sinaloa",
      cur="${} MXN", plate="@@@-###-@|###-@@@"),
    L(code="gt", country="Guatemala", langs="es", style="hisp",
      gm="Juan Carlos Luis Pedro Marvin Byron Edwin Mynor Selvin Elmer Otto Wilson Erick",
      gf="María Rosa Ana Lucía Sandra Ingrid Mayra Dora Sonia Carmen Glenda Evelyn Karla",
      fam="López García Pérez Hernández Morales González Ramírez Xitumul Tzul Cux Ajanel "
          "Ixcoy Coj Chávez Batz",
      hon=HISP_HON, kin=HISP_KIN,
      ph="+502 #### ####|5### ####|4###-####|+5025#######|3### ####",
      ad="{n2}a. Calle {n2}-{n3}, Zona {n3}, {tw}|Lote {n}, Manzana {n3}, Colonia {ds}, {tw}"
         "|{n2}a. Avenida {n}-{n2}, Zona {n3}, {tw}",
      st="Calle Real",
      tw="Ciudad de Guatemala|Mixco|Quetzaltenango|Escuintla|Cobán|Huehuetenango|Villa Nueva",
      ds="El Milagro|La Florida|Santa Fe|El Mezquital|Bethania|San Cristóbal",
      dob="{dd}/{mm}/{yyyy}|{d} de {mon} de {yyyy}", ml="es", pp="#########",
      co="Pantaleón ingenio|Chiquita Guatemala|Cementos Progreso|Puerto Quetzal"
         "|Cooperativa cafetalera Chitul",
      nm="Aeropuerto La Aurora|Tikal|Lago de Atitlán|Hospital Roosevelt"
         "|Universidad de San Carlos",
      cur="Q{}", plate="P ###@@@"),
    L(code="co", country="Colombia", langs="es", style="hisp",
      gm="Juan_David Andrés Carlos Luis_Fernando Jhon Diego Sebastián Jairo Wilson Camilo "
         "Édgar Yeison",
      gf="María_Fernanda Luz_Marina Paola Claudia Diana Yuliana Sandra Liliana Marisol "
         "Daniela Leidy Yurany",
      fam="Rodríguez Gómez González Martínez García López Hernández Sánchez Ramírez Pérez "
          "Díaz Muñoz Rojas Moreno Cárdenas Ospina Restrepo",
      nick="Pacho Mono Nacho Pipe Juancho Caro Mafe Lucho Toño Tato",
      hon=HISP_HON, kin=HISP_KIN + "|m:primo _K|f:mamá _G",
      ph="+57 3## ### ####|3## ### ####|3#########|+573#########|(601) ### ####",
      ad="Calle {n2} # {n}-{n3}, {ds}, {tw}|Carrera {n2} #{n}-{n3}, Barrio {ds}, {tw}"
         "|Cra. {n2} No. {n}-{n3}, Apto {flat}0{n3}, {tw}|Diagonal {n2} Sur # {n}-{n3}, {tw}",
      st="Calle 10",
      tw="Bogotá|Medellín|Cali|Barranquilla|Cartagena|Bucaramanga|Apartadó|Chinchiná|Pereira",
      ds="Kennedy|Bosa|Suba|Chapinero|Laureles|Belén|El Poblado|Aranjuez|Siloé|Soledad",
      dob="{dd}/{mm}/{yyyy}|{d} de {mon} de {yyyy}|{yyyy}-{mm}-{dd}", ml="es", pp="@@######",
      dl="##########",
      co="Flores El Rosal|Banacol|Sociedad Portuaria de Buenaventura"
         "|Federación de Cafeteros|Grupo Éxito CEDI",
      nm="Aeropuerto El Dorado|Parque Simón Bolívar|Hospital San Vicente de Paúl"
         "|Estadio Atanasio Girardot",
      cur="${} COP", plate="@@@ ###"),
    L(code="pe", country="Peru", langs="es qu", style="hisp",
      gm="Juan José Luis Carlos Wilber Edwin Freddy Percy Richard Teodoro Hugo Yuri Cirilo",
      gf="María Rosa Carmen Luz Julia Flor Nélida Yanet Milagros Rocío Gladys Delia Sonia",
      fam="Quispe Mamani Huamán Flores Condori Sánchez Rojas Chávez Ccori Apaza Torres "
          "Vásquez Choque Ramos Huanca Tito",
      hon=HISP_HON, kin=HISP_KIN,
      ph="+51 9## ### ###|9## ### ###|9########|+519########|(01) ### ####",
      ad="Jr. {st} {n}, {ds}, {tw}|Av. {st} {n}, Dpto. {flat}0{n3}, {ds}, {tw}"
         "|Mz. {n3} Lt. {n2}, A.H. {st}, {ds}, {tw}|Calle {st} {n}, Urb. {ds}, {tw}",
      st="Los Olivos|Arequipa|Grau|Túpac Amaru|Huáscar|Los Pinos|San Martín|Bolognesi",
      tw="Lima|Arequipa|Trujillo|Chiclayo|Piura|Ica|Cusco|Chimbote|Huancayo|Callao",
      ds="San Juan de Lurigancho|Comas|Villa El Salvador|Ate|Cerro Colorado|La Esperanza"
         "|Chincha Alta",
      dob="{dd}/{mm}/{yyyy}|{d} de {mon} de {yyyy}", ml="es", pp="#########",
      co="Camposol|Danper|Sociedad Minera Cerro Verde|Pesquera Diamante|Ransa",
      nm="Aeropuerto Jorge Chávez|Plaza San Martín|Machu Picchu|Hospital Cayetano Heredia"
         "|Señor de los Milagros",
      cur="S/ {}", plate="@%%-###"),
    L(code="ve", country="Venezuela", langs="es", style="hisp",
      gm="José_Gregorio Luis Carlos Jesús Yorman Wilmer Johan Richard Ender Yeferson Jhonny "
         "Freddy",
      gf="María_Gabriela Yusmary Yelitza Daniela Andreína Mariela Marbelys Oriana Génesis "
         "Yorleidy Zuleima",
      fam="González Rodríguez Pérez Hernández García Martínez Rivas Mendoza Guerrero Medina "
          "Marcano Villalobos Briceño Chirinos Colmenares Urdaneta",
      hon=HISP_HON, kin=HISP_KIN,
      ph="+58 P ### ####|0P-###-####|0P#######|+58P#######|0212-###-####",
      pre="412 414 416 424 426",
      ad="Calle {st}, Casa N° {n}, Urb. {ds}, {tw}"
         "|Av. {st}, Edif. {ds}, Piso {n3}, Apto {flat}, {tw}"
         "|Sector {ds}, Calle {n2}, Casa {n}, {tw} {pc}",
      st="Bolívar|Miranda|Sucre|Urdaneta|Libertador|Las Delicias|Universidad|5 de Julio",
      tw="Caracas|Maracaibo|Valencia|Barquisimeto|Maturín|Puerto La Cruz|Mérida",
      ds="Petare|Catia|La Candelaria|Los Haticos|El Valle|San Jacinto|La Victoria",
      pc="####", dob="{dd}/{mm}/{yyyy}|{d} de {mon} de {yyyy}|{dd}-{mm}-{yyyy}", ml="es",
      pp="#########", co="Polar planta|Puerto Cabello terminal|Cervecería Regional",
      nm="Aeropuerto Simón Bolívar|Plaza Bolívar|Hospital José María Vargas|Salto Ángel",
      cur="USD {}", plate="@@@##@"),
    L(code="cl", country="Chile", langs="es", style="hisp",
      gm="Juan_Pablo Cristián Rodrigo Felipe Matías Sebastián Patricio Claudio Benjamín "
         "Manuel Jorge Mauricio",
      gf="Francisca Javiera Constanza Catalina Camila Daniela Valentina Carolina Macarena "
         "Paulina Soledad Ximena",
      fam="González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales "
          "Araya Fuentes Espinoza Valenzuela Carrasco",
      hon="m:Sr. _F|f:Sra. _F|m:don _G|f:señora _G|Dr. _F",
      kin="m:tío _G|f:tía _G|f:abuelita _G|m:compadre _G",
      ph="+56 9 #### ####|9 #### ####|9########|+569########|(2) 2### ####",
      ad="{st} {n}, depto. {flat}0{n3}, {ds}, {tw}|Pasaje {st} {n}, Villa {ds}, {tw}"
         "|Av. {st} {n}, {ds}, {tw}",
      st="Los Aromos|Arturo Prat|O'Higgins|Manuel Montt|Las Acacias|Los Carrera|Freire",
      tw="Santiago|Valparaíso|Rancagua|Talca|Curicó|Concepción|Antofagasta|Puerto Montt"
         "|Copiapó",
      ds="Puente Alto|Maipú|La Florida|Recoleta|San Bernardo|Quilicura|Pudahuel|Lo Espejo",
      dob="{dd}-{mm}-{yyyy}|{dd}/{mm}/{yyyy}|{d} de {mon} de {yyyy}", ml="es",
      pp="F########",
      co="Dole Chile|Frutícola Olmué|Salmones Camanchaca|AquaChile"
         "|San Antonio Terminal Internacional",
      nm="Aeropuerto Arturo Merino Benítez|Plaza Italia|Hospital del Salvador"
         "|Cerro San Cristóbal",
      cur="${} CLP", plate="@@@@-##"),
    L(code="ar", country="Argentina", langs="es", style="hisp",
      gm="Juan_Cruz Martín Santiago Matías Facundo Nicolás Lautaro Gustavo Diego Sergio "
         "Ezequiel Marcelo",
      gf="Florencia Agustina Camila Luciana Sofía Micaela Valeria Romina Natalia Gabriela "
         "Belén Julieta",
      fam="González Rodríguez Gómez Fernández López Díaz Martínez Pérez García Romero Sosa "
          "Álvarez Benítez Acosta Medina Ferrari Russo",
      nick="Toto Pepe Cacho Tito Lalo Pato Chiqui Flaco Gringo",
      hon="m:Sr. _F|f:Sra. _F|m:don _G|f:doña _G|Dr. _F|Ing. _F|Lic. _F",
      kin="m:tío _G|f:tía _G|f:abuela _G|m:primo _K",
      ph="+54 9 11 ####-####|11 ####-####|+54 9 ### ###-####|011 15-####-####"
         "|+54911########|0351 15-###-####",
      ad="{st} {n}, piso {n3}, dto. B, {ds}, {tw}|{st} {n}, {ds}, {pc} {tw}"
         "|Barrio {ds}, Manzana {n3}, Casa {n}, {tw}",
      st="Av. Rivadavia|Av. Corrientes|San Martín|Belgrano|Sarmiento|Mitre|Av. Libertador"
         "|Pueyrredón|Moreno",
      tw="Buenos Aires|Córdoba|Rosario|Mendoza|Tucumán|Mar del Plata|Salta|Neuquén|La Plata",
      ds="Palermo|Flores|La Matanza|Villa Lugano|Barracas|Güemes|Alberdi|Godoy Cruz|Lanús",
      pc="@####@@@|####", dob="{dd}/{mm}/{yyyy}|{d} de {mon} de {yyyy}", ml="es",
      pp="@@@######", dl="########",
      co="Arcor|La Serenísima|Terminal 4 Puerto Buenos Aires|Bodegas Catena|Toyota Zárate",
      nm="Aeropuerto Ezeiza|Obelisco|Hospital Garrahan|Estadio Monumental|Plaza de Mayo",
      cur="${}", plate="@@ ### @@"),
    L(code="br", country="Brazil", langs="pt", style="lusa",
      gm="João Pedro Lucas Gabriel Matheus Carlos Paulo José Luiz Rafael Anderson Wellington "
         "Francisco Raimundo",
      gf="Maria Ana Francisca Juliana Fernanda Patrícia Aline Adriana Luciana Camila Jéssica "
         "Raimunda Antônia",
      fam="Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa "
          "Ribeiro Martins Carvalho Araújo da_Silva dos_Santos de_Souza",
      nick="Zé Tião Chico Bia Nando Juju Guto Léo Dudu Tonho Cida",
      hon="m:Sr. _N|f:Sra. _N|f:Dona _G|m:Seu _G|Dr. _F|f:Dra. _F|Eng. _F",
      kin="m:tio _G|f:tia _G|f:vó _G|m:vô _G|m:compadre _G|f:comadre _G",
      ph="+55 (P) 9####-####|(P) 9####-####|+55 P 9#### ####|P 9####-####|+55P9########"
         "|(P) 3###-####",
      pre="11 21 31 41 51 61 71 81 85 91 62 27 47 19 92",
      ad="Rua {st}, {n}, {ds}, {tw} - {pc}|Av. {st}, {n}, apto {flat}0{n3}, {ds}, {tw}, CEP {pc}"
         "|Rua {st}, {n}, casa {n3}, {ds}, {tw}",
      st="das Flores|São João|Sete de Setembro|Tiradentes|Santos Dumont|Dom Pedro II"
         "|Boa Vista|XV de Novembro|Getúlio Vargas",
      tw="São Paulo|Rio de Janeiro|Belo Horizonte|Recife|Manaus|Curitiba|Salvador|Goiânia"
         "|Petrolina|Santos",
      ds="Jardim Ângela|Capão Redondo|Centro|Vila Nova|Boa Viagem|Itaquera|Pirambu|Madureira",
      pc="#####-###", dob="{dd}/{mm}/{yyyy}|{d} de {mon} de {yyyy}|{dd}-{mm}-{yyyy}",
      ml="pt", iban="BR", pp="@@######", dl="###########",
      dom="gmail.com hotmail.com uol.com.br bol.com.br yahoo.com.br terra.com.br",
      co="JBS frigorífico|Ambev|Raízen usina|Santos Brasil terminal|Cooxupé",
      nm="Aeroporto de Guarulhos|Avenida Paulista|Cristo Redentor|Hospital Albert Einstein"
         "|Estádio do Maracanã",
      cur="R$ {}", plate="@@@#@##"),
    L(code="ht", country="Haiti", langs="ht fr",
      gm="Jean Wilner Jean-Baptiste Frantz Jacques Pierre Widner Kervens Jude Evens "
         "Stevenson Dieuseul",
      gf="Marie Nadège Guerline Rose-Marie Fabienne Mirlande Wideline Roseline Lovely "
         "Nathalie Edeline",
      fam="Pierre Jean Joseph Louis Charles Baptiste François Etienne Desir Noel Augustin "
          "Dorvil Saint-Fleur Cadet",
      hon="m:M. _F|f:Mme _F|m:Msye _F|f:Madan _F|Dr _F|Pastè _F",
      kin="f:Tant _G|m:Tonton _G|f:Grann _G|m:Kouzen _G",
      ph="+509 3# ## ####|+509 4# ## ####|3#######|+5093#######|4### ####",
      ad="{n}, Rue {st}, {ds}, {tw}|Ruelle {st} #{n}, {ds}, {tw}|{n}, Impasse {st}, {tw}",
      st="Capois|Lamarre|Pavée|du Centre|Monseigneur Guilloux|Delmas 33|Christ-Roi",
      tw="Port-au-Prince|Cap-Haïtien|Gonaïves|Les Cayes|Jacmel|Saint-Marc|Pétion-Ville",
      ds="Delmas|Carrefour|Tabarre|Cité Soleil|Martissant|Turgeau",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", ml="fr", pp="@@#######",
      co="Caribbean Bottling|Codevi zone franche|Digicel Haiti|Moulins d'Haïti",
      nm="Aéroport Toussaint Louverture|Citadelle Laferrière|Champ de Mars"
         "|Hôpital Saint-Damien",
      cur="{} HTG", plate="@@ #####"),
    L(code="jm", country="Jamaica", langs="en jam",
      gm="Andre Damion Kemar Oneil Ricardo Dwayne Shamar Rohan Delroy Tyrone Garfield Leroy",
      gf="Shanique Kimberley Tashana Tamika Simone Nordia Sherine Keisha Monique Odette",
      fam="Brown Campbell Williams Thompson Clarke Gordon Reid Grant McKenzie Morgan Francis "
          "Ellis Bailey Forbes",
      nick="Bigga Shorty Dread Bredda Tallman Ras Sweets Blacka",
      hon="m:Mr. _F|f:Mrs. _F|f:Miss _G|Dr. _F|Bishop _F|Teacha _G",
      kin="f:Auntie _G|m:Uncle _G|f:Granny _G|f:Miss _G|m:Mass _G|m:Cousin _G",
      ph="+1 876-###-####|876-###-####|(876) ###-####|876 ### ####|1876#######",
      ad="{n} {st}, Kingston {n3}|Lot {n}, {ds}, {tw}|{n} {st}, {ds}, {tw}",
      st="Hope Road|Molynes Road|Constant Spring Road|Spanish Town Road|Barbican Road"
         "|Red Hills Road|Main Street",
      tw="Kingston|Montego Bay|Spanish Town|Portmore|May Pen|Mandeville|Ocho Rios",
      ds="Waterhouse|Greater Portmore|Havendale|Duhaney Park|Flankers|Norwood",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}|{mon} {d}, {yyyy}", pp="@#######",
      dl="#########",
      co="Jamalco|Wray & Nephew|Kingston Freeport Terminal|Jamaica Producers",
      nm="Norman Manley International Airport|Bob Marley Museum|Emancipation Park"
         "|Marcus Garvey Drive",
      cur="J${}", plate="####@@"),
    # ------------------------------------------------------------------ Oceania
    L(code="au", country="Australia", langs="en",
      gm="Jack Lachlan Mitchell Brendan Darren Shane Cooper Hamish Riley Kane Josh Nathan",
      gf="Chloe Jessica Kylie Tegan Brooke Sharni Emily Mia Grace Rebecca Tahlia Jodie",
      fam="Smith Jones Williams Brown Wilson Taylor Nguyen Kelly Ryan Martin O'Brien Walker "
          "Harris Papadopoulos Singh Murray",
      nick="Davo Shazza Robbo Macca Bazza Johnno Hendo Kezza Stevo Gazza",
      hon="m:Mr _F|f:Mrs _F|f:Ms _F|Dr _F", kin="f:Aunty _G|m:Uncle _G|f:Nanna _G|m:Pop _G",
      ph="+61 4## ### ###|04## ### ###|04########|+614########|(02) #### ####|08 #### ####",
      ad="{n} {st}, {tw} {ds} {pc}|Unit {flat}/{n} {st}, {tw} {ds} {pc}"
         "|Lot {n} {st}, {tw} {ds} {pc}",
      ds="NSW|VIC|QLD|WA|SA|TAS|NT",
      st="George Street|Station Street|Mary Street|Wattle Avenue|Banksia Crescent"
         "|Railway Parade|Main Road|Boundary Road",
      tw="Mildura|Griffith|Bundaberg|Shepparton|Port Hedland|Kalgoorlie|Darwin|Townsville"
         "|Werribee|Dandenong|Mackay",
      pc="####", dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}|{d}/{m}/{yy}", pp="P@#######",
      dl="#########|########",
      dom="gmail.com bigpond.com outlook.com.au hotmail.com optusnet.com.au",
      co="Costa Group|BHP contractor|Patrick Terminals|Woolworths DC|Linfox",
      nm="Sydney Harbour Bridge|Kingsford Smith Airport|Royal Prince Alfred Hospital|Uluru"
         "|Flinders Street Station",
      cur="${}", plate="@@@-###|###-@@@"),
    L(code="nz", country="New Zealand", langs="en mi",
      gm="Tama Wiremu Hemi Rawiri Liam James Sione Manaia Jack Mikaere Ethan Tane",
      gf="Aroha Mere Ngaire Kiri Hinemoa Sophie Olivia Anahera Charlotte Moana Ruby",
      fam="Smith Williams Ngata Tipene Parata Brown Wilson Te_Whare Walker Harawira Taylor "
          "Rangi Tapsell Anderson",
      hon="m:Mr _F|f:Mrs _F|f:Ms _F|Dr _F|m:Matua _G|f:Whaea _G",
      kin="f:Aunty _G|m:Uncle _G|f:Nan _G|m:Koro _G|f:Kuia _G|m:Matua _G|f:Whaea _G",
      ph="+64 2# ### ####|02# ### ####|021 ### ###|+6421#######|027-###-####|(09) ### ####",
      ad="{n} {st}, {ds}, {tw} {pc}|Flat {flat}, {n} {st}, {ds}, {tw}|{n} {st}, RD {n3}, {tw} {pc}",
      st="Queen Street|Cameron Road|Great North Road|Tui Street|Kowhai Avenue"
         "|Main North Road|Marae Road|Fenton Street",
      tw="Tauranga|Te Puke|Hastings|Napier|Auckland|Blenheim|Gisborne|Nelson|Christchurch"
         "|Rotorua",
      ds="Otara|Mangere|Papakura|Greerton|Flaxmere|Mount Maunganui|Hornby|Ōtāhuhu",
      pc="####", dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", pp="@@######", dl="@@######",
      dom="gmail.com xtra.co.nz outlook.com hotmail.com",
      co="Zespri packhouse|Seeka|Fonterra|Port of Tauranga|Sanford|Silver Fern Farms",
      nm="Te Papa|Sir Edmund Hillary Outdoor Centre|Aoraki Mount Cook"
         "|Auckland Harbour Bridge",
      cur="NZ${}", plate="@@@###"),
    L(code="fj", country="Fiji", langs="en fj",
      gm="Josefa Sitiveni Jone Viliame Semi Tevita Isikeli Apisai Rajesh Sanjay Mosese "
         "Waisale",
      gf="Mereani Litia Salote Ana Akanisi Losana Vasemaca Priya Shalini Kelera Seini Unaisi",
      fam="Naivalu Tuilau Ravouvou Nawaqa Vakacegu Koroi Tabua Delana Prasad Chand Ratudina "
          "Waqa Bulitavu",
      hon="m:Mr _F|f:Mrs _F|m:Ratu _N|f:Adi _N|Dr _F",
      kin="m:Momo _G|f:Nei _G|m:Tata _G|f:Bubu _G|m:Uncle _G|f:Aunty _G",
      ph="+679 ### ####|+679 9## ####|9## ####|7## ####|+6799######",
      ad="Lot {n}, {st}, {ds}, {tw}|{n} {st}, {tw}",
      st="Ratu Mara Road|Queens Road|Kings Road|Princes Road|Namena Road|Waimanu Road",
      tw="Suva|Lautoka|Nadi|Labasa|Ba|Sigatoka|Nausori|Savusavu",
      ds="Nabua|Raiwai|Samabula|Namaka|Tavakubu|Vatuwaqa|Nakasi",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", pp="@#######",
      co="Fiji Sugar Corporation|Pacific Fishing Company|Goodman Fielder Fiji",
      nm="Nadi International Airport|Albert Park|Thurston Gardens"
         "|Colonial War Memorial Hospital",
      cur="FJ${}", plate="@@ ###"),
    L(code="pg", country="Papua New Guinea", langs="en tpi",
      gm="John Peter Kila Michael Joe Tony Kaiser Paul Benjamin Raphael Lucas Nathan",
      gf="Mary Grace Lucy Rose Julie Helen Dorcas Agnes Betty Naomi Esther Joyce",
      fam="Wama Tau Kombra Pundari Yako Aisi Maru Kaupa Wari Gumuno Kewa Sapu Kila",
      hon="m:Mr _F|f:Mrs _F|Dr _F|Pastor _F",
      kin="m:Papa _G|f:Mama _G|m:Brata _G|f:Susa _G|m:Uncle _G|f:Aunty _G",
      ph="+675 7### ####|7### ####|+6757#######|+675 3## ####",
      ad="Section {n3}, Allotment {n2}, {ds}, {tw}|Lot {n}, {st}, {ds}, {tw}",
      st="Waigani Drive|Independence Drive|Magi Highway|Okuk Highway",
      tw="Port Moresby|Lae|Madang|Mount Hagen|Goroka|Kokopo|Wewak|Kimbe",
      ds="Gerehu|Gordons|Boroko|Tokarara|Eriku|Kaugere|Hohola|Six Mile",
      dob="{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}", pp="P#######",
      co="New Britain Palm Oil|Ok Tedi Mining|RD Tuna Canners|PNG Ports|Lae Biscuit Company",
      nm="Jacksons International Airport|Sir John Guise Stadium|Kokoda Track"
         "|Port Moresby General Hospital",
      cur="K{}", plate="@@@ ###"),
]  # fmt: skip

# --------------------------------------------------------------------------- templates
# Slots: see the module docstring of bench/sanitizer_dev27.py.

GENERIC_TEMPLATES = [
    """Roster wk {n} – {co}
Mon-Fri day shift ({time}–{time})
Lead: {p1} ({phone})
{p2.g}, {p3.g}, {p4} – packing line {n}
{p5} – forklift (licence {dl})
Night: {p6.up}, {p7.up}
Any swaps text {p1.g} before Thursday.""",
    """INCIDENT REPORT {ref}
Site: {co}, {town}
Date/time of incident: {date} {time}
Injured person: {p1}   DOB: {dob}
Home address: {addr}
Contact: {phone}
Description: {p1.g} slipped from the second rung of the ladder while fixing the conveyor
guard, fell approx 1.5 m onto concrete. Left wrist swollen.
Witnesses: {p2}, {p3.hon}
First aid given by: {p4} (first aider)
Reported by: {p5.up}, supervisor, badge {badge}""",
    """PAYSLIP – {co}
Employee: {p1.up}          Emp ID: {emp}
Period: {date} to {date}
Paid to: {iban}
Basic: {hrs} days x {amt}
Overtime: {hrs} h
Deductions: housing {amt}, advance {amt}
Net pay: {amt}
Questions? payroll: {email}""",
    """CREW LIST – {vessel} ({imo})
Port of departure: {port}   ETD {date}
No. Name | Rank | Passport | DOB
1. {p1.up} | Master | {pp} | {dob}
2. {p2.up} | Chief Engineer | {pp} | {dob}
3. {p3.up} | Deckhand | {pp} | {dob}
4. {p4.up} | Cook | {pp} | {dob}
Agent: {co}, {phonei}, {email}""",
    """RUN SHEET {date} – truck {plate} ({veh})
Driver: {p1} tel {phone}
Co-driver: {p2.g}
Stop 1: {co} – collect {n} pallets, order {order}
Stop 2: deliver to {p3} at {addr} (call {phone} 30 min before)
Stop 3: return empties to depot, {gate}
Fuel card {masked}, PIN {pin}""",
    """BILL OF LADING No. {ref}
Shipper: {co}, attn. {p1}, {phonei}
Consignee: {p2}, {addr}
Notify party: {p3.hon}, {email}
Vessel/Voyage: {vessel} / {n}W
Port of loading: {port}   Port of discharge: {port}
Container: {cont}   Seal: {seal}
Description: {n}0 bags {crop}, gross {kg} kg""",
    """GATE PASS {ref}
Driver name: {p1.up}
Driving licence no.: {dl}
Truck: {plate}
Container {cont}, seal {seal}
Entry {gate} {time}, exit before {time}
Issued by: {p2.ini} (shift {shift})""",
    """PICK LIST {order} – wave {n}
Picker: {pick} ({p1.g})
Checker: {p2.h}
A-{n}-{n}  {sku}  qty {n}
C-{n}-{n}  {sku}  qty {n}
F-{n}-{n}  {sku}  qty {n}
Ship to: {p3}, {addr}
Tel: {phone}""",
    """Dear {p1},

We are pleased to offer you the position of general farm worker at {co}.
Contract: 24 months, starting {date}. Salary: {amt} per month plus accommodation.
Your passport number ({pp}) will be used for the work-permit application ({permit}).
Please sign and return to our recruitment officer {p2.hon} at {p2.em}
or WhatsApp {phonew}.

Kind regards,
{p3}
HR, {co}""",
    """Visa sponsorship – applicant checklist
Applicant: {p1.cm}
Date of birth: {dob}
Passport: {pp} (expiry {date})
Home address: {addr}
Phone: {phonei}
Employer sponsor: {co}, contact {p2}
Application ref: {permit}
[x] medical  [x] police clearance  [ ] trade test""",
    """To: {p1.hon}, Site Manager, {co}
From: {p2}, shop steward
Re: grievance on behalf of {p3} and {n} others

On {date} members on B shift were told overtime would be paid at flat rate. {p3.g} raised
this with supervisor {p4.f} and was moved to cleaning duties the next day. We consider
this victimisation and request a meeting within 7 days.
Contact me on {phone} or {p2.em}.""",
    """Complaint – unpaid wages
My name is {p1}, I worked at {co} ({town}) from {date} to {date} as a picker.
They still owe me {amt} for the last {n} weeks. The boss, {p2}, says he paid cash but I
never got it. My bank account is {iban}. You can reach me at {phone} or {p1.em}.
I live at {addr}.""",
    """WORKERS' COMPENSATION CLAIM
Claimant: {p1.cm}        Date of birth: {dob}
Address: {addr}
Phone: {phone}   Email: {p1.em}
Employer: {co}
Date of injury: {date}   Body part: lower back
Treating doctor: Dr {p2}
Claim no.: {ref}
Payment to account: {iban}""",
    """TOOL CRIB LOG – {co}
{date}  {tool}  out: {p1.h}  in: —
{date}  {tool}  out: {p2.h}  in: {time}
{date}  {tool}  out: {p3.h}  in: —
Missing items are charged to the worker. Store: {p4.g} ext {n}""",
    """DAILY VEHICLE INSPECTION – {veh} {plate}
VIN {vin}   Odometer {n}482 km
Driver: {p1}   Licence: {dl}
Tyres OK / Brakes OK / Lights – left indicator out
Telematics unit MAC {mac}
Signed: {p1.ini}   Checked by: {p2.ini}""",
    """QUOTATION {inv}
From: {p1}, {co}
{addr}
Tel {phone} | {p1.em}
To: {p2.hon}
Job: re-roof goat shed and 2 new gutters at {addr}
Labour: {n} days x 3 men – {amt}
Materials: {amt}
Payment: 50% deposit to {iban}. Valid 30 days.""",
    """INVOICE {inv}   Date {date}
Bill to: {p1}, {addr}
Service {veh} {plate}, replace clutch kit, {n} h labour
Total: {amt}
Paid by card: {card}
Technician: {p2.g}""",
    """Subject: RE: tender {ref} – supply of {n} t {crop}

Hi {p1.g},

Thanks for the clarification. Our offer stands at {amt}/t FOB {port}. Samples went out
with courier, tracking {track}.
For the bank guarantee please contact our finance officer {p2} ({p2.em}, {phonei}).

Best,
{p3}
{co}

-----Original Message-----
From: {p1} <{p1.em}>
Sent: {date}
Subject: tender {ref}
Please confirm moisture content below 8%.""",
    """STALL RENT BOOK – {co}
Stall {n} – {p1} ({phone})
  {date} paid {amt} rcpt {ref}
  {date} paid {amt} rcpt {ref}
  {date} owing
Stall {n} – {p2.kin} ({phone})
  {date} paid {amt}""",
    """can u help me write a reference letter for my worker {p1}. worked for me {n} years on
the farm, very honest, can drive the tractor ({model}). now applying at {co}.
my name is {p2}, phone {phone}, address {addr}. mention the DOB {dob} bc the agency asked""",
    """[{date}, {time}] {p1.g}: guys bus leaves {town} 5:30 tomorrow
[{date}, {time}] {p2}: who has the key for the store?
[{date}, {time}] {p3.g}: {p4.g} has it
[{date}, {time}] {p1.g}: {p4.at} pls bring
[{date}, {time}] {p4}: ok ok. my new number {phone}""",
    """#site-b-crew
{p1.h}  07:02  rebar delivery moved to 10
{p2.h}  07:05  {p1.at} crane not booked for 10, only after lunch
{p3.h}  07:06  I'll call {p4.g} from the hire company, {phone}
{p1.h}  07:09  ok, thx""",
    """From {phone}: Hi {p1.g}, this is {p2.g} from {co}. Your code for the payroll app
is {otp}. Don't share it with anyone.""",
    """[voice note 0:47] yes hello {p1.g}, it's {p2.g}... listen, the truck broke down, plate
{plate}, call the mechanic {p3} on {phone}, I'm sending my location now... and tell the
boss {p4.hon} we will be late for the loading""",
    """{dt} gw-{n} INFO  sensor=coldroom-{n} temp=-18.2C rssi=-71 mac={mac}
{dt} gw-{n} WARN  door open > 120s, badge {badge} ({p1.h})
{dt} gw-{n} INFO  uplink ok ip={ip} fw={ver}
{dt} gw-{n} INFO  alert sms sent to {phonew} ({p2})""",
    """{"ts":"{dt}","unit":"{uuid}","plate":"{plate}","driver":"{p1}","driverPhone":"{phonew}",\
"lat":-1.2{n},"lon":36.8{n},"speed":{n},"ign":true,"src":"{ip}"}""",
    """READER   TIME    BADGE     NAME                     RESULT
GATE-01  {time}   {badge~9} {p1.up~24} GRANTED
GATE-01  {time}   {badge~9} {p2.up~24} GRANTED
TURN-03  {time}   {badge~9} {p3.up~24} DENIED (expired)
controller {mac} / {ip}""",
    """POS#{n} {dt} SALE amt={amt} card={masked} auth={ref} cashier={p1.h}
POS#{n} {dt} SALE amt={amt} card={card} entry=KEYED cashier={p1.h}
POS#{n} {dt} REFUND amt={amt} card={masked} approved_by={p2.h}""",
    """# harvest-app config
db:
  url: postgres://harvest_app:{dbpw}@{ip}:5432/harvest
sms:
  provider: twilio
  from: "{phonei}"
  auth_token: {apikey}
admin_email: {email}
gateway_mac: "{mac}"
""",
    """OPENAI_API_KEY={apikey}
PAYROLL_DB_PASSWORD={pw}
SMTP_USER={p1.em}
SMTP_PASS={pw}
FARM_GW_IP={ip}""",
    """{co} – member ledger (extract)
Member {n}0{n}  {p1}  deliveries {kg} kg {crop}  payout {amt}  mobile money {phone}
Member {n}0{n}  {p2}  deliveries {kg} kg  payout {amt}  mobile money {phone}
Member {n}0{n}  {p3.kin}  deliveries {kg} kg  payout {amt}  (paid cash)""",
    """CATCH LOG – {vessel}
Skipper: {p1}
{date}  haul 1  {fish}  {kg} kg
{date}  haul 2  {fish}  {kg} kg
Observer on board: {p2} ({phonei})
Landed at {port}, buyer {co}""",
    """SAFETY INDUCTION – SIGN-IN SHEET ({date})
Induction given by: {p1.hon}
| # | Name | Company | Phone | Signed |
| 1 | {p2} | {co} | {phone} | yes |
| 2 | {p3} | {co} | {phone} | yes |
| 3 | {p4} | subcontractor | {phone} | yes |
| 4 | {p5} | labour hire | {phone} | absent |""",
    """SITE DIARY – {co} – {date}
Weather: rain until 10:00
Crew on site: {n} (foreman {p1})
- Slab pour level 2 postponed; pump operator {p2} sent home.
- Inspector {p3.hon} visited 13:30, asked for the scaffold tags.
- Delivery docket {order} short by 40 bags.
- {p4.g} cut hand on rebar, first aid only.
Diary kept by {p5.ini}""",
    """APPLICANT REGISTRATION FORM
Full name (as in passport): {p1.up}
Passport no.: {pp}
Date of birth: {dob}
Place of birth: {town}
Address: {addr}
Mobile/WhatsApp: {phonew}
E-mail: {p1.em}
Next of kin: {p2} ({phone})
Job applied for: packhouse / {crop} picking
Agent: {p3}""",
    """Translate this contract into simple words for my worker:
EMPLOYMENT CONTRACT between {co} ("Employer") and {p1}, born {dob}, passport {pp},
residing at {addr} ("Employee"). The Employee shall work as a seasonal harvest worker
from {date} to {date}. Wages shall be paid into account {iban}.""",
    """make a rota from this list, 3 people per shift, nobody two nights in a row
{p1.g} - can't do sunday
{p2.g} {p2.f}
{p3} (only days)
{p4.gl}
{p5} - new, pair with {p1.g}
{p6.g}""",
    """From: {p1} <{p1.em}>
To: {p2.em}
Subject: Re: crew change {vessel}

{p2.g}, the two relievers are {p3} and {p4}. Flights {flight} and {flight}, PNR {pnr}.
Can your agent meet them at the airport?

{p1}
Crewing Officer | {co}
M: {phonei}

On {date}, {p2} wrote:
> Please send the names of the relievers before Friday.""",
    """FIT FOR WORK CERTIFICATE
This is to certify that {p1}, date of birth {dob}, was examined on {date} and found fit
for work at heights.
Dr {p2}, reg. no. {ref}
{co} clinic, tel {phone}""",
    """Remittance request
Sender: {p1} ({phonei})
Receiver: {p2}, {town}
Receiver account: {iban}
Amount: {amt}
Purpose: family support
Reference: {ref}""",
    """boss said he will pay this week in USDT. my wallet {eth}. for BTC use {btc}
{p1.g} and {p2.g} also want to be paid the same way:
{p1.g}: {eth}
{p2.g}: {btc}""",
    """Driver vetting – {co}
Name: {p1}
Driving licence number: {dl}  class C/CE
Points: 3
Checked by {p2.ini} on {date}""",
    """Worker housing – room allocation
Room {n}: {p1}, {p2}, {p3}
Room {n}: {p4}, {p5}
Room {n}: {p6.kin} (cook)
Caretaker: {p7}, {phone}
Wi-Fi: staff / password {wifi}""",
    """DOMESTIC WORKER AGREEMENT
Employer: {p1}, {addr}, tel {phone}
Worker: {p2}, passport {pp}, date of birth {dob}
Duties: cooking, cleaning, care of 2 children
Rest day: Sunday. Salary {amt}, paid on the last day of the month to {iban}.
Emergency contact of the worker: {p3} ({phonei})""",
    """hi, I can't log into the payroll portal. username {p1.h}, the password I set was {pw}
but it says wrong. my email is {p1.em}. my supervisor is {p2}.""",
    """{dt} ERROR sms_notify: 401 Unauthorized from gateway (key={apikey})
  while sending shift reminder to {phonew} ({p1})
{dt} INFO  retry scheduled in 300s""",
    """curl -s https://payroll.internal/api/v1/timesheets \\
  -H "Authorization: Bearer {token}" \\
  -d '{"worker":"{p1.h}","hours":{hrs},"site":"{town}"}'""",
    """ALERT {plate}: harsh braking at {dt}, driver {p1}, speed {n} km/h.
Dispatcher on duty: {p2.g} {phone}""",
    """Hi {p1.hon}, can I swap my Saturday shift with {p2.g}? {p2.g} agreed.
My phone is {phone}. Thanks, {p3.g}""",
    """MAINTENANCE LOG – {model} (serial {sku})
{date}  250 h service, oil + filters   mech: {p1}
{date}  hydraulic hose replaced        mech: {p2.g}
{date}  GPS unit swapped, new MAC {mac}, SIM {phone}
Next service due at {n}50 h""",
    """CUSTOMS DECLARATION (export)
Exporter: {co}
Declarant: {p1}, licence {ref}
Consignee: {p2}, {addr}
Goods: {crop}, {kg} kg
Container {cont} / seal {seal}
Invoice {inv}, value {amt}
Contact: {p1.em}""",
    """Police report – loss of passport
Reporter: {p1}, date of birth {dob}
Passport no.: {pp}
Lost on {date} near {nm}
Employer: {co}, supervisor {p2} ({phone})
Current address: {addr}""",
    """APPRENTICE LOG – {p1}
Trade: welding (MIG)
Mentor: {p2.hon}
{date}: fillet welds on 6 mm plate – satisfactory
{date}: absent (sick), called in from {phone}
Assessor: {p3.ini}""",
    """SPRAY RECORD – block {n}
Operator: {p1}  cert. {ref}
Product: glyphosate 360, 3 L/ha
Knapsacks issued to: {p2.g}, {p3.g}
Supervisor: {p4}""",
    """{p1.at} we need 6 more pickers for {co} next Monday. Send me their names and passport
numbers. For now I have:
- {p2} ({pp})
- {p3} ({pp})
- {p4} (passport at the embassy)""",
    """EMERGENCY CONTACTS – night shift
Site manager: {p1} {phone}
First aid: {p2} {phone}
Security gate: {phone}
Next-of-kin list is in the red folder in {p3.g}'s office.""",
    """Request for salary advance
Name: {p1}   Emp no.: {emp}
Amount: {amt}
Reason: school fees
Repay from next {n} payslips
Send to account {iban} or mobile money {phone}
Approved by: ________ ({p2.g})""",
    """[nvr]
host = {ip}
user = admin
password = {pw}
[camera.gate1]
mac = {mac}
rtsp = rtsp://viewer:{dbpw}@{ip}:554/stream1""",
    """{dt} sshd[{n}1]: Accepted password for {p1.h} from {ip6} port 5{n}22 ssh2
{dt} sshd[{n}2]: Failed password for root from {ip} port 4{n}11 ssh2""",
    """CAMP WI-FI
SSID: Workers-{n}
Password: {wifi}
Problems? WhatsApp {p1.g} on {phonew}""",
    """translate for my mother please: "Dear {p1.kin}, I arrived safely in {town}. The agent
{p2} took our passports, mine is {pp}. My new number is {phonei}. Please tell {p3.g}
I will send money on Friday." """,
    """RADIO LOG – ch 4
{time} Crane 2 ({p1.g}): load swinging, stop the lift
{time} Banksman {p2.f}: copy, all stop
{time} Site office ({p3}): who is under the hook?
{time} {p2.f}: {p4.g} and the new guy {p5.g}, they are clear now""",
    """CONTAINER RELEASE NOTE
Release no.: {ref}
Container: {cont} (40HC), seal {seal}
Release to: {co}, driver {p1} / truck {plate}
Valid until {date}
Terminal contact: {p2}, {p2.em}""",
    """today tally:
{p1.gl} 38 crates
{p2.gl} 41
{p3.gl} 29 (left early)
{p4.lo} 44
rate {amt} per crate""",
    """CURRICULUM VITAE
{p1}
{addr} | {phone} | {p1.em}
Date of birth: {dob}   Driving licence: {dl}
Experience:
{date} – {date}  Forklift operator, {co}
{date} – {date}  General hand, {co}
Referees: {p2} ({phone}); {p3.hon} ({email})""",
    """MUSTER DRILL – {vessel} – {date}
Present: {p1.up}, {p2.up}, {p3.up}, {p4.up}, {p5.up}
Absent: {p6.up} (ashore, sick)
Lifejackets checked by bosun {p7.f}""",
    """SCAFFOLD TAG
Erected by: {p1} (card {ref})
Inspected: {date} by {p2}
SAFE FOR USE – max load {n}0 kg/m2""",
    """/checkin {badge} -> ok ({p1.at})
/checkin {badge} -> ok ({p2.at})
/sick {p3.at} "fever since last night" -> forwarded to {p4}""",
    """TACHO SUMMARY – {p1} – driver card {dl}
{date}: drive 8h12, rest 11h
{date}: drive 9h45 (!), rest 9h
Vehicle {plate}, depot {town}""",
    """BEGIN:VCARD
VERSION:3.0
FN:{p1}
TEL;TYPE=CELL:{phonei}
EMAIL:{p1.em}
ADR;TYPE=HOME:;;{addr};;;;
NOTE:crew leader, {co}
END:VCARD""",
    """I paid {amt} to the agent {p1} in {town} for a job abroad. Receipts attached. His number
is {phone}, his office is at {addr}. The company never gave me my contract and my
passport ({pp}) is still with them. What can I do?""",
    """Fuel card request
Driver: {p1}
New card: {card} (replaces {masked})
Card PIN: {pin}
Send to: {addr}""",
    """$ ssh {p1.h}@{ip}
$ mysql -u payroll -p'{pw}' -h {ip} payroll
$ export MAPS_KEY={apikey}""",
    """Hey {p1.g}! Reminder: medical check for the new crew on {date} at {time}.
Bring passport + 2 photos. Names: {p2}, {p3}, {p4.g} {p4.f}.
The clinic asked for DOBs: {p2.g} {dob}, {p3.g} {dob}, {p4.g} {dob}.""",
    """Loading plan – {berth}
Stevedore foreman: {p1}
Gang 1: {p2.up}, {p3.up}, {p4.up}
Gang 2: {p5.up}, {p6.up}
Tally clerk: {p7} – handheld IP {ip}
Vessel {vessel}, hatch 3 first""",
    """Hello {p1.hon}, this is the bank. Your new online banking password is {pw}
and the one-time code is {otp}. Please change the password after first login.
Questions: {p2}, relationship officer, {phone}""",
    """Cleaning contract – monthly invoice {inv}
Client: {p1}, {addr}
Cleaner: {p2.g} ({phone})
Hours: {hrs} x 4 weeks
Pay to: {iban}""",
    """Job card #{n}{n}
Customer: {p1} – {phone}
Vehicle: {veh}, plate {plate}, VIN {vin}
Complaint: engine overheats under load
Mechanic: {p2.nick}
Parts: radiator hose, thermostat
Customer e-mail for invoice: {p1.em}""",
    """Hi, I'm {p1.g}, I run a small construction crew. One of my guys, {p2}, fell from the
scaffold yesterday. Summarize this for the insurance:
- happened {date} around {time} at {addr}
- {p2.g} was taken to hospital by {p3}
- his/her phone {phone}, date of birth {dob}
- witnesses: {p4.g}, {p5.g}""",
    """{"event":"badge_swipe","ts":"{dt}","reader":"{mac}","badge":"{badge}",\
"holder":"{p1}","result":"granted","site":"{town}"}""",
    """ATTENDANCE {date} – night shift ({co})
present: {p1}, {p2}, {p3}, {p4}
late: {p5} ({time})
no-show: {p6} – tried calling {phone}, no answer""",
    """Hello, I want to register with your agency for seasonal work.
Name: {p1}
Born: {dob}
Passport: {pp}
I speak a little English. My cousin {p2} already works with you.
Call me {phonei} or email {p1.em}.""",
    """Reminder from {co}: your PPE deposit {amt} will be refunded to card {card}
when you return helmet, boots and vest to {p1.g} at the store.""",
    """Harbour master log {date}
{time} {vessel} moored at {berth}, master {p1}
{time} pilot {p2} disembarked
{time} crew shore leave granted: {p3.up}, {p4.up}
{time} agent {p5} ({phonei}) confirmed bunkers""",
    """Please check my timesheet, I think I was underpaid:
Name: {p1}  ID {emp}
Mon {hrs}h, Tue {hrs}h, Wed {hrs}h, Thu {hrs}h, Fri {hrs}h, Sat {hrs}h
Supervisor {p2.f} signed only 40h. Rate is {amt}/h.""",
    """mqtt {dt} topic=farm/{n}/pump payload={"on":true,"by":"{p1.h}","gw":"{mac}"}
mqtt {dt} topic=farm/{n}/status payload={"ip":"{ip}","rssi":-77}""",
    """Crew hotel booking – {co}
Guests: {p1}, {p2}, {p3} (3 rooms, {n} nights)
Arrival {date}, flight {flight}, PNR {pnr}
Guarantee card: {card} – cardholder {p4}
Billing e-mail: {p4.em}""",
    """Agency fee payment
Worker: {p1} ({phonei})
Paid by: {p2} with card {card}
Amount: {amt}   Receipt {ref}
Note: refund to the same card if the visa ({permit}) is refused.""",
    """payout config (piece-rate app)
[payout]
method = crypto
network = ERC-20
default_wallet = {eth}
fallback_btc = {btc}
admin = {p1.em}
api_secret = {apikey}""",
    """Company fuel cards – {co}
{p1.up}: {card}  limit {amt}
{p2.up}: {card}  limit {amt}
{p3.up}: {masked} (blocked, lost)
Cards are PIN-protected; PIN letters were sent to drivers' home addresses.""",
    """Network inventory – packhouse {n}
scale-01   {ip}   {mac}   {model}
printer-02 {ip}   {mac}
ap-yard    {ip}   {mac}   admin pw: {pw}
owner: {p1.h} ({p1.em})""",
    """dhcpd: DHCPACK on {ip} to {mac} (tablet-{p1.h}) via eth0
dhcpd: DHCPACK on {ip} to {mac} (scanner-{n}) via eth0
dhcpd: DHCPDISCOVER from {mac} via eth0: network 10.0.0.0/24: no free leases""",
    """Please help me reply to this message from my employer, I think it's a scam:
"Dear {p1.g}, to receive your bonus of {amt} send your card number and the SMS code.
Contact our payroll officer {p2} at {email}."
I already sent my card {card} and code {otp} :( what do I do now?""",
    """Send the advance to my wallet please, the bank takes 5 days.
USDT (TRC/ERC): {eth}
BTC: {btc}
Name: {p1}   Phone: {phonew}""",
    """NEW STARTER FORM
Surname: {p1.f}     Given names: {p1.g}
Date of birth: {dob}
Address: {addr}
Mobile: {phone}
Bank account (IBAN): {iban}
Emergency contact: {p2} ({phone})
Start date: {date}   Site: {town}""",
]


# ------------------------------------------------------------------ templates built in code
def _roster_csv(r: random.Random) -> str:
    head = r.choice(["name,phone,shift,hours", "Worker,Mobile,Shift,Hrs", "NAME;TEL;SHIFT;H"])
    sep = ";" if ";" in head else ","
    rows = [head]
    for i in range(1, r.randint(4, 10)):
        form = r.choice(["", "", ".up", ".cm"])
        name = f'"{{p{i}{form}}}"' if form == ".cm" else f"{{p{i}{form}}}"
        rows.append(sep.join([name, "{phone}", r.choice("ABC"), "{hrs}"]))
    return "\n".join(rows)


def _timesheet_tsv(r: random.Random) -> str:
    rows = ["emp_id\tname\tmon\ttue\twed\tthu\tfri\tsat"]
    for i in range(1, r.randint(4, 9)):
        rows.append(f"{{emp}}\t{{p{i}}}\t" + "\t".join("{hrs}" for _ in range(6)))
    return "Timesheet {date} – {co}\n" + "\n".join(rows)


def _crew_fixed(r: random.Random) -> str:
    rows = ["NO NAME                        RANK          PASSPORT    BORN"]
    ranks = ["MASTER", "MATE", "ENGINEER", "BOSUN", "AB", "AB", "OS", "COOK", "FISHER"]
    for i in range(1, r.randint(4, 10)):
        rows.append(f"{i:<2} {{p{i}.up~28}} {r.choice(ranks):<13} {{pp~11}} {{dob}}")
    return "CREW MANIFEST {vessel} / {imo}\n" + "\n".join(rows)


def _tally(r: random.Random) -> str:
    rows = ["Harvest tally {date} – block {n} ({crop})"]
    for i in range(1, r.randint(5, 12)):
        rows.append(f"{{p{i}.{r.choice(['g', 'g', 'gl', 'nick', 'f'])}}} - {{kg}} kg")
    rows.append("Checked: {p30}")
    return "\n".join(rows)


def _md_table(r: random.Random) -> str:
    rows = ["| Name | Role | Phone | Email |", "|---|---|---|---|"]
    roles = ["foreman", "rigger", "welder", "labourer", "driver", "electrician", "cook"]
    for i in range(1, r.randint(3, 8)):
        rows.append(f"| {{p{i}}} | {r.choice(roles)} | {{phone}} | {{p{i}.em}} |")
    return "Crew contacts – {co}\n\n" + "\n".join(rows)


def _json_roster(r: random.Random) -> str:
    items = []
    for i in range(1, r.randint(3, 7)):
        items.append(
            f'  {{"name": "{{p{i}}}", "phone": "{{phonew}}", "shift": "{r.choice("ABC")}", '
            f'"badge": "{{badge}}"}}'
        )
    return '{"site": "{town}", "date": "{date}", "crew": [\n' + ",\n".join(items) + "\n]}"


def _sms_thread(r: random.Random) -> str:
    lines = []
    msgs = ["where are u", "on my way", "truck is full", "pay came?", "not yet", "call me",
            "boss is angry", "ok", "bring the gloves", "gate closed, use {gate}"]  # fmt: skip
    for _ in range(r.randint(4, 8)):
        who = r.choice(["{p1.g}", "{p2.g}", "Me"])
        lines.append(f"{who} ({{time}}): {r.choice(msgs)}")
    return "SMS with {p1} ({phone})\n" + "\n".join(lines)


def _payroll_csv(r: random.Random) -> str:
    rows = ["employee,iban,net,currency"]
    for i in range(1, r.randint(3, 8)):
        rows.append(f'"{{p{i}.cm}}",{{iban}},{{n}}{{n}}0.00,EUR')
    return "\n".join(rows)


def _signin(r: random.Random) -> str:
    rows = ["VISITOR / CONTRACTOR SIGN-IN – {date}", "Name | Company | Time in | Car reg"]
    for i in range(1, r.randint(3, 8)):
        rows.append(f"{{p{i}}} | {{co}} | {{time}} | {{plate}}")
    return "\n".join(rows)


def _ledger(r: random.Random) -> str:
    rows = ["{co} – loans to members"]
    for i in range(1, r.randint(3, 8)):
        rows.append(f"{i}. {{p{i}.kin}} – {{amt}} – repaid {{n}}% – tel {{phone}}")
    return "\n".join(rows)


def _whatsapp(r: random.Random) -> str:
    lines = []
    msgs = ["Morning all", "who is driving today?", "I can", "need 2 more for the packhouse",
            "my cousin can come", "send his number", "done", "thanks 🙏",
            "rain, no picking"]  # fmt: skip
    for _ in range(r.randint(5, 9)):
        i = r.randint(1, 4)
        lines.append(f"[{{time}}] {{p{i}}}: {r.choice(msgs)}")
    lines.append("[{time}] {p2}: {p5}, {phone}")
    return "WhatsApp chat export – {date}\n" + "\n".join(lines)


def _badge_csv(r: random.Random) -> str:
    rows = ["timestamp,reader_mac,badge,holder,event"]
    for _ in range(r.randint(4, 9)):
        i = r.randint(1, 5)
        rows.append(f"{{dt}},{{mac}},{{badge}},{{p{i}.h}},{r.choice(['IN', 'OUT', 'DENY'])}")
    return "\n".join(rows)


CODE_TEMPLATES = [_roster_csv, _timesheet_tsv, _crew_fixed, _tally, _md_table, _json_roster,
                  _sms_thread, _payroll_csv, _signin, _ledger, _whatsapp, _badge_csv]  # fmt: skip


LANG_TEMPLATES = {
    "en@us": [
        """BACKGROUND CHECK AUTHORIZATION
Applicant: {p1}
SSN: {ssn}    DOB: {dob}
Current address: {addr}
Driver's license #: {dl}
Email: {p1.em}   Phone: {phone}
Position: CDL-A driver, {co}""",
        """H-2A worker intake – {co}
Worker: {p1}   Passport: {pp}   DOB: {dob}
ITIN: {itin}
Housing address: {addr}
Crew leader: {p2} ({phone})
Direct deposit: routing {acct}, account {acct}""",
        """Hi {p1.g}, for your W-2 correction we need your SSN again – the one on file ({ssn})
doesn't match the last 4 you gave us. Reply here or call {phone}. – {p2}, Payroll""",
        """I-9 / W-4 checklist for {p1}
[x] passport {pp}
[x] SSN card ({ssn})
[ ] voided check
Hire date {date}, foreman {p2.f}, crew {n}""",
        """Subject: direct deposit + tax forms
{p1.g}, the bank rejected your deposit again. Please confirm:
- routing/account: {acct} / {acct}
- SSN: {ssn}
- mailing address: {addr}
Thanks, {p2} ({p2.em})""",
        """CREW LEADER NOTES – {co} – {date}
{p1} – ITIN {itin} – rate {amt}/bin
{p2} – SSN {ssn} – rate {amt}/bin
{p3} – no papers yet, told {p4.g} to call {phone}""",
        """Tenant screening for farmworker housing
Applicant: {p1}, DOB {dob}
SSN/ITIN: {itin}
Current employer: {co}, supervisor {p2} {phone}
Previous address: {addr}""",
        """WC claim intake (Texas)
Injured worker: {p1}
SSN: {ssn}   DOB: {dob}
Home: {addr}
Employer: {co}   Adjuster: {p2} ({p2.em})
Treating physician: Dr. {p3}""",
    ],
    "es@us": [
        """Hola {p1.g}, soy {p2} de la oficina de {co}. Para tu cheque necesito tu número de
seguro social o tu ITIN. El que tenemos es {itin}. Llámame al {phone}.""",
        """Contratista: {p1}. Trabajador: {p2}, SSN {ssn}, fecha de nacimiento {dob},
domicilio {addr}. Licencia de manejo {dl}. Cuadrilla de {p3.kin}.""",
        """Buenas tardes, le mando los datos para la nómina:
Nombre: {p1}
ITIN: {itin}
Teléfono: {phone}
Dirección: {addr}
Mi patrón es {p2.hon}, trabajo en el rancho de {town}.""",
        """{p1.g} dice que su número de seguro es {ssn} pero en la oficina tienen otro. ¿Me
ayudas a escribir una carta a {co}? Él nació el {dob}. Su cuadrillero es {p2.kin}.""",
    ],
    "es@mx": [
        """Apá, ya estoy en {town}. El contratista {p1} me pidió el ITIN, le di el {itin}.
Dígale a {p2.kin} que le mando dinero el viernes a la cuenta de {p3.g}. Mi cel nuevo {phonei}""",
        """Programa de trabajadores agrícolas temporales – ficha
Nombre: {p1}
CURP/Pasaporte: {pp}
Fecha de nacimiento: {dob}
Domicilio en México: {addr}
Contacto: {phone}
Reclutador: {p2}""",
    ],
    "es@gt": [
        """Mija, aquí le mando mi número del seguro social que me dieron en la empacadora: {ssn}.
Guárdelo. El encargado se llama {p1}, su teléfono es {phonei}. Saludos a {p2.kin}.""",
        """Constancia de trabajo
Se hace constar que {p1}, nacido el {dob}, con pasaporte {pp}, laboró en {co} como
cortador de café. Para referencias llamar a {p2.hon} al {phone}.""",
    ],
    "es": [
        """Buenas {p1.hon}, le escribo de parte de {p2.g}. El camión con placas {plate} no
llegó a la bodega. El chofer es {p3}, su cel es {phone}. ¿Le paso su correo? {p3.em}""",
        """REPORTE DE ACCIDENTE
Trabajador: {p1}
Fecha de nacimiento: {dob}
Domicilio: {addr}
Teléfono: {phone}
Fecha del accidente: {date}, {time} h
Descripción: se cortó la mano con la tijera de poda en el surco {n}.
Testigos: {p2}, {p3.kin}
Capataz: {p4.hon}""",
        """Lista de cuadrilla – {co} – {date}
1. {p1}
2. {p2}
3. {p3.nick} ({p3})
4. {p4}
Mayordomo: {p5} – cel {phone}
Pago semanal por depósito a la cuenta {iban}""",
        """[{time}] {p1.g}: oigan mañana no hay corte, llueve
[{time}] {p2.g}: y el pago??
[{time}] {p1.g}: el jueves, pregúntenle a {p3.kin}
[{time}] {p4}: mi número nuevo es {phone}, agéndenlo""",
        """Estimado {p1.hon}:
Por medio de la presente presento queja formal contra el contratista {p2}, quien
retuvo mi pasaporte ({pp}) y me descontó {amt} sin explicación.
Atentamente,
{p3}
{addr}
Tel. {phone} – correo {p3.em}""",
        """Contrato de trabajo temporal. Entre {co} y el Sr./Sra. {p1}, nacido/a el {dob},
con domicilio en {addr}, con pasaporte {pp}. Salario: {amt}. Firma: {p1.ini}""",
    ],
    "pt": [
        """Bom dia {p1.hon}! O motorista {p2} (CNH {dl}) vai buscar a carga às {time}.
Placa {plate}. Qualquer coisa liga {phone} ou manda e-mail {p2.em}.""",
        """FICHA DE ADMISSÃO
Nome: {p1}
Data de nascimento: {dob}
Endereço: {addr}
Celular: {phone}
Conta para depósito: {iban}
Encarregado: {p2.hon}""",
        """Relatório de ocorrência – {date}
O trabalhador {p1.up} caiu da escada no armazém {n}. Foi levado ao posto de saúde pelo
colega {p2.g} {p2.f}. Testemunhas: {p3}, {p4.kin}. Contacto da família: {phone}.""",
        """{p1.g}: pessoal, amanhã a colheita começa às 6h
{p2.g}: e o pagamento da quinzena?
{p1.g}: cai na sexta, a {p3.kin} confirmou
{p4}: meu pix mudou, agora é o celular {phone}""",
    ],
    "fr": [
        """Bonjour {p1.hon},
Suite à notre échange, voici la liste des saisonniers pour la vendange :
- {p2}, né(e) le {dob}, passeport {pp}
- {p3}, né(e) le {dob}
- {p4.up} ({phone})
Merci de confirmer l'hébergement à l'adresse {addr}.
Cordialement,
{p5}
{co}""",
        """DÉCLARATION D'ACCIDENT DU TRAVAIL
Victime : {p1.up}
Date de naissance : {dob}
Adresse : {addr}
Tél. : {phone}
Date/heure : {date} à {time}
Circonstances : chute d'un échafaudage, hauteur 2 m.
Témoin : {p2}
Employeur : {co}, représenté par {p3.hon}""",
        """[{time}] {p1.g} : les gars demain on commence à 6h au chantier de {town}
[{time}] {p2} : ok chef
[{time}] {p3.g} : {p4.kin} demande qui a pris la disqueuse
[{time}] {p1.g} : c'est {p2.g}, appelle-le au {phone}""",
        """Objet : réclamation salaire impayé
Je soussigné(e) {p1}, demeurant {addr}, déclare ne pas avoir reçu mon salaire de
{amt}. Mon RIB : {iban}. Joignable au {phone} ou {p1.em}.""",
        """Fiche chauffeur – tournée {date}
Chauffeur : {p1} – permis n° {dl}
Véhicule : {plate}
Livraison chez {p2.hon}, {addr}
Code portail : {pin}""",
    ],
    "de": [
        """Hallo {p1.hon},
anbei die Einsatzliste für die Spargelernte:
- {p2}, geb. {dob}
- {p3}, geb. {dob}
- {p4.up}
Unterkunft: {addr}. Rückfragen bitte an {p5} ({phone}, {p5.em}).
Viele Grüße
{p6}""",
        """UNFALLANZEIGE
Name: {p1}
Geburtsdatum: {dob}
Anschrift: {addr}
Unfalltag: {date}, {time} Uhr
Hergang: beim Abladen der Paletten ausgerutscht.
Zeuge: {p2.hon}
Lohn auf Konto: {iban}""",
        """{p1.g}: Wer fährt morgen den Sprinter?
{p2.g}: Ich, aber {p3.kin} braucht ihn um 14 Uhr
{p1.g}: Ok. Tor-Code ist {pin}
{p4}: neue Nummer: {phone}""",
    ],
    "nl": [
        """Beste {p1.hon},
Hierbij de ploeglijst voor kas {n}: {p2}, {p3}, {p4}.
{p2.g} heeft een nieuw adres: {addr}. Salaris naar {iban}.
Met vriendelijke groet, {p5} – {phone}""",
        """{p1.g}: morgen 6 uur bij de veiling, {p2.g} rijdt
{p2.g}: ok, bus {plate}
{p3}: ik ben ziek, bel {p4.hon} op {phone}""",
    ],
    "it": [
        """Gentile {p1.hon},
le inviamo i dati del lavoratore stagionale {p2}, nato il {dob}, residente in {addr},
passaporto {pp}. Cellulare {phone}. IBAN per lo stipendio: {iban}.
Cordiali saluti, {p3}""",
        """{p1.g}: domani si raccoglie dalle 5, ci vediamo al bivio
{p2.g}: ok, porto anche {p3.g}
{p4.kin}: il caporale {p5} ha il numero nuovo {phone}""",
    ],
    "pl": [
        """Dzień dobry {p1.hon},
przesyłam listę pracowników na zmianę nocną: {p2}, {p3}, {p4}.
{p2.g} prosi o zmianę konta: {iban}. Tel. {phone}.
Pozdrawiam, {p5}""",
        """ZGŁOSZENIE WYPADKU
Poszkodowany: {p1}, ur. {dob}
Adres: {addr}
Data: {date}, godz. {time}
Świadek: {p2.hon}, tel. {phone}""",
    ],
    "ro": [
        """Bună ziua {p1.hon},
vă trimit lista echipei pentru şantierul din {town}: {p2}, {p3}, {p4}.
{p2.g} are număr nou: {phone}. Salariul în contul {iban}.
Cu stimă, {p5}""",
    ],
    "el": [
        """Καλημέρα {p1.hon},
στέλνω τη λίστα με τους εργάτες για τη συγκομιδή: {p2}, {p3}, {p4}.
Ο/Η {p2.g} γεννήθηκε στις {dob}. Τηλέφωνο: {phone}. Λογαριασμός: {iban}.
{p5}""",
        """ΑΝΑΦΟΡΑ ΑΤΥΧΗΜΑΤΟΣ
Εργαζόμενος: {p1}
Ημ. γέννησης: {dob}
Διεύθυνση: {addr}
Μάρτυρας: {p2}, τηλ. {phone}""",
    ],
    "uk": [
        """Доброго дня, {p1.hon}!
Список бригади на завтра: {p2}, {p3}, {p4}.
{p2.g} змінив номер: {phone}. Зарплату на рахунок {iban}.
З повагою, {p5}""",
        """АКТ ПРО НЕЩАСНИЙ ВИПАДОК
Потерпілий: {p1}, дата народження {dob}
Адреса: {addr}
Свідок: {p2}, тел. {phone}""",
    ],
    "ru": [
        """Добрый день, {p1.hon}!
Направляю список бригады: {p2}, {p3}, {p4}.
Паспорт {p2.ini}: {pp}, дата рождения {dob}.
Проживают по адресу: {addr}. Связь: {phone}, {p5.em}
С уважением, {p5}""",
        """АКТ о несчастном случае на производстве
Пострадавший: {p1}
Дата рождения: {dob}
Адрес: {addr}
Телефон: {phone}
Обстоятельства: падение с высоты при монтаже кровли.
Мастер участка: {p2.hon}""",
        """{p1.g}: мужики, завтра в 7 на объекте
{p2.g}: а зарплата?
{p1.g}: в пятницу, {p3.kin} сказала
{p4}: мой новый номер {phone}""",
        """Путевой лист {date}
Водитель: {p1}, в/у {dl}
Автомобиль: {plate}
Получатель: {p2}, {addr}""",
    ],
    "sv": [
        """Hej {p1.g}!
Här är laget till skogsplanteringen: {p2}, {p3}, {p4}.
{p2.g} har nytt nummer {phone}. Lön till {iban}. Född {dob}.
/{p5}""",
    ],
    "is": [
        """Góðan dag {p1.g},
áhöfn á {vessel} í næstu veiðiferð: {p2}, {p3}, {p4}.
{p2.g} er fæddur {dob}, sími {phone}. Laun á reikning {iban}.
Kveðja, {p5}""",
    ],
    "cs": [
        """Dobrý den, {p1.hon},
posílám seznam brigádníků: {p2}, {p3}, {p4}.
{p2.g} má nové číslo {phone}, narozen(a) {dob}. Mzda na účet {iban}.
S pozdravem {p5}""",
    ],
    "hu": [
        """Tisztelt {p1.hon}!
A szüreti brigád névsora: {p2}, {p3}, {p4}.
{p2} születési dátuma: {dob}, lakcím: {addr}, telefon: {phone}.
Üdvözlettel: {p5}""",
    ],
    "ka": [
        """გამარჯობა {p1.hon},
ბრიგადის სია: {p2}, {p3}, {p4}.
{p2.g} – დაბადების თარიღი {dob}, ტელ. {phone}. ხელფასი ანგარიშზე {iban}.
{p5}""",
    ],
    "tr": [
        """Merhaba {p1.hon},
yarınki vardiya listesi: {p2}, {p3}, {p4}.
{p2.g} numarasını değiştirmiş: {phone}. Maaş hesabı: {iban}.
Kolay gelsin, {p5}""",
        """İŞ KAZASI TUTANAĞI
Kazazede: {p1}
Doğum tarihi: {dob}
Adres: {addr}
Tarih/saat: {date} {time}
Tanık: {p2.hon}, tel: {phone}""",
        """{p1.g}: yarın fındık toplamaya 6'da çıkıyoruz
{p2.g}: {p3.kin} de gelecek mi?
{p1.g}: evet. {p4} numara: {phone}""",
    ],
    "ar": [
        """السلام عليكم {p1.hon}،
مرفق كشف العمال للوردية المسائية: {p2}، {p3}، {p4}.
رقم جوال {p2.g}: {phone}
رقم الجواز: {pp}
تاريخ الميلاد: {dob}
مع التحية، {p5}""",
        """تقرير حادث عمل
اسم العامل: {p1}
تاريخ الميلاد: {dob}
العنوان: {addr}
رقم الهاتف: {phone}
الشاهد: {p2}
المشرف: {p3.hon}""",
        """{p1.g}: يا جماعة بكرة الشغل الساعة ٦
{p2.g}: والرواتب؟
{p1.g}: يوم الخميس إن شاء الله، اسألوا {p3.kin}
{p4}: رقمي الجديد {phone}""",
        """عقد عمل
الطرف الأول: {co}
الطرف الثاني: {p1}، جواز سفر رقم {pp}، مواليد {dob}
الراتب يحول إلى الحساب {iban}
البريد الإلكتروني: {p1.em}""",
        """إلى {p1.hon}
الموضوع: شكوى بخصوص تأخير الرواتب
نحن العمال: {p2}، {p3}، {p4} لم نستلم رواتبنا منذ شهرين.
للتواصل: {phone}""",
    ],
    "fa": [
        """سلام {p1.hon}،
لیست کارگران شیفت شب: {p2}، {p3}، {p4}.
شماره {p2.g}: {phone}
تاریخ تولد: {dob}
آدرس: {addr}
{p5}""",
        """گزارش حادثه کار
نام کارگر: {p1}
تاریخ تولد: {dob}
شاهد: {p2}، تلفن {phone}""",
    ],
    "ps": [
        """سلام {p1.hon}،
د کارګرانو لیست: {p2}، {p3}، {p4}.
د {p2.g} شمېره: {phone}
{p5}""",
    ],
    "he": [
        """שלום {p1.hon},
רשימת העובדים למשמרת: {p2}, {p3}, {p4}.
הטלפון של {p2.g}: {phone}
תאריך לידה: {dob}
כתובת: {addr}
בברכה, {p5}""",
    ],
    "hi": [
        """नमस्ते {p1.hon},
कल की शिफ्ट के लिए मज़दूरों की सूची: {p2}, {p3}, {p4}.
{p2.g} का नया नंबर: {phone}
जन्म तिथि: {dob}
पता: {addr}
धन्यवाद, {p5}""",
        """{p1.kin} – ठेकेदार {p2} ने पिछले महीने की मज़दूरी {amt} नहीं दी। उसका नंबर {phone} है।
हमारी साइट {town} में है। कृपया मदद करें। – {p3}""",
        """hello {p1.hon}, kal se {p2.g} aur {p3.g} night shift pe aayenge. {p4.kin} ki tabiyat
kharab hai. payment {p5.g} ke account mein daal dena: {iban}. mera number {phone}""",
    ],
    "ta": [
        """வணக்கம் {p1.hon},
நாளைய ஷிஃப்ட் பட்டியல்: {p2}, {p3}, {p4}.
{p2.g} புதிய எண்: {phone}
பிறந்த தேதி: {dob}
முகவரி: {addr}
நன்றி, {p5}""",
        """anna {p1.g}, nalaiku {p2.g} varamatan, {p3.kin} kitta sollunga. supervisor {p4} number
{phone}. salary account {acct} la podunga""",
    ],
    "bn": [
        """আসসালামু আলাইকুম {p1.hon},
কারখানার শ্রমিক তালিকা: {p2}, {p3}, {p4}।
{p2.g} এর নতুন নম্বর: {phone}
জন্ম তারিখ: {dob}
ঠিকানা: {addr}
{p5}""",
        """{p1.kin}, ami {town} e pouchhechi. dalal {p2} amar passport ({pp}) rekhe diyeche.
amar notun number {phonei}. {p3.g} ke bolben taka pathabo shukrobar.""",
    ],
    "ur": [
        """السلام علیکم {p1.hon}،
کل کی شفٹ کے مزدور: {p2}، {p3}، {p4}۔
{p2.g} کا نیا نمبر: {phone}
تاریخ پیدائش: {dob}
پتہ: {addr}
{p5}""",
        """{p1.g} bhai, thekedar {p2} ne teen hafte ki tankhwah nahi di. uska number {phone}.
mera account {iban} hai. {p3.kin} ko bata dena.""",
    ],
    "ne": [
        """नमस्ते {p1.hon},
भोलिको सिफ्टका कामदार: {p2}, {p3}, {p4}।
{p2.g} को नयाँ नम्बर: {phone}
जन्म मिति: {dob}
{p5}""",
        """{p1.kin}, ma {town} pugey. company le passport ({pp}) rakhyo. {p2.g} lai bhannu
paisa pathaunchhu. mero naya number {phonei}""",
    ],
    "si": [
        """ආයුබෝවන් {p1.hon},
හෙට ෂිෆ්ට් එකේ සේවකයින්: {p2}, {p3}, {p4}.
{p2.g} ගේ අලුත් අංකය: {phone}
උපන් දිනය: {dob}
{p5}""",
    ],
    "id": [
        """Selamat pagi {p1.hon},
Berikut daftar pekerja shift malam: {p2}, {p3}, {p4}.
No. HP {p2.g}: {phone}
Tgl lahir: {dob}
Alamat: {addr}
Terima kasih, {p5}""",
        """LAPORAN KECELAKAAN KERJA
Nama: {p1}
Tanggal lahir: {dob}
Alamat: {addr}
No. HP: {phone}
Saksi: {p2.hon}
Mandor: {p3}""",
        """{p1.g}: besok panen mulai jam 6 ya
{p2.g}: gaji kapan cair?
{p1.g}: hari jumat, tanya {p3.kin}
{p4}: nomor baru saya {phone}""",
    ],
    "jv": [
        """{p1.kin}, aku wis tekan {town}. Agen {p2} nyimpen paspor ({pp}). Nomerku saiki
{phonei}. Kandhani {p3.g} yen dhuwit tak kirim dina Jemuwah.""",
    ],
    "ms": [
        """Salam {p1.hon},
Senarai pekerja syif malam: {p2}, {p3}, {p4}.
No. telefon {p2.g}: {phone}
Tarikh lahir: {dob}
Alamat: {addr}
Terima kasih, {p5}""",
        """{p1.g}: esok tuai buah mula pukul 7
{p2.g}: gaji bila masuk?
{p1.g}: Jumaat, tanya {p3.kin}
{p4}: nombor baru saya {phone}""",
    ],
    "tl": [
        """Magandang umaga {p1.hon},
Listahan ng crew para bukas: {p2}, {p3}, {p4}.
Bagong number ni {p2.g}: {phone}
Birthday: {dob}
Address: {addr}
Salamat po, {p5}""",
        """{p1.g}: guys bukas 6am ang alis ng barko
{p2.g}: sino kasama ni {p3.kin}?
{p1.g}: si {p4.nick} at {p5.g}
{p4}: eto bagong number ko {phone}""",
        """Hi {p1.kin}, nandito na ako sa {town}. Yung agency ({p2}) kinuha passport ko,
{pp}. Pakisabi kay {p3.g} magpapadala ako sa Biyernes. Bagong number ko {phonei}""",
    ],
    "vi": [
        """Chào {p1.hon},
Danh sách công nhân ca đêm: {p2}, {p3}, {p4}.
Số điện thoại của {p2.g}: {phone}
Ngày sinh: {dob}
Địa chỉ: {addr}
Cảm ơn, {p5}""",
        """BIÊN BẢN TAI NẠN LAO ĐỘNG
Người bị nạn: {p1}
Ngày sinh: {dob}
Địa chỉ: {addr}
Người làm chứng: {p2}, SĐT {phone}""",
        """{p1.g}: mai 6h vào xưởng nha mọi người
{p2.g}: lương khi nào có?
{p1.g}: thứ sáu, hỏi {p3.kin}
{p4}: số mới của em {phone}""",
    ],
    "th": [
        """เรียน {p1.hon}
รายชื่อคนงานกะดึก: {p2}, {p3}, {p4}
เบอร์ของ{p2.g}: {phone}
วันเกิด: {dob}
ที่อยู่: {addr}
ขอบคุณครับ {p5}""",
        """รายงานอุบัติเหตุ
ชื่อลูกจ้าง: {p1}
วันเดือนปีเกิด: {dob}
ที่อยู่: {addr}
พยาน: {p2.hon} โทร {phone}""",
        """{p1.nick}: พรุ่งนี้เข้างาน 6 โมงนะ
{p2.nick}: เงินเดือนออกวันไหน
{p1.nick}: วันศุกร์ ถาม{p3.kin}
{p4}: เบอร์ใหม่ {phone}""",
    ],
    "my": [
        """မင်္ဂလာပါ {p1.hon}
ညဆိုင်း အလုပ်သမားစာရင်း: {p2}, {p3}, {p4}
{p2} ဖုန်း: {phone}
မွေးသက္ကရာဇ်: {dob}
{p5}""",
    ],
    "km": [
        """ជម្រាបសួរ {p1.hon}
បញ្ជីកម្មករវេនយប់: {p2}, {p3}, {p4}
លេខទូរស័ព្ទ {p2}: {phone}
ថ្ងៃខែឆ្នាំកំណើត: {dob}
{p5}""",
    ],
    "zh": [
        """{p1.hon}您好，
明天夜班名单：{p2}、{p3}、{p4}。
{p2}的新手机号：{phone}
出生日期：{dob}
住址：{addr}
谢谢！{p5}""",
        """工伤事故报告
姓名：{p1}
出生日期：{dob}
家庭住址：{addr}
联系电话：{phone}
证人：{p2}
班组长：{p3.hon}""",
        """{p1}：明天早上六点开工，大家别迟到
{p2}：工资什么时候发？
{p1}：周五，问{p3.kin}
{p4}：我换号了 {phone}""",
        """劳务合同
甲方：{co}
乙方：{p1}，护照号码 {pp}，出生日期 {dob}
工资打入账户 {iban}
联系邮箱：{p1.em}""",
    ],
    "ja": [
        """{p1.hon}
お疲れ様です。明日の夜勤メンバーは{p2}、{p3}、{p4}です。
{p2}の新しい電話番号：{phone}
生年月日：{dob}
住所：{addr}
よろしくお願いします。{p5}""",
        """労働災害報告書
被災者氏名：{p1}
生年月日：{dob}
住所：{addr}
電話：{phone}
目撃者：{p2.hon}""",
        """{p1}：明日は6時集合です
{p2}：給料日はいつですか？
{p1}：金曜日。{p3.kin}に聞いて
{p4}：新しい番号 {phone}""",
    ],
    "ko": [
        """{p1.hon}, 안녕하세요.
내일 야간조 명단: {p2}, {p3}, {p4}
{p2} 새 번호: {phone}
생년월일: {dob}
주소: {addr}
감사합니다. {p5} 드림""",
        """산업재해 보고서
성명: {p1}
생년월일: {dob}
주소: {addr}
연락처: {phone}
목격자: {p2.hon}""",
        """{p1}: 내일 6시 출근입니다
{p2}: 월급 언제 나와요?
{p1}: 금요일, {p3.kin}한테 물어봐
{p4}: 제 새 번호 {phone}""",
    ],
    "mn": [
        """Сайн байна уу {p1.hon},
Маргаашийн ээлжийн ажилчид: {p2}, {p3}, {p4}.
{p2}-ийн утас: {phone}
Төрсөн огноо: {dob}
Хаяг: {addr}
{p5}""",
    ],
    "kk": [
        """Сәлеметсіз бе, {p1.hon}!
Ертеңгі ауысым: {p2}, {p3}, {p4}.
{p2.g} телефоны: {phone}
Туған күні: {dob}
Мекенжайы: {addr}
{p5}""",
    ],
    "uz": [
        """Assalomu alaykum {p1.hon},
ertangi smena ishchilari: {p2}, {p3}, {p4}.
{p2.g} yangi raqami: {phone}
Tug'ilgan sanasi: {dob}
Manzil: {addr}
{p5}""",
    ],
    "am": [
        """ሰላም {p1.hon}፣
የነገ ፈረቃ ሰራተኞች: {p2}፣ {p3}፣ {p4}
የ{p2.g} ስልክ: {phone}
የትውልድ ቀን: {dob}
{p5}""",
    ],
    "sw": [
        """Habari {p1.hon},
Orodha ya vibarua wa zamu ya usiku: {p2}, {p3}, {p4}.
Namba ya {p2.g}: {phone}
Tarehe ya kuzaliwa: {dob}
Anwani: {addr}
Asante, {p5}""",
        """{p1.g}: kesho kazi inaanza saa kumi na mbili asubuhi
{p2.g}: mshahara lini?
{p1.g}: ijumaa, uliza {p3.kin}
{p4}: namba yangu mpya {phone}""",
        """RIPOTI YA AJALI KAZINI
Jina la mfanyakazi: {p1}
Tarehe ya kuzaliwa: {dob}
Shahidi: {p2.hon}, simu {phone}
Msimamizi: {p3}""",
    ],
    "pcm": [
        """{p1.kin} abeg tell {p2.g} say the oga {p3} never pay us since last month. im number
na {phone}. the site dey {addr}. we dey wait.""",
        """{p1.g}: una don reach site?
{p2.g}: we dey road, traffic full everywhere
{p1.g}: oya call {p3.hon} for {phone}, make im open gate""",
    ],
    "yo": [
        """{p1.kin}, e kaaro. Mo ti de {town}. Oga {p2} ni ki e pe oun lori {phone}.
{p3.g} ma mu owo wa lola.""",
    ],
    "tw": [
        """{p1.kin}, me duru {town}. Ɔpanin {p2} se mo frɛ no wɔ {phone}. {p3.g} de sika no
bɛba ɔkyena.""",
    ],
    "lg": [
        """{p1.kin}, ntuuse e {town}. Omukama w'omulimu {p2} agamba mumukubire ku {phone}.
{p3.g} ajja kuleeta ssente enkya.""",
    ],
    "zu": [
        """Sawubona {p1.kin}, sengifikile e-{town}. Induna {p2} ithi nimshayele ku-{phone}.
{p3.g} uzoletha imali kusasa.""",
    ],
    "af": [
        """Môre {p1.hon}, die span vir die oes môre: {p2}, {p3}, {p4}. {p2.g} se nuwe nommer is
{phone}. Groete, {p5}""",
    ],
    "sn": [
        """Mhoro {p1.kin}, ndasvika ku{town}. Foreman {p2} anoti mumufonere pa {phone}.
{p3.g} achauya nemari mangwana.""",
    ],
    "ny": [
        """Moni {p1.kin}, ndafika ku {town}. Kapitawo {p2} akuti mumuyimbire pa {phone}.
{p3.g} abweretsa ndalama mawa.""",
    ],
    "wo": [
        """Salaam aleekum {p1.kin}, agsi naa {town}. Boroom liggéey bi, {p2}, mu ngi ci {phone}.
{p3.g} dina indi xaalis bi suba.""",
    ],
    "ln": [
        """Mbote {p1.kin}, nakomi na {town}. Mokonzi ya mosala {p2} alobi obenga ye na {phone}.
{p3.g} akoya na mbongo lobi.""",
    ],
    "so": [
        """Salaan {p1.kin}, waxaan gaaray {town}. Madaxa shaqada {p2} wuxuu leeyahay ka wac
{phone}. {p3.g} lacagta berri ayuu keenayaa.""",
    ],
    "ht": [
        """Bonjou {p1.kin}, mwen rive {town}. Bòs la, {p2}, di rele l nan {phone}.
{p3.g} ap pote lajan an demen. Nimewo paspò m se {pp}.""",
    ],
    "jam": [
        """{p1.kin} mi reach {town} already. Di boss, {p2}, seh fi call him pon {phone}.
Tell {p3.g} mi a go sen di money Friday.""",
    ],
    "tpi": [
        """{p1.kin}, mi kamap pinis long {town}. Bosman {p2} i tok yu ken ringim em long
{phone}. {p3.g} bai bringim mani tumora.""",
    ],
    "qu": [
        """Allillanchu {p1.kin}, {town} llaqtamanmi chayamuni. Patrón {p2} nin: {phone}
yupayman waqyanki. {p3.g} qullqita paqarin apamunqa.""",
    ],
    "mi": [
        """Kia ora {p1.kin}, kua tae au ki {town}. E ai ki te rangatira mahi, ki a {p2},
waea atu ki {phone}. Ka kawe mai a {p3.g} i te moni āpōpō.""",
    ],
    "fj": [
        """Bula {p1.kin}, au sa yaco mai {town}. E kaya na qase ni cakacaka, o {p2}, mo qiri
vua ena {phone}. Ena kauta mai na ilavo o {p3.g} nimataka.""",
    ],
    "ga": [
        """Dia dhuit {p1.g}, seo liosta na foirne don bhád: {p2}, {p3}, {p4}.
Uimhir nua ag {p2.g}: {phone}. {p5}""",
    ],
}

NEAR_TEMPLATES = [
    """Shift notes {date}: the {model} on line 2 is down again, waiting for the part from
{co}. Truck {plate} left {gate} at {time}. Next vessel {vessel} ({imo}) due at {berth}.""",
    """Booking {pnr} confirmed for 6 crew, flight {flight} on {date}. Hotel near {nm}.
Order {order}, invoice {inv}. Paid with card {masked}.""",
    """Container {cont}, seal {seal}, loaded on {vessel} at {port}. VIN {vin} ({veh}).
Tracking {track}. Customs ref {ref}.""",
    """Reminder: toolbox talk at the {nm} gate on {date}, {time}. Topic: working near the
{model}. Bring your badge ({badge} format) and hi-vis.""",
    """The John Deere and the Massey Ferguson both need new filters. St. Christopher medal
found in the cab of the Hilux – ask at the office. Meeting point: {nm}.""",
    """Picker IDs today: {pick}, {pick}, {pick}, {pick}. Employee {emp} moved to cold store.
Work-permit application {permit} still pending.""",
    """We named the new boat Santa Maria II after the old one. Registration {imo}, home port
{port}. Blessing by the parish of St. Peter on {date}.""",
    """Order {order}: 40 x {sku}, 12 x {sku}. Deliver to {co}, {town} before {date}.
Meter {meter} reading 18422. Ref {ref}.""",
    """Weekly safety stats {date}: 0 lost-time injuries, 2 near misses (forklift {model},
ladder). Audit by {co} next month. Version {ver} of the checklist.""",
    """Tonnage report: {vessel} {kg} t {crop}, {vessel} {kg} t. Next call {port} {date}.
Hash of the manifest file: {hash}.""",
    """Dear team, the Queen Victoria market will be closed on {date} for the Saint Patrick's
parade. Deliveries to {co} move to {time}. Regards, Operations.""",
    """Machine {model} serial {sku} – hours 4,212 – next service {date}. Firmware {ver}.
Spare parts order {order}. Job ticket {ref}.""",
    """Fleet update: {veh} {plate} back from {co}, {veh} {plate} still in workshop.
Fuel card ending {masked}. Account {acct}.""",
    """Lunch break moved to {time}. The canteen near {nm} has a new menu. Don't park on
{nm} side – tow trucks active.""",
    """Harvest progress {date}: block {n} done ({kg} kg {crop}), block {n} tomorrow.
Weather station uuid {uuid}.""",
    """Our supplier Ford dealership in {town} says the Ranger parts come {date}. The Mercedes
Sprinter is booked for Tuesday. Invoice {inv}.""",
    """Training: forklift course at {co} on {date}. Certificate template v{n}.
Room 4B, {time}. Booking ref {pnr}.""",
    """The Magellan and the Victoria are both at anchorage. Pilot boarding at {time}.
{berth} blocked until {date}.""",
]

NEAR_LANG = {
    "es": [
        """Recordatorio: la cosecha en la finca San José empieza el {date}. El tractor {model}
está en el taller de {co}. Pedido {order}, factura {inv}.""",
    ],
    "fr": [
        """Rappel : réunion sécurité au dépôt Saint-Martin le {date} à {time}. Le camion {plate}
est en révision chez {co}. Commande {order}.""",
    ],
    "pt": [
        """Aviso: a colheita na Fazenda Santa Luzia começa dia {date}. O trator {model} está na
oficina. Pedido {order}, nota fiscal {inv}.""",
    ],
    "zh": [
        """通知：{date}起中山路仓库暂停收货，车辆{plate}请改到{gate}。订单号{order}。""",
    ],
    "ar": [
        """تنبيه: تم تأجيل تحميل الحاوية {cont} على السفينة {vessel}
إلى يوم {date}. رقم الطلب {order}.""",
    ],
    "ru": [
        """Внимание: склад на улице Ленина закрыт {date}. Погрузчик {model} в ремонте.
Заказ {order}, накладная {inv}.""",
    ],
    "id": [
        """Info: panen di kebun Jl. Jenderal Sudirman mulai {date}. Truk {plate} masuk bengkel.
Pesanan {order}.""",
    ],
    "ja": [
        """お知らせ：{date}は棚卸しのため出荷停止です。フォークリフト{model}は点検中。注文番号{order}。""",
    ],
    "sw": [
        """Tangazo: mavuno shamba la Mwalimu Nyerere yanaanza {date}. Trekta {model} iko gereji.
Oda {order}.""",
    ],
    "tl": [
        """Paalala: walang pasok sa {date} dahil Pista ng Santo Niño. Ang trak {plate} nasa
talyer. Order {order}.""",
    ],
}
