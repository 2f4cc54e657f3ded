"""Pools and templates of the dev28 set (see `bench/sanitizer_dev28.py`). Typed by hand.

Locale fields: gm/gf/fam/famf given and family names (space separated, "_" for a space inside a
name), style (west, es, pt, slav, arab, ethi, soma, vi, mono, in_s, ph), n (the same in the
native script), ph/phi national and international phone patterns ('#' digit, '%' 1-9, '&'
letter, '?' alnum), addr formats over st/town/dist/pc, tm/tf titles ('~' marks a suffix),
kin kinship terms, dob numeric birth-date formats, iban country, dl/pp licence and passport
patterns, dom mail domains, apps local platforms.
"""
# ruff: noqa: E501

from __future__ import annotations

_LISTS = [
    "st",
    "town",
    "dist",
    "pc",
    "addr",
    "ph",
    "phi",
    "dob",
    "dl",
    "pp",
    "apps",
    "plate",
    "celeb",
    "place",
    "streetp",
    "kin",
    "nkin",
    "tm",
    "tf",
    "ntm",
    "ntf",
    "langs",
    "nlangs",
]


def L(**kw: object) -> dict:  # noqa: N802
    for k in _LISTS:
        if isinstance(kw.get(k), str):
            kw[k] = kw[k].split("|")  # type: ignore[union-attr]
    if isinstance(kw.get("n"), dict):
        n = kw["n"]
        for k in _LISTS:
            if isinstance(n.get(k), str):  # type: ignore[union-attr]
                n[k] = n[k].split("|")  # type: ignore[index]
    kw.setdefault("langs", ["en"])
    kw.setdefault("nlangs", [])
    return kw


