# ruff: noqa: E501
"""Templates, name lists and filler vocabulary for the dev3 sanitizer evaluation set.

Written independently of the sanitizer's rules: nothing here was derived from its code, tests
or docs. The generator (bench/sanitizer_dev3.py) fills the slots and records exact offsets.

Template syntax
---------------
- ``⟨slot⟩`` is replaced by a value. ``pN.attr`` is an attribute of person N of the sample
  (``p1.full``, ``p2.first``, ``p3.handle``, ``p1.email``, ``p1.addr_de``, ``p1.dob_fr``...);
  the prefix sets age and gender where the text needs it: p adult, m/f man/woman, w adult
  with an English-word name, k/b/g child, s/sm/sf senior, o/om/of historical (genealogy).
  Other slots are sample-level values (``ip``, ``phone_gb``, ``city``, ``company2``...).
  A trailing number (``city2``) asks for a second, different value; the same slot name always
  gives the same value within one sample. ``|lower``, ``|upper`` and ``|json`` are modifiers.
- ``⟪a|b|c⟫`` picks one alternative at random (alternatives may contain slots and nest).
- Labeled slots (must-remove) are person names and handles (PERSON), emails, phones,
  addresses, IPs, card numbers, IBANs, SSNs and birth dates. Everything else — companies,
  products, cities alone, countries, ordinary dates, versions, hashes, UUIDs, order ids,
  hostnames — is unlabeled filler. Template text itself never contains personal data.

Groups
------
- ``NEAR_MISS``: texts with no personal data at all; most contain words that look like
  names or numbers that look like identifiers (Jasmine tea, Rust, Amber alert, Hurricane
  names, cities named Victoria or Austin, brands such as Dr Pepper, eponyms such as
  Dijkstra's algorithm or Parkinson's disease, column names such as ``date_of_birth``).
- ``LOWER_CHAT``: casual chat; the whole rendered text is lowercased afterwards.
- ``GENERAL``: everything else people send to an LLM API.
Each entry is ``(genre, template)``.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------

#: Faker locales whose person names are in Latin script (checked by hand).
FAKER_NAME_LOCALES = [
    "en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en_KE", "en_NG", "en_PK", "en_TH",
    "de_DE", "de_AT", "de_CH", "fr_FR", "fr_BE", "fr_CA", "fr_CH", "fr_DZ", "es_ES",
    "es_MX", "es_AR", "es_CO", "es_CL", "es_CA", "it_IT", "pt_BR", "pt_PT", "nl_NL",
    "nl_BE", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "sv_SE",
    "no_NO", "da_DK", "fi_FI", "et_EE", "lv_LV", "lt_LT", "is_IS", "ga_IE", "tr_TR",
    "az_AZ", "uz_UZ", "id_ID", "sw", "yo_NG", "ig_NG", "ha_NG", "zu_ZA", "tw_GH",
]  # fmt: skip

#: Romanized given and family names for cultures Faker does not cover (or covers only in
#: non-Latin script). Keys: given (or given_m/given_f), family (or family_m/family_f),
#: formats using {g}, {g2} (another given name), {f}, {f2} (another family name), {fi}
#: (initial of a family name). ``mono``: no family name in the Western sense, so "first"
#: and "last" are the whole name.
# fmt: off
CULTURES: dict[str, dict] = {
    "amharic": {
        "given": ["Abebe", "Alemayehu", "Tigist", "Meseret", "Selamawit", "Dawit", "Yohannes", "Hirut", "Mekdes", "Bereket", "Kidist", "Tesfaye", "Genet", "Fikru", "Almaz", "Eyerusalem", "Getachew", "Tsion", "Bethlehem", "Mulugeta"],
        "family": ["Bekele", "Tadesse", "Girma", "Kebede", "Wolde", "Alemu", "Assefa", "Mengistu", "Desta", "Tesfaye", "Gebremedhin", "Worku", "Abera", "Negash", "Ayele", "Demissie"],
        "formats": ["{g} {f}", "{g} {f}", "{g} {f} {f2}"],
    },
    "somali": {
        "given": ["Hodan", "Faadumo", "Abdirahman", "Cawo", "Ismail", "Sahra", "Hamdi", "Khadar", "Nasra", "Liban", "Ubah", "Ifrah", "Bashir", "Deeqa", "Abdiweli", "Muna", "Shukri", "Guled"],
        "family": ["Farah", "Warsame", "Hirsi", "Abdi", "Jama", "Mohamud", "Aden", "Yusuf", "Egal", "Dirie", "Nur", "Samatar", "Gedi", "Osman", "Abdullahi", "Elmi"],
        "formats": ["{g} {f}", "{g} {f2} {f}"],
    },
    "hausa": {
        "given": ["Aminu", "Zainab", "Bello", "Hadiza", "Sani", "Maryam", "Usman", "Hauwa", "Abubakar", "Rabi", "Garba", "Binta", "Lawal", "Jamila", "Tanko", "Asabe", "Nasiru", "Saadatu"],
        "family": ["Danjuma", "Abdullahi", "Musa", "Sule", "Garba", "Dikko", "Gwarzo", "Yakubu", "Adamu", "Shehu", "Bichi", "Tsafe", "Dantata", "Lamido", "Inuwa"],
    },
    "pashto": {
        "given": ["Zarmina", "Gulalai", "Wahid", "Khalid", "Malalai", "Shabana", "Farid", "Nasrin", "Zmarai", "Habibullah", "Rahmatullah", "Palwasha", "Mirwais", "Spogmai", "Shinkai", "Ajmal"],
        "family": ["Durrani", "Afridi", "Wardak", "Popal", "Barakzai", "Shinwari", "Mohmand", "Achakzai", "Ghilzai", "Niazi", "Stanikzai", "Khattak", "Jadoon", "Safi"],
    },
    "kurdish": {
        "given": ["Rojin", "Dilan", "Berivan", "Azad", "Shvan", "Hêvî", "Zana", "Rêbaz", "Kawa", "Nazdar", "Baran", "Jiyan", "Serhat", "Delal", "Aram", "Ronahî", "Hozan", "Awat"],
        "family": ["Zebari", "Amedi", "Hawrami", "Botani", "Rasul", "Dosky", "Berwari", "Mizuri", "Baban", "Jaf", "Sindi", "Hakkari", "Goran", "Xoshnaw"],
    },
    "mongolian": {
        "given": ["Batbayar", "Oyunchimeg", "Ganbold", "Enkhjargal", "Tömörbaatar", "Saraa", "Bolormaa", "Altangerel", "Temuulen", "Munkhbat", "Nomin", "Erdenechimeg", "Khulan", "Bayarmaa", "Odgerel", "Tserendorj", "Anujin", "Ganzorig"],
        "family": ["Batbayar", "Ganbold", "Altangerel", "Munkhbat", "Tserendorj", "Dorjsuren", "Gantulga", "Purevdorj", "Sukhbat", "Enkhbold", "Baatarkhuu", "Otgonbayar"],
        "formats": ["{g} {f}", "{f} {g}", "{fi}. {g}"],
    },
    "khmer": {
        "given": ["Sokha", "Dara", "Chanthou", "Sreymom", "Vuthy", "Bopha", "Sophal", "Rithy", "Sothea", "Kosal", "Chenda", "Piseth", "Sopheap", "Vannak", "Leakena", "Makara"],
        "family": ["Chea", "Sok", "Heng", "Ly", "Chan", "Meas", "Pich", "Keo", "Nhem", "Phan", "Seng", "Yim", "Touch", "Oum", "Prak", "Mao"],
        "formats": ["{f} {g}", "{g} {f}"],
    },
    "lao": {
        "given": ["Souksavanh", "Phonsavanh", "Khamla", "Vilayvanh", "Bounmy", "Somphone", "Noy", "Thongsavath", "Malaythong", "Sengphet", "Daovone", "Phetsamone", "Viengkham", "Outhai"],
        "family": ["Phommachanh", "Sisouphanh", "Keomany", "Vongsa", "Inthavong", "Xayavong", "Sengdara", "Souvannavong", "Phanthavong", "Chanthavong", "Luangrath", "Sayasith"],
    },
    "burmese": {
        "given": ["Aung", "Kyaw", "Zaw", "Min", "Htet", "Thiha", "Soe", "Thida", "Hnin", "Phyu", "Nandar", "Khin", "Thet", "Naing", "Moe", "Yadanar", "Htun", "Lwin", "Zin", "Nyein", "Pyae", "Phyo", "Ei", "Myat"],
        "family": ["Win", "Myint", "Oo", "Hlaing", "Thant", "Naing", "Aung", "Kyaw", "Htwe", "Maung", "Thein", "Mon"],
        "formats": ["{g} {f}", "{g} {g2} {f}"],
        "mono": True,
    },
    "nepali": {
        "given": ["Aashish", "Sita", "Bikash", "Sunita", "Prakash", "Gita", "Rojina", "Sujan", "Anjali", "Bishnu", "Kabita", "Niraj", "Sarita", "Dipendra", "Manisha", "Roshan", "Laxmi", "Pasang"],
        "family": ["Shrestha", "Adhikari", "Gurung", "Tamang", "Thapa", "Magar", "Rai", "Limbu", "Karki", "Bhattarai", "Poudel", "Sherpa", "Khadka", "Koirala", "Maharjan", "Basnet"],
    },
    "sinhala": {
        "given": ["Dilshan", "Nadeesha", "Chaminda", "Kumari", "Tharindu", "Sanduni", "Ruwan", "Ishara", "Nuwan", "Dilani", "Kasun", "Hasini", "Lahiru", "Chathurika", "Pradeep", "Anusha"],
        "family": ["Perera", "Fernando", "Jayasuriya", "Wickramasinghe", "Bandara", "Dissanayake", "Rajapaksha", "Gunawardena", "Senanayake", "Herath", "Rathnayake", "Wijesinghe", "Karunaratne", "Abeysekera", "Jayawardena"],
    },
    "tamil": {
        "given": ["Murugan", "Kavitha", "Senthil", "Lakshmi", "Arun", "Meena", "Karthik", "Vignesh", "Deepa", "Saravanan", "Anitha", "Tamilselvan", "Yazhini", "Ilango", "Kayal", "Bharathi", "Selvi", "Kathir"],
        "family": ["Subramanian", "Krishnan", "Ramasamy", "Murugesan", "Natarajan", "Rajendran", "Sundaram", "Palanisamy", "Arumugam", "Chidambaram", "Velu", "Annamalai", "Kandasamy", "Thangaraj"],
        "formats": ["{g} {f}", "{fi}. {g}", "{g} {f}"],
    },
    "telugu": {
        "given": ["Srinivas", "Lavanya", "Venkatesh", "Sravani", "Bhavani", "Mahesh", "Swathi", "Chaitanya", "Harika", "Keerthi", "Prasad", "Sirisha", "Anil", "Tejaswi", "Naveen", "Padmaja"],
        "family": ["Reddy", "Naidu", "Chowdary", "Varma", "Raju", "Kolli", "Vemula", "Gaddam", "Bandaru", "Kotha", "Pamidi", "Yerramilli", "Nallapati", "Tummala", "Chilukuri", "Rao"],
        "formats": ["{g} {f}", "{f} {g}"],
    },
    "bengali": {
        "given": ["Arnab", "Sumona", "Rahim", "Nusrat", "Tanvir", "Farhana", "Sourav", "Moumita", "Rafiq", "Ishita", "Anirban", "Sharmin", "Debasish", "Tahmina", "Joydeep", "Shampa"],
        "family": ["Chowdhury", "Banerjee", "Chatterjee", "Mukherjee", "Das", "Sarkar", "Hossain", "Rahman", "Islam", "Bhattacharya", "Ghosh", "Sen", "Dutta", "Roy", "Mondal", "Haque"],
    },
    "punjabi": {
        "given": ["Harpreet", "Gurpreet", "Jaspreet", "Manpreet", "Simran", "Navdeep", "Amandeep", "Rajveer", "Harjit", "Kuldeep", "Baljit", "Jasleen", "Parminder", "Sukhwinder", "Gurleen", "Inderjit"],
        "family": ["Kaur", "Singh", "Sandhu", "Gill", "Dhillon", "Sidhu", "Grewal", "Brar", "Bains", "Randhawa", "Cheema", "Sekhon", "Bajwa", "Johal", "Virk", "Mann"],
    },
    "maori": {
        "given": ["Aroha", "Wiremu", "Mere", "Tane", "Hine", "Rawiri", "Ngaire", "Manaia", "Kahu", "Tui", "Hemi", "Anahera", "Rangi", "Moana", "Nikau", "Kiri", "Tamati", "Hana"],
        "family": ["Ngata", "Parata", "Tipene", "Horomona", "Te Rangi", "Tamihana", "Wihongi", "Rewi", "Paki", "Ratana", "Te Ao", "Karaka", "Pomare", "Tawhiri", "Ruatapu", "Te Huia"],
    },
    "samoan": {
        "given": ["Sione", "Malia", "Tavita", "Losa", "Iosefa", "Lagi", "Sefo", "Mele", "Pua", "Fetu", "Siaosi", "Lupe", "Ioane", "Vaea", "Talia", "Faleolo"],
        "family": ["Tuilagi", "Leiataua", "Aumua", "Sapolu", "Tuimavave", "Lauina", "Fuimaono", "Soliai", "Faamausili", "Leota", "Tuiasosopo", "Masoe", "Seiuli", "Afamasaga", "Toleafoa"],
    },
    "tongan": {
        "given": ["Viliami", "Semisi", "Salote", "Tevita", "Losaline", "Siosaia", "Tomasi", "Ofa", "Pita", "Kalolaine", "Sitani", "Heilala", "Ana", "Mele", "Sione"],
        "family": ["Fifita", "Taufa", "Havili", "Latu", "Fonua", "Kioa", "Vainikolo", "Mahe", "Moala", "Tuipulotu", "Folau", "Fusitu'a", "Vaipulu", "Hufanga", "Kauhalalalo"],
    },
    "hawaiian": {
        "given": ["Keoni", "Leilani", "Kalani", "Kainoa", "Noelani", "Makoa", "Kaimana", "Pualani", "Keahi", "Nohea", "Mahina", "Kekoa", "Haunani", "Ikaika", "Kawika", "Iolani"],
        "family": ["Kahale", "Kealoha", "Kanahele", "Keawe", "Kamakau", "Kahananui", "Akana", "Kapule", "Kaleikini", "Palakiko", "Makekau", "Kaniho", "Kaawa", "Kahoohanohano"],
    },
    "quechua": {
        "given": ["Inti", "Killa", "Sumaq", "Wayra", "Amaru", "Kusi", "Illari", "Kantu", "Rumi", "Suyana", "Qori", "Waman", "Paqari", "Juana", "Teodoro", "Felicitas", "Eusebio", "Yupanqui"],
        "family": ["Quispe", "Mamani", "Huamán", "Condori", "Ccori", "Huallpa", "Cusi", "Ccama", "Huaranca", "Sulca", "Paucar", "Anccasi", "Cahuana", "Ttito", "Yupanqui"],
        "formats": ["{g} {f} {f2}", "{g} {f}"],
    },
    "aymara": {
        "given": ["Wara", "Nayra", "Amaya", "Wayna", "Felipa", "Justina", "Macario", "Rufino", "Severo", "Teodora", "Aurelia", "Cirilo", "Nicasio", "Sisa", "Ch'aska"],
        "family": ["Mamani", "Choque", "Apaza", "Chambi", "Ticona", "Condori", "Huanca", "Copa", "Limachi", "Callisaya", "Quisbert", "Chura", "Poma", "Laura", "Tarqui", "Colque", "Alanoca"],
        "formats": ["{g} {f} {f2}", "{g} {f}"],
    },
    "navajo": {
        "given": ["Nizhoni", "Ahiga", "Yanaba", "Dezbah", "Bidziil", "Darlene", "Leroy", "Delbert", "Loretta", "Marvin", "Shandiin", "Tohoni", "Sani", "Kinlani"],
        "family": ["Begay", "Yazzie", "Tsosie", "Benally", "Nez", "Etsitty", "Manygoats", "Bitsui", "Tsinajinnie", "Yellowhair", "Attakai", "Chee", "Bitsoi", "Notah", "Skeet", "Largo"],
    },
    "inuit": {
        "given": ["Aputi", "Nuka", "Siku", "Ujarak", "Pauloosie", "Tuktu", "Akeeshoo", "Saila", "Elisapee", "Iqaluk", "Naja", "Malik", "Aviaja", "Inuuteq", "Paninnguaq", "Nivi", "Kunuk"],
        "family": ["Kusugak", "Arnaquq", "Qitsualik", "Kilabuk", "Anguttitauruq", "Ipeelie", "Nakasuk", "Akulukjuk", "Pootoogook", "Kleist", "Lynge", "Qaavigaq", "Tagalik", "Mike"],
    },
    "sami": {
        "given": ["Áile", "Máret", "Ánde", "Biret", "Niillas", "Sunná", "Elle", "Ásllat", "Heaika", "Inga", "Risten", "Jovnna", "Kárin", "Mikkal", "Sárá", "Ovllá"],
        "family": ["Gaup", "Somby", "Eira", "Sara", "Utsi", "Bongo", "Hætta", "Turi", "Skum", "Buljo", "Oskal", "Mienna", "Labba", "Siri", "Kuhmunen", "Kitti"],
    },
    "basque": {
        "given": ["Aitor", "Itziar", "Iñaki", "Nerea", "Gorka", "Amaia", "Unai", "Ane", "Leire", "Ander", "Maite", "Iker", "Garazi", "Xabier", "Edurne", "Asier", "Nagore", "Eneko"],
        "family": ["Etxeberria", "Agirre", "Goikoetxea", "Zubizarreta", "Arrieta", "Olaizola", "Urrutia", "Larrañaga", "Iturbe", "Mendizabal", "Elizondo", "Gorostiaga", "Uriarte", "Zabaleta", "Ibarguren", "Otxoa"],
        "formats": ["{g} {f}", "{g} {f} {f2}"],
    },
    "catalan": {
        "given": ["Jordi", "Montserrat", "Pere", "Núria", "Oriol", "Mireia", "Arnau", "Laia", "Pau", "Meritxell", "Joan", "Roser", "Xavier", "Ariadna", "Quim", "Neus", "Gemma", "Marc"],
        "family": ["Puig", "Vila", "Soler", "Ferrer", "Serra", "Font", "Roca", "Casals", "Pujol", "Vidal", "Bosch", "Riera", "Batlle", "Canals", "Prat", "Comas", "Sala", "Torrent", "Rovira", "Mas"],
        "formats": ["{g} {f}", "{g} {f} i {f2}", "{g} {f} {f2}"],
    },
    "welsh": {
        "given": ["Rhys", "Cerys", "Gethin", "Angharad", "Dafydd", "Siân", "Iwan", "Eleri", "Llinos", "Owain", "Nia", "Gwenllian", "Huw", "Bethan", "Aled", "Ffion", "Ioan", "Carys"],
        "family": ["Pritchard", "Llewellyn", "Prys", "Bowen", "Powell", "Griffiths", "Howells", "Vaughan", "Parry", "Lloyd", "Rees", "Hughes", "ab Iorwerth", "ap Rhys", "Gruffydd", "Meredith"],
    },
    "gaelic": {
        "given": ["Mòrag", "Eilidh", "Ruairidh", "Catriona", "Calum", "Seonaidh", "Ailsa", "Iain", "Màiri", "Peadar", "Ealasaid", "Torcuil", "Oighrig", "Coinneach", "Seumas", "Ciorstaidh"],
        "family": ["MacLeòid", "MacDhòmhnaill", "Caimbeul", "MacAoidh", "MacLeod", "MacKenzie", "Morrison", "MacNeil", "MacLean", "Nicolson", "MacAulay", "Moireasdan", "NicLeòid", "NicDhòmhnaill", "MacIver"],
    },
    "georgian": {
        "given": ["Nino", "Giorgi", "Tamar", "Levan", "Mariam", "Davit", "Ketevan", "Irakli", "Nana", "Zurab", "Salome", "Lasha", "Tamta", "Gocha", "Eka", "Nika"],
        "family": ["Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Lomidze", "Tsiklauri", "Bolkvadze", "Nozadze", "Chikovani", "Abashidze", "Janelidze", "Khutsishvili", "Gogiberidze", "Mchedlishvili", "Jorbenadze"],
    },
    "armenian": {
        "given": ["Anahit", "Aram", "Lusine", "Tigran", "Armine", "Hayk", "Nare", "Gor", "Siranush", "Vahe", "Ani", "Narek", "Mane", "Ashot", "Astghik", "Karen"],
        "family": ["Hakobyan", "Petrosyan", "Sargsyan", "Grigoryan", "Harutyunyan", "Khachatryan", "Vardanyan", "Avetisyan", "Gevorgyan", "Mkrtchyan", "Hovhannisyan", "Manukyan", "Ghazaryan", "Baghdasaryan", "Karapetyan", "Zakaryan"],
    },
    "chechen": {
        "given_m": ["Zelimkhan", "Aslan", "Rustam", "Movsar", "Islam", "Adam", "Magomed", "Ibragim", "Shamil", "Turpal"],
        "given_f": ["Madina", "Kheda", "Liana", "Zarema", "Luiza", "Khava", "Aminat", "Seda", "Malika", "Petimat"],
        "family_m": ["Umarov", "Magomadov", "Israilov", "Saidulayev", "Bisultanov", "Eskerkhanov", "Temirov", "Dzhabrailov", "Gairbekov", "Khadzhiev", "Mutsaev", "Albakov", "Vakhaev", "Idrisov"],
        "family_f": ["Umarova", "Magomadova", "Israilova", "Saidulayeva", "Bisultanova", "Eskerkhanova", "Temirova", "Dzhabrailova", "Gairbekova", "Khadzhieva", "Mutsaeva", "Albakova", "Vakhaeva", "Idrisova"],
    },
    "kazakh": {
        "given_m": ["Nurlan", "Yerlan", "Askar", "Daulet", "Bauyrzhan", "Almas", "Timur", "Yerzhan", "Dias", "Arman"],
        "given_f": ["Aigerim", "Dana", "Zhanar", "Aruzhan", "Gulnara", "Saule", "Dinara", "Madina", "Tomiris", "Akbota"],
        "family_m": ["Nurpeisov", "Zhaksylykov", "Seitkali", "Omarov", "Bekturov", "Abdrakhmanov", "Sultanbekov", "Kassymov", "Akhmetov", "Zhumabayev", "Ospanov", "Serikbayev"],
        "family_f": ["Nurpeisova", "Zhaksylykova", "Seitkali", "Omarova", "Bekturova", "Abdrakhmanova", "Sultanbekova", "Kassymova", "Akhmetova", "Zhumabayeva", "Ospanova", "Serikbayeva"],
    },
    "yoruba": {
        "given": ["Adebayo", "Folasade", "Olumide", "Yetunde", "Babajide", "Funmilayo", "Kehinde", "Taiwo", "Ayodele", "Temitope", "Oluwaseun", "Bukola", "Damilola", "Adeola", "Tolulope", "Ifeoluwa"],
        "family": ["Adeyemi", "Ogunleye", "Afolabi", "Oyelaran", "Adewale", "Ogunbanjo", "Akinola", "Oladipo", "Olatunji", "Adeleke", "Ogundipe", "Babatunde", "Ajayi", "Oyewole", "Akintola", "Adesanya"],
    },
    "zulu": {
        "given": ["Sipho", "Thandiwe", "Nomvula", "Bongani", "Lindiwe", "Themba", "Zanele", "Sibusiso", "Nokuthula", "Mandla", "Ayanda", "Thabo", "Zodwa", "Lwazi", "Nandi", "Sanele"],
        "family": ["Dlamini", "Nkosi", "Ndlovu", "Mthembu", "Zulu", "Khumalo", "Ngcobo", "Mkhize", "Shabalala", "Cele", "Zungu", "Buthelezi", "Mahlangu", "Sithole", "Mabaso", "Ntuli"],
    },
    "xhosa": {
        "given": ["Lwandile", "Siyabonga", "Nosipho", "Luvuyo", "Ntombizodwa", "Athenkosi", "Zintle", "Mzwandile", "Thembeka", "Lungile", "Unathi", "Anele", "Bulelani", "Nomsa", "Sinazo", "Vuyo"],
        "family": ["Ngcukana", "Mgijima", "Tyali", "Ndamase", "Matiwane", "Sigcau", "Gqirana", "Mlambo", "Qumza", "Nkwinti", "Makhaya", "Ntsebeza", "Dyantyi", "Mtshali", "Jonas"],
    },
    "malagasy": {
        "given": ["Hery", "Voahangy", "Andry", "Lalao", "Rivo", "Fara", "Tiana", "Mamy", "Hanitra", "Njaka", "Rado", "Nirina", "Toky", "Fanja", "Haja", "Soa"],
        "family": ["Rakotomalala", "Randrianarisoa", "Rasoanaivo", "Rakotondrabe", "Andrianjafy", "Razafindrakoto", "Ramanantsoa", "Ravelojaona", "Rabemananjara", "Andriamihaja", "Razanamparany", "Ratsimbazafy", "Rajaonarison", "Randriamampionona"],
    },
    "fijian": {
        "given": ["Litia", "Jone", "Mereani", "Semi", "Losana", "Timoci", "Viliame", "Akosita", "Sakiusa", "Vasiti", "Epeli", "Unaisi", "Josaia", "Maikeli", "Kelera", "Isikeli"],
        "family": ["Nawalu", "Radrodro", "Ravuvu", "Tabua", "Naivalu", "Bulitavu", "Delana", "Nadolo", "Vakaloloma", "Koroi", "Waqa", "Seruvatu", "Cakau", "Raikadroka", "Tikoisuva"],
    },
    "hmong": {
        "given": ["Pa", "Kou", "Mai", "Xee", "Nou", "Tou", "Yeng", "Chue", "Pheng", "Bao", "Youa", "Kia", "Neng", "Fue", "Shoua", "Ger", "Chong", "Nhia"],
        "family": ["Vang", "Xiong", "Yang", "Thao", "Moua", "Her", "Lor", "Vue", "Hang", "Chang", "Lo", "Kue", "Khang", "Cha"],
        "formats": ["{g} {f}", "{g} {g2} {f}"],
    },
    "cebuano": {
        "given": ["Dodong", "Inday", "Rhea Mae", "Jerald", "Kristine Joy", "Jhon Rey", "Lovely", "Cherry Ann", "Mark Anthony", "Princess", "Gerlie", "Rowena", "Junrey", "Ma. Theresa", "Jessa", "Arnel"],
        "family": ["Cabahug", "Ylanan", "Abellana", "Cuizon", "Gabutan", "Pepito", "Bacalso", "Tumulak", "Lumapas", "Villaflor", "Gullas", "Cañete", "Pacaña", "Sabandal", "Dela Cruz", "de los Reyes"],
    },
    "tibetan": {
        "given": ["Tenzin", "Pema", "Dolma", "Tashi", "Sonam", "Lhamo", "Karma", "Dawa", "Nyima", "Yangchen", "Jampa", "Dechen", "Ngawang", "Kunga", "Lobsang", "Tsering"],
        "family": ["Dolma", "Dorje", "Wangmo", "Namgyal", "Gyatso", "Choedon", "Norbu", "Lhamo", "Tsering", "Phuntsok", "Yangzom", "Thinley"],
    },
    "uyghur": {
        "given": ["Mehray", "Abdulla", "Gulnar", "Dilnur", "Erkin", "Arzigul", "Memet", "Nurmemet", "Patigul", "Rahile", "Tursun", "Zulpiqar", "Mahire", "Obulqasim", "Aygul", "Ablet"],
        "family": ["Tursun", "Abdukerim", "Memet", "Hoshur", "Abliz", "Qadir", "Eziz", "Rozi", "Niyaz", "Sidiq", "Yasin", "Omer"],
    },
    "chinese": {
        "given": ["Xiuying", "Wei", "Fang", "Jing", "Hao", "Yan", "Lei", "Ming", "Tingting", "Zihan", "Yuxuan", "Haoran", "Xinyi", "Jiahui", "Zhiqiang", "Lihua", "Yutong", "Ruoxi", "Jun", "Qiang"],
        "family": ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Xie", "Song", "Tang"],
        "formats": ["{f} {g}", "{g} {f}"],
    },
    "japanese": {
        "given": ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Yuto", "Sakura", "Riku", "Mio", "Kenta", "Ayaka", "Takumi", "Nanami", "Daiki", "Misaki"],
        "family": ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu"],
        "formats": ["{g} {f}", "{f} {g}"],
    },
    "korean": {
        "given": ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-bin", "Jae-won", "Ye-jin", "Hyun-woo", "Ji-woo", "Seung-hoon", "Eun-ji", "Tae-yang", "Da-eun", "Minseo", "Jihoon"],
        "family": ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang"],
        "formats": ["{g} {f}", "{f} {g}"],
    },
    "arabic": {
        "given": ["Khalid", "Noor", "Omar", "Layla", "Yousef", "Rania", "Tariq", "Huda", "Faisal", "Mariam", "Hamza", "Salma", "Karim", "Dalia", "Ziad", "Lina"],
        "family": ["al-Hashimi", "Al Mansouri", "Haddad", "Khoury", "Nasser", "El-Amin", "Abu Saleh", "Al-Farsi", "Saadeh", "Barakat", "Hijazi", "al-Qasimi", "Shami", "Darwish", "Al Zaabi", "Abdel-Rahman"],
        "formats": ["{g} {f}", "{g} {f}", "{g} bin {g2} {f}"],
    },
    "persian": {
        "given": ["Parisa", "Dariush", "Shirin", "Kourosh", "Nasrin", "Babak", "Roya", "Arash", "Mahsa", "Farhad", "Leila", "Kian", "Niloufar", "Ramin", "Golnaz", "Behrouz"],
        "family": ["Tehrani", "Hosseini", "Moradi", "Rezaei", "Ahmadi", "Karimi", "Jafari", "Sadeghi", "Rahimi", "Mohammadi", "Kazemi", "Ebrahimi", "Farahani", "Ghorbani", "Najafi", "Shirazi"],
    },
    "wolof": {
        "given": ["Moussa", "Aminata", "Cheikh", "Fatou", "Ousmane", "Awa", "Mamadou", "Ndeye", "Modou", "Khady", "Ibrahima", "Coumba", "Pape", "Mariama", "Abdoulaye", "Astou"],
        "family": ["Ndiaye", "Diop", "Fall", "Sow", "Gueye", "Sarr", "Mbaye", "Faye", "Cissé", "Diallo", "Thiam", "Seck", "Ndour", "Kane", "Diouf", "Mbengue"],
    },
    "amazigh": {
        "given": ["Tiziri", "Amastan", "Tinhinan", "Yuba", "Dihya", "Idir", "Tanina", "Aksel", "Thiziri", "Amayas", "Tafsut", "Mazigh", "Sifaw", "Lunja", "Anir", "Tilelli"],
        "family": ["Ait Ouali", "Amrouche", "Haddadi", "Belaïd", "Aït Mansour", "Azoug", "Boudjema", "Oukaci", "Ait Saadi", "Benali", "Ouali", "Hamitouche", "Ait Kaci"],
    },
    "tigrinya": {
        "given": ["Selam", "Yonas", "Filmon", "Senait", "Robel", "Ruta", "Merhawi", "Yohana", "Semhar", "Eyob", "Luwam", "Saba", "Biniam", "Mebrat", "Awet", "Feven"],
        "family": ["Tesfamariam", "Habte", "Weldemichael", "Kidane", "Berhe", "Tekle", "Gebrehiwet", "Asmerom", "Mehari", "Ogbazghi", "Andemariam", "Woldu", "Tsegay", "Abraha"],
    },
    "malay_m": {
        "given": ["Ahmad", "Hafiz", "Faizal", "Amirul", "Syafiq", "Haziq", "Iskandar", "Azlan", "Firdaus", "Danial"],
        "family": ["Abdullah", "Ismail", "Hassan", "Ibrahim", "Rahman", "Yusof", "Osman", "Razak", "Aziz", "Hamid", "Mokhtar", "Salleh", "Kamarudin", "Zainal"],
        "formats": ["{g} bin {f}", "{g} {f}"],
    },
    "malay_f": {
        "given": ["Nurul Huda", "Siti Aishah", "Aisyah", "Nur Aina", "Farah", "Izzati", "Zulaikha", "Nadia", "Syazwani", "Amirah"],
        "family": ["Abdullah", "Ismail", "Hassan", "Ibrahim", "Rahman", "Yusof", "Osman", "Razak", "Aziz", "Hamid", "Mokhtar", "Salleh", "Kamarudin", "Zainal"],
        "formats": ["{g} binti {f}", "{g} {f}"],
    },
    "javanese": {
        "given": ["Sutrisno", "Wahyuni", "Suharti", "Bambang", "Sukirno", "Suparmi", "Purwanto", "Endang", "Slamet", "Tutik", "Rahayu", "Sugeng", "Lestari", "Haryanto", "Supriyadi", "Nurhayati"],
        "family": ["Setiawan", "Wulandari", "Prasetyo", "Susanto", "Hartono", "Kurniawan", "Wibowo", "Nugroho", "Saputra", "Handayani", "Santoso", "Utomo"],
        "formats": ["{g}", "{g} {f}", "{g} {f}"],
    },
    "marathi": {
        "given": ["Aditya", "Shruti", "Omkar", "Pooja", "Vaishali", "Rohit", "Snehal", "Tejas", "Ashwini", "Nikhil", "Madhuri", "Prasad", "Gauri", "Sagar", "Rupali", "Ketaki"],
        "family": ["Deshpande", "Kulkarni", "Patil", "Joshi", "Jadhav", "Gaikwad", "Deshmukh", "Pawar", "Shinde", "Chavan", "Bhosale", "Kale", "More", "Sawant", "Apte", "Gokhale"],
    },
    "malayalam": {
        "given": ["Anoop", "Divya", "Jithin", "Reshma", "Sreejith", "Aswathy", "Vishnu", "Neethu", "Arjun", "Lekshmi", "Midhun", "Aparna", "Shyam", "Athira"],
        "family": ["Nair", "Menon", "Pillai", "Kurup", "Varghese", "Kurian", "Panicker", "Namboothiri", "Warrier", "Nambiar", "Mathew", "Cherian", "Koshy", "Thomas"],
    },
    "gujarati": {
        "given": ["Hetal", "Jignesh", "Komal", "Bhavesh", "Nirali", "Chirag", "Falguni", "Ketan", "Dhara", "Hiren", "Krupa", "Paresh", "Urvashi", "Mitesh"],
        "family": ["Patel", "Shah", "Mehta", "Desai", "Trivedi", "Parikh", "Bhatt", "Dave", "Thakkar", "Chauhan", "Vyas", "Pandya", "Solanki", "Parmar"],
    },
    "russian": {
        "given_m": ["Aleksandr", "Dmitri", "Sergei", "Mikhail", "Ivan", "Pavel", "Nikolai", "Andrei", "Yevgeny", "Grigory"],
        "given_f": ["Yekaterina", "Olga", "Natalya", "Anastasia", "Svetlana", "Yulia", "Tatiana", "Irina", "Ksenia", "Darya"],
        "family_m": ["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Volkov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Morozov", "Orlov", "Zaitsev"],
        "family_f": ["Ivanova", "Smirnova", "Kuznetsova", "Popova", "Volkova", "Sokolova", "Lebedeva", "Kozlova", "Novikova", "Morozova", "Orlova", "Zaitseva"],
    },
    "ukrainian": {
        "given_m": ["Oleksandr", "Taras", "Bohdan", "Mykola", "Andriy", "Yaroslav", "Ostap", "Dmytro", "Vasyl", "Serhiy"],
        "given_f": ["Oksana", "Iryna", "Olena", "Khrystyna", "Solomiia", "Halyna", "Nataliia", "Mariia", "Yaryna", "Zoryana"],
        "family": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Oliynyk", "Shevchuk", "Polishchuk", "Lysenko", "Rudenko", "Savchenko", "Marchenko", "Hnatyuk", "Boyko", "Kovalchuk"],
    },
    "greek": {
        "given_m": ["Giorgos", "Dimitris", "Konstantinos", "Nikos", "Yannis", "Vasilis", "Christos", "Panagiotis", "Stavros", "Thanasis"],
        "given_f": ["Eleni", "Katerina", "Sofia", "Dimitra", "Vasiliki", "Anastasia", "Georgia", "Despina", "Evangelia", "Chrysoula"],
        "family_m": ["Papadopoulos", "Georgiou", "Oikonomou", "Vlachos", "Karagiannis", "Nikolaidis", "Antonopoulos", "Pappas", "Makris", "Alexiou"],
        "family_f": ["Papadopoulou", "Georgiou", "Oikonomou", "Vlachou", "Karagianni", "Nikolaidou", "Antonopoulou", "Pappa", "Makri", "Alexiou"],
    },
    "hebrew": {
        "given": ["Noa", "Yonatan", "Tamar", "Itai", "Shira", "Eitan", "Maya", "Omer", "Yael", "Ariel", "Lior", "Nadav", "Michal", "Avital", "Gilad", "Hila"],
        "family": ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Azoulay", "Ben-David", "Shapiro", "Katz", "Avraham", "Dahan", "Ohayon", "Ben-Ami", "Golan", "Segal"],
    },
    "albanian": {
        "given": ["Arben", "Besa", "Dritan", "Elira", "Gëzim", "Jonida", "Ilir", "Mirela", "Agron", "Valbona", "Kreshnik", "Teuta", "Blerim", "Arta", "Fatmir", "Entela"],
        "family": ["Krasniqi", "Gashi", "Shala", "Morina", "Kelmendi", "Dervishi", "Leka", "Bytyqi", "Hasani", "Kola", "Mehmeti", "Zeqiri", "Dushku", "Basha", "Prifti"],
    },
    "igbo_extra": {
        "given": ["Chiamaka", "Obinna", "Nneka", "Chukwuemeka", "Adaeze", "Ikenna", "Ngozi", "Uchenna", "Chidinma", "Ebuka", "Amarachi", "Kelechi"],
        "family": ["Okafor", "Nwosu", "Eze", "Okonkwo", "Obi", "Nwachukwu", "Okeke", "Chukwu", "Ibe", "Onyekachi", "Anyanwu", "Ezeh"],
    },
    "dutch_particles": {
        "given": ["Sanne", "Joost", "Femke", "Bram", "Lotte", "Thijs", "Anouk", "Ruben", "Maartje", "Pieter"],
        "family": ["van der Berg", "de Vries", "van den Bosch", "ter Haar", "van Dijk", "de Jong", "van der Linden", "in 't Veld", "van Leeuwen", "de Groot"],
    },
    "spanish_particles": {
        "given": ["María José", "Juan Carlos", "Guadalupe", "Ignacio", "Ximena", "Rodrigo", "Itzel", "Lucía", "Alejandro", "Marisol"],
        "family": ["de la Cruz", "de la Fuente", "del Río", "de los Santos", "García-Márquez", "Núñez de Arco", "de León", "Fernández-Vidal", "de la Torre", "del Valle"],
        "formats": ["{g} {f}", "{g} {f} {f2}"],
    },
}
# fmt: on

#: English words that are also given and family names (about a tenth of all people).
WORD_GIVEN_F = [
    "Hope", "Joy", "Grace", "Faith", "Summer", "Autumn", "Dawn", "Rose", "Lily", "Ivy",
    "Daisy", "Iris", "Amber", "Ruby", "Pearl", "Crystal", "Penny", "Melody", "Harmony",
    "Hazel", "Heather", "Holly", "Patience", "Destiny", "Violet", "Jade", "Ginger", "Olive",
    "Jewel", "Bliss", "Precious", "Sandy", "Brook", "Charity", "Mercy", "Constance",
]  # fmt: skip
WORD_GIVEN_M = [
    "Hunter", "Chase", "Rich", "Will", "Mark", "Bill", "Rob", "Frank", "Rusty", "Sterling",
    "Clay", "Dusty", "Lucky", "Earnest", "Major", "Royal", "Grant", "Forrest", "Cliff",
]  # fmt: skip
#: Used for either gender.
WORD_GIVEN_N = [
    "Sky",
    "Storm",
    "River",
    "Sunny",
    "Honor",
    "Sage",
    "Gift",
    "Blessing",
    "Miracle",
    "Pat",
    "Ocean",
    "Justice",
]
WORD_GIVEN = WORD_GIVEN_F + WORD_GIVEN_M + WORD_GIVEN_N
WORD_FAMILY = [
    "Hill", "Brooks", "Young", "Bishop", "Rivers", "Baker", "Stone", "Wells", "Price",
    "Banks", "Church", "Farmer", "Bell", "Fields", "Woods", "Green", "Black", "White",
    "Brown", "Rich", "Wise", "Long", "Little", "Strong", "Hope", "Love", "Moody", "Winter",
    "Snow", "Frost", "Best", "Sharp", "Gold", "Silver", "Cash", "Swift", "Lamb", "Fox",
    "Wolf", "Hart", "Bird", "Crane", "Drake", "Rose", "March", "May", "Knight", "Cook",
    "Mason", "Turner", "Hunter", "Page", "Ward", "Marsh", "Ford", "Lake", "Bush", "Bright",
    "Noble", "Moss", "Spring", "Sterling", "Chance", "Goodman", "Small", "Street", "Booker",
]  # fmt: skip
WORD_PAIRS = [
    ("Grace", "Hill"), ("Summer", "Brooks"), ("Rich", "Young"), ("Will", "Bishop"),
    ("Faith", "Rivers"), ("Hope", "Stone"), ("Joy", "Fields"), ("Dawn", "Mills"),
    ("Amber", "Wells"), ("Mark", "Church"), ("Bill", "Banks"), ("Crystal", "Lake"),
    ("Hunter", "Price"), ("Rose", "Baker"), ("Sandy", "Marsh"), ("Frank", "Best"),
    ("Penny", "Cash"), ("Holly", "Bush"), ("Sunny", "Day"), ("River", "Stone"),
    ("Destiny", "Bell"), ("Pat", "Farmer"), ("Storm", "Young"),
    ("Chase", "Hunter"), ("Iris", "Green"), ("Ruby", "Gold"), ("Autumn", "Winter"),
]  # fmt: skip

#: Short forms people actually use.
NICKNAMES = {
    "Robert": ["Bob", "Rob", "Robbie"], "William": ["Will", "Bill", "Liam"],
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Katherine": ["Kate", "Katie"],
    "Catherine": ["Cathy", "Cat"], "Margaret": ["Maggie", "Peggy"], "Richard": ["Rich", "Rick"],
    "James": ["Jim", "Jimmy", "Jamie"], "Michael": ["Mike", "Mikey"], "Jennifer": ["Jen", "Jenny"],
    "Alexander": ["Alex", "Sasha"], "Aleksandr": ["Sasha", "Sanya"], "Yekaterina": ["Katya"],
    "Dmitri": ["Dima"], "Anastasia": ["Nastya"], "Natalya": ["Natasha"], "Mikhail": ["Misha"],
    "Oleksandr": ["Sashko"], "Francisco": ["Paco", "Pancho"], "José": ["Pepe"],
    "Guadalupe": ["Lupe"], "Ignacio": ["Nacho"], "Giuseppe": ["Beppe", "Peppe"],
    "Johannes": ["Hannes"], "Olumide": ["Mide"], "Ayodele": ["Ayo"], "Babajide": ["Jide"],
    "Folasade": ["Sade"], "Temitope": ["Tope"], "Oluwaseun": ["Seun"], "Nokuthula": ["Thuli"],
    "Bongani": ["Bongi"], "Sibusiso": ["Sbu"], "Chukwuemeka": ["Emeka"], "Chiamaka": ["Ama"],
    "Christopher": ["Chris"], "Nicholas": ["Nick"], "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"], "Anthony": ["Tony"], "Joseph": ["Joe", "Joey"], "Thomas": ["Tom"],
    "Samantha": ["Sam"], "Samuel": ["Sam"], "Victoria": ["Vicky", "Tori"],
    "Rebecca": ["Becky", "Becca"], "Patricia": ["Patty", "Trish"], "Benjamin": ["Ben"],
    "Gabriel": ["Gabe"], "Andrew": ["Andy", "Drew"], "Jonathan": ["Jon"],
    "Konstantinos": ["Kostas"], "Panagiotis": ["Panos"], "Yonatan": ["Yoni"],
    "Tamilselvan": ["Selva"], "Venkatesh": ["Venky"], "Srinivas": ["Srini"],
    "Chaitanya": ["Chay"], "Rahmatullah": ["Rahmat"], "Habibullah": ["Habib"],
    "Wiremu": ["Wiri"], "Kawika": ["Kawi"], "Ruairidh": ["Ruaridh"],
    "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"],
    "Aleksandra": ["Ola"], "Krzysztof": ["Krzysiek"], "Wojciech": ["Wojtek"],
}  # fmt: skip

# --------------------------------------------------------------------------------------
# Filler (never labeled)
# --------------------------------------------------------------------------------------

COMPANIES = [
    "Northwind Analytics", "Bluefin Logistics", "Kestrel Robotics", "Pinecone Health",
    "Tidewater Insurance", "Copperleaf Energy", "Halcyon Labs", "Meridian Freight",
    "Lumen Dental Group", "Orchard & Vine", "Granite Peak Capital", "Silverline Telecom",
    "Quartz Payroll", "Harbourside Property", "Redwood Learning", "Saffron Foods",
    "Vantage Point Media", "Brightwater Utilities", "Nimbus Cloudworks", "Ironbark Legal",
    "Sable Systems", "Larkspur Clinic", "Atlas Moving Company", "Fernhill Veterinary",
    "Cobalt Fintech", "Juniper Hotels", "Aurora Biotech", "Mistral Outdoor Gear",
    "Oakridge Credit Union", "Polaris Aerospace", "Sunstone Solar", "Cascade Water",
    "Blue Heron Books", "Driftwood Studios", "Everpine Realty", "Keystone Logistics",
    "Zephyr Mobility", "Marigold Pharmacy", "Ridgeline Construction", "Seabright Travel",
]  # fmt: skip
COMPANY_SUFFIX = [
    "",
    "",
    "",
    " Ltd",
    " GmbH",
    " Inc",
    " SA",
    " BV",
    " Pty Ltd",
    " LLC",
    " AB",
    " Sp. z o.o",
]
PRODUCTS = [
    "Acme Router X2", "Helix Notebook 14", "ZenBand 3", "PixelFrame Duo", "Nimbus Sync",
    "QuietAir 500", "Orbit Scooter S", "TrailLite Tent", "AquaPure Filter", "FlexDesk Pro",
    "SoundLoop Buds", "Vista Monitor 27", "BrewMaster Kettle", "Sprout Planner",
    "Ledger Lite", "InkJet Mini", "CargoBike E7", "Thermo Mug 2", "KeyLink Pad",
]  # fmt: skip
#: Real cities; several are also given names on purpose.
CITIES = [
    "Victoria", "Charlotte", "Austin", "Florence", "Adelaide", "Sydney", "Eugene", "Jackson",
    "Lincoln", "Madison", "Regina", "Santiago", "Salvador", "Alexandria", "Augusta",
    "Helena", "Hamilton", "Kingston", "Nelson", "Wellington", "Lagos", "Nairobi", "Kraków",
    "Izmir", "Bandung", "Cebu", "Kathmandu", "Tbilisi", "Yerevan", "Almaty", "Ulaanbaatar",
    "Phnom Penh", "Vientiane", "Mandalay", "Colombo", "Chennai", "Hyderabad", "Dhaka",
    "Amritsar", "Auckland", "Apia", "Nuku'alofa", "Honolulu", "Cusco", "La Paz", "Iqaluit",
    "Tromsø", "Bilbao", "Girona", "Cardiff", "Inverness", "Lyon", "Porto", "Gdańsk",
    "Rotterdam", "Leipzig", "Graz", "Turin", "Valencia", "Mombasa", "Durban", "Antananarivo",
    "Suva", "Saint Paul", "Marseille", "Lille", "Brno", "Tartu", "Kaunas", "Cluj-Napoca",
]  # fmt: skip
COUNTRIES = [
    "Germany", "France", "Spain", "Poland", "Turkey", "Indonesia", "Kenya", "Nigeria",
    "Brazil", "Mexico", "Canada", "Australia", "New Zealand", "India", "Nepal", "Mongolia",
    "Georgia", "Armenia", "Kazakhstan", "Ethiopia", "Somalia", "Madagascar", "Fiji", "Tonga",
    "Samoa", "Peru", "Bolivia", "Norway", "Finland", "Ireland", "Portugal", "Italy",
]  # fmt: skip
LIBS = [
    "pandas", "numpy", "Django", "Flask", "FastAPI", "React", "Vue", "Svelte", "Jasmine",
    "Mocha", "Jest", "Sphinx", "Jinja", "Celery", "Kafka", "Cassandra", "Hadoop",
    "Selenium", "Puppeteer", "Ansible", "Terraform", "Jenkins", "Hugo", "Jekyll", "Sinatra",
    "Rails", "Laravel", "Pydantic", "SQLAlchemy", "Polars", "Hypothesis", "Luigi", "Dagster",
    "Airflow", "Prefect", "Ollama", "Zeppelin", "Maven", "Gradle", "Bazel",
]  # fmt: skip
LANGS = [
    "Rust",
    "Go",
    "Ruby",
    "Julia",
    "Crystal",
    "Elixir",
    "Swift",
    "Kotlin",
    "Dart",
    "Ada",
    "Pascal",
    "Haskell",
    "Scala",
    "Python",
    "TypeScript",
    "Zig",
    "Nim",
    "Clojure",
]
STORMS = [
    "Helene",
    "Milton",
    "Beryl",
    "Ophelia",
    "Idalia",
    "Franklin",
    "Otis",
    "Lee",
    "Ernesto",
    "Debby",
    "Francine",
    "Kirk",
    "Oscar",
    "Rafael",
    "Sara",
    "Isaac",
]
TEAS = [
    "Jasmine Pearl",
    "Earl Grey",
    "Lady Grey",
    "Darjeeling",
    "Assam",
    "Rooibos",
    "Sencha",
    "Oolong",
    "Chamomile",
    "Lapsang Souchong",
    "Genmaicha",
    "Masala Chai",
]
DRINKS = [
    "Tom Collins",
    "Bloody Mary",
    "Shirley Temple",
    "Moscow Mule",
    "Old Fashioned",
    "Arnold Palmer",
    "Paloma",
    "Negroni",
    "Rob Roy",
    "John Collins",
]
BRANDS = [
    "Dr Pepper",
    "Ben & Jerry's",
    "Jack Daniel's",
    "Johnnie Walker",
    "Mrs. Meyer's",
    "Wells Fargo",
    "Morgan Stanley",
    "Goldman Sachs",
    "Tesla",
    "Ford",
    "Dell",
    "Ferrari",
    "Mercedes-Benz",
    "Porsche",
    "Baskin-Robbins",
    "Ralph Lauren",
    "Tommy Hilfiger",
    "Calvin Klein",
    "Kellogg's",
    "McDonald's",
]
ASSISTANTS = ["Alexa", "Siri", "Cortana", "Google Assistant", "Bixby"]
MODELS = [
    "Claude",
    "Gemini",
    "Llama 3",
    "Mistral Large",
    "Falcon 180B",
    "Gemma 2",
    "Qwen 2.5",
    "Phi-3",
    "Grok",
    "Watson",
    "BERT",
    "ERNIE",
]

# --------------------------------------------------------------------------------------
# Near-miss texts: no personal data at all
# --------------------------------------------------------------------------------------

NEAR_MISS: list[tuple[str, str]] = [
    (
        "traceback",
        r"""I'm getting this when I run the nightly job, any idea?

