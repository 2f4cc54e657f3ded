# ruff: noqa: E501, RUF001, RUF003
"""Hand-written pools and templates for the dev22 sanitizer evaluation set.

Genre: travel, events and community life, all over the world.  Everything in
this module (names, streets, towns, phone shapes, venues, templates, LLM
envelopes) was written by hand for this set, blind to the sanitizer.  The
generator that turns these pools into labelled samples lives in
``bench/sanitizer_dev22.py``.

Compact notations used below
----------------------------
* name lists are comma separated; ``roman|native`` gives a native-script
  spelling; ``masc/fem`` gives gendered surname or patronymic variants.
* nickname maps are ``Given:Nick`` (``Nick|native`` allowed, ``/`` separates
  alternatives).
* digit patterns: ``#`` digit, ``N`` digit 2-9, ``@`` capital letter, ``%``
  capital letter or digit; everything else is literal.  A pattern that
  starts with ``^fa`` is rendered with Persian digits.
* address formats use ``{n}`` house number, ``{n1}`` 1-9, ``{n2}`` 1-40,
  ``{u}`` unit, ``{u2}`` two-digit unit, ``{u3}`` three-digit unit,
  ``{f}`` floor, ``{L}`` capital letter, ``{l}`` small letter, ``{street}``,
  ``{area}``, ``{town}``, ``{pc}`` postcode, ``{bld}`` building, ``{st}``
  state, ``{lgh}`` Swedish flat number.

Template mini-language: see the docstring of ``bench/sanitizer_dev22.py``.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Locales: names, addresses, phones, documents
# ---------------------------------------------------------------------------

LOCALES: dict[str, dict] = {
    "KE": {
        "country": "Kenya",
        "iso3": "KEN",
        "m": "Brian, Kevin, Dennis, Collins, Emmanuel, Victor, Baraka, Juma, Erick, Felix, Godfrey, Kipchumba",
        "f": "Faith, Mercy, Grace, Joy, Purity, Wanjiru, Akinyi, Njeri, Cheptoo, Wairimu, Nafula, Sharon",
        "s": "Otieno, Mwangi, Kamau, Ochieng, Kiprono, Kiptoo, Wafula, Mutua, Njoroge, Odhiambo, Cherono, Karanja, Onyango, Chebet, Wekesa, Kariuki, Omondi, Nyambura",
        "mid": "Wanjiru~f, Akinyi~f, Kiprotich~m, Atieno~f, Muthoni~f, Njeri~f, Kibet~m, Auma~f, Otieno~m, Kamau~m",
        "mid_p": 0.35,
        "towns": "Nairobi, Mombasa, Kisumu, Nakuru, Eldoret, Thika, Naivasha",
        "streets": "Ngong Road, Argwings Kodhek Road, Riverside Drive, Kiambu Road, Lenana Road, Othaya Road, Mombasa Road, Kindaruma Road, Gitanga Road, Muthangari Drive",
        "areas": "Kilimani, Westlands, Lavington, Kileleshwa, South B, Karen, Nyali, Milimani, Runda",
        "pc": "00#00",
        "addr": [
            "House No. {n}, {street}, {area}, {town}",
            "Apartment {u}{L}, {street}, {area}, {town}",
            "{n} {street}, {area}, {town} {pc}",
        ],
        "phone": ["+254 7## ### ###", "07## ### ###", "+2547########", "01## ######"],
        "dom": "gmail.com, yahoo.com, outlook.com, safaricom.co.ke, uonbi.ac.ke, students.ku.ac.ke",
        "pp": ["AK#######", "A#######"],
        "dl": ["DL-#######"],
        "df": ["dmy/", "long_en", "dmy-"],
        "lt_m": "Bw., Mzee, Baba",
        "lt_f": "Bi., Mama",
    },
    "NG": {
        "country": "Nigeria",
        "iso3": "NGA",
        "m": "Chukwuemeka, Oluwaseun, Tunde, Emeka, Ibrahim, Abubakar, Godswill, Chinedu, Segun, Obinna, Femi, Musa, Uche, Kelechi",
        "f": "Amarachi, Ngozi, Chiamaka, Funmilayo, Aisha, Blessing, Precious, Adaeze, Temitope, Yetunde, Zainab, Kemi, Favour, Chioma",
        "s": "Okafor, Adeyemi, Okonkwo, Bello, Eze, Nwosu, Balogun, Ogunleye, Abdullahi, Okoro, Adebayo, Nwachukwu, Danjuma, Ojo, Ibekwe, Oyelaran, Igwe, Olawale",
        "mid": "Chinonso, Oluwadamilare, Ifeoma~f, Adunni~f, Ebuka~m, Babatunde~m",
        "mid_p": 0.25,
        "nick": "Oluwaseun:Seun, Temitope:Tope, Chukwuemeka:Emeka, Funmilayo:Funmi, Adaeze:Ada, Chiamaka:Amaka, Obinna:Obi, Kelechi:Kc, Yetunde:Yetty",
        "towns": "Lagos, Abuja, Enugu, Ibadan, Port Harcourt, Kano, Benin City, Owerri",
        "streets": "Admiralty Way, Adeola Odeku Street, Allen Avenue, Awolowo Road, Bode Thomas Street, Herbert Macaulay Way, Ahmadu Bello Way, Ogui Road, Aminu Kano Crescent, Isaac John Street, Opebi Road",
        "areas": "Lekki Phase 1, Victoria Island, Ikeja GRA, Surulere, Wuse 2, Maitama, Garki, Yaba, Independence Layout, Bodija",
        "addr": [
            "{n} {street}, {area}, {town}",
            "Plot {n}, {street}, {area}, {town}",
            "Flat {u}, Block {L}, {street}, {area}, {town}",
        ],
        "phone": [
            "+234 80# ### ####",
            "080########",
            "0803 ### ####",
            "+234 (0) 81# ### ####",
            "070########",
        ],
        "dom": "gmail.com, yahoo.com, ymail.com, hotmail.com, outlook.com",
        "pp": ["A########", "B########"],
        "dl": ["@@@#####@@##"],
        "df": ["dmy/", "long_en", "dmy-"],
        "lt_m": "Chief, Mr, Engr., Alhaji",
        "lt_f": "Mrs, Madam, Alhaja",
    },
    "ET": {
        "country": "Ethiopia",
        "iso3": "ETH",
        "m": "Abebe|አበበ, Dawit|ዳዊት, Tesfaye|ተስፋዬ, Yohannes|ዮሐንስ, Bereket|በረከት, Mesfin|መስፍን, Henok|ሄኖክ, Girma|ግርማ, Solomon|ሰለሞን, Biniam|ቢንያም",
        "f": "Hiwot|ሕይወት, Selam|ሰላም, Meron|ሜሮን, Tigist|ትዕግስት, Bethlehem|ቤተልሔም, Mahlet|ማህሌት, Almaz|አልማዝ, Rahel|ራሔል, Tsion|ጽዮን, Eden|ኤደን",
        "s": "Bekele|በቀለ, Tadesse|ታደሰ, Haile|ኃይሌ, Alemu|አለሙ, Kebede|ከበደ, Wolde|ወልዴ, Mekonnen|መኮንን, Assefa|አሰፋ, Getachew|ጌታቸው, Desta|ደስታ, Gebremedhin|ገብረመድህን, Tsegaye|ፀጋዬ",
        "pat_style": "triple",
        "towns": "Addis Ababa|አዲስ አበባ, Bahir Dar|ባሕር ዳር, Hawassa|ሀዋሳ, Gondar|ጎንደር, Mekelle|መቀሌ, Dire Dawa|ድሬ ዳዋ, Adama|አዳማ",
        "streets": "Bole Road, Africa Avenue, Churchill Avenue, Cameroon Street, Namibia Street, Sierra Leone Street",
        "areas": "Bole, Kazanchis, Piassa, CMC, Sarbet, Megenagna, Lideta, Gerji",
        "addr": [
            "House No. {n}, Woreda {n2}, {area}, {town}",
            "{street}, House No. {n}, {area}, {town}",
            "Kebele {n2}, House {n}, {town}",
        ],
        "phone": ["+251 91 ### ####", "+251 92 ### ####", "09## ## ## ##", "09########"],
        "dom": "gmail.com, yahoo.com, ethionet.et, outlook.com",
        "pp": ["EP#######", "EQ#######"],
        "dl": ["AA-######"],
        "df": ["dmy/", "long_en"],
        "lt_m": "Ato",
        "lt_f": "W/ro, W/rt",
    },
    "SN": {
        "country": "Senegal",
        "iso3": "SEN",
        "m": "Mamadou, Cheikh, Ousmane, Abdoulaye, Moussa, Ibrahima, Serigne, Modou, Pape, Aliou, Babacar, Lamine",
        "f": "Fatou, Aminata, Awa, Khady, Mariama, Ndèye, Coumba, Astou, Rokhaya, Bineta, Aïssatou, Dieynaba",
        "s": "Diop, Ndiaye, Fall, Sow, Ba, Diallo, Sarr, Gueye, Faye, Mbaye, Cissé, Thiam, Seck, Diouf, Niang, Kane",
        "towns": "Dakar, Thiès, Saint-Louis, Touba, Ziguinchor, Rufisque, Mbour, Kaolack",
        "streets": "Rue Carnot, Avenue Cheikh Anta Diop, Rue Mousse Diop, Avenue Bourguiba, Route de Ngor, Rue Félix Faure, Rue Wagane Diouf",
        "areas": "Sacré-Cœur 3, Point E, Mermoz, Ouakam, Almadies, Médina, Plateau, HLM Grand Yoff, Liberté 6",
        "addr": [
            "Villa n°{n}, {area}, {town}",
            "{n}, {street}, {area}, {town}",
            "Cité Keur Gorgui, villa {n}, {town}",
            "Lot {n}, {area}, {town}",
        ],
        "phone": ["+221 77 ### ## ##", "77 ### ## ##", "78 ### ## ##", "+221 76 ### ## ##"],
        "dom": "gmail.com, yahoo.fr, orange.sn, hotmail.fr",
        "pp": ["A########"],
        "dl": ["SN-######-@"],
        "iban": "SN",
        "df": ["dmy/", "long_fr"],
        "lt_m": "M., El Hadji",
        "lt_f": "Mme, Mlle, Adja",
    },
    "ZA": {
        "country": "South Africa",
        "iso3": "ZAF",
        "m": "Thabo, Sipho, Lwazi, Bongani, Pieter, Johan, Themba, Kagiso, Mandla, Riaan, Tshepo, Ruan, Sibusiso",
        "f": "Nomvula, Lerato, Thandiwe, Zanele, Annelie, Karabo, Naledi, Palesa, Marietjie, Busisiwe, Refilwe, Precious, Liezl",
        "s": "Nkosi, Dlamini, Mokoena, van der Merwe, Botha, Naidoo, Khumalo, Mahlangu, du Plessis, Pillay, Ndlovu, Venter, Molefe, Sithole, le Roux, Govender, Pretorius, Zulu",
        "towns": "Johannesburg, Cape Town, Durban, Pretoria, Gqeberha, Bloemfontein, Stellenbosch, Polokwane",
        "streets": "Jan Smuts Avenue, Oxford Road, Main Road, Voortrekker Road, Long Street, Florida Road, Beyers Naudé Drive, Church Street, Rivonia Road, Vilakazi Street",
        "areas": "Parkhurst, Rosebank, Sea Point, Observatory, Morningside, Hatfield, Melville, Umhlanga, Orlando West, Brooklyn",
        "pc": "####",
        "addr": [
            "{n} {street}, {area}, {town}, {pc}",
            "Unit {u}, {n} {street}, {area}, {town} {pc}",
            "{n} {street}, {area}, {town}",
        ],
        "phone": ["+27 82 ### ####", "082 ### ####", "071 ### ####", "+27 (0)21 ### ####"],
        "dom": "gmail.com, outlook.com, mweb.co.za, webmail.co.za, icloud.com",
        "pp": ["A########", "M########"],
        "dl": ["##########@@"],
        "df": ["dmy/", "long_en", "iso"],
    },
    "EG": {
        "country": "Egypt",
        "iso3": "EGY",
        "m": "Ahmed|أحمد, Mohamed|محمد, Mahmoud|محمود, Omar|عمر, Youssef|يوسف, Karim|كريم, Mostafa|مصطفى, Tarek|طارق, Hossam|حسام, Amr|عمرو, Sherif|شريف",
        "f": "Nour|نور, Mariam|مريم, Salma|سلمى, Yasmin|ياسمين, Heba|هبة, Dina|دينا, Aya|آية, Rana|رنا, Shaimaa|شيماء, Habiba|حبيبة, Mona|منى",
        "s": "Hassan|حسن, Abdelrahman|عبد الرحمن, El-Sayed|السيد, Mansour|منصور, Fahmy|فهمي, Ibrahim|إبراهيم, Shawky|شوقي, Naguib|نجيب, Soliman|سليمان, Farouk|فاروق, Gaber|جابر, Abdelaziz|عبد العزيز, Khalil|خليل",
        "pat_style": "father_mid",
        "towns": "Cairo|القاهرة, Giza|الجيزة, Alexandria|الإسكندرية, Mansoura|المنصورة, Luxor|الأقصر, Aswan|أسوان, Tanta|طنطا",
        "streets": "Shehab Street, Gameat El Dowal El Arabeya Street, Mohamed Mazhar Street, Abbas El Akkad Street, Road 9, El Thawra Street, Syria Street, Fouad Street",
        "areas": "Mohandessin, Zamalek, Maadi, Heliopolis, Nasr City, Dokki, Smouha, Sheikh Zayed",
        "n_streets": "شارع شهاب, شارع جامعة الدول العربية, شارع عباس العقاد, شارع الثورة, شارع سوريا, شارع فؤاد",
        "n_areas": "المهندسين, الزمالك, المعادي, مصر الجديدة, مدينة نصر, الدقي",
        "addr": [
            "{n} {street}, {area}, {town}",
            "Apt {u}, {n} {street}, {area}, {town}",
            "Building {n}, Flat {u}, {street}, {area}, {town}",
        ],
        "n_addr": ["{n} {street}، {area}، {town}", "عمارة {n}، شقة {u}، {street}، {area}، {town}"],
        "phone": ["+20 10 #### ####", "010########", "0122 ### ####", "+20 11########"],
        "dom": "gmail.com, yahoo.com, hotmail.com, outlook.com",
        "pp": ["A########"],
        "dl": ["########"],
        "iban": "EG",
        "df": ["dmy/", "long_en", "iso"],
        "lt_m": "السيد, الأستاذ, المهندس, الحاج",
        "lt_f": "السيدة, الأستاذة, الحاجة",
    },
    "MA": {
        "country": "Morocco",
        "iso3": "MAR",
        "m": "Youssef, Mehdi, Hamza, Anas, Amine, Soufiane, Reda, Hicham, Othmane, Ayoub, Karim",
        "f": "Fatima Zahra, Salma, Imane, Khadija, Houda, Meryem, Sanae, Zineb, Ghizlane, Nouhaila, Hajar",
        "s": "El Idrissi, Benali, Alaoui, Bennani, Tazi, El Amrani, Berrada, Chraibi, Ouazzani, Benjelloun, Lahlou, Ait Ouahmane, El Fassi, Bouzid",
        "towns": "Casablanca, Rabat, Marrakech, Fès, Tanger, Agadir, Meknès, Oujda",
        "streets": "Boulevard Zerktouni, Rue Ibn Battouta, Avenue Mohammed V, Rue Tarik Ibn Ziad, Boulevard d'Anfa, Rue Allal Ben Abdellah, Avenue Hassan II",
        "areas": "Maârif, Gauthier, Agdal, Hay Riad, Guéliz, Hivernage, Racine, Bourgogne",
        "pc": "#####",
        "addr": [
            "{n}, {street}, {area}, {pc} {town}",
            "Appt {u}, Imm. {n2}, {street}, {town}",
            "{n} {street}, {town} {pc}",
        ],
        "phone": ["+212 6## ## ## ##", "06 ## ## ## ##", "07########", "+212 5 22 ## ## ##"],
        "dom": "gmail.com, hotmail.fr, yahoo.fr, menara.ma, outlook.fr",
        "pp": ["@@#######"],
        "dl": ["##/######"],
        "iban": "MA",
        "df": ["dmy/", "long_fr"],
        "lt_m": "M., Si",
        "lt_f": "Mme, Mlle, Lalla",
    },
    "TR": {
        "country": "Türkiye",
        "iso3": "TUR",
        "m": "Mehmet, Mustafa, Emre, Burak, Can, Deniz, Kaan, Oğuz, Yusuf, Barış, Serkan, Umut, Murat",
        "f": "Ayşe, Elif, Zeynep, Fatma, Merve, Deniz, Ebru, Gül, Yıldız, Derya, Özlem, Ceren, Damla, Su",
        "s": "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Öztürk, Aydın, Arslan, Doğan, Kılıç, Aslan, Güneş, Koç, Kurt, Özdemir, Polat, Acar",
        "towns": "İstanbul, Ankara, İzmir, Bursa, Antalya, Eskişehir, Trabzon, Gaziantep",
        "streets": "Bağdat Caddesi, Atatürk Bulvarı, Cumhuriyet Caddesi, Kazım Karabekir Sokak, Moda Caddesi, Bahariye Caddesi, Halaskargazi Caddesi, Mithatpaşa Caddesi",
        "areas": "Kadıköy, Beşiktaş, Çankaya, Karşıyaka, Nilüfer, Muratpaşa, Üsküdar, Şişli, Bornova",
        "pc": "#####",
        "addr": [
            "{street} No:{n} D:{u}, {pc} {area}/{town}",
            "{street} No: {n}/{n1}, {area}, {town}",
            "{street} No.{n} Daire {u}, {area}, {pc} {town}",
        ],
        "phone": [
            "+90 5## ### ## ##",
            "05## ### ## ##",
            "0 (5##) ### ## ##",
            "+90 (212) ### ## ##",
        ],
        "dom": "gmail.com, hotmail.com, yandex.com.tr, outlook.com, icloud.com",
        "pp": ["U########", "S########"],
        "dl": ["######"],
        "iban": "TR",
        "df": ["dmy.", "long_tr", "dmy/"],
        "lt_m": "Bay",
        "lt_f": "Bayan",
    },
    "IR": {
        "country": "Iran",
        "iso3": "IRN",
        "m": "Reza|رضا, Ali|علی, Mohammad|محمد, Amir|امیر, Hossein|حسین, Mehdi|مهدی, Arash|آرش, Kourosh|کوروش, Babak|بابک, Saeed|سعید",
        "f": "Maryam|مریم, Zahra|زهرا, Fatemeh|فاطمه, Shirin|شیرین, Niloufar|نیلوفر, Parisa|پریسا, Leila|لیلا, Sara|سارا, Mahsa|مهسا, Nazanin|نازنین",
        "s": "Ahmadi|احمدی, Hosseini|حسینی, Karimi|کریمی, Rezaei|رضایی, Moradi|مرادی, Mohammadi|محمدی, Jafari|جعفری, Tehrani|تهرانی, Rahimi|رحیمی, Kazemi|کاظمی, Sadeghi|صادقی, Ghorbani|قربانی",
        "towns": "Tehran|تهران, Isfahan|اصفهان, Shiraz|شیراز, Mashhad|مشهد, Tabriz|تبریز, Rasht|رشت, Karaj|کرج",
        "streets": "Valiasr Street, Shariati Street, Enghelab Street, Azadi Street, Mirdamad Boulevard, Chaharbagh Street, Zand Boulevard",
        "areas": "Saadat Abad, Niavaran, Tajrish, Yousef Abad, Pasdaran, Jolfa, Elahieh",
        "n_streets": "خیابان ولیعصر, خیابان شریعتی, خیابان انقلاب, خیابان آزادی, بلوار میرداماد, خیابان چهارباغ",
        "n_areas": "سعادت‌آباد, نیاوران, تجریش, یوسف‌آباد, پاسداران, جلفا",
        "pc": "1#########",
        "addr": [
            "No. {n}, Alley {n2}, {street}, {area}, {town}",
            "Unit {u}, No. {n}, {street}, {town} {pc}",
        ],
        "n_addr": [
            "^fa{town}، {street}، کوچه {n2}، پلاک {n}، واحد {u}",
            "^fa{town}، {area}، {street}، پلاک {n}",
        ],
        "phone": ["+98 912 ### ####", "0912#######", "+98 935 ### ####", "^fa0912 ### ####"],
        "dom": "gmail.com, yahoo.com, chmail.ir, outlook.com",
        "pp": ["@########"],
        "dl": ["##########"],
        "df": ["fa", "fa_lat", "iso", "dmy/"],
        "lt_m": "آقای",
        "lt_f": "خانم",
    },
    "IL": {
        "country": "Israel",
        "iso3": "ISR",
        "m": "Noam|נועם, Itai|איתי, Yosef|יוסף, David|דוד, Ariel|אריאל, Omer|עומר, Eitan|איתן, Avi|אבי, Yonatan|יונתן",
        "f": "Noa|נועה, Tamar|תמר, Shira|שירה, Maya|מאיה, Yael|יעל, Michal|מיכל, Adi|עדי, Hila|הילה, Liat|ליאת",
        "s": "Cohen|כהן, Levi|לוי, Mizrahi|מזרחי, Peretz|פרץ, Biton|ביטון, Friedman|פרידמן, Avraham|אברהם, Katz|כץ, Shapiro|שפירא, Ben-David|בן דוד, Azoulay|אזולאי, Goldstein|גולדשטיין",
        "towns": "Tel Aviv|תל אביב, Jerusalem|ירושלים, Haifa|חיפה, Be'er Sheva|באר שבע, Ra'anana|רעננה, Netanya|נתניה",
        "streets": "Rothschild Blvd, Herzl St, Ben Yehuda St, Dizengoff St, Jabotinsky St, Emek Refaim St, HaNassi Blvd, Weizmann St",
        "n_streets": "רחוב הרצל, שדרות רוטשילד, רחוב בן יהודה, רחוב דיזנגוף, רחוב ז'בוטינסקי, רחוב ויצמן",
        "pc": "#######",
        "addr": ["{street} {n}, Apt {u}, {town} {pc}", "{street} {n}, {town}"],
        "n_addr": ["{street} {n}, דירה {u}, {town}", "{street} {n}, {town} {pc}"],
        "phone": ["+972-5#-###-####", "05#-###-####", "+972 5# ### ####"],
        "dom": "gmail.com, walla.co.il, bezeqint.net, outlook.com",
        "pp": ["########"],
        "dl": ["#######"],
        "iban": "IL",
        "df": ["dmy.", "dmy/", "long_en"],
        "lt_m": "מר",
        "lt_f": "גב'",
    },
    "SA": {
        "country": "Saudi Arabia",
        "iso3": "SAU",
        "m": "Abdullah|عبدالله, Khalid|خالد, Faisal|فيصل, Saud|سعود, Turki|تركي, Nawaf|نواف, Fahad|فهد, Sultan|سلطان, Majed|ماجد, Bandar|بندر",
        "f": "Noura|نورة, Reem|ريم, Lama|لمى, Haifa|هيفاء, Ghada|غادة, Sarah|سارة, Lulwa|لولوة, Abeer|عبير, Hessa|حصة, Shahad|شهد",
        "s": "Al-Qahtani|القحطاني, Al-Otaibi|العتيبي, Al-Ghamdi|الغامدي, Al-Harbi|الحربي, Al-Zahrani|الزهراني, Al-Shammari|الشمري, Al-Dosari|الدوسري, Al-Mutairi|المطيري, Al-Subaie|السبيعي, Al-Anazi|العنزي",
        "pat_style": "bin",
        "towns": "Riyadh|الرياض, Jeddah|جدة, Dammam|الدمام, Khobar|الخبر, Abha|أبها, Medina|المدينة المنورة",
        "streets": "King Fahd Road, Prince Sultan Street, Tahlia Street, Olaya Street, King Abdullah Road, Prince Turki Street",
        "areas": "Al Olaya, Al Malqa, Al Rawdah, Al Nahda, Al Hamra, Al Shati, Al Yasmin",
        "n_streets": "طريق الملك فهد, شارع التحلية, شارع العليا, طريق الملك عبدالله",
        "n_areas": "العليا, الملقا, الروضة, النهضة, الحمراء, الياسمين",
        "pc": "#####",
        "addr": [
            "{n} {street}, {area} Dist., {town} {pc}",
            "Building {n}, {street}, {area}, {town} {pc}",
        ],
        "n_addr": ["{n} {street}، حي {area}، {town} {pc}"],
        "phone": ["+966 5# ### ####", "05########", "+966 11 ### ####"],
        "dom": "gmail.com, hotmail.com, outlook.sa, yahoo.com",
        "pp": ["@#######"],
        "dl": ["##########"],
        "iban": "SA",
        "df": ["dmy/", "iso", "long_en"],
        "lt_m": "السيد, الأستاذ, المهندس",
        "lt_f": "السيدة, الأستاذة",
    },
    "PK": {
        "country": "Pakistan",
        "iso3": "PAK",
        "m": "Ahmed|احمد, Bilal|بلال, Usman|عثمان, Hamza|حمزہ, Imran|عمران, Faisal|فیصل, Asad|اسد, Zain|زین, Waqas|وقاص, Danish|دانش",
        "f": "Ayesha|عائشہ, Fatima|فاطمہ, Sana|ثناء, Hira|حرا, Mahnoor|ماہ نور, Iqra|اقرا, Zara|زارا, Amna|آمنہ, Rabia|رابعہ, Sidra|سدرہ",
        "s": "Khan|خان, Malik|ملک, Qureshi|قریشی, Chaudhry|چوہدری, Butt|بٹ, Sheikh|شیخ, Siddiqui|صدیقی, Raza|رضا, Mirza|مرزا, Hussain|حسین, Awan|اعوان, Baig|بیگ",
        "towns": "Lahore|لاہور, Karachi|کراچی, Islamabad|اسلام آباد, Rawalpindi|راولپنڈی, Faisalabad|فیصل آباد, Peshawar|پشاور, Multan|ملتان",
        "streets": "Street 5, Street 12, Main Boulevard, Jail Road, Shahrah-e-Faisal, Mall Road, Khayaban-e-Ittehad, Allama Iqbal Road",
        "areas": "F-7/2, G-9/4, DHA Phase 6, Gulberg III, Model Town, Bahria Town, Clifton Block 5, Johar Town",
        "pc": "#####",
        "addr": [
            "House {n}, {street}, {area}, {town}",
            "Flat {u}, Block {L}, {area}, {town}",
            "House No. {n}, {street}, {area}, {town} {pc}",
        ],
        "phone": ["+92 3## #######", "03##-#######", "+92 300 #######", "03## #######"],
        "dom": "gmail.com, yahoo.com, hotmail.com, outlook.com",
        "pp": ["@@#######"],
        "dl": ["LHR-######", "##-####-######"],
        "iban": "PK",
        "df": ["dmy/", "dmy-", "long_en"],
        "lt_m": "Mr, Janab, Haji",
        "lt_f": "Mrs, Mohtarma",
    },
    "IN": {
        "country": "India",
        "iso3": "IND",
        "m": "Rahul|राहुल, Arjun|अर्जुन, Vikram|विक्रम, Amit|अमित, Rohan|रोहन, Suresh|सुरेश, Karthik, Venkatesh, Aditya|आदित्य, Harpreet, Sanjay|संजय, Sunny, Anand|आनंद",
        "f": "Priya|प्रिया, Ananya|अनन्या, Kavya, Deepika|दीपिका, Sneha|स्नेहा, Lakshmi, Pooja|पूजा, Meera|मीरा, Harleen, Divya|दिव्या, Aishwarya, Sunita|सुनीता, Kiran|किरण",
        "s": "Sharma|शर्मा, Patel|पटेल, Iyer, Reddy, Nair, Singh|सिंह, Gupta|गुप्ता, Kumar|कुमार, Menon, Chatterjee, Banerjee, Joshi|जोशी, Deshpande, Verma|वर्मा, Agarwal|अग्रवाल, Pillai, Gill, Mukherjee, Mishra|मिश्रा",
        "towns": "Mumbai|मुंबई, Delhi|दिल्ली, Bengaluru, Chennai, Kolkata, Pune|पुणे, Jaipur|जयपुर, Lucknow|लखनऊ, Hyderabad, Kochi, Ahmedabad",
        "streets": "14th Cross Road, MG Road, Linking Road, Anna Salai, Park Street, FC Road, Nehru Place, Sardar Patel Marg, 80 Feet Road, Hill Road",
        "areas": "Indiranagar, Koramangala, Bandra West, Andheri East, Salt Lake, T. Nagar, Vasant Kunj, Kothrud, Malviya Nagar, Banjara Hills",
        "blds": "Shanti Apartments, Sai Krupa Residency, Lakshmi Niwas, Sunshine Towers, Gulmohar Heights, Prestige Lakeside, Om Sai Complex",
        "pc": "N#####",
        "addr": [
            "Flat {u3}, {bld}, {street}, {area}, {town} {pc}",
            "{n}, {street}, {area}, {town} - {pc}",
            "House No. {n}, Sector {n2}, {town} {pc}",
        ],
        "phone": [
            "+91 9#### #####",
            "+91-98###-#####",
            "9#########",
            "+91 7#### #####",
            "09#########",
        ],
        "dom": "gmail.com, yahoo.co.in, rediffmail.com, outlook.com, hotmail.com",
        "pp": ["@#######"],
        "dl": ["MH## 20#########", "KA## 20#########", "DL-##20#########", "TN## 20#########"],
        "df": ["dmy/", "dmy-", "long_en"],
        "lt_m": "Shri, Mr",
        "lt_f": "Smt., Mrs, Ms",
    },
    "NP": {
        "country": "Nepal",
        "iso3": "NPL",
        "m": "Bikash|विकास, Sujan|सुजन, Prakash|प्रकाश, Ramesh|रमेश, Anil|अनिल, Dipendra|दिपेन्द्र, Sagar|सागर, Pemba, Nabin|नबिन",
        "f": "Sita|सीता, Sunita|सुनिता, Anjali|अञ्जली, Pramila|प्रमिला, Sabina|सबिना, Gita|गीता, Binita|बिनिता, Dolma, Kabita|कबिता",
        "s": "Shrestha|श्रेष्ठ, Gurung|गुरुङ, Tamang|तामाङ, Thapa|थापा, Karki|कार्की, Adhikari|अधिकारी, Rai|राई, Maharjan|महर्जन, Sherpa, Bhattarai|भट्टराई, Poudel|पौडेल, Magar|मगर",
        "towns": "Kathmandu|काठमाडौं, Pokhara|पोखरा, Lalitpur|ललितपुर, Bhaktapur|भक्तपुर, Chitwan|चितवन, Biratnagar|विराटनगर",
        "streets": "Jhamsikhel Marg, Lazimpat Road, Durbar Marg, Lakeside Road, Baluwatar Marg, Thamel Marg",
        "areas": "Jhamsikhel, Lazimpat, Baneshwor, Thamel, Baluwatar, Lakeside, Kupondole",
        "pc": "44###",
        "addr": [
            "House {n}, {street}, {area}, {town} {pc}",
            "Ward No. {n2}, House {n}, {area}, {town}",
        ],
        "phone": ["+977 98########", "98########", "+977-1-#######"],
        "dom": "gmail.com, yahoo.com, outlook.com, wlink.com.np",
        "pp": ["PA#######", "########"],
        "dl": ["##-##-########"],
        "df": ["iso", "dmy/", "long_en"],
        "lt_m": "Shri, Mr",
        "lt_f": "Shrimati, Mrs",
    },
    "BD": {
        "country": "Bangladesh",
        "iso3": "BGD",
        "m": "Rahim|রহিম, Tanvir|তানভীর, Arif|আরিফ, Sakib|সাকিব, Imran|ইমরান, Mahmud|মাহমুদ, Shuvo|শুভ, Rafiq|রফিক, Nayeem|নাঈম",
        "f": "Nusrat|নুসরাত, Farzana|ফারজানা, Sumaiya|সুমাইয়া, Tania|তানিয়া, Rupa|রূপা, Jannatul|জান্নাতুল, Mim|মীম, Shirin|শিরিন, Tahmina|তাহমিনা",
        "s": "Hossain|হোসেন, Rahman|রহমান, Islam|ইসলাম, Ahmed|আহমেদ, Chowdhury|চৌধুরী, Akter|আক্তার, Uddin|উদ্দিন, Sarkar|সরকার, Talukder|তালুকদার, Das|দাস, Mia|মিয়া",
        "towns": "Dhaka|ঢাকা, Chattogram|চট্টগ্রাম, Sylhet|সিলেট, Khulna|খুলনা, Rajshahi|রাজশাহী, Cox's Bazar|কক্সবাজার",
        "streets": "Road 11, Road 27, Satmasjid Road, Gulshan Avenue, Kemal Ataturk Avenue, Mirpur Road, Zindabazar Road",
        "areas": "Dhanmondi, Gulshan 2, Banani, Uttara Sector 7, Mohammadpur, Bashundhara R/A, Mirpur 10",
        "pc": "1###",
        "addr": [
            "House {n}, {street}, {area}, {town} {pc}",
            "Flat {u}{L}, House {n}, {street}, {area}, {town}",
        ],
        "phone": ["+880 1### ######", "01#########", "+880 17########"],
        "dom": "gmail.com, yahoo.com, outlook.com, hotmail.com",
        "pp": ["@@#######"],
        "dl": ["DK#######@####"],
        "df": ["dmy/", "dmy-", "long_en"],
        "lt_m": "Mr, Janab",
        "lt_f": "Mrs, Begum",
    },
    "LK": {
        "country": "Sri Lanka",
        "iso3": "LKA",
        "m": "Nimal|නිමල්, Kasun|කසුන්, Chaminda|චමින්ද, Ruwan|රුවන්, Tharindu|තරිඳු, Dinesh, Suresh, Mahesh|මහේෂ්, Lahiru|ලහිරු",
        "f": "Nadeesha|නදීෂා, Dilini|දිලිනි, Sanduni|සඳුනි, Chathurika|චතුරිකා, Kavitha, Tharushi|තරුෂි, Ishara|ඉෂාරා, Nilmini|නිල්මිණි",
        "s": "Perera|පෙරේරා, Fernando|ප්‍රනාන්දු, Silva|සිල්වා, Jayasuriya|ජයසූරිය, Wickramasinghe|වික්‍රමසිංහ, Bandara|බණ්ඩාර, Gunawardena|ගුණවර්ධන, Sivakumar, Dissanayake|දිසානායක, Rathnayake|රත්නායක",
        "towns": "Colombo|කොළඹ, Kandy|මහනුවර, Galle|ගාල්ල, Jaffna, Negombo|මීගමුව, Nuwara Eliya, Matara|මාතර",
        "streets": "Galle Road, Duplication Road, Havelock Road, Peradeniya Road, Kandy Road, Station Road, Temple Road",
        "areas": "Colombo 03, Wellawatte, Dehiwala, Nugegoda, Rajagiriya, Battaramulla, Kotte",
        "pc": "#####",
        "addr": [
            "{n}/{n2}, {street}, {area}",
            "No. {n}, {street}, {area}, {town}",
            "{n} {street}, {town} {pc}",
        ],
        "phone": ["+94 77 ### ####", "077 ### ####", "071-#######", "+94 11 ### ####"],
        "dom": "gmail.com, yahoo.com, sltnet.lk, outlook.com",
        "pp": ["N#######", "@#######"],
        "dl": ["B#######"],
        "df": ["dmy/", "iso", "long_en"],
    },
    "ID": {
        "country": "Indonesia",
        "iso3": "IDN",
        "m": "Budi, Agus, Andi, Rizky, Dimas, Bayu, Eko, Wahyu, Sutrisno, I Made, I Ketut, Joko, Fajar, Hendra",
        "f": "Siti, Dewi, Putri, Ayu, Rina, Wulan, Fitri, Indah, Sri, Kartika, Nur, Intan, Ni Luh, Rahmawati",
        "s": "Santoso, Wijaya, Pratama, Saputra, Hidayat, Kusuma, Nugroho, Setiawan, Siregar, Simanjuntak, Hutapea, Gunawan, Halim, Wibowo, Lestari, Susanti, Sudarsana, Wirawan",
        "mono_p": 0.15,
        "towns": "Jakarta, Surabaya, Bandung, Yogyakarta, Denpasar, Medan, Makassar, Semarang, Malang",
        "streets": "Jl. Sudirman, Jl. Gatot Subroto, Jl. Diponegoro, Jl. Kaliurang, Jl. Raya Ubud, Jl. Sunset Road, Jl. Dago, Jl. Pemuda, Jl. Kemang Raya",
        "areas": "Kebayoran Baru, Menteng, Setiabudi, Sleman, Ubud, Kuta, Coblong, Tegalsari",
        "pc": "#####",
        "addr": [
            "{street} No. {n}, RT 0{n1}/RW 0{n1}, {area}, {town} {pc}",
            "{street} No. {n}, {area}, {town}",
            "Perumahan Griya Asri Blok {L}{n1} No. {n2}, {town} {pc}",
        ],
        "phone": ["+62 812-####-####", "0812 #### ####", "0857########", "+62 21 ### ####"],
        "dom": "gmail.com, yahoo.co.id, ymail.com, outlook.com",
        "pp": ["@#######", "X#######"],
        "dl": ["############"],
        "df": ["dmy/", "long_id", "dmy-"],
        "lt_m": "Bapak, Pak",
        "lt_f": "Ibu, Bu",
    },
    "MY": {
        "country": "Malaysia",
        "iso3": "MYS",
        "m": "Ahmad Faiz, Muhammad Hafiz, Amirul Hakim, Syafiq, Khairul Anuar, Mohd Azlan, Haziq, Aiman, Faris",
        "f": "Nurul Aina, Siti Aisyah, Nur Izzati, Farah Hanim, Aishah, Syazwani, Nabilah, Hani, Aina Sofea",
        "s": "Abdullah, Ismail, Rahman, Hassan, Yusof, Osman, Ibrahim, Kamaruddin, Zainal, Razak, Hamid, Salleh",
        "pat_style": "bin_ms",
        "towns": "Kuala Lumpur, Petaling Jaya, Shah Alam, Johor Bahru, George Town, Kota Kinabalu, Kuching, Ipoh",
        "streets": "Jalan SS 2/24, Jalan Ampang, Jalan Tun Razak, Jalan Bukit Bintang, Jalan Burma, Jalan Gasing, Lorong Maarof, Jalan Kebun Teh",
        "areas": "Bangsar, Damansara Heights, SS2, Taman Tun Dr Ismail, Cheras, Bukit Jelutong, Tanjung Bungah",
        "pc": "#####",
        "addr": [
            "No. {n}, {street}, {area}, {pc} {town}",
            "{u}-{n2}-{n1}, {area}, {pc} {town}",
            "Lot {n}, {street}, {pc} {town}",
        ],
        "phone": ["+60 12-### ####", "012-### ####", "011-#### ####", "+60 3-#### ####"],
        "dom": "gmail.com, yahoo.com, hotmail.my, outlook.com",
        "pp": ["@########"],
        "dl": ["#######@####"],
        "df": ["dmy/", "long_ms", "dmy-"],
        "lt_m": "Encik, En.",
        "lt_f": "Puan, Cik",
    },
    "SG": {
        "country": "Singapore",
        "iso3": "SGP",
        "m": "Wei Jie, Jun Hao, Kai Xiang, Zhi Hao, Jian Ming, Yong Sheng, Guo Liang",
        "f": "Hui Min, Xin Yi, Jia Hui, Li Ting, Shu Fen, Pei Shan, Mei Ling",
        "s": "Tan, Lim, Lee, Ng, Ong, Wong, Goh, Chua, Teo, Koh, Chan, Yeo, Sim, Low",
        "order": "sg",
        "eng_m": "Marcus, Darren, Ryan, Benjamin, Jonathan, Eugene, Gabriel",
        "eng_f": "Jasmine, Cheryl, Rachel, Vanessa, Sharon, Michelle, Felicia",
        "eng_p": 0.5,
        "towns": "Singapore",
        "streets": "Ang Mo Kio Avenue 3, Tampines Street 21, Jurong West Street 52, Bukit Timah Road, Toa Payoh Lorong 1, Bedok North Avenue 1, Holland Drive",
        "pc": "######",
        "addr": [
            "Blk {n} {street}, #{f2}-{u3}, Singapore {pc}",
            "{n} {street}, #{f2}-{u3}, Singapore {pc}",
        ],
        "phone": ["+65 9### ####", "+65 8### ####", "9### ####", "6### ####"],
        "dom": "gmail.com, singnet.com.sg, hotmail.com, outlook.com, yahoo.com.sg",
        "pp": ["@#######@"],
        "dl": ["@#######@"],
        "df": ["dmy/", "long_en"],
    },
    "PH": {
        "country": "Philippines",
        "iso3": "PHL",
        "m": "Jose, Juan Carlos, Mark Anthony, Jericho, Rommel, Paolo, Christian, Renato, Joel, Jun, Ramil, Jayson",
        "f": "Maria Cristina, Ma. Teresa, Jessa, Princess, Angelica, Joy, Kristine, Rowena, Marites, Lovely, Cherry, Mary Grace",
        "s": "dela Cruz, Santos, Reyes, Garcia, Bautista, Mendoza, Villanueva, Ramos, Castillo, de Guzman, Manalo, Pascual, Macaraeg, Dimaculangan, Soriano, Tolentino, Lacson, Evangelista",
        "mid_from_s": 0.6,
        "nickpool": "Jun-jun, Bong, Toto, Inday, Neneng, Bebeng, Jojo, Dodong, Ging, Tintin, Bambi, Pepe",
        "towns": "Quezon City, Makati, Cebu City, Davao City, Pasig, Iloilo City, Baguio, Taguig",
        "streets": "Mabini St., Rizal Ave., Bonifacio St., Aguinaldo Highway, Kalayaan Ave., Katipunan Ave., Osmeña Blvd., J.P. Laurel Ave., Del Pilar St.",
        "areas": "Brgy. San Antonio, Brgy. Poblacion, Brgy. Lahug, Brgy. Kapitolyo, Brgy. Loyola Heights, Brgy. Bel-Air",
        "pc": "####",
        "addr": [
            "{n} {street}, {area}, {town}",
            "Unit {u}, {n} {street}, {area}, {town} {pc}",
            "Blk {n2} Lot {n2}, Phase {n1}, {area}, {town}",
        ],
        "phone": ["+63 917 ### ####", "0917 ### ####", "09#########", "+63 2 8### ####"],
        "dom": "gmail.com, yahoo.com, yahoo.com.ph, outlook.com",
        "pp": ["P#######@"],
        "dl": ["N##-##-######"],
        "df": ["mdy/", "long_us", "iso"],
        "lt_m": "Mr., Kuya, Tito, Mang",
        "lt_f": "Ms., Ate, Tita, Aling",
    },
    "VN": {
        "country": "Vietnam",
        "iso3": "VNM",
        "m": "Văn An, Minh Tuấn, Quốc Huy, Đức Anh, Hoàng Nam, Thành Long, Văn Hùng, Gia Bảo, Hữu Phước, Quang Vinh",
        "f": "Thị Lan, Thu Trang, Ngọc Anh, Thị Hương, Phương Linh, Thanh Hà, Minh Châu, Bảo Ngọc, Thị Mai, Khánh Linh",
        "s": "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương",
        "order": "sg",
        "call_last": True,
        "towns": "Hà Nội, TP. Hồ Chí Minh, Đà Nẵng, Hải Phòng, Huế, Cần Thơ, Nha Trang",
        "streets": "Nguyễn Huệ, Lê Lợi, Trần Hưng Đạo, Hai Bà Trưng, Điện Biên Phủ, Pasteur, Lý Thường Kiệt, Võ Văn Tần",
        "areas": "Quận 1, Quận 3, Quận Bình Thạnh, Quận Hoàn Kiếm, Quận Ba Đình, Quận Hải Châu, Quận Cầu Giấy",
        "addr": [
            "{n} {street}, Phường {n2}, {area}, {town}",
            "Số {n} {street}, {area}, {town}",
            "{n}/{n2} {street}, {area}, {town}",
        ],
        "phone": ["+84 9# ### ## ##", "09## ### ###", "+84 3# ### ####", "08########"],
        "dom": "gmail.com, yahoo.com.vn, outlook.com, fpt.vn",
        "pp": ["@#######"],
        "dl": ["############"],
        "df": ["dmy/", "long_vi"],
        "lt_m": "Ông, anh",
        "lt_f": "Bà, chị",
    },
    "TH": {
        "country": "Thailand",
        "iso3": "THA",
        "m": "Somchai|สมชาย, Krit|กฤษ, Anan|อนันต์, Nattapong|ณัฐพงศ์, Prasert|ประเสริฐ, Thanawat|ธนวัฒน์, Wichai|วิชัย, Pongsakorn|พงศกร",
        "f": "Siriporn|ศิริพร, Kanokwan|กนกวรรณ, Pimchanok|พิมพ์ชนก, Wanida|วนิดา, Supaporn|สุภาพร, Ratana|รัตนา, Malee|มาลี, Arunee|อรุณี",
        "s": "Jaidee|ใจดี, Saetang|แซ่ตั้ง, Srisuk|ศรีสุข, Wongsawat|วงศ์สวัสดิ์, Chaiyaporn|ชัยพร, Rattanakorn|รัตนากร, Boonmee|บุญมี, Thongchai|ธงชัย, Suksawat|สุขสวัสดิ์, Kongkaew|คงแก้ว",
        "nickpool": "Nok|นก, Ploy|พลอย, Fah|ฟ้า, Pim|พิม, Mint|มิ้นท์, Beam|บีม, Bank|แบงค์, Golf|กอล์ฟ, Ice|ไอซ์, Toon|ตูน, Pond|ปอนด์, Film|ฟิล์ม, Boss|บอส, Nan|แนน",
        "towns": "Bangkok|กรุงเทพฯ, Chiang Mai|เชียงใหม่, Phuket|ภูเก็ต, Khon Kaen|ขอนแก่น, Hat Yai|หาดใหญ่, Pattaya|พัทยา",
        "streets": "Sukhumvit Soi 31, Ratchadaphisek Road, Nimmanhaemin Soi 9, Charoen Krung Road, Phahonyothin Road, Silom Soi 4",
        "areas": "Khlong Toei Nuea, Watthana, Suthep, Bang Rak, Chatuchak, Huai Khwang",
        "pc": "#####",
        "addr": ["{n}/{n2} {street}, {area}, {town} {pc}", "{n} Moo {n1}, {area}, {town} {pc}"],
        "phone": ["+66 8# ### ####", "08#-###-####", "+66 9# ### ####", "06#-###-####"],
        "dom": "gmail.com, hotmail.com, yahoo.co.th, outlook.co.th",
        "pp": ["@@#######"],
        "dl": ["########"],
        "df": ["dmy/", "th", "long_en"],
        "lt_m": "Khun",
        "lt_f": "Khun",
    },
    "CN": {
        "country": "China",
        "iso3": "CHN",
        "m": "Wei|伟, Qiang|强, Lei|磊, Jun|军, Yang|洋, Yong|勇, Jie|杰, Tao|涛, Hao|浩, Zhiwei|志伟, Jianguo|建国, Haoran|浩然, Yuxuan|宇轩",
        "f": "Fang|芳, Na|娜, Min|敏, Jing|静, Li|丽, Xiuying|秀英, Yan|艳, Xin|欣, Mengyao|梦瑶, Yuting|雨婷, Xiaomei|晓梅, Shuang|爽",
        "s": "Wang|王, Li|李, Zhang|张, Liu|刘, Chen|陈, Yang|杨, Huang|黄, Zhao|赵, Wu|吴, Zhou|周, Xu|徐, Sun|孙, Ma|马, Zhu|朱, Hu|胡, Guo|郭, Lin|林, He|何, Gao|高, Luo|罗, Ouyang|欧阳, Situ|司徒",
        "order": "sg",
        "nsep": "",
        "eng_m": "Kevin, Jason, Leo, Jack, Tony, Eric, Frank, Allen",
        "eng_f": "Vivian, Cathy, Coco, Lily, Cindy, Grace, Iris, Angela",
        "eng_p": 0.2,
        "cn_nick": True,
        "towns": "Beijing|北京, Shanghai|上海, Guangzhou|广州, Shenzhen|深圳, Chengdu|成都, Hangzhou|杭州, Wuhan|武汉, Xi'an|西安, Chongqing|重庆",
        "streets": "Caoxi North Road, Jianguo Road, Tianhe Road, Renmin South Road, Wensan Road, Zhongshan Road, Nanjing West Road",
        "areas": "Xuhui District, Chaoyang District, Tianhe District, Wuhou District, Xihu District, Nanshan District, Jing'an District",
        "n_streets": "漕溪北路, 建国路, 天河路, 人民南路, 文三路, 中山路, 南京西路",
        "n_areas": "徐汇区, 朝阳区, 天河区, 武侯区, 西湖区, 南山区, 静安区",
        "pc": "######",
        "addr": [
            "Room {u3}, Building {n2}, No. {n} {street}, {area}, {town} {pc}",
            "No. {n} {street}, {area}, {town}",
        ],
        "n_addr": [
            "{town}市{area}{street}{n}号{n2}栋{u3}室",
            "{town}{area}{street}{n}号{n2}单元{u3}",
        ],
        "phone": [
            "+86 13# #### ####",
            "13#########",
            "+86 186-####-####",
            "15#########",
            "+86 10 ########",
        ],
        "dom": "qq.com, 163.com, 126.com, sina.com, foxmail.com, gmail.com",
        "pp": ["E########", "EJ#######", "G########"],
        "df": ["cjk", "iso", "ymd/", "ymd."],
        "lt_m": "先生",
        "lt_f": "女士",
    },
    "TW": {
        "country": "Taiwan",
        "iso3": "TWN",
        "m": "Chih-hao|志豪, Chia-hao|家豪, Chun-chieh|俊傑, Kuan-yu|冠宇, Cheng-en|承恩, Po-wei|柏維, Wei-lun|偉倫, Yu-cheng|宇成",
        "f": "Mei-ling|美玲, Yu-ting|雨婷, Shu-fen|淑芬, Ya-ting|雅婷, Hsin-yi|欣怡, Yi-chun|怡君, Pei-shan|佩珊, Chia-yi|佳怡",
        "s": "Chen|陳, Lin|林, Huang|黃, Chang|張, Lee|李, Wang|王, Wu|吳, Liu|劉, Tsai|蔡, Yang|楊, Hsu|許, Cheng|鄭, Kuo|郭",
        "order": "sg",
        "nsep": "",
        "eng_m": "Jason, Kevin, Eric, Andy, Allen, Vincent",
        "eng_f": "Vivian, Joyce, Ivy, Peggy, Tina, Wendy",
        "eng_p": 0.3,
        "towns": "Taipei|台北, Kaohsiung|高雄, Taichung|台中, Tainan|台南, Hsinchu|新竹, Taoyuan|桃園",
        "streets": "Zhongxiao East Road Sec. 4, Xinyi Road Sec. 3, Roosevelt Road Sec. 3, Minsheng East Road Sec. 2, Zhonghua Road",
        "areas": "Da'an Dist., Xinyi Dist., Zhongshan Dist., Songshan Dist., Lingya Dist., West Dist.",
        "n_streets": "忠孝東路四段, 信義路三段, 羅斯福路三段, 民生東路二段, 中華路",
        "n_areas": "大安區, 信義區, 中山區, 松山區, 苓雅區, 西區",
        "pc": "###",
        "addr": [
            "No. {n}, {f}F, {street}, {area}, {town} {pc}",
            "{f}F.-{n1}, No. {n}, {street}, {area}, {town}",
        ],
        "n_addr": ["{town}市{area}{street}{n}號{f}樓", "{pc}{town}市{area}{street}{n2}巷{n}號"],
        "phone": ["+886 9##-###-###", "09##-###-###", "+886 2 ####-####", "09########"],
        "dom": "gmail.com, yahoo.com.tw, hotmail.com, msa.hinet.net",
        "pp": ["3########"],
        "dl": ["@#########"],
        "df": ["cjk", "ymd/", "iso"],
        "lt_m": "先生",
        "lt_f": "小姐",
    },
    "JP": {
        "country": "Japan",
        "iso3": "JPN",
        "m": "Hiroshi|博, Takumi|拓海, Haruto|陽翔, Ren|蓮, Kenji|健二, Daisuke|大輔, Shota|翔太, Yuto|悠斗, Kazuki|一輝, Sho|翔, Makoto|誠",
        "f": "Hanako|花子, Yui|結衣, Aoi|葵, Sakura|さくら, Misaki|美咲, Yuka|由佳, Haruka|遥, Mei|芽衣, Akiko|明子, Hikari|ひかり, Nanami|七海",
        "s": "Sato|佐藤, Suzuki|鈴木, Takahashi|高橋, Tanaka|田中, Watanabe|渡辺, Ito|伊藤, Yamamoto|山本, Nakamura|中村, Kobayashi|小林, Kato|加藤, Yoshida|吉田, Yamada|山田, Matsumoto|松本, Inoue|井上, Kimura|木村, Hayashi|林, Mori|森",
        "norder": "sg",
        "nsep": "either",
        "towns": "Tokyo|東京, Osaka|大阪, Kyoto|京都, Yokohama|横浜, Sapporo|札幌, Fukuoka|福岡, Nagoya|名古屋, Sendai|仙台",
        "streets": "Shibuya-ku, Setagaya-ku, Shinjuku-ku, Kita-ku, Chuo-ku, Naka-ku, Musashino-shi, Meguro-ku",
        "areas": "Jingumae, Kitazawa, Nishi-Shinjuku, Umeda, Tenjin, Sakae, Kichijoji, Nakameguro",
        "n_streets": "東京都渋谷区, 東京都世田谷区, 東京都新宿区, 大阪市北区, 福岡市中央区, 名古屋市中区, 武蔵野市, 東京都目黒区",
        "n_areas": "神宮前, 北沢, 西新宿, 梅田, 天神, 栄, 吉祥寺, 中目黒",
        "pc": "###-####",
        "addr": [
            "{n1}-{n2}-{n} {area}, {street}, {town} {pc}",
            "Room {u3}, {n1}-{n2}-{n} {area}, {street}, {town} {pc}",
        ],
        "n_addr": [
            "〒{pc} {street}{area}{n1}-{n2}-{n}",
            "{street}{area}{n1}丁目{n2}番{n}号 {bld}{u3}号室",
        ],
        "blds": "メゾン青葉, コーポ桜, グランドハイツ, サンシャイン中目黒, パークサイド",
        "phone": [
            "+81 90-####-####",
            "090-####-####",
            "080-####-####",
            "03-####-####",
            "070-####-####",
        ],
        "dom": "gmail.com, yahoo.co.jp, docomo.ne.jp, icloud.com, ezweb.ne.jp, outlook.jp",
        "pp": ["@@#######"],
        "dl": ["############"],
        "df": ["cjk", "ymd/", "jp_era", "iso"],
    },
    "KR": {
        "country": "South Korea",
        "iso3": "KOR",
        "m": "Min-jun|민준, Seo-jun|서준, Ji-hoon|지훈, Hyun-woo|현우, Do-yoon|도윤, Jae-won|재원, Sung-min|성민, Dong-hyun|동현, Tae-yang|태양",
        "f": "Ji-woo|지우, Seo-yeon|서연, Min-seo|민서, Ha-eun|하은, Soo-ah|수아, Ji-min|지민, Yu-na|유나, Eun-ji|은지, Hye-jin|혜진",
        "s": "Kim|김, Lee|이, Park|박, Choi|최, Jung|정, Kang|강, Cho|조, Yoon|윤, Jang|장, Lim|임, Han|한, Oh|오, Seo|서, Shin|신, Kwon|권, Hwang|황, Song|송, Ahn|안, Moon|문",
        "order": "sg",
        "nsep": "",
        "towns": "Seoul|서울, Busan|부산, Incheon|인천, Daegu|대구, Daejeon|대전, Gwangju|광주, Jeju|제주",
        "streets": "Teheran-ro, Gangnam-daero, Olympic-ro, Haeundae-ro, Sejong-daero, Dosan-daero, Yeonmujang-gil",
        "areas": "Gangnam-gu, Mapo-gu, Songpa-gu, Haeundae-gu, Seocho-gu, Seongdong-gu, Yeonsu-gu",
        "n_streets": "테헤란로, 강남대로, 올림픽로, 해운대로, 세종대로, 도산대로, 연무장길",
        "n_areas": "강남구, 마포구, 송파구, 해운대구, 서초구, 성동구, 연수구",
        "pc": "#####",
        "addr": [
            "{n} {street}, {area}, {town} {pc}",
            "{street} {n}, Apt {n2}{u2}, {area}, {town}",
            "#{u3}, {n} {street}, {area}, {town} {pc}",
        ],
        "n_addr": [
            "{town} {area} {street} {n}, {n2}동 {u3}호",
            "({pc}) {town} {area} {street} {n}",
        ],
        "phone": ["+82 10-####-####", "010-####-####", "010########", "+82 2-###-####"],
        "dom": "naver.com, daum.net, gmail.com, kakao.com, hanmail.net",
        "pp": ["M########", "M###@####"],
        "dl": ["##-##-######-##"],
        "df": ["ko", "ymd.k", "iso"],
    },
    "MN": {
        "country": "Mongolia",
        "iso3": "MNG",
        "m": "Batbayar|Батбаяр, Ganbold|Ганболд, Temuulen|Тэмүүлэн, Erdene|Эрдэнэ, Bat-Erdene|Бат-Эрдэнэ, Tömör|Төмөр, Munkh-Orgil|Мөнх-Оргил, Sükhbat|Сүхбат",
        "f": "Oyunchimeg|Оюунчимэг, Enkhjargal|Энхжаргал, Solongo|Солонго, Narantsetseg|Наранцэцэг, Anujin|Анужин, Bolormaa|Болормаа, Saraa|Сараа, Khulan|Хулан",
        "s": "Ganbold|Ганболд, Dorj|Дорж, Bat|Бат, Baatar|Баатар, Tsogt|Цогт, Naran|Наран, Ochir|Очир, Purev|Пүрэв, Gantulga|Гантулга, Enkhbayar|Энхбаяр",
        "norder": "sg",
        "init_sur": True,
        "towns": "Ulaanbaatar|Улаанбаатар, Erdenet|Эрдэнэт, Darkhan|Дархан, Khovd|Ховд, Mörön|Мөрөн",
        "streets": "Peace Avenue, Seoul Street, Chinggis Avenue, Olympic Street, Baga Toiruu",
        "areas": "Sükhbaatar district, Bayangol district, Khan-Uul district, Chingeltei district, Bayanzürkh district",
        "pc": "1####",
        "addr": [
            "Apartment {u}, Building {n}, {n2} khoroo, {area}, {town}",
            "{street} {n}, {area}, {town} {pc}",
        ],
        "phone": ["+976 99## ####", "+976 88######", "9911####", "8###-####"],
        "dom": "gmail.com, yahoo.com, mail.mn, outlook.com",
        "pp": ["E#######"],
        "dl": ["######"],
        "df": ["iso", "ymd.", "ymd/"],
    },
    "BR": {
        "country": "Brazil",
        "iso3": "BRA",
        "m": "João Pedro, Lucas, Gabriel, Rafael, Thiago, Matheus, Felipe, Bruno, Carlos Eduardo, Guilherme, Vitor",
        "f": "Ana Clara, Mariana, Juliana, Beatriz, Larissa, Fernanda, Camila, Letícia, Maria Eduarda, Luana, Vitória",
        "s": "da Silva, dos Santos, Oliveira, Souza, Pereira, Costa, Rodrigues, Almeida, Nascimento, Lima, Carvalho, Ferreira, Araújo, Gomes, Ribeiro, Barbosa",
        "double_p": 0.5,
        "nick": "João Pedro:JP, Guilherme:Gui, Fernanda:Nanda, Rafael:Rafa, Gabriel:Biel, Beatriz:Bia, Maria Eduarda:Duda, Letícia:Lelê, Carlos Eduardo:Cadu, Matheus:Teteu",
        "towns": "São Paulo, Rio de Janeiro, Belo Horizonte, Salvador, Recife, Porto Alegre, Curitiba, Fortaleza, Florianópolis",
        "streets": "Rua Augusta, Rua Oscar Freire, Av. Paulista, Rua Voluntários da Pátria, Rua Barão de Itapetininga, Av. Presidente Vargas, Rua Dr. Arnaldo, Rua Padre Chagas, Av. Sete de Setembro, Rua Visconde de Pirajá",
        "areas": "Consolação, Pinheiros, Botafogo, Savassi, Boa Viagem, Moinhos de Vento, Batel, Copacabana, Barra",
        "st": "SP, RJ, MG, BA, PE, RS, PR, CE, SC",
        "pc": "#####-###",
        "addr": [
            "{street}, {n}, apto {u}, {area}, {town} - {st}, {pc}",
            "{street}, {n} - {area}, {town}, CEP {pc}",
            "{street} {n}, casa {n1}, {area}, {town}",
        ],
        "phone": [
            "+55 11 9####-####",
            "(11) 9####-####",
            "(21) 9####-####",
            "+55 (31) 9####-####",
            "11 9########",
        ],
        "dom": "gmail.com, hotmail.com, uol.com.br, bol.com.br, terra.com.br, yahoo.com.br, outlook.com",
        "pp": ["@@######"],
        "dl": ["###########"],
        "iban": "BR",
        "df": ["dmy/", "long_pt"],
        "lt_m": "Sr., Dr.",
        "lt_f": "Sra., Dra., D.",
    },
    "MX": {
        "country": "Mexico",
        "iso3": "MEX",
        "m": "José Luis, Juan, Miguel Ángel, Alejandro, Jesús, Francisco, Diego, Luis Fernando, Santiago, Emiliano",
        "f": "María Guadalupe, Ximena, Sofía, Valeria, Fernanda, Guadalupe, Daniela, Itzel, Paola, Dolores, Luz",
        "s": "Hernández, García, Martínez, López, González, Rodríguez, Pérez, Sánchez, Ramírez, Cruz, Flores, Gómez, Morales, Vázquez, Jiménez, Ortiz, Mendoza, Castañeda",
        "double_p": 0.9,
        "nick": "Francisco:Paco/Pancho, José Luis:Pepe, Guadalupe:Lupita, María Guadalupe:Lupita, Jesús:Chuy, Dolores:Lola, Alejandro:Alex, Luis Fernando:Luisfer, Santiago:Santi, Miguel Ángel:Mike",
        "towns": "Ciudad de México, Guadalajara, Monterrey, Puebla, Oaxaca, Mérida, Querétaro, Tijuana",
        "streets": "Calle Durango, Av. Álvaro Obregón, Calle Colima, Av. Chapultepec, Calle Hidalgo, Av. Vallarta, Calle Morelos, Av. Benito Juárez, Calle Tonalá",
        "areas": "Col. Roma Norte, Col. Condesa, Col. Del Valle, Col. Americana, Col. Centro, Col. Juárez, Col. Narvarte",
        "pc": "#####",
        "addr": [
            "{street} {n}, {area}, C.P. {pc}, {town}",
            "{street} {n} int. {u}, {area}, {pc} {town}",
            "{street} #{n}, {area}, {town}",
        ],
        "phone": ["+52 55 #### ####", "55 #### ####", "+52 1 33 #### ####", "(81) #### ####"],
        "dom": "gmail.com, hotmail.com, outlook.com, yahoo.com.mx, prodigy.net.mx",
        "pp": ["G########", "N########"],
        "dl": ["@########"],
        "df": ["dmy/", "long_es"],
        "lt_m": "Sr., Lic., Ing., Don",
        "lt_f": "Sra., Lic., Srta., Doña",
    },
    "PE": {
        "country": "Peru",
        "iso3": "PER",
        "m": "Luis Alberto, Jorge, Renzo, Piero, César, Wilmer, Edwin, Kevin, Juan Carlos",
        "f": "Rosa, Milagros, Kiara, Fiorella, Luz, Yesenia, Sheyla, Maricielo, Flor",
        "s": "Quispe, Mamani, Huamán, Flores, Chávez, Rojas, Vargas, Condori, Ccori, Torres, Castillo, Ramos, Mendoza, Gutiérrez",
        "double_p": 0.9,
        "towns": "Lima, Arequipa, Cusco, Trujillo, Chiclayo, Piura, Huancayo",
        "streets": "Av. Larco, Jr. de la Unión, Av. José Pardo, Calle Schell, Av. Arequipa, Jr. Huallaga, Av. El Sol, Calle Plateros",
        "areas": "Miraflores, Barranco, San Isidro, Surco, Cercado de Lima, Wanchaq, Yanahuara",
        "pc": "#####",
        "addr": [
            "{street} {n}, dpto. {u}, {area}, {town}",
            "{street} {n}, {area}, {town}",
            "{street} {n} Of. {u}, {area}, {town} {pc}",
        ],
        "phone": ["+51 9## ### ###", "9## ### ###", "+51 1 ### ####"],
        "dom": "gmail.com, hotmail.com, outlook.com, yahoo.es",
        "pp": ["#########"],
        "dl": ["@########"],
        "df": ["dmy/", "long_es"],
        "lt_m": "Sr., Ing., Lic.",
        "lt_f": "Sra., Srta., Lic.",
    },
    "CL": {
        "country": "Chile",
        "iso3": "CHL",
        "m": "Matías, Benjamín, Vicente, Cristóbal, Felipe, Rodrigo, Sebastián, Ignacio, Nicolás",
        "f": "Constanza, Javiera, Catalina, Francisca, Fernanda, Antonia, Isidora, Josefa, Camila",
        "s": "González, Muñoz, Rojas, Díaz, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Araya, Fuentes, Valenzuela, Espinoza",
        "double_p": 0.9,
        "nick": "Francisca:Pancha, Ignacio:Nacho, Josefa:Jose, Cristóbal:Cris, Constanza:Coni, Catalina:Cata, Sebastián:Seba, Matías:Mati",
        "towns": "Santiago, Valparaíso, Viña del Mar, Concepción, La Serena, Temuco, Antofagasta, Puerto Montt",
        "streets": "Av. Providencia, Av. Apoquindo, Calle Merced, Av. Italia, Calle Almirante Montt, Av. Libertad, Calle Pío Nono, Av. Vicuña Mackenna",
        "areas": "Providencia, Las Condes, Ñuñoa, Santiago Centro, Cerro Alegre, Barrio Italia",
        "addr": ["{street} {n}, depto. {u}, {area}, {town}", "{street} {n}, {area}, {town}"],
        "phone": ["+56 9 #### ####", "9 #### ####", "+56 2 2### ####"],
        "dom": "gmail.com, hotmail.com, outlook.com, vtr.net, yahoo.es",
        "pp": ["@########"],
        "dl": ["#########"],
        "df": ["dmy-", "dmy/", "long_es"],
        "lt_m": "Sr., Don",
        "lt_f": "Sra., Doña",
    },
    "AR": {
        "country": "Argentina",
        "iso3": "ARG",
        "m": "Santiago, Facundo, Lautaro, Joaquín, Tomás, Agustín, Gonzalo, Martín, Federico",
        "f": "Sofía, Florencia, Agustina, Camila, Milagros, Lucía, Micaela, Valentina, Rocío",
        "s": "González, Rodríguez, Gómez, Fernández, López, Díaz, Martínez, Pérez, Romero, Sosa, Álvarez, Benítez, Ruiz, Acosta, Bianchi, Ferrari, Rossi, Kaplan",
        "nick": "Federico:Fede, Florencia:Flor, Agustina:Agus, Joaquín:Joaco, Micaela:Mica, Facundo:Facu, Valentina:Valen, Gonzalo:Gonza, Lautaro:Lauti",
        "towns": "Buenos Aires, Córdoba, Rosario, Mendoza, La Plata, Mar del Plata, Salta, Bariloche",
        "streets": "Av. Corrientes, Av. Santa Fe, Thames, Av. Rivadavia, Gurruchaga, Av. Cabildo, Humberto Primo, Av. San Martín, Sarmiento",
        "areas": "Palermo, Villa Crespo, Recoleta, Caballito, San Telmo, Belgrano, Nueva Córdoba, Almagro",
        "pc": "C####@@@",
        "addr": [
            "{street} {n}, piso {f} dto. {L}, {area}, {pc} {town}",
            "{street} {n} {f}° {L}, {town}",
            "{street} {n}, {area}, {town}",
        ],
        "phone": ["+54 9 11 ####-####", "11 15-####-####", "+54 9 351 ###-####", "011 ####-####"],
        "dom": "gmail.com, hotmail.com, yahoo.com.ar, outlook.com, fibertel.com.ar",
        "pp": ["AA@######"],
        "dl": ["########"],
        "df": ["dmy/", "long_es"],
        "lt_m": "Sr.",
        "lt_f": "Sra.",
    },
    "ES": {
        "country": "Spain",
        "iso3": "ESP",
        "m": "Javier, Pablo, Álvaro, Sergio, Jorge, Iñaki, Jordi, Xabier, Manuel, Francisco Javier, Alejandro, José",
        "f": "Lucía, María José, Carmen, Laura, Marta, Nerea, Ainhoa, Montserrat, Pilar, Rocío, Amparo, Inmaculada",
        "s": "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz, Díaz, Moreno, Álvarez, Romero, Navarro, Torres, Domínguez, Gil, Serrano, Blanco, Molina, Garrido, de la Fuente, del Río",
        "double_p": 1.0,
        "nick": "Francisco Javier:Javi, José:Pepe, Montserrat:Montse, Inmaculada:Inma, Manuel:Manolo, Pilar:Pili, Alejandro:Álex, Francisco:Paco, Xabier:Xabi",
        "towns": "Madrid, Barcelona, Valencia, Sevilla, Bilbao, Zaragoza, Málaga, Granada, Salamanca, Vigo",
        "streets": "Calle de Alcalá, Calle Mayor, Calle de Cervantes, Carrer de Balmes, Avenida de la Constitución, Gran Vía, Calle de Goya, Paseo de Colón, Calle San Vicente Mártir, Calle Gravina",
        "pc": "#####",
        "addr": [
            "{street}, {n}, {f}º {L}, {pc} {town}",
            "{street} {n}, {f}º{L}, {town}",
            "{street}, {n}, bajo, {pc} {town}",
        ],
        "phone": ["+34 6## ## ## ##", "6## ### ###", "+34 91 ### ## ##", "7## ## ## ##"],
        "dom": "gmail.com, hotmail.es, yahoo.es, outlook.es, telefonica.net",
        "pp": ["@@@######"],
        "dl": ["&dni"],
        "iban": "ES",
        "df": ["dmy/", "long_es", "dmy-"],
        "lt_m": "Sr., D.",
        "lt_f": "Sra., Dña.",
    },
    "PT": {
        "country": "Portugal",
        "iso3": "PRT",
        "m": "João, Tiago, Miguel, Rui, Duarte, Gonçalo, Francisco, Nuno, Pedro, Afonso",
        "f": "Inês, Beatriz, Mariana, Catarina, Joana, Leonor, Margarida, Rita, Sofia, Filipa",
        "s": "Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa, Fernandes, Gonçalves, Marques, Lopes, Alves, Carvalho, Teixeira",
        "double_p": 0.6,
        "towns": "Lisboa, Porto, Coimbra, Braga, Faro, Aveiro, Funchal, Setúbal",
        "streets": "Rua Augusta, Rua de Santa Catarina, Avenida da Liberdade, Rua Garrett, Rua Ferreira Borges, Avenida Almirante Reis, Rua Dom Manuel II, Rua do Almada",
        "pc": "####-###",
        "addr": [
            "{street}, n.º {n}, {f}.º Esq., {pc} {town}",
            "{street} {n}, {f}.º Dto., {pc} {town}",
            "{street}, {n}, {pc} {town}",
        ],
        "phone": ["+351 91# ### ###", "96# ### ###", "+351 21 ### ####", "93# ### ###"],
        "dom": "gmail.com, sapo.pt, hotmail.com, outlook.pt, iol.pt",
        "pp": ["@@######"],
        "dl": ["@-#######"],
        "iban": "PT",
        "df": ["dmy/", "long_pt", "dmy-"],
        "lt_m": "Sr., Eng., Dr.",
        "lt_f": "Sra., D., Dra.",
    },
    "PL": {
        "country": "Poland",
        "iso3": "POL",
        "m": "Piotr, Krzysztof, Tomasz, Paweł, Michał, Łukasz, Jakub, Marcin, Grzegorz, Wojciech",
        "f": "Anna, Katarzyna, Małgorzata, Agnieszka, Joanna, Magdalena, Zofia, Ewa, Aleksandra, Dorota",
        "s": "Kowalski/Kowalska, Nowak, Wiśniewski/Wiśniewska, Wójcik, Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, Woźniak, Dąbrowski/Dąbrowska, Kozłowski/Kozłowska, Mazur, Krawczyk, Grabowski/Grabowska, Pawlak, Wróbel",
        "nick": "Katarzyna:Kasia, Małgorzata:Gosia, Aleksandra:Ola, Wojciech:Wojtek, Jakub:Kuba, Magdalena:Madzia, Agnieszka:Aga, Grzegorz:Grzesiek, Dorota:Dorotka, Zofia:Zosia",
        "towns": "Warszawa, Kraków, Wrocław, Gdańsk, Poznań, Łódź, Lublin, Katowice",
        "streets": "Marszałkowska, Floriańska, Piotrkowska, Świętojańska, Długa, Adama Mickiewicza, Grunwaldzka, Kościuszki",
        "pc": "##-###",
        "addr": [
            "ul. {street} {n}/{u}, {pc} {town}",
            "ul. {street} {n} m. {u}, {pc} {town}",
            "al. {street} {n}, {pc} {town}",
        ],
        "phone": ["+48 5## ### ###", "6## ### ###", "+48 22 ### ## ##", "7## ### ###"],
        "dom": "gmail.com, wp.pl, onet.pl, o2.pl, interia.pl",
        "pp": ["@@#######"],
        "dl": ["#####/##/####"],
        "iban": "PL",
        "df": ["dmy.", "long_pl"],
        "lt_m": "Pan",
        "lt_f": "Pani",
    },
    "CZ": {
        "country": "Czechia",
        "iso3": "CZE",
        "m": "Jan, Petr, Jiří, Tomáš, Martin, Lukáš, Ondřej, Jakub, Vojtěch, Pavel",
        "f": "Tereza, Lucie, Kateřina, Eva, Jana, Veronika, Markéta, Barbora, Petra, Hana",
        "s": "Novák/Nováková, Svoboda/Svobodová, Novotný/Novotná, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, Němec/Němcová, Marek/Marková, Pokorný/Pokorná",
        "nick": "Kateřina:Káťa, Jiří:Jirka, Vojtěch:Vojta, Barbora:Bára, Ondřej:Ondra, Markéta:Markétka",
        "towns": "Praha, Brno, Ostrava, Plzeň, Olomouc, Liberec, České Budějovice",
        "streets": "Vinohradská, Masarykova, Karlova, Národní, Dukelských hrdinů, Palackého, Husova, Veveří",
        "pc": "### ##",
        "addr": ["{street} {n}/{n2}, {pc} {town}", "{street} {n}, {pc} {town} {n1}"],
        "phone": ["+420 6## ### ###", "7## ### ###", "+420 2## ### ###"],
        "dom": "seznam.cz, gmail.com, email.cz, centrum.cz, post.cz",
        "pp": ["########"],
        "dl": ["@@ ######"],
        "iban": "CZ",
        "df": ["dmy.", "long_cs"],
        "lt_m": "pan",
        "lt_f": "paní",
    },
    "HU": {
        "country": "Hungary",
        "iso3": "HUN",
        "m": "László, István, Zoltán, Gábor, Attila, Péter, Bence, Balázs, Tamás, Ádám",
        "f": "Eszter, Katalin, Anna, Zsófia, Réka, Boglárka, Erzsébet, Judit, Dóra, Nóra",
        "s": "Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp, Takács, Juhász, Lakatos",
        "order": "sg",
        "nick": "Erzsébet:Erzsi, Zsófia:Zsófi, Katalin:Kati, László:Laci, István:Pisti, Boglárka:Bogi, Gábor:Gabi",
        "towns": "Budapest, Debrecen, Szeged, Pécs, Győr, Miskolc, Eger",
        "streets": "Váci utca, Andrássy út, Király utca, Bartók Béla út, Rákóczi út, Petőfi Sándor utca, Kossuth Lajos utca, Dózsa György út",
        "pc": "####",
        "addr": [
            "{pc} {town}, {street} {n}. {f}/{n2}.",
            "{pc} {town}, {street} {n}.",
            "{town}, {street} {n}. {f}. em. {n2}., {pc}",
        ],
        "phone": ["+36 30 ### ####", "06 20 ### ####", "+36 1 ### ####", "+36 70 ### ####"],
        "dom": "gmail.com, freemail.hu, citromail.hu, t-online.hu, outlook.hu",
        "pp": ["@@#######"],
        "dl": ["@@######"],
        "iban": "HU",
        "df": ["ymd.", "long_hu"],
    },
    "RO": {
        "country": "Romania",
        "iso3": "ROU",
        "m": "Andrei, Mihai, Alexandru, Ionuț, Bogdan, Florin, Cristian, Vlad, Răzvan, Gheorghe",
        "f": "Ioana, Elena, Maria, Andreea, Cristina, Alexandra, Mihaela, Roxana, Bianca, Daniela",
        "s": "Popescu, Ionescu, Popa, Dumitru, Stoica, Constantin, Gheorghiu, Munteanu, Stan, Radu, Dinu, Lungu, Moldovan, Matei",
        "towns": "București, Cluj-Napoca, Iași, Timișoara, Brașov, Constanța, Sibiu, Oradea",
        "streets": "Calea Victoriei, Strada Lipscani, Bulevardul Unirii, Strada Memorandumului, Strada Republicii, Bulevardul Eroilor, Strada Avram Iancu, Strada Mihai Eminescu",
        "pc": "######",
        "addr": [
            "{street} nr. {n}, bl. {L}{n1}, sc. {n1}, ap. {u}, {town} {pc}",
            "{street} nr. {n}, ap. {u}, {pc} {town}",
            "{street} {n}, {town}",
        ],
        "phone": ["+40 7## ### ###", "07## ### ###", "+40 21 ### ####"],
        "dom": "gmail.com, yahoo.com, yahoo.ro, outlook.com",
        "pp": ["########"],
        "dl": ["#########"],
        "iban": "RO",
        "df": ["dmy.", "long_ro"],
        "lt_m": "dl.",
        "lt_f": "dna",
    },
    "UA": {
        "country": "Ukraine",
        "iso3": "UKR",
        "m": "Oleksandr|Олександр, Andrii|Андрій, Dmytro|Дмитро, Serhii|Сергій, Taras|Тарас, Bohdan|Богдан, Yurii|Юрій, Mykola|Микола, Vasyl|Василь",
        "f": "Olena|Олена, Oksana|Оксана, Iryna|Ірина, Nataliia|Наталія, Tetiana|Тетяна, Yuliia|Юлія, Kateryna|Катерина, Sofiia|Софія, Khrystyna|Христина",
        "s": "Shevchenko|Шевченко, Bondarenko|Бондаренко, Kovalenko|Коваленко, Tkachenko|Ткаченко, Kravchenko|Кравченко, Boiko|Бойко, Melnyk|Мельник, Oliinyk|Олійник, Koval|Коваль, Lysenko|Лисенко, Moroz|Мороз, Savchuk|Савчук, Polishchuk|Поліщук",
        "pat": "Oleksandrovych/Oleksandrivna|Олександрович/Олександрівна, Ivanovych/Ivanivna|Іванович/Іванівна, Petrovych/Petrivna|Петрович/Петрівна, Mykolaiovych/Mykolaivna|Миколайович/Миколаївна, Serhiiovych/Serhiivna|Сергійович/Сергіївна, Vasylovych/Vasylivna|Васильович/Василівна",
        "pat_style": "ru",
        "nick": "Oleksandr:Sasha|Саша, Kateryna:Katia|Катя, Dmytro:Dima|Діма, Oksana:Ksiusha|Ксюша, Tetiana:Tania|Таня, Yurii:Yura|Юра, Mykola:Kolia|Коля, Sofiia:Sonia|Соня",
        "towns": "Kyiv|Київ, Lviv|Львів, Odesa|Одеса, Kharkiv|Харків, Dnipro|Дніпро, Vinnytsia|Вінниця, Ivano-Frankivsk|Івано-Франківськ",
        "streets": "Khreshchatyk St., Shevchenka Blvd., Horodotska St., Deribasivska St., Sumska St., Franka St., Hrushevskoho St.",
        "n_streets": "вул. Хрещатик, бульв. Шевченка, вул. Городоцька, вул. Дерибасівська, вул. Сумська, вул. Франка, вул. Грушевського",
        "pc": "0####",
        "addr": ["{n} {street}, apt. {u}, {town} {pc}", "{street} {n}, apt {u}, {town}"],
        "n_addr": ["{street}, {n}, кв. {u}, {town}, {pc}", "{town}, {street}, буд. {n}, кв. {u}"],
        "phone": ["+380 6# ### ## ##", "+380 9# ### ####", "09# ### ## ##", "+380 (44) ###-##-##"],
        "dom": "ukr.net, gmail.com, i.ua, meta.ua, outlook.com",
        "pp": ["@@######"],
        "dl": ["@@@######"],
        "iban": "UA",
        "df": ["dmy.", "long_uk"],
        "lt_m": "пан",
        "lt_f": "пані",
    },
    "RU": {
        "country": "Russia",
        "iso3": "RUS",
        "m": "Aleksandr|Александр, Dmitry|Дмитрий, Sergey|Сергей, Andrey|Андрей, Aleksey|Алексей, Ivan|Иван, Mikhail|Михаил, Nikolay|Николай, Pavel|Павел, Artyom|Артём",
        "f": "Anna|Анна, Elena|Елена, Olga|Ольга, Natalia|Наталья, Tatiana|Татьяна, Ekaterina|Екатерина, Maria|Мария, Svetlana|Светлана, Irina|Ирина, Anastasia|Анастасия, Yulia|Юлия",
        "s": "Ivanov/Ivanova|Иванов/Иванова, Smirnov/Smirnova|Смирнов/Смирнова, Kuznetsov/Kuznetsova|Кузнецов/Кузнецова, Popov/Popova|Попов/Попова, Sokolov/Sokolova|Соколов/Соколова, Lebedev/Lebedeva|Лебедев/Лебедева, Kozlov/Kozlova|Козлов/Козлова, Novikov/Novikova|Новиков/Новикова, Morozov/Morozova|Морозов/Морозова, Volkov/Volkova|Волков/Волкова, Orlov/Orlova|Орлов/Орлова, Belyaev/Belyaeva|Беляев/Беляева",
        "pat": "Sergeyevich/Sergeyevna|Сергеевич/Сергеевна, Aleksandrovich/Aleksandrovna|Александрович/Александровна, Ivanovich/Ivanovna|Иванович/Ивановна, Vladimirovich/Vladimirovna|Владимирович/Владимировна, Nikolayevich/Nikolayevna|Николаевич/Николаевна, Mikhailovich/Mikhailovna|Михайлович/Михайловна, Petrovich/Petrovna|Петрович/Петровна, Andreyevich/Andreyevna|Андреевич/Андреевна",
        "pat_style": "ru",
        "nick": "Aleksandr:Sasha|Саша/Shura|Шура, Dmitry:Dima|Дима, Sergey:Seryozha|Серёжа, Ekaterina:Katya|Катя, Natalia:Natasha|Наташа, Tatiana:Tanya|Таня, Mikhail:Misha|Миша, Anastasia:Nastya|Настя, Yulia:Yulya|Юля, Ivan:Vanya|Ваня, Pavel:Pasha|Паша, Elena:Lena|Лена, Olga:Olya|Оля, Aleksey:Lyosha|Лёша, Svetlana:Sveta|Света, Irina:Ira|Ира, Maria:Masha|Маша, Nikolay:Kolya|Коля, Andrey:Andryusha|Андрюша",
        "towns": "Moscow|Москва, Saint Petersburg|Санкт-Петербург, Kazan|Казань, Novosibirsk|Новосибирск, Yekaterinburg|Екатеринбург, Nizhny Novgorod|Нижний Новгород, Sochi|Сочи",
        "streets": "Tverskaya St., Nevsky Prospekt, Leninsky Prospekt, Bauman St., Krasny Prospekt, Pushkinskaya St., Gagarina St.",
        "n_streets": "ул. Тверская, Невский проспект, Ленинский проспект, ул. Баумана, Красный проспект, ул. Пушкинская, ул. Гагарина",
        "pc": "######",
        "addr": ["{street} {n}, apt. {u}, {town} {pc}", "{n} {street}, flat {u}, {town}"],
        "n_addr": [
            "{street}, д. {n}, кв. {u}, {town}, {pc}",
            "{pc}, г. {town}, {street}, д. {n}, корп. {n1}, кв. {u}",
        ],
        "phone": ["+7 9## ###-##-##", "8 (9##) ###-##-##", "+7 (495) ###-##-##", "89#########"],
        "dom": "mail.ru, yandex.ru, gmail.com, rambler.ru, bk.ru, list.ru",
        "pp": ["## #######"],
        "dl": ["## ## ######"],
        "df": ["dmy.", "long_ru"],
        "lt_m": "г-н",
        "lt_f": "г-жа",
    },
    "GE": {
        "country": "Georgia",
        "iso3": "GEO",
        "m": "Giorgi|გიორგი, Davit|დავით, Levan|ლევან, Irakli|ირაკლი, Nikoloz|ნიკოლოზ, Luka|ლუკა, Zurab|ზურაბ, Lasha|ლაშა",
        "f": "Nino|ნინო, Mariam|მარიამ, Tamar|თამარ, Ana|ანა, Eka|ეკა, Salome|სალომე, Nana|ნანა, Ketevan|ქეთევან",
        "s": "Beridze|ბერიძე, Kapanadze|კაპანაძე, Gelashvili|გელაშვილი, Maisuradze|მაისურაძე, Lomidze|ლომიძე, Tsiklauri|წიკლაური, Japaridze|ჯაფარიძე, Abashidze|აბაშიძე, Chkheidze|ჩხეიძე, Mchedlishvili|მჭედლიშვილი",
        "nick": "Ketevan:Keti|ქეთი, Nikoloz:Nika|ნიკა, Giorgi:Gio|გიო/Gogi|გოგი, Tamar:Tako|თაკო, Davit:Dato|დათო",
        "towns": "Tbilisi|თბილისი, Batumi|ბათუმი, Kutaisi|ქუთაისი, Telavi|თელავი, Rustavi|რუსთავი",
        "streets": "Rustaveli Avenue, Chavchavadze Avenue, Aghmashenebeli Avenue, Kostava Street, Vazha-Pshavela Avenue, Gorgasali Street, Paliashvili Street",
        "n_streets": "რუსთაველის გამზირი, ჭავჭავაძის გამზირი, აღმაშენებლის გამზირი, კოსტავას ქუჩა, ვაჟა-ფშაველას გამზირი",
        "pc": "0###",
        "addr": ["{n} {street}, apt {u}, {town} {pc}", "{street} {n}, {town}"],
        "n_addr": ["{town}, {street} {n}, ბინა {u}"],
        "phone": ["+995 5## ## ## ##", "5## ## ## ##", "+995 32 2## ## ##"],
        "dom": "gmail.com, yahoo.com, mail.ru, outlook.com",
        "pp": ["##@@#####"],
        "dl": ["##########"],
        "iban": "GE",
        "df": ["dmy.", "dmy/", "long_en"],
        "lt_m": "ბატონი",
        "lt_f": "ქალბატონი",
    },
    "GR": {
        "country": "Greece",
        "iso3": "GRC",
        "m": "Giorgos|Γιώργος, Dimitris|Δημήτρης, Nikos|Νίκος, Kostas|Κώστας, Yannis|Γιάννης, Panagiotis|Παναγιώτης, Christos|Χρήστος, Vasilis|Βασίλης, Stavros|Σταύρος",
        "f": "Maria|Μαρία, Eleni|Ελένη, Katerina|Κατερίνα, Sofia|Σοφία, Dimitra|Δήμητρα, Georgia|Γεωργία, Vasiliki|Βασιλική, Angeliki|Αγγελική, Despina|Δέσποινα",
        "s": "Papadopoulos/Papadopoulou|Παπαδόπουλος/Παπαδοπούλου, Georgiou|Γεωργίου, Nikolaidis/Nikolaidou|Νικολαΐδης/Νικολαΐδου, Papageorgiou|Παπαγεωργίου, Oikonomou|Οικονόμου, Vlachos/Vlachou|Βλάχος/Βλάχου, Konstantinidis/Konstantinidou|Κωνσταντινίδης/Κωνσταντινίδου, Dimitriou|Δημητρίου, Makris/Makri|Μακρής/Μακρή, Alexiou|Αλεξίου, Karagiannis/Karagianni|Καραγιάννης/Καραγιάννη",
        "towns": "Athens|Αθήνα, Thessaloniki|Θεσσαλονίκη, Patras|Πάτρα, Heraklion|Ηράκλειο, Larissa|Λάρισα, Volos|Βόλος, Chania|Χανιά",
        "streets": "Ermou, Tsimiski, Kifisias Avenue, Patision, Egnatia, Akadimias, Solonos",
        "n_streets": "Ερμού, Τσιμισκή, Λεωφόρος Κηφισίας, Πατησίων, Εγνατία, Ακαδημίας, Σόλωνος",
        "pc": "### ##",
        "addr": ["{street} {n}, {pc} {town}", "{street} {n}, floor {f}, {pc} {town}"],
        "n_addr": ["{street} {n}, {pc} {town}", "Οδός {street} {n}, Τ.Κ. {pc}, {town}"],
        "phone": ["+30 69# ### ####", "69########", "+30 210 ### ####"],
        "dom": "gmail.com, yahoo.gr, hotmail.com, otenet.gr",
        "pp": ["@@#######"],
        "dl": ["#########"],
        "iban": "GR",
        "df": ["dmy/", "long_el"],
        "lt_m": "κ.",
        "lt_f": "κα",
    },
    "IT": {
        "country": "Italy",
        "iso3": "ITA",
        "m": "Giuseppe, Marco, Alessandro, Luca, Matteo, Francesco, Lorenzo, Davide, Giovanni, Salvatore, Andrea",
        "f": "Giulia, Francesca, Chiara, Sara, Martina, Alessia, Federica, Elena, Valentina, Rosa, Serena",
        "s": "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, D'Amico, Villa, Serra, Leone, Fiore, Testa, Lombardi, Moretti",
        "nick": "Giuseppe:Peppe/Beppe, Francesco:Checco, Salvatore:Totò, Alessandro:Ale, Federica:Fede, Giovanni:Gianni, Francesca:Fra, Matteo:Teo",
        "towns": "Roma, Milano, Napoli, Torino, Bologna, Firenze, Palermo, Bari, Verona",
        "streets": "Via Giuseppe Garibaldi, Via Roma, Corso Vittorio Emanuele II, Via Dante Alighieri, Via Mazzini, Viale Monza, Via dei Mille, Via Cavour, Via Toledo",
        "st": "RM, MI, NA, TO, BO, FI, PA, BA, VR",
        "pc": "#####",
        "addr": [
            "{street} {n}, {pc} {town} ({st})",
            "{street}, {n}, {pc} {town}",
            "{street} {n}/{L}, {pc} {town}",
        ],
        "phone": ["+39 3## ### ####", "3## #######", "+39 06 #### ####", "+39 02 ########"],
        "dom": "gmail.com, libero.it, virgilio.it, alice.it, tiscali.it, hotmail.it",
        "pp": ["@@#######"],
        "dl": ["@@#######@"],
        "iban": "IT",
        "df": ["dmy/", "long_it"],
        "lt_m": "Sig., Dott., Ing.",
        "lt_f": "Sig.ra, Dott.ssa",
    },
    "FR": {
        "country": "France",
        "iso3": "FRA",
        "m": "Jean-Pierre, Thomas, Nicolas, Julien, Mathieu, Antoine, Pierre, Hugo, Louis, Baptiste, Olivier",
        "f": "Marie, Camille, Léa, Chloé, Manon, Émilie, Sophie, Céline, Anne-Sophie, Margaux, Inès",
        "s": "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre, Michel, David, Fournier, Girard, Mercier, Dupont, Lambert, Bonnet, Le Goff, Le Bihan, Rousseau",
        "towns": "Paris, Lyon, Marseille, Toulouse, Nantes, Bordeaux, Lille, Strasbourg, Rennes, Montpellier",
        "streets": "rue Victor Hugo, avenue Jean Jaurès, rue de la République, boulevard Voltaire, rue Émile Zola, rue des Lilas, rue Sainte-Catherine, avenue Foch, rue Gambetta",
        "pc": "#####",
        "addr": [
            "{n} {street}, {pc} {town}",
            "{n} bis {street}, {pc} {town}",
            "Bât. {L}, {n} {street}, {pc} {town}",
            "{n}, {street}, appt {u}, {pc} {town}",
        ],
        "phone": ["+33 6 ## ## ## ##", "06 ## ## ## ##", "07.##.##.##.##", "+33 1 ## ## ## ##"],
        "dom": "gmail.com, orange.fr, free.fr, laposte.net, hotmail.fr, sfr.fr, wanadoo.fr",
        "pp": ["##@@#####"],
        "dl": ["############"],
        "iban": "FR",
        "df": ["dmy/", "long_fr"],
        "lt_m": "M.",
        "lt_f": "Mme",
    },
    "DE": {
        "country": "Germany",
        "iso3": "DEU",
        "m": "Jürgen, Lukas, Maximilian, Tobias, Stefan, Matthias, Felix, Jonas, Wolfgang, Klaus, Niklas",
        "f": "Anna, Lena, Katharina, Sabine, Ursula, Hannah, Johanna, Lea, Franziska, Annegret, Mia",
        "s": "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Hoffmann, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Braun, Krüger, Vogel, Fuchs, Weiß, von Bülow, von der Heide",
        "nick": "Matthias:Matze, Franziska:Franzi, Katharina:Kathi, Maximilian:Max, Johanna:Hanna, Wolfgang:Wolfi, Tobias:Tobi, Niklas:Nik, Ursula:Uschi",
        "towns": "Berlin, München, Hamburg, Köln, Frankfurt am Main, Leipzig, Stuttgart, Dresden, Freiburg, Münster",
        "streets": "Goethestraße, Schillerstraße, Hauptstraße, Bahnhofstraße, Kastanienallee, Lindenstraße, Friedrichstraße, Karl-Marx-Allee, Am Mühlenbach, Weißenburger Straße",
        "pc": "#####",
        "addr": [
            "{street} {n}, {pc} {town}",
            "{street} {n}{l}, {pc} {town}",
            "{street} {n}, {f}. OG, {pc} {town}",
        ],
        "phone": [
            "+49 15# ########",
            "+49 (0)17# #######",
            "0176 ########",
            "030 ########",
            "+49 89 #######",
        ],
        "dom": "gmx.de, web.de, t-online.de, gmail.com, posteo.de, outlook.de",
        "pp": ["C%%%%%%%%"],
        "dl": ["@###%%%%#%#"],
        "iban": "DE",
        "df": ["dmy.", "long_de"],
        "lt_m": "Herr",
        "lt_f": "Frau",
    },
    "NL": {
        "country": "Netherlands",
        "iso3": "NLD",
        "m": "Daan, Sem, Bram, Jeroen, Pieter, Thijs, Ruud, Joost, Sander, Wouter",
        "f": "Anouk, Sanne, Femke, Lotte, Eva, Fleur, Marieke, Inge, Saskia, Roos",
        "s": "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, van der Meer",
        "towns": "Amsterdam, Rotterdam, Utrecht, Den Haag, Eindhoven, Groningen, Leiden, Haarlem, Nijmegen",
        "streets": "Prinsengracht, Keizersgracht, Oudegracht, Witte de Withstraat, Lange Voorhout, Vondelstraat, Stationsweg, Kerkstraat, Herengracht",
        "pc": "#### @@",
        "addr": [
            "{street} {n}, {pc} {town}",
            "{street} {n}-{n1}, {pc} {town}",
            "{street} {n}{L}, {pc} {town}",
        ],
        "phone": ["+31 6 ########", "06-########", "06 ## ## ## ##", "+31 20 ### ####"],
        "dom": "gmail.com, hotmail.nl, ziggo.nl, kpnmail.nl, xs4all.nl, outlook.com",
        "pp": ["@@%%%%%%#"],
        "dl": ["##########"],
        "iban": "NL",
        "df": ["dmy-", "long_nl"],
        "lt_m": "dhr.",
        "lt_f": "mevr.",
    },
    "SE": {
        "country": "Sweden",
        "iso3": "SWE",
        "m": "Erik, Lars, Anders, Johan, Oskar, Karl, Nils, Gustav, Björn",
        "f": "Anna, Maja, Elsa, Ingrid, Karin, Astrid, Linnea, Sofia, Saga",
        "s": "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Lindqvist, Berg, Lindström, Holm, Sjöberg, Ek",
        "towns": "Stockholm, Göteborg, Malmö, Uppsala, Lund, Umeå, Västerås",
        "streets": "Drottninggatan, Götgatan, Storgatan, Kungsgatan, Linnégatan, Södra Förstadsgatan, Sveavägen",
        "pc": "### ##",
        "addr": ["{street} {n}, {pc} {town}", "{street} {n} lgh {lgh}, {pc} {town}"],
        "phone": ["+46 7# ### ## ##", "07#-### ## ##", "+46 8 ### ### ##"],
        "dom": "gmail.com, hotmail.se, telia.com, outlook.com, icloud.com",
        "pp": ["########"],
        "dl": ["########"],
        "iban": "SE",
        "df": ["iso", "long_sv"],
    },
    "NO": {
        "country": "Norway",
        "iso3": "NOR",
        "m": "Ole, Magnus, Henrik, Sindre, Eirik, Håkon, Sigurd, Knut",
        "f": "Ingrid, Nora, Sigrid, Tone, Kari, Solveig, Ragnhild, Silje",
        "s": "Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Berg, Haugen, Hagen, Bakken, Solberg, Eide, Strand",
        "towns": "Oslo, Bergen, Trondheim, Stavanger, Tromsø, Kristiansand, Drammen",
        "streets": "Karl Johans gate, Bogstadveien, Thorvald Meyers gate, Torggata, Kongens gate, Markveien, Olav Tryggvasons gate",
        "pc": "####",
        "addr": ["{street} {n}, {pc} {town}", "{street} {n}{L}, {pc} {town}"],
        "phone": ["+47 9## ## ###", "4## ## ###", "+47 22 ## ## ##"],
        "dom": "gmail.com, online.no, hotmail.no, outlook.com",
        "pp": ["@@#######"],
        "dl": ["### ### ## ###"],
        "iban": "NO",
        "df": ["dmy.", "long_no"],
    },
    "DK": {
        "country": "Denmark",
        "iso3": "DNK",
        "m": "Mads, Rasmus, Frederik, Søren, Mikkel, Jens, Christian, Anders",
        "f": "Mette, Freja, Ida, Camilla, Louise, Signe, Sofie, Birgitte",
        "s": "Jensen, Nielsen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Madsen, Kristensen, Østergaard",
        "towns": "København, Aarhus, Odense, Aalborg, Esbjerg, Roskilde",
        "streets": "Nørrebrogade, Vesterbrogade, Jægersborggade, H.C. Andersens Boulevard, Istedgade, Åboulevarden, Blegdamsvej",
        "pc": "####",
        "addr": ["{street} {n}, {f}. th., {pc} {town}", "{street} {n}, {pc} {town}"],
        "phone": ["+45 ## ## ## ##", "2# ## ## ##", "+45 3# ## ## ##"],
        "dom": "gmail.com, hotmail.dk, outlook.dk, jubii.dk",
        "pp": ["#########"],
        "dl": ["########"],
        "iban": "DK",
        "df": ["dmy.", "long_da"],
    },
    "FI": {
        "country": "Finland",
        "iso3": "FIN",
        "m": "Mikko, Juha, Jari, Antti, Ville, Teemu, Janne, Eero, Aleksi",
        "f": "Aino, Sanna, Tiina, Laura, Maria, Elina, Johanna, Noora, Emmi",
        "s": "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Salminen",
        "towns": "Helsinki, Espoo, Tampere, Turku, Oulu, Jyväskylä",
        "streets": "Mannerheimintie, Aleksanterinkatu, Hämeenkatu, Runeberginkatu, Fredrikinkatu, Yliopistonkatu",
        "pc": "#####",
        "addr": ["{street} {n} {L} {n2}, {pc} {town}", "{street} {n}, {pc} {town}"],
        "phone": ["+358 40 ### ####", "050 ### ####", "+358 9 ### ####"],
        "dom": "gmail.com, hotmail.fi, luukku.com, outlook.com",
        "pp": ["@@#######"],
        "dl": ["########"],
        "iban": "FI",
        "df": ["dmy.", "long_fi"],
    },
    "IS": {
        "country": "Iceland",
        "iso3": "ISL",
        "m": "Jón, Sigurður, Guðmundur, Gunnar, Einar, Ólafur, Kristján",
        "f": "Guðrún, Anna, Sigríður, Kristín, Helga, Margrét, Sóley",
        "s": "Jónsson/Jónsdóttir, Sigurðsson/Sigurðardóttir, Guðmundsson/Guðmundsdóttir, Gunnarsson/Gunnarsdóttir, Einarsson/Einarsdóttir, Ólafsson/Ólafsdóttir, Magnússon/Magnúsdóttir, Stefánsson/Stefánsdóttir",
        "towns": "Reykjavík, Kópavogur, Hafnarfjörður, Akureyri, Selfoss",
        "streets": "Laugavegur, Skólavörðustígur, Hverfisgata, Bankastræti, Tryggvagata, Hafnarstræti",
        "pc": "###",
        "addr": ["{street} {n}, {pc} {town}", "{street} {n}, íbúð {u}, {pc} {town}"],
        "phone": ["+354 6## ####", "8## ####", "+354 5## ####"],
        "dom": "gmail.com, simnet.is, internet.is, hi.is",
        "pp": ["A#######"],
        "dl": ["#########"],
        "iban": "IS",
        "df": ["dmy.", "iso"],
    },
    "IE": {
        "country": "Ireland",
        "iso3": "IRL",
        "m": "Seán, Ciarán, Pádraig, Cathal, Eoin, Conor, Declan, Darragh, Oisín",
        "f": "Siobhán, Aoife, Niamh, Caoimhe, Saoirse, Róisín, Clodagh, Orla, Gráinne",
        "s": "Murphy, Kelly, O'Sullivan, Walsh, O'Brien, Byrne, Ryan, O'Connor, McCarthy, Doyle, Gallagher, Kavanagh, Ó Súilleabháin/Ní Shúilleabháin, Mac Cárthaigh/Nic Cárthaigh, Ó Briain/Ní Bhriain",
        "nick": "Pádraig:Paddy, Siobhán:Shiv, Ciarán:Kiki",
        "towns": "Dublin, Cork, Galway, Limerick, Waterford, Kilkenny, Sligo",
        "streets": "Griffith Avenue, Pearse Street, O'Connell Street, Shop Street, Patrick Street, Leeson Street, Collins Avenue",
        "areas": "Drumcondra, Rathmines, Ranelagh, Salthill, Douglas, Clontarf",
        "pc": "@## %%%%",
        "addr": [
            "{n} {street}, {area}, {town}, {pc}",
            "Apt {u}, {n} {street}, {town} {pc}",
            "{n} {street}, {town}",
        ],
        "phone": ["+353 8# ### ####", "08# ### ####", "+353 1 ### ####"],
        "dom": "gmail.com, eircom.net, hotmail.com, outlook.ie, icloud.com",
        "pp": ["@@#######"],
        "dl": ["###-###-###"],
        "iban": "IE",
        "df": ["dmy/", "long_en"],
    },
    "GB": {
        "country": "United Kingdom",
        "iso3": "GBR",
        "m": "Oliver, James, Harry, George, Jack, Callum, Liam, Rhys, Ewan, Tom, Will",
        "f": "Olivia, Amelia, Sophie, Charlotte, Emily, Hannah, Jess, Poppy, Isla, Eleanor, Bethan",
        "s": "Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Roberts, Walker, Wright, Hughes, Green, Hall, Wood, Baker, Stone, Fox, Bird, Rose, Marsh, Lamb, Hunt, Patel, Ahmed, Campbell, MacLeod",
        "nick": "William:Will/Bill, Thomas:Tom, James:Jim/Jamie, Elizabeth:Liz/Lizzie, Katherine:Kate, Robert:Rob/Bob, Jessica:Jess, Edward:Ed/Ted, Charlotte:Lottie, Eleanor:Ellie, Oliver:Ollie, Harry:Haz, Amelia:Millie, Callum:Cal",
        "towns": "London, Manchester, Bristol, Leeds, Glasgow, Edinburgh, Cardiff, Liverpool, Sheffield, Norwich, Brighton",
        "streets": "Ashgrove Road, Victoria Road, Church Lane, Station Road, Gladstone Street, Kings Road, Albert Street, Elm Grove, Wellington Terrace, Nelson Street, Cromwell Road",
        "areas": "Clifton, Headingley, Didsbury, Hackney, Leith, Roath, Kemptown, Jesmond",
        "pc": ["@@# #@@", "@# #@@", "@@## #@@"],
        "addr": [
            "{n} {street}, {town} {pc}",
            "Flat {u}, {n} {street}, {town} {pc}",
            "{n} {street}, {area}, {town}, {pc}",
        ],
        "phone": [
            "+44 7### ######",
            "07### ######",
            "+44 (0)20 #### ####",
            "0161 ### ####",
            "07###-######",
        ],
        "dom": "gmail.com, hotmail.co.uk, btinternet.com, yahoo.co.uk, outlook.com, icloud.com, sky.com",
        "pp": ["#########"],
        "dl": ["&uk"],
        "iban": "GB",
        "df": ["dmy/", "long_en", "dmy."],
    },
    "US": {
        "country": "United States",
        "iso3": "USA",
        "m": "Michael, Christopher, Tyler, Brandon, DeShawn, Hunter, Wyatt, Chase, Dakota, Mark, Bill, Will, Earl, Jose",
        "f": "Ashley, Jessica, Brittany, Madison, Hope, Faith, Destiny, Kayla, Tiffany, Amber, Autumn, Summer, April, June, Crystal, Sierra",
        "s": "Johnson, Williams, Brown, Miller, Davis, Garcia, Rodriguez, Wilson, Anderson, Thomas, Jackson, White, Harris, Washington, Nguyen, Kim, O'Neill, McAllister, Goldberg, Kowalczyk, Hernandez, Young, Carter, Bishop, Price, Hunter, Chase",
        "mid": "Lee, Ann~f, Marie~f, Lynn~f, Ray~m, James~m, Michael~m, Grace~f, Elizabeth~f, Allen~m, Rose~f, Wayne~m",
        "mid_p": 0.3,
        "nick": "Christopher:Chris, Michael:Mike, Jessica:Jess, Brandon:Bran, Madison:Maddie, Ashley:Ash, Tyler:Ty, Kayla:Kay, DeShawn:Shawn",
        "towns": "Austin, TX; Columbus, OH; Portland, OR; Raleigh, NC; Chicago, IL; Brooklyn, NY; Phoenix, AZ; Denver, CO; Atlanta, GA; Minneapolis, MN",
        "streets": "Maple Avenue, Oak Street, Martin Luther King Jr. Blvd, Washington Street, Lincoln Avenue, Elm Street, Park Avenue, Sunset Boulevard, Cedar Lane, Jefferson Street",
        "pc": "#####",
        "addr": [
            "{n} {street}, {town} {pc}",
            "{n} {street}, Apt {u}, {town} {pc}",
            "{n} {street} #{u}, {town} {pc}",
        ],
        "phone": [
            "(N##) N##-####",
            "+1 N##-N##-####",
            "N##.N##.####",
            "N##-N##-####",
            "+1 (N##) N##-####",
        ],
        "dom": "gmail.com, yahoo.com, outlook.com, icloud.com, aol.com, comcast.net, hotmail.com",
        "pp": ["#########", "A########"],
        "dl": [
            "@#######",
            "### ### ###",
            "########",
            "@###-####-####",
            "@###-###-##-###-#",
            "WDL%%%%%%%%%",
        ],
        "df": ["mdy/", "long_us", "iso"],
    },
    "CA": {
        "country": "Canada",
        "iso3": "CAN",
        "m": "Liam, Ethan, Noah, Jean-François, Mathieu, Logan, Gabriel, Étienne, Owen",
        "f": "Emma, Olivia, Chloé, Maude, Léa, Ava, Geneviève, Madison, Sarah",
        "s": "Tremblay, Gagnon, Roy, Côté, Bouchard, Gauthier, Morin, Lavoie, Fortin, MacDonald, Campbell, Wilson, Chen, Singh, Nguyen, Bergeron",
        "towns": "Toronto, ON; Montréal, QC; Vancouver, BC; Calgary, AB; Ottawa, ON; Halifax, NS; Winnipeg, MB",
        "streets": "Queen Street West, Rue Saint-Denis, Commercial Drive, 17th Avenue SW, Bank Street, Spring Garden Road, Yonge Street, Boulevard René-Lévesque",
        "pc": "@#@ #@#",
        "addr": [
            "{n} {street}, {town} {pc}",
            "{u}-{n} {street}, {town} {pc}",
            "Apt {u}, {n} {street}, {town} {pc}",
        ],
        "phone": ["+1 (N##) N##-####", "N##-N##-####", "N## N## ####"],
        "dom": "gmail.com, hotmail.ca, outlook.com, videotron.ca, shaw.ca, icloud.com",
        "pp": ["@@######"],
        "dl": ["@####-#####-#####", "#######"],
        "df": ["iso", "long_us", "dmy/"],
    },
    "AU": {
        "country": "Australia",
        "iso3": "AUS",
        "m": "Jack, Liam, Cooper, Lachlan, Riley, Mitchell, Darcy, Bailey, Bradley, Nathan",
        "f": "Charlotte, Isla, Chloe, Matilda, Ruby, Zoe, Kylie, Sheree, Tegan, Brooke",
        "s": "Smith, Jones, Williams, Brown, Wilson, Taylor, Nguyen, Kelly, Ryan, Murphy, O'Brien, Walker, Harris, Lee, King, Thompson, Papadopoulos, Russo",
        "nick": "Matilda:Tilly, Lachlan:Lachie, Bradley:Brad, Mitchell:Mitch, Charlotte:Charli, Nathan:Nath",
        "towns": "Sydney, Melbourne, Brisbane, Perth, Adelaide, Hobart, Canberra",
        "streets": "King Street, Smith Street, Brunswick Street, Oxford Street, Hay Street, Chapel Street, Macquarie Street, Beaufort Street",
        "areas": "Newtown NSW, Fitzroy VIC, Paddington QLD, Fremantle WA, Glenelg SA, Battery Point TAS, Surry Hills NSW, Braddon ACT",
        "pc": "####",
        "addr": ["{u}/{n} {street}, {area} {pc}", "{n} {street}, {area} {pc}"],
        "phone": ["+61 4## ### ###", "04## ### ###", "(02) #### ####", "+61 2 #### ####"],
        "dom": "gmail.com, bigpond.com, outlook.com, icloud.com, optusnet.com.au, hotmail.com",
        "pp": ["@#######", "P@#######"],
        "dl": ["########", "#########"],
        "df": ["dmy/", "long_en"],
    },
    "NZ": {
        "country": "New Zealand",
        "iso3": "NZL",
        "m": "Tama, Wiremu, Hemi, Nikau, James, Lachlan, Rawiri, Mikaere, Tāne",
        "f": "Aroha, Mere, Anahera, Kahurangi, Ngaio, Manaia, Olivia, Charlotte, Hine",
        "s": "Ngata, Parata, Tipene, Walker, Te Whare, Henare, Smith, Wilson, Tamihana, Horomona, Ruawai, Thompson, Te Rangi",
        "towns": "Auckland, Wellington, Christchurch, Dunedin, Hamilton, Rotorua, Napier",
        "streets": "Ponsonby Road, Cuba Street, Colombo Street, George Street, Karangahape Road, Dominion Road, Te Atatu Road",
        "areas": "Grey Lynn, Te Aro, Sydenham, North Dunedin, Mt Albert, Ōtāhuhu, Kelburn",
        "pc": "####",
        "addr": [
            "{n} {street}, {area}, {town} {pc}",
            "Flat {n1}, {n} {street}, {area}, {town} {pc}",
        ],
        "phone": ["+64 21 ### ####", "021 ### ####", "027-###-####", "+64 9 ### ####"],
        "dom": "gmail.com, xtra.co.nz, outlook.com, icloud.com, slingshot.co.nz",
        "pp": ["@@######"],
        "dl": ["@@######"],
        "df": ["dmy/", "long_en"],
    },
    "WS": {
        "country": "Samoa",
        "iso3": "WSM",
        "m": "Tavita, Iosefa, Lagi, Pita, Tuala, Semisi, Falaniko, Ioane",
        "f": "Malia, Lusia, Fetu, Sina, Losa, Talia, Fiapaipai, Aiga",
        "s": "Leota, Faleolo, Tuimavave, Aiono, Seiuli, Fa'amausili, Alofaituli, Lemalu, Sapolu, Toleafoa, Va'ai, Tuala",
        "towns": "Apia, Salelologa, Faleolo, Lalomanu, Leulumoega",
        "streets": "Beach Road, Vaea Street, Falealili Street, Mulinu'u Road, Vailima Road",
        "areas": "Vaitele-uta, Moto'otua, Lelata, Vailima, Tanugamanono, Sinamoga",
        "addr": ["Lot {n}, {area}, {town}", "{n} {street}, {area}, {town}"],
        "phone": ["+685 7######", "+685 72 #####", "75#####"],
        "dom": "gmail.com, yahoo.com, samoa.ws, outlook.com",
        "pp": ["@######"],
        "dl": ["######"],
        "df": ["dmy/", "long_en"],
        "lt_m": "Mr, Rev., Tulafale",
        "lt_f": "Mrs, Ms",
    },
    "TO": {
        "country": "Tonga",
        "iso3": "TON",
        "m": "Sione, Tevita, Siaosi, Viliami, Sitiveni, Tomasi, Semisi, Paula",
        "f": "Mele, Losana, Ana, Salote, Lupe, Kalolaine, Seini, 'Ofa",
        "s": "Fifita, Taufa, Havili, Vaipulu, Tuipulotu, Fonua, Moala, Latu, Vea, Fakatava, Hufanga, Piutau",
        "towns": "Nuku'alofa, Neiafu, Pangai, 'Ohonua",
        "streets": "Taufa'ahau Road, Vuna Road, Salote Road, Hala Fatai",
        "areas": "Kolofo'ou, Ma'ufanga, Fasi, Sopu, Kolomotu'a",
        "addr": ["House {n}, {street}, {area}, {town}", "Lot {n}, {area}, {town}"],
        "phone": ["+676 7## ####", "+676 8## ####", "77#####"],
        "dom": "gmail.com, yahoo.com, kalianet.to, outlook.com",
        "pp": ["@######"],
        "dl": ["######"],
        "df": ["dmy/", "long_en"],
        "lt_m": "Mr, Rev., Pastor",
        "lt_f": "Mrs, Ms",
    },
}

# Locale groups usable in template locale specs ("@EN", "@ES", ...).
GROUPS: dict[str, str] = {
    "EN": "KE NG ZA GB US CA AU NZ IE IN PK BD LK SG MY PH WS TO NP ET",
    "ES": "ES MX PE CL AR",
    "PT": "BR PT",
    "FR": "FR SN MA",
    "AR": "EG SA",
    "NORD": "SE NO DK FI IS",
    "ANGLO": "GB IE US CA AU NZ",
    "MUSLIM": "PK BD ID MY EG SA MA SN TR NG",
}

# ---------------------------------------------------------------------------
# Month names and calendar words
# ---------------------------------------------------------------------------

MONTHS: dict[str, str] = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "ka": "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი",
    "fa": "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند",
}

WEEKDAYS_EN = "Mon Tue Wed Thu Fri Sat Sun"
WEEKDAYS_JA = "月 火 水 木 金 土 日"

# ---------------------------------------------------------------------------
# Global near-miss pools (organisations, places and public people: never labelled)
# ---------------------------------------------------------------------------

AIRLINES: list[tuple[str, str]] = [
    ("Kenya Airways", "KQ"),
    ("Ethiopian Airlines", "ET"),
    ("Air Peace", "P4"),
    ("Turkish Airlines", "TK"),
    ("Emirates", "EK"),
    ("Qatar Airways", "QR"),
    ("Saudia", "SV"),
    ("El Al", "LY"),
    ("PIA", "PK"),
    ("Air India", "AI"),
    ("IndiGo", "6E"),
    ("Biman Bangladesh", "BG"),
    ("SriLankan Airlines", "UL"),
    ("Garuda Indonesia", "GA"),
    ("AirAsia", "AK"),
    ("Malaysia Airlines", "MH"),
    ("Philippine Airlines", "PR"),
    ("Cebu Pacific", "5J"),
    ("Vietnam Airlines", "VN"),
    ("VietJet Air", "VJ"),
    ("Thai Airways", "TG"),
    ("China Eastern", "MU"),
    ("Air China", "CA"),
    ("EVA Air", "BR"),
    ("China Airlines", "CI"),
    ("Japan Airlines", "JL"),
    ("ANA", "NH"),
    ("Korean Air", "KE"),
    ("Asiana", "OZ"),
    ("MIAT Mongolian Airlines", "OM"),
    ("LATAM", "LA"),
    ("Aeroméxico", "AM"),
    ("Avianca", "AV"),
    ("Aerolíneas Argentinas", "AR"),
    ("Iberia", "IB"),
    ("TAP Air Portugal", "TP"),
    ("LOT Polish Airlines", "LO"),
    ("Wizz Air", "W6"),
    ("Ryanair", "FR"),
    ("easyJet", "U2"),
    ("Lufthansa", "LH"),
    ("KLM", "KL"),
    ("Air France", "AF"),
    ("ITA Airways", "AZ"),
    ("Aegean", "A3"),
    ("SAS", "SK"),
    ("Finnair", "AY"),
    ("Icelandair", "FI"),
    ("Aer Lingus", "EI"),
    ("British Airways", "BA"),
    ("Delta", "DL"),
    ("United", "UA"),
    ("American Airlines", "AA"),
    ("Air Canada", "AC"),
    ("Qantas", "QF"),
    ("Air New Zealand", "NZ"),
    ("Samoa Airways", "OL"),
    ("Fiji Airways", "FJ"),
    ("Royal Air Maroc", "AT"),
    ("Air Senegal", "HC"),
    ("South African Airways", "SA"),
    ("EgyptAir", "MS"),
    ("Georgian Airways", "A9"),
    ("Pegasus", "PC"),
]

AIRPORTS: list[tuple[str, str]] = [
    ("NBO", "Jomo Kenyatta International"),
    ("LOS", "Murtala Muhammed International"),
    ("ADD", "Addis Ababa Bole"),
    ("DSS", "Blaise Diagne International"),
    ("JNB", "O. R. Tambo International"),
    ("CAI", "Cairo International"),
    ("CMN", "Mohammed V International"),
    ("IST", "Istanbul Airport"),
    ("SAW", "Sabiha Gökçen"),
    ("IKA", "Imam Khomeini International"),
    ("TLV", "Ben Gurion"),
    ("JED", "King Abdulaziz International"),
    ("RUH", "King Khalid International"),
    ("LHE", "Allama Iqbal International"),
    ("DEL", "Indira Gandhi International"),
    ("BOM", "Chhatrapati Shivaji Maharaj International"),
    ("BLR", "Kempegowda International"),
    ("KTM", "Tribhuvan International"),
    ("DAC", "Hazrat Shahjalal International"),
    ("CMB", "Bandaranaike International"),
    ("CGK", "Soekarno–Hatta International"),
    ("DPS", "I Gusti Ngurah Rai International"),
    ("KUL", "Kuala Lumpur International"),
    ("SIN", "Singapore Changi"),
    ("MNL", "Ninoy Aquino International"),
    ("SGN", "Tan Son Nhat International"),
    ("HAN", "Noi Bai International"),
    ("BKK", "Suvarnabhumi"),
    ("PEK", "Beijing Capital"),
    ("PVG", "Shanghai Pudong"),
    ("TPE", "Taoyuan International"),
    ("NRT", "Narita"),
    ("HND", "Haneda"),
    ("ICN", "Incheon"),
    ("UBN", "Chinggis Khaan International"),
    ("GRU", "São Paulo–Guarulhos"),
    ("GIG", "Rio Galeão – Tom Jobim"),
    ("MEX", "Benito Juárez International"),
    ("LIM", "Jorge Chávez International"),
    ("SCL", "Arturo Merino Benítez"),
    ("EZE", "Ministro Pistarini (Ezeiza)"),
    ("MAD", "Adolfo Suárez Madrid–Barajas"),
    ("LIS", "Humberto Delgado"),
    ("WAW", "Warsaw Chopin"),
    ("PRG", "Václav Havel Airport Prague"),
    ("BUD", "Budapest Ferenc Liszt"),
    ("OTP", "Henri Coandă International"),
    ("TBS", "Tbilisi International"),
    ("ATH", "Athens Eleftherios Venizelos"),
    ("FCO", "Leonardo da Vinci–Fiumicino"),
    ("CDG", "Paris Charles de Gaulle"),
    ("FRA", "Frankfurt"),
    ("BER", "Berlin Brandenburg Willy Brandt"),
    ("AMS", "Amsterdam Schiphol"),
    ("ARN", "Stockholm Arlanda"),
    ("OSL", "Oslo Gardermoen"),
    ("CPH", "Copenhagen Kastrup"),
    ("HEL", "Helsinki-Vantaa"),
    ("KEF", "Keflavík"),
    ("DUB", "Dublin"),
    ("LHR", "London Heathrow"),
    ("LPL", "Liverpool John Lennon"),
    ("JFK", "John F. Kennedy International"),
    ("LAX", "Los Angeles International"),
    ("ORD", "Chicago O'Hare"),
    ("YYZ", "Toronto Pearson"),
    ("YUL", "Montréal–Trudeau"),
    ("SYD", "Sydney Kingsford Smith"),
    ("AKL", "Auckland"),
    ("APW", "Faleolo International"),
    ("TBU", "Fuaʻamotu International"),
]

HOTELS = [
    "Hotel Adlon Kempinski",
    "The Ritz-Carlton",
    "Hilton Garden Inn",
    "Sheraton Grand",
    "Marriott Marquis",
    "Hotel Sacher",
    "Radisson Blu",
    "Ibis Styles",
    "Holiday Inn Express",
    "Four Seasons",
    "Mandarin Oriental",
    "Taj Mahal Palace",
    "The Oberoi",
    "Hotel Lutetia",
    "Mövenpick Resort",
    "Park Hyatt",
    "Hotel Astoria",
    "Pousada Maria Bonita",
    "Hostal Santa Cruz",
    "Generator Hostel",
    "Selina Hostel",
    "Hotel Carlos V",
    "Le Méridien",
    "Raffles Hotel",
    "The Peninsula",
    "Shangri-La",
    "Hotel Okura",
    "Lotte Hotel",
    "Sarova Stanley",
    "Villa Rosa Kempinski",
    "Eko Hotel & Suites",
    "Transcorp Hilton",
    "Belmond Mount Nelson",
    "Hotel Marco Polo",
    "Hotel Cervantes",
    "Casa Frida B&B",
    "The Sir Francis Drake",
    "Hotel Leopold",
    "Hotel Ibn Battuta",
    "Hotel Pushkin",
    "Hotel Chopin",
    "Hotel Mozart",
    "Hotel Goethe",
    "Hotel Rembrandt",
    "Hotel Vasco da Gama",
    "Hotel Simón Bolívar",
    "Hotel Rizal",
    "Rooms Hotel Rustaveli",
    "Pera Palace Hotel",
    "Hotel Nikko",
    "Aggie Grey's Hotel",
    "Tanoa International Dateline Hotel",
    "Hotel Saint-Exupéry",
    "Ryokan Yoshida-sanso",
    "Toyoko Inn",
    "Hotel Gracery Shinjuku",
    "Banyan Tree",
    "Hanoi La Siesta",
    "Hotel Borg",
    "Hotel d'Angleterre",
]

PUBLIC = [
    "Taylor Swift",
    "Lionel Messi",
    "Cristiano Ronaldo",
    "Beyoncé",
    "Shakira",
    "Bad Bunny",
    "BTS",
    "Burna Boy",
    "Wizkid",
    "Chimamanda Ngozi Adichie",
    "Haruki Murakami",
    "Pope Francis",
    "the Dalai Lama",
    "King Charles III",
    "Nelson Mandela",
    "Barack Obama",
    "Angela Merkel",
    "Emmanuel Macron",
    "Frida Kahlo",
    "Gabriel García Márquez",
    "Pablo Neruda",
    "Shah Rukh Khan",
    "A. R. Rahman",
    "Jackie Chan",
    "Son Heung-min",
    "Hayao Miyazaki",
    "Mo Salah",
    "Eliud Kipchoge",
    "Sadio Mané",
    "Diego Maradona",
    "Pelé",
    "Ed Sheeran",
    "Adele",
    "Coldplay",
    "Rosalía",
    "Karol G",
    "Wangari Maathai",
    "Malala Yousafzai",
    "Kylian Mbappé",
    "Novak Djokovic",
    "Greta Thunberg",
    "Jacinda Ardern",
    "Dwayne Johnson",
    "Jason Momoa",
    "Keanu Reeves",
    "Oprah Winfrey",
    "Tom Hanks",
    "Rihanna",
    "Lady Gaga",
    "Sachin Tendulkar",
    "Virat Kohli",
    "Babar Azam",
    "Yo-Yo Ma",
    "Luciano Pavarotti",
    "Jorge Luis Borges",
    "Fernando Pessoa",
    "Wisława Szymborska",
    "Leo Tolstoy",
    "Orhan Pamuk",
    "Naguib Mahfouz",
    "Umm Kulthum",
    "Fairuz",
    "Tarkan",
    "Zlatan Ibrahimović",
    "Björk",
    "ABBA",
    "Andrea Bocelli",
    "Marie Curie",
]

FICTIONAL = [
    "Harry Potter",
    "Sherlock Holmes",
    "Don Quixote",
    "Pikachu",
    "Doraemon",
    "Totoro",
    "Mr. Bean",
    "Elsa",
    "Santa Claus",
    "Hello Kitty",
    "Winnie the Pooh",
    "Captain Haddock",
    "Pippi Longstocking",
    "Mafalda",
    "Asterix",
    "Moomin",
    "Shrek",
    "Po the Kung Fu Panda",
    "Anne of Green Gables",
    "Tintin",
]

SAINTS = [
    "St. Anthony",
    "St. Jude",
    "Santo Niño",
    "Our Lady of Guadalupe",
    "St. Patrick",
    "St. Mary",
    "St. Joseph",
    "St. Nicholas",
    "St. George",
    "San Judas Tadeo",
    "Nossa Senhora Aparecida",
    "St. Thomas",
    "St. Francis of Assisi",
    "St. Teresa of Calcutta",
    "St. John Paul II",
    "St. Brigid",
    "St. Olaf",
    "St. Casimir",
    "St. Wenceslas",
]

CHURCHES = [
    "St. Mary's Cathedral",
    "St. Joseph's Church",
    "Holy Family Basilica",
    "Parroquia San Judas Tadeo",
    "Igreja Nossa Senhora do Carmo",
    "Église Saint-Sulpice",
    "St. Paul's Church",
    "Myeongdong Cathedral",
    "Holy Trinity Cathedral",
    "St. George's Cathedral",
    "Christ the King Church",
    "King Faisal Mosque",
    "Sultan Ahmed Mosque",
    "Jamia Masjid",
    "Masjid Negara",
    "Istiqlal Mosque",
    "Sri Mariamman Temple",
    "Gangaramaya Temple",
    "Wat Arun",
    "Pashupatinath Temple",
    "Beth Israel Synagogue",
    "Great Synagogue",
    "Temple Emanu-El",
    "All Saints Cathedral",
    "St. Stephen's Basilica",
    "Kościół Mariacki",
    "Sameba Cathedral",
    "St. Sophia Cathedral",
    "Gurdwara Bangla Sahib",
    "Mulivai Cathedral",
]

MUSEUMS = [
    "Frida Kahlo Museum",
    "Van Gogh Museum",
    "Anne Frank House",
    "Picasso Museum",
    "Munch Museum",
    "Sigmund Freud Museum",
    "Dalí Theatre-Museum",
    "Pushkin Museum",
    "Gandhi Smriti",
    "Nelson Mandela Capture Site",
    "Karen Blixen Museum",
    "Musée Rodin",
    "Goethe House",
    "Fryderyk Chopin Museum",
    "Dostoevsky Museum",
    "Anıtkabir",
    "Ghibli Museum",
    "Lee Kong Chian Natural History Museum",
    "Ho Chi Minh Museum",
    "Rizal Shrine",
    "Robert Louis Stevenson Museum",
    "Jorge Amado House",
    "Casa de Fernando Pessoa",
    "Sibelius Museum",
]

SCHOOLS = [
    "Abraham Lincoln High School",
    "Lycée Victor Hugo",
    "Colegio San Ignacio de Loyola",
    "Escola Estadual Machado de Assis",
    "Goethe-Gymnasium",
    "Liceo Scientifico Galileo Galilei",
    "Jomo Kenyatta University",
    "Obafemi Awolowo University",
    "Nnamdi Azikiwe University",
    "Nelson Mandela University",
    "King Edward VII School",
    "St. Xavier's College",
    "Lady Shri Ram College",
    "Escuela Benito Juárez",
    "Mahidol University",
    "Chulalongkorn University",
    "Sun Yat-sen University",
    "Universitas Gadjah Mada",
    "Cheikh Anta Diop University",
    "Comenius University",
    "Jagiellonian University",
    "Eötvös Loránd University",
    "Babeș-Bolyai University",
    "Taras Shevchenko National University",
    "Ivane Javakhishvili Tbilisi State University",
    "Aristotle University",
    "Humboldt University",
    "Erasmus University Rotterdam",
    "Johns Hopkins University",
    "McGill University",
    "Monash University",
    "Queen Elizabeth High School",
    "Aga Khan Academy",
    "Allama Iqbal Open University",
]

STREETS_NAMED = [
    "Nelson Mandela Boulevard",
    "Rue Victor Hugo",
    "Calle Gabriela Mistral",
    "Avenue Habib Bourguiba",
    "Martin Luther King Jr. Blvd",
    "Karl-Marx-Allee",
    "Rustaveli Avenue",
    "Via Giuseppe Garibaldi",
    "Avenida Juárez",
    "Kenyatta Avenue",
    "Ahmadu Bello Way",
    "Jalan Sudirman",
    "Rizal Avenue",
    "Nguyễn Huệ walking street",
    "Mahatma Gandhi Road",
    "Ben Yehuda Street",
    "Rothschild Boulevard",
    "Andrássy út",
    "Calea Victoriei",
    "Avenida Presidente Vargas",
    "Karl Johans gate",
    "O'Connell Street",
    "Avenue Cheikh Anta Diop",
]

CONCERTS = [
    "Taylor Swift | The Eras Tour",
    "Bad Bunny – Most Wanted Tour",
    "Coldplay – Music of the Spheres",
    "BTS world tour",
    "Burna Boy live",
    "Ed Sheeran +–=÷× Tour",
    "Karol G – Mañana Será Bonito",
    "Rosalía – Motomami",
    "Adele in Munich",
    "Champions League final",
    "Rugby World Cup semi-final",
    "Six Nations: Ireland v France",
    "El Clásico",
    "Glastonbury",
    "Primavera Sound",
    "Fuji Rock",
    "Afro Nation",
    "Rock in Rio",
    "Lollapalooza Chile",
    "Sziget Festival",
    "Roskilde Festival",
]

CONFERENCES = [
    "PyCon",
    "AfricArena",
    "Web Summit",
    "DevFest Lagos",
    "RightsCon",
    "EuroPython",
    "JSConf Asia",
    "Wikimania",
    "FOSDEM",
    "Women in Tech Summit",
    "Pacific Islands Forum side event",
    "TEDx",
    "Mobile World Congress",
    "Collision",
    "re:publica",
    "Ada Lovelace Day meetup",
    "Turing Fest",
]

COMPANIES = [
    "Safaricom",
    "Flutterwave",
    "Andela",
    "Jumia",
    "Aramex",
    "Careem",
    "Trendyol",
    "Infosys",
    "Tata Consultancy Services",
    "Grab",
    "Gojek",
    "Shopee",
    "Tokopedia",
    "VNG",
    "Agoda",
    "Alibaba",
    "Tencent",
    "Rakuten",
    "Samsung",
    "Naver",
    "Nubank",
    "Mercado Libre",
    "Rappi",
    "Telefónica",
    "Allegro",
    "Skoda Auto",
    "OTP Bank",
    "UiPath",
    "Nova Poshta",
    "Yandex",
    "Bank of Georgia",
    "Vodafone",
    "Spotify",
    "Nokia",
    "Ørsted",
    "Equinor",
    "Accenture",
    "Deloitte",
    "Siemens",
    "Philips",
    "Booking.com",
    "Airbnb",
    "Canva",
    "Atlassian",
    "Xero",
    "Digicel",
]

JOBS = [
    "nurse",
    "software engineer",
    "teacher",
    "accountant",
    "student",
    "civil engineer",
    "pharmacist",
    "chef",
    "graphic designer",
    "dentist",
    "electrician",
    "journalist",
    "lawyer",
    "retired",
    "architect",
    "midwife",
    "logistics manager",
    "tour guide",
    "musician",
    "data analyst",
]

ITEMS = [
    "laptop",
    "camera",
    "passport wallet",
    "prescription glasses",
    "headphones",
    "tablet",
    "gold bracelet",
    "wedding dress",
    "suit",
    "phone charger",
    "hiking boots",
    "baby stroller",
    "guitar",
    "medication",
    "drone",
    "jacket",
    "watch",
    "perfume",
    "kente cloth",
    "sari",
]

ALLERGIES = [
    "none",
    "peanuts",
    "tree nuts",
    "gluten",
    "lactose",
    "shellfish",
    "penicillin",
    "bee stings",
    "eggs",
    "none known",
]

CARS = [
    "Toyota Corolla",
    "VW Golf",
    "Kia Picanto",
    "Hyundai Tucson",
    "Fiat 500",
    "Renault Clio",
    "Toyota Land Cruiser",
    "Suzuki Swift",
    "Nissan X-Trail",
    "Skoda Octavia",
    "Ford Ranger",
    "Tesla Model 3",
]

WIFI_SSIDS = [
    "Vodafone-4F2A",
    "FRITZ!Box 7590 KQ",
    "TP-Link_8C31",
    "Livebox-9A10",
    "HUAWEI-B535-77E2",
    "WLAN-Gast",
    "Casa_Guest",
    "MOVISTAR_31A8",
    "Airtel_Home_5G",
    "Guest_WiFi",
    "Orange-2F4C",
    "NETGEAR47",
]

ROOMTYPES = ["DBL", "TWN", "SGL", "TRP", "DBL/SV", "TWN/OV", "QUAD"]

DEVICE_KINDS = [
    "iPhone",
    "Galaxy-S23",
    "Pixel-8",
    "MacBook-Air",
    "iPad",
    "Redmi-Note-12",
    "OPPO-A78",
    "ThinkPad",
]

# Words for hand-made passwords and Wi-Fi keys.
PW_WORDS = [
    "sunflower",
    "mango",
    "Lagos",
    "kilimanjaro",
    "tigre",
    "sakura",
    "bulbul",
    "chai",
    "pelota",
    "koala",
    "fjord",
    "paella",
    "tulip",
    "baobab",
    "monsoon",
    "zebra",
    "rooibos",
    "kimchi",
    "pierogi",
    "tango",
    "Nebula",
    "Cafe",
    "Bosphorus",
    "Tbilisi",
    "sambal",
    "frangipani",
    "kiwi",
    "Samba",
    "yerba",
    "lotus",
]

# ---------------------------------------------------------------------------
# LLM request envelopes (about a fifth of the texts are wrapped in one)
# ---------------------------------------------------------------------------

SYSTEM_PROMPTS = [
    "You are a helpful travel assistant.",
    "You are TripMate, an assistant that helps people plan trips and events.",
    "Summarize the user's text in three bullet points.",
    "You help community organisers write friendly messages.",
    "Translate the user's text into clear English.",
    "You are a wedding planning assistant. Be warm and concise.",
    "Extract dates, places and tasks from the text as JSON.",
    "Answer in the language of the user.",
]

OPENAI_MODELS = ["gpt-4o", "gpt-4o-mini", "gpt-4.1-mini", "gpt-4-turbo", "o3-mini"]
ANTHROPIC_MODELS = [
    "claude-3-5-sonnet-20241022",
    "claude-3-5-haiku-20241022",
    "claude-sonnet-4-20250514",
    "claude-3-opus-20240229",
]
GEMINI_MODELS = ["gemini-1.5-pro", "gemini-1.5-flash", "gemini-2.0-flash"]
LOG_SERVICES = [
    "tripmate-api",
    "eventbot",
    "rsvp-helper",
    "community-digest",
    "itinerary-worker",
    "concierge-svc",
]

# ---------------------------------------------------------------------------
# Templates: (template id, locale spec, body).  Locale spec: "*" any locale,
# codes and @groups separated by spaces; a "mix:" prefix draws every person
# from a random locale of the spec instead of the sample's main locale.
# ---------------------------------------------------------------------------

TEMPLATES: list[tuple[str, str, str]] = [
    # ----- flights, trains, boarding passes -------------------------------------
    (
        "itin_confirm_email",
        "*",
        """\
