"""Data for dev set 11 (``bench.sanitizer_dev11``): templates, value pools and word lists.

Written by hand for this set, without reading the sanitizer's rules, its tests or earlier
dev/sealed sets. The templates imitate what users send to an LLM API (or what it answers):
chat, pasted forms, CSV/TSV rows, JSON/YAML/.env/INI, shell sessions, logs, OCR-ish scans of
ID cards and passports, tickets, letters, transcripts and translation requests, in 30+
languages. Placeholders ``{kind}`` / ``{kind.N}`` are filled by the generator, which records the
label spans by position; ``.N`` selects person N (for person/birth-date kinds) or reuses value N.
Templates within one block are separated by a line holding only ``===``.
Address formats use ``<key>`` slots filled from the pools of the same country.
"""

# ruff: noqa: E501

# --------------------------------------------------------------------------- people
# "native|latin" where the native script differs; "full" lists hold "given family" pairs for
# cultures whose surnames agree with gender.
NAMES: dict[str, dict] = {
    "anglo": {
        "given": [
            "Emily",
            "Jake",
            "Olivia",
            "Marcus",
            "Hannah",
            "Tyler",
            "Brooke",
            "Connor",
            "Megan",
            "Derek",
            "Shannon",
            "Trevor",
            "Lauren",
            "Wesley",
            "Kayla",
            "Graham",
            "Imogen",
            "Callum",
            "Harriet",
            "Rhys",
        ],
        "family": [
            "Whitaker",
            "Holloway",
            "Brennan",
            "Caldwell",
            "Pritchard",
            "Sutton",
            "Fairbanks",
            "Delaney",
            "Hargreaves",
            "Thornton",
            "McAllister",
            "Ashworth",
            "Kowalczyk",
            "Okafor",
            "Ramsey",
            "Lindqvist",
            "Bishop",
            "Crowley",
        ],
    },
    "irish": {
        "given": ["Siobhán", "Ciarán", "Aoife", "Darragh", "Niamh", "Oisín", "Gráinne", "Cathal"],
        "family": [
            "O'Sullivan",
            "Ní Bhriain",
            "McCarthy",
            "Ó Súilleabháin",
            "Fitzgerald",
            "Keane",
            "Moloney",
        ],
    },
    "german": {
        "given": [
            "Jürgen",
            "Annika",
            "Matthias",
            "Sabine",
            "Lukas",
            "Friederike",
            "Tobias",
            "Henrike",
            "Björn",
            "Ulrike",
            "Jannik",
            "Wiebke",
        ],
        "family": [
            "Schäfer",
            "Hoffmann",
            "Brandt",
            "Köhler",
            "Weißenborn",
            "Krüger",
            "Lehmann",
            "Zimmermann",
            "Vogt",
            "Hartmann",
            "Dreßler",
        ],
    },
    "french": {
        "given": [
            "Amélie",
            "Thibault",
            "Océane",
            "Grégoire",
            "Maëlle",
            "Baptiste",
            "Solène",
            "Lucien",
            "Clémence",
            "Yannick",
        ],
        "family": [
            "Lefèvre",
            "Moreau",
            "Girard",
            "Rousseau",
            "Chevalier",
            "Fontaine",
            "Lemaire",
            "Garnier",
            "Dubois",
            "Mercier",
        ],
    },
    "maghreb": {
        "given": ["Yacine", "Nour", "Karim", "Samira", "Mehdi", "Leïla"],
        "family": ["Benali", "Haddad", "Bouzid", "Cherif", "Mansouri", "El Amrani"],
    },
    "spanish": {
        "given": [
            "Alejandro",
            "Lucía",
            "Íñigo",
            "Marta",
            "Sergio",
            "Nerea",
            "Álvaro",
            "Paloma",
            "Jordi",
            "Montserrat",
        ],
        "family": [
            "García Ruiz",
            "Fernández",
            "Sánchez Vidal",
            "Iglesias",
            "Navarro",
            "Puig",
            "Domínguez",
            "Ortega",
        ],
    },
    "mexican": {
        "given": ["Guadalupe", "José Luis", "Ximena", "Rodrigo", "Itzel", "Fernando", "Mariana"],
        "family": [
            "Hernández López",
            "Ramírez",
            "Cruz",
            "Villanueva",
            "Morales",
            "Zúñiga",
            "Castañeda",
        ],
    },
    "italian": {
        "given": [
            "Giulia",
            "Matteo",
            "Chiara",
            "Lorenzo",
            "Francesca",
            "Alessandro",
            "Beatrice",
            "Davide",
        ],
        "family": [
            "Rossi",
            "Bianchi",
            "Esposito",
            "Ferraro",
            "Colombo",
            "Ricci",
            "De Luca",
            "Marchetti",
        ],
    },
    "portuguese": {
        "given": ["João", "Inês", "Tiago", "Beatriz", "Rui", "Leonor"],
        "family": ["Ferreira", "Gonçalves", "Carvalho", "Rodrigues", "Magalhães", "Sousa"],
    },
    "brazilian": {
        "given": [
            "Thiago",
            "Camila",
            "Rafael",
            "Larissa",
            "Gustavo",
            "Juliana",
            "Caio",
            "Fernanda",
        ],
        "family": [
            "Souza",
            "Oliveira",
            "Pereira",
            "Almeida",
            "Nascimento",
            "Barbosa",
            "Cavalcanti",
            "Teixeira",
        ],
    },
    "dutch": {
        "given": ["Sanne", "Joost", "Femke", "Bram", "Lieke", "Thijs", "Maartje", "Wouter"],
        "family": [
            "de Vries",
            "Jansen",
            "van den Berg",
            "Bakker",
            "Visser",
            "Smit",
            "Mulder",
            "van Dijk",
        ],
    },
    "polish": {
        "full": [
            "Agnieszka Kowalska",
            "Paweł Nowak",
            "Katarzyna Wiśniewska",
            "Tomasz Wójcik",
            "Małgorzata Zielińska",
            "Krzysztof Lewandowski",
            "Zofia Kamińska",
            "Michał Dąbrowski",
        ],
    },
    "czech": {
        "full": [
            "Jana Nováková",
            "Petr Svoboda",
            "Lucie Dvořáková",
            "Jiří Černý",
            "Tereza Procházková",
            "Ondřej Kučera",
        ],
    },
    "hungarian": {
        "given": ["Zsófia", "Bence", "Réka", "Levente", "Eszter", "Gergő"],
        "family": ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga"],
        "lat_order": "any",
    },
    "romanian": {
        "given": ["Andreea", "Mihai", "Ioana", "Bogdan", "Alexandra", "Ștefan"],
        "family": ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Constantinescu", "Munteanu"],
    },
    "swedish": {
        "given": ["Linnea", "Oskar", "Ebba", "Henrik", "Maja", "Gustav"],
        "family": ["Lindqvist", "Johansson", "Bergström", "Nyström", "Åkesson", "Sjöberg"],
    },
    "norwegian": {
        "given": ["Ingrid", "Sindre", "Solveig", "Håkon", "Kari", "Eirik"],
        "family": ["Haugen", "Bakken", "Solberg", "Strand", "Kristiansen", "Dahl"],
    },
    "danish": {
        "given": ["Mette", "Rasmus", "Freja", "Søren", "Sofie", "Mads"],
        "family": ["Jørgensen", "Rasmussen", "Nielsen", "Christensen", "Kjær", "Møller"],
    },
    "finnish": {
        "given": ["Aino", "Juhani", "Eveliina", "Mikko", "Siiri", "Ville"],
        "family": ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Järvinen"],
    },
    "turkish": {
        "given": ["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak", "Gülşen", "Oğuz"],
        "family": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Koç"],
    },
    "greek": {
        "full": [
            "Ελένη Παπαδοπούλου|Eleni Papadopoulou",
            "Γιώργος Νικολάου|Giorgos Nikolaou",
            "Κατερίνα Γεωργίου|Katerina Georgiou",
            "Δημήτρης Αντωνίου|Dimitris Antoniou",
            "Μαρία Οικονόμου|Maria Oikonomou",
            "Νίκος Καραγιάννης|Nikos Karagiannis",
        ],
    },
    "russian": {
        "full": [
            "Анна Смирнова|Anna Smirnova",
            "Дмитрий Кузнецов|Dmitry Kuznetsov",
            "Екатерина Волкова|Ekaterina Volkova",
            "Сергей Соколов|Sergey Sokolov",
            "Ольга Морозова|Olga Morozova",
            "Алексей Лебедев|Alexey Lebedev",
            "Наталья Павлова|Natalia Pavlova",
            "Игорь Новиков|Igor Novikov",
        ],
    },
    "ukrainian": {
        "full": [
            "Оксана Коваленко|Oksana Kovalenko",
            "Андрій Шевченко|Andrii Shevchenko",
            "Ірина Бондаренко|Iryna Bondarenko",
            "Тарас Мельник|Taras Melnyk",
            "Юлія Ткаченко|Yuliia Tkachenko",
        ],
    },
    "hebrew": {
        "given": ["נועה|Noa", "יונתן|Yonatan", "תמר|Tamar", "אורי|Uri", "שירה|Shira", "איתי|Itai"],
        "family": [
            "כהן|Cohen",
            "לוי|Levi",
            "מזרחי|Mizrahi",
            "פרץ|Peretz",
            "ביטון|Biton",
            "אברהם|Avraham",
        ],
    },
    "arabic": {
        "given": [
            "محمد|Mohammed",
            "فاطمة|Fatima",
            "عمر|Omar",
            "ليلى|Layla",
            "خالد|Khaled",
            "نورة|Noura",
            "يوسف|Youssef",
            "مريم|Mariam",
        ],
        "family": [
            "العتيبي|Al-Otaibi",
            "حداد|Haddad",
            "الشمري|Al-Shammari",
            "منصور|Mansour",
            "عبد الله|Abdullah",
            "القحطاني|Al-Qahtani",
        ],
    },
    "persian": {
        "given": ["سارا|Sara", "علی|Ali", "نگار|Negar", "رضا|Reza", "مریم|Maryam"],
        "family": [
            "محمدی|Mohammadi",
            "حسینی|Hosseini",
            "رضایی|Rezaei",
            "کریمی|Karimi",
            "احمدی|Ahmadi",
        ],
    },
    "hindi": {
        "given": [
            "प्रिया|Priya",
            "राहुल|Rahul",
            "अनीता|Anita",
            "विकास|Vikas",
            "स्नेहा|Sneha",
            "अर्जुन|Arjun",
            "कविता|Kavita",
            "रोहित|Rohit",
        ],
        "family": [
            "शर्मा|Sharma",
            "वर्मा|Verma",
            "गुप्ता|Gupta",
            "पटेल|Patel",
            "सिंह|Singh",
            "जोशी|Joshi",
            "मेहता|Mehta",
        ],
    },
    "tamil": {
        "given": ["கார்த்திக்|Karthik", "மீனா|Meena", "சுரேஷ்|Suresh", "லட்சுமி|Lakshmi", "அருண்|Arun"],
        "family": [
            "சுப்பிரமணியன்|Subramanian",
            "ராஜேந்திரன்|Rajendran",
            "கிருஷ்ணன்|Krishnan",
            "வேலு|Velu",
        ],
    },
    "bengali": {
        "given": ["সুমন|Suman", "রিয়া|Riya", "অনির্বাণ|Anirban", "তানিয়া|Tania", "রাকিব|Rakib"],
        "family": [
            "চৌধুরী|Chowdhury",
            "হোসেন|Hossain",
            "বন্দ্যোপাধ্যায়|Banerjee",
            "রহমান|Rahman",
            "দাস|Das",
        ],
    },
    "thai": {
        "given": [
            "สมชาย|Somchai",
            "สุดารัตน์|Sudarat",
            "ธนากร|Thanakorn",
            "พิมพ์ชนก|Pimchanok",
            "วีรยุทธ|Weerayut",
        ],
        "family": [
            "ศรีสุข|Srisuk",
            "วงศ์สวัสดิ์|Wongsawat",
            "แก้วมณี|Kaewmanee",
            "บุญมา|Boonma",
            "ทองดี|Thongdee",
        ],
    },
    "vietnamese": {
        "given": [
            "Thị Lan",
            "Văn Minh",
            "Hoàng Anh",
            "Thu Hà",
            "Quốc Bảo",
            "Ngọc Mai",
            "Đức Thắng",
        ],
        "family": ["Nguyễn", "Trần", "Lê", "Phạm", "Võ", "Đặng", "Bùi"],
        "lat_order": "fg",
    },
    "indonesian": {
        "given": ["Putri", "Agus", "Dewi", "Budi", "Ayu", "Rizky", "Siti"],
        "family": ["Wulandari", "Santoso", "Lestari", "Hidayat", "Saputra", "Kusuma", "Nugroho"],
    },
    "filipino": {
        "given": ["Maricel", "Jomar", "Kristine", "Rodel", "Angelica", "Paolo"],
        "family": ["Dela Cruz", "Bautista", "Reyes", "Villanueva", "Manalo", "Santos"],
    },
    "chinese": {
        "given": [
            "伟|Wei",
            "秀英|Xiuying",
            "俊杰|Junjie",
            "丽娜|Lina",
            "志强|Zhiqiang",
            "婷|Ting",
            "子涵|Zihan",
            "建华|Jianhua",
        ],
        "family": [
            "王|Wang",
            "李|Li",
            "张|Zhang",
            "刘|Liu",
            "陈|Chen",
            "杨|Yang",
            "黄|Huang",
            "周|Zhou",
        ],
        "order": "fg",
        "join": "",
        "lat_order": "any",
    },
    "japanese": {
        "given": [
            "健|Ken",
            "美咲|Misaki",
            "翔太|Shota",
            "由美|Yumi",
            "大輔|Daisuke",
            "さくら|Sakura",
            "拓也|Takuya",
            "陽子|Yoko",
        ],
        "family": [
            "佐藤|Sato",
            "鈴木|Suzuki",
            "高橋|Takahashi",
            "田中|Tanaka",
            "渡辺|Watanabe",
            "伊藤|Ito",
            "中村|Nakamura",
            "小林|Kobayashi",
        ],
        "order": "fg",
        "join": " ",
        "lat_order": "any",
    },
    "korean": {
        "given": [
            "민준|Minjun",
            "서연|Seoyeon",
            "지훈|Jihoon",
            "수빈|Subin",
            "현우|Hyunwoo",
            "지은|Jieun",
            "도윤|Doyun",
        ],
        "family": ["김|Kim", "이|Lee", "박|Park", "최|Choi", "정|Jung", "강|Kang", "윤|Yoon"],
        "order": "fg",
        "join": "",
        "lat_order": "any",
    },
    "nigerian": {
        "given": [
            "Chinedu",
            "Funmilayo",
            "Oluwaseun",
            "Ngozi",
            "Emeka",
            "Aisha",
            "Tunde",
            "Adaeze",
        ],
        "family": [
            "Okonkwo",
            "Adeyemi",
            "Eze",
            "Balogun",
            "Nwosu",
            "Abubakar",
            "Okafor",
            "Adebayo",
        ],
    },
    "kenyan": {
        "given": ["Wanjiru", "Otieno", "Achieng", "Kiprono", "Njeri", "Mwangi"],
        "family": ["Kamau", "Odhiambo", "Wambui", "Cheruiyot", "Mutua", "Kariuki"],
    },
    "georgian": {
        "given": ["ნინო|Nino", "გიორგი|Giorgi", "თამარ|Tamar", "ლევან|Levan", "მარიამ|Mariam"],
        "family": [
            "ბერიძე|Beridze",
            "კაპანაძე|Kapanadze",
            "გელაშვილი|Gelashvili",
            "მაისურაძე|Maisuradze",
        ],
    },
    "malay": {
        "given": ["Nurul", "Haziq", "Aisyah", "Faizal", "Siti Aminah"],
        "family": ["Ahmad", "Ismail", "Yusof", "Rahman", "Hamid"],
    },
    "swahili": {
        "given": ["Neema", "Baraka", "Zawadi", "Juma", "Rehema"],
        "family": ["Mwakyusa", "Kisanga", "Mollel", "Massawe", "Shirima"],
    },
}

