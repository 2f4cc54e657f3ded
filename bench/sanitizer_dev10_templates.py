# ruff: noqa: E501  (templates are whole texts, one line per line of the text)
"""Hand-written data for the dev10 evaluation set (see ``sanitizer_dev10``).

Name lists (written by hand, per culture), locale formats, fillers and text templates.

Entry syntax in name lists: ``native|case2|case3...=Roman`` separated by ``;``; a surname with a
feminine form adds ``~feminine|cases...=Roman``. Case order is the culture's ``cases`` list
(after the nominative).

Template slots: ``[[P1.first]]`` persons (P random gender, F female, M male) with fields first,
last, full, rev, init, mid, nick, handle, at, atgit, login, git, email, full_nl, rfull, rfirst,
an optional ``@case`` and ``|lc``/``|up``/``|title``. Upper-case slots are labeled values
(EMAIL, PHONE, ADDR, CC, IBAN, SSN, ITIN, IP, IPV, IPSIX, MAC, BTC, ETH, CRYPTO, DOB, DL,
PASSPORT, SECRET, NAME.literal); lower-case slots are unlabeled fillers. A trailing number makes
a distinct value (PHONE2); the same slot text repeats the same value.
"""

from __future__ import annotations


def _ru_ov(m: str, roman: str) -> str:
    """Russian -ов/-ев/-ин surname with its feminine, six cases each."""
    f = m + "а"
    return (f"{m}|{m}а|{m}у|{m}а|{m}ым|{m}е={roman}"
            f"~{f}|{m}ой|{m}ой|{m}у|{m}ой|{m}ой={roman}a")  # fmt: skip


def _pl_ski(m: str) -> str:
    """Polish -ski/-cki surname with its feminine, six cases each."""
    st = m[:-1]
    return (f"{m}|{st}iego|{st}iemu|{st}iego|{st}im|{st}im"
            f"~{st}a|{st}iej|{st}iej|{st}ą|{st}ą|{st}iej")  # fmt: skip


def _cs_cons(m: str, fem: str) -> str:
    """Czech consonant-final surname (Novák) and its -ová feminine."""
    fs = fem[:-1]
    return (f"{m}|{m}a|{m}ovi|{m}a|{m}em|{m}ovi"
            f"~{fem}|{fs}é|{fs}é|{fs}ou|{fs}ou|{fs}é")  # fmt: skip


def _cs_a(m: str) -> str:
    """Czech -a surname (Svoboda) and its -ová feminine."""
    st = m[:-1]
    return (f"{m}|{st}y|{st}ovi|{st}u|{st}ou|{st}ovi"
            f"~{st}ová|{st}ové|{st}ové|{st}ovou|{st}ovou|{st}ové")  # fmt: skip


SLAVIC_CASES = ["gen", "dat", "acc", "ins", "loc"]

