# ruff: noqa: E501  (hand-typed text templates and pools: long lines are data)
"""Pools and templates for the dev29 blind set (software, data and IT work worldwide).

Every pool and template here was typed by hand for this set; no name list, fake-data
package or detector was consulted. Tokens in whitespace-separated pools use ``_`` for a
space inside one value and ``native:roman`` for a value written in a non-Latin script
together with its usual romanisation. Phone, postcode and ID patterns: ``#`` any digit,
``N`` a digit 2-9, ``@`` an upper-case letter, ``*`` an upper-case letter or digit.
"""

from __future__ import annotations

LOCALES: dict[str, dict] = {}


def _loc(code: str, region: str, country: str, lang: str, style: str, **kw: str) -> None:
    kw.update(code=code, region=region, country=country, lang=lang, style=style)
    LOCALES[code] = kw


# ---------------------------------------------------------------- Africa
_loc(
    "ng",
    "Africa",
    "Nigeria",
    "en",
    "w",
    gm="Chinedu Emeka Oluwaseun Tunde Ibrahim Musa Obinna Babatunde Ikechukwu Femi",
    gf="Ngozi Adaeze Funmilayo Aisha Chiamaka Yetunde Blessing Folake Halima Ifeoma",
    fam="Okafor Adeyemi Balogun Eze Nwosu Abubakar Okonkwo Adebayo Olawale Danjuma Ogunleye",
    nick="Chichi Tee Bimbo Emmy Dayo Seun Ik",
    streets="Adeola_Odeku_Street Awolowo_Road Allen_Avenue Admiralty_Way Ogui_Road Aminu_Kano_Crescent",
    towns="Victoria_Island,_Lagos Ikeja,_Lagos Wuse_2,_Abuja Lekki_Phase_1,_Lagos GRA,_Enugu Bodija,_Ibadan",
    addr="{n} {s}, {t}|Flat {f}, {n} {s}, {t}|Plot {n}, {s}, {t}",
    phone="0803 ### ####|0816 ### ####|+234 803 ### ####|+234 706 ### ####|0809#######",
    hon_m="Mr Engr. Chief Dr",
    hon_f="Mrs Ms Dr Barr.",
    kin_m="Uncle Brother",
    kin_f="Auntie Mama",
    mail="yahoo.com gmail.com",
    tld="com.ng",
    co="Kolanut_Pay Eko_Freight Harmattan_Data",
    dob="dmy/ long_en",
    pp="@########",
    dl="@@@#####@@##",
)
_loc(
    "gh",
    "Africa",
    "Ghana",
    "en",
    "w",
    gm="Kwame Kofi Kwabena Yaw Kwaku Kwesi Ebo Fiifi Selorm Kojo",
    gf="Ama Akosua Abena Efua Adwoa Akua Esi Dzifa Naa_Adjeley Afia",
    fam="Mensah Owusu Asante Boateng Appiah Ofori Amoah Quaye Agyeman Tetteh Annan Darko",
    streets="Oxford_Street Liberation_Road Ring_Road_Central Spintex_Road Lagos_Avenue Cantonments_Road",
    towns="Osu,_Accra East_Legon,_Accra Adum,_Kumasi Tema_Community_6 Takoradi Airport_Residential,_Accra",
    pc="GA-###-####",
    addr="{n} {s}, {t}|House No. {n}, {s}, {t}|{s}, {t} ({pc})",
    phone="024 ### ####|020 ### ####|+233 24 ### ####|+233 55 ### ####",
    hon_m="Mr Dr Rev.",
    hon_f="Mrs Ms Madam Dr",
    kin_m="Uncle Brother",
    kin_f="Auntie Sister",
    tld="com.gh",
    co="Sankofa_Logistics Volta_Ledger Kente_Cloudworks",
    dob="dmy/ long_en",
    pp="G#######",
)
_loc(
    "ke",
    "Africa",
    "Kenya",
    "sw",
    "w",
    gm="Kamau Otieno Kiprono Mwangi Baraka Omondi Njoroge Ochieng Brian Kipkemboi",
    gf="Wanjiru Akinyi Atieno Njeri Chebet Wambui Faith Nyokabi Adhiambo Mercy",
    fam="Kamau Odhiambo Kiprotich Mutua Wafula Njoroge Ouma Koech Karanja Chege Wekesa Muthoni",
    streets="Ngong_Road Kenyatta_Avenue Moi_Avenue Waiyaki_Way Argwings_Kodhek_Road Riverside_Drive",
    towns="Kilimani,_Nairobi Westlands,_Nairobi Nyali,_Mombasa Milimani,_Kisumu Eldoret Lavington,_Nairobi",
    pc="00#00",
    addr="{s}, {t}|Apartment {f}{L}, {s}, {t}|P.O. Box {n4}-{pc}, {t}",
    phone="0712 ### ###|0722 ######|+254 712 ### ###|+254 733 ### ###|+254722######",
    hon_m="Mr Dr Eng.",
    hon_f="Mrs Ms Dr",
    kin_m="Uncle Baba Guka",
    kin_f="Auntie Cucu Mama",
    tld="co.ke",
    co="Savanna_Mobile_Money Tausi_Insurance Simba_Cloud",
    dob="dmy/ long_en",
    pp="AK#######",
)
_loc(
    "tz",
    "Africa",
    "Tanzania",
    "sw",
    "w",
    gm="Juma Baraka Hamisi Rashidi Emmanuel Godfrey Salim Daudi",
    gf="Neema Rehema Zawadi Amina Upendo Halima Mwanaidi Grace",
    fam="Mwakyusa Mushi Massawe Kimaro Lyimo Shirima Mrema Mbwambo Swai Kombo",
    streets="Samora_Avenue Ali_Hassan_Mwinyi_Road Bagamoyo_Road Uhuru_Street Morogoro_Road Toure_Drive",
    towns="Masaki,_Dar_es_Salaam Mikocheni,_Dar_es_Salaam Njiro,_Arusha Stone_Town,_Zanzibar Dodoma",
    addr="Plot {n}, {s}, {t}|House {n}, {s}, {t}",
    phone="0754 ### ###|0713 ### ###|+255 754 ### ###|+255 68# ### ###",
    hon_m="Bw. Mr Dkt.",
    hon_f="Bi. Mrs Dkt.",
    kin_m="Mjomba Kaka Babu",
    kin_f="Shangazi Dada Bibi",
    tld="co.tz",
    co="Kilima_Agritech Pwani_Telecom Zanzi_Travel",
    dob="dmy/ dmy.",
)
_loc(
    "et",
    "Africa",
    "Ethiopia",
    "en",
    "et",
    gm="አበበ:Abebe ተስፋዬ:Tesfaye ዳዊት:Dawit ሰለሞን:Solomon ብርሃኑ:Birhanu ዮሐንስ:Yohannes ግርማ:Girma ሄኖክ:Henok",
    gf="ሄለን:Helen መሰረት:Meseret ትዕግስት:Tigist ሰላማዊት:Selamawit ብሩክታዊት:Bruktawit ሕይወት:Hiwot ቤተልሔም:Betelhem",
    fam="ከበደ:Kebede በቀለ:Bekele ታደሰ:Tadesse ገብሬ:Gebre ወልደማርያም:Woldemariam አለሙ:Alemu ደምሴ:Demissie ጌታቸው:Getachew",
    streets="Bole_Road Africa_Avenue Churchill_Avenue Cameroon_Street Ras_Desta_Damtew_Street",
    towns="Bole,_Addis_Ababa Kazanchis,_Addis_Ababa Piassa,_Addis_Ababa Bahir_Dar Hawassa CMC,_Addis_Ababa",
    addr="{s}, House No. {n}, {t}|Woreda 0{g}, House {n4}, {t}",
    phone="0911 ## ## ##|0912 ### ###|+251 911 ### ###|+251 92 ### ####",
    hon_m="Ato Dr",
    hon_f="W/ro W/rt Dr",
    kin_m="Gashe",
    kin_f="Etye",
    tld="com.et",
    co="Abyssinia_Fintech Entoto_Soft Blue_Nile_Cargo",
    dob="dmy/ ymd-",
    pp="EP#######",
)
_loc(
    "za",
    "Africa",
    "South Africa",
    "en",
    "w",
    gm="Sipho Thabo Johan Pieter Lwazi Mandla Themba Ruan Kagiso Sibusiso",
    gf="Nomvula Zanele Lerato Thandiwe Anika Refilwe Palesa Lindiwe Elna Naledi",
    fam="Dlamini Nkosi Van_der_Merwe Botha Naidoo Mokoena Khumalo Ndlovu Pillay Pretorius Mahlangu Le_Roux",
    streets="Jan_Smuts_Avenue Long_Street Florida_Road Rivonia_Road Oxford_Road Beach_Road Vilakazi_Street",
    towns="Rosebank,_Johannesburg Sandton,_Johannesburg Sea_Point,_Cape_Town Morningside,_Durban Hatfield,_Pretoria Orlando_West,_Soweto",
    pc="####",
    addr="{n} {s}, {t}, {pc}|Unit {f}, {n} {s}, {t}, {pc}|{n} {s}\n{t}\n{pc}",
    phone="082 ### ####|071 ### ####|+27 82 ### ####|+27 (0)83 ### ####|(021) ### ####",
    hon_m="Mr Dr Adv.",
    hon_f="Mrs Ms Dr Adv.",
    kin_m="Uncle Oom Baba",
    kin_f="Auntie Tannie Gogo",
    tld="co.za",
    co="Fynbos_Analytics Karoo_Telecoms Ubuntu_Lending",
    dob="ymd/ dmy/ long_en",
    pp="A########",
    dl="##########@@",
)
_loc(
    "zw",
    "Africa",
    "Zimbabwe",
    "en",
    "w",
    gm="Tatenda Tendai Farai Kudakwashe Tinashe Tafadzwa Takudzwa Munyaradzi",
    gf="Rutendo Chipo Nyasha Tsitsi Rudo Fadzai Vimbai Ruvimbo",
    fam="Moyo Ncube Sibanda Chikwanha Mutasa Mapfumo Marufu Chinembiri Mhlanga Zvobgo",
    streets="Samora_Machel_Avenue Borrowdale_Road Enterprise_Road Herbert_Chitepo_Avenue Second_Street",
    towns="Avondale,_Harare Borrowdale,_Harare Belgravia,_Harare Suburbs,_Bulawayo Mutare",
    addr="{n} {s}, {t}|Stand {n4}, {s}, {t}",
    phone="0772 ### ###|0712 ### ###|+263 77 ### ####|+263 71 ### ####",
    hon_m="Mr Dr",
    hon_f="Mrs Ms Dr",
    kin_m="Sekuru Babamukuru",
    kin_f="Tete Mbuya Mainini",
    tld="co.zw",
    co="Msasa_Systems Zambezi_Payroll Granite_Rail",
    dob="dmy/",
)
_loc(
    "rw",
    "Africa",
    "Rwanda",
    "fr",
    "w",
    gm="Jean_Claude Eric Olivier Emmanuel Patrick Innocent Fabrice Aimable",
    gf="Aline Claudine Diane Josiane Ange Clarisse Solange Divine",
    fam="Uwimana Habimana Niyonzima Mukamana Nshimiyimana Uwase Ishimwe Mugisha Niyonsaba Kayitesi",
    streets="KG_7_Ave KN_4_Ave KK_15_Rd KG_11_Ave KG_548_St KN_82_St",
    towns="Kacyiru,_Kigali Kimihurura,_Kigali Nyarutarama,_Kigali Kicukiro,_Kigali Musanze",
    addr="{s}, house {n}, {t}|House {n}, {s}, {t}",
    phone="078# ### ###|0788 ### ###|+250 788 ### ###|+250 72# ### ###",
    hon_m="M. Mr Dr",
    hon_f="Mme Mrs Dr",
    kin_m="Tonton",
    kin_f="Tantine",
    tld="rw",
    co="Imigongo_Tech Akagera_Pay Mille_Collines_Data",
    dob="dmy/",
)
_loc(
    "sn",
    "Africa",
    "Senegal",
    "fr",
    "w",
    gm="Mamadou Cheikh Ousmane Ibrahima Abdoulaye Moussa Pape Babacar",
    gf="Fatou Aminata Awa Mariama Khady Ndeye_Fatou Astou Coumba",
    fam="Diop Ndiaye Fall Sow Sarr Mbaye Faye Gueye Diallo Ba Cissé Thiam",
    streets="Rue_Carnot Avenue_Cheikh_Anta_Diop Rue_Mousse_Diop Route_de_Ouakam Rue_Félix_Faure",
    towns="Sacré-Cœur_3,_Dakar Mermoz,_Dakar Point_E,_Dakar Almadies,_Dakar Thiès Saint-Louis",
    addr="Villa {n}, {t}|{n}, {s}, {t}|Villa n° {n4}, {t}",
    phone="77 ### ## ##|78 ### ## ##|+221 77 ### ## ##|+221 76 ### ## ##",
    hon_m="M. Dr",
    hon_f="Mme Dr",
    kin_m="Tonton Papa",
    kin_f="Tata Tantie Maman",
    tld="sn",
    co="Teranga_Pay Baobab_Cloud Dakar_Fret",
    dob="dmy/ long_fr",
)
_loc(
    "ci",
    "Africa",
    "Côte d'Ivoire",
    "fr",
    "w",
    gm="Koffi Yao Kouassi Konan Adama Serge Armand Jean-Marc",
    gf="Adjoua Aya Affoué Amenan Mariam Akissi Carine Prisca",
    fam="Kouamé Koné Traoré Ouattara N'Guessan Kouadio Bamba Coulibaly Touré Brou Yapi",
    streets="Rue_des_Jardins Boulevard_Latrille Rue_Lepic Boulevard_de_Marseille Rue_du_Commerce",
    towns="Cocody,_Abidjan Riviera_Palmeraie,_Abidjan Marcory_Zone_4,_Abidjan Plateau,_Abidjan Yamoussoukro Bouaké",
    addr="{t}, {s}, villa {n}|{s}, lot {n}, {t}|08 BP {n4} Abidjan 08",
    phone="07 ## ## ## ##|05 ## ## ## ##|+225 07 ## ## ## ##|+225 01 ## ## ## ##",
    hon_m="M. Dr",
    hon_f="Mme Dr",
    kin_m="Tonton",
    kin_f="Tantie Tata",
    tld="ci",
    co="Lagune_Digital Eburnie_Assur Cacao_Connect",
    dob="dmy/ long_fr",
)
_loc(
    "cm",
    "Africa",
    "Cameroon",
    "fr",
    "w",
    gm="Jean-Pierre Samuel Emmanuel Paul Junior Thierry Hervé Landry",
    gf="Brigitte Sandrine Estelle Carine Nadège Rose Mireille Pélagie",
    fam="Mbarga Ngono Etoundi Fotso Kamga Nkoulou Tchoupo Essomba Atangana Ndjock Tchinda",
    streets="Boulevard_de_la_Liberté Rue_Njo-Njo Avenue_Kennedy Rue_Drouot Rue_Joffre",
    towns="Bastos,_Yaoundé Akwa,_Douala Bonapriso,_Douala Bonamoussadi,_Douala Bafoussam",
    addr="{s}, {n}, {t}|BP {n4} {t}",
    phone="6 7# ## ## ##|+237 677 ## ## ##|+237 69# ### ###|699 ## ## ##",
    hon_m="M. Dr",
    hon_f="Mme Dr",
    kin_m="Tonton",
    kin_f="Tata Mami",
    tld="cm",
    co="Wouri_Logistics Mont_Cameroun_Soft Ndole_Media",
    dob="dmy/ long_fr",
)
_loc(
    "ma",
    "Africa",
    "Morocco",
    "fr",
    "w",
    gm="يوسف:Youssef محمد:Mohamed ياسين:Yassine حمزة:Hamza عمر:Omar مهدي:Mehdi أنس:Anas كريم:Karim",
    gf="فاطمة_الزهراء:Fatima_Zahra خديجة:Khadija سلمى:Salma مريم:Meryem هاجر:Hajar نادية:Nadia إيمان:Imane سناء:Sanaa",
    fam="العمراني:El_Amrani بنعلي:Benali التازي:Tazi الإدريسي:Idrissi بناني:Bennani الفاسي:El_Fassi العلوي:Alaoui برادة:Berrada الشرقاوي:Cherkaoui",
    streets="Boulevard_Zerktouni Rue_Ibn_Batouta Avenue_Hassan_II Boulevard_d'Anfa Rue_Moulay_Youssef Rue_Tarik_Ibn_Ziad",
    towns="Maârif,_Casablanca Gauthier,_Casablanca Agdal,_Rabat Guéliz,_Marrakech Tanger Hay_Riad,_Rabat",
    pc="#####",
    addr="{n}, {s}, {pc} {t}|Appt {f}, Imm. {n}, {s}, {t}",
    phone="06 ## ## ## ##|07 ## ## ## ##|+212 6 ## ## ## ##|+212 661-######",
    hon_m="M. Si Dr",
    hon_f="Mme Lalla Dr",
    kin_m="Khali Ammi",
    kin_f="Khalti Ammti",
    tld="ma",
    co="Atlas_Paiement Medina_Soft Argan_Logistique",
    dob="dmy/ long_fr",
)
_loc(
    "eg",
    "Africa",
    "Egypt",
    "ar",
    "ar",
    gm="محمد:Mohamed أحمد:Ahmed محمود:Mahmoud مصطفى:Mostafa عمرو:Amr كريم:Karim طارق:Tarek شريف:Sherif",
    gf="مريم:Mariam نورهان:Nourhan ياسمين:Yasmine سارة:Sara هبة:Heba منى:Mona دينا:Dina رانيا:Rania",
    fam="عبد_الرحمن:Abdelrahman السيد:El-Sayed حسن:Hassan إبراهيم:Ibrahim فاروق:Farouk منصور:Mansour الشريف:El-Sherif سليمان:Soliman",
    streets="Shehab_Street Gameat_El_Dowal_El_Arabeya_Street 26th_of_July_Street Road_9 Abbas_El_Akkad_Street El_Thawra_Street",
    towns="Mohandessin,_Giza Maadi,_Cairo Nasr_City,_Cairo Zamalek,_Cairo Smouha,_Alexandria Heliopolis,_Cairo",
    addr="{n} {s}, {t}|Apt {f}, {n} {s}, {t}|{n} {s}, Floor {g}, {t}",
    phone="010 #### ####|0122 ### ####|+20 10 #### ####|+20 111 ### ####",
    hon_m="Eng. Dr Mr Ustaz",
    hon_f="Mrs Dr Madam",
    kin_m="Amm Khalo",
    kin_f="Tant Khalto Teta",
    tld="com.eg",
    co="Nile_Byte Delta_Pay Pharos_Cargo",
    iban="EG",
    dob="dmy/ ymd-",
    pp="A#######",
)
_loc(
    "tn",
    "Africa",
    "Tunisia",
    "fr",
    "w",
    gm="Mohamed_Amine Aymen Skander Walid Hatem Bilel Oussama Karim",
    gf="Amira Rim Ons Yosra Sirine Nesrine Mariem Olfa",
    fam="Ben_Salah Trabelsi Jlassi Gharbi Ben_Ammar Hammami Bouaziz Mejri Chaabane Ben_Youssef Khelifi",
    streets="Avenue_Habib_Bourguiba Rue_de_Marseille Avenue_de_la_Liberté Rue_du_Lac_Windermere Avenue_Hédi_Nouira",
    towns="Les_Berges_du_Lac,_Tunis El_Menzah_6,_Ariana La_Marsa Sfax Sousse",
    pc="####",
    addr="{n}, {s}, {pc} {t}|{n} {s}, {t} {pc}",
    phone="2# ### ###|9# ### ###|+216 2# ### ###|+216 5# ### ###",
    hon_m="M. Si Dr",
    hon_f="Mme Dr",
    kin_m="Khali Ammi",
    kin_f="Khalti",
    tld="tn",
    co="Carthage_Data Jasmin_Pay Sahel_Soft",
    iban="TN",
    dob="dmy/",
)
_loc(
    "dz",
    "Africa",
    "Algeria",
    "fr",
    "w",
    gm="Yacine Karim Sofiane Rachid Nassim Mehdi Abdelkader Amine",
    gf="Lynda Amel Sabrina Feriel Nesrine Samia Kahina Yasmina",
    fam="Benali Haddad Bensalem Mebarki Belkacem Ait_Ahmed Cherif Bouzid Khelil Ouali Zerrouki",
    streets="Rue_Didouche_Mourad Boulevard_Mohamed_V Rue_Larbi_Ben_M'hidi Chemin_Sfindja Rue_Hassiba_Ben_Bouali",
    towns="Hydra,_Alger Bab_Ezzouar,_Alger Kouba,_Alger Oran Tizi_Ouzou Constantine",
    pc="#####",
    addr="{n}, {s}, {pc} {t}|Cité {n} Logements, Bt {g}, {t}",
    phone="0550 ## ## ##|0661 ## ## ##|+213 550 ## ## ##|+213 770 ## ## ##",
    hon_m="M. Dr",
    hon_f="Mme Dr",
    kin_m="Khali Ammi",
    kin_f="Khalti",
    tld="dz",
    co="Sahara_Net Casbah_Soft Djurdjura_Log",
    dob="dmy/",
)

# ---------------------------------------------------------------- Middle East
_loc(
    "sa",
    "Middle East",
    "Saudi Arabia",
    "ar",
    "ar",
    gm="عبدالله:Abdullah فهد:Fahad خالد:Khalid سلطان:Sultan تركي:Turki فيصل:Faisal نواف:Nawaf ماجد:Majed",
    gf="نورة:Noura لطيفة:Latifa ريم:Reem هيفاء:Haifa الجوهرة:Aljawhara عبير:Abeer منيرة:Munira شهد:Shahad",
    fam="القحطاني:Al-Qahtani الغامدي:Al-Ghamdi العتيبي:Al-Otaibi الدوسري:Al-Dosari الشهري:Al-Shehri الحربي:Al-Harbi الزهراني:Al-Zahrani المطيري:Al-Mutairi",
    streets="King_Fahd_Road Prince_Sultan_Street Olaya_Street Tahlia_Street Al_Urubah_Road",
    towns="Al_Olaya_Dist.,_Riyadh Al_Malqa_Dist.,_Riyadh Al_Rawdah_Dist.,_Jeddah Al_Khobar Al_Faisaliyah_Dist.,_Dammam",
    pc="1####-####",
    addr="{n4} {s}, {t} {pc}|Building {n4}, {s}, {t}",
    phone="050 ### ####|055 ### ####|+966 50 ### ####|+966 54 ### ####|0550######",
    hon_m="Eng. Dr Mr",
    hon_f="Dr Ms",
    kin_m="Ammi Khali",
    kin_f="Khalti Ammati",
    tld="com.sa",
    co="Najd_Cloud Tuwaiq_Pay Red_Sea_Logistics",
    iban="SA",
    dob="hijri dmy/ ymd-",
)
_loc(
    "ae",
    "Middle East",
    "United Arab Emirates",
    "ar",
    "ar",
    gm="راشد:Rashid حمدان:Hamdan سعيد:Saeed خليفة:Khalifa منصور:Mansour أحمد:Ahmed عبيد:Obaid",
    gf="مريم:Maryam شمة:Shamma فاطمة:Fatima عائشة:Aisha موزة:Moza حصة:Hessa",
    fam="المهيري:Al_Mheiri الكعبي:Al_Kaabi الشامسي:Al_Shamsi الظاهري:Al_Dhaheri النعيمي:Al_Nuaimi المنصوري:Al_Mansouri",
    streets="Al_Wasl_Road Jumeirah_Beach_Road Al_Khaleej_Street Corniche_Road Al_Safa_Street",
    towns="Dubai_Marina,_Dubai Al_Barsha_1,_Dubai JLT_Cluster_D,_Dubai Al_Reem_Island,_Abu_Dhabi Al_Majaz_2,_Sharjah",
    addr="Villa {n}, {s}, {t}|Apartment {n3}, Building {g}, {s}, {t}",
    phone="050 ### ####|056 ### ####|+971 50 ### ####|+971 55 ### ####|04 ### ####",
    hon_m="Mr Eng. Dr",
    hon_f="Ms Dr",
    kin_m="Ammi Khali",
    kin_f="Khalti",
    tld="ae",
    co="Dune_Ledger Falcon_Freight Marina_Apps",
    iban="AE",
    dob="dmy/ ymd-",
)
_loc(
    "jo",
    "Middle East",
    "Jordan",
    "en",
    "ar",
    gm="Omar Yazan Laith Zaid Hamzeh Mohammad Ahmad Rami",
    gf="Dana Leen Lina Rawan Ruba Haya Tala Sawsan",
    fam="Al-Khatib Haddad Abu-Ghazaleh Al-Masri Nabulsi Obeidat Al-Zoubi Khoury Qasem Hijazi",
    nick="Abu_Omar Abu_Laith Umm_Zaid Abu_Rami",
    streets="Mecca_Street Zahran_Street Wasfi_Al-Tal_Street Rainbow_Street Mohammad_Ali_Bdeir_Street",
    towns="Abdoun,_Amman Khalda,_Amman Sweifieh,_Amman Jabal_Amman Irbid Zarqa",
    pc="11###",
    addr="Building {n}, {s}, {t} {pc}|{n} {s}, Apt {f}, {t}",
    phone="079 ### ####|078 ### ####|+962 79 ### ####|+962 77 ### ####",
    hon_m="Mr Eng. Dr",
    hon_f="Ms Mrs Dr",
    kin_m="Ammo Khalo",
    kin_f="Khalto Teta",
    tld="jo",
    co="Petra_Soft Wadi_Pay Amman_Grid",
    iban="JO",
    dob="dmy/",
)
_loc(
    "lb",
    "Middle East",
    "Lebanon",
    "en",
    "w",
    gm="Elie Georges Karim Rami Ziad Joe Charbel Marwan",
    gf="Nour Rita Maya Nadine Carla Rima Joelle Lara",
    fam="Khoury Haddad Nassar Saliba Karam Sfeir Chidiac Azar Daher Frem Younes Abi_Nader Bou_Saab",
    streets="Rue_Gouraud Rue_Hamra Rue_Monot Armenia_Street Bliss_Street Rue_Pasteur",
    towns="Achrafieh,_Beirut Mar_Mikhael,_Beirut Hamra,_Beirut Jounieh Jbeil Zahle",
    addr="{s}, Bldg {n}, Floor {g}, {t}|{s}, Imm. {fam}, {g}th floor, {t}",
    phone="03 ### ###|71 ### ###|+961 3 ### ###|+961 70 ### ###",
    hon_m="Mr Dr Eng.",
    hon_f="Mrs Ms Dr",
    kin_m="Amo Khalo",
    kin_f="Tante Teta",
    tld="com.lb",
    co="Cedar_Cloud Phoenicia_Pay Byblos_Data",
    iban="LB",
    dob="dmy/",
)
_loc(
    "il",
    "Middle East",
    "Israel",
    "he",
    "w",
    gm="נועם:Noam איתי:Itai יונתן:Yonatan עומר:Omer דניאל:Daniel אורי:Uri אביב:Aviv גיא:Guy",
    gf="נועה:Noa תמר:Tamar מאיה:Maya שירה:Shira יעל:Yael מיכל:Michal רוני:Roni הילה:Hila",
    fam="כהן:Cohen לוי:Levi מזרחי:Mizrahi פרץ:Peretz ביטון:Biton אברהם:Avraham פרידמן:Friedman שפירא:Shapira אזולאי:Azoulay",
    streets="Rothschild_Blvd Dizengoff_St Ibn_Gabirol_St Herzl_St Allenby_St Weizmann_St",
    towns="Tel_Aviv Ramat_Gan Herzliya Haifa Jerusalem Petah_Tikva",
    pc="#######",
    addr="{s} {n}, Apt {f}, {t} {pc}|{s} {n}, {t}",
    phone="05#-###-####|052-###-####|+972-5#-###-####|+972 54 ### ####|03-###-####",
    hon_m="Mr Dr",
    hon_f="Ms Dr",
    kin_m="Doda",
    kin_f="Doda",
    tld="co.il",
    co="Negev_Stack Jaffa_Pay Carmel_Labs",
    iban="IL",
    dob="dmy/ dmy.",
)
_loc(
    "ir",
    "Middle East",
    "Iran",
    "fa",
    "w",
    gm="علی:Ali محمد:Mohammad رضا:Reza امیر:Amir حسین:Hossein مهدی:Mehdi سعید:Saeed آرش:Arash",
    gf="زهرا:Zahra مریم:Maryam فاطمه:Fatemeh نیلوفر:Niloofar سارا:Sara پریسا:Parisa شیرین:Shirin مهسا:Mahsa",
    fam="محمدی:Mohammadi حسینی:Hosseini احمدی:Ahmadi رضایی:Rezaei کریمی:Karimi موسوی:Mousavi جعفری:Jafari صادقی:Sadeghi رحیمی:Rahimi",
    streets="Vali-e_Asr_St. Shariati_St. Mirdamad_Blvd. Jordan_St. Pasdaran_Ave. Gandhi_St.",
    towns="Tehran Isfahan Shiraz Tabriz Mashhad Karaj",
    pc="##########",
    addr="No. {n}, {s}, {t} {pc}|Unit {f}, No. {n}, {s}, {t}",
    phone="0912 ### ####|0935 ### ####|+98 912 ### ####|021 #### ####",
    hon_m="Aghaye Dr Mohandes",
    hon_f="+Khanom Dr",
    kin_m="Amoo Daei",
    kin_f="Khaleh Ammeh",
    tld="ir",
    co="Parsian_Soft Alborz_Pay Zagros_Data",
    iban="IR",
    dob="ir ymd/",
)
_loc(
    "tr",
    "Middle East",
    "Turkey",
    "tr",
    "w",
    gm="Mehmet Mustafa Ahmet Emre Burak Can Oğuz Kerem Murat",
    gf="Ayşe Fatma Zeynep Elif Merve Büşra Derya Selin Gül",
    fam="Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Aksoy",
    streets="Bağdat_Caddesi İstiklal_Caddesi Nispetiye_Caddesi Halaskargazi_Caddesi Tunalı_Hilmi_Caddesi Moda_Caddesi",
    towns="Kadıköy/İstanbul Beşiktaş/İstanbul Çankaya/Ankara Karşıyaka/İzmir Nilüfer/Bursa",
    pc="#####",
    addr="{s} No:{n} D:{g}, {pc} {t}|{s} No: {n}/{g} {t}",
    phone="0532 ### ## ##|0555 ### ## ##|+90 532 ### ## ##|+90 (212) ### ## ##",
    hon_m="+Bey Dr. Av.",
    hon_f="+Hanım Dr. Av.",
    kin_m="+Abi +Amca +Dayı",
    kin_f="+Abla +Teyze +Hala",
    tld="com.tr",
    co="Boğaz_Yazılım Kapadokya_Öde Ege_Lojistik",
    iban="TR",
    dob="dmy. long_tr",
)
_loc(
    "iq",
    "Middle East",
    "Iraq",
    "ar",
    "ar",
    gm="علي:Ali حسين:Hussein مصطفى:Mustafa حيدر:Haider أحمد:Ahmed كرار:Karrar زيد:Zaid",
    gf="زينب:Zainab فاطمة:Fatima نور:Noor مريم:Maryam رقية:Ruqaya سارة:Sara حوراء:Hawraa",
    fam="الجبوري:Al-Jubouri العبيدي:Al-Obaidi الربيعي:Al-Rubaie الساعدي:Al-Saadi التميمي:Al-Tamimi الدليمي:Al-Dulaimi الخفاجي:Al-Khafaji",
    streets="Karrada_Dakhil Palestine_Street 14th_Ramadan_Street 60_Meter_Street Arasat_Street",
    towns="Karrada,_Baghdad Mansour,_Baghdad Ankawa,_Erbil Basra Sulaymaniyah",
    addr="Mahalla {n3}, Zuqaq {g}, House {n}, {t}|{s}, House {n}, {t}",
    phone="0770 ### ####|0750 ### ####|+964 770 ### ####|+964 781 ### ####",
    hon_m="Mr Dr Eng.",
    hon_f="Ms Dr",
    kin_m="Ammo Khalo",
    kin_f="Khala Bibi",
    tld="iq",
    co="Tigris_Tech Babylon_Pay Mesopotamia_Net",
    iban="IQ",
    dob="dmy/ ymd-",
)
_loc(
    "qa",
    "Middle East",
    "Qatar",
    "en",
    "ar",
    gm="Abdulrahman Hamad Jassim Mohammed Nasser Ali Khalid",
    gf="Al-Anoud Hessa Maha Dana Noor Alia Mariam",
    fam="Al-Kuwari Al-Marri Al-Mohannadi Al-Sulaiti Al-Naimi Al-Hajri Al-Emadi",
    streets="Street_840 Street_231 Al_Sadd_Street Salwa_Road Al_Waab_Street",
    towns="Doha Al_Wakrah Lusail Al_Rayyan West_Bay,_Doha",
    addr="Building {n}, Street {n3}, Zone {f}, {t}|Villa {n}, {s}, {t}",
    phone="+974 33## ####|5### ####|+974 55## ####|6### ####",
    hon_m="Mr Eng. Dr",
    hon_f="Ms Dr",
    kin_m="Ammi Khali",
    kin_f="Khalti",
    tld="qa",
    co="Pearl_Cloud Dhow_Logistics Sidra_Pay",
    iban="QA",
    dob="dmy/ ymd-",
)

