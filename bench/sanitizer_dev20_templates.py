# ruff: noqa: E501  (hand-written text data: long template strings are kept whole)
"""Hand-written data for the dev20 blind evaluation set (see sanitizer_dev20.py).

Everything here was typed by hand for this set: name pools per culture, kinship
terms, phone/address/date formats, near-miss pools (public figures, saints,
brands, places named after people), chat-line pools in many code-switched
registers and the document templates.

Template mini-language (resolved by sanitizer_dev20.py):
  {p1.full} {p1.first} {p1.nick} {p1.last} {p1.kin} {p1.title} {p1.handle} ...
      a person bound for the whole text (p1..p9); ``o``/``n`` inside chat lines
      mean "another participant" / "a fresh third person".
  {phone} {email} {addr} {dob} {iban} {card} {ssn} {itin} {ip} {mac} {btc} ...
      values to be removed (labelled);
  {celeb} {saint} {brand} {place} {street0} {date} {order} ... near-misses;
  {chat:APP} a whole chat export; ``{{`` and ``}}`` are literal braces.
  ``!low`` / ``!up`` after a slot change the case of a name.
"""


def L(s):
    """Split a ``|`` separated pool."""
    return [x.strip() for x in s.split("|") if x.strip()]


def K(s):
    """Split a ``|`` separated pool of affixes, keeping the spaces that mark them."""
    return [x for x in s.split("|") if x.strip()]


