# ruff: noqa: E501, SIM905, UP031
# (hand-typed data: long template lines, word lists split at import, "{p%d}" slots)
"""Hand-typed pools and templates for bench/sanitizer_dev31.py (see its docstring).

Pool strings are "|"-separated. An entry may be "native=roman" (script and romanized form),
a family name "masc/fem", and a town "name~postcode-pattern" ("#" digit, "@" letter,
"%" digit 2-9, "$" passport character, "^" lowercase alphanumeric).
"""

from __future__ import annotations

# ------------------------------------------------------------------------------ calendars

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split(),
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split(),
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "fa": "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر".split(),
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר".split(),
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split(),
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split(),
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر".split(),
    "bn": "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর".split(),
    "vi": [str(i) for i in range(1, 13)],
    "zh": [str(i) for i in range(1, 13)],
    "ja": [str(i) for i in range(1, 13)],
    "ko": [str(i) for i in range(1, 13)],
}
LONG_DATE = {
    "es": "{d} de {M} de {y}",
    "pt": "{d} de {M} de {y}",
    "de": "{d}. {M} {y}",
    "pl": "{d} {M} {y} r.",
    "ru": "{d} {M} {y} г.",
    "uk": "{d} {M} {y} р.",
    "cs": "{d}. {M} {y}",
    "fi": "{d}. {M} {y}",
    "no": "{d}. {M} {y}",
    "hu": "{y}. {M} {d}.",
    "tl": "{M} {d}, {y}",
    "vi": "ngày {d} tháng {m} năm {y}",
    "zh": "{y}年{m}月{d}日",
    "ja": "{y}年{m}月{d}日",
    "ko": "{y}년 {m}월 {d}일",
    "th": "{d} {M} {be}",
    "he": "{d} {M} {y}",
}
JALALI_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
HIJRI_MONTHS = [
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
]  # fmt: skip
ETH_MONTHS = "መስከረም ጥቅምት ኅዳር ታኅሣሥ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ ጳጉሜን".split()
BS_MONTHS = "बैशाख जेठ असार साउन भदौ असोज कात्तिक मंसिर पुस माघ फागुन चैत".split()
DEVA_DIG = str.maketrans("0123456789", "०१२३४५६७८९")

# ---------------------------------------------------------------------------------- IBANs

IBAN_LEN = {
    "GB": 22, "IE": 22, "FR": 27, "DE": 22, "CH": 21, "NL": 18, "BE": 16, "ES": 24, "PT": 25,
    "IT": 27, "PL": 28, "CZ": 24, "HU": 28, "RO": 24, "GR": 27, "SE": 24, "NO": 15, "FI": 18,
    "IS": 26, "LT": 20, "UA": 29, "RS": 22, "GE": 22, "KZ": 20, "TR": 26, "SA": 24, "AE": 23,
    "JO": 30, "LB": 28, "IQ": 23, "IL": 23, "PK": 24, "EG": 29, "BR": 29,
}  # fmt: skip
IBAN_BBAN = {
    "GB": "NWBK##############|BARC##############|LOYD##############|HBUK##############|MIDL##############",
    "IE": "AIBK##############|BOFI##############",
    "FR": "30004##################|20041##################|10278##################",
    "DE": "##################",
    "CH": "00762############|00235############",
    "NL": "ABNA##########|INGB##########|RABO##########|TRIO##########|SNSB##########",
    "BE": "############",
    "ES": "2100################|0049################|0182################",
    "PT": "0007#################|0035#################",
    "IT": "@0306909606############|@0200801###############|@0538711#######5#######",
    "PL": "########################",
    "CZ": "0800################|0100################",
    "HU": "117#####################|1200####################",
    "RO": "BTRL################|RNCB################|BRDE################",
    "GR": "011####################|0172###################",
    "SE": "5000################|8000################",
    "NO": "###########",
    "FI": "##############",
    "IS": "######################",
    "LT": "7300############|7044############",
    "UA": "305299###################|322001###################",
    "RS": "##################",
    "GE": "TB################|BG################",
    "KZ": "722#############|601#############",
    "TR": "000620################|000100################",
    "SA": "80##################|10##################",
    "AE": "033################|026################",
    "JO": "ARAB####0000##############|CBJO####0000##############",
    "LB": "0999####################",
    "IQ": "NBIQ###############|RAFB###############",
    "IL": "010800#############|012################",
    "PK": "HABB################|MUCB################",
    "EG": "0019#####################",
    "BR": "00360305#####00000#####@#|00000000#####00000#####@#",
}

# ------------------------------------------------------------------------ language defaults

LANG_DEFAULTS: dict[str, dict[str, str]] = {
    "en": {
        "honm": "Mr|Mr.|Dr|Dr.",
        "honf": "Mrs|Ms|Ms.|Dr|Miss",
        "kinm": "Uncle|Grandpa|Granddad",
        "kinf": "Auntie|Grandma|Nan|Aunt",
        "mail": "gmail.com|yahoo.com|outlook.com|hotmail.com|proton.me|icloud.com",
        "passport": "@########|#########|@@#######",
        "dl": "@#######|########|@@######",
    },
    "es": {
        "honm": "Sr.|Don|Dr.|Lic.|Ing.",
        "honf": "Sra.|Doña|Dra.|Lic.|Srta.",
        "kinm": "Tío|Abuelo|Don|Padrino",
        "kinf": "Tía|Abuela|Doña|Madrina",
        "mail": "gmail.com|hotmail.com|yahoo.es|outlook.com",
        "passport": "@########|@@@######|#########",
        "dl": "########|@########",
    },
    "fr": {
        "honm": "M.|Me|Dr|Pr",
        "honf": "Mme|Me|Dr|Mlle",
        "kinm": "Tonton|Papi|Pépé|Oncle",
        "kinf": "Tata|Mamie|Mémé|Tante",
        "mail": "gmail.com|orange.fr|yahoo.fr|hotmail.fr|free.fr",
        "passport": "##@@#####",
        "dl": "############|##@@#####",
    },
    "de": {
        "honm": "Herr|Dr.|Prof. Dr.",
        "honf": "Frau|Dr.|Frau Dr.",
        "kinm": "Onkel|Opa|Großvater",
        "kinf": "Tante|Oma|Großmutter",
        "mail": "gmx.de|web.de|t-online.de|gmail.com|posteo.de",
        "passport": "C$$$$$$$$",
        "dl": "@###@@@#@##|@##########",
    },
    "pt": {
        "honm": "Sr.|Dr.|Seu",
        "honf": "Sra.|Dra.|Dona|D.",
        "kinm": "Tio|Vô|Avô|Padrinho",
        "kinf": "Tia|Vó|Avó|Madrinha",
        "mail": "gmail.com|hotmail.com|sapo.pt|uol.com.br|outlook.com",
        "passport": "@@######|@######",
        "dl": "###########|@@-######",
    },
    "ar": {
        "honm": "Mr|Dr|Sheikh|Eng.",
        "honf": "Mrs|Ms|Dr",
        "kinm": "Uncle|Ammo|Khalo|Jiddo",
        "kinf": "Auntie|Khalto|Teta|Hajja",
        "mail": "gmail.com|hotmail.com|yahoo.com|outlook.com",
        "passport": "@########|@#######",
    },
}
for _l in (
    "it",
    "nl",
    "pl",
    "cs",
    "hu",
    "ro",
    "el",
    "sv",
    "no",
    "fi",
    "is",
    "lt",
    "uk",
    "ru",
    "sr",
    "ka",
    "hy",
    "tr",
    "fa",
    "he",
    "hi",
    "ta",
    "ur",
    "bn",
    "si",
    "ne",
    "id",
    "ms",
    "tl",
    "vi",
    "th",
    "my",
    "km",
    "zh",
    "ja",
    "ko",
    "mn",
    "kk",
    "uz",
    "sw",
    "am",
    "af",
):
    LANG_DEFAULTS.setdefault(_l, {})


def L(code: str, country: str, langs: str, **kw: str) -> dict:
    return {"code": code, "country": country, "langs": langs, **kw}


_AR_GM = "محمد=Mohammed|أحمد=Ahmed|عبدالله=Abdullah|خالد=Khalid|يوسف=Youssef|عمر=Omar|فيصل=Faisal|سعيد=Saeed|حسن=Hassan|علي=Ali|طارق=Tariq|ماجد=Majid|إبراهيم=Ibrahim|مصطفى=Mustafa|كريم=Karim"
_AR_GF = "فاطمة=Fatima|عائشة=Aisha|مريم=Maryam|نورة=Noura|ليلى=Layla|هند=Hind|سارة=Sara|زينب=Zainab|رنا=Rana|دعاء=Doaa|هبة=Heba|منى=Mona|ريم=Reem|سلمى=Salma|أمل=Amal"
_IN_PH = (
    "98### #####|97### #####|+91 98### #####|+91-9#########|09#########|+91 70### #####|8#########"
)

LOCALES = [
    # ------------------------------------------------------------------------ Africa
    L(
        "ng",
        "Nigeria",
        "en",
        midp="0.3",
        gm="Chinedu|Emeka|Oluwaseun|Babatunde|Ibrahim|Obinna|Kelechi|Yakubu|Ifeanyi|Segun|Musa|Tochukwu",
        gf="Ngozi|Funmilayo|Adaeze|Chiamaka|Aisha|Yetunde|Nneka|Bukola|Halima|Ifeoma|Titilayo|Zainab",
        fam="Okafor|Adeyemi|Okonkwo|Bello|Eze|Nwosu|Abubakar|Ogunleye|Chukwuma|Balogun|Danjuma|Okoro|Adebayo-Williams|Nwachukwu",
        nick="Emmy|Tee|Chi-Chi|Nkem|Dayo|Bukky|Seun|Ify|Kels|Tochi",
        kinm="Uncle|Baba|Daddy|Brother|Papa",
        kinf="Auntie|Mama|Mummy|Sister|Iya",
        honm="Mr|Chief|Alhaji|Engr.|Dr|Pastor",
        honf="Mrs|Chief (Mrs)|Hajiya|Dr|Ms|Deaconess",
        towns="Lagos|Ibadan|Enugu|Kano|Owerri|Abeokuta|Port Harcourt|Onitsha|Jos",
        streets="Adeola Odeku Street|Awolowo Road|Ogui Road|Bompai Road|Okpara Avenue|Allen Avenue|Herbert Macaulay Way|Ahmadu Bello Way|Aba Road",
        districts="Ikeja|Surulere|Yaba|GRA|Independence Layout|Wuse II|Bodija|Rumuokoro",
        addr="{n} {street}, {district}, {town}|No. {n}, {street}, {district}, {town}|{n} {street}, off {street2}, {district}, {town}|Flat {flat}, Block {n3}, {street}, {town}",
        phone="0803 ### ####|0806 ### ####|0813 ### ####|0706 ### ####|0905 ### ####|+234 803 ### ####|+234 812 ### ####|+234 (0)805 ### ####|0802#######",
        mail="gmail.com|yahoo.com|unilag.edu.ng|ui.edu.ng|outlook.com|yahoo.co.uk",
        pub="Chinua Achebe|Wole Soyinka|Fela Kuti|Ngozi Okonjo-Iweala|Burna Boy|Funmilayo Ransome-Kuti",
        passport="A########|B########",
    ),
    L(
        "gh",
        "Ghana",
        "en",
        gm="Kwame|Kofi|Yaw|Kwabena|Kojo|Nii Armah|Kwesi|Ebo|Fiifi|Kwadwo|Issah",
        gf="Ama|Akosua|Abena|Efua|Adwoa|Afia|Esi|Yaa|Naa Adjeley|Akua|Fuseina",
        fam="Mensah|Boateng|Owusu|Asante|Agyeman|Osei|Appiah|Ofori|Tetteh|Quaye|Darko|Amankwah|Adjei|Quartey",
        nick="Kobby|Ekow|Nana|Maame|Paapa|Obaa|Kay|Abby",
        kinm="Uncle|Papa|Nana|Wofa|Grandpa",
        kinf="Auntie|Maame|Nana|Sister|Grandma",
        honm="Mr|Nana|Dr|Rev.|Togbe",
        honf="Mrs|Madam|Dr|Ms|Maa",
        towns="Accra|Kumasi|Tamale|Cape Coast|Takoradi|Ho|Koforidua",
        streets="Oxford Street|Liberation Road|Ring Road Central|Kojo Thompson Road|Prempeh II Street|Lagos Avenue|Farrar Avenue",
        districts="Osu|East Legon|Adabraka|Asokwa|Dansoman|Madina|Nima|Kotobabi",
        addr="{n} {street}, {district}, {town}|House No. {~C|D|E}{n}/{n3}, {district}, {town}|GPS {gps}, {district}, {town}|{nn} {street}, {district}, {town}",
        gps="GA-###-####|AK-###-####|GE-###-####",
        phone="024 ### ####|054 ### ####|020 ### ####|+233 24 ### ####|+233 (0)55 ### ####|050 ### ####|0302 ### ###",
        mail="gmail.com|yahoo.com|ug.edu.gh|knust.edu.gh|outlook.com",
        pub="Kwame Nkrumah|Kofi Annan|Yaa Asantewaa|Ama Ata Aidoo",
        passport="G#######|H#######",
    ),
    L(
        "ke",
        "Kenya",
        "en sw",
        midp="0.5",
        gm="Brian|Kevin|Dennis|Peter|Samuel|Collins|Joseph|Erick|Moses|Victor|Kiprotich|Otieno",
        gf="Wanjiru|Akinyi|Faith|Mercy|Grace|Njeri|Cherono|Nafula|Atieno|Wambui|Mary|Beatrice",
        fam="Otieno|Kamau|Mwangi|Kiprono|Odhiambo|Wekesa|Mutua|Njoroge|Chebet|Wafula|Onyango|Kariuki|Achieng'|Ruto",
        nick="Kevo|Shiro|Wanjesh|Mose|Nyokabi|Bro Dennoh|Shiku|Jose",
        kinm="Uncle|Guka|Baba|Babu|Mzee",
        kinf="Auntie|Shosho|Mama|Cucu|Nyanya",
        honm="Mr|Dr|Hon.|Mzee|Pastor",
        honf="Mrs|Ms|Dr|Madam|Mama",
        towns="Nairobi|Kisumu|Mombasa|Eldoret|Nakuru|Nyeri|Kakamega|Kericho",
        streets="Ngong Road|Moi Avenue|Kenyatta Avenue|Oginga Odinga Street|Jogoo Road|Argwings Kodhek Road|Muindi Mbingu Street|Oloitoktok Road",
        districts="Westlands|Kilimani|Kibera|Milimani|Nyali|Langata|Kileleshwa|Kondele",
        addr="House {n}, {street}, {district}, {town}|Flat {~A|B|C}{flat}, Sunrise Court, {street}, {district}, {town}|Apt {nn}, {street}, {district}, {town}|Plot {nnn}, {street}, {district}, {town}",
        phone="07## ### ###|0712 ######|01## ### ###|+254 7## ### ###|+254 (0)7## ######|+254 722 ######",
        mail="gmail.com|yahoo.com|uonbi.ac.ke|students.ku.ac.ke|outlook.com",
        pub="Wangari Maathai|Ngũgĩ wa Thiong'o|Lupita Nyong'o|Eliud Kipchoge",
        passport="AK#######|BK#######",
        dl="@@@######",
    ),
    L(
        "tz",
        "Tanzania",
        "sw en",
        gm="Juma|Baraka|Hamisi|Emmanuel|Abdallah|Godfrey|Rashidi|Elia|Mussa|Daudi",
        gf="Neema|Rehema|Zawadi|Upendo|Amina|Mwanaisha|Grace|Imani|Tatu|Halima",
        fam="Mushi|Massawe|Mrema|Kimaro|Mwakyusa|Said|Mfinanga|Lyimo|Mollel|Shirima|Kombo|Mwakalinga",
        nick="Babuu|Mama Neema|Dada|Bro J|Zawa",
        kinm="Babu|Mjomba|Baba|Kaka|Mzee",
        kinf="Bibi|Shangazi|Mama|Dada|Mama mdogo",
        honm="Bw.|Mr|Dkt.|Mzee",
        honf="Bi.|Mrs|Dkt.|Mama",
        towns="Dar es Salaam|Arusha|Mwanza|Dodoma|Moshi|Zanzibar|Mbeya",
        streets="Mtaa wa Samora|Barabara ya Bagamoyo|Mtaa wa Uhuru|Barabara ya Morogoro|Mtaa wa Jamhuri|Njiro Road|Mtaa wa Kongo",
        districts="Sinza|Kariakoo|Mikocheni|Kijitonyama|Njiro|Ilala|Mbezi Beach",
        addr="{street}, Nyumba Na. {n}, {district}, {town}|Plot {n}, {street}, {district}, {town}|Nyumba Na. {nn}, {district}, {town}",
        phone="07## ### ###|06## ### ###|+255 7## ### ###|+255 6## ### ###|0754 ######",
        mail="gmail.com|yahoo.com|udsm.ac.tz|outlook.com",
        pub="Julius Nyerere|Freddie Mercury|Abdulrazak Gurnah|Diamond Platnumz",
        passport="AB######|TAE######",
    ),
    L(
        "ug",
        "Uganda",
        "en",
        gm="Joseph|Moses|Ronald|Isaac|Denis|Godfrey|Brian|Patrick|Ivan|Robert",
        gf="Harriet|Irene|Prossy|Agnes|Sarah|Esther|Florence|Doreen|Sylvia|Brenda",
        fam="Mukasa/Namukasa|Ssemakula/Nassemakula|Okello|Byaruhanga|Tumusiime|Kato/Nakato|Opio|Wasswa/Babirye|Akello|Kiggundu/Nakiggundu|Mugisha|Ochieng",
        nick="Jojo|Prossy|Bobi|Teddy|Sly|Mosh",
        kinm="Uncle|Jjajja|Taata|Ssenga",
        kinf="Auntie|Jjajja|Maama|Ssenga",
        towns="Kampala|Gulu|Mbarara|Jinja|Mbale|Entebbe|Fort Portal",
        streets="Kampala Road|Bombo Road|Acacia Avenue|Nile Avenue|Gaba Road|Kira Road|Lumumba Avenue",
        districts="Ntinda|Kololo|Bukoto|Nakawa|Kansanga|Muyenga|Kireka",
        addr="Plot {n}, {street}, {district}, {town}|{n} {street}, {district}, {town}|Plot {nn}, Block {n3}, {district}, {town}",
        phone="07## ######|07## ### ###|+256 7## ######|+256 (0)7## ### ###|0414 ######|+256 414 ######",
        mail="gmail.com|yahoo.com|mak.ac.ug|outlook.com",
        pub="Idi Amin|Milton Obote|Stella Nyanzi|Bobi Wine",
        passport="A#######|B#######",
    ),
    L(
        "et",
        "Ethiopia",
        "en",
        style="father",
        nlang="am",
        gm="አበበ=Abebe|ከበደ=Kebede|ተስፋዬ=Tesfaye|ዮሐንስ=Yohannes|ብርሃኑ=Birhanu|ሙሉጌታ=Mulugeta|ዳዊት=Dawit|ሰለሞን=Solomon|ግርማ=Girma|ታደሰ=Tadesse",
        gf="ፀሐይ=Tsehay|ሰላም=Selam|መሰረት=Meseret|ትዕግስት=Tigist|ሄለን=Helen|ብርቱካን=Birtukan|አልማዝ=Almaz|ሃና=Hana|ፍሬሕይወት=Frehiwot|ማርታ=Marta",
        fam="",
        nick="Abi|Tsi|Sele|Dave|Beti|Mimi",
        kinm="Ato|Abba|Gashe|Ababa",
        kinf="W/ro|Emama|Etetye|Akest",
        honm="Ato|Dr.|Ato|Mr",
        honf="W/ro|W/rt|Dr.|Ms",
        towns="Addis Ababa|Bahir Dar|Hawassa|Gondar|Mekelle|Dire Dawa|Adama",
        streets="Bole Road|Churchill Avenue|Africa Avenue|Haile Gebrselassie Road|Cameroon Street|Equatorial Guinea Street",
        districts="Bole|Kirkos|Yeka|Arada|Kolfe Keranio|Lideta",
        addr="House No. {nnn}, Woreda {n3}, {district} Sub-city, {town}|{street}, House No. {nnn}, Woreda {n3}, {district}, {town}",
        phone="091 ### ####|092 ### ####|+251 91 ### ####|+251 (0)911 ######|011 ### ####|+251 11 ### ####|0911######",
        mail="gmail.com|yahoo.com|aau.edu.et|outlook.com",
        pub="Haile Selassie|Abebe Bikila|Tirunesh Dibaba|Teddy Afro",
        passport="EP#######|EQ#######",
    ),
    L(
        "za",
        "South Africa",
        "en",
        gm="Sipho|Thabo|Johan|Pieter|Lwazi|Mandla|Kagiso|Riaan|Themba|Sibusiso|Ahmed|Kyle",
        gf="Nomvula|Thandiwe|Lerato|Anneke|Zanele|Naledi|Nokuthula|Palesa|Marietjie|Ayanda|Fatima|Chantelle",
        fam="Nkosi|Dlamini|Mokoena|Khumalo|van der Merwe|Botha|Ndlovu|Mahlangu|Naidoo|Pillay|Molefe|Zulu|Pretorius|Jacobs|Adams",
        nick="Sbu|Thabza|Lulu|Mpho|Naddy|Riaantjie",
        kinm="Malume|Mkhulu|Oom|Oupa|Uncle|Bab'",
        kinf="Gogo|Aunty|Tannie|Ouma|Mam'|Sisi",
        honm="Mr|Dr|Adv.|Ntate|Meneer",
        honf="Mrs|Ms|Dr|Adv.|Mevrou|Mme",
        towns="Soweto~1804|Johannesburg~2###|Cape Town~8###|Durban~4###|Pretoria~0###|Gqeberha~6###|Polokwane~0699",
        streets="Vilakazi Street|Long Street|Florida Road|Church Street|Jan Smuts Avenue|Main Road|Steve Biko Road|Voortrekker Road",
        districts="Orlando West|Observatory|Morningside|Sunnyside|Umlazi|Khayelitsha|Berea|Bo-Kaap",
        addr="{n} {street}, {district}, {town}, {pc}|Unit {flat}, Jacaranda Court, {n} {street}, {district}, {town}, {pc}|{nnnn} Extension {n3}, {district}, {town} {pc}",
        phone="082 ### ####|083 ### ####|072 ### ####|+27 82 ### ####|+27 (0)71 ### ####|011 ### ####|021 ### ####|+27 21 ### ####",
        mail="gmail.com|webmail.co.za|uct.ac.za|wits.ac.za|telkomsa.net",
        pub="Nelson Mandela|Desmond Tutu|Miriam Makeba|Steve Biko|Trevor Noah",
        passport="A########|M########",
        dl="##########@@",
    ),
    L(
        "zw",
        "Zimbabwe",
        "en",
        gm="Tendai|Tatenda|Farai|Tinashe|Tafadzwa|Blessing|Kudakwashe|Tawanda|Simbarashe",
        gf="Rutendo|Chipo|Nyasha|Rumbidzai|Tsitsi|Vimbai|Fadzai|Ruvimbo|Tariro",
        fam="Moyo|Ncube|Sibanda|Dube|Mpofu|Chikwanha|Mutasa|Chinembiri|Nyathi|Marufu|Gumbo|Chigumba",
        nick="Tee|Kuda|Simba|Rue|Tari|Chipsy",
        kinm="Sekuru|Babamukuru|Baba|Uncle",
        kinf="Mbuya|Tete|Amai|Mainini|Auntie",
        towns="Harare|Bulawayo|Mutare|Gweru|Masvingo|Chinhoyi",
        streets="Samora Machel Avenue|Herbert Chitepo Street|Jason Moyo Avenue|Fife Street|Borrowdale Road|Leopold Takawira Street",
        districts="Avondale|Mabelreign|Highfield|Mbare|Suburbs|Borrowdale|Sakubva",
        addr="{n} {street}, {district}, {town}|Stand {nnnn}, {district}, {town}|Flat {flat}, {n} {street}, {town}",
        phone="077 ### ####|071 ### ####|078 ### ####|+263 77 ### ####|+263 71 ### ####|024 2######",
        mail="gmail.com|yahoo.com|uz.ac.zw|outlook.com",
        pub="Tsitsi Dangarembga|Thomas Mapfumo|Oliver Mtukudzi",
        passport="FN######|ZE######",
    ),
    L(
        "sn",
        "Senegal",
        "fr en",
        gm="Mamadou|Ousmane|Cheikh|Ibrahima|Abdoulaye|Moussa|Modou|Pape|Serigne|Aliou",
        gf="Fatou|Aminata|Awa|Mariama|Khady|Ndeye|Coumba|Astou|Seynabou|Rokhaya",
        fam="Diop|Ndiaye|Fall|Sow|Diallo|Ba|Sarr|Faye|Gueye|Mbaye|Cissé|Seck|Thiam|Ndour",
        nick="Zale|Tonton Pape|Khadija|Baye|Tata Awa|Papis",
        kinm="Tonton|Baay|Maam|Grand-père",
        kinf="Tata|Yaay|Maam|Bajjen|Tante",
        honm="M.|El Hadji|Serigne|Dr",
        honf="Mme|Sokhna|Adja|Dr",
        towns="Dakar|Thiès|Saint-Louis|Ziguinchor|Kaolack|Touba|Rufisque",
        streets="Avenue Cheikh Anta Diop|Rue Carnot|Boulevard de la République|Route de Ouakam|Avenue Blaise Diagne|Rue Moussé Diop",
        districts="Sicap Liberté 6|Médina|HLM Grand Yoff|Point E|Mermoz|Parcelles Assainies Unité 15|Ouakam",
        addr="Villa n° {nnn}, {district}, {town}|{n}, {street}, {district}, {town}|Cité Keur Gorgui, villa {nn}, {district}, {town}",
        phone="77 ### ## ##|78 ### ## ##|76 ### ## ##|+221 77 ### ## ##|+221 33 8## ## ##|70 ### ## ##",
        mail="gmail.com|yahoo.fr|ucad.edu.sn|orange.sn|hotmail.fr",
        pub="Léopold Sédar Senghor|Youssou N'Dour|Ousmane Sembène|Mariama Bâ|Sadio Mané",
        passport="A########|B#######",
    ),
    L(
        "ci",
        "Côte d'Ivoire",
        "fr",
        gm="Kouadio|Koffi|Yao|Konan|Aboubacar|Serge|Didier|Arsène|Ismaël|Hervé",
        gf="Adjoua|Affoué|Amenan|Aya|Mariam|Fanta|Bintou|Christelle|Akissi|Nadège",
        fam="Kouassi|Koné|Traoré|Ouattara|Yao|N'Guessan|Koffi|Bamba|Kouamé|Diabaté|Zadi|Tanoh|Coulibaly|Gnagne",
        nick="Kokoh|Pitchou|Tanti Aya|Sergio|Bibi",
        towns="Abidjan|Bouaké|Yamoussoukro|Daloa|San-Pédro|Korhogo|Grand-Bassam",
        streets="Boulevard Latrille|Rue des Jardins|Boulevard de Marseille|Rue Lepic|Avenue Chardy|Boulevard Mitterrand",
        districts="Cocody Riviera 3|Yopougon Niangon|Marcory Zone 4|Plateau|Treichville|Angré 8e tranche|Abobo Baoulé",
        addr="{district}, {street}, lot {nnn}, {town}|{district}, îlot {n3}, lot {nnn}, {town}|{district}, villa {nn}, {street}, {town}",
        phone="07 ## ## ## ##|05 ## ## ## ##|01 ## ## ## ##|+225 07 ## ## ## ##|+225 27 22 ## ## ##|+225 05########",
        mail="gmail.com|yahoo.fr|hotmail.fr|aviso.ci",
        pub="Didier Drogba|Alpha Blondy|Houphouët-Boigny|Véronique Tadjo",
        passport="##@@#####|@########",
    ),
    L(
        "cm",
        "Cameroon",
        "fr en",
        gm="Jean-Paul|Samuel|Emmanuel|Christian|Hervé|Boris|Rodrigue|Alain|Joseph|Blaise",
        gf="Marie-Claire|Sandrine|Berthe|Pauline|Carine|Estelle|Nadège|Solange|Brenda|Yolande",
        fam="Mbarga|Nkoulou|Fotso|Tchakounté|Ngono|Essomba|Kamga|Etoundi|Atangana|Njoya|Manga|Owona|Nkwenti|Fru",
        nick="Popol|Sandy|Boris le Grand|Tati|Mola",
        kinm="Tonton|Papa|Grand-père|Uncle|Pa",
        kinf="Tata|Maman|Mami|Auntie|Ma",
        towns="Yaoundé|Douala|Bafoussam|Garoua|Bamenda|Buea|Kribi",
        streets="Rue Joss|Boulevard de la Liberté|Avenue Kennedy|Rue Njo-Njo|Rue Nachtigal|Avenue Ahidjo|Commercial Avenue",
        districts="Bastos|Bonapriso|Akwa|Mvog-Mbi|Biyem-Assi|Bonamoussadi|Molyko",
        addr="{district}, rue {n}.{nnn}, {town}|{n} {street}, {district}, {town}|Quartier {district}, entrée {street}, porte {nn}, {town}",
        phone="6 7# ## ## ##|6 9# ## ## ##|+237 6 7# ## ## ##|+237 6## ### ###|2 22 ## ## ##|+237 2 33 ## ## ##",
        mail="gmail.com|yahoo.fr|univ-yaounde1.cm|hotmail.com",
        pub="Manu Dibango|Samuel Eto'o|Roger Milla|Mongo Beti",
        passport="@#######|@@######",
    ),
    L(
        "cd",
        "DR Congo",
        "fr",
        style="cd",
        gm="Jean-Marie|Patrick|Fiston|Christian|Junior|Héritier|Trésor|Glody|Dieudonné|Papy",
        gf="Grâce|Merveille|Ruth|Divine|Nathalie|Gloire|Esther|Mireille|Sarah|Clarisse",
        fam="Mukendi|Kabongo|Ilunga|Tshibanda|Mbuyi|Kasongo|Lukusa|Mutombo|Nsimba|Lumbala|Makiadi|Ngoy|Kalonji|Mwamba",
        nick="Papy|Fifi|Trésor|Djo|Maman Gloire",
        kinm="Tonton|Papa|Nkoko|Yaya",
        kinf="Tantine|Maman|Nkoko|Yaya",
        towns="Kinshasa|Lubumbashi|Goma|Bukavu|Kisangani|Mbuji-Mayi",
        streets="Avenue Kasa-Vubu|Boulevard du 30 Juin|Avenue de la Justice|Avenue Lumumba|Avenue des Aviateurs|Avenue Kabambare",
        districts="Matonge|Limete|Gombe|Kintambo|Bandalungwa|Ngaliema|Lemba|Himbi",
        addr="n° {n}, {street}, Quartier {district}, Commune de {district2}, {town}|{street} n° {nn}, C/{district}, {town}|{n}, {street}, {district}, {town}",
        phone="081 ### ####|082 ### ####|099 ### ####|+243 81 ### ####|+243 99 ### ####|+243 97 ### ####",
        mail="gmail.com|yahoo.fr|unikin.ac.cd|hotmail.com",
        pub="Patrice Lumumba|Papa Wemba|Denis Mukwege|Koffi Olomidé",
        passport="OP#######|OB#######",
    ),
    L(
        "ma",
        "Morocco",
        "fr ar en",
        nlang="ar",
        gm="يوسف=Youssef|مهدي=Mehdi|حمزة=Hamza|ياسين=Yassine|رشيد=Rachid|عبد الإله=Abdelilah|أيوب=Ayoub|إدريس=Driss|سعيد=Said|عمر=Omar",
        gf="فاطمة الزهراء=Fatima Zahra|خديجة=Khadija|سناء=Sanae|حنان=Hanane|إيمان=Imane|نادية=Nadia|سلمى=Salma|هاجر=Hajar|مريم=Meryem|زينب=Zineb",
        fam="بنعلي=Benali|العلوي=El Alaoui|الإدريسي=Idrissi|بناني=Bennani|التازي=Tazi|الفاسي=El Fassi|برادة=Berrada|الشرقاوي=Cherkaoui|أمزيان=Amezian|أوحمو=Ouhammou",
        nick="Simo|Hamzouz|Nono|Khadouj|Yass|Mimi",
        kinm="Tonton|Khali|3ammi|Jeddi",
        kinf="Tata|Khalti|3amti|Mama|Jedda",
        honm="M.|Si|Hajj|Dr",
        honf="Mme|Lalla|Hajja|Dr",
        towns="الدار البيضاء=Casablanca~20###|الرباط=Rabat~10###|فاس=Fès~30###|مراكش=Marrakech~40###|طنجة=Tanger~90###|أكادير=Agadir~80###",
        streets="شارع محمد الخامس=Boulevard Mohammed V|زنقة الحرية=Rue de la Liberté|شارع الحسن الثاني=Avenue Hassan II|درب السلطان=Derb Sultan|زنقة ابن بطوطة=Rue Ibn Battouta|شارع الزرقطوني=Boulevard Zerktouni",
        districts="المعاريف=Maârif|أكدال=Agdal|جليز=Guéliz|السويسي=Souissi|الحي المحمدي=Hay Mohammadi",
        addr="{n}, {street}, {district}, {pc} {town}|Appt {flat}, Imm. {n3}, {street}, {pc} {town}|{nn} {street}, {district}, {town}",
        naddr="{n} {street}، {district}، {town} {pc}|شقة {flat}، عمارة {n3}، {street}، {town}",
        phone="06## ## ## ##|06 ## ## ## ##|07 ## ## ## ##|+212 6## ## ## ##|+212 6 ## ## ## ##|05 22 ## ## ##",
        mail="gmail.com|yahoo.fr|hotmail.com|menara.ma|um5.ac.ma",
        pub="Fatema Mernissi|Tahar Ben Jelloun|Ibn Battuta|Hakim Ziyech",
        passport="@@#######|@#######",
    ),
    L(
        "eg",
        "Egypt",
        "ar en",
        style="father",
        nlang="ar",
        iban="EG",
        gm="محمد=Mohamed|محمود=Mahmoud|عمرو=Amr|حسام=Hossam|شريف=Sherif|طارق=Tarek|مينا=Mina|بيشوي=Bishoy|أحمد=Ahmed|كريم=Karim",
        gf="منى=Mona|هبة=Heba|دعاء=Doaa|ياسمين=Yasmin|مريم=Mariam|نيفين=Nevine|شيماء=Shaimaa|مارينا=Marina|نورهان=Nourhan|رحاب=Rehab",
        fam="حسن=Hassan|عبدالرحمن=Abdelrahman|السيد=El-Sayed|مصطفى=Moustafa|عبدالعزيز=Abdelaziz|فهمي=Fahmy|شحاتة=Shehata|منصور=Mansour|جاد=Gad|سليمان=Soliman",
        nick="Hoda|Mido|Toota|Sherry|Bebo|Nono",
        kinm="Amo|Khalo|Gedo|Uncle",
        kinf="Tant|Khalto|Teta|Auntie",
        honm="Ustaz|Dr|Eng.|Mr|Hagg",
        honf="Madam|Dr|Ustaza|Hagga|Mrs",
        towns="القاهرة=Cairo|الإسكندرية=Alexandria|الجيزة=Giza|المنصورة=Mansoura|أسيوط=Asyut|الأقصر=Luxor",
        streets="شارع التحرير=Tahrir Street|شارع الهرم=Al Haram Street|شارع جامعة الدول العربية=Gameat El Dowal El Arabeya Street|شارع طلعت حرب=Talaat Harb Street|شارع شبرا=Shubra Street|شارع مصدق=Mossadak Street",
        districts="الدقي=Dokki|مدينة نصر=Nasr City|المعادي=Maadi|الزمالك=Zamalek|شبرا=Shubra|سموحة=Smouha",
        addr="{n} {street}, {district}, {town}|Apartment {flat}, {n} {street}, {district}, {town}|Building {nn}, Floor {n3}, {street}, {district}, {town}",
        naddr="{n} {street}، {district}، {town}|شقة {flat}، عمارة {nn}، {street}، {district}، {town}",
        phone="010 #### ####|011 #### ####|012 #### ####|+20 10 #### ####|+20 12 #### ####|02 #### ####|+20 2 #### ####",
        mail="gmail.com|yahoo.com|hotmail.com|cu.edu.eg|aucegypt.edu",
        pub="Naguib Mahfouz|Umm Kulthum|Mohamed Salah|Nawal El Saadawi|Omar Sharif",
        passport="A########",
    ),
    L(
        "rw",
        "Rwanda",
        "en fr",
        gm="Jean Bosco|Eric|Emmanuel|Patrick|Olivier|Innocent|Fabrice|Claude|Aimable",
        gf="Aline|Diane|Clarisse|Alice|Josiane|Solange|Chantal|Divine|Grace",
        fam="Mugisha|Uwimana|Habimana|Niyonzima|Nshimiyimana|Mukamana|Uwase|Ndayisaba|Hakizimana|Ingabire|Umutoni|Iradukunda",
        nick="Bosco|Gigi|Kadogo|Manzi|Keza",
        towns="Kigali|Huye|Musanze|Rubavu|Rwamagana|Muhanga",
        streets="KG 9 Ave|KN 3 Rd|KK 15 Rd|KG 541 St|KN 78 St|KG 11 Ave",
        districts="Kimihurura|Kacyiru|Nyamirambo|Remera|Kicukiro|Gisozi",
        addr="{street}, House {n}, {district}, {town}|House {nn}, {street}, {district}, {town}",
        phone="078 ### ####|073 ### ####|072 ### ####|+250 78 ### ####|+250 (0)788 ######",
        mail="gmail.com|yahoo.fr|ur.ac.rw|outlook.com",
        pub="Paul Kagame|Scholastique Mukasonga|Immaculée Ilibagiza",
        passport="PC######|PD######",
    ),
]