# ---------------------------------------------------------------- South Asia
_loc(
    "in_n",
    "South Asia",
    "India",
    "hi",
    "w",
    gm="राहुल:Rahul अमित:Amit विकास:Vikas सौरभ:Saurabh रोहित:Rohit अंकित:Ankit आदित्य:Aditya प्रशांत:Prashant अभिषेक:Abhishek",
    gf="प्रिया:Priya नेहा:Neha पूजा:Pooja अंजलि:Anjali स्नेहा:Sneha दिव्या:Divya रिया:Riya श्वेता:Shweta कविता:Kavita",
    fam="शर्मा:Sharma वर्मा:Verma गुप्ता:Gupta सिंह:Singh अग्रवाल:Agarwal मिश्रा:Mishra यादव:Yadav चौहान:Chauhan श्रीवास्तव:Srivastava जैन:Jain",
    nick="Bunty Pinky Chintu Guddu Sonu Monu Tinku",
    streets="MG_Road Sector_18 Connaught_Place Lajpat_Nagar_II Gomti_Nagar Civil_Lines Malviya_Nagar",
    towns="New_Delhi:1100## Noida:2013## Gurugram:1220## Lucknow:2260## Jaipur:3020##",
    addr="Flat {n3}, {s}, {t} - {pc}|House No. {n}, {s}, {t} {pc}|{f}/{n}, {s}, {t}-{pc}",
    phone="+91 98### #####|+91-7#########|98#######|09#### #####|+91 8#### #####",
    hon_m="Shri Mr Dr Er. +ji",
    hon_f="Smt. Ms Dr +ji",
    kin_m="+bhaiya +bhai Uncle",
    kin_f="+didi Aunty +di",
    tld="co.in",
    co="Chaiwala_Tech Ganga_Fintech Nimbu_Labs",
    dob="dmy/ dmy-",
    pp="@#######",
    dl="DL-##20##00#####",
)
_loc(
    "in_s",
    "South Asia",
    "India",
    "en",
    "in_s",
    gm="கார்த்திக்:Karthik ராஜேஷ்:Rajesh சுரேஷ்:Suresh அருண்:Arun விக்னேஷ்:Vignesh பாலாஜி:Balaji செந்தில்:Senthil",
    gf="லட்சுமி:Lakshmi கீர்த்தனா:Keerthana பிரியா:Priya மீனா:Meena தீபா:Deepa காவ்யா:Kavya சரண்யா:Saranya",
    fam="ராமன்:Raman கிருஷ்ணன்:Krishnan சுப்பிரமணியன்:Subramanian வெங்கடேசன்:Venkatesan நடராஜன்:Natarajan முருகன்:Murugan",
    streets="Anna_Salai 100_Feet_Road Residency_Road 4th_Cross,_Indiranagar Cathedral_Road Velachery_Main_Road",
    towns="Chennai:6000## Bengaluru:5600## Coimbatore:6410## Madurai:6250## Hyderabad:5000##",
    addr="No. {n}, {s}, {t} {pc}|#{n}, {s}, {t} - {pc}|Flat {g}{L}, {n} {s}, {t} {pc}",
    phone="+91 94### #####|+91 99### #####|044 2### ####|080 4### ####|97#######",
    hon_m="Mr Dr Thiru",
    hon_f="Ms Dr Tmt.",
    kin_m="+anna Uncle Mama",
    kin_f="+akka Aunty Paati",
    tld="in",
    co="Kaveri_Systems Marina_Analytics Filter_Kaapi_Labs",
    dob="dmy/ dmy-",
    pp="@#######",
)
_loc(
    "pk",
    "South Asia",
    "Pakistan",
    "en",
    "w",
    gm="محمد:Muhammad علی:Ali حسن:Hassan بلال:Bilal فیصل:Faisal عثمان:Usman ذیشان:Zeeshan حمزہ:Hamza",
    gf="عائشہ:Ayesha فاطمہ:Fatima سعدیہ:Sadia ثنا:Sana حنا:Hina مہوش:Mehwish ماہم:Maham",
    fam="خان:Khan بٹ:Butt چوہدری:Chaudhry ملک:Malik قریشی:Qureshi شیخ:Sheikh مرزا:Mirza رانا:Rana اعوان:Awan",
    streets="Main_Boulevard Shahrah-e-Faisal Jinnah_Avenue Mall_Road Khayaban-e-Ittehad Canal_Road",
    towns="Gulberg_III,_Lahore DHA_Phase_6,_Karachi F-7/3,_Islamabad Model_Town,_Lahore Saddar,_Rawalpindi",
    addr="House {n}, Street {g}, {t}|Flat {f}, {s}, {t}|House {n}-{L}, {s}, {t}",
    phone="0300 #######|0321-#######|+92 300 #######|+92 333 ### ####",
    hon_m="Mr Dr Engr. Ch.",
    hon_f="Mrs Ms Dr",
    kin_m="+bhai Chacha Mamu",
    kin_f="+baji Khala Phuppo",
    tld="com.pk",
    co="Indus_Pay Karakoram_Cloud Lahore_Looms",
    iban="PK",
    dob="dmy/ dmy-",
    pp="@@#######",
)
_loc(
    "bd",
    "South Asia",
    "Bangladesh",
    "en",
    "w",
    gm="তানভীর:Tanvir রাশেদ:Rashed মাহমুদ:Mahmud আরিফ:Arif ফাহিম:Fahim নাঈম:Naim সাইফুল:Saiful",
    gf="নুসরাত:Nusrat তাসনিম:Tasnim ফারহানা:Farhana সুমাইয়া:Sumaiya রুমানা:Rumana মিথিলা:Mithila শারমিন:Sharmin",
    fam="রহমান:Rahman হোসেন:Hossain ইসলাম:Islam আহমেদ:Ahmed চৌধুরী:Chowdhury সরকার:Sarker তালুকদার:Talukder",
    streets="Road_5 Road_27 Gulshan_Avenue Kemal_Ataturk_Avenue Satmasjid_Road Lake_Circus",
    towns="Dhanmondi,_Dhaka_1209 Gulshan_2,_Dhaka_1212 Uttara_Sector_7,_Dhaka_1230 Banani,_Dhaka_1213 Agrabad,_Chattogram_4100",
    addr="House {n}, {s}, {t}|Flat {g}{L}, House {n}, {s}, {t}",
    phone="017## ######|018########|+880 17## ######|+880 1911-######",
    hon_m="Mr Dr Engr.",
    hon_f="Mrs Ms Dr",
    kin_m="+bhai Mama Chacha",
    kin_f="+apa Khala",
    tld="com.bd",
    co="Padma_Pay Sundarban_Soft Rickshaw_Labs",
    dob="dmy/ dmy-",
)
_loc(
    "lk",
    "South Asia",
    "Sri Lanka",
    "en",
    "w",
    gm="Nuwan Kasun Chaminda Dinesh Ruwan Tharindu Lahiru Sanjeewa",
    gf="Nadeesha Dilani Sachini Chathurika Ishara Thilini Nirmala Hasini",
    fam="Perera Fernando Silva Jayasuriya Wickramasinghe Bandara Gunawardena Dissanayake Herath Ekanayake Rajapakse",
    streets="Galle_Road Duplication_Road Havelock_Road Kandy_Road Baseline_Road Ward_Place",
    towns="Colombo_03 Colombo_05 Dehiwala Nugegoda Kandy Negombo",
    addr="No. {n}, {s}, {t}|{n}/{g}, {s}, {t}",
    phone="077 ### ####|071 ### ####|+94 77 ### ####|011 2## ####",
    hon_m="Mr Dr",
    hon_f="Mrs Ms Dr",
    kin_m="Aiya Mama Seeya",
    kin_f="Akka Nanda Aachchi",
    tld="lk",
    co="Ceylon_Code Lotus_Pay Serendib_Data",
    dob="ymd- dmy/",
    pp="N#######",
)
_loc(
    "np",
    "South Asia",
    "Nepal",
    "en",
    "w",
    gm="सुमन:Suman बिकाश:Bikash राजेश:Rajesh सन्तोष:Santosh प्रकाश:Prakash अनिल:Anil निरज:Niraj",
    gf="सीता:Sita सरिता:Sarita प्रतिक्षा:Pratikshya अनिता:Anita सुस्मिता:Susmita रिना:Rina",
    fam="श्रेष्ठ:Shrestha थापा:Thapa गुरुङ:Gurung तामाङ:Tamang अधिकारी:Adhikari पौडेल:Poudel महर्जन:Maharjan राई:Rai",
    streets="Durbar_Marg Lazimpat_Road Jhamsikhel_Marg Pulchowk_Road New_Baneshwor_Marg",
    towns="Kathmandu-3 Lalitpur-10 Bhaktapur Pokhara-6 Biratnagar",
    addr="{s}, {t}|House {n}, {s}, {t}",
    phone="984#######|98########|+977 984#######|01-#######",
    hon_m="Mr Dr +ji",
    hon_f="Mrs Ms Dr +ji",
    kin_m="+dai Mama",
    kin_f="+didi Maiju",
    tld="com.np",
    co="Himal_Tech Yeti_Pay Momo_Labs",
    dob="ymd- dmy/",
)

# ---------------------------------------------------------------- South-East Asia
_loc(
    "id",
    "South-East Asia",
    "Indonesia",
    "id",
    "w",
    gm="Budi Agus Rizky Dimas Bambang Hendra Fajar Andi Eko Wahyu",
    gf="Siti Dewi Putri Rina Ayu Indah Sri Wulan Fitri Ratna",
    fam="Santoso Wijaya Saputra Pratama Hidayat Kusuma Setiawan Nugroho Siregar Simanjuntak Harahap Lubis",
    streets="Jl._Sudirman Jl._Gatot_Subroto Jl._Kemang_Raya Jl._Dago Jl._Pemuda Jl._Cikini_Raya",
    towns="Jakarta_Selatan:12### Bandung:40### Surabaya:60### Yogyakarta:55### Medan:20### Denpasar:80###",
    addr="{s} No. {n}, RT 0{g}/RW 0{g}, {t} {pc}|{s} No. {n}, {t} {pc}|Perum Griya Asri Blok {L} No. {n}, {t}",
    phone="0812-####-####|0813 #### ####|+62 812 #### ####|+62 857-####-####|(021) ####-####",
    hon_m="Bapak Pak Ir. Dr.",
    hon_f="Ibu Bu Dr.",
    kin_m="Om Mas Kak",
    kin_f="Tante Mbak Kak",
    mail="yahoo.co.id",
    tld="co.id",
    co="Nusantara_Bayar Garuda_Cloud Rendang_Labs",
    dob="dmy- long_id",
)
_loc(
    "my",
    "South-East Asia",
    "Malaysia",
    "ms",
    "ml",
    gm="Ahmad Muhammad_Hafiz Amirul Faiz Syafiq Hakim Azlan",
    gf="Nur_Aisyah Siti_Aminah Nurul_Huda Farah Aina Syazwani Nabila",
    fam="Ismail Abdullah Hassan Osman Razak Yusof Ibrahim Zainal",
    streets="Jalan_Ampang Jalan_Bukit_Bintang Jalan_SS_2/24 Jalan_Tun_Razak Persiaran_Surian Jalan_Gasing",
    towns="Kuala_Lumpur:50### Petaling_Jaya,_Selangor:47### Shah_Alam,_Selangor:40### Johor_Bahru,_Johor:80### George_Town,_Pulau_Pinang:10###",
    addr="No. {n}, {s}, {pc} {t}|{g}-{f}-{n}, {s}, {pc} {t}",
    phone="012-### ####|019-### ####|+60 12-### ####|+6011-#### ####|03-#### ####",
    hon_m="Encik En. Dr Tuan",
    hon_f="Puan Pn. Cik Dr",
    kin_m="Pakcik Abang",
    kin_f="Makcik Kak",
    tld="com.my",
    co="Kancil_Pay Rimba_Tech Petronas_Towers_Digital",
    dob="dmy/ dmy-",
)
_loc(
    "sg",
    "South-East Asia",
    "Singapore",
    "en",
    "sg",
    gm="Wei_Jie Jun_Hao Zhi_Wei Kai_Xiang Yong_Sheng Jia_Hao",
    gf="Hui_Min Xin_Yi Li_Ting Jia_Ying Shu_Hui Pei_Shan",
    fam="Tan Lim Lee Ng Ong Wong Goh Chua Koh Teo",
    eng="Jonathan Marcus Darren Ryan Benjamin Rachel Michelle Jasmine Charmaine Cheryl",
    nick="Ah_Meng Ah_Kow Ah_Mei Ah_Huat",
    streets="Ang_Mo_Kio_Ave_3 Tampines_St_21 Jurong_West_St_52 Serangoon_North_Ave_1 Toa_Payoh_Lor_1 Bedok_North_Rd",
    towns="Singapore",
    pc="######",
    addr="Blk {n} {s} #{f}-{n3}, {t} {pc}|{n} {s}, #{f}-{n2}, {t} {pc}",
    phone="9### ####|8### ####|+65 9### ####|+65 8### ####|6### ####",
    hon_m="Mr Dr",
    hon_f="Ms Mdm Dr",
    kin_m="Uncle",
    kin_f="Auntie",
    tld="com.sg",
    co="Merlion_Ledger Kopi_Cloud Changi_Freight",
    dob="dmy/ long_en",
)
_loc(
    "ph",
    "South-East Asia",
    "Philippines",
    "tl",
    "ph",
    gm="Jose Mark Paolo John_Carlo Rodel Jomar Kristoffer Ramon",
    gf="Maricel Kristine Joy Princess Rowena Mylene Angelica Jessa",
    fam="Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Dela_Rosa Villanueva Ramos Manalo Castillo",
    nick="Jun-Jun Bong Tintin Jojo Pinky Bebeng Dodong Ninoy",
    streets="Ayala_Avenue Katipunan_Avenue Shaw_Boulevard Rizal_Street Mabini_Street Aurora_Boulevard",
    towns="Makati_City:12## Quezon_City:11## Pasig_City:16## Cebu_City:6000 Davao_City:8000",
    addr="{n} {s}, {t} {pc}|Blk {g} Lot {f}, {s}, {t}|Unit {n3}, {s}, {t} {pc}",
    phone="0917 ### ####|0998 ### ####|+63 917 ### ####|+63 9## ### ####|(02) 8### ####",
    hon_m="Mr Engr. Atty. Dr Sir",
    hon_f="Ms Mrs Atty. Dr Ma'am",
    kin_m="Kuya Tito Lolo Manong",
    kin_f="Ate Tita Lola Manang",
    tld="com.ph",
    co="Jeepney_Pay Bayanihan_Soft Sampaguita_BPO",
    dob="mdy/ long_us",
    pp="P#######@",
)
_loc(
    "th",
    "South-East Asia",
    "Thailand",
    "th",
    "w",
    gm="สมชาย:Somchai ธนากร:Thanakorn กิตติพงษ์:Kittipong ณัฐวุฒิ:Nattawut ปิยะพงษ์:Piyapong วีระ:Weera อนุชา:Anucha",
    gf="สุภาพร:Supaporn ณัฐธิดา:Nattida กมลชนก:Kamonchanok วรรณา:Wanna ศิริพร:Siriporn ปิยะนุช:Piyanuch",
    fam="สุขประเสริฐ:Sukprasert วงศ์สวัสดิ์:Wongsawat ศรีสุข:Srisuk ชัยวัฒน์:Chaiwat ทองดี:Thongdee แก้วมณี:Kaewmanee รัตนพันธ์:Rattanaphan",
    nick="Nok Ploy Bank Beam Mint Golf Tong Aom Pond Fern",
    streets="Soi_Sukhumvit_23 Thanon_Phahonyothin Soi_Ari_4 Thanon_Rama_IX Soi_Thonglor_13 Thanon_Nimmanhaemin",
    towns="Khlong_Toei_Nuea,_Watthana,_Bangkok:10110 Samsen_Nai,_Phaya_Thai,_Bangkok:10400 Huai_Khwang,_Bangkok:10310 Suthep,_Mueang_Chiang_Mai:50200 Nong_Prue,_Bang_Lamung,_Chonburi:20150",
    addr="{n}/{g} {s}, {t} {pc}|{n}/{n2} {s}, {t} {pc}",
    phone="08#-###-####|09#-###-####|+66 8# ### ####|+66 9# ### ####|02-###-####",
    hon_m="Khun ^คุณ",
    hon_f="Khun ^คุณ",
    kin_m="^P' ^พี่",
    kin_f="^P' ^พี่",
    tld="co.th",
    co="Tuk_Tuk_Pay Siam_Stack Chao_Phraya_Logistics",
    dob="th dmy/",
)
_loc(
    "vn",
    "South-East Asia",
    "Vietnam",
    "vi",
    "vn",
    gm="An Dũng Hùng Tuấn Long Khoa Phúc Nam Huy",
    gf="Lan Hương Mai Trang Linh Thảo Ngân Vy Hà",
    fam="Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ",
    mid_m="Văn Đức Minh Quang Hữu Thành",
    mid_f="Thị Ngọc Thu Thanh Hồng Bảo",
    streets="Nguyễn_Huệ Lê_Lợi Điện_Biên_Phủ Cách_Mạng_Tháng_Tám Trần_Hưng_Đạo Hai_Bà_Trưng",
    towns="Phường_Bến_Nghé,_Quận_1,_TP._Hồ_Chí_Minh Phường_6,_Quận_3,_TP._HCM Phường_Tràng_Tiền,_Quận_Hoàn_Kiếm,_Hà_Nội Phường_Dịch_Vọng,_Cầu_Giấy,_Hà_Nội Phường_Hải_Châu_1,_Đà_Nẵng",
    addr="Số {n} {s}, {t}|{n}/{g} {s}, {t}|{n} {s}, {t}",
    phone="090# ### ###|098# ### ###|+84 90# ### ###|+84 (0)28 #### ####|091#######",
    hon_m="Ông anh",
    hon_f="Bà chị",
    kin_m="anh chú bác",
    kin_f="chị cô dì",
    tld="com.vn",
    co="Sông_Hồng_Soft Phở_Pay Mekong_Data",
    dob="dmy/ long_vi",
)
_loc(
    "mm",
    "South-East Asia",
    "Myanmar",
    "en",
    "mm",
    gm="Aung Kyaw Moe Zaw Htet Min Thura Naing Soe Win Thant Myo",
    gf="Su Myat Thandar Hnin Ei Phyu Nandar Khin Yadanar Thiri May Zin",
    fam="Aung Kyaw Win Oo Htun Tun Lwin Hlaing",
    streets="Pyay_Road Kabar_Aye_Pagoda_Road Inya_Road U_Wisara_Road Bogyoke_Aung_San_Road",
    towns="Kamayut_Township,_Yangon Bahan_Township,_Yangon Sanchaung_Township,_Yangon Chanayethazan,_Mandalay",
    addr="No. {n}, {s}, {t}|Room {f}, Bldg {n}, {s}, {t}",
    phone="09 ### ### ###|09-7########|+95 9 ### ### ###|+95 9###-######",
    hon_m="U Ko Maung",
    hon_f="Daw Ma",
    kin_m="Ko U",
    kin_f="Ma Daw",
    tld="com.mm",
    co="Irrawaddy_Soft Shwe_Pay Golden_Land_Logistics",
    dob="dmy/ dmy-",
)
_loc(
    "kh",
    "South-East Asia",
    "Cambodia",
    "en",
    "fam_first",
    gm="Dara Sokha Vuthy Rithy Piseth Sophal Vannak",
    gf="Sreymom Chanthou Sophea Sreyleak Bopha Kunthea Malis",
    fam="Sok Chan Kim Heng Meas Chea Keo Ly Seng Vong",
    streets="St._63 St._240 St._178 Preah_Norodom_Blvd Preah_Sihanouk_Blvd St._51",
    towns="Sangkat_Boeung_Keng_Kang_1,_Khan_Chamkarmon,_Phnom_Penh Sangkat_Tonle_Bassac,_Phnom_Penh Sangkat_Toul_Tom_Poung_2,_Phnom_Penh Siem_Reap",
    addr="#{n}, {s}, {t}|#{n}{L}, {s}, {t}",
    phone="012 ### ###|097 ### ####|+855 12 ### ###|+855 97 ### ####",
    hon_m="Lok Mr",
    hon_f="Lok_Srey Ms",
    kin_m="Bong Pou",
    kin_f="Bong Ming",
    tld="com.kh",
    co="Angkor_Pay Mekong_Riel_Tech Tonle_Data",
    dob="dmy/ dmy-",
)

# ---------------------------------------------------------------- East Asia
_loc(
    "cn",
    "East Asia",
    "China",
    "zh",
    "cn",
    gm="伟:Wei 强:Qiang 磊:Lei 军:Jun 浩然:Haoran 子轩:Zixuan 建国:Jianguo 志明:Zhiming 宇航:Yuhang",
    gf="静:Jing 丽:Li 芳:Fang 敏:Min 婷婷:Tingting 欣怡:Xinyi 雨涵:Yuhan 晓燕:Xiaoyan 佳慧:Jiahui",
    fam="王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao 周:Zhou 吴:Wu 徐:Xu 欧阳:Ouyang",
    eng="Kevin Jason Eric Leo Tony Cindy Vivian Grace Lily Amy",
    streets="张江路 世纪大道 中关村大街 南京西路 天府大道 科技园南路 文三路",
    towns="上海市浦东新区 北京市海淀区 上海市静安区 成都市高新区 深圳市南山区 杭州市西湖区",
    addr="{t}{s}{n}号{g}栋{f}0{g}室|{t}{s}{n}号|{t}{s}{n}弄{g}号{f}0{g}室",
    phone="138 #### ####|139########|+86 138 #### ####|+86 186-####-####|010-########|021-6###-####",
    hon_m="=先生 =总 =工 =经理 =老师",
    hon_f="=女士 =总 =经理 =老师",
    kin_m="",
    kin_f="",
    mail="qq.com 163.com 126.com sina.com foxmail.com",
    tld="com.cn",
    co="Bamboo_Cloud Dragon_Gate_Logistics Jade_Pay",
    dob="cn ymd- ymd/",
    pp="E########",
)
_loc(
    "tw",
    "East Asia",
    "Taiwan",
    "zh_tw",
    "cn",
    gm="志明:Chih-Ming 家豪:Chia-Hao 冠宇:Kuan-Yu 俊傑:Chun-Chieh 宗翰:Tsung-Han 建宏:Chien-Hung",
    gf="怡君:Yi-Chun 雅婷:Ya-Ting 淑芬:Shu-Fen 佳穎:Chia-Ying 欣妤:Hsin-Yu 詩涵:Shih-Han",
    fam="陳:Chen 林:Lin 黃:Huang 張:Chang 李:Lee 王:Wang 吳:Wu 蔡:Tsai 許:Hsu 鄭:Cheng",
    eng="Kevin Allen Jerry Vincent Peggy Irene Vivian Tina",
    streets="復興南路一段 忠孝東路四段 信義路五段 中山北路二段 民生東路三段",
    towns="台北市大安區:106 台北市信義區:110 台北市中山區:104 新北市板橋區:220 台中市西屯區:407",
    addr="{pc}{t}{s}{n}號{f}樓|{t}{s}{n}巷{g}號{f}樓",
    phone="0912-###-###|0928 ### ###|+886 912 ### ###|+886 9## ### ###|(02) 2###-####",
    hon_m="=先生 =經理 =大哥",
    hon_f="=小姐 =經理 =姐",
    mail="yahoo.com.tw gmail.com hotmail.com",
    tld="com.tw",
    co="Formosa_Chips Taroko_Cloud Bubble_Tea_Pay",
    dob="ymd/ roc",
)
_loc(
    "hk",
    "East Asia",
    "Hong Kong",
    "en",
    "sg",
    gm="Ka_Ming Chi_Keung Wai_Lun Siu_Fai Tsz_Hin Chun_Kit",
    gf="Wing_Sze Mei_Ling Ka_Yan Hoi_Ying Sze_Wan Yuen_Ting",
    fam="Chan Wong Leung Cheung Lau Lee Ho Ng Cheng Yip",
    eng="Kelvin Ivan Alvin Raymond Winnie Joyce Candy Shirley",
    nick="Ah_Keung Ah_Ming Ah_Fai",
    streets="Nathan_Road Hennessy_Road King's_Road Des_Voeux_Road_Central Tai_Po_Road",
    towns="Mong_Kok,_Kowloon Wan_Chai,_Hong_Kong North_Point,_Hong_Kong Sham_Shui_Po,_Kowloon Sha_Tin,_New_Territories",
    addr="Flat {L}, {f}/F, {n} {s}, {t}|Rm {n2}, {f}/F, Block {L}, {n} {s}, {t}",
    phone="9### ####|6### ####|+852 9### ####|+852 5### ####",
    hon_m="Mr Dr",
    hon_f="Ms Mrs Dr",
    kin_m="Uncle",
    kin_f="Auntie",
    tld="com.hk",
    co="Victoria_Harbour_Tech Dim_Sum_Pay Star_Ferry_Logistics",
    dob="dmy/ long_en",
)
_loc(
    "jp",
    "East Asia",
    "Japan",
    "ja",
    "jp",
    gm="翔太:Shota 大輔:Daisuke 健太:Kenta 拓也:Takuya 直樹:Naoki 亮:Ryo 誠:Makoto 浩二:Koji",
    gf="陽子:Yoko 美咲:Misaki 愛:Ai 由美:Yumi 恵:Megumi 彩:Aya 真由美:Mayumi 香織:Kaori",
    fam="佐藤:Sato 鈴木:Suzuki 高橋:Takahashi 田中:Tanaka 伊藤:Ito 渡辺:Watanabe 山本:Yamamoto 中村:Nakamura 小林:Kobayashi 加藤:Kato",
    streets="渋谷 三軒茶屋 梅田 日吉 天神 栄 本郷",
    towns="東京都渋谷区 東京都世田谷区 大阪府大阪市北区 神奈川県横浜市港北区 福岡県福岡市中央区 愛知県名古屋市中区 東京都文京区",
    pc="###-####",
    addr_pre="〒",
    addr="{pc} {t}{s}{g}-{n}-{f}|{t}{s}{g}丁目{n}-{f}|{pc} {t}{s}{g}-{n}-{f} メゾン{s}{n3}",
    phone="090-####-####|080-####-####|+81 90-####-####|+81 3-####-####|03-####-####",
    hon_m="=さん =様 =先生 =部長 =-san",
    hon_f="=さん =様 =先生 =課長 =-san",
    mail="docomo.ne.jp yahoo.co.jp ezweb.ne.jp",
    tld="co.jp",
    co="Sakura_Systems Fuji_Logistics Tsubame_Pay",
    dob="jp jpw ymd/",
    pp="@@#######",
)
_loc(
    "kr",
    "East Asia",
    "South Korea",
    "ko",
    "kr",
    gm="민준:Min-jun 서준:Seo-jun 지훈:Ji-hoon 현우:Hyun-woo 도윤:Do-yoon 성민:Sung-min 준호:Jun-ho",
    gf="서연:Seo-yeon 지은:Ji-eun 민지:Min-ji 수빈:Su-bin 하은:Ha-eun 예린:Ye-rin 지현:Ji-hyun",
    fam="김:Kim 이:Lee 박:Park 최:Choi 정:Jung 강:Kang 조:Cho 윤:Yoon 장:Jang 임:Lim 한:Han",
    streets="테헤란로 월드컵북로 판교역로 해운대로 송도과학로 양재대로",
    towns="서울특별시_강남구 서울특별시_마포구 경기도_성남시_분당구 부산광역시_해운대구 인천광역시_연수구",
    pc="#####",
    addr="{t} {s} {n}, {f}0{g}호|({pc}) {t} {s} {n}|{t} {s} {n} {g}층",
    phone="010-####-####|010 #### ####|+82 10-####-####|+82 2-###-####|02-###-####",
    hon_m="+님 =님 =씨 =대리님 =과장님 =팀장님",
    hon_f="+님 =님 =씨 =대리님 =과장님 =팀장님",
    kin_m="=형 =오빠",
    kin_f="=언니 =누나",
    mail="naver.com daum.net kakao.com hanmail.net",
    tld="co.kr",
    co="Hangang_Soft Kimchi_Pay Seoraksan_Data",
    dob="kr ymd- ymd.",
    pp="M########",
)
_loc(
    "mn",
    "East Asia",
    "Mongolia",
    "en",
    "mn",
    gm="Батболд:Batbold Ганбаатар:Ganbaatar Тэмүүлэн:Temuulen Эрдэнэбат:Erdenebat Мөнх-Эрдэнэ:Munkh-Erdene Бат-Эрдэнэ:Bat-Erdene",
    gf="Сарангэрэл:Sarangerel Оюунчимэг:Oyunchimeg Номин:Nomin Ану:Anu Энхжин:Enkhjin Солонго:Solongo",
    fam="Ганболд:Ganbold Батсүх:Batsukh Дорж:Dorj Баяр:Bayar Цэрэн:Tseren Мягмар:Myagmar",
    streets="Peace_Avenue Seoul_Street Olympic_Street Ikh_Toiruu Baga_Toiruu",
    towns="Sükhbaatar_District,_Ulaanbaatar Khan-Uul_District,_Ulaanbaatar Bayanzürkh_District,_Ulaanbaatar Darkhan Erdenet",
    addr="Bldg {n}, Apt {f}, {g} khoroo, {t}|{s} {n}, apt {n2}, {t}",
    phone="99## ####|88## ####|+976 99## ####|+976 95## ####",
    hon_m="Mr Dr",
    hon_f="Ms Dr",
    kin_m="Akh",
    kin_f="Egch",
    tld="mn",
    co="Steppe_Soft Gobi_Pay Khan_Logistics",
    dob="ymd. ymd-",
)

