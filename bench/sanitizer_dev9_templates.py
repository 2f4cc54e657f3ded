# ruff: noqa: E501  (templates are whole texts, one line per line of the text)
"""Hand-written data for bench/sanitizer_dev9.py: name lists, locale data and text templates.

Written without looking at the sanitizer's rules, word lists or tests. No Faker, no
gender_guesser: every name below is typed by hand.

Name entries are ';'-separated. An entry is 'native=roman' (native script = romanized form) or a
single form. 'a/b' inside an entry is the male/female variant (surnames), and '|' adds inflected
forms in the order of the culture's ``cases`` list (the first case, 'nom', is the entry itself).
"""

from __future__ import annotations

CULTURES = {
    "en": dict(
        lang="en",
        m="James; John; Robert; Michael; William; David; Richard; Thomas; Christopher; Daniel; "
        "Matthew; Anthony; Mark; Bill; Will; Hunter; Chase; Mason; Tyler; Brandon; Kyle; Wesley; "
        "Clay; Dean; Frank; Jack; Ryan; Nathan; Drew; Grant; Miles; Lance; Bob; Jay; Rusty; "
        "Jean-Paul; Carl; Glenn; Troy; Colby; Brock; Heath; Reed",
        f="Mary; Patricia; Jennifer; Linda; Elizabeth; Barbara; Susan; Jessica; Sarah; Karen; Hope; "
        "Rose; Grace; Summer; Jade; Faith; Joy; Ivy; Holly; Dawn; April; June; Autumn; Crystal; "
        "Amber; Ruby; Heather; Brooke; Paige; Megan; Ashley; Mary-Kate; Lily-Rose; Anne-Marie; "
        "Emily; Chloe; Olivia; Sophie; Harper; Willow; Skye; Misty; Destiny; Precious; Robin; "
        "Margaret; Katherine; Penny; Daisy; Sky; Liberty; Haven; Charity",
        last="Smith; Johnson; Williams; Brown; Jones; Miller; Davis; Wilson; Anderson; Taylor; Moore; "
        "Jackson; White; Harris; Baker; Young; King; Wright; Hill; Green; Adams; Nelson; Carter; "
        "Mitchell; Turner; Parker; Cook; Bishop; Hunter; Rice; Wood; Black; Long; Little; Fox; "
        "Sharp; Moody; Bush; Rose; Page; Hope; Summers; Fletcher; Oakley; Whitaker; Pryce-Jones; "
        "Fox-Wilson; Smith-Jones; MacDonald; McAllister; St. Clair; Cross; Lovelace-Grant; Frost; "
        "Waters; Stone; Marsh; Gold; Bell; Small; Price; Chambers",
        mid_m="James; Lee; Michael; Edward; Thomas; Alan; Ray; Wayne; John",
        mid_f="Marie; Ann; Lynn; Elizabeth; Rose; Jane; Louise; Grace; Mae",
        nick={
            "William": "Bill; Will; Billy; Liam",
            "Robert": "Bob; Rob; Bobby; Robbie",
            "Elizabeth": "Liz; Beth; Lizzie; Betsy",
            "Margaret": "Maggie; Peggy; Meg; Greta",
            "Katherine": "Kate; Katie; Kat; Kitty",
            "Richard": "Rick; Rich; Richie; Dick",
            "James": "Jim; Jimmy; Jamie",
            "Jennifer": "Jen; Jenny; Jenn",
            "Michael": "Mike; Mikey",
            "Christopher": "Chris; Topher",
            "Daniel": "Dan; Danny",
            "Thomas": "Tom; Tommy",
            "Anthony": "Tony; Ant",
            "Patricia": "Pat; Patty; Trish",
            "Matthew": "Matt",
            "Jessica": "Jess; Jessie",
            "Susan": "Sue; Suzy",
            "Barbara": "Barb; Babs",
            "Nathan": "Nate",
            "Olivia": "Liv; Livvy",
            "Ashley": "Ash",
            "Samantha": "Sam",
        },
    ),
    "ie": dict(
        lang="en",
        m="Seán; Cillian; Oisín; Darragh; Pádraig; Ciarán; Eoin; Tadhg; Cathal; Ruairí; Diarmuid; "
        "Colm; Fionn; Donal; Conor; Niall",
        f="Siobhán; Aoife; Niamh; Saoirse; Caoimhe; Órla; Róisín; Clodagh; Gráinne; Eimear; Sinéad; "
        "Aisling; Méabh; Orlaith; Deirdre",
        last="O'Brien; O'Connor; Murphy; Kelly; Ó Súilleabháin/Ní Shúilleabháin; McCarthy; Byrne; "
        "Ó Briain/Ní Bhriain; Mac Cárthaigh/Nic Cárthaigh; O'Sullivan; Fitzgerald; Doherty; "
        "Gallagher; Ó Conaill/Ní Chonaill; Kavanagh; Nolan; Quinn; Brennan; Ó Néill/Ní Néill",
        nick={
            "Pádraig": "Paddy; Podge",
            "Diarmuid": "Dermot",
            "Siobhán": "Shiv",
            "Caoimhe": "Keeva",
            "Cillian": "Cill",
        },
    ),
    "es": dict(
        lang="es",
        m="José; Juan; Carlos; Javier; Alejandro; Pablo; Sergio; Álvaro; Diego; Jorge; Rubén; Íñigo; "
        "Jesús; Ángel; Manuel; Juan Carlos; José Luis; Francisco Javier; Francisco; Ignacio",
        f="María; Lucía; Carmen; Ana; Laura; Marta; Paula; Elena; Pilar; Rocío; Nuria; Dolores; "
        "Consuelo; Inmaculada; Begoña; María José; Ana Belén; Mercedes; Paloma; Concepción; Amparo",
        last="García López; Martínez; Fernández; González; Rodríguez Sánchez; Pérez; Gómez; Díaz; "
        "Ruiz; Hernández; Jiménez; Moreno; Muñoz; Álvarez; Romero; de la Fuente; del Río; "
        "Fernández de Córdoba; Iglesias; Ortega; Navarro; Domínguez Vázquez; Castillo; Sáez; "
        "de la Torre; Gil; Serrano Blanco; Molina; Crespo",
        nick={
            "José": "Pepe; Pepito",
            "Francisco": "Paco; Curro",
            "Dolores": "Lola",
            "Jesús": "Chus",
            "Manuel": "Manolo",
            "Consuelo": "Chelo",
            "Concepción": "Concha; Conchi",
            "Ignacio": "Nacho",
            "Francisco Javier": "Javi; Fran",
            "María José": "Majo",
            "Inmaculada": "Inma",
            "Mercedes": "Merche",
            "Alejandro": "Álex",
        },
    ),
    "mx": dict(
        lang="es",
        m="Luis Fernando; Jesús; Alejandro; Ricardo; Emiliano; Santiago; Mateo; Arturo; Héctor; "
        "Cuauhtémoc; Rodrigo; Eduardo; Francisco; Iván; Omar",
        f="Guadalupe; Ximena; Fernanda; Valeria; Itzel; Citlali; Araceli; Yesenia; Mariana; Daniela; "
        "Alejandra; Xóchitl; Marisol; Esperanza; Paloma",
        last="Hernández; Ramírez; Flores; Cruz; Reyes; Morales; Gutiérrez; Mendoza; Aguilar; "
        "Vázquez; Castañeda; Ochoa; Zavala; de la Cruz; Juárez; Sandoval Peña; Torres; "
        "Villaseñor; Cervantes; Olvera",
        nick={
            "Guadalupe": "Lupita; Lupe",
            "Jesús": "Chuy",
            "Francisco": "Pancho; Paco",
            "Alejandro": "Alex",
            "Eduardo": "Lalo",
            "Ricardo": "Richi",
        },
    ),
    "pt": dict(
        lang="pt",
        m="João; Tiago; Rui; Nuno; Pedro; Miguel; Duarte; Gonçalo; Francisco; Afonso; Vasco; "
        "Henrique; Bernardo",
        f="Inês; Beatriz; Leonor; Mafalda; Matilde; Joana; Sofia; Carolina; Maria João; Ana Rita; "
        "Filipa; Catarina; Rosário",
        last="Silva; Santos; Ferreira; Pereira; Oliveira; Costa; Rodrigues; Martins; Sousa; "
        "Gonçalves; Fonseca; da Silva; dos Santos; de Sousa; Teixeira; Magalhães; Lopes Ribeiro; "
        "Carvalho e Melo; Brandão",
        nick={"Francisco": "Chico; Kiko", "Gonçalo": "Gonças", "Catarina": "Cat"},
    ),
    "br": dict(
        lang="pt",
        m="Lucas; Gabriel; Matheus; Rafael; Guilherme; Thiago; Gustavo; Felipe; Leonardo; Vinícius; "
        "Caio; Enzo; João Pedro; Luiz Carlos; Washington",
        f="Ana Clara; Juliana; Camila; Larissa; Letícia; Fernanda; Bianca; Thaís; Gabriela; Luana; "
        "Maria Eduarda; Raíssa; Vitória; Jéssica; Graça",
        last="Souza; Lima; Carvalho; Almeida; Nascimento; Araújo; Barbosa; Ribeiro; Cavalcanti; "
        "Moura; dos Anjos; de Oliveira; Albuquerque; Rocha; Pinheiro; Monteiro",
        nick={
            "Maria Eduarda": "Duda",
            "Guilherme": "Gui",
            "João Pedro": "JP",
            "Rafael": "Rafa",
            "Gabriela": "Gabi",
            "Fernanda": "Nanda",
            "Luiz Carlos": "Luizinho",
            "Vinícius": "Vini",
        },
    ),
    "fr": dict(
        lang="fr",
        m="Jean-Pierre; Jean-Baptiste; Luc; Mathieu; Thibault; Guillaume; Nicolas; Benoît; Théo; "
        "Hugo; Clément; François; Loïc; Pierre-Yves; Jérôme; Yannick; Gaël",
        f="Marie; Camille; Léa; Chloé; Manon; Élodie; Aurélie; Sandrine; Océane; Margaux; Anaïs; "
        "Marie-Claire; Anne-Sophie; Hélène; Maëlle; Claire; Solène; Bérénice",
        last="Martin; Bernard; Dubois; Thomas; Robert; Petit; Durand; Lefèvre; Moreau; Laurent; "
        "Girard; Fontaine; Rousseau; Lemoine; Dupont; Le Gall; Le Goff; Mercier; Bonnet; "
        "Chevalier; Faure; Morel-Lambert; Ben Saïd; de Villeneuve; Boulanger; Lebrun",
        nick={
            "Jean-Baptiste": "JB",
            "Nicolas": "Nico",
            "Élodie": "Élo",
            "Guillaume": "Guigui",
            "Mathieu": "Matt",
            "Aurélie": "Auré",
            "Pierre-Yves": "PY",
        },
    ),
    "de": dict(
        lang="de",
        m="Lukas; Jonas; Maximilian; Felix; Tobias; Jürgen; Klaus; Dieter; Hans-Peter; Karl-Heinz; "
        "Florian; Sebastian; Matthias; Uwe; Björn; Jörg; Sören; Moritz; Wolfgang",
        f="Anna; Lena; Julia; Katharina; Sabine; Ursula; Petra; Jana; Annika; Birgit; Gisela; Heike; "
        "Anne-Kathrin; Lea-Sophie; Jutta; Käthe; Franziska; Henrike",
        last="Müller; Schmidt; Schneider; Fischer; Weber; Meyer; Wagner; Becker; Schulz; Hoffmann; "
        "Koch; Richter; Klein; Wolf; Schröder; Neumann; Schwarz; Zimmermann; Krüger; König; "
        "Sommer; Winter; Engel; Vogel; von Bülow; von der Heyden; Müller-Lüdenscheidt; "
        "Schulze-Berndt; Weiß; Groß",
        nick={
            "Maximilian": "Max; Maxi",
            "Katharina": "Kathi; Kati",
            "Sebastian": "Basti",
            "Matthias": "Matze",
            "Wolfgang": "Wolfi",
            "Franziska": "Franzi",
            "Tobias": "Tobi",
            "Florian": "Flo",
            "Ursula": "Uschi",
            "Hans-Peter": "HP",
        },
    ),
    "it": dict(
        lang="it",
        m="Giuseppe; Giovanni; Francesco; Alessandro; Lorenzo; Matteo; Andrea; Luca; Marco; "
        "Gianluca; Pierpaolo; Salvatore; Nicolò; Vincenzo",
        f="Giulia; Chiara; Francesca; Federica; Alessia; Martina; Sofia; Valentina; Maria Grazia; "
        "Annamaria; Rosaria; Giovanna; Benedetta",
        last="Rossi; Russo; Ferrari; Esposito; Bianchi; Romano; Colombo; Ricci; Marino; Greco; Bruno; "
        "Gallo; Conti; De Luca; Mancini; Costa; Giordano; Rizzo; Lombardi; Moretti; Fontana; "
        "D'Angelo; Di Stefano; Lo Bianco; Dell'Acqua; Caruso",
        nick={
            "Giuseppe": "Peppe; Beppe; Pino",
            "Francesco": "Checco; Franco",
            "Salvatore": "Totò; Turi",
            "Alessandro": "Ale; Sandro",
            "Francesca": "Fra",
            "Giovanni": "Gianni; Nanni",
            "Vincenzo": "Enzo",
        },
    ),
    "pl": dict(
        lang="pl",
        cases=["nom", "gen", "dat", "ins"],
        m="Piotr|Piotra|Piotrowi|Piotrem; Krzysztof|Krzysztofa|Krzysztofowi|Krzysztofem; "
        "Tomasz|Tomasza|Tomaszowi|Tomaszem; Paweł|Pawła|Pawłowi|Pawłem; "
        "Michał|Michała|Michałowi|Michałem; Marcin|Marcina|Marcinowi|Marcinem; "
        "Łukasz|Łukasza|Łukaszowi|Łukaszem; Jakub|Jakuba|Jakubowi|Jakubem; "
        "Grzegorz|Grzegorza|Grzegorzowi|Grzegorzem; Wojciech|Wojciecha|Wojciechowi|Wojciechem; "
        "Jan|Jana|Janowi|Janem",
        f="Anna|Anny|Annie|Anną; Katarzyna|Katarzyny|Katarzynie|Katarzyną; "
        "Małgorzata|Małgorzaty|Małgorzacie|Małgorzatą; Agnieszka|Agnieszki|Agnieszce|Agnieszką; "
        "Joanna|Joanny|Joannie|Joanną; Magdalena|Magdaleny|Magdalenie|Magdaleną; Ewa|Ewy|Ewie|Ewą; "
        "Zofia|Zofii|Zofii|Zofią; Natalia|Natalii|Natalii|Natalią; "
        "Aleksandra|Aleksandry|Aleksandrze|Aleksandrą; Dorota|Doroty|Dorocie|Dorotą; "
        "Barbara|Barbary|Barbarze|Barbarą",
        last="Kowalski|Kowalskiego|Kowalskiemu|Kowalskim/Kowalska|Kowalskiej|Kowalskiej|Kowalską; "
        "Nowak|Nowaka|Nowakowi|Nowakiem/Nowak|Nowak|Nowak|Nowak; "
        "Wiśniewski|Wiśniewskiego|Wiśniewskiemu|Wiśniewskim/Wiśniewska|Wiśniewskiej|Wiśniewskiej|Wiśniewską; "
        "Wójcik|Wójcika|Wójcikowi|Wójcikiem/Wójcik|Wójcik|Wójcik|Wójcik; "
        "Kamiński|Kamińskiego|Kamińskiemu|Kamińskim/Kamińska|Kamińskiej|Kamińskiej|Kamińską; "
        "Zieliński|Zielińskiego|Zielińskiemu|Zielińskim/Zielińska|Zielińskiej|Zielińskiej|Zielińską; "
        "Szymański|Szymańskiego|Szymańskiemu|Szymańskim/Szymańska|Szymańskiej|Szymańskiej|Szymańską; "
        "Woźniak|Woźniaka|Woźniakowi|Woźniakiem/Woźniak|Woźniak|Woźniak|Woźniak; "
        "Dąbrowski|Dąbrowskiego|Dąbrowskiemu|Dąbrowskim/Dąbrowska|Dąbrowskiej|Dąbrowskiej|Dąbrowską; "
        "Mazur|Mazura|Mazurowi|Mazurem/Mazur|Mazur|Mazur|Mazur; "
        "Krawczyk|Krawczyka|Krawczykowi|Krawczykiem/Krawczyk|Krawczyk|Krawczyk|Krawczyk; "
        "Kowalczyk-Nowak|Kowalczyka-Nowaka|Kowalczykowi-Nowakowi|Kowalczykiem-Nowakiem/"
        "Kowalczyk-Nowak|Kowalczyk-Nowak|Kowalczyk-Nowak|Kowalczyk-Nowak",
        nick={
            "Katarzyna": "Kasia; Kaśka",
            "Małgorzata": "Gosia; Małgosia",
            "Aleksandra": "Ola",
            "Agnieszka": "Aga",
            "Piotr": "Piotrek",
            "Tomasz": "Tomek",
            "Jakub": "Kuba",
            "Krzysztof": "Krzysiek",
            "Wojciech": "Wojtek",
            "Magdalena": "Magda",
            "Joanna": "Asia",
            "Zofia": "Zosia",
            "Grzegorz": "Grzesiek",
        },
    ),
    "cz": dict(
        lang="cs",
        cases=["nom", "gen", "dat"],
        m="Jan|Jana|Janovi; Petr|Petra|Petrovi; Tomáš|Tomáše|Tomášovi; Martin|Martina|Martinovi; "
        "Jiří|Jiřího|Jiřímu; Pavel|Pavla|Pavlovi; Jakub|Jakuba|Jakubovi; Lukáš|Lukáše|Lukášovi; "
        "Ondřej|Ondřeje|Ondřejovi; Vojtěch|Vojtěcha|Vojtěchovi",
        f="Jana|Jany|Janě; Eva|Evy|Evě; Tereza|Terezy|Tereze; Lucie|Lucie|Lucii; "
        "Kateřina|Kateřiny|Kateřině; Petra|Petry|Petře; Markéta|Markéty|Markétě; "
        "Veronika|Veroniky|Veronice; Hana|Hany|Haně; Barbora|Barbory|Barboře",
        last="Novák|Nováka|Novákovi/Nováková|Novákové|Novákové; "
        "Svoboda|Svobody|Svobodovi/Svobodová|Svobodové|Svobodové; "
        "Novotný|Novotného|Novotnému/Novotná|Novotné|Novotné; "
        "Dvořák|Dvořáka|Dvořákovi/Dvořáková|Dvořákové|Dvořákové; "
        "Černý|Černého|Černému/Černá|Černé|Černé; "
        "Procházka|Procházky|Procházkovi/Procházková|Procházkové|Procházkové; "
        "Kučera|Kučery|Kučerovi/Kučerová|Kučerové|Kučerové; "
        "Veselý|Veselého|Veselému/Veselá|Veselé|Veselé; "
        "Horák|Horáka|Horákovi/Horáková|Horákové|Horákové; "
        "Marek|Marka|Markovi/Marková|Markové|Markové",
        nick={
            "Jan": "Honza",
            "Jiří": "Jirka",
            "Kateřina": "Káťa",
            "Jakub": "Kuba",
            "Petr": "Péťa",
            "Barbora": "Bára",
            "Tereza": "Terka",
        },
    ),
    "fi": dict(
        lang="fi",
        cases=["nom", "gen"],
        m="Mikko|Mikon; Juha|Juhan; Matti|Matin; Antti|Antin; Janne|Jannen; Ville|Villen; "
        "Jukka|Jukan; Timo|Timon; Eero|Eeron; Lauri|Laurin; Olli|Ollin; Pekka|Pekan",
        f="Aino|Ainon; Anna|Annan; Liisa|Liisan; Maria|Marian; Johanna|Johannan; Sanna|Sannan; "
        "Elina|Elinan; Tuula|Tuulan; Kaisa|Kaisan; Satu|Sadun; Riikka|Riikan; Helmi|Helmin",
        last="Korhonen|Korhosen; Virtanen|Virtasen; Mäkinen|Mäkisen; Nieminen|Niemisen; "
        "Mäkelä|Mäkelän; Hämäläinen|Hämäläisen; Laine|Laineen; Heikkinen|Heikkisen; "
        "Koskinen|Koskisen; Järvinen|Järvisen; Lehtonen|Lehtosen; Saarinen|Saarisen; "
        "Salo|Salon; Kallio|Kallion",
    ),
    "ru": dict(
        lang="ru",
        native=True,
        m="Александр=Aleksandr; Дмитрий=Dmitry; Сергей=Sergey; Андрей=Andrey; Алексей=Alexey; "
        "Иван=Ivan; Михаил=Mikhail; Николай=Nikolai; Владимир=Vladimir; Евгений=Evgeny; "
        "Артём=Artyom; Максим=Maksim; Игорь=Igor; Олег=Oleg; Кирилл=Kirill; Роман=Roman; "
        "Никита=Nikita",
        f="Анна=Anna; Мария=Maria; Елена=Elena; Ольга=Olga; Наталья=Natalya; Татьяна=Tatiana; "
        "Екатерина=Ekaterina; Светлана=Svetlana; Ирина=Irina; Юлия=Yulia; Дарья=Darya; "
        "Ксения=Ksenia; Надежда=Nadezhda; Вера=Vera; Алёна=Alyona",
        last="Иванов/Иванова=Ivanov/Ivanova; Смирнов/Смирнова=Smirnov/Smirnova; "
        "Кузнецов/Кузнецова=Kuznetsov/Kuznetsova; Попов/Попова=Popov/Popova; "
        "Соколов/Соколова=Sokolov/Sokolova; Лебедев/Лебедева=Lebedev/Lebedeva; "
        "Козлов/Козлова=Kozlov/Kozlova; Новиков/Новикова=Novikov/Novikova; "
        "Морозов/Морозова=Morozov/Morozova; Волков/Волкова=Volkov/Volkova; "
        "Соловьев/Соловьева=Solovyov/Solovyova; Васильев/Васильева=Vasiliev/Vasilieva; "
        "Зайцев/Зайцева=Zaitsev/Zaitseva; Орлов/Орлова=Orlov/Orlova; "
        "Ильин/Ильина=Ilyin/Ilyina; Сорокин/Сорокина=Sorokin/Sorokina; "
        "Успенский/Успенская=Uspensky/Uspenskaya; Белых/Белых=Belykh/Belykh; "
        "Черных/Черных=Chernykh/Chernykh; Никитин/Никитина=Nikitin/Nikitina",
        mid_m="Александрович=Aleksandrovich; Сергеевич=Sergeyevich; Иванович=Ivanovich; "
        "Дмитриевич=Dmitrievich; Андреевич=Andreyevich; Петрович=Petrovich",
        mid_f="Александровна=Aleksandrovna; Сергеевна=Sergeyevna; Ивановна=Ivanovna; "
        "Петровна=Petrovna; Викторовна=Viktorovna; Олеговна=Olegovna",
        nick={
            "Александр": "Саша=Sasha; Шура=Shura",
            "Дмитрий": "Дима=Dima",
            "Сергей": "Серёжа=Seryozha",
            "Алексей": "Лёша=Lyosha",
            "Иван": "Ваня=Vanya",
            "Михаил": "Миша=Misha",
            "Николай": "Коля=Kolya",
            "Владимир": "Вова=Vova; Володя=Volodya",
            "Евгений": "Женя=Zhenya",
            "Мария": "Маша=Masha",
            "Елена": "Лена=Lena",
            "Ольга": "Оля=Olya",
            "Наталья": "Наташа=Natasha",
            "Татьяна": "Таня=Tanya",
            "Екатерина": "Катя=Katya",
            "Светлана": "Света=Sveta",
            "Ирина": "Ира=Ira",
            "Юлия": "Юля=Yulya",
            "Дарья": "Даша=Dasha",
            "Анна": "Аня=Anya",
            "Надежда": "Надя=Nadya",
        },
    ),
    "ua": dict(
        lang="uk",
        native=True,
        m="Олександр=Oleksandr; Андрій=Andrii; Тарас=Taras; Богдан=Bohdan; Остап=Ostap; Іван=Ivan; "
        "Максим=Maksym; Юрій=Yurii; Сергій=Serhii; Василь=Vasyl; Микола=Mykola; Олег=Oleh; "
        "Назар=Nazar",
        f="Олена=Olena; Оксана=Oksana; Наталія=Nataliia; Ірина=Iryna; Марія=Mariia; Юлія=Yuliia; "
        "Анастасія=Anastasiia; Тетяна=Tetiana; Софія=Sofiia; Галина=Halyna; Катерина=Kateryna; "
        "Соломія=Solomiia; Христина=Khrystyna; Олеся=Olesia",
        last="Шевченко=Shevchenko; Коваленко=Kovalenko; Бондаренко=Bondarenko; Ткаченко=Tkachenko; "
        "Кравченко=Kravchenko; Мельничук=Melnychuk; Ковальчук=Kovalchuk; Поліщук=Polishchuk; "
        "Савчук=Savchuk; Лисенко=Lysenko; Руденко=Rudenko; Марченко=Marchenko; Павлюк=Pavliuk; "
        "Гнатюк=Hnatiuk; Ковальський/Ковальська=Kovalskyi/Kovalska; Петрів=Petriv; "
        "Сидоренко=Sydorenko; Литвин=Lytvyn",
        mid_m="Олександрович=Oleksandrovych; Іванович=Ivanovych; Петрович=Petrovych; "
        "Васильович=Vasylovych",
        mid_f="Олександрівна=Oleksandrivna; Іванівна=Ivanivna; Петрівна=Petrivna; Василівна=Vasylivna",
        nick={
            "Олександр": "Сашко=Sashko",
            "Андрій": "Андрійко=Andriiko",
            "Іван": "Івасик=Ivasyk",
            "Тарас": "Тарасик=Tarasyk",
            "Олена": "Оленка=Olenka",
            "Наталія": "Наталка=Natalka",
            "Марія": "Марічка=Marichka",
            "Софія": "Соня=Sonia",
            "Галина": "Галя=Halia",
            "Катерина": "Катруся=Katrusia",
            "Юлія": "Юля=Yulia",
        },
    ),
    "gr": dict(
        lang="el",
        native=True,
        cases=["nom", "gen"],
        m="Γιώργος|Γιώργου=Giorgos; Δημήτρης|Δημήτρη=Dimitris; Νίκος|Νίκου=Nikos; Κώστας|Κώστα=Kostas; "
        "Γιάννης|Γιάννη=Giannis; Παναγιώτης|Παναγιώτη=Panagiotis; Χρήστος|Χρήστου=Christos; "
        "Βασίλης|Βασίλη=Vasilis; Αλέξανδρος|Αλέξανδρου=Alexandros; Σπύρος|Σπύρου=Spyros; "
        "Άγγελος|Άγγελου=Angelos",
        f="Μαρία|Μαρίας=Maria; Ελένη|Ελένης=Eleni; Κατερίνα|Κατερίνας=Katerina; "
        "Βασιλική|Βασιλικής=Vasiliki; Σοφία|Σοφίας=Sofia; Αγγελική|Αγγελικής=Angeliki; "
        "Δέσποινα|Δέσποινας=Despoina; Ειρήνη|Ειρήνης=Eirini; Χαρά|Χαράς=Chara; "
        "Ελπίδα|Ελπίδας=Elpida; Αθηνά|Αθηνάς=Athina",
        last="Παπαδόπουλος|Παπαδόπουλου/Παπαδοπούλου|Παπαδοπούλου=Papadopoulos/Papadopoulou; "
        "Οικονόμου|Οικονόμου=Oikonomou; Γεωργίου|Γεωργίου=Georgiou; "
        "Παπαδάκης|Παπαδάκη/Παπαδάκη|Παπαδάκη=Papadakis/Papadaki; Νικολάου|Νικολάου=Nikolaou; "
        "Καραγιάννης|Καραγιάννη/Καραγιάννη|Καραγιάννη=Karagiannis/Karagianni; "
        "Βλάχος|Βλάχου/Βλάχου|Βλάχου=Vlachos/Vlachou; Αντωνίου|Αντωνίου=Antoniou; "
        "Μακρής|Μακρή/Μακρή|Μακρή=Makris/Makri; Αλεξίου|Αλεξίου=Alexiou; "
        "Κωνσταντινίδης|Κωνσταντινίδη/Κωνσταντινίδου|Κωνσταντινίδου=Konstantinidis/Konstantinidou; "
        "Δημητρίου|Δημητρίου=Dimitriou",
        nick={
            "Γιώργος": "Γιωργάκης=Giorgakis",
            "Δημήτρης": "Μήτσος=Mitsos",
            "Κώστας": "Κωστάκης=Kostakis",
            "Γιάννης": "Γιαννάκης=Giannakis",
            "Παναγιώτης": "Πάνος=Panos; Τάκης=Takis",
            "Βασιλική": "Βάσω=Vaso; Βίκυ=Vicky",
        },
    ),
    "ge": dict(
        lang="ka",
        native=True,
        m="გიორგი=Giorgi; დავით=Davit; ლევან=Levan; ნიკა=Nika; ლაშა=Lasha; ირაკლი=Irakli; "
        "ზურაბ=Zurab; გელა=Gela; თორნიკე=Tornike; ალექსანდრე=Aleksandre; ბექა=Beka",
        f="ნინო=Nino; მარიამ=Mariam; ანა=Ana; თამარ=Tamar; ნათია=Natia; სალომე=Salome; "
        "ეკატერინე=Ekaterine; ქეთევან=Ketevan; მაკა=Maka; ლიკა=Lika; ნანა=Nana",
        last="ბერიძე=Beridze; კაპანაძე=Kapanadze; გელაშვილი=Gelashvili; მაისურაძე=Maisuradze; "
        "ლომიძე=Lomidze; ჯაფარიძე=Japaridze; წიკლაური=Tsiklauri; ნოზაძე=Nozadze; "
        "მელაძე=Meladze; ქავთარაძე=Kavtaradze; ჩხეიძე=Chkheidze; ხუციშვილი=Khutsishvili",
        nick={
            "ქეთევან": "ქეთი=Keti",
            "ეკატერინე": "ეკა=Eka",
            "ალექსანდრე": "სანდრო=Sandro",
            "გიორგი": "გოგა=Goga; გიო=Gio",
        },
    ),
    "am": dict(
        lang="hy",
        native=True,
        m="Արամ=Aram; Տիգրան=Tigran; Հայկ=Hayk; Արմեն=Armen; Դավիթ=Davit; Գևորգ=Gevorg; "
        "Նարեկ=Narek; Վահե=Vahe; Արթուր=Artur; Սարգիս=Sargis; Կարեն=Karen",
        f="Անի=Ani; Նարե=Nare; Լիլիթ=Lilit; Մարիամ=Mariam; Աննա=Anna; Սոնա=Sona; Գայանե=Gayane; "
        "Արփի=Arpi; Մանե=Mane; Նունե=Nune; Աստղիկ=Astghik",
        last="Սարգսյան=Sargsyan; Հովհաննիսյան=Hovhannisyan; Գրիգորյան=Grigoryan; "
        "Հարությունյան=Harutyunyan; Պետրոսյան=Petrosyan; Խաչատրյան=Khachatryan; "
        "Ավետիսյան=Avetisyan; Մկրտչյան=Mkrtchyan; Վարդանյան=Vardanyan; Ղազարյան=Ghazaryan; "
        "Ստեփանյան=Stepanyan; Տեր-Գրիգորյան=Ter-Grigoryan",
    ),
    "zh": dict(
        lang="zh",
        native=True,
        order="lf",
        join="",
        m="伟=Wei; 强=Qiang; 磊=Lei; 军=Jun; 洋=Yang; 勇=Yong; 杰=Jie; 浩然=Haoran; 子轩=Zixuan; "
        "宇航=Yuhang; 志明=Zhiming; 建国=Jianguo; 俊杰=Junjie; 博文=Bowen",
        f="芳=Fang; 娜=Na; 敏=Min; 静=Jing; 秀英=Xiuying; 丽=Li; 婷=Ting; 雪=Xue; 欣怡=Xinyi; "
        "梓涵=Zihan; 雨桐=Yutong; 思琪=Siqi; 美玲=Meiling; 晓燕=Xiaoyan",
        last="王=Wang; 李=Li; 张=Zhang; 刘=Liu; 陈=Chen; 杨=Yang; 黄=Huang; 赵=Zhao; 吴=Wu; 周=Zhou; "
        "徐=Xu; 孙=Sun; 马=Ma; 朱=Zhu; 胡=Hu; 郭=Guo; 何=He; 林=Lin; 罗=Luo; 欧阳=Ouyang; 司马=Sima",
        nick={
            "静": "静静=Jingjing",
            "婷": "婷婷=Tingting",
            "晓燕": "燕子=Yanzi",
            "雪": "小雪=Xiaoxue",
            "磊": "阿磊=A-Lei",
            "伟": "小伟=Xiaowei",
            "敏": "敏敏=Minmin",
        },
    ),
    "ja": dict(
        lang="ja",
        native=True,
        order="lf",
        join="",
        m="翔太=Shota; 大輔=Daisuke; 拓也=Takuya; 健太=Kenta; 蓮=Ren; 悠真=Yuma; 陽翔=Haruto; "
        "湊=Minato; 直樹=Naoki; 誠=Makoto; 和也=Kazuya; 浩二=Koji; 隆=Takashi",
        f="陽菜=Hina; 結衣=Yui; さくら=Sakura; 美咲=Misaki; 葵=Aoi; 愛子=Aiko; 由美=Yumi; 恵=Megumi; "
        "真由美=Mayumi; 結愛=Yua; 花子=Hanako; 明美=Akemi; 彩=Aya; ゆかり=Yukari",
        last="佐藤=Sato; 鈴木=Suzuki; 高橋=Takahashi; 田中=Tanaka; 伊藤=Ito; 渡辺=Watanabe; "
        "山本=Yamamoto; 中村=Nakamura; 小林=Kobayashi; 加藤=Kato; 吉田=Yoshida; 山田=Yamada; "
        "佐々木=Sasaki; 松本=Matsumoto; 井上=Inoue; 木村=Kimura; 林=Hayashi; 清水=Shimizu; "
        "森=Mori; 長谷川=Hasegawa",
        nick={
            "拓也": "たっくん=Takkun",
            "美咲": "みさ=Misa",
            "真由美": "まゆ=Mayu",
            "健太": "ケン=Ken",
            "由美": "ゆみっち=Yumicchi",
        },
    ),
    "ko": dict(
        lang="ko",
        native=True,
        order="lf",
        join="",
        m="민준=Min-jun; 서준=Seo-jun; 도윤=Do-yun; 지훈=Ji-hoon; 현우=Hyun-woo; 성민=Sung-min; "
        "준호=Jun-ho; 동현=Donghyun; 재원=Jae-won; 태양=Tae-yang; 영수=Young-soo",
        f="서연=Seo-yeon; 지우=Ji-woo; 하은=Ha-eun; 민지=Min-ji; 수빈=Su-bin; 지은=Ji-eun; 예진=Ye-jin; "
        "은비=Eunbi; 혜진=Hye-jin; 유나=Yuna; 소희=So-hee; 다은=Da-eun",
        last="김=Kim; 이=Lee; 박=Park; 최=Choi; 정=Jung; 강=Kang; 조=Cho; 윤=Yoon; 장=Jang; 임=Lim; "
        "한=Han; 오=Oh; 서=Seo; 신=Shin; 권=Kwon; 황=Hwang; 남궁=Namgung; 선우=Sunwoo",
    ),
    "ar": dict(
        lang="ar",
        native=True,
        m="محمد=Mohammed; أحمد=Ahmed; علي=Ali; عمر=Omar; خالد=Khaled; يوسف=Youssef; إبراهيم=Ibrahim; "
        "حسن=Hassan; طارق=Tariq; فيصل=Faisal; سامي=Sami; كريم=Karim; عبد الله=Abdullah; "
        "عبد الرحمن=Abdulrahman",
        f="فاطمة=Fatima; عائشة=Aisha; مريم=Maryam; نور=Nour; ليلى=Layla; سارة=Sara; هدى=Huda; ريم=Reem; "
        "أمل=Amal; ياسمين=Yasmin; سلمى=Salma; رنا=Rana; دينا=Dina; منى=Mona",
        last="العتيبي=Al-Otaibi; الحربي=Al-Harbi; القحطاني=Al-Qahtani; الشمري=al-Shammari; "
        "الزهراني=Al-Zahrani; المصري=El-Masry; حداد=Haddad; خوري=Khoury; النجار=Al-Najjar; "
        "منصور=Mansour; عبد العزيز=Abdelaziz; الهاشمي=al-Hashimi; سليمان=Suleiman; "
        "بن سعيد=bin Saeed; الراشد=al-Rashid",
        nick={
            "محمد": "حمودي=Hamoudi",
            "عبد الرحمن": "عبود=Abboud",
            "فاطمة": "فطوم=Fattoum",
            "إبراهيم": "بوب=Bob",
            "يوسف": "جو=Joe",
        },
    ),
    "he": dict(
        lang="he",
        native=True,
        m="יוסי=Yossi; דוד=David; משה=Moshe; אבי=Avi; איתי=Itai; נועם=Noam; יונתן=Yonatan; "
        "עומר=Omer; אורי=Uri; דניאל=Daniel; עידו=Ido; גיל=Gil",
        f="נועה=Noa; מיכל=Michal; שירה=Shira; תמר=Tamar; יעל=Yael; רותם=Rotem; הילה=Hila; אורית=Orit; "
        "ליאת=Liat; מאיה=Maya; אביגיל=Avigail; שני=Shani",
        last="כהן=Cohen; לוי=Levi; מזרחי=Mizrahi; פרץ=Peretz; ביטון=Biton; דהן=Dahan; אברהם=Avraham; "
        "פרידמן=Friedman; אזולאי=Azoulay; גולדברג=Goldberg; שפירא=Shapira; בן-דוד=Ben-David; "
        "בר-און=Bar-On; רוזנברג=Rosenberg; קפלן=Kaplan",
        nick={
            "דוד": "דודי=Dudi",
            "יונתן": "יוני=Yoni",
            "מיכל": "מיכלי=Michali",
            "אביגיל": "אבי=Avi",
        },
    ),
    "hi": dict(
        lang="hi",
        native=True,
        m="राहुल=Rahul; अमित=Amit; विकास=Vikas; सुरेश=Suresh; अर्जुन=Arjun; रोहित=Rohit; "
        "आदित्य=Aditya; संजय=Sanjay; विजय=Vijay; मनोज=Manoj; करण=Karan; प्रकाश=Prakash",
        f="प्रिया=Priya; अंजलि=Anjali; पूजा=Pooja; नेहा=Neha; सुनीता=Sunita; कविता=Kavita; "
        "दीपिका=Deepika; आशा=Asha; स्नेहा=Sneha; ऋतु=Ritu; मीनाक्षी=Meenakshi; श्रद्धा=Shraddha",
        last="शर्मा=Sharma; वर्मा=Verma; गुप्ता=Gupta; सिंह=Singh; कुमार=Kumar; पटेल=Patel; "
        "यादव=Yadav; मिश्रा=Mishra; अग्रवाल=Agarwal; चौहान=Chauhan; जोशी=Joshi; तिवारी=Tiwari; "
        "श्रीवास्तव=Srivastava; मेहता=Mehta",
        nicks="सोनू=Sonu; मोनू=Monu; गुड्डू=Guddu; बंटी=Bunty; गोलू=Golu; चीकू=Chiku",
    ),
    "bn": dict(
        lang="bn",
        native=True,
        m="সৌরভ=Sourav; অনির্বাণ=Anirban; রাহুল=Rahul; অরিজিৎ=Arijit; সুমন=Suman; তন্ময়=Tanmoy; "
        "রাকিব=Rakib; তানভীর=Tanvir; ফাহিম=Fahim; আরিফ=Arif",
        f="সুমিতা=Sumita; মৌমিতা=Moumita; অর্পিতা=Arpita; তানিয়া=Tania; নুসরাত=Nusrat; "
        "ফারহানা=Farhana; সাবরিনা=Sabrina; পৌলমী=Poulami; রিয়া=Riya; দেবযানী=Debjani",
        last="চট্টোপাধ্যায়=Chattopadhyay; বন্দ্যোপাধ্যায়=Bandyopadhyay; মুখোপাধ্যায়=Mukhopadhyay; "
        "দাস=Das; বসু=Basu; ঘোষ=Ghosh; সেন=Sen; রায়=Roy; হোসেন=Hossain; রহমান=Rahman; "
        "আহমেদ=Ahmed; চৌধুরী=Chowdhury; সরকার=Sarkar",
        nicks="বাবলু=Bablu; টুম্পা=Tumpa; পিকলু=Piklu; মিঠু=Mithu; বুবাই=Bubai; টুকাই=Tukai",
    ),
    "ta": dict(
        lang="ta",
        native=True,
        m="முருகன்=Murugan; கார்த்திக்=Karthik; அருண்=Arun; விஜய்=Vijay; செந்தில்=Senthil; "
        "சரவணன்=Saravanan; பாலாஜி=Balaji; கணேஷ்=Ganesh; ராஜேஷ்=Rajesh; பிரபு=Prabhu",
        f="பிரியா=Priya; லக்ஷ்மி=Lakshmi; கவிதா=Kavitha; மீனா=Meena; தேவி=Devi; சரண்யா=Saranya; "
        "திவ்யா=Divya; அனிதா=Anitha; வள்ளி=Valli; கீர்த்தனா=Keerthana",
        last="சுப்பிரமணியன்=Subramanian; ராமசாமி=Ramasamy; கிருஷ்ணன்=Krishnan; வெங்கடேசன்=Venkatesan; "
        "பாலசுப்பிரமணியம்=Balasubramaniam; நடராஜன்=Natarajan; ஐயர்=Iyer; பிள்ளை=Pillai; "
        "செல்வராஜ்=Selvaraj; அண்ணாமலை=Annamalai; முத்துசாமி=Muthusamy; சந்திரசேகரன்=Chandrasekaran",
    ),
    "th": dict(
        lang="th",
        native=True,
        m="สมชาย=Somchai; ธนากร=Thanakorn; ณัฐพล=Nattapon; วีระ=Weera; อนันต์=Anan; กิตติ=Kitti; "
        "สุริยา=Suriya; พงศกร=Phongsakorn; ชัยวัฒน์=Chaiwat",
        f="สมหญิง=Somying; ปิยะนุช=Piyanuch; กาญจนา=Kanchana; สุภาพร=Supaporn; วรรณา=Wanna; "
        "นภัสสร=Napatsorn; พิมพ์ชนก=Pimchanok; อรุณี=Arunee; ศิริพร=Siriporn; มาลี=Malee",
        last="ใจดี=Jaidee; ศรีสุข=Srisuk; วงศ์สวัสดิ์=Wongsawat; แสงทอง=Saengthong; บุญมา=Boonma; "
        "สุขประเสริฐ=Sukprasert; ทองดี=Thongdee; รัตนพันธ์=Rattanaphan; ชัยมงคล=Chaimongkol; "
        "พรหมมา=Promma",
        nicks="แบงค์=Bank; ต้น=Ton; นุ่น=Noon; ปุ้ย=Pui; เบียร์=Beer; มด=Mod; กุ้ง=Kung; ฝน=Fon; "
        "ปลา=Pla; แนน=Nan; บอส=Boss; พลอย=Ploy",
    ),
    "fa": dict(
        lang="fa",
        native=True,
        m="علی=Ali; محمد=Mohammad; رضا=Reza; حسین=Hossein; مهدی=Mehdi; امیر=Amir; آرش=Arash; "
        "کوروش=Kourosh; بهرام=Bahram; سینا=Sina; پویا=Pouya",
        f="فاطمه=Fatemeh; زهرا=Zahra; مریم=Maryam; سارا=Sara; نیلوفر=Niloufar; شیرین=Shirin; "
        "پریسا=Parisa; مهسا=Mahsa; نگار=Negar; لیلا=Leila; ترانه=Taraneh",
        last="محمدی=Mohammadi; حسینی=Hosseini; احمدی=Ahmadi; رضایی=Rezaei; کریمی=Karimi; "
        "موسوی=Mousavi; جعفری=Jafari; صادقی=Sadeghi; رحیمی=Rahimi; تهرانی=Tehrani; "
        "شیرازی=Shirazi; نوری=Nouri; قاسمی=Ghasemi",
    ),
    "tr": dict(
        lang="tr",
        m="Mehmet; Mustafa; Ahmet; Ali; Hüseyin; Hasan; İbrahim; Murat; Emre; Burak; Can; Barış; Cem; "
        "Oğuz; Kaan; Yiğit; Umut",
        f="Ayşe; Fatma; Emine; Hatice; Zeynep; Elif; Merve; Büşra; Özlem; Gül; Şeyma; Ceren; Deniz; "
        "Yağmur; Sevgi; Umut; İpek",
        last="Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Yıldırım; Öztürk; Aydın; Özdemir; Arslan; "
        "Doğan; Kılıç; Aslan; Çetin; Kara; Koç; Kurt; Özkan; Şimşek; Güneş",
    ),
    "vi": dict(
        lang="vi",
        order="lf",
        m="An; Bình; Cường; Dũng; Hùng; Huy; Khoa; Long; Nam; Phúc; Quang; Tuấn; Thắng; Việt",
        f="Anh; Châu; Hà; Hằng; Hương; Lan; Linh; Mai; Ngân; Phương; Thảo; Trang; Vy; Yến",
        last="Nguyễn; Trần; Lê; Phạm; Hoàng; Huỳnh; Phan; Vũ; Võ; Đặng; Bùi; Đỗ; Hồ; Ngô; Dương; "
        "Lý; Nguyen; Tran",
        mid_m="Văn; Minh; Đức; Quốc; Hữu; Thành",
        mid_f="Thị; Ngọc; Thu; Thanh; Kim; Mai",
    ),
    "id": dict(
        lang="id",
        m="Budi; Agus; Bambang; Joko; Rizky; Fajar; Dimas; Andi; Hendra; Wahyu; Arief; "
        "Muhammad Rizal; Eko; Slamet",
        f="Siti; Dewi; Sri; Ayu; Putri; Indah; Rina; Wulan; Nur; Fitri; Kartika; Intan; Ratna; Lestari",
        last="Santoso; Wijaya; Saputra; Hidayat; Kusuma; Setiawan; Pratama; Nugroho; Siregar; "
        "Nasution; Simanjuntak; Halim; Gunawan; Susanto; Purnomo; Hutapea",
    ),
    "ph": dict(
        lang="tl",
        m="Jose; Juan Miguel; Mark Anthony; John Paul; Jun; Rodel; Ramon; Jericho; Paolo; Carlo; "
        "Arnel; Rommel; Jhun; Reynaldo",
        f="Maria Cristina; Ma. Lourdes; Jocelyn; Maricel; Rowena; Jennylyn; Lovely; Princess; "
        "Angelica; Kristine; Rhea; Marites; Joy; Precious",
        last="dela Cruz; Santos; Reyes; Bautista; Ocampo; Garcia; Mendoza; Villanueva; Ramos; "
        "Castillo; Manalo; Macaraeg; Dimaculangan; Pangilinan; de los Santos; Tolentino; Magbanua",
        nicks="Bong; Jun-Jun; Ningning; Tintin; Bebeng; Dodong; Inday; Pinky; Boyet",
    ),
    "ke": dict(
        lang="sw",
        m="Brian; Kevin; Dennis; Kamau; Otieno; Mwangi; Kiprono; Baraka; Juma; Omondi; Wafula; Amani",
        f="Wanjiru; Achieng; Akinyi; Njeri; Wambui; Chebet; Faith; Mercy; Zawadi; Neema; Imani; "
        "Rehema; Nafula",
        last="Otieno; Kamau; Mwangi; Odhiambo; Njoroge; Kariuki; Ochieng; Mutua; Wanjala; Kiplagat; "
        "Chepkoech; Onyango; Muthoni; Wekesa; Barasa",
    ),
    "yo": dict(
        lang="yo",
        m="Adebayo; Oluwaseun; Babatunde; Ayodele; Olumide; Femi; Kayode; Segun; Adewale; Adébáyọ̀; "
        "Ṣọlá; Olúwaṣeun",
        f="Folake; Temitope; Funmilayo; Yetunde; Bukola; Omolara; Titilayo; Morenike; Ifeoluwa; "
        "Abimbola; Ìbùkún; Fọláṣadé; Ayọ̀",
        last="Adeyemi; Ogunleye; Balogun; Afolabi; Oyelaran; Olawale; Ogunbiyi; Adewumi; Akinwande; "
        "Ọ̀ṣúnbáyọ̀; Bámidélé; Ajayi; Oladipo",
        nick={
            "Oluwaseun": "Seun",
            "Babatunde": "Tunde",
            "Temitope": "Tope",
            "Funmilayo": "Funmi",
            "Abimbola": "Bimbo",
            "Olumide": "Mide",
            "Omolara": "Lara",
            "Ifeoluwa": "Ife",
            "Olúwaṣeun": "Ṣeun",
            "Adebayo": "Bayo",
        },
    ),
    "nl": dict(
        lang="nl",
        m="Jan; Pieter; Sander; Bram; Daan; Thijs; Joost; Ruud; Wouter; Sjoerd; Maarten; Jeroen; "
        "Kees; Gijs",
        f="Anouk; Fleur; Lotte; Sanne; Marieke; Femke; Eline; Ilse; Noor; Saskia; Annemiek; Roos",
        last="de Vries; van der Berg; van Dijk; Bakker; Janssen; Visser; Smit; Meijer; de Boer; "
        "Mulder; de Groot; Bos; Vos; Hendriks; van Leeuwen; van den Heuvel; Dekker; "
        "van der Meer; Jansen-Kok; 't Hart",
        nick={"Pieter": "Piet", "Wouter": "Wout", "Marieke": "Mieke", "Maarten": "Maart"},
    ),
    "se": dict(
        lang="sv",
        m="Erik; Lars; Anders; Johan; Karl; Per; Mikael; Björn; Nils; Oskar; Gustav; Sven; Axel",
        f="Anna; Maria; Karin; Kristina; Lena; Sara; Emma; Ingrid; Astrid; Linnéa; Elsa; Maja; Ebba",
        last="Andersson; Johansson; Karlsson; Nilsson; Eriksson; Larsson; Olsson; Persson; Svensson; "
        "Gustafsson; Lindqvist; Björk; Berg; Lund; Holm; Sjöberg; Åberg; Ström; Dahl; "
        "Lindgren-Åkesson",
        nick={
            "Kristina": "Kicki; Stina",
            "Lars": "Lasse",
            "Mikael": "Micke",
            "Gustav": "Gurra",
            "Anders": "Anders",
        },
    ),
    "hu": dict(
        lang="hu",
        order="lf",
        m="László; István; József; Zoltán; Gábor; Attila; Péter; Tamás; Balázs; Bence; Levente; Ferenc",
        f="Katalin; Erzsébet; Zsófia; Eszter; Réka; Anna; Ildikó; Krisztina; Zsuzsanna; Noémi; "
        "Boglárka; Orsolya",
        last="Nagy; Kovács; Tóth; Szabó; Horváth; Varga; Kiss; Molnár; Németh; Farkas; Balogh; Papp; "
        "Takács; Juhász; Lakatos; Mészáros; Oláh; Szűcs",
        nick={
            "Erzsébet": "Erzsi; Böske",
            "Zsófia": "Zsófi",
            "Zsuzsanna": "Zsuzsa",
            "Katalin": "Kati",
            "László": "Laci",
            "István": "Pista",
            "József": "Józsi",
            "Ferenc": "Feri",
            "Boglárka": "Bogi",
        },
    ),
    "ro": dict(
        lang="ro",
        m="Andrei; Alexandru; Ionuț; Mihai; Florin; Cristian; Bogdan; Răzvan; Vlad; Ștefan; "
        "Gheorghe; Radu",
        f="Ioana; Elena; Andreea; Mihaela; Ana-Maria; Alexandra; Cristina; Raluca; Oana; Roxana; "
        "Bianca; Daniela",
        last="Popescu; Ionescu; Popa; Dumitrescu; Stoica; Stan; Gheorghiu; Munteanu; Constantinescu; "
        "Lungu; Moldovan; Rusu; Dinu; Vasilescu; Georgescu; Ene",
        nick={"Gheorghe": "Ghiță; Gică", "Alexandru": "Alex; Sandu", "Ionuț": "Ionuț"},
    ),
    "my": dict(
        lang="ms",
        m="Ahmad; Muhammad Faiz; Mohd Hafiz; Amir; Hakim; Syafiq; Irfan; Danial; Azlan; Zulkifli",
        f="Nur Aisyah; Nurul Huda; Farah; Aina; Syazwani; Aishah; Balqis; Sofea; Hidayah; Zulaikha; "
        "Nabila",
        last="bin Ismail/binti Ismail; bin Abdullah/binti Abdullah; bin Hassan/binti Hassan; "
        "bin Othman/binti Othman; bin Yusof/binti Yusof; bin Rahman/binti Rahman; "
        "bin Ahmad/binti Ahmad; bin Ali/binti Ali",
    ),
}


