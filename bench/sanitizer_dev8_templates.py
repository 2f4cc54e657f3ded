"""Hand-written data for the dev8 sanitizer evaluation set (see sanitizer_dev8.py).

Everything here is plain data: name lists for many cultures, address parts, phone formats,
month names and the text templates.  Slots are written as ⟦...⟧:

* ``⟦p1.full⟧``, ``⟦p2f.first⟧``, ``⟦r.last⟧`` - a person of the text (``p<n>``; an ``f``/``m``
  suffix fixes the gender; ``r``/``r2``/``rf`` are fresh for every table row) and a form of the
  name: full, first, last, lastfirst, lastinit, initlast, finit, nick, handle, uname, pnrname,
  fio, io (labelled PERSON), email, wemail (EMAIL), or any value kind below, kept per person.
* ``⟦phone⟧``, ``⟦address:de⟧``, ``⟦card:amex⟧``, ``⟦secret:github⟧`` - a must-remove value.
* ``⟦org⟧``, ``⟦city⟧``, ``⟦date⟧``, ``⟦n:1-9⟧``, ``⟦pick:a|b⟧`` ... - filler that is kept.
* ``#tag`` repeats the same value, ``!up`` / ``!low`` change the case.

Non-Latin names are written ``native|roman``; gendered surnames ``male/female``.
"""

# ruff: noqa: E501, RUF001

# ---------------------------------------------------------------------------------------------
# Names.  "m"/"f" given names, "s" surnames.  Options: "lang" (language whose script the native
# names use), "order" ("sf" = surname first in the native language), "sep" (between surname and
# given name in native order), "double" (chance of two surnames), "mono" (chance of a single
# name), "middle" (Vietnamese middle names), "patr" (Russian patronymics), "nick" (nicknames).
# ---------------------------------------------------------------------------------------------

CULTURES = {
    "anglo": {
        "m": [
            "James",
            "Michael",
            "Robert",
            "William",
            "David",
            "Richard",
            "Joseph",
            "Thomas",
            "Christopher",
            "Daniel",
            "Matthew",
            "Anthony",
            "Steven",
            "Andrew",
            "Joshua",
            "Kevin",
            "Brian",
            "Ryan",
            "Jacob",
            "Nicholas",
            "Tyler",
            "Brandon",
            "Kyle",
            "Logan",
            "Ethan",
            "Noah",
            "Liam",
            "Caleb",
            "Owen",
            "Connor",
            "Travis",
            "Derek",
            "Trevor",
            "Wesley",
            "Jeffrey",
            "Gregory",
            "Douglas",
            "Russell",
            "Malcolm",
            "Nigel",
            "Graham",
            "Alistair",
            "Callum",
            "Harry",
            "Oliver",
            "George",
        ],
        "f": [
            "Mary",
            "Patricia",
            "Jennifer",
            "Linda",
            "Elizabeth",
            "Barbara",
            "Susan",
            "Jessica",
            "Sarah",
            "Karen",
            "Emily",
            "Ashley",
            "Megan",
            "Olivia",
            "Emma",
            "Chloe",
            "Madison",
            "Kayla",
            "Lauren",
            "Hannah",
            "Abigail",
            "Brittany",
            "Courtney",
            "Samantha",
            "Rebecca",
            "Katherine",
            "Margaret",
            "Deborah",
            "Sharon",
            "Michelle",
            "Amanda",
            "Stephanie",
            "Nicole",
            "Rachel",
            "Natalie",
            "Charlotte",
            "Sophie",
            "Lucy",
            "Harriet",
            "Imogen",
            "Eleanor",
            "Fiona",
        ],
        "s": [
            "Smith",
            "Johnson",
            "Williams",
            "Jones",
            "Miller",
            "Davis",
            "Wilson",
            "Anderson",
            "Taylor",
            "Moore",
            "Jackson",
            "Harris",
            "Martin",
            "Thompson",
            "Wright",
            "Adams",
            "Nelson",
            "Carter",
            "Mitchell",
            "Roberts",
            "Turner",
            "Phillips",
            "Campbell",
            "Parker",
            "Evans",
            "Edwards",
            "Collins",
            "Stewart",
            "Morris",
            "Rogers",
            "Reed",
            "Bailey",
            "Cooper",
            "Howard",
            "Ward",
            "Cox",
            "Richardson",
            "Sullivan",
            "Henderson",
            "Coleman",
            "Jenkins",
            "Perry",
            "Butler",
            "Barnes",
            "Fisher",
            "Hayes",
            "Myers",
            "Ellis",
            "Graham",
            "Russell",
            "Griffin",
            "Hawkins",
            "Dunn",
            "Spencer",
            "Gibson",
            "Holmes",
            "Lloyd",
        ],
        # given names and surnames that are also ordinary English words
        "wm": [
            "Will",
            "Mark",
            "Frank",
            "Bill",
            "Jack",
            "Gene",
            "Dean",
            "Cliff",
            "Rob",
            "Hunter",
            "Chase",
            "Drew",
            "Pat",
            "Sky",
            "River",
            "Buck",
            "Rich",
            "Grant",
            "Miles",
            "Victor",
            "Earnest",
            "Bishop",
            "Duke",
            "Major",
            "Guy",
            "Ray",
            "Rusty",
            "Sonny",
            "Basil",
            "Forest",
            "Reed",
            "Wade",
            "Heath",
            "Clay",
        ],
        "wf": [
            "Hope",
            "Grace",
            "Rose",
            "Faith",
            "Joy",
            "Holly",
            "Ivy",
            "June",
            "April",
            "May",
            "Dawn",
            "Summer",
            "Autumn",
            "Penny",
            "Ruby",
            "Amber",
            "Crystal",
            "Hazel",
            "Violet",
            "Daisy",
            "Heather",
            "Brooke",
            "Sandy",
            "Sue",
            "Destiny",
            "Harmony",
            "Melody",
            "Honor",
            "Charity",
            "Patience",
            "Iris",
            "Lily",
            "Pearl",
            "Jade",
            "Willow",
            "Robin",
            "Sunny",
            "Bliss",
            "Star",
            "Misty",
            "Ginger",
            "Candy",
            "Olive",
            "Poppy",
            "Clementine",
        ],
        "ws": [
            "Baker",
            "Brown",
            "Green",
            "White",
            "Young",
            "King",
            "Cook",
            "Bell",
            "Hill",
            "Stone",
            "Fox",
            "Wolf",
            "Bird",
            "Lane",
            "Price",
            "Banks",
            "Little",
            "Long",
            "Sharp",
            "Swift",
            "Hardy",
            "Wise",
            "Cross",
            "Love",
            "Church",
            "Street",
            "Field",
            "Brooks",
            "Rich",
            "Moody",
            "Golden",
            "Gray",
            "Black",
            "Hope",
            "Frost",
            "Winter",
            "Summers",
            "Knight",
            "Page",
            "Marsh",
            "Booth",
            "Mason",
            "Hunter",
            "Archer",
            "Fletcher",
            "Potter",
            "Shepherd",
            "Walker",
            "Woods",
            "Rivers",
            "Parsons",
            "Rice",
            "Bush",
            "Mills",
            "Chambers",
            "Holiday",
            "Goodman",
            "Savage",
            "Strong",
            "Sweet",
            "Joy",
            "Hale",
        ],
    },
    "irish": {
        "m": [
            "Pádraig",
            "Seán",
            "Cian",
            "Oisín",
            "Darragh",
            "Eoin",
            "Ciarán",
            "Colm",
            "Dónal",
            "Fionn",
            "Tadhg",
            "Declan",
            "Ruairí",
            "Cathal",
        ],
        "f": [
            "Siobhán",
            "Niamh",
            "Aoife",
            "Saoirse",
            "Ciara",
            "Róisín",
            "Caoimhe",
            "Orla",
            "Sinéad",
            "Clodagh",
            "Aisling",
            "Gráinne",
            "Méabh",
            "Éabha",
        ],
        "s": [
            "Murphy",
            "O'Sullivan",
            "Walsh",
            "O'Brien",
            "Byrne",
            "Ryan",
            "O'Connor",
            "O'Neill",
            "O'Reilly",
            "Doyle",
            "McCarthy",
            "Gallagher",
            "McLoughlin",
            "Kavanagh",
            "Brennan",
            "Fitzgerald",
            "Quinn",
            "Nolan",
            "Dunne",
        ]
        + ["Ó Súilleabháin", "Mac Giolla Phádraig"],
    },
    "welsh": {
        "m": ["Rhys", "Dafydd", "Gareth", "Iwan", "Emyr", "Huw", "Gethin", "Aled", "Owain", "Llŷr"],
        "f": [
            "Cerys",
            "Siân",
            "Bethan",
            "Angharad",
            "Nia",
            "Ffion",
            "Gwen",
            "Carys",
            "Llinos",
            "Eleri",
            "Mererid",
        ],
        "s": [
            "Jones",
            "Davies",
            "Llewellyn",
            "Pritchard",
            "Vaughan",
            "Powell",
            "Rees",
            "Morgan",
            "Griffiths",
            "Hughes",
            "Bowen",
            "Prosser",
            "Gwynne",
        ],
    },
    "spanish": {
        "double": 0.45,
        "m": [
            "Alejandro",
            "Javier",
            "Sergio",
            "Pablo",
            "Álvaro",
            "Diego",
            "Jorge",
            "Raúl",
            "Iñaki",
            "Jesús",
            "Ángel",
            "Rubén",
            "Francisco",
            "Manuel",
            "Adrián",
            "Gonzalo",
        ],
        "f": [
            "María",
            "Lucía",
            "Carmen",
            "Paula",
            "Marta",
            "Elena",
            "Nuria",
            "Inés",
            "Rocío",
            "Pilar",
            "Montserrat",
            "Begoña",
            "Consuelo",
            "Dolores",
            "Rosario",
            "Esperanza",
            "Amparo",
            "Luz",
            "Soledad",
            "Blanca",
            "Alba",
            "Estrella",
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
            "Gómez",
            "Martín",
            "Jiménez",
            "Ruiz",
            "Hernández",
            "Díaz",
            "Moreno",
            "Muñoz",
            "Álvarez",
            "Romero",
            "Navarro",
            "Torres",
            "Domínguez",
            "Vázquez",
            "Ramos",
            "Gil",
            "Serrano",
            "Blanco",
            "Castillo",
            "Iglesias",
            "Delgado",
            "Prieto",
            "León",
            "Calvo",
            "Santos",
            "Cortés",
            "Lozano",
        ],
    },
    "mexican": {
        "double": 0.5,
        "m": [
            "José Luis",
            "Juan Carlos",
            "Santiago",
            "Mateo",
            "Emiliano",
            "Rigoberto",
            "Cuauhtémoc",
            "Jesús",
            "Armando",
            "Ulises",
            "Leonel",
            "Efraín",
            "Salvador",
        ],
        "f": [
            "Guadalupe",
            "Ximena",
            "Itzel",
            "Xóchitl",
            "Alejandra",
            "Fernanda",
            "Valeria",
            "Yolanda",
            "Citlali",
            "María José",
            "Azucena",
            "Paloma",
            "Dulce",
            "Milagros",
        ],
        "s": [
            "Hernández",
            "Ramírez",
            "Flores",
            "Cruz",
            "Reyes",
            "Morales",
            "Ortiz",
            "Gutiérrez",
            "Chávez",
            "Mendoza",
            "Castañeda",
            "Villarreal",
            "Zúñiga",
            "Ibarra",
            "Cervantes",
            "Quintero",
            "Salazar",
            "Aguilar",
            "Medina",
            "Vargas",
            "Rojas",
            "Tapia",
        ],
    },
    "brazilian": {
        "double": 0.5,
        "m": [
            "João",
            "Pedro",
            "Lucas",
            "Gabriel",
            "Rafael",
            "Thiago",
            "Felipe",
            "Bruno",
            "Vinícius",
            "Caio",
            "João Pedro",
            "Matheus",
            "Leandro",
            "Rodrigo",
            "Otávio",
        ],
        "f": [
            "Luíza",
            "Ana Clara",
            "Mariana",
            "Beatriz",
            "Larissa",
            "Camila",
            "Juliana",
            "Letícia",
            "Fernanda",
            "Gabriela",
            "Conceição",
            "Graça",
            "Vitória",
            "Aparecida",
            "Bianca",
            "Raíssa",
        ],
        "s": [
            "Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Rodrigues",
            "Ferreira",
            "Alves",
            "Pereira",
            "Lima",
            "Gomes",
            "Costa",
            "Ribeiro",
            "Martins",
            "Carvalho",
            "Almeida",
            "Lopes",
            "Nascimento",
            "Araújo",
            "Barbosa",
            "Cardoso",
            "Rocha",
            "Pinto",
            "Teixeira",
            "Moreira",
            "Magalhães",
            "Campos",
        ],
    },
    "portuguese": {
        "double": 0.4,
        "m": [
            "Tiago",
            "Rui",
            "Duarte",
            "Gonçalo",
            "Nuno",
            "Afonso",
            "Vasco",
            "Henrique",
            "Diogo",
            "Miguel",
        ],
        "f": [
            "Inês",
            "Leonor",
            "Matilde",
            "Beatriz",
            "Carolina",
            "Mafalda",
            "Teresa",
            "Catarina",
            "Filipa",
            "Rita",
        ],
        "s": [
            "Silva",
            "Santos",
            "Ferreira",
            "Pereira",
            "Oliveira",
            "Costa",
            "Rodrigues",
            "Martins",
            "Jesus",
            "Sousa",
            "Fernandes",
            "Gonçalves",
            "Marques",
            "Azevedo",
            "Figueiredo",
            "Mendes",
        ],
    },
    "french": {
        "m": [
            "Mathieu",
            "Julien",
            "Nicolas",
            "Guillaume",
            "Théo",
            "Hugo",
            "Antoine",
            "Baptiste",
            "Étienne",
            "François",
            "Loïc",
            "Rémi",
            "Jean-Pierre",
            "Olivier",
            "Sébastien",
            "Yannick",
        ],
        "f": [
            "Camille",
            "Chloé",
            "Léa",
            "Manon",
            "Inès",
            "Céline",
            "Sophie",
            "Aurélie",
            "Élodie",
            "Margaux",
            "Amélie",
            "Océane",
            "Solène",
            "Clémence",
            "Marie-Claire",
            "Mathilde",
            "Agathe",
        ],
        "s": [
            "Martin",
            "Bernard",
            "Dubois",
            "Thomas",
            "Robert",
            "Richard",
            "Petit",
            "Durand",
            "Leroy",
            "Moreau",
            "Simon",
            "Laurent",
            "Lefèvre",
            "Michel",
            "Garnier",
            "Faure",
            "Rousseau",
            "Blanc",
            "Guérin",
            "Chevalier",
            "Lemoine",
            "Deschamps",
            "Boulanger",
            "Fontaine",
            "Marchand",
            "Mercier",
            "Girard",
        ],
    },
    "german": {
        "m": [
            "Lukas",
            "Jonas",
            "Maximilian",
            "Felix",
            "Leon",
            "Tobias",
            "Matthias",
            "Jürgen",
            "Stefan",
            "Wolfgang",
            "Klaus",
            "Uwe",
            "Sven",
            "Dirk",
            "Jörg",
            "Florian",
            "Moritz",
            "Henrik",
        ],
        "f": [
            "Anna",
            "Lena",
            "Sophie",
            "Hannah",
            "Katharina",
            "Julia",
            "Sabine",
            "Ute",
            "Birgit",
            "Anke",
            "Jutta",
            "Heike",
            "Franziska",
            "Johanna",
            "Greta",
            "Liesel",
            "Mia",
            "Annika",
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
            "Schröder",
            "Neumann",
            "Schwarz",
            "Zimmermann",
            "Braun",
            "Krüger",
            "Hofmann",
            "Hartmann",
            "Lange",
            "Weiß",
            "Vogel",
            "Jäger",
            "Groß",
            "Kühn",
        ],
    },
    "italian": {
        "m": [
            "Giuseppe",
            "Marco",
            "Luca",
            "Alessandro",
            "Andrea",
            "Francesco",
            "Matteo",
            "Lorenzo",
            "Davide",
            "Simone",
            "Giovanni",
            "Riccardo",
            "Nicolò",
        ],
        "f": [
            "Giulia",
            "Chiara",
            "Francesca",
            "Sara",
            "Valentina",
            "Alessia",
            "Martina",
            "Federica",
            "Elisa",
            "Serena",
            "Beatrice",
            "Gioia",
            "Benedetta",
            "Ludovica",
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
            "Mancini",
            "Costa",
            "Giordano",
            "Rizzo",
            "Lombardi",
            "Moretti",
            "Barbieri",
            "Fontana",
            "Santoro",
            "Mariani",
            "D'Angelo",
        ]
        + ["De Luca", "Lo Presti"],
    },
    "dutch": {
        "m": [
            "Daan",
            "Sem",
            "Bram",
            "Jeroen",
            "Pieter",
            "Maarten",
            "Joost",
            "Sander",
            "Thijs",
            "Ruud",
            "Wouter",
            "Koen",
            "Gijs",
        ],
        "f": [
            "Sanne",
            "Lotte",
            "Femke",
            "Anouk",
            "Eva",
            "Fleur",
            "Ilse",
            "Marieke",
            "Noor",
            "Saskia",
            "Roos",
            "Ineke",
            "Floor",
        ],
        "s": [
            "de Jong",
            "Jansen",
            "de Vries",
            "van den Berg",
            "van Dijk",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "de Groot",
            "Bos",
            "Vos",
            "Peters",
            "Hendriks",
            "van Leeuwen",
            "Dekker",
            "Brouwer",
            "de Wit",
            "Dijkstra",
            "van der Meer",
            "Kok",
        ],
    },
    "polish": {
        "m": [
            "Piotr",
            "Krzysztof",
            "Andrzej",
            "Tomasz",
            "Paweł",
            "Michał",
            "Marcin",
            "Łukasz",
            "Jakub",
            "Grzegorz",
            "Wojciech",
            "Mateusz",
        ],
        "f": [
            "Anna",
            "Katarzyna",
            "Małgorzata",
            "Agnieszka",
            "Magdalena",
            "Joanna",
            "Aleksandra",
            "Zofia",
            "Ewa",
            "Dorota",
            "Natalia",
            "Weronika",
            "Agata",
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
            "Jankowski/Jankowska",
            "Mazur",
            "Krawczyk",
            "Piotrowski/Piotrowska",
            "Grabowski/Grabowska",
            "Pawlak",
            "Michalski/Michalska",
            "Zając",
            "Król",
            "Wróbel",
        ],
    },
    "czech": {
        "m": ["Jan", "Jiří", "Petr", "Tomáš", "Martin", "Pavel", "Ondřej", "Lukáš", "Vojtěch"],
        "f": ["Jana", "Eva", "Hana", "Lenka", "Tereza", "Kateřina", "Lucie", "Veronika", "Markéta"],
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
            "Pokorný/Pokorná",
        ],
    },
    "hungarian": {
        "m": [
            "László",
            "István",
            "József",
            "Zoltán",
            "Gábor",
            "Attila",
            "Balázs",
            "Péter",
            "Tamás",
            "Bence",
        ],
        "f": [
            "Zsófia",
            "Eszter",
            "Katalin",
            "Ágnes",
            "Réka",
            "Boglárka",
            "Krisztina",
            "Erzsébet",
            "Dóra",
            "Orsolya",
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
            "Takács",
            "Juhász",
            "Lakatos",
            "Mészáros",
        ],
    },
    "nordic": {
        "m": [
            "Erik",
            "Lars",
            "Anders",
            "Johan",
            "Karl",
            "Nils",
            "Olof",
            "Björn",
            "Magnus",
            "Mikael",
            "Henrik",
            "Oskar",
            "Axel",
            "Sigurd",
            "Øyvind",
            "Jens",
            "Søren",
        ],
        "f": [
            "Astrid",
            "Ingrid",
            "Sigrid",
            "Linnea",
            "Elsa",
            "Maja",
            "Freja",
            "Saga",
            "Karin",
            "Kerstin",
            "Birgitta",
            "Ebba",
            "Solveig",
            "Liv",
            "Signe",
            "Hedda",
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
            "Svensson",
            "Gustafsson",
            "Lindqvist",
            "Lindberg",
            "Berg",
            "Holm",
            "Sjöberg",
            "Åberg",
            "Hansen",
            "Johansen",
            "Nielsen",
            "Jensen",
            "Pedersen",
            "Solberg",
            "Haugen",
        ],
    },
    "finnish": {
        "m": ["Mikko", "Juha", "Jukka", "Antti", "Ville", "Lauri", "Eero", "Teemu", "Aleksi"],
        "f": ["Aino", "Helmi", "Sanna", "Tuula", "Päivi", "Riikka", "Minna", "Kaisa", "Sini"],
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
            "Saarinen",
        ],
    },
    "russian": {
        "lang": "ru",
        "m": [
            "Александр|Aleksandr",
            "Дмитрий|Dmitry",
            "Сергей|Sergey",
            "Андрей|Andrey",
            "Алексей|Alexey",
            "Михаил|Mikhail",
            "Иван|Ivan",
            "Николай|Nikolay",
            "Владимир|Vladimir",
            "Павел|Pavel",
            "Артём|Artyom",
            "Евгений|Evgeny",
            "Лев|Lev",
        ],
        "f": [
            "Анна|Anna",
            "Екатерина|Ekaterina",
            "Мария|Maria",
            "Ольга|Olga",
            "Наталья|Natalya",
            "Татьяна|Tatiana",
            "Елена|Elena",
            "Ирина|Irina",
            "Светлана|Svetlana",
            "Юлия|Yulia",
            "Дарья|Darya",
            "Ксения|Ksenia",
            "Вера|Vera",
            "Надежда|Nadezhda",
            "Любовь|Lyubov",
        ],
        "s": [
            "Иванов/Иванова|Ivanov/Ivanova",
            "Смирнов/Смирнова|Smirnov/Smirnova",
            "Кузнецов/Кузнецова|Kuznetsov/Kuznetsova",
            "Попов/Попова|Popov/Popova",
            "Васильев/Васильева|Vasiliev/Vasilieva",
            "Петров/Петрова|Petrov/Petrova",
            "Соколов/Соколова|Sokolov/Sokolova",
            "Михайлов/Михайлова|Mikhailov/Mikhailova",
            "Новиков/Новикова|Novikov/Novikova",
            "Фёдоров/Фёдорова|Fedorov/Fedorova",
            "Морозов/Морозова|Morozov/Morozova",
            "Волков/Волкова|Volkov/Volkova",
            "Лебедев/Лебедева|Lebedev/Lebedeva",
            "Козлов/Козлова|Kozlov/Kozlova",
            "Орлов/Орлова|Orlov/Orlova",
            "Белов/Белова|Belov/Belova",
        ],
        "patr": [
            "Александрович/Александровна|Aleksandrovich/Aleksandrovna",
            "Сергеевич/Сергеевна|Sergeevich/Sergeevna",
            "Иванович/Ивановна|Ivanovich/Ivanovna",
            "Дмитриевич/Дмитриевна|Dmitrievich/Dmitrievna",
            "Николаевич/Николаевна|Nikolaevich/Nikolaevna",
            "Петрович/Петровна|Petrovich/Petrovna",
            "Андреевич/Андреевна|Andreevich/Andreevna",
            "Владимирович/Владимировна|Vladimirovich/Vladimirovna",
            "Михайлович/Михайловна|Mikhailovich/Mikhailovna",
        ],
        "nick": {
            "Александр": "Саша",
            "Дмитрий": "Дима",
            "Сергей": "Серёжа",
            "Алексей": "Лёша",
            "Михаил": "Миша",
            "Иван": "Ваня",
            "Николай": "Коля",
            "Владимир": "Вова",
            "Павел": "Паша",
            "Евгений": "Женя",
            "Екатерина": "Катя",
            "Мария": "Маша",
            "Наталья": "Наташа",
            "Татьяна": "Таня",
            "Елена": "Лена",
            "Ирина": "Ира",
            "Светлана": "Света",
            "Юлия": "Юля",
            "Дарья": "Даша",
            "Ксения": "Ксюша",
            "Надежда": "Надя",
            "Любовь": "Люба",
            "Ольга": "Оля",
            "Анна": "Аня",
        },
    },
    "ukrainian": {
        "lang": "uk",
        "m": [
            "Олександр|Oleksandr",
            "Андрій|Andrii",
            "Тарас|Taras",
            "Богдан|Bohdan",
            "Дмитро|Dmytro",
            "Остап|Ostap",
            "Юрій|Yurii",
            "Василь|Vasyl",
            "Максим|Maksym",
        ],
        "f": [
            "Оксана|Oksana",
            "Олена|Olena",
            "Наталія|Nataliia",
            "Ірина|Iryna",
            "Соломія|Solomiia",
            "Христина|Khrystyna",
            "Ганна|Hanna",
            "Мар'яна|Mariana",
            "Леся|Lesia",
        ],
        "s": [
            "Шевченко|Shevchenko",
            "Коваленко|Kovalenko",
            "Бондаренко|Bondarenko",
            "Ткаченко|Tkachenko",
            "Кравчук|Kravchuk",
            "Мельник|Melnyk",
            "Бойко|Boiko",
            "Олійник|Oliinyk",
            "Лисенко|Lysenko",
            "Марченко|Marchenko",
            "Савчук|Savchuk",
            "Гнатюк|Hnatiuk",
        ],
    },
    "greek": {
        "lang": "el",
        "m": [
            "Γιώργος|Giorgos",
            "Δημήτρης|Dimitris",
            "Νίκος|Nikos",
            "Κώστας|Kostas",
            "Γιάννης|Giannis",
            "Χρήστος|Christos",
            "Παναγιώτης|Panagiotis",
            "Βασίλης|Vasilis",
            "Αλέξανδρος|Alexandros",
            "Σπύρος|Spyros",
        ],
        "f": [
            "Μαρία|Maria",
            "Ελένη|Eleni",
            "Κατερίνα|Katerina",
            "Σοφία|Sofia",
            "Αναστασία|Anastasia",
            "Δέσποινα|Despoina",
            "Ειρήνη|Eirini",
            "Χαρά|Chara",
            "Αθηνά|Athina",
            "Βασιλική|Vasiliki",
            "Ζωή|Zoi",
        ],
        "s": [
            "Παπαδόπουλος/Παπαδοπούλου|Papadopoulos/Papadopoulou",
            "Παπαδάκης/Παπαδάκη|Papadakis/Papadaki",
            "Γεωργίου|Georgiou",
            "Οικονόμου|Oikonomou",
            "Νικολάου|Nikolaou",
            "Καραγιάννης/Καραγιάννη|Karagiannis/Karagianni",
            "Βασιλείου|Vasileiou",
            "Αντωνίου|Antoniou",
            "Μακρής/Μακρή|Makris/Makri",
            "Αλεξίου|Alexiou",
            "Δημητρίου|Dimitriou",
            "Κωνσταντίνου|Konstantinou",
        ],
    },
    "turkish": {
        "m": [
            "Mehmet",
            "Mustafa",
            "Ahmet",
            "Emre",
            "Burak",
            "Murat",
            "Oğuz",
            "Barış",
            "Çağlar",
            "Serkan",
            "Kaan",
            "Eren",
            "Yusuf",
            "İbrahim",
            "Umut",
            "Deniz",
        ],
        "f": [
            "Ayşe",
            "Fatma",
            "Zeynep",
            "Elif",
            "Emine",
            "Merve",
            "Büşra",
            "Selin",
            "Gökçe",
            "Damla",
            "Gül",
            "Sevgi",
            "Özlem",
            "Şule",
            "Nur",
            "Ece",
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
            "Kara",
            "Koç",
            "Kurt",
            "Özkan",
            "Şimşek",
            "Polat",
            "Güneş",
            "Akın",
        ],
    },
    "arabic": {
        "lang": "ar",
        "m": [
            "محمد|Mohammed",
            "أحمد|Ahmed",
            "علي|Ali",
            "عمر|Omar",
            "خالد|Khaled",
            "يوسف|Youssef",
            "حسن|Hassan",
            "إبراهيم|Ibrahim",
            "طارق|Tariq",
            "سامي|Sami",
            "كريم|Karim",
            "فيصل|Faisal",
        ],
        "f": [
            "فاطمة|Fatima",
            "عائشة|Aisha",
            "مريم|Mariam",
            "نور|Nour",
            "ليلى|Layla",
            "سارة|Sara",
            "هدى|Huda",
            "رنا|Rana",
            "أمل|Amal",
            "ياسمين|Yasmin",
            "سلمى|Salma",
            "دينا|Dina",
        ],
        "s": [
            "الحربي|Al-Harbi",
            "العتيبي|Al-Otaibi",
            "القحطاني|Al-Qahtani",
            "الشمري|Al-Shammari",
            "الزهراني|Al-Zahrani",
            "المصري|El-Masry",
            "حداد|Haddad",
            "خوري|Khoury",
            "منصور|Mansour",
            "عبد الله|Abdullah",
            "سليمان|Suleiman",
            "النجار|Al-Najjar",
            "الخطيب|Al-Khatib",
            "عيسى|Issa",
            "الشريف|Al-Sharif",
        ],
    },
    "persian": {
        "m": [
            "Reza",
            "Mehdi",
            "Amir",
            "Hossein",
            "Dariush",
            "Kian",
            "Arash",
            "Babak",
            "Farhad",
            "Kourosh",
        ],
        "f": [
            "Shirin",
            "Maryam",
            "Parisa",
            "Nasrin",
            "Leila",
            "Roya",
            "Azadeh",
            "Yasaman",
            "Niloufar",
            "Shabnam",
            "Golnaz",
        ],
        "s": [
            "Hosseini",
            "Mohammadi",
            "Rezaei",
            "Ahmadi",
            "Karimi",
            "Moradi",
            "Jafari",
            "Rahimi",
            "Tehrani",
            "Ghorbani",
            "Sadeghi",
            "Farahani",
            "Kazemi",
        ],
    },
    "hebrew": {
        "lang": "he",
        "m": [
            "יוסי|Yossi",
            "אבי|Avi",
            "דניאל|Daniel",
            "איתי|Itai",
            "עומר|Omer",
            "נועם|Noam",
            "יונתן|Yonatan",
            "אורי|Uri",
            "גיל|Gil",
            "רון|Ron",
            "אליעזר|Eliezer",
            "משה|Moshe",
        ],
        "f": [
            "נועה|Noa",
            "תמר|Tamar",
            "מיכל|Michal",
            "שירה|Shira",
            "יעל|Yael",
            "רותם|Rotem",
            "הדס|Hadas",
            "אביגיל|Avigail",
            "ליאת|Liat",
            "שני|Shani",
            "טל|Tal",
            "אורית|Orit",
        ],
        "s": [
            "כהן|Cohen",
            "לוי|Levi",
            "מזרחי|Mizrahi",
            "פרץ|Peretz",
            "ביטון|Biton",
            "דהן|Dahan",
            "אברהם|Avraham",
            "פרידמן|Friedman",
            "שפירא|Shapira",
            "גולדברג|Goldberg",
            "אזולאי|Azoulay",
            "קפלן|Kaplan",
            "רוזנברג|Rosenberg",
            "בן דוד|Ben David",
        ],
    },
    "hindi": {
        "lang": "hi",
        "m": [
            "राहुल|Rahul",
            "अमित|Amit",
            "विकास|Vikas",
            "संजय|Sanjay",
            "अर्जुन|Arjun",
            "रोहित|Rohit",
            "आदित्य|Aditya",
            "प्रकाश|Prakash",
            "सुरेश|Suresh",
            "मनोज|Manoj",
            "अनिल|Anil",
            "करण|Karan",
        ],
        "f": [
            "प्रिया|Priya",
            "अंजलि|Anjali",
            "नेहा|Neha",
            "पूजा|Pooja",
            "सुनीता|Sunita",
            "कविता|Kavita",
            "दीपिका|Deepika",
            "आशा|Asha",
            "ज्योति|Jyoti",
            "सीमा|Seema",
            "रेखा|Rekha",
            "स्वाति|Swati",
        ],
        "s": [
            "शर्मा|Sharma",
            "वर्मा|Verma",
            "गुप्ता|Gupta",
            "सिंह|Singh",
            "कुमार|Kumar",
            "अग्रवाल|Agarwal",
            "मिश्रा|Mishra",
            "जोशी|Joshi",
            "पटेल|Patel",
            "यादव|Yadav",
            "चौहान|Chauhan",
            "मेहता|Mehta",
            "तिवारी|Tiwari",
            "श्रीवास्तव|Srivastava",
            "कपूर|Kapoor",
        ],
    },
    "tamil": {
        "m": [
            "Karthik",
            "Senthil",
            "Murugan",
            "Arvind",
            "Balaji",
            "Venkatesh",
            "Ganesh",
            "Prabhu",
            "Dinesh",
            "Saravanan",
            "Vignesh",
            "Harish",
        ],
        "f": [
            "Lakshmi",
            "Meena",
            "Divya",
            "Kavya",
            "Revathi",
            "Anitha",
            "Sangeetha",
            "Priyanka",
            "Nithya",
            "Gayathri",
            "Janani",
            "Aishwarya",
        ],
        "s": [
            "Subramanian",
            "Krishnan",
            "Raghavan",
            "Iyer",
            "Natarajan",
            "Ramasamy",
            "Venkataraman",
            "Pillai",
            "Sundaram",
            "Chandrasekaran",
            "Nair",
            "Menon",
            "Reddy",
            "Rao",
        ],
    },
    "south_asian": {
        "m": [
            "Imran",
            "Usman",
            "Bilal",
            "Hamza",
            "Zain",
            "Faisal",
            "Rafiq",
            "Tanvir",
            "Shakil",
            "Rahim",
            "Arif",
            "Kamran",
        ],
        "f": [
            "Ayesha",
            "Sana",
            "Hira",
            "Mahnoor",
            "Zainab",
            "Nusrat",
            "Farhana",
            "Sadia",
            "Rubina",
            "Tahmina",
            "Shabana",
        ],
        "s": [
            "Khan",
            "Ahmed",
            "Malik",
            "Hussain",
            "Qureshi",
            "Chaudhry",
            "Butt",
            "Siddiqui",
            "Rahman",
            "Hossain",
            "Chowdhury",
            "Islam",
            "Akhtar",
            "Sheikh",
            "Mirza",
        ],
    },
    "chinese": {
        "lang": "zh",
        "order": "sf",
        "sep": "",
        "m": [
            "伟|Wei",
            "强|Qiang",
            "磊|Lei",
            "军|Jun",
            "洋|Yang",
            "勇|Yong",
            "杰|Jie",
            "涛|Tao",
            "明|Ming",
            "超|Chao",
            "浩然|Haoran",
            "一鸣|Yiming",
            "晓东|Xiaodong",
            "建华|Jianhua",
            "思远|Siyuan",
            "子轩|Zixuan",
            "宇航|Yuhang",
        ],
        "f": [
            "芳|Fang",
            "娜|Na",
            "秀英|Xiuying",
            "敏|Min",
            "静|Jing",
            "丽|Li",
            "艳|Yan",
            "娟|Juan",
            "霞|Xia",
            "子涵|Zihan",
            "雨桐|Yutong",
            "欣怡|Xinyi",
            "梓萱|Zixuan",
            "婉婷|Wanting",
            "佳怡|Jiayi",
            "晓燕|Xiaoyan",
        ],
        "s": [
            "王|Wang",
            "李|Li",
            "张|Zhang",
            "刘|Liu",
            "陈|Chen",
            "杨|Yang",
            "黄|Huang",
            "赵|Zhao",
            "吴|Wu",
            "周|Zhou",
            "徐|Xu",
            "孙|Sun",
            "马|Ma",
            "朱|Zhu",
            "胡|Hu",
            "郭|Guo",
            "何|He",
            "林|Lin",
            "高|Gao",
            "罗|Luo",
            "欧阳|Ouyang",
            "司马|Sima",
        ],
    },
    "japanese": {
        "lang": "ja",
        "order": "sf",
        "sep": " ",
        "m": [
            "翔太|Shota",
            "大輝|Daiki",
            "健太|Kenta",
            "拓海|Takumi",
            "蓮|Ren",
            "悠斗|Yuto",
            "和也|Kazuya",
            "直樹|Naoki",
            "誠|Makoto",
            "浩二|Koji",
            "隆|Takashi",
            "大和|Yamato",
        ],
        "f": [
            "美咲|Misaki",
            "結衣|Yui",
            "陽菜|Hina",
            "さくら|Sakura",
            "愛|Ai",
            "真由美|Mayumi",
            "恵子|Keiko",
            "由美|Yumi",
            "彩|Aya",
            "奈々|Nana",
            "明美|Akemi",
            "千尋|Chihiro",
        ],
        "s": [
            "佐藤|Sato",
            "鈴木|Suzuki",
            "高橋|Takahashi",
            "田中|Tanaka",
            "伊藤|Ito",
            "渡辺|Watanabe",
            "山本|Yamamoto",
            "中村|Nakamura",
            "小林|Kobayashi",
            "加藤|Kato",
            "吉田|Yoshida",
            "山田|Yamada",
            "佐々木|Sasaki",
            "松本|Matsumoto",
            "井上|Inoue",
            "木村|Kimura",
            "林|Hayashi",
            "清水|Shimizu",
            "森|Mori",
            "池田|Ikeda",
        ],
    },
    "korean": {
        "lang": "ko",
        "order": "sf",
        "sep": "",
        "m": [
            "민준|Min-jun",
            "서준|Seo-jun",
            "도윤|Do-yun",
            "지호|Ji-ho",
            "현우|Hyun-woo",
            "성민|Sung-min",
            "준혁|Jun-hyuk",
            "동현|Dong-hyun",
            "재원|Jae-won",
            "태양|Tae-yang",
        ],
        "f": [
            "서연|Seo-yeon",
            "지우|Ji-woo",
            "하은|Ha-eun",
            "수빈|Su-bin",
            "지민|Ji-min",
            "예린|Ye-rin",
            "은지|Eun-ji",
            "혜진|Hye-jin",
            "미영|Mi-young",
            "소희|So-hee",
            "유나|Yu-na",
        ],
        "s": [
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
            "오|Oh",
            "서|Seo",
            "신|Shin",
            "권|Kwon",
            "황|Hwang",
            "송|Song",
            "류|Ryu",
        ],
    },
    "vietnamese": {
        "lang": "vi",
        "order": "sf",
        "sep": " ",
        "m": [
            "Anh",
            "Minh",
            "Hùng",
            "Dũng",
            "Tuấn",
            "Hoàng",
            "Nam",
            "Quang",
            "Long",
            "Phúc",
            "Khánh",
            "Bảo",
            "Thắng",
        ],
        "f": [
            "Thảo",
            "Linh",
            "Hương",
            "Lan",
            "Mai",
            "Ngọc",
            "Trang",
            "Hạnh",
            "Hoa",
            "Thu",
            "Huyền",
            "Vy",
            "Nhung",
            "Yến",
        ],
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
            "Hồ",
            "Ngô",
            "Dương",
            "Lý",
        ],
        "middle": {
            "m": ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Công"],
            "f": ["Thị", "Ngọc", "Thanh", "Thu", "Minh", "Kim", "Bích"],
        },
    },
    "thai": {
        "lang": "th",
        "m": [
            "สมชาย|Somchai",
            "สมศักดิ์|Somsak",
            "ธนากร|Thanakorn",
            "วิทยา|Wittaya",
            "ณัฐวุฒิ|Nattawut",
            "ประเสริฐ|Prasert",
            "อนุชา|Anucha",
            "กิตติพงษ์|Kittipong",
            "ธีรวัฒน์|Teerawat",
        ],
        "f": [
            "สุภาพร|Supaporn",
            "วรรณา|Wanna",
            "กาญจนา|Kanchana",
            "พิมพ์ชนก|Pimchanok",
            "ศิริพร|Siriporn",
            "นภัสสร|Napatsorn",
            "อรุณี|Arunee",
            "ปวีณา|Paweena",
            "รัตนา|Rattana",
        ],
        "s": [
            "สุขสวัสดิ์|Suksawat",
            "ศรีสุข|Srisuk",
            "วงศ์สวัสดิ์|Wongsawat",
            "แก้วมณี|Kaewmanee",
            "ทองดี|Thongdee",
            "จันทร์แก้ว|Chankaew",
            "บุญมา|Boonma",
            "สมบูรณ์|Somboon",
            "รัตนพันธ์|Rattanaphan",
            "พรหมมา|Phromma",
            "ศรีวงศ์|Sriwong",
        ],
        "nicks": {
            "m": [
                "ต้น|Ton",
                "แบงค์|Bank",
                "เบียร์|Beer",
                "กอล์ฟ|Golf",
                "นิว|New",
                "บอล|Ball",
                "เอก|Ek",
                "โอ๊ต|Oat",
            ],
            "f": [
                "มิ้นท์|Mint",
                "ไอซ์|Ice",
                "ฝน|Fon",
                "แพร|Prae",
                "จอย|Joy",
                "พลอย|Ploy",
                "น้ำ|Nam",
                "ปุ๊ก|Puk",
            ],
        },
    },
    "indonesian": {
        "mono": 0.25,
        "m": [
            "Budi",
            "Agus",
            "Eko",
            "Rizky",
            "Andi",
            "Bayu",
            "Wahyu",
            "Yudhi",
            "Hendra",
            "Bambang",
            "Dimas",
            "Gilang",
            "Joko",
            "Slamet",
        ],
        "f": [
            "Dewi",
            "Siti",
            "Sri",
            "Putri",
            "Fitri",
            "Indah",
            "Ayu",
            "Rina",
            "Intan",
            "Wulan",
            "Ratna",
            "Kartika",
            "Melati",
            "Nining",
        ],
        "s": [
            "Santoso",
            "Wijaya",
            "Saputra",
            "Kurniawan",
            "Hidayat",
            "Pratama",
            "Setiawan",
            "Lestari",
            "Susanto",
            "Nugroho",
            "Siregar",
            "Simanjuntak",
            "Gunawan",
            "Halim",
            "Wibowo",
            "Hakim",
        ],
    },
    "filipino": {
        "m": [
            "Juan",
            "Jose",
            "Mark",
            "John Paul",
            "Jerome",
            "Rodel",
            "Joel",
            "Christian",
            "Angelo",
            "Jun",
            "Bong",
            "Carlo",
            "Paolo",
            "Noel",
        ],
        "f": [
            "Maricel",
            "Rowena",
            "Jocelyn",
            "Lovely",
            "Princess",
            "Joy",
            "Cherry",
            "Precious",
            "Honey",
            "Bea",
            "Kristine",
            "Mary Grace",
            "Lourdes",
            "Charmaine",
            "Angel",
        ],
        "s": [
            "Santos",
            "Reyes",
            "Cruz",
            "Bautista",
            "Ocampo",
            "Garcia",
            "Mendoza",
            "Torres",
            "Dela Cruz",
            "Villanueva",
            "Aquino",
            "Ramos",
            "Castillo",
            "Rivera",
            "Manalo",
            "Dizon",
            "Pascual",
            "Macaraeg",
            "Soriano",
            "Magbanua",
        ],
    },
    "east_african": {
        "m": [
            "Juma",
            "Otieno",
            "Kamau",
            "Mwangi",
            "Kiprono",
            "Kiptoo",
            "Odhiambo",
            "Mutua",
            "Baraka",
            "Amani",
            "Salim",
            "Tumaini",
            "Daudi",
            "Omondi",
        ],
        "f": [
            "Wanjiru",
            "Akinyi",
            "Achieng",
            "Wambui",
            "Njeri",
            "Nyokabi",
            "Zawadi",
            "Neema",
            "Imani",
            "Rehema",
            "Furaha",
            "Upendo",
            "Mwanaisha",
            "Halima",
        ],
        "s": [
            "Mwangi",
            "Kamau",
            "Otieno",
            "Odhiambo",
            "Wanjiku",
            "Kariuki",
            "Njoroge",
            "Mutua",
            "Kiplagat",
            "Cheruiyot",
            "Onyango",
            "Ochieng",
            "Kimani",
            "Mbugua",
            "Waweru",
            "Mollel",
            "Massawe",
            "Mushi",
            "Said",
        ],
    },
    "nigerian": {
        "m": [
            "Chinedu",
            "Emeka",
            "Chukwuemeka",
            "Obinna",
            "Ifeanyi",
            "Tunde",
            "Babatunde",
            "Segun",
            "Olumide",
            "Femi",
            "Godwin",
            "Sunday",
            "Goodluck",
            "Musa",
            "Abubakar",
            "Innocent",
        ],
        "f": [
            "Ngozi",
            "Chiamaka",
            "Adaeze",
            "Funmilayo",
            "Yetunde",
            "Bisi",
            "Kemi",
            "Blessing",
            "Favour",
            "Precious",
            "Patience",
            "Gift",
            "Aisha",
            "Comfort",
            "Mercy",
            "Chioma",
        ],
        "s": [
            "Okafor",
            "Okonkwo",
            "Eze",
            "Nwosu",
            "Adeyemi",
            "Adebayo",
            "Ogunleye",
            "Balogun",
            "Okoro",
            "Ibrahim",
            "Bello",
            "Abubakar",
            "Uche",
            "Nnamdi",
            "Olawale",
            "Adewale",
            "Obi",
            "Chukwu",
            "Afolabi",
        ],
    },
    "ethiopian": {
        "m": ["Abebe", "Dawit", "Yonas", "Tewodros", "Haile", "Solomon", "Bereket", "Henok"],
        "f": ["Tigist", "Selam", "Hana", "Mekdes", "Bethlehem", "Meseret", "Hiwot", "Saba"],
        "s": [
            "Tesfaye",
            "Bekele",
            "Girma",
            "Haile",
            "Alemu",
            "Tadesse",
            "Mengistu",
            "Kebede",
            "Wolde",
            "Assefa",
        ],
    },
}