# ---------------------------------------------------------------- Central Asia and the Caucasus
_loc(
    "kz",
    "Central Asia",
    "Kazakhstan",
    "ru",
    "ru",
    gm="Ерлан:Yerlan Айдос:Aidos Нурлан:Nurlan Даурен:Dauren Асхат:Askhat Тимур:Timur Арман:Arman",
    gf="Айгерим:Aigerim Динара:Dinara Асель:Asel Жанар:Zhanar Гульнара:Gulnara Мадина:Madina Алия:Aliya",
    fam="Нурланов:Nurlanov Ахметов:Akhmetov Сериков:Serikov Жумабаев:Zhumabayev Искаков:Iskakov Касымов:Kassymov Сатпаев:Satpayev",
    pm="Ерланович:Yerlanovich Серикович:Serikovich Нурланович:Nurlanovich Маратович:Maratovich",
    pf="Ерлановна:Yerlanovna Сериковна:Serikovna Нурлановна:Nurlanovna Маратовна:Maratovna",
    streets="пр._Абая ул._Толе_би пр._Достык ул._Кабанбай_батыра пр._Мангилик_Ел ул._Розыбакиева",
    towns="Алматы Астана Шымкент Караганда",
    pc="0#0000",
    addr="г. {t}, {s}, д. {n}, кв. {f}|{pc}, г. {t}, {s} {n}, кв. {f}",
    phone="+7 701 ### ## ##|8 (701) ### ## ##|8 777 ### ####|+7 747 ###-##-##",
    hon_m="г-н",
    hon_f="г-жа",
    kin_m="Ага Дядя",
    kin_f="Апа Тётя",
    mail="mail.ru mail.kz yandex.kz",
    tld="kz",
    co="Steppe_Fintech Baiterek_Cloud Altyn_Logistics",
    iban="KZ",
    dob="dmy. long_ru",
    pp="N########",
)
_loc(
    "uz",
    "Central Asia",
    "Uzbekistan",
    "ru",
    "ru",
    gm="Jasur Sardor Bekzod Otabek Aziz Dilshod Sherzod",
    gf="Dilnoza Nilufar Malika Gulnora Shahnoza Zarina Madina",
    fam="Karimov Rakhimov Yusupov Abdullayev Usmonov Ergashev Sobirov Nazarov Mirzayev",
    pm="Rustam_o'g'li Anvar_o'g'li Akmalovich Rustamovich",
    pf="Rustam_qizi Anvar_qizi Akmalovna Rustamovna",
    streets="Amir_Temur_ko'chasi Mustaqillik_ko'chasi Navoiy_ko'chasi Shota_Rustaveli_ko'chasi Bobur_ko'chasi",
    towns="Yunusobod_tumani,_Toshkent Mirobod_tumani,_Toshkent Chilonzor_tumani,_Toshkent Samarqand Buxoro",
    addr="{t}, {s}, {n}-uy, {f}-xonadon|{s} {n}, kv. {f}, {t}",
    phone="+998 90 ### ## ##|+998 93 ### ## ##|(90) ###-##-##|+998 97 ### ## ##",
    hon_m="+aka Mr",
    hon_f="+opa Ms",
    kin_m="+aka Amaki",
    kin_f="+opa Xola",
    mail="mail.ru",
    tld="uz",
    co="Silk_Road_Soft Registan_Pay Samarkand_Cargo",
    dob="dmy. dmy/",
)
_loc(
    "ge",
    "Central Asia",
    "Georgia",
    "en",
    "w",
    gm="გიორგი:Giorgi ლევან:Levan დავით:Davit ნიკა:Nika ირაკლი:Irakli ლაშა:Lasha",
    gf="ნინო:Nino მარიამ:Mariam თამარ:Tamar ანა:Ana სალომე:Salome ეკა:Eka",
    fam="ბერიძე:Beridze კაპანაძე:Kapanadze გელაშვილი:Gelashvili მაისურაძე:Maisuradze ლომიძე:Lomidze ხარაიშვილი:Kharaishvili ნოზაძე:Nozadze",
    streets="Chavchavadze_Avenue Pekini_Avenue Kostava_Street Vazha-Pshavela_Avenue Paliashvili_Street",
    towns="Vake,_Tbilisi Saburtalo,_Tbilisi Vera,_Tbilisi Batumi Kutaisi",
    pc="0###",
    addr="{n} {s}, apt {f}, {t} {pc}|{s} {n}, {t}",
    phone="599 ## ## ##|555 ## ## ##|+995 599 ## ## ##|+995 577 ######",
    hon_m="Batono Mr",
    hon_f="Kalbatono Ms",
    kin_m="Bidza Babua",
    kin_f="Deida Bebia",
    tld="ge",
    co="Kartli_Code Supra_Pay Caucasus_Cargo",
    iban="GE",
    dob="dmy. dmy/",
)
_loc(
    "am",
    "Central Asia",
    "Armenia",
    "en",
    "w",
    gm="Արամ:Aram Տիգրան:Tigran Դավիթ:Davit Հայկ:Hayk Արմեն:Armen Նարեկ:Narek",
    gf="Անի:Ani Մարիամ:Mariam Լուսինե:Lusine Նարինե:Narine Սոնա:Sona Գայանե:Gayane",
    fam="Հովհաննիսյան:Hovhannisyan Սարգսյան:Sargsyan Գրիգորյան:Grigoryan Պետրոսյան:Petrosyan Ավետիսյան:Avetisyan Խաչատրյան:Khachatryan",
    streets="Tumanyan_St. Abovyan_St. Mashtots_Ave. Baghramyan_Ave. Komitas_Ave. Teryan_St.",
    towns="Kentron,_Yerevan Arabkir,_Yerevan Davtashen,_Yerevan Gyumri Vanadzor",
    pc="00##",
    addr="{n} {s}, apt. {f}, {t} {pc}|{s} {n}/{g}, {t}",
    phone="+374 91 ## ## ##|(091) ## ## ##|+374 77 ######|+374 10 ## ## ##",
    hon_m="Paron Mr",
    hon_f="Tikin Ms",
    kin_m="Horeghbayr Qeri",
    kin_f="Morakuyr Tota",
    tld="am",
    co="Ararat_Soft Dram_Pay Sevan_Cloud",
    dob="dmy. dmy/",
)
_loc(
    "az",
    "Central Asia",
    "Azerbaijan",
    "en",
    "az",
    gm="Elvin Rashad Orkhan Tural Farid Kamran Emin",
    gf="Aysel Leyla Gunel Narmin Sevinj Aytan Nigar",
    fam="Mammadov Huseynov Hasanov Guliyev Ismayilov Abbasov Rzayev Babayev",
    pm="Rashad_oglu Elchin_oglu Vugar_oglu",
    pf="Rashad_qizi Elchin_qizi Vugar_qizi",
    streets="Nizami_küçəsi Nəsimi_küçəsi Atatürk_prospekti Neftçilər_prospekti Füzuli_küçəsi",
    towns="Yasamal,_Bakı Nasimi,_Bakı Khatai,_Baku Ganja Sumgait",
    pc="AZ####",
    addr="{t}, {s} {n}, m. {f}, {pc}|{s} {n}, apt {f}, {t} {pc}",
    phone="+994 50 ### ## ##|(050) ### ## ##|055 ### ## ##|+994 70 ### ## ##",
    hon_m="+bəy Mr",
    hon_f="+xanım Ms",
    kin_m="+dayı +əmi",
    kin_f="+xala +bibi",
    tld="az",
    co="Caspian_Code Flame_Pay Absheron_Logistics",
    iban="AZ",
    dob="dmy. dmy/",
)

# ---------------------------------------------------------------- Europe
_loc(
    "gb",
    "Europe",
    "United Kingdom",
    "en",
    "w",
    gm="Oliver James Harry George Thomas Callum Rhys Jamie Liam Connor",
    gf="Olivia Amelia Emily Sophie Chloe Charlotte Hannah Megan Siobhan Niamh",
    fam="Smith Jones Taylor Brown Williams Wilson Patel Khan O'Brien Hughes Edwards Thompson McLeod Sinclair-Hughes",
    nick="Jim Charlie Ellie Rob Becky Tom Gaz",
    streets="Coldharbour_Lane Victoria_Road Church_Street Mill_Lane Queen's_Road Station_Road Albert_Street",
    towns="London:SE5_#@@ London:N16_#@@ Manchester:M14_#@@ Leeds:LS6_#@@ Bristol:BS3_#@@ Glasgow:G12_#@@ Cardiff:CF24_#@@",
    addr="{n} {s}, {t} {pc}|Flat {f}, {n} {s}, {t} {pc}|{n} {s}\n{t}\n{pc}",
    phone="07### ######|07#########|+44 7### ######|+44 (0)20 #### ####|020 #### ####|0161 ### ####",
    hon_m="Mr Dr",
    hon_f="Mrs Ms Miss Dr",
    kin_m="Uncle Grandad",
    kin_f="Auntie Nan Gran",
    mail="btinternet.com sky.com hotmail.co.uk",
    tld="co.uk",
    co="Thistle_Payroll Brambleworks Kestrel_Freight",
    iban="GB",
    dob="dmy/ long_en",
    pp="#########",
    dl="gb",
)
_loc(
    "ie",
    "Europe",
    "Ireland",
    "en",
    "w",
    gm="Seán Cian Oisín Darragh Pádraig Conor Eoin Ciarán",
    gf="Aoife Saoirse Niamh Siobhán Caoimhe Róisín Orla Clodagh",
    fam="Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor McCarthy Ó_Súilleabháin Nic_Giolla_Phádraig",
    streets="Leeson_Street_Upper Drumcondra_Road_Upper Rathmines_Road_Lower Grand_Parade Shop_Street",
    towns="Dublin_4:D04_@#@# Dublin_6:D06_@#@# Cork:T12_@#@# Galway:H91_@#@# Limerick:V94_@#@#",
    addr="{n} {s}, {t}, {pc}|Apt {f}, {n} {s}, {t} {pc}",
    phone="08# ### ####|087 ### ####|+353 8# ### ####|+353 (0)1 ### ####|(01) ### ####",
    hon_m="Mr Dr",
    hon_f="Ms Mrs Dr",
    kin_m="Uncle Grandad",
    kin_f="Auntie Nana",
    mail="eircom.net",
    tld="ie",
    co="Shamrock_Ledger Liffey_Labs Atlantic_Edge_Data",
    iban="IE",
    dob="dmy/ long_en",
    pp="P@#######",
)
_loc(
    "fr",
    "Europe",
    "France",
    "fr",
    "w",
    gm="Thomas Nicolas Julien Maxime Antoine Mathieu Kévin Jean-Baptiste Loïc Yannick",
    gf="Camille Léa Manon Chloé Julie Sophie Marie-Claire Élodie Aurélie Inès",
    fam="Martin Bernard Dubois Robert Richard Petit Durand Leroy Moreau Lefèvre Fontaine Da_Silva Le_Gall Girard de_Villiers",
    streets="rue_de_la_Roquette avenue_Jean-Jaurès boulevard_Voltaire rue_des_Lilas allée_des_Tilleuls rue_Victor-Hugo impasse_des_Peupliers",
    towns="Paris:750## Lyon:6900# Marseille:130## Toulouse:310## Nantes:44000 Lille:59000 Rennes:35000",
    addr="{n} {s}, {pc} {t}|{n} {s}\n{pc} {t}|{n} bis, {s}, {pc} {t}|Bât. B, apt {f}, {n} {s}, {pc} {t}",
    phone="06 ## ## ## ##|07 ## ## ## ##|+33 6 ## ## ## ##|+33 (0)1 ## ## ## ##|01 ## ## ## ##",
    hon_m="M. Dr Me",
    hon_f="Mme Mlle Dr Me",
    kin_m="Tonton Papi Pépé",
    kin_f="Tata Tatie Mamie",
    mail="orange.fr free.fr laposte.net sfr.fr wanadoo.fr",
    tld="fr",
    co="Mistral_Paie Brioche_Logiciels Lavande_Logistique",
    iban="FR",
    dob="dmy/ long_fr",
    pp="##@@#####",
    dl="############",
)
_loc(
    "be",
    "Europe",
    "Belgium",
    "nl",
    "nl",
    gm="Lucas Arthur Wout Pieter Jonas Maxime Thibault Bram",
    gf="Emma Louise Lotte Sarah Elise Marie Amélie Fien",
    fam="Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De_Smet Van_den_Broeck Dubois Lambert",
    streets="Rue_de_la_Loi Avenue_Louise Meir Kouter Veldstraat Chaussée_de_Wavre Bondgenotenlaan",
    towns="Brussel:1000 Bruxelles:1050 Antwerpen:2000 Gent:9000 Leuven:3000 Liège:4000 Namur:5000",
    addr="{s} {n}, {pc} {t}|{s} {n} bus {g}, {pc} {t}",
    phone="04## ## ## ##|0470 ## ## ##|+32 4## ## ## ##|+32 2 ### ## ##|02 ### ## ##",
    hon_m="dhr. M. Dr.",
    hon_f="mevr. Mme Dr.",
    kin_m="Nonkel Bompa Tonton",
    kin_f="Tante Bomma Tantine",
    mail="telenet.be skynet.be proximus.be",
    tld="be",
    co="Frietkot_Digital Schelde_Logistics Praline_Pay",
    iban="BE",
    dob="dmy/ dmy.",
)
_loc(
    "nl",
    "Europe",
    "Netherlands",
    "nl",
    "nl",
    gm="Daan Sem Bram Joost Thijs Ruben Jeroen Maarten",
    gf="Sanne Fleur Lotte Anouk Eline Femke Iris Marloes",
    fam="de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder van_der_Linden Bos",
    streets="Prinsengracht Kalverstraat Oudegracht Coolsingel Laan_van_Meerdervoort Hoofdstraat Dorpsstraat",
    towns="Amsterdam:10##_@@ Utrecht:35##_@@ Rotterdam:30##_@@ Den_Haag:25##_@@ Eindhoven:56##_@@ Groningen:97##_@@",
    addr="{s} {n}, {pc} {t}|{s} {n}-{g}, {pc} {t}|{s} {n}\n{pc} {t}",
    phone="06-########|06 ## ## ## ##|+31 6 ########|+31 (0)6 ## ## ## ##|020-### ####",
    hon_m="dhr. Dr. ir. mr.",
    hon_f="mevr. Dr. ir. mr.",
    kin_m="Oom Opa",
    kin_f="Tante Oma",
    mail="ziggo.nl kpnmail.nl xs4all.nl",
    tld="nl",
    co="Tulpen_Data Molenwerk Grachten_Pay",
    iban="NL",
    dob="dmy- long_nl",
)
_loc(
    "de",
    "Europe",
    "Germany",
    "de",
    "w",
    gm="Lukas Jonas Maximilian Tobias Florian Sebastian Jan Stefan Jürgen Björn",
    gf="Anna Lena Julia Katharina Sabine Franziska Jana Miriam Annika Lea",
    fam="Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch Zimmermann Yılmaz von_Bülow Schulze-Hagen Groß",
    streets="Hauptstraße Bahnhofstraße Schillerstraße Goethestraße Lindenallee Kastanienweg Friedrichstraße Am_Mühlbach",
    towns="Berlin:10### München:80### Hamburg:20### Köln:50### Frankfurt_am_Main:60### Leipzig:04### Stuttgart:70###",
    addr="{s} {n}, {pc} {t}|{s} {n}a, {pc} {t}|{s} {n}\n{pc} {t}",
    phone="0151 ########|0176 ########|+49 151 ########|+49 (0)30 #######|030 ########|089 ########",
    hon_m="Herr Dr. Prof.",
    hon_f="Frau Dr. Prof.",
    kin_m="Onkel Opa",
    kin_f="Tante Oma",
    mail="web.de gmx.de t-online.de posteo.de",
    tld="de",
    co="Brezel_Cloud Elbe_Logistik Kranich_Zahlungen",
    iban="DE",
    dob="dmy. long_de",
    pp="C#@##@#@#",
    dl="@###@@@#@##",
)
_loc(
    "at",
    "Europe",
    "Austria",
    "de",
    "w",
    gm="Lukas Florian Tobias Matthias Stefan Markus Andreas Christoph",
    gf="Katharina Lisa Julia Theresa Magdalena Verena Sarah Johanna",
    fam="Gruber Huber Bauer Wagner Pichler Moser Steiner Hofer Leitner Berger Fuchs Eder Mayrhofer",
    streets="Mariahilfer_Straße Landstraßer_Hauptstraße Herrengasse Linzer_Gasse Getreidegasse Annenstraße",
    towns="Wien:1##0 Graz:80#0 Linz:40#0 Salzburg:50#0 Innsbruck:60#0",
    addr="{s} {n}/{g}, {pc} {t}|{s} {n}/{g}/{f}, {pc} {t}",
    phone="0664 #######|0676 #######|+43 664 #######|+43 1 ### ## ##|01 ### ## ##",
    hon_m="Herr Mag. DI Dr.",
    hon_f="Frau Mag. Dr.",
    kin_m="Onkel Opa",
    kin_f="Tante Oma",
    mail="gmx.at aon.at chello.at",
    tld="at",
    co="Alpen_Soft Donau_Logistik Sachertorte_Pay",
    iban="AT",
    dob="dmy. long_de",
)
_loc(
    "ch",
    "Europe",
    "Switzerland",
    "de",
    "w",
    gm="Luca Noah Reto Urs Beat Lukas Matthias Nicolas",
    gf="Laura Nina Seraina Anna Céline Mirjam Corinne Fabienne",
    fam="Müller Meier Schmid Keller Weber Huber Brunner Baumann Gerber Zürcher Favre Bianchi Rochat",
    streets="Seestrasse Langstrasse Rue_du_Rhône Kramgasse Freie_Strasse Badenerstrasse",
    towns="Zürich:80## Bern:30## Basel:40## Genève:12## Luzern:60## Lausanne:10##",
    addr="{s} {n}, {pc} {t}|{s} {n}\n{pc} {t}",
    phone="079 ### ## ##|078 ### ## ##|+41 79 ### ## ##|+41 44 ### ## ##|044 ### ## ##",
    hon_m="Herr Dr. M.",
    hon_f="Frau Dr. Mme",
    kin_m="Onkel Götti Grossvater",
    kin_f="Tante Gotte Grosi",
    mail="bluewin.ch gmx.ch",
    tld="ch",
    co="Matterhorn_Ledger Rösti_Labs Gotthard_Freight",
    iban="CH",
    dob="dmy. long_de",
)
_loc(
    "it",
    "Europe",
    "Italy",
    "it",
    "w",
    gm="Marco Luca Alessandro Giuseppe Davide Matteo Francesco Lorenzo Giovanni",
    gf="Giulia Francesca Chiara Sara Martina Valentina Federica Elisa Alessia",
    fam="Rossi Russo Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Lo_Russo D'Angelo",
    streets="Via_Roma Via_Garibaldi Corso_Vittorio_Emanuele_II Via_dei_Mille Viale_Monza Via_Nazionale",
    towns="Milano:201## Roma:001## Torino:101## Napoli:801## Bologna:401## Firenze:501##",
    addr="{s} {n}, {pc} {t}|{s}, {n}/{L}, {pc} {t}|{s} {n}\n{pc} {t}",
    phone="347 ### ####|333 #######|+39 347 ### ####|+39 06 #### ####|02 #### ####",
    hon_m="Sig. Dott. Ing. Avv.",
    hon_f="Sig.ra Dott.ssa Ing. Avv.",
    kin_m="Zio Nonno",
    kin_f="Zia Nonna",
    mail="libero.it virgilio.it tiscali.it alice.it",
    tld="it",
    co="Gelato_Cloud Vespa_Logistica Pesto_Pay",
    iban="IT",
    dob="dmy/ long_it",
    pp="@@#######",
)
_loc(
    "es",
    "Europe",
    "Spain",
    "es",
    "hisp",
    gm="Javier Alejandro Sergio Pablo Daniel Álvaro Jorge Iñaki Jordi",
    gf="Lucía María Laura Marta Paula Elena Carmen Nuria Ainhoa Montserrat",
    fam="García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Navarro Etxeberria Puig",
    nick="Javi Álex Dani Paco Pepe Lola Nacho Charo Merche",
    streets="Calle_Mayor Calle_de_Alcalá Gran_Vía Avenida_Diagonal Calle_Sierpes Paseo_de_la_Castellana Carrer_de_Balmes",
    towns="Madrid:280## Barcelona:080## Sevilla:410## Valencia:460## Bilbao:480## Zaragoza:500##",
    addr="{s}, {n}, {g}º {L}, {pc} {t}|{s} {n}, {pc} {t}|{s} {n}, {g}º, {pc} {t}",
    phone="6## ## ## ##|6## ### ###|+34 6## ### ###|+34 91 ### ## ##|93 ### ## ##",
    hon_m="Sr. D. Dr.",
    hon_f="Sra. Dña. Dra.",
    kin_m="Tío Abuelo",
    kin_f="Tía Abuela",
    mail="telefonica.net yahoo.es hotmail.es",
    tld="es",
    co="Paella_Pagos Tapas_Tech Sierra_Nevada_Logística",
    iban="ES",
    dob="dmy/ long_es",
    pp="@@@######",
)
_loc(
    "pt",
    "Europe",
    "Portugal",
    "pt",
    "pt",
    gm="João Tiago Rui Miguel Pedro Duarte Nuno Gonçalo",
    gf="Inês Beatriz Mariana Catarina Joana Rita Sofia Leonor",
    fam="Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Carvalho Pinto Magalhães",
    streets="Rua_Augusta Avenida_da_Liberdade Rua_de_Santa_Catarina Avenida_da_Boavista Rua_do_Ouro Rua_Garrett",
    towns="Lisboa:1###-### Porto:4###-### Braga:47##-### Coimbra:30##-### Faro:80##-###",
    addr="{s}, {n}, {g}.º Esq., {pc} {t}|{s} {n}, {pc} {t}|{s}, n.º {n}, {pc} {t}",
    phone="91# ### ###|93# ### ###|+351 91# ### ###|+351 21# ### ###|21# ### ###",
    hon_m="Sr. Dr. Eng.",
    hon_f="Sra. Dra. D.",
    kin_m="Tio Avô",
    kin_f="Tia Avó",
    mail="sapo.pt",
    tld="pt",
    co="Pastel_Pagamentos Tejo_Logística Azulejo_Labs",
    iban="PT",
    dob="dmy/ long_pt",
)
_loc(
    "pl",
    "Europe",
    "Poland",
    "pl",
    "w",
    gm="Piotr Krzysztof Tomasz Paweł Michał Marcin Łukasz Grzegorz Jakub",
    gf="Anna Katarzyna Magdalena Agnieszka Małgorzata Joanna Aleksandra Zofia Monika",
    fam="Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski",
    nick="Kasia Gosia Tomek Kuba Asia Ola Piotrek Magda",
    streets="ul._Marszałkowska ul._Piotrkowska ul._Floriańska al._Jerozolimskie ul._Długa ul._Świętokrzyska",
    towns="Warszawa:0#-### Kraków:3#-### Łódź:9#-### Wrocław:5#-### Gdańsk:80-### Poznań:6#-###",
    addr="{s} {n}/{g}, {pc} {t}|{s} {n} m. {g}, {pc} {t}|{s} {n}/{g}\n{pc} {t}",
    phone="501 ### ###|6## ### ###|+48 6## ### ###|+48 501-###-###|22 ### ## ##",
    hon_m="Pan Dr inż. mgr",
    hon_f="Pani Dr inż. mgr",
    kin_m="Wujek Dziadek",
    kin_f="Ciocia Babcia",
    mail="wp.pl onet.pl o2.pl interia.pl",
    tld="pl",
    co="Pierogi_Płatności Wisła_Logistyka Bursztyn_Soft",
    iban="PL",
    dob="dmy. long_pl",
)
_loc(
    "cz",
    "Europe",
    "Czechia",
    "cs",
    "w",
    gm="Jan Petr Tomáš Jakub Martin Lukáš Ondřej Jiří",
    gf="Tereza Lucie Kateřina Eva Veronika Markéta Barbora Jana",
    fam="Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný",
    fam_f="Nováková Svobodová Novotná Dvořáková Černá Procházková Kučerová Veselá Horáková Němcová Pokorná",
    streets="Vinohradská Korunní Husova Masarykova Národní Palackého Lidická",
    towns="Praha_2:120_00 Praha_3:130_00 Brno:602_00 Ostrava:702_00 Plzeň:301_00 Olomouc:779_00",
    addr="{s} {n4}/{n}, {pc} {t}|{s} {n}, {pc} {t}",
    phone="6## ### ###|7## ### ###|+420 6## ### ###|+420 7## ### ###|+420 2## ### ###",
    hon_m="pan Ing. Mgr. MUDr.",
    hon_f="paní Ing. Mgr. MUDr.",
    kin_m="strejda děda",
    kin_f="teta babička",
    mail="seznam.cz email.cz centrum.cz",
    tld="cz",
    co="Knedlík_Pay Vltava_Logistika Bohemia_Soft",
    iban="CZ",
    dob="dmy. long_cs",
)
_loc(
    "hu",
    "Europe",
    "Hungary",
    "hu",
    "hu",
    gm="Péter László Gábor Zoltán Balázs Attila Dániel Tamás",
    gf="Anna Katalin Eszter Zsófia Judit Réka Ágnes Krisztina",
    fam="Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp",
    nick="Laci Gabi Zoli Peti Kati Zsófi",
    streets="Andrássy_út Váci_utca Rákóczi_út Bartók_Béla_út Üllői_út Király_utca",
    towns="Budapest:1### Debrecen:40## Szeged:67## Pécs:76## Győr:90##",
    addr="{pc} {t}, {s} {n}.|{pc} {t}, {s} {n}. {g}. em. {f}.",
    phone="+36 30 ### ####|06 20 ### ####|+36 70 ### ####|06-1-###-####",
    hon_m="dr. +úr",
    hon_f="dr. +asszony",
    kin_m="+bácsi",
    kin_f="+néni",
    mail="freemail.hu citromail.hu",
    tld="hu",
    co="Gulyás_Pay Duna_Logisztika Tokaj_Soft",
    iban="HU",
    dob="hu long_hu",
)
_loc(
    "ro",
    "Europe",
    "Romania",
    "ro",
    "w",
    gm="Andrei Alexandru Mihai Ionuț Bogdan Cristian Vlad Răzvan",
    gf="Ioana Elena Andreea Alexandra Maria Cristina Mihaela Raluca",
    fam="Popescu Ionescu Popa Pop Radu Dumitrescu Stan Stoica Gheorghe Munteanu Constantinescu Dinu",
    streets="Bulevardul_Unirii Strada_Lipscani Calea_Victoriei Strada_Memorandumului Bulevardul_Magheru Strada_Mihai_Eminescu",
    towns="București,_Sector_2:02#### Cluj-Napoca:400### Iași:700### Timișoara:300### Brașov:500###",
    addr="{s} nr. {n}, bl. {g}, ap. {f}, {t} {pc}|{s} nr. {n}, {t} {pc}",
    phone="07## ### ###|072# ### ###|+40 7## ### ###|+40 21 ### ####|021 ### ####",
    hon_m="dl. Dr. Ing.",
    hon_f="dna Dr. Ing.",
    kin_m="Nea Unchiul Bunicul",
    kin_f="Tanti Mătușa Buni",
    mail="yahoo.ro",
    tld="ro",
    co="Carpați_Soft Dunărea_Pay Mărțișor_Logistics",
    iban="RO",
    dob="dmy. dmy/",
)
_loc(
    "bg",
    "Europe",
    "Bulgaria",
    "en",
    "bg",
    gm="Георги:Georgi Иван:Ivan Димитър:Dimitar Николай:Nikolay Христо:Hristo Стефан:Stefan",
    gf="Мария:Maria Елена:Elena Десислава:Desislava Гергана:Gergana Цветелина:Tsvetelina Йорданка:Yordanka",
    fam="Иванов:Ivanov Георгиев:Georgiev Димитров:Dimitrov Петров:Petrov Николов:Nikolov Стоянов:Stoyanov Тодоров:Todorov",
    streets="бул._Витоша ул._Граф_Игнатиев бул._Цариградско_шосе ул._Шипка ул._Оборище",
    towns="София:1### Пловдив:4000 Варна:9000 Бургас:8000",
    addr="{pc} {t}, {s} {n}, ет. {g}, ап. {f}|гр. {t}, {s} № {n}",
    phone="088 ### ####|089# ### ###|+359 88 ### ####|+359 2 ### ####|02 ### ####",
    hon_m="г-н Dr",
    hon_f="г-жа Dr",
    kin_m="чичо бай",
    kin_f="леля баба",
    mail="abv.bg mail.bg",
    tld="bg",
    co="Rila_Soft Rose_Valley_Pay Balkan_Freight",
    iban="BG",
    dob="dmy. ymd-",
)
_loc(
    "gr",
    "Europe",
    "Greece",
    "el",
    "gr",
    gm="Γιώργος:Giorgos Δημήτρης:Dimitris Νίκος:Nikos Κωνσταντίνος:Konstantinos Παναγιώτης:Panagiotis Αλέξανδρος:Alexandros",
    gf="Μαρία:Maria Ελένη:Eleni Κατερίνα:Katerina Σοφία:Sofia Δέσποινα:Despoina Αναστασία:Anastasia",
    fam="Παπαδόπουλος:Papadopoulos Γεωργίου:Georgiou Νικολάου:Nikolaou Οικονόμου:Oikonomou Παπαδάκης:Papadakis Βασιλείου:Vasileiou Καραγιάννης:Karagiannis",
    streets="Ermou Patision Vasilissis_Sofias Tsimiski Egnatia Akadimias",
    towns="Athina:10#_## Thessaloniki:54#_## Patra:26#_## Irakleio:71#_##",
    addr="{s} {n}, {pc} {t}|{s} {n}, {g}os orofos, {pc} {t}",
    phone="69# ### ####|694#######|+30 69# ### ####|+30 21# ### ####|210 ### ####",
    hon_m="κ. Dr",
    hon_f="κα Dr",
    kin_m="Theie Pappou",
    kin_f="Theia Giagia",
    tld="gr",
    co="Olive_Grove_Soft Aegean_Pay Parthenon_Logistics",
    iban="GR",
    dob="dmy/ dmy-",
)
_loc(
    "se",
    "Europe",
    "Sweden",
    "sv",
    "w",
    gm="Erik Lars Anders Johan Oskar Gustav Mikael Henrik",
    gf="Anna Maria Karin Sara Emma Ingrid Linnea Elin",
    fam="Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Lindqvist Bergström Åberg Sjöberg",
    streets="Drottninggatan Storgatan Kungsgatan Vasagatan Sveavägen Götgatan",
    towns="Stockholm:1##_## Göteborg:41#_## Malmö:21#_## Uppsala:75#_## Linköping:58#_##",
    addr="{s} {n}, {pc} {t}|{s} {n}, lgh 1{g}0{g}, {pc} {t}|{s} {n}\n{pc} {t}",
    phone="07#-### ## ##|070-###-####|+46 7# ### ## ##|+46 8 ### ### ##|08-### ### ##",
    hon_m="Dr",
    hon_f="Dr",
    kin_m="Farbror Morfar",
    kin_f="Moster Mormor",
    mail="telia.com bredband.net",
    tld="se",
    co="Fika_Pay Lagom_Logistik Norrsken_Data",
    iban="SE",
    dob="ymd- long_sv",
)
_loc(
    "no",
    "Europe",
    "Norway",
    "no",
    "w",
    gm="Ole Lars Magnus Henrik Sindre Eirik Håkon Jonas",
    gf="Ingrid Kari Silje Ida Marte Hanne Ragnhild Solveig",
    fam="Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Berg Haugen Bakke Solberg Dahl Sæther",
    streets="Bogstadveien Thereses_gate Storgata Markveien Thorvald_Meyers_gate Kirkeveien",
    towns="Oslo:0### Bergen:50## Trondheim:70## Stavanger:40## Tromsø:90##",
    addr="{s} {n}, {pc} {t}|{s} {n}{L}, {pc} {t}",
    phone="4## ## ###|9## ## ###|+47 9## ## ###|+47 4## ## ###|+47 22 ## ## ##",
    hon_m="Dr",
    hon_f="Dr",
    kin_m="Onkel Bestefar",
    kin_f="Tante Bestemor",
    mail="online.no",
    tld="no",
    co="Fjord_Ledger Nordlys_Soft Brunost_Pay",
    iban="NO",
    dob="dmy.",
)
_loc(
    "dk",
    "Europe",
    "Denmark",
    "da",
    "w",
    gm="Mads Rasmus Frederik Søren Mikkel Jesper Kasper",
    gf="Mette Sofie Camilla Louise Signe Ida Freja",
    fam="Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Møller Kjær",
    streets="Nørrebrogade Vesterbrogade Østerbrogade Jægersborggade Søndergade Istedgade",
    towns="København_N:2200 København_Ø:2100 Aarhus_C:8000 Odense_C:5000 Aalborg:9000 Frederiksberg:2000",
    addr="{s} {n}, {g}. tv, {pc} {t}|{s} {n}, {pc} {t}|{s} {n}, st. th., {pc} {t}",
    phone="## ## ## ##|2# ## ## ##|+45 2# ## ## ##|+45 ## ## ## ##",
    hon_m="Dr",
    hon_f="Dr",
    kin_m="Onkel Morfar",
    kin_f="Moster Mormor",
    tld="dk",
    co="Hygge_Pay Kobber_Logistik Smørrebrød_Soft",
    iban="DK",
    dob="dmy- dmy.",
)
_loc(
    "fi",
    "Europe",
    "Finland",
    "fi",
    "w",
    gm="Mikko Juha Antti Ville Janne Matti Jussi Teemu",
    gf="Laura Anna Johanna Maria Henna Noora Satu Tiina",
    fam="Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen",
    streets="Mannerheimintie Hämeenkatu Aleksanterinkatu Fredrikinkatu Runeberginkatu Kauppakatu",
    towns="Helsinki:00### Tampere:33### Turku:20### Oulu:90### Espoo:02###",
    addr="{s} {n} {L} {f}, {pc} {t}|{s} {n}, {pc} {t}",
    phone="04# ### ####|050 ### ####|+358 4# ### ####|+358 50 ### ####|09 ### ####",
    hon_m="Dr",
    hon_f="Dr",
    kin_m="Setä Ukki",
    kin_f="Täti Mummo",
    tld="fi",
    co="Sauna_Soft Revontuli_Pay Saimaa_Logistics",
    iban="FI",
    dob="dmy.",
)
_loc(
    "is",
    "Europe",
    "Iceland",
    "en",
    "ic",
    gm="Jón Sigurður Guðmundur Gunnar Einar Ólafur Kristján",
    gf="Guðrún Sigríður Kristín Anna Helga Margrét Katrín",
    fam="Jóns Sigurðar Guðmundar Gunnars Einars Ólafs Kristjáns Magnúsar",
    streets="Laugavegur Skólavörðustígur Hverfisgata Bankastræti Hringbraut",
    towns="Reykjavík:1## Kópavogur:20# Hafnarfjörður:22# Akureyri:60#",
    addr="{s} {n}, {pc} {t}",
    phone="6## ####|8## ####|+354 6## ####|+354 5## ####",
    hon_m="Dr",
    hon_f="Dr",
    kin_m="Afi Frændi",
    kin_f="Amma Frænka",
    tld="is",
    co="Geysir_Pay Lava_Logistics Puffin_Soft",
    iban="IS",
    dob="dmy.",
)
_loc(
    "ua",
    "Europe",
    "Ukraine",
    "uk",
    "ru",
    gm="Олександр:Oleksandr Андрій:Andrii Дмитро:Dmytro Сергій:Serhii Тарас:Taras Богдан:Bohdan Максим:Maksym",
    gf="Олена:Olena Наталія:Nataliia Ірина:Iryna Оксана:Oksana Юлія:Yuliia Анастасія:Anastasiia Марія:Mariia",
    fam="Шевченко:Shevchenko Коваленко:Kovalenko Бондаренко:Bondarenko Ткаченко:Tkachenko Мельник:Melnyk Бойко:Boiko Ковальчук:Kovalchuk Олійник:Oliinyk Левицький:Levytskyi",
    pm="Олександрович:Oleksandrovych Іванович:Ivanovych Петрович:Petrovych Миколайович:Mykolaiovych",
    pf="Олександрівна:Oleksandrivna Іванівна:Ivanivna Петрівна:Petrivna Миколаївна:Mykolaivna",
    nick="Сашко:Sashko Андрійко:Andriiko Оля:Olia Настя:Nastia Юля:Yulia",
    streets="вул._Саксаганського просп._Перемоги вул._Велика_Васильківська вул._Городоцька вул._Антоновича",
    towns="Київ:0#### Львів:79### Харків:61### Одеса:65### Дніпро:49###",
    addr="{s}, буд. {n}, кв. {f}, м. {t}, {pc}|м. {t}, {s}, {n}, кв. {f}",
    phone="+380 67 ### ## ##|067 ### ## ##|+380 50 ###-##-##|(044) ###-##-##",
    hon_m="пан Dr",
    hon_f="пані Dr",
    kin_m="дядько",
    kin_f="тітка",
    mail="ukr.net i.ua meta.ua",
    tld="com.ua",
    co="Karpaty_Soft Dnipro_Pay Borshch_Labs",
    iban="UA",
    dob="dmy. long_uk",
)
_loc(
    "ru",
    "Europe",
    "Russia",
    "ru",
    "ru",
    gm="Александр:Aleksandr Дмитрий:Dmitry Сергей:Sergey Андрей:Andrey Алексей:Alexey Михаил:Mikhail Иван:Ivan Николай:Nikolay",
    gf="Анна:Anna Екатерина:Ekaterina Ольга:Olga Мария:Maria Татьяна:Tatiana Наталья:Natalia Юлия:Yulia Светлана:Svetlana",
    fam="Иванов:Ivanov Смирнов:Smirnov Кузнецов:Kuznetsov Попов:Popov Соколов:Sokolov Лебедев:Lebedev Новиков:Novikov Морозов:Morozov Волков:Volkov Белоусов:Belousov Заборовский:Zaborovsky",
    pm="Александрович:Aleksandrovich Сергеевич:Sergeevich Иванович:Ivanovich Дмитриевич:Dmitrievich Николаевич:Nikolaevich Владимирович:Vladimirovich",
    pf="Александровна:Aleksandrovna Сергеевна:Sergeevna Ивановна:Ivanovna Дмитриевна:Dmitrievna Николаевна:Nikolaevna Владимировна:Vladimirovna",
    nick="Саша:Sasha Дима:Dima Серёжа:Seryozha Лёша:Lyosha Катя:Katya Оля:Olya Маша:Masha Таня:Tanya",
    streets="ул._Тверская Ленинский_проспект ул._Большая_Садовая Невский_проспект ул._Профсоюзная ул._Гагарина",
    towns="Москва:1##### Санкт-Петербург:19#### Новосибирск:630### Екатеринбург:620### Казань:420###",
    addr="{pc}, г. {t}, {s}, д. {n}, кв. {f}|г. {t}, {s}, д. {n}, корп. {g}, кв. {f}",
    phone="+7 9## ###-##-##|8 (9##) ###-##-##|+7 (495) ###-##-##|89#########",
    hon_m="г-н",
    hon_f="г-жа",
    kin_m="дядя",
    kin_f="тётя",
    mail="mail.ru yandex.ru rambler.ru bk.ru",
    tld="ru",
    co="Matryoshka_Soft Volga_Logistika Taiga_Pay",
    dob="dmy. long_ru",
    pp="## ## ######",
)
_loc(
    "rs",
    "Europe",
    "Serbia",
    "hr",
    "w",
    gm="Никола:Nikola Марко:Marko Милош:Miloš Стефан:Stefan Душан:Dušan Немања:Nemanja",
    gf="Јелена:Jelena Милица:Milica Ана:Ana Јована:Jovana Марија:Marija Теодора:Teodora",
    fam="Јовановић:Jovanović Петровић:Petrović Николић:Nikolić Марковић:Marković Ђорђевић:Đorđević Стојановић:Stojanović Илић:Ilić",
    streets="Knez_Mihailova Nemanjina Cara_Dušana Bulevar_oslobođenja Kralja_Petra",
    towns="Beograd:11000 Novi_Sad:21000 Niš:18000 Kragujevac:34000",
    addr="{s} {n}, stan {f}, {pc} {t}|{s} {n}/{f}, {pc} {t}",
    phone="06# ### ####|064 #######|+381 6# ### ####|+381 11 ### ####|011 ### ####",
    hon_m="g. Dr",
    hon_f="gđa Dr",
    kin_m="Čika Deda",
    kin_f="Tetka Baka",
    tld="rs",
    co="Kalemegdan_Soft Ajvar_Pay Sava_Logistika",
    iban="RS",
    dob="dmy.. dmy.",
)
_loc(
    "hr",
    "Europe",
    "Croatia",
    "hr",
    "w",
    gm="Luka Ivan Marko Josip Ante Tomislav Matej Filip",
    gf="Ana Marija Petra Ivana Lucija Katarina Maja Mia",
    fam="Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Perić Tomić",
    streets="Ilica Vukovarska Savska_cesta Zvonimirova Marmontova Frankopanska",
    towns="Zagreb:10000 Split:21000 Rijeka:51000 Osijek:31000 Zadar:23000",
    addr="{s} {n}, {pc} {t}|{s} {n}/{g}, {pc} {t}",
    phone="09# ### ####|091 ### ####|+385 9# ### ####|+385 1 #### ###|01 #### ###",
    hon_m="g. Dr",
    hon_f="gđa Dr",
    kin_m="Stric Barba Djed",
    kin_f="Teta Baka",
    mail="net.hr t-com.hr",
    tld="hr",
    co="Dalmacija_Soft Kuna_Pay Jadran_Logistika",
    iban="HR",
    dob="dmy.. dmy.",
)
_loc(
    "lt",
    "Europe",
    "Lithuania",
    "en",
    "lt",
    gm="Mantas Tomas Lukas Paulius Darius Vytautas Jonas",
    gf="Eglė Rūta Ieva Greta Justina Agnė Gabija",
    fam="Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas",
    streets="Gedimino_pr. Pilies_g. Konstitucijos_pr. Laisvės_al. Savanorių_pr.",
    towns="Vilnius:LT-0#### Kaunas:LT-4#### Klaipėda:LT-9####",
    addr="{s} {n}-{f}, {pc} {t}|{s} {n}, {pc} {t}",
    phone="8 6## #####|+370 6## #####|+370 5 ### ####|86#######",
    hon_m="p. Dr",
    hon_f="p. Dr",
    kin_m="Dėdė Senelis",
    kin_f="Teta Močiutė",
    tld="lt",
    co="Gintaras_Pay Neris_Soft Baltic_Amber_Logistics",
    iban="LT",
    dob="ymd- dmy.",
)