# ---------------------------------------------------------------------------
# Name pools per culture.
# keys: m/f given names, s surnames (sf: female surname forms), nick: given ->
# nickname(s), pet: generic pet names, kin_m/kin_f: kinship or address terms
# (ending in space or "'" = prefix, starting with space or "-" = suffix, "+" =
# glued suffix), t_m/t_f: titles used with the surname, fmt: full-name shapes.
# native: given -> native script, snative: surname -> native script.
# ---------------------------------------------------------------------------
CULTURES = {
    "yoruba": dict(
        m=L(
            "Adebayo|Olumide|Babatunde|Oluwaseun|Ayodeji|Kehinde|Taiwo|Olamide|Femi|"
            "Tunde|Segun|Kayode|Adewale|Gbenga|Ayomide|Oluwafemi|Opeyemi|Tobiloba|"
            "Damilola|Temitope|Olusegun|Adeniyi|Oladele|Kolawole|Akintola"
        ),
        f=L(
            "Bukola|Folake|Funmilayo|Yetunde|Titilayo|Omolara|Abimbola|Oluwakemi|"
            "Morenike|Ifeoluwa|Adunni|Simisola|Moyosore|Toluwani|Oyinkansola|Bolanle|"
            "Motunrayo|Eniola|Ronke|Damilola|Temitope|Adeola|Olayinka|Iyabo|Mojisola"
        ),
        s=L(
            "Adeyemi|Ogunleye|Olawale|Bakare|Balogun|Adeleke|Ogundipe|Afolabi|Oyelaran|"
            "Akinwande|Oladipo|Ajayi|Oyebanji|Odunsi|Ilesanmi|Ogunbiyi|Akindele|Olatunji|"
            "Adeniran|Oyekan|Adegoke|Fadahunsi|Ogunsanya|Ayodele|Oduya|Okunola"
        ),
        nick={
            "Bukola": "Bukky|Buky",
            "Folake": "Fola",
            "Funmilayo": "Funmi",
            "Oluwaseun": "Seun|Sheun",
            "Ayodeji": "Deji",
            "Oluwafemi": "Femi",
            "Temitope": "Tope|Temi",
            "Oyinkansola": "Oyinkan",
            "Motunrayo": "Tunrayo",
            "Babatunde": "Tunde",
            "Adewale": "Wale",
            "Oluwakemi": "Kemi",
            "Titilayo": "Titi",
            "Abimbola": "Bimbo",
            "Simisola": "Simi",
            "Toluwani": "Tolu",
            "Moyosore": "Moyo",
            "Olamide": "Lamide",
            "Yetunde": "Yetty",
            "Ifeoluwa": "Ife",
            "Omolara": "Lara",
            "Morenike": "Nike",
            "Ayomide": "Ayo",
            "Olusegun": "Segun",
            "Damilola": "Dami",
            "Mojisola": "Moji",
            "Olayinka": "Yinka",
            "Kolawole": "Kola",
            "Adeola": "Deola",
        },
        kin_m=K("uncle |brother |baba |daddy |oga |egbon |bros "),
        kin_f=K("aunty |sister |mummy |iya |sis |mama "),
        t_m=K("Mr |Chief |Pastor |Engr. |Dr |Baba "),
        t_f=K("Mrs |Deaconess |Dr |Madam |Mummy "),
        fmt=["G S"] * 8 + ["G M S"],
    ),
    "igbo": dict(
        m=L(
            "Chukwuemeka|Chinedu|Obinna|Ikenna|Uchenna|Nnamdi|Emeka|Chidi|Kelechi|"
            "Ifeanyi|Chibuzor|Tochukwu|Somtochukwu|Ebuka|Okechukwu|Kenechukwu|"
            "Chijioke|Onyekachi|Ugochukwu|Nonso|Chukwudi|Obiora|Ikechukwu|Azubuike"
        ),
        f=L(
            "Ngozi|Chiamaka|Adaeze|Chinwe|Nneka|Amarachi|Chidinma|Ifeoma|Ogechi|"
            "Uzoamaka|Obiageli|Chioma|Nkechi|Ebele|Somadina|Kosisochukwu|Chinyere|"
            "Ijeoma|Onyinye|Amara|Adaobi|Nkiruka|Chinenye|Oluchi|Ezinne"
        ),
        s=L(
            "Okafor|Okonkwo|Nwosu|Eze|Nwachukwu|Okeke|Onyekwere|Uzoma|Ezeh|Igwe|"
            "Anyanwu|Chukwu|Nwankwo|Okoro|Udeh|Agu|Onwuachu|Mbah|Ibekwe|Ezenwa|"
            "Nwafor|Okoye|Ugwu|Nnadi|Eneh|Obiechina|Odinaka|Ezekwesili"
        ),
        nick={
            "Chukwuemeka": "Emeka",
            "Chinedu": "Nedu",
            "Ifeanyi": "Ify",
            "Chibuzor": "Buzor",
            "Tochukwu": "Tochi",
            "Somtochukwu": "Somto",
            "Okechukwu": "Okey",
            "Kenechukwu": "Kene",
            "Chiamaka": "Ama|Chi-chi",
            "Chidinma": "Dinma",
            "Ifeoma": "Ify",
            "Uzoamaka": "Uzo",
            "Nkechi": "Kechi",
            "Kosisochukwu": "Kosi",
            "Ebuka": "Buka",
            "Amarachi": "Amara",
            "Ogechi": "Oge",
            "Ijeoma": "Ije",
            "Onyinye": "Onyi",
            "Ugochukwu": "Ugo",
            "Onyekachi": "Kachi",
            "Adaeze": "Ada",
            "Nkiruka": "Nky",
            "Chinenye": "Nenye",
            "Ikechukwu": "Ike",
            "Azubuike": "Azu",
            "Obiageli": "Geli",
        },
        kin_m=K("uncle |brother |dede |papa |bros |nna anyi "),
        kin_f=K("aunty |sister |daa |mama |nne |sis "),
        t_m=K("Mr |Chief |Barr. |Dr |Engr. |Ichie "),
        t_f=K("Mrs |Lolo |Dr |Madam "),
        fmt=["G S"] * 8 + ["G M S"],
    ),
    "hausa": dict(
        m=L(
            "Abdullahi|Aminu|Musa|Ibrahim|Sani|Umar|Bashir|Yusuf|Haruna|Nasiru|"
            "Lawal|Kabiru|Shehu|Auwal|Muhammadu|Usman|Jamilu|Salisu|Tijjani|Mustapha"
        ),
        f=L(
            "Aisha|Hauwa|Zainab|Fatima|Maryam|Halima|Hadiza|Asmau|Rukayya|Khadija|"
            "Amina|Bilkisu|Saadatu|Hafsat|Balaraba|Zuwaira|Maimuna|Ummi|Hussaina|Jamila"
        ),
        s=L(
            "Bello|Danjuma|Garba|Suleiman|Yakubu|Lawan|Aliyu|Tanko|Inuwa|Maikano|"
            "Gwarzo|Sambo|Isa|Adamu|Dahiru|Abdulkadir|Mohammed|Sadiq|Idris|Kankia"
        ),
        nick={
            "Abdullahi": "Abdul",
            "Muhammadu": "Mamman",
            "Fatima": "Fati",
            "Maryam": "Mairo",
            "Hadiza": "Dije",
            "Halima": "Lami",
            "Ibrahim": "Ibro",
            "Rukayya": "Ruky",
            "Zainab": "Zee",
            "Khadija": "Deeja",
            "Hafsat": "Hafsy",
            "Mustapha": "Musty",
            "Tijjani": "Tijja",
        },
        kin_m=K("Malam |Alhaji |baba |yaya "),
        kin_f=K("Hajiya |Mama |Inna |yaya "),
        t_m=K("Alhaji |Mallam |Mr |Dr "),
        t_f=K("Hajiya |Mrs |Dr "),
        fmt=["G S"] * 6 + ["G"],
    ),
    "ngeng": dict(
        m=L(
            "Sunday|Emmanuel|Godswill|Victor|Samuel|Daniel|Kingsley|Goodluck|"
            "Prosper|Wisdom|Praise|Miracle|Success|Divine|Innocent|Friday|Lucky|Monday"
        ),
        f=L(
            "Blessing|Precious|Favour|Esther|Gift|Peace|Joy|Grace|Mercy|Deborah|Ruth|"
            "Comfort|Patience|Marvellous|Testimony|Goodness|Faith|Chioma|Happiness|Charity"
        ),
        s=L(
            "Okafor|Adeyemi|Eze|Bello|Okonkwo|Ogunleye|Nwosu|Balogun|Etim|Effiong|"
            "Bassey|Okon|Akpan|Udo|Ekpo|Edet|Oghenekaro|Omoregie|Osagie|Ighodaro"
        ),
        nick={
            "Emmanuel": "Emma",
            "Samuel": "Sammy",
            "Daniel": "Dan",
            "Kingsley": "King",
            "Deborah": "Debby",
            "Victor": "Vic",
            "Marvellous": "Marve",
            "Precious": "Presh",
            "Blessing": "Bless",
        },
        kin_m=K("uncle |brother |bros |daddy "),
        kin_f=K("aunty |sister |mummy |sis "),
        t_m=K("Mr |Pastor |Elder |Deacon "),
        t_f=K("Mrs |Deaconess |Madam "),
        fmt=["G S"],
    ),
    "akan": dict(
        m=L(
            "Kwame|Kofi|Kwabena|Kwaku|Yaw|Kwesi|Kojo|Kobina|Kwadwo|Ebo|Fiifi|Kweku|"
            "Ato|Emmanuel|Bernard|Ebenezer|Godfred|Kingsley|Evans|Prince|Nii|Selorm"
        ),
        f=L(
            "Ama|Akua|Abena|Adwoa|Yaa|Afia|Afua|Esi|Efua|Akosua|Adjoa|Maame|Araba|"
            "Ekua|Nhyira|Serwaa|Ewurabena|Gifty|Priscilla|Comfort|Abigail|Felicia|"
            "Eunice|Patience|Naa|Dzifa"
        ),
        s=L(
            "Mensah|Boateng|Asante|Owusu|Osei|Appiah|Acheampong|Amoah|Ofori|Agyeman|"
            "Darko|Adjei|Opoku|Ansah|Frimpong|Gyamfi|Sarpong|Oppong|Asamoah|Bonsu|"
            "Amponsah|Danquah|Quaye|Tetteh|Agbeko|Nkansah|Quartey|Antwi"
        ),
        nick={
            "Kwabena": "Kobby",
            "Kwaku": "Kay",
            "Akosua": "Akos",
            "Ewurabena": "Ewura",
            "Ebenezer": "Ebo",
            "Emmanuel": "Emma",
            "Priscilla": "Prissy",
            "Abigail": "Abby",
            "Kwadwo": "Dwo",
            "Godfred": "Fred",
            "Selorm": "Selo",
        },
        kin_m=K("uncle |bro |papa |Nana |Wofa "),
        kin_f=K("auntie |sister |maame |Nana |sista "),
        t_m=K("Mr |Rev. |Opanyin |Dr "),
        t_f=K("Mrs |Maame |Auntie |Dr "),
        fmt=["G S"] * 6 + ["G M S"],
    ),
    "amharic": dict(
        m=L(
            "Abebe|Tesfaye|Dawit|Yonas|Bereket|Getachew|Mulugeta|Henok|Tewodros|"
            "Biniam|Eyob|Mekonnen|Kidus|Natnael|Yohannes|Solomon|Fikru|Amanuel|"
            "Yared|Ermias"
        ),
        f=L(
            "Selam|Hiwot|Meron|Tigist|Bethlehem|Mahlet|Rahel|Liya|Saba|Tsion|Hanna|"
            "Eden|Feven|Senait|Almaz|Tsehay|Mekdes|Kidist|Yordanos|Mesert|Lidya|Bezawit"
        ),
        s=L(
            "Tadesse|Bekele|Alemu|Girma|Kebede|Wolde|Assefa|Desta|Abera|Negash|"
            "Gebremedhin|Worku|Ayele|Demissie|Lemma|Teshome|Yilma|Gebreyesus|Berhane|"
            "Tsegaye|Mesfin|Haileselassie|Wondimu|Zewdu"
        ),
        nick={
            "Tewodros": "Teddy|Tedi",
            "Bethlehem": "Betty",
            "Natnael": "Nati",
            "Yohannes": "Yoni|Johnny",
            "Biniam": "Bini",
            "Mahlet": "Mahi",
            "Mekdes": "Meki",
            "Getachew": "Getu",
            "Mulugeta": "Mulu",
            "Tigist": "Tigi",
            "Bezawit": "Bezi",
            "Kidist": "Kidu",
            "Yordanos": "Yordi",
            "Amanuel": "Amanu",
        },
        kin_m=K("Ato |gash |wendim |abba "),
        kin_f=K("Weizero |Wzt |etye |emama "),
        t_m=K("Ato |Dr "),
        t_f=K("Weizero |W/ro |Dr "),
        fmt=["G S"] * 6 + ["G S F"],
        native={
            "Abebe": "አበበ",
            "Tesfaye": "ተስፋዬ",
            "Dawit": "ዳዊት",
            "Yonas": "ዮናስ",
            "Henok": "ሄኖክ",
            "Selam": "ሰላም",
            "Hiwot": "ሕይወት",
            "Meron": "ሜሮን",
            "Mahlet": "ማህሌት",
            "Rahel": "ራሄል",
            "Liya": "ሊያ",
            "Saba": "ሳባ",
            "Almaz": "አልማዝ",
            "Solomon": "ሰለሞን",
            "Eden": "ኤደን",
        },
        snative={
            "Tadesse": "ታደሰ",
            "Bekele": "በቀለ",
            "Alemu": "ዓለሙ",
            "Girma": "ግርማ",
            "Kebede": "ከበደ",
            "Worku": "ወርቁ",
            "Desta": "ደስታ",
            "Ayele": "አየለ",
            "Lemma": "ለማ",
            "Assefa": "አሰፋ",
        },
    ),
    "somali": dict(
        m=L(
            "Abdirahman|Mohamed|Ahmed|Abdi|Farah|Hassan|Ismail|Mahad|Abdikadir|Guled|"
            "Liban|Yusuf|Omar|Bashir|Abdullahi|Hamza|Sharmarke|Jama|Abdiwali|Mukhtar"
        ),
        f=L(
            "Hodan|Fadumo|Ayaan|Hibo|Ifrah|Sagal|Nimco|Ubah|Hamdi|Deeqa|Sahra|Hawo|"
            "Ladan|Muna|Khadra|Amran|Ilhan|Najma|Fardowsa|Sucaad|Idil|Ruqiya"
        ),
        s=L(
            "Warsame|Abdi|Farah|Jama|Hersi|Nur|Osman|Aden|Egal|Dirie|Samatar|Yusuf|"
            "Mohamud|Elmi|Ali|Guled|Hirsi|Duale|Shire|Ibrahim|Abdullahi|Gure|Ahmed"
        ),
        nick={
            "Abdirahman": "Abdi",
            "Abdikadir": "Kadir",
            "Fadumo": "Fadu",
            "Mohamed": "Moha|Maxamed",
            "Sharmarke": "Sharma",
            "Abdiwali": "Wali",
            "Fardowsa": "Fardo",
        },
        kin_m=K("abti |adeer |walaal |aabo |awoowe "),
        kin_f=K("eedo |habaryar |walaal |hooyo |ayeeyo "),
        t_m=K("Mr |Sheikh |Dr "),
        t_f=K("Mrs |Marwo |Dr "),
        fmt=["G S"] * 4 + ["G F S"] * 3,
    ),
    "swahili": dict(
        m=L(
            "Baraka|Juma|Hamisi|Jabari|Otieno|Ochieng|Kamau|Mwangi|Kiprotich|Wafula|"
            "Mutua|Njoroge|Omondi|Kariuki|Salim|Rashidi|Bakari|Brian|Kevin|Dennis|"
            "Collins|Amani|Tumaini|Kimani|Wekesa|Kipkemboi|Ouma|Ali"
        ),
        f=L(
            "Wanjiru|Akinyi|Achieng|Njeri|Wambui|Nyambura|Atieno|Chebet|Jepkoech|"
            "Zawadi|Neema|Rehema|Upendo|Imani|Mwanaisha|Halima|Furaha|Nafula|Makena|"
            "Wairimu|Kemunto|Nekesa|Faith|Mercy|Caroline|Purity|Sharon|Winnie|Ivy|Esther"
        ),
        s=L(
            "Kamau|Mwangi|Otieno|Odhiambo|Wanjiku|Njoroge|Kiprono|Mutua|Wekesa|Omondi|"
            "Kariuki|Ndegwa|Gathoni|Barasa|Onyango|Mbugua|Kimani|Ouma|Koech|Shabani|"
            "Mollel|Massawe|Mushi|Lyimo|Mrema|Kimaro|Juma|Mwakyusa|Njeri|Wambua|Muriuki"
        ),
        nick={
            "Wanjiru": "Shiru",
            "Wambui": "Wambo",
            "Njeri": "Njesh",
            "Nyambura": "Nyams",
            "Akinyi": "Kinyi",
            "Otieno": "Oti",
            "Mwangi": "Mwas",
            "Makena": "Kena",
            "Wairimu": "Wairi",
            "Atieno": "Atty",
            "Baraka": "Barry",
            "Brian": "Bryo",
            "Kevin": "Kev",
            "Dennis": "Denno",
            "Collins": "Colo",
            "Kamau": "Kama",
            "Njoroge": "Njoro",
            "Caroline": "Carol",
            "Winnie": "Win",
            "Kipkemboi": "Kemboi",
        },
        kin_m=K("baba |kaka |mjomba |bro |uncle |babu "),
        kin_f=K("mama |dada |shangazi |shosh |aunty |bibi "),
        t_m=K("Mr |Mzee |Dr |Mwalimu "),
        t_f=K("Mrs |Mama |Dr |Mwalimu "),
        fmt=["G S"] * 8 + ["G M S"],
    ),
    "zulu": dict(
        m=L(
            "Sipho|Thabo|Themba|Mandla|Sibusiso|Bongani|Lwazi|Siyabonga|Lungile|"
            "Nkosinathi|Mthunzi|Sandile|Lindani|Vusi|Xolani|Andile|Luthando|Kagiso|"
            "Tumelo|Lethabo|Tshepo|Katlego"
        ),
        f=L(
            "Nomvula|Thandeka|Zanele|Nandi|Lindiwe|Ayanda|Nokuthula|Nomsa|Zodwa|"
            "Busisiwe|Khanyisile|Lerato|Palesa|Nosipho|Sibongile|Thandiwe|Zinhle|"
            "Naledi|Mbali|Nonhlanhla|Refilwe|Dineo"
        ),
        s=L(
            "Dlamini|Nkosi|Ndlovu|Mthembu|Khumalo|Mkhize|Ngcobo|Shabalala|Sithole|"
            "Cele|Mabaso|Zungu|Msimang|Mahlangu|Mokoena|Molefe|Nxumalo|Gumede|Radebe|"
            "Majola|Zwane|Hadebe|Mofokeng|Sibiya|Ntuli|Maseko"
        ),
        nick={
            "Sibusiso": "Sbu",
            "Nkosinathi": "Nathi",
            "Siyabonga": "Siya",
            "Nokuthula": "Thuli",
            "Busisiwe": "Busi",
            "Khanyisile": "Khanyi",
            "Sibongile": "Bongi",
            "Nonhlanhla": "Nhlanhla",
            "Thandeka": "Thandi",
            "Lindiwe": "Lindi",
            "Mandla": "Mandz",
            "Bongani": "Bongz",
            "Thandiwe": "Thandi",
            "Nomvula": "Vuvu",
            "Katlego": "Kat",
            "Refilwe": "Fifi",
            "Tshepo": "Tshepi",
        },
        kin_m=K("Baba |bhuti |malume |mkhulu |bra "),
        kin_f=K("Mama |sisi |gogo |anti |ma "),
        t_m=K("Mr |Baba |Dr |Pastor "),
        t_f=K("Mrs |Mam' |Dr "),
        fmt=["G S"],
    ),
    "tamil": dict(
        m=L(
            "Karthik|Arun|Senthil|Murugan|Vignesh|Prakash|Saravanan|Balaji|Dinesh|"
            "Ramesh|Gokul|Harish|Manikandan|Sathish|Tamilselvan|Aravind|Vetrivel|"
            "Kathir|Ilango|Muthu"
        ),
        f=L(
            "Priya|Kavitha|Lakshmi|Meena|Divya|Deepa|Revathi|Anitha|Saranya|Keerthana|"
            "Nandhini|Pavithra|Janani|Sangeetha|Malathi|Thenmozhi|Yazhini|Kayal|Iniya|"
            "Abirami|Selvi|Vasuki"
        ),
        s=L(
            "Venkatesan|Subramaniam|Rajendran|Krishnan|Murugesan|Natarajan|"
            "Balasubramanian|Ramasamy|Sundaram|Shanmugam|Arumugam|Chandrasekaran|"
            "Kumaravel|Pandian|Selvaraj|Mariappan|Kannan|Periyasamy|Ganesan|Velusamy"
        ),
        nick={
            "Vignesh": "Vicky",
            "Karthik": "Karthi",
            "Lakshmi": "Lachu",
            "Saravanan": "Saro",
            "Balaji": "Bala",
            "Manikandan": "Mani",
            "Aravind": "Aru",
            "Keerthana": "Keerthu",
            "Nandhini": "Nandhu",
            "Pavithra": "Pavi",
            "Janani": "Jaanu",
            "Divya": "Divs",
            "Priya": "Priyu",
            "Abirami": "Abi",
            "Thenmozhi": "Thenu",
            "Sangeetha": "Sangee",
            "Revathi": "Revs",
            "Dinesh": "Dinu",
            "Harish": "Hari",
            "Tamilselvan": "Tamil",
            "Sathish": "Sathy",
        },
        kin_m=K(" anna| mama| thatha| chithappa| machan| sir"),
        kin_f=K(" akka| chithi| paati| athai| amma| madam"),
        t_m=K("Mr |Dr |Thiru "),
        t_f=K("Mrs |Dr |Tmt. "),
        fmt=["G S"] * 5 + ["I G"] * 3 + ["G I"],
        native={
            "Karthik": "கார்த்திக்",
            "Arun": "அருண்",
            "Senthil": "செந்தில்",
            "Murugan": "முருகன்",
            "Priya": "பிரியா",
            "Kavitha": "கவிதா",
            "Lakshmi": "லட்சுமி",
            "Meena": "மீனா",
            "Divya": "திவ்யா",
            "Selvi": "செல்வி",
            "Muthu": "முத்து",
        },
        snative={
            "Venkatesan": "வெங்கடேசன்",
            "Krishnan": "கிருஷ்ணன்",
            "Rajendran": "ராஜேந்திரன்",
            "Subramaniam": "சுப்பிரமணியம்",
            "Kannan": "கண்ணன்",
        },
    ),
    "telugu": dict(
        m=L(
            "Srinivas|Venkatesh|Ravi|Naveen|Pavan|Sai Kiran|Chaitanya|Mahesh|Srikanth|"
            "Rajesh|Vamsi|Teja|Harsha|Sandeep|Anil|Praveen|Lokesh|Kiran|Nagarjuna|Bhanu"
        ),
        f=L(
            "Sravani|Lakshmi Prasanna|Sirisha|Swathi|Madhavi|Bhavani|Haritha|Sowmya|"
            "Padmaja|Anusha|Keerthi|Mounika|Sravya|Tejaswini|Hema|Sailaja|Vani|Pranathi"
        ),
        s=L(
            "Reddy|Naidu|Rao|Chowdary|Varma|Raju|Goud|Kondapalli|Gollapudi|"
            "Bhimavarapu|Vemula|Kotagiri|Pothuri|Nallapati|Penmetsa|Chilukuri|"
            "Mandava|Tummala|Yarlagadda|Kommineni"
        ),
        nick={
            "Venkatesh": "Venky",
            "Srinivas": "Srinu|Cheenu",
            "Chaitanya": "Chaitu",
            "Srikanth": "Sri",
            "Sai Kiran": "Sai",
            "Lakshmi Prasanna": "Prasanna",
            "Sravani": "Sravs",
            "Mounika": "Mouni",
            "Tejaswini": "Teju",
            "Anusha": "Anu",
            "Keerthi": "Keerthu",
            "Praveen": "Pravs",
            "Naveen": "Navi",
            "Nagarjuna": "Nag",
        },
        kin_m=K(" garu| anna| bava| mavayya| babai"),
        kin_f=K(" garu| akka| atha| ammamma| pinni"),
        t_m=K("Mr |Dr |Sri "),
        t_f=K("Mrs |Dr |Smt. "),
        fmt=["G S"] * 6 + ["S G"] * 2,
        native={
            "Srinivas": "శ్రీనివాస్",
            "Venkatesh": "వెంకటేష్",
            "Ravi": "రవి",
            "Swathi": "స్వాతి",
            "Anusha": "అనూష",
            "Mahesh": "మహేష్",
        },
        snative={"Reddy": "రెడ్డి", "Naidu": "నాయుడు", "Rao": "రావు"},
    ),
    "bengali": dict(
        m=L(
            "Arnab|Sourav|Debashish|Anirban|Tanvir|Rafiq|Shafiq|Rakib|Tanmoy|Subhajit|"
            "Sayan|Partha|Mahbub|Ashraful|Shuvo|Nayeem|Abir|Rupam|Sabbir|Mehedi"
        ),
        f=L(
            "Ananya|Moumita|Riya|Payel|Tanushree|Sharmin|Nusrat|Farhana|Tasnim|"
            "Sumaiya|Rumana|Mitali|Srabanti|Debjani|Poulami|Shreya|Ishita|Nabila|"
            "Jannatul|Afsana|Rupa|Sumi"
        ),
        s=L(
            "Chatterjee|Banerjee|Mukherjee|Chakraborty|Bose|Sen|Das|Dutta|Ghosh|Roy|"
            "Sarkar|Bhattacharya|Majumdar|Hossain|Rahman|Islam|Chowdhury|Akter|"
            "Mondal|Biswas|Talukder|Sikder|Karmakar|Haque|Mitra|Pal"
        ),
        nick={
            "Debashish": "Debu",
            "Anirban": "Ani",
            "Subhajit": "Subho",
            "Tanmoy": "Tanu",
            "Moumita": "Mou",
            "Payel": "Payu",
            "Tanushree": "Tanu",
            "Srabanti": "Srabu",
            "Poulami": "Poulu",
            "Rumana": "Rumu",
            "Nusrat": "Nusu",
            "Ashraful": "Ashu",
        },
        pet=L("Bubai|Tukai|Pupai|Tuktuki|Mishti|Bablu|Rinku|Bapi|Khokon|Shumi|Munni|Tumpa"),
        kin_m=K(" da| bhai| mama| kaku| dadu| bhaiya"),
        kin_f=K(" di| apu| mashi| pishi| boudi| apa"),
        t_m=K("Mr |Dr |Sri "),
        t_f=K("Mrs |Dr |Smt. "),
        fmt=["G S"],
        native={
            "Arnab": "অর্ণব",
            "Debashish": "দেবাশীষ",
            "Anirban": "অনির্বাণ",
            "Moumita": "মৌমিতা",
            "Ananya": "অনন্যা",
            "Shreya": "শ্রেয়া",
            "Rupa": "রূপা",
            "Sumi": "সুমি",
        },
        snative={
            "Bose": "বসু",
            "Sen": "সেন",
            "Das": "দাস",
            "Ghosh": "ঘোষ",
            "Rahman": "রহমান",
            "Hossain": "হোসেন",
            "Roy": "রায়",
        },
    ),
    "malayalam": dict(
        m=L(
            "Anoop|Arjun|Jithin|Sreejith|Vishnu|Akhil|Nithin|Abhilash|Sajan|Biju|"
            "Shaji|Jobin|Tomson|Shibu|Faisal|Shihab|Midhun|Sanju|Renjith|Jijo"
        ),
        f=L(
            "Anjali|Aswathy|Athira|Reshma|Lekshmi|Sreelakshmi|Aiswarya|Neethu|Sruthi|"
            "Gopika|Nimisha|Jincy|Ancy|Shiny|Soumya|Merin|Tintu|Bincy|Fathima|Sneha"
        ),
        s=L(
            "Nair|Menon|Pillai|Kurup|Panicker|Varghese|Thomas|Mathew|Kurian|Joseph|"
            "Chacko|Abraham|Warrier|Kunjumon|Puthenveettil|Thekkedath|Valiyaveettil|"
            "Cherian|Koshy|Namboothiri"
        ),
        nick={
            "Aiswarya": "Achu",
            "Sreelakshmi": "Sree",
            "Athira": "Athi",
            "Lekshmi": "Lechu",
            "Akhil": "Akhi",
            "Jithin": "Jithu",
            "Nithin": "Nithu",
            "Vishnu": "Vichu",
            "Abhilash": "Abhi",
            "Sreejith": "Sreeju",
            "Tomson": "Tomy",
            "Merin": "Meru",
            "Midhun": "Midhu",
            "Renjith": "Renju",
        },
        kin_m=K(" chettan| chetta| ikka| appachan| achayan"),
        kin_f=K(" chechi| ammachi| itha| aunty| teacher"),
        t_m=K("Mr |Dr |Fr. "),
        t_f=K("Mrs |Dr |Sr. "),
        fmt=["G S"] * 6 + ["G I S"],
        native={
            "Anoop": "അനൂപ്",
            "Arjun": "അർജുൻ",
            "Vishnu": "വിഷ്ണു",
            "Anjali": "അഞ്ജലി",
            "Aswathy": "അശ്വതി",
            "Lekshmi": "ലക്ഷ്മി",
        },
        snative={"Nair": "നായർ", "Menon": "മേനോൻ", "Pillai": "പിള്ള"},
    ),
    "punjabi": dict(
        m=L(
            "Gurpreet|Harpreet|Manpreet|Jaspreet|Gurdeep|Harjinder|Sukhwinder|Amarjit|"
            "Baljit|Kulwinder|Navjot|Jaskaran|Arshdeep|Simranjit|Tejinder|Rupinder|"
            "Parminder|Inderjit|Harman|Angad"
        ),
        f=L(
            "Simran|Harleen|Navneet|Jasleen|Gurleen|Amrit|Rajwinder|Kirandeep|Mandeep|"
            "Sukhpreet|Prabhjot|Ravneet|Manjit|Harjit|Jasmeet|Balwinder|Parveen|"
            "Kiranjit|Amandeep|Harsimran"
        ),
        s=L(
            "Sandhu|Gill|Dhillon|Sidhu|Grewal|Brar|Bains|Sekhon|Virk|Randhawa|Cheema|"
            "Bajwa|Sahota|Johal|Aulakh|Toor|Kang|Mann|Bhullar|Dhaliwal|Chahal|Hundal"
        ),
        nick={
            "Gurpreet": "Guri",
            "Harpreet": "Happy",
            "Manpreet": "Mani",
            "Jaspreet": "Jassi",
            "Gurdeep": "Gogi",
            "Sukhwinder": "Sukhi",
            "Kulwinder": "Kully",
            "Navjot": "Nav",
            "Arshdeep": "Arsh",
            "Simranjit": "Simmi",
            "Jasleen": "Jas",
            "Prabhjot": "Prabh",
            "Amandeep": "Aman",
            "Parminder": "Pammi",
            "Rupinder": "Rupi",
            "Tejinder": "Teji",
            "Inderjit": "Indy",
            "Mandeep": "Mandy",
            "Kirandeep": "Kiran",
            "Harsimran": "Simmi",
        },
        kin_m=K(" paaji| veerji| chachaji| mamaji| tayaji"),
        kin_f=K(" bhenji| massi| bhua| chachi| bebe"),
        t_m=K("Mr |S. |Sardar "),
        t_f=K("Mrs |Bibi |Sardarni "),
        fmt=["G S"] * 4 + ["G Singh S"] * 2,
        native={
            "Gurpreet": "ਗੁਰਪ੍ਰੀਤ",
            "Harpreet": "ਹਰਪ੍ਰੀਤ",
            "Simran": "ਸਿਮਰਨ",
            "Jasleen": "ਜਸਲੀਨ",
            "Manpreet": "ਮਨਪ੍ਰੀਤ",
        },
        snative={"Gill": "ਗਿੱਲ", "Sandhu": "ਸੰਧੂ", "Sidhu": "ਸਿੱਧੂ"},
    ),
    "hindi": dict(
        m=L(
            "Rohit|Rahul|Amit|Vikas|Ankit|Saurabh|Abhishek|Aditya|Arjun|Deepak|Manish|"
            "Nikhil|Pankaj|Rakesh|Sanjay|Vivek|Gaurav|Ashish|Kunal|Yash|Shubham|Aman|"
            "Harsh|Ayush|Pradeep|Ramesh|Sunil"
        ),
        f=L(
            "Pooja|Neha|Priyanka|Anjali|Sneha|Shweta|Kavya|Nisha|Ritu|Sonal|Swati|"
            "Kajal|Aarti|Megha|Payal|Shruti|Tanvi|Isha|Nidhi|Komal|Rashmi|Sakshi|"
            "Preeti|Sunita|Kiran|Geeta|Usha"
        ),
        s=L(
            "Sharma|Verma|Gupta|Agarwal|Yadav|Mishra|Pandey|Tiwari|Srivastava|Jain|"
            "Mehta|Chauhan|Saxena|Rastogi|Dubey|Tripathi|Bansal|Goyal|Malhotra|Arora|"
            "Joshi|Bhatt|Rawat|Negi|Thakur|Chaudhary|Shukla|Khandelwal|Singh|Kushwaha"
        ),
        nick={
            "Abhishek": "Abhi",
            "Aditya": "Adi",
            "Nikhil": "Nik",
            "Priyanka": "Pinky",
            "Anjali": "Anju",
            "Shweta": "Shwetu",
            "Saurabh": "Sonu",
            "Shubham": "Golu",
            "Vikas": "Vicky",
            "Rakesh": "Rocky",
            "Ashish": "Ashu",
            "Kunal": "Kunnu",
            "Kajal": "Kaju",
            "Sakshi": "Saku",
        },
        pet=L(
            "Bunty|Pinky|Guddu|Chintu|Munna|Golu|Sonu|Monu|Bittu|Rinku|Tinku|"
            "Dolly|Babli|Chhotu|Guddi|Neetu|Sweety|Bablu|Pappu|Lucky"
        ),
        kin_m=K(" bhaiya| chacha| mama| mausa| nanaji| ji| uncle|bhaiya "),
        kin_f=K(" didi| chachi| mausi| bua| mami| nani| aunty| bhabhi"),
        t_m=K("Mr |Shri |Dr "),
        t_f=K("Mrs |Smt. |Dr "),
        fmt=["G S"],
        native={
            "Rohit": "रोहित",
            "Rahul": "राहुल",
            "Amit": "अमित",
            "Pooja": "पूजा",
            "Neha": "नेहा",
            "Priyanka": "प्रियंका",
            "Sunita": "सुनीता",
            "Geeta": "गीता",
            "Ramesh": "रमेश",
            "Usha": "उषा",
        },
        snative={
            "Sharma": "शर्मा",
            "Verma": "वर्मा",
            "Gupta": "गुप्ता",
            "Mishra": "मिश्रा",
            "Yadav": "यादव",
            "Singh": "सिंह",
        },
    ),
    "sinhala": dict(
        m=L(
            "Kasun|Nuwan|Chaminda|Tharindu|Lahiru|Sampath|Pradeep|Chathura|Isuru|"
            "Sandun|Buddhika|Ruwan|Thilina|Janaka|Upul|Asanka|Dhanushka|Gayan|Roshan"
        ),
        f=L(
            "Nadeesha|Dilini|Sachini|Tharushi|Chathurika|Nilmini|Ishara|Sanduni|"
            "Hashini|Kaveesha|Piumi|Dinithi|Nethmi|Shanika|Anoma|Ramani|Chamari|"
            "Sewwandi|Hiruni|Madushani"
        ),
        s=L(
            "Perera|Fernando|de Silva|Jayasuriya|Wickramasinghe|Bandara|Gunawardena|"
            "Dissanayake|Herath|Jayawardena|Wijesinghe|Ranasinghe|Karunaratne|"
            "Abeysekera|Weerasinghe|Samarasinghe|Rathnayake|Liyanage|Edirisinghe|"
            "Pathirana|Kumara|Amarasinghe"
        ),
        nick={
            "Tharindu": "Tharu",
            "Chathurika": "Chathu",
            "Lahiru": "Lahi",
            "Buddhika": "Buddy",
            "Sachini": "Sachi",
            "Tharushi": "Tharu",
            "Kaveesha": "Kavee",
            "Dhanushka": "Dhanu",
            "Hiruni": "Hiru",
            "Nethmi": "Nethu",
            "Madushani": "Madu",
        },
        kin_m=K(" aiya| malli| mama| seeya| machan"),
        kin_f=K(" akka| nangi| amma| achchi| nanda"),
        t_m=K("Mr |Dr "),
        t_f=K("Mrs |Miss |Dr "),
        fmt=["G S"],
        native={"Kasun": "කසුන්", "Nuwan": "නුවන්", "Sachini": "සචිනි", "Dilini": "දිලිනි", "Ruwan": "රුවන්"},
        snative={"Perera": "පෙරේරා", "Bandara": "බණ්ඩාර", "Herath": "හේරත්"},
    ),
    "nepali": dict(
        m=L(
            "Bikash|Sujan|Roshan|Prakash|Sagar|Anish|Nabin|Rajan|Bishal|Suman|Dipesh|"
            "Aashish|Bibek|Pramod|Santosh|Nirajan|Sushant|Binod|Hari|Pemba"
        ),
        f=L(
            "Sunita|Sabina|Pratima|Anjana|Srijana|Manisha|Sarita|Rojina|Samjhana|"
            "Sushma|Bimala|Kabita|Asmita|Rachana|Nirmala|Sapana|Dipika|Prabina|Sangita|Dolma"
        ),
        s=L(
            "Shrestha|Gurung|Tamang|Thapa|Magar|Rai|Limbu|Sherpa|Adhikari|Bhattarai|"
            "Poudel|Khadka|Karki|Basnet|Maharjan|Lama|Pokharel|Acharya|Ghimire|Subedi|"
            "Bista|KC|Dhakal|Neupane"
        ),
        nick={
            "Sujan": "Suju",
            "Anish": "Ani",
            "Bishal": "Bishu",
            "Santosh": "Santu",
            "Manisha": "Manu",
            "Srijana": "Siju",
            "Samjhana": "Samu",
            "Sapana": "Sapu",
            "Kabita": "Kabu",
            "Bikash": "Bikky",
        },
        kin_m=K(" dai| bhai| mama| kaka| hajurba| sir"),
        kin_f=K(" didi| bahini| maiju| kaki| hajurama| miss"),
        t_m=K("Mr |Dr "),
        t_f=K("Mrs |Dr "),
        fmt=["G S"],
        native={
            "Bikash": "बिकाश",
            "Sujan": "सुजन",
            "Sunita": "सुनिता",
            "Sabina": "सबिना",
            "Hari": "हरि",
        },
        snative={"Shrestha": "श्रेष्ठ", "Gurung": "गुरुङ", "Thapa": "थापा", "Tamang": "तामाङ"},
    ),
    "filipino": dict(
        m=L(
            "Juan Miguel|Jose Mari|John Paul|Mark Anthony|Jericho|Rommel|Rodel|Ramon|"
            "Efren|Carlo|Paolo|Miguel|Angelo|Renato|Arnel|Jomar|Rogelio|Dindo|Raffy|"
            "Bayani|Dante|Christian|Kristoffer|Jhon|Jerome|Francisco|Emmanuel"
        ),
        f=L(
            "Maria Theresa|Ma. Cristina|Mary Joy|Marites|Marivic|Ligaya|Rosario|Analyn|"
            "Kristine|Jhoanna|Maricel|Rowena|Jocelyn|Lorna|Divina|Angelica|Princess|"
            "Precious|Lovely|Cherry Mae|Honeylyn|Janelle|Rica|Bea|Trixie|Nica|Luzviminda"
        ),
        s=L(
            "Dela Cruz|Santos|Reyes|Bautista|Garcia|Mendoza|Villanueva|Ramos|Castillo|"
            "De Leon|Manalo|Pascual|Soriano|Macaraeg|Dizon|Tolentino|Salvador|Mercado|"
            "Magbanua|Panganiban|Dimaculangan|Buenaventura|Sison|Lopez|Tan|Lim|"
            "Evangelista|Navarro|Cabrera|Gonzaga|Sumalinog|Villarin"
        ),
        nick={
            "Maria Theresa": "Tess|Tessie",
            "Marites": "Tess",
            "John Paul": "JP",
            "Mark Anthony": "Macky",
            "Juan Miguel": "Migs",
            "Christian": "Ian",
            "Kristine": "Tintin",
            "Mary Joy": "Joy",
            "Ma. Cristina": "Tina",
            "Angelica": "Gelai",
            "Cherry Mae": "Che",
            "Honeylyn": "Honey",
            "Luzviminda": "Minda",
            "Jericho": "Echo",
            "Paolo": "Pao",
            "Rowena": "Weng",
            "Marivic": "Vic",
            "Rosario": "Charing",
            "Precious": "Presh",
            "Princess": "Cess",
            "Francisco": "Pancho|Kiko",
            "Jose Mari": "Joma",
            "Emmanuel": "Noel",
            "Rodel": "Dodong",
        },
        pet=L("Bong|Bing|Jun-Jun|Dodong|Inday|Nene|Toto|Tonton|Bebang|Jojo|Chona|Len-Len"),
        kin_m=K("kuya |tito |lolo |manong |tatay |sir |tay "),
        kin_f=K("ate |tita |lola |manang |nanay |ma'am |inday "),
        t_m=K("Mr. |G. |Engr. |Atty. "),
        t_f=K("Mrs. |Gng. |Ms. |Atty. "),
        fmt=["G S"] * 6 + ["G I S"] * 2 + ["G M S"],
    ),
    "indonesian": dict(
        m=L(
            "Budi|Agus|Wahyu|Rizky|Dimas|Andi|Bayu|Fajar|Hendra|Eko|Teguh|Yoga|Arif|"
            "Dedi|Bambang|Joko|Slamet|Gilang|Raka|Reza|Ilham|Fikri|Rendy|Yusuf|"
            "Sukarmin|Wagiman"
        ),
        f=L(
            "Siti|Dewi|Sri|Putri|Ayu|Fitri|Rina|Wulan|Intan|Indah|Lestari|Ratna|Sari|"
            "Anisa|Nabila|Tiara|Dinda|Yuni|Kartika|Maharani|Citra|Rahayu|Larasati|"
            "Suparmi|Ngatini|Sumarni"
        ),
        s=L(
            "Santoso|Wijaya|Kusuma|Hidayat|Saputra|Pratama|Setiawan|Nugroho|Susanto|"
            "Hartono|Gunawan|Kurniawan|Firmansyah|Purnomo|Wibowo|Sulistyo|Permana|"
            "Siregar|Nasution|Simanjuntak|Hutapea|Tambunan|Sinaga|Manurung|Lubis|"
            "Rahmawati|Handayani|Wulandari"
        ),
        nick={
            "Rizky": "Kiki",
            "Wulan": "Ulan",
            "Putri": "Uti",
            "Anisa": "Nisa",
            "Nabila": "Bila",
            "Kartika": "Tika",
            "Larasati": "Laras",
            "Maharani": "Rani",
            "Citra": "Cici",
            "Yusuf": "Ucup",
            "Fikri": "Iki",
            "Bambang": "Bams",
            "Dimas": "Dim",
            "Gilang": "Lang",
            "Indah": "Ndah",
        },
        kin_m=K("Pak |mas |bang |om |Aa |kak |Bapak "),
        kin_f=K("Bu |mbak |kak |tante |Teh |Ibu |neng "),
        t_m=K("Bapak |Pak |Sdr. |dr. "),
        t_f=K("Ibu |Bu |Sdri. |dr. "),
        fmt=["G S"] * 5 + ["G"] * 2 + ["Muhammad G S"],
    ),
    "malay": dict(
        m=L(
            "Muhammad Faiz|Ahmad Syafiq|Mohd Hafiz|Amirul|Haziq|Aiman|Danial|Irfan|"
            "Hakim|Azlan|Shahrul|Firdaus|Zulkifli|Khairul|Izzat|Nazri|Syazwan|Fakhrul|Aqil"
        ),
        f=L(
            "Nurul Aisyah|Nur Izzati|Farah|Aina|Nabilah|Syafiqah|Amira|Balqis|Hani|"
            "Nadia|Nurin|Alya|Zulaikha|Farhana|Aqilah|Sofea|Hidayah|Atiqah|Siti Khadijah"
        ),
        s=L(
            "Ahmad|Ismail|Rahman|Hassan|Abdullah|Yusof|Osman|Hamid|Rosli|Zainal|Kamal|"
            "Mansor|Jamil|Hashim|Salleh|Razak|Ibrahim|Aziz|Mokhtar|Harun"
        ),
        nick={
            "Muhammad Faiz": "Faiz",
            "Ahmad Syafiq": "Epi",
            "Mohd Hafiz": "Apiz",
            "Amirul": "Mirul",
            "Haziq": "Ajiq",
            "Firdaus": "Daus",
            "Zulkifli": "Zul",
            "Khairul": "Khai",
            "Syazwan": "Wan",
            "Nurul Aisyah": "Echa",
            "Nur Izzati": "Tie",
            "Syafiqah": "Fiqa",
            "Nabilah": "Bella",
            "Amira": "Mira",
            "Zulaikha": "Ika",
            "Aqilah": "Qila",
            "Atiqah": "Tiqa",
            "Hidayah": "Dayah",
            "Siti Khadijah": "Dijah",
        },
        kin_m=K("abang |abg |pakcik |atuk |encik |Along "),
        kin_f=K("kak |akak |makcik |mak cik |nenek |Kak Long "),
        t_m=K("Encik |En. |Tuan |Haji "),
        t_f=K("Puan |Pn. |Cik |Hajah "),
        fmt=["G bin F"] * 5 + ["G F"] * 3,
    ),
    "thai": dict(
        m=L(
            "Somchai|Somsak|Anan|Kittisak|Nattapong|Chaiwat|Thanawat|Prasert|Wichai|"
            "Sompong|Arthit|Thanakorn|Pongsakorn|Surachai|Weerapong"
        ),
        f=L(
            "Siriporn|Sumalee|Kanya|Pranee|Malee|Nattaya|Ratchanee|Wanida|Supaporn|"
            "Jiraporn|Chanya|Pimchanok|Orathai|Duangjai|Apinya|Kannika"
        ),
        s=L(
            "Srisuk|Saelim|Chaiyaporn|Wongsawat|Rattanakul|Boonmee|Thongdee|"
            "Suwannarat|Kaewkla|Phromma|Sukjai|Chantawong|Jaidee|Somboon|Inthasorn|"
            "Pattanapong|Limsakul|Chaisiri|Meesuk|Saetang"
        ),
        pet=L(
            "Nok|Ploy|Pim|Fah|Bow|Mint|Aom|Noon|Beam|Top|Golf|Bank|Ice|Toon|Nam|"
            "Fern|Kwan|Oil|Mod|Pui|Air|Tong|Benz|Film|Pond|Boss|Earth|Champ|"
            "Namwan|Praew|Kaimook|Ning"
        ),
        kin_m=K("P'|Pi |N'|Khun |Ta |Loong "),
        kin_f=K("P'|Pi |N'|Khun |Yai |Mae "),
        t_m=K("Khun |Mr. "),
        t_f=K("Khun |Ms. "),
        fmt=["G S"],
        native={
            "Somchai": "สมชาย",
            "Somsak": "สมศักดิ์",
            "Anan": "อนันต์",
            "Siriporn": "ศิริพร",
            "Sumalee": "สุมาลี",
            "Malee": "มาลี",
            "Kanya": "กันยา",
            "Pranee": "ปราณี",
        },
        snative={
            "Srisuk": "ศรีสุข",
            "Boonmee": "บุญมี",
            "Thongdee": "ทองดี",
            "Jaidee": "ใจดี",
            "Somboon": "สมบูรณ์",
        },
    ),
    "viet": dict(
        m=L(
            "Tuấn|Minh|Hùng|Dũng|Nam|Hải|Quang|Đức|Long|Khoa|Phúc|Huy|Tùng|Thắng|Sơn|"
            "Bảo|Trung|Hiếu|Thành|Vinh"
        ),
        f=L(
            "Lan|Hương|Linh|Trang|Thảo|Ngọc|Mai|Hà|Phương|Hằng|Thủy|Yến|Nhung|Vy|Ngân|"
            "Hạnh|Oanh|Thư|Quỳnh|Diệp"
        ),
        s=L(
            "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|"
            "Trương|Đinh|Lâm|Tạ"
        ),
        mid_m=L("Văn|Minh|Quốc|Đức|Hữu|Thanh|Hoàng|Bảo|Công|Anh"),
        mid_f=L("Thị|Ngọc|Thanh|Kim|Thu|Bảo|Minh|Hoàng|Phương|Mỹ"),
        pet=L("Bé|Tí|Tèo|Bin|Bống|Na|Su|Mít|Xoài|Cún|Bơ|Ken|Bi|Tũn|Gạo"),
        kin_m=K("anh |chú |bác |ông |cậu |em "),
        kin_f=K("chị |cô |dì |bà |em |mợ "),
        t_m=K("ông |anh |Mr. "),
        t_f=K("bà |chị |Ms. "),
        fmt=["S M G"] * 6 + ["S G"] * 2,
    ),
    "arabic": dict(
        m=L(
            "Ahmed|Mohamed|Mahmoud|Omar|Youssef|Karim|Khaled|Tarek|Hassan|Mostafa|Amr|"
            "Sherif|Walid|Rami|Fadi|Ziad|Samir|Bilal|Hamza|Faisal|Sultan|Abdulaziz|"
            "Nasser|Saeed|Yazan|Majd|Anas|Oussama|Reda|Mehdi|Abdullah"
        ),
        f=L(
            "Fatma|Mariam|Nour|Salma|Yasmin|Rana|Dina|Heba|Aya|Mona|Reem|Lina|Rasha|"
            "Hala|Dalia|Layla|Noura|Hessa|Maha|Shaimaa|Asmaa|Ghada|Sara|Amal|Lamya|"
            "Sanaa|Khadija|Zineb|Imane|Rawan"
        ),
        s=L(
            "El-Sayed|Abdel Rahman|Mansour|Haddad|Khoury|Nassar|Hamdan|Saleh|Farouk|"
            "Hussein|Ibrahim|Al-Qahtani|Al-Harbi|Al-Mutairi|Al-Otaibi|Al-Shamsi|"
            "Al-Mansoori|Darwish|Khalil|Aziz|Barakat|Awad|Sabbagh|Benali|El Amrani|"
            "Bouzid|Tawfik|Soliman|Zaki|Abu Ghazaleh|Haddadin|Nasrallah"
        ),
        nick={
            "Mohamed": "Hamada|Moe",
            "Mahmoud": "Hamo",
            "Mostafa": "Tefa",
            "Youssef": "Jo|Joe",
            "Abdulaziz": "Azooz",
            "Abdullah": "Abood",
            "Fatma": "Toota|Fafi",
            "Mariam": "Mimi",
            "Nour": "Nono",
            "Yasmin": "Yoyo",
            "Salma": "Soso",
            "Dina": "Dido",
            "Khadija": "Dija",
            "Layla": "Lulu",
            "Hessa": "Hessoo",
            "Omar": "Omari",
            "Sultan": "Sultoon",
        },
        kin_m=K("3ammo |khalo |ustaz |Hajj |abu |ammo "),
        kin_f=K("khalto |3amto |tante |Hajja |madame |teta "),
        t_m=K("Mr |Dr |Eng. |Ustaz |Sheikh "),
        t_f=K("Mrs |Dr |Madame |Ustaza "),
        fmt=["G S"] * 6 + ["G M S"] * 2,
        native={
            "Ahmed": "أحمد",
            "Mohamed": "محمد",
            "Mahmoud": "محمود",
            "Omar": "عمر",
            "Youssef": "يوسف",
            "Karim": "كريم",
            "Khaled": "خالد",
            "Fatma": "فاطمة",
            "Mariam": "مريم",
            "Nour": "نور",
            "Salma": "سلمى",
            "Yasmin": "ياسمين",
            "Layla": "ليلى",
            "Reem": "ريم",
            "Hassan": "حسن",
            "Sara": "سارة",
            "Amal": "أمل",
        },
        snative={
            "Mansour": "منصور",
            "Haddad": "حداد",
            "Khoury": "خوري",
            "El-Sayed": "السيد",
            "Al-Qahtani": "القحطاني",
            "Ibrahim": "إبراهيم",
            "Darwish": "درويش",
            "Khalil": "خليل",
            "Hussein": "حسين",
            "Saleh": "صالح",
        },
    ),
    "persian": dict(
        m=L(
            "Reza|Ali|Mohammad|Amir|Hossein|Mehdi|Saeed|Arash|Babak|Kourosh|Dariush|"
            "Farhad|Kaveh|Siavash|Behnam|Pouya|Navid|Milad|Omid|Shahab"
        ),
        f=L(
            "Maryam|Fatemeh|Zahra|Niloufar|Shirin|Parisa|Mahsa|Sara|Leila|Narges|Azadeh|"
            "Roya|Ladan|Golnaz|Mina|Setareh|Parvaneh|Yasaman|Negin|Samira"
        ),
        s=L(
            "Hosseini|Mohammadi|Ahmadi|Rezaei|Karimi|Moradi|Jafari|Rahimi|Sadeghi|"
            "Ghorbani|Kazemi|Tehrani|Shirazi|Esfahani|Farahani|Naderi|Mousavi|"
            "Hashemi|Zand|Golestani|Amini|Abbasi|Bagheri|Nikpour"
        ),
        nick={
            "Mohammad": "Mamad",
            "Hossein": "Hosi",
            "Fatemeh": "Fati",
            "Zahra": "Zari",
            "Niloufar": "Nilou",
            "Maryam": "Mari",
            "Parisa": "Pari",
            "Yasaman": "Yasi",
            "Siavash": "Sia",
            "Babak": "Babi",
            "Golnaz": "Goli",
            "Mahsa": "Mahi",
        },
        kin_m=K(" jan| joon|amoo |dadash |Agha |daei "),
        kin_f=K(" jan| joon|khale |abji | khanom|ammeh "),
        t_m=K("Agha-ye |Aghaye |Dr "),
        t_f=K("Khanom-e |Khanoom |Dr "),
        fmt=["G S"],
        native={
            "Reza": "رضا",
            "Ali": "علی",
            "Amir": "امیر",
            "Arash": "آرش",
            "Maryam": "مریم",
            "Shirin": "شیرین",
            "Niloufar": "نیلوفر",
            "Parisa": "پریسا",
            "Leila": "لیلا",
            "Mina": "مینا",
        },
        snative={
            "Hosseini": "حسینی",
            "Mohammadi": "محمدی",
            "Ahmadi": "احمدی",
            "Karimi": "کریمی",
            "Rezaei": "رضایی",
            "Moradi": "مرادی",
        },
    ),
    "pashto": dict(
        m=L(
            "Wali|Zalmai|Hamid|Rahmatullah|Naqibullah|Asadullah|Mirwais|Khalid|"
            "Noorullah|Samiullah|Ihsanullah|Jawad|Farid|Yama|Ajmal|Shafiq|Nasrat"
        ),
        f=L(
            "Gulalai|Zarmina|Palwasha|Spogmai|Nazo|Malalai|Shabnam|Mursal|Wagma|"
            "Khatera|Freshta|Marwa|Laila|Shukria|Roshana|Zarghuna"
        ),
        s=L(
            "Durrani|Yousafzai|Afridi|Shinwari|Wardak|Popal|Achakzai|Mohmand|Khattak|"
            "Orakzai|Stanikzai|Ahmadzai|Mangal|Safi|Niazi|Barakzai|Noorzai|Sherzad|"
            "Khan|Hotak"
        ),
        nick={
            "Rahmatullah": "Rahmat",
            "Naqibullah": "Naqib",
            "Asadullah": "Asad",
            "Noorullah": "Noor",
            "Samiullah": "Sami",
            "Ihsanullah": "Ihsan",
        },
        kin_m=K(" lala| jan|kaka |Haji |wrora "),
        kin_f=K(" jan|tror |khor |Bibi |ada "),
        t_m=K("Haji |Mr |Engineer "),
        t_f=K("Bibi |Mrs "),
        fmt=["G S"],
    ),
    "urdu": dict(
        m=L(
            "Imran|Usman|Bilal|Hamza|Faisal|Zeeshan|Ali Raza|Asad|Kashif|Waqas|Junaid|"
            "Adnan|Shoaib|Fahad|Danish|Umair|Talha|Saad|Haris|Tahir|Nadeem|Farhan"
        ),
        f=L(
            "Ayesha|Fatima|Sana|Hira|Mahnoor|Iqra|Amna|Rabia|Sadia|Maryam|Zara|Noor|"
            "Areeba|Bushra|Mehwish|Kiran|Saba|Anum|Sidra|Nimra|Rida|Tehmina|Zainab|Aliza"
        ),
        s=L(
            "Khan|Malik|Qureshi|Siddiqui|Butt|Chaudhry|Sheikh|Raza|Abbasi|Mirza|Hashmi|"
            "Ansari|Baig|Awan|Rajput|Bhatti|Gondal|Javed|Iqbal|Aslam|Akhtar|Zaidi|"
            "Rizvi|Naqvi|Mughal|Jutt|Memon|Soomro"
        ),
        nick={
            "Zeeshan": "Shani",
            "Usman": "Usi",
            "Bilal": "Billu",
            "Hamza": "Hamzu",
            "Faisal": "Fasi",
            "Waqas": "Vicky",
            "Junaid": "Juni",
            "Kashif": "Kashi",
            "Mahnoor": "Mano",
            "Ayesha": "Ashi",
            "Fatima": "Fatu",
            "Rabia": "Rabi",
            "Mehwish": "Mehu",
            "Zainab": "Zaini",
            "Areeba": "Reebu",
            "Nimra": "Nimmi",
            "Farhan": "Fani",
        },
        pet=L("Guddu|Pinky|Bablu|Munna|Chunnu|Mithu|Sweety|Cookie|Dolly|Gudiya|Sunny"),
        kin_m=K(" bhai| mamu| chachu| sahab| saab| bhaijaan"),
        kin_f=K(" baji| api| khala| phuppo| bhabhi| aapa"),
        t_m=K("Mr |Dr |Chaudhry |Mian "),
        t_f=K("Mrs |Dr |Begum "),
        fmt=["G S"],
        native={
            "Imran": "عمران",
            "Usman": "عثمان",
            "Bilal": "بلال",
            "Ayesha": "عائشہ",
            "Sana": "ثنا",
            "Hira": "حرا",
            "Zara": "زارا",
        },
        snative={
            "Khan": "خان",
            "Malik": "ملک",
            "Qureshi": "قریشی",
            "Siddiqui": "صدیقی",
            "Butt": "بٹ",
        },
    ),
    "turkish": dict(
        m=L(
            "Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|Emre|Burak|Murat|Serkan|"
            "Oğuz|Cem|Kerem|Barış|Onur|Berk|Yusuf|Eren|Emir|Volkan|Tolga|Kaan|Gökhan"
        ),
        f=L(
            "Ayşe|Fatma|Zeynep|Elif|Emine|Merve|Büşra|Esra|Selin|Gizem|Ece|Derya|Özlem|"
            "Hülya|Tuğba|Duygu|Sibel|Cansu|İrem|Defne|Ceren|Aslı|Songül|Nurhan"
        ),
        s=L(
            "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|"
            "Doğan|Kılıç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Erdem|Güneş|"
            "Aksoy|Tekin|Korkmaz|Bozkurt|Karaca"
        ),
        nick={
            "Mehmet": "Memo",
            "Mustafa": "Musti",
            "Hüseyin": "Hüso",
            "İbrahim": "İbo",
            "Büşra": "Büşi",
            "Zeynep": "Zeyno",
            "Fatma": "Fatoş",
            "Merve": "Merv",
            "Gizem": "Gizo",
            "Kerem": "Kero",
            "Gökhan": "Göko",
            "Özlem": "Özi",
            "Emine": "Emoş",
        },
        kin_m=K(" abi| amca| dayı| hoca| bey| enişte"),
        kin_f=K(" abla| teyze| hala| hanım| yenge| hoca"),
        t_m=K("Sayın |Dr. |Av. "),
        t_f=K("Sayın |Dr. |Av. "),
        fmt=["G S"] * 6 + ["G M S"],
    ),
    "kurdish": dict(
        m=L(
            "Rebin|Shvan|Azad|Dilshad|Karwan|Hemin|Sherko|Rekan|Baran|Hawre|Zana|Aram|"
            "Kawa|Diyar|Serhat|Berzan|Ciwan|Botan|Soran|Hogir"
        ),
        f=L(
            "Shilan|Nasrin|Berfin|Rojda|Delal|Helin|Awaz|Lana|Sozan|Bahar|Avin|Hana|"
            "Nishtiman|Zhino|Gulistan|Newroz|Jiyan|Ronahi|Rozh|Chra"
        ),
        s=L(
            "Jaf|Hawrami|Zebari|Doski|Mizuri|Baban|Abdulla|Karim|Rashid|Mustafa|"
            "Salih|Omer|Kurdi|Amedi|Berwari|Herki|Surchi|Sindi|Qadir|Aziz"
        ),
        kin_m=K("kak |mamosta |xalo |bra |mam "),
        kin_f=K("xanim |daya |pur |xushk |mamosta "),
        t_m=K("Kak |Mr |Dr "),
        t_f=K("Xanim |Mrs |Dr "),
        fmt=["G S"],
    ),
    "uzbek": dict(
        m=L(
            "Akmal|Bekzod|Jasur|Sherzod|Dilshod|Rustam|Farrux|Ulugbek|Timur|Javlon|"
            "Sardor|Otabek|Shohruh|Davron|Bobur|Anvar|Jahongir|Azizbek|Doniyor"
        ),
        f=L(
            "Dilnoza|Gulnora|Nilufar|Madina|Shahnoza|Zarina|Malika|Feruza|Sevara|Nodira|"
            "Kamola|Mohira|Munisa|Dildora|Gulchehra|Saida|Barno|Yulduz|Umida|Lola"
        ),
        s=L(
            "Karimov|Rashidov|Yusupov|Aliyev|Tursunov|Saidov|Ergashev|Abdullaev|"
            "Mirzaev|Khodjaev|Nazarov|Ismoilov|Umarov|Xolmatov|Qodirov|Sobirov|"
            "Nurmatov|Rahimov|Jurayev|Sultonov"
        ),
        sf_suffix="a",
        kin_m=K(" aka| amaki| bobo| akajon|ustoz "),
        kin_f=K(" opa| xola| buvi| opajon| kelin"),
        t_m=K("Mr |Dr "),
        t_f=K("Mrs |Dr "),
        fmt=["G S"] * 4 + ["S G"],
    ),
    "kazakh": dict(
        m=L(
            "Nurlan|Yerlan|Daulet|Askar|Arman|Bauyrzhan|Yerzhan|Almas|Aibek|Dias|"
            "Alibek|Temirlan|Zhandos|Marat|Serik|Kairat|Aidos|Berik|Olzhas|Yerbol"
        ),
        f=L(
            "Aigerim|Dana|Aruzhan|Madina|Zhanar|Gulnara|Saule|Ainur|Dinara|Aisulu|"
            "Kamila|Assel|Togzhan|Moldir|Akbota|Balnur|Zarina|Aliya|Symbat|Zhuldyz"
        ),
        s=L(
            "Nurlanov|Serikbayev|Akhmetov|Zhakupov|Omarov|Kassymov|Suleimenov|Abenov|"
            "Iskakov|Mukhamedzhanov|Temirbekov|Zhumabayev|Kenzhebekov|Baimukhanov|"
            "Sadykov|Yessenov|Ospanov|Tulegenov|Amanzholov|Bekmukhanbetov"
        ),
        sf_suffix="a",
        kin_m=K(" aga| ata| agai| kokesi"),
        kin_f=K(" apa| apai| aje| tate"),
        t_m=K("Mr |Dr "),
        t_f=K("Mrs |Dr "),
        fmt=["G S"] * 4 + ["S G"],
        native={
            "Nurlan": "Нурлан",
            "Aigerim": "Айгерим",
            "Dana": "Дана",
            "Arman": "Арман",
            "Assel": "Асель",
            "Madina": "Мадина",
            "Marat": "Марат",
            "Saule": "Сауле",
        },
        snative={
            "Akhmetov": "Ахметов",
            "Zhakupov": "Жакупов",
            "Omarov": "Омаров",
            "Nurlanov": "Нурланов",
            "Iskakov": "Искаков",
        },
    ),
    "georgian": dict(
        m=L(
            "Giorgi|Levan|Davit|Irakli|Nika|Luka|Sandro|Lasha|Zurab|Tornike|Giga|Beka|"
            "Vakhtang|Otar|Nodar|Tamaz|Revaz|Gela|Dachi|Guram"
        ),
        f=L(
            "Nino|Tamar|Mariam|Ketevan|Natia|Salome|Ana|Eka|Tamuna|Nana|Khatia|Tako|"
            "Sopho|Maia|Lika|Elene|Nutsa|Tea|Manana|Keti"
        ),
        s=L(
            "Beridze|Kapanadze|Gelashvili|Maisuradze|Lomidze|Tsiklauri|Abashidze|"
            "Chkheidze|Nozadze|Gogoladze|Khutsishvili|Mchedlishvili|Japaridze|"
            "Tsertsvadze|Gabunia|Kiknadze|Dolidze|Bakradze|Tabatadze|Shengelia|Gigauri"
        ),
        nick={
            "Ketevan": "Keti|Ketuna",
            "Tamar": "Tamuna|Tako",
            "Giorgi": "Gio|Goga",
            "Irakli": "Ika",
            "Sopho": "Sopo",
            "Nika": "Niko",
            "Vakhtang": "Vakho",
            "Zurab": "Zura",
            "Davit": "Dato",
            "Revaz": "Rezo",
            "Salome": "Salo",
            "Levan": "Leko",
        },
        kin_m=K("batono |dzmao |papa |bidzia "),
        kin_f=K("kalbatono |deida |bebia |mamida "),
        t_m=K("batono |Mr |Dr "),
        t_f=K("kalbatono |Mrs |Dr "),
        fmt=["G S"],
        native={
            "Giorgi": "გიორგი",
            "Levan": "ლევან",
            "Davit": "დავით",
            "Nino": "ნინო",
            "Tamar": "თამარ",
            "Ketevan": "ქეთევან",
            "Salome": "სალომე",
            "Nika": "ნიკა",
        },
        snative={
            "Beridze": "ბერიძე",
            "Kapanadze": "კაპანაძე",
            "Gelashvili": "გელაშვილი",
            "Maisuradze": "მაისურაძე",
            "Lomidze": "ლომიძე",
        },
    ),
    "armenian": dict(
        m=L(
            "Aram|Armen|Tigran|Hayk|Davit|Gor|Narek|Vahe|Arsen|Karen|Samvel|Ashot|"
            "Hovhannes|Artur|Gevorg|Levon|Sargis|Vardan|Edgar|Mher"
        ),
        f=L(
            "Ani|Anahit|Lilit|Mariam|Nare|Anush|Gayane|Hasmik|Lusine|Siranush|Armine|"
            "Shushan|Tatevik|Karine|Nairi|Hripsime|Arpine|Astghik|Meline|Zaruhi"
        ),
        s=L(
            "Hakobyan|Petrosyan|Grigoryan|Harutyunyan|Vardanyan|Avetisyan|Mkrtchyan|"
            "Karapetyan|Hovhannisyan|Gevorgyan|Ghazaryan|Poghosyan|Martirosyan|"
            "Arakelyan|Babayan|Danielyan|Khachatryan|Manukyan|Abrahamyan|Baghdasaryan"
        ),
        nick={
            "Hovhannes": "Hovo",
            "Gevorg": "Gevo",
            "Sargis": "Sako",
            "Tigran": "Tiko",
            "Anahit": "Ano",
            "Hripsime": "Ripsi",
            "Siranush": "Siran",
            "Tatevik": "Tata",
            "Armine": "Armi",
            "Ashot": "Asho",
        },
        kin_m=K(" jan|paron |papik |hopar |qeri "),
        kin_f=K(" jan|tikin |tatik |morakuyr |hoparakin "),
        t_m=K("Paron |Mr |Dr "),
        t_f=K("Tikin |Mrs |Dr "),
        fmt=["G S"],
        native={
            "Aram": "Արամ",
            "Tigran": "Տիգրան",
            "Ani": "Անի",
            "Lilit": "Լիլիթ",
            "Anahit": "Անահիտ",
            "Narek": "Նարեկ",
            "Mariam": "Մարիամ",
        },
        snative={
            "Hakobyan": "Հակոբյան",
            "Petrosyan": "Պետրոսյան",
            "Grigoryan": "Գրիգորյան",
            "Vardanyan": "Վարդանյան",
        },
    ),
    "romani": dict(
        m=L(
            "Florin|Marian|Nicolae|Gheorghe|Zoran|Dragan|Shaban|Bajram|Ljubomir|Kalo|"
            "Tibor|Miloš|Janko|Ferko|Mircea|Costel|Remus|Sandu|Elvis|Ramiro"
        ),
        f=L(
            "Esmeralda|Mirela|Roxana|Florica|Luminița|Zlata|Sabina|Ljuba|Violeta|Drina|"
            "Vesna|Romana|Rada|Mara|Jelka|Mihaela|Džemila|Sorina|Loli|Carmela"
        ),
        s=L(
            "Stoica|Lăcătuș|Rostaș|Căldărar|Ramadani|Bajrami|Demirović|Sejdić|Gabor|"
            "Lakatos|Horváth|Oláh|Balogh|Stojanović|Mustafić|Ciurar|Dinicu|Heredia|"
            "Montoya|Amaya|Cortés|Salazar"
        ),
        kin_m=K("kako |bato |dado |phral "),
        kin_f=K("bibi |daj |phen |mami "),
        t_m=K("Mr |domnul |Pan "),
        t_f=K("Mrs |doamna |Paní "),
        fmt=["G S"],
    ),
    "quechua": dict(
        m=L(
            "Juan Carlos|Edwin|Wilber|Yony|Elmer|Percy|Nilton|Fredy|Efraín|Hilario|"
            "Teófilo|Porfirio|Inti|Amaru|Kusi|Sayri|Wilfredo|Rubén|Alcides|Yuri"
        ),
        f=L(
            "Killa|Sisa|Nayra|Ñusta|Urpi|Yolanda|Maribel|Nélida|Julia|Marleni|Yeni|"
            "Delia|Lucila|Flor|Senaida|Eufemia|Hilda|Rocío|Yesica|Milagros"
        ),
        s=L(
            "Quispe|Mamani|Condori|Huamán|Ccori|Apaza|Choque|Yupanqui|Ticona|Chambi|"
            "Huanca|Cusi|Ccahuana|Layme|Puma|Cutipa|Ayma|Sucso|Coaquira|Vilca|Pari|"
            "Turpo|Huillca|Ccallo"
        ),
        kin_m=K("don |tío |papito |compadre |taytay "),
        kin_f=K("doña |tía |mamita |comadre |mamay "),
        t_m=K("Sr. |Don |Ing. |Prof. "),
        t_f=K("Sra. |Doña |Prof. "),
        fmt=["G S S2"] * 5 + ["G S"] * 3,
    ),
    "mapuche": dict(
        m=L(
            "Lautaro|Nahuel|Aukan|Pehuén|Huenu|Kalfu|Juan|Pedro|Benjamín|Matías|Tomás|"
            "Cristian|Luis|Héctor|Alihuen|Manqueo"
        ),
        f=L(
            "Ayelén|Millaray|Rayén|Amankay|Licanray|Relmu|Ailín|Anahí|Mailén|Suyai|"
            "Rosa|Camila|Javiera|Catalina|María José|Yanira"
        ),
        s=L(
            "Huenchullán|Painemal|Millapán|Catrileo|Ñancupil|Llancaqueo|Huaiquimil|"
            "Calfucura|Antileo|Quilapán|Nahuelpán|Curamil|Marileo|Lienlaf|Ancalao|"
            "Cayupán|Coliqueo|Queupumil|Huenchumilla|Painequeo"
        ),
        kin_m=K("peñi |don |tío |chachai "),
        kin_f=K("lamngen |doña |tía |papay "),
        t_m=K("Sr. |Don |Prof. "),
        t_f=K("Sra. |Doña |Prof. "),
        fmt=["G S S2"] * 5 + ["G S"] * 3,
    ),
    "carib": dict(
        m=L(
            "Devon|Dwayne|Andre|Kemar|Shane|Omari|Jermaine|Delroy|Leroy|Winston|"
            "Everton|Tyrone|Kareem|Rohan|Ricardo|Wilner|Jean-Claude|Fritzgerald|"
            "Dieuseul|Akeem|Shamar|Ramesh|Anil"
        ),
        f=L(
            "Shanice|Tashana|Kimoya|Keisha|Latoya|Tanesha|Sherika|Marjorie|Nadine|"
            "Fabienne|Guerline|Nadège|Roseline|Mirlande|Wideline|Sasha-Gaye|Trudy-Ann|"
            "Kerry-Ann|Petal|Indira|Shivani|Beverley"
        ),
        s=L(
            "Campbell|Brown|Williams|Thompson|Reid|McKenzie|Gordon|Bailey|Grant|Ellis|"
            "Francis|Stewart|Henry|Clarke|Morgan|Rampersad|Maharaj|Ramdial|Persad|"
            "Jean-Louis|Pierre|Joseph|Baptiste|Charles|Dorvil|Exantus|Pierre-Louis|"
            "Beauvais|Célestin|St. Fleur|Lewis|Mohammed"
        ),
        nick={
            "Devon": "Dev",
            "Kemar": "Kem",
            "Jermaine": "Maino",
            "Tyrone": "Ty",
            "Shanice": "Nicey",
            "Tashana": "Tash",
            "Kimoya": "Kimmy",
            "Latoya": "Toya",
            "Sasha-Gaye": "Sasha",
            "Trudy-Ann": "Trudy",
            "Kerry-Ann": "Kerry",
            "Jean-Claude": "JC",
            "Fritzgerald": "Fritz",
            "Wilner": "Wil",
            "Beverley": "Bev",
        },
        kin_m=K("Uncle |bredda |Tonton |Granpa |cuz "),
        kin_f=K("Auntie |Miss |Tantie |Granny |sista |Manman "),
        t_m=K("Mr |Pastor |Deacon |Dr "),
        t_f=K("Mrs |Miss |Sister |Dr "),
        fmt=["G S"],
    ),
    "pacific": dict(
        m=L(
            "Sione|Tevita|Sefa|Tui|Malakai|Viliami|Semisi|Iosefa|Tama|Mosese|Jone|"
            "Epeli|Rawiri|Tāne|Wiremu|Hemi|Nikau|Manaia|Keoni|Kainoa|Sitiveni|Paula"
        ),
        f=L(
            "Mele|Salote|Lupe|Seini|Malia|Litia|Mereoni|Unaisi|Aroha|Mereana|Anahera|"
            "Hine|Leilani|Kalani|Noelani|Ofa|Fetu|Lagi|Losana|Vaiola|Tupe|Kiri"
        ),
        s=L(
            "Fonoti|Leota|Faleolo|Havili|Taufa|Vaipulu|Fifita|Naivalu|Ravouvou|Waqa|"
            "Tuisawau|Ngata|Parata|Te Rangi|Henare|Kahananui|Kealoha|Akana|Pouono|"
            "Latu|Mahe|Tuimavave|Seru|Tautahi|Moimoi"
        ),
        kin_m=K("Uncle |Koro |Momo |bro |Papa "),
        kin_f=K("Aunty |Nana |Kui |Bu |sis "),
        t_m=K("Mr |Ratu |Rev. |Pastor "),
        t_f=K("Mrs |Adi |Faifeau "),
        fmt=["G S"],
    ),
    "brazil": dict(
        m=L(
            "João Pedro|Pedro Henrique|Lucas|Gabriel|Matheus|Rafael|Thiago|Felipe|"
            "Bruno|Gustavo|Leonardo|Rodrigo|Diego|Caio|Vinícius|Luiz Fernando|"
            "José Carlos|Antônio|Francisco|Raimundo|Wellington|Cleiton|Jefferson|"
            "Edvaldo|Marcos Paulo"
        ),
        f=L(
            "Ana Clara|Maria Eduarda|Júlia|Beatriz|Larissa|Camila|Fernanda|Juliana|"
            "Patrícia|Aline|Bruna|Letícia|Vitória|Gabriela|Jéssica|Thaís|Raquel|Luana|"
            "Daniela|Francisca|Rosângela|Sueli|Cláudia|Mariana|Isabela|Graça"
        ),
        s=L(
            "Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|"
            "Costa|Ribeiro|Martins|Carvalho|Almeida|Lopes|Soares|Fernandes|Vieira|"
            "Barbosa|Rocha|Dias|Nascimento|Andrade|Moreira|Nunes|Marques|Machado|"
            "Mendes|Freitas|da Silva|dos Santos|de Oliveira|do Nascimento|de Souza"
        ),
        nick={
            "João Pedro": "JP|Joãozinho",
            "Pedro Henrique": "PH",
            "Lucas": "Luquinhas",
            "Gabriel": "Biel",
            "Matheus": "Teteu",
            "Rafael": "Rafa",
            "Felipe": "Lipe",
            "Bruno": "Bruninho",
            "Gustavo": "Guga",
            "Leonardo": "Léo",
            "Rodrigo": "Digo",
            "Vinícius": "Vini",
            "Francisco": "Chico",
            "Antônio": "Toninho",
            "José Carlos": "Zé",
            "Raimundo": "Mundinho",
            "Maria Eduarda": "Duda",
            "Ana Clara": "Aninha",
            "Júlia": "Juju",
            "Beatriz": "Bia",
            "Larissa": "Lari",
            "Camila": "Mila",
            "Fernanda": "Nanda",
            "Juliana": "Ju",
            "Patrícia": "Pati",
            "Letícia": "Lelê",
            "Vitória": "Vivi",
            "Gabriela": "Gabi",
            "Isabela": "Bela",
            "Mariana": "Mari",
            "Francisca": "Chica",
            "Daniela": "Dani",
            "Graça": "Gracinha",
        },
        kin_m=K("tio |vô |seu |mano |padrinho |primo "),
        kin_f=K("tia |vó |dona |mana |madrinha |prima "),
        t_m=K("Sr. |Dr. |Seu "),
        t_f=K("Sra. |Dra. |Dona "),
        fmt=["G S"] * 4 + ["G S S2"] * 3,
    ),
    "mexican": dict(
        m=L(
            "José Luis|Juan Carlos|Luis Fernando|Miguel Ángel|Jesús|Alejandro|Francisco|"
            "Eduardo|Jorge|Ricardo|Fernando|Roberto|Arturo|Javier|Sergio|Óscar|Raúl|"
            "Héctor|Emiliano|Santiago|Guillermo|Ignacio|Rigoberto|Ulises|Enrique"
        ),
        f=L(
            "María Guadalupe|Ana Sofía|Ximena|Valeria|Fernanda|Daniela|Mariana|Guadalupe|"
            "Rocío|Leticia|Verónica|Alejandra|Adriana|Claudia|Gabriela|Yesenia|Maricela|"
            "Araceli|Itzel|Citlali|Xóchitl|Marisol|Dulce|Esperanza|Consuelo|Rosario"
        ),
        s=L(
            "Hernández|García|Martínez|López|González|Pérez|Rodríguez|Sánchez|Ramírez|"
            "Cruz|Flores|Gómez|Morales|Vázquez|Reyes|Jiménez|Torres|Díaz|Gutiérrez|"
            "Ruiz|Mendoza|Aguilar|Ortiz|Castillo|Chávez|Ramos|Herrera|Medina|Vargas|"
            "Castro|Domínguez|Salazar|Villalobos|Zúñiga|Ochoa|de la Fuente"
        ),
        nick={
            "Francisco": "Pancho|Paco",
            "Jesús": "Chuy|Chucho",
            "Guadalupe": "Lupe|Lupita",
            "María Guadalupe": "Lupita",
            "Guillermo": "Memo",
            "Ignacio": "Nacho",
            "Alejandro": "Jano|Alex",
            "Eduardo": "Lalo",
            "Roberto": "Beto",
            "Enrique": "Kike",
            "Rosario": "Chayo",
            "Consuelo": "Chelo",
            "Rigoberto": "Rigo",
            "Fernando": "Nando",
            "Ricardo": "Richi",
            "Santiago": "Santi",
            "Valeria": "Vale",
            "Daniela": "Dani",
            "Ximena": "Xime",
            "Alejandra": "Ale",
            "Verónica": "Vero",
            "José Luis": "Pepe",
            "Miguel Ángel": "Mike",
        },
        kin_m=K("tío |don |abuelito |compadre |primo |apá "),
        kin_f=K("tía |doña |abuelita |comadre |prima |amá "),
        t_m=K("Sr. |Lic. |Ing. |Dr. "),
        t_f=K("Sra. |Lic. |Dra. |Srta. "),
        fmt=["G S S2"] * 4 + ["G S"] * 4,
    ),
    "russian": dict(
        m=L(
            "Aleksandr|Dmitry|Sergey|Andrey|Alexey|Mikhail|Ivan|Nikolay|Pavel|Artyom|"
            "Maxim|Yevgeny|Kirill|Roman|Denis|Oleg|Igor|Vadim|Stanislav|Timur"
        ),
        f=L(
            "Anastasia|Maria|Ekaterina|Olga|Natalia|Tatiana|Yulia|Anna|Elena|Svetlana|"
            "Irina|Darya|Ksenia|Polina|Alina|Viktoria|Marina|Lyudmila|Galina|Valentina"
        ),
        s=L(
            "Ivanov|Smirnov|Kuznetsov|Popov|Vasiliev|Petrov|Sokolov|Mikhailov|Novikov|"
            "Fedorov|Morozov|Volkov|Alekseev|Lebedev|Semenov|Egorov|Pavlov|Kozlov|"
            "Stepanov|Nikolaev|Orlov|Makarov|Zakharov|Belov|Gusev|Tikhonov"
        ),
        sf_suffix="a",
        patr=L(
            "Sergeyev|Ivanov|Petrov|Nikolayev|Aleksandrov|Viktorov|Mikhailov|"
            "Vladimirov|Andreyev|Yuriev|Olegov|Dmitriyev"
        ),
        nick={
            "Aleksandr": "Sasha|Sanya",
            "Dmitry": "Dima",
            "Sergey": "Seryozha",
            "Andrey": "Andryusha",
            "Alexey": "Lyosha",
            "Mikhail": "Misha",
            "Ivan": "Vanya",
            "Nikolay": "Kolya",
            "Pavel": "Pasha",
            "Artyom": "Tyoma",
            "Maxim": "Max",
            "Yevgeny": "Zhenya",
            "Kirill": "Kiryusha",
            "Roman": "Roma",
            "Oleg": "Olezhka",
            "Vadim": "Vadik",
            "Stanislav": "Stas",
            "Anastasia": "Nastya",
            "Maria": "Masha",
            "Ekaterina": "Katya",
            "Olga": "Olya",
            "Natalia": "Natasha",
            "Tatiana": "Tanya",
            "Yulia": "Yulya",
            "Anna": "Anya",
            "Elena": "Lena",
            "Svetlana": "Sveta",
            "Irina": "Ira",
            "Darya": "Dasha",
            "Ksenia": "Ksyusha",
            "Polina": "Polya",
            "Viktoria": "Vika",
            "Lyudmila": "Lyuda",
            "Galina": "Galya",
            "Valentina": "Valya",
            "Marina": "Marinka",
            "Alina": "Alinka",
        },
        kin_m=K("dyadya |ded |brat |batya "),
        kin_f=K("tyotya |baba |babushka |sestra "),
        t_m=K("Mr |gospodin "),
        t_f=K("Mrs |gospozha "),
        fmt=["G S"] * 6 + ["G P S"] * 2 + ["S G"],
        native={
            "Aleksandr": "Александр",
            "Dmitry": "Дмитрий",
            "Sergey": "Сергей",
            "Andrey": "Андрей",
            "Mikhail": "Михаил",
            "Ivan": "Иван",
            "Anastasia": "Анастасия",
            "Maria": "Мария",
            "Ekaterina": "Екатерина",
            "Olga": "Ольга",
            "Natalia": "Наталья",
            "Tatiana": "Татьяна",
            "Elena": "Елена",
            "Irina": "Ирина",
        },
        snative={
            "Ivanov": "Иванов",
            "Smirnov": "Смирнов",
            "Kuznetsov": "Кузнецов",
            "Popov": "Попов",
            "Petrov": "Петров",
            "Sokolov": "Соколов",
            "Volkov": "Волков",
            "Morozov": "Морозов",
            "Orlov": "Орлов",
        },
    ),
    "polish": dict(
        m=L(
            "Piotr|Krzysztof|Tomasz|Paweł|Michał|Marcin|Jakub|Kamil|Łukasz|Grzegorz|"
            "Mateusz|Adam|Wojciech|Bartosz|Rafał|Dawid|Szymon|Mariusz|Sebastian|Przemysław"
        ),
        f=L(
            "Anna|Katarzyna|Małgorzata|Agnieszka|Joanna|Magdalena|Monika|Aleksandra|"
            "Natalia|Karolina|Justyna|Ewa|Beata|Dorota|Zofia|Weronika|Marta|Paulina|"
            "Iwona|Barbara"
        ),
        s=L(
            "Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Zieliński|Szymański|"
            "Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur|Kwiatkowski|Krawczyk|"
            "Piotrowski|Grabowski|Nowakowski|Pawłowski|Michalski|Wieczorek|Jabłoński|"
            "Król|Majewski|Olszewski"
        ),
        pl_female=True,
        nick={
            "Piotr": "Piotrek",
            "Krzysztof": "Krzysiek",
            "Tomasz": "Tomek",
            "Jakub": "Kuba",
            "Grzegorz": "Grzesiek",
            "Mateusz": "Mati",
            "Wojciech": "Wojtek",
            "Bartosz": "Bartek",
            "Przemysław": "Przemek",
            "Katarzyna": "Kasia",
            "Małgorzata": "Gosia",
            "Agnieszka": "Aga",
            "Joanna": "Asia",
            "Magdalena": "Magda",
            "Aleksandra": "Ola",
            "Barbara": "Basia",
            "Zofia": "Zosia",
            "Weronika": "Werka",
            "Ewa": "Ewka",
            "Anna": "Ania",
            "Łukasz": "Łukaszek",
            "Michał": "Michałek",
        },
        kin_m=K("wujek |dziadek |pan |brat "),
        kin_f=K("ciocia |babcia |pani |siostra "),
        t_m=K("Pan |p. |dr "),
        t_f=K("Pani |p. |dr "),
        fmt=["G S"],
    ),
    "german": dict(
        m=L(
            "Lukas|Jonas|Felix|Maximilian|Leon|Finn|Tobias|Jan|Florian|Sebastian|Stefan|"
            "Thomas|Michael|Andreas|Jürgen|Klaus|Uwe|Dieter|Matthias|Christoph|Moritz|Niklas"
        ),
        f=L(
            "Lena|Laura|Lea|Anna|Julia|Sophie|Hannah|Katharina|Sabine|Petra|Monika|"
            "Ursula|Claudia|Stefanie|Nicole|Jana|Miriam|Franziska|Johanna|Annika|Ute|Birgit"
        ),
        s=L(
            "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|"
            "Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|"
            "Braun|Krüger|Hartmann|Lange|Werner|Krause|Lehmann|von Brandt|Vogel|Kühn"
        ),
        nick={
            "Maximilian": "Max",
            "Sebastian": "Basti",
            "Andreas": "Andi",
            "Matthias": "Matze",
            "Tobias": "Tobi",
            "Florian": "Flo",
            "Katharina": "Kathi",
            "Stefanie": "Steffi",
            "Franziska": "Franzi",
            "Sabine": "Bine",
            "Annika": "Anni",
            "Julia": "Jule",
            "Michael": "Micha",
            "Christoph": "Chris",
            "Johanna": "Jojo",
        },
        kin_m=K("Onkel |Opa |Herr |Bruder "),
        kin_f=K("Tante |Oma |Frau |Schwester "),
        t_m=K("Herr |Hr. |Dr. "),
        t_f=K("Frau |Fr. |Dr. "),
        fmt=["G S"],
    ),
    "french": dict(
        m=L(
            "Julien|Nicolas|Thomas|Maxime|Antoine|Pierre|Hugo|Théo|Mathieu|Guillaume|"
            "Romain|Kevin|Jérémy|Baptiste|Louis|Mamadou|Moussa|Ibrahima|Cheikh|Ousmane|"
            "Yannick|Olivier|Sébastien|Koffi"
        ),
        f=L(
            "Camille|Léa|Manon|Chloé|Inès|Sarah|Émilie|Julie|Marine|Pauline|Élodie|"
            "Aurélie|Céline|Nathalie|Sandrine|Fatou|Aminata|Awa|Mariama|Aïssatou|Ndeye|"
            "Khadidiatou|Marie-Claire|Anne-Sophie|Adjoua"
        ),
        s=L(
            "Martin|Bernard|Dubois|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|"
            "Laurent|Lefebvre|Michel|David|Bertrand|Roux|Vincent|Fournier|Morel|"
            "Girard|Diallo|Diop|Ndiaye|Sow|Fall|Camara|Traoré|Touré|Koné|Coulibaly|"
            "Kouassi|N'Guessan|Lemoine|Chevalier"
        ),
        nick={
            "Nicolas": "Nico",
            "Maxime": "Max",
            "Antoine": "Toto",
            "Mathieu": "Matt",
            "Jérémy": "Jérem",
            "Sébastien": "Seb",
            "Camille": "Cam",
            "Émilie": "Mimi",
            "Élodie": "Élo",
            "Aurélie": "Lili",
            "Nathalie": "Nat",
            "Sandrine": "Sandy",
            "Anne-Sophie": "Anso",
            "Khadidiatou": "Khady",
            "Aïssatou": "Asta",
            "Aminata": "Ami",
            "Baptiste": "Bapt",
            "Guillaume": "Guigui",
        },
        kin_m=K("tonton |papi |Monsieur |frérot |tonton "),
        kin_f=K("tata |tantine |mamie |Madame |tata "),
        t_m=K("M. |Monsieur |Dr "),
        t_f=K("Mme |Madame |Dr "),
        fmt=["G S"],
    ),
    "italian": dict(
        m=L(
            "Marco|Luca|Giuseppe|Francesco|Alessandro|Andrea|Matteo|Lorenzo|Davide|"
            "Simone|Federico|Riccardo|Stefano|Giovanni|Antonio|Salvatore|Vincenzo|"
            "Gennaro|Pasquale|Carmine"
        ),
        f=L(
            "Giulia|Francesca|Chiara|Sara|Martina|Valentina|Alessia|Elisa|Federica|"
            "Silvia|Paola|Roberta|Giovanna|Rosaria|Concetta|Carmela|Assunta|Annalisa|"
            "Ilaria|Benedetta"
        ),
        s=L(
            "Rossi|Russo|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|"
            "Gallo|Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|"
            "Barbieri|Fontana|Santoro|Mariani|Caruso|Ferrara|Galli|Leone|D'Angelo|"
            "Di Stefano|La Rosa"
        ),
        nick={
            "Giuseppe": "Peppe|Pino",
            "Francesco": "Checco",
            "Alessandro": "Ale",
            "Salvatore": "Totò|Salvo",
            "Vincenzo": "Enzo",
            "Giovanni": "Gianni",
            "Antonio": "Tonino",
            "Federico": "Fede",
            "Riccardo": "Ricky",
            "Lorenzo": "Lollo",
            "Francesca": "Franci",
            "Valentina": "Vale",
            "Federica": "Fede",
            "Concetta": "Cettina",
            "Assunta": "Susy",
            "Giovanna": "Gianna",
            "Benedetta": "Bene",
            "Martina": "Marti",
        },
        kin_m=K("zio |nonno |il signor |cugino "),
        kin_f=K("zia |nonna |la signora |cugina "),
        t_m=K("Sig. |Dott. |Avv. "),
        t_f=K("Sig.ra |Dott.ssa |Avv. "),
        fmt=["G S"],
    ),
    "english": dict(
        m=L(
            "James|Michael|David|Daniel|Matthew|Ryan|Tyler|Brandon|Kyle|Josh|Connor|"
            "Liam|Jack|Harry|Oliver|Callum|Jamie|Ethan|Nathan|Luke|Sean|Aiden|Caleb|"
            "Mason|Hunter|Gary|Kevin|Brian|Steve|Craig|Will"
        ),
        f=L(
            "Emily|Jessica|Sarah|Ashley|Megan|Hannah|Lauren|Chloe|Sophie|Amy|Rebecca|"
            "Katie|Emma|Olivia|Abigail|Madison|Brittany|Kayla|Jenna|Courtney|Danielle|"
            "Stacey|Gemma|Leanne|Charlotte|Holly|Lucy|Natalie|Samantha|Grace|Hope|Faith|Joy"
        ),
        s=L(
            "Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|"
            "Thomas|Moore|Jackson|Martin|Lee|Thompson|White|Harris|Clark|Lewis|Robinson|"
            "Walker|Young|Hall|Wright|Hughes|Evans|Roberts|Cooper|Ward|Murphy|O'Brien|"
            "McCarthy|Fitzgerald|MacLeod|Patel|Khan|Kowalczyk|Nguyen"
        ),
        nick={
            "Michael": "Mike",
            "Daniel": "Danny",
            "Matthew": "Matt",
            "Josh": "Joshy",
            "Nathan": "Nate",
            "Steve": "Stevie",
            "Rebecca": "Becky",
            "Katie": "Kat",
            "Samantha": "Sam",
            "Jessica": "Jess",
            "Abigail": "Abby",
            "Danielle": "Dani",
            "Charlotte": "Lottie",
            "Natalie": "Nat",
            "Olivia": "Liv",
            "Madison": "Maddie",
            "Courtney": "Court",
            "James": "Jim|Jamie",
            "Callum": "Cal",
            "Hannah": "Han",
        },
        kin_m=K("uncle |grandpa |cousin |Mr "),
        kin_f=K("aunt |auntie |nana |grandma |cousin |Ms "),
        t_m=K("Mr |Mr. |Dr |Rev. "),
        t_f=K("Mrs |Ms |Mrs. |Dr "),
        fmt=["G S"] * 8 + ["G I S"],
    ),
    "korean": dict(
        m=L(
            "Min-jun|Ji-hoon|Hyun-woo|Seo-jun|Do-yun|Ji-ho|Sung-min|Jae-won|Dong-hyun|"
            "Joon-young|Seung-hoon|Tae-hyun|Woo-jin|Young-ho"
        ),
        f=L(
            "Seo-yeon|Ji-woo|Ha-eun|Su-bin|Ye-jin|Min-seo|Eun-ji|Hye-jin|So-yeon|Yu-na|"
            "Da-eun|Na-rae|Min-ji|Ji-yeon|Soo-ah"
        ),
        s=L(
            "Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|"
            "Hwang|Ahn|Song|Yoo|Hong"
        ),
        kin_m=K(" oppa| hyung| sunbae| ssi| samchon"),
        kin_f=K(" unnie| noona| sunbae| ssi| imo"),
        t_m=K("Mr. |Dr. "),
        t_f=K("Ms. |Dr. "),
        fmt=["S G"] * 5 + ["G S"] * 3,
        native={
            "Min-jun": "민준",
            "Ji-hoon": "지훈",
            "Hyun-woo": "현우",
            "Seo-jun": "서준",
            "Do-yun": "도윤",
            "Ji-ho": "지호",
            "Sung-min": "성민",
            "Jae-won": "재원",
            "Dong-hyun": "동현",
            "Joon-young": "준영",
            "Seung-hoon": "승훈",
            "Tae-hyun": "태현",
            "Woo-jin": "우진",
            "Young-ho": "영호",
            "Seo-yeon": "서연",
            "Ji-woo": "지우",
            "Ha-eun": "하은",
            "Su-bin": "수빈",
            "Ye-jin": "예진",
            "Min-seo": "민서",
            "Eun-ji": "은지",
            "Hye-jin": "혜진",
            "So-yeon": "소연",
            "Yu-na": "유나",
            "Da-eun": "다은",
            "Na-rae": "나래",
            "Min-ji": "민지",
            "Ji-yeon": "지연",
            "Soo-ah": "수아",
        },
        snative={
            "Kim": "김",
            "Lee": "이",
            "Park": "박",
            "Choi": "최",
            "Jung": "정",
            "Kang": "강",
            "Cho": "조",
            "Yoon": "윤",
            "Jang": "장",
            "Lim": "임",
            "Han": "한",
            "Oh": "오",
            "Seo": "서",
            "Shin": "신",
            "Kwon": "권",
            "Hwang": "황",
            "Ahn": "안",
            "Song": "송",
            "Yoo": "유",
            "Hong": "홍",
        },
    ),
    "chinese": dict(
        m=L(
            "Wei|Hao|Jun|Lei|Ming|Zhiwei|Jianguo|Guoqiang|Haoran|Yuxuan|Zihan|Xiaoming|"
            "Jason|Kelvin|Marcus|Darren|Wei Jie|Jun Hao|Kai Xiang"
        ),
        f=L(
            "Fang|Jing|Yan|Hui|Tingting|Xinyi|Jiahui|Mengyao|Siyu|Lili|Yiting|Xiaoyan|"
            "Michelle|Jolene|Cheryl|Shermaine|Wei Ling|Hui Min|Jia Hui"
        ),
        s=L(
            "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|"
            "Lin|Luo|Gao|Tan|Lim|Ng|Wong|Goh|Chua|Teo|Ong|Koh|Chan|Cheung|Lau|Leung"
        ),
        kin_m=K("Ah |Lao |Xiao | ge| laoshi|uncle "),
        kin_f=K("Ah |Xiao | jie| laoshi|aunty | mei"),
        t_m=K("Mr |Mr. |Dr "),
        t_f=K("Ms |Mrs |Madam "),
        fmt=["S G"] * 5 + ["G S"] * 3,
        native={
            "Wei": "伟",
            "Hao": "浩",
            "Jun": "俊",
            "Lei": "磊",
            "Ming": "明",
            "Zhiwei": "志伟",
            "Jianguo": "建国",
            "Xiaoming": "晓明",
            "Haoran": "浩然",
            "Zihan": "子涵",
            "Fang": "芳",
            "Jing": "静",
            "Yan": "燕",
            "Hui": "慧",
            "Tingting": "婷婷",
            "Xinyi": "欣怡",
            "Jiahui": "佳慧",
            "Lili": "丽丽",
            "Xiaoyan": "晓燕",
            "Siyu": "思雨",
        },
        snative={
            "Wang": "王",
            "Li": "李",
            "Zhang": "张",
            "Liu": "刘",
            "Chen": "陈",
            "Yang": "杨",
            "Huang": "黄",
            "Zhao": "赵",
            "Wu": "吴",
            "Zhou": "周",
            "Xu": "徐",
            "Sun": "孙",
            "Lin": "林",
            "Guo": "郭",
            "Gao": "高",
        },
    ),
    "japanese": dict(
        m=L("Haruto|Yuto|Sota|Riku|Kaito|Ren|Takumi|Daiki|Kenji|Hiroshi|Takeshi|Yuki|Shota"),
        f=L("Yui|Sakura|Hina|Aoi|Mei|Rin|Misaki|Ayaka|Nanami|Haruka|Yuka|Emi|Keiko|Naoko"),
        s=L(
            "Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|"
            "Kato|Yoshida|Yamada|Sasaki|Yamaguchi|Matsumoto|Inoue|Kimura|Hayashi|"
            "Shimizu|Mori|Ikeda|Hashimoto|Ishikawa|Ogawa"
        ),
        kin_m=K("-kun|-san|-senpai|-sensei"),
        kin_f=K("-chan|-san|-senpai|-sensei"),
        t_m=K("Mr. |Dr. "),
        t_f=K("Ms. |Dr. "),
        fmt=["S G"] * 4 + ["G S"] * 4,
        native={
            "Haruto": "陽翔",
            "Yuto": "悠斗",
            "Kenji": "健二",
            "Hiroshi": "浩",
            "Takeshi": "武",
            "Yui": "結衣",
            "Sakura": "さくら",
            "Misaki": "美咲",
            "Aoi": "葵",
            "Haruka": "遥",
            "Emi": "恵美",
            "Keiko": "恵子",
            "Naoko": "直子",
            "Yuki": "由紀",
        },
        snative={
            "Sato": "佐藤",
            "Suzuki": "鈴木",
            "Takahashi": "高橋",
            "Tanaka": "田中",
            "Watanabe": "渡辺",
            "Ito": "伊藤",
            "Yamamoto": "山本",
            "Nakamura": "中村",
            "Kobayashi": "小林",
            "Kato": "加藤",
            "Yamada": "山田",
            "Sasaki": "佐々木",
        },
    ),
}