CULTURES: dict[str, dict] = {
    "en": {
        "m": "James; William; Bill; Will; Robert; Bob; Hunter; Mark; Chase; Drew; Cliff; Dale; "
        "Glen; Miles; Wade; Ray; Frank; Tyler; Brandon; Dwayne; Cody; Austin; Jackson; "
        "Mason; Cole; Lincoln; Christopher; Anthony; Jim; Rich",
        "f": "Hope; Rose; Grace; Summer; Jade; Faith; Joy; Dawn; Iris; Ivy; Autumn; April; June; "
        "Holly; Heather; Amber; Ruby; Crystal; Penny; Paige; Madison; Brooklyn; Charlotte; "
        "Savannah; Sydney; Elizabeth; Katherine; Margaret; Jennifer; Patricia; Susan; Sue; "
        "Mary-Kate; Tiffany",
        "last": "Smith; Johnson; Baker; Cook; Brown; Green; White; Young; King; Hill; Wood; Stone; "
        "Bell; Fox; Little; Long; Rivers; Banks; Price; Moody; Sharp; Strong; Armstrong; "
        "Walker; Carpenter; Mason; Hunter; Church; Moss; Castellano-Reed; Washington; "
        "Hernandez; Nguyen; Kowalczyk; McAllister; Day",
        "nicks": {
            "William": "Will",
            "Robert": "Bobby",
            "Elizabeth": "Liz",
            "Katherine": "Katie",
            "Margaret": "Peggy",
            "James": "Jimmy",
            "Christopher": "Chris",
            "Jennifer": "Jen",
            "Patricia": "Trish",
            "Susan": "Susie",
            "Anthony": "Tony",
        },
    },
    "gb": {
        "m": "Oliver; Harry; Alfie; Callum; Nigel; Rhys; Gareth; Alistair; Rupert; Dev",
        "f": "Bethany; Imogen; Poppy; Harriet; Gemma; Kirsty; Lowri; Fern; Hollie; Jess",
        "last": "Thompson; Davies; Evans; Hughes; Wright; Patel; Ashworth; Pemberton-Hughes; "
        "Fairweather; Cartwright; Llewellyn; Okoro-Bell; Sutcliffe",
        "nicks": {"Harriet": "Hattie", "Alistair": "Ali", "Oliver": "Olly", "Bethany": "Beth"},
    },
    "ie": {
        "m": "Seán=Sean; Ciarán=Ciaran; Oisín=Oisin; Declan; Pádraig=Padraig; Cathal; Tadhg",
        "f": "Siobhán=Siobhan; Aoife; Niamh; Saoirse; Caoimhe; Róisín=Roisin; Gráinne=Grainne",
        "last": "O'Brien; Ó Súilleabháin=O'Sullivan; McCarthy; Fitzgerald; Byrne; Kavanagh; "
        "Mac Giolla Phádraig=Kilpatrick; Ní Bhriain=Ni Bhriain; O'Donoghue; Whelan",
    },
    "es": {
        "m": "Javier; Alejandro; Diego; José Luis; Santiago; Pablo; Francisco; José; Íñigo",
        "f": "María José; Lucía; Carmen; Ximena; Pilar; Inmaculada; Dolores; Guadalupe; Nerea",
        "last": "García López; Fernández; Martínez de la Fuente; Rodríguez; Sánchez-Vidal; "
        "de la Cruz; Herrera; Castillo; Ruiz Zafón; Del Río; Ochoa",
        "nicks": {
            "José": "Pepe",
            "Francisco": "Paco",
            "Dolores": "Lola",
            "Inmaculada": "Inma",
            "Guadalupe": "Lupe",
            "Alejandro": "Álex",
            "Santiago": "Santi",
        },
    },
    "pt": {
        "m": "João Pedro; Thiago; Rafael; Gustavo; Luiz Fernando; Caio; Guilherme; Rui",
        "f": "Ana Beatriz; Juliana; Fernanda; Letícia; Gabriela; Mariana; Inês; Conceição",
        "last": "Silva; dos Santos; Oliveira; Souza; Pereira; da Costa; Carvalho; Ferreira; "
        "Almeida; Nogueira Lima",
        "nicks": {"Guilherme": "Gui", "Fernanda": "Nanda", "Gabriela": "Gabi", "Rafael": "Rafa"},
    },
    "fr": {
        "m": "Jean-Luc; Mathieu; Olivier; Théo; Guillaume; Rémi; Pierre-Antoine; Loïc",
        "f": "Camille; Amélie; Océane; Margaux; Élodie; Anne-Sophie; Clémence; Maëlle",
        "last": "Dubois; Lefèvre; Moreau; Girard; Fontaine; de La Tour; Chevalier; Bonnet; "
        "Mercier; Lambert; Le Goff",
    },
    "de": {
        "m": "Jürgen; Lukas; Tobias; Matthias; Florian; Uwe; Klaus; Hans-Peter; Jens",
        "f": "Anke; Sabine; Lena; Franziska; Katrin; Annegret; Marie-Luise; Jana; Birgit",
        "last": "Müller; Schmidt; Schneider; Fischer; Weber; Becker; Hoffmann; von Bülow; "
        "Schulze-Wendt; Krüger; Zimmermann",
        "nicks": {"Franziska": "Franzi", "Matthias": "Matze", "Tobias": "Tobi", "Florian": "Flo"},
    },
    "nl": {
        "m": "Jeroen; Sander; Bram; Pieter; Joost; Thijs; Maarten",
        "f": "Marieke; Anouk; Sanne; Femke; Lotte; Ilse; Fleur",
        "last": "de Vries; van der Berg; Jansen; van Dijk; Bakker; Visser; de Jong; "
        "van den Heuvel; Smit; Mulder",
    },
    "it": {
        "m": "Giuseppe; Luca; Matteo; Alessandro; Francesco; Gianluca; Salvatore",
        "f": "Giulia; Chiara; Francesca; Alessia; Martina; Federica; Rosaria",
        "last": "Rossi; Bianchi; Esposito; Romano; Colombo; Ricci; De Luca; Lo Russo; "
        "Di Stefano; Gallo",
        "nicks": {"Giuseppe": "Peppe", "Francesco": "Checco", "Salvatore": "Totò"},
    },
    "sv": {
        "m": "Erik; Lars; Johan; Anders; Björn; Oskar; Sven-Göran",
        "f": "Ingrid; Astrid; Linnea; Maja; Sofie; Elin; Karin",
        "last": "Andersson; Johansson; Lindqvist; Bergström; Nyström; Åkesson; Holm",
    },
    "pl": {
        "cases": SLAVIC_CASES,
        "m": "Marek|Marka|Markowi|Marka|Markiem|Marku; "
        "Tomasz|Tomasza|Tomaszowi|Tomasza|Tomaszem|Tomaszu; "
        "Piotr|Piotra|Piotrowi|Piotra|Piotrem|Piotrze; "
        "Krzysztof|Krzysztofa|Krzysztofowi|Krzysztofa|Krzysztofem|Krzysztofie; "
        "Paweł|Pawła|Pawłowi|Pawła|Pawłem|Pawle; "
        "Kuba|Kuby|Kubie|Kubę|Kubą|Kubie; "
        "Tomek|Tomka|Tomkowi|Tomka|Tomkiem|Tomku; "
        "Grzegorz|Grzegorza|Grzegorzowi|Grzegorza|Grzegorzem|Grzegorzu; "
        "Wojtek|Wojtka|Wojtkowi|Wojtka|Wojtkiem|Wojtku",
        "f": "Katarzyna|Katarzyny|Katarzynie|Katarzynę|Katarzyną|Katarzynie; "
        "Kasia|Kasi|Kasi|Kasię|Kasią|Kasi; "
        "Agnieszka|Agnieszki|Agnieszce|Agnieszkę|Agnieszką|Agnieszce; "
        "Małgorzata|Małgorzaty|Małgorzacie|Małgorzatę|Małgorzatą|Małgorzacie; "
        "Ania|Ani|Ani|Anię|Anią|Ani; "
        "Magda|Magdy|Magdzie|Magdę|Magdą|Magdzie; "
        "Joanna|Joanny|Joannie|Joannę|Joanną|Joannie; "
        "Zosia|Zosi|Zosi|Zosię|Zosią|Zosi; "
        "Ewa|Ewy|Ewie|Ewę|Ewą|Ewie",
        "last": "; ".join(
            [
                _pl_ski("Kowalski"),
                _pl_ski("Wiśniewski"),
                _pl_ski("Zieliński"),
                _pl_ski("Kamiński"),
                _pl_ski("Dąbrowski"),
                _pl_ski("Jasiński"),
                "Nowak|Nowaka|Nowakowi|Nowaka|Nowakiem|Nowaku~Nowak|Nowak|Nowak|Nowak|Nowak|Nowak",
                "Wójcik|Wójcika|Wójcikowi|Wójcika|Wójcikiem|Wójciku~Wójcik|Wójcik|Wójcik|Wójcik|Wójcik|Wójcik",
            ]
        ),
    },
    "cs": {
        "cases": SLAVIC_CASES,
        "m": "Petr|Petra|Petrovi|Petra|Petrem|Petrovi; Jan|Jana|Janovi|Jana|Janem|Janovi; "
        "Tomáš|Tomáše|Tomášovi|Tomáše|Tomášem|Tomášovi; Jiří|Jiřího|Jiřímu|Jiřího|Jiřím|Jiřím; "
        "Lukáš|Lukáše|Lukášovi|Lukáše|Lukášem|Lukášovi; "
        "Ondřej|Ondřeje|Ondřejovi|Ondřeje|Ondřejem|Ondřejovi",
        "f": "Jana|Jany|Janě|Janu|Janou|Janě; Lucie|Lucie|Lucii|Lucii|Lucií|Lucii; "
        "Tereza|Terezy|Tereze|Terezu|Terezou|Tereze; Petra|Petry|Petře|Petru|Petrou|Petře; "
        "Kateřina|Kateřiny|Kateřině|Kateřinu|Kateřinou|Kateřině; "
        "Markéta|Markéty|Markétě|Markétu|Markétou|Markétě",
        "last": "; ".join(
            [
                _cs_cons("Novák", "Nováková"),
                _cs_cons("Dvořák", "Dvořáková"),
                _cs_a("Svoboda"),
                _cs_a("Procházka"),
                _cs_a("Kučera"),
                _cs_cons("Veselý", "Veselá"),
            ]
        ).replace(
            "Veselýa|Veselýovi|Veselýa|Veselýem|Veselýovi",
            "Veselého|Veselému|Veselého|Veselým|Veselém",
        ),
    },
    "ru": {
        "cases": SLAVIC_CASES,
        "m": "Иван|Ивана|Ивану|Ивана|Иваном|Иване=Ivan; "
        "Дмитрий|Дмитрия|Дмитрию|Дмитрия|Дмитрием|Дмитрии=Dmitry; "
        "Алексей|Алексея|Алексею|Алексея|Алексеем|Алексее=Alexey; "
        "Сергей|Сергея|Сергею|Сергея|Сергеем|Сергее=Sergey; "
        "Олег|Олега|Олегу|Олега|Олегом|Олеге=Oleg; Миша|Миши|Мише|Мишу|Мишей|Мише=Misha",
        "f": "Наталья|Натальи|Наталье|Наталью|Натальей|Наталье=Natalya; "
        "Ольга|Ольги|Ольге|Ольгу|Ольгой|Ольге=Olga; "
        "Екатерина|Екатерины|Екатерине|Екатерину|Екатериной|Екатерине=Ekaterina; "
        "Маша|Маши|Маше|Машу|Машей|Маше=Masha; Анна|Анны|Анне|Анну|Анной|Анне=Anna; "
        "Светлана|Светланы|Светлане|Светлану|Светланой|Светлане=Svetlana",
        "last": "; ".join(
            [
                _ru_ov("Иванов", "Ivanov"),
                _ru_ov("Смирнов", "Smirnov"),
                _ru_ov("Кузнецов", "Kuznetsov"),
                _ru_ov("Соколов", "Sokolov"),
                _ru_ov("Волков", "Volkov"),
                _ru_ov("Лебедев", "Lebedev"),
            ]
        ),
        "nicks": {
            "Екатерина": "Катя",
            "Наталья": "Наташа",
            "Дмитрий": "Дима",
            "Алексей": "Лёша",
            "Светлана": "Света",
        },
    },
    "uk": {
        "cases": SLAVIC_CASES,
        "m": "Олександр|Олександра|Олександрові|Олександра|Олександром|Олександрові=Oleksandr; "
        "Андрій|Андрія|Андрієві|Андрія|Андрієм|Андрієві=Andriy; "
        "Тарас|Тараса|Тарасові|Тараса|Тарасом|Тарасові=Taras; "
        "Богдан|Богдана|Богданові|Богдана|Богданом|Богданові=Bohdan",
        "f": "Оксана|Оксани|Оксані|Оксану|Оксаною|Оксані=Oksana; "
        "Ірина|Ірини|Ірині|Ірину|Іриною|Ірині=Iryna; Олена|Олени|Олені|Олену|Оленою|Олені=Olena; "
        "Соломія|Соломії|Соломії|Соломію|Соломією|Соломії=Solomiia",
        "last": "Шевченко|Шевченка|Шевченкові|Шевченка|Шевченком|Шевченкові=Shevchenko~Шевченко=Shevchenko; "
        "Коваленко|Коваленка|Коваленкові|Коваленка|Коваленком|Коваленкові=Kovalenko~Коваленко=Kovalenko; "
        "Мельник|Мельника|Мельникові|Мельника|Мельником|Мельникові=Melnyk~Мельник=Melnyk; "
        "Ткачук|Ткачука|Ткачукові|Ткачука|Ткачуком|Ткачукові=Tkachuk~Ткачук=Tkachuk; "
        "Бондаренко|Бондаренка|Бондаренкові|Бондаренка|Бондаренком|Бондаренкові=Bondarenko~Бондаренко=Bondarenko",
    },
    "fi": {
        "cases": ["gen", "all", "abl", "ade", "par"],
        "m": "Mikko|Mikon|Mikolle|Mikolta|Mikolla|Mikkoa; Juha|Juhan|Juhalle|Juhalta|Juhalla|Juhaa; "
        "Antti|Antin|Antille|Antilta|Antilla|Anttia; Ville|Villen|Villelle|Villeltä|Villellä|Villeä; "
        "Jukka|Jukan|Jukalle|Jukalta|Jukalla|Jukkaa",
        "f": "Aino|Ainon|Ainolle|Ainolta|Ainolla|Ainoa; Satu|Sadun|Sadulle|Sadulta|Sadulla|Satua; "
        "Liisa|Liisan|Liisalle|Liisalta|Liisalla|Liisaa; Hanna|Hannan|Hannalle|Hannalta|Hannalla|Hannaa; "
        "Tiina|Tiinan|Tiinalle|Tiinalta|Tiinalla|Tiinaa",
        "last": "Virtanen|Virtasen|Virtaselle|Virtaselta|Virtasella|Virtasta; "
        "Korhonen|Korhosen|Korhoselle|Korhoselta|Korhosella|Korhosta; "
        "Mäkinen|Mäkisen|Mäkiselle|Mäkiseltä|Mäkisellä|Mäkistä; "
        "Nieminen|Niemisen|Niemiselle|Niemiseltä|Niemisellä|Niemistä; "
        "Laine|Laineen|Laineelle|Laineelta|Laineella|Lainetta; "
        "Heikkilä|Heikkilän|Heikkilälle|Heikkilältä|Heikkilällä|Heikkilää",
    },
    "hu": {
        "order": "lf",
        "cases": ["dat", "ins", "acc", "all"],
        "m": "Péter|Péternek|Péterrel|Pétert|Péterhez; László|Lászlónak|Lászlóval|Lászlót|Lászlóhoz; "
        "Gábor|Gábornak|Gáborral|Gábort|Gáborhoz; Zoltán|Zoltánnak|Zoltánnal|Zoltánt|Zoltánhoz; "
        "Bence|Bencének|Bencével|Bencét|Bencéhez",
        "f": "Eszter|Eszternek|Eszterrel|Esztert|Eszterhez; Réka|Rékának|Rékával|Rékát|Rékához; "
        "Zsófi|Zsófinak|Zsófival|Zsófit|Zsófihoz; Katalin|Katalinnak|Katalinnal|Katalint|Katalinhoz; "
        "Anna|Annának|Annával|Annát|Annához",
        "last": "Nagy; Kovács; Tóth; Szabó; Horváth; Varga; Kiss; Molnár; Szűcs",
    },
    "tr": {
        "m": "Mehmet; Emre; Burak; Can; Oğuz; Gökhan; Hakan; Serkan",
        "f": "Ayşe; Elif; Zeynep; Büşra; Selin; Deniz; Gülşen; Ece",
        "last": "Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Aydın; Öztürk; Arslan; Doğan",
    },
    "el": {
        "cases": ["gen", "acc"],
        "m": "Γιώργος|Γιώργου|Γιώργο=Giorgos; Νίκος|Νίκου|Νίκο=Nikos; "
        "Δημήτρης|Δημήτρη|Δημήτρη=Dimitris; Κώστας|Κώστα|Κώστα=Kostas; "
        "Παναγιώτης|Παναγιώτη|Παναγιώτη=Panagiotis",
        "f": "Μαρία|Μαρίας|Μαρία=Maria; Ελένη|Ελένης|Ελένη=Eleni; Κατερίνα|Κατερίνας|Κατερίνα=Katerina; "
        "Σοφία|Σοφίας|Σοφία=Sofia; Δέσποινα|Δέσποινας|Δέσποινα=Despoina",
        "last": "Παπαδόπουλος|Παπαδόπουλου|Παπαδόπουλο=Papadopoulos~Παπαδοπούλου=Papadopoulou; "
        "Γεωργίου=Georgiou; Νικολάου=Nikolaou; Οικονόμου=Oikonomou; "
        "Καραγιάννης|Καραγιάννη|Καραγιάννη=Karagiannis~Καραγιάννη=Karagianni; "
        "Βλάχος|Βλάχου|Βλάχο=Vlachos~Βλάχου=Vlachou",
    },
    "ka": {
        "m": "გიორგი=Giorgi; დავით=Davit; ლევან=Levan; ნიკა=Nika; ირაკლი=Irakli",
        "f": "ნინო=Nino; თამარ=Tamar; მარიამ=Mariam; ეკა=Eka; ნათია=Natia",
        "last": "ბერიძე=Beridze; კაპანაძე=Kapanadze; გელაშვილი=Gelashvili; მაისურაძე=Maisuradze; "
        "ლომიძე=Lomidze; ჯავახიშვილი=Javakhishvili",
    },
    "hy": {
        "m": "Արամ=Aram; Տիգրան=Tigran; Արմեն=Armen; Դավիթ=Davit; Գոռ=Gor",
        "f": "Անի=Ani; Նարե=Nare; Լուսինե=Lusine; Մարիամ=Mariam; Սոնա=Sona",
        "last": "Սարգսյան=Sargsyan; Հովհաննիսյան=Hovhannisyan; Պետրոսյան=Petrosyan; "
        "Գրիգորյան=Grigoryan; Խաչատրյան=Khachatryan",
    },
    "ar": {
        "m": "محمد=Mohammed; أحمد=Ahmed; خالد=Khaled; عمر=Omar; يوسف=Youssef; فيصل=Faisal; طارق=Tariq",
        "f": "فاطمة=Fatima; نور=Nour; ليلى=Layla; مريم=Maryam; سارة=Sara; هند=Hind; ريم=Reem",
        "last": "العتيبي=al-Otaibi; الحسيني=Al-Husseini; بن سعيد=bin Saeed; الشمري=Al-Shammari; "
        "حداد=Haddad; المصري=El-Masry; عبد الله=Abdullah; بن علي=Ben Ali",
    },
    "he": {
        "m": "יוסי=Yossi; אבי=Avi; נועם=Noam; איתי=Itai; דניאל=Daniel",
        "f": "נועה=Noa; מיכל=Michal; שירה=Shira; תמר=Tamar; יעל=Yael",
        "last": "כהן=Cohen; לוי=Levi; מזרחי=Mizrahi; פרץ=Peretz; ביטון=Biton; אברהם=Avraham; "
        "פרידמן=Friedman",
    },
    "fa": {
        "m": "علی=Ali; رضا=Reza; امیر=Amir; مهدی=Mehdi; کاوه=Kaveh",
        "f": "زهرا=Zahra; مریم=Maryam; نگار=Negar; شیرین=Shirin; پریسا=Parisa",
        "last": "محمدی=Mohammadi; حسینی=Hosseini; رضایی=Rezaei; کریمی=Karimi; احمدی=Ahmadi; "
        "تهرانی=Tehrani",
    },
    "hi": {
        "m": "राहुल=Rahul; अमित=Amit; विकास=Vikas; अर्जुन=Arjun; संजय=Sanjay",
        "f": "प्रिया=Priya; अंजलि=Anjali; पूजा=Pooja; नेहा=Neha; सुनीता=Sunita; कविता=Kavita",
        "last": "शर्मा=Sharma; वर्मा=Verma; गुप्ता=Gupta; सिंह=Singh; मिश्रा=Mishra; अग्रवाल=Agarwal; "
        "यादव=Yadav",
    },
    "bn": {
        "m": "সৌরভ=Sourav; তানভীর=Tanvir; রফিক=Rafiq; অর্ণব=Arnab; অনিক=Anik",
        "f": "সুমাইয়া=Sumaiya; তানিয়া=Tania; রুমানা=Rumana; মৌমিতা=Moumita; নুসরাত=Nusrat",
        "last": "চৌধুরী=Chowdhury; হোসেন=Hossain; রহমান=Rahman; বন্দ্যোপাধ্যায়=Banerjee; দাস=Das; "
        "ইসলাম=Islam",
    },
    "ta": {
        "m": "கார்த்திக்=Karthik; சுரேஷ்=Suresh; அருண்=Arun; விஜய்=Vijay; செந்தில்=Senthil",
        "f": "லட்சுமி=Lakshmi; பிரியா=Priya; மீனா=Meena; கவிதா=Kavitha; தேவி=Devi",
        "last": "முருகன்=Murugan; சுப்பிரமணியன்=Subramanian; ராஜேந்திரன்=Rajendran; "
        "கிருஷ்ணன்=Krishnan; வேலு=Velu",
    },
    "zh": {
        "order": "lf",
        "sep": [""],
        "m": "伟=Wei; 强=Qiang; 磊=Lei; 浩然=Haoran; 建国=Jianguo; 俊杰=Junjie",
        "f": "芳=Fang; 秀英=Xiuying; 静=Jing; 婷婷=Tingting; 子涵=Zihan; 雪=Xue",
        "last": "王=Wang; 李=Li; 张=Zhang; 刘=Liu; 陈=Chen; 杨=Yang; 黄=Huang; 赵=Zhao; 周=Zhou; "
        "欧阳=Ouyang",
    },
    "ja": {
        "order": "lf",
        "sep": ["", " ", "\u3000"],
        "m": "健=Ken; 大輔=Daisuke; 翔太=Shota; 拓也=Takuya; 健一=Kenichi; 悠斗=Yuto",
        "f": "陽子=Yoko; 美咲=Misaki; さくら=Sakura; 由美=Yumi; 愛=Ai; 結衣=Yui",
        "last": "佐藤=Sato; 鈴木=Suzuki; 高橋=Takahashi; 田中=Tanaka; 渡辺=Watanabe; 伊藤=Ito; "
        "山本=Yamamoto; 中村=Nakamura",
    },
    "ko": {
        "order": "lf",
        "sep": [""],
        "m": "민준=Min-jun; 서준=Seo-jun; 지훈=Ji-hoon; 현우=Hyun-woo; 도윤=Do-yoon",
        "f": "서연=Seo-yeon; 지민=Ji-min; 수빈=Su-bin; 하은=Ha-eun; 예은=Ye-eun",
        "last": "김=Kim; 이=Lee; 박=Park; 최=Choi; 정=Jung; 강=Kang; 윤=Yoon; 남궁=Namgung",
    },
    "vi": {
        "order": "lf",
        "m": "Minh; Tuấn=Tuan; Hùng=Hung; Đức=Duc; Quang Huy; Văn Nam=Van Nam",
        "f": "Thị Mai=Thi Mai; Lan; Hương=Huong; Thu Trang; Ngọc Anh=Ngoc Anh; Thị Hoa=Thi Hoa",
        "last": "Nguyễn=Nguyen; Trần=Tran; Lê=Le; Phạm=Pham; Hoàng=Hoang; Võ=Vo; Đặng=Dang",
        "nicks": {
            "Thị Mai": "Mai",
            "Thị Hoa": "Hoa",
            "Văn Nam": "Nam",
            "Quang Huy": "Huy",
            "Thu Trang": "Trang",
            "Ngọc Anh": "Anh",
        },
    },
    "th": {
        "m": "สมชาย=Somchai; ธนากร=Thanakorn; วีระ=Weera; ณัฐพล=Nattapon",
        "f": "สุนีย์=Sunee; พิมพ์ชนก=Pimchanok; กาญจนา=Kanjana; พลอย=Ploy",
        "last": "ใจดี=Jaidee; ศรีสุข=Srisuk; วงศ์สวัสดิ์=Wongsawat; แก้วมณี=Kaewmanee; บุญมา=Boonma",
    },
    "id": {
        "m": "Budi; Agus; Rizky; Dimas; Eko",
        "f": "Siti; Dewi; Putri; Ayu; Rina",
        "last": "Santoso; Wijaya; Hidayat; Saputra; Kusuma; Nugroho; Pratama",
    },
    "tl": {
        "m": "Jose; Mark Anthony; Jericho; Paolo; Rodel",
        "f": "Ma. Cristina; Rowena; Jhoanna; Princess; Lovely; Angelica",
        "last": "dela Cruz; Santos; Reyes; Bautista; Macaraeg; Villanueva; de los Santos",
        "nicks": {
            "Jose": "Jun-jun",
            "Rodel": "Dodong",
            "Ma. Cristina": "Tina",
            "Angelica": "Gelay",
        },
    },
    "sw": {
        "m": "Juma; Baraka; Kamau; Omondi; Mwita; Kiprop",
        "f": "Amani; Neema; Wanjiru; Achieng; Zawadi; Imani",
        "last": "Mwangi; Otieno; Njoroge; Wambui; Odhiambo; Mutua; Chebet",
    },
    "yo": {
        "m": "Oluwaseun; Adebayo; Tunde; Femi; Olumide; Kunle; Babátúndé=Babatunde",
        "f": "Funmilayo; Yetunde; Folake; Temitope; Bisi; Adéṣọlá=Adesola",
        "last": "Adeyemi; Oyelaran; Ogunleye; Balogun; Adebisi; Ọláwálé=Olawale; Akinola",
    },
    "ig": {
        "m": "Chinedu; Emeka; Obinna; Ikenna; Chukwuemeka",
        "f": "Ngozi; Chiamaka; Adaeze; Nneka; Ifeoma",
        "last": "Okafor; Eze; Nwosu; Obi; Chukwu; Nwachukwu; Okoye",
    },
}