# ---------------------------------------------------------------- The Americas
_loc(
    "us",
    "Americas",
    "United States",
    "en",
    "w",
    gm="Michael David Christopher Brandon Tyler Kevin Jose Malik DeShawn Cody Ethan",
    gf="Jennifer Jessica Ashley Brittany Megan Latoya Maria Kayla Shanice Heather",
    fam="Johnson Williams Miller Davis Garcia Rodriguez Anderson Thompson Nguyen Washington Kowalski O'Connell McAllister Jackson",
    nick="Mike Dave Chris Jen Jess Bobby Katie Tony",
    streets="Maple_Street Oak_Avenue Elm_Street Martin_Luther_King_Jr_Blvd Sunset_Blvd Pine_Ridge_Road Lakeview_Drive Cedar_Lane",
    towns="Austin,_TX:787## Columbus,_OH:432## Portland,_OR:972## Atlanta,_GA:303## Denver,_CO:802## Brooklyn,_NY:112## Oakland,_CA:946## Chicago,_IL:606##",
    addr="{n4} {s}, {t} {pc}|{n4} {s} Apt {g}{L}, {t} {pc}|{n4} {s}\n{t} {pc}|{n4} {s}, Unit {n3}, {t} {pc}",
    phone="(512) N##-####|(614) N##-####|+1 503-N##-####|404.N##.####|(720) N##-####|+1 (718) N##-####|510-N##-####|312N######",
    hon_m="Mr. Dr.",
    hon_f="Ms. Mrs. Dr.",
    kin_m="Uncle Grandpa",
    kin_f="Aunt Grandma",
    mail="gmail.com yahoo.com aol.com comcast.net icloud.com",
    tld="com",
    co="Bluebonnet_Health Prairie_Ledger Redwood_Freight Cobalt_Insurance",
    dob="mdy/ long_us ymd-",
    pp="#########",
    dl="us",
)
_loc(
    "ca",
    "Americas",
    "Canada",
    "en",
    "w",
    gm="Liam Ethan Noah Owen Connor Dylan Arjun Mathieu",
    gf="Emma Olivia Chloe Avery Maya Harpreet Megan Kaitlyn",
    fam="Smith Brown Martin Roy Wilson MacDonald Singh Campbell Anderson Chan Leblanc Gill",
    streets="Yonge_Street Queen_Street_West Granville_Street Jasper_Avenue Bank_Street Robson_Street",
    towns="Toronto,_ON:M5V_#@# Vancouver,_BC:V6B_#@# Calgary,_AB:T2P_#@# Ottawa,_ON:K1P_#@# Halifax,_NS:B3H_#@#",
    addr="{n} {s}, {t} {pc}|{g}-{n} {s}, {t} {pc}|Unit {f}, {n} {s}, {t} {pc}",
    phone="(416) N##-####|(604) N##-####|+1 403-N##-####|613-N##-####|+1 (902) N##-####",
    hon_m="Mr. Dr.",
    hon_f="Ms. Mrs. Dr.",
    kin_m="Uncle Grandpa",
    kin_f="Auntie Grandma",
    mail="rogers.com shaw.ca sympatico.ca",
    tld="ca",
    co="Maple_Leaf_Ledger Loonie_Pay Tundra_Logistics",
    dob="ymd- dmy/ long_us",
)
_loc(
    "ca_qc",
    "Americas",
    "Canada (Québec)",
    "fr",
    "w",
    gm="Jean-François Mathieu Simon Olivier Samuel Félix Étienne Gabriel",
    gf="Marie-Ève Catherine Audrey Geneviève Émilie Isabelle Sophie Annie",
    fam="Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Pelletier Bélanger",
    streets="rue_Saint-Denis rue_Sainte-Catherine boulevard_René-Lévesque avenue_du_Mont-Royal rue_Sherbrooke chemin_Sainte-Foy",
    towns="Montréal_(Québec):H2X_#@# Québec_(Québec):G1R_#@# Laval_(Québec):H7N_#@# Gatineau_(Québec):J8Y_#@# Sherbrooke_(Québec):J1H_#@#",
    addr="{n}, {s}, app. {g}, {t} {pc}|{n} {s}, {t} {pc}",
    phone="(514) N##-####|514 N##-####|+1 418-N##-####|(819) N##-####|450-N##-####",
    hon_m="M. Dr",
    hon_f="Mme Dre",
    kin_m="Mononcle Pépère",
    kin_f="Matante Mémère",
    mail="videotron.ca",
    tld="ca",
    co="Poutine_Paie Érable_Logistique Saint-Laurent_Soft",
    dob="ymd- dmy/",
)
_loc(
    "mx",
    "Americas",
    "Mexico",
    "es",
    "hisp",
    gm="José_Luis Juan_Carlos Alejandro Luis Miguel_Ángel Jorge Fernando Ricardo Rodrigo",
    gf="Guadalupe María_José Ana_Sofía Fernanda Daniela Mariana Alejandra Ximena",
    fam="Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz Flores Gómez Morales Vázquez Reyes Castañeda",
    nick="Beto Pepe Lupita Chuy Paco Memo Lalo Chela Toño",
    streets="Av._Insurgentes_Sur Calle_Durango Av._Paseo_de_la_Reforma Calle_Morelos Av._Juárez Calle_Hidalgo Av._Revolución",
    towns="Col._Roma_Norte,_Cuauhtémoc,_CDMX:06700 Col._Condesa,_Cuauhtémoc,_CDMX:06140 Col._Del_Valle,_Benito_Juárez,_CDMX:03100 Col._Americana,_Guadalajara,_Jal.:44160 Col._Del_Valle,_San_Pedro_Garza_García,_N.L.:66220",
    addr="{s} {n}, Int. {g}, {t}, C.P. {pc}|{s} #{n}, {t}, C.P. {pc}|{s} {n4}, depto {n3}, {t} {pc}",
    phone="55 #### ####|+52 55 #### ####|+52 1 33 #### ####|81 #### ####|(55) ####-####",
    hon_m="Sr. Lic. Ing. Dr. Don",
    hon_f="Sra. Lic. Ing. Dra. Doña",
    kin_m="Tío Abuelo Compadre",
    kin_f="Tía Abuela Comadre",
    mail="prodigy.net.mx hotmail.com",
    tld="com.mx",
    co="Nopal_Pagos Jaguar_Logística Cenote_Soft",
    dob="dmy/ long_es",
    pp="@########",
)
_loc(
    "co",
    "Americas",
    "Colombia",
    "es",
    "hisp",
    gm="Andrés Santiago Juan_David Camilo Sebastián Julián Felipe Mauricio",
    gf="Valentina Daniela Laura Natalia Paula_Andrea Carolina Juliana Catalina",
    fam="Rodríguez Gómez González Martínez García López Díaz Restrepo Ospina Cárdenas Quintero Valencia Zapata Montoya",
    nick="Pipe Juancho Caro Nati Mafe Checho",
    streets="Calle_93 Carrera_7 Carrera_15 Calle_26 Avenida_Calle_100 Transversal_6 Diagonal_40A",
    towns="Chapinero,_Bogotá Usaquén,_Bogotá El_Poblado,_Medellín Laureles,_Medellín Granada,_Cali Barranquilla",
    addr="{s} # {n}-{n2}, Apto {g}0{f}, {t}|{s} # {n}-{n2}, {t}",
    phone="310 ### ####|+57 31# ### ####|+57 300 #######|(601) ### ####|601 #######",
    hon_m="Sr. Dr. Ing.",
    hon_f="Sra. Dra. Ing.",
    kin_m="Tío Abuelo",
    kin_f="Tía Abuela",
    tld="com.co",
    co="Arepa_Pagos Café_Cloud Magdalena_Logística",
    dob="dmy/ long_es",
)
_loc(
    "pe",
    "Americas",
    "Peru",
    "es",
    "hisp",
    gm="Luis Carlos Jorge Diego Renzo Piero Gustavo",
    gf="Rosa María_Fernanda Milagros Fiorella Lucía Katherine Giuliana",
    fam="Quispe Mamani Flores García Huamán Rojas Sánchez Chávez Vargas Ramos Torres Mendoza Condori Paredes",
    streets="Av._Javier_Prado_Este Av._Arequipa Jr._de_la_Unión Av._Larco Calle_Los_Pinos Av._Benavides",
    towns="Miraflores,_Lima San_Isidro,_Lima Surco,_Lima Cusco Arequipa Trujillo",
    addr="{s} {n4}, Dpto. {n3}, {t}|{s} {n}, {t}",
    phone="9## ### ###|+51 9## ### ###|+51 1 ### ####|(01) ###-####",
    hon_m="Sr. Dr. Ing.",
    hon_f="Sra. Dra. Ing.",
    kin_m="Tío Abuelo",
    kin_f="Tía Abuela",
    tld="com.pe",
    co="Inca_Pagos Ceviche_Soft Andes_Cargo",
    dob="dmy/",
)
_loc(
    "cl",
    "Americas",
    "Chile",
    "es",
    "hisp",
    gm="Matías Benjamín Vicente Cristóbal Felipe Joaquín Tomás Ignacio",
    gf="Catalina Constanza Francisca Javiera Fernanda Camila Valentina Antonia",
    fam="González Muñoz Rojas Díaz Pérez Soto Contreras Silva Sepúlveda Morales Fuentes Valenzuela Araya",
    streets="Av._Providencia Av._Apoquindo Calle_Merced Av._Libertador_Bernardo_O'Higgins Av._Irarrázaval Los_Leones",
    towns="Providencia,_Santiago Las_Condes,_Santiago Ñuñoa,_Santiago Viña_del_Mar Concepción Valparaíso",
    addr="{s} {n4}, depto. {n3}, {t}|{s} {n4}, {t}",
    phone="+56 9 #### ####|9 #### ####|+56 2 2### ####|(2) 2### ####",
    hon_m="Sr. Dr. Don",
    hon_f="Sra. Dra. Doña",
    kin_m="Tío Tata",
    kin_f="Tía Lela",
    tld="cl",
    co="Copihue_Pagos Atacama_Data Pacífico_Logística",
    dob="dmy- dmy/",
)
_loc(
    "ar",
    "Americas",
    "Argentina",
    "es",
    "w",
    gm="Martín Facundo Nicolás Santiago Lucas Gonzalo Matías Federico",
    gf="Sofía Agustina Florencia Camila Micaela Julieta Lucía Carolina",
    fam="González Rodríguez Gómez Fernández López Díaz Martínez Pérez Romero Sosa Álvarez Benítez Rossi Kowalczuk Medina",
    nick="Facu Flor Nico Agus Juli Santi Mica Fede",
    streets="Av._Corrientes Av._Santa_Fe Av._Cabildo Av._Rivadavia Thames Gurruchaga Av._Callao",
    towns="Palermo,_CABA:C1414@@@ Belgrano,_CABA:C1428@@@ Caballito,_CABA:C1405@@@ Córdoba:X5000@@@ Rosario,_Santa_Fe:S2000@@@ Mendoza:M5500@@@",
    addr="{s} {n4}, piso {g}, depto {L}, {t} {pc}|{s} {n4} {g}º {L}, {t}",
    phone="+54 9 11 ####-####|11 ####-####|(011) 15-####-####|+54 351 ###-####",
    hon_m="Sr. Dr. Lic. Ing.",
    hon_f="Sra. Dra. Lic.",
    kin_m="Tío Abuelo",
    kin_f="Tía Abuela",
    mail="fibertel.com.ar",
    tld="com.ar",
    co="Mate_Pagos Pampa_Cloud Tango_Logística",
    dob="dmy/",
)
_loc(
    "br",
    "Americas",
    "Brazil",
    "pt",
    "pt",
    gm="João_Pedro Lucas Gabriel Rafael Thiago Matheus Bruno Felipe Gustavo",
    gf="Ana_Clara Maria_Eduarda Juliana Fernanda Camila Larissa Beatriz Letícia Amanda",
    fam="Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida Nascimento Araújo",
    nick="Juju Dudu Rafa Gabi Bia Zé Tati Malu",
    streets="Rua_Augusta Avenida_Paulista Rua_Oscar_Freire Rua_das_Laranjeiras Avenida_Atlântica Rua_Bela_Cintra Rua_Sete_de_Setembro",
    towns="São_Paulo_-_SP:0####-### Rio_de_Janeiro_-_RJ:2####-### Belo_Horizonte_-_MG:3####-### Curitiba_-_PR:8####-### Porto_Alegre_-_RS:9####-### Recife_-_PE:5####-###",
    addr="{s}, {n}, apto {n3}, {t}, CEP {pc}|{s}, {n4} - {t}, {pc}|{s}, {n} - casa {g}, {t}, {pc}",
    phone="(11) 9####-####|(21) 9####-####|+55 11 9####-####|+55 (31) 9####-####|11 9####-####",
    hon_m="Sr. Dr. Eng.",
    hon_f="Sra. Dra. Dona",
    kin_m="Tio Vô Padrinho",
    kin_f="Tia Vó Dinda",
    mail="uol.com.br bol.com.br terra.com.br globo.com",
    tld="com.br",
    co="Caju_Pagamentos Ipê_Logística Sabiá_Tech",
    iban="BR",
    dob="dmy/ long_pt",
    pp="@@######",
)
_loc(
    "jm",
    "Americas",
    "Jamaica",
    "en",
    "w",
    gm="Andre Kemar Damion Shane O'Neil Romaine Dwayne",
    gf="Shanique Tashana Kerry-Ann Simone Keisha Nadine Trudy-Ann",
    fam="Brown Campbell Williams Thompson Clarke Reid Morgan Grant McKenzie Bailey Powell Henry",
    streets="Hope_Road Constant_Spring_Road Barbican_Road Red_Hills_Road Waterloo_Road Lady_Musgrave_Road",
    towns="Kingston_6 Kingston_10 Kingston_8 Montego_Bay,_St._James Spanish_Town,_St._Catherine Mandeville,_Manchester",
    addr="{n} {s}, {t}|Lot {n}, {s}, {t}|Apt {g}, {n} {s}, {t}",
    phone="(876) N##-####|876-N##-####|+1 876-N##-####|+1 (876) N##-####",
    hon_m="Mr. Dr.",
    hon_f="Mrs. Ms. Miss Dr.",
    kin_m="Uncle Grandpa",
    kin_f="Auntie Granny Miss",
    tld="com.jm",
    co="Blue_Mountain_Pay Reggae_Cloud Ackee_Logistics",
    dob="dmy/ long_en",
)
_loc(
    "cr",
    "Americas",
    "Costa Rica",
    "es",
    "hisp",
    gm="Esteban Andrés José_Pablo Mauricio Diego Fabián",
    gf="Mariela Adriana María_José Priscilla Fabiola Natalia",
    fam="Rodríguez Jiménez Mora Vargas Rojas Solano Chaves Alvarado Ramírez Quesada Araya Brenes",
    streets="la_Iglesia_de_San_Pedro la_pulpería_La_Favorita la_plaza_de_deportes el_antiguo_Higuerón la_escuela",
    towns="San_Pedro,_Montes_de_Oca Escazú,_San_José Heredia_centro Curridabat Santa_Ana",
    addr="{t}, de {s} {g}00 metros norte, casa {n}|{t}, de {s} {g}00 m al este y 50 m sur, casa {n}",
    phone="8###-####|8### ####|+506 8### ####|+506 2### ####|2###-####",
    hon_m="Sr. Don Dr.",
    hon_f="Sra. Doña Dra.",
    kin_m="Tío Abuelo",
    kin_f="Tía Abuela",
    tld="co.cr",
    co="Pura_Vida_Pagos Quetzal_Cloud Volcán_Logística",
    iban="CR",
    dob="dmy/",
)