LOCALES: list[dict] = [
    # ------------------------------------------------------------------ Africa
    L(
        code="ng",
        langs="en|en|en|pcm",
        gm="Chinedu Emeka Obinna Tunde Babatunde Ibrahim Musa Segun Uche Kelechi Adewale",
        gf="Ngozi Chiamaka Funmilayo Yetunde Aisha Zainab Adaeze Bukola Temitope Hauwa Nneka",
        fam="Okafor Adeyemi Balogun Eze Nwosu Abubakar Okonkwo Bello Ogunleye Nwachukwu Adebayo Danjuma Oyelaran",
        mid="Oluwaseun Chukwuemeka Adaobi Olamide",
        nick="Emmy Tunde Chi-Chi Bukky Seyi Kelly Nonso Dayo",
        tm="Mr |Chief |Alhaji |Engr. |Barr. |Dr ",
        tf="Mrs |Ms |Hajiya |Dr |Barr. ",
        kin="Auntie |Uncle |Mummy |Daddy |Brother |Sister |Mama ",
        addr="{n} {st}, {dist}, {town}|Plot {n}, {st}, {dist}, {town}|Flat {flat}, Block {fl}, {st}, {dist}, {town}",
        st="Adeola Odeku Street|Allen Avenue|Awolowo Road|Bode Thomas Street|Ogui Road|Aminu Kano Crescent|Herbert Macaulay Way|Ajose Adeogun Street|Admiralty Way|Obafemi Awolowo Way|Adetokunbo Ademola Crescent",
        dist="Victoria Island|Ikeja GRA|Surulere|Wuse II|Lekki Phase 1|Yaba|Garki|Bodija|Independence Layout",
        town="Lagos|Abuja|Ibadan|Enugu|Port Harcourt|Kano|Benin City",
        ph="080# ### ####|081########|0706 ### ####|090# ### ####|0803-###-####",
        phi="+234 80# ### ####|+234 81# ### ####|+2349#########|+234 (0)70# ### ####",
        dob="dmy/|dmy-",
        cur="₦{}|NGN {}",
        dl="&&&#####&&##|&&&-#####&&",
        pp="&########",
        dom="yahoo.com|gmail.com",
        apps="Jiji|Jumia|Bolt|Chowdeck|Paystack|Konga|inDrive",
        plate="&&& ###&&",
        celeb="Burna Boy|Chimamanda Ngozi Adichie|Wizkid|Tiwa Savage|Funke Akindele|Davido",
    ),
    L(
        code="gh",
        langs="en",
        gm="Kwame Kofi Kwabena Yaw Kojo Kwaku Nana Selorm Ebo Fiifi",
        gf="Ama Akosua Abena Efua Adwoa Esi Akua Afia Dzifa Naa",
        fam="Mensah Asante Owusu Boateng Osei Addo Appiah Darko Agyeman Ansah Quartey Tetteh",
        nick="Kobby Kuuku Efya Nana Kay",
        tm="Mr |Nana |Rev. |Dr ",
        tf="Mrs |Madam |Ms |Dr ",
        kin="Auntie |Uncle |Maame |Papa |Sister ",
        addr="House No. {n}, {st}, {dist}, {town}|{pc}, {st}, {dist}, {town}|{n} {st}, {dist}, {town}",
        st="Oxford Street|Ring Road East|Liberation Road|Kwame Nkrumah Avenue|Spintex Road|Lagos Avenue|Sir Charles Quist Street|Hospital Road",
        dist="Osu|East Legon|Cantonments|Adenta|Dansoman|Tesano|Ahodwo|Asokwa",
        town="Accra|Kumasi|Tema|Takoradi|Cape Coast|Tamale",
        pc="GA-###-####|AK-###-####|GT-###-####",
        ph="024 ### ####|055 ### ####|020#######|050 ### ####|027-###-####",
        phi="+233 24 ### ####|+233 55 ### ####|+233 20#######|+233(0)54 ### ####",
        dob="dmy/|dmy-",
        cur="GH₵{}|GHS {}",
        dl="&##-###-##-####|&########",
        pp="G#######",
        apps="Tonaton|Jumia|Bolt|Yango|Hubtel|MTN MoMo",
        celeb="Sarkodie|Stonebwoy|Abedi Pele|Shatta Wale",
    ),
    L(
        code="ke",
        langs="en|en|sw|sheng",
        gm="Brian Kevin Dennis Otieno Kamau Kiprono Mwangi Omondi Wanjala Kibet Njoroge",
        gf="Wanjiru Akinyi Achieng Njeri Wambui Chebet Nyambura Atieno Mercy Faith Moraa",
        fam="Kamau Otieno Mwangi Odhiambo Kipchoge Wanjiku Kariuki Ochieng Mutua Njoroge Chege Cheruiyot Wafula",
        nick="Kevo Shiro Nyams Bree Maich Kim",
        tm="Mr |Dr |Bw. |Mzee ",
        tf="Mrs |Ms |Dr |Bi. ",
        kin="Auntie |Uncle |Shosho |Mama |Baba |Cucu ",
        addr="House No. {n}, {st}, {dist}, {town}|Apt {flat}, {st}, {dist}, {town} {pc}|{dist}, off {st}, Hse {n}, {town}",
        st="Ngong Road|Argwings Kodhek Road|Kenyatta Avenue|Moi Avenue|Riverside Drive|Kiambu Road|Mombasa Road|Nyali Road|Oginga Odinga Street|Lenana Road",
        dist="Kilimani|Westlands|Lavington|South B|Nyali|Kileleshwa|Ruaka|Kahawa West|Milimani",
        town="Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Thika",
        pc="00100|00200|00502|80100|40100|00606",
        ph="07## ######|07## ### ###|0722 ######|011# ######|0110 ### ###",
        phi="+254 7## ######|+254 7## ### ###|+2547########|+254 11# ######",
        dob="dmy/|dmy-",
        cur="KES {}|KSh {}|Ksh{}",
        dl="&&&######|#########",
        pp="&&#######|&#######",
        apps="Jiji|M-Pesa|Little|Bolt|Glovo|Uber|Kilimall",
        plate="K&& ###&",
        celeb="Lupita Nyong'o|Eliud Kipchoge|Sauti Sol|Faith Kipyegon",
        n=dict(
            gm="Juma Baraka Hamisi Ramadhani Salim",
            gf="Zawadi Neema Rehema Amani Furaha",
            fam="Mwangi Otieno Kamau Wekesa Onyango",
        ),
    ),
    L(
        code="tz",
        langs="sw|sw|en",
        gm="Juma Baraka Hamisi Ramadhani Salim Daudi Emmanuel Godfrey Issa Frank",
        gf="Zawadi Neema Rehema Amina Furaha Halima Mwanaidi Upendo Saida Grace",
        fam="Mushi Mollel Massawe Kimaro Mrema Lyimo Shirima Mwakyusa Komba Hassan Magesa",
        tm="Bw. |Ndugu |Dkt. |Mzee ",
        tf="Bi. |Dkt. |Mama ",
        kin="Mama |Baba |Shangazi |Mjomba |Bibi |Babu |Dada |Kaka ",
        addr="{st}, Nyumba Na. {n}, {dist}, {town}|Plot {n}, {st}, {dist}, {town}|Kitalu {fl}, Nyumba {n}, {dist}, {town}",
        st="Mtaa wa Uhuru|Barabara ya Ali Hassan Mwinyi|Mtaa wa Samora|Barabara ya Bagamoyo|Mtaa wa Jamhuri|Mtaa wa Msimbazi|Barabara ya Nyerere|Mtaa wa Lumumba",
        dist="Sinza|Mikocheni|Kariakoo|Upanga|Mbezi Beach|Njiro|Kinondoni|Masaki",
        town="Dar es Salaam|Arusha|Mwanza|Dodoma|Zanzibar|Moshi",
        ph="07## ### ###|06## ### ###|0754######|071# ### ###",
        phi="+255 7## ### ###|+255 6## ### ###|+2557########",
        dob="dmy/|dmy-",
        cur="TSh {}|{} TZS",
        dl="4000######|#########",
        pp="&&#######",
        apps="Kupatana|M-Pesa|Bolt|Tigo Pesa|Jiji|Piki",
    ),
    L(
        code="ug",
        langs="en|en|lg",
        gm="Ssemakula Mukasa Kato Okello Opio Joseph Ronald Isaac Wasswa Moses",
        gf="Nakato Nansubuga Namutebi Atim Akello Babirye Prossy Florence Sarah Mirembe",
        fam="Ssempijja Mugisha Tumusiime Okello Kiggundu Nsubuga Byaruhanga Lubega Ochieng Kyambadde Nambooze",
        style="west",
        tm="Mr |Dr |Hon. |Eng. ",
        tf="Mrs |Ms |Dr |Madam ",
        kin="Auntie |Jjajja |Ssenga |Kojja |Mama |Taata ",
        addr="Plot {n}, {st}, {dist}, {town}|{n} {st}, {dist}, {town}|Block {fl}, Plot {n}, {dist}, {town}",
        st="Kampala Road|Bukoto Street|Acacia Avenue|Ggaba Road|Entebbe Road|Kira Road|Lumumba Avenue|Nakasero Road|Kiwatule Road",
        dist="Kololo|Ntinda|Bukoto|Muyenga|Kansanga|Naalya|Kisaasi|Makindye",
        town="Kampala|Entebbe|Jinja|Mbarara|Gulu|Mukono",
        ph="07## ######|07## ### ###|0772######|075# ######",
        phi="+256 7## ######|+256 7## ### ###|+2567########",
        dob="dmy/",
        cur="UGX {}|USh {}",
        pp="&#######|&&#######",
        apps="Jiji|SafeBoda|MTN MoMo|Jumia|Faras",
    ),
    L(
        code="et",
        langs="en|am|am",
        nlangs="am",
        style="ethi",
        gm="Abebe Dawit Tesfaye Yohannes Solomon Bereket Henok Mekonnen Girma Tadesse Kebede Alemu",
        gf="Helen Meseret Tigist Selam Birtukan Hiwot Bethlehem Mahlet Tsion Rahel Eyerusalem",
        nick="Abi Beki Tsi Mimi Sami",
        tm="Ato |Dr ",
        tf="W/ro |W/rt |Dr ",
        tname="g",
        kin="Etye |Gashe |Emama |Ababa ",
        n=dict(
            style="ethi",
            gm="አበበ ዳዊት ተስፋዬ ዮሐንስ ሰለሞን በረከት ሄኖክ ግርማ ታደሰ ከበደ",
            gf="ሄለን መሰረት ትዕግስት ሰላም ብርቱካን ሕይወት ቤተልሔም ማህሌት ፅዮን ራሄል",
            ntm="አቶ ",
            ntf="ወ/ሮ |ወ/ሪት ",
            tname="g",
        ),
        ntm="አቶ ",
        ntf="ወ/ሮ |ወ/ሪት ",
        addr="{dist} Sub-city, Woreda {fl}, House No. {n}, {town}|{st}, House {n}, {dist}, {town}|Kebele {fl}, H.No {n}, {dist}, {town}",
        st="Africa Avenue|Cameroon Street|Ras Desta Damtew Street|Haile Gebreselassie Road|Churchill Avenue|Bole Road",
        dist="Bole|Yeka|Kirkos|Arada|Lideta|Kolfe Keranio|Nifas Silk",
        town="Addis Ababa|Adama|Bahir Dar|Hawassa|Mekelle|Dire Dawa",
        ph="09## ### ###|09########|07## ### ###|091-###-####",
        phi="+251 9## ### ###|+251 9########|+251 7## ### ###",
        dob="dmy/",
        cur="{} ETB|{} Birr",
        pp="EP#######|EQ#######",
        apps="Ride|telebirr|Deliver Addis|Qefira|Gebeya",
        celeb="Haile Gebrselassie|Teddy Afro|Tirunesh Dibaba",
    ),
    L(
        code="za",
        langs="en|en|af|zu",
        gm="Sipho Thabo Mandla Pieter Johan Sibusiso Lwazi Kagiso Riaan Themba Bongani",
        gf="Nomvula Thandeka Lerato Zanele Annelie Marike Palesa Naledi Busisiwe Karabo Lindiwe",
        fam="Nkosi Dlamini Mokoena Van_der_Merwe Botha Ndlovu Khumalo Naidoo Pillay Mahlangu Du_Plessis Molefe Zulu",
        nick="Sbu Thabz Lee Zee Mandz Pietie",
        tm="Mr |Dr |Adv. |Meneer ",
        tf="Mrs |Ms |Dr |Adv. |Mevrou ",
        kin="Auntie |Uncle |Gogo |Tannie |Oom |Mkhulu |Mama ",
        addr="{n} {st}, {dist}, {town}, {pc}|Unit {flat}, {st}, {dist}, {town}, {pc}|{n} {st}, {dist}, {pc}",
        st="Jan Smuts Avenue|Main Road|Oxford Road|Long Street|Florida Road|Church Street|Voortrekker Road|Beyers Naudé Drive|Vilakazi Street|Rivonia Road|Kloof Street",
        dist="Rosebank|Sea Point|Morningside|Soweto|Hatfield|Observatory|Umhlanga|Bryanston|Brooklyn|Parkhurst",
        town="Johannesburg|Cape Town|Durban|Pretoria|Gqeberha|Bloemfontein|Stellenbosch",
        pc="####",
        ph="08# ### ####|07# ### ####|06# ### ####|082#######|071-###-####",
        phi="+27 8# ### ####|+27 7# ### ####|+27 (0)6# ### ####|+278########",
        dob="ymd/|dmy/|ymd-",
        cur="R{}|R {}|ZAR {}",
        dec=" ",
        dl="##########&&|####&&&&####",
        pp="&########|M########",
        dom="webmail.co.za|mweb.co.za|gmail.com",
        apps="Gumtree|Takealot|Mr D|Checkers Sixty60|Uber|Bolt|Bob Shop",
        plate="&& ## && GP|CA ###-###",
        celeb="Trevor Noah|Siya Kolisi|Tyla|Black Coffee|Charlize Theron",
    ),
    L(
        code="eg",
        langs="ar|ar|en|arz",
        nlangs="ar",
        style="arab",
        conn="- -",
        gm="Mohamed Ahmed Mahmoud Mostafa Amr Karim Youssef Tarek Omar Hany Sherif Islam",
        gf="Fatma Mariam Nour Heba Sara Yasmin Mona Dina Salma Aya Rana Nada",
        fam="Abdelrahman El-Sherif Hassan Ibrahim Mansour El-Sayed Fahmy Osman Abdel-Aziz Soliman Ragab Shalaby",
        tm="Mr |Dr |Eng. |Ustaz |Ostaz ",
        tf="Mrs |Ms |Dr |Eng. |Madam ",
        tname="g",
        kin="Tant |Uncle |Amo |Khalo |Teta |Gedo |Mama ",
        n=dict(
            style="arab",
            gm="محمد أحمد محمود مصطفى عمرو كريم يوسف طارق عمر هاني شريف",
            gf="فاطمة مريم نور هبة سارة ياسمين منى دينا سلمى آية رنا",
            fam="عبدالرحمن الشريف حسن إبراهيم منصور السيد فهمي عثمان سليمان رجب",
            addr="شقة {flat}، الدور {fl}، {n} {st}، {dist}، {town}|{n} {st}، {dist}، {town}",
            st="شارع عباس العقاد|شارع مصطفى النحاس|شارع التحرير|شارع الثورة|شارع جامعة الدول العربية|شارع مكرم عبيد",
            dist="مدينة نصر|مصر الجديدة|المعادي|الدقي|سموحة|المهندسين",
            town="القاهرة|الجيزة|الإسكندرية|المنصورة|طنطا",
            ntm="أ. |د. |م. |الأستاذ ",
            ntf="أ. |د. |م. |الأستاذة ",
            tname="g",
        ),
        nkin="طنط |عمو |خالو |تيتا |ماما ",
        addr="{n} {st}, {dist}, {town}|Flat {flat}, Floor {fl}, {n} {st}, {dist}, {town}|Apt {flat}, Bldg {n}, {st}, {dist}, {town}",
        st="Mohamed Mahmoud Street|Gamal Abdel Nasser Street|Abbas El Akkad Street|Mostafa El Nahas Street|Talaat Harb Street|El Thawra Street|Syria Street|Makram Ebeid Street",
        dist="Nasr City|Heliopolis|Zamalek|Maadi|Dokki|Mohandessin|Smouha|Sheikh Zayed|New Cairo",
        town="Cairo|Giza|Alexandria|Mansoura|Tanta|6th of October City",
        ph="010 #### ####|011 #### ####|012########|015 #### ####|0100-###-####",
        phi="+20 10 #### ####|+20 12########|+20 11 #### ####|+201#########",
        dob="dmy/|ymd/",
        cur="{} EGP|{} ج.م|EGP {}",
        iban="EG",
        dl="##########",
        pp="A########|&########",
        apps="Dubizzle|OLX|Talabat|Careem|Swvl|InstaPay|Noon|Vodafone Cash",
        celeb="Mohamed Salah|Amr Diab|Naguib Mahfouz|Yousra",
    ),
    L(
        code="ma",
        langs="fr|fr|ar|en|ary",
        nlangs="ar",
        gm="Youssef Mehdi Hamza Anouar Rachid Khalid Amine Othmane Ayoub Soufiane Adil",
        gf="Khadija Salma Imane Zineb Fatima-Zahra Houda Sanaa Meryem Ghita Kawtar Loubna",
        fam="El_Idrissi Benjelloun Alaoui Bennani Tazi Berrada El_Amrani Chraibi Ouazzani Bouzid Lahlou El_Fassi",
        nick="Simo Hamoudi Zizou Mimi",
        tm="M. |Si |Dr ",
        tf="Mme |Mlle |Lalla |Dr ",
        kin="Khalti |Khali |3ammi |Tata |Tonton |Mama |Baba ",
        n=dict(
            gm="يوسف مهدي حمزة رشيد خالد أمين عثمان أيوب",
            gf="خديجة سلمى إيمان زينب فاطمة_الزهراء هدى مريم غيثة",
            fam="الإدريسي بنجلون العلوي بناني التازي برادة العمراني الشرايبي",
        ),
        addr="{n}, {st}, {dist}, {pc} {town}|Appt {flat}, Imm. {fl}, {st}, {dist}, {town}|Résidence Al Amal, GH {fl}, Appt {flat}, {dist}, {town}",
        st="Rue Ibn Batouta|Boulevard Zerktouni|Avenue Mohammed V|Rue Allal Ben Abdellah|Boulevard d'Anfa|Rue Oued Sebou|Avenue Hassan II|Rue Abou Bakr Seddik",
        dist="Maârif|Gauthier|Agdal|Hay Riad|Guéliz|Racine|Bourgogne|Hay Mohammadi",
        town="Casablanca|Rabat|Marrakech|Fès|Tanger|Agadir|Kénitra",
        pc="20###|10###|40###|30###",
        ph="06 ## ## ## ##|07 ## ## ## ##|06########|06-##-##-##-##",
        phi="+212 6 ## ## ## ##|+212 6########|+212 (0)7 ## ## ## ##|00212 6## ## ## ##",
        dob="dmy/|dmy-",
        cur="{} MAD|{} DH|{} dhs",
        dl="##/######|&&######",
        pp="&&#######|&#######",
        apps="Avito|Jumia|Glovo|inDrive|Careem|Yassir",
        celeb="Achraf Hakimi|Saad Lamjarred|Leïla Slimani",
    ),
    L(
        code="dz",
        langs="fr|ar|fr|en",
        nlangs="ar",
        gm="Karim Yacine Sofiane Amine Rafik Nabil Walid Mourad Farid Lyes Riad",
        gf="Amel Nesrine Lamia Sihem Yasmine Kahina Meriem Dalila Feriel Lynda Soumia",
        fam="Benali Boudiaf Haddad Belkacem Mebarki Zerrouki Saadi Bensalah Khelifi Amrani Ouali Cherifi",
        tm="M. |Dr |Si ",
        tf="Mme |Mlle |Dr ",
        kin="Khalti |Khali |Tata |Tonton |Yemma |Baba |Djeddi ",
        n=dict(
            gm="كريم ياسين سفيان أمين رفيق نبيل وليد مراد",
            gf="أمال نسرين لمياء سهام ياسمين مريم دليلة",
            fam="بن_علي بوضياف حداد بلقاسم مباركي زروقي سعدي بن_صالح",
        ),
        addr="{n} {st}, {dist}, {pc} {town}|Cité {fl} Logements, Bt {fl} n° {n}, {dist}, {town}|Lot n° {n}, {dist}, {town}",
        st="Rue Didouche Mourad|Boulevard Krim Belkacem|Rue Larbi Ben M'hidi|Rue Hassiba Ben Bouali|Chemin Mackley|Boulevard Mohamed Khemisti|Rue Ahmed Zabana",
        dist="Hydra|Bab Ezzouar|El Biar|Kouba|Bir Mourad Raïs|Dely Ibrahim|Es Senia",
        town="Alger|Oran|Constantine|Annaba|Blida|Sétif|Tizi Ouzou",
        pc="16###|31###|25###|23###",
        ph="05## ## ## ##|06## ## ## ##|07## ## ## ##|0661######",
        phi="+213 5## ## ## ##|+213 6########|+213 7 ## ## ## ##|00213 5########",
        dob="dmy/|dmy-",
        cur="{} DA|{} DZD",
        dl="#########",
        pp="#########",
        apps="Ouedkniss|Yassir|Jumia|Heetch|Temtem",
        celeb="Riyad Mahrez|Soolking|Khaled",
    ),
    L(
        code="tn",
        langs="fr|ar|fr|en|aeb",
        nlangs="ar",
        gm="Mohamed Aymen Hamza Oussama Skander Wassim Bilel Hatem Slim Yassine",
        gf="Amira Ines Rim Sarra Olfa Mariem Nour Hela Sonia Asma Emna",
        fam="Ben_Salah Trabelsi Jebali Gharbi Bouazizi Mejri Ben_Ammar Chaouch Khemiri Dridi Ayari Hammami",
        tm="M. |Si |Dr ",
        tf="Mme |Mlle |Dr ",
        kin="Khalti |Khali |Tata |Ommi |Baba |Jeddi ",
        n=dict(
            gm="محمد أيمن حمزة أسامة إسكندر وسيم بلال حاتم",
            gf="أميرة إيناس ريم سارة ألفة مريم نور هالة",
            fam="بن_صالح الطرابلسي الجبالي الغربي المجري بن_عمار الشاوش الخميري",
        ),
        addr="{n} {st}, {pc} {town}|{n}, {st}, {dist}, {pc} {town}|Résidence Les Jasmins, Appt {flat}, {dist}, {pc} {town}",
        st="Rue de Marseille|Avenue Habib Bourguiba|Rue Ibn Khaldoun|Rue Alain Savary|Avenue de la Liberté|Rue du Lac Léman|Avenue Hédi Nouira|Rue Abou El Kacem Chebbi",
        dist="Les Berges du Lac|El Menzah 6|La Marsa|Ennasr 2|Lafayette|El Manar 2|Sahloul",
        town="Tunis|Sfax|Sousse|Ariana|Bizerte|Nabeul|Monastir",
        pc="10##|20##|30##|40##",
        ph="2# ### ###|5# ### ###|9# ### ###|98 ## ## ##|2#######",
        phi="+216 2# ### ###|+216 9#######|+216 5# ### ###|00216 9# ### ###",
        dob="dmy/",
        cur="{} DT|{} TND",
        iban="TN",
        pp="&######",
        apps="Tayara|Jumia|Bolt|Glovo|Mazrane|Flouci",
    ),
    L(
        code="sn",
        langs="fr|fr|wo|en",
        gm="Mamadou Cheikh Ousmane Abdoulaye Moussa Ibrahima Pape Modou Serigne Aliou Babacar",
        gf="Aminata Fatou Awa Mariama Ndeye Khady Astou Coumba Aissatou Rokhaya Mame_Diarra",
        fam="Diop Ndiaye Fall Sow Gueye Sarr Faye Diallo Mbaye Cissé Seck Ba Thiam Niang",
        nick="Pape Mame Ablaye Zale Baye",
        tm="M. |Serigne |El Hadji |Dr ",
        tf="Mme |Sokhna |Adja |Dr ",
        kin="Tonton |Tata |Yaay |Baay |Mame |Tokoro ",
        addr="Villa n° {n}, {dist}, {town}|{st}, Rue {fl}, {dist}, {town}|Cité Keur Gorgui, Villa {n}, {town}|Lot {n}, {dist}, {town}",
        st="Rue Carnot|Avenue Cheikh Anta Diop|Rue Moussé Diop|Boulevard du Sud|Avenue Bourguiba|Route de Ngor|Rue Félix Faure",
        dist="Sacré-Cœur 3|Mermoz|Ouakam|Liberté 6|Almadies|Point E|Médina|Parcelles Assainies|Grand Yoff",
        town="Dakar|Thiès|Saint-Louis|Rufisque|Mbour|Ziguinchor|Touba",
        ph="77 ### ## ##|78 ### ## ##|76 ### ## ##|70#######|77#######",
        phi="+221 77 ### ## ##|+221 78#######|00221 76 ### ## ##",
        dob="dmy/",
        cur="{} FCFA|{} XOF",
        pp="&########",
        apps="Expat-Dakar|Wave|Orange Money|Yango|CoinAfrique|Heetch",
        celeb="Sadio Mané|Youssou N'Dour|Aliou Cissé",
    ),
    L(
        code="ci",
        langs="fr",
        gm="Koffi Yao Kouassi Konan Adama Jean-Marc Serge Didier Ange Arsène Hervé",
        gf="Aya Adjoua Affoué Akissi Marie-Laure Nadège Awa Fanta Prisca Estelle Mariam",
        fam="Kouamé Koné Traoré Ouattara Bamba N'Guessan Yao Kouadio Diabaté Coulibaly Tanoh Gnagne Kassi",
        nick="Ange Kiki Bobo Yao",
        tm="M. |Dr |Maître ",
        tf="Mme |Mlle |Dr ",
        kin="Tonton |Tantie |Tata |Maman |Papa |Grand-frère |Grande-sœur ",
        addr="Lot {n}, Îlot {fl}, {dist}, {town}|{st}, Villa {n}, {dist}, {town}|Cité {st}, Villa {n}, {dist}, {town}",
        st="Rue des Jardins|Boulevard Latrille|Rue Lepic|Avenue Chardy|Rue du Commerce|Boulevard VGE|Rue Pierre et Marie Curie",
        dist="Cocody Angré|Riviera 3|Marcory Zone 4|Yopougon|Plateau|Deux Plateaux|Bingerville",
        town="Abidjan|Bouaké|Yamoussoukro|San-Pédro|Daloa",
        ph="07 ## ## ## ##|05 ## ## ## ##|01 ## ## ## ##|07########",
        phi="+225 07 ## ## ## ##|+225 05########|00225 01 ## ## ## ##",
        dob="dmy/",
        cur="{} FCFA|{} F CFA",
        pp="##&&#####",
        apps="Jumia|Yango|Wave|Gozem|Coin Afrique|Heetch",
        celeb="Didier Drogba|Alpha Blondy|Magic System",
    ),
    L(
        code="cm",
        langs="fr|en|fr",
        gm="Jean-Paul Samuel Emmanuel Achille Brice Cyrille Thierry Hervé Landry Franck",
        gf="Marie-Claire Esther Brenda Flore Carine Larissa Sandrine Vanessa Gaëlle Linda",
        fam="Mbarga Nkoulou Tchamba Ngono Atangana Kamga Njoya Essomba Fouda Tchoumi Nana Mbappé_Ndjock Kemajou",
        tm="M. |Dr |Maître |Mr ",
        tf="Mme |Mlle |Dr |Mrs ",
        kin="Tonton |Tata |Ma |Pa |Mami |Papa ",
        addr="Immeuble {fl}, {st}, {dist}, {town}|Carrefour {dist}, Porte {n}, {town}|Rue {fl}.{n}, {dist}, {town}",
        st="Rue Joseph Mballa Eloumden|Boulevard de la Liberté|Rue Drouot|Avenue Kennedy|Rue Njo-Njo|Rue Koloko",
        dist="Bastos|Bonapriso|Akwa|Bonamoussadi|Mvog-Mbi|Biyem-Assi|Molyko",
        town="Yaoundé|Douala|Bafoussam|Buea|Limbe|Garoua",
        ph="6 7# ## ## ##|69# ## ## ##|65#######|67# ### ###",
        phi="+237 6 7# ## ## ##|+237 69#######|+237 65# ## ## ##",
        dob="dmy/",
        cur="{} FCFA|{} XAF",
        pp="&#######",
        apps="Jumia|Gozem|MTN MoMo|Orange Money|Glotelho",
        celeb="Samuel Eto'o|Manu Dibango|Charlotte Dipanda",
    ),
    L(
        code="rw",
        langs="en|fr|rw",
        gm="Jean_Bosco Eric Patrick Emmanuel Olivier Claude Innocent Aimable Didier Fabrice",
        gf="Aline Diane Grace Clarisse Solange Divine Josiane Ange Sandrine Delphine",
        fam="Uwimana Mugisha Niyonzima Habimana Mukamana Nshimiyimana Uwase Ishimwe Hakizimana Iradukunda Munyaneza Kayitesi",
        order="fg",
        tm="Mr |M. |Dr ",
        tf="Mrs |Mme |Dr ",
        kin="Mama |Papa |Tata |Nyogokuru ",
        addr="KG {n} St, House {fl}, {dist}, {town}|KN {n} Ave, No. {flat}, {dist}, {town}|KK {n} St, {dist}, {town}",
        dist="Kimihurura|Kacyiru|Nyarutarama|Kicukiro|Remera|Gisozi|Kibagabaga",
        town="Kigali|Musanze|Huye|Rubavu",
        ph="078# ### ###|072#######|073# ### ###|079 ### ####",
        phi="+250 78# ### ###|+250 72#######|+250 79 ### ####",
        dob="dmy/",
        cur="RWF {}|{} Frw",
        pp="PC######|PD######",
        apps="Yego Cabs|MoMo|Vuba Vuba|Kasha|Move",
    ),
    L(
        code="zw",
        langs="en|sn",
        gm="Tendai Tatenda Farai Tinashe Kudakwashe Blessing Tafadzwa Simbarashe Takudzwa Gift",
        gf="Rutendo Nyasha Chipo Tariro Rumbidzai Fadzai Vimbai Memory Chiedza Ruvimbo",
        fam="Moyo Ncube Chikore Mutasa Dube Sibanda Nyathi Mapfumo Chigumba Marufu Mukanya Zvobgo",
        nick="Kuda Tinoe Rue Taku",
        tm="Mr |Dr |Sekuru ",
        tf="Mrs |Ms |Amai ",
        kin="Sekuru |Tete |Amai |Baba |Mai |Gogo |Mbuya ",
        addr="{n} {st}, {dist}, {town}|Stand {n}, {dist}, {town}|{n} {st}, {dist}",
        st="Samora Machel Avenue|Josiah Tongogara Street|Fife Avenue|Nelson Mandela Avenue|Churchill Road|Borrowdale Road|Harare Drive",
        dist="Avondale|Borrowdale|Mabelreign|Hillside|Belvedere|Waterfalls|Suburbs|Marlborough",
        town="Harare|Bulawayo|Mutare|Gweru|Masvingo",
        ph="077 ### ####|071 ### ####|078#######|073 ### ####",
        phi="+263 77 ### ####|+263 71#######|+263 78 ### ####",
        dob="dmy/",
        cur="US${}|ZiG {}",
        pp="&&######",
        apps="Classifieds|EcoCash|Vaya|Hwindi|InnBucks",
    ),
    L(
        code="so",
        langs="so|en|so",
        style="soma",
        gm="Mohamed Abdi Ahmed Hassan Ali Abdirahman Yusuf Omar Farah Hussein Abdullahi Mahad",
        gf="Hodan Amina Fadumo Sahra Ifrah Hawa Nimco Ayaan Halima Ubah Sagal",
        fam="Farah Warsame Jama Osman Hersi Dahir Abdullahi Aden Egal Nur Ismail Guled",
        nick="Dheere Yare Cawo Xaliimo Gaab",
        tm="Mr |Dr |Eng. |Sheekh ",
        tf="Mrs |Ms |Dr |Marwo ",
        tname="g",
        kin="Eedo |Abti |Habaryar |Hooyo |Aabo |Ayeeyo ",
        addr="{st}, Degmada {dist}, {town}|Guri {n}, {st}, {dist}, {town}|Xaafadda {dist}, Guri {n}, {town}",
        st="Wadada Maka Al-Mukarama|Wadada Wadnaha|Jidka Sodonka|Wadada Industrial Road|Wadada Afisyoone|Jidka 26 June",
        dist="Hodan|Wadajir|Hamar Weyne|Waberi|Dharkenley|Jigjiga Yar|Ga'an Libah",
        town="Muqdisho|Hargeysa|Garoowe|Kismaayo|Boosaaso",
        ph="061 #######|061-5######|090 #######|063 #######|07########",
        phi="+252 61 #######|+252 90 ### ####|+252 63 #######",
        dob="dmy/",
        cur="${}|{} SLSH",
        pp="P########|&&#######",
        apps="EVC Plus|Zaad|Dahabshiil|Sahal|Hormuud",
    ),
    # ------------------------------------------------------------------ Middle East
    L(
        code="sa",
        langs="ar|ar|en",
        nlangs="ar",
        style="arab",
        conn="bin bint",
        gm="Abdullah Fahad Sultan Turki Khalid Nasser Saud Faisal Majed Bandar Abdulrahman",
        gf="Noura Haifa Reem Aljawhara Latifa Sara Munira Alanoud Lama Shahad",
        fam="Al-Qahtani Al-Otaibi Al-Shammari Al-Dosari Al-Ghamdi Al-Zahrani Al-Mutairi Al-Harbi Alshehri Al-Subaie",
        tm="Mr |Eng. |Dr |Sheikh ",
        tf="Ms |Mrs |Dr |Eng. ",
        tname="g",
        kin="Khalti |Khali |Ammi |Ammati |Umm |Abu ",
        n=dict(
            style="arab",
            gm="عبدالله فهد سلطان تركي خالد ناصر سعود فيصل ماجد بندر",
            gf="نورة هيفاء ريم الجوهرة لطيفة سارة منيرة العنود لمى شهد",
            fam="القحطاني العتيبي الشمري الدوسري الغامدي الزهراني المطيري الحربي الشهري السبيعي",
            ntm="الأستاذ |م. |د. |أ. ",
            ntf="الأستاذة |د. |أ. ",
            tname="g",
            addr="{n} {st}، حي {dist}، {town} {pc}|مبنى {n}، {st}، حي {dist}، {town}",
            st="طريق الملك فهد|شارع التحلية|شارع العليا|طريق الأمير سلطان|شارع الأمير محمد بن عبدالعزيز",
            dist="العليا|الملقا|الياسمين|الروضة|الحمراء|النزهة",
            town="الرياض|جدة|الدمام|الخبر|المدينة المنورة",
            pc="1####|2####|3####",
        ),
        nkin="خالتي |خالي |عمي |عمتي |أم |أبو ",
        addr="{n} {st}, {dist} Dist., {town} {pc}|Building {n}, {st}, {dist} District, {town} {pc}|Villa {n}, {st}, {dist}, {town}",
        st="King Fahd Road|Prince Sultan Street|Al Olaya Street|Tahlia Street|Anas Ibn Malik Road|Prince Mohammed bin Abdulaziz Street",
        dist="Al Olaya|Al Malqa|Al Yasmin|Al Rawdah|Al Hamra|Al Nuzha",
        town="Riyadh|Jeddah|Dammam|Khobar|Medina",
        pc="1####|2####|3####",
        ph="05# ### ####|05########|055 ### ####|050-###-####",
        phi="+966 5# ### ####|+966 5########|00966 5# ### ####|+966-5#-###-####",
        dob="dmy/|hijri|ymd-",
        cur="{} SAR|{} ر.س|SR {}",
        iban="SA",
        dl="##########",
        pp="&#######|&&######",
        apps="Haraj|HungerStation|Jahez|Careem|Uber|STC Pay|Noon|Aqar|Mrsool",
        celeb="Mohammed Abdu|Salem Al-Dawsari|Rahaf",
    ),
    L(
        code="ae",
        langs="en|en|ar",
        nlangs="ar",
        style="arab",
        conn="bin bint",
        gm="Rashid Hamdan Saeed Mohammed Khalifa Omar Ahmed Sultan Hamad Obaid",
        gf="Mariam Aisha Shamma Hessa Fatima Maitha Alya Noora Moza Sheikha",
        fam="Al_Mansoori Al_Nuaimi Al_Ketbi Al_Shamsi Al_Falasi Al_Mazrouei Al_Hammadi Al_Suwaidi Al_Marri Al_Dhaheri",
        tm="Mr |Eng. |Dr ",
        tf="Ms |Mrs |Dr ",
        tname="g",
        kin="Auntie |Uncle |Khalti |Ammi |Mama |Baba ",
        n=dict(
            style="arab",
            gm="راشد حمدان سعيد محمد خليفة عمر أحمد سلطان",
            gf="مريم عائشة شما حصة فاطمة ميثاء علياء نورة",
            fam="المنصوري النعيمي الكتبي الشامسي الفلاسي المزروعي الحمادي السويدي",
            ntm="السيد |م. |د. ",
            ntf="السيدة |د. ",
            tname="g",
        ),
        addr="Apt {flat}, {st}, {dist}, {town}|Villa {n}, Street {fl}, {dist}, {town}|Flat {flat}, Building {n}, {st}, {dist}, {town}|Office {flat}, Tower {fl}, {dist}, {town}",
        st="Al Wasl Road|Jumeirah Beach Road|Al Khaleej Road|Hamdan Street|Corniche Road|Al Muroor Road|Al Safa Street|Al Qasimia Street",
        dist="Jumeirah 2|Al Barsha 1|Dubai Marina|JLT Cluster D|Al Nahda 2|Khalifa City A|Al Reem Island|Mirdif|Al Majaz 3",
        town="Dubai|Abu Dhabi|Sharjah|Ajman|Al Ain",
        ph="050 ### ####|055#######|052 ### ####|056-#######|058 ### ####",
        phi="+971 50 ### ####|+971 55 #######|+971-52-###-####|00971 56 ### ####",
        dob="dmy/|dmy-",
        cur="AED {}|{} AED|{} dhs|Dh{}",
        iban="AE",
        dl="#######",
        pp="&########|&#######",
        apps="Dubizzle|Careem|Talabat|Deliveroo|Noon|Property Finder|Bayut|Tabby|Hala Taxi",
        celeb="Hussain Al Jassmi|Khalid bin Mohsen|Balqees",
    ),
    L(
        code="jo",
        langs="ar|en",
        nlangs="ar",
        style="arab",
        conn="- -",
        gm="Omar Zaid Laith Hamza Rami Tareq Yazan Mohammad Ahmad Qais",
        gf="Rania Dana Lina Sawsan Ruba Tala Haya Leen Dima Nour",
        fam="Al-Majali Haddad Khoury Al-Zoubi Obeidat Nasser Al-Hourani Batayneh Qasem Tarawneh Abu-Ghazaleh",
        tm="Mr |Dr |Eng. |Ustaz ",
        tf="Ms |Mrs |Dr |Eng. ",
        tname="g",
        kin="Khalto |Khalo |Ammo |Amto |Sitti |Siddi |Tante ",
        n=dict(
            style="arab",
            gm="عمر زيد ليث حمزة رامي طارق يزن محمد أحمد قيس",
            gf="رانيا دانا لينا سوسن ربى تالا هيا لين ديما نور",
            fam="المجالي حداد خوري الزعبي عبيدات ناصر الحوراني بطاينة قاسم الطراونة",
            ntm="الأستاذ |م. |د. ",
            ntf="الآنسة |م. |د. ",
            tname="g",
        ),
        nkin="خالتو |خالو |عمو |عمتو |ستي |سيدي ",
        addr="Building {n}, {st}, {dist}, {town} {pc}|{st} St. {n}, Apt {flat}, {dist}, {town}|Apt {flat}, Bldg {n}, {st}, {dist}, {town}",
        st="Mecca Street|Al Madina Al Munawwara Street|Abdoun Circle Road|Wasfi Al Tal Street|Rainbow Street|Zahran Street|Abdullah Ghosheh Street",
        dist="Abdoun|Sweifieh|Khalda|Jabal Amman|Shmeisani|Tla' Al Ali|Dabouq",
        town="Amman|Irbid|Zarqa|Aqaba|Salt",
        pc="11###",
        ph="07# ### ####|079#######|078 ### ####|077-###-####",
        phi="+962 7# ### ####|+962 79#######|00962 78 ### ####",
        dob="dmy/|ymd-",
        cur="{} JOD|{} JD|{} د.أ",
        iban="JO",
        pp="&#######|&&######",
        apps="OpenSooq|Careem|Talabat|Uber|CliQ|Jeeny|Zain Cash",
        celeb="Queen Rania|Sara Zamrik? |Aziz Maraka".replace("? ", ""),
    ),
    L(
        code="lb",
        langs="ar|fr|en",
        nlangs="ar",
        gm="Karim Georges Hadi Elie Rami Charbel Walid Ziad Marwan Toni",
        gf="Nadine Rita Maya Rana Joelle Carla Hiba Layal Yara Christelle",
        fam="Khoury Haddad Nassar Saab Abi_Nader Harb Sfeir Fakhoury Kassab Rizk Daher Abou_Jaoude",
        nick="Jojo Roro Mimi Bibo Toufi",
        tm="M. |Mr |Dr |Ustaz ",
        tf="Mme |Mlle |Ms |Dr ",
        kin="Tante |Tonton |Teta |Jeddo |Khalto |Ammo ",
        n=dict(
            gm="كريم جورج هادي إيلي رامي شربل وليد زياد",
            gf="نادين ريتا مايا رنا جويل كارلا هبة ليال",
            fam="خوري حداد نصار صعب أبي_نادر حرب صفير فاخوري",
        ),
        addr="{st}, {dist}, Bldg {n}, {fl}th floor, {town}|Imm. {n}, {st}, {dist}, {town}|{dist}, {st}, Bldg {n}, Apt {flat}, {town}",
        st="Rue Abdel Aziz|Hamra Street|Rue Gouraud|Bliss Street|Rue Pasteur|Armenia Street|Sassine Street|Rue de Damas",
        dist="Achrafieh|Hamra|Mar Mikhael|Badaro|Jounieh|Verdun|Baabda|Jal el Dib",
        town="Beirut|Jounieh|Byblos|Zahle|Tripoli|Saida",
        ph="03 ### ###|71 ### ###|76 ######|70 ### ###|81 ### ###",
        phi="+961 3 ### ###|+961 71 ### ###|+961 76######|00961 70 ### ###",
        dob="dmy/",
        cur="${}|{} USD|{} LBP|{} ل.ل",
        iban="LB",
        pp="LR#######|RL#######",
        apps="OLX|Toters|Whish Money|OMT|Bolt|Allo Taxi|Zomato",
        celeb="Fairuz|Nancy Ajram|Keanu Reeves|Mika",
    ),
    L(
        code="il",
        langs="he|he|en|ar",
        nlangs="he",
        gm="Yossi Avi Daniel Noam Itai Omer Uri Moshe Eitan Amit",
        gf="Noa Michal Shira Tamar Yael Roni Hila Orit Maya Adi",
        fam="Cohen Levi Mizrahi Peretz Biton Avraham Friedman Shapira Katz Ben-David Azoulay Dahan",
        nick="Yossi Avi Shuki Dudu Tami Mika",
        tm="Mr |Dr |Adv. ",
        tf="Ms |Mrs |Dr |Adv. ",
        kin="Aunt |Uncle |Savta |Saba |Doda |Dod ",
        n=dict(
            gm="יוסי אבי דניאל נועם איתי עומר אורי משה איתן עמית",
            gf="נועה מיכל שירה תמר יעל רוני הילה אורית מאיה עדי",
            fam="כהן לוי מזרחי פרץ ביטון אברהם פרידמן שפירא כץ בן-דוד",
            ntm='מר |ד"ר |עו"ד '.replace('\\"', '"'),
            ntf='גב\' |ד"ר |עו"ד '.replace('\\"', '"'),
            addr="{st} {n}, דירה {flat}, {town}|{st} {n}/{flat}, {town} {pc}",
            st="רחוב הרצל|שדרות רוטשילד|רחוב ז'בוטינסקי|רחוב אבן גבירול|רחוב יפו|דרך בגין|רחוב דיזנגוף",
            town="תל אביב|ירושלים|חיפה|רמת גן|באר שבע|פתח תקווה",
            pc="#######",
        ),
        nkin="דודה |דוד |סבתא |סבא ",
        addr="{n} {st}, Apt {flat}, {town} {pc}|{st} {n}/{flat}, {town}|{n} {st}, {town} {pc}",
        st="Herzl Street|Rothschild Boulevard|Jabotinsky Street|Ibn Gabirol Street|Jaffa Road|Begin Road|Dizengoff Street|HaNassi Street",
        town="Tel Aviv|Jerusalem|Haifa|Ramat Gan|Beersheba|Petah Tikva|Holon",
        pc="#######",
        ph="05#-###-####|05#-#######|054 ### ####|052#######|03-###-####",
        phi="+972 5#-###-####|+972 5# ### ####|+9725########|00972-54-###-####",
        dob="dmy/|dmy.",
        cur="₪{}|{} ₪|{} NIS|ILS {}",
        iban="IL",
        dl="#######|########",
        pp="########|#######",
        apps="Yad2|Wolt|Gett|Bit|PayBox|Madlan|10bis|Facebook Marketplace",
        celeb="Gal Gadot|Natalie Portman|Netta|Shlomo Artzi",
    ),
    L(
        code="ir",
        langs="fa|fa|en",
        nlangs="fa",
        gm="Ali Mohammad Reza Hossein Amir Mehdi Saeed Pouya Arash Kian",
        gf="Zahra Maryam Fatemeh Sara Negar Elham Mahsa Nazanin Shirin Parisa",
        fam="Mohammadi Hosseini Rezaei Ahmadi Karimi Mousavi Jafari Sadeghi Tehrani Ghasemi Rahimi Najafi",
        tm="Mr |Agha-ye |Dr |Eng. ",
        tf="Ms |Khanom |Dr ",
        kin="Khaleh |Ammeh |Amoo |Daei |Maman ",
        n=dict(
            gm="علی محمد رضا حسین امیر مهدی سعید پویا آرش کیان",
            gf="زهرا مریم فاطمه سارا نگار الهام مهسا نازنین شیرین پریسا",
            fam="محمدی حسینی رضایی احمدی کریمی موسوی جعفری صادقی تهرانی قاسمی",
            ntm="آقای |جناب |دکتر |مهندس ",
            ntf="خانم |سرکار خانم |دکتر ",
            addr="{town}، {st}، کوچه {fl}، پلاک {n}، واحد {flat}|{town}، {st}، پلاک {n}، طبقه {fl}",
            st="خیابان ولیعصر|خیابان شریعتی|خیابان انقلاب|بلوار کشاورز|خیابان آزادی|خیابان مطهری|خیابان پاسداران",
            town="تهران|اصفهان|شیراز|مشهد|تبریز|کرج",
        ),
        nkin="خاله |عمه |عمو |دایی |مامان ",
        addr="No. {n}, {fl}th Alley, {st}, {town}|Unit {flat}, No. {n}, {st}, {town} {pc}|{st}, Alley {fl}, Plaque {n}, Unit {flat}, {town}",
        st="Valiasr Street|Shariati Street|Enghelab Street|Keshavarz Boulevard|Azadi Street|Motahari Street|Pasdaran Avenue",
        town="Tehran|Isfahan|Shiraz|Mashhad|Tabriz|Karaj",
        pc="#####-#####",
        ph="091# ### ####|093#-###-####|0990#######|0912#######|021-####-####",
        phi="+98 91# ### ####|+98 93#######|0098 912 ### ####|+98-990-###-####",
        dob="jalali|jalali|ymd/",
        cur="{} تومان|{} ریال|{} Toman|IRR {}",
        iban="IR",
        pp="&########",
        apps="Divar|Snapp|Tapsi|Digikala|Snappfood|Sheypoor|Torob|Alibaba",
        celeb="Asghar Farhadi|Googoosh|Hafez|Rumi|Ali Daei",
    ),
    L(
        code="tr",
        langs="tr|tr|en",
        nlangs="tr",
        gm="Mehmet Mustafa Ahmet Emre Burak Can Oğuz Murat Serkan Kaan Hüseyin Yusuf",
        gf="Ayşe Fatma Zeynep Elif Merve Büşra Esra Derya Selin Gülşen Hatice Ebru",
        fam="Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aksoy Korkmaz Özdemir",
        mid="Ali Can Nur Su Deniz",
        tm="~ Bey|~ Abi|Sayın |Dr. ",
        tf="~ Hanım|~ Abla|Sayın |Dr. ",
        tname="g",
        kin="~ Teyze|~ Amca|~ Abi|~ Abla|~ Dayı|~ Hala|~ Yenge",
        addr="{st} No:{n} D:{flat}, {pc} {dist}/{town}|{dist} Mah. {st} No: {n}/{flat} {dist}/{town}|{st} No.{n} Kat:{fl} Daire:{flat}, {dist}, {pc} {town}",
        st="Atatürk Caddesi|Bağdat Caddesi|İstiklal Caddesi|Cumhuriyet Caddesi|Halaskargazi Caddesi|Fevzi Çakmak Sokak|Moda Caddesi|Gül Sokak|Menekşe Sokak|Akasya Sokak",
        dist="Kadıköy|Beşiktaş|Çankaya|Karşıyaka|Nilüfer|Üsküdar|Şişli|Bornova|Muratpaşa",
        town="İstanbul|Ankara|İzmir|Bursa|Antalya|Eskişehir",
        pc="34###|06###|35###|16###|07###",
        ph="05## ### ## ##|0 5## ### ## ##|05#########|0(5##) ### ## ##|0212 ### ## ##",
        phi="+90 5## ### ## ##|+90 (5##) ### ## ##|+905#########|0090 5## ### ####",
        dob="dmy.|dmy/",
        cur="{} TL|₺{}|{} ₺",
        dec=",",
        iban="TR",
        dl="######|&&######",
        pp="U########|S########",
        dom="hotmail.com|gmail.com|yandex.com|outlook.com",
        apps="Sahibinden|Letgo|Dolap|Trendyol|Getir|Yemeksepeti|BiTaksi|Papara|Hepsiburada|Armut",
        plate="34 &&& ###|06 && ####",
        celeb="Tarkan|Kenan Doğulu|Sezen Aksu|Arda Güler|Orhan Pamuk|Nazım Hikmet",
    ),
    L(
        code="iq",
        langs="ar|en",
        nlangs="ar",
        style="arab",
        conn="- -",
        gm="Ali Hussein Mustafa Haider Ahmed Karrar Mohammed Abbas Yasir Hassan",
        gf="Zainab Fatima Maryam Noor Hawraa Sarah Ruqaya Ban Shahad Zahraa",
        fam="Al-Jubouri Al-Tamimi Al-Ubaidi Al-Saadi Al-Rubaie Al-Dulaimi Al-Khafaji Al-Shammari Al-Maliki Al-Bayati",
        tm="Mr |Dr |Eng. |Ustaz |Hajji ",
        tf="Ms |Mrs |Dr |Eng. |Hajjiya ",
        tname="g",
        kin="Khala |Khalo |Ammo |Amma |Bibi |Jiddo ",
        n=dict(
            style="arab",
            gm="علي حسين مصطفى حيدر أحمد كرار محمد عباس ياسر حسن",
            gf="زينب فاطمة مريم نور حوراء سارة رقية بان شهد زهراء",
            fam="الجبوري التميمي العبيدي الساعدي الربيعي الدليمي الخفاجي الشمري",
            ntm="الأستاذ |د. |م. |الحاج ",
            ntf="الست |د. |م. |الحجية ",
            tname="g",
            addr="{town}، {dist}، محلة {fl}، زقاق {n}، دار {flat}",
            dist="المنصور|الكرادة|زيونة|الجادرية|الأعظمية|البياع",
            town="بغداد|البصرة|أربيل|النجف|الموصل",
        ),
        addr="Mahalla {fl}, Zuqaq {n}, House {flat}, {dist}, {town}|{dist}, Street {fl}, House No. {n}, {town}|Villa {n}, {dist}, {town}",
        dist="Al-Mansour|Karrada|Zayouna|Al-Jadriya|Al-Adhamiya|Ainkawa|Al-Bayaa",
        town="Baghdad|Basra|Erbil|Najaf|Mosul|Sulaymaniyah",
        ph="077# ### ####|078########|075# ### ####|0790 ### ####",
        phi="+964 77# ### ####|+964 78########|+964 750 ### ####",
        dob="dmy/|ymd/",
        cur="{} IQD|{} د.ع|${}",
        iban="IQ",
        pp="&########",
        apps="OLX|Careem|Baly|Talabat|ZainCash|FastPay|Lezzoo|Miswag",
    ),
    # ------------------------------------------------------------------ South Asia
    L(
        code="in",
        langs="en|en|hi|hinglish",
        nlangs="hi",
        gm="Rahul Amit Vikram Arjun Rohit Sandeep Ankit Karan Pradeep Manish Aditya Harpreet",
        gf="Priya Neha Pooja Anjali Sneha Kavita Ritu Shruti Divya Meera Aarti Simran",
        fam="Sharma Verma Gupta Singh Agarwal Mehta Joshi Chauhan Yadav Mishra Kapoor Malhotra Bansal Iyer Reddy Banerjee Deshmukh",
        mid="Kumar Prasad Lal Devi Rani",
        nick="Bunty Pinky Chintu Guddu Sonu Monu Golu Tinku Rinku Babli",
        tm="Mr |Shri |Dr |Er. |~ ji|~ sir",
        tf="Mrs |Ms |Smt. |Dr |~ ji|~ ma'am",
        kin="~ bhaiya|~ didi|Chacha |Mausi |~ uncle|~ aunty|Bua |Mamaji |Nani |Dadi ",
        n=dict(
            gm="राहुल अमित विक्रम अर्जुन रोहित संदीप अंकित करण प्रदीप मनीष",
            gf="प्रिया नेहा पूजा अंजलि स्नेहा कविता ऋतु श्रुति दिव्या मीरा",
            fam="शर्मा वर्मा गुप्ता सिंह अग्रवाल मेहता जोशी यादव मिश्रा कपूर",
            ntm="श्री |श्रीमान |डॉ. |~ जी",
            ntf="श्रीमती |सुश्री |डॉ. |~ जी",
        ),
        nkin="~ भैया|~ दीदी|चाचा |मौसी |बुआ |नानी ",
        addr="Flat {flat}, {st}, {dist}, {town} - {pc}|H.No. {n}, Sector {fl}, {town}, {pc}|{flat}/{n}, {st}, {dist}, {town} {pc}|B-{n}, {dist}, {town} - {pc}|{n}, {fl}th Cross, {dist}, {town} {pc}",
        st="MG Road|Linking Road|Nehru Place|Station Road|Sardar Patel Marg|Lajpat Rai Road|Brigade Road|SV Road|Tilak Road|Gandhi Nagar Main Road",
        dist="Andheri West|Koramangala|Indiranagar|Lajpat Nagar|Salt Lake|Powai|Vasant Kunj|Banjara Hills|Kothrud|Malviya Nagar",
        town="Mumbai|New Delhi|Bengaluru|Kolkata|Pune|Hyderabad|Jaipur|Lucknow|Gurugram|Noida",
        pc="1100##|4000##|5600##|7000##|4110##|3020##",
        ph="98### #####|9#########|8######### |7###-######|09#########|+91 98### #####".replace(
            " |", "|"
        ),
        phi="+91 98### #####|+91-8#########|+917#########|+91 70### #####|0091 99### #####",
        dob="dmy/|dmy-",
        cur="₹{}|Rs. {}|INR {}|Rs {}",
        dl="MH12 20#########|DL-0420#########|KA05 20#########|UP32 20#########|HR26 20#########",
        pp="&#######",
        dom="rediffmail.com|yahoo.co.in|gmail.com|outlook.com",
        apps="OLX|Swiggy|Zomato|Ola|Rapido|Urban Company|Meesho|Quikr|Paytm|PhonePe|Blinkit|NoBroker|Zepto|Shaadi.com|Jeevansathi",
        plate="MH 0# && ####|DL 3C && ####|KA 0# && ####",
        celeb="Shah Rukh Khan|Virat Kohli|Alia Bhatt|A. R. Rahman|Priyanka Chopra|Sachin Tendulkar|Mahatma Gandhi",
    ),
    L(
        code="in-ta",
        langs="en|ta|tanglish",
        nlangs="ta",
        initfirst=True,
        gm="Senthil Karthik Arun Vignesh Prakash Suresh Balaji Murugan Dinesh Ganesh Saravanan",
        gf="Lakshmi Priya Divya Kavya Meena Revathi Deepa Anitha Saranya Gayathri Nithya",
        fam="Kumar Raman Subramanian Krishnan Natarajan Venkatesan Rajendran Sundaram Palaniswamy Annamalai Shanmugam",
        tm="Thiru |Mr |Dr |~ sir",
        tf="Tmt. |Selvi |Mrs |Dr |~ madam",
        tname="g",
        kin="~ anna|~ akka|Mama |Athai |Paati |Thatha |Chithi |Periyappa ",
        n=dict(
            gm="செந்தில் கார்த்திக் அருண் விக்னேஷ் பிரகாஷ் சுரேஷ் முருகன் தினேஷ்",
            gf="லட்சுமி பிரியா திவ்யா காவ்யா மீனா ரேவதி தீபா அனிதா",
            fam="குமார் ராமன் சுப்பிரமணியன் கிருஷ்ணன் நடராஜன் வெங்கடேசன் ராஜேந்திரன்",
            ntm="திரு. |டாக்டர் ",
            ntf="திருமதி |செல்வி |டாக்டர் ",
            tname="g",
        ),
        nkin="~ அண்ணா|~ அக்கா|மாமா |அத்தை |பாட்டி ",
        addr="No. {n}, {st}, {dist}, {town} - {pc}|Old No. {fl}, New No. {n}, {st}, {dist}, {town} {pc}|Flat {flat}, {st}, {dist}, {town} {pc}",
        st="Anna Salai|Kamarajar Salai|Usman Road|Dr Radhakrishnan Salai|Arcot Road|Gandhi Street|Nehru Street|Periyar Nagar 2nd Street|TTK Road",
        dist="T. Nagar|Adyar|Velachery|Anna Nagar|Mylapore|Tambaram|RS Puram|Saibaba Colony|K.K. Nagar",
        town="Chennai|Coimbatore|Madurai|Tiruchirappalli|Salem",
        pc="6000##|6410##|6250##",
        ph="98### #####|9#########|8#########|94### #####|044 #### ####",
        phi="+91 98### #####|+91-9#########|+918#########",
        dob="dmy/|dmy-",
        cur="₹{}|Rs. {}|INR {}",
        dl="TN## 20#########|TN-0#-20#########",
        pp="&#######",
        dom="gmail.com|yahoo.co.in|rediffmail.com",
        apps="Swiggy|Zomato|Rapido|Ola|OLX|Dunzo|Urban Company|Bharat Matrimony|Tamil Matrimony",
        celeb="Rajinikanth|Vijay|Ilaiyaraaja|Nayanthara|A. R. Rahman|Viswanathan Anand",
    ),
    L(
        code="bd",
        langs="bn|en|bn",
        nlangs="bn",
        gm="Rahim Karim Tanvir Sakib Mahmud Arif Fahim Nayeem Shafiq Rafiqul Imran Mehedi",
        gf="Nusrat Farhana Tasnim Sadia Rumana Shirin Afsana Tahmina Sharmin Jannatul Mitu",
        fam="Hossain Rahman Ahmed Chowdhury Islam Uddin Khan Akter Talukder Sarkar Miah Haque Bhuiyan",
        mid="Md. Abdul Nur",
        nick="Rony Tumpa Mitu Bappy Shanto Polash Munni",
        tm="Mr |Janab |Dr |Engr. ",
        tf="Mrs |Ms |Begum |Dr ",
        kin="~ bhai|~ apa|Khala |Mama |Chacha |Nanu |Phupu |~ bhaiya",
        n=dict(
            gm="রহিম করিম তানভীর সাকিব মাহমুদ আরিফ ফাহিম নাঈম শফিক রফিকুল",
            gf="নুসরাত ফারহানা তাসনিম সাদিয়া রুমানা শিরিন আফসানা তাহমিনা শারমিন জান্নাতুল",
            fam="হোসেন রহমান আহমেদ চৌধুরী ইসলাম উদ্দিন খান আক্তার তালুকদার সরকার",
            ntm="জনাব |ডা. |মো. ",
            ntf="মিসেস |বেগম |ডা. ",
            addr="বাসা {n}, রোড {fl}, {dist}, {town}-{pc}|ফ্ল্যাট {flat}, বাসা {n}, রোড {fl}, {dist}, {town}",
            dist="ধানমন্ডি|গুলশান ২|বনানী|মিরপুর ১০|উত্তরা|মোহাম্মদপুর",
            town="ঢাকা|চট্টগ্রাম|সিলেট|খুলনা|রাজশাহী",
            pc="1###",
        ),
        nkin="~ ভাই|~ আপা|খালা |মামা |চাচা |নানু ",
        addr="House {n}, Road {fl}, {dist}, {town} {pc}|Flat {flat}, House {n}, Road {fl}, Block C, {dist}, {town}-{pc}|{n}/{fl} {st}, {dist}, {town}",
        st="Mirpur Road|Satmasjid Road|Gulshan Avenue|Kemal Ataturk Avenue|Green Road|Elephant Road|Sher-e-Bangla Road",
        dist="Dhanmondi|Gulshan 2|Banani|Mirpur 10|Uttara Sector 7|Mohammadpur|Bashundhara R/A|Agrabad",
        town="Dhaka|Chattogram|Sylhet|Khulna|Rajshahi",
        pc="1###|4###",
        ph="017## ######|019########|018##-######|015## ######|013########",
        phi="+880 17## ######|+8801#########|+880 1### ######|+880-18##-######",
        dob="dmy/|dmy-",
        cur="৳{}|Tk {}|BDT {}|{} টাকা",
        pp="&&#######|&#######",
        dl="DK#######&#####",
        apps="bKash|Pathao|Foodpanda|Daraz|Bikroy|Shohoz|Nagad|Chaldal|Uber",
        celeb="Shakib Al Hasan|Runa Laila|Mashrafe Mortaza|Rabindranath Tagore",
    ),
    L(
        code="pk",
        langs="en|ur|roman-ur",
        nlangs="ur",
        gm="Muhammad_Ali Usman Bilal Hamza Hassan Faisal Imran Zeeshan Kashif Waqas Asad Ahmed",
        gf="Ayesha Fatima Sana Hira Maryam Zainab Mahnoor Iqra Sadia Rabia Amna Kiran",
        fam="Khan Malik Qureshi Butt Chaudhry Sheikh Siddiqui Raza Abbasi Mirza Awan Bhatti Hashmi Gondal Jatoi",
        nick="Bilu Sunny Pappu Mani Guddi Pinky Chanda Shani",
        tm="Mr |Janab |Dr |Ch. |~ Sahab|~ bhai",
        tf="Mrs |Ms |Begum |Dr |~ Sahiba|~ baji",
        kin="Khala |Phuppo |Chacha |Mamu |~ bhai|~ baji|Nani |Dadi |Taya ",
        n=dict(
            gm="محمد_علی عثمان بلال حمزہ حسن فیصل عمران ذیشان کاشف وقاص",
            gf="عائشہ فاطمہ ثنا حرا مریم زینب ماہنور اقرا سعدیہ رابعہ",
            fam="خان ملک قریشی بٹ چوہدری شیخ صدیقی رضا عباسی مرزا",
            ntm="جناب |ڈاکٹر |~ صاحب",
            ntf="محترمہ |بیگم |ڈاکٹر ",
        ),
        nkin="خالہ |پھپھو |چچا |ماموں |نانی ",
        addr="House {n}, Street {fl}, {dist}, {town}|Flat {flat}, {st}, {dist}, {town} {pc}|House No. {n}, Block {fl}, {dist}, {town}|Plot {n}, {st}, {dist}, {town}",
        st="Shahrah-e-Faisal|Jinnah Avenue|MM Alam Road|Allama Iqbal Road|University Road|Tariq Road|Main Boulevard Gulberg|Khayaban-e-Ittehad",
        dist="DHA Phase 5|Gulberg III|F-7/2|G-11/3|Clifton Block 5|Bahria Town|Johar Town|North Nazimabad|Model Town",
        town="Karachi|Lahore|Islamabad|Rawalpindi|Faisalabad|Peshawar|Multan",
        pc="#####",
        ph="03## #######|03##-#######|0300 ### ####|03#########|042 ### #####".replace(
            "042 ### #####", "042-########"
        ),
        phi="+92 3## #######|+92-3##-#######|+923#########|0092 300 #######",
        dob="dmy/|dmy-",
        cur="Rs {}|PKR {}|Rs. {}",
        iban="PK",
        dl="&&&-#####|##########",
        pp="&&#######",
        dom="yahoo.com|gmail.com|hotmail.com",
        apps="OLX|Daraz|Careem|Bykea|JazzCash|Easypaisa|foodpanda|inDrive|PakWheels|Zameen|Yango",
        celeb="Babar Azam|Atif Aslam|Mahira Khan|Fawad Khan|Malala Yousafzai|Allama Iqbal",
    ),
    L(
        code="lk",
        langs="en|si|ta",
        nlangs="si",
        gm="Kasun Chaminda Nuwan Dinesh Tharindu Lahiru Ruwan Suresh Pradeep Sanjeewa Dilshan",
        gf="Dilini Nadeesha Sachini Chathurika Ishara Nimali Hansini Thilini Kaushalya Anusha Sewwandi",
        fam="Perera Fernando Silva Jayawardena Bandara Wickramasinghe Gunasekara Rajapaksha Dissanayake Herath Senanayake Wijesinghe Kumara",
        initfirst=True,
        tm="Mr |Dr |Rev. ",
        tf="Mrs |Ms |Miss |Dr ",
        kin="~ aiya|~ akka|~ malli|~ nangi|Aunty |Uncle |Achchi |Seeya ",
        n=dict(
            gm="කසුන් චමින්ද නුවන් දිනේෂ් තරිඳු ලහිරු රුවන් සුරේෂ්",
            gf="දිලිනි නදීෂා සචිනි චතුරිකා ඉෂාරා නිමාලි හංසිනි තිලිනි",
            fam="පෙරේරා ප්‍රනාන්දු සිල්වා ජයවර්ධන බණ්ඩාර හේරත් දිසානායක ගුණසේකර",
            ntm="මහතා |වෛද්‍ය ",
            ntf="මහත්මිය |මෙනවිය ",
        ),
        addr="No. {n}, {st}, {dist}, {town} {pc}|{n}/{fl}, {st}, {town}|No. {n}A, {st}, {dist}",
        st="Galle Road|Duplication Road|Havelock Road|Kandy Road|Baseline Road|Flower Road|Dharmapala Mawatha|Sri Sangaraja Mawatha|Temple Road",
        dist="Colombo 03|Colombo 05|Wellawatte|Dehiwala|Nugegoda|Rajagiriya|Battaramulla|Mount Lavinia|Kiribathgoda",
        town="Colombo|Kandy|Galle|Negombo|Jaffna|Kurunegala|Matara",
        pc="#####",
        ph="07# ### ####|077#######|071-#######|07########|011 ### ####",
        phi="+94 7# ### ####|+94 77#######|+947########|0094 71 ### ####",
        dob="ymd-|dmy/|ymd/",
        cur="Rs. {}|LKR {}|Rs {}",
        pp="N#######|&#######",
        dl="B#######",
        apps="ikman|PickMe|Uber|Daraz|Kapruka|Uber Eats|FriMi|LankaQR",
        celeb="Kumar Sangakkara|Jacqueline Fernandez|Muttiah Muralitharan|Yohani",
    ),
    L(
        code="np",
        langs="en|ne",
        nlangs="ne",
        gm="Ramesh Suresh Bikash Sujan Prakash Nabin Anil Dipak Rajan Sagar Pemba",
        gf="Sita Gita Sunita Anjana Pratima Sarita Nirmala Bimala Srijana Rojina Dolma",
        fam="Shrestha Thapa Gurung Tamang Rai Magar Adhikari Karki Pokharel Sharma Maharjan Bhattarai Limbu Sherpa",
        tm="Mr |Shree |Dr |~ sir",
        tf="Mrs |Ms |Shreemati |Dr ",
        kin="~ dai|~ didi|Mama |Kaka |~ bahini|Hajurama |Hajurba |Thulo buba ",
        n=dict(
            gm="रमेश सुरेश बिकास सुजन प्रकाश नबिन अनिल दीपक राजन सागर",
            gf="सीता गीता सुनिता अन्जना प्रतिमा सरिता निर्मला बिमला सृजना",
            fam="श्रेष्ठ थापा गुरुङ तामाङ राई मगर अधिकारी कार्की पोखरेल",
            ntm="श्री |श्रीमान् |डा. ",
            ntf="श्रीमती |सुश्री |डा. ",
        ),
        nkin="~ दाइ|~ दिदी|मामा |काका |हजुरआमा ",
        addr="House No. {n}, {st}, {dist}, {town}|Ward No. {fl}, {dist}, {town}, House {n}|{n} {st}, {dist}-{fl}, {town}",
        st="Lazimpat Marg|Durbar Marg|Jawalakhel Road|Pulchowk Road|Chabahil Road|Naxal Marg|Baneshwor Height Road",
        dist="Baneshwor|Baluwatar|Sanepa|Bhaktapur|Thamel|Kupondole|Lakeside|Maharajgunj",
        town="Kathmandu|Lalitpur|Pokhara|Biratnagar|Bharatpur|Butwal|Dharan",
        ph="98########|984#######|985-#######|986 #######|97########|01-#######",
        phi="+977 98########|+977-984#######|+977 986 ### ####",
        dob="ymd-|ymd/",
        cur="Rs {}|NPR {}|रु {}",
        pp="&#######|########",
        dl="##-##-########",
        apps="Hamrobazar|Pathao|eSewa|Khalti|Foodmandu|inDrive|Daraz|Tootle|Bhoj",
        celeb="Paras Khadka|Anmol KC|Sandeep Lamichhane",
    ),
    # ------------------------------------------------------------------ South-East Asia
    L(
        code="id",
        langs="id|id|en",
        mono=0.2,
        gm="Budi Agus Andi Rizky Dimas Fajar Hendra Eko Bambang Yusuf Arief Teguh Wahyu",
        gf="Dewi Sri Putri Ayu Rina Siti Indah Wulan Ratna Fitri Nurul Anisa Lestari",
        fam="Santoso Wijaya Saputra Hidayat Kurniawan Setiawan Pratama Nugroho Siregar Simanjuntak Hutapea Wibowo Susanto Gunawan Hasibuan Nasution",
        nick="Ucok Butet Iwan Yanti Neng Ujang",
        tm="Bapak |Pak |Mas |Bang |Bpk. |dr. ",
        tf="Ibu |Bu |Mbak |Kak |Ny. |dr. ",
        tname="g",
        kin="Tante |Om |Bude |Pakde |Mbah |Nenek |Kakek |Bulik |Paklik |Teh |Aa ",
        addr="Jl. {st} No. {n}, RT 0{fl}/RW 0{fl}, {dist}, {town} {pc}|Jl. {st} Blok C{fl} No. {n}, {dist}, {town} {pc}|Perumahan Griya Asri Blok D{fl} No. {n}, {dist}, {town}|Jl. {st} Gg. Melati No. {n}, {town}",
        st="Jend. Sudirman|Gatot Subroto|Diponegoro|Imam Bonjol|Kebon Jeruk Raya|Margonda Raya|Dr. Sutomo|Pemuda|Kaliurang|Cendrawasih|Kartini",
        dist="Kebayoran Baru|Menteng|Tebet|Cilandak|Sukajadi|Beji|Tegalsari|Gubeng|Sleman|Medan Baru",
        town="Jakarta Selatan|Jakarta Pusat|Bandung|Surabaya|Yogyakarta|Medan|Depok|Semarang|Denpasar",
        pc="1####|4####|6####|5####|2####",
        ph="08## #### ####|0812-####-####|0857########|0813 #### ###|08##-####-####",
        phi="+62 8## #### ####|+62 812-####-####|+628##########|+62 857 #### ###",
        dob="dmy/|dmy-",
        cur="Rp{}|Rp {}|IDR {}",
        dec=",",
        dl="############|####-####-####",
        pp="&#######",
        dom="yahoo.co.id|gmail.com|ymail.com",
        apps="Tokopedia|Shopee|Gojek|Grab|OLX|Bukalapak|Maxim|OVO|DANA|Traveloka|Lazada|Kitabisa",
        plate="B #### &&&|D #### &&|L #### &&",
        celeb="Raisa Andriana|Agnez Mo|Iko Uwais|Tulus|Kartini",
    ),
    L(
        code="my",
        langs="en|ms|en|zh",
        nlangs="zh",
        style="malay",
        conn="bin binti",
        gm="Ahmad Muhammad Hafiz Azlan Faizal Syafiq Amirul Khairul Zulkifli Firdaus Haziq",
        gf="Nurul Siti Aisyah Farah Nur_Ain Aina Hanis Nabila Syazwani Izzati Balqis",
        fam="Abdullah Ismail Rahman Hassan Yusof Omar Ibrahim Razak Hamid Salleh Kamaruddin",
        tm="Encik |En. |Tuan |Dato' |Mr ",
        tf="Puan |Pn. |Cik |Datin |Ms ",
        tname="g",
        kin="Mak Cik |Pak Cik |Kak |Abang |Atuk |Nenek |Uncle |Aunty |Mak Long |Pak Ngah ",
        n=dict(
            order="fg",
            join="",
            gm="伟杰 国良 志明 家豪 俊贤 文龙 振华",
            gf="美玲 佩珊 慧敏 丽华 欣怡 秀英 嘉欣",
            fam="陈 林 黄 李 张 王 吴 刘 郑",
            ntm="~先生|~总",
            ntf="~小姐|~女士",
        ),
        addr="No. {n}, {st}, {dist}, {pc} {town}|{flat}-{fl}-{n}, Residensi {dist}, {st}, {pc} {town}|Lot {n}, {st}, {pc} {town}|{n}, Jalan {dist} {fl}, Taman {dist}, {pc} {town}",
        st="Jalan Ampang|Jalan Tun Razak|Jalan SS 2/24|Jalan Bukit Bintang|Jalan Klang Lama|Jalan Tun Dr Ismail|Persiaran Gurney|Jalan Pudu|Lorong Maarof",
        dist="Bangsar|Petaling Jaya|Subang Jaya|Cheras|Mont Kiara|Shah Alam|Setapak|Bayan Lepas|Kepong",
        town="Kuala Lumpur|Petaling Jaya|Shah Alam|George Town|Johor Bahru|Ipoh|Kota Kinabalu|Kuching",
        pc="#####",
        ph="01#-### ####|012-#######|011-#### ####|016#######|03-#### ####",
        phi="+60 1#-### ####|+6012#######|+60 11-#### ####|+60 17 ### ####",
        dob="dmy/|dmy-",
        cur="RM{}|RM {}|MYR {}",
        pp="A########|H########|K########",
        dom="yahoo.com.my|gmail.com|hotmail.com",
        apps="Mudah.my|Carousell|Grab|Shopee|Lazada|foodpanda|Touch 'n Go|Lalamove|Maxim",
        celeb="Michelle Yeoh|Lee Chong Wei|Siti Nurhaliza|Yuna|P. Ramlee",
    ),
    L(
        code="ph",
        langs="en|tl|taglish",
        style="ph",
        mid="Santos Reyes Cruz Bautista Garcia Mendoza Villanueva Ramos Lim Tan",
        gm="Juan Jose Mark Paolo John_Paul Carlo Ramon Angelo Rey Jerome Christian Jun-Jun",
        gf="Maria Ma._Cristina Angelica Kristine Joy Mary_Grace Rowena Jocelyn Camille Princess Janine Lovely",
        fam="Dela_Cruz Santos Reyes Bautista Garcia Mendoza Villanueva Ramos Aquino Castillo Navarro Tolentino De_Guzman Manalo Macaraeg",
        nick="Jun Bong Toto Jojo Tin Ningning Bebeng Pinky Dodong Inday Jhun Bambi",
        tm="Mr |Sir |Engr. |Atty. |Dr |Kuya ",
        tf="Mrs |Ms |Ma'am |Atty. |Dr |Ate ",
        kin="Tita |Tito |Lola |Lolo |Ate |Kuya |Manang |Manong |Ninang |Ninong ",
        addr="{n} {st}, Brgy. {dist}, {town} {pc}|Unit {flat}, {st} Tower, {dist}, {town}|Blk {fl} Lot {n}, {st}, {dist}, {town}, {pc}|{n} {st}, {dist}, {town}",
        st="Rizal Avenue|Mabini Street|Bonifacio Street|Katipunan Avenue|Aurora Boulevard|Shaw Boulevard|Ayala Avenue|Magsaysay Drive|Osmeña Boulevard|P. Burgos Street|Sampaguita Street",
        dist="San Antonio|Poblacion|Loyola Heights|Bel-Air|Kapitolyo|Lahug|Mabolo|Sta. Mesa|Malate",
        town="Quezon City|Makati|Pasig|Cebu City|Davao City|Taguig|Mandaluyong|Iloilo City|Antipolo",
        pc="####",
        ph="09## ### ####|0917#######|0918-###-####|09#########",
        phi="+63 9## ### ####|+639#########|+63 917 ### ####|+63-918-###-####",
        dob="mdy/|ymd-|dmy/",
        cur="₱{}|PHP {}|P{}",
        dl="N##-##-######|&##-##-######|D##-##-######",
        pp="P#######&",
        dom="yahoo.com|gmail.com|ymail.com",
        apps="Carousell|Shopee|Lazada|Grab|Angkas|GCash|Maya|foodpanda|Lalamove|Joyride|Move It",
        plate="&&& ####|&&& ###",
        celeb="Manny Pacquiao|Catriona Gray|Sarah Geronimo|Vice Ganda|José Rizal|Andres Bonifacio",
    ),
    L(
        code="vn",
        langs="vi|vi|en",
        nlangs="vi",
        style="vi",
        order="fg",
        fam="Nguyen Tran Le Pham Hoang Huynh Phan Vu Dang Bui Do Ngo",
        midm="Van Minh Duc Quoc Huu Thanh",
        midf="Thi Ngoc Thu Thanh Kim Bao",
        gm="An Binh Dung Hung Khoa Long Nam Phuc Quang Tuan Son Hieu",
        gf="Anh Chi Hoa Lan Linh Mai Ngoc Phuong Thao Trang Vy Huong",
        tm="Mr |anh |ong ",
        tf="Ms |chi |ba |Mrs ",
        tname="g",
        kin="Co |Chu |Bac |Di |Ba Noi |Ong Ngoai ",
        n=dict(
            style="vi",
            order="fg",
            fam="Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Đặng Bùi Đỗ Ngô",
            midm="Văn Minh Đức Quốc Hữu Thành",
            midf="Thị Ngọc Thu Thanh Kim Bảo",
            gm="An Bình Dũng Hùng Khoa Long Nam Phúc Quang Tuấn Sơn Hiếu",
            gf="Anh Chi Hoa Lan Linh Mai Ngọc Phương Thảo Trang Vy Hương",
            ntm="anh |ông |chú |bác |em ",
            ntf="chị |bà |cô |em |dì ",
            tname="g",
            addr="Số {n} {st}, Phường {dist}, {town}|{n}/{fl} {st}, P. {dist}, Q. {fl}, {town}|Căn hộ {flat}, Tòa {fl}, {st}, {dist}, {town}",
            st="Nguyễn Trãi|Lê Lợi|Trần Hưng Đạo|Hai Bà Trưng|Điện Biên Phủ|Lý Thường Kiệt|Võ Văn Tần|Phan Xích Long",
            dist="Bến Nghé|Thảo Điền|Phường 7|Cầu Giấy|Dịch Vọng|Tân Định|Hải Châu",
            town="TP. Hồ Chí Minh|Hà Nội|Đà Nẵng|Hải Phòng|Cần Thơ",
        ),
        nkin="cô |chú |bác |dì |bà nội |ông ngoại ",
        addr="{n} {st} Street, {dist} Ward, District {fl}, {town}|Apt {flat}, Block {fl}, {st} Street, {dist}, {town}",
        st="Nguyen Trai|Le Loi|Tran Hung Dao|Hai Ba Trung|Dien Bien Phu|Ly Thuong Kiet|Vo Van Tan",
        dist="Ben Nghe|Thao Dien|Ward 7|Dich Vong|Tan Dinh|Hai Chau",
        town="Ho Chi Minh City|Hanoi|Da Nang|Hai Phong|Can Tho",
        ph="09# ### ####|03########|0912 ### ###|08# #### ###|07########",
        phi="+84 9# ### ####|+84 3########|+84 912 ### ###|+849########",
        dob="dmy/|dmy-",
        cur="{}đ|{} VND|{} ₫",
        dec=",",
        pp="&#######",
        dl="############",
        apps="Chợ Tốt|Shopee|Grab|Be|Xanh SM|MoMo|Tiki|ZaloPay|Lazada",
        celeb="Sơn Tùng M-TP|Mỹ Tâm|Đen Vâu|Hồ Chí Minh",
    ),
    L(
        code="th",
        langs="th|th|en",
        nlangs="th",
        gm="Somchai Anan Kittisak Nattapong Thanakorn Wichai Pongsak Chaiwat Sombat Teerapat",
        gf="Siriporn Nattaya Ploy Kanokwan Supaporn Wanida Pimchanok Jiraporn Araya Duangjai",
        fam="Srisuk Saetang Wongsakul Chaiyaporn Thongchai Rattanakorn Sukprasert Boonmee Kittikhun Phromma Jaidee Chaiyasit",
        nick="Nok Ploy Bank Golf Mint Beam Ice Toon Nan Pim Boss Aom",
        tm="Khun |Mr ",
        tf="Khun |Ms ",
        tname="g",
        kin="P'|Nong |Pa |Lung |Yai |Ta |Nah ",
        n=dict(
            gm="สมชาย อนันต์ กิตติศักดิ์ ณัฐพงษ์ ธนากร วิชัย พงศักดิ์ ชัยวัฒน์ สมบัติ ธีรภัทร",
            gf="ศิริพร ณัฐยา พลอย กนกวรรณ สุภาพร วนิดา พิมพ์ชนก จิราพร อารยา ดวงใจ",
            fam="ศรีสุข แซ่ตั้ง วงศ์สกุล ชัยพร ทองใบ รัตนากร สุขประเสริฐ บุญมี กิตติคุณ พรหมมา",
            nick="นก พลอย แบงค์ กอล์ฟ มิ้นท์ บีม ไอซ์ ตูน แนน พิม",
            ntm="คุณ|นาย |คุณ",
            ntf="คุณ|นางสาว |นาง ",
            tname="g",
            addr="{n}/{fl} ซอย{st} แขวง{dist} {town} {pc}|{n} หมู่ {fl} ถนน{st} ตำบล{dist} {town} {pc}",
            st="สุขุมวิท 24|อารีย์ 1|ทองหล่อ 10|รัชดาภิเษก 3|เอกมัย 12|ลาดพร้าว 71",
            dist="คลองเตย|พญาไท|วัฒนา|จตุจักร|ห้วยขวาง|สุเทพ",
            town="กรุงเทพฯ|เชียงใหม่|นนทบุรี|ภูเก็ต",
            pc="10###|50###|11###|83###",
        ),
        nkin="พี่|น้อง|ป้า|ลุง|ยาย|ตา|น้า",
        addr="{n}/{fl} Soi {st}, {dist}, {town} {pc}|{n} Moo {fl}, {dist}, {town} {pc}|Condo {dist} Place, Room {flat}, Soi {st}, {town} {pc}",
        st="Sukhumvit 24|Ari 1|Thong Lo 10|Phahonyothin 7|Ratchadaphisek 3|Nimmanhaemin 9|Ekkamai 12",
        dist="Khlong Toei|Phaya Thai|Watthana|Chatuchak|Huai Khwang|Suthep|Bang Rak|Kathu",
        town="Bangkok|Chiang Mai|Nonthaburi|Phuket|Khon Kaen|Pattaya",
        pc="10###|50###|11###|83###",
        ph="08#-###-####|09# ### ####|06########|08########",
        phi="+66 8# ### ####|+66 9########|+66 6#-###-####|+668########",
        dob="be|be|dmy/",
        cur="฿{}|{} บาท|THB {}|{} baht",
        pp="&&#######",
        dl="########",
        apps="Grab|LINE MAN|Bolt|Shopee|Lazada|Kaidee|Foodpanda|Robinhood|TrueMoney|PromptPay",
        celeb="Lisa Manoban|Bright Vachirawit|Tony Jaa|Lalisa",
    ),
    L(
        code="sg",
        langs="en|en|zh|singlish",
        nlangs="zh",
        order="fg",
        gm="Wei_Ming Jun_Jie Kelvin Marcus Darren Ryan Benjamin Jonathan Zhi_Hao Sheng_Rong",
        gf="Hui_Min Xin_Yi Rachel Michelle Priya Jasmine Cheryl Shu_Fen Charmaine Li_Ting",
        fam="Tan Lim Lee Ng Ong Wong Goh Chua Koh Teo Chan Yeo",
        tm="Mr |Dr ",
        tf="Ms |Mdm |Mrs |Dr ",
        kin="Auntie |Uncle |Ah Ma |Ah Gong |Ah |Kor Kor |Jie Jie ",
        n=dict(
            order="fg",
            join="",
            fam="陈 林 李 黄 王 吴 刘 蔡 杨",
            gm="伟明 俊杰 志强 家豪 建国 文杰 志豪",
            gf="慧敏 欣怡 淑芬 美玲 佩珊 丽华 丽婷",
            ntm="~先生|~总",
            ntf="~小姐|~女士|~太太",
        ),
        addr="Blk {n} {st}, #{fl}-{flat}, Singapore {pc}|{n} {st}, #{fl}-{flat}, {dist}, Singapore {pc}|Blk {n} {st} #0{fl}-{flat} S{pc}",
        st="Ang Mo Kio Avenue 3|Tampines Street 21|Jurong West Street 52|Bedok North Road|Toa Payoh Lorong 1|Clementi Avenue 2|Punggol Field|Yishun Ring Road|Orchard Boulevard",
        dist="Ang Mo Kio|Tampines|Jurong West|Bedok|Toa Payoh|Clementi|Punggol",
        town="Singapore",
        pc="%#####",
        ph="8### ####|9### ####|9#######|6### ####",
        phi="+65 9### ####|+65 8#######|+65-9###-####|+65 6### ####",
        dob="dmy/|ymd-",
        cur="S${}|SGD {}|${}",
        pp="E#######&|K#######&",
        apps="Carousell|Grab|Gojek|Shopee|foodpanda|Deliveroo|PropertyGuru|PayLah|PayNow|TADA",
        celeb="JJ Lin|Joseph Schooling|Stefanie Sun|Kit Chan",
    ),
    L(
        code="mm",
        langs="en|my",
        nlangs="my",
        style="mono",
        gm="Aung_Kyaw_Moe Zaw_Min_Htet Kyaw_Zin_Oo Htet_Naing_Lin Min_Thu Ye_Yint_Aung Thant_Zin Myo_Win Soe_Moe_Aung",
        gf="Thandar_Aye Hnin_Wai Su_Myat_Noe May_Thu Khin_Myat_Mon Nwe_Ni_Win Ei_Mon_Kyaw Phyu_Phyu_Thin Thiri_Aung",
        tm="U |Ko |Maung |Dr ",
        tf="Daw |Ma |Dr ",
        tname="g",
        kin="Aunty |Uncle |Ah Mae |Ah Phay |Ma Ma |Ko Ko |Daw Daw ",
        n=dict(
            style="mono",
            gm="အောင်ကျော်မိုး ဇော်မင်းထက် ကျော်ဇင်ဦး ထက်နိုင်လင်း မင်းသူ ရဲရင့်အောင်",
            gf="သန္တာအေး နှင်းဝေ စုမြတ်နိုး မေသူ ခင်မြတ်မွန် နွယ်နီဝင်း",
            ntm="ဦး|ကို|မောင်",
            ntf="ဒေါ်|မ",
            tname="g",
        ),
        addr="No. {n}, {st}, {dist} Township, {town}|Room {flat}, Building {fl}, {st}, {dist} Tsp, {town}|No. {n}, {fl} Street, {dist} Township, {town}",
        st="Pyay Road|Bogyoke Aung San Road|Kabar Aye Pagoda Road|Inya Road|Sule Pagoda Road|U Wisara Road|35th Street",
        dist="Bahan|Kamayut|Sanchaung|Hlaing|Mayangone|Tamwe|Chanayethazan",
        town="Yangon|Mandalay|Naypyitaw|Bago|Mawlamyine",
        ph="09 ### ### ###|09#########|09-7########|09 4## ### ###",
        phi="+95 9 ### ### ###|+959#########|+95 9 7## ### ###",
        dob="dmy/|dmy-",
        cur="{} Ks|{} MMK|K{}",
        pp="M#######|MC######|MD######",
        apps="KBZPay|Wave Money|Grab|Food2U|Shop.com.mm|AYA Pay",
        celeb="Aung San Suu Kyi|Sai Sai Kham Leng",
    ),
    L(
        code="kh",
        langs="en|km",
        nlangs="km",
        order="fg",
        fam="Sok Chan Kim Heng Chea Keo Phan Sar Meas Ly Hun Touch",
        gm="Dara Vannak Sophal Rithy Piseth Chanthou Vuthy Bunthoeun Sokha Visal",
        gf="Sreymom Sophea Channary Bopha Sreyneang Dalin Sokunthea Malis Leakhena Sreyleak",
        tm="Lok |Mr ",
        tf="Lok Srey |Neak |Ms ",
        tname="g",
        kin="Bong |Oun |Ming |Pu |Yeay |Ta ",
        n=dict(
            order="fg",
            fam="សុខ ចាន់ គីម ហេង ជា កែវ ផាន់ ស",
            gm="ដារ៉ា វណ្ណៈ សុផល ឫទ្ធី ពិសិដ្ឋ វុទ្ធី សុខា",
            gf="ស្រីមុំ សុភា ច័ន្ទណារី បុប្ផា ដាលីន ម្លិះ លក្ខិណា",
            ntm="លោក ",
            ntf="លោកស្រី |អ្នកនាង ",
            tname="g",
        ),
        nkin="បង |អូន |មីង |ពូ |យាយ |តា ",
        addr="#{n}, St. {fl}, Sangkat {dist}, Khan {dist}, {town}|House {n}E0, Street {st}, {dist}, {town}|Borey Peng Huoth, Street {fl}, House {n}, {dist}, {town}",
        st="Preah Norodom Blvd|Preah Sihanouk Blvd|Mao Tse Toung Blvd|Russian Federation Blvd|Street 271|Street 63",
        dist="Boeung Keng Kang 1|Tonle Bassac|Toul Tom Poung|Chamkar Mon|Daun Penh|Sen Sok",
        town="Phnom Penh|Siem Reap|Battambang|Sihanoukville",
        ph="012 ### ###|097 ### ####|077 ### ###|010 ### ###|088 ### ####",
        phi="+855 12 ### ###|+855 97 ### ####|+85577######|+855 10 ### ###",
        dob="dmy/",
        cur="${}|{} ៛|KHR {}",
        pp="N########",
        apps="PassApp|Grab|ABA Pay|Wing|Nham24|Khmer24|E-GetS|Tada",
    ),
    # ------------------------------------------------------------------ East Asia
    L(
        code="cn",
        langs="zh|zh|en",
        nlangs="zh",
        order="fg",
        gm="Wei Qiang Lei Yang Yong Jun Jie Tao Ming Chao Haoran Zixuan Yuhang Junjie Zhiqiang Jianhua",
        gf="Fang Na Min Jing Li Yan Juan Xia Ting Xue Xinyi Zihan Shihan Yuxuan Jiayi Xiaoyan",
        fam="Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin",
        nick="Kevin Tony Lily Coco Jason Amy Vivian Eric",
        tm="Mr |Mr. ",
        tf="Ms |Mrs ",
        n=dict(
            order="fg",
            join="",
            fam="王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 欧阳 司马",
            gm="伟 强 磊 洋 勇 军 杰 涛 明 超 浩然 子轩 宇航 俊杰 志强 建华",
            gf="芳 娜 敏 静 丽 艳 娟 霞 婷 雪 欣怡 梓涵 诗涵 雨萱 佳怡 晓燕",
            nick="小明 阿杰 小雨 丽丽 大伟 小胖",
            ntm="~先生|~总|老|~老师|~经理|小",
            ntf="~女士|~小姐|~老师|小|~姐",
            addr="{town}{dist}{st}{n}号{fl}栋{flat}室|{town}{dist}{st}{n}号院{fl}号楼{flat}|{town}{dist}{st}{n}弄{fl}号{flat}室",
            st="建国路|中山路|人民路|解放大道|南京西路|天河路|科技园南路|淮海中路|文三路",
            dist="朝阳区|海淀区|浦东新区|徐汇区|天河区|南山区|武侯区|西湖区",
            town="北京市|上海市|广州市|深圳市|成都市|杭州市",
        ),
        nkin="~阿姨|~叔叔|~姐|~哥|~奶奶",
        addr="No. {n} {st}, {dist}, {town} {pc}|Room {flat}, Building {fl}, No. {n} {st}, {dist}, {town}",
        st="Jianguo Road|Zhongshan Road|Renmin Road|Jiefang Avenue|West Nanjing Road|Tianhe Road|Huaihai Middle Road",
        dist="Chaoyang District|Haidian District|Pudong New Area|Xuhui District|Tianhe District|Nanshan District",
        town="Beijing|Shanghai|Guangzhou|Shenzhen|Chengdu|Hangzhou",
        pc="1#####|2#####|5#####|6#####",
        ph="13# #### ####|138########|15#-####-####|18#########|199 #### ####",
        phi="+86 13# #### ####|+86 18#########|+86-15#-####-####|0086 17# #### ####",
        dob="cjk|cjk|ymd-|ymd/",
        cur="¥{}|{}元|RMB {}|CNY {}",
        pp="E########|EA#######|G########",
        dom="qq.com|163.com|126.com|sina.com|foxmail.com",
        apps="Xianyu|Taobao|Meituan|Didi|Ele.me|Pinduoduo|Xiaohongshu|Douyin|Bilibili|WeChat Pay|闲鱼|美团|滴滴|拼多多",
        celeb="Jay Chou|Yao Ming|Fan Bingbing|Lu Xun|Li Bai|周杰伦|鲁迅",
    ),
    L(
        code="tw",
        langs="zh|en",
        nlangs="zh",
        fam="Chen Lin Huang Chang Lee Wang Wu Liu Tsai Yang Hsu Cheng",
        gm="Chih-Ming Kuan-Yu Cheng-Han Chia-Hao Po-Han Tsung-Han Chun-Chieh Chien-Hung Yu-Hsiang",
        gf="Yi-Chun Ya-Ting Shu-Fen Chia-Ying Shih-Han Hsin-Yu Yi-Chen Mei-Ling Pei-Shan",
        nick="Kevin Amber Vicky Jerry Ivy Alan Tiffany Jimmy",
        tm="Mr |Mr. ",
        tf="Ms |Miss ",
        n=dict(
            order="fg",
            join="",
            fam="陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭",
            gm="志明 冠宇 承翰 家豪 柏翰 宗翰 俊傑 建宏 宇翔",
            gf="怡君 雅婷 淑芬 佳穎 詩涵 欣妤 宜蓁 美玲 佩珊",
            nick="阿明 小美 阿宏 小婷 阿傑",
            ntm="~先生|~大哥|~老師|阿",
            ntf="~小姐|~女士|~老師|~姐",
            addr="{pc}{town}{dist}{st}{n}號{fl}樓|{town}{dist}{st}{fl}巷{n}號{fl}樓之{flat}",
            st="忠孝東路四段|敦化南路一段|中山北路二段|民生東路三段|文心路三段|中華路一段",
            dist="大安區|信義區|中山區|板橋區|西屯區|前鎮區",
            town="台北市|新北市|台中市|高雄市|桃園市",
            pc="###",
        ),
        nkin="~阿姨|~叔叔|~姐|~哥|~阿嬤",
        addr="{fl}F., No. {n}, Sec. 4, {st}, {dist}, {town} {pc}|No. {n}, Ln. {fl}, {st}, {dist}, {town} {pc}",
        st="Zhongxiao E. Rd.|Dunhua S. Rd.|Zhongshan N. Rd.|Minsheng E. Rd.|Wenxin Rd.|Zhonghua Rd.",
        dist="Da'an Dist.|Xinyi Dist.|Zhongshan Dist.|Banqiao Dist.|Xitun Dist.",
        town="Taipei City|New Taipei City|Taichung City|Kaohsiung City",
        pc="###|#####",
        ph="09##-###-###|09## ### ###|09########|02-####-####",
        phi="+886 9## ### ###|+886-9##-###-###|+8869########",
        dob="roc|ymd/|ymd-",
        cur="NT${}|{}元|TWD {}",
        pp="3########",
        apps="蝦皮|Shopee|Uber Eats|foodpanda|LINE Pay|露天拍賣|591租屋網|Dcard|PTT|街口支付",
        celeb="Jay Chou|Jolin Tsai|Ang Lee|周杰倫",
    ),
    L(
        code="hk",
        langs="en|zh|zh|en",
        nlangs="zh",
        order="fg",
        fam="Chan Wong Lee Cheung Lau Leung Ho Lam Ng Tsang Yeung Chow",
        gm="Ka-ho Chi-keung Wai-man Tsz-hin Ho-yin Siu-ming Kin-wah Chun-kit",
        gf="Wing-yan Mei-ling Hoi-yan Ka-yan Suk-yee Pui-shan Wai-ling Tsz-ching",
        nick="Peter Karen Ivan Winnie Kelvin Ada Jacky Fiona",
        tm="Mr |Mr. ",
        tf="Ms |Miss |Mrs ",
        n=dict(
            order="fg",
            join="",
            fam="陳 黃 李 張 劉 梁 何 林 吳 曾",
            gm="家豪 志強 偉文 子軒 浩賢 兆明 健華 俊傑",
            gf="詠欣 美玲 凱欣 嘉欣 淑儀 佩珊 慧玲 梓晴",
            ntm="~先生|~生|~Sir|阿",
            ntf="~小姐|~太|~姐|~姑娘|阿",
            addr="{dist}{st}{n}號{fl}樓{flat}室|{dist}{st}{n}號{fl}樓",
            st="彌敦道|軒尼詩道|英皇道|德輔道中|亞皆老街|青山公路",
            dist="旺角|銅鑼灣|尖沙咀|深水埗|沙田|荃灣",
            town="香港|九龍|新界",
        ),
        nkin="~姨|~叔|~姐|~哥|~嫲嫲",
        addr="Flat {flat}, {fl}/F, Block {fl}, {n} {st}, {dist}|Room {flat}, {fl}/F, {n} {st}, {dist}, Hong Kong|Flat {flat}, {fl}/F, {n} {st}, {dist}, Kowloon",
        st="Nathan Road|Hennessy Road|King's Road|Des Voeux Road Central|Argyle Street|Castle Peak Road|Fa Yuen Street",
        dist="Mong Kok|Causeway Bay|Tsim Sha Tsui|Sham Shui Po|Sha Tin|Tsuen Wan|Kwun Tong|North Point",
        town="Hong Kong|Kowloon",
        ph="9### ####|6### ####|5### ####|9#######",
        phi="+852 9### ####|+852 6#######|+852-5###-####",
        dob="dmy/|ymd-",
        cur="HK${}|HKD {}|${}",
        pp="K########|H########",
        apps="Carousell|Foodpanda|Deliveroo|Octopus|PayMe|Uber|HKTVmall|28Hse|LIHKG|FPS",
        celeb="Jackie Chan|Eason Chan|Bruce Lee|Tony Leung|陳奕迅",
    ),
    L(
        code="jp",
        langs="ja|ja|en",
        nlangs="ja",
        fam="Sato Suzuki Takahashi Tanaka Ito Watanabe Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue",
        gm="Shota Daisuke Kenichi Takuya Ren Yuma Haruto Naoki Kazuya Makoto",
        gf="Hina Yui Misaki Sakura Ai Yuko Mayumi Aya Aoi Mai",
        tm="Mr |~-san|~ san",
        tf="Ms |~-san",
        n=dict(
            order="fg",
            join=" ",
            fam="佐藤 鈴木 高橋 田中 伊藤 渡辺 山本 中村 小林 加藤 吉田 山田 佐々木 松本 井上",
            gm="翔太 大輔 健一 拓也 蓮 悠真 陽翔 直樹 和也 誠",
            gf="陽菜 結衣 美咲 さくら 愛 優子 真由美 彩 葵 麻衣",
            ntm="~さん|~様|~先生|~くん|~氏",
            ntf="~さん|~様|~先生|~ちゃん",
            addr="〒{pc} {town}{dist}{st}{fl}-{n}-{flat}|〒{pc} {town}{dist}{st}{fl}丁目{n}番{flat}号|{town}{dist}{st}{fl}-{n} メゾン桜{flat}号室",
            st="神宮前|西新宿|本町|桜丘町|天神|栄|梅田|三軒茶屋",
            dist="渋谷区|新宿区|中央区|北区|世田谷区|博多区|中区",
            town="東京都|大阪府大阪市|福岡県福岡市|愛知県名古屋市|神奈川県横浜市|北海道札幌市",
            pc="###-####",
        ),
        nkin="~おばさん|~おじさん|~ばあちゃん|~兄ちゃん|~姉ちゃん",
        kin="Aunt |Uncle ",
        addr="{fl}-{n}-{flat} {st}, {dist}, {town} {pc}|Maison Sakura {flat}, {fl}-{n} {st}, {dist}, {town}",
        st="Jingumae|Nishi-Shinjuku|Honcho|Sakuragaokacho|Tenjin|Sakae|Sangenjaya",
        dist="Shibuya-ku|Shinjuku-ku|Chuo-ku|Setagaya-ku|Hakata-ku|Naka-ku",
        town="Tokyo|Osaka|Fukuoka|Nagoya|Yokohama|Sapporo",
        pc="###-####",
        ph="090-####-####|080-####-####|070 #### ####|03-####-####|06-####-####",
        phi="+81 90-####-####|+81 80 #### ####|+8170########|+81 3-####-####",
        dob="cjk|jera|ymd/",
        cur="¥{}|{}円|JPY {}",
        pp="&&#######",
        dl="############",
        dom="docomo.ne.jp|ezweb.ne.jp|yahoo.co.jp|gmail.com|icloud.com",
        apps="Mercari|メルカリ|Rakuma|Yahoo!オークション|Uber Eats|出前館|GO|PayPay|ジモティー|Pairs|Tapple|Coconala",
        celeb="Shohei Ohtani|Hayao Miyazaki|Haruki Murakami|Naomi Osaka|大谷翔平|宮崎駿",
    ),
    L(
        code="kr",
        langs="ko|ko|en",
        nlangs="ko",
        fam="Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin",
        gm="Min-jun Seo-jun Do-yoon Ye-jun Si-woo Ha-jun Ji-ho Jun-seo Hyun-woo Sung-min",
        gf="Seo-yeon Seo-yoon Ji-woo Ha-eun Min-seo Ji-min Su-bin Ye-eun Ji-a Yu-jin",
        tm="Mr |Mr. ",
        tf="Ms |Ms. ",
        n=dict(
            order="fg",
            join="",
            fam="김 이 박 최 정 강 조 윤 장 임 한 오 서 신 남궁",
            gm="민준 서준 도윤 예준 시우 하준 지호 준서 현우 성민",
            gf="서연 서윤 지우 하은 민서 지민 수빈 예은 지아 유진",
            ntm="~ 님|~ 씨|~님|~ 선생님|~ 대리님|~ 과장님",
            ntf="~ 님|~ 씨|~님|~ 선생님|~ 대리님",
            tname="full",
            addr="{town} {dist} {st} {n}, {fl}동 {flat}호|{town} {dist} {st} {n} {flat}호|({pc}) {town} {dist} {st} {n}",
            st="테헤란로|강남대로|세종대로|올림픽로|해운대로|월드컵북로|판교역로",
            dist="강남구|서초구|마포구|송파구|해운대구|분당구|수영구",
            town="서울특별시|부산광역시|경기도 성남시|인천광역시|대구광역시",
            pc="#####",
        ),
        nkin="~ 이모|~ 삼촌|~ 언니|~ 오빠|~ 누나|~ 형",
        addr="{flat}, {fl}-dong, {n} {st}, {dist}, {town} {pc}|{n} {st}, {dist}, {town} {pc}",
        st="Teheran-ro|Gangnam-daero|Sejong-daero|Olympic-ro|Haeundae-ro|World Cup buk-ro",
        dist="Gangnam-gu|Seocho-gu|Mapo-gu|Songpa-gu|Haeundae-gu|Bundang-gu",
        town="Seoul|Busan|Seongnam|Incheon|Daegu",
        pc="#####",
        ph="010-####-####|010 #### ####|010########|02-###-####",
        phi="+82 10-####-####|+82 10 #### ####|+8210########",
        dob="ko|ymd.|ymd-",
        cur="₩{}|{}원|KRW {}",
        pp="M########|M###&####",
        dl="##-##-######-##",
        dom="naver.com|daum.net|kakao.com|gmail.com|hanmail.net",
        apps="당근마켓|Danggeun|번개장터|Coupang|쿠팡이츠|배달의민족|KakaoT|카카오T|토스|Toss|야놀자",
        celeb="Son Heung-min|BTS|IU|Bong Joon-ho|손흥민|아이유",
    ),
    L(
        code="mn",
        langs="en|mn",
        nlangs="mn",
        order="fg",
        initfirst=True,
        fam="Tserendorj Batbayar Ganbold Enkhbayar Dorj Sukhbaatar Otgonbayar Purevdorj Byambadorj Munkhbat",
        gm="Bat-Erdene Temuulen Enkhjin Ganzorig Tuvshin Erdenebat Munkh-Ochir Battulga",
        gf="Oyunchimeg Nomin Anujin Solongo Enkhjargal Saruul Khulan Munkhzul",
        tm="Mr |Dr ",
        tf="Ms |Dr ",
        tname="g",
        kin="Egch |Akh |Avga |Nagats |Emee |Övöö ",
        n=dict(
            order="fg",
            fam="Цэрэндорж Батбаяр Ганболд Энхбаяр Дорж Отгонбаяр Пүрэвдорж",
            gm="Бат-Эрдэнэ Тэмүүлэн Энхжин Ганзориг Түвшин Эрдэнэбат",
            gf="Оюунчимэг Номин Анужин Солонго Энхжаргал Саруул Хулан",
            ntm="ноён |~ гуай",
            ntf="хатагтай |~ гуай",
            tname="g",
            addr="{town}, {dist} дүүрэг, {fl}-р хороо, {st}, {n}-р байр, {flat} тоот",
            st="Энхтайваны өргөн чөлөө|Чингисийн өргөн чөлөө|Сөүлийн гудамж|Токиогийн гудамж",
            dist="Сүхбаатар|Баянзүрх|Хан-Уул|Чингэлтэй|Баянгол",
            town="Улаанбаатар|Эрдэнэт|Дархан",
        ),
        addr="{dist} District, {fl}th khoroo, {st}, Building {n}, Apt {flat}, {town}|Apt {flat}, Bldg {n}, {fl} khoroo, {dist} district, {town}",
        st="Peace Avenue|Chinggis Avenue|Seoul Street|Tokyo Street|Olympic Street|Ikh Toiruu",
        dist="Sukhbaatar|Bayanzurkh|Khan-Uul|Chingeltei|Bayangol|Songinokhairkhan",
        town="Ulaanbaatar|Erdenet|Darkhan",
        ph="99## ####|88######|95## ####|80## ####",
        phi="+976 99## ####|+976 88######|+976-95##-####",
        dob="ymd.|ymd/",
        cur="₮{}|{} MNT|{}₮",
        pp="E#######",
        apps="UBCab|Toki|QPay|SocialPay|Unegui.mn|Shoppy|Monpay",
    ),
    # ------------------------------------------------------------------ Central Asia, Caucasus
    L(
        code="kz",
        langs="ru|kk|en|ru",
        nlangs="ru|kk",
        style="slav",
        gm="Nursultan Aidos Yerlan Daniyar Arman Askar Timur Azamat Bauyrzhan Serik",
        gf="Aigerim Dana Aizhan Madina Saule Gulnara Asel Dinara Zhanar Kamila",
        fam="Nurlanov Bekov Abenov Zhakupov Serikbayev Omarov Kairatov Ismailov Akhmetov Suleimenov",
        famf="Nurlanova Bekova Abenova Zhakupova Serikbayeva Omarova Kairatova Ismailova Akhmetova Suleimenova",
        pm="Serikovich Bolatovich Nurlanovich Kairatovich Yerlanovich Serikuly",
        pf="Serikovna Bolatovna Nurlanovna Kairatovna Yerlanovna Serikkyzy",
        tm="Mr |Dr ",
        tf="Ms |Dr ",
        kin="~ apai|~ aga|~ tate|~ ata|~ aje",
        n=dict(
            style="slav",
            gm="Нурсултан Айдос Ерлан Данияр Арман Аскар Тимур Азамат Бауыржан Серик",
            gf="Айгерим Дана Айжан Мадина Сауле Гульнара Асель Динара Жанар Камила",
            fam="Нурланов Беков Абенов Жакупов Серикбаев Омаров Кайратов Ахметов Сулейменов",
            famf="Нурланова Бекова Абенова Жакупова Серикбаева Омарова Кайратова Ахметова Сулейменова",
            pm="Серикович Болатович Нурланович Кайратович Ерланович Серікұлы",
            pf="Сериковна Болатовна Нурлановна Кайратовна Ерлановна Серікқызы",
            ntm="г-н |господин |~ мырза",
            ntf="г-жа |госпожа |~ ханым",
            addr="г. {town}, {st}, д. {n}, кв. {flat}|{town}, мкр. {dist}, д. {n}, кв. {flat}",
            st="пр. Абая|пр. Достык|пр. аль-Фараби|ул. Толе би|пр. Кабанбай батыра|ул. Сатпаева",
            dist="Самал-2|Аксай-4|Орбита-1|Жетысу-3",
            town="Алматы|Астана|Шымкент|Караганда",
        ),
        nkin="~ апай|~ аға|~ тәте|тётя |дядя ",
        addr="{st} {n}, apt {flat}, {town} {pc}|{dist} microdistrict, bldg {n}, apt {flat}, {town}",
        st="Abay Avenue|Dostyk Avenue|Al-Farabi Avenue|Kabanbay Batyr Avenue|Tole Bi Street|Satpayev Street",
        dist="Samal-2|Aksai-4|Orbita-1|Zhetysu-3|Almagul",
        town="Almaty|Astana|Shymkent|Karaganda|Aktobe",
        pc="&##&#&#",
        ph="8 70# ### ## ##|8707#######|8 (747) ###-##-##|8 777 ### ####",
        phi="+7 70# ### ## ##|+7 (777) ###-##-##|+7747#######",
        dob="dmy.",
        cur="{} ₸|{} тг|{} KZT",
        dec=" ",
        iban="KZ",
        pp="N########",
        apps="Kaspi|OLX.kz|Kolesa|Krisha|Yandex Go|Wolt|Glovo|inDrive|Chocofood",
    ),
    L(
        code="uz",
        langs="uz|ru|en",
        nlangs="ru",
        style="slav",
        gm="Jasur Sardor Bekzod Otabek Aziz Sherzod Rustam Jahongir Dilshod Ulugbek",
        gf="Dilnoza Madina Gulnora Nilufar Malika Shahnoza Zarina Sevara Kamola Nodira",
        fam="Karimov Rakhimov Usmonov Yusupov Saidov Ergashev Sultanov Khodjaev Mirzaev Tursunov",
        famf="Karimova Rakhimova Usmonova Yusupova Saidova Ergasheva Sultanova Khodjaeva Mirzaeva Tursunova",
        pm="Akmalovich Rustamovich Bakhtiyorovich Shavkatovich Akmal_o'g'li",
        pf="Akmalovna Rustamovna Bakhtiyorovna Shavkatovna Rustam_qizi",
        tm="Mr |~ aka|Janob ",
        tf="Ms |~ opa|~ xonim",
        tname="g",
        kin="~ aka|~ opa|~ buvi|~ bobo|Amaki |Xola |~ amma",
        n=dict(
            style="slav",
            gm="Жасур Сардор Бекзод Отабек Азиз Шерзод Рустам Джахонгир",
            gf="Дилноза Мадина Гулнора Нилуфар Малика Шахноза Зарина",
            fam="Каримов Рахимов Усмонов Юсупов Саидов Эргашев Султанов",
            famf="Каримова Рахимова Усмонова Юсупова Саидова Эргашева Султанова",
            pm="Акмалович Рустамович Бахтиёрович Шавкатович",
            pf="Акмаловна Рустамовна Бахтиёровна Шавкатовна",
            ntm="г-н |господин ",
            ntf="г-жа |госпожа ",
            addr="г. {town}, ул. {st}, д. {n}, кв. {flat}",
            st="Амира Темура|Навои|Бабура|Шота Руставели|Мустакиллик",
            town="Ташкент|Самарканд|Бухара|Наманган",
        ),
        addr="{st} ko'chasi, {n}-uy, {flat}-xonadon, {dist} tumani, {town}|{dist} mavzesi, {fl}-kvartal, {n}-uy, {flat}-xonadon, {town}",
        st="Amir Temur|Navoiy|Bobur|Shota Rustaveli|Mustaqillik|Buyuk Ipak Yo'li",
        dist="Yunusobod|Chilonzor|Mirzo Ulug'bek|Yakkasaroy|Sergeli|Shayxontohur",
        town="Toshkent|Samarqand|Buxoro|Namangan|Andijon",
        ph="9# ### ## ##|9#-###-##-##|(9#) ### ## ##|9########",
        phi="+998 9# ### ## ##|+998 (9#) ###-##-##|+9989########",
        dob="dmy.",
        cur="{} so'm|{} сум|{} UZS",
        dec=" ",
        pp="&&#######",
        apps="OLX.uz|Uzum|Yandex Go|Click|Payme|Express24|MyTaxi",
    ),
    L(
        code="ge",
        langs="ka|en",
        nlangs="ka",
        gm="Giorgi Davit Luka Nikoloz Levan Irakli Zurab Tornike Sandro Otar",
        gf="Nino Tamar Mariam Ana Salome Natia Ketevan Elene Tako Maka",
        fam="Beridze Kapanadze Gelashvili Maisuradze Giorgadze Lomidze Tsiklauri Bolkvadze Japaridze Chkheidze Abashidze",
        tm="Mr |Batono ",
        tf="Ms |Kalbatono ",
        tname="g",
        kin="Bidza |Deida |Babo |Papa |Dzia ",
        n=dict(
            gm="გიორგი დავით ლუკა ნიკოლოზ ლევან ირაკლი ზურაბ თორნიკე სანდრო",
            gf="ნინო თამარ მარიამ ანა სალომე ნათია ქეთევან ელენე",
            fam="ბერიძე კაპანაძე გელაშვილი მაისურაძე გიორგაძე ლომიძე წიკლაური ჯაფარიძე",
            ntm="ბატონო |ბ-ნი ",
            ntf="ქალბატონო |ქ-ნი ",
            tname="g",
            addr="{town}, {st} {n}, ბინა {flat}",
            st="რუსთაველის გამზირი|ჭავჭავაძის გამზირი|პეკინის გამზირი|ვაჟა-ფშაველას გამზირი|კოსტავას ქუჩა",
            town="თბილისი|ბათუმი|ქუთაისი",
        ),
        addr="{n} {st}, apt {flat}, {town} {pc}|{st} {n}, {dist}, {town}",
        st="Rustaveli Avenue|Chavchavadze Avenue|Pekini Avenue|Vazha-Pshavela Avenue|Kostava Street|Paliashvili Street",
        dist="Vake|Saburtalo|Vera|Didube|Gldani|Isani",
        town="Tbilisi|Batumi|Kutaisi|Rustavi",
        pc="0###",
        ph="5## ## ## ##|5## ### ###|5########|555 ## ## ##",
        phi="+995 5## ## ## ##|+995 5########|+995 (5##) ###-###",
        dob="dmy.|dmy/",
        cur="{} ₾|{} GEL|₾{}",
        iban="GE",
        pp="##&&#####",
        apps="MyMarket|SS.ge|Bolt|Wolt|Glovo|TBC Pay|Maxi|Yandex Go",
    ),
    L(
        code="am",
        langs="hy|en|ru",
        nlangs="hy",
        gm="Armen Davit Tigran Aram Narek Hayk Gor Karen Vahe Arman",
        gf="Ani Anna Mariam Lusine Nare Tatevik Gayane Lilit Hasmik Arpi",
        fam="Petrosyan Hovhannisyan Sargsyan Grigoryan Harutyunyan Khachatryan Karapetyan Avetisyan Mkrtchyan Ghazaryan Vardanyan Hakobyan",
        tm="Mr |Paron ",
        tf="Ms |Tikin ",
        kin="Tatik |Papik |Mork |Hork |Keri |Hopar ",
        n=dict(
            gm="Արմեն Դավիթ Տիգրան Արամ Նարեկ Հայկ Գոռ Կարեն",
            gf="Անի Աննա Մարիամ Լուսինե Նարե Տաթևիկ Գայանե Լիլիթ",
            fam="Պետրոսյան Հովհաննիսյան Սարգսյան Գրիգորյան Հարությունյան Խաչատրյան Կարապետյան Ավետիսյան",
            ntm="պարոն |պրն. ",
            ntf="տիկին |տկն. ",
            addr="{town}, {st} {n}, բն. {flat}",
            st="Աբովյան փողոց|Թումանյան փողոց|Մաշտոցի պողոտա|Բաղրամյան պողոտա",
            town="Երևան|Գյումրի|Վանաձոր",
        ),
        addr="{n} {st}, apt {flat}, {town} {pc}|{st} {n}/{fl}, {dist}, {town}",
        st="Abovyan Street|Tumanyan Street|Mashtots Avenue|Baghramyan Avenue|Komitas Avenue|Sayat-Nova Avenue|Teryan Street",
        dist="Kentron|Arabkir|Davtashen|Ajapnyak|Nor Nork",
        town="Yerevan|Gyumri|Vanadzor|Dilijan",
        pc="00##",
        ph="0## ## ## ##|09# ######|077 ######|055-##-##-##|091 ###-###",
        phi="+374 9# ######|+374 77 ## ## ##|+374 55######",
        dob="dmy.|dmy/",
        cur="{} ֏|{} AMD|{} dram",
        pp="&&#######",
        apps="List.am|Yandex Go|gg|Menu.am|Idram|Telcell|Buy.am",
    ),
    L(
        code="az",
        langs="az|en|ru",
        nlangs="az",
        famf="Mammadova Huseynova Hasanova Ismayilova Guliyeva Abbasova Rzayeva Karimova Babayeva Jafarova",
        gm="Elvin Rashad Orkhan Kamran Tural Farid Ilkin Murad Nijat Samir",
        gf="Aynur Leyla Gunel Nigar Sevinj Aysel Narmin Lala Konul Gulnar",
        fam="Mammadov Huseynov Hasanov Ismayilov Guliyev Abbasov Rzayev Karimov Babayev Jafarov",
        tm="Mr |~ müəllim|~ bəy",
        tf="Ms |~ xanım|~ müəllimə",
        tname="g",
        kin="~ xala|~ dayı|~ əmi|~ bibi|~ nənə|~ baba",
        n=dict(
            gm="Elvin Rəşad Orxan Kamran Tural Fərid İlkin Murad Nicat Samir",
            gf="Aynur Leyla Günel Nigar Sevinc Aysel Nərmin Lalə Könül Gülnar",
            fam="Məmmədov Hüseynov Həsənov İsmayılov Quliyev Abbasov Rzayev Kərimov Babayev Cəfərov",
            famf="Məmmədova Hüseynova Həsənova İsmayılova Quliyeva Abbasova Rzayeva Kərimova Babayeva Cəfərova",
            ntm="~ müəllim|~ bəy|cənab ",
            ntf="~ xanım|~ müəllimə",
            tname="g",
            addr="{st} küç. {n}, m. {flat}, {town} {pc}|{dist} r., {st} küçəsi {n}, mənzil {flat}, {town}",
            st="Nizami|Füzuli|Rəşid Behbudov|Səməd Vurğun|Üzeyir Hacıbəyov|Həsən bəy Zərdabi",
            dist="Nəsimi|Yasamal|Nərimanov|Səbail|Xətai|Binəqədi",
            town="Bakı|Gəncə|Sumqayıt",
            pc="AZ1###",
        ),
        addr="{n} {st} St., apt {flat}, {dist} district, {town} {pc}",
        st="Nizami|Fizuli|Rashid Behbudov|Samad Vurgun|Uzeyir Hajibeyov",
        dist="Nasimi|Yasamal|Narimanov|Sabail",
        town="Baku|Ganja|Sumgait",
        pc="AZ1###",
        ph="05# ### ## ##|050 ### ## ##|055-###-##-##|070 ### ## ##|077#######",
        phi="+994 5# ### ## ##|+994 50 ### ## ##|+99455#######|+994 70 ### ## ##",
        dob="dmy.",
        cur="{} ₼|{} AZN|{} manat",
        iban="AZ",
        pp="C########",
        apps="Tap.az|Bolt|Wolt|Uklon|Birmarket|Lalafo|Yango",
    ),
    # ------------------------------------------------------------------ Europe
    L(
        code="gb",
        langs="en",
        gm="Oliver James Harry Jack George Thomas Liam Callum Gareth Rhys Declan Alistair",
        gf="Amelia Olivia Emily Sophie Charlotte Hannah Megan Siobhan Rhiannon Chloe Beth Niamh",
        fam="Smith Jones Taylor Brown Williams Wilson Evans Thomas Roberts Walker Hughes Patel Khan O'Connor MacLeod Davies Campbell Thompson Ashworth",
        mid="Edward Louise Rose Alexander William Jane Marie",
        nick="Ollie Charlie Jonno Em Soph Liz Bex Davo Gaz",
        tm="Mr |Dr |Prof. ",
        tf="Mrs |Ms |Miss |Dr ",
        kin="Auntie |Uncle |Nan |Grandad |Aunt ",
        addr="{n} {st}, {town} {pc}|Flat {flat}, {n} {st}, {dist}, {town} {pc}|{n} {st}, {dist}, {town}, {pc}",
        st="Victoria Road|Church Lane|Station Road|High Street|Mill Lane|Kingsway|Gladstone Street|Elm Grove|Park Avenue|Queen's Road|Mafeking Terrace|Cromwell Road",
        dist="Headingley|Roath|Moseley|Chorlton|Leith|Clifton|Walthamstow|Jesmond",
        town="Leeds|Cardiff|Birmingham|Manchester|Edinburgh|Bristol|London|Newcastle upon Tyne|Norwich",
        pc="LS6 #&&|CF24 #&&|B13 #&&|M21 #&&|EH6 #&&|BS8 #&&|E17 #&&|NE2 #&&",
        ph="07### ######|07#########|07### ### ###|020 #### ####|0161 ### ####",
        phi="+44 7### ######|+44 (0)7### ######|+447#########|+44 20 #### ####",
        dob="dmy/",
        cur="£{}|GBP {}",
        iban="GB",
        dl="&&&&&%#####&&9&&",
        pp="#########",
        dom="btinternet.com|hotmail.co.uk|yahoo.co.uk|sky.com|gmail.com",
        apps="Vinted|eBay|Gumtree|Depop|Deliveroo|Just Eat|Uber|Airbnb|Facebook Marketplace|Etsy|Monzo|Bolt|Fiverr|Hinge|Patreon",
        plate="&&## &&&",
        celeb="Adele|David Beckham|Ed Sheeran|Emma Watson|Stephen Fry|Zadie Smith|Florence Nightingale",
    ),
    L(
        code="ie",
        langs="en|en|ga",
        gm="Seán Cian Oisín Darragh Ciarán Pádraig Eoin Conor Fionn Cathal",
        gf="Aoife Saoirse Niamh Róisín Siobhán Caoimhe Orla Clodagh Gráinne Méabh",
        fam="Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor Ó_Súilleabháin Mac_Giolla_Phádraig Doyle McCarthy Fitzgerald Ní_Dhomhnaill",
        nick="Paddy Shay Rosie Dec Ger Mags",
        tm="Mr |Dr ",
        tf="Ms |Mrs |Dr ",
        kin="Auntie |Uncle |Nana |Granda ",
        addr="{n} {st}, {dist}, {town}, {pc}|Apt {flat}, {st}, {dist}, {town} {pc}|{n} {st}, {dist}, Co. Kerry, {pc}",
        st="O'Connell Street|Grafton Street|Patrick Street|Shop Street|Griffith Avenue|Ranelagh Road|Main Street|Parnell Square",
        dist="Ranelagh|Rathmines|Drumcondra|Ballincollig|Salthill|Clontarf|Phibsborough",
        town="Dublin 6|Dublin 9|Cork|Galway|Limerick|Tralee",
        pc="D0# &?#?|T12 &?#?|H91 &#?#|V92 &?#?",
        ph="08# ### ####|087 #######|085-###-####|01 ### ####",
        phi="+353 8# ### ####|+353 (0)87 ### ####|+3538########",
        dob="dmy/",
        cur="€{}|EUR {}",
        iban="IE",
        pp="&&#######",
        dl="### ### ###",
        dom="eircom.net|gmail.com|hotmail.com",
        apps="DoneDeal|Adverts.ie|Daft.ie|Deliveroo|FREE NOW|Revolut",
        celeb="Paul Mescal|Sally Rooney|Bono|Conor McGregor|Saint Patrick",
    ),
    L(
        code="fr",
        langs="fr|fr|en",
        gm="Jean Pierre Thomas Nicolas Julien Mathieu Antoine Lucas Hugo Kevin Rémi Jean-Baptiste Karim",
        gf="Marie Camille Léa Manon Chloé Sophie Céline Émilie Inès Julie Anne-Sophie Nathalie Sarah",
        fam="Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Fournier Girard Mercier Benali Nguyen Da_Silva Rousseau",
        part="de du",
        nick="Juju Nico Titi Mimi Lulu Doudou Max Steph",
        tm="M. |Monsieur |Me |Dr ",
        tf="Mme |Madame |Mlle |Me |Dr ",
        kin="Tata |Tonton |Mamie |Papi |Tatie |Marraine |Parrain ",
        addr="{n} {st}, {pc} {town}|{n} bis, {st}, {pc} {town}|Appt {flat}, {n} {st}, {pc} {town}|{n}, {st}, Bât. B, {pc} {town}",
        st="rue Victor Hugo|avenue Jean Jaurès|rue de la République|boulevard Voltaire|rue des Lilas|allée des Tilleuls|chemin du Moulin|rue Pasteur|impasse des Roses|rue Gambetta",
        town="Paris|Lyon|Marseille|Toulouse|Nantes|Lille|Bordeaux|Strasbourg|Montpellier|Rennes|Villeurbanne",
        pc="75011|69003|13006|31000|44000|59000|33000|67000|34000|35000|69100",
        ph="06 ## ## ## ##|07 ## ## ## ##|06########|01 ## ## ## ##|06.##.##.##.##",
        phi="+33 6 ## ## ## ##|+33 (0)7 ## ## ## ##|+336########|0033 6 ## ## ## ##",
        dob="dmy/",
        cur="{} €|{}€|EUR {}",
        dec=",",
        iban="FR",
        dl="############|##&&#####",
        pp="##&&#####",
        dom="orange.fr|free.fr|laposte.net|wanadoo.fr|sfr.fr|hotmail.fr|gmail.com",
        apps="Leboncoin|Vinted|BlaBlaCar|Uber Eats|Deliveroo|Lydia|Malt|Back Market|Meetic|Ulule|Superprof",
        plate="&&-###-&&",
        celeb="Kylian Mbappé|Zinedine Zidane|Aya Nakamura|Victor Hugo|Marie Curie|Omar Sy",
    ),
    L(
        code="be",
        langs="nl|fr|en",
        gm="Wouter Pieter Thomas Jens Arnaud Maxime Kevin Bart Olivier Stijn",
        gf="Lotte Eline Marie Sofie Charlotte Laura Hanne Amélie Elise Manon",
        fam="Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Dubois Lambert Dupont De_Smet Van_Damme Vermeulen",
        tm="Dhr. |M. |Mr. ",
        tf="Mevr. |Mme ",
        kin="Tante |Nonkel |Bomma |Bompa |Tata |Tonton ",
        addr="{st} {n}, {pc} {town}|{st} {n} bus {flat}, {pc} {town}|{n} {st}, {pc} {town}",
        st="Kerkstraat|Stationsstraat|Rue Royale|Avenue Louise|Meir|Veldstraat|Rue Neuve|Chaussée de Waterloo|Koningin Astridlaan",
        town="Antwerpen|Gent|Bruxelles|Leuven|Liège|Brugge|Namur|Mechelen",
        pc="2000|9000|1000|3000|4000|8000|5000|1050|2800",
        ph="04## ## ## ##|0470 ## ## ##|04## ### ###|02 ### ## ##",
        phi="+32 4## ## ## ##|+32 470 ## ## ##|+324########",
        dob="dmy/|dmy.",
        cur="€{}|{} €|{} EUR",
        dec=",",
        iban="BE",
        pp="&&######",
        dl="##########",
        dom="telenet.be|skynet.be|proximus.be|gmail.com",
        apps="2dehands|2ememain|Vinted|Deliveroo|Takeaway|Payconiq|Immoweb",
        celeb="Stromae|Kevin De Bruyne|Angèle|Hergé|Tintin",
    ),
    L(
        code="nl",
        langs="nl|nl|en",
        gm="Daan Sem Lucas Thijs Bram Ruben Joris Jeroen Sven Niels Mohammed",
        gf="Emma Sanne Lotte Fleur Anouk Julia Femke Sophie Iris Noor Esmee",
        fam="de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder Bos Vos Peters Hendriks Yilmaz van_der_Linden",
        tm="Dhr. |meneer |de heer ",
        tf="Mevr. |mevrouw ",
        kin="Tante |Oom |Oma |Opa ",
        addr="{st} {n}, {pc} {town}|{st} {n}-{flat}, {pc} {town}|{st} {n} hs, {pc} {town}",
        st="Kerkstraat|Prinsengracht|Dorpsstraat|Vondelstraat|Molenweg|Julianalaan|Wilhelminastraat|Beatrixlaan|Oudegracht|Nieuwe Binnenweg",
        town="Amsterdam|Rotterdam|Utrecht|Den Haag|Eindhoven|Groningen|Leiden|Haarlem|Zwolle",
        pc="%### &&",
        ph="06-########|06 ## ## ## ##|06########|020-### ####",
        phi="+31 6 ########|+31 (0)6 ## ## ## ##|+316########|0031 6 ########",
        dob="dmy-|dmy/",
        cur="€ {}|€{}|EUR {}",
        dec=",",
        iban="NL",
        pp="&&??????#",
        dl="##########",
        dom="ziggo.nl|kpnmail.nl|hotmail.nl|gmail.com|xs4all.nl",
        apps="Marktplaats|Vinted|Thuisbezorgd|Tikkie|Bol.com|Funda|Werkspot|Uber|Relatieplanet",
        plate="&&-###-&|##-&&&-#",
        celeb="Max Verstappen|Vincent van Gogh|Rembrandt|Famke Janssen|Virgil van Dijk",
    ),
    L(
        code="de",
        langs="de|de|en",
        gm="Lukas Jonas Maximilian Felix Leon Tobias Florian Stefan Jürgen Matthias Deniz Hans-Peter",
        gf="Anna Lena Laura Julia Sophie Katharina Sabine Petra Jana Lea Ayşe Anne-Kathrin",
        fam="Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Krüger Özdemir Kowalski Nowak",
        part="von",
        tm="Herr |Hr. |Dr. |Prof. Dr. ",
        tf="Frau |Fr. |Dr. ",
        kin="Tante |Onkel |Oma |Opa ",
        addr="{st} {n}, {pc} {town}|{st} {n}a, {pc} {town}|{st} {n}, {fl}. OG, {pc} {town}",
        st="Hauptstraße|Bahnhofstraße|Goethestraße|Schillerstraße|Lindenallee|Gartenweg|Kastanienallee|Friedrich-Ebert-Straße|Am Mühlbach|Sonnenstraße|Bergmannstraße",
        town="Berlin|Hamburg|München|Köln|Frankfurt am Main|Leipzig|Stuttgart|Dresden|Bremen|Nürnberg",
        pc="%####",
        ph="0151 ########|0176 ########|0170 #######|0160-#######|030 ########|0157 ### ####",
        phi="+49 151 ########|+49 (0)176 ########|+49 170 #######|+4915#########",
        dob="dmy.",
        cur="{} €|{}€|EUR {}",
        dec=",",
        iban="DE",
        dl="&###??&#?##",
        pp="C&&#####?",
        dom="web.de|gmx.de|t-online.de|gmx.net|posteo.de|freenet.de",
        apps="Kleinanzeigen|Vinted|Lieferando|Wolt|FREE NOW|PayPal|Momox|Immoscout24|Parship|Betterplace|Nachhilfe-Team",
        plate="& &&-####|&& &&-###",
        celeb="Helene Fischer|Thomas Müller|Albert Einstein|Goethe|Heidi Klum|Dirk Nowitzki",
    ),
    L(
        code="at",
        langs="de|en",
        gm="Florian Lukas David Tobias Sebastian Markus Stefan Andreas Elias Moritz",
        gf="Anna Sarah Katharina Julia Lisa Magdalena Theresa Valentina Sophie Hannah",
        fam="Gruber Huber Wagner Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder Schwarz",
        tm="Herr |Hr. |Mag. |DI |Dr. ",
        tf="Frau |Fr. |Mag.a |Dr.in ",
        kin="Tante |Onkel |Oma |Opa ",
        addr="{st} {n}/{flat}, {pc} {town}|{st} {n}/{fl}/{flat}, {pc} {town}|{st} {n}, {pc} {town}",
        st="Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|Linzer Gasse|Favoritenstraße|Mozartgasse|Schubertstraße|Annenstraße",
        town="Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt",
        pc="1###|8010|4020|5020|6020|9020",
        ph="0664 #######|0660 ### ####|0676 #######|0699 ########|01 ### ## ##",
        phi="+43 664 #######|+43 (0)676 #######|+43699########",
        dob="dmy.",
        cur="€ {}|{} €|EUR {}",
        dec=",",
        iban="AT",
        pp="&#######",
        dl="########",
        dom="gmx.at|aon.at|chello.at|a1.net|gmail.com",
        apps="willhaben|Shpock|Mjam|Lieferando|Bolt|Uber|Vinted",
        celeb="Arnold Schwarzenegger|Mozart|Marcel Hirscher|David Alaba",
    ),
    L(
        code="ch",
        langs="de|fr|it|en",
        gm="Luca Noah Jan Simon Reto Beat Urs Marco Yannick Nicolas Gian",
        gf="Mia Lara Nina Seraina Andrea Corinne Laura Chiara Anouk Nadia Martina",
        fam="Müller Meier Schmid Keller Weber Huber Brunner Baumann Gerber Frei Zürcher Rossi Favre Bianchi Steiner",
        tm="Herr |M. |Signor ",
        tf="Frau |Mme |Signora ",
        kin="Tante |Onkel |Grosi |Götti |Gotte |Neni ",
        addr="{st} {n}, {pc} {town}|{st} {n}, CH-{pc} {town}|{n} {st}, {pc} {town}",
        st="Bahnhofstrasse|Dorfstrasse|Seestrasse|Rue du Lac|Avenue de la Gare|Via Nassa|Kirchgasse|Rosenweg|Bergstrasse",
        town="Zürich|Bern|Basel|Genève|Lausanne|Luzern|Lugano|Winterthur|St. Gallen",
        pc="8###|3###|4###|1###|6###|9###",
        ph="07# ### ## ##|079 ### ## ##|076 ### ## ##|044 ### ## ##",
        phi="+41 7# ### ## ##|+41 79 ### ## ##|+4176#######",
        dob="dmy.",
        cur="CHF {}|Fr. {}|{} CHF",
        iban="CH",
        pp="&#######",
        dl="#########",
        dom="bluewin.ch|gmx.ch|sunrise.ch|hispeed.ch|gmail.com",
        apps="Ricardo|Tutti.ch|Anibis|TWINT|Uber Eats|Just Eat|Homegate|Vinted",
        celeb="Roger Federer|Carl Jung|Heidi|Stephan Eicher",
    ),
    L(
        code="es",
        langs="es|es|en|ca",
        style="es",
        gm="Javier Carlos Alejandro Pablo Sergio Jorge Álvaro Daniel Manuel Iñaki Jordi Pau José_Luis Juan_Carlos",
        gf="María Lucía Carmen Laura Marta Paula Elena Sara Ainhoa Núria Montserrat Irene María_José Ana_Belén",
        fam="García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Álvarez Romero Navarro Torres Vidal Puig Etxeberria",
        nick="Pepe Paco Nacho Lola Maite Charo Quique Toni Txema Rocío",
        tm="Sr. |D. |Dr. |Don ",
        tf="Sra. |Dña. |Dra. |Doña ",
        kin="Tía |Tío |Abuela |Abuelo |Yaya |Yayo |Prima |Primo ",
        addr="C/ {st}, {n}, {fl}º {flat}, {pc} {town}|Calle {st} {n}, {fl}º izq., {pc} {town}|Avda. de {st}, {n}, {pc} {town}|Calle {st} {n}, Bajo B, {pc} {town}",
        st="Mayor|Gran Vía|Alcalá|de la Paz|Sagasta|Velázquez|Príncipe de Vergara|Colón|Blasco Ibáñez|Sant Joan|Real|Cervantes",
        town="Madrid|Barcelona|Valencia|Sevilla|Bilbao|Zaragoza|Málaga|Murcia|Granada|Valladolid",
        pc="28###|08###|46###|41###|48###|50###|29###",
        ph="6## ## ## ##|6## ### ###|7## ## ## ##|6########|91 ### ## ##",
        phi="+34 6## ## ## ##|+34 6## ### ###|+346########|0034 7## ## ## ##",
        dob="dmy/|dmy-",
        cur="{} €|{}€|EUR {}",
        dec=",",
        iban="ES",
        dl="########&",
        pp="&&&######",
        dom="hotmail.es|yahoo.es|telefonica.net|gmail.com",
        apps="Wallapop|Milanuncios|Glovo|Cabify|Bizum|Idealista|Vinted|Just Eat|Verkami|Tutellus",
        plate="####-&&&|#### &&&",
        celeb="Rosalía|Rafa Nadal|Penélope Cruz|Miguel de Cervantes|Pedro Almodóvar|Aitana",
    ),
    L(
        code="pt",
        langs="pt|pt|en",
        style="pt",
        gm="João Pedro Tiago Miguel Rui Nuno Diogo André Ricardo Gonçalo Duarte",
        gf="Ana Maria Inês Beatriz Catarina Joana Mariana Sofia Rita Leonor Filipa",
        fam="Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques Carvalho Almeida Ribeiro",
        tm="Sr. |Dr. |Eng. ",
        tf="Sra. |D. |Dra. ",
        kin="Tia |Tio |Avó |Avô |Madrinha |Padrinho ",
        addr="Rua {st}, {n}, {fl}º Esq., {pc} {town}|Av. {st}, {n} - {fl}º Dto, {pc} {town}|Travessa {st}, {n}, {pc} {town}",
        st="da Liberdade|Augusta|de Santa Catarina|Almirante Reis|da Boavista|Garrett|Cândido dos Reis|Luís de Camões|do Carmo|5 de Outubro",
        town="Lisboa|Porto|Braga|Coimbra|Faro|Setúbal|Aveiro|Funchal",
        pc="1###-###|4###-###|3###-###|8###-###",
        ph="9## ### ###|91# ### ###|96#######|93# ## ## ##|21# ### ###",
        phi="+351 9## ### ###|+351 91#######|+351 96# ### ###",
        dob="dmy/|dmy-",
        cur="{} €|{}€",
        dec=",",
        iban="PT",
        pp="&######",
        dl="&&-###### #",
        dom="sapo.pt|gmail.com|hotmail.com|outlook.pt",
        apps="OLX|Vinted|Bolt|Glovo|Uber Eats|MB Way|Idealista|CustoJusto",
        celeb="Cristiano Ronaldo|Fernando Pessoa|Mariza|José Saramago|Amália Rodrigues",
    ),
    L(
        code="it",
        langs="it|it|en",
        gm="Marco Luca Giuseppe Alessandro Francesco Matteo Lorenzo Davide Andrea Giovanni Salvatore Gianluca",
        gf="Giulia Francesca Chiara Sara Martina Valentina Elena Federica Alessia Giorgia Roberta Anna_Maria",
        fam="Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Costa Giordano Mancini Lombardi Di_Stefano Lo_Russo",
        nick="Beppe Gigi Fede Vale Ale Checco Totò Pino",
        tm="Sig. |Dott. |Avv. |Ing. |Prof. ",
        tf="Sig.ra |Dott.ssa |Avv. |Prof.ssa ",
        kin="Zia |Zio |Nonna |Nonno |Zietta |Cugina ",
        addr="Via {st} {n}, {pc} {town}|Via {st}, {n}/{fl}, {pc} {town}|Viale {st} {n}, int. {flat}, {pc} {town}|Piazza {st} {n}, {pc} {town}",
        st="Garibaldi|Roma|Mazzini|Giuseppe Verdi|Dante Alighieri|Cavour|dei Mille|XX Settembre|della Repubblica|Vittorio Emanuele II|Nazionale|Tiburtina",
        town="Roma|Milano|Napoli|Torino|Palermo|Bologna|Firenze|Bari|Catania|Verona|Genova",
        pc="00###|20###|80###|10###|90###|40###|50###",
        ph="3## ### ####|3#########|347 #######|333 ### ####|06 ########|02 #### ####",
        phi="+39 3## ### ####|+39 3#########|+39 347 #######|0039 333 ### ####",
        dob="dmy/|dmy-",
        cur="€{}|{} €|EUR {}",
        dec=",",
        iban="IT",
        dl="&&#######&",
        pp="&&#######",
        dom="libero.it|virgilio.it|alice.it|tiscali.it|gmail.com|hotmail.it",
        apps="Subito|Vinted|Glovo|Deliveroo|Satispay|Immobiliare.it|FreeNow|Wallapop|GoFundMe",
        plate="&& ###&&",
        celeb="Laura Pausini|Francesco Totti|Sophia Loren|Leonardo da Vinci|Giuseppe Verdi|Måneskin",
    ),
    L(
        code="pl",
        langs="pl|pl|en",
        gm="Piotr Krzysztof Tomasz Paweł Michał Marcin Łukasz Jakub Mateusz Grzegorz Wojciech Bartosz",
        gf="Anna Katarzyna Małgorzata Agnieszka Magdalena Joanna Aleksandra Zofia Natalia Monika Ewa Karolina",
        fam="Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Krawczyk",
        famf="Nowak Kowalska Wiśniewska Wójcik Kowalczyk Kamińska Lewandowska Zielińska Szymańska Woźniak Dąbrowska Kozłowska Jankowska Mazur Krawczyk",
        nick="Kasia Gosia Asia Ola Zosia Kuba Bartek Tomek Piotrek Wojtek Magda",
        tm="Pan |p. |dr |mgr inż. ",
        tf="Pani |p. |dr |mgr ",
        kin="Ciocia |Wujek |Babcia |Dziadek |Ciotka ",
        addr="ul. {st} {n}/{flat}, {pc} {town}|ul. {st} {n} m. {flat}, {pc} {town}|al. {st} {n}, {pc} {town}|os. {st} {n}/{flat}, {pc} {town}",
        st="Marszałkowska|Mickiewicza|Piłsudskiego|Kościuszki|Słowackiego|Długa|Jana Pawła II|Wolności|Polna|Ogrodowa|Sienkiewicza",
        town="Warszawa|Kraków|Łódź|Wrocław|Poznań|Gdańsk|Szczecin|Lublin|Katowice",
        pc="##-###",
        ph="5## ### ###|6## ### ###|7## ### ###|8## ### ###|5##-###-###|22 ### ## ##",
        phi="+48 5## ### ###|+48 6########|+48 7##-###-###|0048 8## ### ###",
        dob="dmy.|dmy-",
        cur="{} zł|{} PLN|{}zł",
        dec=" ",
        iban="PL",
        dl="#####/##/####",
        pp="&&#######",
        dom="wp.pl|o2.pl|onet.pl|interia.pl|gazeta.pl|gmail.com",
        apps="OLX|Allegro|Vinted|Glovo|Pyszne.pl|Bolt|BLIK|Otodom|Uber|Zrzutka.pl|Useme",
        celeb="Robert Lewandowski|Iga Świątek|Maria Skłodowska-Curie|Olga Tokarczuk|Fryderyk Chopin",
    ),
    L(
        code="cz",
        langs="cs|en",
        gm="Jan Petr Tomáš Martin Jakub Lukáš Ondřej Pavel Jiří Vojtěch",
        gf="Tereza Eliška Anna Kateřina Lucie Veronika Barbora Petra Markéta Klára",
        fam="Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pospíšil",
        famf="Nováková Svobodová Novotná Dvořáková Černá Procházková Kučerová Veselá Horáková Němcová Marková Pospíšilová",
        tm="pan |Ing. |Mgr. |MUDr. ",
        tf="paní |Ing. |Mgr. |MUDr. ",
        kin="teta |strejda |babička |děda ",
        addr="{st} {n}/{fl}, {pc} {town}|{st} {n}, {pc} {town} {fl}",
        st="Vinohradská|Národní|Masarykova|Husova|Palackého|Karlova|Jugoslávská|Lidická|Nádražní|Křižíkova",
        town="Praha|Brno|Ostrava|Plzeň|Olomouc|Liberec",
        pc="1## ##|6## ##|7## ##|3## ##",
        ph="6## ### ###|7## ### ###|6########|602 ### ###",
        phi="+420 6## ### ###|+420 7########|+420 602 ### ###",
        dob="dmy.",
        cur="{} Kč|{} CZK",
        dec=" ",
        iban="CZ",
        pp="########",
        dl="&& ######",
        dom="seznam.cz|email.cz|centrum.cz|gmail.com",
        apps="Bazoš|Sbazar|Vinted|Wolt|Bolt|Rohlík|Aukro|Donio",
        celeb="Jaromír Jágr|Franz Kafka|Karel Gott|Petra Kvitová",
    ),
    L(
        code="hu",
        langs="hu|en",
        order="fg",
        gm="Bence Máté Levente Dávid Balázs Gábor László Zoltán Péter Ádám",
        gf="Anna Zsófia Réka Eszter Katalin Dóra Nóra Petra Judit Hanna",
        fam="Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász",
        nick="Laci Pisti Zoli Kati Zsófi Gabi Bence",
        tm="~ úr|Dr. ",
        tf="~ asszony|Dr. ",
        kin="~ néni|~ bácsi|Mama |Papa ",
        addr="{pc} {town}, {st} {n}. {fl}/{flat}.|{pc} {town}, {st} {n}.|{town}, {st} {n}. {fl}. em. {flat}.",
        st="Andrássy út|Rákóczi út|Petőfi Sándor utca|Kossuth Lajos utca|Váci utca|Bartók Béla út|Arany János utca|Dózsa György út",
        town="Budapest|Debrecen|Szeged|Pécs|Győr|Miskolc",
        pc="1###|4###|6###|7###|9###",
        ph="06 20 ### ####|06 30 ### ####|06-70-###-####|06 1 ### ####",
        phi="+36 20 ### ####|+36 30 #######|+36 70 ### ####|+3630#######",
        dob="ymd.",
        cur="{} Ft|{} HUF",
        dec=" ",
        iban="HU",
        pp="&&#######",
        dl="&&######",
        dom="freemail.hu|citromail.hu|gmail.com",
        apps="Jófogás|Vatera|Wolt|Foodora|Bolt|Revolut|ingatlan.com",
        celeb="Ferenc Puskás|Ernő Rubik|Liszt Ferenc",
    ),
    L(
        code="ro",
        langs="ro|en",
        gm="Andrei Alexandru Mihai Ionuț Vlad Bogdan Cristian Florin Răzvan Gabriel",
        gf="Ioana Andreea Elena Maria Alexandra Cristina Mihaela Roxana Diana Bianca",
        fam="Popescu Ionescu Popa Stan Dumitru Stoica Constantin Marin Georgescu Munteanu Tudor Moldovan Lungu Dobre",
        tm="Dl. |dl. |Dr. ",
        tf="Dna. |d-na |Dr. ",
        kin="Tanti |Nea |Tușa |Bunica |Bunicul ",
        addr="Str. {st} nr. {n}, bl. {fl}, sc. A, ap. {flat}, {town}, {pc}|Str. {st} nr. {n}, {town} {pc}|Bd. {st} nr. {n}, ap. {flat}, sector {fl}, {town}",
        st="Mihai Eminescu|Unirii|Victoriei|Ion Creangă|Republicii|Libertății|Avram Iancu|Lalelelor|Florilor",
        town="București|Cluj-Napoca|Iași|Timișoara|Constanța|Brașov|Sibiu",
        pc="######",
        ph="07## ### ###|07########|072#-###-###|021 ### ####",
        phi="+40 7## ### ###|+40 7########|+40 (0)72# ### ###",
        dob="dmy.|dmy/",
        cur="{} lei|{} RON",
        dec=",",
        iban="RO",
        pp="#########",
        dl="#########",
        dom="yahoo.com|gmail.com|yahoo.ro",
        apps="OLX|eMAG|Glovo|Bolt|Tazz|Vinted|Revolut|Storia|Autovit",
        celeb="Simona Halep|Gheorghe Hagi|Inna|Mihai Eminescu",
    ),
    L(
        code="gr",
        langs="el|el|en",
        nlangs="el",
        gm="Giorgos Dimitris Nikos Kostas Giannis Christos Panagiotis Vasilis Alexandros Thanasis",
        gf="Maria Eleni Katerina Vasiliki Sofia Angeliki Dimitra Georgia Ioanna Despina",
        fam="Papadopoulos Papadakis Georgiou Nikolaidis Karagiannis Vlachos Oikonomou Makris Dimitriou Alexiou Pappas Antoniou",
        famf="Papadopoulou Papadaki Georgiou Nikolaidou Karagianni Vlachou Oikonomou Makri Dimitriou Alexiou Pappa Antoniou",
        tm="Mr |k. ",
        tf="Ms |k. ",
        kin="Thia |Theie |Giagia |Pappou |Nona ",
        n=dict(
            gm="Γιώργος Δημήτρης Νίκος Κώστας Γιάννης Χρήστος Παναγιώτης Βασίλης",
            gf="Μαρία Ελένη Κατερίνα Βασιλική Σοφία Αγγελική Δήμητρα Γεωργία",
            fam="Παπαδόπουλος Παπαδάκης Γεωργίου Νικολαΐδης Καραγιάννης Βλάχος Οικονόμου Μακρής",
            famf="Παπαδοπούλου Παπαδάκη Γεωργίου Νικολαΐδου Καραγιάννη Βλάχου Οικονόμου Μακρή",
            ntm="κ. |κύριε ",
            ntf="κα |κυρία ",
            addr="{st} {n}, {pc} {town}|{st} {n}, {fl}ος όροφος, {pc} {town}",
            st="Ερμού|Σταδίου|Πατησίων|Εγνατίας|Τσιμισκή|Λεωφ. Κηφισίας|Σόλωνος|Ακαδημίας",
            town="Αθήνα|Θεσσαλονίκη|Πάτρα|Ηράκλειο|Λάρισα",
            pc="### ##",
        ),
        nkin="θεία |θείε |γιαγιά |παππού |νονά ",
        addr="{st} {n}, {pc} {town}|{st} {n}, {fl} floor, {dist}, {pc} {town}",
        st="Ermou|Stadiou|Patision|Egnatia|Tsimiski|Kifisias Avenue|Vasilissis Sofias Avenue|Akadimias|Solonos",
        dist="Kolonaki|Pagrati|Kypseli|Marousi|Glyfada|Kalamaria",
        town="Athens|Thessaloniki|Patras|Heraklion|Larissa",
        pc="### ##",
        ph="69# ### ####|69########|697 ### ####|21# ### ####",
        phi="+30 69# ### ####|+30 69########|+30 697-###-####",
        dob="dmy/",
        cur="{} €|€{}",
        dec=",",
        iban="GR",
        pp="&&#######",
        dl="#########",
        dom="yahoo.gr|otenet.gr|gmail.com|hotmail.gr",
        apps="Car.gr|Vendora|Skroutz|efood|Wolt|FREENOW|Spitogatos|XE.gr",
        celeb="Giannis Antetokounmpo|Nana Mouskouri|Aristotle|Maria Callas|Socrates",
    ),
    L(
        code="se",
        langs="sv|en",
        gm="Erik Lars Anders Johan Karl Oskar Viktor Emil Mattias Björn",
        gf="Anna Emma Sara Maja Elin Linnéa Johanna Ebba Frida Karin",
        fam="Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindqvist Bergström Lindberg Hussein",
        tm="Mr |Dr ",
        tf="Ms |Dr ",
        kin="Moster |Faster |Morbror |Farbror |Mormor |Farmor |Morfar |Farfar ",
        addr="{st} {n}, {pc} {town}|{st} {n}, lgh {flat}, {pc} {town}|{st} {n} {fl} tr, {pc} {town}",
        st="Storgatan|Kungsgatan|Drottninggatan|Vasagatan|Sveavägen|Odengatan|Linnégatan|Björkvägen|Skolgatan|Södra Förstadsgatan",
        town="Stockholm|Göteborg|Malmö|Uppsala|Västerås|Örebro|Linköping|Umeå",
        pc="### ##",
        ph="07#-### ## ##|070 ### ## ##|07########|08-### ### ##",
        phi="+46 7# ### ## ##|+46 (0)70 ### ## ##|+467########",
        dob="ymd-",
        cur="{} kr|{} SEK|{}kr",
        dec=" ",
        iban="SE",
        pp="########",
        dl="########",
        dom="telia.com|hotmail.se|gmail.com|live.se",
        apps="Blocket|Tradera|Swish|Foodora|Wolt|Bolt|Vinted|Hemnet|Klarna",
        celeb="Zlatan Ibrahimović|Greta Thunberg|ABBA|Astrid Lindgren",
    ),
    L(
        code="no",
        langs="no|en",
        gm="Ole Lars Magnus Henrik Sindre Eirik Kristian Jonas Håkon Andreas",
        gf="Ingrid Kari Nora Emma Marte Ida Silje Hanne Sigrid Tuva",
        fam="Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Haugen Berg Solberg Bakke Dahl",
        tm="Hr. |Dr ",
        tf="Fru |Dr ",
        kin="Tante |Onkel |Bestemor |Bestefar |Mormor |Farfar ",
        addr="{st} {n}, {pc} {town}|{st} {n} B, {pc} {town}|{st} {n}, leil. H0{fl}0{fl}, {pc} {town}",
        st="Storgata|Kirkeveien|Thorvald Meyers gate|Bogstadveien|Markveien|Skovveien|Strandgaten|Olav Tryggvasons gate|Bjørkeveien",
        town="Oslo|Bergen|Trondheim|Stavanger|Tromsø|Drammen",
        pc="0###|5###|7###|4###|9###",
        ph="4## ## ###|9## ## ###|4#######|9#######",
        phi="+47 4## ## ###|+47 9#######|+47 9## ## ###",
        dob="dmy.",
        cur="{} kr|kr {}|NOK {}",
        dec=" ",
        iban="NO",
        pp="&&#######",
        dl="###########",
        dom="online.no|hotmail.no|gmail.com",
        apps="Finn.no|Vipps|Foodora|Wolt|Tise|Bolt|Airbnb",
        celeb="Erling Haaland|Magnus Carlsen|Edvard Munch|Henrik Ibsen|Aurora",
    ),
    L(
        code="fi",
        langs="fi|en",
        gm="Mikko Juha Jani Antti Ville Teemu Lauri Eero Aleksi Sami",
        gf="Laura Anna Johanna Emilia Aino Sanna Riikka Heidi Veera Elina",
        fam="Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Saarinen",
        tm="Mr |Dr ",
        tf="Ms |Dr ",
        kin="Täti |Eno |Setä |Mummo |Pappa |Vaari ",
        addr="{st} {n} A {flat}, {pc} {town}|{st} {n} B {flat}, {pc} {town}|{st} {n}, {pc} {town}",
        st="Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Fredrikinkatu|Kauppakatu|Koivukuja|Mäntytie|Rantakatu|Runeberginkatu",
        town="Helsinki|Espoo|Tampere|Turku|Oulu|Jyväskylä|Vantaa",
        pc="00###|33###|20###|90###|40###",
        ph="04# ### ####|050 ### ####|040#######|045 ### ####|09 ### ####",
        phi="+358 4# ### ####|+358 50 ### ####|+35840#######",
        dob="dmy.",
        cur="{} €|{}€",
        dec=",",
        iban="FI",
        pp="&&#######",
        dom="suomi24.fi|luukku.com|gmail.com|hotmail.fi",
        apps="Tori.fi|Wolt|Foodora|MobilePay|Bolt|Huuto.net|Oikotie",
        celeb="Kimi Räikkönen|Jean Sibelius|Tove Jansson",
    ),
    L(
        code="is",
        langs="is|en",
        tname="g",
        gm="Jón Sigurður Guðmundur Gunnar Ólafur Einar Kristján Magnús Stefán Bjarni",
        gf="Guðrún Anna Kristín Sigríður Margrét Helga Sigrún Ingibjörg Jóhanna María",
        fam="Jónsson Sigurðsson Guðmundsson Gunnarsson Ólafsson Einarsson Kristjánsson Magnússon Stefánsson Bjarnason",
        famf="Jónsdóttir Sigurðardóttir Guðmundsdóttir Gunnarsdóttir Ólafsdóttir Einarsdóttir Kristjánsdóttir Magnúsdóttir Stefánsdóttir Bjarnadóttir",
        tm="Mr |Dr ",
        tf="Ms |Dr ",
        kin="Amma |Afi |Frænka |Frændi ",
        addr="{st} {n}, {pc} {town}|{st} {n}, íbúð {flat}, {pc} {town}",
        st="Laugavegur|Hverfisgata|Skólavörðustígur|Bankastræti|Hringbraut|Suðurgata|Ármúli|Grettisgata",
        town="Reykjavík|Kópavogur|Hafnarfjörður|Akureyri|Garðabær",
        pc="1##|2##|600|220",
        ph="6## ####|7## ####|8## ####|8######",
        phi="+354 6## ####|+354 7######|+354 8## ####",
        dob="dmy.",
        cur="{} kr.|ISK {}",
        iban="IS",
        pp="&#######",
        apps="Bland.is|Aha.is|Hopp|Wolt|Kass|Aur",
        celeb="Björk|Halldór Laxness",
    ),
    L(
        code="ru",
        langs="ru|ru|en",
        nlangs="ru",
        style="slav",
        gm="Aleksandr Dmitry Sergey Andrey Alexey Maxim Ivan Nikolai Mikhail Artem Pavel",
        gf="Anastasia Maria Ekaterina Olga Natalia Yulia Anna Tatiana Elena Daria Svetlana",
        fam="Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Lebedev Kozlov",
        famf="Ivanova Smirnova Kuznetsova Popova Vasilieva Petrova Sokolova Mikhailova Novikova Fedorova Morozova Volkova Lebedeva Kozlova",
        pm="Aleksandrovich Sergeevich Ivanovich Nikolaevich Dmitrievich Vladimirovich Petrovich Andreevich",
        pf="Aleksandrovna Sergeevna Ivanovna Nikolaevna Dmitrievna Vladimirovna Petrovna Andreevna",
        nick="Sasha Dima Seryozha Lyosha Masha Katya Olya Natasha Tanya Lena Dasha Sveta Misha Vanya",
        tm="Mr |Dr ",
        tf="Ms |Dr ",
        kin="Aunt |Uncle |Baba |Dyadya |Tyotya ",
        n=dict(
            style="slav",
            gm="Александр Дмитрий Сергей Андрей Алексей Максим Иван Николай Михаил Артём Павел",
            gf="Анастасия Мария Екатерина Ольга Наталья Юлия Анна Татьяна Елена Дарья Светлана",
            fam="Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Лебедев Козлов",
            famf="Иванова Смирнова Кузнецова Попова Васильева Петрова Соколова Михайлова Новикова Фёдорова Морозова Волкова Лебедева Козлова",
            pm="Александрович Сергеевич Иванович Николаевич Дмитриевич Владимирович Петрович Андреевич",
            pf="Александровна Сергеевна Ивановна Николаевна Дмитриевна Владимировна Петровна Андреевна",
            nick="Саша Дима Серёжа Лёша Маша Катя Оля Наташа Таня Лена Даша Света Миша Ваня",
            ntm="г-н |господин ",
            ntf="г-жа |госпожа ",
            addr="г. {town}, ул. {st}, д. {n}, кв. {flat}|{pc}, г. {town}, ул. {st}, д. {n}, корп. {fl}, кв. {flat}|{town}, ул. {st} {n}-{flat}",
            st="Тверская|Ленина|Профсоюзная|Садовая|Пушкинская|Гагарина|Советская|Чехова",
            town="Москва|Санкт-Петербург|Казань|Новосибирск|Екатеринбург|Нижний Новгород",
            pc="1#####|19####|42####|63####",
        ),
        nkin="тётя |дядя |баба |дед |бабушка ",
        addr="ul. {st}, d. {n}, kv. {flat}, {town}, {pc}|{n} {st} St., apt {flat}, {town} {pc}",
        st="Tverskaya|Leninsky prospekt|Profsoyuznaya|Sadovaya|Pushkinskaya|Gagarina",
        town="Moscow|Saint Petersburg|Kazan|Novosibirsk|Yekaterinburg|Nizhny Novgorod",
        pc="1#####|19####|42####|63####",
        ph="8 9## ###-##-##|89#########|8 (9##) ###-##-##|8-9##-###-##-##",
        phi="+7 9## ###-##-##|+7 (9##) ###-##-##|+79#########|+7 9## ### ## ##",
        dob="dmy.",
        cur="{} ₽|{} руб.|{} RUB|{}р",
        dec=" ",
        pp="## #######|## ## ######",
        dl="## ## ######",
        dom="mail.ru|yandex.ru|bk.ru|list.ru|inbox.ru|rambler.ru",
        apps="Avito|Ozon|Wildberries|Yandex Go|Яндекс Такси|Юла|Самокат|СБП|VK|Profi.ru|Kwork|Boosty",
        celeb="Alla Pugacheva|Leo Tolstoy|Yuri Gagarin|Fyodor Dostoevsky|Лев Толстой|Пушкин",
    ),
    L(
        code="ua",
        langs="uk|uk|ru|en",
        nlangs="uk|ru",
        style="slav",
        gm="Oleksandr Andrii Dmytro Serhii Taras Bohdan Yurii Volodymyr Maksym Ihor",
        gf="Olena Oksana Nataliia Iryna Yuliia Kateryna Tetiana Sofiia Anastasiia Khrystyna",
        fam="Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boiko Koval Oliinyk Moroz Lysenko Marchenko Rudenko Savchenko",
        pm="Oleksandrovych Petrovych Ivanovych Mykolaiovych Vasylovych",
        pf="Oleksandrivna Petrivna Ivanivna Mykolaivna Vasylivna",
        tm="Mr |Pan ",
        tf="Ms |Pani ",
        kin="Titka |Diadko |Babusia |Didus ",
        n=dict(
            style="slav",
            gm="Олександр Андрій Дмитро Сергій Тарас Богдан Юрій Володимир Максим Ігор",
            gf="Олена Оксана Наталія Ірина Юлія Катерина Тетяна Софія Анастасія Христина",
            fam="Шевченко Коваленко Бондаренко Ткаченко Кравченко Мельник Бойко Коваль Олійник Мороз Лисенко Марченко",
            pm="Олександрович Петрович Іванович Миколайович Васильович",
            pf="Олександрівна Петрівна Іванівна Миколаївна Васильївна",
            nick="Сашко Андрійко Тарасик Оля Іра Катруся Таня Юля Оксанка",
            ntm="пан |п. ",
            ntf="пані |п. ",
            addr="м. {town}, вул. {st}, {n}, кв. {flat}|{pc}, м. {town}, вул. {st}, буд. {n}, кв. {flat}",
            st="Хрещатик|Сагайдачного|Шевченка|Дерибасівська|Сумська|Лесі Українки|Івана Франка|Грушевського",
            town="Київ|Львів|Одеса|Харків|Дніпро|Вінниця",
            pc="0####|79###|65###|61###",
        ),
        nkin="тітка |дядько |бабуся |дідусь |тьотя ",
        addr="vul. {st}, {n}, kv. {flat}, {town}, {pc}|{n} {st} St., apt {flat}, {town} {pc}",
        st="Khreshchatyk|Sahaidachnoho|Shevchenka|Deribasivska|Sumska|Lesi Ukrainky|Franka|Hrushevskoho",
        town="Kyiv|Lviv|Odesa|Kharkiv|Dnipro|Vinnytsia",
        pc="0####|79###|65###|61###",
        ph="0## ### ## ##|067 ### ## ##|050-###-##-##|09########|063 ### ####",
        phi="+380 ## ### ## ##|+380 67 ### ## ##|+38050#######|+380 (93) ###-##-##",
        dob="dmy.",
        cur="{} грн|{} ₴|{} UAH|₴{}",
        dec=" ",
        iban="UA",
        pp="&&######|#########",
        dl="&&& ######",
        dom="ukr.net|i.ua|meta.ua|gmail.com",
        apps="OLX|Rozetka|Prom.ua|Monobank|Bolt|Uklon|Glovo|Nova Poshta|Privat24|Dobro.ua",
        celeb="Taras Shevchenko|Lesya Ukrainka|Andriy Shevchenko|Jamala|Тарас Шевченко",
    ),
    L(
        code="rs",
        langs="sr|en",
        nlangs="sr",
        gm="Marko Nikola Stefan Luka Miloš Nemanja Aleksandar Đorđe Vladimir Dušan",
        gf="Milica Jelena Ana Marija Jovana Tamara Ivana Teodora Katarina Sanja",
        fam="Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević Popović Živković",
        tm="g. |gospodin |dr ",
        tf="gđa |gospođa |dr ",
        kin="Tetka |Teča |Ujak |Strina |Baba |Deda |Kuma |Kum ",
        n=dict(
            gm="Марко Никола Стефан Лука Милош Немања Александар Ђорђе",
            gf="Милица Јелена Ана Марија Јована Тамара Ивана Теодора",
            fam="Јовановић Петровић Николић Марковић Ђорђевић Стојановић Илић Павловић",
            ntm="г. |господин ",
            ntf="гђа |госпођа ",
            addr="{st} {n}/{flat}, {pc} {town}",
            st="Кнез Михаилова|Булевар краља Александра|Немањина|Краља Петра|Цара Душана|Његошева",
            town="Београд|Нови Сад|Ниш|Крагујевац",
            pc="11###|21###|18###",
        ),
        addr="{st} {n}/{flat}, {pc} {town}|{st} {n}, stan {flat}, {pc} {town}",
        st="Knez Mihailova|Bulevar kralja Aleksandra|Nemanjina|Kralja Petra|Cara Dušana|Njegoševa|Gospodar Jevremova|Bulevar oslobođenja",
        town="Beograd|Novi Sad|Niš|Kragujevac|Subotica",
        pc="11###|21###|18###",
        ph="06# ### ####|064 ######|065/###-####|060 #### ###|011 ### ####",
        phi="+381 6# ### ####|+381 64######|+381 (0)65 ### ####",
        dob="dmy.",
        cur="{} din.|{} RSD|{} дин.",
        dec=".",
        iban="RS",
        pp="#########",
        dl="#########",
        dom="gmail.com|yahoo.com|mts.rs|eunet.rs",
        apps="KupujemProdajem|Glovo|Wolt|CarGo|Yandex Go|Halo Oglasi|Limundo",
        celeb="Novak Đoković|Nikola Tesla|Nikola Jokić|Emir Kusturica",
    ),
    L(
        code="hr",
        langs="hr|en",
        gm="Ivan Luka Marko Josip Ante Matej Tomislav Filip Petar Krešimir",
        gf="Ana Marija Ivana Petra Lucija Katarina Martina Maja Nikolina Dora",
        fam="Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković Petrović Matić Tomić Perić",
        tm="g. |gospodin |dr. ",
        tf="gđa |gospođa |dr. ",
        kin="Teta |Stric |Ujak |Baka |Djed |Kuma |Kum ",
        addr="{st} {n}, {pc} {town}|{st} {n}/{fl}, {pc} {town}",
        st="Ilica|Vukovarska|Savska cesta|Ulica kneza Branimira|Marmontova|Frankopanska|Put Firula|Korzo",
        town="Zagreb|Split|Rijeka|Osijek|Zadar|Pula|Dubrovnik",
        pc="10###|21###|51###|31###|23###",
        ph="09# ### ####|091 ### ###|098#######|095 ### ####|01 #### ###",
        phi="+385 9# ### ####|+385 91 ### ###|+38598#######",
        dob="dmy.",
        cur="{} €|€{}|{} EUR",
        dec=",",
        iban="HR",
        pp="#########",
        dl="########",
        dom="net.hr|gmail.com|t-com.hr|hotmail.com",
        apps="Njuškalo|Index oglasi|Wolt|Bolt|Glovo|Revolut|Aircash",
        celeb="Luka Modrić|Nikola Tesla|Goran Ivanišević",
    ),
    L(
        code="bg",
        langs="bg|en",
        nlangs="bg",
        style="slav",
        gm="Georgi Ivan Dimitar Nikolay Petar Hristo Stoyan Todor Kaloyan Martin",
        gf="Maria Ivana Elena Desislava Teodora Gergana Yordanka Radostina Viktoria Silvia",
        fam="Ivanov Georgiev Dimitrov Petrov Nikolov Hristov Stoyanov Todorov Iliev Angelov",
        famf="Ivanova Georgieva Dimitrova Petrova Nikolova Hristova Stoyanova Todorova Ilieva Angelova",
        pm="Ivanov Georgiev Dimitrov Petrov Nikolov",
        pf="Ivanova Georgieva Dimitrova Petrova Nikolova",
        tm="g-n |Mr ",
        tf="g-zha |Ms ",
        kin="Lelya |Chicho |Baba |Dyado |Kaka |Bate ",
        n=dict(
            style="slav",
            gm="Георги Иван Димитър Николай Петър Христо Стоян Тодор Калоян",
            gf="Мария Ивана Елена Десислава Теодора Гергана Йорданка Радостина",
            fam="Иванов Георгиев Димитров Петров Николов Христов Стоянов Тодоров",
            famf="Иванова Георгиева Димитрова Петрова Николова Христова Стоянова Тодорова",
            pm="Иванов Георгиев Димитров Петров Николов",
            pf="Иванова Георгиева Димитрова Петрова Николова",
            ntm="г-н |господин ",
            ntf="г-жа |госпожа ",
            addr="гр. {town}, ул. „{st}“ № {n}, ет. {fl}, ап. {flat}|{town} {pc}, бул. „{st}“ {n}",
            st="Витоша|Раковски|Граф Игнатиев|Шипка|Цар Освободител|Оборище",
            town="София|Пловдив|Варна|Бургас|Русе",
            pc="1###|4###|9###",
        ),
        nkin="леля |чичо |баба |дядо |кака |бате ",
        addr="ul. {st} {n}, et. {fl}, ap. {flat}, {town} {pc}|bul. {st} {n}, {town} {pc}",
        st="Vitosha|Rakovski|Graf Ignatiev|Shipka|Tsar Osvoboditel|Oborishte",
        town="Sofia|Plovdiv|Varna|Burgas|Ruse",
        pc="1###|4###|9###",
        ph="08## ### ###|088 ### ####|089#######|087 ## ## ###|02 ### ####",
        phi="+359 8## ### ###|+359 88 ### ####|+35989#######",
        dob="dmy.",
        cur="{} лв.|{} BGN|{} €",
        dec=",",
        iban="BG",
        pp="#########",
        dl="#########",
        dom="abv.bg|mail.bg|dir.bg|gmail.com",
        apps="OLX.bg|Bazar.bg|Glovo|Takeaway|Bolt|Revolut|imot.bg",
        celeb="Grigor Dimitrov|Hristo Stoichkov|Vasil Levski",
    ),
    L(
        code="lt",
        langs="lt|en",
        gm="Tomas Mantas Lukas Paulius Jonas Andrius Mindaugas Darius Rokas Karolis",
        gf="Rūta Ieva Austėja Gabija Eglė Aistė Greta Indrė Agnė Jurgita",
        fam="Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas Urbonas Kavaliauskas",
        famf="Kazlauskienė Jankauskaitė Petrauskienė Stankevičiūtė Vasiliauskienė Žukauskaitė Butkienė Paulauskaitė Urbonienė Kavaliauskaitė",
        tm="p. |ponas ",
        tf="p. |ponia ",
        kin="Teta |Dėdė |Močiutė |Senelis ",
        addr="{st} {n}-{flat}, LT-{pc} {town}|{st} {n}, {pc} {town}",
        st="Gedimino pr.|Vilniaus g.|Pylimo g.|Savanorių pr.|Laisvės al.|Didžioji g.|Kalvarijų g.",
        town="Vilnius|Kaunas|Klaipėda|Šiauliai|Panevėžys",
        pc="#####",
        ph="86## #####|8 6## #####|86#######",
        phi="+370 6## #####|+370 6#######|+3706#######",
        dob="ymd-|ymd.",
        cur="{} €|€{}",
        dec=",",
        iban="LT",
        pp="########",
        dl="########",
        dom="gmail.com|one.lt|inbox.lt",
        apps="Skelbiu.lt|Vinted|Bolt|Wolt|Barbora|Revolut|Paysera",
        celeb="Arvydas Sabonis|Jonas Valančiūnas",
    ),
    L(
        code="ee",
        langs="et|ru|en",
        gm="Martin Rasmus Karl Andres Siim Kristjan Tõnu Mihkel Sander Priit",
        gf="Liis Kadri Mari Kristiina Triin Anu Kertu Laura Maarja Helen",
        fam="Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepik Oja Kuusk",
        tm="hr |Mr ",
        tf="pr |Ms ",
        kin="Tädi |Onu |Vanaema |Vanaisa ",
        addr="{st} {n}-{flat}, {pc} {town}|{st} {n}, {town} {pc}",
        st="Narva mnt|Pärnu mnt|Tartu mnt|Kalamaja tn|Vilde tee|Riia tn|Ülikooli tn|Sõpruse pst",
        town="Tallinn|Tartu|Pärnu|Narva|Viljandi",
        pc="1####|5####|8####",
        ph="5### ####|5#######|5## ####|8### ####",
        phi="+372 5### ####|+372 5#######|+372 5## ####",
        dob="dmy.",
        cur="{} €|€{}",
        dec=",",
        iban="EE",
        pp="&&#######",
        dl="&&######",
        dom="hot.ee|mail.ee|gmail.com",
        apps="Okidoki|Osta.ee|Bolt|Wolt|Vinted",
        celeb="Arvo Pärt|Kerli",
    ),
    # ------------------------------------------------------------------ Americas
    L(
        code="us",
        langs="en|en|en|es",
        gm="Michael Christopher Joshua Tyler Brandon Jason Kevin Marcus DeShawn Jose Ethan Caleb",
        gf="Jessica Ashley Emily Brittany Megan Lauren Tiffany Keisha Samantha Madison Jasmine Kayla",
        fam="Johnson Williams Brown Jones Miller Davis Garcia Rodriguez Martinez Anderson Thompson Jackson White Harris Washington Nguyen Kowalski O'Neill Schneider Kim",
        mid="Lee Ann Marie James Ray Lynn Michael Elizabeth",
        nick="Mike Chris Josh Ty Jess Ash Em Maddie Kay Beto Jas Bubba",
        tm="Mr. |Dr. |Officer |Coach ",
        tf="Mrs. |Ms. |Dr. |Miss ",
        kin="Aunt |Uncle |Grandma |Grandpa |Auntie |Big Mama |Tía |Tío ",
        addr="{n} {st}, {town} {pc}|{n} {st}, Apt {flat}, {town} {pc}|{n} {st} #{flat}, {town} {pc}|{n} {st}, Unit {flat}, {town} {pc}",
        st="Maple Avenue|Oak Street|Elm Street|Pine Ridge Drive|Sunset Boulevard|Martin Luther King Jr. Boulevard|Washington Street|Lincoln Avenue|Cedar Lane|Lakeview Drive|Jefferson Avenue|Peachtree Street NE|Kirby Drive|Willow Creek Road",
        town="Houston, TX|Atlanta, GA|Columbus, OH|Phoenix, AZ|Brooklyn, NY|Oakland, CA|Denver, CO|Minneapolis, MN|Chicago, IL|Raleigh, NC|Tacoma, WA",
        pc="#####|#####-####",
        ph="(%##) %##-####|%##-%##-####|%##.%##.####|%##%######",
        phi="+1 (%##) %##-####|+1 %##-%##-####|+1%##%######|1-%##-%##-####",
        dob="mdy/|mdy/|ymd-",
        cur="${}|USD {}|$ {}",
        dl="&#######|########|&###-###-##-###-#|### ### ###|&##-###-###",
        pp="#########|&########",
        dom="yahoo.com|aol.com|icloud.com|hotmail.com|comcast.net|gmail.com",
        apps="Craigslist|Facebook Marketplace|OfferUp|eBay|Uber|Lyft|DoorDash|Instacart|Etsy|Venmo|Cash App|Zelle|Turo|Airbnb|GoFundMe|Twitch|Patreon|Upwork|Fiverr|Tinder|Hinge|Bumble|Depop|Poshmark|TaskRabbit|Wyzant",
        plate="&&& ####|#&&&###",
        celeb="Taylor Swift|LeBron James|Oprah Winfrey|Beyoncé|Martin Luther King Jr.|Abraham Lincoln|MrBeast",
    ),
    L(
        code="ca",
        langs="en|fr|en",
        gm="Liam Noah Ethan Owen Tyler Jean-François Mathieu Gabriel Ravi Mohammed Connor",
        gf="Emma Olivia Chloé Léa Maude Jessica Simran Megan Émilie Brooke",
        fam="Smith Brown Tremblay Martin Roy Gagnon Lee Wilson MacDonald Côté Bouchard Gauthier Singh Chen Leblanc Morin",
        tm="Mr. |M. |Dr ",
        tf="Ms. |Mme |Dr ",
        kin="Aunt |Uncle |Matante |Mononc' |Grand-maman |Grand-papa |Nana ",
        addr="{n} {st}, {town} {pc}|{flat}-{n} {st}, {town} {pc}|Apt {flat}, {n} {st}, {town}, {pc}",
        st="Yonge Street|Queen Street West|rue Sainte-Catherine|boulevard Saint-Laurent|Rideau Street|Robson Street|Jasper Avenue|Portage Avenue|rue Saint-Denis|Dundas Street East",
        town="Toronto, ON|Montréal, QC|Ottawa, ON|Vancouver, BC|Edmonton, AB|Winnipeg, MB|Québec, QC|Halifax, NS|Calgary, AB",
        pc="M#& #&#|H#& #&#|K#& #&#|V#& #&#|T#& #&#",
        ph="(%##) %##-####|%##-%##-####|%##.%##.####",
        phi="+1 (%##) %##-####|+1 %##-%##-####|1-%##-%##-####",
        dob="ymd-|dmy/",
        cur="${}|CA${}|{} $|CAD {}",
        dl="&####-#####-#####|&####-######-##",
        pp="&&######",
        dom="rogers.com|sympatico.ca|videotron.ca|shaw.ca|gmail.com",
        apps="Kijiji|Facebook Marketplace|SkipTheDishes|Uber|Lyft|DoorDash|Interac e-Transfer|Wealthsimple|Turo",
        celeb="Drake|Céline Dion|Justin Bieber|Wayne Gretzky|Ryan Reynolds",
    ),
    L(
        code="mx",
        langs="es",
        style="es",
        gm="José_Luis Juan_Carlos Miguel_Ángel Jesús Alejandro Ricardo Fernando Eduardo Arturo Sergio Rodrigo",
        gf="Guadalupe María_Fernanda Alejandra Daniela Gabriela Verónica Ximena Paola Mariana Karla",
        fam="Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz Flores Gómez Morales Vázquez Reyes Jiménez Torres Gutiérrez Mendoza Aguilar",
        nick="Pepe Lupe Chuy Memo Paco Beto Lalo Nacho Chava Gaby Lulú Poncho",
        tm="Sr. |Lic. |Ing. |Dr. |Don ",
        tf="Sra. |Lic. |Ing. |Dra. |Doña |Srita. ",
        kin="Tía |Tío |Abuelita |Abuelito |Comadre |Compadre |Madrina |Padrino ",
        addr="Calle {st} {n}, Col. {dist}, {pc} {town}|{st} #{n} Int. {flat}, Col. {dist}, C.P. {pc}, {town}|Av. {st} {n}, Col. {dist}, {town}, C.P. {pc}",
        st="Insurgentes Sur|Benito Juárez|Hidalgo|Morelos|Reforma|Álvaro Obregón|Francisco I. Madero|Emiliano Zapata|5 de Mayo|Niños Héroes|Vallarta",
        dist="Roma Norte|Condesa|Del Valle|Narvarte|Centro|Providencia|Chapultepec|Americana|Jardines del Bosque",
        town="Ciudad de México|Guadalajara, Jal.|Monterrey, N.L.|Puebla, Pue.|Mérida, Yuc.|Querétaro, Qro.|Tijuana, B.C.",
        pc="0####|06###|44###|64###|72###",
        ph="55 #### ####|55-####-####|33 #### ####|81########|222 ### ####",
        phi="+52 55 #### ####|+52 1 55 #### ####|+52 33########|+52 (81) ####-####",
        dob="dmy/|dmy-",
        cur="${}|${} MXN|MXN {}|$ {} pesos",
        dl="&########|&&########",
        pp="G########|&########",
        dom="hotmail.com|yahoo.com.mx|prodigy.net.mx|gmail.com|outlook.com",
        apps="Mercado Libre|Didi|Rappi|Uber|inDrive|Mercado Pago|Segunda Mano|Vivanuncios|Clip|Donadora",
        plate="&&&-###-&|&&&-##-##",
        celeb="Frida Kahlo|Canelo Álvarez|Salma Hayek|Guillermo del Toro|Luis Miguel|Benito Juárez",
    ),
    L(
        code="br",
        langs="pt|pt|en",
        style="pt",
        gm="João Pedro Lucas Gabriel Matheus Rafael Gustavo Felipe Thiago Bruno Leonardo Carlos_Eduardo",
        gf="Maria Ana Juliana Fernanda Camila Beatriz Larissa Amanda Letícia Bruna Gabriela Ana_Clara",
        fam="Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida Araújo Barbosa Nascimento Moreira",
        nick="Juninho Gabi Duda Rafa Guto Bia Nando Tiaguinho Carol Malu Zé",
        tm="Sr. |Dr. |Seu ",
        tf="Sra. |Dra. |Dona ",
        tname="g",
        kin="Tia |Tio |Vó |Vô |Vovó |Madrinha |Padrinho |Dinda ",
        addr="Rua {st}, {n}, Apto {flat}, {dist}, {town}, CEP {pc}|Av. {st}, {n} - {dist}, {town} - {pc}|Rua {st}, {n}, casa {fl}, {dist}, {town}, {pc}",
        st="das Flores|Augusta|Oscar Freire|Barão de Mesquita|Sete de Setembro|Voluntários da Pátria|Dom Pedro II|Tiradentes|Getúlio Vargas|XV de Novembro",
        dist="Pinheiros|Vila Madalena|Copacabana|Tijuca|Savassi|Boa Viagem|Moinhos de Vento|Batel|Centro",
        town="São Paulo - SP|Rio de Janeiro - RJ|Belo Horizonte - MG|Recife - PE|Porto Alegre - RS|Curitiba - PR|Salvador - BA|Fortaleza - CE",
        pc="#####-###",
        ph="(11) 9####-####|(21) 9####-####|11 9#### ####|(31) 9#### ####|119########",
        phi="+55 11 9####-####|+55 (21) 9####-####|+5511 9#### ####|+55 31 9########",
        dob="dmy/",
        cur="R${}|R$ {}|BRL {}",
        dec=",",
        iban="BR",
        dl="###########",
        pp="&&######",
        dom="hotmail.com|yahoo.com.br|bol.com.br|uol.com.br|gmail.com|terra.com.br",
        apps="OLX|Mercado Livre|iFood|99|Uber|Pix|Enjoei|Shopee|QuintoAndar|Nubank|PicPay|Vakinha|Workana",
        plate="&&&#&##|&&&-####",
        celeb="Neymar|Anitta|Pelé|Gisele Bündchen|Ayrton Senna|Machado de Assis",
    ),
    L(
        code="ar",
        langs="es",
        gm="Juan_Martín Santiago Matías Nicolás Facundo Lautaro Gonzalo Agustín Federico Diego Tomás",
        gf="Sofía Valentina Camila Florencia Agustina Lucía Micaela Romina Carolina Julieta Milagros",
        fam="González Rodríguez Gómez Fernández López Díaz Martínez Pérez Romero Sosa Álvarez Ruiz Benítez Acosta Medina Rossi Ferrari Schmidt",
        nick="Juanchi Fede Facu Nico Flor Cami Vale Mica Tincho Pato Lucho",
        tm="Sr. |Dr. |Lic. ",
        tf="Sra. |Dra. |Lic. ",
        kin="Tía |Tío |Abuela |Abuelo |Nona |Nono |Madrina ",
        addr="{st} {n}, {fl}º {flat}, {dist}, {town}|{st} {n} Piso {fl} Dto. B, {pc}, {town}|{st} {n}, {dist}, {town}",
        st="Av. Corrientes|Av. Santa Fe|Scalabrini Ortiz|Thames|Av. Rivadavia|Gurruchaga|Bv. Oroño|Av. Colón|Dean Funes|Sarmiento|Belgrano",
        dist="Palermo|Villa Crespo|Recoleta|Caballito|Belgrano|Almagro|Nueva Córdoba|Fisherton",
        town="CABA|Buenos Aires|Córdoba|Rosario|Mendoza|La Plata|Mar del Plata",
        pc="C####&&&|X####&&&|S####&&&",
        ph="11 #### ####|11 15-####-####|011 15 ####-####|(0351) 15-###-####|341 ###-####",
        phi="+54 9 11 #### ####|+54 9 351 ###-####|+549 11 ####-####|+54 11 ####-####",
        dob="dmy/",
        cur="${}|$ {}|ARS {}",
        dec=",",
        dl="########",
        pp="&&&######",
        dom="hotmail.com|yahoo.com.ar|fibertel.com.ar|gmail.com",
        apps="Mercado Libre|Mercado Pago|PedidosYa|Rappi|Uber|Cabify|DiDi|Zonaprop|Ualá|Cafecito",
        celeb="Lionel Messi|Diego Maradona|Jorge Luis Borges|Mercedes Sosa|Lali|Bizarrap",
    ),
    L(
        code="co",
        langs="es",
        style="es",
        gm="Juan_David Andrés Santiago Sebastián Camilo Carlos_Andrés Julián Felipe Daniel Jhon Brayan",
        gf="Valentina Daniela Laura Natalia María_Camila Paula Andrea Luisa_Fernanda Tatiana Yuliana Catalina",
        fam="Rodríguez Gómez González Martínez García López Hernández Sánchez Ramírez Pérez Díaz Muñoz Rojas Moreno Jiménez Vargas Castro Ospina Restrepo Cárdenas Zapata Quintero",
        nick="Pipe Juancho Cami Mafe Vale Nati Lau Caro Toño Pacho Mono",
        tm="Sr. |Dr. |Don |Ing. ",
        tf="Sra. |Dra. |Doña |Seño ",
        kin="Tía |Tío |Abuela |Abuelo |Madrina |Padrino ",
        addr="Calle {fl} # {n}-{flat}, {dist}, {town}|Carrera {fl} # {n}-{flat}, Apto {flat}0{fl}, {town}|Cra. {fl} # {n}-{flat}, Barrio {dist}, {town}|Transversal {fl} # {n}-{flat} Torre 2 Apto 50{fl}, {town}",
        dist="Chapinero|El Poblado|Laureles|Usaquén|Cedritos|Envigado|Granada|Teusaquillo",
        town="Bogotá|Medellín|Cali|Barranquilla|Cartagena|Bucaramanga|Pereira",
        ph="3## ### ####|300 #######|31# ### ####|320-###-####|601 ### ####",
        phi="+57 3## ### ####|+57 300#######|+573#########|+57 (601) ### ####",
        dob="dmy/",
        cur="${}|$ {}|COP {}|{} pesos",
        dec=".",
        dl="##########",
        pp="&&######",
        dom="hotmail.com|yahoo.es|gmail.com|une.net.co",
        apps="Rappi|Mercado Libre|Didi|inDrive|Picap|Nequi|Daviplata|Fincaraíz|OLX|Cabify|Vaki",
        celeb="Shakira|Gabriel García Márquez|Karol G|J Balvin|James Rodríguez|Fernando Botero",
    ),
    L(
        code="pe",
        langs="es",
        style="es",
        gm="Luis José Carlos Jorge César Miguel Renzo Diego Piero Kevin Wilmer",
        gf="Rosa Lucía Milagros Carmen Kiara Fiorella Andrea Diana Gianella Yesenia",
        fam="Quispe Flores Sánchez Rodríguez García Mamani Huamán Chávez Ramos Torres Vargas Mendoza Castillo Rojas Condori Vásquez",
        nick="Lucho Pepe Chino Flaco Mili Fio Cucho",
        tm="Sr. |Dr. |Ing. |Don ",
        tf="Sra. |Dra. |Srta. |Doña ",
        kin="Tía |Tío |Abuelita |Abuelito |Mamita |Papito |Madrina ",
        addr="Av. {st} {n}, Dpto. {flat}, {dist}, {town}|Jr. {st} {n}, {dist}, {town}|Calle {st} {n}, Urb. {dist}, {town} {pc}|Mz. {fl} Lt. {n}, {dist}, {town}",
        st="Arequipa|Javier Prado Este|Larco|Benavides|de la Unión|Ayacucho|Angamos Oeste|Petit Thouars|Grau|Bolognesi",
        dist="Miraflores|San Isidro|Surco|Barranco|Jesús María|Los Olivos|San Borja|Cayma",
        town="Lima|Arequipa|Trujillo|Cusco|Chiclayo|Piura",
        pc="15###|04###",
        ph="9## ### ###|9########|98# ###-###|(01) ###-####",
        phi="+51 9## ### ###|+51 9########|+51 98# ###-###",
        dob="dmy/",
        cur="S/ {}|S/.{}|PEN {}|{} soles",
        dl="&########",
        pp="#########",
        dom="hotmail.com|gmail.com|yahoo.es",
        apps="Yape|Plin|Rappi|PedidosYa|inDrive|Didi|Mercado Libre|Urbania|OLX",
        celeb="Mario Vargas Llosa|Paolo Guerrero|Yma Sumac|Gian Marco",
    ),
    L(
        code="cl",
        langs="es",
        style="es",
        gm="Benjamín Vicente Matías Cristóbal Felipe Ignacio Sebastián Joaquín Nicolás Rodrigo",
        gf="Catalina Javiera Constanza Francisca Fernanda Valentina Antonia Josefa Camila Daniela",
        fam="González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela",
        nick="Benja Coni Fran Cata Nacho Seba Javi Feña Pancho Chelo",
        tm="Sr. |Don |Dr. ",
        tf="Sra. |Doña |Dra. |Srta. ",
        kin="Tía |Tío |Abuelita |Tata |Lela |Madrina ",
        addr="{st} {n}, depto. {flat}, {dist}, {town}|Pasaje {st} {n}, {dist}, {town}|Av. {st} {n}, of. {flat}, {dist}, {town}",
        st="Providencia|Apoquindo|Irarrázaval|Manuel Montt|Los Leones|Vicuña Mackenna|Pedro de Valdivia|Suecia|Errázuriz",
        dist="Providencia|Ñuñoa|Las Condes|Santiago Centro|Viña del Mar|La Florida|Maipú|Valparaíso",
        town="Santiago|Viña del Mar|Valparaíso|Concepción|Antofagasta|Temuco",
        ph="9 #### ####|9########|09 #### ####|2 2### ####",
        phi="+56 9 #### ####|+569########|+56 9 ####-####",
        dob="dmy-|dmy/",
        cur="${}|$ {}|CLP {}",
        dec=".",
        pp="&########",
        apps="Yapo|Mercado Libre|Rappi|Uber|Didi|Cabify|PedidosYa|MACH|Portal Inmobiliario",
        celeb="Pablo Neruda|Alexis Sánchez|Gabriela Mistral|Mon Laferte|Pedro Pascal",
    ),
    L(
        code="ve",
        langs="es",
        style="es",
        gm="Luis José Carlos Jesús Gabriel Andrés Orlando Yorman Jhonny Wilmer Daniel",
        gf="María Yusmary Gabriela Andreína Mariangel Yuleisy Daniela Carolina Rosángela Génesis",
        fam="González Rodríguez Pérez Hernández García Martínez López Díaz Sánchez Ramírez Rojas Romero Medina Guzmán Briceño Colmenares Chacón Mendoza",
        nick="Chuo Cheo Gaby Mari Yuyi Lucho Toño Beto Nené",
        tm="Sr. |Lic. |Ing. |Dr. ",
        tf="Sra. |Lic. |Ing. |Dra. ",
        kin="Tía |Tío |Abuela |Abuelo |Comadre |Compadre |Madrina |Padrino ",
        addr="Av. {st}, Edif. {dist}, piso {fl}, apto {flat}, {town}|Calle {st}, Qta. Mi Refugio, Urb. {dist}, {town} {pc}|Urb. {dist}, Calle {fl}, Casa {n}, {town}",
        st="Francisco de Miranda|Libertador|Andrés Bello|Las Mercedes|Bolívar|Urdaneta|Páez|Sucre",
        dist="Los Palos Grandes|Altamira|El Cafetal|La Trigaleña|Los Olivos|El Paraíso|Chacao|Las Delicias",
        town="Caracas|Maracaibo|Valencia|Barquisimeto|Mérida|Maracay",
        pc="10##|20##|40##",
        ph="04## ### ####|0414-#######|0424 ### ## ##|0412#######|0212-###-####",
        phi="+58 4## ### ####|+58 414-#######|+58424#######",
        dob="dmy/",
        cur="Bs. {}|${}|USD {}|{} Bs",
        dec=",",
        pp="#########",
        apps="Mercado Libre|Yummy|Ridery|Pago Móvil|Zelle|Cashea|Binance P2P",
        celeb="Simón Bolívar|Carolina Herrera|Gustavo Dudamel|Ronald Acuña Jr.",
    ),
    L(
        code="gt",
        langs="es",
        style="es",
        gm="José Luis Carlos Juan Mario Edgar Byron Erick Selvin Estuardo",
        gf="María Ana Lucía Gabriela Ingrid Wendy Heidy Mildred Andrea Sofía",
        fam="López García Pérez Hernández Morales Ramírez Gómez Castillo Mejía Orellana Cifuentes Monterroso Barrios Tzul Ixcot Chávez",
        tm="Sr. |Lic. |Ing. |Don ",
        tf="Sra. |Licda. |Inga. |Doña ",
        kin="Tía |Tío |Abuelita |Abuelito ",
        addr="{fl}a. Calle {fl}-{n}, Zona {fl}, {town}|{fl}a. Avenida {fl}-{n}, Zona {fl}, Colonia {dist}, {town}|Lote {n}, Manzana {fl}, {dist}, {town}",
        dist="Vista Hermosa|El Naranjo|Las Charcas|Pinares|San Cristóbal",
        town="Ciudad de Guatemala|Mixco|Quetzaltenango|Antigua Guatemala|Villa Nueva",
        ph="5### ####|4###-####|3### ####|2### ####",
        phi="+502 5### ####|+502 4#######|+502 3###-####",
        dob="dmy/",
        cur="Q{}|Q {}|GTQ {}",
        iban="GT",
        pp="&#######",
        apps="Hugo|PedidosYa|Uber|inDrive|OLX|Tigo Money|Encuentra24",
        celeb="Rigoberta Menchú|Ricardo Arjona",
    ),
    L(
        code="jm",
        langs="en|en|jam",
        gm="Andre Omar Damion Kemar Ricardo Shane Romario Dwayne Jermaine Tajay",
        gf="Shanice Kimberley Tamara Alicia Shauna Kerry-Ann Tanisha Monique Sasha-Gaye Chantelle",
        fam="Brown Williams Campbell Thompson Morgan Grant Reid Henry Gordon Francis Stewart Clarke Bailey Wright",
        nick="Dre Kemo Bigga Shorty Missy Tash Chin",
        tm="Mr. |Dr. |Pastor ",
        tf="Mrs. |Miss |Ms. |Dr. ",
        kin="Auntie |Uncle |Granny |Mama |Cousin ",
        addr="{n} {st}, {town}|Lot {n}, {dist}, {town}|{n} {st}, {dist}, {town}",
        st="Hope Road|Constant Spring Road|Red Hills Road|Molynes Road|Barbican Road|Mannings Hill Road|Waltham Park Road|Gloucester Avenue",
        dist="Barbican|Liguanea|Havendale|Portmore|Spanish Town|Mona|Cherry Gardens",
        town="Kingston 6|Kingston 8|Kingston 10|St. Andrew|St. Catherine|Montego Bay|Mandeville",
        ph="876-###-####|(876) ###-####|876 ### ####|876#######",
        phi="+1 876-###-####|+1 (876) ###-####|+1876#######",
        dob="dmy/|mdy/",
        cur="J${}|JMD {}|${}",
        dl="#########",
        pp="&#######",
        apps="Lynk|JamDeal|QuickCart|WeDeliver|Digicel|Flow",
        celeb="Usain Bolt|Bob Marley|Shelly-Ann Fraser-Pryce|Popcaan",
    ),
    L(
        code="ht",
        langs="fr|ht",
        gm="Jean Pierre Jean-Robert Frantz Wilson Stanley Wesner Jean-Claude Ricardo Emmanuel",
        gf="Marie Nadège Rose-Marie Fabiola Islande Guerline Mirlande Sandra Roseline Widlene",
        fam="Jean-Baptiste Pierre Joseph Charles Louis François Saint-Fleur Dorvil Baptiste Dorsainvil Célestin Lafontant Lamothe Auguste",
        tm="M. |Me |Dr |Pastè ",
        tf="Mme |Mlle |Dr |Madan ",
        kin="Tonton |Tant |Grann |Granpè |Matant |Parenn |Marenn ",
        addr="{n}, {st}, {dist}, {town}|{st} #{n}, {dist}, {town}|{n}, Impasse Lavaud, {dist}, {town}",
        st="Rue Lamarre|Rue Grégoire|Rue Clerveaux|Delmas 33|Rue Capois|Avenue John Brown|Rue Panaméricaine",
        dist="Pétion-Ville|Delmas|Tabarre|Turgeau|Bourdon|Carrefour|Juvénat",
        town="Port-au-Prince|Cap-Haïtien|Pétion-Ville|Les Cayes|Jacmel|Gonaïves",
        ph="3# ## ####|4###-####|3###-####|37 ## ####",
        phi="+509 3# ## ####|+509 4###-####|+509 37######",
        dob="dmy/",
        cur="{} HTG|{} gourdes|US${}",
        pp="&&#######",
        apps="MonCash|NatCash|Digicel|Sogebank",
    ),
    # ------------------------------------------------------------------ Oceania
    L(
        code="au",
        langs="en",
        gm="Jack Oliver William Lachlan Cooper Riley Mitchell Hamish Brodie Nathan Tom Liam",
        gf="Charlotte Olivia Chloe Mia Jessica Emily Isla Grace Tahlia Brooke Kirra Georgia",
        fam="Smith Jones Williams Brown Wilson Taylor Johnson White Martin Anderson Thompson Nguyen Walker Kelly Ryan Papadopoulos Singh Chen",
        nick="Jacko Macca Robbo Davo Shazza Kez Gazza Tommo Lachie Liv",
        tm="Mr |Dr ",
        tf="Mrs |Ms |Dr ",
        kin="Aunty |Uncle |Nan |Pop |Nanna |Poppy ",
        addr="{n} {st}, {dist} {town} {pc}|Unit {flat}/{n} {st}, {dist} {town} {pc}|{flat}/{n} {st}, {dist} {town} {pc}",
        st="Chapel Street|Oxford Street|Brunswick Street|Wickham Terrace|Hay Street|King William Road|Smith Street|Beach Road|Parramatta Road|Sydney Road|Glenferrie Road",
        dist="Fitzroy|Paddington|Newtown|Fremantle|Glenelg|Coburg|Bondi|New Farm|Subiaco",
        town="VIC|NSW|QLD|WA|SA|TAS|ACT",
        pc="3###|2###|4###|6###|5###",
        ph="04## ### ###|0412 ### ###|04########|(02) #### ####|03 #### ####",
        phi="+61 4## ### ###|+61 (0)4## ### ###|+614########|+61 2 #### ####",
        dob="dmy/",
        cur="${}|AU${}|A${}|AUD {}",
        dl="########|#########|&#######",
        pp="&&#######|&#######",
        dom="bigpond.com|optusnet.com.au|iinet.net.au|gmail.com|outlook.com",
        apps="Gumtree|Facebook Marketplace|Airtasker|Menulog|Uber Eats|DoorDash|Didi|Domain|realestate.com.au|PayID|Afterpay|Hipages",
        plate="&&&-###|#&&-#&&",
        celeb="Hugh Jackman|Kylie Minogue|Cathy Freeman|Steve Irwin|Margot Robbie",
    ),
    L(
        code="nz",
        langs="en|en|mi",
        gm="Tama Wiremu Rawiri Nikau Liam Jack Hamish Mitchell Kahu Ariki Sione",
        gf="Aroha Mere Anahera Kiri Ngaio Isla Olivia Charlotte Hine Moana Mereana",
        fam="Ngata Parata Tipene Walker Smith Wilson Thompson Williams Te_Whatu Pomare Herewini Kereama Harrison",
        tm="Mr |Dr |Matua ",
        tf="Ms |Mrs |Whaea |Dr ",
        tname="g",
        kin="Aunty |Uncle |Nan |Koro |Kuia |Whaea |Matua ",
        addr="{n} {st}, {dist}, {town} {pc}|Flat {flat}, {n} {st}, {dist}, {town} {pc}|{flat}/{n} {st}, {dist}, {town} {pc}",
        st="Ponsonby Road|Karangahape Road|Cuba Street|Dominion Road|Colombo Street|Riccarton Road|Tinakori Road|George Street|Great North Road",
        dist="Ponsonby|Grey Lynn|Te Aro|Mount Eden|Riccarton|Thorndon|Ōtara|Māngere",
        town="Auckland|Wellington|Christchurch|Dunedin|Hamilton|Rotorua|Tauranga",
        pc="####",
        ph="021 ### ####|022 ### ####|027#######|029 ### ###|09 ### ####",
        phi="+64 21 ### ####|+64 27#######|+64 22 ### ####|+64 9 ### ####",
        dob="dmy/",
        cur="${}|NZ${}|NZD {}",
        dl="&&######",
        pp="&&######",
        dom="xtra.co.nz|gmail.com|outlook.com",
        apps="Trade Me|Facebook Marketplace|Uber|DoorDash|Menulog|Airtasker|Neighbourly|Givealittle",
        celeb="Lorde|Taika Waititi|Jacinda Ardern|Richie McCaw|Kiri Te Kanawa",
    ),
    L(
        code="fj",
        langs="en|en|fj",
        gm="Josefa Viliame Semi Tevita Jone Ravinesh Sanjay Epeli Apisai Waisale",
        gf="Litia Mere Salote Ana Vasiti Seini Priya Shalini Losana Akanisi",
        fam="Naivalu Kamikamica Naidu Prasad Chand Kumar Nakarawa Vunisei Tuimaba Waqa Ravuvu Lal",
        tm="Mr |Ratu |Dr ",
        tf="Mrs |Ms |Adi |Dr ",
        tname="g",
        kin="Nau |Momo |Bu |Ta |Tata |Nana ",
        addr="Lot {n}, {st}, {dist}, {town}|{n} {st}, {dist}, {town}|Flat {flat}, {st}, {town}",
        st="Ratu Sukuna Road|Waimanu Road|Princes Road|Victoria Parade|Nadi Back Road|Queens Road|Ratu Mara Road|Grantham Road",
        dist="Samabula|Tamavua|Raiwaqa|Namaka|Nasinu|Martintar",
        town="Suva|Nadi|Lautoka|Labasa|Nausori",
        ph="9## ####|7## ####|8######|9######",
        phi="+679 9## ####|+679 7######|+679 8## ####",
        dob="dmy/",
        cur="F${}|FJD {}|${}",
        pp="&#######",
        apps="M-PAISA|MyCash|Vodafone|Digicel|Carpenters",
    ),
    L(
        code="ws",
        langs="en|sm",
        gm="Sione Tavita Iosefa Falaniko Lemalu Tui Peni Malaki Ioane Faleolo",
        gf="Losa Fetu Malia Lupe Sina Tasi Ana Mele Eseta Vaoiva",
        fam="Tuilagi Faleolo Leota Fuimaono Tuimavave Aiono Lemalu Soliai Tauiliili Sapolu Fa'amausili Schwenke",
        tm="Mr |Dr |Rev. ",
        tf="Mrs |Ms |Rev. ",
        tname="g",
        kin="Aunty |Uncle |Tinā |Tamā |Papa |Nana ",
        addr="{st}, {dist}, {town}|Lot {n}, {st}, {dist}, {town}",
        st="Beach Road|Falealili Street|Vaitele Street|Ifiifi Street|Vailima Road|Mulinu'u Road",
        dist="Vaitele|Vaimea|Moto'otua|Fugalei|Tanugamanono|Lotopa|Saleufi",
        town="Apia|Salelologa",
        ph="7######|77 #####|72-#####",
        phi="+685 7######|+685 77 #####|+685 72#####",
        dob="dmy/",
        cur="WS${}|{} tala|WST {}",
        pp="&#######",
        apps="Digicel|Vodafone|BSP|ANZ goMoney",
    ),
]