# --------------------------------------------------------------------------------------------
# Phone formats: d = any digit, N = 2-9, M = 1-9; everything else is literal.
# --------------------------------------------------------------------------------------------

_US_PHONE = [
    "(Ndd) Ndd-dddd",
    "Ndd-Ndd-dddd",
    "Ndd.Ndd.dddd",
    "+1 Ndd Ndd dddd",
    "+1-Ndd-Ndd-dddd",
    "1 (Ndd) Ndd-dddd",
    "(Ndd)Ndd-dddd",
    "+1 (Ndd) Ndd-dddd",
]

PHONE_FORMATS = {
    "us": _US_PHONE,
    "ca": _US_PHONE,
    "gb": [
        "07ddd dddddd",
        "+44 7ddd dddddd",
        "020 dddd dddd",
        "+44 (0)20 dddd dddd",
        "0161 ddd dddd",
        "07ddd-ddd-ddd",
        "+447ddddddddd",
    ],
    "ie": ["08d ddd dddd", "+353 8d ddd dddd", "01 ddd dddd", "+353 (0)1 ddd dddd"],
    "in": ["+91 9dddd ddddd", "98ddd ddddd", "+91-7ddddddddd", "+91 80 dddd dddd", "9ddddddddd"],
    "au": ["04dd ddd ddd", "+61 4dd ddd ddd", "(02) dddd dddd", "+61 3 dddd dddd"],
    "nz": ["021 ddd dddd", "+64 21 ddd dddd", "(09) ddd dddd"],
    "ng": ["080d ddd dddd", "+234 80d ddd dddd", "+234 70d ddd dddd", "0803-ddd-dddd"],
    "ke": ["07dd ddd ddd", "+254 7dd ddd ddd", "+2547dddddddd", "0722 dddddd"],
    "ph": ["09dd ddd dddd", "+63 9dd ddd dddd", "(02) 8ddd dddd", "0917-ddd-dddd"],
    "sg": ["+65 9ddd dddd", "8ddd dddd", "+65 6ddd dddd"],
    "za": ["08d ddd dddd", "+27 8d ddd dddd", "(011) ddd dddd"],
    "es": ["6dd dd dd dd", "+34 6dd ddd ddd", "91d ddd ddd", "6dd ddd ddd"],
    "mx": ["+52 55 dddd dddd", "55 dddd dddd", "+52 1 33 dddd dddd", "(81) dddd-dddd"],
    "pt": ["9dd ddd ddd", "+351 9dd ddd ddd", "21d ddd ddd"],
    "br": ["(11) 9dddd-dddd", "+55 21 9dddd-dddd", "(Md) 9dddd-dddd", "+55 (31) 9dddd-dddd"],
    "fr": [
        "06 dd dd dd dd",
        "07 dd dd dd dd",
        "+33 6 dd dd dd dd",
        "01 dd dd dd dd",
        "+33 (0)1 dd dd dd dd",
        "06.dd.dd.dd.dd",
    ],
    "de": [
        "0151 dddddddd",
        "+49 17d dddddddd",
        "030 ddddddd",
        "+49 (0)89 dddddd",
        "0176-dddddddd",
        "+49 30 dddd ddd",
    ],
    "it": ["3dd ddd dddd", "+39 3dd ddd dddd", "06 dddd dddd", "+39 02 dddd dddd"],
    "pl": ["+48 5dd ddd ddd", "6dd-ddd-ddd", "22 ddd dd dd", "5dd ddd ddd"],
    "tr": ["05dd ddd dd dd", "+90 5dd ddd dd dd", "0 (212) ddd dd dd", "+90 (5dd) ddd dd dd"],
    "vn": ["09d ddd dddd", "+84 9d ddd dddd", "03d-ddd-dddd", "09dd.ddd.ddd"],
    "id": ["08dd-dddd-dddd", "+62 8dd dddd dddd", "(021) dddd dddd", "08ddddddddd"],
    "cn": [
        "13d dddd dddd",
        "15d dddd dddd",
        "+86 18d dddd dddd",
        "(010) dddd dddd",
        "+86-139-dddd-dddd",
    ],
    "jp": ["090-dddd-dddd", "080-dddd-dddd", "+81 90-dddd-dddd", "03-dddd-dddd", "06-dddd-dddd"],
    "kr": ["010-dddd-dddd", "+82 10-dddd-dddd", "02-ddd-dddd", "010 dddd dddd"],
    "sa": ["05d ddd dddd", "+966 5d ddd dddd", "+9665dddddddd"],
    "ae": ["05d ddd dddd", "+971 5d ddd dddd", "04 ddd dddd"],
    "eg": ["01d dddd dddd", "+20 1d dddd dddd", "+20 2 dddd dddd"],
    "il": ["05d-ddd-dddd", "+972 5d-ddd-dddd", "03-ddd-dddd", "+972-5d-ddddddd"],
    "bd": ["017dd-dddddd", "+880 18dd-dddddd", "+880 17dd dddddd", "019dddddddd"],
    "th": ["08d-ddd-dddd", "+66 8d ddd dddd", "02-ddd-dddd", "09d ddd dddd"],
    "ru": [
        "+7 9dd ddd-dd-dd",
        "8 (9dd) ddd-dd-dd",
        "+7 (495) ddd-dd-dd",
        "89dddddddd",
        "+7 9dd ddd dd dd",
    ],
    "ua": ["+380 6d ddd dd dd", "+380 9d ddd dd dd", "09d ddd dd dd", "+38 (06d) ddd-dd-dd"],
    "gr": ["69d ddd dddd", "+30 69d ddd dddd", "21d ddd dddd", "+30 210 ddd dddd"],
    "ge": ["+995 5dd dd dd dd", "5dd dd dd dd", "+995 32 2 dd dd dd"],
    "am": ["+374 9d dddddd", "09d dd-dd-dd", "+374 10 dd-dd-dd"],
    "nl": ["06-dddddddd", "+31 6 dddddddd", "020-ddd dddd", "+31 (0)20 ddd dddd", "06 dd dd dd dd"],
    "se": ["07d-ddd dd dd", "+46 7d ddd dd dd", "08-ddd dd dd", "+46 8 ddd dd dd"],
    "fi": ["04d ddd dddd", "+358 4d ddd dddd", "09 dddd dddd", "050 ddd dddd"],
    "hu": ["+36 20 ddd dddd", "06 30 ddd dddd", "+36 1 ddd dddd", "06-70-ddd-dddd"],
    "ir": ["09dd ddd dddd", "+98 9dd ddd dddd", "021 dddd dddd"],
    "ro": ["07dd ddd ddd", "+40 7dd ddd ddd", "021 ddd dddd", "07dd.ddd.ddd"],
    "cz": ["+420 6dd ddd ddd", "7dd ddd ddd", "+420 2dd ddd ddd"],
    "my": ["01d-ddd dddd", "+60 1d-ddd dddd", "03-dddd dddd", "+6012-ddd dddd"],
}

