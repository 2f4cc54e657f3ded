"""Templates and word lists for the sealed evaluation set #2 (`bench.sanitizer_sealed2`).

Written for this set only. Slots are described in `bench.sanitizer_sealed2`. Every piece of
personal data in a text comes from a slot; the literal template text holds none.
"""

# ruff: noqa: E501, SIM905

from __future__ import annotations

# ------------------------------------------------------------------------------ phone layouts
# '#' any digit, 'N' a non-zero digit

PHONES: dict[str, list[str]] = {
    "us": [
        "(M##) M##-####",
        "M##-M##-####",
        "M##.M##.####",
        "+1 M## M## ####",
        "+1 (M##) M##-####",
        "1-M##-M##-####",
        "M## M## ####",
    ],
    "gb": [
        "07### ######",
        "+44 7### ######",
        "+44 (0)20 #### ####",
        "020 #### ####",
        "01### ######",
        "0161 ### ####",
        "+447#########",
    ],
    "au": ["04## ### ###", "+61 4## ### ###", "(02) #### ####", "+61 2 #### ####", "04########"],
    "nz": ["021 ### ####", "+64 21 ### ####", "(09) ### ####", "027 ### ####"],
    "ie": ["08# ### ####", "+353 8# ### ####", "(01) ### ####", "+353 1 ### ####"],
    "in": ["+91 9#### #####", "9#### #####", "09#########", "+91-9#########", "+91 7#### #####"],
    "ng": [
        "080# ### ####",
        "+234 80# ### ####",
        "+23480########",
        "081# ### ####",
        "0703 ### ####",
    ],
    "za": ["08# ### ####", "+27 8# ### ####", "(011) ### ####", "+27 7# ### ####"],
    "gh": ["024 ### ####", "+233 24 ### ####", "+233 20 ### ####", "055 ### ####"],
    "ke": ["07## ### ###", "+254 7## ######", "+254 7## ### ###", "0722 ######", "0110 ### ###"],
    "tz": ["+255 7## ### ###", "07## ### ###", "+255 6## ### ###"],
    "ph": ["09## ### ####", "+63 9## ### ####", "(02) 8### ####", "09#########", "0917-###-####"],
    "sg": ["+65 9### ####", "8### ####", "+65 6### ####"],
    "de": [
        "+49 15# ########",
        "015# ########",
        "030 ########",
        "+49 (0)30 #######",
        "0176/########",
        "+49 89 ######",
        "0221 #######",
        "0170 #######",
    ],
    "at": ["+43 664 #######", "0664 ### ####", "01 ### ## ##", "+43 1 ### ## ##"],
    "ch": ["+41 79 ### ## ##", "079 ### ## ##", "044 ### ## ##"],
    "fr": [
        "06 ## ## ## ##",
        "07 ## ## ## ##",
        "+33 6 ## ## ## ##",
        "01.##.##.##.##",
        "+33 (0)1 ## ## ## ##",
        "06########",
    ],
    "be": ["04## ## ## ##", "+32 4## ## ## ##", "02 ### ## ##"],
    "es": ["6## ## ## ##", "+34 6## ### ###", "91 ### ## ##", "6########", "+34 93 ### ## ##"],
    "mx": [
        "+52 55 #### ####",
        "55 #### ####",
        "+52 1 33 #### ####",
        "(81) ####-####",
        "55-####-####",
    ],
    "ar": ["+54 9 11 ####-####", "11 ####-####", "(0351) ###-####"],
    "co": ["+57 3## ### ####", "3## ### ####", "(601) ### ####"],
    "br": [
        "(11) 9####-####",
        "+55 11 9####-####",
        "(21) ####-####",
        "+55 (31) 9####-####",
        "11 9#### ####",
    ],
    "pt": ["9## ### ###", "+351 9## ### ###", "21 ### ####"],
    "it": ["3## ### ####", "+39 3## #######", "06 #### ####", "+39 02 ########", "3#########"],
    "nl": [
        "06-########",
        "+31 6 ########",
        "020-#######",
        "06 ## ## ## ##",
        "+31 (0)6 ## ## ## ##",
    ],
    "pl": ["5## ### ###", "+48 5## ### ###", "+48 22 ### ## ##", "6##-###-###", "7## ### ###"],
    "tr": [
        "05## ### ## ##",
        "+90 5## ### ## ##",
        "(0212) ### ## ##",
        "05#########",
        "0 5## ### ## ##",
    ],
    "vn": ["09# ### ####", "09## ### ###", "+84 9# ### ####", "03# ### ####", "+84 3# ### ####"],
    "id": [
        "08##-####-####",
        "+62 8## #### ####",
        "08##########",
        "(021) #######",
        "+62 21 #######",
    ],
    "se": ["07# ### ## ##", "+46 7# ### ## ##", "08-### ## ##"],
    "fi": ["04# ### ####", "+358 4# ### ####", "09 ### ####"],
    "cz": ["+420 6## ### ###", "7## ### ###", "+420 2## ### ###"],
    "ro": ["07## ### ###", "+40 7## ### ###", "021 ### ####"],
    "hu": ["+36 30 ### ####", "06 20 ### ####", "+36 1 ### ####"],
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
    "vi": [
        "tháng 1",
        "tháng 2",
        "tháng 3",
        "tháng 4",
        "tháng 5",
        "tháng 6",
        "tháng 7",
        "tháng 8",
        "tháng 9",
        "tháng 10",
        "tháng 11",
        "tháng 12",
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
}

WEEKDAYS: dict[str, list[str]] = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota"],
    "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi"],
    "vi": ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"],
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
    "tl": ["Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado"],
    "sw": ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi"],
}

# ------------------------------------------------------------------------------ names
# Romanized given and family names by culture. order: gf (given first), fg (family first),
# mono (one name only), patronym (given + link + father's name). mono: share of one-word
# names. west: share of people using given-first order abroad.

CULTURES: dict[str, dict] = {
    "yoruba": {
        "given": [
            "Adebayo",
            "Oluwaseun",
            "Funmilayo",
            "Temitope",
            "Babajide",
            "Yetunde",
            "Olumide",
            "Kehinde",
            "Abimbola",
            "Titilayo",
            "Ayodele",
            "Oluwatobi",
            "Damilola",
            "Folake",
        ],
        "family": [
            "Adeyemi",
            "Ogunleye",
            "Afolabi",
            "Balogun",
            "Oyelaran",
            "Adebisi",
            "Olatunji",
            "Akinola",
            "Fashola",
            "Odukoya",
            "Adewale",
            "Ogunbiyi",
        ],
    },
    "igbo": {
        "given": [
            "Chinedu",
            "Ngozi",
            "Chiamaka",
            "Obinna",
            "Nnamdi",
            "Adaeze",
            "Ifeoma",
            "Chukwuemeka",
            "Uchenna",
            "Amarachi",
            "Ebuka",
            "Kelechi",
            "Nneka",
        ],
        "family": [
            "Okonkwo",
            "Eze",
            "Nwosu",
            "Okafor",
            "Obi",
            "Onyekachi",
            "Nwachukwu",
            "Ugwu",
            "Chukwu",
            "Anyanwu",
            "Okoro",
            "Ibekwe",
            "Nwankwo",
        ],
    },
    "hausa": {
        "given": [
            "Aminu",
            "Zainab",
            "Abubakar",
            "Hadiza",
            "Musa",
            "Bilkisu",
            "Sani",
            "Halima",
            "Usman",
            "Rakiya",
            "Jamilu",
            "Hauwa",
        ],
        "family": [
            "Bello",
            "Danjuma",
            "Abdullahi",
            "Garba",
            "Mohammed",
            "Yusuf",
            "Lawal",
            "Shehu",
            "Bala",
            "Dikko",
            "Sule",
            "Tanko",
        ],
    },
    "akan": {
        "given": [
            "Kwame",
            "Akosua",
            "Kofi",
            "Abena",
            "Yaw",
            "Ama",
            "Kwabena",
            "Efua",
            "Kwaku",
            "Adwoa",
            "Kojo",
            "Afua",
            "Esi",
        ],
        "family": [
            "Mensah",
            "Asante",
            "Boateng",
            "Owusu",
            "Osei",
            "Agyeman",
            "Appiah",
            "Ofori",
            "Acheampong",
            "Danquah",
            "Amoako",
            "Sarpong",
        ],
    },
    "zulu_xhosa": {
        "given": [
            "Sipho",
            "Thandiwe",
            "Lwazi",
            "Nomvula",
            "Bongani",
            "Zanele",
            "Sibusiso",
            "Lindiwe",
            "Themba",
            "Ayanda",
            "Nokuthula",
            "Luyanda",
            "Xolani",
        ],
        "family": [
            "Dlamini",
            "Ndlovu",
            "Khumalo",
            "Mkhize",
            "Zungu",
            "Mthembu",
            "Nkosi",
            "Mahlangu",
            "Cele",
            "Ngcobo",
            "Mabaso",
            "Xaba",
            "Gqola",
        ],
    },
    "ethiopian": {
        "given": [
            "Abebe",
            "Mekdes",
            "Tesfaye",
            "Selamawit",
            "Dawit",
            "Hiwot",
            "Yonas",
            "Meseret",
            "Bereket",
            "Tigist",
            "Girma",
            "Liya",
            "Eyerusalem",
        ],
        "family": [
            "Bekele",
            "Tadesse",
            "Haile",
            "Gebremedhin",
            "Alemu",
            "Wolde",
            "Kebede",
            "Mengistu",
            "Desta",
            "Assefa",
            "Tilahun",
            "Ayele",
        ],
    },
    "eritrean": {
        "given": [
            "Senait",
            "Filmon",
            "Semhar",
            "Mehari",
            "Luwam",
            "Tesfalem",
            "Rahel",
            "Awet",
            "Saba",
            "Yohannes",
        ],
        "family": [
            "Tesfamariam",
            "Tekle",
            "Habte",
            "Woldemichael",
            "Berhane",
            "Kidane",
            "Gebreselassie",
            "Andemariam",
            "Fessehaye",
            "Ghebremeskel",
        ],
    },
    "somali": {
        "given": [
            "Abdirahman",
            "Hodan",
            "Mahad",
            "Faadumo",
            "Liban",
            "Ayaan",
            "Guled",
            "Sahra",
            "Abdiwali",
            "Nimco",
            "Hamse",
            "Ubah",
        ],
        "family": [
            "Warsame",
            "Farah",
            "Jama",
            "Abdi",
            "Osman",
            "Hirsi",
            "Duale",
            "Egal",
            "Nur",
            "Mohamud",
            "Aden",
            "Yusuf",
        ],
    },
    "kenyan": {
        "given": [
            "Wanjiru",
            "Kamau",
            "Njeri",
            "Mwangi",
            "Wambui",
            "Otieno",
            "Achieng",
            "Kiprop",
            "Chebet",
            "Wafula",
            "Nyambura",
            "Akinyi",
            "Jelimo",
        ],
        "family": [
            "Kariuki",
            "Njoroge",
            "Odhiambo",
            "Kiprotich",
            "Wekesa",
            "Omondi",
            "Kimani",
            "Gitau",
            "Muthoni",
            "Cheruiyot",
            "Ochieng",
            "Wanyama",
            "Mutua",
        ],
    },
    "shona": {
        "given": [
            "Tendai",
            "Rutendo",
            "Tatenda",
            "Nyasha",
            "Farai",
            "Chipo",
            "Tinashe",
            "Vimbai",
            "Kudzai",
            "Tafadzwa",
            "Rufaro",
        ],
        "family": [
            "Moyo",
            "Chikwanha",
            "Mutasa",
            "Gumbo",
            "Nyathi",
            "Mupfumira",
            "Chigumba",
            "Madziva",
            "Sibanda",
            "Zvobgo",
            "Marufu",
        ],
    },
    "malagasy": {
        "given": [
            "Hery",
            "Voahangy",
            "Tojo",
            "Lalao",
            "Rivo",
            "Fanja",
            "Mamy",
            "Haingo",
            "Andry",
            "Nirina",
            "Tsiry",
        ],
        "family": [
            "Rakotomalala",
            "Randriamampionona",
            "Rasoanaivo",
            "Andrianarisoa",
            "Razafindrakoto",
            "Ravelomanana",
            "Rakotondrabe",
            "Rabemananjara",
            "Ranaivoson",
        ],
    },
    "wolof": {
        "given": [
            "Moussa",
            "Awa",
            "Cheikh",
            "Fatou",
            "Mamadou",
            "Aminata",
            "Ibrahima",
            "Ndeye",
            "Ousmane",
            "Khady",
            "Abdoulaye",
            "Mariama",
        ],
        "family": [
            "Diop",
            "Ndiaye",
            "Fall",
            "Sow",
            "Ba",
            "Gueye",
            "Sarr",
            "Faye",
            "Mbaye",
            "Thiam",
            "Cissé",
            "Diagne",
        ],
    },
    "arabic": {
        "given": [
            "Omar",
            "Layla",
            "Khaled",
            "Rania",
            "Yousef",
            "Nour",
            "Tariq",
            "Huda",
            "Samir",
            "Dalia",
            "Faisal",
            "Mariam",
            "Hamza",
            "Reem",
        ],
        "family": [
            "Al-Haddad",
            "Haddad",
            "Khoury",
            "Nasser",
            "Al-Masri",
            "Saleh",
            "al-Rashid",
            "Barakat",
            "Hamdan",
            "Azzam",
            "Mansour",
            "Al-Otaibi",
            "Qasim",
            "Abu Shanab",
        ],
    },
    "maghrebi": {
        "given": [
            "Yacine",
            "Amina",
            "Karim",
            "Siham",
            "Anir",
            "Tiziri",
            "Massinissa",
            "Dihya",
            "Mehdi",
            "Nadia",
            "Idir",
            "Kenza",
        ],
        "family": [
            "Benali",
            "Ait Ahmed",
            "Amrani",
            "Boudjemaa",
            "Haddadi",
            "Ouali",
            "Bouzid",
            "El Idrissi",
            "Tahiri",
            "Zerrouki",
            "Ben Youssef",
        ],
    },
    "persian": {
        "given": [
            "Dariush",
            "Shirin",
            "Arash",
            "Parisa",
            "Kourosh",
            "Laleh",
            "Reza",
            "Nasrin",
            "Babak",
            "Mahsa",
            "Kaveh",
            "Golnar",
            "Roya",
        ],
        "family": [
            "Tehrani",
            "Moradi",
            "Hosseini",
            "Karimi",
            "Ahmadi",
            "Rostami",
            "Jafari",
            "Farahani",
            "Rahimi",
            "Kazemi",
            "Sadeghi",
            "Mirzaei",
        ],
    },
    "afghan": {
        "given": [
            "Zarghona",
            "Malalai",
            "Hamid",
            "Mursal",
            "Wahid",
            "Freshta",
            "Najib",
            "Shabnam",
            "Rahmatullah",
            "Mirwais",
            "Parwana",
        ],
        "family": [
            "Ahmadzai",
            "Popal",
            "Wardak",
            "Durrani",
            "Stanekzai",
            "Noorzai",
            "Safi",
            "Mohmand",
            "Sultani",
            "Hotak",
        ],
    },
    "turkish": {
        "given": [
            "Emre",
            "Zeynep",
            "Mehmet",
            "Elif",
            "Burak",
            "Ayşe",
            "Can",
            "Selin",
            "Oğuz",
            "Deniz",
            "Hakan",
            "Merve",
            "İpek",
            "Serkan",
            "Gülşen",
        ],
        "family": [
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Öztürk",
            "Arslan",
            "Doğan",
            "Aydın",
            "Koç",
            "Kurt",
            "Özdemir",
            "Erdem",
            "Güneş",
        ],
    },
    "kurdish": {
        "given": [
            "Rojda",
            "Azad",
            "Dilan",
            "Shvan",
            "Berivan",
            "Karwan",
            "Hêvî",
            "Diyar",
            "Zozan",
            "Rêbîn",
            "Nareen",
        ],
        "family": [
            "Hawrami",
            "Kurdi",
            "Sindi",
            "Baban",
            "Zebari",
            "Mukriyani",
            "Jaff",
            "Duhoki",
            "Soran",
            "Amedi",
        ],
    },
    "hebrew": {
        "given": [
            "Noa",
            "Yossi",
            "Tamar",
            "Eitan",
            "Shira",
            "Avi",
            "Maya",
            "Lior",
            "Yael",
            "Omer",
            "Tal",
            "Ariel",
        ],
        "family": [
            "Cohen",
            "Levi",
            "Mizrahi",
            "Peretz",
            "Biton",
            "Friedman",
            "Ben-David",
            "Shapiro",
            "Avraham",
            "Katz",
            "Golan",
            "Ben-Ami",
        ],
    },
    "armenian": {
        "given": [
            "Arman",
            "Anahit",
            "Tigran",
            "Lusine",
            "Hayk",
            "Narine",
            "Armen",
            "Siranush",
            "Gevorg",
            "Mariam",
            "Aram",
        ],
        "family": [
            "Petrosyan",
            "Harutyunyan",
            "Sargsyan",
            "Hovhannisyan",
            "Grigoryan",
            "Khachatryan",
            "Avetisyan",
            "Vardanyan",
            "Ghazaryan",
            "Manukyan",
        ],
    },
    "georgian": {
        "given": [
            "Giorgi",
            "Nino",
            "Levan",
            "Tamar",
            "Davit",
            "Ketevan",
            "Irakli",
            "Mariam",
            "Lasha",
            "Salome",
            "Nika",
            "Tamuna",
        ],
        "family": [
            "Beridze",
            "Kapanadze",
            "Gelashvili",
            "Maisuradze",
            "Lomidze",
            "Tsiklauri",
            "Kvaratskhelia",
            "Javakhishvili",
            "Chkheidze",
            "Mchedlishvili",
        ],
    },
    "north_indian": {
        "given": [
            "Aarav",
            "Priya",
            "Rohan",
            "Ananya",
            "Vikram",
            "Sneha",
            "Arjun",
            "Pooja",
            "Rahul",
            "Kavya",
            "Ishaan",
            "Neha",
            "Siddharth",
            "Deepika",
        ],
        "family": [
            "Sharma",
            "Verma",
            "Gupta",
            "Agarwal",
            "Mehta",
            "Joshi",
            "Chauhan",
            "Malhotra",
            "Kapoor",
            "Srivastava",
            "Tiwari",
            "Saxena",
            "Bhatia",
        ],
    },
    "tamil": {
        "given": [
            "Karthik",
            "Lakshmi",
            "Senthil",
            "Meenakshi",
            "Arun",
            "Divya",
            "Murugan",
            "Kavitha",
            "Suresh",
            "Revathi",
            "Vignesh",
            "Anbarasi",
        ],
        "family": [
            "Subramanian",
            "Ramasamy",
            "Krishnan",
            "Natarajan",
            "Venkatesan",
            "Palaniappan",
            "Annamalai",
            "Raghunathan",
            "Sundaram",
            "Iyer",
            "Pillai",
        ],
    },
    "bengali": {
        "given": [
            "Arnab",
            "Sreya",
            "Sourav",
            "Tanushree",
            "Anirban",
            "Moumita",
            "Rajib",
            "Payel",
            "Subhajit",
            "Rituparna",
            "Tanvir",
            "Nusrat",
        ],
        "family": [
            "Chatterjee",
            "Banerjee",
            "Mukherjee",
            "Ghosh",
            "Das",
            "Sen",
            "Chowdhury",
            "Bhattacharya",
            "Roy",
            "Hossain",
            "Rahman",
            "Islam",
        ],
    },
    "punjabi": {
        "given": [
            "Gurpreet",
            "Harjit",
            "Simran",
            "Manpreet",
            "Jaspreet",
            "Harpreet",
            "Navjot",
            "Amandeep",
            "Kirandeep",
            "Baljit",
            "Parminder",
        ],
        "family": [
            "Singh",
            "Kaur",
            "Sandhu",
            "Gill",
            "Dhillon",
            "Sidhu",
            "Grewal",
            "Brar",
            "Bains",
            "Randhawa",
            "Sekhon",
        ],
    },
    "nepali": {
        "given": [
            "Sagar",
            "Sunita",
            "Bikash",
            "Anjali",
            "Prakash",
            "Sarita",
            "Kiran",
            "Bishnu",
            "Manisha",
            "Dipendra",
            "Pasang",
        ],
        "family": [
            "Shrestha",
            "Gurung",
            "Tamang",
            "Thapa",
            "Magar",
            "Adhikari",
            "Karki",
            "Rai",
            "Sherpa",
            "Bhandari",
            "Poudel",
        ],
    },
    "sinhalese": {
        "given": [
            "Nuwan",
            "Dilani",
            "Chaminda",
            "Sanduni",
            "Kasun",
            "Nadeesha",
            "Tharindu",
            "Ishara",
            "Ruwan",
            "Hasini",
        ],
        "family": [
            "Perera",
            "Fernando",
            "Jayasuriya",
            "Wickramasinghe",
            "Bandara",
            "Gunawardena",
            "Rajapaksha",
            "Dissanayake",
            "Herath",
            "Karunaratne",
        ],
    },
    "tibetan": {
        "given": [
            "Tenzin",
            "Pema",
            "Sonam",
            "Karma",
            "Dawa",
            "Ngawang",
            "Lobsang",
            "Jampa",
            "Dechen",
        ],
        "family": [
            "Dolma",
            "Wangchuk",
            "Choden",
            "Tsering",
            "Lhamo",
            "Norbu",
            "Dorjee",
            "Yangzom",
            "Gyatso",
            "Phuntsok",
        ],
    },
    "mandarin": {
        "order": "fg",
        "west": 0.45,
        "given": [
            "Wei",
            "Xiuying",
            "Jianguo",
            "Mei",
            "Haoran",
            "Yuxuan",
            "Zihan",
            "Jing",
            "Lei",
            "Xinyi",
            "Yifan",
            "Shuang",
            "Zhiqiang",
            "Lingling",
            "Jiahui",
            "Zhen",
        ],
        "family": [
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
            "Ma",
            "Zhu",
            "Hu",
            "Guo",
            "Lin",
            "Luo",
            "Gao",
            "Deng",
        ],
    },
    "cantonese": {
        "order": "fg",
        "west": 0.35,
        "given": [
            "Ka-yan",
            "Wing-sze",
            "Chi-ho",
            "Man-kit",
            "Hoi-ying",
            "Siu-ming",
            "Tsz-ching",
            "Pui-shan",
            "Ka-lok",
            "Wai-man",
        ],
        "family": [
            "Chan",
            "Wong",
            "Leung",
            "Cheung",
            "Lau",
            "Ng",
            "Ho",
            "Tsang",
            "Yip",
            "Lam",
            "Kwok",
            "Fung",
            "Tse",
        ],
    },
    "japanese": {
        "given": [
            "Haruto",
            "Yui",
            "Sota",
            "Aoi",
            "Ren",
            "Hina",
            "Kaito",
            "Sakura",
            "Takumi",
            "Misaki",
            "Daiki",
            "Yuna",
            "Kenji",
            "Akiko",
            "Shohei",
        ],
        "family": [
            "Sato",
            "Suzuki",
            "Takahashi",
            "Tanaka",
            "Watanabe",
            "Ito",
            "Yamamoto",
            "Nakamura",
            "Kobayashi",
            "Kato",
            "Yoshida",
            "Yamada",
            "Sasaki",
            "Matsumoto",
            "Inoue",
        ],
    },
    "korean": {
        "order": "fg",
        "west": 0.5,
        "given": [
            "Min-jun",
            "Seo-yeon",
            "Ji-ho",
            "Ha-eun",
            "Do-yoon",
            "Su-bin",
            "Joon-young",
            "Ye-jin",
            "Hyun-woo",
            "Ji-woo",
            "Eun-ji",
            "Sung-min",
        ],
        "family": [
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
            "Shin",
            "Oh",
            "Seo",
        ],
    },
    "vietnamese": {
        "order": "fg",
        "west": 0.35,
        "given": [
            "Anh",
            "Bình",
            "Linh",
            "Hùng",
            "Trang",
            "Dũng",
            "Hương",
            "Tuấn",
            "Mai",
            "Long",
            "Thảo",
            "Khoa",
            "Phương",
            "Quân",
        ],
        "middle": ["Văn", "Thị", "Minh", "Đức", "Ngọc", "Thanh", "Quang", "Hữu", "Thu", "Gia"],
        "family": [
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
            "Ngô",
        ],
    },
    "thai": {
        "given": [
            "Somchai",
            "Siriporn",
            "Anan",
            "Kanya",
            "Nattapong",
            "Pimchanok",
            "Wichai",
            "Supaporn",
            "Thanawat",
            "Kittisak",
            "Ratchanee",
        ],
        "family": [
            "Srisuk",
            "Chaiyaporn",
            "Wongsawat",
            "Rattanakorn",
            "Saetang",
            "Boonmee",
            "Jaidee",
            "Thongchai",
            "Kongkaew",
            "Phromma",
            "Sukprasert",
        ],
    },
    "filipino": {
        "given": [
            "Maricel",
            "Jericho",
            "Rowena",
            "Rodel",
            "Marites",
            "Jhun",
            "Angelica",
            "Reynaldo",
            "Kristine",
            "Arnel",
            "Lovely",
            "Mylene",
            "Dindo",
            "Precious",
        ],
        "family": [
            "Dela Cruz",
            "Reyes",
            "Santos",
            "Bautista",
            "Villanueva",
            "Macaraeg",
            "Dimaculangan",
            "Manalo",
            "Pangilinan",
            "Mercado",
            "Gatchalian",
            "Tolentino",
            "Lacson",
            "de Guzman",
        ],
    },
    "indonesian": {
        "mono": 0.3,
        "single": [
            "Sukarni",
            "Sutrisno",
            "Mulyadi",
            "Suparman",
            "Wulandari",
            "Slamet",
            "Sumiati",
            "Haryanto",
            "Purwanti",
        ],
        "given": [
            "Budi",
            "Siti",
            "Agus",
            "Dewi",
            "Wahyu",
            "Sri",
            "Eko",
            "Ratna",
            "Joko",
            "Putri",
            "Bambang",
            "Indah",
            "Rizky",
            "Ayu",
        ],
        "family": [
            "Santoso",
            "Wijaya",
            "Kusuma",
            "Setiawan",
            "Hidayat",
            "Saputra",
            "Pratama",
            "Nugroho",
            "Wibowo",
            "Susanto",
            "Rahayu",
            "Utami",
            "Siregar",
            "Nasution",
        ],
    },
    "malay": {
        "order": "patronym",
        "link": ["bin", "binti"],
        "given_m": ["Ahmad", "Farid", "Hafiz", "Aiman", "Haziq", "Syahmi", "Irfan"],
        "given_f": ["Nurul Aina", "Siti Aisyah", "Nur Izzati", "Syafiqah", "Amirah", "Farhana"],
        "given": ["Ahmad"],
        "family": [
            "Ismail",
            "Yusof",
            "Abdullah",
            "Rahman",
            "Hassan",
            "Osman",
            "Zainal",
            "Hamzah",
            "Kamarudin",
        ],
    },
    "mongolian": {
        "given": [
            "Bat-Erdene",
            "Oyunchimeg",
            "Temuulen",
            "Enkhjargal",
            "Ganbold",
            "Sarangerel",
            "Bolormaa",
            "Munkhbat",
            "Altantsetseg",
            "Nomin",
        ],
        "family": [
            "Batbayar",
            "Dorj",
            "Ganzorig",
            "Purevdorj",
            "Tserendorj",
            "Enkhbayar",
            "Bold",
            "Baatar",
            "Otgonbayar",
        ],
    },
    "central_asian": {
        "given": [
            "Aigerim",
            "Yerlan",
            "Dana",
            "Askar",
            "Madina",
            "Timur",
            "Aizhan",
            "Dilnoza",
            "Bekzod",
            "Jasur",
            "Gulnara",
            "Saule",
        ],
        "family": [
            "Nurlanov",
            "Abenova",
            "Seitkali",
            "Zhaksylykov",
            "Tursunov",
            "Karimova",
            "Rakhimov",
            "Yusupova",
            "Alimov",
            "Umarova",
            "Omarov",
        ],
    },
    "burmese": {
        "order": "mono",
        "given": [
            "Aung Kyaw Moe",
            "Thiri Hlaing",
            "Zaw Min Tun",
            "Nilar Win",
            "Kyaw Zin Htet",
            "Su Myat Noe",
            "Htet Aung",
            "Ei Mon Kyaw",
            "Myo Thant",
            "Hnin Wai Phyo",
            "Thura Soe",
        ],
        "family": [],
    },
    "maori": {
        "given": [
            "Aroha",
            "Tama",
            "Mere",
            "Wiremu",
            "Anahera",
            "Rawiri",
            "Ngaio",
            "Hemi",
            "Kahurangi",
            "Manaia",
            "Tui",
            "Rangi",
            "Awhina",
        ],
        "family": [
            "Ngata",
            "Parata",
            "Tainui",
            "Te Whata",
            "Rangihuna",
            "Poutama",
            "Tipene",
            "Kereama",
            "Te Rangi",
            "Waaka",
            "Horomona",
            "Paewai",
        ],
    },
    "samoan_tongan": {
        "given": [
            "Sione",
            "Losaline",
            "Tavita",
            "Mele",
            "Iosefa",
            "Salote",
            "Viliami",
            "Fetu",
            "Semisi",
            "Lesieli",
            "Tevita",
        ],
        "family": [
            "Tuilagi",
            "Fifita",
            "Taufa",
            "Faleolo",
            "Leota",
            "Vainikolo",
            "Lolohea",
            "Tupou",
            "Sapolu",
            "Aumua",
            "Ah Kuoi",
        ],
    },
    "hawaiian": {
        "given": [
            "Keoni",
            "Leilani",
            "Kaimana",
            "Noelani",
            "Makoa",
            "Kalani",
            "Iolana",
            "Kekoa",
            "Malia",
            "Keala",
        ],
        "family": [
            "Kahananui",
            "Kealoha",
            "Makua",
            "Akana",
            "Kamakau",
            "Nakoa",
            "Kaleikini",
            "Keawe",
            "Kapaona",
            "Mahoe",
        ],
    },
    "fijian": {
        "given": [
            "Sefanaia",
            "Losana",
            "Mosese",
            "Jone",
            "Litia",
            "Waisale",
            "Akanisi",
            "Eroni",
            "Vilisi",
            "Timoci",
        ],
        "family": [
            "Naivalu",
            "Ravuvu",
            "Tuisawau",
            "Vunibaka",
            "Koroi",
            "Naisoro",
            "Waqa",
            "Nasilasila",
            "Bulitavu",
            "Rokotuiloma",
        ],
    },
    "dine": {
        "given": [
            "Shaandiin",
            "Nizhoni",
            "Doli",
            "Yanaba",
            "Ahiga",
            "Jolene",
            "Delbert",
            "Loretta",
            "Kee",
            "Marlena",
            "Darrell",
        ],
        "family": [
            "Begay",
            "Yazzie",
            "Tsosie",
            "Benally",
            "Nez",
            "Tsinajinnie",
            "Bitsui",
            "Etsitty",
            "Manygoats",
            "Attakai",
            "Chee",
        ],
    },
    "lakota": {
        "given": [
            "Chaske",
            "Winona",
            "Tokala",
            "Mato",
            "Kimimela",
            "Ohanzee",
            "Tasina",
            "Wicapi",
            "Vernon",
            "Arlene",
        ],
        "family": [
            "Two Bulls",
            "Red Cloud",
            "Iron Shell",
            "Little Thunder",
            "Yellow Horse",
            "Brave Heart",
            "Standing Elk",
            "Good Voice",
            "White Plume",
            "Runs Above",
        ],
    },
    "quechua_aymara": {
        "given": [
            "Wayra",
            "Inti",
            "Killa",
            "Amaru",
            "Sumaq",
            "Nina",
            "Kusi",
            "Illa",
            "Micaela",
            "Feliciano",
            "Eusebio",
            "Yuraq",
        ],
        "family": [
            "Mamani",
            "Quispe",
            "Condori",
            "Huamán",
            "Choque",
            "Ticona",
            "Apaza",
            "Ccori",
            "Huanca",
            "Yupanqui",
            "Chambi",
            "Layme",
        ],
    },
    "mapuche": {
        "given": [
            "Ayelén",
            "Millaray",
            "Lautaro",
            "Rayén",
            "Licán",
            "Nahuel",
            "Antü",
            "Relmu",
            "Ailén",
            "Pichún",
        ],
        "family": [
            "Huenchumilla",
            "Painemal",
            "Catrileo",
            "Nahuelpán",
            "Llancaqueo",
            "Millapán",
            "Curihuentro",
            "Huenchullán",
            "Calfuqueo",
            "Marileo",
        ],
    },
    "inuit": {
        "given": [
            "Aputi",
            "Nuka",
            "Siku",
            "Pauloosie",
            "Ningiuk",
            "Akeeshoo",
            "Jaaji",
            "Tagak",
            "Qilak",
            "Iqaluk",
            "Malaya",
        ],
        "family": [
            "Kuptana",
            "Arnaquq",
            "Qitsualik",
            "Kilabuk",
            "Nowdlak",
            "Ootova",
            "Akeeagok",
            "Pudlat",
            "Tagalik",
            "Angnakak",
            "Karetak",
        ],
    },
    "haitian": {
        "given": [
            "Wisly",
            "Mackenson",
            "Nadège",
            "Widlyne",
            "Fritzner",
            "Guerline",
            "Jean-Robert",
            "Rosemène",
            "Dieuseul",
            "Marie-Ange",
            "Ketly",
        ],
        "family": [
            "Pierre-Louis",
            "Jean-Baptiste",
            "Joseph",
            "Étienne",
            "Dorsainvil",
            "Désir",
            "Augustin",
            "Toussaint",
            "Saint-Fleur",
            "Célestin",
            "Jean-Charles",
        ],
    },
    "welsh": {
        "given": [
            "Rhys",
            "Siân",
            "Gwilym",
            "Angharad",
            "Dafydd",
            "Ffion",
            "Iolo",
            "Cerys",
            "Emyr",
            "Eleri",
            "Hywel",
            "Nia",
            "Gethin",
        ],
        "family": [
            "Llewellyn",
            "Pryce",
            "Bowen",
            "Prosser",
            "Vaughan",
            "Gruffydd",
            "Pugh",
            "Meredith",
            "ap Rhys",
            "Rees",
            "Powell",
            "ap Gwilym",
        ],
    },
    "basque": {
        "given": [
            "Iñaki",
            "Maialen",
            "Ander",
            "Garazi",
            "Unai",
            "Ainhoa",
            "Eneko",
            "Nerea",
            "Koldo",
            "Itziar",
            "Aitor",
            "Amaia",
        ],
        "family": [
            "Etxeberria",
            "Goikoetxea",
            "Agirre",
            "Urrutia",
            "Zubizarreta",
            "Arrieta",
            "Iturriaga",
            "Larrañaga",
            "Olaizola",
            "Mendizabal",
            "Azkue",
        ],
    },
    "breton": {
        "given": [
            "Yann",
            "Gwenaëlle",
            "Maëla",
            "Erwan",
            "Soazig",
            "Loïc",
            "Nolwenn",
            "Tanguy",
            "Katell",
            "Gwendal",
            "Morgane",
        ],
        "family": [
            "Le Goff",
            "Kerjean",
            "Le Bihan",
            "Guivarc'h",
            "Le Gall",
            "Quéré",
            "Kervella",
            "Le Floch",
            "Caradec",
            "Le Meur",
        ],
    },
    "sami": {
        "given": [
            "Áilu",
            "Máret",
            "Ánde",
            "Risten",
            "Niillas",
            "Sárá",
            "Joavnna",
            "Biret",
            "Mikkal",
            "Elle",
        ],
        "family": [
            "Somby",
            "Gaup",
            "Balto",
            "Utsi",
            "Eira",
            "Turi",
            "Hætta",
            "Bongo",
            "Länsman",
            "Magga",
        ],
    },
    "catalan": {
        "given": [
            "Jordi",
            "Montserrat",
            "Pau",
            "Núria",
            "Oriol",
            "Mireia",
            "Arnau",
            "Laia",
            "Xavier",
            "Meritxell",
            "Roser",
        ],
        "family": [
            "Puig",
            "Vilaró",
            "Casals",
            "Ferrer",
            "Soler",
            "Camps",
            "Bosch",
            "Vidal",
            "Pujol",
            "Serra",
            "Masdeu",
            "Rovira",
        ],
    },
    "frisian": {
        "given": [
            "Sjoerd",
            "Wytske",
            "Hylke",
            "Geartsje",
            "Jelle",
            "Froukje",
            "Sytse",
            "Baukje",
            "Wiebe",
            "Tjitske",
        ],
        "family": [
            "Hoekstra",
            "Dijkstra",
            "Bosma",
            "Postma",
            "Zijlstra",
            "de Vries",
            "Wiersma",
            "Terpstra",
            "Sikkema",
            "van der Meer",
        ],
    },
    "irish": {
        "given": [
            "Saoirse",
            "Niamh",
            "Oisín",
            "Tadhg",
            "Caoimhe",
            "Cathal",
            "Aoife",
            "Ruairí",
            "Siobhán",
            "Donncha",
            "Clodagh",
        ],
        "family": [
            "Ó Súilleabháin",
            "Mac Giolla Phádraig",
            "Ní Bhriain",
            "Ó Murchú",
            "Nic Aodha",
            "Ó Ceallaigh",
            "O'Donovan",
            "McGrath",
            "Ó Dónaill",
            "Mac Cárthaigh",
        ],
    },
    "scottish": {
        "given": [
            "Eilidh",
            "Ruairidh",
            "Mairi",
            "Calum",
            "Seonag",
            "Iain",
            "Catriona",
            "Domhnall",
            "Kirsty",
            "Alasdair",
        ],
        "family": [
            "MacLeod",
            "MacDonald",
            "Campbell",
            "MacKinnon",
            "Matheson",
            "MacAulay",
            "Morrison",
            "MacNeil",
            "Nicolson",
            "MacIver",
        ],
    },
    "greek": {
        "given": [
            "Giorgos",
            "Eleni",
            "Dimitris",
            "Katerina",
            "Nikos",
            "Sofia",
            "Yannis",
            "Despina",
            "Kostas",
            "Vasiliki",
            "Thanos",
            "Georgia",
        ],
        "family": [
            "Papadopoulos",
            "Papadakis",
            "Georgiou",
            "Nikolaidis",
            "Konstantinou",
            "Vlachos",
            "Karagiannis",
            "Pappas",
            "Oikonomou",
            "Alexiou",
            "Theodorou",
        ],
    },
    "albanian": {
        "given": [
            "Arben",
            "Besa",
            "Dritan",
            "Elira",
            "Genti",
            "Mirela",
            "Ardit",
            "Jonida",
            "Ilir",
            "Blerta",
        ],
        "family": [
            "Hoxha",
            "Krasniqi",
            "Gashi",
            "Berisha",
            "Shehu",
            "Dervishi",
            "Kelmendi",
            "Leka",
            "Bytyqi",
            "Morina",
        ],
    },
    "ukrainian": {
        "given": [
            "Oksana",
            "Taras",
            "Olena",
            "Bohdan",
            "Iryna",
            "Dmytro",
            "Nataliia",
            "Andriy",
            "Yuliia",
            "Serhiy",
            "Mykola",
        ],
        "family": [
            "Shevchenko",
            "Kovalenko",
            "Bondarenko",
            "Tkachenko",
            "Kravchuk",
            "Melnyk",
            "Boyko",
            "Lysenko",
            "Hrytsenko",
            "Savchenko",
        ],
    },
    "romani_balkan": {
        "given": ["Šaban", "Esma", "Mirsad", "Senada", "Ramiz", "Fatima", "Jasmin", "Elvira"],
        "family": [
            "Demirović",
            "Osmani",
            "Bajrami",
            "Mustafić",
            "Redžepović",
            "Ahmetović",
            "Sulejmani",
        ],
    },
}