LANG_CULTURES: dict[str, list[str]] = {
    "de": ["german", "german", "german", "turkish", "polish"],
    "fr": ["french", "french", "french", "maghreb"],
    "es": ["spanish", "spanish", "mexican"],
    "it": ["italian"],
    "pt": ["brazilian", "brazilian", "portuguese"],
    "nl": ["dutch", "dutch", "turkish"],
    "pl": ["polish"],
    "cs": ["czech"],
    "hu": ["hungarian"],
    "ro": ["romanian"],
    "sv": ["swedish"],
    "no": ["norwegian"],
    "da": ["danish"],
    "fi": ["finnish"],
    "tr": ["turkish"],
    "el": ["greek"],
    "ru": ["russian"],
    "uk": ["ukrainian"],
    "he": ["hebrew"],
    "ar": ["arabic"],
    "fa": ["persian"],
    "hi": ["hindi"],
    "ta": ["tamil"],
    "bn": ["bengali"],
    "th": ["thai"],
    "vi": ["vietnamese"],
    "id": ["indonesian"],
    "tl": ["filipino"],
    "ms": ["malay"],
    "sw": ["swahili", "kenyan"],
    "zh": ["chinese"],
    "ja": ["japanese"],
    "ko": ["korean"],
    "ka": ["georgian"],
}

NATIVE_LANGS = {"el", "ru", "uk", "he", "ar", "fa", "hi", "ta", "bn", "th", "zh", "ja", "ko", "ka"}

LANG_SCRIPT: dict[str, str] = {
    "el": "Greek",
    "ru": "Cyrillic",
    "uk": "Cyrillic",
    "he": "Hebrew",
    "ar": "Arabic",
    "fa": "Arabic",
    "hi": "Devanagari",
    "ta": "Tamil",
    "bn": "Bengali",
    "th": "Thai",
    "zh": "Han",
    "ja": "Japanese (Kanji+Kana)",
    "ko": "Hangul",
    "ka": "Georgian",
}

LANG_COUNTRY: dict[str, str] = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "pt": "br",
    "nl": "nl",
    "pl": "pl",
    "cs": "cz",
    "hu": "hu",
    "ro": "ro",
    "sv": "se",
    "no": "no",
    "da": "dk",
    "fi": "fi",
    "tr": "tr",
    "el": "gr",
    "ru": "ru",
    "uk": "ua",
    "he": "il",
    "ar": "sa",
    "fa": "ir",
    "hi": "in",
    "ta": "in_ta",
    "bn": "bd",
    "th": "th",
    "vi": "vn",
    "id": "id",
    "tl": "ph",
    "ms": "my",
    "sw": "ke",
    "zh": "cn",
    "ja": "jp",
    "ko": "kr",
    "ka": "ge",
}
LANG_DL: dict[str, str] = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "pt": "br",
    "nl": "nl",
    "pl": "pl",
    "ru": "ru",
    "ja": "jp",
    "ko": "kr",
    "hi": "in",
    "ta": "in",
}
LANG_PP: dict[str, str] = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "pt": "br",
    "nl": "nl",
    "pl": "pl",
    "ru": "ru",
    "uk": "ua",
    "tr": "tr",
    "ja": "jp",
    "ko": "kr",
    "zh": "cn",
    "hi": "in",
    "ta": "in",
    "he": "il",
    "ar": "sa",
    "th": "th",
    "vi": "vn",
    "id": "id",
    "tl": "ph",
    "el": "gr",
    "sv": "se",
    "sw": "ke",
}
LANG_IBAN: dict[str, str] = {
    "de": "DE",
    "fr": "FR",
    "es": "ES",
    "it": "IT",
    "pt": "PT",
    "nl": "NL",
    "pl": "PL",
    "cs": "CZ",
    "hu": "HU",
    "ro": "RO",
    "sv": "SE",
    "no": "NO",
    "da": "DK",
    "fi": "FI",
    "tr": "TR",
    "el": "GR",
    "uk": "UA",
    "he": "IL",
    "ar": "SA",
}

LANG_DATE_STYLES: dict[str, list[str]] = {
    "en": ["us", "us", "long", "long", "dmy", "eu", "iso", "short", "us2"],
    "de": ["dot", "dot", "dot1", "de", "dot2"],
    "fr": ["eu", "eu", "fr"],
    "es": ["eu", "es", "dash"],
    "pt": ["eu", "pt"],
    "it": ["eu", "it", "dash"],
    "nl": ["dash", "nl", "eu"],
    "pl": ["dot", "pl", "iso"],
    "cs": ["dot1", "cs", "dot"],
    "hu": ["ymdd", "hu"],
    "ro": ["dot", "ro"],
    "sv": ["iso", "sv"],
    "no": ["dot", "no"],
    "da": ["dash", "da", "dot"],
    "fi": ["dot1", "fi"],
    "tr": ["dot", "tr", "eu"],
    "el": ["eu", "el"],
    "ru": ["dot", "ru"],
    "uk": ["dot", "uk"],
    "he": ["dot", "eu", "he"],
    "ar": ["eu", "ar", "hijri", "hijri_num"],
    "fa": ["ymds", "iso"],
    "hi": ["dash", "eu", "hi"],
    "ta": ["dash", "eu"],
    "bn": ["dash", "eu"],
    "th": ["be", "be_num", "eu"],
    "vi": ["eu", "vi"],
    "id": ["eu", "id", "dash"],
    "tl": ["tl", "us"],
    "ms": ["eu", "dash"],
    "sw": ["eu", "sw"],
    "zh": ["zh", "iso", "ymds"],
    "ja": ["ja", "jera", "ymds"],
    "ko": ["ko", "ymdd", "compact"],
    "ka": ["dot", "ka"],
}