# ---------------------------------------------------------------------------
# Phone formats per country: "#" any digit, "N" a digit 2-9.
# ---------------------------------------------------------------------------
PHONES = {
    "ng": L(
        "+234 80# ### ####|+234 81# ### ####|+234 70# ### ####|+23490########|"
        "080########|0803 ### ####|0813-###-####|0906 ### ####|+234 (0) 802 ### ####|"
        "0705 ### ####|+234 915 ### ####"
    ),
    "gh": L(
        "+233 24 ### ####|024 ### ####|+233 55 ### ####|050#######|+233 20 ### ####|054 ### ####"
    ),
    "ke": L(
        "+254 7## ### ###|07## ######|07## ### ###|+2547########|0110 ### ###|+254 11# ### ###"
    ),
    "tz": L("+255 7## ### ###|07## ### ###|+255 65# ### ###|0688 ######|0754 ### ###"),
    "et": L("+251 91 ### ####|09## ### ###|+2519########|+251 92 ### ####"),
    "so": L("+252 61 #######|+252 63 ### ####|061 #######|+252 90 ### ####"),
    "za": L("+27 8# ### ####|08# ### ####|+27 7# ### ####|07# ### ####|+277########|06# ### ####"),
    "in": L(
        "+91 9#### #####|+91 98### #####|09#########|98#########|+91-7###-######|"
        "+91 8### ### ###|98### #####|+91 6### ######|70## ######"
    ),
    "bd": L("+880 17##-######|017########|+8801#########|01### ######|+880 18## ######"),
    "lk": L("+94 77 ### ####|077 ### ####|+94 71 #######|076-#######"),
    "np": L("+977 98########|98########|+977-984-#######|980-#######"),
    "pk": L("+92 300 #######|0300-#######|0321 #######|+92 3## #######|03#########|0333-###-####"),
    "af": L("+93 70 ### ####|079 ### ####|+93 78 #######"),
    "ph": L(
        "+63 917 ### ####|0917 ### ####|09#########|+63 9## ### ####|0998-###-####|"
        "+639#########|0927 ### ####"
    ),
    "id": L(
        "+62 812-####-####|0812 #### ####|08##########|+62 857 #### ####|"
        "0813-####-###|+62 878-####-####"
    ),
    "my": L("+60 12-### ####|012-### ####|+6011-#### ####|019 ### ####|+6017#######|013-#######"),
    "sg": L("+65 9### ####|9### ####|8### ####|+65 8#######"),
    "th": L("+66 8# ### ####|08#-###-####|09# ### ####|+66 9# ### ####|06#-###-####"),
    "vn": L("+84 9## ### ###|09## ### ###|03########|+84 3## ### ###|0912.###.###"),
    "eg": L("+20 10# ### ####|010########|+20 12# ### ####|011 #### ####|0122 ### ####"),
    "lb": L("+961 3 ### ###|03 ### ###|+961 71 ### ###|76 ### ###"),
    "jo": L("+962 7# ### ####|07# ### ####|+962 79 #######"),
    "ae": L("+971 50 ### ####|050 ### ####|+971 55 #######|056-###-####|+971 52 ### ####"),
    "sa": L("+966 5# ### ####|05########|+966 50 #######|055 ### ####"),
    "ma": L("+212 6## ######|06 ## ## ## ##|+212 6 ## ## ## ##|07 ## ## ## ##"),
    "ir": L("+98 912 ### ####|0912 ### ####|+98 93# ### ####|09#########"),
    "iq": L("+964 750 ### ####|0750 ### ####|+964 770 ### ####|0770#######"),
    "tr": L("+90 5## ### ## ##|05## ### ## ##|0 (5##) ### ## ##|+905#########|0532 ### ## ##"),
    "uz": L("+998 9# ### ## ##|+998 (9#) ###-##-##|9# ### ## ##|+9989########"),
    "kz": L("+7 70# ### ####|8 (70#) ### ## ##|+7 747 ### ## ##|8 777 ### ## ##"),
    "ge": L("+995 5## ## ## ##|5## ## ## ##|+995 599 ### ###|+995 555 ## ## ##"),
    "am": L("+374 9# ######|09# ## ## ##|+374 77 ### ###|+374 55 ######"),
    "ro": L("+40 7## ### ###|07## ### ###|+40 72# ### ###"),
    "cz": L("+420 6## ### ###|+420 7## ### ###|7## ### ###"),
    "rs": L("+381 6# ### ####|06# ### ####|+381 64 #######"),
    "es": L("+34 6## ## ## ##|6## ### ###|+34 7## ### ###|6## ## ## ##"),
    "pe": L("+51 9## ### ###|9## ### ###|+519########|9########"),
    "cl": L("+56 9 #### ####|9 #### ####|+569########|(+56) 9 ####-####"),
    "jm": L("+1 876-###-####|(876) ###-####|876 ### ####|1-876-###-####"),
    "tt": L("+1 868-###-####|(868) ###-####|868 ### ####"),
    "ht": L("+509 3# ## ####|+509 4#######|+509 37 ## ## ##"),
    "nz": L("+64 21 ### ####|021 ### ####|022 ### ####|+64 27 ### ####|027 ### ####"),
    "fj": L("+679 9## ####|+679 7######|9## ####|+679 83# ####"),
    "to": L("+676 7######|+676 84 #####|+676 77 #####"),
    "ws": L("+685 7######|+685 72 #####|+685 75#####"),
    "br": L(
        "+55 11 9####-####|(11) 9####-####|+55 21 9#### ####|(81) 9 ####-####|"
        "11 9########|+5511#########|(71) 9####-####|+55 (31) 9####-####"
    ),
    "mx": L(
        "+52 55 #### ####|55 #### ####|+52 1 33 #### ####|(81) ####-####|"
        "+5255########|33 ## ## ## ##"
    ),
    "us": L(
        "(N##) N##-####|N##-N##-####|+1 N##-N##-####|+1 (N##) N## ####|N##.N##.####|+1N##N######"
    ),
    "uk": L("+44 7### ######|07### ######|07### ### ###|+447#########|+44 (0)7### ######"),
    "ru": L("+7 9## ###-##-##|8 (9##) ###-##-##|+7 (9##) ### ## ##|89#########|+7 9## ### ## ##"),
    "pl": L("+48 5## ### ###|5## ### ###|+48 6## ### ###|+48 7## ### ###|6##-###-###"),
    "de": L(
        "+49 15# ########|015# #######|+49 170 #######|0176 ########|"
        "+49 (0)171 #######|0157 ########"
    ),
    "fr": L("+33 6 ## ## ## ##|06 ## ## ## ##|07 ## ## ## ##|+33 7########|06.##.##.##.##"),
    "sn": L("+221 77 ### ## ##|77 ### ## ##|+221 78 ### ## ##|76 ### ## ##"),
    "ci": L("+225 07 ## ## ## ##|07 ## ## ## ##|+225 05 ## ## ## ##"),
    "it": L("+39 3## ### ####|3## ### ####|+39 34# #######|+39 320 ### ####"),
    "kr": L("+82 10-####-####|010-####-####|010 #### ####|+821#########|01#-####-####"),
    "cn": L("+86 13# #### ####|13#########|+86 15# #### ####|18# #### ####|+86 139-####-####"),
    "jp": L("+81 90-####-####|090-####-####|080-####-####|+81 80 #### ####|070-####-####"),
}