# --------------------------------------------------------------------------------------------
# Street addresses: 'fmt' is a list of str.format patterns; every other key is a list of parts.
# n / n2 / n3 are house, flat and floor numbers filled in by the generator; '#' in a part is a
# random digit.
# --------------------------------------------------------------------------------------------


def _s(x):
    return [v.strip() for v in x.split(";")]


ADDRESS = {
    "us": dict(
        fmt=[
            "{n} {street} {st}",
            "{n} {street} {st}, {city}, {state} {zip}",
            "{n} {street} {st}, Apt {n3}, {city}, {state} {zip}",
            "{n} {dir} {street} {st} #{n3}",
            "{n} {dir} {street} {st}, {city}, {state} {zip}",
            "{n} {street} {st} Unit {n3}, {city} {state}",
        ],
        street=_s(
            "Maple; Oak; Elm; Washington; Lake; Hill; Park; Cedar; Pine; Sunset; Highland; "
            "Jefferson; Franklin; Church; Willow; Hope; Magnolia; Chestnut; River; Meadow; Orchard"
        ),
        st=_s("St; Street; Ave; Avenue; Rd; Road; Blvd; Dr; Drive; Ln; Lane; Ct; Way; Pl"),
        dir=_s("N; S; E; W; North; West"),
        city=_s(
            "Springfield; Columbus; Austin; Portland; Madison; Denver; Raleigh; Tucson; Fresno; "
            "Dayton; Boise; Albany; Savannah; Eugene; Plano; Tacoma"
        ),
        state=_s("CA; NY; TX; OH; OR; WA; NC; GA; IL; CO; AZ; MA; MN; VA"),
        zip=_s("9####; 1####; 4####; 3####; 0####; 7####; 8####; 2####-####"),
    ),
    "gb": dict(
        fmt=[
            "{n} {street} {st}",
            "{n} {street} {st}, {city} {pc}",
            "Flat {n3}, {n} {street} {st}, {city}, {pc}",
            "{n} {street} {st}\n{city}\n{pc}",
            "{n}{letter} {street} {st}, {city}",
        ],
        street=_s(
            "High; Station; Victoria; Church; Mill; Queen's; King; Albert; Manor; Grange; Park; "
            "St John's; Windsor; Orchard; Beech"
        ),
        st=_s("Road; Street; Lane; Avenue; Close; Crescent; Gardens; Terrace; Way; Drive; Mews"),
        letter=_s("a; b; A; B"),
        city=_s(
            "London; Manchester; Leeds; Bristol; Sheffield; Nottingham; Cardiff; Glasgow; "
            "Edinburgh; Leicester; Reading; York"
        ),
        pc=_s(
            "M# #LP; LS# #QT; BS# #AH; SW## #PX; E# #GH; NG# #JD; CF## #RE; G## #XT; EH# #NB; "
            "RG# #HW; N1 #TE; YO## #WA"
        ),
    ),
    "ie": dict(
        fmt=[
            "{n} {street} {st}, {city}, {pc}",
            "{n} {street} {st}, {city}",
            "Apt {n3}, {n} {street} {st}, {city} {pc}",
        ],
        street=_s("Main; Church; Oakley; Castle; Strand; Abbey; Greenfield; Patrick; Shandon"),
        st=_s("Street; Road; Avenue; Park; Drive; Terrace"),
        city=_s("Dublin 6; Cork; Galway; Limerick; Dublin 8; Kilkenny; Sligo"),
        pc=_s("D06 F#K2; T12 Y#W9; H91 E#R3; V94 K#T8; D08 N#X5; R95 P#H6"),
    ),
    "in": dict(
        fmt=[
            "{n}, {street}, {area}, {city} - {pin}",
            "Flat {n3}0{n3}, {bldg}, {street}, {city} {pin}",
            "H.No. {n}-{n2}, {area}, {city}",
            "{n}/{n2}, {street}, {area}, {city} {pin}",
        ],
        street=_s(
            "MG Road; Link Road; Station Road; Nehru Nagar Main Road; 4th Cross Road; 12th Main; "
            "Hill Road; Linking Road"
        ),
        area=_s(
            "Andheri West; Koramangala; Indiranagar; Salt Lake; Banjara Hills; Anna Nagar; Kothrud; "
            "Sector 15; Vasant Kunj; Jayanagar"
        ),
        city=_s("Mumbai; Bengaluru; Kolkata; Hyderabad; Chennai; Pune; New Delhi; Noida; Gurugram"),
        pin=_s("400###; 560###; 700###; 500###; 600###; 411###; 110###; 201###"),
        bldg=_s(
            "Sai Krupa Apartments; Shanti Niwas; Green Park Residency; Lakeview Towers; Prestige Shantiniketan"
        ),
    ),
    "au": dict(
        fmt=[
            "{n} {street} {st}, {city} {state} {pc}",
            "Unit {n3}/{n} {street} {st}, {city} {state} {pc}",
            "{n3}/{n} {street} {st}",
            "{n} {street} {st}, {city}",
        ],
        street=_s(
            "George; Bourke; Chapel; Military; Bay; Beach; Parramatta; Stirling; Smith; Brunswick"
        ),
        st=_s("Street; Road; Parade; Avenue; Crescent; Terrace; Highway; Lane"),
        city=_s("Fitzroy; Surry Hills; Newtown; Fremantle; Glenelg; Toowong; Carlton; Manly"),
        state=_s("NSW; VIC; QLD; WA; SA; TAS"),
        pc=_s("2###; 3###; 4###; 6###; 5###"),
    ),
    "ca": dict(
        fmt=[
            "{n} {street} {st}, {city}, {prov} {pc}",
            "{n3}-{n} {street} {st}, {city} {prov}",
            "{n} {street} {st}",
        ],
        street=_s("Queen; Yonge; Bloor; Dundas; Maple; Sherbrooke; Portage; Jasper; King; Robson"),
        st=_s("Street; St W; Avenue; Rd; Blvd; Crescent; Drive"),
        city=_s("Toronto; Vancouver; Montréal; Ottawa; Calgary; Winnipeg; Halifax"),
        prov=_s("ON; BC; QC; AB; MB; NS"),
        pc=_s("M4C #B2; V6B #L9; H2X #Y4; K1P #A5; T2P #S7; R3C #N1; B3H #R2"),
    ),
    "ng": dict(
        fmt=[
            "{n} {street} {st}, {area}, {city}",
            "Plot {n}, {street} {st}, {area}, {city}",
            "{n} {street} {st}",
        ],
        street=_s(
            "Adeola Odeku; Awolowo; Herbert Macaulay; Allen; Ogunlana; Aminu Kano; Ajose Adeogun"
        ),
        st=_s("Street; Road; Way; Crescent; Avenue; Close"),
        area=_s("Victoria Island; Ikeja GRA; Surulere; Wuse II; Lekki Phase 1; Yaba; Bodija"),
        city=_s("Lagos; Abuja; Ibadan; Port Harcourt"),
    ),
    "ke": dict(
        fmt=["{n} {street} {st}, {area}, {city}", "House No. {n}, {street} {st}, {area}"],
        street=_s("Ngong; Kimathi; Moi; Kenyatta; Argwings Kodhek; Jogoo; Riverside; Mombasa"),
        st=_s("Road; Avenue; Street; Lane; Drive"),
        area=_s("Kilimani; Westlands; Lavington; Nyali; Kileleshwa; Karen; South B"),
        city=_s("Nairobi; Mombasa; Kisumu; Nakuru"),
    ),
    "ph": dict(
        fmt=[
            "{n} {street} St., Brgy. {brgy}, {city}",
            "Blk {n3} Lot {n2}, {sub}, {city}",
            "{n} {street} Street, {brgy}, {city} {pc}",
        ],
        street=_s("Rizal; Mabini; Bonifacio; Aguinaldo; Luna; Del Pilar; Quezon; Sampaguita"),
        brgy=_s("San Antonio; Poblacion; Bagong Silang; Malate; Kamuning; San Isidro; Lahug"),
        city=_s("Quezon City; Makati; Pasig; Cebu City; Davao City; Taguig; Manila"),
        sub=_s("Villa Verde Subd.; Greenwoods Executive Village; BF Homes; Camella Homes"),
        pc=_s("1###; 6000; 8000; 1630"),
    ),
    "sg": dict(
        fmt=[
            "Blk {n} {street} Ave {n3}, #{n3}-{n2}, Singapore {pc}",
            "{n} {street} Road, Singapore {pc}",
        ],
        street=_s("Ang Mo Kio; Tampines; Bedok North; Jurong West; Toa Payoh; Yishun; Clementi"),
        pc=_s("56####; 52####; 46####; 64####; 31####"),
    ),
    "nz": dict(
        fmt=["{n} {street} {st}, {suburb}, {city} {pc}", "{n3}/{n} {street} {st}, {suburb}"],
        street=_s("Ponsonby; Dominion; Cuba; Riccarton; Karangahape; Queen; Victoria"),
        st=_s("Road; Street; Terrace; Avenue; Crescent"),
        suburb=_s("Grey Lynn; Te Aro; Riccarton; Mt Eden; Kelburn; Remuera"),
        city=_s("Auckland; Wellington; Christchurch; Dunedin"),
        pc=_s("10##; 60##; 80##; 90##"),
    ),
    "za": dict(
        fmt=["{n} {street} {st}, {suburb}, {city}, {pc}", "{n} {street} {st}, {suburb}"],
        street=_s("Jan Smuts; Long; Loop; Oxford; Beyers Naudé; Main; Bree; Vilakazi"),
        st=_s("Avenue; Street; Road; Drive"),
        suburb=_s("Rosebank; Sea Point; Observatory; Melville; Umhlanga; Soweto; Hatfield"),
        city=_s("Johannesburg; Cape Town; Durban; Pretoria"),
        pc=_s("2196; 8005; 0181; 4319; ####"),
    ),
    "es": dict(
        fmt=[
            "C/ {street}, {n}, {piso}, {pc} {city}",
            "Calle {street} {n}, {piso}, {pc} {city}",
            "Avda. de {av}, {n}, {pc} {city}",
            "Calle {street}, {n} - {piso}",
            "Pza. {plaza} {n}, {pc} {city}",
        ],
        street=_s(
            "Mayor; Alcalá; de la Paz; del Carmen; Real; San Vicente; Colón; Goya; Serrano; Toledo"
        ),
        av=_s("la Constitución; América; Andalucía; los Reyes Católicos; Portugal; Aragón"),
        plaza=_s("de España; del Ayuntamiento; Mayor; de la Merced"),
        piso=_s("2º B; 3º Izda.; 1º 2ª; Bajo A; 5º D; 4º Dcha."),
        pc=_s("280##; 080##; 460##; 410##; 290##; 480##; 500##"),
        city=_s("Madrid; Barcelona; Valencia; Sevilla; Málaga; Bilbao; Zaragoza"),
    ),
    "mx": dict(
        fmt=[
            "Calle {street} {n}, Col. {col}, {cp} {city}",
            "Av. {av} {n} Int. {n3}, Col. {col}, C.P. {cp}, {city}",
            "{street} #{n}, Col. {col}, {city}",
        ],
        street=_s("Hidalgo; Morelos; Juárez; Madero; 5 de Mayo; Allende; Zaragoza; Guerrero"),
        av=_s(
            "Insurgentes Sur; Paseo de la Reforma; Revolución; Universidad; Patriotismo; Chapultepec"
        ),
        col=_s("Roma Norte; Condesa; Del Valle; Narvarte; Centro; Polanco; Americana"),
        cp=_s("06###; 03###; 11###; 44###; 64###"),
        city=_s("Ciudad de México; CDMX; Guadalajara, Jal.; Monterrey, N.L.; Puebla, Pue."),
    ),
    "pt": dict(
        fmt=[
            "Rua {street}, {n}, {andar}, {pc} {city}",
            "Av. {av}, n.º {n}, {pc} {city}",
            "Rua {street} {n} {andar}",
        ],
        street=_s(
            "Augusta; de Santa Catarina; do Almada; da Prata; Garrett; de São Bento; das Flores"
        ),
        andar=_s("2.º Esq.; 3.º Dto.; R/C; 1.º Frente; 4.º D"),
        av=_s("da Liberdade; da Boavista; Almirante Reis; da República"),
        pc=_s("1###-###; 4###-###; 3###-###; 8###-###"),
        city=_s("Lisboa; Porto; Coimbra; Braga; Faro; Aveiro"),
    ),
    "br": dict(
        fmt=[
            "Rua {street}, {n}, apto {n3}0{n3}, {bairro}, {city} - {uf}, {cep}",
            "Av. {av}, {n} - {bairro}, {city}/{uf}, {cep}",
            "Rua {street}, {n} - {bairro}",
        ],
        street=_s(
            "das Flores; Augusta; Oscar Freire; XV de Novembro; Sete de Setembro; "
            "Voluntários da Pátria; Barão de Mauá"
        ),
        av=_s("Paulista; Brasil; Atlântica; Afonso Pena; Boa Viagem; Ipiranga"),
        bairro=_s(
            "Pinheiros; Copacabana; Savassi; Moinhos de Vento; Boa Viagem; Vila Mariana; Botafogo"
        ),
        city=_s("São Paulo; Rio de Janeiro; Belo Horizonte; Porto Alegre; Recife; Curitiba"),
        uf=_s("SP; RJ; MG; RS; PE; PR"),
        cep=_s("0####-###; 2####-###; 3####-###; 9####-###; 5####-###; 8####-###"),
    ),
    "fr": dict(
        fmt=[
            "{n} rue {street}, {pc} {city}",
            "{n} bis, avenue {av}, {pc} {city}",
            "{n}, boulevard {bd}, {pc} {city}",
            "{n} rue {street}",
            "{n} rue {street}\n{pc} {city}",
        ],
        street=_s(
            "de la République; Victor Hugo; des Lilas; du Moulin; Saint-Honoré; de la Paix; "
            "Gambetta; des Écoles; Pasteur; Jean Jaurès"
        ),
        av=_s("Foch; de la Gare; Jean Médecin; du Général Leclerc; de Verdun"),
        bd=_s("Haussmann; Voltaire; de la Liberté; Saint-Michel"),
        pc=_s("75###; 69###; 13###; 33###; 31###; 06###; 59###; 44###"),
        city=_s("Paris; Lyon; Marseille; Bordeaux; Toulouse; Nice; Lille; Nantes"),
    ),
    "de": dict(
        fmt=[
            "{street} {n}, {pc} {city}",
            "{street} {n}a",
            "{street} {n}\n{pc} {city}",
            "{street} {n}, {city}",
        ],
        street=_s(
            "Hauptstraße; Bahnhofstr.; Schillerstraße; Goethestr.; Lindenallee; Berliner Straße; "
            "Gartenweg; Kirchgasse; Rosenweg; Friedrich-Ebert-Ring; Am Markt; Unter den Linden; "
            "Im Winkel; An der Alster; Alte Landstraße; Sonnenhang"
        ),
        pc=_s("10###; 20###; 80###; 50###; 60###; 70###; 01###; 04###"),
        city=_s("Berlin; Hamburg; München; Köln; Frankfurt am Main; Stuttgart; Dresden; Leipzig"),
    ),
    "it": dict(
        fmt=[
            "Via {via} {n}, {cap} {city} ({prov})",
            "Viale {viale}, {n}/{letter}, {cap} {city}",
            "Piazza {piazza} {n}, {cap} {city}",
            "Corso {corso} {n}",
            "Via {via}, {n}",
        ],
        via=_s(
            "Roma; Garibaldi; Mazzini; dei Mille; Cavour; del Corso; Verdi; della Repubblica; Dante"
        ),
        viale=_s("Europa; dei Pini; Monza; Trastevere"),
        piazza=_s("della Signoria; del Duomo; Castello; Garibaldi"),
        corso=_s("Vittorio Emanuele II; Buenos Aires; Umberto I"),
        letter=_s("A; B; C"),
        cap=_s("00###; 20###; 10###; 80###; 50###; 40###; 90###"),
        city=_s("Roma; Milano; Torino; Napoli; Firenze; Bologna; Palermo"),
        prov=_s("RM; MI; TO; NA; FI; BO; PA"),
    ),
    "pl": dict(
        fmt=[
            "ul. {street} {n}/{n3}, {pc} {city}",
            "al. {al} {n}, {pc} {city}",
            "ul. {street} {n} m. {n3}",
            "ul. {street} {n}, {city}",
        ],
        street=_s(
            "Marszałkowska; Piotrkowska; Długa; Floriańska; Mickiewicza; Słowackiego; Kościuszki; "
            "Lipowa; Polna; Ogrodowa; Krótka"
        ),
        al=_s("Jerozolimskie; Niepodległości; Solidarności; Grunwaldzka"),
        pc=_s("00-###; 30-###; 90-###; 80-###; 50-###; 61-###"),
        city=_s("Warszawa; Kraków; Łódź; Gdańsk; Wrocław; Poznań"),
    ),
    "tr": dict(
        fmt=[
            "{mah} Mah. {sok} Sok. No: {n} D: {n3}, {pc} {ilce}/{city}",
            "{cad} Cad. No:{n}/{n3} {ilce}/{city}",
            "{mah} Mahallesi, {sok} Sokak No:{n}, {ilce}",
        ],
        mah=_s("Caferağa; Bostancı; Kızılay; Alsancak; Levent; Moda; Bahçelievler"),
        sok=_s("Güneşli; Lale; Papatya; Çınar; Menekşe; Gül"),
        cad=_s("Bağdat; İstiklal; Cumhuriyet; Tunalı Hilmi; Halaskargazi"),
        pc=_s("34###; 06###; 35###; 16###"),
        ilce=_s("Kadıköy; Beşiktaş; Çankaya; Konak; Nilüfer; Üsküdar"),
        city=_s("İstanbul; Ankara; İzmir; Bursa"),
    ),
    "vn": dict(
        fmt=[
            "Số {n} {duong} {street}, Phường {phuong}, Quận {quan}, {city}",
            "{n}/{n3} {street}, P. {phuong}, Q. {quan}, {city}",
            "{n} {street}, {city}",
        ],
        duong=_s("Đường; Phố"),
        street=_s(
            "Lê Lợi; Nguyễn Huệ; Trần Hưng Đạo; Hai Bà Trưng; Điện Biên Phủ; Lý Thường Kiệt; "
            "Cách Mạng Tháng Tám"
        ),
        phuong=_s("Bến Nghé; Đa Kao; Tân Định; Hàng Bài; Cống Vị; 7; 12"),
        quan=_s("1; 3; Bình Thạnh; Hoàn Kiếm; Ba Đình; Tân Bình"),
        city=_s("TP. Hồ Chí Minh; Hà Nội; Đà Nẵng; TP.HCM"),
    ),
    "id": dict(
        fmt=[
            "Jl. {street} No. {n}, RT {rt}/RW {rw}, {kel}, {city} {pc}",
            "Jl. {street} No.{n}, {city}",
            "Jalan {street} No. {n}, {kel}, {city}",
        ],
        street=_s(
            "Sudirman; Gatot Subroto; Merdeka; Diponegoro; Melati; Kenanga; Pahlawan; Cendana"
        ),
        rt=_s("00#; 01#"),
        rw=_s("00#; 01#"),
        kel=_s("Kebayoran Baru; Menteng; Cilandak; Tebet; Coblong; Gubeng"),
        city=_s("Jakarta Selatan; Bandung; Surabaya; Yogyakarta; Semarang; Medan"),
        pc=_s("12###; 40###; 60###; 55###"),
    ),
    "cn": dict(
        fmt=[
            "{city}{district}{road}{n}号",
            "{city}{district}{road}{n}号{n3}栋{n3}0{n2}室",
            "{district}{road}{n}号{comp}{n3}单元",
            "{city}{district}{comp}{n3}号楼{n2}0{n3}",
        ],
        city=_s("北京市; 上海市; 广州市; 深圳市; 杭州市; 成都市; 武汉市; 南京市"),
        district=_s("朝阳区; 浦东新区; 天河区; 南山区; 西湖区; 武侯区; 海淀区; 鼓楼区"),
        road=_s("建国路; 中山路; 人民路; 解放大道; 南京东路; 文三路; 科技园南路; 长江路"),
        comp=_s("阳光花园; 金地小区; 万科城; 翠苑二区"),
    ),
    "jp": dict(
        fmt=[
            "〒{pc} {pref}{city}{area}{n3}-{n2}-{n}",
            "{pref}{city}{area}{n3}丁目{n2}-{n}",
            "〒{pc} {pref}{city}{area}{n3}-{n2}-{n} {bldg}{n3}0{n3}号室",
            "{city}{area}{n3}-{n2}-{n}",
        ],
        pc=_s("1##-####; 5##-####; 6##-####; 4##-####; 2##-####"),
        pref=_s("東京都; 大阪府; 神奈川県; 愛知県; 京都府; 福岡県"),
        city=_s(
            "渋谷区; 新宿区; 大阪市北区; 横浜市港北区; 名古屋市中区; 京都市左京区; 福岡市中央区"
        ),
        area=_s("神宮前; 西新宿; 梅田; 日吉; 栄; 下鴨; 天神"),
        bldg=_s("サンハイツ; メゾン桜; グランドパレス; コーポ青葉"),
    ),
    "kr": dict(
        fmt=[
            "{city} {gu} {ro} {n}",
            "{city} {gu} {ro} {n}, {n3}동 {n3}0{n2}호",
            "({pc}) {city} {gu} {ro} {n}",
            "{gu} {ro} {n} {apt} {n3}동 {n3}0{n3}호",
        ],
        city=_s("서울특별시; 서울시; 부산광역시; 인천광역시; 대구시; 경기도 성남시"),
        gu=_s("강남구; 마포구; 송파구; 해운대구; 분당구; 연수구; 종로구"),
        ro=_s("테헤란로; 월드컵북로; 올림픽로; 해운대로; 판교역로; 세종대로"),
        apt=_s("래미안아파트; 힐스테이트; 푸르지오"),
        pc=_s("0####; 1####; 4####; 6####"),
    ),
    "sa": dict(
        fmt=["{n} {street}، حي {hay}، {city} {pc}", "{street}، مبنى رقم {n}، حي {hay}، {city}"],
        street=_s(
            "طريق الملك فهد; شارع التحلية; شارع الأمير سلطان; شارع العليا العام; طريق الملك عبدالعزيز"
        ),
        hay=_s("العليا; الملز; الروضة; النزهة; السليمانية"),
        city=_s("الرياض; جدة; الدمام; مكة المكرمة"),
        pc=_s("1####; 2####; 3####"),
    ),
    "ae": dict(
        fmt=[
            "فيلا {n}، شارع {street}، {area}، {city}",
            "شقة {n3}0{n2}، برج {bldg}، شارع {street} {n}، {city}",
        ],
        street=_s("الوصل; الشيخ زايد; جميرا; حمدان; المطار"),
        area=_s("الكرامة; البرشاء; الخالدية; ديرة; جميرا"),
        bldg=_s("الياسمين; الريم; النخيل"),
        city=_s("دبي; أبوظبي; الشارقة"),
    ),
    "eg": dict(
        fmt=[
            "{n} شارع {street}، {area}، {city}",
            "{n} ش {street}، الدور {n3}، شقة {n2}، {area}، {city}",
        ],
        street=_s("التحرير; جامعة الدول العربية; الهرم; طلعت حرب; مصطفى النحاس; شهاب"),
        area=_s("الدقي; المهندسين; مدينة نصر; الزمالك; المعادي; سموحة"),
        city=_s("القاهرة; الجيزة; الإسكندرية"),
    ),
    "il": dict(
        fmt=[
            "רחוב {street} {n}, {city}",
            "{street} {n}/{n3}, {city} {pc}",
            "שדרות {sd} {n}, {city}",
            "רח' {street} {n} דירה {n3}, {city}",
        ],
        street=_s("הרצל; ביאליק; אבן גבירול; דיזנגוף; יפו; בן יהודה; ז'בוטינסקי; הנביאים; הזית"),
        sd=_s("רוטשילד; ירושלים; בן גוריון; ההגנה"),
        city=_s("תל אביב; ירושלים; חיפה; רמת גן; באר שבע; ראשון לציון; הרצליה"),
        pc=_s("6######; 9######; 3######"),
    ),
    "bd": dict(
        fmt=[
            "বাড়ি নং {n}, রোড নং {n3}, {area}, {city} {pc}",
            "{n}/{n3} {street}, {area}, {city}",
            "House {n}, Road {n3}, {area_en}, Dhaka {pc}",
        ],
        area=_s("ধানমন্ডি; গুলশান; মিরপুর; উত্তরা; বনানী; মোহাম্মদপুর"),
        city=_s("ঢাকা; চট্টগ্রাম; সিলেট; খুলনা"),
        street=_s("লেক সার্কাস রোড; সাত মসজিদ রোড; কাজী নজরুল ইসলাম এভিনিউ; গ্রিন রোড"),
        area_en=_s("Dhanmondi; Gulshan-2; Banani; Uttara Sector 7; Mirpur DOHS"),
        pc=_s("12##; 13##; 40##"),
    ),
    "th": dict(
        fmt=[
            "{n}/{n3} ถนน{road} แขวง{kw} เขต{khet} {city} {pc}",
            "{n} ซอย{soi} {n3} ถนน{road} {city} {pc}",
            "บ้านเลขที่ {n} ถนน{road} แขวง{kw} เขต{khet} {city}",
        ],
        road=_s("สุขุมวิท; พหลโยธิน; รัชดาภิเษก; สีลม; เพชรบุรี; ลาดพร้าว"),
        soi=_s("สุขุมวิท; ลาดพร้าว; อารีย์; ทองหล่อ"),
        kw=_s("คลองเตย; ลุมพินี; สามเสนใน; ห้วยขวาง; จอมพล"),
        khet=_s("คลองเตย; ปทุมวัน; พญาไท; ห้วยขวาง; จตุจักร"),
        city=_s("กรุงเทพฯ; กรุงเทพมหานคร"),
        pc=_s("10###"),
    ),
    "ru": dict(
        fmt=[
            "ул. {street}, д. {n}, кв. {n2}, {city}, {pc}",
            "{pc}, г. {city}, ул. {street}, д. {n}, корп. {n3}, кв. {n2}",
            "{city}, {pr} {street2}, {n}-{n2}",
            "ул. {street}, {n}, кв. {n2}",
        ],
        street=_s(
            "Ленина; Гагарина; Советская; Садовая; Лесная; Мира; Тверская; Новая; Центральная"
        ),
        pr=_s("пр-т; проспект"),
        street2=_s("Мира; Ленинский; Невский; Вернадского; Победы"),
        city=_s("Москва; Санкт-Петербург; Казань; Новосибирск; Екатеринбург; Самара"),
        pc=_s("1#####; 19####; 42####; 63####; 62####"),
    ),
    "ua": dict(
        fmt=[
            "вул. {street}, {n}, кв. {n2}, {city}, {pc}",
            "{pc}, м. {city}, просп. {prosp}, {n}/{n3}",
            "вул. {street}, буд. {n}, кв. {n2}",
        ],
        street=_s(
            "Хрещатик; Сагайдачного; Городоцька; Дерибасівська; Сумська; Лесі Українки; "
            "Січових Стрільців; Садова; Зелена"
        ),
        prosp=_s("Перемоги; Свободи; Науки; Незалежності"),
        city=_s("Київ; Львів; Одеса; Харків; Дніпро; Вінниця"),
        pc=_s("0####; 79###; 65###; 61###; 49###"),
    ),
    "gr": dict(
        fmt=[
            "{street} {n}, {pc} {city}",
            "Οδός {street} {n}, {city} {pc}",
            "Λεωφ. {leof} {n}, {pc} {city}",
        ],
        street=_s("Ερμού; Πανεπιστημίου; Σταδίου; Αιόλου; Τσιμισκή; Εγνατίας; Ακαδημίας; Πατησίων"),
        leof=_s("Κηφισίας; Συγγρού; Αλεξάνδρας; Βασιλίσσης Σοφίας; Μεσογείων"),
        pc=_s("10# ##; 11# ##; 54# ##; 26# ##; 15# ##"),
        city=_s("Αθήνα; Θεσσαλονίκη; Πάτρα; Ηράκλειο; Μαρούσι; Πειραιάς"),
    ),
    "ge": dict(
        fmt=[
            "{street} ქ. {n}, {city} {pc}",
            "{city}, {street} ქუჩა {n}, ბინა {n2}",
            "{gamz} {n}, {city}",
        ],
        street=_s("აბაშიძის; ფალიაშვილის; ბარნოვის; ყიფშიძის; ლეონიძის; მარჯანიშვილის"),
        gamz=_s(
            "ჭავჭავაძის გამზირი; ვაჟა-ფშაველას გამზირი; წერეთლის გამზირი; აღმაშენებლის გამზირი"
        ),
        city=_s("თბილისი; ბათუმი; ქუთაისი"),
        pc=_s("01##; 60##; 46##"),
    ),
    "am": dict(
        fmt=[
            "{city}, {street} փ. {n}, բն. {n2}",
            "{street} փողոց {n}, {city} {pc}",
            "{city}, {pogh} {n}",
        ],
        street=_s("Աբովյան; Թումանյան; Պուշկինի; Տերյան; Արամի; Սայաթ-Նովա"),
        pogh=_s("Մաշտոցի պողոտա; Բաղրամյան պողոտա; Կոմիտասի պողոտա; Տիգրան Մեծի պողոտա"),
        city=_s("Երևան; Գյումրի; Վանաձոր"),
        pc=_s("00##; 31##; 20##"),
    ),
    "nl": dict(
        fmt=["{street} {n}{toe}, {pc} {city}", "{street} {n}{toe}", "{street} {n}\n{pc} {city}"],
        street=_s(
            "Kerkstraat; Dorpsstraat; Molenweg; Prinsengracht; Keizersgracht; Schoolstraat; "
            "Herengracht; Stationsplein; Oude Gracht; Lange Voorhout; Van Baerlestraat; "
            "Burgemeester de Vlugtlaan"
        ),
        toe=["", "", "A", "-B", " bis", "-2", " III", "-1"],
        pc=_s("10## AB; 35## KL; 30## CD; 25## EP; 56## GH; 97## RS"),
        city=_s("Amsterdam; Utrecht; Rotterdam; Den Haag; Eindhoven; Groningen"),
    ),
    "se": dict(
        fmt=[
            "{street} {n}, {pc} {city}",
            "{street} {n}, lgh 1{n3}0{n3}, {pc} {city}",
            "{street} {n}A",
        ],
        street=_s(
            "Storgatan; Drottninggatan; Kungsgatan; Götgatan; Sveavägen; Vasagatan; Hornsgatan; "
            "Linnégatan; Björkvägen; Skolgatan"
        ),
        pc=_s("1## ##; 4## ##; 2## ##; 7## ##"),
        city=_s("Stockholm; Göteborg; Malmö; Uppsala; Västerås"),
    ),
    "fi": dict(
        fmt=[
            "{street} {n} {letter} {n3}, {pc} {city}",
            "{street} {n}, {pc} {city}",
            "{street} {n} as {n3}",
        ],
        street=_s(
            "Mannerheimintie; Hämeenkatu; Aleksanterinkatu; Koulukatu; Kauppakatu; Rantatie; "
            "Puistokatu; Mäkelänkatu"
        ),
        letter=_s("A; B; C; D"),
        pc=_s("00###; 33###; 20###; 90###; 02###"),
        city=_s("Helsinki; Tampere; Turku; Oulu; Espoo; Jyväskylä"),
    ),
    "hu": dict(
        fmt=[
            "{pc} {city}, {street} {kozt} {n}. {em} {n3}.",
            "{city}, {street} {kozt} {n}.",
            "{pc} {city}, {street} {kozt} {n}.",
        ],
        street=_s("Váci; Andrássy; Rákóczi; Fő; Dózsa György; Béke; Petőfi Sándor"),
        kozt=_s("utca; út; tér; körút"),
        em=_s("1.; 2.; 3.; fszt."),
        pc=_s("1###; 4###; 6###; 7###; 9###"),
        city=_s("Budapest; Debrecen; Szeged; Pécs; Győr"),
    ),
    "ir": dict(
        fmt=[
            "{city}، خیابان {street}، کوچه {kuche}، پلاک {n}، واحد {n3}",
            "{city}، بلوار {bolvar}، پلاک {n}",
            "خیابان {street}، پلاک {n}",
        ],
        street=_s("ولیعصر; انقلاب; آزادی; شریعتی; فردوسی; حافظ"),
        kuche=_s("بهار; نسترن; یاس; لاله; دوم; سوم"),
        bolvar=_s("کشاورز; میرداماد; چمران"),
        city=_s("تهران; اصفهان; شیراز; مشهد; تبریز"),
    ),
    "ro": dict(
        fmt=[
            "Str. {street} nr. {n}, bl. {bl}, sc. {letter}, ap. {n2}, {city}",
            "Str. {street} nr. {n}, {city} {pc}",
            "Bd. {bd} nr. {n}, {city}",
        ],
        street=_s(
            "Mihai Eminescu; Florilor; Zorilor; Republicii; Libertății; Avram Iancu; Primăverii; Lalelelor"
        ),
        bd=_s("Unirii; Magheru; Eroilor; Independenței"),
        bl=_s("A#; M#; B#"),
        letter=_s("A; B; C; 1; 2"),
        pc=_s("0#####; 4#####; 3#####; 7#####; 5#####"),
        city=_s("București; Cluj-Napoca; Iași; Timișoara; Brașov; Constanța"),
    ),
    "cz": dict(
        fmt=["{street} {n}/{n2}, {pc} {city}", "{street} {n}, {pc} {city}", "{street} {n}"],
        street=_s(
            "Vodičkova; Náměstí Míru; Husova; Masarykova; Nádražní; Palackého; Školní; Zahradní; "
            "Karlova; Lidická"
        ),
        pc=_s("110 00; 120 00; 602 00; 301 00; 779 00; 1## ##; 6## ##"),
        city=_s("Praha 1; Praha 2; Brno; Plzeň; Olomouc; Ostrava"),
    ),
    "my": dict(
        fmt=[
            "No. {n}, Jalan {street}, {taman}, {pc} {city}",
            "{n}, Jalan {jalan} {n3}/{n2}, {taman}, {pc} {city}, {state}",
            "Lot {n}, Jalan {street}, {pc} {city}",
        ],
        street=_s(
            "Ampang; Tun Razak; Bukit Bintang; Sultan Ismail; Raja Chulan; Cempaka; Melur; Kenanga"
        ),
        jalan=_s("SS; PJU; USJ; Setia; Damansara"),
        taman=_s("Taman Tun Dr Ismail; Taman Desa; Bandar Sunway; Taman Melawati; Subang Jaya"),
        pc=_s("50###; 47###; 46###; 81###; 10###"),
        city=_s("Kuala Lumpur; Petaling Jaya; Shah Alam; Johor Bahru; George Town"),
        state=_s("Selangor; Johor; Pulau Pinang; Wilayah Persekutuan"),
    ),
}

