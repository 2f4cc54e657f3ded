# ruff: noqa: E501
"""Data for dev12 (see ``bench.sanitizer_dev12``): templates, hand-picked names and value pools.

Everything here was written by hand for this set, without reading the sanitizer's rules, tests,
docs or other benchmark sets. Names are hand-picked for 48 cultures ("native|romanized", with
"male/female" forms for gendered surnames); they do not come from a name library.

Template placeholders (``⟦...⟧``):
  labeled    p1..p5 person slots (.f first, .l last, .fl lowercase first, .r romanized full,
             .rf/.rl romanized first/last, .ini "J. Smith", .rev "Smith, John", .LF "SMITH John",
             .L upper last, .lc lowercase full, .email) with optional ":culture,m|f,n|r" on first
             use; INFL:<key> inflected names; EMAIL PHONE CARD IBAN SSN ITIN IP IP4 IPPRIV IP6 MAC
             BTC ETH CRYPTO DOB ADDR DL PASSPORT SECRET:<kind>, each with an optional ":arg".
  unlabeled  p1.handle (usernames such as "jsmith"), uuid sha sha7 sha256 ver winver num order
             invoice ticket case port ts time date amount epoch pid hexaddr tracking flight pnr
             city prod co place sw ph n, and ``⟦=literal⟧`` for a look-alike written in place.
  ``#k`` after a placeholder repeats the same value (e.g. ``⟦IBAN:de#1⟧``).
"""

# ---------------------------------------------------------------------------------------------
# names: m = male given names, f = female given names, l = surnames
# ---------------------------------------------------------------------------------------------

NAMES: dict[str, dict] = {
    "en_us": {
        "lang": "en",
        "m": [
            "James",
            "Michael",
            "Tyler",
            "Brandon",
            "DeShawn",
            "Kevin",
            "Robert",
            "Cody",
            "Marcus",
            "Ethan",
            "Garrett",
            "Austin",
        ],
        "f": [
            "Jennifer",
            "Ashley",
            "Megan",
            "Brittany",
            "Keisha",
            "Lauren",
            "Kayla",
            "Stephanie",
            "Madison",
            "Heather",
            "Shannon",
            "Tiffany",
        ],
        "l": [
            "Johnson",
            "Miller",
            "Thompson",
            "Carter",
            "Patterson",
            "Brooks",
            "Sullivan",
            "Henderson",
            "Whitaker",
            "Coleman",
            "Reynolds",
            "Dawson",
            "Jenkins",
            "Hayes",
        ],
    },
    "en_uk": {
        "lang": "en",
        "m": [
            "Oliver",
            "Harry",
            "Callum",
            "Jack",
            "Alfie",
            "Rhys",
            "Gareth",
            "Nigel",
            "Rupert",
            "Declan",
        ],
        "f": [
            "Amelia",
            "Chloe",
            "Sophie",
            "Bethany",
            "Imogen",
            "Harriet",
            "Poppy",
            "Gemma",
            "Lydia",
            "Eleanor",
        ],
        "l": [
            "Hughes",
            "Davies",
            "Pritchard",
            "Whitfield",
            "Ashworth",
            "Barker",
            "Fletcher",
            "Holloway",
            "Cartwright",
            "Pemberton",
            "Thwaite",
            "Braithwaite",
        ],
    },
    "ie": {
        "lang": "en",
        "m": ["Cian", "Oisín", "Seán", "Pádraig", "Conor", "Eoin", "Ruairí"],
        "f": ["Aoife", "Siobhán", "Niamh", "Caoimhe", "Róisín", "Saoirse", "Clodagh"],
        "l": [
            "O'Sullivan",
            "McCarthy",
            "Byrne",
            "Kavanagh",
            "Doherty",
            "Fitzgerald",
            "O'Connell",
            "Ní Bhriain",
            "Mac Giolla",
        ],
    },
    "de": {
        "lang": "de",
        "m": [
            "Jürgen",
            "Lukas",
            "Maximilian",
            "Tobias",
            "Florian",
            "Dieter",
            "Jonas",
            "Matthias",
            "Bernd",
            "Henrik",
        ],
        "f": [
            "Sabine",
            "Anneliese",
            "Lena",
            "Katharina",
            "Ursula",
            "Svenja",
            "Johanna",
            "Jana",
            "Birgit",
            "Friederike",
        ],
        "l": [
            "Müller",
            "Schneider",
            "Weißenborn",
            "Hoffmann",
            "Krüger",
            "Bergmann",
            "Schäfer",
            "Vogt",
            "Zimmermann",
            "Lehmann",
            "Oberhuber",
            "Brandstätter",
        ],
    },
    "fr": {
        "lang": "fr",
        "m": [
            "Étienne",
            "Julien",
            "Thibault",
            "Mathieu",
            "Lucas",
            "Gaëtan",
            "Benoît",
            "Yannick",
            "Rémi",
            "Jean-Baptiste",
        ],
        "f": [
            "Camille",
            "Océane",
            "Élodie",
            "Margaux",
            "Sophie",
            "Chloé",
            "Aurélie",
            "Inès",
            "Anne-Laure",
            "Solène",
        ],
        "l": [
            "Dubois",
            "Lefèvre",
            "Moreau",
            "Fontaine",
            "Girard",
            "Rousseau",
            "Lambert",
            "Chevalier",
            "Mercier",
            "Faure",
            "Le Goff",
            "Benali",
        ],
    },
    "es": {
        "lang": "es",
        "m": ["Javier", "Alejandro", "Sergio", "Álvaro", "Iñaki", "Jorge", "Rubén", "Xavier"],
        "f": ["Lucía", "Carmen", "Nerea", "Marta", "Ainhoa", "Paula", "Begoña", "Montserrat"],
        "l": [
            "García López",
            "Fernández",
            "Martínez Ruiz",
            "Sánchez",
            "Iglesias",
            "Etxeberria",
            "Navarro",
            "Romero",
            "Gil Ortega",
            "Puig i Serra",
        ],
    },
    "mx": {
        "lang": "es",
        "m": ["José Luis", "Juan Carlos", "Emiliano", "Ricardo", "Diego", "Armando", "Ulises"],
        "f": ["Guadalupe", "Ximena", "María Fernanda", "Alejandra", "Itzel", "Daniela", "Yesenia"],
        "l": [
            "Hernández",
            "Ramírez Ortiz",
            "Gutiérrez",
            "Velázquez",
            "Castañeda",
            "Morales",
            "Cruz Mendoza",
            "Tlacuilo",
        ],
    },
    "br": {
        "lang": "pt",
        "m": ["João", "Thiago", "Rafael", "Gustavo", "Luiz Felipe", "Caio", "Wesley"],
        "f": ["Ana Beatriz", "Larissa", "Fernanda", "Juliana", "Gabriela", "Thaís", "Jéssica"],
        "l": [
            "da Silva",
            "Oliveira",
            "Souza",
            "Pereira",
            "Carvalho",
            "Rodrigues",
            "Nascimento",
            "Almeida",
            "dos Santos",
        ],
    },
    "pt": {
        "lang": "pt",
        "m": ["Tiago", "Duarte", "Gonçalo", "Rui", "Nuno"],
        "f": ["Inês", "Leonor", "Matilde", "Beatriz", "Mariana"],
        "l": ["Ferreira", "Costa", "Rodrigues", "Martins", "Sousa", "Gonçalves", "Vasconcelos"],
    },
    "it": {
        "lang": "it",
        "m": ["Giuseppe", "Alessandro", "Lorenzo", "Matteo", "Davide", "Francesco", "Gianluca"],
        "f": ["Giulia", "Chiara", "Francesca", "Alessia", "Federica", "Martina", "Antonella"],
        "l": [
            "Rossi",
            "Bianchi",
            "Esposito",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "De Luca",
            "Greco",
            "Lo Presti",
        ],
    },
    "nl": {
        "lang": "nl",
        "m": ["Daan", "Bram", "Sven", "Jeroen", "Pieter", "Thijs", "Joost"],
        "f": ["Sanne", "Femke", "Lotte", "Anouk", "Marieke", "Eva", "Floor"],
        "l": [
            "de Vries",
            "van den Berg",
            "Jansen",
            "Bakker",
            "Visser",
            "Smit",
            "van Dijk",
            "Mulder",
            "Kuipers",
        ],
    },
    "pl": {
        "lang": "pl",
        "m": ["Krzysztof", "Piotr", "Tomasz", "Łukasz", "Paweł", "Grzegorz", "Wojciech"],
        "f": ["Agnieszka", "Małgorzata", "Katarzyna", "Zofia", "Joanna", "Magdalena", "Beata"],
        "l": [
            "Kowalski/Kowalska",
            "Nowak",
            "Wiśniewski/Wiśniewska",
            "Wójcik",
            "Lewandowski/Lewandowska",
            "Zieliński/Zielińska",
            "Szymański/Szymańska",
            "Dąbrowski/Dąbrowska",
            "Kaczmarek",
        ],
    },
    "cs": {
        "lang": "cs",
        "m": ["Jiří", "Tomáš", "Ondřej", "Petr", "Vojtěch", "Radek"],
        "f": ["Tereza", "Kateřina", "Lucie", "Veronika", "Zuzana", "Markéta"],
        "l": [
            "Novák/Nováková",
            "Svoboda/Svobodová",
            "Dvořák/Dvořáková",
            "Černý/Černá",
            "Procházka/Procházková",
            "Kučera/Kučerová",
            "Veselý/Veselá",
        ],
    },
    "sv": {
        "lang": "sv",
        "m": ["Erik", "Lars", "Anders", "Johan", "Mattias", "Björn"],
        "f": ["Ingrid", "Astrid", "Elin", "Maja", "Linnéa", "Karin"],
        "l": [
            "Andersson",
            "Lindqvist",
            "Johansson",
            "Bergström",
            "Nyström",
            "Sjöberg",
            "Holm",
            "Åkesson",
        ],
    },
    "no": {
        "lang": "nb",
        "m": ["Håkon", "Magnus", "Sindre", "Eirik", "Ole Kristian"],
        "f": ["Solveig", "Ingvild", "Kari", "Sigrid", "Ragnhild"],
        "l": ["Hansen", "Johansen", "Haugen", "Bakke", "Solberg", "Strand", "Dahl", "Løvås"],
    },
    "da": {
        "lang": "da",
        "m": ["Mads", "Rasmus", "Søren", "Frederik", "Kasper"],
        "f": ["Mette", "Signe", "Ida", "Freja", "Line"],
        "l": ["Jensen", "Nielsen", "Sørensen", "Kristensen", "Mikkelsen", "Østergaard"],
    },
    "fi": {
        "lang": "fi",
        "m": ["Mikko", "Juha", "Antti", "Jari", "Ville"],
        "f": ["Aino", "Johanna", "Sanna", "Päivi", "Riikka", "Tuuli"],
        "l": ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Järvinen", "Heikkinen", "Lehtonen"],
    },
    "is": {
        "lang": "is",
        "m": ["Guðmundur", "Sigurður", "Einar", "Ragnar"],
        "f": ["Guðrún", "Sigríður", "Katrín", "Halldóra"],
        "l": [
            "Jónsson/Jónsdóttir",
            "Stefánsson/Stefánsdóttir",
            "Einarsson/Einarsdóttir",
            "Magnússon/Magnúsdóttir",
        ],
    },
    "hu": {
        "lang": "hu",
        "order": "lf",
        "m": ["László", "Zoltán", "Gábor", "Bence", "Attila"],
        "f": ["Zsófia", "Katalin", "Eszter", "Réka", "Ildikó"],
        "l": ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Szűcs"],
    },
    "ro": {
        "lang": "ro",
        "m": ["Andrei", "Mihai", "Ionuț", "Alexandru", "Bogdan"],
        "f": ["Ioana", "Andreea", "Elena", "Roxana", "Mădălina"],
        "l": ["Popescu", "Ionescu", "Dumitrescu", "Stan", "Constantinescu", "Munteanu", "Țurcanu"],
    },
    "tr": {
        "lang": "tr",
        "m": ["Mehmet", "Mustafa", "Emre", "Burak", "Oğuz", "Can"],
        "f": ["Ayşe", "Elif", "Zeynep", "Merve", "Büşra", "Gülşen"],
        "l": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Karagöz"],
    },
    "ru": {
        "lang": "ru",
        "script": "cyrl",
        "m": [
            "Дмитрий|Dmitry",
            "Алексей|Alexei",
            "Сергей|Sergey",
            "Андрей|Andrei",
            "Иван|Ivan",
            "Никита|Nikita",
        ],
        "f": [
            "Анна|Anna",
            "Екатерина|Ekaterina",
            "Ольга|Olga",
            "Наталья|Natalia",
            "Мария|Maria",
            "Юлия|Yulia",
        ],
        "l": [
            "Иванов/Иванова|Ivanov/Ivanova",
            "Смирнов/Смирнова|Smirnov/Smirnova",
            "Кузнецов/Кузнецова|Kuznetsov/Kuznetsova",
            "Соколов/Соколова|Sokolov/Sokolova",
            "Волков/Волкова|Volkov/Volkova",
            "Лебедев/Лебедева|Lebedev/Lebedeva",
            "Морозов/Морозова|Morozov/Morozova",
            "Белоусов/Белоусова|Belousov/Belousova",
        ],
    },
    "ua": {
        "lang": "uk",
        "script": "cyrl",
        "m": [
            "Олександр|Oleksandr",
            "Тарас|Taras",
            "Богдан|Bohdan",
            "Андрій|Andriy",
            "Михайло|Mykhailo",
        ],
        "f": ["Оксана|Oksana", "Олена|Olena", "Ірина|Iryna", "Софія|Sofiia", "Наталія|Nataliia"],
        "l": [
            "Коваленко|Kovalenko",
            "Бондаренко|Bondarenko",
            "Ткаченко|Tkachenko",
            "Мельник|Melnyk",
            "Кравчук|Kravchuk",
            "Бойко|Boiko",
            "Гнатюк|Hnatiuk",
        ],
    },
    "sr": {
        "lang": "sr",
        "script": "cyrl",
        "m": ["Милош|Miloš", "Стефан|Stefan", "Никола|Nikola", "Душан|Dušan"],
        "f": ["Јелена|Jelena", "Милица|Milica", "Драгана|Dragana", "Ана|Ana"],
        "l": [
            "Јовановић|Jovanović",
            "Петровић|Petrović",
            "Николић|Nikolić",
            "Ђорђевић|Đorđević",
            "Стојановић|Stojanović",
        ],
    },
    "hr": {
        "lang": "hr",
        "m": ["Ivan", "Marko", "Luka", "Dragan", "Krešimir"],
        "f": ["Ivana", "Jelena", "Marija", "Petra", "Vesna"],
        "l": ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Knežević"],
    },
    "lt": {
        "lang": "lt",
        "m": ["Mantas", "Tomas", "Darius", "Žygimantas"],
        "f": ["Gintarė", "Rūta", "Eglė", "Austėja"],
        "l": [
            "Kazlauskas/Kazlauskienė",
            "Petrauskas/Petrauskienė",
            "Jankauskas/Jankauskaitė",
            "Stankevičius/Stankevičiūtė",
        ],
    },
    "gr": {
        "lang": "el",
        "script": "grek",
        "m": [
            "Γιώργος|Giorgos",
            "Νίκος|Nikos",
            "Δημήτρης|Dimitris",
            "Κώστας|Kostas",
            "Γιάννης|Giannis",
        ],
        "f": [
            "Μαρία|Maria",
            "Ελένη|Eleni",
            "Κατερίνα|Katerina",
            "Σοφία|Sofia",
            "Δέσποινα|Despoina",
        ],
        "l": [
            "Παπαδόπουλος/Παπαδοπούλου|Papadopoulos/Papadopoulou",
            "Γεωργίου|Georgiou",
            "Οικονόμου|Oikonomou",
            "Νικολάου|Nikolaou",
            "Αντωνίου|Antoniou",
            "Καραγιάννης/Καραγιάννη|Karagiannis/Karagianni",
        ],
    },
    "he": {
        "lang": "he",
        "script": "hebr",
        "m": ["יוסי|Yossi", "אבי|Avi", "דניאל|Daniel", "איתי|Itai", "עומר|Omer"],
        "f": ["נועה|Noa", "מיכל|Michal", "שירה|Shira", "תמר|Tamar", "יעל|Yael"],
        "l": [
            "כהן|Cohen",
            "לוי|Levi",
            "מזרחי|Mizrahi",
            "פרץ|Peretz",
            "ביטון|Biton",
            "אברהמי|Avrahami",
            "פרידמן|Friedman",
        ],
    },
    "ar": {
        "lang": "ar",
        "script": "arab",
        "m": [
            "محمد|Mohammed",
            "أحمد|Ahmed",
            "خالد|Khaled",
            "عمر|Omar",
            "يوسف|Youssef",
            "فيصل|Faisal",
        ],
        "f": ["فاطمة|Fatima", "نور|Nour", "مريم|Mariam", "ليلى|Layla", "سارة|Sara", "هبة|Heba"],
        "l": [
            "العتيبي|Al-Otaibi",
            "الحسيني|Al-Husseini",
            "الشمري|Al-Shammari",
            "حداد|Haddad",
            "منصور|Mansour",
            "الزهراني|Al-Zahrani",
            "البنا|El-Banna",
        ],
    },
    "fa": {
        "lang": "fa",
        "script": "arab",
        "m": ["علی|Ali", "رضا|Reza", "مهدی|Mehdi", "امیر|Amir", "حسین|Hossein"],
        "f": ["زهرا|Zahra", "مریم|Maryam", "نگار|Negar", "شیرین|Shirin", "پریسا|Parisa"],
        "l": [
            "احمدی|Ahmadi",
            "حسینی|Hosseini",
            "رضایی|Rezaei",
            "کریمی|Karimi",
            "محمدی|Mohammadi",
            "تهرانی|Tehrani",
        ],
    },
    "ur": {
        "lang": "ur",
        "script": "arab",
        "m": ["عمران|Imran", "بلال|Bilal", "فہد|Fahad", "حسن|Hassan"],
        "f": ["عائشہ|Ayesha", "ثنا|Sana", "ماہ نور|Mahnoor", "زینب|Zainab"],
        "l": ["قریشی|Qureshi", "بٹ|Butt", "ملک|Malik", "چوہدری|Chaudhry", "شیخ|Sheikh"],
    },
    "hi": {
        "lang": "hi",
        "script": "deva",
        "m": ["राहुल|Rahul", "अमित|Amit", "विकास|Vikas", "अर्जुन|Arjun", "सुरेश|Suresh", "रोहित|Rohit"],
        "f": [
            "प्रिया|Priya",
            "अनीता|Anita",
            "नेहा|Neha",
            "पूजा|Pooja",
            "कविता|Kavita",
            "दीपिका|Deepika",
        ],
        "l": [
            "शर्मा|Sharma",
            "वर्मा|Verma",
            "गुप्ता|Gupta",
            "सिंह|Singh",
            "अग्रवाल|Agarwal",
            "मिश्रा|Mishra",
            "यादव|Yadav",
        ],
    },
    "ta": {
        "lang": "ta",
        "script": "taml",
        "m": ["கார்த்திக்|Karthik", "செந்தில்|Senthil", "அருண்|Arun", "முருகன்|Murugan"],
        "f": ["லட்சுமி|Lakshmi", "கவிதா|Kavitha", "மீனா|Meena", "தேவி|Devi"],
        "l": [
            "சுப்பிரமணியன்|Subramanian",
            "ராமசாமி|Ramasamy",
            "கிருஷ்ணன்|Krishnan",
            "வேங்கடேசன்|Venkatesan",
        ],
    },
    "bn": {
        "lang": "bn",
        "script": "beng",
        "m": ["সৌরভ|Sourav", "আরিফ|Arif", "তানভীর|Tanvir", "রফিক|Rafiq", "অনির্বাণ|Anirban"],
        "f": ["তাসলিমা|Taslima", "নুসরাত|Nusrat", "সুমাইয়া|Sumaiya", "পারমিতা|Paromita", "রুমানা|Rumana"],
        "l": [
            "চৌধুরী|Chowdhury",
            "হোসেন|Hossain",
            "রহমান|Rahman",
            "বন্দ্যোপাধ্যায়|Banerjee",
            "দাস|Das",
            "ইসলাম|Islam",
        ],
    },
    "th": {
        "lang": "th",
        "script": "thai",
        "m": ["สมชาย|Somchai", "ธนากร|Thanakorn", "อนุชา|Anucha", "ประเสริฐ|Prasert"],
        "f": ["สุดารัตน์|Sudarat", "พิมพ์ชนก|Pimchanok", "กนกวรรณ|Kanokwan", "ณัฐธิดา|Natthida"],
        "l": ["ใจดี|Jaidee", "ศรีสุข|Srisuk", "วงศ์สวัสดิ์|Wongsawat", "บุญมา|Boonma", "แก้วมณี|Kaewmanee"],
    },
    "zh": {
        "lang": "zh",
        "script": "hani",
        "order": "lf",
        "rorder": "lf",
        "sep": "",
        "m": ["伟|Wei", "强|Qiang", "建国|Jianguo", "浩然|Haoran", "子轩|Zixuan", "志明|Zhiming"],
        "f": ["芳|Fang", "秀英|Xiuying", "静|Jing", "欣怡|Xinyi", "丽娟|Lijuan", "雨桐|Yutong"],
        "l": [
            "王|Wang",
            "李|Li",
            "张|Zhang",
            "刘|Liu",
            "陈|Chen",
            "杨|Yang",
            "黄|Huang",
            "欧阳|Ouyang",
        ],
    },
    "ja": {
        "lang": "ja",
        "script": "jpan",
        "order": "lf",
        "rorder": "fl",
        "sep": "",
        "m": ["太郎|Taro", "健太|Kenta", "翔太|Shota", "大輔|Daisuke", "拓海|Takumi", "浩|Hiroshi"],
        "f": [
            "花子|Hanako",
            "さくら|Sakura",
            "美咲|Misaki",
            "陽菜|Hina",
            "由美|Yumi",
            "真由美|Mayumi",
        ],
        "l": [
            "佐藤|Sato",
            "鈴木|Suzuki",
            "高橋|Takahashi",
            "田中|Tanaka",
            "渡辺|Watanabe",
            "伊藤|Ito",
            "山本|Yamamoto",
            "中村|Nakamura",
            "小林|Kobayashi",
        ],
    },
    "ko": {
        "lang": "ko",
        "script": "hang",
        "order": "lf",
        "rorder": "fl",
        "sep": "",
        "m": ["민준|Minjun", "서준|Seojun", "지훈|Jihoon", "현우|Hyunwoo", "동현|Donghyun"],
        "f": ["서연|Seoyeon", "지민|Jimin", "수빈|Subin", "하은|Haeun", "예진|Yejin"],
        "l": ["김|Kim", "이|Lee", "박|Park", "최|Choi", "정|Jung", "강|Kang", "윤|Yoon"],
    },
    "vi": {
        "lang": "vi",
        "order": "lf",
        "rorder": "lf",
        "m": ["Văn Minh", "Tuấn Anh", "Đức Huy", "Quang Hải", "Minh Khoa"],
        "f": ["Thu Hương", "Ngọc Lan", "Thị Thảo", "Khánh Linh", "Bảo Ngọc"],
        "l": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng"],
    },
    "id": {
        "lang": "id",
        "m": ["Budi", "Agus", "Rizky", "Dimas", "Andi"],
        "f": ["Siti", "Dewi", "Putri", "Ayu", "Rina"],
        "l": ["Santoso", "Wijaya", "Saputra", "Hidayat", "Kusuma", "Pratama", "Nasution"],
    },
    "tl": {
        "lang": "tl",
        "m": ["Jose Miguel", "Mark Anthony", "Paolo", "Rommel", "Jun-Jun"],
        "f": ["Maricel", "Kristine", "Angelica", "Rowena", "Jocelyn"],
        "l": ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Manalo"],
    },
    "ka": {
        "lang": "ka",
        "script": "geor",
        "m": ["გიორგი|Giorgi", "ლევან|Levan", "დავით|Davit", "ნიკა|Nika", "ირაკლი|Irakli"],
        "f": ["ნინო|Nino", "თამარ|Tamar", "მარიამ|Mariam", "ანა|Ana", "ეკატერინე|Ekaterine"],
        "l": [
            "ბერიძე|Beridze",
            "მაისურაძე|Maisuradze",
            "კაპანაძე|Kapanadze",
            "გელაშვილი|Gelashvili",
            "ჯაფარიძე|Japaridze",
            "ლომიძე|Lomidze",
        ],
    },
    "hy": {
        "lang": "hy",
        "script": "armn",
        "m": ["Արամ|Aram", "Տիգրան|Tigran", "Դավիթ|Davit", "Հայկ|Hayk"],
        "f": ["Անի|Ani", "Լուսինե|Lusine", "Նարե|Nare", "Մարիամ|Mariam"],
        "l": [
            "Հակոբյան|Hakobyan",
            "Սարգսյան|Sargsyan",
            "Պետրոսյան|Petrosyan",
            "Գրիգորյան|Grigoryan",
            "Ավետիսյան|Avetisyan",
        ],
    },
    "am": {
        "lang": "am",
        "script": "ethi",
        "m": ["አበበ|Abebe", "ዳዊት|Dawit", "ተስፋዬ|Tesfaye", "ሰለሞን|Solomon"],
        "f": ["ብርቱካን|Birtukan", "መሰረት|Meseret", "ትዕግስት|Tigist", "ሀና|Hanna"],
        "l": [
            "ገብረመድህን|Gebremedhin",
            "ተክሌ|Tekle",
            "በቀለ|Bekele",
            "ወልደማርያም|Woldemariam",
            "ታደሰ|Tadesse",
        ],
    },
    "yo": {
        "lang": "yo",
        "m": ["Oluwaseun", "Adebayo", "Babatunde", "Olumide", "Tunde"],
        "f": ["Folasade", "Temitope", "Omolara", "Yetunde", "Funmilayo"],
        "l": ["Adeyemi", "Ogunleye", "Balogun", "Akinola", "Oyelaran", "Adebisi"],
    },
    "ig": {
        "lang": "ig",
        "m": ["Chukwuemeka", "Obinna", "Nnamdi", "Ikenna", "Chidi"],
        "f": ["Ngozi", "Chiamaka", "Adaeze", "Nneka", "Ifeoma"],
        "l": ["Okonkwo", "Nwosu", "Eze", "Okafor", "Obi", "Nwachukwu"],
    },
    "sw": {
        "lang": "sw",
        "m": ["Baraka", "Juma", "Kamau", "Omondi", "Kipchoge"],
        "f": ["Wanjiru", "Achieng", "Neema", "Amani", "Zawadi"],
        "l": ["Mwangi", "Otieno", "Njoroge", "Kariuki", "Odhiambo", "Wekesa"],
    },
    "zu": {
        "lang": "zu",
        "m": ["Sipho", "Thabo", "Mandla", "Bongani", "Lwazi"],
        "f": ["Nomvula", "Thandiwe", "Zanele", "Lindiwe", "Nokuthula"],
        "l": ["Dlamini", "Nkosi", "Ndlovu", "Khumalo", "Mthembu", "Zungu"],
    },
}