# ---------------------------------------------------------------- Oceania
_loc(
    "au",
    "Oceania",
    "Australia",
    "en",
    "w",
    gm="Jack Liam Cooper Lachlan Riley Mitchell Harrison Nathan",
    gf="Chloe Isla Matilda Sienna Jessica Zoe Olivia Brooke",
    fam="Smith Jones Williams Brown Wilson Taylor Nguyen Kelly Martin Anderson White Papadopoulos Tran",
    nick="Macca Robbo Davo Shazza Jacko Mitch",
    streets="George_Street Brunswick_Street Chapel_Street King_William_Road Oxford_Street Hay_Street",
    towns="Surry_Hills_NSW:2010 Fitzroy_VIC:3065 South_Brisbane_QLD:4101 Subiaco_WA:6008 Norwood_SA:5067 Newtown_NSW:2042",
    addr="{n} {s}, {t} {pc}|Unit {g}/{n} {s}, {t} {pc}|{g}/{n} {s}\n{t} {pc}",
    phone="04## ### ###|0412 ### ###|+61 4## ### ###|(02) #### ####|+61 2 #### ####|(03) 9### ####",
    hon_m="Mr Dr",
    hon_f="Ms Mrs Dr",
    kin_m="Uncle Pop",
    kin_f="Aunty Nan",
    mail="bigpond.com optusnet.com.au",
    tld="com.au",
    co="Wattle_Ledger Kookaburra_Freight Billabong_Data",
    dob="dmy/ long_en",
    dl="########",
    pp="P@#######",
)
_loc(
    "nz",
    "Oceania",
    "New Zealand",
    "en",
    "w",
    gm="Tāne Wiremu Nikau Liam Hemi Oliver Rāwiri Jack",
    gf="Aroha Mere Anahera Ngaio Kiri Charlotte Isla Hine",
    fam="Smith Ngata Walker Te_Whata Parata Wilson Tipene Horomona Williams Brown Te_Rangi",
    streets="Ponsonby_Road Cuba_Street Karangahape_Road Colombo_Street Dominion_Road Riddiford_Street",
    towns="Grey_Lynn,_Auckland:1021 Te_Aro,_Wellington:6011 Riccarton,_Christchurch:8011 Mount_Eden,_Auckland:1024 Hamilton_East,_Hamilton:3216",
    addr="{n} {s}, {t} {pc}|{g}/{n} {s}, {t} {pc}|Flat {g}, {n} {s}, {t} {pc}",
    phone="021 ### ####|027 ### ####|+64 21 ### ####|(09) ### ####|+64 4 ### ####",
    hon_m="Mr Dr",
    hon_f="Ms Mrs Dr",
    kin_m="Uncle Koro Matua",
    kin_f="Aunty Whaea Nanny Kui",
    mail="xtra.co.nz",
    tld="co.nz",
    co="Kiwi_Ledger Pōhutukawa_Soft Tui_Freight",
    dob="dmy/ long_en",
)
_loc(
    "fj",
    "Oceania",
    "Fiji",
    "en",
    "w",
    gm="Josefa Isikeli Viliame Sakiusa Jone Semi Ravinesh Avinesh",
    gf="Litia Mereseini Ana Salote Losana Priya Shalini Vasemaca",
    fam="Naivalu Ratuvou Vakacegu Koroi Waqa Nand Prasad Lal Raikabula Qalo",
    streets="Victoria_Parade Waimanu_Road Ratu_Sukuna_Road Princes_Road Queens_Road",
    towns="Suva Nadi Lautoka Labasa Nausori",
    addr="Lot {n}, {s}, {t}|{n} {s}, {t}",
    phone="+679 9## ####|7## ####|+679 8## ####|9## ####",
    hon_m="Ratu Mr Dr",
    hon_f="Adi Ms Mrs Dr",
    kin_m="Uncle Tai",
    kin_f="Aunty Bu Nau",
    tld="com.fj",
    co="Bula_Pay Coral_Coast_Logistics Kava_Cloud",
    dob="dmy/",
)
_loc(
    "ws",
    "Oceania",
    "Samoa",
    "en",
    "w",
    gm="Sione Tavita Iosefa Falaniko Tupe Ioane",
    gf="Malia Lupe Salote Fetu Sina Luisa",
    fam="Leota Toleafoa Fa'asavalu Aiono Tuimavave Schmidt Meredith Pereira",
    streets="Beach_Road Vaea_Street Falealili_Street Convent_Street",
    towns="Apia Vailima Faleolo Salelologa",
    addr="{s}, {t}|Lot {n}, {s}, {t}",
    phone="+685 7######|72#####|+685 77#####|75#####",
    hon_m="Mr Dr",
    hon_f="Ms Mrs Dr",
    kin_m="Uncle",
    kin_f="Aunty",
    tld="ws",
    co="Talofa_Pay Siapo_Soft Upolu_Freight",
    dob="dmy/",
)

# ---------------------------------------------------------------- phrases per language
PHRASE_KEYS = [
    "hi",
    "thx",
    "name",
    "phone",
    "email",
    "addr",
    "dob",
    "pwd",
    "cust",
    "reset",
    "dup",
    "fail",
    "anon",
    "unlock",
    "see",
    "regards",
]
_PHRASES = {
    "en": "Hi|Thanks|Name|Phone|Email|Address|Date of birth|Password|customer|Please reset the password for this user|These two records are the same person, can you merge them?|The import fails on this row|Anonymize this table before we share it|Account is locked, please unlock|See below|Best regards",
    "fr": "Bonjour|Merci|Nom|Téléphone|E-mail|Adresse|Date de naissance|Mot de passe|client|Merci de réinitialiser le mot de passe de cet utilisateur|Ces deux fiches sont la même personne, tu peux les fusionner ?|L'import plante sur cette ligne|Anonymise ce tableau avant qu'on le partage|Le compte est verrouillé, merci de le débloquer|Voir ci-dessous|Cordialement",
    "es": "Hola|Gracias|Nombre|Teléfono|Correo|Dirección|Fecha de nacimiento|Contraseña|cliente|Por favor resetea la contraseña de este usuario|Estos dos registros son la misma persona, ¿puedes fusionarlos?|La importación falla en esta fila|Anonimiza esta tabla antes de compartirla|La cuenta está bloqueada, por favor desbloquear|Ver abajo|Saludos",
    "pt": "Olá|Obrigado|Nome|Telefone|E-mail|Endereço|Data de nascimento|Senha|cliente|Por favor, resetar a senha deste usuário|Esses dois cadastros são a mesma pessoa, pode mesclar?|A importação falha nesta linha|Anonimiza essa tabela antes de compartilhar|A conta está bloqueada, favor desbloquear|Segue abaixo|Abraços",
    "de": "Hallo|Danke|Name|Telefon|E-Mail|Adresse|Geburtsdatum|Passwort|Kunde|Bitte das Passwort für diesen Benutzer zurücksetzen|Die beiden Datensätze sind dieselbe Person, kannst du sie zusammenführen?|Der Import bricht bei dieser Zeile ab|Bitte diese Tabelle anonymisieren, bevor wir sie teilen|Konto ist gesperrt, bitte entsperren|Siehe unten|Viele Grüße",
    "it": "Ciao|Grazie|Nome|Telefono|Email|Indirizzo|Data di nascita|Password|cliente|Per favore resetta la password di questo utente|Questi due record sono la stessa persona, puoi unirli?|L'import fallisce su questa riga|Anonimizza questa tabella prima di condividerla|L'account è bloccato, per favore sbloccalo|Vedi sotto|Cordiali saluti",
    "nl": "Hoi|Bedankt|Naam|Telefoon|E-mail|Adres|Geboortedatum|Wachtwoord|klant|Kun je het wachtwoord van deze gebruiker resetten?|Deze twee records zijn dezelfde persoon, kun je ze samenvoegen?|De import faalt op deze regel|Anonimiseer deze tabel voordat we hem delen|Account is geblokkeerd, graag deblokkeren|Zie hieronder|Met vriendelijke groet",
    "pl": "Cześć|Dzięki|Imię i nazwisko|Telefon|E-mail|Adres|Data urodzenia|Hasło|klient|Proszę zresetować hasło temu użytkownikowi|Te dwa rekordy to ta sama osoba, możesz je scalić?|Import wywala się na tym wierszu|Zanonimizuj tę tabelę, zanim ją udostępnimy|Konto zablokowane, proszę odblokować|Poniżej|Pozdrawiam",
    "cs": "Ahoj|Díky|Jméno|Telefon|E-mail|Adresa|Datum narození|Heslo|zákazník|Prosím o reset hesla pro tohoto uživatele|Tyhle dva záznamy jsou stejná osoba, můžeš je sloučit?|Import padá na tomto řádku|Anonymizuj tuhle tabulku, než ji pošleme dál|Účet je zamčený, prosím odemknout|Viz níže|S pozdravem",
    "hu": "Szia|Köszi|Név|Telefon|E-mail|Cím|Születési dátum|Jelszó|ügyfél|Kérlek, állítsd vissza ennek a felhasználónak a jelszavát|Ez a két rekord ugyanaz a személy, össze tudod vonni őket?|Az import elhasal ennél a sornál|Anonimizáld ezt a táblát, mielőtt megosztjuk|A fiók zárolva van, kérlek oldd fel|Lásd lent|Üdvözlettel",
    "ro": "Salut|Mulțumesc|Nume|Telefon|Email|Adresă|Data nașterii|Parolă|client|Te rog resetează parola pentru acest utilizator|Cele două înregistrări sunt aceeași persoană, le poți uni?|Importul crapă la rândul ăsta|Anonimizează tabelul ăsta înainte să-l trimitem|Contul e blocat, te rog deblochează-l|Vezi mai jos|Cu stimă",
    "sv": "Hej|Tack|Namn|Telefon|E-post|Adress|Födelsedatum|Lösenord|kund|Kan du återställa lösenordet för den här användaren?|De här två posterna är samma person, kan du slå ihop dem?|Importen fallerar på den här raden|Anonymisera tabellen innan vi delar den|Kontot är låst, kan du låsa upp det?|Se nedan|Med vänlig hälsning",
    "no": "Hei|Takk|Navn|Telefon|E-post|Adresse|Fødselsdato|Passord|kunde|Kan du tilbakestille passordet til denne brukeren?|Disse to radene er samme person, kan du slå dem sammen?|Importen feiler på denne raden|Anonymiser tabellen før vi deler den|Kontoen er låst, kan du låse den opp?|Se under|Med vennlig hilsen",
    "da": "Hej|Tak|Navn|Telefon|E-mail|Adresse|Fødselsdato|Adgangskode|kunde|Kan du nulstille adgangskoden for denne bruger?|De to poster er samme person, kan du flette dem?|Importen fejler på denne linje|Anonymiser tabellen før vi deler den|Kontoen er låst, lås den venligst op|Se nedenfor|Venlig hilsen",
    "fi": "Moi|Kiitos|Nimi|Puhelin|Sähköposti|Osoite|Syntymäaika|Salasana|asiakas|Voitko nollata tämän käyttäjän salasanan?|Nämä kaksi tietuetta ovat sama henkilö, voitko yhdistää ne?|Tuonti kaatuu tähän riviin|Anonymisoi tämä taulu ennen kuin jaamme sen|Tili on lukittu, avaatko sen?|Katso alta|Terveisin",
    "ru": "Привет|Спасибо|ФИО|Телефон|Email|Адрес|Дата рождения|Пароль|клиент|Сбросьте, пожалуйста, пароль этому пользователю|Эти две записи — один и тот же человек, можно их объединить?|Импорт падает на этой строке|Обезличь эту таблицу, прежде чем мы её отправим|Учётка заблокирована, разблокируйте, пожалуйста|См. ниже|С уважением",
    "uk": "Привіт|Дякую|ПІБ|Телефон|Email|Адреса|Дата народження|Пароль|клієнт|Скиньте, будь ласка, пароль цьому користувачу|Ці два записи — одна й та сама людина, можна їх об'єднати?|Імпорт падає на цьому рядку|Знеособ цю таблицю, перш ніж ми її поширимо|Обліковий запис заблоковано, розблокуйте, будь ласка|Див. нижче|З повагою",
    "hr": "Bok|Hvala|Ime i prezime|Telefon|E-mail|Adresa|Datum rođenja|Lozinka|korisnik|Molim resetirajte lozinku za ovog korisnika|Ova dva zapisa su ista osoba, možeš li ih spojiti?|Uvoz puca na ovom retku|Anonimiziraj ovu tablicu prije nego je podijelimo|Račun je zaključan, molim otključajte|Vidi ispod|Lijep pozdrav",
    "tr": "Merhaba|Teşekkürler|Ad Soyad|Telefon|E-posta|Adres|Doğum tarihi|Şifre|müşteri|Bu kullanıcının şifresini sıfırlar mısınız?|Bu iki kayıt aynı kişi, birleştirebilir misin?|İçe aktarma bu satırda patlıyor|Paylaşmadan önce bu tabloyu anonimleştir|Hesap kilitlendi, lütfen açın|Aşağıda|Saygılarımla",
    "ar": "مرحبا|شكرا|الاسم|الهاتف|البريد الإلكتروني|العنوان|تاريخ الميلاد|كلمة المرور|العميل|الرجاء إعادة تعيين كلمة المرور لهذا المستخدم|هذان السجلان لنفس الشخص، هل يمكن دمجهما؟|الاستيراد يفشل عند هذا السطر|اجعل هذا الجدول مجهول الهوية قبل مشاركته|الحساب مقفل، الرجاء فتحه|انظر أدناه|مع التحية",
    "he": "היי|תודה|שם|טלפון|אימייל|כתובת|תאריך לידה|סיסמה|לקוח|נא לאפס סיסמה למשתמש הזה|שתי הרשומות האלה הן אותו אדם, אפשר למזג?|הייבוא נופל על השורה הזאת|תעשה אנונימיזציה לטבלה לפני שמשתפים|החשבון נעול, נא לשחרר|ראה למטה|בברכה",
    "fa": "سلام|ممنون|نام|تلفن|ایمیل|آدرس|تاریخ تولد|رمز عبور|مشتری|لطفاً رمز این کاربر را ریست کنید|این دو رکورد یک نفر هستند، می‌شود ادغامشان کرد؟|ایمپورت روی این سطر خطا می‌دهد|قبل از اشتراک این جدول را ناشناس کن|حساب قفل شده، لطفاً باز کنید|پایین را ببینید|با احترام",
    "hi": "Hi|Thanks ji|Naam|Phone|Email|Address|DOB|Password|customer|Is user ka password reset kar do please|Ye dono records same bande ke hain, merge kar sakte ho?|Import is row pe fail ho raha hai|Share karne se pehle is table ko anonymize kar do|Account lock ho gaya hai, please unlock karo|Neeche dekho|Regards",
    "th": "สวัสดีครับ|ขอบคุณครับ|ชื่อ-นามสกุล|เบอร์โทร|อีเมล|ที่อยู่|วันเกิด|รหัสผ่าน|ลูกค้า|รบกวนรีเซ็ตรหัสผ่านให้ผู้ใช้นี้ด้วยครับ|สองเรคคอร์ดนี้เป็นคนเดียวกัน ช่วย merge ให้หน่อย|import พังที่แถวนี้|ช่วย anonymize ตารางนี้ก่อนแชร์|บัญชีโดนล็อก รบกวนปลดล็อกให้ด้วย|ดูด้านล่าง|ขอบคุณครับ",
    "vi": "Chào anh/chị|Cảm ơn|Họ tên|Số điện thoại|Email|Địa chỉ|Ngày sinh|Mật khẩu|khách hàng|Nhờ reset mật khẩu cho user này|Hai bản ghi này là cùng một người, gộp giúp em được không?|Import bị lỗi ở dòng này|Ẩn danh hóa bảng này trước khi chia sẻ nhé|Tài khoản bị khóa, nhờ mở khóa giúp|Xem bên dưới|Trân trọng",
    "id": "Halo|Terima kasih|Nama|No. HP|Email|Alamat|Tanggal lahir|Kata sandi|pelanggan|Tolong reset password user ini ya|Dua data ini orang yang sama, bisa di-merge?|Import gagal di baris ini|Tolong anonimkan tabel ini sebelum dibagikan|Akun terkunci, mohon dibuka|Lihat di bawah|Salam",
    "ms": "Hai|Terima kasih|Nama|No. Tel|E-mel|Alamat|Tarikh lahir|Kata laluan|pelanggan|Tolong reset kata laluan untuk pengguna ini|Dua rekod ni orang yang sama, boleh gabungkan?|Import gagal pada baris ini|Tolong anonimkan jadual ini sebelum dikongsi|Akaun dikunci, tolong buka|Rujuk di bawah|Sekian, terima kasih",
    "tl": "Hi po|Salamat po|Pangalan|Cellphone|Email|Address|Kaarawan|Password|customer|Paki-reset po yung password ng user na ito|Iisang tao lang po itong dalawang record, pwede i-merge?|Nagfe-fail yung import sa row na ito|Paki-anonymize muna itong table bago i-share|Naka-lock po yung account, paki-unlock|Tingnan sa baba|Salamat",
    "zh": "你好|谢谢|姓名|电话|邮箱|地址|出生日期|密码|客户|麻烦帮这个用户重置一下密码|这两条记录是同一个人，能合并吗？|导入在这一行报错|分享之前先把这张表脱敏|账号被锁了，麻烦解锁一下|见下|此致",
    "zh_tw": "你好|謝謝|姓名|電話|電子郵件|地址|出生日期|密碼|客戶|麻煩幫這個使用者重設密碼|這兩筆資料是同一個人，可以合併嗎？|匯入在這一列出錯|分享之前先把這張表去識別化|帳號被鎖了，麻煩解鎖|詳見下方|敬祝 順心",
    "ja": "お疲れ様です|ありがとうございます|氏名|電話番号|メール|住所|生年月日|パスワード|顧客|このユーザーのパスワードをリセットしてください|この2件は同一人物なので、マージできますか？|この行でインポートが失敗します|共有する前にこのテーブルを匿名化してください|アカウントがロックされています。解除をお願いします|以下参照|よろしくお願いします",
    "ko": "안녕하세요|감사합니다|이름|전화번호|이메일|주소|생년월일|비밀번호|고객|이 사용자 비밀번호 초기화 부탁드립니다|이 두 레코드는 같은 사람인데 병합 가능할까요?|이 행에서 임포트가 실패합니다|공유 전에 이 테이블 비식별 처리해 주세요|계정이 잠겼습니다. 잠금 해제 부탁드립니다|아래 참고|감사합니다",
    "el": "Γεια|Ευχαριστώ|Ονοματεπώνυμο|Τηλέφωνο|Email|Διεύθυνση|Ημερομηνία γέννησης|Κωδικός|πελάτης|Παρακαλώ κάντε reset τον κωδικό του χρήστη|Αυτές οι δύο εγγραφές είναι το ίδιο άτομο, μπορείς να τις ενώσεις;|Το import σκάει σε αυτή τη γραμμή|Ανωνυμοποίησε αυτόν τον πίνακα πριν τον μοιραστούμε|Ο λογαριασμός κλειδώθηκε, παρακαλώ ξεκλειδώστε τον|Δες παρακάτω|Φιλικά",
    "sw": "Habari|Asante|Jina|Simu|Barua pepe|Anwani|Tarehe ya kuzaliwa|Nenosiri|mteja|Tafadhali reset password ya mtumiaji huyu|Rekodi hizi mbili ni mtu mmoja, unaweza kuziunganisha?|Import inafeli kwenye mstari huu|Tafadhali fanya anonymize jedwali hili kabla ya kushiriki|Akaunti imefungwa, tafadhali ifungue|Angalia hapa chini|Wako",
}
PHRASES = {lang: dict(zip(PHRASE_KEYS, s.split("|"), strict=True)) for lang, s in _PHRASES.items()}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "th": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
}

# ---------------------------------------------------------------- near-miss pools (kept in output)
CELEBS = [
    "Lionel Messi",
    "Cristiano Ronaldo",
    "Taylor Swift",
    "Shah Rukh Khan",
    "Nelson Mandela",
    "Angela Merkel",
    "Jackie Chan",
    "Haruki Murakami",
    "Gabriel García Márquez",
    "Wangari Maathai",
    "Chinua Achebe",
    "Rabindranath Tagore",
    "Frida Kahlo",
    "Serena Williams",
    "Usain Bolt",
    "Greta Thunberg",
    "Marie Curie",
    "Albert Einstein",
    "Ada Lovelace",
    "Alan Turing",
    "Grace Hopper",
    "Linus Torvalds",
    "Guido van Rossum",
    "Tim Berners-Lee",
    "Dennis Ritchie",
    "Barbara Liskov",
    "Margaret Hamilton",
    "Mohamed Salah",
    "Ngũgĩ wa Thiong'o",
    "Lata Mangeshkar",
    "Sachin Tendulkar",
    "Manny Pacquiao",
    "Freddie Mercury",
    "Bob Marley",
    "Diego Maradona",
]
CITED = [
    "Dijkstra's algorithm",
    "Levenshtein distance",
    "the Luhn check",
    "a Bloom filter",
    "Fisher-Yates shuffle",
    "Knuth's TAOCP",
    "Bayes' rule",
    "a Kalman filter",
    "Hamming distance",
    "the Boyer-Moore search",
    "Kruskal's algorithm",
    "Conway's law",
    "Brooks's law",
    "Postel's law",
]
FICTIONAL = [
    "Sherlock Holmes",
    "Harry Potter",
    "Hermione Granger",
    "Mario",
    "Luigi",
    "Pikachu",
    "Naruto Uzumaki",
    "Sun Wukong",
    "Doraemon",
    "Geralt of Rivia",
    "Lara Croft",
    "Master Chief",
    "Homer Simpson",
    "Don Quixote",
    "Frodo Baggins",
    "Darth Vader",
    "Totoro",
    "Tintin",
    "Astérix",
    "Mafalda",
    "El Chapulín Colorado",
    "Anansi",
    "Kratos",
    "Link",
    "Zelda",
    "Sonic",
]
SAINTS = [
    "St. Francis of Assisi",
    "San Isidro",
    "Santa Lucía",
    "St. Patrick",
    "São João",
    "Saint Nicholas",
    "St. George",
]
PUBLIC_PLACES = [
    "Jomo Kenyatta International Airport",
    "Indira Gandhi International Airport",
    "Charles de Gaulle airport",
    "Ninoy Aquino International Airport",
    "Lycée Victor Hugo",
    "Escuela Benito Juárez",
    "Universidad Simón Bolívar",
    "Colégio Dom Pedro II",
    "Rizal Park",
    "King Fahd Medical City",
    "Chhatrapati Shivaji Terminus",
    "Kwame Nkrumah Mausoleum",
    "Jinnah International Airport",
    "Avenida Paulista",
    "Nelson Mandela Square",
    "Mahatma Gandhi Road metro station",
]
NAME_PLACES = [
    "Florence",
    "Victoria",
    "Adelaide",
    "Georgia",
    "Santiago",
    "Lourdes",
    "Austin",
    "Charlotte",
    "Regina",
    "Alexandria",
    "Savannah",
    "Jackson",
    "Sofia",
    "Valencia",
    "Carolina",
    "Jakarta",
]
BRANDS = [
    "Ferrari",
    "Mercedes-Benz",
    "Dell",
    "Tesla",
    "Ford",
    "McDonald's",
    "Dior",
    "Casio",
    "Toyota",
    "Jollibee",
    "Louis Vuitton",
    "Hugo Boss",
    "Jack Daniel's",
    "Johnnie Walker",
    "Ben & Jerry's",
    "Peugeot",
    "Lamborghini",
    "Tata Motors",
    "Mahindra",
    "Porsche",
    "Bosch",
    "Siemens",
]
APPS = [
    "WhatsApp",
    "Telegram",
    "Genshin Impact",
    "Minecraft",
    "Fortnite",
    "Mobile Legends",
    "Free Fire",
    "Roblox",
    "Jira",
    "Confluence",
    "Zendesk",
    "Salesforce",
    "HubSpot",
    "Odoo",
    "SAP S/4HANA",
    "Grafana",
    "Kibana",
    "Sentry",
    "PagerDuty",
    "Datadog",
    "Jenkins",
    "Django",
    "Kafka",
    "Cassandra",
    "Julia",
    "Ruby on Rails",
    "Alexa",
    "Siri",
    "Cortana",
    "Hadoop",
    "Airflow",
    "dbt",
    "Metabase",
]
UNAMES = [
    "dragonslayer99",
    "ci-bot",
    "dependabot[bot]",
    "renovate[bot]",
    "github-actions[bot]",
    "svc_etl",
    "svc-backup",
    "deploy",
    "root",
    "admin",
    "postgres",
    "ubuntu",
    "ec2-user",
    "jenkins",
    "www-data",
    "nobody",
    "qa_automation",
    "k8s-operator",
    "sre-oncall",
    "nightowl_42",
    "pixelpanda",
    "CoffeeMonster",
    "xXsniperXx",
    "ghost_rider_7",
    "svc-crm-sync",
    "etl_runner",
    "backup-agent",
    "grafana-reader",
    "airflow",
    "sonarqube",
    "release-bot",
    "mango_tango",
    "blue_falcon88",
]
PLACEHOLDER_NAMES = [
    "John Doe",
    "Jane Doe",
    "Max Mustermann",
    "Erika Mustermann",
    "Fulano de Tal",
    "Juan dela Cruz",
    "张三",
    "李四",
    "홍길동",
    "Joe Bloggs",
    "Jan Kowalski",
    "Test User",
    "Alice",
    "Bob",
    "Foo Bar",
    "Ola Nordmann",
    "Mario Rossi",
    "Tanaka Taro (sample)",
]
PLACEHOLDER_EMAILS = [
    "user@example.com",
    "test@example.org",
    "jane.doe@example.com",
    "foo@bar.example",
    "someone@example.net",
    "admin@example.com",
    "noreply@example.com",
]
PLACEHOLDER_SECRETS = [
    "<API_KEY>",
    "your-password-here",
    "${DB_PASSWORD}",
    "changeme",
    "********",
    "<redacted>",
    "xxxxxxxx",
    "$OPENAI_API_KEY",
    "{{ secrets.DEPLOY_TOKEN }}",
    "REPLACE_ME",
    "<token>",
]

TABLES = [
    "customers",
    "users",
    "crm_contacts",
    "hr_employees",
    "payroll_run",
    "orders",
    "invoices",
    "leads",
    "tickets",
    "accounts_ldap",
    "patients_stub",
    "subscriptions",
    "dim_customer",
    "fact_orders",
    "stg_contacts",
    "member_profiles",
    "kyc_records",
]
COLUMNS = [
    "id",
    "first_name",
    "last_name",
    "full_name",
    "email",
    "phone",
    "mobile",
    "dob",
    "birth_date",
    "address_line1",
    "postcode",
    "city",
    "country",
    "created_at",
    "updated_at",
    "status",
    "tier",
    "loyalty_points",
    "iban",
    "card_number",
    "ssn",
    "notes",
]
FUNCS = [
    "normalize_phone",
    "merge_duplicates",
    "mask_pii",
    "parse_address",
    "validate_iban",
    "send_welcome_mail",
    "upsert_contact",
    "dedupe_by_email",
    "export_dsar",
    "sync_ldap_users",
    "to_e164",
    "hash_email",
    "build_payload",
]
LIBS = [
    "pandas==2.2.2",
    "SQLAlchemy",
    "2.0.30",
    "psycopg2-binary",
    "openpyxl",
    "phonenumbers",
    "django==4.2.11",
    "spring-boot",
    "3.2.4",
    "lodash@4.17.21",
    "requests/2.31.0",
    "numpy",
    "1.26.4",
    "pydantic",
    "v2.7",
    "jackson-databind",
    "2.17.0",
    "Hibernate",
    "6.4",
    "EF",
    "Core",
    "8.0",
    "ActiveRecord",
    "7.1",
    "Prisma",
    "5.12",
]
ERRORS = [
    "ORA-00001: unique constraint (CRM.PK_CUSTOMER) violated",
    "SQLSTATE[23505]",
    "E11000 duplicate key error",
    "ERR_CONNECTION_RESET",
    "ECONNREFUSED",
    "HTTP 502 Bad Gateway",
    "java.lang.NullPointerException",
    "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9",
    "ValueError: time data does not match format '%d/%m/%Y'",
    "KeyError: 'postcode'",
    "psycopg2.errors.StringDataRightTruncation",
    "SSL: CERTIFICATE_VERIFY_FAILED",
    "OOMKilled",
    "Error 1406 (22001): Data too long for column 'address_line1'",
    "422 Unprocessable Entity",
    "TypeError: Cannot read properties of undefined (reading 'email')",
    "ETIMEDOUT",
    "MySQL error 1062: Duplicate entry",
    "LDAP: error code 49 - 80090308",
    "0x80070005 (E_ACCESSDENIED)",
]
MODELS = [
    "gpt-4o-mini",
    "gpt-4.1",
    "gpt-4o-2024-08-06",
    "claude-3-5-sonnet-20241022",
    "claude-sonnet-4-20250514",
    "claude-3-haiku-20240307",
    "gemini-1.5-pro",
    "gemini-2.0-flash",
    "llama3.1:8b",
    "qwen2.5:14b",
    "mistral:7b-instruct",
    "deepseek-r1:7b",
    "o3-mini",
]
SYSTEM_PROMPTS = [
    "You are a senior data engineer. Answer concisely.",
    "You are a helpful assistant for the IT helpdesk. Do not reveal internal hostnames.",
    "You help support agents summarise tickets. Output JSON with keys summary and next_step.",
    "You are a code reviewer. Point out bugs and suggest fixes.",
    "You are an assistant that writes SQL for PostgreSQL 15.",
    "Classify the ticket into one of: access, hardware, billing, data, other.",
    "You are a careful assistant. Reply in the language of the user.",
]
ROLES = [
    "Senior Backend Engineer",
    "Data Analyst",
    "DBA",
    "Site Reliability Engineer",
    "IT Support Specialist",
    "QA Engineer",
    "CRM Administrator",
    "Product Manager",
    "Data Entry Clerk",
    "HR Business Partner",
    "Team Lead, Payments",
    "Solutions Architect",
    "Service Desk Analyst",
    "Engineering Manager",
]
DEPTS = (
    "Finance HR Sales Ops Marketing Logistics Legal Procurement Warehouse Customer_Care".replace(
        "_", " "
    ).split()
)

# ---------------------------------------------------------------- templates
# Slots are written ⟦...⟧. pN.* is a person of the text's locale, xN.* a colleague from another
# locale; t.* a phrase in the locale's language; see bench/sanitizer_dev29.py for the full list.
# Each entry: (kind, locales or "", template). kind "nm" = nothing to remove (near-misses only).
T: list[tuple[str, str, str]] = []


def _t(kind: str, locs: str, text: str) -> None:
    T.append((kind, locs, text))