# --------------------------------------------------------------------------------------------
# Dates. Tokens: YYYY year, BE Buddhist-era year, MMMM month name (from MONTHS[lang]), Mon English
# short month, MM / DD zero-padded, M_ / D_ unpadded.
# --------------------------------------------------------------------------------------------

MONTHS = {
    "en": _s(
        "January; February; March; April; May; June; July; August; September; October; November; December"
    ),
    "es": _s(
        "enero; febrero; marzo; abril; mayo; junio; julio; agosto; septiembre; octubre; noviembre; diciembre"
    ),
    "pt": _s(
        "janeiro; fevereiro; março; abril; maio; junho; julho; agosto; setembro; outubro; novembro; dezembro"
    ),
    "fr": _s(
        "janvier; février; mars; avril; mai; juin; juillet; août; septembre; octobre; novembre; décembre"
    ),
    "de": _s(
        "Januar; Februar; März; April; Mai; Juni; Juli; August; September; Oktober; November; Dezember"
    ),
    "it": _s(
        "gennaio; febbraio; marzo; aprile; maggio; giugno; luglio; agosto; settembre; ottobre; novembre; dicembre"
    ),
    "pl": _s(
        "stycznia; lutego; marca; kwietnia; maja; czerwca; lipca; sierpnia; września; października; "
        "listopada; grudnia"
    ),
    "tr": _s(
        "Ocak; Şubat; Mart; Nisan; Mayıs; Haziran; Temmuz; Ağustos; Eylül; Ekim; Kasım; Aralık"
    ),
    "vi": [f"tháng {i}" for i in range(1, 13)],
    "id": _s(
        "Januari; Februari; Maret; April; Mei; Juni; Juli; Agustus; September; Oktober; November; Desember"
    ),
    "tl": _s(
        "Enero; Pebrero; Marso; Abril; Mayo; Hunyo; Hulyo; Agosto; Setyembre; Oktubre; Nobyembre; Disyembre"
    ),
    "sw": _s(
        "Januari; Februari; Machi; Aprili; Mei; Juni; Julai; Agosti; Septemba; Oktoba; Novemba; Desemba"
    ),
    "yo": _s("Ṣẹ́rẹ́; Èrèlè; Ẹrẹ̀nà; Ìgbé; Ẹ̀bibi; Òkúdu; Agẹmọ; Ògún; Owewe; Ọ̀wàrà; Bélú; Ọ̀pẹ̀"),
    "zh": _s("一月; 二月; 三月; 四月; 五月; 六月; 七月; 八月; 九月; 十月; 十一月; 十二月"),
    "ja": [f"{i}月" for i in range(1, 13)],
    "ko": [f"{i}월" for i in range(1, 13)],
    "ar": _s(
        "يناير; فبراير; مارس; أبريل; مايو; يونيو; يوليو; أغسطس; سبتمبر; أكتوبر; نوفمبر; ديسمبر"
    ),
    "he": _s("ינואר; פברואר; מרץ; אפריל; מאי; יוני; יולי; אוגוסט; ספטמבר; אוקטובר; נובמבר; דצמבר"),
    "hi": _s("जनवरी; फ़रवरी; मार्च; अप्रैल; मई; जून; जुलाई; अगस्त; सितंबर; अक्टूबर; नवंबर; दिसंबर"),
    "bn": _s("জানুয়ারি; ফেব্রুয়ারি; মার্চ; এপ্রিল; মে; জুন; জুলাই; আগস্ট; সেপ্টেম্বর; অক্টোবর; নভেম্বর; ডিসেম্বর"),
    "ta": _s("ஜனவரி; பிப்ரவரி; மார்ச்; ஏப்ரல்; மே; ஜூன்; ஜூலை; ஆகஸ்ட்; செப்டம்பர்; அக்டோபர்; நவம்பர்; டிசம்பர்"),
    "th": _s(
        "มกราคม; กุมภาพันธ์; มีนาคม; เมษายน; พฤษภาคม; มิถุนายน; กรกฎาคม; สิงหาคม; กันยายน; ตุลาคม; "
        "พฤศจิกายน; ธันวาคม"
    ),
    "ru": _s(
        "января; февраля; марта; апреля; мая; июня; июля; августа; сентября; октября; ноября; декабря"
    ),
    "uk": _s(
        "січня; лютого; березня; квітня; травня; червня; липня; серпня; вересня; жовтня; листопада; грудня"
    ),
    "el": _s(
        "Ιανουαρίου; Φεβρουαρίου; Μαρτίου; Απριλίου; Μαΐου; Ιουνίου; Ιουλίου; Αυγούστου; "
        "Σεπτεμβρίου; Οκτωβρίου; Νοεμβρίου; Δεκεμβρίου"
    ),
    "ka": _s(
        "იანვარი; თებერვალი; მარტი; აპრილი; მაისი; ივნისი; ივლისი; აგვისტო; სექტემბერი; ოქტომბერი; "
        "ნოემბერი; დეკემბერი"
    ),
    "hy": _s(
        "հունվարի; փետրվարի; մարտի; ապրիլի; մայիսի; հունիսի; հուլիսի; օգոստոսի; սեպտեմբերի; "
        "հոկտեմբերի; նոյեմբերի; դեկտեմբերի"
    ),
    "nl": _s(
        "januari; februari; maart; april; mei; juni; juli; augustus; september; oktober; november; december"
    ),
    "sv": _s(
        "januari; februari; mars; april; maj; juni; juli; augusti; september; oktober; november; december"
    ),
    "fi": _s(
        "tammikuuta; helmikuuta; maaliskuuta; huhtikuuta; toukokuuta; kesäkuuta; heinäkuuta; elokuuta; "
        "syyskuuta; lokakuuta; marraskuuta; joulukuuta"
    ),
    "hu": _s(
        "január; február; március; április; május; június; július; augusztus; szeptember; október; "
        "november; december"
    ),
    "fa": _s("ژانویه; فوریه; مارس; آوریل; مه; ژوئن; ژوئیه; اوت; سپتامبر; اکتبر; نوامبر; دسامبر"),
    "ro": _s(
        "ianuarie; februarie; martie; aprilie; mai; iunie; iulie; august; septembrie; octombrie; "
        "noiembrie; decembrie"
    ),
    "cs": _s(
        "ledna; února; března; dubna; května; června; července; srpna; září; října; listopadu; prosince"
    ),
    "ms": _s(
        "Januari; Februari; Mac; April; Mei; Jun; Julai; Ogos; September; Oktober; November; Disember"
    ),
}