# inflected full or given names, written by hand (case noted in the key)
INFLECTED: dict[str, list[str]] = {
    "ru_dat": [
        "Ивану Петрову",
        "Марии Соколовой",
        "Дмитрию Волкову",
        "Анне Кузнецовой",
        "Сергею Лебедеву",
        "Ольге Морозовой",
    ],
    "ru_gen": [
        "Ивана Петрова",
        "Марии Соколовой",
        "Алексея Смирнова",
        "Натальи Ивановой",
        "Андрея Кузнецова",
        "Юлии Волковой",
    ],
    "ru_ins": [
        "Иваном Петровым",
        "Екатериной Смирновой",
        "Никитой Морозовым",
        "Ольгой Лебедевой",
        "Сергеем Белоусовым",
    ],
    "pl_gen": [
        "Krzysztofa Nowaka",
        "Agnieszki Kowalskiej",
        "Piotra Wiśniewskiego",
        "Małgorzaty Zielińskiej",
        "Tomasza Wójcika",
        "Zofii Lewandowskiej",
    ],
    "pl_ins": [
        "Pawłem Szymańskim",
        "Katarzyną Dąbrowską",
        "Łukaszem Kaczmarkiem",
        "Joanną Nowak",
        "Grzegorzem Wójcikiem",
    ],
    "cs_voc": ["Petře", "Tereze", "Tomáši", "Lucie", "Jiří", "Kateřino", "Ondřeji", "Veroniko"],
    "cs_dat": [
        "Janu Novákovi",
        "Petru Svobodovi",
        "Lucii Dvořákové",
        "Tereze Černé",
        "Radku Veselému",
    ],
    "fi_all": ["Mikolle", "Ainolle", "Jarille", "Sannalle", "Villelle", "Riikalle", "Päiville"],
    "uk_voc": ["Олександре", "Тарасе", "Оксано", "Олено", "Ірино", "Богдане"],
    "uk_dat": [
        "Олені Коваленко",
        "Андрію Бондаренку",
        "Ірині Мельник",
        "Богдану Ткаченку",
        "Софії Кравчук",
    ],
    "hu_dat": [
        "Nagy Lászlónak",
        "Kovács Eszternek",
        "Tóth Gábornak",
        "Szabó Rékának",
        "Varga Zoltánnak",
    ],
    "el_voc": ["Γιώργο", "Νίκο", "Κώστα", "Δημήτρη", "Γιάννη"],
    "de_gen": ["Annas", "Jürgens", "Lenas", "Svenjas", "Florians", "Katharinas"],
}