# ---- bug reports and support escalations
_t(
    "bug",
    "",
    """Subject: Escalation – order ⟦order⟧ stuck in PENDING_KYC

Hi team,

Customer called in again today. Details from the CRM:
  Name: ⟦p1.full⟧
  Phone: ⟦p1.phone⟧
  Email: ⟦p1.email⟧
  DOB: ⟦p1.dob⟧
  Billing address: ⟦p1.addr⟧

KYC service returns ⟦err⟧ every time since release ⟦ver⟧. Request id ⟦reqid⟧.
Can someone from payments look at it before ⟦p2.given⟧'s shift ends?

⟦p3.full⟧
L2 Support, ⟦company⟧""",
)
_t(
    "bug",
    "",
    """⟦t.hi⟧ ⟦p1.given⟧, quick one: customer ⟦p2.full⟧ (⟦p2.email⟧) gets HTTP ⟦http⟧ on /api/v2/profile after changing the number to ⟦p2.phone⟧. Build ⟦sha7⟧, pod ⟦pod⟧. ⟦t.see⟧, logs attached to ⟦ticket⟧.""",
)
_t(
    "bug",
    "",
    """**Bug**: address autocomplete truncates long street names
**Env**: ⟦host⟧ / v⟦ver⟧ / Chrome 124
**Steps**
1. Log in as the test customer (we cloned a real profile, sorry): ⟦p1.login⟧
2. Open *Profile → Addresses* and paste `⟦p1.addr⟧`
3. Save
**Expected** full address stored
**Actual** column `address_line1` cut at 40 chars, customer ⟦p1.full⟧ complained twice (ticket ⟦ticket⟧)
cc @⟦x1.login⟧ @⟦p2.login⟧""",
)
_t(
    "bug",
    "",
    """Zendesk #⟦n5⟧ → escalated to Tier 3
Requester: ⟦p1.hname⟧ <⟦p1.email⟧>
Phone on file: ⟦p1:f⟧⟦p1.phone⟧ (she says the old one ⟦phone⟧ is dead)
Issue: charged twice for ⟦amount⟧, card ending ⟦masked⟧. Refund id ⟦invoice⟧.
Agent note (⟦p2.given⟧): customer very upset, promised callback before ⟦time⟧.
Tier 3 owner: ⟦x1.full⟧""",
)
_t(
    "bug",
    "",
    """Hey, the onboarding flow crashes for this one user only. Payload from the failed request:

name=⟦p1.full⟧&dob=⟦p1.dob⟧&mobile=⟦p1.phone⟧&email=⟦p1.email⟧&consent=true&ref=⟦order⟧

Server says ⟦err⟧. Works fine with the staging fixture (⟦phname⟧). Why would this fail?""",
)
_t(
    "bug",
    "",
    """Bug #⟦n4⟧ — duplicate welcome e-mails
Reporter: ⟦p1.full⟧ (QA)
Affected accounts (prod, from the send log):
- ⟦p2.email⟧ — 3 mails at ⟦ts⟧
- ⟦p3.email⟧ — 2 mails
- ⟦p4.email⟧ — 4 mails
Suspect: retry in `⟦func⟧` after ⟦err⟧. Assigning to ⟦p5.at⟧.""",
)
_t(
    "bug",
    "",
    """Customer escalation from ⟦country⟧ market — ⟦p1.hon⟧ (account owner) says the app shows someone else's details after login:
shown: ⟦p2.full⟧, ⟦p2.addr⟧, ⟦p2.phone⟧
expected: own profile, ⟦p1.email⟧
Session cache key collision? Both users hit ⟦host⟧ within the same second. Severity 1, ⟦inc⟧.""",
)
_t(
    "bug",
    "",
    """Can you help me understand why our address validator rejects this? It's a real customer so please keep it between us:

⟦p1.full⟧
⟦p1.addr⟧
Tel. ⟦p1.phone⟧

The regex we use is `^[A-Za-z0-9 ,.'-]+$`. Validator version ⟦ver⟧.""",
)
_t(
    "bug",
    "",
    """⟦t.hi⟧,
⟦t.fail⟧:

⟦n4⟧;⟦p1.caps⟧;⟦p1.dob⟧;⟦p1.phone⟧;⟦p1.email⟧;⟦p1.addr⟧

Fehler / error: ⟦err⟧
⟦t.regards⟧
⟦p2.full⟧""",
)
_t(
    "bug",
    "",
    """Reproduced the crash on ⟦host⟧. The customer record that triggers it:
```
customer_id : ⟦custid⟧
full_name   : ⟦p1.native⟧
name_latin  : ⟦p1.ascii⟧
phone       : ⟦p1.phone⟧
birth_date  : ⟦p1.dobiso⟧
```
The PDF renderer has no glyphs for that script, throws ⟦err⟧. Font pack ⟦lib⟧ would fix it. — ⟦x1.given⟧""",
)

# ---- SQL
_t(
    "sql",
    "",
    """fix this query pls, returns nothing even though the row exists:

SELECT id, full_name, email, phone
FROM ⟦table⟧
WHERE full_name = '⟦p1.full|sql⟧'
  AND email = '⟦p1.email⟧ '
  AND created_at > '⟦date⟧';""",
)
_t(
    "sql",
    "",
    """INSERT INTO customers (first_name, last_name, email, phone, date_of_birth, address_line1, city)
VALUES
  ('⟦p1.given|sql⟧', '⟦p1.fam|sql⟧', '⟦p1.email⟧', '⟦p1.phone⟧', '⟦p1.dobiso⟧', '⟦p1.street|sql⟧', '⟦town|sql⟧'),
  ('⟦p2.given|sql⟧', '⟦p2.fam|sql⟧', '⟦p2.email⟧', '⟦p2.phone⟧', '⟦p2.dobiso⟧', '⟦p2.street|sql⟧', '⟦town|sql⟧');
-- ERROR:  ⟦err⟧""",
)
_t(
    "sql",
    "",
    """psql> select id, name, email, iban, status from ⟦table⟧ where status = 'BLOCKED' limit 3;
  id   |          name          |            email             |            iban             | status
-------+------------------------+------------------------------+-----------------------------+---------
 ⟦n5⟧ | ⟦p1.full⟧ | ⟦p1.email⟧ | ⟦iban⟧ | BLOCKED
 ⟦n5⟧ | ⟦p2.full⟧ | ⟦p2.email⟧ | ⟦iban⟧ | BLOCKED
 ⟦n5⟧ | ⟦p3.full⟧ | ⟦p3.email⟧ | ⟦iban⟧ | BLOCKED
(3 rows)

why are these blocked? the unblock job ⟦func⟧ ran at ⟦time⟧""",
)
_t(
    "sql",
    "",
    """mysql> SELECT user_id, username, last_login_ip, last_login_at FROM users WHERE username IN ('⟦p1.login⟧','⟦p2.login⟧');
+---------+---------------+-----------------+---------------------+
| user_id | username      | last_login_ip   | last_login_at       |
+---------+---------------+-----------------+---------------------+
|  ⟦n5⟧ | ⟦p1.login⟧ | ⟦ip⟧ | ⟦date⟧ ⟦time⟧:11 |
|  ⟦n5⟧ | ⟦p2.login⟧ | ⟦ip⟧ | ⟦date⟧ ⟦time⟧:48 |
+---------+---------------+-----------------+---------------------+
2 rows in set (0.01 sec)
Security asked whether these two logins came from the same office. Can you tell from the IPs?""",
)
_t(
    "sql",
    "",
    """UPDATE ⟦table⟧
SET phone = '⟦p1.phone⟧',
    email = '⟦p1.email⟧',
    updated_by = '⟦p2.login⟧'
WHERE customer_id = ⟦custid⟧; -- per call with ⟦p1.hon⟧ on ⟦date⟧

Is this safe to run in prod without a transaction? There's a trigger `trg_audit_contact`.""",
)
_t(
    "sql",
    "",
    """Our DBA ⟦p1.full⟧ left this in the runbook, I don't get the join:

-- pull duplicates for ⟦p2.full|sql⟧ (DOB ⟦p2.dob⟧)
SELECT a.id, b.id
FROM crm_contacts a
JOIN crm_contacts b ON lower(a.email) = lower(b.email) AND a.id < b.id
WHERE a.email ILIKE '⟦p2.email⟧';

Why a.id < b.id?""",
)
_t(
    "sql",
    "",
    """SQL Server error when inserting employee:

INSERT INTO dbo.Employees (EmpNo, FullName, NationalPassport, Mobile, HomeAddress, BirthDate)
VALUES (N'⟦empid⟧', N'⟦p1.full|sql⟧', N'⟦passport⟧', N'⟦p1.phone⟧', N'⟦p1.addr|sql⟧', '⟦p1.dobiso⟧');

Msg 8152, Level 16, State 30 — String or binary data would be truncated in table 'HR.dbo.Employees', column 'HomeAddress'. Column is nvarchar(60).""",
)
_t(
    "sql",
    "",
    """SELECT *
FROM payments_raw
WHERE card_number = '⟦cc⟧'   -- card of ⟦p1.full|sql⟧, chargeback ⟦invoice⟧
   OR payer_email = '⟦p1.email⟧';

explain why this doesn't use the index on card_number_hash""",
)
_t(
    "sql",
    "",
    """-- seed.sql (someone committed this with real data!!)
INSERT INTO users (id, login, display_name, password_plain) VALUES
(1, 'admin', 'Administrator', '⟦phsecret⟧'),
(2, '⟦p1.login⟧', '⟦p1.full|sql⟧', '⟦pwd⟧'),
(3, '⟦p2.login⟧', '⟦p2.full|sql⟧', '⟦pwd⟧');

I need to purge this from history. git filter-repo or BFG?""",
)
_t(
    "sql",
    "",
    """MongoDB shell:
> db.customers.find({ "contact.phone": "⟦p1.phone⟧" }).pretty()
{
  "_id" : ObjectId("⟦hex24⟧"),
  "name" : { "first" : "⟦p1.given⟧", "last" : "⟦p1.fam⟧" },
  "contact" : { "phone" : "⟦p1.phone⟧", "email" : "⟦p1.email⟧" },
  "dob" : ISODate("⟦p1.dobiso⟧T00:00:00Z"),
  "tier" : "gold"
}
Why does the aggregation $lookup on orders return empty for her?""",
)

# ---- CSV / TSV / Excel exports
_t(
    "csv",
    "",
    """Importing this export from ⟦app⟧ fails on row 3, ⟦err⟧:

id,name,email,phone,dob,city
⟦n5⟧,⟦p1.full|q⟧,⟦p1.email⟧,⟦p1.phone|q⟧,⟦p1.dob⟧,⟦town|q⟧
⟦n5⟧,⟦p2.full|q⟧,⟦p2.email⟧,⟦p2.phone|q⟧,⟦p2.dob⟧,⟦town|q⟧
⟦n5⟧,⟦p3.rev|q⟧,⟦p3.email⟧,⟦p3.phone|q⟧,⟦p3.dob⟧,⟦town|q⟧""",
)
_t(
    "csv",
    "",
    """⟦t.dup⟧

customer_id	name	email	phone	address
⟦custid⟧	⟦p1.full⟧	⟦p1.email⟧	⟦p1.phone⟧	⟦p1.addr1⟧
⟦custid⟧	⟦p1.formal⟧	⟦p1.pmail⟧	⟦p1.phone⟧	⟦p1.addr1⟧""",
)
_t(
    "csv",
    "",
    """HR export (Workday → payroll), the bank file rejects two lines:

EmployeeID;Name;IBAN;BIC;Net
⟦empid⟧;⟦p1.caps⟧;⟦iban⟧;⟦bic⟧;⟦amount⟧
⟦empid⟧;⟦p2.caps⟧;⟦iban⟧;⟦bic⟧;⟦amount⟧
⟦empid⟧;⟦p3.caps⟧;⟦iban⟧;⟦bic⟧;⟦amount⟧

Bank says "invalid account holder name". Is it the accents?""",
)
_t(
    "csv",
    "",
    """Excel sheet "Leads_Q3_final.xlsx", tab Sheet1, pasted:

| Lead | Company | Contact | Mobile | E-mail | Owner |
| ⟦n4⟧ | ⟦company⟧ | ⟦p1.full⟧ | ⟦p1.phone⟧ | ⟦p1.email⟧ | ⟦p4.given⟧ |
| ⟦n4⟧ | ⟦brand⟧ dealer | ⟦p2.full⟧ | ⟦p2.phone⟧ | ⟦p2.email⟧ | ⟦p4.given⟧ |
| ⟦n4⟧ | ⟦company⟧ | ⟦p3.full⟧ | ⟦p3.phone⟧ | ⟦p3.email⟧ | ⟦x1.given⟧ |

make a pivot by owner and tell me the formula""",
)
_t(
    "csv",
    "",
    """pandas read_csv gives me a ParserError: Expected 6 fields in line 3, saw 7. File head:

name,street,postcode,town,phone,birthdate
⟦p1.full⟧,⟦p1.street⟧,⟦pc⟧,⟦town⟧,⟦p1.phone⟧,⟦p1.dob⟧
⟦p2.rev⟧,⟦p2.street⟧,⟦pc⟧,⟦town⟧,⟦p2.phone⟧,⟦p2.dob⟧

I'm on ⟦lib⟧.""",
)
_t(
    "csv",
    "",
    """Attendance export from the biometric terminal (device ⟦host⟧):
EmpNo|Name|Card|Date|In|Out
⟦empid⟧|⟦p1.full⟧|⟦n6⟧|⟦date⟧|08:⟦mm⟧|17:⟦mm⟧
⟦empid⟧|⟦p2.full⟧|⟦n6⟧|⟦date⟧|09:⟦mm⟧|18:⟦mm⟧
⟦empid⟧|⟦p3.full⟧|⟦n6⟧|⟦date⟧|07:⟦mm⟧|16:⟦mm⟧
⟦empid⟧|⟦p4.full⟧|⟦n6⟧|⟦date⟧|08:⟦mm⟧|17:⟦mm⟧
HR wants a formula for overtime after 8h.""",
)
_t(
    "csv",
    "",
    """"Nome";"Cognome";"Email";"Telefono";"Nato il"
"⟦p1.given⟧";"⟦p1.fam⟧";"⟦p1.email⟧";"⟦p1.phone⟧";"⟦p1.dob⟧"
"⟦p2.given⟧";"⟦p2.fam⟧";"⟦p2.email⟧";"⟦p2.phone⟧";"⟦p2.dob⟧"
^ our Italian partner's file, how do I load it with semicolons and quoted fields in BigQuery?""",
)

# ---- JSON / YAML fixtures
_t(
    "json",
    "",
    """This fixture was supposed to be fake but it's a real customer, can you generate a fake replacement with the same shape?

{
  "id": "⟦uuid⟧",
  "name": "⟦p1.full|json⟧",
  "email": "⟦p1.email⟧",
  "phone": "⟦p1.phone⟧",
  "birthDate": "⟦p1.dobiso⟧",
  "address": {"line1": "⟦p1.addr1|json⟧", "country": "⟦country⟧"},
  "createdBy": "⟦svc⟧"
}""",
)
_t(
    "json",
    "",
    """# fixtures/users.yaml
- id: 1
  username: ⟦uname⟧
  role: admin
- id: 2
  username: ⟦p1.login⟧
  full_name: "⟦p1.full|json⟧"
  email: ⟦p1.email⟧
  phone: "⟦p1.phone⟧"
- id: 3
  username: ⟦p2.login⟧
  full_name: "⟦p2.full|json⟧"
  email: ⟦p2.email⟧
  manager: ⟦p1.login⟧
Test `test_manager_chain` fails with KeyError after I added id 3. Why?""",
)
_t(
    "json",
    "",
    """Webhook payload from ⟦app⟧ that our parser chokes on:
{"event":"contact.updated","ts":"⟦ts⟧","data":{"contact":{"firstName":"⟦p1.given|json⟧","lastName":"⟦p1.fam|json⟧","mobile":"⟦p1.phone⟧","email":"⟦p1.email⟧","owner":{"name":"⟦p2.full|json⟧","email":"⟦p2.email⟧"}}},"signature":"⟦sha⟧"}
TypeError: Cannot read properties of undefined (reading 'email')""",
)
_t(
    "json",
    "",
    """factories.py still has prod data in it:

CUSTOMER_DEFAULTS = {
    "full_name": "⟦p1.full|json⟧",
    "email": "⟦p1.email⟧",
    "card": "⟦cc⟧",
    "currency": "⟦cc2⟧",
    "billing": "⟦p1.addr1|json⟧",
}
# TODO(⟦p2.login⟧): replace with factory_boy Faker

Rewrite it with factory_boy so no real values remain.""",
)
_t(
    "json",
    "",
    """kubectl get secret crm-db -o yaml
apiVersion: v1
kind: Secret
metadata:
  name: crm-db
  namespace: ⟦ns⟧
  annotations:
    owner: ⟦p1.email⟧
data:
  username: c3ZjX2NybQ==
stringData:
  password: ⟦pwd⟧
  api_key: ⟦apikey⟧
Why does the pod still see the old password after I applied this?""",
)
_t(
    "json",
    "",
    """{
  "ticket": "⟦ticket⟧",
  "reporter": {"name": "⟦p1.full|json⟧", "email": "⟦p1.email⟧", "phone": "⟦p1.phone⟧"},
  "assignee": "⟦p2.login⟧",
  "device": {"hostname": "⟦host⟧", "mac": "⟦mac⟧", "ip": "⟦ip⟧"},
  "summary": "⟦t.unlock⟧"
}
Map this to our ServiceNow incident schema.""",
)
_t(
    "json",
    "",
    """docker-compose.yml:
services:
  api:
    image: registry.internal/crm-api:⟦ver⟧
    environment:
      DATABASE_URL: ⟦conn⟧
      SMTP_USER: ⟦p1.email⟧
      SMTP_PASSWORD: ⟦pwd⟧
      ADMIN_CONTACT: "⟦p1.full|json⟧ ⟦p1.phone⟧"
    ports:
      - "⟦port⟧:⟦port⟧"
Compose says variable is not set for one of them.""",
)
_t(
    "json",
    "",
    """Postman collection → request body for POST /v1/beneficiaries (fails with 400):
{
  "beneficiary_name": "⟦p1.caps|json⟧",
  "iban": "⟦iban⟧",
  "bic": "⟦bic⟧",
  "address": "⟦p1.addr1|json⟧",
  "reference": "⟦invoice⟧"
}
Error: "beneficiary_name must match account holder". Holder on the bank side is ⟦p1.formal⟧.""",
)

# ---- stack traces and exceptions
_t(
    "trace",
    "",
    """Traceback (most recent call last):
  File "/srv/app/crm/sync.py", line 212, in ⟦func⟧
    contact = normalize(row)
  File "/srv/app/crm/normalize.py", line 88, in normalize
    phone = to_e164(row["phone"], region=row["country"])
phonenumbers.phonenumberutil.NumberParseException: (1) The string supplied did not seem to be a phone number.
row = {'name': '⟦p1.full⟧', 'phone': '⟦p1.phone⟧ ext', 'email': '⟦p1.email⟧', 'country': None}

why is country None here? the source system is ⟦app⟧""",
)
_t(
    "trace",
    "",
    """Exception in thread "main" org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_customer_email]
	at com.acme.crm.CustomerService.save(CustomerService.java:141)
	at com.acme.crm.ImportJob.run(ImportJob.java:77)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_customer_email"
  Detail: Key (email)=(⟦p1.email⟧) already exists.
Customer = Customer{id=null, name='⟦p1.full⟧', phone='⟦p1.phone⟧', dob=⟦p1.dobiso⟧}
Existing row belongs to ⟦p2.full⟧?? they're not the same person. How do we handle shared family e-mails?""",
)
_t(
    "trace",
    "",
    """Sentry issue ⟦sha7⟧ — ValidationError in /checkout
  user: {"id": ⟦n6⟧, "email": "⟦p1.email⟧", "ip_address": "⟦ip⟧", "username": "⟦p1.login⟧"}
  extra: card_bin=⟦n6⟧ last4=⟦n4⟧ billing_name="⟦p1.full⟧"
  pydantic_core._pydantic_core.ValidationError: 1 validation error for Billing
  postcode
    String should match pattern '^[0-9]{5}$' [type=string_pattern_mismatch, input_value='⟦pc⟧']
Our postcode regex is clearly wrong for ⟦country⟧, how should it look?""",
)
_t(
    "trace",
    "",
    """System.FormatException: String '⟦p1.dob⟧' was not recognized as a valid DateTime.
   at System.DateTime.Parse(String s)
   at Hr.Import.EmployeeMapper.Map(DataRow row) in C:/build/hr/EmployeeMapper.cs:line 53
Row: EmpId=⟦empid⟧; Name=⟦p1.full⟧; Mobile=⟦p1.phone⟧; Passport=⟦passport⟧
The file comes from our ⟦country⟧ office. Which CultureInfo should I use?""",
)
_t(
    "trace",
    "",
    """PHP Fatal error:  Uncaught PDOException: SQLSTATE[22001]: String data, right truncated: 1406 Data too long for column 'nom_complet' at row 1 in /var/www/crm/src/Contact.php:57
Stack trace:
#0 /var/www/crm/src/Contact.php(57): PDOStatement->execute(Array)
#1 /var/www/crm/public/index.php(22): Contact->save(Array(
  [nom_complet] => ⟦p1.full⟧
  [email] => ⟦p1.email⟧
  [tel] => ⟦p1.phone⟧
  [adresse] => ⟦p1.addr1⟧
))
column is VARCHAR(32), what's a sane length for names worldwide?""",
)
_t(
    "trace",
    "",
    """Unhandled rejection at: Promise {
  <rejected> Error: SMTP 550 5.1.1 <⟦p1.email⟧>: Recipient address rejected: User unknown
      at SMTPConnection._formatError (node_modules/nodemailer/lib/smtp-connection/index.js:790:19)
} reason: 'EENVELOPE'
context: sendInvoiceMail({ to: '⟦p1.email⟧', name: '⟦p1.full⟧', invoice: '⟦invoice⟧', cc: '⟦p2.email⟧' })
The customer swears the address is right. ⟦p2.given⟧ from billing confirmed it on the phone (⟦p1.phone⟧).""",
)
_t(
    "trace",
    "",
    """goroutine 41 [running]:
main.(*Importer).mapRow(0xc0001a2000, {0xc00012e0f0, 0x6, 0x6})
	/src/importer/map.go:64 +0x3b5
panic: runtime error: index out of range [6] with length 6
last row read: ["⟦n5⟧" "⟦p1.full⟧" "⟦p1.email⟧" "⟦p1.phone⟧" "⟦p1.dobiso⟧" "⟦p1.addr1⟧"]
the row has 6 fields, header has 7. Who do I blame, the CSV or my code?""",
)
_t(
    "trace",
    "",
    """ERROR [⟦ts⟧] c.a.k.KycClient - KYC provider rejected applicant
  applicantId=⟦uuid⟧ reason=DOCUMENT_MISMATCH
  submitted: name="⟦p1.caps⟧" dob=⟦p1.dobiso⟧ passport=⟦passport⟧ nationality=⟦cc2⟧
  on_document: name="⟦p1.caps⟧" dob=⟦p1.dobiso⟧
  retry=3/3 next=manual_review assignee=⟦p2.login⟧""",
)
_t(
    "trace",
    "",
    """Rails log:
Started POST "/users" for ⟦ip⟧ at ⟦ts⟧
Processing by UsersController#create as HTML
  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"name"=>"⟦p1.full⟧", "email"=>"⟦p1.email⟧", "password"=>"⟦pwd⟧", "phone"=>"⟦p1.phone⟧"}}
Completed 500 Internal Server Error in ⟦ms⟧ms
ActiveRecord::RecordInvalid (Validation failed: Phone is invalid)
Why isn't password in filter_parameters? It's in config/initializers/filter_parameter_logging.rb""",
)

# ---- application and access logs, audit trails
_t(
    "log",
    "",
    """⟦ip⟧ - ⟦p1.login⟧ [⟦clf⟧] "GET /account/settings HTTP/1.1" 200 5123 "-" "Mozilla/5.0"
⟦ip⟧ - ⟦p1.login⟧ [⟦clf⟧] "POST /account/email HTTP/1.1" 302 0 "-" "Mozilla/5.0"
⟦ip⟧ - - [⟦clf⟧] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
⟦ip⟧ - ⟦p2.login⟧ [⟦clf⟧] "POST /login HTTP/1.1" 401 87 "-" "python-requests/2.31.0"
Is the last one a credential stuffing attempt? We see it every ⟦n2⟧ minutes.""",
)
_t(
    "log",
    "",
    """{"level":"info","ts":"⟦ts⟧","msg":"profile updated","user_id":⟦n6⟧,"actor":"⟦p1.email⟧","changes":{"phone":["⟦phone⟧","⟦p2.phone⟧"],"address":["","⟦p2.addr1⟧"]},"trace_id":"⟦hex32⟧"}
{"level":"warn","ts":"⟦ts⟧","msg":"2fa code sent","user_id":⟦n6⟧,"to":"⟦p2.phone⟧","code":"⟦otp⟧"}
We log the OTP in clear?! Which line of our zap config does that?""",
)
_t(
    "log",
    "",
    """AUDIT ⟦date⟧
⟦time⟧  ⟦p1.login⟧   EXPORT   customers.csv (12,442 rows)   from ⟦ip⟧
⟦time⟧  ⟦p2.login⟧   VIEW     customer ⟦custid⟧ (⟦p3.full⟧)
⟦time⟧  ⟦svc⟧        SYNC     ldap → crm
⟦time⟧  ⟦p2.login⟧   EDIT     customer ⟦custid⟧ phone → ⟦p3.phone⟧
Compliance asks who exported the full table and why. Summarise for ⟦p4.hname⟧.""",
)
_t(
    "log",
    "",
    """Feb ⟦dd⟧ ⟦time⟧:02 ⟦host⟧ sshd[⟦n5⟧]: Accepted publickey for ⟦p1.login⟧ from ⟦ip⟧ port ⟦port⟧ ssh2: ED25519 SHA256:⟦b64⟧
Feb ⟦dd⟧ ⟦time⟧:40 ⟦host⟧ sshd[⟦n5⟧]: Failed password for invalid user ⟦uname⟧ from ⟦ip⟧ port ⟦port⟧ ssh2
Feb ⟦dd⟧ ⟦time⟧:41 ⟦host⟧ sudo:  ⟦p1.login⟧ : TTY=pts/0 ; PWD=/home/⟦p1.login⟧ ; USER=root ; COMMAND=/usr/bin/systemctl restart crm
explain these lines""",
)
_t(
    "log",
    "",
    """nginx error.log:
⟦date⟧ ⟦time⟧:17 [error] 31#31: *8812 upstream timed out (110: Connection timed out) while reading response header from upstream, client: ⟦ip⟧, server: ⟦host⟧, request: "GET /api/customers?email=⟦p1.email⟧&phone=⟦p1.phone|url⟧ HTTP/2.0", upstream: "http://⟦ipint⟧:⟦port⟧/api/customers"
we put PII in query strings, I know. how do I at least strip them from the log format?""",
)
_t(
    "log",
    "",
    """DHCP lease table from the branch router (⟦country⟧ office), someone asked which laptop belongs to whom:
⟦ip⟧   ⟦mac⟧   LT-⟦p1.caps_login⟧   expires ⟦date⟧ ⟦time⟧
⟦ip⟧   ⟦mac⟧   ⟦p2.agiven⟧-iPhone expires ⟦date⟧ ⟦time⟧
⟦ip⟧   ⟦mac⟧   printer-2f            expires ⟦date⟧ ⟦time⟧
⟦ip⟧   ⟦mac⟧   DESKTOP-⟦hex6⟧       expires ⟦date⟧ ⟦time⟧""",
)
_t(
    "log",
    "",
    """[⟦ts⟧] payments.INFO: charge.succeeded {"customer":"⟦p1.full⟧","email":"⟦p1.email⟧","amount":"⟦amount⟧","card":"⟦masked⟧","ip":"⟦ip⟧"} []
[⟦ts⟧] payments.ERROR: charge.failed {"customer":"⟦p2.full⟧","email":"⟦p2.email⟧","pan":"⟦cc⟧","reason":"do_not_honor"} []
Why is the full PAN in the second line? Monolog processor ⟦func⟧ should mask it.""",
)
_t(
    "log",
    "",
    """Windows Security log, event 4740 (account lockout):
A user account was locked out.
Subject: Security ID: SYSTEM  Account Name: DC01$
Account That Was Locked Out: Security ID: S-1-5-21-⟦n9⟧-⟦n9⟧-⟦n4⟧  Account Name: ⟦p1.login⟧
Additional Information: Caller Computer Name: ⟦p1.caps_login⟧-PC
Happened 5 times today for ⟦p1:f⟧⟦p1.full⟧. Her phone probably has an old password for Exchange ActiveSync?""",
)
_t(
    "log",
    "",
    """CloudTrail excerpt:
{"eventTime":"⟦ts⟧","eventName":"ConsoleLogin","userIdentity":{"type":"IAMUser","userName":"⟦p1.login⟧"},"sourceIPAddress":"⟦ip⟧","responseElements":{"ConsoleLogin":"Success"},"additionalEventData":{"MFAUsed":"No"}}
{"eventTime":"⟦ts⟧","eventName":"CreateAccessKey","userIdentity":{"userName":"⟦p1.login⟧"},"sourceIPAddress":"⟦ip6⟧"}
Is this suspicious? ⟦p1.given⟧ is on leave this week according to ⟦p2.full⟧.""",
)

