# ruff: noqa: E501
"""Hand-written templates and word lists for the dev7 sanitizer evaluation set.

Every text below was written by hand to look like something a user pastes into a chat with an
LLM. Slots are written ``⟦...⟧`` so that braces, ``{{ }}`` and ``<< >>`` stay literal text.

Person slots ``⟦A:form⟧`` (letters A-H name different people inside one text; one person keeps
its name across every mention):
    full, first, last, nick, init ("J. Okafor"), mid ("John Q. Okafor"), cite ("Okafor, J."),
    lastfirst ("Okafor, John"), lfirst, llast, lfull (lowercase), FIRST, LAST, FULL (upper),
    lastinit ("Smirnova O. N."), tag / ltag (given name squeezed for host names and hashtags),
    handle (work login), social (social-media handle), native (name in its own script), roman
    (Latin-script name), fio / fip (Russian/Ukrainian "Surname Name Patronymic" and "Name
    Patronymic"); email, wemail (work address) and noreply (GitHub no-reply address) are EMAIL.
Value slots (labeled): phone, email, address, card, iban, ssn, itin, ip, ip6, ipp, mac, btc, eth,
    crypto, dob, pw, pin, apikey, jwt, pem, dbpw, token, dl, passport.
Filler slots (never labeled): date, time, city, company, dom, num, amount, order, ticket, version,
    sha, sha7, hash, uuid, year, host, famous, fiction, lib.
``⟦slot@arg⟧`` passes a variant (a country, a vendor, a format); ``⟦slot#k⟧`` repeats one value.

A template is ``(kind, domain, language, text)`` with an optional fifth item, the cast: a dict
from person letter to ``"culture"``, ``"culture:f"``, ``"culture:m"`` or ``":f"``/``":m"``; the
key ``"*": "one"`` draws everyone not cast otherwise from one culture (a family). Persons of an
English text otherwise come from ``EN_MIX``; persons of another language from ``LANG_CULTURE``.
"""

# ---------------------------------------------------------------------------------------------
# Person names, hand-written per culture.
# Entry syntax: "Name" or "Native|Roman", then optionally ":Nick1,Nick2" (nicks may be
# "Native|Roman" too). Surname entries may be gendered pairs "Masculine/Feminine".
# Entries are separated by ";".
# ---------------------------------------------------------------------------------------------

CULTURES: dict[str, dict[str, str]] = {
    "en": {
        "m": "James:Jim,Jimmy; John:Johnny; Robert:Rob,Bob,Bobby; Michael:Mike; William:Will,Bill,Billy; David:Dave; Richard:Rick; Joseph:Joe,Joey; Thomas:Tom,Tommy; Christopher:Chris; Daniel:Dan,Danny; Matthew:Matt; Anthony:Tony; Andrew:Andy,Drew; Joshua:Josh; Kevin; Brian; Gregory:Greg; Timothy:Tim; Jonathan:Jon; Benjamin:Ben,Benji; Nicholas:Nick; Samuel:Sam; Zachary:Zach; Tyler; Brandon; Aiden; Connor; Liam; Ethan; Logan; Dylan; Austin; Jackson; Lincoln; Theodore:Teddy,Theo; Alexander:Alex; Patrick:Pat; Declan; Callum; Rhys; Owen; Graham; Nigel; Trevor; Dwayne; Marcus; Darnell; Jamal; Terrell; Cody; Travis; Wyatt; Ezra; Gideon",
        "f": "Mary; Patricia:Patty,Trish; Jennifer:Jen,Jenny; Elizabeth:Liz,Beth,Lizzie; Linda; Barbara:Barb; Susan:Sue; Jessica:Jess; Sarah; Karen; Emily:Em; Ashley; Samantha:Sam; Rebecca:Becca,Becky; Katherine:Kate,Katie; Margaret:Maggie,Peggy; Abigail:Abby; Victoria:Tori,Vicky; Stephanie:Steph; Deborah:Deb,Debbie; Olivia:Liv; Madison; Brooklyn; Savannah; Sydney; Chelsea; Georgia; Virginia:Ginny; Charlotte:Lottie; Florence:Flo; Harper; Mackenzie:Kenzie; Kayla; Brittany; Chloe; Emma; Ava; Eleanor:Ellie,Nell; Siobhan; Niamh; Aoife; Imogen; Hannah; Lauren; Megan; Tanisha; Latoya; Keisha; Destiny; Shelby; Cassandra:Cassie; Madeline:Maddie; Gwendolyn:Gwen",
        "last": "Smith; Johnson; Williams; Jones; Miller; Davis; Wilson; Anderson; Thomas; Taylor; Moore; Martin; Thompson; Harris; Clark; Lewis; Walker; Hall; Allen; Wright; Scott; Adams; Nelson; Carter; Mitchell; Roberts; Turner; Phillips; Campbell; Parker; Evans; Edwards; Collins; Stewart; Morris; Murphy; Rogers; Cooper; Peterson; Reed; Bailey; Kelly; Howard; Cox; Richardson; Watson; Brooks; Bennett; Gray; Hughes; Sanders; Myers; Ross; Foster; Powell; Jenkins; Perry; Russell; Sullivan; Fisher; Henderson; Coleman; Patterson; Reynolds; Hamilton; Wallace; Gibson; O'Brien; O'Connor; O'Sullivan; McAllister; MacDonald; McKenzie; Fitzgerald; Whitfield; Ashworth; Pemberton; Hargreaves; Featherstone; Smith-Jones; Hughes-Parry; Ashton-Clarke; Lloyd-Evans; Okoro-Smith; Delacroix-Hale; Washington; Jefferson; Dubose; LaRue; St. James; Vance; Holloway; Whitaker; Kowalczyk; Brennan; Gallagher; Doherty; Thibodeaux; Boudreaux",
        "script": "Latn",
    },
    "en_word": {
        "m": "Will:Willie; Bill; Mark; Frank; Drew; Chase; Hunter; Art; Rusty; Buck; Sonny; Miles; Ford; Price; Bishop; Young; Gray; Story; Major; Sterling",
        "f": "Hope; Grace; Faith; Joy; Rose; Summer; Dawn; April; June; May; Holly; Ivy; Amber; Pearl; Robin; Patience; Sunny; Autumn; Destiny; Honey; Crystal; Ruby; Jade; Liberty; Sky; Blessing; Precious; Charity",
        "last": "Bishop; Young; Hunter; Rose; Brown; White; Black; Green; King; Fox; Long; Little; Baker; Cook; Mason; Price; Rich; Wolf; Stone; Hardy; Sharp; Wise; Love; Moody; Bell; Page; Frost; Snow; Lamb; Hope; Small; Strong; Cross; Swift; Winter; Summers; Church; Banks; Field; Marsh; Lake; Hill; Wood; Ward; Cash; Penny; Bond; Best; Friend; Gold; Christmas; Sparks; Waters; Bush; Stamp; Noble",
        "script": "Latn",
    },
    "es": {
        "m": "Alejandro:Álex; Javier:Javi; José Luis; Juan Pablo; Santiago:Santi; Mateo; Diego; Sergio; Rodrigo; Andrés; Francisco:Paco,Pancho; Guillermo:Memo,Guille; Ignacio:Nacho; Jesús:Chuy; Emiliano; Gonzalo; Raúl; Álvaro; Fernando:Nando; Héctor",
        "f": "María José:Majo; Lucía; Ximena; Guadalupe:Lupe; Valentina:Vale; Camila; Sofía; Martina; Daniela:Dani; Carmen; Pilar; Rocío; Itziar; Nerea; Alejandra:Ale; Beatriz:Bea; Concepción:Concha; Mercedes; Paloma; Inmaculada:Inma",
        "last": "García; Rodríguez; Fernández; Martínez; López; González; Sánchez; Pérez; Gómez; Díaz; Hernández; Muñoz; Jiménez; Ruiz; Núñez; Ibáñez; Peña; Vargas; Castillo; Ortega; Morales; Romero; de la Cruz; del Río; de la Fuente; Echeverría; Aguirre; Zubizarreta; Villalobos; Quintero; Cifuentes",
        "double": "0.45",
        "script": "Latn",
        "faker": "es_ES,es_MX",
    },
    "pt": {
        "m": "João; Thiago; Gabriel; Lucas; Rafael:Rafa; Pedro Henrique; Matheus; Guilherme:Gui; Felipe; Rodrigo; Caio; Vinícius:Vini; Leonardo:Léo; Eduardo:Edu; Francisco:Chico; Tiago; Rui; Nuno",
        "f": "Ana Beatriz:Bia; Maria Eduarda:Duda; Fernanda:Nanda; Juliana:Ju; Camila; Larissa; Letícia; Beatriz:Bia; Gabriela:Gabi; Mariana; Luana; Isabela:Bela; Inês; Joana; Leonor",
        "last": "Silva; Santos; dos Santos; da Silva; Oliveira; Pereira; Souza; Rodrigues; Ferreira; Alves; Lima; Gonçalves; Carvalho; Ribeiro; Conceição; Magalhães; Araújo; Nascimento; Barbosa; Cavalcanti; da Costa; Brandão; Figueiredo",
        "script": "Latn",
        "faker": "pt_BR,pt_PT",
    },
    "fr": {
        "m": "Jean-Luc; Jean-Baptiste:JB; Théo; Mathis; Hugo; Louis; Antoine; Julien; Nicolas:Nico; Maxime:Max; Thibault; Guillaume; Étienne; François; Baptiste; Yannick; Rémi; Cédric",
        "f": "Marie-Claire; Anne-Sophie; Chloé; Léa; Inès; Anaïs; Camille; Manon; Élodie; Juliette; Margaux; Clémence; Sandrine; Amélie; Océane; Hélène; Noémie; Maëlle",
        "last": "Dubois; Lefèvre; Le Gall; de Villiers; Moreau; Girard; Mercier; Fontaine; Bonnet; Lambert; Faure; Rousseau; Benali; Chevalier; Garnier; Legrand; Le Roux; Boucher; Perrin; Marchand; Dufour; Lemaire; Haddad; Traoré; N'Diaye; Saint-Clair",
        "script": "Latn",
        "faker": "fr_FR",
    },
    "de": {
        "m": "Lukas; Jonas; Maximilian:Max; Jürgen; Stefan; Tobias:Tobi; Florian:Flo; Matthias; Sebastian:Basti; Andreas; Klaus; Dieter; Niklas; Moritz; Felix; Wolfgang; Uwe; Jörg",
        "f": "Sabine; Anke; Lena; Hannah; Katharina:Kathi; Franziska:Franzi; Julia; Sophie; Ute; Birgit; Jana; Lea; Annika; Susanne:Susi; Claudia; Friederike:Frieda; Mareike; Greta",
        "last": "Müller; Schröder; Weiß; Groß; Schäfer; von Arnim; Krüger; Hoffmann; Wagner; Köhler; Schmitt; Becker; Fischer; Zimmermann; Hartmann; Lehmann; Neumann; Braun; Wolff; Schulze; Vogel; Fuchs; Kühn; Bäcker; Brandt; zu Dohna; Lindemann; Oberhauser; Weißkopf",
        "script": "Latn",
        "faker": "de_DE,de_AT",
    },
    "nl": {
        "m": "Daan; Sem; Bram; Jeroen; Thijs; Joost; Ruud; Pieter; Maarten; Wouter; Sjoerd; Gijs; Koen; Willem:Wim",
        "f": "Sanne; Fleur; Annelies; Anouk; Femke; Lotte; Marieke; Ilse; Eva; Noor; Sterre; Mieke; Jantine; Roos",
        "last": "van der Berg; de Vries; van den Heuvel; Jansen; Bakker; de Jong; Visser; van Dijk; Smits; ter Horst; Meijer; de Boer; Mulder; Vermeulen; van Leeuwen; Dekker; Brouwer; van der Meer; Hendriks; Kuipers; van 't Hof",
        "script": "Latn",
        "faker": "nl_NL,nl_BE",
    },
    "it": {
        "m": "Alessandro:Ale; Lorenzo; Matteo; Giuseppe:Beppe,Peppe; Francesco:Checco; Andrea; Davide; Stefano; Giovanni:Gianni; Riccardo; Federico:Fede; Marco; Luca; Salvatore:Totò",
        "f": "Giulia; Chiara; Francesca:Fra; Martina; Sara; Alessia; Elisa; Federica; Valentina; Giorgia; Ilaria; Beatrice:Bea; Rosaria; Antonella",
        "last": "Rossi; Bianchi; Esposito; De Luca; Di Stefano; Ferrari; Russo; Romano; Colombo; Ricci; Marino; Greco; Bruno; Gallo; Conti; Lombardi; Mancini; Costa; Giordano; Rinaldi; Caruso; D'Amico; Lo Bianco; Santoro; Fontana",
        "script": "Latn",
        "faker": "it_IT",
    },
    "pl": {
        "m": "Piotr; Krzysztof:Krzysiek; Tomasz:Tomek; Łukasz; Paweł; Michał; Marcin; Jakub:Kuba; Wojciech:Wojtek; Grzegorz:Grzesiek; Bartosz:Bartek; Kamil; Mateusz",
        "f": "Agnieszka:Aga; Małgorzata:Gosia; Katarzyna:Kasia; Zofia:Zosia; Anna:Ania; Magdalena:Madzia; Joanna:Asia; Ewa; Aleksandra:Ola; Monika; Justyna; Dorota; Weronika",
        "last": "Kowalski; Nowak; Wiśniewski; Wójcik; Kamiński; Zieliński; Szymański; Dąbrowski; Woźniak; Mazur; Krawczyk; Kaczmarek; Piotrowski; Grabowski; Pawłowski; Michalski; Jabłoński; Wróblewski; Nowicki; Sadowski; Chmielewski; Wieczorek; Ostrowski",
        "fem": "pl",
        "script": "Latn",
        "faker": "pl_PL",
    },
    "ru": {
        "m": "Александр|Aleksandr:Саша|Sasha; Дмитрий|Dmitry:Дима|Dima; Сергей|Sergey:Серёжа|Seryozha; Алексей|Alexey:Лёша|Lyosha; Михаил|Mikhail:Миша|Misha; Иван|Ivan:Ваня|Vanya; Никита|Nikita; Артём|Artyom:Тёма|Tyoma; Андрей|Andrey:Андрюша|Andryusha; Павел|Pavel:Паша|Pasha; Владимир|Vladimir:Вова|Vova; Евгений|Evgeny:Женя|Zhenya; Кирилл|Kirill; Роман|Roman:Рома|Roma",
        "f": "Екатерина|Ekaterina:Катя|Katya; Анастасия|Anastasia:Настя|Nastya; Мария|Maria:Маша|Masha; Ольга|Olga:Оля|Olya; Татьяна|Tatiana:Таня|Tanya; Елена|Elena:Лена|Lena; Дарья|Darya:Даша|Dasha; Юлия|Yulia:Юля|Yulya; Наталья|Natalya:Наташа|Natasha; Ксения|Ksenia:Ксюша|Ksyusha; Светлана|Svetlana:Света|Sveta; Алина|Alina; Полина|Polina:Поля|Polya; Вероника|Veronika",
        "last": "Смирнов|Smirnov; Кузнецов|Kuznetsov; Попов|Popov; Соколов|Sokolov; Лебедев|Lebedev; Козлов|Kozlov; Новиков|Novikov; Морозов|Morozov; Волков|Volkov; Соловьёв|Solovyov; Васильев|Vasiliev; Зайцев|Zaitsev; Семёнов|Semyonov; Голубев|Golubev; Виноградов|Vinogradov; Богданов|Bogdanov; Воробьёв|Vorobyov; Фёдоров|Fedorov; Белов|Belov; Тарасов|Tarasov; Крылов|Krylov; Жуковский|Zhukovsky; Островский|Ostrovsky; Ким|Kim; Цой|Tsoi; Гарипов|Garipov; Шапиро|Shapiro",
        "pat": "Александрович|Aleksandrovich/Александровна|Aleksandrovna; Дмитриевич|Dmitrievich/Дмитриевна|Dmitrievna; Сергеевич|Sergeevich/Сергеевна|Sergeevna; Алексеевич|Alekseevich/Алексеевна|Alekseevna; Михайлович|Mikhailovich/Михайловна|Mikhailovna; Иванович|Ivanovich/Ивановна|Ivanovna; Андреевич|Andreevich/Андреевна|Andreevna; Николаевич|Nikolaevich/Николаевна|Nikolaevna; Владимирович|Vladimirovich/Владимировна|Vladimirovna; Игоревич|Igorevich/Игоревна|Igorevna; Павлович|Pavlovich/Павловна|Pavlovna; Олегович|Olegovich/Олеговна|Olegovna; Юрьевич|Yurievich/Юрьевна|Yurievna; Викторович|Viktorovich/Викторовна|Viktorovna",
        "fem": "ru",
        "script": "Cyrl",
        "lang": "ru",
    },
    "uk": {
        "m": "Олександр|Oleksandr:Сашко|Sashko; Андрій|Andriy; Тарас|Taras; Богдан|Bohdan:Бодя|Bodia; Дмитро|Dmytro; Максим|Maksym; Юрій|Yuriy:Юра|Yura; Василь|Vasyl; Остап|Ostap; Микола|Mykola; Ярослав|Yaroslav:Ярик|Yaryk",
        "f": "Оксана|Oksana; Олена|Olena; Ірина|Iryna:Іра|Ira; Наталія|Nataliia; Софія|Sofiia; Ганна|Hanna; Марія|Mariia; Юлія|Yuliia; Катерина|Kateryna:Катя|Katia; Соломія|Solomiia; Христина|Khrystyna",
        "last": "Шевченко|Shevchenko; Коваленко|Kovalenko; Бондаренко|Bondarenko; Ткаченко|Tkachenko; Кравчук|Kravchuk; Мельник|Melnyk; Бойко|Boiko; Коваль|Koval; Олійник|Oliinyk; Лисенко|Lysenko; Павленко|Pavlenko; Гнатюк|Hnatiuk; Савчук|Savchuk; Руденко|Rudenko; Марченко|Marchenko; Петрук|Petruk; Гаврилюк|Havryliuk; Мороз|Moroz; Литвиненко|Lytvynenko; Заремба|Zaremba",
        "pat": "Олександрович|Oleksandrovych/Олександрівна|Oleksandrivna; Андрійович|Andriiovych/Андріївна|Andriivna; Петрович|Petrovych/Петрівна|Petrivna; Миколайович|Mykolaiovych/Миколаївна|Mykolaivna; Іванович|Ivanovych/Іванівна|Ivanivna; Васильович|Vasylovych/Василівна|Vasylivna",
        "script": "Cyrl",
        "lang": "uk",
    },
    "el": {
        "m": "Γιώργος|Giorgos; Δημήτρης|Dimitris:Μήτσος|Mitsos; Νίκος|Nikos; Κώστας|Kostas; Γιάννης|Giannis; Παναγιώτης|Panagiotis:Πάνος|Panos; Χρήστος|Christos; Αλέξανδρος|Alexandros:Αλέκος|Alekos; Σπύρος|Spyros; Θανάσης|Thanasis; Στέλιος|Stelios",
        "f": "Μαρία|Maria; Ελένη|Eleni; Κατερίνα|Katerina; Σοφία|Sofia; Δέσποινα|Despoina; Αγγελική|Angeliki; Βασιλική|Vasiliki:Βάσω|Vaso; Ευαγγελία|Evangelia:Εύα|Eva; Χριστίνα|Christina; Ιωάννα|Ioanna; Φωτεινή|Foteini:Φωφώ|Fofo",
        "last": "Παπαδόπουλος|Papadopoulos/Παπαδοπούλου|Papadopoulou; Γεωργίου|Georgiou; Οικονόμου|Oikonomou; Νικολάου|Nikolaou; Καραγιάννης|Karagiannis/Καραγιάννη|Karagianni; Βλάχος|Vlachos/Βλάχου|Vlachou; Μακρής|Makris/Μακρή|Makri; Παπαδάκης|Papadakis/Παπαδάκη|Papadaki; Ιωάννου|Ioannou; Δημητρίου|Dimitriou; Κωνσταντινίδης|Konstantinidis/Κωνσταντινίδου|Konstantinidou; Αθανασίου|Athanasiou; Μιχαηλίδης|Michailidis/Μιχαηλίδου|Michailidou; Αλεξίου|Alexiou; Τσολάκης|Tsolakis/Τσολάκη|Tsolaki; Σταθόπουλος|Stathopoulos/Σταθοπούλου|Stathopoulou",
        "script": "Grek",
        "lang": "el",
    },
    "ka": {
        "m": "გიორგი|Giorgi:გოგა|Goga; დავით|Davit:დათო|Dato; ლევან|Levan:ლევანა|Levana; ნიკა|Nika; ლაშა|Lasha; ირაკლი|Irakli; ზურაბ|Zurab:ზურა|Zura; ალექსანდრე|Aleksandre:სანდრო|Sandro; ბექა|Beka; გურამ|Guram",
        "f": "ნინო|Nino:ნინი|Nini; მარიამ|Mariam:მაკო|Mako; თამარ|Tamar:თამუნა|Tamuna; ანა|Ana; ნათია|Natia; ეკატერინე|Ekaterine:ეკა|Eka; სალომე|Salome; ქეთევან|Ketevan:ქეთი|Keti; ელენე|Elene; მზია|Mzia",
        "last": "ბერიძე|Beridze; კაპანაძე|Kapanadze; გელაშვილი|Gelashvili; მაისურაძე|Maisuradze; გიორგაძე|Giorgadze; ლომიძე|Lomidze; ცისკარიშვილი|Tsiskarishvili; ბოლქვაძე|Bolkvadze; ქავთარაძე|Kavtaradze; ხარაიშვილი|Kharaishvili; ჯაფარიძე|Japaridze; მამალაძე|Mamaladze; ჩხეიძე|Chkheidze; დოლიძე|Dolidze; შენგელია|Shengelia; ჟღენტი|Zhghenti; ნოზაძე|Nozadze",
        "script": "Geor",
        "lang": "ka",
    },
    "tr": {
        "m": "Mehmet; Mustafa; Emre; Burak; Can; Oğuz; Hakan; Serkan; Yusuf; Barış; Kerem; Uğur; Onur; Çağlar; İsmail; Tolga",
        "f": "Ayşe; Fatma; Elif; Zeynep; Şule; Gülşen; Merve; Büşra; İpek; Özlem; Ece; Dilek; Sevgi; Nur; Gizem; Hülya",
        "last": "Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Aydın; Öztürk; Arslan; Doğan; Kılıç; Aslan; Çetin; Koç; Kurt; Özdemir; Acar; Güneş; Polat; Erdem; Karakaya; Uçar; Bulut; Tekin",
        "script": "Latn",
        "faker": "tr_TR",
    },
    "ar": {
        "m": "محمد|Mohammed:حمودي|Hamoudi; أحمد|Ahmed; خالد|Khalid; عمر|Omar; يوسف|Youssef; طارق|Tariq; حسن|Hassan; فيصل|Faisal; كريم|Karim; سامي|Sami; عبدالله|Abdullah:عبود|Abboud; ماجد|Majed; زياد|Ziad",
        "f": "فاطمة|Fatima:فطوم|Fattoum; مريم|Maryam; نور|Noor; ليلى|Layla; سارة|Sara; هدى|Huda; رانيا|Rania; آمنة|Amna; ريم|Reem; دينا|Dina; لجين|Lujain; جود|Joud; سلمى|Salma",
        "last": "الراشد|al-Rashid; العتيبي|Al-Otaibi; الحربي|Al-Harbi; حداد|Haddad; منصور|Mansour; بن عبدالله|bin Abdullah; الخطيب|Al-Khatib; الشمري|Al-Shammari; عبد الرحمن|Abdel Rahman; الزهراني|Al-Zahrani; نصر|Nasr; سليمان|Suleiman; القحطاني|Al-Qahtani; الدوسري|Al-Dosari; المصري|El-Masry; عيسى|Issa; خوري|Khoury; الحسيني|Al-Husseini; بن سعيد|Bin Saeed",
        "script": "Arab",
        "lang": "ar",
    },
    "hi": {
        "m": "राहुल|Rahul; अर्जुन|Arjun; विक्रम|Vikram:विक्की|Vicky; रोहन|Rohan; आदित्य|Aditya:आदि|Adi; संदीप|Sandeep:सैंडी|Sandy; कार्तिक|Karthik; सिद्धार्थ|Siddharth:सिड|Sid; वेंकटेश|Venkatesh:वेंकी|Venky; अनिकेत|Aniket; सौरभ|Saurabh; हर्ष|Harsh; प्रणव|Pranav; गौरव|Gaurav",
        "f": "प्रिया|Priya; अनन्या|Ananya; नेहा|Neha; पूजा|Pooja; दिव्या|Divya; काव्या|Kavya; श्रेया|Shreya; लक्ष्मी|Lakshmi; मीरा|Meera; स्नेहा|Sneha; अदिति|Aditi; रितिका|Ritika; तन्वी|Tanvi; ऐश्वर्या|Aishwarya:ऐशु|Aishu",
        "last": "शर्मा|Sharma; वर्मा|Verma; अय्यर|Iyer; नायर|Nair; रेड्डी|Reddy; गुप्ता|Gupta; पटेल|Patel; मेहता|Mehta; चटर्जी|Chatterjee; बनर्जी|Banerjee; कृष्णमूर्ति|Krishnamurthy; देशपांडे|Deshpande; कुलकर्णी|Kulkarni; सिंह|Singh; अग्रवाल|Agarwal; मेनन|Menon; पिल्लई|Pillai; राव|Rao; जोशी|Joshi; सुब्रमण्यम|Subramaniam; चौधरी|Chaudhary",
        "script": "Deva",
        "lang": "hi",
    },
    "ja": {
        "m": "翔太|Shota; 大輔|Daisuke; 健太|Kenta; 拓也|Takuya; 蓮|Ren; 悠斗|Yuto; 直樹|Naoki; 浩二|Koji; 隆|Takashi; 誠|Makoto; 和也|Kazuya; 亮|Ryo",
        "f": "陽菜|Hina; 結衣|Yui; 美咲|Misaki; 葵|Aoi; さくら|Sakura; 由美子|Yumiko; 真由|Mayu; 彩花|Ayaka; 恵|Megumi; 千尋|Chihiro; 奈々|Nana; 麻衣|Mai",
        "last": "佐藤|Sato; 鈴木|Suzuki; 高橋|Takahashi; 田中|Tanaka; 伊藤|Ito; 渡辺|Watanabe; 山本|Yamamoto; 中村|Nakamura; 小林|Kobayashi; 加藤|Kato; 吉田|Yoshida; 山田|Yamada; 松本|Matsumoto; 井上|Inoue; 木村|Kimura; 清水|Shimizu; 森|Mori; 藤原|Fujiwara; 岡田|Okada; 長谷川|Hasegawa; 石川|Ishikawa; 前田|Maeda",
        "script": "Jpan",
        "lang": "ja",
        "order": "family",
    },
    "ko": {
        "m": "민준|Min-jun; 서준|Seo-jun; 도윤|Do-yoon; 지호|Ji-ho; 현우|Hyun-woo; 준영|Jun-young; 성민|Sung-min; 태현|Tae-hyun; 재원|Jae-won; 동혁|Dong-hyuk",
        "f": "서연|Seo-yeon; 지민|Ji-min; 하은|Ha-eun; 수빈|Su-bin; 예린|Ye-rin; 지은|Ji-eun; 유나|Yu-na; 민지|Min-ji; 은비|Eun-bi; 소희|So-hee",
        "last": "김|Kim; 이|Lee; 박|Park; 최|Choi; 정|Jung; 강|Kang; 조|Cho; 윤|Yoon; 장|Jang; 임|Lim; 한|Han; 오|Oh; 서|Seo; 신|Shin; 권|Kwon; 황|Hwang; 송|Song; 남궁|Namgung; 제갈|Jegal",
        "script": "Hang",
        "lang": "ko",
        "order": "family",
    },
    "zh": {
        "m": "伟|Wei; 浩然|Haoran; 子轩|Zixuan; 俊杰|Junjie; 志强|Zhiqiang; 建国|Jianguo; 宇航|Yuhang; 明|Ming; 磊|Lei; 鹏飞|Pengfei; 嘉豪|Jiahao",
        "f": "静|Jing; 芳|Fang; 雨涵|Yuhan; 欣怡|Xinyi; 梓涵|Zihan; 晓燕|Xiaoyan; 丽娜|Lina; 思琪|Siqi; 婷婷|Tingting; 佳怡|Jiayi; 雪|Xue",
        "last": "王|Wang; 李|Li; 张|Zhang; 刘|Liu; 陈|Chen; 杨|Yang; 黄|Huang; 赵|Zhao; 周|Zhou; 吴|Wu; 徐|Xu; 孙|Sun; 马|Ma; 胡|Hu; 郭|Guo; 林|Lin; 何|He; 高|Gao; 欧阳|Ouyang; 司马|Sima; 诸葛|Zhuge",
        "script": "Hans",
        "lang": "zh",
        "order": "family",
    },
    "vi": {
        "m": "Anh; Bảo; Dũng; Hùng; Khoa; Long; Minh; Nam; Phúc; Quân; Tuấn; Huy; Đạt; Thắng",
        "f": "Hoa; Lan; Linh; Mai; Ngọc; Thảo; Trang; Vy; Hương; Yến; Hà; Nhung; Phương; Quỳnh",
        "last": "Nguyễn; Trần; Lê; Phạm; Hoàng; Huỳnh; Phan; Vũ; Võ; Đặng; Bùi; Đỗ; Hồ; Ngô; Dương; Lý",
        "middle_m": "Văn; Đức; Minh; Quốc; Hoàng; Thanh; Hữu; Công",
        "middle_f": "Thị; Ngọc; Thu; Thanh; Minh; Bảo; Khánh; Hồng",
        "script": "Latn",
        "lang": "vi",
        "order": "family",
    },
    "id": {
        "m": "Budi; Agus; Dedi; Rizky; Andi; Hendra; Putu; Wayan; Fajar; Bayu; Teguh; Yoga; Arief; Dimas",
        "f": "Siti; Dewi; Ayu; Putri; Sri; Rina; Nurul; Intan; Wulan; Ratna; Anggun; Fitri; Indah; Kartika",
        "last": "Santoso; Wijaya; Pratama; Kusuma; Hidayat; Saputra; Setiawan; Nugroho; Siregar; Harahap; Simanjuntak; Lubis; Gunawan; Halim; Sutanto; Permana; Wibowo; Hasibuan",
        "mononym": "0.15",
        "script": "Latn",
        "faker": "id_ID",
    },
    "sv": {
        "m": "Erik; Lars; Johan; Anders; Oskar; Björn; Mats; Nils; Gustav; Henrik; Per; Axel",
        "f": "Astrid; Ingrid; Karin; Linnea; Elin; Maja; Sofia; Annika; Ebba; Frida; Märta; Sigrid",
        "last": "Andersson; Johansson; Karlsson; Nilsson; Eriksson; Larsson; Lindqvist; Bergström; Lundgren; Sjöberg; Håkansson; Öberg; Åström; Ekström; Lindahl; Holmberg; Nyström; Wallin",
        "script": "Latn",
        "faker": "sv_SE",
    },
    "sw": {
        "m": "Baraka; Juma; Otieno; Kamau; Mwangi; Omondi; Jabari; Hamisi; Wekesa; Brian; Kevin; Dennis; Amani; Rashidi; Tumaini",
        "f": "Amina; Wanjiru; Akinyi; Njeri; Zawadi; Neema; Achieng; Imani; Halima; Grace; Faith; Mercy; Wambui; Rehema; Subira",
        "last": "Kamau; Mwangi; Odhiambo; Otieno; Wanjiku; Kariuki; Njoroge; Mutua; Ochieng; Kiprono; Chebet; Mohamed; Mushi; Massawe; Mrema; Wafula; Nyambura; Kilonzo",
        "script": "Latn",
    },
    "tl": {
        "m": "Juan Miguel:Migs; Paolo; Carlo; Rommel; Jomar; Mark Anthony:MA; Christian:Ian; Ramil; Jerome; Rey; Nonoy; Efren",
        "f": "Maricel; Rowena:Weng; Jennylyn:Jen; Kristine:Tin; Angelica:Gelay; Lovely; Princess; Mary Grace:Grace; Rosario:Charo; Marites; Clarissa; Bea",
        "last": "dela Cruz; Santos; Reyes; Bautista; Garcia; Mendoza; Villanueva; Macaraeg; Dimaculangan; Manalo; Panganiban; Castillo; Soriano; Lacson; Dizon; Magsaysay; Pangilinan; Tolentino",
        "script": "Latn",
    },
    "ng": {
        "m": "Chinedu; Oluwaseun:Seun; Emeka; Tunde; Babajide:Jide; Obinna; Ifeanyi; Abubakar; Musa; Adebayo:Bayo; Chukwuemeka:Emeka; Olumide; Segun; Uchenna",
        "f": "Ngozi; Chiamaka:Amaka; Folake; Adaeze:Ada; Funmilayo:Funmi; Yetunde:Yetty; Aisha; Zainab; Oluwakemi:Kemi; Ifeoma; Blessing; Temitope:Tope; Nneka; Bukola",
        "last": "Okafor; Adeyemi; Okonkwo; Eze; Nwosu; Balogun; Adebayo; Ogunleye; Obi; Abubakar; Bello; Ibrahim; Olaniyan; Chukwu; Onyekachi; Adeleke; Nwachukwu; Oyelaran; Akinola; Danjuma",
        "script": "Latn",
    },
    "za": {
        "m": "Thabo; Sipho; Lwazi; Bongani; Themba; Mandla; Pieter; Johan; Riaan; Kagiso; Tshepo; Vusi",
        "f": "Nomvula; Thandiwe:Thandi; Zanele; Lerato; Ayanda; Marike; Annelie; Palesa; Nandi; Refilwe; Busisiwe:Busi; Karabo",
        "last": "Mthembu; Dlamini; Nkosi; Ndlovu; Khumalo; Mahlangu; Botha; van der Merwe; du Plessis; Pretorius; Naidoo; Govender; Mokoena; Sithole; Molefe; Coetzee; le Roux; Moodley",
        "script": "Latn",
    },
    "he": {
        "m": "Eitan; Noam; Yonatan:Yoni; Itai; Omer; Avi; Gilad; Ariel; Ori; Amit",
        "f": "Noa; Tamar; Yael; Shira; Avital; Michal; Maya; Adi; Hila; Liat",
        "last": "Cohen; Levi; Mizrahi; Peretz; Biton; Friedman; Shapiro; Avraham; Dahan; Katz; Ben-David; Azoulay; Goldberg; Ben-Ami; Rosenthal",
        "script": "Latn",
    },
    "fa": {
        "m": "Dariush; Arash; Kourosh; Reza; Mehdi; Babak; Farhad; Kaveh; Siavash; Omid",
        "f": "Shirin; Parisa; Nasrin; Golnaz; Leila; Maryam; Roya; Azadeh; Mahsa; Niloufar",
        "last": "Hosseini; Mohammadi; Rezaei; Ahmadi; Karimi; Moradi; Jafari; Tehrani; Sadeghi; Ghorbani; Rahimi; Farahani; Shirazi; Esfahani",
        "script": "Latn",
    },
}