DATE_FORMATS = {
    "en": [
        "MM/DD/YYYY",
        "M_/D_/YYYY",
        "DD/MM/YYYY",
        "YYYY-MM-DD",
        "MMMM D_, YYYY",
        "D_ MMMM YYYY",
        "DD-Mon-YYYY",
        "Mon D_, YYYY",
        "D_ Mon YYYY",
    ],
    "es": ["DD/MM/YYYY", "D_ de MMMM de YYYY", "D_/M_/YYYY", "DD-MM-YYYY"],
    "pt": ["DD/MM/YYYY", "D_ de MMMM de YYYY", "DD-MM-YYYY"],
    "fr": ["DD/MM/YYYY", "D_ MMMM YYYY", "DD.MM.YYYY"],
    "de": ["DD.MM.YYYY", "D_. MMMM YYYY", "D_.M_.YYYY"],
    "it": ["DD/MM/YYYY", "D_ MMMM YYYY", "DD-MM-YYYY"],
    "pl": ["DD.MM.YYYY", "D_ MMMM YYYY r.", "DD-MM-YYYY"],
    "tr": ["DD.MM.YYYY", "D_ MMMM YYYY", "DD/MM/YYYY"],
    "vi": ["ngày D_ tháng M_ năm YYYY", "DD/MM/YYYY", "D_/M_/YYYY"],
    "id": ["DD-MM-YYYY", "D_ MMMM YYYY", "DD/MM/YYYY"],
    "tl": ["MMMM D_, YYYY", "MM/DD/YYYY"],
    "sw": ["DD/MM/YYYY", "D_ MMMM YYYY"],
    "yo": ["DD/MM/YYYY", "D_/M_/YYYY", "D_ MMMM YYYY"],
    "zh": ["YYYY年M_月D_日", "YYYY-MM-DD", "YYYY/MM/DD", "YYYY.M_.D_"],
    "ja": ["YYYY年M_月D_日", "YYYY/MM/DD", "YYYY-MM-DD"],
    "ko": ["YYYY년 M_월 D_일", "YYYY.MM.DD", "YYYY. M_. D_."],
    "ar": ["DD/MM/YYYY", "D_ MMMM YYYY", "YYYY/MM/DD"],
    "he": ["DD/MM/YYYY", "D_.M_.YYYY", "D_ בMMMM YYYY"],
    "hi": ["DD/MM/YYYY", "D_ MMMM YYYY", "DD-MM-YYYY"],
    "bn": ["DD/MM/YYYY", "D_ MMMM YYYY", "DD-MM-YYYY"],
    "ta": ["DD/MM/YYYY", "DD-MM-YYYY", "D_ MMMM YYYY"],
    "th": ["D_ MMMM BE", "DD/MM/BE", "DD/MM/YYYY"],
    "ru": ["DD.MM.YYYY", "D_ MMMM YYYY г.", "D_ MMMM YYYY"],
    "uk": ["DD.MM.YYYY", "D_ MMMM YYYY р.", "D_ MMMM YYYY"],
    "el": ["DD/MM/YYYY", "D_ MMMM YYYY", "D_/M_/YYYY"],
    "ka": ["DD.MM.YYYY", "YYYY წლის D_ MMMM", "DD/MM/YYYY"],
    "hy": ["DD.MM.YYYY", "YYYY թ. MMMM D_", "DD/MM/YYYY"],
    "nl": ["DD-MM-YYYY", "D_ MMMM YYYY", "D_-M_-YYYY"],
    "sv": ["YYYY-MM-DD", "D_ MMMM YYYY"],
    "fi": ["D_.M_.YYYY", "DD.MM.YYYY", "D_. MMMM YYYY"],
    "hu": ["YYYY.MM.DD.", "YYYY. MMMM D_.", "YYYY-MM-DD"],
    "fa": ["YYYY/MM/DD", "D_ MMMM YYYY"],
    "ro": ["DD.MM.YYYY", "D_ MMMM YYYY", "DD/MM/YYYY"],
    "cs": ["D_. M_. YYYY", "DD.MM.YYYY", "D_. MMMM YYYY"],
    "ms": ["DD/MM/YYYY", "D_ MMMM YYYY", "DD-MM-YYYY"],
}

DATE_STYLE = {
    "iso": "YYYY-MM-DD",
    "us": "MM/DD/YYYY",
    "usshort": "M_/D_/YYYY",
    "eu": "DD/MM/YYYY",
    "dot": "DD.MM.YYYY",
    "long": "MMMM D_, YYYY",
    "uk": "D_ MMMM YYYY",
    "mon": "DD-Mon-YYYY",
    "compact": "YYYYMMDD",
    "dash": "DD-MM-YYYY",
}

# --------------------------------------------------------------------------------------------
# E-mail domains, password words, plain (never labelled) fillers and near-misses.
# --------------------------------------------------------------------------------------------

EMAIL_DOMAINS = _s(
    "gmail.com; gmail.com; gmail.com; yahoo.com; outlook.com; hotmail.com; icloud.com; proton.me; "
    "gmx.de; web.de; yandex.ru; mail.ru; qq.com; 163.com; naver.com; daum.net; yahoo.co.jp; libero.it; "
    "orange.fr; free.fr; wp.pl; o2.pl; seznam.cz; rediffmail.com; hotmail.co.uk; btinternet.com; "
    "uol.com.br; bol.com.br; ukr.net; walla.co.il; yahoo.com.vn; live.com; aol.com; me.com"
)
WORK_DOMAINS = _s(
    "northwind-logistics.com; acmecorp.io; brightpath.co.uk; meridianhealth.org; kestrel-legal.com; "
    "lumenlabs.ai; harborview-clinic.org; globex-industries.com; initech.net; sunridge-schools.org; "
    "bluefin-insurance.com; oakleaf-hr.de; pixelforge.dev; tidewater-bank.com; quillandink.co; "
    "stratosphere.tech; copperleaf.fr; hanseatic-trade.de; sakura-systems.jp; andes-mining.cl"
)

PW_WORDS = _s(
    "sunshine; dragon; monkey; football; summer; winter; coffee; banana; falcon; rainbow; shadow; "
    "tiger; purple; ocean; galaxy; pepper; cookie; thunder; maverick; blossom; cheese; orange; river; "
    "castle; rocket; kitten; penguin; mango; biscuit; lighthouse; marble; walnut; cobalt; ember"
)

WORDS = {
    # product / library / assistant names that are also given names
    "prodname": _s(
        "Jenkins; Ruby; Julia; Ada; Alexa; Siri; Cortana; Django; Hugo; Jasmine; Karma; Cassandra; Ember; "
        "Kafka; Gatsby; Jekyll; Harvey; Claude; Gemini; Watson; BERT; Luigi; Crystal; Dolly; Bixby; "
        "Athena; Apollo; Jasper; Sherlock; Alfred; Elixir; Phoenix; Marshmallow; Arrow; Pendulum"
    ),
    "place": _s(
        "Victoria; Florence; Charlotte; Austin; Jackson; Eugene; Adelaide; Sydney; Madison; Regina; "
        "Alexandria; Lincoln; Chester; Douglas; Beverly Hills; Santa Clara; San José; Augusta; Savannah; "
        "Charleston; Georgetown; Kingston; Wellington; Hamilton; Orlando; Dallas; Paris; Darwin; "
        "Elizabeth; Brooklyn; Chelsea; Marietta; Cheyenne; Lafayette"
    ),
    "brand": _s(
        "Wendy's; McDonald's; Ben & Jerry's; Tim Hortons; Dr. Martens; Jack Daniel's; Trader Joe's; "
        "Tommy Hilfiger; Ralph Lauren; Calvin Klein; Hugo Boss; Mercedes-Benz; Tesla; Ford; Dell; Marshall; "
        "Dyson; Gillette; Kellogg's; Heinz; Chanel; Louis Vuitton; Christian Dior; Estée Lauder; Levi's; "
        "Papa John's; Sara Lee"
    ),
    "company": _s(
        "Johnson & Johnson; Goldman Sachs; Morgan Stanley; Ernst & Young; Procter & Gamble; Wells Fargo; "
        "Charles Schwab; Marks & Spencer; Sainsbury's; Siemens; Philips; Bosch; Ferrari; Porsche; Toyota; "
        "Honda; Disney; Hilton; Marriott; Boeing; Lockheed Martin; Bloomberg; Reuters; Deloitte; "
        "McKinsey & Company; Dow Jones; Booz Allen Hamilton; Merrill Lynch; JPMorgan Chase; Pfizer"
    ),
    "hist": _s(
        "Abraham Lincoln; Marie Curie; Ada Lovelace; Alan Turing; Nelson Mandela; Mahatma Gandhi; "
        "Albert Einstein; Isaac Newton; Frida Kahlo; Leonardo da Vinci; Winston Churchill; Cleopatra; "
        "Napoleon Bonaparte; Simón Bolívar; Confucius; Rabindranath Tagore; Grace Hopper; Charles Darwin; "
        "Florence Nightingale; Martin Luther King Jr.; Queen Victoria; Genghis Khan; Sun Yat-sen; "
        "Leo Tolstoy; Wolfgang Amadeus Mozart; Johann Sebastian Bach; William Shakespeare; Jane Austen; "
        "Harriet Tubman; Galileo Galilei; Nikola Tesla; Rosa Parks; Joan of Arc; Karl Marx; "
        "Sigmund Freud; Ibn Battuta; Murasaki Shikibu; Emmeline Pankhurst; Nicolaus Copernicus"
    ),
    "lib": _s(
        "requests; numpy; pandas; react; express; lodash; tokio; serde; spring-boot; rails; laravel; "
        "flask; fastapi; pytest; webpack; vite; terraform; prisma; sqlalchemy; boto3; axios; celery"
    ),
    "city": _s(
        "London; Berlin; Toronto; Chicago; Mumbai; Lagos; Nairobi; Manila; São Paulo; Osaka; Seoul; "
        "Melbourne; Dublin; Denver; Lisbon; Warsaw; Istanbul; Cairo; Hanoi; Jakarta; Kraków; Tbilisi"
    ),
    "storm": _s(
        "Hurricane Katrina; Hurricane Sandy; Storm Ciarán; Typhoon Haiyan; Hurricane Harvey; Storm Eunice; "
        "Hurricane Ida; Cyclone Gabrielle; Storm Babet"
    ),
    "dept": _s(
        "Finance; Legal; HR; Platform; Growth; Customer Success; Procurement; IT Ops; Facilities; "
        "Compliance; Payroll; Data Engineering"
    ),
    "product": _s(
        "Galaxy S24; iPhone 15 Pro; ThinkPad X1 Carbon; Pixel 8; Kindle Paperwhite; PlayStation 5; "
        "Roomba j7; Echo Dot; MacBook Air; Surface Pro 9; Nest Thermostat; Apple Watch Series 9"
    ),
    "os": _s("Ubuntu 22.04; macOS Sonoma; Windows 11; Debian 12; Android 14; iOS 17.4; Fedora 40"),
    "room": _s(
        "Turing; Lovelace; Hopper; Curie; Tesla; Darwin; Kepler; Fleming; Babbage; Nightingale"
    ),
    "team": _s(
        "Manchester United; Real Madrid; Boston Celtics; Chicago Bulls; Los Angeles Lakers; Juventus; "
        "Bayern München; Galatasaray"
    ),
    "drug": _s(
        "ibuprofen 400 mg; amoxicillin 500 mg; metformin 850 mg; sertraline 50 mg; "
        "atorvastatin 20 mg; lisinopril 10 mg; levothyroxine 75 mcg"
    ),
    "school": _s(
        "Lincoln Elementary; St. Mary's Primary; Westfield High School; Roosevelt Middle School; "
        "Oakwood Academy; Riverside Community College"
    ),
    "street_only": _s(
        "Baker Street; Abbey Road; Wall Street; Fifth Avenue; Sunset Boulevard; Rue de Rivoli; "
        "Orchard Road; Nanjing Road"
    ),
    "airline": _s("Lufthansa; Emirates; Delta; Qantas; Air France; Turkish Airlines; Ryanair"),
    "role": _s(
        "Senior Software Engineer; Product Manager; Staff Nurse; Account Executive; Data Analyst; "
        "Paralegal; Warehouse Supervisor; Teaching Assistant; Financial Controller; UX Designer"
    ),
    "univ": _s(
        "University of Manchester; Stanford University; TU München; Universidad de Chile; "
        "National University of Singapore; University of Lagos; McGill University; Jagiellonian University"
    ),
    "sport": _s("U12 football; U14 netball; junior swim squad; U10 basketball; girls' U16 hockey"),
}


# --------------------------------------------------------------------------------------------
# Templates: (lang, tags, text). ⟦...⟧ placeholders: pN.form[@case][!U|!l] for people (forms:
# full fullmid rfull nfull first last rfirst rlast nick handle at il lf mi initials, plus email
# wemail dl), value kinds (phone addr cc iban ssn itin ip4 ip4p ip6 mac btc eth dob dl pp key pw
# email, each with an optional ':arg' and '#n' to get a second distinct value) and plain fillers
# (date year uuid sha sha7 sha256 ver order ticket num amount time ts isbn tracking port, WORDS).
# Tags: chat / log / form set the casing noise; lc lets the whole text be lower-cased.
# --------------------------------------------------------------------------------------------