Traceback (most recent call last):
  File "/opt/app/jobs/rollup.py", line ⟨num⟩, in <module>
    main()
  File "/opt/app/jobs/rollup.py", line ⟨num2⟩, in main
    df = pd.read_parquet(path, engine="pyarrow")
  File "/opt/app/.venv/lib/python3.11/site-packages/pandas/io/parquet.py", line 667, in read_parquet
    return impl.read(
pyarrow.lib.ArrowInvalid: Could not open Parquet input source '<Buffer>': Parquet magic bytes not found in footer.

pandas ⟨version⟩, pyarrow ⟨version2⟩, running on ⟨host⟩.""",
    ),
    (
        "tea",
        """Can you write a product description for our autumn tea collection? Items:
- ⟨tea⟩ (loose leaf, 100 g)
- ⟨tea2⟩ with bergamot
- Jasmine Silver Needle
- ⟨tea3⟩, smoked
Tone: warm, not too flowery. Mention that Jasmine is our best seller and that Lady Grey pairs well with lemon cake. Max 120 words.""",
    ),
    (
        "amber",
        """We're building an alert fan-out service for a state agency. Requirements: Amber Alert and Silver Alert messages must reach all registered devices within ⟨num⟩ seconds, messages are signed, and we need an audit trail. Could you sketch the architecture? We're on ⟨lib⟩ + Postgres, deploying to ⟨host⟩. Budget is tight, so no managed Kafka.""",
    ),
    (
        "lang",
        """Honest question: for a CLI tool that parses ~⟨num⟩ GB of logs a day, would you pick ⟨lang⟩ or ⟨lang2⟩? I like Rust's guarantees but the team knows Go better. Julia was floated too but I think that's for numerics. Give me a short pros/cons table.""",
    ),
    (
        "rails",
        """After upgrading Ruby to 3.3 and Rails to 7.1, `bin/rails db:migrate` fails with:

ActiveRecord::StatementInvalid: PG::UndefinedColumn: ERROR:  column "crystal_id" does not exist
LINE 1: SELECT "gems".* FROM "gems" WHERE "gems"."crystal_id" = $1

The model is `Gem belongs_to :crystal`. Migration ⟨date_iso⟩_add_crystal_to_gems.rb ran on staging but not on prod. What's the safest fix?""",
    ),
    (
        "cities",
        """Planning a road trip next ⟪spring|summer|autumn⟫: ⟨city⟩ → ⟨city2⟩ → ⟨city3⟩, about ⟨num⟩ km total. Which order minimizes backtracking, and what's one thing worth seeing in each? We're two adults, no car seats needed, and we'd rather avoid toll roads.""",
    ),
    (
        "cities2",
        """Quick trivia check for a pub quiz: is Victoria the capital of British Columbia, and is Charlotte bigger than Raleigh? Also, which is further south, Adelaide or Wellington? And Austin vs. Madison — which is the state capital with the bigger population?""",
    ),
    (
        "commits",
        """Summarize these commits into release notes:

⟨commit⟩ fix: handle empty payload in webhook retry
⟨commit2⟩ feat(api): add pagination to /v2/orders
⟨commit3⟩ chore: bump ⟨lib⟩ to ⟨version⟩
⟨commit4⟩ docs: clarify rate limits
⟨commit5⟩ refactor: extract Jinja filters into their own module
⟨commit6⟩ fix(ui): Safari date picker off-by-one""",
    ),
    (
        "k8s",
        """kubectl get pods -n payments
NAME                                 READY   STATUS             RESTARTS   AGE
ledger-api-⟨pod⟩                     1/1     Running            0          ⟨num⟩h
ledger-worker-⟨pod2⟩                 0/1     CrashLoopBackOff   ⟨num2⟩         ⟨num3⟩m
cassandra-0                          1/1     Running            0          12d
kafka-broker-1                       1/1     Running            1          12d

Why would only the worker crash-loop? Logs say "unable to resolve ⟨host⟩".""",
    ),
    (
        "nginx",
        r"""server {
    listen 443 ssl http2;
    server_name ⟨host⟩;
    ssl_certificate     /etc/letsencrypt/live/⟨host⟩/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/⟨host⟩/privkey.pem;

    location /api/ {
        proxy_pass http://upstream_api;
        proxy_set_header X-Request-Id $request_id;
        proxy_read_timeout ⟨num⟩s;
    }
}

Getting 502s on /api/ only when the upstream takes longer than a minute. What am I missing?""",
    ),
    (
        "cocktails",
        """Write a short, fun menu blurb for our bar's ⟪happy hour|Friday night|patio⟫ list: ⟨drink⟩, ⟨drink2⟩, ⟨drink3⟩ and ⟨drink4⟩. Also a zero-proof section with a Shirley Temple and an Arnold Palmer. Keep each blurb under 20 words.""",
    ),
    (
        "recipe",
        """I have Granny Smith apples, some leftover romaine and parmesan. Could I make a Caesar salad and an apple crumble for 6 people with this? I'd also like a Beef Wellington for the main but it's my first time — step by step please, and tell me what to prep the day before.""",
    ),
    (
        "storm",
        """Write a calm, factual notice for our customers in the Gulf region: Hurricane ⟨storm⟩ is expected to make landfall ⟨weekday⟩. Stores in ⟨city⟩ will close at 3 pm, deliveries are paused until ⟨date⟩, and orders placed after ⟨time⟩ will ship when the warehouse reopens. No hype, no exclamation marks.""",
    ),
    (
        "eponyms",
        """Explain, for a second-year CS student, how Dijkstra's algorithm differs from Bellman-Ford, and when you'd use a Fibonacci heap. Then briefly: what is a Markov chain, and why is a Kalman filter called "optimal" for linear Gaussian systems?""",
    ),
    (
        "medical_general",
        """What are the early signs that distinguish Parkinson's disease from essential tremor? And is there any known link between Crohn's disease and Alzheimer's? Please cite the kind of studies rather than specific numbers if unsure.""",
    ),
    (
        "cars",
        """Compare total cost of ownership over 5 years: Tesla Model 3 vs Ford Mustang Mach-E vs a Mercedes EQA. Assume ⟨num⟩ km per year, home charging at ⟨amount⟩ per kWh, and insurance in ⟨country⟩.""",
    ),
    (
        "banks",
        """Which of these has the lowest FX fees for a small business sending money from ⟨country⟩ to ⟨country2⟩: Wells Fargo, HSBC, Wise, or Goldman Sachs' Marcus? Table please, with a caveat column.""",
    ),
    (
        "release",
        """## ⟨product⟩ ⟨version⟩ — release notes (⟨date⟩)

### Fixed
- Sync no longer stalls after ⟨num⟩ retries.
- Crash on launch on devices with more than 64 fonts installed.

### Changed
- Minimum OS version raised. Build ⟨build⟩.
- Telemetry is now opt-in.

Can you turn this into a friendly tweet-length announcement?""",
    ),
    (
        "sql_schema",
        """Review this schema for GDPR issues (no data, just DDL):

CREATE TABLE customers (
  id            BIGSERIAL PRIMARY KEY,
  first_name    TEXT NOT NULL,
  last_name     TEXT NOT NULL,
  email         CITEXT UNIQUE,
  phone         TEXT,
  date_of_birth DATE,
  ssn_last4     CHAR(4),
  created_at    TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX ON customers (last_name, first_name);

Should date_of_birth be encrypted at rest? Should we keep ssn_last4 at all?""",
    ),
    (
        "regex",
        r"""Write a Python regex that validates phone numbers in the form +CC followed by 8–12 digits, allowing spaces or dashes between groups, and a second one for email addresses that rejects consecutive dots. Include 5 test strings that should fail and explain why.""",
    ),
    (
        "placeholders",
        """Fix the grammar in this email template, keep the placeholders exactly as they are:

Dear {{first_name}} {{last_name}},
your order {{order_id}} have been shipped on {{ship_date}} and will arrives at {{address_line_1}} within {{eta_days}} days. For question, reply to this email or call {{support_phone}}.
Regards, the {{company_name}} team""",
    ),
    (
        "music",
        """Make me a 10-song playlist for a rainy ⟨weekday⟩ afternoon — think Portishead, Massive Attack, Pearl Jam's quieter stuff, maybe some Daft Punk to finish. Just song titles and artists, no commentary.""",
    ),
    (
        "sports",
        """⟪Real Madrid|Arsenal|Boston Celtics|Seattle Sounders|Melbourne Victory⟫ won ⟨goals⟩-⟨goals2⟩ on ⟨date⟩. Write a two-sentence neutral match summary for our newsletter without naming any players (we don't have image rights this season).""",
    ),
    (
        "jenkins",
        """Our Jenkins pipeline fails at the "Publish docs" stage:

[Pipeline] sh
+ sphinx-build -b html docs/ build/html
Running Sphinx v⟨version⟩
WARNING: autodoc: failed to import module 'hugo.render'; the following exception was raised:
No module named 'hugo'
[Pipeline] }
ERROR: script returned exit code 2
Finished: FAILURE

Build #⟨num⟩ on agent ⟨host⟩. The module exists locally. Ideas?""",
    ),
    (
        "assistant_cmds",
        """Here are voice commands from our smart-home test script; classify each as timer, music, lights or other:
1. "⟨assistant⟩, set a timer for ⟨num⟩ minutes"
2. "⟨assistant⟩, play something by Arctic Monkeys"
3. "Hey Google, dim the living room lights to 30 percent"
4. "⟨assistant⟩, what's the weather in ⟨city⟩ tomorrow"
5. "Hey Siri, turn off the porch light at sunset\"""",
    ),
    (
        "plants",
        """My balcony gets afternoon sun only. Which of these will survive: rosemary, sage, basil, holly, ivy, a climbing rose, lily of the valley, heather, and a small hazel? Rank them from easiest to hardest.""",
    ),
    (
        "gems",
        """Product copy for a jewelry shop, 3 short variations each: a ruby pendant, an amber bracelet, a freshwater pearl necklace, and a crystal ear cuff. Tone: elegant but not pretentious. Mention the ⟪holiday|Mother's Day|Valentine's Day⟫ gift wrapping.""",
    ),
    (
        "grammar",
        """Is it correct to say "Will you grace us with your presence?" Also what's the difference between "may" and "might" here: "I may/might be late on ⟨weekday⟩." And is "hope" a noun or a verb in "hope springs eternal"?""",
    ),
    (
        "billing",
        """Explain to a customer why their invoice ⟨order⟩ shows a late fee even though they paid within the grace period. Our terms: payment due 30 days after issue, 5-day grace period, fee of ⟨amount⟩. Invoice issued ⟨date⟩, paid ⟨date2⟩. Be polite and propose a one-time waiver.""",
    ),
    (
        "hotel",
        """Rewrite this hotel review so it sounds less angry but keeps the facts:

"Booked the Harbour View room at the ⟨venue⟩ in ⟨city⟩ for ⟨small⟩ nights. AC broken, the front desk promised a fix 'tomorrow' three days in a row. Breakfast was great though, and the location near the station is perfect." """,
    ),
    (
        "eventlog",
        r"""Windows event log export, what does this mean?

Log Name:      System
Source:        Microsoft-Windows-WindowsUpdateClient
Date:          ⟨date_iso⟩ ⟨time⟩
Event ID:      20
Level:         Error
Computer:      ⟨winhost⟩
Description:
Installation Failure: Windows failed to install the following update with error 0x80070643: Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.⟨num⟩.⟨num2⟩.0).""",
    ),
    (
        "compose",
        """version: "3.9"
services:
  zookeeper:
    image: bitnami/zookeeper:⟨version⟩
  kafka:
    image: bitnami/kafka:⟨version2⟩
    depends_on: [zookeeper]
  cassandra:
    image: cassandra:4.1
    environment:
      - CASSANDRA_CLUSTER_NAME=⟨cluster⟩
  jasmine-runner:
    build: ./tests/js

Why does kafka start before zookeeper is ready even with depends_on?""",
    ),
    (
        "legal_boilerplate",
        """Simplify this clause for a non-lawyer: "The Licensee shall indemnify and hold harmless the Licensor, its affiliates and their respective officers from any claims arising out of the Licensee's use of the Software, save where such claims result from the Licensor's gross negligence or wilful misconduct." Also, is this enforceable in ⟨country⟩?""",
    ),
    (
        "chemistry",
        """Homework check: how many molecules are in ⟨num⟩ g of water? I used Avogadro's number and got something like 10^25, which seems too big. Also, does Le Chatelier's principle say anything about what happens if I add more product to an equilibrium?""",
    ),
    (
        "pet",
        """My cat Pepper (⟨small⟩ years old) has been sneezing for a week and her eyes are a bit watery. She eats normally. Our other cat, Biscuit, seems fine. Is this worth a vet visit or can I wait it out?""",
    ),
    (
        "transit",
        """What's the fastest way from King's Cross to Victoria Station with a big suitcase — Tube or taxi? Arriving around ⟨time⟩ on a ⟨weekday⟩. Also, do I need an Oyster card or is contactless fine?""",
    ),
    (
        "awards",
        """Give me 5 discussion questions for a book club on the history of computing: the Turing Award, why early machines weren't Turing complete, and how the Nobel Prize compares. Keep it accessible.""",
    ),
    (
        "llm_compare",
        """For a summarization pipeline over ~⟨num⟩k support tickets a day, compare ⟨model⟩, ⟨model2⟩ and ⟨model3⟩ on cost, latency and context length. We'd self-host if it's an open-weights model. Output a markdown table.""",
    ),
    (
        "brands",
        """Write a funny 4-line poem about a late-night fridge raid involving Ben & Jerry's, a can of Dr Pepper, leftover McDonald's fries and a box of Kellogg's. Keep it family friendly.""",
    ),
    (
        "lc_tech",
        """hey quick one, the build on main is red again since the ⟨lib⟩ bump to ⟨version⟩. rust toolchain is pinned to ⟨version2⟩ so it's not that. can u look at the ci logs for job ⟨num2⟩ when u get a sec? no rush, it's only blocking the summer release lol""",
    ),
    (
        "lc_trip",
        """ok so we land in ⟨city⟩ at ⟨time⟩ and the hotel is near the old town. is it worth renting a car or just use the tram? also any good jasmine tea place nearby, my mom is obsessed""",
    ),
    (
        "order_status",
        """Customer asked about shipment status. Details from the system:
Order: ⟨order⟩
Placed: ⟨date⟩
Carrier tracking: ⟨tracking⟩
Items: ⟨product⟩ ×1, ⟨product2⟩ ×2 (SKU ⟨sku⟩)
Status: held at sorting facility, ⟨city⟩
Draft a short update explaining the delay (weather) and that no action is needed.""",
    ),
    (
        "uuid_log",
        """Can you tell why these requests are slow?

⟨date_iso⟩T⟨time⟩Z req=⟨uuid⟩ route=/v1/embeddings model=text-small dur_ms=⟨num⟩ status=200 host=⟨host⟩
⟨date_iso⟩T⟨time2⟩Z req=⟨uuid2⟩ route=/v1/embeddings model=text-small dur_ms=⟨num2⟩⟨num3⟩ status=200 host=⟨host⟩
⟨date_iso⟩T⟨time3⟩Z req=⟨uuid3⟩ route=/v1/chat model=large dur_ms=⟨num4⟩ status=429 host=⟨host2⟩""",
    ),
    (
        "citation_no_author",
        """Format these as APA references (no authors listed, organizational works):
- ⟨company⟩ annual sustainability report, ⟨year⟩, retrieved from their website
- World Health Organization guidance on hand hygiene, 2009
- ISBN 978-⟨isbn⟩, "Field Guide to Coastal Birds", ⟨company2⟩ Press, ⟨year2⟩""",
    ),
    (
        "cve",
        """Does ⟨cve⟩ affect us? We run ⟨lib⟩ ⟨version⟩ behind ⟨host⟩ and only expose the /health endpoint publicly. Give me a short risk assessment and whether we should patch today or in the next maintenance window on ⟨date⟩.""",
    ),
    (
        "places",
        """I'm writing a geography quiz. Give me one sentence each about Lake Victoria, Mount Rainier, the Charles River, Port Elizabeth, Fort Collins and Saint Helena, without using the words "lake", "mount" or "river" in the answers.""",
    ),
    (
        "ships",
        """For a kids' museum placard: two sentences each on the Flying Scotsman, the Queen Mary 2 and the Mars rover Perseverance. Reading age about 8.""",
    ),
    (
        "math_names",
        """Prove that the Euclidean distance satisfies the triangle inequality, then explain in plain words why Boolean algebra and Bayesian updating are both "rules for combining beliefs" — or tell me if that analogy is wrong.""",
    ),
    (
        "words_like_names",
        """Translate into Spanish, keeping the tone: "Grace under pressure is what we hope for. Will the summer job pay in cash? Mark my words: the rich get richer, and bill collectors never sleep." """,
    ),
    (
        "config_yaml",
        """Why is my GitHub Actions job skipped?

on:
  push:
    branches: [main, "release/**"]
jobs:
  test:
    if: github.event_name == 'push' && contains(github.ref, 'release')
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npx jasmine --config=spec/support/jasmine.json

I pushed to main at ⟨time⟩ and it shows "skipped".""",
    ),
    (
        "invoice_numbers",
        """Reconcile these: payment reference ⟨order⟩ for ⟨amount⟩ arrived ⟨date⟩, but the open invoices are INV-⟨num⟩⟨num2⟩ (⟨amount2⟩) and INV-⟨num3⟩⟨num4⟩ (⟨amount3⟩). Could the payment cover both with a discount? Show the arithmetic.""",
    ),
    (
        "physics",
        """If a coil produces 0.⟨num⟩ tesla and I double the current, what happens? Also remind me how ohms, newtons, pascals and kelvins relate to SI base units.""",
    ),
]

