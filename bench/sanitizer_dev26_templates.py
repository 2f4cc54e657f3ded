"""Pools and templates for bench/sanitizer_dev26.py (see its docstring for the slot syntax).

Everything here was typed by hand for this set: locales (names in their own scripts and
forms, streets, towns, postcodes, phone formats), near-miss pools and the templates.
"""

from __future__ import annotations


def _w(s: str) -> list[str]:
    """Space-separated words; '_' stands for a space inside one entry."""
    return [x.replace("_", " ") for x in s.split()]


def _p(s: str) -> list[str]:
    """'|'-separated entries."""
    return [x.strip() for x in s.split("|") if x.strip()]


MONTHS = {
    "en": _w(
        "January February March April May June July August September October November December"
    ),
    "de": _w("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": _w(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ),
    "es": _w(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ),
    "pt": _w(
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
    ),
    "it": _w(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
        "novembre dicembre"
    ),
    "nl": _w(
        "januari februari maart april mei juni juli augustus september oktober november december"
    ),
    "pl": _w(
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
        "listopada grudnia"
    ),
    "tr": _w("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
    "ru": _w("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
    "uk": _w(
        "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"
    ),
    "id": _w(
        "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
    ),
    "ms": _w("Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember"),
    "sw": _w("Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba"),
    "ar": _w("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر"),
    "he": _w("ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר"),
    "fa": _w("فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند"),
    "th": _w(
        "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม"
    ),
    "el": _w(
        "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου "
        "Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου"
    ),
    "sv": _w(
        "januari februari mars april maj juni juli augusti september oktober november december"
    ),
    "no": _w("januar februar mars april mai juni juli august september oktober november desember"),
    "fi": _w(
        "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
        "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta"
    ),
    "cs": _w("ledna února března dubna května června července srpna září října listopadu prosince"),
    "hu": _w(
        "január február március április május június július augusztus szeptember "
        "október november december"
    ),
    "ro": _w(
        "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
        "noiembrie decembrie"
    ),
    "lt": _w(
        "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio "
        "lapkričio gruodžio"
    ),
    "tl": _w(
        "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre"
    ),
    "bg": _w("януари февруари март април май юни юли август септември октомври ноември декември"),
    "sr": _w("januar februar mart april maj jun jul avgust septembar oktobar novembar decembar"),
    "is": _w("janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember"),
    "az": _w("yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr"),
    "uz": _w("yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr"),
    "hi": _w("जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर"),
    "ka": _w(
        "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი "
        "ოქტომბერი ნოემბერი დეკემბერი"
    ),
    "hy": _w(
        "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի "
        "հոկտեմբերի նոյեմբերի դեկտեմբերի"
    ),
}
LONG_FMT = {
    "de": "{d}. {M} {y}", "es": "{d} de {M} de {y}", "pt": "{d} de {M} de {y}",
    "pl": "{d} {M} {y} r.", "ru": "{d} {M} {y} г.", "uk": "{d} {M} {y} р.",
    "he": "{d} ב{M} {y}", "no": "{d}. {M} {y}", "fi": "{d}. {M} {y}", "cs": "{d}. {M} {y}",
    "hu": "{y}. {M} {d}.", "lt": "{y} m. {M} {d} d.", "tl": "{M} {d}, {y}",
    "bg": "{d} {M} {y} г.", "sr": "{d}. {M} {y}.", "is": "{d}. {M} {y}",
    "hy": "{y} թ. {M} {d}-ին", "ka": "{d} {M}, {y}",
}  # fmt: skip

DEFAULT_TERMS = {
    "kin_f": ["Auntie", "Aunt", "Grandma", "Nana"],
    "kin_m": ["Uncle", "Grandpa", "Grandad"],
    "hon_f": ["Mrs", "Ms", "Dr"],
    "hon_m": ["Mr", "Dr"],
}
DEFAULT_DL = ["%#######", "########", "%%######"]
DEFAULT_PP = ["%#######", "%%#######", "#########"]

PASSWORD_WORDS = _w(
    "Sunflower Mango Kilimanjaro Baobab Jasmine Tortuga Pohutukawa Sakura Cedar Lotus Falcon "
    "Harmattan Monsoon Tamarind Nightingale Galaxy Kiwi Tulip Papaya Savanna Cardamom Orchid "
    "Pelican Magnolia Saffron Bluebird Hibiscus Cinnamon Horizon Azalea Dolphin Marigold Lagoon"
)
REF_PATTERNS = ["REF-20##-######", "%%-####-####", "#####/20##", "SR-#######", "%%%/##/####"]
CASE_PATTERNS = ["%%-20##-#####", "##/20##/###", "CV-##-######", "№ ####/##", "C%-##-####"]
AIRLINES = _w("KQ ET EK QR TK LH AF BA EY SV MS KL IB LA AV CM QF NZ JL NH OZ CX SQ GA MH PR VN")
GLOBAL_DOMAINS = _w("gmail.com gmail.com outlook.com yahoo.com hotmail.com icloud.com proton.me")
GLOBAL_PUBLIC = _p(
    "Nelson Mandela|Mahatma Gandhi|Marie Curie|Albert Einstein|Frida Kahlo|Maya Angelou|"
    "Wangari Maathai|Chinua Achebe|Rabindranath Tagore|Malala Yousafzai|Pope Francis|"
    "Gabriel García Márquez|Mother Teresa|Martin Luther King Jr.|Desmond Tutu|Kofi Annan"
)
SAINTS = _p(
    "St. Anthony|St. Joseph|St. Teresa of Ávila|St. Francis of Assisi|St. Patrick|St. Nicholas|"
    "St. Brigid|St. Josephine Bakhita|St. Charles Lwanga|St. Lorenzo Ruiz|St. Rose of Lima|"
    "St. Andrew Kim Taegon|St. Paul|St. Mary Magdalene|St. George|St. Jude"
)
BRANDS = _p(
    "Tim Hortons|Ben & Jerry's|McDonald's|Wendy's|Jack Daniel's|Dr. Martens|Calvin Klein|"
    "Tommy Hilfiger|Hugo Boss|Mercedes-Benz|Louis Vuitton|Johnnie Walker|Ferrero Rocher|"
    "Mrs. Fields|Papa John's|Marks & Spencer|Sainsbury's|Carrefour|Dolce & Gabbana"
)
GLOBAL_PUBST = _p(
    "Nelson Mandela Avenue|Gandhi Road|Victoria Street|Churchill Avenue|Simón Bolívar Avenue|"
    "Kennedy Boulevard|Lumumba Street|Rizal Avenue|Queen Elizabeth Drive"
)
PLACE_GIVEN = _p(
    "Florence|Victoria|Adelaide|Regina|Santiago|Sofia|Charlotte|Austin|Jackson|Madison|"
    "Alexandria|Valentina Street|Beatrice (Nebraska)|Lourdes|Elizabeth (New Jersey)|Marion"
)
COMPANIES = _p(
    "Safaricom|Jumia|Shoprite|Airtel|MTN|Orange|Vodafone|DHL|Aramex|Western Union|WorldRemit|"
    "Zara|IKEA|Samsung|Grab|Gojek|Rappi|Mercado Libre|Booking.com|Airbnb"
)
HOTELS = _p(
    "Hilton Garden Inn|Radisson Blu|Ibis Styles|Marriott Courtyard|Serena Hotel|Novotel|"
    "Holiday Inn Express|Best Western Plus|Mövenpick|Taj Palace"
)
VENUES = _p(
    "the parish hall|the community centre|the town hall annex|the mosque hall|the temple "
    "kitchen|the Rotary hall|the sports club bar|the school gymnasium|the civic centre|the "
    "village hall"
)
SCHOOLS = _p(
    "St. Mary's Primary|Nelson Mandela High School|Queen Elizabeth College|Kennedy Academy|"
    "St. Joseph's Secondary|Sacred Heart School|Lincoln Elementary|Bishop Crowther Grammar"
)
ASKS = {
    "en": _p(
        "Please summarize this:|Can you translate this into plain English?|Help me reply "
        "to this politely.|Fix the grammar, keep the names.|Turn this into a short "
        "announcement.|What should I answer? Here is the message:|Make a table from this."
    ),
    "de": _p(
        "Bitte fasse das zusammen:|Kannst du das ins Englische übersetzen?|Hilf mir, "
        "darauf zu antworten."
    ),
    "fr": _p("Peux-tu résumer ceci :|Traduis en anglais, s'il te plaît :|Aide-moi à répondre."),
    "es": _p("¿Me ayudas a resumir esto?|Tradúcelo al inglés, por favor:|Ayúdame a responder."),
    "pt": _p("Pode resumir isto?|Traduza para o inglês, por favor:|Me ajuda a responder?"),
    "ru": _p("Сократи, пожалуйста:|Переведи на английский:|Помоги ответить на это."),
    "ar": _p("لخص هذا من فضلك:|ترجم هذا إلى الإنجليزية:|ساعدني في الرد."),
    "ja": _p("要約してください：|英語に翻訳してください：|返信を手伝って。"),
    "zh": _p("请帮我总结一下：|翻译成英文：|帮我回复这条消息。"),
    "ko": _p("요약해 줘:|영어로 번역해 줘:|답장 좀 도와줘."),
    "id": _p("Tolong ringkas ini:|Terjemahkan ke bahasa Inggris:|Bantu aku balas pesan ini."),
    "tr": _p("Bunu özetler misin:|İngilizceye çevir lütfen:|Cevap yazmama yardım et."),
}
SYSTEM_PROMPTS = _p(
    "You are a helpful assistant.|You help families write warm, respectful messages.|"
    "You are a translation assistant. Keep names and numbers unchanged.|You summarize "
    "community meeting notes into action items.|You are a caseworker's assistant for an NGO. "
    "Be concise.|You draft letters to local authorities.|Answer in the user's language."
)
MODELS = {
    "openai": _w("gpt-4o-mini gpt-4o gpt-4.1-mini gpt-4.1"),
    "anthropic": _w("claude-3-5-haiku-latest claude-sonnet-4-5 claude-3-7-sonnet-20250219"),
    "gemini": _w("gemini-2.0-flash gemini-1.5-pro"),
    "responses": _w("gpt-4.1 gpt-4o-mini o4-mini"),
    "ollama": _w("llama3.1:8b mistral:7b qwen2.5:14b gemma2:9b"),
    "log": _w("gpt-4o-mini claude-3-5-haiku-latest llama3.1:8b"),
}
APPS = _w(
    "famchat-bot parish-helper civic-assist memorial-writer clubhub-api ngo-casebot "
    "translate-svc eulogy-gen neighbour-app rsvp-manager council-letters kin-tree"
)

# ---------------------------------------------------------------- locales

_LISTS_W = {"gm", "gf", "sn", "ngm", "ngf", "nsn", "nick", "nnick", "eng_m", "eng_f", "patsrc",
            "iban_abroad"}  # fmt: skip
_LISTS_P = {"st", "towns", "d", "nst", "ntown", "nd", "ph", "phi", "kin_f", "kin_m", "hon_f",
            "hon_m", "plate", "dl", "pp", "domains", "pub", "pubst", "addr", "naddr"}  # fmt: skip
LOCALES: list[dict] = []


def L(code: str, country: str, langs: str, style: str = "west", **kw: object) -> None:
    loc: dict = {"code": code, "country": country, "langs": langs.split(), "style": style}
    for k, v in kw.items():
        if k in _LISTS_W:
            loc[k] = _w(str(v))
        elif k in _LISTS_P:
            loc[k] = _p(str(v))
        else:
            loc[k] = v
    loc.setdefault("dfmt", "d/m/y")
    LOCALES.append(loc)


# --- Africa
L(
    "NG",
    "Nigeria",
    "en",
    gm="Chinedu Emeka Oluwaseun Tunde Babatunde Ikechukwu Musa Abdullahi Obinna Segun Kelechi "
    "Adebayo Ifeanyi Yakubu Chukwuemeka",
    gf="Ngozi Chiamaka Funmilayo Aisha Adaeze Temitope Folake Halima Nneka Yetunde Blessing "
    "Chioma Amina Bukola Ifeoma",
    sn="Okafor Adeyemi Okonkwo Balogun Eze Nwosu Abubakar Ogunleye Obi Adewale Ibrahim Chukwu "
    "Okoro Olawale Danjuma Akinola Uche Ogbu",
    nick="Chichi Bola Ify Tunde Emy Seun Nkechi Kele Dayo Funmi",
    kin_f="Auntie|Mama|Iya",
    kin_m="Uncle|Papa|Baba",
    hon_f="Mrs|Dr|Chief (Mrs)|Lady",
    hon_m="Mr|Chief|Dr|Engr.|Alhaji",
    st="Adeola Odeku Street|Bode Thomas Street|Allen Avenue|Ogui Road|Aminu Kano Crescent|"
    "Ikwerre Road|Opebi Road|Agbani Road|Adeniran Ogunsanya Street",
    towns="Lagos|Ikeja|Enugu|Ibadan|Abuja|Port Harcourt|Kano|Abeokuta|Owerri|Benin City",
    d="Surulere|Lekki Phase 1|Wuse II|GRA|Yaba|Garki|Independence Layout",
    addr="<no> <st>, <d>, <town>|Flat <flat>, <no> <st>, <d>, <town>",
    ph="080# ### ####|0803 ### ####|070# ### ####|081########|0906 ### ####",
    phi="+234 80# ### ####|+234 70# ### ####|+2348#########",
    cur="₦",
    domains="yahoo.com|gmail.com",
    plate="%%%-###%%",
    pp="%########",
    iban_abroad="GB",
    pub="Chinua Achebe|Wole Soyinka|Fela Kuti|Chimamanda Ngozi Adichie|Nnamdi Azikiwe",
    pubst="Nnamdi Azikiwe Street|Obafemi Awolowo Way|Ahmadu Bello Way",
)
L(
    "GH",
    "Ghana",
    "en",
    gm="Kwame Kofi Kwabena Yaw Kojo Kwaku Kwesi Nii Ebo Fiifi Selasi Yao",
    gf="Ama Akosua Abena Adwoa Afua Efua Esi Akua Yaa Adjoa Dzifa Naa Aseye",
    sn="Mensah Asante Owusu Boateng Osei Appiah Agyeman Ofori Amoah Tetteh Quaye Addo Darko "
    "Nkrumah-Boateng Sarpong Ansah",
    nick="Maame Kobby Abi Kuuku Nana_Yaw Efya",
    kin_f="Auntie|Maame|Nana",
    kin_m="Uncle|Papa|Nana|Wofa",
    st="Oxford Street|Liberation Road|Spintex Road|Ring Road East|Lagos Avenue|Kojo Thompson Road",
    towns="Accra|Kumasi|Tema|Cape Coast|Takoradi|Tamale|Koforidua",
    d="Osu|East Legon|Dansoman|Adabraka|Community 18|Nhyiaeso|Bantama",
    addr="House <no>, <st>, <d>, <town>, <pc>|<no> <st>, <d>, <town>",
    pc="G%-###-####",
    ph="024 ### ####|054 ### ####|020 ### ####|055#######",
    phi="+233 24 ### ####|+233 (0)20 ### ####|+23355#######",
    cur="GH₵",
)
L(
    "KE",
    "Kenya",
    "en sw",
    gm="Brian Kevin Dennis Kiprono Otieno Mwangi Ochieng Kibet Wafula Juma Baraka Njoroge",
    gf="Wanjiru Akinyi Achieng Faith Mercy Nyambura Chebet Wambui Atieno Naliaka Zawadi Njeri",
    sn="Kamau Otieno Mwangi Odhiambo Kiptoo Wanyama Njoroge Ochieng Mutua Kariuki Omondi Chelimo "
    "Wekesa Maina Kimani Owino",
    nick="Shiro Wash Kim Njesh Ciku Nyams",
    kin_f="Auntie|Shosho|Mama|Tata",
    kin_m="Uncle|Guka|Baba|Babu",
    st="Ngong Road|Moi Avenue|Kenyatta Avenue|Kimathi Street|Argwings Kodhek Road|Lenana Road",
    towns="Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Thika|Machakos",
    d="Kilimani|Westlands|South B|Kileleshwa|Nyali|Milimani|Buruburu",
    addr="Apt <flat>, <st>, <d>, <town>|House No. <no>, <st>, <d>, <town>",
    ph="0712 ### ###|0722 ######|0733 ### ###|0110 ### ###|07## ######",
    phi="+254 7## ### ###|+254 712 ######|+2547########",
    cur="KSh",
    plate="KD% ###%",
    hon_f="Mrs|Dr|Mama",
    hon_m="Mr|Dr|Mzee",
)
L(
    "TZ",
    "Tanzania",
    "sw en",
    gm="Juma Baraka Hamisi Omari Emmanuel Joseph Rashidi Salim Mussa Godfrey Idd Abdallah",
    gf="Neema Rehema Mwanaisha Zawadi Amina Upendo Grace Halima Subira Mwajuma Imani Furaha",
    sn="Mushi Mwakyusa Lyimo Massawe Kimaro Shayo Mrema Mollel Said Mbwana Kitwana Magesa Chande",
    kin_f="Shangazi|Mama|Bibi|Mama mdogo",
    kin_m="Mjomba|Baba|Babu|Baba mdogo",
    hon_f="Bi.|Mama|Dkt.",
    hon_m="Bw.|Mzee|Dkt.",
    st="Mtaa wa Samora|Barabara ya Ali Hassan Mwinyi|Mtaa wa Uhuru|Mtaa wa Msimbazi|"
    "Mtaa wa Jamhuri",
    towns="Dar es Salaam|Arusha|Mwanza|Dodoma|Moshi|Zanzibar|Tanga",
    d="Kariakoo|Sinza|Mikocheni|Upanga|Kijitonyama|Mbezi Beach",
    addr="Nyumba Na. <no>, <st>, <d>, <town>|Plot <no>, <st>, <d>, <town>",
    ph="07## ### ###|0754 ### ###|0655 ######|0715 ######",
    phi="+255 7## ### ###|+255 754 ######",
    cur="TSh",
)
L(
    "UG",
    "Uganda",
    "en",
    gm="Mugisha Tumusiime Okello Ssemakula Kato Wasswa Byaruhanga Ochen Isaac Ronald",
    gf="Nakato Babirye Namubiru Akello Nansubuga Kyomuhendo Atim Nakimuli Grace Esther",
    sn="Ssempijja Mukasa Kiggundu Byamugisha Tumwine Lubega Opio Odongo Nsubuga Kagimu Musoke",
    kin_f="Ssenga|Auntie|Jjajja",
    kin_m="Kojja|Uncle|Jjajja",
    st="Kampala Road|Bombo Road|Ggaba Road|Entebbe Road|Jinja Road|Kira Road",
    towns="Kampala|Entebbe|Jinja|Mbarara|Gulu|Mukono|Wakiso",
    d="Ntinda|Kansanga|Bukoto|Nakawa|Makindye|Kireka|Muyenga",
    addr="Plot <no>, <st>, <d>, <town>",
    cur="UGX",
    ph="0772 ######|0701 ### ###|0782 ### ###|075# ######",
    phi="+256 772 ######|+256 7## ### ###",
)
L(
    "ET",
    "Ethiopia",
    "am en",
    "patr",
    patkind="eth",
    gm="Abebe Tesfaye Dawit Yohannes Getachew Mulugeta Solomon Berhanu Kebede Haile Tadesse Girma "
    "Bekele Alemu",
    gf="Almaz Tigist Meseret Hiwot Selamawit Bethlehem Marta Rahel Mekdes Aster Saba Tsehay",
    ngm="አበበ ተስፋዬ ዳዊት ዮሐንስ ጌታቸው ሙሉጌታ ሰለሞን ብርሃኑ ከበደ ኃይሌ ታደሰ ግርማ",
    ngf="አልማዝ ትግስት መሰረት ሕይወት ሰላማዊት ቤተልሔም ማርታ ራሔል መቅደስ አስቴር ሳባ ፀሐይ",
    kin_f="Emama|Ete|Auntie",
    kin_m="Ababa|Gashe|Uncle",
    hon_f="W/ro|W/rt|Dr.",
    hon_m="Ato|Dr.",
    st="Bole Road|Africa Avenue|Churchill Avenue|Cameroon Street|Mekanisa Road",
    towns="Addis Ababa|Bahir Dar|Hawassa|Mekelle|Gondar|Adama|Dire Dawa",
    d="Bole|Kirkos|Yeka|Arada|Lideta|Kolfe Keranio",
    addr="House No. <no>, Woreda <fl>, <d> Sub-city, <town>",
    naddr="<town>፣ <d> ክ/ከተማ፣ ወረዳ <fl>፣ የቤት ቁ. <no>",
    nstreetfmt="የቤት ቁ. <no>",
    ntown="አዲስ አበባ|ባሕር ዳር|ሀዋሳ|መቀሌ|ጎንደር",
    nd="ቦሌ|ቂርቆስ|የካ|አራዳ|ልደታ",
    ph="091# ### ###|0911 ## ## ##|092# ######",
    phi="+251 91# ### ###|+251 911 ######",
    cal="et",
    cur="ETB",
    ncountry="ኢትዮጵያ",
)
L(
    "ZA",
    "South Africa",
    "en af",
    gm="Thabo Sipho Johan Pieter Lwazi Mandla Bongani Riaan Kagiso Tshepo Andile Sibusiso Ruan",
    gf="Nomvula Thandiwe Lerato Annelie Zanele Precious Karabo Naledi Elsabé Busisiwe Refilwe "
    "Chantelle Nandi",
    sn="Nkosi Dlamini van_der_Merwe Botha Mokoena Naidoo Khumalo Pretorius Ndlovu Mahlangu "
    "du_Plessis Govender Molefe Sithole Jacobs Steyn",
    kin_f="Auntie|Gogo|Ouma|Tannie|Mama",
    kin_m="Uncle|Oupa|Oom|Malume|Baba",
    st="Jan Smuts Avenue|Vilakazi Street|Long Street|Beach Road|Church Street|Voortrekker Road|"
    "Main Road|Florida Road|Rivonia Road",
    towns="Johannesburg|Cape Town|Durban|Pretoria|Soweto|Gqeberha|Bloemfontein|Stellenbosch",
    d="Sandton|Observatory|Orlando West|Morningside|Hatfield|Sea Point|Umhlanga|Rondebosch",
    addr="<no> <st>, <d>, <town>, <pc>|<no> <st>\n<d>\n<town>\n<pc>",
    pc="####",
    ph="082 ### ####|071 ### ####|083 ### ####|021 ### ####|011 ### ####",
    phi="+27 82 ### ####|+27 (0)71 ### ####|+2772#######",
    dfmt="y/m/d",
    cur="R",
    plate="%%% ### GP|%% ## %% GP",
    dl="##########%%",
    iban_abroad="GB NL",
)
L(
    "EG",
    "Egypt",
    "ar en",
    "arab",
    gm="Ahmed Mohamed Mahmoud Mostafa Karim Omar Youssef Tarek Amr Hany Sherif Khaled Ibrahim",
    gf="Fatma Mona Nour Heba Yasmin Mariam Dina Salma Aya Rania Samar Habiba Nadia",
    sn="Hassan Abdel-Rahman El-Sayed Farouk Mansour Soliman Shehata Fathy Gaber Abdelaziz "
    "El-Masry Ragab Naguib Tawfik",
    ngm="أحمد محمد محمود مصطفى كريم عمر يوسف طارق عمرو هاني شريف خالد إبراهيم",
    ngf="فاطمة منى نور هبة ياسمين مريم دينا سلمى آية رانيا سمر حبيبة نادية",
    nsn="حسن عبدالرحمن السيد فاروق منصور سليمان شحاتة فتحي جابر عبدالعزيز المصري رجب نجيب توفيق",
    st="Tahrir Street|Abbas El Akkad Street|Gameat El Dewal Street|Syria Street|"
    "Makram Ebeid Street|El Nasr Road",
    towns="Cairo|Giza|Alexandria|Mansoura|Tanta|Asyut|Heliopolis",
    d="Nasr City|Dokki|Zamalek|Maadi|Mohandessin|Sidi Gaber|Smouha",
    addr="<no> <st>, Apt <flat>, <d>, <town>|<no> <st>, floor <fl>, <d>, <town>",
    naddr="<no> <st>، شقة <flat>، <d>، <town>",
    nstreetfmt="<no> <st>",
    nst="شارع التحرير|شارع عباس العقاد|شارع جامعة الدول العربية|شارع سوريا|شارع مكرم عبيد",
    ntown="القاهرة|الجيزة|الإسكندرية|المنصورة|طنطا",
    nd="مدينة نصر|الدقي|الزمالك|المعادي|سموحة",
    ph="010 #### ####|0122 ### ####|011########|0155 ### ####|02 ########",
    phi="+20 10 #### ####|+20 122 ### ####|+2011########",
    cur="EGP",
    iban="EG",
    kin_f="Tant|Khalto|Amto|Teta",
    kin_m="Amo|Khalo|Gedo",
    hon_m="Mr|Dr.|Eng.|Ustaz",
    ncountry="مصر",
    pub="Naguib Mahfouz|Umm Kulthum|Mohamed Salah|Taha Hussein",
    pubst="Talaat Harb Street|Salah Salem Road",
)
L(
    "MA",
    "Morocco",
    "fr ar",
    "arab",
    gm="Youssef Mohamed Hamza Mehdi Anas Rachid Karim Othmane Soufiane Hicham Abdelkader Ayoub",
    gf="Fatima-Zahra Khadija Salma Meryem Hajar Imane Sanaa Nadia Zineb Loubna Houda Ghita",
    sn="El_Amrani Benali Alaoui Bennani Tazi Idrissi Berrada El_Fassi Chraibi Ouazzani Lahlou "
    "Benjelloun Zerouali",
    ngm="يوسف محمد حمزة مهدي أنس رشيد كريم عثمان سفيان هشام عبدالقادر أيوب",
    ngf="فاطمة_الزهراء خديجة سلمى مريم هاجر إيمان سناء نادية زينب لبنى هدى غيثة",
    nsn="العمراني بنعلي العلوي بناني التازي الإدريسي برادة الفاسي الشرايبي الوزاني لحلو بنجلون",
    st="Boulevard Mohammed V|Rue Ibn Battouta|Avenue Hassan II|Rue Oued Ziz|Boulevard Zerktouni",
    towns="Casablanca|Rabat|Fès|Marrakech|Tanger|Agadir|Meknès|Oujda",
    d="Maârif|Agdal|Hay Riad|Gueliz|Ain Diab|Hay Mohammadi",
    addr="<no>, <st>, <d>, <pc> <town>|Appt <flat>, Imm. <no>, <st>, <town>",
    pc="#####",
    naddr="<no>، <st>، <d>، <town>",
    nst="شارع محمد الخامس|زنقة ابن بطوطة|شارع الحسن الثاني",
    ntown="الدار البيضاء|الرباط|فاس|مراكش|طنجة",
    nd="المعاريف|أكدال|حي الرياض|كليز",
    ph="06## ## ## ##|07## ## ## ##|05 22 ## ## ##",
    phi="+212 6## ## ## ##|+212 6########|+212 (0)6 ## ## ## ##",
    cur="MAD",
    iban_abroad="FR BE ES NL",
    kin_f="Khalti|Ammti|Tata|Mima",
    kin_m="Khali|Ammi|Tonton|Jeddi",
    hon_f="Mme|Lalla|Dr",
    hon_m="M.|Si|Dr",
)
L(
    "DZ",
    "Algeria",
    "fr ar",
    "arab",
    gm="Mohamed_Amine Yacine Karim Sofiane Walid Bilal Nassim Abdelkrim Riad Farid Djamel",
    gf="Amel Lynda Sarah Nesrine Meriem Imene Khadidja Wafa Samira Yasmina Djamila Feriel",
    sn="Benaissa Bouzid Khelifi Hamidi Benyahia Saadi Mansouri Cherif Belkacem Ait_Ahmed Haddad "
    "Zerrouki Kaci",
    ngm="محمد_أمين ياسين كريم سفيان وليد بلال نسيم عبدالكريم رياض فريد جمال",
    ngf="أمال ليندة سارة نسرين مريم إيمان خديجة وفاء سميرة ياسمينة جميلة فريال",
    nsn="بن_عيسى بوزيد خليفي حميدي بن_يحيى سعدي منصوري شريف بلقاسم حداد زروقي قاسي",
    st="Rue Didouche Mourad|Boulevard Krim Belkacem|Rue Larbi Ben M'hidi|Rue Hassiba Ben Bouali",
    towns="Alger|Oran|Constantine|Annaba|Blida|Tizi Ouzou|Sétif",
    d="Bab Ezzouar|Hydra|Kouba|El Biar|Bir Mourad Raïs",
    addr="<no> <st>, <d>, <pc> <town>|Cité 1200 Logements, bât. <fl>, n° <no>, <town>",
    pc="16###",
    naddr="<no> <st>، <d>، <town>",
    nst="شارع ديدوش مراد|شارع العربي بن مهيدي",
    ntown="الجزائر|وهران|قسنطينة|عنابة|البليدة",
    nd="باب الزوار|حيدرة|القبة|الأبيار",
    ph="05## ## ## ##|06## ## ## ##|07## ## ## ##|021 ## ## ##",
    phi="+213 5## ## ## ##|+213 6########|+213 (0)7 ## ## ## ##",
    cur="DA",
    iban_abroad="FR",
    kin_f="Khalti|Ammti|Tata|Yemma",
    kin_m="Khali|Ammi|Tonton|Jeddi",
    hon_f="Mme|Dr",
    hon_m="M.|Si|Dr",
)
L(
    "SN",
    "Senegal",
    "fr wo",
    gm="Mamadou Cheikh Ousmane Abdoulaye Moussa Ibrahima Modou Pape Serigne Babacar Aliou Lamine",
    gf="Fatou Aminata Aïssatou Mariama Khady Ndeye Coumba Awa Astou Sokhna Bineta Adama",
    sn="Diop Ndiaye Fall Sow Diallo Ba Gueye Faye Sarr Cissé Mbaye Seck Thiam Diouf Kane Niang",
    kin_f="Tata|Yaay|Mame|Bajjen",
    kin_m="Tonton|Baay|Mame|Nijaay",
    hon_f="Mme|Sokhna|Adja",
    hon_m="M.|Serigne|El Hadji",
    st="Rue Carnot|Avenue Cheikh Anta Diop|Rue Mousse Diop|Route de Ouakam|Rue 10 x 13",
    towns="Dakar|Thiès|Saint-Louis|Rufisque|Touba|Ziguinchor|Kaolack",
    d="Médina|Sicap Liberté|Grand Yoff|Parcelles Assainies|Point E|Mermoz",
    addr="Villa n° <no>, <d>, <town>|<no> <st>, <d>, <town>",
    ph="77 ### ## ##|78 ### ## ##|76 ### ## ##|33 8## ## ##",
    phi="+221 77 ### ## ##|+221 78#######|00221 76 ### ## ##",
    cur="FCFA",
    iban_abroad="FR",
)
L(
    "CM",
    "Cameroon",
    "fr en",
    gm="Jean-Paul Serge Emmanuel Hervé Boris Franck Blaise Armand Samuel Christian Aboubakar",
    gf="Brigitte Mireille Grâce Solange Nadège Aurélie Estelle Nicole Vanessa Joséphine Hadiza",
    sn="Nkoulou Mbarga Ngono Fotso Tchamba Ngo_Bassong Ekwalla Kamga Fouda Essomba Tchoupo "
    "Atangana Mvondo Njoya Kuete",
    st="Rue Joss|Boulevard de la Liberté|Rue Drouot|Avenue Kennedy|Rue Foch",
    towns="Douala|Yaoundé|Bafoussam|Garoua|Limbé|Buea",
    d="Akwa|Bonapriso|Bastos|Bonamoussadi|Mvog-Mbi|Biyem-Assi",
    addr="<no> <st>, <d>, <town>|Quartier <d>, <st>, porte <no>, <town>",
    ph="6 ## ## ## ##|67# ### ###|69# ## ## ##|2 33 ## ## ##",
    phi="+237 6 ## ## ## ##|+237 67#######|+237 69# ### ###",
    cur="FCFA",
    kin_f="Tata|Mami|Ma'a",
    kin_m="Tonton|Papi|Pa'a",
    hon_f="Mme|Dr",
    hon_m="M.|Dr|Chef",
)
L(
    "CD",
    "DR Congo",
    "fr ln sw",
    gm="Jean-Claude Patrick Fiston Héritier Christian Dieudonné Papy Glody Cédric Trésor",
    gf="Merveille Grâce Nathalie Divine Espérance Blandine Aline Ornella Rachel Gloria",
    sn="Mukendi Kalonji Tshibangu Mbuyi Ilunga Kasongo Mutombo Lukusa Mbala Nzuzi Ngoy Kabeya",
    st="Avenue du Commerce|Boulevard du 30 Juin|Avenue Kasa-Vubu|Avenue de la Libération",
    towns="Kinshasa|Lubumbashi|Goma|Bukavu|Kisangani|Matadi",
    d="Gombe|Lingwala|Bandalungwa|Limete|Ngaliema|Kintambo",
    addr="n° <no>, <st>, Q/<d>, <town>|<no>, <st>, C/<d>, <town>",
    ph="081 ### ####|099 ### ####|085#######|097 ### ####",
    phi="+243 81 ### ####|+243 99#######|+243 (0)85 ### ####",
    cur="FC",
    kin_f="Tantine|Mama|Koko",
    kin_m="Tonton|Papa|Noko|Koko",
    hon_f="Mme|Maman",
    hon_m="M.|Papa",
)
L(
    "RW",
    "Rwanda",
    "rw en fr",
    order="fg",
    gm="Jean_Bosco Eric Emmanuel Olivier Innocent Patrick Claude Fabrice Aimable Jean_de_Dieu",
    gf="Aline Clarisse Diane Ange Chantal Grâce Jeanne Solange Divine Alice",
    sn="Uwimana Niyonzima Mugisha Habimana Uwase Nshimiyimana Mukamana Ndayisaba Iradukunda "
    "Hakizimana Murekatete Ntwari",
    st="KG 7 Ave|KN 5 Rd|KK 15 Rd|KG 11 Ave|KN 3 Rd",
    towns="Kigali|Huye|Musanze|Rubavu|Rwamagana",
    d="Kimihurura|Kacyiru|Remera|Nyamirambo|Kicukiro|Gisozi",
    addr="<st>, House <no>, <d>, <town>",
    ph="078 ### ####|072 ### ####|073#######",
    phi="+250 78# ### ###|+250 72#######",
    cur="RWF",
)
L(
    "SO",
    "Somalia",
    "so en",
    "patr",
    patkind="eth",
    gm="Mohamed Abdi Ahmed Hassan Abdullahi Omar Ali Yusuf Abdirahman Farah Ismail Mahad Guled",
    gf="Hodan Faadumo Sahra Amina Ifrah Nimco Hibaaq Khadra Ayaan Sagal Ubah Fardowsa",
    nick="Dheere Yarey Gaab Cambaro Xalimo",
    kin_f="Eedo|Habo|Ayeeyo|Auntie",
    kin_m="Adeer|Abti|Awoowe|Uncle",
    hon_f="Marwo|Ms|Dr.",
    hon_m="Mudane|Mr|Dr.",
    st="Maka Al-Mukarama Road|Wadada Warshadaha|Wadada 21ka Oktoobar|Wadada Wadnaha",
    towns="Muqdisho|Hargeisa|Kismaayo|Boosaaso|Garoowe|Baydhabo",
    d="Hodan|Waberi|Hawl Wadaag|Wadajir|Xamar Weyne|Dayniile",
    addr="Guriga <no>, <st>, Degmada <d>, <town>",
    ph="061 ### ####|063 #######|090 ### ####",
    phi="+252 61 ### ####|+252 63#######",
    cur="$",
    iban_abroad="GB SE NL",
)
L(
    "ZW",
    "Zimbabwe",
    "en sn",
    gm="Tendai Tatenda Farai Tinashe Takudzwa Kudakwashe Blessing Tafadzwa Simba Munyaradzi Tapiwa",
    gf="Rutendo Chipo Tariro Nyasha Rumbidzai Tsitsi Fadzai Vimbai Ruvimbo Chiedza Shamiso",
    sn="Moyo Ncube Sibanda Dube Mpofu Mutasa Chinyama Makoni Gumbo Chari Marufu Ndlovu Mhlanga",
    kin_f="Tete|Ambuya|Mainini|Auntie",
    kin_m="Sekuru|Babamukuru|Babamunini|Uncle",
    st="Samora Machel Avenue|Enterprise Road|Borrowdale Road|Herbert Chitepo Avenue|Fife Street",
    towns="Harare|Bulawayo|Mutare|Gweru|Masvingo|Kwekwe",
    d="Avondale|Borrowdale|Mabelreign|Hillside|Belvedere|Mbare",
    addr="<no> <st>, <d>, <town>",
    ph="077# ### ###|071# ### ###|078 ### ####",
    phi="+263 77# ### ###|+263 71#######",
    cur="US$",
)

# --- Middle East
L(
    "SA",
    "Saudi Arabia",
    "ar en",
    "arab",
    bin=True,
    gm="Mohammed Abdullah Faisal Saud Khalid Turki Nawaf Abdulaziz Fahad Sultan Saad Majed Bandar",
    gf="Noura Sara Reem Lama Hessa Maha Shahad Joud Alanoud Amal Latifa Munira Dana",
    sn="Al-Qahtani Al-Otaibi Al-Ghamdi Al-Harbi Al-Dosari Al-Shehri Al-Zahrani Al-Mutairi "
    "Al-Shammari Al-Subaie Al-Juhani Al-Anazi Al-Malki",
    ngm="محمد عبدالله فيصل سعود خالد تركي نواف عبدالعزيز فهد سلطان سعد ماجد بندر",
    ngf="نورة سارة ريم لمى حصة مها شهد جود العنود أمل لطيفة منيرة دانة",
    nsn="القحطاني العتيبي الغامدي الحربي الدوسري الشهري الزهراني المطيري الشمري السبيعي الجهني "
    "العنزي المالكي",
    st="King Fahd Road|Olaya Street|Tahlia Street|Al Urubah Road|Prince Sultan Street",
    towns="Riyadh|Jeddah|Dammam|Mecca|Medina|Khobar|Abha|Taif",
    d="Al Olaya|Al Malqa|Al Rawdah|Al Hamra|Al Naseem|Al Shati|Al Yasmin",
    addr="Bldg <no>, <st>, <d> Dist., <town> <pc>|<no> <st>, <d>, <town>",
    pc="#####-####",
    naddr="<no> <st>، حي <d>، <town> <pc>",
    nstreetfmt="<no> <st>",
    nst="طريق الملك فهد|شارع العليا|شارع التحلية|طريق العروبة|شارع الأمير سلطان",
    ntown="الرياض|جدة|الدمام|مكة المكرمة|المدينة المنورة|الخبر",
    nd="العليا|الملقا|الروضة|الحمراء|النسيم|الياسمين",
    ph="05# ### ####|055 ### ####|050#######|011 ### ####",
    phi="+966 5# ### ####|+966 55#######|00966 50 ### ####",
    cal="hijri",
    cur="SAR",
    iban="SA",
    kin_f="Khalti|Ammati|Auntie",
    kin_m="Ammi|Khali|Uncle",
    hon_f="Mrs|Dr.|Ustadha",
    hon_m="Mr|Eng.|Dr.|Ustadh",
)
L(
    "AE",
    "United Arab Emirates",
    "ar en",
    "arab",
    bin=True,
    gm="Rashid Hamdan Saeed Ahmed Mansoor Khalifa Obaid Humaid Sultan Majid Hamad Abdulla",
    gf="Mariam Shamma Aisha Hind Fatima Moza Alia Maitha Latifa Hessa Noor",
    sn="Al_Mansoori Al_Nuaimi Al_Shamsi Al_Ketbi Al_Dhaheri Al_Suwaidi Al_Falasi Al_Mazrouei "
    "Al_Hammadi Al_Marri Al_Qubaisi Al_Blooshi",
    ngm="راشد حمدان سعيد أحمد منصور خليفة عبيد حميد سلطان ماجد حمد عبدالله",
    ngf="مريم شما عائشة هند فاطمة موزة علياء ميثاء لطيفة حصة نور",
    nsn="المنصوري النعيمي الشامسي الكتبي الظاهري السويدي الفلاسي المزروعي الحمادي المري القبيسي",
    st="Al Wasl Road|Jumeirah Street|Hessa Street|Al Khail Road|Corniche Road|Al Nahda Street",
    towns="Dubai|Abu Dhabi|Sharjah|Al Ain|Ajman|Ras Al Khaimah",
    d="Al Barsha|Jumeirah 1|Mirdif|Al Qusais|Khalifa City|Al Mushrif",
    addr="Villa <no>, Street <fl>, <d>, <town>|Apt <flat>0<fl>, Bldg <no>, <st>, <d>, <town>",
    naddr="فيلا <no>، شارع <fl>، <d>، <town>",
    nstreetfmt="فيلا <no>",
    ntown="دبي|أبوظبي|الشارقة|العين|عجمان",
    nd="البرشاء|جميرا 1|مردف|القصيص|مدينة خليفة",
    ph="05# ### ####|050 ### ####|04 ### ####|02 ### ####",
    phi="+971 5# ### ####|+971 50#######|00971 55 ### ####",
    cur="AED",
    iban="AE",
    kin_f="Khalti|Ammti|Auntie",
    kin_m="Khali|Ammi|Uncle",
)
L(
    "JO",
    "Jordan",
    "ar en",
    "arab",
    gm="Omar Zaid Laith Yazan Hamza Anas Mohammad Fadi Ayman Bashar Rami Qais",
    gf="Lina Rawan Dana Leen Tala Hala Ruba Sawsan Haneen Raghad Ghada Nour",
    sn="Al-Khatib Haddad Nasser Obeidat Al-Zoubi Khoury Masri Tarawneh Smadi Abu-Ghazaleh Qudah "
    "Hijazi Awad",
    ngm="عمر زيد ليث يزن حمزة أنس محمد فادي أيمن بشار رامي قيس",
    ngf="لينا روان دانا لين تالا هالة ربى سوسن حنين رغد غادة نور",
    nsn="الخطيب حداد ناصر عبيدات الزعبي خوري المصري الطراونة الصمادي أبوغزالة القضاة حجازي عواد",
    st="Mecca Street|Zahran Street|Wasfi Al-Tal Street|Rainbow Street|Queen Rania Street",
    towns="Amman|Irbid|Zarqa|Aqaba|Salt|Madaba",
    d="Khalda|Jabal Amman|Abdoun|Sweifieh|Shmeisani|Jubeiha",
    addr="Building <no>, <st>, <d>, <town> <pc>",
    pc="11###",
    naddr="عمارة <no>، <st>، <d>، <town>",
    nstreetfmt="عمارة <no>، <st>",
    nst="شارع مكة|شارع زهران|شارع وصفي التل|شارع الملكة رانيا",
    ntown="عمّان|إربد|الزرقاء|العقبة|السلط",
    nd="خلدا|جبل عمان|عبدون|الصويفية|الشميساني",
    ph="07# ### ####|079 #######|077 ### ####|06 ### ####",
    phi="+962 7# ### ####|+962 79#######|00962 77 ### ####",
    cur="JOD",
    iban="JO",
    kin_f="Khalto|Amto|Teta",
    kin_m="Khalo|Amo|Sido",
)
L(
    "LB",
    "Lebanon",
    "ar fr en",
    "arab",
    gm="Georges Elie Charbel Joseph Ali Hassan Rami Karim Tony Fadi Ziad Walid Nadim",
    gf="Rita Maya Nadine Rola Carla Hiba Zeina Mira Joelle Lara Yara Rima",
    sn="Khoury Haddad Nassar Saadé Aoun Fakhoury Sleiman El_Hajj Karam Abi_Nader Bou_Saab Maalouf "
    "Tabet Zeidan Hamadeh",
    ngm="جورج إيلي شربل جوزيف علي حسن رامي كريم طوني فادي زياد وليد نديم",
    ngf="ريتا مايا نادين رلى كارلا هبة زينة ميرا جويل لارا يارا ريما",
    nsn="خوري حداد نصار سعادة عون فاخوري سليمان الحاج كرم أبي_نادر بو_صعب معلوف ثابت زيدان",
    st="Rue Hamra|Rue Monnot|Rue Gouraud|Rue Abdel Aziz|Rue Armenia|Rue Mar Elias",
    towns="Beirut|Jounieh|Tripoli|Saida|Zahle|Byblos|Baabda",
    d="Achrafieh|Hamra|Mar Mikhael|Verdun|Badaro|Gemmayzeh|Jal el Dib",
    addr="<st>, Bldg <no>, <fl>th floor, <d>, <town>|Imm. <no>, <st>, <d>, <town>",
    naddr="<st>، بناية <no>، الطابق <fl>، <d>، <town>",
    nstreetfmt="<st>، بناية <no>",
    nst="شارع الحمرا|شارع مونو|شارع غورو|شارع مار الياس",
    ntown="بيروت|جونية|طرابلس|صيدا|زحلة",
    nd="الأشرفية|الحمرا|مار مخايل|فردان|بدارو",
    ph="03 ### ###|70 ### ###|71 ### ###|01 ### ###|76 ######",
    phi="+961 3 ### ###|+961 70######|00961 71 ### ###",
    cur="$",
    iban="LB",
    kin_f="Teta|Tante|Khalto|Amto",
    kin_m="Jeddo|Amo|Khalo|Tonton",
)
L(
    "IQ",
    "Iraq",
    "ar en",
    "arab",
    gm="Ali Hussein Mustafa Haider Ahmed Mohammed Karrar Abbas Omar Saif Ameer Muntadhar",
    gf="Zainab Fatima Noor Maryam Hawraa Rusul Shahad Sura Ban Tabarek Zahraa Sarah",
    sn="Al-Jubouri Al-Obaidi Al-Tamimi Al-Saadi Al-Khafaji Al-Rubaie Al-Musawi Al-Hashimi "
    "Al-Dulaimi Al-Bayati Al-Zubaidi",
    ngm="علي حسين مصطفى حيدر أحمد محمد كرار عباس عمر سيف أمير منتظر",
    ngf="زينب فاطمة نور مريم حوراء رسل شهد سرى بان تبارك زهراء سارة",
    nsn="الجبوري العبيدي التميمي الساعدي الخفاجي الربيعي الموسوي الهاشمي الدليمي البياتي الزبيدي",
    st="Palestine Street|Al-Rasheed Street|14th of Ramadan Street|Abu Nuwas Street",
    towns="Baghdad|Basra|Erbil|Mosul|Najaf|Karbala|Sulaymaniyah",
    d="Al-Mansour|Karrada|Adhamiya|Zayouna|Al-Jadriya|Ankawa",
    addr="Mahalla <no>, Zuqaq <fl>, House <flat>, <d>, <town>",
    naddr="محلة <no>، زقاق <fl>، دار <flat>، <d>، <town>",
    nstreetfmt="زقاق <fl>، دار <flat>",
    ntown="بغداد|البصرة|أربيل|الموصل|النجف|كربلاء",
    nd="المنصور|الكرادة|الأعظمية|زيونة|الجادرية",
    ph="07## ### ####|0770 ### ####|0780#######|0750 ### ####",
    phi="+964 7## ### ####|+964 770#######|00964 780 ### ####",
    cur="IQD",
    iban="IQ",
    kin_f="Khala|Amma|Bibi",
    kin_m="Khalo|Ammo|Jiddo",
)
L(
    "SY",
    "Syria",
    "ar en",
    "arab",
    gm="Fadi Ammar Ghaith Samer Wassim Maher Hussam Tarek Yamen Mazen Nizar Kinan",
    gf="Rasha Lama Ruba Sawsan Dima Alaa Hanin Bayan Reem Nisreen Ghalia Yara",
    sn="Al-Halabi Sabbagh Kassab Haddad Shami Jaber Hamwi Darwish Ismail Najjar Attar Qassem Zein",
    ngm="فادي عمار غيث سامر وسيم ماهر حسام طارق يامن مازن نزار كنان",
    ngf="رشا لمى ربى سوسن ديما آلاء حنين بيان ريم نسرين غالية يارا",
    nsn="الحلبي صباغ قصاب حداد الشامي جابر الحموي درويش إسماعيل النجار العطار قاسم زين",
    st="Baghdad Street|Al-Thawra Street|Abu Rummaneh Street|Al-Hamra Street",
    towns="Damascus|Aleppo|Homs|Latakia|Hama|Tartus",
    d="Mezzeh|Abu Rummaneh|Al-Malki|Bab Touma|Al-Aziziyeh|Al-Shaalan",
    addr="<st>, Bldg <no>, Floor <fl>, <d>, <town>",
    naddr="<st>، بناء <no>، طابق <fl>، <d>، <town>",
    nstreetfmt="<st>، بناء <no>",
    nst="شارع بغداد|شارع الثورة|شارع أبو رمانة|شارع الحمراء",
    ntown="دمشق|حلب|حمص|اللاذقية|حماة|طرطوس",
    nd="المزة|أبو رمانة|المالكي|باب توما|العزيزية",
    ph="09## ### ###|093#######|011 ### ####",
    phi="+963 9## ### ###|+963 93#######",
    cur="SYP",
    iban_abroad="DE SE NL TR",
    kin_f="Khalto|Amto|Teta",
    kin_m="Khalo|Ammo|Jeddo",
)
L(
    "IR",
    "Iran",
    "fa en",
    gm="Reza Ali Mohammad Amir Hossein Mehdi Arash Babak Kourosh Saeed Omid Farhad Dariush",
    gf="Maryam Zahra Fatemeh Sara Niloufar Shirin Leila Parisa Mahsa Roya Golnar Azadeh Shadi",
    sn="Hosseini Mohammadi Rezaei Ahmadi Karimi Moradi Jafari Rahimi Hashemi Ebrahimi Ghorbani "
    "Sadeghi Tehrani Kazemi Shirazi",
    ngm="رضا علی محمد امیر حسین مهدی آرش بابک کوروش سعید امید فرهاد داریوش",
    ngf="مریم زهرا فاطمه سارا نیلوفر شیرین لیلا پریسا مهسا رویا گلنار آزاده شادی",
    nsn="حسینی محمدی رضایی احمدی کریمی مرادی جعفری رحیمی هاشمی ابراهیمی قربانی صادقی تهرانی کاظمی",
    st="Vali-e Asr Street|Enghelab Street|Shariati Street|Mirdamad Boulevard|Pasdaran Avenue",
    towns="Tehran|Isfahan|Shiraz|Mashhad|Tabriz|Karaj|Rasht",
    d="Tajrish|Yousefabad|Saadat Abad|Niavaran|Gisha|Narmak",
    addr="No. <no>, Alley <fl>, <st>, <d>, <town>, Postal Code <pc>|Unit <flat>, No. <no>, "
    "<st>, <town>",
    pc="##########",
    naddr="<town>، <d>، <st>، کوچه <fl>، پلاک <no>، واحد <flat>",
    nstreetfmt="<st>، پلاک <no>",
    nst="خیابان ولیعصر|خیابان انقلاب|خیابان شریعتی|بلوار میرداماد|خیابان پاسداران",
    ntown="تهران|اصفهان|شیراز|مشهد|تبریز|کرج",
    nd="تجریش|یوسف‌آباد|سعادت‌آباد|نیاوران|گیشا",
    ph="0912 ### ####|0935#######|0919 ### ####|021 #### ####",
    phi="+98 912 ### ####|+98 935#######|0098 919 ### ####",
    dfmt="y/m/d",
    cal="fa",
    cur="IRR",
    iban="IR",
    kin_f="Khaleh|Ameh|Maman|Mamanbozorg",
    kin_m="Amoo|Daei|Baba|Bababozorg",
    hon_f="Khanom|Mrs|Dr.",
    hon_m="Agha|Mr|Dr.|Mohandes",
)
L(
    "IL",
    "Israel",
    "he en",
    gm="Yossi Avi Moshe Itai Noam Eitan Omer Daniel Amit Yonatan Ariel Shlomo Ido",
    gf="Noa Tamar Shira Michal Yael Maya Adi Rivka Orly Hila Efrat Tali Sarit",
    sn="Cohen Levi Mizrahi Peretz Biton Friedman Avraham Katz Dahan Shapiro Azoulay Goldberg "
    "Ben-David Ohana Rosenberg",
    ngm="יוסי אבי משה איתי נועם איתן עומר דניאל עמית יונתן אריאל שלמה עידו",
    ngf="נועה תמר שירה מיכל יעל מאיה עדי רבקה אורלי הילה אפרת טלי שרית",
    nsn="כהן לוי מזרחי פרץ ביטון פרידמן אברהם כץ דהן שפירא אזולאי גולדברג בן-דוד אוחנה",
    st="Herzl Street|Dizengoff Street|Ben Yehuda Street|Jabotinsky Street|Rothschild Boulevard|"
    "Emek Refaim Street|HaNevi'im Street",
    towns="Tel Aviv|Jerusalem|Haifa|Be'er Sheva|Netanya|Ramat Gan|Petah Tikva|Holon",
    addr="<st> <no>, Apt <flat>, <town> <pc>|<st> <no>/<flat>, <town>",
    pc="#######",
    streetfmt="<st> <no>",
    naddr="<st> <no>, דירה <flat>, <town> <pc>|<st> <no>/<flat>, <town>",
    nst="רחוב הרצל|רחוב דיזנגוף|רחוב בן יהודה|רחוב ז'בוטינסקי|שדרות רוטשילד|רחוב עמק רפאים",
    nstreetfmt="<st> <no>",
    ntown="תל אביב|ירושלים|חיפה|באר שבע|נתניה|רמת גן|חולון",
    ph="05#-###-####|052-#######|054 ### ####|03-#######|02-###-####",
    phi="+972 5# ### ####|+972-52-#######|00972 54 ### ####",
    ndfmt="d.m.y",
    cur="₪",
    iban="IL",
    kin_f="Doda|Savta|Ima",
    kin_m="Dod|Saba|Aba",
    hon_f="Mrs|Dr|Adv.",
    hon_m="Mr|Dr|Adv.|Rabbi",
)
L(
    "TR",
    "Türkiye",
    "tr",
    gm="Mehmet Mustafa Ahmet Ali Hüseyin Emre Burak Can Murat Oğuz Kerem Yusuf Serkan Barış",
    gf="Ayşe Fatma Zeynep Elif Emine Hatice Merve Büşra Selin Derya Gülşen Esra Ebru",
    sn="Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
    "Aslan Çetin Kara Koç Kurt",
    nick="Memo Ayşo Elo Bebiş Cano Fatoş",
    kin_f="Teyze|Hala|Yenge|Anneanne|Babaanne|Abla",
    kin_m="Amca|Dayı|Enişte|Dede|Abi",
    hon_f="Sayın|Dr.|Av.",
    hon_m="Sayın|Dr.|Av.",
    st="Atatürk Caddesi|İstiklal Caddesi|Bağdat Caddesi|Gül Sokak|Halaskargazi Caddesi|"
    "Kızılay Sokak|Menekşe Sokak",
    towns="İstanbul|Ankara|İzmir|Bursa|Antalya|Konya|Adana|Eskişehir|Trabzon",
    d="Kadıköy|Çankaya|Karşıyaka|Beşiktaş|Üsküdar|Nilüfer|Bornova|Keçiören",
    addr="<st> No: <no> Daire: <flat>, <d>/<town>|Cumhuriyet Mah. <st> No:<no>/<flat> <pc> "
    "<d>/<town>",
    pc="#####",
    streetfmt="<st> No: <no>",
    ph="05## ### ## ##|0532 ### ## ##|0 (5##) ### ## ##|0216 ### ## ##",
    phi="+90 5## ### ## ##|+90 532 #######|0090 5## ### ####",
    dfmt="d.m.y",
    cur="₺",
    iban="TR",
    plate="34 %%% ###|06 %% ####",
    dl="######",
    pp="U########",
    domains="hotmail.com|yandex.com.tr",
    pub="Atatürk|Orhan Pamuk|Nazım Hikmet|Barış Manço",
)

# --- South Asia
L(
    "IN",
    "India",
    "hi en hinglish",
    gm="Rahul Amit Vikram Sanjay Rohan Arjun Anil Rajesh Suresh Manish Deepak Harpreet Aditya "
    "Nikhil Vivek",
    gf="Priya Anjali Pooja Neha Sunita Kavita Meera Ritu Shalini Asha Divya Sneha Gurpreet "
    "Ananya Rekha",
    sn="Sharma Verma Gupta Singh Kumar Agarwal Mehta Joshi Malhotra Chauhan Yadav Mishra Kapoor "
    "Bansal Saxena Chopra Tiwari",
    ngm="राहुल अमित विक्रम संजय रोहन अर्जुन अनिल राजेश सुरेश मनीष दीपक आदित्य निखिल विवेक",
    ngf="प्रिया अंजलि पूजा नेहा सुनीता कविता मीरा रितु शालिनी आशा दिव्या स्नेहा अनन्या रेखा",
    nsn="शर्मा वर्मा गुप्ता सिंह कुमार अग्रवाल मेहता जोशी मल्होत्रा चौहान यादव मिश्रा कपूर बंसल तिवारी",
    nick="Pinky Bunty Guddu Sonu Monu Chintu Babli Dolly Rinku Tinku",
    kin_f="Masi|Bua|Chachi|Mami|Nani|Dadi|Didi|Bhabhi",
    kin_m="Mama|Chacha|Tauji|Fufaji|Nanaji|Dadaji|Bhaiya",
    hon_f="Smt.|Mrs|Dr.|Km.",
    hon_m="Shri|Mr|Dr.|Er.",
    st="MG Road|Ashok Marg|Sector 15 Main Road|Civil Lines|Gandhi Nagar Road|Linking Road|"
    "Station Road",
    towns="New Delhi|Noida|Gurugram|Lucknow|Jaipur|Chandigarh|Kanpur|Bhopal|Indore|Varanasi",
    d="Rajouri Garden|Vasant Kunj|Sector 62|Gomti Nagar|Malviya Nagar|Dwarka Sector 7",
    addr="House No. <no>, <st>, <d>, <town> - <pc>|Flat <flat>, Block <fl>, <d>, <town> <pc>|"
    "<no>/<flat>, <st>, <d>, <town>, <pc>",
    pc="1#####",
    naddr="मकान नं. <no>, <st>, <d>, <town> - <pc>",
    nstreetfmt="मकान नं. <no>, <st>",
    nst="एमजी रोड|स्टेशन रोड|गांधी नगर रोड|सिविल लाइंस|अशोक मार्ग",
    ntown="नई दिल्ली|नोएडा|लखनऊ|जयपुर|कानपुर|भोपाल|वाराणसी",
    nd="राजौरी गार्डन|वसंत कुंज|गोमती नगर|मालवीय नगर|द्वारका सेक्टर 7",
    ph="98### #####|99##-######|07#########|011-2###-####|8#########",
    phi="+91 9#### #####|+91-98#######|+91 7#########|0091 98### #####",
    cur="₹",
    pp="%#######",
    dl="DL-##20##-#######|UP##-20##-#######",
    plate="DL 3C %% ####|UP 32 %% ####",
    iban_abroad="GB AE",
    ncountry="भारत",
    pub="Mahatma Gandhi|Rabindranath Tagore|Sachin Tendulkar|Lata Mangeshkar|A. P. J. Abdul Kalam",
    pubst="Mahatma Gandhi Road|Netaji Subhash Marg|Nehru Place",
)
L(
    "IN-TN",
    "India",
    "ta en",
    "patr",
    patkind="tamil",
    gm="Karthik Senthil Murugan Ravi Arun Balaji Vignesh Saravanan Ganesh Prakash Ramesh "
    "Venkatesh Selvam",
    gf="Lakshmi Priya Meenakshi Kavitha Divya Anitha Revathi Saranya Gayathri Deepa Valli Malathi",
    ngm="கார்த்திக் செந்தில் முருகன் ரவி அருண் பாலாஜி விக்னேஷ் சரவணன் கணேஷ் பிரகாஷ் ரமேஷ்",
    ngf="லட்சுமி பிரியா மீனாட்சி கவிதா திவ்யா அனிதா ரேவதி சரண்யா காயத்ரி தீபா வள்ளி மாலதி",
    nick="Kutty Chellam Babu Raja Ammu Pappu",
    kin_f="Paati|Chithi|Athai|Akka|Amma",
    kin_m="Thatha|Mama|Chithappa|Anna|Appa",
    hon_f="Tmt.|Mrs|Dr.",
    hon_m="Thiru|Mr|Dr.",
    st="Anna Salai|Usman Road|Arcot Road|Cathedral Road|2nd Cross Street|Gandhi Street",
    towns="Chennai|Coimbatore|Madurai|Tiruchirappalli|Salem|Tirunelveli|Vellore",
    d="T. Nagar|Mylapore|Anna Nagar|Velachery|Adyar|Tambaram|RS Puram",
    addr="No. <no>, <st>, <d>, <town> - <pc>|Old No. <flat>, New No. <no>, <st>, <d>, <town> <pc>",
    pc="6#####",
    naddr="எண் <no>, <st>, <d>, <town> - <pc>",
    nstreetfmt="எண் <no>, <st>",
    nst="அண்ணா சாலை|உஸ்மான் சாலை|ஆற்காடு சாலை|காந்தி தெரு",
    ntown="சென்னை|கோயம்புத்தூர்|மதுரை|திருச்சி|சேலம்",
    nd="தி. நகர்|மயிலாப்பூர்|அண்ணா நகர்|வேளச்சேரி|அடையாறு",
    ph="94### #####|98400 #####|044-2###-####|7#########",
    phi="+91 94### #####|+91 98400#####",
    dfmt="d-m-y",
    cur="₹",
    pp="%#######",
)
L(
    "PK",
    "Pakistan",
    "ur en",
    gm="Muhammad_Ali Usman Bilal Hamza Imran Faisal Zeeshan Asad Kamran Tariq Waqas Shahid Junaid",
    gf="Ayesha Fatima Sana Hira Mahnoor Zainab Rabia Sadia Nida Amna Iqra Saima Maryam Kiran",
    sn="Khan Ahmed Malik Qureshi Chaudhry Butt Sheikh Raza Hussain Siddiqui Abbasi Mirza Baig "
    "Awan Javed Iqbal",
    ngm="محمد_علی عثمان بلال حمزہ عمران فیصل ذیشان اسد کامران طارق وقاص شاہد جنید",
    ngf="عائشہ فاطمہ ثنا حرا ماہنور زینب رابعہ سعدیہ ندا آمنہ اقرا صائمہ مریم کرن",
    nsn="خان احمد ملک قریشی چوہدری بٹ شیخ رضا حسین صدیقی عباسی مرزا بیگ اعوان",
    kin_f="Khala|Phuppo|Chachi|Mami|Nani|Dadi|Baji|Apa",
    kin_m="Mamu|Chacha|Taya|Nana|Dada|Bhai",
    hon_f="Mrs|Dr.|Begum|Ms",
    hon_m="Mr|Dr.|Mian|Rana",
    st="Mall Road|Jail Road|Shahrah-e-Faisal|Main Boulevard|MM Alam Road|University Road",
    towns="Lahore|Karachi|Islamabad|Rawalpindi|Faisalabad|Multan|Peshawar|Sialkot",
    d="Gulberg III|DHA Phase 5|Model Town|F-7/2|Gulshan-e-Iqbal|Johar Town|Bahria Town",
    addr="House No. <no>, Street <fl>, <d>, <town>|<no>-B, Block <fl>, <d>, <town>|"
    "Flat <flat>, <st>, <d>, <town> <pc>",
    pc="#####",
    naddr="مکان نمبر <no>، گلی نمبر <fl>، <d>، <town>",
    nstreetfmt="مکان نمبر <no>",
    nd="گلبرگ|ماڈل ٹاؤن|جوہر ٹاؤن|گلشن اقبال|سیٹلائٹ ٹاؤن",
    ntown="لاہور|کراچی|اسلام آباد|راولپنڈی|ملتان",
    nst="مال روڈ|جیل روڈ",
    ph="03## #######|0300-#######|0321 ### ####|042-3#######|051 #######",
    phi="+92 3## #######|+92 300 #######|+92-321-#######|0092 333 ### ####",
    cur="Rs.",
    iban="PK",
    pp="%%#######",
)
L(
    "BD",
    "Bangladesh",
    "bn en",
    gm="Rahim Karim Arif Tanvir Sakib Rafiq Mahmud Nasir Habib Imran Shafiq Jahid Tarek",
    gf="Fatema Nusrat Sharmin Tania Rupa Farzana Sumaiya Taslima Shirin Nasrin Mim Ruma",
    sn="Rahman Hossain Islam Ahmed Chowdhury Akter Uddin Sarkar Mia Talukder Haque Kabir Alam",
    ngm="রহিম করিম আরিফ তানভীর সাকিব রফিক মাহমুদ নাসির হাবিব ইমরান শফিক জাহিদ তারেক",
    ngf="ফাতেমা নুসরাত শারমিন তানিয়া রুপা ফারজানা সুমাইয়া তাসলিমা শিরিন নাসরিন মিম রুমা",
    nsn="রহমান হোসেন ইসলাম আহমেদ চৌধুরী আক্তার উদ্দিন সরকার মিয়া তালুকদার হক কবির আলম",
    kin_f="Khala|Fupu|Chachi|Mami|Nani|Dadi|Apa",
    kin_m="Mama|Chacha|Fupa|Nana|Dada|Bhaia",
    st="Mirpur Road|Satmasjid Road|Green Road|Gulshan Avenue|Elephant Road",
    towns="Dhaka|Chattogram|Sylhet|Khulna|Rajshahi|Cumilla|Narayanganj",
    d="Dhanmondi|Gulshan 2|Mirpur 10|Uttara Sector 7|Mohammadpur|Banani|Bashundhara R/A",
    addr="House <no>, Road <fl>, <d>, <town>-<pc>|Flat <flat>, House <no>, <st>, <d>, <town> <pc>",
    pc="1###",
    naddr="বাড়ি <no>, রোড <fl>, <d>, <town>-<pc>",
    nstreetfmt="বাড়ি <no>, রোড <fl>",
    nd="ধানমন্ডি|গুলশান ২|মিরপুর ১০|উত্তরা|মোহাম্মদপুর|বনানী",
    ntown="ঢাকা|চট্টগ্রাম|সিলেট|খুলনা|রাজশাহী",
    nst="মিরপুর রোড|গ্রিন রোড",
    ph="01#########|017## ######|01811-######|019 #### ####",
    phi="+880 17## ######|+880 1#########|+880-181-#######",
    cur="৳",
)
L(
    "LK",
    "Sri Lanka",
    "si en",
    gm="Nuwan Chaminda Kasun Ruwan Dinesh Lahiru Tharindu Sampath Mahesh Pradeep Asanka Chathura",
    gf="Nadeesha Dilani Chamari Sanduni Ishara Hiruni Kumari Thilini Sachini Nirosha Dulani Anusha",
    sn="Perera Fernando Silva Jayasinghe Wickramasinghe Bandara Gunawardena Dissanayake Ratnayake "
    "Herath Senanayake Weerasinghe Karunaratne",
    ngm="නුවන් චමින්ද කසුන් රුවන් දිනේෂ් ලහිරු තරිඳු සම්පත් මහේෂ් ප්‍රදීප්",
    ngf="නදීෂා දිලානි චාමරි සඳුනි ඉෂාරා හිරුණි කුමාරි තිළිනි සචිනි",
    nsn="පෙරේරා ප්‍රනාන්දු සිල්වා ජයසිංහ වික්‍රමසිංහ බණ්ඩාර ගුණවර්ධන දිසානායක රත්නායක හේරත්",
    st="Galle Road|Duplication Road|Baseline Road|Kandy Road|Havelock Road|Temple Road",
    towns="Colombo|Kandy|Galle|Negombo|Jaffna|Kurunegala|Matara|Dehiwala",
    d="Colombo 03|Nugegoda|Maharagama|Wellawatte|Rajagiriya|Borella|Kotte",
    addr="No. <no>, <st>, <d>, <town>|<no>/<flat>, <st>, <town> <pc>",
    pc="#####",
    naddr="අංක <no>, <st>, <town>",
    nstreetfmt="අංක <no>, <st>",
    nst="ගාලු පාර|මහනුවර පාර|ස්ටේෂන් පාර|පන්සල පාර",
    ntown="කොළඹ|මහනුවර|ගාල්ල|මීගමුව|කුරුණෑගල",
    ph="07# ### ####|077 ### ####|071-#######|011 2## ####",
    phi="+94 7# ### ####|+94 77#######|0094 71 ### ####",
    cur="Rs.",
    kin_f="Akka|Amma|Aachchi|Nenda|Punchi Amma",
    kin_m="Aiya|Thaththa|Seeya|Mama|Bappa",
)
L(
    "NP",
    "Nepal",
    "ne en",
    gm="Ram Hari Bikash Suman Rajesh Prakash Sagar Bishnu Anil Dipesh Nabin Sujan",
    gf="Sita Gita Sarita Anita Sunita Pooja Sabina Rupa Manisha Kabita Laxmi Bimala",
    sn="Shrestha Thapa Gurung Tamang Adhikari Sharma Rai Magar Karki Maharjan Poudel Bhattarai "
    "Khadka Limbu",
    ngm="राम हरि विकास सुमन राजेश प्रकाश सागर विष्णु अनिल दिपेश नविन सुजन",
    ngf="सीता गीता सरिता अनिता सुनिता पूजा सबिना रुपा मनिषा कविता लक्ष्मी विमला",
    nsn="श्रेष्ठ थापा गुरुङ तामाङ अधिकारी शर्मा राई मगर कार्की महर्जन पौडेल भट्टराई खड्का",
    st="Durbar Marg|Lazimpat Road|Jhamsikhel Marg|New Baneshwor Road|Pulchowk Road|Lakeside Road",
    towns="Kathmandu|Lalitpur|Pokhara|Bhaktapur|Biratnagar|Butwal|Dharan",
    d="Baneshwor|Koteshwor|Baluwatar|Jawalakhel|Kalanki|Maharajgunj",
    addr="House No. <no>, <d>, <town>-<fl>|Ward No. <fl>, <d>, <st>, <town>",
    naddr="<town> वडा नं. <fl>, <d>, घर नं. <no>",
    nstreetfmt="घर नं. <no>, <d>",
    ntown="काठमाडौं|ललितपुर|पोखरा|भक्तपुर|विराटनगर",
    nd="बानेश्वर|कोटेश्वर|बालुवाटार|जावलाखेल|कलंकी",
    ph="98########|984#######|980-#######|01-4######",
    phi="+977 98########|+977-984-#######|+977 1 4######",
    dfmt="y-m-d",
    cal="ne",
    cur="Rs.",
    kin_f="Didi|Aama|Hajurama|Sanima|Phupu|Bhauju",
    kin_m="Dai|Buwa|Hajurbuwa|Mama|Kaka",
)

# --- South-East Asia
L(
    "ID",
    "Indonesia",
    "id en",
    mono=0.3,
    addrgiven=True,
    gm="Budi Agus Bambang Joko Dedi Hendra Rizky Andi Wahyu Eko Fajar Yoga Arief Dimas Sutrisno",
    gf="Sri Dewi Siti Ratna Wulan Indah Ayu Putri Fitri Lestari Rina Yuni Kartika Intan Dian",
    sn="Santoso Wijaya Setiawan Hartono Susanto Kusuma Pratama Saputra Nugroho Hidayat Siregar "
    "Simanjuntak Nasution Lubis Harahap Wibowo Gunawan Halim",
    nick="Ucok Butet Nonik Dedek Ipin Nana Ima",
    kin_f="Tante|Bude|Bulik|Mbak|Eyang|Oma",
    kin_m="Om|Pakde|Paklik|Mas|Eyang|Opa",
    hon_f="Ibu|Bu|Ny.",
    hon_m="Bapak|Pak|Sdr.",
    st="Jl. Sudirman|Jl. Merdeka|Jl. Kebon Jeruk III|Jl. Melati|Jl. Diponegoro|"
    "Jl. Cempaka Putih Raya|Gg. Mawar|Jl. Raya Bogor",
    towns="Jakarta Selatan|Bandung|Surabaya|Yogyakarta|Semarang|Medan|Depok|Bekasi|Malang|Denpasar",
    d="Kebayoran Baru|Tebet|Cibubur|Dago|Sleman|Kelapa Gading|Cempaka Putih",
    addr="<st> No. <no>, RT 0<fl>/RW 0<flat>, <d>, <town> <pc>|<st> No. <no>, <d>, <town>|"
    "Perum Griya Asri Blok C<fl> No. <no>, <d>, <town> <pc>",
    pc="1####",
    streetfmt="<st> No. <no>",
    ph="0812-####-####|0813 #### ####|0857########|021 ### ####|0811 ### ####",
    phi="+62 812-####-####|+62 813 #### ####|+62857########|62811########",
    dfmt="d-m-y",
    cur="Rp",
    plate="B #### %%%|D #### %%",
    pp="%#######",
    pub="Soekarno|Kartini|Ki Hajar Dewantara|Pramoedya Ananta Toer|Gus Dur",
    pubst="Jl. Jenderal Sudirman|Jl. MH Thamrin|Jl. Gatot Subroto",
)
L(
    "MY",
    "Malaysia",
    "ms en",
    "malay",
    gm="Ahmad Muhammad_Hafiz Mohd_Faizal Amirul Azlan Khairul Hafiz Syafiq Nazri Zulkifli "
    "Firdaus Ridzuan",
    gf="Nur_Aisyah Nurul_Huda Farah Aina Siti_Aminah Zarina Nabila Syazwani Aishah Liyana "
    "Hidayah Nor_Azura",
    kin_f="Mak Cik|Kak|Nenek|Mak Long|Tok",
    kin_m="Pak Cik|Abang|Atuk|Pak Long|Tok",
    hon_f="Puan|Cik|Datin|Dr.",
    hon_m="Encik|Tuan|Dato'|Dr.",
    st="Jalan Ampang|Jalan SS 2/24|Jalan Tun Razak|Lorong Maarof|Jalan Kenari 5|"
    "Jalan Setia Prima U13/R",
    towns="Kuala Lumpur|Petaling Jaya|Shah Alam|Johor Bahru|George Town|Ipoh|Kota Bharu|Kuching",
    d="Bangsar|Taman Tun Dr Ismail|Setia Alam|Cheras|Ampang|Taman Desa|Subang Jaya",
    addr="No. <no>, <st>, <d>, <pc> <town>|<flat>-<fl>-<no>, Kondominium Seri Mutiara, <st>, "
    "<pc> <town>",
    pc="#####",
    ph="012-### ####|019-#######|011-#### ####|03-#### ####|017 ### ####",
    phi="+60 12-### ####|+60 19#######|+6011########",
    cur="RM",
    pp="%########",
)
L(
    "SG",
    "Singapore",
    "en zh",
    "cjk",
    order="fg",
    eng=True,
    gm="Wei_Ming Jun_Jie Kok_Leong Zhi_Hao Boon_Kiat Chee_Keong Jian_Hao Yong_Sheng",
    gf="Hui_Min Mei_Ling Xin_Yi Li_Ting Siew_Lan Pei_Shan Jia_Hui Shu_Fen",
    sn="Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Low",
    eng_m="Daniel Marcus Ryan Jonathan Benjamin Alvin Kelvin Desmond",
    eng_f="Rachel Michelle Cheryl Joanne Vanessa Serene Germaine Felicia",
    ngm="伟明 俊杰 国良 志豪 文杰 志强 建豪 永盛",
    ngf="慧敏 美玲 欣怡 丽婷 秀兰 佩珊 佳慧 淑芬",
    nsn="陈 林 李 黄 王 吴 张 蔡 曾 许 郭 杨",
    nsep="",
    norder="fg",
    kin_f="Auntie|Ah Ma|Popo|Ma",
    kin_m="Uncle|Ah Gong|Kong Kong|Pa",
    st="Ang Mo Kio Avenue 3|Tampines Street 81|Jurong West Street 52|Bedok North Road|"
    "Toa Payoh Lorong 1|Bukit Batok East Avenue 4|Yishun Ring Road",
    towns="Singapore",
    addr="Blk <no> <st>, #<fl>-<flat>, Singapore <pc>",
    pc="5#####",
    streetfmt="Blk <no> <st>",
    ph="9### ####|8### ####|6### ####",
    phi="+65 9### ####|+65 8#######|+65-6###-####",
    cur="S$",
    pp="%#######%",
)
L(
    "PH",
    "Philippines",
    "tl en taglish",
    midsur=True,
    gm="Jose Juan Mark Paolo John_Paul Rodel Jerome Carlo Miguel Ramon Arnel Rogelio",
    gf="Maria_Cristina Ana Liza Maricel Rosario Jasmine Kristine_Joy Lourdes Marites Rowena "
    "Angelica",
    sn="Santos Reyes Cruz Bautista Garcia Mendoza dela_Cruz Villanueva Ramos Aquino Castillo "
    "Domingo Manalo delos_Santos Pascual Soriano Macaraeg",
    nick="Bong Jun-Jun Inday Nene Toto Bebeng Dodong Neneng Ging-Ging",
    kin_f="Tita|Lola|Ate|Nanay|Inay",
    kin_m="Tito|Lolo|Kuya|Tatay|Itay",
    hon_f="Mrs.|Ms.|Dr.|Atty.",
    hon_m="Mr.|Engr.|Atty.|Dr.",
    st="Rizal Avenue|Mabini Street|Katipunan Avenue|Aurora Boulevard|P. Burgos Street|"
    "Sampaguita Street|Magsaysay Avenue|Osmeña Boulevard",
    towns="Quezon City|Manila|Makati|Cebu City|Davao City|Pasig|Caloocan|Iloilo City|Antipolo",
    d="Brgy. San Antonio|Brgy. Poblacion|Brgy. Kapitolyo|Brgy. Malinta|Brgy. Lahug",
    addr="<no> <st>, <d>, <town> <pc>|Blk <fl> Lot <no>, <st>, <d>, <town>|"
    "Unit <flat>, <no> <st>, <d>, <town>",
    pc="####",
    streetfmt="<no> <st>",
    ph="0917 ### ####|0998-###-####|0927#######|(02) 8###-####",
    phi="+63 917 ### ####|+63 9## ### ####|+639#########",
    dfmt="m/d/y",
    cur="₱",
    plate="%%% ####",
    dl="%##-##-######",
    pp="P#######%",
    pub="José Rizal|Andres Bonifacio|Manny Pacquiao|Corazon Aquino",
    pubst="Rizal Avenue|Bonifacio Drive|Quezon Avenue",
)
L(
    "VN",
    "Vietnam",
    "vi en",
    "viet",
    order="fg",
    foldp=0.5,
    gm="Văn_Hùng Minh_Tuấn Đức_Anh Quốc_Bảo Văn_Nam Thanh_Tùng Hoàng_Long Văn_Đức Quang_Huy "
    "Minh_Khôi Tiến_Dũng",
    gf="Thị_Lan Thị_Hương Ngọc_Anh Thu_Hà Thị_Mai Phương_Linh Thanh_Hằng Thị_Hoa Minh_Thư "
    "Bảo_Ngọc Thị_Thảo",
    sn="Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý",
    nick="Bé Su Tí Bin Mít Na Bơ Cún",
    kin_f="cô|dì|bà|chị|mẹ|bác",
    kin_m="chú|cậu|ông|anh|bố|bác",
    hon_f="Mrs|Ms",
    hon_m="Mr",
    st="Nguyễn Trãi|Lê Lợi|Trần Hưng Đạo|Hai Bà Trưng|Cách Mạng Tháng Tám|Lý Thường Kiệt|"
    "Phan Đình Phùng|Điện Biên Phủ",
    towns="Hà Nội|TP. Hồ Chí Minh|Đà Nẵng|Hải Phòng|Cần Thơ|Huế|Nha Trang",
    d="Quận 1|Quận 3|Ba Đình|Cầu Giấy|Hoàn Kiếm|Bình Thạnh|Hải Châu|Thủ Đức",
    addr="Số <no> <st>, Phường <fl>, <d>, <town>|<no>/<flat> <st>, P. <fl>, <d>, <town>|"
    "Ngõ <flat>, số <no> phố <st>, <d>, <town>",
    streetfmt="<no> <st>",
    ph="09# ### ####|090 #######|0912 ### ###|038#######|028 #### ####",
    phi="+84 9# ### ####|+84 90#######|+84 912 ### ###|0084 38 ### ####",
    cur="VND",
)
L(
    "TH",
    "Thailand",
    "th en",
    "thai",
    gm="Somchai Somsak Anan Prasert Kittisak Wichai Thanakorn Nattapong Chaiwat Suriya "
    "Pongsakorn Ekkachai",
    gf="Siriporn Malee Kanya Pimchanok Nattaya Supaporn Wanida Rattana Sunisa Chanida Kanokwan "
    "Jiraporn",
    sn="Srisuk Saetang Wongsawat Chaiyaporn Phromma Kaewkla Sukprasert Rattanakul Thongchai "
    "Boonmee Jaidee Siriwan Panyasiri",
    ngm="สมชาย สมศักดิ์ อนันต์ ประเสริฐ กิตติศักดิ์ วิชัย ธนากร ณัฐพงษ์ ชัยวัฒน์ สุริยา พงศกร เอกชัย",
    ngf="ศิริพร มาลี กันยา พิมพ์ชนก ณัฐยา สุภาพร วนิดา รัตนา สุนิสา ชนิดา กนกวรรณ จิราพร",
    nsn="ศรีสุข แซ่ตั้ง วงศ์สวัสดิ์ ชัยพร พรหมมา แก้วกล้า สุขประเสริฐ รัตนกุล ทองชัย บุญมี ใจดี",
    nick="Nok Ploy Beam Mint Ton Aom Bank Fon Gift Golf Pim",
    nnick="นก พลอย บีม มิ้นท์ ต้น อ้อม ฝน",
    kin_f="P'|Nong|Mae|Yai|Ya|Pa",
    kin_m="P'|Nong|Por|Ta|Pu|Lung",
    hon_f="Khun|Ms",
    hon_m="Khun|Mr",
    st="Sukhumvit Soi 39|Ratchadaphisek Road|Phahonyothin Road|Charoen Krung Road|"
    "Lat Phrao Soi 71|Nimmanhaemin Road Soi 7|Rama IV Road",
    towns="Bangkok|Chiang Mai|Nonthaburi|Khon Kaen|Phuket|Hat Yai|Udon Thani",
    d="Khlong Toei|Huai Khwang|Chatuchak|Bang Kapi|Suthep|Mueang|Bang Na",
    addr="<no>/<flat> <st>, <d>, <town> <pc>|<no> Moo <fl>, <d>, <town> <pc>",
    pc="10###",
    naddr="<no>/<flat> <st> เขต<d> <town> <pc>",
    nstreetfmt="<no>/<flat> <st>",
    nst="ซอยสุขุมวิท 39|ถนนรัชดาภิเษก|ถนนพหลโยธิน|ถนนเจริญกรุง|ซอยลาดพร้าว 71",
    ntown="กรุงเทพฯ|เชียงใหม่|นนทบุรี|ขอนแก่น|ภูเก็ต",
    nd="คลองเตย|ห้วยขวาง|จตุจักร|บางกะปิ|บางนา",
    ph="08#-###-####|081 ### ####|09########|02-###-####",
    phi="+66 8# ### ####|+66 81#######|+66-9#-###-####",
    cal="th",
    cur="฿",
)
L(
    "MM",
    "Myanmar",
    "my en",
    "nosur",
    burm=True,
    gm="Aung_Kyaw_Moe Min_Thu Zaw_Win Kyaw_Zin_Htet Thant_Zin Htet_Aung Ye_Yint Soe_Min "
    "Naing_Lin Hein_Htet",
    gf="Thandar_Aye Su_Myat Nandar_Win Hnin_Wai Ei_Mon Khin_May Phyu_Phyu Thiri_Aung Yamin_Oo "
    "May_Thu",
    ngm="အောင်ကျော်မိုး မင်းသူ ဇော်ဝင်း ကျော်ဇင်ထက် သန့်ဇင် ထက်အောင် ရဲရင့် စိုးမင်း",
    ngf="သန္တာအေး စုမြတ် နန္ဒာဝင်း နှင်းဝေ အိမွန် ခင်မေ ဖြူဖြူ သီရိအောင်",
    hon_f="Daw|Ma",
    hon_m="U|Ko|Maung",
    kin_f="Daw Daw|A May|Aunty",
    kin_m="U Lay|A Phay|Uncle",
    st="Pyay Road|Kabar Aye Pagoda Road|Inya Road|University Avenue Road|35th Street",
    towns="Yangon|Mandalay|Naypyitaw|Bago|Mawlamyine|Taunggyi",
    d="Kamayut Township|Bahan Township|Sanchaung Township|Hlaing Township|Tamwe Township",
    addr="No. <no>, <st>, <d>, <town>|Room <flat>, Bldg <no>, <st>, <d>, <town>",
    ph="09 ### ### ###|09-#########|09 7## ### ###|01 ######",
    phi="+95 9 ### ### ###|+95 9#########",
    dfmt="d-m-y",
    cur="MMK",
)
L(
    "KH",
    "Cambodia",
    "km en",
    order="fg",
    gm="Sokha Dara Vuthy Sophal Rithy Visal Chanthou Piseth Sovann Kosal Samnang",
    gf="Sreymom Chanthy Sokunthea Bopha Sophea Dalin Sreyneang Theary Malis Kanha Leakhena",
    sn="Chan Sok Kim Heng Ly Meas Chea Seng Chhun Pich Keo Prak Touch Yim",
    ngm="សុខា តារា វុទ្ធី សុផល ឫទ្ធី វិសាល ពិសិដ្ឋ សុវណ្ណ កុសល សំណាង",
    ngf="ស្រីមុំ ចន្ធី សុគន្ធា បុប្ផា សុភា ដាលីន ធារី ម៉ាលីស កញ្ញា លក្ខិណា",
    nsn="ចាន់ សុខ គីម ហេង លី មាស ជា សេង ឈុន ពេជ្រ កែវ ប្រាក់",
    norder="fg",
    st="Street 271|Norodom Boulevard|Monivong Boulevard|Street 63|Russian Federation Boulevard",
    towns="Phnom Penh|Siem Reap|Battambang|Sihanoukville|Kampot",
    d="Boeung Keng Kang|Toul Tom Poung|Chamkar Mon|Daun Penh|Sen Sok",
    addr="#<no>, <st>, Sangkat <d>, <town>|House <no>E<fl>, <st>, <d>, <town> <pc>",
    pc="12###",
    naddr="ផ្ទះលេខ <no> ផ្លូវ <fl> សង្កាត់<d> <town>",
    nstreetfmt="ផ្ទះលេខ <no> ផ្លូវ <fl>",
    nd="បឹងកេងកង|ទួលទំពូង|ចំការមន|ដូនពេញ",
    ntown="ភ្នំពេញ|សៀមរាប|បាត់ដំបង",
    ph="012 ### ###|017 ### ###|092 ######|097 ### ####",
    phi="+855 12 ### ###|+855 17######|+855 97 ### ####",
    cur="$",
    kin_f="Ming|Yeay|Bong Srey|Mak",
    kin_m="Pou|Ta|Bong|Pa",
)

# --- East Asia
L(
    "CN",
    "China",
    "zh en",
    "cjk",
    order="fg",
    gm="Jianguo Wei Haoran Yuxuan Jun Ming Tao Lei Qiang Zhiwei Hao Peng Bo",
    gf="Xiuying Fang Jing Li Na Min Yan Xiaomei Lihua Yuting Xin Ying Jiayi",
    sn="Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin",
    ngm="建国 伟 浩然 宇轩 军 明 涛 磊 强 志伟 浩 鹏 博",
    ngf="秀英 芳 静 丽 娜 敏 艳 晓梅 丽华 雨婷 欣 颖 佳怡",
    nsn="王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 欧阳 司马",
    nsep="",
    norder="fg",
    nnick="小明 胖胖 大宝 妞妞 甜甜 乐乐 阿强 小美",
    nick="Xiaoming Pangpang Dabao Niuniu Lele",
    kin_f="Ayi|Nainai|Laolao|Gugu|Jiejie",
    kin_m="Shushu|Yeye|Laoye|Jiujiu|Gege",
    st="Zhongshan Road|Nanjing East Road|Jiefang Road|Renmin Road|Huaihai Middle Road|Tianhe Road",
    towns="Shanghai|Beijing|Guangzhou|Shenzhen|Chengdu|Hangzhou|Wuhan|Nanjing|Xi'an",
    d="Pudong New Area|Chaoyang District|Tianhe District|Xuhui District|Wuhou District|"
    "Haidian District",
    addr="Room <flat>0<fl>, No. <no> <st>, <d>, <town> <pc>|Unit <fl>, Bldg <flat>, <no> <st>, "
    "<d>, <town>",
    pc="######",
    naddr="<town><d><st><no>号<flat>栋<fl>0<flat>室|<town><d><st><no>弄<flat>号<fl>0<flat>室",
    nst="中山路|南京东路|解放路|人民路|淮海中路|天河路|建设路",
    ntown="上海市|北京市|广州市|深圳市|成都市|杭州市|武汉市",
    nd="浦东新区|朝阳区|天河区|徐汇区|武侯区|海淀区",
    nstreetfmt="<st><no>号",
    ph="138 #### ####|139########|186-####-####|010-####-####|021 #### ####|15#########",
    phi="+86 138 #### ####|+86 139########|+86-186-####-####|0086 15#########",
    dfmt="y-m-d",
    ndfmt="cjk",
    cur="¥",
    pp="E########",
    ncountry="中国",
    pub="Lu Xun|Confucius|Yao Ming|Mo Yan|Li Bai",
)
L(
    "TW",
    "Taiwan",
    "zh en",
    "cjk",
    order="fg",
    eng=True,
    gm="Chia-hao Chih-ming Wei-lun Chun-hung Yu-cheng Kuan-yu Po-han Tsung-han Chien-hung",
    gf="Shu-fen Mei-ling Ya-ting Hsiao-wen I-chun Yi-ting Hui-chen Pei-yu Chia-yi",
    sn="Chen Lin Huang Chang Lee Wang Wu Liu Tsai Yang Hsu Cheng Hsieh Kuo",
    eng_m="Kevin Jason Eric Allen Vincent Jerry Steven Frank",
    eng_f="Vivian Cindy Tiffany Amy Grace Irene Winnie Joyce",
    ngm="家豪 志明 偉倫 俊宏 宇成 冠宇 柏翰 宗翰 建宏",
    ngf="淑芬 美玲 雅婷 筱雯 怡君 宜庭 惠貞 佩瑜 佳怡",
    nsn="陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭",
    nsep="",
    norder="fg",
    st="Zhongxiao East Road Sec. 4|Xinyi Road Sec. 5|Roosevelt Road Sec. 3|Minsheng East Road|"
    "Heping West Road",
    towns="Taipei|New Taipei|Taichung|Kaohsiung|Tainan|Hsinchu|Taoyuan",
    d="Da'an District|Xinyi District|Banqiao District|Xitun District|Zhongzheng District",
    addr="<fl>F., No. <no>, <st>, <d>, <town> <pc>|No. <no>, Ln. <flat>, <st>, <d>, <town> <pc>",
    pc="###",
    naddr="<pc><town><d><st><no>號<fl>樓|<town><d><st><flat>巷<no>號<fl>樓",
    nst="忠孝東路四段|信義路五段|羅斯福路三段|民生東路|和平西路",
    ntown="臺北市|新北市|臺中市|高雄市|臺南市",
    nd="大安區|信義區|板橋區|西屯區|中正區",
    nstreetfmt="<st><no>號",
    ph="09##-###-###|0912 ### ###|(02) 2###-####|09########",
    phi="+886 9## ### ###|+886-912-######|+886 2 2###-####",
    dfmt="y/m/d",
    ndfmt="y/m/d",
    cal="tw",
    cur="NT$",
)
L(
    "HK",
    "Hong Kong",
    "zh en",
    "cjk",
    order="fg",
    eng=True,
    gm="Tai-man Ka-ho Chi-keung Wing-kin Ho-yin Siu-ming Kwok-wai Chun-kit",
    gf="Ka-yan Mei-ling Wing-sze Siu-fong Hoi-yan Pui-shan Suk-yee Man-yee",
    sn="Chan Wong Lee Cheung Lau Ho Leung Lam Tsang Ng Yip Chow Kwok Tse",
    eng_m="Peter Tommy Raymond Kelvin Dicky Alan Kenneth Samuel",
    eng_f="Carmen Winnie Mandy Gloria Fiona Cherry Yvonne Bonnie",
    ngm="大文 家豪 志強 永健 浩賢 小明 國偉 俊傑",
    ngf="嘉欣 美玲 詠詩 小芳 凱欣 佩珊 淑儀 敏儀",
    nsn="陳 黃 李 張 劉 何 梁 林 曾 吳 葉 周 郭 謝",
    nsep="",
    norder="fg",
    st="Nathan Road|Des Voeux Road Central|King's Road|Lockhart Road|Argyle Street|"
    "Castle Peak Road",
    towns="Hong Kong",
    d="Mong Kok|Sham Shui Po|North Point|Wan Chai|Sha Tin|Tsuen Wan|Kwun Tong",
    addr="Flat <flat>, <fl>/F, <no> <st>, <d>|Flat <flat>, <fl>/F, Block <fl>, Sunshine Court, "
    "<no> <st>, <d>",
    streetfmt="<no> <st>",
    naddr="<d><st><no>號<fl>樓<flat>室",
    nstreetfmt="<st><no>號",
    nst="彌敦道|德輔道中|英皇道|駱克道|亞皆老街|青山公路",
    ntown="香港",
    nd="旺角|深水埗|北角|灣仔|沙田|荃灣",
    ph="9### ####|6### ####|5### ####|2### ####",
    phi="+852 9### ####|+852 6#######|(852) 5### ####",
    ndfmt="cjk",
    cur="HK$",
)
L(
    "JP",
    "Japan",
    "ja en",
    "cjk",
    order="gf",
    callsur=True,
    gm="Hiroshi Takashi Kenji Daisuke Shota Yuto Haruto Takumi Kazuki Ryo Makoto Satoshi Naoki",
    gf="Hanako Yuko Keiko Yui Aoi Sakura Misaki Haruka Naomi Emi Kaori Akiko Mai",
    sn="Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada "
    "Sasaki Matsumoto Inoue Kimura",
    ngm="博 隆 健二 大輔 翔太 悠斗 陽翔 拓海 一樹 涼 誠 聡 直樹",
    ngf="花子 裕子 恵子 結衣 葵 さくら 美咲 遥 直美 恵美 香織 明子 舞",
    nsn="佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村 小林 加藤 吉田 山田 佐々木 松本 井上 木村",
    nsep="| ",
    norder="fg",
    nnick="ゆう みー たく けん はな なお",
    kin_f="Obaachan|Okaasan",
    kin_m="Ojiichan|Otousan",
    hon_f="Ms|Mrs",
    hon_m="Mr",
    st="Shibuya|Nishi-Shinjuku|Minami-Aoyama|Umeda|Tenjin|Sakae|Kichijoji Honcho|Nakameguro",
    towns="Tokyo|Osaka|Fukuoka|Nagoya|Yokohama|Sapporo|Kyoto|Sendai",
    d="Shibuya-ku|Shinjuku-ku|Minato-ku|Kita-ku|Chuo-ku|Naka-ku|Meguro-ku",
    addr="<no>-<fl>-<flat> <st>, <d>, <town> <pc>|Sun Heights <fl>0<flat>, <no>-<fl> <st>, <d>, "
    "<town> <pc>",
    pc="###-####",
    streetfmt="<no>-<fl>-<flat> <st>",
    naddr="〒<pc> <town><d><st><no>丁目<fl>番<flat>号|〒<pc> <town><d><st><no>-<fl>-<flat> "
    "サンハイツ<fl>0<flat>号室",
    nst="渋谷|西新宿|南青山|梅田|天神|栄|吉祥寺本町|中目黒",
    ntown="東京都|大阪府大阪市|福岡県福岡市|愛知県名古屋市|神奈川県横浜市|北海道札幌市",
    nd="渋谷区|新宿区|港区|北区|中央区|中区",
    nstreetfmt="<st><no>丁目<fl>番<flat>号",
    ph="090-####-####|080-####-####|070 #### ####|03-####-####|06-####-####",
    phi="+81 90-####-####|+81 80 #### ####|+8170########|+81 3-####-####",
    dfmt="y/m/d",
    ndfmt="cjk",
    cal="jp",
    cur="¥",
    pp="%%#######",
    dl="############",
    ncountry="日本",
    pub="Hayao Miyazaki|Haruki Murakami|Shohei Ohtani|Natsume Soseki|Yayoi Kusama",
)
L(
    "KR",
    "South Korea",
    "ko en",
    "cjk",
    order="fg",
    gm="Min-jun Seo-jun Ji-hoon Hyun-woo Dong-hyun Jae-won Sung-min Tae-yang Young-ho Jun-ho",
    gf="Seo-yeon Ji-woo Min-ji Soo-jin Hye-jin Eun-ji Ha-eun Yu-na Ji-young Mi-kyung",
    sn="Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon",
    ngm="민준 서준 지훈 현우 동현 재원 성민 태양 영호 준호",
    ngf="서연 지우 민지 수진 혜진 은지 하은 유나 지영 미경",
    nsn="김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 남궁 황보",
    nsep="",
    norder="fg",
    kin_f="Imo|Gomo|Halmeoni|Eomma|Unni",
    kin_m="Samchon|Harabeoji|Appa|Oppa|Hyung",
    st="Teheran-ro|Gangnam-daero|Olympic-ro|Sejong-daero|Haeundae-ro|Dongil-ro|Banpo-daero",
    towns="Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Suwon|Seongnam",
    d="Gangnam-gu|Mapo-gu|Songpa-gu|Haeundae-gu|Seocho-gu|Yeonsu-gu|Bundang-gu",
    addr="<no> <st>, <d>, <town> <pc>|<st> <no>, <d>, <town>, Apt <flat>0<fl>",
    pc="0####",
    streetfmt="<no> <st>",
    naddr="<town> <d> <st> <no>, <flat>동 <fl>0<flat>호|<town> <d> <st> <no>",
    nst="테헤란로|강남대로|올림픽로|세종대로|해운대로|동일로|반포대로",
    ntown="서울특별시|부산광역시|인천광역시|대구광역시|대전광역시|수원시",
    nd="강남구|마포구|송파구|해운대구|서초구|연수구",
    nstreetfmt="<st> <no>",
    ph="010-####-####|010 #### ####|02-###-####|031-###-####",
    phi="+82 10-####-####|+82 10 #### ####|+821#########",
    dfmt="ko",
    ndfmt="ko",
    cur="₩",
    ncountry="대한민국",
    pub="Sejong the Great|Son Heung-min|Bong Joon-ho|Yi Sun-sin",
)
L(
    "MN",
    "Mongolia",
    "mn en",
    "patr",
    patkind="mongol",
    ngm="Бат-Эрдэнэ Ганбаатар Төмөрбаатар Болд Мөнх-Очир Энхбаяр Батбаяр Сүхбат Тэмүүлэн Ганзориг",
    ngf="Оюунчимэг Сарангэрэл Наранцэцэг Хулан Энхжаргал Мөнхзул Нарантуяа Анужин Солонго Ариунаа",
    st="Peace Avenue|Seoul Street|Chinggis Avenue|Ikh Toiruu|Olympic Street",
    towns="Ulaanbaatar|Erdenet|Darkhan|Choibalsan",
    d="Sükhbaatar District|Bayangol District|Khan-Uul District|Chingeltei District",
    addr="<d>, <fl>-r khoroo, <st>, Bldg <no>, Apt <flat>, <town>",
    naddr="<town>, <d>, <fl>-р хороо, <no>-р байр, <flat> тоот",
    nstreetfmt="<no>-р байр, <flat> тоот",
    ntown="Улаанбаатар|Эрдэнэт|Дархан",
    nd="Сүхбаатар дүүрэг|Баянгол дүүрэг|Хан-Уул дүүрэг",
    ph="99## ####|88######|95## ####|7011 ####",
    phi="+976 99## ####|+976 88######",
    dfmt="y-m-d",
    cur="₮",
    kin_f="Egch|Eej|Emee",
    kin_m="Akh|Aav|Övöö",
)

# --- Central Asia and the Caucasus
L(
    "KZ",
    "Kazakhstan",
    "ru kk",
    "slav",
    pat="ru",
    fem="ru",
    ngm="Нурлан Ерлан Асхат Данияр Бауыржан Айдар Серик Марат Ержан Арман Тимур Руслан",
    ngf="Айгерим Динара Гульнара Жанар Асель Салтанат Мадина Алия Камила Айжан Гаухар Сауле",
    nsn="Нурланов Сейтказиев Жумабаев Ахметов Касымов Абдрахманов Бекмуханов Сулейменов Оспанов "
    "Искаков Тулегенов Мусин",
    st="Abay Avenue|Dostyk Avenue|Al-Farabi Avenue|Tole Bi Street|Kabanbay Batyr Avenue",
    towns="Almaty|Astana|Shymkent|Karaganda|Aktobe|Pavlodar",
    addr="<st> <no>, apt. <flat>, <town> <pc>|<town>, <st> <no>, kv. <flat>",
    pc="0500##",
    naddr="г. <town>, <st>, д. <no>, кв. <flat>|<pc>, г. <town>, <st> <no>, кв. <flat>",
    nst="проспект Абая|проспект Достык|проспект аль-Фараби|улица Толе би|улица Сатпаева",
    ntown="Алматы|Астана|Шымкент|Караганда|Актобе",
    nstreetfmt="<st>, д. <no>, кв. <flat>",
    ph="8 701 ### ## ##|8 (777) ### ####|8 707 #######|8 727 ### ## ##",
    phi="+7 701 ### ## ##|+7 (777) ###-##-##|+7707#######",
    dfmt="d.m.y",
    cur="₸",
    iban="KZ",
    kin_f="Apa|Ajeke|Tate",
    kin_m="Aga|Ata|Kokem",
)
L(
    "UZ",
    "Uzbekistan",
    "uz en",
    "slav",
    pat="ru",
    fem="ru",
    gm="Anvar Rustam Jasur Sherzod Bekzod Otabek Dilshod Farrukh Sardor Ulugbek Jamshid Akmal",
    gf="Dilnoza Gulnora Nilufar Madina Shahnoza Zarina Malika Sevara Feruza Nodira Kamola Umida",
    sn="Karimov Rahimov Yusupov Tursunov Abdullayev Ismoilov Nazarov Qodirov Saidov Ergashev "
    "Mirzayev Xolmatov",
    st="Amir Temur Avenue|Mustaqillik Avenue|Bobur Street|Shota Rustaveli Street|Navoiy Street",
    towns="Tashkent|Samarkand|Bukhara|Namangan|Andijan|Fergana",
    d="Yunusobod|Chilonzor|Mirzo Ulug'bek|Yakkasaroy|Shayxontohur",
    addr="<d> tumani, <st> <no>-uy, <flat>-xonadon, <town>|<st> <no>, kv. <flat>, <d>, <town> <pc>",
    pc="100###",
    ph="90 ### ## ##|(93) ###-##-##|97 #######|71 ### ## ##",
    phi="+998 90 ### ## ##|+998 93#######|+998 (97) ###-##-##",
    dfmt="d.m.y",
    cur="so'm",
    kin_f="Xola|Amma|Buvi|Opa",
    kin_m="Tog'a|Amaki|Bobo|Aka",
)
L(
    "TJ",
    "Tajikistan",
    "tg ru",
    "slav",
    pat="ru",
    fem="ru",
    ngm="Фаррух Далер Рустам Шерзод Бахтиёр Сухроб Манучехр Фирдавс Джамшед",
    ngf="Мадина Нигина Зарина Фарзона Шахноза Мехрангез Дилноза Гулнора",
    nsn="Рахимов Назаров Саидов Шарипов Каримов Давлатов Мирзоев Сафаров Рахимзода Саидзода",
    st="Rudaki Avenue|Ismoili Somoni Avenue|Bukhoro Street|Aini Street",
    towns="Dushanbe|Khujand|Kulob|Bokhtar",
    addr="<st> <no>, apt. <flat>, <town> <pc>",
    pc="734###",
    naddr="г. <town>, <st> <no>, кв. <flat>",
    nstreetfmt="<st> <no>, кв. <flat>",
    nst="проспект Рудаки|проспект Исмоили Сомони|улица Айни",
    ntown="Душанбе|Худжанд|Куляб",
    ph="9## ## ## ##|93 ### ####|918 ## ## ##",
    phi="+992 9## ## ## ##|+992 93#######",
    dfmt="d.m.y",
    cur="TJS",
    kin_f="Khola|Amma|Bibi",
    kin_m="Tagho|Amak|Bobo",
)
L(
    "GE",
    "Georgia",
    "ka en",
    gm="Giorgi Davit Levan Irakli Nikoloz Luka Zurab Giga Lasha Tornike Sandro Beka",
    gf="Nino Mariam Ana Tamar Eka Salome Natia Tamuna Ketevan Sopho Nana Lika",
    sn="Beridze Kapanadze Gelashvili Maisuradze Tsiklauri Lomidze Japaridze Abashidze "
    "Mchedlishvili Gogoladze Chikovani",
    ngm="გიორგი დავით ლევან ირაკლი ნიკოლოზ ლუკა ზურაბ გიგა ლაშა თორნიკე სანდრო ბექა",
    ngf="ნინო მარიამ ანა თამარ ეკა სალომე ნათია თამუნა ქეთევან სოფო ნანა ლიკა",
    nsn="ბერიძე კაპანაძე გელაშვილი მაისურაძე წიკლაური ლომიძე ჯაფარიძე აბაშიძე მჭედლიშვილი გოგოლაძე",
    st="Rustaveli Avenue|Chavchavadze Avenue|Pekini Avenue|Vazha-Pshavela Avenue|Kostava Street",
    towns="Tbilisi|Batumi|Kutaisi|Rustavi|Zugdidi|Gori",
    d="Vake|Saburtalo|Didube|Gldani|Isani",
    addr="<no> <st>, apt. <flat>, <town> <pc>|<st> <no>, <d>, <town>",
    pc="0###",
    naddr="<town>, <st> <no>, ბინა <flat>",
    nstreetfmt="<st> <no>",
    nst="რუსთაველის გამზირი|ჭავჭავაძის გამზირი|პეკინის გამზირი|კოსტავას ქუჩა",
    ntown="თბილისი|ბათუმი|ქუთაისი|რუსთავი",
    ph="5## ## ## ##|599 ### ###|555 ######|032 2## ## ##",
    phi="+995 5## ## ## ##|+995 599######|+995 (555) ### ###",
    dfmt="d.m.y",
    cur="₾",
    iban="GE",
    kin_f="Bebia|Deida|Mamida",
    kin_m="Babua|Dzia|Bidza",
)
L(
    "AM",
    "Armenia",
    "hy en",
    gm="Aram Armen Davit Gor Hayk Narek Tigran Vahe Arsen Karen Levon Suren",
    gf="Ani Anahit Lilit Nare Mariam Gayane Siranush Armine Hasmik Tatev Lusine Astghik",
    sn="Petrosyan Hakobyan Sargsyan Grigoryan Harutyunyan Khachatryan Vardanyan Karapetyan "
    "Gevorgyan Mkrtchyan Avetisyan Hovhannisyan",
    ngm="Արամ Արմեն Դավիթ Գոռ Հայկ Նարեկ Տիգրան Վահե Արսեն Կարեն Լևոն Սուրեն",
    ngf="Անի Անահիտ Լիլիթ Նարե Մարիամ Գայանե Սիրանուշ Արմինե Հասմիկ Տաթև Լուսինե Աստղիկ",
    nsn="Պետրոսյան Հակոբյան Սարգսյան Գրիգորյան Հարությունյան Խաչատրյան Վարդանյան Կարապետյան",
    st="Abovyan Street|Mashtots Avenue|Tumanyan Street|Komitas Avenue|Baghramyan Avenue",
    towns="Yerevan|Gyumri|Vanadzor|Vagharshapat|Abovyan",
    d="Kentron|Arabkir|Davtashen|Nor Nork",
    addr="<no> <st>, apt. <flat>, <town> <pc>|<st> <no>/<flat>, <d>, <town>",
    pc="00##",
    naddr="<town>, <st> <no>, բն. <flat>",
    nstreetfmt="<st> <no>, բն. <flat>",
    nst="Աբովյան փողոց|Մաշտոցի պողոտա|Թումանյան փողոց|Կոմիտասի պողոտա",
    ntown="Երևան|Գյումրի|Վանաձոր",
    ph="0## ######|091 ## ## ##|077 ######|010 ## ## ##",
    phi="+374 9# ######|+374 91 ## ## ##|+374 77######",
    dfmt="d.m.y",
    cur="֏",
    kin_f="Tatik|Morakur|Horakur|Mayrik",
    kin_m="Papik|Qeri|Horeghbayr|Hayrik",
)
L(
    "AZ",
    "Azerbaijan",
    "az en",
    "turkic",
    fem="ru",
    patw=("oğlu", "qızı"),
    gm="Elvin Rauf Orxan Tural Kamran Rəşad Vüsal Nicat Anar Elçin Fuad Ramil",
    gf="Aysel Günel Leyla Nərmin Səbinə Lalə Aynur Könül Fidan Nigar Ülviyyə Gülnar",
    sn="Məmmədov Əliyev Hüseynov Həsənov Quliyev İsmayılov Abbasov Cəfərov Rzayev Bayramov "
    "Nəsirov Kərimov",
    st="Nizami küçəsi|Azadlıq prospekti|Nəsimi küçəsi|Bakıxanov küçəsi|Füzuli küçəsi",
    towns="Bakı|Gəncə|Sumqayıt|Şəki|Lənkəran|Mingəçevir",
    d="Nəsimi rayonu|Yasamal rayonu|Nərimanov rayonu|Xətai rayonu",
    addr="<st> <no>, mənzil <flat>, <d>, <town> AZ<pc>|<town>, <d>, <st> <no>, m. <flat>",
    pc="1###",
    ph="050 ### ## ##|055 ### ## ##|070 #######|012 ### ## ##",
    phi="+994 50 ### ## ##|+994 55#######|+994 (70) ### ## ##",
    dfmt="d.m.y",
    cur="₼",
    iban="AZ",
    kin_f="Xala|Bibi|Nənə|Bacı",
    kin_m="Dayı|Əmi|Baba|Qardaş",
)

# --- Europe
L(
    "GB",
    "United Kingdom",
    "en",
    gm="James Oliver Harry George Thomas William Jack Daniel Samuel Callum Rhys Alfie Connor Liam",
    gf="Olivia Amelia Emily Charlotte Sophie Jessica Chloe Lucy Hannah Megan Eleanor Freya Niamh "
    "Bethan",
    sn="Smith Jones Williams Taylor Brown Davies Evans Wilson Roberts Johnson Walker Wright "
    "Robinson Thompson Hughes Clarke Patel Khan Ahmed O'Connor Campbell MacLeod",
    nick="Charlie Alfie Bella Tilly Ellie Jonny Robbie Mags Bex",
    kin_f="Auntie|Aunt|Nan|Gran|Nanna",
    kin_m="Uncle|Grandad|Grandpa|Pops",
    hon_f="Mrs|Ms|Miss|Dr",
    hon_m="Mr|Dr|Rev.",
    st="Church Lane|High Street|Station Road|Victoria Road|Mill Lane|Park Avenue|Queens Road|"
    "Manor Close|Elm Grove|The Crescent|Orchard Way",
    towns="Leeds|Bristol|Manchester|Sheffield|Norwich|Cardiff|Glasgow|Leicester|York|Brighton|"
    "Swansea|Derby",
    addr="<no> <st>, <town> <pc>|Flat <flat>, <no> <st>, <town>, <pc>|<no> <st>\n<town>\n<pc>",
    pc="%%# #%%|%# #%%|%%## #%%",
    streetfmt="<no> <st>",
    ph="07### ######|07#########|0113 ### ####|020 #### ####|01632 ######",
    phi="+44 7### ######|+44 (0)7#########|+44 20 #### ####|0044 7### ### ###",
    cur="£",
    iban="GB",
    plate="%%## %%%",
    dl="%%%%%######%%#%%",
    pp="#########",
    pub="Winston Churchill|William Shakespeare|David Attenborough|Florence Nightingale|"
    "Charles Dickens",
    pubst="Victoria Street|Albert Road|Nelson Street|Churchill Way",
    domains="btinternet.com|hotmail.co.uk|yahoo.co.uk|sky.com",
)
L(
    "IE",
    "Ireland",
    "en ga",
    gm="Seán Ciarán Pádraig Conor Eoin Cian Darragh Oisín Liam Declan Niall Tadhg",
    gf="Aoife Siobhán Niamh Saoirse Caoimhe Róisín Orla Clodagh Máire Sinéad Aisling Gráinne",
    sn="Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill Doyle McCarthy "
    "Gallagher Ó_Súilleabháin Mac_Aodha Fitzgerald Brennan Quinn",
    kin_f="Auntie|Aunt|Nana|Granny",
    kin_m="Uncle|Grandad",
    st="Main Street|Church Road|Pearse Street|Griffith Avenue|Castle Street|Strand Road",
    towns="Dublin|Cork|Galway|Limerick|Waterford|Kilkenny|Sligo|Drogheda|Tralee",
    d="Rathmines|Drumcondra|Ballincollig|Salthill|Clontarf|Douglas",
    addr="<no> <st>, <d>, <town>, <pc>|<no> <st>, <town>",
    pc="%## %#%#",
    ph="08# ### ####|087 #######|01 ### ####|021 ### ####",
    phi="+353 8# ### ####|+353 (0)87 #######|00353 1 ### ####",
    cur="€",
    iban="IE",
)
L(
    "FR",
    "France",
    "fr",
    gm="Jean Pierre Michel Nicolas Julien Thomas Antoine Mathieu Jean-Luc Olivier Théo Lucas "
    "Hugo Philippe",
    gf="Marie Nathalie Isabelle Sophie Camille Julie Léa Chloé Manon Céline Sandrine Élodie "
    "Monique Françoise",
    sn="Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
    "Lefebvre Garcia Fontaine Rousseau Girard Mercier de_Villiers Le_Gall Nguyen Benali",
    nick="Titi Loulou Juju Mimi Nico Seb Steph Fred Cathou",
    kin_f="Tata|Tatie|Mamie|Tante|Marraine",
    kin_m="Tonton|Papi|Oncle|Parrain|Pépé",
    hon_f="Mme|Madame|Dr|Maître",
    hon_m="M.|Monsieur|Dr|Maître",
    st="rue de la République|rue Victor Hugo|avenue Jean Jaurès|rue des Lilas|boulevard Gambetta|"
    "rue du Moulin|impasse des Acacias|allée des Tilleuls|chemin des Vignes",
    towns="Lyon|Marseille|Toulouse|Nantes|Lille|Bordeaux|Rennes|Montpellier|Strasbourg|Grenoble|"
    "Dijon|Angers",
    addr="<no> <st>, <pc> <town>|<no>, <st>\n<pc> <town>|Bât. B, <no> <st>, <pc> <town>",
    pc="#####",
    streetfmt="<no> <st>",
    ph="06 ## ## ## ##|07 ## ## ## ##|01 ## ## ## ##|04.##.##.##.##|06########",
    phi="+33 6 ## ## ## ##|+33 (0)7 ## ## ## ##|+336########|0033 6 ## ## ## ##",
    cur="{n} €",
    iban="FR",
    plate="%%-###-%%",
    dl="############",
    pp="##%%#####",
    pub="Victor Hugo|Jean Jaurès|Marie Curie|Charles de Gaulle|Édith Piaf|Albert Camus",
    pubst="rue Victor Hugo|avenue Jean Jaurès|boulevard Gambetta|place Charles de Gaulle",
    domains="orange.fr|free.fr|laposte.net|wanadoo.fr|sfr.fr",
)
L(
    "BE",
    "Belgium",
    "fr nl",
    gm="Luc Marc Pieter Jan Wouter Kevin Maxime Arnaud Bart Stijn Thibault Geert",
    gf="Sofie An Els Nathalie Lore Charlotte Inge Manon Ellen Hilde Aurélie Griet",
    sn="Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De_Smet Dubois Lambert "
    "Dupont Van_den_Broeck Vermeulen Lejeune",
    st="Rue Haute|Kerkstraat|Stationsstraat|Avenue Louise|Chaussée de Waterloo|Dorpsstraat|"
    "Molenstraat",
    towns="Bruxelles|Antwerpen|Gent|Liège|Charleroi|Leuven|Namur|Brugge|Mechelen",
    addr="<st> <no>, <pc> <town>|<st> <no> bus <flat>, <pc> <town>",
    pc="####",
    streetfmt="<st> <no>",
    ph="04## ## ## ##|0470 ## ## ##|02 ### ## ##|09 ### ## ##",
    phi="+32 4## ## ## ##|+32 470 ## ## ##|+32 (0)2 ### ## ##|0032 486######",
    cur="{n} €",
    iban="BE",
    kin_f="Tante|Tata|Meter|Bomma|Oma",
    kin_m="Nonkel|Tonton|Peter|Bompa|Opa",
    hon_f="Mevr.|Mme|Dr",
    hon_m="Dhr.|M.|Dr",
)
L(
    "NL",
    "Netherlands",
    "nl",
    capaddr=True,
    gm="Jan Pieter Daan Sem Lucas Bram Thijs Ruben Joost Bas Gert-Jan Willem Kees",
    gf="Anna Sanne Lotte Emma Femke Iris Marieke Annemarie Eva Noor Ingrid Fleur Marloes",
    sn="de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer "
    "Mulder de_Groot Bos Vos Hendriks van_der_Linden Dekker",
    st="Kerkstraat|Dorpsstraat|Molenweg|Stationsweg|Julianastraat|Prinses Beatrixlaan|Lindenlaan|"
    "Schoolstraat|Nieuwe Gracht|Wilhelminastraat",
    towns="Utrecht|Amsterdam|Rotterdam|Den Haag|Eindhoven|Groningen|Haarlem|Zwolle|Leiden|"
    "Amersfoort|Tilburg",
    addr="<st> <no>, <pc> <town>|<st> <no>-<flat>\n<pc> <town>|<st> <no>A, <pc> <town>",
    pc="#### %%",
    streetfmt="<st> <no>",
    ph="06-########|06 ## ## ## ##|06 ########|020-#######|030 ### ####",
    phi="+31 6 ########|+31 (0)6-########|+316########|0031 20 ### ####",
    dfmt="d-m-y",
    cur="€ {n}",
    iban="NL",
    plate="##-%%%-#|%-###-%%",
    kin_f="Tante|Oma|Moeder|Mam",
    kin_m="Oom|Opa|Vader|Pap",
    hon_f="mevrouw|Mevr.|Dr.",
    hon_m="meneer|Dhr.|Dr.",
    dl="##########",
    pp="%%#######",
    pub="Vincent van Gogh|Anne Frank|Johan Cruijff|Rembrandt van Rijn",
    pubst="Van Goghstraat|Rembrandtplein|Anne Frankstraat",
)
L(
    "DE",
    "Germany",
    "de",
    gm="Thomas Michael Andreas Stefan Jürgen Klaus Lukas Jonas Maximilian Felix Tobias Wolfgang "
    "Dieter Uwe Hans-Peter",
    gf="Sabine Petra Claudia Anja Julia Lena Katharina Laura Ursula Monika Birgit Heike Ingrid "
    "Hannelore Marie",
    sn="Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
    "Bauer Richter Klein Wolf Schröder Neumann Zimmermann Yılmaz Kowalski von_Bredow "
    "von_der_Heyde",
    nick="Uschi Steffi Hansi Bine Conny Kalle Flo Basti Jojo",
    kin_f="Tante|Oma|Omi|Mutti",
    kin_m="Onkel|Opa|Vati",
    hon_f="Frau|Fr.|Dr.|Prof.",
    hon_m="Herr|Hr.|Dr.|Prof.",
    st="Hauptstraße|Schulstraße|Gartenstraße|Bahnhofstraße|Dorfstraße|Bergstraße|Lindenstraße|"
    "Goethestraße|Am Mühlbach|Birkenweg|Kirchgasse|Friedrich-Ebert-Straße",
    towns="Köln|Hamburg|München|Leipzig|Dresden|Stuttgart|Hannover|Nürnberg|Bremen|Freiburg|"
    "Bielefeld|Kassel|Münster",
    addr="<st> <no>, <pc> <town>|<st> <no>\n<pc> <town>|<st> <no>a, <pc> <town>",
    pc="#####",
    streetfmt="<st> <no>",
    ph="0151 ########|0176 ### ####|0171-#######|030 ########|0221 #######|089/#######",
    phi="+49 151 ########|+49 (0)176 #######|+49 30 #######|0049 171 #######|+491##########",
    dfmt="d.m.y",
    cur="{n} €",
    iban="DE",
    plate="%% %% ####|%-%% ###|%%% %% ##",
    dl="%##??????#?",
    pp="C????????",
    pub="Johann Wolfgang von Goethe|Albert Einstein|Konrad Adenauer|Sophie Scholl|Martin Luther",
    pubst="Goethestraße|Schillerstraße|Konrad-Adenauer-Allee|Sophie-Scholl-Platz",
    domains="web.de|gmx.de|t-online.de|gmx.net|posteo.de",
)
L(
    "AT",
    "Austria",
    "de",
    gm="Florian Lukas Markus Christian Stefan Johann Franz Josef Manfred Gerhard Matthias Dominik",
    gf="Anna Sarah Katharina Lisa Elisabeth Maria Barbara Christina Theresa Johanna Andrea",
    sn="Gruber Huber Bauer Wagner Müller Pichler Moser Steiner Hofer Leitner Berger Fuchs Eder "
    "Schmid Winkler Mayr",
    st="Mariahilfer Straße|Hauptplatz|Kirchengasse|Schulgasse|Landstraßer Hauptstraße|Herrengasse|"
    "Linzer Straße",
    towns="Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Villach|Wels|St. Pölten",
    addr="<st> <no>/<flat>, <pc> <town>|<st> <no>, <pc> <town>|<st> <no>/<fl>/<flat>\n<pc> <town>",
    pc="####",
    streetfmt="<st> <no>/<flat>",
    ph="0664 #######|0660 ### ####|0676 ## ## ###|01 ### ## ##|0316 ######",
    phi="+43 664 #######|+43 (0)660 ### ####|+43 1 ### ## ##|0043 676 #######",
    dfmt="d.m.y",
    cur="€ {n}",
    iban="AT",
    kin_f="Tante|Oma|Godi",
    kin_m="Onkel|Opa|Göd",
    hon_f="Frau|Mag.|Dr.|DI",
    hon_m="Herr|Mag.|Dr.|Ing.",
)
L(
    "CH",
    "Switzerland",
    "de fr it",
    gm="Reto Urs Beat Marco Luca Noah Samuel Thomas Daniel Fabian Christoph Gian",
    gf="Ursula Regula Barbara Nadine Lea Mia Corinne Daniela Franziska Seraina Chiara Elena",
    sn="Müller Meier Schmid Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner "
    "Baumann Frei Moser Bernasconi Favre",
    st="Bahnhofstrasse|Dorfstrasse|Kirchweg|Seestrasse|Hauptstrasse|Rue du Lac|Via Cantonale|"
    "Schulhausstrasse",
    towns="Zürich|Bern|Basel|Luzern|Winterthur|St. Gallen|Lausanne|Lugano|Thun",
    addr="<st> <no>, <pc> <town>|<st> <no>\n<pc> <town>",
    pc="####",
    streetfmt="<st> <no>",
    ph="079 ### ## ##|078 ### ## ##|076 ### ## ##|044 ### ## ##|031 ### ## ##",
    phi="+41 79 ### ## ##|+41 (0)78 ### ## ##|0041 76 ### ## ##|+4144#######",
    dfmt="d.m.y",
    cur="CHF {n}",
    iban="CH",
    kin_f="Tante|Grosi|Gotte",
    kin_m="Onkel|Grossvater|Götti",
    hon_f="Frau|Dr.",
    hon_m="Herr|Dr.",
)
L(
    "ES",
    "Spain",
    "es ca",
    "hisp",
    gm="José_Antonio Manuel Francisco Javier David Daniel Carlos Jesús Alejandro Miguel Pablo "
    "Jordi Iker Xabier",
    gf="María Carmen Ana Isabel Laura Lucía Marta Cristina Pilar Elena Montserrat Nerea Ainhoa "
    "Rocío Paula",
    sn="García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez "
    "Ruiz Hernández Díaz Moreno Álvarez Romero Navarro Torres Domínguez Puig Etxeberria",
    nick="Pepe Paco Manolo Nacho Lola Charo Maite Pili Quique Chus Toñi",
    kin_f="Tía|Abuela|Yaya|Mamá|Madrina",
    kin_m="Tío|Abuelo|Yayo|Papá|Padrino",
    hon_f="Sra.|Dña.|Dra.",
    hon_m="Sr.|D.|Dr.",
    st="Calle Mayor|Calle Real|Avenida de la Constitución|Calle del Carmen|Calle San Juan|"
    "Carrer de Balmes|Calle Alcalá|Paseo de Gracia|Calle Nueva",
    towns="Madrid|Barcelona|Valencia|Sevilla|Zaragoza|Málaga|Bilbao|Murcia|Valladolid|Granada|"
    "Alicante|Vigo",
    addr="<st>, <no>, <fl>º B, <pc> <town>|<st> <no>, <fl>º izq., <pc> <town>|<st>, <no>\n"
    "<pc> <town>",
    pc="#####",
    streetfmt="<st>, <no>",
    ph="6## ## ## ##|6## ### ###|7## ######|91 ### ## ##|93 ### ## ##",
    phi="+34 6## ## ## ##|+34 6########|0034 6## ### ###|+34 91 ### ## ##",
    cur="{n} €",
    iban="ES",
    plate="#### %%%",
    dl="########%",
    pp="%%%######",
    pub="Federico García Lorca|Miguel de Cervantes|Pablo Picasso|Rafael Nadal|Antoni Gaudí",
    pubst="Calle de Cervantes|Avenida Blasco Ibáñez|Calle García Lorca",
    domains="hotmail.es|telefonica.net|yahoo.es",
)
L(
    "PT",
    "Portugal",
    "pt",
    "pt",
    gm="João José António Francisco Manuel Rui Pedro Tiago Miguel Diogo Luís Nuno Duarte",
    gf="Maria Ana Joana Inês Beatriz Sofia Catarina Mariana Rita Filipa Teresa Leonor Conceição",
    sn="Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves "
    "Gomes Lopes Marques Almeida Ribeiro Carvalho",
    kin_f="Tia|Avó|Vovó|Madrinha|Mãe",
    kin_m="Tio|Avô|Vovô|Padrinho|Pai",
    hon_f="Sra.|D.|Dra.",
    hon_m="Sr.|Dr.|Eng.",
    st="Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Comércio|Travessa do Carmo|"
    "Rua 25 de Abril|Avenida da República|Rua das Flores",
    towns="Lisboa|Porto|Braga|Coimbra|Faro|Setúbal|Aveiro|Viseu|Funchal",
    addr="<st>, n.º <no>, <fl>.º Esq., <pc> <town>|<st> <no>, <pc> <town>",
    pc="####-###",
    ph="91# ### ###|93# ### ###|96# ### ###|21# ### ###",
    phi="+351 91# ### ###|+351 93#######|00351 96# ### ###",
    cur="{n} €",
    iban="PT",
)
L(
    "IT",
    "Italy",
    "it",
    gm="Giuseppe Giovanni Antonio Mario Luigi Francesco Marco Alessandro Andrea Lorenzo Matteo "
    "Gianluca Salvatore Pietro",
    gf="Maria Anna Giuseppina Rosa Francesca Giulia Chiara Sara Elena Paola Alessandra Federica "
    "Lucia Rita",
    sn="Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
    "De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti D'Angelo",
    nick="Peppe Gigi Totò Pino Nino Gianni Franci Giuly Vale Pippo",
    kin_f="Zia|Nonna|Mamma|Madrina",
    kin_m="Zio|Nonno|Papà|Padrino",
    hon_f="Sig.ra|Dott.ssa|Avv.|Prof.ssa",
    hon_m="Sig.|Dott.|Avv.|Ing.|Prof.",
    st="Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via Giuseppe Mazzini|Via Dante Alighieri|"
    "Via dei Mille|Via XX Settembre|Viale Europa",
    towns="Roma|Milano|Napoli|Torino|Palermo|Genova|Bologna|Firenze|Bari|Catania|Verona|Padova",
    d="RM|MI|NA|TO|PA|GE|BO|FI|BA",
    addr="<st> <no>, <pc> <town>|<st>, <no>\n<pc> <town> (<d>)|<st> <no>, int. <flat>, <pc> <town>",
    pc="#####",
    streetfmt="<st> <no>",
    ph="3## ### ####|333 #######|347-#######|06 #### ####|02 ########",
    phi="+39 3## ### ####|+39 333 #######|0039 347#######|+39 06 ########",
    cur="{n} €",
    iban="IT",
    plate="%% ###%%",
    dl="%%#######%",
    pp="%%#######",
    pub="Dante Alighieri|Giuseppe Garibaldi|Leonardo da Vinci|Sophia Loren|Giuseppe Verdi",
    pubst="Via Garibaldi|Via Dante|Corso Cavour|Piazza Giuseppe Verdi",
)
L(
    "GR",
    "Greece",
    "el en",
    fem="gr",
    gm="Giorgos Dimitris Konstantinos Nikos Ioannis Christos Panagiotis Vasilis Michalis Kostas "
    "Stavros Thanasis",
    gf="Maria Eleni Katerina Vasiliki Sofia Georgia Dimitra Anna Ioanna Despina Eirini Angeliki",
    sn="Papadopoulos Pappas Georgiou Oikonomou Nikolaidis Vlachos Karagiannis Konstantinidis "
    "Dimitriou Papanikolaou Makris Alexiou",
    ngm="Γιώργος Δημήτρης Κωνσταντίνος Νίκος Ιωάννης Χρήστος Παναγιώτης Βασίλης Μιχάλης Κώστας",
    ngf="Μαρία Ελένη Κατερίνα Βασιλική Σοφία Γεωργία Δήμητρα Άννα Ιωάννα Δέσποινα Ειρήνη",
    nsn="Παππάς Γεωργίου Οικονόμου Νικολαΐδης Βλάχος Καραγιάννης Κωνσταντινίδης Δημητρίου "
    "Παπανικολάου Μακρής Αλεξίου Αντωνίου",
    st="Ermou|Kifisias Avenue|Patision|Egnatia|Tsimiski|Alexandras Avenue|Agiou Dimitriou",
    towns="Athina|Thessaloniki|Patra|Irakleio|Larisa|Volos|Ioannina|Chania",
    addr="<st> <no>, <pc> <town>|<st> <no>, <fl>th floor, <pc> <town>",
    pc="### ##",
    naddr="<st> <no>, <pc> <town>|<st> <no>, Τ.Κ. <pc>, <town>",
    nstreetfmt="<st> <no>",
    nst="Ερμού|Λεωφόρος Κηφισίας|Πατησίων|Εγνατίας|Τσιμισκή|Λεωφόρος Αλεξάνδρας",
    ntown="Αθήνα|Θεσσαλονίκη|Πάτρα|Ηράκλειο|Λάρισα|Βόλος",
    ph="69# ### ####|694#######|210 #######|2310 ######",
    phi="+30 69# ### ####|+30 694#######|0030 210 ### ####",
    cur="{n} €",
    iban="GR",
    kin_f="Theia|Giagia|Nona",
    kin_m="Theios|Pappou|Nonos",
    hon_f="Kyria|Dr",
    hon_m="Kyrios|Dr",
    ncountry="Ελλάδα",
)
L(
    "PL",
    "Poland",
    "pl",
    fem="pl",
    gm="Piotr Krzysztof Andrzej Tomasz Paweł Marcin Michał Jakub Kamil Łukasz Grzegorz Wojciech "
    "Jan Stanisław",
    gf="Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Zofia "
    "Natalia Krystyna Halina",
    sn="Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
    "Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Grabowski",
    nick="Kasia Gosia Basia Tomek Kuba Krzysiek Madzia Ola Zosia Bartek Asia",
    kin_f="Ciocia|Babcia|Mama|Babunia",
    kin_m="Wujek|Dziadek|Tata|Wujo",
    hon_f="Pani|dr|mgr",
    hon_m="Pan|dr|mgr inż.",
    st="ul. Mickiewicza|ul. Słowackiego|ul. Kościuszki|ul. Jana Pawła II|ul. Polna|ul. Ogrodowa|"
    "ul. Lipowa|ul. Leśna|al. Jerozolimskie|os. Słoneczne",
    towns="Warszawa|Kraków|Łódź|Wrocław|Poznań|Gdańsk|Szczecin|Lublin|Katowice|Białystok|Rzeszów",
    addr="<st> <no>/<flat>, <pc> <town>|<st> <no> m. <flat>, <pc> <town>|<st> <no>\n<pc> <town>",
    pc="##-###",
    streetfmt="<st> <no>/<flat>",
    ph="5## ### ###|6## ### ###|7## ### ###|22 ### ## ##|12 ### ## ##",
    phi="+48 5## ### ###|+48 6########|0048 7## ### ###|+48 22 ### ## ##",
    dfmt="d.m.y",
    cur="{n} zł",
    iban="PL",
    plate="%%% #####|W# #####",
    dl="#####/##/####",
    pp="%%#######",
    pub="Jan Paweł II|Maria Skłodowska-Curie|Fryderyk Chopin|Lech Wałęsa|Wisława Szymborska",
    pubst="ul. Mickiewicza|ul. Jana Pawła II|ul. Kopernika|al. Solidarności",
    domains="wp.pl|o2.pl|onet.pl|interia.pl",
)
L(
    "CZ",
    "Czechia",
    "cs",
    fem="cz",
    gm="Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Jiří Lukáš Jakub Ondřej Vojtěch",
    gf="Jana Marie Eva Hana Anna Lenka Kateřina Lucie Věra Alena Petra Tereza Veronika Markéta",
    sn="Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Pokorný Pospíšil Král "
    "Růžička Beneš Fiala Doležal Zeman Kolář Navrátil Čermák",
    st="Husova|Nádražní|Komenského|Palackého|Masarykova|Školní|Zahradní|Sokolská|Na Výsluní",
    towns="Praha|Brno|Ostrava|Plzeň|Olomouc|Liberec|České Budějovice|Hradec Králové|Pardubice",
    addr="<st> <no>/<flat>, <pc> <town>|<st> <no>, <pc> <town>",
    pc="### ##",
    ph="6## ### ###|7## ### ###|602 ### ###|2## ### ###",
    phi="+420 6## ### ###|+420 7########|00420 602 ### ###",
    dfmt="d. m. y",
    cur="{n} Kč",
    iban="CZ",
    kin_f="Teta|Babička|Máma|Babi",
    kin_m="Strejda|Děda|Táta",
    hon_f="paní|Ing.|Mgr.|MUDr.",
    hon_m="pan|Ing.|Mgr.|MUDr.",
)
L(
    "HU",
    "Hungary",
    "hu",
    order="fg",
    ne=True,
    gm="László István József Zoltán Sándor Gábor Ferenc Attila Péter Tamás Balázs Bence Levente",
    gf="Mária Erzsébet Katalin Éva Ilona Anna Zsuzsanna Margit Judit Ágnes Eszter Réka Zsófia",
    sn="Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász "
    "Lakatos Mészáros Oláh Simon",
    st="Kossuth Lajos utca|Petőfi Sándor utca|Rákóczi út|Dózsa György út|Fő utca|Ady Endre út|"
    "Arany János utca",
    towns="Budapest|Debrecen|Szeged|Miskolc|Pécs|Győr|Nyíregyháza|Kecskemét|Székesfehérvár",
    addr="<pc> <town>, <st> <no>.|<town>, <st> <no>. <fl>. em. <flat>., <pc>|<pc> <town>, "
    "<st> <no>/B",
    pc="####",
    streetfmt="<st> <no>.",
    ph="06 30 ### ####|06 20 ### ####|06-70-###-####|06 1 ### ####",
    phi="+36 30 ### ####|+36 20#######|+36-70-###-####|0036 1 ### ####",
    dfmt="y.m.d",
    cur="{n} Ft",
    iban="HU",
    kin_f="Mami|Nagyi|Auntie",
    kin_m="Papi|Nagyapa|Uncle",
)
L(
    "RO",
    "Romania",
    "ro",
    gm="Ion Gheorghe Vasile Constantin Alexandru Andrei Mihai Florin Cristian Adrian Ionuț Bogdan "
    "Radu Sorin",
    gf="Maria Elena Ioana Ana Mihaela Andreea Cristina Alina Gabriela Daniela Florentina Roxana "
    "Raluca Irina",
    sn="Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Munteanu Constantin Dinu Matei "
    "Ene Marin Tudor Lungu Moldovan Ciobanu Bălan",
    st="Strada Mihai Eminescu|Bulevardul Unirii|Strada Libertății|Calea Victoriei|Strada Florilor|"
    "Aleea Teilor|Strada Avram Iancu",
    towns="București|Cluj-Napoca|Iași|Timișoara|Constanța|Brașov|Craiova|Sibiu|Oradea|Galați",
    d="Sector 3|Sector 6|Mănăștur|Copou|Tomis",
    addr="<st> nr. <no>, bl. <fl>, sc. B, ap. <flat>, <d>, <town>|<st> nr. <no>, <town> <pc>|"
    "<st> nr. <no>, ap. <flat>, <pc> <town>",
    pc="######",
    streetfmt="<st> nr. <no>",
    ph="07## ### ###|0722 ######|0744-###-###|021 ### ####",
    phi="+40 7## ### ###|+40 722######|0040 744 ### ###",
    dfmt="d.m.y",
    cur="{n} lei",
    iban="RO",
    kin_f="Tanti|Mătușa|Bunica|Mamaie",
    kin_m="Nenea|Unchiul|Bunicul|Tataie",
    hon_f="Dna|Dr.|Ing.",
    hon_m="Dl|Dr.|Ing.",
)
L(
    "UA",
    "Ukraine",
    "uk ru",
    "slav",
    pat="uk",
    fem="uk",
    ngm="Олександр Андрій Сергій Володимир Дмитро Іван Петро Тарас Богдан Василь Юрій Остап",
    ngf="Олена Оксана Наталія Тетяна Ірина Юлія Ольга Марія Катерина Галина Світлана Христина "
    "Соломія",
    nsn="Шевченко Бондаренко Коваленко Ткаченко Кравченко Мельник Бойко Ковальчук Олійник "
    "Поліщук Лисенко Савчук Руденко Петренко Марченко Гнатюк Ковальський Левицький Мороз",
    nnick="Саша Оля Таня Ірця Сашко Петрик Оксанка Марічка",
    st="Khreshchatyk Street|Shevchenka Boulevard|Lesi Ukrainky Boulevard|Soborna Street|"
    "Hrushevskoho Street",
    towns="Kyiv|Lviv|Kharkiv|Odesa|Dnipro|Vinnytsia|Ivano-Frankivsk|Poltava",
    addr="<st> <no>, apt. <flat>, <town> <pc>|<no> <st>, Apt <flat>, <town>, <pc>",
    pc="0####",
    naddr="вул. <st>, буд. <no>, кв. <flat>, м. <town>, <pc>|<pc>, м. <town>, вул. <st>, "
    "<no>/<flat>",
    nst="Хрещатик|Шевченка|Лесі Українки|Січових Стрільців|Соборна|Грушевського|Городоцька|Зелена",
    ntown="Київ|Львів|Харків|Одеса|Дніпро|Вінниця|Полтава",
    nstreetfmt="вул. <st>, <no>",
    ph="067 ### ## ##|050 ### ####|(093) ###-##-##|044 ### ## ##|097#######",
    phi="+380 67 ### ## ##|+380 50#######|+380 (93) ###-##-##|00380 97 ### ####",
    dfmt="d.m.y",
    cur="₴",
    iban="UA",
    kin_f="Titka|Babusia|Mama",
    kin_m="Diadko|Didus|Tato",
    pp="%%######",
    ncountry="Україна",
)
L(
    "RU",
    "Russia",
    "ru",
    "slav",
    pat="ru",
    fem="ru",
    ngm="Александр Сергей Андрей Дмитрий Алексей Иван Михаил Николай Владимир Павел Артём Максим "
    "Олег",
    ngf="Елена Ольга Наталья Татьяна Ирина Анна Мария Екатерина Светлана Юлия Галина Людмила "
    "Дарья Алина",
    nsn="Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов "
    "Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Никитин Жуковский",
    nnick="Саша Саня Серёжа Лена Оля Наташа Таня Ира Маша Катя Дима Лёша Ваня Миша Коля",
    st="ulitsa Lenina|Tverskaya ulitsa|prospekt Mira|ulitsa Gagarina|Sadovaya ulitsa|"
    "Nevsky prospekt|Molodyozhnaya ulitsa",
    towns="Moskva|Sankt-Peterburg|Novosibirsk|Yekaterinburg|Kazan|Nizhny Novgorod|Samara|Krasnodar",
    addr="<st>, d. <no>, kv. <flat>, <town>, <pc>|<pc>, <town>, <st> <no>-<flat>",
    pc="1#####",
    naddr="<pc>, г. <town>, <st>, д. <no>, кв. <flat>|г. <town>, <st>, д. <no>, корп. <fl>, "
    "кв. <flat>",
    nst="ул. Ленина|Тверская ул.|пр-т Мира|ул. Гагарина|Садовая ул.|Невский пр-т|ул. Пушкина",
    ntown="Москва|Санкт-Петербург|Новосибирск|Екатеринбург|Казань|Нижний Новгород|Самара",
    nstreetfmt="<st>, д. <no>, кв. <flat>",
    ph="8 (9##) ###-##-##|8 9## ### ## ##|8-916-###-##-##|8 (495) ###-##-##",
    phi="+7 (9##) ###-##-##|+7 9## ### ## ##|+79#########|+7 495 ### ## ##",
    dfmt="d.m.y",
    cur="{n} ₽",
    iban_abroad="DE FI",
    kin_f="Tyotya|Babushka|Mama",
    kin_m="Dyadya|Dedushka|Papa",
    pp="## ## ######|## #######",
    dl="## ## ######",
    ncountry="Россия",
)
L(
    "BG",
    "Bulgaria",
    "bg",
    "slav",
    pat="bg",
    fem="bg",
    ngm="Георги Иван Петко Николай Христо Стоян Тодор Васил Атанас Стефан Любомир Красимир",
    ngf="Мария Иванка Елена Йорданка Пенка Даниела Гергана Десислава Цветелина Радка Надежда",
    nsn="Иванов Георгиев Димитров Петров Николов Христов Стоянов Тодоров Илиев Ангелов Маринов "
    "Попов Колев",
    st="ul. Vitosha|bul. Tsar Osvoboditel|ul. Graf Ignatiev|bul. Bulgaria|ul. Rakovski|ul. Shipka",
    towns="Sofia|Plovdiv|Varna|Burgas|Ruse|Stara Zagora|Veliko Tarnovo",
    d="Lozenets|Mladost 1|Studentski grad|Lyulin 5|Oborishte",
    addr="<st> <no>, et. <fl>, ap. <flat>, <pc> <town>|zh.k. <d>, bl. <no>, vh. B, ap. <flat>, "
    "<town>",
    pc="####",
    naddr="ул. <st> <no>, ет. <fl>, ап. <flat>, <pc> <town>|ж.к. <d>, бл. <no>, вх. Б, "
    "ап. <flat>, гр. <town>",
    nst="Витоша|Цар Освободител|Граф Игнатиев|България|Раковски|Шипка",
    ntown="София|Пловдив|Варна|Бургас|Русе|Стара Загора",
    nd="Лозенец|Младост 1|Студентски град|Люлин 5",
    nstreetfmt="ул. <st> <no>",
    ph="08## ### ###|088 ### ####|089#######|02 ### ####",
    phi="+359 8## ### ###|+359 88#######|00359 89 ### ####",
    dfmt="d.m.y",
    cur="{n} лв.",
    iban="BG",
    kin_f="Lelya|Baba|Kaka",
    kin_m="Chicho|Dyado|Batko",
)
L(
    "RS",
    "Serbia",
    "sr",
    gm="Marko Nikola Stefan Luka Milan Dragan Nenad Zoran Miloš Aleksandar Dejan Vuk",
    gf="Jelena Milica Ana Marija Ivana Dragana Snežana Jovana Tamara Gordana Mirjana Teodora",
    sn="Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Popović "
    "Kostić Savić Đukić",
    st="Knez Mihailova|Bulevar kralja Aleksandra|Nemanjina|Cara Dušana|Gospodar Jevremova|"
    "Bulevar oslobođenja",
    towns="Beograd|Novi Sad|Niš|Kragujevac|Subotica|Čačak|Zrenjanin",
    addr="<st> <no>/<flat>, <pc> <town>|<st> <no>, stan <flat>, <town>",
    pc="#####",
    ph="06# ### ####|064 #######|063/###-####|011 ### ####",
    phi="+381 6# ### ####|+381 64#######|00381 63 ### ####",
    dfmt="d.m.y.",
    cur="{n} din.",
    iban="RS",
    kin_f="Tetka|Baka|Strina|Ujna",
    kin_m="Teča|Deda|Stric|Ujak",
)
L(
    "SE",
    "Sweden",
    "sv",
    gm="Erik Lars Anders Johan Karl Per Nils Mikael Oskar Axel Gustav Björn Olle Hugo",
    gf="Anna Maria Eva Karin Kristina Lena Sara Emma Ingrid Astrid Elsa Maja Linnéa Birgitta",
    sn="Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
    "Lindberg Lindqvist Bergström Sandberg Holm Ek Lundgren",
    st="Storgatan|Kungsgatan|Drottninggatan|Skolgatan|Björkvägen|Ringvägen|Kyrkogatan|Sveavägen",
    towns="Stockholm|Göteborg|Malmö|Uppsala|Västerås|Örebro|Linköping|Umeå|Lund|Jönköping",
    addr="<st> <no>, <pc> <town>|<st> <no> lgh 1<fl>0<flat>, <pc> <town>|<st> <no>\n<pc> <town>",
    pc="### ##",
    streetfmt="<st> <no>",
    ph="07#-### ## ##|070-#######|073 ### ## ##|08-### ### ##|031 ## ## ##",
    phi="+46 7# ### ## ##|+46 (0)70 ### ## ##|+4673#######|0046 8 ### ### ##",
    dfmt="y-m-d",
    cur="{n} kr",
    iban="SE",
    kin_f="Moster|Faster|Mormor|Farmor|Mamma",
    kin_m="Morbror|Farbror|Morfar|Farfar|Pappa",
)
L(
    "NO",
    "Norway",
    "no",
    gm="Ole Lars Kjetil Magnus Henrik Jonas Sindre Eirik Håkon Torbjørn Øystein Sverre",
    gf="Ingrid Kari Solveig Silje Ingvild Marit Hanne Ragnhild Sigrid Tone Guro Åse",
    sn="Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Berg Haugen Hagen "
    "Bakken Solberg Dahl Lie Strand Moen",
    st="Storgata|Kirkeveien|Skolegata|Granveien|Thereses gate|Bygdøy allé|Kongens gate",
    towns="Oslo|Bergen|Trondheim|Stavanger|Tromsø|Drammen|Kristiansand|Fredrikstad|Bodø",
    addr="<st> <no>, <pc> <town>|<st> <no> B, <pc> <town>",
    pc="####",
    ph="4## ## ###|9## ## ###|4#######|22 ## ## ##",
    phi="+47 4## ## ###|+47 9#######|0047 4## ## ###",
    dfmt="d.m.y",
    cur="{n} kr",
    iban="NO",
    kin_f="Tante|Mormor|Farmor|Bestemor",
    kin_m="Onkel|Morfar|Farfar|Bestefar",
)
L(
    "FI",
    "Finland",
    "fi",
    gm="Juha Mikko Timo Jari Antti Matti Ville Janne Eero Aleksi Onni Lauri",
    gf="Tuula Päivi Anne Kirsi Sanna Johanna Aino Eveliina Helmi Minna Riikka Satu",
    sn="Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
    "Lehtonen Saarinen Salminen Heinonen",
    st="Mannerheimintie|Hämeenkatu|Kauppakatu|Koulukatu|Puistotie|Rantatie|Koivukuja",
    towns="Helsinki|Espoo|Tampere|Vantaa|Oulu|Turku|Jyväskylä|Kuopio|Lahti",
    addr="<st> <no> A <flat>, <pc> <town>|<st> <no>, <pc> <town>",
    pc="#####",
    ph="040 ### ####|050 #######|045 ### ## ##|09 ### ####",
    phi="+358 40 ### ####|+358 50#######|+358 (0)45 ### ## ##",
    dfmt="d.m.y2",
    cur="{n} €",
    iban="FI",
    kin_f="Täti|Mummo|Äiti|Mummi",
    kin_m="Setä|Eno|Vaari|Isä|Pappa",
)
L(
    "IS",
    "Iceland",
    "is",
    "patr",
    patkind="is",
    gm="Jón Sigurður Guðmundur Gunnar Ólafur Einar Kristján Magnús Stefán Helgi Bjarni Arnar",
    gf="Guðrún Anna Kristín Sigríður Margrét Helga Sigrún Ingibjörg Jóhanna María Katrín Hildur",
    patsrc="Jóns Sigurðar Guðmundar Gunnars Ólafs Einars Kristjáns Magnúsar Stefáns Helga Bjarna "
    "Arnars",
    st="Laugavegur|Hverfisgata|Skólavörðustígur|Hringbraut|Álfheimar|Vesturgata|Kirkjuvegur",
    towns="Reykjavík|Kópavogur|Hafnarfjörður|Akureyri|Reykjanesbær|Garðabær|Selfoss",
    addr="<st> <no>, <pc> <town>",
    pc="###",
    ph="### ####|8## ####|6#######|5## ####",
    phi="+354 ### ####|+354 8######|00354 6## ####",
    dfmt="d.m.y",
    cur="{n} kr.",
    iban="IS",
    kin_f="Frænka|Amma|Mamma",
    kin_m="Frændi|Afi|Pabbi",
)
L(
    "LT",
    "Lithuania",
    "lt",
    fem="lt",
    gm="Jonas Tomas Mantas Darius Lukas Andrius Vytautas Paulius Mindaugas Rokas Gediminas",
    gf="Rūta Eglė Ieva Austėja Jurgita Kristina Gabija Inga Laura Dalia Aušra Vaida",
    sn="Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Paulauskas Urbonas "
    "Kavaliauskas Navickas Balčiūnas",
    st="Gedimino prospektas|Vilniaus gatvė|Laisvės alėja|Žirmūnų gatvė|Savanorių prospektas|"
    "Pilies gatvė",
    towns="Vilnius|Kaunas|Klaipėda|Šiauliai|Panevėžys|Alytus",
    addr="<st> <no>-<flat>, LT-<pc> <town>|<st> <no>, <town>",
    pc="#####",
    ph="8 6## #####|86#######|8 5 ### ####",
    phi="+370 6## #####|+370 6#######|00370 5 ### ####",
    dfmt="y-m-d",
    cur="{n} €",
    iban="LT",
    kin_f="Teta|Močiutė|Mama",
    kin_m="Dėdė|Senelis|Tėtis",
)

# --- Americas
L(
    "US",
    "United States",
    "en es",
    gm="Michael James John Robert David William Christopher Matthew Joshua Tyler Brandon Marcus "
    "DeShawn Jamal Luis Kevin",
    gf="Jennifer Jessica Ashley Sarah Emily Amanda Brittany Megan Lauren Keisha Tiffany Kayla "
    "Maria Shanice Heather",
    sn="Johnson Williams Brown Jones Miller Davis Garcia Rodriguez Wilson Martinez Anderson "
    "Taylor Moore Jackson Martin Lee Thompson White Harris Washington Nguyen Kowalski O'Brien",
    nick="Bubba Junior Peaches Tink Boo Jojo Mimi Bobby Becky Trish Chuck Kenny",
    kin_f="Aunt|Auntie|Grandma|Nana|Big Mama",
    kin_m="Uncle|Grandpa|Pop-Pop|Papa",
    hon_f="Mrs.|Ms.|Dr.|Miss",
    hon_m="Mr.|Dr.|Rev.|Pastor|Deacon",
    st="Maple Street|Oak Avenue|Elm Street|Pine Ridge Road|Main Street|Cedar Lane|"
    "Washington Avenue|Lakeview Drive|Hillcrest Drive|Park Place|MLK Jr Boulevard|"
    "Willow Creek Court",
    towns="Columbus, OH|Atlanta, GA|Houston, TX|Phoenix, AZ|Denver, CO|Memphis, TN|"
    "Milwaukee, WI|Charlotte, NC|Omaha, NE|Fresno, CA|Louisville, KY|Boise, ID",
    addr="<no> <st>, <town> <pc>|<no> <st>, Apt <flat>, <town> <pc>|<no> <st>\n<town> <pc>",
    pc="#####|#####-####",
    streetfmt="<no> <st>",
    ph="(^##) ^##-####|^##-^##-####|^##.^##.####",
    phi="+1 ^##-^##-####|+1 (^##) ^##-####|+1^##^######",
    dfmt="m/d/y",
    cur="$",
    plate="^%%% ###|%%% ####",
    dl="%#######|%###-####-####|########",
    pp="#########|%########",
    iban_abroad="DE GB",
    pub="Martin Luther King Jr.|Abraham Lincoln|Oprah Winfrey|Taylor Swift|Maya Angelou|"
    "George Washington",
    pubst="Martin Luther King Jr. Boulevard|Lincoln Avenue|Washington Street|Rosa Parks Boulevard",
    domains="aol.com|comcast.net|icloud.com",
)
L(
    "CA",
    "Canada (Québec)",
    "fr en",
    gm="Jean-François Marc-André Mathieu Olivier Étienne Simon Gabriel Félix Luc Maxime "
    "Guillaume Denis",
    gf="Marie-Ève Geneviève Isabelle Catherine Julie Mélanie Émilie Valérie Annie Josée Chantal "
    "Sylvie",
    sn="Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier "
    "Bélanger Lévesque Bergeron Leblanc Paquette Singh MacDonald",
    st="rue Saint-Denis|boulevard René-Lévesque|rue Sherbrooke Est|avenue du Mont-Royal|"
    "rue Principale|chemin Sainte-Foy|boulevard Saint-Laurent",
    towns="Montréal|Québec|Laval|Gatineau|Longueuil|Sherbrooke|Trois-Rivières|Saguenay",
    addr="<no>, <st>, app. <flat>, <town> (Québec) <pc>|<no> <st>, <town>, QC <pc>",
    pc="%#% #%#",
    streetfmt="<no>, <st>",
    ph="(514) ^##-####|514-^##-####|418 ^##-####|(450) ^##-####|819.^##.####",
    phi="+1 514-^##-####|+1 (438) ^##-####|+1 418 ^## ####",
    dfmt="y-m-d",
    cur="{n} $",
    kin_f="Ma tante|Matante|Grand-maman|Mamie",
    kin_m="Mon oncle|Mononcle|Grand-papa|Pépère",
    hon_f="Mme|Dre|Me",
    hon_m="M.|Dr|Me",
    pp="%%######",
    dl="%####-######-##",
)
L(
    "MX",
    "Mexico",
    "es",
    "hisp",
    gm="José_Luis Juan_Carlos Miguel_Ángel Jorge Alejandro Fernando Ricardo Eduardo Francisco "
    "Jesús Roberto Arturo Emiliano Santiago",
    gf="María_Guadalupe Verónica Alejandra Patricia Gabriela Fernanda Leticia Rosa_María Ximena "
    "Daniela Itzel Karla Yolanda",
    sn="Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz Flores Gómez "
    "Morales Vázquez Jiménez Reyes Díaz Torres Gutiérrez Ruiz Mendoza Aguilar Ortiz Castillo",
    nick="Lupita Chuy Pepe Memo Beto Lalo Paco Güero Nacho Chela Lulú Toño",
    kin_f="Tía|Abuelita|Madrina|Amá",
    kin_m="Tío|Abuelito|Padrino|Apá|Compadre",
    hon_f="Sra.|Lic.|Dra.|Profra.",
    hon_m="Sr.|Lic.|Ing.|Dr.|Don",
    st="Calle Hidalgo|Av. Insurgentes Sur|Calle Morelos|Av. Juárez|Calle 5 de Mayo|"
    "Av. Revolución|Privada de los Pinos|Calle Allende",
    towns="Ciudad de México|Guadalajara|Monterrey|Puebla|Querétaro|Mérida|Oaxaca|León|Tijuana|"
    "Toluca|Morelia",
    d="Col. Roma Norte|Col. Del Valle|Col. Centro|Col. Americana|Fracc. Las Palmas|Col. Narvarte",
    addr="<st> <no>, <d>, C.P. <pc>, <town>|<st> #<no> int. <flat>, <d>, <pc> <town>|"
    "<st> <no>, <d>\n<town>, C.P. <pc>",
    pc="#####",
    streetfmt="<st> <no>",
    ph="55 #### ####|55-####-####|33 #### ####|81 #### ####|(222) ### ####",
    phi="+52 55 #### ####|+52 1 55 #### ####|+5233########|+52 (81) ####-####",
    cur="$",
    plate="%%%-###-%|%%-##-###",
    dl="%#########",
    pp="G########",
    pub="Frida Kahlo|Benito Juárez|Emiliano Zapata|Octavio Paz|Diego Rivera|Juan Gabriel",
    pubst="Av. Benito Juárez|Calle Miguel Hidalgo|Av. Emiliano Zapata",
)
L(
    "GT",
    "Guatemala",
    "es",
    "hisp",
    gm="Carlos Luis Juan_Pablo Edgar Marvin Byron Otto Wilson Erick Kevin Brayan",
    gf="María Ana_Lucía Sandra Wendy Heidy Mildred Glenda Rosa Maribel Dulce Karen",
    sn="López García Pérez Hernández Morales Ramírez Castillo Cifuentes Ajú Tzul Coyoy Xicará "
    "Sic Chávez Orellana",
    st="6a. Avenida|4a. Calle|13 Calle|2a. Avenida|Calzada Roosevelt",
    towns="Ciudad de Guatemala|Quetzaltenango|Antigua Guatemala|Mixco|Villa Nueva|Cobán",
    addr="<st> <no>-<flat>, Zona <fl>, <town>",
    ph="5### ####|4###-####|2### ####",
    phi="+502 5### ####|+502 4#######|00502 2### ####",
    cur="Q",
    iban="GT",
    kin_f="Tía|Abuelita|Seño",
    kin_m="Tío|Abuelito|Don",
)
L(
    "CO",
    "Colombia",
    "es",
    "hisp",
    gm="Juan_David Andrés Camilo Santiago Julián Sebastián Felipe Óscar Jhon Wílmar Mauricio "
    "Hernán",
    gf="Valentina Daniela Paola Natalia Catalina Luz_Marina Yuliana Sandra Marcela Diana Leidy "
    "Viviana",
    sn="Rodríguez Gómez González Martínez García López Hernández Sánchez Ramírez Pérez Díaz "
    "Muñoz Rojas Moreno Jaramillo Restrepo Ospina Zapata Cárdenas Londoño",
    nick="Pipe Mono Juancho Caro Vale Nata Sebas Cami Mafe",
    kin_f="Tía|Abuela|Madrina|Nona",
    kin_m="Tío|Abuelo|Padrino",
    hon_f="Sra.|Dra.|Doña",
    hon_m="Sr.|Dr.|Don",
    st="Calle 45|Carrera 7|Avenida Boyacá|Calle 80|Carrera 15|Transversal 23|Diagonal 40 Sur",
    towns="Bogotá|Medellín|Cali|Barranquilla|Cartagena|Bucaramanga|Pereira|Manizales",
    d="Chapinero|Laureles|El Poblado|Cedritos|San Fernando|Kennedy|Suba",
    addr="<st> # <no>-<flat>, Apto <fl>0<flat>, <town>|<st> No. <no>-<flat>, Barrio <d>, <town>",
    ph="3## ### ####|300 #######|310-###-####|601 ### ####",
    phi="+57 3## ### ####|+57 300#######|0057 310 ### ####",
    cur="$",
)
L(
    "PE",
    "Peru",
    "es",
    "hisp",
    gm="Luis Jorge Carlos César Miguel Juan Renzo Diego Piero Christian Wilfredo Percy",
    gf="Rosa Carmen Milagros Sofía Gianella Fiorella Yessenia Karina Lucía Patricia Maritza Nelly",
    sn="Quispe Flores Sánchez Rodríguez García Huamán Mamani Ramos Torres Chávez Vargas Castillo "
    "Mendoza Condori Paredes Salazar Rojas Gutiérrez",
    st="Av. Arequipa|Jr. de la Unión|Av. Javier Prado Este|Calle Los Pinos|Av. Brasil|Jr. Huallaga",
    towns="Lima|Arequipa|Trujillo|Cusco|Chiclayo|Piura|Huancayo",
    d="Miraflores|San Isidro|Surco|Los Olivos|San Juan de Lurigancho|Cercado|Cayma",
    addr="<st> <no>, Dpto. <fl>0<flat>, <d>, <town>|<st> <no>, <d>, <town> <pc>",
    pc="150##",
    ph="9## ### ###|987 ######|01 ### ####",
    phi="+51 9## ### ###|+51 987######|0051 9## ### ###",
    cur="S/",
    kin_f="Tía|Abuelita|Madrina",
    kin_m="Tío|Abuelito|Padrino",
)
L(
    "CL",
    "Chile",
    "es",
    "hisp",
    gm="Matías Benjamín Vicente Cristóbal Felipe Rodrigo Sebastián Nicolás Gonzalo Patricio "
    "Claudio Tomás",
    gf="Constanza Javiera Catalina Francisca Camila Valentina Macarena Fernanda Josefina Carolina "
    "Loreto",
    sn="González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Fuentes "
    "Hernández Torres Araya Espinoza Valenzuela Castillo",
    nick="Coté Pancha Cata Feña Pato Nacho Cris Maca",
    st="Av. Providencia|Calle Los Aromos|Pasaje Las Violetas|Av. Vicuña Mackenna|Calle Merced|"
    "Av. Grecia",
    towns="Santiago|Valparaíso|Concepción|La Serena|Antofagasta|Temuco|Rancagua",
    d="Providencia|Ñuñoa|Maipú|La Florida|Las Condes|Puente Alto",
    addr="<st> <no>, depto. <flat>, <d>, <town>|<st> <no>, <d>, <town>",
    ph="9 #### ####|9########|2 2### ####",
    phi="+56 9 #### ####|+569########|+56 2 2### ####",
    dfmt="d-m-y",
    cur="$",
    kin_f="Tía|Abuelita|Mamita|Nana",
    kin_m="Tío|Abuelito|Tata",
)
L(
    "AR",
    "Argentina",
    "es",
    gm="Juan_Pablo Martín Lucas Santiago Facundo Diego Nicolás Gonzalo Matías Federico Ezequiel "
    "Agustín",
    gf="Florencia Lucía Camila Sofía Micaela Julieta Agustina Romina Valeria Carolina Belén "
    "Natalia",
    sn="González Rodríguez Gómez Fernández López Díaz Martínez Pérez Romero Sosa Álvarez Torres "
    "Ruiz Benítez Acosta Medina Herrera Rossi Ferrari",
    nick="Tano Flaco Pocho Cachi Negra Flor Juli Mica Colo",
    kin_f="Tía|Abuela|Nona|Madrina",
    kin_m="Tío|Abuelo|Nono|Padrino",
    st="Av. Corrientes|Av. Santa Fe|Av. Rivadavia|Calle Güemes|Av. San Martín|Pasaje Las Rosas|"
    "Calle Belgrano",
    towns="Buenos Aires|Córdoba|Rosario|Mendoza|La Plata|Mar del Plata|Tucumán|Salta",
    d="Palermo|Caballito|Belgrano|Villa Crespo|Almagro|Nueva Córdoba|Recoleta",
    addr="<st> <no>, piso <fl>, depto. B, <d>, <town>|<st> <no> <fl>°<flat>, C<pc> <town>|"
    "<st> <no>, <town> (<pc>)",
    pc="####",
    ph="11 ####-####|15-####-####|011 ####-####|351 ###-####",
    phi="+54 9 11 ####-####|+54 11 ####-####|+549351#######",
    cur="$",
)
L(
    "BR",
    "Brazil",
    "pt",
    "pt",
    gm="João_Pedro Lucas Gabriel Rafael Mateus Felipe Gustavo Bruno Thiago Leonardo Carlos_Eduardo "
    "Marcos Paulo",
    gf="Ana Maria Juliana Fernanda Camila Beatriz Larissa Patrícia Aline Letícia Gabriela Renata "
    "Vanessa Luciana Francisca",
    sn="Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro "
    "Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Nascimento Araújo",
    nick="Juju Dudu Nando Tati Lulu Gabi Rafa Carol Manu Bia Zé Tonho",
    kin_f="Tia|Vó|Vovó|Madrinha|Dinda",
    kin_m="Tio|Vô|Vovô|Padrinho|Dindo",
    hon_f="Sra.|Dra.|D.",
    hon_m="Sr.|Dr.|Seu|Pastor",
    st="Rua das Flores|Avenida Paulista|Rua Augusta|Rua XV de Novembro|Avenida Brasil|"
    "Rua Sete de Setembro|Travessa São José|Rua Tiradentes|Alameda Santos",
    towns="São Paulo|Rio de Janeiro|Belo Horizonte|Salvador|Recife|Fortaleza|Curitiba|"
    "Porto Alegre|Manaus|Belém|Goiânia|Campinas",
    d="Vila Mariana|Copacabana|Centro|Boa Viagem|Savassi|Pinheiros|Tijuca|Moinhos de Vento",
    addr="<st>, <no>, apto <fl>0<flat>, <d>, <town> - <pc>|<st>, <no> - <d>, <town>, CEP <pc>|"
    "<st>, nº <no>\n<d>\n<town>, <pc>",
    pc="#####-###",
    streetfmt="<st>, <no>",
    ph="(11) 9####-####|(21) 9####-####|11 9####-####|(31) 3###-####|(81) 9 ####-####",
    phi="+55 11 9####-####|+55 (21) 9####-####|+5511#########|0055 31 9####-####",
    cur="R$",
    iban="BR",
    plate="%%%#%##|%%%-####",
    dl="###########",
    pp="%%######",
    pub="Pelé|Chico Buarque|Machado de Assis|Ayrton Senna|Paulo Freire",
    pubst="Avenida Getúlio Vargas|Rua Tiradentes|Avenida Presidente Vargas",
    domains="uol.com.br|bol.com.br|terra.com.br",
)
L(
    "JM",
    "Jamaica",
    "en",
    gm="Andre Dwayne Kemar Omar Rohan Delroy Tyrone Shane Damion Jermaine Ricardo Leroy",
    gf="Shanique Tameka Kerry-Ann Latoya Sasha-Gaye Shantel Monique Stacy-Ann Nadine Trudy-Ann "
    "Keisha Annmarie",
    sn="Brown Campbell Williams Thompson Clarke Reid Morgan Bailey Grant McKenzie Francis Gordon "
    "Henry Lewis Palmer Ellis",
    nick="Bigga Shorty Dawta Tallman Junie Cookie",
    kin_f="Auntie|Granny|Mama|Nana",
    kin_m="Uncle|Grandpa|Papa|Puppa",
    st="Hope Road|Constant Spring Road|Molynes Road|Old Hope Road|Barbican Road|Red Hills Road",
    towns="Kingston|Montego Bay|Spanish Town|Portmore|Mandeville|May Pen|Ocho Rios",
    d="Kingston 6|Kingston 10|Kingston 8|St. Andrew|St. Catherine|Liguanea",
    addr="<no> <st>, <d>|Lot <no>, <st>, <town>, <d>",
    ph="876-^##-####|(876) ^##-####|876 ^## ####",
    phi="+1 876-^##-####|+1 (876) ^## ####",
    cur="J$",
)
L(
    "HT",
    "Haiti",
    "fr ht",
    gm="Jean-Baptiste Wilner Jean-Robert Ricardo Evens Fritz Jocelyn Kervens Wisly Réginald Frantz",
    gf="Marie-Carmel Nadège Guerline Mirlande Rose-Marie Lovely Fabienne Wideline Rosemène "
    "Bernadette Sherline",
    sn="Jean-Baptiste Pierre Joseph Louis Charles Saint-Fleur Dorval Étienne Désir Augustin "
    "Jean-Louis Célestin Noël Chéry Valcourt",
    st="Rue Capois|Route de Delmas|Rue Lamarre|Avenue John Brown|Rue Pavée|Route de Frères",
    towns="Port-au-Prince|Pétion-Ville|Cap-Haïtien|Jacmel|Les Cayes|Gonaïves|Delmas",
    addr="<no>, <st>, <town>|<st> #<no>, <town>, HT<pc>",
    pc="6###",
    ph="3# ## ####|4# ## ####|37 ## ## ##|3#######",
    phi="+509 3# ## ####|+509 4#######",
    cur="HTG",
    kin_f="Matant|Grann|Manman|Marenn",
    kin_m="Tonton|Granpè|Papa|Parenn",
    hon_f="Mme|Dr|Me",
    hon_m="M.|Dr|Me",
)

# --- Oceania
L(
    "AU",
    "Australia",
    "en",
    gm="Jack William Oliver Lachlan Cooper Liam Noah Thomas Mitchell Bradley Hamish Darcy",
    gf="Charlotte Olivia Isla Chloe Mia Sophie Grace Emily Jessica Kylie Tahlia Matilda Kirra Bree",
    sn="Smith Jones Williams Brown Wilson Taylor Johnson White Martin Anderson Thompson Nguyen "
    "Walker Harris Ryan Kelly Papadopoulos Chen Singh",
    nick="Macca Robbo Davo Shazza Gazza Bazza Jonno Tommo Kezza",
    kin_f="Aunty|Nan|Nanna",
    kin_m="Uncle|Pop|Grandad",
    hon_f="Mrs|Ms|Dr",
    hon_m="Mr|Dr",
    st="George Street|Bourke Street|Smith Street|Beach Road|Wattle Avenue|Banksia Crescent|"
    "Railway Parade|Bellevue Terrace|Jacaranda Drive",
    towns="Sydney|Melbourne|Brisbane|Perth|Adelaide|Hobart|Darwin|Geelong|Newcastle|Cairns",
    d="Parramatta|Fitzroy|Paddington|Fremantle|Glenelg|Sandy Bay|Toowong|Bondi",
    addr="<no> <st>, <d> <pc>|Unit <flat>/<no> <st>, <d>, <town> <pc>|<flat>/<no> <st>\n<d> <pc>",
    pc="####",
    streetfmt="<no> <st>",
    ph="04## ### ###|0412 ### ###|(02) #### ####|03 #### ####|04########",
    phi="+61 4## ### ###|+61 (0)412 ### ###|+614########|+61 2 #### ####",
    cur="$",
    plate="%%%-###|#%%-#%%",
    dl="#########|########",
    pp="P#######|%#######",
    pub="Cathy Freeman|Don Bradman|Kylie Minogue|Steve Irwin|Banjo Paterson",
    pubst="Bradman Avenue|Macquarie Street|Flinders Street",
)
L(
    "NZ",
    "New Zealand",
    "en mi",
    gm="Tane Wiremu Hemi Rawiri Nikau Liam Oliver James Ben Sam Mikaere Tama",
    gf="Aroha Mere Anahera Kiri Ngaio Hana Aria Charlotte Olivia Sophie Maia",
    sn="Ngata Walker Parata Smith Williams Tipene Wilson Te_Huia Brown Taylor Kereama Tuhiwai "
    "Thompson Henare",
    kin_f="Aunty|Nana|Kui|Whaea",
    kin_m="Uncle|Koro|Pop|Matua",
    st="Queen Street|Karangahape Road|Cuba Street|Riccarton Road|Dominion Road|Tui Street|"
    "Kowhai Avenue|Pōhutukawa Drive",
    towns="Auckland|Wellington|Christchurch|Hamilton|Tauranga|Dunedin|Rotorua|Whangārei|Gisborne",
    d="Ponsonby|Mt Albert|Te Aro|Riccarton|Papatoetoe|Ōtara|Hamilton East",
    addr="<no> <st>, <d>, <town> <pc>|Flat <flat>, <no> <st>, <d>, <town>",
    pc="####",
    ph="021 ### ####|022 ### ####|027 ### ####|09 ### ####|04 ### ####",
    phi="+64 21 ### ####|+64 27#######|+64 (0)22 ### ####|+64 9 ### ####",
    cur="$",
)
L(
    "FJ",
    "Fiji",
    "en fj",
    gm="Josefa Semisi Jone Peni Viliame Sakiusa Waisea Mosese Apenisa Ilaisa Sanjay Rahul",
    gf="Mereoni Litia Salote Vasemaca Unaisi Losana Akanisi Asenaca Priya Shalini Anjali",
    sn="Tuilagi Ravai Naivalu Vunibaka Rokodi Nadolo Tabua Waqa Koroi Lal Prasad Chand Naidu",
    st="Victoria Parade|Ratu Sukuna Road|Waimanu Road|Princes Road|Queens Road|Grantham Road",
    towns="Suva|Nadi|Lautoka|Labasa|Nausori|Sigatoka",
    d="Samabula|Nasinu|Tamavua|Namaka|Vatuwaqa|Raiwaqa",
    addr="Lot <no>, <st>, <d>, <town>|<no> <st>, <d>, <town>",
    ph="7## ####|9## ####|8######|33# ####",
    phi="+679 7## ####|+679 9######|+679 8## ####",
    cur="FJ$",
    kin_f="Nau|Bu|Auntie|Nana",
    kin_m="Momo|Tai|Uncle|Ta",
    hon_f="Adi|Mrs|Ms",
    hon_m="Ratu|Mr|Dr.",
)
L(
    "WS",
    "Samoa",
    "en sm",
    gm="Sione Tavita Ioane Tupe Malakai Pita Sefo Leota Faleolo Tasi",
    gf="Mele Lagi Sina Fetu Malia Talia Luana Seini Ana Fiaola",
    sn="Tuilagi Faleolo Leavasa Toleafoa Alofaituli Aiono Fa'amausili Seiuli Tauiliili Sapolu "
    "Lauina Mulitalo",
    st="Beach Road|Vaitele Street|Falealili Street|Matautu Street|Fugalei Street",
    towns="Apia|Vaitele|Salelologa|Faleula|Siusega",
    d="Vaimea|Moto'otua|Lepea|Vailima|Alamagoto",
    addr="Lot <no>, <st>, <d>, <town>|<st>, <d>, <town>",
    ph="7######|72 #####|75 #####|2####",
    phi="+685 7######|+685 72 #####|+685 2####",
    cur="WS$",
    kin_f="Aunty|Tina|Mama|Nana",
    kin_m="Uncle|Tama|Papa",
    hon_f="Mrs|Ms",
    hon_m="Mr|Afioga",
)

# ---------------------------------------------------------------- templates
# (where, sexes, fam, text): where = "en" (any locale, English) or a language code (locales
# speaking it) or "lang:CODE,CODE"; sexes gives person i's sex; fam lists persons sharing
# person 1's family name.

TEMPLATES: list[tuple[str, str, str, str]] = []
NEAR_TEMPLATES: list[tuple[str, str, str, str]] = []


def _t(where: str, text: str, sexes: str = "", fam: str = "") -> None:
    TEMPLATES.append((where, sexes, fam, text))


def _n(where: str, text: str) -> None:
    NEAR_TEMPLATES.append((where, "", "", text))


# --- English, any locale
_t(
    "en",
    """Can you help me write a eulogy for my {kin1} {P1}? She passed away on {date:L} \
at {num:72-99}. She was born on {DOB:E:o} in {town2} and married my {kin2} {G2} in {year}... \
well, decades ago. She raised five of us on {STREET}. My cousin {P3} will read a poem and \
Father {P4} leads the service at {venue}. She always quoted {pub}. Keep it under 5 minutes.""",
    "fmmm",
    "12",
)
_t(
    "en",
    """OBITUARY
{X1} ({DOB:E:o} – {date:E})
{G1} died peacefully at home in {town}, surrounded by family. Beloved husband of {P2} \
(née {S5}), father of {G3} and {G4}, grandfather of {num:3-11}. Predeceased by his brother \
{P6}. Visitation at {venue} on {date:E}, {time}. In lieu of flowers, donations to the \
hospice fund: IBAN {IBAN}, reference "{S1} memorial".
Enquiries: {P3}, {PHX}""",
    "mffmfm",
    "134",
)
_t(
    "en",
    """[{date}, {time}] {G1}: mum's flight lands at {time}, {flight}, can someone get her
[{date}, {time}] {P2}: I can, send me the pnr again
[{date}, {time}] {G1}: {pnr}. seat {seat}
[{date}, {time}] {L3}: {kin4} {G4} says the wifi at the house is {WIFI} btw
[{date}, {time}] {P2}: 👍 and whats {G4}'s new number
[{date}, {time}] {G1}: {PH}""",
    "ffmf",
    "",
)
_t(
    "en",
    """Dear {hon1} {S1},

Thank you for your message about the memorial for {P2}. I have reserved {venue} for \
{date:E}. Please send the guest list to {E3} and the slideshow photos to me at {E1}.

The family asked that condolence cards be posted to {ADDR:M}

With sympathy,
{P3}
Funeral coordinator, {company}
{PHI}""",
    "mfm",
)
_t(
    "en",
    """Please RSVP for {G1} & {G2}'s wedding ({date:E}, {venue}, {town})

name,party size,diet,phone,email
{P3},2,vegetarian,{PH},{E3}
{P4},1,halal,{PHX},{E4}⟪
{P5},4,,{PH},{E5}|⟫⟪
{F6},2,no nuts,{PHI},{E6}|⟫""",
    "fm",
)
_t(
    "en",
    """Birth announcement 🎉
We are over the moon to welcome {P1}, born {DOB:E:b} at {time}, 3.4 kg! Mum {P2} and baby are \
doing great. Big brother {G3} is already asking to hold her. Thank you to midwife {P4} and \
Dr. {S5} at the {town} maternity unit. Visitors please text {G6} first on {PH}.""",
    "ffmffm",
    "13",
)
_t(
    "en",
    """Family tree notes (for {G1}):
- Great-grandfather: {X2}, b. {DOB:E:o} in {town2}, d. {year}. Emigrated from {country}.
- His wife: {X3} (maiden name {S4}), b. {DOB:o}.
- Their son: {P5}, my grandfather, born {DOB:I:o}, worked at {company}.
- Grandmother: {P6}, born {DOB:o}. Still living at {ADDR}.
Sources: parish register of {saint}, census {year}. Ask {kin7} {G7} for the photos.""",
    "mmffmfm",
    "25",
)
_t(
    "en",
    """0 @I1@ INDI
1 NAME {G1} /{S1}/
1 SEX M
1 BIRT
2 DATE {DOB:E:o}
2 PLAC {town}, {country}
1 FAMS @F1@
0 @I2@ INDI
1 NAME {G2} /{S2}/
1 SEX F
1 BIRT
2 DATE {DOB:E:o}
1 RESI
2 ADDR {ADDR}
1 EMAIL {E2}
0 @F1@ FAM
1 HUSB @I1@
1 WIFE @I2@
1 CHIL @I3@
0 @I3@ INDI
1 NAME {G3} /{S1}/""",
    "mfm",
)
_t(
    "en",
    """Hi all, volunteer roster for the {saint} feast, {date:E}:

Kitchen: {P1} ({PH}), {P2}
Parking: {P3} and {F4}
Readings: {hon5} {S5}⟪
Kids' corner: {P6} – phone {PHX}|⟫⟪
Livestream: {U7} (stream key is {KEY}, don't share)|⟫

Thanks! {G8}, parish office""",
    "fmmmffmf",
)
_t(
    "en",
    """Mosque community committee – minutes {date}
Present: {P1} (chair), {P2}, {P3}, Sister {P4}, Br. {G5}
1. Iftar schedule: families sign up with {G2} by WhatsApp {PH}.
2. Zakat transfers now to IBAN {IBAN:P} (treasurer {P3}).
3. Complaint about parking on {pubst}: {P1} to write to the council.
4. AOB: new imam, {hon6} {S6}, starts {date:E}.
Next meeting {date}, {time}.""",
    "mmmfmm",
)
_t(
    "en",
    """member_id\tname\tdate_of_birth\tphone\temail\tfee
{memno}\t{F1}\t{DOB}\t{PH}\t{E1}\t{amount}
{memno}\t{F2}\t{DOB}\t{PH}\t{E2}\t{amount}
{memno}\t{F3}\t{DOB:k}\t{PHX}\t{E3}\t{amount}⟪
{memno}\t{F4}\t{DOB:k}\t{PH}\t{E4}\tpaid|⟫⟪
{memno}\t{F5}\t{DOB}\t{PHI}\t{E5}\t{amount}|⟫""",
)
_t(
    "en",
    """{town} Residents' Association – AGM minutes ({date:E})
Chair: {P1}. Secretary: {P2}. Treasurer: {P3}.
- {P4} (no. {num:2-80}) raised the potholes outside {STREET}; plate {plate} keeps \
parking across the drive.
- {P5} proposed a street party on {date:E}; seconded by {G2}.
- Accounts: balance {amount}; bank details unchanged (IBAN {IBAN}).
- The wifi for the hall is "{WIFI}" – {G1} will change it after the AGM.
Actions: {G1} to email the council ({EMAIL}); {G4} to collect signatures.""",
)
_t(
    "en",
    """Neighbourhood Watch – {town} (group chat export)
{date} {time} - {P1}: Someone tried the car doors on {STREET} again last night
{date} {time} - {P2}: our camera got him, MAC of the cam is {MAC} if {G3} wants to add it \
to the NVR
{date} {time} - {P3}: added. NVR is at {IP}, login admin / {PWD}
{date} {time} - {P4}: I called it in, police ref {case}
{date} {time} - {P1}: thanks {L4} 🙏""",
)
_t(
    "en",
    """PETITION: Save the {town} community library

We, the undersigned residents, ask the council to reverse the closure.

1. {P1}, {ADDR}, signed {date}
2. {P2}, {STREET}, {EMAIL}
3. {F3}, {STREET}
4. {P4} ({E4})⟪
5. {P5}, {PHX}|⟫⟪
6. {I6}, {ADDR}|⟫
Organiser: {P7}, {E7}""",
)
_t(
    "en",
    """Help me write a letter to the council. My mother {P1} (DOB {DOB:o}) lives at \
{ADDR}. The bin collection has missed her street four times. Her carer {P2} reported it \
on {date} (ref {ref}). Mum's landline is {PH}; my mobile {PHI}. Sign it from me, {P3}, \
her son.""",
    "ffm",
    "13",
)
_t(
    "en",
    """Subject: Building permit application {ref}

Applicant: {P1}
Date of birth: {DOB}
Address of works: {ADDR}
Contact: {PHX} / {E1}
Architect: {P2}, {company}
Description: single-storey rear extension, 18 m². Fee {amount} paid by card ending \
{masked}.
Neighbours notified: {P3} (left), {P4} (right).""",
)
_t(
    "en",
    """Can you translate this letter from the tax office for my dad?

---
Taxpayer: {F1}
Date of birth: {DOB}
Address: {ADDR:M}
Reference: {ref}
Dear {hon1} {S1}, our records show an outstanding balance of {amount} for {year}. Please \
pay to IBAN {IBAN} quoting your reference, or contact your advisor {P2} on {PH}.
---""",
    "mf",
)
_t(
    "en",
    """VOTER REGISTRATION – change of address
Full name: {X1}
Previous name (if any): {P1}
Date of birth: {DOB}
New address: {ADDR}
Old address: {STREET}
Phone: {PH}    Email: {E1}
Signature: {I1}    Date: {date}""",
    "f",
)
_t(
    "en",
    """Extract from the civil registry – birth
Registration no. {ref}
Child: {X1}
Sex: {num:1-2}
Date of birth: {DOB:L:k}
Place of birth: {town}
Father: {X2}, born {DOB:o}
Mother: {X3}, born {DOB}
Registrar: {P4}""",
    "mmf",
    "12",
)
_t(
    "en",
    """Police report {case}
Reporting person: {P1}, DOB {DOB}, tel. {PH}
Address: {ADDR}
Statement: On {date} around {time} my neighbour's son {G2} and his friend {P3} were \
seen leaving my garage. A bicycle and a phone (IMEI on the box) were missing. Witness: \
{P4}, {PHX}.
Officer: PC {S5} (badge {num:1000-9999})""",
    "fmmfm",
)
_t(
    "en",
    """SUMMONS
Case {case}
To: {X1}, {ADDR}
You are required to appear before {town} Magistrates on {date:E} at {time} in the matter \
of {P2} v. {S1}. Bring identification (passport no. {PASS} was recorded at filing).
Clerk: {P3}   Counsel for claimant: {P4}, {E4}""",
)
_t(
    "en",
    """JURY SUMMONS – please confirm by {date:E}
Juror: {P1}
DOB: {DOB}
Juror number: {num:10000-99999}
Address: {ADDR}
If you need to defer, call {PH} or write to the jury officer, {P2}. Do not reply to \
this email ({EMAIL}) with your SSN; use the portal.""",
)
_t(
    "en",
    """Insurance claim – road accident on {date:L}
Policyholder: {P1}, DOB {DOB}, driving licence {DL}
Vehicle: plate {plate}
Other driver: {P2}, licence no. {DL}, phone {PH}, address {ADDR}
Witness: {P3} ({PHX})
Description: I was stopped at the lights on {pubst} when {G2}'s car hit me from behind.
Claim ref {ref}. Bank for payout: {IBAN}""",
)
_t(
    "en",
    """Case note – {date}, caseworker {P1}
Client: {P2} (DOB {DOB}), with children {G3} ({DOB:k}) and {G4} ({DOB:k}).
Current address: {ADDR}. Phone {PH} (shared with sister {P5}).
Passport {PASS} held by landlord – referred to legal clinic ({P6}).
Follow-up: {date}. Do NOT share address with ex-partner {P7}.""",
    "ffmmffm",
    "234",
)
_t(
    "en",
    """REFUGEE & MIGRANT SUPPORT – INTAKE
Name: {F1}
Also known as: {N1}
Date of birth: {DOB:L}
Nationality: {country}
Passport number: {PASS}
Family in country: {P2} (spouse), {G3} (son, born {DOB:k})
Contact: {PHI}, WhatsApp {PHI}
Address in {town2}: {ADDR}
Interpreter: {P4}""",
    "mfm",
)
_t(
    "en",
    """Dating profile – please make this sound less awkward:
"Hi, I'm {G1}, 34, from {town}. You'll find me at {venue} on Sundays or hiking. I'm not \
on here long, so text me {PH} or insta {H1}. My ex {G2} says I talk too much about my \
cat.\"""",
    "fm",
)
_t(
    "en",
    """{G1}: hey! so great matching with you
{G2}: haha thanks 😊 you're not a bot right
{G1}: lol no. I'm {P1}, I work at {company}
{G2}: {P2}, nice to meet u. want to move to whatsapp? {PH}
{G1}: sure, mine is {PHI}. dinner at {venue} on {date}?
{G2}: my friend {G3} has to approve you first 😂""",
    "mf",
)
_t(
    "en",
    """Comments on "{town} flood relief – thank you volunteers!"

{P1}: So proud of this community ❤️ special thanks to {P2} who drove the van all night
  ↳ {P2}: it was nothing, {G1}! {H3} did the hard work
{P4}: Anyone still needs blankets DM me or call {PH}
{U5}: Donations via {ETH} (ETH) or {BECH} (BTC), organiser {P6}""",
)
_t(
    "en",
    """Re: Best plumber in {town}?
Posted by {U1}
> We used {P2} last spring, great work. Number is {PH}.
Reply from {U3}:
Avoid {company}. Their guy {G4} left our bathroom flooded. We ended up with {P5} \
({E5}), who was honest and cheap.
--
{P3} | {town}""",
)
_t(
    "en",
    """★★★★☆ Lovely guesthouse near {pubst}
The host {G1} picked us up from the station and her husband {G2} cooked for us. Room \
{room} was spotless. Minus one star because the {brand} in the minibar was not free 😄
— {P3}, {town2}""",
    "fmf",
)
_t(
    "en",
    """From: {P1} <{E1}>
To: {P2} <{E2}>
Date: {date:E}
Subject: Re: {G3}'s christening

Hi {G2},
Godparents are {P4} and {P5}. The priest, Fr. {S6}, needs their dates of birth:
{G4}: {DOB}
{G5}: {DOB}
Baby: {DOB:b}
> On {date:E}, {P2} wrote:
> Can you also send your address for the invitation?
{ADDR:M}

Love, {G1}
--
{P1}
{PH}""",
    "ffmmfm",
    "13",
)
_t(
    "en",
    """{P1}
[{time}] can someone pick up {kin2} {G2} from the clinic
{P3}
[{time}] I'm at work. {L4} can you?
{P4}
[{time}] yes. what's her patient number
{P1}
[{time}] it's on the card, the door code at her building is {PIN}""",
    "fffm",
    "1234",
)
_t(
    "en",
    """Here's the guest list exported from the RSVP app, can you sort by table?

guest,email,phone,table,dob (for the venue's alcohol check)
"{F1}",{E1},{PH},{num:1-12},{DOB}
"{F2}",{E2},{PH},{num:1-12},{DOB}⟪
"{F3}",{E3},{PHI},{num:1-12},{DOB}|⟫⟪
"{F4}",{E4},{PH},{num:1-12},{DOB}|⟫""",
)
_t(
    "en",
    """Naming ceremony for our daughter 🌸
Her name is {P1}! Born {DOB:E:b}.
Ceremony: {date:E}, {time}, at our home, {ADDR}.
Officiant: {hon2} {P2}. Please bring nothing but your blessings.
Directions: call {kin3} {G3} on {PH} or {kin4} {G4} on {PH}.""",
    "fmfm",
    "1",
)
_t(
    "en",
    """Bar mitzvah – {P1}
Shabbat {date:E} at the synagogue on {pubst}; kiddush after.
RSVP to {P2} ({E2}) or {P3} ({PH}).
Aliyot: grandpa {P4}, uncle {P5}. Torah tutor: {P6}.
Party at {venue} — the hall code is {PIN}.""",
    "mfmmmm",
    "1245",
)
_t(
    "en",
    """Nikah arrangements checklist
Bride: {P1}, d/o {P2}
Groom: {P3}, s/o {P4}
Witnesses: {P5}, {P6}
Imam: {hon7} {P7} ({PH})
Mahr agreed. Walima at {venue} on {date:E}. Caterer deposit {amount} to {IBAN}.
Guests list owner: {U1}""",
    "ffmmmmm",
)
_t(
    "en",
    """Temple festival volunteers – {date:E}
Prasad kitchen: {P1}, {P2}
Shoe stall: {G3} and {G4} ({PH})
Car parking near {pubst}: {P5}
Donations desk (UPI/card): {P6}, card machine PIN {PIN}
Coordinator: {P7}, {E7}""",
)
_t(
    "en",
    """Football club – U12 team sheet
#, player, DOB, parent, phone
1, {F1}, {DOB:k}, {P2}, {PH}
4, {F3}, {DOB:k}, {P4}, {PH}⟪
7, {F5}, {DOB:k}, {P6}, {PHX}|⟫⟪
9, {F7}, {DOB:k}, {P8}, {PH}|⟫
Coach: {P9} ({E9})""",
    "mfmmmfmfm",
)
_t(
    "en",
    """Chess club membership renewal
Dear {G1},
Your membership ({memno}) expires on {date:E}. Renew online with your login {U1} or pay \
{amount} at the club. If you forgot your password, the reset code is {OTP}.
Regards, {P2}, club secretary, {PH}""",
)
_t(
    "en",
    """Summarize these minutes for the newsletter:

Choir committee, {date:E}. Present: {P1}, {P2}, {P3}, {P4}. Apologies: {P5}.
{G1} thanked {G2} for organising the carol concert. Tickets raised {amount}. {G3} \
will contact the organist, {P6} ({E6}), about Easter. The hall key safe code \
is changing to {PIN}; {G4} has it. Next meeting at {ADDR}.""",
)
_t(
    "en",
    """Condolences

Dear {G1},
I was so sorry to hear about your father, {P2}. He taught me to ride a bike outside \
your house on {STREET} when we were kids. He and {kin3} {G3} were always so kind.
If there's anything at all, call me — {PH}.
With love, {P4} and family""",
    "fmfm",
    "12",
)
_t(
    "en",
    """Hey can you make this WhatsApp message nicer? I want to invite everyone:
"{kin1} {G1}'s 80th birthday!! She was born {DOB:E:o} so yes 80 😂 Lunch at {venue}, \
{date:E}, {time}. Send {amount} to {G2} ({PH}) or to my account {IBAN}. Don't tell \
her, it's a surprise. {N3} is bringing the cake.\"""",
    "ffm",
)
_t(
    "en",
    """Benefits application – household details
Applicant: {P1}    DOB: {DOB}    SSN: {SSN}
Partner: {P2}    DOB: {DOB}    ITIN: {ITIN}
Child: {P3}    DOB: {DOB:k}
Address: {ADDR}
Phone: {PH}   Email: {E1}
Bank: account {acct}, routing number on file
Caseworker: {P4}""",
    "mfm",
    "13",
)
_t(
    "en",
    """Tax prep notes (for {G1}):
- {P1} SSN {SSN}, spouse {P2} SSN {SSN}
- dependent {G3}, DOB {DOB:k}, SSN {SSN}
- 1099 from {company}, W-2 from {company}
- refund to card ending {masked}? no — direct deposit
- preparer {P4}, PTIN on file, phone {PH}""",
    "mfm",
    "123",
)
_t(
    "en",
    """Translate to English please, it's from my son's school:
Parents of {P1} (class {num:1-6}B): the trip to {town2} is on {date}. Please send \
{amount} and the consent form signed by {P2} or {P3}. Emergency contact: {PH}. \
The bus leaves from {pubst}. Teacher: {P4} ({E4}).""",
    "mfmf",
    "12",
)
_t(
    "en",
    """Crowdfunding update 💛
{P1}'s surgery went well! Thank you to all 212 donors. Special thanks to {P2}, {P3} \
and the {town} rugby club. We still need {amount} for rehab.
Bank: {IBAN:P} ({P4})
BTC: {BTC}
Cards via the link. Questions: {E4}""",
)
_t(
    "en",
    """Hi {G1}, it's {G2} from {venue}. The caretaker changed the alarm code to \
{PIN} and the wifi to {WIFI}. The spare key is with {P3} at {STREET}. If the alarm goes \
off call {PH} ({P4}).""",
)
_t(
    "en",
    """Please help me reply to this message in {town}'s parents group:

{P1}: Who took the lost-property hoodie with "{LP2}" written inside? His mum {P3} is \
looking for it. You can drop it at {ADDR} or call her {PH}
{P4}: I think {G5} from 4C has it, I'll ask {G5}'s dad {P6}""",
    "fmfffm",
    "23",
)
_t(
    "en",
    """ADOPTION SUPPORT GROUP – contact sheet (private)
{P1} & {P2} — {PH} — {E1}
{P3} — {PHX} — {E3}⟪
{F4} — {PH}|⟫
Facilitator: {P5} (social worker), {E5}
Next meeting: {date}, {ADDR}""",
)
_t(
    "en",
    """Community fridge rota ({town})
Mon {P1} | Tue {P2} | Wed {P3} | Thu {U4} | Fri {P5}
Fridge lock code: {PIN}. Problems → {G6} on {PH}.""",
)
_t(
    "en",
    """{ts} notify-svc INFO sms.sent to={PHI} template=rsvp_reminder name="{P1}" \
event="{G2}'s engagement" venue="{venue}"
{ts} notify-svc INFO email.sent to={E3} template=rsvp_reminder name="{P3}"
{ts} notify-svc WARN sms.failed to={PHI} name="{P4}" err=invalid_number""",
)
_t(
    "en",
    """My grandmother's old address book (can you put it in a table?):
{P1} – {ADDR} – tel {PH}
{P2} – {ADDR}
{kin3} {G3} – {PH}
Dr. {S4} – surgery {PH}⟪
{P5} (cousin in {town2}) – {PHI}|⟫
The back page has her bank PIN written on it: {PIN} (I know, I know)""",
)
_t(
    "en",
    """Wedding seating chart (final!!)
Table 1: {P1}, {P2}, {P3}, {P4}
Table 2: {kin5} {G5}, {kin6} {G6}, {P7}⟪
Table 3: {P8}, {P9} + 1|⟫
Photographer: {P10} ({PH}) – invoice {invoice}, paid {amount}""",
    "mfmfmf",
)
_t(
    "en",
    """Please write a short speech for my brother's wedding. His name is {G1}, the bride \
is {G2}. They met at {school} when {G1} spilled a {brand} milkshake on her. Her parents \
are {P3} and {P4}. Mention our late {kin5} {G5}, who always said {G1} would marry \
first.""",
    "mfmfm",
)
_t(
    "en",
    """Hey, it's {G1} from the {town} cycling club. For the insurance we need each rider's \
full name, date of birth and licence number:
{P2}, {DOB}, {DL}⟪
{P3}, {DOB}, {DL}|⟫
{P1}, {DOB}, {DL}
Send to {E1} before {date}.""",
)
_t(
    "en",
    """Lost & found 🐶 Our dog Biscuit ran off near {pubst}. If you see him please call \
{G1} ({PH}) or {G2} ({PH}). Reward! Microchip registered to {P1}, {ADDR}.""",
)
_t(
    "en",
    """Ticket #{num:10000-99999} – Landlord dispute
Tenant: {P1}, {ADDR}, phone {PH}
Landlord: {P2}, {E2}
Agent: {P3} at {company}
Summary: deposit of {amount} not returned since {date}. Tenant's bank {IBAN}.
Assigned to volunteer lawyer {P4}.""",
)
_t(
    "en",
    """{hon1} {P1} – home visit notes ({date})
Lives alone at {ADDR}. Daughter {P2} visits Sundays ({PH}). GP Dr {P3}.
Mentioned that a caller claiming to be from the bank asked for her card number \
{CARD} and the OTP {OTP}. Reported to bank; card blocked.""",
    "ffm",
    "12",
)
_t(
    "en",
    """Diaspora association – remittance pool, {date:E}
name, amount, sent via, recipient, recipient phone
{P1}, {amount}, WorldRemit, {P2}, {PHI}
{P3}, {amount}, Western Union, {P4}, {PHI}⟪
{P5}, {amount}, bank to {IBAN}, {P6}, {PHI}|⟫""",
)
_t(
    "en",
    """Dear committee,

I would like to nominate {P1} for the {town} volunteer of the year. Since {year} she has \
run the soup kitchen at {venue}, together with {P2} and {P3}. She can be reached at \
{E1} or {PH}.

Nominated by {P4}, {ADDR}""",
    "f",
)
_t(
    "en",
    """Slack export – #family-trip
{U1}  {time}  booked the villa! ref {pnr}, {hotel} didn't have space
{U2}  {time}  nice. whose card did you use
{U1}  {time}  mine, {CARD} exp 08/27, pls send me your share 🙏
{U3}  {time}  {H1} my share is coming, {G3} here btw
{U2}  {time}  {H1} my passport {PASS} expires in march, is that ok?""",
)
_t(
    "en",
    """Discord – #{town}-mutual-aid
**{U1}**: need someone to drive {kin2} {G2} to dialysis tue/thu
**{U3}**: I can do tue. address?
**{U1}**: {ADDR}. her number {PH}
**{U4}**: thu works for me. {H1} dm'd you
**mod-bot**: reminder: don't post full addresses publicly""",
    "mf",
)
_t(
    "en",
    """Telegram group "{S1} family" – export
{P1}, [{date} {time}]
passport renewals for the kids: {G2} {PASS}, {G3} {PASS}
{G4}, [{date} {time}]
ok. the consulate appointment is {date}, {time}. bring birth certs ({G2}: {DOB:k}, \
{G3}: {DOB:k})""",
    "mfmf",
    "123",
)
_t(
    "en",
    """Viber: {P1}
{time} Brother, it's {G1}. Send the money to this card: {CARD} (name {LP2})
{time} Or to my wife's IBAN {IBAN}
{time} Thank you, God bless. Say hi to {kin3} {G3}""",
    "mff",
)
_t(
    "en",
    """LINE chat – school reunion
{G1}: reunion at {venue}, {date}!!
{G2}: who's coming? {P3}? {P4}?
{G1}: {G3} yes, {G4} is abroad. add me: line id {U1}
{G5}: my new email {E5}
{G2}: the class rep's bank account for the deposit is {acct} ({P6})""",
)
_t(
    "en",
    """WeChat group (translated): "{town} parents of grade {num:1-6}"
{P1}: Teacher {S2} says the trip fee is {amount}
{P3}: transferred. My kid {G4}'s ID photo is sent.
{P5}: who has {G6}'s mom's number?
{P1}: {PH}""",
)
_t(
    "en",
    """KakaoTalk – {S1} family
{G1}: mom's birthday dinner {date}, {time}
{G2}: where
{G1}: her place, {ADDR}
{G3}: I'll bring cake. {kin4} {G4} can't come
{G2}: ok. door code {PIN}#""",
    "mfmf",
    "123",
)
_t(
    "en",
    """Facebook group post in "{town} Buy Swap Sell":
Selling my late father's ({P1}) tools. Pickup from {STREET}. Message {P2} or call \
{PH}. Comments:
{P3}: Sorry for your loss 💐
{P4}: Is the drill still available? {E4}""",
    "mf",
    "12",
)
_t(
    "en",
    """Signal – {G1}
{time} Hey it's {G1}. New number btw {PHI}
{time} Can you witness {kin2} {G2}'s will on {date}? Lawyer is {P3}, {ADDR}
{time} Bring ID. They'll record your passport number — mine is {PASS}, so don't forget \
yours""",
)
_t(
    "en",
    """Messenger – {P1}
Hi {G2}, it's {G1} from school 👋 So sorry to hear about {kin3} {G3}. My mum {P4} \
wants to send flowers — what's the address? Also {G5} asked for your email.
{P2}: Thank you ❤️ {ADDR}. Email {E2}""",
    "mffff",
)
_t(
    "en",
    """Please check this donation receipt for typos:

Received from: {P1}
Address: {ADDR}
Amount: {amount}  Method: card {masked}
Gift Aid: yes   Date: {date}
In memory of: {P2} ({DOB:E:o} – {date:E})
Signed: {P3}, treasurer, {company} Foundation""",
)
_t(
    "en",
    """Hi, I'm helping my neighbour {P1} ({num:70-95}) with a scam report. Someone called \
her pretending to be her grandson {G2}, said he'd been arrested in {town2}, and asked \
for crypto to {BTC}. She sent part of it from her account {IBAN}. Her phone is {PH}, \
address {ADDR}. What should we do next?""",
    "fm",
    "12",
)
_t(
    "en",
    """To the housing office,
My family ({P1}, {P2} and our children {G3}, {G4}) has been on the waiting list since \
{year} (application {ref}). We currently live at {ADDR}, one room. Our doctor, \
Dr {P5}, supports a move. Contact: {PH}, {E1}.
Dates of birth: {DOB}, {DOB}, {DOB:k}, {DOB:k}.""",
    "mfmf",
    "1234",
)
_t(
    "en",
    """Apartment building group, {town}
{P1}: the elevator is broken again 😤
{P2}: called {company}, ticket {ref}
{P3}: can whoever has flat {num:1-40} move their car ({plate})?
{P4}: that's my son {G5}, sorry, moving it now
{P1}: {L5} you're a star ⭐""",
    "....m",
)
_t(
    "en",
    """Debt advice appointment summary
Client {P1} ({DOB}) and partner {P2}.
Creditors: {company} ({amount}), card {CARD} ({amount}).
Client asked whether to give their online banking password ({PWD}) to the adviser — told \
NO, changed it on the spot.
Adviser: {P3}""",
)
_t(
    "en",
    """Hospital chaplaincy – visit requests
ward, patient, faith, requested by, phone
{num:1-12}, {F1}, Catholic, daughter {P2}, {PH}
{num:1-12}, {F3}, Muslim, son {P4}, {PH}⟪
{num:1-12}, {F5}, Hindu, wife {P6}, {PHX}|⟫⟪
{num:1-12}, {F7}, Jewish, self, {PH}|⟫""",
    "ffmmmfm",
)
_t(
    "en",
    """Memorial livestream setup for {P1}'s funeral:
- encoder at {IP}, admin password {PWD}
- youtube stream key {KEY}
- the funeral home wifi: {WIFI}
- tech contact {P2}, {PH}
- family contact {P3}, {E3}""",
)
_t(
    "en",
    """Our app log from the church bulletin bot, anything sensitive here?

{ts} DEBUG bulletin-bot user={E1} ip={IP} action=submit_prayer_request
  text="Please pray for {P2}, recovering from surgery at {venue}. Cards to {ADDR}"
{ts} DEBUG bulletin-bot user={E3} ip={IP6} action=submit_notice
  text="Lost: rosary with the name {P3} engraved"
{ts} INFO  bulletin-bot openai_key={KEY} model=gpt-4o-mini""",
)
_t(
    "en",
    """{P1}'s 18th — guest list (host: {P2})
1. {P3} (+1)
2. {P4}⟪
3. {H5}|⟫⟪
4. {U6}|⟫
5. {kin7} {G7}
Venue: {ADDR}. Gate code {PIN}. Parking on {pubst}.""",
    "ff",
    "12",
)
_t(
    "en",
    """Re: Re: cemetery plot
> The plot register lists {X1}, interred {date:E}, plot {num:1-400}.
Thanks. Can the headstone read:
  {X1}
  {DOB:E:o} – {date:E}
  Beloved {kin2} of {G3}, {G4} and {G5}
Invoice to {P3}, {ADDR}.
—
{P6} | {company} Memorials | {PH}""",
    "fmmff",
)
_t(
    "en",
    """Youth group trip — medical & consent (confidential)
{P1}: DOB {DOB:k}, allergies: peanuts. Parent: {P2} {PH}
{P3}: DOB {DOB:k}, asthma inhaler. Parent: {P4} {PH}⟪
{P5}: DOB {DOB:k}. Parent: {P6} {PHI}|⟫
Leaders: {P7} ({PH}), {P8}""",
)
_t(
    "en",
    """Hello, I need to update my details for the {town} burial society:
Name: {P1}
Old phone: {PH} -> new phone: {PHI}
Beneficiaries: {P2} (wife), {P3} (son)
Monthly contribution {amount} via debit order from {IBAN}
Member no. {memno}""",
    "mfm",
    "13",
)
_t(
    "en",
    """can u write a funny toast for my cousin {L1}'s 30th? we call her {N1}. she was born \
{DOB:E} so she's a {pub} fan obviously. her bf {L2} proposed at {venue}. keep it clean \
cos {kin3} {G3} will be there lol""",
    "fmf",
)
_t(
    "en",
    """I got this SMS, is it a scam?

"Dear {P1}, your parcel {track} is held at customs. Pay {amount} at our site and confirm \
with code {OTP}. Customer care: {PHI}"

My name is right, which scares me. My brother {P2} got the same one.""",
    ".m",
)
_t(
    "en",
    """Allotment society – plot waiting list
position | name | address | phone | since
1 | {F1} | {STREET} | {PH} | {year}
2 | {F2} | {STREET} | {PH} | {year}⟪
3 | {F3} | {STREET} | {PHX} | {year}|⟫⟪
4 | {F4} | {STREET} | {PH} | {year}|⟫
Secretary: {P5} <{E5}>""",
)
_t(
    "en",
    """Please proofread my character reference for court:

To the Honourable Judge {S1},
I have known {P2} for twelve years as a neighbour on {STREET}. He coached my son {G3} \
at the {town} boxing club and helped {kin4} {G4} after her stroke. I believe he deserves \
a second chance.
{P5}, {ADDR}, {PH}""",
    "mmmfm",
)
_t(
    "en",
    """Alumni directory update
Name: {P1} (class of {year})
Maiden name: {S9}
Lives in: {town}
Email: {E1}
Phone: {PHX}
Married to: {P2}
Children: {G3}, {G4}""",
    "fmmf",
    "134",
)
_t(
    "en",
    """Here's the family group chat, can you make a list of who owes what for {kin1} {G1}'s \
hospital bills?

{G2}: I paid {amount} at reception with my card {masked}
{G3}: I sent {amount} to {G2}'s account {IBAN}
{G4}: I'll pay next week, salary comes on the {num:1-28}th⟪
{G5}: sent {amount} in USDT to {ETH}, hope that's ok|⟫""",
    "f",
)
_t(
    "en",
    """Subject: access to grandma's email
Hi {G1}, grandma {P2} can't log into her email ({E2}) again. The password she wrote down is \
{PWD}, recovery phone {PH}. Can you help her this weekend? She's at {ADDR}.
— {G3}""",
    "mfm",
    "2",
)
_t(
    "en",
    """app: kin-tree v{ver}
POST /api/people HTTP/1.1
Authorization: Bearer {TOKEN}
{{"name": "{P1}", "born": "{DOB:I}", "parents": ["{P2}", "{P3}"], \
"email": "{E1}", "note": "from {kin4} {G4}'s shoebox"}}""",
)

# --- German
_t(
    "de",
    """In Liebe und Dankbarkeit nehmen wir Abschied von
{X1}
* {DOB:L:o}    † {date:L}
In stiller Trauer
{P2}
{G3} und {G4} mit Familien
Die Trauerfeier findet am {date:L} um {time} Uhr in der Friedhofskapelle {town} statt.
Traueradresse: Familie {S1}, {ADDR}""",
    "fmmf",
    "1234",
)
_t(
    "de",
    """[{date}, {time}] {G1}: Oma hat morgen Geburtstag!! Wer holt die Torte?
[{date}, {time}] {P2}: Ich. Schick mir nochmal die Adresse vom Heim
[{date}, {time}] {G1}: {ADDR}, Zimmer {room}. Der Code für die Tür ist {PIN}
[{date}, {time}] {G3}: Onkel {G4} kommt auch, seine neue Nummer: {PH}
[{date}, {time}] {L2}: 👍""",
    "fmfm",
)
_t(
    "de",
    """Finanzamt {town}
Steuernummer: {ref}
{hon1} {P1}
{ADDR:M}

Sehr geehrte Damen und Herren, sehr geehrte(r) {hon1} {S1},
für den Veranlagungszeitraum {year} ergibt sich eine Nachzahlung von {amount}. Ihre \
Erstattung wird auf das bekannte Konto {IBAN} überwiesen.
Geburtsdatum laut Unterlagen: {DOB}
Ihre Sachbearbeiterin: {P2}, Tel. {PH}""",
)
_t(
    "de",
    """Mitgliederliste Schützenverein {town} ({year})
Nr;Name;Vorname;Geburtsdatum;Anschrift;Telefon;E-Mail
{memno};{S1};{G1};{DOB};{ADDR};{PH};{E1}
{memno};{S2};{G2};{DOB};{ADDR};{PH};{E2}⟪
{memno};{S3};{G3};{DOB};{ADDR};{PHI};{E3}|⟫⟪
{memno};{S4};{G4};{DOB:k};{ADDR};{PH};{E4}|⟫""",
)
_t(
    "de",
    """Hallo {G1}, hier ist {G2} vom Kirchenchor. Der neue Dienstplan:
So {date}: {P3} und {P4}
So {date}: {kin5} {G5} (die Nummer hat sich geändert: {PH})
Der Schlüssel für den Gemeindesaal liegt bei {hon6} {S6}, {STREET}.
WLAN im Saal: {WIFI}""",
)

# --- French
_t(
    "fr",
    """{hon1} {P1}, son épouse ;
{P2} et {P3}, ses enfants ;
ses petits-enfants et toute la famille
ont la douleur de vous faire part du décès de
{hon4} {X4}
survenu le {date:L}, dans sa {num:70-98}e année.
Né le {DOB:L:o} à {town2}.
La cérémonie religieuse sera célébrée le {date:L} à {time} en l'église de {town}.
Condoléances : {ADDR}""",
    "ffmm",
    "1234",
)
_t(
    "fr",
    """Objet : demande de copie intégrale d'acte de naissance
Madame, Monsieur,
Je soussigné(e) {X1}, né(e) le {DOB:L} à {town}, demeurant {ADDR}, sollicite une copie \
intégrale de mon acte de naissance. Mon père : {X2} ; ma mère : {X3}.
Vous pouvez me joindre au {PH} ou par courriel : {E1}.
Fait à {town2}, le {date}
{P1}""",
    "fmf",
    "12",
)
_t(
    "fr",
    """{G1}: Coucou tout le monde, le baptême de {G2} c'est le {date} à {time} !
{G3}: Trop bien ! On apporte quoi ?
{G1}: {kin4} {G4} fait le gâteau. Le parrain c'est {P5}, la marraine {P6}
{G3}: Tu peux m'envoyer l'adresse de la salle ?
{G1}: {ADDR} (code portail {PIN})
{L5}: je serai là 🙏""",
    "fmffmf",
)
_t(
    "fr",
    """PROCÈS-VERBAL DE PLAINTE n° {case}
Plaignant(e) : {F1}, né(e) le {DOB}, demeurant {ADDR}, tél. {PH}
Mis en cause : {P2}
Faits : le {date} vers {time}, vol de mon portefeuille contenant ma carte bancaire \
({CARD}) et mon permis de conduire n° {DL}.
Agent verbalisateur : brigadier {S3}""",
)
_t(
    "fr:CA",
    """Avis de décès
{X1}
1941 – {year}
À {town}, le {date:L}, est décédé(e) {P1}, conjoint(e) de {P2}, né(e) le {DOB:L:o}.
{G1} laisse dans le deuil ses enfants {G3} ({P4}) et {G5}.
La famille recevra les condoléances au salon, {ADDR}.
Dons : Fondation du cœur. Renseignements : {PH}""",
    "fmfmf",
)

# --- Spanish
_t(
    "es",
    """{X1}
Falleció en {town} el día {date:L}, a los {num:70-98} años.
D.E.P.
Nació el {DOB:L:o}.
Sus hijos, {G2} y {G3}; hija política, {P4}; nietos, {G5} y {G6}, y demás familia \
ruegan una oración por su alma.
Funeral: {date:L}, {time}, parroquia de {saint}. Contacto: {PH}""",
    "fmmf",
    "123",
)
_t(
    "es",
    """¡Nos casamos! 💍
{P1} y {P2}
con la bendición de nuestros padres {P3}, {P4}, {P5} y {P6}
Ceremonia: {date:L}, {time}, {venue}
Confirmar asistencia con {G1} al {PH} o con {G2} al {PH}
Mesa de regalos: cuenta {IBAN}""",
    "fmmffm",
)
_t(
    "es",
    """Grupo "Familia {S1}" 👨‍👩‍👧‍👦
{G1}: Ya llegó la carta de Hacienda para la {kin2} {G2}
{G3}: ¿Qué dice?
{G1}: Que debe {amount}. Su nombre sale mal escrito: {F2}
{G4}: Mándenme foto, yo le escribo a la licenciada {P5} ({E5})
{G1}: Su fecha de nacimiento sí sale bien, {DOB:o}
{N3}: 🙏""",
    "ffmmf",
    "1234",
)
_t(
    "es",
    """Mis XV años ✨
{P1}
Te espero el {date:L} a las {time} en {venue}.
Padrinos: {P2} y {P3}
Misa en la parroquia de {saint}, {STREET}
Confirma con mi mamá, {P4}: {PH}""",
    "fmff",
    "14",
)
_t(
    "es:US,MX",
    """Hola, necesito ayuda para llenar la solicitud de mi esposo.
Nombre: {X1}
Fecha de nacimiento: {DOB}
ITIN: {ITIN}
Dirección: {ADDR}
Teléfono: {PH}
Yo soy {P2}, mi número de seguro social es {SSN}. Nuestra hija {G3} nació el {DOB:k}.""",
    "mff",
    "123",
)

# --- Portuguese
_t(
    "pt",
    """Convite 🕊️
Com alegria convidamos para o batizado de {P1}, nascido em {DOB:L:b}.
Pais: {P2} e {P3}
Padrinhos: {P4} e {P5}
Dia {date:L}, às {time}, na Igreja Matriz.
Depois, almoço em casa: {ADDR}
Confirme com a {kin6} {G6}: {PH}""",
    "mmfmff",
    "12",
)
_t(
    "pt",
    """BOLETIM DE OCORRÊNCIA Nº {case}
Vítima: {X1}, nascida em {DOB:o}, residente na {ADDR}, telefone {PH}
Autor: {P2}
Histórico: a vítima relata que no dia {date} recebeu ligação de pessoa se passando por \
seu neto {G3}, pedindo PIX de {amount}. Transferiu para conta em nome de {P4}.
Escrivão: {P5}""",
    "fmm",
)
_t(
    "pt",
    """[{date} {time}] {G1}: Gente, a vó {G2} vai fazer 90 anos!!
[{date} {time}] {G3}: Vamos fazer festa na chácara do tio {G4}
[{date} {time}] {G1}: Quem puder mandar PIX pra mim, a chave é meu email {E1}
[{date} {time}] {P5}: Mandei! E o endereço?
[{date} {time}] {G1}: {ADDR}
[{date} {time}] {N3}: ❤️""",
    "ffmm",
)

# --- Italian
_t(
    "it",
    """È mancata all'affetto dei suoi cari
{X1}
ved. {S5}
di anni {num:70-99}
Ne danno il triste annuncio i figli {G2} con {P3}, {G4}, i nipoti e i parenti tutti.
I funerali si terranno il {date:L} alle ore {time} nella chiesa parrocchiale di {town}.
Nata il {DOB:L:o}. Si ringrazia il dott. {P6} per le amorevoli cure.""",
    "fmfmmm",
)
_t(
    "it",
    """Parrocchia di {town} – turni catechismo {year}
Lunedì: {P1} ({PH})⟪
Mercoledì: {P2}, {P3}|⟫
Sabato: {hon4} {P4} – {E4}
Segreteria: {P5}, tel. {PH}
Offerte per la festa patronale: IBAN {IBAN:P} intestato a {P6}""",
)

# --- Dutch
_t(
    "nl",
    """Verdrietig maar dankbaar voor alles wat zij voor ons betekend heeft, delen wij mee \
dat is overleden
{X1}
echtgenote van {P2}
{town2}, {DOB:L:o}      {town}, {date:L}
{G3} en {P4}
{G5}
Correspondentieadres: {ADDR}""",
    "fmmff",
)
_t(
    "nl",
    """Buurtapp {town} e.o.
{P1}: Wie heeft er een pakketje voor nr {num:1-80} aangenomen?
{P2}: Ik! Ben thuis tot {time}
{P3}: Trouwens, de nieuwe wifi van het buurthuis is {WIFI}
{P4}: Bedankt {G3}. Mevrouw {S5} is jarig, kaartje ligt bij mij ({ADDR})""",
    "ffmmf",
)

# --- Polish
_t(
    "pl",
    """Z głębokim żalem zawiadamiamy, że dnia {date:L} zmarł
ś.p. {X1}
urodzony {DOB:L:o} w {town2}.
Msza żałobna zostanie odprawiona w kościele parafialnym w {town}.
Pogrążeni w smutku: żona {P2}, synowie {G3} i {G4} z rodzinami.
Kontakt: {PH}""",
    "mfmm",
    "12",
)
_t(
    "pl",
    """Wspólnota Mieszkaniowa – protokół z zebrania {date}
Obecni: {P1}, {P2}, {P3}, {F4}
1. Pani {S2} zgłosiła przeciekający dach nad lokalem {num:1-30}.
2. Zarządca: {P5}, tel. {PH}, e-mail {E5}.
3. Fundusz remontowy: wpłaty na konto {IBAN}.
Adres wspólnoty: {ADDR}
Protokołował: {P6}""",
    "mf",
)

# --- Turkish
_t(
    "tr",
    """Vefat ve Başsağlığı
{town} ilçesinden {X1} ({DOB:o} doğumlu) {date} tarihinde Hakk'ın rahmetine kavuşmuştur.
Merhum, {P2}'in eşi, {G3} ve {G4}'ün babasıdır.
Cenazesi {date} günü öğle namazını müteakip kaldırılacaktır.
Taziye için: {PH} ({G3})""",
    "mfmm",
)
_t(
    "tr",
    """Apartman Yönetimi – {town}
{G1} {kin1}: Aidatlar {date}'e kadar yatırılsın lütfen, IBAN: {IBAN}
{P2}: Tamam. Daire {num:1-20}
{G3} {kin3}: Kapı şifresi değişti mi?
{G1} {kin1}: Evet, yeni şifre {PIN}⟪
{P4}: {G5} Bey'in telefonu {PH}, adres {ADDR}|⟫""",
    "ffmfm",
)

# --- Russian / Ukrainian
_t(
    "ru",
    """{date} на {num:70-95}-м году жизни скончалась
{X1}
({DOB:L:o} – {date:L})
Прощание состоится {date} в {time} по адресу: {ADDR}.
Скорбим вместе с детьми — {P2} и {P3}.
Справки по телефону {PH}.""",
    "fmf",
    "123",
)
_t(
    "ru",
    """Протокол общего собрания собственников ТСЖ «Рассвет» от {date}
Председатель: {I1}
Секретарь: {I2}
Присутствовали: {P3} (кв. {num:1-120}), {P4} (кв. {num:1-120}), {F5} (кв. {num:1-120})
Слушали: {P3} о замене лифта.
Контакты председателя: {PH}, {E1}""",
)
_t(
    "ru",
    """{N1}: Мам, ты дома?
{G2}: Да. Бабушка {G3} приедет завтра, встреть её на вокзале
{N1}: Ок. Пришли её номер
{G2}: {PH}. И код от подъезда {PIN}
{G4}: Я тоже приеду, мой новый номер {PHI}⟪
{G2}: Адрес тёти {G5}: {ADDR}|⟫""",
    "ffffm",
)
_t(
    "uk",
    """Оголошення для мешканців будинку
Збір коштів на ремонт даху: {amount} з квартири.
Реквізити: IBAN {IBAN}, отримувач {X1}.
Питання — до {P2} ({PH}) або {P3}.
Адреса: {ADDR}
Дякуємо, {G1}""",
)
_t(
    "uk",
    """Привіт! Це {G1}. Збираємо на авто для бригади мого брата {G2}.
Картка: {CARD} ({F1})
Крипта: {ETH}
Звіт пізніше. Мої контакти: {PH}, {H1}
Дякую, {N3}!""",
    "fmf",
    "12",
)

# --- Arabic, Hebrew, Persian
_t(
    "ar",
    """انتقل إلى رحمة الله تعالى
المرحوم {X1}
عن عمر يناهز {num:60-95} عاماً
والد كل من: {G2} و{G3} و{G4}
تقبل التعازي في منزل الفقيد: {ADDR}
للتواصل: {PH} ({G2})
إنا لله وإنا إليه راجعون""",
    "mmmf",
    "1234",
)
_t(
    "ar",
    """بكل الحب ندعوكم لحضور عقد قران
{P1}
على
{P2}
وذلك يوم {date:L} الساعة {time}
العنوان: {ADDR}
للاستفسار: {PH} – {PHI}""",
    "mf",
)
_t(
    "ar",
    """{G1}: السلام عليكم، جواز سفر {G2} رقمه {PASS} وينتهي قريباً
{G3}: وعليكم السلام، أرسلي رقم الوالدة
{G1}: {PH}
{G4}: تاريخ ميلادها {DOB:o} صح؟
{G1}: نعم. والإيميل تبعها {E5}""",
    "fmmmf",
)
_t(
    "he",
    """הודעת אבל
בצער רב אנו מודיעים על פטירתה של
{X1} ז"ל
נולדה ב-{DOB:o}
הלוויה תתקיים ביום {date}, בשעה {time}, בבית העלמין ב{town}.
השבעה בבית המשפחה: {ADDR}
המשפחה: {P2}, {P3}
טלפון: {PH}""",
    "fmf",
    "123",
)
_t(
    "fa",
    """با نهایت تأسف درگذشت
مرحوم {X1}
متولد {DOB:C:o}
را به اطلاع می‌رساند. مراسم ختم روز {date} ساعت {time} برگزار می‌گردد.
نشانی منزل: {ADDR}
خانواده‌های {S1} و {S2}
تماس: {PH}""",
    "mf",
)

# --- East Asian
_t(
    "ja",
    """訃報
{P1}儀 かねてより療養中のところ {date:L}に永眠いたしました
享年{num:70-99}歳（{DOB:C:o}生）
通夜 {date:L} 午後6時より
葬儀 {date:L} 午前11時より
場所 {town}市民斎場
喪主 {P2}（長男）
連絡先 {PH}""",
    "fm",
    "12",
)
_t(
    "ja",
    """回覧板　{town}町内会
清掃活動のお知らせ（{date:L}）
班長：{P1}（{PH}）
副班長：{S2}さん
欠席の方は{S3}さんまでご連絡ください。メール：{E3}
会場：{ADDR}""",
)
_t(
    "ja",
    """{S1}さん: 明日の七五三、{time}に神社集合でお願いします
{G2}: 了解です！住所もう一度送ってもらえますか
{S1}さん: {ADDR}
{N3}: ばあばの電話番号は {PH} です
{G2}: ありがとう〜 {S4}さんにも伝えておきます""",
)
_t(
    "ko",
    """[부고]
{P1}님께서 {date:L} 별세하셨기에 삼가 알려드립니다.
상주: {P2}, {P3}
빈소: {town} 장례식장 {num:1-9}호실
발인: {date:L} 오전 {num:6-9}시
계좌번호: 국민은행 {acct} ({P2})
연락처: {PH}""",
    "mmf",
    "12",
)
_t(
    "ko",
    """{G1}: 엄마 생신 {date} 저녁 {time}
{G2}: 어디서?
{G1}: 집. {ADDR}
{G3}: 이모 {G4}도 온대
{G2}: 현관 비번 {PIN}* 맞지?⟪
{G1}: ㅇㅇ {P5} 삼촌 번호 {PH}|⟫""",
    "fmfff",
)
_t(
    "zh",
    """讣告
{X1}先生于{date:L}因病医治无效逝世，享年{num:70-98}岁。
{P1}生于{DOB:L:o}，{town}人。
兹定于{date:L}上午在{town}殡仪馆举行告别仪式。
联系人：{P2}（{PH}）
家属：{P3}、{P4}""",
    "mmff",
    "12",
)
_t(
    "zh",
    """【{town}业主群】
{P1}：明天停水，大家注意
{N2}：收到！{G3}阿姨的快递在我这儿，单号{track}
{P4}：物业电话是多少？
{P1}：{PH}
{G5}：我家地址 {ADDR}，麻烦送一下""",
    "mffmm",
)
_t(
    "zh:TW,HK",
    """里長通知（{town}）
各位鄰居好，{date}將進行社區消毒。
聯絡人：{P1} 里長，電話 {PH}
志工：{P2}、{P3}、{P4}
捐款帳戶：{acct}（戶名：{P5}）
聯絡地址：{ADDR}""",
)
_t(
    "vi",
    """CÁO PHÓ
Gia đình chúng tôi vô cùng thương tiếc báo tin:
Cụ ông {X1}
Sinh {DOB:L:o}
Đã từ trần vào hồi {time} ngày {date}, hưởng thọ {num:70-99} tuổi.
Lễ viếng tại nhà riêng: {ADDR}
Con trai: {P2}; con gái: {P3}
Liên hệ: {PH}""",
    "mmf",
    "12",
)
_t(
    "vi",
    """Nhóm Zalo "Gia đình {S1}"
{kin2} {G2}: Chủ nhật giỗ ông nội nhé cả nhà
{G3}: Dạ, con về. Địa chỉ nhà {kin4} {G4} là {ADDR} đúng không ạ?
{kin2} {G2}: Đúng rồi. Ai góp tiền thì gửi STK {acct} ({F2})
{G5}: Mật khẩu wifi nhà mình là {WIFI} nha""",
    "mffmf",
    "12",
)
_t(
    "th",
    """ขอเชิญร่วมงานฌาปนกิจศพ
คุณ{P1}
เกิดวันที่ {DOB:C:o}
สวดพระอภิธรรม {date:L} เวลา {time} น.
ติดต่อ: {P2} โทร {PH}
บ้านเลขที่: {ADDR}
โอนร่วมทำบุญ: บัญชี {acct} ชื่อบัญชี {P3}""",
)

# --- South-East Asian (Latin script)
_t(
    "id",
    """Berita Duka Cita
Telah meninggal dunia {hon1} {X1}, lahir {DOB:L:o}, pada {date:L} pukul {time} WIB.
Jenazah disemayamkan di rumah duka {ADDR}.
Yang berduka: {P2} (istri), {G3}, {G4} (anak-anak).
Info: {PH} ({G3})""",
    "mfmf",
)
_t(
    "id",
    """Grup Arisan RT 0{num:1-9}
{hon1} {G1}: Ibu-ibu, arisan bulan ini di rumah Bu {G2}, {STREET}
{G3}: Siap. Transfer ke rekening siapa?
{hon1} {G1}: BCA {acct} a.n. {P1}
{G4}: Bu {G2} nomornya ganti ya? {PH}
{G2}: Iya, yang lama hilang 🙏""",
    "ffff",
)
_t(
    "id",
    """Undangan Pernikahan
{P1} & {P2}
Putri dari Bapak {P3} & Ibu {P4}
Putra dari Bapak {P5} & Ibu {P6}
Akad: {date:L}, {time}, di kediaman mempelai wanita, {ADDR}
Amplop digital: {acct} a.n. {P1}
RSVP: {PH}""",
    "fmmfmf",
)
_t(
    "ms",
    """Jemputan Kenduri Kahwin
{hon1} {P1} & {hon2} {P2}
dengan segala hormatnya menjemput ke majlis perkahwinan anakanda
{P3} & {P4}
pada {date:L}, {time}, di {ADDR}
Untuk pertanyaan: {PH} ({G5})""",
    "mffmm",
)
_t(
    "taglish",
    """GC ng Pamilya {S1} 😂
{kin2} {G2}: Mga anak, debut ni {G3} sa {date}! 18 roses list pls
{G4}: Ako na mag-ayos. {kin5} {G5}, pwede po kayo sa 18 candles?
{kin5} {G5}: Oo naman! Send mo address ng venue
{G4}: {ADDR}. GCash ko {PH} for ambag
{N3}: love u all!!""",
    "ffffff",
    "1234",
)
_t(
    "tl",
    """Kay Kapitan {S1},
Ako po si {X2}, {num:18-80} taong gulang, ipinanganak noong {DOB:L}, nakatira sa {ADDR}. \
Humihingi po ako ng barangay clearance para sa aking trabaho. Maaari po akong tawagan \
sa {PH}.
Lubos na gumagalang,
{P2}""",
)

# --- African languages
_t(
    "sw",
    """TANGAZO LA MSIBA
Familia ya {S1} inasikitika kutangaza kifo cha mpendwa wetu {X1} kilichotokea {date:L}.
Alizaliwa {DOB:L:o}. Mazishi yatafanyika {town2}.
Michango kupitia M-Pesa {PH} ({P2}) au benki {acct}.
Kwa maelezo zaidi wasiliana na {P3}, {PH}""",
    "fmm",
    "1",
)
_t(
    "sw",
    """Chama cha {town} – mkutano {date}
{P1}: Wanachama wote tafadhali lipeni mchango kabla ya {date}
{P2}: Nimetuma kwa {PH}
{P3}: Namba ya paybill?
{P1}: {num:100000-999999}, akaunti jina lako. Mweka hazina ni {P4}, {E4}""",
)
_t(
    "am",
    """የሐዘን መግለጫ
አቶ {X1} በ{date} ከዚህ ዓለም በሞት ተለይተዋል።
የተወለዱት፦ {DOB:C:o}
ለቅሶ የሚደረገው፦ {ADDR}
ለበለጠ መረጃ፦ {P2} {PH}""",
    "mf",
)
_t(
    "so",
    """Geeridii {X1}
Waxaa geeriyooday {date}. Wuxuu dhashay {DOB:o}.
Tacsida waxaa lagu qaadanayaa gurigiisa: {ADDR}
Xiriir: {P2} {PHI}""",
    "mm",
)
_t(
    "sn",
    """Zviziviso zverufu
Mhuri ya{S1} inozivisa kufa kwa{X1}, akazvarwa {DOB:o}.
Kuviga kuchaitwa {date} ku{town}.
Bata {P2} pa {PH}""",
    "f",
)
_t(
    "rw",
    """Itangazo ry'urupfu
Umuryango wa {P2} ubabajwe no kumenyesha urupfu rwa {X1}, wavutse {DOB:o}.
Gushyingura bizaba {date} i {town}.
Ubufasha: MoMo {PH} ({P3})""",
)
_t(
    "af",
    """Met groot hartseer kondig ons die afsterwe aan van
{X1}
gebore {DOB:o}
Die roudiens vind plaas in {town} op {date} om {time}.
Navrae: {P2}, {PH}""",
)
_t(
    "ht",
    """Avi lanmò
Fanmi {S1} anonse lanmò {X1}, ki te fèt {DOB:o}.
Fineray la ap fèt {date} nan legliz {town}.
Pou plis enfòmasyon rele {P2} nan {PH}.""",
)

# --- South Asian
_t(
    "hi",
    """अत्यंत दुःख के साथ सूचित किया जाता है कि
श्री {X1}
(जन्म: {DOB:o})
का {date} को देहांत हो गया।
शांति पाठ: {date}, {time}, {ADDR}
शोकाकुल: {P2} (पत्नी), {P3}, {P4}
संपर्क: {PH}""",
    "mfmf",
    "1234",
)
_t(
    "hinglish",
    """Family group 👨‍👩‍👧
{kin1} {G1}: beta {L2}, shaadi ka card print ho gaya?
{G2}: haan {kin1}, {G3} bhaiya ne dekh liya. address galat tha, sahi wala: {ADDR}
{G3}: {kin4} {G4} ka number {PH} hai, unko bhi bhej do
{G2}: ok. aur mehendi {date} ko hai na? {P5} aunty ne pucha""",
    "ffmmf",
)
_t(
    "bn",
    """শোক সংবাদ
আমাদের প্রিয় {X1} ({DOB:o}) {date} তারিখে ইন্তেকাল করেছেন।
জানাজা: {date}, {time}, {town}
ঠিকানা: {ADDR}
যোগাযোগ: {P2}, {PH}""",
)
_t(
    "ta",
    """கண்ணீர் அஞ்சலி
{X1}
பிறப்பு: {DOB:o}
இறப்பு: {date}
இறுதிச் சடங்கு: {ADDR}
தொடர்புக்கு: {P2} – {PH}""",
)
_t(
    "ur",
    """انا للہ وانا الیہ راجعون
{X1} ({DOB:o}) کا انتقال {date} کو ہوا۔
نماز جنازہ: {time}، {ADDR}
سوگوار: {P2}، {P3}
رابطہ: {PH}""",
)
_t(
    "si",
    """අභාවප්‍රාප්ත විය
{X1}
උපත: {DOB:o}
අවසන් කටයුතු: {ADDR}
දුරකථන: {PH} ({P2})""",
)
_t(
    "ne",
    """श्रद्धाञ्जली
स्व. {X1}
जन्म: {DOB:C:o}
मृत्यु: {date}
शोकाकुल परिवार: {P2}, {P3}
ठेगाना: {ADDR}
सम्पर्क: {PH}""",
)

# --- European (one or two each)
_t(
    "el",
    """Η οικογένεια ανακοινώνει με θλίψη τον θάνατο της
{X1}
γεννηθείσας στις {DOB:L:o}
Η κηδεία θα γίνει {date:L}, ώρα {time}, στον Ιερό Ναό Αγίου Νικολάου, {town}.
Τα παιδιά: {P3}, {P4}
Διεύθυνση: {ADDR}
Τηλ.: {PH}""",
    "f",
)
_t(
    "cs",
    """S bolestí v srdci oznamujeme, že nás dne {date:L} navždy opustila
paní {X1}
narozená {DOB:L:o}.
Poslední rozloučení se koná v obřadní síni v {town}.
Za rodinu: {P2}, {P3}
Kondolence: {ADDR}, tel. {PH}""",
    "fmf",
    "123",
)
_t(
    "hu",
    """Fájó szívvel tudatjuk, hogy
{X1}
született {DOB:L:o}
életének {num:70-99}. évében elhunyt.
Temetése {date:L} {time} órakor lesz.
Gyászolják: {P2}, {P3}, unokái.
Részvétnyilvánítás: {ADDR}""",
)
_t(
    "ro",
    """Cu adâncă durere anunțăm trecerea la cele veșnice a celui care a fost
{X1}
născut la {DOB:L:o}.
Slujba de înmormântare va avea loc {date:L}, ora {time}.
Familia îndoliată: {P2}, {P3}, {P4}.
Informații: {PH}, {ADDR}""",
    "mf",
)
_t(
    "sv",
    """Vår älskade
{X1}
* {DOB:L:o}
har idag lämnat oss i stor sorg och saknad
{town} {date:L}
{P2}
{G3} och {G4} med familjer
Minnesgåvor till Swish {PH}. Adress: {ADDR}""",
    "mf",
    "12",
)
_t(
    "no",
    """Hei alle sammen i borettslaget!
Dugnad lørdag {date}. Styreleder {P1} ({PH}) fordeler oppgaver.
{P2} og {P3} tar grillen, {G4} tar med kaffe.
Nøkkelboksen ved {ADDR} har ny kode: {PIN}
Mvh {P5}""",
)
_t(
    "fi",
    """Rakkaamme
{X1}
s. {DOB:L:o} {town2}
k. {date:L} {town}
Kaivaten {P2}, {G3} ja {G4} perheineen
Muistotilaisuuteen ilmoittautumiset {P5}, {PH}. Osoite: {ADDR}""",
)
_t(
    "lt",
    """Mirė {X1} ({DOB:o}–{date}).
Atsisveikinimas {date:L} laidojimo namuose.
Užuojautas galite siųsti {E2} arba paskambinti {P2} tel. {PH}.
Adresas: {ADDR}""",
)
_t(
    "bg",
    """ТЪЖНА ВЕСТ
На {date} почина нашата скъпа
{X1}
родена на {DOB:L:o}
Поклонението ще се състои в {town}.
От семейството: {P2}, {P3}
Тел. {PH}, {ADDR}""",
    "fmf",
    "123",
)
_t(
    "sr",
    """Dana {date:L} preminuo je naš dragi
{X1}
rođen {DOB:L:o}.
Sahrana će se obaviti na gradskom groblju.
Ožalošćeni: supruga {P2}, sinovi {G3} i {G4}
Kontakt: {PH}, {ADDR}""",
    "mfmm",
    "1234",
)
_t(
    "is",
    """Ástkær móðir okkar, tengdamóðir og amma,
{X1}
fædd {DOB:L:o},
lést {date:L}.
Útförin fer fram frá kirkjunni í {town}.
{P2}, {P3}
Sími: {PH}""",
    "f",
)
_t(
    "ga",
    """Fógra báis
{X1}, {ADDR}
Rugadh {DOB:o}.
Ar shlí na fírinne {date}. Ag caoineadh: {P2}, {P3}.
Eolas: {PH}""",
)
_t(
    "ca",
    """Ens ha deixat
{X1}
nascuda el {DOB:o}
La cerimònia serà el {date} a les {time}.
Família: {P2}, {P3}
Contacte: {PH}, {E2}""",
    "f",
)

# --- Caucasus, Central Asia, Mongolia, mainland SE Asia, Pacific
_t(
    "ka",
    """გარდაიცვალა {X1}
დაბადებული {DOB:L:o}
პანაშვიდი გაიმართება მის სახლში: {ADDR}
ოჯახი: {P2}, {P3}
ტელ: {PH}""",
)
_t(
    "hy",
    """Մահազդ
Խորին ցավով տեղեկացնում ենք, որ մահացել է {X1}-ը
ծնվել է {DOB:L:o}
Հոգեհանգիստը՝ {ADDR}
Ընտանիք՝ {P2}, {P3}
Հեռ.՝ {PH}""",
)
_t(
    "az",
    """Vəfat elanı
{X1} ({DOB:L:o}) {date} tarixində dünyasını dəyişib.
Yas mərasimi: {ADDR}
Ailəsi: {P2}, {P3}
Əlaqə: {PH}""",
)
_t(
    "uz",
    """Hurmatli qo'shnilar! {date} kuni {P1}ning o'g'li {G2}ning to'yi bo'ladi.
Manzil: {ADDR}
Telefon: {PH}
Hurmat bilan, {P3}""",
    "mm",
)
_t(
    "kk",
    """Құрметті ағайын-туыс!
{P1} мен {P2} үйлену тойына шақырамыз.
Күні: {date}, сағат {time}
Мекенжайы: {ADDR}
Тел.: {PH}""",
    "mf",
)
_t(
    "tg",
    """Даъватнома
Хонаводаи {S1} шуморо ба тӯйи писарашон {G2} даъват мекунад.
Сана: {date}, соат {time}
Суроға: {ADDR}
Тел.: {PH}""",
    "mm",
    "12",
)
_t(
    "mn",
    """Эмгэнэл
{X1} {date}-нд таалал төгсөв.
Төрсөн: {DOB:o}
Гэр бүл: {P2}, {P3}
Хаяг: {ADDR}
Утас: {PH}""",
)
_t(
    "km",
    """សូមអញ្ជើញចូលរួមពិធីបុណ្យសព
{P1}
កើតថ្ងៃទី {DOB:o}
នៅ៖ {ADDR}
ទំនាក់ទំនង៖ {P2} {PH}""",
)
_t(
    "my",
    """နာရေးသတင်း
ဦး{X1} ({DOB:o})
ကွယ်လွန်သည်မှာ {date}
အိမ်လိပ်စာ: {ADDR}
ဆက်သွယ်ရန်: {P2} {PH}""",
    "m",
)
_t(
    "mi",
    """Kua hinga te tōtara
{X1}
I whānau mai {DOB:o}
Ka tū te tangihanga ki te marae o {town}.
Whakapā atu ki a {P2}, {PH}""",
)
_t(
    "fj",
    """Na Kaci ni Mate
Sa mate o {X1} ena {date}. A sucu ena {DOB:o}.
Na veiqaravi ena vale: {ADDR}
Veitaratara: {P2} {PH}""",
)
_t(
    "sm",
    """Faamanatu o le maliu
Ua maliu {X1} i le {date}. Na fanau i le {DOB:o}.
O le falelauasiga: {ADDR}
Faafesootai: {P2} {PH}""",
)

# --- near-miss only (nothing to remove)
_n(
    "en",
    """Reading group reminder: this month we discuss {pub}'s memoir. We meet at the \
library on {pubst} at {time}. Bring snacks; the {brand} cookies last time were a hit.""",
)
_n(
    "en",
    """Trip is booked! Flight {flight} on {date}, booking ref {pnr}, seat {seat}. \
{hotel}, room {room}, check-in after 2pm. Total {amount}, paid with card {masked}. \
Return train {num:100-999}, coach {num:1-12}, seat {seat}.""",
)
_n(
    "en",
    """Feast of {saint} this Sunday: procession leaves {school} at {time} and goes along \
{pubst}. Mass times: 8:00, 10:30, {time}. Collection for the parish roof, ref {ref}.""",
)
_n(
    "en",
    """Which is nicer for a honeymoon, {placename} or {placename}? We also thought about \
{placename}. Budget is about {amount}, flying {flight}.""",
)
_n(
    "en",
    """Review of the {brand} shop on {pubst}: order {order}, tracking {track}, invoice \
{invoice}. The parcel came two days late but the staff were lovely. 4/5.""",
)
_n(
    "en",
    """Council agenda ({date}): item 4 – resurfacing of {pubst}; item 5 – new signage at \
{school}; item 6 – statue of {pub} in the square. Reference {ref}. Public gallery open from \
{time}.""",
)
_n(
    "en",
    """Meter readings for the community hall: electricity meter {meter} showed {num:1000-90000} \
kWh on {date}; water meter {meter}. Customer number {acct}, account {acct}. Next bill {amount}.""",
)
_n(
    "en",
    """Parking fine received: vehicle {plate}, case {case}, {amount}, due {date}. The \
car park is next to {school} on {pubst}. Appeal reference {ref}.""",
)
_n(
    "en",
    """Can you find a quote by {pub} about grief for a sympathy card? Something like what \
{pub} said about love outliving us. Also one from {pub} if possible.""",
)
_n(
    "en",
    """{ts} INFO llm-gateway req={uuid} model=gpt-4o-mini ver={ver} commit={sha} \
latency_ms={num:100-9000} tokens_in={num:50-4000} status=200 route=/v1/chat/completions""",
)
_n(
    "en",
    """Dinner menu for the parish supper: Caesar salad, Beef Wellington, Eggs Benedict, \
Peach Melba and Pavlova. Drinks: {brand}. Tables 1–{num:5-20}, hall booking {ref}.""",
)
_n(
    "en",
    """Match day! {pub} was spotted at the stadium on {pubst}. Kick-off {time}, gates \
open at {time}. Tickets {amount}, block {num:100-130}, row {num:1-40}, seat {seat}.""",
)
_n(
    "en",
    """The vaccination clinic has moved to {school}. Bring the child health card and \
your appointment code {ref}. Opening hours {time}–{time}. Buses {num:1-99} and \
{num:1-99} stop on {pubst}.""",
)
_n(
    "en",
    """Please translate this notice: "Road closure on {pubst} from {date} {time} to \
{date}. Diversion via {pubst}. Works order {order}. Enquiries: quote {ref}." """,
)
_n(
    "en",
    """Mass and service times at {saint} Church, {town}: Saturday vigil {time}, Sunday \
{time}. Confessions after Mass. Parish newsletter no. {num:100-900}, version {ver}.""",
)
_n(
    "en",
    """Booking confirmation {pnr}: {hotel}, {num:1-4} rooms, {date} to {date}. Airport \
transfer from {town} station, shuttle {num:1-30}. Amount {amount}, card {masked}.""",
)
_n(
    "en",
    """Quiz night questions: 1) Who painted the Mona Lisa? 2) What did {pub} win in \
{year}? 3) Which city is named after Queen Victoria? 4) Who founded {brand}? Answers \
sheet {ref}.""",
)
_n(
    "en",
    """Our school is named after {pub}; this year's prize-giving is on {date} in the \
hall on {pubst}. Tickets {amount}; proceeds go to the {brand} Foundation, receipt {invoice}.""",
)

# --- short messages and requests
_t("en", """{G1} can you send me {kin2} {G2}'s new number? the old one doesn't work""")
_t("en", """new number, save it: {PHX} – {G1}""")
_t("en", """Is this a real IBAN? {IBAN} My cousin wants me to send money for the funeral.""")
_t("en", """what's the wifi at grandma's? -> {WIFI}""")
_t(
    "en",
    """Reminder from {venue}: your hall booking {ref} on {date} is confirmed. Door code {PIN}.""",
)
_t("en", """Translate to English: "{hon1} {S1}, your appointment is on {date} at {time}." """)
_t(
    "en",
    """My router shows an unknown device {MAC} at {IP} on our home network. My son {G1} \
says it's not his tablet. How do I block it?""",
    "m",
)
_t(
    "en",
    """Parental controls: kids' tablet MAC {MAC}, router at {IP}, admin password {PWD}. \
Can you tell me how to set bedtime limits?""",
)
_t(
    "en",
    """Our church's donation page got this comment: "send tithe in BTC to {BECH}". \
Is that ours? The treasurer is {P1}.""",
)
_t("en", """Happy birthday {kin1} {G1}!! 🎂🎈 love from all of us""")
_t("en", """RIP {P1}. You were the kindest neighbour on our street. 🕯️""")
_t(
    "en",
    """Can you check if this card number is valid? {CARD} It's my dad's, he read it to me \
over the phone.""",
)
_t("en", """Got a text: "your verification code is {OTP}". I didn't ask for it. Should I worry?""")
_t("en", """{H1} thanks for organising the potluck!! 🙌""")
_t(
    "en",
    """Please make this polite: "{G1}, stop parking your van ({plate}) in front of my \
gate." """,
)
_t("en", """@here the bake sale raised {amount}! Thank you {H1}, {H2} and {H3} 💛""")
_t(
    "en",
    """Hi, this is {P1} from the {town} food bank. Are you still able to volunteer on \
{date}?""",
)
_t(
    "en",
    """my mum's email got hacked, her address is {E1}. The hacker changed the recovery \
phone to {PHI}.""",
)
_t("en", """Send the deposit for the reunion cabin to {ETH} (that's {G1}'s wallet).""")
_t("en", """Our landlord {P1} wants our bank login to "verify income". Is that normal?""")
_t("en", """{ts} rsvp-manager INFO guest_added event={uuid} name="{P1}" plus_one=true""")
_t("en", """{ts} famchat-bot WARN rate_limited user={U1} ip={IP6}""")
_t("en", """{ts} council-letters ERROR smtp auth failed user={EMAIL} password={PWD}""")
_t("en", """DOB check for the youth trip: {G1} {DOB:k}, {G2} {DOB:k}""")
_t(
    "en:JP,TH,IR,NP,ET,SA,TW",
    """Can you convert this date of birth to the Gregorian calendar? {DOB:C}""",
)
_t(
    "en",
    """We found my great-great-grandmother! {X1}, born {DOB:E:o} per the baptism \
register. 😭""",
    "f",
)
_t("en", """Driver for the funeral convoy: {P1}, licence {DL}. Car {plate}.""")
_t("en", """Who has the spare key? {G1} or {G2}? I'm locked out at {STREET}.""")
_t("en", """Please forward to {E1}: the minutes are attached, password to open is {PWD}""")
_t(
    "en",
    """Hi {G1}! It's {G2}, {G3}'s mum. Playdate Saturday? Our address is {ADDR}.""",
    "ffm",
    "23",
)
_t(
    "en",
    """Our home assistant logs show requests from {IP} and {IP6} at 3am. The only \
people at home were me and {G1}.""",
)
_t("en", """Did {G1} ever pay back the {amount}? she said she'd send it to {IBAN}""", "f")
_t(
    "de",
    """Bin gleich da! Schick mir bitte nochmal die Nummer von Tante {G1}: \
ich hab nur {PH}, die geht nicht.""",
    "f",
)
_t("fr", """Salut {G1}, c'est {G2}. Mon nouveau numéro : {PH}. Bisous !""")
_t("es", """{kin1} {G1}, ¿me pasas la contraseña del wifi? — {WIFI}, mijo""", "f")
_t("pt", """Oi {G1}! O código do portão mudou, agora é {PIN}. Bjs, {G2}""")
_t("ru", """{G1}, переведи, пожалуйста, {amount} на карту {CARD}. Спасибо! {N2}""")
_t("tr", """{G1} Hanım, randevunuz {date} saat {time}. Bilgi için: {PH}""", "f")
_t("id", """Pak {G1}, ini nomor WA saya yang baru ya: {PH}. Salam, {G2}""", "m")
_t("ja", """{S1}さん、来週の町内会の件、{E1}に資料を送りました。""")
_t("ko", """{G1}아, 새 번호야 {PH} 저장해줘 – {G2}""")
_t("zh", """{G1}，我换号码了：{PH}。有事找我。""")
_t("ar", """مرحبا {G1}، هذا رقمي الجديد {PH}، تحياتي {G2}""")
_t("vi", """{kin1} {G1} ơi, số mới của con là {PH} nha.""")
_t("sw", """Habari {G1}, namba yangu mpya ni {PH}. Asante, {G2}""")
_t("pl", """Pani {S1}, przypominam o zebraniu {date} o {time}. Pozdrawiam, {P2}""", "f")
_t("it", """Ciao {G1}, il codice del cancello è {PIN}. A domenica! {G2}""")
_t("nl", """Hoi {G1}, het nieuwe nummer van {kin2} {G2} is {PH}.""")
_t("hinglish", """{G1} bhai, UPI pe {amount} bhej diya. {G2} didi ka number {PH} hai""", "mf")
_t("taglish", """{kin1} {G1}, pa-send naman ng GCash number mo ulit, {PH} pa rin ba?""", "f")

# --- forms, configs and notes with few names
_t(
    "en",
    """Community centre network notes (pinned in the office):
router {IP} admin / {PWD}
guest wifi "Hall-Guest" password {WIFI}
printer {IP} (MAC {MAC})
CCTV recorder {IP6}, MAC {MAC}
ISP support line {PH}, account {acct}""",
)
_t(
    "en",
    """Mum's phone recovery codes (keep in the drawer!):
{OTP}  {OTP}  {OTP}
{OTP}  {OTP}
Apple ID email: {EMAIL}
Screen passcode: {PIN}""",
)
_t(
    "en",
    """Pharmacy delivery for Flat {num:1-40}: {ADDR}. Ring {PH} on arrival, the buzzer is \
broken. Date of birth for ID check: {DOB:o}.""",
)
_t(
    "en",
    """Babysitter notes 🧸
Address: {ADDR}
Our phones: {PH} / {PH}
Alarm code {PIN}, wifi {WIFI}
Bedtime 7:30. Emergency: neighbour {G1} at {STREET}.""",
)
_t(
    "en",
    """# club website config (.env) – why doesn't the contact form send?
DATABASE_URL=postgres://clubsite:{PWD}@db.internal:5432/members
SMTP_USER={EMAIL}
SMTP_PASSWORD={PWD}
RECAPTCHA_SECRET={KEY}
ADMIN_EMAIL={EMAIL}""",
)
_t(
    "en",
    """Bus pass application (senior)
Date of birth: {DOB:o}
Address: {ADDR}
Phone: {PHX}
Email: {EMAIL}
Proof of age: passport {PASS}""",
)
_t(
    "en",
    """House swap details for your stay 🏡
{ADDR:M}
Key box code: {PIN}
Wifi: {WIFI}
If anything breaks call our plumber friend on {PH}.""",
)
_t(
    "en",
    """Residents' parking permit renewal
Permit holder address: {ADDR}
Vehicle: {plate}
Driver licence no.: {DL}
Contact: {PH}, {EMAIL}
Payment: card ending {masked}""",
)
_t(
    "en",
    """Our mosque's donation page has these wallets, can you check they look right?
BTC: {BECH}
BTC (old): {BTC}
ETH/USDT: {ETH}
Bank: {IBAN}""",
)
_t(
    "en",
    """{ts} civic-assist INFO login ok email={EMAIL} ip={IP}
{ts} civic-assist INFO form_submitted type=pothole_report addr="{ADDR}"
{ts} civic-assist WARN login failed email={EMAIL} ip={IP6} attempts=3
{ts} civic-assist INFO llm_summary model=gpt-4o-mini key={KEY}""",
)
_t(
    "en",
    """Can you help me fill the online banking form? It asks for:
- IBAN: {IBAN}
- date of birth: {DOB}
- the code from the SMS: {OTP}
Is it safe to paste these here?""",
)
_t(
    "en",
    """Passport renewals checklist for the family trip:
- passport {PASS}, expires {date}
- passport {PASS}, expires {date}
- kids: {PASS} and {PASS}
Consulate phone {PHI}""",
)
_t(
    "en",
    """Car-share sign-up for the village transport scheme
Licence number: {DL}
Date of birth: {DOB}
Home address: {ADDR}
Mobile: {PH}""",
)
_t(
    "en",
    """My late father's Facebook: the recovery email is {EMAIL} and the phone {PH}, which \
we still have. How do we memorialise the account?""",
)
_t(
    "en",
    """Voter registration status check:
DOB {DOB} · postcode/address {ADDR} · last 4 of SSN {num:1000-9999} · driver license {DL}
Result: registered, polling place {school}.""",
)