#: Which cultures people in English texts come from (weights).
EN_MIX = {
    "en": 30,
    "en_word": 9,
    "es": 6,
    "ng": 5,
    "hi": 8,
    "zh": 6,
    "ko": 3,
    "ja": 3,
    "vi": 3,
    "ar": 4,
    "fr": 3,
    "de": 3,
    "it": 2,
    "pt": 3,
    "ru": 3,
    "pl": 2,
    "tr": 2,
    "he": 2,
    "fa": 2,
    "za": 3,
    "tl": 2,
    "sw": 2,
    "nl": 2,
    "el": 1,
    "ka": 1,
    "sv": 1,
    "id": 1,
    "uk": 1,
}

#: Default culture of the people in a text written in a given language.
LANG_CULTURE = {
    "es": "es",
    "pt": "pt",
    "fr": "fr",
    "de": "de",
    "nl": "nl",
    "it": "it",
    "pl": "pl",
    "ru": "ru",
    "uk": "uk",
    "el": "el",
    "ka": "ka",
    "tr": "tr",
    "ar": "ar",
    "ar-Latn": "ar",
    "hi": "hi",
    "hi-Latn": "hi",
    "ja": "ja",
    "ko": "ko",
    "zh": "zh",
    "vi": "vi",
    "id": "id",
    "sv": "sv",
    "sw": "sw",
    "tl": "tl",
}

#: Country used for phones, addresses, IBANs, ... in a text of a given language.
LANG_COUNTRIES = {
    "en": "US US US US US GB GB CA AU IE IN NG ZA",
    "es": "ES ES MX",
    "pt": "BR BR PT",
    "fr": "FR",
    "de": "DE DE AT",
    "nl": "NL",
    "it": "IT",
    "pl": "PL",
    "ru": "RU",
    "uk": "UA",
    "el": "GR",
    "ka": "GE",
    "tr": "TR",
    "ar": "SA AE",
    "ar-Latn": "EG",
    "hi": "IN",
    "hi-Latn": "IN",
    "ja": "JP",
    "ko": "KR",
    "zh": "CN",
    "vi": "VN",
    "id": "ID",
    "sv": "SE",
    "sw": "KE KE TZ",
    "tl": "PH",
}

# ---------------------------------------------------------------------------------------------
# E-mail domains.
# ---------------------------------------------------------------------------------------------

WORK_DOMAINS = {
    "en": "northwind-logistics.com; brightpath.io; kestrelbank.co.uk; orbitpay.com; lumenhealth.org; finchlegal.com; tidewater.edu; quarry-labs.dev; harborview-clinic.org; saltmarsh.ai; bluefernmedia.com; copperline.net; oakridge-schools.org; meridianrx.com; pinecrest-realty.com; vantagept.com; irongate-security.io; cloverleaf.co; elmstreetdental.com; stratusgrid.cloud",
    "es": "grupoandes.es; logistica-sur.mx; clinicalaluz.es; estudiojuridico-ortega.com.ar",
    "pt": "tecnobrasil.com.br; construtoraatlantica.com.br; lusoenergia.pt",
    "fr": "atelier-lumiere.fr; cabinet-marchand.fr; transalpes.fr",
    "de": "hanse-logistik.de; praxis-am-see.de; rheinwerk-software.de; alpenbank.at",
    "nl": "polderdata.nl; tulpzorg.nl",
    "it": "studiolegale-conti.it; officinaverde.it",
    "pl": "wislasoft.pl; kancelaria-nowak.pl",
    "ru": "severtrans.ru; ural-it.ru",
    "uk": "dniprosoft.com.ua",
    "el": "aegeanlines.gr",
    "ka": "kolkhetigroup.ge",
    "tr": "bogazici-yazilim.com.tr; anadolulojistik.com.tr",
    "ar": "najd-holding.sa; gulfbridge.ae",
    "ar-Latn": "nileworks.com.eg",
    "hi": "sahyadri-tech.in",
    "hi-Latn": "sahyadri-tech.in; zestpay.in",
    "ja": "sakura-shoji.co.jp; kaminari.jp",
    "ko": "hanbit-soft.co.kr; seoulmedi.kr",
    "zh": "hengtai-tech.cn; xinghe.com.cn",
    "vi": "sontra.vn; mekongpay.vn",
    "id": "nusantara-digital.co.id",
    "sv": "norrsken.se",
    "sw": "savannahtech.co.ke; kilimanjaro-tours.co.tz",
    "tl": "bayanihan-bpo.ph",
}

FREE_DOMAINS = {
    "en": "gmail.com; gmail.com; gmail.com; outlook.com; yahoo.com; hotmail.com; icloud.com; proton.me; aol.com; hotmail.co.uk; btinternet.com",
    "es": "gmail.com; hotmail.es; yahoo.es; outlook.es",
    "pt": "gmail.com; uol.com.br; bol.com.br; hotmail.com; sapo.pt",
    "fr": "gmail.com; orange.fr; free.fr; laposte.net; sfr.fr",
    "de": "gmail.com; web.de; gmx.de; t-online.de; posteo.de",
    "nl": "gmail.com; ziggo.nl; kpnmail.nl; hotmail.nl",
    "it": "gmail.com; libero.it; virgilio.it; tiscali.it",
    "pl": "gmail.com; wp.pl; onet.pl; o2.pl; interia.pl",
    "ru": "mail.ru; yandex.ru; gmail.com; rambler.ru; bk.ru",
    "uk": "ukr.net; gmail.com; i.ua",
    "el": "gmail.com; yahoo.gr; otenet.gr",
    "ka": "gmail.com; mail.ge",
    "tr": "gmail.com; hotmail.com; yandex.com.tr",
    "ar": "gmail.com; hotmail.com; outlook.sa",
    "ar-Latn": "gmail.com; yahoo.com",
    "hi": "gmail.com; rediffmail.com; yahoo.co.in",
    "hi-Latn": "gmail.com; rediffmail.com; yahoo.co.in",
    "ja": "yahoo.co.jp; docomo.ne.jp; gmail.com; ezweb.ne.jp",
    "ko": "naver.com; daum.net; gmail.com; kakao.com",
    "zh": "qq.com; 163.com; 126.com; sina.com",
    "vi": "gmail.com; yahoo.com.vn",
    "id": "gmail.com; yahoo.co.id",
    "sv": "gmail.com; telia.com; hotmail.se",
    "sw": "gmail.com; yahoo.com",
    "tl": "gmail.com; yahoo.com.ph",
}

# ---------------------------------------------------------------------------------------------
# Addresses. Per country: "formats" (tokens in braces), "streets" and "cities". A street entry
# may carry its own city and postal pattern ("street|city|postal"); otherwise a city entry
# ("city|postal") is drawn. Postal patterns: "#" a digit, "@" a capital letter. Some streets are
# named after people on purpose (they are part of an address, never a PERSON).
# ---------------------------------------------------------------------------------------------

ADDRESSES: dict[str, dict[str, str]] = {
    "US": {
        "formats": "{n} {street}, {city} {postal}; {n} {street}, Apt {apt}, {city} {postal}; {n} {street} #{apt}, {city} {postal}; {n} {street}, Suite {n3}, {city} {postal}; {n} {street} Unit {apt}, {city} {postal}",
        "streets": "Alder Creek Rd; Maple Ave; Oak St; Lincoln Blvd; Martin Luther King Jr Blvd; Washington St; Cedar Ln; Hawthorne Dr; Elm St; Sunset Blvd; Jefferson Ave; Willow Way; Pine Ridge Ct; Grand Ave; Magnolia St; Franklin St; Kennedy Pkwy; Birchwood Dr; Harbor View Rd; Lakeshore Dr; Mill Pond Rd; Juniper Trl; W 87th St; N Clark St",
        "cities": "Portland, OR|972##; Austin, TX|787##; Columbus, OH|432##; Madison, WI|537##; Tucson, AZ|857##; Raleigh, NC|276##; Boise, ID|837##; Savannah, GA|314##; Burlington, VT|054##; Oakland, CA|946##; Brooklyn, NY|112##; Evanston, IL|602##; Somerville, MA|021##; Ann Arbor, MI|481##",
    },
    "GB": {
        "formats": "{n} {street}, {city} {postal}; Flat {apt}, {n} {street}, {city} {postal}; {n} {street}, {city}, {postal}",
        "streets": "Station Road; High Street; Church Lane; Victoria Road; Albert Street; Mill Lane; Queen's Road; Wellington Street; Kingsway; Park Avenue; Cromwell Road; Nelson Street; Grosvenor Place",
        "cities": "Manchester|M## #@@; Leeds|LS# #@@; Bristol|BS# #@@; Edinburgh|EH# #@@; London|SW1# #@@; Cardiff|CF## #@@; Norwich|NR# #@@",
    },
    "CA": {
        "formats": "{apt}-{n} {street}, {city} {postal}; {n} {street}, {city} {postal}",
        "streets": "Robson St|Vancouver, BC|V6G #@#; Yonge St|Toronto, ON|M4W #@#; rue Sainte-Catherine Ouest|Montréal, QC|H3B #@#; Bloor St W|Toronto, ON|M5S #@#; Jasper Ave|Edmonton, AB|T5J #@#",
    },
    "AU": {
        "formats": "{n} {street}, {city} {postal}; Unit {apt}, {n} {street}, {city} {postal}; {apt}/{n} {street}, {city} {postal}",
        "streets": "Smith St|Fitzroy VIC|3065; Brunswick St|Fitzroy VIC|3065; King St|Newtown NSW|2042; Brunswick St|Fortitude Valley QLD|4006; South Terrace|Fremantle WA|6160",
    },
    "IE": {
        "formats": "{n} {street}, {city}, {postal}; Apt {apt}, {n} {street}, {city}, {postal}",
        "streets": "Griffith Avenue|Dublin 9|D09 @#@#; Leeson Street|Dublin 2|D02 @#@#; Ranelagh Road|Dublin 6|D06 @#@#; Grand Parade|Cork|T12 @#@#; Shop Street|Galway|H91 @#@#",
    },
    "IN": {
        "formats": "Flat {n3}, {bldg_in}, {street}, {city} {postal}; {n}, {street}, {city} - {postal}; House No. {n}, {street}, {city} {postal}",
        "streets": "14th Cross, Indiranagar|Bengaluru|5600##; MG Road|Bengaluru|5600##; Linking Road, Bandra West|Mumbai|4000##; Anna Salai, Teynampet|Chennai|6000##; FC Road, Shivajinagar|Pune|4110##; Sector 21|Gurugram|1220##",
    },
    "NG": {
        "formats": "{n} {street}, {city}; {n}, {street}, {city} {postal}",
        "streets": "Adeola Odeku Street, Victoria Island|Lagos|1012##; Allen Avenue, Ikeja|Lagos|1002##; Awolowo Road, Ikoyi|Lagos|1012##; Herbert Macaulay Way, Yaba|Lagos|1012##; Aminu Kano Crescent, Wuse 2|Abuja|9002##",
    },
    "ZA": {
        "formats": "{n} {street}, {city}, {postal}; Unit {apt}, {n} {street}, {city}, {postal}",
        "streets": "Jan Smuts Avenue, Parktown|Johannesburg|2193; Bree Street, Cape Town City Centre|Cape Town|8001; Florida Road, Morningside|Durban|4001; Main Road, Sea Point|Cape Town|8005",
    },
    "ES": {
        "formats": "{street} {n}, {floor_es}, {postal} {city}; {street}, {n}, {postal} {city}; {street} {n}, {floor_es}, {postal} {city}",
        "streets": "Calle de Alcalá; Calle Mayor; Avenida de la Constitución; Calle de Cervantes; Paseo de Gracia; Calle Gran Vía; Calle del Doctor Fleming; Calle de Lope de Vega; Avenida de Blasco Ibáñez",
        "cities": "Madrid|280##; Barcelona|080##; Sevilla|410##; Valencia|460##; Bilbao|480##; Zaragoza|500##",
    },
    "MX": {
        "formats": "{street} {n}, Col. {colonia_mx}, {postal} {city}; {street} {n} Int. {apt}, Col. {colonia_mx}, {postal} {city}",
        "streets": "Av. Insurgentes Sur; Calle Durango; Av. Álvaro Obregón; Calle Benito Juárez; Av. Revolución; Calle Puebla",
        "cities": "Ciudad de México|06###; Ciudad de México|03###; Guadalajara|44###; Monterrey|64###",
    },
    "BR": {
        "formats": "{street}, {n}, apto {n3} - {city}, {postal}; {street}, {n} - {city}, CEP {postal}",
        "streets": "Rua Oscar Freire; Av. Paulista; Rua das Flores; Rua XV de Novembro; Av. Getúlio Vargas; Rua Augusta; Rua Padre Chagas",
        "cities": "São Paulo - SP|01###-###; Curitiba - PR|80###-###; Belo Horizonte - MG|30###-###; Porto Alegre - RS|90###-###",
    },
    "PT": {
        "formats": "{street}, {n}, {postal} {city}; {street}, n.º {n}, {n2}.º Esq., {postal} {city}",
        "streets": "Rua Augusta; Avenida da Liberdade; Rua de Santa Catarina; Rua do Almada; Rua Garrett",
        "cities": "Lisboa|1###-###; Porto|4###-###; Coimbra|3000-###",
    },
    "FR": {
        "formats": "{n} {street}, {postal} {city}; {n} bis {street}, {postal} {city}; Bât. B, {n} {street}, {postal} {city}",
        "streets": "rue des Lilas; rue Victor Hugo; avenue Jean Jaurès; boulevard Voltaire; rue de la République; rue Nationale; allée des Tilleuls; rue Émile Zola",
        "cities": "Lyon|6900#; Paris|750##; Nantes|440##; Toulouse|310##; Lille|590##; Rennes|350##",
    },
    "DE": {
        "formats": "{street} {n}, {postal} {city}; {street} {n}a, {postal} {city}; {street} {n2}, {postal} {city}",
        "streets": "Lindenstraße; Goethestraße; Hauptstraße; Bahnhofstraße; Karl-Marx-Allee; Schillerplatz; Am Mühlbach; Rosenweg; Friedrichstraße; Beethovenstraße",
        "cities": "Berlin|10###; München|80###; Hamburg|20###; Köln|50###; Leipzig|04###; Dresden|01###",
    },
    "AT": {
        "formats": "{street} {n}/{apt}, {postal} {city}; {street} {n}, {postal} {city}",
        "streets": "Mariahilfer Straße; Landstraßer Hauptstraße; Herrengasse; Mozartgasse",
        "cities": "Wien|1##0; Graz|80##; Salzburg|50##",
    },
    "NL": {
        "formats": "{street} {n}, {postal} {city}; {street} {n}-{apt}, {postal} {city}; {street} {n} bis, {postal} {city}",
        "streets": "Kerkstraat; Prinsengracht; Oudegracht; Dorpsstraat; Julianalaan; Van Goghstraat; Rembrandtlaan",
        "cities": "Utrecht|35## @@; Amsterdam|10## @@; Rotterdam|30## @@; Eindhoven|56## @@",
    },
    "IT": {
        "formats": "{street} {n}, {postal} {city}; {street}, {n}, {postal} {city}",
        "streets": "Via Garibaldi; Via Roma; Corso Vittorio Emanuele II; Via dei Mille; Via Dante Alighieri; Viale Mazzini; Via Giuseppe Verdi",
        "cities": "Milano|201##; Torino|101##; Bologna|401##; Napoli|801##; Firenze|501##",
    },
    "PL": {
        "formats": "{street} {n}/{apt}, {postal} {city}; {street} {n}, {postal} {city}",
        "streets": "ul. Marszałkowska; ul. Długa; ul. Mickiewicza; ul. Kościuszki; ul. Piotrkowska; al. Jana Pawła II; ul. Chopina",
        "cities": "Warszawa|0#-###; Kraków|3#-###; Wrocław|5#-###; Gdańsk|80-###; Łódź|9#-###",
    },
    "RU": {
        "formats": "{street}, д. {n}, кв. {apt}, {city}, {postal}; {postal}, г. {city}, {street}, д. {n}, кв. {apt}; {street}, {n}-{apt}, {city}",
        "streets": "ул. Профсоюзная; ул. Тверская; Ленинский пр-т; ул. Пушкина; ул. Садовая; пр. Мира; ул. Гагарина",
        "cities": "Москва|1#####; Санкт-Петербург|19####; Казань|420###; Новосибирск|630###",
    },
    "UA": {
        "formats": "{street}, {n}, кв. {apt}, {city}, {postal}; {street}, буд. {n}, кв. {apt}, м. {city}, {postal}",
        "streets": "вул. Хрещатик; вул. Шевченка; просп. Перемоги; вул. Січових Стрільців; вул. Городоцька; вул. Лесі Українки",
        "cities": "Київ|0####; Львів|79###; Одеса|65###; Дніпро|49###",
    },
    "GR": {
        "formats": "{street} {n}, {postal} {city}; {street} {n}, {n2}ος όροφος, {postal} {city}",
        "streets": "Οδός Ερμού; Λεωφόρος Κηφισίας; Οδός Τσιμισκή; Οδός Πατησίων; Λεωφόρος Αλεξάνδρας; Οδός Βασιλίσσης Σοφίας",
        "cities": "Αθήνα|10# ##; Θεσσαλονίκη|54# ##; Πάτρα|26# ##",
    },
    "GE": {
        "formats": "{street} {n}, {city} {postal}; {city}, {street} {n}, ბ. {apt}",
        "streets": "ჭავჭავაძის გამზ.; რუსთაველის გამზ.; ფალიაშვილის ქ.; აღმაშენებლის გამზ.; ვაჟა-ფშაველას გამზ.",
        "cities": "თბილისი|01##",
    },
    "TR": {
        "formats": "{street} No: {n} D: {apt}, {postal} {city}; {street} No:{n}/{apt}, {postal} {city}",
        "streets": "Atatürk Cad.; Bağdat Cad.; İstiklal Cad.; Cumhuriyet Mah. Gül Sok.; Moda Cad.; Barbaros Bulvarı",
        "cities": "Kadıköy/İstanbul|347##; Çankaya/Ankara|06###; Karşıyaka/İzmir|355##; Nilüfer/Bursa|16###",
    },
    "SA": {
        "formats": "{street}، مبنى {n}، {city} {postal}; {city}، {street}، رقم المبنى {n4}، الرمز البريدي {postal}",
        "streets": "طريق الملك فهد; شارع الأمير سلطان; شارع التحلية; طريق الأمير محمد بن عبدالعزيز; شارع العليا",
        "cities": "الرياض|1####; جدة|2####; الدمام|3####",
    },
    "AE": {
        "formats": "Villa {n}, {street}, {city}; Apt {n3}, {bldg_ae}, {street}, {city}",
        "streets": "Al Wasl Road|Dubai|; Street 21, Al Barsha 2|Dubai|; Jumeirah Beach Road|Dubai|; Hamdan Street|Abu Dhabi|; Corniche Road|Abu Dhabi|",
    },
    "EG": {
        "formats": "{n} {street}, {city} {postal}; {n} {street}, Apt {apt}, {city}",
        "streets": "Tahrir Street, Dokki|Giza|12611; 26th of July Street, Zamalek|Cairo|11211; Abbas El Akkad Street, Nasr City|Cairo|11371; Port Said Street, Sporting|Alexandria|21523",
    },
    "JP": {
        "formats": "〒{postal} {street}{n2}-{n2}-{n2}; 〒{postal} {street}{n2}-{n2}-{n2} {bldg_jp}{room}; {street}{n2}丁目{n2}-{n2}",
        "streets": "東京都渋谷区神宮前|東京|150-0001; 東京都世田谷区北沢|東京|155-0031; 大阪府大阪市北区梅田|大阪|530-0001; 愛知県名古屋市中区栄|名古屋|460-0008; 福岡県福岡市中央区天神|福岡|810-0001",
    },
    "KR": {
        "formats": "{street} {n}, {n2}층 ({postal}); {street} {n} {bldg_kr} {room}호; {street} {n}",
        "streets": "서울특별시 강남구 테헤란로|서울|06###; 서울특별시 마포구 월드컵북로|서울|03###; 부산광역시 해운대구 센텀중앙로|부산|48###; 서울특별시 송파구 올림픽로|서울|05###",
    },
    "CN": {
        "formats": "{street}{n}号{n2}号楼{room}室; {street}{n}号{bldg_cn}{room}室",
        "streets": "北京市朝阳区建国路|北京|100###; 上海市浦东新区世纪大道|上海|200###; 深圳市南山区科技园南路|深圳|518###; 杭州市西湖区文三路|杭州|310###",
    },
    "VN": {
        "formats": "Số {n} {street}; {n}/{n2} {street}; Số {n2}, ngõ {n}, {street}",
        "streets": "Phố Huế, Hai Bà Trưng, Hà Nội||; Đường Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh||; Đường Trần Hưng Đạo, Quận 5, TP. Hồ Chí Minh||; Phố Hàng Bạc, Hoàn Kiếm, Hà Nội||; Đường Lê Lợi, Hải Châu, Đà Nẵng||",
    },
    "ID": {
        "formats": "{street} No. {n}, RT 0{d}/RW 0{d}, {city} {postal}; {street} No. {n}, {city} {postal}",
        "streets": "Jl. Jend. Sudirman, Karet Semanggi|Jakarta Selatan|129##; Jl. Kemang Raya, Bangka|Jakarta Selatan|127##; Jl. Malioboro, Sosromenduran|Yogyakarta|552##; Jl. Diponegoro, Citarum|Bandung|401##",
    },
    "SE": {
        "formats": "{street} {n}, {postal} {city}; {street} {n}, lgh 1{n3}, {postal} {city}",
        "streets": "Storgatan; Drottninggatan; Kungsgatan; Sveavägen; Linnégatan",
        "cities": "Stockholm|11# ##; Göteborg|41# ##; Malmö|21# ##; Uppsala|75# ##",
    },
    "KE": {
        "formats": "{street}, {bldg_ke}, Apt {apt}, {city}; P.O. Box {n4}-{postal}, {city}",
        "streets": "Ngong Road, Kilimani|Nairobi|00100; Argwings Kodhek Road, Hurlingham|Nairobi|00100; Moi Avenue|Mombasa|80100; Oginga Odinga Street|Kisumu|40100",
    },
    "TZ": {
        "formats": "{street}, Nyumba Na. {n}, {city}; S.L.P. {n4}, {city}",
        "streets": "Mtaa wa Uhuru, Kariakoo|Dar es Salaam|; Barabara ya Ali Hassan Mwinyi, Kinondoni|Dar es Salaam|; Mtaa wa Sokoine|Arusha|",
    },
    "PH": {
        "formats": "Blk {n2} Lot {n2}, {street}, {city} {postal}; {n} {street}, {city} {postal}; Unit {room}, {bldg_ph}, {street}, {city} {postal}",
        "streets": "Mabini St., Brgy. San Isidro|Quezon City|11##; Katipunan Ave., Loyola Heights|Quezon City|1108; Ayala Ave.|Makati City|12##; Rizal Ave., Sta. Cruz|Manila|10##; Osmeña Blvd.|Cebu City|6000",
    },
}

#: Pieces used by address formats.
ADDRESS_PARTS = {
    "bldg_in": "Sai Krupa Apartments; Green Park Residency; Shanti Niketan CHS; Prestige Lakeside; Ashoka Towers",
    "bldg_jp": "ハイツ青山; メゾン北沢; グランドパレス; サンシャインコート; ライオンズマンション",
    "bldg_kr": "래미안아파트 1{n2}동; 푸르지오 10{d}동; 자이아파트 2{d}동",
    "bldg_cn": "阳光花园; 万科城市花园; 金地名京; 保利中心",
    "bldg_ae": "Marina Heights; Al Noor Tower; Palm View Residence; Burj Vista 1",
    "bldg_ke": "Riverside Court; Kilimani Heights; Jacaranda Apartments",
    "bldg_ph": "Avida Towers; SMDC Light Residences; One Serendra",
    "floor_es": "3º B; 2º izda.; 1º A; bajo; 4º dcha.; 5º C",
    "colonia_mx": "Roma Norte; Condesa; Del Valle; Narvarte; Juárez; Polanco",
}

# ---------------------------------------------------------------------------------------------
# Fillers (never labeled).
# ---------------------------------------------------------------------------------------------

CITIES = {
    "en": "Chicago; Denver; Manchester; Toronto; Austin; Leeds; Portland; Melbourne; Dublin; Seattle; Boston; Atlanta; Bristol; Phoenix; Glasgow",
    "es": "Madrid; Sevilla; Valencia; Bilbao; Guadalajara; Monterrey; Ciudad de México; Zaragoza",
    "pt": "São Paulo; Belo Horizonte; Curitiba; Recife; Lisboa; Porto; Campinas",
    "fr": "Lyon; Marseille; Toulouse; Nantes; Bordeaux; Lille; Rennes",
    "de": "Berlin; München; Hamburg; Köln; Leipzig; Stuttgart; Dresden",
    "nl": "Utrecht; Rotterdam; Eindhoven; Groningen; Den Haag; Amsterdam",
    "it": "Milano; Torino; Bologna; Napoli; Firenze; Verona",
    "pl": "Kraków; Wrocław; Gdańsk; Poznań; Łódź; Warszawa",
    "ru": "Москва; Санкт-Петербург; Казань; Новосибирск; Екатеринбург",
    "uk": "Київ; Львів; Харків; Одеса; Дніпро",
    "el": "Αθήνα; Θεσσαλονίκη; Πάτρα; Ηράκλειο",
    "ka": "თბილისი; ბათუმი; ქუთაისი",
    "tr": "İstanbul; Ankara; İzmir; Bursa; Antalya",
    "ar": "الرياض; جدة; دبي; القاهرة; عمّان",
    "ar-Latn": "Cairo; Alex; Giza; Mansoura",
    "hi": "मुंबई; दिल्ली; पुणे; बेंगलुरु; जयपुर",
    "hi-Latn": "Mumbai; Pune; Bengaluru; Hyderabad; Delhi; Noida",
    "ja": "東京; 大阪; 名古屋; 福岡; 札幌",
    "ko": "서울; 부산; 대구; 인천; 광주",
    "zh": "北京; 上海; 深圳; 杭州; 成都",
    "vi": "Hà Nội; TP.HCM; Đà Nẵng; Hải Phòng",
    "id": "Jakarta; Bandung; Surabaya; Yogyakarta; Denpasar",
    "sv": "Stockholm; Göteborg; Malmö; Uppsala",
    "sw": "Nairobi; Mombasa; Kisumu; Dar es Salaam; Arusha",
    "tl": "Quezon City; Makati; Cebu; Davao; Pasig",
}

#: Cities for English texts, by the country the text is set in.
EN_CITIES = {
    "US": "Chicago; Denver; Austin; Portland; Seattle; Boston; Atlanta; Phoenix; Minneapolis; Pittsburgh",
    "GB": "Manchester; Leeds; Bristol; Glasgow; Birmingham; Brighton",
    "CA": "Toronto; Vancouver; Calgary; Ottawa; Halifax",
    "AU": "Melbourne; Sydney; Brisbane; Perth; Adelaide",
    "IE": "Dublin; Cork; Galway; Limerick",
    "IN": "Pune; Bengaluru; Hyderabad; Chennai; Mumbai",
    "NG": "Lagos; Abuja; Ibadan; Port Harcourt",
    "ZA": "Cape Town; Johannesburg; Durban; Pretoria",
}