Subject: Booking confirmed – {airline} – ref {pnr}

Dear {p1.title} {p1.sur},

Thank you for flying with us. Your e-ticket number is {eticket}.

Passenger: {p1.upper}
Date of birth: {p1.dob}
Passport: {p1.passport}
Mobile: {p1.phone}

OUTBOUND  {flight}  {date}  {airport} → {airport}  dep {time}
RETURN    {flight}  {date}  {airport} → {airport}  dep {time}

Seat {seat}, 1 x 23 kg checked bag.
Manage your booking online with reference {pnr} and the surname {p1.upper_sur}.""",
    ),
    (
        "boarding_ocr_1",
        "*",
        """\
B0ARDING PASS / CARTE D'ACCES A BORD
NAME OF PASSENGER
{p1.ocr} {p1.paxtitle}
FROM {airport}
TO   {airport}
FLIGHT    DATE    CLASS   SEAT
{flight}   {date:short}    {pick:Y|M|J|C|W}     {seat}
GATE  {gate}     BOARDING TIME  {time}
ETKT {eticket}     SEQ {n:1-260}
BOOKING REF  {pnr}""",
    ),
    (
        "boarding_ocr_2",
        "*",
        """\
{airline:up}
BOARDING  PASS            ZONE {n:1-5}
{p1.pax}
FRM:{apt}   T0:{apt}
FLT {flight}  {date:short}  SEAT {seat}
GATE CLOSES {time}
*  *  *  {pick:PRIORITY|SKY PRIORITY|GROUP 3|FAST TRACK}  *  *  *
{pnr}    TKT#{eticket}
FF {ffn}
what does the SSR line on my pass mean? it says DOCS {p1.iso3} ... is my passport number {p1.passport} printed somewhere?""",
    ),
    (
        "boarding_ocr_3",
        "*",
        """\