#: Culture weights for English texts ("mixed" pool).
MIXED_WEIGHTS = {
    "anglo": 34,
    "irish": 3,
    "welsh": 2,
    "spanish": 4,
    "mexican": 4,
    "brazilian": 3,
    "portuguese": 2,
    "french": 3,
    "german": 3,
    "italian": 3,
    "dutch": 2,
    "polish": 2,
    "czech": 1,
    "hungarian": 1,
    "nordic": 2,
    "finnish": 1,
    "russian": 2,
    "ukrainian": 2,
    "greek": 2,
    "turkish": 2,
    "arabic": 3,
    "persian": 2,
    "hebrew": 2,
    "hindi": 4,
    "tamil": 3,
    "south_asian": 3,
    "chinese": 4,
    "japanese": 3,
    "korean": 3,
    "vietnamese": 3,
    "thai": 1,
    "indonesian": 2,
    "filipino": 3,
    "east_african": 2,
    "nigerian": 3,
    "ethiopian": 1,
}

#: Default person pool for each text language.
LANG_POOL = {
    "en": "mixed",
    "es": "spanish",
    "pt": "brazilian",
    "de": "german",
    "fr": "french",
    "it": "italian",
    "nl": "dutch",
    "pl": "polish",
    "tr": "turkish",
    "ru": "russian",
    "uk": "ukrainian",
    "el": "greek",
    "ar": "arabic",
    "he": "hebrew",
    "hi": "hindi",
    "zh": "chinese",
    "ja": "japanese",
    "ko": "korean",
    "th": "thai",
    "vi": "vietnamese",
    "id": "indonesian",
    "tl": "filipino",
    "sw": "east_african",
    "sv": "nordic",
}

LANG_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "de": "German",
    "fr": "French",
    "it": "Italian",
    "nl": "Dutch",
    "pl": "Polish",
    "tr": "Turkish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "el": "Greek",
    "ar": "Arabic",
    "he": "Hebrew",
    "hi": "Hindi",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "th": "Thai",
    "vi": "Vietnamese",
    "id": "Indonesian",
    "tl": "Tagalog",
    "sw": "Swahili",
    "sv": "Swedish",
}

#: English nicknames (a nickname used as a name is a PERSON).
NICKS = {
    "William": "Will",
    "Robert": "Bob",
    "Elizabeth": "Liz",
    "Margaret": "Peggy",
    "Richard": "Rich",
    "Patricia": "Patty",
    "Christopher": "Chris",
    "Michael": "Mike",
    "James": "Jim",
    "Joseph": "Joe",
    "Thomas": "Tom",
    "Daniel": "Danny",
    "Matthew": "Matt",
    "Anthony": "Tony",
    "Steven": "Steve",
    "Andrew": "Drew",
    "Nicholas": "Nick",
    "Jennifer": "Jen",
    "Susan": "Sue",
    "Jessica": "Jess",
    "Katherine": "Kate",
    "Rebecca": "Becky",
    "Samantha": "Sam",
    "Deborah": "Debbie",
    "Jeffrey": "Jeff",
    "Gregory": "Greg",
    "Douglas": "Doug",
    "Nicole": "Nikki",
    "Alejandro": "Álex",
    "Francisco": "Paco",
    "Guadalupe": "Lupe",
    "José Luis": "Pepe",
    "Giuseppe": "Beppe",
    "Maximilian": "Max",
    "Katharina": "Kathi",
    "Aleksandra": "Ola",
    "Małgorzata": "Gosia",
    "Krzysztof": "Krzysiek",
    "Babatunde": "Tunde",
    "Chukwuemeka": "Emeka",
    "Funmilayo": "Funmi",
    "Margaux": "Margot",
    "Benedetta": "Betta",
    "Hannah": "Hanni",
    "Harriet": "Hattie",
    "Eleanor": "Ellie",
    "Abigail": "Abby",
    "Charlotte": "Lottie",
    "Oliver": "Ollie",
    "Harry": "Haz",
    "Emily": "Em",
    "Wesley": "Wes",
    "Russell": "Russ",
    "Trevor": "Trev",
}

#: Titles by language (male, female); kept text, not labelled.
TITLES = {
    "en": ("Mr.", "Ms."),
    "es": ("Sr.", "Sra."),
    "pt": ("Sr.", "Sra."),
    "de": ("Herr", "Frau"),
    "fr": ("M.", "Mme"),
    "it": ("Sig.", "Sig.ra"),
    "nl": ("dhr.", "mevr."),
    "pl": ("Pan", "Pani"),
    "tr": ("Bey", "Hanım"),
    "ru": ("г-н", "г-жа"),
    "uk": ("пан", "пані"),
    "el": ("κ.", "κα"),
    "ar": ("السيد", "السيدة"),
    "he": ("מר", "גב'"),
    "hi": ("श्री", "श्रीमती"),
    "sv": ("", ""),
    "id": ("Bapak", "Ibu"),
    "tl": ("G.", "Gng."),
    "sw": ("Bw.", "Bi."),
    "vi": ("anh", "chị"),
    "th": ("คุณ", "คุณ"),
    "zh": ("先生", "女士"),
    "ja": ("様", "様"),
    "ko": ("님", "님"),
}

# ---------------------------------------------------------------------------------------------
# Phone formats by country: d = any digit, n = 2-9, everything else literal.
# ---------------------------------------------------------------------------------------------

PHONE_FORMATS = {
    "us": [
        "(ndd) ndd-dddd",
        "ndd-ndd-dddd",
        "ndd.ndd.dddd",
        "+1 ndd ndd dddd",
        "+1 (ndd) ndd-dddd",
        "(ndd) ndd-dddd",
    ],
    "ca": ["(ndd) ndd-dddd", "ndd-ndd-dddd", "+1 ndd-ndd-dddd"],
    "gb": [
        "07ddd dddddd",
        "+44 7ddd dddddd",
        "020 dddd dddd",
        "0161 ddd dddd",
        "+44 20 dddd dddd",
        "07ddd ddd ddd",
    ],
    "ie": ["08d ddd dddd", "+353 8d ddd dddd", "01 ddd dddd"],
    "au": ["04dd ddd ddd", "+61 4dd ddd ddd", "(02) dddd dddd"],
    "de": [
        "0151 dddddddd",
        "+49 151 dddddddd",
        "0176 ddddddd",
        "030 dddddddd",
        "+49 30 dddddddd",
        "089/ddddddd",
        "0172 ddd dddd",
    ],
    "at": ["+43 664 ddddddd", "0664 ddd dddd", "01 ddd dd dd"],
    "ch": ["+41 79 ddd dd dd", "079 ddd dd dd", "044 ddd dd dd"],
    "fr": [
        "06 dd dd dd dd",
        "07 dd dd dd dd",
        "+33 6 dd dd dd dd",
        "01 dd dd dd dd",
        "06.dd.dd.dd.dd",
    ],
    "be": ["04dd dd dd dd", "+32 4dd dd dd dd"],
    "es": ["6dd ddd ddd", "+34 6dd dd dd dd", "91 ddd dd dd", "6dd dd dd dd"],
    "it": ["3dd ddd dddd", "+39 3dd ddd dddd", "06 dddd dddd", "3dd dddddd"],
    "nl": ["06-dddddddd", "+31 6 dddddddd", "020-ddd dddd", "06 dd dd dd dd"],
    "pl": ["5dd ddd ddd", "+48 6dd ddd ddd", "22 ddd dd dd", "+48 5dd-ddd-ddd"],
    "pt": ["9dd ddd ddd", "+351 9dd ddd ddd", "21 ddd dddd"],
    "br": [
        "(11) 9dddd-dddd",
        "(21) 9dddd-dddd",
        "+55 11 9dddd-dddd",
        "(31) 9dddd-dddd",
        "(51) 9dddd-dddd",
        "11 9dddd-dddd",
    ],
    "mx": [
        "55 dddd dddd",
        "+52 55 dddd dddd",
        "33 dddd dddd",
        "(81) dddd-dddd",
        "+52 1 33 dddd dddd",
    ],
    "tr": ["05dd ddd dd dd", "+90 5dd ddd dd dd", "0 (5dd) ddd dd dd"],
    "ru": ["+7 (9dd) ddd-dd-dd", "8 (9dd) ddd-dd-dd", "8-9dd-ddd-dd-dd", "+7 9dd ddd dd dd"],
    "ua": ["+380 6d ddd dd dd", "067 ddd dd dd", "+380 9d ddd dd dd", "050 ddd dd dd"],
    "gr": ["69d ddd dddd", "+30 69d ddd dddd", "210 ddd dddd"],
    "sa": ["05d ddd dddd", "+966 5d ddd dddd", "05dddddddd"],
    "eg": ["010 dddd dddd", "+20 10 dddd dddd", "012 dddd dddd"],
    "il": ["05d-ddd-dddd", "+972 5d-ddd-dddd", "03-ddd-dddd"],
    "in": ["+91 9dddd ddddd", "9dddd ddddd", "+91-8ddddddddd", "07ddd ddddd"],
    "cn": ["13d dddd dddd", "+86 13d dddd dddd", "18d-dddd-dddd", "15ddddddddd", "010-dddddddd"],
    "jp": ["090-dddd-dddd", "080-dddd-dddd", "03-dddd-dddd", "+81 90-dddd-dddd", "06-dddd-dddd"],
    "kr": ["010-dddd-dddd", "+82 10-dddd-dddd", "02-ddd-dddd", "010 dddd dddd"],
    "th": ["08d-ddd-dddd", "+66 8d ddd dddd", "02-ddd-dddd", "09d ddd dddd"],
    "vn": ["09dd ddd ddd", "+84 9d ddd dddd", "03d ddd dddd", "0dd.ddd.dddd"],
    "id": ["08dd-dddd-dddd", "+62 8dd-dddd-dddd", "021-dddd-dddd", "08ddddddddd"],
    "ph": ["09dd ddd dddd", "+63 9dd ddd dddd", "(02) 8ddd dddd", "09dd-ddd-dddd"],
    "ke": ["07dd ddd ddd", "+254 7dd ddd ddd", "07dddddddd"],
    "tz": ["07dd ddd ddd", "+255 7dd ddd ddd", "06dd ddd ddd"],
    "ng": ["08dd ddd dddd", "+234 8dd ddd dddd", "070d ddd dddd"],
    "se": ["07d-ddd dd dd", "+46 7d ddd dd dd", "08-ddd dd dd"],
}

# ---------------------------------------------------------------------------------------------
# Address parts by country (the formats are in sanitizer_dev8.py).
# ---------------------------------------------------------------------------------------------