LOCALES += [
    # ------------------------------------------------------------------- Middle East
    L(
        "sa",
        "Saudi Arabia",
        "ar en",
        style="bin",
        nlang="ar",
        iban="SA",
        gm=_AR_GM,
        gf=_AR_GF,
        fam="الحربي=Al-Harbi|العتيبي=Al-Otaibi|القحطاني=Al-Qahtani|الشمري=Al-Shammari|الدوسري=Al-Dosari|الغامدي=Al-Ghamdi|الزهراني=Al-Zahrani|المطيري=Al-Mutairi",
        nick="Abu Fahad|Nono|Fofo|Khaloodi|Mimi",
        towns="الرياض=Riyadh~1####|جدة=Jeddah~2####|الدمام=Dammam~3####|مكة المكرمة=Makkah~2####|المدينة المنورة=Madinah~4####|أبها=Abha~6####",
        streets="طريق الملك فهد=King Fahd Road|شارع التحلية=Tahlia Street|شارع الأمير سلطان=Prince Sultan Street|طريق الملك عبدالعزيز=King Abdulaziz Road|شارع العليا=Olaya Street",
        districts="العليا=Al Olaya|الملز=Al Malaz|الروضة=Al Rawdah|النسيم=Al Naseem|الحمراء=Al Hamra|الشاطئ=Al Shati",
        addr="{nnnn} {street}, {district} Dist., {town} {pc}|Building {nnnn}, {street}, {district}, {town} {pc}, Additional No. {nnnn}",
        naddr="{nnnn} {street}، حي {district}، {town} {pc}",
        phone="05# ### ####|+966 5# ### ####|+966 (0)5# ### ####|011 ### ####|+966 11 ### ####|0555######",
        mail="gmail.com|hotmail.com|ksu.edu.sa|outlook.sa",
        passport="@########|@#######",
    ),
    L(
        "ae",
        "United Arab Emirates",
        "ar en",
        style="bin",
        nlang="ar",
        iban="AE",
        gm=_AR_GM,
        gf=_AR_GF,
        fam="المنصوري=Al Mansoori|الكتبي=Al Ketbi|الشامسي=Al Shamsi|النعيمي=Al Nuaimi|المهيري=Al Mheiri|الفلاسي=Al Falasi|الظاهري=Al Dhaheri|السويدي=Al Suwaidi",
        towns="دبي=Dubai|أبوظبي=Abu Dhabi|الشارقة=Sharjah|العين=Al Ain|عجمان=Ajman|رأس الخيمة=Ras Al Khaimah",
        streets="شارع الشيخ زايد=Sheikh Zayed Road|شارع الوصل=Al Wasl Road|شارع الكورنيش=Corniche Road|شارع المنخول=Al Mankhool Road|شارع حمدان=Hamdan Street",
        districts="الجميرا=Jumeirah|البرشاء=Al Barsha|الخالدية=Al Khalidiya|المجاز=Al Majaz|القصيص=Al Qusais",
        addr="Villa {nn}, {street}, {district}, {town}|Flat {nnn}, Building {n3}, {street}, {district}, {town}",
        naddr="فيلا {nn}، {street}، {district}، {town}",
        phone="050 ### ####|055 ### ####|+971 50 ### ####|+971 (0)56 ### ####|04 ### ####|+971 4 ### ####",
        mail="gmail.com|hotmail.com|uaeu.ac.ae|emirates.net.ae",
        passport="@#######|########",
    ),
    L(
        "jo",
        "Jordan",
        "ar en",
        style="father",
        nlang="ar",
        iban="JO",
        gm=_AR_GM,
        gf=_AR_GF,
        fam="الخطيب=Al-Khatib|حداد=Haddad|النابلسي=Nabulsi|العبادي=Al-Abbadi|المجالي=Al-Majali|الزعبي=Al-Zoubi|عبيدات=Obeidat|الرفاعي=Al-Rifai",
        towns="عمّان=Amman~11###|إربد=Irbid~21###|الزرقاء=Zarqa~13###|العقبة=Aqaba~77###|السلط=Salt~19###",
        streets="شارع الرينبو=Rainbow Street|شارع مكة=Mecca Street|شارع الجاردنز=Gardens Street|شارع المدينة المنورة=Medina Street|شارع الملكة رانيا=Queen Rania Street",
        districts="جبل عمان=Jabal Amman|الشميساني=Shmeisani|عبدون=Abdoun|خلدا=Khalda|ماركا=Marka",
        addr="{n} {street}, {district}, {town} {pc}|Building {nn}, Apt {flat}, {street}, {district}, {town}",
        naddr="{street}، عمارة {n}، {district}، {town} {pc}",
        phone="079 ### ####|078 ### ####|077 ### ####|+962 79 ### ####|+962 7 #### ####|06 ### ####",
        passport="@#######|P#######",
    ),
    L(
        "lb",
        "Lebanon",
        "ar fr en",
        nlang="ar",
        iban="LB",
        gm="جورج=Georges|إيلي=Elie|ميشال=Michel|طوني=Tony|محمد=Mohamad|علي=Ali|رامي=Rami|وليد=Walid|شربل=Charbel|حسين=Hussein",
        gf="نادين=Nadine|ريتا=Rita|كارلا=Carla|جومانا=Joumana|رنا=Rana|زينب=Zeinab|ميرا=Mira|هالة=Hala|نور=Nour|لارا=Lara",
        fam="خوري=Khoury|حداد=Haddad|عون=Aoun|صليبا=Saliba|عيسى=Issa|منصور=Mansour|فارس=Fares|الحاج=El Hage|شهاب=Chehab|بيطار=Bitar",
        nick="Jojo|Mimi|Toufic|Lulu|Riri|Noun",
        kinm="Amo|Khalo|Jeddo|Tonton",
        kinf="Tante|Khalto|Teta|Amto",
        towns="بيروت=Beirut|طرابلس=Tripoli|صيدا=Saida|جونيه=Jounieh|زحلة=Zahle|جبيل=Byblos",
        streets="شارع الحمرا=Hamra Street|شارع مار مخايل=Mar Mikhael Street|شارع بلس=Bliss Street|شارع فردان=Verdun Street|شارع غورو=Rue Gouraud",
        districts="الأشرفية=Achrafieh|الحمرا=Hamra|بدارو=Badaro|الجميزة=Gemmayzeh|فردان=Verdun",
        addr="{street}, Bldg {n3}, floor {n3}, {district}, {town}|{district}, {street}, Bldg {nn}, {town}",
        naddr="{street}، بناية {n3}، الطابق {n3}، {district}، {town}",
        phone="03 ### ###|71 ### ###|76 ### ###|+961 3 ### ###|+961 71 ### ###|01 ### ###",
        mail="gmail.com|hotmail.com|aub.edu.lb|idm.net.lb",
        pub="Fairuz|Khalil Gibran|Amin Maalouf|Nadine Labaki",
    ),
    L(
        "iq",
        "Iraq",
        "ar en",
        style="father",
        nlang="ar",
        iban="IQ",
        gm=_AR_GM,
        gf=_AR_GF,
        fam="الجبوري=Al-Jubouri|التميمي=Al-Tamimi|الدليمي=Al-Dulaimi|العبيدي=Al-Obaidi|الساعدي=Al-Saadi|الربيعي=Al-Rubaie|الخفاجي=Al-Khafaji|الموسوي=Al-Musawi",
        towns="بغداد=Baghdad|البصرة=Basra|الموصل=Mosul|أربيل=Erbil|النجف=Najaf|كربلاء=Karbala",
        districts="الكرادة=Karrada|المنصور=Al-Mansour|الأعظمية=Adhamiya|الجادرية=Jadriya|العشار=Ashar",
        streets="شارع فلسطين=Palestine Street|شارع المتنبي=Al-Mutanabbi Street|شارع الرشيد=Al-Rashid Street",
        addr="Mahalla {nnn}, Zuqaq {n3}, House {nn}, {district}, {town}|{street}, House {nn}, {district}, {town}",
        naddr="محلة {nnn}، زقاق {n3}، دار {nn}، {district}، {town}",
        phone="0770 ### ####|0750 ### ####|0780 ### ####|+964 770 ### ####|+964 750 ### ####|07901######",
        passport="@########",
    ),
    L(
        "ir",
        "Iran",
        "fa en",
        nlang="fa",
        gm="محمد=Mohammad|علی=Ali|رضا=Reza|حسین=Hossein|مهدی=Mehdi|امیر=Amir|سعید=Saeed|بهرام=Bahram|کوروش=Kourosh|داریوش=Dariush",
        gf="فاطمه=Fatemeh|زهرا=Zahra|مریم=Maryam|سارا=Sara|نرگس=Narges|شیرین=Shirin|لیلا=Leila|پریسا=Parisa|مهسا=Mahsa|آزاده=Azadeh",
        fam="محمدی=Mohammadi|حسینی=Hosseini|رضایی=Rezaei|احمدی=Ahmadi|کریمی=Karimi|موسوی=Mousavi|جعفری=Jafari|رحیمی=Rahimi|صادقی=Sadeghi|تهرانی=Tehrani|قاسمی=Ghasemi",
        nick="Mamad|Ali-agha|Mahi|Shiri|Pari",
        kinm="Amoo|Daei|Agha-joon|Baba-bozorg",
        kinf="Khaleh|Ammeh|Maman-bozorg|Khanoom",
        honm="Agha-ye|Dr|Mr|Mohandes",
        honf="Khanom|Dr|Mrs|Ms",
        towns="تهران=Tehran~#####-#####|اصفهان=Isfahan~#####-#####|شیراز=Shiraz~#####-#####|تبریز=Tabriz~#####-#####|مشهد=Mashhad~#####-#####|رشت=Rasht~#####-#####",
        streets="خیابان ولیعصر=Valiasr Street|خیابان انقلاب=Enghelab Street|خیابان گلستان=Golestan Street|بلوار کشاورز=Keshavarz Boulevard|خیابان حافظ=Hafez Street",
        addr="No. {n}, Alley {n3}, {street}, {town}, postal code {pc}|Unit {n3}, No. {nn}, {street}, {town} {pc}",
        naddr="{town}، {street}، کوچه {n3}، پلاک {n}، واحد {n3}، کد پستی {pc}",
        phone="0912 ### ####|0935 ### ####|0919 ### ####|+98 912 ### ####|+98 21 #### ####|021 #### ####",
        mail="gmail.com|yahoo.com|ut.ac.ir|chmail.ir",
        pub="Hafez|Rumi|Forough Farrokhzad|Abbas Kiarostami|Shirin Ebadi",
        passport="@########",
    ),
    L(
        "il",
        "Israel",
        "he en",
        nlang="he",
        iban="IL",
        gm="יוסי=Yossi|דוד=David|אבי=Avi|נועם=Noam|איתי=Itai|משה=Moshe|אורי=Uri|עמית=Amit|יעקב=Yaakov|שמעון=Shimon",
        gf="נועה=Noa|מיכל=Michal|שירה=Shira|רחל=Rachel|תמר=Tamar|יעל=Yael|אורית=Orit|חנה=Hannah|אסתר=Esther|רבקה=Rivka",
        fam="כהן=Cohen|לוי=Levi|מזרחי=Mizrahi|פרץ=Peretz|ביטון=Biton|דהן=Dahan|אברהם=Avraham|פרידמן=Friedman|שפירא=Shapira|גולדברג=Goldberg|רוזנבלום=Rosenblum",
        nick="Yossi'le|Mikhi|Shiri|Dudu|Tami",
        kinm="Saba|Dod|Abba",
        kinf="Savta|Doda|Ima",
        towns="תל אביב=Tel Aviv~6######|ירושלים=Jerusalem~9######|חיפה=Haifa~3######|באר שבע=Be'er Sheva~84#####|נתניה=Netanya~42#####",
        streets="רחוב הרצל=Herzl Street|רחוב דיזנגוף=Dizengoff Street|רחוב יפו=Jaffa Road|שדרות רוטשילד=Rothschild Boulevard|רחוב הנביאים=HaNevi'im Street|רחוב ביאליק=Bialik Street",
        addr="{street} {n}, Apt. {flat}, {town} {pc}|{n} {street}, {town} {pc}",
        naddr="{street} {n}, דירה {flat}, {town} {pc}",
        phone="05#-###-####|+972 5#-###-####|+972-5#-###-####|03-###-####|+972 3-###-####|02-###-####",
        mail="gmail.com|walla.co.il|012.net.il|mail.huji.ac.il",
        pub="Golda Meir|Amos Oz|Yehuda Amichai|Gal Gadot",
        passport="########|#########",
    ),
    L(
        "tr",
        "Türkiye",
        "tr en",
        iban="TR",
        gm="Mehmet|Mustafa|Ahmet|Emre|Burak|Hüseyin|Murat|Kemal|Oğuz|Serkan|Yusuf|Barış",
        gf="Ayşe|Fatma|Zeynep|Elif|Emine|Hatice|Merve|Gülşen|Özlem|Derya|Seda|Nazlı",
        fam="Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Arslan|Doğan|Kılıç|Aksoy|Karagöz|Güneş",
        nick="Memo|Ayşegül'üm|Zeyno|Hüso|Elifcim|Buri",
        kinm="Amca|Dayı|Dede|Enişte",
        kinf="Teyze|Hala|Anneanne|Babaanne|Yenge",
        honm="Bey|Sayın|Dr.|Av.",
        honf="Hanım|Sayın|Dr.|Av.",
        towns="İstanbul~34###|Ankara~06###|İzmir~35###|Bursa~16###|Diyarbakır~21###|Trabzon~61###",
        streets="Atatürk Cad.|Bağdat Cad.|Gül Sok.|Moda Cad.|Cumhuriyet Cad.|Lale Sok.|Millet Cad.|Akasya Sok.",
        districts="Kadıköy|Çankaya|Karşıyaka|Beşiktaş|Nilüfer|Üsküdar|Bornova|Sur",
        addr="{street} No: {n} D: {flat}, {pc} {district}/{town}|{district} Mah. {street} No: {n}/{flat}, {district}/{town}|{street} No:{n} Daire:{flat} {pc} {district} {town}",
        phone="05## ### ## ##|+90 5## ### ## ##|+90 (5##) ### ## ##|0 (212) ### ## ##|0212 ### ## ##|0532 ### ####",
        mail="gmail.com|hotmail.com|yandex.com.tr|boun.edu.tr|outlook.com",
        pub="Mustafa Kemal Atatürk|Orhan Pamuk|Nazım Hikmet|Elif Şafak|Tarkan",
        passport="U########|@########",
        dl="######",
    ),
    # --------------------------------------------------------------------- South Asia
    L(
        "in",
        "India",
        "hi en",
        nlang="hi",
        cards="rupay",
        gm="राहुल=Rahul|अमित=Amit|विजय=Vijay|संजय=Sanjay|अर्जुन=Arjun|रोहित=Rohit|मनोज=Manoj|सुरेश=Suresh|आदित्य=Aditya|विकास=Vikas",
        gf="प्रिया=Priya|अनीता=Anita|सुनीता=Sunita|पूजा=Pooja|नेहा=Neha|कविता=Kavita|दीपिका=Deepika|रेखा=Rekha|आंचल=Aanchal|स्वाति=Swati",
        fam="शर्मा=Sharma|वर्मा=Verma|गुप्ता=Gupta|सिंह=Singh|यादव=Yadav|मिश्रा=Mishra|चौहान=Chauhan|अग्रवाल=Agarwal|त्रिपाठी=Tripathi|पांडे=Pandey|खन्ना=Khanna",
        nick="Bittu|Pinky|Guddu|Sonu|Monu|Chintu|Bablu|Dolly",
        kinm="Chacha|Mama|Dadaji|Nanaji|Bhaiya|Uncle",
        kinf="Chachi|Mausi|Bua|Dadi|Nani|Didi|Aunty",
        honm="Shri|Mr|Dr|Sri",
        honf="Smt.|Mrs|Dr|Kumari|Ms",
        towns="नई दिल्ली=New Delhi~1100##|लखनऊ=Lucknow~2260##|पटना=Patna~8000##|जयपुर=Jaipur~3020##|वाराणसी=Varanasi~2210##|भोपाल=Bhopal~4620##",
        streets="गांधी मार्ग=Gandhi Marg|नेहरू नगर=Nehru Nagar|एम.जी. रोड=MG Road|स्टेशन रोड=Station Road|सिविल लाइन्स=Civil Lines|राजपुर रोड=Rajpur Road",
        districts="लाजपत नगर=Lajpat Nagar|गोमती नगर=Gomti Nagar|कंकड़बाग=Kankarbagh|मालवीय नगर=Malviya Nagar|अरेरा कॉलोनी=Arera Colony",
        addr="H.No. {nn}, {street}, {district}, {town} - {pc}|Flat {nnn}, Block {~A|B|C|D}, {district}, {town} {pc}|{n}/{n2}, {street}, {district}, {town} - {pc}",
        naddr="मकान नं. {nn}, {street}, {district}, {town} - {pc}",
        phone=_IN_PH + "|0522 ### ####|+91 11 #### ####",
        mail="gmail.com|yahoo.co.in|rediffmail.com|jnu.ac.in|outlook.com",
        pub="Mahatma Gandhi|Rabindranath Tagore|B. R. Ambedkar|Lata Mangeshkar|Shah Rukh Khan|Sachin Tendulkar",
        passport="@#######",
        dl="@@## 20##00#####|@@-##-20##-#######",
    ),
    L(
        "ta",
        "India (Tamil Nadu)",
        "en",
        style="init",
        cards="rupay",
        gm="Karthik|Senthil|Murugan|Arun|Vignesh|Balaji|Saravanan|Prakash|Gowtham|Ilango",
        gf="Lakshmi|Priya|Kavitha|Meena|Divya|Revathi|Anitha|Saranya|Nithya|Tamilselvi",
        fam="Ramasamy|Subramanian|Krishnan|Natarajan|Venkatesan|Palanisamy|Arumugam|Sundaram|Rajendran|Kandasamy",
        nick="Karthi|Senthu|Murugs|Lakshu|Kavi|Anu|Balu|Chellam",
        kinm="Mama|Chithappa|Thatha|Anna|Periyappa",
        kinf="Athai|Chithi|Paati|Akka|Periyamma",
        honm="Thiru|Mr|Dr",
        honf="Tmt.|Selvi|Mrs|Dr",
        towns="Chennai~6000##|Madurai~6250##|Coimbatore~6410##|Tiruchirappalli~6200##|Salem~6360##",
        streets="Anna Salai|Gandhi Road|Kamarajar Salai|Periyar Street|2nd Cross Street|Car Street|Bharathiyar Road",
        districts="T. Nagar|Mylapore|Anna Nagar|K.K. Nagar|Adyar|Gandhipuram|Thillai Nagar",
        addr="No. {n}, {street}, {district}, {town} - {pc}|Old No. {n} New No. {nn}, {street}, {district}, {town} {pc}|Flat {~A|B|C|F}{n3}, {nn} {street}, {district}, {town} - {pc}",
        phone=_IN_PH + "|044 #### ####|+91 44 #### ####",
        mail="gmail.com|yahoo.co.in|annauniv.edu|rediffmail.com",
        pub="C. V. Raman|A. R. Rahman|Kamala Harris|Srinivasa Ramanujan|Rajinikanth",
        passport="@#######",
        dl="TN## 20##00#####",
    ),
    L(
        "pk",
        "Pakistan",
        "en ur",
        nlang="ur",
        iban="PK",
        gm="محمد=Muhammad|علی=Ali|عمران=Imran|فیصل=Faisal|عثمان=Usman|بلال=Bilal|حمزہ=Hamza|کامران=Kamran|زبیر=Zubair|احسن=Ahsan",
        gf="عائشہ=Ayesha|فاطمہ=Fatima|سعدیہ=Sadia|نادیہ=Nadia|حنا=Hina|ثناء=Sana|مہوش=Mehwish|رابعہ=Rabia|ماہ نور=Mahnoor|زینب=Zainab",
        fam="خان=Khan|چوہدری=Chaudhry|بٹ=Butt|ملک=Malik|قریشی=Qureshi|شیخ=Sheikh|راجپوت=Rajput|اعوان=Awan|مرزا=Mirza|بلوچ=Baloch",
        nick="Mani|Sunny|Guddi|Pappu|Nanni|Bilu",
        kinm="Chacha|Mamoo|Dada Abu|Nana Abu|Bhai Jan",
        kinf="Phuppo|Khala|Dadi Amma|Nani|Baji|Apa",
        honm="Mr|Janab|Dr|Ch.|Haji",
        honf="Mrs|Begum|Dr|Ms|Mohtarma",
        towns="لاہور=Lahore~54###|کراچی=Karachi~7####|اسلام آباد=Islamabad~44###|پشاور=Peshawar~25###|فیصل آباد=Faisalabad~38###|ملتان=Multan~60###",
        streets="Main Boulevard|Mall Road|Jinnah Avenue|Shahrah-e-Faisal|University Road|Canal Road|Street {n3}",
        districts="Gulberg III|DHA Phase 5|G-9/2|F-7/3|Hayatabad|Gulshan-e-Iqbal|Model Town",
        addr="House No. {n}, Street {n3}, {district}, {town}|Flat {nn}, Block {~A|B|C|D}, {district}, {town} {pc}|House {nnn}, {street}, {district}, {town}",
        naddr="مکان نمبر {n}، گلی {n3}، {district}، {town}",
        phone="03## #######|0300-#######|+92 3## #######|+92 300 #######|042 ########|+92 21 ########|0333 #######",
        mail="gmail.com|yahoo.com|hotmail.com|lums.edu.pk|outlook.com",
        pub="Muhammad Ali Jinnah|Allama Iqbal|Malala Yousafzai|Nusrat Fateh Ali Khan|Faiz Ahmed Faiz|Abdul Sattar Edhi",
        passport="@@#######",
    ),
    L(
        "bd",
        "Bangladesh",
        "en bn",
        nlang="bn",
        gm="রহিম=Rahim|করিম=Karim|সাকিব=Shakib|তানভীর=Tanvir|আরিফ=Arif|রাজু=Raju|মাহমুদ=Mahmud|সুমন=Sumon|রফিক=Rafiq|জাহিদ=Zahid",
        gf="ফাতেমা=Fatema|নাসরিন=Nasrin|তাসলিমা=Taslima|শারমিন=Sharmin|রুমানা=Rumana|সাবরিনা=Sabrina|মিতু=Mitu|পপি=Popy|নুসরাত=Nusrat|রেহানা=Rehana",
        fam="হোসেন=Hossain|রহমান=Rahman|ইসলাম=Islam|আহমেদ=Ahmed|চৌধুরী=Chowdhury|সরকার=Sarkar|খান=Khan|দাস=Das|আক্তার=Akter|মিয়া=Miah",
        nick="Babu|Mithu|Tuktuki|Shanto|Moni|Bappi",
        kinm="Mama|Chacha|Dada|Nana|Bhaiya",
        kinf="Khala|Fupu|Dadi|Nani|Apa|Boudi",
        honm="Md.|Mr|Dr|Janab",
        honf="Mst.|Mrs|Dr|Begum",
        towns="ঢাকা=Dhaka~12##|চট্টগ্রাম=Chattogram~4###|সিলেট=Sylhet~31##|রাজশাহী=Rajshahi~6###|খুলনা=Khulna~9###",
        streets="Road {n3}|Mirpur Road|Satmasjid Road|Lake Circus Road|Zindabazar Road|Jamal Khan Road",
        districts="ধানমন্ডি=Dhanmondi|গুলশান=Gulshan|মিরপুর=Mirpur|উত্তরা=Uttara|আগ্রাবাদ=Agrabad|জিন্দাবাজার=Zindabazar",
        addr="House {n}, Road {n3}, {district}, {town} {pc}|Flat {~A|B|C}-{n3}, House {nn}, {street}, {district}, {town}|House {nn}, Sector {n3}, {district}, {town}-{pc}",
        naddr="বাড়ি {n}, রোড {n3}, {district}, {town} {pc}",
        phone="017## ######|01###-######|+880 17## ######|+880 1###-######|02-########|01911-######",
        mail="gmail.com|yahoo.com|du.ac.bd|outlook.com",
        pub="Sheikh Mujibur Rahman|Kazi Nazrul Islam|Muhammad Yunus|Taslima Nasrin",
        passport="@@#######",
    ),
    L(
        "lk",
        "Sri Lanka",
        "en",
        iprefix="1",
        gm="Nuwan|Kasun|Chaminda|Ruwan|Thilina|Dinesh|Lahiru|Sanath|Kumaran|Rizwan",
        gf="Dilani|Nadeesha|Chamari|Sanduni|Ishara|Kumari|Tharushi|Nirosha|Thamilini|Fathima",
        fam="Pathirana|Wickramasinghe|Jayasuriya|Perera|Fernando|Dissanayake|Gunawardena|Bandara|Silva|Sivakumar|Rathnayake|Marikar",
        nick="Chooty|Malli|Nangi|Sudu|Kasu|Podi",
        kinm="Seeya|Mama|Bappa|Aiya|Uncle",
        kinf="Aachchi|Nanda|Loku Amma|Akka|Aunty",
        towns="Colombo 05~00500|Colombo 07~00700|Kandy~20000|Galle~80000|Jaffna~40000|Nugegoda~10250|Negombo~11500",
        streets="Galle Road|Duplication Road|Peradeniya Road|Hospital Road|Temple Road|Stanley Road|Lake Drive",
        districts="Dehiwala|Wellawatte|Kotte|Nallur|Peradeniya|Kirulapone",
        addr="No. {n}, {street}, {town}|{n}/{n2}, {street}, {district}, {town}|No. {n}/{~A|B|1|2}, {street}, {town} {pc}",
        phone="07# ### ####|+94 7# ### ####|011 ### ####|+94 11 ### ####|077-#######",
        mail="gmail.com|yahoo.com|sltnet.lk|pdn.ac.lk",
        pub="Sirimavo Bandaranaike|Muttiah Muralitharan|Geoffrey Bawa|Michael Ondaatje",
        passport="N#######|@#######",
    ),
    L(
        "np",
        "Nepal",
        "en",
        nlang="ne",
        gm="राम=Ram|हरि=Hari|बिकास=Bikash|सुमन=Suman|प्रकाश=Prakash|दिपक=Dipak|सन्तोष=Santosh|रमेश=Ramesh|पासाङ=Pasang|निमा=Nima",
        gf="सीता=Sita|गीता=Gita|सरिता=Sarita|सुनिता=Sunita|पुष्पा=Pushpa|अनिता=Anita|कल्पना=Kalpana|बिमला=Bimala|डोल्मा=Dolma|लक्ष्मी=Laxmi",
        fam="श्रेष्ठ=Shrestha|थापा=Thapa|गुरुङ=Gurung|तामाङ=Tamang|राई=Rai|अधिकारी=Adhikari|पौडेल=Poudel|महर्जन=Maharjan|लामा=Lama|शेर्पा=Sherpa",
        nick="Kanchha|Kanchhi|Babu|Maiya|Bhai",
        kinm="Dai|Kaka|Mama|Hajurba|Buwa",
        kinf="Didi|Kaki|Maiju|Hajurama|Aama|Bahini",
        towns="काठमाडौं=Kathmandu|पोखरा=Pokhara|ललितपुर=Lalitpur|भक्तपुर=Bhaktapur|विराटनगर=Biratnagar",
        streets="Durbar Marg|Tripureshwor Marg|Jhamsikhel Road|Lakeside Road|Ring Road|Pulchowk Road",
        districts="बानेश्वर=Baneshwor|थमेल=Thamel|लाजिम्पाट=Lazimpat|पाटन=Patan|लेकसाइड=Lakeside",
        addr="Ward No. {n3}, {district}, {town}|House {nn}, {street}, {district}, {town}|{district}-{n3}, {street}, {town}",
        phone="98########|984-#######|+977 98########|+977-984-#######|01-#######|+977 1-#######",
        mail="gmail.com|yahoo.com|ntc.net.np|tu.edu.np",
        pub="Tenzing Norgay|B. P. Koirala|Laxmi Prasad Devkota|Pasang Lhamu Sherpa",
        passport="PA#######|#########",
    ),
    L(
        "af",
        "Afghanistan",
        "fa en",
        nlang="fa",
        gm="احمد=Ahmad|محمود=Mahmood|نجیب=Najib|فرید=Farid|شکیب=Shakib|عبدالرحیم=Abdul Rahim|نوید=Navid|حمید=Hamid|ذبیح‌الله=Zabihullah|جاوید=Jawid",
        gf="زرمینه=Zarmina|فرشته=Freshta|مریم=Maryam|نسرین=Nasrin|شبنم=Shabnam|لیلما=Lailuma|حمیرا=Humaira|مرسل=Mursal|سهیلا=Sohaila|پروین=Parwin",
        fam="احمدزی=Ahmadzai|پوپلزی=Popalzai|نوری=Noori|حیدری=Haidari|رحیمی=Rahimi|صدیقی=Siddiqui|هاشمی=Hashimi|یوسفزی=Yousafzai|سادات=Sadat|وردک=Wardak",
        kinm="Kaka|Mama|Baba-jan|Lala",
        kinf="Khala|Ama|Bibi-jan|Apa",
        honm="Mr|Haji|Dr|Engineer|Agha",
        honf="Mrs|Ms|Dr|Bibi",
        towns="کابل=Kabul|هرات=Herat|مزار شریف=Mazar-i-Sharif|قندهار=Kandahar|جلال‌آباد=Jalalabad",
        streets="Darulaman Road|Street {n3}|Jada-e Maiwand|Shahr-e Naw Road|Qala-e Fatullah Road",
        districts="Karte Char|Shahr-e Naw|Khair Khana|Wazir Akbar Khan|Karte Seh",
        addr="House {nn}, Street {n3}, {district}, District {n3}, {town}|{street}, House {nnn}, {district}, {town}",
        phone="070 ### ####|079 ### ####|+93 70 ### ####|+93 79 ### ####|078 ### ####",
        mail="gmail.com|yahoo.com|hotmail.com|ku.edu.af",
        pub="Rumi|Ahmad Shah Massoud|Khaled Hosseini|Malalai of Maiwand",
        passport="P########|O########",
    ),
]