# ---------------------------------------------------------------------------
# Street addresses.  Fields in a format come from the country pool (list ->
# pick one, str -> "#" digit / "@" capital letter pattern) or are numbers:
# n 1-250, n2 1-40, n3 1-20, big 1000-9999, L a capital letter.
# ---------------------------------------------------------------------------
ADDRS = {
    "ng": dict(
        street=L(
            "Adeola Odeku Street|Allen Avenue|Bode Thomas Street|Admiralty Way|"
            "Ogunlana Drive|Opebi Road|Isaac John Street|Ajose Adeogun Street|"
            "Ogui Road|Zik Avenue|Aba Road|Stadium Road|Okigwe Road|Olorunsogo Street|"
            "Ishola Bello Close|Oduduwa Crescent|Kofo Abayomi Street|Akilo Road|"
            "Emina Crescent|Ago Palace Way|Agege Motor Road|Ikorodu Road|Airport Road"
        ),
        area=L(
            "Surulere|Ikeja GRA|Yaba|Lekki Phase 1|Magodo|Gbagada|Festac Town|Wuse 2|"
            "Garki|Maitama|Independence Layout|Bodija|Trans-Amadi|Rumuola|Ogba|Ajah|"
            "Okota|Isolo|Gwarinpa|New Haven"
        ),
        city=L(
            "Lagos|Abuja|Enugu|Ibadan|Port Harcourt|Owerri|Kano|Abeokuta|Benin City|Onitsha|Ikeja"
        ),
        fmt=L(
            "No. {n} {street}, {area}, {city}|{n} {street}, {area}, {city}|"
            "Plot {n}, {street}, {area}, {city}|"
            "Flat {n3}, Block {L}, {street}, {area}, {city}|"
            "{n}, {street}, off {area} Road, {city}|No {n3} {street}, {area}"
        ),
    ),
    "gh": dict(
        street=L(
            "Oxford Street|Liberation Road|Spintex Road|Ring Road Central|Lagos Avenue|"
            "Kojo Thompson Road|Nii Nortei Nyanchi Street|Boundary Road|Lamptey Avenue|"
            "Osu Badu Street|Sakumono Road|Palace Street"
        ),
        area=L(
            "East Legon|Osu|Adenta|Dansoman|Tema Community 25|Kasoa|Madina|Achimota|"
            "Labone|Kwabenya|Ashaiman|Santasi|Ahodwo"
        ),
        city=L("Accra|Kumasi|Tema|Takoradi|Cape Coast|Ho"),
        gps="GA-###-####",
        fmt=L(
            "{n} {street}, {area}, {city}|House No. {n}, {street}, {area}, {city}|"
            "{n} {street}, {area}, {city} (GPS {gps})|Hse {n}, {street}, {area}"
        ),
    ),
    "ke": dict(
        street=L(
            "Ngong Road|Kiambu Road|Argwings Kodhek Road|Lenana Road|Mombasa Road|"
            "Thika Road|Waiyaki Way|Kindaruma Road|Jogoo Road|Magadi Road|"
            "Lower Kabete Road|Riverside Drive|Kabarnet Road|Ole Sangale Road"
        ),
        area=L(
            "Kilimani|Westlands|Kileleshwa|South B|Umoja|Kasarani|Rongai|Ruaka|"
            "Syokimau|Lavington|Embakasi|Donholm|Nyali|Milimani"
        ),
        city=L("Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Thika"),
        court=L("Palm Court|Jacaranda Apartments|Greenview Flats|Sunrise Court|Mvule Gardens"),
        fmt=L(
            "House No. {n}, {street}, {area}, {city}|Apt {n3}{L}, {court}, {street}, {city}|"
            "{n} {street}, {area}, {city}|Hse {n2}, {court}, {street}, {area}"
        ),
    ),
    "tz": dict(
        street=L(
            "Bagamoyo Road|Morogoro Road|Kawawa Road|Mtaa wa Uhuru|Mtaa wa Samora|"
            "Chole Road|Mwai Kibaki Road|Old Bagamoyo Road|Nyerere Road|Sokoine Drive"
        ),
        area=L(
            "Mikocheni|Sinza|Kinondoni|Mbezi Beach|Masaki|Tegeta|Kariakoo|Upanga|Njiro|Kijitonyama"
        ),
        city=L("Dar es Salaam|Arusha|Mwanza|Dodoma|Zanzibar|Moshi"),
        fmt=L(
            "Nyumba Na. {n}, {street}, {area}, {city}|Plot {n}, {street}, {area}, {city}|"
            "{n} {street}, {area}, {city}"
        ),
    ),
    "et": dict(
        street=L(
            "Bole Road|Africa Avenue|Cameroon Street|Churchill Avenue|Ras Mekonnen Avenue|"
            "Gabon Street|Namibia Street|Djibouti Street"
        ),
        area=L("Bole|Kazanchis|Sarbet|CMC|Gerji|Piassa|Megenagna|Ayat|Summit|Lebu"),
        city=L("Addis Ababa|Hawassa|Bahir Dar|Mekelle|Adama"),
        fmt=L(
            "House No. {n}, Woreda {n2}, {area}, {city}|{street}, House {n}, {area}, {city}|"
            "H.No {big}, Woreda {n2}, {area}"
        ),
    ),
    "so": dict(
        street=L(
            "Maka Al Mukarama Road|Wadada Wadnaha|Jidka Sodonka|Wadada Industriyada|"
            "Jidka 21 Oktoobar"
        ),
        area=L("Hodan|Wadajir|Hamar Weyne|Waberi|Howlwadaag|Jigjiga Yar|New Hargeisa"),
        city=L("Mogadishu|Hargeisa|Garowe|Kismayo|Bosaso"),
        fmt=L("Guriga {n}, {street}, {area}, {city}|House {n}, {street}, {area}, {city}"),
    ),
    "za": dict(
        street=L(
            "Jan Smuts Avenue|Main Road|Rivonia Road|Beyers Naude Drive|Louis Botha Avenue|"
            "Church Street|Voortrekker Road|Umgeni Road|Florida Road|Oxford Road|"
            "Koma Road|Ntemi Piliso Street|Protea Street|Jacaranda Avenue"
        ),
        area=L(
            "Orlando West|Sandton|Rosebank|Umlazi|Khayelitsha|Sea Point|Berea|Tembisa|"
            "Mamelodi|Randburg|Durbanville|Diepkloof|Glenwood|Mitchells Plain"
        ),
        city=L("Johannesburg|Cape Town|Durban|Pretoria|Gqeberha|Soweto|Bloemfontein"),
        zip="####",
        fmt=L(
            "{n} {street}, {area}, {city}, {zip}|Unit {n2}, {n} {street}, {area}, {city} {zip}|"
            "{big} Zone {n3}, {area}, {city}|{n} {street}, {area}, {zip}"
        ),
    ),
    "in": dict(
        street=L(
            "MG Road|14th Cross Road|100 Feet Road|Linking Road|SV Road|Anna Salai|"
            "Nungambakkam High Road|Park Street|Rash Behari Avenue|Station Road|"
            "Gandhi Nagar Main Road|Temple Street|Nehru Street|Mall Road|"
            "Sarjapur Road|Old Airport Road|Jail Road|Civil Lines Road|Arcot Road"
        ),
        area=L(
            "Indiranagar|Koramangala|Andheri West|Bandra East|T. Nagar|Velachery|Salt Lake|"
            "Dwarka Sector 12|Gachibowli|Madhapur|Kakkanad|Lajpat Nagar|Malviya Nagar|"
            "Anna Nagar|Jayanagar 4th Block|Vashi|Gomti Nagar|Model Town|Kalyani Nagar|"
            "Sector 15|Banjara Hills"
        ),
        apt=L(
            "Shanti Apartments|Sai Residency|Prestige Lakeside|Green Valley Society|"
            "Krishna Kunj|Sri Lakshmi Nilayam|Sunshine Heights|Om Sai CHS|Royal Enclave|"
            "Ganga Towers"
        ),
        city=L(
            "Bengaluru|Mumbai|Chennai|Hyderabad|Kolkata|New Delhi|Pune|Kochi|Jaipur|Lucknow|"
            "Ahmedabad|Coimbatore|Madurai|Chandigarh|Ludhiana|Amritsar|Patna|Noida|Gurugram"
        ),
        zip="######",
        fmt=L(
            "Flat {n3}0{n3}, {apt}, {street}, {area}, {city} - {zip}|"
            "#{n}, {n3}th Cross, {area}, {city} {zip}|"
            "House No. {n}, {street}, {area}, {city}, {zip}|"
            "{n}/{n2}, {street}, {area}, {city} {zip}|"
            "Plot No. {n}, {area}, {city}|"
            "H.No. {n3}-{n2}-{n}/{L}, {area}, {city} - {zip}|"
            "{L}-{n}, {area}, {city} {zip}|"
            "Door No {n}, {street}, {area}, {city}"
        ),
    ),
    "bd": dict(
        area=L(
            "Dhanmondi|Gulshan 2|Banani|Mirpur 10|Uttara Sector 7|Mohammadpur|"
            "Bashundhara R/A|Khilgaon|Baridhara|Agrabad|Zindabazar"
        ),
        city=L("Dhaka|Chattogram|Sylhet|Khulna|Rajshahi"),
        zip="12##",
        fmt=L(
            "House {n}, Road {n2}, {area}, {city} {zip}|"
            "Flat {L}{n3}, House {n}, Road {n2}, {area}, {city}-{zip}|"
            "House #{n}, Road #{n2}, {area}, {city}"
        ),
    ),
    "lk": dict(
        street=L(
            "Galle Road|Duplication Road|Havelock Road|Kandy Road|Temple Road|"
            "Station Road|Baseline Road|High Level Road|Peradeniya Road"
        ),
        area=L(
            "Wellawatte|Dehiwala|Nugegoda|Maharagama|Kiribathgoda|Rajagiriya|Battaramulla|"
            "Kelaniya|Moratuwa"
        ),
        city=L("Colombo 06|Kandy|Galle|Negombo|Kurunegala|Jaffna|Colombo 05"),
        fmt=L(
            "No. {n}, {street}, {area}|No. {n}/{n3}, {street}, {city}|{n} {street}, {area}, {city}"
        ),
    ),
    "np": dict(
        street=L(
            "Tokha Road|Ring Road|Lazimpat Road|Jhamsikhel Marg|Bishalnagar Marg|"
            "Dhumbarahi Marg|Lakeside Road|Gairidhara Marg"
        ),
        area=L(
            "Baneshwor|Koteshwor|Jhamsikhel|Baluwatar|Chabahil|Budhanilkantha|Lakeside|"
            "Kalanki|Kupondole"
        ),
        city=L("Kathmandu|Lalitpur|Pokhara|Bhaktapur|Biratnagar|Butwal"),
        fmt=L(
            "House {n}, {street}, Ward No. {n2}, {area}, {city}|{n} {street}, {area}, {city}|"
            "Ghar No. {n}, Ward {n2}, {area}, {city}"
        ),
    ),
    "pk": dict(
        area=L(
            "DHA Phase 5|Gulberg III|Model Town|Johar Town|Bahria Town Phase 7|F-7/2|"
            "G-11/3|Clifton Block 5|North Nazimabad|Satellite Town|Hayatabad Phase 3|"
            "Gulshan-e-Iqbal Block 13|Wapda Town|Cantt"
        ),
        city=L("Lahore|Karachi|Islamabad|Rawalpindi|Faisalabad|Peshawar|Multan|Sialkot"),
        bldg=L("Al-Noor Heights|Rose Apartments|Saima Towers|Falak Residency|Gulshan View"),
        zip="#####",
        fmt=L(
            "House No. {n}, Street {n2}, {area}, {city}|House {n}, Block {L}, {area}, {city}|"
            "Flat {n3}0{n3}, {bldg}, {area}, {city}|"
            "H# {n}, St# {n2}, {area}, {city} {zip}|"
            "{n}-{L}, {area}, {city}"
        ),
    ),
    "af": dict(
        area=L("Wazir Akbar Khan|Shahr-e Naw|Karte Char|Khair Khana|Taimani|Karte Se|Macroyan"),
        city=L("Kabul|Herat|Mazar-i-Sharif|Kandahar|Jalalabad"),
        fmt=L("House {n}, Street {n2}, {area}, {city}|Hse {n}, Lane {n3}, {area}, {city}"),
    ),
    "ph": dict(
        street=L(
            "Mabini St.|Rizal Ave.|Kalayaan Ave.|Aurora Blvd.|Katipunan Ave.|"
            "P. Burgos St.|Ma. Clara St.|Sampaguita St.|Acacia St.|Gen. Luna St.|"
            "Osmeña Blvd.|J.P. Laurel Ave.|Magsaysay Ave.|Narra St.|Ilang-Ilang St."
        ),
        subd=L(
            "Mabuhay Homes|Camella Homes|Greenwoods Executive Village|BF Homes|"
            "Villa Teresita Subd.|Lessandra Heights|Vista Verde|Golden City"
        ),
        brgy=L(
            "San Isidro|Poblacion|Sto. Niño|San Roque|Bagong Silang|Malanday|Tandang Sora|"
            "Lahug|Talamban|Pasong Tamo|Dolores|Sta. Lucia"
        ),
        city=L(
            "Quezon City|Pasig|Cainta|Antipolo|Cebu City|Davao City|Bacoor|Caloocan|"
            "Marikina|Iloilo City|Dasmariñas|Taguig|Las Piñas"
        ),
        prov=L("Rizal|Cavite|Laguna|Bulacan|Cebu|Pampanga"),
        zip="1###",
        fmt=L(
            "Blk {n2} Lot {n3}, {subd}, Brgy. {brgy}, {city}|"
            "{n} {street}, Brgy. {brgy}, {city}, {prov} {zip}|"
            "{n} {street}, Brgy. {brgy}, {city}|"
            "Unit {n3}0{n3}, {n} {street}, {city}|"
            "Blk {n2} Lot {n3} Phase {n3}, {subd}, {city}, {prov}|"
            "#{n} {street}, {city} {zip}"
        ),
    ),
    "id": dict(
        street=L(
            "Melati|Mawar|Kenanga|Anggrek|Cempaka Putih Raya|Kebon Jeruk|Margonda Raya|"
            "Dago|Kaliurang Km 7|Pemuda|Raya Bogor|Haji Nawi|Bangka II|"
            "Tebet Barat Dalam|Kemang Raya|Cendrawasih|Merpati"
        ),
        kel=L(
            "Cempaka Putih|Tebet Barat|Pondok Cina|Sukajadi|Caturtunggal|Rawamangun|"
            "Kebayoran Lama Utara|Cilandak Barat|Jatiwaringin"
        ),
        subd=L(
            "Griya Asri|Taman Cibodas|Bumi Serpong Damai|Pondok Indah|Citra Garden|Harapan Indah"
        ),
        city=L(
            "Jakarta Selatan|Depok|Bandung|Yogyakarta|Surabaya|Medan|Semarang|Bekasi|"
            "Tangerang Selatan|Makassar|Denpasar|Bogor|Malang"
        ),
        zip="1####",
        fmt=L(
            "Jl. {street} No. {n}, RT {n3}/RW {n3}, Kel. {kel}, {city} {zip}|"
            "Jl. {street} No. {n}, {city}|"
            "Perum {subd} Blok {L}{n3} No. {n2}, {city}|"
            "Jalan {street} no {n}, RT 0{n3}/RW 0{n3}, {kel}, {city}|"
            "Gg. {street} No. {n2}, {kel}, {city} {zip}"
        ),
    ),
    "my": dict(
        jalan=L(
            "SS 2/24|Bukit Bintang|Ampang|Kenari 5|Merbau 3/2|Setia Indah 7|Kuchai Lama|"
            "Gasing|Desa 2/3|Pandan Indah 4/6|Bangsar|USJ 4/3"
        ),
        taman=L(
            "Taman Melawati|Taman Desa|Bandar Baru Bangi|Taman Sri Muda|Taman Setia Indah|"
            "Taman Bukit Indah|Taman Connaught"
        ),
        city=L(
            "Petaling Jaya|Shah Alam|Kuala Lumpur|Johor Bahru|Ipoh|Kota Kinabalu|"
            "Kuching|Seremban|Subang Jaya"
        ),
        state=L("Selangor|Johor|Perak|Sabah|Sarawak|Negeri Sembilan|W.P. Kuala Lumpur"),
        zip="#####",
        fmt=L(
            "No. {n}, Jalan {jalan}, {taman}, {zip} {city}, {state}|"
            "{L}-{n3}-{n2}, Residensi {taman}, Jalan {jalan}, {zip} {city}|"
            "{n}, Jalan {jalan}, {zip} {city}|"
            "Lot {big}, Jalan {jalan}, {taman}, {city}"
        ),
    ),
    "sg": dict(
        street=L(
            "Ang Mo Kio Ave 3|Tampines St 81|Jurong West St 52|Bedok North Rd|"
            "Toa Payoh Lor 1|Yishun Ring Rd|Woodlands Dr 14|Punggol Field|"
            "Bukit Batok West Ave 6|Sengkang East Way|Clementi Ave 2|Hougang Ave 8"
        ),
        zip="5#####",
        fmt=L(
            "Blk {n} {street}, #{n3}-{n}, Singapore {zip}|"
            "Blk {n}{L} {street} #0{n3}-{n}, S{zip}|"
            "{n} {street} #{n3}-{n2}, Singapore {zip}"
        ),
    ),
    "th": dict(
        soi=L(
            "Sukhumvit 39|Ari 4|Lat Phrao 101|Ramkhamhaeng 24|Phahonyothin 7|"
            "Chan 43|Ekkamai 10|Thonglor 13|Nimman 9"
        ),
        road=L(
            "Sukhumvit|Phahonyothin|Lat Phrao|Ramkhamhaeng|Charoen Krung|Ratchadaphisek|"
            "Nimmanhaemin|Huay Kaew"
        ),
        area=L(
            "Khlong Tan Nuea, Watthana|Samsen Nai, Phaya Thai|Huai Khwang|Bang Kapi|"
            "Suthep, Mueang|Chom Phon, Chatuchak|Bang Na"
        ),
        city=L("Bangkok|Chiang Mai|Nonthaburi|Khon Kaen|Phuket"),
        zip="10###",
        fmt=L(
            "{n}/{n2} Soi {soi}, {road} Road, {area}, {city} {zip}|"
            "{n}/{n3} {road} Rd, {area}, {city} {zip}|"
            "{n} Moo {n3}, {area}, {city}"
        ),
    ),
    "vn": dict(
        street=L(
            "Nguyễn Trãi|Lê Lợi|Trần Hưng Đạo|Hai Bà Trưng|Điện Biên Phủ|"
            "Cách Mạng Tháng Tám|Võ Văn Tần|Phan Xích Long|Nguyễn Văn Cừ|Kim Mã|"
            "Láng Hạ|Hoàng Quốc Việt|Xô Viết Nghệ Tĩnh"
        ),
        q=L("1|3|5|10|Bình Thạnh|Phú Nhuận|Gò Vấp|Tân Bình|Cầu Giấy|Đống Đa|Ba Đình"),
        city=L("TP. Hồ Chí Minh|Hà Nội|Đà Nẵng|Cần Thơ|Hải Phòng|TP.HCM"),
        fmt=L(
            "Số {n} {street}, Phường {n3}, Quận {q}, {city}|"
            "{n}/{n2} {street}, P.{n3}, Q.{q}, {city}|"
            "Hẻm {n}/{n2} {street}, Quận {q}, {city}|"
            "Số {n3} ngõ {n} {street}, {city}"
        ),
    ),
    "eg": dict(
        street=L(
            "Shehab Street|Gameat El Dewal El Arabeya Street|Abbas El Akkad Street|"
            "Makram Ebeid Street|El Merghany Street|Mosaddak Street|Road 9|"
            "El Nozha Street|Syria Street|Lebanon Street"
        ),
        area=L(
            "Mohandessin|Nasr City|Heliopolis|Maadi|Dokki|Zamalek|Sheikh Zayed|"
            "6th of October|Smouha|Sidi Gaber|Faisal"
        ),
        city=L("Cairo|Giza|Alexandria|Mansoura|Tanta"),
        fmt=L(
            "{n} {street}, {area}, {city}|Building {n}, {street}, Apt {n2}, {area}, {city}|"
            "{n} {street}, floor {n3}, flat {n2}, {area}|"
            "Villa {n}, District {n3}, {area}, {city}"
        ),
    ),
    "lev": dict(
        street=L(
            "Hamra Street|Bliss Street|Mar Mikhael Street|Sursock Street|Mecca Street|"
            "Rainbow Street|Abdullah Ghosheh Street|Wakalat Street|Madaba Street"
        ),
        area=L(
            "Hamra|Achrafieh|Jdeideh|Khalda|Sweifieh|Abdoun|Jabal Amman|Tla'a Al Ali|Verdun|Dbayeh"
        ),
        city=L("Beirut|Amman|Zarqa|Tripoli|Irbid|Jounieh"),
        fmt=L(
            "{street}, Bldg {n}, floor {n3}, {area}, {city}|{n} {street}, {area}, {city}|"
            "Building No. {n}, {street}, {area}, {city}"
        ),
    ),
    "ae": dict(
        area=L(
            "Al Barsha 1|Jumeirah Village Circle|Al Nahda 2|Mirdif|Al Khalidiyah|"
            "Al Qusais|Deira|Al Majaz 3|Al Nahyan|International City|Al Warqa'a 1"
        ),
        tower=L(
            "Al Noor Tower|Marina Heights|Sunrise Building|Palm Residence B|"
            "Al Khail Heights 4|Emirates Garden 2"
        ),
        city=L("Dubai|Abu Dhabi|Sharjah|Ajman|Al Ain"),
        fmt=L(
            "Villa {n}, Street {n2}, {area}, {city}|Apt {n3}0{n3}, {tower}, {area}, {city}|"
            "Flat {n3}{n2}, {tower}, {area}|Villa {n}, {n2}{L} Street, {area}, {city}"
        ),
    ),
    "sa": dict(
        street=L(
            "Prince Sultan Street|Olaya Street|Tahlia Street|Al Urubah Road|"
            "Anas Ibn Malik Road|Al Takhassusi Street|Al Madinah Road"
        ),
        area=L("Al Olaya|Al Malqa|Al Nakheel|Al Rawdah|Al Hamra|Al Naseem|Al Safa|Al Aziziyah"),
        city=L("Riyadh|Jeddah|Dammam|Khobar|Makkah|Madinah"),
        zip="1####",
        fmt=L(
            "{big} {street}, {area} District, {city} {zip}|"
            "{big} {street}, {area} Dist., {city} {zip} - {big}|"
            "Building {n}, {street}, {area}, {city}"
        ),
    ),
    "ma": dict(
        rue=L(
            "Ibn Sina|Moulay Youssef|Allal Ben Abdellah|Oued Sebou|Al Massira|Ibnou Majid|"
            "Abou Bakr Seddik|des Orangers|Zerktouni"
        ),
        area=L("Maarif|Hay Riad|Agdal|Gueliz|Sidi Maarouf|Hay Mohammadi|Bourgogne|Ain Sebaa"),
        city=L("Casablanca|Rabat|Marrakech|Fès|Tanger|Agadir"),
        zip="#####",
        fmt=L(
            "{n} Rue {rue}, {area}, {city} {zip}|Appt {n3}, Imm {n2}, Rue {rue}, {area}, {city}|"
            "N° {n}, Rue {rue}, {city}"
        ),
    ),
    "ir": dict(
        street=L(
            "Valiasr|Sheikh Bahaei|Shariati|Motahari|Azadi|Pasdaran|Mirdamad|Jordan|"
            "Sattarkhan|Chamran"
        ),
        area=L("Vanak|Tajrish|Saadat Abad|Gisha|Narmak|Pounak|Zafaraniyeh|Yousef Abad"),
        city=L("Tehran|Shiraz|Isfahan|Mashhad|Tabriz|Karaj"),
        fmt=L(
            "{city}, {area}, {street} St., Alley {n2}, No. {n}, Unit {n3}|"
            "No. {n}, {street} Ave., {area}, {city}|"
            "{street} St., Kuche {n2}, Pelak {n}, {city}"
        ),
    ),
    "iq": dict(
        area=L("Ankawa|Dream City|Italian Village|Bakhtiari|Sarchinar|Azadi|Shorsh|Malta"),
        city=L("Erbil|Sulaymaniyah|Duhok|Kirkuk|Zakho"),
        fmt=L(
            "House {n}, Street {n2}, {area}, {city}|Villa {n}, {area}, {city}|"
            "Building {L}{n3}, Apt {n2}, {area}, {city}"
        ),
    ),
    "tr": dict(
        mah=L(
            "Caferağa|Moda|Bahçelievler|Kızılay|Esentepe|Göztepe|Barbaros|Feneryolu|"
            "Osmanağa|Kültür|Yenişehir|Bağlarbaşı"
        ),
        sok=L(
            "Bahariye Cad.|Gül Sok.|Lale Sok.|Menekşe Sok.|İnönü Cad.|Fevzi Çakmak Cad.|"
            "Halitağa Cad.|Nergis Sok.|Çınar Sok.|Kazım Karabekir Cad."
        ),
        ilce=L(
            "Kadıköy|Üsküdar|Çankaya|Keçiören|Bornova|Karşıyaka|Nilüfer|Ataşehir|"
            "Bağcılar|Kağıthane|Yenimahalle"
        ),
        il=L("İstanbul|Ankara|İzmir|Bursa|Diyarbakır|Antalya"),
        zip="34###",
        fmt=L(
            "{mah} Mah. {sok} No: {n} Daire: {n2} {ilce}/{il}|"
            "{mah} Mh. {sok} No:{n}/{n3} {zip} {ilce}/{il}|"
            "{sok} No: {n} D: {n3}, {mah} Mah., {ilce}, {il}"
        ),
    ),
    "uz": dict(
        street=L("Amir Temur|Navoiy|Bobur|Mustaqillik|Buyuk Ipak Yo'li|Mirobod|Nukus|Bunyodkor"),
        city=L("Toshkent|Samarqand|Buxoro|Namangan|Andijon|Farg'ona"),
        fmt=L(
            "{street} ko'chasi, {n}-uy, {n2}-xonadon, {city}|{street} ko'chasi {n}, kv. {n2}, {city}|"
            "Chilonzor {n3}-kvartal, {n2}-uy, {city}"
        ),
    ),
    "kz": dict(
        street=L(
            "Dostyk Avenue|Satpayev Street|Tole Bi Street|Kabanbay Batyr Avenue|"
            "Zhandosov Street|Kenesary Street|Auezov Street|Raiymbek Avenue|Timiryazev Street"
        ),
        city=L("Almaty|Astana|Shymkent|Karaganda|Aktobe"),
        zip="0#####",
        fmt=L(
            "{street} {n}, apt. {n2}, {city} {zip}|{city}, {street} {n}, kv. {n2}|"
            "mkr. Samal-{n3}, house {n2}, apt {n}, {city}"
        ),
    ),
    "ge": dict(
        street=L(
            "Chavchavadze Avenue|Pekini Avenue|Vazha-Pshavela Avenue|Tsereteli Avenue|"
            "Kostava Street|Paliashvili Street|Nutsubidze Street|Gorgasali Street"
        ),
        city=L("Tbilisi|Batumi|Kutaisi|Rustavi"),
        zip="01##",
        fmt=L(
            "{n} {street}, apt {n2}, {city} {zip}|{street} {n}, flat {n2}, {city}|"
            "{street} N{n}, {city}"
        ),
    ),
    "am": dict(
        street=L(
            "Abovyan Street|Tumanyan Street|Komitas Avenue|Baghramyan Avenue|Saryan Street|"
            "Arshakunyats Avenue|Sayat-Nova Avenue|Kievyan Street|Halabyan Street"
        ),
        city=L("Yerevan|Gyumri|Vanadzor|Abovyan"),
        zip="00##",
        fmt=L(
            "{n} {street}, apt. {n2}, {city} {zip}|{street} {n}/{n3}, {city}|"
            "{n} {street}, flat {n2}, {city}"
        ),
    ),
    "ro": dict(
        street=L(
            "Florilor|Mărășești|Zorilor|Libertății|Dacia|Ion Creangă|Trandafirilor|Morii|Salcâmilor"
        ),
        city=L("București|Cluj-Napoca|Iași|Timișoara|Craiova|Sibiu"),
        fmt=L(
            "Str. {street} nr. {n}, bl. {L}{n3}, ap. {n2}, {city}|Str. {street} {n}, {city}|"
            "Strada {street} nr. {n2}, {city}"
        ),
    ),
    "cz": dict(
        street=L("Husitská|Vinohradská|Cejl|Bratislavská|Koněvova|Přívozská"),
        city=L("Praha 3|Brno|Ostrava|Plzeň"),
        zip="### ##",
        fmt=L("{street} {n}/{n2}, {zip} {city}|{street} {n}, {city}"),
    ),
    "es": dict(
        street=L(
            "Calle de la Luna|Calle Real|Calle Mayor|Avenida de Andalucía|Calle San Juan|"
            "Calle Betis|Calle de Toledo|Calle Sacromonte"
        ),
        city=L("Madrid|Sevilla|Granada|Málaga|Barcelona|Badajoz"),
        zip="#####",
        fmt=L(
            "{street}, {n}, {n3}º {L}, {zip} {city}|{street} {n}, {city}|"
            "{street} n.º {n}, bajo, {zip} {city}"
        ),
    ),
    "pe": dict(
        street=L(
            "Jr. Puno|Av. Los Incas|Av. La Cultura|Calle Tecsecocha|Jr. Huancavelica|"
            "Av. El Sol|Calle Saphi|Av. Collasuyo|Jr. Lampa"
        ),
        area=L(
            "San Sebastián|Wanchaq|Santiago|San Juan de Lurigancho|Comas|"
            "Villa El Salvador|Yanahuara|San Jerónimo"
        ),
        city=L("Cusco|Lima|Puno|Arequipa|Juliaca|Ayacucho"),
        fmt=L(
            "{street} {n}, {area}, {city}|{street} {n}, Dpto. {n3}0{n3}, {area}|"
            "{street} N° {n}, {city}|Mz. {L} Lote {n2}, {area}, {city}"
        ),
    ),
    "cl": dict(
        street=L(
            "Avenida Alemania|Calle Prat|Pasaje Los Aromos|Avenida Caupolicán|"
            "Calle Lautaro|Los Carrera|Calle General Cruz|Avenida Pablo Neruda|"
            "Pasaje Los Copihues"
        ),
        area=L("Padre Las Casas|Pedro de Valdivia|Ñuñoa|La Florida|Puente Alto|Maipú|Labranza"),
        city=L("Temuco|Santiago|Concepción|Valdivia|Angol|Villarrica"),
        fmt=L(
            "{street} {n}, depto {n3}0{n3}, {area}, {city}|{street} {n}, {area}, {city}|"
            "{street} {big}, {city}"
        ),
    ),
    "jm": dict(
        street=L(
            "Hope Road|Molynes Road|Constant Spring Road|Red Hills Road|Barbican Road|"
            "Mountain View Avenue|Maxfield Avenue|Ariapita Avenue|Eastern Main Road|"
            "Delmas 33|Rue Lamarre|Old Hope Road|Waltham Park Road"
        ),
        city=L(
            "Kingston 6|Kingston 10|Portmore|Spanish Town|Montego Bay|Port of Spain|"
            "Chaguanas|San Fernando|Pétion-Ville|Port-au-Prince|Kingston 8"
        ),
        fmt=L(
            "{n} {street}, {city}|Lot {n}, {street}, {city}|Apt {n3}, {n} {street}, {city}|"
            "{street}, #{n2}, {city}"
        ),
    ),
    "nz": dict(
        street=L(
            "Great South Road|Dominion Road|Te Atatu Road|Massey Road|Cuba Street|"
            "Karangahape Road|Waimanu Road|Princes Road|Queen Elizabeth Drive|"
            "Bairds Road|Mahia Road"
        ),
        area=L("Otara|Mangere|Papatoetoe|Porirua East|Otahuhu|Manurewa|Samabula|Nabua|Toorak"),
        city=L("Auckland|Wellington|Porirua|Christchurch|Suva|Nadi|Lautoka"),
        zip="2###",
        fmt=L(
            "{n} {street}, {area}, {city} {zip}|{n}{L} {street}, {area}, {city}|"
            "Lot {n}, {street}, {area}, {city}|Flat {n3}, {n} {street}, {area}"
        ),
    ),
    "br": dict(
        rua=L(
            "Rua das Flores|Rua Augusta|Rua Voluntários da Pátria|Rua Barão de Mesquita|"
            "Rua Treze de Maio|Rua São Bento|Rua XV de Novembro|Rua da Consolação|"
            "Rua Sete de Setembro|Rua do Catete|Avenida Brasil|Rua Itapeva|Travessa Santa Rita"
        ),
        bairro=L(
            "Vila Madalena|Tijuca|Copacabana|Boa Viagem|Pinheiros|Savassi|Centro|Itaquera|"
            "Capão Redondo|Méier|Campo Grande|Pituba|Aldeota"
        ),
        cityuf=L(
            "São Paulo - SP|Rio de Janeiro - RJ|Recife - PE|Belo Horizonte - MG|"
            "Salvador - BA|Fortaleza - CE|Curitiba - PR|Porto Alegre - RS|Manaus - AM|"
            "São Paulo/SP|Rio de Janeiro/RJ"
        ),
        cep="#####-###",
        fmt=L(
            "{rua}, {n}, apto {n3}0{n3}, {bairro}, {cityuf}, {cep}|{rua}, {n} - {bairro}, {cityuf}|"
            "{rua} {n}, casa {n3}, {bairro}, CEP {cep}|"
            "{rua}, nº {n}, {bairro}, {cityuf}"
        ),
    ),
    "mx": dict(
        calle=L(
            "Insurgentes Sur|Morelos|Hidalgo|5 de Mayo|Niños Héroes|Vasco de Quiroga|"
            "Pino Suárez|Revolución|Las Flores|Jacarandas|Tulipanes|Allende|Lerdo de Tejada"
        ),
        col=L(
            "Roma Norte|Condesa|Del Valle|Santa María la Ribera|Iztapalapa Centro|Las Águilas|"
            "Chapultepec|Obrera|Tlaquepaque Centro|San Nicolás|Jardines del Bosque"
        ),
        city=L(
            "Ciudad de México|Guadalajara, Jal.|Monterrey, N.L.|Puebla, Pue.|Tijuana, B.C.|"
            "Oaxaca de Juárez, Oax.|CDMX|Zapopan, Jal."
        ),
        cp="#####",
        fmt=L(
            "Calle {calle} #{n}, Col. {col}, {cp} {city}|"
            "Av. {calle} {n} Int. {n3}, Col. {col}, C.P. {cp}, {city}|"
            "{calle} {n}, Col. {col}, {city}|"
            "Calle {calle} {n}-{L}, Col. {col}, C.P. {cp}"
        ),
    ),
    "us": dict(
        street=L(
            "Maple Ave|Oak Street|Elm St|Pine Ridge Dr|Cedar Lane|Sunset Blvd|Grand Ave|"
            "Bergenline Ave|Fulton St|Mission St|Broadway|Lakeview Terrace|Bissonnet St|"
            "Coney Island Ave|Cedar Ave S|Bellaire Blvd|Riverside Dr|W 47th St|"
            "Hillcrest Rd|Magnolia Ct"
        ),
        apt=L("Apt 4B|Unit 12|#210|Apt 3|Apt 1R|Unit B|Ste 5|Apt 702"),
        city=L(
            "Houston, TX|Bronx, NY|Union City, NJ|Los Angeles, CA|Chicago, IL|Atlanta, GA|"
            "Minneapolis, MN|Columbus, OH|Jersey City, NJ|Dallas, TX|San Jose, CA|"
            "Miami, FL|Seattle, WA|Brooklyn, NY|Queens, NY|Silver Spring, MD"
        ),
        zip="#####",
        fmt=L(
            "{n} {street} {apt}, {city} {zip}|{big} {street}, {city} {zip}|"
            "{n} {street}, {city}|{big} {street} {apt}\n{city} {zip}"
        ),
    ),
    "uk": dict(
        street=L(
            "Green Lane|Church Road|Stratford Road|Coldharbour Lane|Ilford Lane|Soho Road|"
            "Wilmslow Road|Tooting High Street|Kingsbury Road|Harehills Lane|"
            "Victoria Road|Albert Road|Leyton High Road|Cheetham Hill Road|"
            "Belgrave Road|Dudley Road"
        ),
        town=L(
            "London|Birmingham|Manchester|Leeds|Bradford|Leicester|Luton|Croydon|Ilford|"
            "Peckham, London"
        ),
        pc=L("@# #@@|@@# #@@|@@## #@@|@#@ #@@"),
        fmt=L(
            "{n} {street}, {town} {pc}|Flat {n3}, {n} {street}, {town}, {pc}|"
            "{n} {street}\n{town}\n{pc}|{n}{L} {street}, {town}"
        ),
    ),
    "ru": dict(
        street_c=L(
            "Ленина|Гагарина|Садовая|Мира|Советская|Пушкина|Профсоюзная|Молодёжная|Лесная|Школьная"
        ),
        street=L(
            "Lenina|Gagarina|Sadovaya|Mira|Sovetskaya|Profsoyuznaya|Molodyozhnaya|Lesnaya|Shkolnaya"
        ),
        city_c=L("Москва|Санкт-Петербург|Казань|Новосибирск|Екатеринбург|Самара"),
        city=L("Moskva|Sankt-Peterburg|Kazan|Novosibirsk|Yekaterinburg|Samara"),
        zip="1#####",
        fmt=L(
            "{zip}, г. {city_c}, ул. {street_c}, д. {n}, кв. {n2}|"
            "ул. {street_c}, д. {n}, кв. {n2}, {city_c}|"
            "ul. {street}, d. {n}, kv. {n2}, {city}|"
            "{city}, ul. {street} {n}-{n2}"
        ),
    ),
    "pl": dict(
        street=L(
            "Marszałkowska|Piotrkowska|Długa|Kwiatowa|Lipowa|Słoneczna|Ogrodowa|Polna|"
            "Szkolna|Leśna|Grochowska"
        ),
        city=L("Warszawa|Kraków|Łódź|Wrocław|Poznań|Gdańsk|Lublin"),
        zip="##-###",
        fmt=L(
            "ul. {street} {n}/{n2}, {zip} {city}|ul. {street} {n}, {city}|"
            "{street} {n} m. {n2}, {zip} {city}"
        ),
    ),
    "de": dict(
        street=L(
            "Hauptstraße|Bahnhofstraße|Gartenweg|Lindenallee|Sonnenallee|Kastanienweg|"
            "Hermannstraße|Eisenbahnstraße|Kölner Straße|Am Mühlbach|Keupstraße|"
            "Weserstraße|Rosenweg"
        ),
        city=L(
            "Berlin|Köln|Hamburg|München|Duisburg|Frankfurt am Main|Dortmund|Stuttgart|"
            "Leipzig|Bielefeld"
        ),
        zip="#####",
        fmt=L(
            "{street} {n}, {zip} {city}|{street} {n}{l}, {zip} {city}|"
            "{street} {n}\n{zip} {city}|{street} {n}, {n3}. OG, {zip} {city}"
        ),
    ),
    "fr": dict(
        rue=L(
            "rue des Lilas|rue de la République|rue Jean Jaurès|rue du Faubourg Saint-Denis|"
            "rue de Belleville|rue des Roses|avenue de la Paix|boulevard Gambetta|"
            "allée des Tilleuls|rue du Château"
        ),
        city=L("Paris|Marseille|Lyon|Lille|Saint-Denis|Toulouse|Créteil|Bobigny|Montreuil"),
        zip="#####",
        fmt=L(
            "{n} {rue}, {zip} {city}|{n} bis {rue}, Bât. {L}, {zip} {city}|"
            "{n}, {rue}, appt {n2}, {zip} {city}|{n} {rue}\n{zip} {city}"
        ),
    ),
    "sn": dict(
        area=L(
            "Cité Keur Gorgui|Sacré-Cœur 3|Liberté 6|Ouakam|Parcelles Assainies Unité 15|"
            "Cocody Angré|Yopougon Niangon|Riviera 2|Marcory Zone 4"
        ),
        city=L("Dakar|Abidjan|Thiès|Bouaké"),
        fmt=L("Villa {n}, {area}, {city}|Lot {n}, {area}, {city}|Villa n°{n}, {area}"),
    ),
    "it": dict(
        via=L(
            "Via Roma|Via dei Mille|Via Toledo|Via Tiburtina|Via Nazionale|"
            "Via San Giovanni|Via delle Rose|Via Cavour|Corso Vittorio Emanuele|"
            "Via dei Tribunali|Viale Monza"
        ),
        city=L("Napoli (NA)|Roma (RM)|Milano (MI)|Torino (TO)|Palermo (PA)|Bari (BA)|Bologna (BO)"),
        zip="#####",
        fmt=L(
            "{via} {n}, {zip} {city}|{via}, {n} - int. {n2}, {zip} {city}|"
            "{via} {n}, scala {L}, {zip} {city}"
        ),
    ),
    "kr": dict(
        gu=L("강남구|마포구|송파구|관악구|서대문구|노원구"),
        road=L("테헤란로|월드컵북로|올림픽로|신촌로|봉천로|동일로"),
        gu_r=L("Gangnam-gu|Mapo-gu|Songpa-gu|Gwanak-gu|Seodaemun-gu|Nowon-gu"),
        road_r=L("Teheran-ro|World Cup buk-ro|Olympic-ro|Sinchon-ro|Bongcheon-ro|Dongil-ro"),
        zip="0####",
        fmt=L(
            "서울특별시 {gu} {road} {n}, 1{n3}동 {n3}0{n3}호|"
            "서울 {gu} {road} {n} {n3}층|"
            "{n} {road_r}, {gu_r}, Seoul {zip}|"
            "Apt 1{n3}-{n3}0{n3}, {n} {road_r}, {gu_r}, Seoul"
        ),
    ),
    "cn": dict(
        city=L("上海市|北京市|广州市|深圳市|成都市|杭州市"),
        dist=L("浦东新区|朝阳区|天河区|南山区|武侯区|西湖区"),
        road=L("张杨路|南京西路|人民路|解放路|建国路|天河路|文三路"),
        road_r=L("Zhangyang Road|Renmin Road|Jiefang Road|Jianguo Road|Tianhe Road"),
        city_r=L("Shanghai|Beijing|Guangzhou|Shenzhen|Chengdu|Hangzhou"),
        fmt=L(
            "{city}{dist}{road}{n}号{n3}栋{n3}0{n3}室|{city}{dist}{road}{n}号|"
            "Room {n3}0{n3}, Building {n3}, No. {n} {road_r}, {city_r}"
        ),
    ),
    "jp": dict(
        ku=L("渋谷区|新宿区|世田谷区|豊島区|大田区|中野区"),
        town=L("神宮前|西新宿|三軒茶屋|池袋|蒲田|中央"),
        ku_r=L("Shibuya-ku|Shinjuku-ku|Setagaya-ku|Toshima-ku|Ota-ku|Nakano-ku"),
        town_r=L("Jingumae|Nishi-Shinjuku|Sangenjaya|Ikebukuro|Kamata|Chuo"),
        zip="1##-####",
        fmt=L(
            "〒{zip} 東京都{ku}{town}{n3}-{n2}-{n3}|東京都{ku}{town}{n3}丁目{n2}-{n3} {n3}0{n3}号室|"
            "{n3}-{n2}-{n3} {town_r}, {ku_r}, Tokyo {zip}"
        ),
    ),
}

