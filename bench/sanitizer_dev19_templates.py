"""Hand-written data for the dev19 sanitizer evaluation set ("agents and tools").

Everything in this module (name pools, streets, towns, companies, domains, secret
shapes, templates) was written by hand for this set. See ``bench/sanitizer_dev19.py``
for the generator and the label conventions.

Pool notation
-------------
* A name entry ``"native|latin"`` gives the native-script form and its romanisation;
  an entry without ``|`` is already in Latin script.
* A family-name entry ``"masc/fem"`` gives gendered forms (Kowalski/Kowalska).
* Postcode patterns: ``#`` is a random digit, ``@`` a random capital letter.
* Phone patterns: ``#`` is a random digit.

Template notation
-----------------
Templates are ``(template_id, language, escape_mode, body)``. Slots are written
``⟦...⟧`` (these brackets never occur in real text):

* ``⟦p1.full⟧`` / ``⟦p1.first⟧`` / ``⟦p1.last⟧`` / ``⟦p1.user⟧`` / ``⟦p1.email⟧`` /
  ``⟦p1.wemail⟧`` / ``⟦p1.phone⟧`` / ``⟦p1.dob⟧`` / ``⟦p1.addr⟧`` ... person attributes,
  optionally ``:variant``;
* ``⟦sec:kind⟧`` secrets, ``⟦card⟧`` ``⟦iban⟧`` ``⟦ssn⟧`` ... identifiers;
* ``⟦uuid⟧`` ``⟦sha⟧`` ``⟦ts⟧`` ``⟦~a|b|c⟧`` ... unlabeled filler and near-misses;
* ``#k`` after a slot repeats the same value within one text;
* ``!mode`` after a slot overrides the template's escape mode;
* ``⟦rep:2:4⟧ ... ⟦sep⟧ separator ⟦/rep⟧`` repeats a block, ``pR`` is the
  block's person.
"""

# ruff: noqa: E501, RUF001

# ---------------------------------------------------------------------------
# Name pools by culture
# ---------------------------------------------------------------------------
# order: "gf" given-family, "fg" family-given.  sep: separator between family and
# given in native script.  latin_order: how romanised names are written
# ("gf", "fg" or "either").  native_langs: template languages in which the native
# script is the normal form.  countries: where such a person usually lives.

CULTURES = {
    "anglo": {
        "order": "gf",
        "countries": ["US", "US", "GB", "GB", "CA", "AU", "IE", "NZ"],
        "m": [
            "James",
            "Michael",
            "Ryan",
            "Connor",
            "Tyler",
            "Ethan",
            "Brandon",
            "Nathan",
            "Liam",
            "Owen",
            "Callum",
            "Declan",
        ],
        "f": [
            "Emily",
            "Hannah",
            "Olivia",
            "Megan",
            "Abigail",
            "Chloe",
            "Lauren",
            "Siobhan",
            "Bethany",
            "Courtney",
            "Imogen",
            "Kayleigh",
        ],
        "fam": [
            "Whitaker",
            "Holloway",
            "Brennan",
            "Fitzgerald",
            "O'Connor",
            "Gallagher",
            "Pemberton",
            "Ashford",
            "McAllister",
            "Thornton",
            "Delaney",
            "Hargrove",
            "O'Sullivan",
            "Cartwright",
            "Blackwood",
        ],
    },
    "de": {
        "order": "gf",
        "countries": ["DE", "DE", "DE", "AT", "CH"],
        "m": [
            "Lukas",
            "Maximilian",
            "Felix",
            "Tobias",
            "Jannik",
            "Matthias",
            "Jörg",
            "Florian",
            "Henrik",
            "Moritz",
            "Björn",
        ],
        "f": [
            "Johanna",
            "Katharina",
            "Annika",
            "Friederike",
            "Leonie",
            "Sabine",
            "Ute",
            "Franziska",
            "Mareike",
            "Svenja",
            "Greta",
        ],
        "fam": [
            "Schröder",
            "Weißenborn",
            "Hoffmann",
            "Krüger",
            "Brandt",
            "Vogel",
            "Zimmermann",
            "Lehmann",
            "Köhler",
            "von Arnim",
            "Dietrich",
            "Hartmann",
            "Büttner",
            "Meißner",
            "Gräfe",
        ],
    },
    "fr": {
        "order": "gf",
        "countries": ["FR", "FR", "FR", "BE", "CH", "CA"],
        "m": [
            "Étienne",
            "Théo",
            "Julien",
            "Benoît",
            "Mathieu",
            "Jean-Baptiste",
            "Loïc",
            "Hugo",
            "Antoine",
            "Yannick",
            "Cédric",
        ],
        "f": [
            "Camille",
            "Amélie",
            "Margaux",
            "Océane",
            "Chloé",
            "Élodie",
            "Clémence",
            "Anaïs",
            "Sophie",
            "Maëlle",
            "Gaëlle",
        ],
        "fam": [
            "Lefèvre",
            "Dubois",
            "Moreau",
            "Girard",
            "Chevalier",
            "Fontaine",
            "Lambert",
            "Mercier",
            "Garnier",
            "Bonnaire",
            "Roussel",
            "Faure",
            "Le Goff",
            "Deschamps",
            "Boucher",
        ],
    },
    "es": {
        "order": "gf",
        "countries": ["ES"],
        "m": [
            "Alejandro",
            "Javier",
            "Sergio",
            "Pablo",
            "Álvaro",
            "Íñigo",
            "Jordi",
            "Rubén",
            "Xabier",
            "Iker",
            "Adrián",
        ],
        "f": [
            "Lucía",
            "Carmen",
            "Marta",
            "Nuria",
            "Inés",
            "María José",
            "Ainhoa",
            "Montserrat",
            "Rocío",
            "Begoña",
            "Itziar",
        ],
        "fam": [
            "Fernández López",
            "Ruiz Castillo",
            "Navarro Gil",
            "Iglesias Prieto",
            "Ortega Blanco",
            "Domínguez Vidal",
            "Molina Serrano",
            "Cano Pascual",
            "Sáez Moreno",
            "Etxeberria",
            "Puig Soler",
            "Vázquez Otero",
            "Garrido Ruano",
        ],
    },
    "latam": {
        "order": "gf",
        "countries": ["MX", "MX", "AR", "CO", "PE"],
        "m": [
            "Santiago",
            "Mateo",
            "Diego",
            "Joaquín",
            "Emiliano",
            "Tomás",
            "Juan Pablo",
            "Rodrigo",
            "Esteban",
            "Nicolás",
            "Wilmer",
        ],
        "f": [
            "Valentina",
            "Camila",
            "Ximena",
            "Guadalupe",
            "Renata",
            "Florencia",
            "Daniela",
            "Yessenia",
            "Luz Marina",
            "Paola",
            "Milagros",
        ],
        "fam": [
            "Hernández Ríos",
            "Gutiérrez",
            "Ramírez Soto",
            "Castañeda",
            "Villalobos",
            "Quispe Mamani",
            "Cárdenas",
            "Zúñiga",
            "Paredes",
            "Alvarado",
            "Benítez",
            "Figueroa",
            "Huamán",
            "Sepúlveda",
            "Montoya",
        ],
    },
    "pt": {
        "order": "gf",
        "countries": ["BR", "BR", "BR", "PT"],
        "m": [
            "João",
            "Gabriel",
            "Rafael",
            "Thiago",
            "Gonçalo",
            "Luiz Henrique",
            "Caio",
            "Rodrigo",
            "Tiago",
            "Vinícius",
            "Afonso",
        ],
        "f": [
            "Ana Clara",
            "Beatriz",
            "Larissa",
            "Fernanda",
            "Inês",
            "Mariana",
            "Letícia",
            "Conceição",
            "Juliana",
            "Raquel",
            "Leonor",
        ],
        "fam": [
            "da Silva",
            "Oliveira",
            "Souza",
            "Pereira",
            "Carvalho",
            "dos Santos",
            "Almeida",
            "Rocha",
            "Ferreira",
            "Gonçalves",
            "Barbosa",
            "Magalhães",
            "Nogueira",
            "de Azevedo",
            "Cunha",
        ],
    },
    "it": {
        "order": "gf",
        "countries": ["IT", "IT", "IT", "CH"],
        "m": [
            "Lorenzo",
            "Matteo",
            "Alessandro",
            "Davide",
            "Riccardo",
            "Gianluca",
            "Niccolò",
            "Salvatore",
            "Pietro",
            "Emanuele",
        ],
        "f": [
            "Giulia",
            "Francesca",
            "Chiara",
            "Federica",
            "Martina",
            "Alessia",
            "Ilaria",
            "Benedetta",
            "Rosaria",
            "Serena",
        ],
        "fam": [
            "Rossi",
            "Bianchi",
            "Esposito",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "De Luca",
            "D'Angelo",
            "Lombardi",
            "Fontana",
            "Caruso",
        ],
    },
    "nl": {
        "order": "gf",
        "countries": ["NL", "NL", "BE"],
        "m": [
            "Daan",
            "Bram",
            "Jeroen",
            "Sven",
            "Thijs",
            "Joris",
            "Pieter-Jan",
            "Wouter",
            "Ruben",
            "Koen",
        ],
        "f": [
            "Sanne",
            "Femke",
            "Lotte",
            "Anouk",
            "Maartje",
            "Fleur",
            "Eline",
            "Ilse",
            "Noor",
            "Joke",
        ],
        "fam": [
            "de Vries",
            "van den Berg",
            "Jansen",
            "Bakker",
            "Visser",
            "Smit",
            "van Dijk",
            "de Jong",
            "Mulder",
            "Willems",
            "Peeters",
            "Claes",
            "Vermeulen",
            "van der Linden",
            "Janssens",
        ],
    },
    "nordic": {
        "order": "gf",
        "countries": ["SE", "SE", "NO", "DK", "FI"],
        "m": [
            "Erik",
            "Magnus",
            "Lars",
            "Oskar",
            "Mikkel",
            "Eero",
            "Jonas",
            "Anders",
            "Aleksi",
            "Sindre",
            "Rasmus",
            "Gunnar",
        ],
        "f": [
            "Astrid",
            "Ingrid",
            "Sigrid",
            "Freja",
            "Linnea",
            "Aino",
            "Sólveig",
            "Guðrún",
            "Maja",
            "Ida",
            "Kaisa",
            "Tove",
        ],
        "fam": [
            "Lindqvist",
            "Johansson",
            "Bergström",
            "Nilsen",
            "Haugen",
            "Sørensen",
            "Kristiansen",
            "Virtanen",
            "Mäkinen",
            "Korhonen",
            "Eriksson",
            "Dahl",
            "Åberg",
            "Halvorsen",
            "Jónsson/Jónsdóttir",
        ],
    },
    "pl": {
        "order": "gf",
        "countries": ["PL"],
        "m": [
            "Piotr",
            "Tomasz",
            "Paweł",
            "Jakub",
            "Krzysztof",
            "Łukasz",
            "Grzegorz",
            "Wojciech",
            "Michał",
            "Bartosz",
        ],
        "f": [
            "Katarzyna",
            "Agnieszka",
            "Małgorzata",
            "Zofia",
            "Magdalena",
            "Joanna",
            "Weronika",
            "Aleksandra",
            "Ewa",
            "Justyna",
        ],
        "fam": [
            "Kowalski/Kowalska",
            "Wiśniewski/Wiśniewska",
            "Nowak",
            "Zieliński/Zielińska",
            "Wójcik",
            "Lewandowski/Lewandowska",
            "Kamiński/Kamińska",
            "Mazur",
            "Krawczyk",
            "Szymański/Szymańska",
            "Woźniak",
            "Dąbrowski/Dąbrowska",
            "Kaczmarek",
            "Grabowski/Grabowska",
        ],
    },
    "cs": {
        "order": "gf",
        "countries": ["CZ"],
        "m": ["Ondřej", "Jiří", "Michal", "Tomáš", "Vojtěch", "Lukáš", "Matej", "Peter"],
        "f": ["Tereza", "Lucie", "Kateřina", "Zuzana", "Petra", "Barbora", "Veronika", "Jana"],
        "fam": [
            "Dvořák/Dvořáková",
            "Novotný/Novotná",
            "Procházka/Procházková",
            "Černý/Černá",
            "Horák/Horáková",
            "Svoboda/Svobodová",
            "Kučera/Kučerová",
            "Veselý/Veselá",
            "Pokorný/Pokorná",
            "Sedláček/Sedláčková",
            "Hudec/Hudecová",
        ],
    },
    "hu_ro": {
        "order": "gf",
        "countries": ["HU", "RO"],
        "m": [
            "Bence",
            "Levente",
            "Zoltán",
            "Gergő",
            "Andrei",
            "Mihai",
            "Bogdan",
            "Ștefan",
            "Dániel",
        ],
        "f": [
            "Zsófia",
            "Réka",
            "Eszter",
            "Katalin",
            "Ioana",
            "Elena",
            "Andreea",
            "Cristina",
            "Bianca",
        ],
        "fam": [
            "Nagy",
            "Szabó",
            "Tóth",
            "Kovács",
            "Horváth",
            "Varga",
            "Popescu",
            "Ionescu",
            "Dumitrescu",
            "Stan",
            "Munteanu",
            "Constantinescu",
            "Lakatos",
        ],
    },
    "tr": {
        "order": "gf",
        "countries": ["TR", "TR", "TR", "DE"],
        "m": [
            "Mehmet",
            "Mustafa",
            "Emre",
            "Burak",
            "Gökhan",
            "Oğuz",
            "Can",
            "Serkan",
            "Barış",
            "Ömer",
            "Hakan",
        ],
        "f": [
            "Elif",
            "Zeynep",
            "Ayşe",
            "Büşra",
            "Merve",
            "İrem",
            "Selin",
            "Gülşen",
            "Derya",
            "Ebru",
            "Şeyma",
        ],
        "fam": [
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Yıldız",
            "Aydın",
            "Öztürk",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Aslan",
            "Koç",
            "Kurt",
            "Özdemir",
            "Güneş",
        ],
    },
    "ru": {
        "order": "gf",
        "native_langs": ["ru", "uk"],
        "countries": ["RU", "RU", "UA"],
        "m": [
            "Алексей|Aleksei",
            "Дмитрий|Dmitry",
            "Сергей|Sergey",
            "Никита|Nikita",
            "Андрій|Andriy",
            "Тарас|Taras",
            "Илья|Ilya",
            "Максим|Maksim",
            "Богдан|Bohdan",
            "Артём|Artyom",
        ],
        "f": [
            "Анна|Anna",
            "Екатерина|Ekaterina",
            "Ольга|Olga",
            "Мария|Maria",
            "Оксана|Oksana",
            "Юлія|Yuliia",
            "Ксения|Kseniya",
            "Наталья|Natalya",
            "Дарина|Daryna",
            "Светлана|Svetlana",
        ],
        "fam": [
            "Иванов/Иванова|Ivanov/Ivanova",
            "Смирнов/Смирнова|Smirnov/Smirnova",
            "Кузнецов/Кузнецова|Kuznetsov/Kuznetsova",
            "Попов/Попова|Popov/Popova",
            "Соколов/Соколова|Sokolov/Sokolova",
            "Волков/Волкова|Volkov/Volkova",
            "Шевченко|Shevchenko",
            "Коваленко|Kovalenko",
            "Бондаренко|Bondarenko",
            "Морозов/Морозова|Morozov/Morozova",
            "Лебедев/Лебедева|Lebedev/Lebedeva",
            "Ткаченко|Tkachenko",
            "Мельник|Melnyk",
            "Черных|Chernykh",
            "Бойко|Boyko",
        ],
    },
    "el": {
        "order": "gf",
        "native_langs": [],
        "countries": ["GR"],
        "m": [
            "Γιώργος|Giorgos",
            "Δημήτρης|Dimitris",
            "Νίκος|Nikos",
            "Κωνσταντίνος|Konstantinos",
            "Σπύρος|Spyros",
            "Αλέξανδρος|Alexandros",
        ],
        "f": [
            "Μαρία|Maria",
            "Ελένη|Eleni",
            "Κατερίνα|Katerina",
            "Σοφία|Sofia",
            "Δήμητρα|Dimitra",
            "Αθηνά|Athina",
        ],
        "fam": [
            "Παπαδόπουλος/Παπαδοπούλου|Papadopoulos/Papadopoulou",
            "Οικονόμου|Oikonomou",
            "Γεωργίου|Georgiou",
            "Νικολάου|Nikolaou",
            "Βλάχος/Βλάχου|Vlachos/Vlachou",
            "Αντωνίου|Antoniou",
            "Καραγιάννης/Καραγιάννη|Karagiannis/Karagianni",
            "Μακρής/Μακρή|Makris/Makri",
        ],
    },
    "he": {
        "order": "gf",
        "countries": ["IL"],
        "m": ["Yonatan", "Itai", "Noam", "Eitan", "Amit", "Omer"],
        "f": ["Noa", "Tamar", "Shira", "Maya", "Yael", "Adi"],
        "fam": [
            "Cohen",
            "Levi",
            "Mizrahi",
            "Friedman",
            "Ben-David",
            "Peretz",
            "Avraham",
            "Shapiro",
            "Katz",
            "Biton",
        ],
    },
    "ar": {
        "order": "gf",
        "native_langs": ["ar"],
        "countries": ["AE", "SA", "EG", "JO", "MA"],
        "m": [
            "محمد|Mohammed",
            "أحمد|Ahmed",
            "خالد|Khaled",
            "يوسف|Youssef",
            "عمر|Omar",
            "حسن|Hassan",
            "طارق|Tariq",
            "كريم|Karim",
            "سامي|Sami",
            "زياد|Ziad",
        ],
        "f": [
            "فاطمة|Fatima",
            "مريم|Maryam",
            "نور|Nour",
            "ليلى|Layla",
            "سارة|Sara",
            "رنا|Rana",
            "هدى|Huda",
            "سلمى|Salma",
            "ياسمين|Yasmin",
            "دينا|Dina",
        ],
        "fam": [
            "العتيبي|Al-Otaibi",
            "الحربي|Al-Harbi",
            "المنصوري|Al-Mansouri",
            "حداد|Haddad",
            "خوري|Khoury",
            "عبد الله|Abdullah",
            "السيد|El-Sayed",
            "النجار|Al-Najjar",
            "بن علي|Ben Ali",
            "الزهراني|Al-Zahrani",
            "منصور|Mansour",
            "الشامي|Al-Shami",
            "بوزيد|Bouzid",
            "العمري|Al-Omari",
            "الفاسي|El Fassi",
        ],
    },
    "fa": {
        "order": "gf",
        "native_langs": ["fa"],
        "countries": ["IR", "IR", "DE", "SE"],
        "m": [
            "علی|Ali",
            "رضا|Reza",
            "امیر|Amir",
            "حسین|Hossein",
            "آرش|Arash",
            "مهدی|Mahdi",
            "بهرام|Bahram",
            "کاوه|Kaveh",
        ],
        "f": [
            "زهرا|Zahra",
            "مریم|Maryam",
            "نگار|Negar",
            "شیرین|Shirin",
            "پریسا|Parisa",
            "سپیده|Sepideh",
            "لیلا|Leila",
            "مهسا|Mahsa",
        ],
        "fam": [
            "محمدی|Mohammadi",
            "حسینی|Hosseini",
            "رضایی|Rezaei",
            "احمدی|Ahmadi",
            "کریمی|Karimi",
            "موسوی|Mousavi",
            "جعفری|Jafari",
            "صادقی|Sadeghi",
            "تهرانی|Tehrani",
            "نوروزی|Nowruzi",
            "قاسمی|Ghasemi",
            "فرهادی|Farhadi",
        ],
    },
    "west_af": {
        "order": "gf",
        "countries": ["NG", "NG", "NG", "GH", "GB"],
        "m": [
            "Adebayo",
            "Oluwaseun",
            "Emeka",
            "Chinedu",
            "Kwame",
            "Kofi",
            "Yaw",
            "Babajide",
            "Ibrahim",
            "Moussa",
            "Tunde",
            "Ikechukwu",
            "Kwabena",
        ],
        "f": [
            "Chiamaka",
            "Ngozi",
            "Funmilayo",
            "Ama",
            "Abena",
            "Efua",
            "Aminata",
            "Fatou",
            "Yetunde",
            "Adaeze",
            "Akosua",
            "Halima",
            "Amara",
        ],
        "fam": [
            "Okafor",
            "Adeyemi",
            "Nwosu",
            "Eze",
            "Balogun",
            "Okonkwo",
            "Mensah",
            "Asante",
            "Owusu",
            "Boateng",
            "Diallo",
            "Ndiaye",
            "Traoré",
            "Bello",
            "Abubakar",
            "Adeleke",
            "Oyelaran",
            "Ogunleye",
            "Appiah",
        ],
    },
    "east_af": {
        "order": "gf",
        "countries": ["KE", "KE", "TZ", "UG", "ET", "RW"],
        "m": [
            "Otieno",
            "Kiprono",
            "Baraka",
            "Tesfaye",
            "Abdi",
            "Mugisha",
            "Ssemakula",
            "Juma",
            "Kibet",
            "Dawit",
            "Omondi",
        ],
        "f": [
            "Wanjiru",
            "Achieng",
            "Njeri",
            "Neema",
            "Zawadi",
            "Selam",
            "Hodan",
            "Uwase",
            "Nakato",
            "Akinyi",
            "Makena",
        ],
        "fam": [
            "Kamau",
            "Odhiambo",
            "Mwangi",
            "Kiptoo",
            "Wambui",
            "Njoroge",
            "Mutua",
            "Chebet",
            "Kebede",
            "Haile",
            "Girma",
            "Warsame",
            "Habimana",
            "Namubiru",
            "Ochieng",
            "Mwakilema",
        ],
    },
    "south_af": {
        "order": "gf",
        "countries": ["ZA", "ZA", "ZA", "ZW"],
        "m": ["Thabo", "Sipho", "Mandla", "Tendai", "Lwazi", "Bongani", "Kagiso", "Tafadzwa"],
        "f": ["Naledi", "Lerato", "Zanele", "Palesa", "Rudo", "Chipo", "Nomvula", "Thandeka"],
        "fam": [
            "Dlamini",
            "Nkosi",
            "Mokoena",
            "Khumalo",
            "Ndlovu",
            "Mahlangu",
            "Moyo",
            "Banda",
            "Phiri",
            "Mthembu",
            "van der Merwe",
            "Botha",
            "Pretorius",
            "Sithole",
        ],
    },
    "in": {
        "order": "gf",
        "countries": ["IN", "IN", "IN", "IN", "US", "GB", "AE"],
        "m": [
            "Arjun",
            "Rohan",
            "Vikram",
            "Aditya",
            "Karthik",
            "Rahul",
            "Siddharth",
            "Harpreet",
            "Ishaan",
            "Venkatesh",
            "Anirudh",
            "Pranav",
        ],
        "f": [
            "Priya",
            "Ananya",
            "Kavya",
            "Sneha",
            "Lakshmi",
            "Deepika",
            "Meera",
            "Pooja",
            "Divya",
            "Shreya",
            "Nandini",
            "Aishwarya",
            "Gurpreet",
        ],
        "fam": [
            "Sharma",
            "Iyer",
            "Reddy",
            "Patel",
            "Nair",
            "Krishnan",
            "Chatterjee",
            "Banerjee",
            "Deshpande",
            "Kulkarni",
            "Menon",
            "Gupta",
            "Sandhu",
            "Mehta",
            "Rao",
            "Subramanian",
            "Pillai",
            "Bhattacharya",
            "Venkataraman",
            "Gill",
        ],
    },
    "in_dev": {
        "order": "gf",
        "native_langs": ["hi"],
        "countries": ["IN"],
        "m": [
            "अर्जुन|Arjun",
            "रोहन|Rohan",
            "राहुल|Rahul",
            "विकास|Vikas",
            "अमित|Amit",
            "संजय|Sanjay",
            "आदित्य|Aditya",
            "मनोज|Manoj",
        ],
        "f": [
            "प्रिया|Priya",
            "अनन्या|Ananya",
            "नेहा|Neha",
            "सुनीता|Sunita",
            "पूजा|Pooja",
            "कविता|Kavita",
            "दीपिका|Deepika",
            "रेखा|Rekha",
        ],
        "fam": [
            "शर्मा|Sharma",
            "वर्मा|Verma",
            "गुप्ता|Gupta",
            "सिंह|Singh",
            "मिश्रा|Mishra",
            "यादव|Yadav",
            "जोशी|Joshi",
            "पाण्डेय|Pandey",
            "चौहान|Chauhan",
            "तिवारी|Tiwari",
        ],
    },
    "pk_bd": {
        "order": "gf",
        "countries": ["PK", "PK", "BD", "BD", "LK", "GB"],
        "m": [
            "Bilal",
            "Hamza",
            "Usman",
            "Tanvir",
            "Rafiq",
            "Nimal",
            "Faisal",
            "Arif",
            "Kasun",
            "Shahid",
        ],
        "f": [
            "Ayesha",
            "Fatima",
            "Sana",
            "Nusrat",
            "Farhana",
            "Dilani",
            "Rumana",
            "Mehwish",
            "Tahmina",
            "Ishara",
        ],
        "fam": [
            "Khan",
            "Qureshi",
            "Chaudhry",
            "Siddiqui",
            "Rahman",
            "Hossain",
            "Chowdhury",
            "Perera",
            "Fernando",
            "Jayasinghe",
            "Malik",
            "Butt",
            "Akter",
            "Wickramasinghe",
        ],
    },
    "vi": {
        "order": "fg",
        "latin_order": "fg",
        "countries": ["VN", "VN", "VN", "US"],
        "m": [
            "Văn Minh",
            "Quốc Bảo",
            "Đức Anh",
            "Thanh Tùng",
            "Gia Huy",
            "Hoàng Long",
            "Minh Khôi",
            "Tuấn Kiệt",
        ],
        "f": [
            "Thị Lan",
            "Thu Hà",
            "Ngọc Anh",
            "Minh Châu",
            "Hoàng Yến",
            "Thảo Vy",
            "Thị Mai",
            "Phương Linh",
        ],
        "fam": [
            "Nguyễn",
            "Trần",
            "Lê",
            "Phạm",
            "Hoàng",
            "Huỳnh",
            "Phan",
            "Vũ",
            "Đặng",
            "Bùi",
            "Đỗ",
            "Ngô",
        ],
    },
    "id_my": {
        "order": "gf",
        "countries": ["ID", "ID", "ID", "MY", "SG"],
        "m": [
            "Budi",
            "Agus",
            "Rizky",
            "Bambang",
            "Hafiz",
            "Farhan",
            "Ahmad Faizal",
            "Dimas",
            "Arief",
            "Wahyu",
        ],
        "f": [
            "Putri",
            "Siti",
            "Dewi",
            "Ayu",
            "Nur Aisyah",
            "Intan",
            "Rina",
            "Nurul Huda",
            "Sri Wahyuni",
            "Kartika",
        ],
        "fam": [
            "Santoso",
            "Wijaya",
            "Rahmawati",
            "Kusuma",
            "Hidayat",
            "Setiawan",
            "Pratama",
            "Nugroho",
            "Abdullah",
            "bin Ismail/binti Ismail",
            "bin Osman/binti Osman",
            "Siregar",
            "Simanjuntak",
            "Harahap",
        ],
    },
    "ph": {
        "order": "gf",
        "countries": ["PH", "PH", "PH", "US"],
        "m": [
            "Jose Miguel",
            "Mark Anthony",
            "Paolo",
            "Jericho",
            "Rommel",
            "Carlo",
            "Jun",
            "Emmanuel",
        ],
        "f": [
            "Maria Cristina",
            "Andrea",
            "Kristine",
            "Angelica",
            "Rowena",
            "Maricel",
            "Joy",
            "Princess",
        ],
        "fam": [
            "Santos",
            "Reyes",
            "Cruz",
            "Bautista",
            "Dela Cruz",
            "Villanueva",
            "Mendoza",
            "Manalo",
            "Tolentino",
            "Macaraeg",
            "Dimaculangan",
            "Ocampo",
        ],
    },
    "th": {
        "order": "gf",
        "native_langs": ["th"],
        "countries": ["TH"],
        "m": [
            "สมชาย|Somchai",
            "ณัฐพล|Nattapon",
            "อนุชา|Anucha",
            "ธนากร|Thanakorn",
            "กิตติ|Kitti",
            "ปิยะ|Piya",
        ],
        "f": [
            "สุดารัตน์|Sudarat",
            "พิมพ์ชนก|Pimchanok",
            "กมลชนก|Kamonchanok",
            "วิภาวรรณ|Wipawan",
            "ณัฐธิดา|Natthida",
            "อรุณี|Arunee",
        ],
        "fam": [
            "ศรีสุข|Srisuk",
            "วงศ์สวัสดิ์|Wongsawat",
            "แก้วมณี|Kaewmanee",
            "ทองดี|Thongdee",
            "สุขประเสริฐ|Sukprasert",
            "บุญมา|Boonma",
            "จันทร์เพ็ญ|Chanpen",
            "รัตนพันธ์|Rattanaphan",
        ],
    },
    "zh": {
        "order": "fg",
        "sep": "",
        "latin_order": "either",
        "native_langs": ["zh"],
        "countries": ["CN", "CN", "CN", "SG", "US"],
        "m": [
            "伟|Wei",
            "浩然|Haoran",
            "俊杰|Junjie",
            "建国|Jianguo",
            "志强|Zhiqiang",
            "明|Ming",
            "子轩|Zixuan",
            "宇航|Yuhang",
            "磊|Lei",
            "文博|Wenbo",
        ],
        "f": [
            "芳|Fang",
            "秀英|Xiuying",
            "子涵|Zihan",
            "雨桐|Yutong",
            "思琪|Siqi",
            "婷婷|Tingting",
            "欣怡|Xinyi",
            "丽娟|Lijuan",
            "静|Jing",
            "梦瑶|Mengyao",
        ],
        "fam": [
            "王|Wang",
            "李|Li",
            "张|Zhang",
            "刘|Liu",
            "陈|Chen",
            "杨|Yang",
            "黄|Huang",
            "赵|Zhao",
            "周|Zhou",
            "吴|Wu",
            "徐|Xu",
            "孙|Sun",
            "欧阳|Ouyang",
            "林|Lin",
            "郭|Guo",
            "马|Ma",
        ],
    },
    "hk_tw": {
        "order": "fg",
        "latin_order": "either",
        "countries": ["HK", "TW"],
        "m": ["Ka Ho", "Siu Ming", "Chun Kit", "Kuan-Ting", "Chih-Hao", "Yu-Cheng", "Wai Lun"],
        "f": ["Wing Yan", "Mei-Ling", "Pei-Shan", "Yi-Chen", "Chia-Hui", "Hoi Ying", "Shu-Fen"],
        "fam": [
            "Chan",
            "Wong",
            "Cheung",
            "Lau",
            "Tsai",
            "Hsu",
            "Kwok",
            "Leung",
            "Ng",
            "Chou",
            "Huang",
            "Yeung",
        ],
    },
    "ja": {
        "order": "fg",
        "sep": " ",
        "latin_order": "either",
        "native_langs": ["ja"],
        "countries": ["JP"],
        "m": [
            "翔太|Shota",
            "大輔|Daisuke",
            "健太|Kenta",
            "拓海|Takumi",
            "直樹|Naoki",
            "蓮|Ren",
            "悠斗|Yuto",
            "誠|Makoto",
            "和也|Kazuya",
            "隆|Takashi",
        ],
        "f": [
            "花子|Hanako",
            "美咲|Misaki",
            "由美|Yumi",
            "さくら|Sakura",
            "陽菜|Hina",
            "恵子|Keiko",
            "結衣|Yui",
            "彩|Aya",
            "真由美|Mayumi",
            "千尋|Chihiro",
        ],
        "fam": [
            "佐藤|Sato",
            "鈴木|Suzuki",
            "高橋|Takahashi",
            "田中|Tanaka",
            "渡辺|Watanabe",
            "伊藤|Ito",
            "山本|Yamamoto",
            "中村|Nakamura",
            "小林|Kobayashi",
            "加藤|Kato",
            "吉田|Yoshida",
            "山口|Yamaguchi",
            "松本|Matsumoto",
            "井上|Inoue",
            "木村|Kimura",
            "清水|Shimizu",
        ],
    },
    "ko": {
        "order": "fg",
        "sep": "",
        "latin_order": "either",
        "native_langs": ["ko"],
        "countries": ["KR"],
        "m": [
            "민준|Min-jun",
            "지훈|Ji-hoon",
            "현우|Hyun-woo",
            "도윤|Do-yun",
            "성민|Sung-min",
            "준호|Jun-ho",
            "태양|Tae-yang",
            "승현|Seung-hyun",
        ],
        "f": [
            "서연|Seo-yeon",
            "수빈|Su-bin",
            "지은|Ji-eun",
            "하은|Ha-eun",
            "유진|Yu-jin",
            "예린|Ye-rin",
            "민지|Min-ji",
            "다은|Da-eun",
        ],
        "fam": [
            "김|Kim",
            "이|Lee",
            "박|Park",
            "최|Choi",
            "정|Jung",
            "강|Kang",
            "조|Cho",
            "윤|Yoon",
            "장|Jang",
            "임|Lim",
            "한|Han",
            "신|Shin",
            "오|Oh",
            "서|Seo",
        ],
    },
    "central_as": {
        "order": "gf",
        "countries": ["KZ", "KZ", "UZ", "AZ"],
        "m": [
            "Nurlan",
            "Rustam",
            "Timur",
            "Bakhyt",
            "Ulugbek",
            "Elchin",
            "Rashad",
            "Azamat",
            "Daniyar",
        ],
        "f": [
            "Aizhan",
            "Dilnoza",
            "Gulnara",
            "Aigerim",
            "Madina",
            "Leyla",
            "Nigora",
            "Kamila",
            "Sabina",
        ],
        "fam": [
            "Nurlanov/Nurlanova",
            "Abdullayev/Abdullayeva",
            "Karimov/Karimova",
            "Aliyev/Aliyeva",
            "Mammadov/Mammadova",
            "Sultanov/Sultanova",
            "Yusupov/Yusupova",
            "Bekov/Bekova",
            "Akhmetov/Akhmetova",
            "Seitkali",
        ],
    },
    "carib": {
        "order": "gf",
        "countries": ["US", "US", "JM", "GB", "CA"],
        "m": [
            "DeShawn",
            "Jamal",
            "Marcus",
            "Andre",
            "Jermaine",
            "Dwayne",
            "Kwesi",
            "Tyrone",
            "Delroy",
        ],
        "f": ["Keisha", "Tanisha", "Shanice", "Aaliyah", "Imani", "Latoya", "Nadine", "Simone"],
        "fam": [
            "Washington",
            "Jefferson",
            "Robinson",
            "Baptiste",
            "Charles",
            "Pierre-Louis",
            "Campbell",
            "Grant",
            "Thompson",
            "Francis",
            "Jean-Baptiste",
            "Bailey",
        ],
    },
    "pacific": {
        "order": "gf",
        "countries": ["NZ", "NZ", "AU", "US"],
        "m": ["Tane", "Wiremu", "Sione", "Manaia", "Keoni", "Tevita", "Rawiri"],
        "f": ["Aroha", "Mere", "Leilani", "Losana", "Hinemoa", "Kalani", "Talia"],
        "fam": [
            "Ngata",
            "Parata",
            "Tuhiwai",
            "Kahananui",
            "Fonoti",
            "Tuilagi",
            "Faleolo",
            "Taufa",
            "Henare",
            "Aumua",
        ],
    },
}