LOCALES += [
    # ------------------------------------------------------------------ South-East Asia
    L(
        "id",
        "Indonesia",
        "id en",
        style="id",
        gm="Budi|Agus|Joko|Eko|Bambang|Hendra|Rizky|Dimas|Wahyu|Andi|Muhammad Iqbal|Yohanes",
        gf="Siti|Dewi|Sri|Rina|Putri|Ayu|Wulan|Indah|Fitri|Nurul|Kartika|Maria Goretti",
        fam="Santoso|Wijaya|Hidayat/Rahmawati|Setiawan|Kurniawan|Saputra/Saputri|Nugroho/Lestari|Siregar|Nasution|Simanjuntak|Sitompul|Pratama/Permatasari|Tanoto",
        nick="Yanto|Tini|Ucok|Butet|Dedi|Neng|Mas Joko|Ipul",
        kinm="Pak|Om|Mas|Kakek|Bang|Pakde",
        kinf="Bu|Tante|Mbak|Nenek|Kak|Bude",
        honm="Bapak|Pak|Dr.|Ir.|H.",
        honf="Ibu|Bu|Dr.|Hj.|Nona",
        towns="Jakarta Selatan~12###|Yogyakarta~55###|Surabaya~60###|Bandung~40###|Medan~20###|Makassar~90###|Denpasar~80###",
        streets="Jl. Sudirman|Jl. Malioboro|Jl. Gatot Subroto|Jl. Kaliurang|Gg. Mawar|Jl. Diponegoro|Jl. Cendrawasih",
        districts="Kebayoran Baru|Depok|Tegalsari|Coblong|Medan Baru|Panakkukang",
        addr="{street} No. {n}, RT 0{n3}/RW 0{n3}, {district}, {town} {pc}|{street} No. {n}, {district}, {town} {pc}|Perum Griya Asri Blok {~A|B|C}{n3} No. {n2}, {district}, {town}",
        phone="0812-####-####|0813 #### ####|0857-####-####|+62 812-####-####|+62 813 #### ####|(021) ###-####|+62 21 ### ####",
        mail="gmail.com|yahoo.co.id|ui.ac.id|ugm.ac.id|outlook.com",
        pub="Soekarno|Kartini|Pramoedya Ananta Toer|Bung Hatta|Raisa",
        passport="@#######|@@######",
    ),
    L(
        "my",
        "Malaysia",
        "ms en",
        style="binl",
        gm="Ahmad Faizal|Muhammad Hafiz|Mohd Azlan|Amirul Hakim|Khairul Anuar|Syafiq|Hazwan|Zulkifli|Faris|Aiman",
        gf="Nurul Aisyah|Siti Aminah|Nur Izzati|Farah Diana|Aina Sofea|Syazwani|Norazlina|Nur Hidayah|Aisyah Humaira|Balqis",
        fam="Ismail|Hassan|Abdullah|Rahman|Yusof|Omar|Othman|Zakaria|Ibrahim|Salleh|Mat Isa|Abu Bakar",
        nick="Pojie|Mat|Kak Long|Adik|Along|Angah",
        kinm="Pak Cik|Abang|Atuk|Tok|Pak Long",
        kinf="Mak Cik|Kakak|Nenek|Opah|Mak Long",
        honm="Encik|En.|Haji|Dato'|Dr.",
        honf="Puan|Pn.|Cik|Hajah|Datin|Dr.",
        towns="Kuala Lumpur~5####|Shah Alam, Selangor~40###|George Town, Pulau Pinang~10###|Johor Bahru, Johor~80###|Kota Bharu, Kelantan~15###|Kuching, Sarawak~93###",
        streets="Jalan Ampang|Jalan SS 2/24|Lorong Kenari|Jalan Tun Razak|Jalan Masjid India|Jalan Bukit Bintang|Jalan Kebun Bunga",
        districts="Taman Melawati|Bangsar|Petaling Jaya|Taman Tun Dr Ismail|Seksyen 7|Kampung Baru",
        addr="No. {n}, {street}, {district}, {pc} {town}|Unit {n3}-{n2}-{n}, Blok {~A|B|C}, {street}, {pc} {town}|Lot {nnn}, {district}, {pc} {town}",
        phone="01#-### ####|012-### ####|+60 1#-### ####|+60 12-### ####|03-#### ####|+60 3-#### ####|019-#######",
        mail="gmail.com|yahoo.com|um.edu.my|ukm.edu.my|hotmail.my",
        pub="Tunku Abdul Rahman|P. Ramlee|Siti Nurhaliza|Michelle Yeoh|Tan Sri P. Ramlee",
        passport="@########",
    ),
    L(
        "sg",
        "Singapore",
        "en",
        style="fam1st",
        rorder="fg",
        gm="Wei Ming|Jun Jie|Kai Wen|Zhi Hao|Boon Keng|Kok Leong|Jia Hao|Yong Sheng",
        gf="Hui Min|Xin Yi|Shu Fen|Mei Ling|Jia Ying|Siew Lan|Li Ting|Pei Shan",
        fam="Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Koh|Teo|Chong|Yeo",
        westm="Daniel|Marcus|Kenneth|Vincent|Darren|Benjamin",
        westf="Jasmine|Rachel|Sharon|Michelle|Cheryl|Eunice",
        nick="Ah Boy|Ah Mei|Xiao Ming|Ah Huat|Bee Bee",
        kinm="Uncle|Ah Gong|Ah Pa|Kor Kor",
        kinf="Auntie|Ah Ma|Ah Yi|Jie Jie",
        towns="Singapore~5#####|Singapore~6#####|Singapore~3#####",
        streets="Ang Mo Kio Avenue 3|Tampines Street 21|Jurong West Street 41|Toa Payoh Lorong 1|Bedok North Road|Yishun Ring Road|Clementi Avenue 2",
        addr="Blk {nnn} {street}, #{n2}-{nnn}, {town} {pc}|{n} {street}, #{n2}-{nn}, {town} {pc}|{nnn} {street}, {town} {pc}",
        phone="9### ####|8### ####|+65 9### ####|+65 8### ####|6### ####|+65 6### ####",
        mail="gmail.com|yahoo.com.sg|singnet.com.sg|u.nus.edu|outlook.com",
        pub="Lee Kuan Yew|Stefanie Sun|Joseph Schooling",
        passport="E#######@|K#######@",
    ),
    L(
        "ph",
        "Philippines",
        "en tl",
        style="ph",
        gm="Jose|Juan Carlos|Mark Anthony|Rodel|Jerome|Ramon|Paolo|Jun|Ernesto|Rizaldy",
        gf="Maria Cristina|Ma. Theresa|Angelica|Rowena|Jocelyn|Kristine|Marites|Lovely|Rosario|Jenalyn",
        fam="Santos|Reyes|Cruz|Bautista|Dela Cruz|Garcia|Mendoza|Villanueva|Aquino|Ramos|Macaraeg|Dimaculangan|Tolentino",
        nick="Jun-Jun|Bong|Inday|Neneng|Tintin|Bebang|Dodong|Pinky|Toto|Nonoy",
        kinm="Tito|Lolo|Kuya|Mang|Tatay",
        kinf="Tita|Lola|Ate|Aling|Nanay",
        honm="Mr.|G.|Dr.|Atty.|Engr.",
        honf="Mrs.|Gng.|Bb.|Dr.|Atty.",
        towns="Quezon City~11##|Cebu City~6000|Davao City~8000|Manila~10##|Iloilo City~5000|Baguio~2600",
        streets="Mabini St.|Rizal Avenue|Katipunan Avenue|Osmeña Boulevard|J.P. Laurel Avenue|Sampaguita St.|Molave St.",
        districts="San Roque|Lahug|Poblacion|Loyola Heights|Bagong Silang|Tisa|Malate",
        addr="{n} {street}, Brgy. {district}, {town} {pc}|Blk {n3} Lot {n2}, {street}, {district}, {town}|Unit {nnn}, {n} {street}, {district}, {town} {pc}",
        phone="0917 ### ####|0998 ### ####|0927 ### ####|+63 917 ### ####|+63 9## ### ####|(02) 8### ####|+63 2 8### ####",
        mail="gmail.com|yahoo.com|up.edu.ph|ateneo.edu|outlook.com",
        pub="José Rizal|Andrés Bonifacio|Manny Pacquiao|Lea Salonga|Corazon Aquino",
        passport="P#######@|P#######",
        dl="@##-##-######",
    ),
    L(
        "vn",
        "Vietnam",
        "vi en",
        style="vn",
        gm="Anh|Hùng|Dũng|Tuấn|Nam|Long|Phúc|Khoa|Bảo|Quân",
        gf="Lan|Hương|Mai|Linh|Trang|Hà|Thảo|Ngân|Phương|Yến",
        fam="Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ",
        midm="Văn|Đức|Minh|Quang|Hữu|Công",
        midf="Thị|Ngọc|Thanh|Thu|Kim|Bích",
        nick="Tí|Tèo|Bé|Cún|Bống|Su",
        kinm="Chú|Bác|Ông|Anh|Cậu",
        kinf="Cô|Dì|Bà|Chị|Mợ",
        honm="Ông|Anh|TS.",
        honf="Bà|Chị|TS.",
        towns="Hà Nội|TP. Hồ Chí Minh|Đà Nẵng|Huế|Cần Thơ|Hải Phòng",
        streets="phố Hàng Bạc|đường Lê Lợi|đường Nguyễn Huệ|phố Huế|đường Trần Hưng Đạo|ngõ 58 Nguyễn Chí Thanh|hẻm 42 Lý Thường Kiệt",
        districts="phường Bến Nghé|phường Hàng Bài|phường Phước Ninh|phường Vĩnh Ninh|phường Tân Định|phường Cầu Kho",
        addr="Số {n} {street}, {district}, {town}|{n}/{n2} {street}, {district}, Quận {n3}, {town}|Số {n}, {street}, {town}",
        phone="09# ### ## ##|09# ### ####|03# ### ####|+84 9# ### ## ##|+84 3# ### ####|024 #### ####|+84 28 #### ####",
        mail="gmail.com|yahoo.com.vn|vnu.edu.vn|outlook.com",
        pub="Hồ Chí Minh|Trịnh Công Sơn|Võ Nguyên Giáp|Thích Nhất Hạnh",
        passport="@#######",
    ),
    L(
        "th",
        "Thailand",
        "th en",
        nlang="th",
        rorder="gf",
        gm="สมชาย=Somchai|ประเสริฐ=Prasert|วิชัย=Wichai|สุรชัย=Surachai|ธนากร=Thanakorn|ณัฐพล=Nattapon|กิตติ=Kitti|อนุชา=Anucha",
        gf="สมศรี=Somsri|สุดา=Suda|นภา=Napa|กาญจนา=Kanchana|ปิยะนุช=Piyanuch|วรรณา=Wanna|อรุณี=Arunee|ศิริพร=Siriporn",
        fam="แสงทอง=Saengthong|ศรีสุข=Srisuk|วงศ์สวัสดิ์=Wongsawat|บุญมา=Boonma|จันทร์เพ็ญ=Chanpen|สุขสวัสดิ์=Suksawat|ทองดี=Thongdee|รัตนพันธ์=Rattanaphan",
        nick="Nok|Ploy|Bank|Golf|Noi|Aom|Beer|Ton|Fon|Toey",
        kinm="Lung|Ta|Pu|Phi|Na",
        kinf="Pa|Yai|Ya|Phi|Nong",
        honm="Khun|Mr|Dr",
        honf="Khun|Ms|Dr",
        towns="กรุงเทพมหานคร=Bangkok~10###|เชียงใหม่=Chiang Mai~50###|ขอนแก่น=Khon Kaen~40###|หาดใหญ่=Hat Yai~90###|นครราชสีมา=Nakhon Ratchasima~30###",
        streets="ถนนสุขุมวิท=Sukhumvit Road|ถนนพหลโยธิน=Phahonyothin Road|ถนนนิมมานเหมินท์=Nimmanhaemin Road|ถนนมิตรภาพ=Mittraphap Road|ถนนเพชรเกษม=Phetkasem Road",
        districts="คลองเตย=Khlong Toei|ลาดพร้าว=Lat Phrao|สุเทพ=Suthep|ในเมือง=Nai Mueang|บางรัก=Bang Rak",
        addr="{n}/{n2} Soi {n3}, {street}, {district}, {town} {pc}|{nn} Moo {n3}, {street}, {district}, {town} {pc}",
        naddr="{n}/{n2} ซอย {n3} {street} แขวง{district} {town} {pc}|{nn} หมู่ {n3} {street} ต.{district} {town} {pc}",
        phone="08#-###-####|09#-###-####|+66 8# ### ####|+66 (0)9#-###-####|02-###-####|+66 2 ### ####",
        mail="gmail.com|hotmail.com|chula.ac.th|cmu.ac.th|outlook.co.th",
        pub="King Bhumibol|Sunthorn Phu|Lisa Manoban|Apichatpong Weerasethakul",
        passport="@@#######",
    ),
    L(
        "mm",
        "Myanmar",
        "en",
        style="mono",
        gm="Aung Ko Ko|Zaw Min Htut|Kyaw Zin Oo|Thant Zin Htet|Min Thu|Ye Htut|Htet Aung|Soe Moe Naing|Tun Tun Win|Naing Lin",
        gf="Khin Myat Noe|Su Su Hlaing|Thiri Aung|Nilar Win|Ei Ei Mon|May Thu Zar|Hnin Wai|Aye Chan Moe|Phyu Phyu Kyaw|Zin Mar Oo",
        fam="",
        nick="Ko Ko|Ma Ma|Nyi Lay|Mi Mi|Kyaw Kyaw",
        kinm="U|Ko|Maung|Saya|Bagyi",
        kinf="Daw|Ma|Sayama|Aunty|Ahmaygyi",
        honm="U|Ko|Dr.",
        honf="Daw|Ma|Dr.",
        towns="Yangon|Mandalay|Naypyitaw|Mawlamyine|Bago|Taunggyi",
        streets="Pyay Road|Bogyoke Aung San Road|Anawrahta Road|Insein Road|Kaba Aye Pagoda Road|35th Street",
        districts="Kamayut|Bahan|Sanchaung|Hlaing|Chanayethazan|Mayangone",
        addr="No. {n}, {street}, {district} Township, {town}|Room {n3}, Building {nn}, {street}, {district} Township, {town}|No. {nn}, {n3}th Street, {district} Township, {town}",
        phone="09 ### ### ###|09-########|+95 9 ### ### ###|+95 9########|01 ######",
        mail="gmail.com|yahoo.com|outlook.com",
        pub="Aung San Suu Kyi|Bogyoke Aung San|U Thant|Ma Thida",
        passport="M#######|MA######",
    ),
    L(
        "kh",
        "Cambodia",
        "en",
        style="fam1st",
        rorder="fg",
        gm="Dara|Vichea|Sophal|Rithy|Bunthoeun|Visal|Piseth|Sovann|Chanthou",
        gf="Sreymom|Sophea|Chanthy|Bopha|Sreyneang|Kunthea|Raksmey|Sokha|Sreyleak",
        fam="Sok|Chan|Heng|Meas|Kim|Chea|Phan|Keo|Sam|Ly|Prak|Touch",
        nick="Mom|Pov|Ah Dara|Srey|Bong",
        kinm="Pou|Ta|Bong|Om",
        kinf="Ming|Yeay|Bong Srey|Om Srey",
        honm="Lok|Mr|Dr",
        honf="Lok Srey|Neak|Ms|Dr",
        towns="Phnom Penh|Siem Reap|Battambang|Kampot|Sihanoukville",
        streets="Street 240|Preah Norodom Boulevard|Street 63|Monivong Boulevard|Russian Federation Boulevard|Street 172",
        districts="Boeung Keng Kang|Tonle Bassac|Chey Chumneas|Svay Dangkum|Toul Tom Poung|Daun Penh",
        addr="#{n}{~E|Eo|A|B}, {street}, Sangkat {district}, {town}|House {n}, {street}, {district}, {town}",
        phone="012 ### ###|017 ### ###|092 ### ###|+855 12 ### ###|+855 (0)17 ### ###|023 ### ###",
        mail="gmail.com|yahoo.com|rupp.edu.kh",
        pub="Norodom Sihanouk|Sinn Sisamouth|Loung Ung|Rithy Panh",
        passport="N#######",
    ),
    # ----------------------------------------------------------------------- East Asia
    L(
        "cn",
        "China",
        "zh en",
        style="fam1st",
        nlang="zh",
        nosp="1",
        cards="unionpay",
        gm="伟=Wei|强=Qiang|磊=Lei|军=Jun|志明=Zhiming|建国=Jianguo|浩然=Haoran|子轩=Zixuan|宇航=Yuhang|国华=Guohua",
        gf="芳=Fang|娜=Na|秀英=Xiuying|丽=Li|静=Jing|婷婷=Tingting|雨欣=Yuxin|思琪=Siqi|桂兰=Guilan|晓燕=Xiaoyan",
        fam="王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|黄=Huang|赵=Zhao|吴=Wu|周=Zhou|徐=Xu|孙=Sun|马=Ma|胡=Hu|欧阳=Ouyang",
        nick="小王|老李|阿强|小芳|婷婷|胖子",
        kinm="叔叔|舅舅|爷爷|外公|大伯",
        kinf="阿姨|姑姑|奶奶|外婆|姨妈",
        honm="先生|老师|Mr",
        honf="女士|老师|Ms",
        towns="北京=Beijing~100###|上海=Shanghai~200###|广州=Guangzhou~510###|成都=Chengdu~610###|武汉=Wuhan~430###|西安=Xi'an~710###",
        streets="建国路=Jianguo Road|南京西路=Nanjing West Road|天河路=Tianhe Road|人民南路=Renmin South Road|解放大道=Jiefang Avenue|长安街=Chang'an Street",
        districts="朝阳区=Chaoyang District|静安区=Jing'an District|天河区=Tianhe District|武侯区=Wuhou District|江汉区=Jianghan District|雁塔区=Yanta District",
        addr="No. {n} {street}, Unit {n3}, Room {nnn}, {district}, {town} {pc}|Room {nnn}, Building {n3}, {n} {street}, {district}, {town}",
        naddr="{town}市{district}{street}{n}号{n3}单元{nnn}室|{town}{district}{street}{n}号院{n3}号楼{nnn}",
        phone="13# #### ####|138 #### ####|15# #### ####|+86 13# #### ####|+86 186 #### ####|(010) #### ####|+86 21 #### ####|139########",
        mail="qq.com|163.com|126.com|sina.com|pku.edu.cn|gmail.com",
        pub="鲁迅|毛泽东|屠呦呦|姚明|莫言|Lu Xun|Confucius",
        passport="E########|EA#######",
    ),
    L(
        "tw",
        "Taiwan",
        "zh en",
        style="fam1st",
        nlang="zh",
        nosp="1",
        rorder="mix",
        gm="志明=Chih-ming|家豪=Chia-hao|俊傑=Chun-chieh|建宏=Chien-hung|冠宇=Kuan-yu|承恩=Cheng-en|宗翰=Tsung-han|柏翰=Po-han",
        gf="怡君=Yi-chun|淑芬=Shu-fen|雅婷=Ya-ting|美玲=Mei-ling|佳穎=Chia-ying|詩涵=Shih-han|宜蓁=Yi-chen|欣怡=Hsin-yi",
        fam="陳=Chen|林=Lin|黃=Huang|張=Chang|李=Lee|王=Wang|吳=Wu|劉=Liu|蔡=Tsai|楊=Yang|許=Hsu|鄭=Cheng",
        nick="阿明|小美|阿豪|婷婷|阿嬤",
        kinm="阿伯|舅舅|阿公|叔叔",
        kinf="阿姨|阿嬤|姑姑|舅媽",
        honm="先生|老師",
        honf="小姐|女士|老師",
        towns="臺北市=Taipei City~1##|臺中市=Taichung City~4##|高雄市=Kaohsiung City~8##|臺南市=Tainan City~7##|新竹市=Hsinchu City~300",
        streets="忠孝東路=Zhongxiao E. Rd.|中山北路=Zhongshan N. Rd.|民生路=Minsheng Rd.|文化路=Wenhua Rd.|和平東路=Heping E. Rd.",
        districts="大安區=Da'an Dist.|信義區=Xinyi Dist.|西屯區=Xitun Dist.|苓雅區=Lingya Dist.|東區=East Dist.",
        addr="{n}F., No. {nn}, Ln. {nnn}, Sec. {n3}, {street}, {district}, {town} {pc}|No. {nn}, {street}, {district}, {town} {pc}",
        naddr="{pc}{town}{district}{street}{n3}段{nnn}巷{nn}號{n}樓|{town}{district}{street}{nn}號",
        phone="09##-###-###|0912 ### ###|+886 9## ### ###|+886-9##-###-###|(02) ####-####|+886 2 #### ####",
        mail="gmail.com|yahoo.com.tw|ntu.edu.tw|hotmail.com",
        pub="孫中山|鄧麗君|蔡英文|Ang Lee|Jay Chou",
        passport="3########",
    ),
    L(
        "hk",
        "Hong Kong",
        "zh en",
        style="fam1st",
        nlang="zh",
        nosp="1",
        rorder="fg",
        gm="大文=Tai-man|志強=Chi-keung|家明=Ka-ming|偉倫=Wai-lun|國華=Kwok-wah|子健=Tsz-kin|俊傑=Chun-kit|浩然=Ho-yin",
        gf="美儀=Mei-yee|嘉欣=Ka-yan|詠詩=Wing-sze|秀蘭=Sau-lan|慧敏=Wai-man|鳳儀=Fung-yee|家慧=Ka-wai|佩珊=Pui-shan",
        fam="陳=Chan|李=Lee|張=Cheung|黃=Wong|何=Ho|梁=Leung|林=Lam|劉=Lau|鄭=Cheng|吳=Ng|麥=Mak|葉=Yip",
        westm="Peter|Kenneth|Wilson|Eric|Alan|Dickson",
        westf="Mandy|Winnie|Cheryl|Karen|Fanny|Queenie",
        nick="阿明|肥仔|阿珍|細佬|阿May",
        kinm="阿叔|阿爺|舅父|伯父",
        kinf="姨媽|嫲嫲|婆婆|阿姨",
        honm="先生|Mr",
        honf="小姐|太太|Ms|Mrs",
        towns="香港=Hong Kong|九龍=Kowloon|新界=New Territories",
        streets="彌敦道=Nathan Road|軒尼詩道=Hennessy Road|英皇道=King's Road|德輔道中=Des Voeux Road Central|荔枝角道=Lai Chi Kok Road",
        districts="旺角=Mong Kok|銅鑼灣=Causeway Bay|北角=North Point|深水埗=Sham Shui Po|沙田=Sha Tin",
        addr="Flat {~A|B|C|D}, {n3}/F, {nn} {street}, {district}, {town}|Room {nnn}, {n3}/F, Block {n3}, {district}, {town}",
        naddr="{town}{district}{street}{nn}號{n3}樓{~A|B|C}室",
        phone="9### ####|6### ####|5### ####|+852 9### ####|+852 6### ####|2### ####",
        mail="gmail.com|yahoo.com.hk|netvigator.com|connect.hku.hk",
        pub="李小龍|Bruce Lee|Jackie Chan|張國榮|Leslie Cheung",
        passport="K########|H########",
    ),
    L(
        "jp",
        "Japan",
        "ja en",
        style="fam1st",
        nlang="ja",
        nosp="1",
        rorder="gf",
        dfmt="ymd",
        cards="jcb",
        gm="翔太=Shota|健一=Kenichi|大輔=Daisuke|拓也=Takuya|誠=Makoto|浩=Hiroshi|蓮=Ren|悠真=Yuma|茂=Shigeru|隆=Takashi",
        gf="陽子=Yoko|恵子=Keiko|美咲=Misaki|由美=Yumi|さくら=Sakura|花子=Hanako|愛=Ai|千代=Chiyo|結衣=Yui|トミ=Tomi",
        fam="佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|田中=Tanaka|渡辺=Watanabe|伊藤=Ito|山本=Yamamoto|中村=Nakamura|小林=Kobayashi|加藤=Kato|吉田=Yoshida|山口=Yamaguchi",
        nick="けんちゃん|ゆみりん|さっちゃん|たっくん|ひろぴー",
        kinm="おじさん|おじいちゃん|叔父",
        kinf="おばさん|おばあちゃん|叔母",
        honm="様|さん|先生|Mr.",
        honf="様|さん|先生|Ms.",
        towns="東京都=Tokyo~###-####|大阪府=Osaka~5##-####|京都府=Kyoto~6##-####|北海道=Hokkaido~0##-####|福岡県=Fukuoka~8##-####|沖縄県=Okinawa~90#-####",
        streets="渋谷区神宮前=Jingumae, Shibuya-ku|北区梅田=Umeda, Kita-ku|左京区下鴨=Shimogamo, Sakyo-ku|札幌市中央区南三条=Minami 3-jo, Chuo-ku, Sapporo|博多区博多駅前=Hakataekimae, Hakata-ku|那覇市久茂地=Kumoji, Naha",
        addr="{n3}-{n2}-{n3} {street}, {town} {pc}|Room {nnn}, {n3}-{n2}-{n3} {street}, {town} {pc}",
        naddr="〒{pc} {town}{street}{n3}-{n2}-{n3}|〒{pc} {town}{street}{n3}丁目{n2}番{n3}号 {~メゾン青葉|コーポ田中|ハイツ緑}{nnn}号室",
        phone="090-####-####|080-####-####|070-####-####|+81 90-####-####|+81 80 #### ####|03-####-####|+81 3-####-####|06-####-####",
        mail="gmail.com|yahoo.co.jp|docomo.ne.jp|ezweb.ne.jp|u-tokyo.ac.jp|icloud.com",
        pub="夏目漱石|村上春樹|宮崎駿|大谷翔平|Natsume Soseki|Yoko Ono",
        passport="@@#######",
        dl="############",
    ),
    L(
        "kr",
        "South Korea",
        "ko en",
        style="fam1st",
        nlang="ko",
        nosp="1",
        rorder="fg",
        dfmt="ymd",
        gm="민준=Min-jun|서준=Seo-jun|지훈=Ji-hoon|현우=Hyun-woo|성민=Sung-min|동현=Dong-hyun|영수=Young-soo|재훈=Jae-hoon",
        gf="서연=Seo-yeon|지민=Ji-min|수빈=Su-bin|민지=Min-ji|하은=Ha-eun|영희=Young-hee|은정=Eun-jung|미숙=Mi-sook",
        fam="김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang|조=Cho|윤=Yoon|장=Jang|임=Lim|한=Han|오=Oh",
        nick="민쥰이|지미니|쑤빈|영수야|동동이",
        kinm="삼촌|할아버지|큰아버지|외삼촌",
        kinf="이모|할머니|고모|큰어머니",
        honm="님|씨|선생님|교수님",
        honf="님|씨|선생님|교수님",
        towns="서울특별시=Seoul~0####|부산광역시=Busan~4####|대구광역시=Daegu~4####|광주광역시=Gwangju~6####|전주시=Jeonju~5####",
        streets="강남구 테헤란로=Teheran-ro, Gangnam-gu|마포구 와우산로=Wausan-ro, Mapo-gu|해운대구 해운대로=Haeundae-ro, Haeundae-gu|중구 동성로=Dongseong-ro, Jung-gu|완산구 전주객사길=Jeonjugaeksa-gil, Wansan-gu",
        addr="{nn}, {street}, {town} {pc}|{~Apt|Unit} {nnn}-{nnnn}, {nn} {street}, {town} {pc}",
        naddr="{town} {street} {nn}, {nnn}동 {nnnn}호 ({pc})|({pc}) {town} {street} {nn}",
        phone="010-####-####|010 #### ####|+82 10-####-####|+82 10 #### ####|02-###-####|+82 2-####-####|051-###-####",
        mail="naver.com|daum.net|gmail.com|kakao.com|snu.ac.kr",
        pub="세종대왕|BTS|봉준호|한강|Bong Joon-ho|Han Kang",
        passport="M########|@########",
        dl="##-##-######-##",
    ),
    L(
        "mn",
        "Mongolia",
        "en",
        style="mn",
        nlang="mn",
        gm="Энхбаяр=Enkhbayar|Бат-Эрдэнэ=Bat-Erdene|Тэмүүлэн=Temuulen|Ганзориг=Ganzorig|Мөнх-Очир=Munkh-Ochir|Батболд=Batbold|Түвшинбаяр=Tuvshinbayar",
        gf="Энхжин=Enkhjin|Сарнай=Sarnai|Оюунчимэг=Oyunchimeg|Номин=Nomin|Болормаа=Bolormaa|Ариунзаяа=Ariunzaya|Хулан=Khulan",
        fam="",
        pat="Батбаярын=Batbayaryn|Ганболдын=Ganboldyn|Доржийн=Dorjiin|Эрдэнэбаатарын=Erdenebaataryn|Сүхбаатарын=Sukhbaataryn|Цэрэнгийн=Tserengiin|Баярын=Bayaryn|Гантулгын=Gantulgyn",
        nick="Bataa|Tuvshee|Nomi|Saraa|Enkhee|Oyuka",
        kinm="Avga ah|Övöö|Nagats ah",
        kinf="Avga egch|Emee|Nagats egch",
        towns="Улаанбаатар=Ulaanbaatar|Эрдэнэт=Erdenet|Дархан=Darkhan|Ховд=Khovd|Мөрөн=Murun",
        streets="Peace Avenue|Seoul Street|Chinggis Avenue|Ikh Toiruu|Baga Toiruu|Olympic Street",
        districts="Bayangol|Sükhbaatar|Khan-Uul|Chingeltei|Bayanzürkh|Songinokhairkhan",
        addr="{district} District, {n3} khoroo, Building {nn}, Apartment {nnn}, {town}|{street} {n}, apt {nnn}, {district} District, {town}|{district} District, {n3} khoroo, ger district, Street {n3}, fence {nn}, {town}",
        phone="99## ####|88## ####|95## ####|+976 99## ####|+976 88## ####|7011 ####",
        mail="gmail.com|yahoo.com|num.edu.mn|mobinet.mn",
        pub="Chinggis Khaan|Sükhbaatar|Natsagdorj",
        passport="E#######",
    ),
    # -------------------------------------------------------- Central Asia and Caucasus
    L(
        "kz",
        "Kazakhstan",
        "en ru",
        style="pat",
        nlang="ru",
        iban="KZ",
        gm="Айдар=Aidar|Ерлан=Yerlan|Нурлан=Nurlan|Асхат=Askhat|Дархан=Darkhan|Бауыржан=Bauyrzhan|Ержан=Yerzhan|Тимур=Timur",
        gf="Айгерим=Aigerim|Динара=Dinara|Гульнара=Gulnara|Асель=Assel|Жанар=Zhanar|Мадина=Madina|Сауле=Saule|Алия=Aliya",
        fam="Ахметов/Ахметова=Akhmetov/Akhmetova|Жумабаев/Жумабаева=Zhumabayev/Zhumabayeva|Сапаров/Сапарова=Saparov/Saparova|Нурланов/Нурланова=Nurlanov/Nurlanova|Касымов/Касымова=Kassymov/Kassymova|Оспанов/Оспанова=Ospanov/Ospanova|Тулегенов/Тулегенова=Tulegenov/Tulegenova",
        pat="Серикович/Сериковна=Serikovich/Serikovna|Нурланович/Нурлановна=Nurlanovich/Nurlanovna|Болатович/Болатовна=Bolatovich/Bolatovna|Маратович/Маратовна=Maratovich/Maratovna|Серікұлы/Серікқызы=Serikuly/Serikkyzy",
        nick="Aika|Dika|Asik|Timka|Zhanik",
        kinm="Ata|Aga|Kokem|Dyadya",
        kinf="Apa|Apke|Azhe|Tyotya",
        towns="Алматы=Almaty~050###|Астана=Astana~010###|Шымкент=Shymkent~160###|Караганда=Karaganda~100###|Актобе=Aktobe~030###",
        streets="ул. Абая=Abai Ave|пр. Достык=Dostyk Ave|ул. Жибек Жолы=Zhibek Zholy St|ул. Толе би=Tole Bi St|пр. Республики=Respublika Ave|ул. Сатпаева=Satpayev St",
        addr="{street} {n}, apt {flat}, {town} {pc}|{n} {street}, flat {flat}, {town}, {pc}",
        naddr="г. {town}, {street}, д. {n}, кв. {flat}, {pc}|{pc}, г. {town}, {street}, {n}-{flat}",
        phone="8 701 ### ####|8 (777) ### ## ##|+7 701 ### ## ##|+7 (747) ###-##-##|8 727 ### ## ##|+7 727 ### ####",
        mail="gmail.com|mail.ru|kaznu.kz|yandex.kz",
        pub="Abai Qunanbaiuly|Dimash Kudaibergen|Gennady Golovkin",
        passport="N########",
    ),
    L(
        "uz",
        "Uzbekistan",
        "en",
        style="pat",
        gm="Jasur|Bekzod|Sardor|Otabek|Rustam|Dilshod|Aziz|Sherzod",
        gf="Dilnoza|Gulnora|Nodira|Malika|Zarina|Madina|Shahnoza|Feruza",
        fam="Karimov/Karimova|Rahimov/Rahimova|Yusupov/Yusupova|Tursunov/Tursunova|Abdullayev/Abdullayeva|Xolmatov/Xolmatova|Ergashev/Ergasheva|Mirzayev/Mirzayeva",
        pat="Anvar o‘g‘li/Anvar qizi|Baxtiyor o‘g‘li/Baxtiyor qizi|Shavkat o‘g‘li/Shavkat qizi|Rustam o‘g‘li/Rustam qizi|Akmal o‘g‘li/Akmal qizi",
        nick="Jasik|Bek|Dilya|Malya|Sardik",
        kinm="Amaki|Tog‘a|Bobo|Aka",
        kinf="Xola|Amma|Buvi|Opa",
        honm="Mr|Dr|janob",
        honf="Ms|Dr|xonim",
        towns="Toshkent|Samarqand|Buxoro|Farg‘ona|Namangan|Andijon",
        streets="Amir Temur ko‘chasi|Navoiy ko‘chasi|Mustaqillik ko‘chasi|Bobur ko‘chasi|Shota Rustaveli ko‘chasi",
        districts="Yunusobod|Chilonzor|Mirzo Ulug‘bek|Shayxontohur|Yakkasaroy",
        addr="{street}, {n}-uy, {flat}-xonadon, {district} tumani, {town}|{district} tumani, {n3}-kvartal, {nn}-uy, {flat}-xonadon, {town}",
        phone="90 ### ## ##|+998 90 ### ## ##|+998 (93) ###-##-##|+998 71 ### ## ##|91 ### ## ##",
        mail="gmail.com|mail.ru|inbox.uz|nuu.uz",
        pub="Alisher Navoiy|Amir Temur|Ulug‘bek|Abdulla Qodiriy",
        passport="@@#######",
    ),
    L(
        "ge",
        "Georgia",
        "en",
        nlang="ka",
        iban="GE",
        gm="გიორგი=Giorgi|დავით=Davit|ლევან=Levan|ნიკა=Nika|ირაკლი=Irakli|ზურაბ=Zurab|ლაშა=Lasha|თემურ=Temur",
        gf="ნინო=Nino|თამარ=Tamar|მარიამ=Mariam|ანა=Ana|ეკატერინე=Ekaterine|ნათია=Natia|ქეთევან=Ketevan|სალომე=Salome",
        fam="ბერიძე=Beridze|კაპანაძე=Kapanadze|გელაშვილი=Gelashvili|მაისურაძე=Maisuradze|ლომიძე=Lomidze|ნოზაძე=Nozadze|ჯაფარიძე=Japaridze|ხუციშვილი=Khutsishvili|გიორგაძე=Giorgadze",
        nick="Gio|Dato|Lasha-bicho|Nini|Keti|Tamo",
        kinm="Babua|Bidzia|Papa",
        kinf="Bebia|Deida|Mamida",
        towns="თბილისი=Tbilisi~01##|ბათუმი=Batumi~6000|ქუთაისი=Kutaisi~4600|რუსთავი=Rustavi~3700",
        streets="რუსთაველის გამზირი=Rustaveli Avenue|ჭავჭავაძის გამზირი=Chavchavadze Avenue|აღმაშენებლის გამზირი=Aghmashenebeli Avenue|პეკინის ქუჩა=Pekini Street|ვაჟა-ფშაველას გამზირი=Vazha-Pshavela Avenue",
        addr="{n} {street}, apt. {flat}, {town} {pc}|{street} {n}, flat {flat}, {town} {pc}",
        phone="5## ## ## ##|5## ### ###|+995 5## ## ## ##|+995 32 2## ## ##|032 2## ## ##",
        mail="gmail.com|yahoo.com|tsu.ge|mail.ru",
        pub="Shota Rustaveli|Niko Pirosmani|Ilia Chavchavadze|Katie Melua",
        passport="##@@#####",
    ),
    L(
        "am",
        "Armenia",
        "en",
        nlang="hy",
        gm="Արամ=Aram|Դավիթ=Davit|Տիգրան=Tigran|Հայկ=Hayk|Արմեն=Armen|Գևորգ=Gevorg|Նարեկ=Narek|Վահե=Vahe",
        gf="Անի=Ani|Մարիամ=Mariam|Լուսինե=Lusine|Նարինե=Narine|Աննա=Anna|Գայանե=Gayane|Սոնա=Sona|Հասմիկ=Hasmik",
        fam="Պետրոսյան=Petrosyan|Հովհաննիսյան=Hovhannisyan|Սարգսյան=Sargsyan|Գրիգորյան=Grigoryan|Խաչատրյան=Khachatryan|Հարությունյան=Harutyunyan|Ավետիսյան=Avetisyan|Մկրտչյան=Mkrtchyan|Կարապետյան=Karapetyan",
        nick="Aro|Tiko|Lusik|Narchik|Anush",
        kinm="Papik|Horeghbayr|Keri",
        kinf="Tatik|Morakuyr|Hoqur",
        towns="Երևան=Yerevan~00##|Գյումրի=Gyumri~3101|Վանաձոր=Vanadzor~2001|Դիլիջան=Dilijan~3901",
        streets="Աբովյան փողոց=Abovyan Street|Մաշտոցի պողոտա=Mashtots Avenue|Թումանյան փողոց=Tumanyan Street|Սայաթ-Նովայի պողոտա=Sayat-Nova Avenue|Կոմիտասի պողոտա=Komitas Avenue",
        addr="{n} {street}, apt. {flat}, {town} {pc}|{street} {n}, apt {flat}, {town} {pc}",
        phone="091 ######|099 ######|077 ## ## ##|+374 91 ######|+374 99 ## ## ##|010 ## ## ##|+374 10 ## ## ##",
        mail="gmail.com|mail.ru|ysu.am|yahoo.com",
        pub="Komitas|Aram Khachaturian|Charles Aznavour|Sergei Parajanov",
        passport="@@#######",
    ),
]