# --------------------------------------------------------------------------------------
# Lowercase chat (the rendered text is lowercased char by char)
# --------------------------------------------------------------------------------------

LOWER_CHAT: list[tuple[str, str]] = [
    (
        "lc_landlord",
        """can u help me write a msg to my landlord. his name is ⟨m1.full⟩ and the flat is ⟨p2.street⟩. the boiler broke on ⟨weekday⟩ and nobody came. i want it polite but firm. sign it from me and ⟨p3.first⟩""",
    ),
    (
        "lc_bday",
        """ok so ⟨p1.first⟩'s bday is ⟨p1.dob_long⟩ and we're doing a surprise thing at ⟨company⟩ on saturday. write a group text inviting people but DON'T let ⟨p1.first⟩ see it lol. ⟨p2.first⟩ and ⟨p3.first⟩ are bringing cake""",
    ),
    (
        "lc_number",
        """whats a nice way to ask ⟨f1.first⟩ to stop texting me at work. her number is ⟨f1.phone⟩ if that matters, i dont wanna block her""",
    ),
    (
        "lc_summarize",
        """summarize this for me pls

⟨p1.handle⟩: did anyone hear back from ⟨p2.full⟩
⟨p3.handle⟩: nope. ⟨m4.first⟩ said he'd email ⟨p2.email⟩ again
⟨p1.handle⟩: ugh ok
⟨m4.handle⟩: sent. also cc'd ⟨p5.first⟩
⟨p3.handle⟩: 👍""",
    ),
    (
        "lc_resume",
        """im applying for a barista job, can u fix my intro: hi im ⟨p1.full⟩, ⟨p1.age⟩ yrs old, i live near ⟨city⟩ center and i worked at ⟨company⟩ for a year under ⟨p2.full⟩ who can give a reference (⟨p2.phone⟩)""",
    ),
    (
        "lc_breakup",
        """how do i reply to this without starting a fight

"hey its ⟨p1.nick⟩. i think u still have my hoodie and the spare key to ⟨p1.addrline⟩. can u drop it off or give it to ⟨p2.first⟩?\"""",
    ),
    (
        "lc_game",
        """me and ⟨p1.handle⟩ keep losing in ranked. ⟨p2.first⟩ says its because we both play support. whats a good duo comp for this season? ⟨p3.handle⟩ might join as 3rd""",
    ),
    (
        "lc_mom",
        """translate this to proper english for my mom's visa letter: my name ⟨f1.full⟩, born ⟨f1.dob⟩, i live at ⟨f1.addrline⟩ with my son ⟨m2.first⟩ ⟨f1.last⟩ and his wife ⟨f3.first⟩""",
    ),
    (
        "lc_contact",
        """can u make a contact card text i can paste. name: ⟨p1.full⟩ phone: ⟨p1.phone⟩ email ⟨p1.email⟩ work: ⟨company⟩""",
    ),
    (
        "lc_roommate",
        """my roommate ⟨p1.first⟩ keeps eating my food. ⟨p2.first⟩ thinks i should put a lock on the fridge which is insane. give me 3 funny passive aggressive notes i can leave. sign them "the management\"""",
    ),
    (
        "lc_venmo",
        """someone sent money to the wrong person, it went to ⟨p1.handle⟩ instead of ⟨p2.handle⟩. the real ⟨p2.first⟩ is my cousin. how do i ask for it back without sounding sketchy""",
    ),
    (
        "lc_teacher",
        """write a short email to my kid's teacher ⟨f1.title⟩ ⟨f1.last⟩ saying ⟨p2.first⟩ will miss school thursday bc of a dentist appt. my number is ⟨p3.phone⟩ if she needs to call""",
    ),
    (
        "lc_wedding",
        """help with a toast!! my best friend ⟨f1.first⟩ is marrying ⟨p2.full⟩ next month. we met in ⟨city⟩ in 2012, she once drove 6 hours to bring me soup. keep it under 2 min, a little funny""",
    ),
    (
        "lc_ssn",
        """is it safe to send my ssn over email? the lady from the tax office (⟨f1.first⟩ something) asked for it. its ⟨p2.ssn⟩ and my dob is ⟨p2.dob_us⟩. i already typed it in here oops""",
    ),
    (
        "lc_bank",
        """i need to send rent to ⟨p1.full⟩, iban ⟨p1.iban⟩. does the reference need to be exactly "rent march ⟨p2.last⟩" or can i write anything""",
    ),
    (
        "lc_group",
        """plan a 3 day hiking trip for 4 ppl: me, ⟨p1.first⟩, ⟨p2.first⟩ and ⟨p3.nick⟩. ⟨p2.first⟩ has a bad knee so nothing too steep. leaving from ⟨city⟩""",
    ),
    (
        "lc_ip",
        """my router keeps showing a device called ⟨p1.first⟩s-iphone on ⟨ip⟩ and i dont know any ⟨p1.first⟩. how do i kick it off and change the wifi password""",
    ),
    (
        "lc_discord",
        """[⟨time⟩] ⟨p1.handle⟩: yo anyone up for raids tonight
[⟨time2⟩] ⟨p2.handle⟩: ya after 9
[⟨time3⟩] ⟨p1.handle⟩: @⟨p3.handle⟩ u in?
[⟨time4⟩] ⟨p3.handle⟩: cant, ⟨p4.first⟩ has my pc lol
can u turn this into a short recap for ppl who missed it""",
    ),
    (
        "lc_insta",
        """write a caption for a pic of me and ⟨p1.first⟩ at the beach, tag @⟨p1.handle⟩ and @⟨p2.handle⟩. something short and cute, no hashtags""",
    ),
    (
        "lc_lost",
        """found a wallet on the bus, id says ⟨p1.full⟩, ⟨p1.addrline⟩. theres also a card ⟨p1.card⟩ in it. should i call the police or just mail it back""",
    ),
    (
        "lc_gift",
        """whats a good gift under 50 for my grandpa, he was born ⟨sm1.dob_long⟩ so hes turning ⟨sm1.age⟩. he likes fishing and old westerns. his name is ⟨sm1.first⟩ if u want to make it personal""",
    ),
    (
        "lc_sick",
        """text to my manager ⟨p1.first⟩ saying im sick today and ⟨p2.first⟩ will cover my shift, keep it short. also mention i'll send the doctor note to ⟨p1.email⟩""",
    ),
    (
        "lc_tenant",
        """neighbour at ⟨m1.street⟩ keeps parking in front of our driveway. i think his name is ⟨m1.last⟩. draft a friendly note i can put on his car""",
    ),
    (
        "lc_school",
        """my daughter ⟨g1.first⟩ ⟨g1.last⟩ (dob ⟨g1.dob⟩) needs a permission slip for the trip. can u write one, parent is me ⟨p2.full⟩ ph ⟨p2.phone⟩""",
    ),
    (
        "lc_date",
        """matched with someone named ⟨f1.first⟩ on the app, she said she works at ⟨company⟩. give me 3 opening lines that aren't cringe""",
    ),
    (
        "lc_multi",
        """so ⟨p1.first⟩ told ⟨p2.first⟩ that ⟨p3.first⟩ said i was leaving the band?? i never said that. help me write a msg to all 3 clearing it up without drama""",
    ),
    (
        "lc_landline",
        """my aunt ⟨f1.full⟩ only has a landline ⟨f1.phone⟩ and wants to set up whatsapp. explain in super simple steps i can read to her over the phone""",
    ),
    (
        "lc_uni",
        """hey can u proofread: "dear ⟨p1.title⟩ ⟨p1.last⟩, i'm ⟨p2.full⟩ from your ⟨weekday⟩ seminar, student id ⟨num⟩⟨num2⟩. i missed the deadline because of a family emergency..." """,
    ),
    (
        "lc_tinder_bio",
        """rewrite my bio to sound less desperate: "⟨p1.first⟩, ⟨p1.age⟩, ⟨city⟩. i like dogs more than ppl. ex says im 'a lot'. msg me on insta ⟨p1.handle⟩\"""",
    ),
    (
        "lc_move",
        """moving from ⟨p1.addrline⟩ to ⟨p1.addrline2⟩ next week. make me a checklist of who to notify (bank, doctor, etc). the movers contact is ⟨p2.first⟩ ⟨p2.phone⟩""",
    ),
    (
        "lc_voice",
        """transcribe cleanly: "uh yeah hi this is ⟨p1.first⟩ um calling for ⟨p2.first⟩ ⟨p2.last⟩ about the the car, call me back on ⟨p1.phone⟩ thanks bye\"""",
    ),
    (
        "lc_club",
        """write a quick reminder for the book club whatsapp: next meet is at ⟨p1.first⟩'s place (⟨p1.addrline⟩), 7pm, bring snacks. ⟨p2.first⟩ is picking the next book""",
    ),
    (
        "lc_iban",
        """ok here's my bank details for the trip money, iban ⟨p1.iban⟩ name ⟨p1.full⟩. can u write a msg to the group saying everyone owes ⟨amount⟩ and to send by friday. ⟨p2.first⟩ already paid""",
    ),
    (
        "lc_card",
        """my card keeps getting declined on the ⟨company⟩ site, number is ⟨p1.card⟩. the name on it is ⟨p1.full⟩ but the site autofills my husband ⟨m2.first⟩. how do i fix this""",
    ),
    (
        "lc_ip_game",
        """got banned from the server for "ban evasion" but i never had another account. my ip is ⟨ip⟩ and my brother ⟨m1.first⟩ plays from the same house on ⟨ip2⟩. write an appeal pls, my username is ⟨p2.handle⟩""",
    ),
    (
        "lc_ssn_form",
        """filling out a form for my dad ⟨sm1.full⟩, it asks for his ssn (⟨sm1.ssn⟩) and date of birth (⟨sm1.dob_us⟩). does medicare need both? he lives at ⟨sm1.addrline_us⟩""",
    ),
    (
        "lc_card_check",
        """is there a way to tell if a card number is real? someone in the group chat sent ⟨card⟩ and ⟨card2⟩ saying they're ⟨p1.first⟩'s old cards lol. feels sketchy""",
    ),
]