# Cultures preferred for a template language (used 70% of the time).
LANG_CULTURES = {
    "de": ["de", "de", "tr", "pl", "fa"],
    "fr": ["fr", "fr", "west_af", "ar"],
    "es": ["es", "latam", "latam"],
    "pt": ["pt"],
    "it": ["it"],
    "nl": ["nl"],
    "pl": ["pl", "cs"],
    "tr": ["tr"],
    "ru": ["ru", "central_as"],
    "uk": ["ru"],
    "ja": ["ja"],
    "zh": ["zh", "hk_tw"],
    "ko": ["ko"],
    "vi": ["vi"],
    "id": ["id_my"],
    "ar": ["ar"],
    "fa": ["fa"],
    "hi": ["in_dev", "in"],
    "sv": ["nordic"],
    "sw": ["east_af"],
    "th": ["th"],
}

# Countries preferred for a template language (addresses, phones).
LANG_COUNTRIES = {
    "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE", "CH", "CA"],
    "es": ["ES", "MX", "AR", "CO", "PE"],
    "pt": ["BR", "BR", "PT"],
    "it": ["IT"],
    "nl": ["NL", "NL", "BE"],
    "pl": ["PL", "PL", "CZ"],
    "tr": ["TR"],
    "ru": ["RU", "RU", "KZ"],
    "uk": ["UA"],
    "ja": ["JP"],
    "zh": ["CN", "CN", "TW", "HK"],
    "ko": ["KR"],
    "vi": ["VN"],
    "id": ["ID", "ID", "MY"],
    "ar": ["AE", "SA", "EG", "JO", "MA"],
    "fa": ["IR"],
    "hi": ["IN"],
    "sv": ["SE"],
    "sw": ["KE", "TZ"],
    "th": ["TH"],
}

DIASPORA = ["US", "GB", "DE", "CA", "AE", "FR", "NL", "AU", "SE", "IE"]

# ---------------------------------------------------------------------------
# Countries: addresses, phones, banking, identity documents
# ---------------------------------------------------------------------------
# Address fields: {n} house number, {nbig} 10-9999, {n1} 1-9, {n2} 1-30, {n2b} 1-20,
# {n2z} 01-15 zero padded, {n3} 100-999, {n4} 1000-2999, {u} unit like "4B",
# {L} letter, {street}, {area}, {bname}, {city}, {region}, {pc}.
# Any string may be "native|latin"; [ ... ] in a format is dropped when its {l2}
# is empty.  "cl" is the town line; the default full form is "{l1}[, {l2}], {cl}".

ADDRESSES = {
    "US": {
        "country": "United States",
        "streets": [
            "Maple Avenue",
            "Oak Street",
            "Cedar Lane",
            "Sunset Blvd",
            "Elm St",
            "Lakeview Drive",
            "Willow Court",
            "Pine Ridge Road",
            "Hawthorne Ave",
            "Magnolia Way",
            "Division Street",
            "Peachtree Rd NE",
            "Juniper Trail",
            "Bluebonnet Lane",
            "Harbor View Terrace",
            "W 34th Street",
        ],
        "towns": [
            ("Portland", "972##", "OR"),
            ("Austin", "787##", "TX"),
            ("Columbus", "432##", "OH"),
            ("Raleigh", "276##", "NC"),
            ("Denver", "802##", "CO"),
            ("Sacramento", "958##", "CA"),
            ("Brooklyn", "112##", "NY"),
            ("Minneapolis", "554##", "MN"),
            ("Tucson", "857##", "AZ"),
            ("Madison", "537##", "WI"),
            ("Atlanta", "303##", "GA"),
            ("Seattle", "981##", "WA"),
            ("Oakland", "946##", "CA"),
            ("Honolulu", "968##", "HI"),
            ("Jersey City", "073##", "NJ"),
            ("Dearborn", "481##", "MI"),
        ],
        "l1": ["{nbig} {street}"],
        "l2": ["", "", "", "Apt {u}", "Unit {n2}", "#{n3}", "Apt. {n3}"],
        "cl": ["{city}, {region} {pc}"],
    },
    "GB": {
        "country": "United Kingdom",
        "streets": [
            "Elm Grove",
            "Victoria Road",
            "Station Road",
            "Church Lane",
            "Mill Street",
            "Kingsway",
            "Albert Terrace",
            "Beech Avenue",
            "Queens Drive",
            "Hollybush Lane",
            "Cranbrook Road",
            "Wellington Crescent",
        ],
        "towns": [
            ("Leeds", "LS6 #@@"),
            ("Manchester", "M14 #@@"),
            ("Bristol", "BS7 #@@"),
            ("Glasgow", "G12 #@@"),
            ("Cardiff", "CF24 #@@"),
            ("London", "E8 #@@"),
            ("London", "SW9 #@@"),
            ("Norwich", "NR2 #@@"),
            ("Leicester", "LE2 #@@"),
            ("Edinburgh", "EH9 #@@"),
            ("Birmingham", "B29 #@@"),
            ("Belfast", "BT7 #@@"),
        ],
        "l1": ["{n} {street}", "{n} {street}", "Flat {n2}, {n} {street}", "{n}{L} {street}"],
        "l2": [""],
        "cl": ["{city} {pc}", "{city}, {pc}"],
    },
    "IE": {
        "country": "Ireland",
        "streets": [
            "Main Street",
            "Bow Street",
            "Patrick Street",
            "Griffith Avenue",
            "Strand Road",
            "Church Road",
            "Clontarf Road",
            "Ranelagh Road",
        ],
        "towns": [
            ("Dublin 7", "D07 @#@#"),
            ("Dublin 3", "D03 @#@#"),
            ("Cork", "T12 @#@#"),
            ("Galway", "H91 @#@#"),
            ("Limerick", "V94 @#@#"),
        ],
        "l1": ["{n} {street}", "Apartment {n2}, {n} {street}"],
        "l2": [""],
        "cl": ["{city}, {pc}", "{city} {pc}"],
    },
    "CA": {
        "country": "Canada",
        "streets": [
            "Rue Saint-Denis",
            "Queen St W",
            "Robson St",
            "Bank Street",
            "Jasper Avenue",
            "Spring Garden Road",
            "Rue Sherbrooke Est",
            "Bloor St W",
        ],
        "towns": [
            ("Montréal", "H2X #@#", "QC"),
            ("Toronto", "M5H #@#", "ON"),
            ("Vancouver", "V6G #@#", "BC"),
            ("Ottawa", "K1P #@#", "ON"),
            ("Edmonton", "T5J #@#", "AB"),
            ("Halifax", "B3J #@#", "NS"),
        ],
        "l1": ["{nbig} {street}"],
        "l2": ["", "", "Unit {n3}", "App. {n2}"],
        "cl": ["{city}, {region} {pc}", "{city} {region} {pc}"],
    },
    "AU": {
        "country": "Australia",
        "streets": [
            "Smith Street",
            "Beach Road",
            "George Street",
            "Brunswick Street",
            "Chapel Street",
            "Oxford Street",
            "Hay Street",
            "Flinders Lane",
        ],
        "towns": [
            ("Fitzroy", "3065", "VIC"),
            ("Bondi", "2026", "NSW"),
            ("Surry Hills", "2010", "NSW"),
            ("Perth", "6000", "WA"),
            ("South Brisbane", "4101", "QLD"),
            ("Glenelg", "5045", "SA"),
            ("Hobart", "7000", "TAS"),
        ],
        "l1": ["{n} {street}", "Unit {n2}, {n} {street}", "{n2}/{n} {street}"],
        "l2": [""],
        "cl": ["{city} {region} {pc}"],
    },
    "NZ": {
        "country": "New Zealand",
        "streets": [
            "Ponsonby Road",
            "Cuba Street",
            "Dominion Road",
            "Riccarton Road",
            "George Street",
            "Karangahape Road",
        ],
        "towns": [
            ("Auckland", "1011"),
            ("Wellington", "6011"),
            ("Christchurch", "8011"),
            ("Dunedin", "9016"),
            ("Hamilton", "3204"),
        ],
        "l1": ["{n} {street}", "{n2}/{n} {street}"],
        "l2": [""],
        "cl": ["{city} {pc}"],
    },
    "DE": {
        "country": "Germany",
        "streets": [
            "Lindenstraße",
            "Hauptstraße",
            "Goethestraße",
            "Am Mühlbach",
            "Bahnhofstraße",
            "Schillerweg",
            "Friedrich-Ebert-Allee",
            "Kastanienallee",
            "Rosenweg",
            "Gartenstraße",
            "Sonnenallee",
            "Bergmannstraße",
            "Kiefernweg",
            "Auf dem Kamp",
        ],
        "towns": [
            ("Berlin", "109##"),
            ("Berlin", "104##"),
            ("München", "803##"),
            ("Köln", "506##"),
            ("Hamburg", "203##"),
            ("Leipzig", "041##"),
            ("Stuttgart", "701##"),
            ("Frankfurt am Main", "603##"),
            ("Bremen", "281##"),
            ("Dresden", "010##"),
            ("Nürnberg", "904##"),
            ("Dortmund", "441##"),
            ("Kiel", "241##"),
            ("Freiburg im Breisgau", "791##"),
        ],
        "l1": ["{street} {n}", "{street} {n}", "{street} {n}{l}"],
        "l2": ["", "", "", "Hinterhaus", "3. OG", "Whg. {n2}"],
        "cl": ["{pc} {city}"],
    },
    "AT": {
        "country": "Austria",
        "streets": [
            "Mariahilfer Straße",
            "Landstraßer Hauptstraße",
            "Herrengasse",
            "Annenstraße",
            "Linzer Gasse",
            "Maria-Theresien-Straße",
        ],
        "towns": [
            ("Wien", "1060"),
            ("Wien", "1030"),
            ("Graz", "8020"),
            ("Salzburg", "5020"),
            ("Innsbruck", "6020"),
            ("Linz", "4020"),
        ],
        "l1": ["{street} {n}/{n2}", "{street} {n}", "{street} {n}/{n2}/{n2b}"],
        "l2": [""],
        "cl": ["{pc} {city}"],
    },
    "CH": {
        "country": "Switzerland",
        "streets": [
            "Bahnhofstrasse",
            "Seestrasse",
            "Rue du Rhône",
            "Spitalgasse",
            "Dorfstrasse",
            "Via Nassa",
            "Kramgasse",
            "Avenue de la Gare",
        ],
        "towns": [
            ("Zürich", "80##"),
            ("Bern", "30##"),
            ("Basel", "40##"),
            ("Genève", "12##"),
            ("Luzern", "60##"),
            ("Lausanne", "10##"),
            ("Lugano", "69##"),
        ],
        "l1": ["{street} {n}"],
        "l2": [""],
        "cl": ["{pc} {city}", "CH-{pc} {city}"],
    },
    "FR": {
        "country": "France",
        "streets": [
            "rue des Lilas",
            "avenue Jean Jaurès",
            "boulevard Voltaire",
            "rue de la République",
            "impasse des Peupliers",
            "rue Victor Hugo",
            "chemin des Vignes",
            "place du Marché",
            "allée des Tilleuls",
            "rue Sainte-Catherine",
            "quai de la Loire",
            "rue du Faubourg Saint-Antoine",
        ],
        "towns": [
            ("Lyon", "6900#"),
            ("Paris", "750##"),
            ("Marseille", "1300#"),
            ("Toulouse", "31000"),
            ("Bordeaux", "33000"),
            ("Nantes", "44000"),
            ("Lille", "59000"),
            ("Strasbourg", "67000"),
            ("Montpellier", "34000"),
            ("Rennes", "35000"),
            ("Grenoble", "38000"),
            ("Nice", "06000"),
        ],
        "l1": ["{n} {street}", "{n} bis {street}", "{n} {street}"],
        "l2": ["", "", "Bât. B", "Appt {n2}", "Résidence Les Acacias", "Escalier C, 3e étage"],
        "cl": ["{pc} {city}"],
    },
    "BE": {
        "country": "Belgium",
        "streets": [
            "Rue de la Loi",
            "Meir",
            "Chaussée de Waterloo",
            "Kortrijksesteenweg",
            "Avenue Louise",
            "Veldstraat",
            "Rue Saint-Gilles",
        ],
        "towns": [
            ("Bruxelles", "1000"),
            ("Ixelles", "1050"),
            ("Antwerpen", "2000"),
            ("Gent", "9000"),
            ("Liège", "4000"),
            ("Leuven", "3000"),
        ],
        "l1": ["{street} {n}", "{street} {n} bus {n2}", "{street} {n}/{n2}"],
        "l2": [""],
        "cl": ["{pc} {city}", "B-{pc} {city}"],
    },
    "NL": {
        "country": "Netherlands",
        "streets": [
            "Keizersgracht",
            "Oudegracht",
            "Kerkstraat",
            "Molenweg",
            "Nieuwe Binnenweg",
            "Lange Voorhout",
            "Vondelstraat",
            "Zeestraat",
            "Dorpsstraat",
            "Hoogstraat",
        ],
        "towns": [
            ("Amsterdam", "10## @@"),
            ("Utrecht", "35## @@"),
            ("Rotterdam", "30## @@"),
            ("Den Haag", "25## @@"),
            ("Eindhoven", "56## @@"),
            ("Groningen", "97## @@"),
            ("Leiden", "23## @@"),
            ("Haarlem", "20## @@"),
        ],
        "l1": ["{street} {n}", "{street} {n}-{L}", "{street} {n} hs", "{street} {n}{l}"],
        "l2": [""],
        "cl": ["{pc} {city}", "{pc}  {city}"],
    },
    "ES": {
        "country": "Spain",
        "streets": [
            "Calle de Alcalá",
            "Calle Mayor",
            "Avenida de la Constitución",
            "Calle del Pez",
            "Passeig de Gràcia",
            "Carrer de Verdi",
            "Calle San Vicente",
            "Avenida del Puerto",
            "Calle Larios",
            "Rúa do Franco",
            "Calle Ercilla",
        ],
        "towns": [
            ("Madrid", "280##"),
            ("Barcelona", "080##"),
            ("Sevilla", "410##"),
            ("València", "460##"),
            ("Málaga", "290##"),
            ("Bilbao", "480##"),
            ("Santiago de Compostela", "157##"),
            ("Zaragoza", "500##"),
            ("Granada", "180##"),
        ],
        "l1": ["{street} {n}", "{street}, {n}", "{street}, nº {n}"],
        "l2": ["", "{n2b}º {L}", "{n2b}º izda.", "Bajo", "{n2b}º {n1}ª"],
        "cl": ["{pc} {city}"],
    },
    "PT": {
        "country": "Portugal",
        "streets": [
            "Rua Augusta",
            "Avenida da Liberdade",
            "Rua de Santa Catarina",
            "Rua do Almada",
            "Travessa do Carmo",
            "Rua Ferreira Borges",
        ],
        "towns": [
            ("Lisboa", "1100-###"),
            ("Porto", "4000-###"),
            ("Coimbra", "3000-###"),
            ("Faro", "8000-###"),
            ("Braga", "4700-###"),
        ],
        "l1": ["{street} {n}", "{street}, n.º {n}"],
        "l2": ["", "{n2b}.º Esq.", "{n2b}.º Dto.", "R/C"],
        "cl": ["{pc} {city}"],
    },
    "IT": {
        "country": "Italy",
        "streets": [
            "Via Roma",
            "Via Garibaldi",
            "Corso Vittorio Emanuele II",
            "Via dei Mille",
            "Via Nazionale",
            "Viale Europa",
            "Via San Gregorio",
            "Via del Corso",
            "Via Toledo",
            "Via Po",
            "Borgo Pinti",
        ],
        "towns": [
            ("Milano", "201##", "MI"),
            ("Roma", "001##", "RM"),
            ("Napoli", "801##", "NA"),
            ("Torino", "101##", "TO"),
            ("Bologna", "401##", "BO"),
            ("Firenze", "501##", "FI"),
            ("Palermo", "901##", "PA"),
            ("Genova", "161##", "GE"),
            ("Bari", "701##", "BA"),
        ],
        "l1": ["{street} {n}", "{street}, {n}", "{street} {n}/{L}"],
        "l2": ["", "", "scala B", "int. {n2}"],
        "cl": ["{pc} {city}", "{pc} {city} ({region})"],
    },
    "SE": {
        "country": "Sweden",
        "streets": [
            "Drottninggatan",
            "Storgatan",
            "Kungsgatan",
            "Vasagatan",
            "Linnégatan",
            "Sveavägen",
            "Östra Hamngatan",
            "Järntorget",
        ],
        "towns": [
            ("Stockholm", "11# ##"),
            ("Göteborg", "41# ##"),
            ("Malmö", "21# ##"),
            ("Uppsala", "75# ##"),
            ("Linköping", "58# ##"),
            ("Umeå", "90# ##"),
        ],
        "l1": ["{street} {n}", "{street} {n}{L}"],
        "l2": ["", "", "lgh {n4}"],
        "cl": ["{pc} {city}"],
    },
    "NO": {
        "country": "Norway",
        "streets": [
            "Storgata",
            "Thorvald Meyers gate",
            "Kirkegata",
            "Bygdøy allé",
            "Strandgaten",
            "Markveien",
            "Møllergata",
        ],
        "towns": [
            ("Oslo", "0###"),
            ("Bergen", "50##"),
            ("Trondheim", "70##"),
            ("Stavanger", "40##"),
            ("Tromsø", "90##"),
        ],
        "l1": ["{street} {n}", "{street} {n}{L}"],
        "l2": [""],
        "cl": ["{pc} {city}"],
    },
    "DK": {
        "country": "Denmark",
        "streets": [
            "Nørrebrogade",
            "Vesterbrogade",
            "Østergade",
            "Jægergårdsgade",
            "Algade",
            "Istedgade",
            "Åboulevarden",
        ],
        "towns": [
            ("København N", "2200"),
            ("København V", "1620"),
            ("Aarhus C", "8000"),
            ("Odense C", "5000"),
            ("Aalborg", "9000"),
            ("Frederiksberg", "2000"),
        ],
        "l1": ["{street} {n}", "{street} {n}, {n1}. th.", "{street} {n}, st. tv."],
        "l2": [""],
        "cl": ["{pc} {city}", "DK-{pc} {city}"],
    },
    "FI": {
        "country": "Finland",
        "streets": [
            "Mannerheimintie",
            "Hämeenkatu",
            "Aleksanterinkatu",
            "Kauppakatu",
            "Koivukuja",
            "Hämeentie",
            "Puistokatu",
        ],
        "towns": [
            ("Helsinki", "00###"),
            ("Tampere", "33###"),
            ("Turku", "20###"),
            ("Oulu", "90###"),
            ("Espoo", "02###"),
        ],
        "l1": ["{street} {n} {L} {n2}", "{street} {n}"],
        "l2": [""],
        "cl": ["{pc} {city}"],
    },
    "PL": {
        "country": "Poland",
        "streets": [
            "ul. Marszałkowska",
            "ul. Piotrkowska",
            "ul. Długa",
            "al. Jerozolimskie",
            "ul. Floriańska",
            "ul. Grunwaldzka",
            "ul. Słowackiego",
            "ul. Polna",
            "os. Tysiąclecia",
        ],
        "towns": [
            ("Warszawa", "0#-###"),
            ("Łódź", "9#-###"),
            ("Kraków", "3#-###"),
            ("Gdańsk", "80-###"),
            ("Wrocław", "5#-###"),
            ("Poznań", "6#-###"),
            ("Lublin", "20-###"),
        ],
        "l1": ["{street} {n}", "{street} {n}/{n2}", "{street} {n} m. {n2}"],
        "l2": [""],
        "cl": ["{pc} {city}"],
    },
    "CZ": {
        "country": "Czechia",
        "streets": [
            "Vinohradská",
            "Národní",
            "Masarykova",
            "Husova",
            "Nádražní",
            "Palackého",
            "Dlouhá",
        ],
        "towns": [
            ("Praha 2", "120 00"),
            ("Praha 10", "100 00"),
            ("Brno", "602 00"),
            ("Olomouc", "779 00"),
            ("Plzeň", "301 00"),
            ("Ostrava", "702 00"),
        ],
        "l1": ["{street} {nbig}/{n}", "{street} {n}"],
        "l2": [""],
        "cl": ["{pc} {city}"],
    },
    "HU": {
        "country": "Hungary",
        "streets": [
            "Andrássy út",
            "Váci utca",
            "Kossuth Lajos utca",
            "Rákóczi út",
            "Petőfi Sándor utca",
            "Bartók Béla út",
            "Dózsa György út",
        ],
        "towns": [
            ("Budapest", "1###"),
            ("Debrecen", "40##"),
            ("Szeged", "67##"),
            ("Pécs", "76##"),
            ("Győr", "90##"),
        ],
        "l1": ["{street} {n}.", "{street} {n}. {n1}. em. {n2}."],
        "l2": [""],
        "cl": ["{pc} {city}"],
        "full": "{pc} {city}, {l1}",
        "ml": "{pc} {city}\n{l1}",
    },
    "RO": {
        "country": "Romania",
        "streets": [
            "Strada Lipscani",
            "Bulevardul Unirii",
            "Calea Victoriei",
            "Strada Memorandumului",
            "Strada Lăpușneanu",
            "Bulevardul Revoluției",
        ],
        "towns": [
            ("București", "0300##"),
            ("Cluj-Napoca", "4000##"),
            ("Iași", "7002##"),
            ("Timișoara", "3000##"),
            ("Brașov", "5000##"),
        ],
        "l1": ["{street} {n}", "{street} nr. {n}"],
        "l2": ["", "bl. {L}{n1}, ap. {n2}", "et. {n1}, ap. {n3}"],
        "cl": ["{pc} {city}"],
    },
    "GR": {
        "country": "Greece",
        "streets": [
            "Ερμού|Ermou",
            "Πατησίων|Patision",
            "Τσιμισκή|Tsimiski",
            "Εγνατίας|Egnatias",
            "Κηφισίας|Kifisias",
        ],
        "towns": [
            ("Αθήνα|Athens", "10# ##"),
            ("Θεσσαλονίκη|Thessaloniki", "54# ##"),
            ("Πάτρα|Patra", "262 ##"),
            ("Ηράκλειο|Heraklion", "712 ##"),
        ],
        "l1": ["{street} {n}"],
        "l2": [""],
        "cl": ["{pc} {city}"],
    },
    "TR": {
        "country": "Türkiye",
        "streets": [
            "Bağdat Caddesi",
            "Atatürk Bulvarı",
            "İstiklal Caddesi",
            "Gül Sokak",
            "Kızılay Sokak",
            "1453 Sokak",
            "Moda Caddesi",
            "Barbaros Bulvarı",
        ],
        "towns": [
            ("Kadıköy/İstanbul", "34728"),
            ("Çankaya/Ankara", "06420"),
            ("Konak/İzmir", "35220"),
            ("Nilüfer/Bursa", "16050"),
            ("Muratpaşa/Antalya", "07100"),
            ("Beşiktaş/İstanbul", "34357"),
        ],
        "l1": ["{street} No: {n}", "{street} No:{n} D:{n2}", "Cumhuriyet Mah. {street} No: {n}"],
        "l2": ["", "", "Daire {n2}", "Kat {n1}"],
        "cl": ["{pc} {city}"],
    },
    "RU": {
        "country": "Russia",
        "streets": [
            "ул. Тверская|ul. Tverskaya",
            "пр-т Мира|prospekt Mira",
            "ул. Садовая|ul. Sadovaya",
            "Невский пр-т|Nevsky prospekt",
            "ул. Гагарина|ul. Gagarina",
            "ул. Баумана|ul. Baumana",
            "ул. Профсоюзная|ul. Profsoyuznaya",
        ],
        "towns": [
            ("Москва|Moscow", "1#####"),
            ("Санкт-Петербург|Saint Petersburg", "19####"),
            ("Казань|Kazan", "420###"),
            ("Новосибирск|Novosibirsk", "630###"),
            ("Екатеринбург|Yekaterinburg", "620###"),
        ],
        "l1": [
            "{street}, д. {n}|{street}, d. {n}",
            "{street}, д. {n}, корп. {n1}|{street} {n}, bldg {n1}",
        ],
        "l2": ["кв. {n3}|apt. {n3}", "кв. {n2}|kv. {n2}"],
        "cl": ["{city}, {pc}|{city} {pc}"],
    },
    "UA": {
        "country": "Ukraine",
        "streets": [
            "вул. Хрещатик|vul. Khreshchatyk",
            "вул. Шевченка|vul. Shevchenka",
            "просп. Перемоги|prosp. Peremohy",
            "вул. Франка|vul. Franka",
            "вул. Садова|vul. Sadova",
        ],
        "towns": [
            ("Київ|Kyiv", "01###"),
            ("Львів|Lviv", "79###"),
            ("Одеса|Odesa", "65###"),
            ("Харків|Kharkiv", "61###"),
            ("Дніпро|Dnipro", "49###"),
        ],
        "l1": ["{street}, {n}|{street} {n}"],
        "l2": ["кв. {n3}|apt {n3}", "кв. {n2}|apt {n2}", ""],
        "cl": ["{city}, {pc}|{city} {pc}"],
    },
    "IL": {
        "country": "Israel",
        "streets": [
            "Rothschild Blvd",
            "Jaffa Rd",
            "Dizengoff St",
            "Herzl St",
            "Ben Yehuda St",
            "HaNasi Blvd",
            "Emek Refaim St",
        ],
        "towns": [
            ("Tel Aviv-Yafo", "66#####"),
            ("Jerusalem", "94#####"),
            ("Haifa", "33#####"),
            ("Be'er Sheva", "84#####"),
        ],
        "l1": ["{street} {n}", "{n} {street}"],
        "l2": ["", "Apt {n2}"],
        "cl": ["{city} {pc}", "{city}, {pc}"],
    },
    "AE": {
        "country": "United Arab Emirates",
        "streets": ["Street {n2}"],
        "bnames": [
            "Marina Heights Tower",
            "Al Reem Tower",
            "Burj Views B",
            "Shams 4",
            "Al Nahda Residence",
            "Bloom Towers",
        ],
        "towns": [
            (
                "Dubai",
                "",
                "",
                ["Al Barsha 2", "Dubai Marina", "Jumeirah Village Circle", "Al Nahda 1", "Mirdif"],
            ),
            ("Abu Dhabi", "", "", ["Al Reem Island", "Khalifa City", "Al Khalidiyah"]),
            ("Sharjah", "", "", ["Al Majaz 3", "Al Taawun"]),
        ],
        "l1": ["Villa {n}, Street {n2}", "Apartment {n4}, {bname}", "Flat {n3}, {bname}"],
        "l2": [""],
        "cl": ["{area}, {city}"],
    },
    "SA": {
        "country": "Saudi Arabia",
        "streets": [
            "King Fahd Road",
            "Prince Sultan Road",
            "Tahlia Street",
            "Al Urubah Road",
            "Olaya Street",
        ],
        "towns": [
            ("Riyadh", "12###", "", ["Al Olaya", "Al Malqa", "Al Nakheel"]),
            ("Jeddah", "23###", "", ["Al Rawdah", "Al Zahra"]),
            ("Dammam", "32###", "", ["Al Faisaliyah"]),
        ],
        "l1": ["{nbig} {street}", "Building {nbig}, {street}"],
        "l2": ["", "Unit {n2}"],
        "cl": ["{area}, {city} {pc}"],
    },
    "EG": {
        "country": "Egypt",
        "streets": [
            "Mohamed Mazhar Street",
            "El Horreya Road",
            "Abbas El Akkad Street",
            "Shehab Street",
            "Road 9",
        ],
        "towns": [
            ("Cairo", "11###", "", ["Zamalek", "Nasr City", "Maadi", "Heliopolis"]),
            ("Alexandria", "21###", "", ["Smouha", "Roushdy"]),
            ("Giza", "12###", "", ["Dokki", "Mohandessin"]),
        ],
        "l1": ["{n} {street}"],
        "l2": ["", "Apartment {n2}", "Floor {n1}"],
        "cl": ["{area}, {city} {pc}", "{area}, {city}"],
    },
    "JO": {
        "country": "Jordan",
        "streets": ["Rainbow Street", "Mecca Street", "Zahran Street", "Wasfi Al-Tal Street"],
        "towns": [("Amman", "11###", "", ["Jabal Amman", "Abdoun", "Sweifieh", "Khalda"])],
        "l1": ["{n} {street}", "Building {n}, {street}"],
        "l2": ["", "Apartment {n2}"],
        "cl": ["{area}, {city} {pc}"],
    },
    "MA": {
        "country": "Morocco",
        "streets": [
            "Rue Ibn Batouta",
            "Boulevard Zerktouni",
            "Avenue Mohammed V",
            "Rue Tarik Ibn Ziad",
            "Boulevard d'Anfa",
        ],
        "towns": [
            ("Casablanca", "20###", "", ["Gauthier", "Maârif", "Racine"]),
            ("Rabat", "10###", "", ["Agdal", "Hassan"]),
            ("Marrakech", "40###", "", ["Guéliz"]),
            ("Fès", "30###", "", ["Ville Nouvelle"]),
        ],
        "l1": ["{n} {street}", "{n}, {street}"],
        "l2": ["", "Appt {n2}", "Étage {n1}"],
        "cl": ["{area}, {pc} {city}", "{pc} {city}"],
    },
    "IR": {
        "country": "Iran",
        "streets": [
            "خیابان ولیعصر|Valiasr St.",
            "خیابان شریعتی|Shariati St.",
            "خیابان انقلاب|Enghelab St.",
            "بلوار کشاورز|Keshavarz Blvd.",
            "خیابان چهارباغ|Chaharbagh St.",
        ],
        "towns": [
            ("تهران|Tehran", "19###-#####"),
            ("اصفهان|Isfahan", "81###-#####"),
            ("شیراز|Shiraz", "71###-#####"),
            ("مشهد|Mashhad", "91###-#####"),
            ("تبریز|Tabriz", "51###-#####"),
        ],
        "l1": ["{street}، پلاک {n}|No. {n}, {street}"],
        "l2": ["واحد {n2}|Unit {n2}", ""],
        "cl": ["{city}، کد پستی {pc}|{city} {pc}"],
        "full": "{city}، {l1}[، {l2}]، کد پستی {pc}|{l1}[, {l2}], {city} {pc}",
    },
    "NG": {
        "country": "Nigeria",
        "streets": [
            "Adeola Odeku Street",
            "Awolowo Road",
            "Allen Avenue",
            "Herbert Macaulay Way",
            "Ogui Road",
            "Ahmadu Bello Way",
            "Admiralty Way",
            "Bode Thomas Street",
            "Aba Road",
            "Adetokunbo Ademola Crescent",
        ],
        "towns": [
            (
                "Lagos",
                "1012##",
                "",
                ["Victoria Island", "Ikoyi", "Lekki Phase 1", "Surulere", "Yaba"],
            ),
            ("Abuja", "9002##", "", ["Wuse II", "Maitama", "Garki"]),
            ("Port Harcourt", "5002##", "", ["GRA Phase 2"]),
            ("Ibadan", "2001##", "", ["Bodija"]),
            ("Enugu", "4001##", "", ["Independence Layout"]),
        ],
        "l1": ["{n} {street}", "Plot {n3}, {street}", "Flat {n1}, Block {L}, {n} {street}"],
        "l2": [""],
        "cl": ["{area}, {city}", "{area}, {city} {pc}"],
    },
    "GH": {
        "country": "Ghana",
        "streets": [
            "Ring Road East",
            "Oxford Street",
            "Liberation Road",
            "Independence Avenue",
            "Spintex Road",
        ],
        "towns": [
            ("Accra", "GA-###-####", "", ["Osu", "East Legon", "Cantonments", "Labone"]),
            ("Kumasi", "AK-###-####", "", ["Asokwa", "Bantama"]),
            ("Takoradi", "WS-###-####", "", ["Anaji"]),
        ],
        "l1": ["House No. {n}, {street}", "{n} {street}"],
        "l2": [""],
        "cl": ["{area}, {city}", "{area}, {city}, {pc}"],
    },
    "KE": {
        "country": "Kenya",
        "streets": [
            "Ngong Road",
            "Argwings Kodhek Road",
            "Moi Avenue",
            "Lenana Road",
            "Riverside Drive",
            "Oginga Odinga Street",
        ],
        "bnames": [
            "Kilimani Heights",
            "Riverside Gardens",
            "Lavington Court",
            "Jacaranda Apartments",
        ],
        "towns": [
            ("Nairobi", "00100", "", ["Kilimani", "Westlands", "Lavington", "South B"]),
            ("Mombasa", "80100", "", ["Nyali", "Tudor"]),
            ("Kisumu", "40100", "", ["Milimani"]),
        ],
        "l1": ["Apartment {u}, {bname}, {street}", "House No. {n}, {street}", "{street}, Plot {n}"],
        "l2": [""],
        "cl": ["{area}, {city} {pc}", "{area}, {city}"],
    },
    "TZ": {
        "country": "Tanzania",
        "streets": ["Msasani Road", "Haile Selassie Road", "Samora Avenue", "Old Bagamoyo Road"],
        "towns": [
            ("Dar es Salaam", "", "", ["Oyster Bay", "Masaki", "Mikocheni"]),
            ("Arusha", "", "", ["Njiro"]),
            ("Dodoma", "", "", ["Area D"]),
        ],
        "l1": ["Plot {n}, {street}", "House No. {n}, {street}"],
        "l2": [""],
        "cl": ["{area}, {city}"],
    },
    "UG": {
        "country": "Uganda",
        "streets": ["Kampala Road", "Acacia Avenue", "Bukoto Street", "Ggaba Road"],
        "towns": [
            ("Kampala", "", "", ["Kololo", "Ntinda", "Bugolobi", "Muyenga"]),
            ("Entebbe", "", "", ["Kitoro"]),
        ],
        "l1": ["Plot {n}, {street}", "{n} {street}"],
        "l2": [""],
        "cl": ["{area}, {city}"],
    },
    "ET": {
        "country": "Ethiopia",
        "streets": [""],
        "towns": [("Addis Ababa", "", "", ["Bole", "Kirkos", "Yeka", "Arada"])],
        "l1": ["House No. {n3}, Woreda {n2z}"],
        "l2": [""],
        "cl": ["{area} Sub-City, {city}"],
    },
    "RW": {
        "country": "Rwanda",
        "streets": ["KG 9 Ave", "KN 5 Rd", "KK 15 Rd", "KG 541 St"],
        "towns": [("Kigali", "", "", ["Kimihurura", "Kacyiru", "Nyarutarama", "Remera"])],
        "l1": ["{street} {n}", "House {n}, {street}"],
        "l2": [""],
        "cl": ["{area}, {city}"],
    },
    "ZA": {
        "country": "South Africa",
        "streets": [
            "Jan Smuts Avenue",
            "Long Street",
            "Florida Road",
            "Church Street",
            "Main Road",
            "Bree Street",
            "Rivonia Road",
        ],
        "towns": [
            ("Johannesburg", "2196", "", ["Rosebank", "Parkhurst", "Melville"]),
            ("Cape Town", "8001", "", ["Gardens", "Observatory", "Sea Point"]),
            ("Durban", "4001", "", ["Morningside", "Berea"]),
            ("Pretoria", "0002", "", ["Hatfield", "Brooklyn"]),
        ],
        "l1": ["{n} {street}", "Unit {n2}, {n} {street}"],
        "l2": [""],
        "cl": ["{area}, {city}, {pc}", "{area}, {city} {pc}"],
    },
    "ZW": {
        "country": "Zimbabwe",
        "streets": [
            "Samora Machel Avenue",
            "Borrowdale Road",
            "Josiah Tongogara Street",
            "Fife Avenue",
        ],
        "towns": [
            ("Harare", "", "", ["Avondale", "Borrowdale", "Belgravia"]),
            ("Bulawayo", "", "", ["Suburbs", "Hillside"]),
        ],
        "l1": ["{n} {street}"],
        "l2": [""],
        "cl": ["{area}, {city}"],
    },
    "IN": {
        "country": "India",
        "streets": [
            "{n2}th Cross",
            "2nd Main Road",
            "MG Road",
            "Linking Road",
            "Park Street",
            "Anna Salai",
            "Sector {n2}",
            "Road No. {n2}",
        ],
        "bnames": [
            "Sai Residency",
            "Lodha Aqua",
            "Prestige Shantiniketan",
            "Green Meadows Apartments",
            "Sobha Dewflower",
            "Gulmohar Enclave",
        ],
        "towns": [
            (
                "Bengaluru",
                "5600##",
                "Karnataka",
                ["Indiranagar", "Koramangala", "Jayanagar", "HSR Layout"],
            ),
            ("Mumbai", "4000##", "Maharashtra", ["Andheri West", "Bandra West", "Powai"]),
            ("Chennai", "6000##", "Tamil Nadu", ["Besant Nagar", "Adyar", "T. Nagar"]),
            ("Hyderabad", "5000##", "Telangana", ["Banjara Hills", "Madhapur", "Gachibowli"]),
            ("Pune", "4110##", "Maharashtra", ["Kothrud", "Baner", "Viman Nagar"]),
            ("Kolkata", "7000##", "West Bengal", ["Salt Lake", "Ballygunge"]),
            ("Kochi", "6820##", "Kerala", ["Kakkanad", "Edappally"]),
            ("Jaipur", "3020##", "Rajasthan", ["Malviya Nagar"]),
        ],
        "l1": ["Flat {n3}, {bname}", "H.No. {n}-{n2}", "{L}-{n3}, {bname}", "Plot {n}", "No. {n}"],
        "l2": ["{street}"],
        "cl": ["{area}, {city} {pc}", "{area}, {city}, {region} {pc}", "{area}, {city} - {pc}"],
    },
    "PK": {
        "country": "Pakistan",
        "streets": [""],
        "towns": [
            ("Islamabad", "44000", "", ["F-8/3", "G-9/4", "E-11/2"]),
            ("Karachi", "75600", "", ["Clifton", "DHA Phase 6", "Gulshan-e-Iqbal"]),
            ("Lahore", "54660", "", ["Gulberg III", "Model Town", "Johar Town"]),
            ("Rawalpindi", "46000", "", ["Satellite Town"]),
        ],
        "l1": ["House {n}, Street {n2}", "Flat {u}, Block {n2}", "{n3}-{L}"],
        "l2": [""],
        "cl": ["{area}, {city} {pc}", "{area}, {city}"],
    },
    "BD": {
        "country": "Bangladesh",
        "streets": [""],
        "towns": [
            (
                "Dhaka",
                "12##",
                "",
                ["Dhanmondi", "Banani", "Gulshan 2", "Uttara Sector 7", "Mirpur 10"],
            ),
            ("Chattogram", "4###", "", ["Agrabad", "Khulshi"]),
            ("Sylhet", "3100", "", ["Zindabazar"]),
        ],
        "l1": ["House {n}, Road {n2}", "Flat {L}{n1}, House {n}, Road {n2}"],
        "l2": [""],
        "cl": ["{area}, {city} {pc}", "{area}, {city}-{pc}"],
    },
    "LK": {
        "country": "Sri Lanka",
        "streets": ["Galle Road", "Temple Road", "Duplication Road", "Havelock Road", "Kandy Road"],
        "towns": [
            ("Colombo 03", "00300"),
            ("Nugegoda", "10250"),
            ("Kandy", "20000"),
            ("Galle", "80000"),
            ("Dehiwala", "10350"),
        ],
        "l1": ["No. {n}, {street}", "{n}/{n2} {street}"],
        "l2": [""],
        "cl": ["{city}", "{city} {pc}"],
    },
    "VN": {
        "country": "Vietnam",
        "streets": [
            "Phố Huế",
            "Nguyễn Huệ",
            "Lê Lợi",
            "Trần Hưng Đạo",
            "Điện Biên Phủ",
            "Hai Bà Trưng",
            "Lý Thường Kiệt",
            "Võ Văn Tần",
            "Nguyễn Trãi",
            "Bạch Đằng",
        ],
        "towns": [
            ("TP. Hồ Chí Minh", "", "", ["Quận 1", "Quận 3", "Quận 7", "Bình Thạnh"]),
            ("Hà Nội", "", "", ["Hai Bà Trưng", "Hoàn Kiếm", "Ba Đình", "Cầu Giấy"]),
            ("Đà Nẵng", "", "", ["Hải Châu", "Sơn Trà"]),
            ("Cần Thơ", "", "", ["Ninh Kiều"]),
        ],
        "l1": ["{n} {street}", "Số {n} Ngõ {n2} {street}", "Số {n}, {street}"],
        "l2": ["", "Phường {n2}"],
        "cl": ["{area}, {city}"],
    },
    "ID": {
        "country": "Indonesia",
        "streets": [
            "Jl. Jenderal Sudirman",
            "Jl. Gatot Subroto",
            "Jl. Malioboro",
            "Jl. Diponegoro",
            "Jl. Asia Afrika",
            "Jl. Pemuda",
            "Jl. Raya Kuta",
            "Jl. Kemang Raya",
            "Jl. Dago",
        ],
        "towns": [
            ("Jakarta Selatan", "12###", "", ["Kebayoran Baru", "Setiabudi", "Mampang"]),
            ("Yogyakarta", "552##", "", ["Gondokusuman"]),
            ("Bandung", "401##", "", ["Coblong", "Sukajadi"]),
            ("Surabaya", "602##", "", ["Gubeng", "Wonokromo"]),
            ("Denpasar", "803##", "", ["Denpasar Selatan"]),
            ("Medan", "201##", "", ["Medan Baru"]),
        ],
        "l1": ["{street} No. {n}", "{street} No.{n}"],
        "l2": ["", "RT 0{n2z}/RW 0{n2z}"],
        "cl": ["{area}, {city} {pc}"],
    },
    "MY": {
        "country": "Malaysia",
        "streets": [
            "Jalan SS 2/24",
            "Jalan Ampang",
            "Jalan Tun Razak",
            "Lorong Maarof",
            "Jalan Burma",
            "Jalan Bukit Bintang",
        ],
        "bnames": ["Menara Kiara", "Residensi Vista", "Pangsapuri Seri Mawar"],
        "towns": [
            ("Petaling Jaya", "47300", "Selangor"),
            ("Kuala Lumpur", "50450", "Wilayah Persekutuan"),
            ("George Town", "10200", "Pulau Pinang"),
            ("Johor Bahru", "80000", "Johor"),
            ("Bangsar", "59100", "Kuala Lumpur"),
        ],
        "l1": ["No. {n}, {street}", "{n}, {street}", "Unit {n2}-{n2b}, {bname}, {street}"],
        "l2": [""],
        "cl": ["{pc} {city}, {region}", "{pc} {city}"],
    },
    "SG": {
        "country": "Singapore",
        "streets": [
            "Ang Mo Kio Ave 3",
            "Tampines St 21",
            "Bedok North Rd",
            "Jurong West St 52",
            "Toa Payoh Lor 1",
            "Clementi Ave 4",
        ],
        "towns": [("Singapore", "5#####")],
        "l1": ["Blk {n3} {street}", "{n} {street}"],
        "l2": ["#{n2z}-{n3}", ""],
        "cl": ["{city} {pc}"],
    },
    "PH": {
        "country": "Philippines",
        "streets": [
            "Mabini St.",
            "Rizal Avenue",
            "Ayala Avenue",
            "Katipunan Ave.",
            "Osmeña Blvd.",
            "J.P. Laurel Ave.",
            "Aurora Blvd.",
        ],
        "bnames": ["Tower 2 The Residences", "Avida Towers Sola", "One Serendra"],
        "towns": [
            ("Quezon City", "1105"),
            ("Makati City", "1226"),
            ("Cebu City", "6000"),
            ("Davao City", "8000"),
            ("Pasig City", "1605"),
        ],
        "l1": ["{n} {street}", "Unit {n4}, {bname}, {n} {street}"],
        "l2": ["", "Brgy. San Antonio", "Brgy. Loyola Heights", "Brgy. Lahug"],
        "cl": ["{city} {pc}", "{pc} {city}"],
    },
    "TH": {
        "country": "Thailand",
        "streets": [
            "ซอยสุขุมวิท 31|Soi Sukhumvit 31",
            "ถนนพระราม 9|Rama IX Road",
            "ถนนนิมมานเหมินท์|Nimmanhaemin Road",
            "ถนนสีลม|Silom Road",
            "ถนนพหลโยธิน|Phahonyothin Road",
        ],
        "towns": [
            (
                "กรุงเทพมหานคร|Bangkok",
                "10110",
                "",
                [
                    "แขวงคลองเตยเหนือ เขตวัฒนา|Khlong Toei Nuea, Watthana",
                    "แขวงสีลม เขตบางรัก|Silom, Bang Rak",
                ],
            ),
            ("เชียงใหม่|Chiang Mai", "50200", "", ["ตำบลสุเทพ อำเภอเมือง|Suthep, Mueang"]),
            ("ภูเก็ต|Phuket", "83000", "", ["ตำบลตลาดใหญ่|Talat Yai"]),
        ],
        "l1": ["{n}/{n2} {street}"],
        "l2": [""],
        "cl": ["{area} {city} {pc}|{area}, {city} {pc}"],
    },
    "CN": {
        "country": "China",
        "streets": [""],
        "towns": [
            (
                "上海市|Shanghai",
                "200###",
                "",
                [
                    "浦东新区世纪大道|Century Avenue, Pudong New District",
                    "徐汇区漕溪北路|Caoxi North Road, Xuhui District",
                ],
            ),
            (
                "北京市|Beijing",
                "100###",
                "",
                [
                    "朝阳区建国路|Jianguo Road, Chaoyang District",
                    "海淀区中关村大街|Zhongguancun Street, Haidian District",
                ],
            ),
            (
                "深圳市|Shenzhen",
                "518###",
                "",
                ["南山区科技园南路|Kejiyuan South Road, Nanshan District"],
            ),
            ("杭州市|Hangzhou", "310###", "", ["西湖区文三路|Wensan Road, Xihu District"]),
            ("成都市|Chengdu", "610###", "", ["武侯区人民南路|Renmin South Road, Wuhou District"]),
            ("广州市|Guangzhou", "510###", "", ["天河区天河路|Tianhe Road, Tianhe District"]),
        ],
        "l1": ["{area}{n}号|No. {n} {area}"],
        "l2": [
            "{n2}栋{n4}室|Room {n4}, Building {n2}",
            "{n2b}号楼{n2}层|Floor {n2}, Building {n2b}",
            "",
        ],
        "cl": ["{city} {pc}"],
        "full": "{city}{l1}[{l2}]|[{l2}, ]{l1}, {city} {pc}",
        "ml": "{city}{l1}[{l2}]|[{l2}\n]{l1}\n{city} {pc}",
    },
    "HK": {
        "country": "Hong Kong",
        "streets": [
            "Taikoo Shing Road",
            "King's Road",
            "Nathan Road",
            "Castle Peak Road",
            "Pok Fu Lam Road",
        ],
        "bnames": [
            "Block 3, Taikoo Shing",
            "Tower 2, Harbour Place",
            "Kornhill Gardens Block C",
            "Mei Foo Sun Chuen Stage 4",
        ],
        "towns": [
            ("Quarry Bay, Hong Kong", ""),
            ("Mong Kok, Kowloon", ""),
            ("Tsuen Wan, New Territories", ""),
            ("Kennedy Town, Hong Kong", ""),
        ],
        "l1": ["Flat {u}, {n2}/F, {bname}"],
        "l2": ["{n} {street}"],
        "cl": ["{city}"],
    },
    "TW": {
        "country": "Taiwan",
        "streets": ["Zhongxiao E. Rd.", "Xinyi Rd.", "Roosevelt Rd.", "Minsheng E. Rd."],
        "towns": [
            ("Da'an Dist., Taipei City", "106"),
            ("Xinyi Dist., Taipei City", "110"),
            ("West Dist., Taichung City", "403"),
            ("Sanmin Dist., Kaohsiung City", "807"),
        ],
        "l1": ["No. {n}, Ln. {n2}, Sec. {n1}, {street}", "No. {n}, Sec. {n1}, {street}"],
        "l2": ["", "{n2}F", "{n2}F.-{n1}"],
        "cl": ["{city} {pc}"],
        "full": "[{l2}, ]{l1}, {cl}",
        "ml": "[{l2}, ]{l1}\n{cl}",
    },
    "JP": {
        "country": "Japan",
        "streets": [""],
        "bnames": [
            "メゾン青山|Maison Aoyama",
            "パークハイツ|Park Heights",
            "グランドメゾン|Grand Maison",
            "コーポ桜|Corpo Sakura",
            "サンライズ北|Sunrise Kita",
        ],
        "towns": [
            ("東京都渋谷区|Shibuya-ku, Tokyo", "150-00##", "", ["神宮前|Jingumae", "恵比寿|Ebisu"]),
            (
                "大阪府大阪市北区|Kita-ku, Osaka",
                "530-00##",
                "",
                ["梅田|Umeda", "天神橋|Tenjinbashi"],
            ),
            ("京都府京都市中京区|Nakagyo-ku, Kyoto", "604-80##", "", ["河原町|Kawaramachi"]),
            ("神奈川県横浜市中区|Naka-ku, Yokohama", "231-00##", "", ["山下町|Yamashitacho"]),
            ("福岡県福岡市博多区|Hakata-ku, Fukuoka", "812-00##", "", ["博多駅前|Hakataekimae"]),
            ("愛知県名古屋市中区|Naka-ku, Nagoya", "460-00##", "", ["栄|Sakae"]),
            (
                "東京都世田谷区|Setagaya-ku, Tokyo",
                "154-00##",
                "",
                ["三軒茶屋|Sangenjaya", "下北沢|Shimokitazawa"],
            ),
        ],
        "l1": [
            "{area}{n1}-{n2}-{n2b}|{n1}-{n2}-{n2b} {area}",
            "{area}{n1}丁目{n2}-{n2b}|{n1}-{n2}-{n2b} {area}",
        ],
        "l2": ["{bname}{n3}|{bname} {n3}", "{bname}{n3}号室|{bname} #{n3}", ""],
        "cl": ["{city} {pc}"],
        "full": "〒{pc} {city}{l1}[ {l2}]|[{l2}, ]{l1}, {city} {pc}",
        "ml": "〒{pc}\n{city}{l1}[\n{l2}]|[{l2}\n]{l1}\n{city} {pc}",
    },
    "KR": {
        "country": "South Korea",
        "streets": [""],
        "towns": [
            (
                "서울특별시 강남구|Gangnam-gu, Seoul",
                "06###",
                "",
                ["테헤란로|Teheran-ro", "역삼로|Yeoksam-ro"],
            ),
            (
                "서울특별시 마포구|Mapo-gu, Seoul",
                "03###",
                "",
                ["월드컵북로|World Cup buk-ro", "양화로|Yanghwa-ro"],
            ),
            (
                "부산광역시 해운대구|Haeundae-gu, Busan",
                "48###",
                "",
                ["해운대해변로|Haeundaehaebyeon-ro"],
            ),
            ("경기도 성남시 분당구|Bundang-gu, Seongnam", "13###", "", ["판교역로|Pangyoyeok-ro"]),
            ("대구광역시 중구|Jung-gu, Daegu", "41###", "", ["동성로|Dongseong-ro"]),
        ],
        "l1": ["{area} {n}|{n} {area}", "{area}{n2}길 {n2b}|{n2b} {area} {n2}-gil"],
        "l2": ["{n4}호|Unit {n4}", "{n1}동 {n4}호|Bldg {n1}, Unit {n4}", ""],
        "cl": ["{city} {pc}"],
        "full": "{city} {l1}[, {l2}]|[{l2}, ]{l1}, {city} {pc}",
        "ml": "{city} {l1}[\n{l2}]|[{l2}\n]{l1}\n{city} {pc}",
    },
    "KZ": {
        "country": "Kazakhstan",
        "streets": ["Abay Ave", "Dostyk Ave", "Tole Bi St", "Kabanbay Batyr Ave", "Satpayev St"],
        "towns": [("Almaty", "050###"), ("Astana", "010###"), ("Shymkent", "160###")],
        "l1": ["{street} {n}"],
        "l2": ["", "apt {n2}", "kv. {n2}"],
        "cl": ["{city} {pc}", "{pc}, {city}"],
    },
    "UZ": {
        "country": "Uzbekistan",
        "streets": [
            "Amir Temur ko'chasi",
            "Navoiy ko'chasi",
            "Mustaqillik shoh ko'chasi",
            "Bobur ko'chasi",
        ],
        "towns": [("Tashkent", "100###"), ("Samarkand", "140###")],
        "l1": ["{street} {n}", "{street}, {n}-uy"],
        "l2": ["", "xonadon {n2}"],
        "cl": ["{city} {pc}"],
    },
    "AZ": {
        "country": "Azerbaijan",
        "streets": ["Nizami küç.", "Neftçilər pr.", "Təbriz küç.", "Rəşid Behbudov küç."],
        "towns": [("Bakı", "AZ1###"), ("Gəncə", "AZ2###")],
        "l1": ["{street} {n}"],
        "l2": ["", "mən. {n2}"],
        "cl": ["{pc} {city}", "{city} {pc}"],
    },
    "JM": {
        "country": "Jamaica",
        "streets": ["Hope Road", "Constant Spring Road", "Barbican Road", "Red Hills Road"],
        "towns": [("Kingston 6", ""), ("Kingston 10", ""), ("Montego Bay", ""), ("Ocho Rios", "")],
        "l1": ["{n} {street}", "Apt {n2}, {n} {street}"],
        "l2": [""],
        "cl": ["{city}"],
    },
    "MX": {
        "country": "Mexico",
        "streets": [
            "Av. Insurgentes Sur",
            "Calle Durango",
            "Av. Vallarta",
            "Calle 5 de Mayo",
            "Av. Constitución",
            "Calle Hidalgo",
            "Calle Morelos",
            "Av. Chapultepec",
        ],
        "towns": [
            (
                "Ciudad de México",
                "0####",
                "CDMX",
                ["Col. Roma Norte", "Col. Condesa", "Col. Del Valle"],
            ),
            ("Guadalajara", "44###", "Jal.", ["Col. Americana", "Col. Providencia"]),
            ("Monterrey", "64###", "N.L.", ["Col. Centro", "Col. Obispado"]),
            ("Puebla", "72###", "Pue.", ["Col. La Paz"]),
            ("Mérida", "97###", "Yuc.", ["Col. García Ginerés"]),
        ],
        "l1": ["{street} {nbig}", "{street} {n}, Int. {n2}", "{street} #{n}"],
        "l2": [""],
        "cl": ["{area}, {pc} {city}, {region}", "{area}, C.P. {pc}, {city}"],
    },
    "AR": {
        "country": "Argentina",
        "streets": [
            "Av. Corrientes",
            "Av. Santa Fe",
            "Calle Florida",
            "Av. Rivadavia",
            "Bv. Oroño",
            "Av. Colón",
        ],
        "towns": [
            ("CABA", "C1###@@@"),
            ("Córdoba", "X5000"),
            ("Rosario", "S2000"),
            ("Mendoza", "M5500"),
        ],
        "l1": ["{street} {nbig}"],
        "l2": ["", "piso {n2b} depto {L}", "{n2b}° {L}"],
        "cl": ["{pc} {city}", "{city} ({pc})"],
    },
    "CO": {
        "country": "Colombia",
        "streets": [""],
        "towns": [
            ("Bogotá", "1102##"),
            ("Medellín", "0500##"),
            ("Cali", "7600##"),
            ("Barranquilla", "0800##"),
        ],
        "l1": [
            "Calle {n2} # {n2b}-{n2}",
            "Carrera {n2}{L} # {n2b}-{n2}",
            "Av. Calle {n3} # {n2b}-{n2}",
        ],
        "l2": ["", "Apto {n3}", "Torre {n1}, Apto {n3}"],
        "cl": ["{city}", "{city} {pc}"],
    },
    "PE": {
        "country": "Peru",
        "streets": [
            "Av. José Larco",
            "Jr. de la Unión",
            "Av. Arequipa",
            "Calle Los Pinos",
            "Av. El Sol",
        ],
        "towns": [
            ("Lima", "150##", "", ["Miraflores", "San Isidro", "Barranco", "Surco"]),
            ("Cusco", "08###", "", ["Wanchaq"]),
            ("Arequipa", "04###", "", ["Cayma"]),
        ],
        "l1": ["{street} {n}", "{street} {nbig}"],
        "l2": ["", "Dpto. {n3}", "Int. {n2}"],
        "cl": ["{area}, {city} {pc}", "{area}, {city}"],
    },
    "BR": {
        "country": "Brazil",
        "streets": [
            "Rua das Flores",
            "Avenida Paulista",
            "Rua Augusta",
            "Rua Oscar Freire",
            "Avenida Atlântica",
            "Rua da Bahia",
            "Rua XV de Novembro",
            "Avenida Sete de Setembro",
            "Rua dos Andradas",
        ],
        "towns": [
            (
                "São Paulo",
                "01###-###",
                "SP",
                ["Jardim Paulista", "Pinheiros", "Vila Mariana", "Moema"],
            ),
            ("Rio de Janeiro", "22###-###", "RJ", ["Copacabana", "Botafogo", "Tijuca"]),
            ("Belo Horizonte", "30###-###", "MG", ["Savassi", "Funcionários"]),
            ("Curitiba", "80###-###", "PR", ["Batel", "Centro"]),
            ("Salvador", "40###-###", "BA", ["Barra", "Rio Vermelho"]),
            ("Porto Alegre", "90###-###", "RS", ["Moinhos de Vento"]),
            ("Recife", "50###-###", "PE", ["Boa Viagem"]),
            ("Fortaleza", "60###-###", "CE", ["Meireles"]),
        ],
        "l1": ["{street}, {n}", "{street}, {nbig}"],
        "l2": ["", "apto {n3}", "apto {n3}, bloco {L}", "casa {n1}", "sala {n3}"],
        "cl": ["{area}, {city} - {region}, {pc}", "{area}, {city}/{region}, CEP {pc}"],
    },
}