LOCALES += [
    # -------------------------------------------------------------------------- Europe
    L(
        "gb",
        "United Kingdom",
        "en",
        iban="GB",
        gm="James|Oliver|Thomas|Daniel|Callum|Gareth|Rhys|Alistair|Kwame|Imran|Declan|Harry",
        gf="Sarah|Emily|Charlotte|Siobhan|Megan|Priya|Bethan|Hannah|Joanne|Niamh|Eleanor|Gemma",
        fam="Smith|Jones|Williams|Taylor|Davies|Evans|Thomas|Roberts|Patel|Hughes|Campbell|MacLeod|Ahmed|Okoro-Lewis|Wright|Pritchard",
        nick="Jim|Ollie|Tom|Danny|Cal|Gaz|Ellie|Charlie|Meg|Jo",
        kinm="Uncle|Grandad|Grandpa|Great-Uncle",
        kinf="Auntie|Nan|Nana|Gran|Great-Aunt",
        towns="Manchester~M14 #@@|Leeds~LS6 #@@|Cardiff~CF24 #@@|Edinburgh~EH9 #@@|Glasgow~G12 #@@|Bristol~BS7 #@@|Birmingham~B29 #@@|Norwich~NR2 #@@|York~YO10 #@@",
        streets="Wilmslow Road|Chapel Street|Victoria Road|Albert Terrace|Church Lane|Mill Road|Station Road|Beech Grove|Marchmont Crescent",
        districts="Fallowfield|Headingley|Cathays|Marchmont|Hillhead|Bishopston|Selly Oak",
        addr="{n} {street}, {town} {pc}|Flat {flat}, {n} {street}, {district}, {town} {pc}|{n} {street}\n{district}\n{town}\n{pc}|{n}{~a|b} {street}, {district}, {town} {pc}",
        phone="07### ######|07700 9## ###|+44 7### ######|+44 (0)7### ######|020 7### ####|0161 ### ####|0113 ### ####|+44 131 ### ####",
        mail="gmail.com|hotmail.co.uk|btinternet.com|yahoo.co.uk|outlook.com|manchester.ac.uk|ed.ac.uk",
        pub="Winston Churchill|Queen Elizabeth II|David Attenborough|Virginia Woolf|Adele|Paul McCartney",
        passport="#########|##########",
        dl="UK",
    ),
    L(
        "ie",
        "Ireland",
        "en",
        iban="IE",
        gm="Seán|Ciarán|Pádraig|Conor|Declan|Eoin|Darragh|Liam|Tadhg|Cathal",
        gf="Aoife|Siobhán|Niamh|Orla|Saoirse|Gráinne|Máire|Clodagh|Caoimhe|Róisín",
        fam="Ó Briain/Ní Bhriain|O'Brien|Murphy|Kelly|Mac Cárthaigh/Nic Cárthaigh|Walsh|O'Sullivan|Byrne|Ryan|Ó Dónaill/Ní Dhónaill|McCarthy|Fitzgerald",
        nick="Paddy|Ciaro|Shiv|Eoiny|Darro|Gráinneog",
        kinm="Uncle|Grandad|Daideo",
        kinf="Auntie|Nana|Mamó|Granny",
        towns="Dublin~D0# @#@#|Cork~T12 @#@#|Galway~H91 @@#@|Limerick~V94 @#@#|Sligo~F91 @#@#",
        streets="Rathmines Road|Main Street|College Road|Bóthar na Trá|Abbey Street|Shandon Street",
        districts="Rathmines|Ranelagh|Salthill|Ballincollig|Phibsborough|Knocknacarra",
        addr="{n} {street}, {district}, {town}, {pc}|Apt {flat}, {n} {street}, {town} {pc}|{n} {street}, {district}, Co. {town}, {pc}",
        phone="08# ### ####|+353 8# ### ####|01 ### ####|+353 1 ### ####|021 ### ####",
        mail="gmail.com|eircom.net|tcd.ie|ucd.ie|hotmail.com",
        pub="James Joyce|W. B. Yeats|Mary Robinson|Seamus Heaney|Sinéad O'Connor",
        passport="@@#######|@#######",
    ),
    L(
        "fr",
        "France",
        "fr en",
        iban="FR",
        gm="Jean-Pierre|Thomas|Nicolas|Mathieu|Karim|Julien|Olivier|Bernard|Yannick|Mamadou|Guillaume",
        gf="Marie|Camille|Sophie|Élodie|Nathalie|Amina|Chantal|Léa|Isabelle|Monique|Anne-Laure",
        fam="Martin|Bernard|Dubois|Petit|Leroy|Moreau|Lefebvre|Fournier|Girard|Benali|Nguyen|de La Fontaine|Le Gall|Traoré|Rousseau",
        nick="Nico|Juju|Mimi|Doudou|Titi|Loulou|Seb|Cam",
        towns="Paris~750##|Lyon~6900#|Marseille~130##|Toulouse~31###|Lille~59000|Rennes~35000|Nantes~44###|Bordeaux~33###",
        streets="rue de la République|rue Victor Hugo|avenue Jean Jaurès|boulevard Voltaire|rue des Lilas|impasse des Tilleuls|chemin du Moulin|place du Marché",
        addr="{n} {street}, {pc} {town}|{n} bis {street}, {pc} {town}|Appt {flat}, {n} {street}, {pc} {town}|{n}, {street}\n{pc} {town}|Bât. {~A|B|C}, {n} {street}, {pc} {town}",
        phone="06 ## ## ## ##|07 ## ## ## ##|+33 6 ## ## ## ##|+33 (0)7 ## ## ## ##|01 ## ## ## ##|06########|+33 4 ## ## ## ##",
        mail="gmail.com|orange.fr|free.fr|laposte.net|yahoo.fr|sfr.fr|univ-lyon2.fr|ehess.fr",
        pub="Victor Hugo|Simone de Beauvoir|Marie Curie|Édith Piaf|Charles de Gaulle|Zinédine Zidane",
    ),
    L(
        "de",
        "Germany",
        "de en",
        iban="DE",
        gm="Thomas|Michael|Stefan|Jürgen|Klaus|Lukas|Mehmet|Tobias|Hans-Peter|Dieter|Friedrich",
        gf="Sabine|Ursula|Anna|Katharina|Monika|Lena|Gisela|Ayşe|Brigitte|Johanna|Hildegard",
        fam="Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Hoffmann|Schäfer|von Bülow|Yılmaz|Kowalski|Zimmermann|Große-Wilde",
        nick="Tommi|Steffi|Jogi|Klausi|Lenchen|Hansi|Mo",
        towns="Berlin~10###|Hamburg~20###|München~80###|Köln~50###|Leipzig~04###|Freiburg im Breisgau~79###|Dresden~01###",
        streets="Hauptstraße|Schillerstraße|Goethestraße|Lindenallee|Am Markt|Bahnhofstraße|Gartenweg|Kastanienallee",
        addr="{street} {n}, {pc} {town}|{street} {n}a, {pc} {town}|{street} {n}\n{pc} {town}|c/o {~Weber|Schulz|Krause}, {street} {n}, {pc} {town}",
        phone="0151 ########|0170 #######|0176 ########|+49 151 ########|+49 (0)30 ########|030 ########|089 #######|+49 221 #######",
        mail="gmx.de|web.de|t-online.de|gmail.com|posteo.de|hu-berlin.de|uni-leipzig.de",
        pub="Johann Wolfgang von Goethe|Angela Merkel|Albert Einstein|Hannah Arendt|Sophie Scholl",
    ),
    L(
        "ch",
        "Switzerland",
        "de fr en",
        iban="CH",
        gm="Reto|Urs|Beat|Lukas|Marco|Luca|Daniel|Samuel",
        gf="Regula|Brigitte|Nicole|Laura|Chiara|Sarah|Andrea|Corinne",
        fam="Müller|Meier|Schmid|Keller|Weber|Huber|Brunner|Gerber|Rossi|Favre|Bernasconi|Zürcher",
        towns="Zürich~80##|Bern~30##|Basel~40##|Lausanne~100#|Luzern~600#|Genève~120#",
        streets="Bahnhofstrasse|Seefeldstrasse|Dorfstrasse|Rue de Lausanne|Kirchweg|Via Cantonale",
        addr="{street} {n}, {pc} {town}|{street} {n}\n{pc} {town}",
        phone="079 ### ## ##|078 ### ## ##|+41 79 ### ## ##|+41 44 ### ## ##|044 ### ## ##|076 ### ## ##",
        mail="bluewin.ch|gmx.ch|gmail.com|uzh.ch|unige.ch",
        pub="Roger Federer|Carl Jung|Le Corbusier|Henri Dunant",
        passport="X#######|@#######",
    ),
    L(
        "nl",
        "Netherlands",
        "nl en",
        iban="NL",
        gm="Jan|Pieter|Sander|Daan|Bram|Mohamed|Wouter|Kees|Thijs|Ruben",
        gf="Anna|Sanne|Lotte|Femke|Fatima|Marieke|Ingrid|Eva|Anouk|Willemijn",
        fam="de Vries|van den Berg|Jansen|Bakker|Visser|Smit|de Jong|van Dijk|Mulder|van der Meer|Bos|El Amrani|Hendriks|Kuipers",
        nick="Janneke|Piet|Bas|Lot|Fem|Moos",
        kinm="Oom|Opa|Ome",
        kinf="Tante|Oma|Tante",
        honm="dhr.|mr.|dr.",
        honf="mevr.|mw.|mr.|dr.",
        towns="Amsterdam~10## @@|Rotterdam~30## @@|Utrecht~35## @@|Leiden~23## @@|Groningen~97## @@|Nijmegen~65## @@",
        streets="Kerkstraat|Prinsengracht|Dorpsstraat|Molenweg|Lange Voorhout|Oudegracht|Schoolstraat|Nieuwe Binnenweg",
        addr="{street} {n}, {pc} {town}|{street} {n}-{~I|II|III|hs}, {pc} {town}|{street} {n}{~A|B|bis}\n{pc} {town}",
        phone="06-########|06 ## ## ## ##|+31 6 ########|+31 (0)20 ### ####|020 ### ####|+31 6-########",
        mail="gmail.com|ziggo.nl|kpnmail.nl|hotmail.nl|uva.nl|leidenuniv.nl",
        pub="Anne Frank|Vincent van Gogh|Rembrandt van Rijn|Johan Cruijff",
        passport="@@$$$$$$#",
        dl="##########",
    ),
    L(
        "be",
        "Belgium",
        "nl fr en",
        iban="BE",
        gm="Pieter|Jens|Wout|Arnaud|Maxime|Youssef|Koen|Geert",
        gf="Lien|Elke|Sofie|Charlotte|Manon|Nadia|Annelies|Julie",
        fam="Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Dubois|Lambert|Van Damme|De Smet",
        kinm="Nonkel|Opa|Parrain",
        kinf="Tante|Oma|Bomma|Marraine",
        towns="Antwerpen~2###|Gent~9000|Leuven~3000|Brussel~10##|Liège~4000|Brugge~8000",
        streets="Kerkstraat|Stationsstraat|Rue de la Loi|Meir|Veldstraat|Chaussée de Charleroi",
        addr="{street} {n}, {pc} {town}|{street} {n} bus {flat}, {pc} {town}",
        phone="0470 ## ## ##|0486 ## ## ##|+32 470 ## ## ##|+32 2 ### ## ##|09 ### ## ##",
        mail="telenet.be|skynet.be|gmail.com|ugent.be|kuleuven.be",
        pub="Jacques Brel|Hergé|Stromae|Eddy Merckx",
        passport="@@######",
    ),
    L(
        "es",
        "Spain",
        "es en",
        style="es",
        iban="ES",
        gm="José Luis|Javier|Carlos|Manuel|Antonio|Pablo|Álvaro|Jorge|Sergio|Iñaki",
        gf="María|Carmen|Lucía|Ana Belén|Pilar|Marta|Laura|Rocío|Ainhoa|Montserrat",
        fam="García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Ruiz|Jiménez|de la Fuente|Etxeberria|Puig",
        nick="Pepe|Manolo|Maite|Pili|Lolo|Nacho|Charo|Quique",
        towns="Madrid~28###|Barcelona~080##|Sevilla~410##|Valencia~460##|Bilbao~480##|Granada~180##|Zaragoza~500##",
        streets="Calle Mayor|Calle de Alcalá|Avenida de la Constitución|Carrer de Mallorca|Calle San Fernando|Paseo de Gracia|Calle Real",
        addr="{street} {n}, {pc} {town}|{street}, {n}, {n3}º {~A|B|izda.|dcha.}, {pc} {town}|{street} {n}, {n3}-{~A|B|C}, {pc} {town}",
        phone="6## ## ## ##|6## ### ###|+34 6## ### ###|+34 91 ### ## ##|91 ### ## ##|7## ## ## ##",
        mail="gmail.com|hotmail.es|yahoo.es|telefonica.net|ucm.es|ub.edu",
        pub="Federico García Lorca|Pablo Picasso|Miguel de Cervantes|Rosalía|Pedro Almodóvar",
        passport="@@@######|@@######",
        dl="########@",
    ),
    L(
        "pt",
        "Portugal",
        "pt en",
        style="pt",
        iban="PT",
        gm="João|José|António|Rui|Tiago|Miguel|Pedro|Nuno",
        gf="Maria|Ana|Joana|Inês|Catarina|Rita|Sofia|Beatriz",
        fam="Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Fernandes|Gonçalves|Carvalho",
        nick="Zé|Tó|Quim|Mané|Becas|Xana",
        towns="Lisboa~1###-###|Porto~4###-###|Coimbra~3000-###|Braga~4700-###|Faro~8000-###|Aveiro~3800-###",
        streets="Rua Augusta|Rua de Santa Catarina|Avenida da Liberdade|Rua do Carmo|Travessa do Fala-Só|Rua Direita|Largo do Rato",
        addr="{street}, {n}, {n3}.º {~Esq.|Dto.|A|B}, {pc} {town}|{street} {n}, {pc} {town}",
        phone="91# ### ###|93# ### ###|96# ### ###|+351 91# ### ###|21# ### ###|+351 22# ### ###",
        mail="gmail.com|sapo.pt|hotmail.com|netcabo.pt|ulisboa.pt",
        pub="Fernando Pessoa|José Saramago|Amália Rodrigues|Cristiano Ronaldo",
    ),
    L(
        "it",
        "Italy",
        "it en",
        iban="IT",
        gm="Giuseppe|Marco|Alessandro|Luca|Francesco|Giovanni|Salvatore|Matteo",
        gf="Giulia|Francesca|Maria Grazia|Chiara|Sofia|Anna|Rosa|Elena",
        fam="Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|De Luca|Lo Bianco|D'Angelo",
        nick="Peppe|Totò|Gigi|Franci|Ale|Nonna Pina",
        kinm="Zio|Nonno|Compare",
        kinf="Zia|Nonna|Comare",
        honm="Sig.|Dott.|Avv.|Ing.",
        honf="Sig.ra|Dott.ssa|Avv.|Prof.ssa",
        towns="Roma~001##|Milano~201##|Napoli~801##|Torino~101##|Bologna~401##|Palermo~901##|Firenze~501##",
        streets="Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via Mazzini|Piazza del Popolo|Via dei Mille|Viale Europa|Vicolo Stretto",
        addr="{street} {n}, {pc} {town}|{street}, {n}, int. {flat}, {pc} {town}|{street} {n}\n{pc} {town} ({~RM|MI|NA|TO|BO|PA|FI})",
        phone="3## ### ####|+39 3## ### ####|+39 06 #### ####|06 #### ####|02 #### ####|+39 347 #######",
        mail="gmail.com|libero.it|virgilio.it|alice.it|unibo.it|uniroma1.it",
        pub="Dante Alighieri|Giuseppe Garibaldi|Maria Montessori|Federico Fellini|Primo Levi",
        passport="@@#######",
        dl="@@#######@",
    ),
    L(
        "pl",
        "Poland",
        "pl en",
        iban="PL",
        gm="Piotr|Krzysztof|Tomasz|Paweł|Michał|Marcin|Jan|Andrzej",
        gf="Anna|Katarzyna|Magdalena|Agnieszka|Małgorzata|Joanna|Ewa|Zofia",
        fam="Kowalski/Kowalska|Nowak|Wiśniewski/Wiśniewska|Wójcik|Kamiński/Kamińska|Lewandowski/Lewandowska|Zieliński/Zielińska|Szymański/Szymańska|Woźniak|Dąbrowski/Dąbrowska|Kozłowski/Kozłowska|Mazur",
        nick="Piotrek|Kasia|Gosia|Tomek|Asia|Zosia|Jaś|Madzia",
        kinm="Wujek|Dziadek|Stryj",
        kinf="Ciocia|Babcia|Babunia",
        honm="Pan|dr|mgr",
        honf="Pani|dr|mgr",
        towns="Warszawa~0#-###|Kraków~3#-###|Łódź~9#-###|Wrocław~5#-###|Gdańsk~80-###|Poznań~6#-###|Lublin~20-###",
        streets="ul. Marszałkowska|ul. Długa|ul. Piotrkowska|ul. Floriańska|al. Jana Pawła II|ul. Mickiewicza|ul. Lipowa|ul. Ogrodowa",
        addr="{street} {n}/{flat}, {pc} {town}|{street} {n}, {pc} {town}|{street} {n} m. {flat}\n{pc} {town}",
        phone="5## ### ###|6## ### ###|+48 5## ### ###|+48 22 ### ## ##|22 ### ## ##|7## ### ###",
        mail="gmail.com|wp.pl|onet.pl|o2.pl|interia.pl|uw.edu.pl",
        pub="Maria Skłodowska-Curie|Fryderyk Chopin|Lech Wałęsa|Wisława Szymborska|Olga Tokarczuk",
        passport="@@#######",
    ),
    L(
        "cz",
        "Czechia",
        "cs en",
        iban="CZ",
        gm="Jan|Petr|Jiří|Tomáš|Martin|Pavel|Jakub|Lukáš",
        gf="Jana|Eva|Hana|Lucie|Kateřina|Petra|Tereza|Marie",
        fam="Novák/Nováková|Svoboda/Svobodová|Dvořák/Dvořáková|Černý/Černá|Procházka/Procházková|Kučera/Kučerová|Veselý/Veselá|Horák/Horáková|Němec/Němcová|Pokorný/Pokorná",
        nick="Honza|Pepa|Jirka|Kačka|Péťa|Terka",
        kinm="strejda|děda|dědeček",
        kinf="teta|babička|babi",
        honm="pan|Ing.|Mgr.|MUDr.",
        honf="paní|Ing.|Mgr.|MUDr.",
        towns="Praha~1## ##|Brno~6## ##|Ostrava~7## ##|Plzeň~3## ##|Olomouc~779 ##",
        streets="Vinohradská|Národní|Masarykova|Husova|Palackého|Na Příkopě|Lidická",
        addr="{street} {nnnn}/{n2}, {pc} {town}|{street} {n}, {pc} {town}",
        phone="6## ### ###|7## ### ###|+420 6## ### ###|+420 2## ### ###|+420 7## ### ###",
        mail="seznam.cz|email.cz|gmail.com|centrum.cz|cuni.cz",
        pub="Václav Havel|Franz Kafka|Milan Kundera|Antonín Dvořák",
        passport="########",
    ),
    L(
        "hu",
        "Hungary",
        "hu en",
        style="hu",
        iban="HU",
        dfmt="ymd",
        gm="László|István|Zoltán|Gábor|Péter|Attila|Tamás|Balázs",
        gf="Katalin|Erzsébet|Ildikó|Zsuzsanna|Anna|Eszter|Judit|Réka",
        fam="Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Papp",
        nick="Laci|Pisti|Zoli|Kati|Zsuzsi|Marika",
        kinm="bácsi|nagypapa|Feri bácsi",
        kinf="néni|nagymama|Mari néni",
        honm="úr|dr.",
        honf="asszony|dr.|né",
        towns="Budapest~1###|Debrecen~40##|Szeged~67##|Pécs~76##|Győr~90##",
        streets="Kossuth Lajos utca|Petőfi Sándor utca|Váci út|Andrássy út|Rákóczi út|Fő utca|Dózsa György út",
        addr="{pc} {town}, {street} {n}.|{pc} {town}, {street} {n}. {n3}/{flat}.|{town}, {street} {n}., {pc}",
        phone="+36 30 ### ####|+36 20 ### ####|06 30 ### ####|06 1 ### ####|+36 1 ### ####|06-70-###-####",
        mail="gmail.com|freemail.hu|citromail.hu|t-online.hu|elte.hu",
        pub="Petőfi Sándor|Liszt Ferenc|Kossuth Lajos|Béla Bartók|Imre Kertész",
        passport="@@#######",
    ),
    L(
        "ro",
        "Romania",
        "ro en",
        iban="RO",
        gm="Andrei|Mihai|Ion|Alexandru|Cristian|Florin|Gheorghe|Vlad",
        gf="Maria|Elena|Ioana|Andreea|Mihaela|Ana-Maria|Cristina|Gabriela",
        fam="Popescu|Ionescu|Popa|Dumitrescu|Stan|Stoica|Gheorghiu|Munteanu|Constantinescu|Moldovan|Rusu|Lungu",
        nick="Ionuț|Gelu|Nelu|Mimi|Lili|Fănel",
        kinm="Nea|Unchiul|Bunicul|Nenea",
        kinf="Tanti|Mătușa|Bunica|Tușa",
        honm="dl.|Dr.",
        honf="dna.|Dr.",
        towns="București~0#####|Cluj-Napoca~400###|Iași~700###|Timișoara~300###|Brașov~500###",
        streets="Str. Lipscani|Bd. Unirii|Str. Mihai Eminescu|Calea Victoriei|Str. Florilor|Aleea Trandafirilor",
        addr="{street} nr. {n}, bl. {~A|B|C}{n3}, sc. {n3}, ap. {flat}, {town} {pc}|{street} nr. {n}, {pc} {town}",
        phone="07## ### ###|+40 7## ### ###|021 ### ####|+40 21 ### ####|0722 ######",
        mail="gmail.com|yahoo.com|yahoo.ro|ubbcluj.ro",
        pub="Mihai Eminescu|Nadia Comăneci|Constantin Brâncuși|Herta Müller",
        passport="#########",
    ),
    L(
        "gr",
        "Greece",
        "el en",
        nlang="el",
        iban="GR",
        gm="Γιώργος=Giorgos|Δημήτρης=Dimitris|Νίκος=Nikos|Κώστας=Kostas|Γιάννης=Giannis|Παναγιώτης=Panagiotis|Χρήστος=Christos|Βασίλης=Vasilis",
        gf="Μαρία=Maria|Ελένη=Eleni|Αικατερίνη=Aikaterini|Βασιλική=Vasiliki|Σοφία=Sofia|Γεωργία=Georgia|Δέσποινα=Despoina|Αναστασία=Anastasia",
        fam="Παπαδόπουλος/Παπαδοπούλου=Papadopoulos/Papadopoulou|Παπαδάκης/Παπαδάκη=Papadakis/Papadaki|Γεωργίου=Georgiou|Οικονόμου=Oikonomou|Νικολάου=Nikolaou|Βασιλείου=Vasileiou|Καραγιάννης/Καραγιάννη=Karagiannis/Karagianni|Μαυρίδης/Μαυρίδου=Mavridis/Mavridou|Αντωνίου=Antoniou",
        nick="Giorgakis|Mitsos|Nikolakis|Lenio|Katerinaki|Voula",
        kinm="Theio|Pappou|Nono",
        kinf="Theia|Giagia|Nona",
        towns="Αθήνα=Athens~1## ##|Θεσσαλονίκη=Thessaloniki~5## ##|Πάτρα=Patras~26# ##|Ηράκλειο=Heraklion~71# ##",
        streets="Ερμού=Ermou|Λεωφόρος Αλεξάνδρας=Leoforos Alexandras|Τσιμισκή=Tsimiski|Αιόλου=Aiolou|Πατησίων=Patision",
        addr="{street} {n}, {pc} {town}|{street} {n}, {n3}ος όροφος, {pc} {town}",
        phone="69# ### ####|+30 69# ### ####|21# ### ####|+30 21# ### ####|6944######",
        mail="gmail.com|yahoo.gr|otenet.gr|uoa.gr|hotmail.com",
        pub="Nikos Kazantzakis|Maria Callas|Melina Mercouri|Constantine Cavafy",
        passport="@@#######",
    ),
    L(
        "se",
        "Sweden",
        "sv en",
        iban="SE",
        gm="Erik|Lars|Anders|Johan|Karl|Oskar|Mikael|Nils",
        gf="Anna|Maria|Karin|Ingrid|Elin|Sara|Astrid|Linnea",
        fam="Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Lindqvist|Bergström|Svensson|Lindgren",
        nick="Kalle|Lasse|Nisse|Lotta|Majken|Micke",
        kinm="Farbror|Morbror|Morfar|Farfar",
        kinf="Faster|Moster|Mormor|Farmor",
        towns="Stockholm~1## ##|Göteborg~4## ##|Malmö~2## ##|Uppsala~75# ##|Umeå~90# ##|Kiruna~981 ##",
        streets="Storgatan|Drottninggatan|Kungsgatan|Sveavägen|Skolgatan|Björkvägen|Linnégatan",
        addr="{street} {n}, {pc} {town}|{street} {n} lgh 1{n3}0{n3}, {pc} {town}|{street} {n}\n{pc} {town}",
        phone="07#-### ## ##|+46 7# ### ## ##|08-### ### ##|+46 8 ### ### ##|070 ### ## ##",
        mail="gmail.com|telia.com|hotmail.se|bredband.net|su.se|uu.se",
        pub="Astrid Lindgren|Greta Thunberg|Ingmar Bergman|Alfred Nobel|Selma Lagerlöf",
        passport="########",
    ),
    L(
        "no",
        "Norway",
        "no en",
        iban="NO",
        gm="Ole|Lars|Magnus|Henrik|Knut|Sindre|Eirik|Håkon",
        gf="Ingrid|Kari|Silje|Marit|Ragnhild|Solveig|Ida|Nora",
        fam="Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Berg|Haugen|Hagen|Bakken|Solberg|Sara|Eira",
        nick="Olemann|Kari-mor|Siljemor|Sindre-gutten",
        kinm="Onkel|Bestefar|Farfar",
        kinf="Tante|Bestemor|Mormor",
        towns="Oslo~0###|Bergen~50##|Trondheim~70##|Tromsø~90##|Stavanger~40##|Kautokeino~9520",
        streets="Storgata|Kirkegata|Bygdøy allé|Thorvald Meyers gate|Kongens gate|Skoleveien",
        addr="{street} {n}, {pc} {town}|{street} {n}{~A|B|C}, {pc} {town}|{street} {n}, leil. H0{n3}0{n3}, {pc} {town}",
        phone="4## ## ###|9## ## ###|+47 4## ## ###|+47 9## ## ###|+47 22 ## ## ##",
        mail="gmail.com|online.no|hotmail.no|uio.no|uit.no",
        pub="Henrik Ibsen|Edvard Munch|Roald Amundsen|Liv Ullmann|Sissel Kyrkjebø",
        passport="@@#######",
    ),
    L(
        "fi",
        "Finland",
        "fi en",
        iban="FI",
        gm="Mikko|Juha|Matti|Jari|Antti|Timo|Ville|Eero",
        gf="Anna|Tuula|Päivi|Sari|Aino|Helmi|Johanna|Riikka",
        fam="Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen|Lehtonen|Salonen",
        nick="Mikke|Jussi|Masa|Päikkis|Sarppa",
        kinm="setä|eno|isoisä|pappa",
        kinf="täti|mummo|isoäiti|mummi",
        towns="Helsinki~00###|Tampere~33###|Turku~20###|Oulu~90###|Jyväskylä~40###",
        streets="Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Koulukatu|Rantatie|Puistokatu",
        addr="{street} {n} {~A|B|C} {flat}, {pc} {town}|{street} {n}, {pc} {town}",
        phone="040 ### ####|050 ### ####|044 ### ####|+358 40 ### ####|+358 50 ### ####|09 ### ####",
        mail="gmail.com|kolumbus.fi|luukku.com|helsinki.fi",
        pub="Jean Sibelius|Tove Jansson|Alvar Aalto|Sanna Marin",
        passport="@@#######",
    ),
    L(
        "is",
        "Iceland",
        "en",
        style="is",
        iban="IS",
        gm="Jón|Sigurður|Guðmundur|Gunnar|Ólafur|Einar|Kristján|Stefán",
        gf="Guðrún|Anna|Kristín|Sigríður|Margrét|Helga|Ragnheiður|Sólveig",
        fam="",
        pat="Jónsson/Jónsdóttir|Sigurðsson/Sigurðardóttir|Guðmundsson/Guðmundsdóttir|Gunnarsson/Gunnarsdóttir|Ólafsson/Ólafsdóttir|Einarsson/Einarsdóttir|Kristjánsson/Kristjánsdóttir|Stefánsson/Stefánsdóttir|Helguson/Helgudóttir|Guðrúnarson/Guðrúnardóttir",
        nick="Nonni|Siggi|Gummi|Gunna|Sigga|Magga|Stebbi",
        kinm="Afi|Frændi",
        kinf="Amma|Frænka",
        towns="Reykjavík~1##|Akureyri~600|Hafnarfjörður~22#|Kópavogur~20#|Ísafjörður~400",
        streets="Laugavegur|Skólavörðustígur|Hverfisgata|Bankastræti|Vesturgata|Hringbraut",
        addr="{street} {n}, {pc} {town}|{street} {n}, íbúð {n3}0{n3}, {pc} {town}",
        phone="6## ####|7## ####|8## ####|+354 6## ####|+354 8## ####|5## ####",
        mail="gmail.com|simnet.is|hi.is|internet.is",
        pub="Björk|Halldór Laxness|Vigdís Finnbogadóttir",
        passport="@#######",
    ),
    L(
        "lt",
        "Lithuania",
        "en",
        iban="LT",
        gm="Jonas|Tomas|Mantas|Darius|Andrius|Vytautas|Paulius|Lukas",
        gf="Ona|Rūta|Agnė|Eglė|Jurgita|Inga|Aušra|Greta",
        fam="Kazlauskas/Kazlauskienė|Jankauskas/Jankauskaitė|Petrauskas/Petrauskienė|Stankevičius/Stankevičiūtė|Vasiliauskas/Vasiliauskienė|Žukauskas/Žukauskaitė|Butkus/Butkutė|Paulauskas/Paulauskienė",
        nick="Jonukas|Tomukas|Rūtelė|Agnytė",
        kinm="Dėdė|Senelis",
        kinf="Teta|Močiutė|Senelė",
        towns="Vilnius~LT-0####|Kaunas~LT-4####|Klaipėda~LT-9####|Šiauliai~LT-7####",
        streets="Gedimino pr.|Pilies g.|Laisvės al.|Vilniaus g.|Taikos pr.|Savanorių pr.",
        addr="{street} {n}-{flat}, {pc} {town}|{street} {n}, {town} {pc}",
        phone="8 6## #####|+370 6## #####|8 5 ### ####|+370 5 ### ####|+370 6## ## ###",
        mail="gmail.com|one.lt|delfi.lt|vu.lt",
        pub="Vytautas Landsbergis|Marija Gimbutas|Mikalojus Čiurlionis",
        passport="########",
    ),
    L(
        "ua",
        "Ukraine",
        "uk en",
        style="pat",
        nlang="uk",
        iban="UA",
        gm="Олександр=Oleksandr|Андрій=Andrii|Дмитро=Dmytro|Сергій=Serhii|Іван=Ivan|Тарас=Taras|Богдан=Bohdan|Микола=Mykola",
        gf="Олена=Olena|Наталія=Nataliia|Оксана=Oksana|Ірина=Iryna|Тетяна=Tetiana|Юлія=Yuliia|Марія=Mariia|Галина=Halyna",
        fam="Шевченко=Shevchenko|Коваленко=Kovalenko|Бондаренко=Bondarenko|Ткаченко=Tkachenko|Кравченко=Kravchenko|Мельник=Melnyk|Олійник=Oliinyk|Бойко=Boiko|Коваль=Koval|Поліщук=Polishchuk|Савчук=Savchuk|Гнатюк=Hnatiuk",
        pat="Олександрович/Олександрівна=Oleksandrovych/Oleksandrivna|Іванович/Іванівна=Ivanovych/Ivanivna|Петрович/Петрівна=Petrovych/Petrivna|Миколайович/Миколаївна=Mykolaiovych/Mykolaivna|Васильович/Василівна=Vasylovych/Vasylivna|Степанович/Степанівна=Stepanovych/Stepanivna",
        nick="Сашко|Андрійко|Оля|Іринка|Тарасик|Галя",
        kinm="дядько|дідусь|дід|вуйко",
        kinf="тітка|бабуся|баба|тьотя",
        honm="пан|д-р|Mr",
        honf="пані|д-р|Ms",
        towns="Київ=Kyiv~0####|Львів=Lviv~79###|Харків=Kharkiv~61###|Одеса=Odesa~65###|Дніпро=Dnipro~49###|Чернівці=Chernivtsi~58###",
        streets="вул. Хрещатик=Khreshchatyk St|вул. Шевченка=Shevchenka St|просп. Свободи=Svobody Ave|вул. Франка=Franka St|вул. Городоцька=Horodotska St|вул. Сумська=Sumska St",
        addr="{n} {street}, apt {flat}, {town} {pc}|{street} {n}, apt. {flat}, {town}, {pc}",
        naddr="{street}, {n}, кв. {flat}, м. {town}, {pc}|{pc}, м. {town}, {street}, буд. {n}, кв. {flat}",
        phone="067 ### ## ##|050 ### ## ##|093 ### ## ##|+380 67 ### ## ##|+380 50 ### ####|+380 44 ### ## ##",
        mail="gmail.com|ukr.net|i.ua|meta.ua|knu.ua",
        pub="Taras Shevchenko|Lesya Ukrainka|Volodymyr Zelensky|Ivan Franko",
        passport="@@######|#########",
    ),
    L(
        "ru",
        "Russia",
        "ru en",
        style="pat",
        nlang="ru",
        cards="mir",
        gm="Александр=Aleksandr|Сергей=Sergei|Дмитрий=Dmitry|Андрей=Andrei|Алексей=Alexei|Михаил=Mikhail|Николай=Nikolai|Владимир=Vladimir|Иван=Ivan|Павел=Pavel",
        gf="Елена=Elena|Ольга=Olga|Татьяна=Tatiana|Наталья=Natalia|Анна=Anna|Мария=Maria|Ирина=Irina|Светлана=Svetlana|Екатерина=Ekaterina|Людмила=Lyudmila",
        fam="Иванов/Иванова=Ivanov/Ivanova|Смирнов/Смирнова=Smirnov/Smirnova|Кузнецов/Кузнецова=Kuznetsov/Kuznetsova|Попов/Попова=Popov/Popova|Соколов/Соколова=Sokolov/Sokolova|Лебедев/Лебедева=Lebedev/Lebedeva|Новиков/Новикова=Novikov/Novikova|Морозов/Морозова=Morozov/Morozova|Волков/Волкова=Volkov/Volkova|Зайцев/Зайцева=Zaitsev/Zaitseva|Белоусов/Белоусова=Belousov/Belousova|Ковальчук=Kovalchuk",
        pat="Александрович/Александровна=Aleksandrovich/Aleksandrovna|Сергеевич/Сергеевна=Sergeevich/Sergeevna|Иванович/Ивановна=Ivanovich/Ivanovna|Петрович/Петровна=Petrovich/Petrovna|Николаевич/Николаевна=Nikolaevich/Nikolaevna|Михайлович/Михайловна=Mikhailovich/Mikhailovna|Владимирович/Владимировна=Vladimirovich/Vladimirovna",
        nick="Саша|Серёжа|Димка|Лёша|Таня|Наташа|Маша|Люся",
        kinm="дядя|дедушка|дед",
        kinf="тётя|бабушка|баба",
        honm="г-н|д-р|Mr",
        honf="г-жа|д-р|Ms",
        towns="Москва=Moscow~1#####|Санкт-Петербург=Saint Petersburg~19####|Казань=Kazan~420###|Новосибирск=Novosibirsk~630###|Екатеринбург=Yekaterinburg~620###|Иркутск=Irkutsk~664###",
        streets="ул. Ленина=ul. Lenina|ул. Пушкина=ul. Pushkina|Тверская ул.=Tverskaya ul.|пр. Мира=prospekt Mira|ул. Садовая=ul. Sadovaya|Невский пр.=Nevsky prospekt|ул. Гагарина=ul. Gagarina",
        addr="{street}, d. {n}, kv. {flat}, {town} {pc}|{street} {n}-{flat}, {town}, {pc}",
        naddr="{pc}, г. {town}, {street}, д. {n}, кв. {flat}|г. {town}, {street}, д. {n}, корп. {n3}, кв. {flat}",
        phone="+7 9## ###-##-##|8 (9##) ###-##-##|8 9## ### ## ##|+7 (495) ###-##-##|8 (812) ###-##-##|89#########",
        mail="mail.ru|yandex.ru|gmail.com|rambler.ru|list.ru|hse.ru",
        pub="Лев Толстой|Александр Пушкин|Юрий Гагарин|Anna Akhmatova|Fyodor Dostoevsky",
        passport="## ## ######|## #######",
    ),
    L(
        "rs",
        "Serbia",
        "en",
        nlang="sr",
        iban="RS",
        gm="Никола=Nikola|Марко=Marko|Стефан=Stefan|Милош=Miloš|Душан=Dušan|Небојша=Nebojša|Александар=Aleksandar|Драган=Dragan",
        gf="Јелена=Jelena|Милица=Milica|Ана=Ana|Драгана=Dragana|Марија=Marija|Снежана=Snežana|Јована=Jovana|Ивана=Ivana",
        fam="Јовановић=Jovanović|Петровић=Petrović|Николић=Nikolić|Марковић=Marković|Ђорђевић=Đorđević|Стојановић=Stojanović|Илић=Ilić|Станковић=Stanković|Павловић=Pavlović",
        nick="Džoni|Miki|Gaga|Ceca|Bane|Sneki",
        kinm="Čika|Deda|Ujak|Stric",
        kinf="Tetka|Baba|Strina|Ujna",
        towns="Београд=Beograd~11###|Нови Сад=Novi Sad~21###|Ниш=Niš~18###|Крагујевац=Kragujevac~34###",
        streets="Кнез Михаилова=Knez Mihailova|Булевар краља Александра=Bulevar kralja Aleksandra|Цара Душана=Cara Dušana|Његошева=Njegoševa|Змај Јовина=Zmaj Jovina",
        addr="{street} {n}, {pc} {town}|{street} {n}/{flat}, {pc} {town}",
        phone="06# ### ####|+381 6# ### ####|011 ### ####|+381 11 ### ####|064/###-####",
        mail="gmail.com|yahoo.com|eunet.rs|bg.ac.rs",
        pub="Nikola Tesla|Novak Đoković|Ivo Andrić|Marina Abramović",
        passport="#########",
    ),
]