COMPANIES = "Acme Corp; Initech; Globex; Umbrella Analytics; Stark Industries; Wayne Enterprises; Hooli; Pied Piper; Vandelay Industries; Dunder Mifflin; Soylent; Cyberdyne; Tyrell Corporation; Wonka Industries; Monarch Solutions; Bluth Company; Prestige Worldwide; Gringotts; Oceanic Airlines; Massive Dynamic"

#: Famous real people (never labeled).
FAMOUS = "Barack Obama; Taylor Swift; Elon Musk; Serena Williams; Albert Einstein; Marie Curie; Ada Lovelace; Alan Turing; Grace Hopper; Linus Torvalds; Guido van Rossum; Tim Berners-Lee; Steve Jobs; Oprah Winfrey; Lionel Messi; Cristiano Ronaldo; LeBron James; William Shakespeare; Jane Austen; Charles Dickens; Frida Kahlo; Vincent van Gogh; Martin Luther King Jr.; Nelson Mandela; Winston Churchill; Beyoncé; Keanu Reeves; Meryl Streep; Stephen King; J.K. Rowling; Greta Thunberg; Jeff Bezos; Mark Zuckerberg; Satya Nadella; Sundar Pichai; Warren Buffett; Roger Federer; Usain Bolt; Freddie Mercury; David Bowie; Dolly Parton; Malala Yousafzai; Isaac Newton; Charles Darwin; Nikola Tesla; Leonardo da Vinci; Gordon Ramsay; Simone Biles; Ed Sheeran; Adele"

#: Fictional characters (never labeled).
FICTION = "Sherlock Holmes; Harry Potter; Hermione Granger; Frodo Baggins; Darth Vader; Luke Skywalker; Homer Simpson; Lara Croft; Geralt of Rivia; Elizabeth Bennet; Atticus Finch; Jay Gatsby; Captain Ahab; Gandalf; Tony Stark; Bruce Wayne; Walter White; Jon Snow; Ted Lasso; Leslie Knope; Michael Scott; Dwight Schrute; Hercule Poirot; Miss Marple; Don Quixote; Anna Karenina"

#: Software and products named like people (never labeled).
LIBS = "Jenkins; Hudson; Sphinx; Hugo; Jekyll; Django; Flask; Jest; Mocha; Jasmine; Karma; Alexa; Siri; Cortana; Watson; Julia; Ruby; Ada; Pascal; Cassandra; Apollo; Ansible; Celery; Jinja; Gatsby; Jackson; Mockito; Hamcrest; Lombok; Gerrit; Sinatra; Loki; Thanos; Jaeger; Zipkin; Kafka; Grafana; Kibana; Ollama; Marionette"

#: Month names per language for dates (nominative or the genitive form used in dates).
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ka": "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
}

#: Words for hand-made memorable passwords.
PASSWORD_WORDS = "sunflower; dragon; Bailey; monkey; tigger; Chelsea; summer; Pumpkin; ranger; Buster; coffee; Marley; falcon; Snoopy; orange; rocket; Winter; bluebird; Lakers; Gizmo; pepper; galaxy; Luna; waffles; kayak; Mochi; Tequila; Ziggy; hunter; Cooper"

#: Full names of well-known people that a random first + last draw must not produce.
FAMOUS_BLOCK = "John Adams; James Taylor; James Brown; Chris Evans; Tom Hardy; Emma Stone; Will Smith; Michael Jordan; James Cook; Mark Twain; Ruby Rose; Amber Rose; John Lewis; Tom Jones; Kevin Hart; David Miller; Sam Smith; John Williams; Tom Ford; Harry Styles; James Martin; Paul Walker; Kate Hudson; Chris Martin; John Wayne; Mary Berry; Joe Turner; George Washington; Grace Kelly; Holly Hunter; Sharon Stone"

# ---------------------------------------------------------------------------------------------
# English texts with something to remove.
# ---------------------------------------------------------------------------------------------

EN_TEMPLATES: list[tuple] = [
    # ---- forwarded e-mail threads -------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "en",
        """
Can you summarize this thread and tell me what I still owe Ops?

---------- Forwarded message ---------
From: ⟦A:full⟧ <⟦A:email⟧>
Date: ⟦date⟧ at ⟦time⟧
Subject: Re: Q3 freight invoices – missing PODs
To: ⟦B:full⟧ <⟦B:email⟧>
Cc: ⟦C:email⟧

Hi ⟦B:first⟧,

Following up on the below. ⟦C:first⟧ confirmed the two containers cleared customs, but we still have no proof of delivery for ⟦order⟧. Could you chase ⟦D:full⟧ at the warehouse? Her direct line is ⟦phone⟧.

Thanks,
⟦A:first⟧

--
⟦A:full⟧
Senior Accounts Payable Specialist | ⟦company⟧
M: ⟦phone⟧

On ⟦date⟧, ⟦B:full⟧ <⟦B:email⟧> wrote:
> ⟦A:first⟧ – I'm out until Thursday. ⟦C:last⟧ has the spreadsheet.
> ⟦B:nick⟧
""",
        {"D": ":f"},
    ),
    (
        "email_thread",
        "workplace",
        "en",
        """
pls make this reply sound less passive aggressive:

> From: "⟦A:full⟧" <⟦A:email⟧>
> Sent: ⟦date⟧
> To: "⟦B:lastfirst⟧" <⟦B:email⟧>
> Subject: standup notes??
>
> ⟦B:first⟧, were the standup notes ever sent? ⟦C:first⟧ and ⟦D:first⟧ both asked me.

my draft:
"Hi ⟦A:first⟧, as I mentioned on Monday, ⟦E:full⟧ owns the notes this sprint, not me. Maybe check with ⟦E:last⟧ directly? Best, ⟦B:first⟧"
""",
    ),
    (
        "email_thread",
        "workplace",
        "en",
        """
Summarize the decision in this chain in 3 bullets for the exec update.

From: ⟦A:FULL⟧ <⟦A:email⟧>
To: Platform Leads (distribution list)
Subject: RE: RE: Moving the Kafka cluster to the new region

All – after the call with ⟦B:init⟧ and the ⟦company⟧ account team we're going ahead with the migration on ⟦date⟧. ⟦C:full⟧ will run the cutover; ⟦D:full⟧ is backup. If anything goes sideways page ⟦C:last⟧ first, then me.

⟦A:first⟧

-----Original Message-----
From: ⟦C:full⟧
Sent: ⟦date⟧ ⟦time⟧
Subject: RE: Moving the Kafka cluster to the new region

I can do it but not the week of the 14th, I'm at my sister's wedding. ⟦D:first⟧ knows the runbook as well as I do.

-----Original Message-----
From: ⟦B:full⟧
Do we have a rollback plan if Zookeeper doesn't come up? Last time Jenkins sat there for 40 minutes.
""",
    ),
    (
        "email_thread",
        "personal",
        "en",
        """
Help me answer my landlord politely but firmly. Here is what he sent:

From: ⟦A:full⟧ <⟦A:email⟧>
Subject: Apartment 4B – inspection

Dear ⟦B:first⟧,
I will be coming by ⟦address⟧ on ⟦date⟧ with the plumber (⟦C:full⟧, ⟦phone⟧) to look at the bathroom leak. Please make sure your dog is not in the apartment. If the date doesn't work text me at ⟦phone⟧.
Regards,
⟦A:last⟧ Property Management
""",
        {"A": ":m"},
    ),
    (
        "email_thread",
        "workplace",
        "en",
        """
Translate the important parts of this for my manager who doesn't read long emails:

From: ⟦A:full⟧ (HR) <⟦A:email⟧>
To: ⟦B:email⟧
Subject: Your onboarding – documents still needed

Hello ⟦B:first⟧,

Welcome aboard! Before your first payroll on ⟦date⟧ we still need:
  1. A copy of your passport (we have number ⟦passport⟧ on file, please confirm it is still valid)
  2. Your bank details – you sent ⟦iban⟧, but the name on the account must match "⟦B:FULL⟧"
  3. Emergency contact – you listed ⟦C:full⟧, please add a phone number

Your buddy for the first month is ⟦D:full⟧ (⟦D:email⟧). ⟦D:first⟧ sits next to the coffee machine on the 3rd floor.

Kind regards,
⟦A:full⟧
People Team, ⟦company⟧
""",
    ),
    (
        "email_thread",
        "workplace",
        "en",
        """
I got this from a vendor and I think it is phishing, can you check the red flags?

From: "⟦A:full⟧ - Accounts" <⟦email@role⟧>
Reply-To: ⟦A:email⟧
Subject: URGENT: updated remittance details

Dear ⟦B:full⟧,

Due to an audit our bank details have changed. Please remit all open invoices to the account below effective immediately:

Beneficiary: ⟦company⟧ Ltd
IBAN: ⟦iban⟧
Reference: ⟦order⟧

Please do not call our office as the lines are down, reply to this email only. ⟦C:full⟧ from your procurement team already approved the change.

Best regards
⟦A:full⟧
""",
    ),
    (
        "email_thread",
        "education",
        "en",
        """
Rewrite this email to my daughter's teacher so it's shorter:

Hi Mrs. ⟦A:last⟧,

I'm ⟦B:full⟧, ⟦C:first⟧'s mom (⟦C:full⟧, 4th grade, room 12). ⟦C:first⟧ came home upset on Friday because she said ⟦D:first⟧ ⟦D:last⟧ and another boy, ⟦E:first⟧, were teasing her at recess again. This is the third time this month. I know you're busy and I really appreciate everything you do, and ⟦C:first⟧ loves your class, but I'd like to set up a meeting with you and maybe Mr. ⟦F:last⟧ from the office. I'm free after 3:15 most days, or you can call me at ⟦phone⟧.

Thank you so much,
⟦B:first⟧
""",
        {"A": ":f", "B": ":f", "C": ":f", "D": ":m", "E": ":m", "F": ":m"},
    ),
    (
        "email_thread",
        "workplace",
        "en",
        """
Extract action items with owners from this thread as a table.

On ⟦date⟧ ⟦A:full⟧ <⟦A:email⟧> wrote:
>> ⟦B:first⟧ can you own the vendor security questionnaire?
> Yes. I'll need ⟦C:first⟧'s help on the SOC 2 section.
> -- ⟦B:full⟧

On ⟦date⟧ ⟦C:full⟧ <⟦C:email⟧> wrote:
> Happy to help. Also reminder that ⟦D:full⟧ leaves on the 30th so we need someone else on DPA reviews. Maybe ⟦E:nick⟧?

Sure, I can take DPA reviews from Nov. -⟦E:nick⟧
""",
    ),
    (
        "email_signature",
        "workplace",
        "en",
        """
Parse these email signatures into JSON with name, title, company, phone, email:

⟦A:full⟧, PMP
Director of Program Management
⟦company⟧ | ⟦address⟧
Office: ⟦phone⟧ | Mobile: ⟦phone⟧
⟦A:email⟧

--
⟦B:FULL⟧
Field Service Engineer II
T ⟦phone⟧ E ⟦B:email⟧
This e-mail and any attachments are confidential.

Best,
⟦C:nick⟧ ⟦C:last⟧ (she/her)
Customer Success | ⟦dom⟧
Book time with me: https://calendly.com/⟦C:handle⟧
""",
        {"C": ":f"},
    ),
    # ---- meeting transcripts and call notes ---------------------------------------------------
    (
        "meeting_transcript",
        "workplace",
        "en",
        """
Turn this transcript into meeting minutes with decisions and next steps.

[00:00:03] ⟦A:full⟧: Okay, I think everyone's here. ⟦B:first⟧, you're on mute.
[00:00:09] ⟦B:full⟧: Sorry! Can you hear me now?
[00:00:11] ⟦A:first⟧: Yep. So, agenda: the pricing page, the Salesforce migration, and ⟦C:first⟧'s offsite proposal.
[00:00:20] ⟦C:full⟧: Can we do the offsite first? I have a hard stop at half past.
[00:00:24] ⟦A:first⟧: Sure.
[00:00:25] ⟦C:first⟧: So I got quotes from two venues in ⟦city⟧. ⟦D:full⟧ from the events team says the second one is cheaper if we book before the end of the month.
[00:01:02] ⟦B:first⟧: Is that the place ⟦E:first⟧ went last year? He said the Wi-Fi was awful.
[00:01:07] ⟦C:first⟧: Different one.
[00:01:30] ⟦A:first⟧: Fine, ⟦C:last⟧, go ahead and book it. Next, pricing. ⟦B:first⟧?
""",
        {"E": ":m"},
    ),
    (
        "meeting_transcript",
        "workplace",
        "en",
        """
Who said they'd do what? Transcript from Otter:

⟦A:first⟧ ⟦A:last⟧  0:02
alright let's get going, ⟦B:lfirst⟧ said she'd be late

⟦C:full⟧  0:07
i can start with the incident recap. so tuesday night the payments api started throwing 502s around 11, ⟦D:first⟧ was on call and got paged

⟦D:full⟧  0:31
yeah i rolled back the deploy from ⟦E:handle⟧'s branch and that fixed it, but we never figured out the root cause

⟦A:first⟧ ⟦A:last⟧  0:45
ok. ⟦D:first⟧ can you write up the postmortem by friday? and loop in ⟦E:full⟧ since it was his change

⟦D:full⟧  0:52
yep
""",
        {"B": ":f", "E": ":m"},
    ),
    (
        "call_notes",
        "sales",
        "en",
        """
Clean up my call notes into a CRM entry:

call w/ ⟦A:full⟧ (VP Ops, ⟦company⟧) + her colleague ⟦B:first⟧ (didn't catch last name, procurement?)
- they're using spreadsheets + Zapier, ~40 dispatchers
- ⟦A:first⟧ wants pilot in ⟦city⟧ depot first
- budget owner is CFO ⟦C:full⟧, ⟦A:first⟧ will intro us
- follow up: send SOC2 + pricing to ⟦A:email⟧, cc ⟦B:email⟧
- ⟦A:first⟧'s cell ⟦phone⟧ (said text is better than email)
- competitor: they demoed Samsara, didn't like it
""",
        {"A": ":f"},
    ),
    (
        "call_notes",
        "support",
        "en",
        """
Write a summary of this support call for the ticket:

Caller: ⟦A:full⟧
Callback: ⟦phone⟧
Account holder: ⟦B:full⟧ (caller's husband, gave verbal permission on the line)
Issue: double charge on card ending 4417 for order ⟦order⟧
Notes: customer says she spoke with ⟦C:first⟧ last week who promised a refund in 5-7 days. No refund visible. Verified identity with DOB ⟦dob⟧ and billing address ⟦address⟧. Escalated to billing, assigned to ⟦D:full⟧.
""",
        {"A": ":f", "B": ":m"},
    ),
    (
        "meeting_transcript",
        "legal",
        "en",
        """
Please summarize the witness's answers from this deposition excerpt.

Q. (BY MR. ⟦A:LAST⟧) Please state your full name for the record.
A. ⟦B:full⟧.
Q. And where do you currently reside?
A. ⟦address⟧.
Q. Ms. ⟦B:last⟧, how long did you work for ⟦company⟧?
A. About six years. I reported to ⟦C:full⟧ the whole time.
Q. Did Mr. ⟦C:last⟧ ever discuss the inventory write-downs with you?
A. Not directly. He talked to ⟦D:full⟧ about it, and ⟦D:first⟧ told me afterwards.
MS. ⟦E:LAST⟧: Objection, hearsay.
""",
        {"A": ":m", "B": ":f", "C": ":m"},
    ),
    # ---- customer reviews and complaints ------------------------------------------------------
    (
        "review",
        "commerce",
        "en",
        """
Classify the sentiment of these reviews (positive/negative/mixed):

1. ★★★★★ "Our server ⟦A:first⟧ was amazing, she remembered my daughter's allergy from last time. Ask for her!" – ⟦B:init⟧
2. ★★☆☆☆ "Food was fine but the manager (⟦C:first⟧?) argued with us about the bill for ten minutes. The place looks like something out of a Gordon Ramsay show." – ⟦D:first⟧ from ⟦city⟧
3. ★★★★☆ "Great brunch. ⟦E:full⟧ at the host stand got us a table in 5 min on a Sunday."
""",
        {"A": ":f"},
    ),
    (
        "review",
        "commerce",
        "en",
        """
Respond to this Google review as the business owner, apologetic tone:

⟦A:full⟧ · Local Guide · 87 reviews
★☆☆☆☆ 2 weeks ago
Booked a deep clean for my mom's apartment. The two cleaners, ⟦B:first⟧ and ⟦C:first⟧, showed up 2 hours late and left before finishing the kitchen. When I called, the owner ⟦D:full⟧ told me "that's how it is on Fridays". Never again.
""",
    ),
    (
        "complaint",
        "commerce",
        "en",
        """
Make this complaint sound more professional, keep all the facts:

to whoever reads this at customer service, i ordered a couch on ⟦date⟧ (order ⟦order⟧) and it STILL hasnt come. ive called 4 times. first i talked to ⟦A:lfirst⟧ who said it was in the warehouse, then ⟦B:lfirst⟧ said it was lost, then some guy named ⟦C:first⟧ hung up on me. my name is ⟦D:lfull⟧ and the delivery address is ⟦address⟧. call me at ⟦phone⟧ or email ⟦D:email⟧. i want a refund to my card ⟦card⟧ NOW
""",
        {"C": ":m"},
    ),
    (
        "review",
        "commerce",
        "en",
        """
Summarize the common complaints across these Amazon reviews for the product team:

"Battery died after 3 weeks. Support rep ⟦A:first⟧ was nice but couldn't do anything." – ⟦B:social⟧
"Works with Alexa out of the box, but not with Siri. My husband ⟦C:first⟧ spent an evening on it." – ⟦D:full⟧
"Bought for my dad, ⟦E:full⟧, he's 78 and found the app confusing" – Verified Purchase
"⟦F:FULL⟧ HERE. DO NOT BUY. Returned twice." – ⟦F:social⟧
""",
        {"C": ":m", "E": ":m"},
    ),
    (
        "complaint",
        "public",
        "en",
        """
Can you help me file this with the city? Formal letter please.

Noise complaint re: ⟦address⟧. The tenant there, I believe his name is ⟦A:full⟧, has been running a generator every night since ⟦date⟧. I spoke with him and with the building super ⟦B:first⟧ ⟦B:last⟧ twice. My neighbors ⟦C:full⟧ and ⟦D:full⟧ are willing to sign too. Contact: ⟦E:full⟧, ⟦phone⟧.
""",
        {"A": ":m"},
    ),
    # ---- CVs, cover letters, recommendation letters -------------------------------------------
    (
        "cv",
        "hr",
        "en",
        """
Improve the bullet points on my resume, keep the formatting:

⟦A:FULL⟧
⟦address⟧ · ⟦phone⟧ · ⟦A:email⟧ · linkedin.com/in/⟦A:social⟧ · github.com/⟦A:handle⟧

EXPERIENCE
Senior Data Engineer, ⟦company⟧ — ⟦city⟧                                    2021–present
- did the migration of pipelines from Airflow 1 to 2
- worked with ⟦B:full⟧ (Head of Data) on cost stuff, saved money on Snowflake
- mentored 3 juniors

Data Engineer, ⟦company⟧                                                    2018–2021
- built Kafka ingestion
- on-call

EDUCATION
B.Sc. Computer Science, University of ⟦city⟧, 2018

REFERENCES
⟦B:full⟧ — ⟦B:email⟧
⟦C:full⟧ — former manager — ⟦phone⟧
""",
    ),
    (
        "cv",
        "hr",
        "en",
        """
Is this CV too long? Suggest cuts.

CURRICULUM VITAE

Name: ⟦A:full⟧
Date of birth: ⟦dob⟧
Nationality: ⟦city⟧-born, dual citizen
Passport no.: ⟦passport⟧
Mobile: ⟦phone⟧
E-mail: ⟦A:email⟧
Address: ⟦address⟧

Profile
Registered nurse with 9 years of ICU experience. Fluent in English and Tagalog.

Work history
2019–now   Charge Nurse, Intensive Care, St. Mary's Hospital (supervisor: ⟦B:full⟧, RN)
2015–2019  Staff Nurse, Cardiology Ward
Referees available on request; ⟦B:last⟧ has agreed to be contacted.
""",
    ),
    (
        "cover_letter",
        "hr",
        "en",
        """
Tighten this cover letter, it's for a UX role:

Dear Hiring Manager,

My name is ⟦A:full⟧ and I'm applying for the Senior UX Designer position I heard about from ⟦B:full⟧, who worked with me at ⟦company⟧. ⟦B:first⟧ mentioned that your team is redesigning the checkout flow — that's exactly what I led for the last two years.

At ⟦company⟧ I partnered with our PM, ⟦C:full⟧, to cut checkout abandonment by 18%. I also ran the accessibility program with ⟦D:init⟧, which got us to WCAG 2.1 AA.

I'd love to talk. You can reach me at ⟦phone⟧ or ⟦A:email⟧.

Sincerely,
⟦A:full⟧
""",
    ),
    (
        "recommendation_letter",
        "education",
        "en",
        """
Proofread this recommendation letter, fix grammar only:

To the Graduate Admissions Committee,

It is my pleasure to recommend ⟦A:full⟧ for your PhD program in Chemical Engineering. I have known ⟦A:first⟧ for three years, first as a student in my thermodynamics course and then as an undergraduate researcher in my lab.

⟦A:first⟧'s senior thesis, co-supervised with Dr. ⟦B:full⟧, was the strongest I've seen in a decade. When our postdoc ⟦C:full⟧ left unexpectedly, ⟦A:last⟧ took over the catalyst project and trained two younger students, ⟦D:first⟧ and ⟦E:first⟧.

I recommend ⟦A:first⟧ without reservation. Please contact me at ⟦F:email⟧ or ⟦phone⟧.

⟦F:full⟧, Ph.D.
Associate Professor, Department of Chemical Engineering
""",
    ),
    (
        "recommendation_letter",
        "hr",
        "en",
        """
make this reference letter sound warmer:

To whom it may concern, ⟦A:FULL⟧ worked as a line cook at our restaurant from 2020 to 2024. ⟦A:first⟧ was reliable and never missed a shift. Our head chef, ⟦B:full⟧, often left ⟦A:first⟧ in charge on weekends. ⟦A:last⟧ is leaving because they are moving to ⟦city⟧. — ⟦C:full⟧, owner
""",
    ),
    # ---- clinical notes -----------------------------------------------------------------------
    (
        "clinical_note",
        "medical",
        "en",
        """
Convert this into a SOAP note:

Pt: ⟦A:full⟧   DOB: ⟦dob⟧   MRN ⟦num⟧4471
Referred by Dr. ⟦B:last⟧ for persistent cough x 6 weeks. Non-smoker. Lives with wife ⟦C:first⟧ and two kids. Works at a grain elevator. Lungs: scattered wheezes bilaterally. Sats 96% RA. CXR ordered. Started on albuterol PRN. F/u 2 wks with me or Dr. ⟦D:full⟧ if I'm out. Emergency contact ⟦C:full⟧ ⟦phone⟧.
""",
        {"A": ":m", "C": ":f"},
    ),
    (
        "clinical_note",
        "medical",
        "en",
        """
Draft a discharge summary from these notes. Keep it factual.

ADMIT ⟦date⟧ – DISCHARGE ⟦date⟧
Patient ⟦A:LAST⟧, ⟦A:FIRST⟧ (born ⟦dob@old⟧), F, admitted via ED with CHF exacerbation.
Attending: ⟦B:full⟧, MD. Cardiology consult: ⟦C:full⟧, DO.
Diuresed 4L. Echo EF 35%. Meds reconciled with pharmacist ⟦D:first⟧.
Daughter ⟦E:full⟧ (HCP) updated by phone ⟦phone⟧.
Home health arranged; address on file ⟦address⟧.
""",
        {"A": ":f", "E": ":f"},
    ),
    (
        "clinical_note",
        "medical",
        "en",
        """
Is this dosing plan reasonable? (I'm a vet tech, asking for a sanity check)

Patient: "Biscuit" (golden retriever, 7y), owner ⟦A:full⟧, ⟦phone⟧
Seen by Dr. ⟦B:last⟧ ⟦date⟧. Wt 31 kg. Carprofen 75 mg BID x 7d. Recheck with Dr. ⟦C:full⟧. Owner's partner ⟦D:first⟧ will bring him in.
""",
    ),
    (
        "clinical_note",
        "medical",
        "en",
        """
Summarize this therapy intake for my supervisor, remove anything not clinically relevant:

Client: ⟦A:full⟧ ("⟦A:nick⟧"), 34, pronouns they/them
Presenting concern: anxiety after layoff from ⟦company⟧ in March.
Support system: partner ⟦B:full⟧; sister ⟦C:first⟧ lives nearby; estranged from father ⟦D:full⟧.
Previous therapist: ⟦E:full⟧, LCSW (records requested).
Insurance member ID on card; SSN ⟦ssn⟧ given for billing.
""",
        {"C": ":f", "D": ":m"},
    ),
    (
        "clinical_note",
        "medical",
        "en",
        """
What's the ICD-10 code for this? Note from the clinic:

"Seen ⟦date⟧. ⟦A:full⟧, DOB ⟦dob⟧, presents with left ankle inversion injury playing basketball. Ottawa rules negative. Grade II sprain. RICE, brace, ibuprofen. Work note given for ⟦company⟧. Mother ⟦B:full⟧ present. — ⟦C:init⟧, PA-C"
""",
        {"B": ":f"},
    ),
    # ---- legal --------------------------------------------------------------------------------
    (
        "contract",
        "legal",
        "en",
        """
Review this lease clause and flag anything unusual:

RESIDENTIAL LEASE AGREEMENT

This Lease is entered into on ⟦date⟧ between ⟦A:FULL⟧ ("Landlord") and ⟦B:FULL⟧ and ⟦C:FULL⟧ ("Tenants") for the premises located at ⟦address⟧ (the "Premises").

1. TERM. Twelve (12) months beginning ⟦date⟧.
2. RENT. Tenants shall pay $2,150.00 per month by ACH to the account designated by Landlord.
3. GUARANTOR. ⟦D:full⟧, residing at ⟦address⟧, guarantees the obligations of ⟦B:last⟧ under this Lease.
4. NOTICES. Notices to Landlord: ⟦A:email⟧, ⟦phone⟧.

IN WITNESS WHEREOF:
_____________________ ⟦A:full⟧
_____________________ ⟦B:full⟧
_____________________ ⟦C:full⟧
""",
    ),
    (
        "court_document",
        "legal",
        "en",
        """
Explain this court filing in plain English:

IN THE SUPERIOR COURT OF THE STATE OF CALIFORNIA
COUNTY OF ALAMEDA

⟦A:FULL⟧, an individual,
        Plaintiff,
v.                                                  Case No. RG2⟦num⟧88
⟦company⟧, INC.; ⟦B:FULL⟧, an individual;
and DOES 1 through 20,
        Defendants.

DECLARATION OF ⟦C:FULL⟧ IN SUPPORT OF MOTION TO COMPEL

I, ⟦C:full⟧, declare:
1. I am an attorney at law duly licensed in California and counsel of record for Plaintiff ⟦A:full⟧.
2. On ⟦date⟧ I met and conferred by telephone with ⟦D:full⟧, counsel for Defendant ⟦B:last⟧.
3. Mr. ⟦D:last⟧ stated that his client would not produce the text messages with ⟦E:full⟧.
""",
        {"D": ":m"},
    ),
    (
        "contract",
        "legal",
        "en",
        """
Fill in the missing definitions section for this NDA:

MUTUAL NON-DISCLOSURE AGREEMENT

Parties: ⟦company⟧ LLC, represented by ⟦A:full⟧, Managing Member, and ⟦B:full⟧, an individual residing at ⟦address⟧ ("Recipient").

Signed: ⟦A:init⟧ ____________   Date: ⟦date⟧
Signed: ⟦B:init⟧ ____________   Date: ⟦date⟧
Witness: ⟦C:full⟧
""",
    ),
    (
        "legal_letter",
        "legal",
        "en",
        """
Help me respond to this demand letter. I'm the tenant.

LAW OFFICES OF ⟦A:FULL⟧, P.C.
⟦address⟧

⟦date⟧

VIA EMAIL (⟦B:email⟧) AND CERTIFIED MAIL

⟦B:full⟧
⟦address⟧

Re: Unpaid rent – ⟦C:full⟧ v. ⟦B:full⟧

Dear Mr. ⟦B:last⟧:

This office represents your former landlord, ⟦C:full⟧. Our client's records show an outstanding balance of $4,380.00. Unless payment is received within ten (10) days, ⟦C:last⟧ has authorized us to file suit.

Very truly yours,
⟦A:full⟧, Esq.
""",
        {"B": ":m"},
    ),
    (
        "will",
        "legal",
        "en",
        """
Is this homemade will valid in Texas? What's missing?

LAST WILL AND TESTAMENT OF ⟦A:FULL⟧

I, ⟦A:full⟧, born ⟦dob⟧, of ⟦address⟧, being of sound mind, declare this to be my will.
I leave my house to my daughter ⟦B:full⟧. I leave my truck and my tools to my nephew ⟦C:full⟧. My savings at First National (acct ending 0391) are to be split between ⟦B:first⟧ and my granddaughter ⟦D:first⟧ ⟦D:last⟧.
I name ⟦E:full⟧ as executor; if ⟦E:first⟧ cannot serve, then ⟦B:first⟧.
Signed ⟦date⟧. Witnesses: ⟦F:full⟧, ⟦G:full⟧
""",
        {"B": ":f", "D": ":f", "*": "one"},
    ),
]