please read this boarding pass photo text and tell me the gate and the time:

E-TICKET / BOARDING
{p1.ocr}
{flight}       {date:short}
Seat  {seat}      Gate  {gate}
Boarding {time}   Departure {time}
{apt} {airport}
-> {apt}
Seq. {n:1-300}   PNR {pnr}
Prior: {pick:NO|YES}   Bag: {pick:0PC|1PC|2PC}""",
    ),
    (
        "gds_paste",
        "*",
        """\
hey can you tell me if {n:55-95} min is enough for this connection?? travelling with the kids

{pnr}
 1.1{p1.pax} {p1.paxtitle}  2.1{p2.pax} {p2.paxtitle}
 3.1{p3.pax} {pick:MSTR|MISS}(CHD/{p3.dob:apis!kid})
 1 {flight} Y {date:short} {apt}{apt} HK3  {time}  {time}
 2 {flight} Y {date:short} {apt}{apt} HK3  {time}  {time}
TKT/TIME LIMIT
  1.TA{n:1000-9999}/{date:short}
  2.SSR DOCS {airline2} HK1/P/{p1.iso3}/{p1.passport}/{p1.iso3}/{p1.dob:apis}/{p1.gsex}/{date:apis}/{p1.pax}""",
    ),
    (
        "itinerary_group_plan",
        "*",
        """\