LOCALES += [
    # ------------------------------------------------------------------------ Americas
    L(
        "us",
        "United States",
        "en",
        dfmt="mdy",
        nrange="100-9899",
        midp="0.3",
        cards="discover",
        gm="Michael|Robert|David|Jose|Tyrell|Brandon|Kevin|Jamal|Cody|Ethan|Dwayne|Luis|Wyatt",
        gf="Jennifer|Ashley|Maria|Keisha|Megan|Latoya|Jessica|Brittany|Linda|Guadalupe|Kayla|Tamika|Dolores",
        fam="Johnson|Williams|Brown|Garcia|Miller|Davis|Rodriguez|Washington|Nguyen|Kowalczyk|O'Neill|Jackson|Hernandez|Thompson|Whitfield|Running Bear",
        nick="Mike|Bobby|Dave|Ty|Jay|Meg|Jess|Lupe|Bubba|Dee|Kay-Kay",
        kinm="Uncle|Grandpa|Pop-Pop|Grandaddy",
        kinf="Aunt|Auntie|Grandma|Nana|Big Mama",
        towns="Chicago, IL~606##|Houston, TX~770##|Albuquerque, NM~871##|Baltimore, MD~212##|Fresno, CA~937##|Dayton, OH~454##|Savannah, GA~314##|Tulsa, OK~741##|Duluth, MN~558##|Lowell, MA~018##",
        streets="Maple Avenue|Oak Street|W 63rd Street|Elm Drive|N Halsted Street|Martin Luther King Jr Blvd|Cedar Lane|Pine Ridge Road|Jefferson Ave|Bayou Road",
        addr="{n} {street}, {town} {pc}|{n} {street} Apt {flat}, {town} {pc}|{n} {street}, Unit {flat}, {town} {pc}|{n} {street}\n{town} {pc}",
        phone="(%##) %##-####|%##-%##-####|+1 %##-%##-####|+1 (%##) %##-####|%##.%##.####",
        mail="gmail.com|yahoo.com|aol.com|comcast.net|outlook.com|icloud.com|umich.edu|ucla.edu",
        pub="Abraham Lincoln|Martin Luther King Jr.|Rosa Parks|Oprah Winfrey|Toni Morrison|Barack Obama|Taylor Swift",
        passport="#########|@########",
        dl="@#######|### ### ###|########|@###-####-####|@###-###-##-###-#",
    ),
    L(
        "ca",
        "Canada",
        "en",
        nrange="1-2999",
        gm="Liam|Noah|Ethan|Connor|Jasdeep|Wei|Mathieu|Tyler|Gurpreet|Kyle",
        gf="Emma|Olivia|Chloé|Sarah|Harpreet|Megan|Jessica|Ava|Kateri|Brianne",
        fam="Smith|Brown|Tremblay|Martin|Roy|Wilson|MacDonald|Gagnon|Singh|Chen|Campbell|Anderson|Cardinal|Whitecalf|Sandhu",
        nick="Jas|Gurp|Liv|Bri|Tyl|Mac",
        kinm="Uncle|Grandpa|Moshom|Chacha",
        kinf="Auntie|Grandma|Kokum|Masi",
        towns="Toronto, ON~M#@ #@#|Vancouver, BC~V#@ #@#|Winnipeg, MB~R#@ #@#|Halifax, NS~B#@ #@#|Calgary, AB~T#@ #@#|Saskatoon, SK~S#@ #@#",
        streets="Queen Street West|Main Street|Portage Avenue|Spring Garden Road|Jasper Avenue|Commercial Drive|Bloor Street",
        addr="{n} {street}, {town} {pc}|{flat}-{n} {street}, {town} {pc}|Unit {flat}, {n} {street}, {town} {pc}",
        phone="(%##) %##-####|+1 %##-%##-####|%##-%##-####|+1 (%##) %##-####",
        mail="gmail.com|hotmail.ca|rogers.com|shaw.ca|utoronto.ca|ubc.ca",
        pub="Leonard Cohen|Margaret Atwood|Terry Fox|Buffy Sainte-Marie|Wayne Gretzky",
        passport="@@######",
        dl="@####-#####-#####|#######",
    ),
    L(
        "qc",
        "Canada (Québec)",
        "fr en",
        nrange="1-9999",
        gm="Jean-François|Mathieu|Sébastien|Alexandre|Gabriel|Louis|Étienne|Marc-André",
        gf="Marie-Ève|Geneviève|Isabelle|Catherine|Mélanie|Julie|Chloé|Josée",
        fam="Tremblay|Gagnon|Roy|Côté|Bouchard|Gauthier|Morin|Lavoie|Fortin|Gagné|Ouellet|Pelletier|Bélanger",
        nick="J-F|Math|Seb|Gab|Mél|Gen|Ti-Louis",
        kinm="Mon oncle|Pépère|Grand-papa",
        kinf="Ma tante|Mémère|Grand-maman",
        towns="Montréal (Québec)~H#@ #@#|Québec (Québec)~G#@ #@#|Sherbrooke (Québec)~J#@ #@#|Trois-Rivières (Québec)~G#@ #@#|Gatineau (Québec)~J#@ #@#",
        streets="rue Saint-Denis|boulevard René-Lévesque|rue Sherbrooke Est|avenue du Parc|rue Principale|chemin Sainte-Foy|rue Wellington",
        addr="{n}, {street}, app. {flat}, {town} {pc}|{n} {street}, {town} {pc}|{n}-{flat} {street}, {town} {pc}",
        phone="(514) %##-####|514 %##-####|+1 418 %##-####|819-%##-####|(450) %##-####|+1 438 %##-####",
        mail="videotron.ca|gmail.com|hotmail.com|umontreal.ca|ulaval.ca|sympatico.ca",
        pub="Céline Dion|René Lévesque|Michel Tremblay|Xavier Dolan",
        passport="@@######",
        dl="@####-######-##",
    ),
    L(
        "mx",
        "Mexico",
        "es en",
        style="es",
        gm="José Luis|Juan Carlos|Miguel Ángel|Jesús|Alejandro|Francisco|Eduardo|Rogelio",
        gf="Guadalupe|María Fernanda|Ximena|Rosa María|Verónica|Alejandra|Juana|Itzel",
        fam="Hernández|García|Martínez|López|González|Pérez|Rodríguez|Sánchez|Ramírez|Cruz|Flores|Xolalpa|Chávez|Tzec",
        nick="Lupita|Beto|Pepe|Chuy|Paco|Lalo|Memo|Chela|Toño|Nacho",
        towns="Ciudad de México~0####|Guadalajara, Jal.~44###|Oaxaca de Juárez, Oax.~68###|Monterrey, N.L.~64###|Mérida, Yuc.~97###|Puebla, Pue.~72###",
        streets="Calle Morelos|Av. Insurgentes Sur|Calle 5 de Mayo|Calle Hidalgo|Privada de los Pinos|Calle Benito Juárez|Av. Revolución",
        districts="Centro|Roma Norte|Del Valle|Jardines del Bosque|Reforma|San Felipe del Agua",
        addr="{street} {n}, Col. {district}, C.P. {pc}, {town}|{street} #{n} int. {flat}, Col. {district}, {town}, C.P. {pc}|{street} {n}, {district}, {pc} {town}",
        phone="55 #### ####|33 #### ####|+52 55 #### ####|+52 1 55 #### ####|(55) ####-####|951 ### ####|+52 999 ### ####",
        mail="gmail.com|hotmail.com|yahoo.com.mx|prodigy.net.mx|unam.mx",
        pub="Frida Kahlo|Benito Juárez|Octavio Paz|Diego Rivera|Juan Rulfo|Sor Juana Inés de la Cruz",
        passport="@########",
    ),
    L(
        "gt",
        "Guatemala",
        "es en",
        style="es",
        gm="Byron|Kevin|Edgar|Marvin|Wilmer|Juan Pablo|Mynor|Otto",
        gf="Ana Lucía|Sandra|Ingrid|Glenda|Heidy|Mirna|Lesbia|Rosa Elvira",
        fam="López|García|Pérez|Hernández|Morales|Ajú|Xicará|Cojtí|Batz|Ixcoy|de León|Barrios|Orozco",
        nick="Chepe|Chus|Mincho|Lucky|Nena|Chichi",
        towns="Ciudad de Guatemala~010##|Quetzaltenango~090##|Antigua Guatemala~03001|Cobán~16001|Sololá~07001",
        streets="4a. Avenida|6a. Calle|12 Calle|Avenida Las Américas|3a. Avenida Norte|7a. Avenida",
        addr="{street} {n}-{n2}, Zona {n3}, {town}|{street} {n}-{n2}, Zona {n3}, {town} {pc}",
        phone="5### ####|4### ####|+502 5### ####|+502 2### ####|2### ####|3### ####",
        mail="gmail.com|hotmail.com|yahoo.com|usac.edu.gt",
        pub="Rigoberta Menchú|Miguel Ángel Asturias|Ricardo Arjona",
        passport="@#######",
    ),
    L(
        "co",
        "Colombia",
        "es en",
        style="es",
        gm="Andrés Felipe|Juan David|Carlos Andrés|Jhon Jairo|Luis Fernando|Sebastián|Wilson|Camilo",
        gf="Luz Marina|Diana Carolina|Paola Andrea|María Camila|Yuliana|Sandra Milena|Leidy Johana|Valentina",
        fam="Rodríguez|Gómez|González|Martínez|García|López|Hernández|Ramírez|Moreno|Jaramillo|Restrepo|Quintero|Palacios|Mosquera",
        nick="Pipe|Juanda|Caro|Mile|Cami|el Mono|la Mona",
        towns="Bogotá~1#####|Medellín~050###|Cali~76####|Barranquilla~08####|Quibdó~27####|Cartagena~130###",
        streets="Calle 45|Carrera 7|Calle 10 Sur|Carrera 43A|Diagonal 22|Transversal 5|Avenida Calle 26",
        districts="Chapinero|El Poblado|Laureles|San Antonio|Teusaquillo|Manga",
        addr="{street} # {n}-{n2}, {district}, {town}|{street} # {n}-{n2} apto {nnn}, {town}|{street} No. {n}-{n2}, barrio {district}, {town}",
        phone="3## ### ####|+57 3## ### ####|+57 601 ### ####|601 #######|(604) ### ####|+57 310 #######",
        mail="gmail.com|hotmail.com|yahoo.es|unal.edu.co|outlook.com",
        pub="Gabriel García Márquez|Shakira|Fernando Botero|Policarpa Salavarrieta",
        passport="@@######",
    ),
    L(
        "pe",
        "Peru",
        "es en",
        style="es",
        gm="Luis Alberto|Jorge|César|Wilfredo|Percy|Jhonatan|Renzo|Edwin",
        gf="Rosa|Milagros|Maribel|Yesenia|Sofía|Carmen Rosa|Kelly|Rocío",
        fam="Quispe|Mamani|Huamán|Flores|Rojas|Condori|Sánchez|Chávez|Vargas|Ccori|Torres|Apaza|Yupanqui",
        nick="Lucho|Chato|Flaca|Gordo|Mile|Pochita",
        towns="Lima~150##|Cusco~08###|Arequipa~04###|Puno~21###|Trujillo~13###|Ayacucho~05###",
        streets="Av. Arequipa|Jr. de la Unión|Calle Plateros|Av. El Sol|Jr. Huallaga|Calle Mercaderes",
        districts="Miraflores|San Juan de Lurigancho|Wanchaq|Cayma|Villa El Salvador|San Sebastián",
        addr="{street} {n}, {district}, {town}|{street} {n}, Dpto. {nnn}, {district}, {town} {pc}|Mz. {~A|B|C|D} Lt. {n3}, {district}, {town}",
        phone="9## ### ###|+51 9## ### ###|(01) ### ####|+51 1 ### ####|084 ######",
        mail="gmail.com|hotmail.com|yahoo.es|pucp.edu.pe",
        pub="César Vallejo|Mario Vargas Llosa|Chabuca Granda|Túpac Amaru II",
        passport="#########",
    ),
    L(
        "cl",
        "Chile",
        "es en",
        style="es",
        gm="Cristián|Felipe|Matías|Rodrigo|Sebastián|Ignacio|Patricio|Benjamín",
        gf="Constanza|Francisca|Javiera|Catalina|Valentina|Paulina|Marcela|Fernanda",
        fam="González|Muñoz|Rojas|Díaz|Pérez|Soto|Contreras|Silva|Martínez|Sepúlveda|Huenchumilla|Millapán|Araya|Fuentes",
        nick="Cote|Pancha|Javi|Cata|Nacho|Pato|Seba",
        towns="Santiago~8######|Valparaíso~23#####|Concepción~40#####|Temuco~48#####|Antofagasta~12#####",
        streets="Av. Providencia|Calle Los Aromos|Pasaje Las Dalias|Av. Grecia|Calle Condell|Av. Alemania",
        districts="Ñuñoa|Providencia|Maipú|Cerro Alegre|Pedro de Valdivia",
        addr="{street} {nnnn}, depto. {nnn}, {district}, {town}|{street} {n}, {district}, {town}",
        phone="9 #### ####|+56 9 #### ####|+56 2 #### ####|(2) #### ####|+569 ########",
        mail="gmail.com|hotmail.com|uchile.cl|vtr.net",
        pub="Pablo Neruda|Gabriela Mistral|Víctor Jara|Violeta Parra|Isabel Allende",
        passport="@########",
    ),
    L(
        "ar",
        "Argentina",
        "es en",
        style="es",
        gm="Juan Martín|Facundo|Diego|Matías|Santiago|Gonzalo|Hernán|Marcelo",
        gf="Florencia|Lucía|Micaela|Agustina|Carolina|Graciela|Valeria|Silvina",
        fam="González|Rodríguez|Gómez|Fernández|López|Díaz|Martínez|Pérez|Romero|Sosa|Álvarez|Benítez|Rossi|Cohen|Kowalczuk",
        nick="Facu|Flor|Mica|Agus|Santi|el Tano|la Negra|Gonza",
        towns="Buenos Aires~C14##@@@|Córdoba~X50##@@@|Rosario~S20##@@@|Mendoza~M55##@@@|La Plata~B19##@@@",
        streets="Av. Corrientes|Calle Florida|Av. Santa Fe|Calle Defensa|Bv. Oroño|Av. San Martín|Calle Güemes",
        addr="{street} {nnnn}, piso {n3}, depto. {~A|B|C|D}, {pc} {town}|{street} {nn}, {town} ({pc})|{street} {nnnn} {n3}° {~A|B}, {pc} {town}",
        phone="11 ####-####|+54 9 11 ####-####|(011) 15-####-####|+54 9 351 ###-####|0351 15-###-####",
        mail="gmail.com|hotmail.com|yahoo.com.ar|fibertel.com.ar|uba.ar",
        pub="Jorge Luis Borges|Eva Perón|Lionel Messi|Mercedes Sosa|Diego Maradona",
        passport="#########@|@@@######",
    ),
    L(
        "br",
        "Brazil",
        "pt en",
        style="pt",
        iban="BR",
        cards="elo",
        gm="João Pedro|Lucas|Gabriel|Rafael|Francisco|Antônio|Thiago|Luiz Carlos",
        gf="Ana Clara|Maria Eduarda|Juliana|Fernanda|Patrícia|Aparecida|Francisca|Luana",
        fam="Silva|Santos|Oliveira|Souza|Lima|Pereira|Ferreira|Costa|Rodrigues|Almeida|Nascimento|Carvalho|Araújo",
        nick="Zé|Tião|Dudu|Bia|Nanda|Léo|Cacá|Juju|Chico",
        towns="São Paulo - SP~0####-###|Rio de Janeiro - RJ~2####-###|Salvador - BA~4####-###|Recife - PE~5####-###|Belo Horizonte - MG~3####-###|Manaus - AM~69###-###",
        streets="Rua Augusta|Avenida Paulista|Rua das Flores|Travessa São José|Rua Sete de Setembro|Avenida Presidente Vargas|Rua Dom Pedro II",
        districts="Pinheiros|Copacabana|Boa Viagem|Savassi|Liberdade|Rio Vermelho",
        addr="{street}, {n}, apto {nnn}, {district}, {town}, CEP {pc}|{street}, {n} - {district}, {town}, {pc}|{street}, {nnnn}, casa {n3} - {district}, {town}",
        phone="(11) 9####-####|(21) 9####-####|+55 11 9####-####|+55 (71) 9####-####|(81) 3###-####|+55 21 9#### ####",
        mail="gmail.com|hotmail.com|uol.com.br|bol.com.br|usp.br|yahoo.com.br",
        pub="Machado de Assis|Pelé|Carmen Miranda|Clarice Lispector|Chico Buarque|Tiradentes",
        passport="@@######",
        dl="###########",
    ),
    L(
        "jm",
        "Jamaica",
        "en",
        gm="Andre|Kemar|Damion|Shane|Omar|Rohan|Dwayne|Courtney",
        gf="Shanice|Tashana|Kerry-Ann|Simone|Natalie|Shelly-Ann|Toni-Ann|Marcia",
        fam="Brown|Campbell|Williams|Thompson|Clarke|Powell|Morgan|McKenzie|Reid|Bailey|Grant|Ellis",
        nick="Junior|Bigga|Shortie|Fluffy|Tiny|Biscuit|Bredda",
        kinm="Uncle|Granpa|Bredda|Maas",
        kinf="Auntie|Granny|Miss|Mumma",
        towns="Kingston 10|Kingston 6|Montego Bay|Spanish Town|Mandeville|Ocho Rios",
        streets="Hope Road|Constant Spring Road|Barbican Road|Red Hills Road|Half Way Tree Road|Molynes Road",
        districts="Portmore|Greater Portmore|Duhaney Park|Norbrook|Barbican",
        addr="{n} {street}, {town}|Lot {nn}, {district}, {town}|{n} {street}, {district}, St. Catherine",
        phone="(876) %##-####|876-%##-####|+1 876 %## ####|+1 (876) %##-####",
        mail="gmail.com|yahoo.com|hotmail.com|uwimona.edu.jm",
        pub="Bob Marley|Usain Bolt|Marcus Garvey|Louise Bennett-Coverley",
        passport="@#######",
    ),
    L(
        "cu",
        "Cuba",
        "es en",
        style="es",
        gm="Yoandri|Yusniel|Reinier|Osmany|Yordanis|Ernesto|Alexei|Raúl",
        gf="Yamilé|Yanet|Dayana|Yusleidy|Mailén|Odalys|Yaimara|Arletis",
        fam="Rodríguez|González|Hernández|Pérez|Díaz|García|Martínez|Fernández|Cabrera|Valdés|Castillo|Ortiz",
        nick="Yoyo|Pepito|la China|el Flaco|Chicho|Mimi",
        towns="La Habana|Santiago de Cuba|Camagüey|Holguín|Cienfuegos|Matanzas",
        streets="Calle 23|Calle Obispo|Calle San Rafael|Calle Línea|Calle Heredia|Calle Neptuno",
        districts="Vedado|Centro Habana|Playa|Reparto Sueño|Habana Vieja",
        addr="{street} #{nnn} e/ {street2} y {street3}, {district}, {town}|{street} #{nnn}, apto {n3}, {district}, {town}",
        phone="5### ####|+53 5### ####|+53 7### ####|7### ####|+53 5#######",
        mail="nauta.cu|gmail.com|infomed.sld.cu",
        pub="José Martí|Celia Cruz|Alicia Alonso|Compay Segundo",
        passport="@#######",
    ),
    # ------------------------------------------------------------------------- Oceania
    L(
        "au",
        "Australia",
        "en",
        gm="Jack|Liam|Mitchell|Nathan|Bradley|Tuan|Jarrah|Lachlan|Con",
        gf="Chloe|Sophie|Jessica|Kylie|Tayla|Mei|Jacinta|Bronwyn|Narelle",
        fam="Smith|Jones|Williams|Brown|Wilson|Taylor|Nguyen|Kelly|Anderson|Papadopoulos|Thompson|Walker|Murray|Tjapaltjarri",
        nick="Jacko|Mitch|Bazza|Shazza|Tay|Lachie|Brad|Kylz",
        kinm="Uncle|Pop|Grandad",
        kinf="Aunty|Nan|Nanna",
        towns="Fitzroy VIC~3065|Newtown NSW~2042|Fremantle WA~6160|Alice Springs NT~0870|Toowoomba QLD~4350|Hobart TAS~7000|Brunswick VIC~3056",
        streets="Smith Street|King Street|High Street|Todd Street|Ruthven Street|Sydney Road|Elizabeth Street",
        addr="{n} {street}, {town} {pc}|Unit {flat}/{n} {street}, {town} {pc}|{flat}/{n} {street}, {town} {pc}",
        phone="04## ### ###|+61 4## ### ###|(02) #### ####|+61 2 #### ####|03 #### ####|0412 ######",
        mail="gmail.com|bigpond.com|optusnet.com.au|unimelb.edu.au|outlook.com",
        pub="Cathy Freeman|Don Bradman|Nick Cave|Albert Namatjira|Kylie Minogue",
        passport="@#######|@@#######",
        dl="########|#########",
    ),
    L(
        "nz",
        "New Zealand",
        "en",
        gm="Tama|Wiremu|Hemi|James|Nikau|Sione|Ethan|Rawiri",
        gf="Aroha|Mere|Kiri|Hana|Ngaio|Olivia|Mereana|Tui",
        fam="Ngata|Parata|Tipene|Walker|Smith|Williams|Te Whata|Henare|Ruatapu|Brown|Wilson|Taufa",
        nick="Bro|Wiri|Hems|Kiz|Liv|Tama-boy",
        kinm="Koro|Uncle|Matua",
        kinf="Nan|Kui|Aunty|Whaea",
        honm="Mr|Dr|Matua",
        honf="Mrs|Ms|Dr|Whaea",
        towns="Rotorua~30##|Grey Lynn, Auckland~10##|Newtown, Wellington~60##|Gisborne~40##|Riccarton, Christchurch~80##|Whanganui~45##",
        streets="Karangahape Road|Fenton Street|Riddiford Street|Gladstone Road|Victoria Avenue|Te Rapa Road",
        addr="{n} {street}, {town} {pc}|{flat}/{n} {street}, {town} {pc}|Flat {flat}, {n} {street}, {town} {pc}",
        phone="021 ### ####|022 ### ####|027 ### ####|+64 21 ### ####|+64 27 ### ####|(09) ### ####|+64 4 ### ####",
        mail="gmail.com|xtra.co.nz|auckland.ac.nz|outlook.com",
        pub="Whina Cooper|Kate Sheppard|Edmund Hillary|Taika Waititi|Lorde",
        passport="@@######",
    ),
    L(
        "fj",
        "Fiji",
        "en",
        gm="Josefa|Viliame|Semi|Epeli|Apisai|Sakiusa|Waisale|Ravinesh|Sunil",
        gf="Mereoni|Litia|Salote|Losana|Vasemaca|Priyanka|Sereana|Kelera|Shalini",
        fam="Naivalu|Ravuvu|Vakacegu|Rokotuiloma|Koroi|Nadolo|Prasad|Kumar|Tabua|Waqa|Delai|Naidu",
        nick="Jo|Semi-boy|Lita|Sera|Bhai",
        kinm="Momo|Tukai|Ta|Chacha",
        kinf="Nei|Bu|Na|Chachi",
        honm="Ratu|Mr|Dr|Ro",
        honf="Adi|Mrs|Ms|Dr",
        towns="Suva|Nadi|Lautoka|Labasa|Nausori|Savusavu",
        streets="Victoria Parade|Waimanu Road|Ratu Mara Road|Queens Road|Vitogo Parade|Namaka Lane",
        districts="Samabula|Nabua|Tamavua|Namaka|Vatuwaqa",
        addr="Lot {n}, {street}, {district}, {town}|{n} {street}, {district}, {town}",
        phone="9## ####|7## ####|+679 9## ####|+679 3## ####|+679 7## ####",
        mail="gmail.com|yahoo.com|connect.com.fj|usp.ac.fj",
        pub="Ratu Sukuna|Waisale Serevi|Vijay Singh",
        passport="@#######",
    ),
    L(
        "ws",
        "Samoa",
        "en",
        gm="Sione|Tavita|Iosefa|Ioane|Lafaele|Pita|Malaki|Fa'amoe",
        gf="Malia|Salote|Losa|Fetu|Sina|Ana|Lagi|Seini",
        fam="Tuilagi|Leaupepe|Fa'asavalu|Aiono|Tuimavave|Schuster|Meredith|Lauina|Su'a|Tanielu",
        nick="Jo|Tavi|Sina-girl|Pita-boy",
        kinm="Uncle|Tamā|Papa",
        kinf="Aunty|Tinā|Nana|Mama",
        honm="Mr|Afioga|Tofā|Rev.",
        honf="Mrs|Afioga|Tausi|Ms",
        towns="Apia|Salelologa|Faleolo|Leulumoega|Lufilufi",
        streets="Beach Road|Vaea Street|Falealili Road|Cross Island Road|Fugalei Street",
        districts="Vaitele|Moto'otua|Vailima|Lepea|Vaiala",
        addr="{street}, {district}, {town}|House {nn}, {street}, {district}, {town}",
        phone="7# #####|+685 7# #####|+685 2####|2####|+685 77#####",
        mail="gmail.com|yahoo.com|nus.edu.ws|samoa.ws",
        pub="Albert Wendt|Sia Figiel|Robert Louis Stevenson",
        passport="@######",
    ),
]

HUB_LOCALES = "gb us de fr nl ca au se no ch za ke jp br"

# --------------------------------------------------------------------------- global pools

