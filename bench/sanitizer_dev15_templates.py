# ruff: noqa: E501
"""Hand-written templates, name lists and value pools for the dev15 "people talking" set.

Placeholder syntax (filled left to right by ``bench.sanitizer_dev15``):

* ``⟦f1⟧ ⟦l1⟧ ⟦n1⟧ ⟦d1⟧`` -- given name, surname, full name, nickname of person 1 (PERSON).
  Optional gender ``w``/``m`` after the digit, a culture after ``@`` and a modifier after
  ``.`` (``lc`` lowercase, ``up`` uppercase, ``cap`` capitalized, ``sp`` spelled out).
* ``⟦CAT=literal⟧`` -- a literal value labeled with category CAT.
* ``⟦KEY:arg:arg#tag⟧`` -- a generated value (EMAIL, PHONE, CARD, IBAN, SSN, ITIN, IP, MAC,
  BTC, ETH, DOB, ADDR, DL, PASS, SECRET); a ``#tag`` repeats the same value later on.
* ``⟦|⟧`` -- a turn break: what follows is the assistant's answer.
* ``⟪...⟫`` -- an unlabeled look-alike: a generated filler (TS, TIME, DATE, PRICE, ORDER,
  TICKET, TRACK, FLIGHT, VER, HASH, BOOKING, HANDLE, PET, BIZ, NUM) or literal text.
* A template starting with ``§`` already contains its own request to the model.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- languages

LANG_BASE = {
    "hi-en": "en",
    "tl-en": "en",
    "es-en": "es",
    "ar-Latn": "ar-Latn",
    "fr-en": "fr",
    "en-SG": "en",
    "ur-Latn": "ur-Latn",
    "ru-Latn": "ru-Latn",
    "el-Latn": "el-Latn",
    "fa-Latn": "fa-Latn",
    "gsw": "de",
    "pcm": "en",
}

LANG_CC = {
    "en": ["us", "us", "us", "gb", "gb", "ca", "au", "ie", "in", "ng", "nz", "za", "sg"],
    "es": ["es", "es", "mx", "mx", "ar", "co"],
    "pt": ["br", "br", "pt"],
    "fr": ["fr", "fr", "fr", "be", "ch", "sn"],
    "de": ["de", "de", "de", "at"],
    "it": ["it"],
    "nl": ["nl", "nl", "be"],
    "pl": ["pl"],
    "cs": ["cz"],
    "ru": ["ru"],
    "uk": ["ua"],
    "el": ["gr"],
    "tr": ["tr"],
    "ar": ["eg", "eg", "sa", "ae"],
    "fa": ["ir"],
    "he": ["il"],
    "hi": ["in"],
    "ta": ["in"],
    "bn": ["bd"],
    "zh": ["cn"],
    "ja": ["jp"],
    "ko": ["kr"],
    "vi": ["vn"],
    "th": ["th"],
    "id": ["id"],
    "ms": ["my"],
    "tl": ["ph"],
    "sw": ["ke"],
    "sv": ["se"],
    "no": ["no"],
    "da": ["dk"],
    "fi": ["fi"],
    "hu": ["hu"],
    "ro": ["ro"],
    "hr": ["hr"],
    "am": ["et"],
    "ka": ["ge"],
    "hy": ["am"],
    "hi-en": ["in"],
    "tl-en": ["ph"],
    "es-en": ["us"],
    "ar-Latn": ["eg_l"],
    "fr-en": ["fr", "ca"],
    "en-SG": ["sg"],
    "ur-Latn": ["pk"],
    "ru-Latn": ["ru_l"],
    "el-Latn": ["gr_l"],
    "fa-Latn": ["ir_l"],
    "gsw": ["ch"],
    "pcm": ["ng"],
}

FALLBACK_CC = {
    "us": ["gb", "de", "nl", "es", "fr", "ie"],
    "ca": ["fr", "gb"],
    "au": ["gb", "ie"],
    "nz": ["gb", "ie"],
    "in": ["ae", "gb"],
    "ng": ["gb"],
    "ke": ["gb"],
    "za": ["gb", "nl"],
    "sg": ["gb"],
    "ph": ["ae", "sa"],
    "my": ["gb"],
    "id": ["nl"],
    "mx": ["es"],
    "ar": ["es"],
    "co": ["es"],
    "cn": ["de", "gb"],
    "hk": ["gb"],
    "jp": ["de"],
    "kr": ["de"],
    "vn": ["de"],
    "th": ["de"],
    "eg": ["ae", "sa"],
    "eg_l": ["eg", "ae"],
    "ru_l": ["ru"],
    "gr_l": ["gr"],
    "ir_l": ["ir"],
    "ir": ["ae", "tr"],
    "bd": ["gb", "ae"],
    "pk": ["ae", "gb"],
    "et": ["ae"],
    "sn": ["fr"],
    "am": ["ge", "fr"],
    "np": ["ae"],
}

# --------------------------------------------------------------------------- names
# f / m: given names ("Name|Nick|Nick"); s: surnames ("male/female" when gendered).

NAMES: dict[str, dict] = {
    "en_us": {
        "f": [
            "Jennifer|Jen|Jenny",
            "Ashley|Ash",
            "Megan|Meg",
            "Brittany|Britt",
            "Rachel",
            "Lauren",
            "Kayla",
            "Hope",
            "Grace|Gracie",
            "Dawn",
            "Summer",
            "Joy",
            "Rose|Rosie",
            "Emily|Em",
            "Sarah",
            "Danielle|Dani",
            "Tiffany|Tiff",
            "Madison|Maddie",
            "Courtney",
            "Amber",
        ],
        "m": [
            "Michael|Mike",
            "Christopher|Chris",
            "Matthew|Matt",
            "Joshua|Josh",
            "Tyler",
            "Brandon",
            "William|Will|Bill",
            "Mark",
            "Kevin|Kev",
            "Daniel|Dan|Danny",
            "Robert|Rob|Bobby",
            "James|Jim|Jimmy",
            "Anthony|Tony",
            "Justin",
            "Kyle",
            "Derek",
            "Travis",
            "Cody",
        ],
        "s": [
            "Johnson",
            "Miller",
            "Anderson",
            "Thompson",
            "Harris",
            "Clark",
            "Lewis",
            "Walker",
            "Hall",
            "Young",
            "King",
            "Wright",
            "Hill",
            "Baker",
            "Nelson",
            "Carter",
            "Mitchell",
            "Turner",
            "Phillips",
            "Campbell",
            "Parker",
            "Collins",
            "Stewart",
            "Murphy",
            "Rogers",
            "Bennett",
            "Brooks",
            "Sanders",
            "Holloway",
            "Whitaker",
            "Kowalczyk",
            "Schaefer",
        ],
    },
    "en_gb": {
        "f": [
            "Charlotte|Lottie",
            "Sophie",
            "Amelia|Millie",
            "Chloe",
            "Lucy",
            "Hollie",
            "Abigail|Abbie",
            "Rebecca|Becky",
            "Gemma",
            "Kirsty",
            "Poppy",
            "Eleanor|Nell",
            "Harriet|Hattie",
            "Bethany|Beth",
        ],
        "m": [
            "Oliver|Ollie",
            "Harry",
            "George",
            "Jack",
            "Callum",
            "Thomas|Tom",
            "Alfie",
            "Stuart|Stu",
            "Gareth",
            "Rhys",
            "Alistair|Ali",
            "Nathan|Nate",
            "Edward|Ed|Ted",
        ],
        "s": [
            "Smith",
            "Jones",
            "Taylor",
            "Williams",
            "Davies",
            "Wilson",
            "Cooper",
            "Ward",
            "Hughes",
            "Shaw",
            "Fletcher",
            "Pemberton",
            "Ashworth",
            "Barraclough",
            "Featherstone",
            "Cartwright",
            "Haworth",
            "Illingworth",
            "Okoro-Bennett",
            "Patel",
        ],
    },
    "ie": {
        "f": [
            "Aoife",
            "Siobhán",
            "Niamh",
            "Saoirse",
            "Orla",
            "Róisín",
            "Caoimhe",
            "Clodagh",
            "Gráinne",
            "Sinéad",
        ],
        "m": [
            "Seán",
            "Ciarán",
            "Darragh",
            "Cillian",
            "Oisín",
            "Pádraig|Paddy",
            "Eoin",
            "Diarmuid",
            "Colm",
            "Fionn",
        ],
        "s": [
            "Murphy",
            "Kelly",
            "O'Sullivan",
            "Walsh",
            "O'Connor",
            "McCarthy",
            "Byrne",
            "Ryan",
            "Ó Briain/Ní Bhriain",
            "Fitzgerald",
            "Doyle",
            "Kavanagh",
            "Ó Ceallaigh/Ní Cheallaigh",
            "Mac Giolla Phádraig",
        ],
    },
    "sc": {
        "f": ["Isla", "Eilidh", "Catriona", "Morag", "Ailsa", "Fiona", "Mhairi", "Kirsteen"],
        "m": ["Hamish", "Angus", "Euan", "Fraser", "Ruaridh", "Calum", "Murdo", "Lachlan"],
        "s": [
            "MacDonald",
            "MacLeod",
            "Campbell",
            "Stewart",
            "Robertson",
            "MacKenzie",
            "Sutherland",
            "Buchanan",
            "Menzies",
            "McAllister",
        ],
    },
    "aa": {
        "f": [
            "Aaliyah",
            "Imani",
            "Keisha",
            "Tanisha",
            "Shanice",
            "Jasmine|Jas",
            "Precious",
            "Ebony",
            "Destiny",
            "Kiara",
        ],
        "m": [
            "DeShawn",
            "Jamal",
            "Malik",
            "Darnell",
            "Tyrone",
            "Andre|Dre",
            "Terrell",
            "Marquis",
            "Darius",
            "Jaylen",
        ],
        "s": [
            "Washington",
            "Jackson",
            "Jefferson",
            "Robinson",
            "Booker",
            "Banks",
            "Freeman",
            "Coleman",
            "Dorsey",
            "Gaines",
        ],
    },
    "es": {
        "f": [
            "María|Mari",
            "Lucía",
            "Carmen|Carmencita|Menchu",
            "Rocío|Ro",
            "Paz",
            "Sol",
            "Pilar|Pili",
            "Inmaculada|Inma",
            "Concepción|Concha|Conchi",
            "Dolores|Lola",
            "Marta",
            "Nerea",
            "Ainhoa",
            "Itziar",
            "Luz",
        ],
        "m": [
            "José|Pepe",
            "Francisco|Paco|Curro",
            "Javier|Javi",
            "Alejandro|Álex",
            "Jesús|Chus",
            "Ignacio|Nacho",
            "Manuel|Manolo",
            "Antonio|Toni",
            "Sergio",
            "Íñigo",
            "Jorge",
            "Enrique|Quique",
        ],
        "s": [
            "García",
            "Fernández",
            "González",
            "Rodríguez",
            "López",
            "Martínez",
            "Sánchez",
            "Pérez",
            "Gómez Ruiz",
            "Díaz de la Fuente",
            "Iglesias",
            "Moreno",
            "Etxeberria",
            "Jiménez",
            "de la Torre",
            "Navarro",
            "Ortega Vidal",
        ],
    },
    "mx": {
        "f": [
            "Guadalupe|Lupita|Lupe",
            "Ximena",
            "Fernanda|Fer",
            "Valeria|Vale",
            "Daniela|Dani",
            "Itzel",
            "Citlali",
            "Yesenia",
            "Araceli|Chely",
            "Luz",
        ],
        "m": [
            "José Luis|Pepe",
            "Juan Carlos|Juanca",
            "Jesús|Chuy",
            "Alejandro|Ale",
            "Eduardo|Lalo",
            "Francisco|Pancho",
            "Guillermo|Memo",
            "Rodrigo|Rigo",
            "Ulises",
            "Emiliano",
        ],
        "s": [
            "Hernández",
            "Ramírez",
            "Flores",
            "Cruz",
            "Morales",
            "Reyes",
            "Gutiérrez",
            "Mendoza",
            "Vázquez",
            "Castillo",
            "Ortiz",
            "Guerrero",
            "Delgado",
            "Cervantes",
        ],
    },
    "latam": {
        "f": [
            "Florencia|Flor",
            "Agustina|Agus",
            "Camila|Cami",
            "Milagros|Mili",
            "Valentina|Vale",
            "Catalina|Cata",
            "Antonella|Anto",
        ],
        "m": [
            "Santiago|Santi",
            "Facundo|Facu",
            "Joaquín|Joaco",
            "Nicolás|Nico",
            "Matías|Mati",
            "Sebastián|Sebas",
            "Tomás|Tomi",
        ],
        "s": [
            "Fernández",
            "Rossi",
            "Gómez",
            "Romero",
            "Álvarez",
            "Benítez",
            "Acosta",
            "Medina",
            "Sosa",
            "Quintero",
            "Restrepo",
            "Echeverri",
        ],
    },
    "pt_br": {
        "f": [
            "Ana Clara",
            "Fernanda|Nanda",
            "Juliana|Ju",
            "Camila|Cami",
            "Beatriz|Bia",
            "Letícia|Lê",
            "Larissa|Lari",
            "Gabriela|Gabi",
            "Raquel",
            "Thaís",
            "Luana",
        ],
        "m": [
            "João Pedro|JP",
            "Lucas",
            "Gabriel|Biel",
            "Rafael|Rafa",
            "Guilherme|Gui",
            "Thiago",
            "Matheus|Teteu",
            "Felipe|Lipe",
            "Rodrigo|Digão",
            "Caio",
        ],
        "s": [
            "Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Pereira",
            "Costa",
            "Rodrigues",
            "Almeida",
            "Nascimento",
            "Carvalho",
            "Ferreira",
            "Gomes da Silva",
            "Lima",
            "Araújo",
            "dos Santos",
        ],
    },
    "pt_pt": {
        "f": [
            "Inês",
            "Beatriz",
            "Mariana",
            "Joana",
            "Rita",
            "Catarina",
            "Leonor",
            "Margarida|Guida",
        ],
        "m": ["Tiago", "Duarte", "Gonçalo", "Rui", "Nuno", "Afonso", "Vasco", "Francisco|Chico"],
        "s": [
            "Ferreira",
            "Pereira",
            "Sousa",
            "Fernandes",
            "Gonçalves",
            "Marques",
            "Mendes",
            "Pinto",
            "Teixeira",
            "Magalhães",
        ],
    },
    "fr": {
        "f": [
            "Camille",
            "Léa",
            "Manon",
            "Chloé",
            "Inès",
            "Océane",
            "Mathilde",
            "Élodie",
            "Aurélie",
            "Sandrine",
            "Margaux",
            "Clémence",
            "Anaïs",
        ],
        "m": [
            "Julien|Ju",
            "Maxime|Max",
            "Thomas|Tom",
            "Nicolas|Nico",
            "Guillaume",
            "Antoine",
            "Baptiste|Bapt",
            "Mathieu",
            "Sébastien|Seb",
            "Cédric",
            "Loïc",
            "Théo",
        ],
        "s": [
            "Martin",
            "Bernard",
            "Dubois",
            "Durand",
            "Lefebvre",
            "Moreau",
            "Laurent",
            "Girard",
            "Fournier",
            "Lambert",
            "Rousseau",
            "Leroy",
            "Le Goff",
            "Lefèvre",
            "Chevalier",
            "Morel",
            "de Villeneuve",
        ],
    },
    "sn": {
        "f": ["Awa", "Fatou", "Aminata", "Khady", "Mariama", "Ndeye", "Astou", "Coumba"],
        "m": [
            "Mamadou",
            "Moussa",
            "Ousmane",
            "Cheikh",
            "Ibrahima",
            "Abdoulaye",
            "Modou",
            "Babacar",
        ],
        "s": [
            "Diop",
            "Ndiaye",
            "Fall",
            "Sow",
            "Diallo",
            "Ba",
            "Gueye",
            "Faye",
            "Sarr",
            "Mbaye",
            "Cissé",
            "Diouf",
        ],
    },
    "de": {
        "f": [
            "Anna",
            "Lena",
            "Julia|Jule",
            "Katharina|Kathi",
            "Sabine|Bine",
            "Ursula|Uschi",
            "Gerda",
            "Birgit",
            "Franziska|Franzi",
            "Johanna|Hanna",
            "Stefanie|Steffi",
            "Lea",
            "Heike",
        ],
        "m": [
            "Lukas",
            "Jonas",
            "Maximilian|Max|Maxi",
            "Tobias|Tobi",
            "Florian|Flo",
            "Stefan",
            "Jürgen",
            "Klaus",
            "Matthias|Matze",
            "Sebastian|Basti",
            "Andreas|Andi",
            "Günter",
            "Dieter",
        ],
        "s": [
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Schulz",
            "Hoffmann",
            "Schäfer",
            "Koch",
            "Bauer",
            "Richter",
            "Klein",
            "Wolf",
            "von Bülow",
            "Zimmermann",
            "Krüger",
            "Hartmann",
            "Schröder",
            "Yılmaz",
        ],
    },
    "ch": {
        "f": [
            "Nadja",
            "Seraina",
            "Corinne",
            "Ladina",
            "Fabienne",
            "Rahel",
            "Jasmin",
            "Andrea",
            "Vreni",
        ],
        "m": [
            "Reto",
            "Urs",
            "Beat",
            "Fabian",
            "Dominik",
            "Remo",
            "Marco",
            "Gian-Luca|Gianni",
            "Ueli",
            "Mättu",
        ],
        "s": [
            "Meier",
            "Keller",
            "Brunner",
            "Gerber",
            "Baumann",
            "Frei",
            "Zürcher",
            "Steiner",
            "Widmer",
            "Huber",
            "Moser",
            "Egli",
            "Bachmann",
            "Graf",
        ],
    },
    "it": {
        "f": [
            "Giulia",
            "Francesca|Fra",
            "Chiara",
            "Federica|Fede",
            "Martina",
            "Alessia|Ale",
            "Valentina|Vale",
            "Elisabetta|Betta",
            "Giuseppina|Pina",
            "Rosa",
            "Lucia",
        ],
        "m": [
            "Giuseppe|Peppe|Beppe",
            "Francesco|Checco|Ciccio",
            "Alessandro|Sandro",
            "Lorenzo|Lollo",
            "Matteo|Teo",
            "Davide",
            "Salvatore|Totò|Salvo",
            "Giovanni|Gianni|Vanni",
            "Marco",
            "Andrea",
            "Stefano|Ste",
        ],
        "s": [
            "Rossi",
            "Russo",
            "Ferrari",
            "Esposito",
            "Bianchi",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "Conti",
            "De Luca",
            "Mancini",
            "Lombardi",
            "Di Stefano",
            "D'Angelo",
            "La Rosa",
        ],
    },
    "nl": {
        "f": [
            "Sanne",
            "Femke",
            "Lotte",
            "Eva",
            "Anouk",
            "Fleur",
            "Marloes",
            "Ilse",
            "Maartje",
            "Annemiek|Miek",
        ],
        "m": [
            "Daan",
            "Bram",
            "Sem",
            "Thijs",
            "Joost",
            "Pieter|Piet",
            "Jeroen",
            "Wouter",
            "Ruud",
            "Gijs",
            "Hendrik|Henk",
        ],
        "s": [
            "de Jong",
            "Jansen",
            "de Vries",
            "van den Berg",
            "van Dijk",
            "Bakker",
            "Janssen",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "van der Meer",
            "Bos",
            "Hendriks",
            "van Leeuwen",
            "Dekker",
            "Brouwer",
        ],
    },
    "pl": {
        "f": [
            "Anna|Ania|Anka",
            "Katarzyna|Kasia",
            "Małgorzata|Gosia",
            "Agnieszka|Aga",
            "Magdalena|Madzia|Magda",
            "Joanna|Asia",
            "Aleksandra|Ola",
            "Zofia|Zosia",
            "Barbara|Basia",
            "Ewa",
        ],
        "m": [
            "Piotr|Piotrek",
            "Krzysztof|Krzysiek",
            "Tomasz|Tomek",
            "Paweł",
            "Michał",
            "Marcin",
            "Łukasz",
            "Grzegorz|Grzesiek",
            "Jakub|Kuba",
            "Wojciech|Wojtek",
        ],
        "s": [
            "Nowak",
            "Kowalski/Kowalska",
            "Wiśniewski/Wiśniewska",
            "Wójcik",
            "Kowalczyk",
            "Kamiński/Kamińska",
            "Lewandowski/Lewandowska",
            "Zieliński/Zielińska",
            "Szymański/Szymańska",
            "Woźniak",
            "Dąbrowski/Dąbrowska",
            "Kozłowski/Kozłowska",
            "Mazur",
            "Krawczyk",
            "Grabowski/Grabowska",
        ],
    },
    "cs": {
        "f": [
            "Jana",
            "Petra",
            "Lucie",
            "Tereza|Terka",
            "Kateřina|Káťa",
            "Eva",
            "Markéta",
            "Veronika|Verča",
            "Hana|Hanka",
        ],
        "m": [
            "Jan|Honza",
            "Jiří|Jirka",
            "Petr|Péťa",
            "Tomáš",
            "Martin",
            "Pavel",
            "Lukáš",
            "Ondřej|Ondra",
            "Jakub|Kuba",
            "Vojtěch|Vojta",
        ],
        "s": [
            "Novák/Nováková",
            "Svoboda/Svobodová",
            "Novotný/Novotná",
            "Dvořák/Dvořáková",
            "Černý/Černá",
            "Procházka/Procházková",
            "Kučera/Kučerová",
            "Veselý/Veselá",
            "Horák/Horáková",
            "Němec/Němcová",
        ],
    },
    "ru": {
        "f": [
            "Анна|Аня|Анечка",
            "Екатерина|Катя",
            "Мария|Маша",
            "Ольга|Оля",
            "Наталья|Наташа",
            "Татьяна|Таня",
            "Светлана|Света",
            "Елена|Лена",
            "Юлия|Юля",
            "Дарья|Даша",
            "Ксения|Ксюша",
            "Людмила|Люда",
        ],
        "m": [
            "Александр|Саша|Шурик",
            "Дмитрий|Дима",
            "Сергей|Серёжа",
            "Андрей",
            "Алексей|Лёша",
            "Иван|Ваня",
            "Михаил|Миша",
            "Николай|Коля",
            "Владимир|Вова|Володя",
            "Евгений|Женя",
            "Павел|Паша",
        ],
        "s": [
            "Иванов/Иванова",
            "Смирнов/Смирнова",
            "Кузнецов/Кузнецова",
            "Попов/Попова",
            "Соколов/Соколова",
            "Лебедев/Лебедева",
            "Козлов/Козлова",
            "Новиков/Новикова",
            "Морозов/Морозова",
            "Волков/Волкова",
            "Петров/Петрова",
            "Орлов/Орлова",
        ],
    },
    "ru_Latn": {
        "f": [
            "Anna|Anya",
            "Ekaterina|Katya",
            "Mariya|Masha",
            "Olga|Olya",
            "Natalya|Natasha",
            "Tatyana|Tanya",
            "Svetlana|Sveta",
            "Yuliya|Yulya",
            "Darya|Dasha",
            "Kseniya|Ksyusha",
        ],
        "m": [
            "Aleksandr|Sasha",
            "Dmitriy|Dima",
            "Sergey|Seryozha",
            "Aleksey|Lyosha",
            "Ivan|Vanya",
            "Mikhail|Misha",
            "Nikolay|Kolya",
            "Vladimir|Vova",
            "Evgeniy|Zhenya",
            "Pavel|Pasha",
        ],
        "s": [
            "Ivanov/Ivanova",
            "Smirnov/Smirnova",
            "Kuznetsov/Kuznetsova",
            "Sokolov/Sokolova",
            "Lebedev/Lebedeva",
            "Kozlov/Kozlova",
            "Novikov/Novikova",
            "Morozov/Morozova",
            "Volkov/Volkova",
            "Orlov/Orlova",
        ],
    },
    "uk": {
        "f": [
            "Олена|Оленка",
            "Оксана",
            "Ірина|Іра",
            "Наталія|Наталка",
            "Галина|Галя",
            "Марія|Марічка",
            "Софія|Соня",
            "Вікторія|Віка",
            "Христина|Христя",
            "Юлія|Юля",
        ],
        "m": [
            "Олександр|Сашко",
            "Андрій|Андрійко",
            "Тарас",
            "Богдан",
            "Микола|Коля",
            "Василь|Вася",
            "Олег",
            "Дмитро|Діма",
            "Остап",
            "Петро",
        ],
        "s": [
            "Шевченко",
            "Коваленко",
            "Бондаренко",
            "Ткаченко",
            "Кравченко",
            "Мельник",
            "Бойко",
            "Коваль",
            "Олійник",
            "Лисенко",
            "Гончаренко",
            "Руденко",
        ],
    },
    "el": {
        "f": [
            "Μαρία",
            "Ελένη|Λένα",
            "Κατερίνα",
            "Γεωργία",
            "Σοφία",
            "Δέσποινα",
            "Βασιλική|Βάσω",
            "Χριστίνα",
            "Αναστασία|Νατάσα",
        ],
        "m": [
            "Γιώργος|Γιωργάκης",
            "Κώστας",
            "Γιάννης|Γιαννάκης",
            "Δημήτρης|Μήτσος",
            "Νίκος",
            "Παναγιώτης|Τάκης",
            "Βασίλης",
            "Χρήστος",
            "Σταύρος",
            "Θανάσης",
        ],
        "s": [
            "Παπαδόπουλος/Παπαδοπούλου",
            "Παπαδάκης/Παπαδάκη",
            "Γεωργίου",
            "Οικονόμου",
            "Νικολάου",
            "Βλάχος/Βλάχου",
            "Αντωνίου",
            "Καραγιάννης/Καραγιάννη",
            "Μαυρίδης/Μαυρίδου",
            "Δημητρίου",
        ],
    },
    "el_Latn": {
        "f": [
            "Maria",
            "Eleni|Lena",
            "Katerina",
            "Georgia",
            "Sofia",
            "Despoina",
            "Vaso",
            "Christina",
        ],
        "m": [
            "Giorgos",
            "Kostas",
            "Giannis",
            "Dimitris|Mitsos",
            "Nikos",
            "Panagiotis|Takis",
            "Vasilis",
            "Christos",
            "Stavros",
            "Thanasis",
        ],
        "s": [
            "Papadopoulos/Papadopoulou",
            "Papadakis/Papadaki",
            "Georgiou",
            "Oikonomou",
            "Nikolaou",
            "Vlachos/Vlachou",
            "Karagiannis/Karagianni",
            "Mavridis/Mavridou",
        ],
    },
    "tr": {
        "f": [
            "Elif",
            "Zeynep",
            "Ayşe",
            "Fatma",
            "Deniz",
            "Nur",
            "Merve",
            "Büşra",
            "Ece",
            "Selin",
            "Gül",
            "Hande",
            "Emine",
        ],
        "m": [
            "Mehmet",
            "Mustafa",
            "Ahmet",
            "Can",
            "Deniz",
            "Emre",
            "Burak",
            "Murat",
            "Hakan",
            "Oğuz",
            "Kerem",
            "Barış",
            "Umut",
        ],
        "s": [
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Yıldız",
            "Yıldırım",
            "Öztürk",
            "Aydın",
            "Özdemir",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Aslan",
            "Çetin",
            "Kurt",
        ],
    },
    "ar": {
        "f": [
            "فاطمة",
            "مريم",
            "نور",
            "ليلى",
            "سارة",
            "هدى",
            "رنا",
            "ياسمين",
            "آمنة",
            "دينا",
            "سلمى",
        ],
        "m": ["محمد", "أحمد", "علي", "عمر", "خالد", "يوسف", "حسن", "كريم", "طارق", "مصطفى", "سامي"],
        "s": [
            "العلي",
            "الحسن",
            "عبد الله",
            "الشمري",
            "منصور",
            "حداد",
            "خوري",
            "سليمان",
            "الزهراني",
            "النجار",
            "عيسى",
            "الأحمد",
        ],
    },
    "ar_Latn": {
        "f": [
            "Fatima|Fatoum",
            "Mariam",
            "Nour",
            "Layla",
            "Sara",
            "Huda",
            "Rana",
            "Yasmine|Yasmina",
            "Dina",
            "Salma",
            "Reem",
        ],
        "m": [
            "Mohammed|Hamoudi|Mido",
            "Ahmed|Hamada",
            "Ali",
            "Omar",
            "Khaled",
            "Youssef|Joe",
            "Hassan",
            "Karim",
            "Tarek",
            "Mostafa",
            "Sami",
        ],
        "s": [
            "Al-Ali",
            "El-Hassan",
            "Abdallah",
            "Al-Shammari",
            "Mansour",
            "Haddad",
            "Khoury",
            "Suleiman",
            "Al-Zahrani",
            "El-Naggar",
            "Issa",
            "Farouk",
            "Abou Khalil",
        ],
    },
    "ma": {
        "f": ["Khadija", "Salma", "Imane", "Meryem", "Hajar", "Zineb", "Ghita", "Kawtar"],
        "m": ["Youssef", "Hamza", "Anas", "Mehdi", "Ayoub", "Othmane", "Reda", "Ilyas"],
        "s": [
            "El Amrani",
            "Benali",
            "Alaoui",
            "Bennani",
            "Tazi",
            "El Idrissi",
            "Berrada",
            "Chraibi",
            "Ouazzani",
        ],
    },
    "fa": {
        "f": ["مریم", "زهرا", "فاطمه", "نازنین", "پریسا", "سارا", "شیرین", "نگار", "الهام", "مهسا"],
        "m": ["علی", "محمد", "رضا", "امیر", "حسین", "مهدی", "سعید", "بهرام", "کوروش", "پویا"],
        "s": [
            "محمدی",
            "حسینی",
            "احمدی",
            "رضایی",
            "کریمی",
            "موسوی",
            "جعفری",
            "صادقی",
            "رحیمی",
            "تهرانی",
        ],
    },
    "fa_Latn": {
        "f": [
            "Maryam",
            "Zahra",
            "Nazanin|Nazi",
            "Parisa",
            "Shirin",
            "Negar",
            "Elham",
            "Mahsa",
            "Roya",
            "Golnaz",
        ],
        "m": [
            "Ali",
            "Reza",
            "Amir",
            "Hossein",
            "Mehdi",
            "Saeed",
            "Bahram",
            "Kourosh",
            "Pouya",
            "Arash",
        ],
        "s": [
            "Mohammadi",
            "Hosseini",
            "Ahmadi",
            "Rezaei",
            "Karimi",
            "Mousavi",
            "Jafari",
            "Sadeghi",
            "Rahimi",
            "Tehrani",
        ],
    },
    "he": {
        "f": ["נועה", "תמר", "מיכל", "שירה", "יעל", "רות", "אביגיל", "מאיה", "הדס", "ליאת"],
        "m": ["יוסי", "אבי", "דוד", "משה", "איתי", "עומר", "נועם", "אורי", "יונתן", "רון"],
        "s": ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "דהן", "אברהם", "פרידמן", "שפירא", "גולדברג"],
    },
    "he_Latn": {
        "f": ["Noa", "Tamar", "Michal", "Shira", "Yael", "Ruti", "Maya", "Hadas", "Liat", "Shani"],
        "m": ["Yossi", "Avi", "Itai", "Omer", "Noam", "Uri", "Yoni", "Ron", "Eitan", "Gilad"],
        "s": [
            "Cohen",
            "Levi",
            "Mizrahi",
            "Peretz",
            "Biton",
            "Dahan",
            "Avraham",
            "Friedman",
            "Shapira",
            "Goldberg",
            "Ben-David",
            "Katz",
        ],
    },
    "hi": {
        "f": ["प्रिया", "अनीता", "पूजा", "नेहा", "सुनीता", "कविता", "रेखा", "दीपिका", "आरती", "स्नेहा"],
        "m": ["राहुल", "अमित", "राजेश", "सुरेश", "विकास", "अर्जुन", "संजय", "रोहित", "मनोज", "आदित्य"],
        "s": ["शर्मा", "वर्मा", "गुप्ता", "सिंह", "यादव", "मिश्रा", "अग्रवाल", "जैन", "पांडे", "चौहान"],
    },
    "in_Latn": {
        "f": [
            "Priya",
            "Anita",
            "Pooja",
            "Neha",
            "Sunita",
            "Kavita",
            "Deepika|Deepu",
            "Aarti",
            "Sneha",
            "Ananya",
            "Divya",
            "Shruti",
            "Lakshmi",
        ],
        "m": [
            "Rahul",
            "Amit",
            "Rajesh|Raju",
            "Suresh",
            "Vikas",
            "Arjun",
            "Sanjay",
            "Rohit",
            "Manoj",
            "Aditya|Adi",
            "Karthik",
            "Vivek",
            "Siddharth|Sid",
        ],
        "s": [
            "Sharma",
            "Verma",
            "Gupta",
            "Singh",
            "Yadav",
            "Mishra",
            "Agarwal",
            "Jain",
            "Pandey",
            "Chauhan",
            "Iyer",
            "Reddy",
            "Nair",
            "Patel",
            "Mehta",
            "Desai",
            "Kulkarni",
            "Banerjee",
            "Menon",
        ],
    },
    "ta": {
        "f": ["கவிதா", "லக்ஷ்மி", "ப்ரியா", "மீனா", "செல்வி", "தீபா", "ஜெயா", "அனிதா"],
        "m": ["முருகன்", "கார்த்திக்", "சுரேஷ்", "ராஜா", "செந்தில்", "விஜய்", "அருண்", "கணேஷ்"],
        "s": ["ராமசாமி", "சுப்பிரமணியம்", "கிருஷ்ணன்", "வேலு", "பாண்டியன்", "சுந்தரம்", "நடராஜன்", "முத்து"],
    },
    "ta_Latn": {
        "f": ["Kavitha", "Lakshmi", "Meena", "Selvi", "Deepa", "Jaya", "Anitha", "Revathi"],
        "m": ["Murugan", "Karthik", "Senthil", "Vijay", "Arun", "Ganesh", "Balaji", "Saravanan"],
        "s": [
            "Ramasamy",
            "Subramaniam",
            "Krishnan",
            "Velu",
            "Pandian",
            "Sundaram",
            "Natarajan",
            "Muthu",
        ],
    },
    "bn": {
        "f": ["মৌমিতা", "সুমাইয়া", "তানিয়া", "রুমানা", "নুসরাত", "ফারহানা", "প্রিয়াঙ্কা", "শর্মিলা"],
        "m": ["রাকিব", "তানভীর", "সৌরভ", "আরিফ", "সুমন", "অনির্বাণ", "ফাহিম", "রাজীব"],
        "s": ["চৌধুরী", "রহমান", "হোসেন", "ইসলাম", "দাস", "সরকার", "আহমেদ", "মুখার্জি", "ঘোষ"],
    },
    "bn_Latn": {
        "f": ["Moumita", "Sumaiya", "Tania", "Rumana", "Nusrat", "Farhana", "Priyanka", "Sharmila"],
        "m": ["Rakib", "Tanvir", "Sourav", "Arif", "Sumon", "Anirban", "Fahim", "Rajib"],
        "s": [
            "Chowdhury",
            "Rahman",
            "Hossain",
            "Islam",
            "Das",
            "Sarkar",
            "Ahmed",
            "Mukherjee",
            "Ghosh",
            "Bhattacharya",
        ],
    },
    "pk": {
        "f": [
            "Ayesha",
            "Fatima",
            "Hira",
            "Sana",
            "Mahnoor",
            "Zainab",
            "Rabia",
            "Amna",
            "Iqra",
            "Mehwish",
        ],
        "m": [
            "Bilal",
            "Usman",
            "Hamza",
            "Zain",
            "Faisal",
            "Imran",
            "Ahsan",
            "Waqas",
            "Hassan",
            "Danish",
        ],
        "s": [
            "Khan",
            "Malik",
            "Qureshi",
            "Chaudhry",
            "Butt",
            "Sheikh",
            "Raza",
            "Siddiqui",
            "Abbasi",
            "Mirza",
            "Awan",
            "Hashmi",
        ],
    },
    "zh": {
        "f": [
            "芳|小芳|芳芳",
            "静|静静",
            "丽",
            "敏|敏敏",
            "婷|婷婷",
            "雪",
            "慧",
            "佳怡",
            "欣怡",
            "梓涵",
            "雨萱",
        ],
        "m": ["伟", "强", "磊", "军", "洋", "勇", "杰", "浩然", "子轩", "宇航", "建国"],
        "s": [
            "王",
            "李",
            "张",
            "刘",
            "陈",
            "杨",
            "黄",
            "赵",
            "吴",
            "周",
            "徐",
            "孙",
            "马",
            "朱",
            "胡",
            "欧阳",
        ],
        "order": "sg",
        "sep": "",
    },
    "zh_Latn": {
        "f": ["Fang", "Jing", "Li", "Min", "Ting", "Xue", "Hui", "Jiayi", "Xinyi", "Yuxuan"],
        "m": ["Wei", "Qiang", "Lei", "Jun", "Yang", "Yong", "Jie", "Haoran", "Zixuan", "Yuhang"],
        "s": [
            "Wang",
            "Li",
            "Zhang",
            "Liu",
            "Chen",
            "Yang",
            "Huang",
            "Zhao",
            "Wu",
            "Zhou",
            "Xu",
            "Sun",
        ],
        "order": "either",
    },
    "sg": {
        "f": [
            "Jasmine",
            "Michelle",
            "Cheryl",
            "Rachel",
            "Germaine",
            "Wei Ling",
            "Hui Min",
            "Xiu Ying",
            "Shu Fen",
        ],
        "m": [
            "Darren",
            "Jonathan",
            "Marcus",
            "Bryan",
            "Wei Jie",
            "Jun Hao",
            "Kenneth",
            "Zhi Hao",
            "Ah Beng",
        ],
        "s": ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Teo", "Koh", "Chan", "Lau"],
    },
    "ja": {
        "f": ["優子", "美咲", "陽菜", "さくら", "結衣", "恵美", "真由美", "彩", "葵", "由美子"],
        "m": ["翔太", "大輔", "健太", "拓也", "直樹", "隆", "浩二", "蓮", "悠斗", "たかし"],
        "s": [
            "佐藤",
            "鈴木",
            "高橋",
            "田中",
            "伊藤",
            "渡辺",
            "山本",
            "中村",
            "小林",
            "加藤",
            "吉田",
            "山田",
            "佐々木",
            "松本",
        ],
        "order": "sg",
        "sep": ["", " ", "\u3000"],
    },
    "ja_Latn": {
        "f": ["Yuko", "Misaki", "Hina", "Sakura", "Yui", "Emi", "Mayumi", "Aya", "Aoi", "Yumiko"],
        "m": [
            "Shota",
            "Daisuke",
            "Kenta",
            "Takuya",
            "Naoki",
            "Takashi",
            "Koji",
            "Ren",
            "Yuto",
            "Hiroshi",
        ],
        "s": [
            "Sato",
            "Suzuki",
            "Takahashi",
            "Tanaka",
            "Ito",
            "Watanabe",
            "Yamamoto",
            "Nakamura",
            "Kobayashi",
            "Kato",
            "Yoshida",
            "Yamada",
        ],
        "order": "either",
    },
    "ko": {
        "f": ["민지", "서연", "지은", "수빈", "예진", "하은", "지현", "은지", "유나", "혜원"],
        "m": ["민준", "서준", "지훈", "현우", "도윤", "준호", "성민", "동현", "태양", "재원"],
        "s": ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오"],
        "order": "sg",
        "sep": "",
    },
    "ko_Latn": {
        "f": [
            "Min-ji",
            "Seo-yeon",
            "Ji-eun",
            "Su-bin",
            "Ye-jin",
            "Ha-eun",
            "Ji-hyun",
            "Eun-ji",
            "Yuna",
            "Hye-won",
        ],
        "m": [
            "Min-jun",
            "Seo-jun",
            "Ji-hoon",
            "Hyun-woo",
            "Do-yoon",
            "Jun-ho",
            "Sung-min",
            "Dong-hyun",
            "Tae-yang",
            "Jae-won",
        ],
        "s": [
            "Kim",
            "Lee",
            "Park",
            "Choi",
            "Jung",
            "Kang",
            "Cho",
            "Yoon",
            "Jang",
            "Lim",
            "Han",
            "Oh",
        ],
        "order": "either",
    },
    "vi": {
        "f": ["Lan", "Hương", "Mai", "Linh", "Thảo", "Hà", "Ngọc", "Trang", "Hạnh", "An", "Thu"],
        "m": ["Minh", "Hùng", "Dũng", "Tuấn", "Nam", "Long", "Huy", "Khoa", "Phong", "An", "Bảo"],
        "s": [
            "Nguyễn",
            "Trần",
            "Lê",
            "Phạm",
            "Hoàng",
            "Huỳnh",
            "Phan",
            "Vũ",
            "Võ",
            "Đặng",
            "Bùi",
            "Đỗ",
        ],
        "mid_f": ["Thị", "Ngọc", "Thu", "Thanh", "Kim"],
        "mid_m": ["Văn", "Đức", "Minh", "Quốc", "Hữu"],
        "order": "sg",
    },
    "vi_ascii": {
        "f": ["Lan", "Huong", "Mai", "Linh", "Thao", "Ha", "Ngoc", "Trang", "Hanh", "An"],
        "m": ["Minh", "Hung", "Dung", "Tuan", "Nam", "Long", "Huy", "Khoa", "Phong", "Bao"],
        "s": ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui"],
        "order": "either",
    },
    "th": {
        "f": ["สมหญิง|ส้ม", "มาลี", "นภา|นก", "สุดา", "วิภา|ปลา", "ปราณี", "กาญจนา|แก้ม", "อรุณี|นี"],
        "m": ["สมชาย|ชาย", "ประเสริฐ", "วิชัย", "ณัฐพล|ณัฐ", "ธนากร|ต้น", "อนุชา", "ชัยวัฒน์|ชัย", "กิตติ|กิต"],
        "s": ["สุขใจ", "วงศ์สวัสดิ์", "ศรีสุข", "แก้วมณี", "บุญมา", "ทองดี", "จันทร์เพ็ญ", "รัตนพันธ์"],
    },
    "th_Latn": {
        "f": [
            "Somying|Som",
            "Malee",
            "Napha|Nok",
            "Suda",
            "Wipa|Pla",
            "Pranee",
            "Kanchana|Gam",
            "Arunee|Nee",
        ],
        "m": [
            "Somchai|Chai",
            "Prasert",
            "Wichai",
            "Nattapon|Nat",
            "Thanakorn|Ton",
            "Anucha",
            "Chaiwat",
            "Kitti|Kit",
        ],
        "s": [
            "Sukjai",
            "Wongsawat",
            "Srisuk",
            "Kaewmanee",
            "Boonma",
            "Thongdee",
            "Chanphen",
            "Rattanaphan",
        ],
    },
    "id": {
        "f": ["Siti", "Dewi", "Sri", "Ayu", "Putri", "Rina", "Wulan", "Indah", "Fitri", "Nur"],
        "m": ["Budi", "Agus", "Andi", "Bambang", "Dedi", "Eko", "Rizky", "Fajar", "Hendra", "Joko"],
        "s": [
            "Santoso",
            "Wijaya",
            "Saputra",
            "Hidayat",
            "Kusuma",
            "Pratama",
            "Nugroho",
            "Setiawan",
            "Siregar",
            "Simanjuntak",
            "Wibowo",
            "Hasibuan",
        ],
    },
    "ms": {
        "f": ["Nurul", "Siti Aishah", "Farah", "Aisyah", "Nor Azlina", "Amirah", "Syafiqah"],
        "m": ["Muhammad Hafiz", "Ahmad Faiz", "Amirul", "Syafiq", "Khairul", "Azlan", "Hafiz"],
        "s": [
            "bin Ahmad/binti Ahmad",
            "bin Abdullah/binti Abdullah",
            "bin Ismail/binti Ismail",
            "bin Hassan/binti Hassan",
            "bin Othman/binti Othman",
            "bin Yusof/binti Yusof",
        ],
    },
    "tl": {
        "f": [
            "Maria Cristina|Tin|Tintin",
            "Ma. Lourdes|Lulu",
            "Jennylyn|Jen",
            "Rowena|Weng",
            "Maricel|Cel",
            "Precious",
            "Joy",
            "Marites|Tess",
            "Kristine|Tine",
            "Angelica|Gelai",
            "Divina|Divine",
        ],
        "m": [
            "Juan Miguel|Migs",
            "Jose Mari|Joma",
            "Rodel",
            "Bong",
            "Jun-Jun",
            "Mark Anthony|Mac",
            "Ronaldo|Ronald",
            "Carlo",
            "Paolo|Pao",
            "Rommel",
            "Jomar",
        ],
        "s": [
            "dela Cruz",
            "Santos",
            "Reyes",
            "Bautista",
            "Garcia",
            "Mendoza",
            "Ramos",
            "Villanueva",
            "Aquino",
            "Macaraeg",
            "Dimaculangan",
            "Manalo",
            "Pangilinan",
            "de Guzman",
        ],
    },
    "yo": {
        "f": [
            "Adebola|Bola",
            "Folake|Fola",
            "Titilayo|Titi",
            "Omolara|Lara",
            "Funmilayo|Funmi",
            "Yetunde|Yetty",
            "Ayomide|Ayo",
            "Morenike|Nike",
            "Kemi",
        ],
        "m": [
            "Babatunde|Tunde",
            "Oluwaseun|Seun",
            "Adewale|Wale",
            "Olumide|Mide",
            "Ayodele|Dele",
            "Kayode|Kay",
            "Olusegun|Segun",
            "Femi",
            "Tobiloba|Tobi",
            "Damilare|Dami",
        ],
        "s": [
            "Adeyemi",
            "Ogunleye",
            "Balogun",
            "Adebayo",
            "Oyelaran",
            "Afolabi",
            "Ogunbanjo",
            "Adeleke",
            "Olatunji",
            "Bankole",
            "Fashola",
        ],
    },
    "ig": {
        "f": [
            "Ngozi",
            "Chiamaka|Amaka",
            "Adaeze|Ada",
            "Chioma",
            "Nneka",
            "Ifeoma|Ife",
            "Obiageli|Oby",
            "Precious",
            "Blessing",
        ],
        "m": [
            "Chukwuemeka|Emeka",
            "Obinna|Obi",
            "Chinedu|Nedu",
            "Ikechukwu|Ike",
            "Nnamdi",
            "Uchenna|Uche",
            "Kelechi|Kele",
            "Chidi",
            "Sunny",
            "Onyekachi|Kachi",
        ],
        "s": [
            "Okonkwo",
            "Okafor",
            "Eze",
            "Nwosu",
            "Okeke",
            "Nwachukwu",
            "Uzor",
            "Okoro",
            "Anyanwu",
            "Ibekwe",
            "Nnadi",
        ],
    },
    "ha": {
        "f": [
            "Aisha",
            "Hauwa",
            "Zainab|Zee",
            "Amina",
            "Hadiza",
            "Maryam",
            "Fatima|Fati",
            "Khadija",
        ],
        "m": ["Abubakar|Abba", "Usman", "Sani", "Musa", "Ibrahim|Ibro", "Aminu", "Yusuf", "Bashir"],
        "s": ["Bello", "Abdullahi", "Danjuma", "Garba", "Lawal", "Aliyu", "Sule", "Yakubu"],
    },
    "sw": {
        "f": [
            "Wanjiru|Shiru",
            "Achieng",
            "Akinyi",
            "Njeri",
            "Wambui|Wambo",
            "Zawadi",
            "Neema",
            "Imani",
            "Faith",
            "Mercy",
        ],
        "m": [
            "Kamau",
            "Otieno",
            "Mwangi",
            "Baraka",
            "Juma",
            "Omondi",
            "Kiprono",
            "Onyango",
            "Wafula",
            "Kibet",
        ],
        "s": [
            "Kamau",
            "Otieno",
            "Mwangi",
            "Njoroge",
            "Odhiambo",
            "Wanjiku",
            "Kariuki",
            "Mutua",
            "Kiprotich",
            "Were",
            "Muthoni",
        ],
    },
    "am": {
        "f": ["ሰላም", "ትዕግስት", "ብርቱካን", "መቅደስ", "ሀና", "ቤተልሔም|ቤቲ", "ፅዮን"],
        "m": ["ዳዊት", "ዮሐንስ", "ሰለሞን", "ቴዎድሮስ", "አበበ", "ግርማ", "ብሩክ"],
        "s": ["ታደሰ", "ከበደ", "በቀለ", "ገብረመድህን", "ወልደማርያም", "ኃይሌ", "አለሙ"],
    },
    "et_Latn": {
        "f": [
            "Selam",
            "Tigist",
            "Birtukan",
            "Meron",
            "Hana",
            "Bethlehem|Betty",
            "Tsion",
            "Meskerem",
        ],
        "m": ["Dawit", "Yohannes", "Solomon", "Tewodros|Teddy", "Abebe", "Girma", "Biruk", "Henok"],
        "s": ["Tadesse", "Kebede", "Bekele", "Gebremedhin", "Haile", "Alemu", "Tesfaye", "Wolde"],
    },
    "zu": {
        "f": [
            "Thandiwe|Thandi",
            "Nomvula",
            "Lindiwe|Lindi",
            "Zanele",
            "Nokuthula|Thuli",
            "Palesa",
            "Ayanda",
            "Lerato",
        ],
        "m": [
            "Sipho",
            "Thabo",
            "Themba",
            "Bongani|Bongi",
            "Mandla",
            "Sibusiso|Sbu",
            "Lwazi",
            "Kagiso",
        ],
        "s": [
            "Dlamini",
            "Nkosi",
            "Ndlovu",
            "Khumalo",
            "Mthembu",
            "Mokoena",
            "Nkomo",
            "Shabalala",
            "Mahlangu",
            "van der Merwe",
            "Botha",
        ],
    },
    "sv": {
        "f": [
            "Astrid",
            "Ingrid",
            "Linnea",
            "Maja",
            "Elsa",
            "Karin",
            "Sofia",
            "Ebba",
            "Frida",
            "Sigrid",
        ],
        "m": [
            "Erik",
            "Lars",
            "Anders",
            "Johan",
            "Oskar",
            "Nils",
            "Gustav|Gurra",
            "Mikael|Micke",
            "Fredrik|Fredde",
            "Björn",
        ],
        "s": [
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
            "Olsson",
            "Persson",
            "Lindqvist",
            "Bergström",
            "Sjöberg",
            "Lundgren",
        ],
    },
    "no": {
        "f": [
            "Ingrid",
            "Kari",
            "Sigrid",
            "Solveig",
            "Ragnhild",
            "Nora",
            "Tuva",
            "Ida",
            "Hanne",
            "Marit",
        ],
        "m": [
            "Ole",
            "Knut",
            "Håkon",
            "Magnus",
            "Eirik",
            "Sindre",
            "Torbjørn",
            "Øyvind",
            "Jørgen",
            "Halvor",
        ],
        "s": [
            "Hansen",
            "Johansen",
            "Olsen",
            "Larsen",
            "Andersen",
            "Pedersen",
            "Nilsen",
            "Kristiansen",
            "Haugen",
            "Bakken",
            "Solberg",
            "Strand",
        ],
    },
    "da": {
        "f": [
            "Mette",
            "Signe",
            "Freja",
            "Ida",
            "Line",
            "Pernille",
            "Camilla",
            "Sofie",
            "Karen",
            "Birgitte|Gitte",
        ],
        "m": [
            "Mads",
            "Rasmus",
            "Søren",
            "Jens",
            "Mikkel",
            "Frederik",
            "Kasper",
            "Jesper",
            "Anders",
            "Niels",
        ],
        "s": [
            "Nielsen",
            "Jensen",
            "Hansen",
            "Pedersen",
            "Christensen",
            "Larsen",
            "Sørensen",
            "Rasmussen",
            "Jørgensen",
            "Madsen",
            "Kristensen",
        ],
    },
    "fi": {
        "f": [
            "Aino",
            "Helmi",
            "Sanna",
            "Johanna|Jonna",
            "Eveliina|Eve",
            "Tiina",
            "Liisa",
            "Kaisa",
            "Minna",
            "Satu",
        ],
        "m": [
            "Juha",
            "Mikko",
            "Jukka",
            "Matti",
            "Antti",
            "Timo",
            "Pekka",
            "Ville",
            "Janne",
            "Eero",
        ],
        "s": [
            "Korhonen",
            "Virtanen",
            "Mäkinen",
            "Nieminen",
            "Mäkelä",
            "Hämäläinen",
            "Laine",
            "Heikkinen",
            "Koskinen",
            "Järvinen",
            "Lehtonen",
            "Salonen",
        ],
    },
    "hu": {
        "f": [
            "Zsófia|Zsófi",
            "Katalin|Kati",
            "Eszter",
            "Anna|Panni",
            "Réka",
            "Judit",
            "Erzsébet|Erzsi",
            "Nóra",
            "Dóra",
            "Orsolya|Orsi",
        ],
        "m": [
            "László|Laci",
            "István|Pisti",
            "Zoltán|Zoli",
            "Gábor",
            "Péter|Peti",
            "Attila",
            "Balázs",
            "Tamás|Tomi",
            "Zsolt",
            "Levente",
        ],
        "s": [
            "Nagy",
            "Kovács",
            "Tóth",
            "Szabó",
            "Horváth",
            "Varga",
            "Kiss",
            "Molnár",
            "Németh",
            "Farkas",
            "Balogh",
            "Papp",
        ],
        "order": "sg",
    },
    "ro": {
        "f": [
            "Andreea",
            "Ioana",
            "Elena",
            "Mihaela",
            "Alexandra",
            "Cristina",
            "Raluca",
            "Bianca",
            "Diana",
            "Roxana",
        ],
        "m": [
            "Andrei",
            "Alexandru|Alex",
            "Mihai",
            "Ionuț",
            "Cristian",
            "Florin",
            "Bogdan",
            "Răzvan",
            "Vlad",
            "Adrian",
        ],
        "s": [
            "Popescu",
            "Ionescu",
            "Popa",
            "Constantin",
            "Stan",
            "Dumitrescu",
            "Dobre",
            "Munteanu",
            "Stoica",
            "Marinescu",
            "Georgescu",
        ],
    },
    "hr": {
        "f": [
            "Ivana",
            "Ana",
            "Marija",
            "Petra",
            "Lucija",
            "Jelena",
            "Maja",
            "Martina",
            "Katarina|Kate",
            "Mirjana",
        ],
        "m": [
            "Ivan",
            "Luka",
            "Marko",
            "Josip|Joža",
            "Ante",
            "Tomislav|Tomo",
            "Stjepan|Štef",
            "Petar",
            "Mario",
            "Dario",
        ],
        "s": [
            "Horvat",
            "Kovačević",
            "Babić",
            "Marić",
            "Jurić",
            "Novak",
            "Knežević",
            "Vuković",
            "Marković",
            "Petrović",
            "Perić",
        ],
    },
    "ka": {
        "f": ["ნინო", "თამარ", "მარიამ", "ნათია", "ეკა", "სალომე"],
        "m": ["გიორგი", "დავით", "ლევან", "ირაკლი", "ნიკა", "ლაშა"],
        "s": ["ბერიძე", "მაისურაძე", "კაპანაძე", "გელაშვილი", "ლომიძე", "ჯაფარიძე"],
    },
    "ka_Latn": {
        "f": ["Nino", "Tamar", "Mariam", "Natia", "Eka", "Salome"],
        "m": ["Giorgi|Gio", "Davit|Dato", "Levan", "Irakli", "Nika", "Lasha"],
        "s": [
            "Beridze",
            "Maisuradze",
            "Kapanadze",
            "Gelashvili",
            "Lomidze",
            "Japaridze",
            "Tsiklauri",
        ],
    },
    "hy": {
        "f": ["Անի", "Նարինե", "Լուսինե", "Մարիամ", "Գայանե", "Արփի"],
        "m": ["Արամ", "Տիգրան", "Դավիթ", "Հայկ", "Նարեկ", "Արմեն"],
        "s": ["Պետրոսյան", "Հովհաննիսյան", "Սարգսյան", "Գրիգորյան", "Խաչատրյան", "Մկրտչյան"],
    },
    "hy_Latn": {
        "f": ["Ani", "Narine", "Lusine", "Mariam", "Gayane", "Arpi"],
        "m": ["Aram", "Tigran", "Davit", "Hayk", "Narek", "Armen"],
        "s": [
            "Petrosyan",
            "Hovhannisyan",
            "Sargsyan",
            "Grigoryan",
            "Khachatryan",
            "Mkrtchyan",
            "Avetisyan",
        ],
    },
    "ne": {
        "f": ["Sita", "Gita", "Sabina", "Anjali", "Pratima", "Sushma"],
        "m": ["Bikash", "Suman", "Prakash", "Ramesh", "Nabin", "Sujan"],
        "s": ["Shrestha", "Gurung", "Tamang", "Thapa", "Adhikari", "Magar", "Rai"],
    },
    "mi": {
        "f": ["Aroha", "Mere", "Ngaio", "Moana", "Hine", "Kiri"],
        "m": ["Tāne", "Wiremu|Wiri", "Rawiri", "Nikau", "Hemi", "Mikaere"],
        "s": ["Ngata", "Parata", "Tipene", "Te Huia", "Horomona", "Walker"],
    },
}

MIX_CULTURES = [
    "en_us",
    "en_us",
    "en_us",
    "en_us",
    "en_gb",
    "en_gb",
    "ie",
    "sc",
    "aa",
    "aa",
    "mx",
    "latam",
    "pt_br",
    "in_Latn",
    "in_Latn",
    "zh_Latn",
    "ko_Latn",
    "ja_Latn",
    "vi_ascii",
    "tl",
    "yo",
    "ig",
    "sw",
    "pk",
    "ar_Latn",
    "he_Latn",
    "ru_Latn",
    "pl",
    "de",
    "it",
    "fr",
    "ha",
    "zu",
    "fa_Latn",
    "tr",
    "sg",
    "et_Latn",
    "ka_Latn",
    "hy_Latn",
    "mi",
    "ne",
    "bn_Latn",
    "ta_Latn",
    "th_Latn",
    "el_Latn",
    "nl",
    "sv",
    "es",
    "ma",
    "sn",
    "id",
    "fi",
    "ro",
]

# --------------------------------------------------------------------------- phones
# # digit, ^ non-zero digit, @ letter, * letter/digit, \ literal next

PHONE = {
    "us": [
        "($##) $##-####",
        "$##-$##-####",
        "+1 $##-$##-####",
        "$##.$##.####",
        "+1 ($##) $##-####",
        "$##$######",
        "1-$##-$##-####",
    ],
    "ca": ["($##) $##-####", "$##-$##-####", "+1 $## $## ####"],
    "gb": [
        "07### ######",
        "+44 7### ######",
        "+44 (0)20 7### ####",
        "020 7### ####",
        "0161 ### ####",
        "07#########",
        "0113 ### ####",
    ],
    "ie": ["08# ### ####", "+353 8# ### ####", "01 ### ####", "087 #######"],
    "au": ["04## ### ###", "+61 4## ### ###", "(02) #### ####", "+61 2 #### ####", "04########"],
    "nz": ["021 ### ####", "+64 21 ### ####", "09 ### ####", "027 ### ####"],
    "in": [
        "+91 9#### #####",
        "98### #####",
        "+91-8#########",
        "09#########",
        "+91 7#### #####",
        "7#########",
    ],
    "ng": [
        "080# ### ####",
        "+234 80# ### ####",
        "081########",
        "+234 70# ### ####",
        "0903 ### ####",
    ],
    "ke": ["07## ######", "+254 7## ######", "+254 7## ### ###", "07## ### ###"],
    "za": ["08# ### ####", "+27 8# ### ####", "07# ### ####", "+27 7########"],
    "sg": ["+65 9### ####", "8### ####", "9### ####", "+65 6### ####", "+65 8#######"],
    "ph": ["09## ### ####", "+63 9## ### ####", "0917#######", "(02) 8### ####", "+639#########"],
    "my": ["01#-### ####", "+60 1#-### ####", "01#-#### ####", "+601#########"],
    "id": [
        "08##-####-####",
        "+62 8##-####-####",
        "08##########",
        "+62 812 #### ####",
        "0812 #### ###",
    ],
    "es": [
        "6## ## ## ##",
        "+34 6## ### ###",
        "6########",
        "91 ### ## ##",
        "+34 91 ### ## ##",
        "7## ### ###",
    ],
    "mx": [
        "55 #### ####",
        "+52 55 #### ####",
        "+52 1 33 #### ####",
        "(81) ####-####",
        "55########",
    ],
    "ar": ["+54 9 11 ####-####", "11 ####-####", "15-####-####", "+54 9 351 ###-####"],
    "co": ["3## ### ####", "+57 3## ### ####", "+57 3#########"],
    "br": [
        "(11) 9####-####",
        "+55 11 9####-####",
        "(21) 9####-####",
        "+55 (31) 9####-####",
        "11 9########",
        "(47) 3###-####",
    ],
    "pt": ["9## ### ###", "+351 9## ### ###", "21# ### ###", "+3519########"],
    "fr": [
        "06 ## ## ## ##",
        "07 ## ## ## ##",
        "+33 6 ## ## ## ##",
        "01 ## ## ## ##",
        "06.##.##.##.##",
        "+33 (0)7 ## ## ## ##",
        "06########",
    ],
    "be": ["04## ## ## ##", "+32 4## ## ## ##", "02 ### ## ##"],
    "ch": ["07# ### ## ##", "+41 7# ### ## ##", "044 ### ## ##", "+41 44 ### ## ##", "079########"],
    "de": [
        "0151 ########",
        "+49 151 ########",
        "0176 ### #####",
        "+49 (0)30 #######",
        "030 ########",
        "01522/#######",
        "+49 170 #######",
        "089 #### ###",
        "0171-#######",
    ],
    "at": ["0664 ### ####", "+43 664 #######", "+43 1 ### ## ##", "0699 #########"],
    "it": ["3## ### ####", "+39 3## ### ####", "+39 06 #### ####", "02 #### ####", "3#########"],
    "nl": ["06-########", "06 ## ## ## ##", "+31 6 ########", "+31 (0)6 ########", "020 ### ####"],
    "pl": ["5## ### ###", "+48 5## ### ###", "6## ### ###", "+48 22 ### ## ##", "7## ###-###"],
    "cz": ["6## ### ###", "+420 6## ### ###", "7## ### ###", "+420 7########"],
    "ru": [
        "+7 9## ###-##-##",
        "8 (9##) ###-##-##",
        "+7 (9##) ### ## ##",
        "89#########",
        "+7 495 ###-##-##",
    ],
    "ru_l": ["+7 9## ###-##-##", "8 9## ### ## ##", "89#########"],
    "ua": [
        "+380 67 ### ## ##",
        "+380 50 ###-##-##",
        "093 ### ## ##",
        "097 ### ####",
        "+38 (063) ### ## ##",
    ],
    "gr": ["69# ### ####", "+30 69# ### ####", "21# ### ####", "+30 210 ### ####"],
    "gr_l": ["69# ### ####", "+30 69########"],
    "tr": [
        "053# ### ## ##",
        "+90 5## ### ## ##",
        "0 (5##) ### ## ##",
        "5#########",
        "0212 ### ## ##",
    ],
    "eg": ["010 #### ####", "+20 10 #### ####", "012########", "+20 11 #### ####", "0115 ### ####"],
    "eg_l": ["010 #### ####", "+20 12 #### ####", "011########"],
    "sa": ["05# ### ####", "+966 5# ### ####", "+966 5########"],
    "ae": ["05# ### ####", "+971 5# ### ####", "+971 4 ### ####", "04 ### ####"],
    "ma": ["06## ## ## ##", "+212 6## ## ## ##", "07########", "+212 6########"],
    "ir": ["0912 ### ####", "+98 912 ### ####", "09#########", "021 #### ####", "+98 21 #### ####"],
    "ir_l": ["0912 ### ####", "+98 935 ### ####", "09#########"],
    "il": ["05#-###-####", "+972 5#-###-####", "05########", "+972 3-###-####", "03-###-####"],
    "pk": ["03## #######", "+92 3## #######", "03##-#######", "+92 300 #######", "051 #######"],
    "bd": ["01#########", "+880 1###-######", "01###-######", "+880 17## ######"],
    "cn": [
        "13# #### ####",
        "+86 13# #### ####",
        "15#########",
        "+86 186 #### ####",
        "010-########",
        "021-#### ####",
    ],
    "hk": ["9### ####", "+852 6### ####", "5### ####"],
    "jp": [
        "090-####-####",
        "080-####-####",
        "+81 90-####-####",
        "03-####-####",
        "070########",
        "06-####-####",
        "+81 3 #### ####",
    ],
    "kr": [
        "010-####-####",
        "+82 10-####-####",
        "010 #### ####",
        "02-###-####",
        "010########",
        "+82 10 #### ####",
    ],
    "vn": ["09# ### ####", "+84 9# ### ####", "03########", "+84 3# ### ####", "0912 ### ###"],
    "th": ["08#-###-####", "+66 8# ### ####", "09########", "02-###-####", "06-####-####"],
    "se": ["07#-### ## ##", "+46 7# ### ## ##", "08-### ### ##", "070#######"],
    "no": ["4## ## ###", "+47 4## ## ###", "9## ## ###", "+47 9#######"],
    "dk": ["^# ## ## ##", "+45 ^# ## ## ##", "+45 ^#######"],
    "fi": ["04# ### ####", "+358 4# ### ####", "050 ### ####", "+358 50 #######", "09 ### ####"],
    "hu": ["+36 20 ### ####", "06 30 ### ####", "+36 70 ### ####", "06-1-###-####"],
    "ro": ["07## ### ###", "+40 7## ### ###", "07########", "021 ### ####"],
    "hr": ["09# ### ####", "+385 9# ### ####", "01 ### ####", "+385 91 ### ####"],
    "et": ["09## ### ###", "+251 9## ### ###", "+251 91 ### ####"],
    "ge": ["5## ## ## ##", "+995 5## ## ## ##", "+995 5## ### ###"],
    "am": ["+374 9# ######", "09# ######", "+374 77 ######"],
    "np": ["98########", "+977 98########", "+977-98#-#######"],
    "sn": ["77 ### ## ##", "+221 77 ### ## ##", "78 ### ## ##", "+221 76 ### ## ##"],
}

# --------------------------------------------------------------------------- IBAN (BBAN patterns)

IBAN = {
    "de": "##################",
    "at": "################",
    "ch": "#####************",
    "fr": "##########***********##",
    "be": "############",
    "nl": "@@@@##########",
    "gb": "@@@@##############",
    "ie": "@@@@##############",
    "es": "####################",
    "pt": "#####################",
    "it": "@##########************",
    "pl": "########################",
    "cz": "####################",
    "hu": "########################",
    "ro": "@@@@****************",
    "hr": "#################",
    "gr": "#######****************",
    "se": "####################",
    "no": "###########",
    "dk": "##############",
    "fi": "##############",
    "tr": "#####0****************",
    "sa": "##******************",
    "ae": "###################",
    "il": "###################",
    "br": "#######################@*",
    "eg": "#########################",
    "ua": "######*******************",
    "pk": "@@@@****************",
    "ge": "@@################",
}

# --------------------------------------------------------------------------- e-mail, network

EMAIL_DOMAINS = {
    "*": [
        "gmail.com",
        "gmail.com",
        "gmail.com",
        "outlook.com",
        "hotmail.com",
        "yahoo.com",
        "icloud.com",
        "proton.me",
    ],
    "us": ["aol.com", "comcast.net", "att.net", "me.com"],
    "ca": ["shaw.ca", "sympatico.ca", "rogers.com"],
    "gb": ["btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
    "ie": ["eircom.net", "hotmail.ie"],
    "au": ["bigpond.com", "optusnet.com.au"],
    "nz": ["xtra.co.nz"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.net"],
    "at": ["gmx.at", "aon.at"],
    "ch": ["bluewin.ch", "gmx.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"],
    "be": ["skynet.be", "telenet.be"],
    "es": ["hotmail.es", "telefonica.net", "yahoo.es"],
    "it": ["libero.it", "virgilio.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl"],
    "cz": ["seznam.cz", "email.cz", "centrum.cz"],
    "ru": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru"],
    "ru_l": ["yandex.ru", "mail.ru"],
    "ua": ["ukr.net", "i.ua"],
    "gr": ["yahoo.gr", "otenet.gr"],
    "br": ["uol.com.br", "bol.com.br", "terra.com.br"],
    "mx": ["prodigy.net.mx", "hotmail.com.mx"],
    "in": ["rediffmail.com", "yahoo.co.in"],
    "cn": ["qq.com", "163.com", "126.com", "sina.com"],
    "jp": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "i.softbank.jp"],
    "kr": ["naver.com", "daum.net", "hanmail.net", "kakao.com"],
    "se": ["telia.com", "bredband.net"],
    "no": ["online.no"],
    "dk": ["mail.dk"],
    "hu": ["freemail.hu", "citromail.hu"],
    "ro": ["yahoo.ro"],
    "il": ["walla.co.il", "012.net.il"],
    "tr": ["hotmail.com.tr", "yandex.com.tr"],
    "vn": ["yahoo.com.vn"],
    "id": ["yahoo.co.id"],
    "sg": ["singnet.com.sg"],
}

WORK_DOMAINS = [
    "northwindlogistics.com",
    "bluepeak-dental.co.uk",
    "kraemer-elektro.de",
    "harbourview-realty.com.au",
    "larkspur.io",
    "fincaelolivo.es",
    "copperkettle.org",
    "riverside-pta.org",
    "stjudes-fc.org.uk",
    "tanaka-kensetsu.co.jp",
    "maplegrove-hoa.org",
    "lumenfield.co",
    "atelier-roux.fr",
    "casa-verde.com.br",
]

EMAIL_LOCALS = [
    "cooldude",
    "sunflower.mama",
    "gamerkid",
    "bookworm",
    "travelbug",
    "nightowl",
    "coffeeaddict",
    "pixelpusher",
    "moonchild",
    "surferboy",
    "bakerqueen",
    "techguy",
    "happyfeet",
    "starlight",
    "dragonslayer",
    "greenthumb",
    "lazycat",
    "rainyday",
    "mountainmama",
    "vinylhead",
]

IPV4_FIRST = [
    24,
    31,
    37,
    41,
    45,
    62,
    67,
    71,
    77,
    81,
    86,
    88,
    91,
    93,
    94,
    95,
    98,
    103,
    109,
    112,
    114,
    118,
    121,
    125,
    131,
    139,
    145,
    151,
    154,
    163,
    176,
    178,
    185,
    188,
    190,
    196,
    197,
    200,
    201,
    209,
    212,
    213,
    217,
]

IPV6_PREFIXES = [
    "2a02:8108:1c40:7a00",
    "2600:1700:5b20:3e10",
    "2a01:cb00:87e:5d00",
    "2804:14c:65:9a01",
    "2406:da18:8f1:c300",
    "2a00:23c5:e31:a801",
    "2001:56a:7c2f:4b00",
    "2603:8000:ae00:1f2",
    "2409:4071:2d8b:61f0",
    "240e:3b2:1c80:8a20",
]

# --------------------------------------------------------------------------- dates

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
    "ta": [
        "ஜனவரி",
        "பிப்ரவரி",
        "மார்ச்",
        "ஏப்ரல்",
        "மே",
        "ஜூன்",
        "ஜூலை",
        "ஆகஸ்ட்",
        "செப்டம்பர்",
        "அக்டோபர்",
        "நவம்பர்",
        "டிசம்பர்",
    ],
    "bn": [
        "জানুয়ারি",
        "ফেব্রুয়ারি",
        "মার্চ",
        "এপ্রিল",
        "মে",
        "জুন",
        "জুলাই",
        "আগস্ট",
        "সেপ্টেম্বর",
        "অক্টোবর",
        "নভেম্বর",
        "ডিসেম্বর",
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
    "hr": [
        "siječnja",
        "veljače",
        "ožujka",
        "travnja",
        "svibnja",
        "lipnja",
        "srpnja",
        "kolovoza",
        "rujna",
        "listopada",
        "studenoga",
        "prosinca",
    ],
}

MONTHS_SHORT = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
}

WEEKDAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY_JA = ["月", "火", "水", "木", "金", "土", "日"]
WEEKDAY_KO = ["월", "화", "수", "목", "금", "토", "일"]

DATE_FORMATS = {
    "en": [
        "{d} {MON} {yyyy}",
        "{MON} {d}, {yyyy}",
        "{mm}/{dd}/{yyyy}",
        "{dd}/{mm}/{yyyy}",
        "{m}/{d}/{yy}",
        "{yyyy}-{mm}-{dd}",
        "{Mon} {d} {yyyy}",
        "{MON} {ord}, {yyyy}",
        "{ord} {MON} {yyyy}",
        "{dd}.{mm}.{yyyy}",
        "{d}-{Mon}-{yyyy}",
    ],
    "asr": [
        "{mon} {ord} {yyyy}",
        "{mon} {d} {yyyy}",
        "the {ord} of {mon} {yyyy}",
        "{m} {d} {yy}",
        "{mon} {ord} {yy}",
        "{d} {mon} {yyyy}",
    ],
    "us": ["{mm}/{dd}/{yyyy}", "{m}/{d}/{yyyy}", "{MON} {d}, {yyyy}", "{m}/{d}/{yy}"],
    "es": ["{d} de {MON} de {yyyy}", "{dd}/{mm}/{yyyy}", "{d}/{m}/{yy}", "{d} {MON} {yyyy}"],
    "pt": ["{d} de {MON} de {yyyy}", "{dd}/{mm}/{yyyy}", "{dd}/{mm}/{yy}"],
    "fr": ["{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}", "{dd}.{mm}.{yyyy}"],
    "de": ["{d}. {MON} {yyyy}", "{dd}.{mm}.{yyyy}", "{d}.{m}.{yy}"],
    "it": ["{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}"],
    "nl": ["{d} {MON} {yyyy}", "{dd}-{mm}-{yyyy}"],
    "pl": ["{d} {MON} {yyyy}", "{dd}.{mm}.{yyyy} r.", "{dd}.{mm}.{yyyy}"],
    "cs": ["{d}. {MON} {yyyy}", "{d}. {m}. {yyyy}", "{dd}.{mm}.{yyyy}"],
    "ru": ["{d} {MON} {yyyy} г.", "{dd}.{mm}.{yyyy}", "{d} {MON} {yyyy}"],
    "uk": ["{d} {MON} {yyyy} р.", "{dd}.{mm}.{yyyy}"],
    "el": ["{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}"],
    "tr": ["{d} {MON} {yyyy}", "{dd}.{mm}.{yyyy}", "{dd}/{mm}/{yyyy}"],
    "ar": [
        "{d} {MON} {yyyy}",
        "{yyyy}/{mm}/{dd}",
        "{dd}/{mm}/{yyyy}",
        "ar:{d} {MON} {yyyy}",
        "ar:{dd}/{mm}/{yyyy}",
    ],
    "fa": ["fa:{FAY}/{FAM}/{FAD}", "{FAY}/{FAM}/{FAD}", "fa:{FAY}/{FAM}/{FAD}"],
    "he": ["{dd}.{mm}.{yyyy}", "{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}"],
    "hi": ["{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}", "{dd}-{mm}-{yyyy}"],
    "ta": ["{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}", "{dd}-{mm}-{yyyy}"],
    "bn": ["{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}"],
    "zh": ["{yyyy}年{m}月{d}日", "{yyyy}-{mm}-{dd}", "{yyyy}.{m}.{d}", "{yyyy}/{mm}/{dd}"],
    "ja": ["{yyyy}年{m}月{d}日", "{yyyy}/{mm}/{dd}", "{yyyy}年{mm}月{dd}日", "{yyyy}.{m}.{d}"],
    "ko": ["{yyyy}년 {m}월 {d}일", "{yyyy}.{mm}.{dd}", "{yyyy}. {m}. {d}.", "{yy}{mm}{dd}"],
    "vi": ["{dd}/{mm}/{yyyy}", "ngày {d} tháng {m} năm {yyyy}", "{d}/{m}/{yyyy}"],
    "th": ["{d} {MON} {by}", "{dd}/{mm}/{by}", "{d} {MON} {yyyy}"],
    "id": ["{d} {MON} {yyyy}", "{dd}-{mm}-{yyyy}", "{dd}/{mm}/{yyyy}"],
    "ms": ["{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}"],
    "tl": ["{MON} {d}, {yyyy}", "{mm}/{dd}/{yyyy}", "ika-{d} ng {MON} {yyyy}"],
    "sw": ["{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}"],
    "sv": ["{d} {MON} {yyyy}", "{yyyy}-{mm}-{dd}"],
    "no": ["{d}. {MON} {yyyy}", "{dd}.{mm}.{yyyy}"],
    "da": ["{d}. {MON} {yyyy}", "{dd}.{mm}.{yyyy}", "{dd}-{mm}-{yyyy}"],
    "fi": ["{d}. {MON} {yyyy}", "{d}.{m}.{yyyy}"],
    "hu": ["{yyyy}. {MON} {d}.", "{yyyy}.{mm}.{dd}."],
    "ro": ["{d} {MON} {yyyy}", "{dd}.{mm}.{yyyy}"],
    "hr": ["{d}. {MON} {yyyy}.", "{dd}.{mm}.{yyyy}."],
    "am": ["{dd}/{mm}/{yyyy}", "{d}/{m}/{yyyy}"],
    "ka": ["{dd}.{mm}.{yyyy}", "{d}/{m}/{yyyy}"],
    "hy": ["{dd}.{mm}.{yyyy}"],
    "hi-en": ["{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}", "{dd}-{mm}-{yyyy}", "{ord} {MON} {yyyy}"],
    "tl-en": ["{MON} {d}, {yyyy}", "{mm}/{dd}/{yyyy}", "{Mon} {d} {yyyy}"],
    "es-en": ["{mm}/{dd}/{yyyy}", "{d} de {MON} de {yyyy}", "{m}/{d}/{yy}"],
    "ar-Latn": ["{dd}/{mm}/{yyyy}", "{d}-{m}-{yyyy}", "{dd}.{mm}.{yyyy}"],
    "ur-Latn": ["{dd}-{mm}-{yyyy}", "{dd}/{mm}/{yyyy}", "{d} {Mon} {yyyy}"],
    "ru-Latn": ["{dd}.{mm}.{yyyy}", "{dd}.{mm}.{yy}"],
    "el-Latn": ["{dd}/{mm}/{yyyy}", "{d}/{m}/{yy}"],
    "fa-Latn": ["{FAY}/{FAM}/{FAD}", "{dd}/{mm}/{yyyy}"],
    "en-SG": ["{dd}/{mm}/{yyyy}", "{d} {MON} {yyyy}", "{d} {Mon} {yyyy}"],
    "pcm": ["{d} {MON} {yyyy}", "{dd}/{mm}/{yyyy}", "{ord} {MON} {yyyy}"],
    "gsw": ["{d}. {MON} {yyyy}", "{dd}.{mm}.{yyyy}", "{d}.{m}.{yy}"],
}

TIME_FORMATS = {
    "*": ["{HH}:{mm}", "{H}:{mm}"],
    "en": ["{h}:{mm} {ap}", "{h}{ap}", "{h}:{mm}", "{h}:{mm}{ap}", "{h}:{mm} {AP}"],
    "fr": ["{H}h{mm}", "{H}h"],
    "de": ["{H}:{mm} Uhr", "{H} Uhr", "{HH}:{mm}"],
    "es": ["{H}:{mm}", "{h}:{mm}"],
    "pt": ["{H}h{mm}", "{H}:{mm}", "{H}h"],
    "it": ["{H}:{mm}", "alle {H}"],
    "nl": ["{H}:{mm}", "{H}.{mm} uur"],
    "sv": ["{H}.{mm}", "kl. {H}"],
    "fi": ["klo {H}.{mm}", "{H}.{mm}"],
    "ja": ["{H}時{mm}分", "{H}:{mm}", "{H}時"],
    "zh": ["{H}点{mm}", "{H}:{mm}", "{H}点"],
    "ko": ["{h}시 {mm}분", "{H}:{mm}", "{h}시"],
}

PRICE_FORMATS = {
    "en": ["${n}", "${n}.{c}", "£{n}", "£{n}.{c}", "${n} CAD", "A${n}", "€{n}", "{n} bucks"],
    "es": ["{n} €", "{n},{c} €", "${n} MXN", "${n} pesos", "{n} euros"],
    "pt": ["R$ {n},{c}", "R$ {n}", "{n} €", "R${n}"],
    "fr": ["{n} €", "{n},{c} €", "{n} euros", "CHF {n}"],
    "de": ["{n} €", "{n},{c} €", "{n} Euro", "CHF {n}.–", "{n},- €"],
    "it": ["{n} €", "€ {n},{c}", "{n} euro"],
    "nl": ["€ {n}", "€{n},-", "{n} euro"],
    "pl": ["{n} zł", "{n},{c} zł"],
    "cs": ["{n} Kč", "{k} Kč"],
    "ru": ["{n} ₽", "{k} руб.", "{n} тыс."],
    "uk": ["{n} грн", "{k} грн"],
    "el": ["{n}€", "{n} ευρώ"],
    "tr": ["{n} TL", "{n}₺", "{k} lira"],
    "ar": ["{n} جنيه", "{n} درهم", "{n} ريال"],
    "fa": ["{k} تومان", "{n} هزار تومان"],
    "he": ["{n} ₪", "₪{n}", "{n} שקל"],
    "hi": ["₹{n}", "{n} रुपये"],
    "ta": ["₹{n}", "{n} ரூபாய்"],
    "bn": ["{n} টাকা", "৳{n}"],
    "zh": ["{n}元", "¥{n}", "{n}块"],
    "ja": ["{k}円", "¥{k}", "{n}円"],
    "ko": ["{k}원", "{n}만원"],
    "vi": ["{k}đ", "{n}k", "{n} nghìn"],
    "th": ["{n} บาท", "฿{n}"],
    "id": ["Rp{k}", "Rp {n}.000", "{n}rb"],
    "ms": ["RM{n}", "RM {n}.{c}"],
    "tl": ["₱{n}", "P{n}"],
    "sw": ["KSh {n}", "Sh {k}", "{n} bob"],
    "sv": ["{n} kr", "{n}:-"],
    "no": ["{n} kr", "kr {n},-"],
    "da": ["{n} kr.", "{n},- kr"],
    "fi": ["{n} €", "{n} euroa"],
    "hu": ["{k} Ft", "{n} ezer"],
    "ro": ["{n} lei", "{n} RON"],
    "hr": ["{n} €", "{n} eura"],
    "am": ["{n} ብር", "{n} birr"],
    "ka": ["{n} ლარი", "{n} GEL"],
    "hy": ["{k} դրամ", "{k} AMD"],
    "hi-en": ["₹{n}", "{n} rs", "Rs. {n}", "{n} rupees"],
    "tl-en": ["₱{n}", "{n} pesos", "P{n}"],
    "es-en": ["${n}", "{n} dólares", "{n} bucks"],
    "ar-Latn": ["{n} LE", "{n} dhs", "{n} geneh"],
    "fr-en": ["{n} €", "{n} balles", "{n} euros"],
    "en-SG": ["S${n}", "${n}", "{n} bucks"],
    "ur-Latn": ["Rs {k}", "{n} hazar", "{k} rupay"],
    "ru-Latn": ["{n} rub", "{n} tysyach", "{k} r"],
    "el-Latn": ["{n} euro", "{n}e"],
    "fa-Latn": ["{k} toman", "{n} hezar toman"],
    "gsw": ["{n} Stutz", "CHF {n}", "{n} Franke"],
    "pcm": ["₦{k}", "{n}k", "N{k}"],
}

# --------------------------------------------------------------------------- addresses

ADDR = {
    "us": {
        "full": [
            "{n} {street}, {cityst} {zip}",
            "{n} {street}, {apt}, {cityst} {zip}",
            "{n3} {street} {apt}, {cityst} {zip}",
            "{n} {street}, {cityst}",
        ],
        "short": ["{n} {street}", "{n3} {street} {apt}", "{n} {street}, {apt}"],
        "pools": {
            "n": "^###",
            "n3": "^##",
            "zip": "^####",
            "street": [
                "Maple Ave",
                "Oak Street",
                "Elm St",
                "Sunset Blvd",
                "Cedar Lane",
                "Lincoln Avenue",
                "Willow Dr",
                "Pine Ridge Rd",
                "Magnolia Ct",
                "Harbor View Dr",
                "W 34th St",
                "Bedford Ave",
                "N Main St",
                "Peachtree Rd NE",
                "Cherry Hill Ln",
                "Juniper Way",
                "Frederick Douglass Blvd",
                "MLK Jr Blvd",
            ],
            "apt": ["Apt 3B", "Apt 12", "Unit 4", "#207", "Apt 5C", "Apt 2R", "Unit 1A"],
            "cityst": [
                "Portland, OR",
                "Austin, TX",
                "Brooklyn, NY",
                "Columbus, OH",
                "Sacramento, CA",
                "Atlanta, GA",
                "Denver, CO",
                "Madison, WI",
                "Tucson, AZ",
                "Raleigh, NC",
                "Tampa, FL",
                "Boise, ID",
                "Oakland, CA",
                "Jersey City, NJ",
            ],
        },
    },
    "ca": {
        "full": ["{n} {street}, {cityprov} {pc}", "{u}-{n} {street}, {cityprov} {pc}"],
        "short": ["{n} {street}", "{u}-{n} {street}"],
        "pools": {
            "n": "^##",
            "u": "^0#",
            "pc": "@#@ #@#",
            "street": [
                "Queen St W",
                "Yonge Street",
                "rue Sainte-Catherine",
                "Dundas St E",
                "Bloor St W",
                "rue Saint-Denis",
                "Jasper Ave",
                "Commercial Dr",
            ],
            "cityprov": [
                "Toronto, ON",
                "Montréal, QC",
                "Vancouver, BC",
                "Ottawa, ON",
                "Calgary, AB",
                "Halifax, NS",
                "Edmonton, AB",
            ],
        },
    },
    "gb": {
        "full": [
            "{n} {street}, {town} {pc}",
            "{flat}, {n} {street}, {town} {pc2}",
            "{n} {street}, {town}",
        ],
        "short": ["{n} {street}", "{flat}, {n} {street}"],
        "pools": {
            "n": "^#",
            "pc": "@@# #@@",
            "pc2": "@# #@@",
            "street": [
                "Victoria Road",
                "Church Lane",
                "Station Road",
                "Park Avenue",
                "Albert Street",
                "Mill Lane",
                "Queen's Drive",
                "Kingsway",
                "The Crescent",
                "Beech Grove",
                "Elm Close",
                "High Street",
                "Cromwell Road",
            ],
            "flat": ["Flat 2", "Flat 4B", "Flat 11", "Flat 3"],
            "town": [
                "Leeds",
                "Bristol",
                "Manchester",
                "London",
                "Norwich",
                "Cardiff",
                "Glasgow",
                "Brighton",
                "Sheffield",
                "York",
            ],
        },
    },
    "ie": {
        "full": ["{n} {street}, {town}, {eir}", "Apt {a}, {n} {street}, {town}"],
        "short": ["{n} {street}"],
        "pools": {
            "n": "^#",
            "a": "^#",
            "eir": "@## ****",
            "street": [
                "Main Street",
                "Church Road",
                "Griffith Avenue",
                "Strand Road",
                "Bóthar na Trá",
                "Patrick Street",
            ],
            "town": ["Dublin 9", "Galway", "Cork", "Limerick", "Sligo", "Kilkenny"],
        },
    },
    "au": {
        "full": ["{n} {street}, {sub}", "{u}/{n} {street}, {sub}"],
        "short": ["{n} {street}", "{u}/{n} {street}"],
        "pools": {
            "n": "^#",
            "u": "^",
            "street": [
                "Smith St",
                "George Street",
                "Bourke St",
                "Beach Rd",
                "Chapel St",
                "Oxford St",
                "Brunswick St",
            ],
            "sub": [
                "Fitzroy VIC 3065",
                "Surry Hills NSW 2010",
                "Paddington QLD 4064",
                "Fremantle WA 6160",
                "Glenelg SA 5045",
            ],
        },
    },
    "nz": {
        "full": ["{n} {street}, {sub}"],
        "short": ["{n} {street}"],
        "pools": {
            "n": "^#",
            "street": ["Ponsonby Rd", "Cuba Street", "Dominion Road", "Colombo Street"],
            "sub": [
                "Grey Lynn, Auckland 1021",
                "Te Aro, Wellington 6011",
                "Christchurch Central 8011",
            ],
        },
    },
    "in": {
        "full": [
            "Flat {flat}, {bldg}, {n} {road}, {area}, {city} {pin}",
            "House No. {n}, {road}, {area}, {city} - {pin}",
            "{n}/{n2}, {road}, {area}, {city}",
        ],
        "short": ["House No. {n}, {road}", "Flat {flat}, {bldg}, {road}"],
        "pools": {
            "flat": "^0#",
            "n": "^#",
            "n2": "^##",
            "pin": "^#####",
            "bldg": [
                "Sai Krupa Apartments",
                "Green Park Residency",
                "Shanti Niketan",
                "Prestige Lakeside",
                "Lotus Towers",
            ],
            "road": [
                "MG Road",
                "Linking Road",
                "2nd Cross, 5th Main",
                "Nehru Street",
                "Station Road",
                "100 Feet Road",
            ],
            "area": [
                "Indiranagar",
                "Bandra West",
                "Koramangala",
                "Salt Lake Sector 2",
                "Anna Nagar",
                "Gomti Nagar",
                "Kothrud",
            ],
            "city": ["Bengaluru", "Mumbai", "Kolkata", "Chennai", "Lucknow", "Pune", "Hyderabad"],
        },
    },
    "ng": {
        "full": ["{n} {street}, {area}, {city}", "No. {n} {street}, off {street2}, {area}, {city}"],
        "short": ["{n} {street}", "No. {n} {street}"],
        "pools": {
            "n": "^#",
            "street": [
                "Adeola Odeku Street",
                "Awolowo Road",
                "Allen Avenue",
                "Bode Thomas Street",
                "Admiralty Way",
                "Ogunlana Drive",
                "Aminu Kano Crescent",
            ],
            "street2": ["Herbert Macaulay Way", "Ikorodu Road", "Opebi Road"],
            "area": ["Ikeja", "Surulere", "Lekki Phase 1", "Victoria Island", "Wuse 2", "GRA"],
            "city": ["Lagos", "Abuja", "Ibadan", "Port Harcourt", "Enugu"],
        },
    },
    "ke": {
        "full": ["House {n}, {road}, {area}, Nairobi", "Apt {apt}, {bldg}, {road}, {area}"],
        "short": ["House {n}, {road}"],
        "pools": {
            "n": "^#",
            "apt": "@^",
            "road": [
                "Ngong Road",
                "Argwings Kodhek Road",
                "Kindaruma Road",
                "Lenana Road",
                "Riverside Drive",
                "Moi Avenue",
            ],
            "bldg": ["Kilimani Heights", "Valley Arcade Court", "Muthaiga Gardens"],
            "area": ["Kilimani", "Westlands", "Lavington", "Kileleshwa", "South B"],
        },
    },
    "za": {
        "full": ["{n} {street}, {sub}, {city}, {pc}", "{n} {street}, {sub}, {city}"],
        "short": ["{n} {street}"],
        "pools": {
            "n": "^#",
            "pc": "####",
            "street": [
                "Jan Smuts Ave",
                "Long Street",
                "Main Road",
                "Vilakazi Street",
                "Rivonia Road",
                "Oxford Road",
            ],
            "sub": ["Parktown North", "Observatory", "Soweto", "Sandton", "Sea Point", "Umhlanga"],
            "city": ["Johannesburg", "Cape Town", "Durban", "Pretoria"],
        },
    },
    "sg": {
        "full": [
            "Blk {blk} {street}, #{fl}-{unit}, Singapore {pc}",
            "{n} {street2}, #{fl}-{unit}, Singapore {pc}",
        ],
        "short": ["Blk {blk} {street} #{fl}-{unit}", "Blk {blk} {street}"],
        "pools": {
            "blk": "^##",
            "n": "^#",
            "fl": "0^",
            "unit": "^##",
            "pc": "^#####",
            "street": [
                "Ang Mo Kio Ave 6",
                "Tampines St 81",
                "Bedok North Rd",
                "Jurong West St 42",
                "Toa Payoh Lor 4",
                "Yishun Ring Rd",
                "Punggol Field",
            ],
            "street2": ["Orchard Road", "Holland Road", "River Valley Road", "Bukit Timah Road"],
        },
    },
    "ph": {
        "full": [
            "Blk {b} Lot {l}, {street}, Brgy. {brgy}, {city}",
            "{n} {street}, Brgy. {brgy}, {city}",
            "Unit {u} {bldg}, {n} {street}, {city}",
        ],
        "short": ["Blk {b} Lot {l}, {street}", "{n} {street}"],
        "pools": {
            "b": "^",
            "l": "^#",
            "n": "^#",
            "u": "^0#",
            "street": [
                "Sampaguita St.",
                "Mabini St.",
                "Rizal Ave.",
                "Kalayaan Ave.",
                "Katipunan Ave.",
                "Maginhawa St.",
            ],
            "brgy": [
                "San Isidro",
                "Poblacion",
                "Bagong Silang",
                "Malate",
                "Kapitolyo",
                "Sta. Cruz",
            ],
            "bldg": ["Avida Towers", "SMDC Light Residences", "Vista Heights"],
            "city": ["Quezon City", "Cebu City", "Makati", "Pasig City", "Davao City", "Caloocan"],
        },
    },
    "my": {
        "full": [
            "No. {n}, Jalan {jln} {k}, Taman {tmn}, {pc} {city}",
            "{n}, Lorong {jln} {k}, {pc} {city}",
        ],
        "short": ["No. {n}, Jalan {jln} {k}", "{n}, Lorong {jln} {k}"],
        "pools": {
            "n": "^#",
            "k": "^",
            "pc": "^####",
            "jln": ["Bunga Raya", "Melati", "Cempaka", "SS 2", "Ampang", "Kenanga"],
            "tmn": ["Melati", "Desa", "Sri Hartamas", "Bukit Indah", "Tun Dr Ismail"],
            "city": ["Kuala Lumpur", "Petaling Jaya", "Johor Bahru", "Shah Alam", "Ipoh"],
        },
    },
    "id": {
        "full": [
            "Jl. {jl} No. {n}, RT {rt}/RW {rw}, {kel}, {city} {pc}",
            "Jalan {jl} No.{n}, {kel}, {city}",
            "Perumahan {perum} Blok {bl} No. {n}, {city}",
        ],
        "short": ["Jl. {jl} No. {n}", "Perumahan {perum} Blok {bl} No. {n}"],
        "pools": {
            "n": "^#",
            "rt": "0^",
            "rw": "0^",
            "pc": "^####",
            "bl": "@^",
            "jl": [
                "Melati",
                "Kebon Jeruk Raya",
                "Diponegoro",
                "Sudirman",
                "Gatot Subroto",
                "Mawar",
                "Cempaka Putih Tengah",
            ],
            "kel": [
                "Kebayoran Baru",
                "Menteng",
                "Cilandak",
                "Coblong",
                "Tembalang",
                "Denpasar Barat",
            ],
            "city": [
                "Jakarta Selatan",
                "Bandung",
                "Surabaya",
                "Semarang",
                "Yogyakarta",
                "Denpasar",
            ],
            "perum": ["Griya Asri", "Taman Sari", "Bumi Indah"],
        },
    },
    "es": {
        "full": [
            "Calle {calle} {n}, {piso}, {cpcity}",
            "C/ {calle}, {n}, {piso}, {cpcity}",
            "Avda. {avda} {n}, {cpcity}",
            "Plaza {plaza} {n}, {cpcity}",
        ],
        "short": ["C/ {calle} {n}, {piso}", "Calle {calle} {n}"],
        "pools": {
            "n": "^#",
            "calle": [
                "Mayor",
                "de Alcalá",
                "del Carmen",
                "San Bernardo",
                "de la Paz",
                "Real",
                "Colón",
                "del Pez",
            ],
            "avda": ["de la Constitución", "Diagonal", "del Puerto", "de América"],
            "plaza": ["del Sol", "de España", "Mayor"],
            "piso": ["3º B", "2º izq.", "1º A", "bajo", "4ºD", "5º 2ª"],
            "cpcity": [
                "28014 Madrid",
                "08012 Barcelona",
                "41003 Sevilla",
                "46001 Valencia",
                "48009 Bilbao",
                "29015 Málaga",
                "50001 Zaragoza",
                "15704 Santiago de Compostela",
            ],
        },
    },
    "mx": {
        "full": [
            "Calle {calle} #{n}, Col. {col}, {cpcity}",
            "{calle} {n} Int. {int}, Col. {col}, {cpcity}",
            "Av. {av} {n}, Col. {col}, {cpcity}",
        ],
        "short": ["Calle {calle} #{n}", "{calle} {n} int. {int}"],
        "pools": {
            "n": "^#",
            "int": "^0#",
            "calle": ["Hidalgo", "Morelos", "5 de Mayo", "Juárez", "Allende", "Tonalá", "Colima"],
            "av": ["Insurgentes Sur", "Miguel Ángel de Quevedo", "Chapultepec", "Revolución"],
            "col": ["Roma Norte", "Condesa", "Del Valle", "Centro", "Narvarte", "Americana"],
            "cpcity": [
                "06700 Ciudad de México",
                "44160 Guadalajara, Jal.",
                "64000 Monterrey, N.L.",
                "72000 Puebla, Pue.",
                "C.P. 03100, CDMX",
            ],
        },
    },
    "ar": {
        "full": [
            "{calle} {n}, {piso} {dto}, {barrio}, CABA",
            "{calle} {n}, {barrio}, Buenos Aires",
        ],
        "short": ["{calle} {n}, {piso} {dto}", "{calle} {n}"],
        "pools": {
            "n": "^###",
            "calle": [
                "Av. Corrientes",
                "Thames",
                "Gorriti",
                "Av. Santa Fe",
                "Humahuaca",
                "Billinghurst",
            ],
            "piso": ["piso 3", "3º", "8º", "PB"],
            "dto": ["dto. B", "depto 4", '"C"'],
            "barrio": ["Palermo", "Villa Crespo", "Almagro", "Caballito"],
        },
    },
    "co": {
        "full": [
            "Calle {c} # {a}-{b}, {barrio}, {city}",
            "Carrera {c} # {a}-{b}, Apto {apt}, {city}",
        ],
        "short": ["Calle {c} # {a}-{b}", "Carrera {c} # {a}-{b}, Apto {apt}"],
        "pools": {
            "c": "^#",
            "a": "^#",
            "b": "^#",
            "apt": "^0#",
            "barrio": ["Chapinero", "El Poblado", "Laureles", "Usaquén"],
            "city": ["Bogotá", "Medellín", "Cali"],
        },
    },
    "br": {
        "full": [
            "Rua {rua}, {n}, apto {apt} - {bairro}, {citystate}, {cep}",
            "Av. {av}, {n} - {bairro}, {citystate}",
            "R. {rua}, {n}, casa {k}, {bairro}, {citystate} - CEP {cep}",
        ],
        "short": ["Rua {rua}, {n}, apto {apt}", "Rua {rua}, {n}", "Av. {av}, {n}"],
        "pools": {
            "n": "^##",
            "apt": "^#",
            "k": "^",
            "cep": "^####-###",
            "rua": [
                "das Flores",
                "Augusta",
                "Oscar Freire",
                "Barão de Itapetininga",
                "Sete de Setembro",
                "XV de Novembro",
                "Padre Chagas",
                "Haddock Lobo",
            ],
            "av": ["Paulista", "Atlântica", "Brasil", "Afonso Pena", "Boa Viagem"],
            "bairro": [
                "Jardins",
                "Copacabana",
                "Pinheiros",
                "Savassi",
                "Moinhos de Vento",
                "Vila Madalena",
            ],
            "citystate": [
                "São Paulo - SP",
                "Rio de Janeiro - RJ",
                "Belo Horizonte - MG",
                "Porto Alegre - RS",
                "Recife - PE",
                "Curitiba - PR",
            ],
        },
    },
    "pt": {
        "full": ["Rua {rua}, {n}, {andar}, {cp} {city}", "Av. {av}, {n} {andar}, {cp} {city}"],
        "short": ["Rua {rua}, {n}, {andar}", "Rua {rua} {n}"],
        "pools": {
            "n": "^#",
            "cp": "^###-###",
            "rua": ["da Prata", "Augusta", "de Santa Catarina", "do Almada", "Miguel Bombarda"],
            "av": ["da Liberdade", "dos Aliados", "da República"],
            "andar": ["2º Esq.", "3º Dto.", "1º andar", "R/C"],
            "city": ["Lisboa", "Porto", "Coimbra", "Braga", "Faro"],
        },
    },
    "fr": {
        "full": [
            "{n} rue {rue}, {cpv}",
            "{n}, avenue {av}, {cpv}",
            "{n} bis rue {rue}, {cpv}",
            "Bât. B, {n} rue {rue}, {cpv}",
            "{n} boulevard {bd}, {cpv}",
        ],
        "short": ["{n} rue {rue}", "{n} bis rue {rue}", "{n}, avenue {av}"],
        "pools": {
            "n": "^#",
            "rue": [
                "des Lilas",
                "de la République",
                "Victor Hugo",
                "du Faubourg Saint-Antoine",
                "Paul Bert",
                "des Écoles",
                "Gambetta",
                "de la Paix",
                "Jean Jaurès",
                "Mouffetard",
            ],
            "av": ["Jean Médecin", "de la Libération", "Foch", "du Général Leclerc"],
            "bd": ["Voltaire", "de la Croix-Rousse", "Haussmann"],
            "cpv": [
                "69003 Lyon",
                "75011 Paris",
                "13006 Marseille",
                "33000 Bordeaux",
                "31000 Toulouse",
                "44000 Nantes",
                "59000 Lille",
                "06000 Nice",
                "67000 Strasbourg",
            ],
        },
    },
    "be": {
        "full": ["{rue} {n}, {cpv}", "{straat} {n} bus {b}, {cpv2}"],
        "short": ["{rue} {n}", "{straat} {n} bus {b}"],
        "pools": {
            "n": "^#",
            "b": "^",
            "rue": ["Rue de la Loi", "Avenue Louise", "Chaussée d'Ixelles", "Rue Haute"],
            "cpv": ["1000 Bruxelles", "1050 Ixelles", "4000 Liège"],
            "straat": ["Meir", "Korenmarkt", "Diestsestraat"],
            "cpv2": ["2000 Antwerpen", "9000 Gent", "3000 Leuven"],
        },
    },
    "ch": {
        "full": ["{str} {n}, {plzort}", "{str} {n}, {plzort}"],
        "short": ["{str} {n}"],
        "pools": {
            "n": "^#",
            "str": [
                "Bahnhofstrasse",
                "Langstrasse",
                "Seefeldstrasse",
                "Rue de Lausanne",
                "Spalenberg",
                "Kramgasse",
                "Dorfstrasse",
                "Hauptstrasse",
            ],
            "plzort": [
                "8001 Zürich",
                "8004 Zürich",
                "3011 Bern",
                "4051 Basel",
                "6003 Luzern",
                "1201 Genève",
                "9000 St. Gallen",
                "8400 Winterthur",
            ],
        },
    },
    "de": {
        "full": ["{str} {n}, {plzort}", "{str} {n}{a}, {plzort}", "{str} {n}, {plzort}"],
        "short": ["{str} {n}", "{str} {n}{a}"],
        "pools": {
            "n": "^#",
            "a": ["a", "b", "c"],
            "str": [
                "Hauptstraße",
                "Bahnhofstraße",
                "Schillerstraße",
                "Goethestr.",
                "Lindenallee",
                "Am Markt",
                "Gartenweg",
                "Kastanienallee",
                "Schönhauser Allee",
                "Leopoldstraße",
                "Eppendorfer Weg",
                "Rosenheimer Str.",
                "Bergmannstraße",
            ],
            "plzort": [
                "10115 Berlin",
                "10437 Berlin",
                "80331 München",
                "20249 Hamburg",
                "50667 Köln",
                "60311 Frankfurt am Main",
                "70173 Stuttgart",
                "04109 Leipzig",
                "01067 Dresden",
                "28195 Bremen",
                "90402 Nürnberg",
            ],
        },
    },
    "at": {
        "full": ["{str} {n}/{t}, {plzort}"],
        "short": ["{str} {n}/{t}"],
        "pools": {
            "n": "^#",
            "t": "^",
            "str": [
                "Mariahilfer Straße",
                "Praterstraße",
                "Landstraßer Hauptstraße",
                "Herrengasse",
                "Getreidegasse",
            ],
            "plzort": ["1060 Wien", "1020 Wien", "8010 Graz", "5020 Salzburg", "6020 Innsbruck"],
        },
    },
    "it": {
        "full": [
            "Via {via} {n}, {capcity}",
            "Via {via}, {n} - {capcity}",
            "Corso {corso} {n}, int. {k}, {capcity}",
            "Piazza {pz} {n}, {capcity}",
        ],
        "short": ["Via {via} {n}", "Corso {corso} {n}", "Via {via} {n}, int. {k}"],
        "pools": {
            "n": "^#",
            "k": "^",
            "via": [
                "Roma",
                "Garibaldi",
                "dei Mille",
                "Cavour",
                "Giuseppe Verdi",
                "della Spiga",
                "Toledo",
                "Nazionale",
                "Dante",
            ],
            "corso": ["Vittorio Emanuele II", "Buenos Aires", "Umberto I"],
            "pz": ["della Repubblica", "San Marco", "Navona"],
            "capcity": [
                "20121 Milano (MI)",
                "00184 Roma",
                "80134 Napoli",
                "10123 Torino",
                "50122 Firenze",
                "40126 Bologna",
                "90133 Palermo",
                "30121 Venezia",
            ],
        },
    },
    "nl": {
        "full": [
            "{straat} {n}, {pcplaats}",
            "{straat} {n}-{h}, {pcplaats}",
            "{straat} {n}{a}, {pcplaats}",
        ],
        "short": ["{straat} {n}", "{straat} {n}{a}"],
        "pools": {
            "n": "^#",
            "h": "^",
            "a": ["A", "B", "-hs", "-1"],
            "straat": [
                "Prinsengracht",
                "Kerkstraat",
                "Dorpsstraat",
                "Oudegracht",
                "Vondelstraat",
                "Lange Voorhout",
                "Molenweg",
                "Jan Pieterszoon Coenstraat",
            ],
            "pcplaats": [
                "1016 GV Amsterdam",
                "3511 AB Utrecht",
                "2514 JK Den Haag",
                "3012 CN Rotterdam",
                "9711 LM Groningen",
                "5611 AZ Eindhoven",
                "6811 KH Arnhem",
            ],
        },
    },
    "pl": {
        "full": ["ul. {ul} {n}/{m}, {kodm}", "ul. {ul} {n} m. {m}, {kodm}", "al. {al} {n}, {kodm}"],
        "short": ["ul. {ul} {n}/{m}", "ul. {ul} {n} m. {m}"],
        "pools": {
            "n": "^#",
            "m": "^#",
            "ul": [
                "Marszałkowska",
                "Piotrkowska",
                "Długa",
                "Floriańska",
                "Mickiewicza",
                "Słowackiego",
                "Kościuszki",
                "Polna",
                "Świętokrzyska",
            ],
            "al": ["Jerozolimskie", "Niepodległości", "Grunwaldzka"],
            "kodm": [
                "00-950 Warszawa",
                "90-001 Łódź",
                "31-042 Kraków",
                "80-831 Gdańsk",
                "50-077 Wrocław",
                "61-772 Poznań",
            ],
        },
    },
    "cz": {
        "full": ["{ul} {n}/{n2}, {psc}", "{ul} {n}, {psc}"],
        "short": ["{ul} {n}/{n2}"],
        "pools": {
            "n": "^##",
            "n2": "^#",
            "ul": [
                "Vinohradská",
                "Národní",
                "Husova",
                "Masarykova",
                "Křižíkova",
                "Lidická",
                "Veveří",
            ],
            "psc": [
                "120 00 Praha 2",
                "110 00 Praha 1",
                "602 00 Brno",
                "186 00 Praha 8",
                "301 00 Plzeň",
            ],
        },
    },
    "ru": {
        "full": [
            "ул. {ul}, д. {n}, кв. {k}, {city}",
            "{city}, ул. {ul}, д. {n}, кв. {k}",
            "{idx}, г. {city}, {pr}, д. {n}, корп. {c}, кв. {k}",
        ],
        "short": ["ул. {ul}, д. {n}, кв. {k}", "ул. {ul} {n}-{k}"],
        "pools": {
            "n": "^#",
            "k": "^#",
            "c": "^",
            "idx": "1#####",
            "ul": [
                "Ленина",
                "Пушкина",
                "Садовая",
                "Тверская",
                "Мира",
                "Гагарина",
                "Лесная",
                "Профсоюзная",
                "Советская",
            ],
            "pr": ["пр-т Мира", "Ленинский проспект", "Невский пр."],
            "city": [
                "Москва",
                "Санкт-Петербург",
                "Казань",
                "Новосибирск",
                "Екатеринбург",
                "Нижний Новгород",
            ],
        },
    },
    "ru_l": {
        "full": ["ul. {ul}, d. {n}, kv. {k}, {city}", "{city}, ul. {ul} {n}, kv {k}"],
        "short": ["ul. {ul} {n}, kv {k}", "{ul} {n}-{k}"],
        "pools": {
            "n": "^#",
            "k": "^#",
            "ul": [
                "Lenina",
                "Pushkina",
                "Sadovaya",
                "Tverskaya",
                "Mira",
                "Gagarina",
                "Lesnaya",
                "Profsoyuznaya",
            ],
            "city": ["Moskva", "Piter", "Kazan", "Novosibirsk", "Ekaterinburg"],
        },
    },
    "ua": {
        "full": ["вул. {ul}, {n}, кв. {k}, {city}", "{city}, вул. {ul} {n}/{k}"],
        "short": ["вул. {ul}, {n}, кв. {k}"],
        "pools": {
            "n": "^#",
            "k": "^#",
            "ul": ["Хрещатик", "Шевченка", "Франка", "Січових Стрільців", "Сахарова", "Городоцька"],
            "city": ["Київ", "Львів", "Одеса", "Харків", "Дніпро"],
        },
    },
    "gr": {
        "full": ["{od} {n}, {tkp}", "Οδός {od} {n}, {tkp}"],
        "short": ["{od} {n}"],
        "pools": {
            "n": "^#",
            "od": [
                "Ερμού",
                "Πατησίων",
                "Σόλωνος",
                "Εγνατίας",
                "Αγίου Δημητρίου",
                "Βασιλίσσης Σοφίας",
                "Τσιμισκή",
            ],
            "tkp": [
                "105 63 Αθήνα",
                "112 57 Αθήνα",
                "546 22 Θεσσαλονίκη",
                "262 21 Πάτρα",
                "712 02 Ηράκλειο",
            ],
        },
    },
    "gr_l": {
        "full": ["{od} {n}, {tkp}"],
        "short": ["{od} {n}"],
        "pools": {
            "n": "^#",
            "od": ["Ermou", "Patision", "Solonos", "Egnatias", "Agiou Dimitriou", "Tsimiski"],
            "tkp": ["105 63 Athina", "546 22 Thessaloniki", "Patra 262 21", "Irakleio 712 02"],
        },
    },
    "tr": {
        "full": [
            "{mah} Mah. {sok} Sok. No: {n} D: {d}, {ilce}/{il}",
            "{mah} Mahallesi, {cad} Caddesi No:{n} Daire:{d}, {ilce}/{il}",
            "{cad} Cad. No:{n}/{d} {ilce} {il}",
        ],
        "short": ["{sok} Sok. No: {n} D: {d}", "{cad} Cad. No:{n}/{d}"],
        "pools": {
            "n": "^#",
            "d": "^",
            "mah": [
                "Moda",
                "Caferağa",
                "Cihangir",
                "Bahçelievler",
                "Kızılay",
                "Alsancak",
                "Fenerbahçe",
            ],
            "sok": ["Güneşli", "Papatya", "Lale", "Bahar", "Gül"],
            "cad": ["Bağdat", "İstiklal", "Atatürk", "Cumhuriyet", "Kıbrıs Şehitleri"],
            "ilce": ["Kadıköy", "Beyoğlu", "Çankaya", "Konak", "Nilüfer", "Üsküdar"],
            "il": ["İstanbul", "Ankara", "İzmir", "Bursa"],
        },
    },
    "eg": {
        "full": ["{n} شارع {st}، {area}، {city}", "شارع {st}، عمارة {n}، شقة {k}، {area}، {city}"],
        "short": ["{n} شارع {st}", "شارع {st}، عمارة {n}، شقة {k}"],
        "pools": {
            "n": "^#",
            "k": "^",
            "st": [
                "التحرير",
                "الهرم",
                "جامعة الدول العربية",
                "شهاب",
                "فيصل",
                "عباس العقاد",
                "مصدق",
            ],
            "area": ["الدقي", "المهندسين", "مدينة نصر", "الزمالك", "المعادي", "سموحة"],
            "city": ["القاهرة", "الجيزة", "الإسكندرية"],
        },
    },
    "eg_l": {
        "full": ["{n} share3 {st}, {area}", "3emara {n}, share3 {st}, sha2a {k}, {area}"],
        "short": ["{n} share3 {st}", "3emara {n} share3 {st}"],
        "pools": {
            "n": "^#",
            "k": "^",
            "st": [
                "el Tahrir",
                "el Haram",
                "Gameat el Dewal",
                "Shehab",
                "Abbas el Akkad",
                "Mosadak",
            ],
            "area": ["Dokki", "Mohandessin", "Nasr City", "Zamalek", "Maadi", "Smouha"],
        },
    },
    "ae": {
        "full": [
            "Villa {n}, Street {s}, {area}, Dubai",
            "Apt {apt}, {bldg}, {st}, Dubai",
            "Flat {apt}, Building {n}, {st2}, Abu Dhabi",
        ],
        "short": ["Villa {n}, Street {s}, {area}", "Flat {apt}, Building {n}, {st2}"],
        "pools": {
            "n": "^#",
            "s": "^#",
            "apt": "^#0#",
            "bldg": ["Marina Heights Tower", "Al Waleed Building", "Jumeirah Bay Residence"],
            "st": ["Al Sufouh Road", "Sheikh Zayed Road", "Al Wasl Road"],
            "st2": ["Hamdan Street", "Al Wahda Street", "Electra Street"],
            "area": ["Al Barsha 1", "Jumeirah 3", "Deira", "Al Nahda", "Mirdif"],
        },
    },
    "sa": {
        "full": ["{n} {st}، حي {hay}، {city} {zip}"],
        "short": ["{n} {st}، حي {hay}"],
        "pools": {
            "n": "^###",
            "zip": "1####",
            "st": ["طريق الملك فهد", "شارع التحلية", "شارع العليا"],
            "hay": ["العليا", "الملقا", "النزهة", "الروضة"],
            "city": ["الرياض", "جدة", "الدمام"],
        },
    },
    "ma": {
        "full": ["{n}, Rue {rue}, {q}, {city}", "Appt {k}, Imm. {n}, Rue {rue}, {city}"],
        "short": ["{n}, Rue {rue}", "Appt {k}, Imm. {n}, Rue {rue}"],
        "pools": {
            "n": "^#",
            "k": "^",
            "rue": ["Ibn Sina", "Moulay Youssef", "Al Massira", "Abdelmoumen", "Oued Sebou"],
            "q": ["Maarif", "Agdal", "Gueliz", "Hay Riad"],
            "city": ["Casablanca", "Rabat", "Marrakech", "Fès"],
        },
    },
    "ir": {
        "full": [
            "{city}، خیابان {kh}، کوچه {ku}، پلاک {n}، واحد {k}",
            "{city}، خیابان {kh}، پلاک {n}",
        ],
        "short": ["خیابان {kh}، پلاک {n}", "کوچه {ku}، پلاک {n}"],
        "pools": {
            "n": "^#",
            "k": "^",
            "kh": ["ولیعصر", "انقلاب", "شریعتی", "آزادی", "مطهری", "چهارباغ"],
            "ku": ["لاله", "نسترن", "بهار", "یاس"],
            "city": ["تهران", "اصفهان", "شیراز", "مشهد", "تبریز"],
        },
    },
    "ir_l": {
        "full": [
            "{city}, khiaban-e {kh}, kuche-ye {ku}, pelak {n}, vahed {k}",
            "{city}, khiaban {kh}, pelak {n}",
        ],
        "short": ["khiaban {kh}, pelak {n}", "kuche {ku}, pelak {n}"],
        "pools": {
            "n": "^#",
            "k": "^",
            "kh": ["Valiasr", "Enghelab", "Shariati", "Azadi", "Motahari"],
            "ku": ["Laleh", "Nastaran", "Bahar"],
            "city": ["Tehran", "Esfahan", "Shiraz", "Mashhad"],
        },
    },
    "il": {
        "full": ["רחוב {st} {n}, דירה {k}, {city}", "{st} {n}, {city}"],
        "short": ["{st} {n}", "רחוב {st} {n}"],
        "pools": {
            "n": "^#",
            "k": "^",
            "st": ["הרצל", "דיזנגוף", "אבן גבירול", "ז'בוטינסקי", "ויצמן", "רוטשילד", "בן יהודה"],
            "city": ["תל אביב", "ירושלים", "חיפה", "רמת גן", "באר שבע", "הרצליה"],
        },
    },
    "pk": {
        "full": [
            "House {n}, Street {s}, {sector}, Islamabad",
            "House No. {n}, Block {b}, {area}, Lahore",
            "Flat {k}, {bldg}, {road}, Karachi",
        ],
        "short": ["House {n}, Street {s}, {sector}", "House No. {n}, Block {b}, {area}"],
        "pools": {
            "n": "^#",
            "s": "^#",
            "b": "@",
            "k": "^0#",
            "sector": ["F-7/2", "G-9/3", "I-8/4", "E-11/3"],
            "area": ["DHA Phase 5", "Model Town", "Gulberg III", "Johar Town"],
            "bldg": ["Al-Rehman Heights", "Saima Towers"],
            "road": ["Shahrah-e-Faisal", "Tariq Road", "Clifton Block 5"],
        },
    },
    "bd": {
        "full": [
            "House {n}, Road {r}, {area}, Dhaka {pc}",
            "Flat {f}, House {n}, Road {r}, {area}",
        ],
        "short": ["House {n}, Road {r}, {area}"],
        "pools": {
            "n": "^#",
            "r": "^#",
            "f": "^@",
            "pc": "12#^",
            "area": ["Dhanmondi", "Gulshan 2", "Banani", "Uttara Sector 7", "Mirpur 10"],
        },
    },
    "cn": {
        "full": [
            "{city}{dist}{road}{n}号{bld}栋{room}室",
            "{city}{dist}{road}{n}号",
            "{city}{dist}{xq}{bld}号楼{unit}单元{room}",
        ],
        "short": ["{road}{n}号{bld}栋{room}室", "{road}{n}号"],
        "pools": {
            "n": "^#",
            "bld": "^",
            "room": "^#0#",
            "unit": "^",
            "city": ["北京市", "上海市", "广州市", "深圳市", "成都市", "杭州市"],
            "dist": ["朝阳区", "徐汇区", "天河区", "南山区", "武侯区", "西湖区", "海淀区"],
            "road": ["建国路", "漕溪北路", "天河路", "科技园南路", "人民南路", "文三路"],
            "xq": ["阳光花园", "幸福小区", "万科城市花园"],
        },
    },
    "hk": {
        "full": ["Flat {fl}, {n}/F, {bldg}, {n2} {st}, {dist}", "{n2} {st}, {dist}, Hong Kong"],
        "short": ["Flat {fl}, {n}/F, {bldg}"],
        "pools": {
            "fl": "@",
            "n": "^#",
            "n2": "^#",
            "bldg": ["Kornhill Block B", "Kam Din Mansion", "Mei Foo Sun Chuen Stage 4"],
            "st": ["Nathan Road", "Queen's Road Central", "King's Road", "Shanghai Street"],
            "dist": ["Mong Kok", "Quarry Bay", "Sham Shui Po", "Causeway Bay"],
        },
    },
    "jp": {
        "full": [
            "〒{pc} {pref}{city}{town}{c}-{b}-{g}",
            "{pref}{city}{town}{c}-{b}-{g} {mansion}{room}号室",
            "{pref}{city}{town}{c}丁目{b}番{g}号",
        ],
        "short": ["{town}{c}-{b}-{g}", "{city}{town}{c}丁目{b}番{g}号"],
        "pools": {
            "pc": "1##-####",
            "c": "^",
            "b": "^#",
            "g": "^",
            "room": "^0#",
            "pref": ["東京都", "大阪府", "神奈川県", "京都府", "福岡県", "北海道"],
            "city": [
                "世田谷区",
                "渋谷区",
                "大阪市北区",
                "横浜市青葉区",
                "京都市左京区",
                "福岡市中央区",
                "札幌市中央区",
            ],
            "town": ["北沢", "神宮前", "梅田", "美しが丘", "下鴨", "大名", "南三条西"],
            "mansion": ["メゾン北沢", "サンハイツ", "コーポ若葉", "グランドール"],
        },
    },
    "jp_l": {
        "full": [
            "{c}-{b}-{g} {town}, {city}, {pc}",
            "{mansion} {room}, {c}-{b}-{g} {town}, {city}",
        ],
        "short": ["{c}-{b}-{g} {town}", "{mansion} {room}, {c}-{b}-{g} {town}"],
        "pools": {
            "pc": "1##-####",
            "c": "^",
            "b": "^#",
            "g": "^",
            "room": "^0#",
            "town": ["Kitazawa", "Jingumae", "Umeda", "Shimogamo", "Daimyo"],
            "city": [
                "Setagaya-ku, Tokyo",
                "Shibuya-ku, Tokyo",
                "Kita-ku, Osaka",
                "Sakyo-ku, Kyoto",
            ],
            "mansion": ["Maison Kitazawa", "Sun Heights", "Corpo Wakaba"],
        },
    },
    "kr": {
        "full": [
            "{si} {gu} {ro} {n}, {dong}동 {ho}호",
            "{si} {gu} {ro} {n} {apt} {dong}동 {ho}호",
            "{si} {gu} {dongname} {jibun}",
        ],
        "short": ["{ro} {n}, {dong}동 {ho}호", "{gu} {ro} {n}"],
        "pools": {
            "n": "^##",
            "dong": "1#^",
            "ho": "^#0#",
            "jibun": "^##-^#",
            "si": ["서울특별시", "부산광역시", "서울", "경기도 성남시", "인천광역시"],
            "gu": ["마포구", "강남구", "송파구", "해운대구", "분당구", "연수구"],
            "ro": ["월드컵북로", "테헤란로", "올림픽로", "해운대해변로", "판교역로", "송도과학로"],
            "apt": ["래미안아파트", "현대아파트", "자이아파트"],
            "dongname": ["연남동", "역삼동", "잠실동"],
        },
    },
    "kr_l": {
        "full": ["{n} {ro}, {gu}, Seoul", "{apt} {dong}-{ho}, {n} {ro}, {gu}, Seoul"],
        "short": ["{n} {ro}, {gu}", "{apt} {dong}-{ho}"],
        "pools": {
            "n": "^##",
            "dong": "1#^",
            "ho": "^#0#",
            "ro": ["World Cup buk-ro", "Teheran-ro", "Olympic-ro", "Yeonhui-ro"],
            "gu": ["Mapo-gu", "Gangnam-gu", "Songpa-gu", "Seodaemun-gu"],
            "apt": ["Raemian Apt", "Hyundai Apt"],
        },
    },
    "vn": {
        "full": [
            "số {n} {duong}, {phuong}, {quan}, {city}",
            "{n}/{h} {duong}, P. {p}, Q. {q}, TP.HCM",
            "Ngõ {ngo} {duong2}, số nhà {n}, {quanhn}, Hà Nội",
        ],
        "short": ["số {n} {duong}", "{n}/{h} {duong}"],
        "pools": {
            "n": "^#",
            "h": "^#",
            "p": "^",
            "q": "^",
            "ngo": "^#",
            "duong": [
                "Nguyễn Trãi",
                "Lê Lợi",
                "Trần Hưng Đạo",
                "Hai Bà Trưng",
                "Điện Biên Phủ",
                "Lý Thường Kiệt",
            ],
            "phuong": ["Phường Bến Thành", "Phường 7", "Phường Cống Vị"],
            "quan": ["Quận 1", "Quận 3", "Quận Ba Đình", "Quận Bình Thạnh"],
            "city": ["TP. Hồ Chí Minh", "Hà Nội", "Đà Nẵng"],
            "duong2": ["Thái Hà", "Xã Đàn", "Kim Mã", "Tôn Đức Thắng"],
            "quanhn": ["Đống Đa", "Ba Đình", "Cầu Giấy"],
        },
    },
    "th": {
        "full": [
            "{n}/{m} ซอย{soi} ถนน{tn} แขวง{kw} เขต{kh} กรุงเทพฯ {pc}",
            "บ้านเลขที่ {n} หมู่ {mu} ต.{tb} อ.{am} จ.{ch} {pc2}",
        ],
        "short": ["{n}/{m} ซอย{soi}", "บ้านเลขที่ {n} หมู่ {mu} ต.{tb}"],
        "pools": {
            "n": "^#",
            "m": "^#",
            "mu": "^",
            "pc": "10###",
            "pc2": "5####",
            "soi": ["สุขุมวิท 11", "ลาดพร้าว 71", "อารีย์ 2", "ทองหล่อ 13"],
            "tn": ["สุขุมวิท", "ลาดพร้าว", "พหลโยธิน", "พระราม 9"],
            "kw": ["คลองเตยเหนือ", "ลาดพร้าว", "สามเสนใน", "ห้วยขวาง"],
            "kh": ["วัฒนา", "ลาดพร้าว", "พญาไท", "ห้วยขวาง"],
            "tb": ["สุเทพ", "ช้างคลาน", "หนองป่าครั่ง"],
            "am": ["เมืองเชียงใหม่", "เมือง"],
            "ch": ["เชียงใหม่", "ขอนแก่น"],
        },
    },
    "th_l": {
        "full": ["{n}/{m} Soi {soi}, {tn} Rd, {kh}, Bangkok {pc}"],
        "short": ["{n}/{m} Soi {soi}"],
        "pools": {
            "n": "^#",
            "m": "^#",
            "pc": "10###",
            "soi": ["Sukhumvit 11", "Lat Phrao 71", "Ari 2", "Thonglor 13"],
            "tn": ["Sukhumvit", "Phahonyothin", "Rama 9"],
            "kh": ["Watthana", "Phaya Thai", "Huai Khwang"],
        },
    },
    "se": {
        "full": ["{gata} {n}, {pnort}", "{gata} {n}, lgh {lgh}, {pnort}"],
        "short": ["{gata} {n}", "{gata} {n}, lgh {lgh}"],
        "pools": {
            "n": "^#",
            "lgh": "1^0#",
            "gata": [
                "Storgatan",
                "Drottninggatan",
                "Götgatan",
                "Kungsgatan",
                "Vasagatan",
                "Linnégatan",
                "Sveavägen",
            ],
            "pnort": [
                "114 55 Stockholm",
                "116 46 Stockholm",
                "413 04 Göteborg",
                "211 42 Malmö",
                "753 20 Uppsala",
            ],
        },
    },
    "no": {
        "full": ["{gate} {n}, {pnr}", "{gate} {n} {a}, {pnr}", "{gate} {n}, H0{h}, {pnr}"],
        "short": ["{gate} {n}", "{gate} {n} {a}"],
        "pools": {
            "n": "^#",
            "h": "^0#",
            "a": ["A", "B"],
            "gate": [
                "Storgata",
                "Thorvald Meyers gate",
                "Markveien",
                "Kongens gate",
                "Bygdøy allé",
                "Olav Tryggvasons gate",
            ],
            "pnr": ["0182 Oslo", "0555 Oslo", "5003 Bergen", "7011 Trondheim", "4006 Stavanger"],
        },
    },
    "dk": {
        "full": ["{vej} {n}, {et}, {pby}", "{vej} {n}, {pby}"],
        "short": ["{vej} {n}, {et}", "{vej} {n}"],
        "pools": {
            "n": "^#",
            "vej": [
                "Nørregade",
                "Vesterbrogade",
                "Jægersborggade",
                "Istedgade",
                "Åboulevarden",
                "Blågårdsgade",
            ],
            "et": ["2. tv.", "1. th.", "st. tv.", "3. mf."],
            "pby": [
                "1165 København K",
                "1620 København V",
                "2200 København N",
                "8000 Aarhus C",
                "5000 Odense C",
            ],
        },
    },
    "fi": {
        "full": ["{katu} {n} {a} {k}, {pno}", "{katu} {n}, {pno}"],
        "short": ["{katu} {n} {a} {k}", "{katu} {n}"],
        "pools": {
            "n": "^#",
            "k": "^#",
            "a": ["A", "B", "C"],
            "katu": [
                "Mannerheimintie",
                "Hämeentie",
                "Aleksanterinkatu",
                "Hämeenkatu",
                "Kauppakatu",
                "Fredrikinkatu",
            ],
            "pno": [
                "00100 Helsinki",
                "00530 Helsinki",
                "33100 Tampere",
                "20100 Turku",
                "90100 Oulu",
            ],
        },
    },
    "hu": {
        "full": ["{city}, {ut} {n}. {em}/{aj}", "{irsz} {city}, {ut} {n}."],
        "short": ["{ut} {n}. {em}/{aj}", "{ut} {n}."],
        "pools": {
            "n": "^#",
            "irsz": "1^#^",
            "em": "^",
            "aj": "^",
            "ut": [
                "Kossuth Lajos utca",
                "Andrássy út",
                "Váci utca",
                "Rákóczi út",
                "Petőfi Sándor utca",
                "Bartók Béla út",
            ],
            "city": ["Budapest", "Debrecen", "Szeged", "Pécs", "Győr"],
        },
    },
    "ro": {
        "full": [
            "Str. {str} nr. {n}, bl. {bl}, sc. {sc}, ap. {ap}, {city}",
            "Str. {str} nr. {n}, {city}",
            "Bd. {bd} nr. {n}, ap. {ap}, {city}",
        ],
        "short": ["Str. {str} nr. {n}", "Bd. {bd} nr. {n}, ap. {ap}"],
        "pools": {
            "n": "^#",
            "bl": "@^",
            "sc": "@",
            "ap": "^#",
            "str": [
                "Mihai Eminescu",
                "Ion Creangă",
                "Avram Iancu",
                "Lalelelor",
                "Florilor",
                "Republicii",
            ],
            "bd": ["Unirii", "Magheru", "Ferdinand", "Decebal"],
            "city": ["București", "Cluj-Napoca", "Iași", "Timișoara", "Brașov", "Constanța"],
        },
    },
    "hr": {
        "full": ["{ul} {n}, {pbm}", "{ul} {n}/{k}, {pbm}"],
        "short": ["{ul} {n}", "{ul} {n}/{k}"],
        "pools": {
            "n": "^#",
            "k": "^",
            "ul": [
                "Ilica",
                "Vukovarska",
                "Savska cesta",
                "Marmontova",
                "Ulica kralja Zvonimira",
                "Frankopanska",
            ],
            "pbm": [
                "10000 Zagreb",
                "21000 Split",
                "51000 Rijeka",
                "31000 Osijek",
                "20000 Dubrovnik",
            ],
        },
    },
    "et": {
        "full": [
            "{area}, Woreda {w}, House No. {n}, Addis Ababa",
            "House {n}, {road}, {area}, Addis Ababa",
        ],
        "short": ["House No. {n}, Woreda {w}", "House {n}, {road}"],
        "pools": {
            "n": "^##",
            "w": "^#",
            "area": ["Bole", "Kirkos", "Yeka", "Arada", "Lideta"],
            "road": ["Bole Road", "Africa Avenue", "Haile Gebreselassie Road"],
        },
    },
    "ge": {
        "full": ["{st} St. {n}, apt {k}, Tbilisi", "{n} {st} Street, Tbilisi"],
        "short": ["{st} St. {n}, apt {k}", "{n} {st} Street"],
        "pools": {
            "n": "^#",
            "k": "^#",
            "st": ["Rustaveli", "Chavchavadze", "Pekini", "Vazha-Pshavela", "Paliashvili"],
        },
    },
    "am": {
        "full": ["{n} {st} St, apt {k}, Yerevan", "{st} {n}/{k}, Yerevan"],
        "short": ["{n} {st} St, apt {k}", "{st} {n}/{k}"],
        "pools": {
            "n": "^#",
            "k": "^#",
            "st": ["Abovyan", "Tumanyan", "Saryan", "Mashtots", "Komitas"],
        },
    },
    "np": {
        "full": [
            "House No. {n}, {tole}, Kathmandu-{ward}",
            "House {n}, {tole} Marg, Lalitpur-{ward}",
        ],
        "short": ["House No. {n}, {tole}"],
        "pools": {
            "n": "^#",
            "ward": "^#",
            "tole": ["Baluwatar", "Thamel", "Jhamsikhel", "Naxal", "Baneshwor"],
        },
    },
    "sn": {
        "full": ["Villa {n}, Cité {cite}, Dakar", "{n} Rue {rue}, {quartier}, Dakar"],
        "short": ["Villa {n}, Cité {cite}", "{n} Rue {rue}"],
        "pools": {
            "n": "^#",
            "cite": ["Keur Gorgui", "Sicap Liberté 2", "Mermoz"],
            "rue": ["Carnot", "Moussé Diop", "Félix Faure", "Vincens"],
            "quartier": ["Plateau", "Médina", "Point E", "Ouakam"],
        },
    },
}

# --------------------------------------------------------------------------- IDs

DL = {
    "us": [
        "@#######",
        "### ### ###",
        "@###-###-##-###-#",
        "########",
        "@###-####-####",
        "WDL*********",
        "## ### ###",
        "@#### ##### #####",
        "@## ### ### ###",
    ],
    "ca": ["@####-#####-#####", "#######", "@####-######-##"],
    "gb": ["@@@@@######@@9@@", "@@@@9######@@9@@"],
    "ie": ["### ### ###", "#########"],
    "au": ["########", "#########", "@#######"],
    "nz": ["@@######"],
    "in": [
        "MH## ###########",
        "KA## ###########",
        "DL-##-20##-#######",
        "TN## 20#########",
        "UP##-20##-#######",
    ],
    "ng": ["@@@#####@@##", "@@@-#####@@-##"],
    "ke": ["@@#######"],
    "za": ["##########@@"],
    "sg": ["S#######@", "T#######@"],
    "ph": ["@##-##-######"],
    "my": ["##########"],
    "id": ["#### #### ######"],
    "es": ["ES_DNI"],
    "mx": ["@########", "##########"],
    "ar": ["##.###.###", "########"],
    "co": ["##########"],
    "br": ["###########"],
    "pt": ["@@-###### #", "L-#######"],
    "fr": ["############", "##@@#####"],
    "be": ["##########"],
    "ch": ["######.###", "@@@######"],
    "de": ["@###@@@#@##", "@##@@@@#@##"],
    "at": ["########"],
    "it": ["@@#######@", "U1#######@"],
    "nl": ["##########"],
    "pl": ["#####/##/####"],
    "cz": ["@@ ######"],
    "ru": ["## ## ######"],
    "ru_l": ["## ## ######"],
    "ua": ["@@@ ######"],
    "gr": ["### ### ###"],
    "tr": ["######"],
    "cn": ["^#################", "^################X"],
    "jp": ["############"],
    "kr": ["##-##-######-##"],
    "vn": ["############"],
    "th": ["########"],
    "se": ["######-####"],
    "no": ["### ## #####"],
    "dk": ["########"],
    "fi": ["######-###@"],
    "hu": ["@@######"],
    "ro": ["#########"],
    "hr": ["########"],
    "il": ["#######"],
    "ae": ["#######"],
    "sa": ["##########"],
    "eg": ["##############"],
    "pk": ["#####-#######-#"],
    "ir": ["##########"],
}

PASSPORT = {
    "us": ["#########", "@########"],
    "ca": ["@@######"],
    "gb": ["#########"],
    "ie": ["@@#######"],
    "au": ["@#######", "PA#######"],
    "nz": ["@@######"],
    "in": ["@#######"],
    "ng": ["@########"],
    "ke": ["@@#######"],
    "za": ["@########"],
    "sg": ["E#######@", "K#######@"],
    "ph": ["P#######@", "P#######"],
    "my": ["@########"],
    "id": ["@#######", "@@#######"],
    "es": ["@@@######"],
    "mx": ["G########", "N########"],
    "ar": ["@@@######"],
    "co": ["@@######"],
    "br": ["@@######"],
    "pt": ["@######"],
    "fr": ["##@@#####"],
    "be": ["@@#######"],
    "ch": ["@#######", "@@#######"],
    "de": ["C********", "C01******"],
    "at": ["@#######", "P#######"],
    "it": ["@@#######", "Y@#######"],
    "nl": ["@@******#"],
    "pl": ["@@#######", "E@#######"],
    "cz": ["########"],
    "ru": ["## #######", "#########"],
    "ru_l": ["## #######"],
    "ua": ["@@######", "FA######"],
    "gr": ["@@#######"],
    "gr_l": ["@@#######"],
    "tr": ["U########", "@########"],
    "eg": ["@########"],
    "eg_l": ["A########"],
    "sa": ["@#######"],
    "ae": ["@########"],
    "ma": ["@@#######"],
    "ir": ["@########"],
    "ir_l": ["@########"],
    "il": ["########", "#########"],
    "pk": ["@@#######"],
    "bd": ["@@#######"],
    "cn": ["E########", "EA#######", "G########"],
    "hk": ["K########", "H########"],
    "jp": ["@@#######", "T@#######"],
    "kr": ["M########", "M###@####"],
    "vn": ["@########", "C#######"],
    "th": ["@@#######", "@#######"],
    "se": ["########"],
    "no": ["########"],
    "dk": ["#########"],
    "fi": ["@@#######", "FP#######"],
    "hu": ["@@#######"],
    "ro": ["#########", "0#######"],
    "hr": ["#########"],
    "et": ["EP#######", "@@#######"],
    "ge": ["##@@#####"],
    "am": ["@@#######"],
    "np": ["@@#######", "#######"],
    "sn": ["@########"],
}

# --------------------------------------------------------------------------- secrets

PASSWORD_WORDS = [
    "Starfish",
    "Sonnenblume",
    "Girasol",
    "Mariposa",
    "Tigre",
    "Koala",
    "Pineapple",
    "Blueberry",
    "Dragon",
    "Sunshine",
    "Kaffee",
    "Chocolat",
    "Bombolone",
    "Lumiere",
    "Nordlicht",
    "Kiwi",
    "Sakura",
    "Panda",
    "Cactus",
    "Snowflake",
    "Falcon",
    "Mango",
    "Zebra",
    "Papaya",
    "Meerkat",
    "Lighthouse",
    "Harbour",
    "Tulpen",
    "Bulbasaur",
    "Avocado",
    "Pistachio",
    "Volcano",
    "Marmelade",
]

API_KEY_PATTERNS = [
    "sk-proj-~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
    "sk-ant-api03-~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~-~~~~~~~~~~~~~~~~~~~~AA",
    "ghp_~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
    "AKIA****************",
    "xoxb-############-#############-~~~~~~~~~~~~~~~~~~~~~~~~",
    "AIza~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
    "sk_live_~~~~~~~~~~~~~~~~~~~~~~~~",
    "glpat-~~~~~~~~~~~~~~~~~~~~",
    "hf_~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
    "npm_~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
    "SG.~~~~~~~~~~~~~~~~~~~~~~.~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
]

SEED_WORDS = [
    "ocean",
    "tribe",
    "velvet",
    "glimpse",
    "harvest",
    "lemon",
    "orbit",
    "puzzle",
    "rural",
    "salad",
    "timber",
    "unfold",
    "violin",
    "wagon",
    "yellow",
    "zebra",
    "anchor",
    "brisk",
    "cactus",
    "dwarf",
    "eager",
    "fossil",
    "gadget",
    "hobby",
    "ivory",
    "jungle",
    "kidney",
    "ladder",
    "marble",
    "nephew",
    "oyster",
    "pencil",
    "quantum",
    "raven",
    "shrimp",
    "tunnel",
    "urban",
    "vapor",
    "walnut",
    "absorb",
    "canyon",
    "drift",
    "empower",
    "fiber",
    "galaxy",
    "hammer",
    "island",
    "jelly",
]

# --------------------------------------------------------------------------- unlabeled fillers

FILLER_PATTERNS = {
    "ORDER": [
        "\\#^#####",
        "ORD-20##-#####",
        "###-#######-#######",
        "\\#@@^####",
        "^#######",
        "W########",
        "\\#^###-^###",
    ],
    "TICKET": ["\\#^####", "INC00#####", "CS-^#####", "^#######", "TKT-^####"],
    "TRACK": [
        "1Z******##########",
        "^### #### ####",
        "LX#########CN",
        "JD01460000########",
        "RR#########DE",
        "TBA^###########",
    ],
    "FLIGHT": [
        "BA ^##",
        "LH^##",
        "AF ^###",
        "EK ^#",
        "UA^###",
        "QR ^##",
        "TK ^###",
        "6E ^###",
        "FR ^###",
        "NH ^#",
        "KE ^#",
        "SQ ^#",
        "AA^##",
    ],
    "VER": ["v^.^#.#", "^.^.^", "iOS 1^.^.^", "Android 1^", "v2^.^", "build ^###"],
    "HASH": [
        "%%%%%%%",
        "%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%",
        "sha256:%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%",
    ],
    "BOOKING": ["******", "HB-^#####", "^#########"],
}

FILLER_POOLS = {
    "HANDLE": [
        "@coolguy99",
        "@admin",
        "@nightowl_22",
        "@pixelwitch",
        "@modteam",
        "@bot",
        "@sunset_lover",
        "@dadjokes4life",
        "@thecatlady",
        "@gymrat88",
        "@n00bmaster",
        "@quietstorm",
        "@the_real_bread",
        "@moderator",
        "@helpdesk",
        "@support",
    ],
    "FOOD": [
        "Wendy's",
        "McDonald's",
        "Denny's",
        "Arby's",
        "Carl's Jr.",
        "Papa John's",
        "Chick-fil-A",
        "Tim Hortons",
        "Nando's",
        "Chipotle",
        "Applebee's",
        "Chili's",
        "TGI Fridays",
        "Dunkin'",
        "Ben & Jerry's",
        "Popeyes",
    ],
    "PET": [
        "Biscuit",
        "Mochi",
        "Pepper",
        "Noodle",
        "Rex",
        "Whiskers",
        "Bruno",
        "Luna",
        "Max",
        "Coco",
        "Simba",
        "Nala",
        "Peanut",
        "Oreo",
        "Tofu",
        "Pixel",
        "Bella",
        "Kiwi",
        "Waffles",
        "Ziggy",
    ],
    "BIZ": [
        "Wendy's",
        "McDonald's",
        "Ben & Jerry's",
        "Trader Joe's",
        "Tim Hortons",
        "Sainsbury's",
        "Marks & Spencer",
        "Kellogg's",
        "Dunkin'",
        "Arby's",
        "Denny's",
        "Macy's",
        "Carl's Jr.",
        "Papa John's",
        "Dr. Oetker",
        "Calvin Klein",
        "Ralph Lauren",
        "Tommy Hilfiger",
        "Hugo Boss",
        "Estée Lauder",
        "Louis Vuitton",
        "Jack Daniel's",
        "Johnnie Walker",
        "Hershey's",
        "Levi's",
        "Heinz",
        "Aldi",
        "Zara",
        "Pandora",
        "Chick-fil-A",
        "Morrisons",
    ],
}

# --------------------------------------------------------------------------- envelopes

ASSISTANT_LABELS = ["Assistant:", "AI:", "ChatGPT said:", "Claude:", "Response:", "Answer:", "Bot:"]

ENVELOPE_KINDS = ["openai_json", "anthropic_json", "curl", "llm_cli", "openai_py", "anthropic_py"]

MODELS = {
    "openai": ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o4-mini"],
    "anthropic": [
        "claude-3-5-sonnet-latest",
        "claude-3-5-haiku-latest",
        "claude-sonnet-4-20250514",
        "claude-3-7-sonnet-latest",
    ],
}

API_URLS = [
    "https://api.openai.com/v1/chat/completions",
    "https://api.example-llm.net/v1/chat/completions",
    "http://localhost:8080/v1/chat/completions",
]

ENV_KEYS = ["OPENAI_API_KEY", "LLM_TOKEN", "API_KEY"]

CLI_TOOLS = [
    "llm -m {model}",
    "llm -m {model} -s 'be concise'",
    "aichat -m {model}",
    "sgpt --model {model}",
    "ollama run llama3.1",
]

SYSTEM_PROMPTS = [
    "You are a helpful assistant.",
    "You are a concise assistant. Answer in plain text.",
    "You help a customer-support team review call transcripts.",
    "You are a community moderator's assistant.",
    "Summarize conversations faithfully. Do not invent details.",
    "You are a translation assistant.",
    "Extract structured information from chat logs.",
]

FOLLOW_UPS = {
    "en": [
        "thanks. now write a short reply I can send",
        "ok can you make it shorter",
        "great, now as bullet points",
        "now translate that into Spanish",
        "perfect. who needs to do what by when?",
    ],
    "es": ["gracias, ahora escribe una respuesta corta", "hazlo más corto porfa"],
    "fr": ["merci, tu peux rédiger une réponse courte ?", "plus court stp"],
    "de": ["danke, kannst du eine kurze Antwort formulieren?", "bitte kürzer"],
    "pt": ["valeu, agora escreve uma resposta curta", "resume mais"],
    "ru": ["спасибо, теперь напиши короткий ответ", "покороче, пожалуйста"],
    "ja": ["ありがとう、返信の文面も作って", "もっと短くして"],
    "zh": ["谢谢，帮我写个简短的回复", "再短一点"],
    "ko": ["고마워, 짧은 답장도 써줘", "더 짧게 해줘"],
}

INSTRUCTIONS = {
    "en": [
        "summarize this chat",
        "Summarize this WhatsApp conversation in 3 bullet points.",
        "who said what? make a table",
        "extract the action items from this call",
        "Write a polite reply to the last message.",
        "what is this voicemail about?",
        "Can you clean up this transcript (remove ums, fix punctuation)?",
        "tl;dr please",
        "Translate this into English.",
        "Draft a reply for me, friendly but firm.",
        "Is anyone in this thread asking me to do something?",
        "Turn these meeting captions into minutes.",
        "classify the sentiment of each message",
        "what did they agree on in the end?",
        "Pull out any dates and deadlines mentioned.",
        "Rewrite this review so it sounds less angry.",
        "please summarise the key points of this forum thread",
        "Give me a one-paragraph summary for my manager.",
        "Does this look like a scam?",
        "fix the grammar only, keep everything else",
        "Make a to-do list from this group chat",
        "Who should I follow up with and why?",
    ],
    "es": [
        "resume este chat",
        "¿de qué trata este audio? es una transcripción",
        "hazme una lista de tareas de esta conversación",
        "escribe una respuesta amable al último mensaje",
        "traduce esto al inglés",
    ],
    "pt": [
        "resume essa conversa",
        "faz um resumo desse áudio transcrito",
        "escreve uma resposta educada",
        "quem falou o quê?",
        "traduz pro inglês por favor",
    ],
    "fr": [
        "résume cette conversation",
        "Peux-tu faire un compte rendu de cet appel ?",
        "rédige une réponse polie au dernier message",
        "traduis en anglais stp",
        "qui a dit quoi ?",
    ],
    "de": [
        "Fass den Chat bitte kurz zusammen.",
        "Was sind die To-dos aus diesem Anruf?",
        "Schreib eine freundliche Antwort auf die letzte Nachricht.",
        "übersetz das bitte ins Englische",
        "wer hat was gesagt?",
    ],
    "it": [
        "riassumi questa chat",
        "scrivi una risposta gentile",
        "traduci in inglese per favore",
        "quali sono le cose da fare?",
    ],
    "nl": [
        "vat dit gesprek samen",
        "schrijf een vriendelijk antwoord",
        "vertaal dit naar het Engels",
    ],
    "pl": ["streść tę rozmowę", "napisz uprzejmą odpowiedź", "przetłumacz na angielski"],
    "ru": [
        "кратко перескажи переписку",
        "составь вежливый ответ",
        "переведи на английский",
        "кто что сказал?",
    ],
    "uk": ["підсумуй цю переписку", "переклади англійською"],
    "tr": ["bu sohbeti özetle", "kibar bir cevap yaz", "İngilizceye çevir"],
    "ar": ["لخص هذه المحادثة", "اكتب ردًا مهذبًا على آخر رسالة", "ترجم إلى الإنجليزية"],
    "zh": ["帮我总结一下这段聊天记录", "把这段语音转写整理一下", "帮我写个回复", "翻译成英文"],
    "ja": [
        "このチャットを要約して",
        "この留守電の内容をまとめて",
        "返信文を考えて",
        "英語に翻訳して",
    ],
    "ko": ["이 대화 요약해줘", "음성 메시지 내용 정리해줘", "답장 써줘", "영어로 번역해줘"],
    "hi-en": [
        "is chat ka summary de do",
        "yeh voice note translate karo English mein",
        "reply likh do politely",
    ],
    "vi": ["tóm tắt đoạn chat này giúp mình", "dịch sang tiếng Anh"],
    "id": ["tolong ringkas chat ini", "terjemahkan ke bahasa Inggris"],
    "tl-en": ["pa-summarize naman nitong GC", "gawan mo ng reply, polite lang"],
    "sv": ["sammanfatta chatten", "översätt till engelska"],
    "el": ["κάνε μου περίληψη", "μετάφρασε στα αγγλικά"],
    "he": ["תסכם לי את השיחה", "תתרגם לאנגלית"],
    "fa": ["این چت رو خلاصه کن", "به انگلیسی ترجمه کن"],
}

TEMPLATES: list[tuple[str, str, str | None, str]] = []


def _add(lang: str, cult: str, *texts: str, cc: str | None = None) -> None:
    for text in texts:
        TEMPLATES.append((lang, cult, cc, text.strip("\n")))


# =========================================================================== ENGLISH
# --- call-centre transcripts (ASR) ---------------------------------------------------

_add(
    "en",
    "mix",
    """
⟪Agent⟫: thank you for calling ⟪Brightline Energy⟫ this is ⟦f1⟧ how can i help
⟪Caller⟫: hi yeah um i'm calling about my bill it went up like a lot
⟪Agent⟫: sorry to hear that can i get the name on the account
⟪Caller⟫: it's ⟦n2.lc⟧
⟪Agent⟫: and can you confirm the date of birth
⟪Caller⟫: ⟦DOB:asr⟧
⟪Agent⟫: perfect and the service address
⟪Caller⟫: ⟦ADDR:us:full⟧
⟪Agent⟫: okay i see it so the bill for ⟪DATE⟫ was ⟪PRICE⟫ because of an estimated read
""",
    """
Agent: good afternoon you're through to ⟪Harlow Mutual⟫ claims my name is ⟦f1⟧
Caller: hi ⟦f1.lc⟧ uh my name is ⟦n2.lc⟧ i had a a car accident on tuesday
Agent: oh no are you okay
Caller: yeah yeah i'm fine just shaken the other driver was ⟦n3m.lc⟧ he gave me his license number it's ⟦DL⟧
Agent: great and do you have a policy number
Caller: it's ⟪ORDER⟫
Agent: and the best number to reach you
Caller: ⟦PHONE:asr⟧
""",
    """
[00:00:02] AGENT: thanks for holding this is ⟦f1.lc⟧ in billing
[00:00:05] CUSTOMER: hi so i'm trying to pay off the balance on my account
[00:00:09] AGENT: sure i can take a card payment over the phone what's the card number
[00:00:14] CUSTOMER: okay it's ⟦CARD:asr⟧
[00:00:22] AGENT: and the expiry
[00:00:24] CUSTOMER: ⟪NUM:1-12⟫ ⟪NUM:26-31⟫
[00:00:27] AGENT: and the name as it appears on the card
[00:00:30] CUSTOMER: ⟦n2.up⟧
[00:00:34] AGENT: thank you ⟦l2.lc⟧ that's gone through reference ⟪ORDER⟫
""",
    """
Caller: hello is this the pharmacy
Agent: yes this is ⟪Riverside Pharmacy⟫ ⟦f1⟧ speaking
Caller: hi i'm calling for my mom her prescription ⟪ORDER⟫ wasn't ready
Agent: what's the patient's name
Caller: ⟦n2w@en_us.lc⟧ that's ⟦l2.sp⟧
Agent: and date of birth
Caller: she was born ⟦DOB:asr:old⟧
Agent: got it it'll be ready after ⟪TIME⟫
""",
    """
AGENT: you've reached ⟪Polar Mobile⟫ support my name is ⟦f1⟧ may i have your name please
CALLER: yes it's ⟦f2.lc⟧ uh ⟦l2.lc⟧ no sorry ⟦n2.lc⟧
AGENT: no worries ⟦f2.lc⟧ and the mobile number on the account
CALLER: ⟦PHONE:asr⟧
AGENT: and for security the last four of the social
CALLER: oh um do you need the whole thing it's ⟦SSN:asr⟧
AGENT: just the last four is fine but thank you
""",
    """
agent: thanks for calling ⟪Clearwater Bank⟫ how can i help
caller: yeah i need to set up a wire to my sister overseas
agent: okay what's the beneficiary name
caller: ⟦n2.lc⟧
agent: and the IBAN
caller: it's ⟦IBAN:de⟧
agent: and the amount
caller: ⟪PRICE⟫
agent: okay i've got that going out today you'll get a text with a confirmation code don't share it with anyone
""",
    """
Speaker 1: ⟪Northside Vet⟫ this is ⟦f1⟧
Speaker 2: hi i'm calling about my dog ⟪PET#p⟫ he's booked in for ⟪TIME⟫ tomorrow
Speaker 1: sure what's the owner's name
Speaker 2: ⟦n2.lc⟧
Speaker 1: and the phone number we have for you
Speaker 2: ⟦PHONE:asr⟧
Speaker 1: great ⟪PET#p⟫'s all set see you tomorrow
""",
    """
[Agent] Thank you for calling ⟪Summit Health⟫, my name is ⟦f1⟧. Who am I speaking with?
[Caller] Um, this is ⟦n2⟧.
[Agent] Thanks, ⟦f2⟧. Can you verify your date of birth?
[Caller] ⟦DOB⟧.
[Agent] And your member ID?
[Caller] ⟪ORDER⟫.
[Agent] Okay, I see the claim from ⟪DATE⟫. It was denied because the provider, ⟪Dr. Office Group⟫, coded it wrong.
""",
    """
agent: ⟪Freshmart⟫ customer care this is ⟦f1.lc⟧
caller: hi my order ⟪ORDER⟫ came with half the stuff missing
agent: i'm so sorry can i get the delivery address
caller: yeah it's ⟦ADDR:full⟧
agent: and the email on the account
caller: ⟦EMAIL:asr:2⟧
agent: got it ⟦f2.lc⟧ i'll refund ⟪PRICE⟫ to the card ending ⟪NUM:1000-9999⟫
""",
    """
Caller: hi um I got a letter saying I owe taxes from ⟪NUM:2019-2023⟫?
Agent: I can look into that. Can I have your full name and taxpayer ID?
Caller: ⟦n2⟧ and I don't have a social, I have an ITIN, ⟦ITIN⟧
Agent: Thank you. And your current mailing address?
Caller: ⟦ADDR:us:full⟧
Agent: Okay ⟦f2⟧, it looks like a 1099 from ⟪Quickrider LLC⟫ wasn't reported.
""",
    cc="us",
)

_add(
    "en",
    "mix",
    """
AGENT: hi you're speaking with ⟦f1⟧ at ⟪Skyways⟫ reservations
CALLER: hi i need to add my passport details to booking ⟪BOOKING⟫
AGENT: sure go ahead
CALLER: passport number ⟦PASS⟧ name ⟦n2.up⟧ date of birth ⟦DOB⟧
AGENT: thank you that's added for flight ⟪FLIGHT⟫ on ⟪DATE⟫
""",
    """
Agent: ⟪Drive Easy⟫ rentals this is ⟦f1⟧
Caller: hi uh i have a pickup tomorrow at the airport and my license was renewed so the number changed
Agent: no problem what's the new number
Caller: ⟦DL⟧
Agent: and is that still under ⟦n2⟧
Caller: yes that's me
""",
    """
00:00:01 Agent: ⟪Telecom Help Desk⟫ ⟦f1⟧ speaking
00:00:04 Caller: hi my internet keeps dropping
00:00:08 Agent: can you read me the MAC address on the bottom of the router
00:00:15 Caller: uh ⟦MAC⟧
00:00:22 Agent: okay and i can see your public IP is ⟦IP⟧ and it's flapping every few minutes
00:00:30 Caller: right so is it me or you
00:00:33 Agent: it's on our side i'll book an engineer for ⟪DATE⟫
""",
    """
agent: hi this is ⟦f1.lc⟧ from the fraud team am i speaking with ⟦n2.lc⟧
caller: yes
agent: we saw a charge of ⟪PRICE⟫ at ⟪BIZ⟫ in another state did you make that
caller: no no i'm home
agent: okay i'll block the card ending ⟪NUM:1000-9999⟫ we'll never ask for your pin or online banking password
caller: oh good because someone texted me asking for the code ⟦SECRET:otp⟧ and i almost sent it
""",
    """
Agent: Hi, this is ⟦f1⟧ calling from ⟪Oakridge Dental⟫, is this ⟦f2⟧?
Caller: Speaking.
Agent: I'm calling to confirm your appointment with ⟪the hygienist⟫ on ⟪DATE⟫ at ⟪TIME⟫.
Caller: Oh yes, can you also update my number, it's ⟦PHONE⟧ now.
Agent: Done. See you then!
""",
    """
CALLER: yeah hi i'm locked out of my account
AGENT: i can help with that what's the username
CALLER: it's ⟪HANDLE⟫ no wait that's my twitter it's ⟦EMAIL:2⟧
AGENT: okay i've sent a reset link and a six digit code
CALLER: got it ⟦SECRET:otp⟧
AGENT: don't read that to me actually just type it on the screen
CALLER: oh sorry
""",
    """
[Agent ⟦f1⟧]: thanks for calling the ⟪Westfield County⟫ DMV
[Caller]: hi i moved and need to update the address on my license
[Agent ⟦f1⟧]: okay license number please
[Caller]: ⟦DL:us⟧
[Agent ⟦f1⟧]: and the new address
[Caller]: ⟦ADDR:us:full⟧
[Agent ⟦f1⟧]: and you're ⟦n2⟧ born ⟦DOB:us⟧
[Caller]: that's right
""",
    cc="us",
)

_add(
    "en",
    "mix",
    """
agent: hi welcome to ⟪Cityline⟫ broadband this is ⟦f1⟧
customer: hiya my name's ⟦n2.lc⟧ i'm moving house next week
agent: lovely where are you moving to
customer: ⟦ADDR:gb:full⟧
agent: and the date
customer: ⟪DATE⟫
agent: brilliant and can i just take a contact number
customer: ⟦PHONE:gb:asr⟧
""",
    """
Agent: You're through to ⟪the council tax team⟫, my name's ⟦f1⟧.
Caller: Hi, I'm ringing about the bill for ⟦ADDR:gb:short⟧.
Agent: And who am I speaking to?
Caller: ⟦n2⟧. The account's in my late father's name, ⟦n3m⟧.
Agent: I'm sorry for your loss. Can I take his date of birth to find the account?
Caller: Yes, ⟦DOB:old⟧.
""",
    cc="gb",
)

# --- voicemail transcriptions --------------------------------------------------------

_add(
    "en",
    "mix",
    """
Voicemail from ⟦PHONE⟧ · ⟪NUM:0-1⟫:⟪NUM:10-59⟫
"hey it's ⟦f1.lc⟧ um just calling to see if you're still coming saturday uh call me back when you get this"
""",
    """
New voicemail (⟪TS:imsg⟫)
hi this message is for ⟦n1.lc⟧ this is ⟦f2.lc⟧ from ⟪Maple Leaf Dental⟫ calling to remind you of your appointment on ⟪DATE⟫ at ⟪TIME⟫ if you need to reschedule please call us at ⟦PHONE:asr⟧ thanks
""",
    """
Transcription: "Hi, this is ⟦n1⟧ returning your call about the apartment on ⟪Dover Street⟫. I'm free most afternoons. My cell is ⟦PHONE⟧, or email me at ⟦EMAIL:1⟧. Thanks, bye."
""",
    """
voicemail transcript (low confidence):
hey ⟦f1.lc⟧ it's ⟦d2.lc⟧ uh mom wants to know if you can pick up grandma ⟦f3w⟧ from the airport she lands at ⟪TIME⟫ flight ⟪FLIGHT⟫ okay love you bye
""",
    """
Voicemail · ⟪NUM:0-2⟫m ⟪NUM:5-59⟫s
"Hello, this is ⟦f1⟧, uh, sorry, ⟦n1⟧, calling from ⟪Harbor Title Company⟫ regarding the closing. We need a copy of your driver's license, number ending... actually just send the full one, ⟦DL:us⟧, if that's right? Call me at ⟦PHONE:us⟧."
""",
    """
Voicemail from Unknown
this is an important message from the ⟪Social Security Administration⟫ your social security number ⟦SSN:asr⟧ has been suspended due to suspicious activity press one to speak to an officer
""",
    """
voicemail from ⟦f1⟧ (mobile)
hey it's me um the wifi password at the cabin is ⟦SECRET:wifi⟧ and the key box code is ⟦SECRET:door⟧ the address is ⟦ADDR:short⟧ see you friday
""",
    """
Visual Voicemail — ⟦PHONE⟧
"Hi ⟦f1⟧, it's ⟦f2⟧ from the school office. ⟦f3m⟧ has a bit of a temperature, nothing serious, but could you or ⟦f4⟧ come collect him before ⟪TIME⟫? Thanks."
""",
    """
Voicemail (⟪TS:sms⟫):
"yeah hi this is ⟦n1.lc⟧ i bought the bike off you on ⟪Marketplace⟫ the lock combination you gave me doesn't work is it ⟦SECRET:pin⟧ or something else can you text me back"
""",
    """
Google Voice transcript:
Hey ⟦f1⟧, ⟦f2⟧ here. Quick one — the landlord, ⟦n3⟧, says the new gate code is ⟦SECRET:door⟧ starting ⟪DATE⟫. Also he wants everyone's emergency contact, mine's my brother ⟦f4m⟧ at ⟦PHONE⟧. Ok bye.
""",
)

_add(
    "en",
    "mix",
    """
§Translate this voicemail into plain English, it's my grandad and he mumbles:
"right ⟦d1.lc⟧ it's your grandad ⟦PERSON=Bill⟧ here erm the man from the bank ⟪NatWest⟫ rang and asked for me sort code and all that and me date of birth ⟦DOB:asr:old⟧ i told him i'd ask you first ring me back on the house phone ⟦PHONE:gb:asr⟧ ta-ra"
⟦|⟧Your grandad ⟦PERSON=Bill⟧ is saying a man claiming to be from ⟪NatWest⟫ called asking for his sort code and date of birth, and he hasn't given it yet — he wants you to call him back on the landline. This sounds like a possible scam; tell him not to share anything.
""",
    cc="gb",
)

_add(
    "en",
    "mix",
    """
Otter.ai voicemail summary
From: ⟦n1⟧
Callback: ⟦PHONE⟧
Message: Calling about the ⟪2014 Honda Civic⟫ listing. Wants to see it ⟪TIME⟫ ⟪DATE⟫. Asked if you take Zelle.
""",
    """
📞 Missed call → voicemail
"⟦f1⟧ it's ⟦f2⟧ from the garage, your car's ready, it came to ⟪PRICE⟫ in the end. We're open till ⟪TIME⟫. Oh and your mate ⟦f3m⟧ left his keys here."
""",
)

# --- meeting auto-captions ----------------------------------------------------------

_add(
    "en",
    "mix",
    """
⟪TS:hms⟫ ⟦n1⟧: okay let's get started um can everyone see my screen
⟪TS:hms⟫ ⟦n2⟧: yep
⟪TS:hms⟫ ⟦n1⟧: great so the launch moved to ⟪DATE⟫ because ⟪QA⟫ found a bug in ⟪VER⟫
⟪TS:hms⟫ ⟦n3⟧: is that the login thing
⟪TS:hms⟫ ⟦n1⟧: yeah ⟦f4⟧ is on it
⟪TS:hms⟫ ⟦n2⟧: i can pair with ⟦f4⟧ tomorrow
⟪TS:hms⟫ ⟦n1⟧: perfect ⟦f2⟧ thanks
""",
    """
WEBVTT

⟪TS:hmsf⟫ --> ⟪TS:hmsf⟫
<v ⟦n1⟧>So the staging box is at ⟦IP⟧,</v>

⟪TS:hmsf⟫ --> ⟪TS:hmsf⟫
<v ⟦n1⟧>and the admin password is still ⟦SECRET:pw⟧, we should rotate that.</v>

⟪TS:hmsf⟫ --> ⟪TS:hmsf⟫
<v ⟦n2⟧>Yeah, I'll do it after the call.</v>
""",
    """
Meeting captions — ⟪Weekly sync⟫ (auto-generated)
⟦f1⟧: uh can you hear me
⟦f2⟧: yes but you're breaking up a bit
⟦f1⟧: sorry i'm on the train um so the client ⟦n3⟧ wants the invoice sent to ⟦EMAIL:work:3⟧ instead
⟦f2⟧: okay and the bank details changed too right
⟦f1⟧: yes new IBAN is ⟦IBAN⟧ i'll drop it in the chat
⟦f2⟧: cool
""",
    """
1
⟪TS:hms⟫,000 --> ⟪TS:hms⟫,500
[⟦f1.up⟧] welcome back everybody to week three

2
⟪TS:hms⟫,500 --> ⟪TS:hms⟫,000
[⟦f1.up⟧] ⟦f2⟧ is going to walk us through the budget

3
⟪TS:hms⟫,000 --> ⟪TS:hms⟫,200
[⟦f2.up⟧] thanks ⟦f1⟧ so we're at ⟪PRICE⟫ of ⟪PRICE⟫ spent
""",
    """
Zoom transcript
⟪TS:hms⟫ From ⟦n1⟧ : hi all, ⟦f2w⟧ can't make it, she's at ⟪the dentist⟫
⟪TS:hms⟫ From ⟦n3⟧ : no worries
⟪TS:hms⟫ From ⟦n1⟧ : ⟦f3⟧ can you share the door code for the new office with the interns
⟪TS:hms⟫ From ⟦n3⟧ : it's ⟦SECRET:door⟧, same for the bike room
⟪TS:hms⟫ From ⟦n1⟧ : thx
""",
    """
Teams meeting transcript — ⟪Board prep⟫
⟦n1⟧   ⟪TS:ms⟫
Okay, uh, so the auditor, ⟦n2⟧, needs the, um, the passport copy for the new director.
⟦n3⟧   ⟪TS:ms⟫
That's ⟦f4⟧, right? I have it, number is ⟦PASS⟧, expires ⟪DATE⟫.
⟦n1⟧   ⟪TS:ms⟫
Great, send it over encrypted please.
""",
    """
[auto-captions] ... so if you look at slide 4 ⟦f1.lc⟧ had the numbers uh ⟦f2.lc⟧ can you take over ... yeah so in ⟪Q3⟫ we onboarded ⟪NUM:20-90⟫ new customers the biggest was ⟪Globex⟫ ... [inaudible] ... thanks ⟦f2.lc⟧ any questions ... ⟦f3.lc⟧ has a question ... go ahead ⟦f3.lc⟧
""",
    """
Google Meet captions
You: can someone send me the wifi for the meeting room
⟦f1⟧: it's ⟪ACME-Guest⟫ and the password is ⟦SECRET:wifi⟧
You: thanks
⟦f2⟧: also the printer's IP changed to ⟦IP:4⟧ if anyone needs it
""",
    """
Meeting: ⟪Tenants' association⟫ monthly (transcript by ⟪Fireflies⟫)
⟦n1⟧ (chair): thanks everyone for coming, ⟦n2⟧ is taking minutes
⟦n3⟧: before we start, the side door has been left open again, the code is ⟦SECRET:door⟧ so please close it
⟦n1⟧ (chair): noted. next item, ⟦f4⟧ in flat ⟪NUM:2-40⟫ wants to talk about the bins
⟦n4⟧: yeah, they've not been collected since ⟪DATE⟫
""",
)

# --- dictated notes -----------------------------------------------------------------

_add(
    "en",
    "mix",
    """
dictated note: call ⟦f1w.lc⟧ back about the deposit her number is ⟦PHONE:asr⟧ also remind ⟦f2.lc⟧ that the ⟪Costco⟫ run is on ⟪DATE⟫ and buy dog food for ⟪PET⟫
""",
    """
Voice memo (transcribed):
note to self new locker combo ⟦SECRET:pin⟧ gym membership number ⟪ORDER⟫ the trainer's name is ⟦f1w⟧ and she said come at ⟪TIME⟫
""",
    """
Dictation — patient intake
Patient ⟦n1⟧, date of birth ⟦DOB⟧, presents with a cough for ⟪NUM:2-14⟫ days. Lives at ⟦ADDR:full⟧ with partner ⟦f2⟧. Contact ⟦PHONE⟧. Referred by ⟪Dr.⟫ ⟦l3⟧.
""",
    """
memo: the plumber ⟦n1m.lc⟧ quote was ⟪PRICE⟫ he needs to come tuesday between ⟪TIME⟫ and ⟪TIME⟫ address to give him ⟦ADDR:short⟧ gate code ⟦SECRET:door⟧
""",
    """
Siri note: "Remind me to send ⟦f1w⟧ the bitcoin. Her address is ⟦BTC⟧. Don't send to the old one."
""",
    """
Dictated (⟪TS:date⟫): Inspection at ⟦ADDR:full⟧. Owner ⟦n1⟧ present. Tenant ⟦n2⟧ not home. Smoke alarms OK, boiler serviced ⟪DATE⟫. Next visit in ⟪NUM:3-12⟫ months.
""",
)

# --- podcast / interview transcripts --------------------------------------------------

_add(
    "en",
    "mix",
    """
[PODCAST TRANSCRIPT — ⟪The Long Table⟫, ep. ⟪NUM:40-200⟫]
⟦f1.up⟧: welcome back to the show i'm here with ⟦n2⟧ who runs ⟪Grace Street Kitchen⟫
⟦f2.up⟧: thanks for having me
⟦f1.up⟧: so you opened it with your mum ⟦f3w⟧ right
⟦f2w.up⟧: yeah she was born in ⟪Accra⟫ and came over in the eighties and um she's the real chef honestly
""",
    """
Interview transcript, ⟪DATE⟫
INTERVIEWER: Can you state your name for the record?
⟦l1.up⟧: ⟦n1⟧.
INTERVIEWER: And where were you born?
⟦l1.up⟧: In ⟪Lagos⟫. ⟦DOB⟧, if you need the date.
INTERVIEWER: And you worked with ⟦n2⟧ at the time?
⟦l1.up⟧: Yes, ⟦f2⟧ was my supervisor.
""",
    """
[00:14:22] ⟦f1⟧: and honestly it was ⟦PERSON=Serena Williams⟧ who got me into tennis like watching her in ninety nine
[00:14:29] ⟦f2⟧: same same and now your daughter plays
[00:14:31] ⟦f1⟧: yeah ⟦f3w⟧ is twelve she's at the ⟪Riverside Tennis Club⟫ every day
""",
    """
Episode ⟪NUM:10-99⟫ transcript
HOST (⟦f1⟧): ...and our sponsor today is ⟪BIZ⟫, use code ⟪HASH⟫ for ten percent off.
HOST (⟦f1⟧): Okay so my guest ⟦n2w⟧ wrote a book about her grandfather ⟦n3m⟧ who was a jazz pianist.
GUEST: Yeah, he played with ⟦PERSON=Duke Ellington⟧ once, allegedly.
""",
    """
oral history project — tape ⟪NUM:1-30⟫
q: tell me about your family
a: well my father was ⟦n1m.lc⟧ and my mother ⟦f2w.lc⟧ we lived at ⟦ADDR:short⟧ above the bakery you know ⟪Hoffman's Bakery⟫ which isn't there anymore
q: and your siblings
a: there was ⟦f3.lc⟧ and little ⟦f4.lc⟧, ⟦f4.lc⟧ passed in ⟪NUM:1975-1999⟫
""",
)

# --- WhatsApp / Telegram / Signal / iMessage / Viber / SMS exports ---------------------

_add(
    "en",
    "mix",
    """
⟪TS:wa⟫ ⟦f1⟧: Messages and calls are end-to-end encrypted.
⟪TS:wa⟫ ⟦f1⟧: hey is the room still available?
⟪TS:wa⟫ ⟦f2⟧: yes! ⟪PRICE⟫ a month bills included
⟪TS:wa⟫ ⟦f1⟧: amazing can i come see it saturday
⟪TS:wa⟫ ⟦f2⟧: sure it's ⟦ADDR:full⟧, ring the top bell
⟪TS:wa⟫ ⟦f1⟧: 👍 see you then
""",
    """
⟪TS:wa_us⟫ - ⟦f1⟧: did you get the tickets
⟪TS:wa_us⟫ - ⟦f2⟧: yep 2 for ⟪Taylor Swift Eras Tour⟫ lol
⟪TS:wa_us⟫ - ⟦f1⟧: omg ⟦PERSON=Taylor⟧!!! how much
⟪TS:wa_us⟫ - ⟦f2⟧: ⟪PRICE⟫ each, venmo me
⟪TS:wa_us⟫ - ⟦f1⟧: sending now
⟪TS:wa_us⟫ - ⟦f2⟧: <Media omitted>
""",
    """
⟪TS:wa_and⟫ - ⟦d1⟧ 🌸: are you home? the parcel guy is outside
⟪TS:wa_and⟫ - ⟦d2⟧: no!! can you take it for me
⟪TS:wa_and⟫ - ⟦d1⟧ 🌸: done. it says ⟪TRACK⟫ on it
⟪TS:wa_and⟫ - ⟦d2⟧: ur a star. i'll grab it after ⟪TIME⟫
⟪TS:wa_and⟫ - ⟦d1⟧ 🌸: door code is still ⟦SECRET:door⟧ right
⟪TS:wa_and⟫ - ⟦d2⟧: yep
""",
    """
⟪TS:wa⟫ Mum ❤️: ⟦f1⟧ can you send me your passport number for the ⟪Lisbon⟫ booking
⟪TS:wa⟫ ⟦f1⟧: ⟦PASS⟧
⟪TS:wa⟫ Mum ❤️: and your date of birth, I always forget the year 🙈
⟪TS:wa⟫ ⟦f1⟧: mum!! ⟦DOB⟧
⟪TS:wa⟫ Mum ❤️: thank you darling x
""",
    """
⟪TS:wa_us2⟫ - ⟦PHONE#u⟧: Hi is this ⟦f1⟧? I got your number from ⟦f2⟧ at church
⟪TS:wa_us2⟫ - ⟦f1⟧: yes hi! you're the one selling the crib?
⟪TS:wa_us2⟫ - ⟦PHONE#u⟧: yes ⟪PRICE⟫, it's like new
⟪TS:wa_us2⟫ - ⟦f1⟧: can my husband ⟦f3m⟧ pick it up tonight
⟪TS:wa_us2⟫ - ⟦PHONE#u⟧: sure, ⟦ADDR:us:short⟧, I'm ⟦f4⟧ btw
""",
    """
⟪TS:wa⟫ ⟦n1⟧ created group "⟪Stag do 🍻⟫"
⟪TS:wa⟫ ⟦n1⟧ added ⟦n2⟧
⟪TS:wa⟫ ⟦n1⟧ added ⟦PHONE⟧
⟪TS:wa⟫ ⟦f1⟧: right lads deposit is ⟪PRICE⟫ each, send to the account below
⟪TS:wa⟫ ⟦f1⟧: ⟦n1⟧
⟪TS:wa⟫ ⟦f1⟧: ⟦IBAN⟧
⟪TS:wa⟫ ⟦f2⟧: sent 💸
""",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: This message was deleted
⟪TS:wa_and⟫ - ⟦f2⟧: 👀
⟪TS:wa_and⟫ - ⟦f1⟧: sorry wrong chat lol that was my bank pin 🤦
⟪TS:wa_and⟫ - ⟦f2⟧: i saw ⟦SECRET:pin⟧ 😂 change it
⟪TS:wa_and⟫ - ⟦f1⟧: doing it now
""",
    """
⟪TS:wa⟫ ⟦f1⟧ (plumber): I can come ⟪TIME⟫ tomorrow, what's the address?
⟪TS:wa⟫ You: ⟦ADDR:full⟧ — it's the blue door
⟪TS:wa⟫ ⟦f1⟧ (plumber): 👍 it'll be ⟪PRICE⟫ call-out
⟪TS:wa⟫ You: fine. my number if you get lost ⟦PHONE⟧
""",
    """
⟪TS:wa_us⟫ - ⟦f1⟧ ⟪Work⟫: can you cover my shift ⟪DATE⟫
⟪TS:wa_us⟫ - ⟦f2⟧: which one
⟪TS:wa_us⟫ - ⟦f1⟧ ⟪Work⟫: the ⟪TIME⟫ at ⟪FOOD⟫
⟪TS:wa_us⟫ - ⟦f2⟧: ugh ok but you owe me
⟪TS:wa_us⟫ - ⟦f1⟧ ⟪Work⟫: ily. manager is ⟦f3⟧ if anyone asks
""",
    """
⟪TS:wa⟫ ⟦f1⟧: happy birthday ⟦d2⟧!!! 🎂🎉
⟪TS:wa⟫ ⟦f3⟧: happy birthday!!
⟪TS:wa⟫ ⟦f2⟧: thank youuu 🥹
⟪TS:wa⟫ ⟦f1⟧: can't believe you were born ⟦DOB:kid⟧ and you're already this tall
⟪TS:wa⟫ ⟦f4⟧: 🎈🎈
""",
)

_add(
    "en",
    "mix",
    """
⟦n1⟧, [⟪TS:tg2⟫]
guys the server is down again
⟦n2⟧, [⟪TS:tg2⟫]
which one
⟦n1⟧, [⟪TS:tg2⟫]
the minecraft one, ⟦IP⟧:25565
⟦n3⟧, [⟪TS:tg2⟫]
restarting it now, ⟪HANDLE⟫ pls don't blow up spawn again
""",
    """
⟪TS:tg⟫ ⟦f1⟧: has anyone got a spare ticket for ⟪Glastonbury⟫
⟪TS:tg⟫ ⟦f2⟧: my friend ⟦f3w⟧ might, her number is ⟦PHONE⟧
⟪TS:tg⟫ ⟦f1⟧: legend thanks
⟪TS:tg⟫ ⟦f4⟧: beware of scams, someone asked me to pay in BTC to ⟦BTC⟧ last year lol
""",
    """
⟪TS:signal⟫ ⟦f1⟧: here's the seed phrase for the hardware wallet in case something happens to me: ⟦SECRET:seed⟧
⟪TS:signal⟫ ⟦f2⟧: ok saved it offline. deleting this now
⟪TS:signal⟫ ⟦f1⟧: thanks ❤️ the ledger is in the drawer under ⟪Monopoly⟫
""",
    """
⟪TS:signal⟫ ⟦f1⟧: I'm at the border, they want my passport details for the form again
⟪TS:signal⟫ ⟦f2⟧: what did you use last time
⟪TS:signal⟫ ⟦f1⟧: ⟦PASS⟧, same one
⟪TS:signal⟫ ⟦f2⟧: then it's fine
⟪TS:signal⟫ ⟦f1⟧: ok boarding ⟪FLIGHT⟫ now 🛫
""",
    """
⟪TS:imsg⟫
⟦f1⟧
Hey it's ⟦f1⟧ from the dog park! This is my number
⟪TS:imsg⟫
Me
Hi!! saving it now. ⟪PET⟫ loved meeting ⟪PET⟫ haha
⟪TS:imsg⟫
⟦f1⟧
Same time Thursday? I'll bring ⟦f2⟧ too
""",
    """
⟪TS:imsg⟫
⟦n1⟧
Can you venmo me for dinner? ⟪PRICE⟫
⟪TS:imsg⟫
Me
done. also what's your address for the wedding invite
⟪TS:imsg⟫
⟦n1⟧
⟦ADDR:us:full⟧ 💌
""",
    """
⟪TS:viber⟫ ⟦f1⟧: Hello ⟦f2⟧, the money is ready. send me your card number I will transfer
⟪TS:viber⟫ ⟦f2⟧: ⟦CARD⟧
⟪TS:viber⟫ ⟦f1⟧: ok and the code that comes in sms
⟪TS:viber⟫ ⟦f2⟧: ⟦SECRET:otp⟧
⟪TS:viber⟫ ⟦f1⟧: thank you
""",
    """
SMS with ⟦PHONE⟧
⟪TS:sms⟫ Them: Hi this is ⟦f1⟧ the babysitter ⟦f2⟧ recommended
⟪TS:sms⟫ Me: Hi ⟦f1⟧! Are you free Friday ⟪TIME⟫-⟪TIME⟫?
⟪TS:sms⟫ Them: Yes! What's the address?
⟪TS:sms⟫ Me: ⟦ADDR:short⟧. Kids are ⟦f3⟧ and ⟦f4⟧, the wifi is ⟦SECRET:wifi⟧
""",
    """
Text thread export — ⟦n1⟧
⟪TS:mdy⟫ ⟪TS:slack⟫ ⟦f1⟧: your verification code is below, can you read it to me
⟪TS:mdy⟫ ⟪TS:slack⟫ ⟦f1⟧: jk it's for my ⟪PayPal⟫ login, I'm on your phone number
⟪TS:mdy⟫ ⟪TS:slack⟫ Me: it says ⟦SECRET:otp⟧
⟪TS:mdy⟫ ⟪TS:slack⟫ ⟦f1⟧: thx!!
""",
    """
⟪TS:sms⟫ · ⟦f1⟧
yo can u send me the netflix password again
⟪TS:sms⟫ · Me
⟦EMAIL:2⟧ / ⟦SECRET:pw⟧ dont change it pls
⟪TS:sms⟫ · ⟦f1⟧
🙏🙏
""",
)

# --- family / neighbourhood / school-parents / sports-club groups ---------------------

_add(
    "en",
    "mix",
    """
⟪TS:wa⟫ ⟦f1⟧: Reminder the ⟪Year 4⟫ trip to ⟪the Science Museum⟫ is ⟪DATE⟫, bring packed lunch
⟪TS:wa⟫ ⟦f2w⟧ (⟦f3⟧'s mum): does anyone know if ⟪Mr.⟫ ⟦l4⟧ is going too?
⟪TS:wa⟫ ⟦f1⟧: yes and ⟪Ms.⟫ ⟦l5⟧
⟪TS:wa⟫ ⟦f6⟧: can someone take ⟦f7⟧ home after? I'm working till ⟪TIME⟫ 🙏
⟪TS:wa⟫ ⟦f2⟧ (⟦f3⟧'s mum): yes no problem, we live on ⟪Cranbrook Road⟫ anyway
""",
    """
⟪TS:wa⟫ ⟦f1⟧: Whoever parked the silver ⟪Corolla⟫ across my drive at ⟦ADDR:short⟧ please move it
⟪TS:wa⟫ ⟦f2⟧: that's probably ⟦f3⟧'s visitor
⟪TS:wa⟫ ⟦f3⟧: sorry!! moving now
⟪TS:wa⟫ ⟦f4⟧: while we're here, has anyone seen a grey cat called ⟪PET⟫? she's been missing since ⟪DATE⟫
""",
    """
⟪TS:wa_us⟫ - ⟦f1⟧: Team dinner after the game Saturday at ⟪FOOD⟫!
⟪TS:wa_us⟫ - ⟦f2⟧: ⟦f3⟧ has a fever so we're out 😷
⟪TS:wa_us⟫ - ⟦f1⟧: feel better ⟦f3⟧! also coach ⟦f4⟧ needs everyone's jersey size and DOB for the league registration
⟪TS:wa_us⟫ - ⟦f5⟧: ⟦f6⟧, medium, born ⟦DOB:kid⟧
⟪TS:wa_us⟫ - ⟦f2⟧: ⟦f3⟧, youth large, ⟦DOB:kid⟧
""",
    """
⟪TS:wa⟫ Grandma ⟦f1w⟧: Hello everyone. How do I send a picture
⟪TS:wa⟫ ⟦f2⟧: hi nana! press the + 😊
⟪TS:wa⟫ Grandma ⟦f1w⟧: My new phone number is ⟦PHONE⟧ please save it
⟪TS:wa⟫ ⟦f3⟧: saved 💕
⟪TS:wa⟫ Grandma ⟦f1w⟧: And my email password is ⟦SECRET:pw⟧ in case I forget
⟪TS:wa⟫ ⟦f2⟧: nanaaa don't put that here 😭
""",
    """
⟪TS:tg⟫ ⟦f1⟧: Anyone want to carpool to the ⟪Sunday league⟫ match? I have 3 seats
⟪TS:tg⟫ ⟦f2⟧: me + ⟦f3⟧ please
⟪TS:tg⟫ ⟦f1⟧: cool, meet at mine, ⟦ADDR:full⟧ at ⟪TIME⟫
⟪TS:tg⟫ ⟦f4⟧: I'll drive the others, my reg is ⟪the blue Skoda⟫
""",
    """
Family chat 👨‍👩‍👧‍👦
⟪TS:wa⟫ Dad: has anyone got ⟦f1m⟧'s new address? I want to post his birthday card
⟪TS:wa⟫ ⟦f2⟧: ⟦ADDR:full⟧
⟪TS:wa⟫ Dad: Thanks love. And is it the ⟪DATE⟫ or the ⟪DATE⟫
⟪TS:wa⟫ ⟦f2⟧: he was born ⟦DOB⟧ dad 🙄
⟪TS:wa⟫ ⟦f1⟧: I'm literally in this chat
""",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: Hi all, lost keys found outside the ⟪Co-op⟫ on ⟪High Street⟫, has a ⟪Liverpool FC⟫ keyring
⟪TS:wa_and⟫ - ⟦f2⟧: omg those are ⟦f3w⟧'s!
⟪TS:wa_and⟫ - ⟦f1⟧: tell her to text me ⟦PHONE⟧
⟪TS:wa_and⟫ - ⟦f3⟧: thank youuu ⟦f1⟧ 😭
""",
    """
⟪TS:wa⟫ ⟦f1⟧ (treasurer): Subs for the season are ⟪PRICE⟫. Bank transfer to:
⟪TS:wa⟫ ⟦f1⟧ (treasurer): ⟪Harbourside Rowing Club⟫
⟪TS:wa⟫ ⟦f1⟧ (treasurer): IBAN ⟦IBAN⟧
⟪TS:wa⟫ ⟦f1⟧ (treasurer): reference: your surname
⟪TS:wa⟫ ⟦f2⟧: paid, ref ⟦l2.up⟧
⟪TS:wa⟫ ⟦f3⟧: paid for me and ⟦f4⟧
""",
    """
⟪TS:wa_us⟫ - ⟦f1⟧: the HOA meeting is ⟪DATE⟫ at the clubhouse
⟪TS:wa_us⟫ - ⟦f2⟧: is ⟦n3⟧ still president
⟪TS:wa_us⟫ - ⟦f1⟧: yes unfortunately lol
⟪TS:wa_us⟫ - ⟦f4⟧: the pool gate code changed to ⟦SECRET:door⟧ btw
⟪TS:wa_us⟫ - ⟦f2⟧: thx
""",
    """
PTA volunteers 🍎
⟪TS:wa⟫ ⟦f1⟧: Bake sale signups: ⟦f2⟧ – cupcakes, ⟦f3⟧ – brownies, ⟦f4⟧ – ??
⟪TS:wa⟫ ⟦f4⟧: I'll do cookies!
⟪TS:wa⟫ ⟦f1⟧: Also we need a background check for anyone helping on the day, send ⟦f5⟧ a photo of your license
⟪TS:wa⟫ ⟦f4⟧: mine's ⟦DL:us⟧ is that enough?
⟪TS:wa⟫ ⟦f5⟧: please DM it next time!!
""",
    cc="gb",
)

_add(
    "en",
    "mix",
    """
⟪TS:wa_us⟫ - ⟦f1⟧: can everyone send me their info for the ⟪Cancun⟫ trip so I can book
⟪TS:wa_us⟫ - ⟦f2⟧: ⟦n2⟧, DOB ⟦DOB:us⟧, passport ⟦PASS:us⟧
⟪TS:wa_us⟫ - ⟦f3⟧: ⟦n3⟧ ⟦DOB:us⟧ ⟦PASS:us⟧
⟪TS:wa_us⟫ - ⟦f1⟧: 🙌 booking now
""",
    """
⟪TS:wa_us⟫ - Mom: ⟦f1⟧ the tax lady needs your social for the dependent thing
⟪TS:wa_us⟫ - ⟦f1⟧: it's ⟦SSN⟧ but pls don't text it to her, call
⟪TS:wa_us⟫ - Mom: ok. and your dad's is ⟦SSN⟧ right?
⟪TS:wa_us⟫ - ⟦f1⟧: mom stop 😩
""",
    cc="us",
)

# --- landlord / tenant, marketplace, dating -------------------------------------------

_add(
    "en",
    "mix",
    """
⟪TS:wa⟫ ⟦f1⟧ (Landlord): Hi ⟦f2⟧, rent for ⟪DATE⟫ hasn't come through yet
⟪TS:wa⟫ ⟦f2⟧: so sorry, my bank changed my card. sending today
⟪TS:wa⟫ ⟦f1⟧ (Landlord): No worries. Account details haven't changed: ⟦IBAN⟧
⟪TS:wa⟫ ⟦f2⟧: also the boiler is making that noise again
⟪TS:wa⟫ ⟦f1⟧ (Landlord): I'll send ⟦f3m⟧ round ⟪DATE⟫, he has a key
""",
    """
⟪TS:sms⟫ Me: Hi, the kitchen tap at ⟦ADDR:short⟧ is leaking again
⟪TS:sms⟫ ⟦n1⟧ (property mgr): Ok I'll send maintenance. Is anyone home tomorrow?
⟪TS:sms⟫ Me: No but the lockbox code is ⟦SECRET:door⟧
⟪TS:sms⟫ ⟦n1⟧ (property mgr): Great. Ticket ⟪TICKET⟫ created
""",
    """
Hi ⟦f1⟧,
Just confirming move-in on ⟪DATE⟫ at ⟦ADDR:full⟧. The deposit of ⟪PRICE⟫ is protected with ⟪the DPS⟫. For the referencing I still need a copy of your passport (⟦PASS⟧ is what you typed in the form, please double check) and your previous landlord's contact, ⟦n2⟧ on ⟦PHONE⟧.
Thanks,
⟦n3⟧
⟪Keystone Lettings⟫
""",
    """
⟪TS:wa_us⟫ - ⟦f1⟧: hey is the couch still available
⟪TS:wa_us⟫ - ⟦f2⟧: yes! ⟪PRICE⟫ firm
⟪TS:wa_us⟫ - ⟦f1⟧: ok can I pay with zelle? what's your email for it
⟪TS:wa_us⟫ - ⟦f2⟧: ⟦EMAIL:2⟧
⟪TS:wa_us⟫ - ⟦f1⟧: sent. pickup at ⟪TIME⟫?
⟪TS:wa_us⟫ - ⟦f2⟧: yep, ⟦ADDR:us:short⟧, it's the garage on the left
""",
    """
Marketplace chat — ⟪iPhone 13 128GB⟫
Buyer (⟦f1⟧): Is this still available?
Seller (⟦f2⟧): Yes
Buyer (⟦f1⟧): I'm out of town, I'll pay by crypto and send a courier. Send your wallet
Seller (⟦f2⟧): uh ok ⟦ETH⟧
Buyer (⟦f1⟧): also need your full name and phone for the courier
Seller (⟦f2⟧): ⟦n2⟧, ⟦PHONE⟧
""",
    """
⟪TS:wa⟫ ⟦f1⟧: Hi, I'm interested in the bike. Can I see it tonight?
⟪TS:wa⟫ ⟦f2⟧: sure, come by ⟦ADDR:full⟧ after ⟪TIME⟫
⟪TS:wa⟫ ⟦f1⟧: great. it's the ⟪Trek⟫ one right? frame number ⟪ORDER⟫?
⟪TS:wa⟫ ⟦f2⟧: yep
""",
    """
Depop messages
⟪HANDLE⟫: hiya would you take ⟪PRICE⟫ for the ⟪Levi's⟫ jacket
me: could do ⟪PRICE⟫ plus postage
⟪HANDLE⟫: deal! send to ⟦n1⟧, ⟦ADDR:full⟧
me: ⟪Royal Mail⟫ tracking ⟪TRACK⟫ 📦
""",
    """
Match on ⟪Hinge⟫ 💬
⟦f1⟧: ok your prompt about ⟪Ben & Jerry's⟫ flavours is elite
⟦f2⟧: finally someone who gets it
⟦f1⟧: lol. want to continue this on whatsapp? ⟦PHONE⟧
⟦f2⟧: sure! I'm ⟦n2⟧ on there btw, in case you can't find me
⟦f1⟧: ⟦f2⟧ 😊 got it
""",
    """
Tinder
⟦f1⟧: hey
⟦f2⟧: heyy
⟦f1⟧: you're really pretty. i'm actually an investor, want me to show you how i made ⟪PRICE⟫ last week with crypto
⟦f2⟧: lol no
⟦f1⟧: just send ⟪PRICE⟫ to this address ⟦BTC⟧ and i'll double it
⟦f2⟧: reported 🙂
""",
    """
⟪TS:imsg⟫
⟦f1w⟧
had such a good time tonight!! text me when you're home safe
⟪TS:imsg⟫
Me
home! that place on ⟪Delancey⟫ was so good. next time I cook, I'm at ⟦ADDR:short⟧
⟪TS:imsg⟫
⟦f1w⟧
it's a date 😏
""",
    """
Bumble chat
⟦f1⟧: so what do you do
⟦f2⟧: nurse at ⟪St Mary's⟫ 🩺 you?
⟦f1⟧: software at ⟪Amazon⟫. what's your last name so I can find you on insta
⟦f2⟧: ha nice try. it's ⟦l2⟧ but my insta is ⟪HANDLE⟫
""",
    """
⟪TS:wa⟫ ⟦f1⟧: Hi ⟦f2⟧, I'm the new tenant in flat ⟪NUM:1-20⟫. The letting agent said to ask you for the bin store code?
⟪TS:wa⟫ ⟦f2⟧: Hi ⟦f1⟧, welcome! It's ⟦SECRET:door⟧. Bins go out Tuesday
⟪TS:wa⟫ ⟦f1⟧: Thank you! And the wifi in the common room?
⟪TS:wa⟫ ⟦f2⟧: ⟪BuildingGuest⟫ / ⟦SECRET:wifi⟧
""",
    """
Airbnb message thread
Host ⟦f1⟧: Welcome! Check-in is from ⟪TIME⟫. The keypad code is ⟦SECRET:door⟧.
Guest ⟦f2⟧: Thanks! Do you need ID?
Host ⟦f1⟧: Yes, please send your passport number for the police registration.
Guest ⟦f2⟧: ⟦PASS⟧, ⟦n2⟧, born ⟦DOB⟧
Host ⟦f1⟧: Perfect, see you ⟪DATE⟫!
""",
    """
OfferUp
⟦f1⟧: is the ps5 still avail
⟦f2⟧: ya ⟪PRICE⟫
⟦f1⟧: ill do ⟪PRICE⟫ cash, whats ur number
⟦f2⟧: ⟦PHONE:us⟧ text me when ur here, ⟪Walmart⟫ parking lot on ⟪Route 9⟫
""",
    """
Craigslist reply
Hi, still have the room? I'm ⟦n1⟧, ⟪NUM:21-45⟫, quiet, work nights at ⟪the hospital⟫. I can pay first month + deposit. For the background check: DL ⟦DL:us⟧, SSN ⟦SSN⟧. Call ⟦PHONE:us⟧.
""",
    cc=None,
)

# --- forums, Reddit-like threads, Discord / Slack -----------------------------------------

_add(
    "en",
    "mix",
    """
r/⟪HomeNetworking⟫ · Posted by u/⟪quiet_packet⟫ · ⟪TS:reddit⟫
Router keeps dropping one device
My ⟪Pixel 7⟫ (MAC ⟦MAC⟧) gets kicked every 10 minutes. Everything else is fine. ⟪ISP⟫ is ⟪Comcast⟫, router is ⟪Netgear R7000⟫ on firmware ⟪VER⟫.

  > **u/⟪netgeek42⟫** · ⟪TS:reddit⟫
  > Try reserving an IP for it. Also your WAN IP ⟦IP⟧ is visible in your screenshot, you might want to blur it.
""",
    """
Re: Best way to get from the airport to ⟪Old Town⟫?
Quote from: ⟦f1⟧ on ⟪TS:date⟫
> Taxi is fine but agree the price first
Totally agree with ⟦f1⟧. When I went last year our driver ⟦f2m⟧ was great, he gave me his number, ⟦PHONE⟧, tell him ⟦f3⟧ from the forum sent you.
""",
    """
**#general** — ⟪Cozy Gamers⟫ Discord
**⟪HANDLE⟫** ⟪TS:discord_today⟫
who's on tonight
**⟦f1.lc⟧** ⟪TS:discord_today⟫
me + ⟦f2.lc⟧ after ⟪TIME⟫
**⟪HANDLE⟫** ⟪TS:discord_today⟫
bet. server ip is ⟦IP⟧ pw ⟦SECRET:pw⟧ dont leak it this time lmao
""",
    """
⟦n1⟧  ⟪TS:slack⟫
@⟦f2⟧ can you rotate the prod key? I accidentally pasted it in ⟪#random⟫ 🙈 ⟦SECRET:api⟧
⟦n2⟧  ⟪TS:slack⟫
on it. revoking now
⟦n3⟧  ⟪TS:slack⟫
lol classic ⟦f1⟧
""",
    """
[⟪#help-desk⟫] ⟦n1⟧ ⟪TS:slack⟫
New laptop for ⟦n2w⟧ starting Monday. MAC for the NAC allowlist: ⟦MAC⟧
[⟪#help-desk⟫] ⟦n3⟧ ⟪TS:slack⟫
added ✅ also gave her a temp password ⟦SECRET:pw⟧, she has to change it at first login
""",
    """
Thread: Anyone else get scammed by "⟦n1⟧" on ⟪Vinted⟫?
Posted by ⟪sunnyside_up⟫
They asked me to pay outside the app to ⟦IBAN⟧ and never sent the ⟪Nintendo Switch⟫. Account name was ⟦n1⟧ but the IBAN holder was ⟦n2⟧. Reported to ⟪Action Fraud⟫, ref ⟪TICKET⟫.

Reply from ⟪mod_sarge⟫:
Thanks for the heads-up. Please don't post full bank details of third parties, editing.
""",
    """
r/⟪relationship_advice⟫
My (⟪NUM:25-34⟫F) boyfriend (⟪NUM:25-34⟫M) keeps texting his ex ⟦f1w⟧
Throwaway. We've been together 3 years. Last night I saw he sent ⟦f1⟧ his new address (⟦ADDR:short⟧ — OUR address) and told her to "drop by whenever". His name is ⟦f2m⟧, mine is ⟦f3w⟧, not that it matters. AITA for being upset?

> top comment: NTA. Also maybe don't post your address on reddit 😬
""",
    """
⟪HANDLE⟫ — ⟪TS:discord⟫
ok who had the discord nitro gift link
⟦f1⟧ — ⟪TS:discord⟫
me, but ⟦f2⟧ already redeemed it
⟦f2⟧ — ⟪TS:discord⟫
ya sorry. here's mine for the next giveaway, and my eth if anyone wants to chip in for the server: ⟦ETH⟧
""",
    """
⟪Stack Exchange⟫ — Super User
Q: Why can't I SSH into my Raspberry Pi?
I'm running `ssh pi@⟦IP⟧` and it times out. Pi's MAC is ⟦MAC⟧ and it shows up in the router. ⟪OpenSSH_9.2⟫.

A (⟦n1⟧, ⟪NUM:2-90⟫k rep): The Pi probably got a new lease. Also, ⟦f2⟧ in the comments is right — don't post your public IP.
""",
    """
Comment thread on ⟪neighbourly.app⟫
⟦n1⟧: Lovely news, ⟦n2w⟧ from number ⟪NUM:2-60⟫ had a big birthday today! Born ⟦DOB:old⟧ in this very street 🎉
⟦n3⟧: Congratulations to her!!
⟦n4⟧: What a milestone. My nan ⟦f5w⟧ is 98 and still does the crossword every day
""",
    """
**⟦n1⟧** posted in ⟪Ultimate Frisbee — Summer League⟫
Lost a ⟪Garmin⟫ watch at ⟪Victoria Park⟫ pitch 3 yesterday. If found pls text ⟦PHONE⟧. Reward!
  **⟦n2⟧**: I think ⟦f3⟧ picked one up?
  **⟦n3⟧**: yes! it's in my car, I'll bring it Thursday
""",
    """
Forum › ⟪Classic Cars⟫ › For sale: ⟪1972 VW Beetle⟫
Seller: ⟦f1⟧_⟦l1⟧
Title is clean, in my name (⟦n1⟧). Serious buyers only. Viewing at ⟦ADDR:full⟧ weekends. Deposit via bank transfer to ⟦IBAN⟧ to hold it.
> ⟪HANDLE⟫ wrote: is the mileage original?
Yes, ⟪NUM:40-99⟫k original miles.
""",
    """
#⟪announcements⟫
**⟦f1⟧** ⟪TS:discord_today⟫
Giveaway winners: ⟦f2⟧, ⟪HANDLE⟫ and ⟦f3⟧! DM me your shipping address 📦
**⟦f3⟧** ⟪TS:discord_today⟫
omg!! ⟦n3⟧, ⟦ADDR:full⟧
**⟦f1⟧** ⟪TS:discord_today⟫
⟦f3⟧ I said DM 😭 deleting
""",
    """
[⟪Slack⟫ · ⟪#team-ops⟫]
⟦f1⟧: who has the vpn creds for the ⟪Berlin⟫ office
⟦f2⟧: user ⟪ops-shared⟫ pass ⟦SECRET:pw⟧
⟦f1⟧: ty. and the gateway is ⟦IP⟧?
⟦f2⟧: ya
⟦f3⟧: can we please use ⟪1Password⟫ for this 🙃
""",
    """
Posted in ⟪Parents of Twins UK⟫ 👶👶
Hi all, I'm ⟦f1w⟧, mum to ⟦f2⟧ and ⟦f3⟧ (born ⟦DOB:kid⟧, so 8 months now!). Anyone have tips for getting them on the same nap schedule? They're at ⟪Little Acorns⟫ nursery 2 days a week.
Reply — ⟦f4⟧: hi ⟦f1⟧! we swore by ⟪the Ferber method⟫ tbh
""",
    """
r/⟪legaladvice⟫ · ⟪TS:reddit⟫
[⟪NY⟫] Former roommate opened a credit card with my SSN
Title. He had access to my papers. The card was opened with my name (⟦n1⟧), my SSN (⟦SSN⟧) and his email ⟦EMAIL:2⟧. His name is ⟦n2m⟧. What do I do?

> ⟪LawGuy_NY⟫: Freeze your credit with all three bureaus and file an identity theft report. Also edit this post — you just posted your SSN.
""",
    """
⟪TS:discord⟫ ⟦f1⟧: anyone know ⟦PERSON=MrBeast⟧'s real name
⟪TS:discord⟫ ⟦f2⟧: ⟦PERSON=Jimmy Donaldson⟧
⟪TS:discord⟫ ⟦f1⟧: huh. and ⟦PERSON=Pewdiepie⟧ is ⟦PERSON=Felix⟧ something
⟪TS:discord⟫ ⟪HANDLE⟫: ⟦PERSON=Felix Kjellberg⟧
""",
    """
⟦n1⟧ replied to your comment in ⟪r/Bitcoin⟫
> hey I sent you the 0.01 for the sticker pack, can you check? address you gave was ⟦BTC⟧
Got it, thanks ⟦f1⟧! shipping ⟪DATE⟫
""",
    """
Forum: ⟪PistonHeads⟫ › Insurance
My insurer wants the DVLA licence number of my named driver, my son ⟦f1m⟧. Is it safe to give over the phone? It's ⟦DL:gb⟧.
— reply from ⟪gassing_station⟫: yes it's normal, but don't post it here mate
""",
    """
Slack huddle notes — ⟪#launch⟫
⟦n1⟧: ok recording. ⟦f2⟧ has the demo
⟦n2⟧: sharing now. test user is ⟦EMAIL:work⟧ with password ⟦SECRET:pw⟧
⟦n3⟧: can we not show creds on the recording lol
⟦n2⟧: oops, it's a test account anyway
""",
)

# --- reviews, replies, comment sections, Q&A ---------------------------------------------

_add(
    "en",
    "mix",
    """
★☆☆☆☆ "Never again" — posted by ⟦n1⟧
Ordered from ⟪Papa John's⟫ on ⟪DATE⟫, order ⟪ORDER⟫, waited 2 hours. Driver ⟦f2m⟧ was rude and said he couldn't find ⟦ADDR:short⟧ even though it's on the map.
Response from the owner: Hi ⟦f1⟧, we're sorry. Please email ⟦EMAIL:work⟧ and ask for ⟦f3⟧, our manager.
""",
    """
Google review · ⟦n1⟧ · Local Guide · ⟪NUM:12-300⟫ reviews
★★★★★ ⟪TS:reddit⟫
Dr. ⟦l2⟧ and her nurse ⟦f3⟧ were amazing with my daughter. Front desk (⟦f4⟧) even called me after hours on my cell to check in. Highly recommend ⟪Pinewood Pediatrics⟫.
  Owner reply: Thank you ⟦f1⟧! We've passed this on to Dr. ⟦l2⟧ 💙
""",
    """
Trustpilot · ⟦n1⟧ · ⟪NUM:1-9⟫ reviews · ⟪TS:date⟫
★☆☆☆☆ Charged twice
They charged my card ⟦CARD⟧ twice for the same order (⟪ORDER⟫). Customer service agent ⟦f2⟧ promised a refund in 5 days. It's been a month.
Reply from ⟪Lumen Home⟫: Hi ⟦f1⟧, please never post your full card number publicly. We've refunded ⟪PRICE⟫ today.
""",
    """
Amazon review — ⟪Anker⟫ power bank ⟪VER⟫
★★☆☆☆ by ⟦n1⟧
Works but gets hot. My husband ⟦f2m⟧ says it's normal. Whatever. Customer service (⟦f3⟧) was nice though.
> Comment from ⟪Anker Support⟫: Hi ⟦f1⟧, sorry to hear this! Please contact us with order ⟪ORDER⟫.
""",
    """
Yelp · ⟪Trader Joe's⟫ on ⟪Market St⟫
⟦n1⟧ · ⟪NUM:2-200⟫ friends
★★★★☆ Love this location. Shoutout to ⟦f2⟧ at checkout who always remembers my son ⟦f3m⟧'s name 🥰 Parking is a nightmare though.
""",
    """
Comments (⟪NUM:3-90⟫)
⟦n1⟧ · ⟪TS:reddit⟫
This recipe is just like my grandma ⟦f2w⟧'s! She was from ⟪Puebla⟫.
  ⟦n3⟧ · ⟪TS:reddit⟫
  Same, my abuela ⟦f4w⟧ makes it with more chipotle
⟪HANDLE⟫ · ⟪TS:reddit⟫
can I use ⟪Heinz⟫ ketchup instead lol
""",
    """
Q: Does anyone know a good tutor for ⟪GCSE maths⟫ in ⟪Croydon⟫?
A (⟦n1⟧): ⟦n2w⟧ tutored both my kids, she's brilliant. Her number is ⟦PHONE:gb⟧, say ⟦f1⟧ sent you.
A (⟦n3⟧): +1 for ⟦f2⟧!
""",
    """
Quora — Answer by ⟦n1⟧, retired ⟪Royal Navy⟫ officer
My grandfather ⟦n2m⟧ served on ⟪HMS Belfast⟫. He was born ⟦DOB:old⟧ in ⟪Portsmouth⟫ and lied about his age to enlist. He met ⟦PERSON=Winston Churchill⟧ once, apparently.
""",
    """
YouTube comments — "⟪How I paid off $80k in debt⟫"
⟪HANDLE⟫: great vid
⟦n1⟧: Hi, I'm ⟦f1⟧, a financial advisor. Message me on WhatsApp ⟦PHONE⟧ for investment tips 📈
   ↳ ⟦n2⟧: this is a scam bot, everyone report
   ↳ ⟪HANDLE⟫: lol "⟦f1⟧" again
""",
    """
Etsy review ★★★★★
"The necklace with my kids' names (⟦f1⟧ & ⟦f2⟧) is perfect! ⟦f3⟧ at the shop even fixed my typo." — ⟦n4⟧
Seller response: Thank you ⟦f4⟧!! Hope ⟦f1⟧ and ⟦f2⟧ love it 💛
""",
    """
App Store review — ⟪SplitEase⟫ ⟪VER⟫
1 star. "Logged in and it showed someone else's account, ⟦n1⟧, with their phone ⟦PHONE⟧ and address ⟦ADDR:full⟧. This is a massive privacy breach." — ⟪HANDLE⟫
Developer response: We are investigating, thank you for reporting.
""",
    """
Comment on "⟪Neighbourhood watch: car break-ins⟫"
⟦n1⟧: My car was broken into on ⟪Elm Grove⟫ too, on ⟪DATE⟫. They took my wallet with my licence ⟦DL⟧ in it. Police ref ⟪TICKET⟫.
⟦n2⟧: So sorry ⟦f1⟧. I think it's the same guys from last month
""",
    """
Tripadvisor · ⟪Casa Lupe⟫ B&B
★★★★★ "Like staying with family" — ⟦n1⟧, ⟪Toronto⟫
Our hosts ⟦f2w⟧ and her mother, tía ⟦f3w⟧, cooked breakfast every day. ⟦f2⟧ even drove us to the bus at 5am.
Management response: ¡Gracias ⟦f1⟧! Tía ⟦f3⟧ says hi 🌺
""",
    """
Product Q&A — ⟪Ring Video Doorbell⟫
Q (⟦n1⟧): Can I share access with my cleaner?
A (⟦n2⟧): Yes, add them as a shared user. I added ⟦f3w⟧ (our cleaner) with her email ⟦EMAIL:3⟧ and she gets alerts too.
A (⟪Ring Support⟫): That's correct!
""",
    """
Glassdoor review — ⟪Pinnacle Logistics⟫ · Warehouse Associate
Pros: Pay is ok
Cons: Supervisor ⟦n1⟧ plays favorites. HR (⟦f2⟧) ignored my complaint.
Advice to management: listen to people
""",
    """
Blog comments (⟪NUM:4-40⟫)
⟦f1⟧ said...
Great post! We used the same ⟪IKEA⟫ hack in our flat.
⟪TS:date⟫
⟪Anonymous⟫ said...
where did you get the brass handles
⟪TS:date⟫
⟦f2⟧ said...
@⟦f1⟧ did you use the ⟪Kallax⟫ or the ⟪Billy⟫?
⟪TS:date⟫
""",
    """
Facebook comments under "⟪Lost dog — Millbrook area⟫"
⟦n1⟧: Is that ⟪PET⟫? I think I saw him near ⟪Wendy's⟫ 20 mins ago
⟦n2⟧: Yes!! Omg thank you ⟦f1⟧ heading there now
⟦n3⟧: If anyone finds him call ⟦f2⟧ on ⟦PHONE⟧
⟦n2⟧: FOUND HIM ❤️ thank you everyone
""",
)

# --- group e-mails with signatures -------------------------------------------------------

_add(
    "en",
    "mix",
    """
From: ⟦n1w⟧ <⟦EMAIL:1⟧>
To: ⟪Class 4B parents (list)⟫
Subject: Re: Re: end of year gift for ⟪Mrs.⟫ ⟦l2w⟧

Hi all,
Thanks to everyone who chipped in! We raised ⟪PRICE⟫. ⟦f3⟧ is ordering the voucher from ⟪Marks & Spencer⟫.
If you still want to contribute, my bank details are below (sorting code/account or IBAN):
⟦IBAN:gb⟧

Best,
⟦f1⟧ (⟦f4⟧'s mum)
⟦PHONE⟧
""",
    """
Subject: Carpool rota — ⟪autumn term⟫
Hi everyone,
Mon: ⟦f1⟧ · Tue: ⟦f2⟧ · Wed: ⟦f3⟧ · Thu: me · Fri: ⟦f4⟧
Pickup from ⟦ADDR:short⟧ at ⟪TIME⟫ as usual. If you can't make your day, swap directly and cc me.
Thanks!
⟦n5⟧
m. ⟦PHONE⟧
""",
    """
-----Original Message-----
From: ⟦n1⟧
Sent: ⟪DATE⟫ ⟪TIME⟫
To: ⟦n2⟧; ⟦n3⟧
Subject: choir trip — passports

Dear both,
For the ⟪Vienna⟫ trip the coach company needs passport numbers by Friday. ⟦f2⟧, I have yours (⟦PASS⟧). ⟦f3⟧, could you send yours?
Warm regards,
⟦f1⟧
⟪St Cecilia Community Choir⟫ · Secretary
""",
    """
Hi ⟦f1⟧,

Lovely to meet you at ⟪the conference⟫. As promised, here are my details. Feel free to pass them on to ⟦n2⟧.

Cheers,
⟦n3⟧
⟪Senior Product Manager⟫ | ⟪Larkspur⟫
⟦EMAIL:work:3⟧ | ⟦PHONE⟧
"Sent from my iPhone"
""",
    """
From: ⟪Meetup⟫ (notifications)
Subject: ⟦n1⟧ sent you a message

⟦f1⟧: Hey! Saw you joined ⟪Berlin Board Gamers⟫. We meet at ⟪Café Lotte⟫ on Thursdays. My number's ⟦PHONE:de⟧ if you get lost 🙂
—
You're receiving this because you're a member of ⟪Berlin Board Gamers⟫. ⟪Unsubscribe⟫
""",
    """
To: ⟪allotment-committee⟫
Subject: new gate padlock

Hi all,
The old padlock was cut (again). New combination is ⟦SECRET:door⟧. Please don't share outside plot holders.
⟦f1⟧ has spare keys for the shed, ⟦f2⟧ has the water key.
Thanks,
⟦n3⟧, Plot ⟪NUM:1-60⟫
""",
    """
Subject: FW: FW: FW: Please pray for ⟦f1⟧ 🙏

Dear church family,
Sister ⟦n1w⟧ is in ⟪St. Luke's⟫ after her fall. Cards can be sent to her home at ⟦ADDR:full⟧. Her son ⟦f2m⟧ is coordinating meals, call him at ⟦PHONE⟧.
God bless,
Pastor ⟦n3⟧
""",
    """
From: ⟦EMAIL:1⟧
To: ⟦EMAIL:2⟧
Cc: ⟦EMAIL:3⟧
Subject: reunion planning 🎓

hey ⟦f2⟧ and ⟦f3⟧!!
20 years since ⟪Westbrook High⟫ 😱 I booked the back room at ⟪Denny's⟫ lol jk, at ⟪The Fox & Hound⟫. ⟪DATE⟫, ⟪TIME⟫.
Can you ping ⟦n4⟧? nobody has her new number
xx ⟦f1⟧
""",
    """
Subject: Volunteer form — ⟪Food Bank⟫ Saturday shift

Name: ⟦n1⟧
Date of birth: ⟦DOB⟧
Phone: ⟦PHONE⟧
Emergency contact: ⟦n2⟧ (sister), ⟦PHONE⟧
Dietary: none
How did you hear about us: my colleague ⟦f3⟧
""",
    """
Dear neighbours,
We are ⟦f1⟧ and ⟦f2⟧, we just moved into ⟦ADDR:short⟧ with our two boys and a very loud dog (⟪PET⟫, sorry in advance!). Come say hi anytime — our WhatsApp is ⟦PHONE⟧.
Best,
The ⟦l1⟧ family
""",
    """
Hi team,
Quick reminder that expense claims for ⟪Q2⟫ are due ⟪DATE⟫. ⟦f1⟧ — I still need your receipt from ⟪the Hilton⟫. ⟦f2⟧ — the corporate card ending ⟪NUM:1000-9999⟫ shows a ⟪PRICE⟫ charge at ⟪BIZ⟫, can you explain?
Thanks,
⟦n3⟧ | Finance
""",
    """
From: ⟦n1⟧
Subject: Wedding — accommodation list

Hi all! Here's who's in which room at ⟪Kelmscott Manor⟫:
• Room 1: ⟦n2⟧ & ⟦n3⟧
• Room 2: ⟦n4⟧
• Room 3: Uncle ⟦f5m⟧ & Aunty ⟦f6w⟧
The ⟪Kelmscott⟫ wifi is ⟦SECRET:wifi⟧. See you there! ⟦f1⟧ x
""",
)

_add(
    "en",
    "mix",
    """
Subject: Tax docs for ⟪NUM:2022-2024⟫

Hi ⟦f1⟧,
Attaching the W-2s. For the return: my SSN is ⟦SSN⟧, ⟦f2⟧'s is ⟦SSN⟧, and our son ⟦f3m⟧ doesn't have one yet, he has ITIN ⟦ITIN⟧.
Our address changed to ⟦ADDR:us:full⟧.
Thanks,
⟦n4⟧
""",
    """
From: ⟦n1⟧ <⟦EMAIL:1⟧>
Subject: Nanny paperwork

Hi ⟦f2⟧,
For the payroll service I need your ITIN (you mentioned you have ⟦ITIN⟧?) and your DOB. Also the bank account for direct deposit.
Thanks so much, the kids adore you!
⟦f1⟧
""",
    cc="us",
)

# --- LLM requests with the assistant's answer --------------------------------------------

_add(
    "en",
    "mix",
    """
§summarize this chat for me

⟪TS:wa⟫ ⟦f1⟧: can you pick up ⟦f3⟧ from school today
⟪TS:wa⟫ ⟦f2⟧: can't, meeting till ⟪TIME⟫
⟪TS:wa⟫ ⟦f1⟧: ok I'll ask my mum
⟪TS:wa⟫ ⟦f2⟧: thanks ❤️ also don't forget ⟦f4⟧'s party saturday
⟦|⟧Summary: ⟦f1⟧ asked ⟦f2⟧ to pick up ⟦f3⟧ from school, but ⟦f2⟧ has a meeting, so ⟦f1⟧ will ask their mum. ⟦f2⟧ also reminded ⟦f1⟧ about ⟦f4⟧'s party on Saturday.
""",
    """
§who said what? this is from our flat group

⟦f1⟧: whoever used my oat milk 😤
⟦f2⟧: not me
⟦f3⟧: it was ⟦f4⟧
⟦f4⟧: sorry i'll buy more from ⟪Aldi⟫
⟦|⟧- ⟦f1⟧ complained that someone used their oat milk.
- ⟦f2⟧ denied it.
- ⟦f3⟧ said it was ⟦f4⟧.
- ⟦f4⟧ apologised and offered to buy more from ⟪Aldi⟫.
""",
    """
§Can you extract the action items from this call transcript?

⟦f1.lc⟧: okay so ⟦f2.lc⟧ you'll email the supplier
⟦f2.lc⟧: yep i'll email ⟦n3⟧ at ⟦EMAIL:work:3⟧ today
⟦f1.lc⟧: and i'll update the price list to ⟪PRICE⟫ and ⟦f4.lc⟧ will check the stock
⟦|⟧Action items:
1. ⟦f2⟧ — email ⟦n3⟧ (⟦EMAIL:work:3⟧) today.
2. ⟦f1⟧ — update the price list to ⟪PRICE⟫.
3. ⟦f4⟧ — check the stock.
""",
    """
§translate this voicemail from my spanish-speaking tenant please

"hola buenas soy ⟦n1@mx⟧ del departamento ⟪NUM:1-20⟫ le llamo porque el calentador no funciona desde el ⟪DATE⟫ mi número es ⟦PHONE:mx⟧ gracias"
⟦|⟧"Hello, good afternoon, this is ⟦n1⟧ from apartment ⟪NUM:1-20⟫. I'm calling because the water heater hasn't worked since the date mentioned. My number is ⟦PHONE:mx⟧. Thank you."
""",
    """
§Write a reply to this for me. Say no politely.

"Hi ⟦f1⟧!! It's ⟦f2⟧ from uni 😊 Long time! I have an amazing opportunity with ⟪Herbalife⟫, can I call you? My number is ⟦PHONE⟧"
⟦|⟧Hi ⟦f2⟧! Lovely to hear from you, it's been ages. Thanks for thinking of me, but I'm not interested in ⟪Herbalife⟫ — hope it goes well for you though! 😊 ⟦f1⟧
""",
    """
§Is this a scam? got it on whatsapp

"Dear ⟦f1⟧, I am ⟦n2⟧ from ⟪Amazon HR⟫. You are selected for part time job ⟪PRICE⟫/day. Please send your full name, date of birth and bank IBAN to register. Contact ⟦PHONE⟧"
⟦|⟧Yes, this is almost certainly a scam. Legitimate employers don't recruit by WhatsApp and never ask for your date of birth and IBAN up front. Don't reply to ⟦PHONE⟧; block and report it.
""",
    """
§can you clean up this transcript, remove filler words

uh so yeah ⟦f1.lc⟧ um called me and uh said like the ⟪delivery⟫ is gonna be late um till ⟪DATE⟫ and uh ⟦f2.lc⟧ needs to like sign for it
⟦|⟧⟦f1⟧ called me and said the delivery will be late, until ⟪DATE⟫, and ⟦f2⟧ needs to sign for it.
""",
    """
§Turn this into a polite message to my neighbour ⟦n1⟧ at ⟦ADDR:short⟧:
your dog barks all day while you're at work and I'm losing my mind
⟦|⟧Hi ⟦f1⟧, I hope you're well! I wanted to mention that ⟪PET⟫ seems to bark quite a lot during the day while you're at work. I work from home, so I hear it a lot. Would you be open to chatting about it? Thanks so much — your neighbour.
""",
    """
§What is the caller asking for? (support transcript)

CALLER: yeah hi my name is ⟦n1.lc⟧ i was charged twice on my card ending in ⟪NUM:1000-9999⟫ for order ⟪ORDER⟫ and i want one of them refunded
⟦|⟧The caller, ⟦n1⟧, says they were charged twice for order ⟪ORDER⟫ on the card ending ⟪NUM:1000-9999⟫ and wants one of the charges refunded.
""",
    """
§Summarize this Slack thread for someone who missed it.

⟦f1⟧: prod is down
⟦f2⟧: looking. the db at ⟦IP:4⟧ is out of disk
⟦f3⟧: I can clear the logs
⟦f2⟧: do it. ⟦f1⟧ can you tell ⟦n4⟧ at the client
⟦|⟧Production went down because the database server (⟦IP:4⟧) ran out of disk. ⟦f3⟧ offered to clear the logs, ⟦f2⟧ approved, and ⟦f1⟧ was asked to let ⟦n4⟧ at the client know.
""",
    """
§please rewrite my dad's review so it's less rude

"Terrible. The technician ⟦f1m⟧ showed up 3 hours late and tracked mud through the house at ⟦ADDR:short⟧. The owner ⟦n2⟧ didn't even apologise. ⟪Clearflow Plumbing⟫ = CLOWNS."
⟦|⟧"Disappointing experience. The technician, ⟦f1⟧, arrived three hours late and left mud in the house, and I didn't receive an apology from the owner, ⟦n2⟧. I hope ⟪Clearflow Plumbing⟫ can improve their service."
""",
    """
§I'm the group admin. Draft a welcome message for the new members ⟦f1⟧, ⟦f2⟧ and ⟦f3⟧ in our ⟪running club⟫ WhatsApp. Mention that the Saturday meet point is outside ⟪Tim Hortons⟫ at ⟪TIME⟫.
⟦|⟧Welcome ⟦f1⟧, ⟦f2⟧ and ⟦f3⟧! 🏃 So glad you've joined. We meet every Saturday outside ⟪Tim Hortons⟫ at ⟪TIME⟫ — all paces welcome. Shout if you have any questions!
""",
    """
§Who is the most active person in this chat and what do they want?

⟦f1⟧: hello
⟦f1⟧: hello??
⟦f2⟧: hi
⟦f1⟧: can someone lend me ⟪PRICE⟫ till friday, send to ⟦CARD⟧
⟦f1⟧: pls
⟦|⟧⟦f1⟧ is the most active — they're asking someone to lend them ⟪PRICE⟫ until Friday and shared a card number for it. (You may want to delete that card number from the chat.)
""",
    """
§Tell me what this voicemail says, it's from the bank?

"this is ⟦f1⟧ from ⟪First Union⟫ fraud prevention we detected a login from ip address ⟦IP⟧ please call us back at ⟦PHONE:asr⟧ thank you"
⟦|⟧It's someone called ⟦f1⟧ claiming to be from ⟪First Union⟫ fraud prevention. They say there was a login from IP address ⟦IP⟧ and ask you to call ⟦PHONE:asr⟧. Call the number on the back of your card instead, to be safe.
""",
    """
§Format these attendee details as a table:
⟦n1⟧ ⟦EMAIL:1⟧ ⟦PHONE⟧
⟦n2⟧ ⟦EMAIL:2⟧ ⟦PHONE⟧
⟦n3⟧ ⟦EMAIL:3⟧ ⟦PHONE⟧
""",
    """
§My friend sent me this, what does it mean?
"⟦f1⟧ u up? ⟦f2⟧ got the keys, spare is under the ⟪PET⟫ statue, alarm is ⟦SECRET:alarm⟧"
⟦|⟧Your friend is saying ⟦f2⟧ has the keys, there's a spare one hidden under the statue, and the alarm code is ⟦SECRET:alarm⟧.
""",
)

# --- look-alikes: names-as-words, placeholders, brands, templates -----------------------

_add(
    "en",
    "mix",
    """
⟪TS:wa⟫ ⟦PERSON=Hope⟧: will you be at the thing later?
⟪TS:wa⟫ ⟦f1⟧: I hope so! depends on work
⟪TS:wa⟫ ⟦PERSON=Hope⟧: ok, ⟦PERSON=Grace⟧ is bringing the cake
⟪TS:wa⟫ ⟦f1⟧: by the grace of god I'll finish by ⟪TIME⟫ 😅
""",
    """
⟦PERSON=Will⟧: will you send me the notes
⟦f1⟧: yes ⟦PERSON=Will⟧, I will, stop asking
⟦PERSON=Will⟧: lol ok. also ⟦PERSON=Mark⟧ said to mark the ones that are due ⟪DATE⟫
⟦f1⟧: 👍
""",
    """
⟪TS:wa_us⟫ - ⟦PERSON=Dawn⟧: up since dawn with the baby 😩
⟪TS:wa_us⟫ - ⟦PERSON=Summer⟧: omg same. can't wait for summer break
⟪TS:wa_us⟫ - ⟦PERSON=Dawn⟧: ⟦PERSON=Summer⟧ you're a teacher you get the whole summer lol
⟪TS:wa_us⟫ - ⟦PERSON=Summer⟧: 😂 true
""",
    """
Roses are red, violets are blue — happy valentine's ⟦PERSON=Rose⟧ 🌹 from your ⟪secret admirer⟫ (it's ⟦f1⟧)
""",
    """
⟦PERSON=Bill⟧ from accounts sent the bill again, it's ⟪PRICE⟫. ⟦PERSON=Joy⟧ said it was a joy to deal with him 🙄 can someone else handle it
""",
    """
Hi {{first_name}},

Thanks for signing up to ⟪Fresh Box⟫! Your first delivery arrives ⟪DATE⟫.

— The ⟪Fresh Box⟫ team

(internal note from ⟦n1⟧: this template still says "Dear ⟪John Doe⟫" in the ⟪Mailchimp⟫ preview, can ⟦f2⟧ fix it?)
""",
    """
Transcript (diarized)
⟪Speaker 1⟫: yeah so the order number is ⟪ORDER⟫
⟪Speaker 2⟫: and the name on the order
⟪Speaker 1⟫: ⟦n1.lc⟧
⟪Speaker 2⟫: thanks it'll ship ⟪DATE⟫ tracking will be ⟪TRACK⟫
""",
    """
Please fill in: Name: <NAME>   Phone: <PHONE>   Email: [redacted]
^ that's the form ⟦f1⟧ sent, do we fill it in for ⟦f2w⟧ or does she? ⟪The deadline is Friday⟫
""",
    """
⟪TS:wa⟫ ⟦f1⟧: anyone want ⟪McDonald's⟫? ordering on ⟪Uber Eats⟫
⟪TS:wa⟫ ⟦f2⟧: ⟪Wendy's⟫ > ⟪McDonald's⟫ fight me
⟪TS:wa⟫ ⟦f1⟧: ⟪Wendy's⟫ is 25 mins away
⟪TS:wa⟫ ⟦f3⟧: just get ⟪Ben & Jerry's⟫ from ⟪Trader Joe's⟫ and stay in
""",
    """
⟦PERSON=Precious⟧: this ring is so precious to me, it was my grandma's
⟦PERSON=Sunny⟧: it's beautiful! wear it sunday, it's meant to be sunny
⟦PERSON=Precious⟧: lol ⟦PERSON=Sunny⟧ says sunny
""",
    """
⟪TS:discord⟫ ⟦PERSON=Kim⟧: kim chi or kimchi? 🤔
⟪TS:discord⟫ ⟦f1⟧: kimchi ⟦PERSON=Kim⟧ lol
⟪TS:discord⟫ ⟪HANDLE⟫: ⟦PERSON=Kim⟧ can you ping ⟪@admin⟫ for the role
""",
    """
Recipe from ⟪Grandma's Kitchen⟫ blog — "⟪Aunt Jemima⟫-style pancakes" (we use ⟪Kellogg's⟫ cornflakes for the crunch). Comment from ⟦n1⟧: made these for my daughter ⟦f2w⟧'s birthday, she loved them!
""",
    """
[⟪TS:slack⟫] ⟪Jira Bot⟫: ⟪PROJ-⟫⟪NUM:100-9999⟫ assigned to ⟦n1⟧
[⟪TS:slack⟫] ⟦f1⟧: on it. commit ⟪HASH⟫ should fix it in ⟪VER⟫
[⟪TS:slack⟫] ⟪GitHub⟫: ⟪build #⟫⟪NUM:100-9999⟫ passed ✅
""",
    """
⟪TS:wa⟫ ⟦f1⟧: Meeting ⟪Monday⟫ at ⟪TIME⟫ in ⟪Conference Room B⟫ — ⟪May⟫ the 4th be with you
⟪TS:wa⟫ ⟦PERSON=May⟧: haha I see what you did there
⟪TS:wa⟫ ⟦f2⟧: ⟦PERSON=April⟧ and ⟦PERSON=June⟧ can't make it, they're on the ⟪April⟫ training
""",
    """
order summary (pasted): ⟪ORDER⟫ · ⟪Calvin Klein⟫ boxer 3-pack ⟪PRICE⟫ · ⟪Tommy Hilfiger⟫ polo ⟪PRICE⟫ · shipped via ⟪DHL⟫ ⟪TRACK⟫ · est. ⟪DATE⟫
can you tell me if this is the same as what ⟦f1w⟧ ordered? she says she paid ⟪PRICE⟫
""",
    """
⟦f1⟧ ⟪TS:slack⟫
what's the template for the welcome email? I want to make sure it says "Hi {first_name}" not "Hi ⟪John⟫"
⟦f2⟧ ⟪TS:slack⟫
it's in ⟪Notion⟫ under ⟪Onboarding⟫. the merge tag is {{ contact.FIRSTNAME }}
""",
    """
Flight ⟪FLIGHT⟫ delayed to ⟪TIME⟫. Gate ⟪NUM:10-60⟫. Booking ⟪BOOKING⟫. Seat ⟪NUM:10-40⟫C.
forwarded by ⟦f1⟧: "⟦f2⟧ can you still get me at arrivals?"
""",
    """
⟪TS:tg⟫ ⟦f1⟧: ⟦PERSON=Deniz⟧ is coming to the beach with us?
⟪TS:tg⟫ ⟦f2⟧: yes! the deniz (sea) is warm this week apparently 🌊
⟪TS:tg⟫ ⟦PERSON=Can⟧: can I bring my cousin ⟦PERSON=Nur⟧?
⟪TS:tg⟫ ⟦f1⟧: of course ⟦PERSON=Can⟧
""",
    """
⟪Little Caesars⟫ vs ⟪Papa John's⟫ vs ⟪Domino's⟫ — ranking thread
⟦n1⟧: ⟪Papa John's⟫ garlic sauce carries
⟦n2⟧: ⟪Little Caesars⟫ for the price honestly
⟦n3⟧: I used to deliver for ⟪Domino's⟫ in ⟪Ohio⟫, ask me anything
""",
    """
⟪TS:wa⟫ ⟦f1⟧: ⟦PERSON=Sol⟧ y ⟦PERSON=Paz⟧ vienen a la barbacoa? (sorry english: are they coming)
⟪TS:wa⟫ ⟦f2⟧: yes! bring sunscreen, the sol is brutal 😎
⟪TS:wa⟫ ⟦f1⟧: lol. peace ✌️ (paz)
""",
    """
Captions (auto): ... and that's why ⟪Ford⟫ beat ⟪Ferrari⟫ at ⟪Le Mans⟫ ... ⟦PERSON=Ken Miles⟧ drove the final stint ... ⟦PERSON=Carroll Shelby⟧ ... [music] ... subscribe to ⟪Petrolhead Weekly⟫
""",
    """
reminder from the ⟪Vet Hub⟫ app: ⟪PET⟫ is due for vaccines on ⟪DATE⟫ 🐶. owner: ⟦n1⟧. reply STOP to opt out
""",
    """
Patient portal message (copied):
"Hello [PATIENT_NAME], your results from ⟪DATE⟫ are ready. — ⟪Dr.⟫ ⟦l1⟧'s office"
why does it say [PATIENT_NAME] lol, anyway ⟦f2⟧ can you read it for me
""",
    """
⟪TS:wa_us⟫ - ⟦f1⟧: ⟪Christmas⟫ at aunt ⟦f4w⟧'s or grandpa's this year
⟪TS:wa_us⟫ - ⟦f2⟧: grandpa ⟦f3m⟧'s obviously, he's doing the turkey. then pizza at ⟪Grandpa Joe's⟫ on ⟪boxing day⟫ lol
⟪TS:wa_us⟫ - ⟦f1⟧: 😂 deal
""",
    """
⟪TS:wa⟫ ⟦f1⟧: we're naming the puppy ⟪Winston⟫ 🐶
⟪TS:wa⟫ ⟦f2⟧: after ⟦PERSON=Winston Churchill⟧??
⟪TS:wa⟫ ⟦f1⟧: after my grandad ⟦PERSON=Winston⟧ actually
⟪TS:wa⟫ ⟦f2⟧: aww ❤️ ⟪Winston⟫ the puppy it is
""",
    """
⟪TS:discord⟫ ⟪HANDLE⟫: gg
⟪TS:discord⟫ ⟪HANDLE⟫: gg wp. ⟪build⟫ ⟪VER⟫ is so broken lol
⟪TS:discord⟫ ⟦f1⟧: patch notes on ⟪the wiki⟫, hash ⟪HASH⟫
""",
    """
Booking confirmed ✅ ⟪Hotel Adlon⟫ · ⟪DATE⟫–⟪DATE⟫ · ref ⟪BOOKING⟫ · total ⟪PRICE⟫
lead guest: ⟦n1⟧
(⟦f2⟧ sent me this, can you check if breakfast is included?)
""",
)

# --- more English, many varieties ----------------------------------------------------------

_add(
    "en",
    "in_Latn",
    """
⟪TS:wa_and⟫ - ⟦f1⟧ Bhaiya: ⟦f2⟧ beta, send me your PAN and Aadhaar photo for the loan form
⟪TS:wa_and⟫ - ⟦f2⟧: Bhaiya I'll send on email, ⟦EMAIL:2⟧ is mine
⟪TS:wa_and⟫ - ⟦f1⟧ Bhaiya: ok. also your DOB ⟦DOB⟧ na?
⟪TS:wa_and⟫ - ⟦f2⟧: yes
⟪TS:wa_and⟫ - ⟦f1⟧ Bhaiya: and new address?
⟪TS:wa_and⟫ - ⟦f2⟧: ⟦ADDR:in:full⟧
""",
    """
Society WhatsApp — ⟪Green Park Residency⟫
⟪TS:wa_and⟫ - Secretary ⟦n1⟧: Water supply will be off ⟪DATE⟫ ⟪TIME⟫ to ⟪TIME⟫
⟪TS:wa_and⟫ - ⟦f2⟧ (B-⟪NUM:101-999⟫): Noted 🙏
⟪TS:wa_and⟫ - ⟦f3⟧ (A-⟪NUM:101-999⟫): Who is the new watchman? ⟦f4m⟧? His number please
⟪TS:wa_and⟫ - Secretary ⟦n1⟧: ⟦f4⟧ ji, ⟦PHONE:in⟧
""",
    """
Call summary (auto) — ⟪Swiftcart⟫ support
Customer: ⟦n1⟧ · Mobile ⟦PHONE:in⟧
Issue: refund of ⟪PRICE⟫ for order ⟪ORDER⟫ not received; UPI reversal pending.
Agent: ⟦f2⟧ · Escalated to ⟦n3⟧.
""",
    """
⟪TS:wa⟫ ⟦f1⟧: Passport appointment is at ⟪the PSK⟫ ⟪DATE⟫ ⟪TIME⟫. Old passport no. ⟦PASS:in⟧
⟪TS:wa⟫ ⟦f2⟧: Carry the original and the ⟪Aadhaar⟫ na
⟪TS:wa⟫ ⟦f1⟧: ya. Also ⟦f3⟧ uncle said police verification will come to ⟦ADDR:in:short⟧
""",
    """
matrimonial profile forwarded by Aunty ⟦f1w⟧:
Name: ⟦n2⟧
DOB: ⟦DOB⟧ (⟪NUM:6-11⟫:⟪NUM:10-59⟫ am, ⟪Jaipur⟫)
Height: 5'⟪NUM:2-11⟫"
Working at ⟪Infosys⟫, ⟪Pune⟫
Contact: father ⟦n3m⟧, ⟦PHONE:in⟧
""",
    cc="in",
)

_add(
    "en",
    "yo|ig|ha",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: Good morning family 🙏🏾 Mummy's 70th is ⟪DATE⟫ at ⟪the Civic Centre⟫
⟪TS:wa_and⟫ - ⟦f2⟧: Amen! Who is collecting the aso-ebi money?
⟪TS:wa_and⟫ - ⟦f1⟧: ⟦f3⟧. Send to her account, ⟪GTBank⟫, ⟪NUM:1000000000-9999999999⟫, ⟦n3⟧
⟪TS:wa_and⟫ - ⟦f4⟧: Sent ⟪PRICE⟫ ✅
⟪TS:wa_and⟫ - Baba ⟦f5m⟧: God bless you all
""",
    """
⟪TS:wa⟫ ⟦f1⟧: Bro your PVC is ready, collect at the office on ⟦ADDR:ng:short⟧
⟪TS:wa⟫ ⟦f2⟧: thanks, ⟦f1⟧. what do I bring
⟪TS:wa⟫ ⟦f1⟧: your slip and your NIN. also they asked for your birth date, ⟦DOB⟧ abi?
⟪TS:wa⟫ ⟦f2⟧: yes
""",
    """
Church announcements (typed up from the ⟪Sunday⟫ service recording)
Thanksgiving: the ⟦l1⟧ family for the safe delivery of baby ⟦f2⟧, born ⟦DOB:kid⟧.
Wedding banns: ⟦n3⟧ and ⟦n4⟧.
Welfare: contact Deaconess ⟦n5w⟧ on ⟦PHONE:ng⟧.
""",
    cc="ng",
)

_add(
    "en",
    "sw",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: Chama contributions for ⟪DATE⟫ are due. M-Pesa to ⟦PHONE:ke⟧ (⟦n2⟧)
⟪TS:wa_and⟫ - ⟦f3⟧: sent ⟪PRICE⟫ ✅
⟪TS:wa_and⟫ - ⟦f4⟧: I'll send tomorrow, salary delays 😩
⟪TS:wa_and⟫ - ⟦f1⟧: sawa ⟦f4⟧
""",
    """
Voice note transcript (⟦f1⟧):
"hi ⟦f2⟧ it's me uh the fundi is coming to fix the gate at ⟦ADDR:ke:short⟧ tomorrow morning can you open for him his name is ⟦f3m⟧ and his number is ⟦PHONE:ke:asr⟧ asante"
""",
    cc="ke",
)

_add(
    "en",
    "mix",
    """
G'day ⟦f1⟧, it's ⟦f2⟧ from ⟪Bunnings⟫ — your order's ready for pickup at the trade desk. Just bring photo ID (the licence number we have on file is ⟦DL:au⟧). Cheers!
""",
    """
⟪TS:wa⟫ ⟦f1⟧: footy tips comp — ⟦f2⟧ is leading again 🙄
⟪TS:wa⟫ ⟦f2⟧: skill mate
⟪TS:wa⟫ ⟦f3⟧: ⟦f2⟧ copies ⟦PERSON=Ross Lyon⟧'s tips I reckon
⟪TS:wa⟫ ⟦f1⟧: entry fee is ⟪PRICE⟫, BSB and acc in the pinned msg, or PayID ⟦PHONE:au⟧
""",
    cc="au",
)

_add(
    "en",
    "ie|sc",
    """
⟪TS:wa⟫ ⟦f1⟧: lads the GAA social is ⟪DATE⟫ in ⟪Flanagan's⟫
⟪TS:wa⟫ ⟦f2⟧: grand. is ⟦f3m⟧ coming or is he still in ⟪Sydney⟫
⟪TS:wa⟫ ⟦f1⟧: back ⟪DATE⟫ 🙌 his new number ⟦PHONE:ie⟧
""",
    """
voice memo from ⟦f1⟧ (transcribed):
"och ⟦f2⟧ it's yer auntie here, I've moved, new address is ⟦ADDR:gb:full⟧, and the phone's ⟦PHONE:gb:asr⟧, tell yer mammy"
""",
    cc="gb",
)

_add(
    "en",
    "zu",
    """
⟪TS:wa⟫ ⟦f1⟧: Eish, load shedding stage 4 again
⟪TS:wa⟫ ⟦f2⟧: ja. ⟦f3⟧ can we do the braai at yours, you have the inverter
⟪TS:wa⟫ ⟦f3⟧: sure, ⟦ADDR:za:full⟧, gate code ⟦SECRET:door⟧
⟪TS:wa⟫ ⟦f4⟧: I'll bring the boerewors from ⟪Checkers⟫
""",
    cc="za",
)

_add(
    "en",
    "mix",
    """
[⟪TS:hms⟫] AGENT ⟦f1.up⟧: thanks for calling ⟪Northern Rail⟫ lost property
[⟪TS:hms⟫] CALLER: hi i left my bag on the ⟪TIME⟫ from ⟪Leeds⟫, it's got my passport in it
[⟪TS:hms⟫] AGENT ⟦f1.up⟧: can you describe it and give me the passport number if you have it
[⟪TS:hms⟫] CALLER: black ⟪Herschel⟫ backpack, passport ⟦PASS:gb⟧ name ⟦n2.lc⟧
[⟪TS:hms⟫] AGENT ⟦f1.up⟧: lovely i'll log it, reference ⟪TICKET⟫
""",
    """
agent: ⟪Kinetic Gym⟫ memberships, ⟦f1⟧ here
caller: hi i want to cancel my membership
agent: sure can i have the email on the account
caller: ⟦EMAIL:asr⟧
agent: and the name
caller: ⟦n2.lc⟧, that's ⟦l2.sp⟧
agent: thanks, i've cancelled it, last payment ⟪DATE⟫
""",
    """
agent: ⟪Sunrise Credit Union⟫ this is ⟦f1.lc⟧
caller: hi i'm calling to close my account
agent: can i have the account holder name and date of birth
caller: ⟦n2.lc⟧ ⟦DOB:asr⟧
agent: and where should we send the balance
caller: to my other bank, IBAN ⟦IBAN⟧
agent: okay that'll be processed in ⟪NUM:2-5⟫ working days
""",
    """
[call recording, ⟪NUM:3-12⟫ min]
CSR: ⟪Mobile Plus⟫ porting, my name is ⟦f1⟧
CUST: hi uh i want to keep my number when i switch
CSR: no problem what's the number
CUST: ⟦PHONE:asr⟧
CSR: and the PAC code you got by text
CUST: ⟦SECRET:otp⟧
CSR: great that's done, it'll move over ⟪DATE⟫
""",
    """
caller: yes hi i'm calling on behalf of my father ⟦n1m.lc⟧ he has dementia
agent: i'm sorry to hear that do you have power of attorney
caller: yes i'm ⟦n2.lc⟧ his daughter
agent: thank you and his date of birth and address please
caller: ⟦DOB:asr:old⟧ and ⟦ADDR:full⟧
""",
    """
agent: ⟪Skyline Crypto⟫ support ⟦f1⟧ speaking
caller: hi i sent ⟪NUM:2-9⟫ eth to the wrong address i think
agent: what address did you send it to
caller: ⟦ETH⟧
agent: and what was the intended one
caller: ⟦ETH⟧ it's one character off or something
agent: unfortunately blockchain transactions can't be reversed
""",
)

_add(
    "en",
    "mix",
    """
Agent: ⟪Liberty Tax⟫, this is ⟦f1⟧.
Caller: Hi, um, I'm filing for the first time, I have an ITIN not a social.
Agent: That's fine. What's the ITIN?
Caller: ⟦ITIN:asr⟧
Agent: And your spouse?
Caller: ⟦f2⟧, she has a social, ⟦SSN:asr⟧
Agent: Perfect, and your address for the refund check?
Caller: ⟦ADDR:us:full⟧
""",
    """
⟪TS:hms⟫ agent: you've reached the ⟪State Unemployment⟫ line how can i help
⟪TS:hms⟫ caller: my claim got denied and i don't know why
⟪TS:hms⟫ agent: can i get your social security number
⟪TS:hms⟫ caller: ⟦SSN:asr⟧
⟪TS:hms⟫ agent: and your name and date of birth
⟪TS:hms⟫ caller: ⟦n1.lc⟧ ⟦DOB:asr⟧
⟪TS:hms⟫ agent: okay ⟦f1.lc⟧ it looks like your employer ⟪Quik Mart⟫ disputed it
""",
    """
Voicemail:
"Hi ⟦f1⟧, this is ⟦f2⟧ with ⟪Evergreen Mortgage⟫. I still need a copy of your driver's license — the one on file, ⟦DL:us⟧, expired ⟪DATE⟫ — and the last four of your social. Call me back at ⟦PHONE:us⟧. Thanks!"
""",
    """
⟪TS:sms⟫ ⟦f1⟧: hey the landlord wants copies of our IDs for the lease renewal
⟪TS:sms⟫ ⟦f2⟧: ugh ok. my DL is ⟦DL:us⟧ and ⟦f3⟧'s is ⟦DL:us⟧
⟪TS:sms⟫ ⟦f1⟧: and SSNs for the credit check 🙄
⟪TS:sms⟫ ⟦f2⟧: I'll give him mine in person
""",
    cc="us",
)

_add(
    "en",
    "mix",
    """
Caller: hi this is ⟦n1⟧ — that's ⟦l1.sp⟧ — I'm calling about the job posting
Agent: Great, can I have a callback number?
Caller: ⟦PHONE⟧
Agent: And an email?
Caller: ⟦EMAIL:1⟧
""",
    """
Transcript — ⟪Claims line⟫
AGENT: and the spelling of the surname
CALLER: ⟦l1.sp⟧, ⟦l1.lc⟧, first name ⟦f1.lc⟧
AGENT: and the policy holder is you, ⟦n1⟧?
CALLER: no my wife ⟦f2w⟧, same surname
""",
    cc=None,
)


# =========================================================================== SPANISH
_add(
    "es",
    "es|mx|latam",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: Hola ⟦d2⟧! te paso los datos para la transferencia del piso
⟪TS:wa_and⟫ - ⟦f1⟧: Titular: ⟦n1⟧
⟪TS:wa_and⟫ - ⟦f1⟧: IBAN ⟦IBAN:es⟧
⟪TS:wa_and⟫ - ⟦d2⟧: perfecto, te hago bizum mejor? mi número es ⟦PHONE:es⟧
⟪TS:wa_and⟫ - ⟦f1⟧: vale, al ⟦PHONE:es⟧ entonces 👍
""",
    """
Transcripción de llamada — ⟪Atención al cliente⟫
AGENTE: buenas tardes le atiende ⟦f1.lc⟧ en qué puedo ayudarle
CLIENTE: sí hola mire es que me han cobrado dos veces la factura de ⟪DATE⟫
AGENTE: me puede dar el número de pasaporte o nie del titular
CLIENTE: pasaporte ⟦PASS:es⟧ a nombre de ⟦n2.lc⟧
AGENTE: y la fecha de nacimiento
CLIENTE: ⟦DOB⟧
AGENTE: vale ya lo veo le devolvemos ⟪PRICE⟫ a la cuenta que acaba en ⟪NUM:1000-9999⟫
""",
    """
Mensaje de voz de ⟦PHONE⟧ (transcrito):
"hola ⟦f1.lc⟧ soy ⟦f2.lc⟧ eh te llamo porque la abuela ⟦f3w.lc⟧ ya está en casa mañana le llevamos la comida a ⟦ADDR:short⟧ a eso de las dos vale un beso"
""",
    """
Grupo "Padres ⟪4ºB⟫ 🏫"
⟪TS:wa⟫ ⟦f1⟧: Mañana excursión a ⟪Cosmocaixa⟫, que traigan bocadillo
⟪TS:wa⟫ ⟦f2⟧: alguien sabe si va la seño ⟦f3w⟧?
⟪TS:wa⟫ ⟦f1⟧: sí y el profe de gimnasia
⟪TS:wa⟫ ⟦f4⟧: para la cuota del regalo, bizum a ⟦PHONE⟧ (⟦f4⟧) 10€ por niño
⟪TS:wa⟫ ⟦f2⟧: hecho! de parte de ⟦f5⟧ y ⟦f6⟧
""",
    """
⟪TS:wa_and⟫ - Casero ⟦f1⟧: ⟦f2⟧, la caldera la arreglan el ⟪DATE⟫ entre las 9 y las 11
⟪TS:wa_and⟫ - ⟦f2⟧: vale, el código del portal es ⟦SECRET:door⟧ por si no estoy
⟪TS:wa_and⟫ - Casero ⟦f1⟧: ok. y el wifi sigue siendo el mismo? el técnico lo necesita
⟪TS:wa_and⟫ - ⟦f2⟧: ⟪MOVISTAR_⟫⟪NUM:1000-9999⟫ / ⟦SECRET:wifi⟧
""",
    """
Wallapop · ⟪Bicicleta BH⟫ · ⟪PRICE⟫
⟦f1⟧: Hola, sigue disponible?
⟦f2⟧: sí
⟦f1⟧: te la pago por adelantado, dame tu número de tarjeta y el código que te llegue
⟦f2⟧: jaja no. en mano en ⟪Plaza de España⟫ o nada
⟦f1⟧: ok mi whatsapp ⟦PHONE⟧
""",
    """
Resumen de la reunión de vecinos (grabación transcrita)
⟦n1⟧ (presidenta): se aprueba la derrama de ⟪PRICE⟫ por vivienda
⟦n2⟧ (3ºA): yo voto en contra que conste en acta
⟦n1⟧ (presidenta): consta. el administrador ⟦n3⟧ enviará la cuenta, ⟦IBAN:es⟧
⟦n4⟧ (bajo): y lo de las palomas?
""",
    """
⟪TS:wa⟫ ⟦d1⟧: tía ⟦f2w⟧ me pasas la dirección para el regalo de la boda?
⟪TS:wa⟫ Tía ⟦f2w⟧: claro mi amor, ⟦ADDR:full⟧
⟪TS:wa⟫ ⟦d1⟧: gracias!! y el teléfono de ⟦f3⟧ que le quiero felicitar
⟪TS:wa⟫ Tía ⟦f2w⟧: ⟦PHONE⟧ 💐
""",
    """
Nota de voz (transcripción automática):
bueno ⟦f1.lc⟧ te dejo apuntado el pin de la tarjeta nueva que es ⟦SECRET:pin⟧ y la contraseña del banco ⟦SECRET:pw⟧ no se lo digas a nadie eh
""",
    """
Formulario de inscripción — ⟪Club Deportivo San Fermín⟫
Nombre del jugador: ⟦n1⟧
Fecha de nacimiento: ⟦DOB:kid⟧
Tutor: ⟦n2⟧ · ⟦PHONE⟧ · ⟦EMAIL:2⟧
Domicilio: ⟦ADDR:full⟧
""",
    """
§Resúmeme este chat, porfa:

⟦f1⟧: mañana no puedo llevar a ⟦f3⟧ al médico
⟦f2⟧: yo tampoco, tengo turno hasta las ⟪TIME⟫
⟦f1⟧: le digo a mi madre
⟦|⟧⟦f1⟧ y ⟦f2⟧ no pueden llevar mañana a ⟦f3⟧ al médico porque ambos trabajan; ⟦f1⟧ se lo pedirá a su madre.
""",
    """
Reseña en ⟪Google⟫ · ⟦n1⟧ · ★★★★★
El dentista ⟦n2⟧ y su asistente ⟦f3⟧ son un encanto. Me atendieron en ⟪Clínica Sonrisas⟫ un ⟪sábado⟫ de urgencia. 100% recomendable.
Respuesta del propietario: ¡Gracias ⟦f1⟧!
""",
)

_add(
    "es-en",
    "mx",
    """
⟪TS:wa_us⟫ - ⟦f1w⟧: mija did you file the taxes ya?
⟪TS:wa_us⟫ - ⟦f2w⟧: not yet amá, the lady needs your ITIN otra vez
⟪TS:wa_us⟫ - ⟦f1⟧: ⟦ITIN⟧ y el de tu papá es ⟦ITIN⟧
⟪TS:wa_us⟫ - ⟦f2⟧: ok gracias, I'll send them to her on ⟪Monday⟫
""",
    """
caller: hi sí hello um i'm calling por lo de my daughter's medicaid
agent: sure what's her name
caller: ⟦n1w.lc⟧ she was born ⟦DOB:us⟧
agent: and your name
caller: ⟦n2.lc⟧ and i don't have social i have the itin ⟦ITIN:asr⟧
agent: that's fine and the address
caller: ⟦ADDR:us:full⟧
""",
    """
⟪TS:sms⟫ ⟦f1⟧: bro el landlord says the rent went up a ⟪PRICE⟫ 😤
⟪TS:sms⟫ ⟦f2⟧: que?? for ⟦ADDR:us:short⟧??
⟪TS:sms⟫ ⟦f1⟧: yeah, and he wants copia de license de todos. mine is ⟦DL:us⟧
⟪TS:sms⟫ ⟦f2⟧: no manches
""",
    """
Voicemail: "oye ⟦f1.lc⟧ it's ⟦f2.lc⟧ eh call me back porfa my new number is ⟦PHONE:us:asr⟧ el otro se me perdió ok bye"
""",
    """
Family chat "Los ⟦l1⟧ 🌮"
⟪TS:wa_us⟫ - Tío ⟦f2m⟧: who's bringing the tamales for ⟪Nochebuena⟫
⟪TS:wa_us⟫ - ⟦f3⟧: abuela ⟦f4w⟧ obvio
⟪TS:wa_us⟫ - ⟦f5m⟧: y yo traigo los drinks. address is still ⟦ADDR:us:full⟧ right?
⟪TS:wa_us⟫ - Tío ⟦f2m⟧: sí mijo
""",
    """
⟪TS:wa_us⟫ - ⟦f1⟧: can you pay the light bill, mi tarjeta is maxed
⟪TS:wa_us⟫ - ⟦f2⟧: ok dame the account number
⟪TS:wa_us⟫ - ⟦f1⟧: ⟪ORDER⟫, and use this card ⟦CARD⟧ it's the one from work jaja no, it's mine
⟪TS:wa_us⟫ - ⟦f2⟧: 😂 ok
""",
    """
interview transcript — ⟪community health worker⟫ program
q: can you tell me your name and where you're from
a: sí soy ⟦n1.lc⟧ from ⟪Oaxaca⟫ i came in ⟪NUM:1995-2015⟫
q: and your birthday
a: ⟦DOB:es-en⟧
q: and do you have a phone we can reach you
a: ⟦PHONE:us⟧ or my son ⟦f2m.lc⟧ ⟦PHONE:us⟧
""",
    """
§translate to english pls, it's my mom's voice note
"⟦f1m.lc⟧ mijo no se te olvide que tu licencia se vence el ⟪DATE⟫ el número es ⟦DL:us⟧ llévala al dmv"
⟦|⟧"⟦f1⟧, son, don't forget your license expires on ⟪DATE⟫ — the number is ⟦DL:us⟧ — take it to the DMV."
""",
    cc="us",
)

# =========================================================================== PORTUGUESE
_add(
    "pt",
    "pt_br",
    """
⟪TS:wa_br⟫ - ⟦f1⟧: gente o churrasco é no sábado na casa do ⟦f2m⟧
⟪TS:wa_br⟫ - ⟦f3⟧: qual o endereço mesmo?
⟪TS:wa_br⟫ - ⟦f2⟧: ⟦ADDR:br:full⟧, interfone ⟪NUM:11-99⟫
⟪TS:wa_br⟫ - ⟦f1⟧: cada um manda ⟪PRICE⟫ no pix pro ⟦f2⟧, a chave é o celular ⟦PHONE:br⟧
⟪TS:wa_br⟫ - ⟦f4⟧: mandei ✅
""",
    """
Transcrição de áudio do WhatsApp:
"oi ⟦f1.lc⟧ tudo bem é a ⟦f2w.lc⟧ então amiga o cpf da minha mãe pra nota é ⟪NUM:100-999⟫ ponto ... não pera vou mandar por escrito tá e o aniversário dela é ⟦DOB:old⟧ beijo"
""",
    """
Atendimento ⟪Vivo⟫ — transcrição
ATENDENTE: boa tarde meu nome é ⟦f1.lc⟧ com quem eu falo
CLIENTE: é ⟦n2m.lc⟧
ATENDENTE: senhor ⟦f2.lc⟧ pode confirmar a data de nascimento
CLIENTE: ⟦DOB⟧
ATENDENTE: e o número da linha
CLIENTE: ⟦PHONE:br:asr⟧
ATENDENTE: certo o protocolo é ⟪TICKET⟫
""",
    """
⟪TS:wa_br⟫ - Síndico ⟦f1⟧: Prezados, a senha do portão da garagem mudou para ⟦SECRET:door⟧
⟪TS:wa_br⟫ - ⟦f2w⟧ (apto ⟪NUM:11-99⟫2): obrigada!
⟪TS:wa_br⟫ - ⟦f3⟧: e a senha do wifi do salão de festas?
⟪TS:wa_br⟫ - Síndico ⟦f1⟧: ⟦SECRET:wifi⟧
""",
    """
OLX — ⟪Geladeira Brastemp⟫
Comprador ⟦f1⟧: boa noite, ainda tem?
Vendedor ⟦f2⟧: tenho sim
Comprador ⟦f1⟧: faço ⟪PRICE⟫. pode mandar seu endereço pra eu buscar?
Vendedor ⟦f2⟧: ⟦ADDR:br:short⟧, bairro ⟪Tatuapé⟫. meu zap ⟦PHONE:br⟧
""",
    """
§Resume esse grupo da família pra mim

Vó ⟦f1w⟧: bom dia família 🌻
⟦f2⟧: bom dia vó!
Tia ⟦f3w⟧: alguém sabe o telefone novo do ⟦f4m⟧?
⟦f2⟧: ⟦PHONE:br⟧
⟦|⟧A vó ⟦f1⟧ deu bom dia, a tia ⟦f3⟧ perguntou o telefone novo do ⟦f4⟧ e ⟦f2⟧ passou o número (⟦PHONE:br⟧).
""",
    """
Reclame Aqui · ⟦n1⟧ · ⟪São Paulo - SP⟫
"Comprei na ⟪Magalu⟫ (pedido ⟪ORDER⟫) e não chegou. O entregador ⟦f2m⟧ disse que entregou para a vizinha, mas não entregou. Meu endereço é ⟦ADDR:br:full⟧."
Resposta da empresa: Olá ⟦f1⟧, sentimos muito.
""",
    """
⟪TS:wa_br⟫ - ⟦f1⟧: amor passa a senha do netflix
⟪TS:wa_br⟫ - ⟦f2⟧: ⟦EMAIL:2⟧ senha ⟦SECRET:pw⟧
⟪TS:wa_br⟫ - ⟦f1⟧: ❤️
""",
    """
Ficha de cadastro — ⟪Escolinha de Futebol⟫
Aluno: ⟦n1⟧ · Nascimento: ⟦DOB:kid⟧
Responsável: ⟦n2⟧ · Passaporte ⟦PASS:br⟧ (p/ viagem do torneio)
Contato: ⟦PHONE:br⟧ · ⟦EMAIL:2⟧
""",
    cc="br",
)

_add(
    "pt",
    "pt_pt",
    """
⟪TS:wa⟫ ⟦f1⟧: Olá ⟦f2⟧, o senhorio quer o IBAN para devolver a caução
⟪TS:wa⟫ ⟦f2⟧: ⟦IBAN:pt⟧, em nome de ⟦n2⟧
⟪TS:wa⟫ ⟦f1⟧: obrigado! e a tua morada nova?
⟪TS:wa⟫ ⟦f2⟧: ⟦ADDR:pt:full⟧
""",
    """
Mensagem de voz (⟦PHONE:pt⟧):
"boa tarde daqui fala ⟦n1.lc⟧ da ⟪Farmácia Central⟫ a receita da sua mãe a dona ⟦f2w.lc⟧ já está pronta pode levantar até às ⟪TIME⟫"
""",
    cc="pt",
)

# =========================================================================== FRENCH
_add(
    "fr",
    "fr",
    """
⟪TS:wa⟫ ⟦f1⟧: Coucou ! Voilà le RIB pour les courses de la coloc : ⟦IBAN:fr⟧
⟪TS:wa⟫ ⟦f2⟧: merci ! je te fais le virement ce soir
⟪TS:wa⟫ ⟦f3⟧: moi aussi. ⟦f1⟧ t'as le code de la porte d'en bas ? ⟦SECRET:door⟧ ne marche plus
⟪TS:wa⟫ ⟦f1⟧: ils l'ont changé, c'est ⟦SECRET:door⟧ maintenant
""",
    """
Transcription — ⟪Service client SFR⟫
CONSEILLER : bonjour ⟦f1.lc⟧ à l'appareil que puis-je faire pour vous
CLIENTE : oui bonjour euh je voudrais résilier ma box
CONSEILLER : très bien je peux avoir vos nom et prénom
CLIENTE : ⟦n2w.lc⟧
CONSEILLER : et votre date de naissance
CLIENTE : ⟦DOB⟧
CONSEILLER : et l'adresse de la ligne
CLIENTE : ⟦ADDR:fr:full⟧
""",
    """
Message vocal de ⟦PHONE:fr⟧ :
« oui bonjour c'est ⟦n1w.lc⟧ je vous appelle pour l'appartement de la rue ⟪Saint-Maur⟫ je suis toujours intéressée vous pouvez me rappeler au ⟦PHONE:fr:asr⟧ merci »
""",
    """
Groupe « Parents CE2 – ⟪École Jules Ferry⟫ »
⟪TS:wa⟫ ⟦f1⟧: Bonsoir, quelqu'un a le mail de la maîtresse ? Mme ⟦l2w⟧
⟪TS:wa⟫ ⟦f3⟧: ⟦EMAIL:2⟧ je crois
⟪TS:wa⟫ ⟦f1⟧: merci ! ⟦f4m⟧ a de la fièvre, il ne viendra pas demain
⟪TS:wa⟫ ⟦f5⟧: bon rétablissement à ⟦f4⟧ 🙏
""",
    """
Leboncoin — ⟪Canapé d'angle⟫
⟦f1⟧ : Bonjour, toujours dispo ? Je peux passer ce soir
⟦f2⟧ : Oui, adresse : ⟦ADDR:fr:full⟧, 3e étage sans ascenseur 😅
⟦f1⟧ : Parfait, mon numéro ⟦PHONE:fr⟧ si souci
""",
    """
⟪TS:wa⟫ Mamie ⟦f1w⟧: Bonjour mes chéris, voici mon nouveau numéro ⟦PHONE:fr⟧
⟪TS:wa⟫ ⟦f2⟧: Coucou mamie ❤️ enregistré
⟪TS:wa⟫ Mamie ⟦f1w⟧: et le code de la carte bleue c'est ⟦SECRET:pin⟧ si jamais ⟦f3⟧ doit faire les courses
⟪TS:wa⟫ ⟦f2⟧: mamie ne mets pas ça ici 😱
""",
    """
§Tu peux résumer ce fil du forum ?

⟪Forum Doctissimo⟫ › Grossesse
⟦f1⟧ : Bonjour, j'accouche à ⟪la maternité Port-Royal⟫ fin ⟪mai⟫, des retours ?
⟦f2⟧ : J'y ai eu ma fille ⟦f3w⟧ née le ⟦DOB:kid⟧, équipe top
⟦f4⟧ : pareil, la sage-femme ⟦f5⟧ était adorable
⟦|⟧⟦f1⟧ demande des avis sur la maternité Port-Royal. ⟦f2⟧ y a accouché de sa fille ⟦f3⟧ et en est très contente ; ⟦f4⟧ aussi, et recommande la sage-femme ⟦f5⟧.
""",
    """
Fiche d'inscription — ⟪Club de judo de Lyon 7⟫
Nom : ⟦l1.up⟧ Prénom : ⟦f1⟧
Né(e) le : ⟦DOB:kid⟧
Parent : ⟦n2⟧ – ⟦PHONE:fr⟧ – ⟦EMAIL:2⟧
Adresse : ⟦ADDR:fr:full⟧
""",
    cc="fr",
)

_add(
    "fr",
    "sn|ma|fr",
    """
⟪TS:wa⟫ ⟦f1⟧: Salam ⟦f2⟧, envoie-moi ton numéro de passeport pour le billet ⟪Dakar⟫–⟪Paris⟫
⟪TS:wa⟫ ⟦f2⟧: ⟦PASS:sn⟧, expire en ⟪NUM:2026-2032⟫
⟪TS:wa⟫ ⟦f1⟧: et ta date de naissance exacte ?
⟪TS:wa⟫ ⟦f2⟧: ⟦DOB⟧
⟪TS:wa⟫ ⟦f1⟧: c'est bon, vol ⟪FLIGHT⟫ le ⟪DATE⟫
""",
    """
Message vocal transcrit (⟦f1⟧) :
« allô ⟦f2.lc⟧ c'est tonton ⟦f3m.lc⟧ je suis à l'aéroport de ⟪Casablanca⟫ mon numéro marocain c'est ⟦PHONE:ma:asr⟧ rappelle-moi »
""",
    cc="sn",
)

_add(
    "fr-en",
    "fr",
    """
⟪TS:wa⟫ ⟦f1⟧: le call avec le client est moved à ⟪TIME⟫, ok for you?
⟪TS:wa⟫ ⟦f2⟧: ok np. tu peux m'envoyer le deck + le login du dashboard?
⟪TS:wa⟫ ⟦f1⟧: user ⟦EMAIL:work:1⟧ / pwd ⟦SECRET:pw⟧, c'est du staging anyway
⟪TS:wa⟫ ⟦f2⟧: top merci, see you à la réunion
""",
    """
Meeting captions (auto) — ⟪Montréal⟫ office
⟦f1⟧: bon so on commence, ⟦f2⟧ tu share ton screen?
⟦f2⟧: oui one sec... ok so le server de test est sur ⟦IP⟧
⟦f3⟧: c'est le même MAC whitelist? ⟦MAC⟧?
⟦f2⟧: yes exactement
""",
    """
⟪TS:tg⟫ ⟦f1⟧: t'as le number de ⟦f2w⟧? je dois lui send les photos du wedding
⟪TS:tg⟫ ⟦f3⟧: ⟦PHONE:fr⟧, mais elle est à ⟪London⟫ cette week
⟪TS:tg⟫ ⟦f1⟧: ok thanks je lui write sur insta aussi, c'est ⟪HANDLE⟫ non?
""",
    """
Voicemail: « hey ⟦f1.lc⟧ c'est ⟦f2.lc⟧ anyway je suis devant ton building ⟦ADDR:short⟧ et le code marche pas, c'est toujours ⟦SECRET:door⟧? call me back »
""",
    """
§Translate to English, this is my coloc:
« yo, le proprio a changé le wifi, c'est ⟦SECRET:wifi⟧ now. et ⟦f1⟧ a laissé ses keys chez ⟪Franprix⟫ lol »
⟦|⟧"Hey, the landlord changed the wifi, it's ⟦SECRET:wifi⟧ now. And ⟦f1⟧ left their keys at ⟪Franprix⟫, lol."
""",
    cc="fr",
)

# =========================================================================== GERMAN
_add(
    "de",
    "de",
    """
⟪TS:wa_de⟫ ⟦f1⟧: Hallo zusammen, die Nebenkostenabrechnung ist da 🙄
⟪TS:wa_de⟫ ⟦f2⟧: wie viel müssen wir nachzahlen?
⟪TS:wa_de⟫ ⟦f1⟧: ⟪PRICE⟫ pro Person, bitte an ⟦IBAN:de⟧ (Kontoinhaber ⟦n1⟧)
⟪TS:wa_de⟫ ⟦f3⟧: erledigt ✅
⟪TS:wa_de⟫ ⟦f2⟧: mach ich morgen
""",
    """
Anrufprotokoll (automatisch transkribiert) — ⟪Stadtwerke⟫
MITARBEITER: guten tag sie sprechen mit ⟦f1.lc⟧ was kann ich für sie tun
KUNDE: ja hallo ⟦n2.lc⟧ hier ich ziehe um und wollte den zähler ummelden
MITARBEITER: wie lautet die neue adresse
KUNDE: ⟦ADDR:de:full⟧
MITARBEITER: und ihr geburtsdatum zur verifizierung
KUNDE: ⟦DOB⟧
MITARBEITER: danke das ist notiert ab dem ⟪DATE⟫
""",
    """
Sprachnachricht von ⟦f1⟧ (transkribiert):
„hey ⟦f2.lc⟧ ähm ich bin's also der schlüssel liegt beim nachbarn herrn ⟦l3m.lc⟧ im zweiten stock und der code fürs fahrradschloss ist ⟦SECRET:pin⟧ okay ciao"
""",
    """
Elterngruppe ⟪Kita Sonnenschein⟫ 🌞
⟪TS:wa_de⟫ ⟦f1⟧: Hat jemand die Handynummer von Frau ⟦l2w⟧? Die Erzieherin
⟪TS:wa_de⟫ ⟦f3⟧: ⟦PHONE:de⟧
⟪TS:wa_de⟫ ⟦f1⟧: danke! ⟦f4⟧ ist krank, kommt morgen nicht
⟪TS:wa_de⟫ Oma ⟦f5w⟧: gute Besserung an ⟦f4⟧ 💐
""",
    """
Kleinanzeigen — ⟪Kinderwagen Bugaboo⟫ · ⟪PRICE⟫ VB
⟦f1⟧: Hallo, ist der noch da?
⟦f2⟧: Ja. Abholung in ⟦ADDR:de:full⟧
⟦f1⟧: Kann ich per PayPal zahlen? ⟦EMAIL:1⟧
⟦f2⟧: Lieber bar bei Abholung
""",
    """
Sprachnachricht (Transkript) von Mama:
„⟦f1.lc⟧ schatz ich hab dir doch die pin von der neuen ec karte aufgeschrieben ⟦SECRET:pin⟧ und die steuer-id kommt per post an die alte adresse ⟦ADDR:de:short⟧ bussi"
""",
    """
Forum ⟪motor-talk.de⟫ › Versicherung
Re: Führerscheinnummer bei Anmeldung angeben?
Zitat von ⟦f1⟧ am ⟪TS:date⟫:
> muss man die wirklich angeben?
Ja. Meine ist ⟦DL:de⟧, stand im Formular der ⟪HUK⟫ als Pflichtfeld. Grüße, ⟦f2⟧
""",
    """
Teams-Besprechung — Transkript
⟦n1⟧   ⟪TS:ms⟫
Also, äh, der neue Kollege ⟦n2m⟧ fängt am ⟪DATE⟫ an.
⟦n3⟧   ⟪TS:ms⟫
Braucht er einen Laptop? Die MAC-Adresse für die Firewall ist dann ⟦MAC⟧.
⟦n1⟧   ⟪TS:ms⟫
Ja, und ⟦f4⟧ aus der IT richtet ihm den VPN-Zugang ein.
""",
    """
§Fass bitte diese Nachrichten zusammen:

Opa ⟦f1m⟧: Hallo Kinder, ich bin jetzt auch bei WhatsApp
⟦f2⟧: willkommen Opa!! 🥳
Opa ⟦f1m⟧: Meine Adresse für die Weihnachtskarten ist jetzt ⟦ADDR:de:full⟧
⟦|⟧Opa ⟦f1⟧ ist neu bei WhatsApp und teilt seine neue Adresse für Weihnachtskarten mit (⟦ADDR:de:full⟧). ⟦f2⟧ heißt ihn willkommen.
""",
    """
Bewertung bei ⟪Google⟫ · ⟦n1⟧ · ★☆☆☆☆
Handwerker ⟦f2m⟧ kam drei Stunden zu spät und hat die Rechnung (⟪PRICE⟫) auf meine alte Adresse geschickt. Nie wieder ⟪Sanitär Krause GmbH⟫.
Antwort des Inhabers: Sehr geehrte/r ⟦l1⟧, das tut uns leid.
""",
    """
Anmeldung ⟪Sportverein TSV 1860⟫ – Jugendabteilung
Name: ⟦n1⟧
Geburtsdatum: ⟦DOB:kid⟧
Erziehungsberechtigte/r: ⟦n2⟧, ⟦PHONE:de⟧
SEPA-Lastschrift: IBAN ⟦IBAN:de⟧
""",
    cc="de",
)

_add(
    "de",
    "de",
    """
⟪TS:wa_de⟫ ⟦f1⟧: Servus! Die Wohnung in der ⟦ADDR:at:short⟧ ist noch frei
⟪TS:wa_de⟫ ⟦f2⟧: super, kann ich am ⟪DATE⟫ besichtigen?
⟪TS:wa_de⟫ ⟦f1⟧: passt. Bitte Reisepass mitnehmen, für den Mietvertrag brauch ich die Nummer
⟪TS:wa_de⟫ ⟦f2⟧: ⟦PASS:at⟧, damit du sie schon hast
""",
    cc="at",
)

_add(
    "gsw",
    "ch",
    """
⟪TS:wa_de⟫ ⟦f1⟧: Hoi zäme! Wer chunnt am Samschtig as Grillfäscht?
⟪TS:wa_de⟫ ⟦f2⟧: ich und de ⟦f3m⟧ 🙋
⟪TS:wa_de⟫ ⟦f1⟧: super. Adrässe isch ⟦ADDR:ch:full⟧, lüüted bi ⟦l1⟧
⟪TS:wa_de⟫ ⟦f4⟧: ich bringe Cervelat vom ⟪Coop⟫ mit
""",
    """
Sprachnachricht (transkribiert):
„sali ⟦f1.lc⟧ do isch ⟦f2.lc⟧ du chasch mer dr betrag eifach uf mis konto überwiise ⟦IBAN:ch⟧ merci vielmol und grüess a dini mueter"
""",
    """
⟪TS:wa_de⟫ ⟦f1⟧: Weisch du s WLAN-Passwort vo de Ferienwohnig?
⟪TS:wa_de⟫ ⟦f2⟧: ⟦SECRET:wifi⟧ und dr Schlüsselkaschte-Code isch ⟦SECRET:door⟧
⟪TS:wa_de⟫ ⟦f1⟧: merci! und d Nummere vom Vermieter?
⟪TS:wa_de⟫ ⟦f2⟧: ⟦PHONE:ch⟧, er heisst ⟦n3m⟧
""",
    """
Protokoll Vereinsversammlig ⟪FC Wiedikon⟫ (Uufnahm transkribiert)
⟦n1⟧: mir begrüessed üsi nöie Mitglieder ⟦n2⟧ und ⟦n3⟧
⟦n4⟧: dr Mitgliederbitrag isch ⟪PRICE⟫, bitte bis ⟪DATE⟫ zahle
⟦n1⟧: und de ⟦f5m⟧ het Geburtstag, är isch am ⟦DOB⟧ gebore, e runde Geburtstag! 🎉
""",
    """
⟪TS:wa_de⟫ ⟦f1⟧: Chasch mer dini Handynummere gäh für d Twint-Zahlig?
⟪TS:wa_de⟫ ⟦f2⟧: ⟦PHONE:ch⟧
⟪TS:wa_de⟫ ⟦f1⟧: merci, han dir ⟪PRICE⟫ gschickt für d Konzertbillet
""",
    cc="ch",
)

# =========================================================================== ITALIAN
_add(
    "it",
    "it",
    """
⟪TS:wa⟫ ⟦f1⟧: Ragazzi la quota per il regalo della maestra ⟦f2w⟧ è ⟪PRICE⟫ a testa
⟪TS:wa⟫ ⟦f3⟧: a chi li mando?
⟪TS:wa⟫ ⟦f1⟧: IBAN ⟦IBAN:it⟧ intestato a ⟦n1⟧
⟪TS:wa⟫ ⟦f4⟧: fatto, causale "regalo ⟦f2⟧"
""",
    """
Trascrizione chiamata — ⟪Enel Energia⟫
OPERATORE: buongiorno sono ⟦f1.lc⟧ come posso aiutarla
CLIENTE: sì buongiorno volevo fare la voltura del contratto
OPERATORE: mi dà nome e cognome
CLIENTE: ⟦n2.lc⟧
OPERATORE: data di nascita
CLIENTE: ⟦DOB⟧
OPERATORE: e l'indirizzo della fornitura
CLIENTE: ⟦ADDR:it:full⟧
""",
    """
Messaggio vocale trascritto da ⟦f1⟧:
"ciao ⟦f2.lc⟧ sono io senti il codice del portone è cambiato adesso è ⟦SECRET:door⟧ e la password del wifi la trovi sul frigo comunque è ⟦SECRET:wifi⟧ baci"
""",
    """
Subito.it — ⟪Vespa Primavera 125⟫
⟦f1⟧: Salve, è ancora disponibile?
⟦f2⟧: sì, la vede a ⟦ADDR:it:full⟧ dopo le ⟪TIME⟫
⟦f1⟧: perfetto, il mio numero ⟦PHONE:it⟧
⟦f2⟧: ok, porti la patente per il giro di prova 😊
""",
    """
Gruppo "Famiglia ⟦l1⟧ 🍝"
⟪TS:wa⟫ Nonna ⟦f1w⟧: ⟦d2⟧ amore quando vieni a pranzo
⟪TS:wa⟫ ⟦d2⟧: domenica nonna! porto anche ⟦f3⟧
⟪TS:wa⟫ Zio ⟦d4m⟧: io porto il vino 🍷
⟪TS:wa⟫ Nonna ⟦f1w⟧: il mio numero nuovo ⟦PHONE:it⟧ salvatelo
""",
    """
§Riassumi questa chat per favore

⟦f1⟧: domani non posso accompagnare ⟦f3⟧ a calcio
⟦f2⟧: ci penso io, a che ora?
⟦f1⟧: alle ⟪TIME⟫ al campo di ⟪via Padova⟫
⟦|⟧⟦f1⟧ non può accompagnare ⟦f3⟧ a calcio domani; se ne occupa ⟦f2⟧, all'orario indicato, al campo di via Padova.
""",
    """
Modulo iscrizione ⟪ASD Nuoto Bologna⟫
Atleta: ⟦n1⟧ — nato/a il ⟦DOB:kid⟧
Genitore: ⟦n2⟧ — cell. ⟦PHONE:it⟧ — email ⟦EMAIL:2⟧
Patente del genitore accompagnatore: ⟦DL:it⟧
""",
    """
Recensione ⟪TripAdvisor⟫ · ⟦n1⟧ · ★★★★★
"Trattoria ⟪Da Gino⟫: il proprietario ⟦f2m⟧ e sua moglie ⟦f3w⟧ ci hanno fatto sentire a casa. Il figlio ⟦f4m⟧ ci ha anche chiamato un taxi."
""",
    cc="it",
)

# =========================================================================== DUTCH
_add(
    "nl",
    "nl",
    """
⟪TS:wa⟫ ⟦f1⟧: Hoi allemaal, de borrel is ⟪DATE⟫ bij mij thuis, ⟦ADDR:nl:full⟧
⟪TS:wa⟫ ⟦f2⟧: gezellig! neem ik ⟦f3⟧ mee?
⟪TS:wa⟫ ⟦f1⟧: tuurlijk. Tikkie voor de hapjes volgt, of maak ⟪PRICE⟫ over naar ⟦IBAN:nl⟧
⟪TS:wa⟫ ⟦f4⟧: top 👍
""",
    """
Gesprek klantenservice (transcriptie)
MEDEWERKER: goedemiddag u spreekt met ⟦f1.lc⟧
KLANT: ja hallo met ⟦n2.lc⟧ ik heb een vraag over mijn pakket
MEDEWERKER: wat is het trackingnummer
KLANT: ⟪TRACK⟫
MEDEWERKER: en uw postcode en huisnummer
KLANT: ⟦ADDR:nl:full⟧
MEDEWERKER: het wordt ⟪DATE⟫ bezorgd
""",
    """
Marktplaats — ⟪Gazelle damesfiets⟫
⟦f1⟧: Is de fiets nog beschikbaar?
⟦f2⟧: ja, ophalen in ⟪Utrecht⟫. ⟦ADDR:nl:short⟧
⟦f1⟧: kan ik vast betalen? stuur je IBAN
⟦f2⟧: ⟦IBAN:nl⟧ t.n.v. ⟦n2⟧
""",
    """
Spraakbericht (uitgeschreven):
"hee ⟦f1.lc⟧ met ⟦f2.lc⟧ ik sta voor de deur maar de code werkt niet was het nou ⟦SECRET:door⟧ bel me even terug op ⟦PHONE:nl:asr⟧"
""",
    """
Appgroep ⟪Voetbal JO11⟫ ⚽
⟪TS:wa⟫ Trainer ⟦f1⟧: Zaterdag uit bij ⟪VV Zwaluwen⟫, verzamelen ⟪TIME⟫
⟪TS:wa⟫ ⟦f2⟧: ⟦f3⟧ kan niet, verjaardag van oma
⟪TS:wa⟫ Trainer ⟦f1⟧: ok! wie rijdt er? ⟦f4⟧ en ⟦f5⟧?
⟪TS:wa⟫ ⟦f4⟧: ik rij, 3 plekken
""",
    """
Inschrijfformulier zwemles
Naam kind: ⟦n1⟧
Geboortedatum: ⟦DOB:kid⟧
Ouder: ⟦n2⟧ · ⟦PHONE:nl⟧ · ⟦EMAIL:2⟧
Adres: ⟦ADDR:nl:full⟧
""",
    cc="nl",
)

_add(
    "nl",
    "nl",
    """
Voicemail (getranscribeerd): "ja goeiedag u spreekt met ⟦n1.lc⟧ van ⟪Fietsenwinkel De Spaak⟫ in ⟪Gent⟫ uw fiets is klaar het kost ⟪PRICE⟫ u kunt betalen op ⟦IBAN:be⟧ of bij ophalen"
""",
    cc="be",
)

# =========================================================================== POLISH
_add(
    "pl",
    "pl",
    """
⟪TS:wa⟫ ⟦f1⟧: Cześć! Zrzutka na prezent dla ⟦f2⟧ – ⟪PRICE⟫ od osoby
⟪TS:wa⟫ ⟦f3⟧: na jaki numer konta?
⟪TS:wa⟫ ⟦f1⟧: ⟦IBAN:pl⟧, albo BLIK na ⟦PHONE:pl⟧
⟪TS:wa⟫ ⟦f4⟧: wysłane ✅
""",
    """
Transkrypcja rozmowy — infolinia ⟪Orange⟫
KONSULTANT: dzień dobry nazywam się ⟦f1.lc⟧ w czym mogę pomóc
KLIENT: dzień dobry ⟦n2m.lc⟧ chciałem przenieść numer
KONSULTANT: poproszę numer telefonu
KLIENT: ⟦PHONE:pl:asr⟧
KONSULTANT: i datę urodzenia
KLIENT: ⟦DOB⟧
""",
    """
Wiadomość głosowa (transkrypcja):
"cześć ⟦d1.lc⟧ tu ⟦d2.lc⟧ słuchaj kod do domofonu to ⟦SECRET:door⟧ a klucze są u pani ⟦l3w.lc⟧ spod siódemki pa"
""",
    """
OLX — ⟪Wózek dziecięcy⟫
⟦f1⟧: Dzień dobry, aktualne?
⟦f2⟧: Tak, odbiór ⟦ADDR:pl:full⟧
⟦f1⟧: Mogę zapłacić przelewem? Proszę o numer konta
⟦f2⟧: ⟦IBAN:pl⟧, ⟦n2⟧
""",
    """
Grupa "Rodzice ⟪3b⟫"
⟪TS:wa⟫ ⟦f1⟧: Czy ktoś ma maila do pani ⟦l2w⟧?
⟪TS:wa⟫ ⟦f3⟧: ⟦EMAIL:2⟧
⟪TS:wa⟫ ⟦f1⟧: dzięki! ⟦d4⟧ jutro nie będzie, ma gorączkę
⟪TS:wa⟫ Babcia ⟦f5w⟧: zdrowia dla ⟦d4⟧ 🌷
""",
    """
§Streść mi tę rozmowę

⟦f1⟧: mamo, wyślij mi numer paszportu, rezerwuję lot do ⟪Londynu⟫
Mama: ⟦PASS:pl⟧, data urodzenia ⟦DOB:old⟧
⟦f1⟧: dzięki, lot ⟪FLIGHT⟫
⟦|⟧⟦f1⟧ poprosił(a) mamę o numer paszportu, żeby zarezerwować lot; mama podała numer ⟦PASS:pl⟧ i datę urodzenia ⟦DOB:old⟧.
""",
    """
Zgłoszenie — ⟪Spółdzielnia Mieszkaniowa⟫
Lokator: ⟦n1⟧, ⟦ADDR:pl:short⟧
Tel.: ⟦PHONE:pl⟧
Treść: przecieka kaloryfer. Klucz u sąsiada, pana ⟦n2m⟧.
""",
    cc="pl",
)

# =========================================================================== CZECH
_add(
    "cs",
    "cs",
    """
⟪TS:wa⟫ ⟦f1⟧: Ahoj, posílám číslo účtu na nájem: ⟦IBAN:cz⟧
⟪TS:wa⟫ ⟦f2⟧: díky, pošlu zítra. Kód od vchodu je pořád ⟦SECRET:door⟧?
⟪TS:wa⟫ ⟦f1⟧: jo. A ⟦f3⟧ se stěhuje ⟪DATE⟫
""",
    """
Hlasová zpráva (přepis):
"dobrý den tady ⟦n1.lc⟧ volám ohledně toho bytu na ⟦ADDR:cz:short⟧ můžete mi zavolat na ⟦PHONE:cz:asr⟧ děkuji"
""",
    """
Bazoš — ⟪Dětské kolo⟫
⟦f1⟧: Dobrý den, je ještě k dispozici?
⟦f2⟧: Ano, vyzvednutí ⟦ADDR:cz:full⟧
⟦f1⟧: Super, moje číslo ⟦PHONE:cz⟧
""",
    """
Přihláška — ⟪Fotbalový klub Bohemians⟫
Hráč: ⟦n1m⟧, narozen ⟦DOB:kid⟧
Zákonný zástupce: ⟦n2⟧, ⟦PHONE:cz⟧, ⟦EMAIL:2⟧
""",
    """
§Shrň mi tenhle chat

⟦f1⟧: babička ⟦f2w⟧ slaví v sobotu kulatiny
⟦f3⟧: jé! narodila se ⟦DOB:old⟧ že?
⟦f1⟧: jo. sraz u ní ⟦ADDR:cz:short⟧ v ⟪TIME⟫
⟦|⟧Babička ⟦f2⟧ slaví v sobotu kulaté narozeniny (narozena ⟦DOB:old⟧); sraz je u ní na adrese ⟦ADDR:cz:short⟧.
""",
    cc="cz",
)

# =========================================================================== RUSSIAN
_add(
    "ru",
    "ru",
    """
⟦n1⟧, [⟪TS:tg2⟫]
Всем привет! Собираем на подарок ⟦d2⟧ по ⟪PRICE⟫
⟦n3⟧, [⟪TS:tg2⟫]
куда переводить?
⟦n1⟧, [⟪TS:tg2⟫]
по номеру ⟦PHONE:ru⟧, Сбер, получатель ⟦n1⟧
⟦n4w⟧, [⟪TS:tg2⟫]
перевела ✅
""",
    """
Расшифровка звонка — ⟪горячая линия банка⟫
ОПЕРАТОР: здравствуйте меня зовут ⟦f1.lc⟧ чем могу помочь
КЛИЕНТ: здравствуйте у меня заблокировали карту
ОПЕРАТОР: назовите пожалуйста фио и дату рождения
КЛИЕНТ: ⟦n2.lc⟧ ⟦DOB⟧
ОПЕРАТОР: спасибо и последние четыре цифры карты
КЛИЕНТ: ⟪NUM:1000-9999⟫
ОПЕРАТОР: карта разблокирована никому не сообщайте код из смс
""",
    """
Голосовое сообщение (расшифровка):
«⟦d1.lc⟧ привет это мама слушай код от домофона поменяли теперь ⟦SECRET:door⟧ и ключи у ⟦d2.lc⟧ целую»
""",
    """
Авито — ⟪Детская коляска⟫ · ⟪PRICE⟫
⟦f1⟧: Здравствуйте, ещё актуально?
⟦f2⟧: да
⟦f1⟧: давайте я оплачу через доставку, пришлите номер карты и код из смс
⟦f2⟧: нет, только самовывоз: ⟦ADDR:ru:full⟧
⟦f1⟧: ладно, мой номер ⟦PHONE:ru⟧
""",
    """
Чат дома «⟪ЖК Солнечный⟫»
⟪TS:tg⟫ ⟦n1⟧: Соседи, кто оставил машину у второго подъезда?
⟪TS:tg⟫ ⟦n2⟧: это мой гость, сейчас уберёт
⟪TS:tg⟫ ⟦n3⟧: кстати пароль от вайфая в холле ⟦SECRET:wifi⟧
⟪TS:tg⟫ ⟦n1⟧: спасибо ⟦f3⟧
""",
    """
§Перескажи кратко:

⟦f1⟧: ⟦d2m⟧, скинь паспортные данные для билетов
⟦f2m⟧: ⟦PASS:ru⟧, ⟦n2⟧, дата рождения ⟦DOB⟧
⟦f1⟧: ок, рейс ⟪FLIGHT⟫ в ⟪TIME⟫
⟦|⟧⟦f1⟧ попросил(а) у ⟦f2⟧ паспортные данные для покупки билетов; ⟦f2⟧ прислал номер паспорта ⟦PASS:ru⟧ и дату рождения ⟦DOB⟧.
""",
    """
Отзыв на ⟪Яндекс Картах⟫ · ⟦n1⟧ · ★★★★★
Мастер ⟦f2m⟧ починил стиральную машину за полчаса. Администратор ⟦f3w⟧ очень вежливая. Рекомендую ⟪Сервис-Центр Плюс⟫!
""",
    """
Анкета участника ⟪марафона⟫
ФИО: ⟦n1⟧
Дата рождения: ⟦DOB⟧
Телефон: ⟦PHONE:ru⟧
Email: ⟦EMAIL:1⟧
Экстренный контакт: ⟦n2⟧, ⟦PHONE:ru⟧
""",
    """
⟪TS:tg⟫ ⟦f1⟧: Бабушка ⟦f2w⟧ родилась ⟦DOB:old⟧, а не в ⟪NUM:1930-1945⟫, я уточнила у мамы
⟪TS:tg⟫ ⟦f3⟧: ого, значит у неё юбилей!
⟪TS:tg⟫ ⟦f1⟧: да, отмечаем у неё, ⟦ADDR:ru:short⟧
""",
    """
Созвон (автосубтитры)
⟦f1⟧: так, ну что, ⟦f2⟧, сервер поднял?
⟦f2⟧: да, он на ⟦IP⟧, логин admin, пароль ⟦SECRET:pw⟧
⟦f3⟧: пароли в чат не пишем 🙃
""",
    cc="ru",
)

_add(
    "ru-Latn",
    "ru_Latn",
    """
⟪TS:wa⟫ ⟦d1⟧: privet! skin' nomer karty, ya tebe za bilety perevedu
⟪TS:wa⟫ ⟦d2⟧: ⟦CARD⟧, na imya ⟦n2.up⟧
⟪TS:wa⟫ ⟦d1⟧: ok, perevela ⟪PRICE⟫
⟪TS:wa⟫ ⟦d2⟧: spasibo 😘
""",
    """
⟪TS:tg⟫ ⟦f1⟧: rebyata, kto mozhet zabrat' ⟦d2⟧ iz sadika segodnya?
⟪TS:tg⟫ ⟦f3⟧: ya mogu, adres napomni
⟪TS:tg⟫ ⟦f1⟧: ⟦ADDR:ru_l:full⟧, kod domofona ⟦SECRET:door⟧
⟪TS:tg⟫ ⟦f3⟧: ok, budu v ⟪TIME⟫
""",
    """
golosovoe (transcript): "⟦d1.lc⟧ eto ⟦d2.lc⟧ perezvoni mne na novyi nomer ⟦PHONE:ru_l:asr⟧ staryi poteryal poka"
""",
    """
⟪TS:wa⟫ ⟦f1⟧: mama sprashivaet tvoyu datu rozhdeniya dlya vizy
⟪TS:wa⟫ ⟦f2⟧: ⟦DOB⟧, i pasport ⟦PASS:ru⟧
⟪TS:wa⟫ ⟦f1⟧: spasibo, ona podast v ⟪ponedel'nik⟫
""",
    """
§Translate from translit russian please:
"⟦f1⟧, ya ostavil klyuchi u soseda ⟦f2m⟧, wifi parol' ⟦SECRET:wifi⟧, kvartira ⟦ADDR:ru_l:short⟧"
⟦|⟧"⟦f1⟧, I left the keys with the neighbour ⟦f2⟧; the wifi password is ⟦SECRET:wifi⟧; the flat is ⟦ADDR:ru_l:short⟧."
""",
    cc="ru_l",
)

# =========================================================================== UKRAINIAN
_add(
    "uk",
    "uk",
    """
⟦n1⟧, [⟪TS:tg2⟫]
Привіт! Скидаю реквізити для оплати оренди: ⟦IBAN:ua⟧, отримувач ⟦n1⟧
⟦n2⟧, [⟪TS:tg2⟫]
дякую, оплачу сьогодні
⟦n1⟧, [⟪TS:tg2⟫]
і нагадую, код від під'їзду ⟦SECRET:door⟧
""",
    """
Голосове повідомлення (розшифровка):
«⟦d1.lc⟧ привіт це бабуся ⟦f2w.lc⟧ я нарешті в телеграмі мій номер ⟦PHONE:ua⟧ передзвони»
""",
    """
Розшифровка дзвінка — ⟪Нова пошта⟫
ОПЕРАТОР: добрий день мене звати ⟦f1.lc⟧
КЛІЄНТ: добрий день посилка ⟪TRACK⟫ не прийшла
ОПЕРАТОР: підкажіть ваше прізвище ім'я та номер телефону
КЛІЄНТ: ⟦n2.lc⟧ ⟦PHONE:ua:asr⟧
ОПЕРАТОР: посилка у відділенні, адреса доставки ⟦ADDR:ua:short⟧
""",
    """
Чат батьків ⟪3-А клас⟫
⟪TS:tg⟫ ⟦f1⟧: Хто має номер вчительки ⟦n2w⟧?
⟪TS:tg⟫ ⟦f3⟧: ⟦PHONE:ua⟧
⟪TS:tg⟫ ⟦f1⟧: дякую! ⟦d4m⟧ завтра не буде, захворів
""",
    """
Анкета волонтера
ПІБ: ⟦n1⟧
Дата народження: ⟦DOB⟧
Адреса: ⟦ADDR:ua:full⟧
Телефон: ⟦PHONE:ua⟧
""",
    """
§Переклади англійською:
«⟦f1⟧, я передала ключі сусідці ⟦f2w⟧, пароль від вайфаю ⟦SECRET:wifi⟧»
⟦|⟧"⟦f1⟧, I gave the keys to the neighbour ⟦f2⟧; the wifi password is ⟦SECRET:wifi⟧."
""",
    cc="ua",
)

# =========================================================================== GREEK
_add(
    "el",
    "el",
    """
⟪TS:viber⟫ ⟦f1⟧: Καλησπέρα! Το ενοίκιο στο ⟦IBAN:gr⟧, δικαιούχος ⟦n1⟧
⟪TS:viber⟫ ⟦f2⟧: Ευχαριστώ, θα το στείλω αύριο
⟪TS:viber⟫ ⟦f1⟧: Και ο κωδικός της εξώπορτας άλλαξε: ⟦SECRET:door⟧
""",
    """
Ηχητικό μήνυμα (απομαγνητοφώνηση):
«⟦d1.lc⟧ μου γεια σου η γιαγιά ⟦f2w.lc⟧ είμαι πάρε με στο καινούργιο κινητό ⟦PHONE:gr:asr⟧ φιλιά»
""",
    """
Κλήση εξυπηρέτησης — ⟪ΔΕΗ⟫
ΥΠΑΛΛΗΛΟΣ: καλημέρα ονομάζομαι ⟦f1.lc⟧
ΠΕΛΑΤΗΣ: καλημέρα ⟦n2.lc⟧ εδώ θέλω να αλλάξω τη διεύθυνση λογαριασμού
ΥΠΑΛΛΗΛΟΣ: η νέα διεύθυνση;
ΠΕΛΑΤΗΣ: ⟦ADDR:gr:full⟧
ΥΠΑΛΛΗΛΟΣ: και ημερομηνία γέννησης
ΠΕΛΑΤΗΣ: ⟦DOB⟧
""",
    """
Ομάδα «Γονείς ⟪Β2⟫»
⟪TS:wa⟫ ⟦f1⟧: Έχει κανείς το email της κυρίας ⟦l2w⟧;
⟪TS:wa⟫ ⟦f3⟧: ⟦EMAIL:2⟧
⟪TS:wa⟫ ⟦f1⟧: ευχαριστώ! ο ⟦f4m⟧ είναι άρρωστος
""",
    """
§Κάνε μου περίληψη:

⟦f1⟧: ο παππούς ⟦f2m⟧ γεννήθηκε ⟦DOB:old⟧ στη ⟪Σμύρνη⟫;
⟦f3⟧: όχι, στη ⟪Θεσσαλονίκη⟫. το διαβατήριό του ήταν ⟦PASS:gr⟧
⟦|⟧Συζητούν πού γεννήθηκε ο παππούς ⟦f2⟧ (γεννημένος ⟦DOB:old⟧)· ο/η ⟦f3⟧ λέει στη Θεσσαλονίκη και αναφέρει τον αριθμό διαβατηρίου του, ⟦PASS:gr⟧.
""",
    cc="gr",
)

_add(
    "el-Latn",
    "el_Latn",
    """
⟪TS:wa⟫ ⟦f1⟧: re ⟦f2⟧ steile mou to IBAN na sou valw ta lefta gia ta eisitiria
⟪TS:wa⟫ ⟦f2⟧: ⟦IBAN:gr⟧
⟪TS:wa⟫ ⟦f1⟧: ok esteila ⟪PRICE⟫
""",
    """
⟪TS:viber⟫ ⟦d1⟧: ti kaneis? to neo mou kinito einai ⟦PHONE:gr_l⟧
⟪TS:viber⟫ ⟦d2⟧: ok to ekana save. pou meneis twra?
⟪TS:viber⟫ ⟦d1⟧: ⟦ADDR:gr_l:full⟧, ela otan theleis
""",
    """
foniko minima (transcript): "geia sou ⟦f1.lc⟧ o ⟦f2m.lc⟧ eimai o kwdikos tou wifi sto spiti einai ⟦SECRET:wifi⟧ kai to klidi einai sti glastra"
""",
    """
§Can you translate this greeklish?
"⟦f1⟧ mou, xronia polla! gennithikes ⟦DOB⟧ kai akoma 18 fainesai 😂 — ⟦f2⟧"
⟦|⟧"My dear ⟦f1⟧, happy birthday! You were born on ⟦DOB⟧ and you still look 18 😂 — ⟦f2⟧"
""",
    cc="gr_l",
)

# =========================================================================== TURKISH
_add(
    "tr",
    "tr",
    """
⟪TS:wa⟫ ⟦f1m⟧: Arkadaşlar kira için IBAN: ⟦IBAN:tr⟧ (⟦n1⟧)
⟪TS:wa⟫ ⟦f2⟧: tamamdır abi gönderiyorum
⟪TS:wa⟫ ⟦f3⟧: ⟦f1⟧ abi kombi yine arızalı
⟪TS:wa⟫ ⟦f1⟧: tamam usta ⟦f4m⟧ yarın gelir, numarası ⟦PHONE:tr⟧
""",
    """
Çağrı merkezi dökümü — ⟪Türk Telekom⟫
TEMSİLCİ: iyi günler ben ⟦f1.lc⟧ size nasıl yardımcı olabilirim
MÜŞTERİ: merhaba ⟦n2.lc⟧ ben internetim kesik
TEMSİLCİ: doğum tarihinizi alabilir miyim
MÜŞTERİ: ⟦DOB⟧
TEMSİLCİ: adresiniz
MÜŞTERİ: ⟦ADDR:tr:full⟧
TEMSİLCİ: modemin mac adresini okur musunuz
MÜŞTERİ: ⟦MAC⟧
""",
    """
Sesli mesaj (çözümlenmiş):
"⟦d1w.lc⟧ kızım ben anneannen telefon numaram değişti yeni numaram ⟦PHONE:tr:asr⟧ kaydet tamam mı öptüm"
""",
    """
Sahibinden — ⟪Bisiklet⟫
⟦f1⟧: Merhaba hala satılık mı?
⟦f2⟧: evet, ⟦ADDR:tr:short⟧ gelip bakabilirsiniz
⟦f1⟧: kapora için IBAN atar mısınız
⟦f2⟧: ⟦IBAN:tr⟧ ⟦n2⟧
""",
    """
Site yönetimi grubu 🏢
⟪TS:wa⟫ Yönetici ⟦n1⟧: Otopark kapısının şifresi ⟦SECRET:door⟧ olarak değişti
⟪TS:wa⟫ ⟦f2⟧: teşekkürler
⟪TS:wa⟫ ⟦f3⟧: wifi şifresi de değişti mi
⟪TS:wa⟫ Yönetici ⟦n1⟧: ⟦SECRET:wifi⟧
""",
    """
§Bu sohbeti özetler misin?

⟦PERSON=Can⟧: ⟦PERSON=Deniz⟧ bu akşam denize gidiyor muyuz
⟦PERSON=Deniz⟧: evet ⟦PERSON=Nur⟧ da geliyor
⟦PERSON=Nur⟧: ben ⟪TIME⟫'da çıkarım, ⟦PERSON=Can⟧ beni alır mısın, adresim ⟦ADDR:tr:short⟧
⟦|⟧⟦PERSON=Can⟧, ⟦PERSON=Deniz⟧ ve ⟦PERSON=Nur⟧ bu akşam denize gidiyor; ⟦PERSON=Nur⟧, ⟦PERSON=Can⟧'dan kendisini ⟦ADDR:tr:short⟧ adresinden almasını istiyor.
""",
    """
Üyelik formu — ⟪Fenerbahçe Spor Okulu⟫
Öğrenci: ⟦n1⟧ · Doğum tarihi: ⟦DOB:kid⟧
Veli: ⟦n2⟧ · Tel: ⟦PHONE:tr⟧ · E-posta: ⟦EMAIL:2⟧
""",
    """
⟪TS:wa⟫ ⟦f1⟧: Vize başvurusu için pasaport numaranı lazım
⟪TS:wa⟫ ⟦f2⟧: ⟦PASS:tr⟧, doğum tarihim ⟦DOB⟧
⟪TS:wa⟫ ⟦f1⟧: tamam randevu ⟪DATE⟫'de
""",
    cc="tr",
)

# =========================================================================== ARABIC
_add(
    "ar",
    "ar",
    """
⟪TS:wa⟫ ⟦f1⟧: السلام عليكم يا شباب، الإيجار لازم يتحول قبل ⟪DATE⟫
⟪TS:wa⟫ ⟦f2⟧: وعليكم السلام، على أي حساب؟
⟪TS:wa⟫ ⟦f1⟧: ⟦IBAN:sa⟧ باسم ⟦n1⟧
⟪TS:wa⟫ ⟦f3⟧: تم التحويل ✅
""",
    """
تفريغ مكالمة — ⟪خدمة العملاء⟫
الموظف: مساء الخير معك ⟦f1⟧ كيف أقدر أساعدك
العميل: مساء النور أنا ⟦n2⟧ عندي مشكلة في الفاتورة
الموظف: ممكن تاريخ الميلاد للتحقق
العميل: ⟦DOB⟧
الموظف: ورقم الجوال المسجل
العميل: ⟦PHONE:sa⟧
""",
    """
رسالة صوتية (تفريغ):
"يا ⟦f1m⟧ حبيبي أنا خالتك ⟦f2w⟧ رقمي الجديد ⟦PHONE⟧ وعنواني الجديد ⟦ADDR:eg:full⟧ تعال زورنا"
""",
    """
مجموعة «أولياء أمور ⟪الصف الثالث⟫»
⟪TS:wa⟫ ⟦f1⟧: حد عنده رقم الأستاذة ⟦f2w⟧؟
⟪TS:wa⟫ ⟦f3⟧: ⟦PHONE⟧
⟪TS:wa⟫ ⟦f1⟧: شكرا 🌹 ⟦f4m⟧ مريض بكرة مش هيروح
""",
    """
§لخص هذه المحادثة

⟦f1⟧: بابا محتاج رقم جواز سفرك للحجز
⟦f2m⟧: ⟦PASS⟧ وتاريخ الميلاد ⟦DOB:old⟧
⟦f1⟧: تمام، الرحلة ⟪FLIGHT⟫ يوم ⟪DATE⟫
⟦|⟧طلب ⟦f1⟧ من والده ⟦f2⟧ رقم جواز السفر للحجز، فأرسل الرقم ⟦PASS⟧ وتاريخ ميلاده ⟦DOB:old⟧، والرحلة محددة.
""",
    """
إعلان على ⟪دوبيزل⟫ — ⟪غسالة سامسونج⟫
⟦f1⟧: السلام عليكم، لسه موجودة؟
⟦f2⟧: أيوه، الاستلام من ⟦ADDR:eg:short⟧
⟦f1⟧: ممكن أحول عربون؟
⟦f2⟧: على رقم ⟦PHONE:eg⟧ فودافون كاش
""",
    """
استمارة تسجيل — ⟪نادي الشباب⟫
الاسم: ⟦n1⟧
تاريخ الميلاد: ⟦DOB:kid⟧
ولي الأمر: ⟦n2⟧ — ⟦PHONE⟧
البريد: ⟦EMAIL:2⟧
""",
    """
⟪TS:wa⟫ ⟦f1⟧: كلمة سر الواي فاي عندكم؟
⟪TS:wa⟫ ⟦f2⟧: ⟦SECRET:wifi⟧
⟪TS:wa⟫ ⟦f1⟧: وكود البوابة؟
⟪TS:wa⟫ ⟦f2⟧: ⟦SECRET:door⟧ 🔑
""",
    cc="eg",
)

_add(
    "ar-Latn",
    "ar_Latn",
    """
⟪TS:wa⟫ ⟦f1⟧: ya ⟦f2⟧ ebaatli el IBAN 3shan a7awel lak flos el rehla
⟪TS:wa⟫ ⟦f2⟧: ⟦IBAN:ae⟧ 3ala esmi ⟦n2⟧
⟪TS:wa⟫ ⟦f1⟧: tamam 7awelt ⟪PRICE⟫ 👍
""",
    """
⟪TS:wa⟫ ⟦d1⟧: enta fein? ana odam el 3emara
⟪TS:wa⟫ ⟦d2⟧: ana fo2, el address ⟦ADDR:eg_l:full⟧, el code bta3 el bawaba ⟦SECRET:door⟧
⟪TS:wa⟫ ⟦d1⟧: ok tale3
""",
    """
voice note (transcribed): "ahlan ⟦f1.lc⟧ ana ⟦f2.lc⟧ raqmi el gedid ⟦PHONE:eg_l:asr⟧ kallemni lamma teb2a fady yalla salam"
""",
    """
⟪TS:wa⟫ ⟦f1⟧: mama 3ayza tarikh milad ⟦f2m⟧ lel visa
⟪TS:wa⟫ ⟦f3⟧: huwa mawloud ⟦DOB⟧ w el passport ⟦PASS:eg_l⟧
⟪TS:wa⟫ ⟦f1⟧: shukran ya 2albi ❤️
""",
    """
§what does this arabizi message say?
"⟦f1⟧ habibti el wifi password ⟦SECRET:wifi⟧ w ana sayebtlek el moftah 3and ⟦f2m⟧ el bawab"
⟦|⟧"⟦f1⟧, my dear — the wifi password is ⟦SECRET:wifi⟧, and I left the key for you with ⟦f2⟧, the doorman."
""",
    """
⟪TS:wa⟫ ⟦f1⟧: yalla shabab el match el sa3a ⟪TIME⟫ fel ⟪Zamalek club⟫
⟪TS:wa⟫ ⟦f2⟧: ana gay w ⟦f3⟧ kaman
⟪TS:wa⟫ ⟦f1⟧: ⟦f4⟧ mesh gay, raqmo etghayar, ⟦PHONE:eg_l⟧
""",
    cc="eg_l",
)

# =========================================================================== PERSIAN
_add(
    "fa",
    "fa",
    """
⟪TS:tg⟫ ⟦f1⟧: سلام بچه‌ها، تولد ⟦f2⟧ جمعه است، خونه‌ی ما: ⟦ADDR:ir:full⟧
⟪TS:tg⟫ ⟦f3⟧: عالیه! ساعت چند؟
⟪TS:tg⟫ ⟦f1⟧: ⟪TIME⟫. رمز وای‌فای هم ⟦SECRET:wifi⟧ 😄
""",
    """
پیام صوتی (متن):
«سلام ⟦f1⟧ جان، ⟦f2⟧ هستم، شماره‌ی جدیدم ⟦PHONE:ir:fa⟧ ذخیره کن، قربانت»
""",
    """
فرم ثبت‌نام ⟪باشگاه⟫
نام و نام خانوادگی: ⟦n1⟧
تاریخ تولد: ⟦DOB⟧
تلفن: ⟦PHONE:ir⟧
آدرس: ⟦ADDR:ir:full⟧
""",
    """
§این چت رو خلاصه کن

⟦f1⟧: مامان شماره پاسپورتت رو بفرست برای بلیط
⟦f2w⟧: ⟦PASS:ir⟧، تاریخ تولد ⟦DOB⟧
⟦|⟧⟦f1⟧ از مادرش شماره پاسپورت خواست و ⟦f2⟧ شماره ⟦PASS:ir⟧ و تاریخ تولدش ⟦DOB⟧ را فرستاد.
""",
    """
دیوار — ⟪یخچال ساید بای ساید⟫
⟦f1⟧: سلام، هنوز موجوده؟
⟦f2⟧: بله، آدرس: ⟦ADDR:ir:short⟧
⟦f1⟧: شماره‌تون؟
⟦f2⟧: ⟦PHONE:ir⟧
""",
    cc="ir",
)

_add(
    "fa-Latn",
    "fa_Latn",
    """
⟪TS:wa⟫ ⟦f1⟧: salam ⟦f2⟧ jan, shomare cart ro befrest pool ro varizam
⟪TS:wa⟫ ⟦f2⟧: ⟦CARD⟧ be esme ⟦n2⟧
⟪TS:wa⟫ ⟦f1⟧: merci, variz shod ⟪PRICE⟫
""",
    """
⟪TS:tg⟫ ⟦d1⟧: adrese jadidet chie?
⟪TS:tg⟫ ⟦d2⟧: ⟦ADDR:ir_l:full⟧, zang bezan ⟦PHONE:ir_l⟧
⟪TS:tg⟫ ⟦d1⟧: ok farda miam
""",
    """
voice message (finglish transcript): "salam ⟦f1.lc⟧ jan, ⟦f2.lc⟧ am, ramze wifi ⟦SECRET:wifi⟧ e va kelid pishe hamsaye aghaye ⟦l3m.lc⟧ e"
""",
    """
§translate from finglish pls:
"⟦f1⟧ tavalodesh ⟦DOB⟧ e, passport ⟦PASS:ir_l⟧, baraye visa lazem dare"
⟦|⟧"⟦f1⟧'s date of birth is ⟦DOB⟧, passport ⟦PASS:ir_l⟧ — needed for the visa."
""",
    cc="ir_l",
)

# =========================================================================== HEBREW
_add(
    "he",
    "he",
    """
⟪TS:wa⟫ ⟦f1⟧: היי, שכר הדירה לחשבון ⟦IBAN:il⟧ על שם ⟦n1⟧
⟪TS:wa⟫ ⟦f2⟧: תודה, מעביר מחר
⟪TS:wa⟫ ⟦f1⟧: והקוד של הדלת בכניסה התחלף ל-⟦SECRET:door⟧
""",
    """
הודעה קולית (תמלול):
"היי ⟦f1⟧ זה ⟦f2⟧ תתקשר אליי למספר החדש ⟦PHONE:il⟧ ביי"
""",
    """
קבוצת הורים ⟪כיתה ג'2⟫
⟪TS:wa⟫ ⟦f1⟧: למישהו יש את המייל של המורה ⟦f2w⟧?
⟪TS:wa⟫ ⟦f3⟧: ⟦EMAIL:2⟧
⟪TS:wa⟫ ⟦f1⟧: תודה! ⟦f4m⟧ חולה מחר
""",
    """
§תסכם לי את השיחה

⟦f1⟧: אמא צריכה את מספר הדרכון שלך לטיסה
⟦f2⟧: ⟦PASS:il⟧, תאריך לידה ⟦DOB⟧
⟦|⟧⟦f1⟧ ביקש/ה את מספר הדרכון עבור הטיסה, ו⟦f2⟧ שלח/ה את המספר ⟦PASS:il⟧ ואת תאריך הלידה ⟦DOB⟧.
""",
    """
יד2 — ⟪ספה תלת מושבית⟫
⟦f1⟧: עדיין זמין?
⟦f2⟧: כן, איסוף מ⟦ADDR:il:full⟧
⟦f1⟧: מעולה, המספר שלי ⟦PHONE:il⟧
""",
    cc="il",
)

_add(
    "en",
    "he_Latn",
    """
⟪TS:wa⟫ ⟦f1⟧: guys the miluim gear list is in the drive
⟪TS:wa⟫ ⟦f2⟧: yalla. ⟦f3⟧ can you send your teudat zehut for the form? lol jk send the passport
⟪TS:wa⟫ ⟦f3⟧: ⟦PASS:il⟧
⟪TS:wa⟫ ⟦f1⟧: sababa
""",
    cc="il",
)

# =========================================================================== HINDI / HINGLISH / TAMIL / BENGALI / URDU
_add(
    "hi",
    "hi",
    """
⟪TS:wa_and⟫ - ⟦f1w⟧: नमस्ते सबको, ⟦f2⟧ की शादी का कार्ड भेज रही हूँ 💐
⟪TS:wa_and⟫ - ⟦f3⟧: बधाई हो! पता क्या है?
⟪TS:wa_and⟫ - ⟦f1⟧: ⟦ADDR:in:full⟧
⟪TS:wa_and⟫ - ⟦f4⟧: शगुन के लिए UPI नंबर ⟦PHONE:in⟧ है ना?
""",
    """
वॉइस मैसेज (ट्रांसक्रिप्ट):
"हाँ ⟦f1⟧ बेटा मैं ⟦f2m⟧ अंकल बोल रहा हूँ मेरा नया नंबर ⟦PHONE:in:asr⟧ है सेव कर लेना"
""",
    """
कॉल ट्रांसक्रिप्ट — ⟪बैंक हेल्पलाइन⟫
एजेंट: नमस्ते मैं ⟦f1m⟧ बोल रहा हूँ
ग्राहक: जी मेरा नाम ⟦n2⟧ है मेरा कार्ड ब्लॉक हो गया
एजेंट: आपकी जन्म तिथि बताइए
ग्राहक: ⟦DOB⟧
एजेंट: धन्यवाद, कृपया किसी को OTP ना बताएं
""",
    """
§इस चैट का सारांश दो

⟦f1⟧: पापा, पासपोर्ट नंबर भेजो टिकट के लिए
⟦f2m⟧: ⟦PASS:in⟧, जन्म तिथि ⟦DOB:old⟧
⟦|⟧⟦f1⟧ ने टिकट के लिए पापा से पासपोर्ट नंबर माँगा; ⟦f2⟧ ने नंबर ⟦PASS:in⟧ और जन्म तिथि ⟦DOB:old⟧ भेजी।
""",
    """
सोसाइटी ग्रुप 🏢
⟪TS:wa_and⟫ - सेक्रेटरी ⟦n1⟧: गेट का नया कोड ⟦SECRET:door⟧ है
⟪TS:wa_and⟫ - ⟦f2⟧: धन्यवाद जी 🙏
⟪TS:wa_and⟫ - ⟦f3⟧: क्लब हाउस का वाईफाई पासवर्ड?
⟪TS:wa_and⟫ - सेक्रेटरी ⟦n1⟧: ⟦SECRET:wifi⟧
""",
    cc="in",
)

_add(
    "hi-en",
    "in_Latn",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: bhai ⟦f2⟧ ka birthday kab hai exactly?
⟪TS:wa_and⟫ - ⟦f3⟧: ⟦DOB⟧, same day as ⟦PERSON=Sachin⟧ lol
⟪TS:wa_and⟫ - ⟦f1⟧: haha ok surprise party plan karte hain, uske flat pe, ⟦ADDR:in:short⟧
⟪TS:wa_and⟫ - ⟦f4m⟧: main cake le aaunga from ⟪Theobroma⟫
""",
    """
call transcript — ⟪Jio⟫ customer care
agent: namaste main ⟦f1m.lc⟧ baat kar raha hoon bataiye
customer: haan ji mera sim band ho gaya hai number hai ⟦PHONE:in:asr⟧
agent: aapka naam aur date of birth bata dijiye
customer: ⟦n2.lc⟧ ⟦DOB⟧
agent: thik hai ji ek otp aayega wo mujhe mat batana
""",
    """
⟪TS:wa_and⟫ - Mummy: beta ⟦f1⟧ tera passport number kya hai? agent ko chahiye visa ke liye
⟪TS:wa_and⟫ - ⟦f1⟧: ⟦PASS:in⟧ mummy
⟪TS:wa_and⟫ - Mummy: aur ⟦f2⟧ ka?
⟪TS:wa_and⟫ - ⟦f1⟧: ⟦PASS:in⟧. ab sab ek saath mat bhejna agent ko, email karna ⟦EMAIL:work⟧ pe
""",
    """
voice note (transcribed): "arre ⟦f1.lc⟧ sun na wifi ka password change kiya hai ⟦SECRET:wifi⟧ aur gate ka code ⟦SECRET:door⟧ ok bye"
""",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: yaar landlord ne deposit wapas nahi kiya abhi tak
⟪TS:wa_and⟫ - ⟦f2⟧: account number diya tha?
⟪TS:wa_and⟫ - ⟦f1⟧: haan UPI bhi diya ⟦PHONE:in⟧ pe, aur address bhi new wala ⟦ADDR:in:full⟧
⟪TS:wa_and⟫ - ⟦f2⟧: legal notice bhej de bro
""",
    """
§summarise karo ye chat

⟦f1⟧: kal office party hai ⟪Social⟫ mein, ⟪TIME⟫ baje
⟦f2⟧: main ⟦f3⟧ ko bhi le aaun?
⟦f1⟧: haan sure, uska number de do ⟦PHONE:in⟧ add kar deta hoon group mein
⟦|⟧⟦f1⟧ ne bataya kal office party hai; ⟦f2⟧ ne ⟦f3⟧ ko laane ka pucha, aur ⟦f1⟧ ne unka number (⟦PHONE:in⟧) group mein add karne ke liye maanga.
""",
    """
Zoom captions (auto)
⟦f1⟧: haan toh guys ⟦f2⟧ ka laptop ka mac address bhej do IT ko
⟦f2⟧: ⟦MAC⟧ hai
⟦f3⟧: aur VPN ka IP ⟦IP⟧ hai na?
⟦f1⟧: haan wahi
""",
    """
Dhaba review on ⟪Zomato⟫ · ⟦n1⟧
food ekdum mast tha 🔥 owner ⟦f2m⟧ uncle ne khud serve kiya. bas delivery boy ⟦f3m⟧ late tha, aur bill ⟪PRICE⟫ zyada laga
""",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: bhai credit card ka bill bhar de, mera net banking nahi chal raha
⟪TS:wa_and⟫ - ⟦f2⟧: card number bhej
⟪TS:wa_and⟫ - ⟦f1⟧: ⟦CARD⟧, ⟪PRICE⟫ due hai ⟪DATE⟫ tak
⟪TS:wa_and⟫ - ⟦f2⟧: done 👍
""",
    cc="in",
)

_add(
    "ta",
    "ta",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: வணக்கம்! ⟦f2⟧ கல்யாணம் ⟪DATE⟫, முகவரி: ⟦ADDR:in:full⟧
⟪TS:wa_and⟫ - ⟦f3⟧: வாழ்த்துக்கள் 🎉
⟪TS:wa_and⟫ - ⟦f1⟧: ஏதாவது சந்தேகம் இருந்தால் ⟦PHONE:in⟧ க்கு கூப்பிடுங்க
""",
    """
குரல் செய்தி (எழுத்துப்படி):
"⟦f1⟧ நான் ⟦f2⟧ பேசுறேன் என் புது நம்பர் ⟦PHONE:in:asr⟧ சேவ் பண்ணிக்கோ"
""",
    """
பதிவு படிவம் — ⟪கிரிக்கெட் அகாடமி⟫
பெயர்: ⟦n1⟧
பிறந்த தேதி: ⟦DOB:kid⟧
பெற்றோர்: ⟦n2⟧, ⟦PHONE:in⟧
""",
    """
⟪TS:wa_and⟫ - ⟦f1@ta_Latn⟧: machan wifi password enna?
⟪TS:wa_and⟫ - ⟦f2@ta_Latn⟧: ⟦SECRET:wifi⟧ da, gate code ⟦SECRET:door⟧
⟪TS:wa_and⟫ - ⟦f1@ta_Latn⟧: thanks da 🙏
""",
    cc="in",
)

_add(
    "bn",
    "bn",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: সবাইকে নমস্কার, ⟦f2⟧-এর জন্মদিনের পার্টি শনিবার, ঠিকানা ⟦ADDR:bd:full⟧
⟪TS:wa_and⟫ - ⟦f3⟧: দারুণ! আমি আসছি
⟪TS:wa_and⟫ - ⟦f1⟧: বিকাশ নম্বর ⟦PHONE:bd⟧ — চাঁদা ⟪PRICE⟫
""",
    """
ভয়েস মেসেজ (লিখিত):
"⟦f1⟧ আমি ⟦f2⟧ বলছি আমার নতুন নম্বর ⟦PHONE:bd:asr⟧ সেভ করে রাখিস"
""",
    """
ভর্তি ফর্ম — ⟪স্কুল⟫
নাম: ⟦n1⟧
জন্ম তারিখ: ⟦DOB:kid⟧
অভিভাবক: ⟦n2⟧, ⟦PHONE:bd⟧
""",
    """
⟪TS:wa_and⟫ - ⟦f1@bn_Latn⟧: dosto passport number ta pathao, ticket kaatbo
⟪TS:wa_and⟫ - ⟦f2@bn_Latn⟧: ⟦PASS:bd⟧, jonmo tarikh ⟦DOB⟧
⟪TS:wa_and⟫ - ⟦f1@bn_Latn⟧: ok, flight ⟪FLIGHT⟫
""",
    cc="bd",
)

_add(
    "ur-Latn",
    "pk",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: bhai ⟦f2⟧ ki shaadi ki tareekh fix ho gayi, ⟪DATE⟫ ko hai
⟪TS:wa_and⟫ - ⟦f3⟧: mubarak ho! venue?
⟪TS:wa_and⟫ - ⟦f1⟧: ghar pe hi, ⟦ADDR:pk:full⟧
⟪TS:wa_and⟫ - ⟦f4⟧: salami ke liye easypaisa ⟦PHONE:pk⟧ pe bhej dun?
""",
    """
voice note (transcript): "assalam o alaikum ⟦f1.lc⟧ beta main ⟦f2w.lc⟧ khala bol rahi hoon mera naya number ⟦PHONE:pk:asr⟧ hai save kar lena"
""",
    """
call transcript — ⟪Jazz⟫ helpline
agent: assalam o alaikum main ⟦f1m.lc⟧ bol raha hoon
customer: ji mera naam ⟦n2.lc⟧ hai meri sim block ho gayi
agent: apni date of birth bata dein
customer: ⟦DOB⟧
agent: shukriya aur kisi ko code na batayein
""",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: yaar passport ki copy bhej, visa file lagani hai
⟪TS:wa_and⟫ - ⟦f2⟧: ⟦PASS:pk⟧, ⟦n2⟧, DOB ⟦DOB⟧
⟪TS:wa_and⟫ - ⟦f1⟧: shukriya, IBAN bhi bhej do fees wapas aayegi
⟪TS:wa_and⟫ - ⟦f2⟧: ⟦IBAN:pk⟧
""",
    """
§translate to english please, it's from my aunt:
"⟦f1⟧ beta wifi ka password ⟦SECRET:wifi⟧ hai aur darwaze ki chabi ⟦f2m⟧ chacha ke paas hai"
⟦|⟧"⟦f1⟧, dear, the wifi password is ⟦SECRET:wifi⟧, and the door key is with uncle ⟦f2⟧."
""",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: cricket match Sunday ko ⟪F-9 Park⟫ mein, ⟪TIME⟫ baje
⟪TS:wa_and⟫ - ⟦f2⟧: main aur ⟦f3⟧ aa rahe hain
⟪TS:wa_and⟫ - ⟦f4⟧: ⟦f5⟧ ka naya number ⟦PHONE:pk⟧ hai usko bhi add karo
""",
    cc="pk",
)

# =========================================================================== CHINESE
_add(
    "zh",
    "zh",
    """
⟦n1⟧ ⟪TS:wechat⟫
大家好，这周六聚餐，地址：⟦ADDR:cn:full⟧
⟦n2⟧ ⟪TS:wechat⟫
收到👌 ⟦f3⟧也来吗
⟦n3⟧ ⟪TS:wechat⟫
来的！我带酒
⟦n1⟧ ⟪TS:wechat⟫
AA制，每人⟪PRICE⟫，转我微信就行，手机号⟦PHONE:cn⟧
""",
    """
客服通话转写 — ⟪中国移动⟫
客服：您好，工号⟪NUM:1000-9999⟫，请问有什么可以帮您
客户：你好，我叫⟦n1⟧，我的卡停机了
客服：请提供一下机主的出生日期
客户：⟦DOB⟧
客服：好的，号码是⟦PHONE:cn⟧对吗
客户：对的
""",
    """
语音消息（转文字）：
"⟦d1⟧啊，我是妈妈，家里wifi密码改成⟦SECRET:wifi⟧了，门锁密码⟦SECRET:door⟧，别告诉别人"
""",
    """
家长群「⟪三年级二班⟫」
⟦n1⟧ ⟪TS:wechat⟫
请问谁有⟦l2w⟧老师的邮箱？
⟦n3⟧ ⟪TS:wechat⟫
⟦EMAIL:2⟧
⟦n1⟧ ⟪TS:wechat⟫
谢谢！⟦d4⟧明天发烧请假
""",
    """
§帮我总结一下这段聊天

⟦f1⟧：爸，把你护照号发我，订机票用
⟦f2m⟧：⟦PASS:cn⟧，出生日期⟦DOB:old⟧
⟦f1⟧：好的，航班⟪FLIGHT⟫
⟦|⟧⟦f1⟧向爸爸要护照号订机票，⟦f2⟧发了护照号⟦PASS:cn⟧和出生日期⟦DOB:old⟧。
""",
    """
闲鱼 — ⟪二手婴儿车⟫
买家⟦f1⟧：还在吗？
卖家⟦f2⟧：在的，自提地址⟦ADDR:cn:short⟧
买家⟦f1⟧：能便宜点吗，⟪PRICE⟫
卖家⟦f2⟧：好吧，电话⟦PHONE:cn⟧
""",
    """
会议纪要（自动转写）
⟦n1⟧：那个服务器地址是⟦IP⟧，密码是⟦SECRET:pw⟧
⟦n2⟧：好，我今天把⟦n3⟧的新电脑加到白名单，MAC是⟦MAC⟧
⟦n1⟧：辛苦了
""",
    """
报名表 — ⟪少儿游泳班⟫
姓名：⟦n1⟧
出生日期：⟦DOB:kid⟧
家长：⟦n2⟧
电话：⟦PHONE:cn⟧
""",
    """
⟦n1⟧ ⟪TS:wechat⟫
⟦f2⟧，你银行卡号发我一下，我把房租转你
⟦n2⟧ ⟪TS:wechat⟫
⟦CARD⟧ 招商银行 ⟦n2⟧
⟦n1⟧ ⟪TS:wechat⟫
转好了，⟪PRICE⟫
""",
    """
大众点评 · ⟦n1⟧ · ★★★★★
⟪老王烧烤⟫ 的老板⟦l2⟧哥人超好，服务员⟦f3⟧也很热情。推荐！
""",
    cc="cn",
)

_add(
    "en-SG",
    "sg",
    """
⟪TS:wa⟫ ⟦f1⟧: eh the bbq at my place sat ah, ⟦ADDR:sg:full⟧
⟪TS:wa⟫ ⟦f2⟧: can can. need bring what
⟪TS:wa⟫ ⟦f1⟧: just bring drinks lor. paynow me ⟪PRICE⟫ at ⟦PHONE:sg⟧
⟪TS:wa⟫ ⟦f3⟧: ok sent liao 👍
""",
    """
voice msg (transcribed): "hello ⟦f1.lc⟧ ah this one ⟦f2.lc⟧ la my new number is ⟦PHONE:sg:asr⟧ save ah ok bye"
""",
    """
⟪TS:wa⟫ ⟦f1⟧: bro the wifi password what ah
⟪TS:wa⟫ ⟦f2⟧: ⟦SECRET:wifi⟧ lor, aiyo i told you already
⟪TS:wa⟫ ⟦f1⟧: sorry lah. the door code same as last time?
⟪TS:wa⟫ ⟦f2⟧: no, change to ⟦SECRET:door⟧ liao
""",
    """
§can summarise this chat or not

⟦f1⟧: auntie ⟦f2w⟧ birthday dinner at ⟪Jumbo Seafood⟫ sat ⟪TIME⟫
⟦f3⟧: wah nice. she born ⟦DOB:old⟧ right, so big one this year
⟦f1⟧: ya. everyone chip in ⟪PRICE⟫ can
⟦|⟧Dinner for auntie ⟦f2⟧'s birthday at ⟪Jumbo Seafood⟫ on Saturday. ⟦f3⟧ notes she was born ⟦DOB:old⟧ (a milestone birthday). Everyone is asked to chip in ⟪PRICE⟫.
""",
    """
⟪TS:wa⟫ ⟦f1⟧: the agent need ur passport no. for the condo lease leh
⟪TS:wa⟫ ⟦f2⟧: ⟦PASS:sg⟧. also my email ⟦EMAIL:2⟧
⟪TS:wa⟫ ⟦f1⟧: ok i forward to ⟦f3⟧
""",
    """
Carousell — ⟪IKEA sofa⟫
⟦f1⟧: hi still available?
⟦f2⟧: yes, self collect at ⟦ADDR:sg:short⟧
⟦f1⟧: can deliver anot? i pay extra
⟦f2⟧: cannot leh. whatsapp me ⟦PHONE:sg⟧
""",
    cc="sg",
)

# =========================================================================== JAPANESE
_add(
    "ja",
    "ja",
    """
⟪TS:line_day⟫
⟪TS:line⟫	⟦n1⟧	今週の飲み会、場所は⟪鳥貴族⟫です🍻
⟪TS:line⟫	⟦n2⟧	了解！⟦l3⟧さんも来る？
⟪TS:line⟫	⟦n3⟧	行きます〜
⟪TS:line⟫	⟦n1⟧	会費⟪PRICE⟫、PayPayで送ってください。電話番号は⟦PHONE:jp⟧
""",
    """
コールセンター通話記録（自動文字起こし）
オペレーター：お電話ありがとうございます、担当の⟦l1⟧です
お客様：あの、⟦n2⟧と申します、引っ越しで住所変更をしたくて
オペレーター：新しいご住所をお願いします
お客様：⟦ADDR:jp:full⟧
オペレーター：生年月日をお願いいたします
お客様：⟦DOB⟧
""",
    """
留守番電話（文字起こし）：
「もしもし、⟦l1⟧です。⟦f2⟧ちゃんのお迎え、今日は⟦f3w⟧おばあちゃんが行きます。何かあれば⟦PHONE:jp⟧まで。」
""",
    """
保護者LINEグループ「⟪3年2組⟫」
⟪TS:line⟫	⟦n1⟧	すみません、⟦l2⟧先生のメールアドレスわかる方いますか？
⟪TS:line⟫	⟦n3⟧	⟦EMAIL:2⟧です
⟪TS:line⟫	⟦n1⟧	ありがとうございます！⟦f4m⟧くん明日お休みします
""",
    """
§このチャットを要約して

⟦f1⟧：お母さん、パスポート番号教えて。航空券取るから
⟦f2w⟧：⟦PASS:jp⟧、生年月日は⟦DOB:old⟧よ
⟦f1⟧：ありがとう、便は⟪FLIGHT⟫
⟦|⟧⟦f1⟧さんが航空券予約のためにお母さん（⟦f2⟧さん）にパスポート番号を聞き、⟦PASS:jp⟧と生年月日⟦DOB:old⟧が送られました。
""",
    """
メルカリ取引メッセージ — ⟪ベビーカー⟫
購入者⟦l1⟧：購入しました、よろしくお願いします！
出品者⟦l2⟧：ありがとうございます。お届け先は⟦ADDR:jp:full⟧でよろしいですか？
購入者⟦l1⟧：はい、⟦n1⟧宛でお願いします
""",
    """
会議の自動字幕
⟦l1⟧：えー、サーバーのIPは⟦IP⟧で、パスワードは⟦SECRET:pw⟧です
⟦l2⟧：あ、チャットに書かない方がいいですよ
⟦l1⟧：あ、すみません、変えておきます
""",
    """
⟪TS:line⟫	⟦f1⟧	家のWi-Fiのパスワード、⟦SECRET:wifi⟧に変えたよ
⟪TS:line⟫	⟦f2⟧	りょ！玄関の暗証番号は？
⟪TS:line⟫	⟦f1⟧	⟦SECRET:door⟧
""",
    """
入会申込書 — ⟪スイミングスクール⟫
氏名：⟦n1⟧
生年月日：⟦DOB:kid⟧
保護者：⟦n2⟧　電話：⟦PHONE:jp⟧
""",
    """
口コミ · ⟦n1⟧ · ★★★★★
⟪美容室Lien⟫の⟦l2⟧さんにカットしてもらいました。アシスタントの⟦f3⟧さんも丁寧でした！
""",
    cc="jp",
)

_add(
    "en",
    "ja_Latn",
    """
⟪TS:line⟫	⟦f1⟧	hey the Airbnb in ⟪Kyoto⟫ is ⟦ADDR:jp_l:full⟧
⟪TS:line⟫	⟦f2⟧	nice! keybox code?
⟪TS:line⟫	⟦f1⟧	⟦SECRET:door⟧, and ⟦f3⟧-san is the host, ⟦PHONE:jp⟧
""",
    cc="jp",
)

# =========================================================================== KOREAN
_add(
    "ko",
    "ko",
    """
⟪TS:kakao_day⟫
⟪TS:kakao⟫, ⟦n1⟧ : 이번 주 토요일 모임 장소 ⟦ADDR:kr:full⟧ 입니다
⟪TS:kakao⟫, ⟦n2⟧ : 넵! ⟦f3⟧님도 오시나요?
⟪TS:kakao⟫, ⟦n3⟧ : 네 갈게요 😊
⟪TS:kakao⟫, ⟦n1⟧ : 회비 ⟪PRICE⟫ 카카오뱅크로 보내주세요
""",
    """
상담 통화 기록 (자동 변환)
상담원: 안녕하세요 상담원 ⟦f1⟧입니다
고객: 네 ⟦n2⟧인데요 카드 분실 신고하려고요
상담원: 생년월일 말씀해 주시겠어요
고객: ⟦DOB⟧
상담원: 등록된 휴대폰 번호는요
고객: ⟦PHONE:kr:asr⟧
""",
    """
음성 메시지 (텍스트 변환):
"⟦f1⟧아 엄마야 현관 비밀번호 ⟦SECRET:door⟧로 바꿨어 와이파이는 ⟦SECRET:wifi⟧야"
""",
    """
학부모 단톡방 「⟪3학년 2반⟫」
⟪TS:kakao⟫, ⟦n1⟧ : 혹시 ⟦l2⟧ 선생님 이메일 아시는 분 계세요?
⟪TS:kakao⟫, ⟦n3⟧ : ⟦EMAIL:2⟧ 이에요
⟪TS:kakao⟫, ⟦n1⟧ : 감사합니다! ⟦f4⟧ 내일 결석해요
""",
    """
§이 대화 요약해줘

⟦f1⟧: 아빠 여권번호 좀 보내줘 비행기표 예매하게
⟦f2m⟧: ⟦PASS:kr⟧ 생년월일 ⟦DOB:old⟧
⟦f1⟧: 고마워 항공편 ⟪FLIGHT⟫
⟦|⟧⟦f1⟧님이 항공권 예매를 위해 아버지(⟦f2⟧님)께 여권번호를 요청했고, ⟦PASS:kr⟧와 생년월일 ⟦DOB:old⟧를 받았습니다.
""",
    """
당근마켓 — ⟪유모차⟫
⟦f1⟧님: 안녕하세요 아직 판매 중인가요?
⟦f2⟧님: 네 ⟦ADDR:kr:short⟧ 앞에서 거래 가능해요
⟦f1⟧님: 좋아요 연락처 ⟦PHONE:kr⟧
""",
    """
회의 자동 자막
⟦n1⟧: 어 서버 아이피는 ⟦IP⟧이고요
⟦n2⟧: ⟦f3⟧ 씨 노트북 맥 주소 ⟦MAC⟧ 등록했습니다
⟦n1⟧: 네 감사합니다
""",
    """
⟪TS:kakao⟫, ⟦n1⟧ : ⟦f2⟧ 씨 월세 입금 계좌 알려주세요
⟪TS:kakao⟫, ⟦n2⟧ : 계좌는 개인톡으로 보낼게요 (예금주 ⟦n2⟧)
⟪TS:kakao⟫, ⟦n1⟧ : 넵 보냈어요 카드로도 되나요? ⟦CARD⟧
""",
    """
가입 신청서 — ⟪태권도장⟫
이름: ⟦n1⟧
생년월일: ⟦DOB:kid⟧
보호자: ⟦n2⟧ ⟦PHONE:kr⟧
""",
    """
리뷰 · ⟦n1⟧ · ★★★★★
⟪명동칼국수⟫ 사장님 ⟦n2⟧님 너무 친절하시고 알바생 ⟦f3⟧ 씨도 센스 있어요!
""",
    cc="kr",
)

_add(
    "en",
    "ko_Latn",
    """
⟪TS:kakao⟫, ⟦n1⟧ : ⟦f2⟧ ssi, the apartment is ⟦ADDR:kr_l:full⟧
⟪TS:kakao⟫, ⟦n2⟧ : thank you! door code?
⟪TS:kakao⟫, ⟦n1⟧ : ⟦SECRET:door⟧ 😊 call me ⟦PHONE:kr⟧ if anything
""",
    cc="kr",
)

# =========================================================================== VIETNAMESE / THAI / INDONESIAN / MALAY / FILIPINO
_add(
    "vi",
    "vi",
    """
⟪TS:wa⟫ ⟦f1w⟧: Cả nhà ơi, đám cưới ⟦f2⟧ ngày ⟪DATE⟫ ở ⟦ADDR:vn:full⟧ nha
⟪TS:wa⟫ ⟦f3⟧: ok em, anh chị sẽ đến
⟪TS:wa⟫ ⟦f1⟧: ai cần hỏi đường gọi chị ⟦PHONE:vn⟧
""",
    """
Tin nhắn thoại (chuyển văn bản):
"⟦f1⟧ ơi mẹ đây mật khẩu wifi mới là ⟦SECRET:wifi⟧ còn mã cửa là ⟦SECRET:door⟧ nhé"
""",
    """
Ghi âm tổng đài — ⟪Viettel⟫
NHÂN VIÊN: xin chào em là ⟦f1⟧ em có thể giúp gì ạ
KHÁCH HÀNG: chị tên ⟦n2w⟧ sim chị bị khóa
NHÂN VIÊN: chị cho em xin ngày sinh ạ
KHÁCH HÀNG: ⟦DOB⟧
NHÂN VIÊN: dạ số điện thoại là ⟦PHONE:vn⟧ đúng không ạ
""",
    """
§tóm tắt đoạn chat này giúp mình

⟦f1⟧: anh ơi gửi em số hộ chiếu để đặt vé
⟦f2m⟧: ⟦PASS:vn⟧, ngày sinh ⟦DOB⟧
⟦|⟧⟦f1⟧ xin số hộ chiếu để đặt vé; ⟦f2⟧ gửi số ⟦PASS:vn⟧ và ngày sinh ⟦DOB⟧.
""",
    """
⟪TS:wa⟫ ⟦f1@vi_ascii⟧: chi oi chuyen khoan tien nha cho em nhe, so the ⟦CARD⟧
⟪TS:wa⟫ ⟦f2@vi_ascii⟧: ok em, ⟪PRICE⟫ dung khong
⟪TS:wa⟫ ⟦f1@vi_ascii⟧: dung roi, cam on chi ❤️
""",
    """
Đăng ký học bơi — ⟪CLB Bơi Lội Phú Nhuận⟫
Họ tên: ⟦n1⟧
Ngày sinh: ⟦DOB:kid⟧
Phụ huynh: ⟦n2⟧ — ⟦PHONE:vn⟧
""",
    cc="vn",
)

_add(
    "th",
    "th",
    """
⟪TS:line⟫	⟦f1⟧	งานวันเกิด ⟦f2⟧ วันเสาร์นี้ที่ ⟦ADDR:th:full⟧ นะ
⟪TS:line⟫	⟦f3⟧	โอเค ไปแน่นอน
⟪TS:line⟫	⟦f1⟧	โอนค่าเค้กมาที่พร้อมเพย์ ⟦PHONE:th⟧ คนละ ⟪PRICE⟫
""",
    """
ข้อความเสียง (ถอดความ):
"⟦d1⟧ แม่เองนะ รหัสไวไฟใหม่คือ ⟦SECRET:wifi⟧ รหัสประตู ⟦SECRET:door⟧"
""",
    """
บันทึกการโทร — ⟪ศูนย์บริการลูกค้า⟫
พนักงาน: สวัสดีค่ะ ⟦f1w⟧ ยินดีให้บริการค่ะ
ลูกค้า: ครับ ผม ⟦n2m⟧ บัตรหายครับ
พนักงาน: ขอวันเกิดด้วยค่ะ
ลูกค้า: ⟦DOB⟧
""",
    """
§สรุปแชทนี้ให้หน่อย

⟦f1⟧: พี่ ส่งเลขพาสปอร์ตมาหน่อย จะจองตั๋ว
⟦f2⟧: ⟦PASS:th⟧ เกิดวันที่ ⟦DOB⟧
⟦|⟧⟦f1⟧ ขอเลขพาสปอร์ตเพื่อจองตั๋ว และ ⟦f2⟧ ส่งเลข ⟦PASS:th⟧ พร้อมวันเกิด ⟦DOB⟧
""",
    """
⟪TS:line⟫	⟦d1@th_Latn⟧	hey the condo is ⟦ADDR:th_l:full⟧, I'm in room 12A
⟪TS:line⟫	⟦d2@th_Latn⟧	ok! wifi pass?
⟪TS:line⟫	⟦d1@th_Latn⟧	⟦SECRET:wifi⟧ 555
""",
    cc="th",
)

_add(
    "id",
    "id",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: Assalamualaikum, arisan bulan ini di rumah Bu ⟦f2w⟧, ⟦ADDR:id:full⟧
⟪TS:wa_and⟫ - ⟦f3⟧: Waalaikumsalam, siap bu 🙏
⟪TS:wa_and⟫ - ⟦f1⟧: iuran ⟪PRICE⟫ transfer ke rekening BCA a.n. ⟦n1⟧ atau OVO ⟦PHONE:id⟧
""",
    """
Pesan suara (transkrip):
"halo ⟦f1⟧ ini ⟦f2⟧ nomor baruku ⟦PHONE:id:asr⟧ ya disimpan"
""",
    """
Transkrip panggilan — ⟪Call center Telkomsel⟫
AGEN: selamat siang dengan ⟦f1w⟧ ada yang bisa dibantu
PELANGGAN: siang mbak saya ⟦n2m⟧ kartu saya terblokir
AGEN: boleh tanggal lahirnya
PELANGGAN: ⟦DOB⟧
AGEN: baik jangan berikan kode OTP ke siapa pun ya pak
""",
    """
§tolong ringkas chat ini

⟦f1⟧: kak kirim nomor paspor buat booking tiket
⟦f2⟧: ⟦PASS:id⟧, tanggal lahir ⟦DOB⟧
⟦f1⟧: oke, penerbangan ⟪FLIGHT⟫
⟦|⟧⟦f1⟧ meminta nomor paspor untuk pemesanan tiket; ⟦f2⟧ mengirim nomor ⟦PASS:id⟧ dan tanggal lahir ⟦DOB⟧.
""",
    """
Tokopedia — chat penjual
Pembeli ⟦f1⟧: kak alamat kirimnya ⟦ADDR:id:full⟧ ya, a.n. ⟦n1⟧
Penjual: siap kak, resi ⟪TRACK⟫
Pembeli ⟦f1⟧: makasih kak 🙏
""",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: password wifi kos apa ya?
⟪TS:wa_and⟫ - ⟦f2⟧: ⟦SECRET:wifi⟧, kode pagar ⟦SECRET:door⟧
⟪TS:wa_and⟫ - ⟦f1⟧: makasih ⟦f2⟧
""",
    """
Formulir pendaftaran — ⟪Sekolah Sepak Bola Garuda⟫
Nama: ⟦n1⟧
Tanggal lahir: ⟦DOB:kid⟧
Orang tua: ⟦n2⟧, ⟦PHONE:id⟧, ⟦EMAIL:2⟧
""",
    cc="id",
)

_add(
    "ms",
    "ms",
    """
⟪TS:wa⟫ ⟦f1⟧: Assalamualaikum semua, kenduri di rumah Mak Cik ⟦f2w⟧ hari Sabtu, ⟦ADDR:my:full⟧
⟪TS:wa⟫ ⟦f3⟧: Insya-Allah datang
⟪TS:wa⟫ ⟦f1⟧: nak sumbang boleh DuitNow ke ⟦PHONE:my⟧
""",
    """
Mesej suara (transkrip):
"⟦f1⟧ ni abang ⟦f2m⟧ nombor baru abang ⟦PHONE:my:asr⟧ simpan ya"
""",
    """
§ringkaskan chat ni

⟦f1⟧: kak hantar no pasport untuk tiket
⟦f2⟧: ⟦PASS:my⟧, tarikh lahir ⟦DOB⟧
⟦|⟧⟦f1⟧ minta nombor pasport untuk tiket; ⟦f2⟧ hantar ⟦PASS:my⟧ dan tarikh lahir ⟦DOB⟧.
""",
    """
⟪TS:wa⟫ ⟦f1⟧: password wifi rumah sewa?
⟪TS:wa⟫ ⟦f2⟧: ⟦SECRET:wifi⟧. kod pagar ⟦SECRET:door⟧
⟪TS:wa⟫ ⟦f1⟧: terima kasih 👍
""",
    cc="my",
)

_add(
    "tl",
    "tl",
    """
⟪TS:wa⟫ ⟦f1⟧: Magandang gabi po! Ang binyag ni baby ⟦f2⟧ ay sa ⟪DATE⟫, sa bahay namin ⟦ADDR:ph:full⟧
⟪TS:wa⟫ ⟦f3⟧: Sige po, pupunta kami
⟪TS:wa⟫ ⟦f1⟧: Pakitext na lang po ako sa ⟦PHONE:ph⟧
""",
    """
Voice message (transcript):
"⟦f1⟧ anak si nanay ito ang bagong numero ko ay ⟦PHONE:ph:asr⟧ i-save mo ha"
""",
    """
Rehistro — ⟪Liga ng Basketbol ng Barangay⟫
Pangalan: ⟦n1⟧
Petsa ng kapanganakan: ⟦DOB⟧
Tirahan: ⟦ADDR:ph:full⟧
Telepono: ⟦PHONE:ph⟧
""",
    """
§Pakibuod ang usapan

⟦f1⟧: ate, ano ang passport number mo? ibu-book ko na
⟦f2w⟧: ⟦PASS:ph⟧, birthday ko ⟦DOB⟧
⟦|⟧Hiningi ni ⟦f1⟧ ang passport number ng kanyang ate para sa booking; ibinigay ni ⟦f2⟧ ang ⟦PASS:ph⟧ at ang kanyang kaarawan, ⟦DOB⟧.
""",
    cc="ph",
)

_add(
    "tl-en",
    "tl",
    """
⟪TS:wa⟫ ⟦f1⟧: guys the GC for ⟦f2⟧'s bday surprise 🎉 sa ⟪Sabado⟫ sa condo niya, ⟦ADDR:ph:full⟧
⟪TS:wa⟫ ⟦f3⟧: game! ano ambag?
⟪TS:wa⟫ ⟦f1⟧: ⟪PRICE⟫ each, GCash to ⟦PHONE:ph⟧ (⟦n1⟧)
⟪TS:wa⟫ ⟦f4⟧: sent na po 👍
""",
    """
call transcript — ⟪Globe⟫ hotline
agent: good afternoon this is ⟦f1.lc⟧ paano po kita matutulungan
caller: hi po yung sim ko na-block i think kasi mali yung pin
agent: ano po ang name and birthday
caller: ⟦n2w.lc⟧ ⟦DOB⟧
agent: okay po ma'am ⟦f2.lc⟧ and the number po
caller: ⟦PHONE:ph:asr⟧
""",
    """
⟪TS:wa⟫ ⟦f1⟧: beh ano wifi pw dito sa bahay ni lola ⟦f2w⟧?
⟪TS:wa⟫ ⟦f3⟧: ⟦SECRET:wifi⟧ tapos yung gate code ⟦SECRET:door⟧
⟪TS:wa⟫ ⟦f1⟧: thanks beh ❤️
""",
    """
Marketplace — ⟪iPhone 12⟫
⟦f1⟧: hi is this still available po?
⟦f2⟧: yes po, meet up sa ⟪SM North⟫ or ⟦ADDR:ph:short⟧
⟦f1⟧: pwede po ba COD? my number ⟦PHONE:ph⟧
""",
    """
§pa-summarize naman po

⟦f1⟧: Tito ⟦f2m⟧ na-confirm na yung flight mo?
⟦f2m⟧: oo, passport ko ⟦PASS:ph⟧, ⟪FLIGHT⟫ sa ⟪DATE⟫
⟦f1⟧: sige po sunduin ko kayo sa ⟪NAIA⟫
⟦|⟧⟦f1⟧ asked Tito ⟦f2⟧ if his flight was confirmed; he shared his passport number ⟦PASS:ph⟧ and flight details, and ⟦f1⟧ will pick him up at ⟪NAIA⟫.
""",
    """
Voice note (transcribed): "hoy ⟦f1.lc⟧ si ⟦f2.lc⟧ to pakisend naman yung bank account mo para ma-transfer ko yung bayad sa ⟪Shopee⟫ order or gcash na lang ⟦PHONE:ph:asr⟧"
""",
    """
⟪TS:wa⟫ ⟦f1⟧: sino may extra ticket sa ⟪Eraserheads⟫ concert? 😭
⟪TS:wa⟫ ⟦f2⟧: meron si ⟦f3⟧! pm mo siya ⟦PHONE:ph⟧
⟪TS:wa⟫ ⟦f1⟧: omg salamat ⟦f2⟧ 💕
""",
    cc="ph",
)

# =========================================================================== SWAHILI / PIDGIN / AMHARIC
_add(
    "sw",
    "sw",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: Habari zenu! Harusi ya ⟦f2⟧ ni ⟪DATE⟫, michango tuma M-Pesa ⟦PHONE:ke⟧ (⟦n1⟧)
⟪TS:wa_and⟫ - ⟦f3⟧: Nimetuma ⟪PRICE⟫ 🙏
⟪TS:wa_and⟫ - ⟦f4⟧: Asante ⟦f1⟧, nitatuma kesho
""",
    """
Ujumbe wa sauti (maandishi):
"⟦f1⟧ ni mimi ⟦f2⟧ nambari yangu mpya ni ⟦PHONE:ke:asr⟧ uihifadhi sawa"
""",
    """
Fomu ya usajili — ⟪Klabu ya Mpira⟫
Jina: ⟦n1⟧
Tarehe ya kuzaliwa: ⟦DOB:kid⟧
Mzazi: ⟦n2⟧, ⟦PHONE:ke⟧
Anwani: ⟦ADDR:ke:full⟧
""",
    """
§nisaidie kufupisha mazungumzo haya

⟦f1⟧: kaka nitumie namba ya pasipoti nikate tiketi
⟦f2m⟧: ⟦PASS:ke⟧, nilizaliwa ⟦DOB⟧
⟦|⟧⟦f1⟧ aliomba namba ya pasipoti ili kukata tiketi; ⟦f2⟧ alituma ⟦PASS:ke⟧ na tarehe yake ya kuzaliwa, ⟦DOB⟧.
""",
    cc="ke",
)

_add(
    "pcm",
    "yo|ig|ha",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: Abeg who get ⟦f2⟧ new number? E don change am
⟪TS:wa_and⟫ - ⟦f3w⟧: ⟦PHONE:ng⟧, na ⟪MTN⟫
⟪TS:wa_and⟫ - ⟦f1⟧: tank you my sister 🙏🏾
""",
    """
voice note (transcribed): "⟦f1.lc⟧ how far na ⟦f2.lc⟧ dey talk abeg send me your account make i pay you the money wey i owe you or send am for opay ⟦PHONE:ng:asr⟧"
""",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: Oga landlord don increase rent again o 😤
⟪TS:wa_and⟫ - ⟦f2⟧: for ⟦ADDR:ng:short⟧? how much
⟪TS:wa_and⟫ - ⟦f1⟧: ⟪PRICE⟫. E say make we send am ⟦IBAN:gb⟧ because im pikin dey abroad
⟪TS:wa_and⟫ - ⟦f2⟧: wahala
""",
    """
§abeg summarize this chat for me

⟦f1⟧: Mama ⟦f2w⟧ birthday na ⟪Saturday⟫, she born ⟦DOB:old⟧
⟦f3⟧: na big birthday be that o! party dey for her house ⟦ADDR:ng:full⟧
⟦|⟧Mama ⟦f2⟧'s birthday is on Saturday (born ⟦DOB:old⟧, a milestone one), and the party will be at her house at ⟦ADDR:ng:full⟧.
""",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: Who get wifi password for the hall? 
⟪TS:wa_and⟫ - Pastor ⟦f2m⟧: ⟦SECRET:wifi⟧, make una no share am
⟪TS:wa_and⟫ - ⟦f3⟧: Amen pastor 😂
""",
    cc="ng",
)

_add(
    "am",
    "am",
    """
⟪TS:tg⟫ ⟦f1⟧: ሰላም ሁላችሁም! የ⟦f2⟧ ሠርግ ⟪DATE⟫ ነው
⟪TS:tg⟫ ⟦f3⟧: እንኳን ደስ አላችሁ! አድራሻው?
⟪TS:tg⟫ ⟦f1⟧: ⟦ADDR:et:full⟧ ስልክ ⟦PHONE:et⟧
""",
    """
የድምፅ መልእክት (ጽሑፍ):
"⟦f1⟧ እኔ ⟦f2⟧ ነኝ አዲሱ ስልኬ ⟦PHONE:et:asr⟧ ነው"
""",
    """
§summarize this telegram chat please (amharic)

⟦f1@et_Latn⟧: ⟦f2@et_Latn⟧ passport number ላክልኝ ቲኬት ልቆርጥ
⟦f2@et_Latn⟧: ⟦PASS:et⟧ ፣ የትውልድ ቀን ⟦DOB⟧
⟦|⟧⟦f1⟧ asked ⟦f2⟧ for their passport number to book a ticket; ⟦f2⟧ sent ⟦PASS:et⟧ and their date of birth, ⟦DOB⟧.
""",
    cc="et",
)

# =========================================================================== NORDIC / FINNISH
_add(
    "sv",
    "sv",
    """
⟪TS:wa⟫ ⟦f1⟧: Hej! Kräftskivan är hos mig ⟪DATE⟫, ⟦ADDR:se:full⟧
⟪TS:wa⟫ ⟦f2⟧: kul! tar med ⟦f3⟧
⟪TS:wa⟫ ⟦f1⟧: swisha ⟪PRICE⟫ till ⟦PHONE:se⟧ för maten
⟪TS:wa⟫ ⟦f4⟧: klart 👍
""",
    """
Röstmeddelande (transkriberat):
"hej ⟦f1⟧ det är ⟦f2⟧ portkoden är ⟦SECRET:door⟧ och nyckeln ligger hos grannen ⟦f3⟧"
""",
    """
Samtal med kundtjänst (transkribering)
HANDLÄGGARE: hej du pratar med ⟦f1⟧
KUND: hej ⟦n2⟧ här jag vill byta adress
HANDLÄGGARE: vad är ditt födelsedatum
KUND: ⟦DOB⟧
HANDLÄGGARE: och nya adressen
KUND: ⟦ADDR:se:full⟧
""",
    """
§sammanfatta chatten

⟦f1⟧: mormor ⟦f2w⟧ fyller jämnt! född ⟦DOB:old⟧
⟦f3⟧: wow! fest hos henne?
⟦f1⟧: ja, ⟦ADDR:se:short⟧ kl ⟪TIME⟫
⟦|⟧Mormor ⟦f2⟧ fyller jämnt (född ⟦DOB:old⟧) och festen hålls hos henne på ⟦ADDR:se:short⟧.
""",
    """
Blocket — ⟪Barnvagn Emmaljunga⟫
⟦f1⟧: Hej, finns den kvar?
⟦f2⟧: Ja, hämtas på ⟦ADDR:se:full⟧
⟦f1⟧: Kan jag betala till ditt IBAN? Jag har utländskt konto
⟦f2⟧: ⟦IBAN:se⟧
""",
    cc="se",
)

_add(
    "no",
    "no",
    """
⟪TS:wa⟫ ⟦f1⟧: Hei alle! Dugnad i borettslaget ⟪DATE⟫ kl ⟪TIME⟫
⟪TS:wa⟫ ⟦f2⟧: Hva er koden til sykkelboden igjen?
⟪TS:wa⟫ ⟦f1⟧: ⟦SECRET:door⟧. Spørsmål? Ring meg på ⟦PHONE:no⟧
""",
    """
Talemelding (transkribert):
"hei ⟦f1⟧ det er ⟦f2⟧ kan du vippse meg for billettene nummeret mitt er ⟦PHONE:no:asr⟧ takk"
""",
    """
Finn.no — ⟪Sofa⟫
⟦f1⟧: Hei, er sofaen fortsatt til salgs?
⟦f2⟧: Ja, hentes i ⟦ADDR:no:full⟧
⟦f1⟧: Flott, kan komme i kveld
""",
    """
Påmelding — ⟪IL Skjetten Fotball⟫
Navn: ⟦n1⟧
Fødselsdato: ⟦DOB:kid⟧
Foresatt: ⟦n2⟧, ⟦PHONE:no⟧, ⟦EMAIL:2⟧
""",
    cc="no",
)

_add(
    "da",
    "da",
    """
⟪TS:wa⟫ ⟦f1⟧: Hej! Julefrokost hos mig ⟪DATE⟫, ⟦ADDR:dk:full⟧
⟪TS:wa⟫ ⟦f2⟧: Glæder mig! Skal vi mobilepaye?
⟪TS:wa⟫ ⟦f1⟧: ja, ⟪PRICE⟫ til ⟦PHONE:dk⟧
""",
    """
Telefonsvarer (transskriberet):
"hej ⟦f1⟧ det er ⟦f2⟧ koden til opgangen er ⟦SECRET:door⟧ og wifi er ⟦SECRET:wifi⟧ vi ses"
""",
    """
DBA — ⟪Christiania ladcykel⟫
⟦f1⟧: Hej, er den stadig til salg?
⟦f2⟧: Ja, afhentes ⟦ADDR:dk:full⟧
⟦f1⟧: Kan jeg overføre til din IBAN? ⟦f2⟧: ⟦IBAN:dk⟧
""",
    """
§opsummer chatten

⟦f1⟧: farmor ⟦f2w⟧ er født ⟦DOB:old⟧ ikke?
⟦f3⟧: jo, så det er en rund fødselsdag. fest hos os, ⟦ADDR:dk:short⟧
⟦|⟧De bekræfter, at farmor ⟦f2⟧ er født ⟦DOB:old⟧ og har rund fødselsdag; festen holdes hos ⟦f3⟧ på ⟦ADDR:dk:short⟧.
""",
    cc="dk",
)

_add(
    "fi",
    "fi",
    """
⟪TS:wa⟫ ⟦f1⟧: Moi! Saunailta meillä ⟪DATE⟫, ⟦ADDR:fi:full⟧
⟪TS:wa⟫ ⟦f2⟧: kiva! tuon ⟦f3⟧:n mukaan
⟪TS:wa⟫ ⟦f1⟧: mobilepayllä ⟪PRICE⟫ numeroon ⟦PHONE:fi⟧
""",
    """
Ääniviesti (litteroitu):
"moi ⟦f1⟧ täällä ⟦f2⟧ rapun ovikoodi on ⟦SECRET:door⟧ ja wifi salasana ⟦SECRET:wifi⟧ nähdään"
""",
    """
Tori.fi — ⟪Lastenrattaat⟫
⟦f1⟧: Hei, onko vielä myynnissä?
⟦f2⟧: On, nouto ⟦ADDR:fi:full⟧
⟦f1⟧: Voinko maksaa tilisiirrolla? ⟦f2⟧: ⟦IBAN:fi⟧
""",
    """
Ilmoittautuminen — ⟪HJK juniorit⟫
Nimi: ⟦n1⟧
Syntymäaika: ⟦DOB:kid⟧
Huoltaja: ⟦n2⟧, ⟦PHONE:fi⟧
""",
    cc="fi",
)

# =========================================================================== HUNGARIAN / ROMANIAN / CROATIAN
_add(
    "hu",
    "hu",
    """
⟪TS:wa⟫ ⟦f1⟧: Sziasztok! ⟦f2⟧ szülinapi bulija szombaton lesz, ⟦ADDR:hu:full⟧
⟪TS:wa⟫ ⟦f3⟧: ott leszek!
⟪TS:wa⟫ ⟦f1⟧: ajándékra ⟪PRICE⟫/fő, számla: ⟦IBAN:hu⟧
""",
    """
Hangüzenet (átirat):
"szia ⟦d1⟧, ⟦d2⟧ vagyok, a kapukód ⟦SECRET:door⟧ a wifi jelszó pedig ⟦SECRET:wifi⟧ puszi"
""",
    """
Jelentkezési lap — ⟪Vasas úszószakosztály⟫
Név: ⟦n1⟧
Születési dátum: ⟦DOB:kid⟧
Szülő: ⟦n2⟧, ⟦PHONE:hu⟧, ⟦EMAIL:2⟧
""",
    """
§foglald össze

⟦f1⟧: Mama, küldd el az útleveled számát a repjegyhez
⟦f2w⟧: ⟦PASS:hu⟧, születtem ⟦DOB:old⟧
⟦|⟧⟦f1⟧ elkérte az útlevélszámot a repülőjegyhez; ⟦f2⟧ elküldte: ⟦PASS:hu⟧, születési dátum ⟦DOB:old⟧.
""",
    cc="hu",
)

_add(
    "ro",
    "ro",
    """
⟪TS:wa⟫ ⟦f1⟧: Salut! Chiria pe luna asta în contul ⟦IBAN:ro⟧, titular ⟦n1⟧
⟪TS:wa⟫ ⟦f2⟧: mersi, trimit mâine
⟪TS:wa⟫ ⟦f1⟧: și codul de la interfon s-a schimbat: ⟦SECRET:door⟧
""",
    """
Mesaj vocal (transcriere):
"alo ⟦f1⟧ sunt ⟦f2⟧ numărul meu nou e ⟦PHONE:ro:asr⟧ salvează-l te rog"
""",
    """
OLX — ⟪Bicicletă copii⟫
⟦f1⟧: Bună ziua, mai e disponibilă?
⟦f2⟧: Da, ridicare de la ⟦ADDR:ro:full⟧
⟦f1⟧: Super, numărul meu ⟦PHONE:ro⟧
""",
    """
Fișă de înscriere — ⟪Clubul de înot Dinamo⟫
Nume: ⟦n1⟧
Data nașterii: ⟦DOB:kid⟧
Părinte: ⟦n2⟧, ⟦PHONE:ro⟧
""",
    """
§rezumă conversația

⟦f1⟧: bunica ⟦f2w⟧ s-a născut pe ⟦DOB:old⟧, facem petrecere la ea, ⟦ADDR:ro:short⟧
⟦f3⟧: venim toți!
⟦|⟧Bunica ⟦f2⟧ (născută pe ⟦DOB:old⟧) are petrecere la ea acasă, la ⟦ADDR:ro:short⟧; ⟦f3⟧ confirmă că vin toți.
""",
    cc="ro",
)

_add(
    "hr",
    "hr",
    """
⟪TS:viber⟫ ⟦f1⟧: Bok! Stanarina na ⟦IBAN:hr⟧, primatelj ⟦n1⟧
⟪TS:viber⟫ ⟦f2⟧: hvala, uplaćujem sutra
⟪TS:viber⟫ ⟦f1⟧: šifra za ulaz je sad ⟦SECRET:door⟧
""",
    """
Glasovna poruka (transkript):
"bok ⟦f1⟧ ovdje ⟦f2⟧ moj novi broj je ⟦PHONE:hr:asr⟧ spremi ga"
""",
    """
Njuškalo — ⟪Dječja kolica⟫
⟦f1⟧: Pozdrav, je li još dostupno?
⟦f2⟧: Da, preuzimanje ⟦ADDR:hr:full⟧
⟦f1⟧: Može, moj broj ⟦PHONE:hr⟧
""",
    """
Prijavnica — ⟪NK Dinamo škola nogometa⟫
Ime i prezime: ⟦n1⟧
Datum rođenja: ⟦DOB:kid⟧
Roditelj: ⟦n2⟧, ⟦PHONE:hr⟧
""",
    cc="hr",
)

# =========================================================================== GEORGIAN / ARMENIAN
_add(
    "ka",
    "ka",
    """
⟪TS:wa⟫ ⟦f1⟧: გამარჯობა! ⟦f2⟧-ის დაბადების დღე შაბათს, მისამართი: ⟦ADDR:ge:full⟧
⟪TS:wa⟫ ⟦f3⟧: აუცილებლად მოვალ!
⟪TS:wa⟫ ⟦f1⟧: ჩემი ნომერი ⟦PHONE:ge⟧
""",
    """
ხმოვანი შეტყობინება (ტრანსკრიპტი):
"⟦f1⟧ მე ვარ ⟦f2⟧ wifi-ს პაროლია ⟦SECRET:wifi⟧ კარის კოდი ⟦SECRET:door⟧"
""",
    """
§summarize please (georgian chat)

⟦f1@ka_Latn⟧: ⟦f2@ka_Latn⟧ gamomigzavne pasportis nomeri bilitistvis
⟦f2@ka_Latn⟧: ⟦PASS:ge⟧, dabadebis tarighi ⟦DOB⟧
⟦|⟧⟦f1⟧ asked ⟦f2⟧ for a passport number to buy a ticket; ⟦f2⟧ sent ⟦PASS:ge⟧ and their date of birth, ⟦DOB⟧.
""",
    cc="ge",
)

_add(
    "hy",
    "hy",
    """
⟪TS:tg⟫ ⟦f1⟧: Բարև ձեզ! ⟦f2⟧-ի ծննդյան խնջույքը շաբաթ օրը, հասցեն՝ ⟦ADDR:am:full⟧
⟪TS:tg⟫ ⟦f3⟧: Կգամ անպայման
⟪TS:tg⟫ ⟦f1⟧: Իմ համարը ⟦PHONE:am⟧
""",
    """
Ձայնային հաղորդագրություն (տեքստ).
"⟦f1⟧ ջան ես եմ ⟦f2⟧ wifi-ի գաղտնաբառը ⟦SECRET:wifi⟧ է"
""",
    """
§translate from armenian (latin letters) please:
"⟦f1@hy_Latn⟧ jan, passporti hamars ⟦PASS:am⟧ e, cnndyan or ⟦DOB⟧, ugharkir tour agentin"
⟦|⟧"⟦f1⟧ dear, my passport number is ⟦PASS:am⟧ and my date of birth is ⟦DOB⟧ — send them to the tour agent."
""",
    cc="am",
)


# =========================================================================== ENGLISH, value-dense
# --- IT help, homelab, game servers ---------------------------------------------------------

_add(
    "en",
    "mix",
    """
r/⟪homelab⟫ · u/⟪rack_goblin⟫
Pi-hole keeps assigning the same IP to two devices?? here's my DHCP lease table:
```
⟦MAC⟧  ⟦IP:4⟧   ⟦f1⟧s-iPhone
⟦MAC⟧  ⟦IP:4⟧   ⟪LivingRoom-TV⟫
⟦MAC⟧  ⟦IP:4⟧   ⟪printer⟫
⟦MAC⟧  ⟦IP:4⟧   ⟦f2⟧-laptop
```
router is ⟪OpenWrt⟫ ⟪VER⟫. any ideas?
""",
    """
**⟪#mod-log⟫** — ⟪Cozy Gamers⟫
⟪TS:discord⟫ ⟪ModBot⟫: banned ⟪HANDLE⟫ (ip ⟦IP⟧) — spam
⟪TS:discord⟫ ⟪ModBot⟫: banned ⟪HANDLE⟫ (ip ⟦IP⟧) — ban evasion
⟪TS:discord⟫ ⟦f1⟧: both from the same ISP, probably the same kid
⟪TS:discord⟫ ⟪ModBot⟫: banned ⟪HANDLE⟫ (ip ⟦IP⟧) — alt account
""",
    """
Help thread: can't connect to my ⟪Valheim⟫ dedicated server
```
[⟪TS:hms⟫] Connection from ⟦IP⟧:⟪NUM:40000-65000⟫ rejected: bad password
[⟪TS:hms⟫] Connection from ⟦IP⟧:⟪NUM:40000-65000⟫ accepted
[⟪TS:hms⟫] Server listening on ⟦IP⟧:2456
```
the server password is ⟦SECRET:pw⟧ and my friend ⟦f1⟧ says it's wrong. halp
""",
    """
[⟪#it-support⟫] ⟦f1⟧ ⟪TS:slack⟫
can someone whitelist these for the office wifi:
• ⟦MAC⟧ (⟦f2⟧'s new laptop)
• ⟦MAC⟧ (meeting room ⟪Chromebox⟫)
• ⟦MAC⟧ (⟪Zebra⟫ label printer)
[⟪#it-support⟫] ⟪HANDLE⟫ ⟪TS:slack⟫
done ✅ guest wifi pw is now ⟦SECRET:wifi⟧
""",
    """
Reddit · r/⟪techsupport⟫
Someone is logging into my email from abroad??
Recent activity shows logins from ⟦IP⟧ (⟪Romania⟫), ⟦IP⟧ (⟪Vietnam⟫) and ⟦IP:6⟧. I changed my password to ⟦SECRET:pw⟧ and enabled 2FA. Recovery codes: ⟦SECRET:recovery⟧, ⟦SECRET:recovery⟧. Is my account safe now?
> reply: Never post your password or recovery codes. Change them again right now.
""",
    """
Discord DM
⟦f1⟧: yo can you help me set up the ⟪Plex⟫ server
⟦f2⟧: sure send me the details
⟦f1⟧: public ip ⟦IP⟧, port 32400, the box mac is ⟦MAC⟧, admin login ⟦EMAIL:1⟧ / ⟦SECRET:pw⟧
⟦f2⟧: bro use a password manager 😭
""",
    """
Pasted .env from ⟦f1⟧ in ⟪#dev-help⟫ (why doesn't this work??):
OPENAI_API_KEY=⟦SECRET:api⟧
STRIPE_SECRET=⟦SECRET:api⟧
DB_HOST=⟦IP:4⟧
DB_PASSWORD=⟦SECRET:pw⟧
ADMIN_EMAIL=⟦EMAIL:1⟧
""",
    """
⟪TS:hms⟫ ⟦f1⟧ (voice, auto-transcribed): ok so the nas is at ⟦IP:4⟧ and the camera is ⟦IP:4⟧ the camera password is ⟦SECRET:pw⟧ and the nas one is ⟦SECRET:pw⟧ write that down somewhere safe
""",
    """
Forum: ⟪Ubiquiti Community⟫ › UniFi
Title: AP adopts then disconnects
Device MAC: ⟦MAC⟧
Controller: ⟦IP:4⟧ (⟪VER⟫)
WAN: ⟦IP⟧
SSH creds I set: ⟪ubnt⟫ / ⟦SECRET:pw⟧
Logs attached. Thanks in advance — ⟦f1⟧
""",
    """
Slack · ⟪#incidents⟫
⟪PagerDuty⟫: [TRIGGERED] high error rate on ⟪api-prod⟫
⟦f1⟧: looking. traffic spike from ⟦IP⟧ and ⟦IP⟧
⟦f2⟧: block them at the WAF. also rotate the leaked key ⟦SECRET:api⟧
⟦f1⟧: done, new one is in the vault
""",
    """
Comment on "⟪Setting up WireGuard at home⟫"
My config for anyone stuck:
[Interface]
PrivateKey = ⟦SECRET:wgkey⟧
Address = 10.8.0.2/24
[Peer]
Endpoint = ⟦IP⟧:51820
(yes I know, I'll regenerate the key lol) — ⟦f1⟧
""",
)

# --- crypto chats, giveaways, scams ---------------------------------------------------------

_add(
    "en",
    "mix",
    """
⟪#giveaway-entries⟫
⟪HANDLE⟫: ⟦ETH⟧
⟪HANDLE⟫: ⟦ETH⟧
⟦f1.lc⟧: ⟦ETH⟧ 🙏
⟪HANDLE⟫: ⟦BTC⟧ (btc pls)
⟪HANDLE⟫: ⟦ETH⟧
""",
    """
⟪TS:tg⟫ ⟦PHONE#s⟧: Hello dear, I am account manager from ⟪Binance⟫ support
⟪TS:tg⟫ ⟦PHONE#s⟧: your wallet is frozen, to unlock send ⟪PRICE⟫ USDT to ⟦ETH⟧
⟪TS:tg⟫ ⟦PHONE#s⟧: or BTC to ⟦BTC⟧
⟪TS:tg⟫ You: lol no
⟪TS:tg⟫ ⟦PHONE#s⟧: then send your seed phrase for verification
""",
    """
r/⟪CryptoScams⟫ · PSA: these addresses belong to the "⟪Elon giveaway⟫" scam
- ⟦BTC⟧
- ⟦BTC⟧
- ⟦ETH⟧
- ⟦ETH⟧
Reported to ⟪Chainabuse⟫. The Telegram admin goes by "⟦n1⟧", number ⟦PHONE⟧.
""",
    """
⟪TS:wa⟫ ⟦f1⟧: ok I'll pay you back the ⟪PRICE⟫ in crypto, which address
⟪TS:wa⟫ ⟦f2⟧: eth ⟦ETH⟧ or btc ⟦BTC⟧
⟪TS:wa⟫ ⟦f1⟧: sent eth. tx ⟪HASH⟫
⟪TS:wa⟫ ⟦f2⟧: got it ty!
""",
    """
Discord · ⟪#otc-trades⟫
⟪HANDLE⟫: WTS ⟪NUM:2-9⟫ ⟪SOL⟫, escrow via ⟦f1⟧
⟦f1⟧: send to my escrow wallet ⟦ETH⟧, buyer sends BTC to ⟦BTC⟧
⟪HANDLE⟫: sent ✅ tx ⟪HASH⟫
""",
    """
⟪TS:signal⟫ ⟦f1⟧: for the will — my hardware wallet recovery phrase: ⟦SECRET:seed⟧
⟪TS:signal⟫ ⟦f1⟧: main btc address ⟦BTC⟧, cold storage ⟦BTC⟧
⟪TS:signal⟫ ⟦f2⟧: got it. printing and deleting. love you dad
""",
    """
Donation post — ⟪Animal Rescue Network⟫
Thank you ⟦n1⟧ for the ⟪PRICE⟫ donation! 🐾
Crypto donations: BTC ⟦BTC⟧ · ETH ⟦ETH⟧
Bank: ⟦IBAN⟧ (⟪ARN e.V.⟫)
Questions? ⟦EMAIL:work⟧
""",
)

# --- US paperwork: SSN / ITIN / DL / cards ----------------------------------------------------

_add(
    "en",
    "mix",
    """
⟪TS:wa_us⟫ - ⟦f1⟧: for the tax appointment ⟪Saturday⟫ she needs everyone's numbers
⟪TS:wa_us⟫ - ⟦f1⟧: me ⟦SSN⟧, ⟦f2⟧ ⟦SSN⟧
⟪TS:wa_us⟫ - ⟦f1⟧: your mom has ITIN ⟦ITIN⟧ and your dad ⟦ITIN⟧ right?
⟪TS:wa_us⟫ - ⟦f2⟧: yes. and the kids' SSNs are in the blue folder
""",
    """
Agent: ⟪H&R Block⟫, ⟦f1⟧ speaking.
Caller: Hi, I'm filing for my parents, they have ITINs.
Agent: Okay, go ahead.
Caller: Dad is ⟦ITIN:asr⟧, Mom is ⟦ITIN:asr⟧, and I'm the preparer, my SSN is ⟦SSN:asr⟧.
Agent: Got it. And the refund goes to the account on file?
Caller: Yes, and mail to ⟦ADDR:us:full⟧.
""",
    """
Intake form (pasted from the clinic's chatbot):
Patient: ⟦n1⟧
DOB: ⟦DOB:us⟧
SSN: ⟦SSN⟧ / ITIN: ⟦ITIN⟧ (if no SSN)
Phone: ⟦PHONE:us⟧
Address: ⟦ADDR:us:full⟧
Insurance member ID: ⟪ORDER⟫
""",
    """
⟪TS:sms⟫ Me: hey for the car rental they need both drivers
⟪TS:sms⟫ ⟦f1⟧: mine: ⟦DL:us⟧ exp ⟪DATE⟫
⟪TS:sms⟫ ⟦f2⟧: ⟦DL:us⟧
⟪TS:sms⟫ Me: and a credit card, I'll use mine ⟦CARD⟧
⟪TS:sms⟫ ⟦f1⟧: 👍 pickup at ⟪LAX⟫ ⟪TIME⟫
""",
    """
caller: yes i'm calling to report my wallet stolen
agent: i'm sorry what was in it
caller: my debit card ⟦CARD:asr⟧ my license ⟦DL:us⟧ and my social security card ⟦SSN:asr⟧
agent: okay i've frozen the card please also file a police report and contact the ⟪DMV⟫
""",
    """
Facebook group — ⟪Immigrant Families Help Network⟫
Q: Can I open a bank account with an ITIN?
⟦n1⟧: Yes! I did at ⟪Chase⟫ with my ITIN (⟦ITIN⟧) and my passport ⟦PASS⟧. Bring proof of address.
⟦n2⟧: same, ⟪Wells Fargo⟫ took mine
⟪Admin⟫: Please don't post your ITIN publicly 🙏
""",
    """
Roommate group chat 🏠
⟪TS:imsg⟫
⟦f1⟧
the landlord's portal wants everyone's SSN for the renewal 🙄
⟪TS:imsg⟫
⟦f2⟧
mine ⟦SSN⟧
⟪TS:imsg⟫
⟦f3⟧
I only have an ITIN ⟦ITIN⟧ is that ok
⟪TS:imsg⟫
⟦f1⟧
yes it takes either
""",
    """
voicemail: "hi this is ⟦f1⟧ from ⟪Ace Auto Insurance⟫ following up on the claim for the accident on ⟪DATE⟫ we still need the other driver's license number we have ⟦DL:us⟧ but it doesn't match can you call ⟦PHONE:us⟧ and confirm thanks"
""",
    """
⟪TS:wa_us⟫ - ⟦f1⟧: can you order the concert tickets, site won't take my card
⟪TS:wa_us⟫ - ⟦f2⟧: send card details
⟪TS:wa_us⟫ - ⟦f1⟧: ⟦CARD⟧ exp ⟪NUM:1-12⟫/⟪NUM:26-30⟫ cvv ⟦SECRET:cvv⟧
⟪TS:wa_us⟫ - ⟦f2⟧: ordered. delete that msg lol
""",
    """
Agent notes (pasted from CRM):
Caller ⟦n1⟧ verified via SSN ⟦SSN⟧ and DOB ⟦DOB:us⟧. Requested card replacement for ⟦CARD⟧. New card mailing to ⟦ADDR:us:full⟧. Callback ⟦PHONE:us⟧.
""",
    cc="us",
)

# --- contact lists, rosters, order lists ------------------------------------------------------

_add(
    "en",
    "mix",
    """
Carpool contacts for ⟪soccer camp⟫ 🚗
⟦f1⟧ — ⟦PHONE⟧ — pickup ⟦ADDR:short⟧
⟦f2⟧ — ⟦PHONE⟧ — pickup ⟦ADDR:short⟧
⟦f3⟧ — ⟦PHONE⟧ — pickup ⟦ADDR:short⟧
Drop-off at ⟪Riverside Fields⟫ by ⟪TIME⟫ please!
""",
    """
Group order — ⟪Girl Scout cookies⟫ 🍪 (reply with your address for delivery)
⟪TS:wa_us⟫ - ⟦PHONE#a⟧: 2 thin mints, ⟦ADDR:us:short⟧
⟪TS:wa_us⟫ - ⟦PHONE#b⟧: 1 samoas 1 tagalongs, ⟦ADDR:us:short⟧
⟪TS:wa_us⟫ - ⟦f1⟧: 3 boxes anything! ⟦ADDR:us:short⟧
⟪TS:wa_us⟫ - ⟦PHONE#a⟧: oh and venmo is fine?
""",
    """
From: ⟦EMAIL:1⟧
To: ⟦EMAIL⟧, ⟦EMAIL⟧, ⟦EMAIL⟧, ⟦EMAIL⟧
Subject: book club — next pick

Hi all! Next is "⟪Lessons in Chemistry⟫". We're at mine ⟪DATE⟫ ⟪TIME⟫, ⟦ADDR:full⟧. Text ⟦PHONE⟧ if you're lost.
— ⟦f1⟧
""",
    """
Christmas card list (dictated to my phone, pls format):
⟦n1⟧ ⟦ADDR:full⟧
⟦n2⟧ ⟦ADDR:full⟧
the ⟦l3⟧s ⟦ADDR:full⟧
""",
    """
WhatsApp export — ⟪Street party 🎈⟫
⟪TS:wa⟫ ⟦PHONE#a⟧: I can bring a gazebo, I'm at ⟦ADDR:short⟧
⟪TS:wa⟫ ⟦PHONE#b⟧: we've got tables, ⟦ADDR:short⟧
⟪TS:wa⟫ ⟦PHONE#a⟧: who's organising the road closure?
⟪TS:wa⟫ ⟦PHONE#c⟧: me, council ref ⟪TICKET⟫
⟪TS:wa⟫ ⟦PHONE#b⟧: legend
""",
    """
Team roster — ⟪U12 Girls⟫ (copy from the registration spreadsheet)
⟦n1w⟧ · DOB ⟦DOB:kid⟧ · parent phone ⟦PHONE⟧
⟦n2w⟧ · DOB ⟦DOB:kid⟧ · parent phone ⟦PHONE⟧
⟦n3w⟧ · DOB ⟦DOB:kid⟧ · parent phone ⟦PHONE⟧
""",
    """
Wedding RSVPs so far (from the Google form):
⟦EMAIL⟧ — 2 guests — vegetarian
⟦EMAIL⟧ — 1 guest
⟦EMAIL⟧ — 2 guests — nut allergy
⟦EMAIL⟧ — can't come 😢
Can you count how many are coming?
""",
    """
Emergency contacts — ⟪Year 6 residential trip⟫
1. ⟦PHONE⟧ (mum)
2. ⟦PHONE⟧ (dad)
3. ⟦PHONE⟧ (grandma)
Medical: asthma, inhaler in bag. NHS no. on file. Passport for the ⟪France⟫ leg: ⟦PASS⟧
""",
    """
Secret Santa 🎅 — addresses for posting
• ⟦f1⟧: ⟦ADDR:full⟧
• ⟦f2⟧: ⟦ADDR:full⟧
• ⟦f3⟧: ⟦ADDR:full⟧
budget ⟪PRICE⟫, send by ⟪DATE⟫!
""",
    """
⟪TS:wa⟫ ⟦PHONE#a⟧: Hi, is this the number for the ⟪Toddler Music⟫ class?
⟪TS:wa⟫ ⟦f1⟧: yes! who's this?
⟪TS:wa⟫ ⟦PHONE#a⟧: sorry! it's ⟦f2⟧, mum of ⟦f3⟧. can I pay for the term? 
⟪TS:wa⟫ ⟦f1⟧: sure, ⟪PRICE⟫ to ⟦IBAN⟧, ref your child's name
⟪TS:wa⟫ ⟦PHONE#a⟧: done 🎶
""",
)

# --- house info, secrets shared in chat -----------------------------------------------------

_add(
    "en",
    "mix",
    """
House-sitting notes for ⟦f1⟧ 🐈
• front door keypad: ⟦SECRET:door⟧
• alarm: ⟦SECRET:alarm⟧ then press ✓
• wifi: ⟪HomeNet-5G⟫ / ⟦SECRET:wifi⟧
• garage: ⟦SECRET:door⟧
• ⟪PET⟫ eats at ⟪TIME⟫, vet is ⟪Oakwood Vets⟫ ⟦PHONE⟧
Address for deliveries: ⟦ADDR:full⟧
""",
    """
⟪TS:wa⟫ ⟦f1⟧: guys the info for the ⟪Lake District⟫ cottage
⟪TS:wa⟫ ⟦f1⟧: ⟦ADDR:gb:full⟧
⟪TS:wa⟫ ⟦f1⟧: key safe ⟦SECRET:door⟧, wifi ⟦SECRET:wifi⟧
⟪TS:wa⟫ ⟦f1⟧: owner's number if anything breaks ⟦PHONE:gb⟧
⟪TS:wa⟫ ⟦f2⟧: 🙌🙌
""",
    """
Copied from my notes app (pls help me organise this into a table):
bank app pin ⟦SECRET:pin⟧
work laptop ⟦SECRET:pw⟧
gym locker ⟦SECRET:pin⟧
router admin ⟦IP:4⟧ / ⟦SECRET:pw⟧
⟪Netflix⟫ ⟦EMAIL⟧ / ⟦SECRET:pw⟧
""",
    """
⟪TS:sms⟫ ⟪Verify⟫: Your ⟪Google⟫ verification code is ⟦SECRET:otp⟧
⟪TS:sms⟫ ⟪Verify⟫: Your ⟪Microsoft⟫ security code is ⟦SECRET:otp⟧
⟪TS:sms⟫ ⟦f1⟧: did you just get a code from me?? someone's trying to get into my accounts
⟪TS:sms⟫ Me: yes, ⟦SECRET:otp⟧, not sending it lol
""",
    """
Airbnb house manual (guest pasted it and asked "translate to German"):
Welcome! Address: ⟦ADDR:full⟧
Door code: ⟦SECRET:door⟧ · Wifi: ⟦SECRET:wifi⟧
Host: ⟦f1⟧ ⟦PHONE⟧ · Cleaner: ⟦f2⟧ ⟦PHONE⟧
Checkout ⟪TIME⟫. Bins on ⟪Thursday⟫.
""",
    """
Signal note-to-self:
2fa backup codes for ⟪GitHub⟫: ⟦SECRET:recovery⟧ ⟦SECRET:recovery⟧ ⟦SECRET:recovery⟧
⟪AWS⟫ root: ⟦EMAIL⟧ / ⟦SECRET:pw⟧
access key ⟦SECRET:api⟧
""",
    """
⟪TS:wa⟫ Mum: what's the new alarm code again
⟪TS:wa⟫ ⟦f1⟧: ⟦SECRET:alarm⟧ mum, and the shed padlock is ⟦SECRET:pin⟧
⟪TS:wa⟫ Mum: and the wifi for when ⟦f2⟧ visits?
⟪TS:wa⟫ ⟦f1⟧: ⟦SECRET:wifi⟧ ❤️
""",
)

# --- forms, CRM notes, details updates -------------------------------------------------------

_add(
    "en",
    "mix",
    """
§Can you check this rental application for missing fields?
Applicant: ⟦n1⟧
Date of birth: ⟦DOB⟧
Current address: ⟦ADDR:full⟧
Phone: ⟦PHONE⟧ · Email: ⟦EMAIL:1⟧
Passport no.: ⟦PASS⟧
Employer: ⟪Northwind Logistics⟫ · Salary: ⟪PRICE⟫
Previous landlord: — 
""",
    """
Ticket ⟪TICKET⟫ — internal note (pasted into the assistant: "summarise for handover")
Customer called from ⟦PHONE⟧, verified DOB ⟦DOB⟧ and postcode. Wants statements sent to new address ⟦ADDR:full⟧ and email ⟦EMAIL⟧. Disputed transaction ⟪PRICE⟫ at ⟪BIZ⟫ on card ⟦CARD⟧. Next step: chargeback form.
""",
    """
Subject: Updated contact details

Hi,
Please update my details on file:
New address: ⟦ADDR:full⟧
New mobile: ⟦PHONE⟧
Personal email: ⟦EMAIL⟧
Bank for payroll: ⟦IBAN⟧
Thanks, ⟦f1⟧
""",
    """
Invoice #⟪NUM:100-999⟫ — freelance photography (pasted from my email, make it more professional)
Billed to: ⟪Larkspur Events⟫
From: ⟦n1⟧, ⟦ADDR:full⟧
Amount: ⟪PRICE⟫ — due ⟪DATE⟫
Pay to: ⟦IBAN⟧ or PayPal ⟦EMAIL:1⟧
Questions: ⟦PHONE⟧
""",
    """
Shipping label text (OCR from a photo my neighbour sent):
TO: ⟦n1.up⟧
⟦ADDR:full⟧
TEL ⟦PHONE⟧
FROM: ⟪AliExpress Seller 18823⟫
TRACKING ⟪TRACK⟫  WEIGHT 0.4KG
""",
    """
Job application (pasted from a form, asking "does this look ok?"):
Full name: ⟦n1⟧
Email: ⟦EMAIL:1⟧
Phone: ⟦PHONE⟧
Address: ⟦ADDR:full⟧
Date of birth: ⟦DOB⟧
Right to work: passport ⟦PASS⟧
Driving licence: ⟦DL⟧
""",
    """
CRM export (3 rows) — please dedupe:
"⟦n1⟧","⟦EMAIL:1⟧","⟦PHONE⟧","⟦ADDR:short⟧"
"⟦n2⟧","⟦EMAIL:2⟧","⟦PHONE⟧","⟦ADDR:short⟧"
"⟦n1⟧","⟦EMAIL:1⟧","⟦PHONE⟧","⟦ADDR:short⟧"
""",
    """
Voicemail transcript:
"hi this is ⟦f1.lc⟧ i'm calling to update my direct debit the new account iban is ⟦IBAN⟧ and my reference is ⟪ORDER⟫ if you need to call back it's ⟦PHONE:asr⟧ or email ⟦EMAIL:asr:1⟧ thanks"
""",
    """
Gym membership form (photo → text):
Name ⟦n1⟧   DOB ⟦DOB⟧
Address ⟦ADDR:full⟧
Mobile ⟦PHONE⟧   Email ⟦EMAIL:1⟧
Emergency ⟦PHONE⟧
Locker PIN ⟦SECRET:pin⟧   Plan ⟪Off-peak⟫ ⟪PRICE⟫/month
""",
    """
§Is this phishing? It came by text:
"⟪Royal Mail⟫: your parcel ⟪TRACK⟫ is on hold. Pay ⟪PRICE⟫ at ⟪royalmail-redelivery.info⟫. Reply with your card ⟦CARD⟧? no sorry that's my card, I almost typed it into the site"
""",
    """
Caller details (from the call-centre screen, pasted):
Name: ⟦n1⟧ | DOB: ⟦DOB⟧ | Phone: ⟦PHONE⟧
Address: ⟦ADDR:full⟧
Account email: ⟦EMAIL:1⟧
Last login IP: ⟦IP⟧
Device: ⟪iPhone 14⟫ ⟪VER⟫ · MAC ⟦MAC⟧
""",
    """
§Translate this into Polish for my new cleaner:
"Hi ⟦f1⟧! The key is in the lockbox (code ⟦SECRET:door⟧). The alarm code is ⟦SECRET:alarm⟧. Wifi is ⟦SECRET:wifi⟧. Payment ⟪PRICE⟫ by bank transfer — send me your IBAN. My number is ⟦PHONE⟧."
""",
    """
Notes from the call with the estate agent (dictated):
viewing at ⟦ADDR:full⟧ on ⟪DATE⟫ at ⟪TIME⟫ agent's mobile ⟦PHONE⟧ holding deposit ⟪PRICE⟫ to ⟦IBAN⟧ bring passport ⟦PASS⟧ and proof of address
""",
    """
Pasted from the school's parent portal:
Student: ⟦n1⟧ · DOB ⟦DOB:kid⟧
Home address: ⟦ADDR:full⟧
Contact 1: ⟦PHONE⟧ · ⟦EMAIL⟧
Contact 2: ⟦PHONE⟧ · ⟦EMAIL⟧
Doctor: ⟪Meadowbank Surgery⟫
""",
    """
Text from my bank app screenshot (OCR), what is this payment?
To: ⟦n1.up⟧
IBAN ⟦IBAN⟧
Amount ⟪PRICE⟫ · Reference ⟪ORDER⟫
From account ⟦IBAN⟧
Date ⟪DATE⟫
""",
    """
Lost & found report — ⟪Metro Transit⟫
Item: wallet, brown. Contents: driver's license ⟦DL⟧, bank card ⟦CARD⟧, gym card.
Owner: ⟦n1⟧, ⟦PHONE⟧, ⟦EMAIL:1⟧
Found on route ⟪NUM:1-99⟫ at ⟪TIME⟫.
""",
)

# --- more calls, verification-heavy ---------------------------------------------------------

_add(
    "en",
    "mix",
    """
agent: for security can i take your full postcode and date of birth
caller: ⟦DOB:asr⟧ and i'm at ⟦ADDR:full⟧
agent: and the email address we have on file
caller: ⟦EMAIL:asr⟧
agent: thank you and a contact number
caller: ⟦PHONE:asr⟧
agent: perfect you're verified
""",
    """
[⟪TS:hms⟫] AGENT: can i take the long card number
[⟪TS:hms⟫] CALLER: ⟦CARD:asr⟧
[⟪TS:hms⟫] AGENT: and the billing address
[⟪TS:hms⟫] CALLER: ⟦ADDR:full⟧
[⟪TS:hms⟫] AGENT: lovely that's ⟪PRICE⟫ taken, confirmation sent to ⟦EMAIL⟧
""",
    """
agent: ⟪Unity Bank⟫ this is ⟦f1⟧ how can i help
caller: i need to send money to ⟪Spain⟫ for my daughter's rent
agent: sure, beneficiary IBAN
caller: ⟦IBAN:es⟧
agent: and beneficiary address
caller: ⟦ADDR:es:full⟧
agent: and a phone for her
caller: ⟦PHONE:es⟧
""",
    """
caller: hi i'm stuck abroad and lost my passport
agent: okay we can help what was the passport number if you know it
caller: ⟦PASS⟧
agent: and your date of birth and a phone we can reach you
caller: ⟦DOB:asr⟧ and ⟦PHONE:asr⟧
agent: and where are you staying
caller: ⟪Hotel Miramar⟫ room ⟪NUM:100-999⟫
""",
    """
CSR: thank you for holding. i have your account up. can you confirm the last four of your social
CUST: uh the whole thing is ⟦SSN:asr⟧
CSR: just the last four is fine. and the ⟪Zelle⟫ email
CUST: ⟦EMAIL:asr⟧
CSR: and the phone number on the account
CUST: ⟦PHONE:us:asr⟧
""",
    """
agent: and is this the best number to reach you
caller: no use my work one ⟦PHONE:asr⟧ or my wife's ⟦PHONE:asr⟧
agent: and email
caller: ⟦EMAIL:asr⟧
agent: great we'll send the engineer to ⟦ADDR:full⟧ on ⟪DATE⟫
""",
)

_add(
    "en",
    "mix",
    """
agent: you're through to ⟪DriveSure⟫ claims
caller: hi there's been a bump, the other driver's details are: license ⟦DL:us⟧, phone ⟦PHONE:us⟧, address ⟦ADDR:us:full⟧
agent: and yours
caller: license ⟦DL:us⟧, same phone as on the policy
""",
    cc="us",
)

# --- negatives (nothing to remove) and look-alike-only texts -----------------------------

_add(
    "en",
    "mix",
    """
⟪TS:wa⟫ You: running 10 mins late, train stuck at ⟪Clapham Junction⟫
⟪TS:wa⟫ You: order me a flat white from ⟪Pret⟫ pls
⟪TS:wa⟫ You: ⟪PRICE⟫ I'll pay you back
""",
    """
Order ⟪ORDER⟫ shipped via ⟪UPS⟫, tracking ⟪TRACK⟫, arriving ⟪DATE⟫. Total ⟪PRICE⟫. Questions? Reply to this message.
can you tell me when this will arrive?
""",
    """
Meeting captions — ⟪Sprint review⟫
⟪Speaker 1⟫: okay so ticket ⟪TICKET⟫ is done and deployed in ⟪VER⟫
⟪Speaker 2⟫: nice and the hotfix ⟪HASH⟫?
⟪Speaker 1⟫: merged this morning
""",
    """
r/⟪Cooking⟫ · ⟪TS:reddit⟫
Made ⟪Ben & Jerry's⟫-style cookie dough ice cream at home, cost me ⟪PRICE⟫ vs ⟪PRICE⟫ at ⟪Trader Joe's⟫. Recipe in comments!
> ⟪HANDLE⟫: looks amazing
> ⟪HANDLE⟫: saving this
""",
    """
⟪TS:discord⟫ ⟪HANDLE⟫: patch ⟪VER⟫ dropped
⟪TS:discord⟫ ⟪HANDLE⟫: finally, the ⟪Wendy's⟫ skin is back lol
⟪TS:discord⟫ ⟪HANDLE⟫: ⟪@everyone⟫ raid at ⟪TIME⟫
""",
    """
Dear {{first_name}} {{last_name}},
Your booking ⟪BOOKING⟫ for ⟪DATE⟫ is confirmed. Flight ⟪FLIGHT⟫ departs at ⟪TIME⟫.
Sincerely, <COMPANY_NAME>
(why does the email still have the placeholders?)
""",
    """
voicemail: "hi this is an automated reminder from ⟪Riverside Library⟫ the item you reserved is ready for collection until ⟪DATE⟫ thank you"
""",
    """
Review ★★★★☆ — ⟪McDonald's⟫ on ⟪Route 9⟫
fries were hot, order ⟪ORDER⟫ came in ⟪NUM:4-15⟫ minutes. the ⟪McFlurry⟫ machine was broken as usual
""",
)


# =========================================================================== NON-ENGLISH, value-dense
_add(
    "es",
    "es|mx|latam",
    """
§¿Me revisas esta solicitud de alquiler?
Nombre: ⟦n1⟧
Fecha de nacimiento: ⟦DOB⟧
Pasaporte: ⟦PASS⟧
Teléfono: ⟦PHONE⟧ · Correo: ⟦EMAIL:1⟧
Dirección actual: ⟦ADDR:full⟧
IBAN para la fianza: ⟦IBAN:es⟧
""",
    """
Nota de voz transcrita:
"apunta la contraseña del wifi ⟦SECRET:wifi⟧ la alarma ⟦SECRET:alarm⟧ y el garaje ⟦SECRET:door⟧ y si pasa algo llama al vecino al ⟦PHONE⟧"
""",
    """
Datos para el envío (copiado de Wallapop):
⟦n1⟧
⟦ADDR:full⟧
Tel. ⟦PHONE⟧
Email ⟦EMAIL:1⟧
Pedido ⟪ORDER⟫ · ⟪PRICE⟫
""",
    """
Llamada — banco (transcripción)
AGENTE: para verificar necesito su fecha de nacimiento y el correo
CLIENTE: ⟦DOB⟧ y ⟦EMAIL:asr⟧
AGENTE: y el número de la tarjeta afectada
CLIENTE: ⟦CARD:asr⟧
AGENTE: queda bloqueada le enviamos una nueva a ⟦ADDR:full⟧
""",
    cc="es",
)

_add(
    "es",
    "mx",
    """
⟪TS:wa_and⟫ - ⟦PHONE#a⟧: Buenas, ¿es el grupo de la posada de la calle?
⟪TS:wa_and⟫ - ⟦PHONE#b⟧: sí! yo llevo el ponche, vivo en ⟦ADDR:mx:short⟧
⟪TS:wa_and⟫ - ⟦PHONE#a⟧: yo las piñatas, estoy en ⟦ADDR:mx:short⟧
⟪TS:wa_and⟫ - ⟦PHONE#c⟧: cooperación de ⟪PRICE⟫ por casa a la cuenta ⟦CARD⟧ (tarjeta de débito de doña ⟦f1w⟧)
""",
    cc="mx",
)

_add(
    "pt",
    "pt_br",
    """
§Confere se falta alguma coisa nesse cadastro:
Nome: ⟦n1⟧
Nascimento: ⟦DOB⟧
Celular: ⟦PHONE:br⟧
E-mail: ⟦EMAIL:1⟧
Endereço: ⟦ADDR:br:full⟧
Passaporte: ⟦PASS:br⟧
""",
    """
Anotações da ligação (ditado):
cliente ligou do ⟦PHONE:br⟧ confirmou nascimento ⟦DOB⟧ pediu segunda via do cartão ⟦CARD⟧ enviar para ⟦ADDR:br:full⟧ e-mail ⟦EMAIL⟧
""",
    """
⟪TS:wa_br⟫ - ⟦PHONE#a⟧: oi, vi o anúncio da bike. ainda tá disponível?
⟪TS:wa_br⟫ - ⟦PHONE#b⟧: tá sim, ⟪PRICE⟫
⟪TS:wa_br⟫ - ⟦PHONE#a⟧: fechado. me passa o endereço
⟪TS:wa_br⟫ - ⟦PHONE#b⟧: ⟦ADDR:br:full⟧, pode vir depois das ⟪TIME⟫
""",
    cc="br",
)

_add(
    "fr",
    "fr",
    """
§Tu peux vérifier ce dossier de location ?
Nom : ⟦n1⟧
Né(e) le : ⟦DOB⟧
Adresse actuelle : ⟦ADDR:fr:full⟧
Tél. : ⟦PHONE:fr⟧ · Mail : ⟦EMAIL:1⟧
Passeport : ⟦PASS:fr⟧
RIB : ⟦IBAN:fr⟧
""",
    """
Notes de l'appel (dictée) :
client rappelle au ⟦PHONE:fr⟧ date de naissance ⟦DOB⟧ nouvelle adresse ⟦ADDR:fr:full⟧ mail ⟦EMAIL⟧ opposition sur la carte ⟦CARD⟧
""",
    """
Infos pour la baby-sitter 🍼
Code porte : ⟦SECRET:door⟧ · Alarme : ⟦SECRET:alarm⟧
Wifi : ⟦SECRET:wifi⟧
Moi : ⟦PHONE:fr⟧ · Voisine : ⟦PHONE:fr⟧
Adresse (pour les urgences) : ⟦ADDR:fr:full⟧
""",
    cc="fr",
)

_add(
    "de",
    "de",
    """
§Kannst du das Formular auf Vollständigkeit prüfen?
Name: ⟦n1⟧
Geburtsdatum: ⟦DOB⟧
Anschrift: ⟦ADDR:de:full⟧
Telefon: ⟦PHONE:de⟧ · E-Mail: ⟦EMAIL:1⟧
Führerschein-Nr.: ⟦DL:de⟧
IBAN: ⟦IBAN:de⟧
""",
    """
Infos für die Katzensitterin 🐈
Haustür: Schlüssel im Kasten, Code ⟦SECRET:door⟧
WLAN: ⟦SECRET:wifi⟧
Alarmanlage: ⟦SECRET:alarm⟧
Tierarzt ⟪Dr. Vogel⟫: ⟦PHONE:de⟧ · ich: ⟦PHONE:de⟧
""",
    """
⟪TS:wa_de⟫ ⟦PHONE#a⟧: Hallo, ist das Sofa noch da?
⟪TS:wa_de⟫ ⟦PHONE#b⟧: ja, ⟪PRICE⟫, Abholung ⟦ADDR:de:full⟧
⟪TS:wa_de⟫ ⟦PHONE#a⟧: super, überweise ich vorher? IBAN?
⟪TS:wa_de⟫ ⟦PHONE#b⟧: ⟦IBAN:de⟧
""",
    """
Ticket-Notiz (Hotline):
Anrufer von ⟦PHONE:de⟧, verifiziert über Geburtsdatum ⟦DOB⟧. Router-MAC ⟦MAC⟧, öffentliche IP ⟦IP⟧. Techniker-Termin ⟪DATE⟫ an ⟦ADDR:de:full⟧.
""",
    cc="de",
)

_add(
    "it",
    "it",
    """
§Mi controlli questo modulo?
Nome e cognome: ⟦n1⟧
Data di nascita: ⟦DOB⟧
Indirizzo: ⟦ADDR:it:full⟧
Cellulare: ⟦PHONE:it⟧ · Email: ⟦EMAIL:1⟧
Patente: ⟦DL:it⟧ · IBAN: ⟦IBAN:it⟧
""",
    """
⟪TS:wa⟫ ⟦PHONE#a⟧: Buongiorno, è lei che vende la culla?
⟪TS:wa⟫ ⟦PHONE#b⟧: sì, ⟪PRICE⟫. ritiro in ⟦ADDR:it:full⟧
⟪TS:wa⟫ ⟦PHONE#a⟧: posso fare un bonifico? ⟦PHONE#b⟧ mi manda l'IBAN?
⟪TS:wa⟫ ⟦PHONE#b⟧: ⟦IBAN:it⟧
""",
    cc="it",
)

_add(
    "nl",
    "nl",
    """
§Kun je dit formulier controleren?
Naam: ⟦n1⟧
Geboortedatum: ⟦DOB⟧
Adres: ⟦ADDR:nl:full⟧
Telefoon: ⟦PHONE:nl⟧ · E-mail: ⟦EMAIL:1⟧
IBAN: ⟦IBAN:nl⟧
Paspoortnummer: ⟦PASS:nl⟧
""",
    cc="nl",
)

_add(
    "pl",
    "pl",
    """
§Sprawdź ten formularz:
Imię i nazwisko: ⟦n1⟧
Data urodzenia: ⟦DOB⟧
Adres: ⟦ADDR:pl:full⟧
Telefon: ⟦PHONE:pl⟧ · E-mail: ⟦EMAIL:1⟧
Nr rachunku: ⟦IBAN:pl⟧
""",
    """
Notatka z rozmowy (dyktowana):
klient dzwonił z ⟦PHONE:pl⟧ data urodzenia ⟦DOB⟧ nowy adres ⟦ADDR:pl:full⟧ zastrzeżona karta ⟦CARD⟧
""",
    cc="pl",
)

_add(
    "ru",
    "ru",
    """
§Проверь анкету, всё ли заполнено:
ФИО: ⟦n1⟧
Дата рождения: ⟦DOB⟧
Адрес: ⟦ADDR:ru:full⟧
Телефон: ⟦PHONE:ru⟧ · Почта: ⟦EMAIL:1⟧
Загранпаспорт: ⟦PASS:ru⟧
Водительское удостоверение: ⟦DL:ru⟧
""",
    """
Заметка для няни 🧸
Код домофона: ⟦SECRET:door⟧
Вайфай: ⟦SECRET:wifi⟧
Сигнализация: ⟦SECRET:alarm⟧
Мой номер: ⟦PHONE:ru⟧, соседка: ⟦PHONE:ru⟧
""",
    """
⟪TS:tg⟫ ⟦PHONE#a⟧: Здравствуйте, коляска ещё продаётся?
⟪TS:tg⟫ ⟦PHONE#b⟧: да, ⟪PRICE⟫, забирать ⟦ADDR:ru:full⟧
⟪TS:tg⟫ ⟦PHONE#a⟧: могу перевести на карту, какой номер?
⟪TS:tg⟫ ⟦PHONE#b⟧: ⟦CARD⟧
""",
    cc="ru",
)

_add(
    "tr",
    "tr",
    """
§Bu formu kontrol eder misin?
Ad Soyad: ⟦n1⟧
Doğum tarihi: ⟦DOB⟧
Adres: ⟦ADDR:tr:full⟧
Telefon: ⟦PHONE:tr⟧ · E-posta: ⟦EMAIL:1⟧
IBAN: ⟦IBAN:tr⟧
Pasaport: ⟦PASS:tr⟧
""",
    """
Bakıcı için notlar 🏠
Kapı şifresi: ⟦SECRET:door⟧ · Alarm: ⟦SECRET:alarm⟧
Wifi: ⟦SECRET:wifi⟧
Benim numaram: ⟦PHONE:tr⟧ · Komşu: ⟦PHONE:tr⟧
""",
    cc="tr",
)

_add(
    "ar",
    "ar",
    """
§راجع هذا النموذج من فضلك:
الاسم: ⟦n1⟧
تاريخ الميلاد: ⟦DOB⟧
العنوان: ⟦ADDR:eg:full⟧
الهاتف: ⟦PHONE:eg⟧ · البريد: ⟦EMAIL:1⟧
جواز السفر: ⟦PASS:eg⟧
""",
    """
ملاحظات للمربية:
كود الباب ⟦SECRET:door⟧ · الواي فاي ⟦SECRET:wifi⟧
رقمي ⟦PHONE:ae⟧ · رقم الجارة ⟦PHONE:ae⟧
العنوان: ⟦ADDR:ae:full⟧
""",
    cc="eg",
)

_add(
    "zh",
    "zh",
    """
§帮我检查一下这个表有没有漏填
姓名：⟦n1⟧
出生日期：⟦DOB⟧
手机：⟦PHONE:cn⟧
邮箱：⟦EMAIL:1⟧
地址：⟦ADDR:cn:full⟧
护照号：⟦PASS:cn⟧
""",
    """
给阿姨的备忘 🏠
门锁密码：⟦SECRET:door⟧
Wi-Fi：⟦SECRET:wifi⟧
我的电话：⟦PHONE:cn⟧　邻居：⟦PHONE:cn⟧
""",
    """
服务器信息（从群里复制的）：
IP：⟦IP⟧
账号：root　密码：⟦SECRET:pw⟧
备用机 IP：⟦IP⟧，MAC：⟦MAC⟧
API Key：⟦SECRET:api⟧
""",
    cc="cn",
)

_add(
    "ja",
    "ja",
    """
§この申込書、抜けているところがないか確認して
氏名：⟦n1⟧
生年月日：⟦DOB⟧
住所：⟦ADDR:jp:full⟧
電話：⟦PHONE:jp⟧
メール：⟦EMAIL:1⟧
運転免許証番号：⟦DL:jp⟧
""",
    """
ペットシッターさんへのメモ 🐕
玄関の暗証番号：⟦SECRET:door⟧
Wi-Fi：⟦SECRET:wifi⟧
私の携帯：⟦PHONE:jp⟧　⟪動物病院⟫：⟦PHONE:jp⟧
""",
    cc="jp",
)

_add(
    "ko",
    "ko",
    """
§이 신청서 빠진 거 있는지 봐줘
이름: ⟦n1⟧
생년월일: ⟦DOB⟧
주소: ⟦ADDR:kr:full⟧
연락처: ⟦PHONE:kr⟧
이메일: ⟦EMAIL:1⟧
여권번호: ⟦PASS:kr⟧
""",
    """
⟪TS:kakao⟫, ⟦n1⟧ : 서버 정보 공유드립니다
⟪TS:kakao⟫, ⟦n1⟧ : IP ⟦IP⟧ / 비번 ⟦SECRET:pw⟧
⟪TS:kakao⟫, ⟦n1⟧ : 공유기 MAC ⟦MAC⟧, API 키 ⟦SECRET:api⟧
⟪TS:kakao⟫, ⟦n2⟧ : 단톡방에 비번 올리시면 안 돼요 ㅠㅠ
""",
    cc="kr",
)

_add(
    "hi-en",
    "in_Latn",
    """
§ye form check karo kuch missing toh nahi
Name: ⟦n1⟧
DOB: ⟦DOB⟧
Address: ⟦ADDR:in:full⟧
Mobile: ⟦PHONE:in⟧ · Email: ⟦EMAIL:1⟧
Passport: ⟦PASS:in⟧
DL: ⟦DL:in⟧
""",
    """
maid ke liye notes 🏠
gate code ⟦SECRET:door⟧, wifi ⟦SECRET:wifi⟧
mera number ⟦PHONE:in⟧, padosi aunty ⟦PHONE:in⟧
ghar ka address ⟦ADDR:in:full⟧
""",
    """
⟪TS:wa_and⟫ - ⟦PHONE#a⟧: hello, ye cycle abhi bhi available hai?
⟪TS:wa_and⟫ - ⟦PHONE#b⟧: haan ji, ⟪PRICE⟫
⟪TS:wa_and⟫ - ⟦PHONE#a⟧: address bhej do aaj shaam aata hoon
⟪TS:wa_and⟫ - ⟦PHONE#b⟧: ⟦ADDR:in:full⟧, UPI ⟦PHONE#b⟧ pe bhej dena
""",
    cc="in",
)

_add(
    "id",
    "id",
    """
§tolong cek formulir ini
Nama: ⟦n1⟧
Tanggal lahir: ⟦DOB⟧
Alamat: ⟦ADDR:id:full⟧
HP: ⟦PHONE:id⟧ · Email: ⟦EMAIL:1⟧
Paspor: ⟦PASS:id⟧
""",
    cc="id",
)

_add(
    "vi",
    "vi",
    """
§kiểm tra giúp mình tờ khai này
Họ tên: ⟦n1⟧
Ngày sinh: ⟦DOB⟧
Địa chỉ: ⟦ADDR:vn:full⟧
Điện thoại: ⟦PHONE:vn⟧ · Email: ⟦EMAIL:1⟧
Hộ chiếu: ⟦PASS:vn⟧
""",
    cc="vn",
)

_add(
    "tl-en",
    "tl",
    """
§pa-check naman itong form
Name: ⟦n1⟧
Birthday: ⟦DOB⟧
Address: ⟦ADDR:ph:full⟧
Cel: ⟦PHONE:ph⟧ · Email: ⟦EMAIL:1⟧
Passport: ⟦PASS:ph⟧
""",
    """
notes para kay ate yaya 🏠
gate code ⟦SECRET:door⟧, wifi ⟦SECRET:wifi⟧
my number ⟦PHONE:ph⟧, si kuya guard ⟦PHONE:ph⟧
""",
    cc="ph",
)

_add(
    "sv",
    "sv",
    """
§Kolla om något saknas i formuläret
Namn: ⟦n1⟧
Födelsedatum: ⟦DOB⟧
Adress: ⟦ADDR:se:full⟧
Telefon: ⟦PHONE:se⟧ · E-post: ⟦EMAIL:1⟧
Pass: ⟦PASS:se⟧
""",
    cc="se",
)

_add(
    "uk",
    "uk",
    """
§Перевір анкету
ПІБ: ⟦n1⟧
Дата народження: ⟦DOB⟧
Адреса: ⟦ADDR:ua:full⟧
Телефон: ⟦PHONE:ua⟧ · Пошта: ⟦EMAIL:1⟧
Паспорт: ⟦PASS:ua⟧
IBAN: ⟦IBAN:ua⟧
""",
    cc="ua",
)

_add(
    "el",
    "el",
    """
§Έλεγξε τη φόρμα
Ονοματεπώνυμο: ⟦n1⟧
Ημερομηνία γέννησης: ⟦DOB⟧
Διεύθυνση: ⟦ADDR:gr:full⟧
Τηλέφωνο: ⟦PHONE:gr⟧ · Email: ⟦EMAIL:1⟧
IBAN: ⟦IBAN:gr⟧
""",
    cc="gr",
)

_add(
    "ro",
    "ro",
    """
§Verifică formularul
Nume: ⟦n1⟧
Data nașterii: ⟦DOB⟧
Adresa: ⟦ADDR:ro:full⟧
Telefon: ⟦PHONE:ro⟧ · Email: ⟦EMAIL:1⟧
IBAN: ⟦IBAN:ro⟧
""",
    cc="ro",
)

_add(
    "fr-en",
    "fr",
    """
Infos pour le house-sitting (sorry half english)
door code ⟦SECRET:door⟧, alarme ⟦SECRET:alarm⟧
wifi ⟦SECRET:wifi⟧
my number ⟦PHONE:fr⟧, le voisin ⟦PHONE:fr⟧
address ⟦ADDR:fr:full⟧
""",
    cc="fr",
)

_add(
    "es-en",
    "mx",
    """
notes for the house sitter (mi casa es su casa lol)
door code ⟦SECRET:door⟧, alarm ⟦SECRET:alarm⟧
wifi ⟦SECRET:wifi⟧
mi cel ⟦PHONE:us⟧, la vecina ⟦PHONE:us⟧
address ⟦ADDR:us:full⟧
""",
    cc="us",
)

_add(
    "ur-Latn",
    "pk",
    """
§ye form check kar dein
Naam: ⟦n1⟧
Tareekh-e-paidaish: ⟦DOB⟧
Pata: ⟦ADDR:pk:full⟧
Mobile: ⟦PHONE:pk⟧ · Email: ⟦EMAIL:1⟧
Passport: ⟦PASS:pk⟧
""",
    cc="pk",
)

_add(
    "en-SG",
    "sg",
    """
maid notes 🏠
door code ⟦SECRET:door⟧ · wifi ⟦SECRET:wifi⟧
my hp ⟦PHONE:sg⟧ · my husband ⟦PHONE:sg⟧
address ⟦ADDR:sg:full⟧ (for grab)
""",
    cc="sg",
)

_add(
    "pcm",
    "yo|ig|ha",
    """
§abeg check this form for me
Name: ⟦n1⟧
Date of birth: ⟦DOB⟧
Address: ⟦ADDR:ng:full⟧
Phone: ⟦PHONE:ng⟧ · Email: ⟦EMAIL:1⟧
Passport: ⟦PASS:ng⟧
""",
    cc="ng",
)

# --- non-English negatives -------------------------------------------------------------------
_add(
    "de",
    "de",
    """
⟪TS:wa_de⟫ Ich: bin in ⟪TIME⟫ am ⟪Hauptbahnhof⟫
⟪TS:wa_de⟫ Ich: Zug ⟪ICE 1⟫⟪NUM:10-99⟫ hat Verspätung, Gleis ⟪NUM:1-20⟫
""",
    cc="de",
)
_add(
    "es",
    "es",
    """
Pedido ⟪ORDER⟫ enviado con ⟪Correos⟫, seguimiento ⟪TRACK⟫. Total ⟪PRICE⟫. Entrega estimada: ⟪DATE⟫.
¿cuándo llega?
""",
    cc="es",
)
_add(
    "ja",
    "ja",
    """
⟪TS:line⟫	自分	⟪TIME⟫に⟪渋谷駅⟫のハチ公前でいい？
⟪TS:line⟫	自分	⟪スタバ⟫で待ってる☕
""",
    cc="jp",
)
_add(
    "fr",
    "fr",
    """
Commande ⟪ORDER⟫ expédiée par ⟪Colissimo⟫ (suivi ⟪TRACK⟫), livraison prévue le ⟪DATE⟫, montant ⟪PRICE⟫.
c'est quand la livraison exactement ?
""",
    cc="fr",
)

# --- extra value-dense English (US tax season, crypto, networks) -------------------------
_add(
    "en",
    "mix",
    """
§I'm a volunteer at a ⟪VITA⟫ tax clinic. Put these intake notes into a table:
client 1: ITIN ⟦ITIN⟧, spouse ITIN ⟦ITIN⟧, 2 dependents
client 2: SSN ⟦SSN⟧, phone ⟦PHONE:us⟧
client 3: ITIN ⟦ITIN⟧ expired, renewing; mail to ⟦ADDR:us:full⟧
""",
    """
⟪TS:sms⟫ ⟦PHONE:us#a⟧: Hi it's the tax office, we need your ITIN to finish the return
⟪TS:sms⟫ Me: ⟦ITIN⟧
⟪TS:sms⟫ ⟦PHONE:us#a⟧: and your husband's SSN
⟪TS:sms⟫ Me: ⟦SSN⟧. refund to the same account right?
""",
    """
voicemail: "yes hello my name is ⟦n1.lc⟧ i'm calling about the letter from the ⟪IRS⟫ my itin is ⟦ITIN:asr⟧ and my phone number is ⟦PHONE:us:asr⟧ please call me back"
""",
    """
Reddit · r/⟪tax⟫
Can an ITIN holder claim a kid with an SSN?
Me: ITIN ⟦ITIN⟧ (yes I know, throwaway). Son has SSN ⟦SSN⟧. Filed last year from ⟦ADDR:us:short⟧ and got a letter.
> reply: Yes, but please remove those numbers from your post.
""",
    """
§Summarize this call for the case file.
AGENT: i can see two ITINs on the return ⟦ITIN:asr⟧ and ⟦ITIN:asr⟧ and one SSN ⟦SSN:asr⟧ for the child
CALLER: yes that's right
AGENT: and the address is still ⟦ADDR:us:full⟧
CALLER: yes
""",
    cc="us",
)

_add(
    "en",
    "mix",
    """
⟪#wallet-help⟫
⟪HANDLE⟫: sent ⟪NUM:1-9⟫ ETH from ⟦ETH⟧ to ⟦ETH⟧ 3 hours ago, still pending?? tx ⟪HASH⟫
⟪HANDLE⟫: gas was too low. speed it up in ⟪MetaMask⟫
⟪HANDLE⟫: never share your private key btw, someone asked me for it in DMs
""",
    """
Telegram group "⟪P2P BTC Nigeria⟫"
⟪TS:tg⟫ ⟦PHONE:ng#a⟧: selling ⟪NUM:1-5⟫k USDT, pay to ⟦IBAN:gb⟧
⟪TS:tg⟫ ⟦PHONE:ng#b⟧: buying, send to ⟦BTC⟧
⟪TS:tg⟫ ⟦PHONE:ng#a⟧: ok ⟪HASH⟫ sent
⟪TS:tg⟫ ⟦PHONE:ng#b⟧: received ✅
""",
    """
Office network audit (pasted, asking "any duplicates?"):
⟪desk-01⟫  ⟦MAC⟧  ⟦IP:4⟧
⟪desk-02⟫  ⟦MAC⟧  ⟦IP:4⟧
⟪printer⟫  ⟦MAC⟧  ⟦IP:4⟧
⟪nas⟫      ⟦MAC⟧  ⟦IP:4⟧
""",
    """
Help! my bank app shows a card I don't recognise: ⟦CARD⟧. My own cards are ⟦CARD⟧ and ⟦CARD⟧. Could someone have added it? I'm with ⟪Monzo⟫.
""",
    """
Order confirmation pasted by my mom ("is this real?"):
Ship to: ⟦n1⟧, ⟦ADDR:full⟧
Paid with card ending ⟪NUM:1000-9999⟫ — actually the full number shows: ⟦CARD⟧
Contact: ⟦PHONE⟧ · ⟦EMAIL:1⟧
Order ⟪ORDER⟫ · ⟪PRICE⟫
""",
)

# --- extra value-dense non-English --------------------------------------------------------
_add(
    "pt",
    "pt_br",
    """
Dados pro motoboy (copiado do app):
Cliente: ⟦n1⟧
Endereço: ⟦ADDR:br:full⟧
Tel: ⟦PHONE:br⟧
Pedido ⟪ORDER⟫ · ⟪PRICE⟫ · pago no cartão ⟦CARD⟧
""",
    cc="br",
)
_add(
    "fr",
    "fr",
    """
⟪TS:wa⟫ ⟦PHONE:fr#a⟧: Bonjour, c'est pour l'annonce du vélo
⟪TS:wa⟫ ⟦PHONE:fr#b⟧: oui, ⟪PRICE⟫, à récupérer ⟦ADDR:fr:full⟧
⟪TS:wa⟫ ⟦PHONE:fr#a⟧: je peux faire un virement ? votre IBAN ?
⟪TS:wa⟫ ⟦PHONE:fr#b⟧: ⟦IBAN:fr⟧
""",
    cc="fr",
)
_add(
    "de",
    "de",
    """
Notizen aus dem Telefonat (diktiert):
neue Adresse ⟦ADDR:de:full⟧ Telefon ⟦PHONE:de⟧ E-Mail ⟦EMAIL⟧ Geburtsdatum ⟦DOB⟧ Kontoverbindung ⟦IBAN:de⟧ Kartennummer der alten Karte ⟦CARD⟧ sperren
""",
    cc="de",
)
_add(
    "es",
    "es|mx|latam",
    """
Notas para la cuidadora 🧓
Código del portal: ⟦SECRET:door⟧ · Wifi: ⟦SECRET:wifi⟧
Teléfono de urgencias de la familia: ⟦PHONE⟧, ⟦PHONE⟧
Dirección: ⟦ADDR:full⟧
""",
    cc="es",
)
_add(
    "zh",
    "zh",
    """
快递单（拍照识别）：
收件人：⟦n1⟧
电话：⟦PHONE:cn⟧
地址：⟦ADDR:cn:full⟧
运单号：⟪TRACK⟫
""",
    cc="cn",
)
_add(
    "ja",
    "ja",
    """
配送伝票（OCR）
お届け先：⟦n1⟧ 様
住所：⟦ADDR:jp:full⟧
電話：⟦PHONE:jp⟧
伝票番号：⟪TRACK⟫
""",
    cc="jp",
)
_add(
    "ko",
    "ko",
    """
택배 송장 (사진 텍스트)
받는 분: ⟦n1⟧
주소: ⟦ADDR:kr:full⟧
연락처: ⟦PHONE:kr⟧
운송장번호: ⟪TRACK⟫
""",
    cc="kr",
)
_add(
    "ru-Latn",
    "ru_Latn",
    """
zametki dlya nyani:
kod domofona ⟦SECRET:door⟧, wifi ⟦SECRET:wifi⟧
moy nomer ⟦PHONE:ru_l⟧, sosedka ⟦PHONE:ru_l⟧
adres ⟦ADDR:ru_l:full⟧
""",
    cc="ru_l",
)
_add(
    "ar-Latn",
    "ar_Latn",
    """
notes lel babysitter:
code el bab ⟦SECRET:door⟧, el wifi ⟦SECRET:wifi⟧
raqmi ⟦PHONE:eg_l⟧, raqam gozi ⟦PHONE:eg_l⟧
el 3enwan ⟦ADDR:eg_l:full⟧
""",
    cc="eg_l",
)
_add(
    "it",
    "it",
    """
Appunti per la baby-sitter
codice portone ⟦SECRET:door⟧ · wifi ⟦SECRET:wifi⟧ · allarme ⟦SECRET:alarm⟧
mio cellulare ⟦PHONE:it⟧ · nonna ⟦PHONE:it⟧
""",
    cc="it",
)
_add(
    "pl",
    "pl",
    """
Notatki dla opiekunki
kod do domofonu ⟦SECRET:door⟧ · wifi ⟦SECRET:wifi⟧ · alarm ⟦SECRET:alarm⟧
mój numer ⟦PHONE:pl⟧ · sąsiadka ⟦PHONE:pl⟧
""",
    cc="pl",
)

_add(
    "en",
    "mix",
    """
§Fill in this visa form for me from my details:
passport ⟦PASS⟧ issued ⟪DATE⟫, born ⟦DOB⟧, home address ⟦ADDR:full⟧, phone ⟦PHONE⟧, email ⟦EMAIL⟧, previous passport ⟦PASS⟧
""",
    """
From: ⟦EMAIL⟧
To: ⟦EMAIL⟧
Subject: spare key + codes

as promised: front door ⟦SECRET:door⟧, alarm ⟦SECRET:alarm⟧, wifi ⟦SECRET:wifi⟧. the plumber might call from ⟦PHONE⟧, let him in pls.
""",
    """
⟪TS:wa⟫ ⟦PHONE#a⟧: hi, got your number from the ⟪Nextdoor⟫ post about the lost cat
⟪TS:wa⟫ ⟦PHONE#b⟧: yes!! did you see her?
⟪TS:wa⟫ ⟦PHONE#a⟧: I think she's in my garden, ⟦ADDR:short⟧
⟪TS:wa⟫ ⟦PHONE#b⟧: omg coming now 🙏
""",
    """
Dictated note: new bank details for rent ⟦IBAN⟧ old ones ⟦IBAN⟧ stop using those landlord's new number ⟦PHONE⟧ email ⟦EMAIL⟧
""",
    """
Pasted from the ⟪Eventbrite⟫ attendee export — who hasn't paid?
⟦EMAIL⟧, ⟦PHONE⟧, paid
⟦EMAIL⟧, ⟦PHONE⟧, unpaid
⟦EMAIL⟧, ⟦PHONE⟧, paid
⟦EMAIL⟧, ⟦PHONE⟧, unpaid
""",
    """
caller: my son's phone was stolen can you block it
agent: sure what's the number
caller: ⟦PHONE:asr⟧
agent: and the account holder's date of birth and the email
caller: ⟦DOB:asr⟧ and ⟦EMAIL:asr⟧
agent: blocked, and the device id ⟦MAC⟧ is blacklisted
""",
)
_add(
    "es",
    "es|mx|latam",
    """
§Rellena este formulario con mis datos:
pasaporte ⟦PASS⟧, nacido el ⟦DOB⟧, domicilio ⟦ADDR:full⟧, teléfono ⟦PHONE⟧, correo ⟦EMAIL⟧
""",
    cc="es",
)
_add(
    "de",
    "de",
    """
Von: ⟦EMAIL⟧
An: ⟦EMAIL⟧
Betreff: Schlüssel & Codes

Haustür ⟦SECRET:door⟧, Alarm ⟦SECRET:alarm⟧, WLAN ⟦SECRET:wifi⟧. Der Handwerker ruft ggf. von ⟦PHONE:de⟧ an.
""",
    cc="de",
)
_add(
    "fr",
    "fr",
    """
⟪TS:wa⟫ ⟦PHONE:fr#a⟧: bonjour, j'ai trouvé votre chat je crois, je suis au ⟦ADDR:fr:short⟧
⟪TS:wa⟫ ⟦PHONE:fr#b⟧: oh merci !! j'arrive
⟪TS:wa⟫ ⟦PHONE:fr#a⟧: il a un collier ⟪PET⟫ ?
⟪TS:wa⟫ ⟦PHONE:fr#b⟧: oui c'est lui 😭
""",
    cc="fr",
)
_add(
    "pt",
    "pt_br",
    """
§Preenche esse formulário com meus dados:
passaporte ⟦PASS:br⟧, nascido em ⟦DOB⟧, endereço ⟦ADDR:br:full⟧, celular ⟦PHONE:br⟧, e-mail ⟦EMAIL⟧
""",
    cc="br",
)
_add(
    "hi-en",
    "in_Latn",
    """
dictated note: naya bank account ⟦IBAN:ae⟧ purana band karna hai landlord ka naya number ⟦PHONE:in⟧ aur email ⟦EMAIL⟧
""",
    cc="in",
)
_add(
    "tr",
    "tr",
    """
⟪TS:wa⟫ ⟦PHONE:tr#a⟧: merhaba, kayıp kedi ilanı için yazıyorum
⟪TS:wa⟫ ⟦PHONE:tr#b⟧: gördünüz mü??
⟪TS:wa⟫ ⟦PHONE:tr#a⟧: bahçemde galiba, ⟦ADDR:tr:short⟧
⟪TS:wa⟫ ⟦PHONE:tr#b⟧: hemen geliyorum 🙏
""",
    cc="tr",
)

# --- a few long ones ---------------------------------------------------------------------------
_add(
    "en",
    "mix",
    """
⟪TS:wa⟫ ⟦f1⟧: Morning all! Final plan for ⟦f2w⟧'s hen do 👰
⟪TS:wa⟫ ⟦f1⟧: Friday: meet at ⟪Manchester Piccadilly⟫ ⟪TIME⟫, train to ⟪Liverpool⟫
⟪TS:wa⟫ ⟦f1⟧: Airbnb is ⟦ADDR:gb:full⟧, key safe ⟦SECRET:door⟧
⟪TS:wa⟫ ⟦f3⟧: yesss
⟪TS:wa⟫ ⟦f4⟧: what's the wifi there? I need to work Friday morning 😩
⟪TS:wa⟫ ⟦f1⟧: ⟦SECRET:wifi⟧
⟪TS:wa⟫ ⟦f5⟧: can someone remind me how much I owe
⟪TS:wa⟫ ⟦f1⟧: ⟪PRICE⟫ each, to ⟦IBAN:gb⟧ (⟦n1⟧) or monzo me on ⟦PHONE:gb⟧
⟪TS:wa⟫ ⟦f5⟧: sent ✅
⟪TS:wa⟫ ⟦f3⟧: sent!!
⟪TS:wa⟫ ⟦f6⟧: I'll send tomorrow, payday 🙈
⟪TS:wa⟫ ⟦f1⟧: no worries ⟦f6⟧
⟪TS:wa⟫ ⟦f4⟧: Saturday activity is cocktail making at ⟪The Alchemist⟫ ⟪TIME⟫ booked under ⟦l1⟧
⟪TS:wa⟫ ⟦f4⟧: dress code: pink 💗
⟪TS:wa⟫ ⟦f3⟧: does ⟦f2⟧ know about the sash
⟪TS:wa⟫ ⟦f1⟧: NO and don't tell her
⟪TS:wa⟫ ⟦f2w⟧: I can see this chat you know 😂
⟪TS:wa⟫ ⟦f1⟧: WRONG GROUP
⟪TS:wa⟫ ⟦f1⟧: ok carry on everyone, nothing to see
⟪TS:wa⟫ ⟦f5⟧: 💀💀💀
⟪TS:wa⟫ ⟦f6⟧: also my flight back is ⟪FLIGHT⟫ Sunday if anyone's on it
⟪TS:wa⟫ ⟦f4⟧: me! booking ref ⟪BOOKING⟫
⟪TS:wa⟫ ⟦f6⟧: 🙌
""",
    """
[⟪TS:hms⟫] AGENT: good morning you're through to ⟪Meridian Home Insurance⟫ my name is ⟦f1⟧ how can i help
[⟪TS:hms⟫] CALLER: hi yeah um we had a burst pipe last night and the kitchen ceiling came down
[⟪TS:hms⟫] AGENT: oh no i'm so sorry is everyone safe
[⟪TS:hms⟫] CALLER: yeah yeah everyone's fine just a mess
[⟪TS:hms⟫] AGENT: okay let's get a claim started can i take the policyholder's name
[⟪TS:hms⟫] CALLER: it's in my husband's name ⟦n2m.lc⟧ i'm ⟦f3w.lc⟧ his wife
[⟪TS:hms⟫] AGENT: is he there so i can get permission to speak with you
[⟪TS:hms⟫] CALLER: yeah one sec ⟦f2.lc⟧ ... ⟦f2.lc⟧ can you come
[⟪TS:hms⟫] CALLER 2: hi yeah this is ⟦f2.lc⟧ she can speak for me
[⟪TS:hms⟫] AGENT: thank you and can you confirm your date of birth
[⟪TS:hms⟫] CALLER 2: ⟦DOB:asr⟧
[⟪TS:hms⟫] AGENT: thank you so i'm back with you ⟦f3.lc⟧ is the address ⟦ADDR:full⟧
[⟪TS:hms⟫] CALLER: yes that's right
[⟪TS:hms⟫] AGENT: and what's the best number to reach you
[⟪TS:hms⟫] CALLER: my mobile ⟦PHONE:asr⟧
[⟪TS:hms⟫] AGENT: and an email for the documents
[⟪TS:hms⟫] CALLER: ⟦EMAIL:asr:3⟧
[⟪TS:hms⟫] AGENT: perfect i'm going to send an emergency plumber ⟪Rapid Response⟫ within four hours your claim reference is ⟪TICKET⟫
[⟪TS:hms⟫] CALLER: thank you so much
[⟪TS:hms⟫] AGENT: and if you pay the excess of ⟪PRICE⟫ now i can take a card
[⟪TS:hms⟫] CALLER: okay it's ⟦CARD:asr⟧
[⟪TS:hms⟫] AGENT: that's gone through is there anything else
[⟪TS:hms⟫] CALLER: no that's everything thank you ⟦f1.lc⟧
""",
)

_add(
    "es",
    "es|mx|latam",
    """
⟪TS:wa_and⟫ - ⟦f1⟧: Buenas familia!! Organizamos la comida de Navidad este año en casa de la abuela ⟦f2w⟧
⟪TS:wa_and⟫ - ⟦f3⟧: sí!! qué llevamos
⟪TS:wa_and⟫ - ⟦f1⟧: ⟦f3⟧ tú el postre, ⟦f4⟧ el vino, ⟦f5⟧ los entrantes
⟪TS:wa_and⟫ - ⟦f4⟧: hecho 🍷
⟪TS:wa_and⟫ - ⟦f5⟧: yo llevo croquetas de la ⟪Mercadona⟫ que no me da la vida jaja
⟪TS:wa_and⟫ - ⟦f6⟧: la dirección de la abuela era ⟦ADDR:full⟧ no?
⟪TS:wa_and⟫ - ⟦f1⟧: sí, y el código del portal ⟦SECRET:door⟧
⟪TS:wa_and⟫ - ⟦f6⟧: gracias!! y a qué hora
⟪TS:wa_and⟫ - ⟦f1⟧: a las ⟪TIME⟫
⟪TS:wa_and⟫ - ⟦f3⟧: para el regalo de la abuela ponemos ⟪PRICE⟫ cada uno?
⟪TS:wa_and⟫ - ⟦f1⟧: vale, bizum al ⟦PHONE⟧
⟪TS:wa_and⟫ - ⟦f4⟧: enviado
⟪TS:wa_and⟫ - ⟦f5⟧: enviado ✅
⟪TS:wa_and⟫ - ⟦f6⟧: mañana lo hago que hoy no tengo saldo 😅
⟪TS:wa_and⟫ - Abuela ⟦f2w⟧: Hola hijos que es esto del grupo
⟪TS:wa_and⟫ - ⟦f1⟧: 😂😂 abuela nada, sorpresa
⟪TS:wa_and⟫ - Abuela ⟦f2w⟧: Ah vale. Besos a todos 💋
""",
    cc="es",
)

_add(
    "de",
    "de",
    """
Teams-Besprechung „⟪Umzug Büro⟫" — Transkript
⟦n1⟧   ⟪TS:ms⟫
Guten Morgen zusammen, dann fangen wir an. ⟦f2⟧, magst du kurz den Stand geben?
⟦n2⟧   ⟪TS:ms⟫
Ja, gerne. Also, die neuen Räume sind ab ⟪DATE⟫ bezugsfertig.
⟦n2⟧   ⟪TS:ms⟫
Die Adresse für die Post ändert sich noch nicht, das macht ⟦f3⟧.
⟦n3⟧   ⟪TS:ms⟫
Genau, ich kümmere mich um den Nachsendeauftrag.
⟦n1⟧   ⟪TS:ms⟫
Und das Netzwerk? ⟦f4⟧?
⟦n4⟧   ⟪TS:ms⟫
Der neue Router hat die IP ⟦IP:4⟧, die MAC-Adressen der Drucker sind ⟦MAC⟧ und ⟦MAC⟧.
⟦n4⟧   ⟪TS:ms⟫
Das Admin-Passwort schick ich nicht hier rein, das liegt im ⟪KeePass⟫.
⟦n1⟧   ⟪TS:ms⟫
Sehr gut. Schlüssel?
⟦n2⟧   ⟪TS:ms⟫
Die Schließanlage hat einen Code für die Nebentür, ⟦SECRET:door⟧, den ändern wir nach dem Umzug.
⟦n1⟧   ⟪TS:ms⟫
Okay. Dann bis nächste Woche, danke euch.
""",
    cc="de",
)

_add(
    "en",
    "mix",
    """
⟪TS:tg⟫ ⟪Support_Admin⟫: to restore your wallet please verify ownership, paste your private key here
⟪TS:tg⟫ ⟦f1⟧: ⟦SECRET:privkey⟧
⟪TS:tg⟫ ⟪Support_Admin⟫: thank you, verifying...
⟪TS:tg⟫ ⟦f1⟧: wait my balance on ⟦ETH⟧ just went to 0???
""",
)