Can you turn this into a day-by-day plan for our group chat? Travellers: {p1.full}, {p2.full} and {p3.given} (my sister).

{date:dow} {flight} {airport} 07:40 → {airport} 11:05
Hotel: {hotel}, {town} (conf. {order}) – booked under {p1.sur}
{date:dow} free day – maybe the {museum}?
{date:dow} train {town} → {town} {time}, seats {n:10-60}/{n:10-60}, coach {n:1-12}
{date:dow} {flight} home
Emergency contact while we're away: {p4.full}, {p4.phone}""",
    ),
    (
        "irctc_ticket",
        "IN",
        """\
ELECTRONIC RESERVATION SLIP (ERS)
PNR No.: {n:2100000000-8999999999}   Train No./Name: {n:12001-22999}/{pick:RAJDHANI EXP|SHATABDI EXP|VANDE BHARAT EXP|DURONTO EXP|GARIB RATH}
Date of Journey: {date:dmy-}   From: {pick:NDLS|CSMT|MAS|HWH|SBC|PUNE|JP}   To: {pick:BCT|LKO|ERS|ADI|SC|BPL}
Class: {pick:3A|2A|SL|CC|1A}   Quota: GENERAL (GN)
Passenger Details:
#  Name                 Age  Gender  Booking Status
*2-6|{i}  {r.upper}   {r.age}  {r.gsex}  CNF/{pick:B1|B2|B3|A1|S4|S7}/{n:1-72}
Transaction ID: {n:100000000-999999999}
Ticket Fare: Rs {n:450-4200}.00
Mobile: {phone}   Email: {p1.email}""",
    ),
    (
        "shinkansen_jp",
        "JP",
        """\
【予約確認】
{p1.n_full} 様
この度はご利用ありがとうございます。
ご乗車日：{date:cjk}
区間：{n_town} {time}発 → {n_town} {time}着
列車：{pick:のぞみ|ひかり|はやぶさ|こだま}{n:1-299}号 {n:1-16}号車 {n:1-20}{pick:A|B|C|D|E}席
予約番号：{n:1000-9999}
お問い合わせ先：{p1.phone}
登録メール：{p1.email}""",
    ),
    (
        "rail_cn_sms",
        "CN",
        """\
【铁路客服】订单{pick:E|EA|EB}{n:100000000-999999999}，{p1.n_full}您已购{date:cjk}{pick:G|D|K}{n:1-999}次{n:1-16}车{n:1-18}{pick:A|B|C|D|F}号，{n_town}站{time}开，检票口{pick:A|B}{n:1-20}。
同行外籍旅客：{p2@*.full}（护照号 {p2.passport}）
如需改签请联系{p3.n_full}，电话{p3.phone}。""",
    ),
    (
        "db_ticket_de",
        "DE",
        """\
Online-Ticket – Buchungsbestätigung
Auftragsnummer: {order}
Reisende/r: {p1.full}
Hinfahrt am {date:dmy.}
{town} Hbf ab {time} → {town} Hbf an {time}
{pick:ICE|IC|EC} {n:100-999}, Wg. {n:1-14}, Pl. {n:11-98}, {pick:Fenster|Gang}
Preis: {n:19-139},{n:10-99} €
Bezahlt per PayPal ({p1.email})
Zur Identifikation bitte Reisepass Nr. {p1.passport} oder BahnCard vorzeigen.""",
    ),
    (
        "ouigo_fr",
        "FR",
        """\
Billet OUIGO – {date:long_fr}
Passager : {p1.upper}
Né(e) le : {p1.dob:dmy/}   (tarif {pick:Jeune|Senior|Adulte})
Voiture {n:1-8} – Place {n:1-120}
{town} {time} → {town} {time}
Référence de réservation : {pnr}
Contact : {p1.email} / {p1.phone}""",
    ),
    (
        "renfe_es",
        "ES",
        """\
¿Me ayudas a cambiar este billete? No puedo viajar ese día.

RENFE – Billete electrónico
Localizador: {pnr}
Viajero: {p1.full}
DNI/Pasaporte: {p1.passport}
{pick:AVE|Alvia|Avlo|Iryo} {n:2000-9999} · {date:long_es} · {town} {time} → {town} {time}
Coche {n:1-12} Plaza {n:1-90}{pick:A|B|C|D}
Pagado con tarjeta {card}""",
    ),
    # ----- hotels, hostels, guest registers ----------------------------------------
    (
        "hotel_reg_card",
        "*",
        """\
GUEST REGISTRATION CARD
Hotel: {hotel}    Room: {room}
Arrival: {date}    Departure: {date}
Surname: {p1.upper_sur}
First name(s): {p1.upper_given}
Nationality: {p1.country}
Date of birth: {p1.dob}
Passport / ID no.: {p1.passport}
Home address: {p1.addr}
E-mail: {p1.email}
Mobile: {p1.phone}
Accompanied by: {p2.full}
Signature: ______________""",
    ),
    (
        "parte_viajeros",
        "mix:*",
        """\
PARTE DE ENTRADA DE VIAJEROS
Establecimiento: {hotel} ({town@ES})   Nº de parte: {n:10000-99999}
Apellidos: {p1.sur}
Nombre: {p1.given}
Sexo: {p1.gsex}    Nacionalidad: {p1.iso3}
Fecha de nacimiento: {p1.dob:dmy/}
Tipo de documento: Pasaporte    Nº: {p1.passport}
Fecha de expedición: {date:dmy/}
Fecha de entrada: {date:dmy/}
Firma del viajero:""",
    ),
    (
        "hostel_register",
        "mix:*",
        """\
{hotel} — front desk sheet {date}
Bed | Guest | Nationality | Passport | Check-out
*4-10|{pick:D1|D2|D3|D4|P1|P2}-{n:1-12} | {r.full} | {r.country} | {r.passport} | {date}
Late arrivals: ask {p1.given} at reception (ext. {n:10-99}).""",
    ),
    (
        "ryokan_register",
        "JP",
        """\
宿泊者名簿（{hotel}）
宿泊日：{date:cjk}　{n:1-3}泊
氏名：{p1.n_full}
フリガナ：{p1.upper}
生年月日：{p1.dob:cjk}
住所：{p1.n_addr}
電話番号：{p1.phone}
同行者：{p2.n_full}
※外国籍の方は旅券番号をご記入ください：""",
    ),
    (
        "guest_register_foreign_jp",
        "mix:@EN @ES FR DE IT KR CN TW",
        """\
宿泊者名簿 / Guest Register
Name / 氏名: {p1.upper}
Nationality / 国籍: {p1.country}
Passport No. / 旅券番号: {p1.passport}
Address / 住所: {p1.addr}
Phone / 電話: {p1.phone}
Check-in: {date:iso}   Room: {room}""",
    ),
    (
        "hotel_cc_auth",
        "*",
        """\
CREDIT CARD AUTHORIZATION FORM – {hotel}
Guest name: {p1.full}
Arrival: {date}   Nights: {n:1-7}   Rate: {money}
Cardholder name: {p1.upper}
Card number: {card}
Expiry: {exp}
Billing address: {p1.addr}
Email: {p1.email}   Phone: {p1.phone}
I authorise the hotel to charge the above card for room, tax and incidentals.""",
    ),
    (
        "hotel_complaint",
        "*",
        """\
Hi, can you help me write a firm but polite complaint? Facts:
- stayed at {hotel}, {town}, {date} to {date}, room {room}, booking {order}
- the AC was broken for 3 nights and nobody came
- I paid {money}, card ending {n:1000-9999}
- front desk manager was rude (name tag said {p2.given})
- I want a partial refund
My name is {p1.full} and they can reach me at {p1.email} or {p1.phone}.""",
    ),
    (
        "airbnb_welcome",
        "*",
        """\
Hi {p1.given}! Welcome to {town} 🙂
The flat is at {addr}.
Key box is on the left of the blue door, code {pin}.
WiFi: {ssid} / password {wifi}
Rubbish goes out on {pick:Monday|Tuesday|Thursday} evening. Please don't use the {pick:balcony|roof terrace} after 22:00, the neighbours complain.
If anything is wrong text me on {p2.phone} – {p2.given}""",
    ),
    (
        "airbnb_guest_msg",
        "*",
        """\
Hi {p1.given}, this is {p2.full}. We land at {time} on {flight} so we should be at the apartment around 10pm, is that ok?
We are three: me, my {pick:wife|partner} {f3.given} and our son {m4.given} (9).
Could you send the door code before we take off? My WhatsApp is {p2.phone}.
Thanks!! {p2.given}""",
    ),
    (
        "hotel_wifi_log",
        "*",
        """\
{t:log} portal[{n:1000-9999}]: AUTH ok room={room} guest="{p1.upper_sur}" mac={mac} ip={ipp} plan={pick:FREE|PREMIUM}
{t:log} dhcpd: DHCPACK on {ipp} to {mac} ({p1.device}) via vlan{n:10-40}
{t:log} portal[{n:1000-9999}]: AUTH ok room={room} guest="{p2.upper_sur}" mac={mac} ip={ipp} plan=FREE
{t:log} dhcpd: DHCPACK on {ipp} to {mac} ({p2.device}) via vlan{n:10-40}
{t:log} radius: accounting stop user={p2.uname} bytes_in={n:1000000-99999999}
why do guests keep getting kicked off after 30 min? this is from our hotel router""",
    ),
    # ----- visas and residence permits -----------------------------------------------
    (
        "visa_schengen_form",
        "*",
        """\
APPLICATION FOR SCHENGEN VISA – draft, please check my answers
1. Surname (family name): {p1.upper_sur}
3. First name(s): {p1.upper_given}
4. Date of birth (day-month-year): {p1.dob:dmy-}
5. Place of birth: {town}
7. Current nationality: {p1.country}
13. Number of travel document: {p1.passport}
14. Date of issue: {date:dmy-}
17. Applicant's home address: {p1.addr}
    E-mail: {p1.email}    Telephone: {p1.phone}
19. Current occupation: {job}
31. Inviting person: {p2@FR DE IT ES NL.full}, {p2.addr}, tel. {p2.phone}
Is it a problem that my {pick:cousin|friend|colleague} {p2.given} is the one inviting me?""",
    ),
    (
        "ds160_notes",
        "*",
        """\
Notes for my cousin's DS-160 (please check nothing is missing)
Name: {p1.full}
DOB {p1.dob}
Passport {p1.passport}, issued {date}
Purpose: visiting family for the wedding on {date}
US point of contact: {p2@US.full}, {p2.addr}, {p2.phone}
Contact's SSN (the form asks for "US Social Security Number" of applicant?? she doesn't have one) — my uncle's is {ssn}
She filed taxes once with ITIN {itin}, should we list it?
Father: {m3.full}   Mother: {f4.full}""",
    ),
    (
        "aufenthaltstitel_de",
        "mix:*",
        """\
Antrag auf Erteilung eines Aufenthaltstitels – bitte ins Englische übersetzen
Familienname: {p1.sur}
Vorname(n): {p1.given}
Geburtsdatum: {p1.dob:dmy.}
Geburtsort: {town}
Staatsangehörigkeit: {p1.iso3}
Reisepass-Nr.: {p1.passport}
Anschrift in Deutschland: {addr@DE}
Telefon: {phone@DE}
E-Mail: {p1.email}
Ehegatte/Ehegattin: {p2.full}, geb. {p2.dob:dmy.}""",
    ),
    (
        "invitation_cn",
        "mix:*",
        """\
邀请函
{pick:国家移民管理局|中国驻外使领馆}：
兹邀请外国公民{p1.upper}（护照号：{p1.passport}，出生日期：{p1.dob:iso}）于{date:cjk}至{date:cjk}来华参加{pick:广交会|进博会|技术交流会}。
在华期间一切费用由我公司承担。
联系人：{p2@CN.n_full}　电话：{p2.phone}
邮箱：{p2.email}""",
    ),
    (
        "visa_fa",
        "IR",
        """\
سلام، برای ویزای {pick:ترکیه|گرجستان|ارمنستان|امارات} مدارکم اینهاست:
نام: {p1.n_full}
تاریخ تولد: {p1.dob:fa}
شماره پاسپورت: {p1.passport}
آدرس: {p1.n_addr}
شماره تماس: {p1.phone}
لطفا فرم رو به انگلیسی پر کن.""",
    ),
    (
        "ikamet_tr",
        "mix:*",
        """\
İkamet izni randevu bilgileri (lütfen kontrol eder misin?)
Adı Soyadı: {p1.upper}
Doğum tarihi: {p1.dob:dmy.}
Uyruğu: {p1.country}
Pasaport No: {p1.passport}
Türkiye'deki adres: {addr@TR}
Telefon: {phone@TR}
E-posta: {p1.email}
Randevu: {date:long_tr}, {time}, {pick:Fatih|Kadıköy|Çankaya} Göç İdaresi""",
    ),
    (
        "vfs_appointment",
        "*",
        """\
Appointment Confirmation
Reference Number: {pick:GBR|DEU|FRA|NLD|ITA}{n:100000-999999}/{n:1000-9999}
Applicant: {p1.upper}
Passport No: {p1.passport}
Date of Birth: {p1.dob}
Appointment: {date} at {time}
Visa Application Centre: {town}
Please bring: passport, 2 photos, bank statements, this letter.
Questions? Reply to this thread – {p2.full}, travel agent""",
    ),
    (
        "esta_notes",
        "*",
        """\
filling the ESTA for my dad, this is what I have:
name {p1.full}
born {p1.dob}, {town}
passport {p1.passport} (expires {date})
parents: {m2.given} and {f3.given}
employer: {company}
address in the US: staying with me, {addr@US}
phone {p4@US.phone}
do I need to put my own name as point of contact? I'm {p4.full}""",
    ),
    (
        "arrival_card",
        "*",
        """\
ARRIVAL CARD
Family name          {p1.upper_sur}
Given names          {p1.upper_given}
Date of birth        {p1.dob:dmy/}
Passport number      {p1.passport}
Nationality          {p1.country}
Flight / Ship        {flight}
Address while here   {hotel}, {town}
Contact phone        {p1.phone}""",
    ),
    (
        "conference_visa_letter",
        "*",
        """\
To the Visa Section,

This letter confirms that {p1.full}, passport no. {p1.passport}, born {p1.dob}, is registered as a {pick:speaker|delegate|volunteer} at {conf} {year}, held in {town} from {date} to {date}.
Registration fees have been waived. Accommodation is booked at {hotel}.

Kind regards,
{p2.full}
Programme committee, {conf}
{p2.email} | {p2.phone}""",
    ),
    # ----- insurance, lost luggage, car rental ----------------------------------------
    (
        "insurance_claim_en",
        "*",
        """\
TRAVEL INSURANCE CLAIM FORM — Policy {policy}
Claimant: {p1.full}   DOB: {p1.dob}
Address: {p1.addr}
Phone: {p1.phone}   Email: {p1.email}
Trip: {town} → {town}, {date} to {date}
What happened: my bag was stolen at {museum}. Police report no. {order}.
Items: {item} ({money}), {item} ({money})
Reimbursement to IBAN {iban}, account holder {p1.full}
Card used to pay for the trip: {card}""",
    ),
    (
        "sinistre_fr",
        "@FR",
        """\
Déclaration de sinistre – contrat n° {policy}
Assuré : {p1.ltitle} {p1.full}, né(e) le {p1.dob}
Adresse : {p1.addr}
Téléphone : {p1.phone}
Courriel : {p1.email}
Circonstances : vol annulé le {date} ({flight}), nuit d'hôtel imprévue à {town}.
Montant réclamé : {n:80-900} €
Coordonnées bancaires (IBAN) : {iban}
Fait à {town}, le {date}""",
    ),
    (
        "seguro_es",
        "@ES",
        """\
Hola, necesito ayuda para rellenar el parte del seguro de viaje:
Asegurado: {p1.full}
Fecha de nacimiento: {p1.dob}
Pasaporte: {p1.passport}
Domicilio: {p1.addr}
Teléfono: {p1.phone}
Qué pasó: me caí en {town} el {date} y me atendieron en el hospital, factura de {n:200-3000} USD.
Cuenta para el reembolso: {iban}
¿Qué más me van a pedir?""",
    ),
    (
        "pir_report",
        "*",
        """\
PROPERTY IRREGULARITY REPORT
File ref: {apt}{airline2}{n:10000-99999}
Name: {p1.pax}   Title: {p1.paxtitle}
Flight: {flight} / {date:short}
Bag tag: {airline2}{n:100000-999999}   Type: {pick:BK22X|BU27S|RD23W|GY25D|GN22X}
Permanent address: {p1.addr}
Temporary address: {hotel}, {town}, until {date}
Phone: {p1.phone}   Email: {p1.email}
Contents: {item}, {item}, {item}""",
    ),
    (
        "koffer_de",
        "DE NL",
        """\
Hallo, mein Koffer ist nicht angekommen (Flug {flight} am {date}). Vorgangsnummer {apt}{airline2}{n:10000-99999}.
Kannst du mir eine Mail an die Airline schreiben? Sie sollen ihn bitte direkt nach Hause liefern:
{p1.full}
{p1.addr}
Handy {p1.phone}
Im Koffer waren u.a. {item} und {item}. Danke!""",
    ),
    (
        "car_rental_agreement",
        "*",
        """\
RENTAL AGREEMENT No. {order}
Renter: {p1.full}
Address: {p1.addr}
Date of birth: {p1.dob}
Driver's licence: {p1.dl} ({p1.country})
Additional driver: {p2.full}, licence {p2.dl}
Pick-up: {town} Airport, {date} {time}
Return: {date} {time}
Vehicle: {car}   Plate {plate}
Payment: {card}   exp {exp}
Deposit hold: {money}""",
    ),
    (
        "car_rental_us_toll",
        "US",
        """\
Got a letter from the rental company about unpaid tolls from our trip to {town}. Agreement {order}, car picked up {date}.
They have me as the driver ({p1.full}, license {p1.dl}) but my husband {m2.given} was driving that day.
They're asking for my SSN to "verify identity" — it's {ssn} — is that normal??
Their number is on the letter, mine is {p1.phone}. Can you draft a reply disputing it?""",
    ),
    (
        "expense_report",
        "*",
        """\
Expense report – {conf} trip ({date} – {date})
Employee: {p1.full} ({p1.email})
Flights {airline}: {money}
Hotel {hotel}: {money}
Taxis: {money}
Paid with company card **** **** **** {n:1000-9999}
Out-of-pocket to reimburse: {money}
Please pay to {iban}
Approver: {p2.full}""",
    ),
    # ----- tours, pilgrimages, school trips -----------------------------------------------
    (
        "rooming_list",
        "mix:*",
        """\
ROOMING LIST – {pick:Silk Road Explorer|Kilimanjaro Trek|Andes Adventure|Japan Golden Route|Balkan Discovery} – {hotel}, {town}
Check-in {date} / Check-out {date}
Type | Guest 1 | Guest 2
*4-9|{roomtype} | {r.upper} | {r2.upper}
Tour leader: {p1.full} ({p1.phone})""",
    ),
    (
        "group_manifest",
        "mix:*",
        """\
GROUP MANIFEST  {pick:GRP|TOUR|CHOIR}{n:100-999}  Flight {flight}  {date}
No  Surname / Given name              DOB          Passport     Nat
*5-12|{i:02}  {r.pax}   {r.dob:dmy/}   {r.passport}   {r.iso3}
Group leader: {p1.full}, mobile {p1.phone}""",
    ),
    (
        "umrah_group",
        "PK ID MY EG BD IN NG",
        """\
Umrah Group {n:1-40} – departure {date}
Mutawwif: {m1.full} ({m1.phone})
*5-10|{i}. {r.full} — passport {r.passport} — {pick:quad room|triple room|double room}
Please bring passport copies and 2 photos. Meeting point: {airport}, Terminal {n:1-3}, {time}.
Balance payments to {p2.full}, {p2.phone}.""",
    ),
    (
        "school_trip_consent",
        "GB IE AU NZ",
        """\
Year {n:5-11} residential trip to {town} – consent & medical form
Pupil: {p1.full}    DOB: {p1.dob:!kid}
Parent/guardian: {p2.full}
Home address: {p2.addr}
Emergency contact: {p2.phone} / {p3.full} {p3.phone}
Allergies: {allergy}
Medication: {pick:inhaler|none|EpiPen|antihistamine}
I consent to my child taking part. Signed: {p2.full}   Date: {date}""",
    ),
    (
        "inca_trail_list",
        "mix:*",
        """\
Lista de pasajeros – Camino Inca {date:long_es}
*4-10|{i}. {r.full} – Pasaporte {r.passport} – Nac. {r.dob:dmy/} – {r.country}
Guía: {p1@PE.full} {p1.phone}
Cocinero: {p2@PE.given}
Por favor confirmar antes del {date:dmy/}.""",
    ),
    (
        "safari_ke",
        "mix:*",
        """\
Hi {p1.given},
Confirming your Maasai Mara safari {date} – {date} for {p1.full} and {p2.full}.
Pick-up from {hotel}, Nairobi at 6:30am. Your driver-guide is {p3@KE.full} ({p3.phone}).
Park fees are non-resident rates. We have passport {p1.passport} on file, still missing {p2.given}'s passport copy.
Asante sana,
{p4@KE.given}, reservations""",
    ),
    # ----- accounts, secrets ------------------------------------------------------------------
    (
        "booking_portal_login",
        "*",
        """\
I can't choose seats on the {airline} website, it keeps saying "session expired". My login is {p1.email} and the password is {pw} — I reset it twice already. Booking {pnr} for {p1.full} and {p2.full}. What else can I try?""",
    ),
    (
        "recovery_codes",
        "*",
        """\
Saving these here in case I lose my phone on the trip lol
TripSync backup codes for {p1.email}:
{rec}
{rec}
{rec}
{rec}
{rec}
Each code can be used once.""",
    ),
    (
        "esim_pins",
        "*",
        """\
can you translate the card that came with my travel SIM? it says:
SIM PIN: {pin}
PUK: {puk}
Number: {phone}
and my luggage lock (TSA) code is {pin} — what does "lock after 3 attempts" mean for that?""",
    ),
    # ----- weddings --------------------------------------------------------------------------
    (
        "wedding_guest_csv",
        "*",
        """\
Here's our guest list export, can you make a seating plan with max 8 per table and keep families together?

Name,Side,RSVP,Meal,Plus one,Email
*6-14|"{r.full}",{pick:Bride|Groom},{pick:Yes|Yes|No|Maybe},{pick:Chicken|Fish|Veg|Vegan|Halal},{pick:Yes|No},{r.email}""",
    ),
    (
        "wedding_seating",
        "*",
        """\
who is sitting where? I need a final check:
Table 1 (top table): {p1.full}, {p2.full}, {p3.given} & {p4.given}
Table 2: Aunt {f5.given}, Uncle {m6.given}, cousins {p7.given}, {p8.given}
Table 3: {p9.full} (+1), the {p3.sur} family
Kids table: {p10.lower}, {p11.lower}, {p12.lower}
{p7.given} and {p9.given} must NOT be next to each other 🙃""",
    ),
    (
        "wedding_vows",
        "*",
        """\
Can you polish my vows? Keep them personal, about 1 minute.

{p1.given}, the first time I saw you was at {pick:a friend's barbecue in|the night market in|a conference in|a wedding in} {town}. You laughed at my terrible joke about {fictional} and I knew.
I promise to always save you the last bite, to learn your {pick:grandmother's|mother's} recipes, and to call {m3.given} every Sunday even when he talks about football for an hour.
Love, {p2.given}""",
    ),
    (
        "wedding_invite_es",
        "@ES",
        """\
Tradúceme esta invitación al inglés, por favor:

Con la bendición de Dios y de nuestros padres
{m3.full} y {f4.full}
{m5.full} y {f6.full}
tenemos el honor de invitarle a la boda de nuestros hijos
{f1.given} & {m2.given}
que se celebrará el {date:long_es} a las {time} en la {church}, {town}.
Recepción: {pick:Hacienda San Gabriel|Quinta Las Palmas|Salón Los Arcos|Finca El Olivar}
R.S.V.P. {f1.given}: {f1.phone}""",
    ),
    (
        "wedding_invite_it",
        "IT",
        """\
{m3.full} e {f4.full}
{m5.full} e {f6.full}
annunciano il matrimonio dei loro figli
{f1.given} e {m2.given}
che sarà celebrato il {date:long_it} alle ore {time} presso la {church}, {town}.
Dopo la cerimonia gli sposi saranno lieti di salutare parenti e amici presso {pick:Villa Medici|Tenuta Il Poggio|Masseria San Domenico}.
Conferma entro il {date:dmy/}: {f1.phone} ({f1.given}) o {m2.phone} ({m2.given})
Lista nozze: IBAN {iban} intestato a {m2.full}""",
    ),
    (
        "wedding_invite_pl",
        "PL",
        """\
Z radością zawiadamiamy, że dnia {date:long_pl} o godzinie {time}
w {pick:Kościele pw. św. Anny|Kościele Mariackim|Urzędzie Stanu Cywilnego}
w {town} odbędzie się ślub
{f1.full} i {m2.full}.
Przyjęcie weselne w {pick:Dworku pod Lipami|Hotelu Chopin|Zajeździe u Bartka}.
Prosimy o potwierdzenie do {date:dmy.}: {f1.phone}
Przetłumacz to na angielski dla kuzynki z Kanady.""",
    ),
    (
        "wedding_rsvp_de",
        "DE",
        """\
Liebe {f1.given}, lieber {m2.given},
wir kommen sehr gerne zu eurer Hochzeit am {date:long_de}! 🥂
Wir sind zu dritt: {p3.full}, {p4.given} und die kleine {f5.given} (4).
{p4.given} isst vegetarisch. Übernachten werden wir im {hotel}.
Falls ihr noch was braucht: {p3.phone}
Liebe Grüße""",
    ),
    (
        "rsvp_sms",
        "*",
        """\
Hi {p1.given}!! Yes we'll be there 🥳 It'll be me and {p3.given}, the kids are staying with my mum.
Meal: fish for both please. {p3.given} is allergic to {allergy}.
Can't wait to see you two on the {date}!
— {p2.given} ({p2.phone})""",
    ),
    (
        "wedding_gift_nl",
        "NL",
        """\
Lieve familie en vrienden,
Jullie aanwezigheid op {date:long_nl} is het mooiste cadeau. Wil je ons toch iets geven? Een bijdrage aan onze huwelijksreis naar {pick:Japan|Peru|Zanzibar|IJsland} is welkom op {iban} t.n.v. {f1.full} en/of {m2.full}.
Vragen? Bel onze ceremoniemeester {p3.given}: {p3.phone}
Kun je dit wat luchtiger herschrijven?""",
    ),
    (
        "wedding_toast_request",
        "*",
        """\
write a toast for my best friend {m1.given} who is marrying {f2.full} next saturday. we met in {year} at {school}, he once drove 9 hours to pick me up when my car broke down outside {town}. everyone calls him {m1.nick}. keep it under 2 min and don't mention his ex {f3.given} lol""",
    ),
    (
        "photographer_contract",
        "*",
        """\
WEDDING PHOTOGRAPHY AGREEMENT
Client(s): {p1.full} & {p2.full}
Address: {p1.addr}
Phone: {p1.phone}    Email: {p1.email}
Event date: {date}    Venue: {church} / {hotel}
Package: {pick:Gold (8h)|Silver (6h)|Elopement (3h)}
Deposit paid by card: {card}
Balance due 14 days before the event.
Photographer: {p3.full}""",
    ),
    (
        "wedding_card_hi",
        "IN",
        """\
॥ श्री गणेशाय नमः ॥
{m3.n_full} एवं {f4.n_full}
के सुपुत्र
चि. {m1.n_given}
संग
सौ.कां. {f2.n_given}
सुपुत्री {m5.n_full}
शुभ विवाह: {date:long_hi}
स्थान: {pick:होटल रॉयल पैलेस|शगुन वाटिका|आशीर्वाद बैंक्वेट}, {n_town}
RSVP: {m3.phone}
please translate this card into English for our foreign guests""",
    ),
    (
        "wedding_kr",
        "KR",
        """\
모시는 글
서로 다른 길을 걸어온 두 사람이 이제 같은 길을 걸어가려 합니다.
{m3.n_full} · {f4.n_full}의 장남 {m1.n_given}
{m5.n_full} · {f6.n_full}의 장녀 {f2.n_given}
일시: {date:ko} 오후 {n:1-5}시
장소: {pick:더채플앳청담|아펠가모 광화문|라비두스 웨딩홀} {n:2-5}층
신랑 연락처: {m1.phone}
영어로 번역해줘""",
    ),
    (
        "wedding_cn",
        "CN TW",
        """\
喜帖
谨定于{date:cjk}（星期{pick:六|日}）为
{m1.n_full}先生 与 {f2.n_full}女士
举行结婚典礼，敬备喜宴，恭请光临。
席设：{hotel} {n:2-5}楼宴会厅
时间：{time}入席
联系人：{p3.n_full} {p3.phone}
帮我写一段英文版的""",
    ),
    (
        "wedding_line_jp",
        "JP",
        """\
{p1.n_given}へ
結婚式の招待状ありがとう！もちろん出席します💐
{date:cjk}の{time}受付だよね？
二次会の幹事は{p2.n_sur}さんと私でやります。
住所変わったので引き出物はこちらに送ってね：{p3.n_addr}
{p3.n_full}""",
    ),
    (
        "wedding_th",
        "TH",
        """\
ขอเรียนเชิญร่วมเป็นเกียรติในงานมงคลสมรส
{f1.n_full} และ {m2.n_full}
วันที่ {date:th} เวลา {time} น.
ณ {pick:โรงแรมเซ็นทาราแกรนด์|โรงแรมแชงกรี-ลา|บ้านสวนริมน้ำ} {n_town}
สอบถามเพิ่มเติม คุณ{p3.n_given} {p3.phone}
ช่วยแปลเป็นภาษาอังกฤษให้หน่อย""",
    ),
    (
        "wedding_vn",
        "VN",
        """\
THIỆP MỜI
Gia đình chúng tôi trân trọng kính mời
{p3.ltitle} {p3.full} và gia đình
tới dự lễ thành hôn của con chúng tôi
{m1.full} & {f2.full}
Tiệc cưới được tổ chức vào lúc {time}, {date:long_vi}
tại {pick:Trung tâm tiệc cưới White Palace|Nhà hàng Riverside|Khách sạn Rex}, {town}.
Liên hệ: {m1.phone}""",
    ),
    (
        "wedding_et",
        "ET",
        """\
የሠርግ ጥሪ
{m1.n_full} እና {f2.n_full}
በ{date:dmy/} በ{pick:ሂልተን ሆቴል|ስካይላይት ሆቴል|ኢሊሊ ሆቴል} ሠርጋችንን ስለምናከብር እንዲገኙልን በአክብሮት እንጋብዛለን።
ለበለጠ መረጃ: {p3.phone}
Can you translate this for my colleague {p4@*.given}?""",
    ),
    (
        "aso_ebi_ng",
        "NG",
        """\
ASO-EBI ALERT 🎉🎉
Wedding of {f1.full} & {m2.full}
Date: {date}   Venue: {pick:Eko Hotel Convention Centre|Harbour Point|Balmoral Hall|Landmark Centre}
Aso-oke + gele: N{n:35-90},000
To order, send your name, size and phone number to {p3.given} on {p3.phone}
Deadline {date}. No late orders abeg 🙏""",
    ),
    (
        "engagement_ar",
        "@AR",
        """\
بكل الحب والسعادة ندعوكم لحضور حفل خطوبة
{m1.n_full} و {f2.n_full}
يوم {date:long_ar} الساعة {time}
في {pick:قاعة الماسة|فندق الفورسيزونز|قاعة الياسمين}، {n_town}
للاستفسار: {p3.ltitle} {p3.n_full} {p3.phone}
translate to English please, keep it formal""",
    ),
    (
        "kina_tr",
        "TR",
        """\
Sevgili dostlar 💃
{f1.given}'in kına gecesi {date:long_tr} saat {time}'da {pick:Sultan Düğün Salonu|Boğaziçi Bahçe|Kır Düğünü Bahçesi}'nde!
Kına tepsisini {f2.full} hazırlıyor, katkı için IBAN: {iban} ({f2.full})
Adres için {f2.phone}'u arayabilirsiniz.
Bunu İngilizceye çevirir misin, yurtdışındaki kuzenlere atacağım""",
    ),
    (
        "nunta_ro",
        "RO",
        """\
Cu bucurie în suflet vă invităm la nunta noastră!
{f1.full} & {m2.full}
Nași: {m3.full} și {f4.full}
Cununia religioasă: {date:long_ro}, ora {time}, {church}, {town}
Petrecerea: {pick:Restaurant Trei Stejari|Salonul Regal|Conacul Bellu}
Confirmări până la {date:dmy.}: {f1.phone}""",
    ),
    (
        "koumbaros_gr",
        "GR",
        """\
Με χαρά σας προσκαλούμε στον γάμο μας
{m1.n_full} & {f2.n_full}
{date:long_el}, ώρα {time}, Ιερός Ναός {pick:Αγίου Νικολάου|Αγίας Ειρήνης|Αγίου Δημητρίου}, {n_town}
Κουμπάρος: {m3.n_full}
Δεξίωση: Κτήμα {pick:Λιάσκου|Ελαιώνας|Αμπελώνες}
Επιβεβαίωση: {m1.phone}""",
    ),
    (
        "casamento_pt",
        "PT BR",
        """\
Gente, a lista de presentes do casamento da {f1.given} com o {m2.given} está no ar!
Dia {date:long_pt}, {time}, {pick:Quinta da Regaleira|Espaço Villa Giardini|Casa Vermelha}.
Quem preferir pode mandar Pix para {f1.email} ou depósito no IBAN {iban} ({f1.full}).
Dúvidas com a madrinha {p3.given}: {p3.phone}""",
    ),
    # ----- birthdays, funerals, obituaries, condolences --------------------------------------
    (
        "obituary_en",
        "@EN @ANGLO",
        """\
{p1.upper}
{p1.full}, {n:61-98}, of {town}, passed away peacefully on {date}, surrounded by family.
Born {p1.dob:long!old} in {town} to {p2.full} and {p3.full}, {p1.given} worked for many years as a {job} and never missed a Sunday at {church}.
{p1.given} is survived by {p4.full}; children {p5.given} ({p6.given}), {p7.given} and {p8.given}; and {n:2-14} grandchildren.
A celebration of life will be held on {date} at {time} at {church}. In lieu of flowers, donations to the {pick:Red Cross|local hospice|church building fund}.""",
    ),
    (
        "esquela_es",
        "@ES",
        """\
†
{m1.upper}
Falleció en {town} el día {date:long_es}, a los {n:60-98} años de edad.
Su esposa, {f2.full}; hijos, {p3.given} y {p4.given}; nietos, {p5.given}, {p6.given}; y demás familia
ruegan una oración por su alma.
El funeral tendrá lugar hoy, a las {time}, en la {church}.
Tanatorio: sala {n:1-9}. Condolencias: {p3.email}""",
    ),
    (
        "traueranzeige_de",
        "DE",
        """\
In stiller Trauer nehmen wir Abschied von
{p1.full}
* {p1.dob:dmy.!old}   † {date:dmy.}
In Liebe: {p2.given} und {p3.given} mit {p4.given} und {p5.given}
Die Trauerfeier findet am {date:long_de} um {time} Uhr in der {church} statt.
Traueradresse: Familie {p1.sur}, {addr}
Statt Blumen bitten wir um eine Spende an die Hospizgruppe {town}.""",
    ),
    (
        "funeral_ke",
        "KE",
        """\
It is with humble acceptance of God's will that we announce the passing on of {m1.full} of {area}, {town}, which occurred on {date} at Aga Khan University Hospital after a short illness.
He was the husband of {f2.full}; father of {p3.full}, {p4.full}, the late {p5.full} and {p6.full}; brother of {p7.given}, {p8.given} and {p9.given}.
Friends and family are meeting daily at the family home in {area} and at {church} from 5pm.
Contributions: M-Pesa Paybill {n:100000-999999}, account {m1.upper_sur}, or send to {p3.given} {p3.phone}.
The cortege leaves Lee Funeral Home on {date}. Burial at his home in {pick:Kisii|Kakamega|Nyeri|Siaya|Kericho}.""",
    ),
    (
        "burial_ng",
        "NG",
        """\
CELEBRATION OF LIFE
Late {f1.ltitle} {f1.full} (née {f1.maiden})
Aged {n:70-97}
Service of Songs: {date}, {time}, family compound
Funeral service: {church}, {town}
Interment follows immediately.
Chief Mourners: {p2.full}, {p3.full}, {p4.full}
For enquiries: {p2.phone} / {p3.phone}
Please can you write a short tribute from the grandchildren? Her favourite hymn was "Great Is Thy Faithfulness".""",
    ),
    (
        "condolence_ar",
        "@AR",
        """\
إنا لله وإنا إليه راجعون
انتقل إلى رحمة الله تعالى {m1.n_full}
والد كل من: {m2.n_given}، {m3.n_given}، {f4.n_given}
يقام العزاء في {pick:دار المناسبات|قاعة الفردوس|منزل العائلة} يوم {date:long_ar} بعد صلاة العصر
للتواصل: {m2.phone}""",
    ),
    (
        "condolence_card_en",
        "*",
        """\
Help me write a condolence card. Context: my colleague {p1.given} lost her father {m2.full} last week. He was a {job} and they were very close, he used to pick her up from the office every Friday. We're sending flowers to {p1.addr}. Sign it from the team: {p3.given}, {p4.given}, {p5.given} and me ({p6.given}).""",
    ),
    (
        "shiva_notice",
        "IL US GB CA",
        """\
With great sadness we share that {p1.full} passed away on {date}.
Funeral: {date}, {time}, {pick:Har HaMenuchot|Mount Sinai Memorial Park|Bushey Jewish Cemetery}
Shiva will be observed at the home of {p2.full}, {p2.addr}, through {date}.
Minyan at 7:30pm. Meals are being coordinated by {p3.given} ({p3.phone}).
May {p1.given}'s memory be a blessing.""",
    ),
    (
        "kids_birthday_invite",
        "*",
        """\
🎈🎈 {p1.given} is turning {n:3-10}! 🎈🎈
Join us for cake and games on {date} from {time} at {pick:Jump Zone|the community hall|Funky Monkeys soft play|our house}.
RSVP to {p2.given} on {p2.phone} by {date}.
Please let us know about allergies!
(Gifts not needed, {p1.given} just wants to see {pick:her|his|their} friends 💛)""",
    ),
    (
        "surprise_party_chat",
        "*",
        """\
[{t:wa}] {p1.full}: ok team, surprise party for {p2.given}'s 40th is ON 🎉
[{t:wa}] {p1.full}: {date}, 7pm at {p3.given}'s place – {p3.addr}
[{t:wa}] {p3.full}: yes!! park on the street, not the driveway, {p2.given} knows my car lol
[{t:wa}] {p4.full}: I'll bring the cake. Budget?
[{t:wa}] {p1.full}: €25 each, send to my Revolut {p1.phone} or IBAN {iban}
[{t:wa}] {p5.phone}: who is this group? 😅
[{t:wa}] {p4.full}: 🎂🎂{p2.lower}!!🎉 can't wait
[{t:wa}] {p1.full}: it's {p1.given} from pilates! adding you for {p2.given}'s party""",
    ),
    (
        "quinceanera",
        "MX PE AR CL",
        """\
Mis XV Años
{f1.full}
Con la bendición de Dios y el amor de mis padres
{m2.full} y {f3.full}
y mis padrinos {m4.full} y {f5.full}
tengo el honor de invitarte a celebrar mis quince años
el {date:long_es} · Misa: {time}, {church}
Recepción: Salón {pick:Los Candiles|Jardín Real|Villa Bonita}, {town}
Confirmar con mi mamá: {f3.phone}""",
    ),
    (
        "kanreki_jp",
        "JP",
        """\
父{m1.n_full}の還暦祝いの会を開きます🎉
日時：{date:cjk} {time}〜
場所：{pick:割烹 山吹|レストラン ひまわり|居酒屋 てっぺん}（{n_town}）
会費：{n:4-9},000円
出欠は{date:cjk}までに{p2.n_given}（{p2.phone}）まで。
父には内緒でお願いします🤫
スピーチの文章を考えてもらえますか？""",
    ),
    (
        "dol_kr",
        "KR",
        """\
우리 {p1.n_given}의 첫 돌잔치에 초대합니다 👶
일시: {date:ko} 낮 {n:11-13}시
장소: {pick:더블유웨딩 돌잔치홀|라온제나|소담뜰} {n_town}
아빠 {m2.n_full} · 엄마 {f3.n_full}
오시는 길 문의: {m2.phone}
영어로 초대장 문구 만들어줘""",
    ),
    (
        "name_day_gr",
        "GR",
        """\
Χρόνια πολλά {p1.n_given}!! 🎉 Να σε χαίρονται οι δικοί σου!
(σήμερα είναι η γιορτή του {pick:Αγίου Γεωργίου|Αγίου Δημητρίου|Αγίου Νικολάου}, όχι τα γενέθλιά του — αυτά είναι στις {p1.dob:long_el})
Το βράδυ κερνάει στο {pick:ουζερί του Μπάμπη|Καφενείο Ωραία Ελένη|μπαρ Κουκουβάγια}!
— {p2.n_given}
γράψε μου μια αστεία απάντηση""",
    ),
    (
        "aniversario_br",
        "BR",
        """\
Gente!! Festa surpresa de 60 anos da minha mãe, {f1.full} 🎂
Quando: {date:long_pt}, às {time}
Onde: {p2.addr}
Não contem pra ela!! Quem quiser ajudar no presente, o Pix é {p2.phone} ({p2.full}).
Me ajuda a escrever um texto bonito pra ler na hora do parabéns?""",
    ),
    (
        "geburtstag_rede_de",
        "DE",
        """\
Kannst du mir eine kurze Rede für den 70. Geburtstag meines Vaters schreiben?
Er heißt {m1.full}, geboren am {m1.dob:long_de!old} in {town}, war 35 Jahre Lokführer bei der Bahn und ist seit 40 Jahren mit meiner Mutter {f2.given} verheiratet.
Spitzname in der Familie: {m1.nick}. Er liebt Skat, seinen Garten und den {pick:1. FC Köln|FC Bayern|HSV|VfB Stuttgart}.
Die Feier ist am {date:dmy.} im {pick:Gasthof zur Linde|Landhaus Müller|Ratskeller}. Ich bin {f3.given}, die ältere Tochter.""",
    ),
    (
        "lamay_ph",
        "PH",
        """\
Mga kapatid, with deep sorrow we announce the passing of our beloved Lola {f1.full}, {n:80-99}.
Lamay: {f1.addr} hanggang {date}
Libing: {date}, {time}, {pick:Loyola Memorial Park|Manila North Cemetery|Himlayang Pilipino}
Misa: {church}
Para sa abuloy, GCash {p2.phone} ({p2.full})
Salamat po. – Pamilya {f1.sur}""",
    ),
    (
        "nekrolog_pl",
        "PL",
        """\
Z głębokim żalem zawiadamiamy, że dnia {date:long_pl} zmarł
ś.p. {m1.full}
ur. {m1.dob:dmy.!old} w {town}
Msza żałobna odbędzie się {date:dmy.} o godz. {time} w {church}.
Pogrążeni w smutku: żona {f2.given}, córki {f3.given} i {f4.given} z rodzinami.
Kontakt w sprawie kondolencji: {f3.email}""",
    ),
    (
        "avis_deces_fr",
        "FR",
        """\
AVIS DE DÉCÈS
{p2.full} et {p3.full}, ses enfants,
{p4.given}, {p5.given}, {p6.given}, ses petits-enfants,
ont la tristesse de vous faire part du décès de
{f1.full}
née {f1.maiden}
survenu le {date:long_fr}, à l'âge de {n:75-99} ans.
La cérémonie religieuse sera célébrée le {date:long_fr} à {time}, en l'{pick:église Saint-Pierre|église Notre-Dame|église Saint-Sulpice}.
Cet avis tient lieu de faire-part. Condoléances : {addr}""",
    ),
    (
        "fuho_jp",
        "JP",
        """\
訃報
{m1.n_full}儀 かねてより病気療養中のところ {date:cjk} 永眠いたしました（享年{n:70-99}）
通夜：{date:cjk} 午後{n:5-7}時より
告別式：{date:cjk} 午前{n:10-11}時より
式場：{pick:〇〇斎場|市営葬祭場|セレモニーホール桜}
喪主：{p2.n_full}（長男）
連絡先：{p2.phone}
英語で同僚に伝える短いメールを書いてください""",
    ),
    # ----- genealogy -----------------------------------------------------------------------
    (
        "genealogy_en",
        "@ANGLO @EN",
        """\
Family tree notes – the {m1.sur} line (please help me format this as a table)
- {m1.full} (b. {m1.dob:long!old}, {town}; d. {date:long}) m. {f2.full} (née {f2.maiden})
  - children: {p3.given} (b. {p3.dob}), {p4.given} (b. {p4.dob}), {p5.given}
- {p3.full} emigrated to {country} on the {pick:SS Queen Mary|RMS Mauretania|SS Empire Windrush|MV Fairsea}, {year}
- {p4.full} married {p6.full} at {church}
Sources: parish register {church}; 1921 census; letters from cousin {p7.full} ({p7.email})""",
    ),
    (
        "gedcom",
        "*",
        """\
what's wrong with this GEDCOM, my software won't import it:
0 HEAD
1 CHAR UTF-8
0 @I{n:1-99}@ INDI
1 NAME {m1.gedname}
1 SEX M
1 BIRT
2 DATE {m1.dob:ged!old}
2 PLAC {town}, {m1.country}
1 DEAT
2 DATE {date:ged}
1 FAMS @F1@
0 @I{n:100-199}@ INDI
1 NAME {f2.gedname}
1 SEX F
1 BIRT
2 DATE {f2.dob:ged!old}
0 @F1@ FAM
1 HUSB @I1@
1 WIFE @I2@
1 MARR
2 DATE {date:ged}""",
    ),
    (
        "genealogia_pl",
        "PL",
        """\
Szukam informacji o pradziadku. Co wiem:
{m1.full}, ur. {m1.dob:dmy.!old} w {town}, syn {m2.given} i {f3.full} z domu {f3.maiden}.
Ożenił się z {f4.full} w {year} r. w parafii {church}.
Mieszkali pod adresem {addr}.
Jak napisać zapytanie do archiwum? Mój e-mail: {p5.email}""",
    ),
    (
        "rodoslovnaya_ru",
        "RU",
        """\
Помоги составить родословную для бабушкиного юбилея.
Бабушка: {f1.n_formal}, родилась {f1.dob:long_ru!old} в {n_town}.
Дедушка: {m2.n_formal} ({m2.dob:dmy.!old} – {date:dmy.}).
Их дети: {p3.n_given}, {p4.n_given} и {p5.n_given}.
Прадед по маме — {m6.n_formal}, о нём почти ничего не известно.""",
    ),
    (
        "genealogia_br",
        "BR PT",
        """\
Estou montando a árvore genealógica da família para pedir a cidadania portuguesa.
Bisavô: {m1.full}, nascido em {m1.dob:long_pt!old}, em {town@PT}, filho de {m2.full} e {f3.full}.
Avó: {f4.full}, nascida em {f4.dob:dmy/}.
Eu: {p5.full}, {p5.email}
Quais certidões eu preciso pedir?""",
    ),
    (
        "family_tree_ie",
        "IE",
        """\
Can you help me turn my gran's notes into a family tree?
- {m1.full} (born {m1.dob:long!old}, Co. {pick:Kerry|Mayo|Donegal|Clare|Cork}) married {f2.full} (née {f2.maiden})
- their children: {p3.given}, {p4.given}, {p5.given} and the twins {p6.given} & {p7.given}
- {p3.given} went to Boston in {year}, worked at the Parker House hotel
- Gran's cousin {p8.full} has the old photos, she lives at {p8.addr}""",
    ),
    (
        "islendingabok",
        "IS",
        """\
Hjálp! Ég er að skrifa ættartölu fyrir ættarmótið:
{m1.full}, f. {m1.dob:dmy.!old}, bóndi á {pick:Hóli|Felli|Nesi}
  kona hans: {f2.full}, f. {f2.dob:dmy.!old}
  börn: {p3.given}, {p4.given}, {p5.given}
Ættarmótið verður {date:dmy.} í {town}. Skráning hjá {p6.given} ({p6.email}).
Can you translate it to English for our cousins in Canada?""",
    ),
    # ----- group chats ------------------------------------------------------------------------
    (
        "wa_school_uk",
        "GB IE",
        """\
[{t:wa}] {p1.full}: Hi all, reminder that the Year 3 trip to the {museum} is on {date}. Packed lunch please, no nuts!
[{t:wa}] {p2.full}: Thanks {p1.given}! Does anyone have a spare booster seat?
[{t:wa}] {p3.nick} 🌸: we do, I can drop it at yours tomorrow
[{t:wa}] {p2.full}: amazing thank you!! we're at {p2.addr}
[{t:wa}] {p4.phone}: Hi it's {p4.given}'s dad, can someone add my wife too? her number is {p5.phone}
[{t:wa}] {p1.full}: done 👍
[{t:wa}] {p6.full}: Does anyone know if Mrs {p7.sur} is back from maternity leave?""",
    ),
    (
        "wa_ng_estate",
        "NG",
        """\
{t:wa2} {p1.full}: Good morning neighbours 🙏 NEPA never bring light since yesterday for our side
{t:wa2} {p2.full}: Same here o. Who get number of the electrician?
{t:wa2} {p3.given} Estate Sec: Call Baba {m4.given} {m4.phone}, he fixed the transformer last time
{t:wa2} {p1.full}: Thanks ma 🙏
{t:wa2} {p5.phone}: Please who dey collect security levy this month? I fit pay by transfer
{t:wa2} {p3.given} Estate Sec: {p5.at} na {p6.full} (treasurer), house {n:1-60}. Account details dey the pinned message
{t:wa2} {p2.full}: summarize this for the people who no dey read messages 😂""",
    ),
    (
        "wa_ke_chama",
        "KE",
        """\
{t:wa2} {p1.full}: Members, kindly remit your monthly contribution of Ksh 2,000 by Friday. Paybill {n:100000-999999}, account number is your name e.g. {p2.upper}
{t:wa2} {p2.full}: Done ✅
{t:wa2} {p3.full}: I will send tomorrow, M-Pesa imekataa leo
{t:wa2} {p1.full}: Sawa {p3.given}. Next meeting {date} at {p4.given}'s place in {area}
{t:wa2} {p4.full}: Karibuni! Ni {p4.addr}, gate ya blue
{t:wa2} {p5.lower}: nitakuja na mandazi 😅""",
    ),
    (
        "tg_ru_neighbours",
        "RU",
        """\
[{t:tg}] {p1.n_full}: Соседи, кто-нибудь видел рыжего кота? Отзывается на Барсик 🐈
[{t:tg}] {f2.n_given}: Видела вчера у третьего подъезда
[{t:tg}] {p1.n_full}: Спасибо! Если найдёте, звоните {p1.phone}, я в кв. {n:1-200}
[{t:tg}] {p3.n_nick}: А собрание жильцов когда? {p4.n_formal} говорила про {date:dmy.}
[{t:tg}] {p4.n_full}: Да, в {time} во дворе. Повестка: ремонт лифта
[{t:tg}] {p5.n_full}: переведи на английский для нашего нового соседа""",
    ),
    (
        "line_jp",
        "JP",
        """\
[LINE] {pick:さくら組ママ会|3年2組保護者|サッカー部父母会}のトーク履歴
保存日時：{date:ymd/} {time}

{t:hm}	{p1.n_full}	来週の遠足のお弁当、みなさんどうしますか？
{t:hm}	{p2.n_sur}	うちはおにぎりにします😊
{t:hm}	{p3.n_given}ママ	{p1.n_sur}さん、集合場所は{pick:駅前広場|正門前|市民公園}で合ってますか？
{t:hm}	{p1.n_full}	はい！{time}集合です。何かあれば{p1.phone}まで
{t:hm}	{p4.n_full}	すみません、{p4.n_given}は風邪でお休みします🙇‍♀️""",
    ),
    (
        "kakao_kr",
        "KR",
        """\
{pick:조기축구회|등산 동호회|대학 동기} 님과 카카오톡 대화
저장한 날짜 : {date:ko}

{t:kakao} {p1.n_full} : 이번 주 토요일 {pick:한강공원|북한산 입구|학교 운동장} 7시 맞죠?
{t:kakao} {p2.n_full} : 네 맞아요 ㅎㅎ
{t:kakao} {p3.n_full} : 저 차가 없어서 {p2.n_given}님 픽업 가능하실까요?
{t:kakao} {p2.n_full} : 네 가능해요 {p2.phone} 로 연락주세요
{t:kakao} {p1.n_full} : 회비는 {p1.n_given}한테 보내주시면 됩니다
{t:kakao} {p4.n_full} : 요약 좀 해줘""",
    ),
    (
        "wechat_cn",
        "CN",
        """\
{t:iso} {p1.n_full}
国庆回老家的机票我订好了，{date:cjk}{flight}，{pick:双流|白云|虹桥|首都}落地。
{t:iso} {p2.nick_cn}
好的，到时候让{p3.n_given}去接你
{t:iso} {p3.n_full}
[OK] 手机号{p3.phone}，出来打给我
{t:iso} {p1.n_full}
妈，我的护照号是{p1.passport}，帮我订一下去香港的船票
帮我总结一下这个群聊""",
    ),
    (
        "line_tw",
        "TW",
        """\
{t:hm} {p1.n_full}: 過年圍爐訂在{date:cjk}晚上六點，{pick:欣葉|鼎泰豐|阿霞飯店}
{t:hm} {p2.n_full}: 阿嬤說要吃佛跳牆 😂
{t:hm} {p3.eng_n}: 我跟{p4.n_given}會晚一點到，高鐵{time}才到{n_town}
{t:hm} {p1.n_full}: 紅包統一交給我，轉帳的話我的LINE Pay綁{p1.phone}
{t:hm} {p5.n_full}: 幫我翻成英文給我老公看""",
    ),
    (
        "wa_br",
        "BR",
        """\
{t:wa2} {p1.full}: Gente, o churrasco de sábado vai ser na casa da {f2.given}! 🍖
{t:wa2} {f2.full}: Endereço: {f2.addr}
{t:wa2} {p3.nick}: Vou levar a caipirinha kkkk
{t:wa2} {p4.full}: ebaaa 🥳🥳{f2.given}🥳 te amo
{t:wa2} {f2.full}: Pix pra rachar a carne: {f2.email} 🙏
{t:wa2} {p4.full}: {f2.given}, posso levar meu primo {m5.given}?
{t:wa2} {f2.full}: claro!! quanto mais gente melhor""",
    ),
    (
        "wa_mx",
        "MX",
        """\
{t:wa2} {p1.full}: Familia!! La posada es el {date:long_es} en casa de mi tía {f2.given} 🎄
{t:wa2} {p3.full}: ¿Quién lleva el pozole?
{t:wa2} {f2.full}: Yo hago el pozole, {p4.nick} los tamales
{t:wa2} {p4.full}: 👍 ¿me pasan la dirección otra vez? se me borró
{t:wa2} {f2.full}: {f2.addr}
{t:wa2} {p5.phone}: Hola soy {p5.given}, el novio de {p6.given} 😅 ¿llevo algo?""",
    ),
    (
        "wa_id_arisan",
        "ID",
        """\
{t:wa2} {p1.full}: Ibu-ibu, arisan bulan ini di rumah Bu {f2.given} ya, {date:long_id} jam {time} 🙏
{t:wa2} {f2.full}: Alamatnya {f2.addr}, patokannya masjid {pick:Al-Ikhlas|Nurul Huda|Baiturrahman}
{t:wa2} {p3.full}: Siap bu! Saya bawa kue lapis
{t:wa2} {p4.phone}: Maaf ini nomor baru saya, {p4.given} 😊
{t:wa2} {p1.full}: Yang belum bayar iuran bisa transfer ke saya ya, konfirmasi ke {p1.phone}""",
    ),
    (
        "tg_ua_volunteers",
        "UA",
        """\
[{t:tg}] {p1.n_full}: Друзі, потрібні водії на суботу для доставки гуманітарки в {n_town}
[{t:tg}] {p2.n_given}: Я можу, у мене бус. Мій номер {p2.phone}
[{t:tg}] {p3.n_full}: Склад на {p3.n_addr}, відкриваємо о {time}
[{t:tg}] {p1.n_full}: Дякую! {p4.n_nick}, ти з нами?
[{t:tg}] {p4.n_full}: так 💪
[{t:tg}] {p5.n_full}: перекладіть, будь ласка, англійською для волонтерів з Польщі""",
    ),
    (
        "summarize_chat_en",
        "*",
        """\
summarize this group chat, who is bringing what to the picnic?

{t:wa2} {p1.full}: picnic at {pick:Victoria Park|Uhuru Park|Parque do Ibirapuera|Hyde Park|Ueno Park|Stanley Park} on sunday!!
{t:wa2} {p2.full}: I'll bring samosas 🥟
{t:wa2} {p3.lower}: drinks on me
{t:wa2} {p1.full}: {p4.at} can you bring the speaker?
{t:wa2} {p4.full}: yep. also bringing my flatmate {p5.given} if that's ok
{t:wa2} {p6.phone}: hi it's {p6.given}! I have a big blanket and plates
{t:wa2} {p2.full}: {p3.given} don't forget the ice this time 😂""",
    ),
    (
        "wa_ph_reunion",
        "PH",
        """\
{t:wa2} Tita {f1.given}: Reunion natin sa {date} sa bahay ni Kuya {m2.given} sa {m2.addr} 🎉
{t:wa2} {p3.nick}: Sino magdadala ng lechon? 😂
{t:wa2} {m2.full}: Ako na bahala sa lechon. Ambagan tayo, GCash sa {m2.phone}
{t:wa2} {p4.full}: Nasa Dubai pa ako, video call na lang ako 😢
{t:wa2} Tita {f1.given}: Ok lang anak! Ingat ka diyan
{t:wa2} {p5.full}: Pwede isama si {p6.given}? Yung bago kong jowa hehe""",
    ),
    (
        "wa_tr",
        "TR",
        """\
{t:wa2} {p1.full}: Arkadaşlar cumartesi Kapadokya turu kesinleşti 🎈
{t:wa2} {p2.full}: Süper! Otobüs kaçta kalkıyor?
{t:wa2} {p1.full}: {time}'da {pick:Kadıköy|Taksim|Kızılay} çıkışı. Balon için pasaport lazım, {p3.given} seninki geçerli mi?
{t:wa2} {p3.full}: Evet, numarası {p3.passport} zaten sisteme girdim
{t:wa2} {p2.full}: {f6.given} Hanım'ın da pasaportu lazım mı?
{t:wa2} {p4.nick}: ben gelemiyorum 😢 {p5.given} yerime gelir mi?
{t:wa2} {p1.full}: Ödemeyi şu IBAN'a yapın: {iban} ({p1.full})""",
    ),
    (
        "wa_in_goa",
        "IN",
        """\
{t:wa2} {p1.full}: bhai log goa trip final? {date} ko nikal rahe hai
{t:wa2} {p2.lower}: haan bhai, {p3.lower} bhi aa raha hai
{t:wa2} {p1.full}: villa booked in {pick:Anjuna|Calangute|Palolem|Assagao}, 4500 each, GPay on {p1.phone}
{t:wa2} {m4.full}: mummy ko bolna padega {p1.given} ke saath jaa raha hu 😂
{t:wa2} {p3.full}: flight {flight} {time}, PNR {pnr} – sab log apna ID carry karna
{t:wa2} {p5.phone}: add {p6.given} bhi, uska number {p6.phone}""",
    ),
    (
        "wa_eg",
        "EG",
        """\
{t:wa2} {p1.full}: يا جماعة رحلة الساحل {date:dmy/} 🏖️
{t:wa2} {p2.full}: تمام، مين هيسوق؟
{t:wa2} {p3.full}: أنا هسوق، هعدي على {p4.n_given} الساعة {time}
{t:wa2} {p1.full}: الشاليه في {pick:مراسي|هاسيندا|الساحل الشمالي}، الحجز باسم {p1.n_full}
{t:wa2} {p4.phone}: ده رقمي الجديد يا جماعة
{t:wa2} {p2.full}: لخص الكلام ده بالإنجليزي""",
    ),
    (
        "wa_il",
        "IL",
        """\
[{t:wa}] {p1.n_full}: מי מגיע לארוחת שישי אצל סבתא {f2.n_given}?
[{t:wa}] {p3.n_given}: אנחנו! עם {p4.n_given} והילדים
[{t:wa}] {p1.n_full}: מעולה. הכתובת החדשה שלה {f2.n_addr}
[{t:wa}] {p5.n_full}: אני מביאה קוגל 😋
[{t:wa}] {p6.phone}: היי זה {p6.n_given}, אפשר להצטרף?
[{t:wa}] {p1.n_full}: תסכם לי את השיחה באנגלית""",
    ),
    (
        "wa_sw",
        "KE",
        """\
{t:wa2} {p1.full}: Habari wote! Harusi ya {f2.given} na {m3.given} ni tarehe {date:long_sw} 🎉
{t:wa2} {p4.full}: Hongera sana! Michango tunatuma wapi?
{t:wa2} {p1.full}: Tuma kwa M-Pesa {p1.phone} ({p1.full}), au Paybill {n:100000-999999}
{t:wa2} {p5.lower}: Kamati ya harusi inakutana {date} kwa {p5.given}, {p5.addr}
{t:wa2} {p6.full}: Nitakuja na Mama {p7.given}
{t:wa2} {p1.full}: translate to English for our guests from abroad please""",
    ),
    (
        "wa_fr_parents",
        "FR",
        """\
[{t:wa}] {p1.full}: Bonjour à tous, la kermesse de l'école {pick:Jules Ferry|Jean Moulin|Victor Hugo|Marie Curie} a lieu le {date:long_fr} !
[{t:wa}] {p2.full}: Super, je peux tenir le stand crêpes 🥞
[{t:wa}] {p3.full}: Moi la tombola. {p1.given}, tu as les billets ?
[{t:wa}] {p1.full}: Oui, passe les chercher chez moi : {p1.addr}
[{t:wa}] {p4.phone}: Bonjour, c'est la maman de {p5.given} (CE2), ajoutez mon mari svp : {p6.phone}
[{t:wa}] {p2.full}: Fais-moi un résumé pour les absents stp""",
    ),
    (
        "wa_es_padres",
        "ES",
        """\
[{t:wa}] {p1.full}: Hola familias! La excursión a {pick:Cuenca|Toledo|Segovia|Montserrat} es el {date:long_es}. Hay que pagar 18 € antes del viernes.
[{t:wa}] {p2.full}: ¿Al IBAN del AMPA?
[{t:wa}] {p1.full}: Sí, {iban}, concepto: nombre del niño
[{t:wa}] {p3.nick}: Pagado! Concepto {p4.full} 3ºB
[{t:wa}] {p5.phone}: Soy el padre de {p6.given}, ¿alguien me pasa la autorización?
[{t:wa}] {p2.full}: Te la mando al correo, ¿cuál es? — {p5.email}""",
    ),
    (
        "signal_de_haus",
        "DE",
        """\
{pick:Hausgemeinschaft|Nachbarschaft|WG-Chat} {pick:Goethestraße 12|Schillerplatz|Kastanienallee|Lindenhof} – exportierter Chat
[{t:tg}] {p1.full}: Hallo zusammen, am {date:dmy.} ist Sperrmüll. Wer stellt was raus?
[{t:tg}] {p2.full}: Ich hätte ein altes Sofa. {p3.given}, hilfst du mir tragen?
[{t:tg}] {p3.full}: klar, sag Bescheid
[{t:tg}] {p4.full}: Paket für {p5.full} liegt bei mir im 2. OG 📦
[{t:tg}] {p5.full}: danke! hole ich heute Abend. Meine neue Nummer übrigens: {p5.phone}
[{t:tg}] {p1.full}: Kannst du das kurz zusammenfassen?""",
    ),
    (
        "wa_pk",
        "PK",
        """\
{t:wa2} {p1.full}: Assalam o alaikum everyone, mehndi ki dholki {date} ko hai, {p2.given} ke ghar
{t:wa2} {p2.full}: Location: {p2.addr} 📍
{t:wa2} {p3.full}: Dholki songs ki list kaun bana raha hai? 🥁
{t:wa2} {f4.lower}: mai bana dungi! {f5.given} appi, aap mehndi lagwaogi?
{t:wa2} {f5.full}: ji zaroor. Mehndi artist ka number {p6.phone}
{t:wa2} {p1.full}: please summarize this in English for my husband 😄""",
    ),
    (
        "viber_lk",
        "LK",
        """\
[{t:wa}] {m1.full}: Avurudu games at {pick:Viharamahadevi Park|the temple grounds|our lane} on {date}! Kotta pora, kana mutti, lissana gaha 😄
[{t:wa}] {p2.full}: We'll bring kavum and kokis
[{t:wa}] {p3.full}: {m1.given} aiya, can you collect the Rs 500 per family?
[{t:wa}] {m1.full}: yes, give to me or {f4.given} nangi ({f4.phone})
[{t:wa}] {p5.full}: my address changed btw: {p5.addr}""",
    ),
    (
        "wa_th",
        "TH",
        """\
{t:hm} {p1.n_nick}: เสาร์นี้ไปเที่ยว{pick:เขาใหญ่|เกาะเสม็ด|เชียงราย}กันนะ 🚐
{t:hm} {p2.n_nick}: ได้เลย ใครขับรถ
{t:hm} {p3.n_full}: เราขับเอง รถตู้เช่าในชื่อ{p3.n_full} เบอร์ {p3.phone}
{t:hm} {p1.n_nick}: โอนค่าที่พักมาที่พร้อมเพย์ {p1.phone} นะ
{t:hm} {p4.nick}: ok ka
{t:hm} {p2.n_nick}: สรุปแชทนี้เป็นภาษาอังกฤษให้หน่อย""",
    ),
    (
        "wa_vn",
        "VN",
        """\
{t:wa2} {p1.full}: Cả nhà ơi, đám giỗ ông nội vào {date:long_vi} ở nhà bác {m2.given} nhé
{t:wa2} {m2.full}: Địa chỉ: {m2.addr}
{t:wa2} {p3.full}: Con về từ {town}, chuyến bay {flight} đáp lúc {time}
{t:wa2} {p4.full}: {p3.given} ơi, anh ra sân bay đón em nhé, số anh {p4.phone}
{t:wa2} {p1.full}: dịch giúp sang tiếng Anh cho cháu {p5.given} ở Úc""",
    ),
    (
        "wa_my",
        "MY",
        """\
{t:wa2} {p1.full}: Assalamualaikum semua, open house Raya di rumah kami {date:long_ms} 🌙
{t:wa2} {p1.full}: Alamat: {p1.addr}
{t:wa2} {p2.full}: InsyaAllah kami datang lepas Zohor
{t:wa2} {p3.full}: Boleh bawa kawan? {p4.west} from the office, first Raya in Malaysia 😄
{t:wa2} {p1.full}: Boleh sangat! Parking penuh, call {p1.phone} bila sampai""",
    ),
    (
        "wa_sn",
        "SN",
        """\
{t:wa2} {p1.full}: Salam tout le monde, le baptême (ngénte) de la petite {f2.given} c'est {date:long_fr} inch'Allah
{t:wa2} {p3.full}: Alhamdoulilah ! Où ça ?
{t:wa2} {p1.full}: Chez nous : {p1.addr}
{t:wa2} {p4.full}: Ndank ndank, j'arrive de {town} avec {p5.given}
{t:wa2} {p6.phone}: C'est {p6.given}, ajoutez ma sœur svp {p7.phone}
{t:wa2} {p1.full}: Résume ça en anglais pour mon mari""",
    ),
    (
        "wa_ma",
        "MA",
        """\
{t:wa2} {p1.full}: Salam l3a2ila, l3ers dyal {f2.given} f {date:dmy/} inchallah 💍
{t:wa2} {p3.full}: Mabrouk! Fin ghadi tkoun l7afla?
{t:wa2} {p1.full}: F {pick:Salle des fêtes Al Andalous|Dar Souiri|Palais Jad Mahal}, {town}
{t:wa2} {p4.nick}: Chkoun ghadi yjib negafa? 😂
{t:wa2} {p1.full}: {p5.full}, numero dyalha {p5.phone}
{t:wa2} {p3.full}: traduis-moi ça en français stp""",
    ),
    (
        "tg_ir",
        "IR",
        """\
[{t:tg}] {p1.n_full}: دوستان، برنامه سفر {pick:شمال|کیش|یزد} قطعی شد 🚗
[{t:tg}] {p2.n_given}: عالیه! کی حرکت می‌کنیم؟
[{t:tg}] {p1.n_full}: ساعت {time} از جلوی خونه {p3.n_given}، آدرس: {p3.n_addr}
[{t:tg}] {p3.n_full}: هزینه رو به این شماره کارت... نه، کارت به کارت به {p3.n_given} بدید، شماره تماس {p3.phone}
[{t:tg}] {p4.n_full}: لطفا خلاصه این چت رو به انگلیسی بنویس""",
    ),
    (
        "church_youth_ws",
        "WS TO",
        """\
{t:wa2} {p1.full}: Talofa lava youth 🙏 fundraising car wash this Saturday at {church}, 8am
{t:wa2} {p2.full}: Malo! I'll bring buckets
{t:wa2} {p3.lower}: my uncle {m4.given} can drive the van, his number {m4.phone}
{t:wa2} {p1.full}: Fa'afetai {p3.given}! Also the fa'alavelave for {p5.full}'s family is next week
{t:wa2} {p6.full}: Send contributions to {p1.given}, {p1.phone}
{t:wa2} {p2.full}: can you write this up nicely for the church notice board?""",
    ),
    (
        "slack_meetup",
        "mix:*",
        """\
#{pick:general|lagos-meetup|berlin-hikers|nairobi-runners|tokyo-expats} – exported
{t:iso} {p1.handle}: Meetup this Thursday at {pick:the Goethe-Institut|Impact Hub|WeWork Kings Cross|the Alliance Française}, 6:30pm 🍕
{t:iso} {p2.handle}: count me in! bringing {p3.given} from my team
{t:iso} {p4.handle}: who has the projector adapter? last time {p5.given} took it home 😅
{t:iso} {p5.handle}: guilty. will bring it
{t:iso} {p1.handle}: RSVP form: {pick:forms.gle/x7Yh2|bit.ly/meetup-rsvp|lu.ma/evt-4821} – speaker is {p6.full} ({p6.email})""",
    ),
    # ----- clubs, rosters ---------------------------------------------------------------------
    (
        "verein_de",
        "DE",
        """\
TSV {town} 1860 e.V. – Abteilung {pick:Volleyball|Tischtennis|Leichtathletik|Chor} – Mitgliederliste {year}
Nr.;Name;Vorname;Geburtsdatum;Telefon;E-Mail
*5-12|{i};{r.sur};{r.given};{r.dob:dmy.};{r.phone};{r.email}
Bitte prüfen, wer über 18 ist, und mir die Liste sortiert zurückgeben.""",
    ),
    (
        "choir_roster",
        "*",
        """\
{pick:St Cecilia Community Choir|Harmony Singers|Voices of the Valley|City Gospel Choir} – tour roster ({town}, {date})
Soprano: {p1.full}, {p2.full}, {p3.full}
Alto: {p4.full}, {p5.full}
Tenor: {p6.full}, {p7.full}
Bass: {p8.full}, {p9.full}
Room sharing: {p1.given}+{p4.given}, {p2.given}+{p5.given}, {p6.given}+{p8.given}
Anyone who still owes the deposit please pay {p10.full} ({p10.phone}) before we book the coach.""",
    ),
    (
        "cricket_team",
        "IN PK LK GB AU NZ BD",
        """\
{pick:Sunday XI|Vets XI|2nd XI|Under-15s} v {pick:Riverside CC|Old Boys|Police XI|Greenfield CC} – {date} – team sheet
*11-11|{i}. {r.full}{pick:| (c)| (wk)| (vc)|||}
12th man: {p1.full}
Tea: {p2.given}'s turn
Lifts: meet at {p3.given}'s place ({p3.addr}) at 11:00. Call {p3.phone} if late.""",
    ),
    (
        "kids_football_es",
        "MX AR CL PE ES",
        """\
Liga infantil – categoría {pick:2014|2015|2016} – lista de jugadores
N°  Jugador/a               Nac.          Tutor/a              Teléfono
*6-12|{i}   {r.full}   {r.dob:dmy/!kid}   {r2.full}   {r2.phone}
Entrenador: {p1.full} · {p1.phone}
Partido del sábado: {time}, Cancha {pick:Benito Juárez|Diego Maradona|Municipal|Los Pinos}""",
    ),
    (
        "rugby_ws_to",
        "WS TO NZ",
        """\
{pick:Apia Barbarians|Vaimoso Rugby|Kolomotu'a RFC|Ponsonby Pasifika} team list v {pick:Marist|Scopa|Toa-ko-Ma'afu|Grammar TEC} – {date}
*10-15|{i}. {r.full}
Reserves: {p1.given}, {p2.given}, {p3.given}
Manager: {p4.full} {p4.phone}
Bus leaves 9am from {church}. Pray before we go 🙏""",
    ),
    (
        "running_results",
        "*",
        """\
{pick:parkrun|Sunday 10K|Harbour Fun Run|Charity 5K} results {date} – can you find the club members and their average time?
Pos  Name                   Club                 Time
*6-12|{i}  {r.full}  {pick:Harriers|Striders|unattached|Road Runners|RC}  {n:17-45}:{n:10-59}
Volunteers: {p1.full} (timekeeper), {p2.full} (marshal)
Next run director: {p3.full}, {p3.email}""",
    ),
    (
        "idrottsklubb_se",
        "@NORD",
        """\
Medlemslista {pick:skidklubben|seglarklubben|orienteringsklubben|körens} {year} – kan du sortera efter ålder?
*5-10|{r.full}, född {r.dob}, {r.phone}, {r.email}
Kassör: {p1.full} – betala årsavgiften till {iban}
Träning {pick:tisdagar|torsdagar} kl. {time} vid {pick:Skatås|Frognerseteren|Nuuksio|Fælledparken}""",
    ),
    (
        "korus_hu",
        "HU",
        """\
{pick:Bartók Béla Vegyeskar|Kodály Zoltán Kórus|Szent István Kamarakórus} – koncertút {town}, {date:long_hu}
Szoprán: {p1.full}, {p2.full}
Alt: {p3.full}, {p4.full}
Tenor: {p5.full}
Basszus: {p6.full}, {p7.full}
Szobabeosztás és útlevélszámok kellenek a szállodának: {p1.given} – {p1.passport}, {p3.given} – {p3.passport}
Kérlek fordítsd le angolra a szervezőnek, {p8@*.full}-nak.""",
    ),
    (
        "turisticky_klub_cz",
        "CZ",
        """\
Klub českých turistů {town} – přihlášky na výlet {pick:do Krkonoš|na Šumavu|do Českého ráje}, {date:long_cs}
*4-9|{i}. {r.full}, nar. {r.dob:dmy.}, tel. {r.phone}
Záloha 500 Kč na účet {iban}, do zprávy jméno.
Vedoucí výletu: {p1.full} ({p1.email})""",
    ),
    (
        "naadam_mn",
        "MN",
        """\
Наадмын аялал – бүртгэл ({date:iso})
*4-8|{i}. {r.n_full} – {r.phone} – паспорт {r.passport}
Хөтөч: {p1.n_full}
Машин: {pick:Тоёота Ланд Круйзер|Портер|Фургон} – жолооч {p2.n_given}
Please translate this list into English for our guests from abroad, and write "G. Batbayar" style initials correctly.""",
    ),
    # ----- churches, mosques, temples, synagogues ---------------------------------------------
    (
        "parish_bulletin",
        "@ANGLO PH KE NG",
        """\
{pick:ST. ANTHONY'S|ST. JUDE'S|HOLY FAMILY|OUR LADY OF GUADALUPE} PARISH BULLETIN – {date}
Mass intentions:
  Sat 5pm  †{p1.full} (req. by the {p2.sur} family)
  Sun 9am  Living & deceased members of the {p3.sur} family
  Sun 11am {p4.full} – birthday blessing
Please pray for the sick: {p5.full}, {p6.full}, {p7.full}
Baptisms: welcome to {f8.full}, daughter of {p9.given} & {p10.given}
Parish priest: Fr. {m11.full}. Office: {phone}
Second collection for {pick:the missions|the roof fund|St. Vincent de Paul}.""",
    ),
    (
        "mosque_newsletter",
        "GB MY ID PK BD NG EG",
        """\
{pick:Masjid Al-Noor|Jamia Masjid|Central Mosque|Masjid Ar-Rahman} – weekly update
• Jumu'ah khutbah this week: Imam {m1.full}
• Nikah: congratulations to Br. {m2.full} and Sr. {f3.full} 💐
• Janazah prayer for {p4.full} after Dhuhr, {date}. Inna lillahi wa inna ilayhi raji'un
• Eid trip to {town}: register with Br. {m5.given} on {m5.phone}
• Donations: IBAN {iban} (ref: BUILDING)""",
    ),
    (
        "temple_dana_lk",
        "LK",
        """\
{pick:Gangaramaya|Kelaniya|Sri Maha Bodhi Viharaya} – Vesak dansala volunteers {year}
Food: {p1.full}, {p2.full}
Lanterns (toran): {p3.full} & {p4.full}
Almsgiving (dana) sponsors: the {p5.sur} family, the {p6.sur} family
Coordinator: {p7.full} – {p7.phone}
Please translate into simple English for the newsletter.""",
    ),
    (
        "synagogue_bulletin",
        "IL US GB CA",
        """\
{pick:Beth Israel|Temple Emanu-El|Shaarei Tzedek|Beit Simcha} Weekly – Parashat {pick:Noach|Lech Lecha|Vayera|Bereshit}
Mazel tov to {p1.full} and {p2.full} on the birth of a granddaughter, {f3.given}!
Kiddush this Shabbat is sponsored by {p4.full} in memory of {p4.given}'s father, {m5.full}.
Bar Mitzvah of {m6.full}, son of {p7.full} and {p8.full}, on {date}.
Volunteers for the Purim carnival, contact {p9.given}: {p9.email}""",
    ),
    (
        "jubo_kr",
        "KR",
        """\
{pick:사랑의교회|온누리교회|한빛교회} 주보 – {date:ko}
새가족 환영: {p1.n_full} 성도, {p2.n_full} 성도
기도 부탁: {p3.n_full} 집사님 (수술 회복 중)
생일 축하: {p4.n_full} 권사님
구역 모임: {p5.n_full} 집사님 댁 ({p5.n_addr}) 금요일 저녁 {n:7-8}시
문의: {p6.phone}""",
    ),
    (
        "fiesta_ph",
        "PH",
        """\
Barangay {pick:San Roque|Santo Niño|San Isidro} Fiesta {year} 🎉
Hermano Mayor: {m1.full}
Hermana Mayor: {f2.full}
Novena: {date} to {date}, 6pm at {church}
Basketball league sign-up: text {p3.nick} at {p3.phone}
Santacruzan: Reyna Elena – {f4.full}, Constantino – {m5.full}
Paki-translate sa English for our balikbayan relatives""",
    ),
    (
        "faalavelave_ws",
        "WS TO",
        """\
Fa'alavelave notice – {p1.full}'s family
Our beloved {p2.full} passed away on {date}. The funeral service is at {church} on {date}, {time}.
Family contributions (fine mats, money, food) can be brought to {p3.addr}
or sent to {p3.full}: {p3.phone}
Please help me write a short eulogy in English with a few Samoan phrases.""",
    ),
    (
        "langar_rota",
        "IN GB CA US",
        """\
{pick:Gurdwara Singh Sabha|Gurdwara Sri Guru Nanak Darbar|Gurdwara Sahib} – langar seva rota ({date})
*5-9|{pick:Mon|Tue|Wed|Thu|Fri|Sat|Sun} – {r.full} & {r2.full} – {pick:roti|dal|sabzi|kheer|washing up}
Coordinator: {p1.full} ({p1.phone})
Please note: the Vaisakhi nagar kirtan route goes past {pick:The Broadway|the High Street|Main Street|Scott Road} – no parking there.""",
    ),
    (
        "puja_np",
        "NP",
        """\
Dashain tika program {year} 🙏
Venue: {p1.full} ko ghar, {p1.addr}
Tika time: {time}
Aaunu hune: {p2.given} didi, {p3.given} dai, {p4.given} bhauju, {p5.given} mama
Khasi ko paisa {p6.given} lai pathaunu, eSewa {p6.phone}
Can you make this into a nice English invitation for my colleague {p7@*.full}?""",
    ),
    (
        "tham_bun_th",
        "TH",
        """\
ขอเชิญร่วมทำบุญขึ้นบ้านใหม่ของ {p1.n_full}
วันที่ {date:th} เวลา {n:7-9}.00 น. พระสงฆ์ 9 รูป จาก{pick:วัดพระแก้ว|วัดอรุณ|วัดสุทัศน์}
ที่อยู่: {p1.addr}
สอบถาม: {p2.n_nick} {p2.phone}
ช่วยแปลเป็นภาษาอังกฤษให้เพื่อนชาวต่างชาติหน่อย""",
    ),
    # ----- volunteers, alumni, dating, housing ----------------------------------------------
    (
        "volunteer_rota",
        "*",
        """\
{pick:Food bank|Soup kitchen|Beach clean-up|Refugee welcome desk|Animal shelter} rota – {pick:March|April|May|June|September|October}
*5-9|{pick:Mon|Tue|Wed|Thu|Fri|Sat|Sun} {date} – {r.full} & {r2.full} ({r.phone})
Keys: collect from {p1.given}, {p1.addr}
Shift swaps: message {p2.full} at {p2.email}""",
    ),
    (
        "form_export_tsv",
        "*",
        """\
Timestamp	Full name	Email	Phone	T-shirt	Shift
*5-10|{t:iso}	{r.full}	{r.email}	{r.phone}	{pick:S|M|L|XL}	{pick:Water station|Start line|Finish area|Bag drop}
can you count how many volunteers per shift and flag duplicates?""",
    ),
    (
        "alumni_notes",
        "*",
        """\
CLASS NOTES – {school}, Class of {year}
{p1.full} married {p2.full} in {town} last spring; they met at our 10-year reunion!
{p3.full} moved to {town} to work for {company} and would love to hear from classmates: {p3.email}
{p4.full} and {p5.full} welcomed baby {p6.given} on {date}.
Sadly, we report the passing of {p7.full}. A memorial fund has been set up by {p8.full}.
Reunion committee: {p9.full} ({p9.phone})""",
    ),
    (
        "dosokai_jp",
        "JP",
        """\
{pick:第一中学校|県立高校|〇〇大学}同窓会のお知らせ（{n:10-40}期）
日時：{date:cjk} {time}〜
会場：{hotel}
会費：{n:5-10},000円
幹事：{p1.n_full}（{p1.email}）、{p2.n_full}
出欠は{date:cjk}までに幹事までご連絡ください。
恩師の{p3.n_sur}先生もいらっしゃいます！""",
    ),
    (
        "dating_profile_en",
        "*",
        """\
help me make my dating profile less boring:
"Hi, I'm {p1.given} ✨ {n:24-45}, {job} in {town}. Love hiking, bad puns and {pick:my cat|my dog|sourdough|salsa dancing}. Looking for someone to try every {pick:ramen|taco|dumpling|jollof} place with. insta {p1.handle}"
also should I put my number ({p1.phone}) or is that too much?""",
    ),
    (
        "dating_reply_help",
        "*",
        """\
ok so we matched on {pick:Hinge|Bumble|Tinder|Tantan|Tapestry} and she just sent me this: "haha {p1.lower} you're funny, wanna get coffee at {pick:Blue Bottle|Java House|Starbucks Reserve|Café Tortoni} saturday? my number is {p2.phone} 🙂"
Her name is {p2.given}, she's a {job}. How do I reply without sounding too eager? My friend {p3.given} says wait 2 hours lol""",
    ),
    (
        "dating_pt_es",
        "BR @ES",
        """\
Me ajuda a responder? Ela escreveu: "Oi {p1.given}! Adorei seu perfil 😍 Bora sair sexta? Meu insta é {p2.handle}, me chama lá"
O nome dela é {p2.full}. Não quero parecer desesperado kkk""",
    ),
    (
        "dating_scam",
        "*",
        """\
Is this a scam?? A guy called {p1.full} messaged me on {pick:Instagram|Facebook|Tinder|LinkedIn}, says he's an engineer on an oil rig. After 3 weeks he asked me to send USDT to {trx} for his "customs fee" and says he'll pay back double.
He sent a passport photo with number {p1.passport} and a photo that looks exactly like {public}.
My friend {p2.given} says I should report it. I already gave him my address ({p3.addr}) 😬""",
    ),
    (
        "flatshare_uk",
        "GB IE AU NZ",
        """\
DOUBLE ROOM AVAILABLE – {area}, {money}/month incl. bills
Lovely sunny room in a 4-bed house on {pick:Gladstone Street|Victoria Road|King Street|Cuba Street|Leeson Street|Albert Street}. Current housemates: {p1.given} (nurse, nights), {p2.given} (PhD student) and {p3.given} (works in {company}).
Available from {date}. No smokers, pets negotiable 🐈
Viewings this weekend – message {p4.given} on {p4.phone} or {p4.email}
Can you make this ad sound nicer?""",
    ),
    (
        "wg_gesucht_de",
        "DE",
        """\
Hallo liebe WG,
ich bin {p1.given}, {n:20-34}, studiere {pick:Medizin|Informatik|Lehramt|Architektur} an der {pick:LMU|TU Berlin|Uni Köln|Uni Leipzig} und suche ab {date:dmy.} ein Zimmer.
Ich koche gerne (Spezialität: Kässpätzle), bin ordentlich und gehe am Wochenende oft klettern.
Gerne komme ich zu einem Kennenlernen vorbei! Erreichbar unter {p1.phone} oder {p1.email}.
Viele Grüße, {p1.full}
Kannst du den Text etwas lockerer machen?""",
    ),
    (
        "coloc_fr",
        "FR",
        """\
Coloc à {town} : chambre de {n:9-16} m² dans un T4, {n:380-690} €/mois CC
Adresse : {addr}
Colocataires actuels : {p1.given} (infirmière), {p2.given} (en master de droit)
Dispo à partir du {date:long_fr}. Visites le week-end.
Contact : {p3.given} au {p3.phone}
Tu peux rendre l'annonce plus sympa ?""",
    ),
    (
        "roommate_cn",
        "CN TW",
        """\
【合租】{n_town}{pick:地铁口|大学附近|市中心}三室一厅，招一位女生室友
房租{n:1500-4800}元/月，押一付三
现住：{f1.n_sur}小姐（{pick:护士|程序员|老师|设计师}）、{f2.n_given}（研究生）
地址：{n_addr}
有意者请联系{p3.n_sur}先生/小姐 {p3.phone}，微信同号
帮我翻译成英文，想发到留学生群""",
    ),
    # ----- events, registrations, tickets ------------------------------------------------------
    (
        "event_reg_csv",
        "*",
        """\
order_id,first_name,last_name,email,phone,ticket_type,dietary
*5-12|{order},{r.given},{r.sur},{r.email},{r.phone},{pick:General|VIP|Student|Speaker},{pick:none|vegetarian|vegan|halal|kosher|gluten-free}
^ registration export for {conf} {year}. can you tell me how many vegetarians and list the VIPs?""",
    ),
    (
        "event_reg_json",
        "*",
        """\
{{"event": "{conf} {year}", "exported_at": "{t:iso}", "attendees": [
*4-8|  {{"id": {n:1000-9999}, "name": "{r.full}", "email": "{r.email}", "phone": "{r.phone}", "badge": "{pick:ATTENDEE|SPEAKER|STAFF}"}},
  {{"id": 0, "name": "TEST USER", "email": "test@example.com", "phone": "+00 000 000", "badge": "STAFF"}}
]}}
remove the test user and give me a table""",
    ),
    (
        "conf_badges",
        "mix:*",
        """\
BADGE PRINT LIST — {conf} {year}
*6-12|{r.upper} | {company} | {pick:SPEAKER|ATTENDEE|STAFF|PRESS|SPONSOR} | {r.country}
note: {f1.given} wants the name on her badge as "{f1.nick}" please""",
    ),
    (
        "meetup_rsvps",
        "*",
        """\
RSVPs for {pick:Board Games Night|Language Exchange|Sunset Hike|Photo Walk|Founders Breakfast} ({date}):
Going ({n:6-30}): {p1.full}, {p2.given} +1, {p3.handle}, {p4.full}, {p5.lower}
Waitlist: {p6.full}, {p7.full}
Hosts: {p8.full} & {p9.full}
Can you write a reminder message to everyone going?""",
    ),
    (
        "ticket_resale_chat",
        "*",
        """\
{p1.given}: hey, still selling the 2 {concert} tickets for {date}?
{p2.given}: yes! 2x standing, {money} each
{p1.given}: can I pay with PayPal friends & family? my email is {p1.email}
{p2.given}: only bank transfer sorry: {iban}, name {p2.full}
{p1.given}: ok sent. can you put the tickets in my name pls, {p1.full}
{p2.given}: done, transfer code {n:100000-999999}""",
    ),
    (
        "ticket_resale_crypto",
        "*",
        """\
Selling 1x {concert} ticket ({date}), face value. Pay in crypto only (BTC, ETH or USDT-TRC20), wallet:
{crypto}
After payment send screenshot to {p1.handle} or WhatsApp {p1.phone}. Ticket will be transferred to your email.
is this a legit way to buy tickets or am I being scammed?""",
    ),
    (
        "ticket_transfer_email",
        "*",
        """\
Subject: {p1.full} sent you {n:2-4} tickets
Hi {p2.given},
{p1.full} has transferred tickets for {concert} ({date}, {pick:Section 112|Block C|Floor standing|Tribuna Norte}) to {p2.email}.
Accept the transfer within 72 hours. You'll need to log in with the same email.
Order #{order}""",
    ),
    (
        "toast_es",
        "@ES",
        """\
Necesito un brindis para la boda de mi hermano {m1.given} con {f2.full}. Somos de {town}, él trabaja de {pick:enfermero|ingeniero|profesor|cocinero|abogado}, le decimos "{m1.nick}". Se conocieron en {pick:la universidad|un viaje a Cusco|el gimnasio|una boda}. Algo emotivo pero con humor, máximo 2 minutos. Yo soy {f3.given}, la hermana mayor.""",
    ),
    (
        "seating_constraints",
        "*",
        """\
who is sitting where? 6 tables of 8. Constraints:
- {p1.full} and {p2.full} are divorced, different tables, far apart
- {p3.given} needs to be near the exit (wheelchair)
- the {p4.sur} kids ({p5.lower}, {p6.lower}, {p7.lower}) together with a parent
- grandma {f8.given} at table 1 with {p9.given}
- {f10.full} doesn't know anyone, put her with {p11.given}
please suggest a plan""",
    ),
    (
        "translate_invite_jp",
        "JP",
        """\
この招待状を英語に翻訳してください：

拝啓　皆様におかれましてはますますご清祥のこととお慶び申し上げます
このたび {m1.n_full} と {f2.n_full} は結婚式を挙げることになりました
つきましては 日頃お世話になっている皆様に感謝を込めて ささやかな披露宴を催したく存じます
日時：{date:jp_era} {time}
会場：{hotel}
お手数ながら {date:cjk}までにご返信くださいますようお願い申し上げます
連絡先：{m1.phone}""",
    ),
    (
        "supra_ge",
        "GE",
        """\
Write a tamada toast (in English and Georgian) for my uncle {m1.full} — {m1.n_full}.
He turns 70 on Saturday; born {m1.dob:long!old} in {town}. He taught chemistry for 40 years and makes the best chacha in {pick:Kakheti|Imereti|Racha}.
His wife is {f2.n_given}, his grandchildren {p3.given} and {p4.given}. I'm {p5.given}, we'll be at his house on {m1.addr}.""",
    ),
    (
        "diwali_signup",
        "IN GB US CA",
        """\
🪔 Diwali potluck sign-up – {date} at the {pick:community centre|temple hall|Patel family home}
Starters: {p1.full}, {p2.full}
Mains: {p3.full} (paneer), {p4.full} (biryani)
Sweets: {p5.given} aunty (gulab jamun), {p6.given} (kaju katli)
Rangoli: kids with {p7.given}
Fireworks NOT allowed this year ({p8.full} got a warning from the council 😅)
Questions: {p1.phone}""",
    ),
    (
        "iftar_potluck",
        "*",
        """\
Iftar potluck at {p1.given}'s on {date} 🌙
Address: {p1.addr} (buzzer {n:1-40})
Dates & water: {p2.given}
Soup: {p3.full}
Main: {p4.full}, {p5.full}
Dessert: {p6.lower}
Non-Muslim friends very welcome, {p7.given} is bringing her colleague {p8.full}!""",
    ),
    (
        "cny_reunion_tw",
        "TW CN",
        """\
Lunar New Year reunion dinner plan (please help me write the group message in English and Chinese)
Date: {date}, {time}
Place: {pick:Din Tai Fung|Jumbo Seafood|Paradise Dynasty|家樂福旁的海鮮餐廳}
Hosts: {p1.full} ({p1.n_full})
Red envelopes: give to {p2.given} before dinner
Transport: {p3.full} drives Grandma from {p3.addr}
RSVP to {p1.phone}""",
    ),
    (
        "pohela_bd",
        "BD",
        """\
Pohela Boishakh get-together 🎉 at {p1.full}'s rooftop
Address: {p1.addr}
Time: {time}, wear red & white!
Panta-ilish by {p2.given} bhabi, mishti by {p3.given}
Contribution 500 taka each — bKash {p1.phone}
Can you translate this into Bangla for my parents' group? My mom is {f4.n_full}.""",
    ),
    (
        "sn_tabaski",
        "SN",
        """\
Bonjour, peux-tu m'aider à écrire un message pour la famille ?
La Tabaski sera chez tonton {m1.given} cette année, {m1.addr}.
Le mouton est acheté par {p2.full}, chacun participe à hauteur de 15 000 F CFA (Wave : {p2.phone}).
{p3.given} et {p4.given} arrivent de {town} le {date:long_fr}.
Ma grand-mère {f5.full} voudrait que tout le monde soit là pour la photo.""",
    ),
    (
        "mariage_ma",
        "MA",
        """\
Invitation au mariage de {f1.full} et {m2.full}
La famille {f1.sur} et la famille {m2.sur} ont le plaisir de vous convier
le {date:long_fr} à partir de {time} à {pick:la salle Dar Essalam|Palais Jad Mahal|Villa Zitoune}, {town}.
Contact : {p3.ltitle} {p3.full} – {p3.phone}
Peux-tu la traduire en anglais et en arabe ?""",
    ),
    # ----- US paperwork around trips and weddings (SSN / ITIN / licences) ----------------------
    (
        "passport_renewal_us",
        "US",
        """\
Filling out the DS-82 to renew my passport before the honeymoon, can you double-check?
Name: {p1.upper}
Date of birth: {p1.dob:mdy/}
Place of birth: {town}
Social Security Number: {ssn}
Mailing address: {p1.addr}
Phone: {p1.phone}   Email: {p1.email}
Most recent passport number: {p1.passport}, issued {date:mdy/}
Name change? yes — married {p2.full} on {date:long_us}
Travel plans: {date:long_us}, {country}""",
    ),
    (
        "j1_taxes",
        "mix:@EN @ES PL CZ RO UA TR BR TH ID",
        """\
I worked as a camp counselor in {pick:Maine|Vermont|Pennsylvania|Wisconsin} on a J-1 last summer and now I'm confused about US taxes.
The IRS first gave me an ITIN ({itin}) and later the Social Security office sent a card with SSN {ssn}.
Which one goes on the 1040-NR? The camp director {p2@US.full} ({p2.email}) says to use the SSN.
My name on the W-2 is {p1.upper}, home address {p1.addr}.""",
    ),
    (
        "wedding_vendor_w9",
        "US",
        """\
Our DJ sent his W-9 so we can pay him, does this look complete?
Name: {m1.full}
Business name: {pick:Beats by|Sound Waves|Party Vibes} {m1.sur} Entertainment LLC
Taxpayer identification number: SSN {ssn}
Address: {m1.addr}
Signature: {m1.full}   Date: {date:mdy/}
We still owe him the balance of {money} after the reception at {hotel}.""",
    ),
    (
        "itin_spouse",
        "US",
        """\
I'm filing jointly for the first time after our wedding in {town@*}. My wife {f1@*.full} isn't eligible for an SSN, so she applied for an ITIN and got {itin}.
Mine is {ssn}. Her passport number is {f1.passport} and her date of birth is {f1.dob:mdy/}.
Do I put her ITIN in the spouse box on the 1040? We live at {p2.addr}.""",
    ),
    (
        "tsa_precheck",
        "US",
        """\
TSA PreCheck enrollment – info to bring to the appointment
Applicant: {p1.full}
DOB: {p1.dob}
Driver's license ({pick:CA|NY|TX|FL|WA|IL}): {p1.dl}
US passport: {p1.passport}
Home address: {p1.addr}
Appointment: {date:long_us}, {time}, {airport}
Known Traveler Number will be emailed to {p1.email}""",
    ),
    (
        "idp_application",
        "*",
        """\
International Driving Permit application (for our road trip)
Full name: {p1.upper}
Date of birth: {p1.dob}
Address: {p1.addr}
National driving licence no.: {p1.dl}, categories B, issued {date}
Passport no.: {p1.passport}
Countries to visit: {country}, {country}
Is a scan of my licence enough or do I need to post the original?""",
    ),
    (
        "car_share_host",
        "*",
        """\
Hi {p1.given}! Thanks for booking my {car} for {date} – {date} 🚗
Before pick-up I need a photo of your licence. You wrote the number as {p1.dl} and DOB {p1.dob}, is that right? The app says the name doesn't match ({p1.upper}).
Pick-up address: {p2.addr}. The key is in the lockbox, code {pin}.
Call me on {p2.phone} if anything. – {p2.given}""",
    ),
    (
        "road_trip_drivers",
        "mix:*",
        """\
Adding drivers to the camper rental for our road trip – the company wants this by email:
*2-4|Driver {i}: {r.full}, born {r.dob}, licence {r.dl} ({r.country}), phone {r.phone}
Main renter: {p1.full}, card {card}
Can you format this as a polite email to the rental company?""",
    ),
    (
        "moving_van",
        "*",
        """\
Renting a van to move my sister into her new flat after the wedding.
Reservation {order}, pick-up {date} {time}
Driver: {p1.full}
Licence number: {p1.dl}
Date of birth: {p1.dob}
New address: {p2.addr}
Card on file: {card}
What insurance do I actually need?""",
    ),
    # ----- crypto, devices, smart locks ---------------------------------------------------------
    (
        "trip_split_crypto",
        "*",
        """\
[{t:wa}] {p1.full}: ok the villa in {town} is {money} total, that's 6 ways
[{t:wa}] {p1.full}: you can send your share in USDT to {trx} or ETH to {eth}
[{t:wa}] {p2.full}: can I just do bank transfer? crypto scares me 😅
[{t:wa}] {p1.full}: sure, IBAN {iban} ({p1.full})
[{t:wa}] {p3.lower}: sent 0.0041 BTC from {btc} lol, check pls
[{t:wa}] {p1.full}: got it {p3.given} 🙏""",
    ),
    (
        "wedding_gift_crypto",
        "*",
        """\
Help me word this nicely for our wedding website: we don't need gifts, but if people want to contribute to our honeymoon in {country} we accept bank transfer or crypto.
IBAN: {iban} ({p1.full} & {p2.full})
Bitcoin: {btc}
Ethereum: {eth}
Questions to {p1.given}: {p1.email}""",
    ),
    (
        "airbnb_scam",
        "*",
        """\
Is this legit? Found a cheap apartment in {town} for the conference. The "host" {p1.full} says Airbnb is "too expensive" and wants the deposit directly:
- pay {money} in Bitcoin to {btc}
- then send my passport copy and address to {p1.email}
- he'll text the door code from {p1.phone}
My partner {p2.given} thinks it's fine because he sent a photo of his ID.""",
    ),
    (
        "event_av_dhcp",
        "*",
        """\
DHCP reservations for the gala stage ({date}) – can you turn this into a dnsmasq config?
stage-laptop-1     {mac}   {ipp}
stage-laptop-2     {mac}   {ipp}
{p1.device}     {mac}   {ipp}
{p2.device}     {mac}   {ipp}
lighting-desk      {mac}   {ipp}
Contact for the AV team: {p3.full}, {p3.phone}""",
    ),
    (
        "smart_lock_log",
        "*",
        """\
Our holiday flat's smart lock app shows this, did someone get in who shouldn't?
{t:log} bridge {mac} online ip={ip}
{t:log} code "Guest {p1.sur}" ({pin}) created by {p2.given}
{t:log} unlocked with code "Guest {p1.sur}"
{t:log} unlocked by app user {p2.uname}
{t:log} code "cleaner" ({pin}) used
{t:log} unlocked by unknown keypad code, 3 failed attempts before""",
    ),
    (
        "mrz_scan",
        "*",
        """\
can you read this passport scan? the OCR looks weird:
PASSPORT / PASSEPORT          Type P     Code {p1.iso3}
Passport No. {p1.passport}
Surname  {p1.upper_sur}
Given names  {p1.upper_given}
Date of birth  {p1.dob:dMon}
Sex {p1.gsex}     Place of birth  {town}
Date of expiry {date:dMon}
{p1.mrz}
I need it for the hotel check-in form""",
    ),
    (
        "host_family_jp_en",
        "JP",
        """\
Please help me write a thank-you letter to my host family in {town}. The father is {m1.full} ({m1.sur}-san), the mother {f2.given}-san, and their daughter {f3.given}-chan taught me origami.
I stayed with them for the exchange programme at {school}. Their address is {m1.addr}, I want to send a gift from home.
My name is {p4@*.full}.""",
    ),
    # ----- logs and technical pastes -------------------------------------------------------------
    (
        "travel_app_log",
        "*",
        """\
{t:log} INFO  itinerary.sync user={p1.uname} pnr={pnr} status=OK
{t:log} WARN  loyalty.api retry=2 member={ffn} name="{p1.upper}"
{t:log} DEBUG llm.client POST https://api.openai.com/v1/chat/completions auth="Bearer {apikey}"
{t:log} INFO  notify.sms to={p1.phone} template=gate_change
{t:log} ERROR db.pool could not connect postgres://tripmate:{pw}@{ipp}:5432/bookings
why is the sync failing? (app version {version})""",
    ),
    (
        "conference_wifi_mac",
        "*",
        """\
Hi IT team, I'm {p1.full} (speaker, {conf}). My laptop won't join the venue network.
MAC address: {mac}
It got the IP {ipp} but no internet. My other device ({p1.device}) works fine.
Can you whitelist it? I'm on stage at {time}! Reach me at {p1.phone}""",
    ),
    (
        "crypto_donation",
        "*",
        """\
Our {pick:youth football club|choir|church roof fund|community garden|mosque renovation} now accepts crypto donations 🙏
BTC: {btc}
ETH: {eth}
Every donor gets a thank-you card from the kids. Contact our treasurer {p1.full} ({p1.email}) for a receipt.
Can you help me write a post for Facebook about this?""",
    ),
    (
        "api_keys_event_app",
        "*",
        """\
my event check-in app broke after I moved it to a new server, here's the .env (the old one worked):
EVENTBRITE_TOKEN={token}
OPENAI_API_KEY={apikey:openai}
SMTP_USER={p1.email}
SMTP_PASS={pw}
ADMIN_PIN={pin}
SERVER_IP={ip}
what am I missing?""",
    ),
    (
        "hotel_pms_export",
        "mix:*",
        """\
RES_ID|GUEST|EMAIL|PHONE|ARR|DEP|ROOM|CC
*4-8|{n:100000-999999}|{r.comma}|{r.email}|{r.phone}|{date:iso}|{date:iso}|{room}|{card}
^ export from our property system, please format as a table but hide nothing, it's for the night manager""",
    ),
    (
        "ip_ban_community",
        "*",
        """\
Someone keeps spamming our community forum registration. Logs:
{t:log} signup ok user={p1.uname} email={p1.email} ip={ip}
{t:log} signup ok user=free_tickets_{n:100-999} email={email} ip={ip}
{t:log} signup ok user=free_tickets_{n:100-999} email={email} ip={ip6}
{t:log} login  ok user={p2.uname} ip={ip}
which IPs should I block? {p1.given} and {p2.given} are real members.""",
    ),
]