PUBLIC = (
    "Nelson Mandela|Frida Kahlo|Mahatma Gandhi|Marie Curie|Gabriel García Márquez|Rabindranath Tagore|"
    "Wangari Maathai|Angela Merkel|Barack Obama|Jacinda Ardern|Haruki Murakami|Malala Yousafzai|Pelé|"
    "Miriam Makeba|Lionel Messi|Ai Weiwei|Toni Morrison|Desmond Tutu|Simón Bolívar|José Rizal|"
    "Ho Chi Minh|Queen Victoria|Pablo Neruda|Umm Kulthum|Fairuz|Bob Marley|Kofi Annan|Winston Churchill|"
    "Charles Darwin|Florence Nightingale|Mother Teresa|Che Guevara|Yuri Gagarin|Amelia Earhart"
)
FICTIONAL = (
    "Sherlock Holmes|Elizabeth Bennet|Okonkwo in Things Fall Apart|Don Quixote|Harry Potter|"
    "Anna Karenina|Hermione Granger|Tintin|Pippi Longstocking|Sun Wukong|Doraemon|Hamlet|"
    "Scheherazade|Mowgli|Heidi|Moomintroll|Asterix|Jane Eyre|Aureliano Buendía|Genji|Mafalda"
)
SAINTS = (
    "St Patrick|Santa Teresa de Ávila|San Martín de Porres|St Bridget|Saint Nicholas|Sveti Sava|"
    "Santo Niño|St Francis of Assisi|Santa Rosa de Lima|St Josephine Bakhita|Saint Thomas the Apostle|"
    "Nuestra Señora de Guadalupe|St Kizito|San Lorenzo Ruiz"
)
INSTITUTIONS = (
    "Johns Hopkins Hospital|Nelson Mandela University|Kwame Nkrumah University of Science and Technology|"
    "King Edward VII Memorial Hospital|Hospital Italiano|Lycée Victor Hugo|Biblioteca José Martí|"
    "Sun Yat-sen University|Aga Khan University Hospital|Gandhi Memorial Museum|Bodleian Library|"
    "Wellcome Collection|Marie Curie Hospice|Universidad Simón Bolívar|Chulalongkorn University|"
    "Ateneo de Manila University|Moi Teaching and Referral Hospital|Lady Hardinge Medical College|"
    "Escola Estadual Machado de Assis|Kenyatta National Hospital|Eduardo Mondlane University|"
    "Tan Tock Seng Hospital|Hospital Rebagliati|Goethe-Institut|Instituto Cervantes|Alliance Française"
)
ARCHIVES = (
    "The National Archives (Kew)|National Archives of Australia|Archives nationales d'outre-mer|"
    "Bundesarchiv|Archivo General de Indias|Kenya National Archives|National Records of Scotland|"
    "Public Record Office of Northern Ireland|Arquivo Nacional|Archivo General de la Nación|"
    "National Archives of India|Library and Archives Canada|Hoover Institution Archives|"
    "Schomburg Center|SOAS Special Collections|Leo Baeck Institute|YIVO Institute|Arolsen Archives|"
    "Yad Vashem Archives|Hokkaido Prefectural Archives|Archives of the Mandate period, Jerusalem|"
    "Landesarchiv Baden-Württemberg|Riksarkivet|Národní archiv|Archivio di Stato di Napoli"
)
JOURNALS = (
    "Oral History Review|Journal of Refugee Studies|African Affairs|Translation Studies|"
    "The Translator|Interpreting|Genealogists' Magazine|American Archivist|Archival Science|"
    "Qualitative Inquiry|Journalism Practice|Digital Journalism|Comparative Studies in Society and History|"
    "Modern Asian Studies|Journal of Latin American Studies|History Workshop Journal"
)
UNIS = (
    "University of Ibadan|Makerere University|University of Nairobi|SOAS University of London|"
    "Universidad Nacional Autónoma de México|Universidade de São Paulo|Leiden University|"
    "University of Cape Town|Seoul National University|Jawaharlal Nehru University|"
    "Universität Leipzig|Sciences Po|University of Toronto|University of the Philippines Diliman|"
    "Universitas Gadjah Mada|University of Auckland|Uppsala University|Tbilisi State University"
)
PROJECTS = (
    "Voices of the Delta oral history project|Displacement and Memory (DisMem)|"
    "Coastal Livelihoods Survey wave 3|Kitchen Table Histories|Migrant Letters Archive|"
    "Rail Workers' Memories|Women of the Cooperative|Borderlands Testimony Project|"
    "Post-Conflict Land Tenure study|Digital Diaspora Family Papers|Lost Letters Initiative|"
    "Urban Heat and Health survey|Language Brokering in Schools"
)
TOOLS = (
    "NVivo 14|ATLAS.ti 23|MAXQDA 2022|oTranscribe|Otter.ai|Descript|Trint|Zotero|KoboToolbox|"
    "ODK Collect|SurveyCTO|REDCap|Qualtrics|Aegisub|Subtitle Edit|Whisper large-v3|Taguette|"
    "Gramps 5.2|FamilySearch|Ancestry|MyHeritage|ArchivesSpace|AtoM 2.8|Trados Studio|memoQ|Smartcat"
)
GTOOLS = "Ancestry|FamilySearch|MyHeritage|Geni|WikiTree|Gramps|Findmypast|Geneanet|RootsMagic"
SHIPS = (
    "SS Empire Windrush|MV Doulos|RMS Lusitania|SS Kristianiafjord|HMT Dunera|Komagata Maru|"
    "Kasato Maru|SS Hamburg|SS Orcades|SS Patris|SS Fairsea|Castel Felice|SS Galileo|SS Oranje|"
    "SS Stavangerfjord|SS Zuiderkruis|MS Sea Breeze|RMS Carpathia"
)
REGIMENTS = (
    "2nd Battalion, King's African Rifles|1st Gurkha Rifles|Royal Irish Fusiliers|"
    "Bavarian Infantry Regiment No. 12|14th Punjab Regiment|28th (Māori) Battalion|"
    "1st Canadian Division|Régiment de tirailleurs sénégalais|Royal West African Frontier Force|"
    "Anzac Mounted Division|Polish II Corps|Chinese Labour Corps|Philippine Scouts|"
    "Brazilian Expeditionary Force|Jewish Brigade"
)
CITES = (
    "Braun and Clarke (2006)|Portelli (1991)|Geertz 1973|Spivak, 1988|Tuhiwai Smith (1999)|"
    "Bourdieu (1977)|Glaser & Strauss (1967)|Thompson (2000)|Yow (2014)|Creswell and Poth (2018)|"
    "Saldaña (2021)|Denzin & Lincoln (2011)|Scheper-Hughes (1992)|Lévi-Strauss (1955)|Mbembe (2001)|"
    "Appadurai (1996)|Chakrabarty (2000)|Anzaldúa (1987)|Fei Xiaotong (1947)|Malinowski (1922)|"
    "Trouillot (1995)|Hartman (2008)|Freire (1970)|Fanon (1961)|wa Thiong'o (1986)|Hall (1997)|"
    "Goffman (1959)|Abu-Lughod (1986)|Kleinman (1988)|Tsing (2005)|Venuti (1995)|Nida (1964)|"
    "Baker (2011)|Pöchhacker (2016)|Berk-Seligson (2002)|Hale (2004)|Stoler (2009)|Ricoeur (1965)"
)
ETAL = (
    "Okeke et al. (2019)|Nakamura et al., 2021|Fernández-Ruiz et al. (2017)|Lindqvist et al. 2020|"
    "Haddad et al. (2015)|Mensah et al., 2022|Kowalczyk et al. (2018)|Chen et al. (2023)|"
    "Mwangi et al., 2016|Van den Berg et al. (2014)|Rahman et al. (2020)|Silva et al. (2021)|"
    "Tanaka et al. 2019|Ivanova et al. (2013)|Nguyen et al., 2024"
)
BIBLIO = (
    "Portelli, A. (1991). The Death of Luigi Trastulli and Other Stories. SUNY Press.|"
    "Braun, V., & Clarke, V. (2006). Using thematic analysis in psychology. Qualitative Research in Psychology, 3(2), 77–101.|"
    "Tuhiwai Smith, L. (1999). Decolonizing Methodologies. Zed Books.|"
    "Venuti, L. (1995). The Translator's Invisibility. Routledge.|"
    "Trouillot, M.-R. (1995). Silencing the Past. Beacon Press.|"
    "Thompson, P. (2000). The Voice of the Past (3rd ed.). Oxford University Press.|"
    "Hartman, S. (2008). Venus in Two Acts. Small Axe, 12(2), 1–14.|"
    "Stoler, A. L. (2009). Along the Archival Grain. Princeton University Press.|"
    "Pöchhacker, F. (2016). Introducing Interpreting Studies (2nd ed.). Routledge.|"
    "Abu-Lughod, L. (1986). Veiled Sentiments. University of California Press.|"
    "Scheper-Hughes, N. (1992). Death Without Weeping. University of California Press.|"
    "Fei Xiaotong (1992 [1947]). From the Soil. University of California Press.|"
    "Saldaña, J. (2021). The Coding Manual for Qualitative Researchers (4th ed.). SAGE."
)
LANGS = (
    "Yoruba|Igbo|Hausa|Twi|Swahili|Amharic|Zulu|Shona|Wolof|Lingala|Darija|Arabic|Farsi|Dari|Pashto|"
    "Hebrew|Turkish|Hindi|Tamil|Urdu|Bengali|Sinhala|Nepali|Indonesian|Malay|Tagalog|Vietnamese|Thai|"
    "Burmese|Khmer|Mandarin|Cantonese|Japanese|Korean|Mongolian|Kazakh|Uzbek|Georgian|Armenian|"
    "Spanish|Portuguese|French|German|Italian|Polish|Czech|Hungarian|Romanian|Greek|Swedish|"
    "Norwegian|Finnish|Icelandic|Lithuanian|Ukrainian|Russian|Serbian|K'iche'|Quechua|Samoan|Fijian|"
    "Māori|Jamaican Patois|Haitian Creole"
)
HANDLES = (
    "@archivehound|@tidewatcher|@fieldnotes_bot|@oralhistorylab|@subtitle_ninja|@kobo_admin|"
    "@factcheck_desk|transcriber07|@deskeditor|@lostinthestacks|@microfilm_mole|@coding_team|"
    "@night_desk|@census_nerd|@parishrecords|@srt_fixer|@the_morgue_desk|qa-bot"
)
MODELS = (
    "gpt-4o|gpt-4o-mini|gpt-4.1|gpt-4.1-mini|claude-3-5-sonnet-20241022|claude-sonnet-4-20250514|"
    "claude-3-haiku-20240307|gemini-1.5-pro|gemini-2.0-flash|llama3.1:8b|qwen2.5:14b|mistral-small|"
    "aya-expanse:8b|gemma2:9b"
)
APPS = (
    "transcribe-worker|fieldnotes-summariser|oralhist.pipeline|subtitle-sync|tipline-triage|"
    "factcheck-assistant|translation-desk|gedcom-helper|archive-catalogue-bot|survey-cleaner|"
    "interview-coder|newsroom-copilot|obit-drafter|consent-tracker"
)
PW_WORDS = (
    "Kilimanjaro|Baobab|Jollof|Mangrove|Sakura|Tamarind|Harmattan|Monsoon|Cedar|Azulejo|Fjord|"
    "Cumbia|Papaya|Sunflower|Kiwi|Matryoshka|Pohutukawa|Chapati|Samba|Tulip|Lotus|Hibiscus|Archive|"
    "Microfilm|Gazelle|Condor|Falafel|Pierogi|Kimchi|Dumpling|Mango|Ubuntu|Harambee|Saudade"
)
FILLERS = {
    "cite": "CITES",
    "etal": "ETAL",
    "biblio": "BIBLIO",
    "fict": "FICTIONAL",
    "saint": "SAINTS",
    "inst": "INSTITUTIONS",
    "archive": "ARCHIVES",
    "journal": "JOURNALS",
    "uni": "UNIS",
    "project": "PROJECTS",
    "tool": "TOOLS",
    "ship": "SHIPS",
    "regiment": "REGIMENTS",
    "lang": "LANGS",
    "gtool": "GTOOLS",
    "handle": "HANDLES",
    "model": "MODELS",
    "app": "APPS",
}
PATTERNS = {
    "pcode": "P0#|P##|R-1##|INT-0##|FG1-P#|FG2-P#|KII-##|HH-####|R###|RESP-0###|TA##|TB##",
    "shelf": "CO 1069/##/##|FO 371/#####|MS Eng. c. ####|Add MS #####|HO 396/##|ADM 188/####|"
    "Fond ###, opis #, delo ##|Leg. ####, exp. ##|R 1501/######|KNA/DC/MKS/#/#/##|IOR/L/PJ/6/####|"
    "RG 85, Box ###, Folder #|MSS ###/#/##|Acc. ####/##|Box ##, Folder ##, Item #",
    "doi": "10.1080/00207543.20##.#######|10.1017/S00########|10.1177/107780041#######|"
    "10.1093/ohr/ohz0##|10.5281/zenodo.#######|10.1111/ane.1####|10.1353/ohr.20##.00##",
    "case": "HCCR/####/20##|CV-20##-#####|Case No. ####/2#|Az. # K ###/2#|Exp. ####/20##|"
    "FIR No. ###/202#|IA/#####/20##|ECHR App. no. #####/1#|Claim ##-####",
    "bref": "@@@#@@|#@@@@#|@#@@#@",
    "order": "ORD-#######|#####-####|SO-2###-####|#########",
    "ticket": "TCK-######|INC######|#####|JIRA OH-###|SUP-####",
    "pnr": "@@@@@@|@#@@#@",
    "flight": "@@ ###|@@####|@@ ##",
    "plate": "@@@ ###|@@-###-@@|KD# ###@|### @@@|@@## @@@",
    "imo": "IMO #######",
    "vin": "1HGCM826#3A######|WVWZZZ1JZ#W######|JH4KA9650MC######",
    "hash": "^^^^^^^|sha256:^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    "ver": "#.#.#|v#.##|#.##.#",
    "masked": "**** ####|•••• ####|XXXX-XXXX-XXXX-####|ending ####",
    "uid": "u_########|user-#####|UID######|#########",
    "acct": "ACC-########|#########|No. ##-#####-#",
    "file": "FILE-20##-####|F/##/####|Doss. n° ####/##|Ref. ###/###/20##",
    "inv": "INV-20##-####|#####|FAC-####-##|N° 20##/###",
    "txn": "@@@#@@#@@#|TXN########|##########",
    "seal": "SL######|@@#######",
    "accession": "ACC.20##.###|####.###.##|M####/##",
    "callno": "DT ###.# .@## 20##|HQ ###.@## 20##|PN ###.@## 19##|E ###.# .@## 20##",
    "grant": "ES/@######/1|GR-20##-###|#########|AH/@###@##/1",
    "ethics": "REC-20##-###|IRB-20##-####|HREC/##/###|CEP ###/20##",
    "room": "Room ###|Rm ##|Seat ##@|Reading Room #",
    "badge": "B-####|STAFF-###|#####",
    "dur": "0#:1#|0#:4#|1#:2#|#m 3#s|1#m 0#s|1:0#:5#",
}
WRAP_INSTRUCTIONS = [
    "{~Anonymise|Anonymize|De-identify|Pseudonymise} the following {~text|document|transcript|notes}:",
    "Summarise this in {~3|5} bullet points:",
    "Translate this into {~English|plain English|Spanish|French}:",
    "{~Code|Tag} this excerpt using our codebook and return JSON:",
    "Check the quotes and dates in this against the source:",
    "Fix the formatting and spelling, keep everything else:",
    "Extract every person, place and date as a table:",
    "Draft a polite reply to this:",
    "",
]
WRAP_SYSTEMS = [
    "You are a careful research assistant for an oral history project.",
    "You help journalists fact-check and summarise documents. Never invent sources.",
    "You are a certified translator's assistant. Preserve names and numbers exactly.",
    "You are a genealogy helper. Answer concisely.",
    "You assist archivists with cataloguing. Use ISAD(G) terms where possible.",
    "You are a qualitative coding assistant. Follow the codebook strictly.",
    "You are a subtitle editor. Keep timing lines unchanged.",
]

# ------------------------------------------------------------------------------ templates
# (id, language, text[, locale codes]) — English templates serve every locale.

TEMPLATES: list[tuple] = [
    (
        "tx_anon",
        "en",
        """{~Please anonymise|Can you anonymise|Anonymise} this {~interview transcript|transcript excerpt|oral history transcript} {~before I upload it to the repository|for my thesis appendix|following our ethics protocol}. Replace names with participant codes.

[{ts}] INT: Thank you for agreeing to talk today. For the recording, can you say your name and where you were born?
[{ts}] {pcode1}: My name is {p1}. I was born in {town} on {dob1.long}, the {~second|third|youngest|eldest} of {~five|six|four|seven} children.
[{ts}] INT: And your parents?
[{ts}] {pcode1}: My father was {m2}, a {~teacher|tailor|fisherman|railway clerk|farmer}. My mother, {f3}, still lives at {addr1}.
[{ts}] INT: Would she be willing to talk to us?
[{ts}] {pcode1}: I think so. Her number is {phone1}, ask for {f3.given}.""",
    ),
    (
        "consent",
        "en",
        """PARTICIPANT CONSENT FORM — {project}
{uni} · Ethics ref. {ethics}

Participant name: {p1}
Date of birth: {dob1.num}
Contact phone: {phone1}
Email: {p1.email}
Pseudonym to be used in publications: {pseud}
Participant ID: {pcode}

I agree to take part in the above study. I understand my interview will be audio-recorded and transcribed.
[{~x| }] I consent to being quoted anonymously.
[{~x| }] I consent to my anonymised transcript being deposited at {archive}.

Signed: {p1.initials}      Date: {date}
Researcher: {p2}      Witness: {p3}""",
    ),
    (
        "pseudokey",
        "en",
        """{~Hi|Hello|Hey} {p9.given}, attaching the coded transcripts. NB I forgot to strip the key from the first sheet, sorry — please don't forward.

KEY (DELETE BEFORE SHARING)
{pcode} = {p1} ({town}, b. {dob1.y}) — pseudonym "{pseud}"
{pcode} = {p2} ({town}) — pseudonym "{pseud}"
{pcode} = {p3} ({town}, tel. {phone3}) — pseudonym "{pseud}"

Codebook v{ver} is in the shared drive; same scheme as {etal}.
— {p8.given}""",
    ),
    (
        "fieldnotes",
        "en",
        """Field notes — {date.long}, {town}
Arrived {time}. {f1.kin} {f1.given}'s compound is behind the {~mosque|church|market|school|water tower}; she insisted we eat first. Her son {m2} ("{m2.nick}") translated from {lang}. {m2.given} is {age}, works as a {~mechanic|teacher|nurse|driver|tailor} and gave me his number ({phone2}) for follow-up.
She told the story of the {~1998 floods|drought|resettlement|land dispute|strike} again with new details — check against {cite}. Recorder battery died at {time}; the last 10 minutes are only in my notebook.
TODO: ask {p3} at the district office about the land register ({shelf}).""",
    ),
    (
        "diary_research",
        "en",
        """Research diary, day {n} ({date.long})
Long day. Interviewed {f1.given} again ({pcode}) — much more open this time, talked about her brother {m2} who {~left for the Gulf in 2009|was detained in 2014|runs the cooperative now}. She asked me not to write down his address but then repeated it twice: {addr1}. I have not put it in the transcript.
{p3} (the {~chief's secretary|parish priest|school head|ward councillor}) wants a copy of the report; email {p3.email}.
Reading {biblio} tonight.""",
    ),
    (
        "focusgroup",
        "en",
        """Focus group notes — {project}, session {n}
Venue: community hall, {town}. Facilitator: {p1}. Note-taker: {p2}.
Present: {pcode} ({p3.given}), {pcode}, {pcode}, {pcode} ({f6.given}).
- {p3.given} disagreed strongly with the chair about the water committee; said "the {fam} family controls everything".
- One participant left early ({time}) — childcare.
- Follow-up: {f6.given} will bring her late husband's papers; contact via her daughter on {phone1}.
Codes to apply: TRUST, INSTITUTIONS, KINSHIP (see {cite}).""",
    ),
    (
        "code_excerpts",
        "en",
        """{~Code|Please code} these interview excerpts with our codebook (MIGRATION, WORK, FAMILY, STATE). Return excerpt number + codes only.

1. "{f1.given} was only sixteen when she went to {town2} to work for the {fam} family." — {pcode}
2. "My uncle {m2} signed for the loan, and when he died the bank came for my mother." — {pcode}
3. "I still have the letter from {m3}, the lawyer; he wrote from {addr1}." — {pcode}
4. "They called me {f4.nick} at the factory because nobody could say {f4.given}." — {pcode}
(Consent sheet for the last one: born {dob4}, tel. {phone4}.)""",
    ),
    (
        "survey_note",
        "en",
        """Enumerator: {p1} (ID {badge}) — Team {~A|B|C|D} — {date}
HH {pcode}, {district}
Respondent: {p2}, {age} yrs, household head.
Phone (own): {phone2}  Alt (neighbour {p3.given}): {phone3}
Notes: respondent refused Module F (income). Consent recorded on tablet at {time}. GPS fix poor; address as given: {addr2}.
Supervisor check: {p4.init}""",
    ),
    (
        "ethics_breach",
        "en",
        """Subject: URGENT — possible data breach, {project}

Dear {p1.hon} {p1.family},

I am writing to report that on {date} a research assistant emailed an unredacted transcript to the wrong list. The transcript contains the full name of a participant ({f2}), her date of birth ({dob2}), her phone number ({phone2}) and the name of her employer. The recipient list was {handle}. We have asked recipients to delete it.

The participant has been informed by phone. Incident ref {ticket}.

Regards,
{p3}
{uni}
{p3.email}""",
    ),
    (
        "tx_invoice",
        "en",
        """Hi {p1.given},

Attached is invoice {inv} for transcription of {n} interviews ({project}), {amount} per audio hour. Files were returned via the shared folder; the password is {pw}.

Please pay to:
Account name: {p2}
IBAN: {iban}
Reference: {inv}

If the university prefers a card refund of the deposit, the card ending {masked} is no longer valid — use {card} instead.

Thanks,
{p2.given}
{phone2}""",
    ),
    (
        "ngo_roster",
        "en",
        """FIELD TEAM ROSTER — {project} — {district}, {country}
Team lead: {p1} — {phone1} — {p1.email}
Enumerators:
  1. {p2} — {phone2}
  2. {p3} — {phone3}
  3. {p4} — {phone4}
Driver: {p5.given} ({plate}) — radio channel {n}
Emergency contact (office): +00 000 000 (see ops sheet)
Vehicle logbook ref {file}.""",
    ),
    (
        "census_hh",
        "en",
        """Household schedule {pcode} — enumeration area {n}{n}
Address: {addr1}
1. {m1} — head — M — born {dob1} — {~farmer|trader|teacher|retired}
2. {f2} — wife — F — born {dob2} — {~trader|nurse|housewife|seamstress}
3. {p3.given} — {~son|daughter} — born {dob3.y}
4. {p4.given} — {~grandchild|niece|nephew} — born {dob4.num}
Enumerator signature: {p5.initials}   Checked: {date}""",
    ),
    (
        "sources_list",
        "en",
        """SOURCES — {~land grab story|hospital procurement piece|fishing licences investigation|mining royalties story} (do NOT share outside desk)

{p1} — former {~clerk|driver|accountant|nurse} — on background only. Signal {phone1}. Met at {~the bus station café|her sister's|a petrol station|the church car park}.
{p2} — {~union rep|village elder|procurement officer|boat owner} — on record. {phone2} / {p2.email}
{p3} ("{p3.nick}") — {~cousin of the contractor|ex-employee|whistleblower} — ANONYMOUS. Only via {p3.at} on Telegram.
Documents: {file}, {case}. Legal read by {p4} before publication.""",
    ),
    (
        "tipline",
        "en",
        """[Tip-line form submission #{ticket}]
Name (optional): {p1}
Contact: {p1.email} / {phone1}
Message: I work at the {~district land office|port authority|county hospital|school board} in {town}. My supervisor {p2} has been {~selling exam papers|taking cash for permits|falsifying attendance|diverting fuel}. He lives at {addr2} and drives a {~white|grey|black} {~Toyota|Nissan|Hyundai} ({plate}). I have photos. Please don't use my name.
IP: {ip}""",
    ),
    (
        "factcheck",
        "en",
        """FACT-CHECK WORKSHEET — claim #{n}{n}
Claim: "{pub1} said in {year} that the {~bridge|clinic|school|dam} would be finished by {year}."
Claimant: {pub1} (public figure — not private).
Verdict: {~Misleading|Needs context|False|Mostly true}
Sources contacted:
 - {p1}, {~site engineer|clinic manager|headteacher|contractor} — spoke {date}, {phone1}
 - {p2}, resident who posted the viral video — {p2.at}
 - press office of {inst} — no reply
Notes: the video was first uploaded by {p2.login}; metadata says {date.iso}. Compare {doi}.""",
    ),
    (
        "press_release",
        "en",
        """FOR IMMEDIATE RELEASE — {date.long}
{uni} launches {project}

{town} — A new archive of {n}00 oral histories recorded in {country} goes online today, including interviews with retired {~dockworkers|nurses|teachers|miners}. "These voices were never in the official record," said project lead Dr {p1}.

The collection will be housed at {archive} (call no. {shelf}).

Media contact:
{p2}, Communications Officer
{phone2} | {p2.email}
Out of hours: {phone3}""",
    ),
    (
        "email_journo",
        "en",
        """From: {p1} <{p1.email}>
To: {p2.email}
Subject: Re: interview request — {~the 2015 evictions|your father's union work|the ferry disaster|the school fire}

Hi {p2.given},

Thanks for getting back to me. {time} on {date} works. I can come to you ({addr2}?) or we can do a call on {phone2}.

Best,
{p1.given}

> On {date}, {p2} <{p2.email}> wrote:
> I'm happy to talk but my brother {m3.given} should be there too. He remembers more.

--
{p1} | {~Reporter|Senior correspondent|Producer|Freelance journalist}
{phone1}""",
    ),
    (
        "dm_request",
        "en",
        """hi {p1.lower}! sorry for the random dm — i'm a student at {uni} doing my thesis on {~market women|boda riders|domestic workers|returnees}. {p2.given} said you might talk to me? totally fine if not. my number is {phone2} (whatsapp). — {p2}""",
    ),
    (
        "quote_check",
        "en",
        """Can you check this quote against my transcript? Article draft says:
"We buried {m1.given} behind the house because the cemetery was flooded," said {f2}, 67.
Transcript ({pcode}, {date}, {ts}): "we buried my husband {m1} behind the house, the cemetery was under water."
Also: is it OK to name her? She signed consent ({ethics}) but her daughter {f3} ({phone3}) called to say she changed her mind.""",
    ),
    (
        "correction",
        "en",
        """To the editor,

Your article of {date.long} about the {~housing cooperative|market fire|bus crash|teachers' strike} misspelled my name as "{p1.family}" and gave my age wrongly. My name is {p1}, I was born on {dob1.long}, and I live at {addr1}, not in {town} as printed. Please correct it online. I can be reached at {phone1}.

{p1.hon} {p1}""",
    ),
    (
        "podcast_release",
        "en",
        """GUEST RELEASE FORM — {~The Long Road|Kitchen Table Histories|Small Hours|Borderlines} podcast, episode {n}
Guest legal name: {p1}   Known on air as: {p1.given}
Date of birth: {dob1}
Address: {addr1}
Phone: {phone1}   Email: {p1.email}
Fee: {amount}, paid to {iban}
Recorded at: {~home|studio B|the guest's shop|a hotel room} on {date} by {p2} (producer).
Signed: {p1.initials}""",
    ),
    (
        "callsheet",
        "en",
        """CALL SHEET — Day {n} — documentary "{~Salt|The Crossing|Red Earth|After the Mill}"
Unit base: {inst} car park (permit {file})
Crew call {time}
Contributors:
 {time} — {p1} ({p1.nick}), at home: {addr1}. Mobile {phone1}.
 {time} — {p2} + grandson {p3.given}. Pick-up by {p4.given} ({plate}).
Director {p5}, {phone5}. Fixer {p6}, {phone6}.
Nearest hospital: {inst}.""",
    ),
    (
        "translate_birth",
        "en",
        """{~Please translate this|Can you translate this|I need an English translation of this} birth certificate for my visa application — keep the layout.

{country} — Certificate of Birth (extract)
Registration no.: {file}
Name of child: {p1}
Sex: {~Male|Female}
Date of birth: {dob1}
Place of birth: {inst}, {town}
Father: {m2}, {~farmer|driver|teacher|trader}
Mother: {f3} (née {f3.maiden})
Registered by: {p4}, Registrar, on {date}""",
    ),
    (
        "translate_marriage",
        "en",
        """Translate to English, this is my grandparents' marriage record from {town} parish:

Entry no. {n}{n}. On the {odate} were married in this church {m1}, son of {m3} and {f4}, born {odob1}, and {f2}, daughter of {m5}, born {odob2}. Witnesses: {p6} and {p7}. Officiant: {m8.hon} {m8}.

Reply to {p9.email} please.""",
    ),
    (
        "translate_police",
        "en",
        """I need this police statement translated into English for my asylum lawyer ({p1}, {p1.email}). Statement:

"I, {p2}, born {dob2}, holder of passport no. {passport}, residing at {addr2}, declare that on {date} at around {time} two men came to my shop. One of them I know as {m3.nick}, the son of {m4}. ..."

Case ref on the stamp: {case}.""",
    ),
    (
        "translate_transcript",
        "en",
        """Hi, I need a certified translation of my school transcript for a university application.
Student: {p1}
Date of birth: {dob1.num}
Student ID: {uid}
School: {inst}
Headteacher's signature: {p2}
Please send the quote to {p1.email} or WhatsApp {phone1}. My mother {f3} will pay by card ({card}).""",
    ),
    (
        "translate_letter",
        "en",
        """can u translate this letter from my grandmother? its in {~her dialect|the old spelling|our language, handwritten}. she wrote it to my dad {m1.given} when he was in {town2}. some bits are hard to read

"My dear {m1.given}, your sister {f2.given} is married now, to the {fam} boy. Your uncle {m3} sold the cow. If you send money send it through {p4} at {addr1}, not through the post. {f9.kin} {f9.given} sends greetings. Your mother, {f5}."

thx — {p6.lower}""",
    ),
    (
        "cert_header",
        "en",
        """CERTIFIED TRANSLATION
Translated from {lang} into English
Document: {~Birth certificate|Marriage certificate|Death certificate|Academic transcript|Police clearance certificate}
Client: {p1}, {addr1}
Client passport: {passport}
Job no.: {file}

TRANSLATOR'S DECLARATION
I, {p2}, a {~certified|sworn|NAATI-certified|court-approved} translator, declare that the attached is a true and accurate translation of the original document. Membership no. {badge}.
Signed: {p2.initials}   Date: {date}
Contact: {p2.email} | {phone2}""",
    ),
    (
        "court_interp",
        "en",
        """Interpreter booking confirmation — {~Magistrates' Court|County Court|Tribunal|Family Court}, {town}
Case: {case}   Hearing: {date} {time}, {room}
Language: {lang}
Interpreter: {p1} — {phone1}
Defendant/appellant: {p2}, DOB {dob2}
Solicitor: {p3} ({p3.email})
Please arrive 30 minutes early. Parking is not reimbursed. Booking ref {ticket}.""",
    ),
    (
        "med_interp",
        "en",
        """Interpreting session note — {inst}, {~outpatients|maternity|oncology|A&E}
Date {date}, {time}–{time}
Patient: {p1} (DOB {dob1}) — language {lang}
Clinician: Dr {p2}
Family present: {p3.kin} {p3.given}, patient's {~aunt|uncle|sister|son}.
Notes: patient asked that her husband {m4} not be told the results. Next appointment letter to {addr1}.
Interpreter: {p5} — invoice {inv}""",
    ),
    (
        "community_interp",
        "en",
        """Hi {p1.given}, can you interpret for a family at the school on {date} at {time}? Parents are {m2} and {f3}, {lang} speakers; child {p4.given} is in year {n}. The teacher is {p5}. The mum's number is {phone3} — she prefers WhatsApp voice notes. Paid at the usual rate, invoice to {p6.email}.""",
    ),
    (
        "voice_msg",
        "en",
        """[Voice message transcription — {dur}]
"Hello {p1.given}, it's {p2.given}, from {p2.family}'s family. I'm calling about the interview. Mama says Thursday is fine but not before {time}. Her address you know, {addr1}, the blue gate. If you can't find it call me on {phone2}. OK, bye-bye.""",
    ),
    (
        "webhook_log",
        "en",
        """{date.iso}T{time}:{~07|12|33|48|59}Z INFO transcribe.webhook job={uid} status=completed duration={dur} speakers=2
{date.iso}T{time}:{~07|12|33|48|59}Z DEBUG uploader user={p1.login} ip={ip} file="{p2.family}_{p2.given}_interview_{date.iso}.m4a"
{date.iso}T{time}:{~07|12|33|48|59}Z WARN auth using key {key} (deprecated header X-Api-Key)
{date.iso}T{time}:{~07|12|33|48|59}Z INFO notify email={p1.email} transcript_url=https://files.example.org/t/{uid}""",
    ),
    (
        "subtitle_notes",
        "en",
        """Subtitle notes for ep. {n} — {~"The Crossing"|"Red Earth"|"Salt"}:
- 00:04:12 speaker is {p1} (not {p2} as in the script) — lower third wrong.
- 00:11:40 the woman says "{f3.given}, come inside" — {f3.given} is her granddaughter, DON'T subtitle the surname, family asked.
- Release for {p4} (DOB {dob4}, {addr4}) still missing — ask {p5} ({phone5}).
- {fict} reference at 00:21:03 is fine, fictional.""",
    ),
    (
        "tree_bdm",
        "en",
        """Here's what I have so far on my mum's side, can you spot gaps?

{m1} (b. {odob1.y}, {town}; d. {dyear1}) m. {f2} (née {f2.maiden}, b. {odob2})
  ├─ {p3} (b. {odob3}) — emigrated on the {ship}
  ├─ (one child, d. young, name not recorded)
  └─ {m5} (b. {odob5}) m. {f6} — my grandparents
       └─ {p7} (b. {odob7}) — my grandmother
Sources: {archive}, {shelf}.""",
    ),
    (
        "find_ancestor",
        "en",
        """Trying to find my great-grandfather {m1}, born about {odob1.y} in or near {town}. He {~served in the|was conscripted into the|deserted from the} {regiment} and afterwards worked for the railway. His wife was {f2} (maiden name {f2.maiden}). Family story says his brother {m3} went to {town2} on the {ship}. Any idea where to look? I'm {p4} and my tree on {gtool} is under {p4.login}.""",
    ),
    (
        "parish",
        "en",
        """Baptism register, parish of {saint}, {town}, {bapt1.long}
No. {n}{n}. {p1}, {~son|daughter} of {m2} ({~labourer|weaver|fisherman|cordwainer}) and {f3} his wife, of {addr1}. Born {odob1.long}. Godparents: {p4}, {p5}. Baptised by {m6.hon} {m6}.
[Archive ref. {shelf}]""",
    ),
    (
        "civil_reg",
        "en",
        """Civil registration extract — births, district of {town}, registered {bapt1.iso}
Entry {n}{n}{n}
Name: {p1}
When and where born: {odob1.long}, {addr1}
Father: {m2}, {~carpenter|clerk|mason|merchant}
Mother: {f3}, formerly {f3.maiden}
Informant: {m2}, father, present at the birth
Registrar: {m4}
Certified copy issued {date}, application {file}.""",
    ),
    (
        "naturalization",
        "en",
        """Naturalization file {file} — {archive}
Applicant: {p1}, also known as {p1.nick}
Born: {odob1} at {town}, {country}
Arrived: {odate} aboard {ship}
Residence at time of application: {addr1}
Witnesses: {p2}, {p3}
Note in margin: "Name changed by deed poll, previously {p1.native}".""",
    ),
    (
        "obituary",
        "en",
        """{p1}
{~Beloved mother|Loving father|Dear grandmother|Cherished husband}, {~teacher|nurse|farmer|tailor|shopkeeper}, friend. Born {dob1.long} in {town}; passed away peacefully on {date.long}, aged {age}.
{p1.given} is survived by {p2}, children {p3.given}, {p4.given} and {p5.given}, and {n} grandchildren. Predeceased by {p6}.
Viewing at the family home, {addr1}. In lieu of flowers, donations to {inst}. Enquiries: {p3.given} on {phone3}.""",
    ),
    (
        "memorial",
        "en",
        """In Memoriam — {p1} ({dob1.y}–{dyear1})
"{~Forever in our hearts|Rest in peace|Gone but never forgotten|Until we meet again}"
Tributes:
— {p2}: {f9.kin} {f9.given} taught me to read, I will miss you.
— {p3.at}: thank you for everything at {inst}.
— {p4.lower}: RIP, see you on the other side.
Page managed by {p5} ({p5.email}).""",
    ),
    (
        "old_letter",
        "en",
        """Transcription of letter, {odate.long} (box {n}, item {n}{n})

My dear {m1.given},
I write from {addr1}, where we are lodging with {m2.hon} {m2.family}'s people. Your sister {f3.given} has found work at the mill. The agent {m4} says the passage money must be paid before {odate}, so send what you can to him care of {p5}. Give my love to {m9.kin} {m9.given} and to little {p6.given}.
Your affectionate {f7.given}""",
    ),
    (
        "diary_old",
        "en",
        """Diary of {f1} (transcribed by her great-granddaughter {f2}, {year})
{odate.long}. Rain all day. Went with {m3.given} to see {m4.hon} {m4.family} about the lease. {f5.given} came home with fever. Baby {p6.given} born this morning to {f7.given} — a month early.
{odate.long}. Letter from {m8.given} in {town2}.""",
    ),
    (
        "ship_manifest",
        "en",
        """Passenger list, {ship}, departed {town} {odate.long} — extract, lines {n}–{n}{n}
{p1.upper}, {age}, {~labourer|seamstress|farmer|student}, last residence {town}, born {odob1}, destination: brother {m2}, {addr2}
{p3.upper}, {age}, {~wife|domestic|teacher}, born {odob3.y}
{p4.upper}, {age}, {~child|servant|clerk}
[Source: {archive}, {shelf}]""",
    ),
    (
        "finding_aid",
        "en",
        """Collection: Papers of the {fam} family, 18{~6|7|8}0–19{~2|3|5|6}0
Reference: {accession}
Extent: {n} boxes
Scope and content: Letters, photographs and account books of {m1} ({odob1.y}–{dyear1}), a {~trader|teacher|pastor|photographer} in {town}, and his wife {f2}. Includes correspondence with {pub}.
Access: Open, except Box {n} (closed until 2040: medical records).
Donor: {p3}, {addr3}. Deed of gift signed {date}.
Processed by {p4}.""",
    ),
    (
        "reading_room",
        "en",
        """Reader registration — {archive}
Name: {p1}
Date of birth: {dob1.num}
Address: {addr1}
Email: {p1.email}  Phone: {phone1}
ID seen: passport {passport}
Reader ticket: {badge}   Expires: {date}
Research topic: {~colonial land records|family history|labour migration|mission schools}""",
    ),
    (
        "repro_request",
        "en",
        """Dear {archive} reprographics team,

I would like copies of {shelf} and {shelf} (pages {n}–{n}{n}). I am researching my great-aunt {f1}, born {odob1} in {town}, who appears in the {~hospital admission registers|school logbooks|court records|mission baptism books}.

Please invoice me at {addr2}. I can pay by card: {card}, exp. {n}/2{n}.

Thank you,
{p2}
{phone2}""",
    ),
    (
        "deposit",
        "en",
        """DEPOSIT AGREEMENT — oral history recordings
Depositor: {p1}, {addr1}, {phone1}
Interviewees: {p2} (b. {dob2.y}), {p3} (b. {dob3.y})
Repository: {archive}
The depositor confirms that interviewees signed release forms (scanned as {file}). Embargo: {n} years.
Signed for the repository: {p4}, {~Archivist|Curator|Head of Collections}""",
    ),
    (
        "ill_request",
        "en",
        """ILL request {ticket}
Patron: {p1} ({p1.email})
Item: {biblio}
Call no. at lending library: {callno}
Deliver to: {~Main Library desk|department office|home address}: {addr1}
Notes: patron is off-campus; phone {phone1}.""",
    ),
    (
        "slack_team",
        "en",
        """#{~transcription|fieldwork|newsdesk|coding-team}
{p1.lower}: @{p2.login} did you finish {pcode}?
{p2.lower}: almost — the speaker says a name at 14:02, is it {f3} or {p4}?
{p1.lower}: {f3.given}. she's the aunt. btw the audio password is {pw}
{p5.at}: pls don't post passwords here 🙃
{p2.lower}: ok. also {f3.given}'s number keeps showing up in the transcript ({phone3}), redact?""",
    ),
    (
        "pipeline_cfg",
        "en",
        """# transcription pipeline config ({project})
WHISPER_MODEL=large-v3
OPENAI_API_KEY={key}
S3_BUCKET=oralhist-raw
DB_URL=postgresql://{p1.login}:{pw}@{ip}:5432/interviews
NOTIFY_EMAIL={p1.email}
# owner: {p1}, phone {phone1}""",
    ),
    (
        "survey_error",
        "en",
        """[{date.iso} {time}] ERROR submission rejected: duplicate respondent
  form_id={uid} enumerator={p1.login} device_mac={mac} ip={ip}
  respondent_name="{p2}" dob="{dob2.iso}" phone="{phone2}"
  hint: check HH {pcode} against {pcode}""",
    ),
    (
        "incentive_pay",
        "en",
        """Participant incentive payments — batch {n}
{pcode}  {p1}  {phone1}  {amount}  mobile money  sent {date}  txn {txn}
{pcode}  {p2}  {phone2}  {amount}  mobile money  FAILED (name mismatch)
{pcode}  {p3}  {phone3}  {amount}  bank: {iban}
Approved: {p4.initials}   Finance query: {p4.email}""",
    ),
    (
        "visa_team",
        "en",
        """Fieldwork travel — team details for the visa letter
1. {p1} — passport {passport} — DOB {dob1} — {p1.email}
2. {p2} — passport {passport} — DOB {dob2}
Host institution contact: {x_p3} ({x_phone3})
Flight {flight}, booking {pnr}. Hotel booking {bref}.""",
    ),
    (
        "grant_bank",
        "en",
        """Grant {grant} — payment details for the co-investigator
Name: {p1}
Bank address: on file
IBAN: {iban}
Personal address: {addr1}
Tax ID: on file
Please do not forward this email. — {p2}, Research Office, {p2.email}""",
    ),
    (
        "us_w9",
        "en",
        """Hi {p1.given} — for the honorarium over $600 the university needs a W-9. Filled in below; please check.
Name: {p1}
Address: {addr1}
SSN: {ssn}
Email: {p1.email}
Phone: {phone1}
— {p2}, {~podcast|research|oral history} coordinator""",
        "us",
    ),
    (
        "us_itin",
        "en",
        """Interview payment form — {project}
Respondent: {p1} ({pcode})
Taxpayer ID type: ITIN
ITIN: {itin}
Mailing address: {addr1}
Driver's license (for ID check): {dl}
Paid: {amount} by check #{n}{n}{n}{n}""",
        "us",
    ),
    (
        "crypto_donation",
        "en",
        """Hi all, {~independent newsroom|community archive|citizen journalism collective} update: we can't take card payments any more. Donations go to our BTC address {btc} or ETH {eth}. If you want a receipt, email {p1} at {p1.email}. Thanks to {p2.at} and {p3.at} for the server costs.""",
    ),
    (
        "mac_lab",
        "en",
        """Digitisation lab booking — scanner #{n}
Booked by: {p1} ({p1.login}) — {p1.email}
Laptop MAC for the lab VLAN: {mac}
Assigned IP: {ip} / IPv6 {ipv6}
Items: {shelf}, {shelf}
Supervisor: {p2}""",
    ),
    (
        "api_mistake",
        "en",
        """Hey {p1.given}, I think you pasted your API key in the methods appendix by mistake: {key}. Also the ODK server password ({pw}) is in the README. You might want to rotate both. — {p2.given}""",
    ),
    (
        "otp_help",
        "en",
        """Our transcription platform account for the project is locked. The code they sent to {p1}'s phone ({phone1}) is {otp}. Recovery codes in the shared doc: {recovery}, {recovery}. Login is {p1.email}.""",
    ),
    (
        "dna_match",
        "en",
        """New DNA match on {gtool}: {p1.login} (shared 312 cM, predicted 2nd–3rd cousin).
Message from {p1.given}: "Hi! My grandmother was {f2}, born {odob2} in {town}. Her parents were {m3} and {f4}. I think our trees meet there? I'm on {phone1} if it's easier. — {p1}"
Tree managed by: {p5}""",
    ),
    (
        "forum_post",
        "en",
        """Re: Brick wall — {fam} family, {town}, 18{~5|6|7|8|9}0s

Thanks {p1.at}! I checked the {archive} index. There's a {m2} (b. {odob2}) married to {f3}, which fits. Their daughter {f4} (b. {odob4}) is my 2x great-grandmother. If anyone has the {~1911|1901|1921} census for {addr5}, please share.
— {p6}""",
    ),
    (
        "service_record",
        "en",
        """Service record summary — {regiment}
Name: {m1}   Service no. {badge}
Born: {odob1} at {town}
Next of kin: {f2} (mother), {addr2}
Enlisted {odate}; wounded {odate}; discharged {odate}.
Medal card: {shelf}""",
    ),
    (
        "adoption_search",
        "en",
        """I'm searching for my birth mother. What I know: I was born {dob1.long} at {inst} in {town}. The adoption agency file ({file}) says my mother was {f2}, then {age}, from {town2}, and my birth name was {p3}. The social worker was {p4}. My adoptive parents are {m5} and {f6}. Please help me write to the agency — my address is {addr7}.""",
    ),
    (
        "oral_summary",
        "en",
        """Summarise this oral history interview in 150 words for the catalogue:

Interviewee: {p1} (b. {dob1.y}, {town}). Interviewer: {p2}. Recorded {date} at the interviewee's home, {addr1}.
Topics: childhood on the {~estate|farm|mission|railway compound}; father {m3} ({~overseer|cook|signalman|catechist}); marriage to {p4} in {year}; work at {inst}.
Restrictions: do not publish the section about cousin {p5}.""",
    ),
    (
        "consent_withdraw",
        "en",
        """Subject: withdrawing from the study

Dear researcher,

I took part in your interviews in {year} (my code was {pcode}). I no longer want my interview used. Please delete everything, including the recording where I talk about {p1}. My details: {p2}, {dob2}, {phone2}.

{p2.given}""",
    ),
    (
        "contact_book",
        "en",
        """Contact book export ({~newsdesk|bureau|stringers}):
{p1.comma}; {~fixer|driver|translator|source}; {phone1}; {p1.email}; {town}
{p2.comma}; {~fixer|driver|translator|source}; {phone2}; {town}
{p3.comma}; {~lawyer|doctor|police contact|NGO}; {phone3}; {p3.email}
{p4.comma}; {~fixer|driver|translator|source}; {phone4}; notes: only call after {time}""",
    ),
    (
        "obit_request",
        "en",
        """Could you help me tidy up this death notice for the paper? My dad's details: {m1}, born {dob1.long} in {town}, died {date}. Wife {f2} (née {f2.maiden}). Kids {p3.given}, {p4.given}. Funeral at {saint} church. Reception at our place, {addr5}. Contact me ({p3}) on {phone3}.""",
    ),
    (
        "whatsapp_fixer",
        "en",
        """[{date1} {time}] {p1.given}: Bro the family agreed to talk 🙏
[{date1} {time}] {p2.given}: great!! where?
[{date1} {time}] {p1.given}: their house {addr3}. ask for {f3.kin} {f3.given}
[{date1} {time}] {p1.given}: her son {m4} will be there, his number {phone4}
[{date1} {time}] {p2.given}: ok send location pls""",
    ),
    (
        "school_records",
        "en",
        """School admission register, {inst}, admissions of {adm1.y}
Adm. no. {n}{n}{n} — {p1}, born {odob1.num}, parent/guardian {p2} ({~farmer|clerk|widow|trader}), of {addr2}. Previous school: {saint} Mission School. Left after Standard {n}.""",
    ),
    (
        "temple_reg",
        "en",
        """Temple/clan register entry (translated) — generation {n}
{m1} — born {odob1}, died {dyear1}
  wife: {f2} of the {fam} clan, born {odob2.y}
  sons: {m3.given}, {m4.given}; daughter {f5.given}
Record kept by {m6}, {odate.long}.""",
    ),
    (
        "interp_declaration",
        "en",
        """INTERPRETER'S DECLARATION
I, {p1}, of {addr1}, declare that I interpreted truly and faithfully between {lang} and English for {p2} (born {dob2}) during the interview at {inst} on {date}. I am not related to the applicant. Phone: {phone1}.
Signature: {p1.initials}""",
    ),
    (
        "research_ops_log",
        "en",
        """{date.iso} {time}:00 INFO consent-tracker: new signature participant={pcode} name="{p1}" email={p1.email}
{date.iso} {time}:00 INFO consent-tracker: reminder sent to {phone1}
{date.iso} {time}:00 WARN consent-tracker: participant {pcode} has no DOB; legacy value "{dob2}" ({p2}) found in import {file}
{date.iso} {time}:00 DEBUG client ip={ip} ua="Mozilla/5.0" user={p3.login}""",
    ),
    (
        "bibliography_mix",
        "en",
        """References for Chapter {n} (check formatting):
{biblio}
{biblio}
Interview with {p1}, {town}, {date} (private collection of the author; phone {phone1}).
Letter from {p2} to the author, {date}.
{etal}""",
    ),
    ("short_contact", "en", """{p1}'s new number is {phone1}, she moved to {addr1}"""),
    (
        "short_dob",
        "en",
        """interviewee {pcode} is actually {p1}, dob {dob1} — pls fix the register""",
    ),
    (
        "short_email",
        "en",
        """fwd to {p1.email} and cc {p2.email} — they're the family contacts for {pcode}""",
    ),
    (
        "short_card",
        "en",
        """Booking the archive scans on my card, {card}, name on card {p1}. Order {order}.""",
    ),
    (
        "short_mention",
        "en",
        """{p1.at} can you ask {p2.given} whether {p3} still lives at {addr3}?""",
    ),
    (
        "short_pw",
        "en",
        """shared drive for the {project}: user {p1.login}, pw {pw}. don't lose it""",
    ),
    (
        "short_dl",
        "en",
        """ID for the archive visitor pass: {p1}, driving licence {dl}, exp. {date}.""",
    ),
    (
        "short_passport",
        "en",
        """Passport number for {p1} is {passport} (issued {date}), DOB {dob1.num}.""",
    ),
    (
        "short_kin",
        "en",
        """Tell {p1.kin} {p1.given} the photographer will come on {date}. Her address is {addr1}, right? Number {phone1}.""",
    ),
    (
        "short_nick",
        "en",
        """{p1.nick} (real name {p1}) says the box of letters is at her cousin {p2}'s.""",
    ),
    (
        "short_native",
        "en",
        """The name on the record is {p1.native} — romanised as {p1.roman}. Born {dob1}.""",
    ),
    (
        "genealogy_gedcom_q",
        "en",
        """What does this GEDCOM line mean? "1 NAME {p1.given} /{p1.family}/" and "2 DATE ABT {odob1.y}" — it's my great-grandmother {p1}, born {odob1} according to my aunt {f2}.""",
    ),
    (
        "family_chat",
        "en",
        """{p1.lower}: does anyone know grandpa's actual birthday? the passport says {dob2} but {p3.kin} {p3.given} says it was {dob2.cal}
{p4.lower}: ask {p5.given}, she has the family bible
{p1.lower}: {p5.given}'s number changed, it's {phone5} now""",
    ),
    (
        "archive_email_sig",
        "en",
        """Dear {p1.hon} {p1.family},

Many thanks for your enquiry about the {fam} papers. The register you mention ({shelf}) is closed for 100 years as it contains dates of birth; however, we can search it on your behalf if you send proof that the person named — {p2}, born {odob2} — is deceased.

Kind regards,
{p3}
Archivist
{archive}
T: {phone3}""",
    ),
]