PHONES = {
    "US": [
        "+1 (N##) N##-####",
        "+1 N##-N##-####",
        "(N##) N##-####",
        "N##.N##.####",
        "+1 N## N## ####",
    ],
    "CA": ["+1 (N##) N##-####", "+1 N##-N##-####", "(N##) N##-####"],
    "JM": ["+1 876 N##-####", "876-N##-####"],
    "GB": [
        "+44 7### ######",
        "07### ######",
        "+44 20 7### ####",
        "020 7### ####",
        "+44 (0)7### ######",
    ],
    "IE": ["+353 8# ### ####", "08# ### ####", "+353 1 ### ####"],
    "AU": ["+61 4## ### ###", "04## ### ###", "+61 2 #### ####"],
    "NZ": ["+64 21 ### ####", "021 ### ####", "+64 9 ### ####"],
    "DE": [
        "+49 151 ########",
        "+49 30 #######",
        "0171 #######",
        "+49 (0)89 ########",
        "0176 ########",
    ],
    "AT": ["+43 664 #######", "+43 1 ### ####", "0664 ### ####"],
    "CH": ["+41 79 ### ## ##", "079 ### ## ##", "+41 44 ### ## ##"],
    "FR": [
        "+33 6 ## ## ## ##",
        "06 ## ## ## ##",
        "+33 7 ## ## ## ##",
        "+33 1 ## ## ## ##",
        "07.##.##.##.##",
    ],
    "BE": ["+32 47# ## ## ##", "0476 ## ## ##", "+32 2 ### ## ##"],
    "NL": ["+31 6 ########", "06-########", "+31 20 ### ####", "06 ## ## ## ##"],
    "ES": ["+34 6## ## ## ##", "+34 6## ### ###", "6## ### ###", "+34 91 ### ## ##"],
    "PT": ["+351 9## ### ###", "9## ### ###", "+351 21 ### ####"],
    "IT": ["+39 3## ### ####", "3## #######", "+39 02 ########", "+39 3## #######"],
    "SE": ["+46 70 ### ## ##", "070-### ## ##", "+46 8 ### ### ##", "073-### ## ##"],
    "NO": ["+47 4## ## ###", "+47 9## ## ###", "9## ## ###"],
    "DK": ["+45 ## ## ## ##", "## ## ## ##"],
    "FI": ["+358 40 #######", "040 ### ####", "+358 50 ### ####"],
    "PL": ["+48 5## ### ###", "+48 6## ### ###", "6## ### ###", "+48 22 ### ## ##"],
    "CZ": ["+420 6## ### ###", "+420 7## ### ###", "7## ### ###"],
    "HU": ["+36 30 ### ####", "+36 20 ### ####", "06 30 ### ####", "+36 1 ### ####"],
    "RO": ["+40 7## ### ###", "07## ### ###", "+40 21 ### ####"],
    "GR": ["+30 69# ### ####", "69# ### ####", "+30 21# ### ####"],
    "TR": ["+90 5## ### ## ##", "0 (5##) ### ## ##", "05## ### ## ##", "+90 212 ### ## ##"],
    "RU": ["+7 (9##) ###-##-##", "8 9## ###-##-##", "+7 9## ### ## ##", "+7 495 ###-##-##"],
    "UA": ["+380 (67) ### ## ##", "+380 50 ### ####", "067 ### ## ##", "+380 44 ### ## ##"],
    "KZ": ["+7 701 ### ## ##", "+7 (727) ### ## ##", "8 707 ### ####"],
    "UZ": ["+998 9# ### ## ##", "+998 71 ### ## ##"],
    "AZ": ["+994 50 ### ## ##", "+994 55 ### ## ##", "050 ### ## ##"],
    "IL": ["+972 5#-###-####", "05#-###-####", "+972 3-###-####"],
    "AE": ["+971 50 ### ####", "050 ### ####", "+971 4 ### ####", "+971 55 ### ####"],
    "SA": ["+966 5# ### ####", "05# ### ####", "+966 11 ### ####"],
    "EG": ["+20 10 #### ####", "010 #### ####", "+20 12 #### ####", "+20 2 #### ####"],
    "JO": ["+962 7# ### ####", "07# ### ####"],
    "MA": ["+212 6## ## ## ##", "06## ## ## ##", "+212 5 22 ## ## ##"],
    "IR": ["+98 912 ### ####", "0912 ### ####", "+98 21 #### ####", "0935 ### ####"],
    "NG": [
        "+234 80# ### ####",
        "+234 81# ### ####",
        "080# ### ####",
        "+234 70# ### ####",
        "0903 ### ####",
    ],
    "GH": ["+233 24 ### ####", "024 ### ####", "+233 20 ### ####"],
    "KE": ["+254 7## ### ###", "07## ######", "+254 1## ### ###"],
    "TZ": ["+255 7## ### ###", "07## ### ###"],
    "UG": ["+256 7## ######", "07## ######"],
    "ET": ["+251 91 ### ####", "091 ### ####"],
    "RW": ["+250 78# ### ###", "078# ### ###"],
    "ZA": ["+27 8# ### ####", "08# ### ####", "+27 21 ### ####", "+27 7# ### ####"],
    "ZW": ["+263 77 ### ####", "077 ### ####"],
    "IN": [
        "+91 9#### #####",
        "+91 8#########",
        "9#### #####",
        "+91 80 #### ####",
        "+91-7###-######",
    ],
    "PK": ["+92 3## #######", "03##-#######", "+92 51 #######"],
    "BD": ["+880 17##-######", "017## ######", "+880 2-#######"],
    "LK": ["+94 7# ### ####", "07# ### ####"],
    "VN": ["+84 9# ### ## ##", "09# ### ####", "+84 3# ### ####", "+84 28 #### ####"],
    "ID": ["+62 812-####-####", "0812-####-####", "+62 21 #######", "+62 857 #### ####"],
    "MY": ["+60 12-### ####", "012-### ####", "+60 3-#### ####"],
    "SG": ["+65 9### ####", "+65 8### ####", "9### ####"],
    "PH": ["+63 917 ### ####", "0917 ### ####", "+63 2 #### ####", "0998 ### ####"],
    "TH": ["+66 8# ### ####", "08#-###-####", "+66 2 ### ####"],
    "CN": [
        "+86 13# #### ####",
        "13#########",
        "+86 10 ########",
        "+86 18# #### ####",
        "159 #### ####",
    ],
    "HK": ["+852 9### ####", "+852 6### ####", "+852 2### ####"],
    "TW": ["+886 9##-###-###", "09##-###-###", "+886 2 ####-####"],
    "JP": ["+81 90-####-####", "090-####-####", "+81 3-####-####", "03-####-####", "080-####-####"],
    "KR": ["+82 10-####-####", "010-####-####", "+82 2-###-####", "010 #### ####"],
    "MX": ["+52 55 #### ####", "+52 1 33 #### ####", "55 #### ####", "+52 81 #### ####"],
    "AR": ["+54 9 11 ####-####", "011 15-####-####", "+54 351 ###-####"],
    "CO": ["+57 3## ### ####", "3## ### ####", "+57 601 ### ####"],
    "PE": ["+51 9## ### ###", "9## ### ###", "+51 1 ### ####"],
    "BR": [
        "+55 11 9####-####",
        "(11) 9####-####",
        "+55 21 9#### ####",
        "(21) 9####-####",
        "+55 31 9####-####",
    ],
}