MONTHS: dict[str, list[str]] = {
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
    "no": [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    "da": [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "fi": [
        "tammikuuta",
        "helmikuuta",
        "maaliskuuta",
        "huhtikuuta",
        "toukokuuta",
        "kesäkuuta",
        "heinäkuuta",
        "elokuuta",
        "syyskuuta",
        "lokakuuta",
        "marraskuuta",
        "joulukuuta",
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
    "he": [
        "בינואר",
        "בפברואר",
        "במרץ",
        "באפריל",
        "במאי",
        "ביוני",
        "ביולי",
        "באוגוסט",
        "בספטמבר",
        "באוקטובר",
        "בנובמבר",
        "בדצמבר",
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
    "hijri": [
        "محرم",
        "صفر",
        "ربيع الأول",
        "ربيع الآخر",
        "جمادى الأولى",
        "جمادى الآخرة",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",
        "ذو القعدة",
        "ذو الحجة",
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
    "th": [
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    ],
}

EMAIL_DOMAINS: dict[str, list[str]] = {
    "any": [
        "gmail.com",
        "outlook.com",
        "yahoo.com",
        "hotmail.com",
        "icloud.com",
        "proton.me",
        "fastmail.com",
    ],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net"],
    "it": ["libero.it", "virgilio.it"],
    "es": ["telefonica.net", "yahoo.es"],
    "pt": ["uol.com.br", "bol.com.br", "terra.com.br"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru"],
    "uk": ["ukr.net", "i.ua"],
    "zh": ["qq.com", "163.com", "126.com"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp"],
    "ko": ["naver.com", "daum.net", "kakao.com"],
    "pl": ["wp.pl", "onet.pl", "o2.pl"],
    "cs": ["seznam.cz", "email.cz"],
    "tr": ["yandex.com.tr", "turk.net"],
    "nl": ["ziggo.nl", "kpnmail.nl"],
    "hi": ["rediffmail.com"],
    "en": ["comcast.net", "btinternet.com", "bigpond.com", "shaw.ca"],
}

PHONE_FORMATS: dict[str, list[str]] = {
    "us": [
        "(N##) N##-####",
        "N##-N##-####",
        "+1 N##-N##-####",
        "+1 (N##) N##-####",
        "N##.N##.####",
    ],
    "uk": ["07### ######", "+44 7### ######", "020 7### ####", "+44 20 7### ####", "0161 ### ####"],
    "ie": ["08# ### ####", "+353 8# ### ####", "01 ### ####"],
    "ca": ["(N##) N##-####", "+1 N## N## ####"],
    "au": ["04## ### ###", "+61 4## ### ###", "(02) 9### ####"],
    "nz": ["021 ### ####", "+64 21 ### ####"],
    "in": ["+91 9#### #####", "9#########", "+91-8###-######", "+91 7#### #####"],
    "de": [
        "0151 ########",
        "+49 151 ########",
        "030 #######",
        "+49 (0)30 ########",
        "0176/########",
        "+49 1## #######",
    ],
    "at": ["0664 #######", "+43 664 #######", "+43 1 #######"],
    "ch": ["079 ### ## ##", "+41 79 ### ## ##", "044 ### ## ##"],
    "fr": [
        "06 ## ## ## ##",
        "+33 6 ## ## ## ##",
        "07########",
        "01 ## ## ## ##",
        "+33 (0)7 ## ## ## ##",
    ],
    "be": ["04## ## ## ##", "+32 4## ## ## ##"],
    "nl": ["06-########", "+31 6 ########", "020-#######"],
    "it": ["3## ### ####", "+39 3## ### ####", "02 #### ####"],
    "es": ["6## ## ## ##", "+34 6## ### ###", "91# ## ## ##"],
    "pt": ["9## ### ###", "+351 9## ### ###"],
    "br": ["(N#) 9####-####", "+55 N# 9####-####", "(N#) ####-####"],
    "mx": ["+52 55 #### ####", "55 #### ####", "+52 1 33 #### ####"],
    "ar": ["+54 9 11 ####-####", "11 ####-####"],
    "pl": ["+48 ### ### ###", "5## ### ###"],
    "cz": ["+420 ### ### ###", "6## ### ###"],
    "hu": ["+36 30 ### ####", "06 20 ### ####"],
    "ro": ["07## ### ###", "+40 7## ### ###"],
    "se": ["07#-### ## ##", "+46 7# ### ## ##"],
    "no": ["4## ## ###", "+47 4## ## ###"],
    "fi": ["04# ### ####", "+358 4# ### ####"],
    "dk": ["+45 ## ## ## ##", "N# ## ## ##"],
    "tr": ["0532 ### ## ##", "+90 5## ### ## ##"],
    "gr": ["69# ### ####", "+30 69# ### ####"],
    "ru": ["+7 (9##) ###-##-##", "8 9## ###-##-##", "+7 9#########"],
    "ua": ["+380 ## ### ## ##", "0## ### ## ##"],
    "il": ["05#-###-####", "+972 5#-###-####"],
    "ae": ["+971 5# ### ####", "05# ### ####"],
    "sa": ["+966 5# ### ####", "05########"],
    "eg": ["+20 1## ### ####", "01#########"],
    "ng": ["+234 80# ### ####", "080########"],
    "ke": ["+254 7## ######", "07## ######"],
    "za": ["+27 8# ### ####", "08# ### ####"],
    "jp": ["090-####-####", "080-####-####", "+81 90-####-####", "03-####-####"],
    "cn": ["138 #### ####", "+86 13# #### ####", "1N#########"],
    "kr": ["010-####-####", "+82 10-####-####", "02-###-####"],
    "tw": ["09##-###-###", "+886 9##-###-###"],
    "th": ["08#-###-####", "+66 8# ### ####"],
    "vn": ["09# ### ## ##", "+84 9# ### ## ##"],
    "id": ["08##-####-####", "+62 8##-####-####"],
    "ph": ["09## ### ####", "+63 9## ### ####"],
    "my": ["01#-### ####", "+60 1#-### ####"],
    "ge": ["+995 5## ## ## ##"],
    "ir": ["09## ### ####", "+98 9## ### ####"],
    "bd": ["01#########", "+880 1###-######"],
}

# --------------------------------------------------------------------------- addresses
# places: "postcode|city|region|district" (unused tail fields may be empty)


def _a(country, streets, places, one, ml, **extra):
    d = {"country": country, "streets": streets, "places": places, "one": one, "ml": ml}
    d.update(extra)
    return d


ADDR: dict[str, dict] = {
    "us": {
        "l": _a(
            "USA",
            [
                "Maple Avenue",
                "W Fullerton Ave",
                "Oak Street",
                "Mission St",
                "NE 45th St",
                "Peachtree Rd NE",
                "Lakeshore Dr",
                "Elm Ct",
                "S Congress Ave",
                "Bedford Ave",
                "Sycamore Ln",
            ],
            [
                "62704|Springfield|IL",
                "60614|Chicago|IL",
                "94110|San Francisco|CA",
                "98105|Seattle|WA",
                "30305|Atlanta|GA",
                "78704|Austin|TX",
                "11211|Brooklyn|NY",
                "33139|Miami Beach|FL",
                "80205|Denver|CO",
                "02139|Cambridge|MA",
                "43215|Columbus|OH",
                "48201|Detroit|MI",
                "85004|Phoenix|AZ",
                "19103|Philadelphia|PA",
            ],
            [
                "<n> <st>, <city>, <reg> <pc>",
                "<n> <st> Apt <u>, <city>, <reg> <pc>",
                "<n> <st>, Suite <u>, <city> <reg> <pc>",
                "<n> <st> #<u>, <city>, <reg> <pc>",
            ],
            [
                "<n> <st>\n<city>, <reg> <pc>",
                "<n> <st>, Apt <u>\n<city>, <reg> <pc>",
                "<n> <st>\nUnit <u>\n<city> <reg> <pc>",
            ],
        )
    },
    "uk": {
        "l": _a(
            "United Kingdom",
            [
                "Kingsley Road",
                "High Street",
                "Victoria Terrace",
                "Mill Lane",
                "Queen's Drive",
                "Church Street",
                "Albert Road",
                "Wellington Crescent",
                "Cowley Road",
            ],
            [
                "LS6|Leeds",
                "M14|Manchester",
                "BS3|Bristol",
                "EH6|Edinburgh",
                "CF24|Cardiff",
                "SW11|London",
                "NW5|London",
                "B29|Birmingham",
                "G12|Glasgow",
                "BT9|Belfast",
                "OX4|Oxford",
            ],
            [
                "<n2> <st>, <city> <pc> <inw>",
                "Flat <n3>, <n2> <st>, <city>, <pc> <inw>",
                "<n2> <st>, <city>, <pc> <inw>",
            ],
            ["<n2> <st>\n<city>\n<pc> <inw>", "Flat <n3>\n<n2> <st>\n<city> <pc> <inw>"],
        )
    },
    "ie": {
        "l": _a(
            "Ireland",
            [
                "Clontarf Road",
                "Main Street",
                "Grove Park",
                "Shandon Street",
                "Taylor's Lane",
                "Ballymun Road",
            ],
            [
                "D03|Dublin 3",
                "D06|Dublin 6",
                "T23|Cork",
                "H91|Galway",
                "V94|Limerick",
                "A92|Drogheda",
            ],
            ["<n2> <st>, <city>, <pc> <eir>", "Apt <n3>, <n2> <st>, <city> <pc> <eir>"],
            ["<n2> <st>\n<city>\n<pc> <eir>"],
        )
    },
    "ca": {
        "l": _a(
            "Canada",
            [
                "Queen St W",
                "Rue Sainte-Catherine O",
                "Jasper Ave NW",
                "Robson St",
                "Bank St",
                "Portage Ave",
                "Dundas St E",
            ],
            [
                "M5H 2N2|Toronto|ON",
                "H3B 1A7|Montréal|QC",
                "T5J 1N3|Edmonton|AB",
                "V6E 1B5|Vancouver|BC",
                "K1P 5J2|Ottawa|ON",
                "R3C 0B1|Winnipeg|MB",
                "B3H 1Y6|Halifax|NS",
            ],
            ["<n> <st>, <city>, <reg> <pc>", "<u>-<n> <st>, <city> <reg> <pc>"],
            ["<n> <st>, Unit <u>\n<city> <reg>  <pc>", "<u>-<n> <st>\n<city>, <reg> <pc>"],
        )
    },
    "au": {
        "l": _a(
            "Australia",
            [
                "Smith St",
                "George Street",
                "Brunswick St",
                "Oxford Street",
                "Hay St",
                "Coronation Drive",
                "Chapel St",
            ],
            [
                "3065|Fitzroy|VIC",
                "2000|Sydney|NSW",
                "4064|Milton|QLD",
                "6000|Perth|WA",
                "5000|Adelaide|SA",
                "2612|Braddon|ACT",
                "2010|Surry Hills|NSW",
                "3181|Prahran|VIC",
            ],
            [
                "Unit <n3>/<n2> <st>, <city> <reg> <pc>",
                "<n2> <st>, <city> <reg> <pc>",
                "<n3>/<n2> <st>, <city>, <reg> <pc>",
            ],
            ["<n2> <st>\n<city> <reg> <pc>", "Unit <n3>\n<n2> <st>\n<city> <reg> <pc>"],
        )
    },
    "nz": {
        "l": _a(
            "New Zealand",
            ["Ponsonby Road", "Cuba Street", "Riccarton Road", "Dominion Road", "Tay Street"],
            [
                "1011|Auckland|Ponsonby",
                "6011|Wellington|Te Aro",
                "8041|Christchurch|Riccarton",
                "1024|Auckland|Mt Eden",
                "9810|Invercargill|Appleby",
            ],
            ["<n2> <st>, <reg>, <city> <pc>", "Flat <n3>, <n2> <st>, <reg>, <city> <pc>"],
            ["<n2> <st>\n<reg>\n<city> <pc>"],
        )
    },
    "in": {
        "l": _a(
            "India",
            [
                "14th Cross, Indiranagar",
                "MG Road",
                "Linking Road, Bandra West",
                "Anna Salai",
                "Sector 62",
                "Park Street",
                "FC Road, Shivajinagar",
            ],
            [
                "560038|Bengaluru|Karnataka",
                "400050|Mumbai|Maharashtra",
                "600002|Chennai|Tamil Nadu",
                "201301|Noida|Uttar Pradesh",
                "700016|Kolkata|West Bengal",
                "110024|New Delhi|Delhi",
                "500081|Hyderabad|Telangana",
                "411005|Pune|Maharashtra",
            ],
            [
                "Flat <u>, <bldg>, <st>, <city>, <reg> <pc>",
                "<n>, <st>, <city> - <pc>",
                "H.No. <n2>, <st>, <city>, <reg> <pc>",
            ],
            [
                "Flat <u>, <bldg>\n<st>\n<city>, <reg> - <pc>",
                "H.No. <n2>, <bldg>\n<st>\n<city> <pc>",
            ],
            bldg=[
                "Sai Krupa Apartments",
                "Green Park Residency",
                "Prestige Shantiniketan",
                "Lodha Bellissimo",
                "Sunshine Heights",
            ],
        ),
        "n": _a(
            "भारत",
            ["लाजपत नगर", "गली नं. 3, करोल बाग", "एम.जी. रोड", "सेक्टर 15"],
            [
                "110024|नई दिल्ली|दिल्ली",
                "302001|जयपुर|राजस्थान",
                "226001|लखनऊ|उत्तर प्रदेश",
                "452001|इंदौर|मध्य प्रदेश",
            ],
            ["मकान नं. <n2>, <st>, <city> <pc>", "<n2>/<n3>, <st>, <city>, <reg> - <pc>"],
            ["मकान नं. <n2>\n<st>\n<city>, <reg> - <pc>"],
        ),
    },
    "in_ta": {
        "l": _a(
            "India",
            ["Anna Salai", "Gandhi Street, T. Nagar", "Avinashi Road"],
            [
                "600002|Chennai|Tamil Nadu",
                "600017|Chennai|Tamil Nadu",
                "641018|Coimbatore|Tamil Nadu",
            ],
            ["<n2>, <st>, <city> - <pc>"],
            ["<n2>, <st>\n<city> - <pc>"],
        ),
        "n": _a(
            "இந்தியா",
            ["அண்ணா சாலை", "காந்தி தெரு, தி. நகர்", "அவிநாசி சாலை"],
            ["600002|சென்னை|தமிழ்நாடு", "600017|சென்னை|தமிழ்நாடு", "641018|கோயம்புத்தூர்|தமிழ்நாடு"],
            ["எண் <n2>, <st>, <city> - <pc>", "<n2>/<n3>, <st>, <city> <pc>"],
            ["எண் <n2>, <st>\n<city> - <pc>"],
        ),
    },
    "bd": {
        "l": _a(
            "Bangladesh",
            ["Road <n3>"],
            ["1209|Dhaka|Dhanmondi", "1212|Dhaka|Gulshan", "4100|Chattogram|Agrabad"],
            ["House <n2>, Road <n3>, <reg>, <city> <pc>"],
            ["House <n2>, Road <n3>\n<reg>\n<city> <pc>"],
        ),
        "n": _a(
            "বাংলাদেশ",
            ["রোড <n3>"],
            ["1209|ঢাকা|ধানমন্ডি", "1212|ঢাকা|গুলশান", "4100|চট্টগ্রাম|আগ্রাবাদ"],
            ["বাড়ি <n2>, রোড <n3>, <reg>, <city> <pc>", "বাসা <n2>, রোড <n3>, <reg>, <city>-<pc>"],
            ["বাড়ি <n2>, রোড <n3>\n<reg>\n<city> <pc>"],
        ),
    },
    "de": {
        "l": _a(
            "Deutschland",
            [
                "Lindenstraße",
                "Hauptstraße",
                "Bergmannstraße",
                "Schillerstr.",
                "Am Mühlbach",
                "Goethestraße",
                "Friedrichstraße",
                "Kastanienallee",
                "Weserstr.",
            ],
            [
                "10969|Berlin",
                "80331|München",
                "50667|Köln",
                "20095|Hamburg",
                "60311|Frankfurt am Main",
                "04109|Leipzig",
                "70173|Stuttgart",
                "28195|Bremen",
                "01067|Dresden",
            ],
            ["<st> <n2>, <pc> <city>", "<st> <n2><ul>, <pc> <city>", "<st> <n2>, D-<pc> <city>"],
            [
                "<st> <n2>\n<pc> <city>",
                "<st> <n2>, Hinterhaus\n<pc> <city>",
                "<st> <n2><ul>\n<pc> <city>",
            ],
        )
    },
    "at": {
        "l": _a(
            "Österreich",
            [
                "Mariahilfer Straße",
                "Landstraßer Hauptstraße",
                "Herrengasse",
                "Linzer Gasse",
                "Maria-Theresien-Straße",
            ],
            ["1070|Wien", "1030|Wien", "8010|Graz", "5020|Salzburg", "6020|Innsbruck"],
            ["<st> <n2>/<n3>, <pc> <city>", "<st> <n2>/Top <n3>, A-<pc> <city>"],
            ["<st> <n2>/<n3>\n<pc> <city>"],
        )
    },
    "ch": {
        "l": _a(
            "Schweiz",
            ["Bahnhofstrasse", "Spalenberg", "Via Nassa", "Marktgasse", "Seefeldstrasse"],
            ["8001|Zürich", "4051|Basel", "6900|Lugano", "3011|Bern", "8008|Zürich"],
            ["<st> <n2>, <pc> <city>", "<st> <n2>, CH-<pc> <city>"],
            ["<st> <n2>\n<pc> <city>"],
        )
    },
    "fr": {
        "l": _a(
            "France",
            [
                "rue des Lilas",
                "avenue Jean Jaurès",
                "boulevard Voltaire",
                "rue de la République",
                "impasse des Tilleuls",
                "chemin des Vignes",
                "rue du Faubourg Saint-Antoine",
            ],
            [
                "69003|Lyon",
                "75011|Paris",
                "13006|Marseille",
                "31000|Toulouse",
                "33000|Bordeaux",
                "44000|Nantes",
                "59800|Lille",
                "67000|Strasbourg",
            ],
            [
                "<n2> <st>, <pc> <city>",
                "<n2> bis <st>, <pc> <city>",
                "Bât. <ul>, <n2> <st>, <pc> <city>",
            ],
            [
                "<n2> <st>\n<pc> <city>",
                "<n2> <st>\nAppt <n3>\n<pc> <city>",
                "Résidence les Pins, bât. <ul>\n<n2> <st>\n<pc> <city>",
            ],
        )
    },
    "be": {
        "l": _a(
            "Belgique",
            [
                "Rue de la Loi",
                "Kerkstraat",
                "Avenue Louise",
                "Meir",
                "Veldstraat",
                "Chaussée de Wavre",
            ],
            [
                "1040|Bruxelles",
                "2000|Antwerpen",
                "9000|Gent",
                "4000|Liège",
                "3000|Leuven",
                "1050|Ixelles",
            ],
            [
                "<st> <n2>, <pc> <city>",
                "<st> <n2> bus <n3>, <pc> <city>",
                "<st> <n2>/<n3>, B-<pc> <city>",
            ],
            ["<st> <n2>\n<pc> <city>"],
        )
    },
    "nl": {
        "l": _a(
            "Nederland",
            [
                "Prinsengracht",
                "Kerkstraat",
                "Oudegracht",
                "Laan van Meerdervoort",
                "Witte de Withstraat",
                "Dorpsstraat",
            ],
            [
                "1016 GV|Amsterdam",
                "3511 AL|Utrecht",
                "2517 AB|Den Haag",
                "3014 ET|Rotterdam",
                "9711 LM|Groningen",
                "5611 EM|Eindhoven",
            ],
            ["<st> <n2>, <pc> <city>", "<st> <n2>-<n3>, <pc> <city>", "<st> <n2>A, <pc> <city>"],
            ["<st> <n2>\n<pc> <city>", "<st> <n2> hs\n<pc> <city>"],
        )
    },
    "it": {
        "l": _a(
            "Italia",
            [
                "Via Giuseppe Garibaldi",
                "Corso Vittorio Emanuele II",
                "Via dei Mille",
                "Viale Monza",
                "Via Roma",
                "Via San Domenico",
            ],
            [
                "20121|Milano|MI",
                "00186|Roma|RM",
                "80132|Napoli|NA",
                "10123|Torino|TO",
                "50122|Firenze|FI",
                "40126|Bologna|BO",
                "90133|Palermo|PA",
            ],
            [
                "<st> <n2>, <pc> <city> (<reg>)",
                "<st>, <n2> - <pc> <city> <reg>",
                "<st> <n2>, int. <n3>, <pc> <city> <reg>",
            ],
            ["<st> <n2>\n<pc> <city> (<reg>)", "<st>, <n2> scala <ul>\n<pc> <city> <reg>"],
        )
    },
    "es": {
        "l": _a(
            "España",
            [
                "Calle de Alcalá",
                "Carrer de Mallorca",
                "Avenida de la Constitución",
                "Calle Mayor",
                "Gran Vía",
                "Paseo de Gracia",
                "Calle Larios",
            ],
            [
                "28014|Madrid|Madrid",
                "08013|Barcelona|Barcelona",
                "41001|Sevilla|Sevilla",
                "46002|Valencia|Valencia",
                "29015|Málaga|Málaga",
                "48001|Bilbao|Bizkaia",
            ],
            [
                "<st>, <n2>, <n3>º <side>, <pc> <city>",
                "<st> <n2>, <pc> <city> (<reg>)",
                "<st> <n2>, bajo, <pc> <city>",
            ],
            ["<st>, <n2>, <n3>º <side>\n<pc> <city>", "<st> <n2>\n<pc> <city> (<reg>)"],
            side=["izq.", "dcha.", "A", "B", "C", "1ª"],
        )
    },
    "pt": {
        "l": _a(
            "Portugal",
            [
                "Rua Augusta",
                "Avenida da Liberdade",
                "Rua de Santa Catarina",
                "Travessa do Carmo",
                "Rua do Almada",
            ],
            [
                "1100-053|Lisboa",
                "1250-096|Lisboa",
                "4000-443|Porto",
                "3000-150|Coimbra",
                "8000-123|Faro",
            ],
            ["<st> <n2>, <n3>.º Esq., <pc> <city>", "<st>, n.º <n2>, <pc> <city>"],
            ["<st>, <n2>, <n3>.º Dto.\n<pc> <city>"],
        )
    },
    "br": {
        "l": _a(
            "Brasil",
            [
                "Rua das Flores",
                "Avenida Paulista",
                "Rua Oscar Freire",
                "Rua XV de Novembro",
                "Avenida Atlântica",
                "Rua da Consolação",
                "Rua Augusta",
            ],
            [
                "01310-100|São Paulo|SP|Bela Vista",
                "01426-001|São Paulo|SP|Jardim Paulista",
                "22021-001|Rio de Janeiro|RJ|Copacabana",
                "80020-310|Curitiba|PR|Centro",
                "30130-110|Belo Horizonte|MG|Funcionários",
                "40140-130|Salvador|BA|Barra",
                "90035-000|Porto Alegre|RS|Bom Fim",
            ],
            [
                "<st>, <n>, apto <u> - <dist>, <city> - <reg>, <pc>",
                "<st>, <n> - <dist>, <city>/<reg>, CEP <pc>",
                "<st> <n>, <dist>, <city> - <reg>, <pc>",
            ],
            [
                "<st>, <n>, apto <u>\n<dist>\n<city> - <reg>\n<pc>",
                "<st>, <n>\n<dist> - <city>/<reg>\nCEP <pc>",
            ],
        )
    },
    "mx": {
        "l": _a(
            "México",
            [
                "Av. Insurgentes Sur",
                "Calle Durango",
                "Av. Revolución",
                "Calle Hidalgo",
                "Paseo de la Reforma",
                "Av. Juárez",
            ],
            [
                "03100|Ciudad de México|CDMX|Col. Del Valle",
                "06700|Ciudad de México|CDMX|Col. Roma Norte",
                "44100|Guadalajara|Jal.|Col. Centro",
                "64000|Monterrey|N.L.|Centro",
                "72000|Puebla|Pue.|Centro",
            ],
            [
                "<st> <n>, <dist>, C.P. <pc>, <city>, <reg>",
                "<st> <n> Int. <n3>, <dist>, <pc> <city>, <reg>",
            ],
            ["<st> <n> Int. <n3>\n<dist>\n<pc> <city>, <reg>"],
        )
    },
    "ar": {
        "l": _a(
            "Argentina",
            ["Av. Corrientes", "Av. Santa Fe", "Calle Florida", "Av. Rivadavia", "Humberto Primo"],
            [
                "C1043AAZ|CABA|Buenos Aires",
                "C1425BGN|CABA|Buenos Aires",
                "X5000|Córdoba|Córdoba",
                "S2000|Rosario|Santa Fe",
            ],
            ["<st> <n>, piso <n3> dto. <ul>, <pc> <city>", "<st> <n>, <pc> <city>, <reg>"],
            ['<st> <n>, piso <n3> "<ul>"\n<pc> <city>'],
        )
    },
    "pl": {
        "l": _a(
            "Polska",
            [
                "ul. Marszałkowska",
                "ul. Długa",
                "al. Jerozolimskie",
                "ul. Piotrkowska",
                "ul. Floriańska",
                "os. Tysiąclecia",
            ],
            [
                "00-514|Warszawa",
                "80-831|Gdańsk",
                "90-001|Łódź",
                "31-019|Kraków",
                "50-001|Wrocław",
                "61-001|Poznań",
            ],
            ["<st> <n2>/<n3>, <pc> <city>", "<st> <n2> m. <n3>, <pc> <city>"],
            ["<st> <n2>/<n3>\n<pc> <city>"],
        )
    },
    "cz": {
        "l": _a(
            "Česká republika",
            ["Vinohradská", "Na Příkopě", "Husova", "Masarykova", "Palackého"],
            ["120 00|Praha 2", "110 00|Praha 1", "602 00|Brno", "301 00|Plzeň", "702 00|Ostrava"],
            ["<st> <n>/<n2>, <pc> <city>", "<st> <n2>, <pc> <city>"],
            ["<st> <n>/<n2>\n<pc> <city>"],
        )
    },
    "hu": {
        "l": _a(
            "Magyarország",
            ["Andrássy út", "Váci utca", "Király utca", "Petőfi Sándor utca", "Bartók Béla út"],
            ["1061|Budapest", "1052|Budapest", "4024|Debrecen", "6720|Szeged", "7621|Pécs"],
            ["<pc> <city>, <st> <n2>.", "<pc> <city>, <st> <n2>. <n3>. em. <n3b>."],
            ["<city>\n<st> <n2>.\n<pc>"],
        )
    },
    "ro": {
        "l": _a(
            "România",
            [
                "Str. Mihai Eminescu",
                "Bd. Unirii",
                "Calea Victoriei",
                "Str. Memorandumului",
                "Aleea Teilor",
            ],
            [
                "010512|București|Sector 1",
                "030167|București|Sector 3",
                "400114|Cluj-Napoca|Cluj",
                "700259|Iași|Iași",
                "300011|Timișoara|Timiș",
            ],
            [
                "<st> nr. <n2>, bl. <ul><n3>, sc. <n3b>, ap. <u>, <pc> <city>",
                "<st> nr. <n2>, <pc> <city>, <reg>",
            ],
            ["<st> nr. <n2>, ap. <u>\n<pc> <city>"],
        )
    },
    "se": {
        "l": _a(
            "Sverige",
            ["Drottninggatan", "Storgatan", "Kungsgatan", "Linnégatan", "Västra Hamngatan"],
            [
                "111 21|Stockholm",
                "411 14|Göteborg",
                "211 22|Malmö",
                "753 20|Uppsala",
                "903 26|Umeå",
            ],
            ["<st> <n2>, <pc> <city>", "<st> <n2>, lgh <lgh>, <pc> <city>"],
            ["<st> <n2>\n<pc> <city>"],
            lgh=["1001", "1102", "1203", "1304", "0902"],
        )
    },
    "no": {
        "l": _a(
            "Norge",
            ["Karl Johans gate", "Thorvald Meyers gate", "Storgata", "Kongens gate", "Markveien"],
            ["0159|Oslo", "0552|Oslo", "5003|Bergen", "7011|Trondheim", "4006|Stavanger"],
            ["<st> <n2>, <pc> <city>", "<st> <n2> <ul>, <pc> <city>"],
            ["<st> <n2>\n<pc> <city>"],
        )
    },
    "fi": {
        "l": _a(
            "Suomi",
            ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Puistokatu"],
            ["00100|Helsinki", "33100|Tampere", "20100|Turku", "90100|Oulu"],
            ["<st> <n2> <ul> <n3>, <pc> <city>", "<st> <n2>, <pc> <city>"],
            ["<st> <n2> <ul> <n3>\n<pc> <city>"],
        )
    },
    "dk": {
        "l": _a(
            "Danmark",
            ["Nørrebrogade", "Vesterbrogade", "Jægergårdsgade", "Strandvejen"],
            ["2200|København N", "1620|København V", "8000|Aarhus C", "5000|Odense C"],
            ["<st> <n2>, <n3>. tv., <pc> <city>", "<st> <n2>, <pc> <city>"],
            ["<st> <n2>, <n3>. th.\n<pc> <city>"],
        )
    },
    "tr": {
        "l": _a(
            "Türkiye",
            [
                "Bağdat Cad.",
                "İstiklal Cad.",
                "Atatürk Bulvarı",
                "Cumhuriyet Mah. 1203. Sok.",
                "Kordonboyu",
            ],
            [
                "34728|Kadıköy|İstanbul",
                "34433|Beyoğlu|İstanbul",
                "06420|Çankaya|Ankara",
                "35220|Konak|İzmir",
                "07100|Muratpaşa|Antalya",
            ],
            [
                "<st> No: <n2> D: <n3>, <pc> <city>/<reg>",
                "<st> No:<n2> Daire:<n3> <city> / <reg> <pc>",
            ],
            ["<st> No: <n2> D: <n3>\n<pc> <city>/<reg>"],
        )
    },
    "gr": {
        "l": _a(
            "Greece",
            ["Ermou", "Akadimias", "Tsimiski", "Patission"],
            ["105 63|Athina", "106 79|Athina", "546 24|Thessaloniki", "262 21|Patra"],
            ["<st> <n2>, <pc> <city>"],
            ["<st> <n2>\n<pc> <city>"],
        ),
        "n": _a(
            "Ελλάδα",
            ["Ερμού", "Ακαδημίας", "Τσιμισκή", "Πατησίων", "Σόλωνος"],
            ["105 63|Αθήνα", "106 79|Αθήνα", "546 24|Θεσσαλονίκη", "262 21|Πάτρα"],
            ["Οδός <st> <n2>, <pc> <city>", "<st> <n2>, Τ.Κ. <pc>, <city>"],
            ["<st> <n2>\n<pc> <city>"],
        ),
    },
    "ru": {
        "l": _a(
            "Russia",
            ["ul. Tverskaya", "Nevsky pr.", "ul. Lenina", "ul. Arbat"],
            ["125009|Moscow", "191025|St Petersburg", "620014|Yekaterinburg", "630099|Novosibirsk"],
            ["<st>, d. <n2>, kv. <u>, <city>, <pc>"],
            ["<st>, d. <n2>, kv. <u>\n<city> <pc>"],
        ),
        "n": _a(
            "Россия",
            ["ул. Тверская", "Невский пр.", "ул. Ленина", "ул. Арбат", "ул. Садовая"],
            [
                "125009|Москва",
                "191025|Санкт-Петербург",
                "620014|Екатеринбург",
                "630099|Новосибирск",
                "420111|Казань",
            ],
            ["<st>, д. <n2>, кв. <u>, <city>, <pc>", "<pc>, г. <city>, <st>, д. <n2>, кв. <u>"],
            ["<st>, д. <n2>, кв. <u>\nг. <city>\n<pc>"],
        ),
    },
    "ua": {
        "l": _a(
            "Ukraine",
            ["vul. Khreshchatyk", "vul. Shevchenka", "prosp. Peremohy"],
            ["01001|Kyiv", "79008|Lviv", "65026|Odesa"],
            ["<st>, <n2>, apt. <u>, <city>, <pc>"],
            ["<st>, <n2>, apt. <u>\n<city> <pc>"],
        ),
        "n": _a(
            "Україна",
            ["вул. Хрещатик", "вул. Шевченка", "просп. Перемоги", "вул. Личаківська"],
            ["01001|Київ", "79008|Львів", "65026|Одеса", "61002|Харків"],
            ["<st>, <n2>, кв. <u>, м. <city>, <pc>", "<pc>, м. <city>, <st>, буд. <n2>, кв. <u>"],
            ["<st>, буд. <n2>, кв. <u>\nм. <city>\n<pc>"],
        ),
    },
    "il": {
        "l": _a(
            "Israel",
            ["Herzl St", "Dizengoff St", "Rothschild Blvd", "Jaffa Rd"],
            ["6688101|Tel Aviv", "6433222|Tel Aviv", "9414101|Jerusalem", "3303101|Haifa"],
            ["<n2> <st>, Apt <n3>, <city> <pc>", "<n2> <st>, <city> <pc>"],
            ["<n2> <st>, Apt <n3>\n<city> <pc>"],
        ),
        "n": _a(
            "ישראל",
            ["הרצל", "דיזנגוף", "שדרות רוטשילד", "יפו", "ז'בוטינסקי"],
            ["6688101|תל אביב-יפו", "9414101|ירושלים", "3303101|חיפה", "5252001|רמת גן"],
            ["רחוב <st> <n2>, דירה <n3>, <city> <pc>", "<st> <n2>, <city> <pc>"],
            ["רחוב <st> <n2>, דירה <n3>\n<city> <pc>"],
        ),
    },
    "ae": {
        "l": _a(
            "UAE",
            ["Street 14", "Al Wasl Road", "Sheikh Zayed Road", "Corniche Road", "Al Khail Road"],
            [
                "|Dubai|Al Barsha 2",
                "|Dubai|Dubai Marina",
                "|Abu Dhabi|Al Khalidiyah",
                "|Sharjah|Al Majaz",
                "|Dubai|Jumeirah 1",
            ],
            [
                "Villa <n2>, <st>, <reg>, <city>",
                "Apartment <u>, <bldg> Tower, <reg>, <city>",
                "Office <u>, <bldg> Building, <st>, <city>",
            ],
            ["Villa <n2>, <st>\n<reg>\n<city>", "Apt <u>, <bldg> Tower\n<reg>, <city>"],
            bldg=["Marina Heights", "Al Fattan", "Bay Central", "Executive", "Churchill"],
        ),
        "n": _a(
            "الإمارات",
            ["شارع الوصل", "شارع الشيخ زايد", "شارع الكورنيش"],
            ["|دبي|البرشاء", "|أبوظبي|الخالدية", "|الشارقة|المجاز"],
            ["فيلا <n2>، <st>، <reg>، <city>", "شقة <u>، <st>، <reg>، <city>"],
            ["فيلا <n2>، <st>\n<reg>، <city>"],
        ),
    },
    "sa": {
        "l": _a(
            "Saudi Arabia",
            ["King Fahd Rd", "Prince Sultan St", "Tahlia St", "Olaya St"],
            ["12214|Riyadh|Al Olaya", "23442|Jeddah|Al Rawdah", "32241|Dammam|Al Faisaliyah"],
            [
                "<n> <st>, <reg>, <city> <pc>",
                "Building <n>, <st>, <reg> District, <city> <pc> - <addn>",
            ],
            ["<n> <st>, <reg>\n<city> <pc> - <addn>"],
            addn=["3345", "7120", "2281", "6604"],
        ),
        "n": _a(
            "المملكة العربية السعودية",
            ["طريق الملك فهد", "شارع الأمير سلطان", "شارع التحلية", "شارع العليا"],
            ["12214|الرياض|العليا", "23442|جدة|الروضة", "32241|الدمام|الفيصلية"],
            ["<n> <st>، حي <reg>، <city> <pc>", "مبنى <n>، <st>، حي <reg>، <city> <pc>"],
            ["<n> <st>، حي <reg>\n<city> <pc>"],
        ),
    },
    "eg": {
        "l": _a(
            "Egypt",
            ["Tahrir St", "26th of July St", "Abbas El Akkad St", "El Nasr Rd"],
            [
                "12611|Giza|Dokki",
                "11211|Cairo|Zamalek",
                "11765|Cairo|Nasr City",
                "21519|Alexandria|Smouha",
            ],
            ["<n2> <st>, <reg>, <city> <pc>", "Apt <n3>, <n2> <st>, <reg>, <city>"],
            ["<n2> <st>, Apt <n3>\n<reg>, <city> <pc>"],
        ),
        "n": _a(
            "مصر",
            ["شارع التحرير", "شارع عباس العقاد", "شارع 26 يوليو"],
            ["12611|الجيزة|الدقي", "11211|القاهرة|الزمالك", "11765|القاهرة|مدينة نصر"],
            ["<n2> <st>، <reg>، <city>", "شقة <n3>، <n2> <st>، <reg>، <city>"],
            ["<n2> <st>\n<reg>، <city>"],
        ),
    },
    "ir": {
        "l": _a(
            "Iran",
            ["Valiasr St", "Enghelab St", "Azadi St"],
            ["|Tehran", "|Isfahan", "|Shiraz"],
            ["No. <n2>, Alley <n3>, <st>, <city>"],
            ["No. <n2>, Alley <n3>\n<st>\n<city>"],
        ),
        "n": _a(
            "ایران",
            ["خیابان ولیعصر", "خیابان انقلاب", "خیابان آزادی"],
            ["|تهران", "|اصفهان", "|شیراز"],
            ["<city>، <st>، کوچه <n3>، پلاک <n2>، واحد <u>", "<city>، <st>، پلاک <n2>"],
            ["<city>\n<st>، کوچه <n3>، پلاک <n2>"],
        ),
    },
    "ng": {
        "l": _a(
            "Nigeria",
            [
                "Adeola Odeku Street",
                "Allen Avenue",
                "Awolowo Road",
                "Aminu Kano Crescent",
                "Herbert Macaulay Way",
            ],
            [
                "101241|Lagos|Victoria Island",
                "100271|Ikeja|Lagos State",
                "900288|Abuja|Wuse II",
                "101233|Lagos|Ikoyi",
            ],
            [
                "Plot <n2>, <st>, <reg>, <city> <pc>",
                "<n2> <st>, <reg>, <city>",
                "Flat <n3>, <n2> <st>, <reg>, <city>",
            ],
            ["<n2> <st>\n<reg>\n<city> <pc>"],
        )
    },
    "ke": {
        "l": _a(
            "Kenya",
            ["Riverside Drive", "Ngong Road", "Moi Avenue", "Argwings Kodhek Rd"],
            ["00100|Nairobi|Westlands", "00505|Nairobi|Kilimani", "80100|Mombasa|Nyali"],
            ["House <n2>, <st>, <reg>, <city> <pc>", "Apartment <n3><ul>, <st>, <reg>, <city>"],
            ["Apt <n3><ul>, <st>\n<reg>\n<city> <pc>"],
        )
    },
    "za": {
        "l": _a(
            "South Africa",
            ["Long Street", "Jan Smuts Avenue", "Florida Road", "Main Road", "Kloof Street"],
            [
                "8001|Cape Town|City Centre",
                "2196|Johannesburg|Rosebank",
                "4001|Durban|Morningside",
                "0083|Pretoria|Hatfield",
            ],
            ["<n2> <st>, <reg>, <city>, <pc>", "Unit <n3>, <n2> <st>, <reg>, <city> <pc>"],
            ["<n2> <st>\n<reg>\n<city>\n<pc>"],
        )
    },
    "jp": {
        "l": _a(
            "Japan",
            [""],
            [
                "150-0002|Shibuya-ku, Tokyo|Shibuya",
                "150-0001|Shibuya-ku, Tokyo|Jingumae",
                "530-0001|Kita-ku, Osaka|Umeda",
                "460-0008|Naka-ku, Nagoya|Sakae",
                "604-8005|Nakagyo-ku, Kyoto|Kawaramachi",
            ],
            ["<n3>-<n3b>-<n3c> <reg>, <city> <pc>", "Apt <u>, <n3>-<n3b>-<n3c> <reg>, <city> <pc>"],
            ["<n3>-<n3b>-<n3c> <reg>\n<city> <pc>"],
        ),
        "n": _a(
            "日本",
            [""],
            [
                "150-0002|東京都渋谷区|渋谷",
                "160-0022|東京都新宿区|新宿",
                "530-0001|大阪府大阪市北区|梅田",
                "460-0008|愛知県名古屋市中区|栄",
                "604-8005|京都府京都市中京区|河原町",
                "812-0011|福岡県福岡市博多区|博多駅前",
            ],
            [
                "〒<pc> <city><reg><n3>丁目<n3b>-<n3c>",
                "〒<pc> <city><reg><n3>-<n3b>-<n3c> <bldg><u>号室",
                "<city><reg><n3>-<n3b>-<n3c>",
            ],
            [
                "〒<pc>\n<city><reg><n3>-<n3b>-<n3c>\n<bldg> <u>号室",
                "〒<pc>\n<city><reg><n3>丁目<n3b>番<n3c>号",
            ],
            bldg=["メゾン青山", "サンハイツ", "パークコート", "グランドメゾン", "コーポ田中"],
        ),
    },
    "cn": {
        "l": _a(
            "China",
            ["Caoxi North Road", "Jianguo Road", "Tianhe Road", "Nanjing West Road"],
            [
                "200030|Shanghai|Xuhui District",
                "100022|Beijing|Chaoyang District",
                "510620|Guangzhou|Tianhe District",
                "518057|Shenzhen|Nanshan District",
            ],
            ["Room <u>, No. <n2> <st>, <reg>, <city> <pc>"],
            ["Room <u>, No. <n2> <st>\n<reg>, <city> <pc>"],
        ),
        "n": _a(
            "中国",
            ["漕溪北路", "建国路", "天河路", "南京西路", "科技园南路", "文三路"],
            [
                "200030|上海市|徐汇区",
                "100022|北京市|朝阳区",
                "510620|广东省广州市|天河区",
                "518057|广东省深圳市|南山区",
                "310012|浙江省杭州市|西湖区",
            ],
            ["<city><reg><st><n2>号<n3>栋<u>室", "<city><reg><st><n2>号院<n3>号楼<n3b>单元<u>"],
            ["<city><reg>\n<st><n2>号<n3>栋<u>室\n邮编 <pc>"],
        ),
    },
    "kr": {
        "l": _a(
            "South Korea",
            ["Teheran-ro", "Sejong-daero", "Gangnam-daero", "Haeundae-ro"],
            ["06236|Seoul|Gangnam-gu", "04524|Seoul|Jung-gu", "48094|Busan|Haeundae-gu"],
            ["<n2> <st>, <reg>, <city> <pc>", "Apt <u>, <n2> <st>, <reg>, <city> <pc>"],
            ["<n2> <st>, <reg>\n<city> <pc>"],
        ),
        "n": _a(
            "대한민국",
            ["테헤란로", "세종대로", "강남대로", "해운대로", "올림픽로"],
            [
                "06236|서울특별시|강남구",
                "04524|서울특별시|중구",
                "48094|부산광역시|해운대구",
                "05551|서울특별시|송파구",
            ],
            ["<city> <reg> <st> <n2>, <n3>층 <u>호", "(<pc>) <city> <reg> <st> <n2> <n3>동 <u>호"],
            ["<city> <reg> <st> <n2>\n<n3>동 <u>호 (<pc>)"],
        ),
    },
    "tw": {
        "l": _a(
            "Taiwan",
            ["Sec. 4, Zhongxiao E. Rd.", "Sec. 5, Xinyi Rd.", "Sec. 2, Zhongshan N. Rd."],
            [
                "106|Taipei City|Da'an Dist.",
                "110|Taipei City|Xinyi Dist.",
                "104|Taipei City|Zhongshan Dist.",
            ],
            ["<n3>F., No. <n2>, <st>, <reg>, <city> <pc>"],
            ["<n3>F., No. <n2>, <st>\n<reg>, <city> <pc>"],
        ),
        "n": _a(
            "台灣",
            ["忠孝東路四段", "信義路五段", "中山北路二段", "民生東路三段"],
            ["106|台北市|大安區", "110|台北市|信義區", "104|台北市|中山區", "407|台中市|西屯區"],
            ["<pc><city><reg><st><n2>號<n3>樓", "<city><reg><st><n2>巷<n3>號<n3b>樓"],
            ["<pc>\n<city><reg><st><n2>號<n3>樓"],
        ),
    },
    "th": {
        "l": _a(
            "Thailand",
            ["Sukhumvit Rd", "Silom Rd", "Nimmanhaemin Rd", "Phahonyothin Rd"],
            [
                "10110|Bangkok|Watthana",
                "10500|Bangkok|Bang Rak",
                "50200|Chiang Mai|Mueang Chiang Mai",
            ],
            ["<n2>/<n3> <st>, <reg>, <city> <pc>"],
            ["<n2>/<n3> <st>\n<reg>, <city> <pc>"],
        ),
        "n": _a(
            "ประเทศไทย",
            ["ถนนสุขุมวิท", "ถนนสีลม", "ถนนพหลโยธิน", "ถนนนิมมานเหมินท์"],
            [
                "10110|กรุงเทพมหานคร|เขตวัฒนา",
                "10500|กรุงเทพมหานคร|เขตบางรัก",
                "50200|เชียงใหม่|อำเภอเมืองเชียงใหม่",
            ],
            ["<n2>/<n3> หมู่ <n3b> <st> <reg> <city> <pc>", "<n2>/<n3> <st> <reg> <city> <pc>"],
            ["<n2>/<n3> <st>\n<reg> <city> <pc>"],
        ),
    },
    "vn": {
        "l": _a(
            "Việt Nam",
            [
                "Phố Huế",
                "Đường Nguyễn Huệ",
                "Đường Lê Lợi",
                "Đường Trần Hưng Đạo",
                "Ngõ 45 Phố Huế",
            ],
            [
                "|Hà Nội|Quận Hai Bà Trưng",
                "|TP. Hồ Chí Minh|Quận 1",
                "|Đà Nẵng|Quận Hải Châu",
                "|Hà Nội|Quận Cầu Giấy",
            ],
            ["Số <n2> <st>, <reg>, <city>", "Số <n2>, <st>, Phường <n3>, <reg>, <city>"],
            ["Số <n2> <st>\n<reg>, <city>"],
        )
    },
    "id": {
        "l": _a(
            "Indonesia",
            [
                "Jl. Kemang Raya",
                "Jl. Jend. Sudirman",
                "Jl. Malioboro",
                "Jl. Ir. H. Juanda",
                "Jl. Gatot Subroto",
            ],
            [
                "12730|Jakarta Selatan|Mampang Prapatan",
                "10220|Jakarta Pusat|Tanah Abang",
                "55271|Yogyakarta|Gedong Tengen",
                "40135|Bandung|Coblong",
            ],
            [
                "<st> No. <n2>, RT <n3>/RW <n3b>, <reg>, <city> <pc>",
                "<st> No. <n2>, <reg>, <city> <pc>",
            ],
            ["<st> No. <n2>\nRT <n3>/RW <n3b>, <reg>\n<city> <pc>"],
        )
    },
    "ph": {
        "l": _a(
            "Philippines",
            ["Ayala Ave", "Katipunan Ave", "Osmeña Blvd", "Rizal St"],
            [
                "1226|Makati City|Metro Manila",
                "1108|Quezon City|Metro Manila",
                "6000|Cebu City|Cebu",
                "8000|Davao City|Davao del Sur",
            ],
            [
                "Unit <u>, <bldg>, <n2> <st>, <city>, <pc> <reg>",
                "<n2> <st>, Brgy. <brgy>, <city>, <reg> <pc>",
            ],
            ["Unit <u>, <bldg>\n<n2> <st>\n<city> <pc>"],
            bldg=["The Residences", "One Serendra", "Avida Towers", "Grand Soho"],
            brgy=["San Lorenzo", "Loyola Heights", "Lahug", "Poblacion"],
        )
    },
    "my": {
        "l": _a(
            "Malaysia",
            ["Jalan Bukit Bintang", "Jalan SS 2/24", "Jalan Ampang", "Lorong Kulit"],
            [
                "55100|Kuala Lumpur|Wilayah Persekutuan",
                "47300|Petaling Jaya|Selangor",
                "10200|George Town|Pulau Pinang",
            ],
            ["No. <n2>, <st>, <pc> <city>, <reg>", "<n3>-<n3b>, <st>, <pc> <city>"],
            ["No. <n2>, <st>\n<pc> <city>\n<reg>"],
        )
    },
    "ge": {
        "l": _a(
            "Georgia",
            ["Rustaveli Ave", "Chavchavadze Ave", "Aghmashenebeli Ave"],
            ["0108|Tbilisi", "0179|Tbilisi", "6000|Batumi"],
            ["<n2> <st>, <city> <pc>"],
            ["<n2> <st>, apt <n3>\n<city> <pc>"],
        ),
        "n": _a(
            "საქართველო",
            ["რუსთაველის გამზირი", "ჭავჭავაძის გამზირი", "აღმაშენებლის გამზირი"],
            ["0108|თბილისი", "0179|თბილისი", "6000|ბათუმი"],
            ["<st> <n2>, <city> <pc>", "<city>, <st> N<n2>, ბინა <n3>"],
            ["<st> <n2>, ბინა <n3>\n<city> <pc>"],
        ),
    },
}

# --------------------------------------------------------------------------- other pools

IT_PROV = ["MI", "RM", "TO", "NA", "FI", "BO", "PA", "GE"]

PW_WORDS = [
    "sunflower",
    "dragon",
    "mango",
    "tigger",
    "bluebird",
    "rocket",
    "pumpkin",
    "winter",
    "summer",
    "marlboro",
    "panther",
    "falcon",
    "coffee",
    "galaxy",
    "banana",
    "shadow",
    "kitty",
    "liverpool",
    "bayern",
    "sakura",
    "barcelona",
    "qwerty",
    "princesa",
    "schatz",
    "soleil",
    "ciao",
    "matrix",
    "moonlight",
    "nascar",
    "zaq1xsw",
]
PW_HUMAN = [
    "hunter2!!",
    "Tr0ub4dor&3",
    "correct-horse-battery-9",
    "letmein2024",
    "P@ssw0rd!23",
    "ilovemydog7",
    "Qwerty!2345",
    "Ch@ngeMe99",
    "iloveyou!!",
    "Baseball#21",
    "n0tMyRealPw",
    "Sommer2024!",
]

DB_HOSTS = [
    "db.internal",
    "prod-db-1.cluster-c9x2.eu-west-1.rds.amazonaws.com",
    "pg.acme.local",
    "mysql-primary.svc.cluster.local",
    "cluster0.ab1cd.mongodb.net",
    "redis.cache.internal",
    "localhost",
    "db.staging.example.org",
]

PRODUCTS = [
    "Ford Focus",
    "Jaguar F-Pace",
    "Alexa",
    "Siri",
    "Tesla Model 3",
    "Mercedes GLC",
    "Galaxy S24",
    "iPhone 15 Pro",
    "Kindle Paperwhite",
    "Dyson V15",
    "Roomba j7",
    "Honda Jazz",
    "Toyota Camry",
    "Opel Astra",
    "ThinkPad X1 Carbon",
    "Nest Hub",
    "Cortana",
    "Peugeot 208",
    "Chevrolet Malibu",
    "Lincoln Navigator",
]

CITIES = [
    "Berlin",
    "Lisbon",
    "Toronto",
    "Osaka",
    "Nairobi",
    "São Paulo",
    "Melbourne",
    "Dublin",
    "Krakow",
    "Austin",
    "Lyon",
    "Seoul",
    "Istanbul",
    "Bangalore",
    "Denver",
    "Rotterdam",
    "Cebu",
    "Porto",
    "Vancouver",
    "Manchester",
]

COMPANIES = [
    "Northwind Logistics",
    "Acme Corp",
    "Bluefin Analytics",
    "Kestrel Health",
    "Harbor & Pine",
    "Zentrix GmbH",
    "Orchid Telecom",
    "Lumen Freight",
    "Vireo Software",
    "Crestline Insurance",
]

MODELS = [
    "gpt-4o-mini",
    "claude-3-5-sonnet",
    "llama-3.1-70b-instruct",
    "mistral-large-2407",
    "gemini-1.5-pro",
]

PLACEHOLDERS = [
    "YOUR_API_KEY",
    "<your-token-here>",
    "sk-...",
    "xxxxxxxxxxxxxxxx",
    "********",
    "<REDACTED>",
    "changeme",
    "${API_KEY}",
    "REPLACE_ME",
    "{{ secrets.API_TOKEN }}",
]

# =========================================================================== templates
# English: driving licences

EN_DL = r"""
hey so the dmv clerk typed my license number wrong on the renewal, it should be {dl_ca} not what they printed. how do i get that fixed without going back in person
===
Name: {name}
DOB: {dob_us}
DL#: {dl_ny}
State: NY
Exp: {date_fut}
===
driver_id,full_name,license_no,state,license_class,hire_date
{num},{name},{dl_fl},FL,E,{date_iso}
{num},{name.1},{dl_fl},FL,B,{date_iso}
{num},{name.2},{dl_fl},FL,E,{date_iso}
===
ocr result (front of card):
ILLINOIS
DRIVER'S LICENSE
DL NO {dl_il}
EXP {date_ocr}   ISS {date_ocr}
DOB {dob_us}
{name_up}
{addrml_us}
CLASS D  SEX {sex}  HGT 5-09
===
the cop wrote down my license, it's {dl_tx}, and said i'd get the citation by mail. does a fix-it ticket in texas go on your record??
===
Primary driver: {name}
Driving licence no.: {dl_uk} (UK, DVLA)
Date of birth: {dob_dmy}
Pick-up: {city} airport, {date} {time}
Booking ref {pnr}
===
can you check whether this driving licence number looks valid? {dl_uk}. the DVLA share-code page keeps saying the details don't match and I've typed it 3 times
===
{"applicant": {"name": "{name}", "dob": "{dob_iso}", "license": {"number": "{dl_wa}", "state": "WA", "class": "C"}}, "request_id": "{uuid}"}
===
PennDOT says my license ({dl_pa}) is suspended over a ticket from {date}. I PAID it, receipt {invoice}. who do I even call about this
===
MVC appointment request
Customer: {name}
License #: {dl_nj}
Reason: change of address to {addr_us}
Preferred date: {date}
===
[{ts2}] INFO kyc.verify result=PASS doc=DL state=MI number={dl_mi} subject="{name}" dob={dob_iso} latency_ms={ms}
===
Ohio BMV told me the license number is 2 letters then 6 digits. mine says {dl_oh}, is that right or did they drop something?
===
Ontario licence no. {dl_on}
{name}
{addrmlc_ca}
===
quick q - my Quebec permit is {dl_qc} and SAAQ says it expires {date_fut}, can I still rent a car in Vermont w/ it
===
ICBC claim {case}
Driver: {name}, BC DL {dl_bc}
Other driver: {name.1}, BC DL {dl_bc}
Date of loss: {date}
===
NSW licence number {dl_nsw}, card number {dl_aucard} - {name}, {addr_au}
===
vicroads reckons my licence no is {dl_vic} but the app shows a different card no, which one does the rental place want
===
Driving Licence No.: {dl_in}
Name: {name}
S/W/D of: {name.1}
Date of Birth: {dob_dash}
Validity (NT): {date_fut}
===
i have a brazilian CNH, number {dl_br}. can i drive in portugal with it or do i need the international one
===
translate to spanish pls: "The driver, {name}, presented Mexican license {dl_mx} and an expired insurance card."
===
My Japanese driver's license number is {dl_jp} (12 digits). Do I need an IDP for Hawaii or is a translation enough?
===
how do i exchange my korean license for a german one? license no {dl_kr}, issued in seoul
===
the rental counter in {city} refused my German licence ({dl_de}), said the format looks wrong. it's the new EU card!
===
French licence no. {dl_fr} — it's the pink card, issued in 2013, holder {name}
===
need to fill the Italian form, my patente is {dl_it}, is "U1" part of the number?
===
For Spain the licence number is the same as the DNI, mine is {dl_es}. {name}, {addr_es}
===
AGENT: Can I get the license number on the policy?
CALLER: yeah it's uh... {dl_ga}
AGENT: and the date of birth?
CALLER: {dob_long}
AGENT: thanks, one moment
===
Dear Sir or Madam,

Please add the following named driver to policy {case}:
{name}, licence no. {dl_ie}, date of birth {dob_eu}.

Kind regards,
{name.1}
===
{ts} WARN dl_check mismatch input={dl_az} state=AZ user_id={num} retry=1
===
renewal fee {amount} paid, receipt {invoice}. license number {dl_co} in case you need it for the record
===
lic no {dl_ma}   exp {date_ocr}   class D   restr NONE
===
Polish licence number {dl_pl} (the one with slashes) and blank number on the back, which one goes in the UK exchange form?
===
Dutch rijbewijs, document number {dl_nl}, holder {name}, {addr_nl}
===
south african licence: {dl_za}. card expires {date_fut} and the new card takes months
===
NZ licence number {dl_nz}, version 123 — wait that's the card version not the number right
===
Please confirm your identity: full name, date of birth and driver license number.
> {name}, {dob_us}, {dlst}
===
Ship the replacement card to {addr_us}. Old license {dl_ca} was stolen with my wallet on {date}.
===
Alberta operator's licence {dl_ab} / {name} / Class 5 GDL
===
QLD licence {dl_qld} expired {date}, can I still drive in NSW for a week?
"""

EN_PP = r"""
PASSPORT
Type P   Code {mrz_iso}   Passport No. {ppm}
Surname: {family_l}
Given names: {given_l}
Date of birth: {dob_ocr}
Sex: {sex}
Date of issue: {mrz_iss}
Date of expiry: {mrz_exp}

{mrz}
===
ocr output below, pls extract the fields as JSON (surname, given names, number, nationality, dob, expiry):
{mrz}
===
can you verify the check digits in this MRZ? I think the scanner misread one character

```
{mrz}
```
===
passport # {pp_us}, issued {date}, expires {date_fut}. name exactly as printed: {name_up}
===
UK passport number {pp_uk} - the ESTA form keeps saying "invalid passport number" ??
===
VISA APPLICATION - {company}
Full name: {name}
Nationality: Indian
Passport no: {pp_in}
Place of issue: {city}
DOB: {dob_eu}
Purpose of visit: business meetings, {num} days
===
my chinese passport is the new kind, {pp_cn}, does the hotel need the number or a photocopy
===
Japanese passport {pp_jp}, {name_up}, valid until {date_ocr}
===
korean passport no. {pp_kr} for the booking, name in english: {name_l}
===
brazilian passport {pp_br} — expires {date_fut}, is 6 months validity counted from arrival or departure?
===
my russian travel passport (zagran) number is {pp_ru}, the airline form only allows 9 characters, do I drop the space?
===
Nigerian passport {pp_ng}. Renewal booked at the NIS office {date} {time}. Bring: old passport, 2 passport photos, NIN slip
===
mexican passport {pp_mx}, {name}, born {dob_eu}
===
Canadian passport: {pp_ca}
Surname / Nom: {family_l}
Given names / Prénoms: {given_l}
===
AU passport number {pp_au} - can I use it for the UK ETA or do I need the old one too?
===
{"traveller": {"first_name": "{given_l}", "last_name": "{family_l}", "passport_number": "{pp_it}", "passport_country": "ITA", "dob": "{dob_iso}"}, "pnr": "{pnr}"}
===
Spanish passport {pp_es}, holder {name}; driving licence number (same as the DNI) {dl_es}
===
turkish passport (bordo) {pp_tr} - schengen visa appointment in {city} on {date}
===
travellers:
  - name: {name}
    passport: {pp_de}
    dob: {dob_iso}
  - name: {name.1}
    passport: {pp_de}
    dob: {dob_iso.1}
===
I need 3 passport photos, 35x45 mm, biometric, for {name}'s application. His passport number is {pp_fr}
===
lost my passport in {city} yesterday. number was {pp_au}. embassy said file a police report first. flight {flight} on {date}, what do i do
===
{ts2} hotel.checkin room={room} guest="{name}" doc=PASSPORT doc_no={pp} nat={iso3}
===
SSR DOCS {flight} HK1/P/{mrz_iso}/{ppm}/{mrz_iso}/{dob_ocr}/{sex}/{mrz_exp}/{family_up}/{given_up}
===
Immigration officer: Passport please. Purpose of your visit?
Me: Tourism, two weeks.
Officer: This passport, {pp_nl}, was reported... no sorry, different number. Go ahead.
===
Dear Consular Section,

I am writing regarding my passport renewal. My current passport number is {pp_pl}, issued on {date}. I was born on {dob_dmy} in {city}.

Yours faithfully,
{name}
===
Ukrainian biometric passport {pp_ua}, {name_l}
===
philippine passport {pp_ph}, releasing on {date} at DFA {city}? i need it for the POEA
===
my pakistani passport {pp_pk} was stamped with an old visa, does that matter for the new application?
===
Israeli passport: {pp_il}
Name: {name_l}
Date of birth: {dob_eu}
===
Passport holder {name}, No. {pp_ch}, Swiss, expires {date_ocr}
===
need to update my frequent flyer profile, the passport changed: new one is {pp_ie}, old one expired {date}
===
passport number for my daughter {name.1}: {pp_za}, mine is {pp_za}
===
I only have 2 passports at home (mine and my wife's) but need 3 for the visa run lol. anyway mine is {pp_ke}
"""

EN_DOB = r"""
my son was born on {dob_long.1}, when is he due for the second MMR dose?
===
{given} is having a big party next month (born {dob_iso}) and I still have no idea what to get her. budget {amount}
===
{name} (b. {dob_iso}) is a ceramicist based in {city}. Her work has been shown at {company} Gallery since {date_old}.
===
PATIENT INTAKE
Name: {name}
DOB: {dob_us}
Phone: {phone_us}
Reason for visit: follow-up, appt {date} {time}
===
d.o.b. {dob_eu} — place of birth {city}
===
Birthday: {dob_long}
Member since: {date_long}
===
emp_id,name,dob,start_date,dept
{num},{name},{dob_iso},{date_iso},Finance
{num},{name.1},{dob_iso.1},{date_iso},Ops
===
signup name="{name}" dob={dob_iso} email={email_p} created_at={ts} plan=free
===
i was born {dob_long} so that makes me a pisces right? or is it the cusp
===
Invoice {invoice} dated {date_us}. Policyholder {name}, date of birth {dob_us}. Amount due {amount} by {date_us}.
===
Mum's birthday is {dob_dmy}. can you suggest a restaurant in {city} for 8 people
===
translate into German: "Date of birth: {dob_eu}. Place of birth: {city}. Nationality: Irish."
===
my thai ID card says I was born {dob_be}, what is that in western years?
===
the saudi iqama shows DOB {dob_hijri} - convert it to gregorian please
===
my japanese family register says 生年月日 {dob_jera}. what year is that in the western calendar?
===
For the visa: me ({name}) {dob_eu}, my wife {name.1} {dob_eu.1}, our kid {name.2} {dob_eu.2}
===
INSERT INTO patients (full_name, dob, phone) VALUES ('{name}', '{dob_iso}', '{phone_us}');
===
student = {"name": "{name}", "birthdate": "{dob_iso}", "grade": 7, "enrolled": "{date_iso}"}
===
Q3 report due {date}, kickoff was {date_long}, launch planned for {date_fut}. Nobody's birthday in there, just deadlines.
===
Age check: please enter your date of birth (MM/DD/YYYY)
> {dob_us}
Thanks {given}! You're all set.
===
hi, the school needs the DOB of both kids: {name.1} - {dob_us.1}, {name.2} - {dob_us.2}. Contact me at {phone_us}
===
Gran was born {dob_dmy} in {city} and moved to the coast in the 60s, could you help me write a short bio for her 90th?
===
DATE OF BIRTH / DATE DE NAISSANCE
{dob_ocr}
===
subject: {name}, born {dob_short}, last seen on {date}
===
The certificate lists the child's birth as {dob_long.1} and the registration as {date_long}, mother {name}
===
{name}, {dob_us2}, {addr_us}
===
Dr. {family} — referral for {name.1}, DOB {dob_us.1}, MRN on file. Please see before {date}.
===
what zodiac is {dob_dmy}? asking for my boyfriend {given.1}
===
since {date_old_iso} our firm has served families across {city}; founded {date_old}; version {ver} of the portal launched {date}
===
The applicant, {name}, date of birth {dob_dmy}, resides at {addr_uk}.
===
{name} turned 18 on {date_long}? no wait, born {dob_long} so it's next year. when can she get the provisional licence
===
hey {given_low} u still coming sat? its also my bday lol, {dob_us} baby
===
Full name | Date of birth | Nationality
{name} | {dob_eu} | Canadian
{name.1} | {dob_eu.1} | Canadian
"""

EN_SECRET = r"""
my pw is {pw} pls dont share it lol, i'll change it after the demo
===
the wifi password is {wifi} btw, network is {company}_Guest
===
use {pw} to log in, username is admin. the portal is slow today
===
login: admin / {pw}
===
# .env
DATABASE_URL={dburl}
STRIPE_SECRET_KEY={stripe}
DEBUG=false
PORT={port}
SENTRY_RELEASE={ver}
===
$ curl -s https://api.example.com/v2/orders/{order} \
    -H "Authorization: Bearer {bearer}" \
    -H "Accept: application/json"
{"error":"forbidden","request_id":"{uuid}"}
===
[default]
aws_access_key_id = {aws_id}
aws_secret_access_key = {aws_secret}
region = eu-west-1
===
git remote set-url origin https://x-access-token:{ghp}@github.com/acme/billing-api.git
fatal: Authentication failed — why?? the token was created yesterday
===
SLACK_BOT_TOKEN={slack}
SLACK_CHANNEL=#deploys
===
client = OpenAI(api_key="{openai}")  # TODO move to env before pushing
resp = client.chat.completions.create(model="{model}", messages=msgs)
===
why does this return REQUEST_DENIED? https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key={gkey}
===
TWILIO_AUTH_TOKEN={twilio}
TWILIO_FROM={phone_us}
===
sendgrid:
  api_key: {sendgrid}
  from: no-reply@{domain}
===
{ts} DEBUG http.request GET /api/me headers={"Authorization": "Bearer {jwt}"} status=401
===
here's my key, why does ssh say "invalid format"?

{pem}
===
curl -u is deprecated in our wrapper so I do: curl -H 'Authorization: Basic {basic}' https://ci.internal/job/build/{build}/console
===
my card PIN is {pin}, I can't remember if I set the same one for the credit card
===
gate code {code}, then buzz unit {num}. leave the parcel with the concierge if nobody answers
===
The door code is {code}# — please lock up when you leave.
===
alarm code {code}, you have 30 seconds after opening the door. cat is called {product}, ignore her
===
docker run -d --name pg -e POSTGRES_PASSWORD={pw} -p 5432:5432 postgres:16
===
kubectl create secret generic app-db --from-literal=username=app --from-literal=password={pw_strong}
===
[smtp]
host = smtp.mailgun.org
port = 587
user = postmaster@mg.{domain}
password = {pw_strong}
===
# settings.py
SECRET_KEY = '{djkey}'
DEBUG = True
ALLOWED_HOSTS = ["*"]
===
//registry.npmjs.org/:_authToken={npm}
===
HF_TOKEN={hf} python train.py --model {model} --epochs 3
===
variables:
  GITLAB_TOKEN: "{glpat}"
  IMAGE_TAG: "{sha7}"
===
import anthropic
client = anthropic.Anthropic(api_key="{anthropic}")
===
what's wrong with my connection string? {dburl} -> FATAL: password authentication failed
===
Voicemail transcript: "hey it's {given}, the lockbox code is {code}, the key is on the left hook, text me when you're in"
===
Welcome to the flat! Wi-Fi: {company}-5G / {wifi}. Key box code {code}. Check-out by 11.
===
my bank app PIN is {pin6} and it keeps locking me out after the update
===
ssh admin@{ipp}  (password {pw}) then sudo systemctl restart nginx
===
diff --git a/config.py b/config.py
-API_KEY = "{stripe}"
+API_KEY = os.environ["API_KEY"]
===
export AWS_ACCESS_KEY_ID={aws_id}
export AWS_SECRET_ACCESS_KEY={aws_secret}
aws s3 ls s3://backups-{num}/
===
github_pat for the release workflow: {gh_pat} (expires in 30 days)
===
SLACK_WEBHOOK=https://hooks.slack.com/services/{slack_hook}
===
my netflix login is {email_p} and the password is {pw}, share with your sister but nobody else
===
JWT from the login response: {jwt} - can you decode it and tell me when it expires?
===
hmac secret in the webhook settings: {hexkey} — signatures still don't match
===
password policy reminder: at least 12 chars, one digit, one symbol. mine is now {pw} and it was accepted
"""

DOMAINS = [
    "northwind.io",
    "acme-corp.com",
    "bluefin.ai",
    "kestrelhealth.org",
    "zentrix.de",
    "vireo.dev",
    "lumenfreight.co.uk",
    "crestline-ins.com",
]

EN_ADDR = r"""
I live at {addr_us}, is that inside the Lincoln Elementary school zone?
===
send it to {addrc_uk} please, NOT the old one in {city}
===
meet me at {addr_de} at {time}, it's the building with the green door
===
SHIP TO:
{name_up}
{addrmlc_us}
TRACKING: {tracking}
WEIGHT 2.3 LB
===
{name}
{addrml_uk}

{date_dmy}

Dear Sir or Madam,
I am writing to dispute the parking charge {case}.
===
--
{name}
Senior Buyer | {company}
{addr}
T: {phone_intl}
===
{"customer_id": {num}, "name": "{name}", "address": "{addr_au}", "marketing_opt_in": false}
===
new address for the payroll system: {addr_ca}. effective {date}
===
hi! can you deliver to {addr_in}? the last courier couldn't find the building, it's behind the temple
===
Delivery address: {addr_ng}
Contact: {name}, {phone_ng}
===
pls ship to my office: {addr_ke}. ask for {given} at reception
===
my address in cape town is {addr_za} — is that in the zone for fibre?
===
Order {order}
Deliver to: {name}
{addrml_ph}
===
alamat saya in english pls: {addr_id}
===
can you translate my address to english format for a form: {addr_vn}
===
The tenant {name} resides at {addr_th} and the lease runs until {date_fut}.
===
Japanese address for the customs form: {addrl_jp}, recipient {name}
===
ship to (China): {addrl_cn}, tel {phone_cn}
===
hotel address is {addrl_kr}, but I'm staying with a friend at {addrl_tw} the first night
===
{name} — {addr_ae} — mobile {phone_ae}
===
Riyadh address (national address format): {addr_sa}
===
my aunt lives at {addr_eg}, can you write the address in arabic for the envelope?
===
send the contract to {addr_il}, attention {name}
===
Greek address: {addrl_gr}. is the postcode format right?
===
I moved from {addrl_ru} to {addrl_ua} in 2019 and the bank still has the old one
===
kargo adresi: {addr_tr} (sorry turkish keyboard)
===
Mailing address: {addr_br}
===
{name}
{addrml_mx}
{phone_mx}
===
please forward the package to {addr_ar}, timbre {num}
===
Company registered office (not mine) vs my home address {addr_pl} — which goes in box 4?
===
address for the Czech residence permit: {addr_cz}
===
the airbnb is at {addr_hu}, door code {code}
===
adresa: {addr_ro}, bloc lângă farmacie
===
our new place: {addr_se}. housewarming {date}!
===
{addr_no} — that's the one, 3rd floor, ring "{family}"
===
Helsinki address {addr_fi}, tenant {name}
===
send it to {addr_it}, c/o {name}
===
Dirección de envío: {addr_es}
===
Lisbon flat: {addr_pt}
===
{addr_be} is the old office, I live at {addr_nl} now
===
the shop is at {addr_ch} (not my home, that's {addr_at})
===
parcel for {name}, {addr_fr}, code porte {code}
===
{name}, {addr_ie}, mobile {phone_ie}
===
NZ address: {addr_nz}
===
traffic on Main Street was awful again, took 40 min to get from the bridge to {addr_us}
===
Bill to:
{name}
{addrmlc}
Invoice {invoice} · due {date}
"""

EN_OTHER = r"""
From: {name} <{email_p}>
To: {name.1} <{email_p.1}>
Subject: Re: onboarding docs

Hi {given.1},
attached is the W-4. My SSN is {ssn} — can you make sure it doesn't end up in the shared drive this time?
Thanks,
{given}
===
ITIN {itin} for my mom {name}, she doesn't have an SSN yet. does she still need to file?
===
Please wire the deposit to IBAN {iban}, account holder {name}. Reference: {invoice}
===
payment failed again, card {cc} exp 09/28. is it the bank or you?
===
BTC: {btc}
ETH: {eth}
tips appreciated, thanks for reading!
===
{ts} sshd[{pid}]: Failed password for invalid user oracle from {ip} port {port} ssh2
===
Jan 12 10:22:01 gw dhcpd: DHCPACK on {ipp} to {mac} (laptop-{num}) via eth1
===
client {ip6} - - [{date_iso}] "POST /v1/chat/completions HTTP/1.1" 200 {ms} "-" "python-httpx/0.27"
===
Name,Email,Phone
{name},{email_p},{phone_us}
{name.1},{email_p.1},{phone_uk}
{name.2},{email_p.2},{phone_de}
===
hey it's {given}, new number: {phone_intl}. delete the old one
===
can u call {given.1} for me, her number is {phone_au}, tell her the meeting moved to {time}
===
W-9 / payee: {name}, TIN (SSN) {ssn}, address {addr_us}
===
Refund to DE account please: {iban_de}. Kontoinhaber {name}
===
beneficiary: {name} | IBAN {iban_gb} | amount {amount} | ref {invoice}
===
Send to my wallet {eth} (ERC-20 only!!) not the BTC one
===
our office printer {mac} keeps grabbing {ipp} even though it's reserved for the NAS
===
blocked {ip}, {ip}, {ip6} after the brute force on {date}. ticket {jira}
===
card on file: {cc} ({name}) — please charge the cancellation fee of {amount}
===
From: {email}
Sent: {date_long} {time}
Subject: invoice {invoice}

Please find attached. Our bank changed, new IBAN: {iban_plain}

{name}
Accounts Receivable, {company}
{phone_intl}
===
TODO(security): remove before commit -> test user ssn {ssn}, card {cc}
===
{name} <{email_p}> wrote:
> can you resend the link? I lost it
sure thing, here: https://app.{domain}/invite/{uuid}
===
ticket {ticket} opened by {name} ({email_p}): "can't log in since the update, phone {phone}"
agent {name.1}: reset link sent, closing.
===
bitcoin address for the refund: {btc}
===
the router admin page is at {ipp} but my laptop has {ipp} and MAC {mac}, which one do I whitelist
===
Family contact list
Mom - {name} - {phone_us}
Dad - {name.1} - {phone_us}
Grandma - {name.2} - {phone_us}
===
Hi {given}, thanks for your order {order}! Questions? Reply to this email or call us. – The {company} team
===
Sehr geehrte Damen und Herren, please reply in English: my IBAN is {iban_de} and my name is {name}. Thank you!
"""

EN_NEG = r"""
This project is released under the MIT license. See LICENSE for details. Version {ver}, build {build}.
===
Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with the License.
===
We need 3 passport photos (35x45 mm) and the form DS-82. Processing takes 6-8 weeks, expedited 2-3 weeks for an extra fee.
===
Set OPENAI_API_KEY to YOUR_API_KEY in the .env file and replace it with your own key before running.
===
Error: password is required (field "password" must be at least 12 characters)
===
Password policy: minimum 14 characters, at least one uppercase letter, one digit and one special character. Passwords expire every 90 days.
===
commit {commit}
Author: release-bot
Date:   {ts2}

    bump version to {ver} ({jira})
===
order {order} shipped via UPS, tracking {tracking}, est. delivery {date}
===
Invoice {invoice} · Issue date {date_eu} · Due date {date_eu} · Total {amount}
===
{ts} INFO server listening on localhost:{port} (pid {pid}, build {build}, commit {sha7})
===
request_id={uuid} model={model} tokens_in=1834 tokens_out=412 latency_ms={ms}
===
traffic on Main Street is terrible today, took me 45 min to get to the office
===
I moved to {city} in {year} and honestly the rent is insane
===
My {product} keeps disconnecting from wifi, tried resetting twice. any ideas?
===
Ask {product} to set a timer for 20 minutes. Hey {product}, play some jazz.
===
SKU {sku} is out of stock; restock ETA {date}. Alternatives: {sku}, {sku}.
===
Sprint review {date_long} at {time}: {jira}, {jira} and {jira} are done; {jira} slipped.
===
Our company was founded on {date_old_iso} and went public in {year}.
===
release notes {ver}: fixed crash when uploading passport scans larger than 10 MB; license check now uses the GPL-3.0 SPDX id
===
docker pull ghcr.io/acme/api@sha256:{sha256}
===
Flight {flight} departs {time} from gate B{num}, booking ref {pnr}. Bring your passport and the printed boarding pass.
===
The driver license exam has 3 parts: written test, vision test and road test. Fee is {amount}.
===
Case {case} has been escalated. Next update by {date}.
===
{ts} WARN auth.login failed reason=invalid_password attempts=3 (user locked for 15 min)
===
please replace <token> in the config with the token you get from the dashboard; never commit real keys
===
Q: what's the format of a UK passport number? A: nine digits, printed top right of the photo page.
===
uuid {uuid} maps to job {jira}; retry with --force if status is STUCK
===
The new {product} is basically the old one with a bigger battery. Price went up {pct} though.
===
weather for the weekend in {city}: sunny, 24°C, maybe rain on {date}
===
kubectl get pods -n prod | grep api-{sha7}   # 3/3 Running, restarts 0, age 4d
"""

EN_IDS2 = r"""
licence_no;state;expiry;points
{dl_nsw};NSW;{date_iso};0
{dl_vic};VIC;{date_iso};3
{dl_qld};QLD;{date_iso};1
===
fleet drivers (no names in this export, just licences):
- {dlst}
- {dlst}
- {dlst}
- {dlst}
===
the two licences on the claim are {dl_ca} (mine) and {dl_ca} (the other driver). adjuster says one digit is off
===
{"event":"dl.scan","ok":true,"fields":{"doc_number":"{dl_fl}","dob":"{dob_iso}","expiry":"{date_iso}"},"device":"{uuid}"}
===
update drivers set license_number = '{dl_tx}' where license_number = '{dl_tx}';  -- typo fix from support ticket {ticket}
===
Driving licence check code request: licence number {dl_uk}, last 8 characters of NI number not provided. Share code expires {date_fut}.
===
rental agreement {order}: additional driver licence {dl_ie}, country of issue IE, surcharge {amount}/day
===
DL 4d: {dl_ny}   4a ISS {date_ocr}   4b EXP {date_ocr}   3 DOB {dob_ocr}
===
India DL scan (OCR, messy):
FORM 7 RULE 16(2)  DL No : {dl_in}  D.O.I : {date_eu}  Valid Till : {date_eu}
===
korean license {dl_kr} and my international permit number is IDP-{num}/{year} (the IDP one is just a booklet number)
===
japanese licence: 第 {dl_jp} 号  — the color band is blue
===
got pulled over in {city}, officer wrote my ohio license {dl_oh} on the warning. is a warning reported to the BMV?
===
two passports on this booking: {pp_us} and {pp_us}. only one of them got the TSA precheck
===
passport_no,nationality,expiry
{pp_in},IND,{date_iso}
{pp_cn},CHN,{date_iso}
{pp_ng},NGA,{date_iso}
{pp_br},BRA,{date_iso}
===
{"passengers":[{"seq":1,"doc":"{pp_uk}","type":"P"},{"seq":2,"doc":"{pp_uk}","type":"P"}],"pnr":"{pnr}"}
===
APIS rejected: passport {pp_kr} (expired) — resubmitted with {pp_kr}
===
my old passport ({pp_au}) has the visa, the new one is {pp_au}. do I need to transfer it?
===
passport renewal status: application {case} received {date}; new passport number {pp_ca} will be mailed
===
ocr of the data page (bad lighting):
PASSPORT  PASSEPORT
No. {ppm}
{name_up}
{dob_ocr}
{mrz}
===
[{ts2}] kyc.passport extracted number={pp_mx} country=MEX confidence=0.93
===
vietnamese passport {pp_vn} and my wife's {pp_vn} — e-visa form wants both
===
The embassy letter refers to passport {pp_eg}, issued in Cairo; the scan you sent shows a different number.
===
Saudi passport {pp_sa} — Umrah visa printed, group {num}
===
my thai passport {pp_th} expires in 5 months, can I still fly to Japan?
===
Passport No / Numéro du passeport: {pp_gr}
Date of birth / Date de naissance: {dob_eu}
===
re-entry permit asks for passport number ({pp_ph}) AND the old one ({pp_ph}), why both
"""

EN_OTHER2 = r"""
Cardholder: {name}
Card number: {cc}
Expiry: 11/27
Billing ZIP: same as shipping
===
{ts} payment.declined card={cc} amount={amount} reason=insufficient_funds order={order}
===
can you tell me which brand this card is? {cc}
===
SSN: {ssn}
DOB: {dob_us}
Employer: {company}
===
my ITIN is {itin} and the IRS letter says it expired, do I renew with a W-7?
===
tax_id_type,tax_id
SSN,{ssn}
ITIN,{itin}
ITIN,{itin}
===
wallets:
  btc: {btc}
  eth: {eth}
  btc_cold: {btc}
===
sent 0.05 ETH to {eth} but it shows pending for 2 hours, tx hash is fine right?
===
arp -a
? ({ipp}) at {mac} on en0 ifscope [ethernet]
? ({ipp}) at {mac} on en0 ifscope [ethernet]
===
allowlist:
  - {ip}/32
  - {ip}/32
  - {ip6}/128
===
{ts} WARN rate_limit exceeded client_ip={ip} key_id=k_{sha7} path=/v1/embeddings
===
please update my email to {email} and remove {email} from the mailing list
===
reply-to: {email_p}, cc: {email_p.1}
===
the new hire's bank details: IBAN {iban_nl}, BIC INGBNL2A
===
ibans for the supplier batch
{iban}
{iban}
{iban_plain}
===
call me back at {phone_intl} or whatsapp {phone_intl}
"""

# --------------------------------------------------------------------------- other languages

DE = r"""
Hallo, mein Führerschein-Nr. ist {dl_de}, ausgestellt vom Landratsamt. Name: {name}, geb. {dob}. Reicht das für die Anmeldung beim Carsharing?
===
Sehr geehrte Damen und Herren,

hiermit kündige ich meinen Vertrag {case} fristgerecht zum {date}.

Mit freundlichen Grüßen
{name}
{addrml_de}
===
Reisepassnummer: {pp_de}
Name: {family}, {given}
Geburtsdatum: {dob_dot}
Staatsangehörigkeit: DEUTSCH
===
übersetze ins Englische: "Das Passwort lautet {pw}, bitte nach der ersten Anmeldung ändern."
===
Lieferadresse: {addr_de}
Bestellnummer {order}, Lieferung voraussichtlich am {date}
===
kannst du mir helfen, die IBAN zu prüfen? {iban_de} – Kontoinhaberin {name}
===
WLAN: FRITZ!Box 7590 XY
WLAN-Passwort: {wifi}
(steht auch auf der Rückseite der Box)
===
Bewerbung von {name}, geb. {dob_de}, wohnhaft {addr_de}, Tel. {phone_de}
===
[Datenbank]
host=db.intern
user=shop
passwort={pw_strong}
===
Die Rechnung {invoice} vom {date_dot} ist seit {num} Tagen überfällig. Bitte überweisen Sie {amount}.
===
Mietvertrag zwischen {name} (Vermieter) und {name.1} (Mieterin), Wohnung: {addr_at}
===
Frau {family}, geb. am {dob_de}, hat am {date_dot} ihren Termin verpasst. Rückruf unter {phone_ch}.
===
Die App heißt "{product}" und stürzt seit Version {ver} ständig ab. Lizenz: MIT.
===
Personalausweis ist abgelaufen, Reisepass Nr. {pp_de} gültig bis {date_dot}. Geht das für die Bank?
"""

FR = r"""
Bonjour, mon numéro de permis de conduire est {dl_fr}, délivré à {city} en 2012. Je suis né le {dob_fr}.
===
numéro de passeport : {pp_fr}
Nom : {family}
Prénom(s) : {given}
Né(e) le : {dob_eu}
===
mot de passe : {pw} (ne le partage pas stp)
===
Adresse de livraison :
{name}
{addrml_fr}
Commande n° {order}
===
traduis en anglais : « Je soussigné {name}, né le {dob_eu} à {city}, demeurant {addr_fr}, déclare sur l'honneur... »
===
Madame, Monsieur,
Veuillez trouver ci-joint mon RIB : IBAN {iban_fr}, titulaire {name}.
Cordialement
===
Le code de la porte c'est {code}, deuxième étage à gauche. Mon portable : {phone_fr}
===
Permis de conduire (Québec) : {dl_qc} — {name}, {addr_ca}
===
Mon adresse en Belgique : {addr_be}. Je déménage le {date}.
===
La facture {invoice} du {date_eu} reste impayée. Montant : {amount}. Référence client {num}.
===
Rendez-vous à la préfecture le {date} à {time} pour le titre de séjour de {name}, né le {dob_fr}, passeport {pp_ng}.
===
Licence : GPL-3.0. Version {ver}, build {build}. Merci de signaler les bugs sur le ticket {jira}.
"""

ES = r"""
hola, necesito renovar el carnet de conducir, mi número es {dl_es}. nací el {dob_es}, ¿cuánto cuesta?
===
Número de pasaporte: {pp_es}
Nombre: {name}
Fecha de nacimiento: {dob_eu}
===
la contraseña del wifi es {wifi}, la red se llama MOVISTAR_{num}
===
contraseña: {pw}
usuario: {email_p}
===
Dirección: {addr_es}
Teléfono: {phone_es}
===
Enviar a: {name}, {addr_mx}
Pedido {order}, paquetería {tracking}
===
Licencia de conducir (CDMX): {dl_mx}
Titular: {name}
Vigencia: {date_fut}
===
traduce al inglés: "El titular {name}, con fecha de nacimiento {dob_es}, reside en {addr_ar}."
===
Por favor transfieran el reembolso a la cuenta {iban_es} a nombre de {name}.
===
La reunión del {date} se movió al {date}, sala {room}. Traigan el informe del Q3.
===
mi hija {name.1} nació el {dob_es.1} y necesito sacarle el pasaporte, el mío es {pp_es}
===
El PIN de la tarjeta es {pin}, no se lo digas a nadie
"""

IT = r"""
Buongiorno, la mia patente è {dl_it}, rilasciata dalla Motorizzazione di {city}. Data di nascita {dob_it}.
===
Numero passaporto: {pp_it}
Cognome: {family}
Nome: {given}
Data di nascita: {dob_eu}
===
Indirizzo di spedizione: {addr_it}
Tel. {phone_it}
===
la password del router è {wifi}, se non va riavvialo
===
Gentile {name}, le confermiamo l'ordine {order} del {date_eu}. Consegna prevista entro {date_eu}.
===
IBAN per il bonifico: {iban_it} intestato a {name}
===
nato il {dob_it} a {city}, residente in {addr_it}: {name}
"""

PT = r"""
oi, meu número da CNH é {dl_br}, carteira de motorista tirada em {year}. data de nascimento {dob_eu}
===
Nome: {name}
Data de nascimento: {dob_pt}
Endereço: {addr_br}
Celular: {phone_br}
===
Passaporte nº {pp_br}, validade {date_eu}
===
a senha do wifi é {wifi} e a do alarme é {code}
===
Por favor enviar para {addr_pt}, ao cuidado de {name}
===
Transferência para IBAN {iban_pt}, titular {name}, referência {invoice}
===
senha: {pw}
login: {email_p}
===
O pedido {order} foi enviado em {date_eu}, código de rastreio {tracking}.
===
minha filha {name.1} nasceu em {dob_pt.1}, preciso tirar o passaporte dela
"""

NL = r"""
Rijbewijsnummer: {dl_nl}
Naam: {name}
Geboortedatum: {dob_dash}
===
Stuur het pakket naar {addr_nl}, t.a.v. {name}
===
wachtwoord is {pw}, gebruikersnaam {email_p}
===
Graag terugbetalen op {iban_nl} t.n.v. {name}. Factuur {invoice}.
===
paspoortnummer {pp_nl}, geldig tot {date_dash}
===
Vergadering verzet naar {date} om {time}, agenda volgt. Ticket {jira}.
"""

PL = r"""
Prawo jazdy nr {dl_pl}, wydane przez Prezydenta Miasta {city}. {name}, ur. {dob_pl}
===
Numer paszportu: {pp_pl}
Imię i nazwisko: {name}
Data urodzenia: {dob}
===
Adres do wysyłki: {addr_pl}, tel. {phone_pl}
===
hasło do wifi: {wifi}
===
Proszę o zwrot na konto {iban_pl}, odbiorca {name}
===
Faktura {invoice} z dnia {date} – termin płatności {date}. Nabywca: {name}
"""

CS = r"""
Ahoj, potřebuju vyplnit formulář pro půjčovnu: číslo řidičského průkazu {dl_cz}, platnost do {date}. A heslo k e-mailu je {pw}, kdyby něco
===
Jméno: {name}
Datum narození: {dob_cs}
Adresa: {addr_cz}
===
Pošlete to prosím na {addr_cz}, {name}, tel. {phone_cz}
===
Faktura {invoice} splatná {date}, variabilní symbol {num}. Odběratel: {name}, {addr_cz}
"""

HU = r"""
Név: {name}
Születési dátum: {dob_hu}
Lakcím: {addr_hu}
===
a wifi jelszó: {wifi}, a kapukód {code}
===
Útlevélszám: {pp}, érvényes {date}-ig. {name}
===
Kedves {name}! A megrendelés ({order}) szállítása {date} várható.
"""

RO = r"""
Nume: {name}
Data nașterii: {dob_ro}
Adresa: {addr_ro}
===
parola de la wifi e {wifi}
===
Vă rog să trimiteți coletul la {addr_ro}, telefon {phone_ro}
===
Factura {invoice} din {date} a fost achitată de {name}.
"""

SV = r"""
Namn: {name}
Födelsedatum: {dob_sv}
Adress: {addr_se}
===
lösenordet till wifi är {wifi}
===
Skicka paketet till {addr_se}, mobil {phone_se}
===
Mötet flyttas till {date} kl. {time}. Ärende {jira}.
"""

NO = r"""
Navn: {name}
Fødselsdato: {dob_no}
Adresse: {addr_no}
===
passordet er {pw}, ikke del det
===
Hei {given}, bestilling {order} sendes {date}. Spørsmål? Ring {phone_no}.
"""

DA = r"""
Navn: {name}, født {dob_da}, bopæl {addr_dk}
===
koden til døren er {code}
===
Kære {name}, faktura {invoice} forfalder {date}.
"""

FI = r"""
Nimi: {name}
Syntymäaika: {dob_fi}
Osoite: {addr_fi}
===
wifi-salasana on {wifi}
===
Hei {given}! Tilaus {order} toimitetaan {date} osoitteeseen {addr_fi}.
"""

TR = r"""
Ehliyet no: {dl_de}? hayır, Almanya'dan aldım. Pasaport no {pp_tr}, doğum tarihi {dob_tr}
===
Ad Soyad: {name}
Doğum tarihi: {dob_dot}
Adres: {addr_tr}
Telefon: {phone_tr}
===
wifi şifresi: {wifi}
===
pasaport no: {pp_tr}, geçerlilik {date_dot}
===
IBAN: {iban_tr} - alıcı {name}
===
Sipariş {order} kargoya verildi, takip no {tracking}.
"""

EL = r"""
Ονοματεπώνυμο: {name}
Ημερομηνία γέννησης: {dob_el}
Διεύθυνση: {addr_gr}
===
ο κωδικός του wifi είναι {wifi}
===
Αριθμός διαβατηρίου: {pp_gr}, λήξη {date}
===
Κύριε {family}, η παραγγελία {order} θα παραδοθεί στις {date}.
"""

RU = r"""
ФИО: {name}
Дата рождения: {dob_ru}
Адрес: {addr_ru}
Телефон: {phone_ru}
===
номер паспорта {pp_ru}, выдан {date}
===
пароль от вайфая {wifi}, логин admin
===
Водительское удостоверение {dl_ru}, категория B, {name}
===
переведи на английский: «{name}, дата рождения {dob_dot}, проживает по адресу {addr_ru}»
===
Отправьте, пожалуйста, посылку на {addrml_ru}
Получатель: {name}
===
Пароль: {pw}
Почта: {email_p}
===
Счёт {invoice} от {date}, оплатить до {date}. Версия API {ver}.
"""

UK = r"""
ПІБ: {name}
Дата народження: {dob_uk}
Адреса: {addr_ua}
===
номер паспорта {pp_ua}, дійсний до {date}
===
пароль від wifi: {wifi}
===
{name}, ваше замовлення {order} відправлено {date}, ТТН {tracking}. Телефон для зв'язку {phone_ua}.
"""

HE = r"""
שם מלא: {name}
תאריך לידה: {dob_he}
כתובת: {addr_il}
===
מספר דרכון: {pp_il}
===
הסיסמה לוויפי היא {wifi}
===
שלום {given}, ההזמנה {order} תגיע ב-{date}.
"""

AR = r"""
الاسم: {name}
تاريخ الميلاد: {dob_ar}
العنوان: {addr_sa}
===
رقم جواز السفر: {pp_sa}
===
كلمة المرور: {pw}
===
يرجى إرسال الطلب إلى {addr_ae}، هاتف {phone_ae}
===
تاريخ الميلاد: {dob_hijri}، {name}
===
رقم الطلب {order}، موعد التسليم {date}.
"""

FA = r"""
نام: {name}
تاریخ تولد: {dob_iso}
آدرس: {addr_ir}
===
رمز عبور وای‌فای: {wifi}
"""

HI = r"""
नाम: {name}
जन्म तिथि: {dob_hi}
पता: {addr_in}
मोबाइल: {phone_in}
===
ड्राइविंग लाइसेंस नंबर: {dl_in}
===
पासपोर्ट नंबर {pp_in}, वैधता {date}
===
वाईफाई पासवर्ड है {wifi}
===
{name} जी, आपका ऑर्डर {order} कल तक डिलीवर होगा। संपर्क: {phone_in}
"""

TA = r"""
பெயர்: {name}
பிறந்த தேதி: {dob_dash}
முகவரி: {addr_in_ta}
===
கடவுச்சொல்: {pw}
"""

BN = r"""
নাম: {name}
জন্ম তারিখ: {dob_eu}
ঠিকানা: {addr_bd}
===
পাসওয়ার্ড: {pw}
"""

TH = r"""
ชื่อ: {name}
วันเกิด: {dob_be}
ที่อยู่: {addr_th}
===
หนังสือเดินทางเลขที่ {pp_th}
===
รหัสไวไฟคือ {wifi}
===
คุณ{given} คำสั่งซื้อ {order} จะจัดส่งวันที่ {date}
"""

VI = r"""
Họ và tên: {name}
Ngày sinh: {dob_eu}
Địa chỉ: {addr_vn}
===
số hộ chiếu {pp_vn}, ngày sinh {dob_vi}
===
mật khẩu wifi là {wifi}
===
Chào {name}, đơn hàng {order} sẽ giao vào {date}. SĐT người nhận: {phone_vn}
"""

ID_ = r"""
Nama: {name}
Tanggal lahir: {dob_id}
Alamat: {addr_id}
===
nomor paspor {pp_id}, berlaku sampai {date}
===
password wifi nya {wifi} ya kak
===
Halo kak {given}, pesanan {order} dikirim tanggal {date} ke {addr_id}.
"""

TL = r"""
Pangalan: {name}
Petsa ng kapanganakan: {dob_tl}
Tirahan: {addr_ph}
===
pasaporte ko ay {pp_ph}, expiry {date}
===
yung password ng wifi ay {wifi} ha
"""

MS = r"""
Nama: {name}
Tarikh lahir: {dob_eu}
Alamat: {addr_my}
===
kata laluan wifi: {wifi}
"""

SW = r"""
Jina: {name}
Tarehe ya kuzaliwa: {dob_sw}
Anwani: {addr_ke}
===
nenosiri la wifi ni {wifi}
"""

ZH = r"""
姓名：{name}
出生日期：{dob_zh}
地址：{addr_cn}
电话：{phone_cn}
===
护照号码：{pp_cn}
===
wifi密码是 {wifi}，别告诉别人
===
请帮我翻译成英文：“本人{name}，出生于{dob_zh}，现住{addr_cn}。”
===
收货地址：{addr_tw}，收件人 {name}
===
订单号 {order} 已发货，快递单号 {tracking}。
===
数据库密码：{pw_strong}
"""

JA = r"""
氏名：{name}
生年月日：{dob_ja}
住所：{addr_jp}
電話番号：{phone_jp}
===
運転免許証番号：{dl_jp}
===
パスポート番号：{pp_jp}
===
wifiのパスワードは {wifi} です
===
{family}様
ご注文（注文番号 {order}）は {date} に発送いたしました。
===
英語に翻訳してください：「{name}、生年月日 {dob_jera}、住所 {addr_jp}」
===
お届け先：
{addrml_jp}
{name} 様
===
暗証番号は {pin} です。
===
会議は{date}の{time}からです。チケット {jira}。
"""

KO = r"""
이름: {name}
생년월일: {dob_ko}
주소: {addr_kr}
연락처: {phone_kr}
===
운전면허번호: {dl_kr}
===
여권번호: {pp_kr}
===
와이파이 비밀번호는 {wifi} 입니다
===
{name}님, 주문하신 상품({order})이 {date}에 발송되었습니다.
===
배송지: {addr_kr}
===
비밀번호: {pw}
"""

KA = r"""
სახელი: {name}
დაბადების თარიღი: {dob_ka}
მისამართი: {addr_ge}
===
wifi პაროლი: {wifi}
"""

INTL_IDS = {
    "de": r"""
Führerschein-Nr.: {dl_de}
Klassen: B, BE, AM
Ausstellungsdatum: {date_dot}
Inhaber: {name}
===
Moin, ich hab meinen Führerschein verloren. Die Nummer war {dl_de}, geb. am {dob_dot}. Muss ich das bei der Polizei melden?
===
Reisepassnummer {pp_de} und die vom Kinderreisepass {pp_de} – beide laufen im {date} ab, lohnt sich ein Express-Antrag?
===
Scan (OCR) des Passes, bitte Felder auslesen:
{mrz}
""",
    "fr": r"""
permis de conduire n° {dl_fr} — catégorie B, délivré le {date_eu} par la préfecture de {city}
===
J'ai perdu mon passeport (numéro de passeport {pp_fr}) à {city}. Le consulat me demande aussi l'ancien : {pp_fr}.
===
Bonjour, pour l'inscription à l'auto-école il faut le NEPH ou le numéro du permis ? le mien : {dl_fr}
""",
    "es": r"""
número de pasaporte {pp_es}, caduca el {date_eu}; el de mi marido {name.1} es {pp_es}
===
Mi licencia de conducir mexicana es {dl_mx}, ¿sirve para rentar coche en España?
===
DNI / permiso de conducción: {dl_es} — titular {name}, fecha de nacimiento {dob_eu}
""",
    "it": r"""
Ho smarrito la patente n. {dl_it}, rilasciata il {date_eu}. Devo fare denuncia ai Carabinieri?
===
numero del passaporto: {pp_it} — scadenza {date_eu}
""",
    "pt": r"""
Carteira de motorista (CNH) nº registro {dl_br}, categoria AB, validade {date_eu}
===
meu passaporte {pp_br} vence mês que vem, dá pra viajar pros EUA com ele?
""",
    "nl": r"""
rijbewijsnummer {dl_nl}, afgegeven door gemeente {city} op {date_dash}
===
Mijn paspoort ({pp_nl}) is gestolen, het nieuwe nummer is {pp_nl}.
""",
    "pl": r"""
prawo jazdy nr {dl_pl}, kat. B, ważne do {date}; numer paszportu {pp_pl}
===
Zgubiłem paszport nr {pp_pl} w {city}. {name}, ur. {dob_pl}.
""",
    "sv": r"""
Passnummer: {pp_se}
Namn: {name}
Personuppgifter: född {dob_sv}
""",
    "tr": r"""
pasaport no {pp_tr}, ehliyet no {dl_de} (Almanya'dan). doğum tarihi {dob_tr}, ad soyad {name}
""",
    "ru": r"""
номер паспорта (внутренний): {pp_ru}, загранпаспорт: {pp_ru}. Дата рождения {dob_ru}
===
Водительское удостоверение: {dl_ru}, выдано {date}, действительно до {date}
""",
    "uk": r"""
Закордонний паспорт {pp_ua}, термін дії до {date}. {name}
""",
    "ja": r"""
運転免許証番号 {dl_jp}
氏名 {name}
生年月日 {dob_jera}生
===
パスポート番号は {pp_jp} です。旧パスポート（{pp_jp}）は失効済み。
""",
    "ko": r"""
운전면허번호 {dl_kr} / 여권번호 {pp_kr} / 생년월일 {dob_ko}
===
여권 재발급 신청했어요. 구 여권번호 {pp_kr}, 새 여권번호 {pp_kr}
""",
    "zh": r"""
护照号码 {pp_cn}，有效期至{date}。出生日期：{dob_zh}
===
我的驾照是在美国考的，加州驾照号码 {dl_ca}，能在国内换证吗？
""",
    "hi": r"""
मेरा ड्राइविंग लाइसेंस नंबर {dl_in} है और पासपोर्ट नंबर {pp_in}
""",
    "ar": r"""
رقم جواز السفر {pp_eg}، تاريخ الانتهاء {date}، الاسم {name}
""",
    "id": r"""
no SIM saya {dl_nsw}? bukan, itu SIM Australia. paspor saya {pp_id}, tanggal lahir {dob_id}
""",
    "th": r"""
เลขที่ใบขับขี่ออสเตรเลีย {dl_vic} หนังสือเดินทาง {pp_th}
""",
    "vi": r"""
bằng lái xe Hàn Quốc số {dl_kr}, hộ chiếu {pp_vn}, ngày sinh {dob_eu}
""",
    "el": r"""
αριθμός διαβατηρίου {pp_gr}, ημερομηνία γέννησης {dob_eu}
""",
    "he": r"""
מספר דרכון {pp_il}, תוקף עד {date}, תאריך לידה {dob_dot}
""",
}

EN_MORE = r"""
# production.env — DO NOT COMMIT
OPENAI_API_KEY={openai}
ANTHROPIC_API_KEY={anthropic}
REDIS_URL={dburl}
LOG_LEVEL=info
APP_VERSION={ver}
===
services:
  api:
    image: acme/api:{ver}
    environment:
      - DB_PASSWORD={pw_strong}
      - JWT_SECRET={hexkey}
      - STRIPE_KEY={stripe}
    ports:
      - "{port}:{port}"
===
>>> requests.get(url, headers={"X-API-Key": "{gkey}"}).status_code
403
===
git log -p | grep -i key
+GITHUB_TOKEN={ghp}
+SENDGRID_API_KEY={sendgrid}
===
my parents' alarm code is {code} and the garage keypad is {code}, write them in the house notes doc please
===
new laptop setup: user {given_low}, password {pw}, bitlocker PIN {pin6}
===
Error 401 with token {bearer} — I regenerated it twice. model {model}, request {uuid}
===
[mysql]
user=report_ro
password={pw}
host={host}
===
psql "postgresql://analytics:{pw_strong}@{host}:5432/warehouse?sslmode=require"
===
api keys rotated {date}: old={openai} new={openai}
===
the old office was {addr_us}; new office from {date}: {addr_us}
===
Return address: {addrc_de}
Recipient: {name}, {addrmlc_jp}
===
Addresses on file:
Home: {addr_uk}
Work: {addr_uk}
===
customers.csv
id,address,postcode_verified
{num},"{addr_au}",yes
{num},"{addr_nz}",no
{num},"{addr_au}",yes
===
pickup at {addr_ca}, dropoff at {addr_us}, driver notes: call on arrival
===
yes the venue is {addr_es}, not the hotel on Gran Vía — that one is just where we sleep
===
licence numbers from the incident report: {dl_wa} (vehicle 1), {dl_wa} (vehicle 2)
===
DL renewal reminder: license {dl_ga} expires {date_fut}. Renew online at least 30 days before.
===
my UK licence {dl_uk} has the old address; DVLA form D1 asks for the new one: {addr_uk}
===
Xfer to {iban_ch} (CHF account) and card {cc} for the deposit please
===
node {mac} registered with {ipp}, upstream {ip6}
===
ssn {ssn} ssn {ssn} — why does the payroll export have duplicates for the same employee?
"""

INTL_SECRETS = {
    "de": r"""
Das Passwort lautet {pw} – bitte nicht per Mail weiterleiten. Der Tresor-PIN ist {pin}.
===
Zugangsdaten fürs Kundenportal:
Benutzer: {email_p}
Kennwort: {pw}
""",
    "fr": r"""
Identifiants du serveur : root / {pw_strong}. Le digicode de l'immeuble est {code}.
""",
    "es": r"""
clave del banco: {pin6}, contraseña de la app: {pw}. no me acuerdo cuál es cuál 😅
""",
    "ru": r"""
доступ к серверу: ssh deploy@{ip}, пароль {pw_strong}. токен бота: {slack}
""",
    "ja": r"""
APIキー: {openai}
（本番環境用です。共有しないでください）
""",
    "zh": r"""
服务器密码是 {pw_strong}，门禁密码 {code}
""",
    "ko": r"""
공동현관 비밀번호는 {code}이고 와이파이는 {wifi}야
""",
    "pt": r"""
Endereço da festa: {addr_br}. Senha do portão: {code}
""",
    "it": r"""
la password di amministratore è {pw} e il PIN della SIM è {pin}
""",
    "tr": r"""
şifre: {pw} — kapı kodu {code}
""",
    "pl": r"""
Hasło do panelu: {pw_strong}, PIN do karty {pin}
""",
    "nl": r"""
Adres: {addr_nl}, sleutelkastje code {code}
""",
    "ar": r"""
العنوان: {addr_eg}، رقم الهاتف {phone_eg}
""",
    "he": r"""
הכתובת שלי: {addr_il}, קוד לשער {code}
""",
    "el": r"""
Διεύθυνση παράδοσης: {addr_gr}, κουδούνι {family}
""",
    "hi": r"""
पता: {addrml_in}
""",
}

# A block may be given as (block, weight): its templates are drawn weight times per pass.
TEMPLATES: dict[str, list] = {
    "en": [
        EN_DL,
        EN_PP,
        EN_DOB,
        EN_SECRET,
        EN_ADDR,
        EN_OTHER,
        EN_NEG,
        (EN_IDS2, 2),
        (EN_OTHER2, 2),
        EN_MORE,
    ],
    "de": [DE],
    "fr": [FR],
    "es": [ES],
    "it": [IT],
    "pt": [PT],
    "nl": [NL],
    "pl": [PL],
    "cs": [CS],
    "hu": [HU],
    "ro": [RO],
    "sv": [SV],
    "no": [NO],
    "da": [DA],
    "fi": [FI],
    "tr": [TR],
    "el": [EL],
    "ru": [RU],
    "uk": [UK],
    "he": [HE],
    "ar": [AR],
    "fa": [FA],
    "hi": [HI],
    "ta": [TA],
    "bn": [BN],
    "th": [TH],
    "vi": [VI],
    "id": [ID_],
    "tl": [TL],
    "ms": [MS],
    "sw": [SW],
    "zh": [ZH],
    "ja": [JA],
    "ko": [KO],
    "ka": [KA],
}

for _lang, _block in INTL_IDS.items():
    TEMPLATES[_lang].append(_block)
for _lang, _block in INTL_SECRETS.items():
    TEMPLATES[_lang].append(_block)