# --------------------------------------------------------------------------------------
# General texts
# --------------------------------------------------------------------------------------

GENERAL: list[tuple[str, str]] = [
    # ---- JSON chat transcripts ------------------------------------------------------
    (
        "json_chat",
        r"""{"model": "⟨model⟩", "messages": [{"role": "system", "content": "You are a helpful assistant for ⟨company⟩ customer care."}, {"role": "user", "content": "Hi, I'm ⟨p1.full⟩. My parcel to ⟨p1.addrline⟩ never arrived. Order ⟨order⟩."}, {"role": "assistant", "content": "I'm sorry to hear that, ⟨p1.first⟩. Could you confirm the phone number on the order?"}, {"role": "user", "content": "Sure, it's ⟨p1.phone⟩."}]}""",
    ),
    (
        "json_chat",
        r"""{
  "messages": [
    {"role": "user", "content": "Draft a reply to ⟨p1.first⟩ ⟨p1.last⟩ (⟨p1.email⟩) declining the meeting on ⟨date⟩ and suggesting ⟨p2.full⟩ goes instead."},
    {"role": "assistant", "content": "Hi ⟨p1.first⟩,\n\nThanks for the invite. Unfortunately I can't make it on ⟨date⟩. ⟨p2.first⟩ from my team will join in my place.\n\nBest regards"}
  ],
  "temperature": 0.3
}""",
    ),
    (
        "json_chat",
        r"""[{"role":"user","content":"extract the fields as json: 'Patient ⟨p1.full⟩, DOB ⟨p1.dob_us⟩, referred by ⟨p2.title⟩ ⟨p2.full⟩, contact ⟨p1.phone_us⟩'"},{"role":"assistant","content":"{\"patient\": \"⟨p1.full⟩\", \"dob\": \"⟨p1.dob_us⟩\", \"referrer\": \"⟨p2.full⟩\", \"phone\": \"⟨p1.phone_us⟩\"}"}]""",
    ),
    (
        "json_chat",
        r"""{"id": "chatcmpl-⟨uuid⟩", "created": ⟨epoch⟩, "choices": [{"index": 0, "message": {"role": "assistant", "content": "Here is the summary of the call: ⟨p1.first⟩ confirmed the refund of ⟨amount⟩ to the card ending ⟨last4⟩. ⟨p2.full⟩ will follow up by email at ⟨p2.email⟩ before ⟨weekday⟩."}, "finish_reason": "stop"}], "usage": {"prompt_tokens": ⟨num⟩⟨num2⟩, "completion_tokens": ⟨num3⟩}}""",
    ),
    (
        "json_chat",
        r"""{"input": [{"role": "developer", "content": "Classify the sentiment of the review and extract any names mentioned."}, {"role": "user", "content": "Stayed 3 nights at ⟨company⟩. ⟨p1.first⟩ at reception was lovely, but the manager ⟨p2.full⟩ refused to refund the broken minibar. Never again."}], "response_format": {"type": "json_object"}}""",
    ),
    (
        "json_chat",
        r"""{"conversation_id": "⟨uuid⟩", "turns": [
  {"speaker": "agent", "text": "Thank you for calling ⟨company⟩, this is ⟨p1.first⟩."},
  {"speaker": "caller", "text": "Hi ⟨p1.first⟩, this is ⟨p2.full⟩, account holder. I want to update my address to ⟨p2.addrline⟩."},
  {"speaker": "agent", "text": "Of course. For security, can you confirm your date of birth?"},
  {"speaker": "caller", "text": "⟨p2.dob_long⟩."},
  {"speaker": "agent", "text": "Thank you, ⟨p2.title⟩ ⟨p2.last⟩. The address is updated."}
]}""",
    ),
    (
        "json_chat",
        r"""{"messages":[{"role":"user","content":"Write a LinkedIn recommendation for ⟨p1.full⟩. We worked together at ⟨company⟩ for ⟨small⟩ years; ⟨p1.first⟩ led the data migration and mentored ⟨p2.first⟩ and ⟨p3.first⟩."}],"max_tokens":400,"user":"⟨p4.handle⟩"}""",
    ),
    (
        "json_chat",
        r"""{"tool_calls": [{"type": "function", "function": {"name": "create_contact", "arguments": "{\"name\": \"⟨p1.full⟩\", \"email\": \"⟨p1.email⟩\", \"phone\": \"⟨p1.phone⟩\", \"company\": \"⟨company⟩\", \"notes\": \"met at ⟨city⟩ expo, intro via ⟨p2.full⟩\"}"}}]}""",
    ),
    (
        "json_chat",
        r"""{"role": "user", "content": "My IP keeps getting banned from the forum. It's ⟨ip⟩ at home and ⟨ip2⟩ on my phone. My username there is ⟨p1.handle⟩. Can you write an appeal to the mods?"}""",
    ),
    # ---- Customer support tickets ---------------------------------------------------
    (
        "ticket",
        """Ticket #⟨ticket⟩ — Priority: ⟪High|Normal|Low⟫
Requester: ⟨p1.full⟩ <⟨p1.email⟩>
Assignee: ⟨p2.first⟩ (Tier 2)
Subject: Charged twice for ⟨product⟩

Hello, I was charged twice on ⟨date⟩ for the same order (⟨order⟩). Card used: ⟨p1.card⟩. Please refund one of the charges. You can reach me on ⟨p1.phone⟩ after 5pm.

Internal note (⟨p2.first⟩): duplicate auth confirmed in the gateway, escalating to ⟨p3.full⟩ in billing.""",
    ),
    (
        "ticket",
        """Please summarize this ticket thread for the handover:

[⟨date⟩ ⟨time⟩] Customer: The courier left my package at the wrong house. I live at ⟨p1.addr⟩
and the tracking says it was delivered to number ⟨num⟩.
[⟨date⟩ ⟨time2⟩] Agent ⟨p2.first⟩: Sorry about that! I've opened a claim with the carrier.
[⟨date2⟩ ⟨time3⟩] Customer: Still nothing. My neighbour ⟨p3.first⟩ says nobody knocked.
[⟨date2⟩ ⟨time4⟩] Agent ⟨p4.first⟩: Reship approved, new tracking ⟨tracking⟩.""",
    ),
    (
        "ticket",
        """Subject: Account locked
From: ⟨p1.email⟩

hi support, my account got locked after I logged in from a hotel (IP was ⟨ip⟩ I think). The account is under my partner's name, ⟨p2.full⟩, but I manage it. Can you unlock it or do you need her to call? Thanks, ⟨p1.first⟩""",
    ),
    (
        "ticket",
        """Can you categorize these support tickets (billing / technical / account / other) and give a one-line reason?

1. "⟨p1.full⟩ here — my invoice shows ⟨amount⟩ but the quote said less."
2. "App crashes when I upload photos. Phone is a Pixel 8. — ⟨p2.first⟩"
3. "Please change the account email from ⟨p3.email⟩ to ⟨p3.email2⟩."
4. "Who is ⟨p4.full⟩ and why are they listed as an admin on our workspace??"
5. "The export to CSV has the wrong date format (we're in ⟨country⟩)." """,
    ),
    (
        "ticket",
        """Zendesk macro test — please rewrite the agent reply to be warmer:

Customer (⟨p1.full⟩): I returned the ⟨product⟩ three weeks ago and still no refund. Return label ⟨tracking⟩.
Agent reply: "Refunds take 10 business days. Your refund was processed on ⟨date⟩ to the IBAN ⟨p1.iban⟩. Nothing more we can do. — ⟨p2.first⟩, ⟨company⟩ Support" """,
    ),
    (
        "ticket",
        """INCIDENT ⟨ticket⟩
Reported by: ⟨p1.handle⟩ (on-call)
Impact: users in ⟨country⟩ could not log in for ~⟨num⟩ min
Timeline:
  ⟨time⟩ alert fired (auth p99 > 5s)
  ⟨time2⟩ ⟨p2.first⟩ rolled back ⟨lib⟩ config
  ⟨time3⟩ ⟨p3.full⟩ confirmed recovery
Affected sample account: ⟨p4.email⟩ (last seen from ⟨ip⟩)
Write the customer-facing status page update, no internal names.""",
    ),
    (
        "ticket",
        """Customer chat transcript — please extract the action items:

Visitor: hi, I ordered a sofa, delivery was supposed to be today
Bot: Can I have your name and postcode?
Visitor: ⟨p1.full⟩, ⟨p1.postcode⟩
Bot: Thanks ⟨p1.first⟩! Connecting you to a human.
⟨p2.first⟩ (⟨company⟩): Hi ⟨p1.first⟩, I see the driver had a breakdown. We can deliver ⟨weekday⟩ between 8 and 12 to ⟨p1.street⟩ — does that work?
Visitor: yes but call ⟨p1.phone⟩ first, the bell doesn't work""",
    ),
    (
        "ticket",
        """Escalation email, make it more concise:

Hi ⟨p1.first⟩,
The customer ⟨p2.full⟩ (account ⟨num⟩⟨num2⟩, billing address ⟨p2.addrline⟩) has called four times about the same outage. Each time the case was closed without a fix by ⟨p3.first⟩'s team. ⟨p2.last⟩ is threatening to cancel and post on social media. Could you personally call back on ⟨p2.phone⟩ today?
Thanks,
⟨p4.first⟩""",
    ),
    # ---- Emails with signatures -----------------------------------------------------
    (
        "email",
        """Please make this email sound more professional:

hey ⟨p1.first⟩,
sending over the deck from yesterday. ⟨p2.first⟩ had some comments on slide 4, and ⟨p3.full⟩ from legal wants to see it before it goes out. lmk if thats ok

cheers
⟨p4.first⟩

--
⟨p4.full⟩
⟪Senior Product Manager|Account Executive|Operations Lead|Research Engineer⟫ | ⟨company⟩
M: ⟨p4.phone⟩ | ⟨p4.email⟩""",
    ),
    (
        "email",
        """From: ⟨p1.full⟩ <⟨p1.email⟩>
To: ⟨p2.email⟩
Cc: ⟨p3.email⟩
Date: ⟨weekday⟩, ⟨date⟩ ⟨time⟩
Subject: Re: Site visit

⟨p2.first⟩,

Confirming the visit on ⟨date2⟩. Parking is behind the building; ask reception for ⟨p4.full⟩ who will bring you up. If anything changes, my mobile is ⟨p1.phone⟩.

Kind regards,
⟨p1.first⟩

⟨p1.full⟩
Facilities Manager, ⟨company⟩
⟨p1.addr⟩

Summarize in one sentence.""",
    ),
    (
        "email",
        """Translate to ⟪German|French|Spanish|Portuguese⟫, keep the signature as is:

Dear ⟨p1.title⟩ ⟨p1.last⟩,

Thank you for your patience. Your replacement card has been posted to the address we hold on file and should arrive within five working days. If you did not request this, please call us immediately.

Yours sincerely,

⟨p2.full⟩
Customer Relations
⟨company⟩
Tel. ⟨p2.phone⟩""",
    ),
    (
        "email",
        """Is this a phishing email? Be specific.

From: "⟨company⟩ Security Team"
To: ⟨p1.email⟩

Dear ⟨p1.full⟩,
We noticed a sign-in from a new device (IP ⟨ip⟩, ⟨city⟩). If this wasn't you, verify your identity within 24 hours by replying with your date of birth and the last four digits of your SSN.
⟨company⟩ Trust Team""",
    ),
    (
        "email",
        """Rewrite so it's shorter:

Hi all,

Quick update from the ⟨city⟩ office. ⟨p1.full⟩ is joining us on ⟨date⟩ as our new office manager — many of you met ⟨p1.first⟩ during the interviews. ⟨p2.first⟩ ⟨p2.last⟩ will be the buddy for the first month. Please also welcome back ⟨p3.first⟩ from parental leave!

Desk moves: ⟨p4.first⟩ → 3rd floor, ⟨p5.full⟩ → room ⟨room⟩.

Thanks,
⟨p6.first⟩""",
    ),
    (
        "email",
        """Write a polite follow-up to this unanswered email:

To: ⟨p1.email⟩
Subject: Invoice ⟨order⟩ — payment details

Hello ⟨p1.first⟩,
As discussed, please transfer the outstanding ⟨amount⟩ to:
Account holder: ⟨p2.full⟩
IBAN: ⟨p2.iban⟩
Reference: ⟨order⟩
Best,
⟨p2.first⟩
⟨p2.phone⟩""",
    ),
    (
        "email",
        """Grammar check only, don't change the tone:

⟨p1.first⟩ — 

I am writting to let you know that ⟨p2.full⟩ will not be continuing with the project after this month. Their last day is ⟨date⟩. Going forward please send invoices to me directly or to ⟨p3.full⟩ (⟨p3.email⟩) who is taking over the accounts.

Regards
⟨p4.full⟩
Director, ⟨company⟩
⟨p4.addrline⟩""",
    ),
    (
        "email",
        """Can you pull out all the action items and owners from this email?

Team,
Following today's call:
- ⟨p1.first⟩ to send the revised budget to ⟨p2.full⟩ by ⟨weekday⟩
- ⟨p3.nick⟩ and ⟨p4.first⟩ to book the venue in ⟨city⟩
- Ask ⟨p5.full⟩ whether ⟨company⟩ can sponsor the coffee
- I'll chase ⟨p6.last⟩ about the AV contract
Thanks — ⟨p7.first⟩""",
    ),
    # ---- Meeting notes ----------------------------------------------------------------
    (
        "meeting",
        """Turn these notes into a tidy summary with decisions and action items:

Weekly sync ⟨date⟩
Present: ⟨p1.first⟩, ⟨p2.first⟩, ⟨p3.full⟩, ⟨p4.first⟩ (remote)
Apologies: ⟨p5.full⟩

- Q3 numbers: ⟨p2.first⟩ says churn is up ⟨pct⟩ in ⟨country⟩, mostly SMB
- ⟨p3.last⟩ proposes pausing the ⟨product⟩ promo — agreed
- hiring: 2 offers out, ⟨p1.first⟩ chasing
- AOB: ⟨p4.first⟩'s laptop still broken, IT ticket ⟨ticket⟩""",
    ),
    (
        "meeting",
        """Meeting transcript (auto-generated), please clean it up:

⟨p1.full⟩ 00:00:04 Okay, I think we can start. ⟨p2.first⟩, are you there?
⟨p2.full⟩ 00:00:09 Yeah, sorry, my camera is off.
⟨p1.full⟩ 00:00:12 No worries. So the vendor from ⟨company⟩ sent the contract, ⟨p3.first⟩ looked at it.
⟨p3.full⟩ 00:00:20 Right, clause 7 is the problem. They want unlimited liability caps removed.
⟨p2.full⟩ 00:00:31 Can we loop in ⟨p4.first⟩ from legal?
⟨p1.full⟩ 00:00:35 I'll ping ⟨p4.last⟩ after this.""",
    ),
    (
        "meeting",
        """Minutes of the residents' association meeting, ⟨date⟩, community hall.

Chair: ⟨p1.full⟩. Secretary: ⟨p2.full⟩. Attendance: 14 households.
1. Street lighting: ⟨p3.full⟩ (⟨p3.street⟩) reported two broken lamps; the council was informed.
2. Parking: complaints about vans on the corner near number ⟨num⟩; ⟨p4.first⟩ ⟨p4.last⟩ offered to talk to the owner.
3. Summer fair: ⟨p5.first⟩ will coordinate, contact ⟨p5.phone⟩.
Next meeting: ⟨date2⟩.

Please write a 3-sentence recap for the newsletter.""",
    ),
    (
        "meeting",
        """1:1 notes — ⟨p1.first⟩ / ⟨p2.first⟩ — ⟨date⟩
* ⟨p2.first⟩ feels overloaded since ⟨p3.full⟩ left; picking up ⟨p3.first⟩'s on-call
* wants to move to the platform team by Q1; talk to ⟨p4.full⟩
* promo packet: needs peer feedback from ⟨p5.first⟩ and ⟨p6.first⟩
* personal: out ⟨date2⟩–⟨date3⟩ (family wedding in ⟨city⟩)

Rewrite as a short, supportive follow-up message from ⟨p1.first⟩ to ⟨p2.first⟩.""",
    ),
    (
        "meeting",
        """Standup bot export:
⟨p1.handle⟩ — yesterday: fixed flaky test in payments; today: review ⟨p2.handle⟩'s PR #⟨num⟩; blockers: none
⟨p2.handle⟩ — yesterday: schema migration; today: deploy to staging; blockers: waiting on ⟨p3.first⟩ for DB access
⟨p4.handle⟩ — OOO
⟨p5.handle⟩ — yesterday: customer call with ⟨company⟩; today: write up notes; blockers: none
Make a 3-bullet digest for the manager.""",
    ),
    # ---- HR letters ---------------------------------------------------------------------
    (
        "hr",
        """Please proofread this offer letter:

⟨date⟩

⟨p1.full⟩
⟨p1.addr⟩

Dear ⟨p1.first⟩,

We are delighted to offer you the position of ⟪Data Analyst|Staff Nurse|Warehouse Supervisor|Junior Designer⟫ at ⟨company⟩, starting on ⟨date2⟩, reporting to ⟨p2.full⟩. Your annual salary will be ⟨amount⟩, paid monthly into the account you provide.

Please bring proof of identity and your Social Security number (we have ⟨p1.ssn⟩ on file from your application — let us know if this is incorrect).

Sincerely,
⟨p3.full⟩
Head of People""",
    ),
    (
        "hr",
        """Write a neutral reference letter based on these facts:
- Employee: ⟨p1.full⟩, born ⟨p1.dob_long⟩
- Employed at ⟨company⟩ from ⟨date⟩ to ⟨date2⟩ as a ⟪cashier|lab technician|software engineer|driver⟫
- Reliable, good with customers; once covered for ⟨p2.first⟩ during a staff shortage
- Manager signing: ⟨p3.full⟩, ⟨p3.email⟩""",
    ),
    (
        "hr",
        """Summarize this disciplinary note in plain language for the employee file:

On ⟨date⟩ at approximately ⟨time⟩, ⟨p1.full⟩ (employee no. ⟨num⟩⟨num2⟩) was observed by shift lead ⟨p2.full⟩ leaving the loading bay unattended. ⟨p1.last⟩ stated that a colleague, ⟨p3.first⟩, had agreed to cover. ⟨p3.first⟩ ⟨p3.last⟩ disputes this. A verbal warning was issued. Witness: ⟨p4.full⟩.""",
    ),
    (
        "hr",
        """New-hire onboarding form — check for missing fields:

Full legal name: ⟨p1.full⟩
Preferred name: ⟨p1.nick⟩
Date of birth: ⟨p1.dob_iso⟩
SSN: ⟨p1.ssn⟩
Home address: ⟨p1.addr_us⟩
Emergency contact: ⟨p2.full⟩ (⟪spouse|mother|brother|friend⟫), ⟨p2.phone_us⟩
Start date: ⟨date⟩
Manager: """,
    ),
    (
        "hr",
        """Make this resignation letter more gracious:

⟨date⟩
To ⟨p1.full⟩, ⟨company⟩

I'm resigning. My last day will be ⟨date2⟩. I've told ⟨p2.first⟩ where the files are. Please send my final payslip to ⟨p3.email⟩, not my work address.

⟨p3.full⟩""",
    ),
    # ---- Medical referrals ----------------------------------------------------------
    (
        "medical",
        """Referral letter — please correct spelling and make it concise.

To: ⟨p1.title⟩ ⟨p1.full⟩, Department of Cardiology
Re: ⟨p2.full⟩, DOB ⟨p2.dob⟩
Address: ⟨p2.addr⟩
Tel: ⟨p2.phone⟩

Dear colleague, I'd be gratefull if you could see this ⟨p2.age⟩-year-old patient with exertional chest pain for 3 weeks. ECG shows no acute changes. Family history: father MI at 52. Current meds: none. Many thanks,

⟨p3.title⟩ ⟨p3.full⟩
⟨company⟩ Family Practice""",
    ),
    (
        "medical",
        """Convert to a structured summary (Problem / History / Plan):

Pt ⟨f1.first⟩ ⟨f1.last⟩, born ⟨f1.dob_eu⟩, seen in clinic ⟨date⟩ with her daughter ⟨f2.first⟩. 3/7 hx of productive cough, T 38.2. Chest clear on auscultation. Likely viral. Advised fluids, paracetamol. Review if no improvement in 5 days. Daughter's mobile ⟨f2.phone⟩ for callbacks. — ⟨p3.initl⟩""",
    ),
    (
        "medical",
        """Draft an appointment reminder SMS (max 160 chars) from this record:
Patient: ⟨p1.full⟩
DOB: ⟨p1.dob_us⟩
Mobile: ⟨p1.phone⟩
Appt: ⟨date⟩ ⟨time⟩ with ⟨p2.title⟩ ⟨p2.last⟩, physiotherapy
Location: ⟨company⟩, ⟨city⟩""",
    ),
    (
        "medical",
        """Explain this discharge summary to the patient's family in simple words:

DISCHARGE SUMMARY
Name: ⟨p1.upperfull⟩   MRN: ⟨num⟩⟨num2⟩⟨num3⟩   DOB: ⟨p1.dob_iso⟩
Admitted: ⟨date⟩  Discharged: ⟨date2⟩
Dx: Community-acquired pneumonia, resolved. Type 2 DM.
Follow-up: GP in 1 week; HbA1c in 3 months.
Attending: ⟨p2.title⟩ ⟨p2.full⟩
Next of kin: ⟨m3.full⟩ (son), ⟨m3.phone⟩""",
    ),
    (
        "medical",
        """Vet referral — can you shorten this?

Owner: ⟨p1.full⟩, ⟨p1.addrline⟩, ⟨p1.phone⟩
Patient: "⟪Biscuit|Luna|Pepper|Mochi|Rocky⟫", 7y MN Labrador
Referring vet: ⟨p2.title⟩ ⟨p2.last⟩, ⟨company⟩
History: lameness left fore, 6 weeks, partial response to NSAIDs. Radiographs attached. Owner prefers appointments after ⟨time⟩.""",
    ),
    # ---- Legal text -------------------------------------------------------------------
    (
        "legal",
        """Check this tenancy agreement excerpt for missing information:

This Agreement is made on ⟨date⟩ between ⟨p1.full⟩ of ⟨p1.addrline⟩ ("the Landlord") and ⟨p2.full⟩ and ⟨p3.full⟩ ("the Tenants") in respect of the property known as ⟨p4.addr⟩ ("the Property"). The rent is ⟨amount⟩ per calendar month, payable to the Landlord's account ⟨p1.iban⟩.""",
    ),
    (
        "legal",
        """Summarize this witness statement in 5 bullet points:

I, ⟨p1.full⟩, of ⟨p1.addrline⟩, born on ⟨p1.dob_long⟩, state as follows. On the evening of ⟨date⟩ I was walking my dog near ⟨city⟩ station when I saw a grey van reverse into a cyclist. The driver got out and spoke to a man I now know to be ⟨m2.full⟩. I gave my number (⟨p1.phone⟩) to the cyclist's friend, ⟨p3.first⟩. I believe the facts in this statement are true.""",
    ),
    (
        "legal",
        """Rewrite in plain English:

KNOW ALL PERSONS BY THESE PRESENTS that I, ⟨p1.full⟩ (SSN ⟨p1.ssn⟩), residing at ⟨p1.addr_us⟩, do hereby appoint ⟨p2.full⟩ as my true and lawful attorney-in-fact, to act in my name in all matters concerning my accounts held with ⟨company⟩, this power to remain in effect until revoked in writing.""",
    ),
    (
        "legal",
        """Draft a cease-and-desist letter based on: our client ⟨company⟩; the recipient is ⟨p1.full⟩, who runs the account @⟨p1.handle⟩ and has been posting copies of our client's product photos. Contact for the recipient: ⟨p1.email⟩. Sign as ⟨p2.full⟩, ⟨company2⟩ LLP. Firm but not aggressive.""",
    ),
    # ---- Tables ------------------------------------------------------------------------
    (
        "csv",
        """Clean up this CSV (normalize phone formats, split names) and return CSV:

name,email,phone,city
⟨p1.full⟩,⟨p1.email⟩,⟨p1.phone⟩,⟨city⟩
⟨p2.full⟩,⟨p2.email⟩,⟨p2.phone⟩,⟨city2⟩
⟨p3.full⟩,⟨p3.email⟩,⟨p3.phone⟩,⟨city3⟩
⟨p4.full⟩,⟨p4.email⟩,⟨p4.phone⟩,⟨city⟩""",
    ),
    (
        "tsv",
        """id	last_name	first_name	dob	member_since
⟨num⟩01	⟨p1.last⟩	⟨p1.first⟩	⟨p1.dob_iso⟩	⟨year⟩
⟨num⟩02	⟨p2.last⟩	⟨p2.first⟩	⟨p2.dob_iso⟩	⟨year2⟩
⟨num⟩03	⟨p3.last⟩	⟨p3.first⟩	⟨p3.dob_iso⟩	⟨year⟩
⟨num⟩04	⟨p4.last⟩	⟨p4.first⟩	⟨p4.dob_iso⟩	⟨year3⟩

Which members have their birthday next month? Today is ⟨date_iso⟩.""",
    ),
    (
        "markdown_table",
        """Format as a nicer markdown table and sort by team:

| Name | Team | Slack | Location |
|---|---|---|---|
| ⟨p1.full⟩ | Platform | @⟨p1.handle⟩ | ⟨city⟩ |
| ⟨p2.full⟩ | Data | @⟨p2.handle⟩ | ⟨city2⟩ |
| ⟨p3.full⟩ | Platform | @⟨p3.handle⟩ | remote |
| ⟨p4.full⟩ | Support | @⟨p4.handle⟩ | ⟨city3⟩ |
| ⟨p5.full⟩ | Data | @⟨p5.handle⟩ | ⟨city⟩ |""",
    ),
    (
        "csv",
        """Why does this import fail on row 3?

customer_id;full_name;iban;amount
C-⟨num⟩;⟨p1.full⟩;⟨p1.iban⟩;⟨amount⟩
C-⟨num2⟩;⟨p2.full⟩;⟨p2.iban⟩;⟨amount2⟩
C-⟨num3⟩;"⟨p3.lastfirst⟩";⟨p3.iban⟩;⟨amount3⟩""",
    ),
    (
        "markdown_table",
        """Here's our volunteer rota — find any double bookings:

| Date | Morning | Afternoon |
|------|---------|-----------|
| ⟨date⟩ | ⟨p1.first⟩ | ⟨p2.first⟩ ⟨p2.last⟩ |
| ⟨date2⟩ | ⟨p3.full⟩ | ⟨p1.first⟩ |
| ⟨date3⟩ | ⟨p2.first⟩ ⟨p2.last⟩ | ⟨p4.nick⟩ |
| ⟨date4⟩ | ⟨p4.nick⟩ | ⟨p3.full⟩ |""",
    ),
    (
        "csv",
        """Write a SQL INSERT for each row:

"first","last","street","postcode","phone"
"⟨p1.first⟩","⟨p1.last⟩","⟨p1.street_gb⟩","⟨p1.postcode_gb⟩","⟨p1.phone_gb⟩"
"⟨p2.first⟩","⟨p2.last⟩","⟨p2.street_gb⟩","⟨p2.postcode_gb⟩","⟨p2.phone_gb⟩"
"⟨p3.first⟩","⟨p3.last⟩","⟨p3.street_gb⟩","⟨p3.postcode_gb⟩","⟨p3.phone_gb⟩\"""",
    ),
    # ---- Log lines ------------------------------------------------------------------
    (
        "log",
        """Find the suspicious activity in these auth logs:

⟨date_iso⟩T⟨time⟩Z auth INFO  login ok user=⟨p1.email⟩ ip=⟨ip⟩ ua="Mozilla/5.0"
⟨date_iso⟩T⟨time2⟩Z auth WARN  login failed user=⟨p1.email⟩ ip=⟨ip2⟩ reason=bad_password
⟨date_iso⟩T⟨time3⟩Z auth WARN  login failed user=⟨p1.email⟩ ip=⟨ip2⟩ reason=bad_password
⟨date_iso⟩T⟨time4⟩Z auth INFO  password reset requested user=⟨p1.email⟩ ip=⟨ip2⟩
⟨date_iso⟩T⟨time5⟩Z auth INFO  login ok user=⟨p2.handle⟩ ip=⟨ip3⟩""",
    ),
    (
        "log",
        r"""sshd logs from ⟨host⟩ — is this a brute force?

⟨month⟩ ⟨day⟩ ⟨time⟩ ⟨host⟩ sshd[⟨num⟩⟨num2⟩]: Failed password for invalid user admin from ⟨ip⟩ port ⟨port⟩ ssh2
⟨month⟩ ⟨day⟩ ⟨time2⟩ ⟨host⟩ sshd[⟨num⟩⟨num3⟩]: Failed password for invalid user oracle from ⟨ip⟩ port ⟨port2⟩ ssh2
⟨month⟩ ⟨day⟩ ⟨time3⟩ ⟨host⟩ sshd[⟨num⟩⟨num4⟩]: Accepted publickey for ⟨p1.handle⟩ from ⟨ip2⟩ port ⟨port3⟩ ssh2: ED25519 SHA256:⟨b64⟩
⟨month⟩ ⟨day⟩ ⟨time4⟩ ⟨host⟩ sudo: ⟨p1.handle⟩ : TTY=pts/0 ; PWD=/home/⟨p1.handle⟩ ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx""",
    ),
    (
        "log",
        """Why is this user getting 403s?

{"ts":"⟨date_iso⟩T⟨time⟩Z","level":"warn","msg":"permission denied","user_id":"u_⟨num⟩⟨num2⟩","user_email":"⟨p1.email⟩","display_name":"⟨p1.full⟩","resource":"/projects/⟨num3⟩/billing","role":"viewer","client_ip":"⟨ip⟩","trace_id":"⟨hex⟩"}
{"ts":"⟨date_iso⟩T⟨time2⟩Z","level":"info","msg":"role granted","actor":"⟨p2.email⟩","target":"⟨p1.email⟩","role":"billing_admin"}""",
    ),
    (
        "log",
        r"""Apache access log, which IPs are hammering us?

⟨ip⟩ - - [⟨date_clf⟩:⟨time⟩ +0000] "GET /wp-login.php HTTP/1.1" 404 162 "-" "python-requests/2.31"
⟨ip⟩ - - [⟨date_clf⟩:⟨time⟩ +0000] "GET /xmlrpc.php HTTP/1.1" 404 162 "-" "python-requests/2.31"
⟨ip2⟩ - ⟨p1.handle⟩ [⟨date_clf⟩:⟨time2⟩ +0000] "GET /dashboard HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Macintosh)"
⟨ip6⟩ - - [⟨date_clf⟩:⟨time3⟩ +0000] "POST /api/login HTTP/1.1" 401 88 "-" "curl/8.4.0" """,
    ),
    (
        "log",
        r"""Windows path issue in our build log, what's wrong?

[⟨time⟩] Copying artifacts to C:\Users\⟨p1.handle⟩\AppData\Local\Temp\build-⟨num⟩
[⟨time2⟩] ERROR: Access to the path 'C:\Users\⟨p1.handle⟩\AppData\Local\Temp\build-⟨num⟩\app.dll' is denied.
[⟨time3⟩] Build requested by ⟨p1.full⟩ (⟨p1.email⟩) on agent ⟨winhost⟩""",
    ),
    (
        "log",
        """Mobile app crash report:

Crash ID: ⟨uuid⟩
App: ⟨product⟩ ⟨version⟩ (build ⟨build⟩)
Device: Pixel 7, Android 14
Signed-in user: ⟨p1.full⟩ <⟨p1.email⟩>
Last screen: ProfileEditFragment (field "phone" = "⟨p1.phone⟩")
Exception: java.lang.NumberFormatException: For input string: "⟨p1.phone⟩"
    at com.example.profile.PhoneValidator.parse(PhoneValidator.kt:42)
Explain the bug and suggest a fix.""",
    ),
    (
        "log",
        """Here is the Postgres slow-query log; which query should we index for?

⟨date_iso⟩ ⟨time⟩ UTC [⟨num⟩] LOG:  duration: ⟨num2⟩⟨num3⟩.214 ms  statement: SELECT * FROM orders WHERE customer_email = '⟨p1.email⟩' ORDER BY created_at DESC
⟨date_iso⟩ ⟨time2⟩ UTC [⟨num⟩] LOG:  duration: ⟨num4⟩.871 ms  statement: UPDATE customers SET phone = '⟨p2.phone⟩' WHERE id = ⟨num5⟩
⟨date_iso⟩ ⟨time3⟩ UTC [⟨num⟩] LOG:  duration: ⟨num2⟩⟨num6⟩.502 ms  statement: SELECT id FROM customers WHERE lower(last_name) = '⟨p3.last|lower⟩'""",
    ),
    # ---- Code with author comments ---------------------------------------------------
    (
        "code",
        r"""Can you add type hints and docstrings to this?

# utils/pricing.py
# Author: ⟨p1.full⟩ <⟨p1.email⟩>
# Reviewed-by: ⟨p2.initl⟩
# TODO(⟨p3.handle⟩): remove the legacy discount path after ⟨date⟩

def apply_discount(price, code):
    if code == "SUMMER":
        return price * 0.9
    if code == "STAFF":  # approved by ⟨p4.first⟩, see ticket ⟨ticket⟩
        return price * 0.7
    return price""",
    ),
    (
        "code",
        r"""/**
 * Payment form validation.
 * @author ⟨p1.full⟩
 * @since ⟨version⟩
 */
// test fixtures — replace with fakes before committing!!
const TEST_CUSTOMER = {
  name: "⟨p2.full⟩",
  email: "⟨p2.email⟩",
  card: "⟨p2.card⟩",
  billing: "⟨p2.addrline⟩",
};

Why does my Jest test fail with "Invalid card" when the number is valid?""",
    ),
    (
        "code",
        r"""Refactor this to use a dataclass:

class Employee:
    def __init__(self):
        self.name = "⟨p1.full⟩"      # hardcoded by ⟨p2.first⟩ for the demo
        self.ssn = "⟨p1.ssn⟩"
        self.dob = "⟨p1.dob_iso⟩"
        self.manager = "⟨p3.full⟩"
        self.office = "⟨city⟩"

    def badge(self):
        return f"{self.name} ({self.office})\"""",
    ),
    (
        "code",
        r"""-- migration 0042, written by ⟨p1.handle⟩ on ⟨date_iso⟩
-- one-off fix requested by ⟨p2.full⟩: customer changed address
UPDATE customers
SET    street = '⟨p3.street⟩',
       phone  = '⟨p3.phone⟩'
WHERE  email  = '⟨p3.email⟩';

Is there a safer way to run this in production?""",
    ),
    (
        "code",
        r"""Explain what this shell script does:

#!/usr/bin/env bash
# maintained by ⟨p1.full⟩ — ping ⟨p1.handle⟩ on Slack before changing
set -euo pipefail
BACKUP_HOST=⟨ip⟩
rsync -az --delete /srv/data/ backup@${BACKUP_HOST}:/backups/$(date +%F)/
echo "backup done" | mail -s "backup ok" ⟨p2.email⟩""",
    ),
    (
        "code",
        r"""Our .env.example accidentally got real values. Which lines should be scrubbed?

APP_ENV=staging
APP_URL=https://⟨host⟩
ADMIN_NAME="⟨p1.full⟩"
ADMIN_EMAIL=⟨p1.email⟩
SUPPORT_PHONE="⟨p2.phone⟩"
ALLOWED_IPS=⟨ip⟩,⟨ip2⟩
LOG_LEVEL=debug""",
    ),
    # ---- Git logs ---------------------------------------------------------------------
    (
        "gitlog",
        """Write a changelog from this git log:

commit ⟨sha⟩
Author: ⟨p1.full⟩ <⟨p1.email⟩>
Date:   ⟨wkday⟩ ⟨month⟩ ⟨day⟩ ⟨time⟩ ⟨year⟩ +0200

    Fix race in cache invalidation

commit ⟨sha2⟩
Author: ⟨p2.full⟩ <⟨p2.email⟩>
Date:   ⟨wkday⟩ ⟨month⟩ ⟨day⟩ ⟨time2⟩ ⟨year⟩ +0100

    Add retry to webhook sender

    Co-authored-by: ⟨p3.full⟩ <⟨p3.email⟩>""",
    ),
    (
        "gitlog",
        """git shortlog -sne output, who should we ask to review the auth module?

   ⟨num⟩  ⟨p1.full⟩ <⟨p1.email⟩>
    ⟨num2⟩  ⟨p2.full⟩ <⟨p2.email⟩>
    ⟨num3⟩  ⟨p3.handle⟩ <⟨p3.email⟩>
     ⟨num4⟩  ⟨p4.full⟩ <⟨p4.email⟩>""",
    ),
    (
        "gitlog",
        """Rewrite this PR description to be clearer:

## What
Moves the CSV exporter to the new storage client. Follow-up to #⟨num⟩ by @⟨p1.handle⟩.

## Why
⟨p2.first⟩ noticed exports over 2 GB time out.

## Testing
Ran against staging with ⟨p3.first⟩'s dataset. cc @⟨p4.handle⟩ @⟨p5.handle⟩""",
    ),
    # ---- Slack / Discord / Teams -------------------------------------------------------
    (
        "slack",
        """Summarize this Slack thread in 3 bullets:

⟨p1.full⟩  ⟨time⟩
anyone know why the ⟨city⟩ warehouse dashboard is blank?
⟨p2.full⟩  ⟨time2⟩
looking. @⟨p3.first⟩ did the ETL run last night?
⟨p3.full⟩  ⟨time3⟩
it failed, creds rotated. I'll fix in 20
⟨p1.full⟩  ⟨time4⟩
🙏 also ⟨f4.first⟩ from finance is asking, I told her noon""",
    ),
    (
        "discord",
        """Discord export, make a mod-log entry:

⟨p1.handle⟩ — Today at ⟨time⟩
yo who's the new guy posting links
⟨p2.handle⟩ — Today at ⟨time2⟩
idk, his name says ⟨m3.full⟩ but the account is 2 days old
⟨p1.handle⟩ — Today at ⟨time3⟩
he DM'd me asking for my address lol. I said no
⟨p4.handle⟩ — Today at ⟨time4⟩
banned. thanks for flagging""",
    ),
    (
        "teams",
        """[⟨date⟩ ⟨time⟩] ⟨p1.lastfirst⟩: Can someone send me the client's number? Need to reschedule.
[⟨date⟩ ⟨time2⟩] ⟨p2.lastfirst⟩: ⟨p3.full⟩ — ⟨p3.phone⟩, prefers mornings
[⟨date⟩ ⟨time3⟩] ⟨p1.lastfirst⟩: thx
[⟨date⟩ ⟨time4⟩] ⟨p4.lastfirst⟩: FYI ⟨p3.first⟩ also emailed the office from ⟨p3.email⟩

Turn this Teams chat into a CRM note.""",
    ),
    (
        "slack",
        """#general digest — rewrite as a friendly weekly newsletter:
• 🎂 Birthdays: ⟨p1.first⟩ (⟨p1.bday⟩), ⟨p2.full⟩ (⟨p2.bday⟩)
• 👋 Welcome ⟨p3.full⟩ to the design team!
• 🏆 Kudos to ⟨p4.first⟩ and ⟨p5.first⟩ for the ⟨company⟩ launch
• 🚲 Bike-to-work: ⟨p6.nick⟩ is organizing, DM @⟨p6.handle⟩""",
    ),
    (
        "discord",
        """Game night sign-ups (copied from our server). Who's missing a team?
Team A: ⟨p1.handle⟩, ⟨p2.handle⟩, ⟨p3.handle⟩
Team B: ⟨p4.handle⟩, ⟨p5.handle⟩
Subs: ⟨p6.first⟩ (ask on Discord), ⟨p7.handle⟩""",
    ),
    # ---- Calendar invites --------------------------------------------------------------
    (
        "calendar",
        r"""Parse this invite and tell me the time in ⟨city⟩:

BEGIN:VEVENT
DTSTART:⟨date_ics⟩T⟨time_ics⟩Z
DTEND:⟨date_ics⟩T⟨time_ics2⟩Z
SUMMARY:Quarterly review — ⟨company⟩
ORGANIZER;CN=⟨p1.full⟩:mailto:⟨p1.email⟩
ATTENDEE;CN=⟨p2.full⟩;ROLE=REQ-PARTICIPANT:mailto:⟨p2.email⟩
ATTENDEE;CN=⟨p3.full⟩;ROLE=OPT-PARTICIPANT:mailto:⟨p3.email⟩
LOCATION:Room ⟨room⟩ / Teams
END:VEVENT""",
    ),
    (
        "calendar",
        """Invitation: Coffee chat ⟨p1.first⟩ <> ⟨p2.first⟩
When: ⟨weekday⟩ ⟨date⟩ ⟨time⟩ – 30 min
Where: ⟨company⟩ café, ground floor
Who: ⟨p1.email⟩ (organizer), ⟨p2.email⟩
Note from ⟨p1.first⟩: "⟨p3.full⟩ suggested we talk about the mentoring program."

Write a short reply accepting and proposing to meet outside instead.""",
    ),
    (
        "calendar",
        """Make a schedule table from these bookings:
- ⟨date⟩ 09:00 — home visit, ⟨p1.full⟩, ⟨p1.addrline⟩, key safe code given by phone
- ⟨date⟩ 11:30 — ⟨p2.full⟩, ⟨p2.addrline⟩ (call ⟨p2.phone⟩ on arrival)
- ⟨date2⟩ 14:00 — clinic, ⟨p3.first⟩ ⟨p3.last⟩
- ⟨date2⟩ 16:00 — team meeting with ⟨p4.first⟩""",
    ),
    # ---- CVs ------------------------------------------------------------------------------
    (
        "cv",
        """Improve the wording of my CV header and summary:

⟨p1.upperfull⟩
⟨p1.addrline⟩ · ⟨p1.phone⟩ · ⟨p1.email⟩ · linkedin.com/in/⟨p1.slug⟩
Date of birth: ⟨p1.dob⟩ · Nationality: ⟨nationality⟩

Summary: Logistics coordinator with 6 years at ⟨company⟩ and ⟨company2⟩. Fluent in English and ⟪Spanish|French|Polish|Turkish|Swahili⟫.
References: ⟨p2.full⟩ (former manager), ⟨p2.email⟩""",
    ),
    (
        "cv",
        """Lebenslauf — bitte ins Englische übersetzen:

Persönliche Daten
Name: ⟨f1.full⟩
Geburtsdatum: ⟨f1.dob_de⟩
Anschrift: ⟨f1.addr_de⟩
Telefon: ⟨f1.phone_de⟩
E-Mail: ⟨f1.email⟩

Berufserfahrung
⟨year⟩–heute  Projektleiterin, ⟨company⟩, ⟨city⟩
Referenz: ⟨p2.title⟩ ⟨p2.full⟩""",
    ),
    (
        "cv",
        """Tailor this resume section for a nursing job:

EXPERIENCE
Registered Nurse — ⟨company⟩ (⟨year⟩–present)
• Precepted new graduates incl. ⟨p1.first⟩ ⟨p1.last⟩ and ⟨p2.first⟩ ⟨p2.last⟩
• Charge nurse on nights under ⟨p3.title⟩ ⟨p3.last⟩

CONTACT
⟨p4.full⟩ | ⟨p4.phone⟩ | ⟨p4.email⟩""",
    ),
    # ---- Forum posts -----------------------------------------------------------------
    (
        "forum",
        """Reply to this forum post helpfully:

Posted by ⟨p1.handle⟩ · ⟨num⟩ points · ⟨num2⟩h ago
Title: Landlord kept my deposit, what are my options?
My landlord (⟨p2.full⟩) is refusing to return my £⟨num3⟩ deposit from the flat at ⟨p3.street⟩. I have photos from move-out. Another tenant, ⟨p4.first⟩, had the same thing happen last year.

Top comment by ⟨p5.handle⟩: "Check if it was protected in a scheme." """,
    ),
    (
        "forum",
        """Re: Old family photos — anyone recognize these people?
Quote from ⟨p1.handle⟩:
> The woman on the left is my great-aunt ⟨of2.full⟩, the man might be ⟨om3.full⟩ from ⟨city⟩.
I think the boy in front is ⟨om4.first⟩ ⟨om4.last⟩, ⟨of2.first⟩'s nephew — he lived on ⟨p5.street⟩ until the 70s.

Please summarize who's been identified so far.""",
    ),
    (
        "forum",
        """Stack Overflow question cleanup — remove the noise and keep the technical question:

Hi everyone, ⟨p1.full⟩ here, first post!! My boss ⟨p2.first⟩ wants this done by ⟨weekday⟩ 😅
I'm using ⟨lib⟩ ⟨version⟩ and getting `KeyError: 'user_id'` when merging two DataFrames. Email me at ⟨p1.email⟩ if you can help, I'll pay!
Thanks, ⟨p1.first⟩""",
    ),
    # ---- Translation requests ---------------------------------------------------------
    (
        "translate_es",
        """Traduce al inglés, por favor:

Hola ⟨p1.first⟩, soy ⟨p2.full⟩, la vecina del tercero. Te escribo porque ⟨p3.first⟩ me dijo que buscas piso. El mío queda libre en ⟨month_es⟩: está en ⟨p2.addrline_es⟩. Si te interesa, llámame al ⟨p2.phone_es⟩ o escríbeme a ⟨p2.email⟩. ¡Un abrazo!""",
    ),
    (
        "translate_de",
        """Bitte ins Englische übersetzen:

Sehr geehrte Frau ⟨f1.last⟩,
vielen Dank für Ihre Nachricht vom ⟨date_de⟩. Ihr Kollege ⟨m2.full⟩ hat mir Ihre Unterlagen weitergeleitet. Leider fehlt noch die Geburtsurkunde Ihres Sohnes ⟨b3.first⟩ (geboren am ⟨b3.dob_de⟩). Bitte senden Sie diese an ⟨p4.email⟩.
Mit freundlichen Grüßen
⟨p4.full⟩""",
    ),
    (
        "translate_fr",
        """Peux-tu traduire ce message en anglais ?

Bonjour ⟨p1.first⟩,
je te transfère le dossier de ⟨m2.full⟩, né le ⟨m2.dob_fr⟩ à ⟨city⟩. Il habite maintenant ⟨m2.addrline_fr⟩. Son ancien employeur, ⟨company⟩, nous a donné le numéro ⟨m2.phone_fr⟩. ⟨p3.first⟩ s'occupe du suivi à partir de lundi.
Bonne journée,
⟨p4.first⟩""",
    ),
    (
        "translate_pl",
        """Przetłumacz na angielski:

Dzień dobry, nazywam się ⟨p1.full⟩. Piszę w sprawie mieszkania przy ⟨p1.street_pl⟩. Proszę o kontakt pod numerem ⟨p1.phone_pl⟩ lub mailowo: ⟨p1.email⟩. Umowę podpisywał mój brat, ⟨m2.full⟩, ale od ⟨date_pl⟩ to ja jestem najemcą.
Pozdrawiam""",
    ),
    (
        "translate_tr",
        """Bunu İngilizceye çevirir misin?

Merhaba, ben ⟨p1.full⟩. Doğum tarihim ⟨p1.dob_tr⟩. Adresim: ⟨p1.addrline_tr⟩. Kardeşim ⟨p2.first⟩'in telefonu ⟨p2.phone_tr⟩, acil durumda onu arayabilirsiniz. Dosyamı ⟨p3.full⟩ hazırladı.""",
    ),
    (
        "translate_id",
        """Tolong terjemahkan ke bahasa Inggris:

Halo, saya ⟨p1.full⟩, lahir di ⟨city⟩ pada ⟨p1.dob_id⟩. Saya ingin melamar posisi di ⟨company⟩. Atasan saya sebelumnya, Ibu ⟨f2.full⟩, bisa dihubungi di ⟨f2.phone_id⟩. Alamat saya: ⟨p1.addrline_id⟩.""",
    ),
    (
        "translate_sw",
        """Please translate this into English:

Habari ⟨p1.first⟩, mimi ni ⟨p2.full⟩. Nilizaliwa tarehe ⟨p2.dob_sw⟩ huko ⟨city⟩. Namba yangu ya simu ni ⟨p2.phone_ke⟩. Mwalimu ⟨p3.last⟩ alisema nikutumie barua pepe kwa ⟨p1.email⟩. Asante sana.""",
    ),
    (
        "translate_pt",
        """Traduz para inglês, mantendo o tom formal:

Exmo. Sr. ⟨m1.full⟩,
Venho por este meio informar que a ⟨f2.full⟩, nascida em ⟨f2.dob_pt⟩, residente em ⟨f2.addrline_pt⟩, autorizou a transferência para o IBAN ⟨f2.iban_pt⟩. Qualquer dúvida, contacte ⟨p3.first⟩ pelo ⟨p3.phone⟩.
Com os melhores cumprimentos""",
    ),
    (
        "translate_it",
        """Mi traduci in inglese questa mail?

Gentile ⟨p1.full⟩,
Le confermo l'appuntamento per ⟨date_it⟩ alle ore ⟨time⟩ presso il nostro studio. La prego di portare il codice fiscale e un documento. Per sua figlia ⟨g2.first⟩, nata il ⟨g2.dob_it⟩, serve anche il libretto delle vaccinazioni.
Cordiali saluti,
⟨p3.title⟩ ⟨p3.last⟩""",
    ),
    (
        "translate_nl",
        """Vertaal naar het Engels:

Hoi ⟨p1.first⟩, kun je dit doorsturen naar ⟨m2.full⟩? Zijn nieuwe nummer is ⟨m2.phone_nl⟩ en hij woont nu op ⟨m2.addrline_nl⟩. ⟨p3.first⟩ en ik komen zaterdag langs. Groetjes, ⟨p4.first⟩""",
    ),
    (
        "translate_tl",
        """Pakisalin sa Ingles:

Magandang araw po! Ako si ⟨p1.full⟩, anak ni ⟨p2.full⟩. Nais ko pong ipaalam na lumipat na kami sa ⟨p1.addrline_ph⟩. Ang bago kong numero ay ⟨p1.phone_ph⟩. Salamat po, at pakisabi kay ⟨p3.first⟩ na tatawag ako bukas.""",
    ),
    (
        "translate_vi",
        """Dịch sang tiếng Anh giúp tôi:

Xin chào, tôi tên là ⟨p1.full⟩, sinh ngày ⟨p1.dob_eu⟩. Tôi muốn đặt lịch khám cho mẹ tôi, bà ⟨sf2.full⟩. Số điện thoại của tôi là ⟨p1.phone⟩. Cảm ơn bác sĩ ⟨p3.last⟩.""",
    ),
    (
        "translate_mixed",
        """Help me reply in English to this mixed Spanish/English WhatsApp:

"Oye ⟨p1.first⟩!! Ya hablé con ⟨p2.full⟩ about the apartment, dice que sí. Mándale un mensaje al ⟨p2.phone⟩, pero no antes de las 10 porque trabaja de noche. Ah, y ⟨p3.nick⟩ says hi 😘\"""",
    ),
    (
        "translate_cs",
        """Přelož do angličtiny:

Dobrý den, jmenuji se ⟨f1.full⟩ a ráda bych zrušila objednávku ⟨order⟩. Platba proběhla z účtu ⟨f1.iban_cz⟩. Kontaktní telefon: ⟨f1.phone⟩. Děkuji, ⟨f1.first⟩""",
    ),
    (
        "translate_ro",
        """Tradu în engleză:

Bună ziua, mă numesc ⟨f1.full⟩ și m-am născut pe ⟨f1.dob_eu⟩ în ⟨city⟩. Vă rog să trimiteți documentele la adresa ⟨f1.addrline⟩. Soțul meu, ⟨m2.full⟩, poate fi contactat la ⟨m2.phone⟩.""",
    ),
    (
        "translate_sv",
        """Översätt till engelska:

Hej ⟨p1.first⟩! Tack för igår. ⟨f2.full⟩ ringde och frågade efter ditt nummer, jag gav henne ⟨p1.phone⟩ – hoppas det är okej. Vi ses hos ⟨p3.first⟩ på lördag. Kram, ⟨p4.nick⟩""",
    ),
    # ---- SMS threads -----------------------------------------------------------------
    (
        "sms",
        """Help me reply to this SMS thread:

From ⟨p1.phone⟩ (⟨time⟩): Hi, is this ⟨p2.first⟩? Got your number from ⟨p3.full⟩ about the bike for sale
Me (⟨time2⟩): Yes! Still available
From ⟨p1.phone⟩ (⟨time3⟩): Great. I'm ⟨p1.first⟩. Can I see it tonight? Where are you?
Me: ⟨p2.addrline⟩, buzz flat 2""",
    ),
    (
        "sms",
        """Export of texts between my dad and the plumber, what did they agree on?

[⟨date⟩ ⟨time⟩] ⟨sm1.full⟩: Hi ⟨p2.first⟩, it's ⟨sm1.first⟩ at ⟨sm1.street⟩, the leak is back
[⟨date⟩ ⟨time2⟩] ⟨p2.first⟩ (⟨p2.phone⟩): Can come Thurs 8am, £⟨num⟩ callout
[⟨date⟩ ⟨time3⟩] ⟨sm1.full⟩: ok. My son ⟨m3.first⟩ will let you in
[⟨date2⟩ ⟨time4⟩] ⟨p2.first⟩ (⟨p2.phone⟩): Done, invoice to ⟨sm1.email⟩""",
    ),
    (
        "sms",
        """Is this text a scam?

"⟨company⟩: Dear ⟨p1.full⟩, your parcel could not be delivered to ⟨p1.addrline⟩. Confirm your card ⟨p1.card⟩ at ⟨host⟩/redeliver within 24h or it will be returned." """,
    ),
    # ---- Voice assistant transcripts -----------------------------------------------
    (
        "voice",
        """Voice assistant log, classify intents:
[⟨time⟩] user: "⟨assistant⟩, call ⟨p1.first⟩ mobile"
[⟨time2⟩] assistant: "Calling ⟨p1.full⟩, mobile."
[⟨time3⟩] user: "⟨assistant⟩, text ⟨p2.first⟩ I'm running ten minutes late"
[⟨time4⟩] user: "⟨assistant⟩, add ⟨p3.full⟩'s birthday, ⟨p3.dob_long⟩, to my calendar"
[⟨time5⟩] user: "⟨assistant⟩, set a timer for pasta\"""",
    ),
    (
        "voice",
        """Speech-to-text output, fix the punctuation only:

hi my name is ⟨p1.full⟩ my date of birth is ⟨p1.dob_long⟩ and I'm calling about my account the phone number on it is ⟨p1.phone⟩ I moved recently so the address should be ⟨p1.addrline⟩ please also remove my ex ⟨p2.full⟩ as an authorised user thanks""",
    ),
    (
        "voice",
        """Car assistant transcript, what went wrong?
Driver: "Navigate to ⟨p1.first⟩'s house."
Assistant: "I found ⟨p1.full⟩, ⟨p1.addrline⟩. Start navigation?"
Driver: "No, the other ⟨p1.first⟩. ⟨p2.full⟩."
Assistant: "Sorry, I don't have an address for ⟨p2.full⟩." """,
    ),
    # ---- Game chat -------------------------------------------------------------------
    (
        "game",
        """Moderate this in-game chat log, flag anything against the rules:

[Team] ⟨p1.handle⟩: push mid
[Team] ⟨p2.handle⟩: no wait for ⟨p3.handle⟩
[All] ⟨p4.handle⟩: gg ez
[Team] ⟨p3.handle⟩: ⟨p4.handle⟩ is ⟨m5.full⟩ from my school lol his number is ⟨m5.phone⟩
[Team] ⟨p1.handle⟩: dude don't post that""",
    ),
    (
        "game",
        """Tournament bracket — write a hype announcement:
Quarterfinal 1: ⟨p1.handle⟩ vs ⟨p2.handle⟩
Quarterfinal 2: ⟨p3.handle⟩ vs ⟨p4.handle⟩
Casters: ⟨p5.first⟩ and ⟨p6.first⟩. Prize pool sponsored by ⟨company⟩.""",
    ),
    # ---- Dating profile rewriting --------------------------------------------------
    (
        "dating",
        """Rewrite my dating profile to sound more confident:

"Hi, I'm ⟨p1.first⟩, ⟨p1.age⟩. I work in ⟪accounting|a bakery|IT|a hospital⟫ and my friends (shout out ⟨p2.first⟩ and ⟨p3.first⟩) say I'm funny. Looking for someone who likes hiking near ⟨city⟩. Text me ⟨p1.phone⟩ if you're not a bot." """,
    ),
    (
        "dating",
        """Give me feedback on this profile my sister ⟨f1.first⟩ wrote for me:

⟨p2.first⟩, ⟨p2.age⟩ — teacher, plays bass badly, cooks well. Born ⟨p2.dob_long⟩ so yes, a ⟪Leo|Virgo|Pisces|Taurus⟫. Insta: @⟨p2.handle⟩""",
    ),
    # ---- Real-estate listings -------------------------------------------------------
    (
        "realestate",
        """Rewrite this listing to be more appealing (max 120 words):

FOR SALE — ⟨p1.addr⟩
3 bed semi, new boiler ⟨year⟩, south-facing garden. Close to ⟨city⟩ schools. Viewings by appointment with ⟨p2.full⟩ (⟨company⟩ Estates) on ⟨p2.phone⟩ or ⟨p2.email⟩. Vendor ⟨p3.full⟩ is motivated.""",
    ),
    (
        "realestate",
        """Translate this rental ad to English:

Se alquila piso en ⟨p1.addrline_es⟩. 2 habitaciones, reformado, sin mascotas. Preguntar por ⟨p2.full⟩, tel. ⟨p2.phone_es⟩. Disponible desde ⟨date_es⟩.""",
    ),
    # ---- Shipping labels -----------------------------------------------------------------
    (
        "shipping",
        """OCR'd shipping label, extract the fields as JSON:

SHIP TO:
⟨p1.upperfull⟩
⟨p1.addr⟩
TEL ⟨p1.phone⟩

FROM: ⟨company⟩ Fulfilment, ⟨city⟩
TRACKING ⟨tracking⟩   WEIGHT ⟨num⟩ g""",
    ),
    (
        "shipping",
        """Customs form check — anything missing?
Sender: ⟨p1.full⟩, ⟨p1.addrline⟩, ⟨p1.phone⟩
Recipient: ⟨p2.full⟩, ⟨p2.addrline⟩
Contents: 2× ⟨product⟩ (gift), value ⟨amount⟩
HS code: 8517.62""",
    ),
    (
        "shipping",
        """Delivery driver note, make it clearer for the next driver:
"parcel for ⟨p1.first⟩ ⟨p1.last⟩ flat B ⟨p1.street⟩ — leave w/ neighbour ⟨p2.first⟩ at no. ⟨num⟩ if out. dog in garden!! ring ⟨p1.phone⟩" """,
    ),
    # ---- School reports -------------------------------------------------------------------
    (
        "school",
        """Make this school report comment more positive but honest:

Student: ⟨k1.full⟩   Class: 4B   Teacher: ⟨p2.title⟩ ⟨p2.last⟩
⟨k1.first⟩ is capable but often distracted, especially when seated next to ⟨k3.first⟩. Reading has improved this term. ⟨k1.first⟩'s maths homework is frequently late.""",
    ),
    (
        "school",
        """Class list for the trip — check ages (trip date ⟨date⟩, must be 10 or older):
1. ⟨k1.full⟩ — DOB ⟨k1.dob_eu⟩
2. ⟨k2.full⟩ — DOB ⟨k2.dob_eu⟩
3. ⟨k3.full⟩ — DOB ⟨k3.dob_eu⟩
4. ⟨k4.full⟩ — DOB ⟨k4.dob_eu⟩
Parent helper: ⟨p5.full⟩ (⟨p5.phone⟩)""",
    ),
    (
        "school",
        """Write a short letter home: ⟨k1.first⟩ ⟨k1.last⟩ won the ⟪spelling bee|science fair|poetry prize|chess tournament⟫ on ⟨date⟩. Addressed to ⟨p2.full⟩, ⟨p2.addr⟩. Signed by the head teacher, ⟨p3.full⟩.""",
    ),
    # ---- Sports rosters --------------------------------------------------------------------
    (
        "roster",
        """U12 squad list — sort by age group and flag anyone born before ⟨year⟩:
#4  ⟨k1.full⟩    ⟨k1.dob_eu⟩
#7  ⟨k2.full⟩    ⟨k2.dob_eu⟩
#9  ⟨k3.full⟩    ⟨k3.dob_eu⟩
#10 ⟨k4.full⟩    ⟨k4.dob_eu⟩
#13 ⟨k5.full⟩    ⟨k5.dob_eu⟩
Coach: ⟨p6.full⟩, ⟨p6.phone⟩""",
    ),
    (
        "roster",
        """Write a match report for the club site: we beat ⟨company⟩ FC 3–1. Goals from ⟨p1.last⟩ (2) and ⟨p2.full⟩; ⟨p3.first⟩ saved a penalty. Man of the match: ⟨p4.full⟩. Thanks to ⟨p5.first⟩'s mum for the oranges.""",
    ),
    # ---- Academic ------------------------------------------------------------------------------
    (
        "academic",
        """Fix the formatting of these references (APA 7):

⟨p1.cite⟩ & ⟨p2.cite⟩ (⟨year⟩). Low-resource speech recognition for tonal languages. Journal of Phonetics, 58, 112-130.
⟨p3.cite⟩, ⟨p4.cite⟩, & ⟨p5.cite⟩ (⟨year2⟩) Community health workers and maternal outcomes in rural ⟨country⟩. BMJ Global Health.
⟨p6.lastfirst⟩ ⟨year3⟩, "Soil carbon under rotational grazing", PhD thesis, University of ⟨city⟩.""",
    ),
    (
        "academic",
        """Write a 100-word abstract based on this title page:

Seasonal migration and school attendance in ⟨country⟩: evidence from panel data
⟨p1.full⟩¹, ⟨p2.full⟩², ⟨p3.full⟩¹*
¹ University of ⟨city⟩  ² ⟨company⟩ Research
* Corresponding author: ⟨p3.email⟩""",
    ),
    (
        "academic",
        """In-text citation check — are these consistent with the reference list?
"…as shown by ⟨p1.last⟩ and ⟨p2.last⟩ (⟨year⟩), and later replicated (⟨p3.last⟩ et al., ⟨year2⟩; ⟨p4.last⟩, ⟨year3⟩). However, ⟨p5.last⟩'s ⟨year⟩ critique…"

Reference list:
⟨p1.cite⟩, & ⟨p2.cite⟩ (⟨year⟩)…
⟨p3.cite⟩, ⟨p6.cite⟩, & ⟨p7.cite⟩ (⟨year2⟩)…
⟨p5.cite⟩ (⟨year⟩)…""",
    ),
    (
        "academic",
        """Peer review — soften the tone of this review for the authors:

Reviewer 2: The authors (⟨p1.initl⟩ et al.) ignore the obvious prior work by ⟨p2.full⟩'s group. The dataset from ⟨company⟩ is not described. I asked ⟨p3.first⟩ in the lab to rerun the code and it does not compile.""",
    ),
    # ---- Genealogy ----------------------------------------------------------------------
    (
        "genealogy",
        """Turn these notes into a short narrative family history:

- ⟨o1.full⟩, b. ⟨o1.dob_long⟩ in ⟨city⟩, d. ⟨oldyear⟩
- married ⟨o2.full⟩ (b. ⟨o2.dob_long⟩) in ⟨oldyear2⟩
- children: ⟨o3.first⟩ (b. ⟨o3.dob_long⟩), ⟨o4.first⟩, and ⟨o5.first⟩
- ⟨o3.first⟩ emigrated to ⟨country⟩ and married ⟨o6.full⟩""",
    ),
    (
        "genealogy",
        """Help me read this baptism record transcription:

"On the ⟨ordinal⟩ day of ⟨month⟩ was baptised ⟨om1.full⟩, born ⟨om1.dob_long⟩, son of ⟨om2.full⟩, labourer, and ⟨of3.full⟩ his wife, of ⟨city⟩. Godparents: ⟨o4.full⟩ and ⟨o5.full⟩." """,
    ),
    (
        "genealogy",
        """Our family tree software exported this GEDCOM snippet — what's wrong with it?

0 @I1@ INDI
1 NAME ⟨o1.gedcom⟩
1 BIRT
2 DATE ⟨o1.dob_gedcom⟩
2 PLAC ⟨city⟩, ⟨country⟩
1 FAMS @F1@
0 @I2@ INDI
1 NAME ⟨o2.gedcom⟩
1 BIRT
2 DATE ⟨o2.dob_gedcom⟩""",
    ),
    # ---- Social posts ------------------------------------------------------------------------
    (
        "social",
        """Make this tweet punchier (under 280 chars):

Huge thanks to @⟨p1.handle⟩ and @⟨p2.handle⟩ for an amazing workshop in ⟨city⟩ today! ⟨p3.full⟩ your talk on accessible design was 🔥. Slides coming soon #⟨hashtag⟩""",
    ),
    (
        "social",
        """Community group post, can you make it less alarming?

"PLEASE SHARE. Has anyone seen ⟨p1.full⟩? ⟨p1.first⟩ is ⟨p1.age⟩ and was last seen near ⟨city⟩ station on ⟨weekday⟩ evening. If you have any info call ⟨p2.first⟩ on ⟨p2.phone⟩. ⟨p1.first⟩'s mum is beside herself." """,
    ),
    (
        "social",
        """Write 3 reply options to this LinkedIn post:

⟨p1.full⟩ • 2nd
Thrilled to share I've started a new position as Head of Data at ⟨company⟩! Grateful to ⟨p2.full⟩ and ⟨p3.full⟩ for their mentorship, and to my old team at ⟨company2⟩ — especially ⟨p4.first⟩ 💙""",
    ),
    (
        "social",
        """Instagram comment thread, summarize the drama:
@⟨p1.handle⟩: who let ⟨p2.first⟩ do the cake 😭
@⟨p2.handle⟩: excuse me it was ART
@⟨p3.handle⟩: @⟨p1.handle⟩ be nice, ⟨p2.first⟩ stayed up all night
@⟨p4.handle⟩: happy birthday ⟨p5.first⟩!!! 🎉""",
    ),
    # ---- Miscellaneous everyday requests ---------------------------------------------
    (
        "insurance",
        """Help me fill the narrative part of an insurance claim:

Policyholder: ⟨p1.full⟩ (DOB ⟨p1.dob_us⟩)
Policy no.: ⟨policy⟩
Property: ⟨p1.addr_us⟩
On ⟨date⟩ a pipe burst in the upstairs bathroom while we were away. Our neighbour ⟨p2.full⟩ noticed water under the door and called me at ⟨p1.phone_us⟩. The plumber (⟨company⟩) has a report.""",
    ),
    (
        "bank",
        """Write a formal request to my bank to reverse a transfer:

I sent ⟨amount⟩ on ⟨date⟩ from my account ⟨p1.iban⟩ to ⟨p2.iban⟩ (beneficiary name shown as "⟨p2.upperfull⟩"). I intended to pay ⟨p3.full⟩. Please recall the payment. My phone: ⟨p1.phone⟩. — ⟨p1.full⟩""",
    ),
    (
        "dispute",
        """Draft a chargeback dispute letter. Facts: card ⟨p1.card⟩ (cardholder ⟨p1.full⟩), merchant ⟨company⟩, charged ⟨amount⟩ on ⟨date⟩ for a ⟨product⟩ that never arrived. I emailed them from ⟨p1.email⟩ three times; the rep, ⟨p2.first⟩, stopped replying.""",
    ),
    (
        "kyc",
        """Check this KYC submission for inconsistencies:

Name on form: ⟨p1.full⟩
Name on ID scan: ⟨p1.upperfull⟩
Date of birth (form): ⟨p1.dob_iso⟩
Date of birth (ID): ⟨p1.dob_eu⟩
Residential address: ⟨p1.addr⟩
Phone: ⟨p1.phone⟩
Source of funds: salary from ⟨company⟩
Login IP at submission: ⟨ip⟩""",
    ),
    (
        "wedding",
        """Design the wording for our wedding invitation:

Together with their families
⟨p1.full⟩ & ⟨p2.full⟩
invite you to celebrate their marriage
on ⟨weekday⟩, ⟨date_long⟩ at 3 o'clock
⟨venue⟩, ⟨city⟩
RSVP to ⟨p1.first⟩ at ⟨p1.phone⟩ or ⟨p2.email⟩""",
    ),
    (
        "obituary",
        """Edit this obituary for the local paper, keep it dignified:

⟨p1.full⟩, of ⟨city⟩, passed away peacefully on ⟨date⟩, aged ⟨p1.age⟩. Born ⟨p1.dob_long⟩, ⟨p1.first⟩ worked for forty years at ⟨company⟩. Beloved spouse of the late ⟨p2.full⟩, loving parent of ⟨p3.first⟩ and ⟨p4.first⟩, and grandparent of ⟨p5.first⟩. Donations to the hospice in lieu of flowers. Enquiries: ⟨p3.full⟩, ⟨p3.phone⟩.""",
    ),
    (
        "rental_app",
        """Is this rental application complete? Anything I should not be sharing?

Applicant: ⟨p1.full⟩
SSN: ⟨p1.ssn⟩
DOB: ⟨p1.dob_us⟩
Current address: ⟨p1.addr_us⟩ (⟨small⟩ years)
Employer: ⟨company⟩, supervisor ⟨p2.full⟩, ⟨p2.phone_us⟩
Co-applicant: ⟨p3.full⟩, SSN ⟨p3.ssn⟩
Pets: one cat""",
    ),
    (
        "tax",
        """I'm doing my taxes. My dependents are ⟨k1.full⟩ (SSN ⟨k1.ssn⟩, born ⟨k1.dob_us⟩) and ⟨k2.full⟩ (SSN ⟨k2.ssn⟩, born ⟨k2.dob_us⟩). Both lived with me all year at ⟨p3.addrline_us⟩. Can I claim the child tax credit for both? My own income was about ⟨amount⟩.""",
    ),
    (
        "recommendation",
        """Polish this recommendation letter:

To the admissions committee,
I have known ⟨p1.full⟩ for three years as their ⟪physics|history|music|computer science⟫ teacher at ⟨company⟩ Academy. ⟨p1.first⟩ tutored younger students, including my own nephew ⟨b2.first⟩, and led the robotics club with ⟨p3.full⟩. I recommend ⟨p1.first⟩ without reservation.
⟨p4.full⟩, ⟨p4.email⟩""",
    ),
    (
        "travel",
        """Turn this into a tidy itinerary:
Travellers: ⟨p1.full⟩, ⟨k1.full⟩ (child, DOB ⟨k1.dob_eu⟩)
Flight ⟨flight⟩ ⟨date⟩ dep ⟨time⟩ → ⟨city⟩
Hotel: ⟨company⟩, booking ref ⟨booking⟩
Car pickup: ⟨date⟩ 14:00, contact ⟨p3.first⟩ on ⟨p3.phone⟩
Emergency contact at home: ⟨p4.full⟩, ⟨p4.phone⟩""",
    ),
    (
        "pharmacy",
        """Pharmacy label text — explain the dosing in plain words:

⟨company⟩ PHARMACY — ⟨city⟩
Rx #⟨num⟩⟨num2⟩⟨num3⟩   ⟨date⟩
⟨p1.upperfull⟩
⟨p1.addrline⟩
AMOXICILLIN 500MG CAPSULE — take 1 capsule by mouth three times daily for 7 days
Prescriber: ⟨p2.title⟩ ⟨p2.initl⟩""",
    ),
    (
        "babysitter",
        """Tidy up my notes for the babysitter:
- kids: ⟨k1.first⟩ (7) and ⟨k2.first⟩ (4), bedtime 8pm
- ⟨k2.first⟩ is allergic to peanuts, epipen in the kitchen drawer
- if anything happens call me (⟨p3.phone⟩) or my sister ⟨f4.full⟩ (⟨f4.phone⟩)
- address for emergency services: ⟨p3.addrline⟩""",
    ),
    (
        "newsletter",
        """Shorten this parish newsletter item:

Congratulations to ⟨p1.full⟩ and ⟨p2.full⟩ on the baptism of their daughter ⟨g3.first⟩, born ⟨g3.dob_long⟩. Thanks also to ⟨p4.first⟩ ⟨p4.last⟩ for repairing the hall roof, and to the flower team led by ⟨p5.full⟩. Prayers for ⟨p6.full⟩, recovering at home.""",
    ),
    (
        "podcast",
        """Clean up this podcast transcript segment (remove ums, keep meaning):

⟨p1.upperfirst⟩: So, um, welcome back. Today I'm joined by ⟨p2.full⟩, who runs a bakery in ⟨city⟩.
⟨p2.upperfirst⟩: Thanks for having me, ⟨p1.first⟩.
⟨p1.upperfirst⟩: So, um, how did you start?
⟨p2.upperfirst⟩: Honestly my grandmother, ⟨sf3.full⟩, taught me everything. And my business partner ⟨p4.first⟩ does the numbers.""",
    ),
    (
        "interview",
        """Summarize this candidate interview in 4 bullets (strengths/concerns):

Interviewer: ⟨p1.full⟩; Candidate: ⟨p2.full⟩; Date: ⟨date⟩
⟨p2.first⟩ described leading a migration at ⟨company⟩ and handling an outage with ⟨p3.first⟩. Seemed vague on testing. Mentioned ⟨p4.full⟩ as a reference. Salary expectation ⟨amount⟩. Available from ⟨date2⟩.""",
    ),
    (
        "lost_found",
        """Write a lost & found notice:
Found: blue backpack on the number ⟨num⟩ bus, ⟨date⟩. Inside: a notebook labeled "⟨p1.full⟩", a library card, and a phone showing missed calls from "⟨p2.first⟩". Owner can contact ⟨p3.first⟩ at ⟨p3.email⟩.""",
    ),
    (
        "neighbourhood",
        """Nextdoor-style post, make it friendlier:

"To whoever lives at ⟨p1.street⟩: your alarm has been going off for 2 hours. ⟨p2.first⟩ from number ⟨num⟩ tried knocking. If it's ⟨p1.full⟩'s house, someone please call them." """,
    ),
    (
        "cover_letter",
        """Improve my cover letter opening:

Dear Hiring Manager,
My name is ⟨p1.full⟩ and I am applying for the Junior Analyst role at ⟨company⟩. ⟨p2.full⟩, who works in your ⟨city⟩ office, encouraged me to apply. I can be reached at ⟨p1.phone⟩ or ⟨p1.email⟩.""",
    ),
    (
        "reference_check",
        """Write up this reference call as a short note:
Called ⟨p1.full⟩ (⟨p1.phone⟩), former manager of ⟨p2.full⟩ at ⟨company⟩ (⟨year⟩–⟨year2⟩). ⟨p1.last⟩ said ⟨p2.first⟩ was dependable and well liked; would rehire. Only concern: occasionally clashed with ⟨p3.first⟩ over deadlines.""",
    ),
    (
        "extract",
        """Extract every person, organization and location from this text as JSON lists:

"After the merger, ⟨f1.full⟩ moved from ⟨company⟩ to ⟨company2⟩ in ⟨city⟩, where she works with ⟨p2.last⟩ and a small team. ⟨p3.full⟩, the former CFO, declined to comment. ⟨p4.first⟩, an analyst, called the deal 'overdue'." """,
    ),
    (
        "anonymize",
        """Anonymize this paragraph before I paste it into our wiki:

⟨p1.full⟩ (⟨p1.email⟩) reported that the VPN drops every hour when connected from ⟨ip⟩. ⟨p2.first⟩ reproduced it on ⟨p2.handle⟩'s laptop. Workaround from ⟨p3.full⟩: disable IPv6. ⟨p1.first⟩ confirmed it works.""",
    ),
    (
        "bio",
        """Write a 50-word speaker bio from these notes:
⟨p1.full⟩ — grew up in ⟨city⟩, studied at University of ⟨city2⟩, 10 yrs at ⟨company⟩, now runs a nonprofit with ⟨p2.full⟩. Loves sourdough. Website handle: ⟨p1.slug⟩""",
    ),
    (
        "condolence",
        """Help me write a condolence card to ⟨f1.full⟩. Her husband ⟨m2.first⟩ was my colleague at ⟨company⟩ for 12 years; he trained me when I started. I want to mention the fishing trip with ⟨p3.first⟩ and him.""",
    ),
    (
        "council",
        """Complaint to the council, make it formal:
I live at ⟨p1.addr_gb⟩. For six weeks the bins on our road have not been collected. I reported it on ⟨date⟩ (ref ⟨ticket⟩) and spoke to ⟨p2.first⟩ in your contact centre. Please reply to ⟨p1.email⟩ or ⟨p1.phone_gb⟩. — ⟨p1.full⟩""",
    ),
    (
        "gym",
        """Write a cancellation email to my gym. Member: ⟨p1.full⟩, member no. ⟨num⟩⟨num2⟩, DOB ⟨p1.dob⟩. They keep charging my card ⟨p1.card⟩ even though I cancelled in person with ⟨p2.first⟩ on ⟨date⟩.""",
    ),
    (
        "invitation_letter",
        """Draft a visa invitation letter: I, ⟨p1.full⟩, residing at ⟨p1.addr⟩, invite my cousin ⟨p2.full⟩ (born ⟨p2.dob_long⟩) to stay with me from ⟨date⟩ to ⟨date2⟩. I will cover accommodation. Phone ⟨p1.phone⟩, email ⟨p1.email⟩.""",
    ),
    (
        "vcard",
        """Convert this vCard to a plain-text contact entry:

BEGIN:VCARD
VERSION:3.0
N:⟨p1.vcardn⟩;;;
FN:⟨p1.full⟩
ORG:⟨company⟩
TEL;TYPE=CELL:⟨p1.phone⟩
EMAIL;TYPE=INTERNET:⟨p1.email⟩
ADR;TYPE=HOME:;;⟨p1.vcardadr⟩
BDAY:⟨p1.dob_iso⟩
END:VCARD""",
    ),
    (
        "airbnb",
        """Reply to this guest message as the host, friendly and brief:

"Hi! We're ⟨p1.first⟩ and ⟨p2.first⟩, arriving ⟨weekday⟩ around ⟨time⟩. Our friend ⟨p3.full⟩ may join for one night — is that okay? Also what's the exact address, the app only shows the area. My number is ⟨p1.phone⟩." """,
    ),
    (
        "reservation",
        """Confirm this restaurant booking in a short message:
Name: ⟨p1.full⟩ — party of ⟨small⟩ — ⟨weekday⟩ ⟨time⟩
Phone: ⟨p1.phone⟩
Notes: ⟨p2.first⟩'s birthday, one vegan, ask for table by the window""",
    ),
    (
        "scholarship",
        """Proofread my scholarship essay intro:

When my father, ⟨m1.full⟩, left ⟨country⟩ with nothing but a suitcase, he did not imagine that his daughter would one day study engineering. I, ⟨f2.full⟩, am the first in my family to apply to university. My teacher ⟨p3.title⟩ ⟨p3.last⟩ believed in me before I did.""",
    ),
    (
        "badges",
        """Generate name badges (Name / Organization) from this list, one per line:
⟨p1.full⟩ — ⟨company⟩
⟨p2.full⟩ — ⟨company2⟩
⟨p3.full⟩ — ⟨company3⟩
⟨p4.full⟩ — independent
⟨p5.full⟩ — ⟨company⟩""",
    ),
    (
        "nocue",
        """Proofread:

⟨p1.full⟩ and I drove down on Friday. ⟨p2.last⟩ had already set up the tents, and by the time ⟨p3.first⟩ arrived with the food it was dark. Sunday we hiked to the lake; ⟨p4.first⟩ ⟨p4.last⟩ twisted an ankle, so ⟨p1.first⟩ carried the pack. Good weekend overall.""",
    ),
    (
        "nocue",
        """Rewrite as a bulleted list:
Forwarding from ⟨p1.last⟩ — the venue is confirmed. ⟨p2.first⟩ handles catering, ⟨p3.full⟩ does music. Budget questions go to ⟨p4.nick⟩. ⟨p5.first⟩ ⟨p5.last⟩, ⟨p6.first⟩ and ⟨p7.full⟩ still haven't replied.""",
    ),
    (
        "nocue",
        """Which of these sentences are grammatically wrong?
1. ⟨p1.first⟩'s and ⟨p2.first⟩'s bikes was stolen.
2. Me and ⟨p3.full⟩ went to the market.
3. ⟨p4.last⟩ plays piano better than I.
4. Neither ⟨p5.first⟩ nor the twins is coming.""",
    ),
    (
        "story",
        """Continue this short story for two paragraphs, same style:

⟨p1.first⟩ hadn't spoken to ⟨p2.first⟩ since the funeral. The house on ⟨p3.street⟩ still smelled of their father's pipe. When the phone rang and the display read ⟨p4.phone⟩, ⟨p1.first⟩ almost didn't answer.""",
    ),
    (
        "signup",
        """Here are the sign-ups from our web form; dedupe them:
⟨p1.full⟩, ⟨p1.email⟩, ⟨p1.phone⟩
⟨p2.full⟩, ⟨p2.email⟩, ⟨p2.phone⟩
⟨p1.first|upper⟩ ⟨p1.last|upper⟩, ⟨p1.email|upper⟩, ⟨p1.phone⟩
⟨p3.full⟩, ⟨p3.email⟩,""",
    ),
    (
        "ride_review",
        """Make this driver review constructive:
"Driver ⟨m1.first⟩ took a weird route from ⟨p2.addrline⟩ to the airport and charged ⟨amount⟩. He was on the phone the whole time with someone called ⟨p3.first⟩." """,
    ),
    (
        "mailmerge",
        """Generate the three envelopes for this mail merge:

⟨p1.full⟩
⟨p1.addr⟩

⟨p2.full⟩
⟨p2.addr⟩

⟨p3.full⟩
⟨p3.addr⟩""",
    ),
    (
        "it_request",
        """IT access request — approve or reject and explain:
Requester: ⟨p1.full⟩ (⟨p1.handle⟩)
Access: prod database read-only
Justification: investigate billing bug reported by ⟨p2.full⟩
Manager approval: ⟨p3.full⟩
Workstation IP: ⟨ip⟩""",
    ),
    (
        "word_names",
        """Make this staff announcement sound warmer:
Starting Monday, ⟨w1.full⟩ joins accounts. ⟨w2.full⟩ moves to the warehouse. Please direct supplier questions to ⟨w3.first⟩ and payroll questions to ⟨w1.first⟩. ⟨w2.first⟩'s old desk will be used by ⟨w4.full⟩.""",
    ),
    (
        "word_names",
        """Grace period question: my tenant ⟨w1.full⟩ paid rent 3 days late. The lease says rent is due on the 1st with a 5-day grace period. ⟨w2.first⟩ (my property manager) says I can still charge a fee. Who's right? I hope ⟨w1.first⟩ won't take it badly.""",
    ),
    # ---- Payments, payroll, identity (more card / IBAN / SSN / IP values) -------------
    (
        "payroll_us",
        """Payroll import failed validation. Which rows are malformed?

employee,ssn,dob,state
⟨p1.full⟩,⟨p1.ssn⟩,⟨p1.dob_iso⟩,⟪CA|TX|NY|WA⟫
⟨p2.full⟩,⟨p2.ssn⟩,⟨p2.dob_iso⟩,⟪OR|IL|FL⟫
⟨p3.full⟩,⟨p3.ssn⟩,⟨p3.dob_iso⟩,⟪MA|NJ|GA⟫
⟨p4.full⟩,⟨p4.ssn⟩,⟨p4.dob_iso⟩,CO""",
    ),
    (
        "payroll_eu",
        """Generate a SEPA batch summary (count, total) from this list:

Name;IBAN;Betrag
⟨p1.lastfirst⟩;⟨p1.iban⟩;⟨amount⟩
⟨p2.lastfirst⟩;⟨p2.iban⟩;⟨amount2⟩
⟨p3.lastfirst⟩;⟨p3.iban⟩;⟨amount3⟩
⟨p4.lastfirst⟩;⟨p4.iban⟩;⟨amount4⟩""",
    ),
    (
        "sepa_de",
        """Bitte prüfe dieses SEPA-Lastschriftmandat auf Vollständigkeit:

Zahlungsempfänger: ⟨company⟩, Gläubiger-ID DE98ZZZ0000⟨num⟩⟨num2⟩
Kontoinhaber: ⟨p1.full⟩
Anschrift: ⟨p1.addr_de⟩
IBAN: ⟨p1.iban_de⟩
Ort, Datum: ⟨city⟩, ⟨date_de⟩
Unterschrift: ⟨p1.full⟩""",
    ),
    (
        "fraud",
        """Security incident notes — draft the summary for the bank:

Between ⟨time⟩ and ⟨time2⟩ UTC our checkout saw card-testing traffic. Cards attempted include ⟨card⟩, ⟨card2⟩ and ⟨card3⟩ (all declined). Source IPs: ⟨ip⟩, ⟨ip2⟩, ⟨ip3⟩. One card, ⟨p1.card⟩, belongs to a real customer, ⟨p1.full⟩, who called us at ⟨time3⟩.""",
    ),
    (
        "payment_log",
        r"""Why did this payment fail? (yes I know we shouldn't log the PAN, it's a dev box)

{"event":"charge.failed","ts":"⟨date_iso⟩T⟨time⟩Z","cardholder":"⟨p1.full⟩","pan":"⟨p1.card⟩","billing":{"line1":"⟨p1.street⟩","postal_code":"⟨p1.postcode⟩"},"email":"⟨p1.email⟩","client_ip":"⟨p1.ip⟩","decline_code":"do_not_honor"}""",
    ),
    (
        "background_check",
        """Rewrite this background-check request as a short formal email to the screening vendor:

Candidate: ⟨p1.full⟩ (also known as ⟨p1.nick⟩ ⟨p1.last⟩)
DOB: ⟨p1.dob_us⟩ · SSN: ⟨p1.ssn⟩
Current address: ⟨p1.addr_us⟩
Previous address (until ⟨year⟩): ⟨p1.addrline_us2⟩
Position: ⟪warehouse associate|home health aide|school bus driver|bank teller⟫ — requested by ⟨p2.full⟩""",
    ),
    (
        "w2",
        """Explain the boxes on this W-2 to me like I'm new to US taxes:

a Employee's social security number: ⟨p1.ssn⟩
b Employer identification number (EIN): ⟨ein⟩
c Employer: ⟨company⟩, ⟨city⟩
e Employee's name: ⟨p1.full⟩
f Employee's address: ⟨p1.addrline_us⟩
1 Wages, tips, other compensation: ⟨amount⟩
2 Federal income tax withheld: ⟨amount2⟩""",
    ),
    (
        "firewall",
        """Which of these blocked connections should I worry about?

⟨date_iso⟩ ⟨time⟩ DROP IN=eth0 SRC=⟨ip⟩ DST=⟨ip2⟩ PROTO=TCP DPT=22
⟨date_iso⟩ ⟨time2⟩ DROP IN=eth0 SRC=⟨ip3⟩ DST=⟨ip2⟩ PROTO=TCP DPT=3389
⟨date_iso⟩ ⟨time3⟩ DROP IN=eth0 SRC=⟨ip4⟩ DST=⟨ip2⟩ PROTO=UDP DPT=161
⟨date_iso⟩ ⟨time4⟩ ACCEPT IN=wg0 SRC=⟨ip5⟩ DST=⟨ip2⟩ PROTO=TCP DPT=443 (vpn user ⟨p1.handle⟩)""",
    ),
    (
        "refund_nl",
        """Vertaal naar het Engels en maak het iets formeler:

Beste ⟨company⟩,
Ik heb op ⟨date⟩ twee keer betaald voor bestelling ⟨order⟩. Willen jullie het dubbele bedrag terugstorten op ⟨p1.iban⟩ t.n.v. ⟨p1.full⟩? Bij vragen ben ik bereikbaar op ⟨p1.phone_nl⟩.
Met vriendelijke groet,
⟨p1.first⟩""",
    ),
    (
        "transfer_es",
        """Corrige la ortografía de este mensaje:

Hola ⟨p1.first⟩, te paso los datos para la transferencia del alquiler: titular ⟨p2.full⟩, IBAN ⟨p2.iban_es⟩, concepto "fianza ⟨month_es⟩". Si hay algún problema llamame al ⟨p2.phone_es⟩. Saludos""",
    ),
    (
        "transfer_tr",
        """Bunu daha resmi bir dile çevirir misin?

Selam, kira için hesap bilgilerim: Ad Soyad: ⟨p1.full⟩, IBAN: ⟨p1.iban_tr⟩. Ödemeyi ayın 5'ine kadar yaparsan sevinirim. ⟨p2.first⟩'e de söyledim. Telefon: ⟨p1.phone_tr⟩""",
    ),
    (
        "hotel_leak",
        """A guest forwarded us this booking confirmation and says the card number is visible. Draft an apology and tell me what to redact:

Booking ⟨booking⟩ — ⟨venue⟩, ⟨city⟩
Guests: ⟨p1.full⟩, ⟨p2.full⟩
Check-in ⟨date⟩ · 2 nights
Guarantee card: ⟨p1.card⟩ (⟨p1.upperfull⟩)
Contact: ⟨p1.email⟩, ⟨p1.phone⟩""",
    ),
    (
        "intake",
        """Patient intake form — flag anything missing before the visit:

Name: ⟨p1.full⟩     DOB: ⟨p1.dob_us⟩     SSN: ⟨p1.ssn⟩
Address: ⟨p1.addrline_us⟩
Phone: ⟨p1.phone_us⟩
Insurance: ⟨company⟩ PPO, member ID ⟨policy⟩
Guarantor: ⟨p2.full⟩, SSN ⟨p2.ssn⟩
Referring provider: ⟨p3.title⟩ ⟨p3.last⟩""",
    ),
    (
        "home_network",
        """My home network is acting weird. Router at ⟨ip_lan⟩, my laptop gets ⟨ip_lan2⟩, and whatismyip says ⟨ip⟩. The ISP support guy, ⟨p1.first⟩, said my IPv6 is ⟨ip6⟩ and that it's "fine". Is it fine?""",
    ),
    (
        "split_bill",
        """Write a friendly reminder to my flatmates about the utilities split: ⟨p1.first⟩ owes ⟨amount⟩, ⟨p2.first⟩ owes ⟨amount2⟩, ⟨p3.nick⟩ has paid. Please transfer to ⟨p4.full⟩, IBAN ⟨p4.iban⟩, by ⟨weekday⟩.""",
    ),
    (
        "chargeback_multi",
        """Our disputes export — group by reason and total the amounts:

case,cardholder,card,amount,reason
D-⟨num⟩,⟨p1.full⟩,⟨p1.card⟩,⟨amount⟩,not received
D-⟨num2⟩,⟨p2.full⟩,⟨p2.card⟩,⟨amount2⟩,fraud
D-⟨num3⟩,⟨p3.full⟩,⟨p3.card⟩,⟨amount3⟩,duplicate""",
    ),
    (
        "card_call",
        """Call-centre transcript, redact nothing but summarize the outcome:

AGENT (⟨p1.first⟩): Thanks for holding. Can I take the long card number?
CALLER: Yeah, it's ⟨p2.card⟩.
AGENT: And the name as it appears on the card?
CALLER: ⟨p2.upperfull⟩. Well, ⟨p2.full⟩.
AGENT: Thank you, ⟨p2.first⟩. I've applied the refund; you'll get an email at ⟨p2.email⟩.""",
    ),
    (
        "ecom_export",
        """Find the orders that look fraudulent (mismatched country/IP, reused cards):

order,name,email,card,ip,ship_country
⟨order⟩,⟨p1.full⟩,⟨p1.email⟩,⟨p1.card⟩,⟨p1.ip⟩,⟨country⟩
⟨order2⟩,⟨p2.full⟩,⟨p2.email⟩,⟨p2.card⟩,⟨p2.ip⟩,⟨country2⟩
⟨order3⟩,⟨p3.full⟩,⟨p3.email⟩,⟨p2.card⟩,⟨p3.ip⟩,⟨country3⟩""",
    ),
]