# ---------------------------------------------------------------------------
# Dates.  DOB and non-DOB dates share the same format pools per language.
# ---------------------------------------------------------------------------
MONTHS = {
    "en": L(
        "January|February|March|April|May|June|July|August|September|October|November|December"
    ),
    "es": L(
        "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    ),
    "pt": L(
        "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"
    ),
    "fr": L("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    "de": L("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "it": L(
        "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
    ),
    "id": L(
        "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"
    ),
    "ms": L("Januari|Februari|Mac|April|Mei|Jun|Julai|Ogos|September|Oktober|November|Disember"),
    "tl": L(
        "Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre"
    ),
    "sw": L("Januari|Februari|Machi|Aprili|Mei|Juni|Julai|Agosti|Septemba|Oktoba|Novemba|Desemba"),
    "tr": L("Ocak|Subat|Mart|Nisan|Mayis|Haziran|Temmuz|Agustos|Eylul|Ekim|Kasim|Aralik"),
    "ru": L(
        "yanvarya|fevralya|marta|aprelya|maya|iyunya|iyulya|avgusta|sentyabrya|oktyabrya|"
        "noyabrya|dekabrya"
    ),
    "ruc": L("января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"),
    "pl": L(
        "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|"
        "listopada|grudnia"
    ),
}
DATE_FMTS = {
    "en": L(
        "{dd}/{mm}/{yyyy}|{d} {mon} {yyyy}|{ord} {mon} {yyyy}|{mon} {d}, {yyyy}|"
        "{yyyy}-{mm}-{dd}|{dd}-{mm}-{yyyy}|{d} {mon3} {yyyy}|{dd}.{mm}.{yyyy}|{d}/{m}/{yy}"
    ),
    "us": L(
        "{m}/{d}/{yyyy}|{mm}/{dd}/{yyyy}|{mon} {d}, {yyyy}|{mon3} {d} {yyyy}|{m}-{d}-{yyyy}|"
        "{yyyy}-{mm}-{dd}"
    ),
    "es": L("{d} de {mon} de {yyyy}|{dd}/{mm}/{yyyy}|{d}/{m}/{yyyy}|{dd}-{mm}-{yyyy}"),
    "pt": L("{d} de {mon} de {yyyy}|{dd}/{mm}/{yyyy}|{dd}/{mm}/{yy}"),
    "fr": L("{d} {mon} {yyyy}|{dd}/{mm}/{yyyy}|{dd}.{mm}.{yyyy}"),
    "de": L("{d}. {mon} {yyyy}|{dd}.{mm}.{yyyy}|{d}.{m}.{yyyy}"),
    "it": L("{d} {mon} {yyyy}|{dd}/{mm}/{yyyy}"),
    "id": L("{d} {mon} {yyyy}|{dd}-{mm}-{yyyy}|{dd}/{mm}/{yyyy}"),
    "ms": L("{d} {mon} {yyyy}|{dd}/{mm}/{yyyy}|{dd}-{mm}-{yyyy}"),
    "tl": L("{mon} {d}, {yyyy}|{dd}/{mm}/{yyyy}|{mm}/{dd}/{yyyy}"),
    "sw": L("{d} {mon} {yyyy}|{dd}/{mm}/{yyyy}"),
    "tr": L("{d} {mon} {yyyy}|{dd}.{mm}.{yyyy}|{dd}/{mm}/{yyyy}"),
    "ru": L("{d} {mon} {yyyy}|{dd}.{mm}.{yyyy}|{dd}.{mm}.{yy}"),
    "ruc": L("{d} {mon} {yyyy} г.|{dd}.{mm}.{yyyy}"),
    "pl": L("{d} {mon} {yyyy}|{dd}.{mm}.{yyyy}|{dd}-{mm}-{yyyy}"),
    "vi": L("ngay {d} thang {m} nam {yyyy}|{dd}/{mm}/{yyyy}|{d}/{m}/{yyyy}"),
    "ko": L("{yyyy}년 {m}월 {d}일|{yyyy}.{mm}.{dd}|{yy}.{mm}.{dd}"),
    "zh": L("{yyyy}年{m}月{d}日|{yyyy}-{mm}-{dd}|{yyyy}/{m}/{d}"),
    "ja": L("{yyyy}年{m}月{d}日|{yyyy}/{mm}/{dd}"),
    "iso": L("{yyyy}-{mm}-{dd}|{dd}/{mm}/{yyyy}"),
}


# ---------------------------------------------------------------------------
# Regions: which cultures, phone/address formats, date language, chat-line
# pools, IBAN countries, passport/licence styles, near-miss pools, currency,
# WhatsApp export locale.
# ---------------------------------------------------------------------------
def R(cult, phone, addr, lang, chat, iban="", pp="", dl="", nm="", cur="", wa="gb", dom=""):
    return dict(
        cult=cult,
        phone=phone.split(),
        addr=addr.split(),
        lang=lang,
        chat=chat.split(),
        iban=iban.split(),
        pp=pp,
        dl=dl,
        nm=nm,
        cur=cur.split("|"),
        wa=wa,
        dom=dom.split(),
    )


REGIONS = {
    "ng": R(
        {"yoruba": 3, "igbo": 3, "hausa": 2, "ngeng": 2},
        "ng",
        "ng",
        "en",
        "pidgin en",
        pp="ng",
        dl="ng",
        nm="ng",
        cur="₦|N",
        wa="gb",
        dom="yahoo.com gmail.com",
    ),
    "gh": R(
        {"akan": 1},
        "gh",
        "gh",
        "en",
        "gh en",
        pp="gh",
        nm="gh",
        cur="GH₵|GHS",
        dom="gmail.com yahoo.com",
    ),
    "ke": R(
        {"swahili": 1},
        "ke",
        "ke",
        "en",
        "sheng en",
        pp="ke",
        dl="ke",
        nm="ke",
        cur="KSh|Ksh",
        dom="gmail.com yahoo.com",
    ),
    "tz": R(
        {"swahili": 1},
        "tz",
        "tz",
        "sw",
        "sheng en",
        pp="ke",
        nm="ke",
        cur="TSh",
        dom="gmail.com yahoo.com",
    ),
    "et": R(
        {"amharic": 1},
        "et",
        "et",
        "en",
        "am_en en",
        pp="gen",
        nm="et",
        cur="birr|ETB",
        dom="gmail.com yahoo.com",
    ),
    "so": R(
        {"somali": 1},
        "so us uk ke",
        "so us",
        "en",
        "so_en en",
        pp="gen",
        nm="so",
        cur="$",
        wa="us",
        dom="gmail.com hotmail.com",
    ),
    "za": R(
        {"zulu": 1},
        "za",
        "za",
        "en",
        "za_en en",
        pp="gen",
        dl="za",
        nm="za",
        cur="R",
        dom="gmail.com webmail.co.za",
    ),
    "in_n": R(
        {"hindi": 3, "punjabi": 1},
        "in",
        "in",
        "en",
        "hinglish en",
        pp="in",
        dl="in",
        nm="in",
        cur="₹|Rs",
        dom="gmail.com rediffmail.com yahoo.co.in",
    ),
    "in_s": R(
        {"tamil": 2, "telugu": 2, "malayalam": 2},
        "in",
        "in",
        "en",
        "south en",
        pp="in",
        dl="in",
        nm="in",
        cur="₹|Rs",
        dom="gmail.com yahoo.co.in",
    ),
    "bd": R(
        {"bengali": 1},
        "bd in",
        "bd in",
        "en",
        "banglish en",
        pp="bd",
        nm="bd",
        cur="৳|tk|Rs",
        dom="gmail.com yahoo.com",
    ),
    "lk": R(
        {"sinhala": 3, "tamil": 1},
        "lk",
        "lk",
        "en",
        "lk_en en",
        pp="gen",
        nm="lk",
        cur="Rs|LKR",
        dom="gmail.com sltnet.lk",
    ),
    "np": R(
        {"nepali": 1}, "np", "np", "en", "nep en", pp="gen", nm="np", cur="Rs|NPR", dom="gmail.com"
    ),
    "pk": R(
        {"urdu": 3, "pashto": 1},
        "pk",
        "pk",
        "en",
        "urdu en",
        iban="PK",
        pp="pk",
        nm="pk",
        cur="Rs|PKR",
        dom="gmail.com hotmail.com yahoo.com",
    ),
    "af": R(
        {"pashto": 2, "persian": 1},
        "af",
        "af",
        "en",
        "urdu finglish en",
        pp="gen",
        nm="pk",
        cur="AFN|afs",
        dom="gmail.com yahoo.com",
    ),
    "ph": R(
        {"filipino": 1},
        "ph",
        "ph",
        "tl",
        "taglish en",
        pp="ph",
        dl="ph",
        nm="ph",
        cur="₱|P|php",
        wa="us",
        dom="gmail.com yahoo.com",
    ),
    "id": R(
        {"indonesian": 1},
        "id",
        "id",
        "id",
        "indo en",
        pp="id",
        dl="id",
        nm="id",
        cur="Rp",
        wa="id",
        dom="gmail.com yahoo.co.id",
    ),
    "my": R(
        {"malay": 3, "chinese": 1, "tamil": 1},
        "my",
        "my",
        "ms",
        "manglish en",
        pp="my",
        nm="my",
        cur="RM",
        dom="gmail.com yahoo.com",
    ),
    "sg": R(
        {"chinese": 3, "malay": 1, "tamil": 1},
        "sg",
        "sg",
        "en",
        "singlish en",
        pp="gen",
        nm="sg",
        cur="$|S$",
        dom="gmail.com hotmail.com",
    ),
    "th": R(
        {"thai": 1},
        "th",
        "th",
        "en",
        "th_en en",
        pp="gen",
        nm="th",
        cur="฿|baht",
        wa="gb",
        dom="gmail.com hotmail.com",
    ),
    "vn": R(
        {"viet": 1},
        "vn",
        "vn",
        "vi",
        "viet en",
        pp="vn",
        nm="vn",
        cur="k|đ|VND",
        dom="gmail.com yahoo.com.vn",
    ),
    "eg": R(
        {"arabic": 1},
        "eg",
        "eg",
        "en",
        "arabizi en",
        iban="EG",
        pp="gen",
        nm="ar",
        cur="EGP|LE",
        dom="gmail.com yahoo.com hotmail.com",
    ),
    "lev": R(
        {"arabic": 1},
        "lb jo",
        "lev",
        "en",
        "arabizi en",
        iban="JO LB",
        pp="gen",
        nm="ar",
        cur="$|JD",
        dom="gmail.com hotmail.com",
    ),
    "gulf": R(
        {"arabic": 2, "urdu": 1, "malayalam": 1, "filipino": 1},
        "ae sa",
        "ae sa",
        "en",
        "arabizi en",
        iban="AE SA",
        pp="gen",
        dl="gen",
        nm="ar",
        cur="AED|SAR",
        dom="gmail.com hotmail.com",
    ),
    "ma": R(
        {"arabic": 2, "french": 1},
        "ma fr",
        "ma",
        "fr",
        "arabizi fr",
        iban="FR",
        pp="gen",
        nm="ar",
        cur="DH|MAD",
        dom="gmail.com hotmail.fr",
    ),
    "ir": R(
        {"persian": 1},
        "ir",
        "ir",
        "en",
        "finglish en",
        pp="gen",
        nm="ir",
        cur="toman",
        dom="gmail.com yahoo.com",
    ),
    "kurd": R(
        {"kurdish": 1},
        "iq tr",
        "iq",
        "en",
        "kurd arabizi en",
        pp="gen",
        nm="ar",
        cur="$|IQD",
        dom="gmail.com",
    ),
    "tr": R(
        {"turkish": 1, "kurdish": 1},
        "tr",
        "tr",
        "tr",
        "turkish en",
        iban="TR",
        pp="tr",
        nm="tr",
        cur="TL|₺",
        wa="tr",
        dom="gmail.com hotmail.com",
    ),
    "uz": R(
        {"uzbek": 1},
        "uz",
        "uz",
        "ru",
        "uz_kz ru",
        pp="gen",
        nm="ru",
        cur="so'm",
        wa="ru",
        dom="gmail.com mail.ru",
    ),
    "kz": R(
        {"kazakh": 1, "russian": 1},
        "kz",
        "kz",
        "ru",
        "uz_kz ru",
        iban="KZ",
        pp="gen",
        nm="ru",
        cur="₸|tg",
        wa="ru",
        dom="mail.ru gmail.com",
    ),
    "ge": R(
        {"georgian": 1},
        "ge",
        "ge",
        "en",
        "ka_hy en",
        iban="GE",
        pp="gen",
        nm="ge",
        cur="GEL|lari",
        dom="gmail.com",
    ),
    "am": R(
        {"armenian": 1},
        "am",
        "am",
        "en",
        "ka_hy ru en",
        pp="gen",
        nm="am",
        cur="AMD|dram",
        dom="gmail.com mail.ru",
    ),
    "rom": R(
        {"romani": 1},
        "ro cz rs es",
        "ro cz es",
        "en",
        "rom en",
        iban="RO CZ ES",
        pp="gen",
        nm="eu",
        cur="lei|€",
        wa="de",
        dom="gmail.com yahoo.com",
    ),
    "pe": R(
        {"quechua": 1},
        "pe",
        "pe",
        "es",
        "andean spanish",
        pp="gen",
        nm="latam",
        cur="S/|soles",
        dom="gmail.com hotmail.com",
    ),
    "cl": R(
        {"mapuche": 1},
        "cl",
        "cl",
        "es",
        "andean spanish",
        pp="gen",
        nm="latam",
        cur="$|lucas",
        dom="gmail.com",
    ),
    "carib": R(
        {"carib": 1},
        "jm tt ht us",
        "jm",
        "en",
        "patois en",
        pp="gen",
        nm="carib",
        cur="$|JMD|TT$",
        wa="us",
        dom="gmail.com yahoo.com",
    ),
    "pac": R(
        {"pacific": 1},
        "nz fj to ws",
        "nz",
        "en",
        "pacific en",
        pp="gen",
        nm="pac",
        cur="$|FJD",
        dom="gmail.com xtra.co.nz",
    ),
    "br": R(
        {"brazil": 1},
        "br",
        "br",
        "pt",
        "ptbr",
        iban="BR",
        pp="br",
        dl="br",
        nm="br",
        cur="R$",
        wa="br",
        dom="gmail.com hotmail.com uol.com.br bol.com.br",
    ),
    "mx": R(
        {"mexican": 1},
        "mx",
        "mx",
        "es",
        "spanish",
        pp="mx",
        dl="mx",
        nm="latam",
        cur="$|MXN",
        dom="gmail.com hotmail.com outlook.com",
    ),
    "uslat": R(
        {"mexican": 3, "english": 1},
        "us mx",
        "us",
        "us",
        "spanish en",
        pp="us",
        dl="us",
        nm="us",
        cur="$",
        wa="us",
        dom="gmail.com yahoo.com",
    ),
    "ru": R(
        {"russian": 1},
        "ru",
        "ru",
        "ruc",
        "ru",
        pp="ru",
        nm="ru",
        cur="₽|rub",
        wa="ru",
        dom="mail.ru yandex.ru gmail.com",
    ),
    "pl": R(
        {"polish": 1},
        "pl",
        "pl",
        "pl",
        "pl",
        iban="PL",
        pp="pl",
        nm="eu",
        cur="zł",
        wa="de",
        dom="wp.pl o2.pl gmail.com",
    ),
    "de": R(
        {"german": 3, "turkish": 1},
        "de",
        "de",
        "de",
        "de turkish",
        iban="DE",
        pp="de",
        dl="de",
        nm="de",
        cur="€",
        wa="de",
        dom="gmx.de web.de gmail.com",
    ),
    "fr": R(
        {"french": 1},
        "fr sn ci",
        "fr sn",
        "fr",
        "fr",
        iban="FR",
        pp="fr",
        nm="fr",
        cur="€|CFA",
        wa="gb",
        dom="gmail.com orange.fr hotmail.fr",
    ),
    "it": R(
        {"italian": 1},
        "it",
        "it",
        "it",
        "it",
        iban="IT",
        pp="it",
        nm="it",
        cur="€",
        wa="gb",
        dom="libero.it gmail.com",
    ),
    "uk": R(
        {"english": 3, "urdu": 1, "punjabi": 1, "yoruba": 1, "somali": 1},
        "uk",
        "uk",
        "en",
        "en",
        iban="GB",
        pp="uk",
        dl="uk",
        nm="uk",
        cur="£",
        wa="gb",
        dom="gmail.com hotmail.co.uk btinternet.com",
    ),
    "us": R(
        {"english": 4, "mexican": 1, "filipino": 1, "viet": 1, "korean": 1},
        "us",
        "us",
        "us",
        "en",
        pp="us",
        dl="us",
        nm="us",
        cur="$",
        wa="us",
        dom="gmail.com yahoo.com icloud.com outlook.com",
    ),
    "kr": R(
        {"korean": 1},
        "kr",
        "kr",
        "ko",
        "kr en",
        pp="kr",
        nm="kr",
        cur="원|won",
        dom="naver.com daum.net gmail.com",
    ),
    "cn": R(
        {"chinese": 1},
        "cn",
        "cn",
        "zh",
        "cn en",
        pp="cn",
        nm="cn",
        cur="元|RMB|¥",
        dom="qq.com 163.com gmail.com",
    ),
    "jp": R(
        {"japanese": 1},
        "jp",
        "jp",
        "ja",
        "jp en",
        pp="jp",
        nm="jp",
        cur="円|¥",
        dom="gmail.com yahoo.co.jp docomo.ne.jp",
    ),
    "mix": R({}, "", "", "en", "en", nm="us"),
}

EMAIL_DOMAINS = L(
    "gmail.com|yahoo.com|hotmail.com|outlook.com|icloud.com|ymail.com|proton.me|live.com|"
    "googlemail.com|aol.com"
)

# ---------------------------------------------------------------------------
# Near-miss pools (never labelled): public figures, saints, brands, places.
# ---------------------------------------------------------------------------
CELEBS = {
    "ng": L(
        "Burna Boy|Wizkid|Davido|Tiwa Savage|Asake|Rema|Tems|Chimamanda Ngozi Adichie|"
        "Wole Soyinka|Bola Tinubu|Peter Obi|Atiku Abubakar|Funke Akindele|Genevieve Nnaji|"
        "Victor Osimhen|Jay-Jay Okocha|Ayra Starr|Olamide|Portable"
    ),
    "gh": L(
        "Sarkodie|Stonebwoy|Shatta Wale|Kofi Annan|Black Sherif|King Promise|"
        "Nana Akufo-Addo|John Mahama|Thomas Partey"
    ),
    "ke": L(
        "William Ruto|Raila Odinga|Eliud Kipchoge|Lupita Nyong'o|Uhuru Kenyatta|"
        "Diamond Platnumz|Samia Suluhu Hassan|Harmonize|Faith Kipyegon"
    ),
    "et": L("Haile Gebrselassie|Abiy Ahmed|Teddy Afro|Tirunesh Dibaba|The Weeknd"),
    "so": L("K'naan|Mo Farah|Ilhan Omar|Iman|Hassan Sheikh Mohamud"),
    "za": L(
        "Cyril Ramaphosa|Trevor Noah|Siya Kolisi|Nelson Mandela|Black Coffee|Tyla|"
        "Julius Malema|Master KG|Desmond Tutu"
    ),
    "in": L(
        "Shah Rukh Khan|Virat Kohli|Narendra Modi|Rahul Gandhi|Deepika Padukone|MS Dhoni|"
        "Sachin Tendulkar|A.R. Rahman|Rajinikanth|Allu Arjun|Prabhas|Mohanlal|Mammootty|"
        "Arijit Singh|Diljit Dosanjh|Alia Bhatt|Thalapathy Vijay|Sidhu Moose Wala"
    ),
    "bd": L("Shakib Al Hasan|Sheikh Hasina|Muhammad Yunus|Mashrafe Mortaza|Runa Laila"),
    "lk": L("Kumar Sangakkara|Lasith Malinga|Jacqueline Fernandez|Mahela Jayawardene"),
    "np": L("Paras Khadka|Sandeep Lamichhane|Balen Shah|Anmol KC"),
    "pk": L(
        "Imran Khan|Babar Azam|Atif Aslam|Mahira Khan|Nusrat Fateh Ali Khan|"
        "Shaheen Afridi|Maryam Nawaz|Fawad Khan|Malala Yousafzai|Rashid Khan"
    ),
    "ph": L(
        "Manny Pacquiao|Sarah Geronimo|Bongbong Marcos|Sara Duterte|Vice Ganda|"
        "Kathryn Bernardo|Daniel Padilla|Hidilyn Diaz|Jose Rizal|Andres Bonifacio|"
        "Regine Velasquez|Alden Richards|Marian Rivera"
    ),
    "id": L(
        "Jokowi|Prabowo Subianto|Raisa|Agnez Mo|Deddy Corbuzier|Raffi Ahmad|Iwan Fals|"
        "Gibran Rakabuming|Tulus"
    ),
    "my": L("Anwar Ibrahim|Siti Nurhaliza|Lee Chong Wei|Michelle Yeoh|Dato' Sri Vida|Mahathir"),
    "sg": L("Lee Hsien Loong|Lawrence Wong|JJ Lin|Joseph Schooling|Jack Neo"),
    "th": L("Lisa BLACKPINK|Bright Vachirawit|Prayut|Tony Jaa|Srettha Thavisin"),
    "vn": L("Son Tung M-TP|Ho Chi Minh|My Tam|Den Vau|Park Hang-seo"),
    "ar": L(
        "Mohamed Salah|Amr Diab|Nancy Ajram|Fairuz|Umm Kulthum|Sheikh Mohammed|"
        "Mohamed Ramadan|Haifa Wehbe|Achraf Hakimi|Ahmed Helmy|Elissa"
    ),
    "ir": L("Googoosh|Ali Daei|Asghar Farhadi|Mohsen Chavoshi|Hafez|Rumi|Shajarian"),
    "tr": L("Erdoğan|Tarkan|Arda Güler|Orhan Pamuk|Kenan Doğulu|Sezen Aksu|Hadise|Ekrem İmamoğlu"),
    "ru": L(
        "Putin|Alla Pugacheva|Tolstoy|Dostoevsky|Dimash Kudaibergen|Gennady Golovkin|"
        "Khabib Nurmagomedov|Zemfira|Morgenshtern"
    ),
    "ge": L("Khvicha Kvaratskhelia|Katie Melua|Shota Rustaveli|Bidzina Ivanishvili"),
    "am": L("Charles Aznavour|Henrikh Mkhitaryan|Kim Kardashian|System of a Down|Nikol Pashinyan"),
    "eu": L("Robert Lewandowski|Iga Świątek|Pope John Paul II|Gheorghe Hagi|Inna|Django Reinhardt"),
    "latam": L(
        "Bad Bunny|Shakira|Peso Pluma|Checo Pérez|Frida Kahlo|AMLO|Claudia Sheinbaum|"
        "Karol G|Luis Miguel|Gabriel Boric|Paolo Guerrero|Yma Sumac|Gustavo Cerati|"
        "Lionel Messi|Pablo Neruda"
    ),
    "carib": L(
        "Bob Marley|Usain Bolt|Rihanna|Shelly-Ann Fraser-Pryce|Nicki Minaj|Wyclef Jean|"
        "Vybz Kartel|Shenseea|Machel Montano|Brian Lara"
    ),
    "pac": L(
        "Jason Momoa|Dwayne Johnson|Taika Waititi|Jacinda Ardern|Jonah Lomu|"
        "Sitiveni Rabuka|Moana|Israel Kamakawiwo'ole"
    ),
    "br": L(
        "Neymar|Anitta|Lula|Bolsonaro|Pelé|Ludmilla|Xuxa|Vini Jr|Gisele Bündchen|"
        "Ivete Sangalo|Marília Mendonça|Casimiro"
    ),
    "de": L("Angela Merkel|Olaf Scholz|Helene Fischer|Thomas Müller|Jamal Musiala|Heidi Klum"),
    "fr": L(
        "Kylian Mbappé|Emmanuel Macron|Zinedine Zidane|Aya Nakamura|Stromae|Youssou N'Dour|"
        "Sadio Mané|Didier Drogba"
    ),
    "it": L("Giorgia Meloni|Francesco Totti|Laura Pausini|Sophia Loren|Maradona|Sinner"),
    "uk": L(
        "King Charles|Keir Starmer|Adele|Ed Sheeran|Harry Styles|Stormzy|Bukayo Saka|"
        "Marcus Rashford|Dua Lipa|David Beckham|Princess Diana"
    ),
    "us": L(
        "Taylor Swift|Beyoncé|Drake|Elon Musk|Joe Biden|Donald Trump|Oprah|LeBron James|"
        "Serena Williams|Kamala Harris|Barack Obama|Olivia Rodrigo|Martin Luther King Jr."
    ),
    "kr": L("Jungkook|Jimin|IU|Son Heung-min|Jennie|Lee Min-ho|Yoon Suk-yeol|Park Seo-joon"),
    "cn": L("Jackie Chan|Xi Jinping|Jay Chou|Yao Ming|Eileen Gu|Jack Ma|Faker"),
    "jp": L("Shohei Ohtani|Hayao Miyazaki|Naomi Osaka|Kaoru Mitoma|Hikaru Utada"),
}
SAINTS = L(
    "Saint Jude|St. Anthony|Santo Niño|Our Lady of Guadalupe|Padre Pio|Mother Teresa|"
    "Pope Francis|Prophet Muhammad (SAW)|Imam Hussain|Guru Nanak Dev Ji|Sai Baba|"
    "Lord Ganesha|Hanuman ji|Lord Murugan|Jesus|Mother Mary|St. Joseph|Saint Michael|"
    "St. George|Nossa Senhora Aparecida|São Jorge|Iemanjá|Lord Buddha|Archbishop Tutu|"
    "Pastor Adeboye|Bishop Oyedepo|Mufti Menk|Ustadz Abdul Somad|San Judas Tadeo|"
    "Saint Rita|Virgen de Copacabana|Black Nazarene|St. Thérèse|Virgen de la Candelaria|"
    "Kidane Mihret|Saint Mary|Ali ibn Abi Talib|Khwaja Gharib Nawaz|Sheikh Ahmadu Bamba"
)
BRANDS = {
    "ng": L(
        "Jumia|Konga|Shoprite|Dangote|Indomie|GTBank|OPay|Palmpay|MTN|Glo|Airtel|Bolt|"
        "Chowdeck|Mr Biggs|Tecno|Infinix|Peak milk|Kuda"
    ),
    "gh": L("MTN MoMo|Melcom|Kasapreko|Vodafone Cash|Bolt|Papaye|Hubtel"),
    "ke": L("Safaricom|M-Pesa|Naivas|Quickmart|Jumia|Glovo|Kenya Power|Java House|Tusker"),
    "et": L("telebirr|Ethio telecom|CBE Birr|Ride|Sheger|Habesha Beer"),
    "so": L("Hormuud|EVC Plus|Dahabshiil|Zaad|Somtel|Amazon"),
    "za": L("Checkers|Pick n Pay|Woolworths|Takealot|Eskom|Vodacom|Capitec|Nando's|Mr D"),
    "in": L(
        "Flipkart|Zomato|Swiggy|Paytm|PhonePe|Jio|Airtel|Ola|Reliance|Tata|Big Bazaar|"
        "Haldiram's|Amul|Meesho|Myntra|IRCTC"
    ),
    "bd": L("bKash|Nagad|Daraz|Pathao|Foodpanda|Grameenphone|Aarong"),
    "lk": L("Dialog|PickMe|Keells|Cargills|Daraz|Mobitel"),
    "np": L("eSewa|Khalti|Pathao|Daraz|Ncell|Bhat-Bhateni"),
    "pk": L("JazzCash|Easypaisa|Daraz|Foodpanda|Careem|Khaadi|Gul Ahmed|Jazz|Zong|Shan masala"),
    "ph": L(
        "GCash|Maya|Jollibee|Shopee|Lazada|Grab|SM Mall|7-Eleven|Mang Inasal|"
        "Globe|Smart|PLDT|Cebu Pacific|Lalamove|J&T"
    ),
    "id": L(
        "Gojek|Grab|Tokopedia|Shopee|Indomaret|Alfamart|OVO|DANA|Telkomsel|Mie Sedaap|Traveloka|JNE"
    ),
    "my": L("Touch 'n Go|Grab|Shopee|Lazada|Maybank|Petronas|Mydin|99 Speedmart|Foodpanda"),
    "sg": L("PayNow|Grab|Shopee|NTUC FairPrice|Singtel|DBS|POSB|Gojek|Lazada"),
    "th": L("PromptPay|LINE MAN|Grab|7-Eleven|Shopee|Lazada|Big C|True|AIS"),
    "vn": L("MoMo|Grab|Be|Shopee|Tiki|Vinmart|Viettel|Zalo|Highlands Coffee"),
    "ar": L("Talabat|Careem|Noon|Amazon.ae|Carrefour|Vodafone Cash|InstaPay|Fawry|Jahez|STC Pay"),
    "ir": L("Digikala|Snapp|Tapsi|Irancell|Hamrah-e Aval|Divar"),
    "tr": L("Trendyol|Getir|Hepsiburada|Yemeksepeti|Turkcell|BiM|Migros|Papara|Türk Telekom"),
    "ru": L("Wildberries|Ozon|Yandex Go|Sberbank|Tinkoff|Magnit|Pyaterochka|Kaspi|Payme|Click"),
    "ge": L("TBC Bank|Bank of Georgia|Wolt|Bolt|Magti|Glovo"),
    "am": L("Yandex Go|Idram|Wildberries|Ucom|Team Telecom"),
    "eu": L("Allegro|BLIK|Biedronka|Revolut|Lidl|Kaufland|Bolt"),
    "latam": L("Mercado Libre|Rappi|OXXO|Yape|Plin|Didi|Coppel|Walmart|Cencosud|Bimbo"),
    "carib": L("Digicel|Flow|Western Union|Lasco|Juici Patties|KFC|MoneyGram"),
    "pac": L("Vodafone Fiji|Digicel|M-PAiSA|Countdown|Pak'nSave|Western Union"),
    "br": L("Nubank|Pix|iFood|Mercado Livre|Magazine Luiza|Shopee|99|Uber|Natura|Havaianas"),
    "de": L("DHL|Lidl|Aldi|Rossmann|dm|PayPal|Deutsche Bahn|Vodafone|Kaufland|Zalando"),
    "fr": L("Wave|Orange Money|Carrefour|Leboncoin|SNCF|Doctolib|La Poste|Free|Lydia"),
    "it": L("Satispay|Esselunga|Poste Italiane|Trenitalia|Barilla|Fiat|Conad"),
    "uk": L("Tesco|Monzo|Sainsbury's|Royal Mail|Deliveroo|Argos|Greggs|Vinted|Boots|Lebara"),
    "us": L(
        "Zelle|Cash App|Venmo|Walmart|Target|Amazon|Costco|Uber|DoorDash|T-Mobile|"
        "Western Union|Remitly"
    ),
    "kr": L("KakaoPay|Toss|Coupang|Naver Pay|Baemin|GS25|CU|Olive Young|Samsung"),
    "cn": L("WeChat Pay|Alipay|Taobao|Meituan|Pinduoduo|JD.com|Didi|Huawei|Xiaomi"),
    "jp": L("PayPay|LINE Pay|Uniqlo|Lawson|FamilyMart|Rakuten|Suica|Mercari"),
}
PLACES = {
    "ng": L(
        "Murtala Muhammed Airport|Nnamdi Azikiwe University|Obafemi Awolowo Way|"
        "Third Mainland Bridge|Tafawa Balewa Square|Lekki Toll Gate|Ikeja City Mall|"
        "Herbert Macaulay Way|Eko Hotel|Balogun Market|Victoria Island"
    ),
    "gh": L(
        "Kotoka International Airport|Kwame Nkrumah Circle|Makola Market|"
        "Independence Square|Accra Mall|Kejetia"
    ),
    "ke": L(
        "Jomo Kenyatta International Airport|Moi Avenue|Kenyatta Avenue|Lake Victoria|"
        "Uhuru Park|Kencom|Two Rivers Mall|Gikomba|Archives"
    ),
    "et": L("Bole International Airport|Meskel Square|Merkato|Haile Selassie Avenue|Edna Mall"),
    "so": L("Aden Adde International Airport|Bakara Market|Lido Beach|Cedar Ave Minneapolis"),
    "za": L(
        "Nelson Mandela Bay|Vilakazi Street|Chris Hani Baragwanath Hospital|"
        "OR Tambo Airport|Mall of Africa|Gateway Theatre|Steve Biko Road"
    ),
    "in": L(
        "Indira Gandhi International Airport|Mahatma Gandhi Road|Netaji Subhas Road|"
        "Chhatrapati Shivaji Terminus|Nehru Place|Connaught Place|Rajiv Chowk|"
        "Lajpat Nagar market|Marina Beach|Phoenix Mall|Sarojini Nagar"
    ),
    "bd": L(
        "Hazrat Shahjalal Airport|Bashundhara City|New Market|Dhanmondi Lake|"
        "Shaheed Minar|Bangabandhu Stadium"
    ),
    "lk": L("Galle Face|Bandaranaike Airport|Temple of the Tooth|Pettah market|Majestic City"),
    "np": L("Tribhuvan Airport|Boudhanath|Thamel|Pashupatinath|Ratna Park|Durbar Square"),
    "pk": L(
        "Jinnah International Airport|Allama Iqbal Town|Liberty Market|Quaid-e-Azam Park|"
        "Faisal Mosque|Benazir Bhutto Hospital|Dolmen Mall|Anarkali Bazaar"
    ),
    "ph": L(
        "Ninoy Aquino International Airport|Quezon City|Rizal Park|EDSA|SM North|"
        "Quiapo Church|Magsaysay Boulevard|Ayala Center|Divisoria"
    ),
    "id": L(
        "Soekarno-Hatta Airport|Jalan Sudirman|Jalan Gatot Subroto|Monas|Blok M|"
        "Tanah Abang|Malioboro|Stasiun Manggarai"
    ),
    "my": L("Jalan Tun Razak|KLCC|Mid Valley|Sunway Pyramid|KL Sentral|Tunku Abdul Rahman Park"),
    "sg": L("Jewel Changi|Lau Pa Sat|Orchard Road|Raffles Place|Tiong Bahru Market"),
    "th": L("Suvarnabhumi Airport|Siam Paragon|Chatuchak|MBK|Rama IX Road|Khao San"),
    "vn": L("Ho Chi Minh City|Ben Thanh Market|Hoan Kiem Lake|Tan Son Nhat Airport|Bitexco"),
    "ar": L(
        "Sheikh Zayed Road|King Fahd Road|Tahrir Square|Salah Salem Road|Dubai Mall|"
        "Hamra Street|City Stars|Khan el-Khalili"
    ),
    "ir": L("Imam Khomeini Airport|Azadi Tower|Tajrish Bazaar|Valiasr Street|Milad Tower"),
    "tr": L("Atatürk Airport|Istiklal Caddesi|Kadıköy iskelesi|Taksim|Kızılay|Sabiha Gökçen"),
    "ru": L(
        "Nevsky Prospekt|Red Square|Sheremetyevo|Gorky Park|Amir Timur Square|Abay Avenue|"
        "Chorsu Bazaar|Mega Almaty"
    ),
    "ge": L(
        "Rustaveli Avenue|Freedom Square|Tbilisi Mall|Shota Rustaveli Airport|Batumi Boulevard"
    ),
    "am": L("Republic Square|Mesrop Mashtots Avenue|Zvartnots Airport|Cascade|Dalma Mall"),
    "eu": L("Ulica Jana Pawła II|Dworzec Centralny|Piața Unirii|Karl-Marx-Allee|Złote Tarasy"),
    "latam": L(
        "Paseo de la Reforma|Avenida Benito Juárez|Plaza Bernardo O'Higgins|Plaza de Armas|"
        "Avenida Tupac Amaru|Estadio Azteca|Mercado San Pedro|Calle Emiliano Zapata"
    ),
    "carib": L(
        "Norman Manley International Airport|Marcus Garvey Drive|Half Way Tree|"
        "Emancipation Park|Toussaint Louverture Airport|Queen's Park Savannah"
    ),
    "pac": L("Ratu Sukuna Park|Otara Markets|Sky Tower|Albert Park|Nausori Airport|Manukau Mall"),
    "br": L(
        "Avenida Paulista|Avenida Presidente Vargas|Praça Tiradentes|Maracanã|"
        "Rodoviária Tietê|Shopping Tijuca|Aeroporto Santos Dumont"
    ),
    "de": L(
        "Karl-Marx-Straße|Alexanderplatz|Hauptbahnhof|Kottbusser Tor|Kölner Dom|Mall of Berlin"
    ),
    "fr": L(
        "Rue Victor Hugo|Boulevard Haussmann|Gare du Nord|Place de la République|"
        "Aéroport Léopold Sédar Senghor|Château Rouge"
    ),
    "it": L("Via Giuseppe Garibaldi|Piazza Garibaldi|Stazione Termini|Piazza Duomo|Via Toledo"),
    "uk": L(
        "Queen Elizabeth Hospital|Victoria Station|Westfield Stratford|Brick Lane|"
        "Green Street|King's Cross|St Thomas' Hospital|Elizabeth line"
    ),
    "us": L(
        "Martin Luther King Jr. Boulevard|Abraham Lincoln High School|JFK Airport|"
        "Washington Square Park|Lake Michigan|Cedar Riverside|Jackson Heights|"
        "St. Mary's Hospital|Walter Reed"
    ),
    "kr": L("Gangnam Station|Hongdae|Myeongdong|Incheon Airport|Lotte World|Namsan Tower"),
    "cn": L("Tiananmen|The Bund|Nanjing Road|Sun Yat-sen University|Zhongshan Park|Pudong Airport"),
    "jp": L("Shibuya Crossing|Narita|Shinjuku Station|Akihabara|Ueno Park|Tokyo Tower"),
}

# ---------------------------------------------------------------------------
# Secrets and other value pools.
# ---------------------------------------------------------------------------
WIFI_WORDS = L(
    "BlessedHome|GodsGrace|FamilyFirst|Mabuhay|Baraka|Sukses|Alhamdulillah|Bismillah|Amani|"
    "Sunshine|Jollof|Karibu|Mashallah|Bahay|Rumah|Casa|Familia|Ubuntu|Nyumbani|Shanti|Jannat|"
    "Bayan|Selam|Bula|Tatay|Nonna|Zuhause|Dom|Kuya|Hogar|Lakay|Fanmi|Kwaheri|Tumaini|Upendo"
)
PW_WORDS = L(
    "sunflower|manutd|arsenal|chelsea|princess|blessing|iloveyou|jesus|lovely|dragon|monkey|"
    "football|barcelona|liverpool|mama|baby|sweety|angel|shadow|cricket|kpop|doraemon|naruto|"
    "jannat|pinky|sabina|falcon|tiger|zebra|lion"
)
WIFI_DEFAULTS = L(
    "PLDTWIFI|Globe_At_Home_|SKYfiber_|HUAWEI-|TP-Link_|Airtel_|JioFiber-|ZTE_|Safaricom_Home_|"
    "MTN_4G_|IndiHome-|Unifi-|FRITZ!Box 7530 |Livebox-|VodafoneNet-|Converge_"
)
HANDLE_NOISE = L(
    "throwaway_8812|xX_gamer_Xx|justanotheruser|nightowl_99|ghost.writer|sleepy_panda|"
    "mangoSeason|lagos_boy_2003|koko_puffs|userdeleted|anon4512|random_tita|teh_botol|"
    "sad_jollof|chai_and_biscuits|bluemoon77|ukulele_dad|ratbag_nz|plantmom42"
)
GROUP_NAMES = L(
    "{p1.last} Family 🏠|{p1.last} Family Reunion 2024|Class of 2012 💯|The {p1.last}s|"
    "Cousins Only 🚫👀|Church Choir Altos|Grade 4B Parents|Landlord & Tenants|"
    "Wedding Committee 💍|Ladies Fellowship|Prayer Warriors 🙏|Street 12 Neighbours|"
    "Sunday School Teachers|{p1.first}'s 30th 🎂|{p1.first} & {p2.first} wedding 💍|Fam Bam ❤️"
)
GROUP_NAMES_BY_REGION = {
    "ng": L("Aso Ebi Squad|Estate WhatsApp (Block C)|{p1.last} Dynasty 👑|Owambe Committee"),
    "gh": L("{p1.last} Family Funeral Planning|Akwaaba Old Students|Chale Wote Crew"),
    "ke": L("Umoja Chama 2024|{p1.last} Harambee Committee|Boda Fund 💒"),
    "tz": L("Umoja Chama 2024|Familia ya {p1.last}"),
    "in_n": L("{p1.last} Parivaar 🙏|Society Ganpati 2024|Shaadi Planning 💃"),
    "in_s": L("{p1.last} Family ❤️|Onam 2024 🌼|Engagement Squad"),
    "pk": L("{p1.last} Khandan|Ramadan Iftar Plans 🌙|Committee (Monthly)"),
    "ph": L("Mga Pinsan 💕|Tita Squad|Block Rosary {p1.last}|Outing 2025 🏖️"),
    "id": L("Keluarga Besar {p1.last}|Bandung Trip 2025|Arisan Ibu-ibu RT 04"),
    "my": L("Family {p1.last} 🏡|Raya Open House 2024|Geng Lepak"),
    "br": L("Família {p1.last} ❤️|Churrasco de domingo 🍖|Primos 👊"),
    "mx": L("Familia {p1.last} ❤️|Primos 🌮|XV de {p1.first} 👑"),
    "uslat": L("Familia {p1.last} ❤️|Primos 🌮"),
    "pe": L("Familia {p1.last} Qosqo|Fiesta Patronal 2024"),
    "de": L("Familie {p1.last}|WG Küche 🍳|Geburtstag Oma 🎂"),
    "fr": L("Famille {p1.last}|Les cousins 🎉"),
    "ru": L("Семья 👨‍👩‍👧|Dacha 2024 🌻|{p1.last} family"),
    "tr": L("{p1.last} Ailesi|Kuzenler 🎉"),
    "kr": L("{p1.last}씨 가족방|동창회 🎓"),
    "vn": L("Gia dinh {p1.last}|Hoi anh em ho"),
    "za": L("Stokvel Ladies 💰|{p1.last} Family Funeral Planning"),
}


# ---------------------------------------------------------------------------
# Chat lines per register.  {o.*} = another participant, {n.*} = a fresh third
# person, other slots as in the documents.
# ---------------------------------------------------------------------------
CHAT_LINES = {
    "en": L(
        "ok on my way 🏃|who's bringing the cooler tmrw|{o.first} did u see the pics|"
        "lol {o.nick} stop 😂|can someone send me {n.first}'s number|new number, save it: {phone}|"
        "happy birthday {o.nick}!!! 🎂🎉|pls pray for my dad, surgery on {day}|"
        "running 10 mins late sorry|the address is {addr}|thanks {o.first} ❤️|"
        "is {n.first} still coming or nah|wifi pw is {wifi}|{laugh}|"
        "did anyone else get the email from {n.title} about the fees|grace be with you all 🙏|"
        "we will miss you so much 💔|my email is {email} if you want to send the photos|"
        "{o.handle} check ur dms|will do 👍|omg {o.first}!!!|has anyone seen my charger|"
        "who took my tupperware 😤|can't wait for {month}!|safe travels {o.nick} ✈️|"
        "that's so sweet of {n.first} honestly|i'll bring the drinks|k|"
        "pls don't forward this to {n.first} 🙈|sending love from {place} 💛|"
        "{o.first} u owe me {money} btw|congrats {o.first}!! so proud of you|"
        "voice message (0:42)|ya i'm here at the gate|shared a link: {url}"
    ),
    "pidgin": L(
        "abeg send am for my email {email}|"
        "abeg who get {n.first} number|{o.nick} how far na, you don reach?|"
        "omo this traffic for third mainland no be here o 😩|e don do, i don send am|"
        "na {o.kin} go bring the rice|wetin dey happen for {place}|"
        "send the account details make i pay|ehn ehn, so {n.first} no talk say e go come?|"
        "God abeg 🙏🏾 make this month favour us|my dear i dey come, 5 mins|"
        "call me for {phone} i no get data|una well done o 👏🏾|{o.first} biko remind me tomorrow|"
        "chai! {n.kin} don born baby girl 🎉|the party na for {addr}, 2pm sharp|"
        "how much be the aso ebi? {money} abi|i don transfer, check am|"
        "ahn ahn {o.nick} why you dey vex|no wahala, by God's grace e go better|"
        "{laugh} {o.nick} you no well|who dey {place} now?|amen o 🙏🏾|"
        "{o.kin} e kaaro ma 🙏🏾|nna eh, {n.first} don enter am again 😂|"
        "my new line na {phone}, save am|na today {n.first} dey travel abi?"
    ),
    "gh": L(
        "chale {o.first} you dey where|ei {o.nick} 😂😂|herh, the trotro sef|"
        "momo me on {phone} eh|akwaaba {n.first}! welcome to the group 🎉|"
        "me ma wo akye {o.kin}|the funeral is at {place} on {day}|{o.first} medaase paa ❤️|"
        "i dey come, chale no vex|abeg send the venue location|ebei, {n.first} too|"
        "ɛte sɛn {o.nick}|charley the light off again 😤|{o.kin} please call me|"
        "Nyame nhyira wo {o.first}|send am to {n.first} ein momo: {phone}"
    ),
    "sheng": L(
        "tuma hizo pics kwa email yangu {email}|"
        "niaje {o.nick}, uko wapi?|sasa {o.first} 👋|mnaeza nitumia {money}? nitarudisha friday|"
        "tuma kwa m-pesa {phone}|poa poa, tutaonana kesho|{o.kin} amesema tukuje saa nane|"
        "nimeshafika stage, niko na {n.first}|hii traffic ya {place} ni noma 😩|"
        "asante sana {o.first} 🙏🏾|si umtext {n.first} akuje na ile pikipiki|"
        "venue ni {addr}, karibu wote|{laugh} wewe ni mjinga aki|wifi password ni {wifi}|"
        "leo ni leo msee 🔥|mambo {o.nick}|{o.kin} shikamoo 🙏🏾|"
        "chama contribution ni {money} mwezi huu|namba mpya ni {phone}|"
        "sawa {o.first}, nimeelewa|Mungu akubariki {o.nick}"
    ),
    "am_en": L(
        "selam {o.first} endet neh?|egziabher yimesgen 🙏|{o.kin} dehna nesh?|"
        "betam konjo pics! ❤️|{n.first} yet new? alemetam?|ishi, negen enagenyalen|"
        "buna tetu bicha 😅|telebirr lay lakulign {phone}|melkam lidet {o.nick}! 🎂|"
        "ameseginalehu {o.first}|ere {laugh}|ke {place} aleh?|selam new {o.kin}?|"
        "enkuan aderesachihu 🎉|{o.nick} min honk?"
    ),
    "so_en": L(
        "asc {o.first} sidee tahay|walaal {o.nick} maxaa kaa qabsaday|mahadsanid 🙏|"
        "lacagta ku soo dir evc plus {phone}|{o.kin} ma joogtaa?|inshallah berri|"
        "{n.first} aroosku waa {day}|haye haye|hooyo says salaam to everyone|"
        "waan imanayaa 10 daqiiqo|masha allah {o.nick} ❤️|number kayga cusub: {phone}|"
        "{o.first} iga raali ahow|ilaahay ha u naxariisto 🤲"
    ),
    "za_en": L(
        "eish {o.first} the taxi is late again|sharp sharp {o.nick}|yebo, i'm coming now now|"
        "ngiyabonga {o.kin} 🙏🏾|who's bringing the braai meat?|send it on ewallet to {phone}|"
        "howzit {o.nick}|ag shame man|the funeral is at {addr} on {day}|"
        "{n.first} said she'll pick us up at the garage|load shedding again 😤 stage 4|"
        "lekker, see you just now|sawubona {o.first}|hayi {o.nick} you lie 😂|"
        "stokvel money is {money} this month|{o.kin} unjani?"
    ),
    "hinglish": L(
        "photos mail kar de {email} pe|"
        "bhai {o.nick} kahan hai tu|{o.kin} aap kab aa rahe ho?|"
        "kal {n.first} ki shaadi hai yaar, tu aa raha hai na|gpay kar de {phone} pe|"
        "arre yaar traffic bahut hai, 10 min|mummy bol rahi hai khana ready hai 😋|"
        "{o.first} tu pagal hai kya 😂|address bhej raha hoon: {addr}|"
        "otp {otp} hai, jaldi daal de|happy birthday {o.nick}!! 🎂 party kab de raha hai|"
        "{n.kin} ka number hai kisi ke paas?|haan theek hai, kal milte hai|jai shree krishna 🙏|"
        "wifi ka password {wifi} hai|bas pahunch gaya, gate pe hoon|{laugh} sahi hai|"
        "{o.kin} pranam 🙏|paytm kar diya, check karo|"
        "{n.first} bol raha tha ki {place} pe milenge|chalo theek hai good night sab ko"
    ),
    "south": L(
        "dei {o.nick} enga da irukka|{o.kin} saaptingala?|machan {o.first} semma photo da 🔥|"
        "naalaiku {n.first} kalyanam, varuviya?|gpay pannu {phone}|enna da ipdi pannitta 😂|"
        "seri seri, naan varen|amma keka solra, {n.kin} number iruka?|"
        "ra {o.nick} ekkada unnav|{o.kin} bagunnara?|{o.first} chetta evide aanu?|"
        "{o.kin} enthu parayunnu?|address: {addr}|mass da 😎|ayyo {laugh}|"
        "{o.nick} ninte number maari? new one {phone} aano|"
        "happy birthday {o.nick} 🎂 treat eppo?|onam sadya {day} ku, ellarum vaanga"
    ),
    "banglish": L(
        "{o.nick} kothay tui?|{o.kin} kemon acho?|kal {n.first} er biye, jabi to?|"
        "bkash kore dao {phone} e|accha thik ache, ami aschi|ki re {o.first} 😂|"
        "ma bolche khete asho|shubho jonmodin {o.nick} 🎂|inshallah dekha hobe|"
        "{n.kin} ke phone kor ekbar|besh besh 👍|address ta dilam: {addr}|"
        "eid mubarak sobaike 🌙|{o.first} tor number ta bol abar"
    ),
    "lk_en": L(
        "machan {o.nick} koheda inne?|{o.kin} kohomada?|ado {o.first} 😂|hari hari, mama enawa|"
        "heta {n.first} ge wedding eka neda?|ez cash karanna {phone} ta|pissu da bn {laugh}|"
        "suba upandinayak {o.nick}! 🎂|ela machan|{o.kin} call karanna|mata late wenawa, sorry|"
        "suba aluth avuruddak 🌸"
    ),
    "nep": L(
        "{o.kin} k cha khabar?|hajur {o.first}, aauchu|bholi {n.first} ko bihe ho, jane ho?|"
        "esewa gardeu {phone} ma|thik cha thik cha 👍|kaha ho {o.nick}?|"
        "janmadin ko subhakamana {o.nick} 🎂|khana khayau?|haha {laugh} kasto ho|"
        "{n.kin} lai phone gara na|dashain ko subhakamana sabai lai 🙏"
    ),
    "urdu": L(
        "pics email kar do {email} pe|"
        "{o.kin} kahan hain aap?|yaar {o.nick} kya scene hai|"
        "kal {n.first} ki mehndi hai, tum aa rahi ho na?|jazzcash kar do {phone} pe|"
        "acha theek hai, main aa raha hoon|ammi keh rahi hain khana lag gaya|"
        "{o.first} tum pagal ho 😂|mubarak ho {o.nick}!! 🎉|inshallah kal milte hain|"
        "address bhej do plz|{n.kin} ka number kisi ke paas hai?|easypaisa se bhej diya|"
        "mashallah bohat pyari lag rahi ho ❤️|jazakallah {o.first}|"
        "{o.kin} salam, dua mein yaad rakhiye 🤲|shaadi {place} ke paas hai"
    ),
    "taglish": L(
        "pa-send na lang sa email ko {email} 🙏|"
        "{o.kin} nasaan ka na?|grabe {o.nick} 😂|sino may number ni {n.first}?|"
        "gcash mo na lang sa {phone}|otw na ako, traffic sa {place}|"
        "happy birthday {o.nick}!! 🎂 libre mo kami|ay nako, di ako makakapunta sorry|"
        "sige sige, ingat kayo|si {n.kin} daw magdadala ng lechon|"
        "san ba ulit yung bahay? {addr}|hahahaha {o.first} ang kulit mo|pasabuy naman 🙏|"
        "charot lang|salamat po {o.kin} ❤️|nag-rosary na ba kayo?|"
        "{o.nick} pahiram muna ng {money} hehe|god bless po sa lahat|"
        "uwi na daw si {n.first} galing {place}|pm mo ko {o.first}"
    ),
    "indo": L(
        "kirim ke email aku aja ya {email}|"
        "{o.kin} udah sampe mana?|wkwkwk {o.nick} parah|ada yg punya nomor {n.first} gak?|"
        "transfer ke dana {phone} ya|otw bentar lagi nyampe|selamat ulang tahun {o.nick}! 🎂|"
        "makasih {o.kin} 🙏|alamatnya {addr}|gpp kok santai aja|"
        "{n.kin} katanya mau dateng juga|anjir macet bgt di {place}|iya siap|sabar ya {o.first}|"
        "kode otp nya {otp} kak|mohon maaf lahir batin 🙏|{o.first} jgn lupa bawa kue|"
        "arisan bulan ini di rumah {n.kin}"
    ),
    "manglish": L(
        "{o.kin} dah sampai ke?|alamak {o.nick} lambat nya|boleh send nombor {n.first}?|"
        "tng ewallet {phone} ok|on the way, jammed gila kat {place}|"
        "selamat hari jadi {o.nick} 🎂|ok can can|terima kasih {o.kin} 🙏|"
        "rumah dia kat {addr}|lepak mamak jom|{laugh} kelakar la|"
        "{o.first} jangan lupa bawak kuih|salam aidilfitri semua 🌙"
    ),
    "singlish": L(
        "{o.nick} where are you ah|wah lau the mrt jam again|can paynow me? {phone}|"
        "ok lah, later see|{o.kin} say dinner at 7 can?|{n.first} coming or not?|"
        "shiok sia 😋|steady lah {o.first}|aiyo i forgot my ez-link|"
        "send u the address: {addr}|happy birthday {o.nick}!! 🎂 jio me next time|"
        "paiseh {o.first}, late abit|can can no problem"
    ),
    "th_en": L(
        "{o.kin} ถึงยัง|555555 {o.nick}|โอนพร้อมเพย์ {phone} นะ|ok ka {o.kin}|"
        "happy birthday {o.nick} ka 🎂|ไปไหนกัน|{n.first} will come too na|"
        "ขอบคุณค่ะ {o.kin} 🙏|mai pen rai|จ้า|address: {addr}|{o.nick} sabai dee mai?"
    ),
    "viet": L(
        "{o.kin} oi, toi nay an gi|hahaha {o.nick} lay qua|ai co so {n.first} khong|"
        "chuyen khoan momo {phone} nha|dang toi, ket xe qua 😩|"
        "chuc mung sinh nhat {o.nick}! 🎂|cam on {o.kin} nhieu|dia chi: {addr}|ok nha|"
        "{n.kin} noi mai ve que|troi oi|uh, de em hoi {n.first}|"
        "chuc mung nam moi ca nha 🧧|{o.first} oi nghe may di"
    ),
    "arabizi": L(
        "ya {o.nick} enta fen?|{o.kin} 3amla eh?|mabrook {o.first}!! 🎉|"
        "ana gaya fel tari2 5 da2ayeq|7ad 3ando rakam {n.first}?|kalemny 3ala {phone}|"
        "inshallah bokra|hahahaha {o.nick} ya 7ayawan 😂|el 3enwan: {addr}|yalla bye|"
        "kol sana wenta tayeb {o.nick} 🎂|wallahi ana ta3bana|ma3lesh {o.first}|الحمد لله|"
        "{n.kin} 3ayez yeegy ma3ana|ramadan kareem 🌙|shukran {o.kin}|"
        "habibti {o.nick} wa7ashteeni ❤️"
    ),
    "finglish": L(
        "salam {o.kin} khubi?|{o.nick} koja-i?|merci {o.first} jan ❤️|"
        "tavalodet mobarak {o.nick} 🎂|shomareye {n.first} ro dari?|ok bashe, farda mibinamet|"
        "man dar rah-am, 10 daghighe|khaste nabashi|{laugh}|addressesh: {addr}|"
        "{n.kin} goft miad|ghorbunet beram|norooz mobarak 🌱"
    ),
    "kurd": L(
        "slaw {o.kin} chonit?|supas {o.first}|{o.nick} la kwey?|newroz piroz be 🔥|"
        "bashm, to chon?|{n.first} dley dwai dyarin|zhmarakam: {phone}"
    ),
    "turkish": L(
        "fotograflari mail at: {email}|"
        "{o.kin} neredesin ya|{o.nick} cok komiksin 😂|{n.first}'in numarasi olan var mi?|"
        "iban'a atiyorum simdi|yoldayim 10 dk|dogum gunun kutlu olsun {o.nick} 🎂|"
        "tesekkurler {o.kin} 🙏|adres: {addr}|tamam tamam aksam gorusuruz|"
        "ya {o.first} ne yaptin|hahahaha|{n.kin} da gelecekmis|insallah|"
        "beni {phone} dan ara|bayraminiz mubarek olsun 🌙|{o.first} kanka napiyon"
    ),
    "uz_kz": L(
        "assalomu alaykum {o.kin}|{o.nick} qayerdasan?|tug'ilgan kuning bilan {o.nick}! 🎂|"
        "rahmat {o.first}|salem {o.first}, qalaysyn?|tugan kunin qutty bolsyn {o.nick} 🎂|"
        "kaspi-ga jiber {phone}|click orqali {phone} ga tashla|rakhmet {o.kin}|"
        "toyga {day} kelasizmi?"
    ),
    "ru": L(
        "скинь фотки на почту {email}|"
        "{o.nick}, ty gde?|privet vsem 👋|{o.nick} s dnem rozhdeniya!! 🎂|"
        "u kogo est nomer {n.first}?|skin po nomeru {phone}|ok, budu cherez 10 min|"
        "spasibo {o.first} ❤️|адрес: {addr}|ахахах {o.nick}|{n.kin} skazala chto pridet|"
        "ladno, davai|норм|{o.nick}, перезвони мне|с праздником всех 🌷|"
        "{o.first}, kinu na sber {phone}"
    ),
    "pl": L(
        "{o.nick} gdzie jesteś?|sto lat {o.nick}!! 🎂|ma ktoś numer do {n.first}?|"
        "przelej na blika {phone}|jadę, będę za 10 min|dzięki {o.first} ❤️|adres: {addr}|"
        "{n.kin} mówi że przyjdzie|hahaha {o.first} weź|ok spoko|wesołych świąt 🎄"
    ),
    "spanish": L(
        "mándamelo al correo {email} porfa|"
        "{o.kin} ya llegaste?|jajaja {o.nick} estás loco|alguien tiene el número de {n.first}?|"
        "mándame por zelle al {phone}|voy en camino, hay mucho tráfico|"
        "feliz cumple {o.nick}!! 🎂|gracias {o.kin} ❤️|la dirección es {addr}|"
        "ok nos vemos mañana|{n.kin} dice que trae los tamales|ay no manches 😂|"
        "bendiciones a todos 🙏|dile a {n.first} que ya pagué|yo te aviso|"
        "{o.first} ya viste el video?|mi nuevo número es {phone}"
    ),
    "andean": L(
        "allillanchu {o.kin}?|sulpayki {o.first}|yapéame al {phone} porfa|"
        "imaynallan {o.nick}|mari mari {o.kin}|chaltu may {o.first}|wena {o.nick} po|"
        "cachai? al tiro voy|{n.kin} va a traer el mote|"
        "la minga es el {day} en la casa de {n.first}|ya po, nos vemos"
    ),
    "ptbr": L(
        "{o.nick} cadê vc?|kkkkkk {o.nick} para|alguém tem o número da {n.first}?|"
        "manda o pix: {phone}|to chegando, trânsito tá foda|"
        "parabéns {o.nick}!! 🎂 muitas felicidades|valeu {o.first} ❤️|o endereço é {addr}|"
        "blz, amanhã a gente se vê|{n.kin} disse que vai levar o bolo|nossa senhora 😂|tmj|"
        "fica com deus|pix é meu email {email}|{o.first} me liga|"
        "bom dia grupo ☀️🙏"
    ),
    "patois": L(
        "{o.nick} weh yuh deh?|wah gwaan {o.first}|mi soon come|big up {o.kin} 🙏🏾|"
        "a who have {n.first} number?|sen it pon {phone}|happy birthday {o.nick}!! 🎂 bless up|"
        "lawd a mercy 😂|di nine night deh a {addr}|mi deh yah|{n.kin} seh she a come|respect|"
        "sak pase {o.first}|mèsi anpil {o.kin}"
    ),
    "pacific": L(
        "bula {o.first}!|talofa {o.nick}|malo aupito {o.kin} 🙏🏾|kia ora {o.first}|"
        "who's got {n.first}'s number?|send it to my m-paisa {phone}|faafetai lava|"
        "vinaka {o.kin}|the umu is at {addr} sunday after church|sole {o.nick} hurry up|"
        "ofa atu ❤️|chur {o.first}|{o.kin} we're at the fale"
    ),
    "de": L(
        "{o.nick} wo bist du?|alles gute zum geburtstag {o.nick}!! 🎂|"
        "hat jemand die nummer von {n.first}?|überweis einfach an mein paypal {email}|"
        "bin unterwegs, 10 min|danke {o.first} ❤️|adresse: {addr}|{n.kin} kommt auch|"
        "haha {o.first} du bist so|ok passt|lg aus {place}|{o.first} ruf mich mal an"
    ),
    "fr": L(
        "{o.nick} t'es où?|joyeux anniversaire {o.nick}!! 🎂|qqn a le num de {n.first}?|"
        "envoie sur wave {phone}|j'arrive dans 10 min|merci {o.first} ❤️|"
        "l'adresse c'est {addr}|{n.kin} vient aussi|mdr {o.first} t'es grave|ok ça marche|"
        "wesh {o.nick}|inshallah demain|on se capte chez {n.first} ce soir?"
    ),
    "it": L(
        "{o.nick} dove sei?|auguri {o.nick}!! 🎂|qualcuno ha il numero di {n.first}?|"
        "mandami con satispay al {phone}|sto arrivando, 10 min|grazie {o.first} ❤️|"
        "l'indirizzo è {addr}|{n.kin} porta la torta|ahahah {o.first} sei scemo|"
        "va bene, a domani|buona domenica a tutti ☀️"
    ),
    "kr": L(
        "{o.nfirst}야 어디야?|ㅋㅋㅋㅋ {o.nfirst} 미쳤다|{n.nfirst} 번호 있는 사람?|"
        "카톡으로 보낼게|생일 축하해 {o.nfirst}!! 🎂|{o.kin} where r u|ㅇㅋ 내일 봐|"
        "고마워 {o.nfirst} ❤️|주소: {addr}|{o.nfirst}씨 내일 시간 돼요?|"
        "토스로 보내줘 {phone}"
    ),
    "cn": L(
        "{o.nfirst}你到了吗？|哈哈哈哈 {o.nick}|谁有{n.nfirst}的电话？|微信转给我就行|"
        "生日快乐 {o.nfirst}!! 🎂|我在路上，十分钟|谢谢{o.nfirst} ❤️|地址：{addr}|"
        "ok 明天见|{o.first} you reach already?|{o.kin} 新年快乐 🧧"
    ),
    "jp": L(
        "{o.nlast}さん、どこ？|お誕生日おめでとう {o.nfirst}！🎂|"
        "{n.nlast}さんの電話番号わかる人いる？|今向かってる、10分くらい|"
        "ありがとう {o.nfirst} ❤️|住所: {addr}|りょうかい|www|{o.kin} doko?|"
        "{o.first}-chan arigato!"
    ),
    "ka_hy": L(
        "gamarjoba {o.first}!|{o.nick} sad xar?|gilocav dabadebis dges {o.nick} 🎂|"
        "madloba {o.kin} ❤️|barev {o.first} jan|{o.nick} jan ur es?|"
        "shnorhavor {o.nick}! 🎂|merci shat|ok kgnam|{n.first}-i hamary unes?|"
        "gaumarjos! 🍷"
    ),
    "rom": L(
        "sar san {o.nick}?|nais tuke {o.kin} 🙏|te aves baxtali {o.first}|"
        "la mulți ani {o.nick}!! 🎂|unde ești {o.nick}?|mersi {o.first}|"
        "{n.kin} vine mâine|sun-mă la {phone}"
    ),
}

# Chat system lines per app family.
SYSTEM_LINES = {
    "wa": L(
        "<Media omitted>|This message was deleted|image omitted|sticker omitted|"
        "Missed voice call|video omitted|audio omitted|You deleted this message|"
        "GIF omitted|<This message was edited>"
    ),
    "tg": L("[Photo]|[Sticker]|[Voice message]|[Video]|[File: invoice_2024.pdf]"),
    "generic": L("[photo]|[sticker]|[voice note 0:37]|[video]|[deleted]"),
}


# ---------------------------------------------------------------------------
# Small near-miss / filler pools.
# ---------------------------------------------------------------------------
RELATIONS = L(
    "cousin|sister-in-law|landlord|mother-in-law|step-dad|ex|bestie|neighbour|aunt|"
    "brother|uncle|coworker|roommate|godmother|pastor's wife|group admin|boss"
)
ZODIAC = L(
    "leo|virgo|scorpio|capricorn|gemini|pisces|aries|taurus|libra|cancer|sagittarius|aquarius"
)
FOODS = L(
    "jollof|biryani|adobo|rendang|pho|injera|pupusas|feijoada|khachapuri|dolma|sushi|"
    "ugali and sukuma|sinigang|nasi lemak|pierogi|plov|momo|kottu|fufu|ceviche"
)
LANG_NAMES = L(
    "Yoruba|Igbo|Hausa|Twi|Amharic|Somali|Swahili|Zulu|Tamil|Telugu|Bengali|Malayalam|"
    "Punjabi|Sinhala|Nepali|Tagalog|Indonesian|Malay|Thai|Vietnamese|Arabic|Farsi|Pashto|"
    "Turkish|Kurdish|Uzbek|Kazakh|Georgian|Armenian|Romani|Quechua|Haitian Creole|Samoan"
)
CHURCHES = L(
    "St. Mary's Catholic Church|Redeemed Christian Church of God, Jesus House parish|"
    "Christ Apostolic Church|Holy Trinity Cathedral|St. Anthony's Parish|Masjid Al-Noor|"
    "Our Lady of Lourdes|Methodist Church Wesley Chapel|Kidist Mariam Church|"
    "Gurdwara Sahib Southall|Iglesia Ni Cristo|Sacred Heart Parish|Deeper Life Bible Church|"
    "Central Mosque|Seventh-day Adventist Church|St. George's Cathedral"
)
UNIS = L(
    "UNILAG|KNUST|UoN|Makerere|Wits|IIT Bombay|Anna University|BRAC University|UP Diliman|"
    "UI|UGM|UiTM|NUS|Chula|RMIT|Cairo University|AUB|Boğaziçi|Tbilisi State|YSU|UNAM|USP|"
    "Obafemi Awolowo University|Ahmadu Bello University|Jomo Kenyatta University"
)
CITIES = L(
    "Lagos|Abuja|Accra|Kumasi|Nairobi|Mombasa|Dar es Salaam|Addis Ababa|Mogadishu|Johannesburg|"
    "Durban|Mumbai|Chennai|Hyderabad|Kochi|Dhaka|Colombo|Kathmandu|Lahore|Karachi|Kabul|"
    "Manila|Cebu|Jakarta|Surabaya|Kuala Lumpur|Singapore|Bangkok|Hanoi|Saigon|Cairo|Beirut|"
    "Amman|Dubai|Riyadh|Casablanca|Tehran|Erbil|Istanbul|Tashkent|Almaty|Tbilisi|Yerevan|"
    "Bucharest|Cusco|Temuco|Kingston|Port-au-Prince|Auckland|Suva|São Paulo|Recife|"
    "Guadalajara|Houston|Moscow|Warsaw|Berlin|Paris|Naples|London|Birmingham|Seoul|"
    "Shanghai|Osaka|Minneapolis|Toronto|Doha"
)
WIFI_NAMES = L(
    "HOME_5G|Okafor_Family_5G|PLDTHOMEFIBRc4a1|Globe_At_Home_8F2D|TP-Link_A3F0|JioFiber-2b7|"
    "Safaricom_Home_1042|FRITZ!Box 7590 KQ|Livebox-7A21|Galaxy A14 hotspot|Redmi Note 12|"
    "DIGI_3c9a10|Vodafone-2.4G|NETGEAR42|casa_wifi|rumah kita|bahay ni lola|The Promised LAN|"
    "Pretty Fly for a WiFi|FBI Surveillance Van"
)
DAYS = L(
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|this weekend|"
    "next Sunday|Saturday morning|Friday night"
)

# ---------------------------------------------------------------------------
# Documents.  (regions, style, text).  regions: "*" = any region, or a space
# separated list.  style "c" casual (may be lowercased), "f" formal.
# Person ids: p* any gender, f* female, m* male.
# ---------------------------------------------------------------------------
DOCS = [
    # -- chat exports with a request ------------------------------------------------
    ("*", "c", "can you summarize this family group chat? i was away for a week 😅\n\n{chat:auto}"),
    ("*", "c", "summarize pls, too many msgs 😩\n{chat:auto}"),
    (
        "ng",
        "c",
        "Translate this to proper English for my mum, she doesn't understand pidgin well:\n\n{chat:wa}",
    ),
    (
        "in_n",
        "c",
        "yeh group chat ka summary de do english mein, specially kaun kya la raha hai for {f1.first}'s shaadi\n\n{chat:wa}",
    ),
    (
        "ph",
        "c",
        "pa-summarize naman po ng chat namin, sino-sino ang sasama sa outing sa {place}?\n\n{chat:wa_us}",
    ),
    ("id", "c", "tolong rangkum chat grup ini ya, intinya apa aja. makasih 🙏\n\n{chat:wa_id}"),
    ("br", "c", "resume essa conversa do grupo da família pra mim, por favor 🙏\n\n{chat:wa_br}"),
    (
        "ru kz uz",
        "c",
        "Сделай краткое содержание чата, пожалуйста. Кто что должен сделать?\n\n{chat:tg}",
    ),
    ("kr", "c", "이 카톡 대화 요약해줘. 누가 뭐 가져오는지만\n\n{chat:kakao}"),
    ("jp th", "c", "summarize this LINE chat for me pls, who is coming on {day}?\n\n{chat:line}"),
    ("cn sg my", "c", "帮我总结一下这个群聊 / pls summarize\n\n{chat:wechat}"),
    (
        "de",
        "c",
        "Kannst du den Familienchat kurz zusammenfassen? Wer kommt wann an?\n\n{chat:wa_de}",
    ),
    ("tr", "c", "su grup konusmasini ozetler misin, kim ne getiriyor\n\n{chat:wa_tr}"),
    ("*", "c", "who is being rude in this chat? be honest pls\n\n{chat:auto}"),
    ("*", "c", "help me reply to this, i don't want to sound rude\n\n{chat:auto:6}"),
    (
        "*",
        "c",
        "what is {p2.first} trying to say here?? context: {p2.first} is my {rel}\n\n{chat:auto:8}",
    ),
    ("uslat", "c", "translate this to english for my boss pls, it's from my tía\n\n{chat:sms}"),
    (
        "*",
        "c",
        "Extract all the dates and times from this chat and make a calendar list\n\n{chat:auto}",
    ),
    ("*", "c", "make a table of who paid and who hasn't from this group chat 🙏\n\n{chat:auto}"),
    (
        "ke tz",
        "c",
        "Please summarize this chama group chat and list who has contributed this month\n\n{chat:wa}",
    ),
    ("pk", "c", "is chat ka english translation kar do, meri saas ne bheja hai 😬\n\n{chat:wa}"),
    ("eg lev gulf ma", "c", "translate this arabizi chat to english please\n\n{chat:wa}"),
    ("*", "c", "{chat:auto}\n\n^ what should i say back??"),
    (
        "*",
        "c",
        "Telegram export below. Find any messages where someone promised to pay back money.\n\n{chat:tg}",
    ),
    ("*", "c", "Here's a Signal thread with my sister. Is she mad at me?\n\n{chat:signal}"),
    (
        "*",
        "c",
        "I exported our Viber chat as CSV, can you turn it into a readable transcript?\n\n{chat:viber}",
    ),
    (
        "*",
        "c",
        "someone in our discord server keeps doing this, is this harassment? what do i tell the mods\n\n{chat:discord}",
    ),
    ("*", "c", "got these DMs on insta from someone i met at {place}, red flags?\n\n{chat:ig}"),
    (
        "*",
        "c",
        "My aunt sent me this on messenger, what does she actually want from me?\n\n{chat:fb}",
    ),
    (
        "us uk uslat carib",
        "c",
        "{chat:imsg}\n\nrewrite my last text so it sounds less passive aggressive",
    ),
    ("*", "c", "(screenshot text, OCR'd, sorry if messy)\n{chat:ocr}\n\nwhat is this about"),
    ("*", "c", "Thread from my landlord, please draft a firm but polite reply:\n\n{chat:sms}"),
    (
        "so",
        "c",
        "can u translate this group chat to english, it's from my mum's side of the family\n\n{chat:wa_us}",
    ),
    (
        "et",
        "c",
        "Translate this Telegram chat (Amharic/English mix) to English please\n\n{chat:tg}",
    ),
    ("in_s", "c", "enna solranga inga? translate & summarize pls 😅\n\n{chat:wa}"),
    ("bd lk np", "c", "family group e ki cholche? summarize in english\n\n{chat:wa}"),
    ("vn", "c", "tom tat giup minh doan chat nay voi, cam on nhieu\n\n{chat:wa}"),
    ("za", "c", "Can you summarize what was decided in this stokvel group?\n\n{chat:wa}"),
    ("carib pac", "c", "{chat:auto}\n\nwhat time is everyone meeting?? i'm lost lol"),
    ("pl ru", "c", "streść mi ten czat proszę / summarize this chat\n\n{chat:auto}"),
    (
        "mx pe cl",
        "c",
        "resúmeme este chat del grupo familiar porfa, quién va a llevar qué\n\n{chat:wa}",
    ),
    ("fr it", "c", "tu peux résumer cette conversation ? / puoi riassumere?\n\n{chat:auto}"),
    ("ir af kurd", "c", "translate this chat to english please, it's my family group\n\n{chat:tg}"),
    (
        "ge am",
        "c",
        "summarize this chat please (it's half Georgian/Armenian in latin letters)\n\n{chat:tg}",
    ),
    ("*", "c", "{chat:auto:5}\n\ncan you reply for me in a nice way, say i'll come {day}"),
    (
        "*",
        "f",
        "Hi, I'm applying for the cleaner job posted in the {church} group.\nName: {p1.full}\nPhone: {p1.phone}\nEmail: {p1.email}\nReference: {p2.title} ({p2.email})\nPlease check my English before I send.",
    ),
    (
        "*",
        "c",
        "can you write a short reply to my son's coach {m1.title}? his email is {m1.email}. tell him {m2.first} will miss practice {day} because of {p3.first}'s wedding",
    ),
    (
        "*",
        "c",
        "cc'ing everyone for the reunion planning: {p1.email}, {p2.email}, {p3.email} — {p4.first} pls add your husband's email too",
    ),
    (
        "*",
        "c",
        "my aunt's email got hacked, it's sending spam from {p1.email} to all of us 😩 she's {p1.kin} in my contacts. how do we recover it? her recovery phone is {p1.phone}",
    ),
    (
        "*",
        "c",
        'forwarding this from the parents\' group: "Lost jacket (navy, size 8) belongs to {p1.first} in class 2C. If found email {p2.email} or call {p2.phone}. Thanks! — {p2.full}"',
    ),
    # -- contact cards / shares ------------------------------------------------------
    (
        "*",
        "c",
        "{p1.first} sent me this contact, can you format it into a table?\n\nBEGIN:VCARD\nVERSION:3.0\nN:{p2.last};{p2.first};;;\nFN:{p2.full}\nTEL;TYPE=CELL:{p2.phone}\nEMAIL;TYPE=INTERNET:{p2.email}\nBDAY:{p2.dob:iso}\nEND:VCARD",
    ),
    (
        "*",
        "c",
        "saving this for later:\n\nContact: {p1.full}\nPhone: {p1.phone}\nNote: {rel} of {p2.first}, lives near {place}",
    ),
    (
        "*",
        "c",
        "merge these two contacts for me? same person I think\n\n1) {p1.full} – {p1.phone}\n2) {p1.nick} 💕 – {p1.email}",
    ),
    # -- help me reply / compose -----------------------------------------------------
    (
        "*",
        "c",
        "how do i tell {f1.first} i can't lend her money again without ruining our friendship? she asked for {money} last week and still owes me from {month}",
    ),
    (
        "*",
        "c",
        "write a sweet birthday message for my {rel} {f1.first}, she turns {age} on {day}. born {f1.dob} so she's a {zodiac} lol",
    ),
    (
        "ng",
        "c",
        "pls help me write a respectful message to {f1.kin} to say sorry i missed her 50th. she's been calling me since {day} 😭",
    ),
    (
        "in_n",
        "c",
        "mujhe {m1.kin} ko ek message likhna hai ki main Diwali pe nahi aa paunga, english mein likh do politely. unka number {m1.phone} hai agar call karna pade",
    ),
    (
        "ph",
        "c",
        "help me reply kay {f1.kin}, she's asking if pwede raw siya makitira sa amin sa {addr} for 2 weeks. i want to say no nicely 😣",
    ),
    (
        "*",
        "c",
        "My neighbour {f1.full} keeps parking in front of my gate at {addr}. Draft a polite note I can leave on her car.",
    ),
    (
        "*",
        "f",
        "Draft a complaint to my landlord {p1.tfull} about the broken water heater in our flat at {addr}. It has been 3 weeks. My number is {phone} and email {email}.",
    ),
    (
        "*",
        "f",
        "Please help me write an email to {f1.title} (my son {m2.first}'s class teacher) about bullying. He is in Grade 4, his date of birth is {m2.dob:kid} if they need it. My contact is {p3.email} / {p3.phone}.",
    ),
    (
        "*",
        "f",
        "Write a complaint to the clinic. I was given the wrong prescription on {date}.\nPatient: {p1.full}\nDOB: {p1.dob}\nDoctor: {p2.title}\nPlease ask them to call me back on {phone}.",
    ),
    (
        "*",
        "c",
        "rewrite this so it sounds more professional: 'hi {p1.first} its {p2.first} from the {brand} shop, ur order {order} is ready, come pick it up at {addr} before 6'",
    ),
    (
        "uslat mx",
        "c",
        "cómo le digo a mi casero {m1.full} que voy a pagar la renta tarde? vivo en {addr}. ayúdame a escribirlo en inglés porfa 🙏",
    ),
    (
        "*",
        "c",
        "my {rel} {p1.first} keeps leaving me on read. i sent 'hey {p1.nick} r u ok??' on {day}. should i text again or call {p1.phone}?",
    ),
    (
        "*",
        "c",
        "Help me write a message to the school group. Our daughter {f1.first} will be absent {day} for her grandma's funeral. Sign it from {p2.full} and {p3.first}.",
    ),
    (
        "ke",
        "c",
        "Nisaidie kuandika ujumbe kwa {m1.kin}. Nataka kumwomba msamaha kwa kuchelewa kulipa rent ya nyumba {addr}. Niko na {money} tu sasa.",
    ),
    (
        "tr",
        "c",
        "ev sahibim {m1.first} bey'e kibarca yazmak istiyorum: kombi bozuk, adres {addr}. telefonum {phone}. yardim eder misin?",
    ),
    (
        "gulf",
        "c",
        "Write a polite WhatsApp to my maid agency about {f1.full}. Her visa expires on {date}, passport {passport}. My number {phone}.",
    ),
    (
        "*",
        "c",
        'rewrite nicer: "{p1.first} u said u would pay me back by {day} and its now {month}. send it to {phone} or i tell {p2.kin}"',
    ),
    (
        "sg my",
        "c",
        "help me write a thank you card to {f1.kin} for taking care of {p2.first} during confinement 🙏 she stays at {addr}, i want to send it by post",
    ),
    # -- translate for mum -------------------------------------------------------------
    (
        "*",
        "c",
        'translate this for my mum into {language} pls: "Hi aunty, this is {p1.first}, {p2.first}\'s friend. We will pick you up from {place} at {time}. My number is {phone}."',
    ),
    (
        "vn",
        "c",
        "dich giup minh sang tieng Anh: 'chi {f1.first} oi, em gui dia chi nha: {addr}, sdt {phone}. Cam on chi nhieu'",
    ),
    (
        "tr",
        "c",
        "bunu ingilizceye cevir: 'Merhaba {f1.first} hanım, ben {p2.full}. Kızımın doğum tarihi {f3.dob:kid}, pasaport numarası {passport}. Randevu için teşekkürler.'",
    ),
    (
        "pl",
        "c",
        "przetłumacz na angielski dla mojej mamy: 'Dzień dobry, nazywam się {p1.full}, mieszkam pod adresem {addr}. Proszę o kontakt: {phone}.'",
    ),
    (
        "ru",
        "c",
        "переведи на английский: «Здравствуйте, меня зовут {p1.native}, дата рождения {p1.dob}. Мой телефон {phone}.»",
    ),
    (
        "fr",
        "c",
        "traduis en anglais stp pour ma mère : « Bonjour Madame, je suis {f1.full}, l'amie de {p2.first}. Mon numéro est le {phone}. »",
    ),
    (
        "it",
        "c",
        "traduci in inglese per favore: 'Ciao {p1.first}, sono la nonna di {p2.first}. Abito in {addr}. Chiamami al {phone}.'",
    ),
    (
        "et",
        "c",
        'translate to Amharic for my grandma please: "Hi ayate, it\'s {p1.first}. {p2.first} will call you from {phone} on {day}."',
    ),
    (
        "so",
        "c",
        "translate this letter from the school into Somali for my hooyo:\n\nDear Parent/Guardian of {p1.full},\nYour child's parent-teacher conference is on {date} at {time}. Please call {p2.title} at {phone} if you need an interpreter.",
    ),
    (
        "de",
        "c",
        "übersetz das bitte auf Türkisch für meine Oma: „Liebe {f1.first}, wir holen dich am {date} vom Flughafen ab. Ruf {p2.first} an: {phone}.“",
    ),
    (
        "ph",
        "c",
        'paki-translate sa English para kay lola: "Lola, si {p1.first} po ito. Padala ko po yung pera sa GCash {phone} bukas. Ingat po kayo diyan sa {city}."',
    ),
    (
        "kr",
        "c",
        '엄마한테 보낼 거 영어로 번역해줘: "{p1.nfirst} 결혼식은 {date}이고 주소는 {addr}이야. 연락처 {phone}"',
    ),
    (
        "id",
        "c",
        "translate ke bahasa Inggris buat ibu mertua: 'Bu, ini {p1.first}. Alamat kos baru aku {addr}. Nomor HP {phone} ya Bu.'",
    ),
    (
        "in_s",
        "c",
        'translate to Tamil for amma: "Amma, {p1.first}\'s engagement is on {date} at {addr}. Call {p2.kin} on {p2.phone} for the car."',
    ),
    # -- voice notes -------------------------------------------------------------------
    (
        "ng",
        "c",
        "[voice note transcript]\nhello {f1.kin} good evening ma its {p2.first} i just want to tell you say i don reach lagos safely the driver drop me for {addr} you fit call me for this number {phone} when you free okay bye bye",
    ),
    (
        "in_n",
        "c",
        "[voice note transcribed]\nhaan {p1.nick} sun na kal {p2.first} ka birthday hai uska date of birth {p2.dob:kid} hai na toh cake order karna hai {brand} se mera number {phone} pe call karwa dena okay bye",
    ),
    (
        "*",
        "c",
        "transcript of a voice message i got, pls clean up punctuation:\n\nhey its {p1.first} um so i talked to {f2.first} and she said the keys are with {p3.kin} at {addr} the alarm code is {pin} dont lose it okay call me back on {phone}",
    ),
    (
        "ph",
        "c",
        "voice msg ni {f1.kin} pakitype naman:\nanak si {p2.first} to ha tumawag ka sa {phone} bukas kasi yung pinsan mo si {p3.first} ikakasal na sa {month} tapos yung handaan sa {addr} ha ingat ka lagi",
    ),
    (
        "ke",
        "c",
        "voice note transcript: sasa {p1.nick} ni {p2.first} hapa nimefika {place} sasa niko na {p3.first} tunakuja pale kwako {addr} kama saa kumi tuma pesa kwa {phone} sawa",
    ),
    (
        "br",
        "c",
        "transcreve isso direito pra mim (áudio do zap):\n\noi {p1.nick} é a {f2.first} então amanhã a gente vai lá na casa da {f3.kin} na {addr} leva o documento do {m4.first} e me manda o pix no {phone} beijo",
    ),
    (
        "*",
        "c",
        "dictated text (no punctuation): tell {p1.first} that {f2.full} called about the apartment and the viewing is {day} at {time} her email is {f2.email}",
    ),
    (
        "eg lev",
        "c",
        "voice note (arabizi transcript): ahlan {p1.kin} ana {p2.first} ya rait tkalem {p3.first} 3ala {phone} 3ashan maw3ed el doctor yom {day} w el 3enwan {addr}",
    ),
    (
        "uslat",
        "c",
        "nota de voz transcrita: oye {p1.nick} soy {p2.first} dile a {p3.kin} que ya llegué a {city} y que me marque al {phone} porque perdí mi otro cel ok bye",
    ),
    # -- dating ----------------------------------------------------------------------
    (
        "*",
        "c",
        "help me improve my hinge bio:\n\n{p1.first}, {age} 📍{city}\n🎓 {uni} | 💼 nurse\nlooking for my person, not here for games 🙅🏾‍♀️\nig: {p1.handle}",
    ),
    (
        "*",
        "c",
        "we matched on tinder and moved to whatsapp. he sent this, is he legit or a scammer?\n\n{chat:wa:7}",
    ),
    (
        "*",
        "c",
        "write a witty first message to my bumble match {f1.first}. her bio says: 'ISTJ. {celeb} stan. will steal your hoodie. born in {month}, not a cancer 😂'",
    ),
    (
        "ph",
        "c",
        'match ko sa tinder si {f1.first}, {age}, taga {city}. ano magandang opener? bio nya: "coffee > people. kuya ko si {m2.first} so behave 😤"',
    ),
    (
        "*",
        "c",
        "Dating profile (draft):\nName: {p1.first}\nAge: {age}\nFrom: {city}\nLanguages: {language}, English\nAbout me: family-oriented, I cook the best {food}, church every Sunday 🙏\nContact after match: {p1.phone}\n\nmake it sound more fun",
    ),
    (
        "in_n pk bd",
        "c",
        "rishta profile banana hai:\nName: {f1.full}\nDOB: {f1.dob:adult}\nHeight 5'4\", MBA\nFather: {m2.full} (retd. bank manager)\nContact: {m2.phone}\npls make it sound decent, not desperate 😅",
    ),
    (
        "*",
        "c",
        "my friend {f1.first} wants me to be her wingwoman. she likes {m2.first} from church but he's always with {p3.first}. plan??",
    ),
    # -- neighbourhood posts ---------------------------------------------------------
    (
        "*",
        "c",
        "LOST DOG 🐶😭 Our dog Bruno went missing near {place} on {day} evening. Brown, white paws, red collar. If found please call {p1.first} on {phone} or bring him to {addr}. Reward offered!! 🙏",
    ),
    (
        "*",
        "c",
        "Ride share 🚗 leaving {city} to {city2} on {day} around {time}, 2 seats left. {money} each for fuel. DM {p1.handle} or text {phone}",
    ),
    (
        "*",
        "c",
        "FOR SALE: 3-seater sofa, barely used, {money}. Pickup only from {addr}. Contact {p1.first} ({phone}). No time wasters pls 🙏",
    ),
    (
        "ke ng gh",
        "c",
        "Estate group: hello neighbours 👋🏾 anyone with a good plumber contact? my usual guy disappeared with my {money} 😤 kindly share. — {p1.first}, {addr}",
    ),
    (
        "*",
        "c",
        "Found: a wallet near {place} with the ID of {p1.full}. If this is you or you know them, contact me on {phone} 🙏",
    ),
    (
        "*",
        "c",
        "Recommendation needed: good tailor near {place}? my cousin {f1.first} recommends {f2.title} but she's fully booked till {month}",
    ),
    (
        "uk us",
        "c",
        "Neighbourhood group: Package thief caught on my doorbell cam {day} around {time} 😡 He took a parcel addressed to {p1.full}. If anyone on {street0} has footage pls DM me.",
    ),
    (
        "ph",
        "c",
        "PASABUY 🛍️ from {place} this {day}! Drop your orders below. Payment via GCash {phone} ({p1.fl}). Pick up at {addr} 😊",
    ),
    (
        "id my",
        "c",
        "[JUAL] kulkas 2 pintu masih bagus, {money} nego. COD di {addr}. WA {p1.first} {phone}",
    ),
    (
        "br",
        "c",
        "VENDO guarda-roupa 6 portas, {money}. Retirar na {addr}. Falar com {p1.first}: {phone} (só whats)",
    ),
    (
        "de",
        "c",
        "Zu verschenken: Kinderwagen, guter Zustand. Abholung {addr}, bei {p1.full} klingeln. Tel. {phone}",
    ),
    (
        "*",
        "c",
        "Carpool for {church} on Sundays? I pass by {place} at 8:15. Contact {p1.first} {p1.last}? no just text {phone} 😄",
    ),
    (
        "*",
        "c",
        "Lost: black backpack with a laptop at {place} 😩 has stickers of {celeb}. If found call {p1.nick} ({p1.phone}) or email {p1.email}",
    ),
    (
        "za",
        "c",
        "Community watch 🚨 suspicious car parked outside {addr} since {day}. If you see it call {p1.title} on {phone}. Stay safe neighbours",
    ),
    # -- announcements --------------------------------------------------------------
    (
        "ng",
        "f",
        "WEDDING ANNOUNCEMENT 💍\n\nThe families of {m1.last} and {f2.last} joyfully invite you to the traditional marriage of their children\n{f3.full} & {m4.full}\nDate: {date}\nVenue: {addr}\nColour of the day: wine & gold\nRSVP: {f5.kin} {f5.phone}, {m6.kin} {m6.phone}",
    ),
    (
        "ng gh",
        "f",
        "It is with gratitude to God for a life well spent that the {m1.last} family announces the passing of our father, grandfather and great-grandfather\n\n{m2.tfull}\n(born {m2.dob:old} – called to glory {date})\n\nFuneral service: {day}, {date2} at {church}\nInterment: family house, {addr}\n\nFor enquiries: {p3.full} ({p3.phone})",
    ),
    (
        "*",
        "c",
        "🎉🎂 Happy 60th birthday to the best mum in the world, {f1.full}! Born {f1.dob:old} in {city}, still dancing like she's 20 😂❤️ Love you mummy!",
    ),
    (
        "ph",
        "c",
        "Happy 18th birthday to our dalaga {f1.first}! 🌹 (born {f1.dob:teen}) Debut party at {addr} on {date}. RSVP kay {f2.kin} {f2.phone} 💕",
    ),
    (
        "*",
        "c",
        "Welcome to the world baby {p1.first}! 👶🏽 Born {p1.dob:new}, 3.2kg. Mummy {f2.first} and baby are doing great 🙏 God is faithful! Visiting from {day}, text {p3.first} first.",
    ),
    (
        "in_n in_s",
        "f",
        "With joy we announce the Griha Pravesh of {p1.full} and family at our new home:\n{addr}\nDate: {date}, {time}\nKindly bless us with your presence 🙏\nContact: {p1.phone}",
    ),
    (
        "id",
        "f",
        "Undangan pernikahan 💐\n\n{f1.full} & {m2.full}\n\nAkad: {date}, pukul 08.00 WIB\nResepsi: {addr}\n\nAmplop digital via DANA {phone} (a.n. {p3.full})",
    ),
    (
        "br",
        "f",
        "Chá de bebê da {f1.first}! 👶💙\nData: {date}\nLocal: {addr}\nConfirmar presença com a {f2.kin}: {f2.phone}\nLista de presentes na {brand}",
    ),
    (
        "mx uslat",
        "f",
        "Con mucho cariño te invitamos a los XV años de {f1.full}\nMisa: {date}, {time}, Parroquia de {saint}\nRecepción: {addr}\nPadrinos: {p2.full} y {p3.full}",
    ),
    (
        "ke tz",
        "f",
        "TANGAZO LA MSIBA\nFamilia ya {m1.full} inasikitika kutangaza kifo cha mpendwa wao {p2.full} (alizaliwa {p2.dob:old}). Mazishi yatafanyika {date} nyumbani kwao {addr}. Michango kupitia M-Pesa {p3.phone} ({p3.first}).",
    ),
    (
        "pac carib",
        "f",
        "In loving memory of {p1.full} 🌺\nBorn {p1.dob:old} in {city}\nFuneral service at {church} on {date}.\nRefreshments after at {addr}.\nEnquiries: {p2.kin} on {p2.phone}",
    ),
    (
        "kr",
        "f",
        "부고\n故 {p1.native}님께서 {date}에 별세하셨기에 삼가 알려드립니다.\n빈소: {place}\n상주: {p2.native}\n연락처: {p2.phone}",
    ),
    (
        "jp",
        "f",
        "結婚式のご案内\n新郎 {m1.native}\n新婦 {f2.native}\n日時: {date}\n会場: {place}\nご連絡は{p3.phone}まで",
    ),
    (
        "in_s",
        "f",
        "Engagement ceremony 💍\n{f1.full} weds {m2.full}\nVenue: {addr}\nMuhurtham: {date}, {time}\nWith best compliments from {p3.full} ({p3.phone})",
    ),
    (
        "uk us",
        "f",
        "Celebration of Life\n{p1.full}\n{p1.dob:old} – {date}\nService at {church}, followed by a gathering at {addr}.\nIn lieu of flowers, donations to the family via {p2.email}.",
    ),
    (
        "pk",
        "f",
        "Nikah ceremony of {f1.full} D/O {m2.full} with {m3.full} S/O {m4.full}\nDate: {date} after Asr\nVenue: {addr}\nRSVP: {p5.phone}",
    ),
    (
        "vn",
        "f",
        "THIEP MOI\nTran trong kinh moi toi du le thanh hon cua {m1.full} va {f2.full}\nVao luc {time}, {date}\nTai: {addr}\nLien he: {phone}",
    ),
    (
        "ru",
        "f",
        "Приглашаем на юбилей! 🎉\n{f1.native} празднует 50 лет (родилась {f1.dob:old}).\nКафе «Берёзка», {addr}\n{date}, в {time}\nТел.: {phone}",
    ),
    # -- church / prayer / school rosters ---------------------------------------------
    (
        "ng gh carib",
        "c",
        "PRAYER CHAIN 🙏🏾 this week\nMon – {f1.kin} ({f1.phone})\nTue – {m2.kin}\nWed – Bro. {m3.first}\nThu – {f4.kin} ({f4.phone})\nFri – Sis. {f5.first}\nPrayer points: journey mercies for {p6.first}, healing for {p7.kin}, favour in all our endeavours.\nGrace and peace 🙏🏾",
    ),
    (
        "ph",
        "c",
        "BLOCK ROSARY SCHEDULE ({month})\nDay 1 – {f1.kin}, {f1.addr}\nDay 2 – {m2.kin}, {m2.addr}\nDay 3 – fam. {p3.last}\nDay 4 – {f4.kin}\nPls bring kandila 🕯️ God bless po!",
    ),
    (
        "uk us pac",
        "c",
        "Sunday rota 🎶\nWelcome team: {p1.full}, {p2.full}\nReadings: {p3.first} (1st), {p4.first} (Psalm)\nTea & coffee: {p5.full}\nChildren's church: {f6.title}\nAny swaps text {p7.first} on {p7.phone}",
    ),
    (
        "pk uk gulf",
        "c",
        "Iftar rota Ramadan {year} 🌙\nWeek 1: {p1.kin} ({p1.phone})\nWeek 2: {p2.kin}\nWeek 3: {p3.full}\nWeek 4: {p4.kin}\nJazakallah khair. Collection via {brand}.",
    ),
    (
        "*",
        "c",
        "Grade 3B parents — class list for the {month} trip\n1. {p1.full} (mum: {f2.first}, {f2.phone})\n2. {p3.full} (dad: {m4.first}, {m4.phone})\n3. {p5.full} (guardian: {p6.kin})\n4. {p7.full}\nPlease send consent forms by {day}. Thanks, {f8.title}",
    ),
    (
        "in_s in_n",
        "c",
        "School WhatsApp group:\nDear parents, PTA meeting on {date} at 4pm. Class teacher {f1.kin} will discuss marks. Students absent today: {p2.first}, {p3.first}, {p4.first}. Pls contact {phone} (office) for queries.",
    ),
    (
        "*",
        "c",
        "🎂 {month} birthdays in our Sunday school:\n- {p1.full} — born {p1.dob:kid}\n- {p2.full} — born {p2.dob:kid}\n- {p3.full} — {p3.dob:kid}\nLet's celebrate them on {day}! 🎈",
    ),
    (
        "ke tz",
        "c",
        "Chama meeting minutes ({date})\nPresent: {f1.full} (chair), {p2.full}, {p3.full}, {f4.nick}\nApologies: {p5.first}\nContributions to treasurer {f6.full} via M-Pesa {f6.phone}\nNext meeting at {p2.first}'s place, {addr}",
    ),
    (
        "id my",
        "c",
        "Jadwal pengajian ibu-ibu bulan {month}:\n1. {f1.kin} – {f1.addr}\n2. {f2.kin}\n3. {f3.kin} – {f3.addr}\nKonfirmasi ke {f4.kin} {f4.phone} 🙏",
    ),
    (
        "br",
        "c",
        "ESCALA DO MINISTÉRIO DE LOUVOR 🎶\nDomingo: {p1.first} (teclado), {p2.first} (violão), {p3.nick} (voz)\nQuarta: {p4.full}\nQualquer troca falar com a {f5.kin} {f5.phone}",
    ),
    (
        "*",
        "c",
        "Choir list for {day}'s rehearsal\nSopranos: {f1.first}, {f2.first}, {f3.nick}\nAltos: {f4.first}, {f5.full}\nTenors: {m6.first}\nBass: {m7.full} ({m7.phone})",
    ),
    (
        "in_n",
        "c",
        "Society Ganpati committee 🙏\nPresident: {m1.full} (Flat {num})\nTreasurer: {p2.full} – UPI on {p2.phone}\nDecoration: {p3.nick}, {p4.nick}\nPrasad: {f5.kin}",
    ),
    # -- payments ---------------------------------------------------------------------
    (
        "de",
        "c",
        "Hi {p1.first}, hier meine Bankdaten für das Geschenk für {p2.first}:\nKontoinhaber: {p3.full}\nIBAN: {iban}\nVerwendungszweck: Geschenk {p2.first}\nDanke! 😊",
    ),
    (
        "pl",
        "c",
        "zrzutka na prezent dla {p1.kin} 🎁 po 50 zł na konto: {iban} ({p2.full}) albo blik na {p2.phone}",
    ),
    (
        "tr",
        "c",
        "Arkadaslar {p1.first}'in dogum gunu hediyesi icin IBAN: {iban} Alici: {p2.full}. Kisi basi 200 TL 🙏",
    ),
    (
        "fr",
        "c",
        "Cagnotte pour le pot de départ de {p1.first} 🎉 virement sur {iban} (titulaire {p2.full}) ou Lydia au {p2.phone}",
    ),
    (
        "uk",
        "c",
        "Secret Santa 🎅 £20 each please to {p1.full} by {day}: IBAN {iban} — or just hand cash to {p2.nick}",
    ),
    (
        "pk",
        "c",
        "Committee ki qist is month bhejni hai: Meezan Bank IBAN {iban}, title {p1.full}. Ya jazzcash {p1.phone}. Shukriya",
    ),
    (
        "ke",
        "c",
        "Harambee for {p1.kin}'s hospital bill 🙏🏾 Send to M-Pesa {p2.phone} ({p2.full}). Target: {money}. Every coin counts",
    ),
    (
        "ph",
        "c",
        "Ambagan for {f1.first}'s debut! {money} each. GCash: {p2.phone} ({p2.fl}). Pa-screenshot na lang ng proof 🙏",
    ),
    (
        "gh",
        "c",
        "Contributions for {p1.first}'s funeral: MoMo {p2.phone} (name: {p2.full}). Kindly add 'FUNERAL' as reference. Nyame nhyira mo 🙏🏾",
    ),
    (
        "br",
        "c",
        "galera, vaquinha pro churrasco do {m1.nick}! pix: {p2.email} ou chave celular {p2.phone} ({p2.full}). R$ 30 por pessoa",
    ),
    (
        "gulf eg lev",
        "c",
        "Please send the money for {p1.first}'s gift to my account\nName: {p2.full}\nIBAN: {iban}\nThank you habibti ❤️",
    ),
    (
        "*",
        "c",
        "ok so my cousin {f1.first} asked me to pay her netflix w my card 🙄 is it safe to send her these details??\ncard: {card}\nexp {exp}",
    ),
    (
        "ng",
        "c",
        "bros {m1.nick} abeg send the usdt to my trust wallet: {trx} (TRC20). na {money} we agree",
    ),
    ("tr", "c", "{p1.first} kanka usdt'yi su adrese at: {trx} (TRC20 agi). Yarin nakit veririm"),
    ("ru kz uz", "c", "{p1.nick}, скинь usdt сюда: {trx} (сеть TRC20). Потом верну наличкой"),
    (
        "*",
        "c",
        "My brother {m1.first} wants me to invest in bitcoin through his friend {p2.full}. He sent this address {btc} and said I'll double my money in 2 weeks. Is this a scam?",
    ),
    (
        "*",
        "c",
        "eth address for the wedding gift pool, no pressure 😅 {eth}\n— {p1.first} & {p2.first}",
    ),
    (
        "it",
        "c",
        "Ragazzi, regalo per {p1.first}: 25€ a testa sull'IBAN {iban} intestato a {p2.full}. Scadenza {day}!",
    ),
    (
        "ge kz",
        "c",
        "{p1.first}, please send your share for {p2.first}'s birthday gift to {iban} ({p3.full}). 50 GEL each 🎁",
    ),
    (
        "rom",
        "c",
        "bibi {p1.first} asked me to send the money for the wedding to her account {iban} ({p1.full}). is this the right format for a transfer from the UK?",
    ),
    (
        "uk us",
        "c",
        "splitting the airbnb for {p1.first}'s hen do 🥂 £85 each. Monzo me on {p2.phone} or card {card} for the deposit (it's mine, not {p1.first}'s lol)",
    ),
    (
        "*",
        "c",
        "is this a scam? someone in the {brand} buy & sell group said they'd send me {money} if I share my card: {card}. I already sent it 😭 what now",
    ),
    (
        "ng gh ke",
        "c",
        "Bro {m1.first} say make I send btc to {btc} for the land deposit. Na {p2.full} get the land. Is that normal?",
    ),
    (
        "ph",
        "c",
        "nag-order si {f1.kin} sa shopee gamit card ko: {card}. paano ko ma-block agad? 😩",
    ),
    (
        "*",
        "c",
        "my cousin {f1.first} typed my full card number in the family group 🤦🏾 {card} — should i ask her to delete or just cancel the card?",
    ),
    (
        "uslat us",
        "c",
        "filling my mom's paperwork, her ITIN was {itin} and her new SSN is {ssn}. which one goes on the form? her name is {f1.full}",
    ),
    (
        "us uslat",
        "c",
        "Can you proofread this letter to the bank for my dad {m1.full}? 'Account holder SSN: {ssn}. Address: {addr}. Phone: {phone}. I did not authorize the transfer.'",
    ),
    (
        "*",
        "c",
        "gamer friend {p1.handle} got swatted after someone leaked his IP {ip} on stream. how do i help him",
    ),
    (
        "*",
        "c",
        "for anyone in the group who asked, the ETH address for {p1.first}'s surgery fundraiser: {eth} 🙏 or BTC {btc}",
    ),
    (
        "*",
        "c",
        "{p1.nick} posted our home IP {ip} and the router MAC {mac} in a public discord asking for help 😑 is that dangerous?",
    ),
    # -- secrets --------------------------------------------------------------------
    (
        "*",
        "c",
        "{p1.kin} the wifi name is {wifiname} and password {wifi} 👍 if it doesn't work restart the router",
    ),
    (
        "ph",
        "c",
        "ate {f1.first} password ng netflix: email {p2.email} pw {pw} 🤫 wag mo ipagkalat ha",
    ),
    (
        "in_n",
        "c",
        "{p1.nick} ka jio account: login {p1.phone}, password {pw}. otp aaye toh mujhe bhej dena",
    ),
    (
        "*",
        "c",
        'my mum sent this in the family group 🤦🏾‍♀️ how do i explain to her that she shouldn\'t share this?\n\n"{p1.first} this is my bank app pin {pin} and the code they sent is {otp}. please help me check the balance"',
    ),
    (
        "*",
        "c",
        "Got this SMS: 'Your {brand} verification code is {otp}. Do not share it with anyone.' and then {p1.first} from 'customer care' called asking for it. scam right?",
    ),
    (
        "*",
        "c",
        'yo can someone help, my discord bot keeps crashing 😭\n\n```py\nTOKEN = "{bottoken}"\nclient.run(TOKEN)\n```\nerror says privileged intents?? cc {handlenoise}',
    ),
    (
        "*",
        "c",
        "my little brother {m1.first} pasted his openai key in our group chat lol: {apikey} — how do i revoke it for him",
    ),
    (
        "*",
        "c",
        "backup codes for {p1.handle}'s instagram (my mum's account, keep safe!!)\n{recovery}\n{recovery}\n{recovery}\n{recovery}",
    ),
    (
        "*",
        "c",
        "airbnb host message, is this normal?\n\nWelcome {p1.first}! Address: {addr}. Door code {pin}#, wifi {wifiname} / {wifi}. Checkout 11am. — {p2.first}",
    ),
    (
        "*",
        "c",
        "grandpa wrote his email password on a sticky note: '{p1.email} / {pw}' 😬 help me set up a password manager for him",
    ),
    (
        "*",
        "c",
        "shared the family netflix in the group: user {email}, pass {pw}. profile 'Kids' is for {p1.first} and {p2.first} only!!",
    ),
    (
        "id",
        "c",
        "kak ini akun shopee mama: {p1.email} pw {pw}. kode otp nya {otp}. tolong cek pesanan ya",
    ),
    ("br", "c", "mãe, a senha do wi-fi da casa da {f1.kin} é {wifi} 😂 rede: {wifiname}"),
    ("ke", "c", "M-PESA PIN yangu ni {pin}, nisaidie kutoa pesa kwa agent 🙏 — {p1.first}"),
    (
        "*",
        "c",
        "our GitHub action fails, here's the workflow my teammate {p1.first} wrote:\n\nenv:\n  DB_URL: postgres://app:{pw}@db.internal:5432/shop\n  API_KEY: {apikey}\n\nwhy does it say unauthorized?",
    ),
    # -- ids / passports --------------------------------------------------------------
    (
        "ng",
        "c",
        "For the Dubai trip booking:\n1. {p1.full} – passport {passport}, DOB {p1.dob}\n2. {p2.full} – passport {passport}, DOB {p2.dob}\nPls book same flight as {p3.kin} 🙏",
    ),
    (
        "in_n in_s",
        "c",
        "Tatkal booking ke liye details:\nName: {p1.full}, Age {age}, passport {passport}\nName: {p2.full}, Age {age2}\nMobile: {phone}",
    ),
    (
        "ph",
        "c",
        "for the visa appointment po: {p1.full}, born {p1.dob}, passport no. {passport}, address {addr}",
    ),
    (
        "pk bd gulf eg af",
        "c",
        "Can you fill this Umrah group form for my parents?\nFather: {m1.full}, passport {passport}, born {m1.dob:old}\nMother: {f2.full}, passport {passport}, born {f2.dob:old}\nContact: {phone}",
    ),
    (
        "us uslat",
        "c",
        "renting a car for the road trip, my cousin {f1.first} is driving. her license # is {dl}, dob {f1.dob}. do they need anything else?",
    ),
    ("in_n", "c", "bhai DL number {dl} hai mera, challan check kar de please 🙏 — {p1.full}"),
    (
        "uk",
        "c",
        "Car hire form for {p1.full}: licence no. {dl}, DOB {p1.dob}, address {addr}. Can you check it's filled right?",
    ),
    (
        "ph",
        "c",
        "LTO renewal po: {p1.full}, license no. {dl}, contact {phone}. pa-check naman kung tama",
    ),
    (
        "uslat",
        "c",
        "necesito ayuda con los taxes. mi esposo {m1.full} tiene ITIN {itin}, y nuestra hija {f2.first} nació aquí ({f2.dob:kid}) y tiene seguro social {ssn}. ¿cómo los pongo en la forma?",
    ),
    (
        "us",
        "c",
        "my grandma {f1.full} got a call from someone saying her SSN {ssn} was suspended 😡 she confirmed it to them. what do we do now",
    ),
    (
        "uslat",
        "c",
        "help translate this IRS letter for my tía {f1.first}:\n\nTaxpayer: {f1.full}\nITIN: {itin}\nAddress: {addr}\nWe changed your return...",
    ),
    (
        "br",
        "c",
        "{p1.nick} me passa os dados do {m2.first} pra inscrição da viagem: nome completo {m2.full}, nascimento {m2.dob}, passaporte {passport}",
    ),
    (
        "mx",
        "c",
        "para el trámite de la licencia de mi papá: {m1.full}, licencia {dl}, nació el {m1.dob}, domicilio {addr}",
    ),
    (
        "de",
        "c",
        "Für die Hotelbuchung brauche ich noch: {p1.full}, geb. {p1.dob}, Reisepass {passport}. Kannst du das ins Formular eintragen?",
    ),
    (
        "kr cn jp",
        "c",
        "hotel check-in form for my parents visiting:\n{m1.full} / passport {passport} / born {m1.dob:old}\n{f2.full} / passport {passport}\nphone {phone}",
    ),
    (
        "gh ke",
        "c",
        "Booking for the Kumasi/Kisumu bus tour: {p1.full}, passport {passport}, phone {p1.phone}, next of kin {p2.full} ({p2.phone})",
    ),
    # -- ip / mac -----------------------------------------------------------------------
    (
        "*",
        "c",
        "my {rel} keeps kicking me off the wifi lol. router page shows my laptop MAC {mac} blocked and my ip {ip}. how do i unblock myself",
    ),
    (
        "*",
        "c",
        "discord server owner here — someone doxxed {p1.handle} and posted their IP {ip} in #general. what should i do?",
    ),
    (
        "*",
        "c",
        "setting up parental controls: block {p1.first}'s tablet ({mac}) after 9pm. router is a TP-Link Archer. also {p2.first}'s phone is {mac}",
    ),
    (
        "*",
        "c",
        "my cousin {p1.first} says someone logged into her facebook from {ip} and {ip6}. can we find out who?",
    ),
    # -- reddit / social ---------------------------------------------------------------
    (
        "*",
        "c",
        "r/relationship_advice • Posted by u/{handlenoise}\n\nMy (F{age}) MIL keeps calling my husband {m1.first} (M{age2}) \"baby\" in front of everyone. His sister {f2.first} says I'm overreacting. Last {day} at {p3.first}'s party she did it again...",
    ),
    (
        "*",
        "c",
        "AITA for not inviting my cousin {f1.first} to my wedding? Background: at {p2.first}'s funeral she told everyone I was pregnant (I wasn't). My mum {f3.nick} says I'm being petty.",
    ),
    (
        "*",
        "c",
        "TIFU by sending my landlord {m1.full} a meme meant for my best friend {p2.nick}. he replied '{laugh}' and now I have to see him {day}",
    ),
    (
        "*",
        "c",
        'Facebook post from my aunt, can you fact check? 👇\n\n"URGENT!!! Share this!!! A girl named {f1.full} was taken at {place} yesterday. Call {phone} if you see her. {celeb} has already shared. AMEN if you care 🙏🙏"',
    ),
    (
        "*",
        "c",
        "tweet draft: shoutout to {p1.handle} for fixing my laptop for free 🙌🏾 if you need a tech guy in {city} hit him up {phone}",
    ),
    (
        "*",
        "c",
        "help me caption this: pic of me & {f1.nick} at {place} on her bday 🎂 (she's born {f1.dob}, {zodiac} szn)",
    ),
    (
        "*",
        "c",
        "reddit post draft for r/legaladvice: my ex {p1.full} still has my spare key to {addr} and won't return it. I texted {p1.phone} twice. what are my options?",
    ),
    (
        "*",
        "c",
        'Instagram comment on my post: "{p1.handle} {p2.handle} this is literally you two 😂" — who are they? both follow me but i don\'t know them',
    ),
    # -- delivery / errands -----------------------------------------------------------
    (
        "*",
        "c",
        "Delivery note for the rider: call {p1.first} on {phone} when you reach. Address: {addr}. Gate is blue, beside the {brand} kiosk.",
    ),
    (
        "ng",
        "c",
        "Dispatch rider abeg deliver to {f1.kin}: {addr}. Her line na {f1.phone}. Collect {money} from her o",
    ),
    ("id", "c", "Kak tolong kirim ke: {p1.full}, {addr}, HP {phone}. Ongkir COD ya 🙏"),
    (
        "my sg",
        "c",
        "Lalamove pickup: from {addr} to {addr2}. Sender {p1.first} ({p1.phone}), receiver {p2.kin} ({p2.phone})",
    ),
    (
        "in_n in_s",
        "c",
        "Swiggy order instructions: Deliver to {p1.first}, {addr}. Don't ring the bell, baby sleeping. Call {phone}",
    ),
    (
        "vn",
        "c",
        "ship cod giup em: nguoi nhan {p1.full}, sdt {phone}, dia chi {addr}. cam on shop 😊",
    ),
    ("th", "c", "ส่งของให้ {p1.native} ที่ {addr} เบอร์ {phone} ค่ะ ขอบคุณค่ะ"),
    ("cn", "c", "收件人：{p1.native}\n电话：{phone}\n地址：{addr}\n麻烦尽快发货，谢谢！"),
    ("kr", "c", "받는 사람: {p1.native}\n연락처: {phone}\n주소: {addr}\n문 앞에 놔주세요 🙏"),
    ("jp", "c", "お届け先: {p1.native} 様\n{addr}\nTEL {phone}\nよろしくお願いします"),
    ("ru", "c", "Доставка: {p1.native}, {addr}, тел. {phone}. Позвоните за час, пожалуйста."),
    (
        "ge am",
        "c",
        "hi! can you help me write the delivery address in English for a package from my aunt {f1.kin}? she lives at {addr}, phone {phone}",
    ),
    ("tr", "c", "kargo icin: alici {p1.full}, {addr}, tel {phone}. kapida odeme olsun"),
    ("pe cl", "c", "porfa envía el paquete a nombre de {p1.full}, {addr}. cel {phone}. gracias 🙏"),
    ("pk", "c", "TCS booking: receiver {p1.full}, address {addr}, cell {phone}. COD {money}"),
    # -- clinic / health --------------------------------------------------------------
    (
        "*",
        "c",
        "Appointment reminder for {p1.full} (DOB {p1.dob}) with {p2.title} on {date} at {time}. Reply C to confirm. — Sunrise Family Clinic",
    ),
    (
        "*",
        "c",
        "my mum {f1.first} has diabetes and the clinic sent this, explain simply in {language}: 'Patient {f1.full}, DOB {f1.dob}, HbA1c 8.2%, please book follow-up with {p2.title}'",
    ),
    (
        "in_n",
        "c",
        "papa ki report: Patient {m1.full}, Age {age}, Ref. by {p2.title}. Sugar fasting 142. kya yeh normal hai? unka dob {m1.dob:old} hai",
    ),
    (
        "ng",
        "c",
        "Doctor say make we bring {p1.first}'s result come {place} on {day}. Abeg {p2.kin} call me for {phone} make we plan",
    ),
    # -- free code-switched messages per region ----------------------------------------
    (
        "ng",
        "c",
        "{p1.nick} abeg tell {p2.kin} say i no fit come {day}, my oga dey stress me. i go send the money for the owambe through {p3.first}. my new line {phone}",
    ),
    (
        "gh",
        "c",
        "Chale {p1.first}, remind {p2.kin} that the outdooring for {p3.first}'s baby is on {day}. Venue: {addr}. Bring your own chair oo 😂",
    ),
    (
        "za",
        "c",
        "Eish {p1.nick}, the stokvel meeting moved to {p2.kin}'s place, {addr}. Bring the book. {p3.first} still owes {money} 😤",
    ),
    (
        "et",
        "c",
        "{p1.kin} selam, the mahber this month is at {p2.full}'s house ({addr}). Bring injera for 10 people 🙏",
    ),
    (
        "so",
        "c",
        "Walaalayaal, aroos {p1.first} iyo {p2.first} waa {day} 🎉 hall-ka waa {addr}. Wixii su'aal ah la xiriir {p3.kin} {p3.phone}",
    ),
    (
        "bd",
        "c",
        "{p1.kin} kal {p2.first} er gaye holud, {addr} e. dress code holud 💛. bkash {p3.phone} e gift er taka pathao",
    ),
    (
        "lk",
        "c",
        "{p1.nick} machan, {p2.first} ge homecoming eka {date} {place} ekedi. invite eka {p3.first} ta forward karanna",
    ),
    (
        "np",
        "c",
        "{p1.kin} namaste 🙏 {p2.first} ko bratabandha {date} ma cha, {addr}. sabai jana aaunu hola",
    ),
    (
        "af",
        "c",
        "salam {p1.kin}, {p2.first} jan arrived in Kabul safely. his new number is {phone}. dua kunen 🤲",
    ),
    (
        "ir",
        "c",
        "{p1.kin} salam, {p2.first} goft ke {day} mehmooni dareh khuneye {p3.first}, address: {addr}. biya 🌸",
    ),
    ("kurd", "c", "kak {m1.first} slaw, {p2.first} la {city} garawa. zhmaray nwey: {phone}"),
    (
        "uz",
        "c",
        "assalomu alaykum {p1.kin}! {p2.first}ning to'yi {date} kuni, manzil: {addr}. Albatta keling!",
    ),
    (
        "kz",
        "c",
        "{p1.first}, сәлем! {p2.first} тойы {date}, мекенжай: {addr}. Kaspi: {p3.phone} ({p3.first})",
    ),
    (
        "ge",
        "c",
        "gamarjoba {p1.kin}! {p2.first}s dabadebis dghe aris {day}, supra {addr}-ze 🍷 damireke {phone}",
    ),
    ("am", "c", "{p1.first} jan barev, {p2.first}i harsaniqy {date}-in e, {place}. zangi {phone}"),
    (
        "rom",
        "c",
        "sar san {p1.nick}? {p2.first} has the paperwork for {p3.kin}'s caravan pitch. send it to {email}, or call {phone}",
    ),
    (
        "pe",
        "c",
        "{p1.kin}, la fiesta patronal es el {date} en {city}. Mi primo {m2.first} lleva los cuyes. Yapéame al {phone} la cuota 🙏",
    ),
    (
        "cl",
        "c",
        "{p1.kin}, el trawün es el {day} en la ruka de {p2.full}, {addr}. Lleven muday y sopaipillas",
    ),
    (
        "carib",
        "c",
        "{p1.kin}, di nine night fi {p2.full} a go keep a {addr} {day}. Call {p3.nick} pon {p3.phone} if yuh need a ride",
    ),
    (
        "pac",
        "c",
        "Kia ora whānau, {p1.first}'s 21st is at {addr} on {day}. Koha to {p2.full}, ph {p2.phone}. Bring a plate 🍗",
    ),
    (
        "mx",
        "c",
        "{p1.kin} ya tengo los datos para el bautizo de {p2.first}: nació el {p2.dob:new}, padrinos {p3.full} y {p4.full}. la misa es en la parroquia de {saint}",
    ),
    (
        "de",
        "c",
        "Hey {p1.first}, kannst du die Einladung für {p2.first}s 40. formulieren? Party bei uns, {addr}, am {date}. Zusagen an {p3.email}",
    ),
    (
        "fr",
        "c",
        "{p1.nick} stp dis à {p2.kin} que le baptême de {p3.first} c'est le {date} à {place}. Covoit : appelle {p4.first} au {p4.phone}",
    ),
    (
        "it",
        "c",
        "Ciao a tutti! Comunione di {p1.first} il {date}, pranzo da {p2.kin} in {addr}. Confermate a {p3.first} ({p3.phone}) 🙏",
    ),
    (
        "ru",
        "c",
        "Ребят, день рождения {p1.nfirst} {date}, собираемся у {p2.nfirst}: {addr}. Скидываемся по 1000 ₽ на карту {card}",
    ),
    (
        "pl",
        "c",
        "{f1.kin} pyta czy przyjedziesz na chrzciny {p2.first}. Adres: {addr}. Zadzwoń do niej: {phone}",
    ),
    (
        "my",
        "c",
        "{p1.kin}, kenduri kahwin {p2.first} {date} ni kat {addr}. Jangan lupa RSVP dengan {p3.kin} {p3.phone} 🙏",
    ),
    (
        "sg",
        "c",
        "{p1.nick} ah, {f2.kin} says the reunion dinner at her place this year, {addr}. 7pm can? {p3.first} bringing the yusheng",
    ),
    ("th", "c", "{p1.kin} ka, ngan buat {p2.first} {date} na ka. address {addr}. tel {phone} 🙏"),
    (
        "vn",
        "c",
        "{p1.kin} oi, dam cuoi {p2.first} ngay {date} o {addr} nha. ai can xe thi goi {p3.first} {p3.phone}",
    ),
    (
        "eg",
        "c",
        "ya {p1.nick}, katb el ketab bta3 {p2.first} yom {day} fe {place}. el 3enwan el mazbout: {addr}. kalemny {phone}",
    ),
    (
        "lev",
        "c",
        "{p1.kin} marhaba, 3ers {p2.first} bl {month} inshallah. send me {m3.first}'s number, his old one {m3.phone} isn't working",
    ),
    (
        "gulf",
        "c",
        "Hi {p1.first}, villa handover tomorrow. Tenant: {p2.full}, passport {passport}. Contact {p2.phone}. Keys with the watchman.",
    ),
    (
        "in_s",
        "c",
        "{p1.kin}, {p2.first}'s seemantham function is on {date} at {addr}. amma wants everyone in silk saree 😅 call {p3.phone} for directions",
    ),
    (
        "ph",
        "c",
        "{p1.kin} pakisabi kay {p2.kin} na yung balikbayan box ni {p3.first} darating na sa {day}. address: {addr}. tawag kayo sa {phone} pag andyan na",
    ),
    (
        "kr",
        "c",
        "{p1.nfirst}아, {p2.nfirst} 생일 파티 {date}에 우리 집에서 해. 주소 {addr}. 모르면 {phone}로 전화해",
    ),
    ("cn", "c", "{p1.kin}，{p2.nfirst}的满月酒定在{date}，地址：{addr}。有事打{phone}"),
    ("jp", "c", "{p1.nlast}さん、{p2.nlast}さんの送別会は{date}です。場所: {addr}。連絡先 {phone}"),
    (
        "uslat",
        "c",
        "{p1.kin} le dije a {p2.first} que la quinceañera de {f3.first} es el {date} en {addr}. si se pierden me marcan al {phone} 📞",
    ),
    (
        "*",
        "c",
        "{p1.first}!! 🎉🎉 you're officially an aunty 😭❤️ {f2.first} had the baby this morning at {place}. Born {p3.dob:new}, 7lbs. Don't tell {p4.nick} yet, she wants to call everyone herself",
    ),
    (
        "*",
        "c",
        "{p1.nick}, {p2.first} and {p3.first} are coming to {city} next week. can they stay at yours? their number is {phone}",
    ),
    (
        "*",
        "c",
        "reminder for myself: call {p1.kin} on {day} about the land papers. her number {p1.phone}. also ask {p2.first} for {p3.first}'s email",
    ),
]

# Texts with nothing to remove, full of near-misses.
NEG_DOCS = [
    (
        "*",
        "c",
        "can you explain the offside rule? my dad and uncle were arguing about {celeb}'s goal on {day} 😂",
    ),
    (
        "*",
        "c",
        "what does 'wahala' mean? saw it in a {celeb} video and everyone in the group chat is using it",
    ),
    (
        "*",
        "c",
        "Order {order} from {brand} still not delivered, tracking {trk}. It's been since {date}. How do I escalate?",
    ),
    (
        "*",
        "c",
        "is it bad luck to get married in {month}? my grandma says so lol. we're thinking {date}",
    ),
    (
        "*",
        "c",
        "my phone is on {ver} and whatsapp keeps crashing after the update. {brand} support is useless. any fix?",
    ),
    (
        "*",
        "c",
        "translate into {language}: 'may God's grace and blessing be upon this home, we have faith and hope for joy and peace'",
    ),
    (
        "*",
        "c",
        "Write a short prayer to {saint} for a safe journey. I'm flying {flight} on {day}. 🙏",
    ),
    (
        "*",
        "c",
        "what time is it in {city} when it's 9pm in {city2}? our family video call is on {day}",
    ),
    ("*", "c", "best route from {place} to {place2} avoiding traffic? leaving at {time}"),
    (
        "*",
        "c",
        "git log says commit {hash} broke the build, how to revert just that one? (our wifi name is literally 'your-password-here' lol)",
    ),
    (
        "*",
        "c",
        "how do i set the env var? docs say OPENAI_API_KEY=<API_KEY> and DB_PASSWORD=your-password-here. do i literally type that?",
    ),
    (
        "*",
        "c",
        "Booking ref {pnr}, flight {flight} on {date}. Can I change to a later date without a fee?",
    ),
    (
        "*",
        "c",
        "birthday party ideas for a 5 year old who is obsessed with {celeb} and dinosaurs 🦖 party is on {day}",
    ),
    (
        "*",
        "c",
        "write a caption: sunday vibes at {place} ☀️ feeling blessed, full of joy and grace #blessed #sundayfunday",
    ),
    ("*", "c", "how much is {money} in USD today? sending to family through {brand}"),
    ("*", "c", "recipe for {food} for 20 people? party on {day}, need to buy stuff at {brand} 🛒"),
    (
        "*",
        "c",
        "what is the meaning of the names Precious, Blessing, Chidi and Tunde? for a school project about naming ceremonies",
    ),
    (
        "*",
        "c",
        "my {rel} keeps sending good morning images with roses and 'Happy Monday, have a blessed week 🌹' 😂 how do I politely make it stop",
    ),
    (
        "*",
        "c",
        "Invoice INV-{year}-{num4} for {money}, due {date}. Which {brand} plan is cheaper for a family of 5?",
    ),
    (
        "*",
        "c",
        "Will it rain in {city} on {day}? we're planning an outdoor wedding, faith is all we have lol",
    ),
    (
        "*",
        "c",
        "sha256 of the installer is {hash}, is that the same one on the site? also what changed in {ver}",
    ),
    (
        "ng",
        "c",
        "abeg wetin be the meaning of 'e go better' for english? my oyinbo friend dey ask. also who sang 'Joha', na {celeb}?",
    ),
    (
        "ph",
        "c",
        "ano ibig sabihin ng 'bahala na'? para sa essay ko about filipino values. due na sa {day} 😭",
    ),
    (
        "*",
        "c",
        "explain the story of {saint} to my kids in simple words, we're visiting {place} on {day}",
    ),
    (
        "*",
        "c",
        "is '{celeb}' coming to {city} this {month}? tickets on {brand}? my whole group chat is losing it 😭",
    ),
    (
        "*",
        "c",
        "Template for our group: 'Hi [NAME], your order #{{order_id}} ships on {{date}}. Call us at <PHONE> with questions.' how do I fill it in Google Sheets?",
    ),
    (
        "*",
        "c",
        "what's the difference between will and shall? my teacher said 'I will' is wrong in formal letters. also is 'Hope Road' capitalised?",
    ),
    (
        "*",
        "c",
        "our street {street0} floods every time it rains. who do we complain to at the council? (no house numbers needed, it's the whole street)",
    ),
]