# IBAN: country -> BBAN spec ("n" digits, "a" letters, "b" a bank code from IBAN_BANKS).
IBAN_BBAN = {
    "GB": "b14n",
    "IE": "b14n",
    "DE": "18n",
    "AT": "16n",
    "CH": "17n",
    "FR": "23n",
    "BE": "12n",
    "ES": "20n",
    "PT": "21n",
    "IT": "1a22n",
    "NL": "b10n",
    "SE": "20n",
    "NO": "11n",
    "DK": "14n",
    "FI": "14n",
    "PL": "24n",
    "CZ": "20n",
    "HU": "24n",
    "RO": "b16n",
    "TR": "22n",
    "UA": "25n",
    "GR": "23n",
    "IL": "19n",
    "AE": "19n",
    "SA": "20n",
    "EG": "25n",
    "JO": "b22n",
    "PK": "b16n",
    "KZ": "16n",
    "AZ": "b20n",
    "BR": "23n1a1n",
}
IBAN_BANKS = {
    "GB": ["NWBK", "BARC", "HBUK", "MIDL", "LOYD", "MONZ"],
    "IE": ["AIBK", "BOFI", "IPBS"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "BUNQ", "KNAB"],
    "RO": ["BTRL", "RNCB", "INGB", "BRDE"],
    "JO": ["ARAB", "CAAB", "HBHO"],
    "PK": ["MEZN", "HABB", "UNIL", "SCBL"],
    "AZ": ["NABZ", "AIIB", "PAHA"],
}
IBAN_FALLBACK = ["DE", "GB", "FR", "NL", "ES", "AE", "IE", "BE"]

PASSPORTS = {
    "US": ["5########", "6########", "A########"],
    "GB": ["1########", "5########"],
    "CA": ["@@######"],
    "AU": ["P@#######", "N#######"],
    "IE": ["P@#######"],
    "NZ": ["L@######"],
    "DE": ["C@#@#@#@#", "C##@@@###"],
    "AT": ["P#######"],
    "CH": ["X#######"],
    "FR": ["##@@#####"],
    "BE": ["@@######"],
    "NL": ["N@@#@#@##"],
    "ES": ["PA@######", "@@@######"],
    "PT": ["C######"],
    "IT": ["YA#######", "Y@#######"],
    "SE": ["########"],
    "NO": ["########"],
    "DK": ["#########"],
    "FI": ["FP#######"],
    "PL": ["E@#######", "@@#######"],
    "CZ": ["########"],
    "HU": ["@@#######"],
    "RO": ["0#######"],
    "GR": ["@@#######"],
    "TR": ["U########", "S########"],
    "RU": ["7# #######", "76 #######"],
    "UA": ["FA######", "FT######"],
    "IL": ["3#######"],
    "AE": ["@#######"],
    "SA": ["@#######"],
    "EG": ["A########"],
    "JO": ["@#######"],
    "MA": ["@@#######"],
    "IR": ["@########"],
    "NG": ["A########", "B########"],
    "GH": ["G#######"],
    "KE": ["AK#######", "A#######"],
    "TZ": ["@@######"],
    "UG": ["A#######"],
    "ET": ["EP#######"],
    "RW": ["PC#######"],
    "ZA": ["A########", "M########"],
    "ZW": ["@@######@"],
    "IN": ["@#######"],
    "PK": ["@@#######"],
    "BD": ["@@#######"],
    "LK": ["N#######"],
    "VN": ["C#######", "B#######"],
    "ID": ["@#######", "X#######"],
    "MY": ["A########"],
    "SG": ["K#######@"],
    "PH": ["P#######@", "P#######"],
    "TH": ["@@#######"],
    "CN": ["E########", "EA#######"],
    "HK": ["K########"],
    "TW": ["3########"],
    "JP": ["TK#######", "TR#######", "MZ#######"],
    "KR": ["M########", "M###@####"],
    "KZ": ["N########"],
    "UZ": ["FA#######"],
    "AZ": ["C########"],
    "JM": ["A#######"],
    "MX": ["G########", "N########"],
    "AR": ["AAE######", "@@@######"],
    "CO": ["AU######", "PE######"],
    "PE": ["#########"],
    "BR": ["@@######", "FZ######"],
}

DRIVER_LICENSES = {
    "US": [
        "@#######",
        "### ### ###",
        "@###-###-##-###-#",
        "########",
        "WDL@@@@###@@",
        "@###-####-####",
        "## ### ###",
        "S########",
    ],
    "CA": ["@####-#####-#####", "#######"],
    "AU": ["########", "#########"],
    "NZ": ["@@######"],
    "IE": ["#########"],
    "DE": ["B###@@@#@##", "J##########"],
    "AT": ["########"],
    "CH": ["#########"],
    "FR": ["############", "##@@#####"],
    "IT": ["@@#######@"],
    "NL": ["##########"],
    "BE": ["##########"],
    "PT": ["@@-######"],
    "PL": ["#####/##/####"],
    "CZ": ["EH ######"],
    "SE": ["########"],
    "FI": ["#########"],
    "TR": ["######"],
    "IN": ["@@## ###########", "@@##-###########"],
    "PK": ["#####-#######-#"],
    "BR": ["###########"],
    "MX": ["@##########"],
    "AR": ["########"],
    "CO": ["##########"],
    "JP": ["############"],
    "KR": ["##-##-######-##"],
    "CN": ["##################"],
    "TW": ["@#########"],
    "HK": ["@#######"],
    "SG": ["S#######@"],
    "MY": ["##########"],
    "PH": ["@##-##-######"],
    "TH": ["########"],
    "VN": ["############"],
    "ID": ["############"],
    "NG": ["@@@#####@@##"],
    "KE": ["DL-#######"],
    "ZA": ["##########@@"],
    "GH": ["@@@-########-#####"],
    "AE": ["#######"],
    "SA": ["##########"],
    "EG": ["##############"],
    "IL": ["#######"],
    "RU": ["## ## ######"],
    "UA": ["@@@######"],
}

# ---------------------------------------------------------------------------
# Companies, domains and other filler
# ---------------------------------------------------------------------------

COMPANIES = [
    ("Lumenfield Analytics", "lumenfield.io"),
    ("Kestrel Freight Ltd", "kestrelfreight.co.uk"),
    ("Nordhavn Logistik AS", "nordhavn.no"),
    ("Brightwater Dental", "brightwaterdental.com"),
    ("Alder & Finch LLP", "alderfinch.law"),
    ("Tamarind Health", "tamarindhealth.in"),
    ("Baobab Pay", "baobabpay.ng"),
    ("Grupo Ventanal", "ventanal.mx"),
    ("Kiefer Solar GmbH", "kiefer-solar.de"),
    ("Maison Verbena", "maisonverbena.fr"),
    ("Ozaki Seisakusho", "ozaki-ss.co.jp"),
    ("Hanbit Mobility", "hanbit-mobility.kr"),
    ("Sao Mai Logistics", "saomai-logistics.vn"),
    ("Pelangi Digital", "pelangidigital.id"),
    ("Anatolia Tekstil", "anatoliatekstil.com.tr"),
    ("Cedro Imóveis", "cedroimoveis.com.br"),
    ("Fjordline Studio", "fjordline.se"),
    ("Vistula Soft", "vistulasoft.pl"),
    ("Karoo Outfitters", "karoo-outfitters.co.za"),
    ("Savanna Fresh", "savannafresh.co.ke"),
    ("Dune & Palm Realty", "duneandpalm.ae"),
    ("Volga Systems", "volgasys.ru"),
    ("Lagunare Viaggi", "lagunare.it"),
    ("Tulpenveld BV", "tulpenveld.nl"),
    ("Quillstone Insurance", "quillstone.com"),
    ("Harbourside Clinics", "harboursideclinics.com.au"),
    ("Pinegrove Realty", "pinegroverealty.com"),
    ("Corvid Security", "corvidsec.io"),
    ("Mistral Bay Hotels", "mistralbay.com"),
    ("Tidewell Energy", "tidewell.energy"),
    ("Ampersand Legal", "ampersand-legal.ie"),
    ("Nimbus Payroll", "nimbuspayroll.com"),
    ("Orchard Lane Bakery", "orchardlanebakery.co.nz"),
    ("Bluefin Mobile", "bluefinmobile.ph"),
    ("Seraph Biotech", "seraphbio.ch"),
    ("Copperleaf Credit Union", "copperleafcu.org"),
    ("Redwood Learning", "redwoodlearning.ca"),
    ("Jacaranda Home Care", "jacarandacare.co.za"),
    ("Zephyr Airlines", "flyzephyr.com"),
    ("Halcyon Telecom", "halcyontel.com"),
    ("Mosaic Clinic Berlin", "mosaic-klinik.de"),
    ("Atlas Coworking", "atlascowork.es"),
    ("Lotus Pharma", "lotuspharma.in"),
    ("Kaizen Robotics", "kaizen-robotics.jp"),
    ("Sahara Couriers", "saharacouriers.ma"),
    ("Nilo Engenharia", "niloengenharia.com.br"),
    ("Cumbria Outdoor Co", "cumbriaoutdoor.co.uk"),
    ("Polaris Fintech", "polarisfin.eu"),
    ("Tanager Studios", "tanager.studio"),
    ("Ironbark Mining", "ironbark.com.au"),
    ("Dragonfly Games", "dragonflygames.tw"),
    ("Cinnamon Rentals", "cinnamonrentals.lk"),
    ("Andes Cargo", "andescargo.pe"),
    ("Persimmon Foods", "persimmonfoods.co.kr"),
    ("Golden Horn Yazılım", "goldenhorn.com.tr"),
    ("Kilimanjaro Tours", "kilitours.co.tz"),
    ("Shuriken Labs", "shurikenlabs.dev"),
]

PERSONAL_DOMAINS = {
    "*": [
        "gmail.com",
        "gmail.com",
        "gmail.com",
        "outlook.com",
        "hotmail.com",
        "yahoo.com",
        "icloud.com",
        "proton.me",
        "protonmail.com",
    ],
    "US": ["aol.com", "comcast.net", "att.net"],
    "GB": ["btinternet.com", "sky.com", "virginmedia.com", "hotmail.co.uk"],
    "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "AT": ["gmx.at", "aon.at"],
    "CH": ["bluewin.ch", "gmx.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
    "BE": ["skynet.be", "telenet.be"],
    "ES": ["hotmail.es", "yahoo.es", "telefonica.net"],
    "IT": ["libero.it", "virgilio.it", "tiscali.it"],
    "NL": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"],
    "BR": ["uol.com.br", "bol.com.br", "terra.com.br"],
    "MX": ["prodigy.net.mx", "hotmail.com"],
    "RU": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru"],
    "UA": ["ukr.net", "i.ua"],
    "JP": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "nifty.com"],
    "CN": ["qq.com", "163.com", "126.com", "sina.com"],
    "KR": ["naver.com", "daum.net", "hanmail.net"],
    "IN": ["rediffmail.com", "yahoo.co.in"],
    "PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "CZ": ["seznam.cz", "email.cz"],
    "SE": ["telia.com", "bredband.net"],
    "AU": ["bigpond.com", "optusnet.com.au"],
    "VN": ["yahoo.com.vn"],
    "ID": ["yahoo.co.id"],
    "TW": ["yahoo.com.tw"],
    "HK": ["netvigator.com"],
    "KZ": ["mail.kz"],
    "TR": ["hotmail.com.tr", "yandex.com.tr"],
    "NG": ["yahoo.co.uk"],
    "ZA": ["webmail.co.za", "mweb.co.za"],
    "IL": ["walla.co.il"],
    "AR": ["fibertel.com.ar"],
    "PT": ["sapo.pt"],
    "FI": ["kolumbus.fi"],
    "NO": ["online.no"],
    "DK": ["mail.dk"],
    "HU": ["freemail.hu"],
}

PW_WORDS = [
    "Sonnenblume",
    "mariposa",
    "Kirschbaum",
    "tigre",
    "saudade",
    "falcon",
    "Bosphorus",
    "sakura",
    "kangaroo",
    "Tulpe",
    "moonlight",
    "corazon",
    "pinguin",
    "Zitrone",
    "dragon",
    "oceano",
    "Lavanda",
    "baobab",
    "marmalade",
    "Nordlicht",
    "jasmine",
    "cactus",
    "Pelikan",
    "wombat",
    "orchid",
    "Galaxy",
    "biscuit",
    "tornado",
    "papaya",
    "Schnee",
]

PRODUCTS = [
    "Pixel 8 Pro",
    "iPhone 15",
    "ThinkPad X1 Carbon Gen 11",
    "Galaxy S24",
    "Kindle Paperwhite",
    "AirPods Pro (2nd gen)",
    "Dyson V15 Detect",
    "Nintendo Switch OLED",
    "Sony WH-1000XM5",
    "Raspberry Pi 5 8GB",
    "Moka Express 6-cup",
    "Aeropress Go",
    "Logitech MX Master 3S",
    "Fairphone 5",
    "Kobo Clara 2E",
    "Garmin Forerunner 265",
    "Philips Hue Starter Kit",
    "Bosch Serie 6 Washer",
]

MODELS = [
    "gpt-4o-2024-08-06",
    "gpt-4.1-mini",
    "o3-mini",
    "gpt-4o-mini",
    "claude-3-5-sonnet-20241022",
    "claude-sonnet-4-20250514",
    "claude-3-haiku-20240307",
    "gemini-1.5-pro-002",
    "gemini-2.0-flash",
    "mistral-large-latest",
    "llama-3.1-70b-instruct",
    "deepseek-chat",
    "command-r-plus",
    "qwen2.5-72b-instruct",
]

PUBLIC_FIGURES = [
    "Ada Lovelace",
    "Alan Turing",
    "Grace Hopper",
    "Marie Curie",
    "Albert Einstein",
    "Nelson Mandela",
    "Wangari Maathai",
    "Chinua Achebe",
    "Chimamanda Ngozi Adichie",
    "Haruki Murakami",
    "Frida Kahlo",
    "Gabriel García Márquez",
    "Rabindranath Tagore",
    "Mahatma Gandhi",
    "Simón Bolívar",
    "Taylor Swift",
    "Lionel Messi",
    "Serena Williams",
    "Hayao Miyazaki",
    "Bong Joon-ho",
    "Angela Merkel",
    "Barack Obama",
    "Satya Nadella",
    "Sundar Pichai",
    "Jensen Huang",
    "Orhan Pamuk",
    "Naguib Mahfouz",
    "Leo Tolstoy",
    "Astrid Lindgren",
    "Greta Thunberg",
    "Malala Yousafzai",
    "Isaac Newton",
    "Charles Darwin",
    "Johann Sebastian Bach",
    "Fyodor Dostoevsky",
    "Toni Morrison",
    "Kofi Annan",
    "Ai Weiwei",
]
FICTIONAL = [
    "Sherlock Holmes",
    "Hermione Granger",
    "Don Quijote",
    "Pippi Långstrump",
    "Sun Wukong",
    "Astérix",
    "Mafalda",
    "Winnie the Pooh",
    "Totoro",
    "Frodo Baggins",
    "Captain Nemo",
    "Lisbeth Salander",
]
NAMED_PLACES = [
    "Abraham Lincoln High School",
    "Lake Victoria",
    "John F. Kennedy International Airport",
    "Charles de Gaulle Airport",
    "Indira Gandhi International Airport",
    "Jomo Kenyatta International Airport",
    "Washington Square Park",
    "Queen Elizabeth Olympic Park",
    "Simón Bolívar Park",
    "Victoria Falls",
    "Mount Kosciuszko",
    "Magellan Strait",
]
NAMED_COMPANIES = [
    "Johnson & Johnson",
    "Siemens",
    "Mercedes-Benz",
    "Ferrari",
    "Dell Technologies",
    "Hewlett Packard Enterprise",
    "Ford Motor Company",
    "Porsche",
    "Honda",
    "Toyota",
    "Suzuki Motor",
    "Tata Consultancy Services",
    "Adidas",
    "Chanel",
    "Louis Vuitton",
    "Bosch",
    "Philips",
    "Ericsson",
    "Nestlé",
    "Michelin",
    "Heineken",
    "Boeing",
    "McKinsey & Company",
    "Goldman Sachs",
    "Morgan Stanley",
    "Roche",
    "Yamaha",
    "Walt Disney Company",
    "Kellogg's",
    "Carrefour",
]
BOTS = [
    "github-actions[bot]",
    "dependabot[bot]",
    "renovate[bot]",
    "Zendesk Support",
    "Jira Automation",
    "Slackbot",
    "support-bot",
    "n8n-worker",
    "zapier",
    "system",
    "ci-runner",
    "deploy-bot",
    "Intercom Fin",
]
CITIES = [
    "Lisbon",
    "Nairobi",
    "Osaka",
    "Toronto",
    "Kraków",
    "Medellín",
    "Hanoi",
    "Cape Town",
    "Istanbul",
    "Melbourne",
    "Reykjavík",
    "Casablanca",
    "Bengaluru",
    "Seoul",
    "Rotterdam",
    "Lyon",
    "São Paulo",
    "Dubai",
    "Tallinn",
    "Auckland",
]
PLACEHOLDER_KEYS = [
    "<YOUR_API_KEY>",
    "${OPENAI_API_KEY}",
    "sk-...",
    "your-api-key-here",
    "<redacted>",
    "{{ secrets.API_TOKEN }}",
    "$STRIPE_SECRET_KEY",
    "REPLACE_ME",
    "xxxxxxxxxxxxxxxx",
    "<token>",
    "********",
    "[FILTERED]",
    'os.environ["API_KEY"]',
    "YOUR_TOKEN_HERE",
    "%API_KEY%",
    "<paste key>",
]
PLACEHOLDER_PASSWORDS = [
    "your-password-here",
    "<password>",
    "********",
    "${DB_PASSWORD}",
    "[REDACTED]",
    "<db-password>",
    "$POSTGRES_PASSWORD",
    "***",
]

# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------
# (template_id, language, escape_mode, body).  Ids starting with "clean_" must
# produce texts with nothing to remove.

TEMPLATES = []

# --- A. tool calls, tool results and model answers --------------------------
TEMPLATES += [
    (
        "oai_create_contact",
        "en",
        "json2",
        r"""
{"model": "⟦model⟧", "messages": [{"role": "system", "content": "You are the ⟦co!json⟧ CRM assistant. Use the tools to look up and update contacts."}, {"role": "user", "content": "add ⟦p1.full!json⟧ as a new lead, we met at the expo yesterday. email is ⟦p1.wemail!json⟧"}, {"role": "assistant", "content": null, "tool_calls": [{"id": "⟦callid#1⟧", "type": "function", "function": {"name": "create_contact", "arguments": "{\"first_name\": \"⟦p1.given⟧\", \"last_name\": \"⟦p1.last⟧\", \"email\": \"⟦p1.wemail⟧\", \"phone\": \"⟦p1.phone⟧\", \"source\": \"trade_show\", \"owner_id\": ⟦num:100-999⟧}"}}]}, {"role": "tool", "tool_call_id": "⟦callid#1⟧", "content": "{\"ok\": true, \"contact_id\": \"⟦uuid⟧\", \"duplicate\": false}"}], "tools": [{"type": "function", "function": {"name": "create_contact", "parameters": {"type": "object", "properties": {"first_name": {"type": "string"}, "last_name": {"type": "string"}, "email": {"type": "string", "format": "email"}}}}}], "temperature": 0.2}
""",
    ),
    (
        "anth_tool_use_lookup",
        "en",
        "json",
        r"""
{
  "model": "⟦model⟧",
  "max_tokens": 1024,
  "messages": [
    {"role": "user", "content": "Can you check why ⟦p1.full⟧'s order hasn't shipped? The email on the account is ⟦p1.email⟧"},
    {"role": "assistant", "content": [
      {"type": "text", "text": "Let me look that up."},
      {"type": "tool_use", "id": "⟦toolu#1⟧", "name": "get_orders", "input": {"customer_email": "⟦p1.email⟧", "limit": 3}}
    ]},
    {"role": "user", "content": [
      {"type": "tool_result", "tool_use_id": "⟦toolu#1⟧", "content": "{\"order_id\": \"⟦num:100000-999999⟧\", \"status\": \"on_hold\", \"hold_reason\": \"address_verification\", \"ship_to\": \"⟦p1.addr!json2⟧\", \"phone\": \"⟦p1.phone!json2⟧\"}"}
    ]}
  ]
}
""",
    ),
    (
        "tool_search_crm_results",
        "en",
        "json2",
        r"""
{"role": "tool", "tool_call_id": "⟦callid⟧", "name": "search_crm", "content": "{\"query\": \"⟦p1.last⟧\", \"total\": 2, \"results\": [{\"id\": ⟦num:10000-99999⟧, \"name\": \"⟦p1.full⟧\", \"email\": \"⟦p1.wemail⟧\", \"company\": \"⟦co⟧\", \"title\": \"⟦~Head of Procurement|Office Manager|CFO|IT Lead|Operations Director⟧\", \"mobile\": \"⟦p1.phone⟧\", \"last_contacted\": \"⟦date⟧\"}, {\"id\": ⟦num:10000-99999⟧, \"name\": \"⟦p2.full⟧\", \"email\": \"⟦p2.email⟧\", \"company\": null, \"title\": null, \"mobile\": \"⟦p2.phone⟧\", \"last_contacted\": null}]}"}
""",
    ),
    (
        "tool_kundendaten_de",
        "de",
        "json2",
        r"""
{"role": "tool", "name": "kundendaten_abrufen", "content": "{\"kundennummer\": \"K-⟦num:100000-999999⟧\", \"anrede\": \"⟦p1.hon:de⟧\", \"vorname\": \"⟦p1.given⟧\", \"nachname\": \"⟦p1.last⟧\", \"geburtsdatum\": \"⟦p1.dob:dot⟧\", \"strasse\": \"⟦p1.addr:line1⟧\", \"plz\": \"⟦p1.addr:postal⟧\", \"ort\": \"⟦p1.addr:city⟧\", \"telefon\": \"⟦p1.phone⟧\", \"email\": \"⟦p1.email⟧\", \"iban\": \"⟦p1.iban⟧\", \"vertrag\": \"Strom Öko 24\", \"notiz\": \"Kunde wünscht Rückruf nach 17 Uhr\"}"}
""",
    ),
    (
        "fc_registrar_cliente_es",
        "es",
        "json2",
        r"""
{"id": "⟦chatcmpl⟧", "object": "chat.completion", "model": "⟦model⟧", "choices": [{"index": 0, "message": {"role": "assistant", "content": null, "tool_calls": [{"id": "⟦callid⟧", "type": "function", "function": {"name": "registrar_cliente", "arguments": "{\"nombre\": \"⟦p1.given⟧\", \"apellidos\": \"⟦p1.last⟧\", \"fecha_nacimiento\": \"⟦p1.dob:eu⟧\", \"telefono\": \"⟦p1.phone⟧\", \"correo\": \"⟦p1.email⟧\", \"direccion\": \"⟦p1.addr⟧\", \"acepta_publicidad\": false}"}}]}, "finish_reason": "tool_calls"}], "usage": {"prompt_tokens": ⟦num:300-2000⟧, "completion_tokens": ⟦num:40-200⟧}}
""",
    ),
    (
        "tool_result_ja_ascii",
        "ja",
        "json2a",
        r"""
{"role": "tool", "tool_call_id": "⟦callid⟧", "content": "{\"会員番号\": \"M⟦digits:8⟧\", \"氏名\": \"⟦p1.full⟧\", \"フリガナ\": null, \"メール\": \"⟦p1.email⟧\", \"電話番号\": \"⟦p1.phone⟧\", \"住所\": \"⟦p1.addr⟧\", \"生年月日\": \"⟦p1.dob:iso⟧\", \"ランク\": \"ゴールド\"}"}
""",
    ),
    (
        "answer_summary_fr",
        "fr",
        "raw",
        r"""
J'ai trouvé la fiche client correspondante :

- **Nom** : ⟦p1.full⟧
- **E-mail** : ⟦p1.email⟧
- **Téléphone** : ⟦p1.phone⟧
- **Adresse de livraison** : ⟦p1.addr⟧
- **Dernière commande** : n° ⟦num:100000-999999⟧ du ⟦date:eu⟧ (⟦amount:20-400⟧ €)

La commande est bloquée car le paiement a été refusé. Voulez-vous que j'envoie à ⟦p1.first⟧ un lien de paiement par SMS ?
""",
    ),
    (
        "answer_leads_en",
        "en",
        "raw",
        r"""
Here are the three leads from the webinar that haven't been contacted yet:

1. **⟦p1.full⟧** – ⟦~VP Engineering|Head of Data|Procurement Lead⟧ at ⟦ncompany⟧ (⟦p1.wemail⟧, ⟦p1.phone⟧)
2. **⟦p2.full⟧** – freelance consultant (⟦p2.email⟧)
3. **⟦p3.full⟧** – ⟦~student|researcher|founder⟧, asked about the ⟦~Team|Pro|Enterprise⟧ plan (⟦p3.email⟧, ⟦p3.phone⟧)

⟦p2.first⟧ mentioned a budget approval in Q⟦num:1-4⟧, so I'd start with ⟦p1.first⟧ and ⟦p3.first⟧. Want me to draft the follow-up emails?
""",
    ),
    (
        "answer_pedido_pt",
        "pt",
        "raw",
        r"""
Encontrei o pedido #⟦num:100000-999999⟧ no sistema. Resumo:

Cliente: ⟦p1.full⟧
CPF/CNPJ: não informado
E-mail: ⟦p1.email⟧
Celular: ⟦p1.phone⟧
Endereço de entrega: ⟦p1.addr⟧

Status: aguardando retirada na transportadora desde ⟦date:eu⟧. Posso abrir um chamado com a transportadora em nome da ⟦p1.first⟧ ou, se preferir, reagendar a entrega.
""",
    ),
    (
        "oai_send_email_args",
        "en",
        "json2",
        r"""
{"type": "function_call", "call_id": "⟦callid⟧", "name": "send_email", "arguments": "{\"to\": [\"⟦p1.email⟧\"], \"cc\": [\"⟦p2.wemail⟧\"], \"subject\": \"Your appointment on ⟦date:long⟧\", \"body\": \"Hi ⟦p1.first⟧,\\n\\nthis is a reminder of your appointment at ⟦co⟧. If you need to reschedule, reply to this email or call us.\\n\\nBest,\\n⟦p2.full⟧\\n⟦co⟧ | ⟦p2.phone⟧\"}", "status": "completed"}
""",
    ),
    (
        "tool_user_zh",
        "zh",
        "json",
        r"""
{
  "tool": "query_user_profile",
  "result": {
    "用户ID": "⟦digits:9⟧",
    "姓名": "⟦p1.full⟧",
    "手机号": "⟦p1.phone⟧",
    "邮箱": "⟦p1.email⟧",
    "出生日期": "⟦p1.dob⟧",
    "收货地址": "⟦p1.addr⟧",
    "会员等级": "⟦~黄金|白银|钻石⟧",
    "注册时间": "⟦ts⟧"
  },
  "latency_ms": ⟦num:20-900⟧
}
""",
    ),
    (
        "fc_booking_ko",
        "ko",
        "json2",
        r"""
{"role": "assistant", "tool_calls": [{"id": "⟦callid⟧", "type": "function", "function": {"name": "create_reservation", "arguments": "{\"예약자\": \"⟦p1.full⟧\", \"연락처\": \"⟦p1.phone⟧\", \"이메일\": \"⟦p1.email⟧\", \"인원\": ⟦num:1-8⟧, \"날짜\": \"⟦date⟧\", \"시간\": \"19:00\", \"요청사항\": \"창가 자리 부탁드립니다\"}"}}]}
""",
    ),
    (
        "gemini_function_call",
        "en",
        "json",
        r"""
{
  "contents": [
    {"role": "user", "parts": [{"text": "Update the shipping address for customer ⟦p1.full⟧ to ⟦p1.addr⟧"}]},
    {"role": "model", "parts": [{"functionCall": {"name": "update_customer", "args": {"customer_id": "⟦stripe:cus#1⟧", "shipping": {"name": "⟦p1.full⟧", "line1": "⟦p1.addr:line1⟧", "line2": "⟦p1.addr:line2⟧", "postal_code": "⟦p1.addr:postal⟧", "city": "⟦p1.addr:city⟧", "country": "⟦p1.addr:cc⟧"}}}}]},
    {"role": "function", "parts": [{"functionResponse": {"name": "update_customer", "response": {"updated": true, "customer_id": "⟦stripe:cus#1⟧"}}}]}
  ],
  "generationConfig": {"temperature": 0.1}
}
""",
    ),
    (
        "react_trace_en",
        "en",
        "raw",
        r"""
Thought: The user wants the contact details of the customer who opened ticket #⟦num:10000-99999⟧.
Action: lookup_ticket
Action Input: {"ticket_id": "⟦num:10000-99999⟧"}
Observation: {"requester": "⟦p1.full⟧", "requester_email": "⟦p1.email⟧", "subject": "Refund for damaged ⟦product⟧", "priority": "high"}
Thought: Now fetch the customer record to get the phone number.
Action: get_customer
Action Input: {"email": "⟦p1.email⟧"}
Observation: {"id": "⟦uuid⟧", "name": "⟦p1.full⟧", "phone": "⟦p1.phone⟧", "billing_address": "⟦p1.addr⟧", "vip": false}
Thought: I have everything needed.
Final Answer: The ticket was opened by ⟦p1.full⟧ (⟦p1.email⟧, ⟦p1.phone⟧).
""",
    ),
    (
        "mcp_tools_call",
        "en",
        "json2",
        r"""
--> {"jsonrpc": "2.0", "id": ⟦num:1-400#1⟧, "method": "tools/call", "params": {"name": "hubspot_get_contact", "arguments": {"email": "⟦p1.wemail!json⟧"}}}
<-- {"jsonrpc": "2.0", "id": ⟦num:1-400#1⟧, "result": {"content": [{"type": "text", "text": "{\"id\": \"⟦digits:11⟧\", \"properties\": {\"firstname\": \"⟦p1.given⟧\", \"lastname\": \"⟦p1.last⟧\", \"email\": \"⟦p1.wemail⟧\", \"phone\": \"⟦p1.phone⟧\", \"company\": \"⟦co⟧\", \"lifecyclestage\": \"opportunity\", \"hs_object_id\": \"⟦digits:11⟧\"}}"}], "isError": false}}
""",
    ),
    (
        "tool_prenotazione_it",
        "it",
        "json2",
        r"""
{"role": "tool", "name": "cerca_prenotazione", "content": "{\"codice\": \"PNR-⟦b62:6⟧\", \"ospite\": \"⟦p1.full⟧\", \"email\": \"⟦p1.email⟧\", \"cellulare\": \"⟦p1.phone⟧\", \"documento\": {\"tipo\": \"passaporto\", \"numero\": \"⟦p1.passport⟧\"}, \"check_in\": \"⟦date⟧\", \"notti\": ⟦num:1-9⟧, \"camera\": \"⟦~doppia superior|singola|suite junior⟧\", \"note\": \"arrivo previsto dopo le 22\"}"}
""",
    ),
    (
        "answer_customer_ar",
        "ar",
        "raw",
        r"""
وجدت بيانات العميل في النظام:

الاسم: ⟦p1.full⟧
البريد الإلكتروني: ⟦p1.email⟧
رقم الجوال: ⟦p1.phone⟧
العنوان: ⟦p1.addr⟧

آخر طلب رقم ⟦num:100000-999999⟧ بتاريخ ⟦date⟧ وحالته «قيد الشحن». هل تريد أن أرسل إلى ⟦p1.first⟧ رسالة بتحديث حالة الطلب؟
""",
    ),
    (
        "tool_customer_vi",
        "vi",
        "json",
        r"""
{"tool_name": "tra_cuu_khach_hang", "output": {"ma_kh": "KH⟦digits:6⟧", "ho_ten": "⟦p1.full⟧", "ngay_sinh": "⟦p1.dob:eu⟧", "so_dien_thoai": "⟦p1.phone⟧", "email": "⟦p1.email⟧", "dia_chi": "⟦p1.addr⟧", "hang_thanh_vien": "Bạc", "ghi_chu": "Khách hàng muốn nhận hóa đơn điện tử"}}
""",
    ),
    (
        "answer_pesanan_id",
        "id",
        "raw",
        r"""
Baik, saya sudah cek pesanan atas nama ⟦p1.full⟧ (⟦p1.email⟧).

Nomor pesanan: INV/⟦num:2023-2025⟧/⟦digits:7⟧
Alamat kirim: ⟦p1.addr⟧
No. HP penerima: ⟦p1.phone⟧
Kurir: ⟦~JNE REG|SiCepat BEST|J&T Express⟧, resi ⟦~JP|CGK|SUB⟧⟦digits:10⟧

Paket sedang dalam perjalanan dan diperkirakan tiba ⟦num:1-3⟧ hari lagi. Apakah ⟦p1.first⟧ ingin mengganti alamat pengiriman?
""",
    ),
    (
        "tool_musteri_tr",
        "tr",
        "json2",
        r"""
{"role": "tool", "tool_call_id": "⟦callid⟧", "content": "{\"musteri_no\": ⟦num:100000-999999⟧, \"ad\": \"⟦p1.given⟧\", \"soyad\": \"⟦p1.last⟧\", \"dogum_tarihi\": \"⟦p1.dob:dot⟧\", \"cep\": \"⟦p1.phone⟧\", \"eposta\": \"⟦p1.email⟧\", \"adres\": \"⟦p1.addr⟧\", \"iban\": \"⟦p1.iban⟧\", \"segment\": \"bireysel\"}"}
""",
    ),
    (
        "answer_quote_ssn_en",
        "en-US",
        "raw",
        r"""
I pulled the employee record for the W-2 correction:

Employee: ⟦p1.full⟧
SSN: ⟦p1.ssn⟧
Date of birth: ⟦p1.dob⟧
Home address: ⟦p1.addr⟧
Employee ID: E-⟦num:10000-99999⟧ (hired ⟦date:longus⟧)

The 2023 W-2 shows box 1 wages of $⟦amount:30000-120000⟧; the payroll export shows a different amount. Should I open a correction request with ⟦co⟧ payroll?
""",
    ),
    (
        "tool_calendar_freebusy",
        "en",
        "json2",
        r"""
{"role":"tool","tool_call_id":"⟦callid⟧","content":"{\"calendars\":{\"⟦p1.wemail⟧\":{\"busy\":[{\"start\":\"⟦ts⟧\",\"end\":\"⟦ts⟧\"}]},\"⟦p2.wemail⟧\":{\"busy\":[]},\"⟦p3.email⟧\":{\"errors\":[{\"domain\":\"global\",\"reason\":\"notFound\"}]}},\"timeMin\":\"⟦ts⟧\",\"timeMax\":\"⟦ts⟧\"}"}
""",
    ),
    (
        "answer_meeting_de",
        "de",
        "raw",
        r"""
Ich habe den Termin angelegt:

**Betreff:** Übergabe Projekt ⟦~Aurora|Nordlicht|Kranich⟧
**Wann:** ⟦date:dot⟧, 14:00–15:00 Uhr
**Teilnehmende:** ⟦p1.full⟧ (⟦p1.wemail⟧), ⟦p2.full⟧ (⟦p2.wemail⟧)
**Ort:** Besprechungsraum 3 / Teams-Link folgt

⟦p2.first⟧ hat den Termin bereits angenommen, von ⟦p1.hon:de⟧ ⟦p1.last⟧ steht die Antwort noch aus. Soll ich eine Erinnerung schicken?
""",
    ),
]