# ---- git, code review, CODEOWNERS, package metadata
_t(
    "git",
    "",
    """$ git log --format='%h %an <%ae> %ad %s' -4
⟦sha7⟧ ⟦p1.name⟧ <⟦p1.wmail⟧> ⟦date⟧ fix: normalise phone numbers before dedupe
⟦sha7⟧ ⟦p2.name⟧ <⟦p2.pmail⟧> ⟦date⟧ chore: bump ⟦lib⟧
⟦sha7⟧ ⟦uname⟧ <⟦phmail⟧> ⟦date⟧ ci: cache pip
⟦sha7⟧ ⟦p1.name⟧ <⟦p1.wmail⟧> ⟦date⟧ feat(crm): merge duplicate contacts
Why does ⟦p2.given⟧ commit with a personal address? Can we enforce the work domain in a hook?""",
)
_t(
    "git",
    "",
    """$ git blame -L 40,46 src/billing/mask.py
⟦sha7⟧ (⟦p1.name⟧ ⟦date⟧ 40) def mask_card(pan: str) -> str:
⟦sha7⟧ (⟦p1.name⟧ ⟦date⟧ 41)     # test with ⟦p2.given⟧'s card ⟦cc⟧, don't commit
⟦sha7⟧ (⟦p3.name⟧ ⟦date⟧ 42)     return pan[:6] + "*" * (len(pan) - 10) + pan[-4:]
the comment on line 41 is a real card, right? what do we do now""",
)
_t(
    "git",
    "",
    """CODEOWNERS
# Payments
/services/payments/   @⟦p1.login⟧ @⟦x1.login⟧
/services/ledger/     @⟦p2.login⟧
# Data platform
/dbt/                 @⟦p3.login⟧ @data-platform
/airflow/dags/        @⟦p3.login⟧
*.tf                  @infra-team @⟦x2.login⟧
Is the last rule overriding the ones above for /services/payments/main.tf?""",
)
_t(
    "git",
    "",
    """AUTHORS

⟦p1.name⟧ <⟦p1.pmail⟧>
⟦p2.name⟧ <⟦p2.wmail⟧>
⟦x1.name⟧ <⟦x1.email⟧>
⟦p3.native⟧ (⟦p3.ascii⟧) <⟦p3.email⟧>
Contributors from the 2019 hackathon, see CONTRIBUTORS.md""",
)
_t(
    "git",
    "",
    """[tool.poetry]
name = "crm-dedupe"
version = "⟦ver⟧"
description = "Fuzzy matching of customer records"
authors = ["⟦p1.name⟧ <⟦p1.wmail⟧>", "⟦p2.name⟧ <⟦p2.email⟧>"]
maintainers = ["⟦x1.name⟧ <⟦x1.wmail⟧>"]

[tool.poetry.dependencies]
python = "^3.11"
rapidfuzz = "^3.6"
Poetry says the authors field is invalid, why?""",
)
_t(
    "git",
    "",
    """PR #⟦n4⟧ review — ⟦p1.at⟧ commented on `tests/test_dedupe.py`:

> ```python
> a = Contact(name="⟦p2.full|json⟧", email="⟦p2.email⟧", phone="⟦p2.phone⟧")
> b = Contact(name="⟦p2.formal|json⟧", email="⟦p2.email|upper⟧", phone="⟦p2.phone⟧")
> ```
Please don't use real customers in tests. This is ⟦p2:f⟧⟦p2.given⟧ from the ⟦town⟧ branch, she called support last week. Use `⟦phname⟧` or a factory.

⟦p3.at⟧ replied: sorry, copied from the bug report, will fix in ⟦sha7⟧.""",
)
_t(
    "git",
    "",
    """commit ⟦sha⟧
Author: ⟦p1.name⟧ <⟦p1.wmail⟧>
Date:   ⟦date⟧ ⟦time⟧:31 +0200

    Fix import for customers with two surnames

    Reported by ⟦p2.full⟧ (support). Example that failed:
    "⟦p3.full⟧" was split into first="⟦p3.given⟧" last="⟦p3.fam⟧".

    Co-authored-by: ⟦x1.name⟧ <⟦x1.email⟧>""",
)
_t(
    "git",
    "",
    """package.json
{
  "name": "@⟦ns⟧/address-widget",
  "version": "⟦ver⟧",
  "author": "⟦p1.name⟧ <⟦p1.email⟧> (https://github.com/⟦p1.login⟧)",
  "contributors": ["⟦p2.name⟧ <⟦p2.email⟧>"],
  "license": "MIT",
  "dependencies": {"libphonenumber-js": "^1.10.60"}
}
npm publish → 403. Is it the scope?""",
)
_t(
    "git",
    "",
    """$ git shortlog -sne --since="3 months"
   112  ⟦p1.name⟧ <⟦p1.wmail⟧>
    87  ⟦p2.name⟧ <⟦p2.wmail⟧>
    40  ⟦x1.name⟧ <⟦x1.wmail⟧>
    12  dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
     3  ⟦p3.login⟧ <⟦p3.pmail⟧>
write a mailmap entry so ⟦p3.given⟧'s commits are merged with the work identity ⟦p3.wmail⟧""",
)

# ---- code comments and docstrings
_t(
    "code",
    "",
    """def resolve_duplicate(primary: Contact, dup: Contact) -> Contact:
    \"\"\"Merge `dup` into `primary`.

    Edge case found by ⟦p1.full⟧: the same person registered twice, once as
    "⟦p2.full⟧" with ⟦p2.email⟧ and once as "⟦p2.formal⟧" with ⟦p2.pmail⟧.
    Keep the oldest e-mail, union the phones.
    \"\"\"
    # FIXME(⟦p3.login⟧): phone ⟦p2.phone⟧ shows up in both, don't duplicate it
    ...
Is the docstring OK to keep as-is in a public repo?""",
)
_t(
    "code",
    "",
    """// HACK: hardcoded for the demo with ⟦company⟧ tomorrow — ask ⟦p1.given⟧ before removing
const DEMO_USER = {
  name: '⟦p2.full|json⟧',
  email: '⟦p2.email⟧',
  password: '⟦pwd⟧',   // her real one?? -> rotate
  mfa: false,
};
// contact for the demo: ⟦p1.full⟧ ⟦p1.phone⟧
refactor this into env vars""",
)
_t(
    "code",
    "",
    """/**
 * Sends the monthly statement.
 * @author ⟦p1.name⟧
 * @see ⟦cited⟧ (not really, but the retry backoff is exponential)
 * Known issue: customer ⟦p2.full⟧ (id ⟦custid⟧) gets it twice, see ⟦ticket⟧.
 */
public void sendStatement(Customer c) { ... }
what's wrong with the javadoc tags""",
)
_t(
    "code",
    "",
    """# provision_users.ps1
$users = @(
  @{ Name = "⟦p1.full⟧"; Sam = "⟦p1.login⟧"; Mail = "⟦p1.wmail⟧"; Pwd = "⟦pwd⟧"; Dept = "⟦dept⟧" },
  @{ Name = "⟦p2.full⟧"; Sam = "⟦p2.login⟧"; Mail = "⟦p2.wmail⟧"; Pwd = "⟦pwd⟧"; Dept = "⟦dept⟧" }
)
foreach ($u in $users) {
  New-ADUser -Name $u.Name -SamAccountName $u.Sam -EmailAddress $u.Mail -AccountPassword (ConvertTo-SecureString $u.Pwd -AsPlainText -Force) -Enabled $true
}
New-ADUser: The password does not meet the length, complexity, or history requirement. For which one?""",
)
_t(
    "code",
    "",
    """#!/bin/bash
# onboard.sh — run by IT on day one (maintainer: ⟦p1.full⟧)
NEW_USER="⟦p2.login⟧"
FULL_NAME="⟦p2.full⟧"
useradd -m -c "$FULL_NAME" "$NEW_USER"
echo "$NEW_USER:⟦pwd⟧" | chpasswd
chage -d 0 "$NEW_USER"
curl -s -u ⟦svc⟧:⟦pwd⟧ https://⟦host⟧/api/notify -d "user=$NEW_USER"
shellcheck complains about SC2086, which line?""",
)

# ---- incidents, on-call, postmortems
_t(
    "incident",
    "",
    """INCIDENT ⟦inc⟧ — customer data visible to wrong tenant
Timeline (UTC)
⟦time⟧ ⟦p1.full⟧ (on-call) paged by PagerDuty, alert `tenant_mismatch_rate > 0`
⟦time⟧ ⟦p1.given⟧ confirms: tenant ⟦n4⟧ sees contact ⟦p2.full⟧ (⟦p2.email⟧, ⟦p2.phone⟧) of tenant ⟦n4⟧
⟦time⟧ ⟦x1.full⟧ rolls back ⟦ver⟧ → previous
⟦time⟧ ⟦p3.hname⟧ (DPO) informed, 72h clock starts
Root cause: cache key missing tenant_id in `⟦func⟧`.
Action items: ⟦p1.at⟧ add tenant to key; ⟦x1.at⟧ add contract test.""",
)
_t(
    "incident",
    "",
    """Postmortem draft — payroll file sent to the wrong bank

What happened: the ⟦date⟧ payroll batch for ⟦dept⟧ contained ⟦n2⟧ employees with swapped account numbers. Two examples (from the bank's rejection report):
- ⟦p1.caps⟧ — expected ⟦iban⟧, file had ⟦iban⟧
- ⟦p2.caps⟧ — expected ⟦iban⟧, file had ⟦iban⟧
Detected by: ⟦p3.full⟧ in Finance, who phoned ⟦p4.full⟧ at ⟦p4.phone⟧ on a Sunday.
Contributing factor: sort order changed in ⟦lib⟧.
Please make this blameless and shorter.""",
)
_t(
    "incident",
    "",
    """#inc-⟦n4⟧-login-outage
⟦time⟧ ⟦p1.login⟧: seeing 5xx on ⟦host⟧
⟦time⟧ ⟦x1.login⟧: LB health checks fail, ⟦err⟧
⟦time⟧ ⟦p1.login⟧: rolling restart, cc @⟦p2.login⟧ can you call the DB vendor? their TAM is ⟦x2.full⟧, ⟦x2.phone⟧
⟦time⟧ ⟦p2.login⟧: called, case ⟦ticket⟧ opened
⟦time⟧ ⟦p1.login⟧: recovered. postmortem owner @⟦p1.login⟧
write the customer-facing status page update (no names)""",
)
_t(
    "incident",
    "",
    """On-call handover ⟦date⟧
Outgoing: ⟦p1.full⟧ — Incoming: ⟦p2.full⟧ (mobile ⟦p2.phone⟧, backup ⟦p3.full⟧ ⟦p3.phone⟧)
Open:
 • disk 91% on ⟦host⟧, log rotation fix in ⟦pr⟧
 • customer ⟦p4.full⟧ reports missing invoice ⟦invoice⟧, waiting for billing
 • VPN cert for ⟦x1.full⟧ expires ⟦date⟧
Quiet otherwise.""",
)
_t(
    "incident",
    "",
    """Security incident report (internal) — phishing

On ⟦date⟧ ⟦p1:f⟧⟦p1.hname⟧ of ⟦dept⟧ entered her credentials on a fake login page hosted at ⟦ip⟧. Captured:
  username: ⟦p1.wmail⟧
  password: ⟦pwd⟧ (reset at ⟦time⟧)
  MFA recovery code: ⟦recovery⟧ (revoked)
Mailbox rules created by the attacker forwarded to ⟦email⟧.
Reported by ⟦p2.full⟧, handled by ⟦x1.full⟧.
Turn this into a short lessons-learned for the all-hands (anonymised).""",
)

# ---- issue trackers
_t(
    "issue",
    "",
    """⟦ticket⟧  CRM: merge duplicates created by the web form
Reporter: ⟦p1.full⟧   Assignee: ⟦p2.full⟧   Priority: Medium   Labels: data-quality, ⟦dept⟧

Description
Every time ⟦p3.full⟧ (⟦p3.email⟧) submits the form a new contact is created instead of updating. We now have 7 copies. Phone ⟦p3.phone⟧ is identical on all.

Comments
⟦p2.given⟧: the form sends email with trailing whitespace, dedupe compares raw strings.
⟦p1.given⟧: 👍 please also fix the 300 other ones, export attached.""",
)
_t(
    "issue",
    "",
    """GitHub issue #⟦n4⟧: Address parser fails on apartment numbers
opened by ⟦uname⟧

**Input**
```
⟦p1.addr1⟧
```
**Output** `{"street": null, "house": null}`
**Version** ⟦ver⟧

---
**⟦p2.login⟧** commented: can you share a non-real example? this looks like someone's home address.
**⟦uname⟧** commented: oops it's my neighbour's, ⟦p1.full⟧. please delete the issue after fixing 🙈""",
)
_t(
    "issue",
    "es mx co pe cl cr br pt",
    """Linear ⟦ticket⟧ · Bug · Urgent
"Export to Excel drops the second surname"
Repro: customer ⟦p1.full⟧ → exported as "⟦p1.given⟧ ⟦p1.fam1⟧".
Same with ⟦p2.full⟧.
Assigned ⟦p3.at⟧ · Subscribers ⟦p4.at⟧, ⟦x1.at⟧
⟦p3.at⟧: the export uses `split(" ")[0:2]`. Fix in ⟦pr⟧.""",
)
_t(
    "issue",
    "",
    """Jira comment thread, ⟦ticket⟧:

⟦p1.full⟧ — ⟦date⟧ ⟦time⟧
Customer called again. She wants her data deleted under GDPR Art. 17. Details: ⟦p2:f⟧⟦p2.full⟧, born ⟦p2.dob⟧, ⟦p2.addr1⟧, ⟦p2.email⟧.

⟦x1.full⟧ — ⟦date⟧ ⟦time⟧
[~⟦p1.login⟧] we can't delete invoices (10 year retention). Anonymise the contact, keep invoice ⟦invoice⟧ with name masked.

⟦p1.full⟧ — ⟦date⟧ ⟦time⟧
OK, will tell her. Closing when ⟦svc⟧ confirms the purge.""",
)

# ---- chat exports
_t(
    "chat",
    "",
    """[⟦time⟧] ⟦p1.login⟧: anyone know why the sync drops contacts from ⟦town⟧?
[⟦time⟧] ⟦p2.login⟧: which one
[⟦time⟧] ⟦p1.login⟧: e.g. ⟦p3.full⟧ ⟦p3.phone⟧, was there yesterday, gone today
[⟦time⟧] ⟦p2.login⟧: ah the nightly job filters out anyone without country. ping ⟦x1:f⟧⟦x1.at⟧, she wrote it
[⟦time⟧] ⟦x1.login⟧: yeah my bad, fix in ⟦pr⟧""",
)
_t(
    "chat",
    "",
    """Slack export #support-escalations (⟦date⟧)
⟦p1.full⟧  ⟦time⟧
@here VIP customer ⟦p2:m⟧⟦p2.hon⟧ can't log in, account locked after 5 tries. His assistant ⟦p3.full⟧ is calling every 10 min (⟦p3.phone⟧)
⟦p4.full⟧  ⟦time⟧
unlocked. temp password ⟦pwd⟧ sent by SMS to ⟦p2.phone⟧
⟦p1.full⟧  ⟦time⟧
🙏 thanks ⟦p4.given⟧""",
)
_t(
    "chat",
    "",
    """Teams chat — ⟦p1.full⟧, ⟦p2.full⟧
⟦p1.given⟧ ⟦time⟧: can u send me the db creds for staging, vault is down
⟦p2.given⟧ ⟦time⟧: ⟦conn⟧
⟦p2.given⟧ ⟦time⟧: delete this msg after
⟦p1.given⟧ ⟦time⟧: 👍 also what's ⟦x1.given⟧'s number, need to ask about the ⟦app⟧ migration
⟦p2.given⟧ ⟦time⟧: ⟦x1.phone⟧""",
)
_t(
    "chat",
    "",
    """Mattermost ~data-eng
**⟦p1.login⟧** ⟦time⟧
who owns the `⟦table⟧` table? the column `dob` has stuff like "⟦p2.dob⟧" mixed with ISO
**⟦p3.login⟧** ⟦time⟧
legacy import from ⟦country⟧, ⟦p4:m⟧⟦p4.full⟧ knows, he's off till ⟦date⟧
**⟦p1.login⟧** ⟦time⟧
ok I'll just parse both formats""",
)
_t(
    "chat",
    "",
    """WhatsApp group "IT ⟦town⟧ office" (exported):
⟦date⟧, ⟦time⟧ - ⟦p1.full⟧: printer on 2nd floor jammed again
⟦date⟧, ⟦time⟧ - ⟦p2.kin⟧: I'll come up
⟦date⟧, ⟦time⟧ - ⟦p1.full⟧: also ⟦p3:f⟧⟦p3.given⟧ new laptop, her login is ⟦p3.login⟧ and temp pw ⟦pwd⟧
⟦date⟧, ⟦time⟧ - ⟦p2.full⟧: don't post passwords here 🙄
⟦date⟧, ⟦time⟧ - ⟦p4.phone⟧: who added me to this group?""",
)

# ---- helpdesk tickets
_t(
    "helpdesk",
    "",
    """Ticket ⟦inc⟧ — Password reset
Caller: ⟦p1.full⟧ (⟦p1.login⟧), ⟦dept⟧
Verified via: employee ID ⟦empid⟧ + DOB ⟦p1.dob⟧ + callback to ⟦p1.phone⟧
Action: AD password reset, temporary password ⟦pwd⟧, "must change at next logon" set.
Technician: ⟦p2.full⟧""",
)
_t(
    "helpdesk",
    "",
    """⟦t.hi⟧ IT,
⟦t.reset⟧: ⟦p1:f⟧⟦p1.full⟧ (⟦p1.wmail⟧). She's travelling and can only be reached on ⟦p1.phone⟧.
⟦t.regards⟧,
⟦p2.full⟧
⟦role⟧ | ⟦company⟧
M ⟦p2.phone⟧""",
)
_t(
    "helpdesk",
    "",
    """Laptop handover form
Asset tag: ⟦asset⟧   Model: Dell Latitude 5440   Serial: ⟦serial⟧
Wi-Fi MAC: ⟦mac⟧
Previous user: ⟦p1.full⟧ (left ⟦date⟧)
New user: ⟦p2.full⟧, ⟦dept⟧, desk ⟦n3⟧
BitLocker recovery key: ⟦bitlocker⟧
Handed over by ⟦p3.full⟧ on ⟦date⟧. Signature: ________""",
)
_t(
    "helpdesk",
    "",
    """VPN access request
Requester: ⟦p1.full⟧ <⟦p1.wmail⟧>
Manager approval: ⟦p2.hname⟧
Home IP (for allow-list): ⟦ip⟧
Device MAC: ⟦mac⟧
Justification: on-call for ⟦app⟧ migration from ⟦date⟧
Profile: vpn-eng-⟦region⟧ (FortiClient ⟦ver⟧)""",
)
_t(
    "helpdesk",
    "",
    """ServiceNow ⟦inc⟧ | Category: Access | State: In Progress
Short description: ⟦t.unlock⟧
Caller: ⟦p1.name⟧ — ⟦p1.phone⟧
Work notes:
  ⟦time⟧ ⟦p2.name⟧: user locked out after password change, phone still syncing old pw.
  ⟦time⟧ ⟦p2.name⟧: unlocked in AD, asked user to remove mail account on phone.
  ⟦time⟧ ⟦x1.name⟧: closing, user confirmed via Teams.""",
)
_t(
    "helpdesk",
    "",
    """Hi ⟦p1.given⟧,
your new account is ready:
  Username: ⟦p1.login⟧
  Temporary password: ⟦pwd⟧
  MFA enrolment code: ⟦otp⟧
Please change the password at first login. Your buddy for the first week is ⟦p2.full⟧ (⟦p2.phone⟧).
Welcome to ⟦company⟧!
IT Service Desk""",
)
_t(
    "helpdesk",
    "",
    """New starter checklist — ⟦p1.full⟧
☑ AD account ⟦p1.login⟧ created by ⟦p2.login⟧
☑ Mailbox ⟦p1.wmail⟧
☐ Payroll: IBAN ⟦iban⟧ (from signed form, ⟦date⟧)
☐ Emergency contact: ⟦p3.full⟧, ⟦p3.phone⟧
☐ Home address for contract: ⟦p1.addr1⟧
☐ Badge photo""",
)
_t(
    "helpdesk",
    "",
    """Lost phone report
Employee: ⟦p1.hname⟧
Device: Samsung Galaxy A54, IMEI ⟦n15⟧, number ⟦p1.phone⟧
Last seen: ⟦pubplace⟧, ⟦date⟧ ⟦time⟧
Remote wipe triggered by ⟦p2.full⟧. SIM blocked with carrier (case ⟦ticket⟧).
Authenticator app had codes for ⟦app⟧ — reset MFA.""",
)

# ---- LDAP / AD dumps and provisioning
_t(
    "ldap",
    "",
    """dn: uid=⟦p1.login⟧,ou=people,dc=corp,dc=example
objectClass: inetOrgPerson
uid: ⟦p1.login⟧
cn: ⟦p1.full⟧
sn: ⟦p1.fam⟧
givenName: ⟦p1.given⟧
mail: ⟦p1.wmail⟧
mobile: ⟦p1.phone⟧
manager: uid=⟦p2.login⟧,ou=people,dc=corp,dc=example
userPassword: ⟦pwd⟧

ldapadd says "invalid per syntax" on one attribute, which?""",
)
_t(
    "ldap",
    "",
    """Get-ADUser -Filter "Department -eq '⟦dept⟧'" -Properties * | select Name,SamAccountName,EmailAddress,MobilePhone,LastLogonDate

Name              : ⟦p1.full⟧
SamAccountName    : ⟦p1.login⟧
EmailAddress      : ⟦p1.wmail⟧
MobilePhone       : ⟦p1.phone⟧
LastLogonDate     : ⟦date⟧ ⟦time⟧

Name              : ⟦p2.full⟧
SamAccountName    : ⟦p2.login⟧
EmailAddress      : ⟦p2.wmail⟧
MobilePhone       : ⟦p2.phone⟧
LastLogonDate     : ⟦date⟧ ⟦time⟧

Which of these are stale (>90 days)?""",
)
_t(
    "ldap",
    "",
    """okta users export (partial):
login,firstName,lastName,status,lastLogin,mfa
⟦p1.wmail⟧,⟦p1.given|q⟧,⟦p1.fam|q⟧,ACTIVE,⟦date⟧,push
⟦p2.wmail⟧,⟦p2.given|q⟧,⟦p2.fam|q⟧,LOCKED_OUT,⟦date⟧,sms:⟦p2.phone⟧
⟦p3.wmail⟧,⟦p3.given|q⟧,⟦p3.fam|q⟧,SUSPENDED,⟦date⟧,none
⟦svc⟧@⟦cdomain⟧,svc,account,ACTIVE,⟦date⟧,none
write a script that unlocks everybody in LOCKED_OUT""",
)

# ---- mailing lists, e-mail threads with quotes and signatures
_t(
    "mail",
    "",
    """From: ⟦p1.full⟧ <⟦p1.wmail⟧>
To: dev@lists.⟦cdomain⟧
Subject: Re: [crm-dev] charset problem in export

On ⟦date⟧, ⟦p2.full⟧ wrote:
> The export turns "⟦p3.native⟧" into question marks.
> Customer complained, her phone is ⟦p3.phone⟧ if anyone wants to call.

Set the writer to utf-8-sig, Excel needs the BOM.

--
⟦p1.full⟧
⟦role⟧, ⟦company⟧
⟦p1.phone⟧""",
)
_t(
    "mail",
    "",
    """-----Original Message-----
From: ⟦p1.hname⟧ <⟦p1.email⟧>
Sent: ⟦date⟧ ⟦time⟧
To: Support <support-inbox>
Subject: My account

Hello, I moved. My new address is ⟦p1.addr⟧ and my new mobile ⟦p1.phone⟧. Also please send the invoices to ⟦p1.pmail⟧ from now on.
Thank you
⟦p1.full⟧

---
Can you write a polite reply confirming the change, and the SQL to update both tables (contacts, billing_contacts)?""",
)
_t(
    "mail",
    "",
    """Fwd: DSAR request

---------- Forwarded message ---------
From: ⟦p1.full⟧ <⟦p1.email⟧>
Date: ⟦date⟧
Subject: Subject access request

Under the GDPR I request a copy of all personal data you hold about me. For identification: date of birth ⟦p1.dob⟧, customer number ⟦custid⟧, phone ⟦p1.phone⟧, address ⟦p1.addr1⟧.

⟦p2.given⟧ — can you draft the list of systems we need to search? CRM, billing, ⟦app⟧, the data lake, backups.
⟦x1.full⟧
Privacy Office""",
)
_t(
    "mail",
    "",
    """Hi ⟦p1.hon⟧,

following our call: the migration of your company's ⟦n4⟧ user accounts to ⟦app⟧ is scheduled for ⟦date⟧. We need a technical contact on site — you mentioned ⟦p2.full⟧ (⟦p2.phone⟧, ⟦p2.email⟧).

Kind regards,
⟦x1.full⟧
Customer Success, ⟦company⟧
⟦x1.phone⟧""",
)

# ---- migration, dedupe, DSAR, anonymisation requests
_t(
    "dedupe",
    "",
    """⟦t.dup⟧

Record A: ⟦p1:f⟧⟦p2:f⟧⟦p1.full⟧ | ⟦p1.email⟧ | ⟦p1.phone⟧ | ⟦p1.addr1⟧ | DOB ⟦p1.dob⟧
Record B: ⟦p1.formal⟧ | ⟦p1.pmail⟧ | ⟦p1.phone⟧ | ⟦p1.addr1⟧ | DOB ⟦p1.dob⟧
Record C: ⟦p2.full⟧ | ⟦p2.email⟧ | ⟦p2.phone⟧ | — | —

A and B should merge, C is her sister. Which matching rule gets this right?""",
)
_t(
    "dedupe",
    "",
    """We're migrating from ⟦app⟧ to Salesforce. The mapping breaks for names written family-name first. Examples from prod:
 - "⟦p1.caps⟧" → FirstName=? LastName=?
 - "⟦p2.formal⟧"
 - "⟦p3.full⟧"
 - "⟦x1.full⟧"
How do we decide which part is the surname? Owner of the mapping is ⟦p4.full⟧.""",
)
_t(
    "dedupe",
    "",
    """⟦t.anon⟧:

| id | name | dob | phone | email | notes |
|----|------|-----|-------|-------|-------|
| 1 | ⟦p1.full⟧ | ⟦p1.dob⟧ | ⟦p1.phone⟧ | ⟦p1.email⟧ | VIP |
| 2 | ⟦p2.full⟧ | ⟦p2.dob⟧ | ⟦p2.phone⟧ | ⟦p2.email⟧ | called about ⟦invoice⟧ |
| 3 | ⟦p3:f⟧⟦p3.full⟧ | ⟦p3.dob⟧ | ⟦p3.phone⟧ | ⟦p3.email⟧ | ⟦p4.kin⟧ is her emergency contact |""",
)
_t(
    "dedupe",
    "",
    """Data migration log, batch ⟦n3⟧:
MIGRATED   contact ⟦custid⟧  ⟦p1.full⟧
MIGRATED   contact ⟦custid⟧  ⟦p2.full⟧
SKIPPED    contact ⟦custid⟧  ⟦p3.full⟧  reason=invalid_email "⟦p3.email⟧ "
FAILED     contact ⟦custid⟧  ⟦p4.full⟧  reason=⟦err⟧
MIGRATED   contact ⟦custid⟧  ⟦p5.full⟧
summary: 3 ok, 1 skipped, 1 failed. why is the email invalid, it looks fine?""",
)

# ---- asking an LLM
_t(
    "ask",
    "",
    """write a regex to mask phone numbers like these in our logs:
⟦p1.phone⟧
⟦p2.phone⟧
⟦phone⟧
they come from the ⟦country⟧ call-centre integration. keep the last 2 digits.""",
)
_t(
    "ask",
    "",
    """explain this log line, ⟦p1.given⟧ says it's harmless:

⟦ts⟧ WARN auth.service login_attempt user=⟦p2.wmail⟧ ip=⟦ip⟧ geo=⟦cc2⟧ result=fail reason=bad_password attempt=7 ua="⟦brand⟧ ⟦app⟧/⟦ver⟧"
""",
)
_t(
    "ask",
    "",
    """Why does this import fail? Python 3.11, openpyxl.

ws.append(["⟦p1.full⟧", "⟦p1.dob⟧", "⟦p1.phone⟧", None])
→ ValueError: Cannot convert '⟦p1.dob⟧' to Excel

The third column is fine for ⟦p2.full⟧ (⟦p2.phone⟧).""",
)
_t(
    "ask",
    "",
    """Here is the customer note, summarise it in 2 lines for the handover:

"⟦p1:f⟧⟦p2:m⟧⟦p1.hon⟧ called at ⟦time⟧ about the double debit on her card ⟦masked⟧. She's at ⟦p1.addr1⟧ until ⟦date⟧, then reachable on ⟦p1.phone⟧. Her son ⟦p2.given⟧ will call from ⟦p2.phone⟧. Promised refund of ⟦amount⟧ by ⟦date⟧." — ⟦p3.given⟧""",
)
_t(
    "ask",
    "",
    """I need a Python function that validates these IBANs and tells me which bank they belong to:
⟦iban⟧
⟦iban⟧
⟦iban⟧
They're from the supplier master data, owner ⟦p1.full⟧. Use no external library.""",
)
_t(
    "ask",
    "",
    """Generate test data that looks like this but is fake (the sample is real, don't reuse it):
⟦p1.full⟧;⟦p1.dob⟧;⟦p1.phone⟧;⟦p1.email⟧;⟦p1.addr1⟧
⟦p2.full⟧;⟦p2.dob⟧;⟦p2.phone⟧;⟦p2.email⟧;⟦p2.addr1⟧""",
)
_t(
    "ask",
    "",
    """Translate this helpdesk ticket to English and classify it:

⟦t.hi⟧, ⟦t.unlock⟧. ⟦t.name⟧: ⟦p1.full⟧. ⟦t.phone⟧: ⟦p1.phone⟧. ⟦t.email⟧: ⟦p1.email⟧. ⟦t.thx⟧! — ⟦p2.full⟧""",
)
_t(
    "ask",
    "",
    """Is this a valid credit card number or test data? It came in a support chat from ⟦p1.full⟧: ⟦cc⟧ exp ⟦exp⟧
Our Stripe test cards start with 4242, this doesn't.""",
)
_t(
    "ask",
    "",
    """Our crypto payout failed. Customer ⟦p1.full⟧ (⟦p1.email⟧) gave the wallet ⟦btc⟧ but the node says invalid. Another customer, ⟦p2.full⟧, uses ⟦eth⟧ and that works. Is the first one a testnet address?""",
)
_t(
    "ask",
    "",
    """Why does `pd.to_datetime(df["dob"], dayfirst=True)` turn ⟦p1.full⟧'s birthday ⟦p1.dob⟧ into the wrong month but ⟦p2.full⟧'s ⟦p2.dob⟧ is correct?""",
)

# ---- short messages
_t("short", "", """can you reset MFA for ⟦p1.login⟧? new phone ⟦p1.phone⟧""")
_t("short", "", """pls add ⟦p1.wmail⟧ and ⟦p2.wmail⟧ to the ⟦app⟧ admins group, ticket ⟦inc⟧""")
_t(
    "short",
    "",
    """⟦p1:f⟧⟦p1.given⟧ left the company, transfer her ⟦app⟧ dashboards to ⟦p2.login⟧""",
)
_t("short", "", """db pw for reporting replica is ⟦pwd⟧, don't share""")
_t(
    "short",
    "",
    """whose IP is ⟦ip⟧? it hammered /login 4000 times. ⟦p1.at⟧ says it's the ⟦town⟧ office""",
)
_t(
    "short",
    "",
    """⟦p1:f⟧⟦p1.kin⟧ asked me to fix her laptop again 😅 her wifi MAC is ⟦mac⟧, can I whitelist it on the guest network?""",
)
_t("short", "", """merge ⟦p1.email⟧ into ⟦p1.pmail⟧ please, same person (⟦p1.full⟧)""")
_t("short", "", """SSH key of ⟦p1.full⟧ expires ⟦date⟧, remind ⟦p1.at⟧""")
_t("short", "", """token for the staging bot: ⟦apikey⟧ — rotate after the demo with ⟦p1.given⟧""")
_t(
    "short",
    "",
    """⟦p1.at⟧ the customer ⟦p2.full⟧ is on line 2, number ⟦p2.phone⟧, can you take it?""",
)
_t(
    "short",
    "",
    """new joiner ⟦p1.full⟧ starts ⟦date⟧, DOB ⟦p1.dob⟧ for the payroll form, manager ⟦p2.full⟧""",
)
_t("short", "", """OTP ⟦otp⟧ for ⟦p1.login⟧, expires in 5 min""")
_t("short", "", """⟦p1.hon⟧ wants the invoices at ⟦p1.addr1⟧ from now on, update CRM""")