EMAIL_DOMAINS: dict[str, list[str]] = {
    "_": [
        "gmail.com",
        "gmail.com",
        "gmail.com",
        "outlook.com",
        "yahoo.com",
        "hotmail.com",
        "icloud.com",
        "proton.me",
        "fastmail.com",
        "northwind-logistics.com",
        "brightlane.io",
        "acmecorp.com",
        "meridianhealth.org",
        "quantaloop.ai",
        "peakridge-realty.com",
        "lumenlabs.dev",
        "kestrel-finance.com",
        "bluecedar.net",
        "orbitalworks.io",
        "harbourview-dental.co.uk",
    ],
    "en_us": ["aol.com", "comcast.net", "att.net", "verizon.net"],
    "en_uk": ["btinternet.com", "sky.com", "hotmail.co.uk", "virginmedia.com"],
    "ie": ["eircom.net"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "stadtwerke-rheinau.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr"],
    "es": ["telefonica.net", "yahoo.es", "hotmail.es"],
    "mx": ["prodigy.net.mx", "hotmail.com"],
    "br": ["uol.com.br", "bol.com.br", "terra.com.br", "globo.com"],
    "pt": ["sapo.pt"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz"],
    "sv": ["telia.com", "bredband.net"],
    "no": ["online.no"],
    "fi": ["elisanet.fi"],
    "hu": ["freemail.hu", "citromail.hu"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "inbox.ru"],
    "ua": ["ukr.net", "i.ua"],
    "gr": ["otenet.gr", "yahoo.gr"],
    "he": ["walla.co.il", "netvision.net.il"],
    "hi": ["rediffmail.com", "yahoo.co.in"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "nifty.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net", "kakao.com"],
    "zu": ["webmail.co.za", "mweb.co.za"],
}

# ---------------------------------------------------------------------------------------------
# locales
# ---------------------------------------------------------------------------------------------

LOC_CC: dict[str, str] = {
    "en-us": "us",
    "en-uk": "uk",
    "en-in": "in",
    "en-au": "au",
    "en-ca": "ca",
    "en-ie": "ie",
    "en-ng": "ng",
    "en-za": "za",
    "en-ke": "ke",
    "en-ph": "ph",
    "de": "de",
    "de-at": "at",
    "de-ch": "ch",
    "fr": "fr",
    "es": "es",
    "es-mx": "mx",
    "pt-br": "br",
    "pt": "pt",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "cs": "cz",
    "sv": "se",
    "nb": "no",
    "da": "dk",
    "fi": "fi",
    "hu": "hu",
    "ro": "ro",
    "tr": "tr",
    "ru": "ru",
    "uk": "ua",
    "el": "gr",
    "he": "il",
    "fa": "ir",
    "hi": "in",
    "hi-latn": "in",
    "bn": "bd",
    "th": "th",
    "zh": "cn",
    "ja": "jp",
    "ko": "kr",
    "vi": "vn",
    "id": "id",
    "ka": "ge",
    "sw": "ke",
    "tl": "ph",
}
LOC_CC_CHOICES: dict[str, list[str]] = {
    "en": ["us", "us", "us", "us", "uk", "uk", "ca", "au", "in", "ie", "ng", "za"],
    "ar": ["sa", "ae", "eg"],
}
# cultures for person slots; "*" = any culture (romanized unless the template's language matches)
LOC_CULTURES: dict[str, list[str]] = {
    "en": ["en_us", "en_us", "en_us", "en_uk", "en_uk", "*", "*", "*", "*", "*"],
    "en-us": ["en_us", "en_us", "en_us", "en_us", "mx", "*", "*", "hi", "zh", "ko", "ig"],
    "en-uk": ["en_uk", "en_uk", "en_uk", "en_uk", "ie", "hi", "ur", "pl", "*", "yo"],
    "en-in": ["hi", "hi", "ta", "bn", "hi"],
    "en-au": ["en_uk", "en_uk", "zh", "it", "gr", "vi", "*"],
    "en-ca": ["en_us", "fr", "zh", "hi", "ua", "*"],
    "en-ie": ["ie", "ie", "en_uk", "pl"],
    "en-ng": ["yo", "ig"],
    "en-za": ["zu", "en_uk", "zu"],
    "en-ke": ["sw"],
    "en-ph": ["tl"],
    "de": ["de", "de", "de", "de", "tr", "pl", "*"],
    "fr": ["fr", "fr", "fr", "fr", "ar", "*"],
    "es": ["es"],
    "es-mx": ["mx"],
    "pt-br": ["br"],
    "pt": ["pt"],
    "it": ["it"],
    "nl": ["nl", "nl", "nl", "tr"],
    "pl": ["pl"],
    "cs": ["cs"],
    "sv": ["sv"],
    "nb": ["no"],
    "da": ["da"],
    "fi": ["fi"],
    "hu": ["hu"],
    "ro": ["ro"],
    "tr": ["tr"],
    "ru": ["ru"],
    "uk": ["ua"],
    "el": ["gr"],
    "he": ["he"],
    "ar": ["ar"],
    "fa": ["fa"],
    "hi": ["hi"],
    "hi-latn": ["hi"],
    "bn": ["bn"],
    "th": ["th"],
    "zh": ["zh"],
    "ja": ["ja"],
    "ko": ["ko"],
    "vi": ["vi"],
    "id": ["id"],
    "ka": ["ka"],
    "sw": ["sw"],
    "tl": ["tl"],
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
    "nb": [
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
}

DATE_FORMATS: dict[str, list[str]] = {
    "en-us": ["{mm}/{dd}/{y}", "{mon} {d}, {y}", "{Mon} {d} {y}", "{y}-{mm}-{dd}", "{m}/{d}/{y}"],
    "en": ["{dd}/{mm}/{y}", "{d} {mon} {y}", "{th} {mon} {y}", "{y}-{mm}-{dd}", "{dd}.{mm}.{y}"],
    "iso": ["{y}-{mm}-{dd}"],
    "de": ["{dd}.{mm}.{y}", "{d}. {mon} {y}", "{d}.{m}.{y}"],
    "fr": ["{dd}/{mm}/{y}", "{d} {mon} {y}"],
    "es": ["{dd}/{mm}/{y}", "{d} de {mon} de {y}", "{d}/{m}/{y}"],
    "it": ["{dd}/{mm}/{y}", "{d} {mon} {y}"],
    "pt": ["{dd}/{mm}/{y}", "{d} de {mon} de {y}"],
    "nl": ["{dd}-{mm}-{y}", "{d} {mon} {y}"],
    "pl": ["{dd}.{mm}.{y}", "{d} {mon} {y}"],
    "cs": ["{d}. {m}. {y}", "{dd}.{mm}.{y}", "{d}. {mon} {y}"],
    "sv": ["{y}-{mm}-{dd}", "{d} {mon} {y}"],
    "nb": ["{dd}.{mm}.{y}", "{d}. {mon} {y}"],
    "da": ["{dd}.{mm}.{y}", "{d}. {mon} {y}", "{dd}-{mm}-{y}"],
    "fi": ["{d}.{m}.{y}", "{dd}.{mm}.{y}"],
    "hu": ["{y}. {mm}. {dd}.", "{y}. {mon} {d}."],
    "ro": ["{dd}.{mm}.{y}", "{d} {mon} {y}"],
    "tr": ["{dd}.{mm}.{y}", "{d} {mon} {y}"],
    "ru": ["{dd}.{mm}.{y}", "{d} {mon} {y}"],
    "uk": ["{dd}.{mm}.{y}", "{d} {mon} {y}"],
    "el": ["{dd}/{mm}/{y}", "{d} {mon} {y}"],
    "he": ["{dd}/{mm}/{y}", "{dd}.{mm}.{y}"],
    "ar": ["{dd}/{mm}/{y}", "{y}/{mm}/{dd}"],
    "fa": ["fa_jalali", "fa_jalali", "{y}/{mm}/{dd}"],
    "hi": ["{dd}/{mm}/{y}", "{dd}-{mm}-{y}"],
    "bn": ["{dd}/{mm}/{y}", "{dd}-{mm}-{y}"],
    "th": ["{d} {mon} {by}", "{dd}/{mm}/{by}", "{dd}/{mm}/{y}"],
    "zh": ["{y}年{m}月{d}日", "{y}-{mm}-{dd}", "{y}.{mm}.{dd}"],
    "ja": ["{y}年{m}月{d}日", "ja_era", "{y}/{mm}/{dd}"],
    "ko": ["{y}년 {m}월 {d}일", "{y}.{mm}.{dd}", "{y}-{mm}-{dd}"],
    "vi": ["{dd}/{mm}/{y}", "{d} tháng {m} năm {y}"],
    "id": ["{dd}-{mm}-{y}", "{d} {mon} {y}"],
    "ka": ["{dd}.{mm}.{y}"],
    "sw": ["{dd}/{mm}/{y}"],
    "tl": ["{mon} {d}, {y}", "{mm}/{dd}/{y}"],
}

# ---------------------------------------------------------------------------------------------
# addresses: pattern chars in postcodes: '#' digit, '%' digit 1-9, '@' letter, '^' letter or digit
# ---------------------------------------------------------------------------------------------

ADDRESSES: dict[str, dict] = {
    "us": {
        "streets": [
            "Maple Ave",
            "Oak Street",
            "Cedar Ln",
            "Sunset Blvd",
            "Elm St",
            "Pine Ridge Rd",
            "Willow Creek Dr",
            "Harbor View Ct",
            "Lakeshore Dr",
            "Chestnut St",
            "Mill Pond Rd",
            "Highland Ave",
            "Briarwood Ct",
            "Orchard Way",
            "Canyon Rd",
            "Meadowbrook Ln",
            "Prairie View Dr",
            "Riverbend Pkwy",
        ],
        "cities": [
            ("Springfield", "IL", "627##"),
            ("Austin", "TX", "787##"),
            ("Columbus", "OH", "432##"),
            ("Portland", "OR", "972##"),
            ("Tampa", "FL", "336##"),
            ("Denver", "CO", "802##"),
            ("Raleigh", "NC", "276##"),
            ("Sacramento", "CA", "958##"),
            ("San Jose", "CA", "951##"),
            ("Brooklyn", "NY", "112##"),
            ("Madison", "WI", "537##"),
            ("Scottsdale", "AZ", "852##"),
            ("Bellevue", "WA", "980##"),
            ("Plano", "TX", "750##"),
            ("Ann Arbor", "MI", "481##"),
            ("Savannah", "GA", "314##"),
            ("Boise", "ID", "837##"),
            ("Cambridge", "MA", "021##"),
        ],
        "fmts": [
            "{no} {st}, {city}, {reg} {pc}",
            "{no} {st} Apt {u}, {city}, {reg} {pc}",
            "{no} {st}, Unit {u}, {city}, {reg} {pc}",
            "{no} {st}\n{city}, {reg} {pc}",
            "{no} {st} #{u}, {city} {reg} {pc}",
        ],
    },
    "uk": {
        "streets": [
            "Kingsley Road",
            "Station Road",
            "Mill Lane",
            "Church Street",
            "Beech Grove",
            "Park Crescent",
            "Ashfield Avenue",
            "High Street",
            "Thornhill Close",
            "Moorland Drive",
            "Priory Walk",
            "Hawthorn Way",
            "Cavendish Mews",
        ],
        "cities": [
            ("London", "", "SW% #@@"),
            ("London", "", "E%# #@@"),
            ("Leeds", "", "LS% #@@"),
            ("Manchester", "", "M%# #@@"),
            ("Bristol", "", "BS% #@@"),
            ("Edinburgh", "", "EH% #@@"),
            ("Cardiff", "", "CF%# #@@"),
            ("Glasgow", "", "G%# #@@"),
            ("Sheffield", "", "S%# #@@"),
            ("Leicester", "", "LE% #@@"),
            ("York", "", "YO%# #@@"),
            ("Bath", "", "BA% #@@"),
        ],
        "fmts": [
            "{no} {st}, {city} {pc}",
            "Flat {u}, {no} {st}, {city} {pc}",
            "{no} {st}\n{city}\n{pc}",
            "{no} {st}, {city}, {pc}",
        ],
    },
    "ca": {
        "streets": [
            "Bloor Street West",
            "Dundas St E",
            "Maple Grove Dr",
            "Queen Street East",
            "Robson St",
            "Whyte Ave",
            "Rue Saint-Denis",
            "Lakeshore Rd",
        ],
        "cities": [
            ("Toronto", "ON", "M%@ #@#"),
            ("Vancouver", "BC", "V6B #@#"),
            ("Ottawa", "ON", "K1P #@#"),
            ("Calgary", "AB", "T2P #@#"),
            ("Montréal", "QC", "H2X #@#"),
            ("Halifax", "NS", "B3H #@#"),
            ("Edmonton", "AB", "T6G #@#"),
        ],
        "fmts": ["{no} {st}, {city}, {reg} {pc}", "{u}-{no} {st}, {city} {reg} {pc}"],
    },
    "au": {
        "streets": [
            "Bourke Street",
            "George St",
            "Chapel St",
            "Brunswick Rd",
            "Anzac Parade",
            "Beach Road",
            "Wattle Avenue",
            "Banksia Crescent",
        ],
        "cities": [
            ("Melbourne", "VIC", "30##"),
            ("Sydney", "NSW", "20##"),
            ("Brisbane", "QLD", "40##"),
            ("Perth", "WA", "60##"),
            ("Adelaide", "SA", "50##"),
            ("Hobart", "TAS", "70##"),
            ("Fitzroy", "VIC", "3065"),
            ("Newtown", "NSW", "2042"),
        ],
        "fmts": [
            "{no} {st}, {city} {reg} {pc}",
            "Unit {u}, {no} {st}, {city} {reg} {pc}",
            "{n}/{no} {st}, {city} {reg} {pc}",
        ],
    },
    "in": {
        "streets": [
            "MG Road",
            "Linking Road",
            "Anna Salai",
            "Park Street",
            "Sector 21",
            "Nehru Place",
            "Koramangala 5th Block",
            "Salt Lake Sector V",
            "Civil Lines",
            "Banjara Hills Road No. 3",
        ],
        "cities": [
            ("Mumbai", "Maharashtra", "4000##"),
            ("Bengaluru", "Karnataka", "5600##"),
            ("Chennai", "Tamil Nadu", "6000##"),
            ("Kolkata", "West Bengal", "7000##"),
            ("Pune", "Maharashtra", "4110##"),
            ("Hyderabad", "Telangana", "5000##"),
            ("New Delhi", "Delhi", "1100##"),
            ("Jaipur", "Rajasthan", "3020##"),
            ("Lucknow", "Uttar Pradesh", "2260##"),
        ],
        "fmts": [
            "Flat {u}, {no} {st}, {city}, {reg} {pc}",
            "{no}, {st}, {city} - {pc}",
            "House No. {no}, {st}, {city}, {reg} - {pc}",
            "B-{no}, {st}, {city} {pc}",
        ],
    },
    "ie": {
        "streets": [
            "Main Street",
            "Sandymount Avenue",
            "Church Road",
            "Dorset Street Upper",
            "Ballymun Road",
            "Strand Road",
        ],
        "cities": [
            ("Dublin 4", "Co. Dublin", "D04 ^^^^"),
            ("Dublin 9", "Co. Dublin", "D09 ^^^^"),
            ("Cork", "Co. Cork", "T12 ^^^^"),
            ("Galway", "Co. Galway", "H91 ^^^^"),
            ("Limerick", "Co. Limerick", "V94 ^^^^"),
        ],
        "fmts": ["{no} {st}, {city}, {pc}", "{no} {st}, {city}, {reg}, {pc}"],
    },
    "ng": {
        "streets": [
            "Admiralty Way",
            "Ogui Road",
            "Aba Road",
            "Independence Layout Close",
            "Ring Road",
            "Agege Motor Road",
            "Bank Road",
        ],
        "cities": [
            ("Lagos", "Lagos State", "1010##"),
            ("Abuja", "FCT", "9000##"),
            ("Enugu", "Enugu State", "4000##"),
            ("Port Harcourt", "Rivers State", "5000##"),
            ("Ibadan", "Oyo State", "2000##"),
        ],
        "fmts": ["{no} {st}, {city}, {reg}", "{no} {st}, {city} {pc}, {reg}"],
    },
    "za": {
        "streets": [
            "Main Road",
            "Long Street",
            "Kloof Street",
            "Beach Road",
            "Florida Road",
            "Oxford Road",
            "Rivonia Road",
        ],
        "cities": [
            ("Cape Town", "Western Cape", "80##"),
            ("Johannesburg", "Gauteng", "21##"),
            ("Durban", "KwaZulu-Natal", "40##"),
            ("Pretoria", "Gauteng", "00##"),
            ("Sandton", "Gauteng", "2196"),
        ],
        "fmts": ["{no} {st}, {city}, {pc}", "{no} {st}, {city}, {reg}, {pc}"],
    },
    "ke": {
        "streets": [
            "Ngong Road",
            "Lenana Road",
            "Limuru Road",
            "Riverside Drive",
            "Mombasa Road",
            "Kiambu Road",
        ],
        "cities": [
            ("Nairobi", "", "00100"),
            ("Nairobi", "", "00200"),
            ("Mombasa", "", "80100"),
            ("Kisumu", "", "40100"),
        ],
        "fmts": ["{st}, House {no}, {city} {pc}", "P.O. Box {no}-{pc}, {city}"],
    },
    "ph": {
        "streets": [
            "Ayala Avenue",
            "Katipunan Avenue",
            "Shaw Boulevard",
            "Kalayaan Avenue",
            "Timog Avenue",
            "Banawe Street",
        ],
        "cities": [
            ("Makati City", "Metro Manila", "12##"),
            ("Quezon City", "Metro Manila", "11##"),
            ("Cebu City", "Cebu", "6000"),
            ("Pasig City", "Metro Manila", "16##"),
            ("Davao City", "Davao del Sur", "8000"),
        ],
        "fmts": [
            "{no} {st}, Brgy. San Antonio, {city}, {reg} {pc}",
            "Unit {u}, {no} {st}, {city} {pc}",
        ],
    },
    "de": {
        "streets": [
            "Lindenstraße",
            "Hauptstraße",
            "Am Mühlbach",
            "Gartenweg",
            "Bahnhofstraße",
            "Birkenallee",
            "Kastanienweg",
            "Schulstraße",
            "Ringstraße",
            "Am Sonnenhang",
            "Rosenstraße",
            "Waldweg",
            "Kirchgasse",
            "Im Winkel",
        ],
        "cities": [
            ("Berlin", "", "10###"),
            ("Hamburg", "", "22###"),
            ("München", "", "80###"),
            ("Köln", "", "50###"),
            ("Frankfurt am Main", "", "60###"),
            ("Stuttgart", "", "70###"),
            ("Leipzig", "", "04###"),
            ("Dresden", "", "01###"),
            ("Freiburg im Breisgau", "", "79###"),
            ("Münster", "", "48###"),
            ("Nürnberg", "", "90###"),
            ("Bremen", "", "28###"),
        ],
        "fmts": [
            "{st} {no}, {pc} {city}",
            "{st} {no}\n{pc} {city}",
            "{st} {no}, {n}. OG, {pc} {city}",
            "{st} {no}a, {pc} {city}",
        ],
    },
    "at": {
        "streets": [
            "Mariahilfer Straße",
            "Landstraßer Hauptstraße",
            "Herrengasse",
            "Lerchenfelder Gürtel",
            "Getreidegasse",
        ],
        "cities": [
            ("Wien", "", "1%#0"),
            ("Graz", "", "80#0"),
            ("Linz", "", "40#0"),
            ("Salzburg", "", "50#0"),
            ("Innsbruck", "", "60#0"),
        ],
        "fmts": ["{st} {no}/{n}, {pc} {city}", "{st} {no}, {pc} {city}"],
    },
    "ch": {
        "streets": [
            "Bahnhofstrasse",
            "Seestrasse",
            "Rue du Rhône",
            "Via Nassa",
            "Kramgasse",
            "Dorfstrasse",
        ],
        "cities": [
            ("Zürich", "ZH", "80##"),
            ("Bern", "BE", "30##"),
            ("Genève", "GE", "12##"),
            ("Basel", "BS", "40##"),
            ("Lausanne", "VD", "10##"),
            ("Lugano", "TI", "69##"),
        ],
        "fmts": ["{st} {no}, {pc} {city}", "{st} {no}, CH-{pc} {city}"],
    },
    "fr": {
        "streets": [
            "rue des Lilas",
            "avenue de la République",
            "rue de la Paix",
            "chemin des Vignes",
            "allée des Tilleuls",
            "rue du Faubourg Saint-Antoine",
            "place de la Mairie",
            "rue de la Gare",
            "impasse des Peupliers",
            "quai de la Loire",
        ],
        "cities": [
            ("Paris", "", "750##"),
            ("Lyon", "", "6900%"),
            ("Marseille", "", "130##"),
            ("Toulouse", "", "310##"),
            ("Bordeaux", "", "330##"),
            ("Nantes", "", "440##"),
            ("Lille", "", "590##"),
            ("Strasbourg", "", "670##"),
            ("Rennes", "", "350##"),
            ("Montpellier", "", "340##"),
        ],
        "fmts": [
            "{no} {st}, {pc} {city}",
            "{no} {st}\n{pc} {city}",
            "{no} bis {st}, {pc} {city}",
            "Bât. B, {no} {st}, {pc} {city}",
        ],
    },
    "nl": {
        "streets": [
            "Prinsengracht",
            "Kerkstraat",
            "Dorpsstraat",
            "Molenweg",
            "Lindelaan",
            "Stationsplein",
            "Oudegracht",
            "Zeeweg",
        ],
        "cities": [
            ("Amsterdam", "", "10%# @@"),
            ("Utrecht", "", "35%# @@"),
            ("Rotterdam", "", "30%# @@"),
            ("Den Haag", "", "25%# @@"),
            ("Eindhoven", "", "56%# @@"),
            ("Groningen", "", "97%# @@"),
        ],
        "fmts": ["{st} {no}, {pc} {city}", "{st} {no}-{n}, {pc} {city}", "{st} {no}\n{pc} {city}"],
    },
    "es": {
        "streets": [
            "Calle Mayor",
            "Avenida de la Constitución",
            "Calle del Olmo",
            "Paseo de Gracia",
            "Calle de Alcalá",
            "Ronda de Segovia",
            "Calle Real",
            "Avenida del Puerto",
            "Carrer de Provença",
        ],
        "cities": [
            ("Madrid", "", "280##"),
            ("Barcelona", "", "080##"),
            ("Valencia", "", "460##"),
            ("Sevilla", "", "410##"),
            ("Bilbao", "", "480##"),
            ("Zaragoza", "", "500##"),
            ("Málaga", "", "290##"),
            ("Granada", "", "180##"),
        ],
        "fmts": [
            "{st}, {no}, {n}º izq., {pc} {city}",
            "{st} {no}, {pc} {city}",
            "{st}, {no} - {n}ºB\n{pc} {city}",
        ],
    },
    "mx": {
        "streets": [
            "Av. Insurgentes Sur",
            "Calle Durango",
            "Av. Revolución",
            "Calle Ámsterdam",
            "Calle Colima",
            "Av. Vallarta",
        ],
        "cities": [
            ("Ciudad de México", "CDMX", "0%###"),
            ("Guadalajara", "Jal.", "44###"),
            ("Monterrey", "N.L.", "64###"),
            ("Puebla", "Pue.", "72###"),
            ("Mérida", "Yuc.", "97###"),
        ],
        "fmts": [
            "{st} {no}, Col. Roma Norte, {pc} {city}, {reg}",
            "{st} {no} Int. {u}, Col. Del Valle, C.P. {pc}, {city}, {reg}",
        ],
    },
    "br": {
        "streets": [
            "Rua das Flores",
            "Avenida Paulista",
            "Rua Augusta",
            "Rua da Consolação",
            "Avenida Atlântica",
            "Rua XV de Novembro",
            "Avenida Beira-Mar",
            "Rua dos Pinheiros",
        ],
        "cities": [
            ("São Paulo", "SP", "0####-###"),
            ("Rio de Janeiro", "RJ", "2####-###"),
            ("Belo Horizonte", "MG", "3####-###"),
            ("Curitiba", "PR", "8####-###"),
            ("Porto Alegre", "RS", "9####-###"),
            ("Recife", "PE", "5####-###"),
            ("Salvador", "BA", "4####-###"),
        ],
        "fmts": [
            "{st}, {no}, apto {u} - {city}/{reg}, CEP {pc}",
            "{st}, {no} - {city} - {reg}, {pc}",
            "{st} {no}, {city} - {reg}, CEP {pc}",
        ],
    },
    "pt": {
        "streets": [
            "Rua Augusta",
            "Avenida da Liberdade",
            "Rua de Santa Catarina",
            "Travessa do Carmo",
            "Rua das Flores",
        ],
        "cities": [
            ("Lisboa", "", "1###-###"),
            ("Porto", "", "4###-###"),
            ("Coimbra", "", "30##-###"),
            ("Braga", "", "47##-###"),
            ("Faro", "", "80##-###"),
        ],
        "fmts": ["{st}, {no}, {n}º Esq., {pc} {city}", "{st} {no}, {pc} {city}"],
    },
    "it": {
        "streets": [
            "Via Roma",
            "Via dei Mille",
            "Viale Monza",
            "Via della Spiga",
            "Piazza del Duomo",
            "Via Toledo",
            "Via delle Rose",
            "Via Nazionale",
            "Via del Corso",
        ],
        "cities": [
            ("Milano", "MI", "201##"),
            ("Roma", "RM", "001##"),
            ("Napoli", "NA", "801##"),
            ("Torino", "TO", "101##"),
            ("Bologna", "BO", "401##"),
            ("Firenze", "FI", "501##"),
            ("Palermo", "PA", "901##"),
            ("Bari", "BA", "701##"),
            ("Verona", "VR", "371##"),
        ],
        "fmts": [
            "{st} {no}, {pc} {city} ({reg})",
            "{st}, {no} - {pc} {city} {reg}",
            "{st} {no}, int. {n}, {pc} {city} ({reg})",
        ],
    },
    "pl": {
        "streets": [
            "ul. Marszałkowska",
            "ul. Długa",
            "ul. Piotrkowska",
            "al. Jerozolimskie",
            "ul. Floriańska",
            "ul. Ogrodowa",
            "ul. Leśna",
            "ul. Polna",
            "os. Słoneczne",
        ],
        "cities": [
            ("Warszawa", "", "00-###"),
            ("Kraków", "", "3%-###"),
            ("Łódź", "", "9%-###"),
            ("Wrocław", "", "5%-###"),
            ("Gdańsk", "", "80-###"),
            ("Poznań", "", "6%-###"),
        ],
        "fmts": [
            "{st} {no}/{n}, {pc} {city}",
            "{st} {no} m. {n}, {pc} {city}",
            "{st} {no}\n{pc} {city}",
        ],
    },
    "cz": {
        "streets": [
            "Vinohradská",
            "Nádražní",
            "Školní",
            "Lidická",
            "Na Příkopě",
            "Zahradní",
            "Krátká",
        ],
        "cities": [
            ("Praha 2", "", "120 00"),
            ("Praha 5", "", "150 00"),
            ("Brno", "", "602 00"),
            ("Ostrava", "", "702 00"),
            ("Olomouc", "", "779 00"),
            ("Plzeň", "", "301 00"),
        ],
        "fmts": ["{st} {no}/{n}, {pc} {city}", "{st} {no}, {pc} {city}"],
    },
    "se": {
        "streets": [
            "Storgatan",
            "Drottninggatan",
            "Kungsgatan",
            "Sveavägen",
            "Götgatan",
            "Vasagatan",
            "Björkvägen",
            "Skolgatan",
        ],
        "cities": [
            ("Stockholm", "", "11# ##"),
            ("Göteborg", "", "41# ##"),
            ("Malmö", "", "21# ##"),
            ("Uppsala", "", "75# ##"),
            ("Lund", "", "22# ##"),
        ],
        "fmts": [
            "{st} {no}, {pc} {city}",
            "{st} {no}\n{pc} {city}",
            "{st} {no}, {n} tr, {pc} {city}",
        ],
    },
    "no": {
        "streets": [
            "Storgata",
            "Bogstadveien",
            "Kirkeveien",
            "Strandveien",
            "Skoleveien",
            "Markveien",
        ],
        "cities": [
            ("Oslo", "", "0###"),
            ("Bergen", "", "50##"),
            ("Trondheim", "", "70##"),
            ("Stavanger", "", "40##"),
            ("Tromsø", "", "90##"),
        ],
        "fmts": ["{st} {no}, {pc} {city}", "{st} {no} B, {pc} {city}"],
    },
    "dk": {
        "streets": [
            "Nørrebrogade",
            "Vesterbrogade",
            "Østerbrogade",
            "Jagtvej",
            "Algade",
            "Skovvej",
            "Havnegade",
        ],
        "cities": [
            ("København N", "", "2200"),
            ("København Ø", "", "2100"),
            ("Aarhus C", "", "8000"),
            ("Odense C", "", "5000"),
            ("Aalborg", "", "9000"),
            ("Frederiksberg", "", "2000"),
        ],
        "fmts": [
            "{st} {no}, {n}. tv., {pc} {city}",
            "{st} {no}, {pc} {city}",
            "{st} {no}, st. th., {pc} {city}",
        ],
    },
    "fi": {
        "streets": [
            "Hämeenkatu",
            "Koulukatu",
            "Puistokatu",
            "Rantatie",
            "Kauppakatu",
            "Mäkitie",
            "Kirkkokatu",
        ],
        "cities": [
            ("Helsinki", "", "00###"),
            ("Tampere", "", "33###"),
            ("Turku", "", "20###"),
            ("Oulu", "", "90###"),
            ("Espoo", "", "02###"),
            ("Jyväskylä", "", "40###"),
        ],
        "fmts": [
            "{st} {no} A {n}, {pc} {city}",
            "{st} {no}, {pc} {city}",
            "{st} {no} B {n}\n{pc} {city}",
        ],
    },
    "hu": {
        "streets": [
            "Váci utca",
            "Király utca",
            "Fő utca",
            "Dob utca",
            "Szív utca",
            "Hold utca",
            "Nagymező utca",
        ],
        "cities": [
            ("Budapest", "", "1%%#"),
            ("Debrecen", "", "40##"),
            ("Szeged", "", "67##"),
            ("Pécs", "", "76##"),
            ("Győr", "", "90##"),
        ],
        "fmts": [
            "{pc} {city}, {st} {no}.",
            "{pc} {city}, {st} {no}. {n}. em. 3.",
            "{city}, {st} {no}., {pc}",
        ],
    },
    "ro": {
        "streets": [
            "Strada Lipscani",
            "Bulevardul Unirii",
            "Calea Victoriei",
            "Strada Florilor",
            "Aleea Teilor",
            "Strada Memorandumului",
        ],
        "cities": [
            ("București", "Sector 1", "01####"),
            ("Cluj-Napoca", "jud. Cluj", "400###"),
            ("Iași", "jud. Iași", "700###"),
            ("Timișoara", "jud. Timiș", "300###"),
            ("Brașov", "jud. Brașov", "500###"),
        ],
        "fmts": [
            "{st} nr. {no}, bl. {n}, ap. {u}, {city}, {reg}, {pc}",
            "{st} nr. {no}, {pc} {city}",
        ],
    },
    "tr": {
        "streets": [
            "İstiklal Caddesi",
            "Bağdat Caddesi",
            "Cumhuriyet Mah. Gül Sokak",
            "Moda Caddesi",
            "Kızılay Mah. Menekşe Sk.",
            "Halaskargazi Caddesi",
            "Çiçek Sokak",
        ],
        "cities": [
            ("İstanbul", "Kadıköy", "347##"),
            ("İstanbul", "Beşiktaş", "343##"),
            ("Ankara", "Çankaya", "066##"),
            ("İzmir", "Karşıyaka", "355##"),
            ("Bursa", "Nilüfer", "16###"),
            ("Antalya", "Muratpaşa", "07###"),
        ],
        "fmts": [
            "{st} No:{no} D:{n}, {pc} {reg}/{city}",
            "{st} No: {no} Daire {n}, {reg}, {city} {pc}",
        ],
    },
    "ru": {
        "streets": [
            "ул. Садовая",
            "пр-т Мира",
            "ул. Советская",
            "ул. Центральная",
            "Невский пр.",
            "ул. Лесная",
            "ул. Школьная",
            "ул. Молодёжная",
            "ул. Большая Морская",
        ],
        "cities": [
            ("Москва", "", "1#####"),
            ("Санкт-Петербург", "", "19####"),
            ("Новосибирск", "", "630###"),
            ("Екатеринбург", "", "620###"),
            ("Казань", "", "420###"),
            ("Нижний Новгород", "", "603###"),
        ],
        "fmts": [
            "{pc}, г. {city}, {st}, д. {no}, кв. {n}",
            "г. {city}, {st}, д. {no}, кв. {n}",
            "{st}, {no}-{n}, {city}, {pc}",
        ],
    },
    "ua": {
        "streets": [
            "вул. Хрещатик",
            "просп. Перемоги",
            "вул. Садова",
            "вул. Городоцька",
            "вул. Соборна",
            "вул. Лісова",
        ],
        "cities": [
            ("Київ", "", "0####"),
            ("Львів", "", "79###"),
            ("Одеса", "", "65###"),
            ("Харків", "", "61###"),
            ("Дніпро", "", "49###"),
        ],
        "fmts": [
            "{st}, {no}, кв. {n}, м. {city}, {pc}",
            "{pc}, м. {city}, {st}, буд. {no}, кв. {n}",
        ],
    },
    "gr": {
        "streets": [
            "Οδός Ερμού",
            "Λεωφόρος Κηφισίας",
            "Πατησίων",
            "Ακαδημίας",
            "Σταδίου",
            "Αιόλου",
        ],
        "cities": [
            ("Αθήνα", "", "1%# ##"),
            ("Θεσσαλονίκη", "", "54# ##"),
            ("Πάτρα", "", "26# ##"),
            ("Ηράκλειο", "", "71# ##"),
        ],
        "fmts": ["{st} {no}, {pc} {city}", "{st} {no}, {city} {pc}"],
    },
    "il": {
        "streets": [
            "רחוב הנביאים",
            "רחוב יפו",
            "רחוב הגפן",
            "רחוב האלון",
            "דרך השלום",
            "רחוב התמר",
            "רחוב העצמאות",
        ],
        "cities": [
            ("תל אביב-יפו", "", "6######"),
            ("ירושלים", "", "9######"),
            ("חיפה", "", "3######"),
            ("באר שבע", "", "84#####"),
            ("רמת גן", "", "52#####"),
        ],
        "fmts": ["{st} {no}, {city} {pc}", "{st} {no} דירה {n}, {city}"],
    },
    "sa": {
        "streets": [
            "شارع التحلية",
            "شارع العليا",
            "حي النرجس، شارع الياسمين",
            "حي الروضة، شارع النخيل",
        ],
        "cities": [("الرياض", "", "1####"), ("جدة", "", "2####"), ("الدمام", "", "3####")],
        "fmts": ["{no} {st}، {city} {pc}", "{st}، مبنى {no}، {city} {pc}"],
    },
    "ae": {
        "streets": ["شارع الوصل", "شارع الخليج", "شارع المطار", "شارع الجميرا"],
        "cities": [("دبي", "", ""), ("أبوظبي", "", ""), ("الشارقة", "", "")],
        "fmts": ["فيلا {no}، {st}، {city}", "شقة {n}، مبنى {no}، {st}، {city}"],
    },
    "eg": {
        "streets": ["شارع التحرير", "شارع الهرم", "شارع النيل", "شارع البحر الأعظم"],
        "cities": [("القاهرة", "", "11###"), ("الجيزة", "", "12###"), ("الإسكندرية", "", "21###")],
        "fmts": ["{no} {st}، الدور {n}، {city} {pc}", "{no} {st}، {city}"],
    },
    "ir": {
        "streets": ["خیابان انقلاب", "خیابان آزادی", "بلوار کشاورز", "کوچه بهار", "خیابان گلستان"],
        "cities": [
            ("تهران", "", "1####-#####"),
            ("اصفهان", "", "8####-#####"),
            ("شیراز", "", "7####-#####"),
            ("مشهد", "", "9####-#####"),
        ],
        "fmts": ["{city}، {st}، پلاک {no}، واحد {n}", "{city}، {st}، پلاک {no}، کد پستی {pc}"],
    },
    "bd": {
        "streets": ["মিরপুর রোড", "সাত মসজিদ রোড", "গুলশান এভিনিউ", "বেইলি রোড", "রোড নং ২৭"],
        "cities": [("ঢাকা", "", "১২০৫"), ("চট্টগ্রাম", "", "৪০০০"), ("সিলেট", "", "৩১০০")],
        "fmts": ["বাড়ি {no}, {st}, {city} {pc}", "ফ্ল্যাট {u}, বাড়ি {no}, {st}, {city}-{pc}"],
    },
    "th": {
        "streets": ["ถนนสุขุมวิท", "ถนนพหลโยธิน", "ถนนรัชดาภิเษก", "ถนนนิมมานเหมินท์", "ซอยอารีย์"],
        "cities": [
            ("กรุงเทพมหานคร", "เขตวัฒนา", "10110"),
            ("กรุงเทพมหานคร", "เขตจตุจักร", "10900"),
            ("เชียงใหม่", "อ.เมือง", "50200"),
            ("ภูเก็ต", "อ.กะทู้", "83150"),
        ],
        "fmts": ["{no} {st} {reg} {city} {pc}", "{no}/{n} {st} แขวงคลองเตยเหนือ {reg} {city} {pc}"],
    },
    "cn": {
        "streets": ["人民路", "建国路", "南京东路", "长安街", "解放路", "淮海中路", "科技园南路"],
        "cities": [
            ("北京市", "朝阳区", "100###"),
            ("上海市", "徐汇区", "200###"),
            ("广州市", "天河区", "510###"),
            ("深圳市", "南山区", "518###"),
            ("杭州市", "西湖区", "310###"),
            ("成都市", "武侯区", "610###"),
        ],
        "fmts": [
            "{city}{reg}{st}{no}号{n}栋{no}室",
            "{city}{reg}{st}{no}号",
            "{pc} {city}{reg}{st}{no}号院{n}号楼",
        ],
    },
    "jp": {
        "streets": ["神南", "西新宿", "梅田", "栄", "日吉", "天神", "大通西", "下鴨"],
        "cities": [
            ("渋谷区", "東京都", "150-00##"),
            ("新宿区", "東京都", "160-0###"),
            ("大阪市北区", "大阪府", "530-00##"),
            ("名古屋市中区", "愛知県", "460-00##"),
            ("横浜市港北区", "神奈川県", "223-00##"),
            ("福岡市中央区", "福岡県", "810-00##"),
            ("札幌市中央区", "北海道", "060-00##"),
            ("京都市左京区", "京都府", "606-8###"),
        ],
        "fmts": [
            "〒{pc} {reg}{city}{st}{n}-{no}-{n}",
            "〒{pc}\n{reg}{city}{st}{n}丁目{no}番{n}号 サンハイツ{no}号室",
            "{reg}{city}{st}{n}-{no}-{n}",
        ],
    },
    "kr": {
        "streets": ["테헤란로", "월드컵북로", "해운대해변로", "판교역로", "동대구로"],
        "cities": [
            ("서울특별시", "강남구", "06###"),
            ("서울특별시", "마포구", "04###"),
            ("부산광역시", "해운대구", "48###"),
            ("성남시", "분당구", "13###"),
            ("대구광역시", "수성구", "42###"),
        ],
        "fmts": [
            "{city} {reg} {st} {no}, {n}층",
            "{city} {reg} {st} {no} {n}동 {no}호",
            "{pc} {city} {reg} {st} {no}",
        ],
    },
    "vn": {
        "streets": [
            "đường 3 Tháng 2",
            "đường Cách Mạng Tháng Tám",
            "đường Điện Biên Phủ",
            "phố Hàng Bạc",
            "phố Hàng Gai",
            "đường Láng",
            "ngõ 165 Cầu Giấy",
        ],
        "cities": [
            ("Hà Nội", "Quận Hoàn Kiếm", ""),
            ("Hà Nội", "Quận Cầu Giấy", ""),
            ("TP.HCM", "Quận 3", ""),
            ("TP.HCM", "Quận 10", ""),
            ("Đà Nẵng", "Quận Hải Châu", ""),
        ],
        "fmts": ["{no} {st}, {reg}, {city}", "Số {no} {st}, Phường {n}, {reg}, {city}"],
    },
    "id": {
        "streets": [
            "Jl. Melati",
            "Jl. Kebon Jeruk Raya",
            "Jl. Dago",
            "Jl. Malioboro",
            "Jl. Raya Kuta",
            "Jl. Kemang Raya",
            "Jl. Cempaka Putih",
        ],
        "cities": [
            ("Jakarta Selatan", "DKI Jakarta", "12###"),
            ("Bandung", "Jawa Barat", "40###"),
            ("Yogyakarta", "DI Yogyakarta", "55###"),
            ("Surabaya", "Jawa Timur", "60###"),
            ("Denpasar", "Bali", "80###"),
        ],
        "fmts": ["{st} No. {no}, {city}, {reg} {pc}", "{st} No.{no} Blok {u}, {city} {pc}"],
    },
    "ge": {
        "streets": [
            "ვარდების ქუჩა",
            "სანაპიროს ქუჩა",
            "ბათუმის ქუჩა",
            "ვაზისუბნის ქუჩა",
            "ტყის ქუჩა",
        ],
        "cities": [("თბილისი", "", "01##"), ("ბათუმი", "", "60##"), ("ქუთაისი", "", "46##")],
        "fmts": ["{st} {no}, ბინა {n}, {city} {pc}", "{city}, {st} №{no}"],
    },
}

# ---------------------------------------------------------------------------------------------
# phones ('#' digit, '%' digit 1-9), IBAN, licences, passports
# ---------------------------------------------------------------------------------------------

PHONES: dict[str, list[str]] = {
    "us": [
        "+1 (%##) %##-####",
        "(%##) %##-####",
        "%##-%##-####",
        "+1 %##-%##-####",
        "%##.%##.####",
        "+1%##%######",
    ],
    "uk": [
        "+44 7### ######",
        "07### ######",
        "+44 (0)20 #### ####",
        "020 #### ####",
        "+44 1%## ######",
        "01%## ######",
    ],
    "ca": ["+1 (%##) %##-####", "%##-%##-####", "+1 %##-%##-####"],
    "au": ["+61 4## ### ###", "04## ### ###", "(0%) #### ####", "+61 % #### ####"],
    "in": ["+91 9#### #####", "+91-9#########", "09#########", "+91 8#### #####", "7#### #####"],
    "ie": ["+353 8% ### ####", "08% ### ####", "(01) ### ####"],
    "ng": ["+234 80# ### ####", "080# ### ####", "+234 70# ### ####", "0813 ### ####"],
    "za": ["+27 8% ### ####", "08% ### ####", "+27 21 ### ####"],
    "ke": ["+254 7## ######", "07## ######", "+254 1## ### ###"],
    "ph": ["+63 9## ### ####", "09## ### ####"],
    "de": [
        "+49 1%# #######",
        "01%# ########",
        "+49 (0)30 ########",
        "030 ########",
        "+49 89 #######",
        "0%## #####",
    ],
    "at": ["+43 6%# #######", "06%# ########", "+43 1 #######"],
    "ch": ["+41 7% ### ## ##", "07% ### ## ##", "+41 44 ### ## ##"],
    "fr": [
        "+33 6 ## ## ## ##",
        "06 ## ## ## ##",
        "07 ## ## ## ##",
        "+33 1 ## ## ## ##",
        "01 ## ## ## ##",
        "+33 (0)6 ## ## ## ##",
    ],
    "nl": ["+31 6 ########", "06-########", "+31 20 ### ####", "020-#######"],
    "es": ["+34 6## ### ###", "6## ## ## ##", "+34 91 ### ## ##", "9## ### ###"],
    "mx": ["+52 55 #### ####", "55 #### ####", "+52 1 33 #### ####", "(81) #### ####"],
    "br": [
        "+55 11 9####-####",
        "(11) 9####-####",
        "+55 (21) 9####-####",
        "(%#) 9####-####",
        "+55 %# 3###-####",
    ],
    "pt": ["+351 9## ### ###", "9## ### ###", "+351 21# ### ###"],
    "it": ["+39 3## ### ####", "3## #######", "+39 02 ########", "06 ########"],
    "pl": ["+48 %## ### ###", "%## ### ###", "+48 22 ### ## ##"],
    "cz": ["+420 %## ### ###", "%## ### ###"],
    "se": ["+46 7# ### ## ##", "07#-### ## ##", "08-### ### ##"],
    "no": ["+47 4# ## ## ##", "9## ## ###", "+47 9## ## ###"],
    "dk": ["+45 %# ## ## ##", "%# ## ## ##"],
    "fi": ["+358 4# ### ####", "04# ### ####", "+358 50 ### ####"],
    "hu": ["+36 %0 ### ####", "06 %0 ### ####", "+36 1 ### ####"],
    "ro": ["+40 7## ### ###", "07## ### ###", "+40 21 ### ####"],
    "tr": ["+90 5## ### ## ##", "05## ### ## ##", "0 (5##) ### ## ##", "+90 212 ### ## ##"],
    "ru": ["+7 9## ###-##-##", "8 (9##) ###-##-##", "+7 (495) ###-##-##", "89#########"],
    "ua": ["+380 %# ### ## ##", "+380 (%#) ###-##-##", "0%# ### ## ##"],
    "gr": ["+30 69# ### ####", "69########", "+30 210 ### ####"],
    "il": ["+972 5#-###-####", "05#-###-####", "+972-3-###-####"],
    "sa": ["+966 5# ### ####", "05# ### ####"],
    "ae": ["+971 5# ### ####", "05# ### ####", "+971 4 ### ####"],
    "eg": ["+20 1## ### ####", "01## ### ####"],
    "ir": ["+98 91# ### ####", "091# ### ####", "021-########"],
    "bd": ["+880 1%##-######", "01%##-######"],
    "th": ["+66 8# ### ####", "08#-###-####", "02-###-####"],
    "cn": ["+86 13# #### ####", "13#########", "+86 10 ########", "15#-####-####"],
    "jp": ["+81 90-####-####", "090-####-####", "03-####-####", "080-####-####", "+81 3-####-####"],
    "kr": ["+82 10-####-####", "010-####-####", "02-####-####", "+82 2-###-####"],
    "vn": ["+84 9# ### ## ##", "09# ### ####", "+84 28 #### ####"],
    "id": ["+62 81#-####-####", "081#-####-####", "+62 21 #######"],
    "ge": ["+995 5## ## ## ##", "5## ## ## ##", "+995 32 2## ## ##"],
}

# cc: (bank codes or None, rest of BBAN pattern)
IBAN_SPECS: dict[str, tuple[list[str] | None, str]] = {
    "DE": (None, "#" * 18),
    "AT": (None, "#" * 16),
    "CH": (None, "#" * 17),
    "FR": (None, "#" * 23),
    "ES": (None, "#" * 20),
    "IT": (["X", "A", "B", "C"], "#" * 22),
    "NL": (["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"], "#" * 10),
    "BE": (None, "#" * 12),
    "GB": (["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ"], "#" * 14),
    "IE": (["AIBK", "BOFI"], "#" * 14),
    "PL": (None, "#" * 24),
    "PT": (None, "#" * 21),
    "SE": (None, "#" * 20),
    "NO": (None, "#" * 11),
    "DK": (None, "#" * 14),
    "FI": (None, "#" * 14),
    "GR": (None, "#" * 23),
    "TR": (None, "#" * 22),
    "SA": (None, "#" * 20),
    "AE": (None, "#" * 19),
    "IL": (None, "#" * 19),
    "GE": (["TB", "BG"], "#" * 16),
    "RO": (["BTRL", "RNCB", "BRDE", "INGB"], "#" * 16),
    "CZ": (None, "#" * 20),
    "HU": (None, "#" * 24),
    "BR": (None, "#" * 23 + "C1"),
    "UA": (None, "#" * 25),
    "EG": (None, "#" * 25),
    "HR": (None, "#" * 17),
    "LT": (None, "#" * 16),
}

DL_FORMATS: dict[str, list[str]] = {
    "us_ca": ["@#######"],
    "us_ny": ["### ### ###", "#########"],
    "us_fl": ["@###-###-##-###-#"],
    "us_tx": ["########"],
    "us_il": ["@###-####-####"],
    "us_wa": ["WDL^^^^^^^^^"],
    "us_pa": ["## ### ###"],
    "us_nj": ["@#### ##### #####"],
    "us_mi": ["@ ### ### ### ###"],
    "us_oh": ["@@######"],
    "uk": ["@@@@@#1%2#@@9@@", "@@@@9#0%1#@@9@@"],
    "ca": ["@####-#####-#####"],
    "au": ["########", "%#######"],
    "in": ["MH12 20##00#####", "DL-04-20##-00#####", "KA01 20##00#####", "TN09 20##00#####"],
    "ie": ["###-###-###"],
    "ng": ["@@@#####@@##"],
    "za": ["#####%#####@"],
    "de": ["@0%#^^^#^##"],
    "fr": ["############"],
    "it": ["@@#######@"],
    "nl": ["##########"],
    "jp": ["############"],
    "kr": ["%#-##-######-##"],
    "br": ["###########"],
    "pl": ["#####/##/####"],
    "ru": ["## ## ######"],
    "ph": ["@##-##-######"],
    "es": ["########@"],
}

PASSPORT_FORMATS: dict[str, list[str]] = {
    "us": ["%########", "@########"],
    "uk": ["%########"],
    "fr": ["##@@#####"],
    "in": ["@%######"],
    "cn": ["E%#######", "E@%######"],
    "jp": ["T@#######", "M@#######"],
    "kr": ["M%#######"],
    "ru": ["7% #######", "%% #######"],
    "ua": ["@@######"],
    "it": ["Y@#######"],
    "es": ["@@@######"],
    "nl": ["@@^^^^^^#"],
    "br": ["@@######"],
    "mx": ["G########"],
    "ca": ["@@######"],
    "au": ["@#######", "P@#######"],
    "il": ["%#######"],
    "tr": ["U########"],
    "gr": ["@@#######"],
    "pl": ["@@#######"],
    "ng": ["@########"],
    "ph": ["P#######@"],
    "th": ["@@#######"],
    "vn": ["@#######"],
    "id": ["@#######"],
    "ge": ["##@@#####"],
    "ie": ["@@#######"],
    "za": ["@########"],
    "ke": ["@@#######"],
    "at": ["P#######"],
    "ch": ["X#######"],
    "se": ["########"],
    "no": ["########"],
    "dk": ["#########"],
    "fi": ["@@#######"],
    "cz": ["########"],
    "hu": ["@@#######"],
    "ro": ["0%#######"],
    "sa": ["@#######"],
    "ae": ["@#######"],
    "eg": ["@########"],
    "ir": ["@########"],
    "bd": ["@@#######"],
    "pt": ["@@######"],
}

MAC_OUIS = [
    "3C22FB",
    "F4F5D8",
    "001A11",
    "B827EB",
    "DCA632",
    "AC233F",
    "00155D",
    "0050B6",
    "E45F01",
    "A4C3F0",
    "F0D5BF",
    "3497F6",
    "74DA38",
    "00E04C",
    "8C8590",
    "B0BE76",
]

AIRLINES = [
    "LH",
    "BA",
    "AF",
    "UA",
    "DL",
    "EK",
    "QR",
    "TK",
    "NH",
    "JL",
    "KE",
    "SQ",
    "LX",
    "KL",
    "IB",
    "AZ",
    "LO",
    "TG",
    "VN",
    "GA",
    "AI",
    "EY",
    "ET",
    "QF",
    "AC",
    "LA",
    "AM",
]

# ---------------------------------------------------------------------------------------------
# look-alikes (kept, never labeled)
# ---------------------------------------------------------------------------------------------

LOOKALIKES: dict[str, list[str]] = {
    "prod": [
        "Jaguar XE",
        "Alexa",
        "the Ford Transit",
        "Siri",
        "a Dyson V15",
        "Tesla Model Y",
        "Mercedes GLC",
        "Kindle Paperwhite",
        "Cortana",
        "Jack Daniel's",
        "Johnnie Walker",
        "Captain Morgan",
        "Toblerone",
        "Nespresso Vertuo",
        "Mr. Muscle",
        "Jeep Cherokee",
        "Renault Zoe",
        "Kia Carens",
        "Mazda CX-5",
        "Hyundai Elantra",
    ],
    "co": [
        "Wells Fargo",
        "Morgan Stanley",
        "Johnson & Johnson",
        "Ben & Jerry's",
        "Marks & Spencer",
        "Sainsbury's",
        "Tim Hortons",
        "Wendy's",
        "Hugo Boss",
        "Ralph Lauren",
        "Louis Vuitton",
        "McKinsey",
        "Goldman Sachs",
        "Lockheed Martin",
        "Procter & Gamble",
        "Charles Schwab",
        "Philips",
        "Siemens",
        "Dr. Oetker",
        "Carl Zeiss",
        "Suzuki",
        "Honda",
        "Toyota",
        "Yamaha",
        "Casio",
        "Ferrari",
        "Porsche",
        "Chanel",
        "Dolby",
        "Dyson",
        "Kellogg's",
        "Heinz",
        "Cadbury",
        "Boeing",
        "Tata Consultancy",
        "Samsung",
        "Mahindra",
    ],
    "place": [
        "Lincoln Tunnel",
        "Washington State",
        "Victoria Station",
        "Jackson Hole",
        "St. Petersburg",
        "San Francisco",
        "Mount Kosciuszko",
        "Lake Victoria",
        "Charlotte, NC",
        "Austin",
        "Florence",
        "Adelaide",
        "Georgia",
        "Virginia Beach",
        "Alexandria",
        "the Elizabeth line",
        "Kings Cross",
        "Madison Square Garden",
        "Darwin",
        "Houston",
        "Hamilton",
        "Wellington",
        "Santiago",
        "Jefferson City",
        "Charleston",
        "Fort Lauderdale",
        "Port Louis",
        "Frankfurt Hbf",
        "Carnegie Hall",
        "Lake Louise",
        "Albert Dock",
        "São Paulo",
        "Saint-Denis",
        "Victoria Falls",
    ],
    "town": [
        "Austin",
        "Charlotte",
        "Florence",
        "Adelaide",
        "Victoria",
        "Alexandria",
        "Darwin",
        "Houston",
        "Hamilton",
        "Wellington",
        "Santiago",
        "Jefferson City",
        "Charleston",
        "Fort Lauderdale",
        "Port Louis",
        "São Paulo",
        "Saint-Denis",
        "St. Petersburg",
        "San Francisco",
        "Lafayette",
        "Beverly Hills",
        "Madison",
        "Lincoln",
        "Columbus",
        "Washington",
        "Jackson",
        "Eugene",
        "Santa Clara",
    ],
    "sw": [
        "Django",
        "Flask",
        "Jenkins",
        "Ruby on Rails",
        "Julia",
        "Rust",
        "Hugo",
        "Ansible",
        "Kafka",
        "Cassandra",
        "Pandas",
        "Sinatra",
        "Jasmine",
        "Mocha",
        "Grafana",
        "Helm",
        "Jupyter",
        "Apache Spark",
        "Jekyll",
        "Pascal",
        "Ada",
        "Elixir",
        "Gatsby",
        "Sphinx",
        "Celery",
        "Tomcat",
        "Ember",
        "Svelte",
        "Bazel",
        "Lombok",
        "Jackson",
        "Mockito",
        "Hibernate",
        "Selenium",
        "Kotlin",
        "Dart",
        "Crystal",
        "Ruby",
    ],
}

DOC_PLACEHOLDERS = [
    "YOUR_API_KEY",
    "<your-api-key>",
    "<password>",
    "sk-...",
    "xxxx-xxxx-xxxx",
    "${DB_PASSWORD}",
    "$GITHUB_TOKEN",
    "<TOKEN>",
    "REPLACE_ME",
    "your-secret-here",
    "{{ secrets.NPM_TOKEN }}",
    "********",
    "<redacted>",
    "YOUR_ACCESS_KEY_ID",
    "<insert key here>",
    "%API_TOKEN%",
]

PASSWORD_WORDS = [
    "sunflower",
    "dragon",
    "monkey",
    "football",
    "blueberry",
    "kangaroo",
    "tiger",
    "orange",
    "summer",
    "winter",
    "sparrow",
    "galaxy",
    "pepper",
    "maple",
    "rocket",
    "coffee",
    "purple",
    "thunder",
    "castle",
    "falcon",
    "mango",
    "pumpkin",
    "violet",
    "harbor",
    "cobalt",
    "willow",
    "nebula",
    "biscuit",
    "lemon",
    "panther",
]

# ---------------------------------------------------------------------------------------------
# templates: (locale, text). Locale "en" picks an English-speaking country per sample.
# ---------------------------------------------------------------------------------------------

TEMPLATES: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- developer traffic (en)
    (
        "en",
        """
getting this when I run the migration, any idea?

Traceback (most recent call last):
  File "/home/⟦p1.handle⟧/projects/crm-sync/manage.py", line 22, in <module>
    main()
  File "/home/⟦p1.handle⟧/.venv/lib/python3.11/site-packages/django/db/backends/utils.py", line 89, in _execute
    return self.cursor.execute(sql, params)
psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "customers_email_key"
DETAIL:  Key (email)=(⟦p2.email⟧) already exists.

⟦=Django⟧ ⟦ver⟧, Postgres 15. The row was inserted by the ⟦sw⟧ worker about a minute earlier.
""",
    ),
    (
        "en",
        """
Can you explain why this fails? Our .env (dev box, I rotated nothing yet):

DATABASE_URL=postgresql://app_rw:⟦SECRET:dbpw⟧@⟦IPPRIV⟧:5432/billing
REDIS_URL=redis://⟦IPPRIV⟧:6379/0
STRIPE_SECRET_KEY=⟦SECRET:stripe⟧
SENTRY_DSN=https://⟦sha7⟧@o4505.ingest.sentry.io/⟦num:1000000-9999999⟧
APP_VERSION=⟦ver⟧

error: connect ECONNREFUSED on port ⟦port⟧
""",
    ),
    (
        "en",
        """
git log --format='%H %an <%ae> %s' -n 4

⟦sha⟧ ⟦p1⟧ <⟦p1.email⟧> fix: handle empty cart in checkout
⟦sha⟧ ⟦p2⟧ <⟦p2.email⟧> chore: bump ⟦sw⟧ to ⟦ver⟧
⟦sha⟧ ⟦p1⟧ <⟦p1.email⟧> feat: add retry to webhook sender
⟦sha⟧ ⟦p3⟧ <⟦p3.email⟧> Revert "feat: add retry to webhook sender"

how do I squash the last two without losing ⟦p2.f⟧'s commit?
""",
    ),
    (
        "en",
        """
commit ⟦sha⟧
Author: ⟦p1⟧ <⟦p1.email⟧>
Date:   Tue ⟦date:en-us⟧ 14:02:11 +0200

    Merge pull request #⟦num:100-4000⟧ from ⟦p1.handle⟧/fix-timezone

    Use UTC everywhere in the scheduler

write a changelog entry for this, short
""",
    ),
    (
        "en",
        """
# TODO(⟦p1.handle⟧): remove once the ⟦co⟧ integration is live
# Originally written by ⟦p1⟧, 2019. Questions -> ⟦p2⟧ (⟦p2.email⟧)
def normalize_phone(raw: str) -> str:
    digits = re.sub(r"[^0-9+]", "", raw)
    return digits

# example from the bug report: "⟦PHONE⟧" came back empty

why does this return empty for some inputs?
""",
    ),
    (
        "en",
        """
Here's my docker-compose, the db container keeps restarting:

services:
  db:
    image: postgres:⟦num:12-16⟧
    environment:
      POSTGRES_USER: orders
      POSTGRES_PASSWORD: ⟦SECRET:dbpw⟧
    ports:
      - "⟦port⟧:5432"
  api:
    build: .
    environment:
      - JWT_SECRET=⟦SECRET:hex64⟧
      - ADMIN_EMAIL=⟦p1.email⟧
""",
    ),
    (
        "en",
        """
nginx access log, somebody is hammering the login endpoint. which of these should I block?

⟦IP4⟧ - - [⟦num:10-28⟧/Mar/2025:03:14:07 +0000] "POST /api/login HTTP/1.1" 401 53 "-" "python-requests/2.31.0"
⟦IP4⟧ - - [⟦num:10-28⟧/Mar/2025:03:14:07 +0000] "POST /api/login HTTP/1.1" 401 53 "-" "python-requests/2.31.0"
⟦IP6⟧ - - [⟦num:10-28⟧/Mar/2025:03:14:09 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
⟦IP4⟧ - - [⟦num:10-28⟧/Mar/2025:03:14:11 +0000] "POST /api/login HTTP/1.1" 429 18 "-" "curl/8.4.0"
""",
    ),
    (
        "en",
        """
How do I make this SQL idempotent?

INSERT INTO customers (id, full_name, email, phone, dob, billing_address) VALUES
  (⟦num:1000-9999⟧, '⟦p1⟧', '⟦p1.email⟧', '⟦PHONE⟧', '⟦DOB:iso⟧', '⟦ADDR:1⟧'),
  (⟦num:1000-9999⟧, '⟦p2⟧', '⟦p2.email⟧', '⟦PHONE⟧', '⟦DOB:iso⟧', '⟦ADDR:1⟧');
""",
    ),
    (
        "en",
        """
my ssh config stopped working after the router swap:

Host bastion
    HostName ⟦IP4⟧
    User ⟦p1.handle⟧
    Port 2222
    IdentityFile ~/.ssh/id_ed25519

Host db-primary
    HostName ⟦IPPRIV⟧
    ProxyJump bastion

ssh -v says "Connection timed out" on the first hop
""",
    ),
    (
        "en",
        """
kubectl get pods -o wide
NAME                          READY   STATUS             RESTARTS   AGE   IP              NODE
checkout-7d9f8b6c5d-x2lqp     1/1     Running            0          3d    ⟦IPPRIV⟧     ip-10-0-3-17
checkout-7d9f8b6c5d-mm4kz     0/1     CrashLoopBackOff   42         3d    ⟦IPPRIV⟧     ip-10-0-1-201
payments-5c7b9d8f44-qq8rt     1/1     Running            1          12d   ⟦IPPRIV⟧     ip-10-0-2-88

logs say "invalid api key" for checkout, the secret is mounted from vault. what should I check?
""",
    ),
    (
        "en",
        """
curl -X POST https://api.example-payments.com/v1/refunds \\
  -H "Authorization: Bearer ⟦SECRET:jwt⟧" \\
  -H "Content-Type: application/json" \\
  -d '{"charge": "ch_⟦sha7⟧", "amount": 1999, "reason": "requested_by_customer"}'

returns 401 "token expired". the token is from this morning, is the exp claim wrong?
""",
    ),
    (
        "en",
        """
Pushed my config by accident, how do I purge it from history?

[default]
aws_access_key_id = ⟦SECRET:aws_id⟧
aws_secret_access_key = ⟦SECRET:aws_secret⟧
region = eu-west-1
""",
    ),
    (
        "en",
        """
const transporter = nodemailer.createTransport({
  host: "smtp.⟦=sendgrid.net⟧",
  port: 587,
  auth: { user: "apikey", pass: "⟦SECRET:sendgrid⟧" },
});
// sends the weekly digest to ⟦p1.email⟧ and ⟦p2.email⟧ for now
await transporter.sendMail({ to: "⟦p1.email⟧", subject: "Digest", html });

Error: Invalid login: 535 Authentication failed. what am I missing?
""",
    ),
    (
        "en",
        """
Write me a regex that matches the order ids in this log but not the phone numbers:

[⟦ts⟧] INFO order ⟦order⟧ created for customer_id=⟦num:10000-99999⟧
[⟦ts⟧] INFO sms sent to ⟦PHONE⟧ (order ⟦order⟧)
[⟦ts⟧] WARN retry #⟦num:1-5⟧ for order ⟦order⟧
""",
    ),
    (
        "en",
        """
dhcpd.leases excerpt, two devices are fighting over the same address:

lease ⟦IPPRIV#1⟧ {
  starts 3 2025/02/12 08:11:40;
  hardware ethernet ⟦MAC⟧;
  client-hostname "⟦p1.fl⟧s-iphone";
}
lease ⟦IPPRIV#1⟧ {
  starts 3 2025/02/12 08:12:03;
  hardware ethernet ⟦MAC⟧;
  client-hostname "LivingRoom-TV";
}
""",
    ),
    (
        "en",
        """
In our Cisco switch I see this, which port is the rogue AP on?

Vlan    Mac Address       Type        Ports
----    -----------       --------    -----
  10    ⟦MAC⟧    DYNAMIC     Gi1/0/12
  10    ⟦MAC⟧    DYNAMIC     Gi1/0/14
  20    ⟦MAC⟧    DYNAMIC     Gi1/0/24
""",
    ),
    (
        "en",
        """
package.json:
{
  "name": "@acme/ui-kit",
  "version": "⟦ver⟧",
  "author": "⟦p1⟧ <⟦p1.email⟧>",
  "contributors": ["⟦p2⟧ <⟦p2.email⟧>"],
  "license": "MIT"
}
npm publish fails with E403. we set NPM_TOKEN to ⟦SECRET:npm⟧ in the CI settings
""",
    ),
    (
        "en",
        """
GitHub Actions keeps failing at checkout. Relevant bit:

    - uses: actions/checkout@v4
      with:
        token: ⟦ph⟧
    - run: ./deploy.sh
      env:
        DEPLOY_HOST: ⟦IP4⟧

I also tried hardcoding the PAT (⟦SECRET:gh⟧) just to test, same error.
""",
    ),
    (
        "en",
        """
Fix the typing in this fixture please:

USERS = [
    {"id": 1, "name": "⟦p1⟧", "email": "⟦p1.email⟧", "role": "admin"},
    {"id": 2, "name": "⟦p2⟧", "email": "⟦p2.email⟧", "role": "viewer"},
    {"id": 3, "name": "⟦p3⟧", "email": "⟦p3.email⟧", "role": "viewer"},
]
""",
    ),
    (
        "en",
        """
The webhook payload from our payment provider looks like this, why is `card.number` sometimes present? I thought they only send last4.

{
  "event": "payment.failed",
  "id": "⟦uuid⟧",
  "created": ⟦epoch⟧,
  "customer": {"name": "⟦p1⟧", "email": "⟦p1.email⟧"},
  "card": {"brand": "visa", "last4": "⟦num:1000-9999⟧", "number": "⟦CARD:visa⟧", "exp": "0⟦num:1-9⟧/2⟦num:6-9⟧"},
  "failure_code": "card_declined"
}
""",
    ),
    (
        "en",
        """
terraform plan shows this diff and I'm not sure it's safe:

  ~ resource "aws_security_group_rule" "ssh_in" {
      ~ cidr_blocks = [
          - "⟦IP4⟧/32",
          + "⟦IP4⟧/32",
        ]
        from_port   = 22
        id          = "sgrule-⟦num:100000000-999999999⟧"
    }
""",
    ),
    (
        "en",
        """
I keep getting 'Permission denied (publickey)'. This is the key I generated (it's a throwaway, I know I shouldn't paste it):

-----BEGIN OPENSSH PRIVATE KEY-----
⟦SECRET:pem_ssh⟧
-----END OPENSSH PRIVATE KEY-----

and authorized_keys on the server ends with "⟦p1.handle⟧@laptop".
""",
    ),
    (
        "en",
        """
Is this the right way to load a cert in Go? The tls config panics.

const keyPEM = `-----BEGIN RSA PRIVATE KEY-----
⟦SECRET:pem_rsa⟧
-----END RSA PRIVATE KEY-----`
""",
    ),
    (
        "en",
        """
settings.py (prod) — our pentester flagged it:

SECRET_KEY = "⟦SECRET:django⟧"
DEBUG = False
ALLOWED_HOSTS = ["⟦IP4⟧", "shop.example.org"]
ADMINS = [("⟦p1⟧", "⟦p1.email⟧")]
EMAIL_HOST_PASSWORD = "⟦SECRET:pw⟧"
""",
    ),
    (
        "en",
        """
Our Slack bot stopped posting. Token is ⟦SECRET:slack⟧, scopes chat:write and channels:read. It worked until ⟦p1.f⟧ reinstalled the app yesterday. error = "invalid_auth"
""",
    ),
    (
        "en",
        """
quick one: is `hf_` token supposed to go in the header or the url? I'm doing
requests.get(url, headers={"Authorization": f"Bearer ⟦SECRET:hf⟧"})
and getting 401 on a public model
""",
    ),
    (
        "en",
        """
Windows event log after the update (⟦winver⟧):

Log Name: Security
Event ID: 4625
Account For Which Logon Failed: ⟦p1.handle⟧
Source Network Address: ⟦IP4⟧
Workstation Name: DESKTOP-⟦num:1000-9999⟧Q
Failure Reason: Unknown user name or bad password.

Is someone brute forcing us?
""",
    ),
    (
        "en",
        """
Can you turn this into a pandas DataFrame example? Data:

name,email,signup_date,plan
⟦p1⟧,⟦p1.email⟧,⟦date:iso⟧,pro
⟦p2⟧,⟦p2.email⟧,⟦date:iso⟧,free
⟦p3⟧,⟦p3.email⟧,⟦date:iso⟧,team
""",
    ),
    (
        "en",
        """
Explain what this ansible inventory does:

[web]
web01 ansible_host=⟦IPPRIV⟧
web02 ansible_host=⟦IPPRIV⟧

[db]
db01 ansible_host=⟦IPPRIV⟧ ansible_user=postgres ansible_become_pass=⟦SECRET:pw⟧

[all:vars]
ntp_server=pool.ntp.org
""",
    ),
    (
        "en",
        """
our router admin page shows these connected devices; one I don't recognise:

Device               IP              MAC
⟦p1.f⟧'s MacBook      ⟦IPPRIV⟧   ⟦MAC⟧
Galaxy-S23           ⟦IPPRIV⟧   ⟦MAC⟧
unknown              ⟦IPPRIV⟧   ⟦MAC⟧
""",
    ),
    (
        "en",
        """
Why does Java complain here?

/**
 * @author ⟦p1⟧
 * @since ⟦ver⟧
 */
public class InvoiceService {
    private static final String API_KEY = "⟦SECRET:google⟧"; // TODO move to vault
}
""",
    ),
    (
        "en",
        """
openvpn client log, handshake never completes:

⟦ts⟧ TCP/UDP: Preserving recently used remote address: [AF_INET]⟦IP4⟧:1194
⟦ts⟧ UDP link remote: [AF_INET]⟦IP4⟧:1194
⟦ts⟧ TLS Error: TLS key negotiation failed to occur within 60 seconds
""",
    ),
    (
        "en",
        """
How can I hash these before storing? Current table dump:

| user_id | username   | password_plain   |
|---------|------------|------------------|
| 1       | ⟦p1.handle⟧ | ⟦SECRET:pw⟧ |
| 2       | ⟦p2.handle⟧ | ⟦SECRET:pw⟧ |
| 3       | ⟦p3.handle⟧ | ⟦SECRET:pw⟧ |
""",
    ),
    (
        "en",
        """
Unit test is flaky, can you see why?

def test_mask_iban():
    assert mask("⟦IBAN⟧") == "****"
    assert mask(None) is None
""",
    ),
    (
        "en",
        """
My ethers.js script sends the tx but it never confirms:

const wallet = new ethers.Wallet(process.env.PK);
const tx = await wallet.sendTransaction({ to: "⟦ETH⟧", value: ethers.parseEther("0.05") });
console.log(tx.hash);

using chainId 1, gas from provider.getFeeData()
""",
    ),
    (
        "en",
        """
bitcoind says "Invalid address" for ⟦BTC⟧ but electrum accepts it. Node is v⟦num:24-27⟧.0, network=main. what gives?
""",
    ),
    (
        "en",
        """
Help me write a Jira bug from this Sentry issue:

Issue: ⟦sw⟧ TypeError: Cannot read properties of undefined (reading 'zip')
Events: ⟦num:20-900⟧  Users: ⟦num:3-120⟧
Last seen: ⟦ts⟧
User: id=⟦num:10000-99999⟧ email=⟦p1.email⟧ ip_address=⟦IP4⟧
Release: web@⟦ver⟧
""",
    ),
    (
        "en",
        """
How do I make git stop asking for this? Every push:

Username for 'https://gitlab.com': ⟦p1.handle⟧
Password for 'https://⟦p1.handle⟧@gitlab.com':

I have a token ⟦SECRET:gl⟧ but I don't know where it goes.
""",
    ),
    (
        "en",
        """
Convert to YAML:

{"mail": {"smtp_user": "⟦p1.email⟧", "smtp_password": "⟦SECRET:pw⟧", "from_name": "⟦p1⟧"},
 "telegram": {"bot_token": "⟦SECRET:telegram⟧", "chat_id": -100⟦num:1000000000-1999999999⟧}}
""",
    ),
    (
        "en",
        """
Postgres log is full of these, is it an attack?

⟦ts⟧ UTC [⟦pid⟧] FATAL:  password authentication failed for user "⟦p1.handle⟧"
⟦ts⟧ UTC [⟦pid⟧] DETAIL:  Connection matched pg_hba.conf line 99: "host all all 0.0.0.0/0 md5"
⟦ts⟧ UTC [⟦pid⟧] LOG:  connection received: host=⟦IP4⟧ port=⟦num:30000-60000⟧
""",
    ),
    (
        "en",
        """
Refactor this into a function:

# contact for on-call: ⟦p1⟧ ⟦PHONE⟧ (primary), ⟦p2⟧ ⟦PHONE⟧ (backup)
ONCALL = {"primary": "⟦p1.email⟧", "backup": "⟦p2.email⟧"}
""",
    ),
    (
        "en",
        """
Azure storage throws AuthorizationFailure:

DefaultEndpointsProtocol=https;AccountName=prodinvoices⟦num:10-99⟧;AccountKey=⟦SECRET:azure⟧;EndpointSuffix=core.windows.net

It's the right account, I copied it from the portal this morning.
""",
    ),
    (
        "en",
        """
Anthropic SDK says authentication_error. I set it like this:

client = anthropic.Anthropic(api_key="⟦SECRET:anthropic⟧")

the key starts with the right prefix, so what's wrong?
""",
    ),
    (
        "en",
        """
I'm on the OpenAI python lib ⟦ver⟧ and it ignores my env var. I exported OPENAI_API_KEY=⟦SECRET:openai⟧ in .bashrc, printenv shows it.
""",
    ),
    (
        "en",
        """
wireshark shows ARP replies from two MACs for the gateway ⟦IPPRIV⟧: ⟦MAC⟧ and ⟦MAC⟧. Is that ARP spoofing or just the HA pair?
""",
    ),
    (
        "en",
        """
can you review my IPv6 firewall rules?

ip6tables -A INPUT -s ⟦IP6⟧ -p tcp --dport 22 -j ACCEPT
ip6tables -A INPUT -s ⟦IP6⟧ -p tcp --dport 443 -j ACCEPT
ip6tables -A INPUT -p tcp --dport 22 -j DROP
""",
    ),
]

TEMPLATES += [
    # ---------------------------------------------------------------- support chats and e-mails (en)
    (
        "en",
        """
Summarize this support chat for the ticket:

[⟦time⟧] Customer: hi, my order ⟦order⟧ never arrived
[⟦time⟧] Agent (⟦p1.f⟧): Sorry to hear that! Can you confirm the name and delivery address?
[⟦time⟧] Customer: ⟦p2⟧, ⟦ADDR⟧
[⟦time⟧] Agent (⟦p1.f⟧): Thanks. The tracking ⟦tracking⟧ shows it was left with a neighbour.
[⟦time⟧] Customer: nobody here got it. you can call me on ⟦PHONE⟧
""",
    ),
    (
        "en-us",
        """
Chat transcript #⟦ticket⟧
Visitor: I need to update my card, the old one was stolen
Agent ⟦p1.f⟧: I can help. For security, please confirm your date of birth and the last 4 of your SSN.
Visitor: ⟦DOB⟧ and honestly just take the whole thing ⟦SSN⟧
Visitor: new card is ⟦CARD⟧ exp 0⟦num:1-9⟧/2⟦num:7-9⟧
Agent ⟦p1.f⟧: Please don't share full numbers in chat! I've masked them. Your name on the account is ⟦p2⟧?
Visitor: yes
""",
    ),
    (
        "en",
        """
Can you make this email sound more professional?

hey ⟦p1.f⟧,
so the invoice ⟦invoice⟧ is still not paid and its been 40 days. pls transfer to ⟦IBAN⟧ asap or call me ⟦PHONE⟧. if not paid by friday i'll have to stop the work on the ⟦co⟧ account.
⟦p2.f⟧
""",
    ),
    (
        "en",
        """
Translate to German please:

Dear Mr. ⟦p1.l⟧,

Thank you for your application for the apartment at ⟦ADDR⟧. We would like to invite you to a viewing on ⟦date⟧ at ⟦time⟧. Please bring a copy of your passport and proof of income.

Kind regards,
⟦p2⟧
Property Manager | ⟦PHONE⟧ | ⟦p2.email⟧
""",
    ),
    (
        "en",
        """
rewrite this to be shorter:

Hi team, just a heads up that ⟦p1⟧ from ⟦co⟧ will visit on ⟦date⟧. Please make sure the meeting room on floor 3 is ready. Her assistant ⟦p2⟧ (⟦p2.email⟧, ⟦PHONE⟧) will send the agenda. Parking is in the ⟦co⟧ garage, not the staff lot.
Thanks, ⟦p3.f⟧
""",
    ),
    (
        "en",
        """
Please reply politely to this customer complaint:

From: ⟦p1⟧ <⟦p1.email⟧>
Subject: Charged twice!!!
I was charged twice for order ⟦order⟧ (⟦amount⟧ each) on my card ending ⟦num:1000-9999⟧. I want one refunded today. My phone is ⟦PHONE⟧ if you actually want to call.
""",
    ),
    (
        "en-uk",
        """
Could you help me write a reply? Text from my bank:

"Dear ⟦p1.f⟧, we noticed a payment of £⟦amount⟧ to ⟦co⟧ from your account ending ⟦num:1000-9999⟧. If this wasn't you, call us on 0345 ⟦num:100-999⟧ ⟦num:1000-9999⟧."

Is this a scam? The number doesn't match the one on the back of my card.
""",
    ),
    (
        "en",
        """
Write a follow-up email to the recruiter:

To: ⟦p1.email⟧
Hi ⟦p1.f⟧, thanks for the call on ⟦date⟧. As discussed, I'm available for the second interview any afternoon next week. My mobile is ⟦PHONE⟧. Looking forward to meeting ⟦p2⟧ and the rest of the team.
Best,
⟦p3⟧
""",
    ),
    (
        "en",
        """
translate to spanish: "Hi ⟦p1.f⟧, the keys are in the lockbox by the door, code is ⟦SECRET:door⟧. The wifi is 'HomeNet-5G', password ⟦SECRET:wifi⟧. Checkout is at 11. Enjoy ⟦place⟧!"
""",
    ),
    (
        "en",
        """
Make this email friendlier:

⟦p1.f⟧ — your payslip is attached. The PDF password is your date of birth in DDMMYYYY. If it doesn't open contact payroll (⟦p2⟧, ext. ⟦num:200-499⟧).
""",
    ),
    (
        "en-us",
        """
Customer: Hi I'm trying to file my taxes but your software rejects my ITIN
Agent: I'm sorry about that! What's the error code?
Customer: IND-⟦num:100-999⟧-01. my ITIN is ⟦ITIN⟧ and my wife's is ⟦ITIN⟧
Agent: Thanks. Please do not share your ITIN in chat. Is the name exactly as on the IRS letter?
Customer: ⟦p1⟧
""",
    ),
    (
        "en",
        """
fix grammar:

Dear ⟦p1⟧, i am writing regarding my booking ⟦pnr⟧ on flight ⟦flight⟧. I have to change the name on the ticket because it was misspelled, my passport says ⟦p2⟧ and passport number ⟦PASSPORT⟧. Please advise.
""",
    ),
    (
        "en",
        """
Write a short out-of-office: I'm away until ⟦date⟧. For urgent matters contact ⟦p1⟧ at ⟦p1.email⟧ or ⟦PHONE⟧.
""",
    ),
    (
        "en-uk",
        """
Can you draft a complaint to my energy supplier? Details:
Name: ⟦p1⟧
Address: ⟦ADDR⟧
Account no: ⟦num:10000000-99999999⟧
They switched me to a new tariff without asking, and the direct debit from ⟦IBAN:gb⟧ went up by £⟦num:20-90⟧.
""",
    ),
    (
        "en",
        """
Help me reply to this: "Hello, I am ⟦p1⟧ from the ⟦co⟧ security team. We detected unusual activity. Please verify your account by sending your card number and CVV to ⟦EMAIL⟧." It looks fishy, what do I say?
""",
    ),
    (
        "en",
        """
please translate to French, it's for our landlord:

Hello Mrs ⟦p1.l⟧, the boiler in flat ⟦num:1-30⟧ is broken again since ⟦date⟧. The technician from ⟦co⟧ said the part must be ordered. Can you call my husband ⟦p2.f⟧ on ⟦PHONE⟧ to arrange access? Thank you, ⟦p3⟧
""",
    ),
    (
        "en",
        """
Email thread, summarize the decision:

From: ⟦p1⟧ <⟦p1.email⟧>
To: ⟦p2.email⟧; ⟦p3.email⟧
Subject: Re: Re: vendor shortlist

Agree with ⟦p2.f⟧ — let's go with the second vendor. ⟦p3.f⟧, can you set up the call?

> On ⟦date⟧, ⟦p2⟧ wrote:
> Price is ok, their SLA is 99.9 and they host in ⟦town⟧.
""",
    ),
    (
        "en",
        """
this is my email signature, can you make it look cleaner?

--
⟦p1⟧ | Senior Account Manager
⟦co⟧ Partner Team
M: ⟦PHONE⟧ | T: ⟦PHONE⟧
⟦p1.email⟧
⟦ADDR⟧
""",
    ),
    (
        "en",
        """
Shorten:

Hi ⟦p1.f⟧, hope you're well! Quick reminder that the deposit for the ⟦place⟧ trip (⟦amount⟧ per person) is due ⟦date⟧. Bank details: ⟦p2⟧, IBAN ⟦IBAN⟧. Please put your name as reference. Cheers, ⟦p2.f⟧
""",
    ),
    (
        "en-in",
        """
rewrite formally:

sir, myself ⟦p1⟧, roll no ⟦num:20100-20999⟧, i am not able to attend the exam on ⟦date⟧ due to my grandmother's surgery. kindly allow me to give re-exam. my father ⟦p2⟧ mobile ⟦PHONE⟧ can confirm. thanking you
""",
    ),
    (
        "en",
        """
Translate to Japanese for a hotel:

Hello, I have a reservation under ⟦p1⟧ from ⟦date⟧ to ⟦date⟧ (confirmation ⟦pnr⟧). We will arrive late, around 11pm. My phone number is ⟦PHONE⟧. Thank you!
""",
    ),
    (
        "en-us",
        """
Customer chat (auto insurance):
Me: I got rear-ended at a light. The other driver is ⟦p1⟧, his license is ⟦DL:us⟧ and plate 7⟦num:100-999⟧KLM
Agent ⟦p2.f⟧: I'm sorry! Are you hurt? Do you have the other driver's insurer?
Me: ⟦co⟧ I think. his phone ⟦PHONE⟧
Agent ⟦p2.f⟧: Thank you. I've opened claim ⟦case⟧.
""",
    ),
    (
        "en",
        """
Is this message legit? "⟦co⟧: Your parcel is held at customs. Pay the 1.99 fee at http://bit.ly/⟦sha7⟧ within 24h." It came from ⟦PHONE⟧.
""",
    ),
    (
        "en",
        """
Draft an apology email to ⟦p1⟧ (⟦p1.email⟧) — we sent her order ⟦order⟧ to ⟦ADDR⟧ which is her old address. New one is ⟦ADDR⟧. Offer free shipping on the replacement.
""",
    ),
    (
        "en",
        """
Can you proofread? It's going to all parents.

Dear parents, the Year 4 trip to ⟦place⟧ is on ⟦date⟧. Please return the consent form to Mrs ⟦p1.l⟧ by Friday. Children need a packed lunch. Any questions, call the office on ⟦PHONE⟧ or email ⟦p1.email⟧.
""",
    ),
    (
        "en",
        """
hi, need help with a reply. the landlord wrote:
"Hi ⟦p1.f⟧, the new door code from Monday is ⟦SECRET:door⟧. Bins go out Thursday. Also the plumber ⟦p2⟧ will come ⟦date⟧ between 9 and 12, his number is ⟦PHONE⟧." I want to say I can't be there in the morning
""",
    ),
    (
        "en",
        """
Rewrite this crypto OTC message so it's clearer:

gm ⟦p1.f⟧, as agreed send 0.42 BTC to ⟦BTC⟧ and I'll release the USDT to your wallet ⟦ETH⟧ after 3 confirmations. Ref: deal #⟦num:100-999⟧.
""",
    ),
    (
        "en",
        """
Write a polite reminder to a tenant: ⟦p1⟧, rent for ⟦ADDR⟧ is ⟦num:5-20⟧ days late. Payment to account ⟦IBAN⟧. Mention the late fee from clause ⟦num:4-12⟧.
""",
    ),
    (
        "en",
        """
translate to Portuguese (Brazil):

Hi ⟦p1.f⟧! Your new login for the portal is ⟦p1.email⟧ and the temporary password is ⟦SECRET:pw⟧ — please change it after the first login. If you need help, ⟦p2.f⟧ from IT is on ⟦PHONE⟧.
""",
    ),
    (
        "en",
        """
Support ticket ⟦ticket⟧ — summarize for the engineer:

User ⟦p1⟧ reports that 2FA codes don't arrive on ⟦PHONE⟧. Account email ⟦p1.email⟧. Last successful login from ⟦IP4⟧ on ⟦date⟧. She tried backup code ⟦SECRET:otp⟧ which was rejected.
""",
    ),
    (
        "en",
        """
help me answer my uncle, he wants to borrow my car:

"hey, can I take the ⟦prod⟧ this weekend? I'll bring it back Sunday. if the police stop me my license is ⟦DL⟧, put me on the insurance pls. -⟦p1.f⟧"
""",
    ),
    (
        "en",
        """
Make this LinkedIn message less pushy:

Hi ⟦p1.f⟧, I saw you moved to ⟦co⟧, congrats! I'm hiring for a lead role, would love 15 minutes. Reach me at ⟦p2.email⟧ or ⟦PHONE⟧. ⟦p2⟧
""",
    ),
    (
        "en",
        """
Translate into Italian: "Dear ⟦p1⟧, please find attached the invoice ⟦invoice⟧. Payment within 30 days to IBAN ⟦IBAN:it⟧, beneficiary ⟦p2⟧. Thank you."
""",
    ),
    (
        "en",
        """
Please clean up this voicemail transcript:

"yeah hi it's uh ⟦p1.f⟧ ⟦p1.l⟧ calling about the um the quote for the roof at ⟦ADDR⟧, you can call me back at ⟦PHONE#1⟧, that's ⟦PHONE#1⟧, thanks bye"
""",
    ),
]

TEMPLATES += [
    # ---------------------------------------------------------------- CVs, HR, legal (en)
    (
        "en",
        """
Improve my CV header and summary:

⟦p1⟧
⟦ADDR⟧ · ⟦PHONE⟧ · ⟦p1.email⟧ · linkedin.com/in/⟦p1.handle⟧
Date of birth: ⟦DOB⟧

Backend developer with 6 years of Python (⟦sw⟧, FastAPI) and some ⟦sw⟧. Led migration of a monolith at ⟦co⟧. References: ⟦p2⟧, Engineering Manager.
""",
    ),
    (
        "en",
        """
Write a cover letter opening for me. Details:
- Name: ⟦p1⟧
- Applying to: Data Analyst at ⟦co⟧
- Referred by ⟦p2⟧ who works in their ⟦town⟧ office
- Contact: ⟦p1.email⟧ / ⟦PHONE⟧
""",
    ),
    (
        "en-us",
        """
Fill this onboarding summary into a table:

Employee: ⟦p1⟧
Start date: ⟦date⟧
SSN: ⟦SSN⟧
DOB: ⟦DOB⟧
Home address: ⟦ADDR⟧
Emergency contact: ⟦p2⟧ (spouse) ⟦PHONE⟧
Direct deposit: routing ⟦num:100000000-399999999⟧, acct ⟦num:1000000-99999999⟧
""",
    ),
    (
        "en-us",
        """
W-9 data I got from a contractor, is anything missing?

Name (as shown on your income tax return): ⟦p1⟧
Business name: ⟦p1.l⟧ Design LLC
Address: ⟦ADDR⟧
Taxpayer Identification Number: ⟦SSN⟧
Signature: ⟦p1⟧   Date: ⟦date⟧
""",
    ),
    (
        "en-us",
        """
I'm an ITIN holder and my employer put my ITIN ⟦ITIN⟧ on the W-2 instead of leaving the SSN box empty. Name on W-2: ⟦p1⟧. Do I need a corrected W-2c? I was born ⟦DOB⟧ if that matters for the dependent question.
""",
    ),
    (
        "en",
        """
Draft a reference letter:

To whom it may concern,
I confirm that ⟦p1⟧ (born ⟦DOB⟧) worked at ⟦co⟧ under my supervision from ⟦date⟧ to ⟦date⟧ as a warehouse team lead. ⟦p1.f⟧ was reliable and trained new staff.
⟦p2⟧, Operations Manager, ⟦PHONE⟧
""",
    ),
    (
        "en",
        """
Please rephrase this termination letter so it is neutral:

Dear ⟦p1⟧,
Following the meeting on ⟦date⟧ with ⟦p2⟧ (HR), your employment ends effective ⟦date⟧. Your final pay will be transferred to the account on file (⟦IBAN⟧). Please return your badge and laptop (asset tag ⟦num:10000-99999⟧).
""",
    ),
    (
        "en",
        """
Summarize this NDA party block:

This Agreement is made between ⟦co⟧ Ltd ("Company") and ⟦p1⟧, residing at ⟦ADDR⟧, holder of passport no. ⟦PASSPORT⟧ ("Recipient"). Signed in ⟦town⟧ on ⟦date⟧. Witness: ⟦p2⟧.
""",
    ),
    (
        "en-uk",
        """
Tenancy agreement — check the details are consistent:

Landlord: ⟦p1⟧, ⟦ADDR⟧
Tenant(s): ⟦p2⟧ (DOB ⟦DOB⟧) and ⟦p3⟧ (DOB ⟦DOB⟧)
Property: ⟦ADDR⟧
Rent: £⟦num:900-2400⟧ pcm, payable to ⟦IBAN:gb⟧
Deposit protected with the TDS, ref ⟦case⟧
""",
    ),
    (
        "en",
        """
Rewrite this HR complaint in a calmer tone:

I want to report ⟦p1⟧ from the ⟦town⟧ branch. In the meeting on ⟦date⟧ he shouted at ⟦p2.f⟧ and me in front of customers. ⟦p3⟧ witnessed it. This is the third time.
""",
    ),
    (
        "en",
        """
I need a power of attorney template filled:

I, ⟦p1⟧, born on ⟦DOB⟧, passport ⟦PASSPORT⟧, residing at ⟦ADDR⟧, hereby appoint ⟦p2⟧, born on ⟦DOB⟧, to act on my behalf in the sale of my vehicle (⟦prod⟧, VIN ⟦num:10000000-99999999⟧).
""",
    ),
    (
        "en",
        """
Turn this into bullet points for the hiring committee:
candidate ⟦p1⟧ — strong SQL, weak on stats. ⟦p2.f⟧ liked her, ⟦p3.f⟧ not sure. salary ask ⟦num:60-140⟧k. notice period 2 months. phone screen notes in ⟦ticket⟧.
""",
    ),
    (
        "en",
        """
Make my resume's "Education" section consistent:

⟦town⟧ University — BSc Computer Science, 2014–2017 (thesis supervisor: Prof. ⟦p1⟧)
Exchange semester at ⟦co⟧ Institute, 2016
High school: Riverside Academy, 2010–2014
""",
    ),
    # ---------------------------------------------------------------- medical and insurance (en)
    (
        "en-us",
        """
Can you simplify this discharge summary for the patient?

Patient: ⟦p1⟧   DOB: ⟦DOB⟧   MRN: ⟦num:1000000-9999999⟧
Attending: Dr. ⟦p2⟧
Admitted ⟦date⟧ with community-acquired pneumonia. Treated with ceftriaxone + azithromycin. Discharged on amoxicillin 875 mg BID x 5 days. Follow up with PCP Dr. ⟦p3.l⟧ in 1 week. Call ⟦PHONE⟧ with concerns.
""",
    ),
    (
        "en",
        """
Referral letter — please shorten:

Dear Dr ⟦p1.l⟧,
Thank you for seeing ⟦p2⟧ (DOB ⟦DOB⟧) of ⟦ADDR⟧, a 54 year old with 3 months of exertional chest pain. ECG on ⟦date⟧ showed no acute changes. Current meds: ramipril 5mg, atorvastatin 20mg. He can be reached on ⟦PHONE⟧.
Yours sincerely,
Dr ⟦p3⟧
""",
    ),
    (
        "en-us",
        """
Explain this EOB to me:

Member: ⟦p1⟧   Member ID: ⟦=XJH⟧⟦num:100000000-999999999⟧
Patient: ⟦p2⟧ (dependent)   DOB: ⟦DOB:child⟧
Provider: ⟦town⟧ Pediatrics
Claim #: ⟦case⟧   Date of service: ⟦date⟧
Billed $⟦amount⟧  Allowed $⟦amount⟧  You owe $⟦amount⟧
""",
    ),
    (
        "en",
        """
my mum's prescription list, can you make a daily schedule?
⟦p1⟧, born ⟦DOB⟧
- metformin 500mg twice daily
- amlodipine 5mg morning
- vitamin D 1000 IU
GP: Dr ⟦p2.l⟧, ⟦PHONE⟧
""",
    ),
    (
        "en",
        """
Fill in a travel insurance claim summary from these notes:
Insured: ⟦p1⟧, policy ⟦case⟧, passport ⟦PASSPORT⟧
Incident: lost luggage on ⟦flight⟧, ⟦date⟧, at ⟦town⟧ airport
Contact: ⟦p1.email⟧, ⟦PHONE⟧
Bank account for payout: ⟦IBAN⟧
""",
    ),
    (
        "en-us",
        """
Dental intake form OCR, please structure as JSON:

PATIENT NAME ⟦p1.LF⟧
DATE OF BIRTH ⟦DOB⟧   SEX F
ADDRESS ⟦ADDR⟧
HOME PHONE ⟦PHONE⟧   CELL ⟦PHONE⟧
EMAIL ⟦p1.email⟧
INSURANCE ⟦co⟧ Dental PPO   SUBSCRIBER ⟦p2⟧   SSN ⟦SSN⟧
""",
    ),
    (
        "en",
        """
my son's vaccination record, translate to German for his new school:
Name: ⟦p1:m⟧
Date of birth: ⟦DOB:child⟧
MMR dose 1: ⟦date⟧, dose 2: ⟦date⟧
Tdap: ⟦date⟧
Clinic: ⟦town⟧ Family Practice, Dr ⟦p2.l⟧
""",
    ),
    (
        "en",
        """
Can you tell me if this lab result is bad? It's for ⟦p1⟧ (DOB ⟦DOB⟧): HbA1c 7.9%, fasting glucose 162 mg/dL, LDL 141. Dr ⟦p2.l⟧ wants to see her on ⟦date⟧.
""",
    ),
    # ---------------------------------------------------------------- travel (en)
    (
        "en",
        """
Build an itinerary from these confirmations:

BOOKING REF ⟦pnr⟧
Passenger: ⟦p1.L⟧/⟦p1.rf⟧ MR
Flight ⟦flight⟧ ⟦date⟧ dep ⟦time⟧ arr ⟦time⟧
Passport: ⟦PASSPORT⟧  Exp ⟦date⟧  DOB ⟦DOB⟧
Hotel: ⟦co⟧ Suites near ⟦place⟧, check-in ⟦date⟧, conf ⟦num:10000000-99999999⟧
Contact phone: ⟦PHONE⟧
""",
    ),
    (
        "en",
        """
Visa application — check for mistakes before I submit:

Surname: ⟦p1.L⟧
Given names: ⟦p1.rf⟧
Date of birth: ⟦DOB⟧
Passport number: ⟦PASSPORT⟧
Home address: ⟦ADDR⟧
Host in destination: ⟦p2⟧, ⟦PHONE⟧
Purpose: tourism, ⟦num:7-21⟧ days
""",
    ),
    (
        "en-us",
        """
Car rental agreement summary please:
Renter: ⟦p1⟧   License: ⟦DL:us⟧ (exp ⟦date⟧)
Additional driver: ⟦p2⟧   License: ⟦DL:us⟧
Vehicle: ⟦prod⟧ or similar, pickup ⟦town⟧ ⟦date⟧
Card on file: ⟦CARD⟧
""",
    ),
    (
        "en",
        """
Group trip sheet, can you sort by arrival time?

⟦p1⟧ — ⟦flight⟧ lands ⟦time⟧ — ⟦PHONE⟧
⟦p2⟧ — ⟦flight⟧ lands ⟦time⟧ — ⟦PHONE⟧
⟦p3⟧ — ⟦flight⟧ lands ⟦time⟧ — ⟦PHONE⟧
⟦p4⟧ — driving from ⟦town⟧
""",
    ),
    (
        "en",
        """
The airline form wants "name exactly as in passport". Mine is ⟦p1.r:n⟧ but my ticket says ⟦p1.rf⟧ only. passport no ⟦PASSPORT⟧. will they let me board?
""",
    ),
    # ---------------------------------------------------------------- real estate, school (en)
    (
        "en",
        """
Write a listing from these notes:
3 bed semi, ⟦ADDR⟧. South-facing garden, new boiler (⟦co⟧), 10 min to ⟦place⟧. Viewings via ⟦p1⟧, ⟦PHONE⟧. Seller ⟦p2.l⟧ wants offers over ⟦num:300-700⟧k.
""",
    ),
    (
        "en",
        """
Summarize the offer for my client:

Buyer: ⟦p1⟧ and ⟦p2⟧
Property: ⟦ADDR⟧
Offer: ⟦num:400-900⟧,000, 10% deposit, subject to survey
Buyer's solicitor: ⟦p3⟧, ⟦p3.email⟧
Completion target: ⟦date⟧
""",
    ),
    (
        "en",
        """
Proofread the school letter:

Dear ⟦p1⟧,
Your child ⟦p2:f⟧ (date of birth ⟦DOB:child⟧) has been offered a place in Class 3B starting ⟦date⟧. Please confirm by returning the form to Mr ⟦p3.l⟧ or emailing ⟦p3.email⟧. The school is at ⟦ADDR⟧.
""",
    ),
    (
        "en",
        """
Can you make a nicer version of our class contact list?

Ms ⟦p1.l⟧ (teacher) — ⟦p1.email⟧
⟦p2.f⟧'s mum — ⟦p3⟧ — ⟦PHONE⟧
⟦p4.f⟧'s dad — ⟦p5⟧ — ⟦PHONE⟧
""",
    ),
    (
        "en-us",
        """
Lease application, anything suspicious?
Applicant: ⟦p1⟧
DOB: ⟦DOB⟧   SSN: ⟦SSN⟧
Current address: ⟦ADDR⟧ (2 yrs)
Employer: ⟦co⟧, supervisor ⟦p2⟧ ⟦PHONE⟧
Driver's license: ⟦DL:us⟧
Monthly income: $⟦num:3000-12000⟧
""",
    ),
]

TEMPLATES += [
    # ---------------------------------------------------------------- chat exports, notes (en)
    (
        "en",
        """
WhatsApp export, can you summarize what was decided?

[⟦date⟧, ⟦time⟧] ⟦p1⟧: ok so who's bringing what saturday
[⟦date⟧, ⟦time⟧] ⟦p2⟧: I'll do drinks. address again?
[⟦date⟧, ⟦time⟧] ⟦p1⟧: ⟦ADDR⟧, ring twice the bell is broken
[⟦date⟧, ⟦time⟧] ⟦p3⟧: cake 🎂 and ⟦p4.fl⟧ said she's bringing her guitar
[⟦date⟧, ⟦time⟧] ⟦p2⟧: if lost call me ⟦PHONE⟧
""",
    ),
    (
        "en",
        """
Slack export (#ops), write a postmortem timeline:

⟦p1.handle⟧ ⟦time⟧: db primary at ⟦IPPRIV⟧ is at 100% cpu
⟦p2.handle⟧ ⟦time⟧: failing over to replica, ⟦p3⟧ please hold deploys
⟦p1.handle⟧ ⟦time⟧: rolled back ⟦sw⟧ to ⟦ver⟧
⟦p3.handle⟧ ⟦time⟧: ack. customer ⟦co⟧ called ⟦p4⟧ twice already
""",
    ),
    (
        "en",
        """
Discord DMs, is this person scamming me?

⟦p1.handle⟧ — today at ⟦time⟧
bro I can double your ETH, just send 0.5 to ⟦ETH⟧ and I'll send 1 back within an hour. my real name is ⟦p1⟧ you can check me on linkedin
""",
    ),
    (
        "en",
        """
Meeting notes — turn into action items:

Attendees: ⟦p1⟧, ⟦p2⟧, ⟦p3⟧ (guest from ⟦co⟧)
- ⟦p1.f⟧ to send the revised budget by ⟦date⟧
- ⟦p2.f⟧ will ask legal about the ⟦town⟧ lease
- ⟦p3.f⟧'s contact for invoices: ⟦p3.email⟧
- Next sync ⟦date⟧ ⟦time⟧, same zoom (passcode ⟦SECRET:pin6⟧)
""",
    ),
    (
        "en",
        """
Telegram group dump, just need the list of who paid:

⟦p1⟧: paid 20 via revolut
⟦p2⟧: sent to ⟦IBAN⟧ yesterday
⟦p3⟧: will pay friday sorry!!
⟦p4⟧: done ✅
""",
    ),
    (
        "en",
        """
1:1 notes with ⟦p1⟧ — rewrite for sharing with her (remove my private comments):
- wants to move to the ⟦town⟧ team in Q3
- struggling since her dad's surgery (private!)
- mentor: ⟦p2⟧
- promo case due ⟦date⟧
""",
    ),
    (
        "en",
        """
from our family group chat, can you make a calendar for grandma's visit?

⟦p1.fl⟧: she lands ⟦date⟧ on ⟦flight⟧
⟦p2.fl⟧: i can pick her up, what's her phone again
⟦p1.fl⟧: ⟦PHONE⟧
⟦p3.fl⟧: she stays with us first week, then at ⟦p2.fl⟧'s
""",
    ),
    (
        "en",
        """
Microsoft Teams chat, find who owns the budget:

⟦p1.rev⟧  ⟦time⟧
who signs off on the ⟦co⟧ renewal?
⟦p2.rev⟧  ⟦time⟧
⟦p3⟧ in finance, cc ⟦p3.email⟧
⟦p1.rev⟧  ⟦time⟧
thx
""",
    ),
    # ---------------------------------------------------------------- CRM, spreadsheets (en)
    (
        "en",
        """
Dedupe this CRM export:

"Full Name","Email","Phone","Company","City"
"⟦p1⟧","⟦p1.email⟧","⟦PHONE⟧","⟦co⟧","⟦city⟧"
"⟦p2⟧","⟦p2.email⟧","⟦PHONE⟧","⟦co⟧","⟦city⟧"
"⟦p1.ini⟧","⟦p1.email⟧","","⟦co⟧","⟦city⟧"
"⟦p3⟧","⟦p3.email⟧","⟦PHONE⟧","⟦co⟧","⟦city⟧"
""",
    ),
    (
        "en",
        """
Convert this JSON to CSV:

[
  {"id": "⟦uuid⟧", "first_name": "⟦p1.f⟧", "last_name": "⟦p1.l⟧", "email": "⟦p1.email⟧", "dob": "⟦DOB:iso⟧"},
  {"id": "⟦uuid⟧", "first_name": "⟦p2.f⟧", "last_name": "⟦p2.l⟧", "email": "⟦p2.email⟧", "dob": "⟦DOB:iso⟧"}
]
""",
    ),
    (
        "en",
        """
HubSpot contact export, which leads are from the same company?

Record ID,First Name,Last Name,Email,Phone Number,Lifecycle Stage,Create Date
⟦num:1000000-9999999⟧,⟦p1.f⟧,⟦p1.l⟧,⟦p1.email⟧,⟦PHONE⟧,lead,⟦date:iso⟧
⟦num:1000000-9999999⟧,⟦p2.f⟧,⟦p2.l⟧,⟦p2.email⟧,⟦PHONE⟧,mql,⟦date:iso⟧
⟦num:1000000-9999999⟧,⟦p3.f⟧,⟦p3.l⟧,⟦p3.email⟧,,customer,⟦date:iso⟧
""",
    ),
    (
        "en",
        """
Spreadsheet pasted below, total the amounts per person:

Name	Date	Description	Amount
⟦p1⟧	⟦date⟧	Taxi to ⟦place⟧	⟦amount⟧
⟦p2⟧	⟦date⟧	Dinner with ⟦co⟧	⟦amount⟧
⟦p1⟧	⟦date⟧	Hotel	⟦amount⟧
⟦p3⟧	⟦date⟧	Train	⟦amount⟧
""",
    ),
    (
        "en",
        """
payroll sheet — check that every IBAN is the right length:

employee_id;name;iban;gross
E⟦num:100-999⟧;⟦p1⟧;⟦IBAN⟧;⟦amount⟧
E⟦num:100-999⟧;⟦p2⟧;⟦IBAN⟧;⟦amount⟧
E⟦num:100-999⟧;⟦p3⟧;⟦IBAN⟧;⟦amount⟧
""",
    ),
    (
        "en-us",
        """
Find duplicates in this donor list (same SSN?):

donor_name | ssn | amount | date
⟦p1⟧ | ⟦SSN⟧ | ⟦amount⟧ | ⟦date⟧
⟦p2⟧ | ⟦SSN⟧ | ⟦amount⟧ | ⟦date⟧
⟦p3⟧ | ⟦ITIN⟧ | ⟦amount⟧ | ⟦date⟧
""",
    ),
    (
        "en",
        """
Salesforce report, format as a markdown table:

Account Owner: ⟦p1⟧
Opportunity: ⟦co⟧ – Renewal ⟦num:2025-2026⟧   Stage: Negotiation   Amount: ⟦amount⟧
Primary Contact: ⟦p2⟧ (⟦p2.email⟧, ⟦PHONE⟧)
Billing Address: ⟦ADDR:1⟧
""",
    ),
    (
        "en",
        """
Mailchimp bounce list, which ones look like typos?

⟦p1.email⟧  hard bounce
⟦p2.email⟧  soft bounce
⟦p3.email⟧  hard bounce
noreply@⟦=mailer-daemon.example⟧  ignored
""",
    ),
    (
        "en",
        """
customers.json has duplicates, write a jq command to find them by email:

{"customer": {"name": "⟦p1⟧", "email": "⟦p1.email⟧", "phone": "⟦PHONE⟧", "address": "⟦ADDR:1⟧"}}
{"customer": {"name": "⟦p1.lc⟧", "email": "⟦p1.email⟧", "phone": null, "address": null}}
""",
    ),
    (
        "en",
        """
Our crypto payouts sheet, validate the addresses:

contractor,network,address,amount
⟦p1⟧,BTC,⟦BTC⟧,0.0⟦num:10-99⟧
⟦p2⟧,ETH,⟦ETH⟧,1.⟦num:10-99⟧
⟦p3⟧,BTC,⟦BTC⟧,0.0⟦num:10-99⟧
""",
    ),
    (
        "en",
        """
Inventory of laptops, make it a table:

asset ⟦num:1000-9999⟧ — ⟦p1⟧ — wifi MAC ⟦MAC⟧ — ⟦prod⟧
asset ⟦num:1000-9999⟧ — ⟦p2⟧ — wifi MAC ⟦MAC⟧ — MacBook Air M2
asset ⟦num:1000-9999⟧ — spare — wifi MAC ⟦MAC⟧ — ThinkPad T14
""",
    ),
    # ---------------------------------------------------------------- OCR (en)
    (
        "en-us",
        """
OCR from a scanned driver license, please extract fields:

DRIVER LICENSE
DL ⟦DL:us⟧
EXP ⟦date:en-us⟧
LN ⟦p1.L⟧
FN ⟦p1.f⟧
DOB ⟦DOB:en-us⟧
⟦ADDR⟧
SEX M HGT 5-11 EYES BRN
""",
    ),
    (
        "en",
        """
This is OCR of a bank statement, extract the transactions:

⟦co⟧ BANK   Statement period ⟦date⟧ - ⟦date⟧
Account holder: ⟦p1.LF⟧
⟦ADDR⟧
IBAN: ⟦IBAN⟧
⟦date⟧  CARD PAYMENT ⟦co⟧        -⟦amount⟧
⟦date⟧  TRANSFER FROM ⟦p2.L⟧     +⟦amount⟧
⟦date⟧  DIRECT DEBIT ⟦co⟧        -⟦amount⟧
""",
    ),
    (
        "en",
        """
scanned utility bill (OCR is messy), get me the account holder and address:

ACC0UNT HOLDER: ⟦p1⟧
SUPPLY ADDRESS ⟦ADDR⟧
Customer no. ⟦num:10000000-99999999⟧   lnvoice ⟦invoice⟧
Amount due ⟦amount⟧ by ⟦date⟧
""",
    ),
    (
        "en",
        """
Photo of a business card, OCR result:

⟦p1⟧
Head of Procurement
⟦co⟧
⟦PHONE⟧   ⟦p1.email⟧
⟦ADDR⟧
can you make a vCard?
""",
    ),
    (
        "en",
        """
OCR of a handwritten form, fix the obvious errors:

Nane: ⟦p1⟧
Date of Brith: ⟦DOB⟧
Adress: ⟦ADDR⟧
Tel: ⟦PHONE⟧
Next of kin: ⟦p2⟧
""",
    ),
    (
        "en",
        """
Extract the passport data from this OCR (visual zone only):

Type P   Code ⟦=UTO⟧
Passport No. ⟦PASSPORT⟧
Surname ⟦p1.L⟧
Given names ⟦p1.rf⟧
Date of birth ⟦DOB⟧
Date of issue ⟦date⟧   Date of expiry ⟦date⟧
""",
    ),
    (
        "en",
        """
payment slip OCR — pull out beneficiary and amount:
Beneficiary: ⟦p1⟧
IBAN ⟦IBAN⟧   BIC ⟦=DEUTDEFFXXX⟧
Amount ⟦amount⟧ EUR
Reference ⟦invoice⟧
""",
    ),
    (
        "en",
        """
OCR'd receipt, what did I spend on groceries?
⟦co⟧ Superstore #⟦num:100-999⟧
⟦date⟧ ⟦time⟧
CARD ************⟦num:1000-9999⟧
MILK 2L 1.49
BREAD 2.10
Cashier: ⟦p1.f⟧
""",
    ),
]

TEMPLATES += [
    # ---------------------------------------------------------------- plain chat (en)
    (
        "en",
        "my sister ⟦p1.fl:f⟧ keeps borrowing my clothes without asking, how do i bring it up without a fight",
    ),
    (
        "en",
        "what's a good birthday gift for my boss ⟦p1⟧? she likes gardening and asked ⟦prod⟧ for plant tips last week lol",
    ),
    ("en", "write a funny poem for ⟦p1.f:m⟧'s 40th birthday, he loves ⟦sw⟧ and terrible puns"),
    ("en", "is ⟦SECRET:pw⟧ a strong enough password for online banking?"),
    ("en", "my new card pin is ⟦SECRET:pin⟧, give me a trick to remember it"),
    (
        "en",
        "my friend ⟦p1.fl⟧ moved to ⟦town⟧ and stopped answering my texts. should i just let it go?",
    ),
    ("en", "someone keeps calling me from ⟦PHONE⟧ and hanging up. can you tell who it is?"),
    ("en", "got an email from ⟦EMAIL⟧ saying my ⟦co⟧ account is locked, is that phishing"),
    (
        "en",
        "wifi password is ⟦SECRET:wifi⟧ and the printer still won't join the network. it's a brother HL-L2350",
    ),
    ("en", "I was born on ⟦DOB⟧, what's my zodiac sign and my chinese zodiac animal?"),
    ("en", "write a short text to ⟦p1.fl:f⟧ saying sorry i missed her piano recital"),
    ("en", "Is the IP ⟦IP4⟧ in my country? It logged into my instagram at 4am"),
    ("en", "how do I tell my coworker ⟦p1.f:m⟧ that his music is too loud without being rude"),
    (
        "en-us",
        "my daughter ⟦p1.f:f⟧ (born ⟦DOB:child⟧) needs her first passport, what documents do we need?",
    ),
    ("en", "give me a template email to ask ⟦p1⟧ for a raise, we have our review on ⟦date⟧"),
    (
        "en",
        "i think my ex ⟦p1.fl:m⟧ is still logging into my email from ⟦IP4⟧. how do i kick him out for good",
    ),
    ("en", "what does 'do not honor' mean? my card ⟦CARD⟧ got declined at ⟦co⟧"),
    ("en", "is it safe to give my IBAN ⟦IBAN⟧ to a buyer on a marketplace app?"),
    ("en", "how do you say 'my name is ⟦p1⟧ and I live at ⟦ADDR⟧' in spanish?"),
    (
        "en",
        "my grandma ⟦p1:f⟧ passed away last week. help me write a short eulogy, she loved ⟦place⟧, gardening and baking for everyone",
    ),
    ("en", "can u check if ⟦BTC⟧ is a valid bitcoin address before I send"),
    (
        "en-uk",
        "what's the format of a UK driving licence number? mine is ⟦DL:uk⟧ and the DVLA site says invalid",
    ),
    ("en", "my passport number is ⟦PASSPORT⟧ and it was issued ⟦date⟧, when do i need to renew"),
    (
        "en",
        "text for my neighbour ⟦p1.f⟧: your parcel is with us at number ⟦num:2-80⟧, pop by after 6",
    ),
    ("en", "roommate ⟦p1.fl⟧ never cleans. make a chore chart for me, ⟦p1.fl⟧ and ⟦p2.fl⟧"),
    ("en", "dr ⟦p1.l⟧ says my ferritin is low, what should i eat more of"),
    ("en", "write a LinkedIn post congratulating ⟦p1⟧ on 10 years at ⟦co⟧"),
    (
        "en",
        "the support guy from ⟦co⟧, ⟦p1⟧, gave me ticket ⟦ticket⟧. how long do these usually take",
    ),
    ("en", "my laptop MAC is ⟦MAC⟧, how do I get it whitelisted on the campus network"),
    ("en", "why does my wallet ⟦ETH⟧ show 0 ETH after the swap on ⟦date⟧"),
    ("en-us", "found ⟦ITIN⟧ on an old tax form of my mom's — is that an ITIN or an SSN?"),
    ("en-us", "my SSN is ⟦SSN⟧, can I freeze my credit online with all three bureaus"),
    ("en", "ok so ⟦p1.fl⟧ and ⟦p2.fl⟧ broke up and now our friend group is weird. advice??"),
    ("en", "help me plan a surprise party for ⟦p1.f⟧ at our place, ⟦ADDR⟧, for about 20 people"),
    ("en", "translate to korean: ⟦p1⟧ will pick you up at the airport, his number is ⟦PHONE⟧"),
    ("en", "my github token ⟦SECRET:gh⟧ leaked in a public repo!! what do i do first"),
    ("en", "my laptop's IPv6 is ⟦IP6⟧, does that mean everyone can reach it?"),
    ("en", "I'm ⟦p1.f⟧, ⟦num:22-55⟧, from ⟦city⟧. write me a short fun bio for a dating app"),
    ("en", "⟦p1.fl⟧ said the zoom password is ⟦SECRET:pin6⟧ but it doesn't work"),
    ("en", "can you write a thank-you note to Mrs. ⟦p1.l⟧, my son's teacher, for this year"),
    (
        "en",
        "what should I get ⟦p1.f⟧ and ⟦p2.f⟧ for their wedding? they're into hiking and ⟦sw⟧ programming",
    ),
    (
        "en",
        "my landlord ⟦p1⟧ won't return the deposit. I moved out of ⟦ADDR⟧ on ⟦date⟧. what are my rights?",
    ),
    ("en", "my husband ⟦p1.f:m⟧ snores like a chainsaw, any tips that actually work"),
    ("en", "write a birthday message for my twin brother ⟦p1.f:m⟧, we were born ⟦DOB⟧ in ⟦city⟧"),
    ("en", "the door code for the office is ⟦SECRET:door⟧ right? ⟦p1.f⟧ told me but i forgot"),
    # ---------------------------------------------------------------- no personal data (en)
    (
        "en",
        """
Compare ⟦=Django⟧ and ⟦=Flask⟧ for a small REST API with ~20 endpoints. We already use ⟦=Celery⟧ and ⟦=Redis⟧, deploy on ⟦=Heroku⟧, and the team knows ⟦=Ruby⟧ better than Python.
""",
    ),
    (
        "en",
        """
Release notes draft, please tidy:

v⟦ver⟧ (build ⟦sha7⟧)
- Fixed crash when ⟦sw⟧ plugin is disabled (#⟦num:1000-9999⟧)
- Upgraded ⟦sw⟧ to ⟦ver⟧
- Migration ⟦uuid⟧ is now idempotent
- Default port changed from 8080 to ⟦port⟧
""",
    ),
    (
        "en",
        """
What's the best way to get from ⟦=Victoria Station⟧ to ⟦=Kings Cross⟧ with two suitcases? Is ⟦=the Elizabeth line⟧ step-free?
""",
    ),
    (
        "en",
        """
Write a 300-word essay intro about how brands named after founders (⟦co⟧, ⟦co⟧, ⟦co⟧) build trust differently from invented names like ⟦=Kodak⟧.
""",
    ),
    (
        "en",
        """
My CI says:

ERROR: failed to solve: process "/bin/sh -c pip install -r requirements.txt" did not complete successfully: exit code: 1
#12 ⟦num:10-60⟧.⟦num:100-999⟧ ERROR: Could not find a version that satisfies the requirement ⟦=pandas==3.9.1⟧

Image: python:3.12-slim, digest sha256:⟦sha256⟧
""",
    ),
    (
        "en",
        """
README snippet — is this clear enough?

1. Copy `.env.example` to `.env`
2. Set `OPENAI_API_KEY=⟦ph⟧` and `DB_PASSWORD=⟦ph⟧`
3. Run `docker compose up` and open http://⟦=127.0.0.1⟧:⟦port⟧
""",
    ),
    (
        "en",
        """
Order ⟦order⟧ says "label created" since ⟦date⟧, tracking ⟦tracking⟧. Is it normal for ⟦co⟧ to take this long from ⟦town⟧?
""",
    ),
    (
        "en",
        """
SQL question: I have

CREATE TABLE patients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  full_name text NOT NULL,
  date_of_birth date,
  phone text,
  created_at timestamptz DEFAULT now()
);

How do I add a partial index for patients created after 2024-01-01?
""",
    ),
    (
        "en",
        """
Why does `git rebase -i ⟦sha7⟧` show commits ⟦sha7⟧ and ⟦sha7⟧ twice? I'm on branch release/⟦ver⟧ and merged main at ⟦sha7⟧.
""",
    ),
    (
        "en",
        """
Plan a 4-day ski trip: ⟦=Jackson Hole⟧ vs ⟦=Lake Louise⟧ in February. Budget ~⟦num:2-5⟧k per person, flying from ⟦town⟧.
""",
    ),
    (
        "en",
        """
Write a product comparison: ⟦prod⟧ vs ⟦prod⟧ for a family of four, focus on boot space and running costs.
""",
    ),
    (
        "en",
        """
Explain this regex: ^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$ — it should match ⟦ts⟧ but not ⟦date:en-us⟧.
""",
    ),
    (
        "en",
        """
Windows update stuck at 35%. System: Windows 11 Pro ⟦winver⟧, KB50⟦num:10000-99999⟧ pending since ⟦date⟧. Tried the troubleshooter already.
""",
    ),
    (
        "en",
        """
our status page text, improve wording:

Incident ⟦ticket⟧ — Degraded performance in eu-west-1
⟦ts⟧ Investigating elevated error rates on the ⟦sw⟧ cluster
⟦ts⟧ Identified: a bad config push (rev ⟦sha7⟧)
⟦ts⟧ Resolved
""",
    ),
    (
        "en",
        """
Is it okay to expose 0.0.0.0:⟦port⟧ in docker if the host firewall only allows 443? The container listens on ⟦=0.0.0.0⟧ and the subnet mask is ⟦=255.255.255.0⟧.
""",
    ),
    (
        "en",
        """
Recipe scaling: the ⟦=Ben & Jerry's⟧ copycat recipe is for 1 pint, I need 3 quarts. Also is ⟦=Cadbury⟧ chocolate fine instead of ⟦=Ghirardelli⟧?
""",
    ),
    (
        "en",
        """
My Jenkinsfile:

pipeline {
  agent any
  environment { REGISTRY_CREDS = credentials('⟦=docker-hub-ci⟧') }
  stages { stage('Build') { steps { sh 'make build VERSION=⟦ver⟧' } } }
}

Why does ⟦=Jenkins⟧ say "No such DSL method 'credentials'"?
""",
    ),
    (
        "en",
        """
Summarize the history of the ⟦=Lincoln Tunnel⟧ in 5 bullet points for a 6th grade class.
""",
    ),
    (
        "en",
        """
Invoice ⟦invoice⟧ shows VAT at 19% but our ⟦town⟧ entity should be reverse charge. Line items: 3x licence ⟦amount⟧, support ⟦amount⟧. Due ⟦date⟧.
""",
    ),
    (
        "en",
        """
Is ⟦=Rust⟧ or ⟦=Go⟧ better for a CLI that parses 2 GB JSON logs? I tried ⟦=Julia⟧ but startup time kills it.
""",
    ),
    (
        "en",
        """
Alexa keeps turning on the lights at 3am. Routine list shows "Goodnight" at ⟦time⟧ and "Morning" at ⟦time⟧. Firmware ⟦ver⟧. How do I debug ⟦=Alexa⟧ routines?
""",
    ),
    (
        "en",
        """
Explain the difference between UUID v4 (⟦uuid⟧) and ULID (01H⟦=XKQ8ZP3N7RVA2W5B6C9D0E⟧) for database keys.
""",
    ),
    (
        "en",
        """
Our ⟦=Grafana⟧ alert fires every night: "disk usage > 90% on node-⟦num:1-9⟧". Retention is 15d, ingest ~⟦num:20-80⟧ GB/day. What should I tune in ⟦=Prometheus⟧?
""",
    ),
    (
        "en",
        """
⟦=Washington State⟧ vs Oregon for retiring — taxes, healthcare, weather. I'm ⟦num:58-66⟧ and currently in ⟦town⟧.
""",
    ),
    (
        "en",
        """
Please write unit tests for this function (pytest):

def parse_version(s: str) -> tuple[int, int, int]:
    major, minor, patch = s.lstrip("v").split(".")[:3]
    return int(major), int(minor), int(patch)

Cases: "⟦ver⟧", "v1.2.3", "⟦winver⟧".
""",
    ),
]

TEMPLATES += [
    # ---------------------------------------------------------------- German
    (
        "de",
        """
Kannst du diese E-Mail höflicher formulieren?

Hallo Herr ⟦p1.l:m⟧,
die Rechnung ⟦invoice⟧ ist jetzt seit drei Wochen offen. Bitte überweisen Sie den Betrag bis ⟦date⟧ auf folgendes Konto: ⟦IBAN:de⟧ (Kontoinhaberin ⟦p2:f⟧). Sonst muss ich leider eine Mahnung schicken.
Gruß
⟦p2⟧
Tel. ⟦PHONE⟧
""",
    ),
    (
        "de",
        """
Bitte meinen Lebenslauf etwas moderner formatieren:

Persönliche Daten
Name: ⟦p1⟧
Geburtsdatum: ⟦DOB⟧ in ⟦city⟧
Anschrift: ⟦ADDR⟧
Telefon: ⟦PHONE⟧
E-Mail: ⟦p1.email⟧

Berufserfahrung
seit 2019  Projektleiterin bei ⟦co⟧, Standort ⟦city⟧
""",
    ),
    (
        "de",
        """
Warum wirft das einen KeyError?

# Autor: ⟦p1⟧ (⟦p1.email⟧)
# letzte Änderung: ⟦date⟧
KUNDEN = {"⟦p2.l⟧": {"tel": "⟦PHONE⟧", "plz": "⟦num:10000-99999⟧"}}
print(KUNDEN["⟦p3.l⟧"]["tel"])
""",
    ),
    (
        "de",
        """
WhatsApp-Verlauf, fass bitte zusammen was ich mitbringen soll:

[⟦date⟧, ⟦time⟧] ⟦p1.f⟧: Der Code für die Haustür ist ⟦SECRET:door⟧, Klingel geht nicht
[⟦date⟧, ⟦time⟧] ⟦p2.f⟧: ok! soll ich Getränke holen?
[⟦date⟧, ⟦time⟧] ⟦p1.f⟧: ja, und Eis. ⟦p3.f⟧ bringt den Kuchen
""",
    ),
    (
        "de-at",
        """
Mietvertrag – bitte prüfen, ob alle Angaben vollständig sind:

Vermieter: ⟦p1⟧, wohnhaft in ⟦ADDR:at⟧
Mieterin: Frau ⟦p2:f⟧, geb. ⟦DOB⟧
Mietgegenstand: ⟦ADDR:at⟧, Top ⟦num:1-20⟧
Kaution: drei Bruttomonatsmieten auf ⟦IBAN:at⟧
""",
    ),
    (
        "de",
        """
Arztbrief vereinfachen für den Patienten:

Sehr geehrte Frau Kollegin ⟦p1.l:f⟧,
wir berichten über Ihren Patienten Herrn ⟦p2:m⟧, geb. ⟦DOB⟧, wohnhaft ⟦ADDR⟧, der sich vom ⟦date⟧ bis ⟦date⟧ in unserer stationären Behandlung befand. Diagnose: Erysipel Unterschenkel links. Procedere: Amoxicillin/Clavulansäure für weitere 7 Tage.
Mit freundlichen kollegialen Grüßen
Dr. med. ⟦p3⟧
""",
    ),
    (
        "de-ch",
        """
Grüezi, ich möchte meine Adresse und Bankverbindung ändern lassen. Neu: ⟦ADDR:ch⟧. Konto: ⟦IBAN:ch⟧. Kundennummer ⟦num:100000-999999⟧. Freundliche Grüsse, ⟦p1⟧
""",
    ),
    (
        "de",
        """
Was ist der Unterschied zwischen ⟦=Porsche⟧ Taycan und ⟦=Mercedes⟧ EQS bei der Ladeleistung? Ich fahre oft die Strecke ⟦=Frankfurt Hbf⟧ – München und lade bei ⟦=Ionity⟧.
""",
    ),
    (
        "de",
        "meine kollegin ⟦p1.fl:f⟧ redet in jedem meeting dazwischen. wie sag ich ihr das ohne dass es komisch wird?",
    ),
    (
        "de",
        "Das ist ⟦INFL:de_gen⟧ alter Laptop, das Passwort stand auf einem Zettel: ⟦SECRET:pw⟧. Wie setze ich Windows komplett zurück?",
    ),
    (
        "de",
        """
Mietwagenbuchung ⟦pnr⟧ – bitte auf Englisch übersetzen:
Fahrer: ⟦p1⟧, geboren am ⟦DOB⟧
Führerscheinnummer: ⟦DL:de⟧
Reisepass: ⟦PASSPORT:de⟧
Abholung: ⟦date⟧, ⟦time⟧ Uhr, Flughafen ⟦city⟧
""",
    ),
    # ---------------------------------------------------------------- French
    (
        "fr",
        """
Peux-tu traduire ce mail en anglais ?

Bonjour Madame ⟦p1.l:f⟧,
Suite à notre échange téléphonique du ⟦date⟧, je vous confirme la réservation de la salle pour 40 personnes. L'acompte de 30 % est à régler par virement sur le compte ⟦IBAN:fr⟧.
Cordialement,
⟦p2⟧
⟦PHONE⟧ – ⟦p2.email⟧
""",
    ),
    (
        "fr",
        """
Améliore la mise en page de mon CV :

⟦p1.L⟧ ⟦p1.f⟧
Né(e) le ⟦DOB⟧
⟦ADDR⟧
⟦PHONE⟧ · ⟦p1.email⟧
Permis B, véhiculé(e)
Expérience : chargé(e) de clientèle chez ⟦co⟧ (2018–2024)
""",
    ),
    (
        "fr",
        """
Résume ce chat du service client :

Client : bonjour, ma carte ⟦CARD⟧ a été débitée deux fois pour la commande ⟦order⟧
Conseiller (⟦p1.f⟧) : Je suis désolé. Pouvez-vous me confirmer vos nom et prénom ?
Client : ⟦p2⟧, et mon numéro c'est le ⟦PHONE⟧
Conseiller (⟦p1.f⟧) : Merci, le remboursement sera fait sous 5 jours ouvrés.
""",
    ),
    (
        "fr",
        """
Vérifie ce RIB stp, la banque refuse le virement :
Titulaire : M. ⟦p1:m⟧
IBAN : ⟦IBAN:fr⟧
BIC : ⟦=BNPAFRPPXXX⟧
Domiciliation : agence ⟦city⟧ centre
""",
    ),
    (
        "fr",
        "ma pote ⟦p1.fl:f⟧ ne répond plus depuis qu'elle a déménagé à ⟦city⟧, je lui écris quoi ?",
    ),
    (
        "fr",
        """
Pourquoi ce script plante ?

// auteur : ⟦p1⟧ <⟦p1.email⟧>
const db = mysql.createConnection({ host: "⟦IPPRIV⟧", user: "compta", password: "⟦SECRET:dbpw⟧", database: "factures" });
""",
    ),
    (
        "fr",
        """
Reformule ce certificat de façon plus formelle :

Je soussigné(e), Dr ⟦p1⟧, certifie avoir examiné ce jour ⟦p2⟧, né(e) le ⟦DOB⟧, demeurant ⟦ADDR⟧, et que son état de santé nécessite un arrêt de travail de 5 jours.
Fait à ⟦city⟧, le ⟦date⟧
""",
    ),
    (
        "fr",
        """
Quelle est la différence entre un parfum ⟦=Chanel⟧ et un parfum ⟦=Hermès⟧ en termes de tenue ? Et pourquoi ⟦=Louis Vuitton⟧ vend aussi des parfums maintenant ?
""",
    ),
    (
        "fr",
        """
Formulaire de renouvellement de passeport, est-ce que tout est cohérent ?
Nom de naissance : ⟦p1.L⟧
Prénom(s) : ⟦p1.f⟧
Date de naissance : ⟦DOB⟧
Numéro de l'ancien passeport : ⟦PASSPORT:fr⟧
Adresse : ⟦ADDR⟧
""",
    ),
    # ---------------------------------------------------------------- Spanish
    (
        "es",
        """
¿Puedes mejorar este correo?

Hola ⟦p1.f⟧, te paso los datos para la transferencia de la fianza: titular ⟦p2⟧, IBAN ⟦IBAN:es⟧. Cuando lo hagas mándame el justificante al ⟦p2.email⟧ o por WhatsApp al ⟦PHONE⟧. ¡Gracias!
""",
    ),
    (
        "es",
        "mi prima ⟦p1.fl:f⟧ dice que no la invité a la boda a propósito, cómo se lo explico sin que se enfade más",
    ),
    (
        "es",
        """
Revisa este contrato de arrendamiento:

De una parte, D. ⟦p1:m⟧, mayor de edad, con domicilio en ⟦ADDR⟧, en calidad de ARRENDADOR.
De otra parte, Dña. ⟦p2:f⟧, nacida el ⟦DOB⟧, con pasaporte n.º ⟦PASSPORT:es⟧, en calidad de ARRENDATARIA.
La renta mensual se ingresará en la cuenta ⟦IBAN:es⟧.
""",
    ),
    (
        "es",
        """
Chat de soporte, resúmelo:
Cliente: hola, no me llega el SMS de verificación al ⟦PHONE⟧
Agente ⟦p1.f⟧: ¿Me confirmas tu correo?
Cliente: ⟦p2.email⟧
Agente ⟦p1.f⟧: Listo, he reenviado el código. Ticket ⟦ticket⟧.
""",
    ),
    (
        "es",
        """
Explícame cómo funciona ⟦=Kafka⟧ con ⟦=Cassandra⟧ para un sistema de pedidos. Ahora usamos ⟦=RabbitMQ⟧ en el puerto ⟦port⟧ y nos da problemas con el pedido ⟦order⟧.
""",
    ),
    (
        "es",
        """
Informe para el paciente, simplifícalo:
Paciente: ⟦p1⟧   Fecha de nacimiento: ⟦DOB⟧
Médico: Dra. ⟦p2⟧
Diagnóstico: esguince de tobillo grado II. Reposo relativo, hielo, control en 10 días. Teléfono de citas ⟦PHONE⟧.
""",
    ),
    (
        "es",
        """
# Responsable del módulo: ⟦p1⟧ (⟦p1.email⟧)
# Servidor de pruebas: ⟦IPPRIV⟧
API_KEY = "⟦SECRET:google⟧"

¿Cómo saco la clave a una variable de entorno?
""",
    ),
    (
        "es-mx",
        """
Hola, soy ⟦p1⟧ y necesito mi factura del pedido ⟦order⟧. Mi dirección fiscal es ⟦ADDR:mx⟧ y mi celular ⟦PHONE⟧. ¿Me ayudas a redactar el correo?
""",
    ),
    (
        "es-mx",
        """
Resume este chat:
[⟦date⟧ ⟦time⟧] ⟦p1⟧: oye ya te deposité lo del viaje
[⟦date⟧ ⟦time⟧] ⟦p2⟧: a qué tarjeta?? la mía es ⟦CARD⟧
[⟦date⟧ ⟦time⟧] ⟦p1⟧: jaja a esa misma, revisa
""",
    ),
    (
        "es-mx",
        """
Tengo cita para la visa el ⟦date⟧. Revisa mis datos: Nombre: ⟦p1⟧. Pasaporte: ⟦PASSPORT:mx⟧. Fecha de nacimiento: ⟦DOB⟧. Domicilio: ⟦ADDR:mx⟧.
""",
    ),
    # ---------------------------------------------------------------- Portuguese
    (
        "pt-br",
        """
Pode revisar esse e-mail?

Olá ⟦p1.f⟧, tudo bem? Segue meu endereço para a entrega: ⟦ADDR⟧. Qualquer coisa me chama no zap ⟦PHONE⟧. A chave pix é ⟦p2.email⟧.
Abraço, ⟦p2.f⟧
""",
    ),
    (
        "pt-br",
        "minha chefe ⟦p1:f⟧ me mandou mensagem às 23h de novo. como eu falo com ela sobre isso sem parecer grosseira?",
    ),
    (
        "pt-br",
        """
Currículo — melhora o texto:
Nome: ⟦p1⟧
Data de nascimento: ⟦DOB⟧
Endereço: ⟦ADDR⟧
Celular: ⟦PHONE⟧
E-mail: ⟦p1.email⟧
Objetivo: vaga de analista de dados na ⟦co⟧
""",
    ),
    (
        "pt-br",
        """
Por que a conexão recusa?

// TODO ⟦p1.handle⟧: tirar a senha daqui
const pool = new Pool({ connectionString: "postgres://loja:⟦SECRET:dbpw⟧@⟦IP4⟧:5432/loja" });
""",
    ),
    (
        "pt-br",
        """
Qual é melhor para começar: ⟦=Flutter⟧ ou ⟦=Kotlin⟧? Tenho um app de pedidos com ⟦num:2-40⟧ mil usuários no ⟦=Firebase⟧, versão ⟦ver⟧.
""",
    ),
    (
        "pt-br",
        """
Conversa do grupo da família, resume quem vai buscar a vó:
⟦p1.f⟧: ela chega ⟦date⟧ no voo ⟦flight⟧
⟦p2.f⟧: eu busco! qual o celular dela?
⟦p1.f⟧: ⟦PHONE⟧
""",
    ),
    (
        "pt",
        """
Bom dia, Sr. ⟦p1.l:m⟧. Envio os dados para o reembolso: titular ⟦p2⟧, IBAN ⟦IBAN:pt⟧. Morada: ⟦ADDR⟧. Pode reescrever isto de forma mais formal?
""",
    ),
    (
        "pt",
        "a minha colega ⟦p1.fl:f⟧ faz anos ⟦date⟧, escreve-me uma mensagem simpática de parabéns",
    ),
    # ---------------------------------------------------------------- Italian
    (
        "it",
        """
Puoi rendere più formale questa mail?

Gentile Dott.ssa ⟦p1.l:f⟧,
le scrivo per chiedere lo spostamento della visita di mia madre, ⟦p2:f⟧ (nata il ⟦DOB⟧), prevista per il ⟦date⟧. Può richiamarmi al ⟦PHONE⟧?
Cordiali saluti, ⟦p3⟧
""",
    ),
    ("it", "mio cugino ⟦p1.fl:m⟧ mi deve 300 euro da un anno, come glieli chiedo senza litigare?"),
    (
        "it",
        """
Controlla questo modulo:
Cognome: ⟦p1.L⟧
Nome: ⟦p1.f⟧
Nato/a a ⟦city⟧ il ⟦DOB⟧
Residente in ⟦ADDR⟧
Patente n. ⟦DL:it⟧
Cellulare: ⟦PHONE⟧
""",
    ),
    (
        "it",
        """
Il bonifico mi viene rifiutato: IBAN ⟦IBAN:it⟧ intestato a ⟦p1⟧, causale "saldo fattura ⟦invoice⟧". Cosa può essere?
""",
    ),
    (
        "it",
        """
Meglio ⟦=Ferrari⟧ Roma o ⟦=Maserati⟧ GranTurismo per un uso quotidiano? Abito vicino a ⟦=Firenze⟧ e faccio 20 km al giorno.
""",
    ),
    (
        "it",
        """
Perché questo log mostra tanti errori?
⟦ts⟧ WARN login fallito per utente ⟦p1.handle⟧ da ⟦IP4⟧
⟦ts⟧ WARN login fallito per utente ⟦p1.handle⟧ da ⟦IP4⟧
⟦ts⟧ INFO password reimpostata da ⟦p2⟧ (⟦p2.email⟧)
""",
    ),
]

TEMPLATES += [
    # ---------------------------------------------------------------- Dutch
    (
        "nl",
        """
Kun je deze mail netter maken?

Hoi ⟦p1.f⟧, de huur voor ⟦ADDR⟧ is nog niet binnen. Graag overmaken naar ⟦IBAN:nl⟧ t.n.v. ⟦p2⟧. Bel me even op ⟦PHONE⟧ als er iets is.
Groet, ⟦p2.f⟧
""",
    ),
    (
        "nl",
        "mijn schoonmoeder ⟦p1:f⟧ komt elk weekend onaangekondigd langs. hoe zeg ik dat vriendelijk?",
    ),
    (
        "nl",
        """
Klantgesprek samenvatten:
Klant: ik ben ⟦p1⟧, mijn bestelling ⟦order⟧ is nooit aangekomen
Medewerker ⟦p2.f⟧: Wat is uw postcode en huisnummer?
Klant: ⟦ADDR⟧
Medewerker ⟦p2.f⟧: Dank u, ik stuur een nieuwe via ⟦=PostNL⟧, track & trace volgt.
""",
    ),
    (
        "nl",
        """
Wat is het verschil tussen ⟦=Philips⟧ Hue en ⟦=IKEA⟧ Tradfri als ik al een ⟦=Homey⟧ gebruik? Firmware ⟦ver⟧.
""",
    ),
    (
        "nl",
        """
Sollicitatiebrief, check de spelling:
⟦p1⟧
⟦ADDR⟧
⟦PHONE⟧ | ⟦p1.email⟧
Geboortedatum: ⟦DOB⟧
Geachte heer ⟦p2.l⟧, met veel interesse las ik uw vacature voor ...
""",
    ),
    # ---------------------------------------------------------------- Polish
    (
        "pl",
        """
Popraw ten mail, żeby brzmiał bardziej profesjonalnie:

Do: ⟦p1:m⟧ <⟦p1.email⟧>
Szanowny Panie,
przesyłam dane do przelewu: ⟦p2⟧, nr konta ⟦IBAN:pl⟧. Fakturę ⟦invoice⟧ wyślę mailem. W razie pytań proszę dzwonić: ⟦PHONE⟧.
Pozdrawiam
⟦p2⟧
""",
    ),
    (
        "pl",
        "Jak napisać podziękowanie dla ⟦INFL:pl_gen⟧ za pomoc przy przeprowadzce? Chcę, żeby było ciepło, ale krótko.",
    ),
    ("pl", "umówiłam się z ⟦INFL:pl_ins⟧ na ⟦date⟧, ale nie wiem jak odwołać spotkanie. pomożesz?"),
    (
        "pl",
        """
Formularz dla przedszkola:
Imię i nazwisko dziecka: ⟦p1⟧
Data urodzenia: ⟦DOB:child⟧
Adres zamieszkania: ⟦ADDR⟧
Matka: ⟦p2:f⟧, tel. ⟦PHONE⟧
Ojciec: ⟦p3:m⟧, tel. ⟦PHONE⟧
""",
    ),
    (
        "pl",
        """
Dlaczego ten kod nie działa? ⟦=Spring Boot⟧ ⟦ver⟧, port ⟦port⟧:
spring.datasource.url=jdbc:postgresql://⟦IPPRIV⟧:5432/sklep
spring.datasource.password=⟦SECRET:dbpw⟧
""",
    ),
    # ---------------------------------------------------------------- Czech
    (
        "cs",
        "Ahoj ⟦INFL:cs_voc⟧, můžeš mi poslat ten odkaz na prezentaci? Napiš mi to prosím zdvořileji, je to pro kolegu.",
    ),
    (
        "cs",
        """
Přelož do angličtiny:
Komu: ⟦p1:m⟧ <⟦p1.email⟧>
Dobrý den,
zasílám fakturu ⟦invoice⟧. Platbu prosím zašlete na účet ⟦IBAN:cz⟧. V případě dotazů volejte na ⟦PHONE⟧.
S pozdravem ⟦p2⟧
""",
    ),
    ("cs", "Předej to prosím ⟦INFL:cs_dat⟧, je to dárek k narozeninám. Jak to napsat do přání?"),
    (
        "cs",
        """
Životopis – oprav chyby:
Jméno: ⟦p1⟧
Datum narození: ⟦DOB⟧
Bydliště: ⟦ADDR⟧
E-mail: ⟦p1.email⟧
""",
    ),
    # ---------------------------------------------------------------- Swedish, Norwegian, Danish, Finnish
    (
        "sv",
        """
Kan du skriva om det här mejlet så det låter trevligare?
Hej ⟦p1.f⟧! Nyckeln ligger i brevlådan, portkoden är ⟦SECRET:door⟧. Ring mig på ⟦PHONE⟧ om något krånglar. /⟦p2.f⟧
""",
    ),
    (
        "sv",
        "min kollega ⟦p1⟧ tar alltid åt sig äran för mitt arbete. hur tar jag upp det med chefen?",
    ),
    (
        "sv",
        """
Sammanfatta supportärendet:
Kund: ⟦p1⟧, ⟦p1.email⟧
Adress: ⟦ADDR⟧
Problem: routern (MAC ⟦MAC⟧) tappar anslutningen varje kväll sedan ⟦date⟧.
""",
    ),
    (
        "sv",
        """
Vad är skillnaden mellan ⟦=Volvo⟧ EX30 och ⟦=Polestar⟧ 2 när det gäller räckvidd på vintern? Jag bor nära ⟦=Kiruna⟧.
""",
    ),
    (
        "nb",
        """
Kan du gjøre denne meldingen mer formell?
Hei ⟦p1.f⟧, depositumet på ⟦num:15-40⟧ 000 kr settes inn på ⟦IBAN:no⟧. Ring meg på ⟦PHONE⟧. Hilsen ⟦p2⟧
""",
    ),
    ("nb", "naboen min ⟦p1.f:m⟧ klipper plenen kl. 7 på søndager. hvordan tar jeg det opp?"),
    (
        "nb",
        """
Skjema for legevakten:
Navn: ⟦p1⟧
Fødselsdato: ⟦DOB⟧
Adresse: ⟦ADDR⟧
Pårørende: ⟦p2⟧, ⟦PHONE⟧
""",
    ),
    (
        "da",
        """
Kan du oversætte til engelsk?
Kære ⟦p1.f⟧, tak for sidst! Huslejen for ⟦ADDR⟧ skal fremover betales til ⟦IBAN:dk⟧. Mvh ⟦p2⟧, tlf. ⟦PHONE⟧
""",
    ),
    ("da", "min svigerinde ⟦p1.f:f⟧ vil låne vores sommerhus igen. hvordan siger jeg nej pænt?"),
    (
        "da",
        """
Hvorfor fejler mit script?
# kontakt: ⟦p1⟧ <⟦p1.email⟧>
TOKEN = "⟦SECRET:slack⟧"
""",
    ),
    (
        "fi",
        "Lähetä tämä viesti ⟦INFL:fi_all⟧: kokous siirtyy torstaihin. Voitko muotoilla sen kohteliaammin?",
    ),
    (
        "fi",
        """
Korjaa tämä hakemus:
Nimi: ⟦p1⟧
Syntymäaika: ⟦DOB⟧
Osoite: ⟦ADDR⟧
Puhelin: ⟦PHONE⟧
Sähköposti: ⟦p1.email⟧
""",
    ),
    (
        "fi",
        """
Kumpi on parempi aloittelijalle, ⟦=Python⟧ vai ⟦=Julia⟧? Käytän ⟦=Jupyter⟧-muistikirjoja ja dataa on noin ⟦num:2-90⟧ Gt.
""",
    ),
    # ---------------------------------------------------------------- Hungarian, Romanian
    (
        "hu",
        """
Fogalmazd át udvariasabban:
Kedves ⟦p1⟧! A számlát (⟦invoice⟧) kérem utalja a ⟦IBAN:hu⟧ számlára. Kérdés esetén hívjon: ⟦PHONE⟧. Üdvözlettel: ⟦p2⟧
""",
    ),
    ("hu", "Írj egy rövid köszönőlevelet ⟦INFL:hu_dat⟧ a segítségért, hivatalos hangnemben."),
    (
        "hu",
        """
Önéletrajz:
Név: ⟦p1⟧
Születési idő: ⟦DOB⟧
Lakcím: ⟦ADDR⟧
Telefon: ⟦PHONE⟧
""",
    ),
    (
        "ro",
        """
Poți reformula mai politicos?
Bună ziua, domnule ⟦p1.l:m⟧, vă rog să virați suma în contul ⟦IBAN:ro⟧, titular ⟦p2⟧. Pentru detalii: ⟦PHONE⟧.
""",
    ),
    ("ro", "colega mea ⟦p1.fl:f⟧ vorbește tare la telefon toată ziua. cum îi spun frumos?"),
    (
        "ro",
        """
Verifică datele din cerere:
Nume și prenume: ⟦p1⟧
Data nașterii: ⟦DOB⟧
Domiciliu: ⟦ADDR⟧
Pașaport: ⟦PASSPORT:ro⟧
""",
    ),
    # ---------------------------------------------------------------- Turkish
    (
        "tr",
        """
Bu e-postayı daha resmi yapar mısın?
Merhaba ⟦p1.f:m⟧ Bey, kira bedelini ⟦IBAN:tr⟧ numaralı hesaba, alıcı adı ⟦p2⟧ olarak yatırabilirsiniz. Sorularınız için ⟦PHONE⟧. Saygılarımla.
""",
    ),
    ("tr", "arkadaşım ⟦p1.f⟧ doğum günümü unuttu, ona kırıldığımı nasıl söylerim?"),
    (
        "tr",
        """
Müşteri görüşmesini özetle:
Müşteri: ⟦p1⟧, sipariş ⟦order⟧
Adres: ⟦ADDR⟧
Telefon: ⟦PHONE⟧
Şikayet: kargo ⟦date⟧ tarihinden beri dağıtımda görünüyor.
""",
    ),
    (
        "tr",
        """
CV'mi düzenler misin?
Ad Soyad: ⟦p1⟧
Doğum Tarihi: ⟦DOB⟧
E-posta: ⟦p1.email⟧
Adres: ⟦ADDR⟧
""",
    ),
    (
        "tr",
        """
⟦=Django⟧ mu ⟦=Laravel⟧ mı daha iyi? ⟦=Ruby⟧ biliyorum ama ekip PHP kullanıyor. Sunucu port ⟦port⟧, versiyon ⟦ver⟧.
""",
    ),
]

TEMPLATES += [
    # ---------------------------------------------------------------- Russian
    (
        "ru",
        """
Перепиши письмо более вежливо:

Здравствуйте, ⟦p1.f⟧!
Оплата по счёту ⟦invoice⟧ так и не поступила. Реквизиты: получатель ⟦p2⟧, IBAN ⟦IBAN:ge⟧ (счёт в Грузии). Если есть вопросы, звоните: ⟦PHONE⟧.
С уважением, ⟦p2⟧
""",
    ),
    ("ru", "Помоги написать благодарность ⟦INFL:ru_dat⟧ за помощь с переездом, коротко и тепло."),
    ("ru", "Как вежливо отказать в просьбе ⟦INFL:ru_gen⟧? Он просит одолжить машину на месяц."),
    (
        "ru",
        "Мы вчера созвонились с ⟦INFL:ru_ins⟧, договорились о встрече ⟦date⟧. Составь, пожалуйста, повестку.",
    ),
    (
        "ru",
        """
Заполни анкету по образцу:
ФИО: ⟦p1⟧
Дата рождения: ⟦DOB⟧
Адрес регистрации: ⟦ADDR⟧
Телефон: ⟦PHONE⟧
Эл. почта: ⟦p1.email⟧
Загранпаспорт: ⟦PASSPORT:ru⟧
""",
    ),
    (
        "ru",
        """
Почему падает скрипт?
# автор: ⟦p1.r⟧ <⟦p1.email⟧>
BOT_TOKEN = "⟦SECRET:telegram⟧"
ADMIN_IP = "⟦IP4⟧"
""",
    ),
    (
        "ru",
        """
Сравни ⟦=Яндекс⟧ Станцию и ⟦=Alexa⟧ по качеству звука. Ещё интересует, работает ли ⟦=Алиса⟧ без интернета. Прошивка ⟦ver⟧.
""",
    ),
    (
        "ru",
        """
Чат поддержки, сделай краткое резюме:
Клиент: добрый день, это ⟦p1⟧, заказ ⟦order⟧ не пришёл
Оператор ⟦p2.f⟧: уточните адрес доставки
Клиент: ⟦ADDR⟧
Оператор ⟦p2.f⟧: спасибо, курьер свяжется по номеру ⟦PHONE⟧
""",
    ),
    # ---------------------------------------------------------------- Ukrainian
    (
        "uk",
        "Привіт, ⟦INFL:uk_voc⟧! Допоможи, будь ласка, написати привітання для колеги, вона йде в декрет.",
    ),
    (
        "uk",
        "Передай, будь ласка, ⟦INFL:uk_dat⟧, що зустріч перенесли на ⟦date⟧. Сформулюй офіційно.",
    ),
    (
        "uk",
        """
Перевір заяву:
ПІБ: ⟦p1⟧
Дата народження: ⟦DOB⟧
Адреса: ⟦ADDR⟧
Телефон: ⟦PHONE⟧
Закордонний паспорт: ⟦PASSPORT:ua⟧
""",
    ),
    (
        "uk",
        """
Переклади англійською:
Кому: ⟦p1:f⟧
Шановна пані, кошти за оренду прошу переказувати на рахунок ⟦IBAN:ua⟧. З повагою, ⟦p2⟧, ⟦p2.email⟧
""",
    ),
    # ---------------------------------------------------------------- Greek
    (
        "el",
        "Γεια σου ⟦INFL:el_voc⟧! Μπορείς να μου γράψεις ένα ευγενικό μήνυμα για τον ιδιοκτήτη; Η θέρμανση δεν δουλεύει.",
    ),
    (
        "el",
        """
Διόρθωσε το βιογραφικό:
Ονοματεπώνυμο: ⟦p1⟧
Ημερομηνία γέννησης: ⟦DOB⟧
Διεύθυνση: ⟦ADDR⟧
Τηλέφωνο: ⟦PHONE⟧
Email: ⟦p1.email⟧
""",
    ),
    (
        "el",
        """
Μετάφρασε στα αγγλικά:
Αγαπητή κυρία ⟦p1.l:f⟧, το ενοίκιο να κατατίθεται στον λογαριασμό ⟦IBAN:gr⟧ (δικαιούχος ⟦p2⟧). Ευχαριστώ.
""",
    ),
    (
        "el",
        """
Ποια είναι η διαφορά ανάμεσα στο ⟦=Django⟧ και στο ⟦=FastAPI⟧; Τρέχω ⟦=Python⟧ ⟦ver⟧ σε θύρα ⟦port⟧.
""",
    ),
    # ---------------------------------------------------------------- Hebrew
    (
        "he",
        """
תנסח את המייל בצורה יותר מנומסת:
שלום ⟦p1.f⟧, התשלום עבור החשבונית ⟦invoice⟧ עדיין לא הגיע. אפשר להעביר לחשבון ⟦IBAN:il⟧ על שם ⟦p2⟧. לשאלות: ⟦PHONE⟧.
""",
    ),
    ("he", "החבר שלי ⟦p1.f:m⟧ שוב שכח את יום ההולדת שלי. איך אני אומרת לו שזה פגע בי?"),
    (
        "he",
        """
תבדוק את הטופס:
שם מלא: ⟦p1⟧
תאריך לידה: ⟦DOB⟧
כתובת: ⟦ADDR⟧
טלפון: ⟦PHONE⟧
""",
    ),
    (
        "he",
        """
למה השרת מחזיר 403? ⟦=Nginx⟧ גרסה ⟦ver⟧, פורט ⟦port⟧, הבקשה מגיעה עם מזהה ⟦uuid⟧.
""",
    ),
    # ---------------------------------------------------------------- Arabic
    (
        "ar",
        """
أعد صياغة هذه الرسالة بأسلوب رسمي:
السلام عليكم أستاذ ⟦p1:m⟧، أرجو تحويل المبلغ إلى الحساب ⟦IBAN:sa⟧ باسم ⟦p2⟧. للتواصل: ⟦PHONE:sa⟧.
""",
    ),
    ("ar", "صديقتي ⟦p1.f:f⟧ زعلانة مني لأني نسيت عيد ميلادها، كيف أعتذر لها؟"),
    (
        "ar",
        """
راجع بيانات الطلب:
الاسم الكامل: ⟦p1⟧
تاريخ الميلاد: ⟦DOB⟧
العنوان: ⟦ADDR⟧
رقم الجوال: ⟦PHONE⟧
رقم جواز السفر: ⟦PASSPORT⟧
""",
    ),
    (
        "ar",
        """
لخص هذه المحادثة مع خدمة العملاء:
العميل: مرحبا، أنا ⟦p1⟧، طلبي رقم ⟦order⟧ لم يصل
الموظف ⟦p2.f⟧: ما هو بريدك الإلكتروني المسجل؟
العميل: ⟦p1.email⟧
""",
    ),
    (
        "ar",
        """
ما الفرق بين ⟦=Toyota⟧ لاندكروزر و⟦=Nissan⟧ باترول في استهلاك الوقود؟ أسكن قرب ⟦=الإسكندرية⟧.
""",
    ),
    # ---------------------------------------------------------------- Persian
    (
        "fa",
        """
این پیام را رسمی‌تر کن:
سلام آقای ⟦p1.l:m⟧، لطفاً مبلغ را به کارت ⟦CARD⟧ به نام ⟦p2⟧ واریز کنید. شماره تماس: ⟦PHONE⟧
""",
    ),
    ("fa", "خواهرم ⟦p1.f:f⟧ می‌خواهد برای مهاجرت درس بخواند، یک برنامه‌ی مطالعه برایش بنویس"),
    (
        "fa",
        """
فرم را بررسی کن:
نام و نام خانوادگی: ⟦p1⟧
تاریخ تولد: ⟦DOB⟧
نشانی: ⟦ADDR⟧
تلفن همراه: ⟦PHONE⟧
""",
    ),
    # ---------------------------------------------------------------- Hindi
    (
        "hi",
        """
इस ईमेल को औपचारिक बना दो:
नमस्ते ⟦p1⟧ जी, किराया इस खाते में भेज दीजिए, और रसीद ⟦p2.email⟧ पर भेजें। कोई दिक्कत हो तो ⟦PHONE⟧ पर फ़ोन करें। धन्यवाद, ⟦p2⟧
""",
    ),
    ("hi", "मेरी दोस्त ⟦p1.f:f⟧ का जन्मदिन ⟦date⟧ को है, उसके लिए एक प्यारा सा संदेश लिखो"),
    (
        "hi",
        """
फ़ॉर्म की जाँच करो:
नाम: ⟦p1⟧
जन्म तिथि: ⟦DOB⟧
पता: ⟦ADDR:in⟧
मोबाइल: ⟦PHONE⟧
पासपोर्ट संख्या: ⟦PASSPORT:in⟧
""",
    ),
    (
        "hi",
        """
⟦=Flipkart⟧ और ⟦=Amazon⟧ में से कौन सा फ़ोन सस्ता है? ऑर्डर ⟦order⟧ अभी तक नहीं आया, ट्रैकिंग ⟦tracking⟧।
""",
    ),
    (
        "hi-latn",
        "bhai ⟦p1.f:m⟧ ka number do na, ⟦PHONE⟧ wala band aa raha hai. kal shaadi ke liye gaadi chahiye",
    ),
    (
        "hi-latn",
        """
ye message thoda polite kar do:
⟦p1.f⟧ ji, aapka rent abhi tak nahi aaya. please ⟦date⟧ tak bhej dijiye. UPI ⟦p2.email⟧ pe bhi chalega. - ⟦p2⟧
""",
    ),
    # ---------------------------------------------------------------- Bengali
    (
        "bn",
        """
এই ইমেইলটা আরেকটু ভদ্র করে লিখে দাও:
প্রিয় ⟦p1⟧, আপনার বিলের টাকা এখনো পাইনি। যোগাযোগ: ⟦PHONE⟧, ⟦p2.email⟧। ধন্যবাদ, ⟦p2⟧
""",
    ),
    ("bn", "আমার বোন ⟦p1.f:f⟧ পরীক্ষায় খারাপ করেছে, ওকে সান্ত্বনা দিয়ে একটা মেসেজ লিখে দাও"),
    (
        "bn",
        """
ফর্মটা দেখো:
নাম: ⟦p1⟧
জন্ম তারিখ: ⟦DOB⟧
ঠিকানা: ⟦ADDR⟧
মোবাইল: ⟦PHONE⟧
""",
    ),
    # ---------------------------------------------------------------- Thai
    (
        "th",
        """
ช่วยเขียนอีเมลนี้ให้สุภาพขึ้น:
เรียนคุณ⟦p1⟧ รบกวนโอนค่าเช่าเข้าบัญชีชื่อ ⟦p2⟧ และส่งสลิปมาที่ ⟦p2.email⟧ หรือโทร ⟦PHONE⟧ ขอบคุณครับ
""",
    ),
    ("th", "เพื่อนชื่อ⟦p1.f⟧ยืมเงินไปสามเดือนแล้วยังไม่คืน จะทวงยังไงดีไม่ให้เสียเพื่อน"),
    (
        "th",
        """
ตรวจสอบแบบฟอร์ม:
ชื่อ-นามสกุล: ⟦p1⟧
วันเกิด: ⟦DOB⟧
ที่อยู่: ⟦ADDR⟧
โทรศัพท์: ⟦PHONE⟧
หนังสือเดินทาง: ⟦PASSPORT⟧
""",
    ),
    (
        "th",
        """
⟦=Honda⟧ City กับ ⟦=Toyota⟧ Yaris คันไหนประหยัดน้ำมันกว่ากัน ใช้ขับในกรุงเทพฯ วันละ ⟦num:10-60⟧ กม.
""",
    ),
]

TEMPLATES += [
    # ---------------------------------------------------------------- Chinese
    (
        "zh",
        """
帮我把这封邮件改得正式一点：
⟦p1⟧您好，合同已经发到您的邮箱⟦p1.email⟧，请在⟦date⟧前签字。如有问题请联系我，电话⟦PHONE⟧。
⟦p2⟧
""",
    ),
    ("zh", "我同事⟦p1⟧总是在开会的时候打断我，我该怎么跟他沟通？"),
    (
        "zh",
        """
请检查这份简历的格式：
姓名：⟦p1⟧
出生日期：⟦DOB⟧
住址：⟦ADDR⟧
手机：⟦PHONE⟧
邮箱：⟦p1.email⟧
求职意向：⟦=Java⟧后端开发
""",
    ),
    (
        "zh",
        """
这段代码为什么连不上数据库？
# 作者：⟦p1.r⟧
DB_HOST = "⟦IPPRIV⟧"
DB_PASSWORD = "⟦SECRET:dbpw⟧"
""",
    ),
    (
        "zh",
        """
总结一下客服聊天记录：
客户：你好，我是⟦p1⟧，订单⟦order⟧还没发货
客服⟦p2.f⟧：请提供收货地址
客户：⟦ADDR⟧
客服⟦p2.f⟧：好的，已加急处理
""",
    ),
    (
        "zh",
        """
⟦=小米⟧和⟦=华为⟧的手机哪个拍照更好？预算三千左右，版本号⟦ver⟧的系统有没有问题？
""",
    ),
    ("zh", "帮我给王老师写一封感谢信，她是我女儿⟦p1.f:f⟧的班主任，教了三年。"),
    # ---------------------------------------------------------------- Japanese
    (
        "ja",
        """
このメールをもう少し丁寧にしてください：
⟦p1.l⟧様
いつもお世話になっております。先日の請求書（⟦invoice⟧）の件で、振込先に誤りがございました。ご確認のほどよろしくお願いいたします。
⟦p2⟧
電話：⟦PHONE⟧　メール：⟦p2.email⟧
""",
    ),
    ("ja", "同僚の⟦p1.l⟧さんがいつも会議に遅れてくるんだけど、角が立たない伝え方ある？"),
    (
        "ja",
        """
履歴書のチェックをお願いします：
氏名：⟦p1⟧
生年月日：⟦DOB⟧
住所：⟦ADDR⟧
電話番号：⟦PHONE⟧
メールアドレス：⟦p1.email⟧
""",
    ),
    (
        "ja",
        """
このエラーの原因は？
# 担当: ⟦p1.r⟧
AWS_ACCESS_KEY_ID=⟦SECRET:aws_id⟧
AWS_SECRET_ACCESS_KEY=⟦SECRET:aws_secret⟧
botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch)
""",
    ),
    (
        "ja",
        """
ホテルの予約確認を英語に訳して：
予約番号：⟦pnr⟧
宿泊者：⟦p1⟧様
パスポート番号：⟦PASSPORT:jp⟧
チェックイン：⟦date⟧
""",
    ),
    (
        "ja",
        """
⟦=トヨタ⟧のプリウスと⟦=ホンダ⟧のフィット、燃費がいいのはどっち？通勤で毎日⟦num:10-60⟧キロ走ります。
""",
    ),
    ("ja", "娘の⟦p1.f:f⟧が来月から保育園に通います。先生への挨拶文を書いてください。"),
    # ---------------------------------------------------------------- Korean
    (
        "ko",
        """
이 메일을 좀 더 정중하게 바꿔 주세요:
⟦p1⟧ 님, 계약서를 ⟦p1.email⟧(으)로 보내드렸습니다. ⟦date⟧까지 서명 부탁드립니다. 문의: ⟦PHONE⟧
⟦p2⟧ 드림
""",
    ),
    ("ko", "친구 ⟦p1.f⟧이/가 계속 돈을 안 갚는데 어떻게 말해야 할까?"),
    (
        "ko",
        """
이력서 확인 부탁드려요:
이름: ⟦p1⟧
생년월일: ⟦DOB⟧
주소: ⟦ADDR⟧
연락처: ⟦PHONE⟧
""",
    ),
    (
        "ko",
        """
고객 상담 내용 요약해 줘:
고객: 안녕하세요, ⟦p1⟧입니다. 주문번호 ⟦order⟧ 배송이 안 와요
상담원 ⟦p2.f⟧: 배송지 주소 확인 부탁드립니다
고객: ⟦ADDR⟧
""",
    ),
    (
        "ko",
        """
⟦=삼성⟧ 갤럭시랑 ⟦=애플⟧ 아이폰 중에 배터리 오래가는 게 뭐야? 펌웨어 ⟦ver⟧ 버그 있어?
""",
    ),
    (
        "ko",
        """
이 코드 왜 에러 나요?
// 작성자: ⟦p1.r⟧
const KEY = "⟦SECRET:openai⟧";
""",
    ),
    # ---------------------------------------------------------------- Vietnamese
    (
        "vi",
        """
Viết lại email này cho lịch sự hơn:
Chào anh ⟦p1.f:m⟧, em gửi lại thông tin giao hàng: ⟦ADDR⟧, số điện thoại ⟦PHONE⟧. Cảm ơn anh. ⟦p2⟧
""",
    ),
    ("vi", "bạn thân của mình là ⟦p1⟧ sắp cưới, viết giúp mình lời chúc thật cảm động"),
    (
        "vi",
        """
Kiểm tra giúp tờ khai:
Họ và tên: ⟦p1⟧
Ngày sinh: ⟦DOB⟧
Địa chỉ: ⟦ADDR⟧
Hộ chiếu số: ⟦PASSPORT:vn⟧
""",
    ),
    (
        "vi",
        """
Nên học ⟦=React⟧ hay ⟦=Svelte⟧ trước? Mình đang dùng ⟦=Node.js⟧ ⟦ver⟧ và ⟦=Django⟧.
""",
    ),
    # ---------------------------------------------------------------- Indonesian
    (
        "id",
        """
Tolong buat pesan ini lebih sopan:
Halo Bu ⟦p1:f⟧, uang sewa bisa ditransfer ke rekening atas nama ⟦p2⟧, lalu kirim bukti ke ⟦p2.email⟧ atau WA ⟦PHONE⟧. Terima kasih.
""",
    ),
    ("id", "teman kantor saya ⟦p1.f⟧ sering pinjam uang dan lupa bayar, gimana cara negurnya?"),
    (
        "id",
        """
Cek formulir ini:
Nama lengkap: ⟦p1⟧
Tanggal lahir: ⟦DOB⟧
Alamat: ⟦ADDR⟧
No. HP: ⟦PHONE⟧
""",
    ),
    (
        "id",
        """
Lebih bagus ⟦=Gojek⟧ atau ⟦=Grab⟧ untuk kirim paket dari ⟦=Bandung⟧? Nomor resi ⟦tracking⟧ belum bergerak sejak ⟦date⟧.
""",
    ),
    # ---------------------------------------------------------------- Georgian
    (
        "ka",
        """
ეს წერილი უფრო თავაზიანად დაწერე:
ბატონო ⟦p1.f:m⟧, თანხა გადმორიცხეთ ანგარიშზე ⟦IBAN:ge⟧. კითხვების შემთხვევაში დამირეკეთ: ⟦PHONE⟧. პატივისცემით, ⟦p2⟧
""",
    ),
    ("ka", "ჩემი მეგობარი ⟦p1.f⟧ ძალიან გაბრაზდა ჩემზე, როგორ მოვუბოდიშო?"),
    (
        "ka",
        """
შეამოწმე განაცხადი:
სახელი, გვარი: ⟦p1⟧
დაბადების თარიღი: ⟦DOB⟧
მისამართი: ⟦ADDR⟧
ტელეფონი: ⟦PHONE⟧
""",
    ),
    # ---------------------------------------------------------------- Swahili
    (
        "sw",
        """
Naomba uandike ujumbe huu kwa adabu zaidi:
Habari ⟦p1⟧, tafadhali tuma kodi ya nyumba kabla ya ⟦date⟧. Kwa maswali piga ⟦PHONE⟧. Asante, ⟦p2⟧
""",
    ),
    ("sw", "rafiki yangu ⟦p1.f⟧ ameniomba nimkopeshe pesa tena, nimwambie nini bila kumuudhi?"),
    (
        "sw",
        """
Angalia fomu hii:
Jina kamili: ⟦p1⟧
Tarehe ya kuzaliwa: ⟦DOB⟧
Anwani: ⟦ADDR⟧
Barua pepe: ⟦p1.email⟧
""",
    ),
    # ---------------------------------------------------------------- Tagalog
    (
        "tl",
        """
Pakigawa ng mas magalang na mensahe:
Hi ⟦p1.f⟧, pakibayad na po ang upa bago mag-⟦date⟧. Puwede ninyo akong tawagan sa ⟦PHONE⟧. Salamat, ⟦p2⟧
""",
    ),
    (
        "tl",
        "yung pinsan ko na si ⟦p1.f⟧ ayaw magbayad ng utang, paano ko siya kakausapin nang maayos?",
    ),
    (
        "tl",
        """
Pakicheck ang form:
Pangalan: ⟦p1⟧
Petsa ng kapanganakan: ⟦DOB⟧
Tirahan: ⟦ADDR⟧
Pasaporte: ⟦PASSPORT:ph⟧
""",
    ),
]

TEMPLATES += [
    # ---------------------------------------------------------------- long mixed documents (en)
    (
        "en-us",
        """
Convert this mortgage pre-approval intake to JSON:

Borrower: ⟦p1⟧
SSN: ⟦SSN⟧   DOB: ⟦DOB⟧
Current address: ⟦ADDR⟧ (since 2019, renting, $⟦num:1200-3400⟧/mo)
Previous address: ⟦ADDR⟧
Driver's license: ⟦DL:us⟧
Employer: ⟦co⟧, ⟦num:2-14⟧ years, base salary $⟦num:60-180⟧,000
Co-borrower SSN: ⟦SSN⟧
Property being purchased: ⟦ADDR⟧
Loan amount requested: $⟦num:250-750⟧,000, 30-yr fixed
""",
    ),
    (
        "en-us",
        """
I'm doing my parents' taxes. Notes so far:

Filing status: MFJ
Taxpayer ITIN: ⟦ITIN⟧
Spouse ITIN: ⟦ITIN⟧
Dependent 1: ⟦p1.f⟧, SSN ⟦SSN⟧, born ⟦DOB:child⟧
Dependent 2: applying for ITIN (W-7 sent ⟦date⟧)
Mailing address: ⟦ADDR⟧
Refund via direct deposit, routing ⟦num:100000000-399999999⟧

Which credits can they claim if only one child has an SSN?
""",
    ),
    (
        "en",
        """
Please write a formal dispute letter from these notes:

- two unauthorized charges on ⟦date⟧ at an online shop I never used
- card 1: ⟦CARD⟧ (⟦amount⟧)
- card 2 (replacement they sent!): ⟦CARD⟧ (⟦amount⟧)
- I was at home at ⟦ADDR⟧ the whole day
- the merchant's receipt shows the purchase came from IP ⟦IP4⟧
- reference from the phone call: ⟦case⟧
""",
    ),
    (
        "en",
        """
Our payment service logged raw card data (oops). Write a script to redact these lines:

⟦ts⟧ DEBUG charge request pan=⟦CARD⟧ exp=0⟦num:1-9⟧/2⟦num:6-9⟧ cvv=⟦num:100-999⟧ ip=⟦IP4⟧
⟦ts⟧ DEBUG charge request pan=⟦CARD⟧ exp=1⟦num:0-2⟧/2⟦num:6-9⟧ cvv=⟦num:100-999⟧ ip=⟦IP6⟧
⟦ts⟧ INFO charge ok id=ch_⟦sha7⟧ amount=⟦amount⟧
⟦ts⟧ DEBUG charge request pan=⟦CARD:amex⟧ exp=0⟦num:1-9⟧/2⟦num:6-9⟧ cvv=⟦num:1000-9999⟧ ip=⟦IP4⟧
""",
    ),
    (
        "en",
        """
Help me reply to the exchange support. Their last message:

"Hello, regarding ticket ⟦ticket⟧: your deposit to ⟦BTC⟧ was credited with 2 confirmations. The withdrawal to ⟦ETH⟧ is on hold for KYC. Please upload your passport (number on file ends differently from ⟦PASSPORT⟧) and a proof of address matching ⟦ADDR⟧. Do not share your 2FA backup codes with anyone."

I already sent them backup code ⟦SECRET:otp⟧ by mistake, what should I do?
""",
    ),
    (
        "en",
        """
KYC form — check it's complete before I submit:

Full legal name: ⟦p1⟧
Date of birth: ⟦DOB⟧
Nationality / passport no.: ⟦PASSPORT⟧
Residential address: ⟦ADDR⟧
Mobile: ⟦PHONE⟧
Source of funds: salary + sale of property at ⟦ADDR⟧
Wallet for withdrawals: ⟦CRYPTO⟧
""",
    ),
    (
        "en",
        """
Moving checklist, can you turn it into a timeline?

Old place: ⟦ADDR⟧ — keys back to the agency by ⟦date⟧
New place: ⟦ADDR⟧ — alarm code ⟦SECRET:door⟧, garage remote in kitchen drawer
Internet: router arrives ⟦date⟧, wifi will be "Home-⟦num:100-999⟧" / ⟦SECRET:wifi⟧
Mail forwarding: set up, ref ⟦case⟧
Movers: ⟦co⟧, quote ⟦amount⟧, arrive ⟦time⟧
""",
    ),
    (
        "en",
        """
Make this guest message warmer:

Welcome! The apartment is at ⟦ADDR⟧, 3rd floor. The lockbox is left of the door, code ⟦SECRET:door⟧. Wifi: Guest-⟦num:10-99⟧, password ⟦SECRET:wifi⟧. Parking is on the street after 6pm. Checkout by 11. If anything breaks call ⟦p1.f⟧ on ⟦PHONE⟧.
""",
    ),
    (
        "en",
        """
Write a welcome email for a new hire from these IT details:

Laptop: ThinkPad T14, asset ⟦num:10000-99999⟧, wifi MAC ⟦MAC⟧
Temp password: ⟦SECRET:pw⟧ (must change at first login)
VPN gateway: ⟦IP4⟧, backup ⟦IP4⟧
Badge PIN: ⟦SECRET:pin⟧
Desk: 4th floor, building at ⟦ADDR⟧
""",
    ),
    (
        "en",
        """
Document our home network for the family wiki:

Router: admin / ⟦SECRET:pw⟧ at http://⟦IPPRIV⟧
Main wifi: "Kingfisher" — ⟦SECRET:wifi⟧
Guest wifi: "Kingfisher-Guest" — ⟦SECRET:wifi⟧
NAS: ⟦IPPRIV⟧ (MAC ⟦MAC⟧)
Printer: ⟦IPPRIV⟧ (MAC ⟦MAC⟧)
Public IP (changes sometimes): ⟦IP4⟧
""",
    ),
    (
        "en-us",
        """
Background check report — summarize for the hiring manager (no judgment, just facts):

Subject: ⟦p1⟧
DOB: ⟦DOB⟧   SSN: ⟦SSN⟧
Driver's license: ⟦DL:us⟧ — valid, no suspensions
Address history:
  ⟦ADDR⟧ (2021–present)
  ⟦ADDR⟧ (2017–2021)
  ⟦ADDR⟧ (2014–2017)
Criminal: no records found in searched jurisdictions
""",
    ),
    (
        "en",
        """
Shipping manifest, sort by postcode:

parcel,recipient_address,service,weight_kg
⟦tracking⟧,"⟦ADDR:1⟧",express,⟦num:1-20⟧.⟦num:0-9⟧
⟦tracking⟧,"⟦ADDR:1⟧",standard,⟦num:1-20⟧.⟦num:0-9⟧
⟦tracking⟧,"⟦ADDR:1⟧",standard,⟦num:1-20⟧.⟦num:0-9⟧
⟦tracking⟧,"⟦ADDR:1⟧",express,⟦num:1-20⟧.⟦num:0-9⟧
""",
    ),
    (
        "en",
        """
My delivery route for tomorrow — put it in a sensible order:
1. ⟦ADDR:1⟧ (gate code ⟦SECRET:door⟧)
2. ⟦ADDR:1⟧
3. ⟦ADDR:1⟧ — leave with reception
4. ⟦ADDR:1⟧ (buzzer code ⟦SECRET:door⟧)
""",
    ),
    (
        "en",
        """
Write short listing blurbs for these three properties:
A) ⟦ADDR⟧ — 2 bed flat, balcony, ⟦num:55-90⟧ m²
B) ⟦ADDR⟧ — detached house, big garden, needs work
C) ⟦ADDR⟧ — studio near the station, ideal for students
""",
    ),
    (
        "en",
        """
Password manager export — which of these are reused?

name,url,username,password
mail,https://mail.example.com,⟦p1.email⟧,⟦SECRET:pw⟧
bank,https://online.⟦=examplebank⟧.com,⟦p1.handle⟧,⟦SECRET:pw⟧
router,http://⟦IPPRIV⟧,admin,⟦SECRET:pw⟧
streaming,https://⟦=watch.example⟧.tv,⟦p1.email⟧,⟦SECRET:pw⟧
""",
    ),
    (
        "en",
        """
my ~/.npmrc and ~/.docker/config.json, why does docker push still ask for login?

//registry.npmjs.org/:_authToken=⟦SECRET:npm⟧

{"auths": {"ghcr.io": {"auth": "⟦SECRET:b64⟧"}}, "credsStore": ""}
""",
    ),
    (
        "en",
        """
kubectl apply fails with "illegal base64 data". Manifest:

apiVersion: v1
kind: Secret
metadata:
  name: payments-secrets
type: Opaque
data:
  STRIPE_KEY: ⟦SECRET:b64⟧
  DB_PASSWORD: ⟦SECRET:b64⟧
stringData:
  WEBHOOK_SECRET: whsec_⟦SECRET:hex32⟧
""",
    ),
    (
        "en",
        """
Browser autofill export — clean it up into a table:

Name: ⟦p1⟧
Street address: ⟦ADDR:1⟧
Phone: ⟦PHONE⟧
Card: ⟦CARD⟧  exp 0⟦num:1-9⟧/2⟦num:6-9⟧
Card: ⟦CARD⟧  exp 1⟦num:0-2⟧/2⟦num:6-9⟧
Shipping address 2: ⟦ADDR:1⟧
""",
    ),
    (
        "en-us",
        """
Accident report, help me write the narrative:

Vehicle 1 (me): ⟦p1⟧, license ⟦DL:us⟧, address ⟦ADDR⟧
Vehicle 2: ⟦p2⟧, license ⟦DL:us⟧, address ⟦ADDR⟧, insurer ⟦co⟧ policy ⟦case⟧
Location: intersection near ⟦=Lincoln Tunnel⟧ approach, ⟦date⟧ about ⟦time⟧
Police report no. ⟦num:20250000-20259999⟧
""",
    ),
    (
        "en-us",
        """
Small business loan application, the bank says something doesn't match:

Owner: ⟦p1⟧, ITIN ⟦ITIN⟧
Business address: ⟦ADDR⟧
Home address: ⟦ADDR⟧
EIN: ⟦num:10-99⟧-⟦num:1000000-9999999⟧
Requested: $⟦num:20-150⟧,000 for equipment
""",
    ),
    (
        "en",
        """
Draft the wire instructions email for the client:

Beneficiary: ⟦co⟧ Holdings Ltd
Beneficiary address: ⟦ADDR⟧
IBAN: ⟦IBAN⟧
Bank address: ⟦ADDR⟧
Intermediary IBAN (USD only): ⟦IBAN⟧
Reference: ⟦invoice⟧
Call-back number to verify changes: ⟦PHONE⟧
""",
    ),
    (
        "en",
        """
I lost access to my wallet app. I still have the recovery phrase: "⟦SECRET:seed⟧". Receiving addresses it showed: ⟦BTC⟧ and ⟦BTC⟧. How do I restore it in another wallet safely?
""",
    ),
    (
        "en",
        """
Security alert email from our scanner, explain severity:

Secret detected in repository acme/⟦sw⟧-service (commit ⟦sha7⟧):
  config/prod.env:12  AWS access key  ⟦SECRET:aws_id⟧
  config/prod.env:13  AWS secret key  ⟦SECRET:aws_secret⟧
  scripts/charge.py:4 Stripe key      ⟦SECRET:stripe⟧
First seen ⟦ts⟧. Exposure: public fork detected.
""",
    ),
    (
        "en",
        """
Pentest findings, rewrite for the exec summary:

1. SSH exposed on ⟦IP4⟧ with password auth; credentials root / ⟦SECRET:pw⟧ worked.
2. Admin panel on ⟦IP4⟧:⟦port⟧ uses default password.
3. Internal host ⟦IPPRIV⟧ leaks MAC ⟦MAC⟧ and hostname via NetBIOS.
4. API key ⟦SECRET:google⟧ embedded in the mobile app bundle ⟦ver⟧.
""",
    ),
    (
        "en-us",
        """
Letter to the DMV, please fix the tone:

To whom it may concern, I renewed my license online on ⟦date⟧ (license number ⟦DL:us⟧, date of birth ⟦DOB⟧) but the new card was mailed to my old address ⟦ADDR⟧. My current address is ⟦ADDR⟧. Please reissue.
""",
    ),
    (
        "en",
        """
Hotel registration card (scanned), fill the PMS fields:

GUEST ⟦p1.LF⟧
PASSPORT ⟦PASSPORT⟧   NATIONALITY ⟦=UTO⟧
DATE OF BIRTH ⟦DOB⟧
HOME ADDRESS ⟦ADDR⟧
CAR PLATE ⟦num:100-999⟧-⟦=XKD⟧
ARRIVAL ⟦date⟧  DEPARTURE ⟦date⟧  ROOM ⟦num:100-899⟧
""",
    ),
    (
        "en",
        """
Please analyze these email headers, was it spoofed?

Received: from mail-⟦num:10-99⟧.outbound.example.net ([⟦IP4⟧])
        by mx.ourcompany.com with ESMTPS id ⟦sha7⟧
        for <⟦p1.email⟧>; ⟦ts⟧
Received: from [⟦IPPRIV⟧] (unknown [⟦IP4⟧])
Return-Path: <⟦EMAIL⟧>
Authentication-Results: spf=softfail; dkim=none; dmarc=fail
Message-ID: <⟦uuid⟧@mail.example.net>
""",
    ),
    (
        "en-us",
        """
Direct deposit form — double-check for typos:

Employee name: ⟦p1⟧
SSN: ⟦SSN⟧
Address: ⟦ADDR⟧
Bank routing number: ⟦num:100000000-399999999⟧
Account number: ⟦num:100000000-999999999⟧
Deposit: 100% to checking
""",
    ),
    (
        "en",
        """
Chargeback evidence package — draft the summary:

Order ⟦order⟧ placed ⟦ts⟧ from IP ⟦IP4⟧ (geolocates to billing city)
Billing address: ⟦ADDR⟧
Shipping address: ⟦ADDR⟧ (same as previous 4 orders)
Card used: ⟦CARD⟧, 3-D Secure passed
Delivered ⟦date⟧, signed by customer
""",
    ),
    (
        "en",
        """
IoT inventory from the warehouse, group by vendor OUI:

sensor-01  ⟦IPPRIV⟧  ⟦MAC⟧  fw ⟦ver⟧
sensor-02  ⟦IPPRIV⟧  ⟦MAC⟧  fw ⟦ver⟧
gateway    ⟦IPPRIV⟧  ⟦MAC⟧  fw ⟦ver⟧
camera-dock ⟦IPPRIV⟧ ⟦MAC⟧  fw ⟦ver⟧
""",
    ),
    (
        "en",
        """
Send a friendly payment reminder. Invoice details:
Bill to: ⟦co⟧ Ltd, ⟦ADDR⟧
Pay to: BTC ⟦BTC⟧ or USDC (ERC-20) ⟦ETH⟧
Amount: ⟦amount⟧ USD, due ⟦date⟧
Our office: ⟦ADDR⟧
""",
    ),
    (
        "en",
        """
Rental damage dispute, write a firm email:

Rental agreement ⟦pnr⟧, renter ⟦p1⟧, license ⟦DL⟧. They charged ⟦amount⟧ to my card ⟦CARD⟧ for a scratch that was on the pickup photos. Pickup at ⟦ADDR⟧ on ⟦date⟧, return same place.
""",
    ),
    (
        "en",
        """
write a polite note for the new neighbours with our details:
Hi! We're at ⟦ADDR⟧. If you ever need anything or a parcel arrives for us, text ⟦PHONE⟧. The shared bin store code is ⟦SECRET:door⟧.
""",
    ),
    (
        "en",
        """
Customer address change request — is it suspicious?

Account: ⟦num:10000000-99999999⟧
Old address: ⟦ADDR⟧
New address: ⟦ADDR⟧
Requested via chat from IP ⟦IP4⟧ at ⟦ts⟧, 10 minutes after a password reset. New card to be sent to new address, card on file ⟦CARD⟧.
""",
    ),
    (
        "en",
        """
Format this as a proper letterhead:

⟦co⟧ Legal
⟦ADDR⟧
Tel ⟦PHONE⟧
Re: lease of premises at ⟦ADDR⟧, our ref ⟦case⟧
""",
    ),
    (
        "en",
        """
my crypto tax tool wants a list, help format it:
- ⟦date⟧ received 0.0⟦num:10-99⟧ BTC on ⟦BTC⟧
- ⟦date⟧ sent 1.⟦num:1-9⟧ ETH from ⟦ETH⟧ to ⟦ETH⟧
- ⟦date⟧ swapped on a DEX, tx ⟦=0x⟧⟦sha256⟧
""",
    ),
    (
        "en-us",
        """
Scholarship application — proofread my info section:

Name: ⟦p1⟧
Date of birth: ⟦DOB:child⟧
Home address: ⟦ADDR⟧
Parent/guardian: ⟦p2⟧, ⟦PHONE⟧
Student ID: ⟦num:1000000-9999999⟧
Parent SSN (for FAFSA): ⟦SSN⟧
""",
    ),
]

TEMPLATES += [
    # ---------------------------------------------------------------- long mixed documents (other languages)
    (
        "de",
        """
Bestellbestätigung – bitte auf Englisch zusammenfassen:

Bestellnummer: ⟦order⟧ vom ⟦date⟧
Lieferadresse: ⟦ADDR⟧
Rechnungsadresse: ⟦ADDR⟧
Zahlungsart: Kreditkarte ⟦CARD⟧
Voraussichtliche Zustellung: ⟦date⟧ durch ⟦=DHL⟧, Sendungsnummer ⟦tracking⟧
""",
    ),
    (
        "de",
        """
Bitte hilf mir, unsere Netzwerk-Doku aufzuräumen:

FRITZ!Box ⟦num:7490-7590⟧ – Oberfläche http://⟦IPPRIV⟧, Kennwort ⟦SECRET:pw⟧
WLAN "Zuhause-⟦num:10-99⟧", WPA2-Schlüssel ⟦SECRET:wifi⟧
NAS ⟦IPPRIV⟧ (MAC ⟦MAC⟧)
Drucker ⟦IPPRIV⟧ (MAC ⟦MAC⟧)
Externe IP laut Router: ⟦IP4⟧
""",
    ),
    (
        "fr",
        """
Aide-moi à rédiger la déclaration de sinistre :

Conducteur A : ⟦p1⟧, permis n° ⟦DL:fr⟧, domicilié ⟦ADDR⟧
Conducteur B : ⟦p2⟧, permis n° ⟦DL:fr⟧, domicilié ⟦ADDR⟧
Lieu : rond-point à l'entrée de ⟦city⟧, le ⟦date⟧ vers ⟦time⟧
Assureur B : ⟦co⟧, contrat ⟦case⟧
""",
    ),
    (
        "es",
        """
Resume este pedido para el cliente:
Pedido ⟦order⟧
Dirección de envío: ⟦ADDR⟧
Dirección de facturación: ⟦ADDR⟧
Pago con tarjeta ⟦CARD⟧
Código de acceso al portal del edificio: ⟦SECRET:door⟧
""",
    ),
    (
        "pt-br",
        """
Revisa esse cadastro antes de eu enviar:
Nome: ⟦p1⟧
Data de nascimento: ⟦DOB⟧
Endereço residencial: ⟦ADDR⟧
Endereço de cobrança: ⟦ADDR⟧
Cartão: ⟦CARD⟧
Senha do app (provisória): ⟦SECRET:pw⟧
""",
    ),
    (
        "it",
        """
Controlla il contratto di locazione:
Locatore: ⟦p1⟧, residente in ⟦ADDR⟧
Conduttore: ⟦p2⟧, passaporto ⟦PASSPORT:it⟧, nato il ⟦DOB⟧
Immobile: ⟦ADDR⟧
Canone mensile tramite bonifico su ⟦IBAN:it⟧
""",
    ),
    (
        "ja",
        """
配送先の変更をお願いするメールを書いてください：
注文番号：⟦order⟧
旧住所：⟦ADDR⟧
新住所：⟦ADDR⟧
電話番号：⟦PHONE⟧
置き配の暗証番号：⟦SECRET:pin⟧
""",
    ),
    (
        "zh",
        """
帮我整理收货信息：
收货地址一：⟦ADDR⟧
收货地址二：⟦ADDR⟧
联系电话：⟦PHONE⟧
门禁密码：⟦SECRET:door⟧
备注：工作日⟦time⟧以后送
""",
    ),
    (
        "ru",
        """
Проверь заявление на визу:
ФИО: ⟦p1⟧
Дата рождения: ⟦DOB⟧
Загранпаспорт № ⟦PASSPORT:ru⟧
Адрес проживания: ⟦ADDR⟧
Адрес в стране пребывания: ⟦ADDR:de⟧
Приглашающая сторона: ⟦p2:de⟧, тел. ⟦PHONE:de⟧
""",
    ),
    (
        "ko",
        """
택배 주소 변경 요청 메시지 작성해 줘:
기존 주소: ⟦ADDR⟧
새 주소: ⟦ADDR⟧
공동현관 비밀번호: ⟦SECRET:door⟧
연락처: ⟦PHONE⟧
""",
    ),
    (
        "nl",
        """
Verhuisbericht opstellen:
Oud adres: ⟦ADDR⟧
Nieuw adres: ⟦ADDR⟧ (vanaf ⟦date⟧)
Automatische incasso voortaan van ⟦IBAN:nl⟧
Alarmcode nieuwe woning: ⟦SECRET:door⟧
""",
    ),
    (
        "pl",
        """
Zgłoszenie szkody – popraw styl:
Kierowca: ⟦p1⟧, prawo jazdy nr ⟦DL:pl⟧
Adres: ⟦ADDR⟧
Miejsce zdarzenia: parking przy ⟦ADDR⟧, ⟦date⟧
Nr polisy: ⟦case⟧
""",
    ),
    (
        "tr",
        """
Kargo adresimi güncelle:
Eski adres: ⟦ADDR⟧
Yeni adres: ⟦ADDR⟧
Apartman kapı şifresi: ⟦SECRET:door⟧
Telefon: ⟦PHONE⟧
""",
    ),
    (
        "ar",
        """
ساعدني في كتابة رسالة لتغيير عنوان الشحن:
العنوان القديم: ⟦ADDR⟧
العنوان الجديد: ⟦ADDR⟧
رقم الطلب: ⟦order⟧
رقم البطاقة المستخدمة: ⟦CARD⟧
""",
    ),
    (
        "he",
        """
תעזור לי לנסח הודעה על מעבר דירה:
כתובת ישנה: ⟦ADDR⟧
כתובת חדשה: ⟦ADDR⟧
קוד לדלת הכניסה: ⟦SECRET:door⟧
טלפון: ⟦PHONE⟧
""",
    ),
    (
        "uk",
        """
Допоможи скласти лист про зміну адреси доставки:
Стара адреса: ⟦ADDR⟧
Нова адреса: ⟦ADDR⟧
Код домофону: ⟦SECRET:door⟧
Телефон: ⟦PHONE⟧
""",
    ),
]

SEED_WORDS = [
    "abandon",
    "ability",
    "acoustic",
    "adapt",
    "agent",
    "alley",
    "anchor",
    "apple",
    "arrow",
    "auction",
    "badge",
    "bamboo",
    "beach",
    "bicycle",
    "blanket",
    "bronze",
    "cabin",
    "canvas",
    "cargo",
    "castle",
    "cereal",
    "chimney",
    "citizen",
    "clever",
    "coconut",
    "comfort",
    "copper",
    "cradle",
    "crystal",
    "dolphin",
    "drift",
    "eagle",
    "elbow",
    "ember",
    "enrich",
    "fabric",
    "falcon",
    "fiction",
    "forest",
    "galaxy",
    "garlic",
    "giant",
    "harbor",
    "hollow",
    "island",
    "jacket",
    "jungle",
    "kettle",
    "ladder",
    "lemon",
    "lunar",
    "marble",
    "meadow",
    "mirror",
    "noble",
    "ocean",
    "orbit",
    "paddle",
    "pepper",
    "planet",
    "quantum",
    "rabbit",
    "ribbon",
    "saddle",
    "shadow",
    "silver",
    "spice",
    "thunder",
    "timber",
    "velvet",
    "walnut",
    "wisdom",
    "zebra",
]