# --- B. CRM and helpdesk ------------------------------------------------------
TEMPLATES += [
    (
        "hubspot_contact",
        "en",
        "json",
        r"""
{
  "id": "⟦digits:11⟧",
  "properties": {
    "createdate": "⟦ts:ms⟧",
    "email": "⟦p1.wemail⟧",
    "firstname": "⟦p1.given⟧",
    "lastname": "⟦p1.last⟧",
    "phone": "⟦p1.phone⟧",
    "mobilephone": "⟦p1.phone2⟧",
    "company": "⟦co⟧",
    "jobtitle": "⟦~Purchasing Manager|Clinic Director|Head of IT|Founder|Office Administrator⟧",
    "address": "⟦p1.addr:line1⟧",
    "zip": "⟦p1.addr:postal⟧",
    "city": "⟦p1.addr:city⟧",
    "country": "⟦p1.country⟧",
    "hs_lead_status": "⟦~NEW|OPEN|IN_PROGRESS|CONNECTED⟧",
    "lastmodifieddate": "⟦ts:ms⟧"
  },
  "createdAt": "⟦ts:ms⟧",
  "archived": false
}
""",
    ),
    (
        "salesforce_soql",
        "en",
        "json",
        r"""
{"totalSize": 2, "done": true, "records": [{"attributes": {"type": "Contact", "url": "/services/data/v59.0/sobjects/Contact/003⟦b62:15#1⟧"}, "Id": "003⟦b62:15#1⟧", "Name": "⟦p1.full⟧", "Email": "⟦p1.wemail⟧", "Phone": "⟦p1.phone⟧", "MailingStreet": "⟦p1.addr:line1⟧", "MailingPostalCode": "⟦p1.addr:postal⟧", "MailingCity": "⟦p1.addr:city⟧", "Birthdate": "⟦p1.dob:iso⟧", "Account": {"attributes": {"type": "Account"}, "Name": "⟦co⟧"}}, {"attributes": {"type": "Contact", "url": "/services/data/v59.0/sobjects/Contact/003⟦b62:15#2⟧"}, "Id": "003⟦b62:15#2⟧", "Name": "⟦p2.full⟧", "Email": "⟦p2.email⟧", "Phone": null, "MailingStreet": null, "MailingPostalCode": null, "MailingCity": "⟦city⟧", "Birthdate": null, "Account": {"attributes": {"type": "Account"}, "Name": "⟦co⟧"}}]}
""",
    ),
    (
        "zendesk_ticket",
        "en",
        "json",
        r"""
{
  "ticket": {
    "id": ⟦num:10000-999999⟧,
    "subject": "⟦~Charged twice for my subscription|Cannot log in after password reset|Package never arrived|Wrong size delivered⟧",
    "status": "⟦~open|pending|new⟧",
    "requester": {"id": ⟦digits:12⟧, "name": "⟦p1.full⟧", "email": "⟦p1.email⟧"},
    "assignee": {"id": ⟦digits:12⟧, "name": "⟦p2.full⟧", "email": "⟦p2.wemail⟧"},
    "via": {"channel": "email"},
    "tags": ["billing", "⟦~refund|escalated|vip⟧"],
    "comments": [
      {"author_id": ⟦digits:12⟧, "public": true, "body": "Hello, my card ending in ⟦last4⟧ was charged twice on ⟦date:longus⟧. Please call me back on ⟦p1.phone⟧, I'm not available by email during the day.\n\nThanks,\n⟦p1.first⟧"},
      {"author_id": ⟦digits:12⟧, "public": false, "body": "Verified identity via callback. Customer address on file: ⟦p1.addr⟧. Refund approved by ⟦p3.first⟧."}
    ],
    "created_at": "⟦ts⟧"
  }
}
""",
    ),
    (
        "freshdesk_ticket_de",
        "de",
        "json",
        r"""
{"id": ⟦num:1000-99999⟧, "subject": "Rücksendung Bestellung ⟦num:100000-999999⟧", "description_text": "Guten Tag,\n\nich möchte die Jacke (Größe M) zurückschicken. Bitte senden Sie das Retourenetikett an ⟦p1.email⟧. Meine Adresse: ⟦p1.addr⟧. Bei Fragen erreichen Sie mich unter ⟦p1.phone⟧.\n\nMit freundlichen Grüßen\n⟦p1.full⟧", "requester": {"name": "⟦p1.full⟧", "email": "⟦p1.email⟧"}, "responder_id": ⟦digits:11⟧, "responder_name": "⟦p2.full⟧", "group": "Kundenservice DACH", "status": 2, "priority": 1, "created_at": "⟦ts⟧"}
""",
    ),
    (
        "pipedrive_person_es",
        "es",
        "json",
        r"""
{
  "success": true,
  "data": {
    "id": ⟦num:100-99999⟧,
    "name": "⟦p1.full⟧",
    "first_name": "⟦p1.given⟧",
    "last_name": "⟦p1.last⟧",
    "email": [{"label": "trabajo", "value": "⟦p1.wemail⟧", "primary": true}, {"label": "personal", "value": "⟦p1.email⟧", "primary": false}],
    "phone": [{"label": "móvil", "value": "⟦p1.phone⟧", "primary": true}],
    "org_name": "⟦co⟧",
    "owner_name": "⟦p2.full⟧",
    "notas": "Interesado en el plan anual. Llamar después de las 16h. Su asistente es ⟦p3.first⟧.",
    "add_time": "⟦ts:logsp⟧"
  }
}
""",
    ),
    (
        "intercom_conversation",
        "en",
        "json",
        r"""
{"type": "conversation", "id": "⟦digits:14⟧", "source": {"author": {"type": "user", "name": "⟦p1.full⟧", "email": "⟦p1.email⟧"}, "body": "<p>Hi! I moved last week, can you update my delivery address to ⟦p1.addr!html⟧? My phone is ⟦p1.phone!html⟧ if the courier needs it.</p>"}, "conversation_parts": {"conversation_parts": [{"part_type": "comment", "author": {"type": "admin", "name": "⟦p2.full⟧"}, "body": "<p>Done, ⟦p1.first!html⟧! Your next box will ship to the new address.</p>", "created_at": ⟦ts:epoch⟧}, {"part_type": "close", "author": {"type": "bot", "name": "⟦~Operator|Fin⟧"}, "body": null, "created_at": ⟦ts:epoch⟧}]}}
""",
    ),
    (
        "ticket_email_thread_fr",
        "fr",
        "raw",
        r"""
Objet : Re: Ticket #⟦num:10000-99999⟧ – Remboursement

Bonjour ⟦p1.hon:fr⟧ ⟦p1.last⟧,

Nous avons bien reçu votre demande. Le remboursement de ⟦amount:20-300⟧ € sera effectué sur le compte ⟦p1.iban⟧ sous 5 jours ouvrés.

Cordialement,
⟦p2.full⟧
Service client ⟦co⟧

Le ⟦date:long⟧, ⟦p1.full⟧ <⟦p1.email⟧> a écrit :
> Bonjour,
> je n'ai toujours pas reçu mon remboursement. Mon numéro : ⟦p1.phone⟧.
> ⟦p1.first⟧
""",
    ),
    (
        "crm_lead_yaml_pt",
        "pt",
        "raw",
        r"""
lead:
  id: ⟦num:10000-99999⟧
  origem: formulario_site
  nome: ⟦p1.full⟧
  email: ⟦p1.email⟧
  telefone: "⟦p1.phone!json⟧"
  empresa: ⟦co⟧
  endereco:
    logradouro: "⟦p1.addr:line1!json⟧"
    cep: "⟦p1.addr:postal⟧"
    cidade: ⟦p1.addr:city⟧
  responsavel: ⟦p2.user⟧
  observacoes: >
    Cliente pediu orçamento para ⟦num:5-80⟧ licenças. Retornar até ⟦date:eu⟧.
  criado_em: ⟦ts⟧
""",
    ),
    (
        "crm_logfmt_nl",
        "nl",
        "raw",
        r"""
⟦ts:ms⟧ level=info svc=crm-sync msg="contact bijgewerkt" contact_id=⟦num:10000-99999⟧ naam="⟦p1.full⟧" email=⟦p1.email⟧ tel="⟦p1.phone⟧" bron=webformulier
⟦ts:ms⟧ level=info svc=crm-sync msg="adres gevalideerd" contact_id=⟦num:10000-99999⟧ adres="⟦p1.addr⟧" postcode_check=ok
⟦ts:ms⟧ level=warn svc=crm-sync msg="dubbel contact gevonden" naam="⟦p2.full⟧" email=⟦p2.email⟧ actie=samenvoegen eigenaar=⟦p3.user⟧
""",
    ),
    (
        "jira_issue",
        "en",
        "json",
        r"""
{"key": "⟦~SUP|OPS|CX⟧-⟦num:100-9999⟧", "fields": {"summary": "Customer cannot update billing details", "reporter": {"displayName": "⟦p1.full⟧", "emailAddress": "⟦p1.wemail⟧", "accountId": "⟦hex:24⟧"}, "assignee": {"displayName": "⟦p2.full⟧", "emailAddress": "⟦p2.wemail⟧", "accountId": "⟦hex:24⟧"}, "description": "Affected customer: ⟦p3.full⟧ (⟦p3.email⟧), account #⟦num:100000-999999⟧.\nSteps: open Billing > Payment method > Edit, enter card ⟦p3.card⟧, exp ⟦num:1-12⟧/⟦num:26-31⟧ -> spinner forever.\nBrowser: Firefox ⟦num:115-130⟧, IP ⟦p3.ip⟧.", "priority": {"name": "High"}, "created": "⟦ts:off⟧"}}
""",
    ),
    (
        "ticket_reply_pl",
        "pl",
        "raw",
        r"""
Zgłoszenie #⟦num:10000-99999⟧ | Status: oczekuje na klienta
Zgłaszający: ⟦p1.full⟧ <⟦p1.email⟧>
Przypisane do: ⟦p2.full⟧

Dzień dobry ⟦p1.full⟧,

potwierdzamy zmianę adresu dostawy na: ⟦p1.addr⟧.
Kurier skontaktuje się pod numerem ⟦p1.phone⟧ w dniu dostawy.

Pozdrawiamy,
⟦p2.first⟧ z zespołu ⟦co⟧
""",
    ),
    (
        "ticket_ja",
        "ja",
        "json",
        r"""
{
  "チケットID": "T-⟦digits:7⟧",
  "件名": "配送先住所の変更について",
  "依頼者": {"氏名": "⟦p1.full⟧", "メール": "⟦p1.email⟧", "電話": "⟦p1.phone⟧"},
  "担当者": "⟦p2.full⟧",
  "本文": "⟦p2.last⟧様\nお世話になっております。注文番号⟦digits:8⟧の配送先を「⟦p1.addr⟧」に変更していただけますでしょうか。\nよろしくお願いいたします。\n⟦p1.last⟧",
  "ステータス": "対応中",
  "作成日時": "⟦ts:off⟧"
}
""",
    ),
    (
        "github_issue_comment",
        "en",
        "raw",
        r"""
**@⟦p1.handle⟧** commented on issue #⟦num:100-9999⟧ · ⟦ts⟧

> cc @⟦p2.handle⟧ — this is the customer export that broke the importer

The row that fails is:

```
⟦num:1000-9999⟧;⟦p3.full⟧;⟦p3.email⟧;⟦p3.phone⟧;⟦p3.addr⟧
```

Looks like the semicolon inside the address isn't quoted. I'll push a fix to `csv_import.py` tomorrow. Thanks @⟦p2.handle⟧ for the repro!
""",
    ),
    (
        "helpdesk_agent_note_en",
        "en",
        "raw",
        r"""
[Internal note – ⟦p1.full⟧, ⟦ts:logsp⟧]
Called the customer back on ⟦p2.phone⟧. ⟦p2.first⟧ confirmed DOB ⟦p2.dob⟧ and the last four of the card (⟦last4⟧) so identity is verified.
They asked to change the account email from ⟦p2.email⟧ to ⟦p2.email2⟧ — done.
Escalating the chargeback to ⟦p3.first⟧ in Risk. Do NOT share the case with the merchant yet.
""",
    ),
]

# --- C. e-mail and calendar ---------------------------------------------------
TEMPLATES += [
    (
        "gmail_headers",
        "en",
        "json",
        r"""
{"id": "⟦hex:16⟧", "threadId": "⟦hex:16⟧", "labelIds": ["INBOX", "IMPORTANT"], "snippet": "Hi ⟦p2.first⟧, attached is the signed lease. Could you confirm the deposit goes to ⟦p1.iban⟧ ...", "payload": {"mimeType": "multipart/mixed", "headers": [{"name": "From", "value": "\"⟦p1.full⟧\" <⟦p1.email⟧>"}, {"name": "To", "value": "⟦p2.full⟧ <⟦p2.email⟧>"}, {"name": "Cc", "value": "⟦p3.email⟧"}, {"name": "Subject", "value": "Signed lease – ⟦p1.addr:line1⟧"}, {"name": "Date", "value": "⟦ts:http⟧"}, {"name": "Message-ID", "value": "<CA+⟦b62:40⟧@mail.gmail.com>"}]}, "sizeEstimate": ⟦num:5000-90000⟧}
""",
    ),
    (
        "raw_email_signature",
        "en",
        "raw",
        r"""
Return-Path: <⟦p1.wemail⟧>
Received: from mail-⟦~sor|pj1|ed1⟧-f⟦num:40-60⟧.google.com (mail.google.com [⟦ip4⟧])
From: ⟦p1.full⟧ <⟦p1.wemail⟧>
To: ⟦p2.email⟧
Subject: Re: invoice ⟦~INV|BL⟧-⟦num:1000-9999⟧
Date: ⟦ts:http⟧
Message-ID: <⟦hex:24⟧@⟦co.domain⟧>
Content-Type: text/plain; charset="UTF-8"

Hi ⟦p2.first⟧,

Thanks for the quick turnaround. Please use the billing address below for the corrected invoice:

⟦p2.addr:ml⟧

--
⟦p1.full⟧
Accounts Receivable | ⟦co⟧
Direct: ⟦p1.phone⟧
""",
    ),
    (
        "raw_email_de",
        "de",
        "raw",
        r"""
Von: ⟦p1.full⟧ <⟦p1.email⟧>
An: ⟦email:vermietung⟧
Betreff: Bewerbung Wohnung ⟦~2-Zimmer|3-Zimmer|Dachgeschoss⟧, Besichtigung am ⟦date:dot⟧

Sehr geehrte Damen und Herren,

anbei meine Unterlagen für die Wohnung. Kurz zu mir: ⟦p1.full⟧, geboren am ⟦p1.dob:long⟧, derzeit wohnhaft in ⟦p1.addr⟧.
Erreichbar bin ich unter ⟦p1.phone⟧.

Die Mietkaution würde ich von meinem Konto ⟦p1.iban⟧ überweisen.

Mit freundlichen Grüßen
⟦p1.full⟧
""",
    ),
    (
        "graph_calendar_event",
        "en",
        "json",
        r"""
{
  "@odata.etag": "W/\"⟦b62:22⟧==\"",
  "id": "AAMkA⟦b62:40⟧=",
  "subject": "⟦~Quarterly review|Onboarding: week 1|Contract signing|Site visit⟧",
  "start": {"dateTime": "⟦ts⟧", "timeZone": "UTC"},
  "end": {"dateTime": "⟦ts⟧", "timeZone": "UTC"},
  "location": {"displayName": "⟦p3.addr⟧"},
  "organizer": {"emailAddress": {"name": "⟦p1.full⟧", "address": "⟦p1.wemail⟧"}},
  "attendees": [
⟦rep:2:4⟧    {"type": "required", "status": {"response": "⟦~accepted|none|tentativelyAccepted|declined⟧"}, "emailAddress": {"name": "⟦pR.full⟧", "address": "⟦pR.wemail⟧"}}⟦sep⟧,
⟦/rep⟧
  ],
  "onlineMeeting": {"joinUrl": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_⟦b62:40⟧%40thread.v2/0"}
}
""",
    ),
    (
        "ics_invite_es",
        "es",
        "raw",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//⟦co⟧//Reservas//ES
BEGIN:VEVENT
UID:⟦uuid⟧@⟦co.domain⟧
DTSTAMP:⟦ts⟧
SUMMARY:Visita al piso – ⟦p2.addr:line1⟧
ORGANIZER;CN="⟦p1.full⟧":mailto:⟦p1.wemail⟧
ATTENDEE;CN="⟦p2.full⟧";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:⟦p2.email⟧
ATTENDEE;CN="⟦p3.full⟧";ROLE=OPT-PARTICIPANT:mailto:⟦p3.email⟧
LOCATION:⟦p2.addr⟧
DESCRIPTION:Contacto en el portal: ⟦p2.phone⟧. Llevar DNI y las llaves del trastero.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook_event_fr",
        "fr",
        "json",
        r"""
{"objet": "Rendez-vous bilan annuel", "debut": "⟦ts⟧", "fin": "⟦ts⟧", "lieu": "Cabinet ⟦co⟧, salle 2", "organisateur": {"nom": "⟦p1.full⟧", "adresse": "⟦p1.wemail⟧"}, "participants": [{"nom": "⟦p2.full⟧", "adresse": "⟦p2.email⟧", "reponse": "acceptée"}, {"nom": "⟦p3.full⟧", "adresse": "⟦p3.email⟧", "reponse": "en attente"}], "corps": "Bonjour ⟦p2.first⟧, merci d'apporter votre attestation et votre RIB (⟦p2.iban⟧ si inchangé). Pour tout empêchement : ⟦p1.phone⟧."}
""",
    ),
    (
        "email_ja_schedule",
        "ja",
        "raw",
        r"""
差出人: ⟦p1.full⟧ <⟦p1.wemail⟧>
宛先: ⟦p2.full⟧ 様 <⟦p2.email⟧>
件名: 打ち合わせ日程のご相談

⟦p2.last⟧様

いつもお世話になっております。⟦co⟧の⟦p1.last⟧です。
来週の打ち合わせですが、⟦date:iso⟧の14時からはいかがでしょうか。
場所は弊社（⟦p3.addr⟧）を予定しております。

ご不明点がございましたら、携帯（⟦p1.phone⟧）までご連絡ください。
よろしくお願いいたします。
""",
    ),
    (
        "email_thread_summary_en",
        "en",
        "raw",
        r"""
Summary of the thread "Move-out inspection" (⟦num:4-12⟧ messages):

- ⟦p1.full⟧ (landlord, ⟦p1.email⟧) proposed the inspection for ⟦date:longus⟧ at 10am.
- ⟦p2.full⟧ (tenant) agreed but asked that the deposit be returned to a new account, ⟦p2.iban⟧, since the old one is closed.
- ⟦p3.first⟧ from the letting agency will bring the inventory report and can be reached at ⟦p3.phone⟧.
- Forwarding address for ⟦p2.first⟧ after the move: ⟦p2.addr⟧.

Open question: nobody confirmed who keeps the spare key.
""",
    ),
    (
        "email_sv",
        "sv",
        "raw",
        r"""
Från: ⟦p1.full⟧ <⟦p1.email⟧>
Till: ⟦email:kundtjanst⟧
Ämne: Adressändring och autogiro

Hej!

Jag har flyttat och min nya adress är ⟦p1.addr⟧. Kan ni även byta autogirokonto till ⟦p1.iban⟧?
Personnummer skickar jag inte via mejl, ring mig gärna på ⟦p1.phone⟧ istället.

Vänliga hälsningar
⟦p1.full⟧
""",
    ),
    (
        "sendgrid_send",
        "en",
        "json",
        r"""
POST https://api.sendgrid.com/v3/mail/send
Authorization: Bearer ⟦sec:sendgrid⟧
Content-Type: application/json

{"personalizations": [{"to": [{"email": "⟦p1.email⟧", "name": "⟦p1.full⟧"}], "bcc": [{"email": "⟦email:archive⟧"}], "dynamic_template_data": {"first_name": "⟦p1.given⟧", "order_id": "⟦num:100000-999999⟧", "tracking_url": "https://track.⟦co.domain⟧/⟦b62:12⟧"}}], "from": {"email": "⟦email:orders⟧", "name": "⟦co⟧"}, "template_id": "d-⟦hex:32⟧"}
""",
    ),
    (
        "invite_ko",
        "ko",
        "raw",
        r"""
[회의 초대] 2분기 파트너 미팅
일시: ⟦date:iso⟧ 오후 3시
장소: ⟦p1.addr⟧
주최: ⟦p1.full⟧ (⟦p1.wemail⟧)
참석자: ⟦p2.full⟧ 님, ⟦p3.full⟧ 님
문의: ⟦p1.phone⟧

⟦p2.full⟧ 님, 회의 전까지 계약서 초안을 검토 부탁드립니다.
""",
    ),
    (
        "mailgun_event",
        "en",
        "json",
        r"""
{"signature": {"timestamp": "⟦ts:epoch⟧", "token": "⟦hex:50⟧", "signature": "⟦hex:64⟧"}, "event-data": {"event": "⟦~delivered|opened|failed⟧", "id": "⟦b62:22⟧", "timestamp": ⟦ts:epoch⟧.⟦digits:6⟧, "recipient": "⟦p1.email⟧", "envelope": {"sender": "⟦email:bounces⟧", "targets": "⟦p1.email⟧", "sending-ip": "⟦ip4⟧"}, "message": {"headers": {"to": "\"⟦p1.full⟧\" <⟦p1.email⟧>", "message-id": "⟦hex:20⟧@mg.⟦co.domain⟧", "from": "⟦co⟧ <⟦email:noreply⟧>", "subject": "Your password was changed"}}, "client-info": {"client-ip": "⟦p1.ip⟧", "user-agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"}}}
""",
    ),
]

# --- D. chat platforms --------------------------------------------------------
TEMPLATES += [
    (
        "slack_history",
        "en",
        "json",
        r"""
{"ok": true, "messages": [
  {"type": "message", "user": "⟦slackid:U#1⟧", "text": "<@⟦slackid:U#2⟧> can you reset the 2FA for ⟦p3.full⟧? they're locked out, the number changed to ⟦p3.phone⟧", "ts": "⟦ts:slack⟧", "user_profile": {"real_name": "⟦p1.full⟧", "display_name": "⟦p1.user⟧"}},
  {"type": "message", "user": "⟦slackid:U#2⟧", "text": "on it. ⟦p1.first⟧ which email is on the account, ⟦p3.wemail⟧?", "ts": "⟦ts:slack⟧", "user_profile": {"real_name": "⟦p2.full⟧", "display_name": "⟦p2.first⟧"}},
  {"type": "message", "user": "⟦slackid:U#1⟧", "text": "yes. temp password is `⟦sec:password⟧` — tell them to change it right away", "ts": "⟦ts:slack⟧", "thread_ts": "⟦ts:slack⟧"}
], "has_more": false, "response_metadata": {"next_cursor": ""}}
""",
    ),
    (
        "slack_event_webhook",
        "en",
        "json",
        r"""
{"token": "⟦b62:24⟧", "team_id": "⟦slackid:T⟧", "api_app_id": "⟦slackid:A⟧", "event": {"type": "message", "channel": "⟦slackid:C⟧", "user": "⟦slackid:U⟧", "text": "New signup from the landing page :tada:\n*Name:* ⟦p1.full⟧\n*Email:* <mailto:⟦p1.email⟧|⟦p1.email⟧>\n*Phone:* ⟦p1.phone⟧\n*Company:* ⟦co⟧", "ts": "⟦ts:slack⟧", "event_ts": "⟦ts:slack⟧"}, "type": "event_callback", "event_id": "Ev⟦b62:10⟧", "event_time": ⟦ts:epoch⟧}
""",
    ),
    (
        "teams_message",
        "en",
        "json",
        r"""
{"id": "⟦digits:13⟧", "messageType": "message", "createdDateTime": "⟦ts:ms⟧", "from": {"user": {"id": "⟦uuid⟧", "displayName": "⟦p1.full⟧", "userIdentityType": "aadUser"}}, "body": {"contentType": "html", "content": "<div><at id=\"0\">⟦p2.full!html⟧</at> the new hire&#39;s details for IT: ⟦p3.full!html⟧, personal email ⟦p3.email!html⟧, starts ⟦date:longus⟧. Laptop goes to ⟦p3.addr!html⟧.</div>"}, "mentions": [{"id": 0, "mentionText": "⟦p2.full⟧", "mentioned": {"user": {"displayName": "⟦p2.full⟧", "id": "⟦uuid⟧"}}}]}
""",
    ),
    (
        "discord_message",
        "en",
        "json",
        r"""
{"id": "⟦snowflake⟧", "channel_id": "⟦snowflake⟧", "author": {"id": "⟦snowflake⟧", "username": "⟦p1.user⟧", "global_name": "⟦p1.full⟧", "avatar": "⟦hex:32⟧", "bot": false}, "content": "hey <@⟦snowflake⟧> ship the prize to ⟦p1.addr⟧, my paypal is ⟦p1.email⟧ for the refund", "timestamp": "⟦ts:off⟧", "mentions": [{"id": "⟦snowflake⟧", "username": "⟦bot⟧"}], "attachments": []}
""",
    ),
    (
        "slack_es",
        "es",
        "json",
        r"""
{"channel": "⟦slackid:C⟧", "messages": [{"user_name": "⟦p1.user⟧", "text": "Hola equipo, el cliente ⟦p2.full⟧ pide factura a nombre de su empresa. Su correo es ⟦p2.email⟧ y el teléfono ⟦p2.phone⟧.", "ts": "⟦ts:slack⟧"}, {"user_name": "⟦p3.user⟧", "text": "Perfecto, ⟦p1.first⟧. ¿La dirección fiscal sigue siendo ⟦p2.addr⟧?", "ts": "⟦ts:slack⟧"}, {"user_name": "⟦p1.user⟧", "text": "Sí, la misma.", "ts": "⟦ts:slack⟧"}]}
""",
    ),
    (
        "whatsapp_webhook_hi",
        "hi",
        "json",
        r"""
{"object": "whatsapp_business_account", "entry": [{"id": "⟦digits:15⟧", "changes": [{"field": "messages", "value": {"messaging_product": "whatsapp", "metadata": {"display_phone_number": "⟦phone:IN⟧", "phone_number_id": "⟦digits:15⟧"}, "contacts": [{"profile": {"name": "⟦p1.full⟧"}, "wa_id": "⟦p1.phone:wa⟧"}], "messages": [{"from": "⟦p1.phone:wa⟧", "id": "wamid.⟦b62:48⟧", "timestamp": "⟦ts:epoch⟧", "type": "text", "text": {"body": "नमस्ते, मेरा ऑर्डर ⟦num:100000-999999⟧ अभी तक नहीं आया। पता: ⟦p1.addr⟧। कृपया ⟦p1.phone⟧ पर कॉल करें।"}}]}}]}]}
""",
    ),
    (
        "telegram_update_tr",
        "tr",
        "json",
        r"""
{"update_id": ⟦num:100000000-999999999⟧, "message": {"message_id": ⟦num:100-99999⟧, "from": {"id": ⟦num:100000000-7000000000⟧, "is_bot": false, "first_name": "⟦p1.given⟧", "last_name": "⟦p1.last⟧", "username": "⟦p1.user⟧", "language_code": "tr"}, "chat": {"id": ⟦num:100000000-7000000000⟧, "type": "private"}, "date": ⟦ts:epoch⟧, "text": "Merhaba, siparişimi ⟦p1.addr⟧ adresine gönderebilir misiniz? Kargo görevlisi ⟦p1.phone⟧ numarasından bana ulaşabilir."}}
""",
    ),
    (
        "telegram_update_ru",
        "ru",
        "json",
        r"""
{"update_id": ⟦num:100000000-999999999⟧, "message": {"message_id": ⟦num:100-99999⟧, "from": {"id": ⟦num:100000000-7000000000⟧, "is_bot": false, "first_name": "⟦p1.given⟧", "last_name": "⟦p1.last⟧", "username": "⟦p1.user⟧", "language_code": "ru"}, "chat": {"id": ⟦num:100000000-7000000000⟧, "type": "private"}, "date": ⟦ts:epoch⟧, "text": "Здравствуйте! Доставку оформите, пожалуйста, на ⟦p1.addr⟧. Мой телефон ⟦p1.phone⟧, почта ⟦p1.email⟧. Дата рождения для бонусной карты: ⟦p1.dob⟧."}}
""",
    ),
    (
        "whatsapp_webhook_pt",
        "pt",
        "json",
        r"""
{"object": "whatsapp_business_account", "entry": [{"id": "⟦digits:15⟧", "changes": [{"value": {"messaging_product": "whatsapp", "contacts": [{"profile": {"name": "⟦p1.full⟧"}, "wa_id": "⟦p1.phone:wa⟧"}], "messages": [{"from": "⟦p1.phone:wa⟧", "type": "text", "timestamp": "⟦ts:epoch⟧", "text": {"body": "Oi! Quero trocar o endereço de entrega para ⟦p1.addr⟧. Pode mandar o boleto pro meu e-mail ⟦p1.email⟧? Obrigada!"}}]}, "field": "messages"}]}]}
""",
    ),
    (
        "discord_support_bot_log",
        "en",
        "raw",
        r"""
[⟦ts:logsp⟧] INFO  bot.tickets: ticket-⟦num:1000-9999⟧ opened by ⟦p1.user⟧ (⟦snowflake⟧)
[⟦ts:logsp⟧] INFO  bot.tickets: ⟦p1.user⟧: "I paid with ⟦crypto:eth⟧ but the role never arrived, tx ⟦txhash⟧"
[⟦ts:logsp⟧] INFO  bot.tickets: staff ⟦p2.user⟧ claimed ticket-⟦num:1000-9999⟧
[⟦ts:logsp⟧] INFO  bot.tickets: ⟦p2.user⟧: "confirmed on-chain, granting now. thanks ⟦p1.first⟧"
[⟦ts:logsp⟧] DEBUG bot.http: POST /api/v10/guilds/⟦snowflake⟧/members/⟦snowflake⟧/roles/⟦snowflake⟧ -> 204
""",
    ),
    (
        "slack_thread_sw",
        "sw",
        "raw",
        r"""
#huduma-kwa-wateja
⟦p1.full⟧  ⟦ts:hm⟧
Mteja ⟦p2.full⟧ anasema hajapokea pesa zake za M-Pesa. Namba yake ni ⟦p2.phone⟧.
⟦p3.full⟧  ⟦ts:hm⟧
Sawa ⟦p1.first⟧, nimeona muamala. Nitampigia ⟦p2.first⟧ sasa hivi na kumtumia barua pepe ⟦p2.email⟧.
""",
    ),
]