#: Cultures of the people an English text may mention.
WORLD = [k for k in CULTURES if k != "en"]

# ---------------------------------------------------------------------------------------------
# Locales: phones ('#' digit, 'N' 2-9), addresses ('#' digit, '^' letter), dates
# ---------------------------------------------------------------------------------------------

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
_EU_DOB = ["{dd}/{mm}/{Y}", "{d} {Mon} {Y}", "{th} {Mon} {Y}", "{Y}-{mm}-{dd}", "{dd}.{mm}.{Y}"]

LOCALES: dict[str, dict] = {
    "us": {
        "phone": [
            "(N##) N##-####",
            "N##-N##-####",
            "+1 N##-N##-####",
            "N##.N##.####",
            "+1 (N##) N##-####",
        ],
        "addr": [
            "{no} {st}, {city} #####",
            "{no} {st} Apt {apt}, {city} #####",
            "{no} {st}, Unit {apt}, {city} #####-####",
        ],
        "st": [
            "Maple Ridge Dr",
            "Oak St",
            "Linden Ave",
            "W 43rd St",
            "Cedar Ln",
            "Harrison Blvd",
            "Pinecrest Rd",
            "N Elm St",
            "Riverside Dr",
            "Sunset Ave",
            "Lakeview Ct",
            "Mill Creek Pkwy",
            "Grace St",
            "Hunter Rd",
        ],
        "city": [
            "Columbus, OH",
            "Tacoma, WA",
            "Austin, TX",
            "Raleigh, NC",
            "Boise, ID",
            "Dayton, OH",
            "Madison, WI",
            "Eugene, OR",
            "Tucson, AZ",
            "Albany, NY",
            "Savannah, GA",
            "Provo, UT",
        ],
        "city_plain": [
            "Columbus",
            "Tacoma",
            "Austin",
            "Raleigh",
            "Boise",
            "Madison",
            "Eugene",
            "Savannah",
            "Charlotte",
            "Jackson",
            "Lincoln",
        ],
        "dob": [
            "{mm}/{dd}/{Y}",
            "{m}/{d}/{Y}",
            "{Mon} {d}, {Y}",
            "{Y}-{mm}-{dd}",
            "{m}/{d}/{yy}",
            "{Mo} {d} {Y}",
        ],
        "iban": None,
    },
    "gb": {
        "phone": [
            "+44 7### ######",
            "07### ######",
            "020 7### ####",
            "+44 (0)161 ### ####",
            "0113 ### ####",
        ],
        "addr": ["{no} {st}, {city} ^^# #^^", "Flat {apt}, {no} {st}, {city} ^^## #^^"],
        "st": [
            "Victoria Road",
            "Church Lane",
            "Kingsway",
            "Hope Street",
            "Station Road",
            "Albert Terrace",
            "Mill Lane",
            "Rose Hill",
        ],
        "city": ["Leeds", "Bristol", "Sheffield", "Norwich", "Cardiff", "Glasgow", "Preston"],
        "dob": _EU_DOB,
        "iban": "GB",
    },
    "ie": {
        "phone": ["+353 8# ### ####", "08# ### ####", "(01) ### ####"],
        "addr": ["{no} {st}, {city}, D0# ^#^#", "Apt {apt}, {no} {st}, {city} ^##"],
        "st": ["Dame Street", "Leeson Park", "Harbour View", "Main Street", "Griffith Avenue"],
        "city": ["Dublin", "Cork", "Galway", "Limerick", "Dún Laoghaire"],
        "dob": _EU_DOB,
        "iban": "IE",
    },
    "ca": {
        "phone": ["(N##) N##-####", "+1 N##-N##-####"],
        "addr": ["{no} {st}, {city}, ON ^#^ #^#", "{apt}-{no} {st}, {city}, BC ^#^ #^#"],
        "st": ["Bloor St W", "Queen St E", "Rue Sainte-Catherine", "Kingsway", "Dundas St"],
        "city": ["Toronto", "Ottawa", "Vancouver", "Hamilton", "Victoria"],
        "dob": ["{Y}-{mm}-{dd}", "{Mon} {d}, {Y}", "{dd}/{mm}/{Y}"],
        "iban": None,
    },
    "au": {
        "phone": ["+61 4## ### ###", "04## ### ###", "(02) #### ####"],
        "addr": ["Unit {apt}, {no} {st}, {city} NSW 2###", "{no} {st}, {city} VIC 3###"],
        "st": ["Parramatta Rd", "George St", "Sydney Rd", "Beach Rd", "Chapel St"],
        "city": ["Newtown", "Brunswick", "Glebe", "Fitzroy", "Adelaide"],
        "dob": _EU_DOB,
        "iban": None,
    },
    "in": {
        "phone": ["+91 9#### #####", "98### #####", "+91-7#########"],
        "addr": ["Flat {apt}, {no} {st}, {city} 5600##", "H.No. {no}, {st}, {city} - 1100##"],
        "st": [
            "14th Cross Road, Indiranagar",
            "MG Road",
            "Sector 21",
            "Lajpat Nagar II",
            "Anna Salai",
        ],
        "city": ["Bengaluru", "New Delhi", "Pune", "Hyderabad", "Chennai"],
        "dob": _EU_DOB,
        "iban": None,
    },
    "de": {
        "phone": [
            "+49 30 ########",
            "0151 ########",
            "+49 (0)89 #######",
            "0176 ### ####",
            "+49 40 ### ###-##",
        ],
        "addr": ["{st} {no}, #####  {city}", "{st} {no}, ##### {city}", "{st} {no}a, ##### {city}"],
        "st": [
            "Hauptstraße",
            "Lindenallee",
            "Bahnhofstr.",
            "Goethestraße",
            "Am Mühlbach",
            "Schillerplatz",
            "Kastanienweg",
        ],
        "city": ["Berlin", "Hamburg", "Leipzig", "Köln", "Freiburg im Breisgau", "Münster"],
        "dob": ["{dd}.{mm}.{Y}", "{d}. {mon} {Y}", "{d}.{m}.{Y}"],
        "months": [
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
        "iban": "DE",
    },
    "at": {
        "phone": ["+43 664 #######", "0699 ########"],
        "addr": ["{st} {no}/{apt}, #### {city}"],
        "st": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse"],
        "city": ["Wien", "Graz", "Linz"],
        "dob": ["{dd}.{mm}.{Y}"],
        "iban": "AT",
    },
    "ch": {
        "phone": ["+41 79 ### ## ##", "044 ### ## ##"],
        "addr": ["{st} {no}, #### {city}"],
        "st": ["Bahnhofstrasse", "Seestrasse", "Rue du Rhône"],
        "city": ["Zürich", "Bern", "Genève", "Basel"],
        "dob": ["{dd}.{mm}.{Y}"],
        "iban": "CH",
    },
    "fr": {
        "phone": ["+33 6 ## ## ## ##", "06 ## ## ## ##", "01 ## ## ## ##", "+33 (0)7 ## ## ## ##"],
        "addr": ["{no} {st}, ##### {city}", "{no} bis {st}, ##### {city}"],
        "st": [
            "rue des Lilas",
            "avenue de la République",
            "boulevard Voltaire",
            "rue du Faubourg Saint-Antoine",
            "impasse des Tilleuls",
            "place du Marché",
        ],
        "city": ["Lyon", "Nantes", "Toulouse", "Lille", "Montpellier", "Paris"],
        "dob": ["{dd}/{mm}/{Y}", "{d} {mon} {Y}"],
        "months": [
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
        "iban": "FR",
    },
    "es": {
        "phone": ["+34 6## ### ###", "6## ## ## ##", "91# ## ## ##"],
        "addr": ["{st}, {no}, {apt}º ^, ##### {city}", "{st} {no}, ##### {city}"],
        "st": [
            "Calle Mayor",
            "Avenida de la Constitución",
            "Calle del Olmo",
            "Paseo de Gracia",
            "Calle San Vicente",
        ],
        "city": ["Madrid", "Sevilla", "Valencia", "Bilbao", "Zaragoza", "Granada"],
        "dob": ["{dd}/{mm}/{Y}", "{d} de {mon} de {Y}", "{d}-{mm}-{Y}"],
        "months": [
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
        "iban": "ES",
    },
    "mx": {
        "phone": ["+52 55 #### ####", "55 #### ####", "+52 1 33 #### ####"],
        "addr": ["{st} {no}, Col. Roma Norte, ##### {city}", "{st} {no} int. {apt}, ##### {city}"],
        "st": ["Av. Insurgentes Sur", "Calle Durango", "Av. Chapultepec", "Calle Morelos"],
        "city": ["Ciudad de México", "Guadalajara", "Puebla", "Monterrey"],
        "dob": ["{dd}/{mm}/{Y}", "{d} de {mon} de {Y}"],
        "months": [
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
        "iban": None,
    },
    "pt": {
        "phone": ["+351 91# ### ###", "96# ### ###", "21# ### ###"],
        "addr": ["{st}, {no}, {apt}.º Esq., ####-### {city}", "{st} {no}, ####-### {city}"],
        "st": ["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo"],
        "city": ["Lisboa", "Porto", "Coimbra", "Braga"],
        "dob": ["{dd}/{mm}/{Y}", "{d} de {mon} de {Y}"],
        "months": [
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
        "iban": "PT",
    },
    "br": {
        "phone": ["+55 11 9####-####", "(11) 9####-####", "(21) 9#### ####", "+55 31 9#### ####"],
        "addr": [
            "{st}, {no} - apto {apt}, {city}, #####-###",
            "{st}, {no}, {city} - CEP #####-###",
        ],
        "st": [
            "Rua Augusta",
            "Av. Paulista",
            "Rua das Laranjeiras",
            "Rua Oscar Freire",
            "Av. Afonso Pena",
        ],
        "city": ["São Paulo - SP", "Rio de Janeiro - RJ", "Belo Horizonte - MG", "Curitiba - PR"],
        "city_plain": ["São Paulo", "Campinas", "Recife", "Curitiba"],
        "dob": ["{dd}/{mm}/{Y}", "{d} de {mon} de {Y}"],
        "months": [
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
        "iban": "BR",
    },
    "it": {
        "phone": ["+39 3## ### ####", "3## #######", "06 #### ####", "+39 02 ########"],
        "addr": ["{st} {no}, ##### {city}", "{st}, {no}/{apt}, ##### {city} (MI)"],
        "st": [
            "Via Roma",
            "Corso Vittorio Emanuele",
            "Via dei Mille",
            "Viale Monza",
            "Piazza Garibaldi",
        ],
        "city": ["Milano", "Torino", "Bologna", "Napoli", "Firenze"],
        "dob": ["{dd}/{mm}/{Y}", "{d} {mon} {Y}"],
        "months": [
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
        "iban": "IT",
    },
    "nl": {
        "phone": ["+31 6 ########", "06-########", "020 ### ####"],
        "addr": ["{st} {no}, #### ^^ {city}", "{st} {no}-{apt}, #### ^^ {city}"],
        "st": ["Prinsengracht", "Kerkstraat", "Lange Voorhout", "Oudegracht", "Dorpsstraat"],
        "city": ["Amsterdam", "Utrecht", "Den Haag", "Groningen", "Eindhoven"],
        "dob": ["{dd}-{mm}-{Y}", "{d} {mon} {Y}"],
        "months": [
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
        "iban": "NL",
    },
    "se": {
        "phone": ["+46 70 ### ## ##", "070-### ## ##", "08-### ### ##"],
        "addr": ["{st} {no}, ### ## {city}", "{st} {no} lgh 1{apt}, ### ## {city}"],
        "st": ["Drottninggatan", "Storgatan", "Kungsgatan", "Södra Vägen"],
        "city": ["Stockholm", "Göteborg", "Malmö", "Uppsala"],
        "dob": ["{Y}-{mm}-{dd}", "{d} {mon} {Y}"],
        "months": [
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
        "iban": "SE",
    },
    "pl": {
        "phone": ["+48 5## ### ###", "6## ### ###", "+48 7## ### ###", "22 ### ## ##"],
        "addr": [
            "ul. {st} {no}/{apt}, ##-### {city}",
            "ul. {st} {no}, ##-### {city}",
            "al. {st} {no} m. {apt}, ##-### {city}",
        ],
        "st": ["Polna", "Kwiatowa", "Ogrodowa", "Lipowa", "Słoneczna", "Długa", "Marszałkowska"],
        "city": ["Warszawa", "Kraków", "Wrocław", "Poznań", "Gdańsk", "Łódź"],
        "dob": ["{dd}.{mm}.{Y}", "{d} {mong} {Y} r.", "{dd}.{mm}.{Y} r."],
        "months_gen": [
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
        "iban": "PL",
    },
    "cz": {
        "phone": ["+420 6## ### ###", "7## ### ###", "+420 2## ### ###"],
        "addr": ["{st} {no}/{apt}, ### ## {city}", "{st} {no}, ### ## {city}"],
        "st": ["Vinohradská", "Na Příkopě", "Masarykova", "Husova", "Dlouhá"],
        "city": ["Praha 2", "Brno", "Ostrava", "Plzeň", "Olomouc"],
        "city_plain": ["Praha", "Brno", "Ostrava", "Plzeň"],
        "dob": ["{d}. {m}. {Y}", "{d}. {mong} {Y}", "{dd}.{mm}.{Y}"],
        "months_gen": [
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
        "iban": "CZ",
    },
    "ru": {
        "phone": ["+7 (9##) ###-##-##", "8 9## ###-##-##", "+7 495 ###-##-##", "+79#########"],
        "addr": [
            "ул. {st}, д. {no}, кв. {apt}, г. {city}",
            "г. {city}, ул. {st}, д. {no}, кв. {apt}",
            "{city}, {st} ул., {no}-{apt}",
        ],
        "st": ["Садовая", "Лесная", "Молодёжная", "Школьная", "Профсоюзная", "Новая"],
        "city": ["Москва", "Казань", "Новосибирск", "Екатеринбург", "Самара", "Тверь"],
        "dob": ["{dd}.{mm}.{Y}", "{d} {mong} {Y} г.", "{d} {mong} {Y} года"],
        "months_gen": [
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
        "iban": None,
    },
    "ua": {
        "phone": ["+380 67 ### ## ##", "067 ### ####", "+380 (50) ###-##-##"],
        "addr": ["вул. {st}, {no}, кв. {apt}, м. {city}", "м. {city}, вул. {st}, буд. {no}"],
        "st": ["Хрещатик", "Садова", "Шевченка", "Личаківська", "Соборна"],
        "city": ["Київ", "Львів", "Харків", "Одеса", "Вінниця"],
        "dob": ["{dd}.{mm}.{Y}", "{d} {mong} {Y} р."],
        "months_gen": [
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
        "iban": "UA",
    },
    "fi": {
        "phone": ["+358 40 ### ####", "040 ### ####", "050 #######", "09 ### ####"],
        "addr": ["{st} {no} A {apt}, ##### {city}", "{st} {no}, ##### {city}"],
        "st": ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Koivukuja", "Rantatie"],
        "city": ["Helsinki", "Tampere", "Turku", "Oulu", "Jyväskylä"],
        "dob": ["{d}.{m}.{Y}", "{d}. {mong} {Y}"],
        "months_gen": [
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
        "iban": "FI",
    },
    "hu": {
        "phone": ["+36 30 ### ####", "06 20 ### ####", "+36 1 ### ####"],
        "addr": ["#### {city}, {st} {no}.", "{city}, {st} {no}. {apt}. em."],
        "st": ["Kossuth Lajos utca", "Fő utca", "Rákóczi út", "Petőfi utca", "Váci út"],
        "city": ["Budapest", "Debrecen", "Szeged", "Pécs", "Győr"],
        "dob": ["{Y}. {mm}. {dd}.", "{Y}. {mon} {d}."],
        "months": [
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
        "iban": "HU",
    },
    "tr": {
        "phone": ["+90 5## ### ## ##", "05## ### ## ##", "0212 ### ## ##"],
        "addr": ["{st} No:{no} D:{apt} ##### {city}", "{st} No: {no}, Daire {apt}, {city}"],
        "st": ["Bağdat Cad.", "Atatürk Bulvarı", "Moda Cad.", "Gül Sok.", "İstiklal Cad."],
        "city": ["Kadıköy/İstanbul", "Çankaya/Ankara", "Konak/İzmir", "Nilüfer/Bursa"],
        "city_plain": ["İstanbul", "Ankara", "İzmir", "Bursa"],
        "dob": ["{dd}.{mm}.{Y}", "{d} {mon} {Y}"],
        "months": [
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
        "iban": "TR",
    },
    "gr": {
        "phone": ["+30 69# ### ####", "69# #######", "210 #######"],
        "addr": ["{st} {no}, ### ## {city}"],
        "st": ["Οδός Ερμού", "Λεωφόρος Αλεξάνδρας", "Οδός Πατησίων", "Οδός Τσιμισκή"],
        "city": ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο"],
        "dob": ["{d}/{m}/{Y}", "{d} {mong} {Y}"],
        "months_gen": [
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
        "iban": "GR",
    },
    "ge": {
        "phone": ["+995 5## ## ## ##", "5## ## ## ##"],
        "addr": ["{st} {no}, ბინა {apt}, {city}", "{city}, {st} №{no}"],
        "st": ["ჭავჭავაძის გამზირი", "რუსთაველის გამზირი", "პეკინის ქუჩა", "ვაჟა-ფშაველას გამზირი"],
        "city": ["თბილისი", "ბათუმი", "ქუთაისი"],
        "dob": ["{dd}.{mm}.{Y}", "{d} {mon}, {Y}"],
        "months": [
            "იანვარი",
            "თებერვალი",
            "მარტი",
            "აპრილი",
            "მაისი",
            "ივნისი",
            "ივლისი",
            "აგვისტო",
            "სექტემბერი",
            "ოქტომბერი",
            "ნოემბერი",
            "დეკემბერი",
        ],
        "iban": None,
    },
    "am": {
        "phone": ["+374 9# ######", "09# ## ## ##"],
        "addr": ["{st} {no}, բն. {apt}, {city}", "{city}, {st} {no}"],
        "st": ["Աբովյան փողոց", "Մաշտոցի պողոտա", "Թումանյան փողոց", "Կոմիտասի պողոտա"],
        "city": ["Երևան", "Գյումրի", "Վանաձոր"],
        "dob": ["{dd}.{mm}.{Y}"],
        "iban": None,
    },
    "sa": {
        "phone": ["+966 5# ### ####", "05# ### ####", "+971 50 ### ####", "+20 10 #### ####"],
        "addr": ["{no} {st}، {city}", "{city}، {st}، مبنى رقم {no}، شقة {apt}"],
        "st": ["شارع الملك فهد", "شارع التحلية", "طريق الملك عبدالعزيز", "شارع الجامعة"],
        "city": ["الرياض", "جدة", "الدمام", "القاهرة", "دبي"],
        "dob": ["{d}/{m}/{Y}", "{d} {mon} {Y}"],
        "months": [
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
        "iban": "SA",
    },
    "il": {
        "phone": ["+972 5#-###-####", "05#-###-####", "03-###-####"],
        "addr": ["{st} {no}, {city}", "{st} {no} דירה {apt}, {city}"],
        "st": ["רחוב הרצל", "שדרות רוטשילד", "רחוב בן יהודה", "רחוב הנביאים"],
        "city": ["תל אביב", "חיפה", "ירושלים", "באר שבע"],
        "dob": ["{d}.{m}.{Y}", "{d} ב{mon} {Y}"],
        "months": [
            "ינואר",
            "פברואר",
            "מרץ",
            "אפריל",
            "מאי",
            "יוני",
            "יולי",
            "אוגוסט",
            "ספטמבר",
            "אוקטובר",
            "נובמבר",
            "דצמבר",
        ],
        "iban": "IL",
    },
    "ir": {
        "phone": ["+98 912 ### ####", "0912 ### ####", "021 #### ####"],
        "addr": ["{city}، {st}، پلاک {no}، واحد {apt}"],
        "st": ["خیابان ولیعصر", "خیابان انقلاب", "بلوار کشاورز", "کوچه یاس"],
        "city": ["تهران", "اصفهان", "شیراز", "تبریز"],
        "dob": ["{Y}/{mm}/{dd}"],
        "digits": "۰۱۲۳۴۵۶۷۸۹",
        "iban": None,
    },
    "in_hi": {
        "phone": ["+91 9#### #####", "98### #####"],
        "addr": ["मकान नं. {no}, {st}, {city} - 1100##", "फ्लैट {apt}, {st} {no}, {city}"],
        "st": ["गांधी नगर", "सेक्टर 15", "शास्त्री मार्ग", "राजपुर रोड"],
        "city": ["नई दिल्ली", "लखनऊ", "जयपुर", "पटना"],
        "dob": ["{dd}/{mm}/{Y}", "{d} {mon} {Y}"],
        "months": [
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
        "iban": None,
    },
    "bd": {
        "phone": ["+880 17## ######", "01### ######"],
        "addr": ["বাড়ি {no}, {st}, {city} ১২০৫", "বাসা নং {no}, {st}, {city}"],
        "st": ["রোড ১১, ধানমন্ডি", "মিরপুর রোড", "গুলশান এভিনিউ"],
        "city": ["ঢাকা", "চট্টগ্রাম", "কলকাতা"],
        "dob": ["{dd}/{mm}/{Y}", "{d} {mon} {Y}"],
        "months": [
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
        "digits": "০১২৩৪৫৬৭৮৯",
        "iban": None,
    },
    "in_ta": {
        "phone": ["+91 9#### #####", "044 #### ####"],
        "addr": ["{no}, {st}, {city} 6000##", "கதவு எண் {no}, {st}, {city}"],
        "st": ["காந்தி சாலை", "அண்ணா நகர்", "பெரியார் தெரு", "நேரு வீதி"],
        "city": ["சென்னை", "மதுரை", "கோயம்புத்தூர்"],
        "dob": ["{dd}/{mm}/{Y}", "{d} {mon} {Y}"],
        "months": [
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
        "iban": None,
    },
    "cn": {
        "phone": ["+86 13# #### ####", "138-####-####", "15#########", "010-########"],
        "addr": ["{city}{st}{no}号", "{city}{st}{no}号{apt}栋"],
        "st": [
            "朝阳区建国路",
            "徐汇区漕溪北路",
            "天河区体育西路",
            "南山区科技园南路",
            "武侯区人民南路",
        ],
        "city": ["北京市", "上海市", "广州市", "深圳市", "成都市"],
        "dob": ["{Y}年{m}月{d}日", "{Y}-{mm}-{dd}", "{Y}/{m}/{d}"],
        "iban": None,
    },
    "jp": {
        "phone": ["090-####-####", "+81 90-####-####", "03-####-####", "080-####-####"],
        "addr": ["〒###-#### {city}{st}{no}-#-#", "{city}{st}{no}丁目#番#号"],
        "st": ["渋谷区神南", "中央区銀座", "北区梅田", "中区栄", "港区芝浦"],
        "city": ["東京都", "大阪府大阪市", "愛知県名古屋市", "神奈川県横浜市"],
        "dob": ["{Y}年{m}月{d}日", "{Y}/{mm}/{dd}"],
        "iban": None,
    },
    "kr": {
        "phone": ["010-####-####", "+82 10-####-####", "02-###-####"],
        "addr": ["{city} {st} {no}", "{city} {st} {no}, {apt}동 ###호"],
        "st": ["강남구 테헤란로", "마포구 월드컵북로", "해운대구 해운대로", "중구 세종대로"],
        "city": ["서울특별시", "부산광역시", "인천광역시"],
        "dob": ["{Y}년 {m}월 {d}일", "{Y}.{mm}.{dd}"],
        "iban": None,
    },
    "thl": {
        "phone": ["+66 8# ### ####", "08#-###-####", "02-###-####"],
        "addr": ["{no}/{apt} {st} {city} 10110", "บ้านเลขที่ {no} {st} {city}"],
        "st": ["ซอยสุขุมวิท 11 แขวงคลองเตยเหนือ", "ถนนนิมมานเหมินท์", "ถนนพหลโยธิน"],
        "city": ["กรุงเทพฯ", "เชียงใหม่", "ขอนแก่น"],
        "dob": ["{d} {mon} {BE}", "{dd}/{mm}/{Y}"],
        "months": [
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
        "iban": None,
    },
    "vn": {
        "phone": ["+84 9# ### ## ##", "09## ### ###", "028 #### ####"],
        "addr": ["Số {no} {st}, {city}", "{no}/{apt} {st}, {city}"],
        "st": [
            "Lê Lợi, Quận 1",
            "Phố Huế, Hai Bà Trưng",
            "Trần Hưng Đạo, Quận 5",
            "Nguyễn Văn Cừ, Ninh Kiều",
        ],
        "city": ["TP. Hồ Chí Minh", "Hà Nội", "Đà Nẵng", "Cần Thơ"],
        "dob": ["{dd}/{mm}/{Y}", "ngày {d} tháng {m} năm {Y}"],
        "iban": None,
    },
    "idn": {
        "phone": ["+62 812-####-####", "0812 #### ####", "021 ### ####"],
        "addr": ["Jl. {st} No. {no}, {city} #####", "Jl. {st} No. {no} RT 0{apt}, {city}"],
        "st": ["Merdeka", "Sudirman", "Kenanga", "Cempaka Putih Raya", "Diponegoro"],
        "city": ["Jakarta Pusat", "Bandung", "Surabaya", "Yogyakarta"],
        "dob": ["{dd}-{mm}-{Y}", "{d} {mon} {Y}"],
        "months": [
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
        "iban": None,
    },
    "ph": {
        "phone": ["+63 917 ### ####", "0917 ### ####", "(02) 8### ####"],
        "addr": ["{no} {st}, {city}", "Blk {apt} Lot {no}, {st}, {city}"],
        "st": [
            "Mabini St., Brgy. San Roque",
            "Rizal Ave.",
            "Sampaguita St., Brgy. Holy Spirit",
            "Katipunan Ave.",
        ],
        "city": ["Quezon City", "Cebu City", "Davao City", "Marikina"],
        "dob": ["{Mon} {d}, {Y}", "{mm}/{dd}/{Y}", "{d} {mon} {Y}"],
        "months": [
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
        "iban": None,
    },
    "ke": {
        "phone": ["+254 7## ### ###", "07## ######", "+255 7## ### ###"],
        "addr": ["Nyumba Na. {no}, {st}, {city}", "{st}, Nyumba {no}, {city}"],
        "st": ["Barabara ya Ngong", "Moi Avenue", "Barabara ya Kenyatta", "Mtaa wa Uhuru"],
        "city": ["Nairobi", "Mombasa", "Kisumu", "Dar es Salaam"],
        "dob": ["{dd}/{mm}/{Y}", "{d} {mon} {Y}"],
        "months": [
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
        "iban": None,
    },
    "ng": {
        "phone": ["+234 80# ### ####", "080# ### ####", "+234 70# ### ####"],
        "addr": ["{no} {st}, {city}", "Flat {apt}, {no} {st}, {city}"],
        "st": [
            "Adeola Odeku Street",
            "Allen Avenue",
            "Ring Road",
            "Bode Thomas Street",
            "Awolowo Road",
        ],
        "city": ["Victoria Island, Lagos", "Ikeja, Lagos", "Ibadan", "Abeokuta", "Enugu"],
        "dob": ["{dd}/{mm}/{Y}", "{d} {Mon} {Y}", "{th} {Mon}, {Y}"],
        "iban": None,
    },
}

DATE_VARIANTS = {
    "iso": ["{Y}-{mm}-{dd}"],
    "us": ["{mm}/{dd}/{Y}", "{m}/{d}/{Y}"],
    "long": ["{Mon} {d}, {Y}", "{d} {Mon} {Y}"],
    "eu": ["{dd}.{mm}.{Y}", "{dd}/{mm}/{Y}"],
    "slash": ["{dd}/{mm}/{Y}"],
    "short": ["{Mo} {d}", "{d} {Mo}"],
}

#: language -> locales for phones/addresses/dates, cultures of the people named, own culture
LANGS: dict[str, dict] = {
    "en": {
        "locales": ["us"] * 6 + ["gb"] * 2 + ["ca", "au", "ie", "in", "ng"],
        "cultures": ["en"] * 5 + ["gb", "ie"] + ["*"] * 7,
        "own": None,
    },
    "es": {"locales": ["es", "es", "mx"], "cultures": ["es"] * 5 + ["*"], "own": "es"},
    "pt": {"locales": ["pt", "br", "br"], "cultures": ["pt"] * 5 + ["*"], "own": "pt"},
    "fr": {"locales": ["fr"], "cultures": ["fr"] * 5 + ["ar", "*"], "own": "fr"},
    "de": {"locales": ["de", "de", "at", "ch"], "cultures": ["de"] * 5 + ["tr", "pl"], "own": "de"},
    "it": {"locales": ["it"], "cultures": ["it"] * 5 + ["*"], "own": "it"},
    "nl": {"locales": ["nl"], "cultures": ["nl"] * 5 + ["tr", "*"], "own": "nl"},
    "sv": {"locales": ["se"], "cultures": ["sv"] * 5 + ["fi"], "own": "sv"},
    "pl": {"locales": ["pl"], "cultures": ["pl"], "own": "pl"},
    "cs": {"locales": ["cz"], "cultures": ["cs"], "own": "cs"},
    "ru": {"locales": ["ru"], "cultures": ["ru"], "own": "ru"},
    "uk": {"locales": ["ua"], "cultures": ["uk"], "own": "uk"},
    "fi": {"locales": ["fi"], "cultures": ["fi"], "own": "fi"},
    "hu": {"locales": ["hu"], "cultures": ["hu"], "own": "hu"},
    "tr": {"locales": ["tr"], "cultures": ["tr"], "own": "tr"},
    "el": {"locales": ["gr"], "cultures": ["el"], "own": "el"},
    "ka": {"locales": ["ge"], "cultures": ["ka"], "own": "ka"},
    "hy": {"locales": ["am"], "cultures": ["hy"], "own": "hy"},
    "ar": {"locales": ["sa"], "cultures": ["ar"], "own": "ar"},
    "he": {"locales": ["il"], "cultures": ["he"], "own": "he"},
    "fa": {"locales": ["ir"], "cultures": ["fa"], "own": "fa"},
    "hi": {"locales": ["in_hi"], "cultures": ["hi"], "own": "hi"},
    "bn": {"locales": ["bd"], "cultures": ["bn"], "own": "bn"},
    "ta": {"locales": ["in_ta"], "cultures": ["ta"], "own": "ta"},
    "zh": {"locales": ["cn"], "cultures": ["zh"], "own": "zh"},
    "ja": {"locales": ["jp"], "cultures": ["ja"], "own": "ja"},
    "ko": {"locales": ["kr"], "cultures": ["ko"], "own": "ko"},
    "th": {"locales": ["thl"], "cultures": ["th"], "own": "th"},
    "vi": {"locales": ["vn"], "cultures": ["vi"], "own": "vi"},
    "id": {"locales": ["idn"], "cultures": ["id"], "own": "id"},
    "tl": {"locales": ["ph"], "cultures": ["tl"], "own": "tl"},
    "sw": {"locales": ["ke"], "cultures": ["sw"], "own": "sw"},
    "yo": {"locales": ["ng"], "cultures": ["yo", "yo", "yo", "ig"], "own": "yo"},
}

IBAN_SPECS = {
    "DE": "n" * 18, "GB": "aaaa" + "n" * 14, "FR": "n" * 10 + "c" * 11 + "nn", "ES": "n" * 20,
    "IT": "a" + "n" * 10 + "c" * 12, "NL": "aaaa" + "n" * 10, "PL": "n" * 24, "BE": "n" * 12,
    "CH": "n" * 5 + "c" * 12, "AT": "n" * 16, "PT": "n" * 21, "SE": "n" * 20, "NO": "n" * 11,
    "DK": "n" * 14, "FI": "n" * 14, "IE": "aaaa" + "n" * 14, "TR": "n" * 5 + "0" * 1 + "c" * 16,
    "SA": "n" * 2 + "c" * 18, "AE": "n" * 19, "IL": "n" * 19, "GR": "n" * 7 + "c" * 16,
    "HU": "n" * 24, "CZ": "n" * 20, "RO": "aaaa" + "c" * 16, "BR": "n" * 23 + "a" + "c",
    "UA": "n" * 6 + "c" * 19,
}  # fmt: skip

DL_FORMATS = {
    "us": [
        "L#######",
        "### ### ###",
        "L###-###-##-###-#",
        "########",
        "L###-####-####",
        "L##-##-####",
    ],
    "gb": ["^^^^^######^^#^^".replace("^", "L")],
    "ie": ["###-###-###"],
    "ca": ["L####-#####-#####"],
    "au": ["########", "#########"],
    "in": ["LL## ###########", "LL-##-20##-#######"],
    "de": ["L##XXXXXX##", "B###XXX#L##"],
    "at": ["########"],
    "ch": ["###XXX"],
    "fr": ["############", "##LL#####"],
    "es": ["########L"],
    "it": ["LL#######L"],
    "nl": ["##########"],
    "pl": ["#####/##/####"],
    "br": ["###########"],
    "jp": ["############"],
    "kr": ["##-##-######-##"],
    "cz": ["LL ######"],
}

PASSPORT_FORMATS = {
    "us": ["#########", "L########"],
    "gb": ["#########"],
    "ie": ["LL#######"],
    "ca": ["LL######"],
    "au": ["L#######"],
    "in": ["L#######"],
    "ng": ["L########"],
    "de": ["CXXXXXXXX"],
    "at": ["P#######"],
    "ch": ["X#######"],
    "fr": ["##LL#####"],
    "es": ["LLL######"],
    "mx": ["G########"],
    "pt": ["L######"],
    "br": ["LL######"],
    "it": ["YA#######"],
    "nl": ["LLXXXXXX#"],
    "se": ["########"],
    "pl": ["LL#######"],
    "cz": ["########"],
    "ru": ["## #######", "#########"],
    "ua": ["LL######", "FX######"],
    "fi": ["FP#######"],
    "hu": ["LL#######"],
    "tr": ["U########"],
    "gr": ["LL#######"],
    "ge": ["##LL#####"],
    "am": ["LL#######"],
    "sa": ["L#######"],
    "il": ["########"],
    "ir": ["L########"],
    "in_hi": ["L#######"],
    "bd": ["LL#######"],
    "in_ta": ["L#######"],
    "cn": ["E########", "EJ#######"],
    "jp": ["TK#######", "TR#######"],
    "kr": ["M########"],
    "thl": ["AA#######"],
    "vn": ["C#######"],
    "idn": ["X#######"],
    "ph": ["P#######L"],
    "ke": ["AK#######"],
}

PASSWORDS = ["Summer2024!", "Tr0ub4dor&3", "hunter2!Xy", "Bella1987$", "correct-horse-battery-9",
             "Qwerty!2345", "Winter#2025", "M0nkey_Business", "P@ssw0rd2026", "letmein-9931",
             "Zaq1@wsx3edc", "Dragonfly#77", "GraceLand_88!", "ilovemycat2019", "Kr@ków1410!"]  # fmt: skip

EMAIL_DOMAINS = ["gmail.com"] * 5 + [
    "outlook.com", "yahoo.com", "hotmail.co.uk", "proton.me", "icloud.com", "gmx.de", "web.de",
    "orange.fr", "libero.it", "wp.pl", "seznam.cz", "yandex.ru", "ukr.net", "naver.com", "qq.com",
    "163.com", "yahoo.co.jp", "fastmail.com", "brightpath-logistics.com", "kestrel-analytics.io",
    "harbourview-dental.co.uk", "lumenhealth.org", "tallgrass.coop", "stmarys-school.org.uk",
    "nordlicht-gmbh.de", "mail.ru", "uol.com.br", "rediffmail.com",
]  # fmt: skip

ORDER_FORMATS = ["ORD-20##-#####", "#########", "PO-######", "A##-#######-#######",
                 "I\\NV-2026-####", "#1####", "WEB-###-####"]  # fmt: skip
TICKET_FORMATS = ["JIRA-####", "I\\NC00#####", "SR-######", "PROJ-###", "CS-2026-#####",
                  "BUG-####", "OPS-###", "#####"]  # fmt: skip

FILLERS: dict[str, list[str]] = {
    "product": [
        "Jenkins",
        "Alexa",
        "Siri",
        "Cortana",
        "Ruby",
        "Julia",
        "Django",
        "Flask",
        "Hugo",
        "Jasmine",
        "Ember",
        "Grafana",
        "Kafka",
        "Cassandra",
        "Sentry",
        "Jira",
        "Confluence",
        "Figma",
        "Notion",
        "Zendesk",
        "Salesforce",
        "Watson",
        "Terraform",
        "Ansible",
        "Gradle",
        "Travis CI",
        "Hudson",
        "Pandas",
        "Jupyter",
        "Mercurial",
    ],
    "brand": [
        "Wendy's",
        "McDonald's",
        "Ben & Jerry's",
        "Dell",
        "Ford",
        "Ferrari",
        "Porsche",
        "Mercedes-Benz",
        "Tesla",
        "Philips",
        "Bosch",
        "Dyson",
        "Lidl",
        "Aldi",
        "Trader Joe's",
        "Tim Hortons",
        "Dr. Martens",
        "Levi's",
        "Calvin Klein",
        "Marks & Spencer",
        "Sainsbury's",
        "Zara",
        "Uniqlo",
        "Dr Pepper",
        "Mr. Clean",
    ],
    "company": [
        "Johnson & Johnson",
        "Procter & Gamble",
        "Morgan Stanley",
        "Goldman Sachs",
        "Deloitte",
        "Ernst & Young",
        "Hewlett-Packard",
        "Siemens",
        "Accenture",
        "Boeing",
        "Walt Disney",
        "Kellogg's",
        "Wells Fargo",
        "Charles Schwab",
        "Edward Jones",
        "Baker McKenzie",
        "Allen & Overy",
        "Dow Jones",
        "Lockheed Martin",
    ],
    "public": [
        "Abraham Lincoln",
        "Marie Curie",
        "Ada Lovelace",
        "Alan Turing",
        "Napoleon",
        "Gandhi",
        "Shakespeare",
        "Albert Einstein",
        "Isaac Newton",
        "Johannes Kepler",
        "Nikola Tesla",
        "Charles Darwin",
        "Mozart",
        "Frida Kahlo",
        "Miguel de Cervantes",
        "Goethe",
        "Leonardo da Vinci",
        "Queen Victoria",
        "Martin Luther King Jr.",
        "Florence Nightingale",
        "Confucius",
        "Cleopatra",
        "Julius Caesar",
        "Grace Hopper",
    ],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": EN_MONTHS,
    "team": [
        "Manchester United",
        "the Celtics",
        "Real Madrid",
        "the Lakers",
        "the Bulls",
        "Galatasaray",
        "Ajax",
        "Juventus",
        "Bayern",
        "the Packers",
        "the Warriors",
    ],
    "town": [
        "Reading",
        "Preston",
        "Chester",
        "Lincoln",
        "Florence",
        "Austin",
        "Sydney",
        "Victoria",
        "Adelaide",
        "Charlotte",
        "Jackson",
        "Madison",
        "Orlando",
        "Salem",
        "Eugene",
        "Troy",
        "Georgetown",
        "Chelsea",
        "Kingston",
        "Regina",
    ],
    "host": [
        "db-prod-3.internal",
        "api.staging.example.net",
        "build-agent-07",
        "ci-runner-2",
        "pg-replica-1.eu-west-1.rds.amazonaws.com",
        "redis-cache-01",
        "vpn-gw-fra",
    ],
    "room": ["Room 4B", "Boardroom Kepler", "Orion", "the Tesla room", "Huddle 3", "Atlas"],
    "dept": ["payroll", "billing", "legal", "IT", "HR", "procurement", "facilities"],
    "year": ["2015", "2017", "2018", "2019", "2020", "2021", "2022"],
    "meet": ["abc-dmkq-xyt", "pqr-tuvw-jkl", "fhz-qwer-mnb"],
    "gitdate": [
        "Tue Mar 4 10:22:31 2025 +0100",
        "Fri Nov 14 17:03:09 2025 -0500",
        "Mon Jan 12 08:45:12 2026 +0000",
        "Wed Jul 30 23:11:47 2025 +0530",
    ],
    "sku": ["SKU-88412-BLK", "HX-2201-M", "B0C7KX4T2Q", "GR-7781"],
    "pet": ["Max", "Luna", "Bella", "Charlie", "Milo", "Daisy", "Rocky", "Biscuit"],
    "storm": ["Hurricane Helene", "Storm Ciarán", "Typhoon Haikui", "Hurricane Milton"],
    "fict": [
        "Sherlock Holmes",
        "Harry Potter",
        "Elizabeth Bennet",
        "Atticus Finch",
        "Hermione Granger",
        "Don Quixote",
        "Jay Gatsby",
    ],
}

# ---------------------------------------------------------------------------------------------
# Templates. Plain strings are English; tuples are (language, flags, text).
# ---------------------------------------------------------------------------------------------

PII_EN: list = [
    # --- names in running text, no cue word ---
    "ran into [[M1.last]] at the gym this morning, says the [[product]] migration is still "
    "blocked on infra. can you ping [[P2.first|lc]] before standup?",
    "tell [[P1.first|lc]] the build is green, [[product]] finally stopped flaking after the "
    "cache fix",
    "[[F1.first]]'s kid starts school monday so she's offline until 10. [[P2.first]] has the "
    "pager till then.",
    "Per [[P1.full]]'s request I've moved the Q3 review to [[weekday]] at [[time]] in [[room]].",
    "[[product]] failed again on the release branch. Can you ask [[NAME.jenkins]] from "
    "[[dept]] whether the expense export finished before it died?",
    "Honestly [[P1.last]] carried the whole pitch. [[P2.first]] and I just clicked through the "
    "slides.",
    "can u send me [[P1.first|lc]]s number? i lost my phone in [[town]] lol",
    "We owe [[P1.full]] an apology — the refund for [[order]] went to the wrong account and "
    "nobody noticed for three weeks.",
    "Just got off the phone with [[P1.first]]. [[P2.first]] is out of surgery and doing fine, "
    "visiting hours are after 4.",
    "I think [[P1.init]] wrote the original parser; [[P2.last]] only touched the tests.",
    "Congrats to [[P1.full]] and [[P2.full]] on the baby girl!! 🎉 [[weekday]] drinks on me",
    "don't forget [[P1.first]] is vegan and [[P2.first]] can't do nuts, so maybe skip "
    "[[brand]] this time",
    "Thanks for nothing [[P1.first|up]]!!! Three emails and still no reply about the deposit.",
    "Could you check whether [[P1.last]] still owes the club for the [[month]] kit order? "
    "[[P2.nick]] says it was paid in cash.",
    "Who's driving [[P1.nick]] to the airport on [[weekday]]? Flight leaves [[time]] and the "
    "[[brand]] drive-thru doesn't count as breakfast.",
    "Write a short, warm retirement toast for [[P1.full]], who has run the front desk at our "
    "clinic in [[town]] for 31 years. Mention that [[P2.first]] will take over.",
    "My landlord [[M1.full]] keeps entering the flat without notice. Draft a firm but polite "
    "letter reminding him of the 24-hour rule.",
    "Help me reply to [[F1.first]] — she wants to borrow money again and I already lent her "
    "£400 in [[month]].",
    "is it weird that [[P1.first|lc]] [[P1.last|lc]] from accounting follows me on strava now",
    "[[P1.full]] said the grant report is due [[date.long]], but [[P2.last]]'s email says the "
    "week after. Which is right?",
    "Please summarize: [[P1.first]] wants the launch moved, [[P2.first]] wants it kept, and "
    "[[P3.full]] hasn't answered anyone since [[weekday]].",
    "Siri, remind me to call [[P1.first]] about the gutters tomorrow.",
    "Ask Alexa to play something for [[F1.first]]'s party — no, actually, make a playlist "
    "yourself: she likes 80s synth pop.",
    "the new guy [[M1.first]] [[M1.last]] sits next to [[P2.first]] now, can someone get him a "
    "badge",
    # --- chats and exports ---
    "[[date.slash]], [[time]] - [[P1.first]]: are you still coming to [[P2.first]]'s bbq?\n"
    "[[date.slash]], [[time2]] - [[P3.full]]: yes!! bringing the potato salad\n"
    "[[date.slash]], [[time3]] - [[P1.first]]: 🙌 it's at [[ADDR]], ring twice",
    "[[P1.full]], [[time]]\nguys the [[team]] tickets are sold out\n[[P2.full]], [[time2]]\n"
    "noooo. ask [[P3.first]], their cousin works at the stadium",
    "[[P1.git]] — Today at [[time]]\ngg everyone, [[P2.git]] carried that last round\n"
    "[[P3.git]] — Today at [[time2]]\nlol [[P4.first|lc]] rage quit again",
    "[[P1.rev]]  [[time]]\nCan someone approve my PTO for the [[num]]th?\n"
    "[[P2.rev]]  [[time2]]\nApproved. FYI [[P3.full]] is your backup approver from now on.",
    "Mom: did you call aunt [[F1.first]] back\nMe: not yet whats her number\nMom: [[PHONE]]. "
    "and wish [[M2.first]] happy birthday, he turns 9 on saturday",
    "[[P1.full]]  [[time]]\nanyone know why [[product]] is eating all the memory on "
    "build-agent-07?\n[[P2.full]]  [[time2]]\n[[P1.at]] it's the nightly reindex, "
    "[[F3.at]] said she'd look at it",
    "[[time]] <[[P1.handle]]> has anyone seen [[M2.handle]] today\n"
    "[[time2]] <[[P3.handle]]> nope, think he's at the [[town]] office\n"
    "[[time3]] * [[M2.handle]] has joined #ops",
    "Forwarded chat, what do you make of it?\n\n[[P1.first]]: did you tell [[P2.first]]?\n"
    "[[P3.first]]: not yet, waiting till after [[weekday]]\n[[P1.first]]: ok but [[P2.last]]'s "
    "going to find out from [[P4.first]] anyway",
    "> [[P1.first]]: is the [[date.short]] deadline still real?\n> [[P2.first]]: ask "
    "[[M3.full]], he moved it\n\nCan you turn this thread into a status update for the client?",
    # --- email-ish ---
    'Can you rewrite this email so it sounds less passive-aggressive?\n\n"Hi [[P1.first]],\n'
    "As I've mentioned twice already, the invoices for [[company]] need to go out before "
    "[[date.long]]. I've copied [[P2.full]] so we're all on the same page.\nThanks,\n"
    '[[P3.first]]"',
    "---------- Forwarded message ---------\nFrom: [[P1.full]] <[[P1.email]]>\n"
    "Date: [[weekday]], [[date.long]] at [[time]]\nSubject: Re: lease renewal\n"
    "To: [[P2.email]]\n\nHi both, the landlord confirmed the new rent. [[P3.first]] still needs "
    "to sign page 4 — the flat is [[ADDR]].\n\nSummarize this thread for me in two sentences.",
    "rewrite this email from [[P1.full]] so it's shorter:\n\nDear team, as many of you know, "
    "[[P2.full]] will be leaving us at the end of [[month]] after nine years. Please join me "
    "in wishing [[P2.first]] well. Until a replacement is found, questions go to "
    "[[P3.first]] [[P3.last]] at [[P3.email]] or [[PHONE]].",
    "Thanks,\n\n[[P1.full]]\nSenior Account Manager | [[company]]\nM: [[PHONE]]\n[[P1.email]]\n"
    "[[ADDR]]\n\nThis email and any attachments are confidential.",
    "> On [[date.long]], [[P1.full]] <[[P1.email]]> wrote:\n> I can't make Thursday, can we "
    "push to the following week?\n\nWorks for me, [[P2.first]] is on leave anyway. Make this "
    "reply sound more formal.",
    'Translate to German please: "Dear [[P1.first]], thank you for hosting us last weekend. '
    '[[P2.first]] and I loved the dinner. Our new number is [[PHONE]]."',
    "Subject: Out of office\n\nI'm away until [[date.long]]. For urgent matters contact "
    "[[P1.full]] ([[P1.email]]). For anything about the [[product]] rollout, [[P2.first]] "
    "knows more than I do.",
    "Dear Ms. [[F1.last]],\n\nI am writing to apply for the Junior Analyst role advertised on "
    "your website. During my internship at [[company]] I worked closely with [[P2.full]] on "
    "pricing models.\n\nYours sincerely,\n[[P3.full]]\n[[PHONE]] | [[P3.email]]",
    # --- support tickets, CRM ---
    "Ticket [[ticket]] — Priority: High\nCustomer says card ending 4411 was charged twice for "
    "order [[order]].\nAgent note: spoke with [[P1.first]] on the phone ([[PHONE]]); refund "
    "approved by [[P2.init]]. Shipping address changed to [[ADDR]].",
    "Called [[P1.last]] re: renewal. Decision maker is actually [[P2.full]] (CFO), "
    "[[P1.first]] just handles procurement. Follow up after the [[month]] budget freeze. "
    "Prefers WhatsApp: [[PHONE]].",
    "[[ticket]] | Checkout button dead on Safari | Assignee: [[P1.full]] | Reporter: "
    "[[P2.login]] | Status: In Progress | Updated [[date]]",
    "Customer [[F1.full]] called at [[time]] asking why [[product]] locked her out. Verified "
    "identity with DOB [[DOB]] and last four of the card. Reset done, told her to expect an "
    "email at [[F1.email]].",
    "escalating per [[P1.first|lc]] — user [[P2.login]] can't log in from [[IP]], MFA keeps "
    "looping. [[P3.first|lc]] thinks it's the [[product]] upgrade",
    "Lead: [[P1.full]] / [[company]] vendor mgmt. Met at the [[town]] expo. Interested in "
    "the enterprise tier, wants a call with [[P2.last]] before [[date.long]]. Cell "
    "[[PHONE]]",
    # --- documents ---
    "[[P1.full|up]]\n[[ADDR]] · [[PHONE]] · [[P1.email]] · linkedin.com/in/[[P1.handle]]\n\n"
    "EXPERIENCE\nData Analyst, [[company]] ([[year]]–present)\n- Built churn model in "
    "[[product]] used by 40 stores\n\nREFERENCES\n[[P2.full]], former manager — [[P2.email]]",
    "Re: [[F1.full]], DOB [[DOB]]\n\nDear Dr [[P2.last]],\nThank you for seeing this patient, "
    "who was referred after a fall at home ([[ADDR]]). Her daughter [[F3.first]] is the main "
    "carer and can be reached on [[PHONE]].\n\nKind regards,\nDr [[P4.init]]",
    "Policy holder: [[P1.rev]]\nDate of birth: [[DOB]]\nClaim no. [[ticket]]\n\nWe have "
    "reviewed the claim for water damage at [[ADDR]]. An assessor, [[P2.full]], will visit on "
    "[[date.long]].",
    "Dear [[P1.full]],\n\nThis letter confirms that your direct debit has been set up. "
    "Account: [[IBAN]]. The first collection of £[[amount]] will be taken on or after "
    "[[date.long]].\n\nIf you did not request this, call us on [[PHONE]].",
    "CONFIDENTIAL — HR\nEmployee: [[P1.full]]\nSSN: [[SSN]]\nDOB: [[DOB.us]]\nManager: "
    "[[P2.full]]\nReason: relocation to the [[town]] office effective [[date.us]].",
    'IN THE MATTER OF the tenancy at [[ADDR]] between [[P1.full]] ("the Landlord") and '
    '[[P2.full]] and [[P3.full]] ("the Tenants"), it is agreed that the deposit of '
    "$[[amount]] shall be returned in full.",
    "Witness statement of [[P1.full]], born [[DOB.long]].\nOn the evening in question I saw "
    "[[P2.last]] leave the shop with [[P3.first]] at about [[time]].",
    "Can you make this reference letter sound stronger?\n\nTo whom it may concern, "
    "[[P1.first]] [[P1.last]] worked for us as a barista for two years. [[P1.first]] was "
    "reliable and the customers liked them. — [[P2.full]], owner, [[brand]] franchise "
    "[[town]]",
    # --- forms and dumps ---
    "first_name=[[P1.first]]&last_name=[[P1.last]]&dob=[[DOB.iso]]&ssn=[[SSN]]&"
    "email=[[P1.email]]&plan=gold",
    '{"customer": {"name": "[[P1.full]]", "phone": "[[PHONE]]", "card": '
    '"[[CC]]", "billing": "[[ADDR]]"}, "order_id": "[[order]]", "sku": "[[sku]]"}',
    "reviewers:\n  - [[P1.login]]\n  - [[P2.login]]\ndb:\n  host: [[IPV]]\n  port: [[port]]\n"
    "  user: app\n  password: [[SECRET.pwd]]",
    "id,name,email,ip,last_login\n[[big]],[[P1.full]],[[P1.email]],[[IPV]],[[ts]]\n"
    '[[big2]],"[[P2.rev]]",[[P2.email]],[[IPV2]],[[ts2]]',
    "INSERT INTO patients (id, full_name, dob, phone) VALUES ([[big]], '[[P1.full]]', "
    "'[[DOB.iso]]', '[[PHONE]]');",
    "paste from the sheet, fix the alignment pls:\n[[P1.last]]\t[[P1.first]]\t[[PHONE]]\tpaid\t"
    "[[amount]]\n[[P2.last]]\t[[P2.first]]\t[[PHONE2]]\tunpaid\t[[amount2]]\n[[P3.last]]\t"
    "[[P3.first]]\t[[PHONE3]]\tpaid\t[[amount3]]",
    "[[P1.full]];[[DOB.eu]];[[PASSPORT]];[[date]]\n[[P2.full]];[[DOB2.eu]];[[PASSPORT2]];"
    "[[date2]]\nwhy does excel mess up the dates in this csv?",
    "Name ......... [[P1.full]]\nDriver licence . [[DL]]\nVehicle ...... [[brand]] Ranger\n"
    "Insurer ...... [[company]]\nPhone ........ [[PHONE]]",
    "OCR output from the scanned form, please clean it up:\n\nNAME OF APPLI-\nCANT: "
    "[[P1.full_nl|up]]   DATE OF BI\nRTH [[DOB.eu]]\nADDR ESS: [[ADDR]]\nsigned ........ "
    "[[P1.init]]",
    "scanned receipt text:\nTHANK YOU [[P1.first|up]]\nVISA ****  ****\n[[CC]]\nAUTH 00[[big]]"
    "\n[[brand]] #[[num]]\nquestions? [[PHONE]]",
    "Emergency contacts\n[[P1.full]] (mother) [[PHONE]]\n[[P2.full]] (neighbour) [[PHONE2]]\n"
    "GP: Dr [[P3.last]], [[ADDR]]",
    "ITIN: [[ITIN]]\nName on return: [[P1.full]]\nSpouse: [[P2.full]]\nIs it okay to file "
    "jointly if only one of us has an ITIN?",
    "my ITIN is [[ITIN]] but the bank form only takes SSNs, what do I put?",
    "Apt [[num]] sublet — [[P1.first]] moves out on the 30th, [[P2.full]] moves in. Keys with "
    "[[P3.first]] at [[ADDR]].",
    # --- logs, code, git ---
    "[[ts]] INFO  auth: login ok user=[[P1.login]] src=[[IPV]]\n[[ts2]] WARN  auth: 3 failed "
    "attempts user=[[P2.login]] src=[[IPSIX]]\n[[ts3]] INFO  dhcp: lease [[IPV2]] -> [[MAC]] "
    "(LAPTOP-7F3K2)",
    "# Author: [[P1.rfull]] <[[P1.email]]>\n# Reviewed-by: [[P2.rfull]]\nimport os\n\n"
    'STRIPE_KEY = "[[SECRET.stripe]]"  # TODO([[P3.login]]) move to vault\n\n'
    "def charge(amount): ...",
    "commit [[sha]]\nAuthor: [[P1.rfull]] <[[P1.email]]>\nDate:   [[gitdate]]\n\n    fix: "
    "handle empty cart in checkout (reported by [[P2.first]])\n\ncommit [[sha2]]\nAuthor: "
    "[[P3.git]] <[[P3.email]]>\nDate:   [[gitdate2]]\n\n    chore: bump [[product]] to [[ver]]",
    "why does this line exist? git blame says:\n\n[[sha7]] ([[P1.rfull]] [[ts]] 212)   if "
    "retries > 3 and not force:\n[[sha72]] ([[P2.rfull]] [[ts2]] 213)       raise "
    "RetryBudgetExceeded(job_id)\n\n[[P2.first]] left last year so I can't ask. Safe to drop "
    "the force flag?",
    "diff --git a/CODEOWNERS b/CODEOWNERS\n@@ -3,4 +3,5 @@\n /billing/   [[P1.atgit]]\n"
    "-/search/    [[P2.atgit]]\n+/search/    [[P3.atgit]] [[P4.atgit]]\n /docs/      "
    "@org/docs-team\n\nreview this CODEOWNERS change",
    "DATABASE_URL=postgres://app_rw:[[SECRET.pwd]]@[[host]]:5432/orders\nREDIS_URL=redis://"
    "[[host2]]:6379/0\nSENTRY_DSN=https://[[hexid]]@o123.ingest.sentry.io/4\nwhy can't the "
    "worker connect?",
    "got this error, any idea?\n\nbotocore.exceptions.ClientError: InvalidClientTokenId\n"
    "aws_access_key_id = [[SECRET.aws]]\naws_secret_access_key = [[SECRET.awssecret]]\n"
    "region = eu-west-1",
    'curl -H "Authorization: Bearer [[SECRET.jwt]]" https://api.[[P1.rfirst|lc]]s-bakery.com/'
    "v1/orders returns 401, token was minted 5 min ago",
    "my openai key [[SECRET.openai]] stopped working after I rotated the org, do I need a new "
    "project?",
    "export GITHUB_TOKEN=[[SECRET.gh]]\ngit push fails with 403 for [[P1.git]]/dotfiles, "
    "what scope is missing?",
    "here's the deploy key, don't lose it again [[P1.first|lc]]:\n[[SECRET.pem]]",
    "slack bot token [[SECRET.slack]] — [[P1.first]] says it was posted in #general by "
    "mistake, how do I revoke it?",
    "git clone https://[[P1.login]]:[[SECRET.gh]]@github.com/[[P1.git]]/thesis.git",
    "router log: [[ts]] DHCPACK on [[IPV]] to [[MAC]] ([[P1.rfirst]]s-iPhone)\n"
    "[[ts2]] DHCPACK on [[IPV2]] to [[MAC2]] (Living-Room-TV)",
    "Please whitelist [[MAC]] on the guest wifi, it's [[P1.first]]'s printer. Also the NAS "
    "at [[IPV]] keeps dropping.",
    "[[ts]] sshd[[[big]]]: Accepted publickey for [[P1.login]] from [[IP]] port 51522 ssh2",
    "ldap: bind ok dn=uid=[[P1.login]],ou=people,dc=corp,dc=local from [[IPSIX]]",
    '@@ -12,7 +12,7 @@ class Settings:\n-    admin_email = "[[P1.email]]"\n+    admin_email '
    '= "[[P2.email]]"\n     sendgrid_key = "[[SECRET.sendgrid]]"',
    # --- rosters, minutes, calendar ---
    "Minutes – Parents' Association, [[date.long]]\nPresent: [[P1.full]], [[P2.full]], "
    "[[P3.first]] [[P3.last]], [[P4.init]]\nApologies: [[P5.full]]\n1. Bake sale raised "
    "$[[amount]]. [[P2.first]] to send thank-you notes.\n2. [[P6.first]] from [[town]] "
    "Primary offered the hall for free.",
    "Invitation: Design sync @ [[weekday]] [[date.long]] [[time]] (CET)\nOrganizer: "
    "[[P1.email]]\nGuests: [[P2.full]], [[P3.full]], [[P4.email]], [[room]]\nJoin: "
    "meet.google.com/[[meet]]",
    "Year 4 swimming rota\nMon: [[P1.first]] [[P1.last|up]], [[P2.first]] [[P2.last|up]]\n"
    "Wed: [[P3.full]], [[P4.full]]\nKit reminders go to [[P5.email]]",
    "U12 lineup vs [[town]] Rovers\nGK [[P1.init]]\nDEF [[P2.last]], [[P3.last]], "
    "[[P4.last]]\nMID [[P5.nick]] (c), [[P6.last]]\nCoach: [[PHONE]]",
    "Attendees: [[P1.first]], [[P2.first]], [[P3.first]] (late), someone from [[company]]\n"
    "Action items:\n- [[P2.first]]: fix the [[product]] alerts\n- [[P1.first]] + "
    "[[P3.first]]: draft the RFP",
    "Carpool this week: Mon [[P1.last]] · Tue [[P2.last]] · Wed [[P1.last]] · Thu "
    "[[P3.last]] · Fri nobody, it's a bank holiday",
    "1:1 notes — [[P1.first]]\n- wants to move to the platform team\n- unhappy that "
    "[[P2.full]] got the lead role\n- out [[date.short]] for [[P1.first]]'s sister's wedding",
    # --- genealogy, citations, news ---
    "[[M1.full]] (b. [[DOB.long]], [[city]]) married [[F2.full]] in 1978. Their daughter "
    "[[F3.first]] [[M1.last]] still lives at [[ADDR]].",
    "fix this reference to APA 7: [[P1.last]] [[P1.first|up]], [[P2.init]] and [[P3.init]] "
    "2021 soil moisture in peri-urban gardens j. applied hydrology vol 12 pp 33-41",
    "A [[town]] woman who found a wallet with $2,300 on the bus has been praised by police. "
    "[[F1.full]], 34, handed it in on [[weekday]]. The owner, local baker [[M2.full]], said "
    "he would name a pastry after her.",
    "Local teen [[P1.full]] won the county spelling bee on [[weekday]], beating [[P2.full]] in "
    'the final round with "[[public]]" as the last word — wait, that\'s a name, rewrite this '
    "headline.",
    "Family tree notes: great-grandma [[F1.full]] came over from [[city]] in 1921; her "
    "brother [[M2.first]] stayed. [[F1.first]]'s ship manifest lists her age as 19.",
    # --- payment and identifiers ---
    "pls send the 0.05 BTC to [[BTC]] not the old address, [[P1.first]] lost the seed",
    "Refund to [[ETH]] please, tx from [[P1.first]] went to the wrong contract.",
    "Donations for [[P1.first]]'s medical bills: BTC [[BTC]] / ETH [[ETH]] / or PayPal "
    "[[P1.email]]",
    "Card on file for [[P1.full]]: [[CC]] exp 09/28. Customer asked to switch to [[CC2]].",
    "Hi, I paid [[amount]] EUR to [[IBAN]] yesterday for the flat deposit but [[P1.first]] "
    "says nothing arrived. Reference was [[order]].",
    "Wire details: beneficiary [[P1.full]], IBAN [[IBAN]], BIC DEUTDEFFXXX, purpose: rent "
    "[[month]].",
    "passport no. [[PASSPORT]] expires [[date.long]] — can [[P1.first]] still fly to "
    "[[town]] with it?",
    "DL# [[DL]] class C, issued to [[P1.full|up]], [[ADDR]]",
    "SSN [[SSN]] was on the W-2 I emailed [[P1.first]]. Should I be worried?",
    "The form asks for my SSN ([[SSN]]) and my son's ([[SSN2]]); is it safe to upload?",
    "Patient [[P1.last|up]], [[P1.first|up]] — DOB [[DOB]] — allergy: penicillin. Seen by "
    "[[P2.init]], follow-up with Dr [[P3.last]] on [[date]].",
    "happy bday to my fav human [[P1.first|lc]] 🎂 born [[DOB.long]] and still can't parallel park",
    "Student: [[P1.full]] | born [[DOB]] | guardian [[P2.full]] | pickup auth: [[P3.first]] only",
    "Hey it's [[P1.first]], new number [[PHONE]]. [[P2.first]] has my old phone now, don't text "
    "it.",
    "We're at [[ADDR]] — the buzzer is broken, call [[P1.first]] on [[PHONE]] when you're outside.",
    "Address for the wedding invites: [[P1.full]] & [[P2.full]], [[ADDR]]",
    "[[P1.first]] paid for the whole dinner with [[CC]], I owe her like 60 bucks lol",
    "Split the Airbnb: [[P1.last]] and [[P2.last]] Venmo me, [[P3.first]] already sent it. "
    "My card [[CC]] got charged the full $[[amount]].",
    "pulled over on the way back from [[town]], officer wrote down [[DL]] and let [[P1.first]] "
    "go with a warning",
    "[[P1.first]]'s ITIN came back as [[ITIN]], and the letter was addressed to [[ADDR]] even "
    "though [[P1.first]] moved in [[month]].",
    "the switch port 14 shows [[MAC]] — that's [[P1.first]]'s old ThinkPad, not the [[brand]] "
    "kiosk",
    "[[P1.login]] keeps asking me to send USDT to [[ETH]]. Is this a scam? [[P2.first]] says "
    "[[P1.first]] isn't even in the [[team]] group chat anymore.",
    "dear diary, [[P1.first|lc]] finally said yes!! [[P2.first|lc]] and [[P3.first|lc]] "
    "owe me $20 each",
]

PII_OTHER: list = [
    # Polish
    (
        "pl",
        "",
        "Powiedz [[M1.first@dat]], że build jest zielony. [[product]] w końcu przestał "
        "się wywalać. [[F2.first]] sprawdzi jutro testy.",
    ),
    (
        "pl",
        "",
        "Wczoraj spotkałam [[F1.first@acc]] [[F1.last@acc]] pod Biedronką. Mówiła, że "
        "[[M2.first]] zmienia pracę i przeprowadza się do Gdańska.",
    ),
    (
        "pl",
        "",
        "Dzień dobry, proszę o kontakt z panią [[F1.last@ins]] w sprawie zamówienia "
        "[[order]]. Telefon: [[PHONE]], adres do wysyłki: [[ADDR]].",
    ),
    (
        "pl",
        "lc",
        "to co, u [[P1.first@gen]] o [[time]]? [[P2.first]] przyniesie wino, a ja "
        "zadzwonię do [[P3.first@gen]]",
    ),
    (
        "pl",
        "",
        "Przelew od [[P1.full@gen]] nie doszedł. Numer konta: [[IBAN]]. Daj znać "
        "[[P2.first@dat]], bo czeka na pieniądze za Kraków.",
    ),
    # Czech
    (
        "cs",
        "",
        "Řekni [[M1.first@dat]], ať mi zavolá. Jsem u [[F2.first@gen]] do šesti a Lidl je zavřený.",
    ),
    (
        "cs",
        "",
        "Dobrý den, posílám údaje ke smlouvě: [[P1.full]], nar. [[DOB]], bydliště "
        "[[ADDR]], tel. [[PHONE]]. S pozdravem [[P2.full]]",
    ),
    (
        "cs",
        "",
        "Včera jsem mluvil s [[F1.first@ins]] [[F1.last@ins]] o projektu [[product]]. "
        "Prý to [[M2.first]] schválí až v pondělí.",
    ),
    # Russian
    (
        "ru",
        "",
        "Передай [[M1.first@dat]], что сборка зелёная. [[product]] больше не падает, "
        "а [[F2.first]] завтра проверит тесты.",
    ),
    (
        "ru",
        "",
        "Вчера видела [[F1.first@acc]] с [[M2.first@ins]] возле метро. Говорят, "
        "[[F1.first]] переезжает в Казань.",
    ),
    (
        "ru",
        "",
        "Здравствуйте! Прошу оформить доставку на имя [[P1.full]], телефон [[PHONE]], "
        "адрес: [[ADDR]]. Дата рождения получателя: [[DOB]]",
    ),
    (
        "ru",
        "",
        "[[P1.full]], [[time]]\nкто-нибудь знает пароль от вайфая в офисе?\n"
        "[[P2.full]], [[time2]]\n[[SECRET.pwd]] — только не говори [[P3.first@dat]]",
    ),
    (
        "ru",
        "",
        "Служебная записка: прошу предоставить отпуск [[P1.full@dat]] с 1 по 14 июля. "
        "Замещает — [[P2.full]]. Паспорт сотрудника: [[PASSPORT]].",
    ),
    # Ukrainian
    (
        "uk",
        "",
        "Скажи [[M1.first@dat]], що зустріч перенесли на четвер. У [[F2.first@gen]] "
        "температура, вона працює з дому.",
    ),
    (
        "uk",
        "",
        "Шановна пані [[F1.last]]! Ваше замовлення [[order]] відправлено на адресу "
        "[[ADDR]]. Телефон кур'єра: [[PHONE]].",
    ),
    ("uk", "", "Вчора бачив [[P1.first@acc]] на Хрещатику, передавав вітання [[P2.first@dat]]."),
    # Finnish
    ("fi", "", "Kerro [[M1.first@all]], että build on taas vihreä. [[product]] ei enää kaatuile."),
    (
        "fi",
        "",
        "Sain eilen [[F1.first@abl]] viestin: [[P2.first@ade]] on kuulemma uusi numero, [[PHONE]].",
    ),
    (
        "fi",
        "",
        "Hei, tässä tilaajan tiedot: [[P1.full]], [[ADDR]], syntynyt [[DOB]]. Lasku "
        "lähetetään osoitteeseen [[P1.email]].",
    ),
    ("fi", "lc", "menetkö [[P1.first@gen]] kanssa nokian areenalle? [[P2.last]] myy lippuja"),
    # Hungarian
    ("hu", "", "Szólj [[M1.first@dat]], hogy zöld a build, a [[product]] már nem omlik össze."),
    (
        "hu",
        "",
        "Tegnap találkoztam [[F1.first@ins]] a piacon, [[P2.full]] is ott volt a gyerekekkel.",
    ),
    (
        "hu",
        "",
        "Tisztelt [[P1.full]]! A(z) [[order]] számú rendelését feladtuk. Szállítási cím: "
        "[[ADDR]]\nKérdés esetén hívja a [[PHONE]] számot.",
    ),
    (
        "hu",
        "",
        "Elküldtem a szerződést [[P1.full@dat]], de [[P2.last]] szerint a "
        "születési dátum rossz: [[DOB]]",
    ),
    # Turkish
    ("tr", "", "[[M1.first@dat]] söyle, build yeşil. [[product]] artık çökmüyor."),
    (
        "tr",
        "",
        "Dün akşam [[F1.first@ins]] sinemaya gittik, [[P2.first]] da geldi ama "
        "[[P3.first@gen]] annesi hastaymış.",
    ),
    (
        "tr",
        "",
        "Merhaba, kargo bilgileri: Alıcı: [[P1.full]], Adres: [[ADDR]], Tel: [[PHONE]]. "
        "Doğum tarihi: [[DOB]]",
    ),
    (
        "tr",
        "",
        "[[P1.full@gen]] dosyası hâlâ eksik, IBAN numarasını [[P2.first@dat]] gönderdim: [[IBAN]]",
    ),
    # Greek
    (
        "el",
        "",
        "Πες στον [[M1.first@acc]] ότι το build πέρασε. Η [[F2.first]] θα ελέγξει τα τεστ αύριο.",
    ),
    (
        "el",
        "",
        "Αγαπητή κυρία [[F1.last]], η παραγγελία [[order]] θα παραδοθεί στη διεύθυνση "
        "[[ADDR]]. Τηλέφωνο επικοινωνίας: [[PHONE]].",
    ),
    (
        "el",
        "",
        "Το αυτοκίνητο της [[F1.first@gen]] είναι στο συνεργείο, πάρε τηλέφωνο τον "
        "[[M2.first@acc]] στο [[PHONE]].",
    ),
    # Georgian
    (
        "ka",
        "",
        "სახელი და გვარი: [[P1.full]]\nდაბადების თარიღი: [[DOB]]\nტელეფონი: [[PHONE]]\n"
        "მისამართი: [[ADDR]]",
    ),
    ("ka", "", "[[P1.first]], ხვალ შეხვედრა [[time]]-ზე გვაქვს. [[P2.full]] ვერ მოვა, ავად არის."),
    # Armenian
    (
        "hy",
        "",
        "Բարև, [[P1.first]]։ Վաղը հանդիպումը ժամը [[time]]-ին է, [[P2.full]]-ը չի կարող գալ։",
    ),
    (
        "hy",
        "",
        "Անուն, ազգանուն՝ [[P1.full]]\nԾննդյան ամսաթիվ՝ [[DOB]]\nՀեռախոս՝ [[PHONE]]\n"
        "Հասցե՝ [[ADDR]]",
    ),
    # Arabic
    (
        "ar",
        "",
        "مرحبا [[P1.first]]، أرسل لي [[P2.first]] رقمك الجديد [[PHONE]]. هل ما زلت "
        "تسكن في [[ADDR]]؟",
    ),
    (
        "ar",
        "",
        "الاسم: [[P1.full]]\nتاريخ الميلاد: [[DOB]]\nرقم جواز السفر: [[PASSPORT]]\n"
        "البريد الإلكتروني: [[P1.email]]",
    ),
    (
        "ar",
        "",
        "اجتماع اليوم مع [[P1.full]] و[[P2.first]] تأجل إلى الخميس، والحساب البنكي "
        "للتحويل هو [[IBAN]].",
    ),
    # Hebrew
    ("he", "", "תגיד ל[[P1.first]] שהבילד עבר. [[P2.first]] עדיין מחכה לאישור מ[[P3.last]]."),
    ("he", "", "שלום, פרטי המשלוח: [[P1.full]], [[ADDR]], טלפון [[PHONE]]. תאריך לידה: [[DOB]]."),
    # Persian
    ("fa", "", "سلام [[P1.first]] جان، [[P2.first]] گفت شماره جدیدت [[PHONE]] است."),
    ("fa", "", "نام: [[P1.full]]\nتاریخ تولد: [[DOB]]\nنشانی: [[ADDR]]\nایمیل: [[P1.email]]"),
    # Hindi
    (
        "hi",
        "",
        "[[P1.first]] को बोल देना कि मीटिंग कल [[time]] बजे है। [[P2.full]] का नंबर [[PHONE]] है।",
    ),
    (
        "hi",
        "",
        "प्रिय [[P1.full]], आपका ऑर्डर [[order]] इस पते पर भेजा गया है: [[ADDR]]। जन्म तिथि: [[DOB]]",
    ),
    # Bengali
    ("bn", "", "[[P1.first]]কে বলো আজ রাতে [[P2.first]]দের বাসায় দাওয়াত। ফোন নম্বর [[PHONE]]।"),
    ("bn", "", "নাম: [[P1.full]]\nজন্ম তারিখ: [[DOB]]\nমোবাইল: [[PHONE]]\nঠিকানা: [[ADDR]]"),
    # Tamil
    ("ta", "", "[[P1.first]] கிட்ட சொல்லு, நாளைக்கு மீட்டிங் [[time]] மணிக்கு. [[P2.full]] வர மாட்டார்."),
    ("ta", "", "பெயர்: [[P1.full]]\nபிறந்த தேதி: [[DOB]]\nதொலைபேசி: [[PHONE]]\nமுகவரி: [[ADDR]]"),
    # Chinese
    (
        "zh",
        "",
        "[[P1.full]]：明天下午[[time]]开会，[[P2.full]]说他来不了\n[[P3.full]]：收到👌 "
        "会议室在三楼",
    ),
    (
        "zh",
        "",
        "请帮我把这段话翻译成英文：[[P1.last]]经理您好，我是[[P2.full]]，手机号"
        "[[PHONE]]，收货地址：[[ADDR]]。谢谢！",
    ),
    ("zh", "", "身份信息：姓名 [[P1.full]]，出生日期 [[DOB]]，护照号码 [[PASSPORT]]。"),
    ("zh", "", "跟[[P1.full]]说一下，[[product]]的构建已经通过了，[[P2.full]]明天再看测试。"),
    # Japanese
    (
        "ja",
        "",
        "[[P1.last]]さんに伝えてください、ビルドは通りました。[[P2.full]]さんは明日休みです。",
    ),
    (
        "ja",
        "",
        "[[P1.first]]: 明日の飲み会、[[P2.last]]さんも来るって！\n[[P3.first]]: "
        "まじ？場所どこだっけ\n[[P1.first]]: [[ADDR]]の2階",
    ),
    ("ja", "", "氏名：[[P1.full]]\n生年月日：[[DOB]]\n電話番号：[[PHONE]]\nメール：[[P1.email]]"),
    # Korean
    (
        "ko",
        "",
        "[[P1.full]] 오후 [[time]]\n내일 회의 [[P2.full]]님도 오시나요?\n[[P3.full]] "
        "오후 [[time2]]\n네 [[P2.first]]씨 온대요",
    ),
    ("ko", "", "[[P1.full]]님, 주문하신 상품이 [[ADDR]](으)로 배송될 예정입니다. 문의: [[PHONE]]"),
    (
        "ko",
        "",
        "이력서\n성명: [[P1.full]]\n생년월일: [[DOB]]\n연락처: [[PHONE]]\n이메일: [[P1.email]]",
    ),
    # Thai
    ("th", "", "[[P1.first]]: พรุ่งนี้ประชุมกี่โมง\n[[P2.first]]: บ่ายสองค่ะ คุณ[[P3.first]]ก็มาด้วย"),
    ("th", "", "ชื่อ-นามสกุล: [[P1.full]]\nวันเกิด: [[DOB]]\nเบอร์โทร: [[PHONE]]\nที่อยู่: [[ADDR]]"),
    # Vietnamese
    (
        "vi",
        "",
        "Nhắn [[P1.nick]] là build đã xanh rồi nhé. Chị [[F2.nick]] hỏi số của anh "
        "[[M3.full]]: [[PHONE]].",
    ),
    (
        "vi",
        "",
        "Họ và tên: [[P1.full]]\nNgày sinh: [[DOB]]\nĐịa chỉ: [[ADDR]]\nSố hộ chiếu: [[PASSPORT]]",
    ),
    # Indonesian
    (
        "id",
        "",
        "Tolong kabari [[P1.first]] ya, rapat besok jam [[time]]. [[P2.full]] nggak bisa datang.",
    ),
    (
        "id",
        "",
        "Kepada Yth. Bapak/Ibu [[P1.full]], pesanan [[order]] akan dikirim ke [[ADDR]]. "
        "No. HP: [[PHONE]]",
    ),
    # Tagalog
    (
        "tl",
        "",
        "Pakisabi kay [[P1.first]] na tapos na yung build. Si [[P2.nick]] daw ang "
        "bahala sa [[product]].",
    ),
    ("tl", "", "Pangalan: [[P1.full]]\nKaarawan: [[DOB]]\nTirahan: [[ADDR]]\nCellphone: [[PHONE]]"),
    # Swahili
    (
        "sw",
        "",
        "Mwambie [[P1.first]] kwamba mkutano umeahirishwa hadi Alhamisi. [[P2.full]] "
        "atakuja na ripoti.",
    ),
    ("sw", "", "Jina: [[P1.full]]\nTarehe ya kuzaliwa: [[DOB]]\nSimu: [[PHONE]]\nAnwani: [[ADDR]]"),
    # Yoruba
    ("yo", "", "Ẹ jọ̀ọ́, ẹ sọ fún [[P1.first]] pé ìpàdé ti yí padà sí ọjọ́ Ẹtì. [[P2.full]] yóò wá."),
    ("yo", "", "Orúkọ: [[P1.full]]\nỌjọ́ ìbí: [[DOB]]\nNọ́mbà fóònù: [[PHONE]]\nÀdírẹ́sì: [[ADDR]]"),
    # Spanish
    (
        "es",
        "",
        "Dile a [[P1.first]] que el build ya pasó. [[P2.full]] sigue esperando el visto "
        "bueno de [[P3.first]].",
    ),
    ("es", "", "¡Hola [[P1.nick]]! ¿Vienes al cumple de [[P2.first]] el sábado? Es en [[ADDR]]."),
    (
        "es",
        "",
        "Estimado/a [[P1.full]]: le confirmamos la domiciliación en la cuenta [[IBAN]]. "
        "Para cualquier duda llame al [[PHONE]].",
    ),
    (
        "es",
        "lc",
        "oye q le pasa a [[P1.first]]?? no contesta desde el martes, pregúntale a [[P2.first]]",
    ),
    # Portuguese
    ("pt", "", "Fala pro [[M1.first]] que o deploy foi. A [[F2.first]] tá de férias até segunda."),
    (
        "pt",
        "",
        "Exmo. Sr. [[M1.full]], informamos que o seu pedido [[order]] será entregue na "
        "morada [[ADDR]]. Contacto: [[PHONE]].",
    ),
    (
        "pt",
        "",
        "Nome completo: [[P1.full]]\nData de nascimento: [[DOB]]\nE-mail: [[P1.email]]\n"
        "Cartão: [[CC]]",
    ),
    # French
    (
        "fr",
        "",
        "Dis à [[P1.first]] que le build est passé. [[P2.full]] attend encore la "
        "validation de [[P3.last]].",
    ),
    (
        "fr",
        "",
        "Bonjour Madame [[F1.last]], suite à notre échange téléphonique, je vous "
        "confirme le rendez-vous du [[date]]. Mon numéro : [[PHONE]]. Cordialement, "
        "[[P2.full]]",
    ),
    (
        "fr",
        "",
        "Nom : [[P1.last|up]]\nPrénom : [[P1.first]]\nNé(e) le : [[DOB]]\nAdresse : "
        "[[ADDR]]\nIBAN : [[IBAN]]",
    ),
    # German
    (
        "de",
        "",
        "Sag [[P1.first]] bitte, dass der Build wieder grün ist. [[P2.first]]s "
        "Geburtstagsfeier ist übrigens am Samstag.",
    ),
    (
        "de",
        "",
        "Sehr geehrte Frau [[F1.last]], anbei die Unterlagen für Ihren Mietvertrag. "
        "Bitte überweisen Sie die Kaution auf das Konto [[IBAN]].\nMit freundlichen "
        "Grüßen\n[[P2.full]]",
    ),
    (
        "de",
        "",
        "Hab grad [[M1.first]] beim Lidl getroffen, er meint [[P2.first]] zieht nach Leipzig.",
    ),
    (
        "de",
        "",
        "Vorname: [[P1.first]]\nNachname: [[P1.last]]\nGeburtsdatum: [[DOB]]\n"
        "Führerscheinnummer: [[DL]]\nTelefon: [[PHONE]]",
    ),
    # Italian
    (
        "it",
        "",
        "Di' a [[P1.first]] che la build è passata. [[P2.full]] aspetta ancora l'ok di "
        "[[P3.last]].",
    ),
    (
        "it",
        "",
        "Gentile [[P1.full]], la sua prenotazione per il [[date]] è confermata. "
        "Indirizzo: [[ADDR]]. Tel. [[PHONE]]",
    ),
    # Dutch
    ("nl", "", "Zeg tegen [[P1.first]] dat de build weer groen is. [[P2.full]] is vandaag vrij."),
    (
        "nl",
        "",
        "Geachte heer/mevrouw [[P1.last]], uw bestelling [[order]] wordt bezorgd op "
        "[[ADDR]]. Bij vragen: [[PHONE]]. IBAN voor retour: [[IBAN]].",
    ),
    # Swedish
    ("sv", "", "Säg till [[P1.first]] att bygget är grönt igen. [[P2.full]] är ledig idag."),
    ("sv", "", "Namn: [[P1.full]]\nFödd: [[DOB]]\nAdress: [[ADDR]]\nTelefon: [[PHONE]]"),
]

CLEAN_EN: list = [
    "Jenkins failed again on main after the Gradle [[ver]] bump. Rolling back to [[sha7]].",
    "Ask Alexa to set a timer for 20 minutes and then remind me to check the oven.",
    "What was Abraham Lincoln's position on tariffs? Keep it under 200 words.",
    "We're driving from Austin to Charlotte via Jackson — any good BBQ stops on the way?",
    "Order [[order]] shipped on [[date.long]]; tracking says it's sitting in a depot in Reading.",
    "Ticket [[ticket]]: upgrade Django to [[ver]] and audit the Ruby gems before the "
    "[[month]] freeze.",
    "session [[uuid]] not found; retry scheduled at [[ts]] (attempt 3/5)",
    "Compare the breakfast menus at Wendy's and McDonald's for a blog post, with prices.",
    "Release notes [[ver]]: Hugo themes updated, Jasmine specs migrated, Ember addon removed.",
    "Why is Marie Curie's notebook still kept in a lead-lined box?",
    "Should I buy a Ford Ranger or a used Porsche Macan for a 40-minute commute?",
    "The grace period on the loan is 15 days; after that a late fee of 5% applies.",
    "Summer reading list for year 9: Shakespeare, Mary Shelley, Charles Dickens and one "
    "modern novel of their choice.",
    "Is Hope Street in Liverpool walkable from Lime Street station with a suitcase?",
    'def get_user(user_id: str) -> User:\n    row = db.fetch_one("SELECT * FROM users WHERE '
    'id = %s", (user_id,))\n    return User(**row) if row else None',
    "worker-3 picked job [[uuid]] in 231ms; queue depth 14; [[product]] healthy",
    "The Lakers beat the Celtics 112-104 on [[weekday]] — how many titles does each franchise "
    "have now?",
    "sha256: [[sha256]]  build.tar.gz — does this match the published checksum?",
    "Florence, Victoria and Georgia are all on my travel list for [[month]]. Which is best in "
    "the rainy season?",
    "[[storm]] knocked out power for two days; what should be in a basic emergency kit?",
    "Explain the difference between Cassandra and Kafka like I'm a product manager.",
    "Our dog [[pet]] keeps barking at the Roomba. Any training tips?",
    "Who would win in a debate, [[fict]] or [[fict2]]? Write it as a short scene.",
    "Martin Luther King Jr. Blvd is closed between 5th and 9th for the parade on [[weekday]].",
    "Write product copy for our Grace Hopper desk mug and the Ada Lovelace notebook.",
    "INC[[big]] resolved: VPN gateway vpn-gw-fra restarted at [[time]] UTC, root cause was an "
    "expired intermediate cert.",
    "May and June were slow, April was worse. Draft a note to investors about Q2 without "
    "sounding panicked.",
    "Dr Pepper or Mr. Pibb? Settle this for the office vending machine vote.",
    "git log --oneline\n[[sha7]] Merge pull request #[[big]] from release/[[ver]]\n[[sha72]] "
    "bump [[product]] to [[ver2]]\n[[sha73]] docs: fix typo in README",
    "Convert the Baker Street references in this Sherlock Holmes essay to MLA style.",
    "Chelsea vs Bayern kicks off at [[time]] — what channel is it on in Sydney?",
    "pip install flask==[[ver]] pandas jupyter; then run `python -m jasmine` — why does it "
    "say module not found?",
    "The Johnson & Johnson and Procter & Gamble earnings both come out on [[weekday]]. "
    "Summarize what analysts expect.",
    "Napoleon, Julius Caesar and Cleopatra: make a 10-question quiz for a history club.",
    "Our [[month]] newsletter: the Lincoln branch library reopens, the Charlotte farmers' "
    "market moves to Saturdays, and the Madison food bank needs volunteers.",
    "PO-[[big]] approved for 12 Dell laptops and 3 Philips monitors; delivery to building C.",
]

CLEAN_OTHER: list = [
    (
        "de",
        "",
        "Jenkins ist schon wieder rot, seit dem Update auf Gradle [[ver]]. Kann "
        "jemand den Commit [[sha7]] zurücksetzen?",
    ),
    ("de", "", "Welche Werke hat Goethe in Weimar geschrieben? Bitte eine kurze Liste."),
    (
        "fr",
        "",
        "La commande [[order]] est partie le [[date]]. Le colis est bloqué à Lyon "
        "depuis trois jours.",
    ),
    (
        "es",
        "",
        "¿Qué diferencia hay entre Django y Flask para una API pequeña? Respuesta "
        "corta, por favor.",
    ),
    (
        "ja",
        "",
        "ビルド[[sha7]]が失敗しました。Jenkinsのログを見ると、Gradle [[ver]]の問題のようです。",
    ),
    ("zh", "", "订单号[[order]]已于[[date]]发货，请问孔子和孟子的思想有什么区别？"),
    ("ru", "", "Пушкин и Толстой — кого читать первым? И почему Jenkins опять упал?"),
    (
        "pl",
        "",
        "Zamówienie [[order]] utknęło w Krakowie. Czy Mikołaj Kopernik naprawdę "
        "studiował w Bolonii?",
    ),
    ("ar", "", "ما الفرق بين بايثون وروبي؟ ونريد ملخصاً عن ابن خلدون في فقرة واحدة."),
    ("ko", "", "세종대왕과 이순신에 대한 퀴즈 10문제를 만들어 주세요. 티켓 [[ticket]]"),
    ("tr", "", "Atatürk'ün Samsun'a çıkışı hangi tarihte? Sipariş [[order]] hâlâ gelmedi."),
    ("pt", "", "Quem foi Santos Dumont? E o pedido [[order]] chega a Curitiba quando?"),
    ("hi", "", "महात्मा गांधी की दांडी यात्रा के बारे में पाँच वाक्य लिखिए।"),
    ("it", "", "Ferrari o Porsche? Leonardo da Vinci avrebbe scelto la Ferrari, ovvio."),
]