ADDR = {
    "us": {
        "streets": [
            "Maple",
            "Oak",
            "Cedar",
            "Elm",
            "Washington",
            "Lincoln",
            "Park",
            "Lake",
            "Hillside",
            "Sunset",
            "Highland",
            "Meadow",
            "Church",
            "Willow",
            "Pine",
            "Main",
            "Jefferson",
            "Madison",
            "Chestnut",
            "Walnut",
            "Spring",
            "Ridge",
            "Valley",
            "Orchard",
        ],
        "suffix": [
            "St",
            "Ave",
            "Rd",
            "Blvd",
            "Dr",
            "Ln",
            "Ct",
            "Way",
            "Street",
            "Avenue",
            "Drive",
            "Place",
        ],
        "units": ["Apt 5B", "Apt 12", "Unit 3", "#204", "Suite 110", "Apt 2R", "Unit 7C"],
        "cities": [
            ("Springfield", "IL", "627"),
            ("Austin", "TX", "787"),
            ("Portland", "OR", "972"),
            ("Columbus", "OH", "432"),
            ("Denver", "CO", "802"),
            ("Raleigh", "NC", "276"),
            ("Tucson", "AZ", "857"),
            ("Madison", "WI", "537"),
            ("Boise", "ID", "837"),
            ("Albany", "NY", "122"),
            ("Sacramento", "CA", "958"),
            ("Brooklyn", "NY", "112"),
            ("Tampa", "FL", "336"),
            ("Savannah", "GA", "314"),
            ("Burlington", "VT", "054"),
            ("Ann Arbor", "MI", "481"),
            ("Plano", "TX", "750"),
            ("Oakland", "CA", "946"),
            ("Richmond", "VA", "232"),
            ("Minneapolis", "MN", "554"),
            ("Boulder", "CO", "803"),
            ("Lexington", "KY", "405"),
        ],
    },
    "gb": {
        "streets": [
            "Kingsley Road",
            "Victoria Street",
            "Church Lane",
            "Station Road",
            "High Street",
            "Mill Lane",
            "Park Avenue",
            "Queen's Road",
            "Albert Terrace",
            "Manor Close",
            "Beech Grove",
            "Orchard Way",
            "Cromwell Crescent",
            "Heather Gardens",
        ],
        "cities": [
            ("Leeds", "LS6"),
            ("Manchester", "M14"),
            ("Bristol", "BS7"),
            ("Norwich", "NR2"),
            ("Brighton", "BN1"),
            ("Cardiff", "CF24"),
            ("Edinburgh", "EH10"),
            ("York", "YO31"),
            ("Oxford", "OX4"),
            ("London", "SE15"),
            ("London", "N16"),
            ("Glasgow", "G12"),
            ("Sheffield", "S11"),
        ],
    },
    "ie": {
        "streets": [
            "Main Street",
            "Dublin Road",
            "Church Street",
            "Castle Road",
            "Seafield Avenue",
            "Ashgrove Park",
            "Rathmines Road Lower",
        ],
        "cities": [
            ("Dublin 6", "D06"),
            ("Dublin 4", "D04"),
            ("Cork", "T12"),
            ("Galway", "H91"),
            ("Limerick", "V94"),
        ],
    },
    "ca": {
        "streets": [
            "Queen St W",
            "Rue Saint-Denis",
            "Maple Crescent",
            "Dundas St E",
            "Robson St",
            "Spring Garden Rd",
            "Bank St",
        ],
        "cities": [
            ("Toronto", "ON", "M5V"),
            ("Montréal", "QC", "H2X"),
            ("Vancouver", "BC", "V6K"),
            ("Ottawa", "ON", "K1N"),
            ("Calgary", "AB", "T2N"),
            ("Halifax", "NS", "B3H"),
        ],
    },
    "au": {
        "streets": [
            "Smith St",
            "Brunswick St",
            "King St",
            "Oxford St",
            "Beach Rd",
            "Gouger St",
            "Hay St",
        ],
        "cities": [
            ("Fitzroy", "VIC", "3065"),
            ("Newtown", "NSW", "2042"),
            ("Fremantle", "WA", "6160"),
            ("Paddington", "QLD", "4064"),
            ("Glenelg", "SA", "5045"),
        ],
    },
    "de": {
        "streets": [
            "Lindenstraße",
            "Hauptstraße",
            "Bahnhofstraße",
            "Goethestraße",
            "Schillerplatz",
            "Am Mühlbach",
            "Rosenweg",
            "Kastanienallee",
            "Berliner Allee",
            "Gartenstraße",
            "Friedrichstraße",
            "Im Wiesengrund",
        ],
        "cities": [
            ("Berlin", "10"),
            ("München", "80"),
            ("Hamburg", "22"),
            ("Köln", "50"),
            ("Leipzig", "04"),
            ("Freiburg im Breisgau", "79"),
            ("Dresden", "01"),
            ("Stuttgart", "70"),
            ("Münster", "48"),
        ],
    },
    "at": {
        "streets": [
            "Mariahilfer Straße",
            "Landstraßer Hauptstraße",
            "Herrengasse",
            "Linzer Gasse",
            "Annenstraße",
        ],
        "cities": [("Wien", "1"), ("Graz", "8"), ("Linz", "4"), ("Salzburg", "5")],
    },
    "ch": {
        "streets": [
            "Bahnhofstrasse",
            "Seefeldstrasse",
            "Rue du Rhône",
            "Marktgasse",
            "Avenue de la Gare",
        ],
        "cities": [
            ("Zürich", "80"),
            ("Bern", "30"),
            ("Basel", "40"),
            ("Genève", "12"),
            ("Lausanne", "10"),
        ],
    },
    "fr": {
        "streets": [
            "rue des Lilas",
            "avenue Jean Jaurès",
            "boulevard Voltaire",
            "rue de la République",
            "impasse des Tilleuls",
            "rue Victor Hugo",
            "chemin des Vignes",
            "place du Marché",
            "allée des Peupliers",
            "rue du Faubourg Saint-Antoine",
        ],
        "cities": [
            ("Lyon", "6900"),
            ("Paris", "750"),
            ("Marseille", "130"),
            ("Toulouse", "310"),
            ("Nantes", "440"),
            ("Lille", "590"),
            ("Bordeaux", "330"),
            ("Rennes", "350"),
            ("Montpellier", "340"),
        ],
    },
    "be": {
        "streets": ["Rue Royale", "Chaussée de Waterloo", "Korenmarkt", "Meir", "Rue Saint-Gilles"],
        "cities": [
            ("Bruxelles", "1000"),
            ("Gent", "9000"),
            ("Antwerpen", "2000"),
            ("Liège", "4000"),
        ],
    },
    "es": {
        "streets": [
            "Calle Mayor",
            "Calle de Alcalá",
            "Avenida de la Constitución",
            "Calle San Bernardo",
            "Paseo de Gracia",
            "Calle Real",
            "Calle del Olmo",
            "Avenida del Puerto",
            "Calle de Atocha",
            "Ronda de Segovia",
        ],
        "cities": [
            ("Madrid", "280"),
            ("Barcelona", "080"),
            ("Valencia", "460"),
            ("Sevilla", "410"),
            ("Bilbao", "480"),
            ("Zaragoza", "500"),
            ("Málaga", "290"),
            ("Granada", "180"),
        ],
    },
    "mx": {
        "streets": [
            "Av. Insurgentes Sur",
            "Calle Hidalgo",
            "Calle Morelos",
            "Av. Juárez",
            "Calle 5 de Mayo",
            "Calle Niños Héroes",
            "Av. Vallarta",
            "Calle Allende",
        ],
        "colonias": [
            "Centro",
            "Roma Norte",
            "Condesa",
            "Del Valle",
            "Americana",
            "San Benito",
            "Chapultepec",
            "Narvarte",
        ],
        "cities": [
            ("Ciudad de México", "CDMX", "06"),
            ("Guadalajara", "Jal.", "44"),
            ("Monterrey", "N.L.", "64"),
            ("Puebla", "Pue.", "72"),
            ("Mérida", "Yuc.", "97"),
        ],
    },
    "pt": {
        "streets": [
            "Rua Augusta",
            "Avenida da Liberdade",
            "Rua de Santa Catarina",
            "Rua do Carmo",
            "Travessa do Almada",
            "Rua Ferreira Borges",
        ],
        "cities": [("Lisboa", "11"), ("Porto", "40"), ("Coimbra", "30"), ("Braga", "47")],
    },
    "br": {
        "streets": [
            "Rua das Flores",
            "Avenida Paulista",
            "Rua Augusta",
            "Rua Oscar Freire",
            "Avenida Atlântica",
            "Rua XV de Novembro",
            "Rua da Consolação",
            "Avenida Brasil",
            "Rua dos Andradas",
        ],
        "bairros": [
            "Pinheiros",
            "Copacabana",
            "Savassi",
            "Moinhos de Vento",
            "Boa Viagem",
            "Centro",
            "Vila Madalena",
            "Tijuca",
            "Batel",
        ],
        "cities": [
            ("São Paulo", "SP", "0"),
            ("Rio de Janeiro", "RJ", "2"),
            ("Belo Horizonte", "MG", "3"),
            ("Porto Alegre", "RS", "9"),
            ("Recife", "PE", "5"),
            ("Curitiba", "PR", "8"),
        ],
    },
    "it": {
        "streets": [
            "Via Roma",
            "Via Garibaldi",
            "Corso Vittorio Emanuele II",
            "Via dei Mille",
            "Piazza Dante",
            "Via Mazzini",
            "Viale Europa",
            "Via della Spiga",
            "Vicolo del Cinque",
        ],
        "cities": [
            ("Milano", "MI", "201"),
            ("Roma", "RM", "001"),
            ("Torino", "TO", "101"),
            ("Napoli", "NA", "801"),
            ("Bologna", "BO", "401"),
            ("Firenze", "FI", "501"),
        ],
    },
    "nl": {
        "streets": [
            "Prinsengracht",
            "Kerkstraat",
            "Dorpsstraat",
            "Molenweg",
            "Stationsplein",
            "Oudegracht",
            "Lindenlaan",
            "Vondelstraat",
            "Zeeburgerdijk",
        ],
        "cities": [
            ("Amsterdam", "10"),
            ("Utrecht", "35"),
            ("Rotterdam", "30"),
            ("Den Haag", "25"),
            ("Groningen", "97"),
            ("Eindhoven", "56"),
        ],
    },
    "pl": {
        "streets": [
            "Marszałkowska",
            "Długa",
            "Kościuszki",
            "Mickiewicza",
            "Piłsudskiego",
            "Słowackiego",
            "Ogrodowa",
            "Lipowa",
            "Grunwaldzka",
        ],
        "cities": [
            ("Warszawa", "0"),
            ("Kraków", "3"),
            ("Wrocław", "5"),
            ("Gdańsk", "8"),
            ("Poznań", "6"),
            ("Łódź", "9"),
        ],
    },
    "se": {
        "streets": [
            "Storgatan",
            "Drottninggatan",
            "Kungsgatan",
            "Södra vägen",
            "Linnégatan",
            "Björkvägen",
            "Hornsgatan",
        ],
        "cities": [("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75")],
    },
    "tr": {
        "mahalle": [
            "Caferağa",
            "Bahçelievler",
            "Kızılay",
            "Alsancak",
            "Cumhuriyet",
            "Atatürk",
            "Yenişehir",
            "Fenerbahçe",
        ],
        "streets": [
            "Moda Cad.",
            "Gül Sok.",
            "Atatürk Bulvarı",
            "Ihlamur Sok.",
            "Lale Sok.",
            "İnönü Cad.",
            "Bağdat Cad.",
        ],
        "cities": [
            ("Kadıköy", "İstanbul", "347"),
            ("Çankaya", "Ankara", "066"),
            ("Konak", "İzmir", "352"),
            ("Nilüfer", "Bursa", "160"),
        ],
    },
    "ru": {
        "streets": [
            "ул. Ленина",
            "ул. Тверская",
            "пр-т Мира",
            "ул. Садовая",
            "ул. Пушкина",
            "Невский пр-т",
            "ул. Гагарина",
            "ул. Лесная",
            "ул. Профсоюзная",
        ],
        "cities": [
            ("Москва", "1"),
            ("Санкт-Петербург", "19"),
            ("Новосибирск", "630"),
            ("Екатеринбург", "620"),
            ("Казань", "420"),
        ],
    },
    "ua": {
        "streets": [
            "вул. Хрещатик",
            "вул. Шевченка",
            "просп. Перемоги",
            "вул. Личаківська",
            "вул. Дерибасівська",
            "вул. Сумська",
        ],
        "cities": [("Київ", "0"), ("Львів", "79"), ("Одеса", "65"), ("Харків", "61")],
    },
    "gr": {
        "streets": [
            "Ερμού",
            "Πατησίων",
            "Αγίου Δημητρίου",
            "Τσιμισκή",
            "Βασιλίσσης Σοφίας",
            "Κολοκοτρώνη",
            "Σόλωνος",
        ],
        "cities": [("Αθήνα", "10"), ("Θεσσαλονίκη", "54"), ("Πάτρα", "26"), ("Ηράκλειο", "71")],
    },
    "sa": {
        "streets": [
            "شارع الملك فهد",
            "شارع التحلية",
            "طريق الملك عبدالعزيز",
            "شارع الأمير سلطان",
            "شارع العليا العام",
        ],
        "districts": ["حي العليا", "حي الروضة", "حي النخيل", "حي الصفا", "حي الملقا"],
        "cities": [("الرياض", "12"), ("جدة", "23"), ("الدمام", "32")],
    },
    "eg": {
        "streets": [
            "شارع التحرير",
            "شارع جامعة الدول العربية",
            "شارع الهرم",
            "شارع مصدق",
            "شارع شبرا",
        ],
        "districts": ["الدقي", "المهندسين", "مدينة نصر", "الزمالك", "سموحة"],
        "cities": [("القاهرة", "11"), ("الجيزة", "12"), ("الإسكندرية", "21")],
    },
    "il": {
        "streets": [
            "רחוב הרצל",
            "שדרות רוטשילד",
            "רחוב ביאליק",
            "רחוב יפו",
            "רחוב הנביאים",
            "רחוב ויצמן",
            "רחוב אבן גבירול",
        ],
        "cities": [("תל אביב-יפו", "6"), ("ירושלים", "9"), ("חיפה", "3"), ("באר שבע", "84")],
    },
    "in": {
        "buildings": [
            "Gulmohar Apartments",
            "Shanti Niketan",
            "Lotus Residency",
            "Sai Krupa CHS",
            "Green Park Towers",
            "Prestige Lakeside",
        ],
        "cities": [
            ("Noida", "Uttar Pradesh", "2013", "Sector 15"),
            ("Bengaluru", "Karnataka", "5600", "Koramangala 4th Block"),
            ("Mumbai", "Maharashtra", "4000", "Andheri West"),
            ("Hyderabad", "Telangana", "5000", "Banjara Hills"),
            ("Kolkata", "West Bengal", "7000", "Salt Lake Sector V"),
            ("Chennai", "Tamil Nadu", "6000", "T. Nagar"),
            ("Pune", "Maharashtra", "4110", "Kothrud"),
        ],
    },
    "inhi": {
        "buildings": ["गुलमोहर अपार्टमेंट्स", "शांति निकेतन", "साईं कृपा सोसाइटी", "लोटस रेजीडेंसी"],
        "cities": [
            ("नोएडा", "उत्तर प्रदेश", "2013", "सेक्टर 15"),
            ("जयपुर", "राजस्थान", "3020", "मालवीय नगर"),
            ("लखनऊ", "उत्तर प्रदेश", "2260", "गोमती नगर"),
            ("पटना", "बिहार", "8000", "बोरिंग रोड"),
            ("भोपाल", "मध्य प्रदेश", "4620", "अरेरा कॉलोनी"),
        ],
    },
    "cn": {
        "cities": [
            ("北京市", "朝阳区"),
            ("上海市", "浦东新区"),
            ("广州市", "天河区"),
            ("深圳市", "南山区"),
            ("杭州市", "西湖区"),
            ("成都市", "武侯区"),
            ("南京市", "鼓楼区"),
        ],
        "roads": [
            "建国路",
            "人民路",
            "中山路",
            "解放路",
            "科技园南路",
            "文三路",
            "长江路",
            "望京街",
        ],
        "compounds": ["阳光花园", "锦绣华庭", "翠湖小区", "金色家园", ""],
    },
    "jp": {
        "areas": [
            ("東京都", "渋谷区", "神南", "150"),
            ("東京都", "世田谷区", "桜丘", "156"),
            ("大阪府", "大阪市北区", "梅田", "530"),
            ("神奈川県", "横浜市中区", "山下町", "231"),
            ("京都府", "京都市左京区", "北白川", "606"),
            ("福岡県", "福岡市中央区", "天神", "810"),
            ("北海道", "札幌市中央区", "南三条西", "060"),
        ],
        "buildings": ["サンハイツ", "メゾン桜", "グランドパレス", "コーポ青葉", "パークハウス"],
    },
    "kr": {
        "areas": [
            ("서울특별시", "강남구", "테헤란로"),
            ("서울특별시", "마포구", "월드컵북로"),
            ("부산광역시", "해운대구", "해운대해변로"),
            ("경기도 성남시", "분당구", "판교역로"),
            ("대구광역시", "수성구", "달구벌대로"),
            ("인천광역시", "연수구", "송도과학로"),
        ],
    },
    "th": {
        "areas": [
            ("ถนนสุขุมวิท", "แขวงคลองเตย", "เขตคลองเตย", "กรุงเทพมหานคร", "10110"),
            ("ถนนพหลโยธิน", "แขวงสามเสนใน", "เขตพญาไท", "กรุงเทพมหานคร", "10400"),
            ("ถนนนิมมานเหมินท์", "ตำบลสุเทพ", "อำเภอเมืองเชียงใหม่", "เชียงใหม่", "50200"),
            ("ถนนมิตรภาพ", "ตำบลในเมือง", "อำเภอเมืองขอนแก่น", "ขอนแก่น", "40000"),
        ],
    },
    "vn": {
        "streets": [
            "Nguyễn Huệ",
            "Lê Lợi",
            "Trần Hưng Đạo",
            "Hai Bà Trưng",
            "Điện Biên Phủ",
            "Lý Thường Kiệt",
            "Phan Đình Phùng",
        ],
        "areas": [
            ("Phường Bến Nghé", "Quận 1", "TP. Hồ Chí Minh"),
            ("Phường Hàng Bạc", "Quận Hoàn Kiếm", "Hà Nội"),
            ("Phường Thạc Gián", "Quận Thanh Khê", "Đà Nẵng"),
            ("Phường 7", "Quận 3", "TP. Hồ Chí Minh"),
        ],
    },
    "id": {
        "streets": [
            "Jl. Jend. Sudirman",
            "Jl. Merdeka",
            "Jl. Diponegoro",
            "Jl. Malioboro",
            "Jl. Kenanga",
            "Jl. Melati Raya",
            "Jl. Gatot Subroto",
        ],
        "areas": [
            ("Kel. Karet", "Kec. Setiabudi", "Jakarta Selatan", "129"),
            ("Kel. Sukajadi", "Kec. Sukajadi", "Bandung", "401"),
            ("Kel. Sosromenduran", "Kec. Gedongtengen", "Yogyakarta", "552"),
            ("Kel. Darmo", "Kec. Wonokromo", "Surabaya", "602"),
        ],
    },
    "ph": {
        "streets": [
            "Rizal Ave.",
            "Mabini St.",
            "Bonifacio St.",
            "Katipunan Ave.",
            "Osmeña Blvd.",
            "Aguinaldo Highway",
        ],
        "areas": [
            ("Brgy. San Roque", "Quezon City", "1100"),
            ("Brgy. Poblacion", "Makati City", "1210"),
            ("Brgy. Lahug", "Cebu City", "6000"),
            ("Brgy. Bagumbayan", "Taguig City", "1630"),
            ("Brgy. Malinta", "Valenzuela City", "1440"),
        ],
    },
    "ke": {
        "streets": [
            "Argwings Kodhek Rd",
            "Ngong Rd",
            "Moi Avenue",
            "Kenyatta Ave",
            "Oginga Odinga St",
            "Lenana Rd",
        ],
        "estates": ["Kilimani", "Westlands", "Lavington", "Nyali", "Milimani", "South B"],
        "cities": [
            ("Nairobi", "00100"),
            ("Mombasa", "80100"),
            ("Kisumu", "40100"),
            ("Nakuru", "20100"),
        ],
    },
    "tz": {
        "streets": [
            "Mtaa wa Uhuru",
            "Barabara ya Morogoro",
            "Mtaa wa Jamhuri",
            "Barabara ya Bagamoyo",
        ],
        "areas": [
            ("Kariakoo", "Dar es Salaam"),
            ("Sinza", "Dar es Salaam"),
            ("Mwenge", "Dar es Salaam"),
            ("Stone Town", "Zanzibar"),
            ("Njiro", "Arusha"),
        ],
    },
    "ng": {
        "streets": [
            "Adeola Odeku Street",
            "Allen Avenue",
            "Awolowo Road",
            "Aminu Kano Crescent",
            "Ogui Road",
            "Admiralty Way",
        ],
        "areas": [
            ("Victoria Island", "Lagos"),
            ("Ikeja", "Lagos"),
            ("Wuse II", "Abuja"),
            ("Ikoyi", "Lagos"),
            ("GRA", "Enugu"),
            ("Lekki Phase 1", "Lagos"),
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Month names for long dates.
# ---------------------------------------------------------------------------------------------

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
}

# ---------------------------------------------------------------------------------------------
# Kept filler: organisations (name, e-mail domain), places, products.
# ---------------------------------------------------------------------------------------------

ORGS = [
    ("Brightlane Analytics", "brightlane.io"),
    ("Northwind Logistics", "northwind-logistics.com"),
    ("Kestrel Health", "kestrelhealth.org"),
    ("Bluefin Payments", "bluefinpay.com"),
    ("Harbor & Vine LLP", "harborvine.law"),
    ("Copperleaf Academy", "copperleaf.edu"),
    ("Tidewater Energy", "tidewater-energy.com"),
    ("Quillon Software", "quillon.dev"),
    ("Meridian Freight", "meridianfreight.co.uk"),
    ("Saltmarsh Studios", "saltmarsh.studio"),
    ("Ironbark Insurance", "ironbark-ins.com"),
    ("Pinecrest Realty", "pinecrestrealty.com"),
    ("Lumen Dental Group", "lumendental.com"),
    ("Cobalt Ridge Bank", "cobaltridge.bank"),
    ("Fernhill Foods", "fernhillfoods.co"),
    ("Aperture Labs Inc.", "aperturelabs.ai"),
    ("Gullwing Travel", "gullwingtravel.com"),
    ("Oakhurst Medical Center", "oakhurstmc.org"),
    ("Redwater Telecom", "redwater.net"),
    ("Silverline Robotics", "silverline-robotics.com"),
    ("Marlow & Finch", "marlowfinch.co.uk"),
    ("Hollybrook Primary School", "hollybrook.sch.uk"),
    ("Summit Peak Outfitters", "summitpeak.store"),
    ("Cedar & Stone Architects", "cedarstone.archi"),
]

ORGS_BY_LANG = {
    "es": [
        ("Grupo Alcázar", "grupoalcazar.es"),
        ("Inmobiliaria Sol y Mar", "solymar-inmo.es"),
        ("Clínica Santa Lucía", "clinicasantalucia.es"),
    ],
    "pt": [
        ("Construtora Horizonte", "horizonte.com.br"),
        ("Banco Atlântico", "bancoatlantico.com.br"),
        ("Clínica Bem Viver", "bemviver.med.br"),
    ],
    "de": [
        ("Grünwald Maschinenbau GmbH", "gruenwald-mb.de"),
        ("Stadtwerke Auental", "sw-auental.de"),
        ("Praxis am Markt", "praxis-am-markt.de"),
    ],
    "fr": [
        ("Orbitale SA", "orbitale.fr"),
        ("Cabinet Lefort & Associés", "cabinet-lefort.fr"),
        ("Agence Immo Lumière", "immolumiere.fr"),
    ],
    "it": [
        ("Ferro & Vetro S.r.l.", "ferrovetro.it"),
        ("Studio Dentistico Aurora", "studioaurora.it"),
    ],
    "nl": [("Polderlicht B.V.", "polderlicht.nl"), ("Woonstichting De Linde", "delinde.nl")],
    "pl": [
        ("Wisła Logistyka Sp. z o.o.", "wislalog.pl"),
        ("Przychodnia Zdrowie", "przychodnia-zdrowie.pl"),
    ],
    "tr": [
        ("Anadolu Yazılım A.Ş.", "anadoluyazilim.com.tr"),
        ("Boğaziçi Lojistik", "bogazicilojistik.com"),
    ],
    "ru": [("ООО «Северный ветер»", "sevveter.ru"), ("АО «ТехноПарк»", "technopark-ao.ru")],
    "uk": [("ТОВ «Карпати Софт»", "karpatisoft.ua")],
    "el": [("Αιγαίο Ταξίδια Α.Ε.", "aigaio-travel.gr")],
    "ar": [("شركة النخبة للتقنية", "nokhba-tech.sa"), ("مستشفى الشفاء", "alshifa-hospital.com")],
    "he": [('גלבוע טכנולוגיות בע"מ', "gilboa-tech.co.il")],
    "hi": [("सरस्वती एंटरप्राइजेज", "saraswati-ent.in")],
    "zh": [("星辰科技有限公司", "xingchen-tech.cn"), ("华信物流", "huaxin-logistics.com")],
    "ja": [("株式会社さくらシステム", "sakura-sys.co.jp"), ("青葉商事株式会社", "aoba-shoji.jp")],
    "ko": [("한빛소프트웨어", "hanbit-sw.co.kr"), ("푸른물산", "pureun.kr")],
    "th": [("บริษัท สยามดิจิทัล จำกัด", "siamdigital.co.th")],
    "vi": [("Công ty TNHH Sao Việt", "saoviet.vn")],
    "id": [("PT Nusantara Digital", "nusantaradigital.co.id")],
    "tl": [("Bayanihan Foods Inc.", "bayanihanfoods.ph")],
    "sw": [("Pwani Logistics Ltd", "pwanilogistics.co.ke")],
    "sv": [("Fjordline Data AB", "fjordline.se")],
}

CITIES = [
    "Chicago",
    "Lisbon",
    "Denver",
    "Toronto",
    "Austin",
    "Manchester",
    "Rotterdam",
    "Osaka",
    "Nairobi",
    "Auckland",
    "Seattle",
    "Lyon",
    "Kraków",
    "Cape Town",
    "Dublin",
    "Phoenix",
    "Vancouver",
    "Bristol",
    "Melbourne",
    "Valencia",
]

#: Places that are also person names (kept, not labelled).
NAME_PLACES = [
    "Lincoln",
    "Jackson",
    "Charlotte",
    "Victoria",
    "Florence",
    "Madison",
    "Eugene",
    "Regina",
    "Elizabeth",
    "Tyler",
    "Marshall",
    "Chester",
    "Austin",
    "Alexandria",
    "Sofia",
    "Georgetown",
    "Adelaide",
    "Vincennes",
    "Santa Rosa",
    "San José",
]

COUNTRIES = [
    "Canada",
    "Portugal",
    "Kenya",
    "India",
    "Germany",
    "Mexico",
    "Japan",
    "Brazil",
    "Ireland",
    "Poland",
    "Nigeria",
    "Vietnam",
]

PRODUCTS = [
    "Kettle Pro 2",
    "AeroPress Go",
    "Roomba j7+",
    "Kindle Paperwhite",
    "Pixel 8a",
    "Galaxy Buds2",
    "ThinkPad X1 Carbon",
    "Dyson V15",
    "Instant Pot Duo",
    "Nintendo Switch OLED",
    "Sonos Era 100",
    "Fitbit Charge 6",
]

ORG_HANDLES = [
    "AcmeSupport",
    "BluefinHelp",
    "RedwaterCares",
    "GullwingTravel",
    "NorthwindLogi",
    "SummitPeakHQ",
]

PASSWORD_WORDS = [
    "sunflower",
    "Otter",
    "maple",
    "Dragon",
    "pineapple",
    "Tiger",
    "coffee",
    "Falcon",
    "winter",
    "Galaxy",
    "purple",
    "Rocket",
    "banana",
    "Panther",
    "Kiwi",
    "Monkey",
]

#: Kept version strings, library names and the like for technical filler.
LIBS = [
    "numpy",
    "pandas",
    "requests",
    "fastapi",
    "django",
    "pydantic",
    "sqlalchemy",
    "react",
    "express",
    "lodash",
    "tokio",
    "serde",
    "spring-boot",
    "jackson-databind",
    "celery",
    "redis",
]


# ---------------------------------------------------------------------------------------------
# Templates.  T(lang, cc, genre, text, row=..., n=(lo, hi), sep="\n", pool=..., fam={...}).
# A text with ⟦ROWS⟧ repeats ``row`` n times (persons r, r2, rf, rm are new in every row).
# ---------------------------------------------------------------------------------------------


def T(lang, cc, genre, text, **opts):
    return {"lang": lang, "cc": cc, "genre": genre, "text": text.strip("\n"), **opts}


TEMPLATES_EN = [
    T(
        "en",
        "us",
        "email thread",
        """
Subject: Re: Q3 vendor onboarding – ⟦org2⟧

Hi ⟦p1.first⟧,

Thanks for looping me in. I spoke with ⟦p2.full⟧ this morning and they're fine with moving the kickoff to ⟦date⟧. ⟦p2.first⟧ will send the signed W-9 by Friday; if anything is missing you can reach them directly at ⟦p2.phone⟧.

Best,
⟦p3.full⟧
Procurement Lead | ⟦org⟧
⟦p3.wemail⟧ | ⟦p3.phone⟧

On ⟦date⟧, ⟦p1.full⟧ <⟦p1.wemail⟧> wrote:
> Hey ⟦p3.first⟧ – do we have a contact at ⟦org2⟧ yet? Legal needs a name
> for the MSA before the end of the month.
> Thanks, ⟦p1.first!low⟧
""",
    ),
    T(
        "en",
        "gb",
        "email",
        """
From: ⟦p1.full⟧ <⟦p1.email⟧>
To: ⟦p2.wemail⟧
Cc: ⟦p3.wemail⟧
Subject: Parental leave dates

Dear ⟦p2.first⟧,

Following our chat on ⟦date⟧, I'd like to confirm that my parental leave will start on ⟦date⟧. My partner ⟦p4.first⟧ is due in early spring, so I may need to bring it forward by a week or two. I've copied ⟦p3.full⟧ from payroll so the paperwork can be started.

My home address has changed since I joined — please update it to ⟦p1.address⟧.

Kind regards,
⟦p1.first⟧
""",
    ),
    T(
        "en",
        "us",
        "email thread",
        """
⟦p1.first⟧,

Sorry for the slow reply. The plumber (⟦p3.full⟧, ⟦p3.phone⟧) can come Thursday between 9 and 12. Please leave the side gate unlocked.

– ⟦p2.first⟧

-----Original Message-----
From: ⟦p1.full⟧ [mailto:⟦p1.email⟧]
Sent: ⟦date⟧ 7:42 PM
To: ⟦p2.full⟧
Subject: Leak under kitchen sink - ⟦p1.address⟧

Hi ⟦p2.title⟧ ⟦p2.last⟧, the leak under the sink is back and the cabinet floor is soaked. Can someone take a look this week? I'm home after 5.

Thanks,
⟦p1.first⟧
""",
    ),
    T(
        "en",
        "us",
        "recruiting message",
        """
Hi ⟦p1.first⟧ 👋

I came across your profile (linkedin.com/in/⟦p1.handle⟧) and was impressed by your work on the payments platform at ⟦org2⟧. We're hiring a Staff Backend Engineer at ⟦org⟧ — fully remote, competitive base + equity.

⟦p2.full⟧, our VP Engineering, mentioned you two overlapped briefly at a previous company. Would you be open to a 20-minute chat next week? You can grab a slot here: https://cal.com/⟦p3.handle⟧/intro

Cheers,
⟦p3.full⟧ | Technical Recruiter
""",
    ),
    T(
        "en",
        "us",
        "support ticket",
        """
Ticket #⟦n:100000-999999⟧ — Refund not received
Requester: ⟦p1.full⟧ (⟦p1.email⟧)
Assignee: ⟦p2.full⟧
Priority: High
Status: Open

--- Customer message ---
I returned the espresso machine on ⟦date⟧ (RMA ⟦ref⟧) and STILL no refund. My phone is ⟦p1.phone⟧, please call after 6pm. This is my third email!!

--- Internal note (⟦p2.first⟧) ---
Checked with the warehouse, ⟦p3.first⟧ confirms the unit arrived damaged. Escalating to ⟦p4.full⟧ for approval.
""",
    ),
    T(
        "en",
        "us",
        "chat transcript",
        """
[14:02] Agent ⟦p2.first⟧: Thanks for contacting ⟦org⟧. Can I get the account holder's full name?
[14:02] Customer: ⟦p1.full⟧
[14:03] Agent ⟦p2.first⟧: Thank you. For verification, please provide the date of birth and the last four of the SSN.
[14:03] Customer: ⟦p1.dob⟧, and here's the whole thing ⟦p1.ssn⟧ because your app keeps rejecting it
[14:04] Agent ⟦p2.first⟧: Please don't share the full number in chat. I've verified the account. The billing address I have is ⟦p1.address⟧ — is that still correct?
[14:05] Customer: yes. also add my daughter ⟦p3f.first⟧ as an authorized user, her number is ⟦p3f.phone⟧
[14:06] Agent ⟦p2.first⟧: Done! ⟦p3f.full⟧ has been added.
""",
    ),
    T(
        "en",
        "us",
        "HR performance review",
        """
PERFORMANCE REVIEW — CONFIDENTIAL
Employee: ⟦p1.lastfirst⟧    Employee ID: ⟦n:10000-99999⟧
Manager: ⟦p2.full⟧
Review period: ⟦date⟧ – ⟦date⟧

Summary
⟦p1.first⟧ exceeded expectations on the warehouse migration and mentored two new hires (⟦p3.first⟧ and ⟦p4.first⟧). Peer feedback from ⟦p5.full⟧ highlighted ⟦p1.first⟧'s calm handling of the November outage.

Areas for growth
- Delegation: still takes on too much personally; ⟦p2.first⟧ to pair ⟦p1.first⟧ with ⟦p3.first⟧ on the Q1 roadmap.
- Documentation of on-call runbooks.

Rating: 4 / 5   Recommended merit increase: 4.5%
""",
    ),
    T(
        "en",
        "gb",
        "HR note",
        """
Note to file — ⟦date⟧
Present: ⟦p1.full⟧ (HR), ⟦p2.full⟧ (line manager), ⟦p3.full⟧ (employee), ⟦p4.full⟧ (union rep)

⟦p3.first⟧ was late on six occasions in October. ⟦p3.first⟧ explained that childcare arrangements changed after ⟦p5.first⟧ (partner) started night shifts. Agreed: temporary 10:00 start for 8 weeks, review on ⟦date⟧. ⟦p4.last⟧ asked that the agreement be confirmed in writing to ⟦p3.email⟧.
""",
    ),
    T(
        "en",
        "us",
        "CV",
        """
⟦p1.full!up⟧
⟦p1.address⟧ · ⟦p1.phone⟧ · ⟦p1.email⟧ · github.com/⟦p1.handle⟧

PROFILE
Data engineer with 7 years of experience building batch and streaming pipelines (Spark, Kafka, dbt).

EXPERIENCE
Senior Data Engineer — ⟦org⟧, ⟦city⟧ (2021–present)
• Cut nightly ETL runtime from 6h to 50 min by moving to incremental models.
• Led a team of four; onboarding buddy for interns.

Data Engineer — ⟦org2⟧ (2017–2021)
• Built the Airflow platform used by 30+ analysts.

EDUCATION
B.Sc. Computer Science, University of ⟦nplace⟧, 2017

REFERENCES
⟦p2.full⟧, Head of Data, ⟦org⟧ — ⟦p2.wemail⟧
⟦p3.full⟧ — available on request
""",
    ),
    T(
        "en",
        "gb",
        "academic CV",
        """
Curriculum Vitae

Name: ⟦p1.full⟧
Date of birth: ⟦p1.dob⟧
Nationality: ⟦country⟧
Phone: ⟦p1.phone⟧
E-mail: ⟦p1.email⟧

Selected publications
1. ⟦p1.lastinit⟧, ⟦p2.lastinit⟧ and ⟦p3.lastinit⟧ (2022). Sparse attention for long clinical notes. Proc. ACL.
2. ⟦p4.lastinit⟧ and ⟦p1.lastinit⟧ (2020). Weak supervision for de-identification. JAMIA 27(4).

Supervisors: Prof. ⟦p5.full⟧, Dr ⟦p2.full⟧
""",
    ),
    T(
        "en",
        "us",
        "cover letter",
        """
⟦p1.full⟧
⟦p1.address⟧
⟦p1.email⟧ | ⟦p1.phone⟧

⟦date:long⟧

Dear ⟦p2.title⟧ ⟦p2.last⟧,

I am writing to apply for the Nursing Assistant position at ⟦org⟧. During my placement at St. Mary's, I worked closely with Charge Nurse ⟦p3.full⟧, who encouraged me to pursue a permanent role in elderly care. I believe my patience and attention to detail would make me a strong addition to your team.

I would welcome the opportunity to discuss my application. ⟦p3.first⟧ has kindly agreed to act as a reference and can be reached at ⟦p3.phone⟧.

Yours sincerely,
⟦p1.full⟧
""",
    ),
    T(
        "en",
        "us",
        "medical discharge summary",
        """
DISCHARGE SUMMARY
Patient: ⟦p1.lastfirst!up⟧      DOB: ⟦p1.dob⟧
Admitted: ⟦date⟧   Discharged: ⟦date⟧
Attending: Dr. ⟦p2.full⟧   Resident: Dr. ⟦p3.last⟧

Diagnosis: Community-acquired pneumonia, right lower lobe.
Course: Started on ceftriaxone + azithromycin. Afebrile by day 3. Patient's daughter, ⟦p4f.full⟧, was present for discharge teaching.

Follow-up: PCP Dr. ⟦p5.last⟧ in 7 days. Questions: ward nurse ⟦p6.full⟧, ⟦p6.phone⟧.
Home address on file: ⟦p1.address⟧
""",
    ),
    T(
        "en",
        "gb",
        "medical referral",
        """
Dear Dr ⟦p1.last⟧,

Re: ⟦p2.full⟧, DOB ⟦p2.dob⟧
⟦p2.address⟧

Thank you for seeing this 58-year-old retired teacher with a 3-month history of exertional chest tightness. ECG shows lateral T-wave inversion. I have started aspirin and atorvastatin. ⟦p2.first⟧ is anxious about the referral and would prefer appointments in the morning; their husband, ⟦p3m.full⟧, usually drives and can be contacted on ⟦p3m.phone⟧.

Yours sincerely,
Dr ⟦p4.full⟧
""",
    ),
    T(
        "en",
        "us",
        "SMS reminder",
        """
Hi ⟦p1.first⟧, this is ⟦org⟧ reminding you of your cleaning with Dr. ⟦p2.last⟧ on ⟦date⟧ at ⟦time⟧. Reply C to confirm or text ⟦p3.first⟧ at the front desk (⟦p3.phone⟧) to reschedule.
""",
    ),
    T(
        "en",
        "us",
        "pharmacy label",
        """
Rx #⟦n:1000000-9999999⟧        ⟦date⟧
PT: ⟦p1.full!up⟧   DOB ⟦p1.dob⟧
⟦p1.address!up⟧
SERTRALINE 50 MG TAB — TAKE 1 TABLET BY MOUTH DAILY
QTY 30   REFILLS 2
PRESCRIBER: ⟦p2.initlast!up⟧, MD
""",
    ),
    T(
        "en",
        "us",
        "legal NDA",
        """
MUTUAL NON-DISCLOSURE AGREEMENT

This Agreement is entered into as of ⟦date:long⟧ by and between ⟦org⟧, a Delaware corporation ("Company"), represented by ⟦p1.full⟧, Chief Executive Officer, and ⟦p2.full⟧, an individual residing at ⟦p2.address⟧ ("Consultant").

1. Confidential Information. Each party may disclose information relating to its business ...
2. Term. This Agreement remains in effect for two (2) years.

IN WITNESS WHEREOF the parties have executed this Agreement.

_______________________          _______________________
⟦p1.full⟧                        ⟦p2.full⟧
""",
    ),
    T(
        "en",
        "us",
        "legal power of attorney",
        """
DURABLE POWER OF ATTORNEY

I, ⟦p1.full!up⟧, born ⟦p1.dob:long⟧, of ⟦p1.address⟧, hereby appoint my son ⟦p2m.full⟧ as my attorney-in-fact. If ⟦p2m.first⟧ is unable or unwilling to serve, I appoint ⟦p3.full⟧ as successor agent.

Signed this day, ⟦date:long⟧.

______________________
⟦p1.full⟧

Notary Public: ⟦p4.full⟧    My commission expires ⟦date⟧
""",
    ),
    T(
        "en",
        "us",
        "police report",
        """
INCIDENT REPORT #⟦ref⟧
Reporting officer: Ofc. ⟦p1.last⟧ (badge ⟦n:1000-9999⟧)
Complainant: ⟦p2.full⟧, DOB ⟦p2.dob⟧, ph. ⟦p2.phone⟧
Address: ⟦p2.address⟧
Driver license: ⟦p2.dl⟧ (⟦p2.dlstate⟧)

Narrative: Complainant states that on ⟦date⟧ at approx. ⟦time⟧ a grey sedan reversed into their parked vehicle outside ⟦org⟧. Witness ⟦p3.full⟧ (⟦p3.phone⟧) recorded the plate. Other driver identified as ⟦p4.full⟧, DL ⟦p4.dl⟧ (⟦p4.dlstate⟧), who admitted fault at the scene.
""",
    ),
    T(
        "en",
        "us",
        "invoice",
        """
INVOICE #⟦n:1000-9999⟧
Date: ⟦date⟧

Bill to:
⟦p1.full⟧
⟦p1.address⟧

From:
⟦p2.full⟧ Photography
⟦p2.email⟧ · ⟦p2.phone⟧

| Item | Qty | Price |
|---|---|---|
| Wedding coverage (8h) | 1 | $2,400.00 |
| Second shooter (⟦p3.full⟧) | 1 | $600.00 |
| Album, 30 pages | 1 | $350.00 |

Please pay by card or bank transfer to IBAN ⟦p2.iban⟧ (account holder: ⟦p2.full⟧) within 14 days.
""",
    ),
    T(
        "en",
        "gb",
        "bank notification",
        """
Your payment has been sent ✅

Amount: £1,250.00
To: ⟦p1.full⟧
IBAN: ⟦p1.iban⟧
Reference: RENT ⟦month!up⟧ FLAT 3
Executed on: ⟦date⟧

Didn't make this payment? Open the app and tap Help. Never share your passcode — we'll never ask for it.
""",
    ),
    T(
        "en",
        "us",
        "scam check question",
        """
got this text just now, is it legit or a scam??

"⟦org⟧ ALERT: Dear ⟦p1.full!up⟧, a charge of $842.19 on card ⟦p1.card⟧ was declined. Verify at hxxp://secure-verify-acct.co/login"

the thing is my actual card number IS ⟦p1.card⟧ so how do they have it?? should I call the bank
""",
    ),
    T(
        "en",
        "us",
        "loan application",
        """
LOAN APPLICATION — PERSONAL
Applicant: ⟦p1.full⟧
SSN: ⟦p1.ssn⟧
DOB: ⟦p1.dob⟧
Home phone: ⟦p1.phone⟧
Current address: ⟦p1.address⟧
Employer: ⟦org⟧ (since 2019), supervisor ⟦p3.full⟧
Co-applicant: ⟦p2.full⟧, SSN ⟦p2.ssn⟧, DOB ⟦p2.dob⟧
Card for autopay: ⟦p1.card⟧  exp 09/28
""",
    ),
    T(
        "en",
        "us",
        "WhatsApp export",
        """
[⟦date:wa#d⟧, 9:14:02 PM] ⟦p1.full⟧: ok who's bringing what on saturday
[⟦date:wa#d⟧, 9:15:40 PM] ⟦p2.first⟧: I'll do the burgers 🍔
[⟦date:wa#d⟧, 9:15:51 PM] ⟦p3.nick⟧: chips + drinks. ⟦p4f.first⟧ said she's bringing her famous potato salad lol
[⟦date:wa#d⟧, 9:17:03 PM] ⟦p2.first⟧: will ⟦p5.first⟧ come?
[⟦date:wa#d⟧, 9:17:30 PM] ⟦p1.full⟧: ⟦p5.first⟧ is working but ⟦p6.first⟧ might swing by after 8
[⟦date:wa#d⟧, 9:18:12 PM] ⟦phone⟧: hey it's ⟦p7.first⟧, new number! save it 🙏
""",
    ),
    T(
        "en",
        "gb",
        "WhatsApp export",
        """
⟦date:wa#d⟧, 18:02 - Mum: has anyone heard from ⟦p1f.first!low⟧? not answering
⟦date:wa#d⟧, 18:05 - ⟦p2.first⟧: she's at ⟦p3.first!low⟧'s, phone died
⟦date:wa#d⟧, 18:05 - ⟦p2.first⟧: ⟦p3.first!low⟧'s mum's number is ⟦p3.phone⟧ if u need
⟦date:wa#d⟧, 18:07 - Mum: thanks love. tell ⟦p1f.first⟧ dinner is at 7
⟦date:wa#d⟧, 18:09 - Dad: <Media omitted>
""",
    ),
    T(
        "en",
        "us",
        "Slack export",
        """
#incident-⟦n:1000-9999⟧
⟦p1.handle⟧  10:02 AM
@⟦p2.handle⟧ can you check why checkout-api is 502ing? error rate spiked at 09:55
⟦p2.handle⟧  10:04 AM
looking. lots of timeouts talking to the payments-db replica
⟦p2.handle⟧  10:06 AM
⟦p3.first⟧ rotated the DB password yesterday, maybe the pool still has the old one? new one is ⟦secret:password⟧ fyi
⟦p1.handle⟧  10:07 AM
pls don't paste creds here 🙃 ping ⟦p3.full⟧ directly
""",
    ),
    T(
        "en",
        "us",
        "Slack standup",
        """
⟦p1.full⟧  9:30 AM
Yesterday: finished the SSO migration. Today: pairing w/ ⟦p2.first⟧ on flaky tests. Blockers: need prod access approval from @⟦p3.handle⟧
⟦p2.full⟧  9:34 AM
same as ⟦p1.first!low⟧ re: tests. also OOO friday (dentist)
⟦p4.full⟧  9:41 AM
@⟦p1.handle⟧ approved in Okta 👍 and welcome back ⟦p5.first⟧!
⟦p5.full⟧  9:42 AM
thanks ⟦p4.first⟧ 🙌
""",
    ),
    T(
        "en",
        "us",
        "Telegram export",
        """
⟦p1.full⟧, [⟦date:dot#d⟧ 22:31]
bro send the USDT to my new wallet, the old one got flagged
⟦p1.full⟧, [⟦date:dot#d⟧ 22:31]
⟦p1.eth⟧
⟦p2.full⟧, [⟦date:dot#d⟧ 22:40]
sent 500. also ⟦p3m.first⟧ wants his BTC back from the OTC deal → ⟦p3m.btc⟧
⟦p1.full⟧, [⟦date:dot#d⟧ 22:41]
tell ⟦p3m.first⟧ tomorrow
""",
    ),
    T(
        "en",
        "us",
        "Discord chat",
        """
⟦p1.handle⟧ — Today at 8:12 PM
anyone up for raids? need a healer
⟦p2.handle⟧ — Today at 8:13 PM
me + ⟦p3.handle⟧ in 10. ⟦p4m.first⟧ said he's out, exams
⟦p3.handle⟧ — Today at 8:15 PM
ya give me 10. ⟦p2.first!low⟧ bring the good potions this time
""",
    ),
    T(
        "en",
        "us",
        "Discord mod log",
        """
[AutoMod] Message from @⟦p1.handle⟧ removed in #general: "dm me ur paypal, mine is ⟦p1.email⟧"
[Ban] ⟦p2.handle⟧ banned ⟦p3.handle⟧ (reason: doxxing — posted ⟦p4.full⟧'s home address ⟦p4.address⟧ and phone ⟦p4.phone⟧)
[Note] ⟦p2.handle⟧: ⟦p4.first⟧ has been notified via DM. Screenshots saved.
""",
    ),
    T(
        "en",
        "us",
        "WeChat export",
        """
⟦p1.full⟧ ⟦date:iso#d⟧ 10:15
Hi ⟦p2.first⟧, the supplier in Ningbo wants the 30% deposit today.
⟦p2.full⟧ ⟦date:iso#d⟧ 10:21
OK. Send me their bank details again? Last time ⟦p3.first⟧ said the IBAN was wrong
⟦p1.full⟧ ⟦date:iso#d⟧ 10:22
It's ⟦iban⟧, beneficiary ⟦p4.full⟧
""",
        pool=["chinese", "chinese", "anglo"],
    ),
    T(
        "en",
        "us",
        "meeting transcript",
        """
Meeting transcript — Roadmap sync — ⟦date⟧
0:00:03 ⟦p1.full⟧: Okay, I think everyone's here. ⟦p2.first⟧, do you want to start with the mobile update?
0:00:09 ⟦p2.full⟧: Sure. So the iOS release slipped because of the App Store review...
0:01:12 ⟦p3.full⟧: Can I jump in? ⟦p4.first⟧ from the Android side said they're blocked on the same SDK.
0:01:20 ⟦p1.full⟧: Let's take that offline. ⟦p3.first⟧, can you set up something with ⟦p4.first⟧ and ⟦p5.full⟧?
0:01:25 ⟦p3.full⟧: Will do.
0:01:27 ⟦p1.full⟧: Great. ⟦p6.first⟧, you're up with the billing numbers. And please mark the action items in the doc as we go.
""",
    ),
    T(
        "en",
        "us",
        "board minutes",
        """
## Board meeting — ⟦date⟧
**Attendees:** ⟦p1.full⟧ (chair), ⟦p2.full⟧, ⟦p3.full⟧, ⟦p4.full⟧
**Apologies:** ⟦p5.full⟧

### Decisions
1. FY budget approved (4–0).
2. ⟦p3.last⟧ appointed treasurer effective immediately.

### Actions
- [ ] ⟦p2.first⟧ to circulate the revised budget by ⟦date⟧
- [ ] ⟦p4.first⟧ + ⟦p1.first⟧ to meet the auditors
- [x] ⟦p5.first⟧ to be briefed by ⟦p1.first⟧
""",
    ),
    T(
        "en",
        "gb",
        "PTA minutes",
        """
PTA minutes, ⟦date⟧
Present: ⟦p1.full⟧, ⟦p2.full⟧, ⟦p3.full⟧, Mr ⟦p4.last⟧ (head teacher)

- Bake sale raised £412. Thanks to ⟦p5.first⟧ and ⟦p6.first⟧ for organising!
- ⟦p2.first⟧ will contact the council about the crossing on Elm Road.
- Summer fair: ⟦p3.first⟧ needs volunteers for the tombola.
- Next meeting: ⟦date⟧. Contact ⟦p1.first⟧ on ⟦p1.phone⟧ for the agenda.
""",
    ),
    T(
        "en",
        "us",
        "social post",
        """
🎉 Happy birthday to my best friend ⟦p1f.full⟧!!! 🎂 Born ⟦p1f.dob:long⟧ and still acting like a teenager lol. Huge thanks to ⟦p2.first⟧ and ⟦p3.first⟧ for organizing the surprise party. Love you ⟦p1f.nick⟧ ❤️ #birthdaygirl
""",
    ),
    T(
        "en",
        "us",
        "tweet",
        """
@⟦p1.handle⟧ here: @⟦orgh⟧ 3 weeks waiting for my refund, order #⟦n:1000000-9999999⟧. your agent ⟦p2.first⟧ promised a callback that never came. DM'd you my number ⟦p1.phone⟧ twice. do better
""",
    ),
    T(
        "en",
        "us",
        "reddit post",
        """
TIFU by sending my rent to the wrong person

So Venmo autocompleted "⟦p1.full⟧" instead of my landlord ⟦p2.full⟧ and I didn't notice until ⟦p2.first⟧ texted asking where the money was. ⟦p1.first⟧ (stranger) hasn't replied to my request yet. Anyone had luck getting money back? The username was @⟦p1.handle⟧ if that helps anyone recognize it.
""",
    ),
    T(
        "en",
        "us",
        "review",
        """
★★★★★ Best dentist in town. Dr. ⟦p1.last⟧ and hygienist ⟦p2.first⟧ were incredibly gentle with my son ⟦p3m.first⟧, who is terrified of needles. Front desk (shoutout to ⟦p4.first⟧!) sorted out our insurance mess in 5 minutes. Parking on Grace Street is a pain though.
""",
    ),
    T(
        "en",
        "us",
        "host review",
        """
⟦p1.first⟧ and ⟦p2.first⟧ were wonderful guests — they left the apartment spotless and even watered the plants. Would host them again anytime!
— ⟦p3.first⟧, Superhost since 2017
""",
    ),
    T(
        "en",
        "us",
        "product review",
        """
1/5. Ordered the ⟦product⟧ and got a USED one with someone else's shipping label still on the box: ⟦p1.full!up⟧, ⟦p1.address!up⟧. Seriously? Contacted the seller (⟦p2.handle⟧ on the marketplace), no response after a week.
""",
    ),
    T(
        "en",
        "us",
        "school roster CSV",
        """
student_id,last_name,first_name,grade,guardian,guardian_phone,dob
⟦ROWS⟧
""",
        row="⟦n:10000-99999⟧,⟦r.last⟧,⟦r.first⟧,⟦pick:3|4|5⟧,⟦r2.full⟧,⟦r2.phone⟧,⟦r.dob:kid,iso⟧",
        n=(3, 7),
        noapos=False,
    ),
    T(
        "en",
        "us",
        "sports roster",
        """
**U12 Girls — ⟦city⟧ United FC — Spring roster**

| # | Player | Position | Parent/guardian | Contact |
|---|--------|----------|-----------------|---------|
⟦ROWS⟧

Coach: ⟦p1.full⟧ (⟦p1.phone⟧) · Assistant: ⟦p2.full⟧
""",
        row="| ⟦n:1-30⟧ | ⟦rf.full⟧ | ⟦pick:GK|DEF|MID|FWD⟧ | ⟦r2.full⟧ | ⟦r2.email⟧ |",
        n=(4, 8),
    ),
    T(
        "en",
        "us",
        "roster TSV",
        """
Name	Jersey	Email	T-shirt
⟦ROWS⟧
""",
        row="⟦r.full⟧	⟦n:1-99⟧	⟦r.email⟧	⟦pick:S|M|L|XL⟧",
        n=(4, 9),
    ),
    T(
        "en",
        "us",
        "teacher question",
        """
can you help me split my class into 4 balanced reading groups? here are the kids and their last reading levels:
⟦ROWS⟧
also ⟦p1.first⟧ and ⟦p2.first⟧ joined last week and haven't been tested yet, put them wherever. keep ⟦p1.first⟧ away from ⟦p3.first⟧ lol
""",
        row="⟦r.full⟧ – level ⟦pick:H|I|J|K|L|M|N⟧",
        n=(6, 12),
    ),
    T(
        "en",
        "us",
        "e-ticket",
        """
ELECTRONIC TICKET RECEIPT
Booking reference: ⟦pnr⟧
Passenger: ⟦p1.pnrname⟧ ⟦p1.mrms⟧
Passport: ⟦p1.passport⟧
Contact: ⟦p1.phone⟧ / ⟦p1.email⟧

Flight   From       To         Date        Dep    Class
LH 431   Chicago    Frankfurt  ⟦date⟧  17:45  Economy
LH 1170  Frankfurt  Lisbon     ⟦date⟧  09:20  Economy

Baggage: 1PC. Seat selection for ⟦p1.pnrname⟧ completed.
""",
    ),
    T(
        "en",
        "gb",
        "hotel confirmation",
        """
Dear ⟦p1.title⟧ ⟦p1.last⟧,

Thank you for choosing the ⟦org⟧ Hotel ⟦city⟧. Your confirmation number is ⟦ref⟧.

Guests: ⟦p1.full⟧, ⟦p2.full⟧
Check-in: ⟦date⟧ (from 15:00) · Check-out: ⟦date⟧
Card on file: ⟦p1.card⟧ (guarantee only)
Special requests: cot for baby ⟦p3.first⟧; late arrival

We look forward to welcoming you.
""",
    ),
    T(
        "en",
        "us",
        "car rental agreement",
        """
RENTAL AGREEMENT ⟦ref⟧
Renter: ⟦p1.full⟧    DOB: ⟦p1.dob⟧
Driver license: ⟦p1.dl⟧ (⟦p1.dlstate⟧), exp. ⟦date⟧
Additional driver: ⟦p2.full⟧, DL ⟦p2.dl⟧ (⟦p2.dlstate⟧)
Payment: ⟦p1.card⟧
Pick-up: SFO Airport, ⟦date⟧ 10:30   Return: same location
""",
    ),
    T(
        "en",
        "us",
        "python script",
        """
# payroll_fix.py — one-off script, DELETE after the March run
# author: ⟦p1.full⟧ <⟦p1.wemail⟧>
# ⟦p2.first⟧ said the Feb export had duplicated rows for ⟦p3.full⟧ and ⟦p4.full⟧

import csv

OVERRIDES = {
    "⟦p3.email⟧": {"iban": "⟦p3.iban:compact⟧", "net": 4210.55},
    "⟦p4.email⟧": {"iban": "⟦p4.iban:compact⟧", "net": 3987.10},
}


def fix(path: str) -> None:
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    ...
""",
    ),
    T(
        "en",
        "us",
        "javascript code",
        """
// TODO(⟦p1.uname⟧): move this to env before pushing!!
const client = new OpenAI({ apiKey: "⟦secret:openai⟧" });

// test user copied from ⟦p2.first⟧'s bug report
const testUser = {
  name: "⟦p3.full⟧",
  email: "⟦p3.email⟧",
  phone: "⟦p3.phone⟧",
};
""",
    ),
    T(
        "en",
        "us",
        "git log",
        """
commit ⟦hex:40⟧
Author: ⟦p1.full⟧ <⟦p1.email⟧>
Date:   ⟦gitdate⟧

    Fix race in session refresh (#⟦n:100-9999⟧)

    Reported-by: ⟦p2.full⟧ <⟦p2.wemail⟧>
    Co-authored-by: ⟦p3.full⟧ <⟦p3.email⟧>

commit ⟦hex:40⟧
Author: ⟦p4.full⟧ <⟦p4.wemail⟧>
Date:   ⟦gitdate⟧

    Bump pydantic to 2.7.1
""",
    ),
    T(
        "en",
        "us",
        "git shortlog",
        """
$ git shortlog -sne --since="6 months ago"
⟦ROWS⟧
""",
        row="   ⟦n:3-480⟧\t⟦r.full⟧ <⟦r.email⟧>",
        n=(3, 7),
    ),
    T(
        "en",
        "us",
        "env file",
        """
# .env.production — ⟦p1.first⟧ please don't commit this again
DATABASE_URL=postgres://app_user:⟦secret:password⟧@db.internal.⟦domain⟧:5432/app
STRIPE_SECRET_KEY=⟦secret:stripe⟧
SENDGRID_API_KEY=⟦secret:sendgrid⟧
ADMIN_EMAIL=⟦p2.wemail⟧
LOG_LEVEL=info
FEATURE_NEW_CHECKOUT=true
""",
    ),
    T(
        "en",
        "us",
        "CI config",
        """
# deploy.yml — maintained by ⟦p1.full⟧ (ask ⟦p2.first⟧ before changing)
name: deploy
on:
  push:
    branches: [main]
env:
  AWS_ACCESS_KEY_ID: ⟦secret:awsid⟧
  AWS_SECRET_ACCESS_KEY: ⟦secret:awskey⟧
  NOTIFY: "⟦p2.email⟧,⟦p3.email⟧"
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
""",
    ),
    T(
        "en",
        "us",
        "gitconfig",
        """
[user]
	name = ⟦p1.full⟧
	email = ⟦p1.email⟧
[github]
	user = ⟦p1.handle⟧
	token = ⟦secret:github⟧
[core]
	editor = nvim
[pull]
	rebase = true
""",
    ),
    T(
        "en",
        "us",
        "nginx access log",
        """
why are these requests returning 401? happens only for some users
⟦ROWS⟧
""",
        row='⟦ip⟧ - - [⟦logtime⟧] "GET /api/v1/profile?email=⟦r.email⟧ HTTP/1.1" ⟦pick:200|401|401|200⟧ ⟦n:200-9000⟧ "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"',
        n=(3, 6),
    ),
    T(
        "en",
        "us",
        "auth log",
        """
⟦systime⟧ bastion sshd[⟦n:1000-99999⟧]: Accepted publickey for ⟦p1.uname⟧ from ⟦p1.ip⟧ port ⟦n:30000-65000⟧ ssh2
⟦systime⟧ bastion sshd[⟦n:1000-99999⟧]: Failed password for invalid user admin from ⟦ip⟧ port ⟦n:30000-65000⟧ ssh2
⟦systime⟧ bastion sshd[⟦n:1000-99999⟧]: Accepted password for ⟦p2.uname⟧ from ⟦p2.ip⟧ port ⟦n:30000-65000⟧ ssh2
⟦systime⟧ bastion sudo: ⟦p2.uname⟧ : TTY=pts/0 ; PWD=/home/⟦p2.uname⟧ ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx
""",
    ),
    T(
        "en",
        "us",
        "DHCP log",
        """
⟦systime⟧ dnsmasq-dhcp[812]: DHCPREQUEST(br-lan) ⟦ip:priv#a⟧ ⟦mac#a⟧
⟦systime⟧ dnsmasq-dhcp[812]: DHCPACK(br-lan) ⟦ip:priv#a⟧ ⟦mac#a⟧ ⟦p1.first⟧s-iPhone
⟦systime⟧ dnsmasq-dhcp[812]: DHCPACK(br-lan) ⟦ip:priv⟧ ⟦mac⟧ ⟦p2.first⟧-ThinkPad
⟦systime⟧ dnsmasq-dhcp[812]: DHCPACK(br-lan) ⟦ip:priv⟧ ⟦mac⟧ android-⟦hex:16⟧
""",
    ),
    T(
        "en",
        "us",
        "router question",
        """
my router shows an unknown device ⟦mac⟧ at ⟦ip:priv⟧ named "⟦p1.first⟧-laptop". nobody in my house is called ⟦p1.first⟧ lol. how do I block it? my own devices are ⟦mac⟧ (pixel) and ⟦mac⟧ (macbook). public IP is ⟦ip⟧ if that matters
""",
    ),
    T(
        "en",
        "us",
        "API request JSON",
        """
{
  "model": "gpt-4o-mini",
  "messages": [
    {"role": "system", "content": "You are a helpful CRM assistant."},
    {"role": "user", "content": "Summarize the account history for ⟦p1.full⟧ (customer since 2019, phone ⟦p1.phone⟧). Their last call was with ⟦p2.first⟧, who promised a credit."}
  ],
  "temperature": 0.2,
  "user": "⟦p3.uname⟧"
}
""",
    ),
    T(
        "en",
        "us",
        "user JSON",
        """
{
  "id": ⟦n:1000-999999⟧,
  "first_name": "⟦p1.first⟧",
  "last_name": "⟦p1.last⟧",
  "email": "⟦p1.email⟧",
  "date_of_birth": "⟦p1.dob:iso⟧",
  "address": "⟦p1.address⟧",
  "emergency_contact": {"name": "⟦p2.full⟧", "phone": "⟦p2.phone⟧"},
  "created_at": "⟦isots⟧",
  "plan": "pro"
}
""",
    ),
    T(
        "en",
        "us",
        "webhook JSON",
        """
{
  "id": "evt_⟦hex:24⟧",
  "type": "charge.succeeded",
  "data": {
    "object": {
      "amount": ⟦n:500-90000⟧,
      "currency": "usd",
      "billing_details": {
        "name": "⟦p1.full⟧",
        "email": "⟦p1.email⟧",
        "phone": "⟦p1.phone:e164⟧"
      },
      "payment_method_details": {"card": {"brand": "visa", "exp_year": 2027}},
      "client_ip": "⟦ip⟧"
    }
  }
}
""",
    ),
    T(
        "en",
        "us",
        "SQL insert",
        """
INSERT INTO customers (first_name, last_name, email, phone, card_number) VALUES
⟦ROWS⟧;
""",
        row="  ('⟦r.first⟧', '⟦r.last⟧', '⟦r.email⟧', '⟦r.phone⟧', '⟦r.card:plain⟧')",
        n=(2, 5),
        sep=",\n",
        noapos=True,
    ),
    T(
        "en",
        "us",
        "SQL query",
        """
-- why does this return nothing? ⟦p1.first⟧ definitely exists in prod
SELECT id, email, created_at
FROM users
WHERE lower(email) = '⟦p1.email⟧'
   OR (last_name = '⟦p1.last⟧' AND date_of_birth = '⟦p1.dob:iso⟧');
""",
        noapos=True,
    ),
    T(
        "en",
        "us",
        "psql output",
        """
taxdb=> SELECT id, full_name, tin, filing_status FROM taxpayers WHERE batch = 7;
 id  |      full_name       |     tin     | filing_status
-----+----------------------+-------------+---------------
⟦ROWS⟧
(⟦n:3-6⟧ rows)
""",
        row=" ⟦n:100-999⟧ | ⟦r.full⟧ | ⟦r.tin⟧ | ⟦pick:single|joint|hoh⟧",
        n=(3, 6),
    ),
    T(
        "en",
        "us",
        "python traceback",
        """
Traceback (most recent call last):
  File "/srv/app/billing/charge.py", line 88, in charge_customer
    resp = gateway.charge(card=card_number, amount=total)
  File "/srv/app/venv/lib/python3.11/site-packages/payflow/client.py", line 214, in charge
    raise CardDeclined(f"declined for {holder}: {card}")
payflow.errors.CardDeclined: declined for ⟦p1.full⟧: ⟦p1.card:plain⟧

Locals at the failing frame:
  customer = {'name': '⟦p1.full⟧', 'email': '⟦p1.email⟧', 'tier': 'gold'}
""",
        noapos=True,
    ),
    T(
        "en",
        "us",
        "java log",
        """
⟦isots⟧ ERROR [user-service] c.a.u.UserController - Failed to update profile for user=⟦p1.email⟧ ip=⟦ip⟧
java.lang.IllegalArgumentException: Invalid phone number: ⟦p1.phone⟧
	at com.acme.users.PhoneValidator.validate(PhoneValidator.java:42)
	at com.acme.users.UserService.update(UserService.java:118)
	at com.acme.users.UserController.patch(UserController.java:77)
""",
    ),
    T(
        "en",
        "us",
        "JSON logs",
        """
⟦ROWS⟧
""",
        row='{"ts":"⟦isots⟧","level":"⟦pick:info|info|warn⟧","msg":"⟦pick:login ok|password reset requested|mfa challenge sent⟧","user":"⟦r.email⟧","ip":"⟦ip⟧"}',
        n=(3, 6),
    ),
    T(
        "en",
        "us",
        "plain question",
        """
My coworker ⟦p1f.full⟧ keeps taking credit for my work in meetings. Yesterday she presented my churn analysis to ⟦p2.full⟧ (our director) as her own. How do I bring this up with ⟦p2.first⟧ without sounding petty?
""",
    ),
    T(
        "en",
        "us",
        "plain question",
        """
My ex, ⟦p1m.full⟧, hasn't paid child support since ⟦date:long⟧. Our son ⟦p2m.first⟧ lives with me full time. ⟦p1m.first⟧ moved and I only have an old address (⟦p1m.address⟧) and his cell ⟦p1m.phone⟧. What are my options in this state?
""",
        pool=["anglo", "mexican", "anglo"],
    ),
    T(
        "en",
        "us",
        "tax question",
        """
I'm filing jointly with my wife ⟦p1f.first⟧. I have an SSN (⟦p2m.ssn⟧) but she only has an ITIN (⟦p1f.itin⟧). Can we still claim the child tax credit for our daughter ⟦p3f.first⟧, who was born here and has an SSN?
""",
    ),
    T(
        "en",
        "us",
        "letter request",
        """
Write a polite but firm reminder to my tenant ⟦p1.full⟧ at ⟦p1.address⟧ that the rent for ⟦month⟧ is now 10 days overdue. Mention the late fee from the lease. Sign it from ⟦p2.full⟧, ⟦p2.phone⟧, ⟦p2.email⟧.
""",
    ),
    T(
        "en",
        "us",
        "mailing labels request",
        """
Can you format these into mailing labels for the wedding invites? one per household please
⟦ROWS⟧
""",
        row="⟦r.full⟧ & ⟦r2.first⟧ – ⟦r.address⟧",
        n=(3, 6),
    ),
    T(
        "en",
        "us",
        "obituary",
        """
⟦p1m.full⟧, of ⟦nplace⟧, passed away peacefully on ⟦date:long⟧. Born ⟦p1m.dob:old,long⟧, ⟦p1m.first⟧ worked for 35 years as a machinist and never missed a Little League game. ⟦p1m.first⟧ is survived by his wife of 58 years, ⟦p2f.full⟧; children ⟦p3.full⟧ and ⟦p4.full⟧; and grandchildren ⟦p5.first⟧, ⟦p6.first⟧ and ⟦p7.first⟧. Memorial donations may be made to the ⟦nplace⟧ Public Library.
""",
        pool="anglo",
        fam={"p2f": "p1m", "p3": "p1m", "p4": "p1m"},
    ),
    T(
        "en",
        "us",
        "GEDCOM",
        """
0 @I1@ INDI
1 NAME ⟦p1m.first⟧ /⟦p1m.last⟧/
1 SEX M
1 BIRT
2 DATE ⟦p1m.dob:old,gedcom⟧
2 PLAC ⟦nplace⟧
1 FAMS @F1@
0 @I2@ INDI
1 NAME ⟦p2f.first⟧ /⟦p2f.last⟧/
1 SEX F
1 BIRT
2 DATE ⟦p2f.dob:old,gedcom⟧
0 @I3@ INDI
1 NAME ⟦p3.first⟧ /⟦p3.last⟧/
1 BIRT
2 DATE ⟦p3.dob:gedcom⟧
1 FAMC @F1@
""",
        fam={"p3": "p1m"},
    ),
    T(
        "en",
        "us",
        "vCard",
        """
BEGIN:VCARD
VERSION:3.0
N:⟦p1.last⟧;⟦p1.first⟧;;;
FN:⟦p1.full⟧
ORG:⟦org⟧
TEL;TYPE=CELL:⟦p1.phone⟧
EMAIL;TYPE=INTERNET:⟦p1.email⟧
ADR;TYPE=HOME:;;⟦p1.address⟧
BDAY:⟦p1.dob:iso⟧
END:VCARD
""",
    ),
    T(
        "en",
        "us",
        "calendar invite",
        """
BEGIN:VEVENT
SUMMARY:1:1 ⟦p1.first⟧ / ⟦p2.first⟧
ORGANIZER;CN=⟦p1.full⟧:mailto:⟦p1.wemail⟧
ATTENDEE;CN=⟦p2.full⟧;RSVP=TRUE:mailto:⟦p2.wemail⟧
DTSTART:20240412T150000Z
DTEND:20240412T153000Z
LOCATION:https://zoom.us/j/⟦n:1000000000-9999999999⟧
DESCRIPTION:Career chat. ⟦p2.first⟧ wants to talk about moving to ⟦p3.full⟧'s team.
END:VEVENT
""",
    ),
    T(
        "en",
        "us",
        "LDIF",
        """
dn: uid=⟦p1.uname⟧,ou=people,dc=corp,dc=example
objectClass: inetOrgPerson
uid: ⟦p1.uname⟧
cn: ⟦p1.full⟧
sn: ⟦p1.last⟧
givenName: ⟦p1.first⟧
mail: ⟦p1.wemail⟧
telephoneNumber: ⟦p1.phone⟧
manager: uid=⟦p2.uname⟧,ou=people,dc=corp,dc=example
""",
    ),
    T(
        "en",
        "us",
        "passport OCR",
        """
Please extract the fields from this passport OCR into JSON:

PASSPORT
Type P   Code USA   Passport No. ⟦p1.passport:us⟧
Surname: ⟦p1.last!up⟧
Given names: ⟦p1.first!up⟧
Nationality: UNITED STATES OF AMERICA
Date of birth: ⟦p1.dob:passport⟧
Place of birth: ⟦pick:TEXAS, U.S.A.|OHIO, U.S.A.|CALIFORNIA, U.S.A.|NEW YORK, U.S.A.⟧
Date of issue: ⟦date:passport⟧
""",
    ),
    T(
        "en",
        "us",
        "exchange support",
        """
Hi, my account ⟦p1.email⟧ got locked right after I uploaded my ID. Passport number ⟦p1.passport⟧, DOB ⟦p1.dob⟧, name on the passport is ⟦p1.full⟧. My pending withdrawal was to ⟦p1.btc⟧. Please unlock it, I need the funds for rent.
""",
    ),
    T(
        "en",
        "us",
        "donation post",
        """
Donations for ⟦p1.first⟧'s surgery 🙏 anything helps
BTC: ⟦btc⟧
ETH: ⟦eth⟧
or Venmo @⟦p2f.handle⟧ (⟦p1.first⟧'s sister ⟦p2f.first⟧ is managing the funds)
""",
    ),
    T(
        "en",
        "us",
        "crypto question",
        """
I sent 0.05 ETH to ⟦eth⟧ but it was meant for ⟦p1.eth⟧ (my friend ⟦p1.first⟧'s wallet). Is there ANY way to reverse it? etherscan shows it confirmed.
""",
    ),
    T(
        "en",
        "us",
        "CRM notes",
        """
Account: ⟦org⟧
Contact: ⟦p1.full⟧ (CFO) — ⟦p1.wemail⟧, ⟦p1.phone⟧
Notes:
- ⟦date⟧ call w/ ⟦p1.first⟧ + ⟦p2.full⟧ (procurement). Budget approved for Q3. ⟦p2.first⟧ prefers email.
- Decision maker is actually ⟦p3.full⟧ (CEO); ⟦p1.first⟧ says ⟦p3.first⟧ will sign if we include onboarding.
- Champion left? ⟦p4.full⟧ no longer on LinkedIn as ⟦org⟧ employee.
""",
    ),
    T(
        "en",
        "us",
        "PR review",
        """
**⟦p1.handle⟧** commented on `src/auth/session.ts` line 42:
> Should this be `>=`? ⟦p2.first⟧ hit exactly this in staging last week.

**⟦p3.handle⟧** replied:
> Good catch, fixed in ⟦hex:7⟧. cc @⟦p2.handle⟧ can you re-test?

**⟦p2.handle⟧** approved these changes
""",
    ),
    T(
        "en",
        "us",
        "Jira ticket",
        """
[PLAT-⟦n:100-9999⟧] Full card number shown on payment error page
Reporter: ⟦p1.full⟧   Assignee: ⟦p2.full⟧   Priority: Critical

Description:
When a payment fails, the error page echoes the full PAN. Reproduced with account ⟦p3.email⟧ and card ⟦p3.card⟧ (this is a REAL card from ⟦p3.first⟧'s support ticket, sorry — please scrub).

Watchers: ⟦p4.full⟧, ⟦p5.full⟧
""",
    ),
    T(
        "en",
        "us",
        "on-call handoff",
        """
On-call handoff ⟦date⟧ → ⟦p2.first⟧
- Still flapping: edge node ⟦ip⟧ (BGP). ⟦p1.first⟧ opened a ticket with the provider.
- Customer escalation from ⟦p3.full⟧ (⟦p3.wemail⟧) about slow exports — their office egress is ⟦p3.ip⟧; whitelisted.
- ⟦p4.first⟧ is covering Saturday 10-14, reachable at ⟦p4.phone⟧.
""",
    ),
    T(
        "en",
        "us",
        "rental application",
        """
RENTAL APPLICATION
APPLICANT NAME: ⟦p1.full!up⟧
SOCIAL SECURITY NO.: ⟦p1.ssn⟧
DATE OF BIRTH: ⟦p1.dob⟧
PRESENT ADDRESS: ⟦p1.address!up⟧
PHONE: ⟦p1.phone⟧
EMPLOYER: ⟦org!up⟧      SUPERVISOR: ⟦p2.full!up⟧
EMERGENCY CONTACT: ⟦p3.full!up⟧ (⟦pick:SISTER|BROTHER|MOTHER|FATHER|FRIEND⟧) ⟦p3.phone⟧
""",
    ),
    T(
        "en",
        "us",
        "insurance claim",
        """
Claim #⟦ref⟧ — Auto
Policyholder: ⟦p1.full⟧ · DOB ⟦p1.dob⟧ · DL ⟦p1.dl⟧ (⟦p1.dlstate⟧)
Mailing address: ⟦p1.address⟧
Loss date: ⟦date⟧
Other party: ⟦p2.full⟧, ⟦p2.phone⟧, insured with ⟦org⟧
Description: Insured was rear-ended at a red light on Highland Ave. Passenger ⟦p3.full⟧ reports neck pain.
Adjuster: ⟦p4.full⟧
""",
    ),
    T(
        "en",
        "us",
        "vet record",
        """
PATIENT: Biscuit (canine, golden retriever, 6y)
OWNER: ⟦p1.full⟧ · ⟦p1.phone⟧ · ⟦p1.email⟧
Seen by: Dr. ⟦p2.last⟧, tech ⟦p3.first⟧
Reason: limping R hind leg after hike. Owner's partner ⟦p4.first⟧ says Biscuit jumped off the tailgate.
Plan: carprofen 75 mg BID x 5d, recheck ⟦date⟧.
""",
    ),
    T(
        "en",
        "us",
        "newsletter",
        """
🌟 Employee spotlight: ⟦p1.full⟧

This month we celebrate ⟦p1.first⟧ from the Customer Success team! ⟦p1.first⟧ joined ⟦org⟧ in 2019 and has since onboarded over 200 accounts. "⟦p1.first⟧ is the person everyone calls when things get hard," says manager ⟦p2.full⟧. Outside work, ⟦p1.first⟧ coaches a youth soccer team with ⟦p3.first⟧ and bakes a mean sourdough.

Want to nominate a colleague? Email ⟦p4.wemail⟧.
""",
    ),
    T(
        "en",
        "us",
        "volunteer signup",
        """
Food bank volunteer signup — Saturday shifts
Name | Email | Phone | Shift
⟦ROWS⟧
Shift lead: ⟦p1.full⟧
""",
        row="⟦r.full⟧ | ⟦r.email⟧ | ⟦r.phone⟧ | ⟦pick:8–11|11–2|2–5⟧",
        n=(3, 7),
    ),
    T(
        "en",
        "gb",
        "parcel SMS",
        """
Royal Mail: Hi ⟦p1.first⟧, your parcel from ⟦org⟧ could not be delivered to ⟦p1.address⟧. We left it with your neighbour ⟦p2.full⟧ at no. ⟦n:1-99⟧.
""",
    ),
    T(
        "en",
        "us",
        "reference letter",
        """
To whom it may concern,

I have known ⟦p1.full⟧ for four years as their manager at ⟦org⟧. ⟦p1.first⟧ consistently delivered high-quality work, trained new staff and took ownership of our vendor relationships, including the difficult renegotiation with ⟦org2⟧.

I recommend ⟦p1.first⟧ without reservation. Feel free to contact me at ⟦p2.phone⟧ or ⟦p2.email⟧.

Sincerely,
⟦p2.full⟧
Director of Operations
""",
    ),
    T(
        "en",
        "us",
        "iMessage export",
        """
⟦p1.first⟧: hey is the apartment still available? saw the listing on craigslist
Me: yes! want to see it tomorrow?
⟦p1.first⟧: yes pls. I'll bring my roommate ⟦p2.first⟧
⟦p1.first⟧: what's the exact address
Me: ⟦p3.address⟧, buzz 2B. ask for ⟦p3.first⟧ if I'm not there
⟦p1.first⟧: perfect, see u at 6
""",
    ),
    T(
        "en",
        "us",
        "voicemail transcript",
        """
Voicemail from ⟦p1.phone⟧ (0:42):
"Hi, this message is for ⟦p2.full⟧. This is ⟦p1.first⟧ from ⟦org⟧ returning your call about the claim. If you could call me back at ⟦p1.phone⟧, extension 4, that'd be great. Also ⟦p3.full⟧ from our side will email you the forms at ⟦p2.email⟧. Thanks, bye."
""",
    ),
    T(
        "en",
        "us",
        "podcast transcript",
        """
[00:12:31] ⟦p1.first!up⟧: So when did you realise the startup wasn't going to make it?
[00:12:35] ⟦p2.first!up⟧: Honestly? The day ⟦p3.full⟧ quit. ⟦p3.first⟧ was our first engineer and basically held the whole backend together.
[00:12:49] ⟦p1.first!up⟧: And you and ⟦p4.first⟧ kept going for another year.
[00:12:52] ⟦p2.first!up⟧: Yeah, ⟦p4.first⟧ was stubborn. In a good way.
""",
    ),
    T(
        "en",
        "us",
        "peer review",
        """
Reviewer 2 comments on manuscript JMLR-⟦n:1000-9999⟧ ("Robust de-identification of clinical text")
Authors: ⟦p1.full⟧, ⟦p2.full⟧, ⟦p3.full⟧ (corresponding: ⟦p3.wemail⟧)

The related-work section omits the 2021 benchmark by ⟦p4.lastinit⟧ et al. Table 3 is hard to read. I also suggest the authors compare against the rule-based baseline from ⟦p5.last⟧ and ⟦p6.last⟧ (2019).
""",
    ),
    T(
        "en",
        "us",
        "k8s secret",
        """
apiVersion: v1
kind: Secret
metadata:
  name: billing-api
  annotations:
    owner: "⟦p1.wemail⟧"
type: Opaque
stringData:
  SLACK_BOT_TOKEN: "⟦secret:slack⟧"
  TWILIO_AUTH_TOKEN: "⟦secret:hex32⟧"
  DB_PASSWORD: "⟦secret:password⟧"
""",
    ),
    T(
        "en",
        "us",
        "terraform tfvars",
        """
# terraform.tfvars — ⟦p1.full⟧'s sandbox
project_id      = "sbx-⟦p1.uname⟧-⟦n:100-999⟧"
region          = "us-central1"
admin_email     = "⟦p1.wemail⟧"
google_api_key  = "⟦secret:google⟧"
allowed_ip      = "⟦p1.ip⟧/32"
""",
    ),
    T(
        "en",
        "us",
        "npmrc",
        """
//registry.npmjs.org/:_authToken=⟦secret:npm⟧
email=⟦p1.email⟧
always-auth=true
init-author-name=⟦p1.full⟧
""",
    ),
    T(
        "en",
        "us",
        "curl command",
        """
curl -X PATCH "https://api.⟦domain⟧/v2/users/⟦n:1000-99999⟧" \\
  -H "Authorization: Bearer ⟦secret:jwt⟧" \\
  -H "Content-Type: application/json" \\
  -d '{"name": "⟦p1.full⟧", "phone": "⟦p1.phone⟧"}'

this returns 403 even though ⟦p2.first⟧ says the token has admin scope. any idea?
""",
        noapos=True,
    ),
    T(
        "en",
        "us",
        "pandas output",
        """
>>> df.head()
⟦ROWS⟧
why is `age` NaN for everyone born before 1970?
""",
        row="⟦n:0-9⟧  ⟦r.full⟧  ⟦r.dob:iso⟧  ⟦r.email⟧  NaN",
        n=(4, 6),
    ),
    T(
        "en",
        "gb",
        "spreadsheet paste",
        """
payroll for this month, can you total the net column and flag anything odd?
Employee	IBAN	Gross	Net
⟦ROWS⟧
""",
        row="⟦r.full⟧	⟦r.iban⟧	⟦n:2100-5200⟧.00	⟦n:1700-3900⟧.00",
        n=(3, 6),
    ),
    T(
        "en",
        "us",
        "Django error",
        """
Internal Server Error: /accounts/signup/
django.db.utils.IntegrityError: duplicate key value violates unique constraint "accounts_user_email_key"
DETAIL:  Key (email)=(⟦p1.email⟧) already exists.

Request POST:
first_name = '⟦p1.first⟧'
last_name = '⟦p1.last⟧'
email = '⟦p1.email⟧'
password1 = '⟦secret:password⟧'
""",
        noapos=True,
    ),
    T(
        "en",
        "us",
        "docker compose",
        """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ⟦p1.uname⟧
      POSTGRES_PASSWORD: ⟦secret:password⟧
  app:
    build: .
    environment:
      ANTHROPIC_API_KEY: ⟦secret:anthropic⟧
      HF_TOKEN: ⟦secret:hf⟧
""",
    ),
    T(
        "en",
        "us",
        "complaint email",
        """
To whom it may concern,

On ⟦date:long⟧ I flew from Denver to Boston (confirmation ⟦pnr⟧) with my mother ⟦p2f.full⟧, who uses a wheelchair. Despite our request, no assistance was waiting at the gate and a flight attendant named ⟦p3.first⟧ told us to "figure it out". My mother is 81.

I expect a full refund of both tickets. You can reach me at ⟦p1.phone⟧ or ⟦p1.email⟧.

⟦p1.full⟧
""",
    ),
    T(
        "en",
        "us",
        "group chat",
        """
⟦p1.first!low⟧: anyone know a good mechanic
⟦p2.first!low⟧: my cousin ⟦p3f.first!low⟧ is great, cheap too
⟦p2.first!low⟧: ⟦p3f.phone⟧
⟦p1.first!low⟧: ty!! will text her
⟦p4.first!low⟧: ⟦p3f.first!low⟧ fixed my brakes last year, legit
⟦p1.first!low⟧: mark my words if this car dies again im buying a bike
""",
    ),
    T(
        "en",
        "us",
        "Slack bot payload",
        """
{
  "ok": true,
  "user": {
    "id": "U0⟦hex:8!up⟧",
    "name": "⟦p1.uname⟧",
    "real_name": "⟦p1.full⟧",
    "profile": {
      "display_name": "⟦p1.first⟧",
      "email": "⟦p1.wemail⟧",
      "phone": "⟦p1.phone⟧",
      "title": "Senior Designer"
    },
    "tz": "America/Chicago"
  }
}
""",
    ),
    T(
        "en",
        "us",
        "Instagram DM",
        """
⟦p1.handle⟧: omg is that ⟦p2f.first⟧ in your story?? from high school??
⟦p3.handle⟧: YES lol we ran into each other at the airport
⟦p1.handle⟧: tell ⟦p2f.first!low⟧ i said hi!! whats her ig
⟦p3.handle⟧: @⟦p2f.handle⟧
""",
    ),
    T(
        "en",
        "ng",
        "bank alert",
        """
Credit Alert!
Acct: 01******89
Amt: NGN50,000.00
Desc: TRF FROM ⟦p1.full!up⟧/⟦ref⟧
Bal: NGN183,402.17
Date: ⟦date⟧

Hi ⟦p2.first⟧, this is ⟦p1.first⟧'s transfer for the aso-ebi. Please send the fabric to ⟦p1.address⟧. Call me on ⟦p1.phone⟧.
""",
        pool="nigerian",
    ),
    T(
        "en",
        "in",
        "complaint letter",
        """
To,
The Branch Manager,
⟦org⟧, ⟦nplace⟧ Branch

Subject: Request to update mobile number

Respected Sir/Madam,

I, ⟦p1.full⟧, residing at ⟦p1.address⟧, hold a savings account in your branch. I request you to update my registered mobile number to ⟦p1.phone⟧ as my old SIM is lost. My e-mail ID is ⟦p1.email⟧.

Thanking you,
Yours faithfully,
⟦p1.full⟧
""",
        pool=["hindi", "tamil", "south_asian"],
    ),
    T(
        "en",
        "ke",
        "M-Pesa SMS",
        """
QK7⟦ref⟧ Confirmed. Ksh1,500.00 sent to ⟦p1.full!up⟧ ⟦p1.phone⟧ on ⟦date:dmy2⟧ at 3:41 PM. New M-PESA balance is Ksh4,210.55.

^ that was for ⟦p2.first⟧'s school fees, can you confirm ⟦p1.first⟧ received it?
""",
        pool="east_african",
    ),
    T(
        "en",
        "ph",
        "GCash message",
        """
Hi ⟦p1.first⟧! Sent na po via GCash to ⟦p2.full⟧ (⟦p2.phone⟧) for the reunion fund. Ref no. ⟦n:1000000000000-9999999999999⟧. Pa-confirm na lang po kay ⟦p3.first⟧. Salamat!
""",
        pool="filipino",
    ),
    T(
        "en",
        "au",
        "tenancy email",
        """
Hi ⟦p1.first⟧,

Just confirming the bond lodgement for ⟦p2.address⟧. Tenants: ⟦p2.full⟧ and ⟦p3.full⟧. Bond: $2,400. ⟦p2.first⟧'s mobile is ⟦p2.phone⟧ for the entry condition report.

Cheers,
⟦p4.full⟧ | Property Manager | ⟦org⟧
""",
    ),
    T(
        "en",
        "ie",
        "school email",
        """
Dear Parents,

Please note that ⟦p1.full⟧ will be taking over 3rd class from ⟦p2.full⟧, who is on leave until Easter. If you have any questions please contact the school secretary, ⟦p3.full⟧, at ⟦p3.phone⟧.

Is mise le meas,
⟦p4.full⟧
Príomhoide
""",
        pool=["irish", "irish", "anglo"],
    ),
    T(
        "en",
        "ca",
        "moving checklist",
        """
moving checklist 📦
- cancel hydro at old place (⟦p1.address⟧)
- forward mail to new place: ⟦p2.address⟧
- ⟦p3.first⟧ is lending us the van, pick up from ⟦p3.first⟧'s at 8am sat
- pay movers deposit by e-transfer to ⟦p4.email⟧ (⟦p4.full⟧)
""",
    ),
    T(
        "en",
        "us",
        "lowercase chat",
        """
lol so i finally met ⟦p1.first!low⟧'s bf. his name is ⟦p2m.full!low⟧ and he works at ⟦org⟧?? anyway ⟦p3.first!low⟧ says hes nice but ⟦p4.first!low⟧ and i are not convinced
""",
    ),
    T(
        "en",
        "us",
        "prompt with names",
        """
Rewrite this paragraph to be more professional:

"so basically ⟦p1.first⟧ dropped the ball on the ⟦org2⟧ account and ⟦p2.full⟧ had to fix everything over the weekend. ⟦p3.first⟧ was supposed to review but was out sick. next time i'm just doing it myself"
""",
    ),
    T(
        "en",
        "us",
        "summarize request",
        """
Summarize this email thread in 3 bullet points:

From: ⟦p1.full⟧
Hi all, reminder that the offsite is moved to ⟦date⟧. ⟦p2.first⟧ booked the venue; ⟦p3.first⟧ and ⟦p4.first⟧ are handling food. Dietary needs to ⟦p2.email⟧ by Friday.

From: ⟦p5.full⟧
Can we do a vegan option? Also ⟦p6.full⟧ from finance wants to join.

From: ⟦p2.full⟧
Yes to both. ⟦p6.first⟧, welcome!
""",
    ),
    T(
        "en",
        "us",
        "wire instructions email",
        """
Hi ⟦p1.first⟧,

As discussed, please wire the closing funds to the account below by ⟦date⟧:

Beneficiary: ⟦p2.full⟧
IBAN: ⟦iban:de⟧
BIC: ⟦pick:DEUTDEFF|COBADEFF|INGDDEFF⟧
Reference: ⟦ref⟧

Call me on ⟦p3.phone⟧ before sending if anything looks off — there have been spoofing attempts.

⟦p3.full⟧
Escrow Officer, ⟦org⟧
""",
    ),
    T(
        "en",
        "us",
        "HR onboarding form",
        """
NEW HIRE FORM
Legal name: ⟦p1.full⟧        Preferred name: ⟦p1.nick⟧
Start date: ⟦date⟧            Manager: ⟦p2.full⟧
SSN: ⟦p1.ssn⟧                DOB: ⟦p1.dob⟧
Direct deposit: form received, pending verification
Laptop MAC (for NAC): ⟦p1.mac⟧
Buddy: ⟦p3.full⟧
""",
    ),
    T(
        "en",
        "gb",
        "GP appointment",
        """
Hi, I need to book an appointment for my son ⟦p1m.full⟧ (DOB ⟦p1m.dob:kid⟧). He's had a temperature for three days. Our registered address is ⟦p2.address⟧. Best number is ⟦p2.phone⟧. Thanks, ⟦p2.full⟧
""",
        fam={"p1m": "p2"},
    ),
    T(
        "en",
        "us",
        "IT ticket",
        """
INC⟦n:1000000-9999999⟧ | Laptop stolen
Caller: ⟦p1.full⟧ (⟦p1.wemail⟧), ext. ⟦n:1000-9999⟧
Device: ⟦product⟧, serial ⟦hex:10!up⟧, Wi-Fi MAC ⟦p1.mac⟧
Last seen online from ⟦ip⟧ at ⟦isots⟧.
⟦p2.full⟧ (security) remote-wiped the device. ⟦p1.first⟧ to file a police report and send the case number to ⟦p3.first⟧.
""",
    ),
    T(
        "en",
        "us",
        "dating profile",
        """
Can you make my dating bio funnier? Current version:

"Hi I'm ⟦p1.first⟧! 32, nurse, dog mom to a beagle named Pancake. Looking for someone who likes hiking and bad puns. My best friend ⟦p2.first⟧ says I'm a catch 😂 Snap: ⟦p1.handle⟧"
""",
    ),
    T(
        "en",
        "us",
        "lost and found",
        """
FOUND: brown leather wallet on the 14 bus this morning. ID inside says ⟦p1.full⟧, ⟦p1.address⟧ — DL ⟦p1.dl⟧. If this is you or you know ⟦p1.first⟧, message me! I also left a note with the driver, ⟦p2.first⟧.
""",
    ),
    T(
        "en",
        "us",
        "reunion list",
        """
Class of 2004 reunion — who we still can't find:
⟦ROWS⟧
If you know how to reach any of them, email ⟦p1.email⟧ (⟦p1.full⟧, reunion committee).
""",
        row="- ⟦r.full⟧ (last known: ⟦nplace⟧)",
        n=(4, 8),
    ),
    T(
        "en",
        "us",
        "church bulletin",
        """
PRAYER LIST
Please keep in your prayers: ⟦p1.full⟧ (recovering from surgery), the family of ⟦p2.full⟧, and ⟦p3.full⟧, who begins chemotherapy this week. Meals for the ⟦p1.last⟧ family are being organized by ⟦p4.full⟧ — sign up at the welcome desk or call ⟦p4.phone⟧.
""",
    ),
    T(
        "en",
        "us",
        "court calendar",
        """
DEPT 12 — CIVIL CALENDAR — ⟦date⟧
1. ⟦p1.last!up⟧ v. ⟦org!up⟧            Case No. ⟦n:10-99⟧CV⟦n:10000-99999⟧   Motion to compel
2. ⟦p2.last!up⟧ v. ⟦p3.last!up⟧         Case No. ⟦n:10-99⟧CV⟦n:10000-99999⟧   Case management conf.
3. IN RE MARRIAGE OF ⟦p4.full!up⟧       Case No. ⟦n:10-99⟧FL⟦n:10000-99999⟧   Status conference
""",
    ),
    T(
        "en",
        "us",
        "lab results",
        """
LAB REPORT
Patient: ⟦p1.full⟧   Sex: ⟦pick:F|M⟧   DOB: ⟦p1.dob⟧
Ordering provider: ⟦p2.initlast⟧, DO
Collected: ⟦date⟧

TSH          4.9   mIU/L   (0.4–4.5)   H
Free T4      1.0   ng/dL   (0.8–1.8)
Vitamin D    18    ng/mL   (30–100)    L

Comment: results discussed with patient by phone (⟦p1.phone⟧) — ⟦p3.first⟧, RN
""",
    ),
    T(
        "en",
        "gb",
        "club membership",
        """
Hi ⟦p1.first⟧,

Welcome to ⟦nplace⟧ Rowing Club! Your membership no. is ⟦n:1000-9999⟧. Subs of £35/month will be collected by direct debit from ⟦p1.iban⟧ on the 1st. Your novice coach is ⟦p2.full⟧; sessions start ⟦date⟧ at 7am.

See you on the water,
⟦p3.full⟧, Membership Secretary
""",
    ),
    T(
        "en",
        "us",
        "translation of names",
        """
How do I pronounce these names? I'm reading them at graduation tomorrow:
⟦ROWS⟧
""",
        row="- ⟦r.full⟧",
        n=(6, 12),
        pool=[
            "irish",
            "welsh",
            "polish",
            "vietnamese",
            "nigerian",
            "hungarian",
            "tamil",
            "czech",
            "korean",
            "east_african",
            "greek",
        ],
    ),
    T(
        "en",
        "us",
        "carpool schedule",
        """
Carpool for swim practice (Sept–Dec) — reply-all if you need to swap!

| Day | Driver | Kids |
|-----|--------|------|
⟦ROWS⟧

Backup driver: ⟦p1.full⟧. ⟦p2.first⟧'s mom can cover Fridays in October.
""",
        row="| ⟦pick:Mon|Tue|Wed|Thu|Fri⟧ | ⟦r.full⟧ | ⟦r2.first⟧, ⟦r3.first⟧, ⟦r4.first⟧ |",
        n=(3, 5),
    ),
    T(
        "en",
        "us",
        "seating chart",
        """
Wedding seating — final (v7, don't touch!!)
⟦ROWS⟧
Head table: ⟦p1.full⟧, ⟦p2.full⟧, ⟦p3m.full⟧ (best man), ⟦p4f.full⟧ (maid of honor)
Keep ⟦p5.full⟧ far away from ⟦p6.full⟧.
""",
        row="Table ⟦n:1-20⟧: ⟦r.full⟧, ⟦r2.full⟧, ⟦r3.full⟧, ⟦r4.full⟧",
        n=(3, 5),
    ),
    T(
        "en",
        "us",
        "book club notes",
        """
Book club — March
Host: ⟦p1.first⟧ (thanks for the lemon bars!)
There: ⟦p2.first⟧, ⟦p3.first⟧, ⟦p4.first⟧, ⟦p5.first⟧, ⟦p6.first⟧ + ⟦p7.first⟧'s sister ⟦p8.first⟧ who's visiting
Book: "The Remains of the Day" — ⟦p3.first⟧ loved it, ⟦p5.first⟧ found it slow. We will read something lighter next time.
Next: at ⟦p4.full⟧'s place, April 18. ⟦p2.first⟧ picks the book.
""",
    ),
    T(
        "en",
        "us",
        "game recap",
        """
Rec league final: Hawks 71, Ravens 64

⟦p1.full⟧ led all scorers with 24 points, and ⟦p2.last⟧ added 12 off the bench. The Ravens kept it close behind ⟦p3.full⟧ (19 pts) until ⟦p4.full⟧ hit back-to-back threes late in the fourth. Coach ⟦p5.last⟧ praised ⟦p6.first⟧'s defense on ⟦p3.first⟧: "⟦p6.first⟧ took the hard assignment and never complained."
""",
    ),
    T(
        "en",
        "us",
        "group assignments",
        """
Science fair groups (please don't ask to switch 🙂)
⟦ROWS⟧
⟦p1.full⟧ is absent this week — ⟦p2.first⟧, please fill ⟦p1.first⟧ in on Monday.
""",
        row="Group ⟦n:1-9⟧: ⟦r.full⟧, ⟦r2.full⟧, ⟦r3.full⟧",
        n=(3, 6),
    ),
    T(
        "en",
        "us",
        "thank-you list",
        """
thank you cards still to write:
- aunt ⟦p1f.first⟧ & uncle ⟦p2m.first⟧ (stand mixer)
- ⟦p3.full⟧ (the quilt!!)
- ⟦p4.first⟧ and ⟦p5.full⟧ (gift card)
- grandma ⟦p6f.last⟧ (check)
- ⟦p7.full⟧ from work (candles)
""",
    ),
    T(
        "en",
        "gb",
        "shift rota",
        """
Rota w/c ⟦date⟧ — café
Name	Mon	Tue	Wed	Thu	Fri
⟦ROWS⟧
Swaps must be agreed with ⟦p1.first⟧ (supervisor) by Thursday.
""",
        row="⟦r.full⟧	⟦pick:7-3|off|11-7|7-3⟧	⟦pick:off|7-3|11-7⟧	⟦pick:11-7|off|7-3⟧	⟦pick:7-3|11-7|off⟧	⟦pick:off|11-7|7-3⟧",
        n=(4, 7),
    ),
    T(
        "en",
        "us",
        "family history",
        """
Can you turn this into a short family history for my dad's 70th? My grandfather ⟦p1m.full⟧ married ⟦p2f.full⟧ in 1952. Their children were ⟦p3.first⟧, ⟦p4.first⟧ and my dad ⟦p5m.first⟧. ⟦p3.first⟧ married ⟦p6.full⟧ and moved to ⟦nplace⟧; ⟦p4.first⟧ never married but raised ⟦p7.first⟧ and ⟦p8.first⟧ after their parents died. Dad married my mom, ⟦p9f.full⟧, in 1979.
""",
        fam={"p2f": "p1m", "p3": "p1m", "p4": "p1m", "p5m": "p1m"},
        pool="anglo",
    ),
    T(
        "en",
        "us",
        "film credits",
        """
⟦pick:LAST BUS HOME|THE QUIET FLOOR|SALT & SMOKE⟧ — a student short
Directed by ⟦p1.full⟧
Written by ⟦p2.full⟧ & ⟦p3.full⟧
Cinematography ⟦p4.full⟧

CAST
⟦ROWS⟧

Special thanks to ⟦p5.full⟧ and the ⟦nplace⟧ Community Theatre.
""",
        row="⟦r.full⟧ .......... ⟦pick:Detective|The Neighbor|The Kid|Barista|Mom|Bus Driver|Stranger⟧",
        n=(4, 7),
    ),
    T(
        "en",
        "us",
        "Slack thread",
        """
⟦p1.full⟧: @⟦p2.handle⟧ @⟦p3.handle⟧ @⟦p4.handle⟧ can one of you take the Friday demo? I'm out
⟦p2.full⟧: I can't, at ⟦p5.first⟧'s offsite. ⟦p3.first⟧?
⟦p3.full⟧: I'll do it if ⟦p4.first⟧ pairs with me
⟦p4.full⟧: 👍 ⟦p3.first⟧ + me. cc @⟦p6.handle⟧ so sales knows
⟦p6.full⟧: thanks all! ⟦p1.first⟧ enjoy the break
""",
    ),
    T(
        "en",
        "us",
        "org chart",
        """
Org chart (draft for the all-hands slide)
CEO: ⟦p1.full⟧
├── CTO: ⟦p2.full⟧
│   ├── Platform: ⟦p3.full⟧
│   └── Mobile: ⟦p4.full⟧ (interim, until ⟦p5.full⟧ starts)
├── CFO: ⟦p6.full⟧
└── VP People: ⟦p7.full⟧
Please make the boxes the same size and put ⟦p1.last⟧ on top.
""",
    ),
    T(
        "en",
        "us",
        "tournament results",
        """
Club championship — round 1 results
⟦ROWS⟧
Round 2 draw will be posted by ⟦p1.full⟧ on Friday.
""",
        row="⟦r.full⟧ def. ⟦r2.full⟧ 6-⟦pick:2|3|4⟧, ⟦pick:6-4|7-5|3-6, 10-8|6-1⟧",
        n=(4, 8),
    ),
    T(
        "en",
        "us",
        "awards announcement",
        """
🏆 Q3 Spotlight Awards 🏆
Please join me in congratulating:
⟦ROWS⟧
Special mention to ⟦p1.full⟧, who was nominated by ⟦p2.first⟧, ⟦p3.first⟧ AND ⟦p4.first⟧. — ⟦p5.first⟧
""",
        row="- ⟦r.full⟧ (⟦pick:Sales|Support|Engineering|Finance|Design⟧) — nominated by ⟦r2.first⟧",
        n=(3, 6),
    ),
    T(
        "en",
        "us",
        "lowercase gossip",
        """
ok so ⟦p1.first!low⟧ told ⟦p2.first!low⟧ that ⟦p3.first!low⟧ is moving to ⟦city⟧ with ⟦p4.first!low⟧?? and now ⟦p5f.first!low⟧ is upset bc nobody told her first. i said ask ⟦p3.first!low⟧ directly lol. anyway are u coming to ⟦p6.first!low⟧'s thing on sat
""",
    ),
    T(
        "en",
        "us",
        "calibration table",
        """
Calibration prep — please sanity-check before Thursday
| Employee | Rating | Manager | Promo? |
|---|---|---|---|
⟦ROWS⟧
""",
        row="| ⟦r.lastfirst⟧ | ⟦pick:Meets|Exceeds|Below|Meets|Greatly exceeds⟧ | ⟦r2.full⟧ | ⟦pick:no|no|yes⟧ |",
        n=(4, 8),
    ),
    T(
        "en",
        "us",
        "python fixture",
        """
# fixtures for the permissions test — copied from the staging DB, TODO anonymize
USERS = [
⟦ROWS⟧
]
""",
        row='    {"name": "⟦r.full⟧", "username": "⟦r.uname⟧", "role": "⟦pick:admin|editor|viewer|viewer⟧"},',
        n=(3, 6),
    ),
    T(
        "en",
        "us",
        "birthday list",
        """
Office birthdays for the cake calendar 🎂
⟦ROWS⟧
""",
        row="⟦r.full⟧ – ⟦r.dob:long⟧",
        n=(4, 8),
    ),
    T(
        "en",
        "us",
        "babysitter note",
        """
Hi ⟦p1.first⟧! Thanks for watching the kids tonight.
- ⟦p2.first⟧ has a peanut allergy (EpiPen in the blue bag). ⟦p3.first⟧ can have anything.
- Bedtime: ⟦p3.first⟧ 7:30, ⟦p2.first⟧ 8:30.
- If you can't reach us, call Grandma ⟦p4f.last⟧ at ⟦p4f.phone⟧ or our neighbor ⟦p5.full⟧.
""",
        fam={"p3": "p2"},
    ),
    T(
        "en",
        "us",
        "interview panel",
        """
Interview loop for ⟦p1.full⟧ (Senior PM)
09:30 ⟦p2.full⟧ – product sense
10:30 ⟦p3.full⟧ – execution
11:30 lunch with ⟦p4.first⟧ and ⟦p5.first⟧
13:00 ⟦p6.full⟧ – leadership / values
Debrief 16:00, ⟦p2.first⟧ to collect feedback. ⟦p1.first⟧ asked us not to contact their current manager, ⟦p7.full⟧.
""",
    ),
    T(
        "en",
        "us",
        "church volunteer rota",
        """
Sunday volunteers — ⟦month⟧
Greeters: ⟦p1.full⟧, ⟦p2.full⟧
Coffee: ⟦p3.first⟧ & ⟦p4.full⟧
Kids' church: ⟦p5.full⟧ (lead), ⟦p6.first⟧, ⟦p7.first⟧
Sound desk: ⟦p8.full⟧
Can't make it? Text ⟦p1.first⟧.
""",
    ),
    T(
        "en",
        "us",
        "attendance sheet",
        """
Parent-teacher night sign-in sheet (typed up from the paper copy)
Student | Parent/guardian | Teacher seen
⟦ROWS⟧
""",
        row="⟦r.full⟧ | ⟦r2.full⟧ | ⟦pick:Ms.|Mr.|Mrs.⟧ ⟦r3.last⟧",
        n=(5, 9),
    ),
    T(
        "en",
        "us",
        "team lineup",
        """
Saturday lineup vs. the Tigers (arrive 8:15!)
C  ⟦p1.full⟧
1B ⟦p2.full⟧
2B ⟦p3.full⟧
SS ⟦p4.full⟧
3B ⟦p5.full⟧
OF ⟦p6.first⟧, ⟦p7.first⟧, ⟦p8.first⟧
P  ⟦p9.full⟧ (⟦p2.first⟧ relieves in the 4th)
Snacks: ⟦p10.first⟧'s family
""",
    ),
    T(
        "en",
        "us",
        "referral note",
        """
Hey ⟦p1.first⟧ — you asked for people to talk to about the data role. A few names:
• ⟦p2.full⟧ (ex-⟦org2⟧, knows the hiring manager ⟦p3.first⟧ well)
• ⟦p4.full⟧ — tell them I sent you
• ⟦p5.full⟧ and ⟦p6.full⟧ both interviewed there last year
Also ⟦p7.first⟧ from our old team might have intel. Good luck!!
— ⟦p8.first⟧
""",
    ),
    T(
        "en",
        "us",
        "accountant email",
        """
Hi ⟦p1.first⟧,

For the 2023 returns I still need W-7 renewals for these clients — their ITINs expired:
⟦ROWS⟧

Can you ask ⟦p2.full⟧ at the front desk to call them this week? Thanks!
⟦p3.full⟧, EA
""",
        row="- ⟦r.full⟧ — ITIN ⟦r.itin⟧ (last used ⟦pick:2019|2020|2021⟧)",
        n=(2, 4),
    ),
    T(
        "en",
        "us",
        "ITIN question",
        """
My ITIN ⟦p1f.itin⟧ expired and my husband ⟦p2m.first⟧'s (⟦p2m.itin⟧) too. Do we need to renew both before filing jointly? Our kids ⟦p3.first⟧ and ⟦p4.first⟧ were born here and have SSNs.
""",
        pool=["mexican", "mexican", "filipino", "south_asian"],
        fam={"p3": "p2m", "p4": "p2m"},
    ),
    T(
        "en",
        "us",
        "hostel check-in CSV",
        """
guest,nationality,passport_no,check_in,beds
⟦ROWS⟧
""",
        row="⟦r.full⟧,⟦pick:DE|FR|ES|IT|JP|BR|IN|US|GB|KR⟧,⟦r.passport⟧,⟦date:iso⟧,⟦n:1-4⟧",
        n=(3, 6),
        noapos=True,
    ),
    T(
        "en",
        "in",
        "visa application",
        """
SCHENGEN VISA APPLICATION — DRAFT, please check before I submit
1. Surname: ⟦p1.last!up⟧
3. First name(s): ⟦p1.first!up⟧
4. Date of birth: ⟦p1.dob:slash⟧
13. Passport number: ⟦p1.passport⟧
19. Home address: ⟦p1.address⟧  Email: ⟦p1.email⟧  Tel: ⟦p1.phone⟧
31. Inviting person: ⟦p2.full⟧, ⟦address:de⟧, ⟦phone:de⟧
""",
        pool=["hindi", "tamil", "south_asian"],
    ),
    T(
        "en",
        "us",
        "payout CSV",
        """
airdrop payouts for the beta testers, can you check the total?
wallet,discord,amount_usdc
⟦ROWS⟧
""",
        row="⟦r.eth⟧,⟦r.handle⟧,⟦n:50-900⟧",
        n=(3, 6),
    ),
    T(
        "en",
        "us",
        "DMV chat",
        """
me: hi, I moved from ⟦pick:Ohio|Texas|Florida|Illinois⟧ and need to transfer my license. number is ⟦p1.dl⟧ (⟦p1.dlstate⟧), DOB ⟦p1.dob⟧
agent ⟦p2.first⟧: Thanks ⟦p1.first⟧. You'll need proof of residency — a utility bill for ⟦p1.address⟧ works.
me: can my partner ⟦p3.full⟧ come with me? their license is ⟦p3.dl⟧ (⟦p3.dlstate⟧)
""",
    ),
    T(
        "en",
        "us",
        "crypto scam report",
        """
Reporting a scam: someone posing as "⟦p1.full⟧ from ⟦org⟧ support" DMed me on Telegram (@⟦p2.handle⟧) and got me to send 0.3 BTC to ⟦btc⟧ for "wallet verification". Then asked for 2 ETH to ⟦eth⟧. My own wallet is ⟦p3.btc⟧. Name: ⟦p3.full⟧, email ⟦p3.email⟧.
""",
    ),
]

TEMPLATES_XX = [
    # ---------------------------------------------------------------- Spanish (Spain, Mexico)
    T(
        "es",
        "es",
        "email",
        """
Asunto: Datos para el contrato de alquiler

Hola ⟦p1.first⟧:

Te paso los datos de la nueva inquilina para que prepares el contrato:

Nombre: ⟦p2f.full⟧
Teléfono: ⟦p2f.phone⟧
Correo: ⟦p2f.email⟧
Fecha de nacimiento: ⟦p2f.dob⟧
IBAN para la domiciliación: ⟦p2f.iban⟧

El piso es el de ⟦p3.address⟧. La fianza la paga su padre, ⟦p4m.full⟧.

Un saludo,
⟦p5.full⟧
""",
    ),
    T(
        "es",
        "es",
        "WhatsApp export",
        """
[⟦date:dmy2#d⟧ 21:03] ⟦p1f.first⟧: chicas mañana quedamos a las 10 en la puerta del cole?
[⟦date:dmy2#d⟧ 21:04] ⟦p2f.first⟧: sí! yo llevo a ⟦p3.first⟧ y a la hija de ⟦p4f.first⟧
[⟦date:dmy2#d⟧ 21:05] ⟦p4f.full⟧: gracias ⟦p2f.first!low⟧ 😘 mi móvil nuevo es ⟦p4f.phone⟧ por si acaso
[⟦date:dmy2#d⟧ 21:07] ⟦p5f.first⟧: yo no puedo, tengo médico. que alguien avise a ⟦p6.full⟧
""",
    ),
    T(
        "es",
        "es",
        "meeting minutes",
        """
ACTA DE LA JUNTA ORDINARIA DE PROPIETARIOS
Fecha: ⟦date:long⟧
Asistentes: ⟦p1.full⟧ (presidente), ⟦p2f.full⟧ (secretaria), ⟦p3.full⟧ (2º A), ⟦p4.full⟧ (3º B)

1. Se aprueban las cuentas del ejercicio anterior por unanimidad.
2. ⟦p3.last⟧ denuncia filtraciones en el garaje; se encarga a ⟦p1.first⟧ pedir presupuesto a dos empresas.
3. El propietario ⟦p5m.full⟧ adeuda tres cuotas. Se le requerirá el pago por burofax en ⟦p5m.address⟧.

Sin más asuntos que tratar, se levanta la sesión a las 20:45.
""",
    ),
    T(
        "es",
        "mx",
        "support message",
        """
Buenas tardes, mi nombre es ⟦p1.full⟧ y tengo un problema con mi pedido ⟦ref⟧. Me cobraron dos veces en mi tarjeta ⟦p1.card⟧. Mi número es ⟦p1.phone⟧ y la dirección de envío es ⟦p1.address⟧. Ya hablé con ⟦p2.first⟧ de su área de atención y no me resolvió nada. Espero su respuesta.
""",
        pool="mexican",
    ),
    T(
        "es",
        "mx",
        "school note",
        """
Estimada maestra ⟦p1f.last⟧:

Le escribo para avisarle que mi hijo ⟦p2m.full⟧, de 3º B, no asistirá a clases el viernes porque tiene cita con el dentista. Lo recogerá su tía ⟦p3f.full⟧ a las 11:00. Cualquier cosa, mi celular es ⟦p4.phone⟧.

Atentamente,
⟦p4.full⟧
""",
        pool="mexican",
        fam={"p2m": "p4"},
    ),
    T(
        "es",
        "es",
        "translation request",
        """
Translate this into English, keep it formal:

"Estimado Sr. ⟦p1m.last⟧: le escribo en nombre de mi madre, ⟦p2f.full⟧, nacida el ⟦p2f.dob:long⟧, que no ha recibido la devolución del seguro. Su domicilio es ⟦p2f.address⟧. Puede contactarme en ⟦p3.email⟧. Atentamente, ⟦p3.full⟧"
""",
    ),
    # ---------------------------------------------------------------- Portuguese (Brazil, Portugal)
    T(
        "pt",
        "br",
        "WhatsApp export",
        """
[⟦date:dmy2#d⟧ 08:12] ⟦p1f.full⟧: Bom dia, gente! Alguém pode buscar o ⟦p2m.first⟧ na escola hoje?
[⟦date:dmy2#d⟧ 08:15] ⟦p3.first⟧: Eu posso! Que horas?
[⟦date:dmy2#d⟧ 08:16] ⟦p1f.full⟧: 17h. Obrigada, ⟦p3.first⟧ ❤️ Qualquer coisa liga pro ⟦p4m.first⟧: ⟦p4m.phone⟧
[⟦date:dmy2#d⟧ 08:20] ⟦p5.first⟧: Pix pro churrasco de sábado: ⟦p5.email⟧ (⟦p5.full⟧)
""",
    ),
    T(
        "pt",
        "br",
        "HR email",
        """
Prezada ⟦p1f.first⟧,

Segue a documentação do novo colaborador para cadastro na folha:

Nome completo: ⟦p2.full⟧
Data de nascimento: ⟦p2.dob⟧
Endereço: ⟦p2.address⟧
Celular: ⟦p2.phone⟧
E-mail pessoal: ⟦p2.email⟧

O gestor direto será o ⟦p3m.full⟧. Qualquer dúvida, fale com ⟦p4.first⟧ no ramal 2231.

Atenciosamente,
⟦p5.full⟧
Recursos Humanos – ⟦org⟧
""",
    ),
    T(
        "pt",
        "pt",
        "email",
        """
Olá ⟦p1.first⟧,

O IBAN para a transferência da renda de ⟦month⟧ é ⟦iban:pt⟧ (titular: ⟦p2.full⟧). A partir do próximo mês a renda passa a ser paga à minha irmã, ⟦p3f.full⟧, que fica a gerir o apartamento da ⟦address:pt⟧. O telemóvel dela é ⟦p3f.phone⟧.

Obrigado e bom fim de semana,
⟦p2.first⟧
""",
        pool="portuguese",
    ),
    T(
        "pt",
        "br",
        "support ticket",
        """
Chamado #⟦n:10000-99999⟧ – Cobrança indevida
Cliente: ⟦p1.full⟧ (CPF omitido)
Contato: ⟦p1.phone⟧ / ⟦p1.email⟧
Relato: "Fui cobrado duas vezes no cartão ⟦p1.card⟧. O atendente ⟦p2.first⟧ disse que o estorno cairia em 5 dias úteis e nada até agora."
Responsável: ⟦p3.full⟧
""",
    ),
    # ---------------------------------------------------------------- German
    T(
        "de",
        "de",
        "email",
        """
Betreff: Wasserschaden in der Wohnung

Sehr geehrte ⟦p1f.title⟧ ⟦p1f.last⟧,

leider tropft in unserer Wohnung (⟦p2.address⟧) seit gestern Wasser durch die Decke. Der Mieter über uns, ⟦p3m.title⟧ ⟦p3m.full⟧, ist laut Nachbarin im Urlaub. Können Sie bitte kurzfristig einen Handwerker schicken? Ich bin unter ⟦p2.phone⟧ erreichbar.

Mit freundlichen Grüßen
⟦p2.full⟧
""",
    ),
    T(
        "de",
        "de",
        "medical letter",
        """
Arztbrief

Patientin: ⟦p1f.full⟧, geb. ⟦p1f.dob⟧
Anschrift: ⟦p1f.address⟧

Sehr geehrter Herr Kollege ⟦p2m.last⟧,

wir berichten über Ihre Patientin, die sich vom ⟦date⟧ bis ⟦date⟧ in unserer stationären Behandlung befand.
Diagnose: Symptomatische Cholezystolithiasis. Laparoskopische Cholezystektomie komplikationslos.
Die Tochter der Patientin, ⟦p3f.full⟧, wurde über den Verlauf informiert (Tel. ⟦p3f.phone⟧).

Mit freundlichen kollegialen Grüßen
Dr. med. ⟦p4f.full⟧
Oberärztin
""",
    ),
    T(
        "de",
        "de",
        "meeting minutes",
        """
Protokoll Teammeeting – ⟦date⟧
Teilnehmende: ⟦p1.full⟧, ⟦p2.full⟧, ⟦p3.full⟧, ⟦p4.full⟧
Protokoll: ⟦p2.first⟧

TOP 1: Release 4.2 – ⟦p1.first⟧ berichtet, dass alle Tests grün sind.
TOP 2: Urlaubsplanung – ⟦p3.first⟧ ist vom 12. bis 23. August weg, Vertretung: ⟦p4.first⟧.
TOP 3: Die neue Kollegin ⟦p5f.full⟧ startet am Montag; ⟦p1.first⟧ übernimmt die Einarbeitung.
""",
    ),
    T(
        "de",
        "de",
        "CV",
        """
Lebenslauf

Persönliche Daten
Name:          ⟦p1.full⟧
Geburtsdatum:  ⟦p1.dob⟧
Anschrift:     ⟦p1.address⟧
Telefon:       ⟦p1.phone⟧
E-Mail:        ⟦p1.email⟧

Berufserfahrung
seit 03/2020   Projektleitung, ⟦org⟧
2016–2020      Entwicklungsingenieur/in, ⟦org2⟧

Referenzen: ⟦p2.full⟧ (⟦p2.wemail⟧)
""",
    ),
    T(
        "de",
        "de",
        "chat",
        """
⟦p1.first!low⟧: hat jemand die nummer von ⟦p2.first⟧?
⟦p3.first!low⟧: ⟦p2.phone⟧
⟦p1.first!low⟧: danke! und weiß jemand, ob ⟦p4.full⟧ am samstag kommt?
⟦p3.first!low⟧: ⟦p4.first⟧ kommt später, ca. 20 uhr
""",
    ),
    # ---------------------------------------------------------------- French
    T(
        "fr",
        "fr",
        "HR email",
        """
Objet : Arrêt maladie – ⟦p1.full⟧

Bonjour ⟦p2.first⟧,

Je vous informe que ⟦p1.full⟧ sera en arrêt maladie du ⟦date⟧ au ⟦date⟧. Le certificat médical a été transmis par courrier. Pendant cette absence, ⟦p3.full⟧ assurera le suivi des dossiers clients. En cas d'urgence, ⟦p1.first⟧ reste joignable au ⟦p1.phone⟧.

Cordialement,
⟦p4.full⟧
Responsable RH – ⟦org⟧
""",
    ),
    T(
        "fr",
        "fr",
        "meeting minutes",
        """
Compte rendu – Réunion de chantier n°⟦n:3-20⟧ – ⟦date⟧
Présents : ⟦p1.full⟧ (maître d'ouvrage), ⟦p2.full⟧ (architecte), ⟦p3.full⟧ (électricité)
Excusé : ⟦p4.full⟧

- Le retard de livraison des menuiseries est confirmé. ⟦p2.last⟧ relance le fournisseur.
- ⟦p3.first⟧ signale un problème de conformité du tableau électrique.
- Prochaine réunion le ⟦date⟧ à 9 h chez ⟦p1.first⟧ : ⟦p1.address⟧.
""",
    ),
    T(
        "fr",
        "fr",
        "SMS",
        """
⟦p1.first!low⟧: t'as le num de ⟦p2.first⟧ ?
⟦p3.first!low⟧: oui c'est le ⟦p2.phone⟧
⟦p1.first!low⟧: merci ! et l'adresse pour samedi ?
⟦p3.first!low⟧: ⟦p4.address⟧, interphone ⟦p4.last!up⟧, 3e étage
""",
    ),
    T(
        "fr",
        "fr",
        "rental file",
        """
DOSSIER DE LOCATION
Candidat : ⟦p1.full!up⟧
⟦p1.g:Né|Née⟧ le : ⟦p1.dob⟧
Adresse actuelle : ⟦p1.address⟧
Tél. : ⟦p1.phone⟧ – Courriel : ⟦p1.email⟧
Garant : ⟦p2.full⟧, ⟦p2.address⟧
RIB (IBAN) : ⟦p1.iban⟧
""",
    ),
    # ---------------------------------------------------------------- Italian
    T(
        "it",
        "it",
        "email",
        """
Gentile ⟦p1.title⟧ ⟦p1.last⟧,

le confermo l'appuntamento del ⟦date:long⟧ alle 15:30 presso lo studio. Come richiesto, le ricordo di portare la documentazione di ⟦p2.full⟧ (⟦p2.g:nato|nata⟧ il ⟦p2.dob⟧). Per eventuali modifiche può contattare la mia assistente ⟦p3f.full⟧ al numero ⟦p3f.phone⟧.

Cordiali saluti,
Avv. ⟦p4.full⟧
""",
    ),
    T(
        "it",
        "it",
        "chat",
        """
⟦p1.first⟧: raga stasera pizza da ⟦p2.first⟧?
⟦p3.first⟧: ci sto! ⟦p2.first⟧ mi mandi l'indirizzo?
⟦p2.first⟧: ⟦p2.address⟧, citofono ⟦p2.last⟧ 🍕
⟦p4.first⟧: porto io la birra. ⟦p5.first⟧ viene con ⟦p6.first⟧
""",
    ),
    # ---------------------------------------------------------------- Dutch
    T(
        "nl",
        "nl",
        "email",
        """
Beste ⟦p1.first⟧,

Hierbij de gegevens van de nieuwe huurder voor het contract:
Naam: ⟦p2.full⟧
Geboortedatum: ⟦p2.dob⟧
Telefoon: ⟦p2.phone⟧
IBAN: ⟦p2.iban⟧

Het gaat om de woning aan de ⟦p3.address⟧. De sleuteloverdracht doet ⟦p4.first⟧ op ⟦date⟧.

Met vriendelijke groet,
⟦p5.full⟧
⟦org⟧
""",
    ),
    T(
        "nl",
        "nl",
        "app chat",
        """
⟦p1.first⟧: Wie haalt ⟦p2.first⟧ op van voetbal?
⟦p3.first⟧: Ik kan om half 6. Is het nog steeds het veld achter de sporthal?
⟦p1.first⟧: Ja. Anders even ⟦p4.full⟧ bellen, ⟦p4.phone⟧
⟦p3.first⟧: 👍
""",
    ),
    # ---------------------------------------------------------------- Polish
    T(
        "pl",
        "pl",
        "email",
        """
Dzień dobry,

w załączeniu przesyłam dane do umowy zlecenia:
Imię i nazwisko: ⟦p2.full⟧
Data urodzenia: ⟦p2.dob⟧
Adres: ⟦p2.address⟧
Nr rachunku: ⟦p2.iban⟧
Telefon: ⟦p2.phone⟧

Umowę w imieniu ⟦org⟧ podpisze ⟦p3.full⟧.

Pozdrawiam serdecznie,
⟦p4.full⟧
""",
    ),
    T(
        "pl",
        "pl",
        "support ticket",
        """
Zgłoszenie nr ⟦n:10000-99999⟧
Klient: ⟦p1m.full⟧, tel. ⟦p1m.phone⟧, e-mail: ⟦p1m.email⟧
Opis: Od ⟦date⟧ nie działa internet. Technik ⟦p2.full⟧ był u mnie wczoraj, ale problem wrócił. Proszę o kontakt z żoną (⟦p3f.first⟧, tel. ⟦p3f.phone⟧), bo ja jestem w pracy do 18.
""",
        fam={"p3f": "p1m"},
    ),
    # ---------------------------------------------------------------- Turkish
    T(
        "tr",
        "tr",
        "email",
        """
Konu: Kira sözleşmesi

Merhaba ⟦p1.first⟧ ⟦p1.title⟧,

Yeni kiracımız ⟦p2.full⟧ ile sözleşmeyi ⟦date⟧ tarihinde imzalayacağız. Bilgiler aşağıda:
Doğum tarihi: ⟦p2.dob⟧
Telefon: ⟦p2.phone⟧
Adres: ⟦p2.address⟧
Depozito ⟦p2.iban⟧ numaralı hesaptan gönderilecek.

Saygılarımla,
⟦p3.full⟧
""",
    ),
    T(
        "tr",
        "tr",
        "WhatsApp export",
        """
[⟦date:dot#d⟧ 19:40] ⟦p1.first⟧: Akşam ⟦p2.first⟧ için pastayı kim alıyor? Doğum günü sürprizi 🎂
[⟦date:dot#d⟧ 19:42] ⟦p3.first⟧: Ben alırım. ⟦p4.first⟧ da balonları getirsin
[⟦date:dot#d⟧ 19:43] ⟦p4.full⟧: Tamam 🎈 Adres ⟦p2.address⟧ değil mi?
[⟦date:dot#d⟧ 19:45] ⟦p1.first⟧: Evet. Geç kalırsanız beni arayın: ⟦p1.phone⟧
""",
    ),
    # ---------------------------------------------------------------- Russian, Ukrainian
    T(
        "ru",
        "ru",
        "Telegram export",
        """
⟦p1.full⟧, [⟦date:dot#d⟧ 10:12]
Коллеги, напоминаю: в пятницу созвон с заказчиком. ⟦p2.nick⟧, подготовь, пожалуйста, демо.
⟦p2.full⟧, [⟦date:dot#d⟧ 10:15]
Ок. ⟦p3.nick⟧ ещё не скинул доступы к стенду
⟦p3.full⟧, [⟦date:dot#d⟧ 10:20]
Скинул в личку. Логин ⟦p3.uname⟧, пароль ⟦secret:password⟧ — потом поменяйте
""",
    ),
    T(
        "ru",
        "ru",
        "email",
        """
Тема: Оформление командировки

Уважаемая ⟦p1f.io⟧!

Прошу оформить командировку в Казань с ⟦date:dot⟧ по ⟦date:dot⟧.
Сотрудник: ⟦p2.fio⟧
Паспорт: ⟦p2.passport:ru⟧, дата рождения: ⟦p2.dob⟧
Контактный телефон: ⟦p2.phone⟧

С уважением,
⟦p3.full⟧
руководитель отдела продаж, ⟦org⟧
""",
    ),
    T(
        "ru",
        "ru",
        "application",
        """
Кому: генеральному директору ⟦org⟧ ⟦p1m.fio⟧
От кого: ⟦p2.fio⟧
Адрес: ⟦p2.address⟧
Тел.: ⟦p2.phone⟧

ЗАЯВЛЕНИЕ

Прошу предоставить мне ежегодный оплачиваемый отпуск с ⟦date⟧ продолжительностью 14 календарных дней.

⟦date⟧                     ______ ⟦p2.initlast⟧
""",
    ),
    T(
        "uk",
        "ua",
        "Viber chat",
        """
⟦p1.full⟧: Добрий день! Отримувач ⟦p2.full⟧ — посилка вже у відділенні?
⟦p3.full⟧: Так, Нова Пошта №⟦n:1-300⟧. Номер отримувача ⟦p2.phone⟧
⟦p1.full⟧: Дякую! ⟦p2.first⟧ забере ввечері, а ⟦p4.first⟧ передасть гроші
""",
    ),
    T(
        "uk",
        "ua",
        "email",
        """
Доброго дня, ⟦p1.first⟧!

Надсилаю дані для договору оренди:
Ім'я та прізвище: ⟦p2.full⟧
Дата народження: ⟦p2.dob⟧
Адреса: ⟦p2.address⟧
Телефон: ⟦p2.phone⟧
IBAN: ⟦iban:ua⟧

З повагою,
⟦p3.full⟧
""",
    ),
    # ---------------------------------------------------------------- Greek
    T(
        "el",
        "gr",
        "email",
        """
Θέμα: Επιβεβαίωση κράτησης

Αγαπητή κα ⟦p1f.last⟧,

Επιβεβαιώνουμε την κράτησή σας για ⟦date⟧. Στοιχεία πελάτη:
Ονοματεπώνυμο: ⟦p1f.full⟧
Τηλέφωνο: ⟦p1f.phone⟧
Email: ⟦p1f.email⟧

Υπεύθυνος υποδοχής: ⟦p2m.full⟧

Με εκτίμηση,
⟦org⟧
""",
    ),
    T(
        "el",
        "gr",
        "Viber chat",
        """
⟦p1.first⟧: Καλημέρα! Πότε έρχεται ο υδραυλικός;
⟦p2.first⟧: Στις 11. Λέγεται ⟦p3m.full⟧, τηλ. ⟦p3m.phone⟧
⟦p1.first⟧: Τέλεια, ευχαριστώ! Η διεύθυνση είναι ⟦p1.address⟧
""",
    ),
    # ---------------------------------------------------------------- Arabic
    T(
        "ar",
        "sa",
        "WhatsApp export",
        """
[⟦date:slash#d⟧ 9:15 م] ⟦p1.full⟧: السلام عليكم، هل وصل ⟦p2m.first⟧ إلى المطار؟
[⟦date:slash#d⟧ 9:17 م] ⟦p3.full⟧: وعليكم السلام، نعم وصل قبل قليل. رقمه الجديد ⟦p2m.phone⟧
[⟦date:slash#d⟧ 9:18 م] ⟦p1.full⟧: الحمد لله. بلّغ ⟦p4.first⟧ أن العشاء عندنا الساعة ٨
""",
    ),
    T(
        "ar",
        "sa",
        "job application",
        """
الموضوع: طلب توظيف

السادة ⟦org⟧ المحترمين،

أتقدم إليكم بطلب التوظيف في وظيفة محاسب. بياناتي كالتالي:
الاسم: ⟦p1.full⟧
تاريخ الميلاد: ⟦p1.dob⟧
العنوان: ⟦p1.address⟧
الجوال: ⟦p1.phone⟧
البريد الإلكتروني: ⟦p1.email⟧

وقد عملت سابقاً تحت إشراف الأستاذ ⟦p2m.full⟧.

وتفضلوا بقبول فائق الاحترام،
⟦p1.full⟧
""",
    ),
    T(
        "ar",
        "eg",
        "bank message",
        """
عزيزي العميل ⟦p1.full⟧،
تم تحويل مبلغ 5,000 جنيه من حسابك إلى ⟦p2.full⟧ على الحساب ⟦iban:eg⟧ بتاريخ ⟦date⟧.
إذا لم تقم بهذه العملية يرجى الاتصال بمديرة حسابك ⟦p3f.full⟧ على ⟦p3f.phone⟧.
""",
    ),
    # ---------------------------------------------------------------- Hebrew
    T(
        "he",
        "il",
        "WhatsApp export",
        """
⟦p1.first⟧: מישהו יכול לאסוף את ⟦p2.first⟧ מהגן היום?
⟦p3f.first⟧: אני יכולה ב-16:00
⟦p1.first⟧: תודה!! הטלפון של הגננת ⟦p4f.full⟧ הוא ⟦p4f.phone⟧ אם יש בעיה
""",
    ),
    T(
        "he",
        "il",
        "email",
        """
שלום ⟦p1.first⟧,

מצרף את פרטי הלקוח החדש:
שם מלא: ⟦p2.full⟧
טלפון: ⟦p2.phone⟧
דוא"ל: ⟦p2.email⟧
כתובת: ⟦p2.address⟧

הפגישה נקבעה ל-⟦date⟧ עם ⟦p3.full⟧.

בברכה,
⟦p4m.full⟧
""",
    ),
    # ---------------------------------------------------------------- Hindi
    T(
        "hi",
        "inhi",
        "WhatsApp export",
        """
[⟦date:slash#d⟧, 8:05 pm] ⟦p1.full⟧: सबको नमस्ते 🙏 कल ⟦p2.first⟧ की शादी की तैयारी के लिए मीटिंग है
[⟦date:slash#d⟧, 8:07 pm] ⟦p3m.first⟧: कितने बजे? मैं ⟦p4.first⟧ जी को भी ले आऊँगा
[⟦date:slash#d⟧, 8:09 pm] ⟦p1.full⟧: शाम 6 बजे, पता: ⟦p1.address⟧
[⟦date:slash#d⟧, 8:10 pm] ⟦p5.first⟧: हलवाई ⟦p6.full⟧ का नंबर ⟦p6.phone⟧ है
""",
    ),
    T(
        "hi",
        "inhi",
        "application letter",
        """
सेवा में,
शाखा प्रबंधक,
⟦org⟧

विषय: खाते में मोबाइल नंबर बदलने हेतु आवेदन

महोदय,

मैं ⟦p1.full⟧, निवासी ⟦p1.address⟧, आपकी शाखा में बचत खाता धारक हूँ। कृपया मेरा नया मोबाइल नंबर ⟦p1.phone⟧ दर्ज करने की कृपा करें। मेरी जन्म तिथि ⟦p1.dob⟧ है।

भवदीय,
⟦p1.full⟧
""",
    ),
    # ---------------------------------------------------------------- Chinese
    T(
        "zh",
        "cn",
        "WeChat export",
        """
⟦p1.full⟧ ⟦date:iso#d⟧ 09:12
@⟦p2.full⟧ ⟦p2.last⟧总，合同我已经发到您邮箱了（⟦p2.email⟧），请查收。
⟦p2.full⟧ ⟦date:iso#d⟧ 09:30
收到。让小⟦p3.last⟧把发票寄到 ⟦p2.address⟧，收件人写我，电话 ⟦p2.phone⟧。
⟦p3.full⟧ ⟦date:iso#d⟧ 09:41
好的，明天一早顺丰寄出。
""",
    ),
    T(
        "zh",
        "cn",
        "CV",
        """
个人简历
姓名：⟦p1.full⟧
性别：⟦p1.g:男|女⟧      出生日期：⟦p1.dob⟧
手机：⟦p1.phone⟧
邮箱：⟦p1.email⟧
住址：⟦p1.address⟧

工作经历
2019.07 — 至今   ⟦org⟧   后端开发工程师
· 负责订单系统重构，接口 QPS 提升 3 倍

证明人：⟦p2.full⟧（部门经理）
""",
    ),
    T(
        "zh",
        "cn",
        "meeting minutes",
        """
会议纪要
时间：⟦date⟧ 14:00
参会人：⟦p1.full⟧、⟦p2.full⟧、⟦p3.full⟧、⟦p4.full⟧
记录人：⟦p4.full⟧

一、⟦p1.full⟧介绍了第三季度销售情况。
二、⟦p2.last⟧经理提出增加华南区渠道预算，⟦p3.full⟧表示同意。
三、下次会议由⟦p3.full⟧负责召集。
""",
    ),
    T(
        "zh",
        "cn",
        "customer complaint",
        """
您好，我的订单号 ⟦n:100000000000-999999999999⟧ 一直没有发货。收件人：⟦p1.full⟧，手机：⟦p1.phone⟧，地址：⟦p1.address⟧。之前客服⟦p2.first⟧说三天内发货，现在已经一周了，麻烦尽快处理！
""",
    ),
    # ---------------------------------------------------------------- Japanese
    T(
        "ja",
        "jp",
        "business email",
        """
件名：お打ち合わせ日程のご確認

⟦org2⟧
⟦p1.last⟧様

いつも大変お世話になっております。⟦org⟧の⟦p2.full⟧です。
先日はお忙しいところお時間をいただき、誠にありがとうございました。

次回のお打ち合わせですが、⟦date⟧ 15時からでいかがでしょうか。
弊社からは私と⟦p3.last⟧の2名で伺います。

何卒よろしくお願いいたします。

――――――――――――
⟦p2.full⟧
⟦org⟧ 営業部
TEL: ⟦p2.phone⟧
Mail: ⟦p2.wemail⟧
――――――――――――
""",
    ),
    T(
        "ja",
        "jp",
        "LINE chat",
        """
[LINE] ⟦p1.first⟧とのトーク履歴
⟦date:iso⟧
18:02	⟦p1.first⟧	今日の飲み会、⟦p2.last⟧さんも来るって！
18:03	⟦p3.first⟧	まじで？久しぶり〜
18:05	⟦p1.first⟧	集合は⟦p4.first⟧の家ね。住所 ⟦p4.address⟧
18:06	⟦p3.first⟧	ありがと！遅れそうなら⟦p4.first⟧に電話する ⟦p4.phone⟧
""",
    ),
    T(
        "ja",
        "jp",
        "CV",
        """
履歴書
氏名：⟦p1.full⟧
生年月日：⟦p1.dob⟧
現住所：⟦p1.address⟧
電話：⟦p1.phone⟧
メール：⟦p1.email⟧

学歴・職歴
2015年3月　⟦pick:早稲田大学|大阪大学|東北大学|九州大学⟧ 卒業
2015年4月　⟦org⟧ 入社
""",
    ),
    T(
        "ja",
        "jp",
        "meeting minutes",
        """
議事録
日時：⟦date⟧ 10:00〜11:00
出席者：⟦p1.full⟧、⟦p2.full⟧、⟦p3.full⟧（敬称略）
議題：新システム導入について

・⟦p1.last⟧より導入スケジュールの説明があった。
・⟦p2.last⟧から、現場の負担を考慮して研修を2回に分けたいとの提案があった。
・次回までに⟦p3.last⟧が見積もりを取得する。
""",
    ),
    # ---------------------------------------------------------------- Korean
    T(
        "ko",
        "kr",
        "KakaoTalk export",
        """
⟦date:long#d⟧
[⟦p1.full⟧] [오후 7:12] 내일 ⟦p2.first⟧ 생일파티 몇 시야?
[⟦p3.full⟧] [오후 7:13] 6시! ⟦p2.first⟧한테는 비밀 ㅋㅋ
[⟦p1.full⟧] [오후 7:15] 장소 다시 알려줘
[⟦p3.full⟧] [오후 7:15] ⟦p4.address⟧ 2층이야. 늦으면 ⟦p4.full⟧한테 연락해 ⟦p4.phone⟧
""",
    ),
    T(
        "ko",
        "kr",
        "email",
        """
제목: 입사 서류 제출 건

⟦p1.full⟧ 님께,

안녕하세요. 인사팀 ⟦p2.full⟧입니다.
입사 예정자 ⟦p3.full⟧ 님의 서류를 아래와 같이 확인하였습니다.

- 생년월일: ⟦p3.dob⟧
- 연락처: ⟦p3.phone⟧
- 이메일: ⟦p3.email⟧
- 주소: ⟦p3.address⟧

감사합니다.
""",
    ),
    T(
        "ko",
        "kr",
        "delivery SMS",
        """
[배송안내] ⟦p1.full⟧ 고객님, 주문하신 상품이 오늘 배송됩니다.
배송기사: ⟦p2.full⟧ (⟦p2.phone⟧)
배송지: ⟦p1.address⟧
""",
    ),
    # ---------------------------------------------------------------- Thai
    T(
        "th",
        "th",
        "LINE chat",
        """
⟦p1f.nick⟧: พรุ่งนี้ประชุมกี่โมงคะ
⟦p2m.full⟧: 10 โมงครับ ห้องประชุมชั้น 5
⟦p1f.nick⟧: โอเคค่ะ เดี๋ยวบอก⟦p3.nick⟧ด้วย
⟦p2m.full⟧: ฝากบอกคุณ⟦p4.first⟧ด้วยว่าเอกสารอยู่ที่โต๊ะ เบอร์ ⟦p4.phone⟧
""",
    ),
    T(
        "th",
        "th",
        "job application",
        """
ใบสมัครงาน
ชื่อ-นามสกุล: ⟦p1.full⟧
ชื่อเล่น: ⟦p1.nick⟧
วันเกิด: ⟦p1.dob⟧
ที่อยู่: ⟦p1.address⟧
โทรศัพท์: ⟦p1.phone⟧
อีเมล: ⟦p1.email⟧
บุคคลอ้างอิง: ⟦p2.full⟧ (⟦p2.phone⟧)
""",
    ),
    # ---------------------------------------------------------------- Vietnamese
    T(
        "vi",
        "vn",
        "Zalo chat",
        """
⟦p1.first⟧: Chị ơi, mai mấy giờ họp phụ huynh ạ?
⟦p2.full⟧: 7h30 sáng em nhé. Cô ⟦p3f.first⟧ chủ nhiệm sẽ phát phiếu điểm.
⟦p1.first⟧: Dạ. Em gửi số của anh ⟦p4m.first⟧ để cô liên lạc: ⟦p4m.phone⟧
""",
    ),
    T(
        "vi",
        "vn",
        "HR email",
        """
Kính gửi anh ⟦p1m.first⟧,

Em là ⟦p2.full⟧ bên phòng nhân sự ⟦org⟧. Em xin gửi thông tin nhân viên mới:
Họ và tên: ⟦p3.full⟧
Ngày sinh: ⟦p3.dob⟧
Địa chỉ: ⟦p3.address⟧
Số điện thoại: ⟦p3.phone⟧
Email: ⟦p3.email⟧

Trân trọng,
⟦p2.full⟧
""",
    ),
    # ---------------------------------------------------------------- Indonesian
    T(
        "id",
        "id",
        "WhatsApp export",
        """
[⟦date:slash#d⟧ 19.02] ⟦p1f.full⟧: Bapak/Ibu, iuran kas RT bulan ini bisa ditransfer ke bendahara, ⟦p2.full⟧ ya 🙏
[⟦date:slash#d⟧ 19.05] ⟦p3.first⟧: Siap bu. Nomor WA bendahara berapa?
[⟦date:slash#d⟧ 19.06] ⟦p1f.full⟧: ⟦p2.phone⟧. Rumahnya di ⟦p2.address⟧
[⟦date:slash#d⟧ 19.10] ⟦p4.first⟧: Makasih bu ⟦p1f.first⟧
""",
    ),
    T(
        "id",
        "id",
        "registration form",
        """
FORMULIR PENDAFTARAN SISWA BARU
Nama lengkap: ⟦p1.full⟧
Tanggal lahir: ⟦p1.dob:kid⟧
Alamat: ⟦p1.address⟧
No. HP orang tua: ⟦p2.phone⟧
Email: ⟦p2.email⟧
Nama orang tua/wali: ⟦p2.full⟧
""",
    ),
    # ---------------------------------------------------------------- Tagalog
    T(
        "tl",
        "ph",
        "Messenger chat",
        """
⟦p1.first⟧: Uy, tuloy ba tayo sa Sabado?
⟦p2.first⟧: Oo naman! Sunduin mo si ⟦p3.first⟧ sa bahay nila ha
⟦p1.first⟧: Sige. Ano ulit address nila?
⟦p2.first⟧: ⟦p3.address⟧. I-text mo si Tita ⟦p4f.first⟧ pag malapit ka na, ⟦p4f.phone⟧
""",
    ),
    T(
        "tl",
        "ph",
        "job application",
        """
Magandang araw po!

Ako po si ⟦p1.full⟧, ⟦n:22-35⟧ taong gulang, nakatira sa ⟦p1.address⟧. Nais ko pong mag-apply bilang cashier sa inyong tindahan. Ang aking numero ay ⟦p1.phone⟧ at ang email ko ay ⟦p1.email⟧. Ang dati kong supervisor na si ⟦p2.full⟧ ay maaaring magbigay ng rekomendasyon.

Maraming salamat po,
⟦p1.full⟧
""",
    ),
    # ---------------------------------------------------------------- Swahili
    T(
        "sw",
        "ke",
        "WhatsApp export",
        """
[⟦date:slash#d⟧ 18:20] ⟦p1.full⟧: Habari zenu! Mchango wa harusi ya ⟦p2.first⟧ tutumie kwa M-Pesa namba ⟦p3.phone⟧ (⟦p3.full⟧)
[⟦date:slash#d⟧ 18:25] ⟦p4.first⟧: Sawa, nimetuma elfu mbili. Asante ⟦p1.first⟧
[⟦date:slash#d⟧ 18:31] ⟦p5.first⟧: Mimi nitatuma kesho. ⟦p2.first⟧ hongera sana! 🎉
""",
    ),
    T(
        "sw",
        "tz",
        "letter",
        """
Ndugu ⟦p1.full⟧,
⟦p1.address⟧

YAH: MWALIKO WA MAHOJIANO

Tunafurahi kukujulisha kwamba umechaguliwa kwa mahojiano ya nafasi ya Mhasibu katika ⟦org⟧. Mahojiano yatafanyika tarehe ⟦date:long⟧ saa 3:00 asubuhi. Tafadhali wasiliana na ⟦p2.full⟧ kwa simu ⟦p2.phone⟧ au barua pepe ⟦p2.wemail⟧.

Wako,
⟦p3.full⟧
Afisa Rasilimali Watu
""",
    ),
    # ---------------------------------------------------------------- Swedish
    T(
        "sv",
        "se",
        "email",
        """
Hej ⟦p1.first⟧!

Här kommer uppgifterna till hyresavtalet:
Namn: ⟦p2.full⟧
Födelsedatum: ⟦p2.dob⟧
Telefon: ⟦p2.phone⟧
Adress: ⟦p2.address⟧
IBAN: ⟦p2.iban⟧

Nycklarna lämnas över av ⟦p3.first⟧ den ⟦date⟧.

Vänliga hälsningar,
⟦p4.full⟧
""",
    ),
    T(
        "sv",
        "se",
        "chat",
        """
⟦p1.first⟧: Fika kl 15? ⟦p2.first⟧ har bakat kanelbullar 🥐
⟦p3.first⟧: Jaa! Jag tar med ⟦p4.first⟧ från ekonomi
⟦p2.first⟧: Ta med ⟦p5f.full⟧ också, hon fyller år idag!
""",
    ),
    T(
        "es",
        "es",
        "hotel guest register",
        """
PARTE DE ENTRADA DE VIAJEROS
Establecimiento: Hostal ⟦pick:La Giralda|Sol de Triana|Los Naranjos⟧
Nombre: ⟦p1.first⟧   Apellidos: ⟦p1.last⟧
Documento: Pasaporte ⟦p1.passport:es⟧
Fecha de nacimiento: ⟦p1.dob⟧
Fecha de entrada: ⟦date⟧
Acompañante: ⟦p2.full⟧, pasaporte ⟦p2.passport:es⟧
""",
    ),
    T(
        "ja",
        "jp",
        "travel application",
        """
海外旅行申込書
お名前：⟦p1.full⟧
ローマ字：⟦p1.pnrname⟧
生年月日：⟦p1.dob⟧
旅券番号：⟦p1.passport⟧
ご住所：⟦p1.address⟧
携帯電話：⟦p1.phone⟧
同行者：⟦p2.full⟧（旅券番号 ⟦p2.passport⟧）
担当：⟦p3.last⟧
""",
    ),
    T(
        "de",
        "de",
        "car rental",
        """
Mietvertrag Nr. ⟦n:100000-999999⟧
Mieter: ⟦p1.full⟧, geb. ⟦p1.dob⟧
Anschrift: ⟦p1.address⟧
Führerscheinnummer: ⟦p1.dl⟧
Zusätzlicher Fahrer: ⟦p2.full⟧, Führerschein ⟦p2.dl⟧
Kreditkarte: ⟦p1.card⟧
Abholung: Flughafen München, ⟦date⟧, 9:00 Uhr
""",
    ),
    T(
        "fr",
        "fr",
        "accident report",
        """
Constat amiable – résumé pour l'assurance
Conducteur A : ⟦p1.full⟧, né(e) le ⟦p1.dob⟧, permis n° ⟦p1.dl⟧
Adresse : ⟦p1.address⟧
Conducteur B : ⟦p2.full⟧, permis n° ⟦p2.dl⟧, tél. ⟦p2.phone⟧
Témoin : ⟦p3.full⟧ (⟦p3.phone⟧)
Circonstances : le véhicule B a reculé sans regarder sur le parking du supermarché.
""",
    ),
]

# Texts with nothing to remove.  They may hold product, library, place and company names,
# versions, hashes, UUIDs and ordinary dates - all of which must stay.
TEMPLATES_CLEAN_EN = [
    T(
        "en",
        "us",
        "code question",
        """
Why does this raise a KeyError on the second iteration?

```python
counts = {}
for word in text.split():
    counts[word] += 1
```

I'm on Python 3.12.2. I know about collections.Counter but I want to understand what's going on.
""",
    ),
    T(
        "en",
        "us",
        "nginx config",
        """
server {
    listen 443 ssl http2;
    server_name api.example.com;

    ssl_certificate     /etc/letsencrypt/live/api.example.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/api.example.com/privkey.pem;

    location / {
        proxy_pass http://upstream_app;
        proxy_set_header Host $host;
        proxy_read_timeout 120s;
    }
}

nginx -t says the config is fine but I get 502 after exactly 60 seconds. What am I missing?
""",
    ),
    T(
        "en",
        "us",
        "Dockerfile",
        """
FROM python:3.11-slim AS base
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
CMD ["gunicorn", "app.main:app", "-k", "uvicorn.workers.UvicornWorker", "-w", "4"]

The image is 1.2 GB. How can I make it smaller without switching to Alpine?
""",
    ),
    T(
        "en",
        "us",
        "package.json",
        """
{
  "name": "dashboard",
  "version": "⟦ver⟧",
  "private": true,
  "scripts": {"dev": "vite", "build": "tsc && vite build", "test": "vitest"},
  "dependencies": {"react": "^18.3.1", "react-dom": "^18.3.1", "zustand": "^4.5.2"},
  "devDependencies": {"typescript": "^5.4.5", "vite": "^5.2.11", "vitest": "^1.6.0"}
}
npm install fails with ERESOLVE after I added @testing-library/react. Which version is compatible?
""",
    ),
    T(
        "en",
        "us",
        "k8s manifest",
        """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-api
  labels: {app: orders-api, tier: backend}
spec:
  replicas: 3
  selector:
    matchLabels: {app: orders-api}
  template:
    metadata:
      labels: {app: orders-api}
    spec:
      containers:
        - name: orders-api
          image: ghcr.io/acme/orders-api:⟦ver⟧
          resources:
            limits: {cpu: "500m", memory: "512Mi"}
          envFrom:
            - secretRef: {name: orders-api-secrets}
""",
    ),
    T(
        "en",
        "us",
        "SQL schema",
        """
CREATE TABLE invoices (
    id          BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    issued_on   DATE NOT NULL,
    total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
    status      TEXT NOT NULL DEFAULT 'draft'
);
CREATE INDEX invoices_customer_idx ON invoices (customer_id, issued_on DESC);

Should the index include status if most queries filter on status = 'paid'?
""",
    ),
    T(
        "en",
        "us",
        "stack trace",
        """
Traceback (most recent call last):
  File "/usr/lib/python3.11/runpy.py", line 198, in _run_module_as_main
  File "/opt/venv/lib/python3.11/site-packages/torch/__init__.py", line 237, in <module>
    from torch._C import *  # noqa: F403
ImportError: libcudnn.so.8: cannot open shared object file: No such file or directory

CUDA 12.1, torch 2.2.0, Ubuntu 22.04. nvidia-smi works fine.
""",
    ),
    T(
        "en",
        "us",
        "app logs",
        """
⟦isots⟧ INFO  worker-3 processed batch ⟦n:1000-9999⟧ in 412ms (rows=5000)
⟦isots⟧ INFO  worker-1 processed batch ⟦n:1000-9999⟧ in 398ms (rows=5000)
⟦isots⟧ WARN  worker-3 retrying job ⟦uuid⟧ (attempt 2/5): upstream timeout
⟦isots⟧ ERROR worker-3 job ⟦uuid⟧ failed: deadline exceeded after 30000ms
⟦isots⟧ INFO  scheduler queue depth=1842 lag=37s
""",
    ),
    T(
        "en",
        "us",
        "inventory CSV",
        """
sku,name,qty,unit_price,warehouse
KB-104,Mechanical keyboard (brown switches),42,89.00,Rotterdam
MS-220,Wireless mouse,130,24.50,Rotterdam
HD-310,USB-C hub 7-in-1,0,39.99,Austin
MN-027,27in 4K monitor,8,329.00,Austin
CB-001,Cable organiser,560,4.25,Lincoln
Which items need reordering if the threshold is 10?
""",
    ),
    T(
        "en",
        "us",
        "framework comparison",
        """
| Framework | Language | Async | Typical use |
|-----------|----------|-------|-------------|
| Django    | Python   | partial | full-stack apps, admin |
| Flask     | Python   | via extensions | small services |
| FastAPI   | Python   | yes | APIs, ML serving |
| Rails     | Ruby     | no  | CRUD apps |
| Phoenix   | Elixir   | yes | realtime |

Can you add Spring Boot and ASP.NET Core rows?
""",
    ),
    T(
        "en",
        "us",
        "weather JSON",
        """
{"location": {"name": "⟦nplace⟧", "region": "", "lat": 40.81, "lon": -96.68},
 "current": {"temp_c": 17.2, "condition": "Partly cloudy", "wind_kph": 14.4, "humidity": 62},
 "forecast": [{"date": "⟦date:iso⟧", "max_c": 21.0, "min_c": 9.3, "chance_of_rain": 40}]}
Parse this and tell me if I need an umbrella tomorrow.
""",
    ),
    T(
        "en",
        "us",
        "recipe question",
        """
I'm making banana bread but only have self-raising flour. Do I still add the baking soda? Recipe: 3 ripe bananas, 75 g melted butter, 150 g sugar, 1 egg, 1 tsp vanilla, 1 tsp baking soda, a pinch of salt, 190 g plain flour. Bake 60 min at 175 °C.
""",
    ),
    T(
        "en",
        "us",
        "travel question",
        """
Planning 5 days in Florence and Siena in late April. Is it worth renting a car for a day in Chianti, or is the bus fine? Also, do I need to book the Uffizi and the Accademia in advance?
""",
    ),
    T(
        "en",
        "us",
        "math homework",
        """
Solve for x: 3x² − 12x + 9 = 0. Then explain why the parabola's vertex is at x = 2, and sketch where it crosses the y-axis. Show every step, it's for my kid's homework.
""",
    ),
    T(
        "en",
        "us",
        "product review",
        """
★★★★☆ Solid kettle. Boils 1.5 L in about four minutes, the lid doesn't spit, and the temperature presets are handy for green tea. Knocked off one star because the base is slippery on granite counters. Would buy again.
""",
    ),
    T(
        "en",
        "us",
        "press release",
        """
⟦org⟧ announces expansion into Portugal

LISBON — ⟦org⟧ today announced the opening of a new engineering hub in Lisbon, its third in Europe after Dublin and Kraków. The hub will host 120 engineers by the end of 2025 and focus on payments infrastructure. The company also confirmed a partnership with the University of Lisbon for a graduate program.
""",
    ),
    T(
        "en",
        "us",
        "meeting notes",
        """
Sprint retro — team Falcon
What went well: release went out on time; the new CI cache cut build time by 40%.
What didn't: two hotfixes for the export feature; flaky integration tests.
Actions: PM to clarify acceptance criteria earlier; eng lead to quarantine flaky tests; QA to add a smoke test for CSV export.
""",
    ),
    T(
        "en",
        "us",
        "regex question",
        """
I need a regex that matches US-style phone numbers like (xxx) xxx-xxxx or xxx-xxx-xxxx but NOT things like order IDs (ORD-2024-00017). Here's what I have:

^\\(?\\d{3}\\)?[-\\s]?\\d{3}-\\d{4}$

It fails for the version with parentheses and a space. Why?
""",
    ),
    T(
        "en",
        "us",
        "terraform",
        """
resource "aws_s3_bucket" "assets" {
  bucket = "acme-static-assets-prod"
  tags = {
    Environment = "prod"
    Team        = "platform"
  }
}

resource "aws_s3_bucket_versioning" "assets" {
  bucket = aws_s3_bucket.assets.id
  versioning_configuration { status = "Enabled" }
}
terraform plan wants to destroy and recreate the bucket after I upgraded the AWS provider to 5.x. How do I avoid that?
""",
    ),
    T(
        "en",
        "us",
        "GitHub Actions",
        """
name: publish
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20, registry-url: "https://registry.npmjs.org"}
      - run: npm ci && npm publish --provenance
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
Is it safe to reference the secret like this or can it leak in logs?
""",
    ),
    T(
        "en",
        "us",
        "checksums",
        """
sha256sum output:
⟦hex:64⟧  ubuntu-24.04-live-server-amd64.iso
⟦hex:64⟧  SHA256SUMS.gpg
Expected (from the release page): ⟦hex:64⟧
They don't match — corrupted download or am I comparing the wrong file?
""",
    ),
    T(
        "en",
        "us",
        "browser console",
        """
Uncaught (in promise) TypeError: Cannot read properties of undefined (reading 'map')
    at ProductList (ProductList.tsx:23:31)
    at renderWithHooks (react-dom.development.js:16305:18)
    at mountIndeterminateComponent (react-dom.development.js:20074:13)
Warning: Each child in a list should have a unique "key" prop.
""",
    ),
    T(
        "en",
        "us",
        "contract clause",
        """
Explain this clause in plain English: "The Supplier shall indemnify the Customer against all losses arising from any breach of clause 7 (Data Protection), save to the extent that such losses are caused by the Customer's own negligence, and the aggregate liability under this clause shall not exceed 150% of the fees paid in the preceding twelve (12) months."
""",
    ),
    T(
        "en",
        "us",
        "shopping list",
        """
Turn this into a tidy list grouped by aisle: eggs, oat milk, basil, 2 lemons, chickpeas x3, rice noodles, dish soap, frozen peas, sourdough, feta, tortillas, coffee beans (decaf!), bin bags
""",
    ),
    T(
        "en",
        "us",
        "workout plan",
        """
I can train 3 days a week, 45 minutes, with dumbbells up to 20 kg and a pull-up bar. Goal: get stronger and run a 10K in June. Can you build a 12-week plan that doesn't wreck my knees?
""",
    ),
    T(
        "en",
        "us",
        "systemd unit",
        """
[Unit]
Description=Metrics exporter
After=network-online.target

[Service]
ExecStart=/usr/local/bin/node_exporter --web.listen-address=:9100
Restart=on-failure
User=prometheus

[Install]
WantedBy=multi-user.target
""",
    ),
    T(
        "en",
        "us",
        "HTML snippet",
        """
<form action="/subscribe" method="post" class="newsletter">
  <label for="email">Email address</label>
  <input id="email" name="email" type="email" placeholder="Your email" required>
  <button type="submit">Subscribe</button>
</form>
Why does the button stretch to full width on Safari only?
""",
    ),
    T(
        "en",
        "us",
        "Excel question",
        """
In Excel, =XLOOKUP(A2, Products!A:A, Products!C:C, "missing") returns "missing" for codes that clearly exist, e.g. "00417". I think it's a text-vs-number thing. How do I fix it for the whole column?
""",
    ),
    T(
        "en",
        "us",
        "company newsletter",
        """
This month at ⟦org⟧: the Lincoln office moves to the 4th floor on ⟦date⟧, the cafeteria adds a vegan station, and open enrollment for benefits closes on the 30th. Reminder: the Grace Period for last year's FSA ends in March — use it or lose it!
""",
    ),
    T(
        "en",
        "us",
        "bus schedule",
        """
School bus route 7 (morning)
Stop 1 – Willow Creek Rd & Hope St ........ 7:05
Stop 2 – Mill Rd (opposite the library) ..... 7:12
Stop 3 – Rose Ave & Main St ................ 7:18
Stop 4 – Jackson Park entrance ............. 7:26
Arrive Madison Elementary ................... 7:40
""",
    ),
    T(
        "en",
        "us",
        "bug report",
        """
Bug: dark mode toggle resets after refresh
Steps: 1) open Settings 2) enable Dark mode 3) reload the page.
Expected: dark mode persists. Actual: light mode.
Env: Chrome 124, macOS 14.4, app version ⟦ver⟧. localStorage key "theme" is written but read before hydration.
""",
    ),
    T(
        "en",
        "us",
        "benchmark table",
        """
| model | params | MMLU | GSM8K | latency (ms/token) |
|-------|--------|------|-------|--------------------|
| small | 1.3B | 42.1 | 18.7 | 7.9 |
| base  | 7B   | 61.4 | 49.0 | 21.3 |
| large | 70B  | 78.9 | 82.5 | 96.0 |
Which one would you pick for an on-device assistant?
""",
    ),
    T(
        "en",
        "us",
        "invoice template",
        """
Create an invoice template with these placeholders: [Client Name], [Client Address], [Invoice Number], [Due Date], line items with quantity and unit price, VAT at 20%, and payment terms "Net 30". Keep it printable on A4.
""",
    ),
    T(
        "en",
        "us",
        "LaTeX",
        """
\\begin{table}[h]
\\centering
\\begin{tabular}{lcc}
\\toprule
Method & Precision & Recall \\\\
\\midrule
Baseline & 0.81 & 0.74 \\\\
Ours & 0.89 & 0.86 \\\\
\\bottomrule
\\end{tabular}
\\caption{Results on the test split.}
\\end{table}
Why does the caption appear above the table in my output?
""",
    ),
    T(
        "en",
        "us",
        "pip error",
        """
requirements.txt:
numpy==1.26.4
pandas==2.2.2
scikit-learn==1.4.2

ERROR: Could not build wheels for scikit-learn, which is required to install pyproject.toml-based projects
(python 3.13, Windows 11). Do I need Visual C++ build tools or is 1.4.2 just not available for 3.13?
""",
    ),
    T(
        "en",
        "us",
        "docs excerpt",
        """
Mark as read: marks every message in the current view as read. This will not affect messages in other folders.
Grace period: after your subscription lapses you keep full access for 14 days. Will you be charged during the grace period? No.
Tip: use Ctrl+Shift+R to mark all as unread.
""",
    ),
    T(
        "en",
        "us",
        "sports results",
        """
Premier League, matchday 31:
Arsenal 2–1 Aston Villa
Brighton 0–0 Brentford
Everton 3–1 Fulham
Liverpool 1–1 Manchester United
Can you build the updated table if Arsenal were on 68 points and Liverpool on 70 before this round?
""",
    ),
    T(
        "en",
        "us",
        "git status",
        """
$ git status
On branch feature/export-csv
Your branch is ahead of 'origin/feature/export-csv' by 2 commits.
Changes not staged for commit:
  modified:   src/export/csv.ts
  modified:   src/export/__tests__/csv.test.ts
Untracked files:
  docs/export.md
$ git log --oneline -3
⟦hex:7⟧ add BOM for Excel compatibility
⟦hex:7⟧ stream rows instead of buffering
⟦hex:7⟧ initial csv export
""",
    ),
    T(
        "en",
        "us",
        "history question",
        """
Why did the Hanseatic League decline in the 16th and 17th centuries? Please compare the role of Lübeck with that of Bergen and Novgorod, and mention the rise of Dutch shipping.
""",
    ),
    T(
        "en",
        "us",
        "UUID log",
        """
request_id=⟦uuid⟧ route=/v1/orders status=201 duration_ms=84
request_id=⟦uuid⟧ route=/v1/orders/{id} status=404 duration_ms=12
request_id=⟦uuid⟧ route=/v1/health status=200 duration_ms=1
trace_id=⟦hex:32⟧ span_id=⟦hex:16⟧ sampled=true
""",
    ),
    T(
        "en",
        "us",
        "cron question",
        """
What does this cron expression do? `*/15 9-17 * * 1-5 /usr/local/bin/sync --full`
And how would I change it to run at 8:30 on the first Monday of every month instead?
""",
    ),
    T(
        "en",
        "us",
        "email draft",
        """
Draft a short email to the whole office saying the Victoria line is disrupted tomorrow, people can work from home, and the quarterly all-hands moves to Thursday at 3 pm in the Chester meeting room. Friendly tone, no more than 5 sentences.
""",
    ),
]

TEMPLATES_CLEAN_XX = [
    T(
        "es",
        "es",
        "question",
        """
¿Cómo hago para que una fórmula de Excel ignore las celdas vacías? Tengo =PROMEDIO(B2:B40) y me cuenta los huecos como ceros cuando importo el CSV desde Google Sheets.
""",
    ),
    T(
        "de",
        "de",
        "question",
        """
Warum startet mein Docker-Container nicht? Die Fehlermeldung lautet: "exec /entrypoint.sh: no such file or directory". Die Datei ist aber im Image vorhanden (ls zeigt sie). Ich baue auf Windows mit Docker Desktop 4.30.
""",
    ),
    T(
        "fr",
        "fr",
        "question",
        """
Quelle est la différence entre un CDD et un CDI en France ? Et est-ce qu'une période d'essai peut être renouvelée dans un CDD de six mois ?
""",
    ),
    T(
        "ja",
        "jp",
        "question",
        """
Pythonで次のエラーが出ます。
ModuleNotFoundError: No module named 'pandas'
仮想環境を作ってpip install pandasは実行済みです。VS Codeでは別のインタープリターが選ばれているのでしょうか？
""",
    ),
    T(
        "zh",
        "cn",
        "question",
        """
这个 SQL 为什么这么慢？
SELECT * FROM orders WHERE DATE(created_at) = '2024-05-01' ORDER BY amount DESC LIMIT 20;
orders 表大概有 3000 万行，created_at 上有索引。用的是 MySQL 8.0。
""",
    ),
    T(
        "ru",
        "ru",
        "question",
        """
Подскажите, как настроить nginx как обратный прокси для двух приложений на одном домене: /api → порт 8000, всё остальное → порт 3000? Сейчас статика фронтенда отдаётся с ошибкой 404.
""",
    ),
    T(
        "pt",
        "br",
        "question",
        """
Qual a melhor forma de organizar as finanças pessoais ganhando um salário fixo? Pensei em dividir em 50% gastos essenciais, 30% lazer e 20% investimentos. Faz sentido com a Selic alta?
""",
    ),
    T(
        "ko",
        "kr",
        "question",
        """
제주도 3박 4일 여행 일정 추천해 주세요. 렌터카 없이 버스로만 다닐 예정이고, 한라산 등반은 하루 넣고 싶어요.
""",
    ),
    T(
        "it",
        "it",
        "question",
        """
Nella carbonara si usa la panna oppure no? E meglio il guanciale o la pancetta? Vorrei la ricetta per quattro persone.
""",
    ),
    T(
        "ar",
        "sa",
        "question",
        """
ما الفرق بين القائمة (list) والصف (tuple) في بايثون؟ ومتى يُفضّل استخدام كل منهما من حيث الأداء؟
""",
    ),
    T(
        "hi",
        "inhi",
        "question",
        """
मुझे जयपुर में घूमने के लिए तीन दिन का प्लान चाहिए। आमेर किला, हवा महल और सिटी पैलेस ज़रूर देखना है। बजट ज़्यादा नहीं है।
""",
    ),
    T(
        "tr",
        "tr",
        "question",
        """
Excel'de DÜŞEYARA yerine hangi formülü kullanmalıyım? Tablomda aranan değer sütunu sağda kalıyor ve formül #YOK hatası veriyor.
""",
    ),
    T(
        "pl",
        "pl",
        "question",
        """
Jak cofnąć ostatni commit w Gicie, jeśli już go wypchnąłem na gałąź main? Nie chcę nadpisywać historii innym osobom w zespole.
""",
    ),
    T(
        "vi",
        "vn",
        "question",
        """
Làm sao để tối ưu hiệu năng React khi danh sách có khoảng 10.000 phần tử? Mình đã dùng React.memo nhưng cuộn vẫn bị giật.
""",
    ),
    T(
        "th",
        "th",
        "question",
        """
ช่วยอธิบายความแตกต่างระหว่าง HTTP กับ HTTPS หน่อย แล้วทำไมเว็บไซต์ต้องมีใบรับรอง SSL ด้วย
""",
    ),
    T(
        "id",
        "id",
        "question",
        """
Bagaimana cara membuat virtual environment di Python dan mengaktifkannya di Windows? Saya pakai Python 3.12 dan PowerShell.
""",
    ),
    T(
        "de",
        "de",
        "translation request",
        """
Übersetze bitte ins Englische: "Die Sitzung wird auf nächsten Donnerstag verschoben. Bitte bringen Sie die überarbeiteten Unterlagen zum Projekt Nordlicht mit."
""",
    ),
    T(
        "es",
        "mx",
        "question",
        """
¿Qué documentos necesito para tramitar el pasaporte mexicano por primera vez para un menor de edad? ¿Se puede hacer la cita en línea?
""",
    ),
]

# ---------------------------------------------------------------------------------------------
# E-mail providers by country (personal addresses).
# ---------------------------------------------------------------------------------------------

EMAIL_GENERIC = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "hotmail.com",
    "icloud.com",
    "proton.me",
    "fastmail.com",
]
EMAIL_DOMAINS = {
    "us": ["comcast.net", "aol.com", "att.net"],
    "ca": ["rogers.com", "sympatico.ca"],
    "gb": ["btinternet.com", "sky.com", "yahoo.co.uk"],
    "ie": ["eircom.net"],
    "au": ["bigpond.com"],
    "de": ["web.de", "gmx.de", "t-online.de"],
    "at": ["gmx.at"],
    "ch": ["bluewin.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr"],
    "be": ["skynet.be"],
    "es": ["telefonica.net", "yahoo.es"],
    "mx": ["prodigy.net.mx"],
    "it": ["libero.it", "virgilio.it"],
    "pt": ["sapo.pt"],
    "br": ["uol.com.br", "bol.com.br", "terra.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl"],
    "tr": ["yandex.com.tr"],
    "ru": ["yandex.ru", "mail.ru", "rambler.ru"],
    "ua": ["ukr.net", "i.ua"],
    "gr": ["otenet.gr"],
    "il": ["walla.co.il"],
    "in": ["rediffmail.com"],
    "inhi": ["rediffmail.com"],
    "cn": ["qq.com", "163.com", "126.com"],
    "jp": ["yahoo.co.jp", "docomo.ne.jp"],
    "kr": ["naver.com", "daum.net", "kakao.com"],
    "id": ["yahoo.co.id"],
    "ph": ["yahoo.com.ph"],
    "se": ["telia.com", "bredband.net"],
    "ng": ["yahoo.co.uk"],
}