# --- E. webhooks -------------------------------------------------------------
TEMPLATES += [
    (
        "stripe_checkout_completed",
        "en",
        "json",
        r"""
{
  "id": "⟦stripe:evt⟧",
  "object": "event",
  "type": "checkout.session.completed",
  "data": {
    "object": {
      "id": "cs_live_⟦b62:58⟧",
      "amount_total": ⟦cents⟧,
      "currency": "⟦~eur|usd|gbp⟧",
      "customer": "⟦stripe:cus⟧",
      "customer_details": {
        "address": {"city": "⟦p1.addr:city⟧", "country": "⟦p1.addr:cc⟧", "line1": "⟦p1.addr:line1⟧", "line2": "⟦p1.addr:line2⟧", "postal_code": "⟦p1.addr:postal⟧", "state": "⟦p1.addr:region⟧"},
        "email": "⟦p1.email⟧",
        "name": "⟦p1.full⟧",
        "phone": "⟦p1.phone:e164⟧"
      },
      "payment_intent": "⟦stripe:pi⟧",
      "payment_status": "paid"
    }
  },
  "livemode": true,
  "request": {"id": "⟦req⟧", "idempotency_key": "⟦uuid⟧"}
}
""",
    ),
    (
        "stripe_charge_succeeded",
        "en",
        "json",
        r"""
{"id": "⟦stripe:evt⟧", "type": "charge.succeeded", "data": {"object": {"id": "⟦stripe:ch⟧", "amount": ⟦cents⟧, "billing_details": {"email": "⟦p1.email⟧", "name": "⟦p1.full⟧", "phone": null, "address": {"postal_code": "⟦p1.addr:postal⟧", "country": "⟦p1.addr:cc⟧"}}, "payment_method_details": {"type": "card", "card": {"brand": "⟦~visa|mastercard|amex⟧", "last4": "⟦last4⟧", "exp_month": ⟦num:1-12⟧, "exp_year": ⟦num:2026-2031⟧, "fingerprint": "⟦b62:16⟧", "checks": {"cvc_check": "pass"}}}, "receipt_email": "⟦p1.email⟧", "receipt_url": "https://pay.stripe.com/receipts/payment/⟦b62:60⟧"}}, "pending_webhooks": 1}
""",
    ),
    (
        "sepa_mandate_de",
        "de",
        "json",
        r"""
{"event": "mandate.created", "created_at": "⟦ts⟧", "mandate": {"id": "MD⟦b62:12⟧", "scheme": "sepa_core", "reference": "⟦co⟧-⟦num:10000-99999⟧", "status": "pending_submission", "kontoinhaber": "⟦p1.full⟧", "iban": "⟦p1.iban:compact⟧", "bic": "⟦~COBADEFFXXX|DEUTDEDBXXX|GENODEF1S04|INGDDEFFXXX⟧", "anschrift": {"strasse": "⟦p1.addr:line1⟧", "plz": "⟦p1.addr:postal⟧", "ort": "⟦p1.addr:city⟧"}, "unterschrift_ort": "⟦p1.addr:city⟧", "glaeubiger_id": "DE98ZZZ09999999999"}}
""",
    ),
    (
        "shopify_order_created",
        "en",
        "json",
        r"""
{
  "id": ⟦digits:13⟧,
  "name": "#⟦num:1000-99999⟧",
  "email": "⟦p1.email⟧",
  "created_at": "⟦ts:off⟧",
  "total_price": "⟦amount⟧",
  "customer": {"id": ⟦digits:13⟧, "email": "⟦p1.email⟧", "first_name": "⟦p1.given⟧", "last_name": "⟦p1.last⟧", "phone": "⟦p1.phone:e164⟧", "verified_email": true},
  "shipping_address": {"first_name": "⟦p2.given⟧", "last_name": "⟦p2.last⟧", "address1": "⟦p2.addr:line1⟧", "address2": "⟦p2.addr:line2⟧", "city": "⟦p2.addr:city⟧", "zip": "⟦p2.addr:postal⟧", "country_code": "⟦p2.addr:cc⟧", "phone": "⟦p2.phone⟧", "name": "⟦p2.full⟧"},
  "browser_ip": "⟦p1.ip⟧",
  "line_items": [{"title": "⟦product⟧", "quantity": 1, "sku": "SKU-⟦HEX:6⟧"}],
  "note": "Gift for ⟦p2.first⟧ — please don't include the receipt"
}
""",
    ),
    (
        "mollie_payment_nl",
        "nl",
        "json",
        r"""
{"resource": "payment", "id": "tr_⟦b62:10#1⟧", "mode": "live", "createdAt": "⟦ts:off⟧", "status": "paid", "amount": {"value": "⟦amount⟧", "currency": "EUR"}, "description": "Bestelling ⟦num:10000-99999⟧", "method": "ideal", "details": {"consumerName": "⟦p1.full⟧", "consumerAccount": "⟦p1.iban:compact⟧", "consumerBic": "⟦~INGBNL2A|RABONL2U|ABNANL2A|BUNQNL2A⟧"}, "metadata": {"klant_email": "⟦p1.email⟧", "bezorgadres": "⟦p1.addr⟧"}, "_links": {"self": {"href": "https://api.mollie.com/v2/payments/tr_⟦b62:10#1⟧"}}}
""",
    ),
    (
        "auth_user_created",
        "en",
        "json",
        r"""
{"type": "user.created", "timestamp": ⟦ts:epochms⟧, "data": {"id": "user_⟦b62:27⟧", "first_name": "⟦p1.given⟧", "last_name": "⟦p1.last⟧", "username": "⟦p1.user⟧", "email_addresses": [{"email_address": "⟦p1.email⟧", "verification": {"status": "verified", "strategy": "email_code"}}], "phone_numbers": [{"phone_number": "⟦p1.phone:e164⟧"}], "birthday": "⟦p1.dob:iso⟧", "last_sign_in_at": null, "public_metadata": {"plan": "⟦~free|pro|team⟧"}, "unsafe_metadata": {"signup_ip": "⟦p1.ip⟧"}}, "object": "event"}
""",
    ),
    (
        "shipping_webhook_fr",
        "fr",
        "json",
        r"""
{"evenement": "colis.en_livraison", "numero_suivi": "6A⟦digits:11⟧", "transporteur": "⟦~Colissimo|Chronopost|DPD France|Mondial Relay⟧", "destinataire": {"nom": "⟦p1.full⟧", "adresse": "⟦p1.addr⟧", "telephone": "⟦p1.phone⟧", "email": "⟦p1.email⟧", "instructions": "Code porte ⟦num:1000-9999⟧B, 3e étage gauche"}, "expediteur": "⟦co⟧", "date_prevue": "⟦date⟧"}
""",
    ),
    (
        "crypto_charge_confirmed",
        "en",
        "json",
        r"""
{"id": "⟦uuid⟧", "type": "charge:confirmed", "created_at": "⟦ts⟧", "data": {"code": "⟦UPD⟧", "name": "⟦~Annual membership|Hardware wallet order|Conference ticket⟧", "pricing": {"local": {"amount": "⟦amount:50-900⟧", "currency": "USD"}}, "metadata": {"customer_name": "⟦p1.full⟧", "customer_email": "⟦p1.email⟧"}, "addresses": {"bitcoin": "⟦crypto:bc1q⟧", "ethereum": "⟦crypto:eth⟧"}, "payments": [{"network": "ethereum", "transaction_id": "⟦txhash⟧", "status": "CONFIRMED", "payer_addresses": ["⟦p1.crypto:eth⟧"], "block": {"height": ⟦num:19000000-21000000⟧, "hash": "⟦txhash⟧", "confirmations": ⟦num:12-90⟧}}]}}
""",
    ),
    (
        "mercadopago_es",
        "es",
        "json",
        r"""
{"action": "payment.updated", "api_version": "v1", "data": {"id": "⟦digits:11⟧"}, "date_created": "⟦ts:off⟧", "payment": {"status": "approved", "transaction_amount": ⟦amount:100-90000⟧, "currency_id": "⟦~ARS|MXN|COP|PEN⟧", "payer": {"first_name": "⟦p1.given⟧", "last_name": "⟦p1.last⟧", "email": "⟦p1.email⟧", "phone": {"number": "⟦p1.phone⟧"}, "address": {"street_name": "⟦p1.addr:line1⟧", "zip_code": "⟦p1.addr:postal⟧"}}, "card": {"first_six_digits": "⟦digits:6⟧", "last_four_digits": "⟦last4⟧", "cardholder": {"name": "⟦p1.full:caps⟧"}}, "description": "⟦product⟧"}}
""",
    ),
    (
        "shipping_ja",
        "ja",
        "json",
        r"""
{"イベント": "配達完了", "お問い合わせ番号": "⟦digits:4⟧-⟦digits:4⟧-⟦digits:4⟧", "お届け先": {"氏名": "⟦p1.full⟧", "郵便番号": "⟦p1.addr:postal⟧", "住所": "⟦p1.addr⟧", "電話番号": "⟦p1.phone⟧"}, "ご依頼主": "⟦co⟧", "受領者": "⟦p1.last⟧", "配達日時": "⟦ts:off⟧"}
""",
    ),
    (
        "twilio_inbound_sms",
        "en",
        "url",
        r"""
POST /webhooks/twilio/sms HTTP/1.1
Host: hooks.⟦co.domain⟧
X-Twilio-Signature: ⟦b62:27⟧=
Content-Type: application/x-www-form-urlencoded

ToCountry=US&SmsMessageSid=SM⟦hex:32⟧&NumMedia=0&From=⟦p1.phone:e164⟧&To=⟦e164:US⟧&Body=Hi+this+is+⟦p1.first⟧%2C+please+send+the+invoice+to+⟦p1.email⟧+thanks&AccountSid=⟦acsid⟧&ApiVersion=2010-04-01
""",
    ),
    (
        "github_push_webhook",
        "en",
        "json",
        r"""
{"ref": "refs/heads/main", "before": "⟦sha⟧", "after": "⟦sha#1⟧", "repository": {"full_name": "⟦~lumenfield|tanager-studio|shuriken-labs⟧/⟦~billing-api|web|infra⟧", "private": true}, "pusher": {"name": "⟦p1.user⟧", "email": "⟦p1.wemail⟧"}, "commits": [{"id": "⟦sha#1⟧", "message": "Fix VAT rounding for EU invoices", "timestamp": "⟦ts:off⟧", "author": {"name": "⟦p1.full⟧", "email": "⟦p1.wemail⟧", "username": "⟦p1.user⟧"}, "committer": {"name": "GitHub", "username": "web-flow"}, "added": [], "modified": ["src/invoice/vat.py"]}, {"id": "⟦sha⟧", "message": "Merge branch 'main' into fix/vat", "author": {"name": "⟦p2.full⟧", "email": "⟦p2.email⟧", "username": "⟦p2.user⟧"}}], "sender": {"login": "⟦p1.user⟧", "type": "User"}}
""",
    ),
    (
        "paypal_ipn_it",
        "it",
        "url",
        r"""
⟦ts:logsp!raw⟧ INFO ipn ricevuto: mc_gross=⟦amount⟧&protection_eligibility=Eligible&address_status=confirmed&payer_id=⟦UPD⟧&address_street=⟦p1.addr:line1⟧&payment_date=⟦ts:time⟧+⟦~Mar|Apr|Giu⟧+⟦num:1-28⟧%2C+2025+PDT&payment_status=Completed&first_name=⟦p1.given⟧&last_name=⟦p1.last⟧&payer_email=⟦p1.email⟧&address_zip=⟦p1.addr:postal⟧&address_city=⟦p1.addr:city⟧&mc_currency=EUR&txn_id=⟦UPD⟧&verify_sign=⟦b62:56⟧
""",
    ),
    (
        "payroll_onboarding_webhook",
        "en-US",
        "json",
        r"""
{"event": "employee.onboarded", "occurred_at": "⟦ts⟧", "company_id": "⟦uuid⟧", "employee": {"id": "⟦uuid⟧", "first_name": "⟦p1.given⟧", "last_name": "⟦p1.last⟧", "personal_email": "⟦p1.email⟧", "work_email": "⟦p1.wemail⟧", "date_of_birth": "⟦p1.dob:iso⟧", "ssn": "⟦p1.ssn⟧", "home_address": {"street_1": "⟦p1.addr:line1⟧", "street_2": "⟦p1.addr:line2⟧", "city": "⟦p1.addr:city⟧", "state": "⟦p1.addr:region⟧", "zip": "⟦p1.addr:postal⟧"}, "phone": "⟦p1.phone⟧", "manager": {"name": "⟦p2.full⟧", "email": "⟦p2.wemail⟧"}, "start_date": "⟦date⟧", "employment_type": "full_time"}}
""",
    ),
]

# --- F. SQL results, CSV exports, markdown tables -------------------------------
# Cells use ⟦p.…⟧ for the row's person.  Styles: psql, mysql, md, csv, tsv, cols.
TABLES = [
    {
        "id": "tbl_psql_users",
        "lang": "en",
        "style": "psql",
        "rows": (2, 6),
        "pre": "app_prod=> SELECT id, full_name, email, phone, created_at FROM users WHERE last_login < now() - interval '180 days' LIMIT 20;\n",
        "cols": [
            ("id", "⟦num:1000-99999⟧"),
            ("full_name", "⟦p.full⟧"),
            ("email", "⟦p.email⟧"),
            ("phone", "⟦p.phone⟧"),
            ("created_at", "⟦ts:logsp⟧"),
        ],
    },
    {
        "id": "tbl_mysql_clientes_es",
        "lang": "es",
        "style": "mysql",
        "rows": (2, 5),
        "pre": "mysql> SELECT id_cliente, nombre, apellidos, telefono, direccion FROM clientes WHERE provincia = 'Madrid' ORDER BY alta DESC LIMIT 10;\n",
        "cols": [
            ("id_cliente", "⟦num:100-9999⟧"),
            ("nombre", "⟦p.given⟧"),
            ("apellidos", "⟦p.last⟧"),
            ("telefono", "⟦p.phone⟧"),
            ("direccion", "⟦p.addr⟧"),
        ],
    },
    {
        "id": "tbl_csv_lastschrift_de",
        "lang": "de",
        "style": "csv",
        "rows": (3, 7),
        "pre": "Export Lastschriften ⟦date:dot⟧ (Mandate aktiv)\n",
        "cols": [
            ("Mandatsreferenz", "M-⟦num:10000-99999⟧"),
            ("Kontoinhaber", "⟦p.full⟧"),
            ("IBAN", "⟦p.iban⟧"),
            ("Betrag", "⟦amount:9-199⟧"),
            ("Anschrift", "⟦p.addr⟧"),
        ],
    },
    {
        "id": "tbl_md_fr_answer",
        "lang": "fr",
        "style": "md",
        "rows": (2, 4),
        "pre": "Voici les participants inscrits à l'atelier du ⟦date:eu⟧ :\n\n",
        "post": "\nSouhaitez-vous que j'envoie la convocation à ces ⟦~personnes|participants⟧ ?",
        "cols": [
            ("Nom", "⟦p.full⟧"),
            ("E-mail", "⟦p.email⟧"),
            ("Téléphone", "⟦p.phone⟧"),
            ("Inscrit le", "⟦date:eu⟧"),
        ],
    },
    {
        "id": "tbl_sqlite_devices",
        "lang": "en",
        "style": "cols",
        "rows": (3, 6),
        "pre": "sqlite> .mode column\nsqlite> SELECT hostname, owner, mac_addr, last_ip, os FROM devices WHERE seen > date('now','-7 day');\n",
        "cols": [
            ("hostname", "⟦~LAPTOP|DESKTOP|MBP|WS⟧-⟦UPD:6⟧"),
            ("owner", "⟦p.user⟧"),
            ("mac_addr", "⟦p.mac⟧"),
            ("last_ip", "⟦p.ip⟧"),
            ("os", "⟦~Windows 11 23H2|macOS 14.5|Ubuntu 22.04|ChromeOS 124⟧"),
        ],
    },
    {
        "id": "tbl_psql_orders_ja",
        "lang": "ja",
        "style": "psql",
        "rows": (2, 5),
        "pre": "shop=# SELECT o.id, c.name AS 顧客名, c.tel AS 電話, o.ship_to AS 配送先 FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = 'pending';\n",
        "cols": [
            ("id", "⟦num:10000-99999⟧"),
            ("顧客名", "⟦p.full⟧"),
            ("電話", "⟦p.phone⟧"),
            ("配送先", "⟦p.addr⟧"),
        ],
    },
    {
        "id": "tbl_csv_attendees",
        "lang": "en",
        "style": "csv",
        "rows": (3, 8),
        "pre": "```csv\n",
        "post": "```\nI've deduplicated the list; ⟦num:2-9⟧ registrations were removed.",
        "cols": [
            ("first_name", "⟦p.given⟧"),
            ("last_name", "⟦p.last⟧"),
            ("email", "⟦p.email⟧"),
            ("company", "⟦ncompany⟧"),
            ("ticket", "⟦~GA|VIP|Speaker|Student⟧"),
        ],
    },
    {
        "id": "tbl_tsv_payroll",
        "lang": "en-US",
        "style": "tsv",
        "rows": (2, 5),
        "pre": "payroll_export_⟦date:iso⟧.tsv (first rows)\n",
        "cols": [
            ("emp_id", "E⟦num:10000-99999⟧"),
            ("name", "⟦p.full:comma⟧"),
            ("ssn", "⟦p.ssn⟧"),
            ("dob", "⟦p.dob:us⟧"),
            ("gross", "⟦amount:1500-9000⟧"),
        ],
    },
    {
        "id": "tbl_mysql_itin",
        "lang": "en-US",
        "style": "mysql",
        "rows": (2, 4),
        "pre": "mysql> SELECT client_id, client_name, itin, filing_status FROM tax_clients WHERE itin IS NOT NULL;\n",
        "cols": [
            ("client_id", "⟦num:100-9999⟧"),
            ("client_name", "⟦p.full⟧"),
            ("itin", "⟦p.itin⟧"),
            ("filing_status", "⟦~single|married_joint|hoh⟧"),
        ],
    },
    {
        "id": "tbl_md_pt_answer",
        "lang": "pt",
        "style": "md",
        "rows": (2, 4),
        "pre": "Encontrei estes clientes com pagamento pendente:\n\n",
        "post": "\nQuer que eu envie um lembrete por WhatsApp para todos?",
        "cols": [
            ("Cliente", "⟦p.full⟧"),
            ("Celular", "⟦p.phone⟧"),
            ("E-mail", "⟦p.email⟧"),
            ("Valor (R$)", "⟦amount:50-3000⟧"),
        ],
    },
    {
        "id": "tbl_csv_wallets",
        "lang": "en",
        "style": "csv",
        "rows": (3, 6),
        "pre": "payouts_batch_⟦num:100-999⟧.csv\n",
        "cols": [
            ("payee", "⟦p.full⟧"),
            ("email", "⟦p.email⟧"),
            ("wallet", "⟦p.crypto⟧"),
            ("amount_usd", "⟦amount:20-2000⟧"),
        ],
    },
    {
        "id": "tbl_psql_id",
        "lang": "id",
        "style": "psql",
        "rows": (2, 5),
        "pre": "db_toko=> SELECT nama, no_hp, alamat FROM pelanggan WHERE kota = 'Bandung';\n",
        "cols": [("nama", "⟦p.full⟧"), ("no_hp", "⟦p.phone⟧"), ("alamat", "⟦p.addr⟧")],
    },
    {
        "id": "tbl_mysql_kyc",
        "lang": "en",
        "style": "mysql",
        "rows": (2, 4),
        "pre": "mysql> SELECT user_id, legal_name, passport_no, nationality, dob FROM kyc_documents WHERE status='manual_review';\n",
        "cols": [
            ("user_id", "⟦num:10000-99999⟧"),
            ("legal_name", "⟦p.full:latin⟧"),
            ("passport_no", "⟦p.passport⟧"),
            ("nationality", "⟦p.cc⟧"),
            ("dob", "⟦p.dob:iso⟧"),
        ],
    },
    {
        "id": "clean_tbl_products_fr",
        "lang": "fr",
        "style": "psql",
        "rows": (2, 5),
        "pre": "catalogue=> SELECT sku, nom, prix_ttc, stock FROM produits WHERE categorie = 'audio' ORDER BY prix_ttc DESC;\n",
        "cols": [
            ("sku", "AU-⟦digits:5⟧"),
            ("nom", "⟦product⟧"),
            ("prix_ttc", "⟦amount:50-400⟧"),
            ("stock", "⟦num:0-90⟧"),
        ],
    },
    {
        "id": "tbl_cols_ru",
        "lang": "ru",
        "style": "cols",
        "rows": (2, 5),
        "pre": '$ psql -A -c "SELECT fio, telefon, email FROM klienty LIMIT 5" --pset=format=aligned\n',
        "cols": [("fio", "⟦p.full⟧"), ("telefon", "⟦p.phone⟧"), ("email", "⟦p.email⟧")],
    },
]

# --- G. ORM / debug reprs / config dumps --------------------------------------
TEMPLATES += [
    (
        "py_traceback_user_repr",
        "en",
        "py",
        r"""
Traceback (most recent call last):
  File "/srv/app/billing/tasks.py", line ⟦num:40-400⟧, in charge_customer
    intent = stripe.PaymentIntent.create(amount=amount, customer=user.stripe_id)
  File "/srv/app/.venv/lib/python3.11/site-packages/stripe/_api_resource.py", line 109, in _static_request
    return requestor.request(method_, url_, params, options)
stripe._error.CardError: Request ⟦req⟧: Your card was declined.

During handling of the above exception, another exception occurred:

  File "/srv/app/billing/tasks.py", line ⟦num:40-400⟧, in charge_customer
    raise BillingFailed(f"charge failed for {user!r}")
billing.errors.BillingFailed: charge failed for <User id=⟦num:1-99999⟧ name='⟦p1.full⟧' email='⟦p1.email⟧' phone='⟦p1.phone⟧' plan='pro'>
""",
    ),
    (
        "django_shell_queryset",
        "en",
        "py",
        r"""
>>> from accounts.models import Customer
>>> Customer.objects.filter(city__iexact='⟦p1.addr:city⟧').values('id', 'name', 'email', 'dob')[:3]
<QuerySet [{'id': ⟦num:1-9999⟧, 'name': '⟦p1.full⟧', 'email': '⟦p1.email⟧', 'dob': datetime.date(⟦p1.dob:pydate⟧)}, {'id': ⟦num:1-9999⟧, 'name': '⟦p2.full⟧', 'email': '⟦p2.email⟧', 'dob': None}]>
>>> c = Customer.objects.get(email='⟦p1.email⟧')
>>> c.address
'⟦p1.addr⟧'
>>> c.set_password('⟦sec:password⟧'); c.save()
""",
    ),
    (
        "rails_console",
        "en",
        "json",
        r"""
irb(main):004:0> User.find_by(email: "⟦p1.email⟧")
  User Load (0.8ms)  SELECT "users".* FROM "users" WHERE "users"."email" = $1 LIMIT $2  [["email", "⟦p1.email⟧"], ["LIMIT", 1]]
=> #<User id: ⟦num:1-99999⟧, email: "⟦p1.email⟧", first_name: "⟦p1.given⟧", last_name: "⟦p1.last⟧", phone: "⟦p1.phone⟧", date_of_birth: "⟦p1.dob:iso⟧", created_at: "⟦ts:logsp⟧.⟦digits:6⟧ +0000", encrypted_password: [FILTERED], otp_secret: [FILTERED]>
irb(main):005:0> _.update!(phone: "⟦p1.phone2⟧")
""",
    ),
    (
        "pprint_dict",
        "en",
        "py",
        r"""
DEBUG:worker.sync:payload before upsert:
{'account': {'id': '⟦uuid⟧', 'tier': 'gold'},
 'contact': {'display_name': '⟦p1.full⟧',
             'emails': ['⟦p1.email⟧', '⟦p1.wemail⟧'],
             'phones': [{'type': 'mobile', 'value': '⟦p1.phone⟧'}],
             'postal': {'street': '⟦p1.addr:line1⟧',
                        'zip': '⟦p1.addr:postal⟧',
                        'city': '⟦p1.addr:city⟧'}},
 'source': 'hubspot',
 'synced_at': '⟦ts⟧'}
""",
    ),
    (
        "kunde_yaml_de",
        "de",
        "raw",
        r"""
# kunde_⟦num:1000-9999⟧.yaml – Export aus Altsystem
kunde:
  nummer: ⟦num:100000-999999⟧
  name: ⟦p1.full⟧
  geburtsdatum: "⟦p1.dob:dot⟧"
  anschrift: "⟦p1.addr!json⟧"
  kontakt:
    telefon: "⟦p1.phone⟧"
    email: ⟦p1.email⟧
  bank:
    iban: ⟦p1.iban⟧
    kontoinhaber: ⟦p1.full⟧
  ansprechpartner_intern: ⟦p2.user⟧
  erstellt: ⟦date⟧
""",
    ),
    (
        "toml_config_secrets",
        "en",
        "json",
        r"""
# config/production.toml
[server]
host = "0.0.0.0"
port = 8080

[database]
url = "postgresql://billing_rw:⟦sec:dsnpw⟧@db-prod-⟦num:1-4⟧.internal:5432/billing?sslmode=require"
pool_size = 20

[stripe]
secret_key = "⟦sec:stripe⟧"
publishable_key = "⟦pk⟧"
webhook_secret = "⟦sec:whsec⟧"

[admin]
contact = "⟦p1.full⟧ <⟦p1.wemail⟧>"
on_call_phone = "⟦p1.phone⟧"
""",
    ),
    (
        "java_tostring_log",
        "en",
        "raw",
        r"""
⟦ts:log⟧ ERROR [http-nio-8080-exec-⟦num:1-20⟧] c.l.crm.web.CustomerController - Validation failed for Customer{id=⟦num:1-99999⟧, firstName='⟦p1.given!py⟧', lastName='⟦p1.last!py⟧', email='⟦p1.email⟧', phone='⟦p1.phone⟧', birthDate=⟦p1.dob:iso⟧, address=Address{street='⟦p1.addr:line1!py⟧', zip='⟦p1.addr:postal⟧', city='⟦p1.addr:city!py⟧'}}
org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0]: field 'email': rejected value [⟦p2.email⟧]; must be unique
	at org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor.resolveArgument(RequestResponseBodyMethodProcessor.java:144)
	at org.springframework.web.method.support.HandlerMethodArgumentResolverComposite.resolveArgument(HandlerMethodArgumentResolverComposite.java:122)
""",
    ),
    (
        "go_struct_log",
        "en",
        "raw",
        r"""
⟦ts:ms⟧	ERROR	kyc/verify.go:⟦num:40-300⟧	document check failed	{"applicant": "&{ID:⟦num:1000-99999⟧ FullName:⟦p1.full⟧ DOB:⟦p1.dob:iso⟧ Passport:⟦p1.passport⟧ Nationality:⟦p1.cc⟧ Email:⟦p1.email⟧}", "reason": "mrz_checksum_mismatch", "trace_id": "⟦trace⟧"}
""",
    ),
    (
        "py_dict_ru",
        "ru",
        "py",
        r"""
>>> pprint(resp.json()['data'])
{'email': '⟦p1.email⟧',
 'id': ⟦num:1000-99999⟧,
 'адрес': '⟦p1.addr⟧',
 'дата_рождения': '⟦p1.dob:dot⟧',
 'паспорт': '⟦p1.passport:RU⟧',
 'телефон': '⟦p1.phone⟧',
 'фио': '⟦p1.full⟧'}
""",
    ),
    (
        "node_console_log",
        "en",
        "py",
        r"""
[server] ⟦ts:ms⟧ checkout payload {
  customer: {
    name: '⟦p1.full⟧',
    email: '⟦p1.email⟧',
    phone: '⟦p1.phone⟧'
  },
  shipping: { line1: '⟦p1.addr:line1⟧', postal_code: '⟦p1.addr:postal⟧', country: '⟦p1.addr:cc⟧' },
  card: { number: '⟦p1.card⟧', exp: '⟦num:1-12⟧/⟦num:26-31⟧', cvc: '⟦digits:3⟧' },
  coupon: null
}
""",
    ),
    (
        "dataclass_repr_ko",
        "ko",
        "py",
        r"""
DEBUG 회원가입 요청 처리: SignupRequest(name='⟦p1.full⟧', email='⟦p1.email⟧', phone='⟦p1.phone⟧', birth='⟦p1.dob:ymddot⟧', address='⟦p1.addr⟧', marketing_opt_in=False)
INFO  본인인증 완료 user_id=⟦num:100000-999999⟧ ci=⟦hex:16⟧…
""",
    ),
    (
        "php_print_r",
        "en",
        "raw",
        r"""
[⟦ts:logsp⟧] local.DEBUG: registration payload
Array
(
    [id] => ⟦num:1-99999⟧
    [name] => ⟦p1.full⟧
    [email] => ⟦p1.email⟧
    [password_plain] => ⟦sec:password⟧
    [ip] => ⟦p1.ip⟧
    [birthday] => ⟦p1.dob:iso⟧
    [role] => customer
)
""",
    ),
]