# ---- texts in the locale's own language
_t(
    "loc",
    "de at ch",
    """Betreff: Auskunftsersuchen nach Art. 15 DSGVO – ⟦ticket⟧

Hallo ⟦p1.given⟧,

⟦p2:f⟧⟦p2.hname⟧ (geb. ⟦p2.dob⟧, wohnhaft ⟦p2.addr1⟧) möchte wissen, welche Daten wir über sie speichern. Kundennummer ⟦custid⟧, Telefon ⟦p2.phone⟧.
Kannst du bitte bis ⟦date⟧ einen Export aus dem CRM und aus ⟦app⟧ ziehen? Die Frist läuft sonst ab.

Viele Grüße
⟦p3.full⟧
Datenschutz""",
)
_t(
    "loc",
    "de at ch",
    """Kommentar von ⟦p1.full⟧ im Ticket ⟦ticket⟧:
Der Import bricht bei Zeile 418 ab, weil im Feld „Nachname" der Wert „⟦p2.fam⟧, ⟦p2.given⟧" steht (mit Komma!). Betroffen ist auch ⟦p3.full⟧, Geburtsdatum ⟦p3.dob⟧. @⟦p4.login⟧ kannst du den Parser auf Anführungszeichen umstellen?""",
)
_t(
    "loc",
    "fr be ca_qc sn ci cm ma tn dz rw",
    """Ticket GLPI n° ⟦n5⟧ — Demande de fusion
Demandeur : ⟦p1.hname⟧
Bonjour,
⟦t.dup⟧
 - fiche ⟦custid⟧ : ⟦p2.caps⟧, né(e) le ⟦p2.dob⟧, tél. ⟦p2.phone⟧
 - fiche ⟦custid⟧ : ⟦p2.full⟧, ⟦p2.email⟧, ⟦p2.addr1⟧
⟦t.regards⟧,
⟦p1.full⟧""",
)
_t(
    "loc",
    "fr be ca_qc sn ci cm",
    """Salut ⟦p1.given⟧, le script de migration plante sur le client ⟦p2.full⟧ (⟦p2.email⟧) : « ⟦err⟧ ». J'ai mis le mot de passe de la base de recette dans le coffre, mais au cas où : ⟦pwd⟧. Tu peux regarder avant la mise en prod de ⟦time⟧ ? Merci ! ⟦p3.given⟧""",
)
_t(
    "loc",
    "es mx co pe cl ar cr",
    """Hola ⟦p1.given⟧, ¿me ayudas con esta consulta? No me devuelve nada para ⟦p2.full⟧ aunque el registro existe:

SELECT * FROM clientes WHERE nombre = '⟦p2.full|sql⟧' AND fecha_nac = '⟦p2.dobiso⟧';

Su teléfono en el CRM es ⟦p2.phone⟧ y el correo ⟦p2.email⟧. Gracias, ⟦p3.nick⟧""",
)
_t(
    "loc",
    "es mx co pe cl ar cr",
    """Ticket de soporte ⟦inc⟧
Solicitante: ⟦p1.hname⟧ (⟦p1.wmail⟧)
Asunto: ⟦t.unlock⟧
Detalle: después de cambiar la contraseña desde casa (IP ⟦ip⟧) no puede entrar al ERP. Su jefa, ⟦p2.hname⟧, aprueba el desbloqueo.
Atendido por: ⟦p3.full⟧ — ext. ⟦n4⟧""",
)
_t(
    "loc",
    "br pt",
    """Chamado ⟦inc⟧ – Solicitação de titular (LGPD)
Titular: ⟦p1.full⟧
E-mail: ⟦p1.email⟧ | Celular: ⟦p1.phone⟧
Endereço: ⟦p1.addr1⟧
Nascimento: ⟦p1.dob⟧
Pedido: exclusão dos dados de marketing. Responsável: ⟦p2.full⟧ (DPO). Prazo: ⟦date⟧.
Oi ⟦p3.nick⟧, consegue rodar o script de anonimização só pra esse titular?""",
)
_t(
    "loc",
    "ru kz ua uz",
    """Заявка ⟦inc⟧ в Service Desk
Инициатор: ⟦p1.full⟧, отдел ⟦dept⟧
Текст: ⟦t.unlock⟧. Логин ⟦p1.login⟧, мобильный ⟦p1.phone⟧.
Комментарий ⟦p2.full⟧: разблокировал в AD, временный пароль ⟦pwd⟧, сменить при входе.""",
)
_t(
    "loc",
    "ru kz",
    """Выгрузка из 1С не загружается в Битрикс24, ругается на строку:
"⟦p1.caps⟧";"⟦p1.dob⟧";"⟦p1.phone⟧";"⟦p1.email⟧";"⟦p1.addr1⟧"
Ошибка: ⟦err⟧. ⟦p2.given⟧ говорит, что дело в кодировке cp1251. Как быть?""",
)
_t(
    "loc",
    "jp",
    """【バグ報告】顧客情報画面で文字化け
報告者：⟦p1.full⟧
対象顧客：⟦p2.hon⟧（顧客ID ⟦custid⟧）
電話番号：⟦p2.phone⟧
住所：⟦p2.addr⟧
生年月日：⟦p2.dob⟧
再現手順：CSVエクスポート → Excelで開く
原因はShift_JISとUTF-8の混在と思われます。⟦p3.hon⟧、確認お願いします。""",
)
_t(
    "loc",
    "jp",
    """Backlog ⟦ticket⟧ コメント
⟦p1.hon⟧：本番DBの接続情報をSlackに貼ってしまいました。すぐにローテーションお願いします。
  ⟦conn⟧
⟦p2.hon⟧：了解です。⟦time⟧に変更しました。新しいパスワードはVaultに入れています。""",
)
_t(
    "loc",
    "cn",
    """钉钉群「CRM项目组」导出
⟦p1.full⟧ ⟦time⟧：这个客户导入一直报错，⟦t.see⟧
⟦p1.full⟧ ⟦time⟧：姓名 ⟦p2.full⟧，手机 ⟦p2.phone⟧，邮箱 ⟦p2.email⟧，地址 ⟦p2.addr⟧
⟦p3.hon⟧ ⟦time⟧：身份证号那列是空的，所以校验失败
⟦p1.full⟧ ⟦time⟧：好的，我让⟦p4.nick⟧补一下""",
)
_t(
    "loc",
    "cn",
    """飞书消息 @⟦p1.full⟧ 麻烦把这张表脱敏后再发给外包：
| 姓名 | 出生日期 | 电话 | 银行卡 |
| ⟦p2.full⟧ | ⟦p2.dob⟧ | ⟦p2.phone⟧ | ⟦cc⟧ |
| ⟦p3.full⟧ | ⟦p3.dob⟧ | ⟦p3.phone⟧ | ⟦cc⟧ |
—— ⟦p4.hon⟧""",
)
_t(
    "loc",
    "cn tw",
    """企业微信 · 运维值班
⟦p1.hon⟧：⟦host⟧ 上的 MySQL 主从延迟 300s
⟦p2.full⟧：我看一下，root 密码还是 ⟦pwd⟧ 吗？
⟦p1.hon⟧：别在群里发密码！已经改了
⟦p3.full⟧：用户 ⟦p4.full⟧ 反馈登录不了，IP ⟦ip⟧""",
)
_t(
    "loc",
    "tw",
    """請協助查詢這筆訂單的收件人資料是否正確：
訂單 ⟦order⟧
收件人：⟦p1.full⟧
電話：⟦p1.phone⟧
地址：⟦p1.addr⟧
生日：⟦p1.dob⟧
⟦p2.hon⟧ 說系統把地址截斷了，欄位是 varchar(50)。""",
)
_t(
    "loc",
    "kr",
    """[버그] 회원정보 수정 시 500 에러
작성자: ⟦p1.hon⟧
대상 회원: ⟦p2.full⟧ (⟦p2.email⟧)
연락처: ⟦p2.phone⟧
주소: ⟦p2.addr⟧
생년월일: ⟦p2.dob⟧
로그: ⟦err⟧
⟦p3.hon⟧ 확인 부탁드립니다. 재현은 ⟦host⟧ 에서만 됩니다.""",
)
_t(
    "loc",
    "kr",
    """카카오워크 #인프라
⟦p1.kin⟧ 스테이징 DB 비번 뭐였죠?
⟦p1.full⟧: ⟦pwd⟧ 요. 채팅에 남기지 마세요 ㅠ
⟦p2.hon⟧ 내일 ⟦time⟧ 에 배포합니다 (⟦ver⟧)""",
)
_t(
    "loc",
    "sa ae eg iq jo",
    """طلب دعم فني ⟦inc⟧
الاسم: ⟦p1.full⟧
الجوال: ⟦p1.phone⟧
البريد: ⟦p1.email⟧
المشكلة: ⟦t.unlock⟧
ملاحظة من ⟦p2.full⟧: تم التحقق من الهوية عبر تاريخ الميلاد ⟦p1.dob⟧""",
)
_t(
    "loc",
    "tr",
    """Destek talebi ⟦inc⟧
Müşteri: ⟦p1.hname⟧
Telefon: ⟦p1.phone⟧ — E-posta: ⟦p1.email⟧
Adres: ⟦p1.addr1⟧
Açıklama: ⟦t.dup⟧ İkinci kayıt ⟦p1.formal⟧ olarak açılmış.
⟦p2.kin⟧ halledecek, IBAN değişikliği de var: ⟦iban⟧""",
)
_t(
    "loc",
    "vn",
    """Zalo nhóm "Dev CRM"
⟦p1.kin⟧ ơi, khách ⟦p2.full⟧ (SĐT ⟦p2.phone⟧) bị trùng 2 tài khoản, email ⟦p2.email⟧ và ⟦p2.pmail⟧.
⟦t.dup⟧
Địa chỉ giao hàng: ⟦p2.addr⟧
— ⟦p3.given⟧""",
)
_t(
    "loc",
    "id my",
    """Grup WA "IT Support ⟦town⟧"
[⟦time⟧] ⟦p1.full⟧: ⟦p2.hon⟧ minta reset password email, HP beliau ⟦p2.phone⟧
[⟦time⟧] ⟦p3.full⟧: sudah, password sementara ⟦pwd⟧
[⟦time⟧] ⟦p1.full⟧: makasih ⟦p3.kin⟧ 🙏""",
)
_t(
    "loc",
    "th",
    """LINE กลุ่ม IT
⟦p1.kin⟧: ลูกค้า ⟦p2.full⟧ โทร ⟦p2.phone⟧ แจ้งว่าเข้าแอปไม่ได้
⟦p3.full⟧: เช็คแล้ว บัญชีโดนล็อก ปลดให้แล้วครับ
⟦p1.kin⟧: ขอบคุณครับ ที่อยู่ใหม่ของลูกค้า ⟦p2.addr1⟧ อัปเดตใน CRM ด้วยนะ""",
)
_t(
    "loc",
    "in_n np pk bd",
    """WhatsApp — "Prod Support"
⟦p1.kin⟧: customer ⟦p2.full⟧ ka KYC stuck hai, mobile ⟦p2.phone⟧, DOB ⟦p2.dob⟧
⟦p3.full⟧: PAN mismatch dikh raha hai, ⟦p4.hon⟧ se approval lena padega
⟦p1.kin⟧: ok, maine ⟦p4.email⟧ ko mail kar diya
⟦p3.full⟧: 👍""",
)
_t(
    "loc",
    "pl",
    """Zgłoszenie ⟦inc⟧
Zgłaszający: ⟦p1.hname⟧
⟦t.reset⟧: ⟦p2.full⟧ (⟦p2.login⟧), tel. ⟦p2.phone⟧.
Uwagi ⟦p3.nick⟧: hasło tymczasowe ⟦pwd⟧, wymuszona zmiana przy logowaniu.""",
)
_t(
    "loc",
    "nl be",
    """Melding ⟦inc⟧ — ⟦t.unlock⟧
Gebruiker: ⟦p1.full⟧ (⟦p1.wmail⟧), tel. ⟦p1.phone⟧
Adres voor het opsturen van de nieuwe token: ⟦p1.addr1⟧
Behandeld door ⟦p2.hname⟧""",
)
_t(
    "loc",
    "it",
    """Segnalazione ⟦ticket⟧
Ciao ⟦p1.given⟧, l'import da Excel fallisce sul cliente ⟦p2.full⟧ (nato il ⟦p2.dob⟧, tel. ⟦p2.phone⟧). L'errore è ⟦err⟧. Il file l'ha mandato ⟦p3.hname⟧ ieri sera.""",
)
_t(
    "loc",
    "il",
    """שלום ⟦p1.given⟧, הלקוח ⟦p2.full⟧ (טלפון ⟦p2.phone⟧, מייל ⟦p2.email⟧) מבקש למחוק את החשבון. ⟦t.see⟧. תודה, ⟦p3.given⟧""",
)
_t(
    "loc",
    "ir",
    """⟦t.hi⟧ ⟦p1.hon⟧، ⟦t.fail⟧: ⟦p2.full⟧ | ⟦p2.phone⟧ | ⟦p2.dob⟧ | ⟦p2.email⟧. خطا: ⟦err⟧. ⟦t.regards⟧، ⟦p3.full⟧""",
)
_t(
    "loc",
    "ke tz",
    """Habari ⟦p1.given⟧, mteja ⟦p2.hname⟧ anasema M-Pesa payment haijaonekana kwenye account yake. Simu yake ni ⟦p2.phone⟧, email ⟦p2.email⟧. Transaction ID ⟦txn⟧. Tafadhali angalia logs za ⟦host⟧. Asante — ⟦p3.full⟧""",
)
_t(
    "loc",
    "ph",
    """Viber — IT Helpdesk ⟦town⟧
⟦p1.kin⟧: paki-reset po yung password ni ⟦p2.hon⟧, naka-lock daw siya
⟦p3.full⟧: ok po, temp pw: ⟦pwd⟧
⟦p1.kin⟧: salamat! pakisend na lang sa number niya ⟦p2.phone⟧
⟦p3.full⟧: done po 👍""",
)
_t(
    "loc",
    "gr",
    """Γεια σου ⟦p1.given⟧, το import σκάει στον πελάτη ⟦p2.full⟧ (τηλ. ⟦p2.phone⟧, email ⟦p2.email⟧, ημ. γέννησης ⟦p2.dob⟧). Error: ⟦err⟧. Φιλικά, ⟦p3.full⟧""",
)
_t(
    "loc",
    "hu",
    """Szia ⟦p1.nick⟧! ⟦t.fail⟧: „⟦p2.full⟧;⟦p2.dob⟧;⟦p2.phone⟧;⟦p2.addr1⟧". Hibaüzenet: ⟦err⟧. Üdv, ⟦p3.full⟧""",
)
_t(
    "loc",
    "se no dk fi is",
    """⟦t.hi⟧ ⟦p1.given⟧! ⟦t.reset⟧: ⟦p2.full⟧ (⟦p2.wmail⟧, ⟦p2.phone⟧). ⟦t.thx⟧, ⟦p3.given⟧""",
)
_t(
    "loc",
    "cz hr rs ro bg lt",
    """⟦t.hi⟧ ⟦p1.given⟧, ⟦t.fail⟧:
⟦p2.full⟧ | ⟦p2.dob⟧ | ⟦p2.phone⟧ | ⟦p2.email⟧ | ⟦p2.addr1⟧
⟦err⟧
⟦t.regards⟧, ⟦p3.full⟧""",
)

# ---- more regular shapes
_t(
    "hr",
    "us",
    """Payroll onboarding (US) — W-4/I-9 data entry, please check the SQL before I run it:

INSERT INTO hr.employee_tax (emp_id, legal_name, ssn, dob, home_address, dl_number, dl_state)
VALUES ('⟦empid⟧', '⟦p1.full|sql⟧', '⟦ssn⟧', '⟦p1.dobiso⟧', '⟦p1.addr1|sql⟧', '⟦dl⟧', 'CA');

Contractor ⟦p2.full⟧ has no SSN, only ITIN ⟦itin⟧ — same column?""",
)
_t(
    "hr",
    "us",
    """ADP import error report
Row 14: Employee ⟦p1.name⟧ — SSN ⟦ssn⟧ already assigned to ⟦p2.name⟧ (emp ⟦empid⟧)
Row 15: Employee ⟦p3.name⟧ — invalid ZIP in ⟦p3.addr1⟧
Row 19: Dependent of ⟦p4.name⟧ — DOB ⟦p4.dob⟧ in the future?
Ask ⟦p5.hname⟧ in HR which SSN is right before re-running.""",
)
_t(
    "hr",
    "us",
    """Vendor W-9 intake (AP team)
Vendor: ⟦p1.full⟧ DBA "⟦brand⟧ Detailing"
TIN type: ITIN  ⟦itin⟧
Address: ⟦p1.addr⟧
Phone: ⟦p1.phone⟧
Bank: routing ⟦n9⟧, account ⟦n10⟧
Entered by ⟦p2.login⟧ on ⟦date⟧""",
)
_t(
    "hr",
    "gb",
    """HR case ⟦inc⟧ — right-to-work check
Employee: ⟦p1.full⟧
Passport no. ⟦passport⟧ (expires ⟦date⟧)
Driving licence: ⟦dl⟧
Home: ⟦p1.addr⟧
Checked by ⟦p2.full⟧ via the online service, reference ⟦ticket⟧.""",
)
_t(
    "hr",
    "",
    """Travel desk export (bookings for the offsite), the airline API rejects passenger 2:
pax | name on passport | passport no. | DOB | PNR | flight
1 | ⟦p1.caps⟧ | ⟦passport⟧ | ⟦p1.dob⟧ | ⟦pnr⟧ | ⟦flight⟧
2 | ⟦p2.caps⟧ | ⟦passport⟧ | ⟦p2.dob⟧ | ⟦pnr⟧ | ⟦flight⟧
3 | ⟦x1.caps⟧ | ⟦passport⟧ | ⟦x1.dob⟧ | ⟦pnr⟧ | ⟦flight⟧
Error: "APIS: surname contains invalid characters". Booked by ⟦p3.full⟧.""",
)
_t(
    "hr",
    "",
    """Fleet system: driver licence validation fails for new drivers
driver_id ⟦n5⟧  ⟦p1.full⟧  licence ⟦dl⟧  vehicle ⟦plate⟧
driver_id ⟦n5⟧  ⟦p2.full⟧  licence ⟦dl⟧  vehicle ⟦plate⟧
Validator expects the old format. Who maintains `⟦func⟧`? (blame says ⟦p3.login⟧)""",
)
_t(
    "team",
    "",
    """Global on-call roster — week ⟦week⟧
| Region | Primary | Phone | Secondary |
| EMEA | ⟦x1.full⟧ | ⟦x1.phone⟧ | ⟦x2.full⟧ |
| APAC | ⟦p1.full⟧ | ⟦p1.phone⟧ | ⟦p2.full⟧ |
| AMER | ⟦x3.full⟧ | ⟦x3.phone⟧ | ⟦p3.full⟧ |
Escalation manager: ⟦p4.hname⟧. PagerDuty schedule ⟦hex6⟧.""",
)
_t(
    "team",
    "",
    """Retro notes — sprint ⟦n2⟧ (team ⟦brand⟧... no, team Falcon 😄)
👍 ⟦p1.given⟧ fixed the flaky test in ⟦func⟧
👍 ⟦x1.given⟧ and ⟦p2.given⟧ paired on the ⟦app⟧ migration
👎 prod creds pasted in #general by ⟦p3.login⟧ (rotated: was ⟦pwd⟧)
Action: ⟦p4.at⟧ to set up secret scanning""",
)
_t(
    "crypto",
    "",
    """Compliance flagged these withdrawals, need a summary for the MLRO ⟦p1.hname⟧:
user ⟦n6⟧ (⟦p2.full⟧, ⟦p2.email⟧) → ⟦btc⟧  0.8 BTC
user ⟦n6⟧ (⟦p3.full⟧, ⟦p3.email⟧) → ⟦eth⟧  12 ETH
user ⟦n6⟧ (⟦p2.full⟧) → ⟦btc⟧  1.1 BTC
Same device fingerprint ⟦hex32⟧ and IP ⟦ip⟧ for both users.""",
)
_t(
    "crypto",
    "",
    """bitcoin-cli error: Invalid Bitcoin address
address given by customer ⟦p1.full⟧ over the phone (⟦p1.phone⟧): ⟦btc⟧
checked by ⟦p2.given⟧: checksum OK in our validator but the node rejects. node version ⟦ver⟧, network=main.""",
)
_t(
    "sec",
    "",
    """.env accidentally committed in ⟦sha7⟧ by ⟦p1.name⟧:
STRIPE_SECRET_KEY=⟦stripe⟧
GITHUB_TOKEN=⟦ghp⟧
SLACK_BOT_TOKEN=⟦xoxb⟧
SENDGRID_API_KEY=⟦apikey⟧
DB_URL=⟦conn⟧
OPENAI_API_KEY=⟦phsecret⟧
Which of these do we need to rotate? The repo was public for ⟦n2⟧ minutes.""",
)
_t(
    "sec",
    "",
    """curl -X POST https://⟦host⟧/v1/users \\
  -H "Authorization: Bearer ⟦jwt⟧" \\
  -H "Content-Type: application/json" \\
  -d '{"name":"⟦p1.full⟧","email":"⟦p1.email⟧","phone":"⟦p1.phone⟧"}'
returns 401, token is from ⟦p2.given⟧'s session an hour ago""",
)
_t(
    "sec",
    "",
    """Password manager export (KeePass CSV) — need to move these to 1Password:
"Group","Title","Username","Password","URL"
"Infra","Prod DB","⟦svc⟧","⟦pwd⟧","https://⟦host⟧"
"Infra","Router","admin","⟦pwd⟧","https://⟦ipint⟧"
"Personal","Bank","⟦p1.login⟧","⟦pwd⟧","https://netbanking.example"
Exported by ⟦p1.full⟧. How do I import only the Infra group?""",
)
_t(
    "sec",
    "",
    """Online banking support chat transcript (bank side), for QA scoring:
Agent ⟦p1.given⟧: Good morning, how can I help?
Customer ⟦p2.full⟧: I can't log in to internet banking. My password is ⟦pwd⟧ and the PIN ⟦pin⟧, it says wrong.
Agent ⟦p1.given⟧: Please never share your password or PIN, not even with us. I've blocked access; you'll get a new activation code on ⟦p2.phone⟧.
Score the agent on the checklist.""",
)
_t(
    "net",
    "",
    """router# show ip dhcp binding
IP address       Client-ID/Hardware address   Lease expiration        Type
⟦ipint⟧      ⟦mac_cisco⟧               ⟦date⟧ ⟦time⟧         Automatic
⟦ipint⟧      ⟦mac_cisco⟧               ⟦date⟧ ⟦time⟧         Automatic
The second one is ⟦p1:f⟧⟦p1.full⟧'s laptop according to the asset DB (asset ⟦asset⟧). Static IPv6 for her VM: ⟦ip6⟧""",
)
_t(
    "net",
    "",
    """Firewall ticket ⟦inc⟧: please allow the home offices of the two DBAs to reach the bastion on port 22
- ⟦p1.full⟧: ⟦ip⟧ (fixed IP from ISP)
- ⟦p2.full⟧: ⟦ip⟧, and IPv6 ⟦ip6⟧
Approved by ⟦p3.hname⟧.""",
)

# ---- near-misses only: nothing to remove
_t(
    "nm",
    "",
    """PR #⟦n4⟧: replace naive shortest path with ⟦cited⟧
Benchmarks on ⟦host⟧ (⟦lib⟧): p95 ⟦ms⟧ms → ⟦ms⟧ms. Commit ⟦sha⟧.
Reviewed-by: ⟦uname⟧. CI: ⟦app⟧ build #⟦n4⟧ green.""",
)
_t(
    "nm",
    "",
    """Our seed data uses ⟦phname⟧ <⟦phmail⟧> and ⟦phname⟧ for all test accounts; password in the fixture is `⟦phsecret⟧`. The CI job `seed-db` runs as ⟦uname⟧ on ⟦host⟧. Is it fine to keep these in the public repo?""",
)
_t(
    "nm",
    "",
    """release notes ⟦ver⟧
- Fix: orders ⟦order⟧ and ⟦order⟧ were double-invoiced (invoice ⟦invoice⟧)
- New: export of ⟦table⟧ to ⟦app⟧
- Perf: `⟦func⟧` is 3x faster
- Chore: bump ⟦lib⟧
Thanks to ⟦uname⟧ and ⟦uname⟧ for testing.""",
)
_t(
    "nm",
    "",
    """Grafana alert FIRING: HighErrorRate
service=⟦svc⟧ host=⟦host⟧ region=⟦region⟧
error_rate=⟦n2⟧% threshold=5% since ⟦ts⟧
runbook: https://wiki.internal/runbooks/⟦svc⟧#high-error-rate
dashboard uid ⟦hex6⟧, panel 4. Silence id ⟦uuid⟧.""",
)
_t(
    "nm",
    "",
    """For the demo dataset, name the players after famous people instead of real customers: ⟦celeb⟧, ⟦celeb⟧, ⟦celeb⟧, and for the kids' mode use ⟦fict⟧ and ⟦fict⟧. Product SKUs ⟦sku⟧ and ⟦sku⟧. Can you write the JSON?""",
)
_t(
    "nm",
    "",
    """apiVersion: apps/v1
kind: Deployment
metadata:
  name: ⟦svc⟧
  namespace: ⟦ns⟧
spec:
  replicas: 3
  template:
    spec:
      serviceAccountName: ⟦uname⟧
      containers:
        - name: app
          image: registry.internal/⟦svc⟧:⟦ver⟧
          ports: [{containerPort: ⟦port⟧}]
          env:
            - {name: BIND_ADDR, value: "0.0.0.0"}
            - {name: API_KEY, valueFrom: {secretKeyRef: {name: ⟦svc⟧, key: api-key}}}
why does the rollout hang at 2/3?""",
)
_t(
    "nm",
    "",
    """Game analytics question: which character is picked most in ⟦app⟧ — ⟦fict⟧ or ⟦fict⟧? Table `⟦table⟧`, columns `hero_name`, `match_id` (e.g. ⟦uuid⟧), `region` (⟦region⟧). Top player handle is ⟦uname⟧.""",
)
_t(
    "nm",
    "",
    """Routing table for deliveries: the warehouse at ⟦pubplace⟧ serves ⟦nplace⟧ and ⟦nplace⟧. Tracking ⟦tracking⟧ was delayed at ⟦nplace⟧ hub. Container ⟦container⟧, seal ⟦n7⟧. Vehicle ⟦plate⟧, VIN ⟦vin⟧.""",
)
_t(
    "nm",
    "",
    """Code review: `def calc(x): return x * 1.08  # VAT` — please name it `add_vat`, and move the 1.08 into settings. Also `tmp2`, `foo`, `data_final_v3` are not good variable names. Style guide section ⟦n2⟧.⟦n1⟧ (inspired by ⟦cited⟧). Ticket ⟦ticket⟧.""",
)
_t(
    "nm",
    "",
    """Support macro (template, do not edit):
"Dear {{customer.first_name}}, thank you for contacting ⟦brand⟧ support about order {{order.id}}. Your case number is {{ticket.id}}. Regards, {{agent.display_name}}"
The variables render empty in ⟦app⟧ ⟦ver⟧. Sample ticket ⟦inc⟧.""",
)
_t(
    "nm",
    "",
    """Flight ops: ⟦flight⟧ delayed, gate change. PNR ⟦pnr⟧ rebooked to ⟦flight⟧, seat ⟦seat⟧. Hotel ⟦brand⟧ Inn near ⟦pubplace⟧, booking ref ⟦pnr⟧. Invoice ⟦invoice⟧, amount ⟦amount⟧.""",
)
_t(
    "nm",
    "",
    """Holiday calendar for the scheduler (no deploys): ⟦saint⟧ day, ⟦saint⟧ day, and the founder's day of ⟦brand⟧. Cron `0 3 * * 1-5` on ⟦host⟧, timezone ⟦tz⟧. Job id ⟦uuid⟧.""",
)
_t(
    "nm",
    "",
    """$ docker ps
CONTAINER ID   IMAGE                         STATUS          PORTS                    NAMES
⟦hex12⟧   postgres:16                   Up 3 days       0.0.0.0:⟦port⟧->5432/tcp   crm-db
⟦hex12⟧   redis:7-alpine                Up 3 days       6379/tcp                 cache
⟦hex12⟧   registry.internal/⟦svc⟧:⟦ver⟧   Restarting (1)                           ⟦svc⟧
why is the last one restarting? logs say ⟦err⟧""",
)
_t(
    "nm",
    "",
    """Sales dashboard: top products this week were the ⟦brand⟧ bundle (SKU ⟦sku⟧), the ⟦fict⟧ plush (SKU ⟦sku⟧) and the ⟦app⟧ gift card. Region ⟦nplace⟧ up 12%. Orders ⟦order⟧–⟦order⟧ are test orders by ⟦uname⟧, exclude them.""",
)
_t(
    "nm",
    "",
    """Jenkinsfile fails at stage 'deploy': `withCredentials([string(credentialsId: 'deploy-token', variable: 'TOKEN')])` — credential not found. Agent ⟦host⟧, build #⟦n4⟧, commit ⟦sha7⟧. The pipeline ran fine for ⟦uname⟧ yesterday. Plugin version ⟦ver⟧.""",
)
_t(
    "nm",
    "",
    """Naming poll for the new microservices: "⟦celeb⟧", "⟦fict⟧", "⟦nplace⟧" or boring ones like ⟦svc⟧? Current hosts: ⟦host⟧, ⟦host⟧. OID for the SNMP trap: 1.3.6.1.4.1.⟦n5⟧.1.⟦n1⟧. Version string 4.2.1.⟦n1⟧ of the agent.""",
)
_t(
    "nm",
    "",
    """Statement reconciliation: payment ⟦txn⟧ of ⟦amount⟧ matched to invoice ⟦invoice⟧, card ⟦masked⟧, customer account ⟦acct⟧, meter ⟦meter⟧. Ticket ⟦ticket⟧ closed by ⟦uname⟧.""",
)
_t(
    "nm",
    "",
    """Address geocoding test set (public places only): ⟦pubplace⟧; ⟦pubplace⟧; ⟦pubplace⟧. Expected lat/lng within 50 m. Uses ⟦lib⟧, API key from env `GEOCODER_KEY` (value `⟦phsecret⟧` in the example config).""",
)
_t(
    "nm",
    "",
    """Interview question we use for data engineers: "Given a table of ⟦celeb⟧'s tweets and ⟦celeb⟧'s posts, write a query for the top hashtags per week." The sample schema: ⟦table⟧(⟦col⟧, ⟦col⟧, created_at). Solution in ⟦app⟧ notebook ⟦uuid⟧.""",
)