TEMPLATES = [
    # ---------------------------------------------------------------- English: chats
    (
        "en",
        "chat lc",
        """
[{date}, ⟦time⟧] ⟦p1.first⟧: did you send the deposit yet?
[{date}, ⟦time#2⟧] ⟦p2.first⟧: yes!! sent it from my card ⟦cc⟧ lol
[{date}, ⟦time#3⟧] ⟦p1.first⟧: omg don't paste card numbers in here
""".replace("{date}", "⟦date:usshort⟧"),
    ),
    (
        "en",
        "chat lc",
        """
⟦p1.nick⟧: hey can u text me the wifi pw
⟦p2.nick⟧: its ⟦pw⟧
⟦p1.nick⟧: ty. also whats ⟦p3.first⟧'s new number
⟦p2.nick⟧: ⟦phone⟧ but dont tell them i gave it 2 u
""",
    ),
    (
        "en",
        "chat",
        """
⟦p1.full⟧ — Today at ⟦time⟧
@everyone raid tonight, ping ⟦p2.at⟧ if you need an invite. Server IP is ⟦ip4⟧ again
⟦p2.handle⟧ — Today at ⟦time#2⟧
⟦p1.first⟧ the ⟦prodname⟧ bot keeps kicking me lol
""",
    ),
    (
        "en",
        "chat lc",
        """
hi im writing on behalf of my mum ⟦p1.full⟧, she cant log in to her account. her date of birth is ⟦dob⟧ and the email on file is ⟦p1.email⟧. pls call her back on ⟦phone⟧ after 5pm, thx
""",
    ),
    (
        "en",
        "chat lc",
        """
ok so ⟦p1.first⟧ said ⟦p2.first⟧ moved to ⟦addr⟧ ?? i thought they were still near ⟦place⟧
like legit i saw her at ⟦brand⟧ last week
""",
    ),
    (
        "en",
        "chat",
        """
WhatsApp Chat with ⟦p1.full⟧

⟦date:eu⟧, ⟦time⟧ - ⟦p1.first⟧: Sending you my bank details for the rent
⟦date:eu⟧, ⟦time#2⟧ - ⟦p1.first⟧: ⟦iban⟧
⟦date:eu⟧, ⟦time#3⟧ - ⟦p2.full⟧: Got it, thanks ⟦p1.nick⟧ 🙏
⟦date:eu⟧, ⟦time#4⟧ - ⟦p1.first⟧: <Media omitted>
""",
    ),
    (
        "en",
        "chat",
        """
⟦p1.first⟧ ⟦p1.last⟧, [⟦time⟧]
can someone reset the staging db? creds in the old doc are postgres://admin:⟦pw⟧@⟦ip4p⟧:5432/staging
⟦p2.first⟧ ⟦p2.last⟧, [⟦time#2⟧]
on it. @⟦p3.handle⟧ fyi
""",
    ),
    (
        "en",
        "chat lc",
        """
yo ⟦p1.first⟧!!! happy bday 🎂🎉 cant believe ur ⟦num:18-45⟧ lmaooo. born ⟦dob:long⟧ and still acting 12
""",
    ),
    (
        "en",
        "chat lc",
        """
> ⟦p1.handle⟧: does anyone know a good plumber in ⟦city⟧
> ⟦p2.handle⟧: my uncle ⟦p3.full⟧, hes legit. ⟦phone⟧
> ⟦p1.handle⟧: thx!! will tell him ⟦p2.first⟧ sent me
""",
    ),
    (
        "en",
        "chat",
        """
iMessage · ⟦date:long⟧ ⟦time⟧
⟦p1.first⟧: Landed!! Can you pick me up at arrivals? My passport number for the form is ⟦pp⟧ btw, it wants it for the parking thing
Me: omw. text ⟦p2.first⟧ too
""",
    ),
    (
        "en",
        "chat lc",
        """
srry for late reply. my new adress is ⟦addr⟧, send the packge there not the old one. my cell ⟦phone⟧. thx -⟦p1.nick⟧
""",
    ),
    (
        "en",
        "chat",
        """
[#payments-alerts] ⟦p1.at⟧ heads-up: the Stripe key got pasted in #general, rotating now. Old one was ⟦key:stripe⟧
[#payments-alerts] ⟦p2.at⟧ thx. Also ⟦p3.first⟧ mentioned the webhook at ⟦key:slackhook⟧ is still live
""",
    ),
    (
        "en",
        "chat lc",
        """
teams chat w/ ⟦p1.full⟧:
can u approve my expense? card used was ending in ⟦num:1000-9999⟧, full # is ⟦cc⟧ if finance asks lol. also my ssn for the w-4 is ⟦ssn⟧
""",
    ),
    (
        "en",
        "chat",
        """
⟦p1.first⟧: dude my BTC address if you want to pay me back: ⟦btc⟧
⟦p2.first⟧: or ETH? ⟦eth⟧ is mine
⟦p1.first⟧: btc pls, gas fees are insane
""",
    ),
    (
        "en",
        "chat lc",
        """
lol ⟦p1.first⟧ is named after ⟦hist⟧ according to her mum. her bro ⟦p2.first⟧ got named after the ⟦place⟧ hospital he was born in 💀
""",
    ),
    (
        "en",
        "chat",
        """
Telegram · ⟦p1.full⟧ (⟦p1.at⟧)
Hi! I'm the seller of the ⟦product⟧. You can reach me on ⟦phone⟧ or meet at ⟦addr⟧ after ⟦time⟧.
""",
    ),
    # ---------------------------------------------------------------- English: email & letters
    (
        "en",
        "email",
        """
From: ⟦p1.full⟧ <⟦p1.wemail⟧>
To: ⟦p2.full⟧ <⟦p2.wemail⟧>
Subject: Re: Q3 planning – room ⟦room⟧

Hi ⟦p2.first⟧,

Thanks for the notes. I've looped in ⟦p3.il⟧ from ⟦dept⟧. If anything's urgent my mobile is ⟦phone⟧.

Best,
⟦p1.first⟧
""",
    ),
    (
        "en",
        "email",
        """
Dear Mr. ⟦p1.last⟧,

We are writing regarding your claim ⟦ticket⟧. Please confirm the following details are correct:
Name: ⟦p1.full⟧
Date of birth: ⟦dob⟧
Policy holder address: ⟦addr⟧

Kind regards,
⟦p2.full⟧
Claims Team, ⟦company⟧
""",
    ),
    (
        "en",
        "email",
        """
--
⟦p1.full⟧ | ⟦role⟧
⟦company⟧ Advisory Services
M: ⟦phone⟧ | E: ⟦p1.wemail⟧
⟦addr⟧
""",
    ),
    (
        "en",
        "prompt",
        """
Rewrite this email from ⟦p1.full⟧ so it sounds more professional:

"hey ⟦p2.first⟧, so the invoice is late again and honestly im kinda done. pay to ⟦iban⟧ by friday or ill have to escalate. call me ⟦phone⟧ if theres a problem. - ⟦p1.nick⟧"
""",
    ),
    (
        "en",
        "email letter",
        """
⟦p1.full⟧
⟦addr⟧

⟦date:long⟧

To whom it may concern,

I am writing to dispute a charge of $⟦amount⟧ on my credit card ⟦cc⟧. I did not authorise this purchase from ⟦brand⟧. My account holder name is ⟦p1.lf⟧ and you can reach me at ⟦p1.email⟧.

Sincerely,
⟦p1.il⟧
""",
    ),
    (
        "en",
        "email",
        """
Hi ⟦p1.first⟧ — quick one. The new hire ⟦p2.full⟧ starts Monday. For payroll I need the SSN (⟦ssn⟧) and DOB (⟦dob:us⟧) entered in Workday by EOD. Personal email is ⟦p2.email⟧.
Thanks! ⟦p3.first⟧
""",
    ),
    (
        "en",
        "email",
        """
Subject: Your ⟦airline⟧ booking ⟦order⟧

Dear ⟦p1.full!U⟧,

Thank you for booking. Passenger: ⟦p1.lf⟧. Passport: ⟦pp⟧. Date of birth: ⟦dob:mon⟧.
Please check these details match your travel document exactly.
""",
    ),
    (
        "en",
        "letter medical",
        """
RE: ⟦p1.full⟧   DOB: ⟦dob⟧   NHS/MRN: ⟦num:100000-999999⟧

Dear Dr ⟦p2.last⟧,

Thank you for referring this ⟦num:20-80⟧-year-old who presented with recurrent headaches. Current medication: ⟦drug⟧. A family member, ⟦p3.first⟧, attended with her and can be contacted on ⟦phone⟧.

Yours sincerely,
Dr ⟦p4.il⟧, Consultant Neurologist
""",
    ),
    (
        "en",
        "letter legal",
        """
WITHOUT PREJUDICE

Our client: ⟦p1.full⟧ of ⟦addr⟧
Your reference: ⟦ticket⟧

We act for the above-named in relation to the tenancy dispute with ⟦p2.full⟧. Our client's deposit was paid from account ⟦iban⟧ on ⟦date:uk⟧.
""",
    ),
    (
        "en",
        "letter bank",
        """
Dear ⟦p1.first⟧ ⟦p1.last⟧,

Your new debit card ending ⟦num:1000-9999⟧ has been dispatched to ⟦addr⟧. If you did not request this card, call us immediately on our fraud line. Your IBAN remains ⟦iban⟧.
""",
    ),
    (
        "en",
        "letter hr",
        """
Employment verification

This is to confirm that ⟦p1.fullmid⟧ (employee no. ⟦num:10000-99999⟧, SSN ⟦ssn⟧) has been employed by ⟦company⟧ as a ⟦role⟧ since ⟦date:long⟧.

Signed, ⟦p2.full⟧, HR Business Partner
""",
    ),
    (
        "en",
        "email",
        """
Hi team,

Reminder that ⟦p1.first⟧ is out from tomorrow (parental leave). Cover:
  - approvals → ⟦p2.full⟧
  - on-call → ⟦p3.handle⟧ (⟦phone⟧)
We'll be in the ⟦room⟧ room for the handover at ⟦time⟧.
""",
    ),
    (
        "en",
        "prompt",
        """
Translate to Spanish, keep the names:
"Dear ⟦p1.full⟧, your appointment with Dr. ⟦p2.last⟧ is confirmed for ⟦date:long⟧. Bring ID and your insurance card. Questions? ⟦phone⟧."
""",
    ),
    (
        "en",
        "prompt",
        """
Summarize this voicemail transcript: "hi this is ⟦p1.full⟧ calling about the apartment on ⟦street_only⟧... actually sorry the one at ⟦addr⟧. you can call me back at ⟦phone⟧, thanks, bye"
""",
    ),
    (
        "en",
        "prompt",
        """
Can you make this cover letter shorter? It's for a ⟦role⟧ job.

My name is ⟦p1.full⟧ and I graduated from ⟦univ⟧ in ⟦year⟧. At ⟦company⟧ I led a team of six. References: ⟦p2.full⟧ (former manager, ⟦p2.wemail⟧).
""",
    ),
    # ---------------------------------------------------------------- English: tickets, CRM, forms
    (
        "en",
        "ticket",
        """
Ticket ⟦ticket⟧ | Priority: P2 | Opened by ⟦p1.handle⟧
Customer ⟦p2.full⟧ reports the ⟦product⟧ won't pair. Called from ⟦phone⟧. Device MAC ⟦mac⟧, last seen from IP ⟦ip4⟧.
Next step: RMA to ⟦addr⟧.
""",
    ),
    (
        "en",
        "crm",
        """
CRM note — ⟦date:iso⟧
Spoke with ⟦p1.first⟧ (decision maker) and ⟦p2.full⟧ (procurement). Budget approved. ⟦p1.first⟧ prefers WhatsApp: ⟦phone⟧. Send contract to ⟦p2.wemail⟧. Competitor: ⟦company⟧.
""",
    ),
    (
        "en",
        "form",
        """
APPLICATION FOR RENTAL
Applicant name: ⟦p1.full⟧
Date of birth: ⟦dob⟧
Current address: ⟦addr⟧
Phone: ⟦phone⟧
Email: ⟦p1.email⟧
Driver's license #: ⟦dl⟧
SSN: ⟦ssn⟧
Employer: ⟦company⟧
""",
    ),
    (
        "en",
        "form",
        """
name=⟦p1.full⟧
email=⟦p1.email⟧
phone=⟦phone⟧
dob=⟦dob:iso⟧
card=⟦cc⟧
cvv=⟦num:100-999⟧
exp=⟦num:1-12⟧/⟦num:26-31⟧
""",
    ),
    (
        "en",
        "form",
        """
Patient intake
Last name, First name: ⟦p1.lf⟧
DOB (MM/DD/YYYY): ⟦dob:us⟧
Emergency contact: ⟦p2.full⟧ – ⟦phone⟧
Insurance member ID: ⟦num:100000000-999999999⟧
Allergies: penicillin
""",
    ),
    (
        "en",
        "form",
        """
W-7 worksheet (draft)
Name: ⟦p1.full⟧   ITIN: ⟦itin⟧
Spouse: ⟦p2.full⟧   SSN: ⟦ssn⟧
Mailing address: ⟦addr:us⟧
""",
    ),
    (
        "en",
        "form",
        """
VISA APPLICATION — SECTION B
Surname: ⟦p1.last!U⟧
Given names: ⟦p1.first!U⟧
Passport No.: ⟦pp⟧
Date of birth: ⟦dob:mon⟧
Home address: ⟦addr⟧
Telephone: ⟦phone⟧
""",
    ),
    (
        "en",
        "ticket",
        """
Zendesk #⟦num:100000-999999⟧ — "refund not received"
Requester: ⟦p1.full⟧ <⟦p1.email⟧>
Agent note: customer says refund for ⟦order⟧ went to the wrong account. Correct IBAN per customer: ⟦iban⟧. Verified by phone ⟦phone⟧ (last 4 of card ⟦num:1000-9999⟧).
""",
    ),
    (
        "en",
        "crm lc",
        """
called ⟦p1.first⟧ ⟦p1.last⟧ re renewal. partner ⟦p2.first⟧ answered, said they're travelling. try again thurs. mobile ⟦phone⟧, alt ⟦phone#2⟧
""",
    ),
    (
        "en",
        "form",
        """
Driver details
Full name ......... ⟦p1.full⟧
Licence number .... ⟦p1.dl⟧
Date of birth ..... ⟦dob:uk⟧
Postcode & address  ⟦addr⟧
""",
    ),
    # ---------------------------------------------------------------- English: data formats
    (
        "en",
        "json",
        """
{"user": {"id": "⟦uuid⟧", "name": "⟦p1.full⟧", "email": "⟦p1.email⟧", "phone": "⟦phone⟧", "last_ip": "⟦ip4⟧"}, "plan": "pro", "created": "⟦ts⟧"}
""",
    ),
    (
        "en",
        "json",
        """
[
  {"first_name": "⟦p1.first⟧", "last_name": "⟦p1.last⟧", "dob": "⟦dob:iso⟧", "ssn": "⟦ssn⟧"},
  {"first_name": "⟦p2.first⟧", "last_name": "⟦p2.last⟧", "dob": "⟦dob:iso#2⟧", "ssn": "⟦ssn#2⟧"}
]
""",
    ),
    (
        "en",
        "yaml config",
        """
# deploy config — owner: ⟦p1.full⟧
database:
  host: ⟦ip4p⟧
  user: ⟦p1.handle⟧
  password: ⟦pw⟧
openai:
  api_key: ⟦key:openai⟧
notify: ⟦p1.wemail⟧
""",
    ),
    (
        "en",
        "csv",
        """
id,name,email,phone,city
⟦num:1000-1999⟧,⟦p1.full⟧,⟦p1.email⟧,⟦phone⟧,⟦city⟧
⟦num:2000-2999⟧,⟦p2.full⟧,⟦p2.email⟧,⟦phone#2⟧,⟦city#2⟧
⟦num:3000-3999⟧,"⟦p3.lf⟧",⟦p3.email⟧,⟦phone#3⟧,⟦city#3⟧
""",
    ),
    (
        "en",
        "sql",
        """
INSERT INTO customers (full_name, email, card_number, billing_address) VALUES
('⟦p1.full⟧', '⟦p1.email⟧', '⟦cc⟧', '⟦addr⟧');
""",
    ),
    (
        "en",
        "sql",
        """
SELECT * FROM users WHERE email = '⟦p1.email⟧' OR last_login_ip = '⟦ip6⟧';
-- asked by ⟦p2.first⟧ re: ticket ⟦ticket⟧
""",
    ),
    (
        "en",
        "env config",
        """
# .env.production (do NOT commit) — ⟦p1.handle⟧
AWS_ACCESS_KEY_ID=⟦key:aws⟧
AWS_SECRET_ACCESS_KEY=⟦key:awssecret⟧
GITHUB_TOKEN=⟦key:gh⟧
SENTRY_DSN_RELEASE=⟦ver⟧
""",
    ),
    (
        "en",
        "config",
        """
[smtp]
server = smtp.⟦lib⟧-mail.internal
username = ⟦p1.wemail⟧
password = ⟦pw⟧

[admin]
contact = ⟦p2.full⟧
""",
    ),
    (
        "en",
        "kv",
        """
customer_name: ⟦p1.full⟧ | acct: ⟦num:10000000-99999999⟧ | iban: ⟦iban⟧ | wallet: ⟦btc⟧ | kyc_passport: ⟦pp⟧
""",
    ),
    (
        "en",
        "xml",
        """
<contact>
  <name>⟦p1.full⟧</name>
  <phone type="mobile">⟦phone⟧</phone>
  <address>⟦addr⟧</address>
  <birthDate>⟦dob:iso⟧</birthDate>
</contact>
""",
    ),
    # ---------------------------------------------------------------- English: logs, code, git
    (
        "en",
        "log",
        """
⟦ts⟧ INFO  auth: login ok user=⟦p1.handle⟧ ip=⟦ip4⟧
⟦ts#2⟧ WARN  auth: 3 failed attempts user=⟦p2.handle⟧ ip=⟦ip6⟧
⟦ts#3⟧ INFO  dhcp: lease ⟦ip4p⟧ -> ⟦mac⟧ (⟦p1.first⟧'s-⟦product⟧)
""",
    ),
    (
        "en",
        "log",
        """
Traceback (most recent call last):
  File "/srv/app/billing.py", line ⟦num:10-400⟧, in charge
    stripe.Charge.create(amount=⟦num:100-9999⟧, source=card)  # card=⟦cc⟧ customer=⟦p1.email⟧
stripe.error.CardError: Your card was declined.
""",
    ),
    (
        "en",
        "log",
        """
⟦ts⟧ [nginx] ⟦ip4⟧ - ⟦p1.handle⟧ "GET /api/v2/export?token=⟦key:jwt⟧ HTTP/1.1" 200 ⟦num:100-90000⟧
""",
    ),
    (
        "en",
        "code",
        """
# Author: ⟦p1.full⟧ <⟦p1.wemail⟧>
# Maintainer: ⟦p2.il⟧
import ⟦lib⟧

API_KEY = "⟦key:anthropic⟧"  # TODO move to vault before ⟦date:iso⟧

def fetch():
    return ⟦lib⟧.get("https://api.example.net/v1/items", headers={"x-api-key": API_KEY})
""",
    ),
    (
        "en",
        "code",
        """
// Copyright ⟦year⟧ ⟦p1.full⟧. All rights reserved.
// Contact: ⟦p1.email⟧
const client = new Client({ token: "⟦key:gh⟧" });
""",
    ),
    (
        "en",
        "git",
        """
commit ⟦sha⟧
Author: ⟦p1.full⟧ <⟦p1.email⟧>
Date:   Tue ⟦date:mon⟧ ⟦time⟧:00 +0200

    fix(auth): remove hard-coded key ⟦key:google⟧

    Reported-by: ⟦p2.full⟧ <⟦p2.wemail⟧>
""",
    ),
    (
        "en",
        "git",
        """
⟦sha7⟧ (HEAD -> main) Merge pull request #⟦num:100-9999⟧ from ⟦p1.handle⟧/fix-⟦lib⟧
⟦sha7#2⟧ bump ⟦lib⟧ to ⟦ver⟧ (⟦p2.full⟧)
⟦sha7#3⟧ Co-authored-by: ⟦p3.full⟧ <⟦p3.email⟧>
""",
    ),
    (
        "en",
        "code",
        """
-----BEGIN NOTE-----
ssh key for ⟦p1.handle⟧@bastion, pasted by ⟦p1.first⟧:
⟦key:pem⟧
""",
    ),
    (
        "en",
        "code",
        """
curl -X POST https://api.sendgrid.com/v3/mail/send \\
  -H "Authorization: Bearer ⟦key:sendgrid⟧" \\
  -d '{"personalizations":[{"to":[{"email":"⟦p1.email⟧","name":"⟦p1.full⟧"}]}]}'
""",
    ),
    (
        "en",
        "code",
        """
docker run -e DATABASE_URL=mysql://⟦p1.handle⟧:⟦pw⟧@⟦ip4p⟧:3306/shop -e NPM_TOKEN=⟦key:npm⟧ shop:⟦ver⟧
""",
    ),
    (
        "en",
        "log",
        """
[⟦ts⟧] payment.succeeded customer="⟦p1.full⟧" wallet=⟦eth⟧ amount=⟦amount⟧ USDC tx=0x⟦sha256⟧
""",
    ),
    (
        "en",
        "log",
        """
kernel: wlan0: authenticate with ⟦mac⟧
NetworkManager: <info> device (wlan0): DHCPv4 address ⟦ip4p⟧, hostname ⟦p1.first!l⟧-laptop
""",
    ),
    # ---------------------------------------------------------------- English: CV, minutes, rosters
    (
        "en",
        "cv",
        """
⟦p1.full!U⟧
⟦addr⟧ · ⟦phone⟧ · ⟦p1.email⟧ · linkedin.com/in/⟦p1.handle⟧

EXPERIENCE
⟦role⟧, ⟦company⟧ (⟦year⟧–present)
- Migrated billing from ⟦lib⟧ to ⟦lib#2⟧

EDUCATION
⟦univ⟧
""",
    ),
    (
        "en",
        "cv",
        """
Curriculum Vitae
Name: ⟦p1.fullmid⟧   Nationality: ⟦city⟧-born   Date of Birth: ⟦dob⟧
Referees: ⟦p2.mi⟧ (⟦p2.wemail⟧), ⟦p3.mi⟧ (⟦phone⟧)
""",
    ),
    (
        "en",
        "minutes",
        """
Minutes — Board meeting, ⟦date:long⟧
Present: ⟦p1.full⟧ (chair), ⟦p2.full⟧, ⟦p3.il⟧, ⟦p4.il⟧
Apologies: ⟦p5.full⟧

1. ⟦p2.first⟧ presented Q2 numbers. 2. ⟦p1.last⟧ to follow up with ⟦company⟧. Action: ⟦p3.initials⟧ to circulate the ⟦room⟧ room booking.
""",
    ),
    (
        "en",
        "roster",
        """
⟦sport⟧ — away game ⟦date:eu⟧
Players: ⟦p1.first⟧ ⟦p1.last⟧, ⟦p2.first⟧ ⟦p2.last⟧, ⟦p3.full⟧, ⟦p4.full⟧, ⟦p5.first⟧
Drivers: ⟦p6.full⟧ (⟦phone⟧), ⟦p7.full⟧ (⟦phone#2⟧)
Kit washing: ⟦p8.nick⟧'s mum
""",
    ),
    (
        "en",
        "roster",
        """
Class 4B — ⟦school⟧ — pickup list
| Child | Guardian | Phone |
| ⟦p1.first⟧ ⟦p1.last⟧ | ⟦p2.full⟧ | ⟦phone⟧ |
| ⟦p3.first⟧ ⟦p3.last⟧ | ⟦p4.full⟧ | ⟦phone#2⟧ |
""",
    ),
    (
        "en",
        "genealogy",
        """
⟦p1.full⟧ (b. ⟦dob:uk⟧, ⟦city⟧) married ⟦p2.full⟧ in ⟦year⟧. Children: ⟦p3.first⟧, ⟦p4.first⟧ and ⟦p5.first⟧ ⟦p1.last⟧. ⟦p3.first⟧ later emigrated to ⟦place⟧.
""",
    ),
    (
        "en",
        "citation",
        """
Interview with ⟦p1.full⟧, conducted by ⟦p2.il⟧, ⟦date:long⟧, transcript in possession of the author. See also ⟦hist⟧'s letters (⟦isbn⟧).
""",
    ),
    (
        "en",
        "news",
        """
Local man ⟦p1.full⟧, ⟦num:30-70⟧, of ⟦addr⟧, was praised by neighbours after pulling ⟦p2.full⟧ from the river during ⟦storm⟧. "I just did what anyone would," ⟦p1.last⟧ said.
""",
    ),
    (
        "en",
        "news",
        """
The ⟦school⟧ spelling bee was won by ⟦p1.first⟧ ⟦p1.last⟧, ⟦num:9-13⟧, whose mother ⟦p2.full⟧ coaches the ⟦sport⟧ team. Runner-up ⟦p3.full⟧ misspelled "⟦place⟧".
""",
    ),
    (
        "en",
        "minutes lc",
        """
standup notes
- ⟦p1.handle⟧: still blocked on ⟦ticket⟧, waiting on ⟦p2.first⟧
- ⟦p3.handle⟧: fixed the ⟦prodname⟧ pipeline, creds rotated (old token ⟦key:glpat⟧)
- ⟦p4.first⟧ out sick
""",
    ),
    # ---------------------------------------------------------------- English: misc prompts
    (
        "en",
        "prompt",
        """
My name is ⟦p1.full⟧ and I live at ⟦addr⟧. Write a complaint letter to my landlord ⟦p2.full⟧ about the broken heating. Mention my tenancy started ⟦date:long⟧.
""",
    ),
    (
        "en",
        "prompt",
        """
Help me fill in this form. I'm ⟦p1.first⟧, born ⟦dob:long⟧, passport ⟦pp:us⟧, driver license ⟦dl:us⟧. Which fields go where?
""",
    ),
    (
        "en",
        "prompt lc",
        """
why is my python script failing?? i set openai.api_key = "⟦key:openai⟧" and it says invalid. my coworker ⟦p1.first⟧ said to ask u
""",
    ),
    (
        "en",
        "prompt",
        """
Please proofread: "Congratulations to ⟦p1.full⟧ and ⟦p2.full⟧ on their wedding! Gifts can be sent to ⟦addr⟧ or via Venmo @⟦p1.handle⟧."
""",
    ),
    (
        "en",
        "prompt",
        """
Draft a polite reminder to ⟦p1.lf⟧ (tenant, Unit ⟦num:1-40⟧) that rent of $⟦amount⟧ is overdue. Sign it from ⟦p2.il⟧, property manager, tel. ⟦phone⟧.
""",
    ),
    (
        "en",
        "prompt",
        """
Is this a scam? I got a text: "⟦p1.first⟧, your ⟦brand⟧ parcel ⟦tracking⟧ is held. Pay the fee with card ⟦cc⟧ confirmed? Reply YES". It used my real name and my number ⟦phone⟧.
""",
    ),
    (
        "en",
        "prompt",
        """
Extract the key facts as JSON:
On ⟦date:long⟧, ⟦p1.full⟧ (DOB ⟦dob:us⟧) opened savings account ⟦iban:GB⟧ at the ⟦place⟧ branch, introduced by ⟦p2.full⟧.
""",
    ),
    (
        "en",
        "chat lc",
        """
⟦p1.first!l⟧ pls stop giving out my email lol ⟦p2.email⟧ is getting spammed. also tell ⟦p3.nick⟧ i owe her 20 quid
""",
    ),
    (
        "en",
        "insurance",
        """
Claim form – motor
Policyholder: ⟦p1.full⟧, DL ⟦dl⟧
Third party: ⟦p2.full⟧, tel ⟦phone⟧, vehicle reg ⟦num:10-99⟧-XK-⟦num:100-999⟧
Incident at junction of ⟦street_only⟧ and ⟦place⟧ Rd on ⟦date:uk⟧
""",
    ),
    (
        "en",
        "medical",
        """
Discharge summary
Patient: ⟦p1.lf⟧  DOB: ⟦dob⟧
Next of kin: ⟦p2.full⟧ ⟦phone⟧
Discharged on ⟦drug⟧. GP: Dr ⟦p3.last⟧.
""",
    ),
    (
        "en",
        "school",
        """
Dear parents of ⟦p1.first⟧,
Your child's login for the reading app is ⟦p1.handle⟧ and the temporary password is ⟦pw⟧. Please change it at home.
Ms ⟦p2.last⟧, Year 3
""",
    ),
    (
        "en",
        "sms",
        """
Hi ⟦p1.first⟧ it's ⟦p2.first⟧ from the dentist. Running 15 min late. Our new number is ⟦phone⟧ 🙂
""",
    ),
    (
        "en",
        "log",
        """
audit.log: user ⟦p1.email⟧ exported 1,204 rows incl. column "ssn" (sample: ⟦ssn⟧) from host ⟦ip4⟧
""",
    ),
    (
        "en",
        "email",
        """
Hey ⟦p1.first⟧ ⟦p1.last⟧,
Your Twilio subaccount key ⟦key:twilio⟧ and GitHub fine-grained token ⟦key:ghfine⟧ were found in a public gist. Please rotate both.
— Security, ⟦company⟧
""",
    ),
    (
        "en",
        "chat",
        """
⟦p1.handle⟧ joined the channel
⟦p1.handle⟧: hi all, new on the ⟦dept⟧ team! I'm ⟦p1.full⟧, based in ⟦city⟧. dm me anytime or ⟦phone⟧
⟦p2.handle⟧: welcome ⟦p1.first⟧! 👋
""",
    ),
    (
        "en",
        "kakao",
        """
KakaoTalk Chats with ⟦p1.rfull⟧
Date Saved : ⟦date:iso⟧ ⟦time⟧

⟦date:iso⟧ ⟦time#2⟧, ⟦p1.rfirst⟧ : Account for the dinner: ⟦iban⟧ (or just KakaoPay)
⟦date:iso⟧ ⟦time#3⟧, ⟦p2.rfull⟧ : sent!
""",
    ),
    (
        "en",
        "wechat",
        """
WeChat group "⟦city⟧ parents"
⟦p1.rfull⟧: Anyone selling a used ⟦product⟧?
⟦p2.rfull⟧: me, ⟦phone:cn⟧, pickup at ⟦addr:cn⟧
""",
    ),
    (
        "en",
        "line",
        """
LINE ⟦date:iso⟧
⟦time⟧ ⟦p1.rfull⟧ Please transfer to my account, contact ⟦phone:jp⟧ if problem
⟦time#2⟧ ⟦p2.rfirst⟧ ok! Sent from ⟦p2.email⟧ PayPal
""",
    ),
]