# --- H. HTTP dumps and curl ---------------------------------------------------
TEMPLATES += [
    (
        "curl_verbose_me",
        "en",
        "json",
        r"""
$ curl -v https://api.⟦co.domain⟧/v2/me -H "Authorization: Bearer ⟦sec:jwt#1⟧"
*   Trying ⟦ip4⟧:443...
* Connected to api.⟦co.domain⟧ port 443
> GET /v2/me HTTP/2
> Host: api.⟦co.domain⟧
> User-Agent: curl/8.5.0
> Authorization: Bearer ⟦sec:jwt#1⟧
> Accept: */*
>
< HTTP/2 200
< content-type: application/json
< x-request-id: ⟦uuid⟧
< etag: W/"⟦etag⟧"
< set-cookie: __Host-session=⟦sec:session⟧; Path=/; Secure; HttpOnly; SameSite=Lax
<
{"id":"usr_⟦b62:16⟧","name":"⟦p1.full⟧","email":"⟦p1.email⟧","phone":"⟦p1.phone⟧","locale":"⟦~en-GB|de-DE|pt-BR|ja-JP⟧","mfa":true}
""",
    ),
    (
        "curl_apikey_post",
        "en",
        "json",
        r"""
curl -X POST "https://api.⟦co.domain⟧/v1/customers" \
  -H "X-Api-Key: ⟦sec:hex32⟧" \
  -H "Content-Type: application/json" \
  -d '{"name": "⟦p1.full⟧", "email": "⟦p1.email⟧", "phone": "⟦p1.phone⟧", "address": {"line1": "⟦p1.addr:line1⟧", "postal_code": "⟦p1.addr:postal⟧", "city": "⟦p1.addr:city⟧"}, "metadata": {"crm_id": "⟦num:10000-99999⟧"}}'
""",
    ),
    (
        "raw_http_chat_completion",
        "en",
        "json2",
        r"""
POST /v1/chat/completions HTTP/1.1
Host: api.openai.com
Authorization: Bearer ⟦sec:openai!raw⟧
OpenAI-Organization: org-⟦b62:24⟧
Content-Type: application/json
Content-Length: ⟦num:400-2400⟧

{"model": "⟦model⟧", "messages": [{"role": "system", "content": "Extract structured data from the user's message and return JSON."}, {"role": "user", "content": "Hi, I'm ⟦p1.full!json⟧, born ⟦p1.dob!json⟧. I'd like to open an account. You can reach me at ⟦p1.email!json⟧ or ⟦p1.phone!json⟧, and I live at ⟦p1.addr!json⟧."}], "response_format": {"type": "json_object"}}
""",
    ),
    (
        "har_entry_headers",
        "en",
        "json",
        r"""
{"request": {"method": "POST", "url": "https://app.⟦co.domain⟧/api/profile", "httpVersion": "HTTP/2", "headers": [{"name": "cookie", "value": "sessionid=⟦sec:cookie_django⟧; csrftoken=⟦b62:32⟧; _ga=GA1.1.⟦digits:9⟧.⟦ts:epoch⟧"}, {"name": "x-csrftoken", "value": "⟦b62:64⟧"}, {"name": "content-type", "value": "application/json"}], "postData": {"mimeType": "application/json", "text": "{\"full_name\":\"⟦p1.full!json2⟧\",\"phone\":\"⟦p1.phone!json2⟧\",\"birthday\":\"⟦p1.dob:iso!json2⟧\"}"}}, "response": {"status": 200, "headers": [{"name": "x-request-id", "value": "⟦uuid⟧"}]}, "timings": {"wait": ⟦num:20-800⟧}}
""",
    ),
    (
        "http_response_de",
        "de",
        "json",
        r"""
HTTP/1.1 200 OK
Date: ⟦ts:http⟧
Content-Type: application/json; charset=utf-8
Set-Cookie: PHPSESSID=⟦sec:cookie_php⟧; path=/; HttpOnly
X-Request-Id: ⟦uuid⟧

{"status":"ok","kunde":{"name":"⟦p1.full⟧","email":"⟦p1.email⟧","telefon":"⟦p1.phone⟧","lieferadresse":"⟦p1.addr⟧","zahlungsart":"Lastschrift","iban":"⟦p1.iban⟧"}}
""",
    ),
    (
        "httpie_output",
        "en",
        "json",
        r"""
$ http POST :8000/api/v1/auth/login email=⟦p1.email⟧ password='⟦sec:password⟧'
HTTP/1.1 200 OK
content-type: application/json
x-trace-id: ⟦trace⟧

{
    "access_token": "⟦sec:jwt⟧",
    "refresh_token": "⟦sec:bearer⟧",
    "token_type": "bearer",
    "user": {
        "email": "⟦p1.email⟧",
        "name": "⟦p1.full⟧"
    }
}
""",
    ),
    (
        "requests_debug_log",
        "en",
        "raw",
        r"""
DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.hubapi.com:443
send: b'POST /crm/v3/objects/contacts HTTP/1.1\r\nHost: api.hubapi.com\r\nUser-Agent: python-requests/2.31.0\r\nAuthorization: Bearer ⟦sec:hubspot⟧\r\nContent-Type: application/json\r\nContent-Length: ⟦num:100-300⟧\r\n\r\n'
send: b'{"properties": {"email": "⟦p1.email⟧", "firstname": "⟦p1.given:latin⟧", "lastname": "⟦p1.last:latin⟧", "phone": "⟦p1.phone⟧"}}'
reply: 'HTTP/1.1 201 Created\r\n'
header: Content-Type: application/json;charset=utf-8
header: X-HubSpot-Correlation-Id: ⟦uuid⟧
DEBUG:urllib3.connectionpool:https://api.hubapi.com:443 "POST /crm/v3/objects/contacts HTTP/1.1" 201 ⟦num:300-900⟧
""",
    ),
    (
        "curl_basic_auth_es",
        "es",
        "json",
        r"""
# Prueba de la API de facturación (no subir al repo)
curl -u "facturacion:⟦sec:password⟧" \
  https://erp.⟦co.domain⟧/api/facturas \
  -H 'Content-Type: application/json' \
  -d '{"cliente": "⟦p1.full⟧", "nif": "no aplica", "email": "⟦p1.email⟧", "direccion": "⟦p1.addr⟧", "importe": ⟦amount⟧}'
""",
    ),
    (
        "webhook_delivery_log",
        "en",
        "raw",
        r"""
⟦ts:ms⟧ webhook.deliver id=⟦uuid⟧ url=https://hooks.⟦co.domain⟧/github event=push attempt=1
⟦ts:ms⟧ webhook.deliver headers X-GitHub-Event=push X-GitHub-Delivery=⟦uuid⟧ X-Hub-Signature-256=sha256=⟦sha256⟧
⟦ts:ms⟧ webhook.deliver status=401 body="signature mismatch"
⟦ts:ms⟧ webhook.config secret="⟦sec:hex40⟧" content_type=json insecure_ssl=0 (owner: ⟦p1.user⟧)
⟦ts:ms⟧ webhook.deliver id=⟦uuid⟧ attempt=2 status=200 duration_ms=⟦num:40-900⟧
""",
    ),
    (
        "http_form_login_url",
        "en",
        "url",
        r"""
⟦p1.ip!raw⟧ - - [⟦ts:nginx!raw⟧] "POST /login HTTP/1.1" 302 0 "https://portal.⟦co.domain⟧/login?next=%2Faccount" "Mozilla/5.0"
request_body: username=⟦p1.email⟧&password=⟦sec:password⟧&remember=on&csrf=⟦b62:40⟧
""",
    ),
    (
        "fetch_headers_graphql",
        "en",
        "json2",
        r"""
{"level":"debug","msg":"graphql request","operation":"UpdateProfile","headers":{"authorization":"Bearer ⟦sec:jwt!json⟧","x-client-version":"⟦ver⟧"},"body":"{\"query\":\"mutation UpdateProfile($input: ProfileInput!) { updateProfile(input: $input) { id } }\",\"variables\":{\"input\":{\"displayName\":\"⟦p1.full⟧\",\"phone\":\"⟦p1.phone⟧\",\"homeAddress\":\"⟦p1.addr⟧\"}}}","ts":"⟦ts:ms⟧"}
""",
    ),
]

# --- I. application logs -------------------------------------------------------
TEMPLATES += [
    (
        "json_logs_signup",
        "en",
        "json",
        r"""
{"ts":"⟦ts:ms⟧","level":"info","service":"auth","msg":"signup started","email":"⟦p1.email⟧","ip":"⟦p1.ip⟧","request_id":"⟦req#1⟧"}
{"ts":"⟦ts:ms⟧","level":"info","service":"auth","msg":"verification code sent","channel":"sms","to":"⟦p1.phone:e164⟧","code":"⟦sec:otp⟧","request_id":"⟦req#1⟧"}
{"ts":"⟦ts:ms⟧","level":"info","service":"auth","msg":"signup completed","user_id":"⟦uuid⟧","name":"⟦p1.full⟧","request_id":"⟦req#1⟧"}
{"ts":"⟦ts:ms⟧","level":"debug","service":"auth","msg":"healthcheck","remote":"⟦localip⟧","latency_ms":⟦num:1-9⟧}
""",
    ),
    (
        "logfmt_orders",
        "en",
        "raw",
        r"""
time=⟦ts:ms⟧ level=info msg="order placed" order_id=⟦num:100000-999999⟧ customer="⟦p1.full⟧" email=⟦p1.email⟧ total=⟦amount⟧ currency=⟦cur⟧
time=⟦ts:ms⟧ level=info msg="payment authorized" order_id=⟦num:100000-999999⟧ card_brand=⟦~visa|mastercard⟧ card_last4=⟦last4⟧ client_ip=⟦p1.ip⟧
time=⟦ts:ms⟧ level=warn msg="address normalization changed input" before="⟦p1.addr⟧" after="⟦p1.addr:line1⟧" postal=⟦p1.addr:postal⟧
time=⟦ts:ms⟧ level=info msg="fraud score" order_id=⟦num:100000-999999⟧ score=0.⟦digits:2⟧ model=v⟦ver⟧
""",
    ),
    (
        "logs_fr",
        "fr",
        "raw",
        r"""
⟦ts:log⟧ INFO  [commande] Nouvelle commande n°⟦num:10000-99999⟧ pour ⟦p1.full⟧ (⟦p1.email⟧)
⟦ts:log⟧ INFO  [livraison] Adresse de livraison : ⟦p1.addr⟧
⟦ts:log⟧ WARN  [paiement] Échec 3-D Secure, carte ⟦p1.card⟧ refusée (code 05)
⟦ts:log⟧ INFO  [sms] Code de confirmation ⟦sec:otp⟧ envoyé au ⟦p1.phone⟧
""",
    ),
    (
        "nginx_access_query",
        "en",
        "raw",
        r"""
⟦p1.ip⟧ - - [⟦ts:nginx⟧] "GET /api/unsubscribe?email=⟦p1.email!url⟧&token=⟦sec:hex32⟧ HTTP/1.1" 200 512 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
⟦p2.ip⟧ - - [⟦ts:nginx⟧] "GET /static/app.⟦hex:8⟧.js HTTP/2.0" 304 0 "https://⟦co.domain⟧/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)"
⟦p3.ip6⟧ - - [⟦ts:nginx⟧] "POST /api/newsletter HTTP/2.0" 201 48 "https://⟦co.domain⟧/blog" "Mozilla/5.0 (Linux; Android 14)"
⟦localip⟧ - - [⟦ts:nginx⟧] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
""",
    ),
    (
        "auth_log_password_leak",
        "en",
        "raw",
        r"""
⟦ts:log⟧ WARNING auth.views Login failed for user '⟦p1.email⟧' from ⟦p1.ip⟧ (attempt ⟦num:2-5⟧/5)
⟦ts:log⟧ DEBUG   auth.backends authenticate() kwargs={'username': '⟦p1.email!py⟧', 'password': '⟦sec:password!py⟧'}
⟦ts:log⟧ WARNING auth.views Login failed for user '⟦p1.email⟧' from ⟦p1.ip⟧ (attempt ⟦num:3-5⟧/5)
⟦ts:log⟧ INFO    auth.lockout Account locked for 15 minutes: ⟦p1.email⟧
""",
    ),
    (
        "app_log_ja",
        "ja",
        "raw",
        r"""
⟦ts:logsp⟧ [INFO] 会員登録: 氏名=⟦p1.full⟧ メール=⟦p1.email⟧ 電話=⟦p1.phone⟧
⟦ts:logsp⟧ [INFO] 住所確認OK: ⟦p1.addr⟧
⟦ts:logsp⟧ [WARN] 生年月日の形式が不正です: "⟦p1.dob:cjk⟧" → 変換後 ⟦p1.dob:iso⟧
⟦ts:logsp⟧ [INFO] ウェルカムメール送信完了 message_id=⟦hex:24⟧
""",
    ),
    (
        "logs_pt",
        "pt",
        "raw",
        r"""
⟦ts:logsp⟧ [INFO] cadastro: novo cliente "⟦p1.full⟧" <⟦p1.email⟧> tel=⟦p1.phone⟧
⟦ts:logsp⟧ [INFO] frete: CEP ⟦p1.addr:postal⟧ calculado, prazo ⟦num:2-12⟧ dias úteis
⟦ts:logsp⟧ [ERRO] pix: chave não encontrada para ⟦p2.email⟧, usando telefone ⟦p2.phone⟧
⟦ts:logsp⟧ [INFO] pedido #⟦num:10000-99999⟧ enviado para ⟦p1.addr⟧
""",
    ),
    (
        "crash_report_device",
        "en",
        "json",
        r"""
{"crash_id": "⟦uuid⟧", "app": "com.⟦~lumenfield|tanager|bluefin⟧.android", "version": "⟦ver⟧ (⟦num:100-9999⟧)", "device": {"model": "⟦~Pixel 7|SM-S918B|Redmi Note 12|moto g84⟧", "os": "Android 14", "wifi_mac": "⟦p1.mac⟧", "ip": "⟦p1.ip⟧", "locale": "⟦~en_US|hi_IN|pt_BR|id_ID⟧"}, "user": {"id": "⟦num:100000-999999⟧", "email": "⟦p1.email⟧", "name": "⟦p1.full⟧"}, "exception": "java.lang.IllegalStateException: Fragment ProfileFragment not attached to a context.", "breadcrumbs": ["open ProfileFragment", "tap save", "PATCH /v1/users/me 200"]}
""",
    ),
    (
        "logs_zh",
        "zh",
        "raw",
        r"""
⟦ts:logsp⟧ INFO  [order-svc] 创建订单 order_id=⟦digits:18⟧ 收货人=⟦p1.full⟧ 手机=⟦p1.phone⟧
⟦ts:logsp⟧ INFO  [order-svc] 收货地址=⟦p1.addr⟧
⟦ts:logsp⟧ WARN  [pay-svc] 支付回调重复 trade_no=⟦digits:28⟧ 用户=⟦p1.email⟧
⟦ts:logsp⟧ INFO  [sms-svc] 验证码 ⟦sec:otp⟧ 已发送至 ⟦p1.phone⟧
""",
    ),
    (
        "audit_log_json",
        "en",
        "json",
        r"""
{"id": "⟦uuid⟧", "time": "⟦ts:ms⟧", "actor": {"type": "user", "name": "⟦p1.full⟧", "email": "⟦p1.wemail⟧", "ip": "⟦p1.ip⟧"}, "action": "customer.identity_document.update", "target": {"customer_id": "⟦num:10000-99999⟧", "customer_name": "⟦p2.full⟧"}, "changes": {"passport_number": {"old": "⟦p2.passport⟧", "new": "⟦p2.passport2⟧"}, "date_of_birth": {"old": null, "new": "⟦p2.dob:iso⟧"}}, "user_agent": "Mozilla/5.0 (X11; Linux x86_64)"}
""",
    ),
    (
        "gcp_structured_log",
        "en",
        "json2",
        r"""
{"insertId": "⟦b62:14⟧", "jsonPayload": {"message": "tool_call completed", "tool": "lookup_patient_appointment", "arguments": "{\"patient_name\": \"⟦p1.full⟧\", \"dob\": \"⟦p1.dob:iso⟧\"}", "result": "{\"appointment\": \"⟦date⟧T09:30\", \"clinic\": \"⟦co⟧\", \"phone_on_file\": \"⟦p1.phone⟧\"}"}, "resource": {"type": "cloud_run_revision", "labels": {"service_name": "agent-gateway"}}, "timestamp": "⟦ts:ms⟧", "severity": "INFO", "trace": "projects/agent-prod/traces/⟦trace⟧"}
""",
    ),
]

# --- J. stack traces -----------------------------------------------------------
TEMPLATES += [
    (
        "py_traceback_locals",
        "en",
        "py",
        r"""
Traceback (most recent call last):
  File "/app/agents/tools/crm.py", line ⟦num:20-300⟧, in update_contact
    resp.raise_for_status()
requests.exceptions.HTTPError: 422 Client Error: Unprocessable Entity for url: https://api.⟦co.domain⟧/contacts/⟦num:1000-99999⟧

Local variables (most recent frame):
    payload = {'name': '⟦p1.full⟧', 'email': '⟦p1.email⟧', 'phone': '⟦p1.phone⟧', 'dob': '⟦p1.dob:iso⟧'}
    headers = {'Authorization': 'Token ⟦sec:bearer⟧', 'Content-Type': 'application/json'}
    attempt = ⟦num:1-3⟧
""",
    ),
    (
        "java_exception_ssn",
        "en-US",
        "raw",
        r"""
⟦ts:log⟧ ERROR [pool-3-thread-⟦num:1-9⟧] c.n.payroll.TaxFormService - Failed to generate 1099 for contractor
java.lang.IllegalArgumentException: TIN mismatch for ⟦p1.full⟧ <⟦p1.email⟧>: expected ⟦p1.ssn⟧ got ⟦p1.itin⟧
	at com.nimbus.payroll.TaxFormService.validateTin(TaxFormService.java:⟦num:80-400⟧)
	at com.nimbus.payroll.TaxFormService.generate1099(TaxFormService.java:⟦num:80-400⟧)
	at com.nimbus.payroll.jobs.YearEndJob.run(YearEndJob.java:57)
	at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)
""",
    ),
    (
        "node_error_payload",
        "en",
        "json",
        r"""
Error: Request failed with status code 400
    at createError (/srv/node_modules/axios/lib/core/createError.js:16:15)
    at settle (/srv/node_modules/axios/lib/core/settle.js:17:12)
    at IncomingMessage.handleStreamEnd (/srv/node_modules/axios/lib/adapters/http.js:322:11) {
  config: {
    url: 'https://api.⟦co.domain⟧/v1/shipments',
    method: 'post',
    headers: { Authorization: 'Bearer ⟦sec:bearer⟧' },
    data: '{"recipient":{"name":"⟦p1.full⟧","phone":"⟦p1.phone⟧","address":"⟦p1.addr⟧"},"weight_kg":⟦num:1-30⟧}'
  },
  response: { status: 400, data: { error: 'invalid_postcode', field: 'recipient.address' } }
}
""",
    ),
    (
        "py_traceback_de",
        "de",
        "py",
        r"""
Traceback (most recent call last):
  File "/opt/vertrag/app.py", line ⟦num:50-500⟧, in erstelle_vertrag
    pdf = render_vertrag(kunde)
  File "/opt/vertrag/render.py", line ⟦num:10-200⟧, in render_vertrag
    raise ValueError(f"Ungültige IBAN für {kunde['name']}: {kunde['iban']}")
ValueError: Ungültige IBAN für ⟦p1.full⟧: ⟦p1.iban⟧ (Prüfziffer korrekt, aber Bank unbekannt)
kunde = {'name': '⟦p1.full⟧', 'geburtsdatum': '⟦p1.dob:dot⟧', 'adresse': '⟦p1.addr⟧', 'iban': '⟦p1.iban⟧'}
""",
    ),
    (
        "go_panic",
        "en",
        "raw",
        r"""
panic: runtime error: invalid memory address or nil pointer dereference [recovered]
	panic: user {ID:⟦num:1000-99999⟧ Name:⟦p1.full⟧ Email:⟦p1.email⟧ Phone:⟦p1.phone⟧ LastIP:⟦p1.ip⟧ Card:<nil>}
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x⟦hex:6⟧]

goroutine ⟦num:10-900⟧ [running]:
main.(*Checkout).Charge(0xc000⟦hex:6⟧, {0x⟦hex:6⟧, 0xc000⟦hex:6⟧})
	/src/checkout/charge.go:⟦num:20-300⟧ +0x⟦hex:3⟧
""",
    ),
    (
        "pydantic_validation_es",
        "es",
        "py",
        r"""
pydantic_core._pydantic_core.ValidationError: 2 validation errors for SolicitudPrestamo
telefono
  String should match pattern '^\+?[0-9 ]{9,15}$' [type=string_pattern_mismatch, input_value='⟦p1.phone⟧ (llamar tarde)', input_type=str]
fecha_nacimiento
  Input should be a valid date [type=date_from_datetime_parsing, input_value='⟦p1.dob:long⟧', input_type=str]
    For further information visit https://errors.pydantic.dev/2.7/v/date_from_datetime_parsing
Entrada completa: {'nombre': '⟦p1.full⟧', 'correo': '⟦p1.email⟧', 'iban': '⟦p1.iban⟧'}
""",
    ),
    (
        "sentry_event_ru",
        "ru",
        "json",
        r"""
{"event_id": "⟦hex:32⟧", "level": "error", "exception": {"values": [{"type": "KeyError", "value": "'паспорт'"}]}, "user": {"id": "⟦num:1000-99999⟧", "email": "⟦p1.email⟧", "ip_address": "⟦p1.ip⟧", "username": "⟦p1.user⟧"}, "extra": {"анкета": {"фио": "⟦p1.full⟧", "телефон": "⟦p1.phone⟧", "адрес": "⟦p1.addr⟧"}}, "tags": {"release": "⟦ver⟧", "environment": "production"}}
""",
    ),
]

# --- K. .env files and configuration ----------------------------------------
TEMPLATES += [
    (
        "dotenv_app",
        "en",
        "raw",
        r"""
# .env — production (do not commit!)
NODE_ENV=production
PORT=3000
DATABASE_URL=postgres://app_user:⟦sec:dsnpw⟧@⟦~db|pg-main|postgres-prod⟧.⟦co.domain⟧:5432/app
REDIS_URL=redis://default:⟦sec:dsnpw⟧@cache.⟦co.domain⟧:6379/0
OPENAI_API_KEY=⟦sec:openai⟧
ANTHROPIC_API_KEY=⟦sec:anthropic⟧
STRIPE_SECRET_KEY=⟦sec:stripe⟧
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=⟦pk⟧
SENTRY_ENVIRONMENT=production
ADMIN_EMAIL=⟦p1.wemail⟧
# old key, rotated ⟦date⟧: ⟦mask:key⟧
""",
    ),
    (
        "docker_compose",
        "en",
        "raw",
        r"""
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ⟦~app|crm|metabase⟧
      POSTGRES_PASSWORD: "⟦sec:password!json⟧"
      POSTGRES_DB: crm
  api:
    image: ghcr.io/⟦~lumenfield|tanager-studio⟧/api@sha256:⟦sha256⟧
    environment:
      - HUBSPOT_TOKEN=⟦sec:hubspot⟧
      - SLACK_BOT_TOKEN=⟦sec:slack_bot⟧
      - SUPPORT_INBOX=⟦email:support⟧
      - LOG_LEVEL=debug
    ports:
      - "127.0.0.1:8080:8080"
""",
    ),
    (
        "k8s_secret",
        "en",
        "raw",
        r"""
apiVersion: v1
kind: Secret
metadata:
  name: agent-gateway-secrets
  namespace: ⟦~prod|agents|default⟧
  annotations:
    owner: ⟦p1.wemail⟧
type: Opaque
stringData:
  GROQ_API_KEY: "⟦sec:groq⟧"
  HF_TOKEN: "⟦sec:hf⟧"
  PINECONE_API_KEY: "⟦sec:pinecone⟧"
  JWT_SIGNING_KEY: "⟦sec:hex64⟧"
  tls.key: |
    ⟦sec:pem_ec!ind4⟧
""",
    ),
    (
        "dotenv_de",
        "de",
        "raw",
        r"""
# Zugangsdaten Warenwirtschaft – NUR für die Staging-Umgebung
# Ansprechpartner: ⟦p1.full⟧ (⟦p1.phone⟧)
SHOP_URL=https://staging.⟦co.domain⟧
SHOPIFY_ADMIN_TOKEN=⟦sec:shopify⟧
DHL_API_KEY=⟦sec:cohere⟧
DHL_API_SECRET=⟦sec:mistral⟧
SMTP_USER=⟦email:shop⟧
SMTP_PASSWORD=⟦sec:password⟧
# Testkunde für Bestellungen: ⟦p2.full⟧, ⟦p2.addr⟧
""",
    ),
    (
        "django_settings",
        "en",
        "py",
        r"""
# settings/prod.py
DEBUG = False
SECRET_KEY = '⟦sec:django⟧'
ALLOWED_HOSTS = ['⟦co.domain⟧', 'www.⟦co.domain⟧']
DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'portal',
        'USER': 'portal',
        'PASSWORD': '⟦sec:password⟧',
        'HOST': 'db.internal',
    }
}
EMAIL_HOST_PASSWORD = '⟦sec:sendgrid⟧'
ADMINS = [('⟦p1.full⟧', '⟦p1.wemail⟧')]
""",
    ),
    (
        "aws_credentials_npmrc",
        "en",
        "raw",
        r"""
$ cat ~/.aws/credentials
[default]
aws_access_key_id = ⟦sec:aws_id⟧
aws_secret_access_key = ⟦sec:aws_secret⟧

[billing-readonly]
aws_access_key_id = ⟦sec:aws_id⟧
aws_secret_access_key = ⟦sec:aws_secret⟧
$ cat ~/.npmrc
//registry.npmjs.org/:_authToken=⟦sec:npm⟧
email=⟦p1.email⟧
$ aws sts get-caller-identity --profile billing-readonly
{"UserId": "AIDA⟦UPD:17⟧", "Account": "⟦awsacct#1⟧", "Arn": "arn:aws:iam::⟦awsacct#1⟧:user/⟦p1.user⟧"}
""",
    ),
    (
        "config_ja",
        "ja",
        "raw",
        r"""
# 本番環境の設定（社外秘）
# 担当: ⟦p1.full⟧（⟦p1.wemail⟧）
line_channel_secret: "⟦sec:hex32⟧"
line_channel_access_token: "⟦sec:bearer⟧"
openai_api_key: "⟦sec:openai⟧"
# 通知先（緊急時）: ⟦p1.phone⟧
db_password: "⟦sec:password!json⟧"
""",
    ),
    (
        "tfvars",
        "en",
        "json",
        r"""
# terraform.tfvars
project_id        = "agent-platform-prod"
region            = "europe-west1"
db_admin_password = "⟦sec:password⟧"
cloudflare_token  = "⟦sec:cloudflare⟧"
datadog_api_key   = "⟦sec:datadog⟧"
do_token          = "⟦sec:do⟧"
alert_email       = "⟦p1.wemail⟧"
billing_account   = "0⟦HEX:5⟧-⟦HEX:6⟧-⟦HEX:6⟧"
""",
    ),
    (
        "gha_workflow_hardcoded",
        "en",
        "raw",
        r"""
name: nightly-sync
on:
  schedule:
    - cron: "0 3 * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      LINEAR_API_KEY: ⟦sec:linear⟧
      NOTION_TOKEN: ${{ secrets.NOTION_TOKEN }}
      GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}
    steps:
      - uses: actions/checkout@⟦sha⟧
      - run: python sync.py --notify ⟦p1.wemail⟧
""",
    ),
    (
        "vault_kv_output",
        "en",
        "raw",
        r"""
$ vault kv get -format=table secret/agents/crm-connector
====== Secret Path ======
secret/data/agents/crm-connector

======= Metadata =======
Key              Value
---              -----
created_time     ⟦ts⟧
version          ⟦num:2-30⟧

======== Data ========
Key                 Value
---                 -----
client_id           ⟦uuid⟧
client_secret       ⟦sec:b64_32⟧
refresh_token       ⟦sec:refresh⟧
service_account     ⟦p1.wemail⟧
""",
    ),
    (
        "ssh_config_key",
        "en",
        "raw",
        r"""
$ cat deploy/id_ed25519
⟦sec:pem_openssh⟧
$ cat deploy/id_ed25519.pub
⟦sshpub⟧ deploy-key-2025
$ ssh -i deploy/id_ed25519 deploy@⟦ip4⟧ 'uptime'
""",
    ),
]

# --- L. CI output, git, package publishing ----------------------------------
TEMPLATES += [
    (
        "gha_log_leak",
        "en",
        "raw",
        r"""
⟦ts:gha⟧ ##[group]Run ./scripts/deploy.sh
⟦ts:gha⟧ + export VERCEL_TOKEN=***
⟦ts:gha⟧ + curl -sf -H 'Authorization: token ⟦sec:ghp⟧' https://api.github.com/repos/⟦~lumenfield|tanager-studio#1⟧/web/deployments
⟦ts:gha⟧ {"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}
⟦ts:gha⟧ + echo 'retrying with fallback token from .deployrc'
⟦ts:gha⟧ + git push https://x-access-token:⟦sec:ghs⟧@github.com/⟦~lumenfield|tanager-studio#1⟧/web.git HEAD:gh-pages
⟦ts:gha⟧ ##[endgroup]
⟦ts:gha⟧ ##[error]Process completed with exit code 22.
""",
    ),
    (
        "npm_publish_log",
        "en",
        "raw",
        r"""
npm verb cli /usr/local/bin/node /usr/local/bin/npm
npm info using npm@10.⟦num:1-8⟧.0
npm verb config //registry.npmjs.org/:_authToken=⟦sec:npm⟧ (from env NPM_TOKEN)
npm notice 📦  @⟦~lumenfield|shuriken#1⟧/agent-tools@⟦ver#1⟧
npm notice shasum:        ⟦sha⟧
npm notice integrity:     sha512-⟦b62:30⟧[...]⟦b62:10⟧==
npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access
npm verb publish maintainer ⟦p1.user⟧ <⟦p1.email⟧>
+ @⟦~lumenfield|shuriken#1⟧/agent-tools@⟦ver#1⟧
""",
    ),
    (
        "git_log_authors",
        "en",
        "raw",
        r"""
$ git log --format='%h %an <%ae> %ad %s' --date=short -n 5
⟦sha7⟧ ⟦p1.full⟧ <⟦p1.wemail⟧> ⟦date⟧ Add retry to CRM sync tool
⟦sha7⟧ ⟦p2.full⟧ <⟦p2.email⟧> ⟦date⟧ Fix timezone in calendar tool
⟦sha7⟧ ⟦p3.full⟧ <⟦p3.email⟧> ⟦date⟧ Bump requests from 2.31.0 to 2.32.3
⟦sha7⟧ ⟦p1.full⟧ <⟦p1.wemail⟧> ⟦date⟧ Remove hardcoded test customer
⟦sha7⟧ ⟦p3.full⟧ <⟦p3.email⟧> ⟦date⟧ Merge pull request #⟦num:100-999⟧ from ⟦p3.user⟧/fix-webhooks
""",
    ),
    (
        "terraform_plan",
        "en",
        "raw",
        r"""
  # google_secret_manager_secret_version.openai will be created
  + resource "google_secret_manager_secret_version" "openai" {
      + create_time = (known after apply)
      + id          = (known after apply)
      + secret      = "projects/⟦num:100000000000-999999999999⟧/secrets/openai-api-key"
      + secret_data = (sensitive value)
    }

  # local_file.debug_env will be created
  + resource "local_file" "debug_env" {
      + content  = <<-EOT
            OPENAI_API_KEY=⟦sec:openai⟧
            WEBHOOK_SECRET=⟦sec:whsec⟧
        EOT
      + filename = "./debug.env"
    }

Plan: 2 to add, 0 to change, 0 to destroy.
""",
    ),
    (
        "gitlab_ci_fr",
        "fr",
        "raw",
        r"""
Running with gitlab-runner 16.⟦num:1-11⟧.0 (⟦hex:8⟧)
$ echo "Déploiement lancé par ⟦p1.full⟧ (⟦p1.wemail⟧)"
Déploiement lancé par ⟦p1.full⟧ (⟦p1.wemail⟧)
$ export DEPLOY_TOKEN=⟦sec:gitlab⟧  # TODO: passer en variable masquée
$ curl --header "PRIVATE-TOKEN: $DEPLOY_TOKEN" "https://gitlab.⟦co.domain⟧/api/v4/projects/⟦num:10-999⟧/deployments"
[{"id":⟦num:100-9999⟧,"sha":"⟦sha⟧","user":{"username":"⟦p1.user⟧","name":"⟦p1.full⟧"}}]
Job succeeded
""",
    ),
    (
        "pip_upload_log",
        "en",
        "raw",
        r"""
$ twine upload --verbose dist/*
Uploading distributions to https://upload.pypi.org/legacy/
INFO     dist/agentkit-⟦ver#1⟧-py3-none-any.whl (⟦num:20-400#1⟧.⟦num:0-9#2⟧ KB)
INFO     username set from environment: __token__
INFO     password set from environment: ⟦sec:pypi⟧
Uploading agentkit-⟦ver#1⟧-py3-none-any.whl
100% ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ ⟦num:20-400#1⟧.⟦num:0-9#2⟧/⟦num:20-400#1⟧.⟦num:0-9#2⟧ kB • 00:00
View at:
https://pypi.org/project/agentkit/⟦ver#1⟧/
""",
    ),
    (
        "pytest_fixture_failure",
        "en",
        "py",
        r"""
FAILED tests/test_invoice.py::test_render_invoice - AssertionError: assert 'Due: 30 days' in rendered
    def test_render_invoice(client):
>       invoice = make_invoice(customer={'name': '⟦p1.full⟧', 'email': '⟦p1.email⟧', 'address': '⟦p1.addr⟧', 'iban': '⟦p1.iban⟧'})
E       AssertionError: assert 'Due: 30 days' in '<html>...Invoice for ⟦p1.full⟧ ... Pay to ⟦p1.iban⟧...</html>'
tests/test_invoice.py:⟦num:10-200⟧: AssertionError
=========================== short test summary info ============================
FAILED tests/test_invoice.py::test_render_invoice
""",
    ),
]

