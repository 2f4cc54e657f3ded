# ruff: noqa: E501
"""Hand-written material for the dev13 evaluation set (see bench/sanitizer_dev13.py).

Everything in this file was typed by hand for this set: given-name and surname
lists per culture, value pools (streets, towns, phone layouts, password words,
company/product names that look like people) and the templates themselves.
No name was taken from a name-generation library.

Name list syntax (one culture per dict):
  entries are separated by ";".
  "native|roman"  - native-script form and its usual romanisation.
  "Name~Nick"     - a common diminutive / nickname of that given name.
  "m_form/f_form" - gendered surname (or patronymic) forms.
Flags: double (prob. of two surnames), hyph (prob. of a hyphenated pair),
mono (prob. of having no surname), patro (bin/binti patronymics).

Template syntax: see the module docstring of bench/sanitizer_dev13.py.
"""

# ---------------------------------------------------------------------------
# Names, per culture
# ---------------------------------------------------------------------------

CULTURES = {
    "en_us": {
        "f": """Jennifer~Jen; Ashley; Hope; Grace; Joy; Faith; Rose; Dolores~Dee; Destiny; Amber; Summer;
            Penny; Dawn; Megan~Meg; Kayla; Brittany~Britt; Tiffany; Crystal; Heather; Mackenzie~Kenzie;
            Savannah; Brooke; Autumn; Harmony; Charity; Shaniqua; LaToya; Kimberly~Kim""",
        "m": """William~Bill; Mark; Frank; Guy; Will; Chase; Hunter; Tyler; Cody; Dustin; Brandon; Jamal;
            DeShawn; Terrell; Cole; Bo; Rusty; Chip; Buddy; Lance; Dwayne; Trevor; Garrett; Wade; Sonny;
            Robert~Bob; Richard~Rich""",
        "s": """Smith; Baker; Cook; Young; King; Brown; Green; White; Wood; Rich; Strong; Price; Hill; Love;
            Little; Banks; Freeman; Holloway; Gentry; Booker; Pruitt; McAllister; Dunn; Carter; Hayes;
            Monroe; Person; Gaines""",
        "mid": """Marie; Lynn; Ann; Lee; Ray; James; Michael; Nicole; Dean; Jo; Allen; Grace; Wayne; Elizabeth""",
    },
    "en_gb": {
        "f": """Charlotte~Lottie; Harriet~Hattie; Imogen~Immy; Poppy; Beatrice~Bea; Gemma; Kirsty; Leanne;
            Chloe; Rosie; Hollie; Phoebe; Georgina~George; Nia; Bethan; Elspeth; Lorna; Ffion; Tamsin;
            Pippa; Jess""",
        "m": """Oliver~Ollie; Harry; Alfie; Callum; Rhys; Gareth; Hamish; Ewan; Douglas~Dougie; Nigel; Clive;
            Rupert; Jack; Reece; Kieran; Dafydd; Iain; Alistair~Ali; Jamie; Archie; Barnaby~Barney""",
        "s": """Hughes; Whitmore; Ashworth; Pritchard; Thistlethwaite; Fairclough; Braithwaite; Llewellyn;
            MacLeod; Fraser; Campbell; Sinclair; Butterworth; Fletcher; Marsh; Parsons; Cartwright;
            Pickering; Entwistle; Bird; Fox; Sharp; Lamb; Bell; Goodwin""",
        "mid": """James; Edward; Louise; Rose; Anne; Thomas; Mary; Arthur; Jane""",
        "hyph": 0.12,
    },
    "ie": {
        "f": """Siobhán; Aoife; Niamh; Saoirse; Caoimhe; Gráinne; Róisín; Orla; Sinéad; Clodagh; Eimear;
            Aisling; Deirdre; Bríd""",
        "m": """Seán; Cian; Oisín; Darragh; Pádraig~Paddy; Ciarán; Eoin; Colm; Diarmuid; Fionn; Tadhg;
            Ruairí; Donal; Cathal""",
        "s": """Ó Briain; O'Sullivan; Murphy; Kelly; O'Brien; Byrne; Ryan; Walsh; O'Connor; McCarthy;
            Doyle; Gallagher; Ó Súilleabháin; Mac Giolla Phádraig; Kavanagh; Fitzgerald; Brennan;
            Quinn; Nolan; Lynch; Hennessy; Mac Aodha""",
        "mid": """Marie; Patrick; Bernadette; Joseph; Brigid""",
    },
    "de": {
        "f": """Anna; Katharina~Kathi; Stefanie~Steffi; Ursula~Uschi; Hannelore; Lena; Sabine; Birgit;
            Franziska~Franzi; Leonie; Mareike; Heike; Jana; Annegret; Sophie""",
        "m": """Sebastian~Basti; Florian~Flo; Matthias; Jürgen; Klaus; Wolfgang; Lukas; Maximilian~Max;
            Tobias~Tobi; Dieter; Jörg; Benedikt~Bene; Kai; Uwe; Moritz""",
        "s": """Müller; Schmidt; Schneider; Fischer; Weber; Meyer; Wagner; Becker; Hoffmann; Schäfer; Koch;
            Bauer; Richter; Klein; Wolf; Fuchs; Vogel; Fröhlich; Krüger; Hartmann; Zimmermann; Braun;
            von Stetten; Großmann""",
        "hyph": 0.1,
    },
    "fr": {
        "f": """Anaïs; Camille; Manon; Élodie; Margaux; Chloé; Sandrine; Nathalie; Océane; Clémence; Inès;
            Solène; Véronique; Blanche; Rose; Capucine""",
        "m": """Pierre; Julien; Guillaume; Mathieu; Benoît; Emmanuel~Manu; Théo; Étienne; Thibault;
            Yannick; Grégoire; Loïc; Baptiste; Olivier; Jean-Luc; Marc-Antoine""",
        "s": """Martin; Bernard; Dubois; Lefebvre; Moreau; Laurent; Girard; Rousseau; Boucher; Leblanc;
            Fontaine; Chevalier; Mercier; Blanchard; Garnier; Faure; Lemoine; Perrin; de Villiers; Roux;
            Marchand; Le Gall; Duval""",
        "hyph": 0.1,
    },
    "es": {
        "f": """Lucía; Carmen~Carmencita; Dolores~Lola; Consuelo~Chelo; Pilar~Pili; Rocío; Inmaculada~Inma;
            Montserrat~Montse; Ainhoa; Nerea; Paz; Blanca; Soledad~Sole; Remedios~Reme; Begoña""",
        "m": """Javier~Javi; José~Pepe; Francisco~Paco; Ignacio~Nacho; Jesús~Chuchi; Álvaro; Sergio; Íñigo;
            Jordi; Xavier; Guillermo~Guille; Rafael~Rafa; Alejandro~Álex; Santiago~Santi; Ángel""",
        "s": """García; Fernández; González; Rodríguez; López; Martínez; Sánchez; Pérez; Gómez; Ruiz;
            Jiménez; Moreno; Muñoz; Álvarez; Romero; Navarro; Torres; Domínguez; Vázquez; Gil;
            de la Cruz; Iglesias; Castillo; Ortega""",
        "double": 0.6,
    },
    "mx": {
        "f": """Guadalupe~Lupita; María José~Majo; Ximena; Fernanda~Fer; Valeria; Luz; Milagros~Mili;
            Rosario~Charo; Yesenia; Itzel; Araceli; Esperanza; Dulce; Maricela; Socorro~Coco""",
        "m": """Jesús~Chucho; Antonio~Toño; Eduardo~Lalo; Alberto~Beto; Francisco~Pancho; Ramón; Héctor;
            Jorge; Luis Ángel; Emiliano; Rigoberto~Rigo; Armando; Osvaldo; Gerardo~Gera; Tomás""",
        "s": """Hernández; Ramírez; Flores; Cruz; Morales; Reyes; Gutiérrez; Ortiz; Chávez; Mendoza; Vargas;
            Castillo; Salazar; Guerrero; Rojas; Aguilar; Delgado; Medina; de la Rosa; Villanueva; Zúñiga;
            Quintero; Espinoza""",
        "double": 0.5,
    },
    "br": {
        "f": """Ana Clara; Juliana~Ju; Fernanda~Nanda; Letícia; Camila~Cami; Graça; Conceição~Ceiça;
            Raimunda; Thaís; Bruna; Larissa; Aparecida~Cida; Vitória; Jéssica; Luana""",
        "m": """João Pedro; Thiago; Rodrigo~Digo; Luiz Carlos; Raimundo; Edson; Wellington; Cauã;
            Gustavo~Guga; Anderson; Sebastião~Tião; Felipe; Rafael; Washington; Cleiton""",
        "s": """da Silva; dos Santos; Oliveira; Souza; Rodrigues; Ferreira; Alves; Pereira; Lima; Gomes;
            Costa; Ribeiro; Carvalho; Almeida; Nascimento; Araújo; Barbosa; Cardoso; de Jesus; Rocha;
            Moreira; Cavalcanti; Teixeira""",
        "double": 0.45,
    },
    "pt": {
        "f": """Inês; Beatriz; Leonor; Matilde; Carolina; Mafalda; Joana; Filipa; Teresa; Fátima; Rosa;
            Madalena; Catarina; Rita; Sofia""",
        "m": """Duarte; Tiago; Gonçalo; Rui; Nuno; Afonso; Tomás; Diogo; Vasco; Bernardo; Henrique;
            Manuel~Manel; Francisco~Chico; Martim; Simão""",
        "s": """Silva; Santos; Ferreira; Pereira; Oliveira; Costa; Rodrigues; Martins; Jesus; Sousa;
            Fernandes; Gonçalves; Gomes; Lopes; Marques; Ribeiro; Pinto; Carvalho; Teixeira; Moura;
            Magalhães; Cunha; Sá; Vieira""",
        "double": 0.5,
    },
    "it": {
        "f": """Giulia; Francesca~Fra; Chiara; Federica~Fede; Serena; Bianca; Alessandra~Ale;
            Giovanna~Gianna; Martina; Ilaria; Beatrice~Bea; Rosaria; Assunta; Carmela; Donatella""",
        "m": """Giuseppe~Peppe; Francesco~Checco; Alessandro~Ale; Lorenzo~Lollo; Matteo; Davide; Fortunato;
            Salvatore~Totò; Gianluca; Pierpaolo; Vincenzo~Enzo; Giorgio; Nicolò; Raffaele; Andrea""",
        "s": """Rossi; Russo; Ferrari; Esposito; Bianchi; Romano; Colombo; Ricci; Marino; Greco; Bruno;
            Gallo; Conti; De Luca; Mancini; Costa; Giordano; Rizzo; Lombardi; Moretti; Barbieri;
            Fontana; Santoro; Caruso; Di Stefano; Lo Bianco""",
    },
    "nl": {
        "f": """Sanne; Fleur; Anouk; Lieke; Marieke; Femke; Ilse; Noor; Roos; Eva; Mirjam; Joke; Willemijn;
            Esmée; Lotte""",
        "m": """Daan; Bram; Sem; Joost; Pieter; Willem~Wim; Gert-Jan; Maarten; Sjoerd; Ruud; Kees; Thijs;
            Hendrik~Henk; Jeroen; Niels""",
        "s": """de Jong; Jansen; de Vries; van den Berg; van Dijk; Bakker; Janssen; Visser; Smit; Meijer;
            de Boer; Mulder; de Groot; Bos; Vos; Peters; Hendriks; van Leeuwen; Dekker; Brouwer;
            de Wit; Dijkstra; van der Berg; van der Meer; Kuipers""",
    },
    "pl": {
        "f": """Katarzyna~Kasia; Małgorzata~Gosia; Agnieszka~Aga; Joanna~Asia; Magdalena~Magda; Zofia~Zosia;
            Aleksandra~Ola; Ewa; Beata; Dorota; Justyna; Wiktoria; Halina; Krystyna; Grażyna""",
        "m": """Tomasz~Tomek; Jakub~Kuba; Krzysztof~Krzysiek; Piotr; Paweł; Łukasz; Michał; Grzegorz~Grześ;
            Wojciech~Wojtek; Marcin; Bartosz~Bartek; Dariusz~Darek; Stanisław~Staszek; Mateusz;
            Jarosław~Jarek""",
        "s": """Nowak; Kowalski/Kowalska; Wiśniewski/Wiśniewska; Wójcik; Kowalczyk; Kamiński/Kamińska;
            Lewandowski/Lewandowska; Zieliński/Zielińska; Szymański/Szymańska; Woźniak;
            Dąbrowski/Dąbrowska; Kozłowski/Kozłowska; Jankowski/Jankowska; Mazur;
            Kwiatkowski/Kwiatkowska; Krawczyk; Wróbel; Pawlak; Michalski/Michalska;
            Grabowski/Grabowska; Król; Sikora""",
    },
    "cs": {
        "f": """Jana; Tereza; Lucie; Kateřina~Káťa; Markéta; Veronika~Verča; Petra; Hana; Zuzana~Zuzka;
            Eliška; Barbora~Bára; Alena; Jitka; Radka; Věra""",
        "m": """Jan~Honza; Petr~Péťa; Jiří~Jirka; Tomáš; Martin; Ondřej; Lukáš; Vojtěch~Vojta; Jakub~Kuba;
            Miroslav~Mirek; Zdeněk; Vladimír~Vláďa; Radek; Dominik; Matěj""",
        "s": """Novák/Nováková; Svoboda/Svobodová; Novotný/Novotná; Dvořák/Dvořáková; Černý/Černá;
            Procházka/Procházková; Kučera/Kučerová; Veselý/Veselá; Horák/Horáková; Němec/Němcová;
            Pokorný/Pokorná; Marek/Marková; Pospíšil/Pospíšilová; Hájek/Hájková; Král/Králová;
            Jelínek/Jelínková; Růžička/Růžičková; Beneš/Benešová; Fiala/Fialová; Kovář/Kovářová""",
    },
    "ro": {
        "f": """Ioana; Andreea; Elena; Mihaela; Alexandra; Cristina; Raluca; Georgiana; Bianca; Oana; Roxana;
            Florentina; Ileana; Daciana; Luminița""",
        "m": """Andrei; Mihai; Ionuț; Bogdan; Cătălin; Florin; Răzvan; Vlad; Alexandru~Alex; Gheorghe~Gigel;
            Costel; Dorin; Sorin; Marius; Ovidiu""",
        "s": """Popescu; Ionescu; Popa; Dumitrescu; Stan; Stoica; Gheorghiu; Rusu; Munteanu; Matei;
            Constantin; Marin; Dinu; Lungu; Tudor; Moldovan; Ciobanu; Diaconu; Cojocaru; Florea;
            Vasilescu; Nistor""",
    },
    "hu": {
        "f": """Zsófia~Zsófi; Eszter; Anna~Panni; Réka; Katalin~Kati; Erzsébet~Erzsi; Ildikó;
            Krisztina~Kriszti; Boglárka~Bogi; Nóra; Judit; Orsolya~Orsi; Tünde; Dóra; Gabriella~Gabi""",
        "m": """László~Laci; István~Pisti; Zoltán~Zoli; Gábor; Balázs; Bence; Tamás; Ferenc~Feri; Attila;
            Csaba; Levente; Dániel; Gergely~Gergő; Péter; Márton""",
        "s": """Nagy; Kovács; Tóth; Szabó; Horváth; Varga; Kiss; Molnár; Németh; Farkas; Balogh; Papp;
            Takács; Juhász; Lakatos; Mészáros; Oláh; Simon; Rácz; Fekete; Szilágyi; Török""",
    },
    "sv": {
        "f": """Ebba; Saga; Linnéa; Maja; Astrid; Ingrid; Elin; Frida; Karin; Sofia; Agnes; Märta; Britt;
            Solveig; Ylva""",
        "m": """Björn; Erik; Lars; Anders; Oskar; Gustav; Johan; Nils; Sven; Magnus; Linus; Viggo; Olle;
            Pelle; Hampus""",
        "s": """Andersson; Johansson; Karlsson; Nilsson; Eriksson; Larsson; Olsson; Persson; Svensson;
            Gustafsson; Lindqvist; Bergström; Lindberg; Ek; Sjöberg; Holm; Åberg; Lund; Strand;
            Wikström; Berglund; Hedlund""",
    },
    "fi": {
        "f": """Aino; Helmi; Venla; Siiri; Eevi; Kaisa; Tuulia; Minna; Satu; Päivi; Johanna~Jonna; Riikka;
            Hanna; Sanna; Marjatta""",
        "m": """Onni; Eino; Väinö; Juha; Mikko; Jukka; Antti; Lauri; Teemu; Ville; Tuomas; Pekka; Jari;
            Kalle; Aleksi""",
        "s": """Korhonen; Virtanen; Mäkinen; Nieminen; Mäkelä; Hämäläinen; Laine; Heikkinen; Koskinen;
            Järvinen; Lehtonen; Salminen; Lahtinen; Kinnunen; Heinonen; Turunen; Salo; Rantanen;
            Karjalainen; Laaksonen; Kallio; Kivelä""",
    },
    "da": {
        "f": """Mette; Sigrid; Ingeborg; Kirsten; Freja; Ida; Signe; Maren; Tove; Liv; Solveig; Nora;
            Astrid; Hanne; Karoline""",
        "m": """Søren; Rasmus; Mads; Jens; Henrik; Kasper; Mikkel; Torben; Bjørn; Ole; Lars; Anders;
            Magnus; Espen; Håkon""",
        "s": """Jensen; Nielsen; Hansen; Pedersen; Andersen; Christensen; Larsen; Sørensen; Rasmussen;
            Jørgensen; Olsen; Johansen; Berg; Haugen; Dahl; Bakke; Lie; Solberg; Kristiansen;
            Halvorsen; Strand; Mikkelsen""",
    },
    "tr": {
        "f": """Ayşe; Zeynep; Elif; Fatma; Emine; Deniz; Yıldız; Hülya; Gülşen; Merve; Büşra; Sevgi; Dilek;
            Nur; Özlem; Ebru""",
        "m": """Mehmet; Mustafa; Ahmet; Kemal; Emre; Burak; Umut; Barış; Serkan; Hakan; Oğuz; Murat; Cem;
            Onur; Volkan; Tolga; Yusuf""",
        "s": """Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Yıldırım; Öztürk; Aydın; Özdemir; Arslan; Doğan;
            Kılıç; Aslan; Çetin; Kara; Koç; Kurt; Özkan; Şimşek; Polat; Erdem; Güneş""",
    },
    "el": {
        "f": """Μαρία|Maria; Ελένη~Λένα|Eleni~Lena; Αικατερίνη~Κατερίνα|Aikaterini~Katerina;
            Βασιλική~Βάσω|Vasiliki~Vaso; Σοφία|Sofia; Αγγελική~Βίκυ|Angeliki~Vicky; Ελπίδα|Elpida;
            Ειρήνη|Eirini; Δέσποινα|Despoina; Χριστίνα|Christina; Γεωργία|Georgia;
            Παναγιώτα~Γιώτα|Panagiota~Giota; Ευαγγελία~Λίτσα|Evangelia~Litsa; Φωτεινή|Foteini""",
        "m": """Γεώργιος~Γιώργος|Georgios~Giorgos; Ιωάννης~Γιάννης|Ioannis~Giannis;
            Κωνσταντίνος~Κώστας|Konstantinos~Kostas; Δημήτριος~Δημήτρης|Dimitrios~Dimitris;
            Νικόλαος~Νίκος|Nikolaos~Nikos; Παναγιώτης~Πάνος|Panagiotis~Panos;
            Βασίλειος~Βασίλης|Vasileios~Vasilis; Χρήστος|Christos; Αθανάσιος~Θανάσης|Athanasios~Thanasis;
            Μιχάλης|Michalis; Σπύρος|Spyros; Στέλιος|Stelios; Άγγελος|Angelos""",
        "s": """Παπαδόπουλος/Παπαδοπούλου|Papadopoulos/Papadopoulou; Γεωργίου|Georgiou; Οικονόμου|Oikonomou;
            Νικολαΐδης/Νικολαΐδου|Nikolaidis/Nikolaidou; Παπαδάκης/Παπαδάκη|Papadakis/Papadaki;
            Βασιλείου|Vasileiou; Ιωάννου|Ioannou; Μακρής/Μακρή|Makris/Makri; Αντωνίου|Antoniou;
            Κωνσταντινίδης/Κωνσταντινίδου|Konstantinidis/Konstantinidou; Δημητρίου|Dimitriou;
            Παππάς/Παππά|Pappas/Pappa; Αλεξίου|Alexiou; Λαμπρόπουλος/Λαμπροπούλου|Lampropoulos/Lampropoulou;
            Χατζηδάκης/Χατζηδάκη|Chatzidakis/Chatzidaki;
            Σταματόπουλος/Σταματοπούλου|Stamatopoulos/Stamatopoulou;
            Κυριακίδης/Κυριακίδου|Kyriakidis/Kyriakidou; Ζαχαρίου|Zachariou; Μαυρίδης/Μαυρίδου|Mavridis/Mavridou;
            Καραγιάννης/Καραγιάννη|Karagiannis/Karagianni; Πετράκης/Πετράκη|Petrakis/Petraki""",
    },
    "ru": {
        "f": """Анна~Аня|Anna~Anya; Мария~Маша|Mariya~Masha; Екатерина~Катя|Ekaterina~Katya;
            Ольга~Оля|Olga~Olya; Наталья~Наташа|Natalya~Natasha; Вера|Vera; Надежда~Надя|Nadezhda~Nadya;
            Любовь~Люба|Lyubov~Lyuba; Татьяна~Таня|Tatyana~Tanya; Ксения~Ксюша|Kseniya~Ksyusha;
            Елена~Лена|Elena~Lena; Дарья~Даша|Darya~Dasha; Светлана~Света|Svetlana~Sveta;
            Юлия~Юля|Yuliya~Yulya; Александра~Саша|Aleksandra~Sasha""",
        "m": """Александр~Саша|Aleksandr~Sasha; Дмитрий~Дима|Dmitry~Dima; Сергей~Серёжа|Sergey~Seryozha;
            Андрей|Andrey; Алексей~Лёша|Aleksey~Lyosha; Евгений~Женя|Evgeny~Zhenya; Михаил~Миша|Mikhail~Misha;
            Владимир~Вова|Vladimir~Vova; Николай~Коля|Nikolay~Kolya; Иван~Ваня|Ivan~Vanya;
            Павел~Паша|Pavel~Pasha; Артём|Artyom; Игорь|Igor; Константин~Костя|Konstantin~Kostya;
            Григорий~Гриша|Grigory~Grisha""",
        "s": """Иванов/Иванова|Ivanov/Ivanova; Смирнов/Смирнова|Smirnov/Smirnova;
            Кузнецов/Кузнецова|Kuznetsov/Kuznetsova; Попов/Попова|Popov/Popova;
            Васильев/Васильева|Vasilyev/Vasilyeva; Соколов/Соколова|Sokolov/Sokolova;
            Михайлов/Михайлова|Mikhailov/Mikhailova; Новиков/Новикова|Novikov/Novikova;
            Фёдоров/Фёдорова|Fyodorov/Fyodorova; Морозов/Морозова|Morozov/Morozova;
            Волков/Волкова|Volkov/Volkova; Лебедев/Лебедева|Lebedev/Lebedeva; Козлов/Козлова|Kozlov/Kozlova;
            Орлов/Орлова|Orlov/Orlova; Зайцев/Зайцева|Zaitsev/Zaitseva; Белов/Белова|Belov/Belova;
            Голубев/Голубева|Golubev/Golubeva; Виноградов/Виноградова|Vinogradov/Vinogradova;
            Богданов/Богданова|Bogdanov/Bogdanova; Крылов/Крылова|Krylov/Krylova;
            Тихонов/Тихонова|Tikhonov/Tikhonova""",
        "mid": """Петрович/Петровна|Petrovich/Petrovna; Сергеевич/Сергеевна|Sergeevich/Sergeevna;
            Александрович/Александровна|Aleksandrovich/Aleksandrovna; Иванович/Ивановна|Ivanovich/Ivanovna;
            Николаевич/Николаевна|Nikolaevich/Nikolaevna; Владимирович/Владимировна|Vladimirovich/Vladimirovna;
            Андреевич/Андреевна|Andreevich/Andreevna; Михайлович/Михайловна|Mikhailovich/Mikhailovna""",
        "patronymic": 1,
    },
    "uk": {
        "f": """Олена|Olena; Оксана|Oksana; Ірина~Іра|Iryna~Ira; Наталія~Наталка|Nataliia~Natalka;
            Тетяна~Таня|Tetiana~Tania; Юлія|Yuliia; Ольга~Оля|Olha~Olia; Марія~Марічка|Mariia~Marichka;
            Соломія|Solomiia; Богдана|Bohdana; Галина~Галя|Halyna~Halia; Христина|Khrystyna; Дарина|Daryna;
            Віра|Vira; Надія|Nadiia""",
        "m": """Олександр~Сашко|Oleksandr~Sashko; Андрій|Andrii; Тарас|Taras; Богдан|Bohdan;
            Володимир~Вова|Volodymyr~Vova; Микола|Mykola; Сергій|Serhii; Юрій|Yurii; Василь|Vasyl;
            Дмитро|Dmytro; Остап|Ostap; Ярослав~Ярко|Yaroslav~Yarko; Максим|Maksym; Олег|Oleh; Петро|Petro""",
        "s": """Шевченко|Shevchenko; Коваленко|Kovalenko; Бондаренко|Bondarenko; Ткаченко|Tkachenko;
            Кравченко|Kravchenko; Мельник|Melnyk; Олійник|Oliinyk; Шевчук|Shevchuk; Поліщук|Polishchuk;
            Бойко|Boiko; Коваль|Koval; Ковальчук|Kovalchuk; Лисенко|Lysenko; Савченко|Savchenko;
            Руденко|Rudenko; Марченко|Marchenko; Мороз|Moroz; Гнатюк|Hnatiuk; Павленко|Pavlenko;
            Кравець|Kravets; Петренко|Petrenko; Ярошенко|Yaroshenko""",
        "mid": """Іванович/Іванівна|Ivanovych/Ivanivna; Петрович/Петрівна|Petrovych/Petrivna;
            Миколайович/Миколаївна|Mykolaiovych/Mykolaivna; Васильович/Василівна|Vasylovych/Vasylivna;
            Олександрович/Олександрівна|Oleksandrovych/Oleksandrivna""",
        "patronymic": 1,
    },
    "ar": {
        "f": """فاطمة|Fatima; مريم|Maryam; نور|Nour; أمل|Amal; ليلى|Layla; سارة|Sara; رنا|Rana; هالة|Hala;
            ياسمين|Yasmin; دينا|Dina; هبة|Heba; سلمى|Salma; رغد|Raghad; لينا|Lina; جميلة|Jamila""",
        "m": """محمد|Mohammed; أحمد|Ahmed; علي|Ali; سعيد|Said; كريم|Karim; جميل|Jamil; عمر|Omar; خالد|Khaled;
            يوسف|Youssef; حسن|Hassan; طارق|Tariq; سامي|Sami; فيصل|Faisal; ماجد|Majid; زياد|Ziad""",
        "s": """الفارسي|al-Farsi; حداد|Haddad; الخوري|Khoury; السيد|El-Sayed; المصري|al-Masri;
            النجار|al-Najjar; الحسيني|al-Husseini; عبد الله|Abdullah; الشامي|al-Shami; منصور|Mansour;
            الزين|El-Zein; حمدان|Hamdan; قاسم|Qasim; الرشيد|al-Rashid; العلي|Al-Ali; عثمان|Othman;
            سليمان|Suleiman; نصر|Nasr; بن صالح|bin Saleh; العتيبي|Al-Otaibi; الحربي|Al-Harbi; يونس|Younis""",
    },
    "fa": {
        "f": """مریم|Maryam; زهرا|Zahra; فاطمه|Fatemeh; نگار|Negar; شیرین|Shirin; پریسا|Parisa; لیلا|Leila;
            سارا|Sara; مهسا|Mahsa; نسرین|Nasrin; آزاده|Azadeh; ستاره|Setareh; یاسمن|Yasaman; الهام|Elham;
            پگاه|Pegah""",
        "m": """علی|Ali; محمد|Mohammad; رضا|Reza; حسین|Hossein; امیر|Amir; مهدی|Mehdi; سعید|Saeed;
            بهرام|Bahram; داریوش|Dariush; کوروش|Kourosh; آرش|Arash; فرهاد|Farhad; پیمان|Peyman;
            بابک|Babak; کاوه|Kaveh""",
        "s": """احمدی|Ahmadi; محمدی|Mohammadi; حسینی|Hosseini; رضایی|Rezaei; موسوی|Mousavi; کریمی|Karimi;
            جعفری|Jafari; صادقی|Sadeghi; رحیمی|Rahimi; نوری|Nouri; تهرانی|Tehrani; شیرازی|Shirazi;
            اصفهانی|Esfahani; کاظمی|Kazemi; قاسمی|Ghasemi; هاشمی|Hashemi; طاهری|Taheri; بهرامی|Bahrami;
            نیک‌نام|Niknam; امینی|Amini; یزدانی|Yazdani""",
    },
    "he": {
        "f": """נועה|Noa; שירה|Shira; טל|Tal; מיכל|Michal; יעל|Yael; תמר|Tamar; אביגיל|Avigail; רותם|Rotem;
            הדס|Hadas; ליאת|Liat; אורית|Orit; גלית|Galit; מאיה|Maya; שני|Shani; רונית|Ronit""",
        "m": """יוסי|Yossi; אבי|Avi; משה|Moshe; דוד|David; אור|Or; גל|Gal; איתי|Itai; עומר|Omer; נדב|Nadav;
            עידו|Ido; יונתן~יוני|Yonatan~Yoni; אלון|Alon; שלומי|Shlomi; רועי|Roi; אליעזר~אלי|Eliezer~Eli""",
        "s": """כהן|Cohen; לוי|Levi; מזרחי|Mizrahi; פרץ|Peretz; ביטון|Biton; דהן|Dahan; אברהם|Avraham;
            פרידמן|Friedman; מלכה|Malka; אזולאי|Azoulay; כץ|Katz; יוסף|Yosef; עמר|Amar; אוחיון|Ohayon;
            חדד|Hadad; גבאי|Gabay; בן דוד|Ben David; שפירא|Shapira; רוזנברג|Rosenberg; בן-עמי|Ben-Ami;
            גולדשטיין|Goldstein""",
    },
    "hi": {
        "f": """प्रिया|Priya; पूजा|Pooja; आशा|Asha; किरण|Kiran; नेहा|Neha; अंजलि|Anjali; सुनीता|Sunita;
            राधिका|Radhika; कविता|Kavita; दीपिका|Deepika; स्नेहा|Sneha; मीनाक्षी~मीनू|Meenakshi~Meenu;
            श्वेता|Shweta; रेखा|Rekha; गीता|Geeta""",
        "m": """राहुल|Rahul; अमित|Amit; सनी|Sunny; विकास|Vikas; रोहित|Rohit; अंकित|Ankit; सुरेश|Suresh;
            राजेश~राजू|Rajesh~Raju; मनोज|Manoj; आदित्य|Aditya; अर्जुन|Arjun; विनोद|Vinod; हर्ष|Harsh;
            दीपक|Deepak; प्रकाश|Prakash""",
        "s": """शर्मा|Sharma; वर्मा|Verma; गुप्ता|Gupta; सिंह|Singh; अग्रवाल|Agarwal; मिश्रा|Mishra;
            यादव|Yadav; चौहान|Chauhan; जोशी|Joshi; पांडे|Pandey; त्रिपाठी|Tripathi; श्रीवास्तव|Srivastava;
            मेहता|Mehta; कपूर|Kapoor; मल्होत्रा|Malhotra; सक्सेना|Saxena; राठौर|Rathore; तिवारी|Tiwari;
            भाटिया|Bhatia; दुबे|Dubey; बंसल|Bansal; कुमार|Kumar""",
    },
    "bn": {
        "f": """সুমাইয়া|Sumaiya; তানিয়া|Tania; রুমানা|Rumana; নুসরাত|Nusrat; মৌমিতা|Moumita; সুদীপা|Sudipa;
            রিয়া|Riya; দেবযানী|Debjani; শর্মিলা|Sharmila; ফারজানা|Farzana; তাসনিম|Tasnim; অনন্যা|Ananya;
            পাপিয়া|Papiya; মিতালী|Mitali; জয়া|Joya""",
        "m": """সুমন|Sumon; রাকিব|Rakib; তানভীর|Tanvir; অভিজিৎ|Avijit; সৌরভ|Sourav; দেবাশীষ|Debashish;
            আরিফ|Arif; মাহমুদ|Mahmud; শুভ|Shuvo; রাজীব|Rajib; ইমরান|Imran; সজীব|Sajib; অনির্বাণ|Anirban;
            রুবেল|Rubel; জয়|Joy""",
        "s": """চৌধুরী|Chowdhury; রহমান|Rahman; হোসেন|Hossain; ইসলাম|Islam; আহমেদ|Ahmed;
            বন্দ্যোপাধ্যায়|Banerjee; চট্টোপাধ্যায়|Chatterjee; মুখোপাধ্যায়|Mukherjee; দাস|Das; সেন|Sen;
            বসু|Bose; ঘোষ|Ghosh; মজুমদার|Majumder; সরকার|Sarkar; দত্ত|Dutta; রায়|Roy; খান|Khan;
            তালুকদার|Talukder; ভট্টাচার্য|Bhattacharya; মিয়া|Mia; শেখ|Sheikh; পাল|Pal""",
    },
    "ur": {
        "f": """عائشہ|Ayesha; فاطمہ|Fatima; ثناء|Sana; مہوش|Mehwish; حنا|Hina; زینب|Zainab; سدرہ|Sidra;
            نادیہ|Nadia; رابعہ|Rabia; صبا|Saba; کرن|Kiran; ماہ نور|Mahnoor; عنبرین|Ambreen; نازیہ|Nazia;
            فریحہ|Fariha""",
        "m": """عمران|Imran; بلال|Bilal; عثمان|Usman; حمزہ|Hamza; فیصل|Faisal; عاطف|Atif; کاشف|Kashif;
            شاہد|Shahid; وقاص|Waqas; زبیر|Zubair; عرفان|Irfan; ندیم|Nadeem; اسد|Asad; طلحہ|Talha;
            سعید|Saeed""",
        "s": """خان|Khan; ملک|Malik; چوہدری|Chaudhry; بٹ|Butt; قریشی|Qureshi; شیخ|Sheikh; راجپوت|Rajput;
            اعوان|Awan; مرزا|Mirza; صدیقی|Siddiqui; ہاشمی|Hashmi; جٹ|Jutt; انصاری|Ansari; گیلانی|Gillani;
            بخاری|Bukhari; عباسی|Abbasi; نقوی|Naqvi; رضوی|Rizvi; اقبال|Iqbal; محمود|Mahmood; شاہ|Shah;
            جعفری|Jafri""",
    },
    "id": {
        "f": """Siti; Dewi; Putri; Ayu; Sri; Rahayu; Wulan; Indah; Fitri; Nurul; Kartika; Anisa; Lestari;
            Intan; Mega; Ratna""",
        "m": """Budi; Agus; Joko; Bambang; Rizky; Dimas; Eko; Hendra; Adi; Bayu; Fajar; Yudi; Wahyu; Teguh;
            Arif; Slamet""",
        "s": """Santoso; Wijaya; Saputra; Susanto; Hidayat; Kusuma; Pratama; Setiawan; Nugroho; Gunawan;
            Siregar; Simanjuntak; Nasution; Hutapea; Sihombing; Halim; Purnomo; Wibowo; Lubis; Harahap;
            Sitompul""",
        "mono": 0.3,
    },
    "ms": {
        "f": """Nurul Aina; Siti Aisyah; Nur Izzati; Farah; Aminah; Zulaikha; Syafiqah; Nabilah; Hidayah;
            Azlina; Rohani; Noraini; Faridah; Salmah""",
        "m": """Ahmad; Muhammad Hafiz; Amirul; Faizal; Khairul; Zulkifli; Hakim; Azman; Razak; Iskandar;
            Firdaus; Shahrul; Ikmal; Danial""",
        "s": """Ismail; Abdullah; Hassan; Ibrahim; Othman; Yusof; Osman; Ahmad; Rahman; Hashim; Kassim;
            Sulaiman; Mohd Noor; Zakaria; Jaafar; Mahmud; Rosli; Kamarudin; Idris; Ramli; Salleh;
            Abu Bakar""",
        "patro": 1,
    },
    "tl": {
        "f": """Maricel; Rowena; Lovely; Precious; Joy; Princess; Jennylyn; Rhea; Cherry; Mylene; Divina;
            Marites; Angelica~Gel; Bea; Luzviminda~Luz; Jasmine""",
        "m": """Jun; Bong; Francisco~Kiko; Rodel; Jayson; Mark Anthony; Reynaldo~Rey; Efren; Arnel; Dindo;
            Romeo; Jomar; Ramil; Noel; Ferdinand~Ferdie; Christian~Ian""",
        "s": """dela Cruz; de los Santos; Santos; Reyes; Bautista; Garcia; Mendoza; Villanueva; Ramos;
            Castillo; Manalo; Pascual; Macaraeg; Dimaculangan; Lacson; Soriano; Panganiban; Tolentino;
            Salvador; Evangelista; Magbanua; Dizon; Galang""",
    },
    "vi": {
        "f": """Thị Lan; Ngọc Anh; Thị Hương; Thu Trang; Minh Thư; Thị Mai; Phương Linh; Thanh Hằng;
            Bảo Ngọc; Thùy Dung; Kim Ngân; Hồng Nhung; Thị Hoa; Diễm My; Khánh Vy""",
        "m": """Văn Hùng; Minh Tuấn; Đức Anh; Quốc Bảo; Văn Long; Hoàng Nam; Thanh Tùng; Văn Minh; Gia Huy;
            Đình Phúc; Công Vinh; Tiến Dũng; Hữu Thắng; Văn Hải; Quang Huy""",
        "s": """Nguyễn; Trần; Lê; Phạm; Hoàng; Huỳnh; Phan; Vũ; Võ; Đặng; Bùi; Đỗ; Hồ; Ngô; Dương; Lý;
            Đinh; Trương; Lâm; Mai; Tô""",
    },
    "th": {
        "f": """สมศรี|Somsri; กาญจนา~แนน|Kanchana~Nan; ปิยะนุช~ปุ๊ก|Piyanuch~Puk; สุภาวดี~ฝน|Supawadee~Fon;
            วรรณา|Wanna; นภัสสร~แพร|Napatsorn~Prae; มาลี|Malee; ศิริพร~ปู|Siriporn~Pu; อรุณี|Arunee;
            ธิดารัตน์~ดาว|Thidarat~Dao; พิมพ์ชนก~พิม|Pimchanok~Pim; จันทร์เพ็ญ|Chanpen;
            รัตนา~หนิง|Rattana~Ning; อัญชลี|Anchalee""",
        "m": """สมชาย|Somchai; ณัฐพล~ต้น|Nattaphon~Ton; ธนากร~บอส|Thanakorn~Boss; วีระ|Weera;
            สุรชัย|Surachai; อนุชา~เอ|Anucha~Ae; กิตติพงษ์~กิต|Kittiphong~Kit; ชัยวัฒน์|Chaiwat;
            ปรีชา|Preecha; วิชัย|Wichai; ภูมิ|Phum; ศักดิ์ชัย~ต่อ|Sakchai~Tor; เอกชัย~เอก|Ekkachai~Ek;
            ธีรวัฒน์~ตี๋|Theerawat~Tee""",
        "s": """ศรีสวัสดิ์|Srisawat; วงศ์สวัสดิ์|Wongsawat; สุขสวัสดิ์|Suksawat; แก้วมณี|Kaewmanee;
            ทองดี|Thongdee; บุญมา|Boonma; จันทร์แก้ว|Chankaew; รัตนพันธ์|Rattanaphan; ศรีสุข|Srisuk;
            พงษ์ไพบูลย์|Phongphaibun; สมบูรณ์|Somboon; ใจดี|Jaidee; แสงทอง|Saengthong; ธนพัฒน์|Thanaphat;
            เพชรรัตน์|Phetcharat; มั่นคง|Mankong; ชัยมงคล|Chaimongkol; อินทร์สุวรรณ|Insuwan;
            กิตติศักดิ์|Kittisak; ปานทอง|Panthong""",
    },
    "zh": {
        "f": """静|Jing; 丽|Li; 敏|Min; 芳|Fang; 婷婷|Tingting; 雪|Xue; 慧|Hui; 晓燕|Xiaoyan; 美玲|Meiling;
            欣怡|Xinyi; 子涵|Zihan; 梓萱|Zixuan; 秀英|Xiuying; 红|Hong; 佳琪|Jiaqi""",
        "m": """伟|Wei; 强|Qiang; 磊|Lei; 军|Jun; 洋|Yang; 勇|Yong; 杰|Jie; 涛|Tao; 明|Ming; 浩然|Haoran;
            宇航|Yuhang; 志强|Zhiqiang; 建国|Jianguo; 俊杰|Junjie; 文博|Wenbo""",
        "s": """王|Wang; 李|Li; 张|Zhang; 刘|Liu; 陈|Chen; 杨|Yang; 黄|Huang; 赵|Zhao; 吴|Wu; 周|Zhou;
            徐|Xu; 孙|Sun; 马|Ma; 朱|Zhu; 胡|Hu; 郭|Guo; 何|He; 林|Lin; 罗|Luo; 高|Gao; 梁|Liang; 宋|Song;
            龙|Long; 欧阳|Ouyang; 司马|Sima""",
    },
    "hk": {
        "f": """Winnie; Kelly; Cherry; Vivian; Mandy; Ka Yan; Wing Sze; Hoi Ying; Mei Ling; Suki; Fiona;
            Bonnie; Yuki; Sze Wan""",
        "m": """Kelvin; Ho Yin; Ka Ho; Wai Kit; Chun Hei; Tsz Long; Edison; Jacky; Alvin; Kenny; Ivan;
            Man Hin; Chi Keung; Raymond; Hung""",
        "s": """Chan; Wong; Lee; Cheung; Lau; Ho; Ng; Leung; Yip; Tsang; Lam; Kwok; Chow; Tang; Mak; Fung;
            Yeung; Chu; Siu; Lo; Tse; Law""",
    },
    "ja": {
        "f": """陽菜|Hina; 結衣|Yui; 葵|Aoi; さくら|Sakura; 美咲|Misaki; 愛|Ai; 優子|Yuko; 恵|Megumi;
            真由美|Mayumi; 彩|Aya; 光|Hikari; 千尋|Chihiro; 奈々|Nana; 由美子|Yumiko; 春香|Haruka""",
        "m": """翔太|Shota; 大翔|Hiroto; 蓮|Ren; 健太|Kenta; 拓也|Takuya; 直樹|Naoki; 大輔|Daisuke;
            悠斗|Yuto; 空|Sora; 誠|Makoto; 浩|Hiroshi; 隆|Takashi; 亮|Ryo; 一郎|Ichiro; 和也|Kazuya""",
        "s": """佐藤|Sato; 鈴木|Suzuki; 高橋|Takahashi; 田中|Tanaka; 渡辺|Watanabe; 伊藤|Ito; 山本|Yamamoto;
            中村|Nakamura; 小林|Kobayashi; 加藤|Kato; 吉田|Yoshida; 山田|Yamada; 佐々木|Sasaki;
            松本|Matsumoto; 井上|Inoue; 木村|Kimura; 林|Hayashi; 清水|Shimizu; 森|Mori; 池田|Ikeda;
            橋本|Hashimoto; 石川|Ishikawa""",
    },
    "ko": {
        "f": """서연|Seo-yeon; 지우|Ji-woo; 민서|Min-seo; 하은|Ha-eun; 수빈|Su-bin; 지민|Ji-min; 은지|Eun-ji;
            혜진|Hye-jin; 유진|Yu-jin; 소희|So-hee; 미영|Mi-young; 다은|Da-eun; 예린|Ye-rin; 민|Min;
            보람|Bo-ram""",
        "m": """민준|Min-jun; 서준|Seo-jun; 도윤|Do-yoon; 지훈|Ji-hoon; 현우|Hyun-woo; 성민|Sung-min;
            재현|Jae-hyun; 동현|Dong-hyun; 준호|Jun-ho; 태양|Tae-yang; 상훈|Sang-hoon; 영수|Young-soo;
            진우|Jin-woo; 건우|Gun-woo; 우진|Woo-jin""",
        "s": """김|Kim; 이|Lee; 박|Park; 최|Choi; 정|Jung; 강|Kang; 조|Cho; 윤|Yoon; 장|Jang; 임|Lim; 한|Han;
            오|Oh; 서|Seo; 신|Shin; 권|Kwon; 황|Hwang; 안|Ahn; 송|Song; 홍|Hong; 전|Jeon; 남궁|Namgung""",
    },
    "sw": {
        "f": """Neema; Imani; Amani; Zawadi; Wanjiru; Achieng; Nafula; Wambui; Njeri; Akinyi; Halima;
            Mwanaisha; Rehema; Upendo; Furaha; Subira; Pendo""",
        "m": """Baraka; Juma; Otieno; Kamau; Omondi; Mwangi; Kiprono; Wekesa; Hamisi; Rashidi; Kibet; Mutua;
            Onyango; Jabari; Tumaini""",
        "s": """Mwangi; Otieno; Kamau; Njoroge; Wanjiku; Ochieng; Mutua; Kiptoo; Chebet; Wafula; Odhiambo;
            Nyambura; Mwakilema; Massawe; Mushi; Kimaro; Mrema; Msuya; Kariuki; Githinji; Barasa; Lema""",
    },
    "yo": {
        "f": """Oluwaseun~Seun; Funmilayo~Funmi; Adebisi~Bisi; Oluwakemi~Kemi; Titilayo~Titi;
            Yetunde~Yetty; Abimbola~Bimbo; Folake; Temitope~Tope; Omolara~Lara; Precious; Blessing;
            Favour; Ayomide~Ayo; Damilola~Dami""",
        "m": """Babatunde~Tunde; Oluwaseyi~Seyi; Adedayo~Dayo; Olumide~Mide; Oluwafemi~Femi; Ayodele~Dele;
            Kayode; Gbenga; Godswill; Emmanuel~Emma; Adewale~Wale; Olusegun~Segun; Taiwo; Kehinde;
            Oluwatobi~Tobi""",
        "s": """Adeyemi; Adebayo; Ogunleye; Olawale; Afolabi; Bankole; Ogundipe; Adeleke; Oyelaran;
            Akinola; Balogun; Oladipo; Fashola; Oyedepo; Adesanya; Olatunji; Ajayi; Ogunbiyi; Alabi;
            Adekunle; Babalola""",
    },
    "ig": {
        "f": """Chiamaka~Ama; Ngozi; Adaeze~Ada; Chinonso; Nneka; Ifeoma~Ify; Obianuju~Uju; Chidinma;
            Amarachi; Ebere; Onyinye; Ogechi~Oge; Nkechi; Chisom; Uchechi""",
        "m": """Chukwuemeka~Emeka; Chinedu~Nedu; Obinna; Ikenna; Chibuike~Chibu; Nnamdi; Uchenna; Kelechi;
            Ifeanyi; Chidi; Tochukwu~Tochi; Ebuka; Somto; Chijioke; Onyekachi""",
        "s": """Okonkwo; Okafor; Eze; Nwosu; Obi; Okeke; Nwachukwu; Chukwu; Igwe; Ezeani; Okoro; Nnadi;
            Uzor; Anyanwu; Ogbonna; Nwankwo; Ibe; Agu; Okoye; Ezenwa; Onuoha""",
    },
    "gh": {
        "f": """Ama; Akosua; Abena; Adwoa; Afia; Akua; Yaa; Efua; Esi; Araba; Nana Ama; Dzifa; Selasi;
            Enyonam; Abla; Mansa""",
        "m": """Kwame; Kofi; Kwabena; Kwaku; Yaw; Kojo; Kwesi; Kwadwo; Nii; Fiifi; Ebo; Selorm; Edem;
            Kobby; Paa Kwesi""",
        "s": """Mensah; Boateng; Owusu; Asante; Osei; Agyeman; Appiah; Amoah; Ofori; Darko; Ansah; Gyamfi;
            Acheampong; Adjei; Quaye; Tetteh; Amponsah; Sarpong; Addo; Bonsu; Frimpong""",
    },
    "za": {
        "f": """Thandiwe~Thandi; Nomvula; Lerato; Palesa; Zanele; Nokuthula; Ayanda; Lindiwe; Naledi;
            Busisiwe~Busi; Mpho; Refilwe; Karabo; Anneke; Marelize""",
        "m": """Thabo; Sipho; Bongani; Themba; Mandla; Sibusiso~Sbu; Lwazi; Tshepo; Kagiso; Lungile; Neo;
            Pieter; Riaan; Johannes~Hannes; Dumisani~Dumi""",
        "s": """Nkosi; Dlamini; Ndlovu; Khumalo; Mthembu; Zulu; Mokoena; Molefe; Mahlangu; Sithole; Ngcobo;
            Mabaso; Shabalala; Radebe; Botha; van der Merwe; du Plessis; Pretorius; Venter; Coetzee;
            van Wyk; Nel""",
    },
    "ta": {
        "f": """Lakshmi; Meenakshi; Kavya; Divya; Revathi; Sangeetha; Anitha; Bhavani; Nithya; Keerthana;
            Janani; Pavithra; Selvi; Thenmozhi; Yamuna""",
        "m": """Karthik; Senthil; Murugan; Arun; Vignesh; Suresh; Balaji; Prabhu; Rajesh; Saravanan; Dinesh;
            Ganesh; Ramesh; Venkatesh; Harish""",
        "s": """Subramanian; Krishnan; Venkataraman; Raman; Iyer; Pillai; Natarajan; Sundaram; Ramasamy;
            Murthy; Chandrasekaran; Balasubramanian; Shanmugam; Rajendran; Arumugam; Ganesan;
            Palanisamy; Srinivasan; Kannan; Sivakumar; Nair; Menon""",
    },
    "pa": {
        "f": """Gurpreet; Harpreet; Simran; Manpreet; Jaspreet; Navneet; Amandeep; Kiranjit; Baljit;
            Parminder; Sukhjeet; Harleen; Jasleen; Mandeep""",
        "m": """Harjit; Gurdeep; Jaswinder; Manjit; Sukhwinder; Balwinder; Harpal; Ranjit; Amrik; Tejinder;
            Kulwant; Gurinder; Navjot; Jagdeep; Hardeep""",
        "s": """Singh/Kaur; Singh/Kaur; Singh/Kaur; Sandhu; Gill; Dhillon; Sidhu; Grewal; Brar; Bains;
            Sekhon; Aulakh; Randhawa; Cheema; Bajwa; Dhaliwal; Chahal; Kang; Virk; Toor; Mann; Johal;
            Sangha""",
    },
    "et": {
        "f": """Tigist; Meron; Hiwot; Selam; Bethlehem; Mekdes; Saba; Tsion; Hanna; Liya; Rahel; Almaz;
            Eden; Yordanos; Senait""",
        "m": """Abebe; Dawit; Yonas; Tesfaye; Bereket; Kidus; Mulugeta; Solomon; Henok; Girma; Getachew;
            Samuel; Nahom; Elias; Tewodros""",
        "s": """Bekele; Tadesse; Alemu; Girma; Haile; Mengistu; Tesfaye; Kebede; Wolde; Assefa;
            Gebremedhin; Tekle; Negash; Desta; Abera; Mekonnen; Worku; Demissie; Ayele; Lemma""",
    },
}

# Which cultures fill the people of a text, per template language (weights).
EN_MIX = {
    "en_us": 14,
    "en_gb": 6,
    "ie": 2,
    "hi": 7,
    "ta": 3,
    "pa": 2,
    "bn": 2,
    "ur": 3,
    "yo": 4,
    "ig": 3,
    "gh": 2,
    "sw": 3,
    "za": 2,
    "et": 1,
    "zh": 4,
    "hk": 2,
    "ja": 2,
    "ko": 3,
    "vi": 3,
    "tl": 4,
    "es": 2,
    "mx": 4,
    "br": 2,
    "pt": 1,
    "ar": 4,
    "fa": 2,
    "he": 1,
    "tr": 2,
    "ru": 2,
    "uk": 1,
    "pl": 2,
    "cs": 1,
    "de": 2,
    "fr": 2,
    "it": 2,
    "nl": 1,
    "el": 1,
    "id": 1,
    "ms": 1,
    "th": 1,
    "ro": 1,
    "hu": 1,
    "sv": 1,
    "fi": 1,
    "da": 1,
}

LANG_CULTURES = {
    "en": EN_MIX,
    "de": {"de": 10, "tr": 2, "pl": 1, "it": 1, "el": 1},
    "fr": {"fr": 10, "ar": 2, "pt": 1, "it": 1},
    "es": {"es": 7, "mx": 5},
    "pt-br": {"br": 1},
    "pt-pt": {"pt": 1},
    "it": {"it": 1},
    "nl": {"nl": 8, "tr": 1, "ar": 1},
    "pl": {"pl": 1},
    "cs": {"cs": 1},
    "ro": {"ro": 1},
    "hu": {"hu": 1},
    "sv": {"sv": 6, "fi": 1},
    "fi": {"fi": 1},
    "da": {"da": 1},
    "tr": {"tr": 1},
    "el": {"el": 1},
    "ru": {"ru": 1},
    "uk": {"uk": 1},
    "ar": {"ar": 1},
    "fa": {"fa": 1},
    "he": {"he": 1},
    "hi": {"hi": 1},
    "bn": {"bn": 1},
    "ur": {"ur": 1},
    "ur-latn": {"ur": 1},
    "hinglish": {"hi": 6, "pa": 2, "ta": 1},
    "id": {"id": 1},
    "ms": {"ms": 1},
    "tl": {"tl": 1},
    "taglish": {"tl": 1},
    "vi": {"vi": 1},
    "th": {"th": 1},
    "zh": {"zh": 1},
    "ja": {"ja": 1},
    "ko": {"ko": 1},
    "sw": {"sw": 1},
    "yo": {"yo": 1},
    "ng": {"yo": 5, "ig": 4},
    "ar-latn": {"ar": 1},
}

# A culture is written in its own script / order only in a text of this language.
CULTURE_NATIVE_LANG = {
    "el": "el",
    "ru": "ru",
    "uk": "uk",
    "ar": "ar",
    "fa": "fa",
    "he": "he",
    "hi": "hi",
    "bn": "bn",
    "ur": "ur",
    "th": "th",
    "zh": "zh",
    "ja": "ja",
    "ko": "ko",
    "hu": "hu",
    "vi": "vi",
}


# ---------------------------------------------------------------------------
# Value pools
# ---------------------------------------------------------------------------
# Pattern characters in phone numbers, postcodes and ID numbers:
#   "#" any digit, "%" digit 1-9, "&" digit 2-9, "@" capital letter.

# Default country of a text, per template language.
LANG_COUNTRY = {
    "en": {
        "us": 30,
        "uk": 12,
        "in": 10,
        "ng": 6,
        "ca": 5,
        "au": 5,
        "ie": 2,
        "ph": 4,
        "ke": 3,
        "za": 3,
        "sg": 2,
        "ae": 2,
    },
    "de": {"de": 6, "at": 1, "ch": 1},
    "fr": {"fr": 5, "be": 1},
    "es": {"es": 2, "mx": 1},
    "pt-br": {"br": 1},
    "pt-pt": {"pt": 1},
    "it": {"it": 1},
    "nl": {"nl": 4, "be": 1},
    "pl": {"pl": 1},
    "cs": {"cz": 1},
    "ro": {"ro": 1},
    "hu": {"hu": 1},
    "sv": {"se": 1},
    "fi": {"fi": 1},
    "da": {"dk": 1},
    "tr": {"tr": 1},
    "el": {"gr": 1},
    "ru": {"ru": 1},
    "uk": {"ua": 1},
    "ar": {"arab": 1},
    "fa": {"ir": 1},
    "he": {"il": 1},
    "hi": {"in_hi": 1},
    "bn": {"bd": 1},
    "ur": {"pk_ur": 1},
    "ur-latn": {"pk": 1},
    "hinglish": {"in": 1},
    "id": {"id": 1},
    "ms": {"my": 1},
    "tl": {"ph": 1},
    "taglish": {"ph": 1},
    "vi": {"vn": 1},
    "th": {"th": 1},
    "zh": {"cn": 1},
    "ja": {"jp": 1},
    "ko": {"kr": 1},
    "sw": {"ke": 1, "tz": 1},
    "yo": {"ng": 1},
    "ng": {"ng": 1},
    "ar-latn": {"arab": 1},
}

PHONES = {
    "us": [
        "(&##) &##-####",
        "&##-&##-####",
        "+1 &##-&##-####",
        "+1 (&##) &##-####",
        "&##.&##.####",
        "+1&##&######",
    ],
    "ca": ["(&##) &##-####", "&##-&##-####", "+1 &## &## ####"],
    "uk": [
        "07### ######",
        "+44 7### ######",
        "+44 (0)20 #### ####",
        "020 #### ####",
        "0161 ### ####",
        "07#########",
    ],
    "ie": ["08# ### ####", "+353 8# ### ####", "01 ### ####"],
    "au": ["04## ### ###", "+61 4## ### ###", "(02) #### ####", "0412 ### ###"],
    "in": ["+91 9#### #####", "9#########", "+91-7#########", "+91 8### ######", "080-2#######"],
    "ng": [
        "080# ### ####",
        "+234 80# ### ####",
        "+2348#########",
        "070########",
        "+234 (0)81 #### ####",
    ],
    "ke": ["07## ######", "+254 7## ######", "+254 7## ### ###", "0722 ### ###"],
    "tz": ["07## ### ###", "+255 7## ### ###"],
    "za": ["08# ### ####", "+27 8# ### ####", "07# ### ####", "+27 (0)21 ### ####"],
    "ph": ["09## ### ####", "+63 9## ### ####", "0917-###-####", "+639#########"],
    "sg": ["+65 9### ####", "8### ####", "+65 8###-####"],
    "ae": ["+971 5# ### ####", "05# ### ####", "+971-4-### ####"],
    "de": [
        "+49 1%# #######",
        "01%# ########",
        "030 ########",
        "+49 (0)89 #######",
        "0176-########",
        "+49 1%#-####-####",
    ],
    "at": ["+43 664 #######", "0664 ### ####", "+43 1 ### ## ##"],
    "ch": ["+41 7% ### ## ##", "07% ### ## ##", "044 ### ## ##"],
    "fr": [
        "06 ## ## ## ##",
        "+33 6 ## ## ## ##",
        "07.##.##.##.##",
        "01 ## ## ## ##",
        "+33 (0)7 ## ## ## ##",
    ],
    "be": ["+32 4## ## ## ##", "04## ## ## ##", "02 ### ## ##"],
    "es": ["6## ### ###", "+34 6## ## ## ##", "91 ### ## ##", "+34 7## ### ###"],
    "mx": ["+52 55 #### ####", "55 #### ####", "+52 1 33 #### ####", "(81) ####-####"],
    "br": [
        "(11) 9####-####",
        "+55 11 9####-####",
        "+55 (21) 9####-####",
        "(31) 9 ####-####",
        "11 9#######",
    ],
    "pt": ["9## ### ###", "+351 9## ### ###", "21 ### ####"],
    "it": ["3## ### ####", "+39 3## ### ####", "06 #### ####", "+39 3#########"],
    "nl": [
        "06-########",
        "+31 6 ########",
        "06 ## ## ## ##",
        "020 ### ####",
        "+31 (0)6 ## ## ## ##",
    ],
    "pl": ["5## ### ###", "+48 6## ### ###", "7## ### ###", "+48 22 ### ## ##"],
    "cz": ["+420 7## ### ###", "6## ### ###", "+420 2## ### ###"],
    "ro": ["07## ### ###", "+40 7## ### ###", "07########"],
    "hu": ["+36 30 ### ####", "06 20 ### ####", "06-30-###-####", "+36 1 ### ####"],
    "se": ["07#-### ## ##", "+46 7# ### ## ##", "08-### ### ##"],
    "fi": ["04# ### ####", "+358 4# ### ####", "050 ### ####"],
    "dk": ["+45 ## ## ## ##", "## ## ## ##"],
    "tr": ["05## ### ## ##", "+90 5## ### ## ##", "0 (5##) ### ## ##", "0212 ### ## ##"],
    "gr": ["69# ### ####", "+30 69# ### ####", "21# ### ####"],
    "ru": ["+7 (9##) ###-##-##", "8 9## ###-##-##", "+79#########", "8 (495) ###-##-##"],
    "ua": ["+380 67 ### ## ##", "067 ### ## ##", "+380 (50) ###-##-##", "093 ### ####"],
    "arab": [
        "+971 5# ### ####",
        "+966 5# ### ####",
        "05# ### ####",
        "+20 1## ### ####",
        "+962 7# ### ####",
        "01# #### ####",
    ],
    "ir": ["0912 ### ####", "+98 912 ### ####", "0935#######", "021-########"],
    "il": ["05#-###-####", "+972 5#-###-####", "05########", "03-###-####"],
    "bd": ["01%########", "+880 1%##-######", "01%##-######"],
    "pk": ["03##-#######", "+92 3## #######", "03#########", "+92-3##-#######"],
    "id": ["08##-####-####", "+62 8## ####-####", "08##########", "+62 21 #######"],
    "my": ["01#-### ####", "+60 1#-### ####", "01#-#######", "03-#### ####"],
    "vn": ["09# ### ## ##", "+84 9# ### ####", "09##.###.###", "03########"],
    "th": ["08#-###-####", "+66 8# ### ####", "09########", "02-###-####"],
    "cn": ["13# #### ####", "+86 13#-####-####", "18#########", "+86 10 ########", "15#-####-####"],
    "jp": ["090-####-####", "+81 90-####-####", "080-####-####", "03-####-####", "+81 3 #### ####"],
    "kr": ["010-####-####", "+82 10-####-####", "010 #### ####", "02-###-####"],
}
PHONE_ALIAS = {"in_hi": "in", "pk_ur": "pk"}

# Addresses: "fmt" lines are joined with ", " (or "sep") on one line, or with newlines for
# a multi-line block ("⏎" separates lines). {num} {n1} {n2} {n3} are numbers, {pc} comes
# from the chosen city ("Town=postcode pattern"), every other {name} picks from that list.
ADDRESSES = {
    "us": {
        "fmt": ["{num} {street}{unit}⏎{city} {pc}"],
        "street": "Maple Avenue; Oak St; Jefferson Blvd; W Lincoln Ave; Elm Street; Sycamore Dr; Lakeview Terrace; N Washington St; Cedar Ln; Hawthorne Rd; Old Mill Rd; Magnolia Ct; Briarwood Dr; E 14th St; Peachtree St NE; Pleasant Valley Rd; Franklin Ave",
        "unit": "; ; ; , Apt 4B;  Apt {n2}; , Unit {n1};  #{n3}; , Suite {n3}",
        "city": "Springfield, IL=627##; Austin, TX=787##; Columbus, OH=432##; Brooklyn, NY=112##; Oakland, CA=946##; Tucson, AZ=857##; Decatur, GA=300##; Plano, TX=750##; Madison, WI=537##; Charlotte, NC=282##; Jacksonville, FL=322##; Paterson, NJ=075##; Minneapolis, MN=554##; Silver Spring, MD=209##; Boise, ID=837##",
        "num": (10, 9899),
    },
    "uk": {
        "fmt": [
            "{num} {street}⏎{city}⏎{pc}",
            "Flat {n1}, {num} {street}⏎{city}⏎{pc}",
            "{house}, {street}⏎{city}⏎{pc}",
        ],
        "street": "Acacia Road; Victoria Street; Albert Road; Mill Lane; Church Street; Station Road; Kingsley Avenue; Queen's Drive; Hawthorn Close; Grosvenor Terrace; Beech Grove; Whitworth Street; Highfield Crescent; Wellington Road; Priory Lane",
        "house": "Rose Cottage; The Old Rectory; Ivy House; 2 Orchard View",
        "city": "Manchester=M14 #@@; Leeds=LS6 #@@; Bristol=BS7 #@@; Glasgow=G12 #@@; Cardiff=CF24 #@@; Birmingham=B13 #@@; Norwich=NR2 #@@; London=SE15 #@@; London=N16 #@@; Sheffield=S11 #@@; Nottingham=NG7 #@@; Edinburgh=EH6 #@@; Belfast=BT9 #@@",
        "num": (1, 240),
    },
    "ie": {
        "fmt": ["{num} {street}⏎{city}⏎{pc}", "Apt {n2}, {block}⏎{street}⏎{city} {pc}"],
        "street": "Griffith Avenue; Main Street; Ballymun Road; Castle Park; Church View; Oakwood Drive; Seafield Road; St. Brigid's Road; Lower Baggot Street",
        "block": "The Maltings; Riverside Court; Harbour View",
        "city": "Dublin 9=D09 @#@#; Dublin 6=D06 @#@#; Ballincollig, Co. Cork=P31 @#@#; Galway=H91 @#@#; Limerick=V94 @#@#",
        "num": (1, 180),
    },
    "ca": {
        "fmt": ["{num} {street}{unit}⏎{city} {pc}", "{unit2}{num} {street}⏎{city} {pc}"],
        "street": "Bloor St W; Yonge Street; Dundas St E; Jasper Avenue; Robson St; Main St; Sherbrooke Street West; Rue Saint-Denis; Portage Ave; Spring Garden Rd",
        "unit": "; , Apt {n3}; , Unit {n2}",
        "unit2": "{n3}-; ",
        "city": "Toronto, ON=M6G %@%; Vancouver, BC=V6B %@%; Calgary, AB=T2N %@%; Montréal, QC=H2X %@%; Ottawa, ON=K1N %@%; Halifax, NS=B3H %@%; Winnipeg, MB=R3C %@%; Regina, SK=S4P %@%",
        "num": (10, 4999),
    },
    "au": {
        "fmt": ["{unit}{num} {street}⏎{city} {pc}"],
        "street": "Smith Street; George Street; Chapel St; Beach Road; Wattle Grove; Banksia Crescent; Parramatta Rd; Sydney Road; Elizabeth Street; King William St",
        "unit": "; ; Unit {n1}/; {n2}/",
        "city": "Fitzroy VIC=30##; Newtown NSW=20##; Fortitude Valley QLD=40##; Fremantle WA=61##; Glenelg SA=50##; Hobart TAS=70##; Brunswick VIC=30##",
        "num": (1, 400),
    },
    "in": {
        "fmt": [
            "Flat {n3}, {bldg}, {street}⏎{area}⏎{city} {pc}",
            "H.No. {num}, {street}⏎{area}, {city} - {pc}",
            "{num}, {street}, {area}, {city} {pc}",
        ],
        "bldg": "Sai Krupa Apartments; Shanti Niwas; Lakshmi Residency; Green Park Towers; Ganga Heights",
        "street": "14th Cross; MG Road; Sector 21; Link Road; 2nd Main Road; Nehru Street; Station Road",
        "area": "Indiranagar; Goregaon East; Lajpat Nagar II; Anna Nagar West; Banjara Hills; Salt Lake Sector V; Koregaon Park; Malviya Nagar",
        "city": "Bengaluru, Karnataka=5600##; Mumbai, Maharashtra=4000##; New Delhi=1100##; Chennai, Tamil Nadu=6000##; Hyderabad, Telangana=5000##; Kolkata, West Bengal=7000##; Pune=4110##; Jaipur, Rajasthan=3020##; Lucknow, Uttar Pradesh=2260##; Gurugram, Haryana=1220##",
        "num": (1, 400),
    },
    "ng": {
        "fmt": [
            "{num} {street}⏎{city}",
            "Flat {n1}, Block {n2}, {street}⏎{city}",
            "{num}, {street}, off {street2}⏎{city}",
        ],
        "street": "Adeola Odeku Street; Awolowo Road; Allen Avenue; Admiralty Way; Herbert Macaulay Way; Bode Thomas Street; Ogunlana Drive; Aminu Kano Crescent; Ajose Adeogun Street; Opebi Road",
        "street2": "Toyin Street; Ademola Adetokunbo Crescent; Agungi Road; Kofo Abayomi Street",
        "city": "Victoria Island, Lagos; Ikeja, Lagos; Wuse II, Abuja; Surulere, Lagos; Lekki Phase 1, Lagos; GRA, Port Harcourt; Bodija, Ibadan; Ikeja, Lagos 100001; Garki, Abuja 900001",
        "num": (1, 120),
    },
    "ke": {
        "fmt": [
            "{apt}, {street}⏎{area}⏎{city} {pc}",
            "House No. {n2}, {estate}, off {street}, {city}",
        ],
        "apt": "Apt {n2}B, Kileleshwa Gardens; House {n2}, Riverside Drive Court; Flat {n1}, Ngong View Apartments",
        "estate": "Kilimani Estate; Buruburu Phase 2; South B; Nyali Estate",
        "street": "Ngong Road; Moi Avenue; Kenyatta Avenue; Waiyaki Way; Argwings Kodhek Rd; Lenana Road; Mombasa Road",
        "area": "Kilimani; Westlands; Kileleshwa; Lavington; Nyali",
        "city": "Nairobi=00100; Nairobi=00200; Mombasa=80100; Kisumu=40100; Nakuru=20100",
        "num": (1, 99),
    },
    "tz": {
        "fmt": ["Plot {num}, {street}⏎{area}, {city}", "Nyumba Na. {n2}, {street}, {area}, {city}"],
        "street": "Mtaa wa Uhuru; Mtaa wa Samora; Ali Hassan Mwinyi Road; Mtaa wa Jamhuri; Bibi Titi Mohamed Road",
        "area": "Kariakoo; Upanga; Mikocheni B; Sinza; Masaki",
        "city": "Dar es Salaam; Arusha; Dodoma; Mwanza",
        "num": (1, 400),
    },
    "za": {
        "fmt": ["{num} {street}⏎{city}, {pc}", "Unit {n2}, {complex}⏎{num} {street}⏎{city}, {pc}"],
        "street": "Jan Smuts Avenue; Main Road; Long Street; Florida Road; Beyers Naude Drive; Vilakazi Street; Bree Street; Church Street; Voortrekker Road",
        "complex": "Sunbird Villas; Protea Gardens; Jacaranda Court",
        "city": "Parkhurst, Johannesburg=2193; Observatory, Cape Town=7925; Morningside, Durban=4001; Hatfield, Pretoria=0083; Soweto=1804; Bellville=7530",
        "num": (1, 300),
    },
    "ph": {
        "fmt": [
            "{num} {street}⏎{city} {pc}",
            "Blk {n1} Lot {n2}, {sub}⏎{city} {pc}",
            "Unit {n3}, {tower}, {street}⏎{city} {pc}",
        ],
        "street": "Mabini St., Brgy. San Roque; Rizal Avenue, Brgy. 143; Kalayaan Ave., Brgy. Pinyahan; Katipunan Ave., Loyola Heights; P. Burgos St., Brgy. Poblacion; J.P. Laurel Ave., Bajada",
        "sub": "Camella Homes, Brgy. Molino III; Villa Verde Subd., Brgy. Sto. Niño; Greenwoods Executive Village",
        "tower": "One Serendra Tower; Avida Towers Sucat; SMDC Grass Residences",
        "city": "Quezon City=1100; Makati City, Metro Manila=1209; Cebu City=6000; Davao City=8000; Pasig City=1600; Cainta, Rizal=1900; Bacoor, Cavite=4102",
        "num": (1, 999),
    },
    "sg": {
        "fmt": [
            "Blk {num} {street}⏎#{n1}{n1}-{n3}⏎Singapore {pc}",
            "{num} {street2}⏎#{n1}{n1}-{n2}⏎Singapore {pc}",
        ],
        "street": "Ang Mo Kio Avenue 3; Tampines Street 21; Bedok North Road; Jurong West Street 52; Toa Payoh Lorong 4; Woodlands Drive 14; Yishun Ring Road",
        "street2": "Holland Road; Upper Thomson Road; East Coast Road; River Valley Road",
        "city": "Singapore=5%####",
        "num": (100, 899),
    },
    "ae": {
        "fmt": ["Apt {n3}, {bldg}⏎{street}⏎{area}, {city}", "Villa {n2}, {street}⏎{area}, {city}"],
        "bldg": "Al Noor Tower; Marina Heights; Building 7; Al Manara Residence; Sama Tower",
        "street": "Al Wasl Road; Jumeirah Beach Road; Hamdan Street; Al Khail Road; Street 14",
        "area": "Jumeirah 1; Dubai Marina; Al Nahda 2; Khalifa City A; Al Majaz 3",
        "city": "Dubai; Abu Dhabi; Sharjah",
        "num": (1, 90),
    },
    "de": {
        "fmt": ["{street} {num}{suf}⏎{pc} {city}", "{co}{street} {num}{suf}⏎{pc} {city}"],
        "street": "Hauptstraße; Lindenallee; Goethestraße; Bahnhofstraße; Schillerplatz; Am Rosengarten; Kastanienweg; Friedrich-Ebert-Straße; Schönhauser Allee; Bergmannstraße; Mühlenweg; Sonnenstraße",
        "suf": "; ; ; a; b",
        "co": "Gartenhaus⏎; Hinterhaus, ; 3. OG, ",
        "city": "Berlin=104##; München=803##; Köln=504##; Hamburg=201##; Frankfurt am Main=603##; Leipzig=041##; Stuttgart=701##; Bremen=281##; Dortmund=441##; Nürnberg=904##; Heidelberg=691##",
        "num": (1, 160),
    },
    "at": {
        "fmt": ["{street} {num}/{n2}⏎{pc} {city}"],
        "street": "Mariahilfer Straße; Landstraßer Hauptstraße; Herrengasse; Annenstraße; Linzer Gasse; Museumstraße",
        "city": "Wien=10#0; Graz=8010; Salzburg=5020; Innsbruck=6020; Linz=4020",
        "num": (1, 140),
    },
    "ch": {
        "fmt": ["{street} {num}⏎{pc} {city}"],
        "street": "Bahnhofstrasse; Langstrasse; Kramgasse; Rue du Rhône; Steinenvorstadt; Seestrasse",
        "city": "Zürich=80#4; Bern=3011; Genève=1201; Basel=4051; Luzern=6003",
        "num": (1, 120),
    },
    "fr": {
        "fmt": ["{num}{bis} {street}⏎{pc} {city}", "{bat}{num}{bis} {street}⏎{pc} {city}"],
        "street": "rue de la République; avenue Jean Jaurès; rue Victor Hugo; boulevard Voltaire; rue des Lilas; impasse des Tilleuls; place du Marché; rue du Faubourg Saint-Antoine; allée des Peupliers; chemin des Vignes; rue Pasteur",
        "bis": "; ; ;  bis; ter",
        "bat": "Bât. B, ; Appt {n2}, ; Résidence Les Acacias⏎",
        "city": "Paris=7501#; Lyon=6900#; Marseille=1300#; Toulouse=31000; Nantes=44000; Lille=59000; Bordeaux=33000; Strasbourg=67000; Rennes=35000; Nice=06000; Montpellier=34000",
        "num": (1, 180),
    },
    "be": {
        "fmt": ["{street} {num}{box}⏎{pc} {city}"],
        "street": "Rue Royale; Avenue Louise; Kerkstraat; Chaussée de Waterloo; Nationalestraat; Rue des Bouchers",
        "box": "; ;  bus {n1}; /b{n1}",
        "city": "Ixelles=1050; Bruxelles=1000; Antwerpen=2000; Gent=9000; Liège=4000; Leuven=3000",
        "num": (1, 300),
    },
    "es": {
        "fmt": ["{street}, {num}, {floor}⏎{pc} {city}", "{street} {num}, {floor}⏎{pc} {city}"],
        "street": "Calle Mayor; Calle de Alcalá; Avenida de la Constitución; Carrer de Mallorca; Calle Real; Paseo de la Castellana; Calle del Carmen; Gran Vía; Calle San Vicente; Avinguda Diagonal",
        "floor": "3.º B; 2º izq.; bajo; 5.º 2.ª; ático; 1º A",
        "city": "Madrid=280##; Barcelona=080##; Valencia=460##; Sevilla=410##; Bilbao=480##; Zaragoza=500##; Málaga=290##; Granada=180##",
        "num": (1, 220),
    },
    "mx": {
        "fmt": ["{street} {num}{int}, Col. {col}⏎{pc} {city}"],
        "street": "Av. Insurgentes Sur; Calle Morelos; Av. Revolución; Calle 5 de Mayo; Av. Juárez; Calle Hidalgo; Av. Vallarta; Calle Durango",
        "int": "; ;  Int. {n1};  Depto. {n3}",
        "col": "Roma Norte; Del Valle; Narvarte; Centro; Americana; Chapultepec; Condesa",
        "city": "Ciudad de México, CDMX=06700; Benito Juárez, CDMX=03100; Guadalajara, Jal.=44160; Monterrey, N.L.=64000; Puebla, Pue.=72000",
        "num": (1, 2800),
    },
    "br": {
        "fmt": ["{street}, {num}{comp} - {bairro}⏎{city}, {pc}"],
        "street": "Rua Augusta; Av. Paulista; Rua das Laranjeiras; Rua Voluntários da Pátria; Av. Afonso Pena; Rua XV de Novembro; Rua Oscar Freire; Av. Boa Viagem; Rua da Bahia",
        "comp": "; , apto {n3}; , casa {n1}; , bloco B apto {n3}",
        "bairro": "Consolação; Botafogo; Pinheiros; Savassi; Boa Viagem; Centro; Moinhos de Vento; Tijuca",
        "city": "São Paulo - SP=01###-###; Rio de Janeiro - RJ=22###-###; Belo Horizonte - MG=30###-###; Recife - PE=51###-###; Porto Alegre - RS=90###-###; Curitiba - PR=80###-###; Salvador - BA=40###-###",
        "num": (10, 3200),
    },
    "pt": {
        "fmt": ["{street}, {num}, {andar}⏎{pc} {city}"],
        "street": "Rua Augusta; Avenida da Liberdade; Rua de Santa Catarina; Travessa do Carmo; Rua do Almada; Avenida da Boavista; Rua Direita; Rua de Cedofeita",
        "andar": "2.º Esq.; 3.º Dto.; R/C; 1.º; 4.º Frente",
        "city": "Lisboa=1###-###; Porto=4000-###; Coimbra=3000-###; Faro=8000-###; Braga=4700-###",
        "num": (1, 400),
    },
    "it": {
        "fmt": ["{street} {num}{int}⏎{pc} {city}"],
        "street": "Via Roma; Via Garibaldi; Corso Vittorio Emanuele II; Via dei Mille; Viale Monza; Via Toledo; Piazza della Repubblica; Via San Francesco; Via Nazionale; Via del Corso",
        "int": "; ; , int. {n1}; /B; , scala C",
        "city": "Milano (MI)=201##; Roma (RM)=001##; Napoli (NA)=801##; Torino (TO)=101##; Bologna (BO)=401##; Firenze (FI)=501##; Palermo (PA)=901##; Bari (BA)=701##",
        "num": (1, 250),
    },
    "nl": {
        "fmt": ["{street} {num}{suf}⏎{pc} {city}"],
        "street": "Kerkstraat; Prinsengracht; Dorpsstraat; Molenweg; Julianalaan; Oudegracht; Stationsweg; Vondelstraat; Wilhelminastraat; Laan van Meerdervoort",
        "suf": "; ; -II;  A; -hs; bis",
        "city": "Amsterdam=10%# @@; Utrecht=35%# @@; Rotterdam=30%# @@; Den Haag=25%# @@; Groningen=97%# @@; Eindhoven=56%# @@; Leiden=23%# @@",
        "num": (1, 480),
    },
    "pl": {
        "fmt": ["ul. {street} {num}/{n2}⏎{pc} {city}", "ul. {street} {num}⏎{pc} {city}"],
        "street": "Marszałkowska; Długa; Piotrkowska; Mickiewicza; Słowackiego; Kwiatowa; Lipowa; Ogrodowa; Grunwaldzka; Floriańska",
        "city": "Warszawa=00-###; Kraków=31-###; Łódź=90-###; Gdańsk=80-###; Wrocław=50-###; Poznań=60-###",
        "num": (1, 200),
    },
    "cz": {
        "fmt": ["{street} {num}/{n2}⏎{pc} {city}"],
        "street": "Vinohradská; Národní; Masarykova; Husova; Palackého; Nádražní; Lidická; Komenského",
        "city": "Praha 2=120 00; Brno=602 00; Plzeň=301 00; Olomouc=779 00; České Budějovice=370 01",
        "num": (100, 2999),
    },
    "ro": {
        "fmt": ["{street} nr. {num}{bl}⏎{city} {pc}"],
        "street": "Str. Florilor; Bd. Unirii; Calea Victoriei; Str. Avram Iancu; Aleea Teilor; Str. Mihai Eminescu; Șos. Pantelimon",
        "bl": "; , bl. A2, sc. 1, ap. {n2}; , ap. {n2}; , et. {n1}, ap. {n2}",
        "city": "București, sector 3=030###; Cluj-Napoca=400###; Iași=700###; Timișoara=300###; Brașov=500###; Constanța=900###",
        "num": (1, 200),
    },
    "hu": {
        "fmt": ["{pc} {city}, {street} {num}.{door}"],
        "street": "Váci utca; Andrássy út; Petőfi Sándor utca; Kossuth Lajos tér; Rákóczi út; Szent István körút; Béke utca; Fő utca",
        "door": "; ;  II. em. {n1}.;  3/{n2}",
        "city": "Budapest=10##; Budapest=11##; Debrecen=4025; Szeged=6720; Pécs=7621; Győr=9021",
        "num": (1, 120),
    },
    "se": {
        "fmt": ["{street} {num}{suf}⏎{pc} {city}"],
        "street": "Storgatan; Drottninggatan; Kungsgatan; Vasagatan; Södra Vägen; Linnégatan; Björkvägen; Ringvägen",
        "suf": "; ;  A;  B, lgh 1{n1}0{n1}",
        "city": "Stockholm=11# ##; Göteborg=41# ##; Malmö=21# ##; Uppsala=75# ##; Linköping=58# ##",
        "num": (1, 140),
    },
    "fi": {
        "fmt": ["{street} {num} {stair} {n2}⏎{pc} {city}", "{street} {num}⏎{pc} {city}"],
        "street": "Mannerheimintie; Hämeenkatu; Aleksanterinkatu; Kauppakatu; Koivukuja; Rantatie; Puistokatu",
        "stair": "A; B; C",
        "city": "Helsinki=00##0; Tampere=33100; Turku=20100; Oulu=90100; Espoo=02100; Jyväskylä=40100",
        "num": (1, 90),
    },
    "dk": {
        "fmt": ["{street} {num}, {floor}⏎{pc} {city}"],
        "street": "Nørrebrogade; Vesterbrogade; Østergade; Strandvejen; Algade; Jægersborggade",
        "floor": "2. th.; st. tv.; 3. mf.; 1. tv.",
        "city": "København N=2200; Aarhus C=8000; Odense C=5000; Aalborg=9000; Frederiksberg=2000",
        "num": (1, 160),
    },
    "tr": {
        "fmt": [
            "{mah} Mah. {street} No: {num} D: {n2}⏎{pc} {city}",
            "{mah} Mahallesi, {street} No:{num}/{n1}, {city}",
        ],
        "mah": "Caferağa; Cihangir; Bahçelievler; Kızılay; Alsancak; Çankaya; Göztepe; Barbaros",
        "street": "Moda Cad.; Bağdat Cad.; Gazi Sok.; Çiçek Sok.; Kıbrıs Şehitleri Cad.; Atatürk Bulvarı; Lale Sok.",
        "city": "Kadıköy/İstanbul=34710; Beyoğlu/İstanbul=34433; Çankaya/Ankara=06420; Konak/İzmir=35220; Osmangazi/Bursa=16040; Muratpaşa/Antalya=07100",
        "num": (1, 180),
    },
    "gr": {
        "fmt": ["{street} {num}⏎{pc} {city}", "{street} {num}, {floor}⏎{pc} {city}"],
        "street": "Ερμού; Πανεπιστημίου; Αγίου Δημητρίου; Λεωφόρος Αλεξάνδρας; Τσιμισκή; Εγνατίας; Πατησίων; Αγίας Σοφίας",
        "floor": "3ος όροφος; 2ος όροφος; ισόγειο",
        "city": "Αθήνα=10# ##; Θεσσαλονίκη=546 ##; Πάτρα=262 21; Ηράκλειο=712 02; Βόλος=382 21",
        "num": (1, 160),
    },
    "ru": {
        "fmt": [
            "{street}, д. {num}, кв. {n3}⏎г. {city}⏎{pc}",
            "{pc}, г. {city}, {street}, д. {num}, кв. {n3}",
            "г. {city}, {street}, д. {num}, корп. {n1}, кв. {n2}",
        ],
        "street": "ул. Ленина; ул. Профсоюзная; ул. Садовая; пр. Мира; ул. Гагарина; Невский пр.; ул. Советская; ул. Лесная; ул. Малая Бронная; ул. Комсомольская",
        "city": "Москва=1173##; Санкт-Петербург=1910##; Казань=4200##; Новосибирск=6300##; Екатеринбург=6200##; Нижний Новгород=6030##",
        "num": (1, 140),
    },
    "ua": {
        "fmt": [
            "вул. {street}, {num}, кв. {n3}⏎м. {city}, {pc}",
            "{pc}, м. {city}, вул. {street}, буд. {num}, кв. {n2}",
        ],
        "street": "Хрещатик; Шевченка; Січових Стрільців; Городоцька; Сумська; Дерибасівська; Володимирська; Лесі Українки; Соборна",
        "city": "Київ=01###; Львів=79###; Харків=61###; Одеса=65###; Дніпро=49###; Вінниця=21###",
        "num": (1, 120),
    },
    "arab": {
        "fmt": ["{bldg}، {street}⏎{area}، {city} {pc}", "{street}، {bldg}، {city}"],
        "bldg": "عمارة رقم {num}، الطابق {n1}; مبنى {num}، شقة {n2}; فيلا {num}; بناية النور، شقة {n2}",
        "street": "شارع الملك فهد; شارع الجامعة; شارع التحلية; شارع الرينبو; شارع التحرير; شارع الوصل; شارع الحمرا; شارع مكة",
        "area": "حي النزهة; جبل عمّان; الدقي; جميرا ١; حي الروضة",
        "city": "الرياض=12###; جدة=23###; دبي; عمّان=11###; القاهرة=11###; بيروت; الدوحة; الكويت",
        "num": (1, 90),
        "digits": ("ar", 0.25),
        "sep": "، ",
    },
    "ir": {
        "fmt": [
            "{city}، {street}، {alley}، پلاک {num}، واحد {n2}",
            "{street}، {alley}، پلاک {num}، طبقه {n1}⏎{city}",
        ],
        "street": "خیابان ولیعصر; خیابان انقلاب; خیابان شریعتی; بلوار کشاورز; خیابان آزادی; خیابان مطهری",
        "alley": "کوچه بهار; کوچه نسترن; کوچه ۱۲; کوچه یاس",
        "city": "تهران=1%########; اصفهان=81########; شیراز=71########; مشهد=91########; تبریز=51########",
        "num": (1, 140),
        "digits": ("fa", 0.7),
        "sep": "، ",
    },
    "il": {
        "fmt": ["{street} {num}, דירה {n2}⏎{city} {pc}", "רחוב {street} {num}, {city}"],
        "street": "הרצל; רוטשילד; בן יהודה; דיזנגוף; ז'בוטינסקי; אלנבי; העצמאות; הנביאים; החשמונאים",
        "city": "תל אביב=6######; ירושלים=9######; חיפה=3######; רמת גן=52#####; באר שבע=84#####; פתח תקווה=49#####",
        "num": (1, 180),
    },
    "in_hi": {
        "fmt": ["मकान नं. {num}, {street}⏎{city} {pc}", "फ्लैट {n3}, {street}, {city} - {pc}"],
        "street": "गली नं. 3, लक्ष्मी नगर; शास्त्री नगर; सेक्टर 15, रोहिणी; गांधी रोड; सिविल लाइंस; राजेंद्र नगर",
        "city": "दिल्ली=1100##; जयपुर=3020##; लखनऊ=2260##; पटना=8000##; भोपाल=4620##; कानपुर=2080##",
        "num": (1, 400),
    },
    "bd": {
        "fmt": [
            "বাড়ি {num}, রোড {n2}, {area}⏎{city} {pc}",
            "ফ্ল্যাট {n1}বি, বাড়ি {num}, {area}, {city}",
        ],
        "area": "ধানমন্ডি; গুলশান ২; মিরপুর ১০; উত্তরা সেক্টর ৭; মোহাম্মদপুর; বনানী",
        "city": "ঢাকা=12##; চট্টগ্রাম=4000; সিলেট=3100; কলকাতা=7000##",
        "num": (1, 120),
        "digits": ("bn", 0.5),
    },
    "pk": {
        "fmt": [
            "House {num}, Street {n2}, {area}⏎{city}",
            "Flat {n1}, {block}, {area}, {city} {pc}",
        ],
        "area": "F-10/2; G-11/3; DHA Phase 5; Gulberg III; Model Town; Bahria Town Phase 7; Gulshan-e-Iqbal Block 13-D",
        "block": "Askari Tower 2; Al-Noor Heights; Block C",
        "city": "Islamabad=44000; Lahore=54000; Karachi=75300; Rawalpindi=46000; Faisalabad=38000",
        "num": (1, 600),
    },
    "pk_ur": {
        "fmt": ["مکان نمبر {num}، گلی نمبر {n2}، {area}، {city}", "فلیٹ {n1}، {area}، {city}"],
        "area": "ماڈل ٹاؤن; گلبرگ III; ڈیفنس فیز 5; جی 11/2; سیٹلائٹ ٹاؤن; گلشن اقبال",
        "city": "لاہور; کراچی; اسلام آباد; راولپنڈی; فیصل آباد",
        "num": (1, 600),
        "sep": "، ",
    },
    "id": {
        "fmt": [
            "{street} No. {num}, RT 0{n1}/RW 0{n1}⏎{kel}⏎{city} {pc}",
            "{street} No. {num}, {kel}, {city}",
        ],
        "street": "Jl. Merdeka; Jl. Sudirman; Jl. Kenanga; Jl. Melati; Jl. Gatot Subroto; Jl. Diponegoro; Jl. Cempaka Putih Raya; Jl. Dago",
        "kel": "Kel. Menteng, Kec. Menteng; Kel. Cempaka Putih; Kec. Coblong; Kel. Sukajadi; Kec. Tebet",
        "city": "Jakarta Pusat=10###; Bandung=40###; Surabaya=60###; Yogyakarta=55###; Medan=20###; Depok=16###",
        "num": (1, 150),
    },
    "my": {
        "fmt": [
            "No. {num}, {street}⏎{taman}⏎{pc} {city}",
            "{n1}-{n2}-{n1}, {condo}, {street}, {pc} {city}",
        ],
        "street": "Jalan SS 2/24; Jalan Ampang; Jalan Tun Razak; Jalan Bukit Bintang; Jalan Kenanga 3; Jalan Mawar 5",
        "taman": "Taman Megah; Taman Tun Dr Ismail; Bangsar; Taman Desa; Taman Universiti",
        "condo": "Residensi Vista; Pangsapuri Seri Melati; Menara Sentral",
        "city": "Petaling Jaya, Selangor=47301; Kuala Lumpur=50450; George Town, Pulau Pinang=10200; Skudai, Johor=81300; Shah Alam, Selangor=40150",
        "num": (1, 120),
    },
    "vn": {
        "fmt": [
            "Số {num} {street}, {ward}, {district}, {city}",
            "{num}/{n2} {street}⏎{ward}, {district}⏎{city}",
        ],
        "street": "đường Lê Lợi; Nguyễn Trãi; Trần Hưng Đạo; Lý Thường Kiệt; Hai Bà Trưng; Điện Biên Phủ; Phạm Văn Đồng",
        "ward": "Phường Bến Nghé; Phường 7; Phường Láng Hạ; Phường Dịch Vọng; Phường Thảo Điền",
        "district": "Quận 1; Quận 3; Quận Đống Đa; Quận Cầu Giấy; Quận Bình Thạnh",
        "city": "TP. Hồ Chí Minh; Hà Nội; Đà Nẵng",
        "num": (1, 300),
    },
    "th": {
        "fmt": ["{num}/{n2} {soi} {road} {area}", "{num}/{n2} หมู่ {n1} {area2}"],
        "soi": "ซอยสุขุมวิท 39; ซอยลาดพร้าว 71; ซอยอารีย์ 2; ซอยทองหล่อ 10",
        "road": "ถนนสุขุมวิท; ถนนพหลโยธิน; ถนนลาดพร้าว; ถนนรัชดาภิเษก",
        "area": "แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110; แขวงจอมพล เขตจตุจักร กรุงเทพมหานคร 10900; แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400",
        "area2": "ต.สุเทพ อ.เมืองเชียงใหม่ จ.เชียงใหม่ 50200; ต.ในเมือง อ.เมือง จ.ขอนแก่น 40000",
        "num": (1, 400),
    },
    "cn": {
        "fmt": ["{cd}{street}{num}号{bldg}", "{pc} {cd}{street}{num}号{bldg}"],
        "cd": "上海市浦东新区; 北京市朝阳区; 广州市天河区; 深圳市南山区; 杭州市西湖区; 成都市武侯区; 南京市鼓楼区",
        "street": "世纪大道; 建国路; 天河路; 科技园南路; 文三路; 人民南路; 中山路",
        "bldg": "{n1}栋{n3}室; {n1}号楼{n1}单元{n3}; {n3}室; 阳光花园{n1}栋{n3}",
        "city": "x=%#####",
        "num": (1, 999),
    },
    "jp": {
        "fmt": ["〒{pc} {area}{n1}丁目{n2}-{n1}{bldg}", "〒{pc}⏎{area}{n1}-{n2}-{n1}{bldg}"],
        "area": "東京都渋谷区神宮前; 東京都世田谷区三軒茶屋; 大阪府大阪市北区梅田; 神奈川県横浜市中区山下町; 愛知県名古屋市中区栄; 福岡県福岡市中央区天神; 京都府京都市左京区北白川",
        "bldg": "; ; サンハイツ{n3}号室;  メゾン桜{n3};  グランドパレス{n3}",
        "city": "x=%##-####",
        "num": (1, 40),
    },
    "kr": {
        "fmt": ["{area} {road} {num}, {apt}", "({pc}) {area} {road} {num}"],
        "area": "서울특별시 강남구; 서울특별시 마포구; 부산광역시 해운대구; 경기도 성남시 분당구; 인천광역시 연수구; 대구광역시 수성구",
        "road": "테헤란로; 월드컵북로; 해운대해변로; 판교역로; 송도과학로; 달구벌대로",
        "apt": "{n1}0{n1}동 {n3}호; {n1}층; {n3}호",
        "city": "x=0####",
        "num": (1, 400),
    },
}
# Multi-line / single-line handled by the generator; a country without an entry falls back here.
ADDRESS_ALIAS = {}

# IBAN layouts: country -> BBAN pattern ("n" digits, "a" capitals, "c" alphanumerics).
IBAN_BBAN = {
    "DE": "18n",
    "FR": "10n11c2n",
    "ES": "20n",
    "IT": "1a10n12c",
    "NL": "4a10n",
    "BE": "12n",
    "AT": "16n",
    "CH": "5n12c",
    "PL": "24n",
    "PT": "21n",
    "RO": "4a16c",
    "HU": "24n",
    "SE": "20n",
    "FI": "14n",
    "DK": "14n",
    "NO": "11n",
    "GB": "4a14n",
    "IE": "4a14n",
    "TR": "5n1n16n",
    "GR": "7n16c",
    "CZ": "20n",
    "UA": "6n19n",
    "AE": "3n16n",
    "SA": "2n18n",
    "IL": "19n",
    "BR": "23n1a1c",
    "EG": "25n",
    "PK": "4a16n",
    "JO": "4a4n18c",
}
COUNTRY_IBAN = {
    "de": "DE",
    "at": "AT",
    "ch": "CH",
    "fr": "FR",
    "be": "BE",
    "es": "ES",
    "pt": "PT",
    "it": "IT",
    "nl": "NL",
    "pl": "PL",
    "cz": "CZ",
    "ro": "RO",
    "hu": "HU",
    "se": "SE",
    "fi": "FI",
    "dk": "DK",
    "tr": "TR",
    "gr": "GR",
    "ua": "UA",
    "arab": "AE",
    "il": "IL",
    "pk": "PK",
    "pk_ur": "PK",
    "br": "BR",
    "uk": "GB",
    "ie": "IE",
    "ae": "AE",
}
IBAN_FALLBACK = ["GB", "DE", "FR", "NL", "ES", "IE", "AE", "PK"]

DRIVER_LICENSES = {
    "us": [
        "@#######",
        "### ### ###",
        "@###-###-##-###-#",
        "########",
        "@###-####-####",
        "WDL@@#####@@",
        "@#### ##### #####",
    ],
    "ca": ["@####-#####-#####", "@### ### ### ###"],
    "au": ["########", "#########", "## ### ###"],
    "in": ["MH14 20##0######", "DL-04 2015000####", "KA03 2012000####", "TN09 2018000####"],
    "ng": ["@@@#####@@##", "LAG#####@@##"],
    "ke": ["DL-####@@", "@@#######"],
    "za": ["#####000####", "0000####@@##"],
    "ph": ["N0#-##-######", "D1#-##-######"],
    "de": ["B0##@@@#@##", "J##0@@@#@#%"],
    "fr": ["############", "##@@#####"],
    "it": ["U1####### @", "@@#######@"],
    "nl": ["##########"],
    "pl": ["#####/##/####"],
    "br": ["###########"],
    "mx": ["@##########", "##########"],
    "tr": ["######"],
    "ru": ["## ## ######"],
    "ua": ["@@@ ######"],
    "jp": ["############"],
    "kr": ["##-##-######-##"],
    "cn": ["%#####19########%#"],
    "sg": ["S#######@"],
    "ae": ["#######"],
    "pk": ["#####-#######-#"],
    "id": ["############"],
    "th": ["########"],
    "default": ["@@#######", "#########", "@#######"],
}
PASSPORTS = {
    "us": ["#########", "@########"],
    "uk": ["#########"],
    "ca": ["@@######"],
    "au": ["@#######", "P@######"],
    "ie": ["@@#######"],
    "de": ["C@@@@@@@@"],
    "at": ["P#######"],
    "fr": ["##@@#####"],
    "es": ["@@@######"],
    "it": ["@@#######"],
    "nl": ["@@@@@@@@#"],
    "pl": ["@@#######"],
    "cz": ["########"],
    "ro": ["0#######"],
    "hu": ["@@#######"],
    "se": ["########"],
    "fi": ["@@#######"],
    "dk": ["#########"],
    "tr": ["U########"],
    "gr": ["@@#######"],
    "ru": ["7# #######"],
    "ua": ["@@######"],
    "in": ["@#######"],
    "in_hi": ["@#######"],
    "cn": ["E########", "E@#######"],
    "jp": ["@@#######"],
    "kr": ["M########"],
    "br": ["@@######"],
    "mx": ["G########"],
    "ng": ["A########"],
    "ph": ["P#######@"],
    "pk": ["@@#######"],
    "pk_ur": ["@@#######"],
    "bd": ["@########"],
    "id": ["@#######"],
    "my": ["A########"],
    "vn": ["C#######", "N#######"],
    "th": ["@@#######"],
    "ir": ["@########"],
    "il": ["########"],
    "arab": ["@#######", "N########"],
    "ke": ["@@#######"],
    "za": ["@########"],
    "sg": ["@#######@"],
    "ae": ["@#######"],
    "default": ["@@#######", "@########"],
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "fa": "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند",
    "he": "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "bn": "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
}
MONTHS_EN_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"

# Date layouts per language ({M} month name, {Mon} English abbreviation, {ord} English
# ordinal suffix, {by} Buddhist-era year, {era}{ey} Japanese era year).
DATE_FORMATS = {
    "en_us": [
        "{M} {d}, {y}",
        "{mm}/{dd}/{y}",
        "{m}/{d}/{y}",
        "{y}-{mm}-{dd}",
        "{Mon} {d} {y}",
        "{M} {d} {y}",
    ],
    "en": [
        "{d} {M} {y}",
        "{dd}/{mm}/{y}",
        "{d}{ord} {M} {y}",
        "{d} {Mon} {y}",
        "{y}-{mm}-{dd}",
        "{dd}-{mm}-{y}",
        "{d}/{m}/{y}",
    ],
    "de": ["{dd}.{mm}.{y}", "{d}. {M} {y}", "{d}.{m}.{y}"],
    "fr": ["{dd}/{mm}/{y}", "{d} {M} {y}", "{dd}/{mm}/{y}"],
    "es": ["{dd}/{mm}/{y}", "{d} de {M} de {y}", "{d}/{m}/{y}"],
    "pt": ["{dd}/{mm}/{y}", "{d} de {M} de {y}", "{dd}-{mm}-{y}"],
    "it": ["{dd}/{mm}/{y}", "{d} {M} {y}", "{dd}.{mm}.{y}"],
    "nl": ["{dd}-{mm}-{y}", "{d} {M} {y}", "{d}-{m}-{y}"],
    "pl": ["{dd}.{mm}.{y}", "{d} {M} {y}", "{dd}.{mm}.{y} r."],
    "cs": ["{d}. {m}. {y}", "{dd}.{mm}.{y}", "{d}. {M} {y}"],
    "ro": ["{dd}.{mm}.{y}", "{d} {M} {y}", "{dd}/{mm}/{y}"],
    "hu": ["{y}. {M} {d}.", "{y}.{mm}.{dd}.", "{y}. {mm}. {dd}."],
    "sv": ["{y}-{mm}-{dd}", "{d} {M} {y}"],
    "fi": ["{d}.{m}.{y}", "{d}. {M} {y}", "{dd}.{mm}.{y}"],
    "da": ["{dd}.{mm}.{y}", "{d}. {M} {y}", "{dd}-{mm}-{y}"],
    "tr": ["{dd}.{mm}.{y}", "{d} {M} {y}", "{dd}/{mm}/{y}"],
    "el": ["{dd}/{mm}/{y}", "{d} {M} {y}", "{d}/{m}/{y}"],
    "ru": ["{dd}.{mm}.{y}", "{d} {M} {y}", "{dd}.{mm}.{y}"],
    "uk": ["{dd}.{mm}.{y}", "{d} {M} {y}"],
    "ar": ["{dd}/{mm}/{y}", "{d} {M} {y}", "{y}/{mm}/{dd}"],
    "he": ["{dd}.{mm}.{y}", "{dd}/{mm}/{y}", "{d} ב{M} {y}"],
    "hi": ["{dd}/{mm}/{y}", "{d} {M} {y}", "{dd}-{mm}-{y}"],
    "bn": ["{dd}/{mm}/{y}", "{d} {M} {y}", "{dd}-{mm}-{y}"],
    "ur": ["{dd}-{mm}-{y}", "{d} {M} {y}", "{dd}/{mm}/{y}"],
    "id": ["{d} {M} {y}", "{dd}-{mm}-{y}", "{dd}/{mm}/{y}"],
    "ms": ["{d} {M} {y}", "{dd}/{mm}/{y}", "{dd}-{mm}-{y}"],
    "tl": ["{M} {d}, {y}", "{mm}/{dd}/{y}"],
    "vi": ["{dd}/{mm}/{y}", "{d}/{m}/{y}", "{dd}-{mm}-{y}"],
    "th": ["{d} {M} {by}", "{dd}/{mm}/{by}", "{dd}/{mm}/{y}"],
    "zh": ["{y}年{m}月{d}日", "{y}-{mm}-{dd}", "{y}/{m}/{d}", "{y}.{mm}.{dd}"],
    "ja": ["{y}年{m}月{d}日", "{era}{ey}年{m}月{d}日", "{y}/{mm}/{dd}"],
    "ko": ["{y}년 {m}월 {d}일", "{y}.{mm}.{dd}", "{y}-{mm}-{dd}"],
    "sw": ["{d} {M} {y}", "{dd}/{mm}/{y}"],
}
DATE_LANG = {
    "pt-br": "pt",
    "pt-pt": "pt",
    "ur-latn": "en",
    "ar-latn": "en",
    "hinglish": "en",
    "taglish": "en",
    "yo": "en",
    "ng": "en",
}

# Words for passwords and Wi-Fi keys (deliberately not people's names).
PASSWORD_WORDS = [
    "sunflower",
    "mango",
    "dragon",
    "tiger",
    "coffee",
    "pancake",
    "ocean",
    "winter",
    "falcon",
    "pepper",
    "rainbow",
    "pizza",
    "cricket",
    "maple",
    "biscuit",
    "tulip",
    "kiwi",
    "nutella",
    "galaxy",
    "lemon",
    "river",
    "thunder",
    "pumpkin",
    "cactus",
    "monkey",
    "football",
    "banana",
    "purple",
    "silver",
    "mountain",
    "jaguar",
    "coconut",
    "waffle",
    "blizzard",
    "sparrow",
    "lantern",
    "velvet",
    "kebab",
    "samosa",
    "chai",
    "jollof",
    "kimchi",
    "sushi",
    "pelican",
    "zebra",
    "orchid",
    "tornado",
    "marble",
    "cobalt",
]
PASSWORD_CLASSICS = [
    "qwerty123",
    "iloveyou2",
    "letmein!",
    "Passw0rd!",
    "123456789a",
    "abc12345",
    "welcome1",
    "trustno1",
    "asdf1234!",
    "P@ssword2024",
    "Qwerty!2345",
    "1q2w3e4r5t",
    "zaq12wsx",
    "Admin@123",
]
WIFI_NAMES = [
    "HomeNet_5G",
    "TP-Link_8F2A",
    "Vodafone-C4E1",
    "FRITZ!Box 7590 QX",
    "Livebox-3A90",
    "BTHub6-7KQ2",
    "Airtel_Xstream_4410",
    "TALKTALK9F21C",
    "NETGEAR77",
    "Rumah_Kita",
    "PLDTHOMEFIBR_a7c1",
]

# Look-alikes: company / product / tool / city names that resemble people.
COMPANIES = [
    "Dell",
    "Ford",
    "Wendy's",
    "Tesla",
    "Ferrari",
    "Chanel",
    "Philips",
    "Siemens",
    "Bosch",
    "Porsche",
    "Peugeot",
    "Mercedes",
    "Marriott",
    "Hilton",
    "Carrefour",
    "Heineken",
    "Johnson & Johnson",
    "Ben & Jerry's",
    "Goldman Sachs",
    "Morgan Stanley",
    "Deloitte",
    "Ernst & Young",
    "Casey's",
    "Macy's",
    "Trader Joe's",
    "Dr Pepper",
    "Tim Hortons",
    "Harvey Norman",
    "Marks & Spencer",
    "Sainsbury's",
    "Lidl",
    "Aldi",
    "Wells Fargo",
    "Lloyds",
    "Barclays",
    "Kellogg's",
    "Nestlé",
    "Toyota",
    "Honda",
    "Suzuki",
    "Dangote",
    "Jumia",
    "Safaricom",
    "Tata",
    "Mahindra",
    "Reliance",
    "Jollibee",
    "Sheetz",
    "Chick-fil-A",
]
TOOLS = [
    "Julia",
    "Ruby",
    "Jenkins",
    "Grafana",
    "Adobe Acrobat",
    "Alexa",
    "Siri",
    "Jira",
    "Confluence",
    "Kafka",
    "Ansible",
    "Sentry",
    "Hudson",
    "Heroku",
    "Hugo",
    "Jupyter",
    "Pandas",
    "Django",
    "Flask",
    "Laravel",
    "Tableau",
    "Looker",
    "Elasticsearch",
    "Kibana",
    "Dagster",
    "Airflow",
    "Trello",
    "Asana",
    "Monday",
    "Zendesk",
    "Freshdesk",
    "Bamboo",
    "Marvin",
]
CITYNAMES = [
    "Charlotte",
    "Florence",
    "Victoria",
    "Adelaide",
    "Austin",
    "Regina",
    "Alexandria",
    "Eugene",
    "Augusta",
    "Jackson",
    "Lincoln",
    "Madison",
    "Elizabeth",
    "Georgetown",
    "St. Albans",
    "Santa Clara",
    "San José",
    "Santiago",
    "São Paulo",
    "Lourdes",
    "Marysville",
    "Tyler",
    "Beatrice",
    "Kingston",
    "Hamilton",
    "Chelsea",
    "Darwin",
    "Wellington",
    "Kimberley",
    "Port Elizabeth",
    "Jacksonville",
    "Fort William",
    "St. Helens",
    "Sydney",
    "Douglas",
]
PLACES = [
    "Victoria Station",
    "the Jefferson building",
    "King's Cross",
    "St Mary's Hospital",
    "Queen Elizabeth Hospital",
    "Washington Square",
    "Lake Victoria",
    "the Elizabeth line",
    "Jackson Heights",
    "Morris Park",
    "Lincoln Center",
    "St. Thomas' Hospital",
    "Mount Kenya",
    "Victoria Island",
    "the Franklin building",
    "Wilson Hall",
    "Mercy Hospital",
    "the Franklin Wing",
]
HANDLE_WORDS = [
    "nightowl",
    "tacotuesday",
    "devopsguy",
    "pixelpusher",
    "coffeeaddict",
    "bookworm",
    "gymrat",
    "couchpotato",
    "sunsetchaser",
    "rainyday",
    "cookiemonster",
    "fastlane",
    "bluejay",
    "lazycat",
    "kraken",
    "dustybits",
    "quietstorm",
    "noodlehead",
]

# Personal e-mail domains per country and company domains for work addresses.
EMAIL_DOMAINS = {
    "us": "gmail.com yahoo.com outlook.com hotmail.com icloud.com aol.com comcast.net",
    "uk": "btinternet.com yahoo.co.uk hotmail.co.uk gmail.com outlook.com sky.com",
    "ie": "gmail.com eircom.net hotmail.com",
    "ca": "gmail.com rogers.com shaw.ca hotmail.com",
    "au": "gmail.com bigpond.com outlook.com",
    "in": "gmail.com rediffmail.com yahoo.co.in",
    "in_hi": "gmail.com rediffmail.com yahoo.co.in",
    "ng": "gmail.com yahoo.com",
    "ke": "gmail.com yahoo.com",
    "tz": "gmail.com yahoo.com",
    "za": "gmail.com webmail.co.za mweb.co.za",
    "ph": "gmail.com yahoo.com",
    "sg": "gmail.com singnet.com.sg",
    "ae": "gmail.com hotmail.com",
    "de": "web.de gmx.de t-online.de gmail.com posteo.de",
    "at": "gmx.at aon.at gmail.com",
    "ch": "bluewin.ch gmail.com",
    "fr": "orange.fr free.fr laposte.net gmail.com sfr.fr",
    "be": "skynet.be telenet.be gmail.com",
    "es": "gmail.com hotmail.es yahoo.es telefonica.net",
    "mx": "gmail.com hotmail.com prodigy.net.mx",
    "br": "gmail.com hotmail.com uol.com.br bol.com.br",
    "pt": "gmail.com sapo.pt hotmail.com",
    "it": "libero.it virgilio.it gmail.com tiscali.it",
    "nl": "ziggo.nl kpnmail.nl gmail.com hotmail.nl",
    "pl": "wp.pl onet.pl o2.pl interia.pl gmail.com",
    "cz": "seznam.cz email.cz centrum.cz",
    "ro": "yahoo.com gmail.com",
    "hu": "freemail.hu citromail.hu gmail.com",
    "se": "telia.com gmail.com hotmail.se",
    "fi": "gmail.com luukku.com",
    "dk": "gmail.com mail.dk",
    "tr": "gmail.com hotmail.com yandex.com.tr",
    "gr": "gmail.com yahoo.gr otenet.gr",
    "ru": "mail.ru yandex.ru bk.ru list.ru gmail.com",
    "ua": "ukr.net i.ua gmail.com",
    "arab": "gmail.com hotmail.com yahoo.com",
    "ir": "yahoo.com gmail.com",
    "il": "walla.co.il gmail.com",
    "bd": "gmail.com yahoo.com",
    "pk": "gmail.com hotmail.com yahoo.com",
    "pk_ur": "gmail.com hotmail.com",
    "id": "gmail.com yahoo.co.id",
    "my": "gmail.com yahoo.com.my",
    "vn": "gmail.com",
    "th": "gmail.com hotmail.com",
    "cn": "qq.com 163.com 126.com sina.com",
    "jp": "docomo.ne.jp yahoo.co.jp gmail.com icloud.com",
    "kr": "naver.com daum.net kakao.com",
}
WORK_DOMAINS = [
    "acme-logistics.com",
    "brightpath.io",
    "northwind.co.uk",
    "riverbend-health.org",
    "helix-labs.de",
    "bluefin-capital.com",
    "orbitmedia.co",
    "kestrel-analytics.com",
    "meridian-hr.net",
    "tallowhill.org",
    "stonebridge-law.com",
    "greenleaf.edu",
    "clearwater-dental.com",
    "quayside.ie",
    "lumen-studio.fr",
    "sunward.com.au",
    "kilimanjaro-tours.co.ke",
    "pixelforge.in",
    "lagos-fintech.ng",
    "manila-bpo.ph",
]

PRICES = {
    "en_us": ["${n},{k}", "${n}", "${n}.99", "USD {n},{k}"],
    "en": [
        "£{n},{k}",
        "£{n}",
        "€{n}",
        "₹{n},{k}",
        "₦{n},{k}",
        "KSh {n},{k}",
        "R{n} {k}",
        "A${n}",
        "PHP {n},{k}",
    ],
    "eur": ["{n} €", "€{n}", "{n}.{k} €", "{n},{k0} EUR"],
    "de": ["{n},{k0} €", "{n}.{k} €"],
    "fr": ["{n} {k} €", "{n},{k0} €"],
    "pt-br": ["R$ {n}.{k},00", "R$ {n},{k0}"],
    "pl": ["{n} {k} zł", "{n} zł"],
    "cs": ["{n} {k} Kč"],
    "hu": ["{n} {k} Ft"],
    "ro": ["{n} lei"],
    "sv": ["{n} {k} kr"],
    "da": ["{n}.{k} kr."],
    "tr": ["{n}.{k} TL", "₺{n}"],
    "ru": ["{n} {k} ₽", "{n} руб."],
    "uk": ["{n} {k} грн"],
    "ar": ["{n} درهم", "{n} ريال"],
    "fa": ["{n} میلیون تومان"],
    "he": ["₪{n}", '{n} ש"ח'],
    "hi": ["₹{n},{k}", "{n} रुपये"],
    "bn": ["{n} টাকা", "৳{n}"],
    "ur": ["{n} روپے", "Rs. {n},{k}"],
    "ur-latn": ["Rs {n},{k}", "{n}k"],
    "hinglish": ["₹{n},{k}", "{n}k"],
    "id": ["Rp{n}.{k}", "Rp {n} ribu"],
    "ms": ["RM{n}", "RM {n}.{k0}"],
    "tl": ["₱{n},{k}", "P{n}"],
    "taglish": ["₱{n},{k}", "{n}k"],
    "vi": ["{n}.{k}.000đ", "{n} triệu"],
    "th": ["{n},{k} บาท", "฿{n}"],
    "zh": ["¥{n},{k}", "{n}元"],
    "ja": ["{n},{k}円", "¥{n},{k}"],
    "ko": ["{n},{k}원", "₩{n},{k}"],
    "sw": ["TSh {n},{k}", "KSh {n},{k}"],
    "yo": ["₦{n},{k}", "{n}k naira"],
    "ng": ["₦{n},{k}", "{n}k"],
}


# ---------------------------------------------------------------------------
# Templates. Each block is a list of templates separated by a line "~~~".
# ---------------------------------------------------------------------------

EN_NARRATIVES = r"""
my MIL ⟦P1f.first⟧ keeps showing up unannounced and rearranging my kitchen. my husband ⟦P2m.first⟧ says "thats just how mum is" and won't say anything to her. last sunday she threw out a ⟦~rose⟧ plant my sister gave me 🙃 how do i bring this up without starting a war ⟨??|?|…⟩ ⟨i'm so done|pls help|any advice appreciated⟩
~~~
so basically ⟦P1m.lfirst⟧ told my boss that i was the one who messed up the ⟦CO⟧ account. which is NOT true, ⟦P2f.first⟧ from finance literally has the email where he admits it. should i go to HR or talk to ⟦P1.lfirst⟧ first ⟨idk|ugh|smh⟩
~~~
Roommate situation, need a sanity check.

I live with ⟦P1f⟧ and ⟦P2m⟧ in a 3-bed. ⟦P2.first⟧'s girlfriend (⟦P3f.first⟧) has basically moved in — she's there 6 nights a week, uses our stuff, never chips in for bills. ⟦P1.first⟧ agrees with me but doesn't want to be "the bad guy". Lease is up ⟦DATE⟧.

How do I bring this up with ⟦P2.first⟧ without it turning into a fight? Draft a message for me pls.
~~~
landlord (mr ⟦P1m.last⟧) says he'll keep the whole deposit bc of "wear and tear" on the carpet. we were there 4 yrs!! his agent ⟦P2f⟧ did the check-out and said it looked fine at the time, I have her text. what are my options in ⟨england|the UK|ontario|NSW|victoria (australia)⟩
~~~
My son's teacher, Mrs. ⟦P1f.last⟧, sent home another note saying ⟦P2m.first⟧ was "disruptive". He says it's because ⟦P3m⟧ and another boy keep taking his lunch. The vice principal is ⟦P4f⟧ — should I email her directly or go through Mrs ⟦P1.last⟧ first? Help me write something firm but polite.
~~~
Can you help me understand this? My dad (⟦P1m⟧, ⟦AGE⟧) saw Dr. ⟦P2f.last⟧ at the clinic and she wrote "query early CKD, refer to nephrology". Then his GP Dr ⟦P3.init⟧ said it's nothing to worry about. Who do we believe lol. He was born ⟦DOBO⟧ if that matters for the eGFR thing
~~~
AITA? My best friend ⟦P1f.nick⟧ is getting married in ⟦~June⟧ and asked me to be maid of honour. Her fiancé ⟦P2m⟧ invited my ex, ⟦P3m.first⟧, to be a groomsman without telling me. ⟦P1.nick⟧ says "it's been 2 years, get over it". I don't want to ruin her day but ⟦P3.first⟧ cheated on me with ⟦P4f.first⟧ who is ALSO invited 😐
~~~
My siblings and I are fighting over mum's house. Context:
- me (eldest)
- ⟦P1m.first⟧ (lives in ⟦CITYNAME⟧, hasn't visited in years)
- ⟦P2f.first⟧ (did most of the caring)
The ⟦~will⟧ splits everything equally but ⟦P2.first⟧ thinks she deserves more. Our solicitor ⟦P3⟧ says equal is equal. How do I mediate this without losing both of them?
~~~
ok so ⟦P1.lnick⟧ and ⟦P2.lnick⟧ were supposed to pick up ⟦P3.lfirst⟧ from the airport but they forgot 💀 and now ⟦P3.lfirst⟧ is mad at ME?? how do i explain it wasnt my fault without throwing them under the bus
~~~
How do I respond to this? My manager ⟦P1m⟧ presented my analysis at the all-hands and didn't mention me once. Afterwards ⟦P2.first⟧ (skip-level) congratulated ⟦P1.first⟧ on "his great work". I have the ⟦TOOL⟧ dashboards with my name on them from ⟦DATE⟧. I want to raise it in my 1:1 without sounding petty.
~~~
need help wording a msg to my ex ⟦P1f⟧. we share custody of ⟦P2~1.first⟧ (7) and ⟦P3~1.first⟧ (4). she keeps changing pickup times last minute and her new partner ⟦P4.first⟧ showed up at school pickup without telling me. i want to say it calmly. dont want it to look bad if it ends up in court
~~~
Neighbour dispute 🙄 The guy next door, ⟦P1m⟧ at ⟦ADDR⟧, keeps parking across our driveway. His wife ⟦P2f~1.first⟧ is lovely but he just ignores notes. Council said to log incidents. Can you make me a simple log template + a polite final-warning letter?
~~~
Need advice. My mother-in-law ⟦P1f@hi.first⟧ aunty lives with us and keeps comparing me to my sister-in-law ⟦P2f@hi.first⟧ in front of guests. My husband ⟦P3m@hi.first⟧ just laughs it off. Yesterday she told ⟦P4f@hi.first⟧ bhabhi that I "don't know how to run a house". I work full time!! How do I set boundaries without disrespecting her
~~~
Abeg I need advice. My landlord Chief ⟦P1m@yo⟧ wants to increase rent by 40% and his caretaker ⟦P2m@ig.first⟧ has been threatening to lock our gate. Another tenant, Mrs ⟦P3f@yo.last⟧, already paid. Is this even legal in Lagos? Draft a letter for me
~~~
Hi, can you help me turn this into a formal grievance?

- ⟦DATE⟧: ⟦P1m⟧ (team lead) shouted at me in front of ⟦P2.first⟧ and ⟦P3.first⟧
- ⟦DATE⟧: he moved my shifts without notice
- ⟦DATE⟧: told ⟦P4.first⟧ in ops I was "unreliable"

Witnesses: ⟦P2⟧, ⟦P3⟧. HR contact is ⟦P5⟧ (⟦P5.wemail⟧).
~~~
my nan ⟦P1f⟧ is in a care home and one of the carers, ⟦P2.first⟧, keeps forgetting her meds. the manager ⟦P3⟧ just says theyre "short staffed". nan was born ⟦DOBO⟧ and has dementia, she cant advocate for herself. who do i complain to?? CQC?
~~~
group project hell. members: ⟦P1.first⟧, ⟦P2m.first⟧, ⟦P3.first⟧ and me. ⟦P2.first⟧ hasn't done anything since week 2 and ⟦P1.first⟧ wants to report him to prof. ⟦P4.last⟧. i think we should give him one more chance. write a msg to the group chat thats not passive aggressive lol
~~~
is this a red flag?? been seeing ⟦P1m.first⟧ for 2 months. he still has his ex ⟦P2f.first⟧ as his phone wallpaper (says it's "just a nice photo of the ⟦~rose garden⟧"). his friend ⟦P3.nick⟧ told me they still text every day
~~~
Planning my parents' 40th anniversary and my family is a mess. Help me draft a group text.

Mum = ⟦P1f⟧, Dad = ⟦P2m~1⟧
My brother ⟦P3m~1.first⟧ won't come if Aunt ⟦P4f.first⟧ comes (long story, involves money)
Cousin ⟦P5m.nick⟧ offered the back room at his restaurant in ⟦CITYNAME⟧
Grandma ⟦P6f.first⟧ needs wheelchair access

Date is ⟦DATE⟧. Budget ~⟦PRICE⟧.
~~~
⟨Quick q|Quick question|question⟩: my coworker ⟦P1f⟧ keeps taking my lunch from the office fridge. I labelled it. Today I saw ⟦P1.first⟧ eating my leftover jollof with ⟦P2.first⟧ from accounts 😭 do I say something or let it go
~~~
My 15yo daughter ⟦P1f.first⟧ has a new "friend" ⟦P2m.first⟧ who is apparently 19. She says they met at ⟦PLACE⟧. Her dad (⟦P3m⟧, we're divorced) thinks I'm overreacting. How do I talk to her about this without pushing her away?
~~~
Help me reply to my brother-in-law. Background: ⟦P1m⟧ borrowed ⟦PRICE⟧ from us in ⟦DATE⟧ "for 2 weeks". My wife ⟦P2f.first⟧ doesn't want to make it awkward because her mum ⟦P3f.first⟧ will take his side. His message was just "bro relax i got you next month" for the 3rd time.
~~~
so my flatmate ⟦P1f.first⟧ asked if her boyfriend ⟦P2m.first⟧ can stay "for a bit" while he looks for a place. its been 7 weeks. our landlord ⟦P3m⟧ doesnt know. im scared if he finds out we both get evicted. how do i say no nicely
~~~
i think my therapist ⟦P1f.first⟧ (⟦P1.ulast⟧ on the portal) told my mom something i said in session?? my mom brought up ⟦P2.first⟧ and i ONLY ever mentioned ⟦P2.first⟧ in therapy. is that a confidentiality breach? what do i even do
~~~
My manager ⟦P1⟧ wants me to cover for ⟦P2f.first⟧ while she's on mat leave AND keep my own projects. ⟦P3⟧ in HR said there's "no budget" for a temp. Can you help me write a response that sets limits? Our director is ⟦P4m⟧ if I need to escalate.
~~~
Background: I'm a nurse. Dr ⟦P1m.last⟧ on nights keeps snapping at the junior staff, yesterday he made ⟦P2f.first⟧ cry at the station. Charge nurse ⟦P3.first⟧ said to "pick my battles". I want to write an incident report that's factual and not emotional. Can you help?
~~~
pls help me write a text. my friend ⟦P1.lfirst⟧'s dad passed this morning. i only met mr ⟦P1.last⟧ a few times but he was always so kind. i dont know what to say 😢
~~~
I've been asked to mediate between two of my team: ⟦P1f⟧ (senior dev) and ⟦P2m⟧ (new hire). ⟦P1.first⟧ thinks ⟦P2.first⟧ pushes to main without review; ⟦P2.first⟧ says ⟦P1.first⟧ blocks every PR with nitpicks. Give me an agenda for a 30 min conversation.
~~~
Context for advice: my grandfather ⟦P1m⟧ (b. ⟦DOBO⟧) wants to leave the farm to my cousin ⟦P2m~1.first⟧ and not to my mother ⟦P3f~1.first⟧, who's looked after him for 10 years. My uncle ⟦P4m~1.first⟧ agrees with grandad. Is it worth getting a lawyer involved?
~~~
⟦P1.first⟧ keeps calling me "sweetheart" in meetings, in front of clients. I'm the project lead. My director ⟦P2⟧ laughed it off when I mentioned it. How do I handle this? We're in ⟨the US|Canada|the UK|Australia⟩ if that matters.
~~~
okay long story short: I went on 3 dates with a guy called ⟦P1m.first⟧ from hinge. turns out he's my coworker ⟦P2f.first⟧'s ex-husband. she found out from ⟦P3.first⟧ and now won't speak to me. I had NO idea. what do i say to her
~~~
My son's football coach (⟦P1m⟧) only plays his own kid ⟦P2m~1.first⟧ and the ⟦P3.last⟧ twins. Other parents agree with me but nobody will say anything. Write me a respectful email to the club secretary ⟦P4⟧.
~~~
i need to write an apology to my upstairs neighbours ⟦P1⟧ and ⟦P2⟧. my dog barked for 4 hrs while i was at work and ⟦P1.first⟧ left a note on my door. i want to offer something. flat is ⟦ADDR⟧ if you want to include it
~~~
Is it weird to ask my landlady for a reference? ⟦P1f⟧ has been great, I've been in her flat since ⟦DATE⟧. New place wants her contact — she gave me ⟦PHONE⟧ and said text first. What should I ask her to mention?
~~~
What do I do, my sister ⟦P1f.nick⟧ keeps lending money to her boyfriend ⟦P2m⟧ and now she's asking me. Mum says stay out of it. ⟦P2.first⟧ has "a business" with his cousin ⟦P3.first⟧ that nobody has ever seen. She sent me her card number to "pay her back" ⟦CARD⟧ which I'm not going to use. How do I talk to her?
~~~
need to email my kid's school. ⟦P1.first⟧ (yr 4, Mr ⟦P2m.last⟧'s class) is being left out by a group of girls, mostly ⟦P3f.first⟧ and ⟦P4f.first⟧. I don't want the other parents to get defensive. Make it short pls
~~~
I think my elderly neighbour ⟦P1f⟧ is being scammed. A "nephew" called ⟦P2m.first⟧ visits weekly and she's given him her bank card + PIN (she told me the PIN is ⟦PIN⟧ 🙈). She's ⟦AGE⟧ and lives alone at ⟦ADDR⟧. Who do I call without upsetting her?
~~~
rant incoming. my "best friend" ⟦P1f.lfirst⟧ told everyone at ⟦P2.lfirst⟧'s birthday that i'm pregnant. I'M NOT. she heard it from ⟦P3.lfirst⟧ who heard it from god knows who. help me write something to the group chat to shut this down
~~~
Could you suggest how to handle this? My uncle ⟦P1m⟧ has been posting political stuff tagging my mum ⟦P2f~1⟧ and she's getting abuse from his friends. Mum is 70 and doesn't know how to untag. Should I message ⟦P1.first⟧ or just help her block him?
~~~
My boss ⟦P1m.first⟧ wants all of us to share our live location on WhatsApp "for safety" during field visits. ⟦P2.first⟧ and ⟦P3.first⟧ already did. Is this legal? I'm in ⟨Kenya|Nigeria|South Africa|India|the Philippines⟩.
~~~
ok who's right. me and ⟦P1f.lfirst⟧ split rent 50/50 but her room is way bigger and has the balcony. her bf ⟦P2m.lfirst⟧ also showers here every day. i said we should do 60/40 and she called me petty. she pays ⟦PRICE⟧ same as me
~~~
Update on the ⟦P1m.last⟧ situation: after my last message you suggested talking to ⟦P1.first⟧ directly. I did. He said ⟦P2f⟧ (his supervisor) told him to hold my invoices until the audit. ⟦P2.first⟧ denies it. Who do I believe and what's my next step?
~~~
My ex-husband's new wife, ⟦P1f⟧, keeps messaging my daughter ⟦P2f.first⟧ on Instagram (handle @⟦P1.handle⟧). ⟦P2.first⟧ is 12. I've asked ⟦P3m.first⟧ to stop it, he says it's harmless. Thoughts?
~~~
What's the best way to tell my parents I'm moving in with ⟦P1⟧? They've never met ⟦P1.first⟧ and my dad already has someone in mind for me (his friend's son ⟦P2m.first⟧ 🙄). We're ⟨Punjabi|Gujarati|Tamil|Bengali|Pakistani|Sindhi⟩ if that helps you understand the dynamic.
~~~
My co-founder ⟦P1m⟧ wants to bring his brother ⟦P2m~1⟧ on as CFO. ⟦P2.first⟧ has no finance background. Our angel investor ⟦P3⟧ hasn't been told yet. How do I push back without blowing up the partnership?
~~~
urgent-ish: my tenant ⟦P1f⟧ hasn't paid for 3 months and stopped answering. her guarantor is her dad ⟦P2m~1⟧, ⟦PHONE⟧. do i contact him first or send a formal notice? property is ⟦ADDR⟧. draft both pls
~~~
My MIL (⟦P1f.first⟧) keeps calling my baby "⟦P2~3.first⟧-baby" instead of her actual name ⟦P3f.first⟧ because she wanted us to name her after my husband's late grandma ⟦P2f⟧. Am I overreacting that it bothers me?
~~~
Does this sound like burnout? I'm covering for ⟦P1.first⟧ (sick leave), ⟦P2.first⟧ (quit), and my lead ⟦P3.first⟧ just dumped the ⟦CO⟧ migration on me. Haven't had a weekend since ⟦DATE⟧.
~~~
We hired a nanny, ⟦P1f⟧, through an agency. Our neighbour ⟦P2f⟧ says she saw ⟦P1.first⟧ on her phone at the park while our son ⟦P3m.first⟧ was on the climbing frame alone. How do we raise this fairly? Agency contact is ⟦P4⟧, ⟦P4.wemail⟧.
~~~
im being ghosted by my study group. ⟦P1.lfirst⟧ ⟦P2.lfirst⟧ and ⟦P3.lfirst⟧ made a new chat without me and i only know bc ⟦P4.lfirst⟧ told me. exams start ⟦DATE⟧. should i confront them or just study alone
~~~
My daughter-in-law ⟦P1f.first⟧ won't let me see my grandson ⟦P2m.first⟧ unless my son ⟦P3m.first⟧ is there. I don't know what I did. Could you help me write a heartfelt letter to her?
~~~
Trying to figure out if I should report this. At church, Brother ⟦P1m.last⟧ asked a couple of the teens (including ⟦P2f.first⟧, she's 14) for their numbers "for the youth group". Pastor ⟦P3⟧ says it's normal. I don't think it is.
~~~
my dad ⟦P1m.first⟧ is refusing to stop driving. he's 84 and last month he clipped ⟦P2⟧'s car at ⟦PLACE⟧. my brother ⟦P3m.first⟧ thinks we should hide the keys. his licence no. is ⟦DL⟧ if i report to the DVLA/DMV do they tell him it was me?
~~~
yo so my boy ⟦P1m.lfirst⟧ owes me 200 since like march and now he's posting pics from cancun with ⟦P2.lfirst⟧ 💀 how do i ask for my money back without it being weird. also ⟦P3.lfirst⟧ says i should just let it go
~~~
Our wedding photographer (⟦P1⟧ from ⟦~Ford⟧ Studios, no relation to the cars lol) lost half our photos. The contract says ⟦~grace period⟧ of 30 days. My wife ⟦P2f.first⟧ wants a full refund, I'd settle for partial. Help us write the email
~~~
How would you reply? My aunt ⟦P1f⟧ posted our family group photo without asking, and tagged my partner ⟦P2⟧ who isn't out to their family yet. ⟦P2.first⟧ is freaking out. Aunt ⟦P1.first⟧ means well but doesn't get it.
~~~
My roommate ⟦P1f⟧ uses my Netflix, Spotify AND my wifi password (⟦WIFI⟧) — fine — but she gave it to her friends ⟦P2.first⟧ and ⟦P3.first⟧ who now stream at my place when I'm out. Too petty to change it?
~~~
Need help. My ex ⟦P1m⟧ still has access to my iCloud. He knows the password is ⟦PW⟧ because he set it up. My friend ⟦P2.first⟧ said he can see my location. What's the fastest way to lock him out?
~~~
""".strip()

EN_PASTES = r"""
Can you make this email sound more professional?

hi ⟦P1.first⟧,
sorry for late reply. me and ⟦P2.first⟧ checked the numbers again and the ⟦CO⟧ invoice ⟦INV⟧ is still wrong, they charged us twice. can you ask ⟦P3f⟧ in accounts to call them? her number is ⟦PHONE⟧.
thx
⟦P4.first⟧
~~~
Summarize this thread in 3 bullets:

From: "⟦P1.lf⟧" <⟦P1.wemail⟧>
To: ⟦P2⟧ <⟦P2.wemail⟧>
Cc: ⟦P3.wemail⟧
Subject: RE: Q3 vendor review
Date: ⟦DATE⟧

⟦P2.first⟧ - agreed on pushing the ⟦CO⟧ renewal. ⟦P3.first⟧ will own the SLA comparison. Can we get ⟦P4⟧ from legal to look at clause 7 before ⟦DATE⟧?

-----Original Message-----
From: ⟦P2⟧
Sent: ⟦DATE⟧
Hi ⟦P1.first⟧, do we still want to renew with ⟦CO⟧ or wait for the new quote?
~~~
translate to spanish pls, it's for my daughter's host family:

Dear ⟦P1.first⟧ and ⟦P2.first⟧,
Thank you so much for hosting ⟦P3f.first⟧ this summer. Her flight lands ⟦DATE⟧ at ⟦TIME⟧. If anything comes up, my mobile is ⟦PHONE⟧ and my husband ⟦P4m⟧ is on ⟦PHONE⟧. ⟦P3.first⟧ is allergic to peanuts!!
Warmly,
⟦P5f.first⟧
~~~
Rewrite this complaint so it's less angry:

To whom it may concern,
On ⟦DATE⟧ your technician ⟦P1⟧ came to fix our boiler at ⟦ADDR⟧ and left the place flooded. When I called, ⟦P2.first⟧ on the phone line said someone would "get back to me". Nobody did. Ref ⟦TICKET⟧. I want a refund of ⟦PRICE⟧ NOW.
⟦P3⟧
~~~
can u rewrite this to sound warmer? its going to ⟦P1f.first⟧'s new employer

Hi ⟦P2⟧,
Confirming that ⟦P1⟧ worked for us as a barista from ⟦DATE⟧ to ⟦DATE⟧. She was reliable. She left on good terms.
Regards, ⟦P3⟧, Manager, ⟦CO⟧ ⟦CITYNAME⟧
~~~
summarize what was decided in this chat:

[⟦DATE:dmy#1⟧, 19:02:11] ⟦P1⟧: guys bbq at ours saturday?
[⟦DATE:dmy#1⟧, 19:03:40] ⟦P2.first⟧ 🌻: yesss what can i bring
[⟦DATE:dmy#1⟧, 19:05:02] ⟦P3⟧: I'm in but ⟦P4.first⟧ has football till 2
[⟦DATE:dmy#1⟧, 19:05:59] ⟦P1⟧: no stress come after. ⟦P2.first⟧ bring salad?
[⟦DATE:dmy#1⟧, 19:07:13] ⟦P2.first⟧ 🌻: ok 👍
[⟦DATE:dmy#1⟧, 19:10:45] ⟦P3⟧: address again?
[⟦DATE:dmy#1⟧, 19:11:02] ⟦P1⟧: ⟦ADDR⟧
~~~
Can you turn this Slack thread into a status update for leadership?

⟦P1⟧  10:14 AM
deploy to prod failed again, rolling back to ⟦VER⟧
⟦P2⟧  10:16 AM
ugh. is it the migration? ⟦P3.first⟧ said it worked in staging
⟦P3⟧  10:21 AM
it did. diff is ⟦SHA⟧. I think the ⟦TOOL⟧ job is using the old env
⟦P1⟧  10:22 AM
ok can you and ⟦P4.first⟧ pair on it after standup
⟦P4⟧  10:23 AM
👍
~~~
clean up this teams transcript into minutes w/ action items:

⟦P1⟧ 0:03
OK I think everyone's here. ⟦P2.first⟧, do you want to start with the budget?
⟦P2⟧ 0:11
Yeah, so we're about ⟦PRICE⟧ over on contractors mostly because of the ⟦CO⟧ migration.
⟦P3⟧ 1:02
Can I jump in, that was approved by ⟦P4⟧ in ⟦~March⟧.
⟦P1⟧ 1:15
Right. ⟦P3.first⟧ can you dig out that approval and send it to ⟦P2.first⟧?
⟦P3⟧ 1:20
⟦~Will do⟧.
~~~
my sister sent me these texts, what do you think she means??

⟦P1.first⟧: hey r u coming sunday
me: prob why
⟦P1.first⟧: mum wants to talk about dad's stuff
⟦P1.first⟧: ⟦P2.first⟧ and ⟦P3.first⟧ already know
me: know what??
⟦P1.first⟧: just come. dont bring ⟦P4.first⟧
~~~
Minutes – Parents' Association – ⟦DATE⟧
Present: ⟦P1⟧ (chair), ⟦P2⟧, ⟦P3⟧, ⟦P4.init⟧, ⟦P5.first⟧ (new Y3 rep)
Apologies: ⟦P6⟧

1. Summer fair: ⟦P2.first⟧ confirmed bouncy castle booked via ⟦CO⟧.
2. Treasurer report: balance ⟦PRICE⟧.
3. AOB: ⟦P5.first⟧ asked about a ⟦~grace period⟧ for late uniform payments.

AI: ⟦P1.first⟧ + ⟦P3.first⟧ to draft letter to head
AI: ⟦P4.last⟧ to chase raffle prizes
Next meeting ⟦DATE⟧

can you format this nicely for the newsletter
~~~
Please summarise this interview for our oral history project.

INTERVIEWER: Could you state your name for the recording?
⟦P1.upper⟧: ⟦P1⟧. Everyone calls me ⟦P1.nick⟧ though.
INTERVIEWER: And where did you grow up?
⟦P1.upper⟧: Outside ⟦CITYNAME⟧, on a farm with my brother ⟦P2m~1.first⟧. Our neighbour ⟦P3⟧ taught us both to drive the tractor.
INTERVIEWER: Is ⟦P2.first⟧ still around?
⟦P1.upper⟧: He passed in ⟦~May⟧, God rest him.
~~~
[00:00:04] ⟦P1⟧: Thanks for joining, ⟦P2.first⟧.
[00:00:07] ⟦P2⟧: Happy to be here.
[00:00:12] ⟦P1⟧: You started at ⟦CO⟧ right after uni?
[00:01:03] ⟦P2⟧: Yeah, ⟦P3f⟧ hired me, she was head of design then.
[00:12:03] ⟦P1⟧: And who mentored you?
[00:12:09] ⟦P2⟧: Honestly ⟦P3.first⟧, and later ⟦P4.init⟧.

turn this into a 150 word bio for ⟦P2.first⟧
~~~
Dr. ⟦P1.last⟧: How long have you had the cough?
Patient: About three weeks.
Dr. ⟦P1.last⟧: Any fever?
Patient: On and off. My wife ⟦P2f.first⟧ thinks it's from work.
Dr. ⟦P1.last⟧: OK. I'll ask Nurse ⟦P3.last⟧ to take bloods.

^ is this a realistic dialogue for my OSCE practice? add 10 more lines
~~~
Hey can you shorten this for a text message?

"Hi ⟦P1.first⟧, it's ⟦P2⟧ from ⟦P3.last⟧ & ⟦P4.last⟧ Dental. Just a reminder that ⟦P5.first⟧'s check-up is on ⟦DATE⟧ at ⟦TIME⟧ with Dr ⟦P3.last⟧. If you need to rebook please call us on ⟦PHONE⟧. Thanks!"
~~~
Translate into French, keep the tone:

Hello ⟦P1⟧,
I'm ⟦P2m.first⟧'s mum. ⟦P2.first⟧ and your son ⟦P3m.first⟧ are in the same class and he'd love for ⟦P3.first⟧ to come over on ⟦~Saturday⟧. We live at ⟦ADDR⟧. My number is ⟦PHONE⟧.
Best, ⟦P4f⟧
~~~
can you reply to this for me, say yes but only after 6pm:

From: ⟦P1⟧ <⟦P1.email⟧>
Sent: ⟦DATE⟧ ⟦TIME⟧
Subject: pickup?

hey!! can you grab ⟦P2.first⟧ and ⟦P3.first⟧ from ⟦P4.last⟧'s on thursday? ⟦P5m.first⟧ is stuck at work again 🙄 xx ⟦P1.nick⟧
~~~
WhatsApp export, make me a list of who owes what:

⟦DATE:dmy#1⟧, 21:14 - ⟦P1⟧: ok so villa was ⟦PRICE⟧ total
⟦DATE:dmy#1⟧, 21:15 - ⟦P2⟧: i paid ⟦P1.first⟧ already
⟦DATE:dmy#1⟧, 21:15 - ⟦P3⟧: same
⟦DATE:dmy#1⟧, 21:17 - ⟦PHONE⟧: who's this? 😂
⟦DATE:dmy#1⟧, 21:17 - ⟦P1⟧: lol that's ⟦P4.first⟧'s new number guys save it
⟦DATE:dmy#1⟧, 21:18 - ⟦P5⟧: I'll send mine tomorrow, bank's being weird
⟦DATE:dmy#1⟧, 21:19 - ⟦P1⟧: ⟦P5.first⟧ u said that last time 👀
~~~
Polish this LinkedIn recommendation I'm writing for ⟦P1⟧:

"I had the pleasure of managing ⟦P1.first⟧ for three years at ⟦CO⟧. ⟦P1.first⟧ rebuilt our onboarding with ⟦P2⟧ and mentored ⟦P3.first⟧ and ⟦P4.first⟧, both now team leads. Anyone would be lucky to have ⟦P1.first⟧."
~~~
what's the tone of this email, is she mad at me?

> ⟦P1.first⟧,
> I saw that the deck went to ⟦P2⟧ without my section. I'd appreciate a heads-up next time.
> — ⟦P3f.init⟧
~~~
Meeting notes (raw) – pls turn into clean minutes

attendees: ⟦P1.lfirst⟧, ⟦P2.lfirst⟧, ⟦P3.lfirst⟧ (remote), ⟦P4⟧ (client side)
- ⟦P4.first⟧ unhappy w/ timeline, wants beta by ⟦DATE⟧
- ⟦P2.lfirst⟧ says not possible w/o extra QA
- agreed: ⟦P1.lfirst⟧ to ask ⟦P5⟧ for 2 testers
- AI: ⟦P3.lfirst⟧ update roadmap in ⟦TOOL⟧
- AI: ⟦P6.lfirst⟧?? no wait ⟦P2.lfirst⟧ to send revised estimate
~~~
Action items from today's sync (⟦DATE⟧):
AI: ⟦P1.first⟧ + ⟦P2.first⟧ to send deck to ⟦P3⟧ by EOD Thu
AI: ⟦P4.inits⟧ to book room for offsite
AI: ⟦P5⟧ — follow up w/ ⟦CO⟧ about the ⟦ORDER⟧ delivery
AI: ⟦P1.first⟧ to chase ⟦P6.last⟧ re: budget sign-off

Can you turn these into Jira tickets?
~~~
Can you summarise this SMS thread between my mum and her neighbour? I need to understand what they agreed about the fence.

Mum: Hi ⟦P1.first⟧ its ⟦P2f.first⟧ from no. 12
⟦P1.first⟧: Hi ⟦P2.first⟧! Yes?
Mum: ⟦P3m.first⟧ from the council came about the fence today
⟦P1.first⟧: Oh right. ⟦P4m.first⟧ said we'd split it
Mum: Yes 50/50, he quoted ⟦PRICE⟧
⟦P1.first⟧: Fine by us. Can ⟦P4.first⟧ call you? ⟦PHONE⟧ still?
Mum: Yes love
~~~
Rewrite in plain English for my dad:

Dear Mr ⟦P1m.last⟧,
Further to our telephone conversation with your daughter ⟦P2f~1⟧ on ⟦DATE⟧, we confirm that your application for Attendance Allowance has been passed to a decision maker. Your reference is ⟦TICKET⟧. If you have questions please contact ⟦P3⟧ on ⟦PHONE⟧.
~~~
Translate this to Portuguese please (Brazil):

Hi ⟦P1.first⟧!! So sorry about the mix-up. ⟦P2.first⟧ told me the keys were under the mat but ⟦P3⟧ (the cleaner) must have moved them. The door code is ⟦DOOR⟧ and the wifi password is ⟦WIFI⟧. Call me anytime ⟦PHONE⟧ — ⟦P4.first⟧
~~~
Summarise: 

---------- Forwarded message ---------
From: ⟦P1⟧ <⟦P1.email⟧>
Date: ⟦DATE⟧
Subject: Fwd: tenancy
To: ⟦P2.email⟧

⟦P2.first⟧ — see below from ⟦P3.first⟧, I don't understand the bit about the deposit.

> On ⟦DATE⟧, ⟦P3⟧ <⟦P3.email⟧> wrote:
> Hi both, deposit will be returned minus the cleaning (⟦PRICE⟧). ⟦P4⟧ signed off the inventory.
~~~
I need a reply to this from our new neighbour. Say thanks, we'd love to come:

"Hi! We're ⟦P1⟧ and ⟦P2⟧ (and ⟦P3~1.first⟧, 6, and the dog ⟦~Biscuit⟧ 🐶) at number 9. Having a little housewarming on ⟦DATE⟧ from 3pm. Would be lovely to meet you properly! x"
~~~
Help me write minutes from these scribbles:

Board mtg ⟦DATE⟧ 
chair: ⟦P1.init⟧   sec: ⟦P2.init⟧
treasurer ⟦P3⟧ absent (apologies sent)
1. fees up 5%? – ⟦P4.last⟧ against, ⟦P5.last⟧ for, deferred
2. new member ⟦P6⟧ welcomed
3. ⟦P1.last⟧ to write to ⟦CO⟧ re sponsorship
close 8:40
~~~
Interview transcript, can you pull out the key quotes about management?

Q: How would you describe working under ⟦P1⟧?
⟦P2.first⟧: Honestly? Chaotic. ⟦P1.first⟧ meant well but every week a new priority.
Q: And after ⟦P3⟧ took over?
⟦P2.first⟧: ⟦P3.first⟧ was calmer. Shielded us. ⟦P4.first⟧ and I both stayed because of ⟦P3.nick⟧.
Q: Anything else?
⟦P2.first⟧: Don't put my name in the report please 😅
~~~
Please tidy up this voicemail transcription for my records:

"hi yes this is ⟦P1⟧ calling from ⟦CO⟧ ⟨er|um|uh⟩ about the account for ⟦P2⟧ ⟨er|um|uh⟩ could you call me back on ⟦PHONE⟧ ⟨thats|that's⟩ ⟦PHONE#2⟧ my extension is 214 ⟨er|um⟩ thanks bye"
~~~
Reword for a group email to the choir:

Hi all,
Rehearsal moved to ⟦~Tuesday⟧ because ⟦P1f⟧ has the hall. ⟦P2.first⟧ is collecting money for ⟦P3.first⟧'s leaving gift — ⟦PRICE⟧ each, bank transfer to ⟦IBAN⟧ ref GIFT. ⟦P4⟧ will do the card.
Thanks, ⟦P5.first⟧
~~~
Summarize the thread and list open questions:

#proj-atlas
⟦P1.handle⟧ (⟦P1⟧): @⟦P2.handle⟧ did legal clear the ⟦CO⟧ logo?
⟦P2.handle⟧ (⟦P2⟧): not yet, ⟦P3⟧ is out till ⟦DATE⟧
⟦P4.handle⟧ (⟦P4⟧): can ⟦P5f.first⟧ cover? she did the ⟦TOOL⟧ one
⟦P1.handle⟧ (⟦P1⟧): ⟦P5.first⟧ is on the ⟦TICKET⟧ incident
~~~
Translate to German please:

Dear Ms ⟦P1f.last⟧,
Thank you for your patience. Our engineer ⟦P2⟧ will visit on ⟦DATE⟧ between 8:00 and 12:00. Please make sure someone over 18 is present. If you need to rebook, call ⟦PHONE⟧ or reply to ⟦P3.wemail⟧.
Kind regards, ⟦P3⟧
~~~
Help me reply to this text from my landlord, I think he's trying to raise the rent illegally

⟦P1m.first⟧ Landlord: Hi ⟦P2.first⟧ from next month rent will be ⟦PRICE⟧. ⟦P3.first⟧ upstairs already agreed. Pls confirm
me: Hi ⟦P1.first⟧, that's a 30% increase?
⟦P1.first⟧ Landlord: market rate my friend. If not happy can discuss w my son ⟦P4m~1⟧
~~~
pls fix grammar:

dear ⟦P1.lower⟧,
i am writing to you about my son ⟦P2m.lfirst⟧ he was absent ⟦DATE⟧ because of fever. dr ⟦P3.llast⟧ said rest 2 days. please excuse him. his friend ⟦P4.lfirst⟧ will bring homework.
thank you
⟦P5.lower⟧
~~~
Reply politely but say no:

Hi ⟦P1.first⟧,
Hope you're well! I'm organising a surprise 50th for ⟦P2⟧ and ⟦P3.first⟧ said you might lend us the garden at ⟦ADDR⟧?? We'd be about 40 people. ⟦P4.first⟧ can help set up. Let me know!!
⟦P5⟧ x
~~~
Can you convert this Teams chat into a short incident timeline?

[⟦TIME⟧] ⟦P1⟧: Anyone else seeing 502s?
[⟦TIME⟧] ⟦P2⟧: yes since 9:12. ⟦P3.first⟧ is on call
[⟦TIME⟧] ⟦P3⟧: looking. lb at ⟦IP⟧ is flapping
[⟦TIME⟧] ⟦P4⟧: rolled back ⟦VER⟧, ⟦P3.first⟧ can you confirm
[⟦TIME⟧] ⟦P3⟧: confirmed green
~~~
Summarise my uncle's email, he writes very long:

⟦P1.first⟧,
You will remember ⟦P2m⟧, my late wife's cousin, who lived at ⟦ADDR⟧. His son ⟦P3m~2.first⟧ has now written to say the house is being sold and that ⟦P4f.first⟧ (his sister, you met her at ⟦P5.first⟧'s wedding) wants the piano. I told ⟦P3.first⟧ I have no objection but your mother ⟦P6f⟧ may feel differently...
Your uncle ⟦P7m.first⟧
~~~
Translate to English:

⟦P1.first⟧ dijo que ⟦P2.first⟧ no viene mañana, ⟦P3⟧ va a cubrir su turno. Avisale a ⟦P4.first⟧ porfa
~~~
Make this out-of-office message friendlier:

I am out of the office until ⟦DATE⟧. For urgent matters contact ⟦P1⟧ (⟦P1.wemail⟧, ⟦PHONE⟧). For payroll contact ⟦P2⟧. — ⟦P3.init⟧
~~~
""".strip()

EN_DOCS = r"""
improve my CV summary pls:

⟦P1.upper⟧
⟦ADDR⟧ | ⟦PHONE⟧ | ⟦P1.email⟧
linkedin.com/in/⟦P1.handle⟧

PROFILE
Detail-oriented accountant with 6 years at ⟦CO⟧ and ⟦CO⟧, CPA candidate.

REFERENCES
⟦P2⟧, Finance Director – ⟦P2.wemail⟧
⟦P3⟧, Senior Manager – ⟦PHONE⟧
~~~
To Whom It May Concern,

It is my pleasure to recommend ⟦P1f⟧ for the MSc programme at your university. I supervised ⟦P1.first⟧'s final-year project from ⟦DATE⟧ to ⟦DATE⟧, together with my colleague Dr ⟦P2⟧. ⟦P1.first⟧ consistently went beyond what was asked of her.

Yours faithfully,
Prof. ⟦P3⟧
Department of Chemistry
⟦P3.wemail⟧

^ make it stronger, she's applying to ⟦~Imperial⟧ and ⟦~Edinburgh⟧
~~~
PRIVATE & CONFIDENTIAL
⟦DATE⟧

⟦P1⟧
⟦ADDRML⟧

Dear ⟦P1.first⟧,

Re: First Written Warning

Following the disciplinary hearing on ⟦DATE⟧, chaired by ⟦P2⟧ (Operations Manager) with ⟦P3⟧ from HR taking notes, I am writing to confirm that you are being issued a first written warning for unauthorised absence.

Yours sincerely,
⟦P2⟧

is this ok legally? anything missing?
~~~
THIS AGREEMENT is made on ⟦DATE⟧ between
Landlord: ⟦P1⟧ of ⟦ADDR⟧
Tenant(s): ⟦P2⟧ (DOB ⟦DOB⟧) and ⟦P3⟧ (DOB ⟦DOB⟧)
Property: ⟦ADDR⟧
Rent: ⟦PRICE⟧ per calendar month, payable to account ⟦IBAN⟧
Guarantor: ⟦P4⟧, ⟦PHONE⟧

explain clause by clause in plain english what we're signing
~~~
Summarise this judgment for a non-lawyer:

⟦P1f.last⟧ v ⟦P2m.last⟧ ⟦~[2023] EWHC 1124 (Fam)⟧
Before: HHJ ⟦P3.last⟧
The applicant mother, Ms ⟦P1.last⟧, seeks permission to relocate with the child ⟦P4.first⟧ (born ⟦DOBK⟧) to ⟦CITYNAME⟧. The respondent father, Mr ⟦P2.last⟧, opposes. The Cafcass officer, ⟦P5⟧, recommended that the application be refused.
~~~
Pupil: ⟦P1⟧⇥DOB: ⟦DOBK⟧⇥Class: 4B⇥Teacher: Ms ⟦P2f.last⟧
English: ⟦P1.first⟧ reads with expression and enjoys adventure stories, especially ⟦~The Secret Garden⟧.
Maths: Needs to practise times tables.
Comments from Head (⟦P3⟧): A steady term.

can u make the comments more positive, ⟦P1.first⟧'s mum is sensitive lol
~~~
Dear Dr ⟦P1.last⟧,

Re: ⟦P2f⟧, DOB ⟦DOB⟧
⟦ADDR⟧

I would be grateful if you could see this ⟦AGE⟧-year-old woman with a 6-month history of joint pain. Her husband ⟦P3m.first⟧ reports morning stiffness. Her sister ⟦P4f~2⟧ has RA.

Kind regards,
Dr ⟦P5⟧, GP

-- make this more concise please
~~~
Help me polish this obituary for the local paper:

⟦P1f.upper⟧
⟦P1f⟧, of ⟦CITYNAME⟧, passed away peacefully on ⟦DATE⟧ surrounded by family. Born ⟦DOBO⟧ to ⟦P2m~1⟧ and ⟦P3f~1⟧, she taught at the primary school for 35 years. She is survived by her children ⟦P4~1.first⟧ (⟦P5.first⟧) and ⟦P6~1.first⟧, and grandchildren ⟦P7.first⟧, ⟦P8.first⟧ and little ⟦P9.nick⟧. Service at ⟦~St Mary's⟧ chapel.
~~~
write a funny best man speech. details:
- groom: ⟦P1m⟧, we call him ⟦P1.nick⟧ or "the mark" (long story)
- bride: ⟦P2f⟧
- met at ⟦CO⟧ xmas party
- his dad ⟦P3m~1⟧ gave the worst advice ever
- ⟦P4.first⟧ and ⟦P5.first⟧ the ushers both got lost on the stag
~~~
Seating plan – can you check nobody's next to someone they hate? 😅

Table 1: ⟦P1⟧, ⟦P2⟧, ⟦P3⟧, ⟦P4⟧
Table 2: ⟦P5⟧, ⟦P6⟧, ⟦P7.first⟧ + guest, ⟦P8⟧
Top table: us, ⟦P9⟧ (MOH), parents

notes: ⟦P3.first⟧ and ⟦P6.first⟧ divorced last year. ⟦P8.first⟧ can't stand ⟦P2.first⟧.
~~~
U12 Girls – ⟦CITYNAME⟧ Rovers – spring roster
#1  ⟦P1f⟧ (GK)
#4  ⟦P2f⟧
#7  ⟦P3f⟧ (c)
#9  ⟦P4f⟧
#11 ⟦P5f⟧
#14 ⟦P6f⟧
Coach: ⟦P7⟧ ⟦PHONE⟧ | Team mum: ⟦P8f.first⟧

format as a table with a column for parent contact
~~~
fix the formatting of my references (APA 7):

⟦P1.cite⟧, & ⟦P2.cite⟧ (2021). Community health workers and trust. Journal of Rural Health, 37(2), 112–128. https://doi.org/10.1111/jrh.⟦NUM⟧
⟦P3.cite⟧, ⟦P4.cite⟧, & ⟦P5.cite⟧ (2019). Mobile money and household resilience. World Development, 118, 45–59.
⟦P6.cite⟧ (2020). Informal care. Routledge.
~~~
Acknowledgements

I would like to thank my supervisor, Prof. ⟦P1f⟧, for her patience, and Dr ⟦P2⟧ for stepping in during ⟦P1.last⟧'s sabbatical. ⟦P3⟧ and ⟦P4.first⟧ in the lab made long nights bearable. Finally, my parents ⟦P5m⟧ and ⟦P6f~5⟧, and my partner ⟦P7.first⟧.

shorten this to 80 words pls
~~~
Can you proofread my cover letter?

Dear ⟦P1⟧,

I was referred to this role by ⟦P2⟧, who worked alongside me at ⟦CO⟧. ...

Sincerely,
⟦P3⟧
⟦PHONE⟧ · ⟦P3.email⟧
~~~
Improve the wording of this character reference for court:

I, ⟦P1⟧, of ⟦ADDR⟧, have known ⟦P2m⟧ for 12 years as his neighbour. ⟦P2.first⟧ has always helped elderly residents, including my late mother ⟦P3f~1⟧. I was shocked to hear of the charge.
Signed ⟦P1.init⟧   Date ⟦DATE⟧
~~~
This is the guest list for our kid's 5th bday, can you split into who still needs an invite vs who RSVP'd:

✅ ⟦P1.first⟧ (+mum ⟦P2f.first⟧)
✅ ⟦P3.first⟧ & ⟦P4.first⟧ (twins)
❓ ⟦P5⟧
❓ ⟦P6.first⟧ — dad is ⟦P7m⟧ ⟦PHONE⟧
❌ ⟦P8.first⟧ (holiday)
✅ little ⟦P9.nick⟧
~~~
Rewrite this school report comment to be more constructive:

"⟦P1.first⟧ is capable but easily distracted, particularly when seated near ⟦P2.first⟧. Homework is often late. ⟦P1.first⟧ should speak to Mr ⟦P3m.last⟧ about extra support."
~~~
Generate a reference letter based on these notes:
- candidate: ⟦P1⟧, nurse, 4 yrs on ward 7
- reports to: ⟦P2⟧ (me), Ward Manager
- strengths: calm in crisis, mentors students (e.g. ⟦P3.first⟧, ⟦P4.first⟧)
- contact: ⟦P2.wemail⟧ / ⟦PHONE⟧
~~~
Tenancy – Schedule of Occupants
1. ⟦P1.upper⟧, DOB ⟦DOB⟧, passport ⟦PASSPORT⟧
2. ⟦P2.upper⟧, DOB ⟦DOB⟧, passport ⟦PASSPORT⟧
3. ⟦P3~2.upper⟧ (minor), DOB ⟦DOBK⟧

Is it normal that the letting agent wants passport numbers for everyone?
~~~
can you write a toast for my grandparents' 60th? Names: ⟦P1m⟧ ("Pop") and ⟦P2f~1⟧. Married in 1965 at ⟦PLACE⟧. Kids: ⟦P3~1.first⟧, ⟦P4~1.first⟧, my mum ⟦P5f~1.first⟧. Pop was born ⟦DOBO⟧ and still beats everyone at cards
~~~
Summarize this HR investigation outcome for the team lead (no names of witnesses in the summary pls):

Complainant: ⟦P1⟧
Respondent: ⟦P2⟧
Witnesses interviewed: ⟦P3⟧, ⟦P4⟧, ⟦P5.init⟧
Investigator: ⟦P6⟧
Finding: allegation of bullying partially upheld. ⟦P2.last⟧ to complete training by ⟦DATE⟧.
~~~
Discharge summary – please explain to me like I'm not a doctor, it's for my mum

Patient: ⟦P1f.LG⟧   DOB: ⟦DOB:dmy⟧   Ward: ⟦~Elizabeth⟧
Consultant: Dr ⟦P2⟧
Admitted ⟦DATE⟧ with chest pain, troponin negative. Seen by cardiology (Dr ⟦P3.init⟧).
Follow-up: GP Dr ⟦P4.last⟧ in 2 weeks. NOK: ⟦P5f⟧ (daughter) ⟦PHONE⟧
~~~
Team roster (copy from the club spreadsheet) — can you make a WhatsApp-friendly version?

Pos⇥Name⇥Shirt
GK⇥⟦P1⟧⇥1
DF⇥⟦P2⟧⇥5
DF⇥⟦P3⟧⇥4
MF⇥⟦P4⟧⇥8
MF⇥⟦P5⟧⇥10
FW⇥⟦P6⟧⇥9
Manager⇥⟦P7⟧⇥-
~~~
Cite these in MLA please:

- book by ⟦P1⟧ and ⟦P2⟧, "Reading the City", 2018, Verso
- article by ⟦P3⟧ in The Atlantic, ⟦DATE⟧
- interview I did with ⟦P4⟧ on ⟦DATE⟧
~~~
Fix my bibliography, some entries are broken:

⟦P1.lf⟧. "Migration and Memory." Journal of Refugee Studies, vol. 33, no. 1, 2020, pp. 1-20.
⟦P2.lf⟧, and ⟦P3⟧. Cities of Tomorrow. Polity, 2017.
⟦P4.cite⟧ (2022) Care work in the Gulf, Int. Migration 60(4)
~~~
Help me write a eulogy for my dad. Notes:
• ⟦P1m⟧, born ⟦DOBO⟧ in a village near ⟦CITYNAME⟧
• worked at the ⟦CO⟧ plant 30 yrs
• married mum (⟦P2f~1.first⟧) 1972
• loved fishing with his best mate ⟦P3m.nick⟧
• always called me "⟦P4~1.nick⟧ the kid"
~~~
Wedding speech draft — too cheesy?

"When ⟦P1f.first⟧ first brought ⟦P2m.first⟧ home, our dad ⟦P3m⟧ asked him three questions: do you support ⟦~Arsenal⟧, can you cook, and do you love my daughter. He got one right. ⟦P2.first⟧, welcome to the family. ⟦P4.first⟧, ⟦P5.first⟧ — raise your glasses!"
~~~
Can you redact this court summary before I post it on reddit? I don't know which bits are identifying.

Case: ⟦P1.upper⟧ v ⟦CO⟧ Ltd
Claimant: ⟦P1⟧, ⟦ADDR⟧
Solicitor for claimant: ⟦P2⟧ of ⟦P2.last⟧ & Co
Hearing: ⟦DATE⟧ before District Judge ⟦P3.last⟧
Outcome: settled, ⟦PRICE⟧
~~~
Medical referral

To: Paediatric Clinic, ⟦PLACE⟧
Re: ⟦P1⟧ (DOB ⟦DOBK⟧), ⟦ADDR⟧
Parent/guardian: ⟦P2f~1⟧ ⟦PHONE⟧
Dear colleague, I'd appreciate your review of this child with recurrent wheeze. Seen with mum today.
Dr ⟦P3⟧

rewrite as bullet points
~~~
my CV reference section, does this look ok?

REFEREES
⟦P1⟧
Head of Operations, ⟦CO⟧
⟦P1.wemail⟧ | ⟦PHONE⟧

⟦P2⟧
Lecturer, School of Law
⟦P2.wemail⟧
~~~
Summarise this Zoom AI summary even shorter lol:

Meeting summary for Weekly Product Sync (⟦DATE⟧)
Quick recap: ⟦P1⟧ and ⟦P2⟧ discussed the onboarding redesign. ⟦P3⟧ raised concerns about the ⟦TOOL⟧ integration.
Next steps:
- ⟦P2⟧ will share mockups with ⟦P4⟧.
- ⟦P3⟧ and ⟦P5⟧ will estimate the migration.
~~~
I'm writing a memoir chapter about my grandmother. Does this paragraph flow?

Grandma ⟦P1f.first⟧ — ⟦P1⟧ on her papers, "Nana ⟦P1.nick⟧" to us — arrived in ⟦CITYNAME⟧ with two suitcases and my uncle ⟦P2m~1.first⟧ on her hip. Her first job was cleaning for a family called ⟦P3.last⟧, whose daughter ⟦P4f.first⟧ would become her lifelong friend.
~~~
Format this as a proper invitation:

You're invited!!
⟦P1.first⟧ & ⟦P2.first⟧'s engagement party
⟦DATE⟧, 7pm, at ⟦P3.first⟧'s place: ⟦ADDR⟧
RSVP to ⟦P4⟧ ⟦PHONE⟧ by ⟦DATE⟧
~~~
HR letter, check tone:

Dear ⟦P1.first⟧,
Further to your meeting with ⟦P2⟧ and myself on ⟦DATE⟧, I confirm that your probation period has been extended by 3 months. Your line manager ⟦P3⟧ will set objectives with you.
Yours sincerely,
⟦P4⟧
People Partner
~~~
Meeting minutes – Residents' Association
Present: ⟦P1.cite⟧, ⟦P2.cite⟧, ⟦P3⟧, ⟦P4⟧
1. ⟦P3.first⟧ reported the lift at block B broken again; ⟦CO⟧ engineer booked.
2. ⟦P4.last⟧ raised parking on ⟦~Lincoln Road⟧.
3. Treasurer ⟦P1.last⟧: funds ⟦PRICE⟧.
make this into a notice for the lobby
~~~
Reference letter template — fill in the blanks properly:

⟦DATE⟧
To whom it may concern,
⟦P1m⟧ (date of birth ⟦DOB⟧) has been a tenant at ⟦ADDR⟧ since 2019. He has always paid rent on time. For further information, contact me on ⟦PHONE⟧.
⟦P2⟧, Landlord
~~~
Could you turn this into a nice thank-you card?

Thanks to everyone who helped with the move!! ⟦P1.first⟧ for the van, ⟦P2.first⟧ & ⟦P3.first⟧ for carrying the sofa up 4 floors, ⟦P4.nick⟧ for the pizza, and ⟦P5⟧ who drove from ⟦CITYNAME⟧ 🙏
~~~
Program for the memorial service – check the order please

Welcome – Rev. ⟦P1⟧
Reading – ⟦P2⟧ (granddaughter)
Eulogy – ⟦P3⟧
Song – "⟦~Amazing Grace⟧"
Reflections – ⟦P4.first⟧ and ⟦P5.first⟧
Committal – Rev. ⟦P1.last⟧
~~~
Add a short bio for each speaker:

Panel: "Women in Fintech" – ⟦DATE⟧
Moderator: ⟦P1f⟧ (⟦CO⟧)
Speakers: ⟦P2f⟧, ⟦P3f⟧, ⟦P4f.init⟧
Closing remarks: ⟦P5⟧
~~~
this is a paragraph from my thesis acknowledgements, too long?

…I am indebted to ⟦P1.init2⟧ for the fieldwork contacts in ⟦CITYNAME⟧, to ⟦P2⟧ and ⟦P3⟧ for reading every draft, and to my late grandfather, ⟦P4m⟧, who taught me to ask questions. To ⟦P5.nick⟧: we did it.
~~~
Re-format as a formal letter of recommendation:

⟦P1⟧ interned with us in summer, worked closely w/ ⟦P2.first⟧ on the ⟦TOOL⟧ pipeline, very sharp. contact me: ⟦P3⟧, ⟦P3.wemail⟧, ⟦PHONE⟧.
~~~
""".strip()

EN_CODE = r"""
write a better commit message for this:

fix(auth): handle expired refresh tokens

Token refresh was racing with logout on slow networks.
Reported by ⟦P1⟧ in ⟦TICKET⟧.

Co-authored-by: ⟦P2⟧ <⟦P2.wemail⟧>
Co-authored-by: ⟦P3⟧ <⟦P3.email⟧>
~~~
# CODEOWNERS
/billing/        @⟦HANDLE⟧ ⟦P1.wemail⟧
/docs/           @acme/docs-team
*.tf             ⟦P2.wemail⟧ @⟦P3.handle⟧
/mobile/ios/     @⟦P4.handle⟧

who owns the terraform files according to this? and can u add ⟦P5⟧ (⟦P5.wemail⟧) as owner of /mobile
~~~
/**
 * Retry policy for the ⟦TOOL⟧ client.
 *
 * @author ⟦P1⟧
 * @author ⟦P2.init⟧
 * @since ⟦VER⟧
 */
public final class RetryPolicy {

why does sonar complain about this class? also who should I ask, ⟦P1.first⟧ left
~~~
explain what happened in this git log:

commit ⟦SHA:full⟧
Author: ⟦P1⟧ <⟦P1.wemail⟧>
Date:   ⟦TS⟧

    Bump ⟦TOOL⟧ to ⟦VER⟧

commit ⟦SHA:full⟧
Author: ⟦P2⟧ <⟦P2.email⟧>
Date:   ⟦TS⟧

    Revert "Bump ⟦TOOL⟧" — broke prod, see ⟦TICKET⟧
    
    Signed-off-by: ⟦P2⟧ <⟦P2.email⟧>
~~~
PR #⟦NUM⟧ review comments, summarise what I need to change:

⟦P1.handle⟧ commented on src/api/users.py line 88:
> this leaks the full name into logs, ⟦P2.first⟧ flagged the same thing last sprint
⟦P3⟧ (⟦P3.handle⟧) requested changes:
> naming: `getUserByMail` vs `get_user_by_email` — ask ⟦P4.first⟧ which style we follow
⟦P5⟧ approved these changes
~~~
Fix the JSON, it doesn't parse:

[
  {"id": 1042, "full_name": "⟦P1⟧", "email": "⟦P1.email⟧", "emergency_contact": {"name": "⟦P2⟧", "phone": "⟦PHONE⟧"}},
  {"id": 1043, "full_name": "⟦P3⟧", "email": "⟦P3.email⟧", "emergency_contact": {"name": "⟦P4⟧", "phone": "⟦PHONE⟧"}
  {"id": 1044, "full_name": "⟦P5⟧", "email": null, "emergency_contact": null},
]
~~~
oncall.yaml — can you add a tertiary and validate?

oncall:
  rotation: weekly
  primary:
    owner: ⟦P1⟧
    phone: "⟦PHONE⟧"
  secondary:
    owner: ⟦P2⟧
    phone: "⟦PHONE⟧"
  escalation:
    manager: ⟦P3⟧
    email: ⟦P3.wemail⟧
~~~
⟦!noapos⟧why does this insert fail?

INSERT INTO patients (full_name, dob, phone, next_of_kin) VALUES
('⟦P1⟧', '⟦DOB:iso⟧', '⟦PHONE⟧', '⟦P2⟧'),
('⟦P3⟧', '⟦DOB:iso⟧', '⟦PHONE⟧', '⟦P4⟧'),
('⟦P5⟧', '⟦DOB:iso⟧', NULL, '⟦P6⟧')
~~~
can you sort this csv by due date

ticket,title,assignee,reviewer,due
⟦TICKET⟧,Fix login,⟦P1⟧,⟦P2⟧,⟦DATE:iso⟧
⟦TICKET⟧,Dark mode,⟦P3⟧,⟦P1⟧,⟦DATE:iso⟧
⟦TICKET⟧,Export PDF,⟦P4⟧,⟦P2⟧,⟦DATE:iso⟧
⟦TICKET⟧,Audit log,⟦P2⟧,⟦P5⟧,⟦DATE:iso⟧
~~~
pasted from excel, make me a pivot of hours per person:

Date⇥Employee⇥Project⇥Hours
⟦DATE:dmy⟧⇥⟦P1⟧⇥Atlas⇥6
⟦DATE:dmy⟧⇥⟦P2⟧⇥Atlas⇥7.5
⟦DATE:dmy⟧⇥⟦P1⟧⇥Hermes⇥2
⟦DATE:dmy⟧⇥⟦P3⟧⇥Hermes⇥8
⟦DATE:dmy⟧⇥⟦P2⟧⇥Atlas⇥4
~~~
This python test fixture is failing, why?

USERS = [
    {"username": "⟦P1.handle⟧", "display_name": "⟦P1⟧", "owner": "⟦P2⟧"},
    {"username": "⟦P3.handle⟧", "display_name": "⟦P3⟧", "owner": "⟦P2⟧"},
]
assert USERS[0]["owner"] == "⟦P4⟧"
~~~
refactor this please:

# TODO(⟦P1.handle⟧): ask ⟦P2.first⟧ if we still need this
# Originally written by ⟦P3⟧ for the ⟦CO⟧ integration
def legacy_sync(user):
    if user.email == "⟦P4.email⟧":  # ⟦P4.first⟧'s test account, do not remove
        return None
~~~
Generate a pandas script to dedupe this:

customer_id,full_name,email,phone
1001,⟦P1⟧,⟦P1.email⟧,⟦PHONE⟧
1002,⟦P1.upper⟧,⟦P1.email⟧,⟦PHONE⟧
1003,"⟦P2.lf⟧",⟦P2.email⟧,⟦PHONE⟧
1004,⟦P3⟧,,⟦PHONE⟧
~~~
debug this yaml, k8s says it's invalid

metadata:
  name: payments-api
  annotations:
    owner: "⟦P1⟧"
    team-lead: ⟦P2⟧
    contact: ⟦P2.wemail⟧
spec:
  replicas: 3
  image: registry.local/payments:⟦VER⟧
~~~
beneficiaries.json — can you validate the percentages add up to 100?

{
  "policy": "⟦ORDER⟧",
  "holder": {"name": "⟦P1⟧", "dob": "⟦DOB:iso⟧"},
  "beneficiary": [
    {"name": "⟦P2~1⟧", "relation": "spouse", "pct": 50},
    {"name": "⟦P3~1⟧", "relation": "child", "pct": 30},
    {"name": "⟦P4~1⟧", "relation": "child", "pct": 25}
  ]
}
~~~
Turn this SQL result into a markdown table:

 id | parent_guardian          | child            | allergy
----+--------------------------+------------------+---------
 11 | ⟦P1⟧ | ⟦P2~1.first⟧ | nuts
 12 | ⟦P3⟧ | ⟦P4~3.first⟧ | none
 13 | ⟦P5⟧ | ⟦P6~5.first⟧ | dairy
~~~
Code review: is this ok to merge?

-    reviewer = "⟦P1.handle⟧"
+    reviewer = config.get("reviewer", "⟦P2.handle⟧")

⟦P3⟧ left a comment: "Hardcoding ⟦P1.first⟧ was a hack from when ⟦P1.first⟧ was the only reviewer. LGTM but ping ⟦P4.first⟧."
~~~
changelog — reword for customers (no internal names):

## ⟦VER⟧ (⟦DATE:iso⟧)
- Fixed CSV export encoding (thanks ⟦P1⟧!)
- New ⟦~Grafana⟧ dashboard for queue depth — ⟦P2.init⟧
- Reverted ⟦SHA⟧ after report from ⟦P3⟧ at ⟦CO⟧
~~~
git blame says this line is from ⟦P1⟧ in ⟦DATE⟧, but ⟦P2f⟧ swears she didn't touch it since ⟦P3⟧ refactored. who do I ask?

⟦SHA⟧ (⟦P1⟧ ⟦TS⟧ 214)     if retries > MAX_RETRIES:
~~~
Explain this .env and whether it's safe to commit (it's from ⟦P1.first⟧'s branch):

DATABASE_URL=postgres://app:⟦PW⟧@db.internal:5432/prod
STRIPE_KEY=⟦APIKEY:stripe⟧
ADMIN_EMAIL=⟦P1.wemail⟧
SENTRY_DSN=https://⟦SHA⟧@o1234.ingest.sentry.io/567
~~~
INSERT INTO employees (id, full_name, manager, emergency_contact, phone) VALUES (17, "⟦P1⟧", "⟦P2⟧", "⟦P3⟧", "⟦PHONE⟧");
INSERT INTO employees (id, full_name, manager, emergency_contact, phone) VALUES (18, "⟦P4⟧", "⟦P2⟧", "⟦P5⟧", "⟦PHONE⟧");

rewrite as a single multi-row insert
~~~
Write a regex to pull the assignee out of these lines:

[⟦TICKET⟧] assigned to ⟦P1⟧ by ⟦P2.handle⟧
[⟦TICKET⟧] assigned to ⟦P3.lf⟧ by ⟦P2.handle⟧
[⟦TICKET⟧] unassigned (was: ⟦P4⟧)
~~~
can you convert this contacts export to vCard?

Name,Mobile,Email,Birthday
⟦P1⟧,⟦PHONE⟧,⟦P1.email⟧,⟦DOB:iso⟧
⟦P2⟧,⟦PHONE⟧,,⟦DOB:iso⟧
⟦P3.nick⟧ (gym),⟦PHONE⟧,,
~~~
Why is my jest test snapshot different?

- "greeting": "Hello, ⟦P1.first⟧!",
+ "greeting": "Hello, ⟦P1.upper⟧!",
  "manager": "⟦P2⟧",
~~~
# Contributors
- ⟦P1⟧ (@⟦P1.handle⟧) – original author
- ⟦P2⟧ – docs
- ⟦P3.init⟧ – ⟦TOOL⟧ plugin
- ⟦P4⟧ <⟦P4.email⟧> – Windows support

sort alphabetically by last name pls
~~~
Here's the export from our volunteer rota spreadsheet, who's doing too many shifts?

Shift⇥Mon⇥Tue⇥Wed⇥Thu⇥Fri
AM⇥⟦P1.first⟧⇥⟦P2.first⟧⇥⟦P1.first⟧⇥⟦P3.first⟧⇥⟦P1.first⟧
PM⇥⟦P4.first⟧⇥⟦P1.first⟧⇥⟦P5.first⟧⇥⟦P4.first⟧⇥⟦P2.first⟧
~~~
Can you help me write a bash script to bulk-add these users?

useradd -c "⟦P1⟧" ⟦P1.handle⟧
useradd -c "⟦P2⟧" ⟦P2.handle⟧
useradd -c "⟦P3⟧,Room ⟦NUM⟧,⟦PHONE⟧" ⟦P3.handle⟧
~~~
Jira export, group by reporter:

Key,Summary,Reporter,Assignee,Created
⟦TICKET⟧,"Can't upload avatar",⟦P1⟧,⟦P2⟧,⟦TS⟧
⟦TICKET⟧,"Password reset email never arrives",⟦P3⟧,⟦P2⟧,⟦TS⟧
⟦TICKET⟧,"Typo on pricing page",⟦P1⟧,,⟦TS⟧
~~~
is this terraform right? 

resource "aws_iam_user" "dev" {
  name = "⟦P1.handle⟧"
  tags = {
    Owner = "⟦P1⟧"
    CostCenter = "⟦NUM⟧"
  }
}
# access key for ⟦P1.first⟧: ⟦APIKEY:aws⟧ / ⟦AWS⟧
~~~
Our HR system export is messy, normalise names to "First Last":

emp_no;name;kin;kin_phone
00412;⟦P1.LG⟧;⟦P2⟧;⟦PHONE⟧
00413;⟦P3.lf⟧;⟦P4⟧;⟦PHONE⟧
00414;⟦P5.upper⟧;;
~~~
Explain the error:

Traceback (most recent call last):
  File "sync.py", line 42, in <module>
    send_welcome(user="⟦P1⟧", to="⟦P1.email⟧")
  File "mailer.py", line 17, in send_welcome
    raise SMTPRecipientsRefused({to: (550, b'User unknown')})
~~~
""".strip()

EN_FORMS = r"""
Fill this form in for my mum, I'll give you the details:

Name: ⟦P1f⟧
DOB: ⟦DOB⟧
Phone: ⟦PHONE⟧
Address: ⟦ADDR⟧
Emergency contact: ⟦P2m⟧ (son) ⟦PHONE⟧
~~~
make my email signature look nicer:

⟦P1⟧ | Senior Account Manager
⟦CO⟧ UK Ltd
m: ⟦PHONE⟧
e: ⟦P1.wemail⟧
Assistant: ⟦P2⟧
~~~
From: "⟦P1.lf⟧" <⟦P1.wemail⟧>
To: "⟦P2.lf⟧" <⟦P2.wemail⟧>
Subject: Re: offer letter

⟦P2.first⟧, see attached. ⟦P3⟧ needs it signed by ⟦DATE⟧.

what's the polite way to ask for a later start date?
~~~
Shipping label is printing wrong, can you tell me which field is misaligned?

SHIP TO:
⟦P1.upper⟧
⟦ADDRML⟧
Tel: ⟦PHONE⟧
Order: ⟦ORDER⟧   Tracking: ⟦TRACK⟧
~~~
Patient intake – please check for missing fields

Full name: ⟦P1⟧
Preferred name: ⟦P1.nick⟧
Date of birth: ⟦DOB⟧
Mobile: ⟦PHONE⟧
Email: ⟦P1.email⟧
GP: Dr ⟦P2⟧
Next of kin: ⟦P3⟧ – ⟦PHONE⟧
~~~
⟦!us⟧Help me fill out a W-9 for my nanny? Her info:
Name: ⟦P1f⟧
SSN: ⟦SSN⟧
Address: ⟦ADDR:us⟧
She also has a cousin ⟦P2m⟧ who only has an ITIN (⟦ITIN⟧), can he do the same form?
~~~
Is this a phishing email??

From: "⟦P1⟧ - IT Support" <⟦EMAIL⟧>
Hi ⟦P2.first⟧, your mailbox is full. Confirm your password here within 24h or it will be deleted. Regards, ⟦P1.first⟧
~~~
Rental application — can you check I haven't missed anything before I send?

Applicant 1: ⟦P1⟧, born ⟦DOB⟧, ⟦PHONE⟧
Applicant 2: ⟦P2⟧, born ⟦DOB⟧, ⟦PHONE⟧
Current address: ⟦ADDR⟧
Current landlord: ⟦P3⟧ (⟦PHONE⟧)
Employer ref: ⟦P4⟧, ⟦P4.wemail⟧
~~~
Which of these contacts are duplicates?

⟦P1⟧ — ⟦PHONE#1⟧
⟦P1.init⟧ — ⟦PHONE#1⟧
⟦P2⟧ — ⟦PHONE⟧
⟦P1.nick⟧ (work) — ⟦P1.wemail⟧
~~~
Return label:
FROM: ⟦P1⟧, ⟦ADDR⟧
TO: ⟦CO⟧ Returns Centre, Unit 4, ⟦~Kingsway⟧ Industrial Estate
RMA ⟦ORDER⟧

will this work if I print it at home?
~~~
Translate this form label by label into Arabic (keep the values):

Passenger: ⟦P1.LG⟧
Date of birth: ⟦DOB⟧
Passport no.: ⟦PASSPORT⟧
Contact: ⟦PHONE⟧ / ⟦P1.email⟧
~~~
Pls check my visa application answers for consistency:

Surname: ⟦P1.ulast⟧
Given names: ⟦P1.first⟧
Date of birth: ⟦DOB:dmy⟧
Passport number: ⟦PASSPORT⟧
Father's name: ⟦P2m~1⟧
Mother's name: ⟦P3f⟧
Sponsor in UK: ⟦P4⟧, ⟦ADDR:uk⟧
~~~
Car hire booking – does the second driver need to be on the form?

Main driver: ⟦P1⟧, licence ⟦DL⟧, DOB ⟦DOB⟧
Additional driver: ⟦P2⟧, licence ⟦DL⟧
Card on file: ⟦CARD⟧
~~~
Email sig for my dad's business, he wants it "professional":

⟦P1m.upper⟧
Director, ⟦P1.last⟧ & Sons Plumbing
📞 ⟦PHONE⟧ | ✉️ ⟦P1.email⟧
⟦ADDR⟧
~~~
Registration form for the summer camp — can you check the medical section?

Child: ⟦P1⟧   DOB: ⟦DOBK⟧
Parent/guardian 1: ⟦P2~1⟧ ⟦PHONE⟧
Parent/guardian 2: ⟦P3⟧ ⟦PHONE⟧
Authorised to collect: ⟦P4⟧, ⟦P5f.first⟧ (grandma)
Allergies: penicillin
~~~
From: ⟦P1⟧ <⟦P1.email⟧>
Reply-To: ⟦P2.email⟧
To: undisclosed-recipients

can you tell why the reply-to is different? is this spam? I know a ⟦P1.first⟧ from school
~~~
My business card, can you make a LinkedIn headline from it?

⟦P1.upper⟧
Clinical Psychologist (DClinPsy)
⟦PHONE⟧ · ⟦P1.wemail⟧
⟦ADDR⟧
~~~
Bank form wants "beneficiary details", is this enough?

Beneficiary name: ⟦P1f⟧
IBAN: ⟦IBAN⟧
Relationship: sister
Reference: rent ⟦~May⟧
~~~
Could you check this delivery note? the courier says the name doesn't match

Deliver to: ⟦P1.lf⟧
c/o ⟦P2⟧
⟦ADDRML⟧
Mobile ⟦PHONE⟧
~~~
Guest registration — hotel asks for these, is it normal?

Guest 1: ⟦P1⟧, ⟦DOB⟧, passport ⟦PASSPORT⟧
Guest 2: ⟦P2⟧, ⟦DOB⟧, passport ⟦PASSPORT⟧
Arrival ⟦DATE⟧, room ⟦NUM⟧
~~~
Please reply to this auto-email for me:

Dear ⟦P1⟧,
Thank you for registering. Your member number is ⟦ORDER⟧. Your account manager is ⟦P2⟧ (⟦PHONE⟧).
~~~
⟦!us⟧Can you help me understand this tax notice? It says:

Taxpayer: ⟦P1⟧   SSN: ⟦SSN⟧
Spouse: ⟦P2~1⟧   SSN: ⟦SSN⟧
Dependent: ⟦P3~1⟧ (DOB ⟦DOBK⟧)
Amount due: ⟦PRICE⟧
~~~
Parcel got sent back. Label said:

⟦P1⟧
⟦ADDRML⟧
⟦PHONE⟧

and the driver wrote "no such person at address". My partner is ⟦P2⟧ and we live there?? what do I do
~~~
""".strip()

EN_SECONDARY = r"""
write a welcome note for our airbnb guests:

Hi ⟦P1.first⟧! Welcome 🏡
Wifi: ⟦~HomeNet_5G⟧ / pw: ⟦WIFI⟧
Door code: ⟦DOOR⟧ (press the key symbol after)
Bins go out ⟦~Wednesday⟧ night. If anything breaks call me (⟦P2.first⟧) on ⟦PHONE⟧ or my cousin ⟦P3⟧ who lives round the corner.
~~~
My brother ⟦P1m.first⟧ wants to send me money from Germany. He says give him my IBAN. Is it safe to just text it? It's ⟦IBAN⟧. Account name ⟦P2⟧.
~~~
I think someone used my card. Statement shows ⟦CARD⟧ charged ⟦PRICE⟧ at ⟦CO⟧ on ⟦DATE⟧. Only my partner ⟦P1⟧ knows the PIN (⟦PIN⟧). Write me a dispute letter to the bank
~~~
⟦!us⟧I'm helping my grandma ⟦P1f⟧ do her taxes. Her SSN is ⟦SSN⟧ and she was born ⟦DOBO⟧. Can she still claim my aunt ⟦P2f~1.first⟧ as a dependent if ⟦P2.first⟧ lives with her?
~~~
⟦!us⟧My husband ⟦P1m⟧ doesn't have an SSN yet, he has an ITIN: ⟦ITIN⟧. Mine is ⟦SSN⟧. Can we file jointly? We married ⟦DATE⟧.
~~~
Can you explain these router logs? I think my neighbour's kid is on our wifi.

⟦TS⟧ DHCP ACK ⟦IPPRIV⟧ ⟦MAC⟧ "⟦P1.first⟧s-iPhone"
⟦TS⟧ DHCP ACK ⟦IPPRIV⟧ ⟦MAC⟧ "Galaxy-A52"
⟦TS⟧ DHCP ACK ⟦IPPRIV⟧ ⟦MAC⟧ "⟦P2.upper⟧-PC"
⟦TS⟧ WAN up, public IP ⟦IP⟧
~~~
Someone logged into my Instagram from ⟦IP⟧ at ⟦TIME⟧. My ex ⟦P1m⟧ lives in ⟦CITYNAME⟧, could it be him? The recovery code they sent me is ⟦RCODE⟧, do I need to keep it secret?
~~~
My uncle ⟦P1m⟧ wants me to send ⟦PRICE⟧ in bitcoin to ⟦BTC⟧ for a "guaranteed" investment his friend ⟦P2m⟧ runs. Sounds like a scam right?
~~~
Help me write a message to ⟦P1f⟧: I sent 0.4 ETH to ⟦ETH⟧ like she asked but she says she got nothing. Tx hash was ⟦SHA:full⟧. What do I check?
~~~
is it ok that my manager ⟦P1m⟧ asked me to share my login? username ⟦P2.handle⟧, password ⟦PW⟧. he said ⟦P3.first⟧ does it too. feels wrong
~~~
config.py — why does this connect to the wrong db?

DB_HOST = "⟦IPPRIV⟧"
DB_USER = "⟦P1.handle⟧"
DB_PASS = "⟦PW⟧"  # ⟦P1.first⟧ said rotate after launch
OPENAI_API_KEY = "⟦APIKEY:oa⟧"
~~~
Our shared doc has all the family passwords lol, should we use a password manager instead?

Netflix – ⟦P1.first⟧'s email / ⟦PW⟧
Wifi – ⟦WIFI⟧
Garage – ⟦DOOR⟧
Grandma's phone PIN – ⟦PIN⟧ (⟦P2.first⟧ set it)
~~~
My friend ⟦P1f⟧ is travelling and lost her passport (no. ⟦PASSPORT⟧). She was born ⟦DOB⟧. What does she need to bring to the embassy? Her husband ⟦P2m~1.first⟧ has a copy of the photo page.
~~~
Car insurance renewal — check the details are right:

Policyholder: ⟦P1⟧
Licence: ⟦DL⟧
Named driver: ⟦P2⟧ (licence ⟦DL⟧), DOB ⟦DOB⟧
Vehicle: ⟦~Ford Focus⟧
~~~
slack bot token leaked in #general by ⟦P1.first⟧ 😬 it was ⟦APIKEY:slack⟧ — what do I do first? ⟦P2f⟧ is the workspace admin but she's on PTO
~~~
Which of these payments look suspicious? Card ending in the one ⟦P1.first⟧ uses.

⟦DATE:iso⟧  ⟦CO⟧          ⟦PRICE⟧
⟦DATE:iso⟧  ⟦CO⟧          ⟦PRICE⟧
⟦DATE:iso⟧  TRANSFER ⟦P2.upper⟧ ⟦PRICE⟧
card: ⟦CARD⟧
~~~
Is this a scam text?

"Dear ⟦P1⟧, your ⟦CO⟧ parcel ⟦TRACK⟧ is on hold. Pay ⟦PRICE⟧ customs fee: reply with card number + CVV. Agent ⟦P2⟧"
~~~
I need to send my rent to my landlord ⟦P1m⟧ but his IBAN looks weird: ⟦IBAN⟧. Is that a valid format? He's in ⟨Spain|Portugal|France|Germany|the Netherlands|Poland⟩.
~~~
SSH keeps failing. ⟦P1⟧ added my key but:

$ ssh ⟦P2.handle⟧@⟦IP⟧
Permission denied (publickey).
the box's mac in the dhcp table is ⟦MAC⟧ if that matters
~~~
How do I reset the alarm? The installer ⟦P1⟧ gave us master code ⟦PIN⟧ and user code ⟦PIN⟧ for my daughter ⟦P2f.first⟧. Panel is a ⟦~Honeywell⟧ 8-zone.
~~~
⟦!us⟧Can you check if this pay stub is right? 
Employee: ⟦P1⟧   SSN: ⟦SSN⟧   Emp #⟦NUM⟧
Employer: ⟦CO⟧
Period: ⟦DATE⟧ – ⟦DATE⟧
~~~
Please write a message to the team: ⟦P1⟧ accidentally pasted the prod API key (⟦APIKEY⟧) in the ⟦TOOL⟧ channel. ⟦P2⟧ has rotated it. Don't use old builds.
~~~
We're splitting the bill for ⟦P1.first⟧'s birthday dinner. Send your share to my account:
Name: ⟦P2⟧
IBAN: ⟦IBAN⟧
Or PayPal ⟦P2.email⟧. ⟦P3.first⟧ already paid!
~~~
My father ⟦P1m⟧ (DOB ⟦DOBO⟧) died last month. The bank wants his card number (⟦CARD⟧) and passport number (⟦PASSPORT⟧) to close the account. My brother ⟦P2m~1⟧ is executor. What else do we need?
~~~
The pharmacy portal wants my mum's login. Username is ⟦P1.email⟧ and password ⟦PW⟧. She's ⟦P1f⟧, DOB ⟦DOB⟧. Can you walk me through ordering her repeat prescription?
~~~
whats wrong with this nginx allowlist? ⟦P1.first⟧'s laptop can't connect

allow ⟦IP⟧;    # ⟦P1⟧ home
allow ⟦IP⟧;    # ⟦P2⟧ office
allow ⟦IP6⟧;   # ⟦P3.init⟧ vpn
deny all;
~~~
Our DHCP reservations, can you turn into a table?

host ⟦P1.lfirst⟧-laptop { hardware ethernet ⟦MAC⟧; fixed-address ⟦IPPRIV⟧; }
host ⟦P2.lfirst⟧-printer { hardware ethernet ⟦MAC⟧; fixed-address ⟦IPPRIV⟧; }
host kitchen-tv { hardware ethernet ⟦MAC⟧; fixed-address ⟦IPPRIV⟧; }
~~~
My colleague ⟦P1f⟧ sent me her 2FA backup codes to "hold onto" while she changes phones:
⟦RCODE⟧
⟦RCODE⟧
⟦RCODE⟧
Is it safe to keep them in my notes app?
~~~
I'm ⟦P1m⟧'s executor. Found a paper wallet in his drawer, it says ⟦BTC⟧ and a seed phrase. How do I check the balance safely? My sister ⟦P2f~1.first⟧ wants to just sell it.
~~~
github token in a screenshot ⟦P1.first⟧ posted on twitter: ⟦APIKEY:gh⟧. how bad is this? ⟦P2⟧ says just delete the tweet
~~~
Driver's licence renewal form — which box is the licence number?

Name ⟦P1.LG⟧    DOB ⟦DOB⟧
Licence no. ⟦DL⟧
Address ⟦ADDR⟧
~~~
My sister ⟦P1f⟧ gave me her bank login to pay bills while she's in hospital. Login: ⟦P1.handle⟧ / ⟦PW⟧, security answer "⟦~Biscuit⟧". Is it legal for me to use it? Her husband ⟦P2m~1.first⟧ is abroad.
~~~
""".strip()

EN_CHAT = r"""
lol ⟦P1.lfirst⟧'s car broke down again so ⟦P2.lnick⟧ had to drive everyone 😂 what's a funny caption for this pic
~~~
can u help me write a bday msg for ⟦P1f.nick⟧ 🎂 shes turning 30 and she loves ⟦~The Great British Bake Off⟧
~~~
ok so ⟦P1.upper⟧ JUST TEXTED ME after 6 months. "hey stranger 👀". do i reply??
~~~
rate my excuse: "sorry ⟦P1.lfirst⟧ cant make it tonight, ⟦P2.lfirst⟧'s dog ate something weird and we're at the vet" 
~~~
how do i tell ⟦P1m⟧ (the intern) that his emails are too long without crushing him 😭
~~~
quick: is "⟦P1.last⟧-⟦P2.last⟧" or "⟦P2.last⟧-⟦P1.last⟧" better for our baby's double-barrelled surname? ⟦P3.first⟧ says alphabetical
~~~
⟦P1.inits⟧ and ⟦P2.inits⟧ are fighting in the group chat again, write a neutral msg to calm everyone down
~~~
translate to english: "⟦P1.first⟧ ka phone band hai, ⟦P2.first⟧ ko bolo ghar aa jaye"
~~~
whats a nice gift for my PI, Prof ⟦P1f.last⟧? budget ⟦PRICE⟧. ⟦P2.first⟧ suggested wine but I think she doesn't drink
~~~
is "Dear ⟦P1.first⟧" or "Dear Dr ⟦P1.last⟧" better for a first email to a professor? his name is ⟦P1m⟧
~~~
Replace every name in this with ⟦~<NAME>⟧ for me:
"⟦P1⟧ met ⟦P2f⟧ at the ⟦CO⟧ Foundation gala and introduced her to ⟦P4⟧."
~~~
The doc already has ⟦~[REDACTED]⟧ where the client's name was but I missed one: "as ⟦P1.first⟧ mentioned on the call". Can you check the rest of the paragraph for names? "⟦~[REDACTED]⟧ said the ⟦CO⟧ deal closes ⟦DATE⟧; ⟦P2⟧ disagreed."
~~~
ugh ⟦P1.lnick⟧ keeps liking my old pics. ex from 2019. ⟦P2.lnick⟧ says block, ⟦P3.lnick⟧ says ignore. vote?
~~~
need a caption for a pic of me ⟦P1.first⟧ ⟦P2.first⟧ and ⟦P3.first⟧ at ⟦PLACE⟧ 🌉✨ something not cringe
~~~
how to pronounce ⟦P1⟧? new manager starts monday and i dont want to mess it up
~~~
is it rude to call my boss ⟦P1f.nick⟧ if everyone else does? her full name is ⟦P1⟧ and she signs emails "⟦P1.init⟧"
~~~
my sister named her son ⟦P1m.full3⟧ and everyone's calling him "⟦P1.typo⟧". is it mean to correct them lol
~~~
write a short poem for ⟦P1.first⟧ & ⟦P2.first⟧'s wedding, they met at ⟦CO⟧ and both love hiking
~~~
Explain this meme my nephew ⟦P1.lfirst⟧ sent me: "⟦~when the will reading says 'to my favorite grandchild'⟧" 
~~~
my coworkers call the printer "⟦~Frank⟧" and the coffee machine "⟦~Julia⟧" lol. anyway can you help me write an email to ⟦P1⟧ asking for a new printer
~~~
⟦P1m.lfirst⟧ from the gym asked for my number and i panicked and gave him ⟦P2.lfirst⟧'s 💀💀 how do i fix this
~~~
text to send to ⟦P1.nick⟧: cant come sunday, mama ⟦P2f.first⟧ is sick, tell ⟦P3.first⟧ sorry
~~~
what do u think this means: my crush ⟦P1.lfirst⟧ replied "haha ok" to my 3 paragraph msg. ⟦P2.lfirst⟧ says its over
~~~
Write an instagram bio for my bakery. Owner: ⟦P1f⟧ (everyone calls me ⟦P1.nick⟧). Co-owner my mum ⟦P2f~1.first⟧. Open ⟦~Tue⟧–⟦~Sun⟧ at ⟦ADDR⟧
~~~
spell check: "Congradulations ⟦P1.first⟧ and ⟦P2.first⟧ on the new baby!! ⟦P3.first⟧ is beautiful 💕"
~~~
i need a name for my d&d character thats not already my friends' names (⟦P1.first⟧, ⟦P2.first⟧, ⟦P3.first⟧, ⟦P4.first⟧) 😂
~~~
whats the etiquette: ⟦P1f⟧ invited me to her wedding but not my bf ⟦P2m.first⟧. we've been together 3 yrs
~~~
help! i called my girlfriend's mum "⟦P1f.first⟧" instead of "Mrs ⟦P1.last⟧" and she went quiet. how bad is this (we're ⟨nigerian|korean|indian|ghanaian|filipino⟩)
~~~
so ⟦P1m.lfirst⟧ + ⟦P2f.lfirst⟧ = dating?? i saw them at ⟦PLACE⟧ holding hands. do i tell ⟦P3.lfirst⟧ (his ex)
~~~
Recommend a book for my dad ⟦P1m.first⟧, he liked "⟦~A Gentleman in Moscow⟧" and anything about WW2
~~~
thank-you text for my neighbour ⟦P1f.first⟧ who watered my plants (esp. the ⟦~sweet william⟧ lol) while I was away
~~~
my kid's friend's mum ⟦P1f⟧ keeps adding me to MLM groups 🙄 how to leave without drama. her kid ⟦P2~1.first⟧ is really sweet tho
~~~
name ideas for a puppy? my mom ⟦P1f.first⟧ wants "⟦~Bob⟧", my brother ⟦P2m.first⟧ wants "⟦~Kevin⟧". no
~~~
Is it weird that my colleague ⟦P1⟧ calls me "⟦P2.nick⟧" when only my family does? My full name is ⟦P2⟧.
~~~
ahhh ⟦P1.upper⟧ AND ⟦P2.upper⟧ ARE ENGAGED!!! write me something for the card 🥹
~~~
my dads friend ⟦P1m⟧ (we call him uncle ⟦P1.nick⟧) passed away. what do i write on the flowers card
~~~
i keep mixing up my students ⟦P1.first⟧ and ⟦P2.first⟧ (twins, ⟦P1.last⟧ family). any memory tricks?
~~~
rewrite nicer: "⟦P1.first⟧ u owe me for the uber, ⟦PRICE⟧, send it to ⟦PHONE⟧ on gcash"
~~~
what's a polite way to tell ⟦P1.first⟧ from church that I can't babysit ⟦P2.first⟧ and ⟦P3.first⟧ every sunday anymore
~~~
Explain to my grandma ⟦P1f.first⟧ how to video call my cousin ⟦P2.first⟧ in simple steps, she uses a ⟦CO⟧ tablet
~~~
bro ⟦P1m.lfirst⟧ really said "its giving ⟦~frank discussion⟧" in the team meeting 😭 is that even a phrase
~~~
can you fix this sentence: "Me and ⟦P1.first⟧ was going to the store when ⟦P2⟧ called."
~~~
my therapist said to write a letter to my late brother ⟦P1m⟧ that I won't send. help me start it. he was born ⟦DOB⟧ and died ⟦DATE⟧
~~~
who should i invite as godparents? options: ⟦P1⟧, ⟦P2⟧, my sister ⟦P3f.first⟧, ⟦P4.nick⟧ from uni
~~~
hi! my son ⟦P1m.first⟧ (8) wants to email his hero at school, Mr ⟦P2m.last⟧ the science teacher. can you help him write it lol
~~~
hey i need a funny roast for ⟦P1m.first⟧'s 40th. things about him: bald, obsessed with his ⟦CO⟧ truck, wife ⟦P2f.first⟧ does all the cooking
~~~
pls make a shopping list from this voice note: "ok so ⟦P1.first⟧ wants the gluten free bread, ⟦P2.first⟧ needs nappies size 4, and get the ⟦~Ben & Jerry's⟧ for ⟦P3.first⟧"
~~~
""".strip()

EN_MORE = r"""
Long story, sorry. My wife ⟦P1f⟧ and I run a small restaurant in ⟦CITYNAME⟧. Our head chef ⟦P2m⟧ has been with us 9 years. Last month we hired ⟦P3m.first⟧, ⟦P2.first⟧'s nephew, as a line cook. Since then:
- ⟦P3.first⟧ is late 3-4 times a week
- ⟦P2.first⟧ covers for him and changes the rota
- our server ⟦P4f.first⟧ says ⟦P3.first⟧ made comments about her
- ⟦P1.first⟧ wants to fire ⟦P3.first⟧, I'm worried we lose ⟦P2.first⟧ too
How should we approach this? We're in ⟨Texas|Ontario|Queensland|Lagos|Nairobi|Cebu⟩.
~~~
Need help writing to the school board. Background:
My daughter ⟦P1f.first⟧ (grade 9) was suspended after a fight with ⟦P2f⟧. Video shows ⟦P2.first⟧ started it. The principal, Mr. ⟦P3m.last⟧, won't look at the video. ⟦P2.first⟧'s mom ⟦P4f~2⟧ is on the PTA board. Counselor ⟦P5⟧ agrees with us privately.
~~~
I'm a teacher and need to write to parents. Can you make it gentle?

"Dear ⟦P1⟧ and ⟦P2⟧, I wanted to let you know that ⟦P3m.first⟧ has been struggling to settle in since moving from ⟦P4⟧'s class. He is kind to others, especially ⟦P5.first⟧ and ⟦P6.first⟧, but..."
~~~
My dad's WhatsApp, what is he trying to say 😂

Dad: ⟦P1.first⟧ call me
Dad: urgent
Dad: not urgent
Dad: ur aunty ⟦P2f.first⟧ is asking for ⟦P3.first⟧ s number
Dad: ⟦P3.first⟧ your cousin
Dad: the tall one
Dad: ok ⟦P4.first⟧ gave it
~~~
I'm an ER nurse writing a reflective essay. Please anonymise this paragraph before I submit it:

"At 03:10, ⟦P1m⟧, a ⟦AGE⟧-year-old man from ⟦CITYNAME⟧, arrived with his daughter ⟦P2f~1.first⟧. Dr ⟦P3.last⟧ was in resus so I escalated to ⟦P4⟧, the registrar. ⟦P1.first⟧'s wife ⟦P5f~1⟧ arrived later and told us his date of birth (⟦DOBO⟧) because he couldn't."
~~~
Help me respond to a Facebook marketplace buyer. He says he sent the money but I see nothing:

⟦P1m⟧: sent ⟦PRICE⟧ to ⟦P2.email⟧ on paypal
⟦P1m⟧: my cousin ⟦P3.first⟧ will pick up the sofa at ⟦ADDR⟧
⟦P1m⟧: ok?
~~~
Sorry for the messy paste, this is from my grandad's address book, can you put it into a spreadsheet?

⟦P1⟧ .......... ⟦PHONE⟧
Mr & Mrs ⟦P2.last⟧ .. ⟦ADDR⟧
⟦P3.init⟧ (church) ⟦PHONE⟧
Dr ⟦P4.last⟧ (surgery) ⟦PHONE⟧
⟦P5.nick⟧ + ⟦P6.first⟧ – Christmas card only
~~~
Workplace conflict: two of my direct reports, ⟦P1⟧ and ⟦P2⟧, both want the ⟦CITYNAME⟧ relocation slot. ⟦P1.first⟧ has seniority; ⟦P2.first⟧ has the relevant language skills. My boss ⟦P3⟧ says "your call". ⟦P4⟧ from HR says I need documented criteria. Help me write a fair criteria doc.
~~~
hey so my landlord ⟦P1⟧ texted me this and I need to know if it's legit:

"Hi ⟦P2.first⟧, due to new market rate rules I need to increase the rent. Also the new agent ⟦P3⟧ will do an inspection ⟦DATE⟧. Please leave keys with ⟦P4.first⟧ at no. 5"
~~~
Translate to Tagalog for my helper ⟦P1f@tl.first⟧:

"⟦P1.first⟧, please pick up ⟦P2.first⟧ from school at 3:30. ⟦P3m.first⟧ has swimming, his coach ⟦P4⟧ will bring him home. Dinner money is in the drawer. Thank you!"
~~~
Can you write this in Swahili for our watchman? "⟦P1.first⟧, don't open the gate for ⟦P2⟧ anymore. Only ⟦P3.first⟧ and ⟦P4.first⟧ are allowed. Call me on ⟦PHONE⟧ if there's a problem."
~~~
Email from my son's school in Japan, can you help me reply in simple English they'll understand? Teacher is ⟦P1@ja.last⟧ sensei, my son is ⟦P2m.first⟧, his friend ⟦P3@ja.first⟧-kun was hurt.
~~~
I'm organising a reunion for our 1999 class. Found some people, can you draft an invite?
- ⟦P1f⟧ (now goes by ⟦P2.last⟧ — married ⟦P2⟧!)
- ⟦P3⟧ – lives in ⟦CITYNAME⟧
- "Big" ⟦P4m⟧
- ⟦P5.init⟧, couldn't find anyone else with that name
~~~
What's the best way to ask my cousin ⟦P1m@ar⟧ to stop posting our family photos? His mum (my aunt ⟦P2f~1@ar.first⟧) is very close to my mum and I don't want to make things weird.
~~~
Help me decode this text from my Korean mother-in-law ⟦P1f@ko⟧ (I'm learning): she called my husband ⟦P2m~1@ko.first⟧-ya and me "⟦P3.first⟧ ssi". Is that formal?
~~~
My mum ⟦P1f@tl⟧ wants to bring her sister ⟦P2f~1@tl⟧ to Canada. What's the process? ⟦P2.first⟧ was born ⟦DOB⟧ and is in Cebu. I'm a PR. My partner ⟦P3⟧ can sponsor too.
~~~
So there's drama in our building. ⟦P1⟧ on the 3rd floor accused ⟦P2⟧ (4th) of stealing packages. ⟦P2.first⟧ says it's the ⟦CO⟧ driver. The building manager, ⟦P3m⟧, posted CCTV stills in the lift. Can he do that? We're at ⟦ADDR⟧.
~~~
I need to write a resignation letter to ⟦P1⟧. I've been here since ⟦DATE⟧. Want to thank ⟦P2⟧ and ⟦P3.first⟧ by name. Last day ⟦DATE⟧.
~~~
Got this on LinkedIn, is it a scam?

"Hi ⟦P1.first⟧! I'm ⟦P2⟧, recruiter at ⟦CO⟧. ⟦P3⟧ recommended you for a remote role, $95/h. Please send your full name, DOB and a copy of your licence to ⟦P2.email⟧ and WhatsApp me on ⟦PHONE⟧."
~~~
Please help me with a message to ⟦P1m@ig⟧'s family. He was my student and I just heard he passed. His sister ⟦P2f~1@ig.first⟧ posted the news. I taught him at ⟦PLACE⟧ in 2015.
~~~
My Russian colleague ⟦P1m@ru.full3⟧ signs emails "⟦P1.gp⟧". Should I address him by that, or just ⟦P1.first⟧? Everyone else calls him ⟦P1.nick⟧.
~~~
Can you fix the Spanish in this note to my neighbour ⟦P1@mx.first⟧? "Hola ⟦P1.first⟧, mi hija ⟦P2f.first⟧ perdió su gato. Si lo ve, llame a ⟦PHONE⟧. Gracias, ⟦P3⟧"
~~~
I'm writing a speech for my mentor's retirement. Notes:
⟦P1f⟧, 34 years at ⟦CO⟧, started on the factory floor
hired me AND ⟦P2.first⟧ AND ⟦P3.first⟧
famous for her "⟦~Friday⟧ biscuits"
her husband ⟦P4m~1⟧ will be there, kids ⟦P5~1.first⟧ and ⟦P6~1.first⟧
~~~
I think my manager ⟦P1⟧ is reading my emails. IT guy ⟦P2.first⟧ said "only admins can", and ⟦P1.first⟧ was made admin on ⟦DATE⟧ by ⟦P3⟧. Is this legal in ⟨the EU|Germany|France|the UK|Ireland⟩?
~~~
Family tree help: who is my second cousin?
- Great-grandma ⟦P1f⟧ had ⟦P2m~1.first⟧ and ⟦P3f~1.first⟧
- ⟦P2.first⟧ → my grandpa ⟦P4m~1.first⟧ → my dad ⟦P5m~1.first⟧ → me
- ⟦P3.first⟧ married ⟦P6m⟧ → ⟦P7~6.first⟧ → ⟦P8~6.first⟧ (born ⟦DOB⟧)
~~~
""".strip()

DE = r"""
Ich brauch mal nen Rat. Meine Schwiegermutter ⟦P1f.first⟧ ruft jeden Abend um 22 Uhr an und mein Mann ⟦P2m.first⟧ geht immer ran. Letzte Woche hat sie unserer Tochter ⟦P3f.first⟧ erzählt, dass ich "zu streng" bin. Wie spreche ich das an, ohne dass es eskaliert?
~~~
Kannst du diese Mail bitte höflicher formulieren?

Hallo Frau ⟦P1f.last⟧,
die Nebenkostenabrechnung für ⟦DATE⟧ ist immer noch falsch. Herr ⟦P2m.last⟧ von der Hausverwaltung hat mir am Telefon was anderes gesagt. Ich erwarte eine Korrektur bis ⟦DATE⟧.
Gruß ⟦P3⟧
~~~
Fass bitte zusammen, was in der Gruppe beschlossen wurde:

[⟦DATE:dot#1⟧, 18:02:44] ⟦P1⟧: Wer bringt was mit am Samstag?
[⟦DATE:dot#1⟧, 18:05:10] ⟦P2.first⟧: Ich mach Kartoffelsalat 🥔
[⟦DATE:dot#1⟧, 18:06:31] ⟦P3⟧: ⟦P4.first⟧ und ich bringen Getränke
[⟦DATE:dot#1⟧, 18:09:02] ⟦P1⟧: Super. Adresse nochmal: ⟦ADDR⟧
~~~
Protokoll Teammeeting ⟦DATE⟧
Anwesend: ⟦P1⟧, ⟦P2⟧, ⟦P3.init⟧, ⟦P4.first⟧ (remote)
Entschuldigt: ⟦P5⟧

TOP 1: Release ⟦VER⟧ verschiebt sich, ⟦P2.first⟧ klärt mit ⟦CO⟧.
TOP 2: Urlaubsplanung – ⟦P4.first⟧ fehlt KW 32.

Aufgaben:
- ⟦P1.first⟧ + ⟦P3.last⟧: Präsentation bis Freitag
- ⟦P2.last⟧: Angebot von ⟦CO⟧ einholen

Bitte in eine saubere Mail an alle umwandeln.
~~~
Formular – passt das so?

Name, Vorname: ⟦P1.lf⟧
Geburtsdatum: ⟦DOB⟧
Anschrift: ⟦ADDR⟧
Telefon: ⟦PHONE⟧
IBAN: ⟦IBAN⟧
Kontoinhaber: ⟦P2~1⟧
~~~
Hilf mir bitte bei einer Kündigung. Vermieter ist Herr ⟦P1m⟧, ⟦ADDRML⟧. Wir (⟦P2⟧ und ⟦P3⟧) wohnen seit ⟦DATE⟧ in der Wohnung. Kündigungsfrist 3 Monate. Die Kaution hat damals ⟦P2.first⟧s Vater überwiesen.
~~~
Schreib das Arbeitszeugnis etwas wohlwollender:

"Frau ⟦P1f⟧, geboren am ⟦DOB⟧, war vom ⟦DATE⟧ bis ⟦DATE⟧ in unserer Abteilung tätig. Sie erledigte die ihr übertragenen Aufgaben zu unserer Zufriedenheit. Mit ihrem Vorgesetzten, Herrn ⟦P2m.last⟧, arbeitete sie korrekt zusammen."
⟦P3⟧, Personalleitung
~~~
kurze frage: mein kollege ⟦P1m.lfirst⟧ hat im teams-chat das wlan-passwort vom büro gepostet (⟦WIFI⟧) und ⟦P2.lfirst⟧ aus der it ist sauer. muss ich das melden?
~~~
Übersetz das bitte ins Englische für unsere neue Kollegin ⟦P1f⟧:

"Liebe ⟦P1.first⟧, willkommen im Team! Dein Ansprechpartner ist ⟦P2⟧ (Tel. ⟦PHONE⟧). Schlüssel bekommst du bei Frau ⟦P3f.last⟧ am Empfang. Türcode Lager: ⟦DOOR⟧."
~~~
""".strip()

FR = r"""
J'ai besoin d'un conseil. Ma belle-mère ⟦P1f.first⟧ débarque chez nous sans prévenir et mon mari ⟦P2m.first⟧ ne dit jamais rien. Dimanche elle a critiqué la façon dont j'habille ⟦P3.first⟧ devant ma sœur ⟦P4f.first⟧. Comment lui en parler sans drame ?
~~~
Tu peux reformuler ce mail pour qu'il soit plus pro ?

Bonjour M. ⟦P1m.last⟧,
suite à notre échange avec Mme ⟦P2f⟧ le ⟦DATE⟧, je vous confirme que le dossier de ⟦P3⟧ est complet. Vous pouvez me joindre au ⟦PHONE⟧.
Cordialement,
⟦P4⟧
~~~
Compte rendu de réunion – ⟦DATE⟧
Présents : ⟦P1⟧, ⟦P2⟧, ⟦P3.LG⟧, ⟦P4.first⟧
Absente excusée : ⟦P5f⟧

- Budget : ⟦P2.first⟧ relance ⟦CO⟧ pour le devis
- Recrutement : ⟦P1.last⟧ et ⟦P4.first⟧ font les entretiens
Prochaine réunion ⟦DATE⟧

Mets ça au propre stp
~~~
Résume cette conversation WhatsApp :

⟦DATE:dmy#1⟧ 20:14 - ⟦P1⟧: qui récupère ⟦P2.first⟧ au foot demain ?
⟦DATE:dmy#1⟧ 20:15 - ⟦P3⟧: pas moi je bosse tard
⟦DATE:dmy#1⟧ 20:17 - ⟦P4⟧: je peux, c'est bien au stade ⟦~Jean-Bouin⟧ ?
⟦DATE:dmy#1⟧ 20:18 - ⟦P1⟧: oui merci ⟦P4.first⟧ ❤️
~~~
Vérifie ce formulaire d'inscription :

NOM : ⟦P1.ulast⟧
Prénom : ⟦P1.first⟧
Né(e) le : ⟦DOB⟧
Adresse : ⟦ADDRML⟧
Tél. : ⟦PHONE⟧
Personne à prévenir : ⟦P2⟧ (mère) – ⟦PHONE⟧
~~~
Lettre de résiliation de bail à corriger :

⟦P1⟧
⟦ADDR⟧
À l'attention de Mme ⟦P2f.LG⟧, propriétaire
Madame, je vous informe de mon intention de quitter le logement le ⟦DATE⟧. Mon colocataire ⟦P3⟧ reste jusqu'à la fin du bail.
~~~
mon coloc ⟦P1m.lfirst⟧ a donné le code de la porte (⟦DOOR⟧) à son pote ⟦P2m.lfirst⟧ sans me demander et maintenant il squatte le canapé 🙃 comment je lui dis ?
~~~
Traduis en anglais stp : "⟦P1.first⟧ m'a dit que ⟦P2⟧ avait démissionné, du coup c'est ⟦P3.first⟧ qui reprend le dossier ⟦TICKET⟧."
~~~
""".strip()

ES = r"""
Necesito un consejo. Mi suegra ⟦P1f.first⟧ se mete en todo: ayer le dijo a mi hijo ⟦P2m.first⟧ que su mamá "no cocina bien". Mi esposo ⟦P3m.first⟧ dice que es su forma de ser. ¿Cómo pongo límites sin pelearme con toda la familia?
~~~
Mejora este correo, que suene profesional:

Hola ⟦P1.first⟧,
te escribo por lo del contrato de ⟦P2⟧. Doña ⟦P3f.first⟧ dice que firmó el ⟦DATE⟧ pero no lo encuentro. ¿Me lo reenvías? Mi móvil es ⟦PHONE⟧.
Un saludo,
⟦P4⟧
~~~
Resume este chat de WhatsApp:

[⟦DATE:dmy#1⟧ 21:03] ⟦P1⟧: chicos la cena del viernes sigue en pie?
[⟦DATE:dmy#1⟧ 21:04] ⟦P2.nick⟧: sí!! yo llevo el postre
[⟦DATE:dmy#1⟧ 21:06] ⟦P3⟧: ⟦P4.first⟧ no puede, tiene guardia
[⟦DATE:dmy#1⟧ 21:07] ⟦P1⟧: vale, en casa de ⟦P2.nick⟧ entonces: ⟦ADDR⟧
~~~
Acta de la reunión de vecinos – ⟦DATE⟧
Asistentes: ⟦P1⟧ (presidenta), ⟦P2⟧, ⟦P3⟧, Sr. ⟦P4m.last⟧ (3.º B)
1. Derrama del ascensor: ⟦P2.first⟧ pedirá presupuesto a ⟦CO⟧.
2. Ruidos del 2.º izq.: se hablará con ⟦P5⟧.
Pásalo a limpio, por favor.
~~~
Revisa estos datos para la matrícula:

Nombre completo: ⟦P1⟧
Fecha de nacimiento: ⟦DOBK⟧
Padre/madre/tutor: ⟦P2~1⟧
DNI del tutor: ⟦DL:es⟧
Teléfono: ⟦PHONE⟧
Domicilio: ⟦ADDR⟧
~~~
oye mi compa ⟦P1m.lnick⟧ me pidió prestado y ahora no contesta 🙄 le mando esto? "⟦P1.nick⟧ ya van 3 meses, pásame lo que me debes a la cuenta ⟦IBAN⟧ o por bizum al ⟦PHONE⟧"
~~~
Traduce al inglés: "La doctora ⟦P1f.last⟧ dice que mi abuela ⟦P2f⟧, nacida el ⟦DOBO⟧, necesita una silla de ruedas. Mi tío ⟦P3m.nick⟧ se encarga del papeleo."
~~~
""".strip()

PT_BR = r"""
Preciso de conselho. Minha sogra ⟦P1f.first⟧ vive dando palpite na criação do ⟦P2m.first⟧ e meu marido ⟦P3m.nick⟧ não fala nada. Semana passada ela levou o menino no culto sem me avisar. Como eu converso com ela?
~~~
Melhora esse e-mail pra mim?

Oi ⟦P1.first⟧, tudo bem?
O ⟦P2m⟧ pediu pra eu te mandar os dados da ⟦P3f⟧ pro cadastro: nascida em ⟦DOB⟧, celular ⟦PHONE⟧, endereço ⟦ADDR⟧. Qualquer coisa fala com a ⟦P4f.nick⟧.
Abs, ⟦P5.first⟧
~~~
resume essa conversa do zap:

[⟦DATE:dmy#1⟧ 19:40] ⟦P1⟧: gente o churrasco é sábado ou domingo??
[⟦DATE:dmy#1⟧ 19:41] ⟦P2.nick⟧: domingo, o ⟦P3m.first⟧ trabalha sábado
[⟦DATE:dmy#1⟧ 19:43] ⟦P4⟧: pix pra carne é ⟦P4.email⟧
[⟦DATE:dmy#1⟧ 19:44] ⟦P1⟧: fechou, valeu ⟦P4.first⟧ 👍
~~~
Ata da reunião de condomínio – ⟦DATE⟧
Presentes: ⟦P1⟧ (síndica), ⟦P2⟧, ⟦P3⟧, Sr. ⟦P4m.last⟧ (apto 302)
- Portão quebrado: ⟦P2.first⟧ vai falar com a ⟦CO⟧.
- Senha nova do portão social: ⟦DOOR⟧ (não divulgar)
Pode formatar direitinho?
~~~
Corrige essa ficha:

Nome: ⟦P1.upper⟧
Data de nascimento: ⟦DOB⟧
Nome da mãe: ⟦P2f~1⟧
Nome do pai: ⟦P3m~1⟧
Telefone: ⟦PHONE⟧
~~~
meu chefe ⟦P1m⟧ mandou todo mundo usar a mesma senha no sistema (⟦PW⟧) e a ⟦P2f.first⟧ do RH achou normal. isso tá certo??
~~~
""".strip()

PT_PT = r"""
Preciso de ajuda com um email. A minha senhoria, a D. ⟦P1f⟧, quer ficar com a caução toda. Vivi lá com a ⟦P2f.first⟧ desde ⟦DATE⟧. O filho dela, o Sr. ⟦P3m~1.first⟧, fez a vistoria e disse que estava tudo bem.
~~~
Podes pôr isto mais formal?

Olá ⟦P1.first⟧,
o ⟦P2m⟧ está de baixa até ⟦DATE⟧, por isso a reunião com a ⟦P3f⟧ passa para quinta. O contacto dele é ⟦PHONE⟧.
Obrigada, ⟦P4.first⟧
~~~
Ata da reunião de pais – ⟦DATE⟧
Presentes: ⟦P1⟧, ⟦P2⟧, ⟦P3.init⟧
- Visita de estudo: a ⟦P1f.first⟧ trata do autocarro
- Festa de Natal: o ⟦P2m.first⟧ e o ⟦P4m.first⟧ compram as prendas
Passa a limpo, se faz favor.
~~~
Dados para a inscrição no ginásio, está tudo?

Nome: ⟦P1⟧
Data de nascimento: ⟦DOB⟧
Morada: ⟦ADDR⟧
Telemóvel: ⟦PHONE⟧
IBAN para débito: ⟦IBAN⟧
~~~
o meu primo ⟦P1m.lnick⟧ pediu-me o cartão emprestado e agora há uma compra de ⟦PRICE⟧ que não reconheço. o cartão é ⟦CARD⟧. ligo ao banco ou falo primeiro com ele? a tia ⟦P2f.first⟧ vai ficar chateada
~~~
Traduz para inglês: "A Dra. ⟦P1f.last⟧ pediu para a ⟦P2f⟧ trazer o cartão de cidadão e o passaporte (n.º ⟦PASSPORT⟧) na próxima consulta."
~~~
""".strip()

IT = r"""
Mi serve un consiglio. Mia suocera ⟦P1f.first⟧ si presenta ogni domenica senza avvisare e mio marito ⟦P2m.nick⟧ non dice niente. L'ultima volta ha detto a ⟦P3.first⟧ che la sua maestra, la signora ⟦P4f.last⟧, "non capisce niente". Come ne parlo?
~~~
Puoi rendere questa mail più professionale?

Ciao ⟦P1.first⟧,
il Dott. ⟦P2m.last⟧ mi ha detto che la pratica di ⟦P3⟧ è ferma. Puoi sentire la Sig.ra ⟦P4f.last⟧ in amministrazione? Il mio cell è ⟦PHONE⟧.
Grazie, ⟦P5⟧
~~~
Verbale riunione di condominio – ⟦DATE⟧
Presenti: ⟦P1⟧ (amministratore), ⟦P2⟧, ⟦P3⟧, ⟦P4.LG⟧
1. Infiltrazioni: ⟦P2.first⟧ contatta la ditta ⟦CO⟧.
2. Nuovo codice portone: ⟦DOOR⟧.
Me lo riscrivi in modo ordinato?
~~~
Riassumi questa chat:

[⟦DATE:dmy#1⟧, 20:11] ⟦P1⟧: chi porta la torta per ⟦P2.first⟧?
[⟦DATE:dmy#1⟧, 20:12] ⟦P3.nick⟧: io!! 🎂
[⟦DATE:dmy#1⟧, 20:14] ⟦P4⟧: ci vediamo da ⟦P3.nick⟧ alle 8, ⟦ADDR⟧
~~~
Controlla questo modulo:

Cognome e nome: ⟦P1.LG⟧
Nato/a il: ⟦DOB⟧ a ⟦~Bari⟧
Residenza: ⟦ADDR⟧
Patente n.: ⟦DL:it⟧
IBAN: ⟦IBAN⟧
~~~
il mio coinquilino ⟦P1m.lfirst⟧ ha dato la password del wifi (⟦WIFI⟧) a mezzo palazzo e ora va lentissimo. ⟦P2.lfirst⟧ dice di cambiarla e basta. come glielo dico?
~~~
""".strip()

NL = r"""
Ik heb advies nodig. Mijn schoonmoeder ⟦P1f.first⟧ komt elke zondag onaangekondigd langs en mijn man ⟦P2m.first⟧ zegt er niks van. Vorige week zei ze tegen ⟦P3.first⟧ dat ik "te streng" ben. Hoe pak ik dit aan?
~~~
Kun je deze mail netter maken?

Hoi ⟦P1.first⟧,
⟦P2⟧ zei dat de factuur van ⟦CO⟧ nog open staat. Kan mevrouw ⟦P3f.last⟧ van de administratie even bellen? Mijn nummer is ⟦PHONE⟧.
Groet, ⟦P4⟧
~~~
Notulen teamoverleg ⟦DATE⟧
Aanwezig: ⟦P1⟧, ⟦P2⟧, ⟦P3.init⟧
Afwezig: ⟦P4⟧
- Planning: ⟦P2.first⟧ zet de nieuwe sprint in ⟦TOOL⟧
- Actiepunt: ⟦P1.first⟧ en ⟦P3.last⟧ bellen klant
Maak er een nette samenvatting van.
~~~
Klopt dit formulier?

Naam: ⟦P1⟧
Geboortedatum: ⟦DOB⟧
Adres: ⟦ADDRML⟧
IBAN: ⟦IBAN⟧
Noodcontact: ⟦P2⟧, ⟦PHONE⟧
~~~
mijn huisgenoot ⟦P1m.lfirst⟧ heeft de deurcode (⟦DOOR⟧) aan zijn vriend ⟦P2.lfirst⟧ gegeven en die slaapt hier nu 3 nachten per week 🙄 hoe zeg ik dat
~~~
Vertaal naar het Engels: "Dhr. ⟦P1m.last⟧ belt morgen over de huur. ⟦P2.first⟧ van het makelaarskantoor komt ⟦DATE⟧ langs voor de inspectie."
~~~
""".strip()

PL = r"""
Potrzebuję rady. Moja teściowa ⟦P1f.first⟧ dzwoni codziennie, a mój mąż ⟦P2m.nick⟧ robi wszystko, co ona każe. Wczoraj nasza córka ⟦P3f.nick⟧ usłyszała od niej, że źle ją wychowuję. Jak z nią porozmawiać?
~~~
Popraw tego maila, żeby brzmiał profesjonalnie:

Dzień dobry,
pan ⟦P2m⟧ z księgowości prosił o dane nowej osoby. Imię i nazwisko: ⟦P3⟧, telefon ⟦PHONE⟧, adres ⟦ADDR⟧.
Pozdrawiam, ⟦P4⟧
~~~
Protokół z zebrania wspólnoty – ⟦DATE⟧
Obecni: ⟦P1⟧, ⟦P2⟧, ⟦P3⟧, p. ⟦P4.last⟧ (lokal 12)
1. Remont klatki: ⟦P2.first⟧ zbiera oferty.
2. Nowy kod do furtki: ⟦DOOR⟧.
Przepisz to ładnie.
~~~
mój współlokator ⟦P1m.lnick⟧ nie płaci za prąd od 3 miesięcy a jego dziewczyna ⟦P2f.lnick⟧ praktycznie tu mieszka 🙄 jak mu to powiedzieć?
~~~
Sprawdź formularz:

Imię i nazwisko: ⟦P1⟧
Data urodzenia: ⟦DOB⟧
Adres: ⟦ADDRML⟧
Nr rachunku: ⟦IBAN⟧
Osoba do kontaktu: ⟦P2~1⟧, ⟦PHONE⟧
~~~
Przetłumacz na angielski: "⟦P1.nick⟧, kierowniczka ⟦P2f⟧ mówi, że ⟦P3.first⟧ ma przyjść w sobotę. Numer do niej: ⟦PHONE⟧."
~~~
""".strip()

CS = r"""
Potřebuju poradit. Moje tchyně ⟦P1f.first⟧ chodí k nám bez ohlášení a manžel ⟦P2m.nick⟧ nic neřekne. Minule malá ⟦P3f.nick⟧ slyšela, jak říká, že ji špatně vychovávám. Jak to s ní mám probrat?
~~~
Přepiš ten e-mail formálněji:

Ahoj ⟦P1.first⟧,
pan ⟦P2m.last⟧ říkal, že ⟦P3m⟧ ještě nepodepsal smlouvu. Může mi paní ⟦P4f.last⟧ zavolat? Moje číslo je ⟦PHONE⟧.
Díky, ⟦P5.first⟧
~~~
Zápis ze schůze SVJ – ⟦DATE⟧
Přítomni: ⟦P1⟧, ⟦P2⟧, ⟦P3⟧
- Výtah: ⟦P2.first⟧ osloví firmu ⟦CO⟧
- Nový kód od vchodu: ⟦DOOR⟧
Uprav to prosím do čisté podoby.
~~~
Zkontroluj formulář:

Jméno a příjmení: ⟦P1⟧
Datum narození: ⟦DOB⟧
Bydliště: ⟦ADDR⟧
Číslo účtu (IBAN): ⟦IBAN⟧
Kontaktní osoba: ⟦P2⟧, ⟦PHONE⟧
~~~
spolubydlící ⟦P1m.lnick⟧ dal heslo od wifiny (⟦WIFI⟧) celýmu patru a ⟦P2.lfirst⟧ mi píše ať to vyřeším 🙄 co mu mám napsat
~~~
Přelož do angličtiny: "⟦P1m.nick⟧ volal, že ⟦P2⟧ je v nemocnici. Doktorka ⟦P3f.last⟧ chce mluvit s někým z rodiny."
~~~
""".strip()

RO = r"""
Am nevoie de un sfat. Soacra mea, ⟦P1f.first⟧, vine la noi fără să anunțe și soțul meu ⟦P2m.nick⟧ nu zice nimic. Data trecută i-a spus lui ⟦P3m.first⟧ că "mama ta nu știe să gătească". Cum vorbesc cu ea?
~~~
Reformulează mailul ăsta mai profesionist:

Bună ⟦P1.first⟧,
domnul ⟦P2m⟧ a zis că dosarul pentru ⟦P3⟧ nu e complet. Poți să o suni pe doamna ⟦P4f.last⟧? Numărul meu e ⟦PHONE⟧.
Mersi, ⟦P5.first⟧
~~~
Proces-verbal ședința asociației de proprietari – ⟦DATE⟧
Prezenți: ⟦P1⟧ (președinte), ⟦P2⟧, ⟦P3⟧
1. Reparație lift – ⟦P2.first⟧ cere oferte de la ⟦CO⟧
2. Cod nou interfon: ⟦DOOR⟧
Fă-l frumos, te rog.
~~~
Verifică datele:

Nume și prenume: ⟦P1.LG⟧
Data nașterii: ⟦DOB⟧
Domiciliu: ⟦ADDR⟧
IBAN: ⟦IBAN⟧
Persoană de contact: ⟦P2⟧, ⟦PHONE⟧
~~~
colegul meu ⟦P1m.lfirst⟧ i-a dat parola de la laptopul de serviciu (⟦PW⟧) lui ⟦P2m.lfirst⟧ din alt departament. trebuie să anunț?
~~~
Tradu în engleză: "⟦P1.nick⟧ a sunat, ⟦P2⟧ s-a internat. Doamna doctor ⟦P3f.last⟧ vrea să vorbească cu familia."
~~~
""".strip()

HU = r"""
Tanácsot kérnék. Az anyósom, ⟦P1f⟧, minden hétvégén bejelentés nélkül jön, a férjem, ⟦P2m.nick⟧ pedig nem szól semmit. Múltkor ⟦P3.first⟧ előtt mondta, hogy rosszul nevelem. Hogyan beszéljek vele?
~~~
Írd át ezt az e-mailt hivatalosabbra:

Szia ⟦P1.first⟧!
⟦P2m⟧ úr azt mondta, hogy ⟦P3⟧ szerződése még nincs aláírva. Fel tudnád hívni ⟦P4f.last⟧ asszonyt? A számom: ⟦PHONE⟧.
Köszi, ⟦P5.first⟧
~~~
Jegyzőkönyv – lakógyűlés, ⟦DATE⟧
Jelen vannak: ⟦P1⟧ (közös képviselő), ⟦P2⟧, ⟦P3⟧
1. Lift javítása: ⟦P2.first⟧ árajánlatot kér (⟦CO⟧).
2. Új kapukód: ⟦DOOR⟧
Kérlek, tisztázd le.
~~~
Ellenőrizd az adatlapot:

Név: ⟦P1⟧
Születési idő: ⟦DOB⟧
Lakcím: ⟦ADDR⟧
Bankszámla (IBAN): ⟦IBAN⟧
Értesítendő személy: ⟦P2⟧, ⟦PHONE⟧
~~~
a lakótársam, ⟦P1m.nick⟧ odaadta a wifi jelszót (⟦WIFI⟧) egy haverjának – ⟦P2.nick⟧ a neve –, aki most itt lóg egész nap. hogy mondjam meg neki?
~~~
Fordítsd le angolra: "⟦P1.nick⟧ hívott, ⟦P2⟧ kórházban van. ⟦P3f.last⟧ doktornő a családdal szeretne beszélni."
~~~
""".strip()

SV = r"""
Behöver råd. Min svärmor ⟦P1f.first⟧ dyker upp oanmäld varje helg och min man ⟦P2m.first⟧ säger ingenting. Senast sa hon till ⟦P3.first⟧ att jag är för sträng. Hur tar jag upp det?
~~~
Kan du göra mejlet mer professionellt?

Hej ⟦P1.first⟧,
⟦P2⟧ sa att fakturan från ⟦CO⟧ fortfarande är obetald. Kan ⟦P3⟧ på ekonomi ringa mig på ⟦PHONE⟧?
Mvh ⟦P4⟧
~~~
Protokoll styrelsemöte BRF – ⟦DATE⟧
Närvarande: ⟦P1⟧ (ordf.), ⟦P2⟧, ⟦P3⟧
§3 Tvättstugan: ⟦P2.first⟧ kontaktar ⟦CO⟧.
§4 Ny portkod: ⟦DOOR⟧
Snygga till det, tack.
~~~
Stämmer uppgifterna?

Namn: ⟦P1⟧
Födelsedatum: ⟦DOB⟧
Adress: ⟦ADDRML⟧
Kontonummer (IBAN): ⟦IBAN⟧
Närmast anhörig: ⟦P2~1⟧, ⟦PHONE⟧
~~~
min sambo ⟦P1m.lfirst⟧ gav wifi-lösenordet (⟦WIFI⟧) till grannen ⟦P2.lfirst⟧ och nu laggar allt 😤 hur säger jag det utan att bli bitter
~~~
Översätt till engelska: "⟦P1.first⟧ ringde, ⟦P2⟧ ligger på sjukhus. Doktor ⟦P3.last⟧ vill prata med någon i familjen."
~~~
""".strip()

FI = r"""
Tarvitsen neuvoa. Anoppini ⟦P1f.first⟧ tulee meille joka viikonloppu ilmoittamatta, eikä mieheni ⟦P2m.first⟧ sano mitään. Viimeksi ⟦P3.first⟧ kuuli hänen sanovan, että olen liian tiukka. Miten otan asian puheeksi?
~~~
Muotoile tämä sähköposti asiallisemmaksi:

Moi ⟦P1.first⟧,
⟦P2⟧ sanoi, että lasku (⟦CO⟧) on yhä maksamatta. Voisiko ⟦P3⟧ taloushallinnosta soittaa minulle numeroon ⟦PHONE⟧?
Terveisin ⟦P4⟧
~~~
Pöytäkirja – taloyhtiön hallituksen kokous ⟦DATE⟧
Läsnä: ⟦P1⟧ (pj), ⟦P2⟧, ⟦P3⟧
- Hissiremontti: ⟦P2.first⟧ pyytää tarjoukset
- Uusi ovikoodi: ⟦DOOR⟧
Siisti tämä, kiitos.
~~~
Tarkista lomake:

Nimi: ⟦P1⟧
Syntymäaika: ⟦DOB⟧
Osoite: ⟦ADDR⟧
Tilinumero: ⟦IBAN⟧
Lähiomainen: ⟦P2⟧, ⟦PHONE⟧
~~~
kämppis ⟦P1m.lfirst⟧ antoi wifin salasanan (⟦WIFI⟧) kaverilleen, ja nyt se kaveri (⟦P2.lfirst⟧) on täällä koko ajan 🙄 miten sanon tän
~~~
Käännä englanniksi: "⟦P1.first⟧ soitti, ⟦P2⟧ on sairaalassa. Lääkäri ⟦P3.last⟧ haluaa puhua omaisten kanssa."
~~~
""".strip()

DA = r"""
Jeg har brug for et råd. Min svigermor ⟦P1f.first⟧ kommer forbi uanmeldt hver weekend, og min mand ⟦P2m.first⟧ siger ingenting. Sidst sagde hun til ⟦P3.first⟧, at jeg er for streng. Hvordan tager jeg det op?
~~~
Kan du gøre mailen mere professionel?

Hej ⟦P1.first⟧,
⟦P2⟧ siger, at regningen fra ⟦CO⟧ stadig ikke er betalt. Kan ⟦P3⟧ fra bogholderiet ringe til mig på ⟦PHONE⟧?
Mvh ⟦P4⟧
~~~
Referat af bestyrelsesmøde i ejerforeningen – ⟦DATE⟧
Til stede: ⟦P1⟧ (formand), ⟦P2⟧, ⟦P3⟧
- Elevator: ⟦P2.first⟧ indhenter tilbud
- Ny dørkode: ⟦DOOR⟧
Skriv det pænt op, tak.
~~~
Tjek formularen:

Navn: ⟦P1⟧
Fødselsdato: ⟦DOB⟧
Adresse: ⟦ADDR⟧
IBAN: ⟦IBAN⟧
Pårørende: ⟦P2⟧, ⟦PHONE⟧
~~~
min roomie ⟦P1m.lfirst⟧ gav wifi-koden (⟦WIFI⟧) til sin ven ⟦P2.lfirst⟧ og nu er han her hele tiden 🙄 hvordan siger jeg det?
~~~
Oversæt til engelsk: "⟦P1.first⟧ ringede, ⟦P2⟧ er indlagt. Lægen, ⟦P3⟧, vil gerne tale med familien."
~~~
""".strip()

TR = r"""
Bir tavsiyeye ihtiyacım var. Kayınvalidem ⟦P1f.first⟧ Hanım her hafta sonu haber vermeden geliyor, eşim ⟦P2m.first⟧ hiçbir şey demiyor. Geçen sefer ⟦P3.first⟧ da oradaydı, "annen yemek yapmayı bilmiyor" dedi. Onunla nasıl konuşayım?
~~~
Bu e-postayı daha profesyonel yazar mısın?

Merhaba ⟦P1.first⟧ Bey,
⟦P2f.first⟧ Hanım'ın söylediğine göre ⟦P3⟧ sözleşmeyi hâlâ imzalamamış. Muhasebeden ⟦P4⟧ beni ⟦PHONE⟧ numarasından arayabilir mi?
Saygılarımla, ⟦P5⟧
~~~
Apartman yönetim toplantısı tutanağı – ⟦DATE⟧
Katılanlar: ⟦P1⟧ (yönetici), ⟦P2⟧, ⟦P3⟧
1. Asansör bakımı: ⟦P2.first⟧ teklif alacak (⟦CO⟧).
2. Yeni kapı şifresi: ⟦DOOR⟧
Düzgün bir metne çevirir misin?
~~~
Formu kontrol eder misin?

Adı Soyadı: ⟦P1⟧
Doğum tarihi: ⟦DOB⟧
Adres: ⟦ADDR⟧
IBAN: ⟦IBAN⟧
Acil durumda aranacak kişi: ⟦P2⟧, ⟦PHONE⟧
~~~
ev arkadaşım ⟦P1m.lfirst⟧ wifi şifresini (⟦WIFI⟧) arkadaşına vermiş, o arkadaş (⟦P2.lfirst⟧) artık hep burda 🙄 nasıl söylesem
~~~
İngilizceye çevir: "⟦P1.first⟧ aradı, ⟦P2⟧ hastaneye kaldırılmış. Dr. ⟦P3.last⟧ aileden biriyle görüşmek istiyor."
~~~
""".strip()

EL = r"""
Χρειάζομαι μια συμβουλή. Η πεθερά μου η ⟦P1f.first⟧ έρχεται κάθε Κυριακή χωρίς να ειδοποιήσει και ο άντρας μου ο ⟦P2m.nick⟧ δεν λέει τίποτα. Την προηγούμενη φορά είπε στην ⟦P3f.nick⟧ ότι δεν ξέρω να μαγειρεύω. Πώς να της μιλήσω;
~~~
Μπορείς να κάνεις αυτό το email πιο επαγγελματικό;

Γεια σου ⟦P1f.first⟧,
ο κ. ⟦P2m.last⟧ είπε ότι ο ⟦P3m.first⟧ δεν έχει φέρει όλα τα χαρτιά. Μπορεί η κα ⟦P4f⟧ να με πάρει στο ⟦PHONE⟧;
Ευχαριστώ, ⟦P5⟧
~~~
Πρακτικά γενικής συνέλευσης πολυκατοικίας – ⟦DATE⟧
Παρόντες: ⟦P1⟧ (διαχειριστής), ⟦P2⟧, ⟦P3⟧
1. Ασανσέρ: ο ⟦P2m.first⟧ θα ζητήσει προσφορές.
2. Νέος κωδικός εξώπορτας: ⟦DOOR⟧
Γράψ' τα σωστά, σε παρακαλώ.
~~~
Έλεγξε τη φόρμα:

Ονοματεπώνυμο: ⟦P1⟧
Ημερομηνία γέννησης: ⟦DOB⟧
Διεύθυνση: ⟦ADDR⟧
IBAN: ⟦IBAN⟧
Πρόσωπο επικοινωνίας: ⟦P2⟧, ⟦PHONE⟧
~~~
ο συγκάτοικός μου ο ⟦P1m.nick⟧ έδωσε τον κωδικό του wifi (⟦WIFI⟧) σε έναν φίλο του και τώρα ο φίλος, ο ⟦P2m.nick⟧, είναι συνέχεια εδώ 🙄 πώς να του το πω;
~~~
Μετάφρασε στα αγγλικά: "Πήρε τηλέφωνο η ⟦P1f.nick⟧, ο ⟦P2m⟧ είναι στο νοσοκομείο. Η γιατρός ⟦P3f.last⟧ θέλει να μιλήσει με την οικογένεια."
~~~
""".strip()

RU = r"""
Нужен совет. Моя свекровь ⟦P1f.first⟧ приезжает без предупреждения, а муж ⟦P2m.nick⟧ молчит. В прошлый раз она при дочке сказала, что я плохо готовлю. Дочка (⟦P3f.nick⟧) потом плакала. Как с ней поговорить, чтобы не поссориться?
~~~
Перепиши письмо более официально:

Добрый день, ⟦P1f.gp⟧!
⟦P2m.full3⟧ из бухгалтерии сказал, что договор по ⟦ORDER⟧ ещё не подписан. Пусть ⟦P3f⟧ перезвонит мне по номеру ⟦PHONE⟧.
С уважением, ⟦P4.si⟧
~~~
Протокол собрания жильцов от ⟦DATE⟧
Присутствовали: ⟦P1.si⟧ (председатель), ⟦P2.si⟧, ⟦P3.si⟧
1. Ремонт лифта — ⟦P2.last⟧ запрашивает предложения у подрядчиков.
2. Новый код домофона: ⟦DOOR⟧
Оформи, пожалуйста, нормально.
~~~
Проверь анкету:

ФИО: ⟦P1.full3⟧
Дата рождения: ⟦DOB⟧
Адрес: ⟦ADDR⟧
Паспорт: ⟦PASSPORT⟧
Контактное лицо: ⟦P2⟧, ⟦PHONE⟧
~~~
сосед по квартире ⟦P1m.lnick⟧ раздал пароль от вайфая (⟦WIFI⟧) всему подъезду, а его друг ⟦P2m.lnick⟧ теперь сидит у нас сутками 🙄 как ему сказать
~~~
Сделай краткое резюме переписки в телеге:

[⟦DATE:dot#1⟧ 21:14] ⟦P1⟧: кто забирает ⟦P2.nick⟧ из садика завтра?
[⟦DATE:dot#1⟧ 21:15] ⟦P3⟧: я не могу, до 8 на работе
[⟦DATE:dot#1⟧ 21:17] ⟦P4⟧: я заберу. ⟦P1.nick⟧, скинь адрес
[⟦DATE:dot#1⟧ 21:18] ⟦P1⟧: ⟦ADDR⟧ 🙏
~~~
Переведи на английский: «Звонила ⟦P1f.nick⟧: ⟦P2m⟧ в больнице. Врач ⟦P3.full3⟧ хочет поговорить с родственниками, телефон ⟦PHONE⟧.»
~~~
""".strip()

UK = r"""
Потрібна порада. Свекруха ⟦P1f.first⟧ приїжджає без попередження, а чоловік ⟦P2m.nick⟧ мовчить. Минулого разу вона при доньці сказала, що я погано готую. Донька (⟦P3f.first⟧) потім плакала. Як мені з нею поговорити?
~~~
Переформулюй лист офіційніше:

Доброго дня!
⟦P1m⟧ з бухгалтерії сказав, що договір ще не підписаний. Прохання, щоб ⟦P2f.full3⟧ передзвонила мені: ⟦PHONE⟧.
З повагою, ⟦P3.si⟧
~~~
Протокол зборів ОСББ від ⟦DATE⟧
Присутні: ⟦P1.si⟧ (голова), ⟦P2.si⟧, ⟦P3.si⟧
1. Ремонт ліфта — ⟦P2.last⟧ збирає пропозиції.
2. Новий код під'їзду: ⟦DOOR⟧
Оформи, будь ласка.
~~~
Перевір анкету:

ПІБ: ⟦P1.full3⟧
Дата народження: ⟦DOB⟧
Адреса: ⟦ADDR⟧
IBAN: ⟦IBAN⟧
Контактна особа: ⟦P2⟧, ⟦PHONE⟧
~~~
сусід по квартирі ⟦P1m.lfirst⟧ роздав пароль від вайфаю (⟦WIFI⟧), і тепер його друг ⟦P2m.lfirst⟧ сидить у нас цілими днями 🙄 що йому написати
~~~
Переклади англійською: «Телефонувала ⟦P1f.nick⟧: ⟦P2m⟧ у лікарні. Лікарка ⟦P3f.full3⟧ хоче поговорити з родиною.»
~~~
""".strip()

AR = r"""
أحتاج نصيحة. حماتي ⟦P1f.first⟧ تزورنا كل جمعة بدون موعد، وزوجي ⟦P2m.first⟧ لا يقول شيئاً. المرة الماضية قالت أمام ابنتي ⟦P3f.first⟧ إنني لا أعرف الطبخ. كيف أتكلم معها بدون مشاكل؟
~~~
أعد صياغة هذا الإيميل بشكل رسمي:

مرحبا ⟦P1.first⟧،
الأستاذ ⟦P2m⟧ يقول إن ملف ⟦P3⟧ غير مكتمل. هل يمكن للسيدة ⟦P4f⟧ الاتصال بي على ⟦PHONE⟧؟
شكراً، ⟦P5.first⟧
~~~
محضر اجتماع سكان العمارة – ⟦DATE⟧
الحضور: ⟦P1⟧، ⟦P2⟧، د. ⟦P3⟧
- ⟦P2m.first⟧ يتواصل مع شركة الصيانة
- رمز البوابة الجديد: ⟦DOOR⟧
رتّب المحضر من فضلك.
~~~
راجع هذا النموذج:

الاسم الكامل: ⟦P1⟧
تاريخ الميلاد: ⟦DOB⟧
العنوان: ⟦ADDR⟧
رقم الجواز: ⟦PASSPORT⟧
الآيبان: ⟦IBAN⟧
للطوارئ: ⟦P2⟧ ⟦PHONE⟧
~~~
لخّص محادثة الواتساب:

[⟦TIME⟧] ⟦P1⟧: مين رح يجيب ⟦P2.first⟧ من المدرسة بكرا؟
[⟦TIME⟧] ⟦P3m⟧: أنا مشغول للساعة ٥
[⟦TIME⟧] ⟦P4m⟧: أنا بجيبه إن شاء الله
[⟦TIME⟧] ⟦P1⟧: تسلم يا ⟦P4.first⟧ 🙏
~~~
ترجم للإنجليزية: "اتصلت ⟦P1f.first⟧، ⟦P2m⟧ في المستشفى. الدكتور ⟦P3m.last⟧ يريد أن يتكلم مع العائلة."
~~~
""".strip()

AR_LATN = r"""
ya shabab, ⟦P1.first⟧ 3am ysa2al meen rah yjib ⟦P2.first⟧ mn el matar bukra? ana ma b2der, 3andi shoghl. ⟦P3.first⟧ btaqder? ra2mo ⟦PHONE⟧
~~~
translate to english: "habibti ⟦P1f.first⟧ ana 3and ⟦P2f.first⟧ hala2, ⟦P3m.first⟧ 2al eno el 3asha 3ala 8. jibi ma3ek el wifi password ⟦WIFI⟧ la2en el net 3andon khareb"
~~~
help me reply to this, it's from my cousin ⟦P1m⟧: "wallah ya ⟦P2.first⟧ el 3ammo ⟦P3m.first⟧ za3lan menak, ro7 zouro ⟦~yom el jom3a⟧ w khalas"
~~~
""".strip()

FA = r"""
یه مشورت لازم دارم. مادرشوهرم ⟦P1f.first⟧ خانم هر هفته بی‌خبر میاد خونه‌مون و شوهرم ⟦P2m.first⟧ هیچی نمی‌گه. دفعه‌ی قبل جلوی دخترم ⟦P3f.first⟧ گفت من آشپزی بلد نیستم. چطوری باهاش حرف بزنم؟
~~~
این ایمیل رو رسمی‌تر کن:

سلام ⟦P1.first⟧ جان،
آقای ⟦P2m.last⟧ گفتن پرونده‌ی ⟦P3⟧ کامل نیست. لطفاً خانم ⟦P4f.last⟧ با من تماس بگیرن: ⟦PHONE⟧
ممنون، ⟦P5⟧
~~~
صورتجلسه‌ی ساختمان – ⟦DATE⟧
حاضرین: ⟦P1⟧ (مدیر ساختمان)، ⟦P2⟧، ⟦P3⟧
- ⟦P2.first⟧ با شرکت آسانسور تماس می‌گیره
- رمز جدید در: ⟦DOOR⟧
لطفاً مرتبش کن.
~~~
این فرم رو چک کن:

نام و نام خانوادگی: ⟦P1⟧
تاریخ تولد: ⟦DOB⟧
نشانی: ⟦ADDR⟧
تلفن همراه: ⟦PHONE⟧
نام پدر: ⟦P2m~1.first⟧
~~~
هم‌خونه‌ام ⟦P1m.first⟧ رمز وای‌فای (⟦WIFI⟧) رو به دوستش داده و حالا اون دوستش، ⟦P2m.first⟧، همیشه اینجاست 🙄 چطوری بهش بگم؟
~~~
به انگلیسی ترجمه کن: «دکتر ⟦P1.last⟧ گفتن ⟦P2⟧ باید فردا بیاد بیمارستان. ⟦P3f.first⟧ خانم هم همراهش میاد.»
~~~
""".strip()

HE = r"""
צריכה עצה. חמותי ⟦P1f.first⟧ באה אלינו כל שבת בלי להודיע, ובעלי ⟦P2m.first⟧ לא אומר כלום. בפעם הקודמת היא אמרה ל⟦P3f.first⟧ שאני לא יודעת לבשל. איך לדבר איתה בלי לריב?
~~~
תנסח את המייל הזה יותר רשמי:

היי ⟦P1.first⟧,
⟦P2m⟧ מהנהלת חשבונות אמר שהחוזה של ⟦P3⟧ עוד לא חתום. אפשר שגב' ⟦P4f.last⟧ תתקשר אליי? ⟦PHONE⟧
תודה, ⟦P5.first⟧
~~~
תסכם את השיחה בקבוצה:

[⟦DATE:dot#1⟧, 20:11] ⟦P1⟧: מי מביא מה לשישי?
[⟦DATE:dot#1⟧, 20:13] ⟦P2⟧: אני על הסלטים
[⟦DATE:dot#1⟧, 20:14] ⟦P3⟧: ⟦P4.first⟧ ואני מביאים קינוח
[⟦DATE:dot#1⟧, 20:15] ⟦P1⟧: מעולה, אצל ⟦P2.first⟧ ב-⟦ADDR⟧
~~~
תבדוק את הטופס:

שם מלא: ⟦P1⟧
תאריך לידה: ⟦DOB⟧
כתובת: ⟦ADDR⟧
טלפון: ⟦PHONE⟧
איש קשר לחירום: ⟦P2⟧
~~~
השותף שלי לדירה ⟦P1m.first⟧ נתן את הסיסמה של הוויי-פיי (⟦WIFI⟧) ל⟦P2m.first⟧, והוא עכשיו פה כל היום 🙄 איך אני אומר לו?
~~~
תתרגם לאנגלית: "⟦P1f.first⟧ התקשרה, ⟦P2m⟧ בבית חולים. ד"ר ⟦P3.last⟧ רוצה לדבר עם המשפחה."
~~~
""".strip()

HI = r"""
मुझे सलाह चाहिए। मेरी सास ⟦P1f.first⟧ जी हर बात में दखल देती हैं और मेरे पति ⟦P2m.first⟧ कुछ नहीं कहते। कल उन्होंने ⟦P3f.first⟧ के सामने कहा कि मुझे खाना बनाना नहीं आता। मैं उनसे कैसे बात करूँ?
~~~
इस ईमेल को थोड़ा औपचारिक बना दो:

नमस्ते ⟦P1.first⟧ जी,
⟦P2m⟧ सर ने बताया कि ⟦P3⟧ की फ़ाइल अभी अधूरी है। कृपया ⟦P4f⟧ मैडम मुझे ⟦PHONE⟧ पर कॉल कर लें।
धन्यवाद,
⟦P5⟧
~~~
यह फ़ॉर्म चेक कर दो:

नाम: ⟦P1⟧
जन्म तिथि: ⟦DOB⟧
पता: ⟦ADDR⟧
मोबाइल: ⟦PHONE⟧
पिता का नाम: ⟦P2m~1⟧
~~~
सोसाइटी मीटिंग का विवरण – ⟦DATE⟧
उपस्थित: ⟦P1⟧ (सचिव), ⟦P2⟧, ⟦P3⟧
- ⟦P2.first⟧ जी लिफ्ट वाली कंपनी से बात करेंगे
- नया गेट कोड: ⟦DOOR⟧
इसे ठीक से लिख दो।
~~~
फैमिली ग्रुप की ये चैट समझा दो:

[⟦TIME⟧] ⟦P1⟧: ⟦P2.first⟧ की शादी की तारीख पक्की हो गई 🎉
[⟦TIME⟧] ⟦P3⟧: बधाई हो! लड़के का नाम?
[⟦TIME⟧] ⟦P1⟧: ⟦P4m⟧, ⟦CITYNAME⟧ में रहते हैं
[⟦TIME⟧] ⟦P5⟧: ⟦P1f.first⟧ भाभी, मेहंदी कब है?
~~~
अंग्रेज़ी में अनुवाद करो: "⟦P1f.first⟧ दीदी का फ़ोन आया था, ⟦P2m⟧ अस्पताल में हैं। डॉक्टर ⟦P3.last⟧ परिवार से बात करना चाहते हैं।"
~~~
""".strip()

BN = r"""
একটা পরামর্শ দরকার। আমার শাশুড়ি ⟦P1f.first⟧ প্রতি সপ্তাহে না বলে চলে আসেন, আর আমার স্বামী ⟦P2m.first⟧ কিছুই বলে না। গতবার উনি ⟦P3f.first⟧-এর সামনে বললেন আমি রান্না পারি না। কীভাবে কথা বলব?
~~~
এই ইমেইলটা একটু ফর্মাল করে দাও:

হ্যালো ⟦P1.first⟧,
⟦P2m⟧ স্যার বললেন ⟦P3⟧-এর ফাইল এখনও অসম্পূর্ণ। ⟦P4f⟧ ম্যাডাম কি আমাকে ⟦PHONE⟧ নম্বরে ফোন করতে পারবেন?
ধন্যবাদ,
⟦P5⟧
~~~
ফর্মটা চেক করে দাও:

নাম: ⟦P1⟧
জন্ম তারিখ: ⟦DOB⟧
ঠিকানা: ⟦ADDR⟧
মোবাইল: ⟦PHONE⟧
পিতার নাম: ⟦P2m~1⟧
~~~
বিল্ডিং মিটিংয়ের নোট – ⟦DATE⟧
উপস্থিত: ⟦P1⟧, ⟦P2⟧, ⟦P3⟧
- ⟦P2m.first⟧ ভাই লিফটের লোকের সাথে কথা বলবেন
- নতুন গেট কোড: ⟦DOOR⟧
সুন্দর করে লিখে দাও।
~~~
আমার রুমমেট ⟦P1m.first⟧ ওয়াইফাই পাসওয়ার্ড (⟦WIFI⟧) ওর বন্ধুকে দিয়ে দিয়েছে, এখন সেই বন্ধু ⟦P2m.first⟧ সারাদিন এখানে 🙄 কীভাবে বলি?
~~~
ইংরেজিতে অনুবাদ করো: "⟦P1f.first⟧ আপা ফোন করেছিলেন, ⟦P2m⟧ হাসপাতালে ভর্তি। ডাক্তার ⟦P3.last⟧ পরিবারের সাথে কথা বলতে চান।"
~~~
""".strip()

UR = r"""
مجھے مشورہ چاہیے۔ میری ساس ⟦P1f.first⟧ ہر ہفتے بغیر بتائے آ جاتی ہیں اور میرے شوہر ⟦P2m.first⟧ کچھ نہیں کہتے۔ پچھلی بار انہوں نے ⟦P3f.first⟧ کے سامنے کہا کہ مجھے کھانا بنانا نہیں آتا۔ میں ان سے کیسے بات کروں؟
~~~
اس ای میل کو تھوڑا رسمی بنا دیں:

السلام علیکم ⟦P1m.first⟧ صاحب،
⟦P2m⟧ صاحب نے بتایا کہ ⟦P3⟧ کی فائل ابھی نامکمل ہے۔ براہ کرم ⟦P4f⟧ صاحبہ مجھے ⟦PHONE⟧ پر کال کر لیں۔
شکریہ،
⟦P5⟧
~~~
یہ فارم چیک کر دیں:

نام: ⟦P1⟧
تاریخ پیدائش: ⟦DOB⟧
پتہ: ⟦ADDR⟧
موبائل: ⟦PHONE⟧
والد کا نام: ⟦P2m~1⟧
~~~
بلڈنگ میٹنگ کے نوٹس – ⟦DATE⟧
حاضرین: ⟦P1⟧، ⟦P2⟧، ⟦P3⟧
- ⟦P2m.first⟧ بھائی لفٹ والوں سے بات کریں گے
- نیا گیٹ کوڈ: ⟦DOOR⟧
اسے صاف لکھ دیں۔
~~~
انگریزی میں ترجمہ کریں: "⟦P1f.first⟧ باجی کا فون آیا تھا، ⟦P2m⟧ ہسپتال میں ہیں۔ ڈاکٹر ⟦P3.last⟧ گھر والوں سے بات کرنا چاہتے ہیں۔"
~~~
""".strip()

UR_LATN = r"""
yaar meri saas ⟦P1f.first⟧ har hafte bina bataye aa jati hain aur mere husband ⟦P2m.first⟧ kuch nahi kehte. pichli dafa unhon ne ⟦P3f.first⟧ ke samne kaha ke mujhe khana banana nahi aata 😤 kya karun
~~~
is msg ko english mein likh do: "⟦P1m.first⟧ bhai, ⟦P2m.first⟧ ka accident hua hai, wo ⟦PLACE⟧ mein hai. ⟦P3f.first⟧ baji ko bata dena. mera number ⟦PHONE⟧ hai"
~~~
bhai mera roommate ⟦P1m.first⟧ wifi ka password (⟦WIFI⟧) apne dost ⟦P2m.first⟧ ko de chuka hai aur ab wo roz yahan hota hai. kaise bolun usko?
~~~
yeh form check kar do plz:
Name: ⟦P1⟧
Father name: ⟦P2m~1⟧
DOB: ⟦DOB⟧
CNIC wala address: ⟦ADDR⟧
Mobile: ⟦PHONE⟧
~~~
⟦P1f.first⟧ aunty ne group mein likha hai "⟦P2.first⟧ ki shaadi ⟦DATE⟧ ko hai, sab aana" — iska polite jawab likh do ke hum nahi aa sakte, ⟦P3m.first⟧ ki exams hain
~~~
""".strip()

HINGLISH = r"""
yaar mera manager ⟦P1m.first⟧ har meeting mein mera idea apna bata deta hai 😤 aur ⟦P2.first⟧ bhi kuch nahi bolti. HR mein ⟦P3⟧ hai, unko mail karun kya? draft kar do pls
~~~
bro ⟦P1m.lfirst⟧ ne mere ⟦PRICE⟧ abhi tak return nahi kiye, 3 mahine ho gaye. ⟦P2.lfirst⟧ bol raha chhod de. ek polite but firm msg likh do
~~~
meri sister ⟦P1f.first⟧ ki shaadi ke liye guest list bana do table mein:
- ⟦P2m⟧ uncle + ⟦P3f~2.first⟧ aunty
- ⟦P4⟧ (papa ke office wale)
- ⟦P5m.first⟧ bhaiya family ke saath
- ⟦P6⟧, ⟦P7⟧ (college friends)
~~~
please translate into english for my landlord: "⟦P1m.first⟧ ji, is mahine ka rent ⟦DATE⟧ tak de dunga, salary late hai. ⟦P2.first⟧ ne bola aapko UPI pe bhej de, number ⟦PHONE⟧ hai na?"
~~~
society group pe ye aaya hai, samjhao kya matlab hai: "All residents pls note, ⟦P1⟧ (flat B-⟦NUM⟧) ki complaint ke baad security ne new gate code ⟦DOOR⟧ set kiya hai. ⟦P2.first⟧ ji secretary se contact karein"
~~~
""".strip()

ID = r"""
Minta saran dong. Mertua saya, Bu ⟦P1f.first⟧, tiap minggu datang tanpa kabar dan suami saya Mas ⟦P2m.first⟧ diam aja. Kemarin beliau bilang ke ⟦P3f.first⟧ kalau saya nggak bisa masak. Gimana ngomongnya biar nggak ribut?
~~~
Tolong rapikan email ini supaya lebih formal:

Halo Pak ⟦P1m.first⟧,
Bu ⟦P2f⟧ bilang berkas ⟦P3⟧ belum lengkap. Bisa tolong Mbak ⟦P4f.first⟧ telepon saya di ⟦PHONE⟧?
Terima kasih, ⟦P5⟧
~~~
Notulen rapat RT – ⟦DATE⟧
Hadir: Pak ⟦P1m⟧ (Ketua RT), Bu ⟦P2f⟧, ⟦P3⟧
1. Iuran keamanan naik, ⟦P3.first⟧ yang kumpulkan.
2. Kode gerbang baru: ⟦DOOR⟧
Tolong dirapikan ya.
~~~
Cek data ini ya:

Nama lengkap: ⟦P1⟧
Tanggal lahir: ⟦DOB⟧
Alamat: ⟦ADDR⟧
No. HP: ⟦PHONE⟧
Nama ibu kandung: ⟦P2f⟧
~~~
temen kos gue ⟦P1m.lfirst⟧ ngasih password wifi (⟦WIFI⟧) ke temennya ⟦P2.lfirst⟧, sekarang dia nongkrong di sini terus 🙄 gimana ngomongnya
~~~
Terjemahkan ke bahasa Inggris: "⟦P1f.first⟧ telepon, katanya Pak ⟦P2m⟧ masuk rumah sakit. Dokter ⟦P3.last⟧ mau bicara sama keluarga."
~~~
""".strip()

MS = r"""
Saya perlukan nasihat. Mak mertua saya, Puan ⟦P1f⟧, datang setiap hujung minggu tanpa beritahu dan suami saya ⟦P2m.first⟧ diam saja. Minggu lepas dia cakap depan ⟦P3f.first⟧ yang saya tak pandai masak. Macam mana nak cakap dengan dia?
~~~
Tolong betulkan emel ini supaya lebih formal:

Salam Encik ⟦P1m.first⟧,
Puan ⟦P2f.first⟧ kata fail ⟦P3⟧ belum lengkap. Boleh Cik ⟦P4f.first⟧ telefon saya di ⟦PHONE⟧?
Terima kasih, ⟦P5⟧
~~~
Minit mesyuarat penduduk – ⟦DATE⟧
Hadir: ⟦P1⟧ (Pengerusi), ⟦P2⟧, ⟦P3⟧
1. Lif rosak: ⟦P2.first⟧ hubungi syarikat penyelenggaraan.
2. Kod pintu pagar baru: ⟦DOOR⟧
Tolong kemaskan.
~~~
Semak borang ini:

Nama penuh: ⟦P1⟧
Tarikh lahir: ⟦DOB⟧
Alamat: ⟦ADDR⟧
No. telefon: ⟦PHONE⟧
Waris: ⟦P2⟧
~~~
housemate aku ⟦P1m.first⟧ bagi password wifi (⟦WIFI⟧) kat kawan dia ⟦P2m.first⟧, sekarang mamat tu lepak sini hari-hari 🙄 macam mana nak tegur
~~~
Terjemahkan ke Bahasa Inggeris: "Kak ⟦P1f.first⟧ telefon, ⟦P2m⟧ masuk hospital. Doktor ⟦P3⟧ nak jumpa keluarga."
~~~
""".strip()

TL = r"""
Kailangan ko ng payo. Ang biyenan kong si ⟦P1f.first⟧ ay pumupunta sa bahay tuwing Linggo nang hindi nagsasabi, at ang asawa kong si ⟦P2m.nick⟧ ay walang sinasabi. Noong isang linggo, sinabi niya kay ⟦P3.first⟧ na hindi raw ako marunong magluto. Paano ko siya kakausapin?
~~~
Pakiayos ang email na ito para maging pormal:

Hi ⟦P1.first⟧,
Sabi ni Sir ⟦P2m.last⟧ kulang pa raw ang requirements ni ⟦P3⟧. Puwede bang tawagan ako ni Ma'am ⟦P4f.last⟧ sa ⟦PHONE⟧?
Salamat, ⟦P5.first⟧
~~~
Katitikan ng pulong ng HOA – ⟦DATE⟧
Dumalo: ⟦P1⟧ (presidente), ⟦P2⟧, ⟦P3⟧
1. Sirang gate: si ⟦P2.first⟧ ang kakausap sa contractor.
2. Bagong gate code: ⟦DOOR⟧
Paki-ayos po.
~~~
Pakitingnan itong form:

Pangalan: ⟦P1.LG⟧
Petsa ng kapanganakan: ⟦DOB⟧
Tirahan: ⟦ADDR⟧
Cellphone: ⟦PHONE⟧
Taong kokontakin: ⟦P2⟧
~~~
Isalin sa Ingles: "Tumawag si Ate ⟦P1f.first⟧, na-ospital daw si Tito ⟦P2m.first⟧. Gusto raw makausap ni Dr. ⟦P3.last⟧ ang pamilya."
~~~
""".strip()

TAGLISH = r"""
grabe yung officemate ko na si ⟦P1f.first⟧, lagi niyang kinukuha yung baon ko sa ref 😭 tapos sabi ni ⟦P2.first⟧ wag ko na lang daw pansinin. should i report to HR? si Ma'am ⟦P3f.last⟧ yung HR namin
~~~
pa-help naman mag-reply kay Tita ⟦P1f.first⟧, she's asking kung pwede raw mag-stay si ⟦P2.nick⟧ sa condo ko for 2 weeks. ayoko sana pero baka magtampo si mama ⟦P3f.first⟧
~~~
ate pa-translate naman to english: "Kuya ⟦P1m.nick⟧, pakisabi kay ⟦P2.first⟧ na yung bayad sa bahay ⟦PRICE⟧ na, i-gcash na lang sa ⟦PHONE⟧. Thank you po!"
~~~
ano ibig sabihin nito? chat ng gf ko: "babe si ⟦P1.first⟧ nag-chat sakin, inaaya tayo sa ⟦PLACE⟧ sa sabado with ⟦P2.first⟧ and ⟦P3.first⟧. go ka?"
~~~
pa-check ng form ko for the visa:
Surname: ⟦P1.ulast⟧
Given name: ⟦P1.first⟧
Birthday: ⟦DOB⟧
Passport: ⟦PASSPORT⟧
Mother's maiden name: ⟦P2f⟧
~~~
""".strip()

VI = r"""
Mình cần lời khuyên. Mẹ chồng mình là bà ⟦P1f⟧, tuần nào cũng qua nhà không báo trước, còn chồng mình là anh ⟦P2m.first⟧ thì không nói gì. Lần trước bà nói trước mặt bé ⟦P3.first⟧ là mình nấu ăn dở. Mình nên nói chuyện với bà thế nào?
~~~
Sửa email này cho trang trọng hơn giúp mình:

Chào chị ⟦P1f.first⟧,
Anh ⟦P2m⟧ bên kế toán nói hồ sơ của ⟦P3⟧ vẫn chưa đủ. Nhờ chị ⟦P4f.first⟧ gọi lại cho em qua số ⟦PHONE⟧ nhé.
Cảm ơn chị, ⟦P5.first⟧
~~~
Biên bản họp tổ dân phố – ⟦DATE⟧
Có mặt: ông ⟦P1m⟧ (tổ trưởng), bà ⟦P2f⟧, anh ⟦P3m⟧
1. Sửa cổng: anh ⟦P3.first⟧ liên hệ thợ.
2. Mã cổng mới: ⟦DOOR⟧
Viết lại cho gọn giúp mình.
~~~
Kiểm tra giúp mình tờ khai:

Họ và tên: ⟦P1.upper⟧
Ngày sinh: ⟦DOB⟧
Địa chỉ: ⟦ADDR⟧
Số điện thoại: ⟦PHONE⟧
Người liên hệ: ⟦P2⟧
~~~
thằng bạn cùng phòng ⟦P1m.first⟧ đưa pass wifi (⟦WIFI⟧) cho bạn nó là ⟦P2m.first⟧, giờ ông đó ngày nào cũng qua 🙄 nói sao cho khéo
~~~
Dịch sang tiếng Anh: "Chị ⟦P1f.first⟧ gọi, bảo chú ⟦P2m⟧ nhập viện rồi. Bác sĩ ⟦P3⟧ muốn nói chuyện với gia đình."
~~~
""".strip()

TH = r"""
ขอคำปรึกษาหน่อยค่ะ แม่สามี คุณ⟦P1f.first⟧ มาบ้านทุกอาทิตย์โดยไม่บอกก่อน ส่วนสามี พี่⟦P2m.nick⟧ ก็ไม่พูดอะไรเลย ครั้งที่แล้วท่านพูดต่อหน้าน้อง⟦P3.nick⟧ว่าเราทำกับข้าวไม่เป็น ควรคุยกับท่านยังไงดีคะ
~~~
ช่วยเรียบเรียงอีเมลนี้ให้เป็นทางการหน่อย

สวัสดีครับคุณ⟦P1.first⟧
คุณ⟦P2m⟧ ฝ่ายบัญชีแจ้งว่าเอกสารของคุณ⟦P3.first⟧ยังไม่ครบ รบกวนคุณ⟦P4f.first⟧โทรกลับที่ ⟦PHONE⟧ ด้วยครับ
ขอบคุณครับ
⟦P5⟧
~~~
บันทึกการประชุมนิติบุคคล – ⟦DATE⟧
ผู้เข้าร่วม: คุณ⟦P1⟧, คุณ⟦P2⟧, คุณ⟦P3⟧
1. ลิฟต์เสีย: พี่⟦P2.nick⟧จะติดต่อช่าง
2. รหัสประตูใหม่: ⟦DOOR⟧
ช่วยเขียนให้เรียบร้อยหน่อย
~~~
ช่วยตรวจแบบฟอร์มนี้:

ชื่อ-นามสกุล: ⟦P1⟧
วันเกิด: ⟦DOB⟧
ที่อยู่: ⟦ADDR⟧
เบอร์โทร: ⟦PHONE⟧
ผู้ติดต่อฉุกเฉิน: ⟦P2⟧
~~~
รูมเมท ⟦P1m.nick⟧ เอารหัสไวไฟ (⟦WIFI⟧) ไปให้เพื่อนชื่อ⟦P2m.nick⟧ ตอนนี้มันมานั่งที่ห้องทุกวันเลย 🙄 จะบอกยังไงดี
~~~
แปลเป็นภาษาอังกฤษ: "พี่⟦P1f.nick⟧โทรมาบอกว่าคุณ⟦P2m⟧เข้าโรงพยาบาล คุณหมอ⟦P3.first⟧อยากคุยกับญาติ"
~~~
""".strip()

ZH = r"""
求建议。我婆婆⟦P1f⟧每个周末都不打招呼就来我们家，我老公⟦P2m⟧什么都不说。上次她当着⟦P3⟧的面说我不会做饭。我该怎么跟她沟通？
~~~
帮我把这封邮件改得正式一点：

⟦P1.last⟧总您好，
财务部的⟦P2⟧说⟦P3⟧的合同还没签。麻烦请⟦P4.last⟧老师给我回个电话：⟦PHONE⟧。
谢谢！
⟦P5⟧
~~~
业主委员会会议纪要（⟦DATE⟧）
参会人员：⟦P1⟧、⟦P2⟧、⟦P3⟧
一、电梯维修：由⟦P2⟧联系维保公司。
二、小区大门新密码：⟦DOOR⟧
请帮我整理一下。
~~~
帮我检查一下这个表：

姓名：⟦P1⟧
出生日期：⟦DOB⟧
住址：⟦ADDR⟧
手机：⟦PHONE⟧
紧急联系人：⟦P2⟧
~~~
室友⟦P1m⟧把wifi密码（⟦WIFI⟧）给了他朋友⟦P2m⟧，现在那人天天来我们宿舍🙄 怎么跟他说比较好
~~~
翻译成英文：“⟦P1f⟧打电话来说⟦P2m⟧住院了，⟦P3.last⟧医生想跟家属谈谈。”
~~~
帮我总结一下这段微信群聊：

⟦P1⟧：明天谁去接⟦P2⟧？
⟦P3⟧：我不行，加班到八点
⟦P4⟧：我去吧，几点放学？
⟦P1⟧：四点半，谢谢⟦P4⟧！
~~~
""".strip()

JA = r"""
相談させてください。義母の⟦P1f⟧さんが毎週末連絡なしで来るのに、夫の⟦P2m.first⟧は何も言ってくれません。この前は⟦P3.first⟧ちゃんの前で「料理が下手ね」と言われました。どう話せばいいでしょうか。
~~~
このメールをもう少し丁寧にしてください：

⟦P1.last⟧さん
経理の⟦P2⟧さんから、⟦P3⟧さんの書類がまだ揃っていないと聞きました。お手数ですが⟦P4.last⟧部長から⟦PHONE⟧までご連絡いただけますか。
よろしくお願いします。
⟦P5⟧
~~~
マンション理事会 議事録（⟦DATE⟧）
出席者：⟦P1⟧、⟦P2⟧、⟦P3⟧
1. エレベーター修理：⟦P2.last⟧さんが業者に連絡
2. エントランスの新しい暗証番号：⟦DOOR⟧
きれいにまとめてください。
~~~
この書類をチェックしてください：

氏名：⟦P1⟧
生年月日：⟦DOB⟧
住所：⟦ADDR⟧
電話番号：⟦PHONE⟧
緊急連絡先：⟦P2⟧（母）
~~~
ルームメイトの⟦P1m.first⟧がWi-Fiのパスワード（⟦WIFI⟧）を友達の⟦P2m.first⟧くんに教えちゃって、毎日来るようになった🙄 どう言えばいい？
~~~
英語に訳してください：「⟦P1f.first⟧さんから電話があり、⟦P2m⟧さんが入院したそうです。担当の⟦P3.last⟧先生がご家族と話したいとのことです。」
~~~
""".strip()

KO = r"""
조언 부탁드려요. 시어머니 ⟦P1f⟧ 님이 주말마다 연락 없이 오시는데 남편 ⟦P2m.first⟧ 씨는 아무 말도 안 해요. 지난번엔 ⟦P3.first⟧ 앞에서 제가 요리를 못한다고 하셨어요. 어떻게 말씀드려야 할까요?
~~~
이 메일 좀 더 정중하게 고쳐 주세요:

⟦P1.last⟧ 팀장님께,
회계팀 ⟦P2⟧ 씨가 ⟦P3⟧ 씨 서류가 아직 부족하다고 합니다. ⟦P4.last⟧ 과장님께서 ⟦PHONE⟧로 연락 주실 수 있을까요?
감사합니다.
⟦P5⟧ 드림
~~~
아파트 입주자대표회의 회의록 (⟦DATE⟧)
참석: ⟦P1⟧, ⟦P2⟧, ⟦P3⟧
1. 엘리베이터 수리: ⟦P2⟧ 씨가 업체에 연락
2. 공동현관 새 비밀번호: ⟦DOOR⟧
깔끔하게 정리해 주세요.
~~~
서류 좀 확인해 주세요:

성명: ⟦P1⟧
생년월일: ⟦DOB⟧
주소: ⟦ADDR⟧
연락처: ⟦PHONE⟧
비상연락처: ⟦P2⟧ (어머니)
~~~
룸메 ⟦P1m⟧ 씨가 와이파이 비번(⟦WIFI⟧)을 친구한테 알려줘서 그 친구 ⟦P2m⟧ 씨가 맨날 와요 🙄 어떻게 말하죠
~~~
영어로 번역해 주세요: "⟦P1f.first⟧ 언니가 전화했는데 ⟦P2m⟧ 씨가 입원했대요. 담당 ⟦P3.last⟧ 선생님이 가족이랑 통화하고 싶으시대요."
~~~
""".strip()

SW = r"""
Naomba ushauri. Mama mkwe wangu, Bi ⟦P1f⟧, huja nyumbani kila wikendi bila kutuarifu, na mume wangu ⟦P2m.first⟧ hasemi kitu. Wiki iliyopita alisema mbele ya ⟦P3.first⟧ kwamba sijui kupika. Nizungumze naye vipi?
~~~
Tafadhali rekebisha barua pepe hii iwe rasmi zaidi:

Habari ⟦P1.first⟧,
Bwana ⟦P2m⟧ wa uhasibu amesema faili la ⟦P3⟧ bado halijakamilika. Naomba Bi ⟦P4f.first⟧ anipigie kwa ⟦PHONE⟧.
Asante, ⟦P5⟧
~~~
Kumbukumbu za mkutano wa wakazi – ⟦DATE⟧
Waliohudhuria: Mzee ⟦P1m⟧ (mwenyekiti), ⟦P2⟧, ⟦P3⟧
1. Lango limeharibika: ⟦P2.first⟧ atawasiliana na fundi.
2. Nambari mpya ya lango: ⟦DOOR⟧
Niandikie vizuri tafadhali.
~~~
Angalia fomu hii:

Jina kamili: ⟦P1⟧
Tarehe ya kuzaliwa: ⟦DOB⟧
Anwani: ⟦ADDR⟧
Simu: ⟦PHONE⟧
Mtu wa kuwasiliana naye: ⟦P2⟧
~~~
Nataka kumtumia ⟦P1.first⟧ pesa kwa M-Pesa lakini ananiambia nitume kwa namba ya ⟦P2⟧, ⟦PHONE⟧. Mama ⟦P3f.first⟧ anasema ni sawa. Je, ni salama?
~~~
Tafsiri kwa Kiingereza: "Dada ⟦P1f.first⟧ amepiga simu, ⟦P2m⟧ amelazwa hospitalini. Daktari ⟦P3.last⟧ anataka kuongea na familia."
~~~
""".strip()

YO = r"""
Ẹ jọ̀ọ́, ẹ bá mi kọ ìdáhùn sí ìyá ọkọ mi, Mama ⟦P1f.first⟧. Ó sọ fún ⟦P2m.first⟧ pé mi ò mọ oúnjẹ sè. Mi ò fẹ́ ìjà 🙏
~~~
Translate to English: "⟦P1.first⟧, ẹ jọ̀ọ́ ẹ sọ fún Baba ⟦P2m⟧ pé ⟦P3.first⟧ ti dé láti Èkó. Nọ́mbà rẹ̀ ni ⟦PHONE⟧."
~~~
Ẹ kú iṣẹ́ o. Ẹ bá mi ṣe àyẹ̀wò fọ́ọ̀mù yìí:

Orúkọ: ⟦P1⟧
Ọjọ́ ìbí: ⟦DOB⟧
Àdírẹ́sì: ⟦ADDR⟧
Fóònù: ⟦PHONE⟧
Ẹni tí a ó pè: ⟦P2⟧
~~~
Ìpàdé ẹgbẹ́ ọmọ ìlú – ⟦DATE⟧
Àwọn tó wá: Alhaji ⟦P1m⟧, Iya ⟦P2f.first⟧, ⟦P3⟧
- ⟦P3.first⟧ yóò gba owó ẹgbẹ́
- ⟦P1.last⟧ yóò bá ìjọba ìbílẹ̀ sọ̀rọ̀
Ẹ bá mi kọ ọ́ dáadáa ní èdè Gẹ̀ẹ́sì.
~~~
""".strip()

NG = r"""
Abeg help me reply this message. My oga ⟦P1m⟧ dey ask me to come work on Sunday again, and ⟦P2.first⟧ wey suppose cover for me say im no dey around. I no wan lose this job o
~~~
Please help me write a letter to the Chairman of our estate, Chief ⟦P1m⟧. Our neighbour ⟦P2⟧ at ⟦ADDR⟧ has been generating noise with his gen till 2am. Mrs ⟦P3f.last⟧ and Mr ⟦P4m.last⟧ have also complained.
~~~
My aunty ⟦P1f⟧ wants me to send ⟦PRICE⟧ to her account for "urgent school fees". Her account name na ⟦P2⟧, she says it's her pastor's wife. Bros ⟦P3m.nick⟧ says it's scam. What do you think?
~~~
Summarise this family WhatsApp gist for me:

[⟦TIME⟧] ⟦P1⟧: Family meeting on Saturday for Mama's 70th 🎉
[⟦TIME⟧] ⟦P2⟧: Who is handling the canopy?
[⟦TIME⟧] ⟦P3.nick⟧: I'll call ⟦P4⟧ from the church
[⟦TIME⟧] ⟦P1⟧: ⟦P5.nick⟧ please send your contribution to ⟦P1.first⟧ before Friday
[⟦TIME⟧] ⟦P5.nick⟧: Noted sis 🙏
~~~
Check this form for my sister's admission:

Name of Student: ⟦P1.upper⟧
Date of Birth: ⟦DOBK⟧
Parent/Guardian: Mr & Mrs ⟦P2.last⟧
Address: ⟦ADDR⟧
Phone: ⟦PHONE⟧
~~~
Abeg how I go tell my flatmate ⟦P1m.first⟧ say make him stop to dey give our wifi password (⟦WIFI⟧) to his padi ⟦P2m.first⟧? Na every day the guy dey here
~~~
""".strip()

EN_SECONDARY2 = r"""
can you make a birthday calendar from this? (kids + cousins)

⟦P1.first⟧ – ⟦DOBK⟧
⟦P2.first⟧ – ⟦DOBK⟧
⟦P3.first⟧ – ⟦DOBK⟧
Uncle ⟦P4m.first⟧ – ⟦DOB⟧
Grandma ⟦P5f.first⟧ – ⟦DOBO⟧
~~~
For the insurance form I need everyone's age on ⟦DATE⟧. Dates of birth:
- me: ⟦DOB⟧
- my wife ⟦P1f⟧: ⟦DOB⟧
- our son ⟦P2m~1.first⟧: ⟦DOBK⟧
- my mother-in-law ⟦P3f⟧: ⟦DOBO⟧
~~~
Is ⟦P1f⟧ old enough to sign the lease on her own? She was born on ⟦DOB⟧, and the lease starts ⟦DATE⟧. Her mum ⟦P2f~1.first⟧ offered to co-sign.
~~~
I need to prove my dad ⟦P1m⟧ was over 65 on ⟦DATE⟧ for the pension claim. His DOB is ⟦DOBO⟧ and his passport number is ⟦PASSPORT⟧. Does the letter from Dr ⟦P2.last⟧ help?
~~~
{"members": [
  {"name": "⟦P1⟧", "dob": "⟦DOB:iso⟧", "role": "captain"},
  {"name": "⟦P2⟧", "dob": "⟦DOB:iso⟧", "role": "vice"},
  {"name": "⟦P3⟧", "dob": "⟦DOB:iso⟧", "role": null}
]}

write a python snippet that prints who turns 40 this year
~~~
Quick one: ⟦P1⟧ (born ⟦DOB⟧) turns how old on ⟦DATE⟧? I always get these wrong lol
~~~
⟦!us⟧My nephew ⟦P1m⟧ just got his SSN card: ⟦SSN⟧. His mom ⟦P2f~1⟧ still files with an ITIN (⟦ITIN⟧). Can she claim him for the child tax credit?
~~~
⟦!us⟧help fill the I-9 section for our new hire:
Last name: ⟦P1.ulast⟧  First: ⟦P1.first⟧  DOB: ⟦DOB:mdy⟧
SSN: ⟦SSN⟧
Address: ⟦ADDR:us⟧
Phone: ⟦PHONE:us⟧
Preparer: ⟦P2⟧, HR
~~~
⟦!us⟧My tax preparer ⟦P1⟧ emailed me this back, is it safe?
"Hi ⟦P2.first⟧, confirming your return: SSN ⟦SSN⟧, spouse ⟦P3~2⟧ ITIN ⟦ITIN⟧, refund to routing 0⟦NUM⟧... please reply with your bank login so I can verify."
~~~
home network notes for the babysitter ⟦P1⟧ (don't share!)
wifi: ⟦~Casa_Rosa_5G⟧ / ⟦WIFI⟧
router admin: http://⟦IPPRIV⟧  user admin pw ⟦PW⟧
alarm code ⟦PIN⟧, back door keypad ⟦DOOR⟧
call ⟦P2.first⟧ ⟦PHONE⟧ or ⟦P3.first⟧ ⟦PHONE⟧
~~~
our office door codes changed, can you make a nice poster? (no names on it pls)

main entrance – ⟦DOOR⟧
server room – ⟦DOOR⟧ (ask ⟦P1⟧)
bike store – ⟦DOOR⟧
for issues contact facilities: ⟦P2⟧, ⟦P2.wemail⟧
~~~
⟦P1⟧ from IT sent me this in plain text, should I be worried?

Your temporary password is ⟦PW⟧
VPN pre-shared key: ⟦WIFI⟧
Recovery codes: ⟦RCODE⟧, ⟦RCODE⟧
— ⟦P1.init⟧
~~~
docker-compose.yml from ⟦P1.first⟧'s laptop, what's exposed?

services:
  db:
    image: postgres:⟦VER⟧
    environment:
      POSTGRES_USER: ⟦P1.handle⟧
      POSTGRES_PASSWORD: ⟦PW⟧
  api:
    environment:
      HF_TOKEN: ⟦APIKEY:hf⟧
      ADMIN_CONTACT: ⟦P1.wemail⟧
~~~
The bank's fraud team asked me to confirm these transactions on my mum ⟦P1f⟧'s card ⟦CARD⟧:
⟦DATE⟧ ⟦CO⟧ ⟦PRICE⟧
⟦DATE⟧ ⟦CO⟧ ⟦PRICE⟧
Her DOB is ⟦DOBO⟧ and the account is in her name only. My brother ⟦P2m~1.first⟧ has power of attorney. Who should call?
~~~
I found an old notebook of my grandfather ⟦P1m⟧. There's a page with "⟦BTC⟧" and "pin ⟦PIN⟧". My cousin ⟦P2⟧ says it might be worth a lot. How do we check without getting scammed?
~~~
donation page for ⟦P1⟧'s medical fund, make it sound better:
"⟦P1.first⟧ was diagnosed last month. Send anything you can: ETH ⟦ETH⟧ or bank transfer to ⟦IBAN⟧ (acct name ⟦P2~1⟧). Thank you ❤️ – the ⟦P1.last⟧ family"
~~~
I'm moving abroad and closing accounts. For my records, card ⟦CARD⟧ (closed ⟦DATE⟧), IBAN ⟦IBAN⟧ (joint with ⟦P1⟧). My accountant ⟦P2⟧ wants a summary. Make a table please.
~~~
Help! My daughter ⟦P1f.first⟧ gave her school login to ⟦P2.first⟧ and now someone changed her password from ⟦PW⟧ to something else. The school IT email is ⟦P3.wemail⟧.
~~~
Why can't my printer get an IP? ⟦P1⟧ set it up. Printer MAC ⟦MAC⟧, router ⟦IPPRIV⟧, laptop ⟦IPPRIV⟧. ⟦P2.first⟧'s laptop works fine on ⟦IPPRIV⟧.
~~~
fail2ban banned my dad's IP ⟦IP⟧ after he typed the wrong password 5 times (he's ⟦P1m⟧, the account is ⟦P1.handle⟧). how do i unban just him
~~~
Which driver's licence details does the rental company need? Mine: ⟦DL:us⟧ (⟦~California⟧). My husband ⟦P1m⟧: ⟦DL:uk⟧ (UK). We pick up ⟦DATE⟧.
~~~
Passport renewal for the whole family, check the numbers before I submit:
⟦P1⟧ – ⟦PASSPORT⟧ – expires ⟦DATE⟧
⟦P2~1⟧ – ⟦PASSPORT⟧ – expires ⟦DATE⟧
⟦P3~1⟧ (child, DOB ⟦DOBK⟧) – ⟦PASSPORT⟧
~~~
Phone list for the school trip, can you put it in a table?
⟦P1⟧ ⟦PHONE⟧
⟦P2⟧ ⟦PHONE:uk⟧
⟦P3⟧ ⟦PHONE:in⟧
⟦P4⟧ ⟦PHONE:ng⟧
⟦P5⟧ ⟦PHONE:ph⟧
~~~
We're hosting the family reunion. Addresses for the invitations:
⟦P1⟧ & ⟦P2~1.first⟧ – ⟦ADDR:us⟧
⟦P3⟧ – ⟦ADDR:ca⟧
⟦P4⟧ – ⟦ADDR:uk⟧
⟦P5⟧ and kids – ⟦ADDR:au⟧
~~~
For the visa sponsorship letter I need my host's details in one paragraph:
Host: ⟦P1⟧, ⟦ADDR:uk⟧, ⟦PHONE:uk⟧, passport ⟦PASSPORT:uk⟧
Visitor: my mother ⟦P2f⟧, born ⟦DOBO⟧, passport ⟦PASSPORT:in⟧
~~~
""".strip()

EN_LONG = r"""
Can you summarise this Slack export into a timeline + who owns what? It's long, sorry.

⟦P1⟧  9:02 AM
morning! reminder the ⟦CO⟧ audit starts ⟦DATE⟧
⟦P2⟧  9:05 AM
who's point of contact on their side?
⟦P1⟧  9:06 AM
⟦P3⟧, ⟦P3.wemail⟧, mobile ⟦PHONE⟧
⟦P4⟧  9:20 AM
I can prep the access list. ⟦P5.first⟧ do you still have the old one from last year?
⟦P5⟧  9:31 AM
somewhere… ⟦P6.first⟧ had it last
⟦P6⟧  9:40 AM
it's in ⟦TOOL⟧ under /audits/2023. but half those people left (⟦P7⟧, ⟦P8⟧)
⟦P2⟧  9:41 AM
ok so ⟦P4.first⟧ does access list, ⟦P5.first⟧ does policies, I'll do evidence
⟦P1⟧  9:45 AM
👍 and ⟦P9.first⟧ from legal wants to review before we send anything
⟦P4⟧  10:02 AM
fyi the shared service account password is still ⟦PW⟧ 🙈 we should rotate before they see it
⟦P6⟧  10:03 AM
lol yes. I'll ask ⟦P7.first⟧'s replacement
⟦P2⟧  10:05 AM
⟦P7.first⟧ was replaced by ⟦P10⟧ I think
⟦P1⟧  10:06 AM
correct. ⟦P10.first⟧ starts monday
~~~
Help me turn this family history into a readable story (for my kids):

Great-grandpa ⟦P1m⟧ was born ⟦DOBO⟧ in a village outside ⟦CITYNAME⟧. He married ⟦P2f⟧ in 1948. They had five children:
1. ⟦P3m~1.first⟧ – moved to ⟦CITYNAME⟧, ran a shop with his wife ⟦P4f⟧
2. ⟦P5f~1.first⟧ – my grandmother, married ⟦P6m⟧
3. ⟦P7m~1.first⟧ – died young
4. ⟦P8f~1.first⟧ ("Auntie ⟦P8.nick⟧") – nurse, never married
5. ⟦P9m~1.first⟧ – the joker of the family

Grandma ⟦P5.first⟧ and Grandpa ⟦P6.first⟧ had my mum ⟦P10f~6.first⟧ and my uncle ⟦P11m~6.first⟧. Mum met Dad (⟦P12m⟧) at ⟦PLACE⟧.

Auntie ⟦P8.nick⟧ kept every letter. In one she wrote that ⟦P3.first⟧ and ⟦P9.first⟧ didn't speak for ten years over a borrowed car.

Things to include:
- the flood of 1963
- ⟦P7.first⟧'s accident
- how ⟦P1.first⟧ built the house himself
~~~
Can you check this spreadsheet paste for duplicates and missing phone numbers?

Name⇥Phone⇥Email⇥Team
⟦P1⟧⇥⟦PHONE⟧⇥⟦P1.wemail⟧⇥Ops
⟦P2⟧⇥⟦PHONE⟧⇥⟦P2.wemail⟧⇥Ops
⟦P3⟧⇥⇥⟦P3.wemail⟧⇥Sales
⟦P4⟧⇥⟦PHONE⟧⇥⟦P4.wemail⟧⇥Sales
⟦P1.LG⟧⇥⟦PHONE⟧⇥⟦P1.wemail⟧⇥Ops
⟦P5⟧⇥⟦PHONE⟧⇥⇥Finance
⟦P6⟧⇥⟦PHONE⟧⇥⟦P6.wemail⟧⇥Finance
⟦P7⟧⇥⇥⇥HR
⟦P8⟧⇥⟦PHONE⟧⇥⟦P8.wemail⟧⇥HR
⟦P9⟧⇥⟦PHONE⟧⇥⟦P9.wemail⟧⇥Legal
⟦P10⟧⇥⟦PHONE⟧⇥⟦P10.wemail⟧⇥Legal
~~~
Please rewrite these interview notes as a structured candidate summary:

Candidate: ⟦P1⟧
Panel: ⟦P2⟧ (chair), ⟦P3⟧, ⟦P4.init⟧
Date: ⟦DATE⟧

[00:02:10] ⟦P2.upper⟧: Tell us about a conflict you handled.
[00:02:31] ⟦P1.upper⟧: At ⟦CO⟧ my lead ⟦P5⟧ and the PM ⟦P6⟧ disagreed on scope. I set up a session with both, and with ⟦P7⟧ from design.
[00:05:48] ⟦P3.upper⟧: What would ⟦P5.first⟧ say about you?
[00:05:59] ⟦P1.upper⟧: That I push back, but with data.
[00:09:12] ⟦P4.upper⟧: Any questions for us?
[00:09:20] ⟦P1.upper⟧: Who would I report to?
[00:09:25] ⟦P2.upper⟧: ⟦P8f⟧, she joined from ⟦CO⟧ last year.

Notes (⟦P3.first⟧): strong on stakeholder mgmt, weak on SQL.
Notes (⟦P4.first⟧): would hire. Reference: ⟦P5⟧, ⟦P5.wemail⟧.
""".strip()


EN_SECONDARY3 = r"""
My card got cloned I think. Old card ⟦CARD⟧, new one ⟦CARD⟧ arrived ⟦DATE⟧. Can you write a message to ⟦P1⟧ at the bank (⟦P1.wemail⟧) asking to move my direct debits? Account holder ⟦P2⟧.
~~~
Pls check I typed my mum's card right before I book her flight: ⟦CARD:amex⟧, name on card ⟦P1f.upper⟧, exp ⟦~09/27⟧. She's flying to see my sister ⟦P2f~1.first⟧.
~~~
My roommate ⟦P1f⟧ keeps using my card for Uber Eats. It's saved on her phone (⟦CARD:mc⟧). ⟦P2.first⟧ says just remove it. How do I bring it up?
~~~
Explain these crypto addresses my cousin ⟦P1m⟧ sent for his "mining pool":
BTC: ⟦BTC⟧
ETH: ⟦ETH⟧
He says his partner ⟦P2⟧ guarantees 3% a week 🚩
~~~
My ex ⟦P1m⟧ owes me 0.2 BTC from when we split up. He says he sent it to ⟦BTC⟧ but that's not my wallet (mine is ⟦BTC⟧). Help me write a firm message.
~~~
⟦!us⟧Our housekeeper ⟦P1f⟧ uses ITIN ⟦ITIN⟧ and her husband ⟦P2m~1⟧ has SSN ⟦SSN⟧. Can we pay them both on one 1099? Their address is ⟦ADDR:us⟧.
~~~
⟦!us⟧What documents does ⟦P1m⟧ need to open a bank account with an ITIN (⟦ITIN⟧)? He was born ⟦DOB⟧ in ⟦~Guadalajara⟧ and lives with his uncle ⟦P2m⟧.
~~~
MAC allowlist for the school lab, add a column "student":
⟦MAC⟧  ⟦P1⟧'s chromebook
⟦MAC⟧  ⟦P2⟧'s chromebook
⟦MAC⟧  teacher ⟦P3.last⟧ laptop
⟦MAC⟧  printer (room ⟦NUM⟧)
~~~
access.log lines, which user is hammering the API?
⟦IP⟧ - ⟦P1.handle⟧ [⟦TS⟧] "POST /v1/export HTTP/1.1" 200
⟦IP6⟧ - ⟦P2.handle⟧ [⟦TS⟧] "GET /v1/users HTTP/1.1" 200
⟦IP⟧ - ⟦P1.handle⟧ [⟦TS⟧] "POST /v1/export HTTP/1.1" 429
(⟦P1.handle⟧ is ⟦P1⟧ from the ⟦CITYNAME⟧ office)
~~~
Renting a car in ⟦CITYNAME⟧: main driver ⟦P1⟧ licence ⟦DL⟧, second driver ⟦P2⟧ licence ⟦DL⟧. Deposit on card ⟦CARD⟧. Is it normal they want photos of both licences on WhatsApp?
~~~
For the school trip abroad the teacher ⟦P1⟧ wants each kid's passport number and DOB in a spreadsheet:
⟦P2⟧⇥⟦PASSPORT⟧⇥⟦DOBK⟧
⟦P3⟧⇥⟦PASSPORT⟧⇥⟦DOBK⟧
⟦P4⟧⇥⟦PASSPORT⟧⇥⟦DOBK⟧
Is sending this by email ok?
~~~
Got locked out of my exchange account. Support agent ⟦P1⟧ asked for my ETH deposit address (⟦ETH⟧), my DOB (⟦DOB⟧) and a selfie with my passport (⟦PASSPORT⟧). Legit?
"""


EXTRA = {
    "de": r"""
Kannst du mir eine Geburtstagsliste für die Kita-Gruppe machen?
⟦P1.first⟧ – ⟦DOBK⟧
⟦P2.first⟧ – ⟦DOBK⟧
⟦P3.first⟧ – ⟦DOBK⟧
Erzieherin Frau ⟦P4f.last⟧ – ⟦DOB⟧
~~~
Notizen für die Nachbarin ⟦P1f⟧, während wir weg sind:
WLAN: ⟦~FRITZ!Box 7590 QX⟧, Passwort ⟦WIFI⟧
Alarmanlage: ⟦PIN⟧
Bei Problemen: ⟦P2.first⟧ ⟦PHONE⟧ oder mein Bruder ⟦P3m⟧ ⟦PHONE⟧
Bitte in einen netten Zettel umformulieren.
~~~
Ist meine Tochter ⟦P1f.first⟧ (geb. ⟦DOBK⟧) am ⟦DATE⟧ schon alt genug für den Ferienjob? Ihr Vater ⟦P2m~1⟧ meint ja.
""",
    "fr": r"""
Fais-moi un tableau des anniversaires de la famille :
⟦P1.first⟧ : ⟦DOB⟧
⟦P2.first⟧ : ⟦DOBK⟧
Mamie ⟦P3f.first⟧ : ⟦DOBO⟧
Tonton ⟦P4m.nick⟧ : ⟦DOB⟧
~~~
Mon collègue ⟦P1m⟧ a laissé ça dans le canal #général, c'est grave ?
DB_PASSWORD=⟦PW⟧
API_KEY=⟦APIKEY⟧
contact : ⟦P1.wemail⟧ / ⟦PHONE⟧
~~~
Pour le dossier CAF, ⟦P1f⟧ (née le ⟦DOB⟧) doit fournir son IBAN ⟦IBAN⟧ et son numéro de passeport ⟦PASSPORT⟧. C'est normal ? Son mari ⟦P2m~1.first⟧ a déjà envoyé les siens.
""",
    "es": r"""
Hazme una lista de cumpleaños para el grupo:
⟦P1.nick⟧ – ⟦DOB⟧
⟦P2.first⟧ – ⟦DOB⟧
la abuela ⟦P3f.first⟧ – ⟦DOBO⟧
el peque ⟦P4m.first⟧ – ⟦DOBK⟧
~~~
Notas para ⟦P1f.first⟧, que cuida el piso:
Wifi: ⟦WIFI⟧
Código del portal: ⟦DOOR⟧
Si pasa algo llama a ⟦P2⟧ (⟦PHONE⟧) o a mi hermano ⟦P3m.nick⟧ (⟦PHONE⟧).
Ponlo más bonito, porfa.
~~~
¿Cuántos años tendrá ⟦P1⟧ el ⟦DATE⟧? Nació el ⟦DOB⟧. Es para la solicitud de la beca, que también pide el pasaporte (⟦PASSPORT⟧).
""",
    "pt-br": r"""
Faz uma lista de aniversários da família:
⟦P1.nick⟧ – ⟦DOB⟧
Vó ⟦P2f.first⟧ – ⟦DOBO⟧
⟦P3.first⟧ – ⟦DOBK⟧
~~~
O ⟦P1m.first⟧ do TI mandou isso no grupo, tá certo?
usuário: ⟦P1.handle⟧
senha provisória: ⟦PW⟧
token: ⟦TOKEN⟧
Qualquer dúvida falar com a ⟦P2f⟧, ⟦PHONE⟧.
""",
    "pt-pt": r"""
Lista de aniversários da turma do ⟦P1m.first⟧:
⟦P2.first⟧ – ⟦DOBK⟧
⟦P3.first⟧ – ⟦DOBK⟧
⟦P4.first⟧ – ⟦DOBK⟧
Professora ⟦P5f⟧ – ⟦DOB⟧
~~~
Deixo aqui os dados para a ⟦P1f.first⟧ tratar da casa:
Código do alarme: ⟦PIN⟧
Wi-Fi: ⟦WIFI⟧
Contacto do senhorio, Sr. ⟦P2m⟧: ⟦PHONE⟧
Morada: ⟦ADDR⟧
""",
    "it": r"""
Mi fai una tabella dei compleanni?
⟦P1.first⟧ – ⟦DOB⟧
⟦P2.nick⟧ – ⟦DOB⟧
nonna ⟦P3f.first⟧ – ⟦DOBO⟧
~~~
Il collega ⟦P1m⟧ ha incollato questo su Teams, è un problema?
password del server: ⟦PW⟧
chiave API: ⟦APIKEY⟧
referente: ⟦P2⟧, ⟦P2.wemail⟧
""",
    "nl": r"""
Maak een verjaardagskalender van:
⟦P1.first⟧ – ⟦DOB⟧
⟦P2.first⟧ – ⟦DOBK⟧
opa ⟦P3m.first⟧ – ⟦DOBO⟧
~~~
Briefje voor de oppas ⟦P1f.first⟧:
wifi: ⟦WIFI⟧
alarmcode: ⟦PIN⟧
noodnummer ⟦P2⟧: ⟦PHONE⟧
ons adres: ⟦ADDR⟧
""",
    "pl": r"""
Zrób mi listę urodzin w rodzinie:
⟦P1.nick⟧ – ⟦DOB⟧
babcia ⟦P2f.first⟧ – ⟦DOBO⟧
mały ⟦P3m.nick⟧ – ⟦DOBK⟧
~~~
Kartka dla sąsiadki ⟦P1f.first⟧:
hasło do wifi: ⟦WIFI⟧
kod do domofonu: ⟦DOOR⟧
w razie czego dzwoń do ⟦P2⟧: ⟦PHONE⟧
""",
    "cs": r"""
Udělej mi seznam narozenin:
⟦P1.nick⟧ – ⟦DOB⟧
babička ⟦P2f.first⟧ – ⟦DOBO⟧
malý ⟦P3m.nick⟧ – ⟦DOBK⟧
~~~
Vzkaz pro hlídání bytu (⟦P1f.first⟧):
wifi heslo: ⟦WIFI⟧
kód od alarmu: ⟦PIN⟧
kdyby něco, volej ⟦P2⟧: ⟦PHONE⟧
""",
    "ro": r"""
Fă-mi o listă cu zilele de naștere:
⟦P1.first⟧ – ⟦DOB⟧
bunica ⟦P2f.first⟧ – ⟦DOBO⟧
⟦P3.first⟧ – ⟦DOBK⟧
~~~
Colegul ⟦P1m⟧ a pus asta pe grupul de Teams, e grav?
parola serverului: ⟦PW⟧
cheie API: ⟦APIKEY⟧
contact: ⟦P1.wemail⟧
""",
    "hu": r"""
Készíts születésnapi listát:
⟦P1.nick⟧ – ⟦DOB⟧
nagymama (⟦P2f⟧) – ⟦DOBO⟧
⟦P3.first⟧ – ⟦DOBK⟧
~~~
Cetli a szomszédnak (⟦P1f⟧):
wifi jelszó: ⟦WIFI⟧
riasztó kód: ⟦PIN⟧
ha gond van: ⟦P2⟧, ⟦PHONE⟧
""",
    "sv": r"""
Gör en födelsedagslista:
⟦P1.first⟧ – ⟦DOB⟧
mormor ⟦P2f.first⟧ – ⟦DOBO⟧
lilla ⟦P3f.first⟧ – ⟦DOBK⟧
~~~
Lapp till hundvakten ⟦P1⟧:
wifi: ⟦WIFI⟧
portkod: ⟦DOOR⟧
vid problem ring ⟦P2⟧ ⟦PHONE⟧
""",
    "fi": r"""
Tee syntymäpäivälista:
⟦P1.first⟧ – ⟦DOB⟧
mummo ⟦P2f.first⟧ – ⟦DOBO⟧
⟦P3.first⟧ – ⟦DOBK⟧
~~~
Lappu kissanvahdille (⟦P1⟧):
wifi: ⟦WIFI⟧
ovikoodi: ⟦DOOR⟧
hätätapauksessa ⟦P2⟧ ⟦PHONE⟧
""",
    "da": r"""
Lav en fødselsdagsliste:
⟦P1.first⟧ – ⟦DOB⟧
mormor ⟦P2f.first⟧ – ⟦DOBO⟧
lille ⟦P3.first⟧ – ⟦DOBK⟧
~~~
Seddel til hundepasseren ⟦P1⟧:
wifi: ⟦WIFI⟧
dørkode: ⟦DOOR⟧
ring til ⟦P2⟧ på ⟦PHONE⟧, hvis der er noget
""",
    "tr": r"""
Doğum günü listesi yapar mısın?
⟦P1.first⟧ – ⟦DOB⟧
anneannem ⟦P2f.first⟧ – ⟦DOBO⟧
⟦P3.first⟧ – ⟦DOBK⟧
~~~
Komşumuz ⟦P1f.first⟧ Hanım için not:
wifi şifresi: ⟦WIFI⟧
alarm kodu: ⟦PIN⟧
bir sorun olursa ⟦P2⟧: ⟦PHONE⟧
""",
    "el": r"""
Φτιάξε μου λίστα με γενέθλια:
⟦P1.first⟧ – ⟦DOB⟧
η γιαγιά ⟦P2f.first⟧ – ⟦DOBO⟧
ο μικρός ⟦P3m.nick⟧ – ⟦DOBK⟧
~~~
Σημείωμα για την ⟦P1f.first⟧ που θα προσέχει το σπίτι:
wifi: ⟦WIFI⟧
κωδικός συναγερμού: ⟦PIN⟧
για οτιδήποτε: ⟦P2⟧, ⟦PHONE⟧
""",
    "ru": r"""
Составь список дней рождения:
⟦P1.nick⟧ — ⟦DOB⟧
бабушка ⟦P2f.gp⟧ — ⟦DOBO⟧
⟦P3.first⟧ — ⟦DOBK⟧
~~~
Коллега ⟦P1m⟧ скинул это в общий чат, это плохо?
пароль от сервера: ⟦PW⟧
токен: ⟦TOKEN⟧
контакт: ⟦P1.email⟧, ⟦PHONE⟧
""",
    "uk": r"""
Зроби список днів народження:
⟦P1.first⟧ — ⟦DOB⟧
бабуся ⟦P2f.first⟧ — ⟦DOBO⟧
малий ⟦P3m.first⟧ — ⟦DOBK⟧
~~~
Записка для сусідки (⟦P1f⟧):
пароль від wifi: ⟦WIFI⟧
код домофона: ⟦DOOR⟧
якщо щось — дзвони ⟦P2⟧: ⟦PHONE⟧
""",
    "ar": r"""
اعمل لي قائمة بأعياد الميلاد:
⟦P1.first⟧ – ⟦DOB⟧
جدتي ⟦P2f.first⟧ – ⟦DOBO⟧
⟦P3.first⟧ – ⟦DOBK⟧
~~~
ملاحظة للجارة ⟦P1f.first⟧:
كلمة سر الواي فاي: ⟦WIFI⟧
رمز الباب: ⟦DOOR⟧
إذا صار شي اتصلي على ⟦P2⟧: ⟦PHONE⟧
""",
    "fa": r"""
یه لیست تولد درست کن:
⟦P1.first⟧ – ⟦DOB⟧
مادربزرگ (⟦P2f⟧) – ⟦DOBO⟧
⟦P3.first⟧ – ⟦DOBK⟧
~~~
یادداشت برای ⟦P1f.first⟧ که مواظب خونه‌ست:
رمز وای‌فای: ⟦WIFI⟧
رمز دزدگیر: ⟦PIN⟧
اگه مشکلی بود به ⟦P2⟧ زنگ بزن: ⟦PHONE⟧
""",
    "he": r"""
תכין לי רשימת ימי הולדת:
⟦P1.first⟧ – ⟦DOB⟧
סבתא ⟦P2f.first⟧ – ⟦DOBO⟧
⟦P3.first⟧ – ⟦DOBK⟧
~~~
פתק לשכנה ⟦P1f.first⟧:
סיסמת וויי-פיי: ⟦WIFI⟧
קוד אזעקה: ⟦PIN⟧
אם יש בעיה – ⟦P2⟧: ⟦PHONE⟧
""",
    "hi": r"""
जन्मदिन की सूची बना दो:
⟦P1.first⟧ – ⟦DOB⟧
दादी (⟦P2f⟧) – ⟦DOBO⟧
⟦P3.first⟧ – ⟦DOBK⟧
~~~
पड़ोसी ⟦P1m.first⟧ जी के लिए नोट:
वाई-फ़ाई पासवर्ड: ⟦WIFI⟧
अलार्म कोड: ⟦PIN⟧
कोई दिक्कत हो तो ⟦P2⟧ को फ़ोन करें: ⟦PHONE⟧
""",
    "bn": r"""
জন্মদিনের তালিকা বানিয়ে দাও:
⟦P1.first⟧ – ⟦DOB⟧
দাদি (⟦P2f⟧) – ⟦DOBO⟧
⟦P3.first⟧ – ⟦DOBK⟧
~~~
প্রতিবেশী ⟦P1f.first⟧-এর জন্য নোট:
ওয়াইফাই পাসওয়ার্ড: ⟦WIFI⟧
গেট কোড: ⟦DOOR⟧
কোনো সমস্যা হলে ⟦P2⟧: ⟦PHONE⟧
""",
    "ur": r"""
سالگرہ کی فہرست بنا دیں:
⟦P1.first⟧ – ⟦DOB⟧
دادی (⟦P2f⟧) – ⟦DOBO⟧
⟦P3.first⟧ – ⟦DOBK⟧
~~~
پڑوسی ⟦P1m.first⟧ صاحب کے لیے نوٹ:
وائی فائی پاس ورڈ: ⟦WIFI⟧
گیٹ کوڈ: ⟦DOOR⟧
کوئی مسئلہ ہو تو ⟦P2⟧ کو فون کریں: ⟦PHONE⟧
""",
    "ur-latn": r"""
birthday list bana do plz:
⟦P1.first⟧ – ⟦DOB⟧
dadi ⟦P2f.first⟧ – ⟦DOBO⟧
chotu ⟦P3m.first⟧ – ⟦DOBK⟧
""",
    "hinglish": r"""
bhai mere flatmate ⟦P1m.first⟧ ne netflix ka password (⟦PW⟧) apni gf ⟦P2f.first⟧ ko de diya, ab uske 4 dost bhi use kar rahe hain 😭 kya bolun
~~~
mummy ke liye note likh do simple hindi-english mein:
wifi: ⟦WIFI⟧
UPI PIN mat batana kisi ko (⟦P1.first⟧ ko bhi nahi)
doctor ⟦P2.last⟧ ka number: ⟦PHONE⟧
""",
    "id": r"""
Bikinin daftar ulang tahun keluarga dong:
⟦P1.first⟧ – ⟦DOB⟧
Eyang ⟦P2f.first⟧ – ⟦DOBO⟧
⟦P3.first⟧ – ⟦DOBK⟧
~~~
Catatan buat Mbak ⟦P1f.first⟧ yang jaga rumah:
password wifi: ⟦WIFI⟧
PIN alarm: ⟦PIN⟧
kalau ada apa-apa telepon Pak ⟦P2m⟧: ⟦PHONE⟧
""",
    "ms": r"""
Buatkan senarai hari jadi keluarga:
⟦P1.first⟧ – ⟦DOB⟧
Opah (⟦P2f⟧) – ⟦DOBO⟧
⟦P3.first⟧ – ⟦DOBK⟧
~~~
Nota untuk Kak ⟦P1f.first⟧ yang jaga rumah:
kata laluan wifi: ⟦WIFI⟧
kod pagar: ⟦DOOR⟧
kalau ada masalah, telefon ⟦P2⟧: ⟦PHONE⟧
""",
    "tl": r"""
Gawan mo ako ng listahan ng mga birthday:
⟦P1.first⟧ – ⟦DOB⟧
Lola ⟦P2f.first⟧ – ⟦DOBO⟧
⟦P3.nick⟧ – ⟦DOBK⟧
""",
    "taglish": r"""
note para kay Ate ⟦P1f.first⟧ habang wala kami:
wifi pw: ⟦WIFI⟧
gate code: ⟦DOOR⟧
pag may emergency, call Tito ⟦P2m.first⟧ ⟦PHONE⟧ or si ⟦P3.first⟧ ⟦PHONE⟧
""",
    "vi": r"""
Lập giúp mình danh sách sinh nhật:
⟦P1.first⟧ – ⟦DOB⟧
bà nội ⟦P2f⟧ – ⟦DOBO⟧
bé ⟦P3.first⟧ – ⟦DOBK⟧
~~~
Ghi chú cho chị ⟦P1f.first⟧ trông nhà:
mật khẩu wifi: ⟦WIFI⟧
mã cửa: ⟦DOOR⟧
có gì gọi anh ⟦P2m.first⟧: ⟦PHONE⟧
""",
    "th": r"""
ช่วยทำรายการวันเกิดให้หน่อย
⟦P1.nick⟧ – ⟦DOB⟧
คุณยาย⟦P2f.first⟧ – ⟦DOBO⟧
น้อง⟦P3.nick⟧ – ⟦DOBK⟧
~~~
โน้ตสำหรับพี่⟦P1f.nick⟧ที่มาดูบ้าน:
รหัสไวไฟ: ⟦WIFI⟧
รหัสสัญญาณกันขโมย: ⟦PIN⟧
มีอะไรโทรหาคุณ⟦P2⟧: ⟦PHONE⟧
""",
    "zh": r"""
帮我整理一下家里人的生日：
⟦P1⟧：⟦DOB⟧
奶奶⟦P2f⟧：⟦DOBO⟧
⟦P3⟧：⟦DOBK⟧
~~~
给帮忙看家的⟦P1f⟧留个便条：
WiFi密码：⟦WIFI⟧
门锁密码：⟦DOOR⟧
有事打给⟦P2⟧：⟦PHONE⟧
""",
    "ja": r"""
家族の誕生日リストを作ってください：
⟦P1.first⟧：⟦DOB⟧
祖母（⟦P2f⟧）：⟦DOBO⟧
⟦P3.first⟧：⟦DOBK⟧
~~~
留守中に来てくれる⟦P1f.last⟧さんへのメモ：
Wi-Fiパスワード：⟦WIFI⟧
玄関の暗証番号：⟦DOOR⟧
何かあれば⟦P2⟧（⟦PHONE⟧）まで
""",
    "ko": r"""
가족 생일 목록 좀 만들어 주세요:
⟦P1⟧: ⟦DOB⟧
할머니 ⟦P2f⟧: ⟦DOBO⟧
⟦P3⟧: ⟦DOBK⟧
~~~
집 봐주는 ⟦P1f⟧ 씨에게 남길 메모:
와이파이 비번: ⟦WIFI⟧
현관 비밀번호: ⟦DOOR⟧
무슨 일 있으면 ⟦P2⟧ 씨한테 연락: ⟦PHONE⟧
""",
    "sw": r"""
Niandikie orodha ya siku za kuzaliwa:
⟦P1.first⟧ – ⟦DOB⟧
Bibi ⟦P2f.first⟧ – ⟦DOBO⟧
⟦P3.first⟧ – ⟦DOBK⟧
~~~
Ujumbe kwa ⟦P1⟧ anayelinda nyumba:
nenosiri la wifi: ⟦WIFI⟧
PIN ya M-Pesa usimpe mtu yeyote
ukipata shida mpigie ⟦P2⟧: ⟦PHONE⟧
""",
    "yo": r"""
Ẹ bá mi kọ àkọsílẹ̀ ọjọ́ ìbí:
⟦P1.first⟧ – ⟦DOB⟧
Ìyá àgbà ⟦P2f.first⟧ – ⟦DOBO⟧
⟦P3.first⟧ – ⟦DOBK⟧
""",
    "ng": r"""
Help me arrange this birthday list for our family group:
⟦P1.nick⟧ – ⟦DOB⟧
Mummy ⟦P2f.first⟧ – ⟦DOBO⟧
Baby ⟦P3.first⟧ – ⟦DOBK⟧
~~~
Note for ⟦P1m.first⟧ wey go stay for house:
wifi password na ⟦WIFI⟧
gate code ⟦DOOR⟧
if anything happen call ⟦P2⟧ on ⟦PHONE⟧
""",
    "ar-latn": r"""
ya ⟦P1f.first⟧ el wifi password howe ⟦WIFI⟧ w code el bab ⟦DOOR⟧. iza fi shi 7ki ⟦P2⟧ 3ala ⟦PHONE⟧
""",
}

TEMPLATES = [
    ("en", EN_NARRATIVES),
    ("en", EN_PASTES),
    ("en", EN_DOCS),
    ("en", EN_CODE),
    ("en", EN_FORMS),
    ("en", EN_SECONDARY),
    ("en", EN_CHAT),
    ("en", EN_MORE),
    ("en", EN_SECONDARY2),
    ("en", EN_LONG),
    ("en", EN_SECONDARY3),
    ("de", DE),
    ("fr", FR),
    ("es", ES),
    ("pt-br", PT_BR),
    ("pt-pt", PT_PT),
    ("it", IT),
    ("nl", NL),
    ("pl", PL),
    ("cs", CS),
    ("ro", RO),
    ("hu", HU),
    ("sv", SV),
    ("fi", FI),
    ("da", DA),
    ("tr", TR),
    ("el", EL),
    ("ru", RU),
    ("uk", UK),
    ("ar", AR),
    ("ar-latn", AR_LATN),
    ("fa", FA),
    ("he", HE),
    ("hi", HI),
    ("bn", BN),
    ("ur", UR),
    ("ur-latn", UR_LATN),
    ("hinglish", HINGLISH),
    ("id", ID),
    ("ms", MS),
    ("tl", TL),
    ("taglish", TAGLISH),
    ("vi", VI),
    ("th", TH),
    ("zh", ZH),
    ("ja", JA),
    ("ko", KO),
    ("sw", SW),
    ("yo", YO),
    ("ng", NG),
]
TEMPLATES += list(EXTRA.items())