TEMPLATES += [
    # ---------------------------------------------------------------------- Spanish
    (
        "es_transcripcion",
        "es",
        """{~Anonimiza|Por favor anonimiza|Ayúdame a anonimizar} esta transcripción antes de subirla al repositorio:

[{ts}] ENTREVISTADORA: ¿Me puede decir su nombre completo y dónde nació?
[{ts}] {pcode1}: Me llamo {p1}, nací en {town} el {dob1.long}.
[{ts}] ENTREVISTADORA: ¿Y sus padres?
[{ts}] {pcode1}: Mi papá era {m2}, trabajaba en la {~mina|hacienda|fábrica|pesquera}. Mi mamá, {f3}, todavía vive en {addr1}.
[{ts}] {pcode1}: Si quiere hablar con ella llame a mi hermana {f4.given}, al {phone4}.""",
    ),
    (
        "es_acta",
        "es",
        """Necesito traducir al inglés esta acta de nacimiento para el consulado:

ACTA DE NACIMIENTO — Registro Civil de {town}
Libro {n}, Acta {n}{n}{n}
Nombre: {p1}
Fecha de nacimiento: {dob1}
Padre: {m2}
Madre: {f3}
Domicilio de los padres: {addr1}
Oficial del Registro Civil: {p4}
Fecha de registro: {date}

Mándamelo a {p9.email} o por WhatsApp al {phone9}, gracias.""",
    ),
    (
        "es_genealogia",
        "es",
        """Hola, estoy buscando a mi bisabuelo {m1}, nacido en {town} hacia {odob1.y}. Según mi {~tía|abuela} {f2}, se casó con {f3} (hija de {m4}) en la parroquia de {saint}. Tuvieron un hijo, {m5}, nacido el {odob5.long}. ¿Dónde puedo buscar? Tengo el árbol en {gtool} como {p6.login}. Mi correo: {p6.email}.""",
    ),
    (
        "es_whatsapp",
        "es",
        """[{time}] {p1.given}: {f2.kin} {f2.given} dice que sí, que te recibe el sábado para la entrevista
[{time}] {p3.given}: genial!! me pasas la dirección?
[{time}] {p1.given}: {addr2}. el timbre no sirve, llama al {phone2}
[{time}] {p1.given}: y no le preguntes por el tío {m4.given} jaja""",
    ),
    (
        "es_fuentes",
        "es",
        """FUENTES — nota sobre {~los desalojos|la licitación del hospital|las concesiones mineras} (no compartir)
- {p1} — ex {~funcionaria|chofer|contador}, off the record. Cel. {phone1}
- {p2} — dirigente vecinal, on the record. {p2.email}
- "{p3.nick}" ({p3}) — sobrino del contratista, solo por Signal: {phone3}
Revisión legal: {p4}, {file}.""",
    ),
    (
        "es_consentimiento",
        "es",
        """CONSENTIMIENTO INFORMADO — {project}
Nombre del participante: {p1}
Fecha de nacimiento: {dob1.num}
Teléfono: {phone1}   Correo: {p1.email}
Código: {pcode} · Seudónimo: {pseud}
Acepto participar en la entrevista y que sea grabada.
Firma: {p1.initials}    Fecha: {date}
Investigadora responsable: {p2}""",
    ),
    (
        "es_partida",
        "es",
        """Partida de bautismo (transcripción), parroquia {saint}, {town}
En {bapt1.long}, yo el infrascrito cura bauticé solemnemente a {p1}, que nació el {odob1.long}, hijo legítimo de {m2} y de {f3}, vecinos de {addr1}. Fueron padrinos {m4} y {f5}. Doy fe. — {m6.hon} {m6}""",
    ),
    (
        "es_esquela",
        "es",
        """{p1}
(n. {dob1.y})
Falleció en {town} el {date.long}. Sus hijos {p2.given}, {p3.given} y {p4.given}, su {~esposa|esposo} {p5} y demás familia ruegan una oración por su alma. Velorio en {addr6}. Informes: {phone6}.""",
    ),
    # ----------------------------------------------------------------------- French
    (
        "fr_transcription",
        "fr",
        """{~Peux-tu anonymiser|Merci d'anonymiser|Anonymise} cet extrait d'entretien avant le dépôt :

{ts} — ENQ. : Vous pouvez vous présenter ?
{ts} — {pcode} : Je m'appelle {p1}, née le {dob1.long} à {town}. J'habite toujours {addr1}.
{ts} — ENQ. : Et votre famille ?
{ts} — {pcode} : Mon mari, {m2}, était {~instituteur|mécanicien|pêcheur|cheminot}. Ma fille {f3.given} vous donnera son numéro : {phone3}.""",
    ),
    (
        "fr_acte",
        "fr",
        """Bonjour, pouvez-vous traduire en anglais cet extrait d'acte de naissance ?

EXTRAIT D'ACTE DE NAISSANCE n° {n}{n}{n}
Le {dob1.long}, est né(e) à {town} : {p1.upper}
Fils/fille de {m2} et de {f3}, domiciliés {addr1}.
Dressé le {date} par nous, {p4}, officier de l'état civil.

Réponse à {p9.email} svp (tél. {phone9}).""",
    ),
    (
        "fr_traducteur",
        "fr",
        """TRADUCTION CERTIFIÉE CONFORME
Je soussigné(e), {p1}, traducteur/traductrice expert(e) près la Cour d'appel de {town}, certifie que la présente traduction du {lang} vers le français est conforme à l'original présenté par {p2}, né(e) le {dob2}.
Dossier n° {file}. Fait à {town}, le {date}.
Contact : {p1.email} — {phone1}""",
    ),
    (
        "fr_genealogie",
        "fr",
        """Je cherche des infos sur mon arrière-grand-père {m1}, né vers {odob1.y} à {town}, marié à {f2} (née {f2.maiden}). Leur fils {m3} est né le {odob3.long}. D'après {m4.kin} {m4.given}, la famille aurait embarqué sur le {ship}. Mon arbre est sur {gtool} ({p5.login}). Mon adresse : {addr5}.""",
    ),
    (
        "fr_contacts",
        "fr",
        """Contacts presse — {project}
{p1.upper} — fixeur, {town} — {phone1}
{p2.upper} — chauffeur — {phone2}
{p3.upper} — avocate de la famille — {p3.email}
Rappel : ne jamais citer {p4.given} (source protégée).""",
    ),
    (
        "fr_carnet",
        "fr",
        """Carnet de terrain, {date.long}
Rencontre avec {f1.kin} {f1.given} au marché, puis chez elle ({addr1}). Son neveu {m2} a traduit du {lang}. Il m'a laissé son numéro ({phone2}) et celui de son oncle {m3} ({phone3}). À relire : {cite}.""",
    ),
    (
        "fr_avis_deces",
        "fr",
        """Avis de décès
{p1}
née le {dob1.long} à {town}, nous a quittés le {date.long}.
De la part de ses enfants {p2.given} et {p3.given}, de ses petits-enfants, et de {p4}.
Les condoléances peuvent être adressées au {addr5}.""",
    ),
    # ----------------------------------------------------------------------- German
    (
        "de_interview",
        "de",
        """Bitte anonymisiere dieses Interview-Transkript:

I: Können Sie sich kurz vorstellen?
B ({pcode1}): Ich heiße {p1}, bin am {dob1.long} in {town} geboren. Wohne jetzt {addr1}.
I: Und Ihre Eltern?
B: Mein Vater {m2} war {~Bergmann|Lehrer|Schneider|Bauer}, meine Mutter {f3} geborene {f3.maiden}. Meine Schwester {f4.given} erreichen Sie unter {phone4}.""",
    ),
    (
        "de_urkunde",
        "de",
        """Beglaubigte Übersetzung benötigt — Geburtsurkunde:
Standesamt {town}, Nr. {n}{n}/{year}
{p1}
geboren am {dob1.long} in {town}
Vater: {m2}
Mutter: {f3}, geb. {f3.maiden}
Der Standesbeamte: {p4}

Bitte Angebot an {p9.email}, Tel. {phone9}.""",
    ),
    (
        "de_ahnen",
        "de",
        """Kirchenbuch {town}, Taufen {bapt1.iso}, Nr. {n}:
{p1}, ehelicher Sohn des {m2}, Tagelöhner, und der {f3} geb. {f3.maiden}, wohnhaft {addr1}. Geboren {odob1.long}. Paten: {m4}, {f5}.
Kann mir jemand die Sütterlin-Notiz am Rand lesen? Mein Stammbaum liegt bei {gtool} unter {p6.login}.""",
    ),
    (
        "de_mail",
        "de",
        """Hallo {p1.given},

anbei die Kontaktdaten für das Zeitzeugeninterview: {p2}, geb. {dob2}, {addr2}, Tel. {phone2}. Die Tochter {f3} möchte dabei sein ({f3.email}).

Viele Grüße
{p4}
{uni}

PS: Das Honorar bitte auf {iban} überweisen.""",
    ),
    # ------------------------------------------------------------------- Portuguese
    (
        "pt_entrevista",
        "pt",
        """Anonimize esta transcrição de entrevista, por favor:

[{ts}] PESQUISADORA: Pode dizer seu nome e onde nasceu?
[{ts}] {pcode1}: Meu nome é {p1}, nasci em {town} no dia {dob1.long}.
[{ts}] {pcode1}: Meu pai, {m2}, era {~pescador|lavrador|pedreiro|feirante}. Minha mãe, {f3}, mora até hoje na {addr1}.
[{ts}] {pcode1}: Fala com a minha irmã {f4.given}, o zap dela é {phone4}.""",
    ),
    (
        "pt_certidao",
        "pt",
        """Preciso de tradução juramentada desta certidão de nascimento:
CERTIDÃO DE NASCIMENTO — Cartório de Registro Civil de {town}
Nome: {p1}
Data de nascimento: {dob1}
Pai: {m2}   Mãe: {f3}
Avós paternos: {m4} e {f5}
Oficial: {p6}   Matrícula {file}

Orçamento para {p9.email} ou {phone9}. Pago por transferência da conta {iban}.""",
    ),
    (
        "pt_genealogia",
        "pt",
        """Oi gente! Procuro informações sobre meu bisavô {m1}, nascido em {odob1.y} em {town}, filho de {m2} e {f3}. Ele chegou no {ship}. Minha {~tia|avó} {f4} diz que ele tinha um irmão, {m5}. Alguém tem acesso ao {archive}? — {p6} ({p6.email})""",
    ),
    (
        "pt_whatsapp",
        "pt",
        """[{time}] {p1.given}: {f2.kin} {f2.given} topou dar a entrevista 🙌
[{time}] {p3.given}: ebaa, qual o endereço?
[{time}] {p1.given}: {addr2}
[{time}] {p1.given}: o número dela é {phone2}, mas liga depois das {time}""",
    ),
    (
        "pt_fontes",
        "pt",
        """Fontes (não compartilhar):
{p1} — ex-funcionário da prefeitura — {phone1} — só em off
{p2} — líder comunitária — {p2.email}
{p3} ("{p3.nick}") — contato via {p3.at}
Advogado: {p4} — processo {case}""",
    ),
    # ---------------------------------------------------------------------- Italian
    (
        "it_atto",
        "it",
        """Mi serve la traduzione in inglese di questo estratto dell'atto di nascita:
Comune di {town} — Ufficio dello Stato Civile
{p1}, nato/a il {dob1.long} a {town}
figlio/a di {m2} e di {f3}
residente in {addr1}
L'Ufficiale dello Stato Civile: {p4}

Risposta a {p9.email}, tel. {phone9}. Pago con bonifico dal mio conto {iban}.""",
    ),
    (
        "it_intervista",
        "it",
        """Trascrizione intervista ({pcode}), {date}:
INT: Ci dice il suo nome?
R: Sono {p1}, classe {dob1.y}. Mio nonno {m2} era emigrato col {ship}. Mia cugina {f3} abita ancora in {addr3}, il suo numero è {phone3}.""",
    ),
    (
        "it_genealogia",
        "it",
        """Cerco notizie su {m1}, nato il {odob1.long} a {town}, figlio di {m2} e {f3}. {m4.kin} {m4.given} dice che si sposò con {f5} nel {odate.iso}. Qualcuno ha accesso all'{archive}? Scrivetemi a {p6.email}.""",
    ),
    # ------------------------------------------------------------------------ Dutch
    (
        "nl_interview",
        "nl",
        """Kun je dit interviewtranscript anonimiseren?
I: Wie bent u?
R ({pcode1}): Ik ben {p1}, geboren op {dob1.long} in {town}. Ik woon nu {addr1}.
R: Mijn broer {m2} woont nog bij {f3.kin} {f3.given}. Bel hem gerust: {phone2}.""",
    ),
    (
        "nl_stamboom",
        "nl",
        """Stamboomvraag: ik zoek {m1}, geboren {odob1.long} te {town}, zoon van {m2} en {f3}. Getrouwd met {f4} (dochter van {m5}). Volgens het {archive} ({shelf}) vertrok hij met de {ship}. Mijn gegevens: {p6}, {p6.email}.""",
    ),
    # ----------------------------------------------------------------- Central Europe
    (
        "pl_akt",
        "pl",
        """Proszę o tłumaczenie odpisu aktu urodzenia na angielski:
Urząd Stanu Cywilnego w {town}
Imię i nazwisko: {p1}
Data urodzenia: {dob1.long}
Ojciec: {m2}
Matka: {f3}, z domu {f3.maiden}
Kierownik USC: {p4}

Kontakt: {p9.email}, tel. {phone9}. Zaliczkę wpłacę z konta {iban}.""",
    ),
    (
        "pl_wywiad",
        "pl",
        """Transkrypcja wywiadu ({pcode}):
B: Nazywam się {p1}, urodziłam się {dob1.long} w {town}.
B: Mój dziadek {m2} wrócił z Syberii w 1956. {f3.kin} {f3.given} mieszka na {addr3}, tel. {phone3}.""",
    ),
    (
        "cs_matrika",
        "cs",
        """Matrika narozených, {town}, zapsáno {bapt1.iso}:
{p1}, narozen(a) {odob1.long}, syn/dcera {m2} a {f3}, bytem {addr1}. Kmotři: {m4}, {f5}.
Hledám potomky — pište na {p6.email}. Tel. {phone6}.""",
    ),
    (
        "hu_anyakonyv",
        "hu",
        """Születési anyakönyvi kivonat fordítását kérném:
Név: {p1}
Születési idő: {dob1.long}
Születési hely: {town}
Apa: {m2}
Anya: {f3}
Anyakönyvvezető: {p4}

Elérhetőség: {p9.email}, {phone9}
Előleg a {iban} számláról.""",
    ),
    (
        "ro_certificat",
        "ro",
        """Am nevoie de traducerea certificatului de naștere:
Nume: {p1}
Data nașterii: {dob1.long}
Locul nașterii: {town}
Tatăl: {m2}   Mama: {f3}
Domiciliu: {addr1}
Ofițer de stare civilă: {p4}

Contact: {p9.email}, {phone9}
Plata din contul {iban}.""",
    ),
    (
        "el_pistopoiitiko",
        "el",
        """Χρειάζομαι μετάφραση του πιστοποιητικού γέννησης:
Ονοματεπώνυμο: {p1}
Ημερομηνία γέννησης: {dob1.long}
Πατέρας: {m2}
Μητέρα: {f3}
Διεύθυνση: {addr1}
Ληξίαρχος: {p4}

Επικοινωνία: {p9.email}, {phone9}""",
    ),
    # ------------------------------------------------------------------------ Nordic
    (
        "sv_slakt",
        "sv",
        """Släktforskning: jag letar efter {m1}, född {odob1.long} i {town}, son till {m2} och {f3}. Enligt husförhörslängden ({shelf}) flyttade familjen till {addr4}. Hör av dig till mig, {p5}, på {phone5} eller {p5.email}. Ersättning för kopior betalas från {iban}.""",
    ),
    (
        "no_kirkebok",
        "no",
        """Kirkebok for {town}, døpte {bapt1.iso}:
Nr. {n}: {p1}, født {odob1.long}. Foreldre: {m2} og {f3}, {addr1}. Faddere: {m4}, {f5}.
Spørsmål til {p6} ({p6.email}).""",
    ),
    (
        "fi_haastattelu",
        "fi",
        """Haastattelun litterointi ({pcode}):
H: Kertoisitteko nimenne?
V: Olen {p1}, synnyin {dob1.long} ({town}). Isäni {m2} oli {~metsätyömies|opettaja|kalastaja}. Siskoni {f3} asuu osoitteessa {addr3}, puhelin {phone3}.""",
    ),
    # ------------------------------------------------------------------ East Slavic
    (
        "uk_svidotstvo",
        "uk",
        """Потрібен переклад свідоцтва про народження англійською:
Прізвище, ім'я, по батькові: {p1}
Дата народження: {dob1.long}
Місце народження: {town}
Батько: {m2}
Мати: {f3}
Адреса: {addr1}
Посадова особа: {p4}

Контакт: {p9.email}, {phone9}""",
    ),
    (
        "uk_interview",
        "uk",
        """Розшифровка інтерв'ю ({pcode}), {date}:
— Як вас звати?
— {p1}. Народилася {dob1.long}. Мій чоловік {m2} зараз на фронті. Сестра {f3} живе за адресою {addr3}, телефон {phone3}.""",
    ),
    (
        "ru_svidetelstvo",
        "ru",
        """Переведите, пожалуйста, свидетельство о рождении на английский:
СВИДЕТЕЛЬСТВО О РОЖДЕНИИ
{p1}
родился(лась) {dob1.long}, место рождения {town}
Отец: {m2}
Мать: {f3}
Место государственной регистрации: ЗАГС {town}, запись № {n}{n}{n}
Руководитель органа ЗАГС: {p4}

Ответ пришлите на {p9.email}, тел. {phone9}.""",
    ),
    (
        "ru_interview",
        "ru",
        """Анонимизируй расшифровку интервью:
[{ts}] Интервьюер: Представьтесь, пожалуйста.
[{ts}] {pcode1}: {p1}, {dob1.y} года рождения. Живу по адресу {addr1}.
[{ts}] {pcode1}: Брат, {m2}, уехал в {town2} в девяностые. Его телефон {phone2}.""",
    ),
    (
        "ru_genealogy",
        "ru",
        """Ищу сведения о прадеде: {m1}, родился {odob1.long} в {town}. Жена — {f2}, урождённая {f2.maiden}. Сын {m3} родился {odob3.long}. В архиве ({shelf}) есть запись, но я не могу её прочитать. Пишите: {p4.email}.""",
    ),
    (
        "ru_chat",
        "ru",
        """{p1.lower}: {f2.kin} {f2.given} — кто знает её номер? хочу записать её воспоминания
{p3.lower}: {phone2}
{p3.lower}: только она по вечерам не берёт
{p1.lower}: спс. а {m4.given} где сейчас живёт? всё там же, {addr4}?""",
    ),
    # ----------------------------------------------------------------------- Turkish
    (
        "tr_nufus",
        "tr",
        """Nüfus kayıt örneğinin İngilizce çevirisine ihtiyacım var:
Adı Soyadı: {p1}
Doğum Tarihi: {dob1.long}
Doğum Yeri: {town}
Baba Adı: {m2.given}   Ana Adı: {f3.given}
Adres: {addr1}
Düzenleyen memur: {p4}

İletişim: {p9.email} / {phone9}
Ödeme: {iban}""",
    ),
    (
        "tr_roportaj",
        "tr",
        """Röportaj dökümü ({pcode}):
S: Kendinizi tanıtır mısınız?
C: Adım {p1}, {dob1.y} doğumluyum. {m2.given} {m2.hon} (eşim) {~Almanya|Libya|Suudi Arabistan}'da çalıştı. Kızım {f3}'e {phone3} numarasından ulaşabilirsiniz.""",
    ),
    (
        "tr_whatsapp",
        "tr",
        """[{time}] {p1.given}: {f2.given} Teyze röportaja tamam dedi
[{time}] {p3.given}: süper, adres?
[{time}] {p1.given}: {addr2}
[{time}] {p1.given}: telefonu {phone2}""",
    ),
    # ------------------------------------------------------------------------ Arabic
    (
        "ar_shahada",
        "ar",
        """أرجو ترجمة شهادة الميلاد هذه إلى الإنجليزية:
شهادة ميلاد
الاسم: {p1}
تاريخ الميلاد: {dob1}
محل الميلاد: {town}
اسم الأب: {m2}
اسم الأم: {f3}
العنوان: {addr1}
أمين السجل المدني: {p4}

للتواصل: {p9.email} — {phone9}""",
    ),
    (
        "ar_interview",
        "ar",
        """يرجى إخفاء هوية المشاركين في هذا النص:
[{ts}] الباحثة: عرّفينا بنفسك من فضلك.
[{ts}] {pcode1}: اسمي {p1}، مواليد {dob1.long}.
[{ts}] {pcode1}: زوجي {m2} كان يعمل في {~الميناء|المصنع|السكة الحديد}. أختي {f3} تسكن في {addr3}، ورقمها {phone3}.""",
    ),
    (
        "ar_family",
        "ar",
        """أبحث عن معلومات عن جدي {m1}، ولد سنة {odob1.y} في {town}. أبوه {m2} وأمه {f3}. عمي {m4} يقول إنهم هاجروا بعد {~النكبة|الحرب|الفيضان}. راسلوني على {p5.email} أو {phone5}.""",
    ),
    (
        "ar_contacts",
        "ar",
        """جهات الاتصال (سري):
- {p1} — مصدر — {phone1}
- {p2} — سائق — {phone2}
- {p3} — محامية — {p3.email}
لا تذكروا اسم {p4.given} في التقرير.""",
    ),
    # ----------------------------------------------------------------------- Persian
    (
        "fa_shenasname",
        "fa",
        """لطفاً این شناسنامه را به انگلیسی ترجمه کنید:
نام و نام خانوادگی: {p1}
تاریخ تولد: {dob1.cal}
محل تولد: {town}
نام پدر: {m2.given}
نام مادر: {f3}
نشانی: {addr1}

تماس: {p9.email} — {phone9}""",
    ),
    (
        "fa_interview",
        "fa",
        """متن مصاحبه ({pcode}):
پرسشگر: لطفاً خودتان را معرفی کنید.
پاسخگو: من {p1} هستم، متولد {dob1.cal}. برادرم {m2} در {town2} زندگی می‌کند. شماره‌اش {phone2} است.""",
    ),
    # ------------------------------------------------------------------------ Hebrew
    (
        "he_interview",
        "he",
        """נא להסיר פרטים מזהים מהתמלול:
מראיינת: ספרי לי על עצמך.
{pcode1}: שמי {p1}, נולדתי ב-{dob1.num} ב{town}. אבי {m2} עלה ארצה ב-{odate.iso}.
{pcode1}: אחותי {f3} גרה ב{addr3}, הטלפון שלה {phone3}.""",
    ),
    (
        "he_family",
        "he",
        """מחפשת מידע על סבא רבא שלי, {m1}, שנולד ב-{odob1.y} ב{town}. אשתו {f2}. {f3.kin} {f3.given} אומרת שהם הגיעו באונייה {ship}. ניתן לפנות אליי: {p4.email}.""",
    ),
    # --------------------------------------------------------------- South Asian
    (
        "hi_janm",
        "hi",
        """कृपया इस जन्म प्रमाण पत्र का अंग्रेज़ी में अनुवाद करें:
नाम: {p1}
जन्म तिथि: {dob1.long}
जन्म स्थान: {town}
पिता का नाम: {m2}
माता का नाम: {f3}
पता: {addr1}
रजिस्ट्रार: {p4}

संपर्क: {p9.email}, {phone9}""",
    ),
    (
        "hi_interview",
        "hi",
        """साक्षात्कार प्रतिलेख ({pcode}):
प्रश्न: अपना परिचय दीजिए।
उत्तर: मेरा नाम {p1} है, मेरा जन्म {dob1.long} को {town} में हुआ। मेरे {m2.kin} {m2.given} अभी {addr2} में रहते हैं, उनका नंबर {phone2} है।""",
    ),
    (
        "ur_message",
        "ur",
        """السلام علیکم، میں {p1} ہوں۔ میرے والد {m2} کی تاریخ پیدائش {dob2} ہے۔ ہمارا پتہ {addr1} ہے۔ فون: {phone1}۔ براہ کرم ترجمہ جلد بھیج دیں۔""",
    ),
    (
        "bn_message",
        "bn",
        """আমার নাম {p1}। আমার দাদা {m2} জন্মেছিলেন {dob2.y} সালে {town}-এ। আমাদের ঠিকানা {addr1}। ফোন {phone1}।""",
    ),
    # ----------------------------------------------------------- South-East Asian
    (
        "id_wawancara",
        "id",
        """Tolong anonimkan transkrip wawancara ini:
P: Boleh perkenalkan diri?
{pcode1}: Nama saya {p1}, lahir di {town} tanggal {dob1.long}.
{pcode1}: Suami saya, {m2}, dulu kerja di {~pelabuhan|pabrik|perkebunan}. Anak saya {p3.given} tinggal di {addr3}, nomor HP-nya {phone3}.""",
    ),
    (
        "id_akta",
        "id",
        """Mohon terjemahkan kutipan akta kelahiran ini:
Nama: {p1}
Tempat/Tgl. Lahir: {town}, {dob1.long}
Nama Ayah: {m2}
Nama Ibu: {f3}
Alamat: {addr1}
Pejabat Pencatatan Sipil: {p4}

Kirim ke {p9.email} atau WA {phone9}. Terima kasih.""",
    ),
    (
        "id_wa",
        "id",
        """[{time}] {p1.given}: {f2.kin} {f2.given} mau diwawancara hari Sabtu
[{time}] {p3.given}: siap, alamatnya di mana?
[{time}] {p1.given}: {addr2}
[{time}] {p1.given}: WA beliau {phone2}""",
    ),
    (
        "ms_temubual",
        "ms",
        """Transkrip temu bual ({pcode}):
Penemubual: Boleh perkenalkan diri?
Responden: Nama saya {p1}, lahir pada {dob1.long} di {town}. Ayah saya {m2} bekerja di ladang getah. Kakak saya {f3} tinggal di {addr3}, telefon {phone3}.""",
    ),
    (
        "tl_message",
        "tl",
        """Hi po! Si {p1} po ito, apo ni {f2.kin} {f2.given}. Pwede po ba kayong mag-interview sa kanya sa Sabado? Nakatira po siya sa {addr2}. Ito po number ko: {phone1}. Salamat po!""",
    ),
    (
        "vi_khai_sinh",
        "vi",
        """Nhờ dịch giấy khai sinh này sang tiếng Anh giúp mình:
Họ và tên: {p1}
Ngày sinh: {dob1.long}
Nơi sinh: {town}
Họ tên cha: {m2}
Họ tên mẹ: {f3}
Nơi cư trú: {addr1}
Người ký: {p4}

Liên hệ: {p9.email}, {phone9}""",
    ),
    (
        "vi_phong_van",
        "vi",
        """Bản ghi phỏng vấn ({pcode}):
Hỏi: Bác giới thiệu về mình nhé.
Đáp: Tôi tên {p1}, sinh năm {dob1.y}. Chồng tôi là {m2}. Con gái tôi {f3} ở {addr3}, số điện thoại {phone3}.""",
    ),
    (
        "th_interview",
        "th",
        """ช่วยลบข้อมูลส่วนตัวในบทสัมภาษณ์นี้ด้วย:
ผู้สัมภาษณ์: แนะนำตัวหน่อยค่ะ
{pcode1}: ชื่อ {p1} ค่ะ เกิดวันที่ {dob1.long} ที่{town}
{pcode1}: ลูกสาวชื่อ {f2} (ชื่อเล่น {f2.nick}) อยู่ที่ {addr2} เบอร์ {phone2}""",
    ),
    (
        "th_birth",
        "th",
        """ขอแปลสูติบัตรเป็นภาษาอังกฤษ:
ชื่อ: {p1}
เกิดวันที่: {dob1.cal}
บิดา: {m2}
มารดา: {f3}
ที่อยู่: {addr1}
นายทะเบียน: {p4}

ติดต่อ: {p9.email} โทร {phone9}""",
    ),
    # ---------------------------------------------------------------------- Chinese
    (
        "zh_fangtan",
        "zh",
        """请帮我把这段访谈记录匿名化：
[{ts}] 访谈者：请您介绍一下自己。
[{ts}] {pcode1}：我叫{p1}，{dob1.long}出生在{town}。
[{ts}] {pcode1}：我父亲{m2}以前在{~铁路局|纺织厂|煤矿}工作。我妹妹{f3}现在住在{addr3}，电话{phone3}。""",
    ),
    (
        "zh_chusheng",
        "zh",
        """请把这份出生医学证明翻译成英文：
新生儿姓名：{p1}
出生日期：{dob1}
出生地点：{town}
母亲姓名：{f2}
父亲姓名：{m3}
家庭住址：{addr1}
签发人：{p4}

联系方式：{p9.email}，{phone9}""",
    ),
    (
        "zh_jiapu",
        "zh",
        """家谱摘录（第{n}世）：
{m1}，生于{odob1.cal}，卒于{dyear1}年。
配{f2}，生于{odob2.y}年。
子：{m3.given}、{m4.given}；女：{f5.given}。
整理人：{p6}（{p6.email}）""",
    ),
    (
        "zh_wechat",
        "zh",
        """{p1.given}：{f2.kin}说周六可以接受采访
{p3.given}：太好了，地址发我一下
{p1.given}：{addr2}
{p1.given}：她手机{phone2}，{time}以后打""",
    ),
    # --------------------------------------------------------------------- Japanese
    (
        "ja_interview",
        "ja",
        """以下のインタビュー書き起こしを匿名化してください。

[{ts}] 聞き手：お名前と生年月日をお願いします。
[{ts}] {pcode1}：{p1}です。{dob1.cal}生まれです。
[{ts}] {pcode1}：父の{m2}は{~国鉄|漁協|炭鉱}で働いていました。妹の{f3.given}は今も{addr3}に住んでいます。電話は{phone3}です。""",
    ),
    (
        "ja_koseki",
        "ja",
        """戸籍謄本の英訳をお願いします。
本籍：{addr1}
氏名：{p1}
生年月日：{dob1.cal}
父：{m2}
母：{f3}
届出人：{p4}

連絡先：{p9.email}（{phone9}）""",
    ),
    (
        "ja_email",
        "ja",
        """{p1.family}様

先日はインタビューにご協力いただきありがとうございました。書き起こしをお送りしますので、ご確認ください。お母様（{f2}様、{dob2.cal}生まれ）のお話の部分は、ご希望どおり仮名「{pseud}」にしています。

{p3}
{uni}
{p3.email} / {phone3}""",
    ),
    (
        "ja_kakeizu",
        "ja",
        """家系図のメモ：
{m1}（{odob1.cal}生）― 妻 {f2}
　長男 {m3}（{odob3.long}生）
　長女 {f4}（{odob4.y}年生、{dyear4}年没）
調べているのは{p5}です。連絡先：{p5.email}""",
    ),
    # ----------------------------------------------------------------------- Korean
    (
        "ko_interview",
        "ko",
        """다음 인터뷰 녹취록을 익명화해 주세요.
[{ts}] 면담자: 성함과 생년월일을 말씀해 주세요.
[{ts}] {pcode1}: {p1}입니다. {dob1.long}에 {town}에서 태어났어요.
[{ts}] {pcode1}: 우리 {f2.kin} {f2}는 지금 {addr2}에 살아요. 전화번호는 {phone2}예요.""",
    ),
    (
        "ko_jokbo",
        "ko",
        """족보 정리 부탁드립니다.
{m1} ({odob1.cal} 생)
 배우자: {f2}
 장남: {m3} ({odob3.long} 생)
 차녀: {f4}
문의: {p5} {phone5}""",
    ),
    (
        "ko_kakao",
        "ko",
        """[{time}] {p1.given}: {f2.given} {f2.kin}가 토요일 인터뷰 괜찮대요
[{time}] {p3.given}: 좋아요! 주소 알려주세요
[{time}] {p1.given}: {addr2}
[{time}] {p1.given}: 연락처 {phone2}""",
    ),
    # ---------------------------------------------------------------------- Swahili
    (
        "sw_mahojiano",
        "sw",
        """Tafadhali ficha majina katika nakala hii ya mahojiano:
Mhoji: Tafadhali jitambulishe.
{pcode1}: Naitwa {p1}, nilizaliwa tarehe {dob1.long} huko {town}.
{pcode1}: Mume wangu {m2} alifanya kazi bandarini. Binti yangu {f3} anaishi {addr3}, simu yake ni {phone3}.""",
    ),
    (
        "sw_ujumbe",
        "sw",
        """Habari {p1.given}! {f2.kin} {f2.given} amekubali mahojiano Jumamosi. Anaishi {addr2}. Namba yake ni {phone2}. Asante — {p3.given}""",
    ),
]