#: English-word given and family names
WORD_GIVEN = [
    "Hope",
    "Joy",
    "Rose",
    "Dawn",
    "Faith",
    "Grace",
    "Hunter",
    "Cliff",
    "Mercy",
    "Bliss",
    "Summer",
    "Autumn",
    "River",
    "Sky",
    "Brook",
    "Hazel",
    "Ivy",
    "Violet",
    "Daisy",
    "Lily",
    "Holly",
    "Heather",
    "Amber",
    "Ruby",
    "Crystal",
    "Pearl",
    "Destiny",
    "Harmony",
    "Patience",
    "Chance",
    "Rocky",
    "Rusty",
    "Buck",
    "Sunny",
    "Stormy",
    "Honey",
    "Precious",
    "Goodluck",
    "Blessing",
    "Godswill",
    "Gift",
    "Comfort",
    "Prosper",
    "Lucky",
    "Victory",
    "Memory",
    "Loveness",
    "Innocent",
    "Justice",
    "Major",
    "Royal",
    "Sterling",
    "Will",
    "Pat",
    "Bill",
    "Art",
    "Drew",
    "Mark",
    "Miles",
    "Grant",
    "Wade",
    "Lane",
    "Reed",
    "Rich",
    "Robin",
    "Sandy",
    "Cherry",
    "Jade",
    "Sage",
    "Wren",
    "Storm",
    "Marina",
    "Happy",
    "Charity",
    "Temperance",
    "Olive",
    "Melody",
    "Rain",
]
WORD_FAMILY = [
    "Hill",
    "Fields",
    "Stone",
    "Wood",
    "Brown",
    "Young",
    "Rich",
    "Little",
    "King",
    "Bush",
    "Short",
    "Long",
    "Moody",
    "Sharp",
    "Swift",
    "Bell",
    "Baker",
    "Page",
    "Rivers",
    "Banks",
    "Frost",
    "Snow",
    "Winter",
    "Day",
    "Knight",
    "Bishop",
    "Love",
    "Mann",
    "Cash",
    "Gold",
    "Silver",
    "Wolf",
    "Fox",
    "Bird",
    "Lamb",
    "Black",
    "White",
    "Green",
    "Rose",
    "Marsh",
    "Lake",
    "Brooks",
    "Forest",
    "Meadows",
    "Parks",
    "Glass",
    "Hammer",
    "Hand",
    "Heart",
    "Price",
    "Cross",
    "Church",
    "Hall",
    "Rice",
    "Salt",
    "Sweet",
    "Best",
    "Wise",
    "Strong",
    "Noble",
    "Goodman",
    "Freeman",
    "Friend",
    "Guest",
    "Lord",
    "Power",
    "Sparks",
    "Storm",
    "Temple",
    "Ward",
    "Waters",
    "Weaver",
    "Hunter",
    "Booker",
    "Spring",
    "Christmas",
    "Moon",
    "Sun",
    "Field",
    "Steel",
    "Gentle",
]
#: hyphenated given names by Faker locale prefix ("en" also for English-word names)
HYPHEN_GIVEN: dict[str, list[str]] = {
    "en": ["Mary-Kate", "Mary-Jane", "Lily-Rose", "Billy-Joe", "Anna-Lee"],
    "fr": [
        "Jean-Luc",
        "Anne-Marie",
        "Marie-Claire",
        "Jean-Baptiste",
        "Pierre-Yves",
        "Marie-Hélène",
    ],
    "de": ["Hans-Peter", "Karl-Heinz", "Ann-Kathrin", "Lise-Lotte", "Hans-Jürgen", "Eva-Maria"],
    "nl": ["Jan-Willem", "Anne-Fleur", "Jan-Peter"],
    "ro": ["Ana-Maria", "Maria-Cristina"],
    "sv": ["Lars-Erik", "Anna-Karin"],
    "no": ["Ole-Martin", "Tor-Arne"],
}
NICKNAMES: dict[str, list[str]] = {
    "William": ["Bill", "Will", "Billy"],
    "Robert": ["Bob", "Rob", "Bobby"],
    "Elizabeth": ["Liz", "Beth", "Lizzie"],
    "Katherine": ["Kate", "Kathy"],
    "Catherine": ["Cathy", "Cat"],
    "Margaret": ["Maggie", "Peggy", "Meg"],
    "Richard": ["Rick", "Richie"],
    "James": ["Jim", "Jimmy", "Jamie"],
    "Michael": ["Mike", "Mikey"],
    "Christopher": ["Chris", "Topher"],
    "Jennifer": ["Jen", "Jenny"],
    "Alexander": ["Alex", "Xander"],
    "Jonathan": ["Jon", "Jonny"],
    "Nicholas": ["Nick", "Nico"],
    "Patricia": ["Pat", "Trish", "Patty"],
    "Samantha": ["Sam", "Sammy"],
    "Samuel": ["Sam", "Sammy"],
    "Anthony": ["Tony", "Ant"],
    "Joseph": ["Joe", "Joey"],
    "Thomas": ["Tom", "Tommy"],
    "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"],
    "Benjamin": ["Ben", "Benji"],
    "Victoria": ["Vicky", "Tori"],
    "Rebecca": ["Becky", "Becca"],
    "Deborah": ["Debbie", "Deb"],
    "Susan": ["Sue", "Suzy"],
    "Stephanie": ["Steph"],
    "Jessica": ["Jess", "Jessie"],
    "Andrew": ["Andy", "Drew"],
    "Edward": ["Ed", "Eddie", "Ted"],
    "Charles": ["Charlie", "Chuck"],
    "Frances": ["Fran", "Frankie"],
    "Gregory": ["Greg"],
    "Timothy": ["Tim", "Timmy"],
    "Kimberly": ["Kim"],
    "Abigail": ["Abby"],
    "Olivia": ["Liv", "Livvy"],
    "Isabella": ["Bella", "Izzy"],
    "Zachary": ["Zach"],
    "Theodore": ["Theo", "Teddy"],
    "Cynthia": ["Cindy"],
    "Christina": ["Tina", "Chrissy"],
    "Natalie": ["Nat"],
    "Jacqueline": ["Jackie"],
    "Kenneth": ["Ken", "Kenny"],
    "Ronald": ["Ron", "Ronnie"],
    "Oluwaseun": ["Seun"],
    "Babajide": ["Jide"],
    "Oluwatobi": ["Tobi"],
    "Chukwuemeka": ["Emeka"],
    "Chiamaka": ["Amaka"],
    "Funmilayo": ["Funmi"],
    "Temitope": ["Tope"],
    "Adebayo": ["Bayo"],
    "Ayodele": ["Ayo"],
    "Olumide": ["Mide"],
    "Titilayo": ["Titi"],
    "Chinedu": ["Nedu"],
    "Ifeoma": ["Ify"],
    "Damilola": ["Dami"],
    "Harpreet": ["Harry"],
    "Jaspreet": ["Jas"],
    "Mohammed": ["Mo"],
    "Muhammad": ["Mo"],
    "Abdirahman": ["Abdi"],
    "Kwabena": ["Kobby"],
    "Nokuthula": ["Thuli"],
    "Sibusiso": ["Sbu"],
    "Lindiwe": ["Lindi"],
    "Thandiwe": ["Thandi"],
    "Giorgos": ["George"],
    "Dimitris": ["Jimmy", "Mitsos"],
    "Konstantinos": ["Kostas"],
    "Francisco": ["Paco", "Pancho"],
    "José": ["Pepe"],
    "Guadalupe": ["Lupe"],
    "Dolores": ["Lola"],
    "Ignacio": ["Nacho"],
    "Enrique": ["Quique"],
    "Manuel": ["Manolo"],
    "Roberto": ["Beto"],
    "Alberto": ["Beto"],
    "Eduardo": ["Lalo"],
    "Guillermo": ["Memo"],
    "Giuseppe": ["Peppe"],
    "Giovanni": ["Gianni"],
    "Salvatore": ["Totò"],
    "Johannes": ["Hannes"],
    "Wolfgang": ["Wolfi"],
    "Katharina": ["Kathi"],
    "Maximilian": ["Max", "Maxi"],
    "Stefanie": ["Steffi"],
    "Cornelia": ["Conny"],
    "Tobias": ["Tobi"],
    "Katarzyna": ["Kasia"],
    "Małgorzata": ["Gosia"],
    "Wojciech": ["Wojtek"],
    "Aleksandra": ["Ola"],
    "Agnieszka": ["Aga"],
    "Krzysztof": ["Krzysiek"],
    "Joanna": ["Asia"],
    "Bat-Erdene": ["Bat"],
    "Oyunchimeg": ["Oyuka"],
    "Jericho": ["Jek"],
    "Reynaldo": ["Rey", "Naldo"],
    "Rowena": ["Weng"],
    "Kristine": ["Tin"],
    "Angelica": ["Gel", "Angge"],
    "Tavita": ["Vita"],
    "Pauloosie": ["Pauloo"],
    "Gwenaëlle": ["Gwen"],
    "Montserrat": ["Montse"],
    "Meritxell": ["Txell"],
    "Iñaki": ["Iñaki"],
    "Ruairidh": ["Ruaridh"],
    "Alasdair": ["Ali"],
    "Domhnall": ["Donnie"],
    "Nataliia": ["Natasha"],
    "Oleksandr": ["Sasha"],
    "Bohdan": ["Bodya"],
    "Abdulrahman": ["Abood"],
    "Yousef": ["Joe"],
    "Khaled": ["Khal"],
    "Siddharth": ["Sid"],
    "Deepika": ["Deepu"],
    "Karthik": ["Karthi"],
    "Subhajit": ["Subho"],
    "Anirban": ["Anir"],
    "Nattapong": ["Nat"],
    "Pimchanok": ["Baifern"],
    "Kittisak": ["Kit"],
    "Tsz-ching": ["Ching"],
    "Joon-young": ["Joon"],
    "Shaandiin": ["Shaan"],
}

# ------------------------------------------------------------------------------ contact data