EN_TEMPLATES += [
    # ---- social media, comment threads --------------------------------------------------------
    (
        "social_post",
        "social",
        "en",
        """
Is this post ok to share publicly or should I remove anything?

So proud of my little sister ⟦A:full⟧ who just finished her first marathon in 4:12!!! 🏃‍♀️ Huge thanks to her coach ⟦B:full⟧ and to ⟦C:first⟧ for running the last 10k with her. Party at our place this Saturday, ⟦address⟧, bring snacks. Text ⟦phone⟧ if you're coming! #proudsister #⟦A:lfirst⟧runs
""",
        {"A": ":f"},
    ),
    (
        "comment_thread",
        "social",
        "en",
        """
Summarize the argument in this comment thread neutrally:

@⟦A:social⟧ · 3h
honestly the new bike lane on Lincoln Ave is a disaster, ⟦B:first⟧ from the council promised a study and never did one

  ↳ @⟦C:social⟧ · 2h
  @⟦A:social⟧ it's been there for 2 weeks lol. Amsterdam didn't get bike lanes overnight either

    ↳ @⟦A:social⟧ · 2h
    @⟦C:social⟧ ok ⟦C:first⟧ go live in Amsterdam then

  ↳ @⟦D:social⟧ · 1h
  Councilmember ⟦B:full⟧ is holding office hours Thursday, go tell her directly
""",
        {"B": ":f"},
    ),
    (
        "social_post",
        "social",
        "en",
        """
Write 3 alternative captions for this LinkedIn post:

Thrilled to announce I've joined ⟦company⟧ as Head of Growth! 🚀 Grateful to ⟦A:full⟧ for taking a chance on me, and to my former team at ⟦company⟧ — ⟦B:first⟧, ⟦C:first⟧, ⟦D:first⟧ and ⟦E:first⟧, you were the best. Special shoutout to my mentor ⟦F:full⟧, who once told me "ship it, then fix it" — words I live by. Also yes, I'm still obsessed with Taylor Swift. #newjob #growth
""",
    ),
    (
        "comment_thread",
        "social",
        "en",
        """
reddit thread, which commenter gives the best advice?

r/personalfinance · Posted by u/⟦A:social⟧
My ex (⟦B:first⟧) still has access to our joint checking. How do I remove her?

top comment, u/⟦C:social⟧: Call the bank. When I did this with my ex-husband ⟦D:first⟧ they made both of us come in.

u/⟦E:social⟧: ^ this. Also change your passwords, if she knows your old one (I'm guessing it's something like ⟦pw⟧ lol) change it everywhere.

u/⟦A:social⟧: @⟦E:social⟧ how did you know 😭 changed it now
""",
        {"B": ":f", "D": ":m"},
    ),
    (
        "social_post",
        "social",
        "en",
        """
Translate this tweet thread into Spanish:

1/ Today marks 10 years since my dad, ⟦A:full⟧, opened his little taco truck on the corner of ⟦city⟧'s 5th and Main. 🌮
2/ He worked every single day with my uncle ⟦B:nick⟧ and my mom ⟦C:first⟧ to put me and my brother ⟦D:first⟧ through college.
3/ If you ever stopped by and he called you "mijo", that was him. Thank you for supporting ⟦A:nick⟧'s Tacos ❤️
""",
        {"A": "es:m", "B": "es:m", "C": "es:f", "D": "es:m"},
    ),
    # ---- game, Discord, Twitch chat -----------------------------------------------------------
    (
        "game_chat",
        "gaming",
        "en",
        """
Moderate this Discord chat: which messages break the rules (harassment, doxxing)?

[20:14] ⟦A:social⟧: gg everyone
[20:14] ⟦B:social⟧: ⟦A:social⟧ u were carrying tbh
[20:15] ⟦C:social⟧: lmao ⟦D:social⟧ is trash, his real name is ⟦D:full⟧ and he lives on ⟦address⟧
[20:15] ⟦D:social⟧: dude wtf
[20:16] ⟦E:social⟧: @⟦C:social⟧ not cool, deleting that. @mods
[20:16] ⟦A:social⟧: anyone up for ranked tmrw? me and ⟦F:lfirst⟧ are on
""",
        {"D": ":m"},
    ),
    (
        "game_chat",
        "gaming",
        "en",
        """
Give me a short recap of this Twitch chat for the VOD description:

⟦A:social⟧: POGGERS
⟦B:social⟧: hi ⟦C:lfirst⟧!!! first time catching the stream live
⟦C:social⟧ (streamer, via bot): welcome ⟦B:social⟧ 💜
⟦D:social⟧: is ⟦E:first⟧ joining tonight? the duo streams with ⟦E:lfirst⟧ are the best
⟦F:social⟧: gifted 5 subs!
⟦C:social⟧ (streamer, via bot): thank you ⟦F:social⟧!! and ⟦E:first⟧ is sick, hopefully next week
""",
    ),
    (
        "game_chat",
        "gaming",
        "en",
        """
Make a guild roster from this chat log, with in-game name and real first name where mentioned:

<⟦A:social⟧> ok roll call for raid tonight
<⟦B:social⟧> here (it's ⟦B:lfirst⟧ btw, new account)
<⟦C:social⟧> here. ⟦D:first⟧ said he's late, his kid has a recital
<⟦E:social⟧> here. my brother ⟦F:lfirst⟧ might take over my char at 10
<⟦A:social⟧> k. ⟦C:lfirst⟧ you're on tank, ⟦B:lfirst⟧ heals
""",
        {"D": ":m"},
    ),
    # ---- dating, marketplace ------------------------------------------------------------------
    (
        "dating_message",
        "personal",
        "en",
        """
help me reply to this dating app msg, i want to sound interested but not too eager

⟦A:first⟧, 29: "hey!! i saw you also climb at the gym on ⟦city⟧ ave. i go tues/thurs with my friend ⟦B:lfirst⟧. if you want to join sometime lmk, my number is ⟦phone⟧ (this app keeps logging me out lol)"
""",
    ),
    (
        "marketplace_message",
        "commerce",
        "en",
        """
Is this a scam? Someone wants to buy my bike on Facebook Marketplace:

"Hi is the bike still available? I'm buying it for my nephew ⟦A:full⟧. I'll pay $50 extra for shipping, my mover ⟦B:full⟧ will pick it up. Please send your full name, address and phone so I can send payment via Zelle. Or if easier I can pay in crypto to ⟦crypto⟧. God bless. - ⟦C:full⟧"
""",
        {"A": ":m"},
    ),
    (
        "marketplace_message",
        "commerce",
        "en",
        """
Rewrite this listing to be more appealing:

selling my moms sewing machine (Singer, works fine). pickup only at ⟦address⟧. $80 obo. ask for ⟦A:lfirst⟧ or my husband ⟦B:lfirst⟧, call/text ⟦phone⟧. no lowballers. venmo @⟦A:social⟧
""",
        {"A": ":f", "B": ":m"},
    ),
    (
        "dating_message",
        "personal",
        "en",
        """
Write a cute reply to this:

"It was so great meeting you last night! My roommate ⟦A:first⟧ wants to know everything 😂 btw my full name is ⟦B:full⟧ if you want to find me on insta, I'm @⟦B:social⟧. Let's do the pottery class Saturday?"
""",
    ),
    # ---- obituaries, weddings, birthdays ------------------------------------------------------
    (
        "obituary",
        "personal",
        "en",
        """
Please edit this obituary for the newspaper, 200 words max:

⟦A:FULL⟧, 84, of ⟦city⟧, passed away peacefully on ⟦date⟧, surrounded by family. Born ⟦dob@old⟧ to ⟦B:full⟧ and ⟦C:full⟧, ⟦A:first⟧ grew up on a dairy farm and later taught high school chemistry for 31 years.

She is survived by her husband of 58 years, ⟦D:full⟧; her children ⟦E:full⟧ (⟦F:first⟧), ⟦G:full⟧ and ⟦H:full⟧; and nine grandchildren. She was preceded in death by her brother ⟦B:first⟧ Jr.

A memorial service will be held at 2 p.m. at St. Luke's Lutheran Church. In lieu of flowers, donations may be made to the Alzheimer's Association.
""",
        {"A": ":f", "D": ":m", "B": ":m", "C": ":f", "*": "one"},
    ),
    (
        "invitation",
        "personal",
        "en",
        """
Make this wedding invitation text more elegant:

together with their families
⟦A:FULL⟧ & ⟦B:FULL⟧
invite you to celebrate their marriage
⟦date⟧ at 4 o'clock
the Old Mill Barn, ⟦address⟧
reception to follow
RSVP to ⟦A:nick⟧ (⟦phone⟧) or ⟦B:first⟧'s mom ⟦C:full⟧ (⟦C:email⟧)
""",
        {"C": ":f"},
    ),
    (
        "invitation",
        "personal",
        "en",
        """
write a fun birthday invite for my son, here are the details:
- it's ⟦A:first⟧'s 7th birthday!! he was born ⟦dob@child⟧ lol so its a bit late
- dinosaur theme
- at our house ⟦address⟧
- parents can text me (⟦B:first⟧) at ⟦phone⟧
- his best friends ⟦C:first⟧, ⟦D:first⟧ and ⟦E:first⟧ ⟦E:last⟧ are coming
""",
        {"A": ":m", "B": ":f"},
    ),
    (
        "invitation",
        "personal",
        "en",
        """
Can you turn this into a short speech for my grandparents' 50th anniversary?

Grandpa ⟦A:first⟧ met Grandma ⟦B:first⟧ at a dance in ⟦city⟧ in 1974. He spilled punch on her dress. Her sister, Aunt ⟦C:first⟧, never let him forget it. They had four kids: my dad ⟦D:first⟧, Uncle ⟦E:first⟧, Aunt ⟦F:first⟧, and ⟦G:first⟧, who we lost in 2009.
""",
        {"A": ":m", "B": ":f", "C": ":f", "D": ":m", "E": ":m", "F": ":f", "*": "one"},
    ),
    (
        "obituary",
        "personal",
        "en",
        """
Check this funeral program for typos:

In Loving Memory
⟦A:full⟧
⟦dob@old⟧ – ⟦date⟧

Officiant: Rev. ⟦B:full⟧
Eulogy: ⟦C:full⟧, grandson
Pallbearers: ⟦D:full⟧, ⟦E:full⟧, ⟦F:full⟧, ⟦G:first⟧ ⟦G:last⟧ Jr.
"Amazing Grace" performed by ⟦H:full⟧
""",
        {"C": ":m", "G": ":m", "*": "one"},
    ),
    # ---- school -------------------------------------------------------------------------------
    (
        "report_card",
        "education",
        "en",
        """
Write report card comments for these students, 2 sentences each, encouraging tone:

| Student | Reading | Math | Behavior | Notes |
|---|---|---|---|---|
| ⟦A:full⟧ | 3 | 4 | 4 | great with fractions |
| ⟦B:full⟧ | 2 | 2 | 3 | IEP, works with Ms. ⟦F:last⟧ |
| ⟦C:full⟧ | 4 | 3 | 2 | chatty, sits by ⟦D:first⟧ |
| ⟦D:full⟧ | 3 | 3 | 4 | |
| ⟦E:full⟧ | 4 | 4 | 4 | reading at 5th grade level |
""",
        {"F": ":f"},
    ),
    (
        "report_card",
        "education",
        "en",
        """
Turn this into a parent email:

Progress report — ⟦A:full⟧ — Grade 10 — Term 2
English: B+ (Mr. ⟦B:last⟧: "⟦A:first⟧ contributes thoughtfully in discussions of The Great Gatsby.")
Biology: C (Dr. ⟦C:last⟧: missing two lab reports)
Spanish: A- (Sra. ⟦D:last⟧)
Attendance: 3 absences, 1 tardy
Counselor: ⟦E:full⟧ (⟦E:email⟧)
""",
        {"B": ":m", "D": ":f"},
    ),
    (
        "school_message",
        "education",
        "en",
        """
Summarize these messages from the class parents WhatsApp group:

[08:01] ⟦A:first⟧ (⟦B:first⟧'s mom): does anyone know if the field trip is still on?
[08:03] ⟦C:full⟧: yes! Ms. ⟦D:last⟧ sent the form Monday
[08:04] ⟦E:first⟧ ⟦E:last⟧: ⟦F:first⟧ lost his form 🙄 can someone send a pic
[08:10] ⟦A:first⟧ (⟦B:first⟧'s mom): sending. also carpool? I can take ⟦B:first⟧, ⟦F:first⟧ and ⟦G:first⟧
[08:12] ⟦phone⟧: this is ⟦H:first⟧, ⟦G:first⟧'s dad, yes please!! thank you
""",
        {"A": ":f", "F": ":m", "H": ":m"},
    ),
    # ---- academic -----------------------------------------------------------------------------
    (
        "author_list",
        "academic",
        "en",
        """
Format this author list and affiliations in IEEE style:

⟦A:full⟧¹*, ⟦B:full⟧¹, ⟦C:full⟧², ⟦D:full⟧¹,², and ⟦E:full⟧³
¹ Department of Computer Science, University of ⟦city⟧
² ⟦company⟧ Research
³ Institute for Advanced Study, Princeton
* Corresponding author: ⟦A:email⟧
""",
    ),
    (
        "acknowledgements",
        "academic",
        "en",
        """
Shorten these thesis acknowledgements to half a page:

First, I want to thank my advisor, Prof. ⟦A:full⟧, for her patience during the years when nothing worked. I am grateful to my committee members ⟦B:full⟧ and ⟦C:full⟧ for their comments on chapter 4. ⟦D:first⟧ ⟦D:last⟧ taught me everything I know about cryo-EM; ⟦E:nick⟧ kept the lab running and the coffee hot.

To my office mates ⟦F:first⟧, ⟦G:first⟧ and ⟦H:first⟧: thank you for the whiteboard debates and for pretending my jokes were funny. Finally, to my parents, and to ⟦B:first⟧'s dog Kepler, who attended every group meeting.

This work was funded by NSF grant DMR-⟦num⟧0713. I also thank the developers of Pandas and Jupyter.
""",
        {"A": ":f"},
    ),
    (
        "citation",
        "academic",
        "en",
        """
Convert these references to APA 7:

[1] ⟦A:cite⟧, ⟦B:cite⟧, and ⟦C:cite⟧. Attention-based graph pooling for molecule property prediction. In Proc. NeurIPS, ⟦year⟧.
[2] Anonymous. Under review at ICLR ⟦year⟧.
[3] ⟦D:lastfirst⟧ and ⟦E:lastfirst⟧ (⟦year⟧). Low-resource NER for code-switched text. ACL Findings.
[4] ⟦F:init⟧. PhD thesis, University of ⟦city⟧.
""",
    ),
    (
        "peer_review",
        "academic",
        "en",
        """
Make this review less harsh:

Reviewer 2: The authors (I assume this is ⟦A:full⟧'s group given the dataset) ignore the closely related work by ⟦B:full⟧ and ⟦C:lastfirst⟧. The ablation in Table 3 is unconvincing. I also note that ⟦D:init⟧, listed as an author, thanked in the acknowledgements of a competing submission. Weak reject.
""",
    ),
    # ---- developer artifacts ------------------------------------------------------------------
    (
        "commit_message",
        "dev",
        "en",
        """
Write a changelog entry from these commits:

commit ⟦sha⟧
Author: ⟦A:full⟧ <⟦A:email⟧>
Date:   ⟦date⟧

    fix(auth): refresh token race when two tabs are open

    Reported by ⟦B:full⟧ in ⟦ticket⟧.

    Co-authored-by: ⟦C:full⟧ <⟦C:email⟧>
    Co-authored-by: ⟦D:full⟧ <⟦D:noreply⟧>

commit ⟦sha⟧
Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>

    chore(deps): bump jackson-databind from ⟦version⟧ to ⟦version⟧
""",
    ),
    (
        "codeowners",
        "dev",
        "en",
        """
Explain who will be asked to review a change to api/billing/ given this CODEOWNERS:

# Default owners
*                       @⟦A:handle⟧ @⟦B:handle⟧

# Frontend — ⟦C:full⟧ is on leave until March, ping ⟦D:first⟧ instead
/web/                   @⟦C:handle⟧ @⟦D:handle⟧

/api/billing/           @⟦E:handle⟧ @acme/payments-team
/infra/terraform/       @acme/platform @⟦F:handle⟧
docs/**/*.md            @⟦G:handle⟧
""",
    ),
    (
        "code_comment",
        "dev",
        "en",
        """
Can you refactor this function? Keep the comments.

# Author: ⟦A:full⟧ <⟦A:email⟧>
# Maintainer: ⟦B:handle⟧ (ask ⟦B:first⟧ before touching the retry logic!)
def sync_invoices(client, since):
    # TODO(⟦C:handle⟧): remove once ⟦company⟧ fixes their pagination bug
    page = 1
    while True:
        resp = client.get("/invoices", params={"since": since, "page": page})
        # HACK: ⟦D:first⟧ says the API returns 500 on page 0, see ⟦ticket⟧
        if resp.status_code == 500 and page == 1:
            continue
        ...
""",
    ),
    (
        "git_log",
        "dev",
        "en",
        """
Who touched this file most? Output of git shortlog -sne:

   142  ⟦A:full⟧ <⟦A:email⟧>
    87  ⟦B:full⟧ <⟦B:email⟧>
    41  ⟦C:handle⟧ <⟦C:email⟧>
    12  ⟦D:FULL⟧ <⟦D:email⟧>
     3  renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>
     1  ⟦E:full⟧ <⟦E:noreply⟧>
""",
    ),
    (
        "pull_request",
        "dev",
        "en",
        """
Summarize the review comments on this PR:

**⟦A:social⟧** commented:
> LGTM overall. @⟦B:social⟧ can you double check the migration? Last time ⟦C:first⟧'s migration locked the users table for 8 minutes.

**⟦B:social⟧** commented:
> @⟦A:social⟧ will do. Also cc @⟦D:social⟧ since ⟦D:first⟧ wrote the original index.

**⟦D:social⟧** approved these changes.
""",
    ),
    (
        "code_comment",
        "dev",
        "en",
        r"""
Why does this test fail intermittently?

/**
 * Integration tests for the export service.
 * @author ⟦A:full⟧
 * @author ⟦B:init⟧ (original CSV writer)
 */
@Test
void exportsCustomerWithUnicodeName() {
    Customer c = new Customer("⟦C:full⟧", "⟦C:email⟧");
    // ⟦D:first⟧: the timezone here must match the CI box, see ⟦ticket⟧
    assertEquals("⟦C:full⟧", exporter.export(c).get(0).getName());
}
""",
    ),
]