TEMPLATES += [
    # ---------------------------------------------------------------- Spanish
    (
        "es",
        "chat lc",
        """
[⟦date⟧ ⟦time⟧] ⟦p1.first⟧: oye, ¿me pasas el número de ⟦p2.first⟧?
[⟦date⟧ ⟦time#2⟧] ⟦p3.first⟧: claro, es ⟦phone⟧. ahora vive en ⟦addr⟧
[⟦date⟧ ⟦time#3⟧] ⟦p1.first⟧: mil gracias!!
""",
    ),
    (
        "es",
        "letter bank",
        """
Estimado/a Sr./Sra. ⟦p1.last⟧:

Le confirmamos la domiciliación de recibos en la cuenta ⟦iban⟧ a nombre de ⟦p1.full⟧, con fecha de nacimiento ⟦dob⟧. Si no reconoce esta operación, llame al ⟦phone⟧.

Atentamente,
⟦p2.full⟧
""",
    ),
    (
        "es",
        "prompt",
        """
Traduce al inglés: «Me llamo ⟦p1.full⟧, nací el ⟦dob⟧ y mi pasaporte es ⟦pp⟧. Mi correo es ⟦p1.email⟧ y mi hermana ⟦p2.nick⟧ vive conmigo.»
""",
    ),
    # ---------------------------------------------------------------- Portuguese
    (
        "pt",
        "chat lc",
        """
⟦p1.nick⟧: amiga me manda o pix da ⟦p2.first⟧?
⟦p3.nick⟧: é o celular dela ⟦phone⟧
⟦p1.nick⟧: valeuuu 😘
""",
    ),
    (
        "pt",
        "letter bank",
        """
Prezado(a) ⟦p1.full⟧,

Informamos que o cartão ⟦cc⟧ foi bloqueado preventivamente. O novo cartão será enviado para ⟦addr⟧.
Data de nascimento cadastrada: ⟦dob⟧.

Atenciosamente,
⟦p2.full⟧
""",
    ),
    (
        "pt",
        "form",
        """
Nome completo: ⟦p1.full⟧
Data de nascimento: ⟦dob⟧
Endereço: ⟦addr⟧
Telefone: ⟦phone⟧
E-mail: ⟦p1.email⟧
""",
    ),
    # ---------------------------------------------------------------- French
    (
        "fr",
        "email",
        """
Bonjour ⟦p1.first⟧,

Je te transmets les coordonnées de ⟦p2.full⟧ : ⟦phone⟧, ⟦addr⟧. Elle attend ton appel avant ⟦time⟧.

Bises,
⟦p3.first⟧
""",
    ),
    (
        "fr",
        "letter",
        """
⟦p1.full⟧
⟦addr⟧

Objet : mandat de prélèvement SEPA

Madame, Monsieur,
Nous accusons réception de votre RIB (IBAN ⟦iban⟧). Titulaire : ⟦p1.lf⟧, né(e) le ⟦dob⟧.
""",
    ),
    (
        "fr",
        "chat lc",
        """
jsuis en retard dsl, dis a ⟦p1.first⟧ que jarrive. mon num c ⟦phone⟧ si jamais. et ⟦p2.nick⟧ a le code du portail
""",
    ),
    # ---------------------------------------------------------------- German
    (
        "de",
        "email",
        """
Hallo ⟦p1.first⟧,

anbei die Daten für den Mietvertrag:
Name: ⟦p2.full⟧
Geburtsdatum: ⟦dob⟧
Anschrift: ⟦addr⟧
IBAN: ⟦iban⟧

Viele Grüße
⟦p3.first⟧
""",
    ),
    (
        "de",
        "chat",
        """
⟦p1.first⟧: Hat jemand die Handynummer von ⟦p2.full⟧?
⟦p3.first⟧: ⟦phone⟧ – aber ruf nicht vor ⟦time⟧ an 😅
⟦p1.first⟧: Danke dir!
""",
    ),
    (
        "de",
        "ticket",
        """
Ticket ⟦ticket⟧: Kunde ⟦p1.full⟧ (Kundennr. ⟦num:100000-999999⟧) meldet, dass sein Passwort ⟦pw⟧ nicht mehr funktioniert. Rückruf erbeten unter ⟦phone⟧. Bearbeiter: ⟦p2.handle⟧
""",
    ),
    # ---------------------------------------------------------------- Italian
    (
        "it",
        "chat",
        """
⟦p1.first⟧: ragazzi domani cena da ⟦p2.first⟧, indirizzo ⟦addr⟧ 🍝
⟦p3.first⟧: ci sono! porto il vino
⟦p2.first⟧: citofono ⟦p2.last⟧, secondo piano
""",
    ),
    (
        "it",
        "letter bank",
        """
Gentile ⟦p1.full⟧,
la informiamo che il bonifico sul conto ⟦iban⟧ è stato eseguito. Per assistenza chiami il ⟦phone⟧.
Cordiali saluti,
⟦p2.full⟧
""",
    ),
    # ---------------------------------------------------------------- Polish (inflected)
    (
        "pl",
        "email",
        """
Dzień dobry,

piszę w imieniu ⟦p1.full@gen⟧. Proszę o kontakt z ⟦p2.first@ins⟧ ⟦p2.last@ins⟧ pod numerem ⟦phone⟧ lub mailowo: ⟦p2.email⟧.

Pozdrawiam
⟦p3.full⟧
""",
    ),
    (
        "pl",
        "chat lc",
        """
⟦p1.first⟧: wyślij ⟦p2.first@dat⟧ mój adres: ⟦addr⟧
⟦p3.first⟧: ok, a numer konta?
⟦p1.first⟧: ⟦iban⟧
""",
    ),
    # ---------------------------------------------------------------- Turkish
    (
        "tr",
        "letter",
        """
Sayın ⟦p1.full⟧,

⟦date⟧ tarihli başvurunuz alınmıştır. Kayıtlı doğum tarihiniz: ⟦dob⟧. Sorularınız için ⟦phone⟧ numarasını arayabilirsiniz.

Saygılarımızla,
⟦p2.full⟧
""",
    ),
    (
        "tr",
        "chat lc",
        """
⟦p1.first⟧: abi numaran neydi
⟦p2.first⟧: ⟦phone⟧ kanka, adres de ⟦addr⟧
⟦p1.first⟧: tamamdır
""",
    ),
    # ---------------------------------------------------------------- Vietnamese
    (
        "vi",
        "chat",
        """
Chào anh ⟦p1.first⟧, em là ⟦p2.full⟧. Số điện thoại của em là ⟦phone⟧, địa chỉ giao hàng: ⟦addr⟧. Cảm ơn anh!
""",
    ),
    (
        "vi",
        "form",
        """
PHIẾU GIAO HÀNG ⟦order⟧
Người nhận: ⟦p1.full!U⟧ – ĐT: ⟦phone⟧
Địa chỉ: ⟦addr⟧
Ghi chú: gọi cho chị ⟦p2.first⟧ nếu không có ai ở nhà. Khách sinh ngày ⟦dob⟧, cần xuất trình hộ chiếu ⟦pp⟧ khi nhận.
""",
    ),
    # ---------------------------------------------------------------- Indonesian
    (
        "id",
        "chat lc",
        """
Halo kak ⟦p1.first⟧, paketnya tolong dikirim ke ⟦addr⟧ ya. Nomor WA aku ⟦phone⟧. Makasih! - ⟦p2.nick⟧
""",
    ),
    (
        "id",
        "form",
        """
Min, saya mau ajukan pinjaman. Data saya:
- nama: ⟦p1.full⟧
- lahir: ⟦dob⟧
- email: ⟦p1.email⟧
Kartu kredit yang biasa saya pakai ⟦cc⟧. Referensi keluarga: ⟦p2.full⟧ (⟦phone⟧). Tolong dibantu ya
""",
    ),
    # ---------------------------------------------------------------- Tagalog
    (
        "tl",
        "chat lc",
        """
⟦p1.nick⟧: pre pa-gcash naman sa ⟦phone⟧, si ⟦p2.first⟧ na bahala sa pagkain
⟦p3.nick⟧: sige padala ko mamaya
""",
    ),
    (
        "tl",
        "letter",
        """
Magandang araw po. Ako po si ⟦p1.full⟧, nakatira sa ⟦addr⟧. Ipinanganak po ako noong ⟦dob⟧. Maaari po ninyo akong tawagan sa ⟦phone⟧. Salamat po.
""",
    ),
    # ---------------------------------------------------------------- Swahili
    (
        "sw",
        "email",
        """
Habari ⟦p1.first⟧, mimi ni ⟦p2.full⟧. Tafadhali nipigie kwa ⟦phone⟧ au unitumie barua pepe ⟦p2.email⟧. Asante!
""",
    ),
    (
        "sw",
        "form",
        """
Jina kamili: ⟦p1.full⟧
Tarehe ya kuzaliwa: ⟦dob⟧
Anwani: ⟦addr⟧
Nambari ya simu: ⟦phone⟧
""",
    ),
    # ---------------------------------------------------------------- Yoruba
    (
        "yo",
        "chat",
        """
Ẹ kú àárọ̀ ⟦p1.first⟧! Èmi ni ⟦p2.full⟧. Nọ́ńbà fóònù mi ni ⟦phone⟧. Ẹ ṣé o!
""",
    ),
    (
        "yo",
        "form",
        """
Orúkọ: ⟦p1.full⟧
Ọjọ́ ìbí: ⟦dob⟧
Àdírẹ́sì: ⟦addr⟧
Ímeèlì: ⟦p1.email⟧
""",
    ),
    # ---------------------------------------------------------------- Chinese
    (
        "zh",
        "chat",
        """
⟦p1.full⟧：明天几点开会？
⟦p2.full⟧：下午三点，在⟦room⟧会议室。有事打我电话⟦phone⟧
⟦p1.first⟧：好的👌
""",
    ),
    (
        "zh",
        "form",
        """
姓名：⟦p1.full⟧
出生日期：⟦dob⟧
护照号码：⟦pp⟧
联系电话：⟦phone⟧
地址：⟦addr⟧
""",
    ),
    (
        "zh",
        "prompt",
        """
请帮我把这段话翻译成英文：我叫⟦p1.full⟧，我的邮箱是⟦p1.email⟧，银行卡号是⟦cc⟧。我的同事⟦p2.full⟧也会联系你。
""",
    ),
    # ---------------------------------------------------------------- Japanese
    (
        "ja",
        "email",
        """
⟦p1.last⟧様

いつもお世話になっております。⟦company⟧の⟦p2.full⟧です。
請求書の送付先を⟦addr⟧に変更いたしました。
ご不明点は⟦phone⟧までご連絡ください。
""",
    ),
    (
        "ja",
        "chat",
        """
⟦p1.first⟧: 明日の飲み会、⟦p2.last⟧さんも来るって！
⟦p3.first⟧: まじか笑 連絡先教えて
⟦p1.first⟧: ⟦phone⟧ だよ
""",
    ),
    (
        "ja",
        "form",
        """
【宿泊者カード】
お名前：⟦p1.full⟧（⟦p1.rfull!U⟧）
ご住所：⟦addr⟧
お電話：⟦phone⟧
旅券番号（外国籍の方）：⟦pp⟧
同伴者：⟦p2.first⟧
""",
    ),
    # ---------------------------------------------------------------- Korean
    (
        "ko",
        "kakao",
        """
⟦p1.full⟧님이 들어왔습니다.
[⟦p1.first⟧] [오후 ⟦time⟧] 안녕하세요! 회비 관련 문의는 제 번호 ⟦phone⟧로 연락주세요
[⟦p2.full⟧] [오후 ⟦time#2⟧] 넵 ㅎㅎ 감사합니다
""",
    ),
    (
        "ko",
        "form",
        """
[당근마켓] ⟦product⟧ 거래 건
판매자: ⟦p1.first⟧ (⟦p1.at⟧)
직거래 장소: ⟦addr⟧ 앞
연락처 ⟦phone⟧ 로 문자 주세요~ 입금은 ⟦p2.full⟧ 명의로 해주시면 됩니다
""",
    ),
    (
        "ko",
        "email",
        """
⟦p1.full⟧ 님께,

요청하신 여권 번호(⟦pp⟧) 확인되었습니다. 추가 문의는 ⟦p2.last⟧ 과장(⟦p2.wemail⟧)에게 연락 바랍니다.
""",
    ),
    # ---------------------------------------------------------------- Arabic
    (
        "ar",
        "letter",
        """
السيد/ة ⟦p1.full⟧ المحترم/ة،
نود إعلامكم بأن طلبكم رقم ⟦order⟧ قد تم شحنه إلى العنوان: ⟦addr⟧. للاستفسار يرجى الاتصال على ⟦phone⟧.
مع التحية،
⟦p2.full⟧
""",
    ),
    (
        "ar",
        "chat",
        """
⟦p1.first⟧: وين رقم ⟦p2.first⟧؟
⟦p3.first⟧: ⟦phone⟧ ، وهذا إيميله ⟦p2.email⟧
""",
    ),
    (
        "ar",
        "form",
        """
الاسم الكامل: ⟦p1.full⟧
تاريخ الميلاد: ⟦dob⟧
رقم جواز السفر: ⟦pp⟧
رقم الآيبان: ⟦iban⟧
""",
    ),
    # ---------------------------------------------------------------- Hebrew
    (
        "he",
        "email",
        """
שלום ⟦p1.first⟧,
מצורפים הפרטים של ⟦p2.full⟧: טלפון ⟦phone⟧, כתובת ⟦addr⟧.
תודה, ⟦p3.first⟧
""",
    ),
    (
        "he",
        "form",
        """
היי, ראיתי את המשרה של ⟦role⟧. אני ⟦p1.full⟧, נולדתי ב-⟦dob⟧, קורות החיים מצורפים.
אפשר לחזור אליי ב-⟦phone⟧ או במייל ⟦p1.email⟧. ⟦p2.first⟧ מהצוות שלכם המליץ/ה עליי.
""",
    ),
    # ---------------------------------------------------------------- Hindi
    (
        "hi",
        "letter",
        """
नमस्ते ⟦p1.first⟧ जी, मेरा नाम ⟦p2.full⟧ है। मेरा मोबाइल नंबर ⟦phone⟧ है और पता ⟦addr⟧ है। कृपया संपर्क करें।
""",
    ),
    (
        "hi",
        "form",
        """
KYC अपडेट — ग्राहक: ⟦p1.full⟧ (⟦p1.rfull⟧)
पिता का नाम: ⟦p2.first⟧ ⟦p1.last⟧
जन्म तिथि: ⟦dob⟧
पासपोर्ट संख्या: ⟦pp⟧
पता: ⟦addr⟧
""",
    ),
    # ---------------------------------------------------------------- Bengali
    (
        "bn",
        "letter",
        """
প্রিয় ⟦p1.first⟧, আমি ⟦p2.full⟧। আমার ফোন নম্বর ⟦phone⟧। ঠিকানা: ⟦addr⟧। ধন্যবাদ।
""",
    ),
    (
        "bn",
        "form",
        """
ভর্তি ফর্ম
শিক্ষার্থীর নাম: ⟦p1.full⟧
জন্ম তারিখ: ⟦dob⟧
অভিভাবক: ⟦p2.full⟧, মোবাইল ⟦phone⟧
ইমেইল: ⟦p2.email⟧
""",
    ),
    # ---------------------------------------------------------------- Tamil
    (
        "ta",
        "letter",
        """
வணக்கம் ⟦p1.first⟧, என் பெயர் ⟦p2.full⟧. என் கைபேசி எண் ⟦phone⟧. முகவரி: ⟦addr⟧. நன்றி.
""",
    ),
    (
        "ta",
        "form",
        """
அன்புள்ள ⟦p1.first⟧, டாக்டர் ⟦p2.last⟧ அவர்களுடன் உங்கள் சந்திப்பு ⟦date⟧ அன்று ⟦time⟧ மணிக்கு உறுதி செய்யப்பட்டது. நோயாளி: ⟦p1.full⟧, பிறந்த தேதி ⟦dob⟧. மாற்றங்களுக்கு ⟦phone⟧ அழைக்கவும்.
""",
    ),
    # ---------------------------------------------------------------- Thai
    (
        "th",
        "chat",
        """
สวัสดีค่ะคุณ⟦p1.first⟧ ดิฉันชื่อ⟦p2.full⟧ เบอร์โทร ⟦phone⟧ ที่อยู่ ⟦addr⟧ ค่ะ
""",
    ),
    (
        "th",
        "form",
        """
แบบฟอร์มเช็คอิน ห้อง ⟦num:101-920⟧
ผู้เข้าพัก: ⟦p1.full⟧
วันเกิด: ⟦dob⟧
หนังสือเดินทาง: ⟦pp⟧
บัตรเครดิตค้ำประกัน: ⟦cc⟧
""",
    ),
    (
        "th",
        "line",
        """
⟦p1.nick⟧: เย็นนี้กินข้าวกันไหม
⟦p2.nick⟧: ได้ๆ เจอกันที่บ้าน⟦p3.first⟧นะ ⟦addr⟧
""",
    ),
    # ---------------------------------------------------------------- Russian (inflected)
    (
        "ru",
        "letter",
        """
Уважаемый(ая) ⟦p1.fullmid⟧!

Направляем вам договор, заключённый с ⟦p2.full@ins⟧. Реквизиты для оплаты: ⟦iban⟧.
Контактное лицо: ⟦p3.full⟧, тел. ⟦phone⟧.

С уважением, ⟦p4.last⟧
""",
    ),
    (
        "ru",
        "chat",
        """
⟦p1.first⟧: передай ⟦p2.first@dat⟧, что я позвоню в ⟦time⟧
⟦p3.first⟧: ок. кстати, у ⟦p2.first@gen⟧ новый номер: ⟦phone⟧
""",
    ),
    (
        "ru",
        "form",
        """
ФИО: ⟦p1.fullmid⟧
Дата рождения: ⟦dob⟧
Паспорт: ⟦pp⟧
Адрес регистрации: ⟦addr⟧
Эл. почта: ⟦p1.email⟧
""",
    ),
    # ---------------------------------------------------------------- Ukrainian (inflected)
    (
        "uk",
        "letter",
        """
Добрий день, ⟦p1.first⟧!
Передайте, будь ласка, ⟦p2.first@dat⟧ ⟦p2.last@dat⟧ документи. Телефон: ⟦phone⟧. Адреса: ⟦addr⟧.
З повагою, ⟦p3.full⟧
""",
    ),
    (
        "uk",
        "form",
        """
ПІБ: ⟦p1.fullmid⟧
Дата народження: ⟦dob⟧
Номер паспорта: ⟦pp⟧
IBAN: ⟦iban⟧
""",
    ),
    # ---------------------------------------------------------------- Greek
    (
        "el",
        "chat",
        """
Γεια σου ⟦p1.first⟧! Το κινητό ⟦p2.first@gen⟧ είναι ⟦phone⟧ και η διεύθυνση ⟦addr⟧.
""",
    ),
    (
        "el",
        "form",
        """
Ονοματεπώνυμο: ⟦p1.full⟧
Ημερομηνία γέννησης: ⟦dob⟧
Αριθμός διαβατηρίου: ⟦pp⟧
IBAN: ⟦iban⟧
""",
    ),
    # ---------------------------------------------------------------- Georgian
    (
        "ka",
        "chat",
        """
გამარჯობა ⟦p1.first⟧! ჩემი ნომერია ⟦phone⟧, მისამართი: ⟦addr⟧. — ⟦p2.full⟧
""",
    ),
    (
        "ka",
        "form",
        """
გადარიცხვის მოთხოვნა
მიმღები: ⟦p1.full⟧
ანგარიში: ⟦iban:GE⟧
დანიშნულება: ბინის ქირა, ⟦date⟧
გამგზავნი: ⟦p2.full⟧, ტელ. ⟦phone⟧
""",
    ),
    # ---------------------------------------------------------------- Armenian
    (
        "hy",
        "chat",
        """
Բարև ⟦p1.first⟧, ես ⟦p2.full⟧ եմ։ Իմ հեռախոսահամարն է ⟦phone⟧, հասցեն՝ ⟦addr⟧։
""",
    ),
    (
        "hy",
        "form",
        """
Գրանցում՝ ⟦prodname⟧ համաժողով
Մասնակից՝ ⟦p1.full⟧
Էլ. փոստ՝ ⟦p1.email⟧
Վճարում ETH-ով՝ ⟦eth⟧
Ուղեկցող՝ ⟦p2.first⟧
""",
    ),
    # ---------------------------------------------------------------- Dutch
    (
        "nl",
        "email",
        """
Hoi ⟦p1.first⟧,

Hierbij de gegevens van ⟦p2.full⟧: ⟦addr⟧, tel. ⟦phone⟧.

Groetjes, ⟦p3.first⟧
""",
    ),
    (
        "nl",
        "form",
        """
Naam: ⟦p1.full⟧
Geboortedatum: ⟦dob⟧
IBAN: ⟦iban⟧
E-mailadres: ⟦p1.email⟧
""",
    ),
    # ---------------------------------------------------------------- Swedish
    (
        "sv",
        "chat",
        """
Hej ⟦p1.first⟧! Kan du swisha till ⟦p2.first⟧ på ⟦phone⟧? Adressen är ⟦addr⟧. /⟦p3.first⟧
""",
    ),
    (
        "sv",
        "form",
        """
Hej! Jag vill boka en tid hos tandläkaren åt min son ⟦p1.first⟧ ⟦p2.last⟧, född ⟦dob⟧. Ring mig på ⟦phone⟧ eller mejla ⟦p2.email⟧. Mvh ⟦p2.full⟧
""",
    ),
    # ---------------------------------------------------------------- Finnish (inflected)
    (
        "fi",
        "chat",
        """
Moi ⟦p1.first⟧! ⟦p2.first@gen⟧ uusi numero on ⟦phone⟧ ja osoite ⟦addr⟧.
""",
    ),
    (
        "fi",
        "form",
        """
Nimi: ⟦p1.full⟧
Syntymäaika: ⟦dob⟧
Tilinumero: ⟦iban⟧
Sähköposti: ⟦p1.email⟧
""",
    ),
    # ---------------------------------------------------------------- Hungarian
    (
        "hu",
        "letter",
        """
Kedves ⟦p1.full⟧!

Megrendelését (⟦order⟧) a következő címre küldjük: ⟦addr⟧. Kérdés esetén hívja a ⟦phone⟧ számot.

Üdvözlettel:
⟦p2.full⟧
""",
    ),
    # ---------------------------------------------------------------- Persian
    (
        "fa",
        "chat",
        """
سلام ⟦p1.first⟧ جان، شماره ⟦p2.full⟧ اینه: ⟦phone⟧. آدرسش هم ⟦addr⟧ هست.
""",
    ),
    (
        "fa",
        "form",
        """
قرارداد اجاره
موجر: ⟦p1.full⟧
مستاجر: ⟦p2.full⟧، تلفن ⟦phone⟧
نشانی ملک: ⟦addr⟧
تاریخ تولد مستاجر: ⟦dob⟧
""",
    ),
    # ---------------------------------------------------------------- Romanian
    (
        "ro",
        "letter",
        """
Bună ziua, ⟦p1.full⟧,
Vă confirmăm programarea. Adresa: ⟦addr⟧. Telefon: ⟦phone⟧. Cont IBAN: ⟦iban⟧.
Cu stimă, ⟦p2.full⟧
""",
    ),
    # ---------------------------------------------------------------- Czech (inflected)
    (
        "cs",
        "email",
        """
Dobrý den,
prosím předejte ⟦p1.full@dat⟧ tyto dokumenty. Telefon: ⟦phone⟧, adresa: ⟦addr⟧.
S pozdravem
⟦p2.full⟧
""",
    ),
    (
        "cs",
        "form",
        """
Ahoj, tady ⟦p1.nick⟧. Bez ⟦p2.first@gen⟧ to na permanentku nepůjde, tak posílám jeho/její údaje: ⟦p2.full⟧, nar. ⟦dob⟧, IBAN ⟦iban⟧. Díky!
""",
    ),
    # ---------------------------------------------------------------- Malay
    (
        "ms",
        "chat",
        """
Salam ⟦p1.first⟧, ini ⟦p2.full⟧. Boleh hantar barang ke ⟦addr⟧? Nombor telefon saya ⟦phone⟧. Terima kasih!
""",
    ),
]