# --- M. identity, HR, travel, finance -----------------------------------------
TEMPLATES += [
    (
        "kyc_tool_result",
        "en",
        "json2",
        r"""
{"role": "tool", "name": "verify_identity", "content": "{\"status\": \"needs_review\", \"document\": {\"type\": \"passport\", \"number\": \"⟦p1.passport⟧\", \"issuing_country\": \"⟦p1.cc⟧\", \"expiry\": \"⟦num:2026-2034⟧-0⟦num:1-9⟧-1⟦num:0-9⟧\", \"mrz_valid\": true}, \"person\": {\"full_name\": \"⟦p1.full:latin⟧\", \"date_of_birth\": \"⟦p1.dob:iso⟧\", \"nationality\": \"⟦p1.cc⟧\"}, \"address_check\": {\"input\": \"⟦p1.addr⟧\", \"match\": \"partial\"}, \"liveness\": 0.9⟦digits:2⟧, \"vendor_ref\": \"⟦uuid⟧\"}"}
""",
    ),
    (
        "hr_onboarding_itin",
        "en-US",
        "json",
        r"""
{"candidate": {"legal_name": "⟦p1.full⟧", "preferred_name": "⟦p1.first⟧", "personal_email": "⟦p1.email⟧", "phone": "⟦p1.phone⟧", "dob": "⟦p1.dob:us⟧", "tax_id_type": "ITIN", "tax_id": "⟦p1.itin⟧", "drivers_license": {"state": "⟦p1.addr:region⟧", "number": "⟦p1.dl⟧"}, "home_address": "⟦p1.addr⟧"}, "offer": {"title": "⟦~Warehouse Associate|Line Cook|Dental Assistant|Data Analyst⟧", "start_date": "⟦date⟧", "hourly_rate": ⟦num:18-45⟧}, "recruiter": "⟦p2.full⟧ <⟦p2.wemail⟧>"}
""",
    ),
    (
        "kyc_es",
        "es",
        "raw",
        r"""
Resultado de la verificación (herramienta verificar_identidad):
- Titular: ⟦p1.full⟧
- Fecha de nacimiento: ⟦p1.dob:long⟧
- Pasaporte nº ⟦p1.passport⟧ (válido)
- Permiso de conducir nº ⟦p1.dl⟧
- Domicilio declarado: ⟦p1.addr⟧
- Teléfono verificado por SMS: ⟦p1.phone⟧

El domicilio no coincide con el de la factura de suministros aportada. ¿Quieres que solicite a ⟦p1.first⟧ un nuevo justificante?
""",
    ),
    (
        "mietvertrag_de",
        "de",
        "raw",
        r"""
Mieterselbstauskunft (automatisch ausgefüllt aus dem Formular)
Name, Vorname: ⟦p1.full:comma⟧
Geburtsdatum: ⟦p1.dob:dot⟧
Derzeitige Anschrift: ⟦p1.addr⟧
Telefon: ⟦p1.phone⟧   E-Mail: ⟦p1.email⟧
Arbeitgeber: ⟦co⟧, seit ⟦date:dot⟧
Nettoeinkommen: ⟦num:1800-6500⟧ €
Bankverbindung für Kaution: ⟦p1.iban⟧
Mitziehende Person: ⟦p2.full⟧, geb. ⟦p2.dob:dot⟧
""",
    ),
    (
        "pnr_booking",
        "en",
        "json",
        r"""
{"pnr": "⟦UPD:6⟧", "airline": "⟦co⟧", "itinerary": [{"flight": "ZP⟦num:100-999⟧", "from": "⟦~LHR|CDG|FRA|NBO|DXB|SIN|GRU⟧", "to": "⟦~JFK|NRT|LOS|IST|BKK|MEX|SYD⟧", "date": "⟦date⟧"}], "passengers": [
⟦rep:1:3⟧  {"name": "⟦pR.last:upper⟧/⟦pR.given:latin⟧ ⟦pR.hon:air⟧", "dob": "⟦pR.dob:iso⟧", "passport": "⟦pR.passport⟧", "nationality": "⟦pR.cc⟧", "seat": "⟦num:10-45⟧⟦~A|C|D|F⟧"}⟦sep⟧,
⟦/rep⟧
], "contact": {"email": "⟦p1.email⟧", "phone": "⟦p1.phone:e164⟧"}, "ticketed": true}
""",
    ),
    (
        "travel_booking_ar",
        "ar",
        "raw",
        r"""
تأكيد الحجز رقم ⟦UPD:6⟧
اسم المسافر: ⟦p1.full⟧
تاريخ الميلاد: ⟦p1.dob:eu⟧
رقم جواز السفر: ⟦p1.passport⟧
البريد الإلكتروني: ⟦p1.email⟧
الجوال: ⟦p1.phone⟧
الرحلة: ⟦~DXB → LHR|RUH → CAI|AMM → IST⟧ بتاريخ ⟦date⟧
""",
    ),
    (
        "car_rental_dl",
        "en",
        "raw",
        r"""
Rental agreement draft — please verify before handing over keys
Renter: ⟦p1.full⟧
Driver licence no.: ⟦p1.dl⟧ (issued ⟦p1.country⟧, valid to ⟦num:2026-2034⟧)
DOB: ⟦p1.dob⟧
Additional driver: ⟦p2.full⟧, licence ⟦p2.dl⟧
Deposit card: ⟦p1.card⟧
Pickup: ⟦city⟧ Airport, ⟦date:longus⟧ 10:30
""",
    ),
    (
        "kyc_hi",
        "hi",
        "raw",
        r"""
KYC सत्यापन रिपोर्ट
ग्राहक का नाम: ⟦p1.full⟧
जन्म तिथि: ⟦p1.dob⟧
पासपोर्ट संख्या: ⟦p1.passport:IN⟧
ड्राइविंग लाइसेंस: ⟦p1.dl:IN⟧
पता: ⟦p1.addr⟧
मोबाइल: ⟦p1.phone⟧
स्थिति: सत्यापित ✅ — ⟦p1.first⟧ जी को पुष्टि SMS भेज दिया गया है।
""",
    ),
    (
        "mpesa_sw",
        "sw",
        "raw",
        r"""
⟦UPD:10⟧ Imethibitishwa. Umepokea Ksh⟦num:100-50000⟧.00 kutoka kwa ⟦p1.full:caps⟧ ⟦p1.phone⟧ tarehe ⟦date:eu⟧ saa ⟦ts:hm⟧.
Salio jipya la M-PESA ni Ksh⟦num:100-90000⟧.00.

Msaidizi: Nimeona malipo ya ⟦p1.first⟧. Je, nimtumie risiti kwa barua pepe ⟦p1.email⟧?
""",
    ),
    (
        "loan_application_fa",
        "fa",
        "raw",
        r"""
درخواست وام – خلاصهٔ اطلاعات متقاضی
نام و نام خانوادگی: ⟦p1.full⟧
تاریخ تولد: ⟦p1.dob:iso⟧
شماره همراه: ⟦p1.phone⟧
ایمیل: ⟦p1.email⟧
نشانی: ⟦p1.addr⟧
ضامن: ⟦p2.full⟧ (⟦p2.phone⟧)
""",
    ),
    (
        "visa_application_th",
        "th",
        "raw",
        r"""
ข้อมูลผู้ยื่นคำร้อง (ดึงจากระบบ)
ชื่อ-นามสกุล: ⟦p1.full⟧
วันเกิด: ⟦p1.dob⟧
หนังสือเดินทางเลขที่: ⟦p1.passport⟧
ที่อยู่: ⟦p1.addr⟧
โทรศัพท์: ⟦p1.phone⟧
อีเมล: ⟦p1.email⟧
""",
    ),
    (
        "bank_transfer_uk",
        "uk",
        "raw",
        r"""
Платіжне доручення № ⟦num:100-9999⟧ від ⟦date:dot⟧
Платник: ⟦p1.full⟧, IBAN ⟦p1.iban:UA⟧
Отримувач: ⟦p2.full⟧, IBAN ⟦iban:UA⟧
Сума: ⟦amount:100-90000⟧ грн
Призначення: оплата оренди за адресою ⟦p1.addr⟧
Контакт платника: ⟦p1.phone⟧
""",
    ),
    (
        "insurance_claim_it",
        "it",
        "json",
        r"""
{"sinistro": "SIN-⟦num:2023-2025⟧-⟦digits:6⟧", "assicurato": {"nome": "⟦p1.full⟧", "data_nascita": "⟦p1.dob:eu⟧", "codice_cliente": "⟦num:100000-999999⟧", "indirizzo": "⟦p1.addr⟧", "telefono": "⟦p1.phone⟧", "email": "⟦p1.email⟧", "iban_rimborso": "⟦p1.iban⟧"}, "controparte": {"nome": "⟦p2.full⟧", "targa": "⟦~GF|FZ|EK⟧⟦num:100-999⟧⟦~AB|XK|RT⟧", "patente": "⟦p2.dl:IT⟧"}, "descrizione": "Tamponamento a bassa velocità, nessun ferito."}
""",
    ),
]

# --- N. devices and networks -----------------------------------------------------
TEMPLATES += [
    (
        "mdm_inventory",
        "en",
        "json",
        r"""
{"devices": [
⟦rep:2:4⟧  {"serial": "⟦UPD:12⟧", "model": "⟦~MacBook Air M2|ThinkPad T14 Gen 4|Surface Laptop 5|iPhone 15⟧", "assigned_to": {"name": "⟦pR.full⟧", "email": "⟦pR.wemail⟧"}, "wifi_mac": "⟦pR.mac⟧", "last_ip": "⟦pR.ip⟧", "os_build": "⟦build⟧", "encrypted": ⟦~true|true|false⟧}⟦sep⟧,
⟦/rep⟧
], "fetched_at": "⟦ts⟧"}
""",
    ),
    (
        "dhcp_log",
        "en",
        "raw",
        r"""
⟦ts:syslog⟧ gw01 dhcpd[⟦num:300-9000⟧]: DHCPDISCOVER from ⟦p1.mac⟧ via eth1
⟦ts:syslog⟧ gw01 dhcpd[⟦num:300-9000⟧]: DHCPOFFER on ⟦p1.ip⟧ to ⟦p1.mac⟧ via eth1
⟦ts:syslog⟧ gw01 dhcpd[⟦num:300-9000⟧]: DHCPREQUEST for ⟦p1.ip⟧ from ⟦p1.mac⟧ via eth1
⟦ts:syslog⟧ gw01 dhcpd[⟦num:300-9000⟧]: DHCPACK on ⟦p1.ip⟧ to ⟦p1.mac⟧ via eth1
⟦ts:syslog⟧ gw01 radiusd[⟦num:300-9000⟧]: Login OK: [⟦p2.user⟧] (from client ap-3f port 0 cli ⟦p2.mac⟧)
""",
    ),
    (
        "router_log_de",
        "de",
        "raw",
        r"""
⟦date:dot#1⟧ ⟦ts:time⟧ Anmeldung an der FRITZ!Box-Benutzeroberfläche von IP-Adresse ⟦p1.ip⟧ fehlgeschlagen (falsches Kennwort).
⟦date:dot#1⟧ ⟦ts:time⟧ WLAN-Gerät angemeldet (5 GHz), ⟦num:100-1200⟧ Mbit/s, ⟦~Pixel-8|iPad|Galaxy-Tab-S9⟧, IP ⟦p2.ip⟧, MAC ⟦p2.mac⟧.
⟦date:dot#1⟧ ⟦ts:time⟧ Internetverbindung wurde erfolgreich hergestellt. IP-Adresse: ⟦ip4⟧, IPv6-Präfix: ⟦ip6⟧/56
⟦date:dot#1⟧ ⟦ts:time⟧ WLAN-Gastzugang: Kennwort geändert auf "⟦sec:wifi⟧" durch ⟦p1.user⟧
""",
    ),
    (
        "firewall_alert_en",
        "en",
        "json",
        r"""
{"alert": "impossible_travel", "severity": "high", "user": {"upn": "⟦p1.wemail⟧", "display_name": "⟦p1.full⟧"}, "sign_ins": [{"time": "⟦ts⟧", "ip": "⟦p1.ip⟧", "city": "⟦city⟧"}, {"time": "⟦ts⟧", "ip": "⟦ip6⟧", "city": "⟦city⟧"}], "device": {"mac": "⟦p1.mac⟧", "hostname": "⟦~LAPTOP|WS|MBP⟧-⟦UPD:6⟧"}, "recommended_action": "revoke sessions and reset MFA"}
""",
    ),
]

# --- O. texts with nothing to remove (near-misses only) ---------------------
TEMPLATES += [
    (
        "clean_weather_tool",
        "en",
        "json2",
        r"""
{"role": "assistant", "tool_calls": [{"id": "⟦callid#1⟧", "type": "function", "function": {"name": "get_weather", "arguments": "{\"location\": \"⟦city⟧\", \"unit\": \"celsius\"}"}}]}
{"role": "tool", "tool_call_id": "⟦callid#1⟧", "content": "{\"temp\": ⟦num:0-34⟧, \"condition\": \"⟦~light rain|sunny|overcast|snow showers⟧\", \"wind_kph\": ⟦num:0-60⟧, \"observed_at\": \"⟦ts⟧\", \"station\": \"⟦place⟧\"}"}
""",
    ),
    (
        "clean_ci_masked",
        "en",
        "raw",
        r"""
⟦ts:gha⟧ ##[group]Run actions/checkout@v4
⟦ts:gha⟧ Syncing repository: ⟦~lumenfield|tanager-studio⟧/agent-tools
⟦ts:gha⟧ HEAD is now at ⟦sha7⟧ Merge pull request #⟦num:100-999⟧ from feature/retry-backoff
⟦ts:gha⟧ ##[endgroup]
⟦ts:gha⟧ Run pip install -r requirements.txt
⟦ts:gha⟧ Successfully installed httpx-0.27.⟦num:0-2⟧ pydantic-2.⟦num:5-9⟧.1 tenacity-8.⟦num:2-5⟧.0
⟦ts:gha⟧ Run python -m pytest -q
⟦ts:gha⟧ env: OPENAI_API_KEY: ***  STRIPE_KEY: ***
⟦ts:gha⟧ ⟦num:80-400⟧ passed, ⟦num:0-5⟧ skipped in ⟦num:10-90⟧.⟦num:10-99⟧s
⟦ts:gha⟧ Uploading artifact coverage.xml (sha256:⟦sha256⟧)
""",
    ),
    (
        "clean_env_example",
        "en",
        "raw",
        r"""
# .env.example — copy to .env and fill in your own values
OPENAI_API_KEY=⟦ph:key⟧
ANTHROPIC_API_KEY=⟦ph:key⟧
DATABASE_URL=postgres://postgres:⟦ph:pw⟧@localhost:5432/dev
STRIPE_PUBLISHABLE_KEY=⟦pk⟧
STRIPE_SECRET_KEY=⟦ph:key⟧
LOG_LEVEL=info
FEATURE_FLAGS=agent_tools,calendar_sync
# Never commit real keys. Previous leaked key was rotated: ⟦mask:key⟧
""",
    ),
    (
        "clean_json_health_logs",
        "en",
        "json",
        r"""
{"ts":"⟦ts:ms⟧","level":"info","msg":"request completed","method":"GET","path":"/healthz","status":200,"remote":"⟦localip⟧","request_id":"⟦uuid⟧","trace_id":"⟦trace⟧","span_id":"⟦span⟧","duration_ms":⟦num:1-9⟧}
{"ts":"⟦ts:ms⟧","level":"info","msg":"model call","model":"⟦model⟧","prompt_tokens":⟦num:100-9000⟧,"completion_tokens":⟦num:10-900⟧,"request_id":"⟦req⟧","cache_hit":⟦~true|false⟧}
{"ts":"⟦ts:ms⟧","level":"warn","msg":"rate limited, retrying","retry_after_s":⟦num:1-30⟧,"attempt":⟦num:1-4⟧,"upstream":"api.openai.com","x-request-id":"⟦chatcmpl⟧"}
""",
    ),
    (
        "clean_answer_goethe_de",
        "de",
        "raw",
        r"""
Gern! Hier eine kurze Übersicht zu deiner Frage:

**⟦pub⟧** wird oft im Zusammenhang mit ⟦~Literatur|Wissenschaft|Politik|Musik⟧ genannt. Eine gute Einführung bietet die Biografie aus dem ⟦~Suhrkamp|Reclam|C.H.Beck⟧-Verlag (ISBN 978-3-⟦digits:3⟧-⟦digits:5⟧-⟦digits:1⟧).
Falls du eher etwas Unterhaltsames suchst: Die Abenteuer von ⟦fict⟧ sind ein Klassiker.

Soll ich dir eine Leseliste als Tabelle erstellen?
""",
    ),
    (
        "clean_stripe_masked",
        "en",
        "json",
        r"""
{"id": "⟦stripe:evt⟧", "type": "payment_intent.succeeded", "data": {"object": {"id": "⟦stripe:pi⟧", "amount": ⟦cents⟧, "currency": "⟦~eur|usd⟧", "customer": "⟦stripe:cus⟧", "payment_method": "pm_1⟦b62:23⟧", "charges": {"data": [{"payment_method_details": {"card": {"brand": "visa", "last4": "⟦last4⟧", "display": "⟦mask:card⟧", "exp_month": ⟦num:1-12⟧, "exp_year": ⟦num:2026-2031⟧}}}]}, "metadata": {"order_id": "ORD-⟦num:100000-999999⟧", "sku": "SKU-⟦HEX:6⟧"}}}, "request": {"id": "⟦req⟧", "idempotency_key": "⟦uuid⟧"}, "publishable_key_used": "⟦pk⟧"}
""",
    ),
    (
        "clean_fx_tool_es",
        "es",
        "json",
        r"""
{"herramienta": "tipo_de_cambio", "entrada": {"de": "EUR", "a": "⟦~MXN|ARS|COP|USD⟧"}, "salida": {"tasa": ⟦num:1-25⟧.⟦digits:4⟧, "fuente": "Banco Central", "actualizado": "⟦ts⟧"}, "respuesta_modelo": "El tipo de cambio de hoy es aproximadamente ⟦num:1-25⟧,⟦digits:2⟧. Recuerda que ⟦ncompany⟧ y otros bancos aplican comisiones."}
""",
    ),
    (
        "clean_products_ja",
        "ja",
        "json",
        r"""
{"検索語": "ワイヤレスイヤホン", "件数": 2, "結果": [{"商品ID": "P⟦digits:8⟧", "商品名": "⟦product⟧", "価格": ⟦num:3000-60000⟧, "在庫": "あり"}, {"商品ID": "P⟦digits:8⟧", "商品名": "⟦product⟧", "価格": ⟦num:3000-60000⟧, "在庫": "残りわずか"}], "更新日時": "⟦ts:off⟧"}
""",
    ),
    (
        "clean_curl_envvar",
        "en",
        "raw",
        r"""
curl https://api.anthropic.com/v1/messages \
  -H "x-api-key: $ANTHROPIC_API_KEY" \
  -H "anthropic-version: 2023-06-01" \
  -H "content-type: application/json" \
  -d '{"model": "⟦model⟧", "max_tokens": 256, "messages": [{"role": "user", "content": "Summarize the history of ⟦place⟧ in three sentences."}]}'
# response header: request-id: req_⟦b62:24⟧
""",
    ),
    (
        "clean_git_merge_bots",
        "en",
        "raw",
        r"""
$ git log --oneline -n 6
⟦sha7⟧ (HEAD -> main, origin/main) Merge pull request #⟦num:100-999⟧ from release/v⟦ver⟧
⟦sha7⟧ chore(deps): bump urllib3 from 2.2.1 to 2.2.2 (#⟦num:100-999⟧)
⟦sha7⟧ fix(tools): handle empty calendar responses
⟦sha7⟧ docs: add example for ⟦ncompany⟧ integration
⟦sha7⟧ ci: pin actions/setup-python to ⟦sha⟧
⟦sha7⟧ refactor: rename send_email tool to email.send
""",
    ),
    (
        "clean_public_keys",
        "en",
        "raw",
        r"""
# deploy/keys.md — public material only, safe to share
ssh_host_key (public): ⟦sshpub⟧ host-key
signing_key (public):
⟦pubpem⟧
gpg fingerprint: ⟦HEX:4⟧ ⟦HEX:4⟧ ⟦HEX:4⟧ ⟦HEX:4⟧ ⟦HEX:4⟧  ⟦HEX:4⟧ ⟦HEX:4⟧ ⟦HEX:4⟧ ⟦HEX:4⟧ ⟦HEX:4⟧
release checksum (sha256): ⟦sha256⟧  agentkit-⟦ver⟧.tar.gz
""",
    ),
    (
        "clean_order_pt",
        "pt",
        "json",
        r"""
{"pedido": "⟦num:100000-999999⟧", "status": "enviado", "itens": [{"sku": "BR-⟦digits:6⟧", "descricao": "⟦product⟧", "qtd": ⟦num:1-3⟧}], "transportadora": "⟦~Correios|Jadlog|Loggi⟧", "codigo_rastreio": "⟦~NX|QB|OY⟧⟦digits:9⟧BR", "previsao_entrega": "⟦date:eu⟧", "valor_total": "R$ ⟦amount⟧"}
""",
    ),
    (
        "clean_k8s_pods",
        "en",
        "raw",
        r"""
$ kubectl -n agents get pods
NAME                              READY   STATUS    RESTARTS   AGE
agent-gateway-⟦hex:10⟧-⟦b62:5⟧   1/1     Running   0          ⟦num:1-30⟧d
tool-runner-⟦hex:10⟧-⟦b62:5⟧     1/1     Running   ⟦num:0-3⟧          ⟦num:1-30⟧d
$ kubectl -n agents logs deploy/tool-runner --tail=2
⟦ts:ms⟧ INFO listening on ⟦localip⟧:8080 (version ⟦ver⟧, commit ⟦sha7⟧)
⟦ts:ms⟧ INFO tool registry loaded: 14 tools, schema hash ⟦sha256⟧
$ kubectl -n agents describe pod tool-runner | grep Image
    Image:          europe-docker.pkg.dev/agent-prod/tools/runner@sha256:⟦sha256⟧
""",
    ),
    (
        "clean_token_usage_zh",
        "zh",
        "json",
        r"""
{"请求ID": "⟦uuid⟧", "模型": "⟦model⟧", "输入tokens": ⟦num:100-9000⟧, "输出tokens": ⟦num:10-900⟧, "耗时毫秒": ⟦num:200-9000⟧, "状态": "成功", "备注": "调用工具 search_docs 两次；API 密钥：⟦mask:key⟧（已脱敏）"}
""",
    ),
    (
        "clean_history_answer",
        "en",
        "raw",
        r"""
Sure — a quick summary:

⟦pub⟧ is frequently cited in discussions about ⟦~computing|civil rights|literature|physics|environmental policy⟧. If you're visiting ⟦place⟧, the museum nearby has a permanent exhibition (open daily 09:00–17:00, tickets from €⟦num:8-25⟧).
The ⟦ncompany⟧ archive also published a free collection in ⟦num:1995-2023⟧, catalogue no. ⟦UPD:3⟧-⟦digits:5⟧.

Want me to plan a one-day itinerary?
""",
    ),
    (
        "clean_webhook_signature",
        "en",
        "raw",
        r"""
POST /webhooks/stripe 200 (⟦num:20-300⟧ms)
Stripe-Signature: t=⟦ts:epoch⟧,v1=⟦sha256⟧
Event: ⟦stripe:evt⟧ (invoice.paid) livemode=true
Idempotency-Key: ⟦uuid⟧
Verified with endpoint secret ⟦mask:key⟧ (stored in Secret Manager, version ⟦num:2-20⟧)
""",
    ),
]

# --- P. payments, tax and recovery data pasted into agents -------------------
SEED_WORDS = [
    "abandon",
    "ladder",
    "orbit",
    "velvet",
    "canyon",
    "harvest",
    "lemon",
    "oxygen",
    "pioneer",
    "quantum",
    "ribbon",
    "saddle",
    "timber",
    "umbrella",
    "vintage",
    "walnut",
    "yellow",
    "zebra",
    "anchor",
    "blossom",
    "cactus",
    "dolphin",
    "embark",
    "fossil",
    "gadget",
    "hollow",
    "island",
    "jungle",
    "kettle",
    "lunar",
    "marble",
    "napkin",
    "olive",
    "puzzle",
    "quiver",
    "rocket",
    "salmon",
    "tunnel",
    "urban",
    "violin",
    "wisdom",
    "excess",
    "yard",
    "zone",
    "bridge",
    "castle",
    "desert",
    "engine",
]

TEMPLATES += [
    (
        "chat_user_pastes_card",
        "en",
        "json",
        r"""
{"model": "⟦model⟧", "messages": [{"role": "system", "content": "You are the booking assistant for ⟦co⟧. Never ask for full card numbers; use the secure payment link tool."}, {"role": "user", "content": "just book it, here's my card: ⟦p1.card⟧ exp ⟦num:1-12⟧/⟦num:26-31⟧ cvv ⟦digits:3⟧, name on card ⟦p1.full:caps⟧, billing zip ⟦p1.addr:postal⟧"}, {"role": "assistant", "content": "For your security I can't take card details in chat. I've sent a secure payment link to ⟦p1.email⟧ instead."}]}
""",
    ),
    (
        "pci_gateway_debug",
        "en",
        "raw",
        r"""
⟦ts:log⟧ DEBUG gateway.adapter >>> POST /v2/authorize
⟦ts:log⟧ DEBUG gateway.adapter >>> {"merchant":"⟦co⟧","amount":"⟦amount⟧","pan":"⟦p1.card:plain⟧","exp":"⟦num:1-12⟧⟦num:26-31⟧","holder":"⟦p1.full:caps⟧","avs_zip":"⟦p1.addr:postal⟧"}
⟦ts:log⟧ DEBUG gateway.adapter <<< {"result":"DECLINED","code":"51","auth_id":null,"network_ref":"⟦UPD:15⟧"}
⟦ts:log⟧ WARN  gateway.adapter PAN logged in cleartext — ticket SEC-⟦num:100-999⟧ assigned to ⟦p2.full⟧
""",
    ),
    (
        "tool_pago_es",
        "es",
        "json2",
        r"""
{"role": "assistant", "tool_calls": [{"id": "⟦callid⟧", "type": "function", "function": {"name": "procesar_pago", "arguments": "{\"titular\": \"⟦p1.full⟧\", \"numero_tarjeta\": \"⟦p1.card⟧\", \"caducidad\": \"⟦num:1-12⟧/⟦num:26-31⟧\", \"importe\": ⟦amount⟧, \"moneda\": \"EUR\", \"email_recibo\": \"⟦p1.email⟧\"}"}}]}
""",
    ),
    (
        "bestellformular_de",
        "de",
        "raw",
        r"""
Neue Bestellung über das Kontaktformular (vom Assistenten zusammengefasst):
Kunde: ⟦p1.full⟧
Lieferadresse: ⟦p1.addr⟧
Telefon für Rückfragen: ⟦p1.phone⟧
Zahlungsart: Kreditkarte ⟦p1.card⟧ (gültig bis ⟦num:1-12⟧/⟦num:26-31⟧)
Artikel: ⟦num:1-4⟧× ⟦product⟧
Hinweis: Der Kunde hat die Kartennummer im Freitextfeld angegeben – bitte nach Abschluss löschen.
""",
    ),
    (
        "tax_profile_tool",
        "en-US",
        "json2",
        r"""
{"role": "tool", "tool_call_id": "⟦callid⟧", "name": "get_tax_profile", "content": "{\"tax_year\": 2024, \"filing_status\": \"married_filing_jointly\", \"primary\": {\"name\": \"⟦p1.full⟧\", \"ssn\": \"⟦p1.ssn⟧\", \"dob\": \"⟦p1.dob:iso⟧\"}, \"spouse\": {\"name\": \"⟦p2.full⟧\", \"itin\": \"⟦p2.itin⟧\", \"dob\": \"⟦p2.dob:iso⟧\"}, \"dependents\": [{\"name\": \"⟦p3.full⟧\", \"ssn\": \"⟦p3.ssn⟧\", \"relationship\": \"daughter\"}], \"address\": \"⟦p1.addr⟧\", \"refund_account_last4\": \"⟦last4⟧\"}"}
""",
    ),
    (
        "background_check",
        "en-US",
        "json",
        r"""
{
  "report_id": "BGC-⟦UPD:10⟧",
  "candidate": {"name": "⟦p1.full⟧", "ssn": "⟦p1.ssn⟧", "dob": "⟦p1.dob:iso⟧", "email": "⟦p1.email⟧"},
  "drivers_license": {"number": "⟦p1.dl⟧", "state": "⟦p1.addr:region⟧", "status": "valid"},
  "address_history": [
    {"address": "⟦p1.addr⟧", "from": "⟦num:2015-2022⟧-0⟦num:1-9⟧", "to": null},
    {"address": "⟦p2.addr⟧", "from": "⟦num:2005-2014⟧-1⟦num:0-2⟧", "to": "⟦num:2015-2022⟧-0⟦num:1-9⟧"}
  ],
  "criminal_search": "clear",
  "requested_by": "⟦p3.wemail⟧"
}
""",
    ),
    (
        "loan_summary_en",
        "en-US",
        "raw",
        r"""
Here's the summary of the loan application you asked for:

**Applicant:** ⟦p1.full⟧ (DOB ⟦p1.dob⟧)
**SSN:** ⟦p1.ssn⟧
**Current address:** ⟦p1.addr⟧ — ⟦num:2-9⟧ years
**Employer:** ⟦co⟧, annual income $⟦num:38000-160000⟧
**Card on file for the origination fee:** ⟦p1.card⟧

Co-applicant ⟦p2.full⟧ provided ITIN ⟦p2.itin⟧ instead of an SSN, so the bureau pull for ⟦p2.first⟧ has to be done manually.
""",
    ),
    (
        "card_payment_ja",
        "ja",
        "json",
        r"""
{"決済ID": "PAY-⟦digits:10⟧", "ステータス": "オーソリ失敗", "カード番号": "⟦p1.card⟧", "有効期限": "⟦num:1-12⟧/⟦num:26-31⟧", "名義": "⟦p1.full:caps⟧", "会員": {"氏名": "⟦p1.full⟧", "電話": "⟦p1.phone⟧"}, "エラー": "カード会社により拒否されました（コード: G12）"}
""",
    ),
    (
        "litige_carte_fr",
        "fr",
        "raw",
        r"""
Résumé du litige n° LT-⟦digits:7⟧ préparé par l'assistant :
⟦p1.hon:fr⟧ ⟦p1.full⟧ conteste un paiement de ⟦amount:20-900⟧ € du ⟦date:eu⟧ effectué avec la carte ⟦p1.card⟧.
Il/Elle indique ne jamais avoir reçu la commande livrée à ⟦p1.addr⟧.
Contact : ⟦p1.email⟧ / ⟦p1.phone⟧. Conseiller en charge : ⟦p2.full⟧.
""",
    ),
    (
        "wallet_recovery_chat",
        "en",
        "raw",
        r"""
user: hi my wallet app crashed and I can't get in. my address is ⟦p1.crypto⟧ and the recovery phrase is ⟦sec:seed⟧
assistant: Please stop — never share your recovery phrase with anyone, including support. Anyone with those words can take your funds. Move everything to a new wallet right away.
user: ok. the funds were sent from ⟦crypto⟧ yesterday, tx ⟦txhash⟧. my email is ⟦p1.email⟧ if you need it
""",
    ),
    (
        "cartao_pt",
        "pt",
        "raw",
        r"""
[atendimento-bot] Cliente ⟦p1.full⟧ (⟦p1.phone⟧) informou no chat:
"meu cartão final ⟦last4⟧ foi clonado, o número completo é ⟦p1.card⟧, bloqueiem por favor"
[atendimento-bot] Protocolo ⟦digits:12⟧ aberto. Cartão bloqueado. Novo cartão será enviado para ⟦p1.addr⟧.
""",
    ),
]

# --- Q. driving and mobility ------------------------------------------------------
TEMPLATES += [
    (
        "dmv_lookup_tool",
        "en-US",
        "json2",
        r"""
{"role": "tool", "tool_call_id": "⟦callid⟧", "name": "verify_drivers_license", "content": "{\"match\": true, \"license_number\": \"⟦p1.dl⟧\", \"state\": \"⟦p1.addr:region⟧\", \"class\": \"⟦~C|D|CDL-A⟧\", \"holder\": \"⟦p1.full:caps⟧\", \"dob\": \"⟦p1.dob:us⟧\", \"address\": \"⟦p1.addr⟧\", \"expires\": \"⟦num:2026-2031⟧-⟦num:10-12⟧-0⟦num:1-9⟧\", \"points\": ⟦num:0-6⟧}"}
""",
    ),
    (
        "carsharing_signup_nl",
        "nl",
        "json",
        r"""
{"event": "lid.aangemeld", "lid": {"naam": "⟦p1.full⟧", "email": "⟦p1.email⟧", "mobiel": "⟦p1.phone⟧", "geboortedatum": "⟦p1.dob:dash⟧", "rijbewijsnummer": "⟦p1.dl:NL⟧", "adres": "⟦p1.addr⟧"}, "verificatie": {"rijbewijs_foto": "ontvangen", "selfie": "ontvangen", "status": "in_behandeling"}, "aangemeld_op": "⟦ts:off⟧"}
""",
    ),
    (
        "driver_onboarding_id",
        "id",
        "raw",
        r"""
Ringkasan pendaftaran mitra pengemudi (dari formulir aplikasi):
Nama lengkap: ⟦p1.full⟧
Tanggal lahir: ⟦p1.dob⟧
No. SIM: ⟦p1.dl:ID⟧
No. HP: ⟦p1.phone⟧
Alamat: ⟦p1.addr⟧
Kendaraan: ⟦~Honda Vario 125|Yamaha NMAX|Toyota Avanza⟧, plat ⟦~B|D|L⟧ ⟦num:1000-9999⟧ ⟦~KXY|ABZ|TRP⟧
Catatan: foto SIM buram, minta ⟦p1.first⟧ unggah ulang.
""",
    ),
    (
        "rental_agent_pl",
        "pl",
        "json2",
        r"""
{"role": "tool", "name": "wypozyczenie_auta", "content": "{\"rezerwacja\": \"WAW-⟦UPD:6⟧\", \"kierowca\": {\"imie_nazwisko\": \"⟦p1.full⟧\", \"data_urodzenia\": \"⟦p1.dob:dot⟧\", \"prawo_jazdy\": \"⟦p1.dl:PL⟧\", \"telefon\": \"⟦p1.phone⟧\"}, \"kaucja_karta\": \"⟦p1.card⟧\", \"odbior\": \"Lotnisko Chopina, ⟦date:dot⟧ 09:00\"}"}
""",
    ),
    (
        "uk_dvla_check",
        "en-GB",
        "raw",
        r"""
DVLA check via the fleet tool — result for driver onboarding
Name: ⟦p1.full⟧
Licence number: ⟦p1.dl:GB⟧
Date of birth: ⟦p1.dob:eu⟧
Address on licence: ⟦p1.addr⟧
Endorsements: ⟦~none|SP30 (3 points)|none⟧
Checked by: ⟦p2.user⟧ on ⟦date:eu⟧
""",
    ),
]