EN_TEMPLATES += [
    # ---- directories, org charts, rotations ---------------------------------------------------
    (
        "ldap_dump",
        "it",
        "en",
        """
Why does this user not get the VPN group? ldapsearch output:

dn: CN=⟦A:full⟧,OU=Engineering,OU=Users,DC=corp,DC=acme,DC=local
objectClass: user
cn: ⟦A:full⟧
sn: ⟦A:last⟧
givenName: ⟦A:first⟧
displayName: ⟦A:lastfirst⟧
sAMAccountName: ⟦A:handle⟧
userPrincipalName: ⟦A:wemail⟧
mail: ⟦A:wemail⟧
telephoneNumber: ⟦phone⟧
manager: CN=⟦B:full⟧,OU=Engineering,OU=Users,DC=corp,DC=acme,DC=local
memberOf: CN=eng-all,OU=Groups,DC=corp,DC=acme,DC=local
memberOf: CN=jira-users,OU=Groups,DC=corp,DC=acme,DC=local
userAccountControl: 512
lastLogonTimestamp: 133512345678901234
""",
    ),
    (
        "ad_export",
        "it",
        "en",
        """
Find the accounts that should be disabled (people who left: see HR list at bottom).

SamAccountName,DisplayName,Department,Enabled,LastLogonDate
⟦A:handle⟧,"⟦A:lastfirst⟧",Finance,True,⟦date⟧
⟦B:handle⟧,"⟦B:lastfirst⟧",Sales,True,⟦date⟧
⟦C:handle⟧,"⟦C:lastfirst⟧",Engineering,True,⟦date⟧
svc-backup,"Backup Service",IT,True,⟦date⟧
⟦D:handle⟧,"⟦D:lastfirst⟧",Sales,False,⟦date⟧
Administrator,"Administrator",IT,True,⟦date⟧

HR leavers this quarter: ⟦B:full⟧, ⟦D:full⟧, ⟦E:full⟧
""",
    ),
    (
        "org_chart",
        "hr",
        "en",
        """
Draw this org chart as a mermaid diagram:

CEO: ⟦A:full⟧
  CTO: ⟦B:full⟧
    VP Engineering: ⟦C:full⟧
      Eng Manager, Platform: ⟦D:full⟧
      Eng Manager, Mobile: ⟦E:full⟧ (interim, ⟦F:full⟧ starts in May)
  CFO: ⟦G:full⟧
  Chief of Staff: ⟦H:full⟧
""",
    ),
    (
        "oncall_rotation",
        "it",
        "en",
        """
Generate a fair on-call schedule for next quarter based on this (avoid people's blackout dates):

Team Orion on-call pool
- ⟦A:full⟧ (@⟦A:handle⟧) — out ⟦date⟧ to ⟦date⟧
- ⟦B:full⟧ (@⟦B:handle⟧) — prefers weekdays, new parent
- ⟦C:full⟧ (@⟦C:handle⟧)
- ⟦D:full⟧ (@⟦D:handle⟧) — shadowing only until certified
Escalation: ⟦E:full⟧ → ⟦F:full⟧ (⟦phone⟧)
PagerDuty schedule: PXXR2T1
""",
    ),
    (
        "hr_spreadsheet",
        "hr",
        "en",
        """
Compute the average tenure per department from this:

Employee ID	Name	Department	Start date	Manager
E1042	⟦A:full⟧	Support	⟦date⟧	⟦E:full⟧
E1077	⟦B:full⟧	Support	⟦date⟧	⟦E:full⟧
E1101	⟦C:full⟧	Marketing	⟦date⟧	⟦F:full⟧
E1120	⟦D:full⟧	Marketing	⟦date⟧	⟦F:full⟧
E1133	⟦G:full⟧	Support	⟦date⟧	⟦E:full⟧
""",
    ),
    # ---- tickets ------------------------------------------------------------------------------
    (
        "jira_ticket",
        "dev",
        "en",
        """
Write acceptance criteria for this ticket:

⟦ticket⟧: Export fails for customers with apostrophes in their name
Reporter: ⟦A:full⟧
Assignee: ⟦B:full⟧
Watchers: ⟦C:handle⟧, ⟦D:handle⟧
Priority: High

Description:
Customer ⟦E:full⟧ (account 88213) can't download invoices. Error in logs:
  ValueError: invalid literal in name field: "⟦E:full⟧"
⟦F:first⟧ from support says at least 3 other accounts are affected, including ⟦G:full⟧.

Comments:
⟦B:first⟧ ⟦B:last⟧: I think this is the same bug ⟦H:first⟧ fixed in the PDF exporter last year.
""",
        {"E": "en", "G": "en"},
    ),
    (
        "zendesk_ticket",
        "support",
        "en",
        """
Draft a reply to this customer:

Ticket #⟦num⟧19 — "Can't log in after changing email"
Requester: ⟦A:full⟧ <⟦A:email⟧>
Previous email on the account: ⟦email⟧
Phone: ⟦phone⟧

Message:
Hi, my wife ⟦B:first⟧ set up the account under her old email and now neither of us can log in. She's ⟦B:full⟧ on the account. We need the invoices for our accountant (⟦C:full⟧) by Friday. Please help!

Internal note (⟦D:first⟧): verified last 4 of card, 2FA reset needed. ⟦E:first⟧ please approve.
""",
        {"A": ":m", "B": ":f"},
    ),
    (
        "zendesk_ticket",
        "support",
        "en",
        """
Categorize this ticket and suggest a macro:

From: ⟦A:email⟧
Subject: Wrong name on my certificate

Hello, I completed the First Aid course on ⟦date⟧ but the certificate says "⟦B:full⟧" instead of "⟦A:full⟧". ⟦B:first⟧ is my sister, we signed up together. Can you reissue mine? My instructor was ⟦C:full⟧.
Thanks, ⟦A:first⟧
""",
    ),
    (
        "github_issue",
        "dev",
        "en",
        """
Is this a duplicate of an existing issue? Here is the new one:

### Bug: `pip install` fails on Python 3.13 (Windows)

@⟦A:social⟧ opened this issue · 4 comments

**Environment**: Windows 11, Python 3.13.0, pip 24.2
**Steps**: `pip install ourlib==⟦version⟧`

---
**@⟦B:social⟧**: same here. @⟦C:social⟧ this seems related to the Cython change you made.
**@⟦C:social⟧**: Yes — ⟦D:full⟧ is working on wheels for 3.13, should land next week.
**@⟦A:social⟧**: thanks ⟦C:lfirst⟧ 🙏
""",
    ),
    # ---- calendar invites ---------------------------------------------------------------------
    (
        "calendar_invite",
        "workplace",
        "en",
        """
Parse this .ics and tell me who's required vs optional:

BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
BEGIN:VEVENT
DTSTART:20250314T150000Z
DTEND:20250314T160000Z
UID:⟦uuid⟧@google.com
ORGANIZER;CN=⟦A:full⟧:mailto:⟦A:email⟧
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=⟦B:full⟧:mailto:⟦B:email⟧
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=⟦C:full⟧:mailto:⟦C:email⟧
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;CN=⟦D:full⟧:mailto:⟦D:email⟧
SUMMARY:Quarterly planning – Payments
DESCRIPTION:Agenda from ⟦A:first⟧: roadmap\\, hiring\\, ⟦E:first⟧'s promo case
LOCATION:Room 4.12 "Ada Lovelace"
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "calendar_invite",
        "medical",
        "en",
        """
Add this appointment to a to-do list with a reminder:

Appointment confirmation
Patient: ⟦A:full⟧
Provider: Dr. ⟦B:full⟧, Dermatology
When: ⟦date⟧, ⟦time⟧
Where: ⟦address⟧, Suite 210
Please bring your insurance card and photo ID. To reschedule call ⟦phone⟧.
""",
    ),
    (
        "calendar_invite",
        "workplace",
        "en",
        """
Write a polite decline for this invite:

Invitation: Interview loop – ⟦A:full⟧ (Staff Engineer) @ ⟦date⟧ ⟦time⟧
Organizer: ⟦B:full⟧ (Recruiting)
Guests: ⟦C:email⟧, ⟦D:email⟧, ⟦E:email⟧
Candidate resume attached: ⟦A:full⟧_CV.pdf
Panel: ⟦C:full⟧ (system design), ⟦D:full⟧ (coding), ⟦E:full⟧ (values)
""",
    ),
    # ---- tables and structured data -----------------------------------------------------------
    (
        "csv_data",
        "data",
        "en",
        """
Dedupe this contact list (same person with different emails):

first_name,last_name,email,phone,city
⟦A:first⟧,⟦A:last⟧,⟦A:email⟧,⟦phone⟧,⟦city⟧
⟦B:first⟧,⟦B:last⟧,⟦B:email⟧,⟦phone⟧,⟦city⟧
⟦A:FIRST⟧,⟦A:LAST⟧,⟦email⟧,⟦phone⟧,⟦city⟧
⟦C:first⟧,⟦C:last⟧,⟦C:email⟧,,⟦city⟧
⟦D:first⟧,⟦D:last⟧,⟦D:email⟧,⟦phone⟧,
""",
    ),
    (
        "markdown_table",
        "workplace",
        "en",
        """
Sort this table by seniority and add a column for who's eligible for the leadership program (3+ years):

| Name | Role | Since | Location |
|------|------|-------|----------|
| ⟦A:full⟧ | Account Executive | 2019 | ⟦city⟧ |
| ⟦B:full⟧ | SDR | 2023 | Remote |
| ⟦C:full⟧ | Sales Engineer | 2017 | ⟦city⟧ |
| ⟦D:full⟧ | Account Executive | 2021 | ⟦city⟧ |
| ⟦E:full⟧ | RevOps Analyst | 2022 | Remote |
""",
    ),
    (
        "tsv_data",
        "events",
        "en",
        """
Make name badges from this registration export (Name on line 1, Company on line 2):

ticket_id	attendee	company	email	dietary
TK-0912	⟦A:full⟧	⟦company⟧	⟦A:email⟧	vegetarian
TK-0913	⟦B:full⟧	⟦company⟧	⟦B:email⟧	
TK-0914	⟦C:full⟧	⟦company⟧	⟦C:email⟧	nut allergy
TK-0915	⟦D:full⟧	self-employed	⟦D:email⟧	halal
""",
    ),
    (
        "json_record",
        "data",
        "en",
        """
Write a TypeScript interface for this API response:

{
  "id": "usr_8f2k1m",
  "profile": {
    "displayName": "⟦A:full⟧",
    "username": "⟦A:handle⟧",
    "email": "⟦A:email⟧",
    "phone": "⟦phone⟧",
    "birthDate": "⟦dob@iso⟧"
  },
  "emergencyContact": {"name": "⟦B:full⟧", "relation": "spouse", "phone": "⟦phone⟧"},
  "createdAt": "2023-11-02T09:14:55Z",
  "lastLoginIp": "⟦ip⟧",
  "roles": ["editor"]
}
""",
    ),
    (
        "json_record",
        "data",
        "en",
        """
Why is this JSON invalid?

[
  {"name": "⟦A:full⟧", "team": "blue", "score": 91},
  {"name": "⟦B:full⟧", "team": "red", "score": 78},
  {"name": "⟦C:full⟧", "team": "blue", "score": 85,},
  {"name": "⟦D:full⟧", "team": "red" "score": 66}
]
""",
    ),
    (
        "yaml_record",
        "dev",
        "en",
        """
Convert this YAML to a Python dict literal:

project: customer-portal
maintainers:
  - name: ⟦A:full⟧
    email: ⟦A:email⟧
    github: ⟦A:handle⟧
  - name: ⟦B:full⟧
    email: ⟦B:email⟧
    github: ⟦B:handle⟧
reviewers: [⟦C:handle⟧, ⟦D:handle⟧]
escalation_contact: "⟦E:full⟧ <⟦E:email⟧>"
""",
    ),
    (
        "json_record",
        "data",
        "en",
        """
Flatten this nested JSON for a CSV export:

{"order": "⟦order⟧", "placed": "⟦date⟧",
 "customer": {"first": "⟦A:first⟧", "last": "⟦A:last⟧", "email": "⟦A:email⟧",
              "shipping": {"line1": "⟦address⟧", "phone": "⟦phone⟧"}},
 "gift_message": "Happy birthday ⟦B:nick⟧! Love, ⟦A:first⟧ & ⟦C:first⟧",
 "items": [{"sku": "KB-9921", "qty": 1}]}
""",
    ),
    # ---- translation and rewrite requests -----------------------------------------------------
    (
        "translation_request",
        "personal",
        "en",
        """
Translate to German, informal:

"Hi ⟦A:first⟧! Thank you so much for hosting us last weekend. ⟦B:first⟧ is still talking about your garden. Please say hi to ⟦C:first⟧ and the kids. If you're ever in ⟦city⟧ you have to stay with us! Love, ⟦D:first⟧ & ⟦B:first⟧"
""",
        {"A": "de", "C": "de"},
    ),
    (
        "translation_request",
        "workplace",
        "en",
        """
Translate this message to Japanese, polite business tone:

Dear ⟦A:last⟧-san,
Thank you for meeting with ⟦B:full⟧ and me last week. As discussed, ⟦C:full⟧ will send the revised quote by ⟦date⟧. Please let us know if ⟦D:last⟧-san from your procurement team needs anything else.
Best regards,
⟦E:full⟧
""",
        {"A": "ja", "D": "ja"},
    ),
    (
        "translation_request",
        "personal",
        "en",
        """
What does this mean in English? My neighbor left it on my door:

"Hola, soy ⟦A:full⟧ del 3B. Mi hijo ⟦B:first⟧ rompió su maceta sin querer jugando con la pelota, lo siento mucho. Se la pagamos. Mi número es ⟦phone@ES⟧. Saludos, ⟦A:first⟧"
""",
        {"A": "es:f", "B": "es:m"},
    ),
    (
        "rewrite_request",
        "workplace",
        "en",
        """
Rewrite this message to be more concise and professional:

hey ⟦A:first⟧ so i talked with ⟦B:first⟧ from legal and she said we cant send the contract to ⟦C:full⟧ until ⟦D:full⟧ signs off, and ⟦D:first⟧ is out till monday so i guess we wait?? also ⟦E:lfirst⟧ keeps asking me about it lol can u tell her
""",
        {"B": ":f", "E": ":f"},
    ),
    (
        "rewrite_request",
        "workplace",
        "en",
        """
Make this Slack message friendlier:

@⟦A:handle⟧ @⟦B:handle⟧ the deploy is blocked AGAIN because nobody reviewed ⟦C:first⟧'s PR. I asked twice. ⟦C:first⟧ has been waiting since Tuesday. Please review today.
""",
    ),
    (
        "rewrite_request",
        "personal",
        "en",
        """
rewrite this to sound more mature, its for my ex:

⟦A:lfirst⟧ i dont want to fight anymore. u can pick up ur stuff saturday, my mom ⟦B:lfirst⟧ will be there so dont be weird. also tell ⟦C:lfirst⟧ to stop texting me at ⟦phone⟧
""",
        {"B": ":f"},
    ),
    (
        "rewrite_request",
        "workplace",
        "en",
        """
Please rephrase this performance feedback so it's constructive:

⟦A:full⟧ – Q3 review (written by ⟦B:full⟧)
⟦A:first⟧ misses deadlines and blames others. When ⟦C:first⟧ ⟦C:last⟧ asked for the dashboard, ⟦A:last⟧ said it was ⟦D:first⟧'s job. Customers like ⟦A:first⟧ though.
""",
    ),
    # ---- lowercase, typo-laden chat -----------------------------------------------------------
    (
        "chat",
        "personal",
        "en",
        """
hey can u help me write a bday msg for my friend ⟦A:lfirst⟧?? shes turning 30, we met in college thru ⟦B:lfirst⟧ and we did that road trip to ⟦city⟧ w ⟦C:lfirst⟧ ⟦C:llast⟧ lol. make it funny but not mean
""",
        {"A": ":f"},
    ),
    (
        "chat",
        "personal",
        "en",
        """
ok so my roomate ⟦A:lfirst⟧ keeps eating my food and her bf ⟦B:lfirst⟧ basicaly lives here now but doesnt pay rent. how do i bring it up w/o making it weird. we're both on the lease, ⟦A:lfull⟧ and me
""",
        {"A": ":f", "B": ":m"},
    ),
    (
        "chat",
        "workplace",
        "en",
        """
make this msg sound normal: "hey ⟦A:lfirst⟧ can u send me the deck from yesterday, ⟦B:lfirst⟧ wants to present it to ⟦C:lfull⟧ tmrw at 10" lol
""",
    ),
    (
        "chat",
        "personal",
        "en",
        """
is it weird to text my coworker ⟦A:first⟧ on the weekend? we got coffee friday and she gave me her number ⟦phone⟧. my friend ⟦B:lfirst⟧ says wait till monday
""",
        {"A": ":f"},
    ),
    (
        "chat",
        "personal",
        "en",
        """
need help w a group chat msg: "hiii everyone, ⟦A:lfirst⟧ and i are doing a potluck sat at 6 at our new place (⟦address⟧) — ⟦B:lfirst⟧ ur on dessert, ⟦C:lfirst⟧ + ⟦D:lfirst⟧ drinks, ⟦E:lfirst⟧ bring ur speaker pls" make it cuter
""",
    ),
    (
        "chat",
        "gaming",
        "en",
        """
yo what does this mean in league, my duo ⟦A:social⟧ keeps saying "ff 15" and ⟦B:lfirst⟧ (our jungler) got mad. also ⟦C:lfirst⟧ said i should main Lux? i play on EUW, ign ⟦D:social⟧
""",
    ),
    (
        "sms_thread",
        "personal",
        "en",
        """
Summarize what I agreed to in these texts:

⟦A:first⟧ (⟦phone⟧): Hey it's ⟦A:first⟧ from the dog park! Still up for watching Luna next week?
Me: yes! which days
⟦A:first⟧: Fri–Mon. Key will be under the mat at ⟦address⟧. My sister ⟦B:first⟧ might stop by Sunday.
⟦A:first⟧: Alarm code is ⟦pin⟧ btw
Me: 👍 got it
""",
    ),
]

EN_TEMPLATES += [
    # ---- logs ---------------------------------------------------------------------------------
    (
        "server_log",
        "dev",
        "en",
        """
Why are these logins failing? nginx access log:

⟦ip#1⟧ - ⟦A:handle⟧ [14/Mar/2025:10:22:31 +0000] "POST /api/v2/session HTTP/1.1" 401 53 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15"
⟦ip#1⟧ - ⟦A:handle⟧ [14/Mar/2025:10:22:35 +0000] "POST /api/v2/session HTTP/1.1" 401 53 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15"
⟦ip⟧ - ⟦B:handle⟧ [14/Mar/2025:10:23:02 +0000] "GET /api/v2/reports?year=2024 HTTP/1.1" 200 18244 "-" "python-requests/2.31.0"
127.0.0.1 - - [14/Mar/2025:10:23:05 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
⟦ip6⟧ - - [14/Mar/2025:10:23:09 +0000] "GET /favicon.ico HTTP/1.1" 404 0 "-" "Mozilla/5.0"
""",
    ),
    (
        "server_log",
        "dev",
        "en",
        """
Someone is brute forcing SSH? /var/log/auth.log:

Mar 14 03:12:44 bastion-1 sshd[20931]: Failed password for invalid user admin from ⟦ip#1⟧ port 50322 ssh2
Mar 14 03:12:47 bastion-1 sshd[20931]: Failed password for invalid user oracle from ⟦ip#1⟧ port 50322 ssh2
Mar 14 03:13:01 bastion-1 sshd[20940]: Accepted publickey for ⟦A:handle⟧ from ⟦ip⟧ port 61822 ssh2: ED25519 SHA256:q8Zx1vJm0pL2r3eTn4Y5uW6oK7iH8gF9dS0aQ1wE2rT
Mar 14 03:13:01 bastion-1 sshd[20940]: pam_unix(sshd:session): session opened for user ⟦A:handle⟧(uid=1004) by (uid=0)
Mar 14 03:15:22 bastion-1 sudo:   ⟦A:handle⟧ : TTY=pts/0 ; PWD=/home/⟦A:handle⟧ ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx
Mar 14 03:20:10 bastion-1 sshd[21002]: Accepted password for ⟦B:handle⟧ from ⟦ipp⟧ port 49152 ssh2
""",
    ),
    (
        "app_log",
        "dev",
        "en",
        """
Explain this stack trace:

2025-03-14T11:02:17.331Z ERROR [order-service] c.a.orders.CheckoutController - Checkout failed for user=⟦A:email⟧ ip=⟦ip⟧ cart=⟦uuid⟧
java.lang.IllegalStateException: Card declined: card=⟦card⟧ reason=insufficient_funds
	at com.acme.orders.payment.StripeGateway.charge(StripeGateway.java:142)
	at com.acme.orders.CheckoutController.submit(CheckoutController.java:88)
	at jdk.internal.reflect.GeneratedMethodAccessor214.invoke(Unknown Source)
2025-03-14T11:02:17.335Z WARN  [order-service] c.a.orders.Notifier - Sending failure email to "⟦A:full⟧" <⟦A:email⟧>
""",
    ),
    (
        "app_log",
        "dev",
        "en",
        """
What's going on with the websocket reconnects? Browser console:

[ws] connecting to wss://rt.⟦dom⟧/socket?user=⟦A:handle⟧&token=⟦token⟧
[ws] connected (session ⟦uuid⟧)
[presence] ⟦B:full⟧ is typing…
[presence] ⟦C:full⟧ joined #design-review
[ws] closed code=1006 reason=""
[ws] reconnect attempt 1 in 500ms
""",
    ),
    (
        "network_inventory",
        "it",
        "en",
        """
Which of these DHCP leases look like personal devices that shouldn't be on the corp VLAN?

Lease            MAC                Hostname                    Expires
⟦ipp⟧     ⟦mac⟧  ⟦A:tag⟧s-MacBook-Pro         ⟦date⟧
⟦ipp⟧     ⟦mac⟧  ⟦B:tag⟧s-iPhone              ⟦date⟧
⟦ipp⟧     ⟦mac⟧  PRN-3F-HR-01                ⟦date⟧
⟦ipp⟧     ⟦mac⟧  Galaxy-S23-⟦C:tag⟧           ⟦date⟧
⟦ipp⟧     ⟦mac⟧  conf-room-ada-display       ⟦date⟧
""",
    ),
    (
        "network_inventory",
        "it",
        "en",
        """
Write an Ansible inventory from this asset list:

asset_tag,hostname,mgmt_ip,mac,owner
IT-4410,ws-fin-017,⟦ipp⟧,⟦mac⟧,⟦A:full⟧
IT-4411,ws-fin-018,⟦ipp⟧,⟦mac⟧,⟦B:full⟧
IT-4502,lab-gpu-02,⟦ip⟧,⟦mac⟧,⟦C:handle⟧
IT-4600,ap-lobby-1,⟦ipp⟧,⟦mac⟧,facilities
""",
    ),
    # ---- configs and secrets ------------------------------------------------------------------
    (
        "config_file",
        "dev",
        "en",
        """
My app can't connect to the database in prod but works locally. Here's my .env:

NODE_ENV=production
DATABASE_URL=postgres://app_rw:⟦dbpw⟧@db-prod-2.internal:5432/orders
REDIS_URL=redis://default:⟦dbpw⟧@cache.internal:6379/0
STRIPE_SECRET_KEY=⟦apikey@stripe⟧
OPENAI_API_KEY=⟦apikey@openai⟧
ADMIN_EMAIL=⟦A:email⟧
LOG_LEVEL=info
PORT=8080
""",
    ),
    (
        "config_file",
        "dev",
        "en",
        """
Convert this docker-compose to a Kubernetes manifest:

version: "3.9"
services:
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: orders
      POSTGRES_PASSWORD: ⟦pw⟧
      POSTGRES_DB: orders
  api:
    image: ghcr.io/⟦A:handle⟧/orders-api:⟦version⟧
    environment:
      DB_HOST: db
      JWT_SECRET: ⟦token⟧
      SENDGRID_API_KEY: ⟦apikey@sendgrid⟧
    ports:
      - "0.0.0.0:8080:8080"
""",
    ),
    (
        "code_snippet",
        "dev",
        "en",
        """
Why does boto3 say the signature doesn't match?

import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="⟦apikey@aws_id⟧",
    aws_secret_access_key="⟦apikey@aws_secret⟧",
    region_name="eu-west-1",
)
# ⟦A:first⟧ said the bucket is in eu-west-1 but maybe it's us-east-1?
s3.upload_file("report.csv", "finance-exports-⟦A:handle⟧", "2025/q1/report.csv")
""",
    ),
    (
        "shell_session",
        "dev",
        "en",
        """
curl works but my Python requests call gets 403. The curl:

$ curl -s https://api.⟦dom⟧/v1/accounts/me \\
    -H "Authorization: Bearer ⟦jwt⟧" \\
    -H "X-Request-Id: ⟦uuid⟧"
{"id":"acc_91Kd","owner":"⟦A:full⟧","email":"⟦A:email⟧","plan":"team"}
""",
    ),
    (
        "config_file",
        "dev",
        "en",
        """
Is it safe to commit this file? (asking for ⟦A:first⟧, it's his repo)

-----BEGIN OPENSSH PRIVATE KEY-----
⟦pem@openssh⟧
-----END OPENSSH PRIVATE KEY-----

# deploy key for github.com/⟦A:handle⟧/homelab
""",
        {"A": ":m"},
    ),
    (
        "ci_config",
        "dev",
        "en",
        """
Why does this GitHub Actions workflow fail at the publish step?

name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: ⟦apikey@npm⟧   # ⟦A:first⟧'s token, TODO move to secrets
      - name: notify
        run: curl -X POST -d '{"text":"released"}' https://hooks.slack.com/services/T024BE7LD/B08QW3E1A/⟦token⟧
""",
    ),
    (
        "chat",
        "dev",
        "en",
        """
quick q, i set up the wifi for my parents, the router admin is at ⟦ipp@gw⟧ and the password is ⟦pw⟧ and wifi pw is ⟦pw⟧. is WPA3 better than WPA2 for an old printer? my dad ⟦A:lfirst⟧ has a brother printer from like 2012
""",
        {"A": ":m"},
    ),
    (
        "config_file",
        "dev",
        "en",
        """
Explain each field of this Kubernetes secret:

apiVersion: v1
kind: Secret
metadata:
  name: payments-creds
  namespace: prod
  annotations:
    owner: ⟦A:email⟧
type: Opaque
data:
  STRIPE_KEY: ⟦token@b64⟧
  DB_PASSWORD: ⟦token@b64⟧
stringData:
  GITHUB_TOKEN: ⟦apikey@github⟧
""",
    ),
    (
        "code_snippet",
        "dev",
        "en",
        """
Convert this to use environment variables instead:

const client = new Anthropic({ apiKey: "⟦apikey@anthropic⟧" });
const hf = new HfInference("⟦apikey@hf⟧");
const gmaps = new Client({ key: "⟦apikey@google⟧" });  // ⟦A:full⟧'s personal key, rotate!!
""",
    ),
    # ---- payments, banking, crypto ------------------------------------------------------------
    (
        "invoice",
        "finance",
        "en",
        """
Check this invoice for errors:

INVOICE #2025-0147
From: ⟦A:full⟧ — Freelance Illustration
⟦address⟧
⟦A:email⟧ · ⟦phone⟧

Bill to: ⟦company⟧, attn. ⟦B:full⟧

Cover illustration (final)        1   €1,200.00
Revisions (3 rounds)              3     €150.00
Total                                 €1,650.00

Payment within 30 days to:
Account holder: ⟦A:full⟧
IBAN: ⟦iban⟧
BIC: INGDDEFFXXX
""",
    ),
    (
        "payment_form",
        "finance",
        "en",
        """
My checkout form keeps failing validation, here's what I submitted (test data is fine to show):

cardholder_name=⟦A:FULL⟧
card_number=⟦card⟧
exp=09/28
billing_address=⟦address⟧
email=⟦A:email⟧
""",
    ),
    (
        "chat",
        "finance",
        "en",
        """
my brother ⟦A:lfirst⟧ sent me money to the wrong account, he used ⟦iban⟧ but mine is ⟦iban⟧. the bank is ⟦company⟧ Bank. how do we get it back? the other account holder is someone called ⟦B:full⟧
""",
        {"A": ":m"},
    ),
    (
        "crypto_support",
        "finance",
        "en",
        """
I sent ETH to the wrong address. Can it be recovered?

Sent from: ⟦eth⟧
Intended recipient (my friend ⟦A:full⟧): ⟦eth⟧
Actually sent to: ⟦eth⟧
Tx hash: 0x⟦hash⟧
Network: Ethereum mainnet
""",
    ),
    (
        "crypto_support",
        "finance",
        "en",
        """
Explain the difference between these Bitcoin address types, I have one of each:

legacy: ⟦btc@p2pkh⟧
segwit (wrapped): ⟦btc@p2sh⟧
native segwit: ⟦btc@bech32⟧

My accountant ⟦A:full⟧ says I need to report all three for taxes?
""",
    ),
    (
        "donation_page",
        "finance",
        "en",
        """
Proofread our fundraiser page:

Help ⟦A:full⟧ walk again! 💙
On ⟦date⟧ our friend ⟦A:first⟧ was hit by a car while cycling to work. ⟦A:first⟧'s wife ⟦B:full⟧ and their two kids are facing months of medical bills. Organized by ⟦C:full⟧.
Ways to give: GoFundMe (link in bio), Venmo @⟦C:social⟧, or Bitcoin ⟦btc⟧.
""",
        {"A": ":m", "B": ":f"},
    ),
    (
        "expense_report",
        "finance",
        "en",
        """
Categorize these expenses for the report:

Employee: ⟦A:full⟧ (⟦A:handle⟧)   Corporate card: ⟦card⟧
Date        Merchant                 Amount   Attendees
⟦date⟧  Uber                     $38.20   —
⟦date⟧  Nobu                     $412.00  ⟦B:full⟧, ⟦C:full⟧ (client, ⟦company⟧)
⟦date⟧  Marriott                 $289.00  —
⟦date⟧  Starbucks                $11.45   ⟦D:first⟧
""",
    ),
    # ---- government IDs and forms -------------------------------------------------------------
    (
        "hr_form",
        "hr",
        "en",
        """
Check that this new-hire form is complete:

NEW EMPLOYEE INFORMATION
Legal name: ⟦A:full⟧        Preferred name: ⟦A:nick⟧
SSN: ⟦ssn⟧
Date of birth: ⟦dob⟧
Home address: ⟦address⟧
Personal email: ⟦A:email⟧          Mobile: ⟦phone⟧
Driver's license: ⟦dl@CA⟧ (state: CA)
Emergency contact: ⟦B:full⟧ (spouse) ⟦phone⟧
Direct deposit: routing 121000358, account ending 7781
Hiring manager: ⟦C:full⟧
""",
    ),
    (
        "tax_form",
        "finance",
        "en",
        """
Which box does this go in on the 1040? My info:

Taxpayer: ⟦A:full⟧, ITIN ⟦itin⟧
Spouse: ⟦B:full⟧, SSN ⟦ssn⟧
Dependent: ⟦C:full⟧, born ⟦dob@child⟧, ITIN ⟦itin⟧
Preparer: ⟦D:full⟧, ⟦company⟧ Tax Services
""",
    ),
    (
        "chat",
        "finance",
        "en",
        """
my tax guy ⟦A:lfirst⟧ asked for my itin again, is it safe to email it? its ⟦itin⟧. also my wife ⟦B:lfirst⟧'s ssn is ⟦ssn⟧ do i send that too
""",
        {"B": ":f"},
    ),
    (
        "background_check",
        "hr",
        "en",
        """
Summarize this background check report in 3 lines:

SUBJECT: ⟦A:FULL⟧
AKA: ⟦A:nick⟧ ⟦A:last⟧; ⟦A:mid⟧
DOB: ⟦dob⟧   SSN: ⟦ssn⟧
DL: ⟦dl⟧
Address history:
  ⟦address⟧ (2019–present)
  ⟦address⟧ (2014–2019)
Criminal: no records found
Employment verified: ⟦company⟧ (2016–2023), verified by ⟦B:full⟧, HR
""",
    ),
    (
        "travel_booking",
        "travel",
        "en",
        """
Check these passenger details match the passports before I submit:

Booking ref: QX7T2M   Flight: LH 401 ⟦date⟧
Passenger 1: ⟦A:LAST⟧/⟦A:FIRST⟧ MR   DOB ⟦dob⟧   Passport ⟦passport⟧   exp 2031-04-30
Passenger 2: ⟦B:LAST⟧/⟦B:FIRST⟧ MRS  DOB ⟦dob⟧   Passport ⟦passport⟧   exp 2029-11-12
Passenger 3: ⟦C:LAST⟧/⟦C:FIRST⟧ MSTR date of birth ⟦dob@child⟧   Passport ⟦passport⟧
Contact: ⟦A:email⟧, ⟦phone⟧
""",
        {"A": ":m", "B": ":f", "C": ":m"},
    ),
    (
        "travel_booking",
        "travel",
        "en",
        """
Write a packing list for this trip, here's the confirmation:

Hi ⟦A:first⟧, your car rental is confirmed!
Driver: ⟦A:full⟧ — License ⟦dl⟧
Additional driver: ⟦B:full⟧ — License ⟦dl⟧
Pick-up: Denver International Airport, ⟦date⟧ 10:00
Vehicle: Jeep Wrangler or similar
""",
    ),
    (
        "visa_application",
        "travel",
        "en",
        """
Help me fill in the invitation letter for my mother's visitor visa:

I, ⟦A:full⟧, residing at ⟦address⟧, invite my mother, ⟦B:full⟧ (date of birth ⟦dob@parent⟧, passport number ⟦passport⟧), to visit me from ⟦date⟧ to ⟦date⟧. She will stay at my home. My phone: ⟦phone⟧. My employer is ⟦company⟧, manager ⟦C:full⟧ can confirm my employment.
""",
        {"B": ":f"},
    ),
    (
        "police_report",
        "public",
        "en",
        """
Summarize this incident report:

INCIDENT REPORT #24-⟦num⟧318
Reporting officer: Ofc. ⟦A:full⟧, badge 4471
Date/time: ⟦date⟧ 22:40
Location: ⟦address⟧
Complainant: ⟦B:full⟧, DOB ⟦dob⟧, phone ⟦phone⟧
Suspect: ⟦C:mid⟧ (W/M, approx. 30), DL ⟦dl⟧
Narrative: Complainant states that suspect, her former roommate, entered the residence without permission and removed a laptop. Witness ⟦D:full⟧ (neighbor) observed suspect leaving with a backpack.
""",
        {"B": ":f", "C": ":m"},
    ),
    (
        "insurance_claim",
        "finance",
        "en",
        """
Draft the claim description from these notes:

Policyholder: ⟦A:full⟧, policy AU-⟦num⟧-7718
Other driver: ⟦B:full⟧, DL ⟦dl⟧, insurer ⟦company⟧ Mutual
Accident ⟦date⟧ at Maple Ave & 3rd. ⟦B:last⟧ rear-ended us at the light. Passenger ⟦C:first⟧ (my daughter) had neck pain, seen at urgent care.
Witness: ⟦D:full⟧, ⟦phone⟧
""",
        {"C": ":f"},
    ),
    # ---- misc everyday ------------------------------------------------------------------------
    (
        "slack_export",
        "workplace",
        "en",
        """
Summarize this Slack thread from #incident-4471:

⟦A:full⟧  9:02 AM
:rotating_light: checkout latency p99 > 4s since 8:40
⟦B:full⟧  9:03 AM
looking. @⟦C:handle⟧ did the cache config change go out?
⟦C:full⟧  9:05 AM
yes, at 8:38 :grimacing: rolling back
⟦D:full⟧  9:11 AM
p99 back to normal. ⟦C:first⟧ can you own the postmortem? ⟦E:first⟧ wants it by Thursday
⟦E:full⟧  9:12 AM
:+1: thanks all. ⟦A:first⟧ nice catch
""",
    ),
    (
        "slack_export",
        "workplace",
        "en",
        """
Extract all the questions asked in this channel that got no answer:

[{"user": "U04ABCD", "user_name": "⟦A:handle⟧", "real_name": "⟦A:full⟧", "text": "does anyone know the wifi pw for the ⟦city⟧ office?"},
 {"user": "U05EFGH", "user_name": "⟦B:handle⟧", "real_name": "⟦B:full⟧", "text": "<@U04ABCD> it's ⟦pw⟧ but ask ⟦C:first⟧ to add you to the guest list"},
 {"user": "U06IJKL", "user_name": "⟦D:handle⟧", "real_name": "⟦D:full⟧", "text": "who approves travel over $2k now that ⟦E:full⟧ left?"}]
""",
    ),
    (
        "genealogy",
        "personal",
        "en",
        """
Turn my family tree notes into a GEDCOM-like list:

- ⟦A:full⟧ (b. ⟦dob@great⟧ in ⟦city⟧) m. ⟦B:full⟧
  - ⟦C:full⟧ (b. ⟦dob@old⟧) — my grandmother
    - m. ⟦D:full⟧, kids: ⟦E:first⟧, ⟦F:first⟧ (my mom), ⟦G:first⟧
  - ⟦H:full⟧ — emigrated, lost contact
Note: Aunt ⟦G:first⟧ says great-grandpa ⟦A:first⟧'s real surname was spelled "⟦A:LAST⟧" on the ship manifest.
""",
        {"C": ":f", "F": ":f", "G": ":f", "A": ":m", "*": "one"},
    ),
    (
        "sports_roster",
        "sports",
        "en",
        """
Make a carpool plan for the away game from this roster:

U12 Girls – Lightning
#4  ⟦A:full⟧ — parent ⟦B:full⟧ ⟦phone⟧ (can drive, 4 seats)
#7  ⟦C:full⟧ — parent ⟦D:first⟧ ⟦D:last⟧ ⟦phone⟧
#9  ⟦E:full⟧ — parent ⟦F:full⟧ (can drive, 6 seats)
#11 ⟦G:full⟧ — parent ⟦H:first⟧ ⟦phone⟧
Coach: ⟦B:first⟧ (yes, same as above)
""",
        {"A": ":f", "C": ":f", "E": ":f", "G": ":f"},
    ),
    (
        "few_shot_prompt",
        "dev",
        "en",
        """
Extract the person and the company from each sentence, answer in JSON.

Sentence: ⟦A:full⟧ joined ⟦company#1⟧ as CFO in 2021.
Answer: {"person": "⟦A:full⟧", "company": "⟦company#1⟧"}

Sentence: After leaving Microsoft, ⟦B:full⟧ co-founded a startup with ⟦C:last⟧.
Answer: {"person": ["⟦B:full⟧", "⟦C:last⟧"], "company": "Microsoft"}

Sentence: ⟦D:init⟧ was promoted to partner at Goldman Sachs last week.
Answer:
""",
    ),
    (
        "podcast_notes",
        "media",
        "en",
        """
Write show notes for this episode:

Ep. 112 — "Startups in small towns"
Host: ⟦A:full⟧  |  Guest: ⟦B:full⟧, founder of ⟦company⟧
00:00 intro, ⟦A:first⟧'s dog barking again
04:10 ⟦B:first⟧ on leaving Google in 2019
22:30 why ⟦B:last⟧ hired her first 10 people from the local community college
41:00 listener question from ⟦C:full⟧ in ⟦city⟧
Thanks to our producer ⟦D:nick⟧ and editor ⟦E:full⟧.
""",
        {"B": ":f"},
    ),
    (
        "real_estate",
        "commerce",
        "en",
        """
Write a listing description from these agent notes:

Listing agent: ⟦A:full⟧, ⟦A:email⟧, ⟦phone⟧
Property: ⟦address⟧
Sellers: ⟦B:full⟧ & ⟦C:full⟧ (relocating, motivated)
3bd/2ba, 1,640 sqft, built 1962, new roof 2021. Walk to Jefferson Elementary and Washington Park. Showing instructions: call ⟦B:first⟧ 1h ahead, lockbox code ⟦pin⟧.
""",
    ),
    # ---- word-like and tricky names -----------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "en",
        """
Fix the grammar in this email:

Hi all,

Quick update from the kickoff. ⟦A:full⟧ will lead design, ⟦B:full⟧ owns research, and ⟦C:first⟧ will help out wherever she can. We hope to ship before summer. ⟦D:first⟧ ⟦D:last⟧ (no relation to the famous one!) is our new contractor, and ⟦E:first⟧ will bring the cookies again because ⟦E:first⟧ is the best.

Regards,
⟦F:full⟧
""",
        {
            "A": "en_word",
            "B": "en_word",
            "C": "en_word:f",
            "D": "en_word",
            "E": "en_word",
            "F": "en_word",
        },
    ),
    (
        "chat",
        "personal",
        "en",
        """
can u check this text before i send it to my aunt: "hi aunt ⟦A:lfirst⟧! ⟦B:lfirst⟧ and i will be there at 5. is uncle ⟦C:lfirst⟧ still grilling? tell ⟦D:lfirst⟧ i said hi 💕"
""",
        {"A": "en_word:f", "B": "en_word", "C": "en_word:m", "D": "en_word"},
    ),
    (
        "meeting_transcript",
        "workplace",
        "en",
        """
Summarize this interview transcript:

INTERVIEWER (⟦A:FULL⟧): So, tell me about a time you disagreed with your manager.
CANDIDATE (⟦B:FULL⟧): At my last job my manager, ⟦C:full⟧, wanted to rewrite the whole billing system. I thought we should strangle it piece by piece. ⟦C:last⟧ eventually agreed after ⟦D:first⟧ ⟦D:last⟧ from finance showed the risk.
INTERVIEWER: And how did that go?
CANDIDATE: We shipped it in four months. ⟦C:first⟧ still sends me memes.
""",
        {"C": "en_word", "D": "en_word"},
    ),
    (
        "email_thread",
        "workplace",
        "en",
        """
Which names here are people vs companies/places? Then summarize.

From: ⟦A:full⟧ <⟦A:email⟧>
Subject: Charlotte trip + Ford contract

Team – ⟦B:first⟧ and I land in Charlotte on Monday to meet Ford's procurement people. ⟦C:full⟧ from our Dallas office will join. Please don't book the Lincoln Center hotel again, ⟦D:first⟧ said it was awful. Also, ⟦E:full⟧ asked whether Jackson (the JSON library, not ⟦F:first⟧ ⟦F:last⟧ from QA) is still on the approved list.

⟦A:first⟧
""",
        {"F": "en:m"},
    ),
    (
        "comment_thread",
        "social",
        "en",
        """
Are any of these YouTube comments spam?

⟦A:social⟧: This recipe is better than Gordon Ramsay's tbh
⟦B:social⟧: my grandma ⟦C:first⟧ made it exactly like this, she was from Naples 🇮🇹
⟦D:social⟧: DM @⟦E:social⟧ on telegram for 500% crypto returns!!! send to ⟦btc⟧
⟦F:social⟧: @⟦B:social⟧ nonna ⟦C:first⟧ knew what's up ❤️
""",
        {"C": "it:f"},
    ),
    (
        "chat",
        "personal",
        "en",
        """
ok so my mom (⟦A:full⟧) got a text from "USPS" saying her package is held and to pay $1.99 at usps-redelivery-help.com. she clicked it and entered her card ⟦card⟧ and dob ⟦dob⟧. what should she do now? my dad ⟦B:lfirst⟧ already called the bank
""",
        {"A": ":f", "B": ":m"},
    ),
]

EN_TEMPLATES += [
    # ---- names in their own scripts inside English text ---------------------------------------
    (
        "business_card",
        "workplace",
        "en",
        """
I scanned this business card, please turn it into a vCard:

⟦company⟧ Japan KK
営業部 部長
⟦A:native⟧
⟦A:FULL⟧
Sales Director
Tel ⟦phone@JP⟧ / ⟦A:email⟧
⟦address@JP⟧
""",
        {"A": "ja"},
    ),
    (
        "attendee_list",
        "events",
        "en",
        """
Make name tents for the delegation. Use the English name on top and the Chinese name below.

Delegation from ⟦company⟧ (Shenzhen)
1. ⟦A:roman⟧ (⟦A:native⟧) – General Manager
2. ⟦B:roman⟧ (⟦B:native⟧) – Head of Procurement
3. ⟦C:roman⟧ (⟦C:native⟧) – Interpreter
Host: ⟦D:full⟧, ⟦D:email⟧
""",
        {"A": "zh", "B": "zh", "C": "zh"},
    ),
    (
        "visa_letter",
        "travel",
        "en",
        """
Check the transliteration in this invitation letter matches the passport:

To the Consular Section,
We invite our colleague ⟦A:roman⟧ (⟦A:native⟧), passport no. ⟦passport@RU⟧, to attend our annual partner summit in ⟦city⟧ from ⟦date⟧ to ⟦date⟧. All costs will be covered by ⟦company⟧.
Contact: ⟦B:full⟧, ⟦B:email⟧, ⟦phone⟧
""",
        {"A": "ru"},
    ),
    (
        "email_thread",
        "workplace",
        "en",
        """
Can you reply to this for me and confirm Thursday works?

From: ⟦A:roman⟧ <⟦A:email⟧>
Subject: Visit to Seoul office

Hi ⟦B:first⟧,
Looking forward to your visit! My manager ⟦C:roman⟧ (⟦C:native⟧) will join the first meeting. Please ask for me at reception — my Korean name is ⟦A:native⟧ in case they don't recognize the English spelling.
Best,
⟦A:first⟧
""",
        {"A": "ko", "C": "ko"},
    ),
    (
        "shipping_manifest",
        "commerce",
        "en",
        """
Fix the formatting of this shipping manifest:

CONSIGNEE: ⟦A:FULL⟧ (⟦A:native⟧)
⟦address@GR⟧
TEL ⟦phone@GR⟧
SHIPPER: ⟦B:FULL⟧, ⟦company⟧
NOTIFY PARTY: ⟦C:full⟧
""",
        {"A": "el"},
    ),
    (
        "email_thread",
        "workplace",
        "en",
        """
Please summarize this for the regional director:

Dear ⟦A:first⟧,
As requested, the Riyadh office lead is ⟦B:full⟧ (⟦B:native⟧). ⟦B:first⟧ will coordinate with ⟦C:full⟧ from Legal. For Arabic correspondence please address him as "⟦B:native⟧".
Regards,
⟦D:full⟧
""",
        {"B": "ar:m"},
    ),
    (
        "chat",
        "workplace",
        "en",
        """
hey can u make this sound less rude: "⟦A:lfirst⟧ can u send the ⟦B:lfirst⟧ contract again, the one u sent has ⟦C:lfull⟧ as signatory not ⟦D:lfull⟧"
""",
    ),
    # ---- names in odd positions ---------------------------------------------------------------
    (
        "shipping_label",
        "commerce",
        "en",
        """
OCR'd this shipping label, which carrier is it?

SHIP TO:
⟦A:FULL⟧
⟦address⟧
TEL ⟦phone⟧
FROM: ⟦B:FULL⟧ / ⟦company⟧ RETURNS DEPT
TRACKING #: 1Z 999 AA1 01 2345 6784
""",
    ),
    (
        "announcement",
        "workplace",
        "en",
        """
Write a warm welcome message for our new hires:

- ⟦A:full⟧ ("⟦A:nick⟧"), Backend Engineer, joins from ⟦company⟧
- ⟦B:full⟧, Designer — ⟦B:first⟧ previously freelanced for (among others) Ben & Jerry's
- ⟦C:init⟧, Data Analyst (prefers to go by ⟦C:first⟧)
Their buddies: ⟦D:first⟧, ⟦E:first⟧ and ⟦F:first⟧, respectively.
""",
    ),
    (
        "json_record",
        "dev",
        "en",
        """
Write a jq command that returns the names of reviewers who approved:

{"pr": 4412, "title": "Add retry to webhook sender",
 "author": "⟦A:handle⟧",
 "reviewers": ["⟦B:full⟧", "⟦C:full⟧", "⟦D:full⟧"],
 "approved_by": ["⟦B:full⟧", "⟦D:full⟧"],
 "requested_changes_by": [{"name": "⟦C:full⟧", "comment": "please add a test like ⟦E:first⟧ did in #4390"}]}
""",
    ),
    (
        "sign_in_sheet",
        "events",
        "en",
        """
Count attendance by session from this sign-in sheet:

Session | Name | Signed | Time in
AM | ⟦A:full⟧ | ✓ | 8:52
AM | ⟦B:full⟧ | ✓ | 8:58
AM | ⟦C:cite⟧ | ✓ | 9:03
PM | ⟦D:full⟧ | ✓ | 13:01
PM | ⟦A:full⟧ | ✓ | 13:05
""",
    ),
    (
        "complaint",
        "travel",
        "en",
        """
Help me write to the airline, they lost our bags:

Flight UA 928, ⟦date⟧. Passengers: ⟦A:full⟧, ⟦B:full⟧ and our son ⟦C:first⟧ (age 6). File reference ORDUA41872. The agent at the desk, ⟦D:first⟧, said the bags were in Frankfurt. Nobody called us since. Our contact: ⟦phone⟧, ⟦A:email⟧. Delivery address: ⟦address⟧.
""",
        {"C": ":m"},
    ),
    (
        "church_bulletin",
        "community",
        "en",
        """
Format this week's bulletin:

Please keep in your prayers: ⟦A:full⟧ (surgery Tuesday), the family of ⟦B:full⟧, ⟦C:first⟧ ⟦C:last⟧ and her newborn daughter ⟦D:first⟧.
Coffee hour hosts: the ⟦E:last⟧ family.
Youth group meets Friday, contact ⟦F:full⟧ at ⟦phone⟧.
Happy 90th birthday to ⟦G:full⟧, born ⟦dob@old⟧!
""",
        {"C": ":f", "D": ":f"},
    ),
    (
        "student_roster",
        "education",
        "en",
        """
Split this class into 3 balanced lab groups:

ID       Name                      Year  Major
S20417   ⟦A:lastfirst⟧             2     Biology
S20533   ⟦B:lastfirst⟧             3     Chemistry
S20601   ⟦C:lastfirst⟧             2     Biology
S20612   ⟦D:lastfirst⟧             1     Undeclared
S20730   ⟦E:lastfirst⟧             3     Biochem
S20744   ⟦F:lastfirst⟧             2     Chemistry
TA: ⟦G:full⟧ (⟦G:email⟧)
""",
    ),
    (
        "volunteer_schedule",
        "community",
        "en",
        """
Who's double-booked in this food bank schedule?

Sat 9–12: ⟦A:first⟧, ⟦B:first⟧, ⟦C:first⟧ (lead)
Sat 12–3: ⟦D:first⟧, ⟦A:first⟧, ⟦E:first⟧
Sun 9–12: ⟦F:full⟧ (new, pair with ⟦C:first⟧), ⟦B:first⟧
Driver: ⟦G:full⟧, van keys with ⟦C:first⟧
""",
    ),
    (
        "babysitter_notes",
        "personal",
        "en",
        """
Make this into a tidy note for the babysitter:

kids: ⟦A:first⟧ (8) and ⟦B:first⟧ (5). ⟦B:first⟧ is allergic to peanuts!! epipen in kitchen drawer. bedtime 8 for ⟦B:first⟧, 8:30 for ⟦A:first⟧. we're at the ⟦C:last⟧s' dinner, back by 11. my cell ⟦phone⟧, ⟦D:first⟧'s cell ⟦phone⟧. neighbor ⟦E:full⟧ next door if anything. wifi: ⟦pw⟧
""",
        {"*": "one"},
    ),
    (
        "pharmacy_request",
        "medical",
        "en",
        """
Rewrite this refill request to be clearer:

Patient: ⟦A:full⟧, DOB ⟦dob⟧
Rx: lisinopril 10 mg, 90 tabs, prescribed by Dr. ⟦B:last⟧
Pick up: my daughter ⟦C:full⟧ will pick up, she has my ID
Pharmacy: Walgreens on Washington St
Callback: ⟦phone⟧
""",
        {"C": ":f"},
    ),
    (
        "court_docket",
        "legal",
        "en",
        """
Which of these hearings are about traffic violations?

DOCKET — Municipal Court, Dept. 3 — ⟦date⟧
09:00  State v. ⟦A:FULL⟧ — Speeding 15+ over — Def. atty ⟦B:full⟧
09:15  State v. ⟦C:FULL⟧ — Petty theft — PD ⟦D:full⟧
09:30  City of ⟦city⟧ v. ⟦E:FULL⟧ — Expired registration
09:45  In re the Marriage of ⟦F:full⟧ and ⟦G:full⟧ — Status conference
""",
    ),
    (
        "teams_chat",
        "workplace",
        "en",
        """
Summarize this Teams chat:

⟦A:lastfirst⟧ 10:14
@⟦B:full⟧ @⟦C:full⟧ can one of you cover the 2pm demo?
⟦B:lastfirst⟧ 10:16
I can't, I'm with ⟦D:first⟧ at the client. Maybe ⟦E:first⟧?
⟦C:lastfirst⟧ 10:20
I'll do it. ⟦A:first⟧, send me the login for the demo tenant?
⟦A:lastfirst⟧ 10:21
user: demo-admin / pass: ⟦pw⟧ (don't share!!)
""",
    ),
    (
        "hoa_email",
        "community",
        "en",
        """
Make this HOA email less aggressive:

To all residents of Maple Ridge,
The board (⟦A:full⟧, ⟦B:full⟧, ⟦C:full⟧) has received complaints about cars parked on the grass at ⟦address⟧ and ⟦address⟧. Repeat offenders will be towed. Questions to our manager ⟦D:full⟧ at ⟦D:email⟧ or ⟦phone⟧.
""",
    ),
    (
        "cancellation_request",
        "commerce",
        "en",
        """
Write a firm cancellation email for my gym membership:

Member: ⟦A:full⟧, member #⟦num⟧
They keep charging my card ⟦card⟧ even though I cancelled in person with ⟦B:first⟧ at the front desk on ⟦date⟧. The manager ⟦C:full⟧ promised to fix it.
""",
    ),
    (
        "freelance_message",
        "commerce",
        "en",
        """
Is this a reasonable reply to my client?

"Hi ⟦A:first⟧, the logo files are done. As agreed, please send the second half (0.042 BTC) to ⟦btc@bech32⟧. If your accountant ⟦B:full⟧ prefers a bank transfer, my IBAN is ⟦iban⟧. Thanks! — ⟦C:full⟧"
""",
    ),
    (
        "wire_confirmation",
        "finance",
        "en",
        """
Explain what each field on this SWIFT confirmation means:

Ordering customer: ⟦A:FULL⟧
Ordering account: ⟦iban⟧
Beneficiary: ⟦B:FULL⟧
Beneficiary account: ⟦iban⟧
Amount: EUR 12,500.00   Value date: ⟦date⟧
Remittance info: INVOICE 2025-0311 / ⟦C:full⟧
UETR: ⟦uuid⟧
""",
    ),
    (
        "newsletter",
        "community",
        "en",
        """
Edit these alumni class notes for the spring newsletter:

Class of 2009: ⟦A:full⟧ married ⟦B:full⟧ in June in ⟦city⟧; classmates ⟦C:full⟧ and ⟦D:nick⟧ ⟦D:last⟧ were in the wedding party. ⟦E:full⟧ was promoted to partner at ⟦company⟧. ⟦F:first⟧ ⟦F:last⟧ ('09) and her wife welcomed twins, ⟦G:first⟧ and ⟦H:first⟧.
""",
        {"F": ":f"},
    ),
    (
        "film_credits",
        "media",
        "en",
        """
Format these credits for our student short film:

A FILM BY ⟦A:FULL⟧
starring ⟦B:FULL⟧   ⟦C:FULL⟧
with ⟦D:full⟧ as "The Landlord"
Director of Photography ⟦E:full⟧
Editor ⟦F:full⟧
Music "Clair de Lune" by Claude Debussy, performed by ⟦G:full⟧
Special thanks to Professor ⟦H:last⟧ and the ⟦city⟧ Film Society
""",
    ),
    (
        "airbnb_message",
        "travel",
        "en",
        """
Translate this host message into French for my parents:

Hi ⟦A:first⟧! Welcome to ⟦city⟧ 😊 The apartment is at ⟦address⟧. Door code: ⟦pin⟧. Wi-Fi "Sunset-Guest", password ⟦pw⟧. If anything breaks, call my cousin ⟦B:full⟧ at ⟦phone⟧ — I'm traveling. Enjoy! ⟦C:first⟧
""",
    ),
    (
        "patient_portal",
        "medical",
        "en",
        """
Help me write a message to my doctor through the portal:

"Hi Dr. ⟦A:last⟧, this is ⟦B:full⟧ (DOB ⟦dob⟧). Since starting the new metformin dose I've had stomach pain. My wife ⟦C:first⟧ thinks I should stop it. Nurse ⟦D:first⟧ told me to message you. Can I switch to the extended release? Thanks."
""",
        {"B": ":m", "C": ":f"},
    ),
    (
        "thank_you_notes",
        "personal",
        "en",
        """
Write short thank-you cards for these baby shower gifts:
- ⟦A:full⟧: the stroller (!!)
- Aunt ⟦B:first⟧ & Uncle ⟦C:first⟧: handmade quilt
- ⟦D:full⟧ and ⟦E:full⟧: books, incl. The Very Hungry Caterpillar
- my coworkers (⟦F:first⟧, ⟦G:first⟧, ⟦H:first⟧): diaper cake
""",
        {"B": ":f", "C": ":m"},
    ),
    (
        "yearbook",
        "education",
        "en",
        """
Pick the 3 funniest senior quotes for the yearbook page:

⟦A:FULL⟧ — "I came, I saw, I forgot what I was doing."
⟦B:FULL⟧ — "Thanks Mom, and ⟦C:first⟧ for the rides."
⟦D:FULL⟧ — "Be the Leslie Knope you want to see in the world."
⟦E:FULL⟧ — "See you at the reunion, ⟦F:first⟧. You owe me $5."
""",
    ),
    (
        "bug_report",
        "dev",
        "en",
        """
Turn this user report into a proper bug ticket:

from: ⟦A:email⟧
"when I add my colleague ⟦B:full⟧ to the project, the avatar shows ⟦C:full⟧'s photo instead. ⟦C:first⟧ left the company months ago. also the mention autocomplete suggests @⟦C:handle⟧ first. browser: Chrome 124, macOS. my user is ⟦A:handle⟧"
""",
    ),
    (
        "chat",
        "personal",
        "en",
        """
ok real q: my friend ⟦A:lfirst⟧ ⟦A:llast⟧ wants to borrow $2k for his car and he already owes ⟦B:lfirst⟧ money. how do i say no nicely
""",
        {"A": ":m"},
    ),
    (
        "on_call_handoff",
        "it",
        "en",
        """
Summarize the open items from this on-call handoff:

Handoff ⟦A:handle⟧ → ⟦B:handle⟧ (⟦date⟧)
- db-replica-3 lag alerts flapping; ⟦C:full⟧ from DBA team is aware
- customer ⟦company⟧ reported 403s from ⟦ip⟧; allowlisted by ⟦A:first⟧, needs cleanup
- cert for api.⟦dom⟧ expires in 9 days, ticket ⟦ticket⟧ (owner: ⟦D:handle⟧)
- nothing else, quiet week. Thanks ⟦B:first⟧!
""",
    ),
    (
        "mac_allowlist",
        "it",
        "en",
        """
Convert this MAC allowlist to a Cisco ISE CSV:

# lab devices — approved by ⟦A:full⟧
⟦mac⟧  oscilloscope-01
⟦mac⟧  ⟦B:ltag⟧-raspberrypi
⟦mac⟧  thermal-printer
⟦mac⟧  ⟦C:ltag⟧-thinkpad   # ⟦C:first⟧ leaves in June, remove then
""",
    ),
    (
        "firewall_log",
        "it",
        "en",
        """
Is this traffic suspicious?

Mar 14 02:11:09 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=⟦mac⟧ SRC=⟦ip⟧ DST=⟦ipp⟧ LEN=60 PROTO=TCP SPT=44321 DPT=3389
Mar 14 02:11:12 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=⟦mac⟧ SRC=⟦ip⟧ DST=⟦ipp⟧ LEN=60 PROTO=TCP SPT=51102 DPT=22
Mar 14 02:12:40 fw01 kernel: [UFW ALLOW] IN=wg0 OUT=eth1 SRC=⟦ipp⟧ DST=⟦ip6⟧ PROTO=UDP SPT=51820 DPT=443
""",
    ),
]

# ---------------------------------------------------------------------------------------------
# Texts in other languages with something to remove. Names are written so that they stay in
# the nominative case (headers, lists, signatures, after a title), as a native writer would.
# ---------------------------------------------------------------------------------------------

INTL_TEMPLATES: list[tuple] = [
    # ---- Spanish ------------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "es",
        """
¿Me ayudas a resumir este hilo en tres puntos?

---------- Mensaje reenviado ---------
De: ⟦A:full⟧ <⟦A:email⟧>
Fecha: ⟦date⟧
Asunto: RE: Auditoría de proveedores
Para: ⟦B:full⟧ <⟦B:email⟧>

Hola ⟦B:first⟧:

Te confirmo que ⟦C:full⟧ enviará el informe antes del viernes. Si hay dudas, llama a ⟦D:first⟧ al ⟦phone⟧.

Un saludo,
⟦A:first⟧ ⟦A:last⟧
Responsable de Compras · ⟦company⟧

> El ⟦date⟧, ⟦B:full⟧ escribió:
> ¿Sabemos algo de la auditoría? ⟦E:first⟧ me lo ha preguntado dos veces.
""",
    ),
    (
        "chat",
        "personal",
        "es",
        """
corrige la ortografía de este mensaje porfa:

"hola ⟦A:lfirst⟧!! ya hable con ⟦B:lfirst⟧ y dice q el sabado no puede, q mejor el domingo en casa de ⟦C:lfirst⟧. la dire es ⟦address⟧. avisale a ⟦D:lfirst⟧ tmb q no tengo su numero, el mio es ⟦phone⟧"
""",
    ),
    (
        "review",
        "commerce",
        "es",
        """
Clasifica estas reseñas como positivas o negativas:

⭐⭐⭐⭐⭐ "El camarero, ⟦A:first⟧, fue encantador y nos recomendó el pulpo. Volveremos." — ⟦B:full⟧
⭐⭐ "Esperamos 40 minutos. La encargada (creo que se llamaba ⟦C:first⟧) ni se disculpó." — ⟦D:init⟧
⭐⭐⭐⭐ "Muy buena paella, aunque no es la de mi abuela ⟦E:first⟧ 😉" — ⟦F:social⟧
""",
        {"C": ":f", "E": ":f"},
    ),
    (
        "clinical_note",
        "medical",
        "es",
        """
Redacta un informe de alta a partir de estas notas:

Paciente: ⟦A:full⟧
Fecha de nacimiento: ⟦dob⟧
NHC: 00⟦num⟧912
Ingreso por neumonía adquirida en la comunidad. Tratada con ceftriaxona + azitromicina. Evolución favorable.
Médico responsable: Dra. ⟦B:full⟧. Interconsulta a Neumología (Dr. ⟦C:last⟧).
Familiar de contacto: ⟦D:full⟧ (hija), tel. ⟦phone⟧.
""",
        {"B": ":f", "C": ":m", "D": ":f"},
    ),
    (
        "contract",
        "legal",
        "es",
        """
Revisa esta cláusula del contrato de alquiler:

CONTRATO DE ARRENDAMIENTO DE VIVIENDA

En ⟦city⟧, a ⟦date⟧.

REUNIDOS
De una parte, D. ⟦A:full⟧, mayor de edad, con domicilio en ⟦address⟧, en adelante el ARRENDADOR.
De otra parte, Dña. ⟦B:full⟧, en adelante la ARRENDATARIA.

La renta se abonará mediante transferencia a la cuenta ⟦iban⟧, cuyo titular es ⟦A:full⟧.
""",
        {"A": ":m", "B": ":f"},
    ),
    (
        "invitation",
        "personal",
        "es",
        """
Hazme más bonito el texto de la invitación:

¡Nos casamos!
⟦A:full⟧ y ⟦B:full⟧
⟦date⟧ · 18:00 h
Finca Los Olivos, ⟦city⟧
Confirmad asistencia a ⟦A:first⟧ (⟦phone⟧) o a ⟦C:first⟧, la madre de ⟦B:first⟧.
Número de cuenta para quien quiera hacer un regalo: ⟦iban⟧
""",
        {"C": ":f"},
    ),
    # ---- Portuguese ---------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "pt",
        """
Pode resumir esta troca de e-mails?

De: ⟦A:full⟧ <⟦A:email⟧>
Enviado: ⟦date⟧
Para: ⟦B:email⟧
Cc: ⟦C:email⟧
Assunto: Re: Reunião com o cliente

Oi ⟦B:first⟧, tudo bem?

Falei com o ⟦D:first⟧ e ele confirmou a reunião para quinta às 14h. A ⟦C:first⟧ vai levar a apresentação. Qualquer coisa me liga: ⟦phone⟧.

Abraço,
⟦A:first⟧
""",
        {"D": ":m", "C": ":f"},
    ),
    (
        "chat",
        "personal",
        "pt",
        """
me ajuda a responder essa mensagem do grupo da família?

[19:02] Tia ⟦A:first⟧: gente o aniversário da vó ⟦B:first⟧ é domingo!! quem leva o bolo?
[19:05] ⟦C:first⟧: eu levo o bolo, a ⟦D:lfirst⟧ leva os salgados
[19:06] ⟦D:full⟧: kkkk eu nem fui consultada
[19:10] Tia ⟦A:first⟧: o endereço é ⟦address⟧, manda o pix pra ⟦A:email⟧ pra dividir a conta
""",
        {"A": ":f", "B": ":f", "D": ":f"},
    ),
    (
        "cv",
        "hr",
        "pt",
        """
Melhore meu currículo, por favor:

⟦A:FULL⟧
⟦address⟧
Celular: ⟦phone⟧ | E-mail: ⟦A:email⟧
Data de nascimento: ⟦dob⟧

Experiência
2020–atual: Analista de Dados Pleno, ⟦company⟧ (gestora: ⟦B:full⟧)
2017–2020: Estagiário/Analista Jr., ⟦company⟧

Referências: ⟦C:full⟧ – ⟦C:email⟧
""",
        {"B": ":f"},
    ),
    (
        "complaint",
        "commerce",
        "pt",
        """
Reescreva essa reclamação para o Reclame Aqui de forma educada:

comprei uma geladeira dia ⟦date⟧ (pedido ⟦order⟧) e até hoje nada. falei com a atendente ⟦A:first⟧, depois com o ⟦B:first⟧, e ninguém resolve. meu nome é ⟦C:full⟧, cpf no cadastro, endereço de entrega ⟦address⟧. quero meu dinheiro de volta no cartão ⟦card⟧
""",
        {"A": ":f", "B": ":m"},
    ),
    (
        "invitation",
        "personal",
        "pt",
        """
Cria um convite fofo com esses dados:
- 1 aninho do ⟦A:first⟧ 🎈 (nasceu em ⟦dob@baby⟧)
- tema: fundo do mar
- local: salão do prédio, ⟦address⟧
- confirmar com a mamãe ⟦B:first⟧ ⟦phone⟧ ou papai ⟦C:first⟧
""",
        {"A": ":m", "B": ":f", "C": ":m"},
    ),
    # ---- French -------------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "fr",
        """
Peux-tu rédiger une réponse courte à ce mail ?

De : ⟦A:full⟧ <⟦A:email⟧>
Envoyé : ⟦date⟧
À : ⟦B:full⟧
Cc : ⟦C:full⟧; ⟦D:email⟧
Objet : TR: Planning des congés

Bonjour ⟦B:first⟧,

Comme convenu avec ⟦C:first⟧, je te transfère le planning. ⟦E:first⟧ ⟦E:last⟧ sera absente du 4 au 15 août, il faudra que quelqu'un reprenne ses dossiers.

Bien à toi,
⟦A:first⟧

--
⟦A:full⟧ | Responsable RH | ⟦company⟧
Tél. : ⟦phone⟧
""",
        {"E": ":f"},
    ),
    (
        "meeting_transcript",
        "workplace",
        "fr",
        """
Fais un compte rendu structuré de cette réunion :

Présents : ⟦A:full⟧, ⟦B:full⟧, ⟦C:full⟧, ⟦D:init⟧
Excusé : ⟦E:full⟧

1. Budget 2025 — ⟦A:first⟧ présente les chiffres, ⟦B:first⟧ demande une marge pour le recrutement.
2. Déménagement des bureaux rue Victor Hugo — ⟦C:last⟧ s'occupe du devis.
3. Divers — ⟦D:init⟧ rappelle que le badge de ⟦E:first⟧ doit être désactivé.
""",
    ),
    (
        "review",
        "commerce",
        "fr",
        """
Réponds à cet avis Google au nom du garage :

⟦A:full⟧ ★☆☆☆☆
Voiture déposée lundi pour une vidange, récupérée jeudi. Le mécanicien ⟦B:first⟧ était sympa mais le patron, M. ⟦C:last⟧, m'a facturé deux fois la main d'œuvre. J'ai le reçu. À éviter.
""",
        {"B": ":m", "C": ":m"},
    ),
    (
        "recommendation_letter",
        "education",
        "fr",
        """
Corrige les fautes de cette lettre de recommandation :

Madame, Monsieur,

J'ai eu le plaisir d'encadrer ⟦A:full⟧ lors de son stage de fin d'études au sein du laboratoire. ⟦A:first⟧ a fait preuve d'une grande autonomie et a collaboré efficacement avec ⟦B:full⟧, doctorante, et ⟦C:full⟧, ingénieur de recherche.

Je recommande ⟦A:first⟧ sans réserve.

Pr ⟦D:full⟧
⟦D:email⟧ – ⟦phone⟧
""",
        {"B": ":f", "C": ":m"},
    ),
    (
        "obituary",
        "personal",
        "fr",
        """
Mets en forme ce faire-part de décès :

Madame ⟦A:full⟧, son épouse ;
⟦B:full⟧ et ⟦C:full⟧, ses enfants ;
⟦D:first⟧, ⟦E:first⟧ et ⟦F:first⟧, ses petits-enfants,
ont la tristesse de vous faire part du décès de
Monsieur ⟦G:FULL⟧
survenu le ⟦date⟧, à l'âge de 81 ans.
La cérémonie aura lieu en l'église Saint-Pierre de ⟦city⟧.
""",
        {"A": "fr:f", "G": "fr:m"},
    ),
    # ---- German -------------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "de",
        """
Bitte fasse diesen E-Mail-Verlauf kurz zusammen:

Von: ⟦A:full⟧ <⟦A:email⟧>
Gesendet: ⟦date⟧
An: ⟦B:full⟧ <⟦B:email⟧>
Betreff: AW: Rechnung Nr. 2025-0412

Hallo ⟦B:first⟧,

ich habe mit ⟦C:full⟧ aus der Buchhaltung gesprochen. Die Rechnung wird bis Ende der Woche bezahlt, die Bankverbindung (⟦iban⟧) ist jetzt hinterlegt.

Viele Grüße
⟦A:first⟧

-----Ursprüngliche Nachricht-----
Von: ⟦B:full⟧
Betreff: Rechnung Nr. 2025-0412
Hallo Frau ⟦A:last⟧, leider ist die Rechnung noch offen. Herr ⟦D:last⟧ meinte, sie sei schon freigegeben?
""",
        {"A": ":f", "D": ":m"},
    ),
    (
        "clinical_note",
        "medical",
        "de",
        """
Formuliere diesen Arztbrief verständlich für den Patienten:

Sehr geehrte Frau Kollegin ⟦A:last⟧,

wir berichten über Ihren Patienten Herrn ⟦B:full⟧, geb. ⟦dob⟧, wohnhaft ⟦address⟧, der sich vom ⟦date⟧ bis ⟦date⟧ in unserer stationären Behandlung befand.

Diagnosen: Vorhofflimmern, Erstdiagnose; arterielle Hypertonie.
Therapie: Apixaban 5 mg 1-0-1.
Die Ehefrau, Frau ⟦C:full⟧, wurde über die Medikation aufgeklärt.

Mit freundlichen kollegialen Grüßen
Dr. med. ⟦D:full⟧, Oberarzt
""",
        {"A": ":f", "B": ":m", "C": ":f", "D": ":m"},
    ),
    (
        "contract",
        "legal",
        "de",
        """
Ist diese Klausel im Mietvertrag zulässig?

MIETVERTRAG
zwischen ⟦A:full⟧, ⟦address⟧ (Vermieter)
und ⟦B:full⟧ sowie ⟦C:full⟧ (Mieter)

§ 3 Miete: Die Kaltmiete beträgt 1.150,00 EUR und ist bis zum 3. Werktag auf das Konto ⟦iban⟧ (Kontoinhaber: ⟦A:full⟧) zu überweisen.
§ 9 Schönheitsreparaturen: Die Mieter verpflichten sich, die Wohnung bei Auszug vollständig zu renovieren.
""",
    ),
    (
        "cv",
        "hr",
        "de",
        """
Kannst du meinen Lebenslauf modernisieren?

LEBENSLAUF
Name: ⟦A:full⟧
Geburtsdatum: ⟦dob⟧
Anschrift: ⟦address⟧
Telefon: ⟦phone⟧
E-Mail: ⟦A:email⟧

Berufserfahrung
seit 2019  Projektleiterin, ⟦company⟧ GmbH (Vorgesetzter: ⟦B:full⟧)
2014–2019  Bauingenieurin, Ingenieurbüro ⟦C:last⟧ & Partner
""",
        {"A": ":f", "B": ":m"},
    ),
    (
        "chat",
        "personal",
        "de",
        """
wie sag ich das netter?

"hi ⟦A:lfirst⟧, ich weiß dass du und ⟦B:lfirst⟧ am samstag umziehen wollt aber ich kann echt nicht helfen, ich hab meinen neffen ⟦C:lfirst⟧ zu besuch. frag doch ⟦D:lfull⟧, der hat nen transporter. seine nummer ist ⟦phone⟧"
""",
        {"C": ":m", "D": ":m"},
    ),
    # ---- Dutch --------------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "nl",
        """
Kun je deze mail korter en vriendelijker maken?

Beste ⟦A:first⟧,

Zoals besproken met ⟦B:full⟧ en ⟦C:full⟧ schuiven we de oplevering op naar ⟦date⟧. ⟦D:first⟧ ⟦D:last⟧ neemt het testen over van ⟦E:first⟧, die met verlof gaat.

Met vriendelijke groet,
⟦F:full⟧
⟦company⟧ B.V. | ⟦phone⟧ | ⟦F:email⟧
""",
    ),
    (
        "chat",
        "personal",
        "nl",
        """
help me met een leuk berichtje voor de groepsapp:

"hoi allemaal! ⟦A:lfirst⟧ wordt 40 🎉 we doen een surprise op zaterdag bij ⟦B:lfirst⟧ thuis (⟦address⟧). niks zeggen tegen ⟦A:lfirst⟧!! tikkie volgt van ⟦C:lfirst⟧"
""",
    ),
    (
        "meeting_transcript",
        "public",
        "nl",
        """
Maak een samenvatting van dit verslag van de bewonersvergadering:

Aanwezig: ⟦A:full⟧ (voorzitter), ⟦B:full⟧ (notulist), ⟦C:full⟧, ⟦D:full⟧, familie ⟦E:last⟧
Punt 1: de lift in blok B is weer kapot. ⟦C:first⟧ belt de beheerder.
Punt 2: ⟦D:first⟧ stelt voor om de binnentuin op te knappen. Akkoord.
Rondvraag: mevrouw ⟦E:last⟧ vraagt wie de fietsen bij de ingang heeft neergezet.
""",
    ),
    # ---- Italian ------------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "it",
        """
Mi aiuti a rispondere a questa mail in modo formale?

Da: ⟦A:full⟧ <⟦A:email⟧>
Data: ⟦date⟧
A: ⟦B:email⟧
Oggetto: Preventivo ristrutturazione

Gentile ⟦B:full⟧,

in allegato il preventivo aggiornato. Il geometra ⟦C:full⟧ passerà per il sopralluogo in ⟦address⟧ giovedì mattina. Per qualsiasi dubbio può contattare la mia collega ⟦D:first⟧ al ⟦phone⟧.

Cordiali saluti,
⟦A:full⟧
""",
        {"D": ":f"},
    ),
    (
        "review",
        "commerce",
        "it",
        """
Traduci in inglese questa recensione:

"Trattoria fantastica! Il proprietario, ⟦A:first⟧, ci ha fatto assaggiare il limoncello fatto dalla nonna ⟦B:first⟧. Il cameriere ⟦C:first⟧ è stato simpaticissimo. Ci torneremo sicuramente." — ⟦D:full⟧, ⟦city⟧
""",
        {"A": ":m", "B": ":f", "C": ":m"},
    ),
    (
        "obituary",
        "personal",
        "it",
        """
Sistema questo annuncio funebre:

È mancata all'affetto dei suoi cari
⟦A:FULL⟧
ved. ⟦B:last⟧
di anni 89
Ne danno il triste annuncio i figli ⟦C:first⟧ con ⟦D:first⟧, ⟦E:first⟧ con ⟦F:first⟧, i nipoti e i parenti tutti.
I funerali si terranno ⟦date⟧ alle ore 10 nella chiesa di San Giuseppe, ⟦city⟧.
""",
        {"A": ":f"},
    ),
    (
        "chat",
        "personal",
        "it",
        """
come rispondo a questo messaggio senza sembrare scortese?

"ciao!! sono ⟦A:lfirst⟧, l'amica di ⟦B:lfirst⟧ 😊 mi ha dato il tuo numero per la stanza in affitto. sono di ⟦city⟧, studio ingegneria. posso passare a vederla domani? il mio numero è ⟦phone⟧"
""",
        {"A": ":f"},
    ),
    # ---- Polish -------------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "pl",
        """
Popraw proszę styl tego maila:

Od: ⟦A:full⟧ <⟦A:email⟧>
Do: ⟦B:full⟧
DW: ⟦C:email⟧
Temat: Faktura za marzec

Dzień dobry,

w załączniku przesyłam fakturę. Płatność proszę kierować na rachunek ⟦iban⟧. W razie pytań proszę o kontakt: ⟦C:full⟧, tel. ⟦phone⟧.

Z poważaniem
⟦A:full⟧
Księgowość, ⟦company⟧ Sp. z o.o.
""",
    ),
    (
        "cv",
        "hr",
        "pl",
        """
Jak mogę ulepszyć to CV?

⟦A:FULL⟧
Data urodzenia: ⟦dob⟧
Adres: ⟦address⟧
Telefon: ⟦phone⟧ · E-mail: ⟦A:email⟧

Doświadczenie
2021 – obecnie   Frontend Developer, ⟦company⟧ (przełożony: ⟦B:full⟧)
2018 – 2021      Junior Developer, software house w mieście ⟦city⟧

Referencje: ⟦C:full⟧, ⟦C:email⟧
""",
    ),
    (
        "chat",
        "personal",
        "pl",
        """
przetłumacz na angielski:

"hej, tu ⟦A:lfirst⟧ ze studiów! ⟦B:lfirst⟧ i ⟦C:lfirst⟧ też będą na zjeździe w sobotę. wpadniesz? adres: ⟦address⟧. jak coś to dzwoń ⟦phone⟧"
""",
    ),
    # ---- Swedish ------------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "sv",
        """
Kan du göra det här mejlet kortare?

Hej ⟦A:first⟧!

Jag pratade med ⟦B:full⟧ i morse. Hon och ⟦C:first⟧ ⟦C:last⟧ tar över kundmötet med ⟦company⟧ nästa vecka eftersom ⟦D:first⟧ är föräldraledig.

Hälsningar
⟦E:full⟧
⟦phone⟧ · ⟦E:email⟧
""",
        {"B": ":f"},
    ),
    (
        "chat",
        "personal",
        "sv",
        """
hjälp mig skriva ett svar till grannen:

"Hej! Det är ⟦A:full⟧ på andra våningen. Vår dotter ⟦B:first⟧ fyller 6 på lördag och det kan bli lite stökigt i trapphuset. Ring mig på ⟦phone⟧ om det stör! /⟦A:first⟧"
""",
        {"B": ":f"},
    ),
    (
        "meeting_transcript",
        "workplace",
        "sv",
        """
Sammanfatta protokollet i punktform:

Protokoll styrelsemöte BRF Linnéan, ⟦date⟧
Närvarande: ⟦A:full⟧ (ordf.), ⟦B:full⟧ (sekr.), ⟦C:full⟧, ⟦D:full⟧
§1 Mötet öppnas av ⟦A:first⟧.
§2 ⟦C:first⟧ rapporterar om stambytet.
§3 Beslut: ⟦D:last⟧ kontaktar elektrikern.
Justeras: ⟦B:full⟧, ⟦C:full⟧
""",
    ),
]

INTL_TEMPLATES += [
    # ---- Russian ------------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "ru",
        """
Помоги вежливо ответить на это письмо:

От: ⟦A:full⟧ <⟦A:email⟧>
Кому: ⟦B:email⟧
Тема: Re: Договор поставки № 14/25

⟦B:fip⟧, добрый день!

Направляю исправленную версию договора. Наш юрист ⟦C:full⟧ внесла правки в п. 4.2. Подписант с нашей стороны — генеральный директор ⟦D:fio⟧.

С уважением,
⟦A:full⟧
тел. ⟦phone⟧
""",
        {"C": ":f"},
    ),
    (
        "chat",
        "personal",
        "ru",
        """
Переведи переписку на английский:

[12:01] ⟦A:nick⟧: ребят, кто завтра на шашлыки?
[12:03] ⟦B:full⟧: я! и ⟦C:nick⟧ тоже
[12:04] ⟦D:nick⟧: адрес скиньте плиз
[12:05] ⟦A:nick⟧: ⟦address⟧, домофон 45. если что звоните ⟦phone⟧
[12:06] ⟦D:nick⟧: 👍
""",
    ),
    (
        "cv",
        "hr",
        "ru",
        """
Помоги улучшить резюме, сделай формулировки сильнее:

⟦A:fio⟧
Дата рождения: ⟦dob⟧
Телефон: ⟦phone⟧
E-mail: ⟦A:email⟧
Telegram: @⟦A:social⟧

Опыт работы
2020 — н. в.   Ведущий разработчик, ⟦company⟧ (руководитель — ⟦B:full⟧)
2016 — 2020    Разработчик, ⟦company⟧

Рекомендации: ⟦C:fio⟧, ⟦C:email⟧
""",
    ),
    (
        "meeting_transcript",
        "workplace",
        "ru",
        """
Оформи как официальный протокол:

Присутствовали: ⟦A:full⟧, ⟦B:full⟧, ⟦C:full⟧, ⟦D:lastinit⟧
Отсутствовал: ⟦E:full⟧

1. Слушали: ⟦A:last⟧ — о переносе релиза на ⟦date⟧.
2. Выступили: ⟦B:lastinit⟧, ⟦C:lastinit⟧.
3. Решили: ответственный за тестирование — ⟦C:last⟧.
""",
        {"E": ":m"},
    ),
    (
        "clinical_note",
        "medical",
        "ru",
        """
Сократи выписку для страховой компании:

ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ
Пациент: ⟦A:fio⟧
Дата рождения: ⟦dob⟧
Адрес: ⟦address⟧
Диагноз: острый бронхит.
Лечение: амбулаторное, 10 дней.
Лечащий врач: ⟦B:lastinit⟧
Заведующий отделением: ⟦C:fio⟧
""",
    ),
    # ---- Ukrainian ----------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "uk",
        """
Допоможи скоротити цей лист:

Від: ⟦A:full⟧ <⟦A:email⟧>
Кому: ⟦B:email⟧
Тема: Оренда офісу

Добрий день!

Нагадую, що ⟦C:full⟧ чекає на підписаний договір до ⟦date⟧. Оплату прохання здійснити на рахунок ⟦iban⟧ (отримувач: ⟦C:fio⟧).

З повагою,
⟦A:full⟧
⟦phone⟧
""",
    ),
    (
        "chat",
        "education",
        "uk",
        """
Перекладіть англійською:

⟦A:nick⟧: привіт! це ⟦A:full⟧, мама з 3-Б 🙂 (донька — ⟦B:first⟧)
⟦C:full⟧: вітаю!
⟦A:nick⟧: ⟦B:first⟧ забула у вас куртку. я заїду ввечері, адреса ⟦address⟧, так?
⟦C:full⟧: так, дзвоніть на ⟦phone⟧ коли будете
""",
        {"A": ":f", "B": ":f"},
    ),
    (
        "marketplace_message",
        "commerce",
        "uk",
        """
Зроби оголошення привабливішим:

Продам дитячий велосипед, б/в, стан добрий. Самовивіз: ⟦address⟧.
Контакт: ⟦A:first⟧, ⟦phone⟧ (або ⟦B:first⟧, Viber).
""",
    ),
    # ---- Greek --------------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "el",
        """
Μπορείς να γράψεις μια σύντομη απάντηση σε αυτό το email;

Από: ⟦A:full⟧ <⟦A:email⟧>
Προς: ⟦B:email⟧
Θέμα: Συνάντηση την Πέμπτη

Καλημέρα σας,

Ο κ. ⟦C:last⟧ ζήτησε να μεταφερθεί η συνάντηση για την Πέμπτη στις 11:00. Θα είναι παρούσα και η ⟦D:full⟧ από το λογιστήριο.

Με εκτίμηση,
⟦A:full⟧
⟦phone⟧
""",
        {"C": ":m", "D": ":f"},
    ),
    (
        "chat",
        "personal",
        "el",
        """
μετάφρασε στα αγγλικά:

"γεια σου ⟦A:first⟧!! η ⟦B:first⟧ και ο ⟦C:first⟧ έρχονται στις 9 στο σπίτι μου, ⟦address⟧. πάρε με στο ⟦phone⟧ αν χαθείς 😂"
""",
        {"A": ":f", "B": ":f", "C": ":m"},
    ),
    (
        "invitation",
        "personal",
        "el",
        """
Κάνε πιο κομψό το κείμενο της πρόσκλησης:

Ο ⟦A:full⟧ και η ⟦B:full⟧
σας προσκαλούν στον γάμο τους
το Σάββατο ⟦date⟧ στις 19:00
στον Ιερό Ναό Αγίου Νικολάου, ⟦city⟧
Κουμπάροι: ⟦C:full⟧ και ⟦D:full⟧
Τηλ. επικοινωνίας: ⟦phone⟧
""",
        {"A": ":m", "B": ":f"},
    ),
    # ---- Georgian -----------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "ka",
        """
დამეხმარე ამ წერილის შემოკლებაში:

გამგზავნი: ⟦A:full⟧ <⟦A:email⟧>
მიმღები: ⟦B:full⟧
თემა: შეხვედრა ხუთშაბათს

გამარჯობა, ⟦B:first⟧!

ხუთშაბათის შეხვედრას ასევე დაესწრება ⟦C:full⟧. დეტალებისთვის დარეკეთ ნომერზე ⟦phone⟧.

პატივისცემით,
⟦A:full⟧
⟦company⟧
""",
    ),
    (
        "chat",
        "personal",
        "ka",
        """
თარგმნე ინგლისურად:

⟦A:nick⟧: სალამი! ხვალ ⟦B:first⟧ და ⟦C:first⟧ მოდიან ჩვენთან 🎉
⟦D:first⟧: სუპერ! მისამართი?
⟦A:nick⟧: ⟦address⟧. ჩემი ნომერი: ⟦phone⟧
""",
    ),
    (
        "cv",
        "hr",
        "ka",
        """
გააუმჯობესე ჩემი CV:

სახელი, გვარი: ⟦A:full⟧
დაბადების თარიღი: ⟦dob⟧
ტელეფონი: ⟦phone⟧
ელ-ფოსტა: ⟦A:email⟧
მისამართი: ⟦address⟧

სამუშაო გამოცდილება:
2019 – დღემდე: ბუღალტერი, ⟦company⟧ (ხელმძღვანელი: ⟦B:full⟧)
რეკომენდაცია: ⟦C:full⟧, ⟦C:email⟧
""",
    ),
    # ---- Turkish ------------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "tr",
        """
Bu e-postayı daha resmi hale getirir misin?

Kimden: ⟦A:full⟧ <⟦A:email⟧>
Kime: ⟦B:email⟧
Konu: Sözleşme yenileme

Merhaba ⟦B:first⟧ Hanım,

Sözleşme taslağını ⟦C:full⟧ ile birlikte gözden geçirdik. İmza için ⟦D:first⟧ Bey pazartesi ofiste olacak.

Saygılarımla,
⟦A:full⟧
⟦phone⟧
""",
        {"B": ":f", "D": ":m"},
    ),
    (
        "chat",
        "personal",
        "tr",
        """
şu mesajı düzeltir misin:

"selam ⟦A:lfirst⟧ yarın ⟦B:lfirst⟧ ile maça gidiyoruz sen de gel. buluşma yeri ⟦address⟧. bilet parasını ⟦iban⟧ hesabına at, hesap ⟦C:lfull⟧ adına"
""",
    ),
    (
        "complaint",
        "commerce",
        "tr",
        """
Şu şikayeti Şikayetvar için düzenler misin:

⟦date⟧ tarihinde ⟦order⟧ numaralı siparişimi verdim. Kargo hâlâ gelmedi. Müşteri temsilcisi ⟦A:first⟧ Hanım iade yapılacağını söyledi ama olmadı. Ad soyad: ⟦B:full⟧, telefon: ⟦phone⟧, adres: ⟦address⟧.
""",
        {"A": ":f"},
    ),
    (
        "meeting_transcript",
        "workplace",
        "tr",
        """
Toplantı notlarını özetle:

Katılımcılar: ⟦A:full⟧, ⟦B:full⟧, ⟦C:full⟧
- ⟦A:first⟧: bütçe onaylandı
- ⟦B:first⟧ ve ⟦C:first⟧ yeni tedarikçiyle görüşecek
- Bir sonraki toplantı: ⟦date⟧
""",
    ),
    # ---- Arabic -------------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "ar",
        """
ساعدني في كتابة رد مهذب على هذه الرسالة:

من: ⟦A:full⟧ <⟦A:email⟧>
إلى: ⟦B:email⟧
الموضوع: موعد الاجتماع

الأستاذ ⟦B:full⟧ المحترم،

تحية طيبة وبعد،
نود إعلامكم بأن الاجتماع مع المهندس ⟦C:full⟧ سيعقد يوم الخميس القادم. للاستفسار يرجى التواصل مع ⟦D:full⟧ على الرقم ⟦phone⟧.

مع خالص التحية،
⟦A:full⟧
""",
        {"B": ":m", "C": ":m"},
    ),
    (
        "chat",
        "personal",
        "ar",
        """
ترجم هذه المحادثة إلى الإنجليزية:

[9:12] ⟦A:first⟧: صباح الخير يا ⟦B:first⟧ 🌸
[9:15] ⟦B:first⟧: صباح النور! هل وصلت ⟦C:first⟧؟
[9:16] ⟦A:first⟧: نعم، وهي عند ⟦D:first⟧ الآن. العنوان: ⟦address⟧
""",
        {"C": ":f"},
    ),
    (
        "cv",
        "hr",
        "ar",
        """
حسّن سيرتي الذاتية:

الاسم: ⟦A:full⟧
تاريخ الميلاد: ⟦dob⟧
الجوال: ⟦phone⟧
البريد الإلكتروني: ⟦A:email⟧
العنوان: ⟦address⟧

الخبرات:
2019 – حتى الآن: محاسب أول، ⟦company⟧ (المدير المباشر: ⟦B:full⟧)
المراجع: ⟦C:full⟧
""",
        {"A": ":m"},
    ),
    (
        "invitation",
        "personal",
        "ar",
        """
اكتب لي صيغة أجمل لبطاقة الدعوة:

يتشرف ⟦A:full⟧ و⟦B:full⟧
بدعوتكم لحضور حفل زفاف
⟦C:first⟧ و⟦D:first⟧
وذلك يوم الجمعة ⟦date⟧ في قاعة الياسمين، ⟦city⟧
للتأكيد: ⟦phone⟧
""",
        {"A": ":m", "B": ":m", "C": ":m", "D": ":f"},
    ),
    (
        "chat",
        "personal",
        "ar-Latn",
        """
translate this to english pls, my friend sent it:

"ahlan ya ⟦A:lfirst⟧! ana w ⟦B:lfirst⟧ hanegi bokra 3and ⟦C:lfirst⟧ el sa3a 8. el 3enwan ⟦address⟧. kalemni 3ala ⟦phone⟧ law fi 7aga"
""",
    ),
    # ---- Hindi and Hinglish -------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "hi",
        """
इस ईमेल को छोटा और विनम्र बना दो:

प्रिय ⟦A:full⟧ जी,

आपको सूचित किया जाता है कि ⟦B:full⟧ अगले सोमवार से छुट्टी पर रहेंगे। उनकी जगह ⟦C:full⟧ प्रोजेक्ट सँभालेंगी। किसी भी प्रश्न के लिए ⟦phone⟧ पर संपर्क करें।

धन्यवाद,
⟦D:full⟧
""",
        {"B": ":m", "C": ":f"},
    ),
    (
        "chat",
        "personal",
        "hi",
        """
इसका अंग्रेज़ी में अनुवाद करो:

"⟦A:first⟧ बेटा, ⟦B:first⟧ मौसी की शादी ⟦date⟧ को है। पता है: ⟦address⟧। ⟦C:first⟧ को भी बता देना। — मम्मी"
""",
        {"B": ":f"},
    ),
    (
        "chat",
        "workplace",
        "hi-Latn",
        """
yaar ye message thoda polite bana do:

"⟦A:lfirst⟧ bhai kal ki meeting me ⟦B:lfirst⟧ nahi aa raha, tu ⟦C:lfull⟧ ko bol de ki deck bhej de. aur haan mera naya number ⟦phone⟧ hai"
""",
        {"A": ":m", "B": ":m"},
    ),
    (
        "chat",
        "workplace",
        "hi-Latn",
        """
is chat ka summary do:

[10:02] ⟦A:full⟧: Guys standup 10:30 pe shift kar rahe hai
[10:03] ⟦B:first⟧: ok 👍
[10:05] ⟦C:first⟧ ⟦C:last⟧: ⟦D:first⟧ aaj WFH hai, uska laptop ⟦E:first⟧ ke paas hai
[10:06] ⟦A:first⟧: theek hai. ⟦B:first⟧ tu client call le lena
""",
    ),
    (
        "biodata",
        "personal",
        "hi-Latn",
        """
is biodata ko acche se format kar do:

Name: ⟦A:full⟧
DOB: ⟦dob⟧ (time 6:45 AM)
Height: 5'4"
Education: B.Tech, MBA
Father: ⟦B:full⟧ (retd. bank manager)
Mother: ⟦C:full⟧ (homemaker)
Siblings: 1 bhai, ⟦D:first⟧ (Bengaluru me software engineer)
Contact: ⟦phone⟧, ⟦B:email⟧
""",
        {"A": ":f", "B": ":m", "C": ":f", "D": ":m"},
    ),
]

INTL_TEMPLATES += [
    # ---- Japanese -----------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "ja",
        """
以下のメールをもっと丁寧な表現にしてください。

件名：打ち合わせ日程の件
⟦A:full⟧様

いつもお世話になっております。⟦company⟧の⟦B:last⟧です。
来週の打ち合わせですが、弊社の⟦C:full⟧も同席いたします。
ご不明点は⟦phone⟧までご連絡ください。

よろしくお願いいたします。
⟦B:full⟧
⟦B:email⟧
""",
    ),
    (
        "chat",
        "personal",
        "ja",
        """
このLINEを英語に訳して：

⟦A:first⟧：明日のランチ、⟦B:first⟧ちゃんも来るって！
⟦C:first⟧：やった〜 何時？
⟦A:first⟧：12時に渋谷で。⟦D:last⟧さんは少し遅れるかも
⟦C:first⟧：了解👍
""",
        {"B": ":f"},
    ),
    (
        "meeting_transcript",
        "workplace",
        "ja",
        """
この議事録を3行で要約してください。

日時：⟦date⟧ 14:00〜15:00
出席者：⟦A:full⟧（部長）、⟦B:full⟧、⟦C:full⟧、⟦D:full⟧
欠席者：⟦E:full⟧

1. 新製品の発売日について：⟦A:last⟧部長より、発売を1か月延期する旨の説明があった。
2. 販促資料は⟦C:last⟧さんが作成する。
3. 次回は⟦D:last⟧さんが司会を担当する。
""",
    ),
    (
        "cv",
        "hr",
        "ja",
        """
履歴書の自己PR欄を改善してください。

氏名：⟦A:full⟧（⟦A:roman⟧）
生年月日：⟦dob⟧
住所：⟦address⟧
電話：⟦phone⟧
メール：⟦A:email⟧

職歴：
2018年4月　⟦company⟧ 入社（上司：⟦B:full⟧）
2023年3月　一身上の都合により退社
""",
    ),
    (
        "review",
        "commerce",
        "ja",
        """
この口コミへの返信文を書いてください。

★★☆☆☆　⟦A:social⟧さん
スタッフの⟦B:last⟧さんは親切でしたが、予約が通っておらず30分待ちました。店長の⟦C:last⟧さんからの説明もありませんでした。
""",
    ),
    # ---- Korean -------------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "ko",
        """
이 메일을 더 공손하게 고쳐 주세요.

제목: 회의 일정 변경 안내
⟦A:full⟧ 님께,

안녕하세요, ⟦company⟧ ⟦B:full⟧입니다.
다음 주 회의에 ⟦C:last⟧ 과장님도 참석하실 예정입니다.
문의 사항은 ⟦phone⟧ 또는 ⟦B:email⟧로 연락 주세요.

감사합니다.
⟦B:full⟧ 드림
""",
    ),
    (
        "chat",
        "personal",
        "ko",
        """
이 카톡 대화 영어로 번역해줘:

⟦A:first⟧: 내일 영화 볼 사람? ⟦B:first⟧ 씨도 온대
⟦C:first⟧: 나! 몇 시?
⟦A:first⟧: 7시, 강남역 11번 출구. ⟦D:full⟧ 선배도 올 수도 있어
""",
    ),
    (
        "meeting_transcript",
        "workplace",
        "ko",
        """
회의록을 요약해 줘:

일시: ⟦date⟧
참석자: ⟦A:full⟧ 팀장, ⟦B:full⟧ 대리, ⟦C:full⟧ 사원
안건: 하반기 마케팅 계획
- ⟦A:last⟧ 팀장: 예산 10% 증액 요청
- ⟦B:last⟧ 대리: SNS 캠페인 제안, ⟦C:full⟧ 사원이 자료 준비
""",
    ),
    (
        "review",
        "commerce",
        "ko",
        """
이 리뷰에 사장님 답글 써 줘:

⭐⭐⭐⭐⭐ ⟦A:social⟧
직원 ⟦B:first⟧ 님이 너무 친절하셨어요! 다음에 부모님 모시고 또 올게요.
""",
    ),
    # ---- Chinese ------------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "zh",
        """
帮我把这封邮件改得更正式一些：

发件人：⟦A:full⟧ <⟦A:email⟧>
收件人：⟦B:email⟧
主题：关于下周会议

⟦B:last⟧经理，您好：
下周三的会议⟦C:full⟧也会参加。如有问题请联系我的同事⟦D:full⟧，电话⟦phone⟧。
谢谢！
⟦A:full⟧
""",
    ),
    (
        "chat",
        "personal",
        "zh",
        """
帮我总结一下这段群聊：

⟦A:full⟧：周六聚餐定在⟦address⟧，晚上6点
⟦B:full⟧：收到👌 ⟦C:full⟧去吗？
⟦C:full⟧：去！我带⟦D:full⟧一起
⟦A:full⟧：好的，AA制，钱转我微信就行
""",
    ),
    (
        "meeting_transcript",
        "workplace",
        "zh",
        """
请整理成正式的会议纪要：

时间：⟦date⟧
参会人：⟦A:full⟧、⟦B:full⟧、⟦C:full⟧、⟦D:full⟧
1. ⟦A:last⟧总介绍了第三季度销售情况。
2. ⟦B:full⟧负责跟进客户⟦E:full⟧的投诉。
3. 下次会议由⟦C:full⟧主持。
""",
    ),
    (
        "cv",
        "hr",
        "zh",
        """
帮我优化一下简历：

姓名：⟦A:full⟧
出生日期：⟦dob⟧
手机：⟦phone⟧
邮箱：⟦A:email⟧
地址：⟦address⟧
工作经历：2019.07–至今　⟦company⟧　高级工程师（直属领导：⟦B:full⟧）
""",
    ),
    (
        "complaint",
        "commerce",
        "zh",
        """
帮我回复这条差评：

用户⟦A:social⟧：一星！快递员⟦B:last⟧师傅态度很差，客服⟦C:full⟧也不处理。订单号⟦order⟧。
""",
    ),
    # ---- Vietnamese ---------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "vi",
        """
Viết lại email này cho lịch sự hơn:

Kính gửi anh ⟦A:full⟧,

Em là ⟦B:full⟧, phòng Kế toán. Chị ⟦C:first⟧ nhờ em gửi anh bảng lương tháng này. Nếu có thắc mắc anh gọi em theo số ⟦phone⟧ nhé.

Trân trọng,
⟦B:full⟧
""",
        {"A": ":m", "C": ":f"},
    ),
    (
        "chat",
        "personal",
        "vi",
        """
dịch đoạn chat này sang tiếng Anh giúp mình:

⟦A:first⟧: mai đi cafe ko ⟦B:first⟧ ơi
⟦B:first⟧: ok, rủ cả ⟦C:first⟧ nha
⟦A:first⟧: quán ở ⟦address⟧ nha, 9h
""",
    ),
    (
        "invitation",
        "personal",
        "vi",
        """
Sửa giúp mình nội dung thiệp cưới:

Trân trọng kính mời
Tới dự lễ thành hôn của
Chú rể: ⟦A:full⟧
Cô dâu: ⟦B:full⟧
Vào lúc 11 giờ, ⟦date⟧
Tại: ⟦address⟧
""",
        {"A": ":m", "B": ":f"},
    ),
    # ---- Indonesian ---------------------------------------------------------------------------
    (
        "email_thread",
        "workplace",
        "id",
        """
Tolong rapikan email ini:

Yth. Bapak ⟦A:full⟧,

Bersama ini kami sampaikan bahwa rapat akan diadakan pada ⟦date⟧. Ibu ⟦B:full⟧ dari bagian keuangan juga akan hadir. Untuk konfirmasi silakan hubungi ⟦C:first⟧ di ⟦phone⟧.

Hormat kami,
⟦C:full⟧
""",
        {"A": ":m", "B": ":f"},
    ),
    (
        "chat",
        "personal",
        "id",
        """
terjemahkan ke bahasa Inggris:

"Pak ⟦A:first⟧, paketnya sudah saya titipkan ke satpam. Atas nama ⟦B:full⟧, alamat ⟦address⟧. Kalau ada apa-apa hubungi ⟦phone⟧ ya. Makasih — ⟦C:first⟧"
""",
        {"A": ":m"},
    ),
    (
        "invitation",
        "personal",
        "id",
        """
Buatkan kata-kata undangan yang lebih indah:

Pernikahan ⟦A:full⟧ & ⟦B:full⟧
Putri dari Bapak ⟦C:full⟧ & Ibu ⟦D:full⟧
Putra dari Bapak ⟦E:full⟧ & Ibu ⟦F:full⟧
Akad nikah: ⟦date⟧, pukul 08.00 WIB
Tempat: ⟦address⟧
""",
        {"A": ":f", "B": ":m", "C": ":m", "D": ":f", "E": ":m", "F": ":f"},
    ),
    # ---- Swahili ------------------------------------------------------------------------------
    (
        "chat",
        "personal",
        "sw",
        """
Nisaidie kutafsiri ujumbe huu kwa Kiingereza:

"Habari ⟦A:first⟧! Mimi ni ⟦B:full⟧, rafiki wa ⟦C:first⟧. Nimepata namba yako kutoka kwake. Tunaandaa harambee ya shule Jumamosi. Piga ⟦phone⟧ kwa maelezo zaidi."
""",
    ),
    (
        "obituary",
        "personal",
        "sw",
        """
Hariri tangazo hili la msiba:

TANZIA
Familia ya Mzee ⟦A:full⟧ wa ⟦city⟧ inasikitika kutangaza kifo cha mpendwa wao ⟦B:full⟧ kilichotokea ⟦date⟧. Mazishi yatafanyika nyumbani kwao. Kwa michango wasiliana na ⟦C:full⟧, simu ⟦phone⟧.
""",
        {"A": ":m"},
    ),
    (
        "school_message",
        "education",
        "sw",
        """
Fupisha mazungumzo haya ya kikundi cha wazazi:

[08:10] Mwalimu ⟦A:first⟧: Wazazi, mkutano wa shule ni kesho saa nane.
[08:12] ⟦B:full⟧: Asante mwalimu ⟦A:first⟧
[08:15] ⟦C:first⟧: Mimi sitaweza, mke wangu ⟦D:first⟧ atakuja
""",
        {"C": ":m", "D": ":f"},
    ),
    # ---- Tagalog / Taglish --------------------------------------------------------------------
    (
        "social_post",
        "social",
        "tl",
        """
Pwede mo bang i-edit tong post ko?

"Maraming salamat sa lahat ng dumalo sa 7th birthday ni ⟦A:first⟧! Special thanks kina Tita ⟦B:first⟧, Tito ⟦C:first⟧ at sa ninang niya na si ⟦D:full⟧ ❤️ #⟦A:first⟧Turns7"
""",
        {"B": ":f", "C": ":m", "D": ":f"},
    ),
    (
        "chat",
        "personal",
        "tl",
        """
pa-translate sa English:

"uy ⟦A:lfirst⟧! kumusta? si ⟦B:lfirst⟧ daw lilipat na sa ⟦city⟧. text mo ko sa ⟦phone⟧ para sa despedida niya"
""",
    ),
    (
        "email_thread",
        "workplace",
        "tl",
        """
Paki-rewrite ng mas formal:

Hi Ma'am ⟦A:first⟧,

Pasensya na po sa late reply. Na-forward ko na po kay Sir ⟦B:last⟧ yung report. Si ⟦C:full⟧ po ang mag-aasikaso ng billing, pwede niyo po siyang i-email sa ⟦C:email⟧.

Salamat po,
⟦D:full⟧
""",
        {"A": ":f", "B": ":m"},
    ),
]

INTL_TEMPLATES += [
    (
        "social_post",
        "social",
        "es",
        """
Mejora este post de Instagram:

Hoy se gradúa mi hermana ⟦A:full⟧ 🎓💜 Gracias a sus profes ⟦B:full⟧ y ⟦C:full⟧ por no rendirse con ella, y a ⟦D:first⟧ por las noches de estudio. ¡Te quiero, ⟦A:nick⟧! @⟦A:social⟧
""",
        {"A": ":f"},
    ),
    (
        "hr_form",
        "hr",
        "es",
        """
Revisa que la ficha de alta esté completa:

FICHA DE ALTA DE EMPLEADO
Nombre y apellidos: ⟦A:full⟧
Fecha de nacimiento: ⟦dob⟧
Domicilio: ⟦address⟧
Teléfono: ⟦phone⟧
Correo: ⟦A:email⟧
Cuenta para la nómina: ⟦iban⟧
Responsable: ⟦B:full⟧
Persona de contacto en caso de emergencia: ⟦C:full⟧ (⟦phone⟧)
""",
    ),
    (
        "chat",
        "dev",
        "de",
        """
Kannst du mir sagen, warum die Verbindung nicht klappt? Mein Kollege ⟦A:first⟧ hat mir das geschickt:

"Host: ⟦ipp⟧, Port 5432, User: app_readonly, Passwort: ⟦pw⟧ — frag ⟦B:full⟧, falls du VPN-Zugang brauchst."
""",
        {"A": ":m"},
    ),
    (
        "school_message",
        "education",
        "de",
        """
Formuliere diese Nachricht an die Klassenlehrerin freundlicher:

Sehr geehrte Frau ⟦A:last⟧,
unser Sohn ⟦B:first⟧ ⟦B:last⟧ (Klasse 4b) war gestern krank und kann auch heute nicht kommen. Bitte geben Sie die Hausaufgaben an ⟦C:first⟧ aus der Nachbarschaft mit.
Mit freundlichen Grüßen
⟦D:full⟧ und ⟦E:full⟧
Tel. ⟦phone⟧
""",
        {"A": ":f", "B": ":m"},
    ),
    (
        "marketplace_message",
        "commerce",
        "fr",
        """
C'est une arnaque ? On m'a écrit sur Leboncoin :

« Bonjour, je suis intéressé par votre canapé. Je suis à l'étranger, mon transporteur ⟦A:full⟧ passera le récupérer. Envoyez-moi votre nom complet, votre adresse et votre RIB, je paie par virement depuis le compte ⟦iban⟧. Cordialement, ⟦B:full⟧ »
""",
    ),
    (
        "meeting_transcript",
        "workplace",
        "pt",
        """
Faça uma ata desta reunião de condomínio:

Presentes: ⟦A:full⟧ (síndica), ⟦B:full⟧ (subsíndico), ⟦C:full⟧ (apto 42), ⟦D:full⟧ (apto 71)
1. A ⟦A:first⟧ apresentou o orçamento da pintura.
2. O ⟦C:first⟧ reclamou do barulho da obra do apto 53.
3. Ficou decidido que ⟦B:last⟧ vai pedir mais dois orçamentos.
""",
        {"A": ":f", "B": ":m", "C": ":m"},
    ),
    (
        "chat",
        "personal",
        "ja",
        """
この会話を自然な英語に訳してください。

⟦A:full⟧：来週の同窓会、幹事は⟦B:last⟧くんでいい？
⟦C:full⟧：いいと思う！⟦D:first⟧ちゃんにも連絡しておくね
⟦A:full⟧：ありがとう。会費は⟦B:last⟧くんの口座に振り込みで
""",
        {"B": ":m", "D": ":f"},
    ),
    (
        "obituary",
        "personal",
        "zh",
        """
请帮我润色这份讣告：

讣告
⟦A:full⟧先生因病医治无效，于⟦date⟧在⟦city⟧逝世，享年八十二岁。
⟦A:full⟧先生出生于⟦dob@old⟧，一生勤勉。
遗体告别仪式定于本周六上午九时举行。
治丧小组联系人：⟦B:full⟧，电话⟦phone⟧。
""",
        {"A": ":m"},
    ),
    (
        "marketplace_message",
        "commerce",
        "ru",
        """
Это похоже на мошенничество? Пишут на Авито:

«Здравствуйте! Я покупатель, оплачу через доставку. Курьер ⟦A:full⟧ заберёт товар. Пришлите номер карты, чтобы я перевёл деньги, и код из СМС. Мой номер ⟦phone⟧. ⟦B:full⟧»
""",
    ),
    (
        "review",
        "commerce",
        "it",
        """
Rispondi a questa recensione negativa in modo professionale:

★☆☆☆☆ ⟦A:full⟧
Hotel carino ma la receptionist ⟦B:first⟧ ci ha dato una stanza diversa da quella prenotata. Il direttore, il signor ⟦C:last⟧, non si è nemmeno scusato.
""",
        {"B": ":f", "C": ":m"},
    ),
]

# ---------------------------------------------------------------------------------------------
# Clean texts: nothing to remove, but full of look-alikes (technical strings, famous people,
# fictional characters, products and companies named after people, places, non-birth dates,
# numbers that are not phone numbers, loopback addresses, placeholders).
# ---------------------------------------------------------------------------------------------

CLEAN_TEMPLATES: list[tuple] = [
    (
        "stack_trace",
        "dev",
        "en",
        """
What causes this? Happens only under gunicorn, not with the Django dev server.

Traceback (most recent call last):
  File "/srv/app/.venv/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
  File "/srv/app/.venv/lib/python3.11/site-packages/celery/app/task.py", line 411, in __call__
    return self.run(*args, **kwargs)
  File "/srv/app/billing/tasks.py", line 87, in sync_invoices
    client = Stripe(api_key=settings.STRIPE_KEY)
  File "/srv/app/.venv/lib/python3.11/site-packages/requests/adapters.py", line 519, in send
    raise ConnectionError(e, request=request)
requests.exceptions.ConnectionError: HTTPConnectionPool(host='127.0.0.1', port=8125): Max retries exceeded with url: /metrics (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3a2c9e1d50>: Failed to establish a new connection: [Errno 111] Connection refused'))
[⟦date@iso⟧ 10:41:07 +0000] [⟦num⟧] [INFO] Worker exiting (pid: ⟦num⟧)
""",
    ),
    (
        "sql",
        "dev",
        "en",
        """
Optimize this query, it takes 9 seconds on 40M rows:

SELECT c.id, c.first_name, c.last_name, c.email, COUNT(o.id) AS orders
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id AND o.created_at >= DATE '2024-01-01'
WHERE c.country = 'US'
  AND lower(c.last_name) LIKE lower(:name_prefix) || '%'
GROUP BY c.id
ORDER BY orders DESC
LIMIT 50;

-- indexes: customers_pkey, idx_customers_country, idx_orders_customer_id_created_at
""",
    ),
    (
        "config_file",
        "dev",
        "en",
        """
Is this nginx config right for a reverse proxy with websockets?

upstream app {
    server 127.0.0.1:8000;
    keepalive 32;
}
server {
    listen 80;
    listen [::]:80;
    server_name example.org www.example.org;
    location /ws/ {
        proxy_pass http://app;
        proxy_http_version 1.1;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection "upgrade";
        proxy_set_header X-Real-IP $remote_addr;
    }
    location / {
        proxy_pass http://app;
    }
}
""",
    ),
    (
        "config_file",
        "dev",
        "en",
        """
Why is jest not picking up my tests? package.json:

{
  "name": "@acme/dashboard",
  "version": "⟦version⟧",
  "private": true,
  "scripts": {
    "test": "jest --coverage",
    "lint": "eslint . --ext .ts,.tsx",
    "storybook": "storybook dev -p 6006"
  },
  "devDependencies": {
    "jest": "^29.7.0",
    "mocha": "^10.4.0",
    "karma": "^6.4.3",
    "jasmine-core": "^5.1.2",
    "@testing-library/react": "^15.0.2",
    "gatsby": "^5.13.4"
  },
  "author": "Acme Inc.",
  "license": "MIT"
}
""",
    ),
    (
        "config_file",
        "dev",
        "en",
        """
Review this docker-compose for security issues:

services:
  db:
    image: postgres:16.2-alpine@sha256:⟦hash⟧
    environment:
      POSTGRES_USER: ${POSTGRES_USER}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
    volumes:
      - pgdata:/var/lib/postgresql/data
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
    ports:
      - "127.0.0.1:3000:3000"
  jenkins:
    image: jenkins/jenkins:lts-jdk17
    ports:
      - "0.0.0.0:8080:8080"
volumes:
  pgdata: {}
""",
    ),
    (
        "k8s_manifest",
        "dev",
        "en",
        """
Explain what this deployment does:

apiVersion: apps/v1
kind: Deployment
metadata:
  name: cassandra-reaper
  labels: {app: reaper, team: data-platform}
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: reaper
          image: thelastpickle/cassandra-reaper:3.5.0
          env:
            - name: REAPER_CASS_CONTACT_POINTS
              value: "[cassandra-0.cassandra.svc.cluster.local]"
            - name: REAPER_AUTH_PASSWORD
              valueFrom: {secretKeyRef: {name: reaper-auth, key: password}}
          readinessProbe:
            httpGet: {path: /healthcheck, port: 8081, host: 127.0.0.1}
""",
    ),
    (
        "git_log",
        "dev",
        "en",
        """
Summarize what changed in this release:

commit ⟦sha⟧ (tag: v⟦version⟧)
Author: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>
    chore(release): v⟦version⟧

commit ⟦sha⟧
Author: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>
    fix(deps): update dependency jackson-databind to v2.17.1

commit ⟦sha⟧
Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
    build(deps): bump mockito-core from 5.11.0 to 5.12.0

commit ⟦sha⟧
Merge: ⟦sha7⟧ ⟦sha7⟧
    Merge pull request #⟦num⟧ from acme/feature/hibernate-6
""",
    ),
    (
        "book_question",
        "education",
        "en",
        """
I'm writing an essay on Pride and Prejudice. Is it fair to say Elizabeth Bennet changes more than Mr. Darcy does? Compare with how Jane Austen treats Charlotte Lucas and Mr. Collins. Also, my teacher mentioned Emma Woodhouse from Emma as a contrast — is that a good comparison?
""",
    ),
    (
        "history_question",
        "education",
        "en",
        """
Explain the main points of Abraham Lincoln's Gettysburg Address in simple terms for a 7th grader, and compare it to Martin Luther King Jr.'s "I Have a Dream" speech. Keep it under 300 words.
""",
    ),
    (
        "travel_plan",
        "travel",
        "en",
        """
Plan a 3-day trip to Washington, DC for a family with two kids. We want to see the Lincoln Memorial, the Jefferson Memorial, the Smithsonian museums and Georgetown. We arrive at Ronald Reagan Washington National Airport on ⟦date⟧ and leave from Dulles. Then we might drive down to Charlotte and Savannah.
""",
    ),
    (
        "recipe",
        "personal",
        "en",
        """
I'm hosting 8 people. Give me a timeline to cook Beef Wellington, Caesar salad, and Eggs Benedict for the next morning's brunch. Also is a Margherita pizza a good option for the kids? Gordon Ramsay's Wellington recipe says to chill it twice — is that necessary?
""",
    ),
    (
        "sports_question",
        "sports",
        "en",
        """
Who has more Grand Slam titles, Serena Williams or Roger Federer? And how does LeBron James's scoring record compare with Kareem Abdul-Jabbar's? Make a small table.
""",
    ),
    (
        "product_comparison",
        "commerce",
        "en",
        """
Compare the Dell XPS 14 and the HP Spectre x360 for a software developer. I also looked at the Lenovo ThinkPad X1 Carbon Gen 12. Budget about $1,800. I mostly use VS Code, Docker and occasionally Julia and Ruby. Battery life matters more than the screen.
""",
    ),
    (
        "app_log",
        "dev",
        "en",
        """
Which service is slow? Logs:

⟦date@iso#d⟧T08:00:01.120Z INFO  gateway   listening on 0.0.0.0:8080 (pid 1)
⟦date@iso#d⟧T08:00:01.122Z INFO  gateway   admin on [::1]:9901
⟦date@iso#d⟧T08:00:04.501Z INFO  gateway   req=⟦uuid⟧ GET /api/v1/catalog 200 34ms
⟦date@iso#d⟧T08:00:04.933Z WARN  catalog   req=⟦uuid⟧ slow query 2841ms (SELECT * FROM products WHERE sku = $1)
⟦date@iso#d⟧T08:00:05.014Z INFO  gateway   req=⟦uuid⟧ GET /api/v1/catalog/sku/88301-XL 200 2903ms
⟦date@iso#d⟧T08:00:05.200Z INFO  kafka     consumer group orders-v2 rebalanced, partitions=12
""",
    ),
    (
        "csv_data",
        "commerce",
        "en",
        """
Find the products with negative margin:

sku,name,supplier,cost,price,ean
KB-1001,Mechanical Keyboard TKL,Logitech,48.20,79.99,5099206092921
MS-2040,Ergo Mouse,Razer,22.10,19.99,8886419332138
HD-3300,Studio Headphones,Sennheiser,91.00,149.00,4044155247933
CB-0012,USB-C Cable 2m,Anker,3.10,2.49,0848061035717
MN-2712,27" Monitor,Dell,189.00,229.00,5397184628151
""",
    ),
    (
        "changelog",
        "dev",
        "en",
        """
Rewrite these release notes for end users:

## ⟦version⟧ (⟦date⟧)
- Bump Chromium to 124.0.6367.91
- Windows: fix crash on build 10.0.19045.4291
- Drop support for macOS 11 (Big Sur)
- SNMP: walk OID 1.3.6.1.2.1.1.3.0 correctly
- Update Sphinx docs theme; Hugo site moved to docs/
- Known issue: Siri shortcut fails when Cortana is installed (really)
""",
    ),
    (
        "terraform_plan",
        "dev",
        "en",
        """
Is this terraform plan safe to apply?

  # aws_instance.bastion will be updated in-place
  ~ resource "aws_instance" "bastion" {
        id            = "i-0a1b2c3d4e5f67890"
      ~ ami           = "ami-0c55b159cbfafe1f0" -> "ami-04505e74c0741db8d"
        instance_type = "t3.micro"
        tags          = {
            "Name"  = "bastion"
            "Owner" = "platform-team"
        }
    }
  # aws_security_group_rule.ssh will be created
  + resource "aws_security_group_rule" "ssh" {
      + cidr_blocks = ["0.0.0.0/0"]
      + from_port   = 22
    }
Plan: 1 to add, 1 to change, 0 to destroy.
""",
    ),
    (
        "shopping_list",
        "personal",
        "en",
        """
Sort my shopping list by supermarket aisle:
- Heinz ketchup
- Kellogg's cornflakes
- Ben & Jerry's (cookie dough)
- Dr Pepper x2
- Sam Adams 6-pack
- Uncle Ben's rice
- Mrs. Butterworth's syrup
- Newman's Own dressing
- Quaker oats
- Tim Hortons coffee
""",
    ),
    (
        "medical_question",
        "medical",
        "en",
        """
My grandfather was diagnosed with Parkinson's disease and my aunt has Crohn's disease. Are these related? Also what's the difference between Alzheimer's and Lewy body dementia? Please explain the Glasgow Coma Scale too, the nurse mentioned it.
""",
    ),
    (
        "math_question",
        "education",
        "en",
        """
Can you explain Euler's identity and how it relates to the Fibonacci sequence, if at all? Also prove the Pythagorean theorem two different ways, and show how Bayes' theorem applies to a test with 99% sensitivity and 95% specificity for a disease with 1% prevalence.
""",
    ),
    (
        "numbers_question",
        "commerce",
        "en",
        """
Where is my package? Tracking number 1Z999AA10123456784, order #⟦num⟧⟦num⟧ placed ⟦date⟧. The book is ISBN 978-0-14-143951-8. The status says "Exception: 4019" and the depot code is 3057. Revenue for the seller grew +15% QoQ according to their report.
""",
    ),
    (
        "regex_question",
        "dev",
        "en",
        r"""
Why does my regex reject valid E.164 numbers?

PHONE_RE = re.compile(r"^\+?[1-9]\d{1,14}$")
EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.-]+$")
SSN_RE = re.compile(r"^(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$")

assert PHONE_RE.match("+" + "1" * 15) is None
""",
    ),
    (
        "placeholder_config",
        "dev",
        "en",
        """
Fill in the README section that explains this config:

openai:
  api_key: <YOUR_OPENAI_API_KEY>
  model: gpt-4o-mini
database:
  url: postgresql://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app
slack:
  webhook: "***redacted***"
auth:
  jwt_header_example: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9
  password_min_length: 12
""",
    ),
    (
        "crypto_explainer",
        "education",
        "en",
        """
Explain like I'm 12: in the Bitcoin whitepaper, Satoshi Nakamoto describes how Alice can send coins to Bob without a bank. What is a block hash like 00000000000000000002a7c4c1e48d76c5a37902165a270156b7a8d72728a054 and why does it start with zeros? What changed with SegWit and Taproot?
""",
    ),
    (
        "movie_review",
        "media",
        "en",
        """
Write a 150-word review of The Godfather focusing on Marlon Brando's performance as Vito Corleone and Al Pacino as Michael. Compare briefly with Robert De Niro in Part II.
""",
    ),
    (
        "business_news",
        "media",
        "en",
        """
Summarize: "Shares of Tesla rose 4% after Elon Musk said the company would unveil a cheaper model. Meanwhile, Satya Nadella told analysts Microsoft's cloud revenue grew 31%, and Jeff Bezos sold another block of Amazon stock. Warren Buffett's Berkshire Hathaway kept its Apple stake unchanged. Analysts at Morgan Stanley and Goldman Sachs raised their targets."
""",
    ),
    (
        "legal_question",
        "legal",
        "en",
        """
What did the Supreme Court decide in Miranda v. Arizona and Brown v. Board of Education, and how are they cited in a brief? Also explain what a "John Doe" defendant means procedurally, in general terms.
""",
    ),
    (
        "code_snippet",
        "dev",
        "en",
        """
Add type hints and docstrings:

class Person:
    def __init__(self, name, email, born):
        self.name = name
        self.email = email
        self.born = born

    def display_name(self):
        return self.name.title()

def load_people(path):
    with open(path) as f:
        return [Person(**row) for row in csv.DictReader(f)]
""",
    ),
    (
        "spreadsheet",
        "data",
        "en",
        """
Make a bar chart spec (Vega-Lite) for this:

Region	Store	Q1	Q2	Q3
Texas	Austin	120,400	131,900	140,200
Texas	Houston	210,000	198,300	225,100
Wisconsin	Madison	88,900	91,200	90,050
North Carolina	Charlotte	150,300	162,000	171,400
British Columbia	Victoria	64,000	70,100	72,300
Italy	Florence	99,000	104,500	120,800
""",
    ),
    (
        "holiday_calendar",
        "workplace",
        "en",
        """
Make a list of US federal holidays in ⟦year⟧ that fall on a Monday: New Year's Day, Martin Luther King Jr. Day, Washington's Birthday (Presidents' Day), Memorial Day, Juneteenth, Independence Day, Labor Day, Columbus Day, Veterans Day, Thanksgiving, Christmas.
""",
    ),
    (
        "ci_log",
        "dev",
        "en",
        """
Why does the build fail only on the macOS runner?

Run actions/setup-python@v5
  Successfully set up CPython (3.12.3)
Run pip install -r requirements.txt
  Collecting flask==3.0.3
  Collecting sphinx==7.3.7
  Collecting ansible-core==2.16.6
  Collecting celery==5.4.0
  ERROR: Could not build wheels for psycopg2, which is required to install pyproject.toml-based projects
  ld: library not found for -lssl
Error: Process completed with exit code 1.
Runner: macos-14 (arm64), image version 20240422.3
""",
    ),
    (
        "support_ticket",
        "support",
        "en",
        """
Categorize this ticket (no personal info was included by the user):

Subject: App crashes on startup after update
Body: Since updating to ⟦version⟧ the iOS app crashes immediately. iPhone 13, iOS 17.4.1. Reinstalling didn't help. Crash ID ⟦uuid⟧. Happens on Wi-Fi and LTE. Worked fine on the previous version.
Priority: P2 · Product: Mobile · Tags: crash, ios, regression
""",
    ),
    (
        "meeting_notes",
        "workplace",
        "en",
        """
Turn these anonymized notes into an action list:

- PM: scope for v2 is frozen, no new features after ⟦date⟧
- Eng lead: migration to Kafka 3.7 blocked on the schema registry
- Design: new onboarding screens in Figma, needs a11y review
- QA lead: regression suite takes 3h, wants to parallelize with Playwright
- Everyone: retro moved to Thursday
""",
    ),
    (
        "trivia",
        "education",
        "en",
        """
Make a 10-question pub quiz from these facts: Marie Curie won two Nobel Prizes; Ada Lovelace wrote the first published algorithm; Alan Turing broke Enigma at Bletchley Park; Grace Hopper popularized the term "debugging"; Tim Berners-Lee invented the World Wide Web at CERN; Linus Torvalds created Linux in 1991; Guido van Rossum created Python.
""",
    ),
    (
        "fiction_question",
        "media",
        "en",
        """
Who would win in a debate: Sherlock Holmes or Hercule Poirot? Then write a short scene where Hermione Granger and Gandalf argue about whether Frodo Baggins should have used the ring. Keep it funny, under 250 words.
""",
    ),
    (
        "brand_copy",
        "commerce",
        "en",
        """
Write three ad headlines for a café that serves "Nutella crêpes", "Earl Grey tea" and "Eggs Florentine", located near the Victoria & Albert Museum. Style inspiration: Ben & Jerry's and Innocent Drinks packaging.
""",
    ),
    (
        "hash_list",
        "dev",
        "en",
        """
Verify these checksums match the release page:

SHA256 (lakeview-⟦version⟧-linux-amd64.tar.gz) = ⟦hash⟧
SHA256 (lakeview-⟦version⟧-darwin-arm64.tar.gz) = ⟦hash⟧
SHA256 (lakeview-⟦version⟧-windows-amd64.zip) = ⟦hash⟧
Signed with key fingerprint 4AEE 18F8 3AFD EB23 (Release Signing Key)
""",
    ),
    (
        "dates_question",
        "workplace",
        "en",
        """
How many business days are between ⟦date⟧ and ⟦date⟧? The contract was signed on ⟦date⟧ and the notice period is 90 days. Our company was founded on ⟦date⟧, and the anniversary party is planned for the same week.
""",
    ),
    (
        "excel_question",
        "data",
        "en",
        """
In Excel, how do I make =VLOOKUP(A2,Sheet2!$A:$D,4,FALSE) return blank instead of #N/A? Column A has employee IDs like E1042, E1077, and column D has department codes like FIN-02 and OPS-11.
""",
    ),
    (
        "street_names",
        "travel",
        "en",
        """
Is it walkable to go from Rue Victor Hugo to Avenue Foch in Paris, then to Place Charles de Gaulle? And in Berlin, how far is Karl-Marx-Allee from Friedrichstraße? We land at Charles de Gaulle airport and leave from Berlin Brandenburg Willy Brandt.
""",
    ),
    (
        "ml_question",
        "dev",
        "en",
        """
Compare Llama 3 70B, Mistral Large and Claude for summarizing legal contracts. We run Ollama locally on a box with 2x RTX 4090. Also, is Hugging Face's TGI faster than vLLM for batch size 1? Our eval set is ⟦num⟧ documents.
""",
    ),
    (
        "sysadmin_output",
        "it",
        "en",
        """
What does this output mean?

$ ip addr show lo
1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
    inet 127.0.0.1/8 scope host lo
    inet6 ::1/128 scope host
$ ss -ltnp | head -3
State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process
LISTEN 0      4096   127.0.0.53%lo:53   0.0.0.0:*         users:(("systemd-resolve",pid=⟦num⟧,fd=14))
LISTEN 0      128    0.0.0.0:22        0.0.0.0:*         users:(("sshd",pid=⟦num⟧,fd=3))
""",
    ),
    (
        "quote_request",
        "media",
        "en",
        """
Give me 5 motivational quotes for a team offsite, one each from Steve Jobs, Maya Angelou, Nelson Mandela, Winston Churchill and Serena Williams, with the source for each.
""",
    ),
    (
        "music_question",
        "media",
        "en",
        """
Make me a road-trip playlist: some Dolly Parton, Fleetwood Mac, David Bowie, Freddie Mercury-era Queen, Taylor Swift's 1989, Ed Sheeran and Adele. 25 songs, sorted so the energy builds up.
""",
    ),
    (
        "company_question",
        "commerce",
        "en",
        """
Which of these companies are named after their founders: Ford, Dell, Hewlett-Packard, Porsche, Ferrari, Boeing, Disney, Siemens, Philips, Suzuki, Honda, Johnson & Johnson, McDonald's, Wendy's, Chanel, Gucci, Prada, Adidas?
""",
    ),
    (
        "game_question",
        "gaming",
        "en",
        """
best build for Geralt in Witcher 3 for a death march run? also in Elden Ring is Malenia harder than Radahn? and should I play Mario Kart or Smash with my nephew, he's 8
""",
    ),
    (
        "translation_request",
        "education",
        "en",
        """
Translate into French: "The meeting is postponed to next Tuesday at 10:00. Please bring the Q3 report and the updated budget. The room is 4B, next to the Lovelace conference room."
""",
    ),
    (
        "uuid_list",
        "dev",
        "en",
        """
Which of these IDs are valid UUIDv4?

⟦uuid⟧
⟦uuid⟧
3f2504e0-4f89-11d3-9a0c-0305e82c3301
⟦uuid⟧
00000000-0000-0000-0000-000000000000
""",
    ),
    (
        "weather_data",
        "data",
        "en",
        """
Plot temperature vs time from this sensor JSON:

{"station": "KSEA", "lat": 47.4502, "lon": -122.3088, "readings": [
  {"t": "⟦date@iso#d⟧T06:00:00Z", "temp_c": 7.2, "rh": 91},
  {"t": "⟦date@iso#d⟧T09:00:00Z", "temp_c": 9.8, "rh": 84},
  {"t": "⟦date@iso#d⟧T12:00:00Z", "temp_c": 13.1, "rh": 70}
]}
""",
    ),
    (
        "email_thread",
        "workplace",
        "en",
        """
Draft an out-of-office reply: "I'm out from ⟦date⟧ to ⟦date⟧ with limited access to email. For urgent billing questions contact the finance team alias; for IT issues open a ticket in the service portal. I'll respond when I'm back."
""",
    ),
    (
        "library_question",
        "dev",
        "en",
        """
In Java, should I use Jackson or Gson for JSON, and Mockito or EasyMock for tests? Also: Lombok with records — is it still needed? We're on Spring Boot 3.2, Hibernate 6.4.
""",
    ),
    (
        "ip_question",
        "dev",
        "en",
        """
Why can't my container reach 127.0.0.1:5432 on the host, but 0.0.0.0 binding works? Docker Desktop on Mac, Postgres 16. I also tried ::1 and host.docker.internal.
""",
    ),
]

CLEAN_TEMPLATES += [
    (
        "book_question",
        "education",
        "es",
        """
¿Puedes explicarme el papel de Sancho Panza en Don Quijote? Mi profesora dice que Cervantes lo usa como contrapunto. También quiero compararlo con Cien años de soledad de Gabriel García Márquez. Vivo en la calle de Cervantes, qué casualidad 😄
""",
    ),
    (
        "travel_plan",
        "travel",
        "de",
        """
Plane bitte einen Tag in Weimar: Goethe-Nationalmuseum, Schillers Wohnhaus, das Bauhaus-Museum und ein Abendessen in der Nähe vom Goetheplatz. Wir kommen am ⟦date⟧ mit dem ICE aus ⟦city⟧ an und fahren um 18:12 zurück.
""",
    ),
    (
        "book_question",
        "education",
        "fr",
        """
Résume le rôle de Jean Valjean et de Javert dans Les Misérables de Victor Hugo, puis compare avec Le Comte de Monte-Cristo d'Alexandre Dumas. Mon exposé est le ⟦date⟧, au lycée Marie-Curie.
""",
    ),
    (
        "book_question",
        "education",
        "ja",
        """
夏目漱石の『こころ』の「先生」と「K」の関係について、高校生向けに800字で説明してください。芥川龍之介の『羅生門』とも比較したいです。
""",
    ),
    (
        "history_question",
        "education",
        "ru",
        """
Объясни, почему Пушкина называют «солнцем русской поэзии», и сравни «Евгения Онегина» с «Героем нашего времени» Лермонтова. В Москве есть Пушкинская площадь — она названа в честь него?
""",
    ),
    (
        "history_question",
        "education",
        "zh",
        """
请用通俗的语言介绍鲁迅的《狂人日记》和《阿Q正传》的主要思想，并说明孙中山与辛亥革命的关系。字数500字左右。
""",
    ),
    (
        "sports_question",
        "sports",
        "pt",
        """
Quem foi melhor: Pelé ou Maradona? E hoje, Neymar ou Vinícius Júnior? Faça uma tabela comparando títulos e gols. Também quero saber a história do Estádio do Maracanã.
""",
    ),
    (
        "travel_plan",
        "travel",
        "it",
        """
Organizzami un weekend a Firenze: Galleria degli Uffizi, il David di Michelangelo, Ponte Vecchio e una cena vicino a Piazza della Signoria. Arriviamo alla stazione di Santa Maria Novella il ⟦date⟧. Pensavamo anche di passare da Via Garibaldi a Pisa.
""",
    ),
    (
        "history_question",
        "education",
        "ko",
        """
세종대왕이 한글을 만든 이유와 이순신 장군의 명량 해전에 대해 초등학생이 이해할 수 있게 설명해 줘. 광화문 광장에 있는 동상 이야기도 넣어 줘.
""",
    ),
    (
        "book_question",
        "education",
        "ar",
        """
لخّص لي رواية «زقاق المدق» لنجيب محفوظ، وقارنها بأسلوب طه حسين في «الأيام». أحتاج الملخص لمادة الأدب العربي قبل ⟦date⟧.
""",
    ),
    (
        "app_log",
        "dev",
        "de",
        """
Was bedeutet dieser Fehler? Unser Jenkins-Build bricht ab:

[Pipeline] sh
+ mvn -B verify
[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project kasse-service
[ERROR] Tests run: 412, Failures: 3, Errors: 0, Skipped: 7
[INFO] Verbindung zu 127.0.0.1:5432 abgelehnt
Finished: FAILURE
""",
    ),
    (
        "recipe",
        "personal",
        "fr",
        """
Donne-moi la recette des pêches Melba et du bœuf Stroganoff pour 6 personnes, avec une liste de courses. Je voudrais aussi une idée de dessert façon Pierre Hermé, mais plus simple.
""",
    ),
    (
        "tech_question",
        "dev",
        "ja",
        """
Djangoでログイン機能を作っています。`python manage.py runserver 0.0.0.0:8000`で起動すると、127.0.0.1からはアクセスできるのに他のPCからはアクセスできません。ALLOWED_HOSTSの設定が原因でしょうか？Pythonは3.12.2、Djangoは5.0.4です。
""",
    ),
]