MAIL_DOMAINS: dict[str, list[str]] = {
    "*": [
        "gmail.com",
        "gmail.com",
        "gmail.com",
        "outlook.com",
        "yahoo.com",
        "hotmail.com",
        "icloud.com",
        "proton.me",
        "protonmail.com",
        "aol.com",
    ],
    "us": ["comcast.net", "att.net", "verizon.net", "sbcglobal.net"],
    "gb": ["btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"],
    "ca": ["rogers.com", "shaw.ca", "sympatico.ca"],
    "au": ["bigpond.com", "optusnet.com.au"],
    "nz": ["xtra.co.nz"],
    "ie": ["eircom.net"],
    "in": ["rediffmail.com", "yahoo.co.in"],
    "ng": ["yahoo.com.ng"],
    "za": ["webmail.co.za", "mweb.co.za"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmx.net"],
    "at": ["gmx.at", "aon.at"],
    "ch": ["bluewin.ch", "gmx.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"],
    "be": ["telenet.be", "skynet.be"],
    "es": ["telefonica.net", "hotmail.es", "yahoo.es"],
    "mx": ["prodigy.net.mx", "hotmail.com.mx"],
    "ar": ["fibertel.com.ar", "yahoo.com.ar"],
    "br": ["uol.com.br", "bol.com.br", "terra.com.br", "hotmail.com.br"],
    "pt": ["sapo.pt", "netcabo.pt"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "planet.nl", "hetnet.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "tr": ["yandex.com.tr", "hotmail.com.tr"],
    "vn": ["yahoo.com.vn"],
    "id": ["yahoo.co.id"],
    "se": ["telia.com", "bredband.net"],
    "fi": ["elisanet.fi"],
    "cz": ["seznam.cz", "email.cz"],
    "hu": ["freemail.hu", "citromail.hu"],
    "ro": ["yahoo.ro"],
}

#: fictional companies (name, mail domain)
COMPANIES: list[tuple[str, str]] = [
    ("Northwind Logistics", "northwindlogistics.com"),
    ("Brightpath Analytics", "brightpath.io"),
    ("Kestrel Home Insurance", "kestrelinsure.co.uk"),
    ("Larchmont Dental Group", "larchmontdental.com"),
    ("Bluefin Payments", "bluefinpay.com"),
    ("Tideway Property Management", "tidewaypm.com"),
    ("Orchard Lane Primary School", "orchardlane.sch.uk"),
    ("Helix BioSystems", "helixbio.com"),
    ("Cobaltline Telecom", "cobaltline.net"),
    ("Sunfield Credit Union", "sunfieldcu.org"),
    ("Meridian Freight GmbH", "meridian-freight.de"),
    ("Atelier Solène", "atelier-solene.fr"),
    ("Copperleaf Studios", "copperleaf.studio"),
    ("Granite Peak Outfitters", "granitepeak.com"),
    ("Vantaggio Srl", "vantaggio.it"),
    ("Koru Digital", "korudigital.co.nz"),
    ("Baobab Microfinance", "baobabmf.co.ke"),
    ("Pacífico Seguros Generales", "pacificoseguros.mx"),
    ("Rooftop Robotics", "rooftoprobotics.ai"),
    ("Whitcombe & Daly LLP", "whitcombedaly.com"),
    ("Stillwater Veterinary Clinic", "stillwatervet.com"),
    ("Quantaform", "quantaform.dev"),
    ("Harbor & Pine Realty", "harborpine.com"),
    ("Jalan Raya Travel", "jalanraya.co.id"),
    ("Ankara Yazılım A.Ş.", "ankarayazilim.com.tr"),
    ("Vistula Media", "vistulamedia.pl"),
    ("Polder Energie B.V.", "polderenergie.nl"),
    ("Saigon Fresh Foods", "saigonfresh.vn"),
    ("Bayanihan Outsourcing Inc.", "bayanihan-bpo.ph"),
    ("Acacia Health Partners", "acaciahealth.org"),
    ("Fernhill Veterinary", "fernhillvet.ie"),
    ("Ridgeback Security", "ridgebacksec.com"),
    ("Lumen Learning Co.", "lumenlearning.co"),
    ("Tasman Freight", "tasmanfreight.com.au"),
    ("Casa Nostra Pizzeria", "casanostrapizza.com"),
    ("Ironbridge Capital", "ironbridgecap.com"),
    ("Sable & Co. Bakery", "sablebakery.com"),
    ("Pinnacle Staffing", "pinnaclestaffing.com"),
    ("Evergreen Senior Living", "evergreenliving.org"),
    ("Zenith Motors", "zenithmotors.co.za"),
]

#: city names, unlabeled when they stand alone (some read like given names on purpose)
CITIES: dict[str, list[str]] = {
    "us": [
        "Austin",
        "Denver",
        "Columbus",
        "Charlotte",
        "Savannah",
        "Madison",
        "Phoenix",
        "Portland",
        "Raleigh",
        "Tucson",
        "Boise",
        "Omaha",
        "Florence",
        "Jackson",
        "Eugene",
        "Tyler",
        "Beverly Hills",
        "Virginia Beach",
        "Lafayette",
    ],
    "gb": [
        "Leeds",
        "Bristol",
        "Manchester",
        "Glasgow",
        "Cardiff",
        "Norwich",
        "Sheffield",
        "Brighton",
        "Exeter",
        "York",
        "Swansea",
    ],
    "ca": ["Toronto", "Calgary", "Halifax", "Winnipeg", "Victoria", "Ottawa", "Kelowna", "Regina"],
    "au": [
        "Brisbane",
        "Perth",
        "Adelaide",
        "Hobart",
        "Geelong",
        "Darwin",
        "Sydney",
        "Alice Springs",
    ],
    "nz": ["Wellington", "Hamilton", "Dunedin", "Tauranga", "Nelson", "Napier"],
    "ie": ["Cork", "Galway", "Limerick", "Waterford", "Kilkenny"],
    "in": ["Pune", "Chennai", "Jaipur", "Kochi", "Lucknow", "Indore", "Bengaluru"],
    "ng": ["Ibadan", "Enugu", "Kano", "Port Harcourt", "Abeokuta"],
    "za": ["Durban", "Gqeberha", "Bloemfontein", "Stellenbosch", "Polokwane"],
    "gh": ["Kumasi", "Tamale", "Cape Coast", "Takoradi"],
    "ken": ["Nakuru", "Kisumu", "Eldoret", "Mombasa"],
    "ke": ["Nakuru", "Kisumu", "Eldoret", "Mombasa", "Nyeri"],
    "tz": ["Arusha", "Dodoma", "Mwanza", "Zanzibar"],
    "phe": ["Cebu", "Davao", "Iloilo", "Baguio"],
    "ph": ["Cebu", "Davao", "Iloilo", "Baguio", "Pasig"],
    "sg": ["Singapore"],
    "de": ["Leipzig", "Bremen", "Freiburg", "Nürnberg", "Kassel", "Heidelberg", "Rostock"],
    "at": ["Graz", "Linz", "Innsbruck", "Salzburg"],
    "ch": ["Basel", "Bern", "Luzern", "Winterthur"],
    "fr": ["Lyon", "Nantes", "Rennes", "Toulouse", "Lille", "Grenoble", "Brest"],
    "be": ["Gent", "Antwerpen", "Leuven", "Brugge"],
    "es": ["Valencia", "Zaragoza", "Bilbao", "Sevilla", "Girona", "Málaga"],
    "mx": ["Guadalajara", "Monterrey", "Puebla", "Mérida", "Querétaro"],
    "ar": ["Rosario", "Córdoba", "Mendoza", "Salta"],
    "co": ["Medellín", "Cali", "Barranquilla", "Bucaramanga"],
    "br": ["Curitiba", "Recife", "Fortaleza", "Porto Alegre", "Belo Horizonte", "Florianópolis"],
    "pt": ["Porto", "Braga", "Coimbra", "Faro", "Aveiro"],
    "it": ["Bologna", "Torino", "Verona", "Bari", "Padova", "Firenze"],
    "nl": ["Utrecht", "Groningen", "Eindhoven", "Leeuwarden", "Zwolle"],
    "pl": ["Kraków", "Gdańsk", "Wrocław", "Poznań", "Lublin"],
    "tr": ["İzmir", "Bursa", "Eskişehir", "Antalya", "Trabzon"],
    "vn": ["Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng", "Nha Trang"],
    "id": ["Bandung", "Yogyakarta", "Surabaya", "Semarang", "Malang"],
    "se": ["Göteborg", "Malmö", "Uppsala"],
    "fi": ["Tampere", "Turku", "Oulu"],
    "cz": ["Brno", "Ostrava", "Plzeň"],
    "ro": ["Cluj-Napoca", "Iași", "Timișoara"],
    "hu": ["Debrecen", "Szeged", "Pécs"],
}

#: own address parts for countries without a usable Faker address layout
ADDR: dict[str, dict] = {
    "tr": {
        "streets": [
            "Cumhuriyet Cad.",
            "Atatürk Bulvarı",
            "Gül Sok.",
            "İnönü Cad.",
            "Bağdat Cad.",
            "Menekşe Sok.",
            "Zübeyde Hanım Cad.",
        ],
        "areas": ["Caferağa", "Kızılay", "Bahçelievler", "Alsancak", "Kavaklıdere", "Fenerbahçe"],
        "districts": ["Kadıköy", "Çankaya", "Konak", "Nilüfer", "Muratpaşa", "Beşiktaş"],
        "cities": [
            ("İstanbul", "34###"),
            ("Ankara", "06###"),
            ("İzmir", "35###"),
            ("Bursa", "16###"),
            ("Antalya", "07###"),
        ],
    },
    "vn": {
        "streets": [
            "Phố Huế",
            "đường Lê Lợi",
            "đường Nguyễn Trãi",
            "phố Hàng Bông",
            "đường Trần Hưng Đạo",
            "đường Võ Văn Tần",
        ],
        "areas": ["Bến Nghé", "Ngô Thì Nhậm", "Phạm Ngũ Lão", "Thạch Thang", "Cửa Nam"],
        "districts": ["1", "3", "Hai Bà Trưng", "Hoàn Kiếm", "Hải Châu", "Bình Thạnh"],
        "cities": [("Hà Nội", ""), ("TP. Hồ Chí Minh", ""), ("Đà Nẵng", "")],
    },
    "id": {
        "streets": [
            "Melati",
            "Diponegoro",
            "Kenanga",
            "Gatot Subroto",
            "Cendrawasih",
            "Sudirman",
            "Mawar Indah",
        ],
        "areas": ["Sukajadi", "Menteng", "Kebayoran Baru", "Gubeng", "Lowokwaru", "Caturtunggal"],
        "districts": ["Sukasari", "Setiabudi", "Tegalsari", "Depok", "Coblong"],
        "cities": [
            ("Bandung", "40###"),
            ("Jakarta Selatan", "12###"),
            ("Surabaya", "60###"),
            ("Sleman", "55###"),
            ("Malang", "65###"),
        ],
    },
    "ph": {
        "streets": [
            "Sampaguita St.",
            "Rizal Ave.",
            "Mabini St.",
            "Kalayaan Ave.",
            "Narra St.",
            "Aguinaldo Highway",
        ],
        "areas": ["San Isidro", "Poblacion", "Bagong Silang", "Malinta", "Kamuning", "Lahug"],
        "districts": [],
        "cities": [
            ("Quezon City", "11##"),
            ("Makati City", "12##"),
            ("Cebu City", "6000"),
            ("Davao City", "8000"),
            ("Antipolo", "1870"),
        ],
    },
    "ke": {
        "streets": [
            "Ngong Road",
            "Moi Avenue",
            "Kenyatta Avenue",
            "Oginga Odinga Street",
            "Jogoo Road",
            "Kimathi Street",
        ],
        "areas": [],
        "districts": [],
        "cities": [
            ("Nairobi", "00100"),
            ("Nakuru", "20100"),
            ("Kisumu", "40100"),
            ("Mombasa", "80100"),
            ("Dar es Salaam", "11101"),
        ],
    },
    "mx": {
        "streets": [
            "Av. Insurgentes Sur",
            "Calle Reforma",
            "Av. Juárez",
            "Calle Hidalgo",
            "Calle Morelos",
            "Av. Vallarta",
        ],
        "areas": ["Del Valle", "Roma Norte", "Condesa", "Americana", "Centro", "Chapultepec"],
        "districts": [
            "Benito Juárez",
            "Cuauhtémoc",
            "Miguel Hidalgo",
            "Coyoacán",
            "Guadalajara, Jal.",
        ],
        "cities": [
            ("Ciudad de México, CDMX", "0####"),
            ("Guadalajara, Jal.", "44###"),
            ("Monterrey, N.L.", "64###"),
            ("Puebla, Pue.", "72###"),
        ],
    },
    "es": {
        "streets": [
            "Calle Mayor",
            "Avenida de la Constitución",
            "Calle de Alcalá",
            "Carrer de Mallorca",
            "Calle San Vicente",
            "Paseo de Gracia",
            "Calle Larios",
        ],
        "cities": [
            ("Madrid", "280##"),
            ("Barcelona", "080##"),
            ("Valencia", "460##"),
            ("Sevilla", "410##"),
            ("Bilbao", "480##"),
            ("Zaragoza", "500##"),
        ],
    },
    "be": {
        "streets": [
            "Kerkstraat",
            "Rue de la Loi",
            "Stationsstraat",
            "Avenue Louise",
            "Meir",
            "Veldstraat",
            "Grote Markt",
        ],
        "cities": [
            ("Gent", "9000"),
            ("Antwerpen", "2000"),
            ("Bruxelles", "1000"),
            ("Leuven", "3000"),
            ("Liège", "4000"),
        ],
    },
    "ng": {
        "streets": [
            "Adeola Odeku Street",
            "Allen Avenue",
            "Awolowo Road",
            "Herbert Macaulay Way",
            "Ogui Road",
            "Bode Thomas Street",
        ],
        "areas": ["Victoria Island", "Ikeja", "Surulere", "Wuse II", "GRA", "Lekki Phase 1"],
        "cities": [
            ("Lagos", ""),
            ("Abuja", ""),
            ("Enugu", ""),
            ("Ibadan", ""),
            ("Port Harcourt", ""),
        ],
    },
    "za": {
        "streets": [
            "Jacaranda Avenue",
            "Jan Smuts Avenue",
            "Long Street",
            "Florida Road",
            "Church Street",
            "Main Road",
        ],
        "areas": ["Sunnyside", "Rosebank", "Observatory", "Morningside", "Hatfield", "Sea Point"],
        "cities": [
            ("Pretoria 0002", ""),
            ("Johannesburg 2196", ""),
            ("Cape Town 8001", ""),
            ("Durban 4001", ""),
        ],
    },
    "gh": {
        "streets": [
            "Oxford Street",
            "Liberation Road",
            "Ring Road Central",
            "Spintex Road",
            "Independence Avenue",
        ],
        "areas": ["Osu", "East Legon", "Cantonments", "Adabraka", "Airport Residential Area"],
        "cities": [("Accra", ""), ("Kumasi", ""), ("Tema", "")],
    },
    "ie": {
        "streets": [
            "Main Street",
            "Dorset Street",
            "Shop Street",
            "O'Connell Avenue",
            "Church Road",
            "Griffith Avenue",
        ],
        "areas": ["Drumcondra", "Rathmines", "Salthill", "Ballincollig", "Castletroy"],
        "cities": [
            ("Dublin 9", ""),
            ("Co. Galway", ""),
            ("Cork", ""),
            ("Limerick", ""),
            ("Dublin 6", ""),
        ],
    },
    "sg": {
        "streets": [
            "Ang Mo Kio Avenue 3",
            "Tampines Street 21",
            "Jurong West Street 52",
            "Bedok North Road",
            "Toa Payoh Lorong 1",
        ],
        "areas": ["#05-112", "#11-34", "#02-07", "#14-221"],
        "cities": [("Singapore 560###", ""), ("Singapore 520###", ""), ("Singapore 640###", "")],
    },
    "gen": {
        "streets": ["Main Street", "Station Road", "Park Avenue", "High Street"],
        "areas": [],
        "cities": [("Springfield", "")],
    },
}
ADDR["ken"] = ADDR["tz"] = ADDR["ke"]
ADDR["phe"] = ADDR["ph"]

JIRA_KEYS = ["PAY", "CORE", "WEB", "OPS", "DATA", "MOB", "INFRA", "CRM", "SUP", "BILL", "API"]
AIRLINE_CODES = [
    "LH",
    "BA",
    "AF",
    "KL",
    "TK",
    "QR",
    "EK",
    "DL",
    "UA",
    "AA",
    "AC",
    "QF",
    "NZ",
    "SQ",
    "ET",
    "KQ",
    "VN",
    "GA",
    "PR",
    "LA",
    "IB",
    "LX",
    "OS",
    "LO",
    "TP",
]
AIRPORTS = [
    "FRA",
    "LHR",
    "CDG",
    "AMS",
    "IST",
    "DOH",
    "DXB",
    "ATL",
    "ORD",
    "JFK",
    "SFO",
    "YYZ",
    "SYD",
    "AKL",
    "SIN",
    "ADD",
    "NBO",
    "SGN",
    "CGK",
    "MNL",
    "GRU",
    "MAD",
    "ZRH",
    "VIE",
    "WAW",
    "LIS",
    "LOS",
    "ACC",
    "JNB",
    "BOM",
]

FILLERS: dict[str, list[str]] = {
    "product": [
        "Aurora X2 standing desk",
        "Pulse 5 wireless earbuds",
        "ThermoGuard kettle",
        "Nimbus 14 laptop",
        "TrailRunner GTX shoes",
        'ClearView 27" monitor',
        "Breeze air purifier",
        "Luna sleep mask",
        "Orbit robot vacuum",
        "Summit 40L backpack",
        "Halo smart doorbell",
        "Terra cast-iron skillet",
    ],
    "job": [
        "Senior Data Engineer",
        "Registered Nurse",
        "Operations Manager",
        "Frontend Developer",
        "Account Executive",
        "Warehouse Supervisor",
        "Product Designer",
        "Financial Analyst",
        "Customer Success Lead",
        "Site Reliability Engineer",
        "High School Chemistry Teacher",
        "Paralegal",
        "Line Cook",
        "Logistics Coordinator",
    ],
    "team": [
        "Platform",
        "Payments",
        "Growth",
        "Mobile",
        "Data Infrastructure",
        "Customer Care",
        "Risk",
        "Search",
    ],
    "dept": [
        "Finance",
        "Human Resources",
        "Facilities",
        "Legal",
        "Procurement",
        "Marketing",
        "IT Service Desk",
    ],
    "school": [
        "Riverside High School",
        "St. Brendan's Primary",
        "Maple Grove Elementary",
        "Westbrook Academy",
        "Lakeview Middle School",
        "Greenfield Montessori",
    ],
    "univ": [
        "University of Leeds",
        "TU Delft",
        "University of Nairobi",
        "McGill University",
        "Universidad de Chile",
        "Ateneo de Manila University",
        "Universitas Gadjah Mada",
        "University of Auckland",
        "Arizona State University",
    ],
    "hotel": [
        "Harbourview Suites",
        "Hotel Palma Real",
        "The Linden House",
        "Ibis Styles Centre",
        "Seabreeze Resort",
        "Grand Alpine Lodge",
    ],
    "airline": [
        "Lufthansa",
        "Turkish Airlines",
        "Qatar Airways",
        "Air Canada",
        "Kenya Airways",
        "Vietnam Airlines",
        "Philippine Airlines",
        "KLM",
        "LATAM",
        "Air New Zealand",
    ],
    "bank": [
        "Sunfield Credit Union",
        "First Meridian Bank",
        "Banco Ribera",
        "Nordhavn Sparekasse",
        "Crescent National Bank",
        "Unity Savings",
    ],
    "insurer": [
        "Kestrel Home Insurance",
        "Pacífico Seguros Generales",
        "Shieldway Mutual",
        "Harbor Life & Casualty",
        "Allmark Assurance",
    ],
    "clinic": [
        "Riverside Family Practice",
        "Cedar Hill Medical Centre",
        "Northgate Urgent Care",
        "Bayview Pediatrics",
        "Lakeside Orthopaedics",
    ],
    "state": [
        "Georgia",
        "Virginia",
        "Carolina",
        "Washington",
        "Montana",
        "Nevada",
        "Oregon",
        "Ohio",
        "Texas",
        "Maryland",
    ],
    "country": [
        "Jordan",
        "Chad",
        "Georgia",
        "Kenya",
        "Portugal",
        "Vietnam",
        "Peru",
        "Mongolia",
        "Ireland",
        "Ghana",
        "Canada",
        "Chile",
    ],
    "host": [
        "api.internal.example",
        "db-primary-02",
        "cache-eu-west-1b",
        "ingest-worker-7",
        "edge-fra-03",
        "build-runner-12",
        "auth-svc.prod.local",
    ],
    "url": [
        "https://docs.python.org/3/library/asyncio.html",
        "https://react.dev/reference/react/useEffect",
        "https://kubernetes.io/docs/concepts/workloads/pods/",
        "https://www.postgresql.org/docs/current/indexes.html",
        "https://developer.mozilla.org/en-US/docs/Web/CSS/flex",
    ],
    "lib": [
        "requests",
        "numpy",
        "pandas",
        "fastapi",
        "pydantic",
        "sqlalchemy",
        "boto3",
        "httpx",
        "celery",
        "redis",
        "jinja2",
        "django",
        "flask",
        "pytest",
    ],
    "model": [
        "gpt-4o-mini",
        "gpt-4.1",
        "claude-3-5-sonnet-latest",
        "llama-3.1-70b-instruct",
        "mistral-large-latest",
        "gemini-1.5-pro",
        "qwen2.5-72b-instruct",
    ],
    "pet": ["Biscuit", "Mochi", "Pepper", "Luna", "Bruno", "Nala", "Simba", "Pixel", "Waffles"],
    "dish": [
        "jollof rice",
        "shakshuka",
        "pad see ew",
        "chicken adobo",
        "pierogi",
        "feijoada",
        "pho",
        "bigos",
        "nasi goreng",
        "mole poblano",
    ],
    "car": [
        "2017 Honda Civic",
        "2020 Toyota RAV4",
        "2015 Ford Focus",
        "2019 VW Golf",
        "2022 Kia Sportage",
        "2012 Subaru Outback",
    ],
    "language": ["Python", "TypeScript", "Go", "Rust", "Kotlin", "Java", "C#", "Ruby"],
    "dept_med": [
        "cardiology",
        "dermatology",
        "orthopaedics",
        "physiotherapy",
        "endocrinology",
        "ENT",
    ],
    "drug": [
        "amoxicillin 500 mg",
        "metformin 850 mg",
        "lisinopril 10 mg",
        "atorvastatin 20 mg",
        "sertraline 50 mg",
        "levothyroxine 75 mcg",
        "ibuprofen 400 mg",
    ],
    "church": [
        "St. Mark's Parish",
        "Grace Fellowship Church",
        "Holy Trinity Church",
        "Bethel Assembly",
        "Our Lady of Lourdes",
    ],
    "venue": [
        "The Old Mill",
        "Riverside Pavilion",
        "Hacienda Los Olivos",
        "The Glasshouse",
        "Community Hall on 3rd",
        "Villa Aurelia",
    ],
    "club": [
        "Eastside Runners",
        "Northgate FC U12",
        "Thursday Book Club",
        "Harbour Rowing Club",
        "Riverside Chess Club",
    ],
}

#: system prompts of wrapped API calls (JSON-safe, no personal data)
SYSTEM_PROMPTS = [
    "You are a helpful assistant.",
    "You are a concise assistant. Answer in the language of the user.",
    "You are an expert editor. Keep the author's voice and fix only what is wrong.",
    "You summarize documents for busy professionals. Use bullet points.",
    "You are a customer support assistant for an online store. Be polite and brief.",
    "Extract the requested fields and return valid JSON only.",
    "You are a senior software engineer reviewing code. Be direct.",
    "Translate faithfully. Do not add explanations.",
]

# ==============================================================================================
# Texts with no personal data at all: (country, template). Near-misses are intended.
# ==============================================================================================

CLEAN: list[tuple[str, str]] = [
    (
        "en",
        r"""
why does this raise KeyError on the second call? i thought setdefault handles it

```python
from collections import defaultdict

def bucket(events):
    out = {}
    for ev in events:
        key = (ev["region"], ev["kind"])
        out.setdefault(key, []).append(ev["value"])
    return {k: sum(v) / len(v) for k, v in out.items()}

stats = bucket(load_events("2024-q1.jsonl"))
print(stats[("eu-west", "latency")])
```

Traceback (most recent call last):
  File "report.py", line 14, in <module>
    print(stats[("eu-west", "latency")])
KeyError: ('eu-west', 'latency')
""",
    ),
    (
        "en",
        r"""
Exception in thread "main" java.lang.NullPointerException: Cannot invoke "com.acme.billing.Invoice.getLines()" because "invoice" is null
	at com.acme.billing.InvoiceService.total(InvoiceService.java:88)
	at com.acme.billing.InvoiceService.lambda$closeMonth$2(InvoiceService.java:142)
	at java.base/java.util.stream.ReferencePipeline$3$1.accept(ReferencePipeline.java:197)
	at java.base/java.util.ArrayList$ArrayListSpliterator.forEachRemaining(ArrayList.java:1625)
	at com.acme.billing.Main.main(Main.java:31)

This started after we upgraded to Spring Boot ⟦ver⟧. The repository returns Optional<Invoice> now. What's the cleanest fix?
""",
    ),
    (
        "en",
        r"""
Can you explain why my useEffect runs twice in development?

```tsx
export function Orders({ status }: { status: string }) {
  const [rows, setRows] = useState<Order[]>([]);
  useEffect(() => {
    fetch(`/api/orders?status=${status}`)
      .then((r) => r.json())
      .then(setRows);
  }, [status]);
  return <OrderTable rows={rows} />;
}
```

I'm on React 18 with StrictMode. Should I add an AbortController?
""",
    ),
    (
        "en",
        r"""
This query takes 14 seconds on ~40M rows. Postgres 15.

SELECT date_trunc('day', created_at) AS d, count(*)
FROM events
WHERE tenant_id = $1 AND created_at >= now() - interval '30 days'
GROUP BY 1 ORDER BY 1;

EXPLAIN says: Seq Scan on events (cost=0.00..1893422.10 rows=412003 width=8)
  Filter: ((tenant_id = 42) AND (created_at >= (now() - '30 days'::interval)))

We have an index on created_at alone. Would a composite (tenant_id, created_at) help or should I partition by month?
""",
    ),
    (
        "en",
        r"""
my pod keeps going into CrashLoopBackOff and the logs are empty. manifest:

apiVersion: apps/v1
kind: Deployment
metadata:
  name: ingest-worker
spec:
  replicas: 3
  selector:
    matchLabels: {app: ingest-worker}
  template:
    metadata:
      labels: {app: ingest-worker}
    spec:
      containers:
        - name: worker
          image: registry.example.com/ingest-worker:⟦ver⟧
          command: ["python", "-m", "worker"]
          resources:
            limits: {memory: "256Mi", cpu: "500m"}
          envFrom:
            - secretRef: {name: ingest-env}

kubectl describe shows "Last State: Terminated, Reason: OOMKilled, Exit Code: 137". how much memory should i give it?
""",
    ),
    (
        "en",
        r"""
Rust question: why does the borrow checker complain here?

fn longest_line(lines: &Vec<String>) -> &str {
    let mut best = String::new();
    for l in lines {
        if l.len() > best.len() { best = l.clone(); }
    }
    &best
}

error[E0515]: cannot return reference to local variable `best`
  --> src/main.rs:6:5

I come from Python so lifetimes are new to me. Also is there a way to do this without cloning?
""",
    ),
    (
        "en",
        r"""
goroutine 1 [running]:
main.(*Cache).Get(0x0, {0xc000012345, 0x8})
	/app/cache.go:41 +0x1d
main.handler({0x7f3a2c, 0xc0000a6000}, 0xc0000b2100)
	/app/main.go:77 +0x8b
net/http.HandlerFunc.ServeHTTP(...)
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x4a1b3d]

I initialize the cache in init() but only if CACHE_URL is set. How do I make handler safe when it isn't?
""",
    ),
    (
        "en",
        r"""
Give me a weeknight recipe using jasmine rice, coconut milk, and whatever vegetables keep well. I have lemongrass, bok choy, a red pepper, and some frozen edamame. No fish sauce (allergy). Serves 4, under 40 minutes. Also: can I cook jasmine rice in the rice cooker with coconut milk or will it burn?
""",
    ),
    (
        "en",
        r"""
Evaluate the integral of x^2 * e^(-x) from 0 to infinity, and show each integration by parts step. Then tell me how it relates to the Gamma function, and what Γ(n+1) = n! means for non-integer n like 2.5.
""",
    ),
    (
        "en",
        r"""
Compare these three laptops for a student doing light ML work (mostly Colab, some local pandas):
1. Nimbus 14 — Ryzen 7 7840U, 16 GB, 512 GB, 1.3 kg, ⟦amount⟧
2. Vector Pro 15 — Core Ultra 7 155H, 32 GB, 1 TB, RTX 4050, 2.1 kg
3. MacBook Air 13 M3 — 16 GB, 512 GB, 1.24 kg
Battery life matters most, then weight. Table please.
""",
    ),
    (
        "en",
        r"""
Help me pin versions, pip-compile keeps failing with a resolver conflict:

fastapi==0.111.0
pydantic>=2.7
sqlalchemy[asyncio]==2.0.30
alembic
httpx
uvicorn[standard]
celery[redis]==5.4.0
kombu<5.3

ERROR: Cannot install celery[redis]==5.4.0 and kombu<5.3 because these package versions have conflicting dependencies.
""",
    ),
    (
        "en",
        r"""
Write a changelog entry for version ⟦ver⟧ from these commits. Group by Added / Fixed / Changed, one line each, no hashes.

⟦sha⟧ feat(export): stream parquet files instead of buffering in memory
⟦sha⟧ fix(auth): refresh token no longer expires one hour early in UTC+ zones
⟦sha⟧ chore(deps): bump pyarrow from 15.0.2 to 16.1.0
⟦sha⟧ fix(ui): date picker respected locale only on first render
⟦sha⟧ refactor(storage): split S3 and GCS backends into separate modules
⟦sha⟧ feat(cli): add --dry-run to the purge command
⟦sha⟧ docs: document retention settings
""",
    ),
    (
        "en",
        r"""
How does an Amber Alert actually get pushed to phones? I was in Georgia last week (the state, near Savannah) and every phone in the restaurant went off at once. Is it cell broadcast, and can an app block it? Also is it the same system as the hurricane warnings?
""",
    ),
    (
        "en",
        r"""
I need a regex that matches lines like these and captures the level, module and duration:

[WARN] scheduler.tick took 1843ms (budget 1000ms)
[INFO] cache.refresh took 12ms (budget 250ms)
[ERROR] export.flush took 30211ms (budget 5000ms)

Python flavour. Bonus: only lines where duration > budget, if that's even possible with regex (I suspect not).
""",
    ),
    (
        "en",
        r"""
Translate this product description into Spanish (Mexico) and keep the bullet formatting:

Summit 40L Backpack
- Water-resistant recycled nylon shell
- Padded sleeve fits laptops up to 16"
- Hip belt with two zip pockets
- Lifetime warranty on zips and buckles
Perfect for weekend trips or a daily commute that involves stairs.
""",
    ),
    (
        "en",
        r"""
In Excel I have dates in column A, store codes in B and sales in C. I want a formula in F2 that sums sales for the store in E2 for the same ISO week as the date in D2. SUMIFS with WEEKNUM doesn't work because WEEKNUM isn't allowed inside criteria. Is there a way without a helper column? We're on Microsoft 365 so LET/LAMBDA are fine.
""",
    ),
    (
        "en",
        r"""
flexbox question: I want the footer to stick to the bottom when the content is short, but scroll normally when it's long.

<body>
  <header>…</header>
  <main class="content">…</main>
  <footer>…</footer>
</body>

body { display: flex; flex-direction: column; }
main { flex: 1; }

It works in Chrome but in Safari the footer overlaps main when the page is long. What am I missing? min-height: 100vh somewhere?
""",
    ),
    (
        "en",
        r"""
server {
    listen 443 ssl http2;
    server_name shop.example.com;
    ssl_certificate     /etc/letsencrypt/live/shop.example.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/shop.example.com/privkey.pem;

    location /api/ {
        proxy_pass http://upstream_api;
        proxy_set_header Host $host;
        proxy_read_timeout 60s;
    }
    location / {
        root /var/www/shop/dist;
        try_files $uri /index.html;
    }
}

Websocket connections to /api/live drop after exactly 60 seconds. What headers am I missing?
""",
    ),
    (
        "en",
        r"""
name: ci
on:
  pull_request:
  push:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python: ["3.11", "3.12"]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "${{ matrix.python }}"}
      - run: pip install -r requirements-dev.lock
      - run: pytest -q -n auto

The cache for pip never hits. How do I add caching keyed on the lock file? And can I skip the 3.11 job on drafts?
""",
    ),
    (
        "en",
        r"""
I have a DataFrame like this:

region   product        units  revenue
North    Aurora desk      12    5388.0
North    Orbit vacuum      4    1196.0
South    Aurora desk       7    3143.0
South    Luna mask        55     494.5
West     Orbit vacuum      9    2691.0

How do I get, per region, the product with the highest revenue and its share of the region total, in one chain? pandas 2.2.
""",
    ),
    (
        "en",
        r"""
Write a short poem (8–12 lines) that plays on the two meanings of rust: the programming language that refuses to let you shoot yourself in the foot, and the orange bloom on an old bicycle left out in the rain. Keep it light, no rhyming couplets please.
""",
    ),
    (
        "en",
        r"""
Explain quantum entanglement to a curious 14-year-old without using the phrase "spooky action at a distance". Use one everyday analogy and then say clearly where the analogy breaks down. Keep it under 300 words.
""",
    ),
    (
        "en",
        r"""
Summarize the following in three bullet points for a newsletter:

The eruption began shortly after midnight local time when a fissure roughly two kilometres long opened on the volcano's northern flank. Lava fountains reached heights of 50 metres during the first hours before activity settled into several discrete vents. Authorities closed the coastal road as a precaution, and air quality monitors downwind recorded elevated sulphur dioxide levels through the following afternoon. Geologists noted that ground deformation had been building for three weeks, consistent with magma accumulating at shallow depth. No damage to infrastructure has been reported, and flights at the regional airport continue as scheduled.
""",
    ),
    (
        "en",
        r"""
Make me a 5-day meal plan for two adults, vegetarian, high protein (~120 g/day each), budget around ⟦amount⟧ for the week. We like ⟦dish⟧, lentil soups and anything with chickpeas. Include a shopping list grouped by aisle and note which lunches can be batch-cooked on Sunday.
""",
    ),
    (
        "en",
        r"""
I'm 38, desk job, can do 3 sessions a week of 45 minutes at a basic gym (dumbbells to 30 kg, cable machine, rower). Goal: lose the back pain and get stronger, not bulk. Give me a 6-week progression with sets/reps and what to do if a lift hurts my lower back.
""",
    ),
    (
        "en",
        r"""
Draft a one-page business plan outline for a small sourdough bakery in ⟦city⟧. Assume 2 staff, a 40 m² shopfront, wholesale to three cafés plus counter sales. I need: startup cost estimate categories, a break-even calculation template, and the three biggest risks. No fluff.
""",
    ),
    (
        "en",
        r"""
Give me 12 interview questions for a mid-level data engineer: 4 on SQL/modeling, 4 on pipelines (Airflow/dbt/Spark), 2 on debugging production incidents, 2 behavioral. For each, what a strong answer includes and one red flag.
""",
    ),
    (
        "en",
        r"""
Write a launch email for our new Halo smart doorbell. Audience: existing customers who own our cameras. Tone: friendly, not salesy. Include: 2K video, works without subscription for the first 30 days, 20% off until ⟦date⟧. Subject line options x3. Start with "Hi there," — no personalization tokens.
""",
    ),
    (
        "en",
        r"""
pip install keeps failing on the M2 mac:

  Building wheel for grpcio (pyproject.toml) ... error
  error: subprocess-exited-with-error
  × Building wheel for grpcio (pyproject.toml) did not run successfully.
  │ exit code: 1
  ╰─> clang: error: the clang compiler does not support '-march=armv8-a+crc'
  note: This error originates from a subprocess, and is likely not a problem with pip.

Python 3.12 from pyenv. Should I use the conda one or just pin an older grpcio with a wheel?
""",
    ),
    (
        "en",
        r"""
Chemistry homework check: how many grams of CO2 are produced when 25.0 g of propane (C3H8) burns completely in excess oxygen? My answer is 74.9 g. Please show the balanced equation and the mole ratio so I can see if I made a mistake with significant figures.
""",
    ),
    (
        "en",
        r"""
Resolve this merge conflict. I want both the new retry logic and the timeout change:

<<<<<<< HEAD
    resp = client.post(url, json=payload, timeout=30)
    resp.raise_for_status()
=======
    for attempt in range(3):
        resp = client.post(url, json=payload, timeout=10)
        if resp.status_code < 500:
            break
        time.sleep(2 ** attempt)
>>>>>>> feature/retries
""",
    ),
    (
        "en",
        r"""
Planning 10 days in ⟦country⟧ in late ⟦month⟧. Is that a good time weather-wise? We like hiking, old towns, and food markets, and we don't drive. Suggest a rough route by bus/train with number of nights per stop, and flag anything that needs booking months ahead.
""",
    ),
    (
        "en",
        r"""
{
  "catalog_version": "⟦ver⟧",
  "generated_at": "⟦ts⟧",
  "items": [
    {"sku": "AUR-X2-OAK", "name": "Aurora X2 standing desk", "price": 449.0, "stock": 38},
    {"sku": "PLS-5-BLK", "name": "Pulse 5 wireless earbuds", "price": 89.99, "stock": 0},
    {"sku": "HAL-DB-2K", "name": "Halo smart doorbell", "price": 129.0, "stock": 212}
  ]
}

Write a TypeScript type for this and a zod schema that rejects negative stock.
""",
    ),
    (
        "en",
        r"""
These are from our API gateway. Why would p99 jump like this with the same traffic?

⟦ts⟧ level=info route=/v1/search status=200 dur_ms=41 req_id=⟦uuid⟧
⟦ts⟧ level=info route=/v1/search status=200 dur_ms=38 req_id=⟦uuid⟧
⟦ts⟧ level=warn route=/v1/search status=200 dur_ms=2204 req_id=⟦uuid⟧ note="cold cache"
⟦ts⟧ level=error route=/v1/export status=504 dur_ms=30001 req_id=⟦uuid⟧ upstream=⟦host⟧
⟦ts⟧ level=info route=/v1/search status=200 dur_ms=44 req_id=⟦uuid⟧
""",
    ),
    (
        "en",
        r"""
LaTeX: how do I make this table fit the column width in a two-column IEEE paper without shrinking the font to unreadable?

\begin{table}[t]
\centering
\begin{tabular}{lcccc}
\toprule
Method & Precision & Recall & F1 & Latency (ms) \\
\midrule
Baseline & 0.81 & 0.74 & 0.77 & 12 \\
Ours (small) & 0.86 & 0.83 & 0.84 & 19 \\
Ours (large) & 0.89 & 0.87 & 0.88 & 61 \\
\bottomrule
\end{tabular}
\end{table}
""",
    ),
    (
        "en",
        r"""
#!/usr/bin/env bash
set -euo pipefail
for f in ./exports/*.csv; do
  name=$(basename "$f" .csv)
  gzip -c "$f" > "/backup/${name}_$(date +%F).csv.gz"
done
find /backup -name '*.csv.gz' -mtime +14 -delete

cron runs it but nothing shows up in /backup; running it by hand works. cron line is `0 2 * * * /opt/scripts/rotate.sh`. what's different under cron?
""",
    ),
    (
        "en",
        r"""
Steps to reproduce:
1. Open Settings → Notifications on Android 14 (Pixel 7).
2. Turn off "Weekly digest", leave "Mentions" on.
3. Kill the app and reopen.
Expected: digest stays off.
Actual: digest is back on after restart; mentions unaffected.
App version ⟦ver⟧ (build ⟦num2⟧). Does not reproduce on iOS. Started after the settings screen was migrated to Compose.
Can you help me write the likely root cause section for this ticket?
""",
    ),
    (
        "en",
        r"""
Design a color palette for a finance dashboard using these token names: amber-500 for warnings, ruby-600 for losses, jade-500 for gains, olive-700 for neutral text, and a slate background. Give hex values that pass WCAG AA on white and on #0f172a, and tell me which pairs fail.
""",
    ),
    (
        "en",
        r"""
Our Jenkins pipeline takes 40 minutes and most of it is the Docker build. Would moving to GitHub Actions with buildx cache actually help, or should we first split the image into a base layer with the system deps? Current Dockerfile installs gcc, libpq-dev and then runs pip install with no cache mount.
""",
    ),
    (
        "en",
        r"""
Gardening question: I'm planting rose bushes, holly, heather and a row of iris bulbs along a north-facing fence in clay soil. Which of these will struggle, and what should I mix into the soil first? Zone 7b. Also when should the daisy seeds go in?
""",
    ),
    (
        "en",
        r"""
Is it safe to use a Bayesian A/B test with a Beta(1,1) prior when one variant has only 40 conversions? Our PM wants to stop the test as soon as P(B > A) > 0.95. Explain the peeking problem and whether it applies to the Bayesian version, with a short Python simulation.
""",
    ),
    (
        "en",
        r"""
Can Alexa and Siri share a smart home setup? I have Hue bulbs, an Ecobee thermostat and a Yale lock. I'd like voice control from both an Echo Dot in the kitchen and HomePod mini in the bedroom. Which hub or Matter bridge makes this least painful?
""",
    ),
    (
        "en",
        r"""
Convert this weather CSV into a markdown table and add a column with the daily range:

date,station,t_min,t_max,precip_mm
⟦date_iso⟧,⟦city⟧-AP,3.1,11.4,0.0
⟦date_iso⟧,⟦city⟧-AP,4.8,9.9,6.2
⟦date_iso⟧,⟦city⟧-AP,-0.5,7.3,0.4
⟦date_iso⟧,⟦city⟧-AP,1.2,12.8,0.0
""",
    ),
    (
        "en",
        r"""
System prompt draft for our support bot — please tighten it:

"You are the help assistant for ⟦company⟧. Answer questions about orders, shipping and returns. If the user asks about anything else, politely decline. Never promise refunds; instead, explain the 30-day return policy and offer to open a ticket. If the user is angry, acknowledge it once, then move to solutions. Keep replies under 120 words. Do not ask for card numbers or passwords."
""",
    ),
    (
        "en",
        r"""
Apply a Fourier transform to a sensor signal sampled at 500 Hz with numpy, find the dominant frequency, and plot the magnitude spectrum with matplotlib. The signal has a DC offset and a 50 Hz mains hum I want to notch out first. Keep it to one script.
""",
    ),
    (
        "en",
        r"""
terraform plan output, I don't understand why it wants to replace the database:

  # aws_db_instance.main must be replaced
-/+ resource "aws_db_instance" "main" {
      ~ engine_version          = "15.5" -> "16.3" # forces replacement
      ~ id                      = "prod-main" -> (known after apply)
        instance_class          = "db.r6g.large"
      ~ storage_encrypted       = false -> true # forces replacement
    }

Plan: 1 to add, 0 to change, 1 to destroy.

How do I do the major version upgrade and turn on encryption without losing data?
""",
    ),
    (
        "en",
        r"""
Book club picks for next season — give me a 2-sentence pitch for each and sort them from lightest to heaviest read: "The Remains of the Day", "Never Let Me Go", "Station Eleven", "The Overstory", "Tomorrow, and Tomorrow, and Tomorrow", "Small Things Like These". We meet monthly so we need six.
""",
    ),
    (
        "en",
        r"""
Write SQL to find customers whose order count dropped by more than 50% quarter over quarter. Tables: orders(order_id, customer_id, created_at, total), customers(customer_id, segment, created_at). Use window functions, Postgres dialect, and exclude customers younger than two quarters.
""",
    ),
    (
        "de",
        r"""
Kannst du mir erklären, warum mein Sauerteig nach 12 Stunden immer noch nicht aufgeht? Mehl: Roggen 1150, Wasser 30 °C, Anstellgut aus dem Kühlschrank. Die Küche hat etwa 19 Grad. Lohnt sich ein Gärkörbchen oder liegt es am Anstellgut?
""",
    ),
    (
        "es",
        r"""
¿Me ayudas a escribir una función en Python que lea un CSV de ventas con separador punto y coma, convierta la columna "importe" de formato europeo (1.234,56) a float y devuelva el total por mes? Uso pandas 2.x y los archivos vienen en latin-1.
""",
    ),
    (
        "fr",
        r"""
Quelle est la différence entre « passé composé » et « imparfait » dans une phrase comme « Quand je suis arrivé, il pleuvait » ? Donne-moi cinq exemples courts et un petit exercice de traduction avec corrigé.
""",
    ),
    (
        "pt",
        r"""
Preciso de um script em JavaScript que valide um formulário de cadastro: campos obrigatórios, senha com no mínimo 10 caracteres e confirmação de senha igual. Sem bibliotecas externas, e as mensagens de erro devem aparecer abaixo de cada campo.
""",
    ),
    (
        "id",
        r"""
Tolong jelaskan perbedaan antara REST dan GraphQL untuk aplikasi mobile dengan koneksi internet yang lambat. Mana yang lebih hemat kuota dan kenapa? Berikan contoh query sederhana untuk mengambil daftar produk.
""",
    ),
    (
        "en",
        r"""
Our Sentry is full of this, only on Windows 11:

OSError: [WinError 32] The process cannot access the file because it is being used by another process: 'C:\\ProgramData\\Tally\\cache\\index.db'
  File "tally/cache.py", line 212, in compact
    os.replace(tmp_path, self.path)

Happens when the antivirus scans the file at the same time. Is retrying with backoff the usual fix, or is there a better Windows API?
""",
    ),
    (
        "en",
        r"""
What's the difference between Gaussian process regression and kriging, if any? I'm interpolating soil moisture from 60 irregular sensor points. Recommend a Python library and a kernel choice to start with.
""",
    ),
    (
        "en",
        r"""
Create a packing list for a week of hiking in the Scottish Highlands in ⟦month⟧, staying in bothies and one hostel. I'm carrying everything, target base weight under 8 kg. Include what I can skip if the forecast looks dry.
""",
    ),
]

# ==============================================================================================
# Casual chat (mostly lowercased after filling)
# ==============================================================================================

CHAT: list[tuple[str, str]] = [
    (
        "en",
        r"""ok so my roommate ⟦p1.first⟧ keeps eating my leftovers and then acting like nothing happened. how do i bring it up without it getting weird, we still have 7 months on the lease""",
    ),
    (
        "en",
        r"""can u help me write a bday msg for my gf? her name is ⟦f1.first⟧, she turns 25 tmrw and we met at a ⟦~karaoke bar;climbing gym;friend's wedding⟧ lol. something sweet but not cringe""",
    ),
    (
        "en",
        r"""my number changed, new one is ⟦phone⟧. whats the least annoying way to tell everyone on whatsapp without making a group""",
    ),
    (
        "en",
        r"""what do i even reply to this. ⟦f1.nick⟧ just texted me "u up?" at 2am and we havent talked since ⟦~march;the summer;her birthday⟧""",
    ),
    (
        "en",
        r"""my mom ⟦f1.full⟧ got a letter saying her ssn ⟦ssn⟧ was used to open a credit card she never applied for. what do we do first, police or the credit bureaus?""",
    ),
    (
        "en",
        r"""is it weird to email my prof on a sunday? it's dr ⟦p1.last⟧, address is ⟦p1.email⟧, i just need an extension on the lab report""",
    ),
    (
        "en",
        r"""lmaooo ⟦p1.first⟧ and ⟦p2.first⟧ broke up AGAIN. help me write a neutral text to ⟦p2.first⟧ that doesn't sound like i'm picking sides""",
    ),
    (
        "en",
        r"""write a roast for my buddy ⟦m1.full⟧'s 30th. he's obsessed with fantasy football, still drives his ⟦car⟧ and once got lost in an ikea for 2 hours. keep it pg-13, his grandma will be there""",
    ),
    (
        "en",
        r"""landlord (⟦p1.full⟧) still hasn't returned my deposit, it's been 6 weeks. the place was ⟦addr1⟧. what can i legally do""",
    ),
    (
        "en",
        r"""someone keeps logging into my steam from ⟦ip⟧ and it's not me. is that a vpn or should i be worried about my whole pc""",
    ),
    (
        "en",
        r"""pls fix my grammar: hi my name is ⟦p1.full⟧ and i am intrested in the barista position i have 2 years experiance and can work weekends, my number is ⟦phone⟧ thank you""",
    ),
    (
        "en",
        r"""how do i tell ⟦f1.first⟧ i cant come to her wedding without sounding like i dont care. its a flight + hotel and i literally cant afford it rn""",
    ),
    ("en", r"""my birthday is ⟦dob⟧, what's my chinese zodiac and is it compatible with a rat"""),
    (
        "en",
        r"""i accidentally pasted my card number ⟦cc⟧ in the family group chat instead of the grocery list 💀 do i need to cancel it or is deleting the msg enough""",
    ),
    (
        "en",
        r"""add me on discord its ⟦p1.user⟧, we need a 4th for ranked tonight. ⟦m2.first⟧ said he's in too""",
    ),
    (
        "en",
        r"""translate to spanish pls: ⟦p1.first⟧ you're the best!! see you saturday at ⟦street⟧, bring the speaker""",
    ),
    (
        "en",
        r"""ugh my sister ⟦f1.first⟧ keeps posting pics of my kids without asking. her insta is @⟦f1.user⟧. how do i say stop without starting a family war""",
    ),
    (
        "en",
        r"""quick q, my venmo is under my old name ⟦p1.full⟧ and i got married. do people still find me if i change it to ⟦p1.first⟧ ⟦p2.last⟧""",
    ),
    (
        "en",
        r"""wait so if i send money to ⟦iban⟧ from the us does my bank charge me twice?? my cousin ⟦p1.first⟧ said use wise""",
    ),
    (
        "en",
        r"""can u make this sound less desperate: "hey ⟦p1.first⟧!! it was sooo nice meeting you at ⟦p2.first⟧'s party, would you maybe want to get coffee sometime? no pressure haha" """,
    ),
    (
        "en",
        r"""my kid's teacher mrs ⟦f1.last⟧ sent a note saying he's been "disruptive". what questions should i ask at the meeting thursday""",
    ),
    (
        "en",
        r"""bro ⟦m1.nick⟧ owes me 200 bucks since march and now he's posting vacation pics from ⟦anycity⟧ 🙃 how do i ask without being petty""",
    ),
    (
        "en",
        r"""i think my router got hacked?? there's a device on ⟦ip_lan⟧ i don't recognize and my neighbor ⟦p1.first⟧ used to have the wifi password""",
    ),
    (
        "en",
        r"""help me write a text to my ex ⟦p1.first⟧ about picking up the rest of their stuff from ⟦street⟧ this weekend. civil, short, no emotions""",
    ),
    (
        "en",
        r"""is ⟦p1.email⟧ a legit email from the bank or a scam? they want me to confirm my date of birth ⟦dob⟧ and my card ending ⟦last4⟧""",
    ),
    (
        "en",
        r"""my grandpa ⟦m1.full⟧ passed last night. i have to say a few words friday and i dont know where to start. he fixed radios, loved ⟦dish⟧ and called everyone "chief" """,
    ),
    (
        "en",
        r"""lol my coworker ⟦m1.first⟧ ⟦m1.last⟧ just replied all to the whole company with his lunch order. how do i screenshot this without him knowing""",
    ),
    (
        "en",
        r"""omw to ⟦p1.first⟧'s, can u give me a quick recipe for a dip i can make with whatever's at a gas station""",
    ),
    ("en", r"""what's a cute nickname for someone named ⟦f1.first⟧? she hates the obvious ones"""),
    (
        "en",
        r"""my friend ⟦f1.full⟧ keeps getting calls from ⟦phone⟧ saying she owes taxes. it's a scam right? how do we report it""",
    ),
    (
        "en",
        r"""gonna be at ⟦p1.first⟧ + ⟦p2.first⟧'s place (⟦addr1⟧) for the watch party, what snacks are easy for 12 ppl""",
    ),
    (
        "en",
        r"""hii can u write an insta caption for me and my bestie ⟦p1.first⟧, we just finished our first half marathon 🏃‍♀️ tag is @⟦p1.user⟧""",
    ),
    (
        "en",
        r"""need a polite no to my coworker ⟦f1.nick⟧ who wants me to cover her shift on ⟦weekday⟧ again. third time this month""",
    ),
    (
        "en",
        r"""my dad put his birthday ⟦dob_num-old⟧ as the pin for literally everything. how do i convince him to use a password manager, he's retired and stubborn""",
    ),
]

# ==============================================================================================
# Everything else: documents, threads, exports and letters people paste into an LLM
# ==============================================================================================

DOCS: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- email threads
    (
        "en",
        r"""
Can you summarize this thread and tell me what I still owe anyone?

From: ⟦p1.full⟧ <⟦p1.workemail⟧>
Sent: ⟦weekday⟧, ⟦date⟧ 09:14
To: ⟦p2.full⟧ <⟦p2.workemail⟧>
Cc: ⟦p3.workemail⟧
Subject: RE: Q3 vendor renewal

⟦p2.first⟧ — legal is fine with the auto-renew clause as long as we get the 60-day notice window. Can you send the redlined version before Friday? ⟦p3.first⟧ will countersign once procurement approves.

Thanks,
⟦p1.first⟧

-----Original Message-----
From: ⟦p2.full⟧
Subject: Q3 vendor renewal

Hi ⟦p1.first⟧, attaching the renewal from ⟦company⟧. Pricing is up 6%. I pushed back but they won't move unless we commit to two years. Call me on ⟦phone⟧ if easier.

⟦p2.full⟧
⟦job⟧
""",
    ),
    (
        "en",
        r"""
Please turn this into a short, polite reply declining the offer but keeping the door open.

---
Hi ⟦p1.first⟧,

It was great speaking with you last week. On behalf of the hiring team at ⟦company⟧ I'm delighted to offer you the role of ⟦job⟧, starting ⟦date⟧, with a base salary of ⟦amount⟧ per month plus the standard benefits package. The full offer letter is attached; please sign and return it to me or to ⟦p3.full⟧ in People Ops (⟦p3.workemail⟧) within five business days.

If you have questions about relocation, ⟦p3.first⟧ can walk you through the policy.

Warm regards,
⟦p2.full⟧
Talent Acquisition | ⟦phone⟧
""",
    ),
    (
        "en",
        r"""
summarize the key decisions from these emails in 5 bullets max

> On ⟦date⟧, ⟦p1.full⟧ wrote:
> We're moving the offsite to ⟦city⟧. ⟦p2.first⟧ found a venue that fits 40 and is walking distance from the station.

> On ⟦date⟧, ⟦p2.full⟧ wrote:
> Confirmed with the venue. Deposit is ⟦amount⟧, due next week. I put it on my corporate card; ⟦p4.fl⟧ in finance needs the receipt.

> On ⟦date⟧, ⟦p3.full⟧ wrote:
> Dietary list so far: 4 vegetarian, 1 vegan, ⟦p5.first⟧ is coeliac. Please don't book the seafood place again.

> On ⟦date⟧, ⟦p1.full⟧ wrote:
> Agenda draft attached. ⟦p6.first⟧ and I will run the Thursday workshop. Everyone else, please send slides by the 20th.
""",
    ),
    (
        "en",
        r"""
Rewrite my email so it sounds firm but not rude:

Dear ⟦p1.full⟧,

I am writing for the third time about the water damage in the bathroom ceiling of my flat at ⟦addr1⟧. Your agent, ⟦p2.full⟧, inspected it on ⟦date⟧ and said a plumber would come within a week. Nobody came. The stain has doubled and there is now mould above the shower. I have photos and I have kept every message. I need a date for the repair by the end of this week, otherwise I will contact the council's housing team.

You can reach me on ⟦phone⟧ or at ⟦p3.email⟧.

⟦p3.full⟧
""",
    ),
    (
        "en",
        r"""
Extract a table (name, role, email, phone) from this signature dump we scraped from old emails:

⟦p1.full⟧ | ⟦job⟧ | ⟦company@c⟧
m: ⟦phone⟧ e: ⟦p1.workemail⟧

--
⟦p2.full⟧
⟦job⟧, ⟦company@c⟧
Direct ⟦phone⟧ · ⟦p2.workemail⟧

Best,
⟦p3.first⟧
⟦p3.full⟧ — ⟦job⟧
⟦p3.email⟧ / ⟦phone⟧
Sent from my iPhone
""",
    ),
    # ---------------------------------------------------------------- support transcripts
    (
        "en",
        r"""
Classify the sentiment of each customer turn and say whether the agent followed policy.

{"conversation_id": "⟦uuid⟧", "channel": "chat", "messages": [
  {"role": "customer", "ts": "⟦ts⟧", "text": "hi, my order ⟦order⟧ says delivered but nothing arrived"},
  {"role": "agent", "name": "⟦p2.first⟧", "ts": "⟦ts⟧", "text": "Sorry to hear that! Can you confirm the delivery address and the name on the order?"},
  {"role": "customer", "ts": "⟦ts⟧", "text": "⟦p1.full⟧, ⟦addr1⟧"},
  {"role": "agent", "name": "⟦p2.first⟧", "ts": "⟦ts⟧", "text": "Thanks ⟦p1.first⟧. The courier photo shows a green door, is that yours?"},
  {"role": "customer", "ts": "⟦ts⟧", "text": "no my door is white. this is the second time this happened, honestly ridiculous"},
  {"role": "agent", "name": "⟦p2.first⟧", "ts": "⟦ts⟧", "text": "I understand. I've opened a claim and we'll send a replacement. You'll get an update at ⟦p1.email⟧ within 24h."}
]}
""",
    ),
    (
        "en",
        r"""
Summarize this call transcript for the CRM note (3 lines):

AGENT (⟦p2.first⟧): Thank you for calling ⟦bank⟧, who am I speaking with?
CALLER: Hi, it's ⟦p1.full⟧.
AGENT: Hi ⟦p1.first⟧. For security can you confirm your date of birth?
CALLER: ⟦dob⟧.
AGENT: And the last four of the card?
CALLER: ⟦last4⟧. Actually, there's a charge I don't recognize, ⟦amount⟧ from some online shop.
AGENT: I see it. I'll block this card and issue a new one. Is your address still ⟦addr1⟧?
CALLER: Yes. And can you text me on ⟦phone⟧ when it ships?
AGENT: Done. Dispute reference is ⟦claim⟧.
""",
    ),
    (
        "en",
        r"""
{"ticket": {"id": ⟦num2⟧⟦num2⟧, "subject": "Refund not received", "requester": {"name": "⟦p1.full⟧", "email": "⟦p1.email⟧", "phone": "⟦phone⟧"}, "assignee": "⟦p2.user⟧", "tags": ["refund", "escalated"], "comments": [
  {"author": "requester", "body": "I returned the ⟦product⟧ on ⟦date⟧ and still no refund. Tracking ⟦tracking⟧ shows you received it."},
  {"author": "⟦p2.user⟧", "body": "Hi ⟦p1.first⟧, the warehouse confirmed receipt. Refund of ⟦amount⟧ was issued to the card ending ⟦last4⟧; allow 5-7 business days."},
  {"author": "requester", "body": "It's been 12 days. Can you just send it to my bank instead? IBAN ⟦iban⟧."}
]}}

Draft the next agent reply. We cannot refund to a different method.
""",
    ),
    (
        "en",
        r"""
Write a better macro for this kind of ticket. Example of what came in:

Subject: cant log in
Name: ⟦p1.full⟧
Account email: ⟦p1.email⟧
Message: I changed my phone and now the 2FA code goes to my old number ⟦phone⟧. New number is ⟦phone⟧. I'm locked out and payroll is tomorrow. Please call me.
IP at submission: ⟦ip⟧
Browser: Chrome 126 / Windows
""",
    ),
    # ---------------------------------------------------------------- resumes, cover letters
    (
        "en",
        r"""
Improve my resume. Make the bullets quantified and cut it to one page.

⟦p1.upper⟧
⟦addr1⟧ · ⟦phone⟧ · ⟦p1.email⟧ · linkedin.com/in/⟦p1.user⟧

EXPERIENCE
⟦job⟧ — ⟦company⟧, ⟦city⟧ (2021–present)
- responsible for data pipelines
- helped migrate to the cloud
- worked with stakeholders on dashboards

Analyst — ⟦company⟧ (2018–2021)
- made reports in Excel
- trained new hires

EDUCATION
BSc Economics, ⟦univ⟧, 2018

SKILLS: SQL, Python, Airflow, Tableau, stakeholder management
""",
    ),
    (
        "en",
        r"""
Can you format this CV the European way but remove anything an employer shouldn't ask for?

CURRICULUM VITAE
Name: ⟦p1.full⟧
Date of birth: ⟦dob⟧
Nationality: ⟦country⟧
Marital status: married, 2 children
Address: ⟦addr1⟧
Phone: ⟦phone⟧
E-mail: ⟦p1.email⟧

Professional experience
⟦year⟧–today  ⟦job⟧, ⟦company⟧
2015–⟦year⟧  Junior engineer, ⟦company⟧

Languages: English (C1), Spanish (B2), mother tongue
References: ⟦p2.full⟧, former manager, ⟦phone⟧
""",
    ),
    (
        "en",
        r"""
Tighten this cover letter, it's too long:

Dear Hiring Manager,

My name is ⟦p1.full⟧ and I am applying for the ⟦job⟧ position advertised on your careers page. I have spent the last six years at ⟦company⟧, where I led the move from nightly batch jobs to streaming, cutting report latency from a day to minutes. Before that I was a teaching assistant at ⟦univ⟧, which is where I learned to explain complicated systems to people who don't care about them (in the best way).

I was referred by ⟦p2.full⟧, who worked with me on the fraud-detection project and can speak to how I handle incidents at 3 a.m. I'd love to talk more; I'm reachable at ⟦p1.email⟧ or ⟦phone⟧.

Sincerely,
⟦p1.full⟧
""",
    ),
    (
        "en",
        r"""
references section for my application, please check the formatting is consistent:

1. ⟦p1.rev⟧ — ⟦job⟧, ⟦company⟧. Tel: ⟦phone⟧. Email: ⟦p1.workemail⟧. Relationship: direct supervisor, 2019–2023.
2. ⟦p2.rev⟧ — ⟦job⟧. ⟦p2.email⟧ | ⟦phone⟧. Relationship: project lead.
3. Prof. ⟦p3.full⟧, ⟦univ⟧ — thesis advisor. ⟦p3.email⟧
""",
    ),
    # ---------------------------------------------------------------- speeches, obituaries
    (
        "en",
        r"""
I'm the best man and I freeze up in public. Can you make this flow better and add one joke that won't offend anyone's grandmother?

"Good evening everyone. For those who don't know me, I'm ⟦m3.first⟧, and I've known ⟦m1.first⟧ since we were eleven and he tried to sell me my own bike. ⟦f2.first⟧, you have no idea what you've signed up for — but honestly, I've never seen him happier than the day he came back from that hiking trip and said 'I met someone who packs better than me.' To ⟦f2.first⟧'s parents, ⟦p4.full⟧ and ⟦p5.full⟧, thank you for welcoming all of us today. Please raise your glasses to ⟦m1.first⟧ and ⟦f2.first⟧."
""",
    ),
    (
        "en",
        r"""
Help me edit this obituary for the local paper, word limit 180:

⟦f1.full⟧, 84, of ⟦city⟧, passed away peacefully on ⟦date⟧ surrounded by family. Born ⟦dob_long-old⟧ to ⟦p2.full⟧ and ⟦p3.full⟧, she worked for 31 years as a school nurse and never once forgot a child's allergy. She is survived by her children ⟦p4.first⟧ (⟦p5.first⟧) and ⟦p6.full⟧, five grandchildren, and her beloved cat. She was predeceased by her husband ⟦m7.full⟧. A memorial will be held at ⟦church⟧ on ⟦date⟧ at 11 a.m. In lieu of flowers, donations to the school library fund are welcome.
""",
    ),
    (
        "en",
        r"""
I have to give the eulogy for my uncle tomorrow. Here are my notes, please turn them into something I can read out in about four minutes:

- ⟦m1.full⟧ ("Uncle ⟦m1.nick⟧" to every kid in the street)
- grew up in ⟦anycity⟧, came here with ⟦amount⟧ and a suitcase
- drove a taxi for 22 years, knew every shortcut
- married Aunt ⟦f2.first⟧ in a registry office with two witnesses, one of them was a stranger
- his sons ⟦m3.first⟧ and ⟦m4.first⟧ both became mechanics "because somebody in this family had to fix the taxi"
- last thing he said to me: don't let ⟦p5.first⟧ cook at the wake
""",
    ),
    # ---------------------------------------------------------------- reports and claims
    (
        "en",
        r"""
Rewrite this incident report in neutral, formal language. Keep every fact.

INCIDENT REPORT #⟦num2⟧-⟦year⟧
Date/time: ⟦date⟧, approx. ⟦time⟧
Location: parking lot behind ⟦company⟧
Reporting officer: Ofc. ⟦p3.last⟧, badge ⟦num2⟧

Subject 1: ⟦m1.full⟧, DOB ⟦dob⟧, residing at ⟦addr1⟧, phone ⟦phone⟧.
Subject 2: ⟦p2.full⟧, DOB ⟦dob⟧.

Narrative: S1 states S2 reversed into his vehicle and then got out yelling. S2 states S1 was parked across two spaces and "came at him" first. Witness ⟦p4.full⟧ (⟦phone⟧) saw the collision but not the argument. No injuries. Both parties exchanged insurance details. Minor damage to S1's rear bumper.
""",
    ),
    (
        "en",
        r"""
Please draft a claim summary for the adjuster from this form dump:

POLICYHOLDER: ⟦p1.full⟧
POLICY NO: ⟦policy⟧
DOB: ⟦dob⟧
INSURED PROPERTY: ⟦addr⟧
CONTACT: ⟦phone⟧ / ⟦p1.email⟧
DATE OF LOSS: ⟦date⟧
DESCRIPTION: Burst pipe in the utility room flooded kitchen and hallway. Plumber (⟦company⟧) attended the same evening. Laminate flooring and lower cabinets damaged.
PAYOUT ACCOUNT: ⟦iban⟧ (account holder ⟦p1.full⟧)
""",
    ),
    (
        "en",
        r"""
Check this tenancy agreement for anything unusual, I'm the tenant:

THIS AGREEMENT is made on ⟦date⟧ between ⟦p1.full⟧ ("the Landlord") of ⟦addr1⟧ and ⟦p2.full⟧ ("the Tenant").

1. The Landlord lets the property at
⟦addr⟧
to the Tenant for a term of 12 months.
2. Rent is ⟦amount⟧ per month, payable in advance on the 1st of each month to the account ⟦iban⟧.
3. The deposit of ⟦amount⟧ will be protected in a government-approved scheme.
4. The Tenant shall not keep pets without written consent, which the Landlord may withhold for any reason.
5. The Landlord may enter the property at any time to carry out inspections.

Signed: ⟦p1.full⟧ / ⟦p2.full⟧
Witness: ⟦p3.full⟧, ⟦addr1⟧
""",
    ),
    (
        "en",
        r"""
Is this invoice correct? The VAT looks off to me.

INVOICE ⟦invoice⟧
Date: ⟦date⟧
From: ⟦p1.full⟧ — freelance translation
⟦addr⟧
⟦p1.email⟧ | ⟦phone⟧

Bill to:
⟦company⟧
Attn: ⟦p2.full⟧

Translation EN→DE, 8,400 words @ 0.11 ........ 924.00
Proofreading, 3 hours @ 45.00 ................ 135.00
Subtotal ..................................... 1,059.00
VAT 19% ...................................... 210.21
TOTAL ........................................ 1,269.21

Please transfer to ⟦iban⟧ within 14 days.
""",
    ),
    # ---------------------------------------------------------------- medical
    (
        "en",
        r"""
Convert this clinic note into a patient-friendly summary (reading level grade 6):

Patient: ⟦p1.rev⟧   DOB: ⟦dob⟧   ⟦mrn⟧
Seen by: Dr. ⟦p2.last⟧, ⟦clinic⟧   Date: ⟦date⟧
S: 3 weeks of intermittent chest tightness on exertion, resolves with rest. No syncope. Father had MI at 58.
O: BP 148/92, HR 84, BMI 31. ECG sinus rhythm, no acute changes.
A: Stable angina, suspected. HTN, uncontrolled.
P: Start ⟦drug⟧. Exercise stress test booked. Referral to ⟦dept_med⟧. Return in 2 weeks or ED if pain at rest.
Emergency contact: ⟦p3.full⟧ (spouse), ⟦phone⟧
""",
    ),
    (
        "en",
        r"""
Write a referral letter from these notes:

to: ⟦dept_med⟧, ⟦clinic⟧
re: ⟦p1.full⟧, born ⟦dob_long⟧, ⟦addr1⟧, tel ⟦phone⟧
hx: T2DM 8 yrs on ⟦drug⟧, HbA1c 8.9 last month, numbness both feet, one small ulcer L heel healing slowly
meds: ⟦drug⟧, ⟦drug⟧
allergies: penicillin (rash)
GP: Dr ⟦p2.fl⟧
""",
    ),
    (
        "en",
        r"""
Can you help me understand my lab results? I'm not a doctor.

Name: ⟦p1.upper⟧        Sex: F        DOB: ⟦dob_num⟧
Collected: ⟦date⟧ 07:40     Ordering provider: ⟦p2.rev⟧, MD

TSH            6.8 mIU/L     (0.4 – 4.0)   H
Free T4        0.7 ng/dL     (0.8 – 1.8)   L
Ferritin       11 ng/mL      (15 – 150)    L
Vitamin D      22 ng/mL      (30 – 100)    L
""",
    ),
    # ---------------------------------------------------------------- school, parents
    (
        "en",
        r"""
Please make this email to my son's teacher shorter and friendlier:

Dear Ms. ⟦f1.last⟧,

I am ⟦f2.full⟧, mother of ⟦m3.first⟧ in class 4B. ⟦m3.first⟧ came home very upset on Tuesday because some boys (I believe ⟦m4.first⟧ and another boy whose name he didn't know) took his lunchbox and threw it over the fence. This is not the first time. I would like to meet to discuss what the school is doing about it. I work shifts, so mornings before 8:30 are best, or you can call me on ⟦phone⟧.

Kind regards,
⟦f2.full⟧
""",
    ),
    (
        "en",
        r"""
Turn this into a friendly reminder for the class WhatsApp group, under 80 words:

Year 2 trip to the aquarium on ⟦date⟧. Consent forms still missing for: ⟦r.first⟧ ⟦r.last⟧⟦rows 2-4⟧, ⟦r.first⟧ ⟦r.last⟧⟦/rows⟧. Packed lunch, no nuts. Parent volunteers: ⟦p1.full⟧ and ⟦p2.full⟧ — please be at the gate by 8:15. Questions to ⟦p3.first⟧ (class rep) on ⟦phone⟧.
""",
    ),
    (
        "en",
        r"""
I'm a school admin. Check this pickup authorization form for missing fields:

STUDENT: ⟦p1.full⟧   GRADE: 3   DOB: ⟦dob-kid⟧
PARENT/GUARDIAN 1: ⟦p2.full⟧   Phone: ⟦phone⟧   Email: ⟦p2.email⟧
PARENT/GUARDIAN 2: ⟦p3.full⟧   Phone: ⟦phone⟧
AUTHORIZED FOR PICKUP: ⟦f4.full⟧ (grandmother), ⟦p5.full⟧ (family friend)
NOT AUTHORIZED: ⟦p6.full⟧ — court order on file
HOME ADDRESS: ⟦addr⟧
""",
    ),
    # ---------------------------------------------------------------- group chats
    (
        "en",
        r"""
Summarize what we decided in this group chat, and who's bringing what:

[⟦date_num@d⟧, 18:02] ⟦p1.first⟧: ok so bbq at ours on saturday?
[⟦date_num@d⟧, 18:03] ⟦p2.first⟧ ⟦p2.last⟧: yesss. i can bring the grill from my dad's
[⟦date_num@d⟧, 18:05] ⟦p3.nick⟧: i'm in but i'll be late, football till 3
[⟦date_num@d⟧, 18:07] ⟦p1.first⟧: address for the new ppl: ⟦addr1⟧, ring the bottom bell
[⟦date_num@d⟧, 18:09] ⟦p4.first⟧: can i bring my cousin ⟦f5.first⟧? she just moved here
[⟦date_num@d⟧, 18:10] ⟦p1.first⟧: ofc!! tell her to text me ⟦phone⟧
[⟦date_num@d⟧, 18:15] ⟦p2.first⟧ ⟦p2.last⟧: i'll do drinks, ⟦p3.nick⟧ you're on salad don't fight me
""",
    ),
    (
        "en",
        r"""
export from our neighbourhood chat, can you pull out the action items?

⟦p1.full⟧: Has anyone else had packages stolen this week? Mine vanished from the porch Tuesday
⟦p2.full⟧: Yes! Ring caught someone in a grey hoodie around 2pm. I sent the clip to the non-emergency line
⟦p3.full⟧: I'm at ⟦street⟧, happy to take deliveries for anyone who works days, I'm home
⟦p1.full⟧: that's so kind. ⟦p4.first⟧ mentioned a lockbox for the building, anyone know the cost?
⟦p4.full⟧: about ⟦amount⟧. I can collect. venmo @⟦p4.user⟧
⟦p5.full⟧: count me in
""",
    ),
    (
        "en",
        r"""
[⟦time⟧] <⟦p1.user⟧> anyone know why staging is 502ing
[⟦time⟧] <⟦p2.user⟧> probably the cert, it rotated at midnight
[⟦time⟧] <⟦p1.user⟧> @⟦p3.user⟧ didn't you own the cert job?
[⟦time⟧] <⟦p3.user⟧> yeah, looking. ⟦p2.first⟧ can you check if the LB is still pointing at the old target group
[⟦time⟧] <⟦p2.user⟧> it is. fixing
[⟦time⟧] <⟦p3.user⟧> ok back. blameless postmortem tomorrow, I'll write it

Write the postmortem draft from this IRC log: timeline, root cause, follow-ups.
""",
    ),
    # ---------------------------------------------------------------- meetings, org
    (
        "en",
        r"""
Turn these notes into formal minutes:

Board meeting — ⟦company⟧ — ⟦date⟧
Present: ⟦p1.full⟧ (chair), ⟦p2.full⟧, ⟦p3.full⟧, ⟦p4.full⟧
Apologies: ⟦p5.full⟧
Minutes: ⟦p6.first⟧

- Q2 numbers: revenue flat, costs down 4%. ⟦p2.first⟧ to circulate detail.
- Hiring freeze to continue until Sept, except for the two support roles.
- ⟦p3.last⟧ raised the lease renewal; agreed to ask for a 3-year term.
- AOB: ⟦p4.first⟧ retiring end of year. Thank-you dinner to be organised by ⟦p1.first⟧.
Next meeting ⟦date⟧.
""",
    ),
    (
        "en",
        r"""
Make this org chart into a clean markdown list with reporting lines:

CEO: ⟦p1.full⟧
  CTO: ⟦p2.full⟧
    Eng Manager, ⟦team⟧: ⟦p3.full⟧
      ⟦r.full⟧ (⟦job⟧)⟦rows 2-4⟧
      ⟦r.full⟧ (⟦job⟧)⟦/rows⟧
  CFO: ⟦p4.full⟧
    Controller: ⟦p5.full⟧
  Head of People: ⟦p6.full⟧ (also covering Office Manager until we hire)
""",
    ),
    (
        "en",
        r"""
Standup notes from today, make them into a status email for leadership:

⟦p1.first⟧: finished the SSO migration for the admin portal, waiting on security review
⟦p2.first⟧: still blocked on the vendor API. emailed ⟦p5.full⟧ at their end twice, no reply
⟦p3.first⟧: load test results in the doc, p99 under 300ms at 2x traffic
⟦p4.first⟧ (out sick) — ⟦p1.first⟧ covering the on-call
Risks: launch date ⟦date⟧ depends on vendor. ⟦p6.fl⟧ (PM) to escalate.
""",
    ),
    # ---------------------------------------------------------------- engineering with people
    (
        "en",
        r"""
Help me write a reproducible bug report from this Slack message:

⟦p1.full⟧ [⟦time⟧]
hey, customers are saying the export button does nothing on Firefox. I tried with the test account and got a console error: "TypeError: navigator.clipboard is undefined". Reported by ⟦p2.full⟧ from ⟦company⟧ (their admin, ⟦p2.workemail⟧). ⟦p3.first⟧ said it worked last week so maybe the ⟦ver⟧ release?
""",
    ),
    (
        "en",
        r"""
Review my PR comments — am I being too harsh?

@⟦p1.user⟧ commented on src/billing/proration.py line 88:
> This will double-charge when the plan changes on the last day of the month. Please add a test for that boundary.

@⟦p1.user⟧ commented on src/billing/proration.py line 120:
> Why not reuse `period_bounds()`? ⟦p2.first⟧ wrote it for exactly this.

@⟦p3.user⟧ replied:
> fair, will fix. the test fixture already has a customer ⟦p4.full⟧ with a mid-month upgrade, I'll extend that

@⟦p1.user⟧: LGTM once CI is green. cc @⟦p2.user⟧
""",
    ),
    (
        "en",
        r"""
Jira export, please group these by assignee and estimate which will slip:

Key,Summary,Assignee,Reporter,Status,Due
⟦ticket⟧,Checkout fails with 3DS on Safari,⟦p1.full⟧,⟦p2.full⟧,In Progress,⟦date_iso⟧
⟦ticket⟧,Add Polish translations,⟦p3.full⟧,⟦p2.full⟧,To Do,⟦date_iso⟧
⟦ticket⟧,Rate limit on /v2/export,⟦p1.full⟧,⟦p4.full⟧,Blocked,⟦date_iso⟧
⟦ticket⟧,Dark mode contrast issues,⟦p5.full⟧,⟦p1.full⟧,Review,⟦date_iso⟧
⟦ticket⟧,Migrate cron jobs to scheduler,⟦p3.full⟧,⟦p4.full⟧,To Do,⟦date_iso⟧
""",
    ),
    (
        "en",
        r"""
git log --format='%h %an <%ae> %s' | head, can you tell me who touched the auth code most?

⟦sha⟧ ⟦p1.full⟧ <⟦p1.email⟧> fix(auth): handle expired refresh tokens
⟦sha⟧ ⟦p2.full⟧ <⟦p2.workemail⟧> chore: bump deps
⟦sha⟧ ⟦p1.full⟧ <⟦p1.email⟧> feat(auth): add WebAuthn registration
⟦sha⟧ ⟦p3.full⟧ <⟦p3.email⟧> docs: update README
⟦sha⟧ ⟦p2.full⟧ <⟦p2.workemail⟧> fix(auth): constant-time compare for API keys
""",
    ),
    (
        "en",
        r"""
Why is fail2ban not banning these? Excerpt from /var/log/auth.log:

⟦ts_log⟧ web01 sshd[⟦pid⟧]: Failed password for invalid user admin from ⟦ip_pub⟧ port ⟦num2⟧22 ssh2
⟦ts_log⟧ web01 sshd[⟦pid⟧]: Failed password for ⟦p1.user⟧ from ⟦ip_pub@x⟧ port ⟦num2⟧41 ssh2
⟦ts_log⟧ web01 sshd[⟦pid⟧]: Failed password for ⟦p1.user⟧ from ⟦ip_pub@x⟧ port ⟦num2⟧43 ssh2
⟦ts_log⟧ web01 sshd[⟦pid⟧]: Accepted publickey for ⟦p2.user⟧ from ⟦ip⟧ port ⟦num2⟧90 ssh2: ED25519 SHA256:⟦sha⟧⟦sha⟧
⟦ts_log⟧ web01 sshd[⟦pid⟧]: Failed password for root from ⟦ip6⟧ port ⟦num2⟧07 ssh2

jail.local has maxretry = 3, findtime = 10m.
""",
    ),
    (
        "en",
        r"""
Our app logs look like this. Write a logstash grok pattern for them:

⟦ts⟧ INFO  [http-nio-8080-exec-4] c.a.web.LoginController - login ok user=⟦p1.email⟧ ip=⟦ip⟧ ua="Mozilla/5.0"
⟦ts⟧ WARN  [http-nio-8080-exec-9] c.a.web.LoginController - login failed user=⟦p2.email⟧ ip=⟦ipx⟧ reason=BAD_PASSWORD
⟦ts⟧ INFO  [http-nio-8080-exec-2] c.a.web.ProfileController - profile updated user=⟦p1.email⟧ fields=[phone]
""",
    ),
    (
        "en",
        r"""
Find the bug in this seed script, the unique constraint fails:

INSERT INTO customers (id, full_name, email, phone, city) VALUES
  (1, '⟦p1.full⟧', '⟦p1.email⟧', '⟦phone⟧', '⟦city⟧'),
  (2, '⟦p2.full⟧', '⟦p2.email⟧', '⟦phone⟧', '⟦city⟧'),
  (3, '⟦p3.full⟧', '⟦p3.email@dup⟧', '⟦phone⟧', '⟦city⟧'),
  (4, '⟦p4.full⟧', '⟦p3.email@dup⟧', '⟦phone⟧', '⟦city⟧');
""",
    ),
    (
        "en",
        r"""
Refactor this test to use a factory instead of the hardcoded dict:

def test_shipping_label():
    customer = {
        "name": "⟦p1.full⟧",
        "street": "⟦street⟧",
        "city": "⟦city⟧",
        "phone": "⟦phone⟧",
        "email": "⟦p1.email⟧",
    }
    label = render_label(customer, carrier="dhl")
    assert customer["name"].upper() in label
""",
    ),
    (
        "en",
        r"""
Write a JSON schema for this Kafka event from the signup service:

{"event": "user.created", "at": "⟦ts⟧", "payload": {"user_id": "⟦uuid⟧", "display_name": "⟦p1.first⟧ ⟦p1.last⟧", "username": "⟦p1.user⟧", "email": "⟦p1.email⟧", "birthdate": "⟦dob_iso⟧", "phone": "⟦phone⟧", "signup_ip": "⟦ipx⟧", "marketing_opt_in": false}}
""",
    ),
    # ---------------------------------------------------------------- exports, lists
    (
        "en",
        r"""
Clean up this CRM export: normalize the phone numbers to E.164 and flag duplicates.

first_name,last_name,email,phone,company,owner
⟦rows 4-7⟧⟦r.first⟧,⟦r.last⟧,⟦r.email⟧,⟦phone⟧,⟦company⟧,⟦p1.user⟧
⟦/rows⟧""",
    ),
    (
        "en",
        r"""
Merge these two vCards into one contact and tell me which fields conflict:

BEGIN:VCARD
VERSION:3.0
FN:⟦p1.full⟧
N:⟦p1.last⟧;⟦p1.first⟧;;;
TEL;TYPE=CELL:⟦phone⟧
EMAIL;TYPE=HOME:⟦p1.email⟧
ADR;TYPE=HOME:;;⟦street⟧;⟦city⟧;;;
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:⟦p1.nick⟧ ⟦p1.last⟧
TEL;TYPE=WORK:⟦phone⟧
EMAIL;TYPE=WORK:⟦p1.workemail⟧
ORG:⟦company⟧
BDAY:⟦dob_iso⟧
END:VCARD
""",
    ),
    (
        "en",
        r"""
Here's my itinerary, can you make a day-by-day plan with transfer times?

BOOKING REF ⟦pnrcode⟧
PASSENGERS
1. ⟦m1.pnr⟧ MR
2. ⟦f2.pnr⟧ MRS
3. ⟦m3.pnr⟧ MSTR

⟦flight⟧  ⟦date⟧  ⟦iata⟧ → ⟦iata⟧  dep 06:45 arr 09:10
⟦flight⟧  ⟦date⟧  ⟦iata⟧ → ⟦iata⟧  dep 21:30 arr 05:55+1
HOTEL: ⟦hotel⟧, 4 nights, under the name ⟦m1.full⟧
Contact on file: ⟦phone⟧, ⟦m1.email⟧
""",
    ),
    (
        "en",
        r"""
Seating chart help. 8 tables of 8. Keep couples together, and ⟦p1.full⟧ must NOT sit near ⟦p2.full⟧.

Guest list (RSVP yes):
⟦rows 6-10⟧⟦i⟧. ⟦r.full⟧ — ⟦~+1;no +1;plus partner;vegetarian;kids' table;+1, gluten free⟧
⟦/rows⟧""",
    ),
    (
        "en",
        r"""
RSVP form responses, make a headcount per dish:

Timestamp,Name,Email,Guests,Main,Notes
⟦rows 4-6⟧⟦date_num⟧ ⟦time⟧,⟦r.full⟧,⟦r.email⟧,⟦~1;2;2;3⟧,⟦~chicken;fish;vegetarian⟧,⟦~;;nut allergy;arriving late;needs parking⟧
⟦/rows⟧""",
    ),
    (
        "en",
        r"""
Make a clean roster table out of this:

⟦club⟧ — spring season
⟦rows 5-8⟧#⟦num⟧ ⟦r.full⟧, parent: ⟦rf.west⟧ ⟦phone⟧
⟦/rows⟧Coach: ⟦p1.full⟧ (⟦phone⟧)
""",
    ),
    (
        "en",
        r"""
Gradebook CSV — compute each student's weighted average (HW 30%, midterm 30%, final 40%) and list anyone below 60:

student,hw,midterm,final
⟦rows 5-8⟧"⟦r.rev⟧",⟦num⟧.5,⟦num2⟧,⟦num2⟧
⟦/rows⟧""",
    ),
    # ---------------------------------------------------------------- money
    (
        "en",
        r"""
Did I fill this international transfer correctly?

Sender: ⟦p1.full⟧
Sender account: ⟦iban@a⟧
Beneficiary name: ⟦p2.full⟧
Beneficiary IBAN: ⟦iban_any⟧
Beneficiary address: ⟦addr1⟧
Amount: ⟦amount⟧
Reference: rent ⟦month⟧ — flat 3
""",
    ),
    (
        "en",
        r"""
Can you spot anything suspicious in this fraud alert before I call the bank?

"Dear ⟦p1.full⟧, we detected a sign-in to your online banking from a new device (IP ⟦ip_pub⟧, ⟦anycity⟧) on ⟦date⟧ at ⟦time⟧. A payment of ⟦amount⟧ to ⟦p2.full⟧ was attempted using your card ⟦cc⟧. If this was not you, call us on ⟦phone⟧ immediately. ⟦bank⟧ Security Team"
""",
    ),
    (
        "en",
        r"""
Fill in this W-9 style summary for my records, I'm the contractor:

Name (as shown on your income tax return): ⟦p1.full⟧
Business name: ⟦p1.last⟧ Design Studio
Address: ⟦addr⟧
Taxpayer ID (SSN): ⟦ssn⟧
Requester: ⟦company⟧, attn. ⟦p2.full⟧
""",
    ),
    (
        "en",
        r"""
My loan application got rejected for "inconsistent information". Can you see what doesn't match?

APPLICANT
Full legal name: ⟦p1.full⟧
Date of birth: ⟦dob⟧
SSN: ⟦ssn⟧
Current address: ⟦addr1⟧ (3 years)
Previous address: ⟦addr1⟧
Employer: ⟦company⟧ — ⟦job⟧, 4 years
Monthly income: ⟦amount⟧

CO-APPLICANT
Name: ⟦p2.full⟧   DOB: ⟦dob⟧   SSN: ⟦ssn⟧
""",
    ),
    (
        "en",
        r"""
Employment verification letter — please proofread:

To whom it may concern,

This letter confirms that ⟦p1.full⟧ (SSN ending ⟦last4⟧) has been employed full-time by ⟦company⟧ as a ⟦job⟧ since ⟦date_long⟧. Their current annual salary is ⟦amount⟧. For further verification please contact me directly at ⟦phone⟧ or ⟦p2.workemail⟧.

⟦p2.full⟧
⟦dept⟧ Manager
""",
    ),
    (
        "en",
        r"""
payroll import failed on these rows, which ones are malformed?

emp_id,name,ssn,dob,dept,start_date
⟦rows 3-5⟧E⟦num2⟧⟦num⟧,"⟦r.rev⟧",⟦ssn⟧,⟦dob_iso⟧,⟦dept⟧,⟦date_iso⟧
⟦/rows⟧""",
    ),
    (
        "en",
        r"""
Write a thank-you email for this donation receipt and suggest a better layout:

RECEIPT ⟦invoice⟧
Donor: ⟦p1.full⟧
⟦addr⟧
Gift: ⟦amount⟧ by card ⟦cc⟧
Date: ⟦date⟧
Fund: Community Food Pantry
No goods or services were provided in exchange for this contribution.
""",
    ),
    # ---------------------------------------------------------------- social
    (
        "en",
        r"""
Should I reply to this or ignore it? Thread from our town's Facebook group:

⟦p1.full⟧: Whoever hit my car outside ⟦company⟧ on Saturday and drove off — I have your plate on camera. Message me before I go to the police.
  ↳ ⟦p2.full⟧: omg that happened to me there too last month
  ↳ ⟦p3.full⟧: ⟦p1.first⟧ I think it was a white van? I saw it from the bus stop
    ↳ ⟦p1.full⟧: yes!! can you DM me ⟦p3.first⟧
  ↳ ⟦p4.full⟧: Post the footage, tag @⟦m5.user⟧ he runs the neighbourhood watch
""",
    ),
    (
        "en",
        r"""
Rewrite this LinkedIn post so it sounds less like a press release:

Thrilled to announce that ⟦f1.full⟧ has joined our ⟦team⟧ team as ⟦job⟧! ⟦f1.first⟧ comes to us from ⟦company⟧ where she built their analytics practice from scratch. Huge thanks to ⟦p2.full⟧ and ⟦p3.full⟧ for running such a thoughtful hiring process. Welcome aboard, ⟦f1.first⟧! 🎉 #hiring #team
""",
    ),
    (
        "en",
        r"""
Write 3 possible replies to this tweet thread, witty but kind:

@⟦p1.user⟧: hot take: airport lounges are just waiting rooms with worse chairs and better snacks
  @⟦p2.user⟧ replying to @⟦p1.user⟧: the snacks ARE the point ⟦p1.first⟧
  @⟦p3.user⟧: I once saw a man microwave fish in one. never again
  @⟦p1.user⟧ replying to @⟦p3.user⟧: this is why I fly with ⟦f4.first⟧, she brings her own sandwiches
""",
    ),
    (
        "en",
        r"""
Respond professionally to this review on our page:

★☆☆☆☆ ⟦p1.full⟧ — "Waited 40 minutes past my appointment. The receptionist (I think her name was ⟦f2.first⟧) was nice but the dentist, Dr ⟦p3.last⟧, rushed everything and didn't explain the bill."
""",
    ),
    (
        "en",
        r"""
Turn this marketplace listing into something that sells faster:

selling ⟦car⟧, 140k miles, new brakes, small dent rear left. ⟦amount⟧ obo. no lowballers. text ⟦phone⟧ ask for ⟦p1.first⟧. can meet near ⟦street⟧ after 6pm.
""",
    ),
    (
        "en",
        r"""
Please proofread this post for our lost & found page:

FOUND: small brown dog, no collar, very friendly, near ⟦street⟧ this morning. Looks like a dachshund mix, maybe 5–6 years old. He's safe with us for now. If he's yours, call or text ⟦p1.first⟧ at ⟦phone⟧ or email ⟦p1.email⟧. Please describe him so we know it's your pup!
""",
    ),
    (
        "en",
        r"""
Help me reply to this Reddit comment, I'm the OP:

u/⟦p1.user⟧ · 4h
> I'm a landlord and honestly your landlord is in the wrong here. Send a formal letter. In my state they have 30 days. Also, don't post your address publicly next time, I can see ⟦addr1⟧ in your screenshot.
""",
    ),
    # ---------------------------------------------------------------- letters, invites
    (
        "en",
        r"""
Write a warm reference letter from these notes:

- for ⟦f1.full⟧, applying to nursing school
- I'm ⟦p2.full⟧, charge nurse at ⟦clinic⟧, supervised her as a CNA for 3 years
- calm in emergencies, patients ask for her by name
- once stayed 2 hours after shift with a confused elderly patient until her son ⟦m3.first⟧ arrived
- reach me at ⟦p2.workemail⟧, ⟦phone⟧
""",
    ),
    (
        "en",
        r"""
Make this performance review feedback more constructive:

Employee: ⟦p1.rev⟧
Reviewer: ⟦p2.full⟧
Period: ⟦year⟧

⟦p1.first⟧ delivers but only when chased. Missed two deadlines on the ⟦team⟧ project which meant ⟦p3.first⟧ had to work the weekend. Good with customers. Needs to update Jira. Should not be promoted this cycle.
""",
    ),
    (
        "en",
        r"""
Can you make a fun invitation out of this?

⟦p1.first⟧'s 7th birthday!! Dinosaur theme. ⟦weekday⟧ ⟦date⟧, 2–5pm at ⟦addr1⟧. RSVP to ⟦f2.first⟧ (mum) on ⟦phone⟧. Siblings welcome. Please no presents, ⟦p1.first⟧ asked for donations to the zoo instead.
""",
    ),
    (
        "en",
        r"""
Edit the prayer list for Sunday's bulletin, keep it short and respectful:

- ⟦p1.full⟧, recovering from hip surgery
- the family of ⟦p2.full⟧, who passed away on ⟦date⟧
- ⟦p3.first⟧ and ⟦p4.first⟧ ⟦p4.last⟧, expecting their first child
- ⟦p5.full⟧, starting chemotherapy; cards can be sent to ⟦addr1⟧
""",
    ),
    (
        "en",
        r"""
Volunteer schedule for the food bank, can you spot double-bookings?

⟦weekday⟧ AM: ⟦p1.full⟧, ⟦p2.full⟧
⟦weekday⟧ PM: ⟦p3.full⟧, ⟦p1.full⟧
⟦weekday⟧ AM: ⟦p4.full⟧ (driver, cell ⟦phone⟧)
⟦weekday⟧ PM: ⟦p2.full⟧, ⟦p5.full⟧
Coordinator: ⟦p6.full⟧ — ⟦p6.email⟧
""",
    ),
    (
        "en",
        r"""
I'm on the HOA board. Soften this notice please:

NOTICE TO OWNER: ⟦p1.full⟧, Unit ⟦num⟧, ⟦addr1⟧
Our records show that your dog has been off-leash in the common garden on ⟦date⟧ and ⟦date⟧. This violates section 4.2 of the community rules. A fine of ⟦amount⟧ will be applied if this happens again. Contact the management office (⟦p2.full⟧, ⟦phone⟧) with any questions.
""",
    ),
    (
        "en",
        r"""
Draft a firm demand letter from these facts:

Client: ⟦p1.full⟧, ⟦addr1⟧
Opposing party: ⟦p2.full⟧, trading as ⟦company⟧
Amount owed: ⟦amount⟧ for kitchen renovation deposit, paid ⟦date⟧
Work never started. Texts from ⟦p2.first⟧ (from ⟦phone⟧) promised start dates three times.
Deadline: 14 days, then small claims.
Signed: ⟦p3.full⟧, attorney, ⟦company⟧
""",
    ),
    (
        "en",
        r"""
Reformat this contract preamble to standard style:

This Services Agreement is entered into by and between ⟦company⟧, a company registered in ⟦country⟧, represented by its director ⟦p1.full⟧ ("Client"), and ⟦p2.full⟧, an individual residing at ⟦addr1⟧, born on ⟦dob⟧ ("Contractor"), together the "Parties".
""",
    ),
    (
        "en",
        r"""
My grandmother wrote these family notes, can you turn them into a tidy family tree outline?

⟦p1.full⟧ (b. ⟦dob-old⟧, ⟦anycity⟧ – d. 1998) married ⟦p2.full⟧ (b. ⟦dob-old⟧)
  children:
  - ⟦p3.full⟧, born ⟦dob_long⟧
  - ⟦p4.first⟧, born ⟦dob_long⟧, died as a baby
  - ⟦p5.full⟧, born ⟦dob_long⟧, married ⟦p6.full⟧
""",
    ),
    (
        "en",
        r"""
Pet adoption application, please check it's complete before I submit:

Applicant: ⟦p1.full⟧
Home address: ⟦addr⟧
Phone: ⟦phone⟧
Email: ⟦p1.email⟧
Date of birth: ⟦dob⟧ (must be 21+)
Other household members: ⟦p2.first⟧ (partner), two teenagers
Vet reference: ⟦company⟧, Dr. ⟦p3.last⟧
Pet of interest: ⟦pet⟧, 3-year-old tabby
""",
    ),
    (
        "en",
        r"""
Summarize this hotel confirmation in two lines for my calendar:

Dear ⟦p1.full⟧,
Thank you for choosing ⟦hotel⟧. Your reservation is confirmed.
Confirmation: ⟦pnrcode⟧ | Check-in: ⟦date⟧ from 15:00 | Check-out: ⟦date⟧ by 11:00
Guests: 2 adults (⟦p1.full⟧, ⟦p2.full⟧)
Card on file: ⟦cc⟧ (will be charged at check-in)
We look forward to welcoming you.
""",
    ),
    (
        "en",
        r"""
Shorten these speaker bios to 50 words each for the program:

⟦f1.full⟧ is a ⟦job⟧ at ⟦company⟧, where she leads work on privacy-preserving analytics. Previously she spent eight years at ⟦univ⟧. She lives in ⟦city⟧ with her two kids and an unreasonable number of houseplants. Find her on Mastodon as @⟦f1.user⟧.

⟦p2.full⟧ builds tools for small farmers at ⟦company⟧. Before that, ⟦p2.first⟧ worked as an agronomist across East Africa and wrote a cookbook about sorghum.
""",
    ),
    (
        "en",
        r"""
Clean up this podcast transcript (remove ums, keep speaker labels):

⟦p1.upper⟧: So, um, welcome back. Today I have ⟦p2.full⟧ here, who, uh, runs the ⟦club⟧.
⟦p2.upper⟧: Thanks ⟦p1.first⟧, happy to be here.
⟦p1.upper⟧: So how did it start?
⟦p2.upper⟧: Honestly, um, it was me and ⟦p3.first⟧ ⟦p3.last⟧ on a rainy Tuesday, like, just two people and a thermos.
""",
    ),
    (
        "en",
        r"""
Transcribe this voicemail into a clean message:

"hi this is ⟦p1.full⟧ calling from ⟦clinic⟧ for ⟦p2.first⟧ ⟦p2.last⟧, um, just confirming your appointment on ⟦weekday⟧ at ⟦time⟧, please bring your insurance card, and if you need to reschedule call us back at ⟦phone⟧, again that's ⟦phone⟧, thanks bye"
""",
    ),
    (
        "en",
        r"""
delivery driver notes from our app, can you categorize the issues?

⟦order⟧ | ⟦p1.full⟧ | ⟦addr1⟧ | "gate code not working, called ⟦phone⟧ no answer"
⟦order⟧ | ⟦p2.full⟧ | ⟦addr1⟧ | "left with neighbour ⟦p3.first⟧ at no. ⟦num⟧"
⟦order⟧ | ⟦p4.full⟧ | ⟦addr1⟧ | "dog in yard, left at front gate"
""",
    ),
    (
        "en",
        r"""
Extract all entities (people, orgs, locations, dates) from this news-style paragraph as JSON:

Volunteers from ⟦company⟧ spent ⟦weekday⟧ clearing debris along the river in ⟦city⟧. Organizer ⟦p1.full⟧ said more than sixty people showed up, including ⟦p2.full⟧, who has lived on the same street for forty years. "We did this after the floods in ⟦year⟧ too," ⟦p2.last⟧ said.
""",
    ),
    (
        "en",
        r"""
Turn this sales call note into a follow-up email:

Call w/ ⟦p1.full⟧ (⟦job⟧ @ ⟦company⟧) — ⟦date⟧
- 120 seats, renewal in Q3, currently on competitor
- pain: SSO setup took 3 months last time
- wants pricing + security whitepaper
- decision maker is ⟦p2.full⟧ (CFO), ⟦p2.first⟧ hates long decks
- ⟦p1.first⟧'s direct line: ⟦phone⟧
""",
    ),
    (
        "en",
        r"""
Please write a short recommendation I can post for our babysitter:

Her name is ⟦f1.first⟧ ⟦f1.last⟧, she watched our twins for two summers, she's CPR certified, great with picky eaters, and she's looking for more families in ⟦city⟧ for weekday afternoons. Parents can reach her at ⟦phone⟧.
""",
    ),
    (
        "en",
        r"""
Complaint letter to the airline, please make it more effective:

Booking ⟦pnrcode⟧, flight ⟦flight⟧ on ⟦date⟧. Passengers ⟦p1.full⟧ and ⟦p2.full⟧. Our flight was cancelled with 3 hours notice, we were rebooked 26 hours later and given no hotel. We paid ⟦amount⟧ for a hotel ourselves. Please refund to the original card or to ⟦iban⟧. Contact: ⟦p1.email⟧, ⟦phone⟧.
""",
    ),
    (
        "en",
        r"""
Staff spotlight for the internal newsletter, make it fun:

This month we're celebrating ⟦p1.full⟧ from ⟦dept⟧! ⟦p1.first⟧ joined ⟦year⟧ and has since untangled our expense process, trained ⟦p2.first⟧ and ⟦p3.first⟧ on the new system, and runs the Friday quiz. Fun fact: ⟦p1.nick⟧ once met a celebrity in a lift and didn't recognise them.
""",
    ),
    (
        "en",
        r"""
Parse this sign-up payload and tell me which validation errors we should return:

POST /api/v1/register
{
  "first_name": "⟦p1.first⟧",
  "last_name": "⟦p1.last⟧",
  "email": "⟦p1.email⟧",
  "password": "********",
  "date_of_birth": "⟦dob_iso⟧",
  "phone": "⟦phone⟧",
  "address": {"line1": "⟦street⟧", "city": "⟦city⟧", "postcode": ""},
  "client_ip": "⟦ip⟧"
}
""",
    ),
    (
        "en",
        r"""
Slack export JSON, count messages per user:

[
  {"ts": "1718⟦num2⟧⟦num2⟧1.000200", "user": "U0⟦num2⟧", "user_name": "⟦p1.user⟧", "real_name": "⟦p1.full⟧", "text": "deploy is done, can someone smoke test?"},
  {"ts": "1718⟦num2⟧⟦num2⟧2.000300", "user": "U0⟦num2⟧", "user_name": "⟦p2.user⟧", "real_name": "⟦p2.full⟧", "text": "on it"},
  {"ts": "1718⟦num2⟧⟦num2⟧5.000100", "user": "U0⟦num2⟧", "user_name": "⟦p3.user⟧", "real_name": "⟦p3.full⟧", "text": "<@⟦p1.user⟧> checkout is throwing 500s"}
]
""",
    ),
    (
        "en",
        r"""
Discord log from our guild, write a friendly rules reminder based on what went wrong:

⟦p1.user⟧ — Today at ⟦time⟧
anyone selling the raid carry? dm me
⟦p2.user⟧ — Today at ⟦time⟧
@⟦p1.user⟧ no selling in general, read #rules
⟦p3.user⟧ — Today at ⟦time⟧
lol ⟦p1.first⟧ got told
⟦p1.user⟧ — Today at ⟦time⟧
whatever. add me off discord then, my number is ⟦phone⟧
""",
    ),
    (
        "en",
        r"""
Check this mail-merge output looks right before I send 300 of them:

Dear ⟦p1.first⟧,

Your membership at ⟦club⟧ renews on ⟦date⟧. We'll charge ⟦amount⟧ to the card on file unless you let us know by replying to this email. Your membership details:

Member: ⟦p1.full⟧
Member since: ⟦year⟧
Mailing address: ⟦addr⟧

See you on the water!
⟦p2.first⟧, Membership Secretary
""",
    ),
    (
        "en",
        r"""
Rewrite my dating profile so it's less generic:

hi, i'm ⟦p1.first⟧ 👋 ⟦job⟧ by day, amateur baker by night. originally from ⟦anycity⟧, now in ⟦city⟧. looking for someone to try every ⟦dish⟧ place with. my dog ⟦pet⟧ has to approve you. insta: @⟦p1.user⟧
""",
    ),
    (
        "en",
        r"""
This is the apartment application I'm sending, is it missing anything landlords usually want?

Applicant: ⟦p1.full⟧ | DOB ⟦dob⟧ | SSN ⟦ssn⟧
Current address: ⟦addr1⟧ (since ⟦year⟧)
Current landlord: ⟦p2.full⟧, ⟦phone⟧
Employer: ⟦company⟧, supervisor ⟦p3.full⟧
Emergency contact: ⟦f4.full⟧ (sister), ⟦phone⟧
""",
    ),
    (
        "en",
        r"""
Draft a polite text to our new neighbours from this:

we're ⟦p1.first⟧ and ⟦p2.first⟧ in number ⟦num⟧, welcome to the street! bins go out ⟦weekday⟧ night. if you ever need anything (or a parcel shows up for us) our numbers are ⟦phone⟧ and ⟦phone⟧. ⟦p3.first⟧ across the road has the spare key for the shared gate.
""",
    ),
    (
        "en",
        r"""
Please proofread this appointment reminder SMS template and this example rendering:

Template: Hi {first}, reminder of your {service} with {provider} on {date} at {time}. Reply C to confirm or R to reschedule.
Rendered: Hi ⟦p1.first⟧, reminder of your cleaning with Dr. ⟦p2.last⟧ on ⟦date⟧ at ⟦time⟧. Reply C to confirm or R to reschedule.
Sent to: ⟦phone⟧
""",
    ),
]

DOCS += [
    # ---------------------------------------------------------------- German
    (
        "de",
        r"""
Kannst du diesen Brief an die Hausverwaltung höflicher formulieren, aber bestimmt bleiben?

⟦p1.full⟧
⟦addr⟧

An die Hausverwaltung ⟦company⟧
z. Hd. Frau ⟦f2.last⟧

⟦city⟧, den ⟦date⟧

Betreff: Nebenkostenabrechnung ⟦year⟧ – Widerspruch

Sehr geehrte Frau ⟦f2.last⟧,

in der Abrechnung vom ⟦date⟧ wird mir Hausmeisterdienst für zwölf Monate berechnet, obwohl der Hausmeister, Herr ⟦m3.last⟧, laut Aushang erst seit Juni tätig ist. Ich bitte um Einsicht in die Belege. Bis zur Klärung zahle ich die Nachforderung unter Vorbehalt.

Für Rückfragen erreichen Sie mich unter ⟦phone⟧ oder ⟦p1.email⟧.

Mit freundlichen Grüßen
⟦p1.full⟧
""",
    ),
    (
        "de",
        r"""
Bitte prüfe diese Kündigung auf Fehler:

Kündigung meiner Mitgliedschaft

Name: ⟦p1.full⟧
Geburtsdatum: ⟦dob⟧
Mitgliedsnummer: ⟦acct⟧
Anschrift: ⟦addr1⟧

Hiermit kündige ich meine Mitgliedschaft im Fitnessstudio fristgerecht zum nächstmöglichen Zeitpunkt. Bitte stellen Sie die Lastschriften von meinem Konto ⟦iban⟧ ab diesem Datum ein und bestätigen Sie mir die Kündigung schriftlich per E-Mail an ⟦p1.email⟧.

⟦city⟧, ⟦date⟧
⟦p1.full⟧
""",
    ),
    (
        "de",
        r"""
fass mir bitte die wichtigsten punkte aus diesem chat zusammen, ich war nicht dabei:

⟦p1.first⟧: Leute, Elternabend ist am ⟦weekday⟧ um 19 Uhr, Raum 104
⟦p2.first⟧ ⟦p2.last⟧: Ich kann nicht, kann jemand mitschreiben?
⟦p3.first⟧: Mach ich. Geht es auch um die Klassenfahrt?
⟦p1.first⟧: Ja, Frau ⟦f4.last⟧ will die Kosten besprechen, ca. ⟦amount⟧ pro Kind
⟦p5.full⟧: Wer das nicht auf einmal zahlen kann, soll sich bei mir melden, ⟦phone⟧. Der Förderverein hilft.
""",
    ),
    (
        "at",
        r"""
Kannst du aus diesen Stichworten ein kurzes Protokoll machen?

Eigentümerversammlung, ⟦date⟧
Anwesend: ⟦p1.full⟧ (Top 1), ⟦p2.full⟧ (Top 4), ⟦p3.full⟧ (Top 7), Hausverwaltung: ⟦p4.full⟧
- Dachsanierung: Angebot ⟦company⟧ angenommen, ⟦amount⟧
- Fahrradraum: ⟦p2.first⟧ organisiert Entrümpelung
- Beschwerde über Lärm aus Top 7, ⟦p3.last⟧ entschuldigt sich, Problem gelöst
Nächste Versammlung im Frühjahr.
""",
    ),
    # ---------------------------------------------------------------- Spanish
    (
        "mx",
        r"""
¿Me ayudas a que este correo a la maestra suene más amable?

Buenas tardes, maestra ⟦f1.last⟧:

Soy ⟦f2.full⟧, mamá de ⟦m3.first⟧ ⟦m3.last⟧ de 3.º B. Le escribo porque ⟦m3.first⟧ no podrá asistir el ⟦weekday⟧ ya que tiene cita con el dentista. Le pido por favor que le envíe la tarea a mi correo ⟦f2.email⟧ o por WhatsApp al ⟦phone⟧. También quería comentarle que su papá, ⟦m4.full⟧, será quien lo recoja el resto de la semana.

Muchas gracias,
⟦f2.full⟧
""",
    ),
    (
        "es",
        r"""
Revisa esta reclamación antes de enviarla, por favor:

A la atención de ⟦company⟧, Servicio de Atención al Cliente

Yo, ⟦p1.full⟧, con domicilio en ⟦addr1⟧ y fecha de nacimiento ⟦dob⟧, titular del contrato ⟦acct⟧, presento la siguiente reclamación:

El día ⟦date⟧ se me cobró dos veces la factura de ⟦month⟧ (⟦amount⟧) en la cuenta ⟦iban⟧. A pesar de haber llamado tres veces y de haber hablado con ⟦p2.first⟧, de su departamento de facturación, no se me ha devuelto el importe.

Solicito la devolución en un plazo de diez días. Pueden contactarme en el ⟦phone⟧.

Atentamente,
⟦p1.full⟧
""",
    ),
    (
        "es",
        r"""
Hazme un resumen de este acta de la comunidad de vecinos:

Reunión ordinaria, ⟦date⟧. Asistentes: ⟦m1.full⟧ (presidente), ⟦p2.full⟧ (2.º A), ⟦p3.full⟧ (4.º C), ⟦m4.full⟧ (administrador).
1. Se aprueba cambiar el ascensor. Presupuesto de ⟦company⟧.
2. ⟦p3.last⟧ se queja de humedades; el administrador avisará al seguro.
3. La vecina ⟦f5.first⟧ del bajo pide permiso para instalar una rampa. Aprobado por unanimidad.
""",
    ),
    # ---------------------------------------------------------------- Portuguese
    (
        "br",
        r"""
Melhora esse currículo pra mim? Quero algo mais profissional.

⟦p1.full⟧
Data de nascimento: ⟦dob⟧
Endereço: ⟦addr1⟧
Celular/WhatsApp: ⟦phone⟧
E-mail: ⟦p1.email⟧

OBJETIVO: vaga de ⟦job⟧

EXPERIÊNCIA
⟦company⟧ (⟦year⟧ – atual) — atendimento ao cliente, controle de estoque
Loja do meu tio, ⟦m2.full⟧ (2017 – ⟦year⟧) — caixa e vendas

FORMAÇÃO: Ensino médio completo; curso técnico em administração (cursando)
""",
    ),
    (
        "br",
        r"""
Resume essa conversa do grupo do condomínio pra mim:

[⟦time⟧] ⟦f1.first⟧ (apto 32): Gente, alguém viu quem deixou o portão da garagem aberto ontem?
[⟦time⟧] ⟦p2.full⟧: Fui eu não, cheguei às 23h e tava fechado
[⟦time⟧] Síndica ⟦f3.full⟧: Vou pedir as imagens da câmera pro ⟦m4.first⟧ da portaria
[⟦time⟧] ⟦f1.first⟧ (apto 32): Obrigada ⟦f3.first⟧! Meu número pra quem quiser falar direto: ⟦phone⟧
""",
    ),
    (
        "pt",
        r"""
Podes corrigir esta carta à seguradora?

Exmos. Senhores,

Eu, ⟦m1.full⟧, residente em ⟦addr1⟧, tomador da apólice n.º ⟦policy⟧, venho por este meio participar um sinistro ocorrido no dia ⟦date⟧: uma infiltração vinda do apartamento de cima, propriedade do Sr. ⟦m2.full⟧, danificou o teto da sala.

Junto fotografias e o orçamento da ⟦company⟧. Solicito que a indemnização seja transferida para o IBAN ⟦iban⟧.

Contacto: ⟦phone⟧ · ⟦m1.email⟧

Com os melhores cumprimentos,
⟦m1.full⟧
""",
    ),
    # ---------------------------------------------------------------- French
    (
        "fr",
        r"""
Peux-tu rendre cette lettre de résiliation plus formelle ?

⟦p1.full⟧
⟦addr⟧
⟦phone⟧

Objet : résiliation de mon abonnement internet, contrat n° ⟦acct⟧

Madame, Monsieur,

Je vous informe de ma volonté de résilier mon abonnement à compter du ⟦date⟧, suite à mon déménagement. Merci de cesser les prélèvements sur le compte ⟦iban⟧ et de m'envoyer l'étiquette de retour pour la box à l'adresse ⟦p1.email⟧.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

⟦p1.full⟧
""",
    ),
    (
        "fr",
        r"""
Aide-moi à écrire l'avis de décès pour le journal à partir de ces notes :

- ⟦f1.full⟧, née le ⟦dob_long-old⟧ à ⟦anycity⟧
- décédée le ⟦date⟧ à ⟦city⟧
- épouse de ⟦m2.full⟧ (décédé)
- ses enfants ⟦p3.first⟧ et ⟦p4.first⟧, ses petits-enfants ⟦p5.first⟧, ⟦p6.first⟧ et ⟦p7.first⟧
- cérémonie à l'église ⟦~Saint-Pierre;Notre-Dame;Saint-Michel⟧ le ⟦weekday⟧ à 14h30
- ni fleurs ni couronnes, dons à la Ligue contre le cancer
""",
    ),
    (
        "fr",
        r"""
Résume ce compte rendu en 4 points :

Réunion d'équipe du ⟦date⟧
Présents : ⟦p1.full⟧, ⟦p2.full⟧, ⟦p3.fl⟧, ⟦p4.full⟧
Excusée : ⟦f5.full⟧
- ⟦p1.first⟧ présente le nouveau planning des astreintes.
- ⟦p2.last⟧ signale que le client ⟦company⟧ attend toujours le devis ; ⟦p4.first⟧ s'en charge.
- Le pot de départ de ⟦p3.fl⟧ aura lieu vendredi.
""",
    ),
    # ---------------------------------------------------------------- Italian
    (
        "it",
        r"""
Puoi sistemare questa lettera all'amministratore di condominio?

Gentile Amministratore ⟦m1.full⟧,

sono ⟦f2.full⟧, proprietaria dell'appartamento al terzo piano di ⟦addr1⟧. Da tre settimane l'ascensore è fermo e mia madre, ⟦f3.full⟧, che ha 88 anni, non può uscire di casa. Le chiedo di sollecitare la ditta ⟦company⟧ e di comunicarci una data certa.

Resto in attesa di un suo riscontro al ⟦phone⟧ o via mail a ⟦f2.email⟧.

Cordiali saluti,
⟦f2.full⟧
""",
    ),
    (
        "it",
        r"""
Migliora questo curriculum in formato europeo:

INFORMAZIONI PERSONALI
Nome: ⟦p1.full⟧
Data di nascita: ⟦dob⟧
Residenza: ⟦addr1⟧
Telefono: ⟦phone⟧
Email: ⟦p1.email⟧

ESPERIENZA LAVORATIVA
⟦year⟧ – oggi: ⟦job⟧ presso ⟦company⟧, ⟦city⟧
Referente: ⟦p2.full⟧

ISTRUZIONE
Laurea triennale in Economia, Università di ⟦city⟧
""",
    ),
    # ---------------------------------------------------------------- Dutch
    (
        "nl",
        r"""
Kun je deze mail aan de huisarts korter maken?

Beste dokter ⟦p1.last⟧,

Mijn zoon ⟦m2.first⟧ ⟦p3.last⟧ (geboren ⟦dob-kid⟧) heeft al twee weken last van hoesten, vooral 's nachts. Hij heeft geen koorts maar slaapt slecht. Mijn partner ⟦p4.first⟧ en ik vragen ons af of hij langs moet komen of dat we eerst kunnen afwachten. U kunt mij bellen op ⟦phone⟧.

Met vriendelijke groet,
⟦p3.full⟧
⟦addr⟧
""",
    ),
    (
        "nl",
        r"""
Check dit huurcontract even op rare dingen:

HUUROVEREENKOMST WOONRUIMTE
Verhuurder: ⟦p1.full⟧, wonende te ⟦addr1⟧
Huurder: ⟦p2.full⟧, geboren op ⟦dob⟧
Het gehuurde: ⟦addr1⟧
Huurprijs: ⟦amount⟧ per maand, te voldoen vóór de eerste van de maand op rekening ⟦iban⟧ t.n.v. ⟦p1.fl⟧
Huisdieren zijn niet toegestaan. Bezoek na 22.00 uur alleen met toestemming van de verhuurder.
""",
    ),
    (
        "be",
        r"""
Maak hier een korte nieuwsbrief van voor de ouders:

Beste ouders,
Volgende week ⟦weekday⟧ is er schoolfeest! Juf ⟦f1.first⟧ en meester ⟦m2.first⟧ zoeken nog helpers voor de taartenstand. Inschrijven kan bij ⟦p3.full⟧ (⟦phone⟧). De opbrengst gaat naar de nieuwe speeltuin. Tot dan!
""",
    ),
    # ---------------------------------------------------------------- Polish
    (
        "pl",
        r"""
Popraw proszę tę reklamację, żeby brzmiała bardziej oficjalnie:

⟦m1.full⟧
⟦addr⟧
tel. ⟦phone⟧

⟦company⟧
Dział Reklamacji

Reklamacja zamówienia ⟦order⟧

Dnia ⟦date⟧ zamówiłem ⟦product⟧. Po tygodniu urządzenie przestało działać. Kurier, pan ⟦m2.first⟧, odebrał paczkę ⟦date⟧, ale do dziś nie dostałem żadnej informacji. Proszę o zwrot pieniędzy na konto ⟦iban⟧.

Z poważaniem
⟦m1.full⟧
""",
    ),
    (
        "pl",
        r"""
Pomóż mi napisać zaproszenie na wesele na podstawie tych informacji:

- ⟦p1.first⟧ i ⟦p2.first⟧ biorą ślub
- ślub ⟦date⟧ o 15:00, kościół ⟦~św. Anny;Mariacki;św. Józefa⟧ w ⟦city⟧
- wesele w ⟦venue⟧
- rodzice: ⟦p3.full⟧ i ⟦p4.full⟧ oraz ⟦p5.full⟧ i ⟦p6.full⟧
- prosimy o potwierdzenie do końca miesiąca: ⟦p1.first⟧ ⟦phone⟧
""",
    ),
    # ---------------------------------------------------------------- Turkish
    (
        "tr",
        r"""
Bu dilekçeyi daha resmi hale getirir misin?

⟦company⟧ Site Yönetimine,

Sitenizin B blok 12 numaralı dairesinde oturan ⟦p1.full⟧'yım. Üst kattaki komşum ⟦p2.full⟧ ile yaşadığımız su sızıntısı sorunu iki aydır çözülmedi. Yönetici ⟦m3.first⟧ Bey'e defalarca haber verdim. Sorunun en kısa sürede çözülmesini rica ederim.

Adres: ⟦addr1⟧
Telefon: ⟦phone⟧

Tarih: ⟦date⟧
İmza: ⟦p1.full⟧
""",
    ),
    (
        "tr",
        r"""
şu iş başvurusu mesajını düzeltir misin, çok mu samimi olmuş?

Merhaba ⟦f1.first⟧ Hanım, ben ⟦p2.full⟧. ⟦p3.full⟧ sizin ilanınızdan bahsetti, ⟦job⟧ pozisyonu için başvurmak istiyorum. Doğum tarihim ⟦dob⟧, ⟦city⟧'de yaşıyorum. CV'mi ⟦p2.email⟧ adresinden gönderdim. Telefonum ⟦phone⟧. Teşekkürler!
""",
    ),
    # ---------------------------------------------------------------- Vietnamese
    (
        "vn",
        r"""
Sửa giúp mình đơn xin nghỉ phép này cho trang trọng hơn:

Kính gửi: Anh ⟦m1.full⟧ – Trưởng phòng ⟦dept⟧
Em tên là ⟦p2.full⟧ (ngày sinh: ⟦dob_num⟧), nhân viên bộ phận kế toán.
Em xin nghỉ phép từ ⟦date⟧ đến hết tuần để về quê lo đám cưới em gái. Trong thời gian nghỉ, chị ⟦f3.first⟧ sẽ hỗ trợ công việc của em. Nếu có việc gấp, anh có thể gọi em qua số ⟦phone⟧.
Em xin cảm ơn anh.
""",
    ),
    (
        "vn",
        r"""
Tóm tắt giúp mình thông tin đơn hàng này để gửi cho bên giao hàng:

Người nhận: ⟦p1.full⟧
Địa chỉ: ⟦addr1⟧
SĐT: ⟦phone⟧
Ghi chú: giao giờ hành chính, nếu không có ai thì gửi chị ⟦f2.first⟧ bán nước đầu ngõ.
Mã đơn: ⟦order⟧ – thu hộ ⟦amount⟧
""",
    ),
    # ---------------------------------------------------------------- Indonesian
    (
        "id",
        r"""
Tolong perbaiki surat lamaran kerja saya ini:

Dengan hormat,
Bapak/Ibu HRD ⟦company⟧

Saya yang bertanda tangan di bawah ini:
Nama: ⟦p1.full⟧
Tempat, tanggal lahir: ⟦city⟧, ⟦dob⟧
Alamat: ⟦addr1⟧
No. HP: ⟦phone⟧
Email: ⟦p1.email⟧

Bermaksud melamar posisi ⟦job⟧ sesuai info dari Bapak ⟦m2.full⟧. Saya memiliki pengalaman tiga tahun di bidang yang sama.

Hormat saya,
⟦p1.full⟧
""",
    ),
    (
        "id",
        r"""
rangkum chat grup arisan ini dong, siapa aja yang belum bayar?

⟦f1.first⟧: Ibu-ibu, arisan bulan ini di rumah Bu ⟦f2.first⟧ ya, hari ⟦weekday⟧ jam 4 sore
⟦f3.full⟧: Siap. Transfer ke rekening Bu ⟦f2.first⟧ atau cash?
⟦f2.full⟧: Boleh cash, boleh transfer. Alamat saya ⟦addr1⟧
⟦f4.first⟧: Maaf bulan ini saya telat bayar ya, suami baru gajian tgl 25
⟦f1.first⟧: Oke Bu ⟦f4.first⟧. Yang lain jangan lupa ya 🙏
""",
    ),
    # ---------------------------------------------------------------- Tagalog
    (
        "ph",
        r"""
Pakiayos naman itong sulat ko sa landlord, gusto ko maging magalang pero malinaw:

Magandang araw po, Ma'am ⟦f1.first⟧,

Ako po si ⟦p2.full⟧, ang umuupa sa unit sa ⟦addr1⟧. Gusto ko lang pong ipaalam na sira pa rin ang gripo sa kusina mula noong ⟦date⟧. Nakausap ko na po si Kuya ⟦m3.first⟧ na caretaker pero wala pa pong dumarating na tubero. Maaari po ba ninyo akong tawagan sa ⟦phone⟧?

Maraming salamat po,
⟦p2.full⟧
""",
    ),
    (
        "ph",
        r"""
Gawan mo ng maayos na mensahe para sa family group chat:

Hello fam! Birthday ni Lola ⟦f1.first⟧ sa ⟦date⟧, 80 na siya! Surprise party sa bahay nina Tita ⟦f2.first⟧ sa ⟦addr1⟧. Ambagan tayo, ⟦amount⟧ each, i-GCash kay ⟦p3.full⟧ sa ⟦phone⟧. Huwag sabihin kay Lola ha! Si ⟦p4.nick⟧ ang bahala sa lechon.
""",
    ),
    # ---------------------------------------------------------------- Swahili
    (
        "ke",
        r"""
Nisaidie kuboresha barua hii ya maombi ya kazi:

⟦p1.full⟧
⟦addr⟧
Simu: ⟦phone⟧
Barua pepe: ⟦p1.email⟧

Kwa Meneja wa Rasilimali Watu,
⟦company⟧

YAH: MAOMBI YA KAZI YA ⟦job|upper⟧

Ndugu,
Ninaomba nafasi ya kazi iliyotangazwa. Nina uzoefu wa miaka mitatu na nilifanya kazi chini ya usimamizi wa Bw. ⟦m2.full⟧, ambaye yuko tayari kunitolea ushuhuda.

Wako mtiifu,
⟦p1.full⟧
""",
    ),
    (
        "tz",
        r"""
Fupisha ujumbe huu wa kikundi chetu cha chama:

Habari wanachama! Mkutano wa mwezi huu utakuwa ⟦weekday⟧ nyumbani kwa Mama ⟦f1.first⟧. Michango ya ⟦amount⟧ itumwe kwa M-Pesa kwa mweka hazina ⟦p2.full⟧, namba ⟦phone⟧. ⟦p3.first⟧ na ⟦p4.first⟧ bado hawajalipa mwezi uliopita. Karibuni wote!
""",
    ),
]

DOCS += [
    # ---------------------------------------------------------------- more English, varied placement
    (
        "en",
        r"""
⟦p1.full⟧ asked me to summarize the customer interviews. Can you group these quotes by theme?

"I never know which plan I'm on." — ⟦p2.fl⟧, small business owner
"The app logged me out mid-payment twice." — ⟦p3.first⟧, student
"Support was great, shout-out to ⟦p4.first⟧ in chat." — anonymous
"I'd pay more for a family plan." — ⟦p5.full⟧, parent of three
""",
    ),
    (
        "en",
        r"""
Translate this note into French for the school:

To whom it may concern — ⟦f1.full⟧ has my permission to travel with the class to ⟦city⟧ from ⟦date⟧ to ⟦date⟧. In an emergency please contact me, ⟦p2.full⟧, at ⟦phone⟧, or her aunt ⟦f3.full⟧ at ⟦phone⟧. ⟦f1.first⟧ is allergic to penicillin. Date of birth: ⟦dob-kid⟧.
""",
    ),
    (
        "en",
        r"""
Reading list request from my book club — ⟦p1.first⟧ wants something like "Small Things Like These", ⟦p2.first⟧ only reads thrillers, and ⟦p3.first⟧ ⟦p3.last⟧ refuses anything over 300 pages. Find three books that could make all of them happy.
""",
    ),
    (
        "en",
        r"""
Proofread this thank-you card:

Dear ⟦p1.first⟧ and ⟦p2.first⟧,
Thank you so much for the beautiful blanket! ⟦f3.first⟧ has not let go of it since it arrived. We can't wait for you to meet her properly — come over any weekend, you know where we are (⟦street⟧, the one with the crooked mailbox).
Love,
⟦p4.first⟧, ⟦p5.first⟧ & baby ⟦f3.first⟧
""",
    ),
    (
        "en",
        r"""
Write a short bio for the conference badge app from this: ⟦p1.full⟧, ⟦job⟧ at ⟦company⟧, talks about accessibility and old synthesizers, say hi at booth 14. Handle @⟦p1.user⟧. Co-speaker ⟦p2.west⟧.
""",
    ),
    (
        "en",
        r"""
Summarize the police non-emergency report I filed, I need it for the insurance form:

Report number: ⟦num2⟧-⟦num2⟧⟦num2⟧
Reporting person: ⟦p1.rev⟧
DOB: ⟦dob⟧
Address: ⟦addr⟧
Phone: ⟦phone⟧
Offense: theft from vehicle
Details: Between 23:00 and 06:30 someone broke the passenger window of my ⟦car⟧ parked outside my home and took a laptop bag. Neighbor ⟦p2.full⟧ heard glass at around 3am.
""",
    ),
    (
        "en",
        r"""
Can you write a gentle reminder for this overdue rent? Tenant info:

Tenant: ⟦p1.full⟧ and ⟦p2.full⟧
Unit: ⟦addr1⟧
Rent due: 1st, ⟦amount⟧
Paid so far: ⟦amount⟧
Payment details for the balance: ⟦iban⟧, reference "unit ⟦num⟧ rent"
""",
    ),
    (
        "en",
        r"""
Customer complaint came in through the web form, draft a reply:

Name: ⟦f1.full⟧
Email: ⟦f1.email⟧
Order: ⟦order⟧
Message: The ⟦product⟧ arrived with a cracked panel. I want a replacement, not store credit. I've attached photos. My husband ⟦m2.first⟧ already called twice and was told someone would call back. Submitted from ⟦ip⟧.
""",
    ),
    (
        "en",
        r"""
I'm building a test fixture generator. Is this realistic enough as a sample patient record?

{"patient": {"name": {"given": ["⟦p1.first⟧"], "family": "⟦p1.last⟧"}, "birthDate": "⟦dob_iso⟧", "telecom": [{"system": "phone", "value": "⟦phone⟧"}, {"system": "email", "value": "⟦p1.email⟧"}], "address": [{"text": "⟦addr1⟧"}], "generalPractitioner": [{"display": "Dr ⟦p2.full⟧"}]}}
""",
    ),
    (
        "en",
        r"""
The kids' teacher wants a list for the carpool. Make a table:

⟦rows 3-5⟧- ⟦r.first⟧ (parents: ⟦rf.west⟧ & ⟦rm.first⟧), pickup at ⟦street⟧, ⟦phone⟧, ⟦~Mon/Wed;Tue/Thu;Fridays;any day⟧
⟦/rows⟧""",
    ),
    (
        "en",
        r"""
write a short caption for this photo post. people in it from left: ⟦p1.first⟧, me, ⟦p2.first⟧ ⟦p2.last⟧ and ⟦p3.nick⟧. it's the last day at ⟦company⟧ before ⟦p2.first⟧ moves to ⟦anycity⟧.
""",
    ),
    (
        "en",
        r"""
Anonymize this paragraph for our case study (replace names with roles):

When ⟦f1.full⟧ first contacted us, her bakery was losing money on wholesale orders. Her business partner ⟦p2.full⟧ handled deliveries, and their accountant, ⟦p3.fl⟧, warned that the café contracts were underpriced. Within six months, ⟦f1.last⟧ had renegotiated three of them.
""",
    ),
    (
        "en",
        r"""
Help me understand this medical bill:

PATIENT: ⟦p1.rev⟧      ACCOUNT: ⟦acct⟧
GUARANTOR: ⟦p2.full⟧   ⟦addr⟧
DATE OF SERVICE: ⟦date⟧   PROVIDER: ⟦clinic⟧
99214 Office visit, est. patient, moderate ..... 245.00
85025 CBC w/ diff ............................. 38.00
Insurance paid ................................ -190.40
PATIENT RESPONSIBILITY ........................ 92.60
Pay by phone ⟦phone_us⟧ or by card below.
""",
    ),
    (
        "en",
        r"""
I run a small Airbnb. Make this check-in message warmer:

Hi ⟦p1.first⟧, your stay at ⟦addr1⟧ starts ⟦date⟧. Door code will be sent the morning of arrival. Wifi: Guest5G. Trash out on ⟦weekday⟧. If anything breaks call my cleaner ⟦p2.first⟧ (⟦phone⟧), not me, I'm travelling. — ⟦p3.first⟧
""",
    ),
    (
        "en",
        r"""
Which of these mailing list bounces should I remove?

⟦rows 4-6⟧⟦r.email⟧ — 550 5.1.1 user unknown
⟦/rows⟧⟦email⟧ — 452 4.2.2 mailbox full
⟦email⟧ — 421 try again later
""",
    ),
    (
        "en",
        r"""
Make a timeline from this witness statement:

I, ⟦p1.full⟧, of ⟦addr1⟧, state the following. On ⟦date⟧ at about ⟦time⟧ I was walking my dog past ⟦company⟧ when I saw a man I now know to be ⟦p2.full⟧ arguing with the shop owner, ⟦p3.full⟧. ⟦p2.last⟧ pushed a display stand over and left on a bicycle. I called 999 from my mobile, ⟦phone⟧. I am willing to attend court.
""",
    ),
    (
        "en",
        r"""
Reply to this parent email on behalf of the coach, short and kind:

"Hi Coach ⟦p1.last⟧, it's ⟦m2.full⟧, ⟦m3.first⟧'s dad. ⟦m3.first⟧ was really upset he didn't play on Saturday. I know he missed a practice but his mum ⟦f4.first⟧ had surgery that week. Can we talk? ⟦phone⟧"
""",
    ),
    (
        "en",
        r"""
Please make this GDPR data access request stronger:

To the Data Protection Officer, ⟦company⟧

Under Article 15 GDPR I request a copy of all personal data you hold about me. To identify me: name ⟦p1.full⟧, date of birth ⟦dob⟧, customer email ⟦p1.email⟧, phone ⟦phone⟧, and postal address ⟦addr1⟧. Please reply within one month.
""",
    ),
    (
        "en",
        r"""
Summarize this WhatsApp export for my lawyer, just the facts about the deposit:

⟦date_num@d⟧, ⟦time⟧ - ⟦p1.full⟧: Hi, this is ⟦p1.first⟧ the landlord. Deposit will be back by end of month.
⟦date_num@d⟧, ⟦time⟧ - ⟦p2.full⟧: Thanks. It's been 5 weeks already though
⟦date_num@d⟧, ⟦time⟧ - ⟦p1.full⟧: I'm deducting for the carpet. ⟦p3.first⟧ from the agency will send photos
⟦date_num@d⟧, ⟦time⟧ - ⟦p2.full⟧: The carpet was already stained, it's in the inventory. Please send the full amount to ⟦iban⟧
""",
    ),
    (
        "en",
        r"""
Optimize this Python, it's slow on 200k rows:

rows = [
    {"name": "⟦p1.full⟧", "email": "⟦p1.email⟧", "signup": "⟦date_iso⟧"},
    {"name": "⟦p2.full⟧", "email": "⟦p2.email⟧", "signup": "⟦date_iso⟧"},
    # ...
]
seen = []
for r in rows:
    if r["email"].lower() not in [s.lower() for s in seen]:
        seen.append(r["email"])
""",
    ),
    (
        "en",
        r"""
OK here's the context for the toast. Bride: ⟦f1.full⟧ (goes by ⟦f1.nick⟧). Groom: ⟦m2.full⟧. They met at ⟦univ⟧ in a statistics class she was failing and he was tutoring. Her grandmother ⟦f3.first⟧ flew in from ⟦anycity⟧. Write me 90 seconds, funny first, sincere at the end.
""",
    ),
    (
        "en",
        r"""
my manager ⟦p1.first⟧ wants a weekly update. here's my week, make it sound good but honest:
- fixed the export bug ⟦p2.first⟧ reported
- spent 2 days waiting on access from IT (ticket ⟦ticket⟧)
- paired with ⟦p3.full⟧ on the onboarding flow
- interviewed a candidate, ⟦p4.full⟧, strong yes
""",
    ),
    (
        "en",
        r"""
Insurance wants a list of everything stolen with receipts. Draft the cover email:

Claim: ⟦claim⟧
Insured: ⟦p1.full⟧, ⟦addr1⟧
Items: laptop, two bikes, a ⟦product⟧, jewellery inherited from my mother ⟦f2.full⟧
Contact: ⟦p1.email⟧ · ⟦phone⟧
""",
    ),
]

DOCS += [
    # ---------------------------------------------------------------- payment cards
    (
        "en",
        r"""
Is this log line a PCI problem? Found it in our checkout service:

⟦ts⟧ ERROR payment.gateway - charge failed: {"amount": 4599, "currency": "usd", "card_number": "⟦cc⟧", "exp": "⟦exp⟧", "holder": "⟦p1.upper⟧", "customer_email": "⟦p1.email⟧", "decline_code": "do_not_honor"}

How do we make sure this never gets logged again? We use structlog.
""",
    ),
    (
        "en",
        r"""
Rewrite this email to the hotel so it's clear and polite:

hello, we have booking ⟦pnrcode⟧ for ⟦date⟧. please charge the remaining balance to my card ⟦cc⟧ (exp ⟦exp⟧), not the card used for the deposit. the name on the card is ⟦m1.full⟧. my wife ⟦f2.first⟧ will check in first because my flight lands late. thank you, ⟦m1.first⟧
""",
    ),
    (
        "en",
        r"""
Expense report — can you categorize these and total per card?

Cardholder: ⟦p1.full⟧ (⟦dept⟧)
Corporate card: ⟦cc@a⟧
⟦date⟧  Uber to airport ........ ⟦amount⟧
⟦date⟧  ⟦hotel⟧ ............... ⟦amount⟧
⟦date⟧  Dinner w/ client ⟦p2.full⟧ ... ⟦amount⟧
Personal card (reimburse): ⟦cc⟧
⟦date⟧  Conference fee ......... ⟦amount⟧
Approver: ⟦p3.full⟧
""",
    ),
    (
        "en",
        r"""
A customer sent this in chat, what should the agent say? We're not allowed to take card numbers over chat.

Customer: hi it's ⟦p1.first⟧, the payment keeps failing. here's my card ⟦cc⟧ exp ⟦exp⟧, can you just put it through manually? order ⟦order⟧
""",
    ),
    (
        "en",
        r"""
I'm writing unit tests for a Luhn validator. Which of these should pass?

VALID = [
    "⟦cc⟧",
    "⟦cc⟧",
    "⟦cc⟧",
]
INVALID = ["4111 1111 1111 1112", "1234-5678-9012-3456", "0000000000000000"]
""",
    ),
    (
        "en",
        r"""
Summarize the dispute for the bank's form, 100 words:

Account holder: ⟦p1.full⟧, ⟦addr1⟧, ⟦phone⟧
Card: ⟦cc⟧
Merchant: ⟦company⟧
Transaction date: ⟦date⟧, amount ⟦amount⟧
I cancelled the subscription on ⟦date⟧ (confirmation email from ⟦p2.first⟧ at their support) but was charged again the following month.
""",
    ),
    # ---------------------------------------------------------------- IP addresses
    (
        "en",
        r"""
Which client is hammering us? nginx access log excerpt:

⟦ip_pub@a⟧ - ⟦p1.user⟧ [⟦date_iso@d⟧:10:02:11 +0000] "GET /api/v2/reports?page=1 HTTP/1.1" 200 18233 "-" "python-requests/2.31"
⟦ip_pub@a⟧ - ⟦p1.user⟧ [⟦date_iso@d⟧:10:02:11 +0000] "GET /api/v2/reports?page=2 HTTP/1.1" 200 18102 "-" "python-requests/2.31"
⟦ip_pub⟧ - - [⟦date_iso@d⟧:10:02:12 +0000] "GET /favicon.ico HTTP/1.1" 404 153 "-" "Mozilla/5.0"
⟦ip_pub@a⟧ - ⟦p1.user⟧ [⟦date_iso@d⟧:10:02:12 +0000] "GET /api/v2/reports?page=3 HTTP/1.1" 429 61 "-" "python-requests/2.31"
⟦ip6⟧ - ⟦p2.user⟧ [⟦date_iso@d⟧:10:02:13 +0000] "POST /api/v2/login HTTP/1.1" 200 412 "-" "okhttp/4.12"
""",
    ),
    (
        "en",
        r"""
Our security group rules are a mess. Can you turn these comments into proper descriptions?

allow tcp 22 from ⟦ip_pub⟧/32   # ⟦p1.first⟧ home
allow tcp 22 from ⟦ip_pub⟧/32   # ⟦p2.first⟧ ⟦p2.last⟧ (contractor, remove after March)
allow tcp 5432 from ⟦ip_pub⟧/32 # ⟦p3.nick⟧'s laptop at the cafe??
allow tcp 443 from 0.0.0.0/0    # public
""",
    ),
    (
        "en",
        r"""
Audit log export from our admin panel — who changed the billing settings?

{"actor": "⟦p1.workemail⟧", "action": "billing.update", "ip": "⟦ipx⟧", "at": "⟦ts⟧"}
{"actor": "⟦p2.workemail⟧", "action": "user.invite", "target": "⟦p3.email⟧", "ip": "⟦ipx⟧", "at": "⟦ts⟧"}
{"actor": "⟦p1.workemail⟧", "action": "billing.update", "ip": "⟦ipx⟧", "at": "⟦ts⟧"}
{"actor": "system", "action": "invoice.generated", "at": "⟦ts⟧"}
""",
    ),
    (
        "en",
        r"""
Explain these email headers — is this message spoofed?

Received: from mail-⟦num⟧.example-mailer.net (mail-⟦num⟧.example-mailer.net [⟦ip_pub⟧])
Received: from [⟦ip_lan⟧] (unknown [⟦ip_pub⟧]) by smtp.example-mailer.net
From: "⟦p1.full⟧" <⟦p1.email⟧>
Reply-To: ⟦email⟧
To: ⟦p2.email⟧
Subject: Urgent wire request
Authentication-Results: spf=softfail; dkim=none; dmarc=fail
""",
    ),
    (
        "en",
        r"""
Moderation queue from the blog, which comments look like spam?

Author: ⟦p1.full⟧ | ⟦p1.email⟧ | IP: ⟦ip⟧
"Great recipe, I added extra garlic!"

Author: ⟦p2.user⟧ | ⟦p2.email⟧ | IP: ⟦ip⟧
"best crypto signals telegram dm now"

Author: ⟦p3.first⟧ | ⟦p3.email⟧ | IP: ⟦ip6⟧
"Can I use frozen spinach instead?"
""",
    ),
    (
        "en",
        r"""
help me write a ban appeal. the server banned me for "ban evasion" because my ip ⟦ip_pub⟧ matched an account called ⟦m1.user⟧. that's my brother ⟦m1.first⟧, we live in the same house (same wifi). my account is ⟦p2.user⟧.
""",
    ),
    (
        "en",
        r"""
Minecraft server whitelist + ops, can you convert to the JSON format the server expects?

⟦p1.user⟧  (op, ⟦p1.first⟧ — owner)
⟦p2.user⟧  (op)
⟦p3.user⟧
⟦p4.user⟧  — last seen from ⟦ip⟧, griefed spawn, remove
""",
    ),
    # ---------------------------------------------------------------- US SSNs
    (
        "us",
        r"""
Benefits enrollment — please check the dependent section is filled in right:

EMPLOYEE: ⟦p1.full⟧   SSN: ⟦ssn⟧   DOB: ⟦dob⟧
SPOUSE: ⟦p2.full⟧     SSN: ⟦ssn⟧   DOB: ⟦dob⟧
DEPENDENT 1: ⟦m3.full⟧  SSN: ⟦ssn⟧  DOB: ⟦dob-kid⟧  Relationship: son
DEPENDENT 2: ⟦f4.full⟧  SSN: pending  DOB: ⟦dob-kid⟧  Relationship: daughter
Plan: PPO Family   Effective: ⟦date⟧
""",
    ),
    (
        "us",
        r"""
Write a dispute letter to the credit bureau using these details:

My name: ⟦p1.full⟧
Address: ⟦addr⟧
SSN: ⟦ssn⟧
Date of birth: ⟦dob⟧
Item to dispute: collections account from ⟦company⟧, ⟦amount⟧ — I never had an account with them. The report lists my old address and a phone number (⟦phone⟧) that isn't mine.
""",
    ),
    (
        "us",
        r"""
tax stuff for my preparer, can you organize it into a checklist?

- me: ⟦m1.full⟧, ssn ⟦ssn⟧, W-2 from ⟦company⟧
- wife: ⟦f2.full⟧, ssn ⟦ssn⟧, 1099-NEC from freelance design
- kids: ⟦p3.first⟧ (born ⟦dob-kid⟧, ssn ⟦ssn⟧) and ⟦p4.first⟧ (born ⟦dob-kid⟧, ssn ⟦ssn⟧)
- daycare: ⟦company⟧, paid ⟦amount⟧
- moved in june, new address ⟦addr1⟧
""",
    ),
    (
        "us",
        r"""
I-9 onboarding summary for HR, check for missing items:

New hire: ⟦p1.rev⟧
Start date: ⟦date⟧
SSN: ⟦ssn⟧
DOB: ⟦dob⟧
Address: ⟦addr1⟧
Documents seen: List A — US passport (verified by ⟦p2.full⟧, HR)
Direct deposit: routing on file, account ending ⟦last4⟧
""",
    ),
    (
        "us",
        r"""
i think i got scammed. i typed my ssn ⟦ssn⟧ and my bank login into a site that looked like the irs after a text from ⟦phone⟧. what do i do right now, in order
""",
    ),
    (
        "us",
        r"""
Medicaid application — help me answer the household section correctly:

Household member 1: ⟦p1.full⟧, DOB ⟦dob⟧, SSN ⟦ssn⟧, employed part-time at ⟦company⟧
Household member 2: ⟦p2.full⟧, DOB ⟦dob⟧, SSN ⟦ssn⟧, not employed (disability)
Household member 3: ⟦p3.first⟧, DOB ⟦dob-kid⟧, no SSN yet
Mailing address: ⟦addr⟧
Phone: ⟦phone⟧
""",
    ),
    # ---------------------------------------------------------------- lowercase and unusual name positions
    (
        "en",
        r"""
thx for the intro ⟦p1.first|lower⟧! looping in ⟦f2.first|lower⟧ from our side, she owns the integration. ⟦f2.first|lower⟧ → ⟦p1.first|lower⟧ runs partnerships at ⟦company⟧. can you two find 30 min next week?
-- please make this intro email more professional
""",
    ),
    (
        "en",
        r"""
Sort these authors for the bibliography (APA 7):

⟦p1.rev⟧, ⟦p2.fl⟧, & ⟦p3.fl⟧ (⟦year⟧). Measuring latency in distributed queues. Journal of Systems Research, 12(3), 44–61.
⟦p4.rev⟧ (⟦year⟧). Notes on backpressure. Self-published.
⟦p5.rev⟧, & ⟦p1.rev⟧ (⟦year⟧). Tail latency at scale. Proc. of the Workshop on Queues.
""",
    ),
    (
        "en",
        r"""
Fix the grammar only, keep the tone:

Me and ⟦p1.first⟧ was thinking about going to ⟦anycity⟧ in the summer but ⟦p1.first⟧'s mum ⟦f2.first⟧ says its to hot then. ⟦m3.full⟧ said we should go in spring instead but he never been there himself.
""",
    ),
    (
        "en",
        r"""
⟦p1.full⟧ here — I'm the new treasurer of the ⟦club⟧. Can you help me write a message to members reminding them that annual dues (⟦amount⟧) are due by ⟦date⟧, payable to ⟦iban⟧ with their surname as reference? Previous treasurer ⟦p2.full⟧ is still helping with the handover.
""",
    ),
]

CHAT += [
    (
        "en",
        r"""yo can u help me name my fantasy team, league is me ⟦p1.first⟧ ⟦p2.first⟧ and ⟦p3.first⟧ from work and they all have pun names""",
    ),
    (
        "en",
        r"""my bf ⟦m1.first⟧ forgot our anniversary AGAIN. give me a passive aggressive text i can send him that's still kinda funny""",
    ),
    (
        "en",
        r"""i need to cancel my gym membership but they want me to come in person, can i just email them? my member email is ⟦p1.email⟧""",
    ),
    ("en", r"""who's right: ⟦p1.first⟧ says a hot dog is a sandwich, i say it isn't. settle it"""),
    (
        "en",
        r"""my grandma ⟦f1.first⟧ keeps forwarding chain msgs to the fam chat, how do i politely tell her they're fake without hurting her feelings""",
    ),
    (
        "en",
        r"""got a text from ⟦phone⟧ saying my package is held at customs and i need to pay ⟦amount⟧. i'm not expecting anything. scam?""",
    ),
    (
        "en",
        r"""write a funny out-of-office for me. i'm ⟦p1.first⟧, i'll be at my cousin ⟦p2.first⟧'s wedding in ⟦anycity⟧ and then asleep for 2 days""",
    ),
    (
        "en",
        r"""my coworker ⟦p1.full⟧ keeps microwaving fish. write an anonymous but nice note for the kitchen""",
    ),
    (
        "en",
        r"""ok so ⟦p1.first⟧ from tinder wants to meet at ⟦street⟧ which is literally a parking lot?? red flag or am i overthinking""",
    ),
    (
        "en",
        r"""can you explain crypto to my dad like he's 5. he's ⟦m1.first⟧, 64, thinks bitcoin is a company""",
    ),
    (
        "en",
        r"""hey so my brother ⟦m1.nick⟧ moved and his new place is ⟦addr1⟧, what's a good housewarming gift under 50 bucks""",
    ),
    (
        "en",
        r"""does this sound ok for a condolence text? "hey ⟦p1.first⟧, so sorry about your dad. he was always so kind to us at ⟦company⟧. here if you need anything" """,
    ),
    (
        "en",
        r"""my card ⟦cc⟧ got declined at the store but the app says i have money?? is it the card or the bank""",
    ),
    (
        "en",
        r"""need a comeback for my friend ⟦p1.first⟧ who just said my cooking tastes like "hospital food" """,
    ),
    ("en", r"""im 16 and my bday is ⟦dob-teen⟧, when can i get my learners permit in ⟦state⟧"""),
    (
        "en",
        r"""pls write a short apology to my neighbor ⟦f1.first⟧ at ⟦street⟧, our dog dug under the fence and ate her tulips 😭""",
    ),
    (
        "en",
        r"""whats the difference between a roth and a regular ira, my financial guy ⟦p1.full⟧ keeps saying roth but won't explain""",
    ),
    (
        "en",
        r"""remind me what i should ask the vet. cat is ⟦pet⟧, vet is dr ⟦p1.last⟧, appt friday, she's been throwing up""",
    ),
    (
        "en",
        r"""lol my boss ⟦p1.first⟧ just sent 'we need to talk' at 5pm on a friday. what does it mean. be honest""",
    ),
    (
        "en",
        r"""our wifi name is literally '⟦p1.first⟧ ⟦p1.last⟧ network' and a guy on reddit found it with wigle. how bad is that""",
    ),
]

CLEAN += [
    (
        "en",
        r"""
Explain the difference between `git rebase` and `git merge` for a team of five working on the same feature branch. When does rebase become dangerous, and what's a sane default policy for pull requests?
""",
    ),
    (
        "en",
        r"""
Write a Python function that parses durations like "1h30m", "45s", "2d4h" into seconds. Raise ValueError on anything else. Include doctests.
""",
    ),
    (
        "en",
        r"""
What does this cron expression mean: `*/15 9-17 * * 1-5`? And how would I write "every second Tuesday of the month at 07:30"?
""",
    ),
    (
        "en",
        r"""
TypeError: Cannot read properties of undefined (reading 'map')
    at ProductGrid (ProductGrid.jsx:22:31)
    at renderWithHooks (react-dom.development.js:16305:18)

Line 22 is `{data.items.map(item => <Card key={item.sku} {...item} />)}`. The API sometimes returns `{}` while loading. Cleanest fix?
""",
    ),
    (
        "en",
        r"""
How many liters of paint do I need for a room 4.2 m by 3.6 m with 2.5 m ceilings, two coats, one door (0.9 × 2.0) and two windows (1.2 × 1.4)? Coverage is 10 m² per liter. Walls only.
""",
    ),
    (
        "en",
        r"""
Give me a regex-free way in Python to check whether a string is a valid semantic version like ⟦ver⟧ or 1.0.0-rc.1+build.5. Then tell me whether packaging.version handles pre-release ordering correctly.
""",
    ),
    (
        "en",
        r"""
docker compose up fails with:

Error response from daemon: driver failed programming external connectivity on endpoint api-1: Bind for 0.0.0.0:⟦port⟧ failed: port is already allocated

I don't have anything else running that I know of. How do I find what's holding the port on macOS?
""",
    ),
    (
        "en",
        r"""
Suggest names for a hiking club Discord bot that posts weather and trail closures. Something short, not punny, available as a .dev domain ideally. Ten options.
""",
    ),
    (
        "en",
        r"""
What's the time complexity of building a heap from an unsorted array with heapify versus inserting elements one by one? Give the intuition for why heapify is linear, not a proof.
""",
    ),
    (
        "en",
        r"""
I keep mixing up "affect" and "effect". Give me a memory trick and 6 fill-in-the-blank sentences, answers at the end.
""",
    ),
    (
        "en",
        r"""
Convert this YAML to TOML for pyproject:

tool:
  ruff:
    line-length: 100
    lint:
      select: [E, F, I, B]
      ignore: [E501]
  pytest:
    ini_options:
      testpaths: [tests]
      addopts: -q
""",
    ),
    (
        "en",
        r"""
Which is better for a 20-person startup's internal docs: Notion, Confluence, or a docs folder in the monorepo rendered with MkDocs? We're mostly engineers, a few sales people who won't touch git.
""",
    ),
    (
        "en",
        r"""
Recipe scaling: this focaccia uses 500 g flour, 400 g water, 10 g salt, 7 g instant yeast, 40 g olive oil for a 30×40 cm tray. I have a 23×33 cm tray. Scale it and adjust the baking time.
""",
    ),
    (
        "en",
        r"""
Explain what a Bloom filter is, when a false positive rate of 1% is acceptable, and how to size one for 10 million keys. Include the formula.
""",
    ),
    (
        "en",
        r"""
My houseplant (a monstera) has yellow leaves at the bottom and brown crispy edges on the new ones. It's near a north window, watered weekly. What's wrong?
""",
    ),
    (
        "en",
        r"""
Write a haiku sequence (three haiku) about a deploy that goes wrong at 4:55 pm on a Friday.
""",
    ),
    (
        "en",
        r"""
mypy complains:

error: Argument 1 to "process" has incompatible type "list[int]"; expected "list[float]"  [arg-type]
note: "List" is invariant -- see https://mypy.readthedocs.io/en/stable/common_issues.html#variance

Why is list invariant but Sequence is fine? Should I just annotate with Sequence[float]?
""",
    ),
    (
        "en",
        r"""
Help me word a Slack announcement: the office will be closed on ⟦date⟧ for the building's electrical inspection. Remote work as usual, VPN will be up, the badge readers won't.
""",
    ),
    (
        "en",
        r"""
What are good first projects to learn embedded Rust on a Raspberry Pi Pico? I know C and some Python, I have a breadboard, LEDs, a BME280 sensor and a small OLED.
""",
    ),
    (
        "en",
        r"""
Compare the Jordan and Chad national parks situation for a wildlife trip: Wadi Rum and Dana versus Zakouma. Safety, best months, how to get there, rough costs. I'm flying from ⟦anycity⟧.
""",
    ),
    (
        "en",
        r"""
Generate 10 realistic but fake product names for a line of outdoor gear (tents, stoves, jackets). Avoid anything that sounds like an existing brand.
""",
    ),
    (
        "en",
        r"""
This Kotlin coroutine never finishes in my unit test:

@Test fun loadsProfile() = runTest {
    val vm = ProfileViewModel(repo)
    vm.load()
    assertEquals(State.Loaded, vm.state.value)
}

ViewModel uses viewModelScope.launch(Dispatchers.IO). How do I inject the dispatcher properly?
""",
    ),
    (
        "en",
        r"""
Make a 3-question quiz about the water cycle for 9-year-olds, multiple choice, with one silly wrong answer per question.
""",
    ),
    (
        "en",
        r"""
Rewrite this sentence in 5 tones (formal, casual, excited, apologetic, blunt): "The release is delayed by two weeks because the payment provider changed its API."
""",
    ),
    (
        "en",
        r"""
What's the difference between a Roth IRA and a traditional IRA for someone earning about $70k who expects to earn more later? Keep it general, I know it's not personal advice.
""",
    ),
    (
        "en",
        r"""
Why does `0.1 + 0.2 == 0.3` evaluate to False in JavaScript and Python, and what should I use for money calculations in each?
""",
    ),
    (
        "de",
        r"""
Erkläre mir bitte den Unterschied zwischen einer GmbH und einer UG, besonders beim Stammkapital und bei der Haftung. Ich will einen kleinen Onlineshop für Keramik gründen.
""",
    ),
    (
        "it",
        r"""
Scrivi una breve descrizione per un B&B in collina: tre camere, colazione con prodotti locali, vista sui vigneti, a 20 minuti da ⟦city⟧. Tono caldo ma non esagerato, massimo 80 parole.
""",
    ),
    (
        "nl",
        r"""
Kun je uitleggen hoe ik in Excel een draaitabel maak die de omzet per maand en per regio laat zien? Mijn data staat in kolommen Datum, Regio, Product en Omzet.
""",
    ),
    (
        "pl",
        r"""
Jak w SQL policzyć średnią kroczącą z 7 dni dla tabeli sprzedaż(data, kwota)? Używam PostgreSQL. Proszę o przykład z funkcją okna.
""",
    ),
    (
        "tr",
        r"""
Python'da bir listeyi tersine çevirmenin en hızlı yolu nedir? reversed(), slicing ve list.reverse() arasındaki farkları örneklerle açıklar mısın?
""",
    ),
    (
        "vn",
        r"""
Giải thích giúp mình sự khác nhau giữa RAM và ROM một cách dễ hiểu cho học sinh lớp 8, có ví dụ thực tế.
""",
    ),
    (
        "ph",
        r"""
Paano gumawa ng simpleng budget para sa isang pamilyang may apat na miyembro? Gusto ko ng template na may kategorya para sa pagkain, kuryente, tubig, pamasahe at ipon.
""",
    ),
    (
        "ke",
        r"""
Nieleze tofauti kati ya hisa na dhamana za serikali kwa mtu anayeanza kuwekeza. Tumia mifano rahisi na lugha ya kawaida.
""",
    ),
]

DOCS += [
    (
        "en",
        r"""
Phone contacts export, can you dedupe this and output CSV (name, phone, email)?

⟦rows 3-5⟧BEGIN:VCARD
VERSION:4.0
FN:⟦r.full⟧
TEL;TYPE=cell:⟦phone⟧
EMAIL:⟦r.email⟧
NOTE:⟦~met at the conference;plumber, good;kids' football;neighbour;dentist office⟧
END:VCARD
⟦/rows⟧""",
    ),
    (
        "en",
        r"""
Turn this e-ticket into a simple checklist for the trip:

E-TICKET / BOOKING CONFIRMATION ⟦pnrcode⟧
Train ⟦~ICE 597;Eurostar 9014;TGV 6203;Frecciarossa 9531⟧ · ⟦date⟧ · dep 07:12 · coach 9
Passenger 1: ⟦f1.full⟧, seat 41 (window)
Passenger 2: ⟦m2.full⟧, seat 42
Passenger 3: ⟦p3.first⟧ ⟦m2.last⟧ (child, 8), seat 43
Booked by: ⟦f1.email⟧ · ⟦phone⟧
Payment: card ending ⟦last4⟧
""",
    ),
    (
        "en",
        r"""
Can you turn this GitHub issue into a minimal reproduction?

**Reported by @⟦p1.user⟧** · opened ⟦date⟧

Export to CSV crashes when a customer name contains a comma. Our customer "⟦p2.rev⟧" breaks it every time. Log:

```
⟦ts⟧ ERROR export.csv row=1842 customer_email=⟦p2.email⟧
csv.Error: need to escape, but no escapechar set
```

cc @⟦p3.user⟧ who wrote the exporter. Version ⟦ver⟧.
""",
    ),
    (
        "en",
        r"""
Parse this Jira JSON and list open issues per assignee:

{"issues": [
  {"key": "⟦ticket⟧", "fields": {"summary": "SSO login loop", "status": {"name": "Open"}, "assignee": {"displayName": "⟦p1.full⟧", "emailAddress": "⟦p1.workemail⟧"}, "reporter": {"displayName": "⟦p2.full⟧"}}},
  {"key": "⟦ticket⟧", "fields": {"summary": "Slow dashboard", "status": {"name": "In Progress"}, "assignee": {"displayName": "⟦p3.full⟧", "emailAddress": "⟦p3.workemail⟧"}, "reporter": {"displayName": "⟦p1.full⟧"}}},
  {"key": "⟦ticket⟧", "fields": {"summary": "Typo on pricing page", "status": {"name": "Open"}, "assignee": null, "reporter": {"displayName": "⟦p4.full⟧"}}}
]}
""",
    ),
    (
        "en",
        r"""
My plumber's invoice looks high, can you check the math and tell me what's normal?

⟦company⟧ — Invoice ⟦invoice⟧
Customer: ⟦p1.full⟧
Service address: ⟦addr⟧
Technician: ⟦p2.first⟧
Call-out fee ............ 95.00
Labour 3.5 h @ 85 ....... 297.50
Parts (valve, fittings) . 64.20
Total ................... 456.70
Paid by card ⟦cc⟧ on ⟦date⟧
""",
    ),
    (
        "en",
        r"""
Help me write the accident description for my car insurance claim:

My details: ⟦p1.full⟧, DOB ⟦dob⟧, ⟦addr1⟧, ⟦phone⟧
Policy: ⟦policy⟧
Other driver: ⟦p2.full⟧, phone ⟦phone⟧, insurer ⟦insurer⟧
What happened: ⟦date⟧ around ⟦time⟧, I was stopped at the lights on ⟦street⟧ when the other car hit me from behind. Witness: ⟦p3.full⟧ (⟦p3.email⟧). Police came, reference ⟦num2⟧/⟦year⟧.
""",
    ),
    (
        "en",
        r"""
⟦f1.first⟧ and I are writing our vows. Mine so far, can you make it less cheesy?

"⟦f1.first⟧, from the night you beat me at pub quiz in ⟦city⟧ to the morning you drove four hours because ⟦m2.first⟧ (my dad) was in hospital, you have shown me what showing up means..."
""",
    ),
    (
        "en",
        r"""
Make this chaotic family group chat into a list of who needs a lift:

⟦f1.first⟧ 👩: ok who needs picking up from the airport on ⟦weekday⟧
⟦m2.first⟧: me and ⟦f3.first⟧, landing ⟦time⟧
Uncle ⟦m4.first⟧: i'll drive myself
⟦f5.full⟧: can someone grab grandma ⟦f6.first⟧ from ⟦street⟧ on the way
⟦f1.first⟧ 👩: ⟦m2.first⟧ is your number still ⟦phone⟧
""",
    ),
]

#: short lines sometimes put around English requests (no personal data)
OPENERS = [
    "Hi!",
    "Hey,",
    "Quick question.",
    "Hello, I need some help.",
    "Context below.",
    "Please help:",
    "Morning!",
    "Sorry for the long paste.",
    "Second try, the last answer was off.",
]
CLOSERS = [
    "Thanks!",
    "Thanks in advance.",
    "Keep it short please.",
    "Bullet points are fine.",
    "Be honest.",
    "No need to explain the basics.",
    "Ty",
    "Much appreciated.",
    "Reply in plain text, no markdown.",
]

# ------------------------------------------------------------------------------ name genders
# Given names (from the lists above) read as female, or as either; the rest read as male.

FEMALE = set(
    """
    Funmilayo Yetunde Abimbola Titilayo Folake Ngozi Chiamaka Adaeze Ifeoma Amarachi Nneka Zainab Hadiza
    Bilkisu Halima Rakiya Hauwa Akosua Abena Ama Efua Adwoa Afua Esi Thandiwe Nomvula Zanele Lindiwe
    Nokuthula Mekdes Selamawit Hiwot Meseret Tigist Liya Eyerusalem Senait Semhar Luwam Rahel Saba Hodan
    Faadumo Ayaan Sahra Nimco Ubah Wanjiru Njeri Wambui Achieng Chebet Nyambura Akinyi Jelimo Rutendo
    Chipo Vimbai Voahangy Lalao Fanja Haingo Awa Fatou Aminata Ndeye Khady Mariama Layla Rania Nour Huda
    Dalia Mariam Reem Amina Siham Tiziri Dihya Nadia Kenza Shirin Parisa Laleh Nasrin Mahsa Golnar Roya
    Zarghona Malalai Mursal Freshta Shabnam Parwana Zeynep Elif Ayşe Selin Merve İpek Gülşen Rojda Dilan
    Berivan Hêvî Zozan Nareen Noa Tamar Shira Maya Yael Anahit Lusine Narine Siranush Nino Ketevan Salome
    Tamuna Priya Ananya Sneha Pooja Kavya Neha Deepika Lakshmi Meenakshi Divya Kavitha Revathi Anbarasi
    Sreya Tanushree Moumita Payel Rituparna Nusrat Simran Kirandeep Sunita Anjali Sarita Manisha Dilani
    Sanduni Nadeesha Ishara Hasini Dechen Xiuying Mei Jing Xinyi Lingling Jiahui Shuang Ka-yan Wing-sze
    Hoi-ying Tsz-ching Pui-shan Yui Aoi Hina Sakura Misaki Yuna Akiko Seo-yeon Ha-eun Su-bin Ye-jin
    Eun-ji Linh Trang Hương Mai Thảo Phương Siriporn Kanya Pimchanok Supaporn Ratchanee Maricel Rowena
    Marites Angelica Kristine Lovely Mylene Siti Dewi Sri Ratna Putri Indah Ayu Wulandari Sumiati
    Purwanti Sukarni Oyunchimeg Enkhjargal Sarangerel Bolormaa Altantsetseg Nomin Aigerim Dana Madina
    Aizhan Dilnoza Gulnara Saule Aroha Mere Anahera Ngaio Kahurangi Awhina Losaline Mele Salote Lesieli
    Leilani Noelani Iolana Malia Losana Litia Akanisi Vilisi Shaandiin Nizhoni Doli Yanaba Jolene
    Loretta Marlena Winona Kimimela Tasina Wicapi Arlene Killa Sumaq Nina Illa Micaela Yuraq Ayelén
    Millaray Rayén Relmu Ailén Aputi Nuka Ningiuk Malaya Nadège Widlyne Guerline Rosemène Marie-Ange
    Ketly Siân Angharad Ffion Cerys Eleri Nia Maialen Garazi Ainhoa Nerea Itziar Amaia Gwenaëlle Maëla
    Soazig Nolwenn Katell Morgane Máret Risten Sárá Biret Elle Montserrat Núria Mireia Laia Meritxell
    Roser Wytske Geartsje Froukje Baukje Tjitske Saoirse Niamh Caoimhe Aoife Siobhán Clodagh Eilidh
    Mairi Seonag Catriona Kirsty Eleni Katerina Sofia Despina Vasiliki Georgia Besa Elira Mirela Jonida
    Blerta Oksana Olena Iryna Nataliia Yuliia Esma Senada Fatima Elvira
    Hope Joy Rose Dawn Faith Grace Mercy Bliss Summer Autumn Hazel Ivy Violet Daisy Lily Holly Heather
    Amber Ruby Crystal Pearl Destiny Harmony Patience Honey Memory Loveness Charity Temperance Olive
    Melody Cherry Jade Marina Wren
    Thiri Nilar Su Ei Hnin
    Mary-Kate Mary-Jane Lily-Rose Anna-Lee Anne-Marie Marie-Claire Marie-Hélène Ann-Kathrin Lise-Lotte
    Eva-Maria Anne-Fleur Ana-Maria Maria-Cristina Anna-Karin
    """.split()
)
EITHER = set(
    """
    Oluwaseun Oluwatobi Damilola Temitope Kehinde Ayodele Uchenna Kelechi Ayanda Luyanda Nyasha Tendai
    Tatenda Farai Tinashe Kudzai Tafadzwa Rufaro Nirina Mamy Deniz Lior Tal Ariel Harjit Manpreet
    Jaspreet Harpreet Navjot Amandeep Baljit Parminder Gurpreet Kiran Pasang Tenzin Pema Sonam Karma
    Dawa Yuxuan Zihan Yifan Wai-man Ji-woo Anh Tui Manaia Fetu Keala Kalani Kaimana Wayra Kusi Antü Siku
    River Sky Brook Sunny Stormy Lucky Victory Justice Robin Sandy Sage Storm Rain Happy Chance Lane Drew
    Precious Blessing Gift Comfort Pat Jamie
    """.split()
)