# ---------------------------------------------------------------- texts without PII (near-misses)
TEMPLATES += [
    (
        "en",
        "release",
        """
Release ⟦ver⟧ (⟦date:long⟧)
- ⟦prodname⟧ integration: retry on 429
- fixed ⟦ticket⟧ (crash on ⟦os⟧)
- build ⟦sha7⟧, checksum sha256:⟦sha256⟧
""",
    ),
    (
        "en",
        "git",
        """
commit ⟦sha⟧
Author: dependabot[bot]
Date:   ⟦date:mon⟧

    Bump ⟦lib⟧ from ⟦ver⟧ to ⟦ver#2⟧
""",
    ),
    (
        "en",
        "prompt",
        """
Write a 300-word essay comparing the leadership styles of ⟦hist⟧ and ⟦hist#2⟧.
""",
    ),
    (
        "en",
        "prompt",
        """
What's a good hotel near ⟦place⟧ for watching a ⟦team⟧ game? Budget about $⟦num:80-300⟧ a night.
""",
    ),
    (
        "en",
        "log",
        """
⟦ts⟧ INFO  worker-⟦num:1-9⟧ job=⟦uuid⟧ status=done duration_ms=⟦num:10-900⟧
⟦ts#2⟧ WARN  worker-⟦num:1-9⟧ retry job=⟦uuid#2⟧ reason=timeout upstream=⟦prodname⟧
""",
    ),
    (
        "en",
        "prompt",
        """
How do I configure ⟦prodname⟧ on ⟦os⟧? The docs for version ⟦ver⟧ say to set PASSWORD_MIN_LENGTH but I can't find it.
""",
    ),
    (
        "en",
        "chat lc",
        """
meeting moved to ⟦room⟧ at ⟦time⟧, re ⟦ticket⟧. bring the ⟦product⟧ demo unit
""",
    ),
    (
        "en",
        "prompt",
        """
The ⟦brand⟧ on ⟦street_only⟧ closes at ⟦time⟧ — is there another one nearby that's open late?
""",
    ),
    (
        "en",
        "sql",
        """
SELECT order_id, total FROM orders WHERE created_at > '⟦date:iso⟧' AND status = 'shipped' AND order_id <> '⟦order⟧';
""",
    ),
    (
        "en",
        "json",
        """
{"id": "⟦uuid⟧", "sku": "⟦product⟧", "qty": ⟦num:1-9⟧, "checksum": "⟦sha256⟧", "warehouse": "⟦city⟧"}
""",
    ),
    (
        "en",
        "chat",
        """
Happy birthday to ⟦prodname⟧! 🎉 The project turns ⟦num:2-15⟧ today — first commit was ⟦date:long⟧.
""",
    ),
    (
        "en",
        "news",
        """
⟦storm⟧ made landfall near ⟦place⟧ on ⟦date:long⟧, knocking out power for ⟦num:10-900⟧,000 homes. ⟦company⟧ said its ⟦city⟧ plant was unaffected.
""",
    ),
    (
        "en",
        "code",
        """
def hash_password(password: str) -> bytes:
    # never log the password; read DB_PASSWORD from the environment
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))

DB_PASSWORD = os.environ["DB_PASSWORD"]
""",
    ),
    (
        "en",
        "docs",
        """
SSN format: XXX-XX-XXXX (e.g. the placeholder 000-00-0000 is never valid). Card fields accept 13–19 digits. See ticket ⟦ticket⟧.
""",
    ),
    (
        "en",
        "security",
        """
Version ⟦ver⟧ fixes CVE-⟦year⟧-⟦num:1000-49999⟧ in ⟦lib⟧. Upgrade with `pip install -U ⟦lib⟧==⟦ver⟧`. Build ID ⟦uuid⟧.
""",
    ),
    (
        "en",
        "shipping",
        """
Your order ⟦order⟧ has shipped! Tracking: ⟦tracking⟧. Estimated delivery ⟦date:long⟧. Questions? Reply to this message with your order number.
""",
    ),
    (
        "en",
        "prompt",
        """
Explain why ⟦hist⟧ is important, and why a piece of software was named ⟦prodname⟧.
""",
    ),
    (
        "en",
        "sports",
        """
⟦team⟧ beat ⟦team#2⟧ ⟦num:2-5⟧–⟦num:0-1⟧ on ⟦date:long⟧. Next fixture: ⟦place⟧, kick-off ⟦time⟧.
""",
    ),
    (
        "en",
        "prompt",
        """
Translate "⟦place⟧ is beautiful in the spring, and the ⟦brand⟧ café there is famous" into French.
""",
    ),
    (
        "en",
        "ticket",
        """
⟦ticket⟧: ⟦prodname⟧ agent crashes after upgrade to ⟦ver⟧ on ⟦os⟧. Repro: run job ⟦uuid⟧. Commit ⟦sha7⟧ suspected. Assigned to team ⟦dept⟧.
""",
    ),
    (
        "en",
        "chat",
        """
anyone know if ⟦company⟧ is hiring? saw a ⟦role⟧ posting for their ⟦city⟧ office, ref ⟦ticket⟧
""",
    ),
    (
        "en",
        "citation",
        """
See ⟦hist⟧, collected letters, ed. ⟦year⟧ (ISBN ⟦isbn⟧), pp. ⟦num:10-400⟧–⟦num:401-500⟧.
""",
    ),
    (
        "en",
        "config",
        """
server:
  port: ⟦port⟧
  image: registry.internal/⟦lib⟧:⟦ver⟧
  digest: sha256:⟦sha256⟧
  region: eu-central-1
""",
    ),
    (
        "en",
        "prompt",
        """
Plan a 3-day trip: ⟦place⟧, then ⟦city⟧, flying ⟦airline⟧. Avoid the week of ⟦date:long⟧ because of the ⟦team⟧ match.
""",
    ),
    # other languages
    (
        "de",
        "prompt",
        """
Wie installiere ich ⟦prodname⟧ ⟦ver⟧ unter ⟦os⟧? Die Anleitung von ⟦company⟧ hilft mir nicht weiter. Bestellnummer ⟦order⟧.
""",
    ),
    (
        "es",
        "news",
        """
El ⟦storm⟧ obligó a cerrar el aeropuerto de ⟦city⟧ el ⟦date⟧. ⟦airline⟧ canceló ⟦num:10-90⟧ vuelos.
""",
    ),
    (
        "fr",
        "prompt",
        """
Peux-tu résumer la vie de ⟦hist⟧ en cinq phrases ? C'est pour un exposé du ⟦date⟧.
""",
    ),
    (
        "zh",
        "prompt",
        """
请解释一下⟦prodname⟧和⟦lib⟧的区别。我用的是⟦ver⟧版本，订单号⟦order⟧。
""",
    ),
    (
        "ja",
        "shipping",
        """
ご注文（⟦order⟧）は⟦date⟧に発送されました。追跡番号：⟦tracking⟧
""",
    ),
    (
        "ru",
        "prompt",
        """
Расскажи кратко о ⟦hist⟧. Также: что нового в ⟦prodname⟧ ⟦ver⟧? Тикет ⟦ticket⟧.
""",
    ),
    (
        "ar",
        "news",
        """
أعلنت شركة ⟦company⟧ عن افتتاح فرع جديد في ⟦city⟧ بتاريخ ⟦date⟧.
""",
    ),
    (
        "ko",
        "chat",
        """
내일 ⟦time⟧에 ⟦room⟧ 회의실에서 ⟦ticket⟧ 관련 회의 있습니다. ⟦product⟧ 챙겨오세요.
""",
    ),
    (
        "hi",
        "prompt",
        """
⟦hist⟧ के बारे में पाँच वाक्य लिखिए। यह ⟦date⟧ की परियोजना के लिए है।
""",
    ),
    (
        "pt",
        "log",
        """
⟦ts⟧ INFO pedido ⟦order⟧ enviado; rastreio ⟦tracking⟧; versão ⟦ver⟧; build ⟦sha7⟧
""",
    ),
]

# ---------------------------------------------------------------- more English shapes
TEMPLATES += [
    (
        "en",
        "vcard",
        """
BEGIN:VCARD
VERSION:3.0
N:⟦p1.last⟧;⟦p1.first⟧;;;
FN:⟦p1.full⟧
TEL;TYPE=CELL:⟦phone⟧
EMAIL:⟦p1.email⟧
ADR;TYPE=HOME:;;⟦addr⟧
BDAY:⟦dob:iso⟧
END:VCARD
""",
    ),
    (
        "en",
        "calendar",
        """
BEGIN:VEVENT
SUMMARY:1:1 ⟦p1.first⟧ / ⟦p2.first⟧
ORGANIZER;CN=⟦p1.full⟧:mailto:⟦p1.wemail⟧
ATTENDEE;CN=⟦p2.full⟧:mailto:⟦p2.wemail⟧
LOCATION:⟦room⟧ (3rd floor)
DTSTART:⟦ts⟧
END:VEVENT
""",
    ),
    (
        "en",
        "prompt",
        """
I'm doing my taxes as a non-resident. My ITIN is ⟦itin⟧ and my spouse ⟦p1.first⟧'s is ⟦itin#2⟧. Our landlord ⟦p2.full⟧ gave us a 1099 with their own SSN ⟦ssn⟧ on it — is that normal?
""",
    ),
    (
        "en",
        "k8s",
        """
apiVersion: v1
kind: Secret
metadata:
  name: payments-db
  annotations:
    owner: "⟦p1.wemail⟧"
stringData:
  DB_USER: ⟦p1.handle⟧
  DB_PASS: "⟦pw⟧"
  STRIPE_KEY: ⟦key:stripe⟧
""",
    ),
    (
        "en",
        "transcript",
        """
[00:00:04] ⟦p1.full!U⟧: Okay we're recording. ⟦p2.first⟧, can you confirm your date of birth for the record?
[00:00:09] ⟦p2.full!U⟧: Sure, it's ⟦dob:long⟧.
[00:00:15] ⟦p1.full!U⟧: And your current address?
[00:00:17] ⟦p2.full!U⟧: ⟦addr⟧.
""",
    ),
    (
        "en",
        "chat lc",
        """
omg ⟦p1.first⟧ u wont beleive it, ⟦p2.first⟧ ⟦p2.last⟧ got engaged!!! to that guy from ⟦company⟧ lmao. party at thier place ⟦addr⟧ sat 8pm, txt ⟦p2.nick⟧ on ⟦phone⟧ if ur coming
""",
    ),
    (
        "en",
        "markdown",
        """
| Name | Role | Laptop MAC | Static IP |
|---|---|---|---|
| ⟦p1.full⟧ | ⟦role⟧ | ⟦mac⟧ | ⟦ip4p⟧ |
| ⟦p2.full⟧ | ⟦role#2⟧ | ⟦mac#2⟧ | ⟦ip4p#2⟧ |
""",
    ),
    (
        "en",
        "ldap log",
        """
⟦ts⟧ slapd[⟦num:100-9999⟧]: conn=⟦num:1000-99999⟧ op=1 BIND dn="uid=⟦p1.handle⟧,ou=people,dc=corp,dc=local" method=128
⟦ts#2⟧ slapd[⟦num:100-9999⟧]: conn=⟦num:1000-99999⟧ fd=12 ACCEPT from IP=⟦ip4⟧:⟦num:30000-65000⟧
""",
    ),
    (
        "en",
        "email thread",
        """
On ⟦date:long⟧, ⟦p1.full⟧ <⟦p1.email⟧> wrote:
> Can you resend the wallet address? The last one bounced.

Here you go: ⟦btc⟧
And for ETH: ⟦eth⟧
– ⟦p2.first⟧
""",
    ),
    (
        "en",
        "obituary",
        """
⟦p1.fullmid⟧, born ⟦dob:long⟧ in ⟦place⟧, passed away peacefully. Survived by ⟦p2.first⟧ (spouse), children ⟦p3.first⟧ and ⟦p4.first⟧, and a much-loved dog named ⟦prodname⟧. Donations to ⟦company⟧ Foundation.
""",
    ),
    (
        "en",
        "html",
        """
<div class="profile">
  <h2>⟦p1.full⟧</h2>
  <a href="mailto:⟦p1.email⟧">Email me</a> · <span class="tel">⟦phone⟧</span>
  <!-- TODO remove before launch: admin pw ⟦pw⟧ -->
</div>
""",
    ),
    (
        "en",
        "teams",
        """
⟦p1.lf⟧ ⟦time⟧
Can someone from ⟦dept⟧ check why the DL scan for ⟦p2.full⟧ (license ⟦dl:us⟧) failed verification?
⟦p3.lf⟧ ⟦time#2⟧
looking now — the DOB on the scan reads ⟦dob:us⟧ but the form says otherwise
""",
    ),
    (
        "en",
        "prompt",
        """
Convert to a table: ⟦p1.full⟧ – ⟦phone⟧ – ⟦p1.email⟧; ⟦p2.full⟧ – ⟦phone#2⟧ – ⟦p2.email⟧; ⟦p3.full⟧ – ⟦phone#3⟧ – ⟦p3.email⟧
""",
    ),
    (
        "en",
        "chat lc",
        """
wait whos ⟦p1.handle⟧ on discord?? is that ⟦p1.first⟧ from ⟦school⟧? they keep dming me their venmo and a btc addy ⟦btc⟧ 🙄
""",
    ),
]