# Texts with nothing to remove: near-misses only (ids start with "clean_").
CLEAN_TEMPLATES: list[tuple[str, str, str]] = [
    (
        "clean_flight_delay",
        "*",
        """\
Is flight {flight} from {airport} usually late in the evening? My booking reference is {pnr} and the e-ticket number {eticket}. I land at {time} and the last train into {town} leaves at 23:40.""",
    ),
    (
        "clean_trip_plan",
        "*",
        """\
Plan a 5-day trip to {town} for two people who like food and museums. Must-sees: the {museum}, a walk down {street}, and a day trip to see where {public} grew up. We arrive {date} and leave {date}. Budget around {money} per day.""",
    ),
    (
        "clean_conference_announce",
        "*",
        """\
{conf} {year} will take place {date}–{date} at the {pick:Kenyatta International Convention Centre|Palais des Congrès|Suntec Singapore|Centro Banamex|ICC Sydney|Tbilisi Expo}. Keynote by {public}. Early-bird registration opens {date}; use code EARLYBIRD{n:10-99} at checkout. Visa letters are issued after payment (order number format: {order}).""",
    ),
    (
        "clean_release_notes",
        "*",
        """\
TripMate v{version} release notes
- Fixed crash when importing a PNR with more than 9 segments
- Boarding pass OCR now handles SURNAME/GIVENNAME MR lines
- Updated airport list (added {apt}, renamed "{airport}")
Checksum (sha256): {hash}
Build: {uuid}""",
    ),
    (
        "clean_env_placeholders",
        "*",
        """\
# .env.example for the RSVP bot – copy to .env and fill in
OPENAI_API_KEY=<API_KEY>
ANTHROPIC_API_KEY=sk-ant-xxxxxxxxxxxxxxxx
DB_PASSWORD=your-password-here
SMTP_PASSWORD=changeme
ADMIN_EMAIL=admin@example.com
WEBHOOK_SECRET=${{WEBHOOK_SECRET}}
GITHUB_TOKEN={{{{ secrets.GITHUB_TOKEN }}}}
why does the bot say "invalid key" when I run it locally?""",
    ),
    (
        "clean_public_figure_q",
        "*",
        """\
Which hotel did {public} stay at during the {year} tour stop in {town}? Fans say it was the {hotel}, others say {public} flew out the same night. Also, is the {museum} open on {pick:Mondays|public holidays|Sundays}?""",
    ),
    (
        "clean_order_confirmation",
        "*",
        """\
Order #{order} confirmed
2 x {concert}, {date}
Section {n:100-330}, Row {n:1-40}, Seats {n:1-30}–{n:31-60}
Total: {money} (incl. fees)
This is an automatically generated message. Tickets will appear in the app 48 hours before the event.""",
    ),
    (
        "clean_feast_day",
        "*",
        """\
The feast of {saint} falls on {date} this year. The procession leaves {church} at {time} and follows {street} to the old market square. Can you suggest a short prayer and a simple menu for 20 people after the procession?""",
    ),
    (
        "clean_airport_transfer",
        "*",
        """\
How do I get from {airport} to the city centre of {town} at night? Is there a bus after midnight, and how much is a taxi? I'm staying near the {museum}. Flight {flight} lands at {time}.""",
    ),
    (
        "clean_group_rules",
        "*",
        """\
Welcome to the {pick:Nairobi Hikers|Lisbon Language Exchange|Seoul Expat Parents|Lagos Book Club|Kraków Climbers|Auckland Pasifika Choir} group! 🎉
1. Be kind. 2. No selling. 3. Events are posted by admins only. 4. Use the thread for carpools.
Next event: {date}, meeting point {pick:the Nelson Mandela statue|the main gate of the park|the fountain at Praça do Comércio|Gwanghwamun Square}.
Please read the pinned post before asking questions.""",
    ),
    (
        "clean_json_config",
        "*",
        """\
{{"event_id": "{uuid}", "venue": "{hotel}", "timezone": "UTC+{n:1-12}", "capacity": {n:50-900}, "ticket_prefix": "{pnr}", "api_key": "<REDACTED>", "webhook": "https://hooks.example.com/events/{n:1000-9999}"}}
what does the ticket_prefix field do?""",
    ),
    (
        "clean_redacted_log",
        "*",
        """\
{t:log} INFO  checkin.scan ticket={order} gate={gate} user=[REDACTED] ip=[REDACTED]
{t:log} INFO  checkin.scan ticket={order} gate={gate} user=[REDACTED] ip=[REDACTED]
{t:log} WARN  checkin.scan ticket={order} duplicate scan
{t:log} INFO  llm.summarize model=gpt-4o-mini tokens={n:200-2000} latency_ms={n:300-4000}
Why would a ticket be scanned twice within a minute?""",
    ),
    (
        "clean_masked_values",
        "*",
        """\
My bank shows a charge from "{hotel}" on {date} for {money}, card **** **** **** {n:1000-9999}, and a text came from +44 **** ***{n:100-999}. The booking was already cancelled (ref {pnr}). How do I dispute it?""",
    ),
    (
        "clean_anniversary_date",
        "*",
        """\
Our wedding anniversary is on {date}. Which day of the week is that, and can you suggest something to do in {town} that evening? We got married at {church} and would love to go back there.""",
    ),
    (
        "clean_fictional",
        "*",
        """\
Write a short bedtime story where {fictional} and {fictional} go on a trip to {town} by {pick:night train|hot-air balloon|ferry|camel caravan} and get lost near the {museum}. Age 6, gentle, about 300 words.""",
    ),
    (
        "clean_jp_question",
        "JP",
        """\
{n_town}から京都まで新幹線で行く場合、{date:cjk}の朝{time}頃の便は混みますか？予約番号は{n:1000-9999}です。{pick:BTS|Taylor Swift|Coldplay|Ed Sheeran}のコンサートがあるので心配です。""",
    ),
    (
        "clean_es_question",
        "@ES",
        """\
¿Qué documentos necesito para viajar de {town} a {town@PT} con un perro? El vuelo es el {date:long_es} con {airline} (vuelo {flight}, localizador {pnr}). ¿Hace falta el pasaporte europeo para animales?""",
    ),
    (
        "clean_streets_named",
        "*",
        """\
Walking tour idea: start at {street}, pass the {museum}, lunch near {school}, then the {church}. Is 4 km too much for kids aged 6 and 9? We're there on {date}.""",
    ),
]