# ----------------------------------------------------------------- near-miss-only texts

NEAR: list[tuple] = [
    (
        "nm_biblio",
        "en",
        """Can you format these references in Chicago author-date?
{biblio}
{biblio}
{biblio}
Also: is it "{etal}" or "{etal}" in the text? My supervisor says to follow {journal} style.""",
    ),
    (
        "nm_lit_review",
        "en",
        """Summarise the argument: {cite} and {cite} both treat the archive as a site of power, while {etal} focus on community archives. {cite} is cited for the method (thematic analysis), and {pub} is discussed only as a public figure in the press coverage. DOI {doi}.""",
    ),
    (
        "nm_codes",
        "en",
        """Coding progress: {pcode}, {pcode} and {pcode} done; {pcode} needs a second coder. Pseudonyms assigned so far (these are pseudonyms, not real names): "{pseud}", "{pseud}", "{pseud}". Inter-rater kappa 0.{n}{n}. Codebook v{ver}, NVivo project file {file}.""",
    ),
    (
        "nm_catalogue",
        "en",
        """Catalogue entry draft:
Title: Letters concerning the voyage of the {ship}, 18{~5|6|7|8|9}0s
Ref: {shelf}
Creator: {regiment} (records office)
Extent: {n} folders
Related: {archive}, {shelf}
Call number {callno}; ISBN of the published guide {isbn}.""",
    ),
    (
        "nm_fiction",
        "en",
        """For my translation class: compare how {fict} and {fict} are rendered in the {lang} translations. {cite} argues that names of fictional characters should stay untranslated; {cite} disagrees. Due {date}, room {room}.""",
    ),
    (
        "nm_public",
        "en",
        """Fact-check: the viral post says {pub} visited {town} on {date} and met {pub}. The photo is from {year} ({inst} archive, {shelf}). Verdict: misattributed. Published under ticket {ticket}.""",
    ),
    (
        "nm_streets",
        "en",
        """Walking-tour script: start at {inst}, walk past the statue of {pub}, turn into the lane named after {saint}, and finish at the {archive} reading room ({room}). Tour code {bref}, duration {n}0 min.""",
    ),
    (
        "nm_ship",
        "en",
        """The {ship} (now {imo}) carried about {n}00 passengers on that crossing; the manifest is at {archive} ({shelf}). The {regiment} embarked separately. Container {seal} of scanned microfilm arrives {date}.""",
    ),
    (
        "nm_logistics",
        "en",
        """Fieldwork logistics: flight {flight} on {date}, PNR {pnr}, hotel booking {bref}, seat {room}. Van plate {plate}. Per-diem {amount}. Order {order}, invoice {inv}, grant {grant}. Card used: {masked}.""",
    ),
    (
        "nm_ethics",
        "en",
        """Ethics amendment {ethics} approved on {date}. Changes: add {n} interviews with {project} participants (codes {pcode}–{pcode}); storage on university OneDrive; transcription by {tool}. No identifiable data will leave the country. Contact the committee via the portal, ticket {ticket}.""",
    ),
    (
        "nm_saints",
        "en",
        """Feast days for the calendar: {saint} ({date}), {saint} ({date}). The parish hall on the road named for {saint} hosts the archive open day; the school named after {pub} lends chairs.""",
    ),
    (
        "nm_timestamps",
        "en",
        """Subtitle timing check only — no text changes:
{ts} --> {ts}
{ts} --> {ts}
{ts} --> {ts}
Render hash {hash}, version {ver}, project {project}.""",
    ),
    (
        "nm_usernames",
        "en",
        """Moderation log: {handle} flagged a post; {handle} restored it; {handle} locked the thread "Best microfilm readers?". Bot {app} version {ver} handled {n} reports.""",
    ),
    (
        "nm_history",
        "en",
        """Quiz questions for the museum app: Who founded {inst}? When did {pub} die? Which ship was {ship}? Answer key in {file}. Images courtesy of {archive} ({shelf}).""",
    ),
    (
        "nm_deathdate",
        "en",
        """The headstone inscription reads only "died {odate.long}, aged {age}". The burial register ({shelf}) gives the same date of burial and plot {n}{n}. No other details survive.""",
    ),
    (
        "nm_translation_memo",
        "en",
        """Translation memo: keep place names as in the source ({town}, {town}), keep the institution names ({inst}, {uni}), translate job titles. Glossary in {tool}, TM file {file}. Deadline {date} {time}.""",
    ),
    (
        "nm_placename",
        "en",
        """We drove from {town} to {town} and then to the old mission at {town}; the guide said the river is named after a {~chief|saint|governor} in the songs. See {cite} on toponyms, and {etal}.""",
    ),
    (
        "nm_podcast_notes",
        "en",
        """Show notes, ep. {n}: we discuss {pub}'s memoir, the film about {pub}, and {fict}. Music licensed under {file}. Sponsor code {bref}. Transcript generated by {tool}.""",
    ),
    (
        "nm_es",
        "es",
        """Bibliografía: {biblio} / {biblio}. Códigos de participantes: {pcode}, {pcode}. Seudónimos (no son nombres reales): «{pseud}», «{pseud}». Expediente {file}, signatura {shelf}.""",
    ),
    (
        "nm_fr",
        "fr",
        """Notice du catalogue : fonds de la mission, cote {shelf}, {n} cartons. Voir {cite} et {etal}. Le navire {ship} est mentionné. Accès : salle de lecture, {room}.""",
    ),
    (
        "nm_de",
        "de",
        """Literaturliste: {biblio}. Signatur {shelf}, Aktenzeichen {case}. Interviewcodes {pcode}, {pcode}; Pseudonyme „{pseud}“ und „{pseud}“.""",
    ),
    (
        "nm_zh",
        "zh",
        """参考文献：{cite}；{etal}。档案号 {shelf}。受访者编号 {pcode}、{pcode}（化名：{pseud}）。""",
    ),
    (
        "nm_ja",
        "ja",
        """参考文献：{cite}、{etal}。資料番号 {shelf}。調査協力者 {pcode}・{pcode}（仮名：{pseud}）。""",
    ),
    (
        "nm_pt",
        "pt",
        """Referências: {biblio}. Códigos {pcode} e {pcode}; pseudônimos "{pseud}" e "{pseud}". Processo {case}. Navio {ship}.""",
    ),
    (
        "nm_ru",
        "ru",
        """Список литературы: {cite}; {etal}. Архивный шифр {shelf}. Респонденты {pcode}, {pcode} (псевдонимы: {pseud}, {pseud}).""",
    ),
    (
        "nm_ar",
        "ar",
        """المراجع: {cite}، {etal}. رقم الملف {file}. رموز المشاركين {pcode} و{pcode} (أسماء مستعارة: {pseud}).""",
    ),
]

# ------------------------------------------------------------------ structured generators
# Each takes the text builder ``tx`` (see bench/sanitizer_dev31.py: tx.rng, tx.render,
# tx.lit, tx.val, tx.person) and appends pieces.

SUB_LINES = [
    "{p1.given}, come and sit with us.",
    "This is my grandmother, {f2}.",
    "We called him {m3.nick} back then.",
    "My name is {p1}, I was born in {town}.",
    "Ask {p4.given}, she remembers the address — {addr4}.",
    "Call me on {phone1} when you're back.",
    "{m3.given} never came back from {town}.",
    "And that one in the photo? That's {p5}, my cousin.",
    "I was born on {dob1.long}, the year of the big rains.",
]
SUB_FILL = [
    "[Music]",
    "[Laughter]",
    "I don't remember the year.",
    "The ship was the {ship}.",
    "They took us to {town} in the lorry.",
    "Everyone knew {pub} from the radio.",
    "Turn that off, please.",
    "(speaking {lang})",
    "It was very hard. Very hard.",
    "We had nothing, only the clothes.",
    "[inaudible]",
    "That was before the war.",
]


def _t(tx, sec: int) -> tuple[str, str]:  # noqa: ANN001
    ms = tx.rng.randint(0, 999)
    return f"{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}", f"{ms:03d}"


def gen_srt(tx) -> None:  # noqa: ANN001
    rng = tx.rng
    tx.render(
        "{~Fix the line breaks in this SRT|Translate these subtitles to English|Check these subtitles}:\n\n"
    )
    sec = rng.randint(5, 900)
    lines = rng.sample(SUB_LINES, rng.randint(3, 5)) + rng.sample(SUB_FILL, rng.randint(2, 4))
    rng.shuffle(lines)
    for i, line in enumerate(lines, 1):
        a, am = _t(tx, sec)
        sec += rng.randint(2, 6)
        b, bm = _t(tx, sec)
        sec += rng.randint(1, 20)
        tx.lit(f"{i}\n{a},{am} --> {b},{bm}\n")
        tx.render(line)
        tx.lit("\n\n")


def gen_vtt(tx) -> None:  # noqa: ANN001
    rng = tx.rng
    tx.lit("WEBVTT\nKind: captions\nLanguage: en\n\n")
    sec = rng.randint(0, 400)
    speakers = ["p1", "f2", "m3"]
    lines = rng.sample(SUB_LINES, 3) + rng.sample(SUB_FILL, 3)
    rng.shuffle(lines)
    for line in lines:
        a, am = _t(tx, sec)
        sec += rng.randint(2, 7)
        b, bm = _t(tx, sec)
        tx.lit(f"{a}.{am} --> {b}.{bm}\n<v ")
        tx.render("{" + rng.choice(speakers) + "}")
        tx.lit(">")
        tx.render(line)
        tx.lit("\n\n")


def gen_transcript(tx) -> None:  # noqa: ANN001
    rng = tx.rng
    tx.render("Transcript — {project} — {pcode} — recorded {date} — transcribed with {tool}\n")
    tx.render("Speakers: INTERVIEWER ({p9}), {p1.upper}\n\n")
    turns = [
        "INTERVIEWER: Let's start with your full name and date of birth.",
        "{p1.family}: {p1}. {dob1}.",
        "INTERVIEWER: And you grew up where?",
        "{p1.family}: In {town}, on {addr1}. The house is gone now.",
        "INTERVIEWER: Who else lived there?",
        "{p1.family}: My {~uncle|grandfather|stepfather} {m2}, and {f3.kin} {f3.given}. And the lodger, {p4}.",
        "INTERVIEWER: Are you still in touch with them?",
        "{p1.family}: With {f3.given}'s daughter, yes. {f5}, she's on {phone5}.",
        "INTERVIEWER: [pause] Thank you. Let's take a break.",
    ]
    n = rng.randint(5, len(turns))
    for turn in turns[:n]:
        tx.render("[{ts}] " + turn + "\n")


def gen_csv(tx) -> None:  # noqa: ANN001
    rng = tx.rng
    sep = rng.choice([",", ";", "\t"])
    tx.render(
        "{~Clean this survey export|Find duplicate respondents in this CSV|Can you pivot this by district?}:\n\n"
    )
    cols = [
        "respondent_id",
        "name",
        "dob",
        "phone",
        "email",
        "district",
        "consent_date",
        "q12_score",
    ]
    tx.lit(sep.join(cols) + "\n")
    for i in range(1, rng.randint(3, 6)):
        tx.render("{pcode}" + sep)
        tx.render("{p%d}" % i + sep)
        tx.render("{dob%d.num}" % i + sep)
        tx.render("{phone%d}" % i + sep)
        if rng.random() < 0.6:
            tx.render("{p%d.email}" % i)
        tx.lit(sep)
        tx.render("{district}" + sep + "{date.iso}" + sep + str(rng.randint(0, 10)) + "\n")


def gen_spss(tx) -> None:  # noqa: ANN001
    rng = tx.rng
    tx.lit("Why does SPSS show these as strings? Output of LIST:\n\n")
    tx.lit("LIST VARIABLES=id name dob village phone hh_size.\n\n")
    tx.lit(
        "      id name                          dob         village          phone            hh_size\n\n"
    )
    for i in range(1, rng.randint(3, 6)):
        tx.lit(f"    {rng.randint(1000, 9999)} ")
        tx.render("{p%d}" % i)
        tx.lit("  ")
        tx.render("{dob%d.num}" % i)
        tx.lit("  ")
        tx.render("{town}  ")
        tx.render("{phone%d}" % i)
        tx.lit(f"  {rng.randint(1, 12)}\n")
    tx.lit(f"\nNumber of cases read:  {rng.randint(200, 900)}    Number of cases listed:  5\n")


def gen_stata(tx) -> None:  # noqa: ANN001
    rng = tx.rng
    tx.lit(". list hhid resp_name resp_dob enum_name in 1/4, clean noobs\n\n")
    tx.lit("      hhid   resp_name                      resp_dob      enum_name\n")
    enum = "{p9}"
    for i in range(1, 5):
        tx.lit(f"    {rng.randint(10000, 99999)}   ")
        tx.render("{p%d}" % i)
        tx.lit("   ")
        tx.render("{dob%d.iso}" % i)
        tx.lit("    ")
        tx.render(rng.choice([enum, "{badge}", "{badge}"]))
        tx.lit("\n")
    tx.lit("\n. tab district\n(output omitted)\n")


def gen_kobo(tx) -> None:  # noqa: ANN001
    rng = tx.rng
    tx.is_json = True
    e = tx.jesc
    uid = "".join(rng.choice("0123456789abcdef") for _ in range(8))
    tx.lit(
        '{"_id": '
        + str(rng.randint(10**8, 10**9))
        + ', "formhub/uuid": "'
        + uid
        + "a1" * 12
        + '", '
    )
    tx.lit('"start": "')
    tx.render("{date.iso}", e)
    tx.lit('T08:14:03.000+00:00", "deviceid": "collect:' + uid.upper() + '", ')
    tx.lit('"group_resp/resp_name": "')
    tx.render("{p1}", e)
    tx.lit('", "group_resp/resp_dob": "')
    tx.render("{dob1.iso}", e)
    tx.lit('", "group_resp/resp_phone": "')
    tx.render("{phone1}", e)
    tx.lit('", "group_resp/hh_head": "')
    tx.render("{p2}", e)
    tx.lit('", "group_loc/village": "')
    tx.render("{town}", e)
    tx.lit('", "group_loc/address_text": "')
    tx.render("{addr1}", e)
    tx.lit('", "enumerator": "')
    tx.render("{p3.login}", e)
    tx.lit('", "_submitted_by": "')
    tx.render("{p3.login}", e)
    tx.lit(
        '", "_geolocation": [' + f"{rng.uniform(-30, 40):.5f}, {rng.uniform(-80, 120):.5f}" + "], "
    )
    tx.lit('"_status": "submitted_via_web", "__version__": "v' + uid[:6] + '"}')


def _ged_name(tx, key: str) -> None:  # noqa: ANN001
    p = tx.person(key)
    given = p.form("given")[0]
    family = p.form("family")[0]
    tx.val(f"{given} /{family}/" if given != family else f"{given} //", "PERSON")


def gen_gedcom(tx) -> None:  # noqa: ANN001
    rng = tx.rng
    tx.render(
        "{~Fix the errors in this GEDCOM|Why won't this GEDCOM import?|Convert this GEDCOM to a readable tree}:\n\n"
    )
    tx.render(
        "0 HEAD\n1 SOUR {~Gramps 5.2|FamilySearch|Ancestry|MyHeritage|RootsMagic 9|Legacy 10}\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n"
    )
    people = [
        ("m1", "M", "odob1"),
        ("f2", "F", "odob2"),
        ("p3", None, "odob3"),
        ("p4", None, "dob4"),
    ]
    n = rng.randint(3, 4)
    for i, (key, sex, dob) in enumerate(people[:n], 1):
        tx.lit(f"0 @I{i}@ INDI\n1 NAME ")
        _ged_name(tx, key)
        tx.lit(f"\n1 SEX {sex or rng.choice('MF')}\n1 BIRT\n2 DATE ")
        tx.render("{" + dob + ".ged}")
        tx.render("\n2 PLAC {town}, {country}\n")
        if i <= 2:
            tx.render("1 DEAT\n2 DATE {dyear%d}\n" % i)
        elif rng.random() < 0.6:
            tx.lit("1 RESI\n2 ADDR ")
            tx.render("{addr%d}" % i)
            tx.lit("\n1 EMAIL ")
            tx.render("{%s.email}\n" % key)
        tx.lit("1 FAMS @F1@\n" if i <= 2 else "1 FAMC @F1@\n")
    tx.render("0 @F1@ FAM\n1 HUSB @I1@\n1 WIFE @I2@\n1 MARR\n2 DATE {odate.iso}\n0 TRLR")


def gen_tree(tx) -> None:  # noqa: ANN001
    rng = tx.rng
    tx.render(
        "{~Can you turn this into a GEDCOM?|Is this tree consistent?|Write a short family history from this:}\n\n"
    )
    tx.render("{m1} (b. {odob1}, {town} – d. {dyear1})\n")
    tx.render("  m. {f2} (née {f2.maiden}), b. {odob2.y}\n")
    for i in range(3, 3 + rng.randint(2, 3)):
        tx.render("    ├─ {p%d} (b. {odob%d})" % (i, i))
        r = rng.random()
        if r < 0.25:
            tx.render(" m. {p%d}" % (i + 10))
        elif r < 0.6:
            tx.render(" — emigrated, see {ship}")
        tx.lit("\n")
    tx.render("        └─ {p20} (b. {dob20.y}) — me, {p20.email}\n")


def gen_manifest(tx) -> None:  # noqa: ANN001
    rng = tx.rng
    tx.render("Manifest of alien passengers, {ship}, sailing from {town}, {odate.long}\n")
    tx.lit(
        "No. | Family name | Given name | Age | Occupation | Last residence | Relative at home\n"
    )
    for i in range(1, rng.randint(3, 5)):
        tx.lit(f"{i} | ")
        tx.render(
            "{p%d.family} | {p%d.given} | {age} | {~farmer|labourer|domestic|tailor|none} | {town} | "
            % (i, i)
        )
        if rng.random() < 0.5:
            tx.render("{~father|mother|wife|brother} {p%d}, {addr%d}\n" % (i + 10, i))
        else:
            tx.lit("—\n")
    tx.render("[{archive}, {shelf}]")


def gen_register(tx) -> None:  # noqa: ANN001
    rng = tx.rng
    tx.render("Participant register — {project} (CONFIDENTIAL — keep separate from data)\n\n")
    tx.lit("| Code | Name | DOB | Contact | Interview | Pseudonym |\n|---|---|---|---|---|---|\n")
    for i in range(1, rng.randint(3, 6)):
        tx.render("| {pcode} | {p%d} | {dob%d} | " % (i, i))
        tx.render("{phone%d}" % i if rng.random() < 0.6 else "{p%d.email}" % i)
        tx.render(" | {date} | {pseud} |\n")


def gen_vcard(tx) -> None:  # noqa: ANN001
    rng = tx.rng
    tx.lit("Merge duplicates in my source contacts:\n\n")
    for i in range(1, rng.randint(2, 4)):
        tx.lit("BEGIN:VCARD\nVERSION:3.0\nN:")
        tx.render("{p%d.family}" % i)
        tx.lit(";")
        tx.render("{p%d.given}" % i)
        tx.lit(";;;\nFN:")
        tx.render("{p%d}" % i)
        tx.lit("\nTEL;TYPE=CELL:")
        tx.render("{phone%d}" % i)
        if rng.random() < 0.6:
            tx.lit("\nEMAIL:")
            tx.render("{p%d.email}" % i)
        if rng.random() < 0.4:
            tx.lit("\nADR;TYPE=HOME:;;")
            tx.render("{addr%d}" % i)
        tx.render("\nNOTE:{~source|fixer|driver|translator} — met {date}\nEND:VCARD\n")


def gen_chat_export(tx) -> None:  # noqa: ANN001
    rng = tx.rng
    tx.render(
        "{~Summarise this group chat|Translate this chat|Pull out the interview times from this chat}:\n\n"
    )
    msgs = [
        ("p1", "team, the interview with {f4.kin} {f4.given} is moved to {time}"),
        ("p2", "ok. address still {addr4}?"),
        ("p1", "yes. her grandson {m5} will meet us, {phone5}"),
        ("p3", "i can't come, {p2.given} can you take the recorder"),
        ("p2", "sure 👍"),
        ("p1", "also pls send me the consent form for {f6} (born {dob6})"),
    ]
    for key, msg in msgs[: rng.randint(4, 6)]:
        tx.render("[{date1}, {time}] ")
        tx.render("{" + key + rng.choice(["", ".given", ".lower"]) + "}")
        tx.lit(": ")
        tx.render(msg + "\n")


def gen_email_thread(tx) -> None:  # noqa: ANN001
    tx.render("""From: {p1} <{p1.email}>
Sent: {date} {time}
To: {p2.email}
Subject: RE: RE: {~photos for the exhibition|your grandfather's letters|permission to quote}

Dear {p2.given},

Thank you — the scans arrived. We will credit them as "courtesy of the {p2.family} family". Could you confirm your postal address ({addr2}) for the contributor copy?

Best wishes,
{p1.given}

-----Original Message-----
From: {p2} <{p2.email}>
Sent: {date}
Subject: RE: {~photos for the exhibition|your grandfather's letters|permission to quote}

> Attached are the photos of my grandfather {m3} (born {odob3}) and his brother {m4}.
> My mobile is {phone2} if the files don't open.
>
> Sent from my phone

--
{p1} | {~Curator|Archivist|Producer|Research Fellow}
{inst} | {phone1}""")


GENERATORS: list[tuple] = [
    ("gen_srt", "en", gen_srt),
    ("gen_vtt", "en", gen_vtt),
    ("gen_transcript", "en", gen_transcript),
    ("gen_csv", "en", gen_csv),
    ("gen_spss", "en", gen_spss),
    ("gen_stata", "en", gen_stata),
    ("gen_kobo", "en", gen_kobo),
    ("gen_gedcom", "en", gen_gedcom),
    ("gen_tree", "en", gen_tree),
    ("gen_manifest", "en", gen_manifest),
    ("gen_register", "en", gen_register),
    ("gen_vcard", "en", gen_vcard),
    ("gen_chat_export", "en", gen_chat_export),
    ("gen_email_thread", "en", gen_email_thread),
]

EXTRA_WEIGHT = "us us us us us us gb in ng br"

TEMPLATES += [
    (
        "us_ssdi",
        "en",
        """Found him in the Social Security Death Index, I think:
Name: {m1.upper}
SSN: {ssn}
Born: {odob1}
Died: {date}
Last residence: {town}
Issued in: {~Ohio|Texas|Georgia|Illinois|California}
His daughter {f2} (my grandmother) lived at {addr2} — can you help me order the SS-5?""",
        "us",
    ),
    (
        "us_ss5",
        "en",
        """Draft FOIA request — SS-5 application copy
Requester: {p1}, {addr1}, {p1.email}
Subject: {m2} — SSN {ssn} — born {odob2.long} in {town}
Father named on application (expected): {m3}; mother: {f4} (née {f4.maiden})
Proof of death enclosed (certificate {file}).""",
        "us",
    ),
    (
        "us_translator_1099",
        "en",
        """Freelance translator onboarding — {~community interpreting|subtitling|transcription} vendor form
Legal name: {p1}
Business address: {addr1}
SSN / EIN: {ssn}
Payment: direct deposit, routing on file
Contact: {p1.email} · {phone1}
Languages: {lang} > English
Emergency contact: {p2} ({phone2})""",
        "us",
    ),
    (
        "us_itin_survey",
        "en",
        """Incentive log — farmworker health survey (wave {n})
{pcode} | {p1} | ITIN {itin} | {phone1} | gift card sent {date}
{pcode} | {p2} | ITIN {itin} | {phone2} | returned — wrong address ({addr2})
{pcode} | {p3} | no ITIN — cash | {phone3}
Questions to {p4.email}""",
        "us",
    ),
    (
        "us_dl_notary",
        "en",
        """Notary log, translation certification
Signer: {p1}   DOB: {dob1.num}
ID presented: {~state driver license|driver's license} no. {dl}, exp. {date}
Document: translation of {~birth certificate|marriage record|diploma} from {lang}
Address: {addr1}
Fee {amount}; journal entry {n}{n}{n}""",
        "us",
    ),
    (
        "translation_order",
        "en",
        """New order on the translation portal (#{order})
Customer: {p1} <{p1.email}>, {phone1}
Billing address: {addr1}
Document: {~birth certificate|marriage certificate|police record|bank statement|school transcript} of {p2} (born {dob2})
Payment: card {card}, 3-D Secure OK
Delivery: certified hard copy by courier, tracking to follow""",
    ),
    (
        "scam_investigation",
        "en",
        """Notes for the crypto-romance scam piece:
- victim: {p1} ({age}), {town}; sent funds from her wallet {crypto} to {crypto} over {n} months
- "{p2.nick}" on the dating app = probably {p2}; used {p2.email} and {phone2}
- second wallet {eth} linked via exchange KYC leak (do not publish)
- police complaint {case}
Legal: {p3}.""",
    ),
    (
        "archive_portal_log",
        "en",
        """{date.iso} {time}:02 INFO  auth login ok user={p1.email} ip={ip}
{date.iso} {time}:09 WARN  auth failed login user={p2.email} ip={ip} (3rd attempt)
{date.iso} {time}:15 INFO  reset token issued user={p2.email} token={key}
{date.iso} {time}:41 INFO  order {order} reproductions=4 user={p1.login}
{date.iso} {time}:52 DEBUG payment card={masked} amount={amount} status=ok""",
    ),
    (
        "tablet_inventory",
        "en",
        """Tablet inventory — survey team ({district})
Tablet {n} — MAC {mac} — IP {ip} — assigned to {p1} ({phone1})
Tablet {n} — MAC {mac} — IP {ip} — assigned to {p2} ({phone2})
Tablet {n} — MAC {mac} — unassigned
Kobo server token: {key}
Collected back by {p3.initials} on {date}.""",
    ),
    (
        "kobo_cfg",
        "en",
        """# odk/kobo sync settings (do not commit)
server_url = https://kc.example.org
username = {p1.login}
password = {pw}
api_token = {key}
admin_pin = {pin}
backup_host = {ipv6}""",
    ),
    (
        "bank_letter_translate",
        "en",
        """Please translate this bank letter into English for my visa file:
"Dear {p1.hon} {p1.family}, we confirm that {p1}, born {dob1}, residing at {addr1}, holds a current account with us. IBAN: {iban}. Average balance over six months: {amount}00. — {p2}, Branch Manager" """,
    ),
    (
        "id_check_archive",
        "en",
        """Visitor pass request for {archive} (restricted collections)
Name: {p1}
Date of birth: {dob1}
Photo ID: {~passport|driving licence} — passport {passport} / licence {dl}
Home address: {addr1}
Sponsor: {p2}, {p2.email}""",
    ),
    (
        "source_secure",
        "en",
        """Source-protection checklist, story {ticket}
- Source {pcode} = {p1} — NEVER in the CMS
- Her burner: {phone1}; Signal PIN {pin}
- Drop folder password: {pw}
- Met at {addr2} (her aunt's) on {date}
- Editor sign-off: {p3.initials}""",
    ),
    (
        "genealogy_addresses",
        "en",
        """Living relatives to contact for the family reunion (from the tree):
{p1} — {addr1} — {phone1}
{p2} — {addr2} — {p2.email}
{p3} — {addr3} — {phone3}
(Deceased branches not listed. Tree exported from {gtool} on {date}.)""",
    ),
    (
        "dob_mismatch",
        "en",
        """The census says {p1} was born {odob1.y}, the baptism register says {odob1.long}, and the death certificate gives age {age}. Her sister {f2} appears as born {odob2}. Which is most reliable? Sources: {shelf}, {shelf}.""",
    ),
    (
        "voicemail_transcript",
        "en",
        """Voicemail ({dur}) from {phone1} at {time}:
"Hi, it's {p1.given} from the {~archive|translation agency|newsroom}. Your documents for {p2} are ready. We also need a copy of the passport, number {passport}, the one ending in the old format. Call back on {phone3}, or email {p1.email}. Thanks.""",
    ),
]