# ---------------------------------------------------------------------- value pools
def _m(n: int, seed: int = 7) -> str:
    """A fixed mixed-case alphanumeric pattern of length n (lower, upper-alnum, digit)."""
    return "".join("^?#^^?#"[(i * seed + i // 3) % 7] for i in range(n))


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
}
DOB_WORD = {
    "en": "{d} {M} {y}",
    "es": "{d} de {M} de {y}",
    "pt": "{d} de {M} de {y}",
    "fr": "{d} {M} {y}",
    "de": "{d}. {M} {y}",
    "ru": "{d} {M} {y} г.",
    "uk": "{d} {M} {y} р.",
    "ar": "{d} {M} {y}",
}

ORDER_PATTERNS = [
    "#%########",
    "ORD-%#####-&&",
    "%###-####-####",
    "&&%########",
    "#%%-#######-#######",
    "%#######",
]
TICKET_PATTERNS = ["#%#####", "TCK-%#####", "CS-2025-%####", "INC%######", "&&&-%####", "%######"]
TRACK_PATTERNS = [
    "1Z??????##########",
    "&&#########&&",
    "JD%#################",
    "%###########",
    "SPX&&%#########",
    "LP%##########",
]
FLIGHT_PATTERNS = ["&& %##", "&&%###", "&& %#", "&%&%##".replace("&%&", "&#&")]
TXN_PATTERNS = [
    "txn_" + _m(14),
    "T%#########",
    "%###########",
    "pi_" + _m(24, 5),
    "FLW-%########",
    "%#########&&",
]
API_KEY_PATTERNS = [
    "sk-proj-" + _m(48),
    "sk-ant-api03-" + _m(40, 3) + "-" + _m(12, 5) + "AA",
    "AIzaSy" + _m(33, 5),
    "AKIA" + "?" * 16,
    "sk_live_" + _m(24, 3),
    "rk_live_" + _m(24),
    "SG." + _m(22, 3) + "." + _m(43),
    "gsk_" + _m(52, 5),
]
TOKEN_PATTERNS = [
    "ghp_" + _m(36, 3),
    "xoxb-%#########-%############-" + _m(24),
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + _m(40, 5) + "." + _m(43, 3),
    "MT" + _m(24) + "." + _m(6, 5) + "." + _m(38, 3),
    "EAAG" + _m(60, 5),
    "ya29." + _m(50),
    "whsec_" + _m(32, 3),
]
RECOVERY_PATTERNS = [
    "^^^^^-^^^^^",
    "####-####-####",
    "????-????-????-????",
    "^^^^ ^^^^ ^^^^ ^^^^",
    "#### ####",
]
PW_WORDS = [
    "sunflower",
    "lagos",
    "mango",
    "tigers",
    "bluebird",
    "sakura",
    "rosa",
    "wolke",
    "dragon",
    "kitten",
    "football",
    "matahari",
    "chocolate",
    "karibu",
    "oceano",
    "gatito",
    "moonlight",
    "samurai",
    "dinamo",
    "jollof",
    "baobab",
    "tequila",
    "hanami",
    "pelota",
    "schatz",
    "babushka",
    "kimchi",
    "masala",
]
DB_URLS = [
    ("postgres://app_user:", "@db.internal:5432/market"),
    ("mysql://root:", "@127.0.0.1:3306/shop"),
    ("mongodb+srv://payouts:", "@cluster0.x8kq2.mongodb.net/prod"),
    ("redis://:", "@cache:6379/0"),
    ("postgresql://svc_ride:", "@10.0.3.12/ridehail"),
    ("amqp://worker:", "@rabbitmq:5672/%2F"),
]
CELEBS = [
    "Taylor Swift",
    "Cristiano Ronaldo",
    "Lionel Messi",
    "Shakira",
    "BTS",
    "Beyoncé",
    "Rihanna",
    "Elon Musk",
    "Oprah Winfrey",
    "Bad Bunny",
    "Lady Gaga",
    "Serena Williams",
    "Albert Einstein",
    "Nelson Mandela",
    "Frida Kahlo",
    "William Shakespeare",
    "Marie Curie",
    "Agatha Christie",
    "Usain Bolt",
    "Jackie Chan",
    "Burna Boy",
    "Bollywood star Shah Rukh Khan",
]
CHARACTERS = [
    "Harry Potter",
    "Hermione Granger",
    "Darth Vader",
    "Pikachu",
    "Mario",
    "Luigi",
    "Lara Croft",
    "Geralt of Rivia",
    "Naruto Uzumaki",
    "Goku",
    "Sherlock Holmes",
    "Elsa",
    "Spider-Man",
    "Sailor Moon",
    "Totoro",
    "Link",
    "Princess Zelda",
    "Kratos",
    "Master Chief",
    "Sonic",
    "Doraemon",
    "Shrek",
    "Tintin",
    "Asterix",
    "SpongeBob",
    "Bluey",
    "Peppa Pig",
    "Moomintroll",
    "Pippi Longstocking",
    "Arthur Morgan",
    "Jon Snow",
    "Daenerys Targaryen",
    "Monkey D. Luffy",
    "Ellie Williams",
    "Aloy",
    "Hatsune Miku",
]
BRANDS = [
    "Samsung",
    "Apple",
    "Nike",
    "Adidas",
    "Sony",
    "Xiaomi",
    "IKEA",
    "Zara",
    "Tecno",
    "Huawei",
    "Lenovo",
    "Canon",
    "Dyson",
    "Toyota",
    "Honda",
    "Yamaha",
    "LEGO",
    "Nintendo",
    "Gucci",
    "Uniqlo",
    "Shein",
    "Philips",
    "Bosch",
    "Infinix",
    "Oppo",
    "JBL",
    "Casio",
]
APPS = [
    "Facebook Marketplace",
    "eBay",
    "Airbnb",
    "Uber",
    "Bolt",
    "Fiverr",
    "Upwork",
    "Tinder",
    "Bumble",
    "Twitch",
    "Discord",
    "Patreon",
    "GoFundMe",
    "Vinted",
    "Etsy",
    "Depop",
    "Preply",
    "italki",
    "Kick",
    "YouTube",
    "OnlyFans",
    "Ko-fi",
    "Hinge",
    "Grindr",
    "Instagram",
    "TikTok",
]
GAMES = [
    "Minecraft",
    "Fortnite",
    "League of Legends",
    "Valorant",
    "Genshin Impact",
    "Mobile Legends",
    "PUBG Mobile",
    "Free Fire",
    "World of Warcraft",
    "Final Fantasy XIV",
    "Call of Duty: Warzone",
    "Roblox",
    "Dota 2",
    "Counter-Strike 2",
    "Apex Legends",
    "EA FC 25",
    "Clash of Clans",
    "Honkai: Star Rail",
    "Elden Ring",
    "Animal Crossing",
    "Stardew Valley",
    "RuneScape",
    "Lost Ark",
    "Pokémon GO",
]
SHOPS = [
    "Carrefour",
    "Lidl",
    "Shoprite",
    "7-Eleven",
    "Tesco",
    "Walmart",
    "Aldi",
    "FamilyMart",
    "Lulu Hypermarket",
    "Pick n Pay",
    "Woolworths",
    "Migros",
    "Spar",
    "Indomaret",
    "Alfamart",
    "Oxxo",
    "Starbucks",
    "McDonald's",
    "KFC",
    "Jollibee",
    "Chicken Republic",
]
USERNAMES = [
    "xXShadowXx",
    "pixel_panda",
    "gg_noob99",
    "midnightrider",
    "coffee_addict",
    "lofi_beats_only",
    "tank_main_2007",
    "quietstorm",
    "nova.sky",
    "cryptokitten",
    "bananabread42",
    "ninja_turtle_fan",
    "the_real_mvp",
    "sunsetchaser",
    "frostbyte",
    "el_tigre_77",
    "neon_owl",
    "kpop_stan_4ever",
    "dusty.boots",
    "retro_gamer",
    "silentwhisper",
    "blue_whale_22",
    "mango_lassi",
    "capybara_enjoyer",
    "storm.breaker",
    "noodle_queen",
    "offgrid_dad",
    "ricecooker",
    "night_owl_89",
    "goalkeeper1",
    "spicy_samosa",
    "lag_machine",
]
PLACES = [
    "the central bus station",
    "the mall entrance",
    "the train station",
    "the main market",
    "the petrol station",
    "the university gate",
    "the stadium",
    "the airport arrivals hall",
    "the old town square",
    "the night market",
    "the ferry terminal",
    "the public library",
    "the Shell garage",
    "the big roundabout",
]
GUILDS = [
    "Night's Watch Reborn",
    "Crimson Lotus",
    "Team Sunrise",
    "Wolves of Odin",
    "Chai & Chill",
    "Los Pibes",
    "Tiger Clan",
    "Void Walkers",
    "Sakura Squad",
    "Phoenix Rising",
    "Iron Kettle",
    "Lagos Legends",
    "Baguette Brigade",
    "Kimchi Warriors",
]
COMPANIES = [
    "Brightpath Media",
    "Nordlicht GmbH",
    "Sunrise Logistics Ltd",
    "Kijani Digital",
    "Blue Orchid Studio",
    "Andes Trading SAC",
    "Marigold Events",
    "Pacific Rim Games",
    "Atlas Freelance Co.",
    "Harbour Lane Ltd",
    "Baobab Creative",
    "Lotus Tech Pte Ltd",
    "Halcyon Apparel",
    "Monsoon Labs",
]
SCHOOLS = [
    "Lincoln High School",
    "St. Mary's College",
    "Queen Elizabeth School",
    "Nelson Mandela University",
    "Jomo Kenyatta University",
    "Ateneo de Manila",
    "Colegio San José",
    "Lycée Victor Hugo",
    "Goethe-Gymnasium",
    "Anna University",
    "Obafemi Awolowo University",
    "Ramkhamhaeng University",
    "King Saud University",
    "Sun Yat-sen University",
    "Kwame Nkrumah University",
]
SAINTS = [
    "St. Francis",
    "St. Patrick",
    "Saint Anthony",
    "Santa Teresa",
    "St. Jude",
    "São Jorge",
    "Saint-Louis",
    "San Nicolás",
    "St. Mary",
    "Sainte-Anne",
]
STREETS_PUBLIC = [
    "Nelson Mandela Square",
    "Rizal Park",
    "Gandhi Maidan",
    "Times Square",
    "Avenida Paulista",
    "Plaza Bolívar",
    "Jalan Sudirman",
    "Victoria Station",
    "Place Charles de Gaulle",
    "Queen's Park",
    "Kennedy Plaza",
    "Kenyatta Avenue",
]
LLM_MODELS = [
    "gpt-4o-mini",
    "gpt-4.1",
    "claude-3-5-haiku",
    "gemini-1.5-flash",
    "llama3.1:8b",
    "mistral-small",
    "qwen2.5:14b",
]
MODELS_BY_API = {
    "openai": ["gpt-4o-mini", "gpt-4o", "gpt-4.1-mini"],
    "anthropic": [
        "claude-3-5-sonnet-20241022",
        "claude-3-5-haiku-20241022",
        "claude-sonnet-4-20250514",
    ],
    "gemini": ["gemini-1.5-flash"],
    "responses": ["gpt-4.1", "o4-mini", "gpt-4.1-mini"],
    "ollama": ["llama3.1:8b", "qwen2.5:7b", "mistral:7b", "gemma2:9b"],
    "ollama_chat": ["llama3.1:8b", "qwen2.5:7b", "aya:8b"],
}
SYSTEM_PROMPTS = [
    "You are a helpful support assistant for a second-hand marketplace. Be concise.",
    "You are a trust & safety triage assistant. Classify the report and suggest an action.",
    "Rewrite user listings so they are clear, friendly and honest.",
    "You translate chats between buyers and sellers. Keep the tone.",
    "Summarize support tickets in three bullet points for the next agent.",
    "You help gig drivers and couriers write appeals and replies.",
    "You are the assistant of a dating app's safety team.",
    "You help freelancers draft contracts, invoices and replies to clients.",
]
LOG_SERVICES = [
    "support-bot",
    "listing-rewriter",
    "ts-triage",
    "chat-translate",
    "gig-assist",
    "mod-queue-summarizer",
    "kyc-helper",
    "creator-inbox",
]
LLM_ENDPOINTS = [
    "https://api.openai.com/v1/chat/completions",
    "https://api.anthropic.com/v1/messages",
    "http://localhost:11434/api/generate",
    "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent",
    "https://api.openai.com/v1/responses",
]
LOG_HEADS = [
    "{ts} INFO [{svc}] llm.call model={model} request_id={rid}",
    "{ts} | DEBUG | {svc} | sending prompt to {model} (req {rid}) |",
    'level=info ts={ts} svc={svc} msg="llm request" model={model} rid={rid}',
    "[{ts}] {svc}.llm WARN retrying (attempt 2) model={model}",
]
INSTRUCTIONS = {
    "en": [
        "Rewrite my listing",
        "Reply to this buyer",
        "Summarize this ticket",
        "Translate this chat to Spanish",
        "Make this sound more professional",
        "Draft a polite reply to this",
        "Extract the key facts from this",
        "Is this a scam?",
        "Classify this report (harassment / spam / doxxing / other)",
        "Fix the grammar, keep it short",
        "Summarize this thread for the refund team",
        "Write a thank-you note based on this",
    ],
    "es": [
        "Reescribe mi anuncio",
        "Responde a este comprador",
        "Resume este ticket",
        "Traduce este chat al inglés",
        "¿Esto es una estafa?",
    ],
    "pt": [
        "Reescreva meu anúncio",
        "Responda a este comprador",
        "Resuma este chamado",
        "Traduza esta conversa para o inglês",
    ],
    "fr": [
        "Réécris mon annonce",
        "Réponds à cet acheteur",
        "Résume ce ticket",
        "Traduis cette conversation en anglais",
    ],
    "de": [
        "Formuliere meine Anzeige um",
        "Antworte diesem Käufer",
        "Fasse dieses Ticket zusammen",
        "Übersetze diesen Chat ins Englische",
    ],
    "it": ["Riscrivi il mio annuncio", "Rispondi a questo acquirente", "Riassumi questo ticket"],
    "ru": [
        "Перепиши моё объявление",
        "Ответь этому покупателю",
        "Кратко перескажи обращение",
        "Переведи переписку на английский",
    ],
    "uk": ["Перепиши моє оголошення", "Відповідай цьому покупцю", "Перекладіть чат англійською"],
    "tr": ["İlanımı yeniden yaz", "Bu alıcıya cevap ver", "Bu şikayeti özetle"],
    "ar": [
        "أعد صياغة إعلاني",
        "رد على هذا المشتري",
        "لخص هذه الشكوى",
        "ترجم هذه المحادثة إلى الإنجليزية",
    ],
    "zh": [
        "帮我改写一下这个商品描述",
        "帮我回复这个买家",
        "总结一下这个工单",
        "把这段聊天翻译成英文",
    ],
    "ja": [
        "出品文を書き直して",
        "この購入者への返信を考えて",
        "このチケットを要約して",
        "この会話を英語に翻訳して",
    ],
    "ko": [
        "판매글 다시 써줘",
        "이 구매자에게 답장해줘",
        "이 문의 요약해줘",
        "이 대화 영어로 번역해줘",
    ],
    "id": [
        "Tolong perbaiki iklan saya",
        "Balas pembeli ini",
        "Ringkas tiket ini",
        "Terjemahkan chat ini ke bahasa Inggris",
    ],
    "vi": ["Viết lại tin đăng giúp tôi", "Trả lời người mua này", "Tóm tắt khiếu nại này"],
    "th": ["ช่วยเขียนประกาศขายใหม่", "ช่วยตอบผู้ซื้อคนนี้", "สรุปเรื่องร้องเรียนนี้"],
    "hi": ["मेरा विज्ञापन दोबारा लिखो", "इस खरीदार को जवाब दो", "इस शिकायत का सार बताओ"],
    "pl": ["Przepisz moje ogłoszenie", "Odpowiedz temu kupującemu", "Streść to zgłoszenie"],
    "nl": ["Herschrijf mijn advertentie", "Antwoord deze koper", "Vat dit ticket samen"],
    "fa": ["آگهی من را بازنویسی کن", "به این خریدار جواب بده", "این شکایت را خلاصه کن"],
}

# ---------------------------------------------------------------------- templates (English)
EN: list[str] = [
    # marketplace listings and chats
    """Selling: {BRAND} phone, barely used, box + charger. {AMT} firm, no lowballers.
Pickup near {PLACE} or I can meet you at {TOWN} station.
Call/WhatsApp {P:g} on {PHONE}. Listing #{LISTING}""",
    """[{TIME}] {P:lc}: hi is the bike still available?
[{TIME2}] {P2:g}: yes, {AMT}. you can come see it at {ADDR}
[{TIME3}] {P:lc}: ok cool, can i pay half now? my number is {PHONE}
[{TIME4}] {P2:g}: cash only pls. if i'm not home ask for {P3:k}""",
    """can u make this sound better: 2 bedroom flat for rent, {AMT}/month, near {PLACE}. viewing sat. address {ADDR}. call {P:g} {PHONE} no agents""",
    """Reply to this buyer politely, say the price is final:

> Hi, I'm {P:full}. Would you take {AMT} for the sofa? I can pick it up tomorrow from {ADDR}. My number is {PHONE}. -- sent from {APP}""",
    """About me: {P:g} from {TOWN} 👋 I sell pre-loved kids clothes, bundles only. Shipping Mon/Thu. Local pickup at {ADDR}. Questions? {PHONE}. Also on {APP} as {P:h}.""",
    """ROOM AVAILABLE from {DATE} -- {AMT}/mo bills incl.
Shared house, 3 others ({P:g}, {P2:g} & {P3:g}), all working. No pets sorry.
Address: {ADDR} (viewings evenings)
Text {P4:g}: {PHONE}""",
    """Selling my 2015 Golf, 140k km, one owner. {AMT}. VIN {VIN}, plate {PLATE}. Service book available. Viewing at {ADDR} weekends. Ask for {P:t}. {PHONE}""",
    """Group order for {SHOP} -- add your name:
1. {P:g} - 2 boxes - paid ✅
2. {P2:full} - 1 box - will pay cash
3. {P3:at} - 3 boxes - paid ✅ ({TXN})
Collection point: {P4:g}'s house, {ADDR}, Sat after {TIME}""",
    """{P:at} → group "{TOWN} Buy & Sell"
WTS: PS5 + 2 controllers, {AMT}. Pickup {PLACE}. DM or call {PHONE}. Escrow ok via {APP}.
Replies:
{P2:at}: still there? reserve for me pls
{P:at}: yes {P2:g}, send deposit to {IBAN} and I hold till Sunday""",
    """help me reply to this man on {APP}, he wants my address:
"hello madam i am {P:full}, army engineer, i want buy your sofa, send me your address and phone, i send courier and pay by cheque"
my address is {ADDR} should i send?? -- {P2:k}""",
    """SHIP TO:
{P:sf}
{ADDR}
{PHONE}
FROM:
{P2:full}
{ADDR2}
TRACKING {TRACK}   WT 1.2kg   SKU {SKU}""",
    """{P:at} sold me a fake {BRAND} bag for {AMT}, dont buy from her!! her number is {PHONE} and she lives at {ADDR}""",
    """P2P order {ORDER}
Buyer {P:h}: paid {AMT} to your bank, name on transfer {P:full}
Seller {P2:h}: not received yet. which bank?
Buyer {P:h}: from {IBAN}
Seller {P2:h}: ok received, releasing. your wallet is {BTC}?
Buyer {P:h}: yes thanks""",
    """Lost phone left in a {APP} car on {DATE} around {TIME}. Driver was {P:g}, plate {PLATE}. My name is {P2:full}, please call my friend's number {PHONE} since I don't have mine. The lock screen is a photo of my dog and my brother {P3:g}.""",
    # disputes, refunds, chargebacks
    """Ticket {TICKET} -- Item not as described
Buyer: {P} ({P:e})
Seller: {P2:h} (user ID {UID})
Order {ORDER}, paid {AMT} with card {MASK} on {DATE}.
Buyer says the console arrived with a cracked screen. Seller claims it was fine when shipped, tracking {TRACK}.
Seller's return address on the label: {ADDR}
Agent note: asked both parties for photos. -- {P3:g} (T&S)""",
    """CHARGEBACK EVIDENCE PACKET
Merchant: {COMPANY}
Dispute reason: 13.1 Merchandise not received
Cardholder: {P:full}
Card: {CC} (exp 09/27)
Billing address: {ADDR}
Delivery confirmation: {TRACK}, signed by "{P2:g}" at {TIME} on {DATE}
Customer IP at checkout: {IP}
App version {VER}""",
    """Summarize this for the refund team:

On {DATE}, {P} <{P:e}> wrote:
> I never received order {ORDER}. The courier ({P2:g}, phone {PHONE}) says he left it with my neighbour {P3:t} at {ADDR}, but she says no.
> Please refund to my card {MASK}.

On {DATE2}, {P4:g} (Support) wrote:
> Hi {P:g}, we've opened case {TICKET}. Courier GPS shows delivery at {TIME}.""",
    """Hello,
I'd like to request a refund for order {ORDER} ({AMT}). The shoes were the wrong size and the seller {P:h} refuses to take them back.
Please refund to the original payment method.

Kind regards,
{P2:full}
{ADDR}
Tel: {PHONE}
--
Sent from my iPhone""",
    """Evidence for dispute {TICKET}:
1) Customer {P:full} ordered on {DATE} from IP {IP} (matches billing country).
2) Shipped to {ADDR} via {TRACK}, delivered {DATE2}.
3) Customer messaged us after delivery: "thanks {P2:g}, got it!" (screenshot attached)
4) Same card {MASK} used on 3 earlier orders without dispute.""",
    """Dear {P:t},
We received a chargeback for payment {TXN} ({AMT}) made by {P2:full} with card {CC}. Please provide proof of delivery by {DATE}.
Customer billing address: {ADDR}
Customer email: {P2:e}
-- Risk team""",
    """Hi, I'm writing about my deposit ({AMT}) for the stay at {ADDR} ({DATE} to {DATE2}). Host {P:full} says we broke a lamp. We didn't. My partner {P2:g} took photos at check-out. Booking {PNR}. Please reply to {P3:e}. -- {P3}""",
    """the courier {P:g} threw my parcel over the gate at {ADDR} and it broke. order {ORDER}. i want a refund. {P2:full}, {PHONE}""",
    """Dispute {TICKET} -- Milestone 2 not approved
Freelancer: {P:full} ({P:h}), {TOWN}
Client: {P2:full} for {COMPANY}
Freelancer statement: I delivered the app build on {DATE}. The client asked for changes outside scope and then stopped replying. Client's personal WhatsApp {PHONE} has me blocked.
Client statement: the build crashes on login. Test account: user {UNAME}, password {PW}.
Amount in escrow: {AMT}""",
    # rides and deliveries
    """Thanks for riding, {P:g}!
Trip on {DATE} · {TIME}
From: {ADDR}
To: {PLACE}
Driver: {P2:g} · {PLATE} · Toyota Corolla
Total: {AMT} charged to {MASK}
Trip ID {TXN}""",
    """Driver onboarding -- {APP}
Full legal name: {P:full}
Date of birth: {DOB}
Mobile: {PHONE:i}
Home address: {ADDR}
Driver's licence no.: {DL}
Vehicle plate: {PLATE} · VIN {VIN}
Bank account (IBAN): {IBAN}
Emergency contact: {P2} ({PHONE2})
Referral code: {UNAME}""",
    """Order {ORDER} delivered ✅
Courier: {P:g} ({DRVID})
Delivered to: {P2:full}, {ADDR}
Note from customer: "leave with the guard, {P3:g}, if I'm out. call {PHONE}"
Total {AMT} · Paid {MASK}""",
    """Courier: hi I'm downstairs, which building?
Customer: block C, ask security for {P:g}'s unit
Courier: security says no one called {P:g} here
Customer: sorry it's under my husband's name, {P2:full}. {ADDR}
Courier: ok coming. pls keep phone on {PHONE}""",
    """To whom it may concern,
My driver account ({DRVID}) was deactivated on {DATE} after a rider complaint. I have 4.93 stars and 2,100 trips. The rider ({P:g}) claimed I was rude, but I have dashcam footage.
Name: {P2:full}
Licence: {DL}
Phone: {PHONE}
Please reconsider, this is my only income. My daughter {P3:g} starts school next month.""",
    """Safety incident report
Rider: {P} · {PHONE}
Driver: {P2:full} ({DRVID}), vehicle {PLATE}
Trip {TXN} on {DATE}, pickup {ADDR}
Description: the driver took a detour and asked for my Instagram ({P:at}). He later messaged me from {PHONE2}.
Reporter email: {P:e}""",
    """Weekly earnings -- {P:full}
Driver ID {DRVID} · Week of {DATE}
Trips: 54 · Gross {AMT} · Fees {AMT2}
Payout to {IBAN} on {DATE2}
Questions? Just reply to this email ({P:e}).""",
    """A courier from your app ({P:g}, ID {DRVID}) keeps texting me after delivering my order. He saved my number {PHONE} and now sends messages at night. I want this stopped. My account email is {P2:e}.""",
    """Ride offer: {TOWN} → {TOWN2}, {DATE} at {TIME}, 3 seats, {AMT} each.
Driver: {P:g} (4.9★). Meeting point: in front of {ADDR}.
Passengers so far: {P2:g}, {P3:ini}
Contact: {PHONE}""",
    """can someone pick up {P:k} from the airport, flight {FLIGHT} lands {TIME}. her number is {PHONE}, she's staying at {ADDR}""",
    # rentals
    """Hi {P:g}! Your booking at {P2:g}'s place is confirmed.
Check-in: {DATE} after 15:00 · Check-out: {DATE2} 11:00
Address: {ADDR}
Door code: {PIN} (changes after your stay)
WiFi: {UNAME} / password {PW}
Host phone: {PHONE}
Booking ref {PNR}""",
    """Trip {ORDER} -- 2019 Corolla ({PLATE})
Guest: {P}, DL {DL}, DOB {DOB}
Host: {P2:ini}
Pickup at {ADDR} on {DATE}
Lockbox code {PIN}. Fuel policy: return full.""",
    """{P:at} [{TIME}]: heads up -- VIP host {P2:full} ({P2:e}) says a guest trashed the flat at {ADDR}. Damage claim {AMT}.
{P3:at} [{TIME2}]: guest is {P4}, booking {PNR}. Phone on file {PHONE}.
{P:at} [{TIME3}]: ok opening {TICKET}, pls attach photos""",
    """Pet sitter notes for {P:g}: Bella eats twice a day, key is under the mat at {ADDR}, alarm code {PIN}. Vet is {P2:t}, {PHONE}. My mum {P3:k} has a spare key too.""",
    # dating
    """{P:g}, 29 🌻 {TOWN}
Nurse by day, amateur baker by night. Looking for someone who loves {GAME} as much as I do.
Not on here much -- text me {PHONE} or find me as {P:at} on insta.
Swipe left if you think {CHAR} is overrated 😂""",
    """{P:g}: so where do you live?
{P2:g}: near {PLACE}. you?
{P:g}: {ADDR}, come over Saturday, I'll cook
{P2:g}: haha slow down 😅 let's meet at {SHOP} first
{P:g}: ok, my cousin {P3:g} works there lol""",
    """rewrite my dating profile to sound less boring: Hi I'm {P:g} (born {DOB}), I work in IT and like hiking near {TOWN}. Family is important to me, my mum {P2:g} is my best friend. I'm bad at texting so just call {PHONE}""",
    """{P:lc} hey, it's {P2:g} from {APP} 😊 this is my number {PHONE}, text me! (my sister {P3:g} says hi too lol)""",
    """Biodata / Profile
Name: {P:full}
Date of birth: {DOB}
Education: MSc, working in Dubai
Father: {P2:tg}    Mother: {P3:tg}
Siblings: 1 brother ({P4:g}), married
Contact: {P2:g} ({PHONE})
Address: {ADDR}""",
    """Report from dating app safety queue:
Reporter {P:g} ({P:e}) says match "{P2:g}" asked her for money for a plane ticket and sent a photo of a passport with number {PASS} and name {P2:full}. He also asked her to send gift cards to {EMAIL}.
Suspected romance scam. Account {UID} suspended.""",
    # harassment, doxxing, moderation
    """Report type: Doxxing / sharing private info
Reported account: {UNAME} (ID {UID})
Reporter: {P:at}
Summary: the account posted a screenshot with my full name ({P:full}), my home address ({ADDR}) and my phone ({PHONE}). They also posted where my sister {P2:g} works.
Links: post/{HASH}
Please remove ASAP, I don't feel safe.""",
    """mod note ({P:g}, {DATE}): user {P2:at} keeps posting phone number {PHONE} in comments claiming it's the seller's. Checked -- the number belongs to {P3}, who is not involved. Removed 4 comments, 24h mute. Escalated as {TICKET}.""",
    """QUEUE: harassment · priority HIGH
Content: comment on post {HASH}
Author: {P:at} (created {DATE})
Target: {P2:at}
Text: "everyone go to {ADDR} and tell {P2:g} what you think of her"
Classifier: threat=0.91 doxx=0.97
Action: removed, author suspended 7d -- {P3:g}""",
    """Hi {APP} team, my video was removed for "private information". It only showed my own car ({PLATE}) and my street. The comment that DOES show private info is by {P:at}, who posted my mom's full name ({P2:full}) and her number {PHONE}. Why is that still up?? -- {P3:g}""",
    """Incident log -- stream of {P:at}
{TIME}: viewer {UNAME} posted IP {IP} claiming it's the streamer's
{TIME2}: another viewer posted "{ADDR}" -- this IS {P:g}'s real address
{TIME3}: mods {P2:h} and {P3:h} purged chat, follower-only mode on
Action items: report to platform ({TICKET}), call police non-emergency, {P:g} staying with {P4:k} tonight""",
    """Impersonation report: {UNAME} is pretending to be me. I'm {P:full}, my real account is {P:at}. They are DMing my followers asking for donations to BTC {BTC}. My ID is attached (passport {PASS}).""",
    """From: {P:full} <{P:e}>
To: {P2:full}
Subject: FW: user threatening seller

{P2:g}, see below. The user {P3:h} threatened seller {P4:full} and posted her address ({ADDR}). I've suspended him. Can legal advise whether we pass his details (email {EMAIL}, IP {IP}) to the police?
Thanks, {P:g}""",
    """Ban appeal -- account {P:h}
Hello, my account was banned on {DATE} for "ban evasion" but I only have one account. My brother {P2:g} plays on the same wifi (IP {IP}), that's probably why. His account is {P2:h}.
I've played {GAME} since 2019, please check. You can reach me at {P:e}.
Thanks, {P:full}""",
    """I got hardware banned in {GAME} but I bought this laptop second-hand from {P:g} on {APP}. Device MAC {MAC}, my account is {P2:h}. The previous owner must have cheated. Seller's receipt attached ({P:full}, {PHONE}).""",
    """Fraud review {TICKET}
Seller {P:h} ({P:e}) created 3 accounts from the same device {MAC} and IP {IP}.
Linked accounts: {P2:h}, {UNAME}. Payout account in the name of {P3:full} ({IBAN}).
Recommendation: ban all, hold payouts ({AMT}). Analyst: {P4:ini}""",
    """Scam report -- someone pretending to be {APP} asked me for my card. I gave them {CC} and the code {OTP} before I realized 😭 they called from {PHONE:i} and knew my name ({P:full}) and address ({ADDR}). Please block my card!""",
    """is this a scam? got this on whatsapp from {PHONE:i}: "Hi {P:g}, this is {P2:full} from the {APP} hiring team. You've been selected for a remote job. Please send a copy of your passport and bank details to {EMAIL}." """,
    """DM from {UNAME}: hey queen 👑 we're {BRAND} ambassadors, send us your full name, address and PayPal to receive free products!
Me: {P:full}, {ADDR}, paypal {P:e}
(lol is this a scam? asking for my friend {P2:g})""",
    # games and guilds
    """=== {GUILD} raid sign-up -- Thursday {TIME} server time ===
Tank: {P:h} (main), {P2:h} (off)
Healers: {P3:h}, {UNAME}
DPS: {P4:g}, {UNAME2}, {P5:at}
Bench: {CHAR} (alt of {P:g})
Officers: ping {P:g} on Discord, or call {PHONE} if discord is down""",
    """[Guild application]
IGN: {P:h}
Real name (optional): {P:g}
Timezone: UTC+3
Main: healer · Previous guild: {GUILD}
Discord: {P:at}
Reference: {P2:h} can vouch for me""",
    """**#trades** -- {P:h}: selling my {GAME} account, lvl 300, all skins. {AMT} or trade. paypal/crypto ({BTC})
**#trades** -- {UNAME}: scam alert ⚠️ this guy scammed my friend {P2:at}
**#trades** -- {P:h}: lol proof?
**#mod-log** -- {P3:h} (mod) warned {P:h}; wallet reported""",
    """Subject: Hacked account -- {GAME}
Player ID: {UID}
Username: {P:h}
Email: {P:e}
The hacker changed my password, I see logins from {IP}. Purchase receipt {TXN} attached, card ending {MASK}.
Please restore it, I've spent years on this account.
{P:g}""",
    # streamers, creators, fan clubs
    """[{TIME}] {UNAME}: PogChamp
[{TIME2}] {P:lc}: yo {P2:g} shoutout from {TOWN}!!
[{TIME3}] {UNAME2}: is that {CELEB} in the background lol
[{TIME4}] {P3:h}: bro your address is visible on the package behind you: {ADDR}
[{TIME5}] {UNAME3}: deleted, please don't repeat it
[{TIME6}] {P:lc}: gg""",
    """Subject: Collab with {BRAND} 🎮
Hi {P:g},
I'm {P2:full}, partnerships lead at {COMPANY}. We love your {GAME} content and would like to offer a sponsored segment ({AMT} per video).
If interested, reply to {P2:e} or call me on {PHONE:i}. For the contract we'll need your legal name and payout IBAN.
Best,
{P2}
{COMPANY}""",
    """Hi {P2:g}, thanks! Legal name: {P:full}. IBAN {IBAN}. Address for the contract: {ADDR}. My manager {P3:full} ({P3:e}) is in CC.""",
    """member_id,name,email,phone,city,joined
{UID},{P:full},{P:e},{PHONE},{TOWN},{DATE}
{UID2},{P2:full},{P2:e},{PHONE2},{TOWN2},{DATE2}
{UID3},{P3:full},{EMAIL3},{PHONE3},{TOWN3},{DATE3}""",
    """name\thandle\tphone\ttshirt
{P:full}\t{P:at}\t{PHONE}\tM
{P2:full}\t{P2:at}\t{PHONE2}\tL
{P3:full}\t{P3:at}\t{PHONE3}\tS""",
    """Re: Meetup after the {CELEB} concert?
I'm in! Meeting at {PLACE} at {TIME}. If you get lost call {P:g} ({PHONE}) or me.
{P2:g} is bringing the banner. Group photo by the {CHAR} statue 😆
-- {P3:h}""",
    """Verification request
Full name: {P:full}
Known as: {P:n}
Category: Creator (gaming)
Profile: {P:at}
ID type: Passport · Number: {PASS}
Press about me: none yet lol""",
    # crowdfunding and donations
    """🙏 THANK YOU to everyone who donated to help {P:g}'s family after the fire!
{P2} -- {AMT}
{P3:g} & {P4:g} -- {AMT2}
Anonymous -- {AMT3}
{P5:at} -- {AMT4}
Funds go to {P:full}, IBAN {IBAN}. Questions? message {P6:g} on {PHONE}.""",
    """Help {P:g} walk again 💙
My name is {P2:full} and I'm raising funds for my little brother {P:full}, who was hit by a motorbike on {DATE}. Surgery costs {AMT}.
Donations can also go straight to his account: {IBAN}
or crypto: {ETH}
Updates on Instagram {P2:at}. Thank you, {TOWN}!""",
    """DONATION RECEIPT {INV}
Received with thanks from {P:full}
Address: {ADDR}
Amount: {AMT} (card {MASK})
Date: {DATE}
Campaign: "{P2:g}'s school fees"
Organizer: {P3:full}""",
    # tutoring
    """Session notes -- {DATE}
Student: {P} (age 14) | Parent: {P2:t}, {PHONE}
Topic: quadratic equations, ch. 5
Progress: much better with factoring, still struggles with word problems.
Homework: p. 112 #3-9
Next session at the student's home: {ADDR}, {TIME}
Tutor: {P3:full}""",
    """New booking on {APP}
Tutor: {P:t} ({SCHOOL} graduate)
Student: {P2:g}, grade 8 · parent {P3:full}
Lesson: Maths, {DATE} {TIME}, online (link sent to {P3:e})
Parent note: "{P2:g} is shy, please be patient. Call me on {PHONE} if the internet drops." """,
    """Hi {P:g},
Thanks for today's lesson. {P2:g} said it was the first time fractions made sense!
Could we move Thursday to {TIME}? Also, my new number is {PHONE}.
{P3:full}

On {DATE}, {P:full} <{P:e}> wrote:
> Dear {P3:t}, attached is the worksheet. See you Thursday.
> {P:g}""",
    """{P:g}: Hi! I saw your ad for Spanish lessons. I'm {P:full}, total beginner.
{P2:g}: Hola {P:g}! Lessons are {AMT}/h on Zoom. What's your email for the invite?
{P:g}: {P:e}
{P2:g}: Perfecto. First class {DATE} {TIME}.""",
    """Hi {P:g}, for March lessons (8 x 1h) the total is {AMT}. You can pay by bank ({IBAN}) or USDT to {ETH}. Thanks! -- {P2:g}""",
    """translate to spanish: Dear {P:t}, your tutor {P2:g} will arrive at {ADDR} at {TIME} on {DATE}. If you need to reschedule call {PHONE}. Thank you!""",
    # freelance
    """FREELANCE SERVICE AGREEMENT
This agreement is made on {DATE} between {COMPANY} ("Client"), represented by {P:full}, and {P2:full} ("Contractor"), residing at {ADDR}.
1. Scope: logo redesign and brand guidelines ({AMT}).
2. Payment: within 14 days of invoice to Contractor's account {IBAN}.
3. Contractor's passport no. (for invoicing): {PASS}
Contact: {P2:e}, {PHONE}
Signed: ______ {P:ini}      ______ {P2:ini}""",
    """INVOICE {INV}
From: {P} · {ADDR} · {P:e}
To: {COMPANY}, attn. {P2:t}
Date: {DATE}   Due: {DATE2}
Translation EN>FR, 4,200 words .......... {AMT}
Platform fee (10%) ...................... {AMT2}
Pay to: {IBAN}   Ref: {ORDER}""",
    """hey {P:lc}, client {P2:full} still hasn't paid invoice {INV} ({AMT}). he stopped answering on the platform. his number from the brief is {PHONE}, email {P2:e}. should I call him or open a dispute?""",
    # account, KYC, recovery, support
    """Hi team, I'm trying to verify my seller account but it keeps failing. Details below:
Name as on passport: {P:sf}
Passport number: {PASS}
DOB: {DOB}
Registered email: {P:e}
I uploaded the selfie 3 times. Reference {TICKET}. Please help, payouts are stuck since {DATE}.
{P:g}""",
    """Account recovery request #{TICKET}
Username: {P:h}
Old email (no longer have access): {P:e}
New email: {EMAIL}
Phone on file: {PHONE}
Last successful login: {DATE} from {IP}
Recovery code I saved: {RECOV}
I also remember my old password was {PW} if that helps.""",
    """Agent {P:g}: Hi, thanks for contacting {APP} support! How can I help?
Customer: hi my wallet top-up failed but money left my bank
Agent {P:g}: Sorry about that. Can you confirm your registered name and phone?
Customer: {P2}, {PHONE}
Agent {P:g}: Thanks {P2:g}. I see transaction {TXN} for {AMT}. It will be reversed in 3-5 days.
Customer: ok but why did I get an OTP {OTP} I didn't ask for??
Agent {P:g}: Please never share OTPs. I've locked the account as a precaution.""",
    """URGENT -- someone changed my email on {APP}! The new email is {EMAIL}, not mine. My real one is {P:e}. They also added a card {CC}. Last login was from {IPV6}. My username is {P:h}. Call me {PHONE}.""",
    """My verification keeps failing. I used my driving licence {DL}, name {P:full}, born {DOB}. The app says name mismatch -- maybe because my licence says {P:sf}? Please fix. Account email {P:e}""",
    """Support: To verify your identity please confirm your date of birth and the last 4 digits of your card.
User: {DOB}, {MASK}. Name on the account is {P:full}, email {P:e}""",
    """Payout settings
Account holder: {P:full}
IBAN: {IBAN}
Tax residence: {TOWN}
Payout threshold: {AMT}
Two-factor: SMS to {PHONE}""",
    """name={P:full}
email={P:e}
phone={PHONE:i}
dob={DOB}
address={ADDR}
referral={UNAME}
marketing_opt_in=true""",
    """To {PHONE} · {DATE} {TIME}
{APP}: {OTP} is your login code. Don't share it with anyone, not even with us.""",
    # OCR, SMS, voice notes, messengers
    """[OCR of screenshot]
{APP}  ◀  {P}
Today {TIME}
Hi, I sent the deposit. Here's my ID info
Name: {P:sf}  DOB {DOB}
Driving licence {DL}
Send the keys to {ADDR} pls
✓✓ Read""",
    """SMS from {PHONE:i} ({DATE} {TIME}): Hi it's {P:g} from the {APP} listing. Is the fridge still there? I can come tonight. Delivery address: {ADDR}""",
    """[Voice note transcript, 0:42] "hey it's {P:g}... um so I'm outside, the gate code is {PIN}, flat {ROOM}. if nobody answers call my husband {P2:g} on {PHONE}, yeah, thanks bye" """,
    """[{DATE}, {TIME}] {P}: Guys the delivery for {P2:g}'s birthday is coming to my place
[{DATE}, {TIME2}] {P3}: send me the address again?
[{DATE}, {TIME3}] {P}: {ADDR}
[{DATE}, {TIME4}] {P2:k}: ❤️ you're the best
[{DATE}, {TIME5}] {P3}: ok I'll pay the rider, my wallet number is {PHONE}""",
    """{P:g}: Who's bringing the cake for {P2:g}?
{P3:k}: me! what's the address again
{P:g}: {ADDR}
{P4:g}: I'll transfer my share, what's your account
{P:g}: {IBAN} thx""",
    """WeChat group "{TOWN} parents tutoring"
{P:g}: Anyone know a good English tutor? 
{P2:t}: Try {P3:full}, she taught my son. Her WeChat ID is {P3:h}, phone {PHONE}
{P:g}: thank you!!""",
    """Viber · {P:g}: Good evening, I'm the owner of the flat you booked. Please send a copy of your passport to {P:e} before arrival. Passport no. is enough if easier.
You: {PASS}, {P2:full}""",
    """Signal · {P:lc}: pls don't post my address in the group again. {ADDR} is where my kids live. delete it. -- also {P2:g} has my number {PHONE} if needed, nobody else""",
    """Messenger · Hi {P:g}! I saw your post in the {TOWN} moms group. I can babysit Tue/Thu. I'm {P2:full}, 22, nursing student. References: {P3:t} ({PHONE}). My email {P2:e}""",
    """Zalo · {P:g}: Chị ơi, em gửi hàng rồi nhé, mã vận đơn {TRACK}. Địa chỉ người nhận: {ADDR}. SĐT {PHONE}""",
    """KakaoTalk · {P:g}: hi this is {P:full} from the {APP} rental. your check in code is {PIN}, address {ADDR}. call me {PHONE} if problem""",
    """LINE · {P:g}: ส่งของแล้วนะ / shipped! tracking {TRACK}. receiver {P2:full}, {ADDR}, tel {PHONE}""",
    """Telegram · {P:at}: Наконец-то! Sending the USDT now to {ETH}. Please confirm when received, {P2:g}.""",
    """Slack #support-escalations
{P:at}: customer {P2:full} ({P2:e}) says her card {CC} was charged twice for order {ORDER}.
{P3:at}: refunding one. @{UNAME} can you check the gateway logs for IP {IP}?""",
    """Discord DM · {P:h}: yo can u carry me in ranked tonight? i'll pay {AMT} to ur paypal {P2:e}. my acc is {P:h}, pw {PW} lol just dont change anything""",
    # misc shorts and long docs
    """Complaint: the host {P:full} entered the apartment without notice on {DATE}. I'm the guest ({P2:full}, booking {PNR}). I have the door camera video. My phone {PHONE}, email {P2:e}.""",
    """Volunteer sign-up for the {TOWN} food drive:
{P:full} -- {PHONE} -- Saturday
{P2:full} -- {PHONE2} -- Sunday
{P3:full} -- {P3:e} -- both days (bringing her van, {PLATE})""",
    """Note to self: return {P:g}'s {BRAND} drill. Lives at {ADDR}. Her new number {PHONE}.""",
    """Customer {P} (DOB {DOB}) requests deletion of all data. Linked emails: {P:e}, {EMAIL}. Phone {PHONE}. Verified by agent {P2:g} on {DATE}. Ticket {TICKET}.""",
    """Background: I'm {P:full}, I run a small cake business on {APP} from home ({ADDR}). A customer, {P2:full}, ordered a wedding cake for {DATE} and paid {AMT} by transfer from {IBAN}. Now she wants a full refund two days before. Can you help me write a firm but polite answer?""",
    """Host review draft: "{P:g} and {P2:g} were lovely guests! Left the place spotless." -- also need to remind {P:g} they left a charger, send to {ADDR}? their number {PHONE}""",
    """Hi, it's {P:t}. The tutor you sent, {P2:full}, didn't show up today. I waited at {ADDR} for 40 minutes. I already paid {AMT} by card {MASK}. I want a refund and a different tutor. {PHONE}""",
    """Creator payout failed: wallet {BTC} rejected. Creator {P:at} ({P:full}), amount {AMT}, campaign {LISTING}. Please contact at {P:e}.""",
]

LOCAL: dict[str, list[str]] = {
    "us": [
        """W-9 info for payouts
Name: {P:full}
Business name: --
Address: {ADDR}
SSN: {SSN}
Signature: {P:ini}   Date: {DATE}""",
        """Hi, I'm a freelancer without an SSN, I have an ITIN: {ITIN}. Name {P:full}, address {ADDR}. Can I still get paid on {APP}?""",
        """Background check authorization -- {APP} driver
Legal name: {P:full}   Other names used: {P:sf}
DOB: {DOB}   SSN: {SSN}
Driver license: {DL} (state of issue TX)
Current address: {ADDR}
Phone: {PHONE}""",
        """my 1099 shows the wrong SSN {SSN}, the correct one is {SSN2}. name {P:full}, dasher id {DRVID}. email {P:e}""",
        """Tax info for host payouts (1099-K)
Host: {P:full}
TIN type: ITIN · {ITIN}
Mailing address: {ADDR}
Co-host: {P2:full}, SSN on file {SSN}""",
    ],
}

# ---------------------------------------------------------------------- templates (other languages)
OTHER: dict[str, list[str]] = {
    "es": [
        """Hola, vendo bici de montaña casi nueva, {AMT}. Entrego en {PLACE} o en mi casa: {ADDR}. Escríbeme al {PHONE}, pregunta por {P:g}. Anuncio {LISTING}""",
        """{P:g}: Hola! sigue disponible el sofá?
{P2:g}: sí, {AMT}. Lo puedes recoger en {ADDR}
{P:g}: perfecto, te hago Bizum al {PHONE}?
{P2:g}: vale, a nombre de {P2:full}. Si no estoy, pregunta por mi {P3:k}""",
        """Reclamación {TICKET}
Comprador: {P} ({P:e})
Vendedor: {P2:h}
Pedido {ORDER} del {DATE}: el paquete llegó vacío. Pido el reembolso de {AMT} a mi cuenta {IBAN}.
Atentamente, {P:t}""",
        """Alta de repartidor -- {APP}
Nombre completo: {P:full}
Fecha de nacimiento: {DOB}
Teléfono: {PHONE:i}
Domicilio: {ADDR}
Carnet de conducir: {DL}""",
        """Soy {P:g}, de {TOWN}. Me encanta bailar salsa y los perritos 🐶. Si te animas, escríbeme por WhatsApp al {PHONE} o en insta {P:at}.""",
        """Denuncia: la cuenta {UNAME} publicó la dirección de mi madre, {P:tg} ({ADDR}), y su número {PHONE}. Por favor eliminen la publicación {HASH}. -- {P2:full}""",
        """Notas de clase -- {DATE}
Alumno: {P:full} · Madre: {P2:t} ({PHONE})
Tema: fracciones. Tarea: pág. 45.
Próxima clase en casa: {ADDR}, {TIME}""",
    ],
    "pt": [
        """Vendo geladeira Brastemp, {AMT}. Retirar na {ADDR}. Falar com {P:t} no zap {PHONE}. Anúncio {LISTING}""",
        """Olá {P:g}! Sua corrida com {P2:g} ({PLATE}) foi concluída. Total {AMT} no cartão {MASK}. Origem: {ADDR}. Viagem {TXN}.""",
        """Cadastro de entregador
Nome: {P:full}
Nascimento: {DOB}
CNH: {DL}
Celular: {PHONE}
Endereço: {ADDR}
Chave Pix (e-mail): {P:e}""",
        """[{TIME}] {P:g}: gente, a vaquinha pro tratamento da {P2:k} tá no ar!
[{TIME2}] {P3:g}: manda a chave pix
[{TIME3}] {P:g}: {PHONE} (no nome de {P4:full})
[{TIME4}] {P5:at}: doei {AMT} ❤️""",
        """Chamado {TICKET}: a compradora {P:full} ({P:e}) diz que o tênis é falsificado. O vendedor {P2:h} mora na {ADDR}. Valor retido: {AMT}.""",
    ],
    "fr": [
        """Bonjour, je vends un canapé d'angle, {AMT}, à récupérer au {ADDR}. Contact : {P:t} au {PHONE}. Annonce {LISTING}.""",
        """Litige {TICKET} -- colis non reçu
Acheteuse : {P} <{P:e}>
Vendeur : {P2:h}
Commande {ORDER} du {DATE}, suivi {TRACK}.
Le livreur ({P3:g}) dit l'avoir laissé chez la voisine, {P4:t}.
Adresse de livraison : {ADDR}""",
        """Salut {P:g} ! Ton cours de maths avec {P2:t} est confirmé le {DATE} à {TIME}. Adresse : {ADDR}. Pour annuler, appelle le {PHONE}. Bisous, {P3:k}""",
        """Demande de vérification de compte
Nom : {P:sf}
Date de naissance : {DOB}
N° de passeport : {PASS}
E-mail : {P:e}
Merci de débloquer mes virements (IBAN {IBAN}).""",
        """Bonjour, mon compte {P:h} a été banni le {DATE}. C'est mon petit frère {P2:g} qui a triché sur mon PC (IP {IP}). Je suis {P:full}, joueur depuis 2018. Merci de revoir la sanction.""",
        """Cagnotte pour {P:k} 🙏 Merci à {P2:full}, {P3:at} et {P4:g} ! Virement possible sur {IBAN} (titulaire {P5:full}).""",
    ],
    "de": [
        """Verkaufe Kinderwagen, gut erhalten, {AMT} VB. Abholung: {ADDR}. Bei Interesse bitte bei {P:t} melden: {PHONE}. Anzeige {LISTING}""",
        """Reklamation {TICKET}
Käufer: {P} ({P:e})
Verkäufer: {P2:h}
Bestellung {ORDER} vom {DATE}: Artikel defekt. Bitte Erstattung von {AMT} auf {IBAN}.
Mit freundlichen Grüßen
{P:full}""",
        """Fahrer-Registrierung {APP}
Name: {P:sf}
Geburtsdatum: {DOB}
Führerscheinnummer: {DL}
Mobil: {PHONE:i}
Anschrift: {ADDR}""",
        """Hey {P:g}, hier ist {P2:g} von der Nachhilfe 😊 Morgen {TIME} bei euch ({ADDR})? Deine Mama {P3:t} hat gesagt, das passt. LG""",
        """Meldung: Der Nutzer {UNAME} hat in Kommentaren die Wohnadresse von {P:full} ({ADDR}) und ihre Handynummer {PHONE} gepostet. Bitte löschen. -- Moderation, {P2:g}""",
    ],
    "it": [
        """Vendo PS5 con due joystick, {AMT}. Ritiro a mano in {ADDR}. Chiedere di {P:t}, cell. {PHONE}. Annuncio {LISTING}""",
        """Ciao {P:g}, sono {P2:full} del fan club. Per il raduno del {DATE} ci vediamo in {PLACE}. Mi mandi la tua email per il biglietto? La mia è {P2:e}. Un saluto a {P3:k}!""",
        """Contestazione {TICKET}: l'acquirente {P} dice che il pacco {TRACK} non è mai arrivato in {ADDR}. Rimborso richiesto {AMT} su IBAN {IBAN}.""",
    ],
    "nl": [
        """Te koop: fiets, {AMT}. Ophalen op {ADDR}. Bel of app {P:g}: {PHONE}. Advertentie {LISTING}""",
        """Klacht {TICKET}: bezorger {P:g} heeft mijn pakket ({TRACK}) bij de buren ({P2:t}) achtergelaten maar het is weg. Ik woon op {ADDR}. Graag terugbetaling op {IBAN}. Groet, {P3:full}""",
        """Hoi {P:g}! Tikkie voor de groepsaankoop: {AMT}. Overmaken naar {IBAN} t.n.v. {P2:full}. Ophalen zaterdag bij {P3:k}.""",
    ],
    "pl": [
        """Sprzedam rower, {AMT}. Odbiór osobisty: {ADDR}. Kontakt: {P:t}, tel. {PHONE}. Ogłoszenie {LISTING}""",
        """Zgłoszenie {TICKET}
Kupujący: {P} ({P:e})
Sprzedający: {P2:h}
Paczka {TRACK} nie dotarła na adres {ADDR}. Proszę o zwrot {AMT} na konto {IBAN}.""",
        """Cześć {P:n}! Tu {P2:g} z korepetycji 😊 Jutro o {TIME}? Zadzwoń do mnie {PHONE}, pozdrów {P3:k}.""",
    ],
    "ru": [
        """Продаю велосипед, {AMT}. Самовывоз: {ADDR}. Звонить {P:g}, {PHONE}. Объявление {LISTING}""",
        """Обращение {TICKET}
Покупатель: {P} ({P:e})
Продавец: {P2:h}
Заказ {ORDER} от {DATE} не доставлен. Курьер {P3:g} не отвечает. Прошу вернуть {AMT}.
С уважением, {P:ini}""",
        """Анкета курьера
ФИО: {P:full}
Дата рождения: {DOB}
Паспорт: {PASS}
Телефон: {PHONE:i}
Адрес проживания: {ADDR}
Водительское удостоверение: {DL}""",
        """[{TIME}] {P:g}: ребят, кто забирает {P2:k} с вокзала?
[{TIME2}] {P3:g}: я! скинь адрес
[{TIME3}] {P:g}: {ADDR}, код домофона {PIN}
[{TIME4}] {P3:g}: ок, мой номер если что {PHONE}""",
        """Здравствуйте! Мой аккаунт {P:h} забанили {DATE}. Играл с IP {IP}, с того же компьютера играл брат {P2:g}. Прошу разбанить. {P:full}, почта {P:e}""",
    ],
    "uk": [
        """Продам дитячу коляску, {AMT}. Забрати: {ADDR}. Телефонуйте {P:t}: {PHONE}. Оголошення {LISTING}""",
        """Збір на лікування для {P:k}! 🙏 Реквізити: {IBAN}, отримувач {P2:full}. Дякуємо всім, хто долучився: {P3:g}, {P4:at}, {P5:full}.""",
        """Скарга {TICKET}: водій {P:g} (авто {PLATE}) був грубим. Поїздка {TXN} від {ADDR}. Мій телефон {PHONE}. {P2:full}""",
    ],
    "tr": [
        """Satılık bisiklet, {AMT}. Elden teslim: {ADDR}. {P:t} ile görüşün: {PHONE}. İlan no {LISTING}""",
        """Şikayet {TICKET}
Alıcı: {P} ({P:e})
Satıcı: {P2:h}
Sipariş {ORDER}: ürün kırık geldi. {AMT} iadesini {IBAN} hesabıma istiyorum.
Saygılarımla, {P:full}""",
        """[{TIME}] {P:g}: {P2:k} için doğum günü pastası kimde?
[{TIME2}] {P3:g}: bende! adres neydi?
[{TIME3}] {P:g}: {ADDR}
[{TIME4}] {P3:g}: tamam, numaram {PHONE}""",
        """Kurye başvurusu
Ad Soyad: {P:full}
Doğum tarihi: {DOB}
Ehliyet no: {DL}
Telefon: {PHONE:i}
Adres: {ADDR}""",
    ],
    "ar": [
        """للبيع: آيفون مستعمل بحالة ممتازة، السعر {AMT}. الاستلام من {ADDR}. للتواصل مع {P:t} على الرقم {PHONE}. رقم الإعلان {LISTING}""",
        """شكوى رقم {TICKET}
المشتري: {P} ({P:e})
البائع: {P2:h}
الطلب {ORDER} لم يصل. المندوب {P3:g} يقول إنه سلّمه للحارس. العنوان: {ADDR}
أرجو استرداد المبلغ {AMT} إلى الحساب {IBAN}""",
        """[{TIME}] {P:g}: السلام عليكم، هل الغسالة لا تزال متوفرة؟
[{TIME2}] {P2:g}: نعم، تعال بعد العصر إلى {ADDR}
[{TIME3}] {P:g}: تمام، رقمي {PHONE}، اسمي {P:full}""",
        """طلب توثيق الحساب
الاسم الكامل: {P:full}
تاريخ الميلاد: {DOB}
رقم جواز السفر: {PASS}
البريد الإلكتروني: {P:e}
الجوال: {PHONE:i}""",
        """بلاغ: الحساب {UNAME} نشر رقم {P:tg} ({PHONE}) وعنوان بيتها. الرجاء حذف المنشور {HASH}. -- {P2:g}""",
    ],
    "fa": [
        """فروش مبل راحتی، قیمت {AMT}. تحویل در {ADDR}. تماس با {P:t}: {PHONE}. آگهی {LISTING}""",
        """شکایت {TICKET}: راننده {P:g} با پلاک {PLATE} مسیر را طولانی کرد. سفر {TXN} از {ADDR}. شماره من {PHONE}، {P2:full}""",
        """ثبت‌نام پیک
نام و نام خانوادگی: {P:full}
تاریخ تولد: {DOB}
شماره گواهینامه: {DL}
موبایل: {PHONE}
آدرس: {ADDR}""",
    ],
    "he": [
        """למכירה: ספה תלת מושבית, {AMT}. איסוף מ{ADDR}. לפרטים {P:t}: {PHONE}. מודעה {LISTING}""",
        """תלונה {TICKET}: השליח {P:g} השאיר את החבילה ({TRACK}) אצל השכנה {P2:t}. כתובת: {ADDR}. נא להחזיר {AMT}. {P3:full}, {P3:e}""",
    ],
    "hi": [
        """बेचना है: पुरानी बाइक, कीमत {AMT}. पता: {ADDR}. संपर्क करें {P:t} – {PHONE}. विज्ञापन {LISTING}""",
        """शिकायत {TICKET}: डिलीवरी बॉय {P:g} ने पार्सल {TRACK} गलत पते पर दे दिया। मेरा नाम {P2:full} है, पता {ADDR}, फोन {PHONE}। कृपया {AMT} वापस करें।""",
        """ट्यूशन नोट्स -- {DATE}
छात्र: {P:full}, अभिभावक: {P2:tg} ({PHONE})
विषय: गणित, अध्याय 4
अगली क्लास: {TIME}, पता {ADDR}""",
    ],
    "hinglish": [
        """bhai {P:lc} ka number de na, {APP} pe uska order galat address pe chala gaya. {ADDR} likha hai, but woh toh {P2:k} ka ghar hai 😂""",
        """Hi {P:t}, aapki cab book ho gayi hai. Driver {P2:g} ({PLATE}) 10 min mein {ADDR} pahunch jayega. Ride OTP: {OTP}. Driver ka number {PHONE}""",
    ],
    "bn": [
        """বিক্রি হবে: ল্যাপটপ, দাম {AMT}। ঠিকানা: {ADDR}। যোগাযোগ: {P:t} {PHONE}। বিজ্ঞাপন {LISTING}""",
        """অভিযোগ {TICKET}: রাইডার {P:g} ভাড়া {AMT} দিয়েছে কিন্তু আমার বিকাশ {PHONE} এ টাকা আসেনি। আমি {P2:full}, ড্রাইভার আইডি {DRVID}।""",
    ],
    "ur": [
        """برائے فروخت: موٹر سائیکل، قیمت {AMT}۔ پتہ: {ADDR}۔ رابطہ {P:t}: {PHONE}""",
        """شکایت {TICKET}: رائیڈر {P:g} نے بدتمیزی کی۔ سفر {TXN}، میرا نام {P2:full}، فون {PHONE}""",
    ],
    "roman-ur": [
        """{P:lc} bhai, apka parcel {TRACK} aaj deliver hoga. Address confirm karein: {ADDR}. Rider ka number {PHONE} hai. Shukriya, {APP}""",
    ],
    "id": [
        """Dijual motor Beat 2019, {AMT} nego. Bisa COD di {PLACE} atau ambil di rumah: {ADDR}. Hubungi {P:t} WA {PHONE}. Iklan {LISTING}""",
        """Komplain {TICKET}
Pembeli: {P} ({P:e})
Penjual: {P2:h}
Pesanan {ORDER} tiba rusak. Mohon refund {AMT} ke rekening atas nama {P:full}.
Terima kasih.""",
        """[{TIME}] {P:g}: Kak, paketnya dititip ke {P2:k} ya, rumah sebelah
[{TIME2}] {P3:t}: oke, alamatnya {ADDR} kan?
[{TIME3}] {P:g}: iya betul. kalau ada apa2 telp {PHONE}""",
        """Pendaftaran mitra driver
Nama lengkap: {P:full}
Tanggal lahir: {DOB}
No. SIM: {DL}
No. HP: {PHONE:i}
Alamat: {ADDR}""",
    ],
    "ms": [
        """Jual peti sejuk terpakai, {AMT}. Ambil sendiri di {ADDR}. Hubungi {P:t} di {PHONE}. Iklan {LISTING}""",
        """Aduan {TICKET}: penghantar {P:g} tinggalkan bungkusan dengan {P2:k} tapi dah hilang. Alamat saya {ADDR}. {P3:full}, {PHONE}""",
    ],
    "tl": [
        """Hi po! Available pa po ba yung ref? Pwede po ba {AMT}? Taga {TOWN} po ako. Text niyo po ako sa {PHONE}, {P:g} po pangalan ko 😊""",
        """Paalala kay {P:t}: ang bayad para sa tutor ni {P2:g} ay {AMT}, ipadala sa GCash {PHONE} (pangalan: {P3:full}). Salamat po!""",
    ],
    "taglish": [
        """Guys, pa-help naman. Yung rider ng {APP} na si {P:g} hindi ma-contact, yung order ko {ORDER} hindi pa dumating. Address ko {ADDR}. Pakitext si {P2:k} sa {PHONE} if makita niyo siya sa labas 🙏""",
    ],
    "vi": [
        """Bán xe máy cũ, giá {AMT}. Xem xe tại {ADDR}. Liên hệ {P:t} {PHONE}. Tin {LISTING}""",
        """Khiếu nại {TICKET}
Người mua: {P} ({P:e})
Người bán: {P2:h}
Đơn {ORDER} giao thiếu hàng. Đề nghị hoàn {AMT}.
Trân trọng, {P:full}""",
        """[{TIME}] {P:t}: em ơi, shipper {P2:g} gọi không được
[{TIME2}] {P3:g}: chị gửi lại địa chỉ: {ADDR}
[{TIME3}] {P:t}: ok, sđt chị {PHONE} nha""",
    ],
    "th": [
        """ขายโทรศัพท์มือสอง ราคา {AMT} นัดรับที่ {ADDR} ติดต่อ{P:t} โทร {PHONE} ประกาศ {LISTING}""",
        """แจ้งปัญหา {TICKET}
ผู้ซื้อ: {P} ({P:e})
ผู้ขาย: {P2:h}
คำสั่งซื้อ {ORDER} ยังไม่ได้รับสินค้า ขอคืนเงิน {AMT}""",
        """[{TIME}] {P:g}: พี่คะ ไรเดอร์ชื่อ{P2:g} โทรมาไม่ติด
[{TIME2}] {P3:t}: ที่อยู่ {ADDR} ใช่ไหม
[{TIME3}] {P:g}: ใช่ค่ะ เบอร์ {PHONE}""",
    ],
    "zh": [
        """出闲置：九成新自行车，{AMT}，自提地址：{ADDR}。联系{P:t}，电话{PHONE}。商品编号{LISTING}""",
        """投诉单 {TICKET}
买家：{P}（{P:e}）
卖家：{P2:h}
订单{ORDER}收到的是空盒，要求退款{AMT}。""",
        """[{TIME}] {P:g}：外卖员{P2:t}说放在门卫那了
[{TIME2}] {P3:g}：地址是{ADDR}吗？
[{TIME3}] {P:g}：对，我电话{PHONE}，微信号{P:h}""",
        """骑手注册信息
姓名：{P:full}
出生日期：{DOB}
护照号：{PASS}
手机：{PHONE}
住址：{ADDR}""",
    ],
    "ja": [
        """【出品】ほぼ新品の自転車 {AMT}。手渡し：{ADDR}。連絡は{P:t}まで {PHONE}。商品ID {LISTING}""",
        """お問い合わせ番号 {TICKET}
購入者：{P}（{P:e}）
出品者：{P2:h}
注文 {ORDER} の商品が届きません。返金 {AMT} をお願いします。""",
        """[{TIME}] {P:g}: 配達員の{P2:t}から電話あった？
[{TIME2}] {P3:g}: まだ。住所は{ADDR}で合ってる？
[{TIME3}] {P:g}: うん、私の番号は{PHONE}""",
        """本人確認
氏名：{P:full}
生年月日：{DOB}
運転免許証番号：{DL}
電話：{PHONE}""",
    ],
    "ko": [
        """자전거 팝니다 {AMT}. 직거래: {ADDR}. 연락은 {P:t} {PHONE}. 게시글 {LISTING}""",
        """문의번호 {TICKET}
구매자: {P} ({P:e})
판매자: {P2:h}
주문 {ORDER} 상품이 파손되어 왔습니다. {AMT} 환불 부탁드립니다.""",
        """[{TIME}] {P:g}: 배달기사님이 {P2:k}한테 맡겼대
[{TIME2}] {P3:t}: 주소 {ADDR} 맞지?
[{TIME3}] {P:g}: 응 내 번호 {PHONE}""",
        """본인 인증
이름: {P:full}
생년월일: {DOB}
여권번호: {PASS}
휴대폰: {PHONE}""",
    ],
    "sw": [
        """Nauza friji, bei {AMT}. Ipo {ADDR}. Piga simu kwa {P:t} {PHONE}. Tangazo {LISTING}""",
        """Malalamiko {TICKET}: dereva {P:g} (gari {PLATE}) alinitoza zaidi. Safari {TXN} kutoka {ADDR}. Jina langu ni {P2:full}, simu {PHONE}.""",
        """[{TIME}] {P:g}: {P2:k}, mzigo wako umefika kwa {P3:g}
[{TIME2}] {P2:g}: asante! nitumie namba yako ya M-Pesa
[{TIME3}] {P:g}: {PHONE}""",
    ],
    "sheng": [
        """Niaje {P:lc}, ile simu bado iko? Niko tayari kulipa {AMT}, tuma M-Pesa {PHONE} nikuje {PLACE}. Usinichome bro 😅""",
    ],
    "pcm": [
        """Abeg who get {P:g} number? The rider wey carry my food don waka with am. Na {ADDR} I dey. Call me for {PHONE} abeg 🙏""",
        """Oga {P:f}, I don send the money {AMT} to your account, na {P2:full} name dey the transfer. Abeg send the phone go {ADDR} today.""",
    ],
    "el": [
        """Πωλείται ποδήλατο, {AMT}. Παραλαβή: {ADDR}. Επικοινωνία {P:t} {PHONE}. Αγγελία {LISTING}""",
        """Παράπονο {TICKET}: ο διανομέας {P:g} άφησε το δέμα {TRACK} στη γειτόνισσα {P2:t}. Διεύθυνση {ADDR}. Ζητώ επιστροφή {AMT}. {P3:full}""",
    ],
    "sv": [
        """Säljer barnvagn, {AMT}. Hämtas på {ADDR}. Swisha till {PHONE} ({P:full}). Annons {LISTING}"""
    ],
    "cs": ["""Prodám kolo, {AMT}. Vyzvednutí: {ADDR}. Volejte {P:t}: {PHONE}. Inzerát {LISTING}"""],
    "ro": [
        """Vând bicicletă, {AMT}. Ridicare din {ADDR}. Sunați-l pe {P:t}: {PHONE}. Anunț {LISTING}"""
    ],
    "hu": [
        """Eladó bicikli, {AMT}. Átvétel: {ADDR}. Érdeklődni {P:t}: {PHONE}. Hirdetés {LISTING}"""
    ],
    "ta": ["""விற்பனைக்கு: பைக், விலை {AMT}. முகவரி: {ADDR}. தொடர்புக்கு {P:t} {PHONE}"""],
    "tanglish": [
        """{P:lc} anna, unga order {ORDER} delivery aagala. address {ADDR} correct ah? call pannunga {PHONE}"""
    ],
    "singlish": [
        """Eh {P:lc}, the {APP} guy say the parcel at {ADDR} already leh. You check with {P2:k} can? My number {PHONE} if need."""
    ],
    "jam": [
        """Wah gwaan {P:lc}! Di ting weh mi sell pon {APP} reach yet? Mi sen it to {ADDR}. Call mi pon {PHONE} if it nuh reach."""
    ],
    "ht": [
        """Bonjou {P:t}, kòmand ou a {ORDER} rive. Livrè a, {P2:g}, ap tann ou devan {ADDR}. Rele l nan {PHONE}. Mèsi!"""
    ],
    "ary": [
        """Salam {P:lc}, wach ba9i l'velo? 3tini {AMT} w ndouz nchoufo f {ADDR}. Ra9mi {PHONE}. {P2:g}"""
    ],
    "arz": [
        """ya {P:lc} el order {ORDER} mawsolsh, el delivery {P2:g} by2ol eno sabo m3 el bawab f {ADDR}. kalemni {PHONE}"""
    ],
    "aeb": [
        """Aslema {P:lc}, el colis mte3ek wsel 3and {P2:k}. Adresse: {ADDR}. Kalamni 3al {PHONE}."""
    ],
    "wo": [
        """Salaam aleekum {P:t}, sa commande {ORDER} agsi na. Livreur bi, {P2:g}, ngi ci {ADDR}. Wootal ko ci {PHONE}. Jërëjëf!"""
    ],
    "ca": [
        """Venc bicicleta, {AMT}. Recollida a {ADDR}. Truca a {P:t}: {PHONE}. Anunci {LISTING}"""
    ],
    "kk": ["""Велосипед сатамын, {AMT}. Мекенжайы: {ADDR}. Хабарласу: {P:t} {PHONE}"""],
    "uz": ["""Velosiped sotiladi, {AMT}. Manzil: {ADDR}. Aloqa: {P:t} {PHONE}. E'lon {LISTING}"""],
    "ka": ["""იყიდება ველოსიპედი, {AMT}. მისამართი: {ADDR}. დარეკეთ: {P:t} {PHONE}"""],
    "hy": ["""Վաճառվում է հեծանիվ, {AMT}։ Հասցե՝ {ADDR}։ Զանգահարել {P:t} {PHONE}"""],
    "az": ["""Velosiped satılır, {AMT}. Ünvan: {ADDR}. Əlaqə: {P:t} {PHONE}. Elan {LISTING}"""],
    "mn": ["""Дугуй зарна, {AMT}. Хаяг: {ADDR}. Холбоо барих: {P:t} {PHONE}"""],
    "my": ["""စက်ဘီး ရောင်းမည် {AMT}။ လိပ်စာ {ADDR}။ ဆက်သွယ်ရန် {P:t} {PHONE}"""],
    "km": ["""លក់កង់ តម្លៃ {AMT}។ អាសយដ្ឋាន {ADDR}។ ទំនាក់ទំនង {P:t} {PHONE}"""],
    "si": ["""බයිසිකලයක් විකිණීමට, මිල {AMT}. ලිපිනය: {ADDR}. අමතන්න {P:t} {PHONE}"""],
    "ne": ["""बिक्रीमा: साइकल, मूल्य {AMT}। ठेगाना: {ADDR}। सम्पर्क {P:t} {PHONE}"""],
    "am": ["""ሳይክል ይሸጣል፣ ዋጋ {AMT}። አድራሻ፦ {ADDR}። ለበለጠ መረጃ {P:t} {PHONE}"""],
    "so": ["""Baaskiil iib ah, qiimo {AMT}. Cinwaan: {ADDR}. La xiriir {P:t} {PHONE}"""],
    "sr": [
        """Prodajem bicikl, {AMT}. Preuzimanje: {ADDR}. Kontakt {P:t} {PHONE}. Oglas {LISTING}"""
    ],
    "hr": ["""Prodajem bicikl, {AMT}. Preuzimanje na adresi {ADDR}. Javite se {P:t} na {PHONE}."""],
    "bg": ["""Продавам колело, {AMT}. Адрес: {ADDR}. Тел. {PHONE}, {P:full}"""],
    "fi": ["""Myydään polkupyörä, {AMT}. Nouto: {ADDR}. Soita {P:g}: {PHONE}"""],
    "no": [
        """Selges: sykkel, {AMT}. Hentes i {ADDR}. Ring {P:g} på {PHONE}. Finn-kode {LISTING}"""
    ],
    "lt": ["""Parduodu dviratį, {AMT}. Atsiimti: {ADDR}. Skambinkite {P:t} {PHONE}"""],
    "et": ["""Müüa jalgratas, {AMT}. Järele tulla: {ADDR}. Helista {P:g}, {PHONE}"""],
    "is": ["""Til sölu: hjól, {AMT}. Sótt á {ADDR}. Hringið í {P:g} í síma {PHONE}"""],
    "af": ["""Te koop: fiets, {AMT}. Kom haal by {ADDR}. Bel {P:t} by {PHONE}"""],
    "zu": ["""Ngithengisa ibhayisikili, {AMT}. Ikheli: {ADDR}. Shayela {P:g} ku-{PHONE}"""],
    "ga": ["""Ar díol: rothar, {AMT}. Bailiú ó {ADDR}. Glaoigh ar {P:g} ar {PHONE}"""],
    "mi": [
        """Kia ora {P:g}! Kua tae mai tō pākete ki {ADDR}. Waea mai ki {PHONE}. Ngā mihi, {P2:k}"""
    ],
    "sm": [
        """Talofa {P:g}! Ua taunuu lau oka i {ADDR}. Vili mai i le {PHONE}. Fa'afetai, {P2:g}"""
    ],
    "fj": [
        """Bula {P:g}! Na nomu oda e sa yaco mai ki {ADDR}. Qiri mai ena {PHONE}. Vinaka, {P2:k}"""
    ],
    "lg": ["""Ki kati {P:g}, ebintu byo bituuse ku {ADDR}. Kuba ku {PHONE}. Webale, {P2:k}"""],
    "rw": [
        """Muraho {P:g}, ibicuruzwa byawe byageze kuri {ADDR}. Hamagara {PHONE}. Murakoze, {P2:g}"""
    ],
    "sn": ["""Mhoro {P:g}, zvinhu zvako zvasvika ku{ADDR}. Fonera {PHONE}. Ndatenda, {P2:k}"""],
}

# ---------------------------------------------------------------------- machine logs and configs
MACHINE: list[tuple[str, str]] = [
    (
        "json",
        """{"id": "evt_{HASH}", "type": "charge.dispute.created", "data": {"object": {"amount": "{AMT}", "billing_details": {"name": "{P:full}", "email": "{P:e}", "phone": "{PHONE:i}", "address": {"line1": "{ADDR}"}}, "payment_method_details": {"card": {"brand": "visa", "last4": "{LASTFOUR}"}}}}}""",
    ),
    (
        "log",
        """{TS} INFO payment.callback provider=gateway status=successful tx_ref={TXN} amount="{AMT}" customer.name="{P:full}" customer.email={P:e} customer.phone="{PHONE:i}" ip={IP}""",
    ),
    (
        "log",
        """{TS} auth[{UID}]: login success user={P:h} ip={IP} mfa=sms to="{PHONE:i}"
{TS2} auth[{UID}]: password reset requested user={P:h} email={P:e} ip={IPV6}
{TS3} auth[{UID}]: new device registered mac={MAC} device="{P:g}'s iPhone\"""",
    ),
    (
        "json",
        """{"event": "moderation.flagged", "queue": "doxxing", "content_id": "{HASH}", "author": {"id": "{UID}", "handle": "{P:h}"}, "excerpt": "she lives at {ADDR}, call {PHONE}", "target_user": "{P2:at}", "score": 0.97, "reviewer": "{P3:full}"}""",
    ),
    (
        "json",
        """{"event": "checkout_completed", "ts": "{TS}", "user_id": "{UID}", "traits": {"name": "{P:full}", "email": "{P:e}", "phone": "{PHONE}", "birthday": "{DOB}"}, "context": {"ip": "{IP}", "app": {"version": "{VER}"}}, "properties": {"order_id": "{ORDER}", "total": "{AMT}"}}""",
    ),
    (
        "config",
        """# seller-sync config
store_owner: {P:full}
contact_email: {P:e}
payout:
  iban: {IBAN}
api:
  key: {APIKEY}
  webhook_secret: {TOKEN}
database_url: {DBURL}""",
    ),
    (
        "config",
        """APP_NAME=marketplace-bot
ADMIN_EMAIL={P:e}
ADMIN_PHONE={PHONE:i}
OPENAI_API_KEY={APIKEY}
DATABASE_URL={DBURL}
SMTP_PASSWORD={PW}
DEBUG=false
# staging: STRIPE_KEY=<YOUR_STRIPE_KEY>""",
    ),
    (
        "json",
        """{"trip_id": "{TXN}", "status": "completed", "rider": {"name": "{P:full}", "phone": "{PHONE:i}"}, "driver": {"id": "{DRVID}", "name": "{P2:g}", "plate": "{PLATE}"}, "pickup": {"address": "{ADDR}"}, "fare": "{AMT}"}""",
    ),
    (
        "log",
        """{TS} WARN dispatch order={ORDER} courier={DRVID} reassigned; customer="{P:full}" addr="{ADDR}" phone="{PHONE}" note="call {P2:g} at the gate\"""",
    ),
    (
        "json",
        """{"type": "user.report", "reporter_id": "{UID}", "reported": {"id": "{UID2}", "display_name": "{P:g}", "bio_excerpt": "add me on snap {P:h}"}, "reason": "off_platform_contact", "messages": [{"from": "{UID2}", "text": "my number is {PHONE}, text me"}]}""",
    ),
    (
        "json",
        """{"verification_id": "{REQID}", "status": "declined", "reason": "document_expired", "person": {"first_name": "{P:g}", "last_name": "{P:f}", "dob": "{DOB}", "document": {"type": "passport", "number": "{PASS}"}}, "ip": "{IP}"}""",
    ),
    (
        "log",
        """{TS} DEBUG gateway.callback raw={\\"pan\\":\\"{CC}\\",\\"exp\\":\\"09/28\\",\\"holder\\":\\"{P:full}\\",\\"amount\\":\\"{AMT}\\",\\"txn\\":\\"{TXN}\\"}""",
    ),
    (
        "json",
        """{"event": "payout.sent", "campaign_id": "{LISTING}", "beneficiary": {"name": "{P:full}", "iban": "{IBAN}"}, "organizer_email": "{P2:e}", "amount": "{AMT}"}""",
    ),
    (
        "log",
        """{IP} - - [12/Mar/2025:10:22:01 +0000] "GET /api/v1/users/search?email={P:e} HTTP/1.1" 200 512 "-" "okhttp/4.9.0"
{IPV6} - - [12/Mar/2025:10:22:04 +0000] "POST /api/v1/payouts HTTP/1.1" 201 88 "-" "Mozilla/5.0\"""",
    ),
    (
        "json",
        """{"text": "High-value dispute: {AMT} -- buyer {P:full} ({P:e}) vs seller {P2:h}. Ticket {TICKET}. Seller IP {IP}"}""",
    ),
    (
        "json",
        """{"guild": "{GUILD}", "bot_token": "{TOKEN}", "officers": ["{P:h}", "{P2:h}"], "raid_leader": {"name": "{P3:g}", "discord": "{P3:at}"}}""",
    ),
    (
        "log",
        """session_id,tutor,student,parent_email,parent_phone,date
{ORDER},{P:full},{P2:g},{P3:e},{PHONE},{DATE}
{ORDER2},{P4:full},{P5:g},{P5:e},{PHONE2},{DATE2}""",
    ),
    (
        "log",
        """{TS} push.sent to=device:{HASH} user={P:h} title="New message from {P2:g}" body="{P2:g}: my address is {ADDR}\"""",
    ),
    (
        "config",
        """apiVersion: v1
kind: Secret
metadata:
  name: payouts-api
stringData:
  STRIPE_SECRET_KEY: {APIKEY}
  DB_PASSWORD: {PW}
  ONCALL_EMAIL: {P:e}""",
    ),
    (
        "log",
        """{TS} mod_action actor={P:h} action=ban target={P2:h} reason="doxxing: posted {P3:full}'s phone {PHONE}\"""",
    ),
    (
        "json",
        """{"name": "{TOWN} Sellers", "type": "public_supergroup", "messages": [{"id": 1, "from": "{P:full}", "from_id": "user{UID}", "text": "selling bike {AMT}, call {PHONE}"}, {"id": 2, "from": "{P2:full}", "text": "reserved! I'm at {ADDR}"}]}""",
    ),
    ("log", """{TS} INFO geocode q="{ADDR}" user={P:e} result=ok lat=redacted"""),
    ("log", """{TS} payout.crypto creator={P:h} wallet={ETH} amount="{AMT}" tx={HASH}"""),
    (
        "json",
        """{"request_type": "access", "subject": {"name": "{P:full}", "email": "{P:e}", "phone": "{PHONE:i}", "date_of_birth": "{DOB}", "addresses": ["{ADDR}", "{ADDR2}"]}, "received": "{DATE}"}""",
    ),
    (
        "config",
        """[smtp]
host = smtp.mailhost.example
user = {P:e}
password = {PW}
[payments]
api_key = {APIKEY}
[owner]
name = {P:full}
phone = {PHONE:i}""",
    ),
    (
        "log",
        """{TS} WARN wallet.withdraw user={P:h} dest={BTC} amount="{AMT}" 2fa_code={OTP} ip={IP} flagged=velocity""",
    ),
    (
        "json",
        """{"webhook": "listing.created", "listing_id": "{LISTING}", "seller": {"username": "{P:h}", "display_name": "{P}"}, "title": "{BRAND} bundle", "location": {"pickup_address": "{ADDR}"}, "contact": "{PHONE}"}""",
    ),
    (
        "log",
        """{TS} ERROR kyc.ocr doc=driver_license number={DL} name="{P:sf}" dob="{DOB}" confidence=0.62 device_mac={MAC}""",
    ),
]

# ---------------------------------------------------------------------- near-misses only
NEARMISS: dict[str, list[str]] = {
    "en": [
        """Anyone else watching {CELEB}'s new show? The scene with {CHAR} at {PLACE} was 🔥. My merch order {ORDER} just shipped, tracking {TRACK}.""",
        """Listing: {GAME} collector's edition, sealed. {AMT}. Pickup near {PLACE} or shipping via {BRAND} courier. SKU {SKU}. Listing {LISTING}.""",
        """Ticket {TICKET}: user {UNAME} reports the {APP} app crashes on v{VER} when opening the {CHAR} skin shop. Crash hash {HASH}.""",
        """Our fan club meets every Friday at {SCHOOL}, room {ROOM}. This month: {CELEB} movie night! Entry {AMT}.""",
        """Ride receipt · Trip {TXN} · {DATE} {TIME} · From {PLACE} to {PLACE2} · {AMT} · card {MASK} · driver ID {DRVID} · plate {PLATE}""",
        """Stream schedule: Mon {GAME}, Wed {GAME2}, Fri Q&A. Shoutout to {UNAME} and {UNAME2} for the raids! Merch code {SKU}.""",
        """Booking {PNR} confirmed: flight {FLIGHT} on {DATE}, seat 14C. Hotel near {SAINT} Cathedral, room {ROOM}.""",
        """Guild {GUILD} recruiting! Need 2 healers for {GAME}. Apply in #recruitment and ping {UNAME}. Raid nights Tue/Thu {TIME}.""",
        """Order {ORDER} from {SHOP}: {BRAND} headphones x1 ({AMT}), delivery to pickup point at {PLACE}. Invoice {INV}.""",
        """Mod log: removed post {HASH} (spam), user {UNAME} warned. The post advertised a fake {CELEB} giveaway linking to a copycat {APP} site.""",
        """Which is better for a beginner, {GAME} or {GAME2}? I main {CHAR} lol. Add me, I'm {UNAME}.""",
        """Cosplay contest results: 1st {CHAR} by {UNAME}, 2nd {CHAR2} by {UNAME2}. Prize vouchers from {BRAND}. Venue: {PLACE}.""",
        """Account {ACCT}: refund of {AMT} for order {ORDER} processed on {DATE}. Reference {TXN}. Card {MASK}.""",
        """Festival lineup: {CELEB}, {CELEB2} and a tribute to {CELEB3}. Tickets {AMT} on {APP}. Gates open {TIME} at {PLACE}.""",
        """Server maintenance {DATE} {TIME} UTC. Game version {VER}. Known issue: the {CHAR} quest bug (ticket {TICKET}).""",
        """Donation drive for the {SAINT} Parish school roof -- {AMT} raised so far! Thanks to {COMPANY} and {SHOP} for matching.""",
        """Car for sale, VIN {VIN}, plate {PLATE}, 2018, {AMT}. Viewing at the {PLACE} car park. Listing {LISTING}.""",
        """Review: stayed near {STREETP}, room {ROOM}. Clean and close to {PLACE}. Booking {PNR}. Would recommend! -- {UNAME}""",
        """Reading group: this week we discuss {CELEB}'s memoir. Meet at {SCHOOL} library, {TIME}. Bring snacks from {SHOP}!""",
        """Tracking {TRACK}: parcel arrived at the {APP} pickup locker on {STREETP}. Pick up before {DATE}.""",
    ],
    "es": [
        """¿Alguien vio el concierto de {CELEB}? Mi pedido {ORDER} de merch llega el {DATE}. Seguimiento {TRACK}.""",
        """Vendo figura de {CHAR} original, {AMT}. Entrega en {PLACE}. Anuncio {LISTING}.""",
    ],
    "fr": [
        """Qui vient au tournoi {GAME} samedi ? Rendez-vous à {PLACE}, {TIME}. Inscription {AMT}, ticket {TICKET}."""
    ],
    "pt": [
        """Pedido {ORDER} enviado! Código de rastreio {TRACK}. Obrigado por comprar na {SHOP} 💚"""
    ],
    "de": [
        """Bestellung {ORDER} ist unterwegs, Sendungsnummer {TRACK}. Rechnung {INV} über {AMT}."""
    ],
    "ru": [
        """Заказ {ORDER} передан в доставку, трек {TRACK}. Сумма {AMT}. Спасибо за покупку в {SHOP}!"""
    ],
    "zh": ["""订单{ORDER}已发货，快递单号{TRACK}，金额{AMT}。感谢购买{BRAND}！"""],
    "ja": ["""ご注文{ORDER}を発送しました。追跡番号{TRACK}。合計{AMT}。"""],
    "id": [
        """Pesanan {ORDER} sudah dikirim, resi {TRACK}. Total {AMT}. Terima kasih sudah belanja di {SHOP}!"""
    ],
    "tr": ["""Siparişiniz {ORDER} kargoya verildi, takip no {TRACK}. Tutar {AMT}."""],
    "ar": ["""تم شحن طلبك {ORDER}، رقم التتبع {TRACK}. المبلغ {AMT}. شكراً لتسوقك من {SHOP}"""],
}

TEMPLATES: dict[str, list[str]] = {"en": EN, **OTHER}


def count_templates() -> int:
    return (
        sum(len(v) for v in TEMPLATES.values())
        + sum(len(v) for v in LOCAL.values())
        + len(MACHINE)
        + sum(len(v) for v in NEARMISS.values())
    )


#: US tax forms met by freelancers and hosts anywhere (foreign payees get ITINs)
US_TAX: list[str] = [
    """W-8BEN / W-7 question: I'm a freelancer in {TOWN} paid by a US client on {APP}. My ITIN is {ITIN} (issued to {P:full}). Do I still need to put my passport number {PASS} on the form?""",
    """Payee tax profile
Legal name: {P:full}
Country of residence: see address
Address: {ADDR}
US TIN (ITIN): {ITIN}
Date of birth: {DOB}
Email: {P:e}""",
    """my cousin {P:full} in Texas co-owns the listing, his SSN is {SSN} -- can the platform split the 1099 between us? I only have an ITIN, {ITIN}.""",
]

#: sender lines and signatures pasted around a text ({P9} is a person of its own)
HEADERS: list[str] = [
    "From: {P9:full} <{P9:e}>\nSent: {DATE9} {TIME9}\n\n",
    "Forwarded message from {P9:at}:\n",
    "{P9} ({PHONE9}) wrote:\n",
    "Ticket created by {P9:h} via web form · {TS9}\n",
    "[exported chat · owner {P9:full} · {PHONE9}]\n",
]
FOOTERS: list[str] = [
    "\n\n--\n{P9:full}\n{PHONE9}",
    "\n\nThanks,\n{P9:g}\nMob: {PHONE9}",
    "\n\n-- sent by {P9:at} from the app",
    "\n\nReply-To: {P9:e}",
    "\n\nRegards, {P9:tg}",
    "\n\n({P9:g}, agent #{UID9})",
]
