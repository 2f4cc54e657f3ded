# ruff: noqa: E501
"""Hand-written templates, name lists and value pools for the dev16 set.

Everything in this file was written by hand for dev16 (see ``sanitizer_dev16``'s
docstring).  Placeholder syntax inside templates: ``⟦TYPE⟧``, ``⟦TYPE@n⟧`` (person slot
n), ``⟦TYPE.arg⟧``, ``⟦TYPE#k⟧`` (same value again within a text); UPPER-case types are
labeled values, lower-case types are unlabeled fillers.  ``⟦ALIGN:style⟧`` ...
``⟦/ALIGN⟧`` encloses a table whose cells are separated by ``¦``; ``⇥`` is a tab.
A line ``§§ <lang> [flags]`` starts a new template.
"""

# ---------------------------------------------------------------------------
# person names: given names (m, f) and surnames per culture.
# entry = "native:roman" or "native:kana:roman"; "a/b" = male/female form.
# ---------------------------------------------------------------------------

NAMES = {
    "english_us": dict(
        langs="en",
        m="James, Michael, Robert, David, Tyler, Brandon, Kevin, Jason, Ryan, Derek, Travis, Marcus",
        f="Emily, Sarah, Jessica, Ashley, Megan, Lauren, Brittany, Hannah, Kayla, Rachel, Danielle, Courtney",
        s="Miller, Johnson, Anderson, Thompson, Walker, Harris, Bennett, Carter, Mitchell, Reynolds, Sullivan, Parker, Brooks, Coleman, Henderson, Foster, Sanders, Whitaker",
        mail="gmail.com yahoo.com outlook.com hotmail.com icloud.com aol.com comcast.net protonmail.com",
    ),
    "english_uk": dict(
        langs="en",
        m="Oliver, Harry, George, Callum, Alfie, Jamie, Rhys, Owen, Declan, Toby",
        f="Charlotte, Amelia, Olivia, Freya, Isla, Poppy, Imogen, Eleanor, Niamh, Abigail",
        s="Smith, Jones, Taylor, Davies, Evans, Wilson, Hughes, Wright, Clarke, Hall, Ashworth, Whitfield, Pemberton, Thornton, Hargreaves",
        mail="gmail.com btinternet.com hotmail.co.uk yahoo.co.uk outlook.com sky.com virginmedia.com",
    ),
    "irish": dict(
        langs="en",
        m="Cian, Seán, Darragh, Oisín, Ciarán, Eoin, Pádraig, Niall",
        f="Aoife, Siobhán, Niamh, Caoimhe, Róisín, Saoirse, Orla, Clodagh",
        s="Murphy, O'Brien, Kelly, Byrne, O'Sullivan, Walsh, McCarthy, Doyle, Gallagher, Fitzgerald, Brennan, Kavanagh",
        mail="gmail.com eircom.net hotmail.com outlook.ie",
    ),
    "german": dict(
        langs="de",
        m="Lukas, Jonas, Maximilian, Felix, Tobias, Matthias, Jürgen, Stefan, Florian, Dieter, Heiko, Moritz",
        f="Anna, Lena, Katharina, Sophie, Sabine, Ursula, Johanna, Mareike, Franziska, Annika, Birgit, Leonie",
        s="Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Hoffmann, Schäfer, Koch, Bauer, Richter, Zimmermann, Krüger, Hartmann, Brandt, Lehmann",
        mail="web.de gmx.de t-online.de gmail.com posteo.de gmx.net freenet.de",
    ),
    "french": dict(
        langs="fr",
        m="Julien, Mathieu, Nicolas, Théo, Antoine, Baptiste, Maxime, Étienne, Rémi, Guillaume",
        f="Camille, Chloé, Léa, Manon, Élodie, Margaux, Aurélie, Céline, Inès, Sandrine",
        s="Martin, Bernard, Dubois, Durand, Leroy, Moreau, Lefèvre, Fontaine, Rousseau, Girard, Mercier, Lambert, Faure, Chevalier",
        mail="orange.fr free.fr laposte.net gmail.com sfr.fr wanadoo.fr hotmail.fr",
    ),
    "spanish": dict(
        langs="es",
        m="Alejandro, Javier, Sergio, Pablo, Álvaro, Daniel, Jorge, Iñaki, Rubén, Adrián",
        f="Lucía, María, Carmen, Elena, Laura, Paula, Nerea, Marta, Rocío, Ainhoa",
        s="García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Ruiz, Jiménez, Moreno, Navarro, Romero, Ortega, Delgado",
        mail="gmail.com hotmail.es yahoo.es telefonica.net outlook.es",
    ),
    "mexican": dict(
        langs="es",
        m="José Luis, Juan Carlos, Miguel Ángel, Emiliano, Fernando, Ricardo, Diego, Raúl",
        f="Guadalupe, Ximena, Fernanda, Valeria, Mariana, Daniela, Itzel, Alejandra",
        s="Hernández, Ramírez, Flores, Cruz, Morales, Reyes, Ortiz, Castillo, Vázquez, Mendoza, Aguilar, Cervantes",
        mail="gmail.com hotmail.com yahoo.com.mx outlook.com prodigy.net.mx",
    ),
    "argentine": dict(
        langs="es",
        m="Facundo, Santiago, Matías, Nicolás, Tomás, Agustín, Gonzalo, Lautaro",
        f="Florencia, Camila, Agustina, Micaela, Julieta, Valentina, Milagros, Carolina",
        s="Díaz, Álvarez, Sosa, Benítez, Acosta, Medina, Herrera, Giménez, Ferreyra, Quiroga, Ledesma, Paz",
        mail="gmail.com hotmail.com yahoo.com.ar fibertel.com.ar",
    ),
    "portuguese": dict(
        langs="pt",
        m="João, Tiago, Rui, Duarte, Gonçalo, Nuno, Pedro, Miguel",
        f="Inês, Beatriz, Mariana, Joana, Catarina, Leonor, Rita, Sofia",
        s="Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa, Fernandes, Gonçalves, Carvalho, Teixeira, Moura",
        mail="sapo.pt gmail.com hotmail.com outlook.pt",
    ),
    "brazilian": dict(
        langs="pt",
        m="Lucas, Gabriel, Rafael, Thiago, Matheus, Guilherme, Felipe, Vinícius, Rodrigo, Leandro",
        f="Ana Clara, Larissa, Juliana, Fernanda, Bruna, Letícia, Gabriela, Thaís, Aline, Patrícia",
        s="Souza, Oliveira, Lima, Pereira, Almeida, Nascimento, Ribeiro, Barbosa, Araújo, Cavalcanti, Rocha, Monteiro, Freitas",
        mail="gmail.com hotmail.com uol.com.br bol.com.br yahoo.com.br outlook.com terra.com.br",
    ),
    "italian": dict(
        langs="it",
        m="Marco, Luca, Alessandro, Giuseppe, Francesco, Matteo, Lorenzo, Davide, Simone, Riccardo",
        f="Giulia, Chiara, Francesca, Federica, Martina, Alessia, Valentina, Elisa, Serena, Ilaria",
        s="Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Gallo, Conti, De Luca, Mancini, Lombardi",
        mail="libero.it gmail.com virgilio.it alice.it tiscali.it hotmail.it",
    ),
    "dutch": dict(
        langs="nl",
        m="Daan, Sem, Bram, Thijs, Ruben, Jeroen, Sander, Joost, Maarten, Wouter",
        f="Sanne, Lotte, Fleur, Anouk, Femke, Marloes, Eline, Ilse, Noor, Marieke",
        s="de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de Boer, Mulder, Vermeulen, Hendriks, van Leeuwen",
        mail="ziggo.nl kpnmail.nl gmail.com hotmail.nl xs4all.nl planet.nl",
    ),
    "polish": dict(
        langs="pl",
        m="Piotr, Krzysztof, Tomasz, Paweł, Michał, Marcin, Łukasz, Jakub, Grzegorz, Wojciech",
        f="Katarzyna, Magdalena, Agnieszka, Joanna, Aleksandra, Małgorzata, Zofia, Justyna, Ewelina, Dorota",
        s="Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, Woźniak, Dąbrowski/Dąbrowska, Kozłowski/Kozłowska, Jankowski/Jankowska, Mazur",
        mail="wp.pl onet.pl o2.pl interia.pl gmail.com",
    ),
    "czech": dict(
        langs="cs",
        m="Jan, Tomáš, Jakub, Lukáš, Petr, Ondřej, Vojtěch, Jiří",
        f="Tereza, Eliška, Kateřina, Lucie, Veronika, Barbora, Markéta, Hana",
        s="Novák/Nováková, Svoboda/Svobodová, Novotný/Novotná, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, Němec/Němcová, Pokorný/Pokorná, Marek/Marková",
        mail="seznam.cz email.cz centrum.cz gmail.com",
    ),
    "swedish": dict(
        langs="sv",
        m="Erik, Lars, Anders, Johan, Oskar, Nils, Gustav, Björn, Henrik, Viktor",
        f="Astrid, Ingrid, Maja, Elin, Linnea, Karin, Frida, Ebba, Sofia, Moa",
        s="Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Lindqvist, Bergström, Lundgren, Sjöberg, Holmberg, Ekström",
        mail="telia.com gmail.com hotmail.se bredband.net outlook.com",
    ),
    "danish": dict(
        langs="da",
        m="Mads, Rasmus, Frederik, Søren, Mikkel, Jens, Kasper, Troels",
        f="Mette, Sofie, Ida, Freja, Camilla, Louise, Signe, Line",
        s="Jensen, Nielsen, Hansen, Pedersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Madsen, Kristensen, Thomsen",
        mail="gmail.com hotmail.dk mail.dk jubii.dk",
    ),
    "norwegian": dict(
        langs="nb",
        m="Ole, Magnus, Henrik, Sindre, Eirik, Håkon, Kristian, Torbjørn",
        f="Ingrid, Nora, Sigrid, Kari, Marit, Solveig, Ragnhild, Tuva",
        s="Johansen, Olsen, Nilsen, Berg, Haugen, Bakken, Dahl, Solberg, Lunde, Strand, Moen, Eide",
        mail="online.no gmail.com hotmail.no",
    ),
    "finnish": dict(
        langs="fi",
        m="Mikko, Juha, Antti, Janne, Ville, Eero, Aleksi, Tuomas",
        f="Aino, Sanna, Johanna, Elina, Noora, Riikka, Satu, Emmi",
        s="Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Salonen",
        mail="gmail.com luukku.com hotmail.fi elisanet.fi",
    ),
    "hungarian": dict(
        langs="hu",
        order="fg",
        m="László, Gábor, Zoltán, Balázs, Péter, Attila, Bence, Tamás",
        f="Katalin, Eszter, Zsófia, Réka, Anikó, Orsolya, Judit, Krisztina",
        s="Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp",
        mail="freemail.hu citromail.hu gmail.com t-online.hu",
    ),
    "romanian": dict(
        langs="ro",
        m="Andrei, Alexandru, Mihai, Ionuț, Bogdan, Cristian, Răzvan, Florin",
        f="Ioana, Andreea, Mihaela, Alexandra, Cristina, Roxana, Bianca, Oana",
        s="Popescu, Ionescu, Popa, Dumitru, Stan, Stoica, Gheorghe, Munteanu, Constantin, Rusu, Marinescu, Dobre",
        mail="yahoo.com gmail.com yahoo.ro",
    ),
    "greek": dict(
        langs="el",
        m="Γιώργος:Giorgos, Δημήτρης:Dimitris, Νίκος:Nikos, Κώστας:Kostas, Γιάννης:Giannis, Παναγιώτης:Panagiotis, Χρήστος:Christos, Βασίλης:Vasilis",
        f="Μαρία:Maria, Ελένη:Eleni, Κατερίνα:Katerina, Σοφία:Sofia, Δέσποινα:Despoina, Αγγελική:Angeliki, Βασιλική:Vasiliki, Χριστίνα:Christina",
        s="Παπαδόπουλος/Παπαδοπούλου:Papadopoulos/Papadopoulou, Γεωργίου:Georgiou, Οικονόμου:Oikonomou, Νικολάου:Nikolaou, Βλάχος/Βλάχου:Vlachos/Vlachou, Αντωνίου:Antoniou, Καραγιάννης/Καραγιάννη:Karagiannis/Karagianni, Μακρής/Μακρή:Makris/Makri, Παππάς/Παππά:Pappas/Pappa, Αλεξίου:Alexiou",
        mail="gmail.com yahoo.gr hotmail.gr otenet.gr",
    ),
    "turkish": dict(
        langs="tr",
        m="Mehmet, Mustafa, Ahmet, Emre, Burak, Oğuz, Kerem, Serkan",
        f="Ayşe, Fatma, Zeynep, Elif, Merve, Selin, Büşra, Ebru",
        s="Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aksoy",
        mail="gmail.com hotmail.com yandex.com.tr outlook.com.tr",
    ),
    "russian": dict(
        langs="ru",
        m="Алексей:Aleksey, Дмитрий:Dmitry, Сергей:Sergey, Андрей:Andrey, Иван:Ivan, Михаил:Mikhail, Никита:Nikita, Павел:Pavel",
        f="Анна:Anna, Екатерина:Ekaterina, Ольга:Olga, Наталья:Natalya, Мария:Maria, Татьяна:Tatiana, Юлия:Yulia, Ксения:Ksenia",
        s="Иванов/Иванова:Ivanov/Ivanova, Смирнов/Смирнова:Smirnov/Smirnova, Кузнецов/Кузнецова:Kuznetsov/Kuznetsova, Попов/Попова:Popov/Popova, Соколов/Соколова:Sokolov/Sokolova, Лебедев/Лебедева:Lebedev/Lebedeva, Новиков/Новикова:Novikov/Novikova, Морозов/Морозова:Morozov/Morozova, Волков/Волкова:Volkov/Volkova, Фёдоров/Фёдорова:Fedorov/Fedorova, Орлов/Орлова:Orlov/Orlova, Белов/Белова:Belov/Belova",
        mail="mail.ru yandex.ru gmail.com rambler.ru bk.ru",
    ),
    "ukrainian": dict(
        langs="uk",
        m="Олександр:Oleksandr, Андрій:Andriy, Тарас:Taras, Богдан:Bohdan, Дмитро:Dmytro, Юрій:Yuriy, Максим:Maksym, Василь:Vasyl",
        f="Олена:Olena, Оксана:Oksana, Ірина:Iryna, Наталія:Nataliia, Софія:Sofiia, Юлія:Yuliia, Марина:Maryna, Катерина:Kateryna",
        s="Шевченко:Shevchenko, Коваленко:Kovalenko, Бондаренко:Bondarenko, Ткаченко:Tkachenko, Кравченко:Kravchenko, Олійник:Oliynyk, Мельник:Melnyk, Бойко:Boyko, Гнатюк:Hnatiuk, Савчук:Savchuk, Лисенко:Lysenko, Руденко:Rudenko",
        mail="ukr.net gmail.com i.ua meta.ua",
    ),
    "arabic": dict(
        langs="ar",
        m="محمد:Mohammed, أحمد:Ahmed, عمر:Omar, خالد:Khaled, يوسف:Youssef, علي:Ali, حسن:Hassan, طارق:Tarek",
        f="فاطمة:Fatima, مريم:Maryam, نور:Nour, سارة:Sara, ليلى:Layla, هدى:Huda, ريم:Reem, آية:Aya",
        s="العتيبي:Al-Otaibi, الشمري:Al-Shammari, القحطاني:Al-Qahtani, حداد:Haddad, منصور:Mansour, خوري:Khoury, النجار:Al-Najjar, صالح:Saleh, الحسيني:Al-Husseini, إبراهيم:Ibrahim, الزهراني:Al-Zahrani, السيد:El-Sayed",
        mail="gmail.com hotmail.com yahoo.com outlook.sa",
    ),
    "hebrew": dict(
        langs="he",
        m="יוסי:Yossi, אבי:Avi, נועם:Noam, איתי:Itai, אורי:Uri, עומר:Omer, יונתן:Yonatan, אלון:Alon",
        f="נועה:Noa, מיכל:Michal, תמר:Tamar, שירה:Shira, יעל:Yael, רותם:Rotem, הדס:Hadas, מאיה:Maya",
        s="כהן:Cohen, לוי:Levi, מזרחי:Mizrahi, פרץ:Peretz, ביטון:Biton, אברהם:Avraham, פרידמן:Friedman, שפירא:Shapira, אזולאי:Azoulay, גולדברג:Goldberg, בן דוד:Ben David, קליין:Klein",
        mail="gmail.com walla.co.il bezeqint.net 012.net.il",
    ),
    "persian": dict(
        langs="fa",
        m="علی:Ali, محمد:Mohammad, رضا:Reza, حسین:Hossein, امیر:Amir, مهدی:Mehdi, سعید:Saeed, آرش:Arash",
        f="زهرا:Zahra, فاطمه:Fatemeh, مریم:Maryam, سارا:Sara, نیلوفر:Niloufar, شیرین:Shirin, پریسا:Parisa, الهام:Elham",
        s="رضایی:Rezaei, محمدی:Mohammadi, حسینی:Hosseini, احمدی:Ahmadi, کریمی:Karimi, موسوی:Mousavi, جعفری:Jafari, صادقی:Sadeghi, رحیمی:Rahimi, تهرانی:Tehrani, نوری:Nouri, کاظمی:Kazemi",
        mail="gmail.com yahoo.com chmail.ir",
    ),
    "hindi": dict(
        langs="hi",
        m="राहुल:Rahul, अमित:Amit, विकास:Vikas, अर्जुन:Arjun, रोहित:Rohit, आदित्य:Aditya, संजय:Sanjay, विवेक:Vivek",
        f="प्रिया:Priya, अंजलि:Anjali, नेहा:Neha, पूजा:Pooja, स्नेहा:Sneha, कविता:Kavita, दीपिका:Deepika, रिया:Riya",
        s="शर्मा:Sharma, वर्मा:Verma, गुप्ता:Gupta, सिंह:Singh, कुमार:Kumar, अग्रवाल:Agarwal, मिश्रा:Mishra, यादव:Yadav, जोशी:Joshi, पांडे:Pandey, चौहान:Chauhan, श्रीवास्तव:Srivastava",
        mail="gmail.com yahoo.co.in rediffmail.com outlook.com",
    ),
    "bengali": dict(
        langs="bn",
        m="সৌরভ:Sourav, অনির্বাণ:Anirban, তানভীর:Tanvir, রফিক:Rafiq, সুমন:Suman, আরিফ:Arif, দেবাশীষ:Debashish, রাকিব:Rakib",
        f="প্রিয়াঙ্কা:Priyanka, সুমাইয়া:Sumaiya, তানিয়া:Tania, মৌমিতা:Moumita, নুসরাত:Nusrat, শ্রেয়া:Shreya, ফারজানা:Farzana, রুমানা:Rumana",
        s="দাস:Das, চৌধুরী:Chowdhury, বন্দ্যোপাধ্যায়:Banerjee, মুখার্জি:Mukherjee, ইসলাম:Islam, হোসেন:Hossain, রহমান:Rahman, সেন:Sen, ঘোষ:Ghosh, আহমেদ:Ahmed, বসু:Basu, মিত্র:Mitra",
        mail="gmail.com yahoo.com",
    ),
    "tamil": dict(
        langs="ta",
        m="கார்த்திக்:Karthik, அருண்:Arun, விக்னேஷ்:Vignesh, செந்தில்:Senthil, பிரகாஷ்:Prakash, சுரேஷ்:Suresh, ராஜேஷ்:Rajesh, பாலாஜி:Balaji",
        f="லக்ஷ்மி:Lakshmi, திவ்யா:Divya, கீர்த்தனா:Keerthana, மீனா:Meena, ஐஸ்வர்யா:Aishwarya, காவ்யா:Kavya, சரண்யா:Saranya, பவித்ரா:Pavithra",
        s="ராஜன்:Rajan, சுப்பிரமணியன்:Subramanian, வேங்கடேசன்:Venkatesan, கிருஷ்ணன்:Krishnan, முருகன்:Murugan, ராமசாமி:Ramasamy, நடராஜன்:Natarajan, பழனிசாமி:Palanisamy, சீனிவாசன்:Srinivasan, அண்ணாமலை:Annamalai",
        mail="gmail.com yahoo.co.in",
    ),
    "chinese": dict(
        langs="zh",
        order="fg",
        sep="",
        m="伟:Wei, 强:Qiang, 磊:Lei, 军:Jun, 杰:Jie, 浩然:Haoran, 子轩:Zixuan, 建国:Jianguo, 志明:Zhiming, 俊杰:Junjie",
        f="芳:Fang, 娜:Na, 敏:Min, 静:Jing, 丽娟:Lijuan, 婷:Ting, 雨桐:Yutong, 思琪:Siqi, 晓燕:Xiaoyan, 佳怡:Jiayi",
        s="王:Wang, 李:Li, 张:Zhang, 刘:Liu, 陈:Chen, 杨:Yang, 黄:Huang, 赵:Zhao, 吴:Wu, 周:Zhou, 徐:Xu, 孙:Sun, 马:Ma, 朱:Zhu, 胡:Hu, 郭:Guo",
        mail="qq.com 163.com 126.com sina.com foxmail.com gmail.com",
    ),
    "japanese": dict(
        langs="ja",
        order="fg",
        sep="",
        m="健:ケン:Ken, 翔太:ショウタ:Shota, 大輔:ダイスケ:Daisuke, 拓也:タクヤ:Takuya, 悠斗:ユウト:Yuto, 直樹:ナオキ:Naoki, 和也:カズヤ:Kazuya, 蓮:レン:Ren",
        f="陽菜:ヒナ:Hina, 美咲:ミサキ:Misaki, 由美:ユミ:Yumi, さくら:サクラ:Sakura, 真由美:マユミ:Mayumi, 結衣:ユイ:Yui, 恵:メグミ:Megumi, 彩花:アヤカ:Ayaka",
        s="佐藤:サトウ:Sato, 鈴木:スズキ:Suzuki, 高橋:タカハシ:Takahashi, 田中:タナカ:Tanaka, 伊藤:イトウ:Ito, 渡辺:ワタナベ:Watanabe, 山本:ヤマモト:Yamamoto, 中村:ナカムラ:Nakamura, 小林:コバヤシ:Kobayashi, 加藤:カトウ:Kato, 吉田:ヨシダ:Yoshida, 松本:マツモト:Matsumoto, 井上:イノウエ:Inoue, 清水:シミズ:Shimizu",
        mail="docomo.ne.jp yahoo.co.jp gmail.com ezweb.ne.jp icloud.com softbank.ne.jp",
    ),
    "korean": dict(
        langs="ko",
        order="fg",
        sep="",
        m="민준:Minjun, 서준:Seojun, 도윤:Doyun, 지훈:Jihun, 현우:Hyunwoo, 성민:Sungmin, 준호:Junho, 태양:Taeyang",
        f="서연:Seoyeon, 지우:Jiwoo, 하은:Haeun, 민지:Minji, 수빈:Subin, 예린:Yerin, 지현:Jihyun, 유나:Yuna",
        s="김:Kim, 이:Lee, 박:Park, 최:Choi, 정:Jung, 강:Kang, 조:Cho, 윤:Yoon, 장:Jang, 임:Lim, 한:Han, 오:Oh",
        mail="naver.com daum.net hanmail.net gmail.com kakao.com",
    ),
    "vietnamese": dict(
        langs="vi",
        order="fg",
        m="Văn An:Van An, Minh Tuấn:Minh Tuan, Đức Anh:Duc Anh, Quang Huy:Quang Huy, Hoàng Long:Hoang Long, Thành Đạt:Thanh Dat, Văn Hùng:Van Hung, Gia Bảo:Gia Bao",
        f="Thị Mai:Thi Mai, Thu Trang:Thu Trang, Ngọc Anh:Ngoc Anh, Thị Hương:Thi Huong, Phương Linh:Phuong Linh, Thanh Hà:Thanh Ha, Bảo Ngọc:Bao Ngoc, Thùy Dung:Thuy Dung",
        s="Nguyễn:Nguyen, Trần:Tran, Lê:Le, Phạm:Pham, Hoàng:Hoang, Huỳnh:Huynh, Phan:Phan, Vũ:Vu, Võ:Vo, Đặng:Dang, Bùi:Bui, Đỗ:Do",
        mail="gmail.com yahoo.com.vn outlook.com",
    ),
    "thai": dict(
        langs="th",
        m="สมชาย:Somchai, ธนากร:Thanakorn, ณัฐวุฒิ:Nattawut, วีระ:Weera, ปิยะ:Piya, อนุชา:Anucha, ศุภชัย:Supachai, กิตติ:Kitti",
        f="สุภาพร:Supaporn, นภัสสร:Napatsorn, พิมพ์ชนก:Pimchanok, กัญญา:Kanya, ศิริพร:Siriporn, อรทัย:Orathai, ปวีณา:Paweena, ชนิดา:Chanida",
        s="ใจดี:Jaidee, ศรีสุข:Srisuk, สุขสวัสดิ์:Suksawat, วงศ์สวัสดิ์:Wongsawat, รัตนพันธ์:Rattanaphan, ทองดี:Thongdee, แสงทอง:Saengthong, บุญมา:Boonma, พรหมมา:Phromma, จันทร์เพ็ญ:Chanphen",
        mail="gmail.com hotmail.com outlook.co.th",
    ),
    "indonesian": dict(
        langs="id",
        m="Budi, Agus, Rizky, Dimas, Fajar, Andi, Hendra, Bayu",
        f="Siti, Dewi, Putri, Ayu, Rina, Nurul, Indah, Fitri",
        s="Santoso, Wijaya, Saputra, Hidayat, Pratama, Kusuma, Nugroho, Setiawan, Halim, Siregar, Simanjuntak, Lubis",
        mail="gmail.com yahoo.co.id",
    ),
    "filipino": dict(
        langs="tl",
        m="Mark Anthony, Paolo, Carlo, Jericho, Rommel, Angelo, Jomar, Ramil",
        f="Maria Cristina, Kristine, Jasmine, Angelica, Maricel, Rowena, Camille, Bea",
        s="Santos, Reyes, Cruz, Bautista, Dela Cruz, Garcia, Mendoza, Villanueva, Aquino, Ramos, Castillo, Manalo",
        mail="gmail.com yahoo.com.ph",
    ),
    "yoruba": dict(
        m="Oluwaseun, Adebayo, Babatunde, Olumide, Femi, Tunde, Kayode, Segun",
        f="Folake, Funmilayo, Temitope, Bukola, Yetunde, Titilayo, Omolara, Damilola",
        s="Adeyemi, Ogunleye, Oladipo, Balogun, Ogundipe, Akinola, Olatunji, Adewale, Fashola, Oyelaran",
        mail="gmail.com yahoo.com",
    ),
    "igbo": dict(
        m="Chukwuemeka, Obinna, Ikenna, Chinedu, Emeka, Nnamdi, Uchenna, Kelechi",
        f="Chiamaka, Ngozi, Adaeze, Nkechi, Chidinma, Ifeoma, Amarachi, Oluchi",
        s="Okafor, Okeke, Nwosu, Eze, Obi, Okonkwo, Nwankwo, Chukwu, Onyeka, Ibekwe",
        mail="gmail.com yahoo.com",
    ),
    "swahili": dict(
        langs="sw",
        m="Baraka, Juma, Otieno, Kamau, Omondi, Kiprono, Hamisi, Mwinyi",
        f="Wanjiru, Akinyi, Amani, Neema, Zawadi, Achieng, Wambui, Rehema",
        s="Mwangi, Njoroge, Ochieng, Mutua, Kariuki, Wanjala, Kimani, Onyango, Mbwana, Chepkoech, Mollel, Kisanga",
        mail="gmail.com yahoo.com",
    ),
    "amharic": dict(
        langs="am",
        m="አበበ:Abebe, ዳዊት:Dawit, ሰለሞን:Solomon, ዮሐንስ:Yohannes, ተስፋዬ:Tesfaye, ብርሃኑ:Birhanu, ሄኖክ:Henok, ሚካኤል:Mikael",
        f="ትዕግስት:Tigist, መሰረት:Meseret, ሰላም:Selam, ቤተልሔም:Bethlehem, ሃና:Hana, ራሄል:Rahel, ፋሲካ:Fasika, ሄለን:Helen",
        s="በቀለ:Bekele, ተክሌ:Tekle, ሀይሌ:Haile, ታደሰ:Tadesse, አለሙ:Alemu, ግርማ:Girma, ከበደ:Kebede, ደምሴ:Demisse, ወልዱ:Woldu, አሰፋ:Assefa",
        mail="gmail.com yahoo.com ethionet.et",
    ),
    "georgian": dict(
        langs="ka",
        m="გიორგი:Giorgi, ლევან:Levan, დავით:Davit, ნიკა:Nika, ირაკლი:Irakli, ლაშა:Lasha, ზურაბ:Zurab, ბექა:Beka",
        f="ნინო:Nino, თამარ:Tamar, მარიამ:Mariam, ანა:Ana, ეკატერინე:Ekaterine, სალომე:Salome, ნატო:Nato, ქეთევან:Ketevan",
        s="ბერიძე:Beridze, მამალაძე:Mamaladze, კაპანაძე:Kapanadze, გელაშვილი:Gelashvili, ლომიძე:Lomidze, ჯაფარიძე:Japaridze, ხარაიშვილი:Kharaishvili, ნოზაძე:Nozadze, ტაბატაძე:Tabatadze, ცერცვაძე:Tsertsvadze",
        mail="gmail.com mail.ru",
    ),
    "armenian": dict(
        langs="hy",
        m="Արամ:Aram, Տիգրան:Tigran, Դավիթ:Davit, Արմեն:Armen, Գոռ:Gor, Հայկ:Hayk, Նարեկ:Narek, Վահե:Vahe",
        f="Անի:Ani, Լիլիթ:Lilit, Նարինե:Narine, Մարիամ:Mariam, Անահիտ:Anahit, Սոնա:Sona, Գայանե:Gayane, Արփի:Arpi",
        s="Պետրոսյան:Petrosyan, Հովհաննիսյան:Hovhannisyan, Սարգսյան:Sargsyan, Գրիգորյան:Grigoryan, Խաչատրյան:Khachatryan, Ավետիսյան:Avetisyan, Մկրտչյան:Mkrtchyan, Հարությունյան:Harutyunyan, Վարդանյան:Vardanyan, Ղազարյան:Ghazaryan",
        mail="gmail.com mail.ru yandex.ru",
    ),
    "serbian": dict(
        m="Nikola, Stefan, Marko, Miloš, Nemanja, Vuk, Dušan, Lazar",
        f="Jelena, Milica, Jovana, Dragana, Ivana, Marija, Teodora, Snežana",
        s="Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Stanković, Pavlović, Popović, Kovačević, Todorović",
        mail="gmail.com yahoo.com eunet.rs",
    ),
    "icelandic": dict(
        m="Jón, Sigurður, Guðmundur, Gunnar, Ólafur, Einar, Kristján, Bjarni",
        f="Guðrún, Sigríður, Kristín, Helga, Margrét, Sigrún, Ingibjörg, Steinunn",
        s="Jónsson/Jónsdóttir, Sigurðsson/Sigurðardóttir, Guðmundsson/Guðmundsdóttir, Gunnarsson/Gunnarsdóttir, Ólafsson/Ólafsdóttir, Einarsson/Einarsdóttir, Kristjánsson/Kristjánsdóttir, Magnússon/Magnúsdóttir",
        mail="gmail.com simnet.is internet.is",
    ),
    "pakistani": dict(
        langs="ur",
        m="عثمان:Usman, بلال:Bilal, حمزہ:Hamza, فیصل:Faisal, کامران:Kamran, زین:Zain, عاطف:Atif, دانیال:Daniyal",
        f="عائشہ:Ayesha, سدرہ:Sidra, ماہ نور:Mahnoor, حرا:Hira, زینب:Zainab, مہوش:Mahwish, ثنا:Sana, رابعہ:Rabia",
        s="خان:Khan, بٹ:Butt, چوہدری:Chaudhry, قریشی:Qureshi, ملک:Malik, شیخ:Sheikh, مرزا:Mirza, اعوان:Awan, راجپوت:Rajput, ہاشمی:Hashmi",
        mail="gmail.com yahoo.com hotmail.com",
    ),
    "malay": dict(
        langs="ms",
        m="Ahmad Faiz, Muhammad Hafiz, Amirul, Syafiq, Azlan, Hakim, Faris, Irfan",
        f="Nur Aisyah, Siti Aminah, Farah, Aina, Izzati, Syazwani, Nabila, Hani",
        s="bin Ismail/binti Ismail, bin Rahman/binti Rahman, bin Hassan/binti Hassan, bin Osman/binti Osman, bin Yusof/binti Yusof, bin Ahmad/binti Ahmad, bin Salleh/binti Salleh, bin Kamarudin/binti Kamarudin",
        mail="gmail.com yahoo.com.my",
    ),
    "afrikaans": dict(
        m="Johan, Pieter, Hendrik, Willem, Jacques, Francois, Ruan, Deon",
        f="Anri, Elna, Marelize, Annelie, Liezl, Carla, Ilse, Riana",
        s="van der Merwe, Botha, Pretorius, du Plessis, Nel, van Wyk, Coetzee, Venter, Steyn, Fourie, Viljoen, Swanepoel",
        mail="gmail.com mweb.co.za telkomsa.net",
    ),
}

# given names that are also ordinary or technical words (used where they ARE people)
WORD_NAMES = {
    "m": [
        "Will",
        "Mark",
        "Hunter",
        "Chase",
        "Bill",
        "Frank",
        "Jack",
        "Drew",
        "Ray",
        "Dale",
        "Cliff",
        "Glen",
        "Max",
        "Art",
        "Rusty",
        "Miles",
        "Sterling",
        "Mason",
        "Hank",
        "Grant",
        "Wade",
        "Lance",
    ],
    "f": [
        "Grace",
        "Rose",
        "Jade",
        "Ruby",
        "Julia",
        "Ada",
        "Faith",
        "Hope",
        "Joy",
        "Summer",
        "Amber",
        "Dawn",
        "Holly",
        "Ivy",
        "Iris",
        "Daisy",
        "Crystal",
        "Pearl",
        "Violet",
        "Robin",
        "Penny",
        "Autumn",
        "Heather",
        "Olive",
    ],
}

EN_CULTURES = (
    ["english_us"] * 7
    + ["english_uk"] * 3
    + ["irish"]
    + [c for c in NAMES if c not in ("english_us", "english_uk", "irish")]
)

LANG_CULTURES = {
    "de": ["german"] * 5 + ["turkish", "polish"],
    "fr": ["french"] * 5 + ["arabic", "portuguese"],
    "es": ["spanish", "spanish", "mexican", "argentine"],
    "pt": ["portuguese", "brazilian", "brazilian"],
    "it": ["italian"] * 5 + ["romanian"],
    "nl": ["dutch"] * 5 + ["turkish"],
    "pl": ["polish"],
    "cs": ["czech"],
    "sv": ["swedish"] * 5 + ["finnish"],
    "da": ["danish"],
    "nb": ["norwegian"],
    "fi": ["finnish"],
    "hu": ["hungarian"],
    "ro": ["romanian"],
    "el": ["greek"],
    "tr": ["turkish"],
    "ru": ["russian"],
    "uk": ["ukrainian"],
    "ar": ["arabic"],
    "he": ["hebrew"],
    "fa": ["persian"],
    "hi": ["hindi"],
    "bn": ["bengali"],
    "ta": ["tamil"],
    "zh": ["chinese"],
    "ja": ["japanese"],
    "ko": ["korean"],
    "vi": ["vietnamese"],
    "th": ["thai"],
    "id": ["indonesian"],
    "sw": ["swahili"],
    "tl": ["filipino"],
    "ur": ["pakistani"],
    "ms": ["malay"],
}

# ---------------------------------------------------------------------------
# locales: template language -> countries used for phones, addresses, documents
# ---------------------------------------------------------------------------

LOCALES = {
    "en": ["US"] * 8 + ["GB"] * 3 + ["CA", "AU", "IE", "IN", "NG", "ZA", "SG", "NZ"],
    "de": ["DE", "DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "FR", "BE"],
    "es": ["ES", "ES", "MX", "AR", "CO"],
    "pt": ["PT", "BR", "BR"],
    "it": ["IT"],
    "nl": ["NL", "NL", "BE"],
    "pl": ["PL"],
    "cs": ["CZ"],
    "sv": ["SE"],
    "da": ["DK"],
    "nb": ["NO"],
    "fi": ["FI"],
    "hu": ["HU"],
    "ro": ["RO"],
    "el": ["GR"],
    "tr": ["TR"],
    "ru": ["RU"],
    "uk": ["UA"],
    "ar": ["SA", "AE", "EG"],
    "he": ["IL"],
    "fa": ["IR"],
    "hi": ["IN"],
    "bn": ["BD"],
    "ta": ["IN"],
    "zh": ["CN", "CN", "CN", "TW"],
    "ja": ["JP"],
    "ko": ["KR"],
    "vi": ["VN"],
    "th": ["TH"],
    "id": ["ID"],
    "sw": ["KE", "TZ"],
    "tl": ["PH"],
    "ur": ["PK"],
    "ms": ["MY"],
}

# '#' digit, '%' digit 1-9, '&' digit 2-9, '^' letter
PHONE_FORMATS = {
    "US": [
        "+1 (&##) &##-####",
        "(&##) &##-####",
        "&##-&##-####",
        "+1&##&######",
        "&##.&##.####",
        "+1 &##-&##-####",
        "1-&##-&##-####",
    ],
    "CA": ["+1 (&##) &##-####", "&##-&##-####", "+1 &## &## ####"],
    "GB": [
        "+44 7%## ######",
        "07%## ######",
        "+44 (0)7%## ######",
        "+44 20 3### ####",
        "0161 %## ####",
        "+447%########",
        "0113 4## ####",
    ],
    "IE": ["+353 8% ### ####", "08% ### ####", "+353 1 %## ####"],
    "AU": ["+61 4%# ### ###", "04%# ### ###", "(02) 9### ####", "+61 3 9### ####"],
    "NZ": ["+64 2% ### ####", "02% ### ####", "+64 9 %## ####"],
    "IN": [
        "+91 9#### #####",
        "+91 8#### #####",
        "09#### #####",
        "7#########",
        "+91-98###-#####",
        "+91 80 4### ####",
    ],
    "NG": ["+234 803 ### ####", "0803 ### ####", "+234 81% ### ####", "0706 ### ####"],
    "ZA": ["+27 82 ### ####", "082 ### ####", "+27 21 ### ####", "073 ### ####"],
    "SG": ["+65 9### ####", "+65 8### ####", "9### ####", "+65 6### ####"],
    "DE": [
        "+49 15% #######",
        "015% ########",
        "+49 30 ########",
        "030 #######",
        "+49 (0)89 #######",
        "+49 17% ########",
        "0176 ########",
        "+4915%########",
    ],
    "AT": ["+43 664 #######", "0664 ### ####", "+43 1 ### ####"],
    "CH": ["+41 7% ### ## ##", "07% ### ## ##", "+41 44 ### ## ##"],
    "FR": [
        "+33 6 ## ## ## ##",
        "06 ## ## ## ##",
        "06.##.##.##.##",
        "+33 7 ## ## ## ##",
        "01 ## ## ## ##",
        "+336########",
        "07 ## ## ## ##",
    ],
    "BE": ["+32 47% ## ## ##", "047% ## ## ##", "+32 2 ### ## ##"],
    "ES": ["+34 6## ### ###", "6## ## ## ##", "91 ### ## ##", "+34 93 ### ## ##", "6########"],
    "MX": ["+52 55 #### ####", "55 #### ####", "+52 1 33 #### ####", "(81) #### ####"],
    "AR": ["+54 9 11 ####-####", "11 ####-####", "+54 9 351 ###-####"],
    "CO": ["+57 3## ### ####", "3## #######", "+57 601 ### ####"],
    "PT": ["+351 9%# ### ###", "9%# ### ###", "+351 21 ### ####"],
    "BR": [
        "+55 11 9####-####",
        "(11) 9####-####",
        "(21) &###-####",
        "+55 (31) 9####-####",
        "11 9########",
        "+5511 9####-####",
    ],
    "IT": [
        "+39 3%# ### ####",
        "3%# #######",
        "+39 02 #### ####",
        "06 ########",
        "+39 3%#-###-####",
    ],
    "NL": ["+31 6 ########", "06-########", "06 ## ## ## ##", "020-#######", "+31 (0)6 ########"],
    "PL": ["+48 5## ### ###", "5##-###-###", "+48 6## ### ###", "22 ### ## ##", "+48 7## ### ###"],
    "CZ": ["+420 6## ### ###", "7## ### ###", "+420 2## ### ###"],
    "SE": ["+46 7% ### ## ##", "07%-### ## ##", "08-### ### ##", "+46 8 ### ### ##"],
    "DK": ["+45 %# ## ## ##", "%# ## ## ##", "+45 %#######"],
    "NO": ["+47 4## ## ###", "9## ## ###", "+47 9## ## ###"],
    "FI": ["+358 4% ### ####", "04% ### ####", "+358 50 ### ####", "09 ### ####"],
    "HU": [
        "+36 30 ### ####",
        "06 30 ### ####",
        "+36 20 ### ####",
        "06-1-###-####",
        "+36 70 ### ####",
    ],
    "RO": ["+40 7%# ### ###", "07%# ### ###", "+40 21 ### ####", "07%#######"],
    "GR": ["+30 69% ### ####", "69% ### ####", "+30 210 ### ####", "210 #######"],
    "TR": [
        "+90 5%# ### ## ##",
        "05%# ### ## ##",
        "0(5%#) ### ## ##",
        "+90 212 ### ## ##",
        "5%#########",
    ],
    "RU": [
        "+7 (9%#) ###-##-##",
        "8 9%# ### ## ##",
        "+79%########",
        "+7 495 ###-##-##",
        "8 (9%#) ###-##-##",
    ],
    "UA": [
        "+380 6% ### ####",
        "06% ### ## ##",
        "+380 9% ### ## ##",
        "+3809%#######",
        "044 ### ## ##",
    ],
    "SA": ["+966 5% ### ####", "05% ### ####", "+9665%#######", "011 ### ####"],
    "AE": ["+971 5% ### ####", "05% ### ####", "+971 4 ### ####"],
    "EG": ["+20 1% #### ####", "01% #### ####", "+20 2 #### ####"],
    "IL": ["+972 5%-###-####", "05%-###-####", "05%#######", "+972 3-###-####"],
    "IR": ["+98 9%# ### ####", "09%# ### ####", "021 #### ####"],
    "BD": ["+880 17##-######", "017## ######", "+880 1%## ######"],
    "PK": ["+92 3## #######", "03##-#######", "+92 42 ### #####"],
    "CN": [
        "+86 13% #### ####",
        "13%########",
        "13%-####-####",
        "+86 18% #### ####",
        "010-########",
        "021-########",
        "+8615%########",
    ],
    "TW": ["+886 9## ### ###", "09##-###-###", "02-####-####"],
    "JP": [
        "090-####-####",
        "080-####-####",
        "+81 90-####-####",
        "03-####-####",
        "+81-80-####-####",
        "06-####-####",
        "070-####-####",
    ],
    "KR": [
        "010-####-####",
        "+82 10-####-####",
        "010 #### ####",
        "02-###-####",
        "+82-10-####-####",
        "031-###-####",
    ],
    "VN": ["+84 9# ### ## ##", "09# ### ####", "+84 3# ### ####", "03########", "028 #### ####"],
    "TH": ["+66 8# ### ####", "08#-###-####", "+66 9# ### ####", "02-###-####", "06#-###-####"],
    "ID": [
        "+62 812-####-####",
        "0812-####-####",
        "+62 813 #### ####",
        "0857 #### ####",
        "(021) ### ####",
    ],
    "KE": ["+254 7## ### ###", "07## ######", "+254 1## ### ###"],
    "TZ": ["+255 7## ### ###", "07## ### ###"],
    "PH": ["+63 9## ### ####", "09## ### ####", "(02) 8### ####"],
    "MY": ["+60 1%-### ####", "01%-### ####", "+60 3-#### ####"],
}

# addresses: fmt / street_fmt use {n} {n2} {street} {area} {city} {zip} {region}
# and inline {#k} (k digits) / {^k} (k letters); zip patterns use # % ^
ADDRESSES = {
    "US": dict(
        street=[
            "Maple Ave",
            "Oak St",
            "Cedar Ln",
            "Pine Ridge Rd",
            "Elm St",
            "Lakeview Dr",
            "Willow Creek Ct",
            "Highland Ave",
            "Chestnut St",
            "Magnolia Way",
            "Birch Rd",
            "Sycamore Dr",
            "Hillcrest Blvd",
            "Meadowbrook Ln",
            "Fairview Ave",
            "Linden St",
        ],
        city=[
            ("Portland", "972##", "OR"),
            ("Austin", "787##", "TX"),
            ("Columbus", "432##", "OH"),
            ("Denver", "802##", "CO"),
            ("Raleigh", "276##", "NC"),
            ("Sacramento", "958##", "CA"),
            ("Madison", "537##", "WI"),
            ("Tampa", "336##", "FL"),
            ("Boise", "837##", "ID"),
            ("Albany", "122##", "NY"),
            ("Tucson", "857##", "AZ"),
            ("Omaha", "681##", "NE"),
            ("Richmond", "232##", "VA"),
            ("Spokane", "992##", "WA"),
        ],
        fmt=[
            "{n}{#1} {street}, {city}, {region} {zip}",
            "{n}{#2} {street} Apt {n2}, {city}, {region} {zip}",
            "{n}{#1} {street} #{n2}{^1}, {city}, {region} {zip}",
            "{n}{#2} {street}, Unit {n2}, {city} {region} {zip}",
            "{n} {street}, {city}, {region} {zip}",
        ],
        street_fmt=["{n}{#1} {street}", "{n}{#2} {street} Apt {n2}", "{n} {street}"],
    ),
    "CA": dict(
        street=[
            "Maple Street",
            "Queen St W",
            "Rue Saint-Denis",
            "Bloor St E",
            "Oak Bay Ave",
            "Birchmount Rd",
            "Elgin Street",
            "Kingsway",
        ],
        city=[
            ("Toronto", "M%^ #^#", "ON"),
            ("Montréal", "H%^ #^#", "QC"),
            ("Vancouver", "V%^ #^#", "BC"),
            ("Ottawa", "K%^ #^#", "ON"),
            ("Calgary", "T%^ #^#", "AB"),
            ("Halifax", "B%^ #^#", "NS"),
        ],
        fmt=[
            "{n}{#1} {street}, {city}, {region} {zip}",
            "{n2}-{n}{#1} {street}, {city}, {region} {zip}",
            "Apt {n2}, {n}{#1} {street}, {city} {region} {zip}",
        ],
        street_fmt=["{n}{#1} {street}", "{n2}-{n}{#1} {street}"],
    ),
    "GB": dict(
        street=[
            "Elm Grove",
            "Church Lane",
            "Victoria Road",
            "Station Road",
            "Mill Lane",
            "Queens Road",
            "Albert Street",
            "Cavendish Avenue",
            "Beech Close",
            "Hawthorn Drive",
            "Windsor Terrace",
            "Orchard Way",
        ],
        city=[
            ("Leeds", "LS% %^^"),
            ("Manchester", "M%# %^^"),
            ("Bristol", "BS% %^^"),
            ("Glasgow", "G%# %^^"),
            ("Cardiff", "CF%# %^^"),
            ("Nottingham", "NG% %^^"),
            ("Brighton", "BN% %^^"),
            ("Sheffield", "S%# %^^"),
            ("London", "N% %^^"),
            ("London", "SE%# %^^"),
        ],
        fmt=[
            "{n} {street}, {city} {zip}",
            "Flat {n2}, {n} {street}, {city} {zip}",
            "{n} {street}, {area}, {city}, {zip}",
            "{n2}{^1} {street}, {city} {zip}",
        ],
        area=[
            "Headingley",
            "Didsbury",
            "Clifton",
            "Roath",
            "Kemptown",
            "Ecclesall",
            "Stoke Newington",
            "Peckham",
        ],
        street_fmt=["{n} {street}", "Flat {n2}, {n} {street}"],
    ),
    "IE": dict(
        street=[
            "Main Street",
            "Griffith Avenue",
            "Rathgar Road",
            "Seafield Crescent",
            "Ashbrook Drive",
            "Castle Park",
        ],
        city=[
            ("Dublin 9", "D09 ^%^#"),
            ("Dublin 6", "D06 ^%^#"),
            ("Cork", "T12 ^%^#"),
            ("Galway", "H91 ^%^#"),
            ("Limerick", "V94 ^%^#"),
        ],
        fmt=["{n} {street}, {city}, {zip}", "Apt {n2}, {n} {street}, {city} {zip}"],
        street_fmt=["{n} {street}"],
    ),
    "AU": dict(
        street=[
            "Bourke St",
            "Glenferrie Rd",
            "Oxford St",
            "Beach Rd",
            "Wattle Ave",
            "Banksia Cres",
            "Station St",
            "King William St",
        ],
        city=[
            ("Fitzroy", "3065", "VIC"),
            ("Paddington", "2021", "NSW"),
            ("Newtown", "2042", "NSW"),
            ("Brunswick", "3056", "VIC"),
            ("Fremantle", "6160", "WA"),
            ("Toowong", "4066", "QLD"),
            ("Norwood", "5067", "SA"),
        ],
        fmt=[
            "{n} {street}, {city} {region} {zip}",
            "{n2}/{n} {street}, {city} {region} {zip}",
            "Unit {n2}, {n} {street}, {city}, {region} {zip}",
        ],
        street_fmt=["{n} {street}", "{n2}/{n} {street}"],
    ),
    "NZ": dict(
        street=["Ponsonby Road", "Cuba Street", "Riccarton Road", "Dominion Road", "Karaka Street"],
        city=[
            ("Auckland", "10##"),
            ("Wellington", "60##"),
            ("Christchurch", "80##"),
            ("Hamilton", "32##"),
        ],
        fmt=["{n} {street}, {city} {zip}", "{n2}/{n} {street}, {city} {zip}"],
        street_fmt=["{n} {street}"],
    ),
    "IN": dict(
        street=[
            "MG Road",
            "Linking Road",
            "Anna Salai",
            "Nehru Nagar Main Road",
            "100 Feet Road",
            "Park Street",
            "Sector 21 Road",
            "SV Road",
        ],
        area=[
            "Indiranagar",
            "Koramangala",
            "Bandra West",
            "Andheri East",
            "T. Nagar",
            "Salt Lake",
            "Gachibowli",
            "Vasant Kunj",
            "Kothrud",
        ],
        city=[
            ("Bengaluru", "5600##"),
            ("Mumbai", "4000##"),
            ("Chennai", "6000##"),
            ("Kolkata", "7000##"),
            ("Hyderabad", "5000##"),
            ("Pune", "4110##"),
            ("New Delhi", "1100##"),
        ],
        fmt=[
            "Flat {n2}{#2}, {^1} Wing, {street}, {area}, {city} {zip}",
            "No. {n}, {n2}th Cross, {area}, {city} - {zip}",
            "House No. {n}, {street}, {area}, {city} {zip}",
            "{n2}/{n}, {street}, {area}, {city} {zip}",
        ],
        street_fmt=[
            "Flat {n2}{#2}, {street}",
            "No. {n}, {n2}th Cross, {area}",
            "House No. {n}, {street}",
        ],
    ),
    "NG": dict(
        street=[
            "Adeola Odeku Street",
            "Admiralty Way",
            "Allen Avenue",
            "Awolowo Road",
            "Aminu Kano Crescent",
            "Ogui Road",
        ],
        area=["Victoria Island", "Lekki Phase 1", "Ikeja", "Ikoyi", "Wuse 2", "Surulere"],
        city=[
            ("Lagos", "1000##", "Lagos State"),
            ("Abuja", "9000##", "FCT"),
            ("Enugu", "4000##", "Enugu State"),
        ],
        fmt=[
            "{n} {street}, {area}, {city}",
            "Plot {n}, {street}, {area}, {city}, {region}",
            "Flat {n2}, {n} {street}, {area}, {city}",
        ],
        street_fmt=["{n} {street}", "Plot {n}, {street}"],
    ),
    "ZA": dict(
        street=[
            "Jan Smuts Avenue",
            "Long Street",
            "Kloof Street",
            "Oxford Road",
            "Main Road",
            "Beach Road",
        ],
        area=["Parkhurst", "Gardens", "Rosebank", "Sea Point", "Observatory", "Durbanville"],
        city=[
            ("Johannesburg", "2###"),
            ("Cape Town", "8###"),
            ("Durban", "4###"),
            ("Pretoria", "0###"),
        ],
        fmt=[
            "{n} {street}, {area}, {city}, {zip}",
            "Unit {n2}, {n} {street}, {area}, {city} {zip}",
        ],
        street_fmt=["{n} {street}", "Unit {n2}, {n} {street}"],
    ),
    "SG": dict(
        street=[
            "Ang Mo Kio Avenue 3",
            "Tampines Street 81",
            "Jurong West Street 42",
            "Bedok North Road",
            "Toa Payoh Lorong 1",
            "Punggol Field",
        ],
        city=[("Singapore", "5#####"), ("Singapore", "3#####"), ("Singapore", "6#####")],
        fmt=[
            "Blk {n}{#1} {street}, #{#2}-{#3}, {city} {zip}",
            "{n} {street}, #{#2}-{#2}, {city} {zip}",
        ],
        street_fmt=["Blk {n}{#1} {street}, #{#2}-{#3}"],
    ),
    "DE": dict(
        street=[
            "Lindenstraße",
            "Hauptstraße",
            "Schillerstraße",
            "Goethestraße",
            "Bahnhofstraße",
            "Gartenweg",
            "Am Mühlbach",
            "Kastanienallee",
            "Bergstraße",
            "Rosenweg",
            "Friedrichstraße",
            "Uhlandstraße",
            "Eichendorffweg",
            "Kirchgasse",
        ],
        city=[
            ("Berlin", "10###"),
            ("München", "80###"),
            ("Hamburg", "20###"),
            ("Köln", "50###"),
            ("Leipzig", "04###"),
            ("Stuttgart", "70###"),
            ("Dresden", "01###"),
            ("Freiburg im Breisgau", "791##"),
            ("Bremen", "28###"),
            ("Nürnberg", "90###"),
        ],
        fmt=[
            "{street} {n}, {zip} {city}",
            "{street} {n}{^1}, {zip} {city}",
            "{street} {n2}, {zip} {city}",
            "{street} {n}, {n2}. OG, {zip} {city}",
        ],
        street_fmt=["{street} {n}", "{street} {n2}{^1}"],
    ),
    "AT": dict(
        street=[
            "Mariahilfer Straße",
            "Landstraßer Hauptstraße",
            "Herrengasse",
            "Lerchenfelder Gürtel",
            "Annenstraße",
        ],
        city=[
            ("Wien", "1###"),
            ("Graz", "80##"),
            ("Linz", "40##"),
            ("Salzburg", "50##"),
            ("Innsbruck", "60##"),
        ],
        fmt=[
            "{street} {n}/{n2}, {zip} {city}",
            "{street} {n}, {zip} {city}",
            "{street} {n}/Stiege {#1}/Top {n2}, {zip} {city}",
        ],
        street_fmt=["{street} {n}/{n2}", "{street} {n}"],
    ),
    "CH": dict(
        street=[
            "Bahnhofstrasse",
            "Seefeldstrasse",
            "Rue de Lausanne",
            "Via Nassa",
            "Langstrasse",
            "Gerechtigkeitsgasse",
        ],
        city=[
            ("Zürich", "80##"),
            ("Bern", "30##"),
            ("Basel", "40##"),
            ("Genève", "12##"),
            ("Lugano", "69##"),
        ],
        fmt=["{street} {n}, {zip} {city}", "{street} {n2}{^1}, CH-{zip} {city}"],
        street_fmt=["{street} {n}"],
    ),
    "FR": dict(
        street=[
            "rue des Lilas",
            "avenue Jean Jaurès",
            "rue Victor Hugo",
            "boulevard Voltaire",
            "rue de la République",
            "impasse des Tilleuls",
            "chemin des Vignes",
            "allée des Peupliers",
            "rue Pasteur",
            "place du Marché",
            "rue du Faubourg Saint-Antoine",
            "quai de la Loire",
        ],
        city=[
            ("Lyon", "6900%"),
            ("Paris", "750##"),
            ("Marseille", "130##"),
            ("Toulouse", "31000"),
            ("Nantes", "44000"),
            ("Lille", "59000"),
            ("Bordeaux", "33000"),
            ("Rennes", "35000"),
            ("Montpellier", "34000"),
            ("Strasbourg", "67000"),
        ],
        fmt=[
            "{n} {street}, {zip} {city}",
            "{n} bis {street}, {zip} {city}",
            "{n} {street}, Bât. {^1}, {zip} {city}",
            "{n} {street}, appt {n2}, {zip} {city}",
        ],
        street_fmt=["{n} {street}", "{n} bis {street}"],
    ),
    "BE": dict(
        street=[
            "Rue Royale",
            "Kerkstraat",
            "Avenue Louise",
            "Meir",
            "Chaussée de Waterloo",
            "Stationsstraat",
            "Rue des Bouchers",
            "Veldstraat",
        ],
        city=[
            ("Bruxelles", "10##"),
            ("Antwerpen", "20##"),
            ("Gent", "90##"),
            ("Liège", "40##"),
            ("Leuven", "3000"),
            ("Namur", "5000"),
        ],
        fmt=[
            "{street} {n}, {zip} {city}",
            "{street} {n} bus {n2}, {zip} {city}",
            "{street} {n}/{n2}, {zip} {city}",
        ],
        street_fmt=["{street} {n}", "{street} {n} bus {n2}"],
    ),
    "ES": dict(
        street=[
            "Calle Mayor",
            "Calle de Alcalá",
            "Avenida de la Constitución",
            "Calle Real",
            "Paseo de Gracia",
            "Calle San Vicente",
            "Carrer de Mallorca",
            "Calle Larios",
            "Avenida del Puerto",
            "Calle del Olmo",
        ],
        city=[
            ("Madrid", "280##"),
            ("Barcelona", "080##"),
            ("Valencia", "460##"),
            ("Sevilla", "410##"),
            ("Málaga", "290##"),
            ("Bilbao", "480##"),
            ("Zaragoza", "500##"),
        ],
        fmt=[
            "{street} {n}, {n2}º {^1}, {zip} {city}",
            "{street}, {n}, {zip} {city}",
            "{street} {n}, {#1}º {#1}ª, {zip} {city}",
            "{street} {n}, bajo, {zip} {city}",
        ],
        street_fmt=["{street} {n}, {n2}º {^1}", "{street}, {n}"],
    ),
    "MX": dict(
        street=[
            "Av. Insurgentes Sur",
            "Calle Durango",
            "Av. Revolución",
            "Calle Amsterdam",
            "Av. Chapultepec",
            "Calle Morelos",
        ],
        area=["Roma Norte", "Condesa", "Del Valle", "Narvarte", "Polanco", "Centro"],
        city=[
            ("Ciudad de México", "0#%##", "CDMX"),
            ("Guadalajara", "44###", "Jal."),
            ("Monterrey", "64###", "N.L."),
            ("Puebla", "72###", "Pue."),
        ],
        fmt=[
            "{street} {n}, Col. {area}, {zip} {city}, {region}",
            "{street} {n} Int. {n2}, Col. {area}, C.P. {zip}, {city}",
        ],
        street_fmt=["{street} {n}", "{street} {n} Int. {n2}"],
    ),
    "AR": dict(
        street=[
            "Av. Corrientes",
            "Av. Santa Fe",
            "Calle Thames",
            "Av. Rivadavia",
            "Calle Gurruchaga",
            "Bv. San Juan",
        ],
        city=[
            ("CABA", "C14##^^^"),
            ("Córdoba", "X50##^^^"),
            ("Rosario", "S20##^^^"),
            ("Mendoza", "M55##^^^"),
        ],
        fmt=["{street} {n}{#1}, {n2}º {^1}, {zip} {city}", "{street} {n}{#2}, piso {n2}, {city}"],
        street_fmt=["{street} {n}{#1}, {n2}º {^1}"],
    ),
    "CO": dict(
        street=["Calle 93", "Carrera 15", "Calle 72", "Carrera 7", "Avenida 68", "Calle 10"],
        city=[("Bogotá", "1100##"), ("Medellín", "0500##"), ("Cali", "7600##")],
        fmt=["{street} # {n2}-{#2}, Apto {n}{#1}, {city}", "{street} # {n2}-{#2}, {city}"],
        street_fmt=["{street} # {n2}-{#2}"],
    ),
    "PT": dict(
        street=[
            "Rua Augusta",
            "Avenida da Liberdade",
            "Rua de Santa Catarina",
            "Rua das Flores",
            "Travessa do Carmo",
            "Avenida da Boavista",
        ],
        city=[
            ("Lisboa", "1###-###"),
            ("Porto", "4###-###"),
            ("Braga", "47##-###"),
            ("Coimbra", "30##-###"),
            ("Faro", "80##-###"),
        ],
        fmt=[
            "{street}, {n}, {n2}º Esq., {zip} {city}",
            "{street} {n}, {n2}º Dto, {zip} {city}",
            "{street}, n.º {n}, {zip} {city}",
        ],
        street_fmt=["{street}, {n}, {n2}º Esq.", "{street} {n}"],
    ),
    "BR": dict(
        street=[
            "Rua das Flores",
            "Av. Paulista",
            "Rua Oscar Freire",
            "Rua da Consolação",
            "Av. Brasil",
            "Rua Voluntários da Pátria",
            "Rua XV de Novembro",
            "Av. Sete de Setembro",
        ],
        area=[
            "Jardim Paulista",
            "Pinheiros",
            "Botafogo",
            "Savassi",
            "Moinhos de Vento",
            "Boa Viagem",
            "Vila Mariana",
        ],
        city=[
            ("São Paulo", "0####-###", "SP"),
            ("Rio de Janeiro", "2####-###", "RJ"),
            ("Belo Horizonte", "30###-###", "MG"),
            ("Porto Alegre", "90###-###", "RS"),
            ("Recife", "50###-###", "PE"),
            ("Curitiba", "80###-###", "PR"),
        ],
        fmt=[
            "{street}, {n}{#1} - Apto {n2}{#1}, {area}, {city} - {region}, {zip}",
            "{street}, {n} - {area}, {city}/{region} - CEP {zip}",
            "{street} {n}{#1}, apto {n2}, {area}, {city}-{region}, {zip}",
        ],
        street_fmt=["{street}, {n}{#1} - Apto {n2}{#1}", "{street}, {n}"],
    ),
    "IT": dict(
        street=[
            "Via Roma",
            "Via Garibaldi",
            "Corso Vittorio Emanuele II",
            "Via dei Mille",
            "Viale Monza",
            "Via Po",
            "Via del Corso",
            "Via Toledo",
            "Via San Vitale",
        ],
        city=[
            ("Milano", "201##", "MI"),
            ("Roma", "001##", "RM"),
            ("Torino", "101##", "TO"),
            ("Napoli", "801##", "NA"),
            ("Bologna", "401##", "BO"),
            ("Firenze", "501##", "FI"),
            ("Genova", "161##", "GE"),
        ],
        fmt=[
            "{street} {n}, {zip} {city} ({region})",
            "{street} {n}/{^1}, {zip} {city} {region}",
            "{street}, {n} - scala {^1}, int. {n2}, {zip} {city}",
        ],
        street_fmt=["{street} {n}", "{street} {n}/{^1}"],
    ),
    "NL": dict(
        street=[
            "Kerkstraat",
            "Prinsengracht",
            "Dorpsstraat",
            "Molenweg",
            "Van Woustraat",
            "Oudegracht",
            "Laan van Meerdervoort",
            "Bloemstraat",
        ],
        city=[
            ("Amsterdam", "10%# ^^"),
            ("Utrecht", "35%# ^^"),
            ("Rotterdam", "30%# ^^"),
            ("Den Haag", "25%# ^^"),
            ("Eindhoven", "56%# ^^"),
            ("Groningen", "97%# ^^"),
        ],
        fmt=[
            "{street} {n}, {zip} {city}",
            "{street} {n}-{^1}, {zip} {city}",
            "{street} {n} hs, {zip} {city}",
            "{street} {n}-{#1}, {zip} {city}",
        ],
        street_fmt=["{street} {n}", "{street} {n}-{^1}"],
    ),
    "PL": dict(
        street=[
            "ul. Kwiatowa",
            "ul. Marszałkowska",
            "ul. Piotrkowska",
            "al. Jerozolimskie",
            "ul. Długa",
            "ul. Słoneczna",
            "ul. Lipowa",
            "os. Kościuszkowskie",
        ],
        city=[
            ("Warszawa", "0%-###"),
            ("Kraków", "3%-###"),
            ("Łódź", "9%-###"),
            ("Wrocław", "5%-###"),
            ("Gdańsk", "80-###"),
            ("Poznań", "6%-###"),
        ],
        fmt=[
            "{street} {n}/{n2}, {zip} {city}",
            "{street} {n} m. {n2}, {zip} {city}",
            "{street} {n}, {zip} {city}",
        ],
        street_fmt=["{street} {n}/{n2}", "{street} {n} m. {n2}"],
    ),
    "CZ": dict(
        street=[
            "Vinohradská",
            "Národní",
            "Masarykova",
            "Husova",
            "Palackého",
            "Komenského",
            "Nádražní",
        ],
        city=[
            ("Praha 2", "120 00"),
            ("Praha 10", "100 00"),
            ("Brno", "6%# 00"),
            ("Ostrava", "70# 00"),
            ("Plzeň", "301 00"),
        ],
        fmt=["{street} {n}{#1}/{n2}, {zip} {city}", "{street} {n}, {zip} {city}"],
        street_fmt=["{street} {n}{#1}/{n2}", "{street} {n}"],
    ),
    "SE": dict(
        street=[
            "Storgatan",
            "Drottninggatan",
            "Kungsgatan",
            "Vasagatan",
            "Björkvägen",
            "Ringvägen",
            "Götgatan",
        ],
        city=[
            ("Stockholm", "11% ##"),
            ("Göteborg", "41% ##"),
            ("Malmö", "21% ##"),
            ("Uppsala", "75% ##"),
            ("Lund", "22% ##"),
        ],
        fmt=[
            "{street} {n}, {zip} {city}",
            "{street} {n}, lgh 1{#3}, {zip} {city}",
            "{street} {n2}{^1}, {zip} {city}",
        ],
        street_fmt=["{street} {n}", "{street} {n}, lgh 1{#3}"],
    ),
    "DK": dict(
        street=[
            "Nørrebrogade",
            "Vesterbrogade",
            "Jægersborggade",
            "Strandvejen",
            "Østergade",
            "Søndergade",
        ],
        city=[
            ("København N", "2200"),
            ("København V", "1620"),
            ("Aarhus C", "8000"),
            ("Odense C", "5000"),
            ("Aalborg", "9000"),
        ],
        fmt=[
            "{street} {n}, {n2}. th., {zip} {city}",
            "{street} {n}, {zip} {city}",
            "{street} {n}, st. tv., {zip} {city}",
        ],
        street_fmt=["{street} {n}, {n2}. th.", "{street} {n}"],
    ),
    "NO": dict(
        street=["Thereses gate", "Markveien", "Bogstadveien", "Kirkegata", "Storgata", "Skovveien"],
        city=[("Oslo", "0###"), ("Bergen", "50##"), ("Trondheim", "70##"), ("Stavanger", "40##")],
        fmt=["{street} {n}, {zip} {city}", "{street} {n}{^1}, {zip} {city}"],
        street_fmt=["{street} {n}", "{street} {n}{^1}"],
    ),
    "FI": dict(
        street=[
            "Mannerheimintie",
            "Aleksanterinkatu",
            "Hämeenkatu",
            "Kalevankatu",
            "Koivukuja",
            "Itäinen Pitkäkatu",
        ],
        city=[
            ("Helsinki", "00###"),
            ("Tampere", "33###"),
            ("Turku", "20###"),
            ("Espoo", "02###"),
            ("Oulu", "90###"),
        ],
        fmt=[
            "{street} {n} {^1} {n2}, {zip} {city}",
            "{street} {n}, {zip} {city}",
            "{street} {n} as. {n2}, {zip} {city}",
        ],
        street_fmt=["{street} {n} {^1} {n2}", "{street} {n}"],
    ),
    "HU": dict(
        street=[
            "Petőfi Sándor utca",
            "Kossuth Lajos utca",
            "Rákóczi út",
            "Andrássy út",
            "Váci utca",
            "Bartók Béla út",
            "Dózsa György út",
        ],
        city=[
            ("Budapest", "1%%#"),
            ("Debrecen", "40##"),
            ("Szeged", "67##"),
            ("Pécs", "76##"),
            ("Győr", "90##"),
        ],
        fmt=[
            "{zip} {city}, {street} {n}.",
            "{zip} {city}, {street} {n}. {n2}. em. {#1}.",
            "{city}, {street} {n}., {zip}",
        ],
        street_fmt=["{street} {n}.", "{street} {n}. {n2}. em."],
    ),
    "RO": dict(
        street=[
            "Str. Mihai Eminescu",
            "Bd. Unirii",
            "Calea Victoriei",
            "Str. Republicii",
            "Aleea Teilor",
            "Str. Florilor",
        ],
        city=[
            ("București", "0%####"),
            ("Cluj-Napoca", "400###"),
            ("Iași", "700###"),
            ("Timișoara", "300###"),
            ("Brașov", "500###"),
        ],
        fmt=[
            "{street} nr. {n}, bl. {^1}{#1}, ap. {n2}, {city} {zip}",
            "{street} nr. {n}, {city}, {zip}",
            "{street} {n}, sc. {^1}, et. {#1}, ap. {n2}, {zip} {city}",
        ],
        street_fmt=["{street} nr. {n}, bl. {^1}{#1}, ap. {n2}", "{street} nr. {n}"],
    ),
    "GR": dict(
        street=[
            "Ερμού",
            "Πατησίων",
            "Σόλωνος",
            "Αγίου Δημητρίου",
            "Εγνατίας",
            "Βασιλίσσης Σοφίας",
            "Τσιμισκή",
        ],
        city=[
            ("Αθήνα", "1%# ##"),
            ("Θεσσαλονίκη", "54# ##"),
            ("Πάτρα", "26# ##"),
            ("Ηράκλειο", "71# ##"),
        ],
        fmt=["{street} {n}, {zip} {city}", "Οδός {street} {n}, {n2}ος όροφος, {zip} {city}"],
        street_fmt=["{street} {n}", "Οδός {street} {n}"],
    ),
    "TR": dict(
        street=[
            "Atatürk Cad.",
            "Bağdat Cad.",
            "Gül Sok.",
            "Cumhuriyet Cad.",
            "Menekşe Sok.",
            "İnönü Bulvarı",
            "Lale Sok.",
        ],
        area=[
            "Caferağa Mah.",
            "Moda Mah.",
            "Kızılay Mah.",
            "Alsancak Mah.",
            "Bahçelievler Mah.",
            "Nişantaşı",
        ],
        city=[
            ("Kadıköy/İstanbul", "347##"),
            ("Çankaya/Ankara", "06###"),
            ("Konak/İzmir", "35###"),
            ("Nilüfer/Bursa", "16###"),
            ("Beşiktaş/İstanbul", "343##"),
        ],
        fmt=[
            "{area} {street} No: {n} D: {n2}, {zip} {city}",
            "{area}, {street} No:{n}/{n2}, {city} {zip}",
        ],
        street_fmt=["{area} {street} No: {n} D: {n2}", "{street} No:{n}/{n2}"],
    ),
    "RU": dict(
        street=[
            "ул. Ленина",
            "ул. Пушкина",
            "Тверская ул.",
            "пр-т Мира",
            "ул. Садовая",
            "Невский пр.",
            "ул. Гагарина",
            "Ленинградский пр-т",
            "ул. Профсоюзная",
        ],
        city=[
            ("Москва", "1%####"),
            ("Санкт-Петербург", "19####"),
            ("Новосибирск", "630###"),
            ("Екатеринбург", "620###"),
            ("Казань", "420###"),
            ("Нижний Новгород", "603###"),
        ],
        fmt=[
            "{street}, д. {n}, кв. {n2}, {city}, {zip}",
            "{zip}, г. {city}, {street}, д. {n}, корп. {#1}, кв. {n2}",
            "г. {city}, {street}, {n}-{n2}",
        ],
        street_fmt=["{street}, д. {n}, кв. {n2}", "{street}, {n}-{n2}"],
    ),
    "UA": dict(
        street=[
            "вул. Шевченка",
            "вул. Хрещатик",
            "просп. Перемоги",
            "вул. Лесі Українки",
            "вул. Городоцька",
            "вул. Сумська",
        ],
        city=[
            ("Київ", "0####"),
            ("Львів", "79###"),
            ("Харків", "61###"),
            ("Одеса", "65###"),
            ("Дніпро", "49###"),
        ],
        fmt=[
            "{street}, {n}, кв. {n2}, м. {city}, {zip}",
            "{zip}, м. {city}, {street}, буд. {n}, кв. {n2}",
        ],
        street_fmt=["{street}, {n}, кв. {n2}", "{street}, буд. {n}"],
    ),
    "SA": dict(
        street=[
            "شارع الملك فهد",
            "طريق الأمير سلطان",
            "شارع التحلية",
            "شارع العليا",
            "طريق الملك عبدالعزيز",
        ],
        area=["حي النخيل", "حي الملقا", "حي الروضة", "حي السليمانية", "حي الشاطئ"],
        city=[("الرياض", "1####"), ("جدة", "2####"), ("الدمام", "3####")],
        fmt=[
            "{street}، مبنى {n}، {area}، {city} {zip}",
            "{n}{#2} {street}، {area}، {city} {zip}، شقة {n2}",
        ],
        street_fmt=["{street}، مبنى {n}", "{n}{#2} {street}"],
    ),
    "AE": dict(
        street=[
            "Al Wasl Road",
            "Street 14",
            "Jumeirah Beach Road",
            "Al Khail Road",
            "Hamdan Street",
        ],
        area=["Al Barsha 2", "Jumeirah 1", "Dubai Marina", "Al Nahda", "Khalifa City A"],
        city=[("Dubai", ""), ("Abu Dhabi", ""), ("Sharjah", "")],
        fmt=[
            "Villa {n}, {street}, {area}, {city}",
            "Apt {n2}0{#1}, Building {n}, {street}, {area}, {city}",
            "فيلا {n}، {street}، {area}، {city}",
        ],
        street_fmt=["Villa {n}, {street}", "Apt {n2}0{#1}, Building {n}, {street}"],
    ),
    "EG": dict(
        street=[
            "شارع التحرير",
            "شارع جامعة الدول العربية",
            "شارع 9",
            "شارع الهرم",
            "شارع عباس العقاد",
        ],
        area=["الدقي", "المهندسين", "المعادي", "مدينة نصر", "الزمالك"],
        city=[("القاهرة", "11###"), ("الجيزة", "12###"), ("الإسكندرية", "21###")],
        fmt=[
            "{n} {street}، {area}، {city}",
            "{n} {street}، الدور {n2}، شقة {#1}، {area}، {city}",
            "{n} Street {n2}, {area}, Cairo",
        ],
        street_fmt=["{n} {street}", "{n} {street}، الدور {n2}"],
    ),
    "IL": dict(
        street=["הרצל", "דיזנגוף", "רוטשילד", "ז'בוטינסקי", "בן יהודה", "העצמאות", "אבן גבירול"],
        city=[
            ("תל אביב-יפו", "6######"),
            ("חיפה", "3######"),
            ("ירושלים", "9######"),
            ("רמת גן", "52#####"),
            ("באר שבע", "84#####"),
        ],
        fmt=[
            "{street} {n}, דירה {n2}, {city} {zip}",
            "רחוב {street} {n}, {city}",
            "{street} {n}/{n2}, {city}",
        ],
        street_fmt=["{street} {n}, דירה {n2}", "רחוב {street} {n}"],
    ),
    "IR": dict(
        street=[
            "خیابان ولیعصر",
            "خیابان شریعتی",
            "خیابان انقلاب",
            "بلوار کشاورز",
            "خیابان آزادی",
            "کوچه بهار",
        ],
        city=[
            ("تهران", "1#########"),
            ("اصفهان", "81########"),
            ("شیراز", "71########"),
            ("مشهد", "91########"),
        ],
        fmt=[
            "{city}، {street}، پلاک {n}، واحد {n2}",
            "{city}، {street}، کوچه {n2}، پلاک {n}، کد پستی {zip}",
        ],
        street_fmt=["{street}، پلاک {n}، واحد {n2}", "{street}، کوچه {n2}، پلاک {n}"],
    ),
    "BD": dict(
        street=["Road 11", "Road 27", "Satmasjid Road", "Green Road", "Lake Circus Road"],
        area=["Dhanmondi", "Gulshan 2", "Banani", "Mirpur 10", "Uttara Sector 7"],
        city=[("Dhaka", "12##"), ("Chattogram", "4###")],
        fmt=[
            "House {n}, {street}, {area}, {city} {zip}",
            "Flat {#1}{^1}, House {n}, {street}, {area}, {city}-{zip}",
            "বাড়ি {n}, {street}, {area}, ঢাকা {zip}",
        ],
        street_fmt=["House {n}, {street}", "Flat {#1}{^1}, House {n}, {street}"],
    ),
    "PK": dict(
        street=["Street 12", "Main Boulevard", "Jail Road", "Shahrah-e-Faisal", "Street 5"],
        area=["DHA Phase 5", "Gulberg III", "F-7/2", "Bahria Town", "Clifton Block 4"],
        city=[("Lahore", "54###"), ("Karachi", "75###"), ("Islamabad", "44###")],
        fmt=["House {n}, {street}, {area}, {city}", "Flat {n2}, Block {^1}, {area}, {city} {zip}"],
        street_fmt=["House {n}, {street}", "Flat {n2}, Block {^1}"],
    ),
    "CN": dict(
        street=[
            "建国路",
            "中山路",
            "人民路",
            "解放大道",
            "南京西路",
            "科技园南路",
            "长安街",
            "淮海中路",
            "天府大道",
        ],
        area=["朝阳区", "海淀区", "浦东新区", "徐汇区", "南山区", "天河区", "武侯区", "西湖区"],
        city=[
            ("北京市", "100###", "", ["朝阳区", "海淀区", "东城区"]),
            ("上海市", "200###", "", ["浦东新区", "徐汇区", "静安区"]),
            ("深圳市", "518###", "", ["南山区", "福田区"]),
            ("广州市", "510###", "", ["天河区", "越秀区"]),
            ("成都市", "610###", "", ["武侯区", "锦江区"]),
            ("杭州市", "310###", "", ["西湖区", "滨江区"]),
        ],
        fmt=[
            "{city}{area}{street}{n}号{n2}栋{#1}单元{#1}0{#1}室",
            "{city}{area}{street}{n}弄{n2}号{#1}0{#1}室",
            "{city}{area}{street}{n}号院{n2}号楼{#1}{#2}",
            "{zip} {city}{area}{street}{n}号",
        ],
        street_fmt=["{street}{n}号{n2}栋{#1}单元{#1}0{#1}室", "{street}{n}弄{n2}号"],
    ),
    "TW": dict(
        street=["忠孝東路四段", "復興南路一段", "中山北路二段", "民生東路三段", "文化路"],
        area=["大安區", "信義區", "中山區", "松山區", "板橋區"],
        city=[("台北市", "10#"), ("新北市", "22#")],
        fmt=["{zip}{city}{area}{street}{n}巷{n2}號{#1}樓", "{city}{area}{street}{n}號{n2}樓之{#1}"],
        street_fmt=["{street}{n}巷{n2}號{#1}樓"],
    ),
    "JP": dict(
        street=[
            "神宮前",
            "恵比寿西",
            "中央",
            "本町",
            "南青山",
            "梅田",
            "栄",
            "天神",
            "北沢",
            "高円寺南",
        ],
        area=["渋谷区", "目黒区", "世田谷区", "杉並区", "北区", "中区", "中央区"],
        city=[
            ("東京都", "1##-####", "", ["渋谷区", "目黒区", "世田谷区", "杉並区"]),
            ("大阪府大阪市", "53#-####", "", ["北区", "中央区", "西区"]),
            ("愛知県名古屋市", "46#-####", "", ["中区", "東区", "千種区"]),
            ("福岡県福岡市", "81#-####", "", ["中央区", "博多区"]),
            ("神奈川県横浜市", "22#-####", "", ["中区", "西区", "港北区"]),
        ],
        fmt=[
            "〒{zip} {city}{area}{street}{#1}-{n2}-{#1}",
            "〒{zip} {city}{area}{street}{#1}丁目{n2}番{#1}号 {^1}ハイツ{#1}0{#1}号室",
            "{city}{area}{street}{#1}-{n2}-{#2} {#1}0{#1}",
        ],
        street_fmt=["{area}{street}{#1}-{n2}-{#1}", "{street}{#1}丁目{n2}番{#1}号"],
    ),
    "KR": dict(
        street=[
            "테헤란로",
            "강남대로",
            "올림픽로",
            "세종대로",
            "해운대로",
            "월드컵북로",
            "판교역로",
        ],
        area=["강남구", "송파구", "마포구", "서초구", "해운대구", "분당구"],
        city=[
            ("서울특별시", "0####", "", ["강남구", "송파구", "마포구", "서초구"]),
            ("부산광역시", "4####", "", ["해운대구", "수영구", "부산진구"]),
            ("경기도 성남시", "13###", "", ["분당구", "수정구"]),
        ],
        fmt=[
            "{city} {area} {street} {n}, {n2}{#1}동 {#1}0{#1}호",
            "{city} {area} {street}{n2}길 {n}",
            "({zip}) {city} {area} {street} {n}, {#1}층",
        ],
        street_fmt=["{street} {n}, {n2}{#1}동 {#1}0{#1}호", "{street}{n2}길 {n}"],
    ),
    "VN": dict(
        street=[
            "Nguyễn Huệ",
            "Lê Lợi",
            "Trần Hưng Đạo",
            "Hai Bà Trưng",
            "Điện Biên Phủ",
            "Võ Văn Tần",
            "Cầu Giấy",
        ],
        area=[
            "Quận 1",
            "Quận 3",
            "Quận Bình Thạnh",
            "Quận Ba Đình",
            "Quận Hoàn Kiếm",
            "Quận Cầu Giấy",
        ],
        city=[("TP. Hồ Chí Minh", "7#####"), ("Hà Nội", "1#####"), ("Đà Nẵng", "55####")],
        fmt=[
            "Số {n} đường {street}, Phường {n2}, {area}, {city}",
            "{n}/{n2} {street}, {area}, {city}",
            "Số {n} ngõ {n2} {street}, {area}, {city}",
        ],
        street_fmt=["Số {n} đường {street}", "{n}/{n2} {street}"],
    ),
    "TH": dict(
        street=[
            "ถนนสุขุมวิท",
            "ถนนพหลโยธิน",
            "ถนนรัชดาภิเษก",
            "ถนนลาดพร้าว",
            "ถนนเพชรบุรี",
            "ถนนนิมมานเหมินท์",
        ],
        area=[
            "แขวงคลองเตย เขตคลองเตย",
            "แขวงจตุจักร เขตจตุจักร",
            "แขวงห้วยขวาง เขตห้วยขวาง",
            "ตำบลสุเทพ อำเภอเมือง",
        ],
        city=[("กรุงเทพมหานคร", "10###"), ("เชียงใหม่", "50###")],
        fmt=[
            "{n}/{n2} ซอย {n2} {street} {area} {city} {zip}",
            "บ้านเลขที่ {n} หมู่ {#1} {street} {area} {city} {zip}",
            "{n}/{n2} Soi {n2}, Sukhumvit Road, Khlong Toei, Bangkok {zip}",
        ],
        street_fmt=["{n}/{n2} ซอย {n2} {street}", "บ้านเลขที่ {n} หมู่ {#1} {street}"],
    ),
    "ID": dict(
        street=[
            "Jl. Sudirman",
            "Jl. Gatot Subroto",
            "Jl. Kemang Raya",
            "Jl. Merdeka",
            "Jl. Dago",
            "Jl. Pemuda",
            "Jl. Melati",
        ],
        area=["Kebayoran Baru", "Tebet", "Menteng", "Coblong", "Sleman", "Gubeng"],
        city=[
            ("Jakarta Selatan", "12###"),
            ("Bandung", "40###"),
            ("Surabaya", "60###"),
            ("Yogyakarta", "55###"),
        ],
        fmt=[
            "{street} No. {n}, RT {#1}0{#1}/RW 0{#1}, {area}, {city} {zip}",
            "{street} No. {n}{^1}, {area}, {city} {zip}",
            "Perumahan Griya Asri Blok {^1}{#1} No. {n2}, {city}",
        ],
        street_fmt=["{street} No. {n}, RT {#1}0{#1}/RW 0{#1}", "{street} No. {n}{^1}"],
    ),
    "KE": dict(
        street=["Ngong Road", "Argwings Kodhek Road", "Kiambu Road", "Moi Avenue", "Lenana Road"],
        area=["Kilimani", "Westlands", "Lavington", "South B", "Kileleshwa"],
        city=[("Nairobi", "00100"), ("Mombasa", "80100"), ("Kisumu", "40100")],
        fmt=[
            "House {n2}, {street}, {area}, {city}",
            "Apt {n2}{^1}, {street}, {area}, {city} {zip}",
            "Nyumba Na. {n2}, {street}, {area}, {city}",
        ],
        street_fmt=["House {n2}, {street}", "Apt {n2}{^1}, {street}"],
    ),
    "TZ": dict(
        street=[
            "Mtaa wa Samora",
            "Barabara ya Bagamoyo",
            "Mtaa wa Uhuru",
            "Barabara ya Ali Hassan Mwinyi",
        ],
        area=["Mikocheni", "Kariakoo", "Sinza", "Masaki", "Kinondoni"],
        city=[("Dar es Salaam", "1####"), ("Arusha", "2####"), ("Dodoma", "4####")],
        fmt=["Nyumba Na. {n}, {street}, {area}, {city}", "Plot {n}, {street}, {area}, {city}"],
        street_fmt=["Nyumba Na. {n}, {street}", "Plot {n}, {street}"],
    ),
    "PH": dict(
        street=[
            "Rizal Street",
            "Mabini Street",
            "Katipunan Avenue",
            "Aguinaldo Highway",
            "Sampaguita Street",
            "Maginhawa Street",
        ],
        area=["Brgy. San Antonio", "Brgy. Poblacion", "Brgy. Teachers Village", "Brgy. Kapitolyo"],
        city=[
            ("Quezon City", "11##"),
            ("Makati City", "12##"),
            ("Pasig City", "16##"),
            ("Cebu City", "6000"),
        ],
        fmt=[
            "{n} {street}, {area}, {city} {zip}",
            "Blk {n2} Lot {#1}, {street}, {area}, {city}",
            "Unit {n2}0{#1}, {n} {street}, {city} {zip}",
        ],
        street_fmt=["{n} {street}", "Blk {n2} Lot {#1}, {street}"],
    ),
    "MY": dict(
        street=[
            "Jalan Ampang",
            "Jalan Bukit Bintang",
            "Jalan SS 2/24",
            "Jalan Tun Razak",
            "Lorong Maarof",
            "Jalan Kenari 5",
        ],
        area=["Taman Tun Dr Ismail", "Bangsar", "Petaling Jaya", "Cheras", "Puchong Jaya"],
        city=[
            ("Kuala Lumpur", "5####"),
            ("Petaling Jaya", "47###"),
            ("Johor Bahru", "80###"),
            ("Georgetown", "10###"),
        ],
        fmt=[
            "No. {n}, {street}, {area}, {zip} {city}",
            "{n2}-{#1}-{#2}, {street}, {area}, {zip} {city}",
        ],
        street_fmt=["No. {n}, {street}", "{n2}-{#1}-{#2}, {street}"],
    ),
}

# driver licence formats: '#' digit, '^' letter
DL_FORMATS = {
    "US": [
        "^#######",
        "### ### ###",
        "^###-###-##-###-#",
        "########",
        "^###-####-####",
        "## ### ###",
        "^#### ##### #####",
        "WDL*********",
        "^##-##-####",
        "^########",
    ],
    "CA": ["^####-#####-#####", "^###-######-##", "#######"],
    "AU": ["########", "#########", "^#######"],
    "NZ": ["^^######"],
    "IE": ["#########", "##-###-####"],
    "IN": [
        "MH12 ###########",
        "DL-04##########",
        "KA01 ###########",
        "TN-09-####-#######",
        "UP32 ###########",
    ],
    "NG": ["^^^#####^^##", "LAG#####^^##"],
    "ZA": ["##########^^"],
    "SG": ["S#######^", "T#######^"],
    "DE": ["^###***#*##", "B0##^^^#^##", "J01######"],
    "AT": ["########"],
    "CH": ["###########"],
    "FR": ["############", "##^^#####"],
    "BE": ["##########"],
    "ES": ["########^", "^#######^"],
    "MX": ["^########", "^^#########"],
    "AR": ["########"],
    "CO": ["##########"],
    "PT": ["^^-######-#", "L-#######"],
    "BR": ["###########", "0##########"],
    "IT": ["^^#######^", "U1^####^^^"],
    "NL": ["##########", "5#########"],
    "PL": ["#####/##/####", "^^#######"],
    "CZ": ["^^ ######", "E^ ######"],
    "SE": ["######-####"],
    "DK": ["########"],
    "NO": ["## ## ######"],
    "FI": ["######-###^"],
    "HU": ["^^######"],
    "RO": ["#############"],
    "GR": ["#########"],
    "TR": ["######"],
    "RU": ["## ## ######", "##^^ ######"],
    "UA": ["^^^######"],
    "SA": ["##########"],
    "AE": ["#######"],
    "EG": ["##############"],
    "IL": ["#######", "########"],
    "IR": ["##########"],
    "BD": ["DK######^####"],
    "PK": ["#####-#######-#"],
    "CN": ["######19########%#", "######20########%#"],
    "TW": ["^%########"],
    "JP": ["############", "#### #### ####"],
    "KR": ["##-##-######-##"],
    "VN": ["############"],
    "TH": ["########"],
    "ID": ["####-####-######", "############"],
    "KE": ["DL-#######^"],
    "TZ": ["##########"],
    "PH": ["^##-##-######", "N##-##-######"],
    "MY": ["########", "^#######"],
}

# passport numbers: '#' digit, '^' letter, '~' passport alphanumeric
PASSPORT_FORMATS = {
    "US": ["#########", "^########"],
    "GB": ["#########", "1########"],
    "CA": ["^^######"],
    "AU": ["^#######", "P^#######"],
    "NZ": ["^^######"],
    "IE": ["^^#######"],
    "IN": ["^#######"],
    "NG": ["^########"],
    "ZA": ["^########"],
    "SG": ["E#######^", "K#######^"],
    "DE": ["C~~~~~~~~", "C~~~~~~~~"],
    "AT": ["^#######", "P#######"],
    "CH": ["X#######", "^#######"],
    "FR": ["##^^#####"],
    "BE": ["^^######"],
    "ES": ["^^^######", "P^^######"],
    "MX": ["G########", "N########"],
    "AR": ["AAA######", "#########N"],
    "CO": ["AT######", "PE######"],
    "PT": ["C^######", "P######"],
    "BR": ["F^######", "G^######"],
    "IT": ["YA#######", "Y^#######"],
    "NL": ["N^~~~~~~~", "B~~~~~~~~"],
    "PL": ["E^#######", "^^#######"],
    "CZ": ["########"],
    "SE": ["########"],
    "DK": ["#########"],
    "NO": ["########"],
    "FI": ["FP#######", "FN#######"],
    "HU": ["^^#######"],
    "RO": ["0########", "########"],
    "GR": ["^^#######"],
    "TR": ["U########", "S########"],
    "RU": ["7% #######", "7%#######"],
    "UA": ["F^######", "E^######"],
    "SA": ["^#######"],
    "AE": ["^#######", "#^#######"],
    "EG": ["A########"],
    "IL": ["########", "3#######"],
    "IR": ["^########"],
    "BD": ["^^#######"],
    "PK": ["^^#######"],
    "CN": ["E########", "E^#######", "EA#######"],
    "TW": ["3########"],
    "JP": ["T^#######", "M^#######"],
    "KR": ["M########", "M###^####"],
    "VN": ["C#######", "B#######"],
    "TH": ["AA#######", "^^#######"],
    "ID": ["^#######", "X#######"],
    "KE": ["AK#######", "BK#######"],
    "TZ": ["TAE######", "AB#######"],
    "PH": ["P#######^", "P^#######"],
    "MY": ["A########", "H########"],
    "XX": ["^#######"],
}

# ---------------------------------------------------------------------------
# other pools
# ---------------------------------------------------------------------------

COMPANIES = [
    ("Northwind Logistics", "northwind-logistics.com"),
    ("Brightpath Health", "brightpathhealth.io"),
    ("Kestrel Payments", "kestrelpay.com"),
    ("Oakline Insurance", "oakline.co"),
    ("Tidewater Analytics", "tidewater.ai"),
    ("Lumenfield", "lumenfield.dev"),
    ("Harbor & Pine Retail", "harborpine.shop"),
    ("Quillstone Labs", "quillstone.io"),
    ("Vantora Telecom", "vantora.net"),
    ("Fernhill Bank", "fernhillbank.eu"),
    ("Copperleaf Energy", "copperleaf.energy"),
    ("Saltmarsh Games", "saltmarsh.gg"),
    ("Mistral Freight", "mistralfreight.de"),
    ("Blauwe Haven", "blauwehaven.nl"),
    ("Sakura Cloud Works", "sakuracw.jp"),
    ("Hanbit Commerce", "hanbitcommerce.kr"),
    ("Zhiyuan Data", "zhiyuandata.cn"),
    ("Castellana Seguros", "castellana-seguros.es"),
    ("Ponte Verde Móveis", "ponteverde.com.br"),
    ("Nordlys Energi", "nordlys.no"),
    ("Vistula Soft", "vistulasoft.pl"),
    ("Anatolia Kargo", "anatoliakargo.com.tr"),
    ("Volga Retail", "volgaretail.ru"),
    ("Savanna Mobile", "savannamobile.co.ke"),
    ("Indigo Fintech", "indigofin.in"),
    ("Lotus Travel", "lotustravel.vn"),
    ("Medina Clinics", "medinaclinics.sa"),
    ("Carmel Cyber", "carmelcyber.co.il"),
    ("Rivergate Realty", "rivergate.realty"),
    ("Pixelhearth", "pixelhearth.app"),
]

# companies preferred for texts in a given language (otherwise any company)
LANG_COMPANIES = {
    "de": ["Mistral Freight", "Fernhill Bank"],
    "nl": ["Blauwe Haven"],
    "ja": ["Sakura Cloud Works"],
    "ko": ["Hanbit Commerce"],
    "zh": ["Zhiyuan Data"],
    "es": ["Castellana Seguros"],
    "pt": ["Ponte Verde Móveis"],
    "nb": ["Nordlys Energi"],
    "pl": ["Vistula Soft"],
    "tr": ["Anatolia Kargo"],
    "ru": ["Volga Retail"],
    "sw": ["Savanna Mobile"],
    "hi": ["Indigo Fintech"],
    "vi": ["Lotus Travel"],
    "ar": ["Medina Clinics"],
    "he": ["Carmel Cyber"],
}

HOSTS = [
    "db-prod-3",
    "api.internal",
    "payments-api-7",
    "redis-cache-01",
    "etl-worker-2",
    "k8s-node-14",
    "bastion.prod.internal",
    "pg-replica-2.internal",
    "kafka-broker-1",
    "search-es-04",
    "web-01",
    "ip-10-0-3-17.ec2.internal",
    "mysql-primary",
    "auth-svc",
    "ingest-03",
    "airflow-scheduler-0",
    "grafana.ops.internal",
    "vault.internal",
    "ci-runner-07",
    "batch-gpu-2",
]

SERVICES = [
    "checkout-api",
    "billing-worker",
    "user-service",
    "notifier",
    "orders-api",
    "kyc-service",
    "crm-sync",
    "auth-gateway",
    "search-indexer",
    "payout-runner",
    "support-portal",
    "ledger",
]

PASSWORD_WORDS = [
    "summer",
    "winter",
    "dragon",
    "monkey",
    "sunshine",
    "falcon",
    "orange",
    "tiger",
    "coffee",
    "banana",
    "rocket",
    "pumpkin",
    "shadow",
    "silver",
    "hamster",
    "marble",
    "pirate",
    "cactus",
    "blue",
    "yellow",
    "lemon",
    "thunder",
    "maple",
    "velvet",
    "harbor",
    "kiwi",
    "mango",
    "galaxy",
    "panda",
    "cookie",
    "sparrow",
    "pepper",
    "river",
    "lantern",
    "cobalt",
    "walrus",
]

PASSWORDS = [
    "Tr0ub4dor&3",
    "P@ssw0rd2023!",
    "Welcome123!",
    "Qwerty!234",
    "hunter2hunter2",
    "Zx9#mK2$pL",
    "letmein-Pr0d",
    "S3cure!Pass",
    "Admin@4321",
    "N0v3mb3r!!",
    "M1lk&Cookies",
    "Kiwi_2024$",
    "r3dW1ne#88",
    "iloveyou_99",
    "ChangeMe2Now!",
    "f00tb@ll21",
    "Spr1ng-Br3ak",
    "9xTq!rV2wz",
    "Gh8$kLp2@Qz",
    "BlueMoon77*",
    "Tak3Off#Now",
    "c0rrecthorse!",
    "Pa55word_prod",
    "Orion#4471",
    "mercury-Venus-19",
    "Octo$ber1989",
    "Xk2#pq9!LmN4",
    "Sommer2024!",
    "Passwort123!",
    "Azerty#2023",
    "Contraseña2024",
    "Senha@1234",
    "Parola!2022",
    "Haslo#2023",
    "Salasana1!",
    "Sifre.2024",
]

NAMELIKE_LIBS = [
    "jackson-databind",
    "Kotlin",
    "Django",
    "Flask",
    "Jenkins",
    "Sidekiq",
    "Ansible",
    "Alfred",
    "Homer",
    "Hugo",
    "Celery",
    "Karma",
    "Jasmine",
    "Mocha",
    "Grafana",
    "Sentry",
    "Jest",
    "Chai",
    "Sinon",
    "Enzyme",
    "Ruby",
    "Julia",
    "Ada",
    "Pandas",
    "Dask",
    "Luigi",
    "Airflow",
    "Dagster",
    "Marshmallow",
    "Pydantic",
    "Flyway",
    "Liquibase",
    "Hibernate",
    "Lombok",
    "Gradle",
    "Maven",
    "Nginx",
    "Traefik",
    "Envoy",
    "Jaeger",
    "Loki",
    "Tempo",
    "Thanos",
    "Cortex",
    "Mimir",
    "Vault",
    "Consul",
    "Nomad",
    "Terraform",
    "Packer",
    "Argo",
    "Flux",
    "Helm",
    "Kustomize",
    "Redis",
    "Kafka",
    "Pulsar",
    "Presto",
    "Trino",
    "Hive",
    "Spark",
    "Flink",
    "Beam",
    "Rails",
    "Laravel",
    "Symfony",
    "Sequelize",
    "Prisma",
    "Knex",
    "Mongoose",
    "Dapper",
    "Polly",
    "Serilog",
    "Hangfire",
]

BOT_ACCOUNTS = [
    "svc-etl",
    "dependabot[bot]",
    "github-actions[bot]",
    "root",
    "postgres",
    "admin",
    "ci-runner",
    "renovate[bot]",
    "jenkins",
    "deploy",
    "www-data",
    "nobody",
    "ubuntu",
    "ec2-user",
    "svc-backup",
    "airflow",
    "sa-reporting",
    "system:serviceaccount:prod:default",
    "terraform-cloud",
    "semantic-release-bot",
]

PLACEHOLDERS = [
    "<your-api-key>",
    "changeme",
    "xxx",
    "${DB_PASSWORD}",
    "REDACTED",
    "********",
    "<password>",
    "{{ secrets.API_TOKEN }}",
    "$SECRET_KEY",
    "YOUR_TOKEN_HERE",
    "example@example.com",
    "user@example.com",
    "<redacted>",
    "[FILTERED]",
    "TODO",
    "dummy",
]

LOOKALIKE_WORDS = (
    set(NAMELIKE_LIBS)
    | set(BOT_ACCOUNTS)
    | {
        "localhost",
        "svc-etl",
        "dependabot",
        "github-actions",
        "changeme",
        "REDACTED",
        "postgres",
        "root",
        "admin",
        "Sidekiq",
        "Celery",
        "Jenkins",
        "Grafana",
        "Sentry",
        "Datadog",
        "kubectl",
        "ci-runner",
        "jackson-databind",
        "Kotlin",
        "Homer",
        "Hugo",
        "Mocha",
        "Jasmine",
        "Karma",
    }
)

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
    "sv": [
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
    "th": [
        "ม.ค.",
        "ก.พ.",
        "มี.ค.",
        "เม.ย.",
        "พ.ค.",
        "มิ.ย.",
        "ก.ค.",
        "ส.ค.",
        "ก.ย.",
        "ต.ค.",
        "พ.ย.",
        "ธ.ค.",
    ],
    "el": [
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
}

SYSTEM_PROMPTS = [
    "You are a helpful senior software engineer.",
    "You are a data engineering assistant. Answer concisely.",
    "You are an SRE assistant that helps debug production incidents.",
    "You are a coding assistant. Prefer minimal diffs.",
    "You help support engineers triage tickets.",
    "You are an expert in SQL and data modeling.",
    "Respond in the user's language.",
    "You are a code reviewer. Be specific.",
]

ASST_QUESTIONS = {
    "en": [
        "what went wrong here?",
        "can you check the output?",
        "summarize the failure",
        "what does this mean?",
    ],
    "de": ["Was ist hier schiefgelaufen?", "Kannst du das prüfen?"],
    "fr": ["Qu'est-ce qui ne va pas ?", "Tu peux vérifier ?"],
    "es": ["¿Qué falla aquí?", "¿Puedes revisarlo?"],
    "pt": ["O que deu errado?", "Pode verificar?"],
    "zh": ["这是什么问题？", "帮我看一下"],
    "ja": ["何が原因ですか？", "確認してもらえますか？"],
    "ru": ["Что здесь не так?", "Посмотри, пожалуйста"],
}

ASKS = {
    "en": [
        "Can you help me figure out what's wrong?",
        "Why does this fail?",
        "Any idea what's going on here?",
        "Please help me debug this.",
        "What am I missing?",
        "Can you explain this?",
        "Could you take a look?",
        "quick q:",
        "Help pls, this is blocking the release.",
        "I need a second pair of eyes on this.",
        "ELI5 what's happening here?",
        "Not sure where to start with this one:",
    ],
    "de": [
        "Kannst du mir helfen, den Fehler zu finden?",
        "Warum schlägt das fehl?",
        "Was übersehe ich hier?",
        "Hilfe, das blockiert das Release:",
        "Kurze Frage:",
    ],
    "fr": [
        "Tu peux m'aider à comprendre l'erreur ?",
        "Pourquoi ça plante ?",
        "Qu'est-ce qui cloche ici ?",
        "Petite question :",
        "Besoin d'aide svp :",
    ],
    "es": [
        "¿Me ayudas a encontrar el error?",
        "¿Por qué falla esto?",
        "¿Qué se me escapa?",
        "Pregunta rápida:",
        "Ayuda porfa, esto bloquea el deploy:",
    ],
    "pt": [
        "Pode me ajudar a achar o erro?",
        "Por que isso falha?",
        "O que estou deixando passar?",
        "Dúvida rápida:",
        "Socorro, isso está travando o deploy:",
    ],
    "it": ["Mi aiuti a capire l'errore?", "Perché fallisce?", "Cosa mi sfugge?", "Domanda veloce:"],
    "nl": [
        "Kun je me helpen de fout te vinden?",
        "Waarom faalt dit?",
        "Wat mis ik hier?",
        "Snelle vraag:",
    ],
    "pl": [
        "Pomożesz znaleźć błąd?",
        "Dlaczego to nie działa?",
        "Co przeoczyłem?",
        "Szybkie pytanie:",
    ],
    "cs": ["Pomůžeš mi najít chybu?", "Proč to padá?", "Co mi uniká?"],
    "sv": ["Kan du hjälpa mig hitta felet?", "Varför failar det här?", "Vad missar jag?"],
    "da": ["Kan du hjælpe mig med fejlen?", "Hvorfor fejler det her?", "Hvad overser jeg?"],
    "nb": ["Kan du hjelpe meg med feilen?", "Hvorfor feiler dette?", "Hva er det jeg overser?"],
    "fi": [
        "Voitko auttaa löytämään virheen?",
        "Miksi tämä kaatuu?",
        "Mitä minulta jää huomaamatta?",
    ],
    "hu": ["Segítesz megtalálni a hibát?", "Miért száll el ez?", "Mit nézek be?"],
    "ro": ["Mă ajuți să găsesc eroarea?", "De ce crapă asta?", "Ce îmi scapă?"],
    "el": ["Μπορείς να με βοηθήσεις να βρω το λάθος;", "Γιατί αποτυγχάνει;", "Τι μου διαφεύγει;"],
    "tr": ["Hatayı bulmama yardım eder misin?", "Bu neden patlıyor?", "Neyi kaçırıyorum?"],
    "ru": ["Помоги найти ошибку", "Почему это падает?", "Что я упускаю?", "Быстрый вопрос:"],
    "uk": ["Допоможи знайти помилку", "Чому це падає?", "Що я пропускаю?"],
    "ar": ["هل يمكنك مساعدتي في إيجاد الخطأ؟", "لماذا يفشل هذا؟", "ما الذي أغفله هنا؟"],
    "he": ["אפשר עזרה למצוא את הבאג?", "למה זה נופל?", "מה אני מפספס?"],
    "fa": ["می‌توانی کمکم کنی خطا را پیدا کنم؟", "چرا این خطا می‌دهد؟", "چه چیزی را جا انداخته‌ام؟"],
    "hi": ["क्या आप गलती ढूँढने में मदद कर सकते हैं?", "यह फेल क्यों हो रहा है?", "मैं क्या मिस कर रहा हूँ?"],
    "bn": ["ভুলটা খুঁজে পেতে সাহায্য করবেন?", "এটা কেন ফেল করছে?"],
    "ta": ["பிழையைக் கண்டுபிடிக்க உதவ முடியுமா?", "இது ஏன் தோல்வியடைகிறது?"],
    "zh": ["帮我看看哪里出错了？", "为什么会报错？", "我漏掉了什么？", "急，线上出问题了："],
    "ja": [
        "エラーの原因を教えてください。",
        "なぜ失敗するのでしょうか？",
        "何が足りないですか？",
        "至急お願いします：",
    ],
    "ko": ["오류 원인 좀 찾아주세요.", "이거 왜 실패하나요?", "제가 뭘 놓쳤을까요?"],
    "vi": ["Giúp mình tìm lỗi với?", "Sao cái này bị lỗi vậy?", "Mình đang thiếu gì?"],
    "th": ["ช่วยหาว่าผิดตรงไหนหน่อย", "ทำไมมันถึง fail?", "ผมพลาดอะไรไป?"],
    "id": ["Bisa bantu cari errornya?", "Kenapa ini gagal?", "Apa yang saya lewatkan?"],
    "sw": ["Naomba msaada kupata kosa hili", "Kwa nini hii inashindwa?"],
    "tl": ["Pwede mo ba akong tulungan hanapin ang error?", "Bakit ito nagfe-fail?"],
    "ur": ["کیا آپ غلطی ڈھونڈنے میں مدد کر سکتے ہیں؟", "یہ کیوں فیل ہو رہا ہے؟"],
    "ms": ["Boleh tolong cari ralat ni?", "Kenapa ini gagal?"],
}

TEMPLATE_BLOCKS: list[str] = []

# ===========================================================================
# English: code with personal data in it
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ en
⟦ask⟧ This pytest fixture started failing after we bumped pydantic to ⟦semver⟧:

```python
@pytest.fixture
def customer():
    return Customer(
        id="⟦uuid⟧",
        full_name="⟦NAME@1⟧",
        email="⟦EMAIL@1⟧",
        phone="⟦PHONE⟧",
        date_of_birth=date.fromisoformat("⟦DOB.iso⟧"),
    )
```

E   pydantic_core._pydantic_core.ValidationError: 1 validation error for Customer
E   phone: value is not a valid phone number [type=value_error]
§§ en
// jest: users.service.spec.ts
describe('UsersService.create', () => {
  it('hashes the password before saving', async () => {
    const dto = {
      email: '⟦EMAIL@1⟧',
      firstName: '⟦FIRST@1⟧',
      lastName: '⟦LAST@1⟧',
      password: '⟦PW⟧',
    };
    const user = await service.create(dto);
    expect(user.passwordHash).not.toEqual(dto.password);
    expect(bcrypt.compare).toHaveBeenCalledTimes(1);
  });
});
// fails with: TypeError: Cannot read properties of undefined (reading 'hash') at users.service.ts:⟦num:20:180⟧
§§ en
Why is Mockito complaining here? JUnit 5, Spring Boot ⟦semver⟧.

@Test
void shouldRejectDuplicateSsn() {
    Applicant a = new Applicant("⟦NAME@1⟧", "⟦SSN⟧", LocalDate.parse("⟦DOB.iso⟧"));
    when(repo.existsBySsn(a.getSsn())).thenReturn(true);
    assertThrows(DuplicateApplicantException.class, () -> service.register(a));
}

org.mockito.exceptions.misusing.UnnecessaryStubbingException:
Unnecessary stubbings detected in test class: ApplicantServiceTest
  1. -> at com.⟦pick:kestrel|oakline|northwind⟧.kyc.ApplicantServiceTest.shouldRejectDuplicateSsn(ApplicantServiceTest.java:⟦num:30:200⟧)
§§ en
func TestNormalizePhone(t *testing.T) {
	cases := []struct {
		in, want string
	}{
		{"⟦PHONE.US#1⟧", "valid"},
		{"⟦PHONE.GB⟧", "valid"},
		{"⟦PHONE.DE⟧", "valid"},
	}
	for _, c := range cases {
		if got := NormalizePhone(c.in); got != c.want {
			t.Errorf("NormalizePhone(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
--- FAIL: TestNormalizePhone (0.00s)
    phone_test.go:⟦num:14:90⟧: NormalizePhone("⟦PHONE.US#1⟧") = "", want something
FAIL	github.com/⟦pick:kestrelpay|lumenfield|quillstone⟧/contacts/internal/phone	0.0⟦num:11:99⟧s
§§ en
RSpec is flaky on CI but passes locally, any idea?

RSpec.describe Invoice do
  let(:account) { create(:account, owner_name: "⟦NAME@1⟧", iban: "⟦IBAN⟧", billing_email: "⟦EMAIL@1⟧") }

  it "renders the payer block" do
    pdf = InvoicePdf.new(account.invoices.last).render
    expect(pdf).to include("⟦NAME@1⟧")
  end
end

Failures:
  1) Invoice renders the payer block
     Failure/Error: expect(pdf).to include("⟦NAME@1⟧")
     # ./spec/models/invoice_spec.rb:⟦num:5:60⟧
Randomized with seed ⟦num:1000:65000⟧
§§ en
<?php
// tests/Unit/PayoutTest.php
public function testPayoutUsesDefaultIban(): void
{
    $vendor = Vendor::factory()->make([
        'contact_name' => '⟦NAME@1⟧',
        'iban'         => '⟦IBAN.plain#9⟧',
        'phone'        => '⟦PHONE⟧',
    ]);
    $this->assertSame('⟦IBAN.plain#9⟧', $vendor->payoutAccount()->iban);
}
// PHPUnit ⟦semver⟧ — Failed asserting that two strings are identical.
§§ en
seed.py — we run this against staging every night. Is it ok to keep it in the repo?

USERS = [
    {"name": "⟦NAME@1⟧", "email": "⟦EMAIL@1⟧", "role": "admin", "password": "⟦PW⟧"},
    {"name": "⟦NAME@2⟧", "email": "⟦EMAIL@2⟧", "role": "analyst", "password": "⟦PW⟧"},
    {"name": "⟦NAME@3⟧", "email": "⟦EMAIL@3⟧", "role": "viewer", "password": "⟦PW⟧"},
]

for u in USERS:
    User.objects.create_user(username=u["email"], **u)
print(f"seeded {len(USERS)} users into {settings.DATABASES['default']['HOST']}")
§§ en
-- V⟦num:12:88⟧__backfill_legacy_customers.sql (Flyway)
INSERT INTO customers (id, first_name, last_name, email, phone, birth_date, created_at) VALUES
  (⟦num:1000:9000⟧, '⟦FIRST@1⟧', '⟦LAST@1⟧', '⟦EMAIL@1⟧', '⟦PHONE⟧', '⟦DOB.iso⟧', now()),
  (⟦num:1000:9000⟧, '⟦FIRST@2⟧', '⟦LAST@2⟧', '⟦EMAIL@2⟧', '⟦PHONE⟧', '⟦DOB.iso⟧', now());
-- ERROR: duplicate key value violates unique constraint "customers_email_key"
-- can you rewrite this as ON CONFLICT DO NOTHING?
§§ en
class Employee(models.Model):
    name = models.CharField(max_length=120)
    ssn = models.CharField(max_length=11)  # TODO encrypt, see ⟦jira⟧
    home_address = models.TextField()

# sample row from the shell:
>>> Employee.objects.get(pk=⟦num:1:900#1⟧).__dict__
{'_state': <django.db.models.base.ModelState object at 0x7f⟦hex:10⟧>, 'id': ⟦num:1:900#1⟧, 'name': '⟦NAME@1⟧', 'ssn': '⟦SSN.dash⟧', 'home_address': '⟦ADDR.US⟧'}

How do I add field-level encryption without downtime?
§§ en
# config.py — found this in an old branch, is it safe to delete?
AWS_ACCESS_KEY_ID = "⟦AWSKEY⟧"
AWS_SECRET_ACCESS_KEY = "⟦AWSSEC⟧"
S3_BUCKET = "⟦pick:prod-exports|analytics-raw|customer-uploads⟧"
ADMIN_EMAIL = "⟦WEMAIL@1⟧"
DEBUG = False
§§ en
Can you turn this hardcoded thing into env vars?

const stripe = require('stripe')('⟦STRIPE⟧');
const sg = require('@sendgrid/mail');
sg.setApiKey('⟦SENDGRID⟧');

async function sendReceipt(order) {
  await sg.send({ to: order.email, from: 'billing@⟦dom⟧', subject: `Receipt #${order.id}` });
}
§§ en
# debug, remove before merge!!
# print(f"login attempt user={username} pw={password}")
# >>> login attempt user=⟦LOGIN@1⟧ pw=⟦PW⟧
def authenticate(username, password):
    user = User.query.filter_by(username=username).first()
    return user and check_password_hash(user.pw_hash, password)
§§ en
In [⟦num:3:40⟧]: df = pd.read_parquet("s3://⟦pick:lake-raw|bi-staging|crm-export⟧/contacts/dt=⟦date⟧/part-0000.parquet")
In [⟦num:41:60#1⟧]: df.head()
Out[⟦num:41:60#1⟧]:
⟦ALIGN:pandas⟧
¦name¦email¦phone¦dob
0¦⟦NAME@1⟧¦⟦EMAIL@1⟧¦⟦PHONE⟧¦⟦DOB.iso⟧
1¦⟦NAME@2⟧¦⟦EMAIL@2⟧¦⟦PHONE⟧¦⟦DOB.iso⟧
2¦⟦NAME@3⟧¦⟦EMAIL@3⟧¦⟦PHONE⟧¦⟦DOB.iso⟧
⟦/ALIGN⟧

Why does df['dob'].dt.year raise AttributeError: Can only use .dt accessor with datetimelike values?
§§ en
import re

# matches US SSNs like ⟦SSN.dash⟧ but also catches ⟦SSN.plain⟧ — is that ok?
SSN_RE = re.compile(r"\b\d{3}-?\d{2}-?\d{4}\b")

assert SSN_RE.search("applicant ssn: ⟦SSN.dash⟧")
assert not SSN_RE.search("order 12345-6789")  # fails!
§§ en
Regex for emails keeps missing plus-addressing. Test strings:
  ⟦EMAIL@1⟧  -> match
  ⟦EMAIL@2⟧  -> match
  user+tag@example.com  -> should match, doesn't
  not-an-email@  -> no match
My pattern: ^[A-Za-z0-9._%-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$
§§ en
// factories/user.ts  (fishery)
export const userFactory = Factory.define<User>(({ sequence }) => ({
  id: sequence,
  name: 'Jane Doe', // placeholder, overridden in tests
  email: `user${sequence}@example.com`,
  createdAt: new Date('⟦date⟧'),
}));

// but this test uses a real export row and now the snapshot contains:
//   name: "⟦NAME@1⟧", email: "⟦EMAIL@1⟧", phone: "⟦PHONE⟧"
// how do I scrub snapshots before committing?
§§ en
Kotlin data class test, AssertionFailedError on equals — why?

val expected = Customer(
    name = "⟦NAME@1⟧",
    card = "⟦CARD⟧",
    expiry = "⟦num:1:12⟧/⟦num:26:31⟧",
)
val actual = mapper.readValue<Customer>(json)
assertEquals(expected, actual)
// jackson-databind ⟦semver⟧, kotlin-module ⟦semver⟧
§§ en
# notebooks/churn_eda.ipynb, cell ⟦num:4:30⟧
sample = crm[crm.customer_id == "⟦hex:12#1⟧"]
print(sample.T)

customer_id      ⟦hex:12#1⟧
full_name        ⟦NAME@1⟧
email            ⟦EMAIL@1⟧
mobile           ⟦PHONE⟧
street           ⟦STREET⟧
city             ⟦city⟧
signup_ts        ⟦tss⟧
churned          True
§§ en
Is there a cleaner way to write this factory_boy factory? The hardcoded one below is what the previous dev left.

class PatientFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Patient

    mrn = factory.Sequence(lambda n: f"MRN{n:07d}")
    name = "⟦NAME@1⟧"
    dob = datetime.date(⟦DOB.pyargs⟧)  # birthday of a real patient?!
    phone = "⟦PHONE⟧"
    address = "⟦ADDR⟧"
§§ en
// Cypress e2e login spec
cy.visit('/login')
cy.get('[data-cy=email]').type('⟦EMAIL@1⟧')
cy.get('[data-cy=password]').type('⟦PW⟧', { log: false })
cy.get('[data-cy=otp]').type('⟦PIN.6⟧')
cy.contains('Welcome back, ⟦FIRST@1⟧')
// times out after 4000ms waiting for "Welcome back" — the dashboard redirect takes ~⟦ms⟧ms
§§ en
C# xUnit:

[Fact]
public void Masks_card_number_in_log_message()
{
    var msg = $"charge failed for card {"⟦CARD#1⟧"} holder {"⟦NAME@1⟧"}";
    var masked = LogScrubber.Scrub(msg);
    Assert.DoesNotContain("⟦CARD#1⟧", masked);
}
// Assert.DoesNotContain() Failure: Sub-string found
§§ en
Rust test keeps panicking on the IBAN parser:

#[test]
fn parses_spaced_iban() {
    let iban: Iban = "⟦IBAN.spaced⟧".parse().unwrap();
    assert_eq!(iban.country(), "⟦pick:DE|FR|NL|ES|GB⟧");
}

thread 'tests::parses_spaced_iban' panicked at src/iban.rs:⟦num:40:300⟧:⟦num:5:60⟧:
called `Result::unwrap()` on an `Err` value: InvalidLength
§§ en
users.yml fixture (Rails):

maria:
  name: ⟦NAME@1⟧
  email: ⟦EMAIL@1⟧
  encrypted_password: <%= User.new.send(:password_digest, '⟦PW⟧') %>
  confirmed_at: <%= Time.current %>

ops_bot:
  name: ci-runner
  email: ci@example.com
  encrypted_password: <%= User.new.send(:password_digest, 'changeme') %>

Is the first one a problem? It's a real colleague's account I copied from prod.
§§ en
Why does Hypothesis shrink to this? I thought I excluded real data...

Falsifying example: test_address_roundtrip(
    addr=Address(line1='⟦STREET⟧', city='⟦city⟧', owner='⟦NAME@1⟧'),
)
You can reproduce this example by temporarily adding @reproduce_failure('⟦semver⟧', b'AXic⟦hex:16⟧') as a decorator on your test case
§§ en
Swift unit test for our KYC screen:

func testPassportFieldValidation() {
    let vm = KYCViewModel()
    vm.passportNumber = "⟦PASS⟧"
    vm.fullName = "⟦NAME@1⟧"
    vm.birthDate = "⟦DOB.dmy⟧"
    XCTAssertTrue(vm.isValid)   // XCTAssertTrue failed
}
§§ en
# migrations/0047_add_kyc_fields.py
def forwards(apps, schema_editor):
    Customer = apps.get_model("crm", "Customer")
    # one-off fix requested by support for ⟦NAME@1⟧ (ticket ⟦jira⟧)
    Customer.objects.filter(email="⟦EMAIL@1⟧").update(
        passport_no="⟦PASS⟧", driver_license="⟦DL⟧"
    )

Should data fixes like this live in migrations at all?
§§ en
TypeORM entity with sample row in the comment — does the column type make sense for Postgres?

@Entity('wallets')
export class Wallet {
  @PrimaryGeneratedColumn('uuid') id: string;            // e.g. ⟦uuid⟧
  @Column() ownerName: string;                           // e.g. ⟦NAME@1⟧
  @Column({ length: 42 }) ethAddress: string;            // e.g. ⟦ETH⟧
  @Column({ nullable: true }) btcAddress: string;        // e.g. ⟦BTC⟧
}
§§ en
Go struct tags are wrong somewhere, the JSON comes out empty for these fields:

type Contact struct {
	Name    string `json:"name"`
	Email   string `json:"email"`
	Phone   string `json:phone`
	Address string `json:"address,omitempty"`
}

c := Contact{"⟦NAME@1⟧", "⟦EMAIL@1⟧", "⟦PHONE#1⟧", "⟦ADDR#1⟧"}
out, _ := json.Marshal(c)
fmt.Println(string(out))
// {"name":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧","Phone":"⟦PHONE#1⟧","address":"⟦ADDR#1⟧"}
§§ en
pandas question. I have

>>> df[["applicant", "ssn", "itin"]].head(4)
⟦ALIGN:pandas⟧
¦applicant¦ssn¦itin
0¦⟦NAME@1⟧¦⟦SSN⟧¦None
1¦⟦NAME@2⟧¦None¦⟦ITIN⟧
2¦⟦NAME@3⟧¦⟦SSN⟧¦None
3¦⟦NAME@4⟧¦None¦⟦ITIN⟧
⟦/ALIGN⟧

and I want one column tax_id = coalesce(ssn, itin). combine_first gives me floats?
§§ en
Dart/Flutter golden test is failing because the avatar initials changed:

testWidgets('profile header', (tester) async {
  await tester.pumpWidget(ProfileHeader(user: User(name: '⟦NAME@1⟧', email: '⟦EMAIL@1⟧')));
  await expectLater(find.byType(ProfileHeader), matchesGoldenFile('goldens/profile_header.png'));
});
// Golden "goldens/profile_header.png": Pixel test failed, 0.⟦num:10:99⟧% diff detected.
§§ en
We use this in our Postman collection pre-request script. Is it fine to share the collection with the vendor?

pm.environment.set("api_key", "⟦TOKEN.40⟧");
pm.environment.set("test_user", "⟦EMAIL@1⟧");
pm.environment.set("test_password", "⟦PW⟧");
pm.environment.set("base_url", "https://api.⟦dom⟧/v2");
§§ en
Elixir ExUnit failure:

  1) test register/1 creates account (Accounts.RegistrationTest)
     test/accounts/registration_test.exs:⟦num:10:99⟧
     match (=) failed
     code:  assert {:ok, %User{}} = Accounts.register(%{name: "⟦NAME@1⟧", email: "⟦EMAIL@1⟧", password: "⟦PW⟧"})
     left:  {:ok, %User{}}
     right: {:error, #Ecto.Changeset<errors: [password: {"should be at least 12 character(s)", ...}]>}
§§ en
Scala / Spark job fails on this hand-built test DataFrame:

val df = Seq(
  ("⟦NAME@1⟧", "⟦CARD⟧", "⟦date⟧"),
  ("⟦NAME@2⟧", "⟦CARD⟧", "⟦date⟧")
).toDF("holder", "pan", "txn_date")

df.withColumn("pan_masked", regexp_replace($"pan", "\\d(?=\\d{4})", "*")).show(false)
// org.apache.spark.sql.AnalysisException: cannot resolve 'pan' given input columns
§§ en
Java: the logback pattern prints the whole request body, including this (from our staging log):

⟦tsl⟧ INFO  [http-nio-8080-exec-⟦num:1:20⟧] c.k.a.web.SignupController - payload={"username":"⟦LOGIN@1⟧","email":"⟦EMAIL@1⟧","password":"⟦PW⟧","dateOfBirth":"⟦DOB.iso⟧"}

How do I exclude the password field with a MaskingJsonGeneratorDecorator?
§§ en
Shell script our intern wrote. Can you make it not leak credentials in `ps`?

#!/usr/bin/env bash
set -euo pipefail
export PGPASSWORD='⟦DBPW⟧'
pg_dump -h ⟦host⟧ -U ⟦LOGIN@1⟧ -d billing -t invoices > /tmp/invoices_⟦date.compact⟧.sql
curl -u "⟦LOGIN@1⟧:⟦PW⟧" -T /tmp/invoices_⟦date.compact⟧.sql https://files.⟦dom⟧/upload/
§§ en
TS type guard isn't narrowing — see the sample I'm testing with:

const payload: unknown = {
  holder: "⟦NAME@1⟧",
  card: { number: "⟦CARD⟧", exp: "⟦num:1:12⟧/⟦num:26:30⟧" },
  billing: { line1: "⟦STREET⟧", postal: "⟦num:10000:99999⟧" },
};
if (isCardPayload(payload)) { charge(payload.card.number); }
""")

# ===========================================================================
# English: query results and exports
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ en
analytics=> SELECT id, full_name, email, phone FROM customers WHERE created_at > now() - interval '1 day' LIMIT 3;
⟦ALIGN:psql⟧
id¦full_name¦email¦phone
⟦num:10000:99999⟧¦⟦NAME@1⟧¦⟦EMAIL@1⟧¦⟦PHONE⟧
⟦num:10000:99999⟧¦⟦NAME@2⟧¦⟦EMAIL@2⟧¦⟦PHONE⟧
⟦num:10000:99999⟧¦⟦NAME@3⟧¦⟦EMAIL@3⟧¦⟦PHONE⟧
⟦/ALIGN⟧
(3 rows)

Time: ⟦num:2:900⟧.⟦num:100:999⟧ ms
Why is this so slow? There's an index on created_at.
§§ en
mysql> SELECT user_id, username, last_login_ip, last_login_at FROM users ORDER BY last_login_at DESC LIMIT 4;
⟦ALIGN:mysql⟧
user_id¦username¦last_login_ip¦last_login_at
⟦num:100:9999⟧¦⟦LOGIN@1⟧¦⟦IP⟧¦⟦tss⟧
⟦num:100:9999⟧¦⟦LOGIN@2⟧¦⟦IP⟧¦⟦tss⟧
⟦num:100:9999⟧¦svc-etl¦⟦IPP⟧¦⟦tss⟧
⟦num:100:9999⟧¦⟦LOGIN@3⟧¦⟦IP6⟧¦⟦tss⟧
⟦/ALIGN⟧
4 rows in set (0.0⟦num:1:9⟧ sec)

Should last_login_ip be VARBINARY(16) so it fits IPv6?
§§ en
I ran this in BigQuery and the join duplicates rows. Query + result:

SELECT o.order_id, c.name, c.email, o.total
FROM `⟦pick:prod-analytics|bi-warehouse|dwh-main#1⟧.sales.orders` o
JOIN `⟦pick:prod-analytics|bi-warehouse|dwh-main#1⟧.crm.contacts` c USING (customer_id)
WHERE o.order_id = '⟦order#1⟧';

⟦ALIGN:mysql⟧
Row¦order_id¦name¦email¦total
1¦⟦order#1⟧¦⟦NAME@1⟧¦⟦EMAIL@1⟧¦⟦amount#2⟧
2¦⟦order#1⟧¦⟦NAME@1⟧¦⟦WEMAIL@1⟧¦⟦amount#2⟧
⟦/ALIGN⟧
§§ en
Snowflake output (snowsql). Why does the MERGE not update the second row?

⟦ALIGN:mysql⟧
CUSTOMER_KEY¦FULL_NAME¦BIRTH_DATE¦POSTAL_ADDRESS¦_LOADED_AT
⟦hex:16⟧¦⟦NAME@1⟧¦⟦DOB.iso⟧¦⟦ADDR⟧¦⟦tss⟧
⟦hex:16⟧¦⟦NAME@2⟧¦⟦DOB.iso⟧¦⟦ADDR⟧¦⟦tss⟧
⟦/ALIGN⟧
2 Row(s) produced. Time Elapsed: ⟦num:0:4⟧.⟦num:100:999⟧s
§§ en
DuckDB says my CSV has inconsistent types. Here's what it inferred:

D SELECT * FROM read_csv_auto('leads_⟦date.compact⟧.csv') LIMIT 3;
⟦ALIGN:box⟧
lead_id¦contact¦phone¦score
⟦num:1000:9999⟧¦⟦NAME@1⟧¦⟦PHONE⟧¦0.⟦num:10:99⟧
⟦num:1000:9999⟧¦⟦NAME@2⟧¦⟦PHONE⟧¦0.⟦num:10:99⟧
⟦num:1000:9999⟧¦⟦NAME@3⟧¦⟦PHONE⟧¦n/a
⟦/ALIGN⟧
§§ en
customers_export.csv (first lines):

id,first_name,last_name,email,phone,street,city,dob
⟦num:1:5000⟧,⟦FIRST@1⟧,⟦LAST@1⟧,⟦EMAIL@1⟧,⟦PHONE⟧,"⟦STREET⟧",⟦city⟧,⟦DOB.iso⟧
⟦num:1:5000⟧,⟦FIRST@2⟧,⟦LAST@2⟧,⟦EMAIL@2⟧,⟦PHONE⟧,"⟦STREET⟧",⟦city⟧,⟦DOB.us⟧
⟦num:1:5000⟧,⟦FIRST@3⟧,⟦LAST@3⟧,⟦EMAIL@3⟧,⟦PHONE⟧,"⟦STREET⟧",⟦city⟧,⟦DOB.iso⟧

pandas.read_csv(parse_dates=["dob"]) leaves the column as object. Probably the mixed format on row 2?
§§ en
Convert this TSV to JSON lines please:

name⇥email⇥ip⇥mac
⟦NAME@1⟧⇥⟦EMAIL@1⟧⇥⟦IPP⟧⇥⟦MAC⟧
⟦NAME@2⟧⇥⟦EMAIL@2⟧⇥⟦IPP⟧⇥⟦MAC⟧
⟦NAME@3⟧⇥⟦EMAIL@3⟧⇥⟦IPP⟧⇥⟦MAC⟧
§§ en
$ head -n 3 events.jsonl
{"ts":"⟦ts⟧","event":"signup","user":{"name":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧"},"ip":"⟦IP⟧","ua":"Mozilla/5.0"}
{"ts":"⟦ts⟧","event":"login","user":{"name":"⟦NAME@2⟧","email":"⟦EMAIL@2⟧"},"ip":"⟦IP⟧","ua":"okhttp/⟦semver⟧"}
{"ts":"⟦ts⟧","event":"password_reset","user":{"name":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧"},"ip":"⟦IP6⟧","ua":"curl/⟦semver⟧"}
How do I load this into ClickHouse with the nested user object flattened?
§§ en
parquet-tools head -n 2 s3://⟦pick:datalake|raw-zone|ingest⟧/payments/part-⟦num:0:99⟧.parquet

payment_id = ⟦uuid⟧
payer_name = ⟦NAME@1⟧
iban = ⟦IBAN⟧
amount_cents = ⟦num:100:900000⟧
currency = EUR

payment_id = ⟦uuid⟧
payer_name = ⟦NAME@2⟧
iban = ⟦IBAN⟧
amount_cents = ⟦num:100:900000⟧
currency = EUR

The schema says iban is BINARY but it prints as text — is that UTF8 annotation missing?
§§ en
Pasted from Excel (the "Vendors" sheet) — can you write a formula that flags rows where the IBAN country doesn't match the Country column?

Vendor⇥Contact⇥Country⇥IBAN⇥Phone
⟦company⟧⇥⟦NAME@1⟧⇥⟦pick:DE|Germany⟧⇥⟦IBAN.DE⟧⇥⟦PHONE.DE⟧
Hollis Print Co⇥⟦NAME@2⟧⇥⟦pick:FR|France⟧⇥⟦IBAN.FR⟧⇥⟦PHONE.FR⟧
Atlas Parts⇥⟦NAME@3⟧⇥⟦pick:NL|Netherlands⟧⇥⟦IBAN.DE⟧⇥⟦PHONE.NL⟧
§§ en
GET customers/_search result — why does the match query on "name" return the second hit with a higher score?

{
  "took": ⟦num:2:90⟧,
  "hits": {
    "total": { "value": 2, "relation": "eq" },
    "hits": [
      { "_index": "customers-v⟦num:2:9⟧", "_id": "⟦hex:20⟧", "_score": ⟦num:1:9⟧.⟦num:1000:9999⟧,
        "_source": { "name": "⟦NAME@1⟧", "email": "⟦EMAIL@1⟧", "city": "⟦city⟧" } },
      { "_index": "customers-v⟦num:2:9⟧", "_id": "⟦hex:20⟧", "_score": ⟦num:10:19⟧.⟦num:1000:9999⟧,
        "_source": { "name": "⟦NAME@2⟧", "email": "⟦EMAIL@2⟧", "city": "⟦city⟧" } }
    ]
  }
}
§§ en
psql output, looks like the trigger isn't firing for updates:

 audit_id |    table    | op |      changed_by      |              diff
----------+-------------+----+----------------------+---------------------------------
     ⟦num:1000:9999⟧ | employees   | U  | ⟦LOGIN@1⟧ | {"phone": ["⟦PHONE#1⟧", "⟦PHONE#2⟧"]}
     ⟦num:1000:9999⟧ | employees   | U  | postgres             | {"salary_band": ["L4", "L5"]}
(2 rows)
§§ en
Redshift UNLOAD produced these rows; the manifest is fine but the downstream job chokes on the pipe delimiter inside the address:

⟦num:100:999⟧|⟦NAME@1⟧|⟦ADDR⟧|⟦PHONE⟧|t
⟦num:100:999⟧|⟦NAME@2⟧|⟦ADDR⟧|⟦PHONE⟧|f
⟦num:100:999⟧|⟦NAME@3⟧|⟦ADDR⟧|⟦PHONE⟧|t
§§ en
SELECT * FROM payment_methods WHERE customer_id = ⟦num:1000:99999#1⟧;
⟦ALIGN:psql⟧
id¦customer_id¦brand¦pan¦exp_month¦exp_year¦holder
⟦num:1:999⟧¦⟦num:1000:99999#1⟧¦visa¦⟦CARD.visa⟧¦⟦num:1:12⟧¦20⟦num:26:31⟧¦⟦NAME@1.caps⟧
⟦num:1:999⟧¦⟦num:1000:99999#1⟧¦mastercard¦⟦CARD.mc⟧¦⟦num:1:12⟧¦20⟦num:26:31⟧¦⟦NAME@1.caps⟧
⟦/ALIGN⟧
(2 rows)

yes I know we shouldn't store PANs, that's why I'm asking how to migrate to the vault tokens
§§ en
Our data quality check flagged these rows as "invalid_ssn". Which ones are actually invalid?

⟦ALIGN:md⟧
row¦applicant¦ssn¦check
⟦num:1:400⟧¦⟦NAME@1⟧¦⟦SSN⟧¦FAIL
⟦num:401:800⟧¦⟦NAME@2⟧¦⟦SSN⟧¦FAIL
⟦num:801:999⟧¦⟦NAME@3⟧¦000-12-3456¦FAIL
⟦/ALIGN⟧
§§ en
The dbt test `not_null_dim_customer_email` fails. Sample of failing rows:

⟦ALIGN:box⟧
customer_sk¦full_name¦email¦phone
⟦num:1000:9999⟧¦⟦NAME@1⟧¦NULL¦⟦PHONE⟧
⟦num:1000:9999⟧¦⟦NAME@2⟧¦NULL¦⟦PHONE⟧
⟦/ALIGN⟧
dbt=⟦semver⟧, target=prod. Should I coalesce to the secondary email from stg_crm?
§§ en
kubectl exec -it pg-0 -- psql -U app -c "select id, login, password_hash from auth_users limit 3"
⟦ALIGN:psql⟧
id¦login¦password_hash
1¦admin¦⟦BCRYPT⟧
⟦num:2:99⟧¦⟦LOGIN@1⟧¦⟦BCRYPT⟧
⟦num:100:999⟧¦⟦LOGIN@2⟧¦⟦BCRYPT⟧
⟦/ALIGN⟧
(3 rows)
We're moving to argon2 — can I rehash on next login?
§§ en
Can you normalize these phone numbers to E.164? Source is our support inbox export.

ticket,customer,phone
⟦jira⟧,⟦NAME@1⟧,⟦PHONE.US⟧
⟦jira⟧,⟦NAME@2⟧,⟦PHONE.GB⟧
⟦jira⟧,⟦NAME@3⟧,⟦PHONE.IN⟧
⟦jira⟧,⟦NAME@4⟧,⟦PHONE.BR⟧
⟦jira⟧,⟦NAME@5⟧,⟦PHONE.JP⟧
§§ en
df.info() says 3 rows but df.sample() shows this — where does the NaN come from?

⟦ALIGN:pandas⟧
¦owner¦wallet¦chain¦balance
⟦num:10:99⟧¦⟦NAME@1⟧¦⟦ETH⟧¦eth¦⟦num:0:9⟧.⟦num:1000:9999⟧
⟦num:10:99⟧¦⟦NAME@2⟧¦⟦BTC⟧¦btc¦NaN
⟦num:10:99⟧¦⟦NAME@3⟧¦⟦ETH⟧¦eth¦⟦num:0:9⟧.⟦num:1000:9999⟧
⟦/ALIGN⟧
§§ en
Here is the result of our "suspicious devices" query. Please write it as a Looker explore instead:

⟦ALIGN:plain⟧
DEVICE_MAC¦LAST_IP¦ACCOUNT¦FIRST_SEEN
⟦MAC⟧¦⟦IP⟧¦⟦LOGIN@1⟧¦⟦date⟧
⟦MAC⟧¦⟦IP⟧¦⟦LOGIN@2⟧¦⟦date⟧
⟦MAC⟧¦⟦IP⟧¦⟦LOGIN@1⟧¦⟦date⟧
⟦/ALIGN⟧
§§ en
Athena query failing with HIVE_BAD_DATA. One of the bad JSON records:

{"applicant_id":"⟦uuid⟧","name":"⟦NAME@1⟧","passport":{"number":"⟦PASS⟧","country":"⟦pick:US|GB|IN|DE|NG⟧","expires":"⟦date⟧"},"dob":"⟦DOB.dmy⟧"}

I think dob should be a DATE but it's dd/mm/yyyy here. How do I parse it in the table DDL?
§§ en
Google Sheets export of the offsite RSVP list (don't judge the columns):

Timestamp,Name,Email,Phone,Dietary,T-shirt
⟦date.us⟧ ⟦time⟧,⟦NAME@1⟧,⟦WEMAIL@1⟧,⟦PHONE⟧,vegetarian,M
⟦date.us⟧ ⟦time⟧,⟦NAME@2⟧,⟦WEMAIL@2⟧,⟦PHONE⟧,none,L
⟦date.us⟧ ⟦time⟧,⟦NAME@3⟧,⟦WEMAIL@3⟧,,gluten-free,S

Write an Apps Script that emails everyone without a phone number.
§§ en
Mongo shell:
> db.users.find({ "profile.country": "⟦pick:US|CA|GB⟧" }).limit(2).pretty()
{
  "_id" : ObjectId("⟦hex:24⟧"),
  "username" : "⟦LOGIN@1⟧",
  "profile" : { "fullName" : "⟦NAME@1⟧", "dob" : ISODate("⟦DOB.isoz⟧"), "ssnLast4" : "⟦num:1000:9999⟧" },
  "createdAt" : ISODate("⟦ts⟧")
}
{
  "_id" : ObjectId("⟦hex:24⟧"),
  "username" : "⟦LOGIN@2⟧",
  "profile" : { "fullName" : "⟦NAME@2⟧", "dob" : ISODate("⟦DOB.isoz⟧"), "ssnLast4" : "⟦num:1000:9999⟧" },
  "createdAt" : ISODate("⟦ts⟧")
}
Is an index on profile.country enough for this?
§§ en
SELECT name, drivers_license, state FROM rental_customers WHERE flagged;
⟦ALIGN:psql⟧
name¦drivers_license¦state
⟦NAME@1⟧¦⟦DL.US⟧¦⟦pick:CA|TX|NY|FL|WA⟧
⟦NAME@2⟧¦⟦DL.US⟧¦⟦pick:IL|PA|NJ|OH|GA⟧
⟦/ALIGN⟧
(2 rows)

The licence column has mixed formats per state; I want a CHECK constraint per state. Possible?
§§ en
ClickHouse: why does uniqExact(ip) differ from count(DISTINCT ip) here?

SELECT ip, user_email, count() FROM access_log WHERE date = today() GROUP BY ip, user_email ORDER BY 3 DESC LIMIT 3

┌─ip──────────────┬─user_email──────────────────┬─count()─┐
│ ⟦IP⟧ │ ⟦EMAIL@1⟧ │    ⟦num:100:9000⟧ │
│ ⟦IP⟧ │ ⟦EMAIL@2⟧ │     ⟦num:10:99⟧ │
│ ⟦IP6⟧ │ ⟦EMAIL@3⟧ │      ⟦num:1:9⟧ │
└─────────────────┴─────────────────────────────┴─────────┘
§§ en
Exported from HubSpot, need to dedupe by phone ignoring formatting:

"Record ID","First Name","Last Name","Email","Phone Number","Street Address"
"⟦num:10000000:99999999⟧","⟦FIRST@1⟧","⟦LAST@1⟧","⟦EMAIL@1⟧","⟦PHONE#1⟧","⟦STREET⟧"
"⟦num:10000000:99999999⟧","⟦FIRST@1⟧","⟦LAST@1⟧","⟦WEMAIL@1⟧","⟦PHONE#1⟧",""
"⟦num:10000000:99999999⟧","⟦FIRST@2⟧","⟦LAST@2⟧","⟦EMAIL@2⟧","⟦PHONE⟧","⟦STREET⟧"
§§ en
SQL Server result grid (copied as text). How do I pivot this per month?

⟦ALIGN:plain⟧
EmployeeID¦EmployeeName¦TaxID¦PayDate¦Gross
⟦num:100:999⟧¦⟦NAME@1⟧¦⟦SSN⟧¦⟦date⟧¦⟦amount⟧
⟦num:100:999⟧¦⟦NAME@2⟧¦⟦ITIN⟧¦⟦date⟧¦⟦amount⟧
⟦num:100:999⟧¦⟦NAME@3⟧¦⟦SSN⟧¦⟦date⟧¦⟦amount⟧
⟦/ALIGN⟧

(3 rows affected)
§§ en
Can you mask the PII in this so I can attach it to the vendor ticket?

order_id;customer;card;ship_to
⟦order⟧;⟦NAME@1⟧;⟦CARD⟧;⟦ADDR⟧
⟦order⟧;⟦NAME@2⟧;⟦CARD⟧;⟦ADDR⟧
§§ en
Why does Metabase show these two rows as one person? Same device?

⟦ALIGN:md⟧
user¦email¦device_mac¦ip
⟦NAME@1⟧¦⟦EMAIL@1⟧¦⟦MAC#1⟧¦⟦IPP⟧
⟦NAME@2⟧¦⟦EMAIL@2⟧¦⟦MAC#1⟧¦⟦IPP⟧
⟦/ALIGN⟧
§§ en
Trino EXPLAIN is fine but the result has duplicated donors — rows:

 donor_id | donor_name           | btc_address                                 | amount_btc
----------+----------------------+---------------------------------------------+-----------
 ⟦num:10:999⟧ | ⟦NAME@1⟧ | ⟦BTC#1⟧ | 0.0⟦num:100:999⟧
 ⟦num:10:999⟧ | ⟦NAME@1⟧ | ⟦BTC#1⟧ | 0.0⟦num:100:999⟧
 ⟦num:10:999⟧ | ⟦NAME@2⟧ | ⟦BTC⟧ | 0.00⟦num:10:99⟧
(3 rows)
§§ en
Result of `SELECT * FROM kyc_documents WHERE status = 'pending'` — which column should be the natural key?

⟦ALIGN:mysql⟧
doc_id¦holder¦doc_type¦doc_number¦issued¦expires
⟦num:100:999⟧¦⟦NAME@1⟧¦passport¦⟦PASS⟧¦⟦date⟧¦⟦date⟧
⟦num:100:999⟧¦⟦NAME@2⟧¦driving_licence¦⟦DL⟧¦⟦date⟧¦⟦date⟧
⟦num:100:999⟧¦⟦NAME@3⟧¦passport¦⟦PASS⟧¦⟦date⟧¦⟦date⟧
⟦/ALIGN⟧
§§ en
Spark show() output after the join — the phone column from the right side is null for the second row, why?

+----------+--------------------+--------------------+
|account_id|                name|               phone|
+----------+--------------------+--------------------+
|      ⟦num:1000:9999⟧|⟦NAME@1⟧|⟦PHONE⟧|
|      ⟦num:1000:9999⟧|⟦NAME@2⟧|                null|
+----------+--------------------+--------------------+
§§ en
Salesforce SOQL export — I need a Python script that splits "Mailing Address" into street/city/zip:

Id,Name,Email,Mailing Address
003⟦hex:12⟧,⟦NAME@1⟧,⟦EMAIL@1⟧,"⟦ADDR.US⟧"
003⟦hex:12⟧,⟦NAME@2⟧,⟦EMAIL@2⟧,"⟦ADDR.US⟧"
003⟦hex:12⟧,⟦NAME@3⟧,⟦EMAIL@3⟧,"⟦ADDR.CA⟧"
§§ en
sqlite> .mode column
sqlite> select name, email, dob from members where dob > '2000-01-01';
⟦ALIGN:plain⟧
name¦email¦dob
⟦NAME@1⟧¦⟦EMAIL@1⟧¦⟦DOB.iso⟧
⟦NAME@2⟧¦⟦EMAIL@2⟧¦⟦DOB.iso⟧
⟦/ALIGN⟧
String comparison on dates works here but is it reliable?
§§ en
Airtable API response, trying to map it to our Postgres schema:

{"records":[{"id":"rec⟦hex:14⟧","createdTime":"⟦ts⟧","fields":{"Name":"⟦NAME@1⟧","Email":"⟦EMAIL@1⟧","Phone":"⟦PHONE⟧","Home address":"⟦ADDR⟧","Status":"Onboarded"}}],"offset":"itr⟦hex:14⟧/rec⟦hex:14⟧"}
§§ en
Here's the CSV our payroll provider wants. Can you validate the columns with a JSON schema?

employee_id,legal_name,ssn,date_of_birth,pay_method,pay_group
E⟦num:1000:9999⟧,⟦NAME@1⟧,⟦SSN⟧,⟦DOB.us⟧,direct_deposit,biweekly
E⟦num:1000:9999⟧,⟦NAME@2⟧,⟦SSN⟧,⟦DOB.us⟧,check,biweekly
§§ en
Redis keys dump (redis-cli --scan + HGETALL), cache looks stale:

127.0.0.1:6379> HGETALL session:⟦hex:32#7⟧
1) "user"
2) "⟦LOGIN@1⟧"
3) "email"
4) "⟦EMAIL@1⟧"
5) "csrf"
6) "⟦hex:40⟧"
7) "last_ip"
8) "⟦IP⟧"
127.0.0.1:6379> TTL session:⟦hex:32#7⟧
(integer) -1
""")

# ===========================================================================
# English: logs and traces
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ en
Seeing a spike of these in prod, what's the likely cause?

{"level":"error","ts":"⟦ts⟧","logger":"checkout","msg":"card declined","order_id":"⟦order⟧","customer_email":"⟦EMAIL@1⟧","card_last4":"⟦num:1000:9999⟧","decline_code":"do_not_honor","trace_id":"⟦traceid⟧"}
{"level":"error","ts":"⟦ts⟧","logger":"checkout","msg":"card declined","order_id":"⟦order⟧","customer_email":"⟦EMAIL@2⟧","card_last4":"⟦num:1000:9999⟧","decline_code":"do_not_honor","trace_id":"⟦traceid⟧"}
{"level":"warn","ts":"⟦ts⟧","logger":"checkout","msg":"retrying charge","attempt":2,"trace_id":"⟦traceid⟧"}
§§ en
nginx access log lines from the incident window:

⟦IP⟧ - - [⟦clf⟧] "POST /api/v1/login HTTP/1.1" 401 ⟦num:40:300⟧ "-" "python-requests/2.31.0"
⟦IP#1⟧ - - [⟦clf⟧] "POST /api/v1/login HTTP/1.1" 401 ⟦num:40:300⟧ "-" "python-requests/2.31.0"
⟦IP#1⟧ - - [⟦clf⟧] "POST /api/v1/login HTTP/1.1" 200 ⟦num:300:900⟧ "-" "python-requests/2.31.0"
⟦IP⟧ - ⟦LOGIN@1⟧ [⟦clf⟧] "GET /admin/users?email=⟦EMAIL@2⟧ HTTP/1.1" 200 ⟦num:1000:9000⟧ "https://admin.⟦dom⟧/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"

Is this a credential-stuffing pattern? Should I block the first IP at the WAF?
§§ en
Traceback (most recent call last):
  File "/home/⟦LOGIN@1⟧/src/billing/app/tasks.py", line ⟦num:20:300⟧, in send_invoice
    pdf = render_invoice(customer, invoice)
  File "/home/⟦LOGIN@1⟧/src/billing/app/pdf.py", line ⟦num:20:300⟧, in render_invoice
    addr = customer["billing_address"]["line2"]
KeyError: 'line2'

customer = {'name': '⟦NAME@2⟧', 'email': '⟦EMAIL@2⟧', 'billing_address': {'line1': '⟦STREET⟧', 'city': '⟦city⟧'}}
How should I make line2 optional?
§§ en
Apache error log, PHP app:

[⟦pick:Mon|Tue|Wed|Thu|Fri⟧ ⟦pick:Mar|Apr|May|Jun⟧ ⟦num:10:28⟧ ⟦time⟧.⟦num:100000:999999⟧ ⟦num:2023:2025⟧] [php:error] [pid ⟦pid⟧] [client ⟦IP⟧:⟦num:30000:65000⟧] PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'⟦IPP⟧' (using password: YES) in /var/www/html/includes/db.php:⟦num:5:40⟧
§§ en
/var/log/auth.log on bastion:

⟦syslog⟧ bastion sshd[⟦pid⟧]: Accepted publickey for ⟦LOGIN@1⟧ from ⟦IP⟧ port ⟦num:30000:65000⟧ ssh2: ED25519 SHA256:⟦hex:43⟧
⟦syslog⟧ bastion sshd[⟦pid⟧]: Failed password for invalid user admin from ⟦IP⟧ port ⟦num:30000:65000⟧ ssh2
⟦syslog⟧ bastion sshd[⟦pid⟧]: Failed password for root from ⟦IP⟧ port ⟦num:30000:65000⟧ ssh2
⟦syslog⟧ bastion sudo: ⟦LOGIN@1⟧ : TTY=pts/⟦num:0:9⟧ ; PWD=/home/⟦LOGIN@1⟧ ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx
Is fail2ban misconfigured? The root attempts shouldn't get this far.
§§ en
Sentry event (trimmed). Why is `user.ip_address` populated even though sendDefaultPii is false?

{
  "event_id": "⟦hex:32⟧",
  "level": "error",
  "exception": {"values": [{"type": "TypeError", "value": "Cannot read properties of null (reading 'zip')"}]},
  "user": {"id": "⟦num:1000:999999⟧", "email": "⟦EMAIL@1⟧", "ip_address": "⟦IP⟧", "username": "⟦LOGIN@1⟧"},
  "request": {"url": "https://app.⟦dom⟧/checkout", "data": {"shipping": {"name": "⟦NAME@1⟧", "address": "⟦ADDR⟧", "phone": "⟦PHONE⟧"}}},
  "release": "web@⟦semver⟧",
  "environment": "production"
}
§§ en
k8s events, the job keeps getting OOMKilled:

LAST SEEN   TYPE      REASON      OBJECT                              MESSAGE
⟦num:2:59⟧m         Warning   OOMKilling  node/k8s-node-⟦num:1:30⟧                   Memory cgroup out of memory: Killed process ⟦pid⟧ (python) total-vm:⟦num:1000000:9000000⟧kB
⟦num:2:59⟧m         Normal    Pulled      pod/export-customers-⟦hex:5⟧-⟦hex:5⟧   Container image "registry.⟦dom⟧/exporter:⟦semver⟧" already present on machine
⟦num:2:59⟧m         Warning   BackOff     pod/export-customers-⟦hex:5⟧-⟦hex:5⟧   Back-off restarting failed container

last log line before the kill: "exporting 1,⟦num:100:999⟧,⟦num:100:999⟧ rows, current: ⟦NAME@1⟧ <⟦EMAIL@1⟧>"
§§ en
GitHub Actions run #⟦build⟧ failed in the "integration" job:

Run pytest tests/integration -x
============================= test session starts ==============================
platform linux -- Python 3.11.⟦num:1:9⟧, pytest-⟦semver⟧
collected ⟦num:40:300⟧ items

tests/integration/test_signup.py F

E       AssertionError: assert 409 == 201
E        +  where 409 = <Response [409]>.status_code
E       Captured request body: {"email": "⟦EMAIL@1⟧", "name": "⟦NAME@1⟧", "password": "⟦PW⟧"}
Error: Process completed with exit code 1.
§§ en
Cron mail from the reporting box, subject "Cron <svc-backup@⟦host⟧> /opt/jobs/nightly_export.sh":

+ psql postgresql://reporting:⟦DBPW⟧@⟦host⟧:5432/analytics -c '\copy (select * from v_customers) to /tmp/customers.csv csv header'
COPY ⟦num:1000:90000⟧
+ aws s3 cp /tmp/customers.csv s3://exports-⟦hex:6⟧/customers/⟦date⟧.csv
upload failed: ... An error occurred (AccessDenied) when calling the PutObject operation

why AccessDenied? The instance role has s3:PutObject.
§§ en
Datadog log (JSON view):

{
  "service": "⟦svc⟧",
  "host": "⟦host⟧",
  "status": "error",
  "message": "Twilio send failed: 21211 Invalid 'To' Phone Number",
  "attributes": {
    "to": "⟦PHONE⟧",
    "recipient_name": "⟦NAME@1⟧",
    "dd": {"trace_id": "⟦num:1000000000000000000:9999999999999999999⟧", "span_id": "⟦num:1000000000000000:9999999999999999⟧"}
  }
}
What's wrong with the number format?
§§ en
audit.log excerpt from our admin panel:

⟦ts⟧ actor=⟦WEMAIL@1⟧ action=user.update target_user=⟦num:1000:99999⟧ fields=[email,phone] old_email=⟦EMAIL@2⟧ new_email=⟦EMAIL@2.alt⟧ ip=⟦IP⟧
⟦ts⟧ actor=⟦WEMAIL@1⟧ action=user.export target=segment:churn_risk rows=⟦num:100:5000⟧ ip=⟦IP#9⟧
⟦ts⟧ actor=svc-etl action=user.export target=segment:all rows=⟦num:10000:90000⟧ ip=⟦IPP⟧

Need a query that finds exports by humans (not service accounts) above 1000 rows.
§§ en
java.lang.IllegalStateException: Duplicate key ⟦EMAIL@1⟧ (attempted merging values Customer[id=⟦num:100:999⟧, name=⟦NAME@1⟧] and Customer[id=⟦num:100:999⟧, name=⟦NAME@1⟧])
	at java.base/java.util.stream.Collectors.duplicateKeyException(Collectors.java:135)
	at java.base/java.util.stream.Collectors.lambda$uniqKeysMapAccumulator$1(Collectors.java:182)
	at com.⟦pick:fernhill|oakline|vantora⟧.crm.CustomerIndex.build(CustomerIndex.java:⟦num:20:200⟧)
	at com.⟦pick:fernhill|oakline|vantora⟧.crm.SyncJob.run(SyncJob.java:⟦num:20:200⟧)

Customers can legitimately share an email (households). What's the idiomatic fix, toMap with merge function?
§§ en
My Celery worker logs this every few minutes. Safe to ignore?

[⟦tsl⟧: WARNING/ForkPoolWorker-⟦num:1:16⟧] tasks.sync_contact[⟦uuid⟧]: Retry in 60s: HTTPError('429 Too Many Requests') contact={'name': '⟦NAME@1⟧', 'phone': '⟦PHONE⟧', 'email': '⟦EMAIL@1⟧'}
[⟦tsl⟧: INFO/MainProcess] Task tasks.sync_contact[⟦uuid⟧] received
§§ en
HAProxy log, the backend keeps marking the server DOWN:

⟦syslog⟧ lb-01 haproxy[⟦pid⟧]: ⟦IP⟧:⟦num:30000:65000⟧ [⟦clf⟧] https-in~ api/api-2 0/0/1/⟦num:100:30000⟧/⟦num:100:30000⟧ 504 ⟦num:100:999⟧ - - sH-- ⟦num:10:99⟧/⟦num:10:99⟧/0/0/0 0/0 "GET /v1/users/⟦LOGIN@1⟧/export HTTP/1.1"
⟦syslog⟧ lb-01 haproxy[⟦pid⟧]: Server api/api-2 is DOWN, reason: Layer7 timeout, check duration: 2001ms. 1 active and 0 backup servers left.
§§ en
Stack trace from the mobile API (Node). The validation error message echoes the whole input — is that a problem?

ValidationError: "dateOfBirth" must be in ISO 8601 date format. Received {"firstName":"⟦FIRST@1⟧","lastName":"⟦LAST@1⟧","dateOfBirth":"⟦DOB.us⟧","ssn":"⟦SSN⟧"}
    at Object.exports.process (/app/node_modules/joi/lib/errors.js:⟦num:100:300⟧:⟦num:1:40⟧)
    at internals.entry (/app/node_modules/joi/lib/validator.js:⟦num:100:300⟧:⟦num:1:40⟧)
    at async /app/src/routes/onboarding.js:⟦num:10:90⟧:⟦num:1:40⟧
§§ en
DHCP server log — a device keeps changing IPs, how do I pin it?

⟦syslog⟧ dhcp-01 dhcpd[⟦pid⟧]: DHCPDISCOVER from ⟦MAC#1⟧ (⟦FIRST@1.lower⟧s-iphone) via eth0
⟦syslog⟧ dhcp-01 dhcpd[⟦pid⟧]: DHCPOFFER on ⟦IPP#2⟧ to ⟦MAC#1⟧ (⟦FIRST@1.lower⟧s-iphone) via eth0
⟦syslog⟧ dhcp-01 dhcpd[⟦pid⟧]: DHCPREQUEST for ⟦IPP#2⟧ from ⟦MAC#1⟧ via eth0
⟦syslog⟧ dhcp-01 dhcpd[⟦pid⟧]: DHCPACK on ⟦IPP#2⟧ to ⟦MAC#1⟧ (⟦FIRST@1.lower⟧s-iphone) via eth0
§§ en
UniFi controller event export:

⟦day⟧ ⟦time⟧  EVT_WU_Connected  User[⟦MAC⟧] has connected to AP[office-ap-⟦num:1:9⟧] with SSID "⟦company⟧-Guest" on channel ⟦num:1:11⟧(ng)
⟦day⟧ ⟦time⟧  EVT_WU_Roam       User[⟦MAC⟧] roams from AP[office-ap-⟦num:1:9⟧] to AP[office-ap-⟦num:1:9⟧]
⟦day⟧ ⟦time⟧  EVT_WU_Disconnected User[⟦MAC⟧] disconnected from "⟦company⟧-Corp" (⟦num:1:59⟧m connected, ⟦num:1:900⟧MB)
Why do guests roam so much between these two APs?
§§ en
Rails log, something is off with strong params:

Started POST "/users" for ⟦IP⟧ at ⟦tss⟧ +0000
Processing by UsersController#create as HTML
  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"name"=>"⟦NAME@1⟧", "email"=>"⟦EMAIL@1⟧", "phone"=>"⟦PHONE⟧", "password"=>"[FILTERED]"}}
Unpermitted parameter: :phone. Context: { controller: UsersController, action: create }
Completed 422 Unprocessable Entity in ⟦num:10:300⟧ms (ActiveRecord: ⟦num:1:40⟧.⟦num:1:9⟧ms)
§§ en
The webhook handler logged this and returned 500:

⟦tsl⟧ ERROR webhook.stripe: signature verification failed for event evt_⟦hex:24⟧
⟦tsl⟧ DEBUG webhook.stripe: using secret=⟦STRIPEWH⟧ tolerance=300
⟦tsl⟧ DEBUG webhook.stripe: customer=cus_⟦hex:14⟧ email=⟦EMAIL@1⟧ name="⟦NAME@1⟧"
Is the tolerance the issue or the raw body parsing?
§§ en
Lambda CloudWatch logs:

START RequestId: ⟦uuid⟧ Version: $LATEST
⟦ts⟧	⟦uuid⟧	INFO	event: {"body":"{\"name\":\"⟦NAME@1⟧\",\"email\":\"⟦EMAIL@1⟧\",\"phone\":\"⟦PHONE⟧\"}","headers":{"x-forwarded-for":"⟦IP⟧"}}
⟦ts⟧	⟦uuid⟧	ERROR	Invoke Error 	{"errorType":"SyntaxError","errorMessage":"Unexpected token u in JSON at position 0"}
END RequestId: ⟦uuid⟧
REPORT RequestId: ⟦uuid⟧	Duration: ⟦num:10:900⟧.⟦num:10:99⟧ ms	Billed Duration: ⟦num:10:900⟧ ms	Memory Size: 256 MB	Max Memory Used: ⟦num:60:200⟧ MB
§§ en
Jenkins console output (job deploy-api #⟦build⟧):

[Pipeline] sh
+ echo Deploying as ⟦LOGIN@1⟧
Deploying as ⟦LOGIN@1⟧
+ docker login -u ⟦LOGIN@1⟧ -p ⟦DOCKERPAT⟧ registry.⟦dom⟧
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
[Pipeline] }
Jenkins masked nothing, how do I use withCredentials here properly?
§§ en
GitLab CI job log, the token got printed because of `set -x`:

$ set -x
$ curl --fail -H "PRIVATE-TOKEN: ⟦GLPAT⟧" "https://gitlab.⟦dom⟧/api/v4/projects/⟦num:10:999⟧/releases"
curl: (22) The requested URL returned error: 403
Cleaning up project directory and file based variables
ERROR: Job failed: exit code 22
§§ en
IIS log (W3C), one client is hammering the SOAP endpoint:

#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status time-taken
⟦day⟧ ⟦time⟧ ⟦IPP⟧ POST /Service.asmx - 443 CORP\⟦LOGIN@1⟧ ⟦IP#1⟧ Apache-HttpClient/4.5.13 200 ⟦num:10:900⟧
⟦day⟧ ⟦time⟧ ⟦IPP⟧ POST /Service.asmx - 443 CORP\⟦LOGIN@1⟧ ⟦IP#1⟧ Apache-HttpClient/4.5.13 500 ⟦num:10:900⟧
⟦day⟧ ⟦time⟧ ⟦IPP⟧ POST /Service.asmx - 443 - ⟦IP⟧ Apache-HttpClient/4.5.13 401 ⟦num:1:9⟧
§§ en
Postgres log, this query is in the slow log every night:

⟦tss⟧.⟦num:100:999⟧ UTC [⟦pid⟧] LOG:  duration: ⟦num:5000:90000⟧.⟦num:100:999⟧ ms  statement: SELECT * FROM customers WHERE lower(email) = lower('⟦EMAIL@1⟧') OR phone = '⟦PHONE⟧'
⟦tss⟧.⟦num:100:999⟧ UTC [⟦pid⟧] LOG:  duration: ⟦num:5000:90000⟧.⟦num:100:999⟧ ms  statement: SELECT * FROM customers WHERE lower(email) = lower('⟦EMAIL@2⟧') OR phone = '⟦PHONE⟧'
Index suggestions? Also: should log_min_duration_statement log literals like this?
§§ en
Firebase Crashlytics non-fatal (Android):

Non-fatal Exception: java.lang.NumberFormatException: For input string: "⟦PHONE.IN⟧"
       at java.lang.Long.parseLong(Long.java:⟦num:500:800⟧)
       at com.⟦pick:savanna|indigo|lotus⟧.app.profile.ProfileRepo.savePhone(ProfileRepo.kt:⟦num:20:200⟧)
Keys: user_name=⟦NAME@1⟧, user_id=⟦num:100000:999999⟧, app_version=⟦semver⟧ (⟦build⟧)
§§ en
Our SIEM alert fired. Raw event:

{"alert":"impossible_travel","user":"⟦WEMAIL@1⟧","first":{"ip":"⟦IP⟧","geo":"⟦pick:Frankfurt, DE|São Paulo, BR|Singapore, SG⟧","ts":"⟦ts⟧"},"second":{"ip":"⟦IP⟧","geo":"⟦pick:Lagos, NG|Seattle, US|Tokyo, JP⟧","ts":"⟦ts⟧"},"mfa":"push_approved","device_id":"⟦uuid⟧"}

Could this be a VPN false positive? How would you triage?
§§ en
.NET exception in Application Insights:

System.Data.SqlClient.SqlException (0x80131904): Violation of UNIQUE KEY constraint 'UQ_Patients_NationalId'. Cannot insert duplicate key in object 'dbo.Patients'. The duplicate key value is (⟦SSN⟧).
   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection)
   at Clinic.Data.PatientRepository.Insert(Patient p) in C:\Users\⟦LOGIN@1⟧\source\repos\Clinic\Clinic.Data\PatientRepository.cs:line ⟦num:20:300⟧
ClientConnectionId:⟦uuid⟧
§§ en
Keycloak event log:

⟦tsl⟧ WARN  [org.keycloak.events] (executor-thread-⟦num:1:40⟧) type=LOGIN_ERROR, realmId=⟦uuid⟧, clientId=web-portal, userId=null, ipAddress=⟦IP⟧, error=user_not_found, username=⟦EMAIL@1⟧, auth_method=openid-connect
⟦tsl⟧ INFO  [org.keycloak.events] (executor-thread-⟦num:1:40⟧) type=LOGIN, realmId=⟦uuid⟧, clientId=web-portal, userId=⟦uuid⟧, ipAddress=⟦IP⟧, username=⟦EMAIL@2⟧, auth_method=openid-connect
§§ en
Airflow task log (dag: crm_to_dwh, task: load_contacts, try 3/3):

[⟦tsl⟧] {taskinstance.py:⟦num:1000:2000⟧} ERROR - Task failed with exception
psycopg2.errors.StringDataRightTruncation: value too long for type character varying(20)
CONTEXT:  COPY contacts, line ⟦num:2:9000⟧, column phone: "⟦PHONE⟧ / ⟦PHONE⟧ (ask for ⟦FIRST@1⟧)"
[⟦tsl⟧] {taskinstance.py:⟦num:1000:2000⟧} INFO - Marking task as FAILED. dag_id=crm_to_dwh, task_id=load_contacts
§§ en
Envoy access log, the upstream resets look random:

[⟦ts⟧] "GET /v2/accounts/⟦num:10000:99999⟧/statements?holder=⟦NAME@1.lf⟧ HTTP/2" 503 UF,URX 0 ⟦num:90:200⟧ ⟦num:1000:5000⟧ - "⟦IP⟧" "okhttp/⟦semver⟧" "⟦uuid⟧" "statements.internal" "⟦IPP⟧:8080"
§§ en
Vault audit log entry (hmac'd fields should hide secrets but this one didn't?):

{"time":"⟦ts⟧","type":"response","auth":{"display_name":"oidc-⟦WEMAIL@1⟧","policies":["default","dev-read"]},"request":{"path":"secret/data/payments/stripe","remote_address":"⟦IP⟧"},"response":{"data":{"data":{"api_key":"⟦STRIPE⟧"}}}}
§§ en
Traefik debug log when the ACME challenge fails:

time="⟦ts⟧" level=debug msg="legolog: [INFO] [shop.⟦dom⟧] acme: Trying to solve HTTP-01"
time="⟦ts⟧" level=error msg="Unable to obtain ACME certificate for domains \"shop.⟦dom⟧\": unable to generate a certificate for the domains [shop.⟦dom⟧]: error: one or more domains had a problem:\n[shop.⟦dom⟧] acme: error: 400 :: urn:ietf:params:acme:error:connection :: ⟦IP⟧: Fetching http://shop.⟦dom⟧/.well-known/acme-challenge/⟦hex:43⟧: Timeout during connect" providerName=letsencrypt.acme
§§ en
mail.log — are we an open relay??

⟦syslog⟧ mx1 postfix/smtpd[⟦pid⟧]: connect from unknown[⟦IP⟧]
⟦syslog⟧ mx1 postfix/smtpd[⟦pid⟧]: NOQUEUE: reject: RCPT from unknown[⟦IP#1⟧]: 554 5.7.1 <⟦EMAIL@1⟧>: Relay access denied; from=<⟦EMAIL@2⟧> to=<⟦EMAIL@1⟧> proto=ESMTP helo=<⟦IP#1⟧>
⟦syslog⟧ mx1 postfix/smtpd[⟦pid⟧]: disconnect from unknown[⟦IP#1⟧] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4
§§ en
OpenTelemetry span attributes exported to Jaeger — is it OK that http.request.body ends up here?

traceID: ⟦traceid⟧  spanID: ⟦spanid⟧  operation: POST /api/applications  duration: ⟦num:100:9000⟧ms
  http.method: POST
  http.status_code: 500
  net.peer.ip: ⟦IP⟧
  enduser.id: ⟦LOGIN@1⟧
  http.request.body: {"applicant":"⟦NAME@1⟧","itin":"⟦ITIN⟧","income":⟦num:20000:200000⟧}
§§ en
fastlane output when uploading to TestFlight:

[⟦time⟧]: Login to App Store Connect (⟦EMAIL@1⟧)
[⟦time⟧]: Two-factor Authentication (6 digits code) is enabled for account '⟦EMAIL@1⟧'
[⟦time⟧]: Please enter the 6 digit code: ⟦PIN.6⟧
[⟦time⟧]: Requesting session...
[⟦time⟧]: Successfully logged in to App Store Connect
[⟦time⟧]: Uploading binary ⟦semver⟧ (⟦build⟧) ...
[!] The request could not be completed because: Invalid Provisioning Profile
§§ en
Windows Security event 4625 bursts on the file server:

An account failed to log on.
Subject: Security ID: NULL SID
Account For Which Logon Failed:
	Account Name:		⟦LOGIN@1⟧
	Account Domain:		CORP
Failure Information:
	Failure Reason:		Unknown user name or bad password.
Network Information:
	Workstation Name:	LAPTOP-⟦hex:7⟧
	Source Network Address:	⟦IPP⟧
	Source Port:		⟦num:49152:65535⟧
Is this a locked-out service or a brute force from inside?
§§ en
systemd journal of our payout worker:

⟦syslog⟧ worker-2 payout[⟦pid⟧]: processing batch ⟦uuid⟧ (⟦num:10:500⟧ transfers)
⟦syslog⟧ worker-2 payout[⟦pid⟧]: transfer to ⟦NAME@1⟧ ⟦IBAN⟧ amount=⟦amount⟧ EUR -> REJECTED (AC04 closed account)
⟦syslog⟧ worker-2 payout[⟦pid⟧]: transfer to ⟦NAME@2⟧ ⟦IBAN⟧ amount=⟦amount⟧ EUR -> OK
⟦syslog⟧ worker-2 payout[⟦pid⟧]: batch finished in ⟦num:2:90⟧s, 1 rejected
What should we do with AC04 rejections automatically?
§§ en
Cloudflare firewall event:

{"action":"block","clientIP":"⟦IP6⟧","clientRequestPath":"/wp-login.php","clientRequestQuery":"?log=⟦LOGIN@1⟧&pwd=⟦PW⟧","rayName":"⟦hex:16⟧","ruleId":"⟦hex:32⟧","source":"firewallManaged","userAgent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}
Somebody is trying passwords in the query string — is that one of our users' real creds?
§§ en
pm2 logs api --lines 5

0|api  | ⟦ts⟧: POST /auth/reset-password 200 ⟦num:10:300⟧ms
0|api  | ⟦ts⟧: reset token for ⟦EMAIL@1⟧: ⟦TOKEN.32⟧ (expires in 15m)
0|api  | ⟦ts⟧: GET /healthz 200 1ms
0|api  | ⟦ts⟧: POST /auth/reset-password/confirm 400 ⟦num:10:300⟧ms
I shouldn't be logging the reset token, right? How do I get rid of that line without losing the audit info?
§§ en
Mixpanel raw export row that broke our parser:

{"event":"Checkout Completed","properties":{"time":⟦epoch⟧,"distinct_id":"⟦EMAIL@1⟧","$city":"⟦city⟧","$os":"iOS","ip":"⟦IP⟧","$name":"⟦NAME@1⟧","order_total":⟦amount⟧,"mp_lib":"swift"}}
§§ en
CI output — Dependabot PR build failing on the secret scanner step:

Run gitleaks detect --source . --no-git -v
Finding:     SLACK_BOT_TOKEN=⟦SLACK.xoxb#1⟧
Secret:      ⟦SLACK.xoxb#1⟧
RuleID:      slack-bot-token
File:        scripts/notify.sh
Line:        ⟦num:3:40⟧
Author:      dependabot[bot]
Date:        ⟦ts⟧
Why does it blame dependabot? The token was added months ago by someone else.
§§ en
journalctl -u openvpn --since today

⟦syslog⟧ vpn-gw openvpn[⟦pid⟧]: ⟦IP#1⟧:⟦num:30000:65000⟧ [⟦LOGIN@1⟧] Peer Connection Initiated with [AF_INET]⟦IP#1⟧:⟦num:30000:65000⟧
⟦syslog⟧ vpn-gw openvpn[⟦pid⟧]: ⟦LOGIN@1⟧/⟦IP#1⟧:⟦num:30000:65000⟧ MULTI_sva: pool returned IPv4=⟦IPP⟧, IPv6=(Not enabled)
⟦syslog⟧ vpn-gw openvpn[⟦pid⟧]: ⟦LOGIN@2⟧/⟦IP⟧:⟦num:30000:65000⟧ AUTH_FAILED: client certificate expired
§§ en
Error from the Go service after the deploy of ⟦sha7⟧:

panic: runtime error: index out of range [1] with length 1

goroutine ⟦num:10:900⟧ [running]:
main.splitName(...)
	/build/cmd/crm/names.go:⟦num:10:90⟧
main.importRow({0xc000⟦hex:6⟧, 0x⟦num:10:40⟧}, ...)
	/build/cmd/crm/import.go:⟦num:10:200⟧ +0x⟦hex:3⟧
row: ["⟦NAME@1.native⟧", "⟦EMAIL@1⟧", "⟦PHONE⟧"]
I assumed names always have a space. Clearly not.
""")

# ===========================================================================
# English: configs and infrastructure
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ en
My .env (yes I know). The app can't connect to the DB, what's wrong with the URL?

NODE_ENV=production
PORT=⟦port⟧
DATABASE_URL=postgres://app_user:⟦DBPW⟧@⟦host⟧:5432/app?sslmode=require
REDIS_URL=redis://:⟦DBPW⟧@redis-cache-01:6379/0
JWT_SECRET=⟦HEXSEC.64⟧
SENTRY_DSN=
ADMIN_EMAIL=⟦WEMAIL@1⟧
§§ en
docker-compose.yml for local dev, the db container restarts in a loop:

services:
  db:
    image: postgres:⟦num:13:16⟧-alpine
    environment:
      POSTGRES_USER: ⟦LOGIN@1⟧
      POSTGRES_PASSWORD: ⟦DBPW⟧
      POSTGRES_DB: shop
    ports:
      - "5432:5432"
  pgadmin:
    image: dpage/pgadmin4:⟦semver⟧
    environment:
      PGADMIN_DEFAULT_EMAIL: ⟦WEMAIL@1⟧
      PGADMIN_DEFAULT_PASSWORD: ⟦PW⟧
§§ en
Kubernetes secret I found in the repo (base64 "encoded", lol). Decode it for me and tell me what's in there?

apiVersion: v1
kind: Secret
metadata:
  name: ⟦svc⟧-creds
  namespace: prod
type: Opaque
stringData:
  DB_PASSWORD: ⟦DBPW⟧
  STRIPE_KEY: ⟦STRIPE⟧
  ON_CALL_PHONE: "⟦PHONE⟧"
§§ en
terraform plan shows this diff and I'm scared to apply:

  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                  = "⟦pick:prod-main|billing-db|crm-primary⟧"
      ~ password            = (sensitive value)
        username            = "dbadmin"
        # (38 unchanged attributes hidden)
    }

  # aws_iam_access_key.ci will be created
  + resource "aws_iam_access_key" "ci" {
      + user   = "ci-runner"
      + secret = (sensitive value)
    }

and in terraform.tfvars someone committed: db_password = "⟦DBPW⟧"
§§ en
~/.ssh/config — ssh to the db host hangs at "debug1: Connecting to ..."

Host bastion
    HostName ⟦IP⟧
    User ⟦LOGIN@1⟧
    IdentityFile ~/.ssh/id_ed25519
    Port 22

Host db-prod
    HostName ⟦IPP⟧
    User ⟦LOGIN@1⟧
    ProxyJump bastion
    LocalForward 5433 localhost:5432
§§ en
application.yml (Spring). The mail sender fails with AuthenticationFailedException:

spring:
  datasource:
    url: jdbc:mysql://⟦host⟧:3306/orders?useSSL=true
    username: orders_app
    password: ⟦DBPW⟧
  mail:
    host: smtp.gmail.com
    port: 587
    username: ⟦EMAIL@1⟧
    password: ⟦PW⟧
    properties.mail.smtp.starttls.enable: true
§§ en
crontab -l on the reporting box:

# m h dom mon dow command
15 2 * * * /opt/scripts/backup.sh >> /var/log/backup.log 2>&1
0 6 * * 1 MAILTO=⟦WEMAIL@1⟧ /opt/scripts/weekly_kpis.py --send
*/10 * * * * curl -fsS -u ⟦LOGIN@2⟧:⟦PW⟧ https://ci.⟦dom⟧/job/sync/build > /dev/null
Why does the weekly job never send mail?
§§ en
pyproject / pip.conf — pip install from our private index fails with 401:

[global]
index-url = https://⟦LOGIN@1⟧:⟦TOKEN.32⟧@pypi.⟦dom⟧/simple
extra-index-url = https://pypi.org/simple
trusted-host = pypi.⟦dom⟧
§§ en
.npmrc in the monorepo root:

registry=https://registry.npmjs.org/
@⟦pick:kestrel|lumen|quill⟧:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=⟦GHP⟧
//registry.npmjs.org/:_authToken=⟦NPM⟧
always-auth=true
CI can't resolve the scoped package. Do I need both tokens?
§§ en
wpa_supplicant.conf from the kiosk image — can you template this with envsubst?

network={
    ssid="⟦company⟧-Store-⟦num:1:60⟧"
    psk="⟦PW⟧"
    key_mgmt=WPA-PSK
}
# device: kiosk-⟦num:1:99⟧ mac ⟦MAC⟧, owner ⟦NAME@1⟧
§§ en
nginx.conf snippet — trying to allowlist the office and two home IPs for /admin:

location /admin {
    allow ⟦IP⟧;      # office
    allow ⟦IP⟧;      # ⟦FIRST@1⟧ home
    allow ⟦IP6⟧;     # ⟦FIRST@2⟧ home (v6)
    deny all;
    proxy_pass http://127.0.0.1:⟦port⟧;
}
It still returns 403 for ⟦FIRST@1⟧. Proxy in front rewriting the source IP?
§§ en
Ansible inventory (hosts.ini), the playbook can't become root on web2:

[web]
web1 ansible_host=⟦IPP⟧ ansible_user=deploy
web2 ansible_host=⟦IPP⟧ ansible_user=⟦LOGIN@1⟧ ansible_become_pass=⟦PW⟧

[db]
db1 ansible_host=⟦IPP⟧ ansible_user=postgres
§§ en
values.yaml for our Helm chart — `helm lint` says the secret block is invalid:

image:
  repository: registry.⟦dom⟧/⟦svc⟧
  tag: "⟦semver⟧"
secrets:
  - name: SLACK_WEBHOOK
    value: https://hooks.slack.com/services/⟦SLACKHOOK⟧
  - name: OPENAI_API_KEY
    value: ⟦OPENAI⟧
resources:
  limits: { cpu: 500m, memory: 512Mi }
§§ en
appsettings.Development.json:

{
  "ConnectionStrings": {
    "Default": "Server=⟦host⟧;Database=Clinic;User Id=clinic_app;Password=⟦DBPW⟧;TrustServerCertificate=True"
  },
  "Smtp": { "User": "⟦EMAIL@1⟧", "Password": "⟦PW⟧" },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
Is there a way to keep this out of git but still work on F5?
§§ en
I'm rotating credentials. Which of these are actually secrets vs config?

AWS_REGION=eu-west-1
AWS_ACCESS_KEY_ID=⟦AWSKEY⟧
AWS_SECRET_ACCESS_KEY=⟦AWSSEC⟧
GITHUB_TOKEN=⟦GHP⟧
LOG_LEVEL=info
FEATURE_FLAGS=new_checkout,dark_mode
HF_TOKEN=⟦HFTOKEN⟧
DB_PASSWORD=${DB_PASSWORD}
API_KEY=<your-api-key>
§§ en
mkdocs.yml / CI config — the deploy step needs a token; currently:

- name: Deploy docs
  run: mkdocs gh-deploy --force
  env:
    GH_TOKEN: ⟦GHPAT⟧
    GIT_AUTHOR_NAME: ⟦NAME@1⟧
    GIT_AUTHOR_EMAIL: ⟦WEMAIL@1⟧
how do I switch this to the built-in GITHUB_TOKEN?
§§ en
config.toml for our Rust service:

[server]
bind = "0.0.0.0:⟦port⟧"
workers = ⟦num:2:16⟧

[database]
url = "mysql://svc_orders:⟦DBPW⟧@⟦host⟧:3306/orders"
pool_size = 20

[alerts]
pagerduty_key = "⟦HEXSEC.32⟧"
escalation_phone = "⟦PHONE⟧"
serde says: missing field `timeout_ms` at line 3 column 1
§§ en
my.cnf on the replica:

[client]
user=⟦LOGIN@1⟧
password=⟦DBPW⟧
host=⟦IPP⟧

[mysqld]
server-id=⟦num:2:99⟧
relay-log=relay-bin
read_only=ON
replication lag is climbing to hours, where do I look?
§§ en
Ruby on Rails credentials (I decrypted them to paste here, sorry):

secret_key_base: ⟦HEXSEC.128⟧
aws:
  access_key_id: ⟦AWSKEY⟧
  secret_access_key: ⟦AWSSEC⟧
mailgun:
  api_key: ⟦MAILGUN⟧
  domain: mg.⟦dom⟧
§§ en
Kubernetes ConfigMap that someone turned into a secret store:

apiVersion: v1
kind: ConfigMap
metadata:
  name: notifier-config
data:
  TWILIO_ACCOUNT_SID: AC⟦hex:32⟧
  TWILIO_AUTH_TOKEN: ⟦TWILIO⟧
  TWILIO_FROM: "⟦PHONE.US⟧"
  ESCALATION_CONTACT: "⟦NAME@1⟧ ⟦PHONE.US⟧"
§§ en
git-credentials file on the shared build VM (~/.git-credentials):

https://⟦LOGIN@1⟧:⟦GHP⟧@github.com
https://oauth2:⟦GLPAT⟧@gitlab.⟦dom⟧
Builds using the second one fail with "HTTP Basic: Access denied". Expired?
§§ en
Terraform provider block — the plan works locally but not in Atlantis:

provider "cloudflare" {
  api_token = "⟦TOKEN.40⟧"
}

provider "datadog" {
  api_key = "⟦HEXSEC.32⟧"
  app_key = "⟦HEXSEC.40⟧"
}
§§ en
Our Grafana provisioning file (datasources.yaml):

apiVersion: 1
datasources:
  - name: Prometheus
    type: prometheus
    url: http://prometheus.monitoring.svc:9090
  - name: Billing DB
    type: postgres
    url: ⟦host⟧:5432
    user: grafana_ro
    secureJsonData:
      password: ⟦DBPW⟧
Is secureJsonData encrypted at rest or just hidden in the UI?
§§ en
/etc/hosts on my laptop, some internal hostnames don't resolve:

127.0.0.1       localhost
⟦IPP⟧     gitlab.internal
⟦IPP⟧     ⟦FIRST@1.lower⟧-dev.internal
⟦IP⟧  vpn.⟦dom⟧
::1             localhost ip6-localhost
§§ en
Can you convert this INI to YAML for the new config loader?

[smtp]
host = smtp.⟦dom⟧
user = ⟦WEMAIL@1⟧
password = ⟦PW⟧

[sftp]
host = ⟦IP⟧
user = ⟦LOGIN@2⟧
key = /etc/keys/sftp_rsa

[owner]
name = ⟦NAME@2⟧
phone = ⟦PHONE⟧
§§ en
Found this private key committed in `deploy/keys/id_rsa`. How do I purge it from history?

⟦PEM.rsa⟧
§§ en
JDBC URL in our Tomcat context.xml:

<Resource name="jdbc/hr" auth="Container" type="javax.sql.DataSource"
          driverClassName="org.postgresql.Driver"
          url="jdbc:postgresql://⟦host⟧:5432/hr"
          username="⟦LOGIN@1⟧" password="⟦DBPW⟧"
          maxTotal="20" maxIdle="10" maxWaitMillis="-1"/>
Tomcat logs "FATAL: password authentication failed for user". The password is correct when I use psql.
§§ en
serverless.yml for the signup function:

provider:
  name: aws
  runtime: nodejs20.x
  environment:
    RECAPTCHA_SECRET: ⟦TOKEN.40⟧
    MAPS_KEY: ⟦GAPI⟧
    FOUNDER_PHONE: "⟦PHONE⟧"
functions:
  signup:
    handler: handler.signup
§§ en
Anthropic/OpenAI keys in our LangChain app's .env — the app says invalid x-api-key:

ANTHROPIC_API_KEY=⟦ANTHROPIC⟧
OPENAI_API_KEY=⟦OPENAI⟧
LANGCHAIN_TRACING_V2=true
LANGCHAIN_PROJECT=support-bot-⟦pick:dev|staging|prod⟧
§§ en
Vault KV dump (vault kv get -format=json secret/crm):

{
  "request_id": "⟦uuid⟧",
  "lease_duration": 2764800,
  "data": {
    "data": {
      "db_password": "⟦DBPW⟧",
      "sendgrid_key": "⟦SENDGRID⟧",
      "vault_token_for_ci": "⟦VAULT⟧"
    },
    "metadata": {"created_time": "⟦ts⟧", "version": ⟦num:2:40⟧}
  }
}
§§ en
MongoDB connection string in settings.py — SRV lookup fails:

MONGO_URI = "mongodb+srv://⟦LOGIN@1⟧:⟦DBPW⟧@cluster0.⟦hex:5⟧.mongodb.net/crm?retryWrites=true&w=majority"
§§ en
Can you explain what this Azure connection string contains and which part to rotate?

DefaultEndpointsProtocol=https;AccountName=⟦pick:crmexports|custdocs|invoicesprod⟧;AccountKey=⟦AZKEY⟧;EndpointSuffix=core.windows.net
§§ en
rclone.conf on the NAS, the remote hangs:

[gdrive-backup]
type = drive
scope = drive
token = {"access_token":"⟦TOKEN.ya29./120⟧","token_type":"Bearer","refresh_token":"⟦TOKEN.1//0/60⟧","expiry":"⟦ts⟧"}

[b2]
type = b2
account = ⟦hex:12⟧
key = ⟦TOKEN.31⟧
§§ en
Prometheus alertmanager.yml — pages aren't going out:

receivers:
  - name: oncall-sms
    webhook_configs:
      - url: https://sms-gw.⟦dom⟧/send?to=⟦PHONE⟧&token=⟦TOKEN.32⟧
  - name: slack
    slack_configs:
      - api_url: https://hooks.slack.com/services/⟦SLACKHOOK⟧
        channel: '#alerts'
§§ en
.pgpass on the analytics jump host:

⟦host⟧:5432:analytics:⟦LOGIN@1⟧:⟦DBPW⟧
⟦host⟧:5432:*:readonly:⟦DBPW⟧
localhost:5432:*:postgres:postgres
psql still prompts for the password — permissions on .pgpass?
§§ en
Here's our Dockerfile. Security scanner flagged it, why?

FROM python:3.12-slim
ENV PIP_INDEX_URL=https://⟦LOGIN@1⟧:⟦TOKEN.40⟧@pypi.⟦dom⟧/simple
ENV DJANGO_SECRET_KEY="⟦DJKEY⟧"
COPY . /app
RUN pip install -r /app/requirements.txt
CMD ["gunicorn", "app.wsgi", "-b", "0.0.0.0:8000"]
§§ en
netplan config for the new edge box; it doesn't come up with the static IP:

network:
  version: 2
  ethernets:
    enp3s0:
      match:
        macaddress: "⟦MAC.colon⟧"
      addresses: [⟦IP⟧/29]
      routes:
        - to: default
          via: ⟦IP⟧
      nameservers:
        addresses: [⟦IPP⟧]
""")

# ===========================================================================
# English: version control, tickets, chat
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ en
Can you summarize what changed in this range for the release notes?

commit ⟦sha⟧
Author: ⟦NAME@1⟧ <⟦WEMAIL@1⟧>
Date:   ⟦pick:Mon|Tue|Wed|Thu|Fri⟧ ⟦pick:Jan|Feb|Mar|Apr|Sep|Oct⟧ ⟦num:1:28⟧ ⟦time⟧ ⟦num:2023:2025⟧ +0⟦num:1:2⟧00

    fix(checkout): handle 3DS challenge timeout

commit ⟦sha⟧
Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
Date:   ⟦pick:Mon|Tue|Wed|Thu|Fri⟧ ⟦pick:Jan|Feb|Mar|Apr|Sep|Oct⟧ ⟦num:1:28⟧ ⟦time⟧ ⟦num:2023:2025⟧ +0000

    chore(deps): bump jackson-databind from ⟦semver⟧ to ⟦semver⟧

commit ⟦sha⟧
Author: ⟦NAME@2⟧ <⟦EMAIL@2⟧>
Date:   ⟦pick:Mon|Tue|Wed|Thu|Fri⟧ ⟦pick:Jan|Feb|Mar|Apr|Sep|Oct⟧ ⟦num:1:28⟧ ⟦time⟧ ⟦num:2023:2025⟧ -0⟦num:4:8⟧00

    feat(profile): allow changing phone number (⟦jira⟧)
§§ en
git blame on the line that leaks the password — who do I talk to?

⟦sha7⟧ (⟦NAME@1⟧     ⟦day⟧ ⟦time⟧ +0200  41)     conn = psycopg2.connect(
⟦sha7⟧ (⟦NAME@1⟧     ⟦day⟧ ⟦time⟧ +0200  42)         host="⟦host⟧",
⟦sha7⟧ (⟦NAME@2⟧     ⟦day⟧ ⟦time⟧ +0100  43)         password="⟦DBPW⟧",
⟦sha7⟧ (⟦NAME@1⟧     ⟦day⟧ ⟦time⟧ +0200  44)     )
§§ en
git log --format='%h %an <%ae> %s' -5

⟦sha7⟧ ⟦NAME@1⟧ <⟦WEMAIL@1⟧> Merge pull request #⟦pr⟧ from ⟦LOGIN@1⟧/fix-tz
⟦sha7⟧ ⟦NAME@1⟧ <⟦WEMAIL@1⟧> Use UTC for cron schedule
⟦sha7⟧ github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com> chore: update snapshots
⟦sha7⟧ ⟦NAME@2⟧ <⟦EMAIL@2⟧> wip
⟦sha7⟧ ⟦NAME@3⟧ <⟦WEMAIL@3⟧> Revert "Use UTC for cron schedule"

Who reverted and why? Can you draft a message to them?
§§ en
PR description draft, please make it clearer:

## What
Adds masking for `ssn` and `dob` in the admin export.

## Why
Support (⟦NAME@1⟧) exported a CSV for a customer call and it contained full SSNs, e.g. row ⟦num:10:900⟧ had ⟦SSN⟧ for ⟦NAME@2⟧.

## How to test
1. Log in as admin on staging
2. Export "Applicants" → verify column `ssn` shows ⟦ssnmask⟧
§§ en
Code review comment I got — is the reviewer right?

> ⟦LOGIN@1⟧ commented on `src/notify/sms.py` line ⟦num:10:90⟧:
> Please don't hardcode the test recipient. `TEST_TO = "⟦PHONE⟧"` is ⟦FIRST@2⟧'s personal number, and it's been getting our staging OTPs for three weeks.

My argument: it's only used when ENV=staging.
§§ en
Jira ⟦jira⟧: "Customer cannot update address"

Reporter: ⟦NAME@1⟧
Assignee: ⟦NAME@2⟧
Priority: High
Description:
Customer ⟦NAME@3⟧ (account ⟦num:100000:999999⟧, ⟦EMAIL@3⟧) tries to change address from "⟦ADDR#1⟧" to "⟦ADDR⟧" and gets "Address could not be verified". Happens in app ⟦semver⟧ only.
Steps: Profile → Addresses → Edit → Save.

Help me write a repro test for the address verifier.
§§ en
GitHub issue #⟦pr⟧ on our SDK:

**Describe the bug**
`client.customers.create()` raises `InvalidRequestError: phone` when passing a UK number.

**To Reproduce**
```python
client.customers.create(name="⟦NAME@1⟧", email="⟦EMAIL@1⟧", phone="⟦PHONE.GB⟧")
```

**Environment**: sdk ⟦semver⟧, Python 3.12, macOS 14

Reporter is a customer; their real data is in the issue. Should we edit it out? How?
§§ en
On-call handoff notes (week ⟦num:1:52⟧):

- ⟦jira⟧ still open: payouts to ⟦NAME@1⟧ failing with AC01 — IBAN on file is ⟦IBAN⟧, customer says it's correct. Waiting for bank.
- db-prod-3 disk at ⟦num:70:95⟧%, vacuum scheduled
- ⟦FIRST@2⟧ covers Saturday; reach her at ⟦PHONE⟧ if PagerDuty fails
- Sidekiq queue `mailers` backed up around ⟦hm⟧ UTC, self-resolved
§§ en
Postmortem draft — can you tighten the timeline section?

## Timeline (UTC)
- ⟦hm⟧ Deploy ⟦sha7⟧ (by ⟦NAME@1⟧) enables new KYC provider
- ⟦hm⟧ Support reports applicants stuck in "pending"; example applicant ⟦NAME@2⟧, DOB ⟦DOB.iso⟧, passport ⟦PASS⟧
- ⟦hm⟧ ⟦NAME@3⟧ rolls back
- ⟦hm⟧ Backlog of ⟦num:100:900⟧ applications reprocessed

## Root cause
Provider expects dates as DD/MM/YYYY; we send ISO.
§§ en
Slack thread from #eng-payments, can you turn this into an action list?

⟦FIRST@1⟧ ⟦hm⟧: anyone know why the refund for order ⟦order⟧ bounced?
⟦FIRST@2⟧ ⟦hm⟧: card on file expired, ⟦cardmask⟧
⟦FIRST@1⟧ ⟦hm⟧: customer sent a new one by email 🙃 ⟦CARD⟧ exp ⟦num:1:12⟧/⟦num:26:30⟧
⟦FIRST@2⟧ ⟦hm⟧: pls delete that message. I'll ask them to use the portal
⟦FIRST@3⟧ ⟦hm⟧: deleted from the ticket too. @⟦LOGIN@1⟧ can you file a DLP rule?
§§ en
Commit message review: is this too much detail?

fix(import): tolerate semicolon-separated CSV from Excel (DE locale)

The file from ⟦company⟧'s HR (sent by ⟦NAME@1⟧) uses ';' and decimal commas.
Row that broke: "⟦NAME@2⟧;⟦DOB.eu⟧;⟦IBAN.DE⟧;⟦num:1000:5000⟧,⟦num:10:99⟧"

Refs: ⟦jira⟧
§§ en
Linear issue ⟦pick:ENG|APP|CORE⟧-⟦num:100:4000⟧ — "Duplicate accounts after SSO migration"

⟦NAME@1⟧ has two users now: ⟦WEMAIL@1⟧ (SSO) and ⟦EMAIL@1⟧ (password). Same phone ⟦PHONE⟧.
Merging manually works but there are ~⟦num:100:900⟧ like this. Proposal: match on verified email OR phone.

Can you review the proposal for edge cases?
§§ en
Can you help me reply to this PR review in a polite way?

@⟦LOGIN@1⟧ requested changes:
> The fixture in `tests/fixtures/customers.json` contains what looks like real data (⟦NAME@2⟧, ⟦ADDR⟧, ⟦PHONE⟧). Please replace with generated values before merging.

It IS real, I pulled it from staging which is a prod copy. My bad.
§§ en
Git shortlog for the quarterly report:

$ git shortlog -sne --since=⟦date⟧
   ⟦num:100:400⟧  ⟦NAME@1⟧ <⟦WEMAIL@1⟧>
    ⟦num:40:99⟧  ⟦NAME@2⟧ <⟦WEMAIL@2⟧>
    ⟦num:10:39⟧  dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
     ⟦num:2:9⟧  ⟦NAME@3⟧ <⟦EMAIL@3⟧>
Can you make a chart of this per person?
§§ en
GitHub PR comment thread on `migrations/0112_backfill_dob.py`:

**⟦LOGIN@1⟧**: why is this hardcoding a birth date?
```python
if user.email == "⟦EMAIL@2⟧":
    user.date_of_birth = date(⟦DOB.pyargs⟧)
```
**⟦LOGIN@2⟧**: support ticket, she couldn't edit it herself. Will move to a management command.
**⟦LOGIN@1⟧**: 👍 and please drop her email from the code
§§ en
Incident channel export (⟦date⟧):

[⟦hm⟧] ⟦NAME@1⟧: paging db team, primary is at 100% CPU
[⟦hm⟧] ⟦NAME@2⟧: on it. top query is the admin search: WHERE phone LIKE '%⟦num:1000:9999⟧%'
[⟦hm⟧] ⟦NAME@2⟧: killing pid ⟦pid⟧
[⟦hm⟧] ⟦NAME@1⟧: recovered. Who ran that search? audit says ⟦WEMAIL@3⟧ from ⟦IP⟧
Write the incident summary please.
§§ en
Zendesk ticket #⟦num:100000:999999⟧ escalated to eng:

From: ⟦NAME@1⟧ <⟦EMAIL@1⟧>
Subject: charged twice!!

Hi, I was charged twice for my order, card ending ⟦num:1000:9999⟧. My phone is ⟦PHONE⟧ if you need to call. Address on the order is ⟦ADDR⟧.

Internal note (⟦NAME@2⟧): duplicate webhook, see ⟦jira⟧.
Can you draft the customer reply?
§§ en
Please reword this commit message in English, conventional-commit style:

"arreglo rapido, el cliente ⟦NAME@1⟧ no podia pagar con su tarjeta ⟦CARD⟧ porque el BIN no estaba en la tabla"
§§ en
Review comment from the security champion:

> `logger.info(f"created user {user}")` prints the whole dataclass. From the staging logs:
> `created user User(id=⟦num:100:9999⟧, name='⟦NAME@1⟧', email='⟦EMAIL@1⟧', ssn='⟦SSN⟧', dob=datetime.date(⟦DOB.pyargs⟧))`
> Please implement __repr__ that hides ssn/dob.

What's the cleanest way with dataclasses?
§§ en
Gerrit change ⟦num:10000:99999⟧, patch set ⟦num:2:9⟧:

Owner: ⟦NAME@1⟧ <⟦WEMAIL@1⟧>
Reviewers: ⟦NAME@2⟧, ⟦NAME@3⟧, jenkins
Code-Review-1 by ⟦NAME@2⟧: "the default PIN `⟦PIN.4⟧` for new kiosks must not be in source"
Verified+1 by jenkins
§§ en
Here's our #help-data channel thread, what's the answer?

⟦LOGIN@1⟧: how do I get the birthdays of people in the loyalty program for the "happy birthday" email?
⟦LOGIN@2⟧: `select email, birth_date from loyalty.members where extract(month from birth_date) = extract(month from current_date)`
⟦LOGIN@1⟧: returns e.g. ⟦EMAIL@3⟧ | ⟦DOB.iso⟧ — but timezone issues at month boundaries?
§§ en
Please convert this Jira comment into a checklist:

⟦NAME@1⟧ added a comment - ⟦date⟧ ⟦hm⟧
Verified with the customer (⟦NAME@2⟧, DL ⟦DL⟧, DOB ⟦DOB.us⟧). Steps remaining: re-run OCR on the back side, update the record, notify underwriting. Customer callback number ⟦PHONE⟧.
§§ en
Asana task export — convert to Markdown table:

Task,Assignee,Due,Notes
"Rotate Stripe key",⟦NAME@1⟧,⟦date⟧,"old key ⟦STRIPE⟧ leaked in a screenshot"
"Offboard contractor",⟦NAME@2⟧,⟦date⟧,"disable ⟦LOGIN@3⟧ on VPN + GitHub"
"Renew SSL",⟦NAME@1⟧,⟦date⟧,"certbot on web-01"
§§ en
Bitbucket pipeline email:

Pipeline #⟦build⟧ failed on branch feature/⟦LOGIN@1⟧/kyc-passport
Triggered by: ⟦NAME@1⟧
Step "test" failed: AssertionError: expected passport '⟦PASS⟧' to match /^[A-Z]\d{8}$/
Commit ⟦sha7⟧: "add passport validation"
What's wrong with the regex for that country?
§§ en
Notion page "New joiner setup" — I want to move it into a script:

1. Create Google account: firstname.lastname@⟦dom⟧
2. Add to GitHub org (ask ⟦NAME@1⟧)
3. Shared 1Password vault "Eng" — master password for the old LastPass export: ⟦PW⟧
4. VPN profile: ask IT, include laptop MAC (e.g. ⟦MAC⟧ for ⟦NAME@2⟧'s)
§§ en
Sprint retro notes, please make them less blame-y:

- ⟦FIRST@1⟧ pushed the prod DB password (⟦DBPW⟧) to a public gist by accident, rotated within 20 min
- ⟦FIRST@2⟧ forgot to update the runbook
- Grafana alerts were too noisy, everyone muted them
- good: ⟦FIRST@3⟧'s refactor of the billing worker cut p95 by ⟦num:20:60⟧%
§§ en
Gitea webhook payload — our bot fails to parse `pusher`:

{"ref":"refs/heads/main","before":"⟦sha⟧","after":"⟦sha⟧","pusher":{"id":⟦num:2:999⟧,"login":"⟦LOGIN@1⟧","full_name":"⟦NAME@1⟧","email":"⟦WEMAIL@1⟧"},"repository":{"full_name":"platform/infra"}}
§§ en
Pull request template filled in by a junior, can you suggest edits?

### Summary
Stripe webhook now stores the customer's billing address.

### Test data used
- name: ⟦NAME@1⟧
- address: ⟦ADDR⟧
- card: ⟦CARD⟧ (real, my own, refunded)
§§ en
Teams message from our DBA, I don't get it — explain?

"⟦FIRST@1⟧, the replica at ⟦IPP⟧ lost sync because someone ran `ALTER USER reporting PASSWORD '⟦DBPW⟧'` on it directly. Please always go through the primary ⟦IPP⟧."
""")

# ===========================================================================
# English: LLM requests that wrap artifacts, and assistant answers
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ en
Mask the PII in this log line but keep it parseable (same length if possible):

⟦tsl⟧ INFO signup ok user=⟦LOGIN@1⟧ email=⟦EMAIL@1⟧ phone=⟦PHONE⟧ ip=⟦IP⟧ plan=pro
§§ en
Convert to JSON with keys name, email, phone, address:

⟦NAME@1⟧ — ⟦EMAIL@1⟧ — ⟦PHONE⟧ — ⟦ADDR⟧
⟦NAME@2⟧ — ⟦EMAIL@2⟧ — ⟦PHONE⟧ — ⟦ADDR⟧
§§ en
Write a SQL migration that splits `full_name` into first/last. Example values from prod:
- ⟦NAME@1⟧
- ⟦NAME@2⟧
- ⟦NAME@3⟧
- ⟦NAME@4⟧
Careful, some cultures put the family name first.
§§ en
Explain this stack trace like I'm new to Java:

Exception in thread "main" java.time.format.DateTimeParseException: Text '⟦DOB.dmy#1⟧' could not be parsed at index 2
	at java.base/java.time.format.DateTimeFormatter.parseResolved0(DateTimeFormatter.java:2052)
	at java.base/java.time.LocalDate.parse(LocalDate.java:430)
	at com.acme.hr.EmployeeImporter.parseBirthDate(EmployeeImporter.java:⟦num:20:200⟧)
	// input row: ⟦NAME@1⟧,⟦DOB.dmy#1⟧,⟦WEMAIL@1⟧
§§ en
Write a regex that finds IBANs in free text. Should match these:
⟦IBAN.spaced⟧
⟦IBAN.plain⟧
⟦IBAN.GB⟧
and NOT match order numbers like ⟦order⟧ or build ids like ⟦build⟧-⟦sha7⟧.
§§ en
I need a Python function that validates a BTC address. Test vectors I have:
valid: ⟦BTC.p2pkh⟧
valid: ⟦BTC.wpkh⟧
valid: ⟦BTC.p2sh⟧
invalid: 1BoatSLRHtKNngkdXEeobR76b53LETtpyX (typo)
§§ en
Generate TypeScript types for this API response:

{"id":"⟦uuid⟧","owner":{"name":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧"},"wallets":[{"chain":"ethereum","address":"⟦ETH⟧"},{"chain":"bitcoin","address":"⟦BTC⟧"}],"created":"⟦ts⟧"}
§§ en
Please anonymize this so I can paste it into a public GitHub issue, keep structure:

POST /v1/kyc/verify HTTP/1.1
Host: api.⟦dom⟧
Authorization: Bearer ⟦JWT⟧
Content-Type: application/json

{"first_name":"⟦FIRST@1⟧","last_name":"⟦LAST@1⟧","dob":"⟦DOB.iso⟧","ssn":"⟦SSN⟧","address":"⟦ADDR.US⟧"}
§§ en
Write unit tests for this function using the sample inputs below (keep them as-is):

def mask_email(e: str) -> str:
    local, _, domain = e.partition("@")
    return local[0] + "***@" + domain

samples: ⟦EMAIL@1⟧, ⟦EMAIL@2⟧, ⟦WEMAIL@3⟧
§§ en
Translate these log messages to English and tell me what happened:

⟦tss⟧ ERROR Zahlung fehlgeschlagen für ⟦NAME@1⟧, IBAN ⟦IBAN.DE⟧: Konto erloschen
⟦tss⟧ WARN  Erneuter Versuch in 300s
§§ en asst
The failure comes from row 2 of your CSV: `⟦NAME@1⟧,⟦EMAIL@1⟧,⟦PHONE⟧`. The phone column has a trailing non-breaking space, so the `^\+?\d[\d ]+$` check rejects it. Strip with `.str.replace('\u00a0', '')` before validating; rows for ⟦NAME@2⟧ and ⟦NAME@3⟧ are fine.
§§ en asst
Here is the masked version you asked for:

```
⟦tsl⟧ INFO login user=m***@*** ip=***.***.***.*** ok
```

Note that the original line also contained the session cookie `sessionid=⟦COOKIE.django⟧`, which I removed; you should rotate it since it was pasted here.
§§ en asst
Your DSN is malformed because the password contains an `@`. In `postgres://⟦LOGIN@1⟧:⟦DBPW⟧@⟦host⟧:5432/crm` the parser is fine, but the old one you showed had `@` inside the password. URL-encode it (`%40`) or switch to keyword DSN: `host=⟦host⟧ user=⟦LOGIN@1⟧ password=...`.
§§ en asst
Looking at the output, the duplicate comes from ⟦NAME@1⟧ having two emails (`⟦EMAIL@1⟧` and `⟦WEMAIL@1⟧`). Use `QUALIFY ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) = 1` to keep the latest.
§§ en asst
Here's the JSON:

```json
[
  {"name": "⟦NAME@1⟧", "email": "⟦EMAIL@1⟧", "phone": "⟦PHONE⟧", "address": "⟦ADDR⟧"},
  {"name": "⟦NAME@2⟧", "email": "⟦EMAIL@2⟧", "phone": "⟦PHONE⟧", "address": "⟦ADDR⟧"}
]
```

I normalized the separators; the second phone number had an extra leading zero which I kept as-is.
§§ en asst
The test fails because `Customer.__eq__` compares `dob` as a string: the fixture has `"⟦DOB.iso⟧"` while the parsed object has `datetime.date`. Either parse in the fixture or compare `.isoformat()`. Also, consider not using ⟦NAME@1⟧'s real SSN (`⟦SSN⟧`) in tests — generate one with a non-issued area number instead.
§§ en asst
Explanation of the log:

1. `⟦IP#1⟧` tried `admin` and `root` (lines 2–3) — these are brute-force attempts.
2. Line 1 is a legitimate login by `⟦LOGIN@1⟧` with a public key from `⟦IP⟧`.
3. Line 4 shows `⟦LOGIN@1⟧` using sudo to restart nginx.

So fail2ban is working for `⟦IP#1⟧`; the root attempts reach sshd because `PermitRootLogin` is still `prohibit-password`.
§§ en asst
Here are the normalized E.164 numbers:

| customer | phone |
|---|---|
| ⟦NAME@1⟧ | ⟦PHONE.US⟧ |
| ⟦NAME@2⟧ | ⟦PHONE.GB⟧ |
| ⟦NAME@3⟧ | ⟦PHONE.IN⟧ |

The Brazilian one couldn't be parsed because it lacks the area code.
§§ en asst
The key you pasted (`⟦AWSKEY⟧`) is an access key ID; together with the secret `⟦AWSSEC⟧` it grants access to your account. Deactivate it in IAM now, then create a new one and store it in Secrets Manager. Treat both as compromised since they've been shared here.
§§ en asst
Sure — the passport number `⟦PASS⟧` for ⟦NAME@1⟧ has 9 characters, but your regex `^[A-Z]\d{7}$` expects 8. Use `^[A-Z0-9]{8,9}$` or, better, validate per issuing country.
§§ en
Is this a valid Ethereum address or did the copy-paste break the checksum? ⟦ETH⟧ — it's ⟦NAME@1⟧'s payout wallet from the affiliate form.
§§ en
Rewrite this email to the customer to be more empathetic:

Hi ⟦FIRST@1⟧,
Your refund to the card ending in ⟦num:1000:9999⟧ was processed on ⟦date⟧. If you don't see it, call your bank. We also updated your address to ⟦ADDR⟧ as requested.
— ⟦FIRST@2⟧, Support
§§ en
Our support bot (LangChain) answered a user with someone else's data. Here's the retrieved context it used:

[doc 1] Customer: ⟦NAME@1⟧ | Email: ⟦EMAIL@1⟧ | Plan: Business | Phone: ⟦PHONE⟧
[doc 2] Customer: ⟦NAME@2⟧ | Email: ⟦EMAIL@2⟧ | Plan: Free
[question from ⟦EMAIL@2#1⟧] "what's the phone on my account?"
How do I enforce tenant filtering in the retriever?
§§ en
Give me a pandas one-liner that keeps only people born before 1990 from:

name,birth_date
⟦NAME@1⟧,⟦DOB.iso⟧
⟦NAME@2⟧,⟦DOB.iso⟧
⟦NAME@3⟧,⟦DOB.iso⟧
⟦NAME@4⟧,⟦DOB.iso⟧
§§ en
Summarize this support call transcript for the CRM notes:

Agent: Thanks for calling, who am I speaking with?
Caller: ⟦NAME@1⟧. My date of birth is ⟦DOB.long⟧ if you need it.
Agent: And the last four of your social?
Caller: Actually here's the full one, ⟦SSN⟧, I don't mind.
Agent: Got it. What's the issue?
Caller: My new address isn't showing. It's ⟦ADDR.US⟧.
§§ en
Can you turn this into a Pydantic model with validation? Sample payload:

{
  "applicant": {"name": "⟦NAME@1⟧", "itin": "⟦ITIN⟧", "dob": "⟦DOB.iso⟧"},
  "employer": {"name": "⟦company⟧", "ein": "⟦num:10:99⟧-⟦num:1000000:9999999⟧"},
  "contact": {"email": "⟦EMAIL@1⟧", "phone": "⟦PHONE.US⟧"}
}
§§ en
Write a bash one-liner that extracts unique client IPs with their count from this access log:

⟦IP#1⟧ - - [⟦clf⟧] "GET / HTTP/1.1" 200 ⟦num:500:5000⟧
⟦IP#2⟧ - - [⟦clf⟧] "GET /pricing HTTP/1.1" 200 ⟦num:500:5000⟧
⟦IP#1⟧ - - [⟦clf⟧] "GET /login HTTP/1.1" 200 ⟦num:500:5000⟧
⟦IP6⟧ - - [⟦clf⟧] "GET / HTTP/2.0" 304 0
§§ en
Please fill in the missing `dob` values with NULL and generate INSERT statements for Postgres:

⟦NAME@1⟧ | ⟦EMAIL@1⟧ | ⟦DOB.us⟧
⟦NAME@2⟧ | ⟦EMAIL@2⟧ |
⟦NAME@3⟧ | ⟦EMAIL@3⟧ | ⟦DOB.us⟧
§§ en
Classify each of these strings as email / phone / IP / other (for our DLP rule tests):

1. ⟦EMAIL@1⟧
2. ⟦PHONE⟧
3. ⟦IP⟧
4. ⟦uuid⟧
5. v⟦semver⟧
6. ⟦IP6⟧
7. ⟦sha7⟧
§§ en
Draft a GDPR data-subject-access response. What we hold about the requester:

Name: ⟦NAME@1⟧
Email: ⟦EMAIL@1⟧
Phone: ⟦PHONE⟧
Postal address: ⟦ADDR⟧
IPs seen (last 90 days): ⟦IP⟧, ⟦IP⟧
Orders: ⟦order⟧, ⟦order⟧
§§ en
My LlamaIndex query engine returns this node — why is the score so low?

NodeWithScore(node=TextNode(id_='⟦uuid⟧', text='Tenant: ⟦NAME@1⟧, unit 4B. Lease start ⟦date⟧. Contact ⟦PHONE⟧, ⟦EMAIL@1⟧. Emergency contact: ⟦NAME@2⟧ ⟦PHONE⟧.', metadata={'source': 'leases/⟦num:2019:2024⟧/⟦hex:8⟧.pdf'}), score=0.⟦num:10:35⟧)
""")

# ===========================================================================
# English: given names that are also words (as people and as words)
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ en
We're migrating the billing scripts from Ruby to Julia for the numeric parts. ⟦WNAME@1⟧ wrote most of the Ruby code; ⟦WFIRST@2⟧ will review the Julia port. Any gotchas with 1-based indexing when porting `each_slice`?
§§ en
Grace period question: our subscription has a 7-day grace period after a failed payment. ⟦WNAME@1⟧ (⟦WEMAIL@1⟧) says the dunning emails go out on day 3, will that conflict with Stripe's Smart Retries?
§§ en
The "mark as read" button doesn't work for ⟦WFIRST@1⟧'s account (user id ⟦num:1000:99999⟧). Console shows:
PATCH /api/notifications/⟦uuid⟧ 403 (Forbidden)
Other users can mark as read fine. Will check the ACL, but any idea?
§§ en
Ada question (the language, not a person 😄): how do I declare a range type for PINs 0000–9999? Context: ⟦WNAME@1⟧ asked me to port the kiosk firmware; the test kiosk's admin PIN is ⟦PIN.4⟧ and it's currently a plain Integer.
§§ en
Our Hugo site build is failing on Netlify. Also, Jade templates from the old site need converting. ⟦WNAME@1⟧ set it up originally; her notes say "run hugo --minify". Log:
Error: error building site: failed to render pages: render of "page" failed: template: _default/single.html:⟦num:5:60⟧:⟦num:1:30⟧
§§ en
Sales rose 14% in Q3 but the dashboard shows a drop. The query was last edited by ⟦WNAME@1⟧:
SELECT date_trunc('quarter', created_at) q, sum(amount) FROM orders WHERE status != 'refunded' GROUP BY 1;
Hunter-style lead enrichment was added in Q3 too — could duplicate orders from the Chase integration explain it?
§§ en
Max retries question: `max(3, retries)` vs `min` — ⟦WFIRST@1⟧ says I have it backwards. Code:
for attempt in range(max(3, cfg.retries)):
    resp = client.post(url, json=payload)
Who's right? (⟦WFIRST@1⟧ is our tech lead, ⟦WNAME@2⟧ wrote the original.)
§§ en
Bill run failed last night. The billing job logs "Bill #⟦num:10000:99999⟧ skipped: customer ⟦NAME@1⟧ has no default payment method". ⟦WNAME@2⟧ on the finance team wants a list of all skipped bills. SQL?
§§ en
Summer sale banner goes live ⟦date⟧. ⟦WNAME@1⟧ is the PM; ⟦WFIRST@2⟧ does QA. Can you write the feature-flag config (LaunchDarkly) with a percentage rollout that will hit 100% after 3 days?
§§ en
Amber alert threshold in Grafana: we use green/amber/red. ⟦WNAME@1⟧ asked to page on amber only during business hours. Alertmanager route please; her PagerDuty user id is P⟦hex:6⟧ and phone ⟦PHONE⟧.
§§ en
Frank question about our codebase: is using `Will` as a variable name for the will-call pickup status confusing? ⟦WNAME@1⟧ thinks so. Current code:
class PickupStatus(Enum):
    WILL = "will_call"
    SHIPPED = "shipped"
§§ en
Who owns this? git log says:
⟦sha7⟧ ⟦WNAME@1⟧ <⟦WEMAIL@1⟧> Add Jasmine specs for date picker
⟦sha7⟧ ⟦WNAME@2⟧ <⟦WEMAIL@2⟧> Replace Karma with Vitest
⟦sha7⟧ ⟦WNAME@1⟧ <⟦WEMAIL@1⟧> Mocha → Jest for the API tests
The Jasmine specs are flaky, should I ping ⟦WFIRST@1⟧ or ⟦WFIRST@2⟧?
§§ en
Our intern ⟦WNAME@1⟧ asked: "what does 'Dawn of the Data' mean in the roadmap?" — it's just the name of the Q1 data-platform epic. Can you write a one-paragraph explanation for the onboarding doc?
§§ en
Faith-based charity client (they run a "Hope & Joy" food bank program) needs a donor export. Columns: donor name, email, last gift. Sample: ⟦NAME@1⟧, ⟦EMAIL@1⟧, ⟦amount⟧. Contact person there is ⟦WNAME@2⟧. Write a Looker Studio-friendly CSV spec.
§§ en
Jenkins and Sidekiq both run on the old box. ⟦WNAME@1⟧ (infra) wants to retire it; ⟦WFIRST@2⟧ is worried about the Sidekiq cron jobs. Plan for migrating both to k8s?
§§ en
Ruby gem `rose_garden` (internal) fails to install: "Gem::Ext::BuildError: ERROR: Failed to build gem native extension." ⟦WNAME@1⟧ maintains it; her last commit was ⟦sha7⟧. I'm on Apple Silicon.
§§ en
"Crystal" in our stack means the Crystal language service for image resizing, not a person. But the on-call rota lists ⟦WNAME@1⟧ (⟦PHONE⟧) as owner. Can you write a service catalog entry?
§§ en
Penny rounding bug: invoices are off by a penny for ⟦NAME@1⟧'s account. ⟦WNAME@2⟧ says use Decimal with ROUND_HALF_EVEN. Code uses float. Fix please:
total = sum(line.qty * line.price for line in lines)
§§ en
The Violet theme in our design system (named after the color) broke dark mode. ⟦WNAME@1⟧ on design says the token `color.violet.500` changed from #7c3aed to #8b5cf6. How to do a codemod?
§§ en
Robin-hood hashing vs. chaining — ⟦WNAME@1⟧ asked in review why I picked robin-hood for the dedupe map of ⟦num:1000000:9000000⟧ emails. Give me arguments?
§§ en
Heather from marketing? No — `heather` is the name of our staging k8s cluster (we name clusters after plants). The real person ⟦WNAME@1⟧ needs read access to it. RBAC YAML for her user ⟦WEMAIL@1⟧?
§§ en
Ivy and Iris are our two Nuxt apps. ⟦WNAME@1⟧ leads Ivy; ⟦WNAME@2⟧ leads Iris. Both need the new auth SDK ⟦semver⟧. Write an upgrade guide.
§§ en
The Olive release (our codename) ships next week. ⟦WFIRST@1⟧'s checklist item: "verify Chase Paymentech settlement files". Who at Chase should we contact? (Not a person named Chase — the bank.)
§§ en
Our Flask + Celery app uses a task named `mark_as_read`. ⟦WNAME@1⟧ added retries; now some notifications are marked twice. Will an idempotency key fix it?
§§ en
Lance is our load-testing tool (internal fork of Locust). ⟦WNAME@1⟧ ran it against staging: p99 ⟦num:200:2000⟧ms at ⟦num:100:900⟧ rps. Does that meet the SLO of 500ms p99?
""")

# ===========================================================================
# English: HTTP, APIs, webhooks, payloads
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ en
This curl works from my laptop but 401s from the server. Why?

curl -X POST https://api.⟦dom⟧/v1/contacts \
  -H "Authorization: Bearer ⟦JWT⟧" \
  -H "Content-Type: application/json" \
  -d '{"name":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧","phone":"⟦PHONE⟧"}'
§§ en
Copied from Chrome devtools (Copy as cURL). The session expires immediately — cookie issue?

curl 'https://app.⟦dom⟧/api/me' \
  -H 'accept: application/json' \
  -H 'cookie: sessionid=⟦COOKIE.django⟧; csrftoken=⟦hex:32⟧; _ga=GA1.1.⟦num:100000000:999999999⟧.⟦epoch⟧' \
  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36' \
  --compressed
§§ en
Stripe webhook payload (customer.updated) — our handler crashes on `address.line2` being null:

{
  "id": "evt_⟦hex:24⟧",
  "type": "customer.updated",
  "data": {"object": {
    "id": "cus_⟦hex:14⟧",
    "name": "⟦NAME@1⟧",
    "email": "⟦EMAIL@1⟧",
    "phone": "⟦PHONE⟧",
    "address": {"line1": "⟦STREET⟧", "line2": null, "city": "⟦city⟧", "country": "⟦pick:US|GB|DE|FR|CA⟧"}
  }}
}
§§ en
GraphQL mutation returns "Variable $input got invalid value":

mutation UpdateProfile($input: ProfileInput!) { updateProfile(input: $input) { id } }

variables:
{"input": {"displayName": "⟦NAME@1⟧", "birthDate": "⟦DOB.dmy⟧", "phone": "⟦PHONE⟧", "handle": "⟦LOGIN@1⟧"}}
schema: birthDate: Date (ISO-8601)
§§ en
HAR excerpt from a customer's browser (they sent it for debugging). What's causing the CORS error?

"request": {
  "method": "POST",
  "url": "https://api.⟦dom⟧/v2/checkout",
  "headers": [
    {"name": "Origin", "value": "https://shop.⟦dom⟧"},
    {"name": "Cookie", "value": "connect.sid=⟦COOKIE.express⟧"}
  ],
  "postData": {"text": "{\"card\":\"⟦CARD⟧\",\"name\":\"⟦NAME@1⟧\",\"zip\":\"⟦num:10000:99999⟧\"}"}
},
"response": {"status": 0, "statusText": "", "_error": "net::ERR_FAILED"}
§§ en
OAuth token response logged by our client library (debug level). Should the library redact this?

DEBUG oauthlib: token response: {"access_token": "⟦TOKEN.40⟧", "refresh_token": "⟦TOKEN.48⟧", "expires_in": 3599, "scope": "contacts.read", "id_token": "⟦JWT⟧"}
DEBUG oauthlib: user: {"sub": "⟦num:100000000000000000000:999999999999999999999⟧", "email": "⟦EMAIL@1⟧", "name": "⟦NAME@1⟧"}
§§ en
Twilio inbound SMS webhook (form-encoded) — I need to parse Body for the OTP:

ToCountry=US&ToState=CA&SmsMessageSid=SM⟦hex:32⟧&NumMedia=0&From=%2B⟦PHONE.US.digits⟧&To=%2B⟦PHONE.US.digits⟧&Body=Your+code+is+⟦PIN.6⟧&AccountSid=AC⟦hex:32⟧
§§ en
Our partner's API returns XML and we need JSON. Sample:

<Applicant id="⟦num:10000:99999⟧">
  <Name>⟦NAME@1⟧</Name>
  <BirthDate>⟦DOB.iso⟧</BirthDate>
  <TaxId type="ITIN">⟦ITIN⟧</TaxId>
  <Address>⟦ADDR.US⟧</Address>
  <Phone>⟦PHONE.US⟧</Phone>
</Applicant>
§§ en
Shopify order webhook — `customer.default_address` shows the old address but `shipping_address` is new. Which should we trust?

{"id":⟦num:1000000000:9999999999⟧,"email":"⟦EMAIL@1⟧","shipping_address":{"name":"⟦NAME@1⟧","address1":"⟦STREET⟧","city":"⟦city⟧","phone":"⟦PHONE⟧"},"customer":{"id":⟦num:1000000000:9999999999⟧,"default_address":{"address1":"⟦STREET⟧","city":"⟦city⟧"}}}
§§ en
Request that our API gateway rejected with 413 — body was:

POST /v1/documents HTTP/1.1
X-Request-Id: ⟦uuid⟧
X-Api-Key: ⟦TOKEN.32⟧

{"owner":"⟦NAME@1⟧","type":"passport","number":"⟦PASS⟧","scan":"data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/⟦hex:40⟧..."}
§§ en
Plaid-style webhook payload. The `account_owner` sometimes comes back null:

{"webhook_type":"TRANSACTIONS","webhook_code":"DEFAULT_UPDATE","item_id":"⟦hex:32⟧","new_transactions":⟦num:1:40⟧,"account":{"iban":"⟦IBAN⟧","account_owner":"⟦NAME@1⟧","mask":"⟦num:1000:9999⟧"}}
§§ en
Check my Express middleware — it logs the Authorization header:

app.use((req, res, next) => {
  console.log(req.method, req.url, req.headers.authorization);
  next();
});

// output:
// GET /api/orders Basic ⟦BASIC@1⟧
// GET /api/orders Bearer ⟦GHP⟧
§§ en
Calendly webhook invitee.created — I want to store it in Postgres:

{"event":"invitee.created","payload":{"email":"⟦EMAIL@1⟧","name":"⟦NAME@1⟧","text_reminder_number":"⟦PHONE⟧","questions_and_answers":[{"question":"Company","answer":"⟦company⟧"}],"scheduled_event":{"start_time":"⟦ts⟧"}}}
Schema suggestion?
§§ en
Our mobile app sends this on registration — the backend rejects it with "dob in future":

POST /register
{"username":"⟦LOGIN@1⟧","password":"⟦PW⟧","email":"⟦EMAIL@1⟧","dob":"⟦DOB.us⟧","device":{"id":"⟦uuid⟧","mac":"⟦MAC⟧","os":"Android ⟦num:10:14⟧"}}
Guessing the server parses it as DD/MM?
§§ en
Coinbase Commerce webhook; trying to match the payer to our user table:

{"event":{"type":"charge:confirmed","data":{"code":"⟦hex:8⟧","metadata":{"customer_name":"⟦NAME@1⟧","customer_email":"⟦EMAIL@1⟧"},"payments":[{"network":"ethereum","payer_addresses":["⟦ETH⟧"],"value":{"crypto":{"amount":"0.0⟦num:100:999⟧","currency":"ETH"}}}]}}}
§§ en
SOAP request our legacy client sends; the new gateway wants REST. Map it:

<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Header><wsse:Security><wsse:UsernameToken><wsse:Username>⟦LOGIN@1⟧</wsse:Username><wsse:Password>⟦PW⟧</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header>
  <soap:Body><GetCustomer><Email>⟦EMAIL@2⟧</Email></GetCustomer></soap:Body>
</soap:Envelope>
§§ en
Intercom conversation export (JSON) — write a script to redact it:

{"type":"conversation","id":"⟦num:10000000000:99999999999⟧","source":{"author":{"type":"user","name":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧"},"body":"<p>Hi, my card ⟦CARD⟧ was charged but the order didn't go through. My number is ⟦PHONE⟧.</p>"},"created_at":⟦epoch⟧}
§§ en
gRPC error from the address-validation service:

rpc error: code = InvalidArgument desc = address "⟦ADDR⟧" failed validation: unknown postal code
  request_id=⟦uuid⟧ user=⟦LOGIN@1⟧ client_ip=⟦IP⟧
§§ en
Our Segment track call payload — is `traits` supposed to include phone?

analytics.identify("⟦uuid⟧", {
  name: "⟦NAME@1⟧",
  email: "⟦EMAIL@1⟧",
  phone: "⟦PHONE⟧",
  address: { street: "⟦STREET⟧", city: "⟦city⟧" },
  plan: "enterprise"
});
§§ en
DocuSign Connect XML — the recipient fields come back empty in our parser:

<RecipientStatus>
  <Type>Signer</Type>
  <Email>⟦EMAIL@1⟧</Email>
  <UserName>⟦NAME@1⟧</UserName>
  <Signed>⟦ts⟧</Signed>
  <RecipientIPAddress>⟦IP⟧</RecipientIPAddress>
</RecipientStatus>
§§ en
Okta System Log event — why is the MFA factor "unknown"?

{"actor":{"alternateId":"⟦WEMAIL@1⟧","displayName":"⟦NAME@1⟧"},"client":{"ipAddress":"⟦IP⟧","geographicalContext":{"city":"⟦city⟧"}},"eventType":"user.authentication.auth_via_mfa","outcome":{"result":"FAILURE","reason":"INVALID_CREDENTIALS"},"uuid":"⟦uuid⟧"}
""")

# ===========================================================================
# English: shell sessions, system dumps, data pipelines
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ en
$ kubectl get secret ⟦svc⟧-db -o yaml
apiVersion: v1
data:
  password: ⟦B64SEC.24⟧
  username: YXBwX3VzZXI=
kind: Secret
metadata:
  creationTimestamp: "⟦ts⟧"
  name: ⟦svc⟧-db
  namespace: prod
  uid: ⟦uuid⟧
type: Opaque
How do I rotate this without restarting every pod?
§§ en
my shell history from the incident, can you reconstruct what I did?

  ⟦num:500:999⟧  ssh ⟦LOGIN@1⟧@⟦IP⟧
  ⟦num:500:999⟧  sudo -i
  ⟦num:500:999⟧  mysql -u root -p'⟦DBPW⟧' -e 'show processlist'
  ⟦num:500:999⟧  kill -9 ⟦pid⟧
  ⟦num:500:999⟧  tail -f /var/log/mysql/error.log
  ⟦num:500:999⟧  exit
§§ en
/etc/shadow from an old VM snapshot we found on S3. How bad is this?

root:*:⟦num:18000:19900⟧:0:99999:7:::
daemon:*:⟦num:18000:19900⟧:0:99999:7:::
⟦LOGIN@1⟧:⟦SHACRYPT⟧:⟦num:18000:19900⟧:0:99999:7:::
⟦LOGIN@2⟧:⟦SHACRYPT⟧:⟦num:18000:19900⟧:0:99999:7:::
postgres:!:⟦num:18000:19900⟧::::::
§§ en
.htpasswd for the staging basic auth:

⟦LOGIN@1⟧:⟦BCRYPT⟧
⟦LOGIN@2⟧:⟦BCRYPT⟧
qa-bot:⟦BCRYPT⟧
Can I generate these with Python instead of htpasswd?
§§ en
LDAP export (ldapsearch) for the offboarding script:

dn: uid=⟦LOGIN@1⟧,ou=people,dc=⟦pick:corp|example-int|office⟧,dc=local
objectClass: inetOrgPerson
cn: ⟦NAME@1⟧
sn: ⟦LAST@1⟧
mail: ⟦WEMAIL@1⟧
telephoneNumber: ⟦PHONE⟧
userPassword: ⟦TOKEN.{SSHA}/40⟧
How do I disable the account without deleting it?
§§ en
$ ip addr show wlan0
3: wlan0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
    link/ether ⟦MAC.colon⟧ brd ff:ff:ff:ff:ff:ff
    inet ⟦IPP⟧/24 scope global dynamic noprefixroute wlan0
       valid_lft ⟦num:1000:86400⟧sec preferred_lft ⟦num:1000:86400⟧sec
    inet6 ⟦IP6⟧/64 scope global dynamic noprefixroute
Why can't I reach the printer at ⟦IPP⟧ from this laptop?
§§ en
arp -a on the office router — which of these is the rogue device?

? (⟦IPP⟧) at ⟦MAC⟧ [ether] on br0
⟦FIRST@1.lower⟧-laptop (⟦IPP⟧) at ⟦MAC⟧ [ether] on br0
printer-2f (⟦IPP⟧) at ⟦MAC⟧ [ether] on br0
? (⟦IPP⟧) at ⟦MAC⟧ [ether] on br0
§§ en
`last -10` on the jump host — someone logged in at 3am:

⟦LOGIN@1⟧ pts/0        ⟦IP⟧    ⟦pick:Mon|Tue|Wed|Thu⟧ ⟦pick:Jan|Feb|Mar⟧ ⟦num:10:28⟧ 03:1⟦num:0:9⟧ - 03:4⟦num:0:9⟧  (00:3⟦num:0:9⟧)
⟦LOGIN@2⟧ pts/1        ⟦IP⟧    ⟦pick:Mon|Tue|Wed|Thu⟧ ⟦pick:Jan|Feb|Mar⟧ ⟦num:10:28⟧ 09:0⟦num:0:9⟧   still logged in
reboot   system boot  5.15.0-⟦num:80:120⟧-generic ⟦pick:Sun|Sat⟧ ⟦pick:Jan|Feb|Mar⟧ ⟦num:1:9⟧ 02:00   still running
§§ en
tcpdump shows the health checks but not the customer traffic:

⟦time⟧.⟦num:100000:999999⟧ IP ⟦IP⟧.⟦num:30000:65000⟧ > ⟦IPP⟧.443: Flags [S], seq ⟦num:100000000:999999999⟧, win 64240, length 0
⟦time⟧.⟦num:100000:999999⟧ IP ⟦IPP⟧.443 > ⟦IP⟧.⟦num:30000:65000⟧: Flags [R.], seq 0, ack ⟦num:100000000:999999999⟧, win 0, length 0
⟦time⟧.⟦num:100000:999999⟧ IP ⟦IPP⟧.⟦num:30000:65000⟧ > ⟦IPP⟧.8080: Flags [S], seq ⟦num:100000000:999999999⟧, win 64240, length 0
§§ en
Android logcat from a tester's phone — the crash happens right after login:

⟦day⟧ ⟦time⟧.⟦num:100:999⟧ ⟦pid⟧ ⟦pid⟧ D AuthRepo: login ok user=⟦EMAIL@1⟧ token=⟦JWT⟧
⟦day⟧ ⟦time⟧.⟦num:100:999⟧ ⟦pid⟧ ⟦pid⟧ E AndroidRuntime: FATAL EXCEPTION: main
⟦day⟧ ⟦time⟧.⟦num:100:999⟧ ⟦pid⟧ ⟦pid⟧ E AndroidRuntime: java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String com.app.model.Profile.getPhone()' on a null object reference
⟦day⟧ ⟦time⟧.⟦num:100:999⟧ ⟦pid⟧ ⟦pid⟧ E AndroidRuntime:     at com.app.ui.HomeFragment.onViewCreated(HomeFragment.kt:⟦num:20:200⟧)
§§ en
Debezium CDC event from the customers table — the `before` is null on updates, why?

{"before":null,"after":{"id":⟦num:1000:99999⟧,"name":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧","phone":"⟦PHONE⟧","dob":"⟦DOB.iso⟧","updated_at":⟦epochms⟧},"source":{"connector":"postgresql","db":"crm","table":"customers","lsn":⟦num:10000000:99999999⟧},"op":"u","ts_ms":⟦epochms⟧}
(dob arrives as a string — how do I turn it into a DATE in ksqlDB?)
§§ en
kcat -C -t signups -o -3 -e

{"user_id":"⟦uuid⟧","email":"⟦EMAIL@1⟧","country":"⟦pick:DE|FR|NL|BR|IN⟧","ip":"⟦IP⟧"}
{"user_id":"⟦uuid⟧","email":"⟦EMAIL@2⟧","country":"⟦pick:US|GB|JP|KR|MX⟧","ip":"⟦IP6⟧"}
{"user_id":"⟦uuid⟧","email":"⟦EMAIL@3⟧","country":"⟦pick:ES|IT|PL|TR|ZA⟧","ip":"⟦IP⟧"}
% Reached end of topic signups [0] at offset ⟦num:100000:999999⟧: exiting
Consumer lag keeps growing on the other group, is the partition count the issue?
§§ en
Great Expectations validation failed:

expect_column_values_to_match_regex
  column: phone
  regex: ^\+[1-9]\d{7,14}$
  unexpected_count: ⟦num:2:900⟧
  partial_unexpected_list: ["⟦PHONE⟧", "⟦PHONE⟧", "⟦PHONE⟧"]
Should I normalize upstream or relax the expectation?
§§ en
Airbyte sync log:

⟦tsl⟧ source > Syncing stream: contacts
⟦tsl⟧ destination > ERROR Failed to insert record: {"id": ⟦num:100:99999⟧, "name": "⟦NAME@1⟧", "email": "⟦EMAIL@1⟧", "notes": "called from ⟦PHONE⟧, prefers evenings"} — column "notes" exceeds 255 chars
⟦tsl⟧ replication-orchestrator > Sync failed after ⟦num:1:5⟧ attempts
§§ en
sklearn throws "could not convert string to float" — here's X_train.head(2):

⟦ALIGN:pandas⟧
¦age¦income¦zip¦email¦churned
⟦num:0:9999⟧¦⟦num:18:80⟧¦⟦num:20000:150000⟧¦⟦num:10000:99999⟧¦⟦EMAIL@1⟧¦0
⟦num:0:9999⟧¦⟦num:18:80⟧¦⟦num:20000:150000⟧¦⟦num:10000:99999⟧¦⟦EMAIL@2⟧¦1
⟦/ALIGN⟧
I guess I forgot to drop email. Should I hash it as a feature instead?
§§ en
Avro record that fails schema validation (field `birthDate` is logicalType date):

{"customerId": "⟦uuid⟧", "fullName": "⟦NAME@1⟧", "birthDate": "⟦DOB.iso⟧", "loyaltyTier": "GOLD"}
Error: Expected int, got string for field birthDate
§§ en
`docker inspect` of the api container — I think the env leaks into the image history:

"Env": [
    "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "DATABASE_URL=postgres://api:⟦DBPW⟧@⟦host⟧:5432/api",
    "SENTRY_ENVIRONMENT=production",
    "SUPPORT_INBOX_PASSWORD=⟦PW⟧",
    "PYTHON_VERSION=3.11.⟦num:1:9⟧"
],
§§ en
printenv on the CI runner (I know...):

CI=true
GITHUB_ACTOR=⟦LOGIN@1⟧
GITHUB_SHA=⟦sha⟧
NPM_TOKEN=⟦NPM⟧
PYPI_TOKEN=⟦PYPI⟧
RUNNER_OS=Linux
HOME=/home/runner
Which of these should be masked with ::add-mask::?
§§ en
`aws sts get-caller-identity` gives the wrong account. Output:

{
    "UserId": "AIDA⟦hex:16⟧",
    "Account": "⟦num:100000000000:999999999999⟧",
    "Arn": "arn:aws:iam::⟦num:100000000000:999999999999⟧:user/⟦LOGIN@1⟧"
}
My ~/.aws/credentials has:
[default]
aws_access_key_id = ⟦AWSKEY⟧
aws_secret_access_key = ⟦AWSSEC⟧
§§ en
Browser localStorage dump from the support laptop:

> Object.entries(localStorage)
[["auth.token", "⟦JWT⟧"], ["user.profile", "{\"name\":\"⟦NAME@1⟧\",\"email\":\"⟦EMAIL@1⟧\"}"], ["theme", "dark"], ["ld:⟦hex:24⟧:features", "{...}"]]
Should we move the token to an httpOnly cookie?
§§ en
iOS crash log header (from TestFlight feedback):

Incident Identifier: ⟦uuid⟧
Hardware Model:      iPhone15,3
Process:             ShopApp [⟦pid⟧]
Version:             ⟦semver⟧ (⟦build⟧)
Date/Time:           ⟦tss⟧.⟦num:10:99⟧ +0200
Tester:              ⟦NAME@1⟧ (⟦EMAIL@1⟧)
Exception Type:  EXC_CRASH (SIGABRT)
Thread 0 Crashed: 0 libswiftCore.dylib ... ProfileViewModel.formatPhone(_:) + ⟦num:100:999⟧
§§ en
nmap scan of the guest VLAN, something's running SMB:

Nmap scan report for ⟦IPP⟧
Host is up (0.00⟦num:10:99⟧s latency).
PORT    STATE SERVICE
445/tcp open  microsoft-ds
MAC Address: ⟦MAC.upper⟧ (Apple)

Nmap scan report for ⟦FIRST@1.lower⟧s-macbook.lan (⟦IPP⟧)
PORT   STATE SERVICE
22/tcp open  ssh
MAC Address: ⟦MAC.upper⟧ (Apple)
§§ en
Fivetran connector error — HubSpot → Snowflake:

Sync failed: Column "PHONE" value '⟦PHONE⟧ / ⟦PHONE⟧ (mobile)' is too long for type VARCHAR(32). Record id ⟦num:10000000:99999999⟧, owner ⟦NAME@1⟧.
Should I widen the column or split on "/"?
§§ en
Can you parse this ps output? A process is running with a password on the command line:

USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND
⟦LOGIN@1⟧   ⟦pid⟧  ⟦num:0:99⟧.⟦num:0:9⟧  1.⟦num:0:9⟧ ⟦num:100000:999999⟧ ⟦num:10000:99999⟧ ?        Sl   ⟦hm⟧   0:⟦num:10:59⟧ python sync.py --user ⟦LOGIN@1⟧ --password ⟦PW⟧
postgres   ⟦pid⟧  0.0  0.⟦num:1:9⟧ ⟦num:100000:999999⟧ ⟦num:10000:99999⟧ ?        Ss   ⟦hm⟧   0:00 postgres: checkpointer
§§ en
psql \du output, cleaning up roles — which are people vs services?

                                   List of roles
   Role name    |                         Attributes
----------------+------------------------------------------------------------
 app            |
 ⟦LOGIN@1⟧    | Superuser
 ⟦LOGIN@2⟧    |
 grafana_ro     |
 postgres       | Superuser, Create role, Create DB, Replication, Bypass RLS
 svc-etl        |
§§ en
Here's `getent passwd | tail -4`, I need a script that lists human accounts (uid >= 1000):

⟦LOGIN@1⟧:x:100⟦num:1:9⟧:100⟦num:1:9⟧:⟦NAME@1⟧,,,:/home/⟦LOGIN@1⟧:/bin/bash
⟦LOGIN@2⟧:x:10⟦num:10:99⟧:10⟦num:10:99⟧:⟦NAME@2⟧,,,:/home/⟦LOGIN@2⟧:/usr/bin/zsh
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
svc-backup:x:99⟦num:1:9⟧:99⟦num:1:9⟧::/var/lib/backup:/usr/sbin/nologin
§§ en
dbt snapshot produced duplicate dbt_scd_id values; rows:

⟦ALIGN:md⟧
dbt_scd_id¦customer_id¦email¦address¦dbt_valid_from¦dbt_valid_to
⟦md5⟧¦⟦num:100:999⟧¦⟦EMAIL@1⟧¦⟦ADDR#1⟧¦⟦tss⟧¦null
⟦md5⟧¦⟦num:100:999⟧¦⟦EMAIL@1⟧¦⟦ADDR#1⟧¦⟦tss⟧¦null
⟦/ALIGN⟧
§§ en
Mailchimp API error when adding a member:

{"type":"https://mailchimp.com/developer/marketing/docs/errors/","title":"Member Exists","status":400,"detail":"⟦EMAIL@1⟧ is already a list member. Use PUT to insert or update list members.","instance":"⟦uuid⟧"}
my payload: {"email_address":"⟦EMAIL@1⟧","status":"subscribed","merge_fields":{"FNAME":"⟦FIRST@1⟧","LNAME":"⟦LAST@1⟧","PHONE":"⟦PHONE⟧","BIRTHDAY":"⟦DOB.md⟧"}}
§§ en
Looker PDT build error:

Error: SQL compilation error: Numeric value '⟦PHONE⟧' is not recognized
  in derived table `contacts_enriched` (model: crm, created by ⟦NAME@1⟧)
SQL: SELECT id, TRY_TO_NUMBER(phone) AS phone_num ...
§§ en
Here's an excerpt of our Terraform state (terraform.tfstate) that got committed:

"resources": [{
  "type": "aws_db_instance",
  "name": "main",
  "instances": [{"attributes": {
     "endpoint": "⟦pick:main|crm|billing⟧.⟦hex:12⟧.eu-west-1.rds.amazonaws.com:5432",
     "username": "dbadmin",
     "password": "⟦DBPW⟧"
  }}]
}]
§§ en
SFTP server log (proftpd), a partner can't upload:

⟦syslog⟧ sftp-01 proftpd[⟦pid⟧]: sftp-01 (⟦IP#9⟧[⟦IP#9⟧]) - USER ⟦LOGIN@1⟧: Login successful.
⟦syslog⟧ sftp-01 proftpd[⟦pid⟧]: sftp-01 (⟦IP#9⟧[⟦IP#9⟧]) - error opening '/uploads/⟦company⟧/payroll_⟦date.compact⟧.csv': Permission denied
§§ en
Jupyter output — the merge produced _x/_y columns and I'm lost:

   customer_id        name_x              email_x          name_y         phone_y
0          ⟦num:100:999⟧  ⟦NAME@1⟧  ⟦EMAIL@1⟧  ⟦NAME@1⟧  ⟦PHONE⟧
1          ⟦num:100:999⟧  ⟦NAME@2⟧  ⟦EMAIL@2⟧         NaN              NaN
§§ en
Prometheus exporter exposes labels with emails, cardinality explodes:

http_requests_total{user="⟦EMAIL@1⟧",path="/api/orders",status="200"} ⟦num:100:9000⟧
http_requests_total{user="⟦EMAIL@2⟧",path="/api/orders",status="200"} ⟦num:100:9000⟧
http_requests_total{user="⟦EMAIL@3⟧",path="/api/cart",status="500"} ⟦num:1:9⟧
How do I relabel this away in the scrape config?
§§ en
Screen-scraped from our legacy AS/400 green screen (customer inquiry), need it as CSV:

CUST NO: ⟦num:100000:999999⟧    NAME: ⟦NAME@1.upper⟧
ADDR:    ⟦ADDR.US⟧
PHONE:   ⟦PHONE.US⟧          SSN: ⟦SSN.plain⟧
DOB:     ⟦DOB.compact⟧         STATUS: A
F3=Exit  F12=Cancel
§§ en
COBOL copybook + sample record, please write a Python parser:

       01 CUST-REC.
          05 CUST-NAME   PIC X(30).
          05 CUST-SSN    PIC 9(9).
          05 CUST-DOB    PIC 9(8).
sample: "⟦NAME@1.upper⟧ ⟦SSN.plain⟧⟦DOB.compact⟧"
""")

# ===========================================================================
# English: mixed (security reviews, data science, support engineering)
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ en
Pentest finding we need to triage — IDOR on /api/users/{id}:

GET /api/users/⟦num:1000:9999⟧ HTTP/1.1
Authorization: Bearer ⟦JWT⟧

HTTP/1.1 200 OK
{"id":⟦num:1000:9999⟧,"name":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧","phone":"⟦PHONE⟧","drivers_license":"⟦DL⟧","dob":"⟦DOB.iso⟧"}

The token belongs to a different user (⟦LOGIN@2⟧). Severity?
§§ en
TruffleHog found these in our org, which are still valid?

Found verified result 🐷🔑
Detector Type: Github
Raw result: ⟦GHP⟧
Repository: https://github.com/⟦pick:kestrelpay|quillstone-labs|lumenfield⟧/infra
Commit: ⟦sha⟧
Email: ⟦NAME@1⟧ <⟦WEMAIL@1⟧>
File: scripts/release.sh
Line: ⟦num:3:80⟧

Found unverified result 🐷🔑❓
Detector Type: AWS
Raw result: ⟦AWSKEY⟧
Commit: ⟦sha⟧
§§ en
Can you review this notebook cell for privacy issues before I share it with the vendor?

# Cell 7
cohort = users.query("signup_date >= '⟦date⟧'")
cohort[["user_id", "email", "ip_last", "lifetime_value"]].to_csv("cohort_for_vendor.csv")
# output preview:
#   user_id  email                     ip_last          lifetime_value
#   ⟦num:1000:9999⟧     ⟦EMAIL@1⟧   ⟦IP⟧  ⟦amount⟧
#   ⟦num:1000:9999⟧     ⟦EMAIL@2⟧   ⟦IP⟧  ⟦amount⟧
§§ en
Support macro is broken — placeholders don't render. Template and a rendered example:

Template: "Hi {{first_name}}, we've sent a new card to {{address}}. Call {{support_phone}} with questions."
Rendered: "Hi ⟦FIRST@1⟧, we've sent a new card to ⟦ADDR⟧. Call {{support_phone}} with questions."
§§ en
Our fraud model flagged this cluster; can you explain what the features suggest?

cluster_id=⟦num:10:99⟧ size=3
- acct ⟦num:100000:999999⟧ ⟦NAME@1⟧ device=⟦MAC#1⟧ ip=⟦IP#2⟧ card_bin=⟦num:400000:499999⟧
- acct ⟦num:100000:999999⟧ ⟦NAME@2⟧ device=⟦MAC#1⟧ ip=⟦IP#2⟧ card_bin=⟦num:400000:499999⟧
- acct ⟦num:100000:999999⟧ ⟦NAME@3⟧ device=⟦MAC⟧ ip=⟦IP#2⟧ card_bin=⟦num:510000:559999⟧
score=0.9⟦num:1:9⟧ model=gbm-v⟦num:3:9⟧
§§ en
Customer sent their crypto payout info by email. I need to verify the address format before we update the record:

Name: ⟦NAME@1⟧
Wallet (BTC): ⟦BTC⟧
Wallet (ETH, for USDC): ⟦ETH⟧
Phone for 2FA: ⟦PHONE⟧
§§ en
The KYC provider's callback has the applicant's documents. How do I store only what we need?

{"applicantId":"⟦hex:24⟧","review":{"reviewAnswer":"GREEN"},"info":{"firstName":"⟦FIRST@1⟧","lastName":"⟦LAST@1⟧","dob":"⟦DOB.iso⟧","country":"⟦pick:USA|GBR|DEU|IND|NGA⟧","idDocs":[{"idDocType":"PASSPORT","number":"⟦PASS⟧","validUntil":"⟦date⟧"},{"idDocType":"DRIVERS","number":"⟦DL⟧"}]}}
§§ en
Car-rental checkout form submission that failed validation (from our logs):

license_number=⟦DL.US⟧&license_state=⟦pick:CA|NY|TX|FL⟧&name=⟦NAME@1⟧&dob=⟦DOB.us⟧&email=⟦EMAIL@1⟧
error: license_number does not match state format
§§ en
Tax form intake (1040 helper) — the ITIN/SSN field accepts both. Test data from QA:

taxpayer: ⟦NAME@1⟧, ITIN ⟦ITIN⟧
spouse: ⟦NAME@2⟧, SSN ⟦SSN⟧
dependent: ⟦NAME@3⟧, ITIN ⟦ITIN⟧, born ⟦DOB.us⟧
Is there a checksum I can use to reject typos?
§§ en
Please review this dedupe logic; these two records were merged but shouldn't have been:

A: ⟦NAME@1⟧, ⟦DOB.iso⟧, ⟦ADDR#1⟧, ⟦PHONE⟧
B: ⟦NAME@2⟧, ⟦DOB.iso⟧, ⟦ADDR#1⟧, ⟦PHONE⟧
Rule: same address AND same last-name initial → merge. Roommates, obviously.
§§ en
Help me write the Slack alert text for failed logins. Example event:

user=⟦LOGIN@1⟧ ip=⟦IP⟧ country=⟦pick:RU|CN|BR|VN|NG⟧ attempts=⟦num:5:40⟧ window=10m last_ua="Mozilla/5.0"
§§ en
Bug report from QA (attached to ⟦jira⟧):

Steps: create applicant with passport ⟦PASS⟧ and name "⟦NAME@1⟧" (with accents), submit.
Expected: saved as entered.
Actual: name saved as "⟦LAST@1.upper⟧" only, first name lost.
Env: staging, build ⟦build⟧, Chrome ⟦num:118:126⟧
§§ en
Can you write a Terraform variable validation for this? Our tfvars for the office firewall:

allowed_admin_ips = [
  "⟦IP⟧/32", # ⟦NAME@1⟧ home
  "⟦IP⟧/32", # ⟦NAME@2⟧ home
  "⟦IP⟧/28", # office
]
§§ en
The invoice PDF generator crashed. Input JSON it got:

{"invoice":"⟦order⟧","bill_to":{"name":"⟦NAME@1⟧","address":"⟦ADDR.ml⟧","vat":"⟦pick:DE|FR|NL⟧⟦num:100000000:999999999⟧"},"pay_to":{"iban":"⟦IBAN⟧","bic":"⟦pick:DEUTDEFF|BNPAFRPP|INGBNL2A|COBADEFF⟧"},"lines":[{"desc":"Consulting","qty":⟦num:1:40⟧,"unit":⟦num:50:200⟧}]}
Error: Multiline string in address breaks the template.
§§ en
Our data catalog shows these columns as "not PII". Are they right?

table: marketing.leads
columns: lead_id (uuid), ip_address (text), device_mac (text), utm_source (text)
sample: ⟦uuid⟧ | ⟦IP⟧ | ⟦MAC⟧ | google
sample: ⟦uuid⟧ | ⟦IP6⟧ | ⟦MAC⟧ | newsletter
§§ en
Can you check my Luhn implementation? These should all pass:

⟦CARD.visa⟧
⟦CARD.mc⟧
⟦CARD.amex⟧
⟦CARD.disc⟧
def luhn(n): return sum(int(d) if i % 2 == 0 else sum(divmod(2 * int(d), 10)) for i, d in enumerate(reversed(n))) % 10 == 0
§§ en
Employee directory sync (Workday → Okta) dropped these people. The report:

Worker ID | Preferred Name | Work Email | Mobile | Home Address
⟦num:100000:999999⟧ | ⟦NAME@1⟧ | ⟦WEMAIL@1⟧ | ⟦PHONE⟧ | ⟦ADDR⟧
⟦num:100000:999999⟧ | ⟦NAME@2⟧ | ⟦WEMAIL@2⟧ | ⟦PHONE⟧ | ⟦ADDR⟧
Reason: "Mobile format invalid". What format does Okta want?
§§ en
Help me write a JSON Schema for this "emergency contact" object, based on a real record:

{"employee": "⟦NAME@1⟧", "emergency_contact": {"name": "⟦NAME@2⟧", "relation": "⟦pick:spouse|mother|father|sibling|partner⟧", "phone": "⟦PHONE⟧", "alt_phone": "⟦PHONE⟧"}}
§§ en
Password-reset email template test. The rendered email in Mailhog:

From: no-reply@⟦dom⟧
To: ⟦EMAIL@1⟧
Subject: Reset your password

Hi ⟦FIRST@1⟧, click https://app.⟦dom⟧/reset?token=⟦TOKEN.48⟧ to reset your password. This link expires in 30 minutes.
The link is broken in Outlook. Encoding issue?
§§ en
SQL injection attempt in our logs — did it succeed?

⟦tss⟧ WARN query: SELECT * FROM users WHERE email = '⟦EMAIL@1⟧' OR '1'='1' -- '
⟦tss⟧ INFO returned ⟦num:1000:9000⟧ rows to ⟦IP⟧
§§ en
Lost-device report from IT, need the MDM wipe command:

Device: MacBook Pro 14 (serial C02⟦hex:8⟧)
Assigned to: ⟦NAME@1⟧
Wi-Fi MAC: ⟦MAC⟧
Last seen IP: ⟦IP⟧ at ⟦ts⟧
§§ en
"Your bot leaked my data" — user complaint. The bot's reply was:

"Sure! Your account details: ⟦NAME@1⟧, ⟦EMAIL@1⟧, card ⟦CARD⟧, billing address ⟦ADDR⟧."
The user is ⟦NAME@2⟧. How did the retriever pick the wrong account?
§§ en
Can you explain the difference between these ID fields in our HR export?

emp_id: E-⟦num:10000:99999⟧
national_id (SSN): ⟦SSN⟧
badge: ⟦num:100000:999999⟧
drivers_license: ⟦DL.US⟧
passport: ⟦PASS.US⟧
name: ⟦NAME@1⟧
§§ en
A contractor's invoice has both a BTC address and an IBAN. Which one should AP use?

Contractor: ⟦NAME@1⟧
Address: ⟦ADDR⟧
IBAN: ⟦IBAN⟧
BTC: ⟦BTC⟧
Invoice: ⟦order⟧, amount ⟦amount⟧ EUR, due ⟦date⟧
§§ en
The USB-C dock is assigning a new MAC every boot; DHCP reservations break. Here are the last three leases for ⟦NAME@1⟧'s laptop:

lease ⟦IPP⟧ { hardware ethernet ⟦MAC⟧; client-hostname "⟦LOGIN@1⟧-mbp"; }
lease ⟦IPP⟧ { hardware ethernet ⟦MAC⟧; client-hostname "⟦LOGIN@1⟧-mbp"; }
lease ⟦IPP⟧ { hardware ethernet ⟦MAC⟧; client-hostname "⟦LOGIN@1⟧-mbp"; }
§§ en
Write a data-retention job spec. Example record from `archived_applications` (older than 7 years):

{"id": ⟦num:1000:9999⟧, "applicant": "⟦NAME@1⟧", "ssn": "⟦SSN⟧", "dob": "⟦DOB.iso⟧", "dl_number": "⟦DL⟧", "closed_at": "⟦date⟧"}
§§ en
Our Metabase question "Top donors" — can you add a filter for recurring only?

⟦ALIGN:md⟧
Donor¦Email¦Total¦Method
⟦NAME@1⟧¦⟦EMAIL@1⟧¦⟦amount⟧¦card ⟦cardmask⟧
⟦NAME@2⟧¦⟦EMAIL@2⟧¦⟦amount⟧¦crypto ⟦ETH⟧
⟦NAME@3⟧¦⟦EMAIL@3⟧¦⟦amount⟧¦SEPA ⟦IBAN⟧
⟦/ALIGN⟧
§§ en
Example request from the docs vs what we actually received:

docs:   {"name": "John Doe", "email": "john.doe@example.com", "phone": "+1 555 0100"}
actual: {"name": "⟦NAME@1⟧", "email": "⟦EMAIL@1⟧", "phone": "⟦PHONE⟧"}
The actual one fails with "phone: invalid". Why, if the format looks the same?
§§ en
Our on-prem badge system exports this. Convert to ISO dates please (birthdates are MM-DD-YYYY, hire dates YYYYMMDD):

⟦NAME@1⟧;⟦num:10000:99999⟧;dob=⟦DOB.usdash⟧;hired=⟦date.compact⟧
⟦NAME@2⟧;⟦num:10000:99999⟧;dob=⟦DOB.usdash⟧;hired=⟦date.compact⟧
§§ en
Sentry breadcrumb includes the full form — can beforeSend strip it?

breadcrumbs: [
  {"category": "ui.input", "message": "input#card-number", "data": {"value": "⟦CARD⟧"}},
  {"category": "ui.input", "message": "input#name", "data": {"value": "⟦NAME@1⟧"}},
  {"category": "xhr", "data": {"url": "/api/pay", "status_code": 402}}
]
§§ en
What does this Postgres error mean and how do I fix the data?

ERROR:  new row for relation "drivers" violates check constraint "license_format"
DETAIL:  Failing row contains (⟦num:100:999⟧, ⟦NAME@1⟧, ⟦DL⟧, ⟦PHONE⟧, ⟦date⟧).
""")

# ===========================================================================
# German
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ de
⟦ask⟧ Der Import bricht bei dieser Zeile ab:

Kundennummer;Name;Geburtsdatum;IBAN;Telefon
⟦num:10000:99999⟧;⟦NAME@1⟧;⟦DOB.eu#1⟧;⟦IBAN.DE⟧;⟦PHONE⟧
⟦num:10000:99999⟧;⟦NAME@2⟧;⟦DOB.eu⟧;⟦IBAN.DE⟧;⟦PHONE⟧

Fehler: ValueError: time data '⟦DOB.eu#1⟧' does not match format '%Y-%m-%d'
§§ de
commit ⟦sha⟧
Author: ⟦NAME@1⟧ <⟦WEMAIL@1⟧>
Date:   ⟦pick:Mo|Di|Mi|Do|Fr⟧ ⟦day⟧ ⟦time⟧ +0100

    Fix: Lastschrift-Mandat wird bei Adressänderung nicht neu erzeugt

    Gemeldet von ⟦NAME@2⟧ (Support). Betroffen u.a. Kunde ⟦NAME@3⟧,
    neue Anschrift: ⟦ADDR⟧.

Kannst du die Commit-Message kürzen und auf Englisch übersetzen?
§§ de
Hallo, unser Spring-Boot-Service loggt beim Start das hier – ist das ein Sicherheitsproblem?

⟦tsl⟧  INFO 1 --- [main] d.m.c.config.DataSourceConfig : Verbinde mit jdbc:postgresql://⟦host⟧:5432/kunden als Benutzer ⟦LOGIN@1⟧ (Passwort: ⟦DBPW⟧)
⟦tsl⟧  INFO 1 --- [main] o.s.b.w.embedded.tomcat.TomcatWebServer : Tomcat started on port(s): 8080 (http)
§§ de
-- Testdaten für die Lohnabrechnung (bitte NICHT in Prod!)
INSERT INTO mitarbeiter (personalnr, vorname, nachname, geburtsdatum, iban, anschrift)
VALUES
  (⟦num:1000:9999⟧, '⟦FIRST@1⟧', '⟦LAST@1⟧', '⟦DOB.iso⟧', '⟦IBAN.DE⟧', '⟦ADDR.DE⟧'),
  (⟦num:1000:9999⟧, '⟦FIRST@2⟧', '⟦LAST@2⟧', '⟦DOB.iso⟧', '⟦IBAN.DE⟧', '⟦ADDR.DE⟧');
Warum bekomme ich "value too long for type character varying(22)"?
§§ de
Jira ⟦jira⟧ – „Kundin kann Telefonnummer nicht ändern“

Beschreibung: Frau ⟦NAME@1⟧ (Kd-Nr. ⟦num:100000:999999⟧, ⟦EMAIL@1⟧) möchte ihre Nummer von ⟦PHONE⟧ auf ⟦PHONE⟧ ändern. Die App zeigt „Ungültiges Format“.
Version: App ⟦semver⟧ (Android)
Bearbeiter: ⟦NAME@2⟧
Kannst du mir einen Regex für deutsche Mobilnummern schreiben, der beide Formate akzeptiert?
§§ de
psql-Ausgabe, warum ist die Sortierung nach Nachname falsch (Umlaute)?

⟦ALIGN:psql⟧
nachname¦vorname¦ort¦telefon
⟦LAST@1⟧¦⟦FIRST@1⟧¦⟦city⟧¦⟦PHONE⟧
⟦LAST@2⟧¦⟦FIRST@2⟧¦⟦city⟧¦⟦PHONE⟧
⟦LAST@3⟧¦⟦FIRST@3⟧¦⟦city⟧¦⟦PHONE⟧
⟦/ALIGN⟧
(3 Zeilen)
§§ de
.env aus unserem Staging – die App findet den SMTP-Server nicht:

SMTP_HOST=smtp.⟦dom⟧
SMTP_USER=⟦WEMAIL@1⟧
SMTP_PASS=⟦PW⟧
DATENBANK_URL=mysql://shop:⟦DBPW⟧@⟦host⟧:3306/shop
# Ansprechpartner: ⟦NAME@1⟧, ⟦PHONE⟧
§§ de
Stacktrace aus der Buchhaltungs-App:

Traceback (most recent call last):
  File "/home/⟦LOGIN@1⟧/projekte/fibu/export.py", line ⟦num:10:200⟧, in <module>
    sepa.add_payment(name="⟦NAME@2⟧", iban="⟦IBAN.DE⟧", betrag=⟦amount⟧)
  File "/usr/lib/python3/dist-packages/sepaxml/transfer.py", line ⟦num:50:300⟧, in add_payment
    raise Exception("Invalid BIC")
Exception: Invalid BIC
Brauche ich für Inlandsüberweisungen überhaupt eine BIC?
§§ de
Slack #team-backend:

⟦FIRST@1⟧ ⟦hm⟧: Wer hat den Prod-Token in den Channel gepostet? ⟦GHP⟧
⟦FIRST@2⟧ ⟦hm⟧: oh nein, das war ich, widerrufe ihn sofort
⟦FIRST@1⟧ ⟦hm⟧: danke. bitte auch im Audit-Log vermerken (⟦jira⟧)
Fass bitte zusammen, was passiert ist, für das Sicherheitsprotokoll.
§§ de
Unser Pandas-Export zeigt Geburtsdaten als Zahlen. Was ist da los?

⟦ALIGN:pandas⟧
¦name¦geburtstag¦plz
0¦⟦NAME@1⟧¦⟦DOB.compact⟧¦⟦num:10000:99999⟧
1¦⟦NAME@2⟧¦⟦DOB.compact⟧¦⟦num:10000:99999⟧
⟦/ALIGN⟧
§§ de
Kannst du diese Kundendaten pseudonymisieren, damit ich sie an den Dienstleister schicken kann?

Name: ⟦NAME@1⟧
Anschrift: ⟦ADDR⟧
Geburtsdatum: ⟦DOB.loc⟧
Führerscheinnummer: ⟦DL.DE⟧
Personalausweis/Reisepass: ⟦PASS.DE⟧
§§ de
nginx-Log von unserem Shop, ist das ein Angriff?

⟦IP⟧ - - [⟦clf⟧] "GET /konto/bestellungen?email=⟦EMAIL@1⟧ HTTP/1.1" 200 ⟦num:1000:9000⟧
⟦IP⟧ - - [⟦clf⟧] "GET /konto/bestellungen?email=⟦EMAIL@2⟧ HTTP/1.1" 200 ⟦num:1000:9000⟧
⟦IP⟧ - - [⟦clf⟧] "GET /konto/bestellungen?email=⟦EMAIL@3⟧ HTTP/1.1" 200 ⟦num:1000:9000⟧
§§ de
Code-Review-Kommentar von ⟦NAME@1⟧:
> Bitte die echte Handynummer von ⟦FIRST@2⟧ (⟦PHONE⟧) aus `test_sms.py` entfernen und stattdessen eine Dummy-Nummer aus dem Bereich +49 30 ... nehmen.
Wie mache ich das mit pytest-Fixtures sauber?
§§ de
Übergabe Rufbereitschaft (KW ⟦num:1:52⟧):
- Zahlungslauf für ⟦NAME@1⟧ hängt, IBAN ⟦IBAN⟧ wird von der Bank abgelehnt (AC04)
- ⟦host⟧: Platte zu ⟦num:70:95⟧ % voll
- ⟦FIRST@2⟧ ist ab Montag im Urlaub, Vertretung ⟦NAME@3⟧ (⟦PHONE⟧)
§§ de
MAC-Adressen-Liste vom Büro-WLAN, welches Gerät ist unbekannt?

⟦ALIGN:plain⟧
MAC¦IP¦Hostname¦Besitzer
⟦MAC⟧¦⟦IPP⟧¦nb-⟦num:100:999⟧¦⟦NAME@1⟧
⟦MAC⟧¦⟦IPP⟧¦nb-⟦num:100:999⟧¦⟦NAME@2⟧
⟦MAC⟧¦⟦IPP⟧¦unbekannt¦-
⟦/ALIGN⟧
§§ de
Fehlermeldung aus dem KYC-Service (Übersetzung bitte + Ursache?):

⟦tss⟧ FEHLER Ausweisprüfung fehlgeschlagen: Antragsteller ⟦NAME@1⟧, geb. ⟦DOB.eu⟧, Reisepass-Nr. ⟦PASS.DE⟧ – Gültigkeit abgelaufen am ⟦date.eu⟧
§§ de
Unsere GitLab-CI-Variable wird im Log angezeigt:

$ echo "Deploy mit Token $DEPLOY_TOKEN"
Deploy mit Token ⟦GLPAT⟧
$ ./deploy.sh --env prod
Warum wird die Variable nicht maskiert? Sie ist als „Masked“ markiert.
§§ de
Bitte schreib mir eine Mail an den Kunden auf Deutsch. Daten:
Kunde: ⟦NAME@1⟧, ⟦EMAIL@1⟧
Problem: doppelte Abbuchung von Karte ⟦cardmask⟧, Bestellung ⟦order⟧
Rückruf unter ⟦PHONE⟧ gewünscht.
""")

# ===========================================================================
# French
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ fr
⟦ask⟧ Mon test unitaire échoue avec ces données :

def test_creation_client():
    client = Client(nom="⟦LAST@1⟧", prenom="⟦FIRST@1⟧", email="⟦EMAIL@1⟧",
                    telephone="⟦PHONE⟧", date_naissance="⟦DOB.dmy⟧")
    assert client.est_majeur()

AssertionError: assert False
§§ fr
Extrait du log applicatif (Symfony) :

[⟦tss⟧] request.CRITICAL: Uncaught PHP Exception Doctrine\DBAL\Exception\UniqueConstraintViolationException: "Duplicate entry '⟦EMAIL@1⟧' for key 'UNIQ_8D93D649E7927C74'" at /var/www/src/Controller/InscriptionController.php line ⟦num:20:200⟧ {"nom":"⟦NAME@1⟧","ip":"⟦IP⟧"}
Comment gérer proprement l'inscription en double ?
§§ fr
Résultat de la requête (MySQL) — pourquoi la jointure renvoie deux lignes ?

⟦ALIGN:mysql⟧
id_client¦nom_complet¦adresse¦iban
⟦num:100:999⟧¦⟦NAME@1⟧¦⟦ADDR⟧¦⟦IBAN.FR⟧
⟦num:100:999⟧¦⟦NAME@1⟧¦⟦ADDR⟧¦⟦IBAN.FR⟧
⟦/ALIGN⟧
2 rows in set (0.00 sec)
§§ fr
Ticket ⟦jira⟧ : « Impossible de valider le RIB »
Client : ⟦NAME@1⟧ (⟦EMAIL@1⟧, ⟦PHONE⟧)
IBAN saisi : ⟦IBAN.FR⟧
Le contrôle de clé échoue côté front mais passe côté back. Tu peux me donner une fonction JS de validation mod 97 ?
§§ fr
Message de commit à relire :

feat(facturation): ajoute l'adresse de livraison sur la facture PDF

Testé avec le compte de ⟦NAME@1⟧ (⟦ADDR⟧). Merci à ⟦FIRST@2⟧ pour la relecture.
§§ fr
Voici notre fichier docker-compose, le conteneur postgres ne démarre pas :

services:
  bdd:
    image: postgres:16
    environment:
      POSTGRES_USER: ⟦LOGIN@1⟧
      POSTGRES_PASSWORD: ⟦DBPW⟧
  app:
    environment:
      DATABASE_URL: postgresql://⟦LOGIN@1⟧:⟦DBPW#1⟧@bdd:5432/app
§§ fr
Peux-tu anonymiser ce CSV avant que je l'envoie au prestataire ?

nom;prénom;date_de_naissance;téléphone;adresse
⟦LAST@1⟧;⟦FIRST@1⟧;⟦DOB.dmy⟧;⟦PHONE⟧;⟦ADDR⟧
⟦LAST@2⟧;⟦FIRST@2⟧;⟦DOB.dmy⟧;⟦PHONE⟧;(vide)
§§ fr
Fil Slack #incidents :

⟦FIRST@1⟧ ⟦hm⟧ : la base de prod répond plus, quelqu'un a lancé un export ?
⟦FIRST@2⟧ ⟦hm⟧ : oui moi, export des clients pour ⟦NAME@3⟧ du marketing, je coupe
⟦FIRST@1⟧ ⟦hm⟧ : ok. la prochaine fois sur le réplica ⟦IPP⟧ stp
Rédige un post-mortem court à partir de ça.
§§ fr
Trace Java (Spring) quand on envoie le formulaire d'adhésion :

org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public ResponseEntity AdhesionController.creer(AdhesionDto): [Field error in object 'adhesionDto' on field 'dateNaissance': rejected value [⟦DOB.iso⟧]; default message [doit être dans le passé]]
Payload : {"nom":"⟦NAME@1⟧","dateNaissance":"⟦DOB.iso#1⟧","telephone":"⟦PHONE⟧"}
Bizarre, la date est bien dans le passé ?
§§ fr
Config Ansible (inventaire) — le become ne marche pas :

[serveurs_web]
web1 ansible_host=⟦IPP⟧ ansible_user=⟦LOGIN@1⟧ ansible_become_password=⟦PW⟧
web2 ansible_host=⟦IPP⟧ ansible_user=deploy
§§ fr
Réponse de l'API partenaire (XML) à convertir en JSON :

<Souscripteur>
  <Nom>⟦LAST@1.upper⟧</Nom>
  <Prenom>⟦FIRST@1⟧</Prenom>
  <DateNaissance>⟦DOB.dmy⟧</DateNaissance>
  <Adresse>⟦ADDR⟧</Adresse>
  <Mobile>⟦PHONE⟧</Mobile>
</Souscripteur>
§§ fr
Passation d'astreinte :
- le batch de prélèvements SEPA a rejeté ⟦num:2:40⟧ mandats, dont celui de ⟦NAME@1⟧ (IBAN ⟦IBAN⟧)
- ⟦FIRST@2⟧ joignable au ⟦PHONE⟧ ce week-end
- Grafana : alerte disque sur ⟦host⟧ à surveiller
§§ fr
Pourquoi mon regex ne matche pas les numéros français avec des points ?

tests = ["⟦PHONE.FR⟧", "⟦PHONE.FR⟧", "⟦PHONE.FR⟧"]
regex = r"^(?:\+33|0)[1-9](?:[ .-]?\d{2}){4}$"
§§ fr
Log d'authentification (auth.log) de notre serveur :

⟦syslog⟧ srv-web sshd[⟦pid⟧]: Accepted password for ⟦LOGIN@1⟧ from ⟦IP⟧ port ⟦num:30000:65000⟧ ssh2
⟦syslog⟧ srv-web sshd[⟦pid⟧]: Invalid user admin from ⟦IP⟧ port ⟦num:30000:65000⟧
Faut-il désactiver l'authentification par mot de passe ?
§§ fr
Les données de test de notre collègue contiennent une vraie carte bancaire ?!

paiement_test = {"titulaire": "⟦NAME@1⟧", "carte": "⟦CARD⟧", "expiration": "⟦num:1:12⟧/⟦num:26:30⟧"}
Comment vérifier si c'est un numéro de test Stripe ou une vraie carte ?
§§ fr
Sortie pandas :

⟦ALIGN:pandas⟧
¦client¦ville¦date_naissance¦ca_annuel
0¦⟦NAME@1⟧¦⟦city⟧¦⟦DOB.iso⟧¦⟦amount⟧
1¦⟦NAME@2⟧¦⟦city⟧¦⟦DOB.iso⟧¦⟦amount⟧
2¦⟦NAME@3⟧¦⟦city⟧¦⟦DOB.iso⟧¦⟦amount⟧
⟦/ALIGN⟧
Comment calculer l'âge à partir de date_naissance ?
""")

# ===========================================================================
# Spanish
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ es
⟦ask⟧ El seed de la base de datos falla:

usuarios = [
    {"nombre": "⟦NAME@1⟧", "correo": "⟦EMAIL@1⟧", "telefono": "⟦PHONE⟧", "contrasena": "⟦PW⟧"},
    {"nombre": "⟦NAME@2⟧", "correo": "⟦EMAIL@2⟧", "telefono": "⟦PHONE⟧", "contrasena": "⟦PW⟧"},
]
IntegrityError: UNIQUE constraint failed: usuarios.correo
§§ es
Resultado de la consulta en psql, ¿por qué salen nulos en la dirección?

⟦ALIGN:psql⟧
id¦nombre¦direccion¦fecha_nacimiento
⟦num:1:999⟧¦⟦NAME@1⟧¦⟦ADDR⟧¦⟦DOB.iso⟧
⟦num:1:999⟧¦⟦NAME@2⟧¦¦⟦DOB.iso⟧
⟦/ALIGN⟧
(2 filas)
§§ es
Commit que hay que revisar:

commit ⟦sha⟧
Author: ⟦NAME@1⟧ <⟦WEMAIL@1⟧>

    arreglo: el IBAN del proveedor ⟦NAME@2⟧ (⟦IBAN.ES⟧) se guardaba con espacios

¿Puedes reescribir el mensaje siguiendo conventional commits?
§§ es
Log de la app (Node) en producción:

⟦ts⟧ error: fallo al enviar SMS a ⟦PHONE⟧ (usuario ⟦LOGIN@1⟧): Twilio 21614 "is not a mobile number"
⟦ts⟧ info: reintento programado en 60s
¿Cómo valido antes si es móvil?
§§ es
Ticket de soporte escalado:

Cliente: ⟦NAME@1⟧
Teléfono: ⟦PHONE⟧
Dirección: ⟦ADDR⟧
Problema: no puede descargar las facturas desde ⟦date⟧.
Ayúdame a redactar la respuesta.
§§ es
Tengo este .env y la app no conecta a Mongo:

MONGO_URI=mongodb://⟦LOGIN@1⟧:⟦DBPW⟧@⟦host⟧:27017/tienda?authSource=admin
JWT_SECRET=⟦HEXSEC.64⟧
CORREO_ADMIN=⟦WEMAIL@1⟧
§§ es
Salida de pandas — quiero agrupar por ciudad:

⟦ALIGN:pandas⟧
¦nombre¦ciudad¦telefono¦nacimiento
0¦⟦NAME@1⟧¦⟦city⟧¦⟦PHONE⟧¦⟦DOB.dmy⟧
1¦⟦NAME@2⟧¦⟦city⟧¦⟦PHONE⟧¦⟦DOB.dmy⟧
2¦⟦NAME@3⟧¦⟦city⟧¦⟦PHONE⟧¦⟦DOB.dmy⟧
⟦/ALIGN⟧
§§ es
Hilo de Slack #pagos:

⟦FIRST@1⟧ ⟦hm⟧: ¿alguien sabe por qué rebotó el reembolso de ⟦NAME@2⟧?
⟦FIRST@3⟧ ⟦hm⟧: la tarjeta ⟦CARD⟧ está bloqueada, el banco devolvió 05
⟦FIRST@1⟧ ⟦hm⟧: ok, le escribo a ⟦EMAIL@2⟧
Resume el hilo en tres puntos.
§§ es
Traza de error del backend (Django):

django.db.utils.DataError: value too long for type character varying(15)
Datos: {'nombre': '⟦NAME@1⟧', 'telefono': '⟦PHONE⟧ (fijo) / ⟦PHONE⟧ (móvil)', 'email': '⟦EMAIL@1⟧'}
¿Amplío la columna o normalizo antes?
§§ es
Necesito una función que valide la CURP/RFC; ejemplos reales que tenemos en staging:

nombre: ⟦NAME@1⟧, nacimiento: ⟦DOB.dmy⟧, teléfono: ⟦PHONE.MX⟧
nombre: ⟦NAME@2⟧, nacimiento: ⟦DOB.dmy⟧, teléfono: ⟦PHONE.MX⟧
§§ es
Respuesta de la API de KYC:

{"solicitante":{"nombre":"⟦NAME@1⟧","fecha_nacimiento":"⟦DOB.iso⟧","pasaporte":"⟦PASS⟧","licencia_conducir":"⟦DL⟧"},"resultado":"REVISION_MANUAL","id":"⟦uuid⟧"}
¿Qué campos debemos guardar y cuáles descartar?
§§ es
auth.log del servidor de la oficina:

⟦syslog⟧ oficina sshd[⟦pid⟧]: Accepted publickey for ⟦LOGIN@1⟧ from ⟦IP⟧ port ⟦num:30000:65000⟧ ssh2
⟦syslog⟧ oficina sshd[⟦pid⟧]: Failed password for root from ⟦IP⟧ port ⟦num:30000:65000⟧ ssh2
⟦syslog⟧ oficina sshd[⟦pid⟧]: Failed password for root from ⟦IP⟧ port ⟦num:30000:65000⟧ ssh2
¿Configuro fail2ban o cambio el puerto?
§§ es
Revisión de código de ⟦NAME@1⟧:
> En `config/produccion.py` está la clave de Stripe en claro: `STRIPE_KEY = "⟦STRIPE⟧"`. Muévela a variables de entorno y rótala, por favor.
¿Cómo roto la clave sin cortar los cobros?
§§ es
Extracción de Excel (hoja "Empleados"), conviértela a JSON:

Nombre⇥Email⇥Móvil⇥Dirección⇥Fecha de nacimiento
⟦NAME@1⟧⇥⟦WEMAIL@1⟧⇥⟦PHONE⟧⇥⟦ADDR⟧⇥⟦DOB.dmy⟧
⟦NAME@2⟧⇥⟦WEMAIL@2⟧⇥⟦PHONE⟧⇥⟦ADDR⟧⇥⟦DOB.dmy⟧
§§ es
Incidencia en Kubernetes, eventos del pod:

Warning  Failed   ⟦num:1:59⟧m   kubelet  Error: secret "pagos-credenciales" not found
Normal   Pulled   ⟦num:1:59⟧m   kubelet  Container image "registry.⟦dom⟧/pagos:⟦semver⟧" already present
El secreto lo creó ⟦NAME@1⟧ con: kubectl create secret generic pagos-credenciales --from-literal=api_key=⟦STRIPE⟧ -n pagos-dev
¿Por qué no lo encuentra en el namespace de prod?
§§ es
Tengo que responder a una solicitud de acceso (RGPD). Datos que tenemos del usuario:

Nombre: ⟦NAME@1⟧
Correo: ⟦EMAIL@1⟧
IP de registro: ⟦IP⟧
Dirección de envío: ⟦ADDR⟧
Redacta la respuesta formal.
""")

# ===========================================================================
# Portuguese
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ pt
⟦ask⟧ O teste do serviço de cadastro quebra com esses dados:

@Test
void deveCadastrarCliente() {
    var c = new Cliente("⟦NAME@1⟧", "⟦EMAIL@1⟧", "⟦PHONE⟧", LocalDate.parse("⟦DOB.iso⟧"));
    assertNotNull(service.salvar(c).getId());
}
org.opentest4j.AssertionFailedError: expected: not <null>
§§ pt
Resultado da consulta no MySQL, por que o endereço vem cortado?

⟦ALIGN:mysql⟧
id¦nome¦endereco¦telefone
⟦num:1:999⟧¦⟦NAME@1⟧¦⟦ADDR⟧¦⟦PHONE⟧
⟦num:1:999⟧¦⟦NAME@2⟧¦⟦ADDR⟧¦⟦PHONE⟧
⟦/ALIGN⟧
2 rows in set (0.01 sec)
§§ pt
Log do worker de pagamentos:

⟦tsl⟧ ERROR [pix-worker] falha ao processar cobrança ⟦uuid⟧ do cliente ⟦NAME@1⟧ (⟦EMAIL@1⟧): timeout no PSP após ⟦num:1000:30000⟧ms
⟦tsl⟧ WARN  [pix-worker] reenfileirando mensagem, tentativa 3/5
O que pode ser? O PSP responde normal no curl.
§§ pt
Mensagem de commit pra revisar:

fix(cadastro): CEP com hífen quebrava a validação

Reportado pela ⟦NAME@1⟧ no atendimento; cliente ⟦NAME@2⟧ não conseguia salvar "⟦ADDR⟧".
§§ pt
Arquivo .env do projeto, a conexão com o Postgres falha:

DB_HOST=⟦host⟧
DB_USER=⟦LOGIN@1⟧
DB_PASS=⟦DBPW⟧
AWS_ACCESS_KEY_ID=⟦AWSKEY⟧
AWS_SECRET_ACCESS_KEY=⟦AWSSEC⟧
§§ pt
Planilha exportada do RH (colei do Excel), preciso converter pra SQL INSERT:

Nome⇥E-mail⇥Celular⇥Data de nascimento⇥Endereço
⟦NAME@1⟧⇥⟦EMAIL@1⟧⇥⟦PHONE⟧⇥⟦DOB.dmy⟧⇥⟦ADDR⟧
⟦NAME@2⟧⇥⟦EMAIL@2⟧⇥⟦PHONE⟧⇥⟦DOB.dmy⟧⇥⟦ADDR⟧
§§ pt
Conversa no Slack #infra:

⟦FIRST@1⟧ ⟦hm⟧: quem subiu a chave da AWS no repositório público?
⟦FIRST@2⟧ ⟦hm⟧: fui eu 😬 ⟦AWSKEY⟧, já desativei
⟦FIRST@1⟧ ⟦hm⟧: valeu. abre um incidente e avisa o ⟦NAME@3⟧
Escreve o relatório do incidente.
§§ pt
Stack trace do app Android (Crashlytics):

Fatal Exception: java.lang.IllegalArgumentException: CPF/telefone inválido: ⟦PHONE.BR⟧
       at br.com.app.cadastro.Validador.validarTelefone(Validador.kt:⟦num:10:99⟧)
Usuário: ⟦EMAIL@1⟧
Como valido celular brasileiro com 9 dígitos?
§§ pt
Saída do pandas:

⟦ALIGN:pandas⟧
¦nome¦cidade¦nascimento¦renda
0¦⟦NAME@1⟧¦⟦city⟧¦⟦DOB.iso⟧¦⟦amount⟧
1¦⟦NAME@2⟧¦⟦city⟧¦⟦DOB.iso⟧¦⟦amount⟧
⟦/ALIGN⟧
Como calculo a idade em anos?
§§ pt
Passagem de plantão:
- cliente ⟦NAME@1⟧ reclamou de cobrança duplicada no cartão ⟦CARD⟧, estorno pendente
- ⟦host⟧ com disco em ⟦num:70:95⟧%
- ⟦FIRST@2⟧ fica de sobreaviso, celular ⟦PHONE⟧
§§ pt
Payload recebido do gateway (webhook) que deu erro 422:

{"evento":"pagamento.aprovado","pagador":{"nome":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧","endereco":"⟦ADDR⟧","telefone":"⟦PHONE⟧"},"valor":⟦amount⟧,"id":"⟦uuid⟧"}
§§ pt
Revisão de código do ⟦NAME@1⟧:
> Tira a senha do banco do `settings.py` (`PASSWORD = "⟦DBPW⟧"`) e usa variável de ambiente, por favor.
Qual a melhor prática com django-environ?
§§ pt
Log do nginx, parece um scraper:

⟦IP#1⟧ - - [⟦clf⟧] "GET /api/clientes?page=1 HTTP/1.1" 200 ⟦num:1000:9000⟧ "-" "Python-urllib/3.11"
⟦IP#1⟧ - - [⟦clf⟧] "GET /api/clientes?page=2 HTTP/1.1" 200 ⟦num:1000:9000⟧ "-" "Python-urllib/3.11"
⟦IP#1⟧ - - [⟦clf⟧] "GET /api/clientes?page=3 HTTP/1.1" 429 0 "-" "Python-urllib/3.11"
§§ pt
Dados do IBAN de um fornecedor português que não passa na validação:

Fornecedor: ⟦company⟧
Contacto: ⟦NAME@1⟧, ⟦PHONE.PT⟧
IBAN: ⟦IBAN.PT⟧
Morada: ⟦ADDR.PT⟧
O nosso validador diz "comprimento inválido". Está certo?
""")

# ===========================================================================
# Italian
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ it
⟦ask⟧ Questo test fallisce solo in CI:

def test_anagrafica():
    cliente = Cliente(nome="⟦FIRST@1⟧", cognome="⟦LAST@1⟧", email="⟦EMAIL@1⟧", nato_il="⟦DOB.dmy⟧")
    assert cliente.eta() >= 18
§§ it
Log dell'applicazione:

⟦tsl⟧ ERROR [bonifici] Bonifico rifiutato per ⟦NAME@1⟧, IBAN ⟦IBAN.IT⟧: conto estinto
⟦tsl⟧ INFO  [bonifici] Notifica inviata a ⟦EMAIL@1⟧
Cosa significa esattamente "conto estinto" nei codici SEPA?
§§ it
Commit da sistemare:

commit ⟦sha⟧
Author: ⟦NAME@1⟧ <⟦WEMAIL@1⟧>

    corretto bug nel calcolo del codice cliente per ⟦NAME@2⟧

Puoi riscriverlo in inglese e senza il nome del cliente?
§§ it
File application.properties:

spring.datasource.url=jdbc:mysql://⟦host⟧:3306/gestionale
spring.datasource.username=⟦LOGIN@1⟧
spring.datasource.password=⟦DBPW⟧
spring.mail.username=⟦WEMAIL@1⟧
spring.mail.password=⟦PW⟧
Come cifro queste password con Jasypt?
§§ it
Thread Slack #supporto:

⟦FIRST@1⟧ ⟦hm⟧: la cliente ⟦NAME@2⟧ non riceve l'SMS di verifica sul ⟦PHONE⟧
⟦FIRST@3⟧ ⟦hm⟧: il numero ha uno spazio di troppo nel DB, lo correggo
Scrivi un ticket per correggere la validazione.
§§ it
Estratto CSV per il commercialista, va anonimizzato:

nominativo,data_nascita,iban,importo
⟦NAME@1⟧,⟦DOB.dmy⟧,⟦IBAN.IT⟧,⟦amount⟧
⟦NAME@2⟧,⟦DOB.dmy⟧,⟦IBAN.IT⟧,⟦amount⟧
§§ it
Errore del servizio di spedizioni:

{"errore":"indirizzo non valido","destinatario":"⟦NAME@1⟧","indirizzo":"⟦ADDR⟧","telefono":"⟦PHONE⟧","request_id":"⟦uuid⟧"}
L'indirizzo sembra corretto, forse manca la provincia?
§§ it
Passaggio di consegne reperibilità:
- ⟦host⟧ riavviato alle ⟦hm⟧
- utente ⟦LOGIN@1⟧ bloccato dopo 5 tentativi da ⟦IP⟧, sbloccato
- ⟦FIRST@2⟧ reperibile al ⟦PHONE⟧
§§ it
Dati di test per il modulo KYC (ambiente di collaudo):

nome: ⟦NAME@1⟧
passaporto: ⟦PASS.IT⟧
patente: ⟦DL.IT⟧
nato il: ⟦DOB.loc⟧
Il validatore rifiuta la patente, che formato si aspetta?
""")

# ===========================================================================
# Dutch
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ nl
⟦ask⟧ Onze import faalt op deze regels:

klantnr;naam;iban;telefoon;adres
⟦num:1000:9999⟧;⟦NAME@1⟧;⟦IBAN.NL⟧;⟦PHONE⟧;⟦ADDR⟧
⟦num:1000:9999⟧;⟦NAME@2⟧;⟦IBAN.NL⟧;⟦PHONE⟧;⟦ADDR⟧
Foutmelding: "IBAN-controle mislukt" voor regel 2.
§§ nl
Commitbericht nakijken:

commit ⟦sha⟧
Author: ⟦NAME@1⟧ <⟦WEMAIL@1⟧>

    fix: geboortedatum van ⟦NAME@2⟧ werd als ⟦DOB.eu⟧ opgeslagen i.p.v. ISO
§§ nl
Log van de betaaldienst:

⟦tsl⟧ FOUT incasso mislukt voor ⟦NAME@1⟧ (⟦IBAN.NL⟧): MD06 terugboeking door klant
⟦tsl⟧ INFO e-mail verstuurd naar ⟦EMAIL@1⟧
Wat betekent MD06 en moeten we opnieuw incasseren?
§§ nl
Slack #dev:

⟦FIRST@1⟧ ⟦hm⟧: wie heeft de .env met het prod-wachtwoord gecommit? DB_PASSWORD=⟦DBPW⟧
⟦FIRST@2⟧ ⟦hm⟧: sorry, ik. Ik roteer hem nu
Schrijf een korte incidentnotitie.
§§ nl
psql-uitvoer, waarom is de sortering op achternaam raar met "van"?

⟦ALIGN:psql⟧
achternaam¦voornaam¦woonplaats
⟦LAST@1⟧¦⟦FIRST@1⟧¦⟦city⟧
⟦LAST@2⟧¦⟦FIRST@2⟧¦⟦city⟧
⟦LAST@3⟧¦⟦FIRST@3⟧¦⟦city⟧
⟦/ALIGN⟧
§§ nl
Docker-compose voor lokaal:

services:
  db:
    image: mysql:8
    environment:
      MYSQL_ROOT_PASSWORD: ⟦DBPW⟧
      MYSQL_USER: ⟦LOGIN@1⟧
      MYSQL_PASSWORD: ⟦DBPW⟧
De container blijft herstarten, wat mis ik?
§§ nl
Supportticket ⟦jira⟧:
Klant ⟦NAME@1⟧ (⟦EMAIL@1⟧, ⟦PHONE⟧) wil zijn adres wijzigen naar ⟦ADDR⟧, maar de postcodecheck faalt.
Kun je een regex voor Nederlandse postcodes geven?
§§ nl
Overdracht piketdienst:
- ⟦NAME@1⟧ heeft toegang nodig tot de VPN, MAC van haar laptop: ⟦MAC⟧
- ⟦host⟧ geheugen op ⟦num:80:99⟧%
- ⟦FIRST@2⟧ bereikbaar op ⟦PHONE⟧
""")

# ===========================================================================
# Polish
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ pl
⟦ask⟧ Test jednostkowy nie przechodzi:

def test_rejestracja():
    u = Uzytkownik(imie="⟦FIRST@1⟧", nazwisko="⟦LAST@1⟧", email="⟦EMAIL@1⟧", telefon="⟦PHONE⟧")
    assert u.czy_poprawny()
§§ pl
Log z serwisu płatności:

⟦tsl⟧ BŁĄD przelew odrzucony: odbiorca ⟦NAME@1⟧, rachunek ⟦IBAN.PL⟧, kwota ⟦amount⟧ PLN
⟦tsl⟧ INFO powiadomienie wysłane na ⟦EMAIL@1⟧
§§ pl
Commit do poprawy:

commit ⟦sha⟧
Author: ⟦NAME@1⟧ <⟦WEMAIL@1⟧>

    poprawka: numer telefonu ⟦PHONE⟧ klienta ⟦NAME@2⟧ zapisywał się bez kierunkowego
§§ pl
Plik .env z serwera testowego:

DB_URL=postgres://⟦LOGIN@1⟧:⟦DBPW⟧@⟦host⟧:5432/sklep
SMTP_HASLO=⟦PW⟧
KLUCZ_API=⟦TOKEN.32⟧
Co z tego powinno trafić do sejfu (Vault)?
§§ pl
Wątek na Slacku #ops:

⟦FIRST@1⟧ ⟦hm⟧: ktoś loguje się jako ⟦LOGIN@2⟧ z ⟦IP⟧ o 3 w nocy
⟦FIRST@2⟧ ⟦hm⟧: to nie ja! zmieniam hasło
⟦FIRST@1⟧ ⟦hm⟧: blokuję IP na firewallu
Przygotuj raport z incydentu.
§§ pl
Zgłoszenie ⟦jira⟧: klientka ⟦NAME@1⟧ (⟦PHONE⟧) nie może zmienić adresu na „⟦ADDR⟧”. Walidator kodu pocztowego odrzuca format.
Napisz regex dla polskich kodów pocztowych.
""")

# ===========================================================================
# Czech, Swedish, Danish, Norwegian, Finnish
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ cs
⟦ask⟧ Objednávka z e-shopu neprojde validací:

{"objednavka":"⟦order⟧","zakaznik":{"jmeno":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧","telefon":"⟦PHONE⟧"},"doruceni":{"adresa":"⟦ADDR⟧"},"platba":{"typ":"prevod","iban":"⟦IBAN.CZ⟧"}}
Chyba: "doruceni.adresa: chybí PSČ" — ale PSČ tam je?
§§ cs
Elasticsearch vrací tento hit, proč se neshoduje dotaz na příjmení s diakritikou?

{"_index":"zakaznici","_id":"⟦hex:20⟧","_score":⟦num:1:9⟧.⟦num:100:999⟧,"_source":{"jmeno":"⟦NAME@1⟧","mesto":"⟦city⟧","telefon":"⟦PHONE⟧","narozen":"⟦DOB.iso⟧"}}
Použil jsem match na pole "jmeno" s hodnotou "⟦LAST@1⟧".
§§ cs
Cron nám poslal tenhle e-mail, co se stalo se zálohou?

Od: Cron Daemon <root@⟦host⟧>
Předmět: Cron <root@⟦host⟧> /opt/zaloha.sh
mysqldump: Got error: 1045: Access denied for user '⟦LOGIN@1⟧'@'⟦IPP⟧' (using password: YES)
Skript obsahuje: mysqldump -u ⟦LOGIN@1⟧ -p'⟦DBPW⟧' eshop > /zalohy/eshop_⟦date.compact⟧.sql
§§ cs
Terraform proměnné pro kancelářský firewall — je to dobře?

povolene_ip = [
  "⟦IP⟧/32",  # kancelář Praha
  "⟦IP⟧/32",  # doma ⟦NAME@1⟧
]
§§ cs
Grafana alert payload, proč se neposlala SMS?

{"receiver":"sms-pohotovost","status":"firing","alerts":[{"labels":{"alertname":"DiskFull","instance":"⟦host⟧"}}],"commonAnnotations":{"kontakt":"⟦NAME@1⟧ ⟦PHONE⟧"}}
§§ cs
Potřebuju UPDATE, který opraví špatně uložená data narození:

SELECT id, jmeno, datum_narozeni FROM klienti WHERE extract(day from datum_narozeni) <= 12;
  ⟦num:10:999⟧ | ⟦NAME@1⟧ | ⟦DOB.iso⟧
  ⟦num:10:999⟧ | ⟦NAME@2⟧ | ⟦DOB.iso⟧
Import z Excelu prohodil den a měsíc, ale jen u některých řádků. Jak je poznám?
§§ sv
⟦ask⟧ Kafka-meddelandet kan inte deserialiseras:

{"kundId":"⟦uuid⟧","namn":"⟦NAME@1⟧","personnummer":null,"epost":"⟦EMAIL@1⟧","mobil":"⟦PHONE⟧","adress":"⟦ADDR⟧"}
Fel: Unrecognized field "mobil" (class se.butik.Kund), not marked as ignorable
§§ sv
Klistrat från Excel (fliken "Anställda"), gör om till CSV med semikolon:

Namn⇥E-post⇥Mobil⇥Födelsedatum⇥Adress
⟦NAME@1⟧⇥⟦WEMAIL@1⟧⇥⟦PHONE⟧⇥⟦DOB.iso⟧⇥⟦ADDR⟧
⟦NAME@2⟧⇥⟦WEMAIL@2⟧⇥⟦PHONE⟧⇥⟦DOB.iso⟧⇥⟦ADDR⟧
§§ sv
git blame på raden med lösenordet:

⟦sha7⟧ (⟦NAME@1⟧ ⟦day⟧ ⟦time⟧ +0200 ⟦num:10:99⟧)     smtp.login("⟦WEMAIL@1⟧", "⟦PW⟧")
Vem ska jag prata med, och hur tar jag bort det ur historiken?
§§ sv
Begäran om registerutdrag (GDPR). Det här har vi om personen:

Namn: ⟦NAME@1⟧
E-post: ⟦EMAIL@1⟧
Telefon: ⟦PHONE⟧
Adress: ⟦ADDR⟧
Senaste inloggnings-IP: ⟦IP⟧
Skriv ett svar på svenska.
§§ sv
Kraschlogg från iOS-appen (TestFlight):

Tester: ⟦NAME@1⟧ (⟦EMAIL@1⟧)
App-version: ⟦semver⟧ (⟦build⟧)
Exception: NSInvalidArgumentException: -[NSNull length]: unrecognized selector
Senast sparade profil: {"namn":"⟦NAME@1⟧","telefon":null}
§§ sv
Ansible-lager för kontoret — varför fungerar inte become på nas01?

[nas]
nas01 ansible_host=⟦IPP⟧ ansible_user=⟦LOGIN@1⟧ ansible_become_pass=⟦PW⟧
§§ da
⟦ask⟧ Sentry-event fra vores bookingside:

{"exception":"KeyError: 'postnummer'","user":{"email":"⟦EMAIL@1⟧","ip_address":"⟦IP⟧"},"extra":{"booking":{"navn":"⟦NAME@1⟧","adresse":"⟦ADDR⟧","telefon":"⟦PHONE⟧"}}}
Hvorfor mangler postnummeret, når det står i adressen?
§§ da
Jupyter-output — jeg vil fjerne dubletter på telefonnummer:

⟦ALIGN:pandas⟧
¦navn¦telefon¦oprettet
0¦⟦NAME@1⟧¦⟦PHONE#1⟧¦⟦date⟧
1¦⟦NAME@1⟧¦⟦PHONE#1⟧¦⟦date⟧
2¦⟦NAME@2⟧¦⟦PHONE⟧¦⟦date⟧
⟦/ALIGN⟧
§§ da
YAML-konfiguration til vores notifikationsservice:

sms:
  udbyder: twilio
  token: ⟦TWILIO⟧
  afsender: "⟦PHONE⟧"
eskalering:
  kontakt: ⟦NAME@1⟧
  email: ⟦WEMAIL@1⟧
Er det ok at have token i YAML-filen?
§§ da
Supportmail fra en kunde, skriv et svar:

Fra: ⟦NAME@1⟧ <⟦EMAIL@1⟧>
Emne: forkert adresse på faktura
Hej, min adresse er ⟦ADDR⟧, men fakturaen ⟦order⟧ blev sendt til min gamle adresse. Ring gerne på ⟦PHONE⟧.
§§ da
DHCP-log fra kontoret — hvilken enhed er ukendt?

⟦syslog⟧ router dnsmasq-dhcp[⟦pid⟧]: DHCPACK(br0) ⟦IPP⟧ ⟦MAC⟧ ⟦FIRST@1.lower⟧s-telefon
⟦syslog⟧ router dnsmasq-dhcp[⟦pid⟧]: DHCPACK(br0) ⟦IPP⟧ ⟦MAC⟧ printer-kontor
⟦syslog⟧ router dnsmasq-dhcp[⟦pid⟧]: DHCPACK(br0) ⟦IPP⟧ ⟦MAC⟧
§§ nb
⟦ask⟧ HAR-fil fra en kunde, hvorfor feiler innloggingen?

"request": {"method": "POST", "url": "https://min.⟦dom⟧/api/logginn", "postData": {"text": "{\"brukernavn\":\"⟦LOGIN@1⟧\",\"passord\":\"⟦PW⟧\"}"}},
"response": {"status": 401, "content": {"text": "{\"feil\":\"ugyldig passord\"}"}}
§§ nb
Keycloak-logg:

⟦tsl⟧ WARN [org.keycloak.events] type=LOGIN_ERROR, clientId=kundeportal, ipAddress=⟦IP⟧, error=invalid_user_credentials, username=⟦EMAIL@1⟧
⟦tsl⟧ WARN [org.keycloak.events] type=LOGIN_ERROR, clientId=kundeportal, ipAddress=⟦IP⟧, error=invalid_user_credentials, username=⟦EMAIL@1⟧
Er dette et angrep eller bare en glemsom bruker?
§§ nb
Dockerfile fra et gammelt prosjekt — hva er galt sikkerhetsmessig?

FROM node:18
ENV NPM_TOKEN=⟦NPM⟧
ENV ADMIN_EPOST=⟦WEMAIL@1⟧
RUN npm ci
§§ nb
API-svar fra folkeregister-integrasjonen vår (testmiljø):

{"navn":"⟦NAME@1⟧","fodselsdato":"⟦DOB.iso⟧","adresse":"⟦ADDR⟧","telefon":"⟦PHONE⟧","status":"bosatt"}
Hvordan lager jeg en TypeScript-type for dette?
§§ nb
LDAP-eksport — finn kontoer uten telefonnummer:

dn: uid=⟦LOGIN@1⟧,ou=ansatte,dc=firma,dc=no
cn: ⟦NAME@1⟧
mail: ⟦WEMAIL@1⟧
telephoneNumber: ⟦PHONE⟧

dn: uid=⟦LOGIN@2⟧,ou=ansatte,dc=firma,dc=no
cn: ⟦NAME@2⟧
mail: ⟦WEMAIL@2⟧
§§ fi
⟦ask⟧ SSH-yhteys jumittaa, tässä ~/.ssh/config:

Host hyppy
    HostName ⟦IP⟧
    User ⟦LOGIN@1⟧
Host tietokanta
    HostName ⟦IPP⟧
    User ⟦LOGIN@1⟧
    ProxyJump hyppy
§§ fi
Kubernetes-salaisuus, jonka löysin repositoriosta:

apiVersion: v1
kind: Secret
metadata:
  name: laskutus
stringData:
  TIETOKANTA_SALASANA: ⟦DBPW⟧
  SENDGRID_AVAIN: ⟦SENDGRID⟧
Miten siirrän nämä Vaultiin?
§§ fi
Access-loki, onko tämä hyökkäys?

⟦IP#1⟧ - - [⟦clf⟧] "POST /kirjaudu HTTP/1.1" 401 ⟦num:100:300⟧
⟦IP#1⟧ - - [⟦clf⟧] "POST /kirjaudu HTTP/1.1" 401 ⟦num:100:300⟧
⟦IP#1⟧ - ⟦LOGIN@1⟧ [⟦clf⟧] "GET /tili HTTP/1.1" 200 ⟦num:1000:5000⟧
§§ fi
Avro-tietue ei läpäise skeemaa:

{"asiakas":"⟦NAME@1⟧","syntymaaika":"⟦DOB.eu⟧","puhelin":"⟦PHONE⟧","sahkoposti":"⟦EMAIL@1⟧"}
Virhe: syntymaaika pitäisi olla int (date logical type).
§§ fi
Asiakastuen tiketti — kirjoita vastaus suomeksi:

Asiakas: ⟦NAME@1⟧ (⟦EMAIL@1⟧)
Ongelma: lasku ⟦order⟧ meni vanhaan osoitteeseen, uusi osoite on ⟦ADDR⟧.
Puhelin: ⟦PHONE⟧
""")

# ===========================================================================
# Hungarian, Romanian, Greek, Turkish
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ hu
⟦ask⟧ A regisztrációs végpont 500-at ad vissza, itt a log:

⟦tsl⟧ ERROR RegisztracioController - Hiba a mentéskor: név=⟦NAME@1⟧, email=⟦EMAIL@1⟧, telefon=⟦PHONE⟧, születési dátum=⟦DOB.ymd⟧
java.lang.IllegalArgumentException: Érvénytelen dátumformátum
§§ hu
Excelből másoltam az ügyféllistát, kérlek alakítsd JSON-ná:

Név⇥Cím⇥Telefon⇥E-mail
⟦NAME@1⟧⇥⟦ADDR⟧⇥⟦PHONE⟧⇥⟦EMAIL@1⟧
⟦NAME@2⟧⇥⟦ADDR⟧⇥⟦PHONE⟧⇥⟦EMAIL@2⟧
§§ hu
Kódreview megjegyzés:
> A `teszt_adatok.py`-ban ⟦NAME@1⟧ valódi bankszámlaszáma van (⟦IBAN.HU⟧). Cseréld le generált értékre!
Hogyan generáljak érvényes, de kitalált magyar IBAN-t?
§§ hu
Az auth.log szerint valaki éjjel belépett. Ki volt az?

⟦syslog⟧ web01 sshd[⟦pid⟧]: Accepted password for ⟦LOGIN@1⟧ from ⟦IP⟧ port ⟦num:30000:65000⟧ ssh2
⟦syslog⟧ web01 sudo: ⟦LOGIN@1⟧ : TTY=pts/0 ; PWD=/home/⟦LOGIN@1⟧ ; USER=root ; COMMAND=/bin/cat /etc/shadow
A fiók ⟦NAME@1⟧ kolléganőé, aki szabadságon van.
§§ hu
A partner XML-jét kell feldolgoznom, miért üres a szuletesi_datum mező a kimenetben?

<ugyfel azonosito="⟦num:10000:99999⟧">
  <nev>⟦NAME@1⟧</nev>
  <szuletesi_datum>⟦DOB.ymd⟧</szuletesi_datum>
  <lakcim>⟦ADDR⟧</lakcim>
  <telefon>⟦PHONE⟧</telefon>
</ugyfel>
A parser ISO formátumot vár.
§§ ro
⟦ask⟧ Testul de integrare pică:

def test_client_nou():
    r = client.post("/clienti", json={"nume": "⟦NAME@1⟧", "email": "⟦EMAIL@1⟧", "telefon": "⟦PHONE⟧", "adresa": "⟦ADDR⟧"})
    assert r.status_code == 201
AssertionError: assert 422 == 201
§§ ro
Log din serviciul de plăți:

⟦tsl⟧ EROARE transfer respins pentru ⟦NAME@1⟧, IBAN ⟦IBAN.RO⟧, suma ⟦amount⟧ RON
⟦tsl⟧ INFO notificare trimisă la ⟦EMAIL@1⟧
Ce înseamnă codul de respingere AC01?
§§ ro
Rezultatul interogării (MySQL):

⟦ALIGN:mysql⟧
id¦nume¦data_nasterii¦telefon
⟦num:1:999⟧¦⟦NAME@1⟧¦⟦DOB.iso⟧¦⟦PHONE⟧
⟦num:1:999⟧¦⟦NAME@2⟧¦⟦DOB.iso⟧¦⟦PHONE⟧
⟦/ALIGN⟧
Cum calculez vârsta direct în SQL?
§§ ro
Am nevoie de o listă cu autorii din ultima lună pentru raport:

$ git log --since=⟦date⟧ --format='%an <%ae>' | sort | uniq -c
     ⟦num:10:90⟧ ⟦NAME@1⟧ <⟦WEMAIL@1⟧>
      ⟦num:2:9⟧ ⟦NAME@2⟧ <⟦EMAIL@2⟧>
      ⟦num:1:5⟧ renovate[bot] <bot@renovateapp.com>
De ce apare ⟦FIRST@2⟧ cu adresa personală?
§§ ro
Configurație docker-compose, baza de date nu pornește:

services:
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: ⟦LOGIN@1⟧
      POSTGRES_PASSWORD: ⟦DBPW⟧
§§ ro
Conversație Slack #suport:

⟦FIRST@1⟧ ⟦hm⟧: clienta ⟦NAME@2⟧ zice că nu primește codul SMS pe ⟦PHONE⟧
⟦FIRST@3⟧ ⟦hm⟧: numărul e salvat fără prefix +40, îl corectez
Scrie un tichet pentru validarea numerelor.
§§ el
Το Elasticsearch δεν βρίσκει τον πελάτη όταν ψάχνω χωρίς τόνους. Το έγγραφο:

{"_index":"pelates","_id":"⟦hex:20⟧","_source":{"onoma":"⟦NAME@1⟧","diefthynsi":"⟦ADDR⟧","tilefono":"⟦PHONE⟧"}}
Αναζήτηση: "⟦LAST@1⟧" χωρίς τόνο. Χρειάζομαι asciifolding;
§§ el
Σχόλιο code review:
> Στο `seed.py` υπάρχει το πραγματικό κινητό της ⟦NAME@1⟧ (⟦PHONE⟧) και η ημερομηνία γέννησής της (⟦DOB.eu⟧). Αντικατάστησέ τα με ψεύτικα.
§§ el
Αρχείο group_vars/all.yml του Ansible — είναι ασφαλές έτσι;

db_user: ⟦LOGIN@1⟧
db_password: ⟦DBPW⟧
smtp_password: ⟦PW⟧
υπεύθυνος: "⟦NAME@1⟧ <⟦WEMAIL@1⟧>"
Πώς το περνάω σε ansible-vault;
§§ el
Μετάτρεψε σε JSON:

Όνομα: ⟦NAME@1⟧
Ημερομηνία γέννησης: ⟦DOB.loc⟧
Διεύθυνση: ⟦ADDR⟧
Email: ⟦EMAIL@1⟧
§§ tr
⟦ask⟧ Kayıt servisi bu istekte 400 dönüyor:

POST /api/uyeler
{"ad_soyad":"⟦NAME@1⟧","eposta":"⟦EMAIL@1⟧","telefon":"⟦PHONE⟧","dogum_tarihi":"⟦DOB.eu⟧","adres":"⟦ADDR⟧"}
Hata: dogum_tarihi geçersiz format
§§ tr
Ödeme servisinin logu:

⟦tsl⟧ HATA havale reddedildi: alıcı ⟦NAME@1⟧, IBAN ⟦IBAN.TR⟧, tutar ⟦amount⟧ TL
⟦tsl⟧ BİLGİ e-posta gönderildi: ⟦EMAIL@1⟧
§§ tr
.env dosyası, uygulama Redis'e bağlanamıyor:

REDIS_URL=redis://:⟦DBPW⟧@⟦host⟧:6379/0
VERITABANI_URL=postgres://⟦LOGIN@1⟧:⟦DBPW⟧@⟦host⟧:5432/magaza
IYZICO_API_ANAHTARI=⟦TOKEN.32⟧
§§ tr
Slack #altyapi:

⟦FIRST@1⟧ ⟦hm⟧: gece 3'te ⟦LOGIN@2⟧ kullanıcısı ⟦IP⟧ adresinden giriş yapmış
⟦FIRST@2⟧ ⟦hm⟧: ben değilim! şifremi değiştiriyorum
Olay raporu yazar mısın?
§§ tr
Müşteri destek bileti:

Müşteri: ⟦NAME@1⟧
Telefon: ⟦PHONE⟧
Kart: ⟦CARD⟧ (müşteri e-postada tam numarayı göndermiş)
Sorun: çift çekim
Kart numarasını sistemden nasıl temizleriz?
""")

# ===========================================================================
# Russian, Ukrainian
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ ru
⟦ask⟧ Падает миграция:

INSERT INTO клиенты (фио, email, телефон, дата_рождения, адрес) VALUES
('⟦NAME@1⟧', '⟦EMAIL@1⟧', '⟦PHONE⟧', '⟦DOB.iso⟧', '⟦ADDR⟧'),
('⟦NAME@2⟧', '⟦EMAIL@2⟧', '⟦PHONE⟧', '⟦DOB.iso⟧', '⟦ADDR⟧');
ERROR:  invalid byte sequence for encoding "UTF8": 0xd0 0x2e
§§ ru
Лог сервиса авторизации:

⟦tsl⟧ ERROR [auth] Неудачная попытка входа: пользователь ⟦LOGIN@1⟧, IP ⟦IP⟧, причина: неверный пароль
⟦tsl⟧ ERROR [auth] Неудачная попытка входа: пользователь ⟦LOGIN@1⟧, IP ⟦IP⟧, причина: неверный пароль
⟦tsl⟧ WARN  [auth] Учётная запись ⟦LOGIN@1⟧ заблокирована на 15 минут
Это перебор паролей? Как настроить rate limit в nginx?
§§ ru
Результат запроса:

⟦ALIGN:psql⟧
id¦фио¦телефон¦город
⟦num:1:999⟧¦⟦NAME@1⟧¦⟦PHONE⟧¦⟦city⟧
⟦num:1:999⟧¦⟦NAME@2⟧¦⟦PHONE⟧¦⟦city⟧
⟦num:1:999⟧¦⟦NAME@3⟧¦⟦PHONE⟧¦⟦city⟧
⟦/ALIGN⟧
(3 строки)
Как сделать поиск по ФИО без учёта регистра и буквы ё?
§§ ru
Коммит на ревью:

commit ⟦sha⟧
Author: ⟦NAME@1.roman⟧ <⟦WEMAIL@1⟧>

    Исправлено: дата рождения клиента ⟦NAME@2⟧ сохранялась как ⟦DOB.eu⟧ вместо ISO
§§ ru
Переписка в Telegram-чате команды:

⟦FIRST@1⟧ [⟦hm⟧]: кто закоммитил пароль от продовой базы? ⟦DBPW⟧
⟦FIRST@2⟧ [⟦hm⟧]: блин, я. Сейчас сменю
⟦FIRST@1⟧ [⟦hm⟧]: и вычисти историю, пожалуйста
Составь короткий отчёт об инциденте.
§§ ru
Трейсбек из Django:

Traceback (most recent call last):
  File "/home/⟦LOGIN@1⟧/projects/crm/clients/views.py", line ⟦num:20:300⟧, in create
    client = Client.objects.create(**data)
django.db.utils.IntegrityError: duplicate key value violates unique constraint "clients_phone_key"
DETAIL:  Key (phone)=(⟦PHONE⟧) already exists.
§§ ru
Вывод pandas:

⟦ALIGN:pandas⟧
¦фио¦дата_рождения¦паспорт
0¦⟦NAME@1⟧¦⟦DOB.eu⟧¦⟦PASS.RU⟧
1¦⟦NAME@2⟧¦⟦DOB.eu⟧¦⟦PASS.RU⟧
⟦/ALIGN⟧
Нужно замаскировать паспорт, оставив последние 4 цифры.
§§ ru
Передача дежурства:
- у ⟦NAME@1⟧ не проходит оплата картой ⟦CARD⟧, банк отвечает 05
- на ⟦host⟧ кончается место
- ⟦FIRST@2⟧ на связи по ⟦PHONE⟧
§§ ru
Конфиг docker-compose, контейнер с базой перезапускается:

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ⟦LOGIN@1⟧
      POSTGRES_PASSWORD: ⟦DBPW⟧
  app:
    environment:
      TELEGRAM_BOT_TOKEN: "⟦TGBOT⟧"
§§ ru
Заявка в Jira ⟦jira⟧: «Клиент не может сменить адрес»
Клиент: ⟦NAME@1⟧, ⟦EMAIL@1⟧
Старый адрес: ⟦ADDR⟧
Новый адрес: ⟦ADDR⟧
Помоги написать тест для валидатора адреса.
§§ ru
Лог DHCP-сервера в офисе:

⟦syslog⟧ dhcp dhcpd[⟦pid⟧]: DHCPACK on ⟦IPP⟧ to ⟦MAC⟧ (⟦LOGIN@1⟧-notebook) via eth0
⟦syslog⟧ dhcp dhcpd[⟦pid⟧]: DHCPACK on ⟦IPP⟧ to ⟦MAC⟧ (неизвестно) via eth0
Как найти, чьё это неизвестное устройство?
§§ ru
Нужно сделать JSON из анкеты:

ФИО: ⟦NAME@1⟧
Дата рождения: ⟦DOB.loc⟧
Телефон: ⟦PHONE⟧
Адрес регистрации: ⟦ADDR⟧
Водительское удостоверение: ⟦DL.RU⟧
§§ ru
Ошибка в Sentry из мобильного приложения:

{"user":{"email":"⟦EMAIL@1⟧","ip_address":"⟦IP⟧"},"exception":"NullPointerException в ProfileFragment","extra":{"phone":"⟦PHONE⟧"}}
Почему sendDefaultPii=false не помогает?
§§ ru
Крипто-выплаты партнёрам, проверь адреса:

партнёр: ⟦NAME@1⟧, кошелёк BTC: ⟦BTC⟧
партнёр: ⟦NAME@2⟧, кошелёк ETH: ⟦ETH⟧
Как проверить контрольную сумму на Python?
§§ uk
CSV з CRM відкривається в Excel кракозябрами. Ось перші рядки:

піб,адреса,телефон,email
"⟦NAME@1⟧","⟦ADDR⟧",⟦PHONE⟧,⟦EMAIL@1⟧
"⟦NAME@2⟧","⟦ADDR⟧",⟦PHONE⟧,⟦EMAIL@2⟧
Як зберегти з BOM у pandas?
§§ uk
Повідомлення з Kafka не десеріалізується:

{"id":"⟦uuid⟧","pib":"⟦NAME@1⟧","data_narodzhennia":"⟦DOB.eu⟧","telefon":"⟦PHONE⟧","email":"⟦EMAIL@1⟧"}
Помилка: Cannot deserialize value of type `java.time.LocalDate` from String
§§ uk
Анкета клієнта — перетвори на JSON:

ПІБ: ⟦NAME@1⟧
Дата народження: ⟦DOB.loc⟧
Адреса: ⟦ADDR⟧
Паспорт: ⟦PASS.UA⟧
§§ uk
Лог nginx — хтось перебирає email-и через API відновлення пароля?

⟦IP#1⟧ - - [⟦clf⟧] "POST /api/vidnovlennia?email=⟦EMAIL@1⟧ HTTP/1.1" 404 ⟦num:40:90⟧
⟦IP#1⟧ - - [⟦clf⟧] "POST /api/vidnovlennia?email=⟦EMAIL@2⟧ HTTP/1.1" 200 ⟦num:40:90⟧
⟦IP#1⟧ - - [⟦clf⟧] "POST /api/vidnovlennia?email=⟦EMAIL@3⟧ HTTP/1.1" 404 ⟦num:40:90⟧
""")

# ===========================================================================
# Arabic, Hebrew, Persian, Urdu
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ ar
⟦ask⟧ هذا السطر من ملف CSV يسبب خطأ في الاستيراد:

الاسم,البريد,الجوال,تاريخ الميلاد,العنوان
⟦NAME@1⟧,⟦EMAIL@1⟧,⟦PHONE⟧,⟦DOB.iso⟧,"⟦ADDR⟧"
⟦NAME@2⟧,⟦EMAIL@2⟧,⟦PHONE⟧,⟦DOB.iso⟧,"⟦ADDR⟧"
الخطأ: UnicodeDecodeError: 'charmap' codec can't decode byte 0xd8
§§ ar
تذكرة دعم فني (تصعيد):
العميل: ⟦NAME@1⟧
الجوال: ⟦PHONE⟧
رقم الجواز: ⟦PASS⟧
المشكلة: فشل التحقق من الهوية (KYC) منذ ⟦date⟧
اكتب ردًا مهذبًا للعميل.
§§ ar
طلب API يفشل بالخطأ 422:

POST /api/customers
{"name":"⟦NAME@1⟧","name_en":"⟦NAME@1.roman⟧","mobile":"⟦PHONE⟧","dob":"⟦DOB.dmy⟧","email":"⟦EMAIL@1⟧"}
الحقل dob يجب أن يكون بصيغة ISO.
§§ he
לוג משרת ההזדהות:

⟦tsl⟧ WARN כניסה נכשלה: משתמש ⟦LOGIN@1⟧ מכתובת ⟦IP⟧
⟦tsl⟧ WARN כניסה נכשלה: משתמש ⟦LOGIN@1⟧ מכתובת ⟦IP⟧
⟦tsl⟧ INFO החשבון ננעל
זה ניסיון פריצה?
§§ he
קובץ הגדרות (config.yaml):

database:
  user: ⟦LOGIN@1⟧
  password: ⟦DBPW⟧
alerts:
  on_call: "⟦NAME@1⟧ ⟦PHONE⟧"
איך מעבירים את הסיסמה ל-Kubernetes Secret?
§§ he
פנייה לתמיכה, תעזור לנסח תשובה:

מאת: ⟦NAME@1⟧ <⟦EMAIL@1⟧>
נושא: חיוב כפול
חויבתי פעמיים בכרטיס ⟦cardmask⟧, מספר הזמנה ⟦order⟧. הכתובת שלי: ⟦ADDR⟧.
§§ he
JSON מה-API של הספק, צריך ממנו TypeScript type:

{"customer":{"name":"⟦NAME@1⟧","phone":"⟦PHONE⟧","address":"⟦ADDR⟧","id_expiry":"⟦date⟧"}}
§§ he
יומן DHCP במשרד:

⟦syslog⟧ router dhcpd: DHCPACK on ⟦IPP⟧ to ⟦MAC⟧ (⟦LOGIN@1⟧-laptop)
⟦syslog⟧ router dhcpd: DHCPACK on ⟦IPP⟧ to ⟦MAC⟧ (unknown)
איך מזהים את המכשיר הלא מוכר?
§§ fa
لاگ سرویس ثبت‌نام:

⟦tsl⟧ ERROR ثبت‌نام ناموفق: نام=⟦NAME@1⟧ ایمیل=⟦EMAIL@1⟧ موبایل=⟦PHONE⟧ علت=شماره تکراری
چطور شماره‌ها را قبل از ذخیره نرمال کنم؟
§§ fa
این JSON را به کلاس پایتون تبدیل کن:

{"fullName":"⟦NAME@1⟧","birthDate":"⟦DOB.iso⟧","passport":"⟦PASS⟧","email":"⟦EMAIL@1⟧"}
§§ ur
سرور کی .env فائل، کیا یہ محفوظ ہے؟

DB_USER=⟦LOGIN@1⟧
DB_PASS=⟦DBPW⟧
JAZZCASH_SECRET=⟦HEXSEC.32⟧
""")

# ===========================================================================
# Hindi, Bengali, Tamil
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ hi
KYC API का जवाब — कौन से फ़ील्ड स्टोर करें?

{"naam":"⟦NAME@1⟧","janm_tithi":"⟦DOB.dmy⟧","passport":"⟦PASS.IN⟧","driving_licence":"⟦DL.IN⟧","pata":"⟦ADDR⟧"}
§§ bn
⟦ask⟧ ইমপোর্টে এই লাইনগুলোতে সমস্যা হচ্ছে:

নাম,ইমেইল,মোবাইল,ঠিকানা
⟦NAME@1⟧,⟦EMAIL@1⟧,⟦PHONE⟧,"⟦ADDR⟧"
⟦NAME@2⟧,⟦EMAIL@2⟧,⟦PHONE⟧,"⟦ADDR⟧"
§§ bn
গ্রাহকের তথ্য JSON-এ রূপান্তর করুন:

নাম: ⟦NAME@1⟧
জন্ম তারিখ: ⟦DOB.dmy⟧
ঠিকানা: ⟦ADDR⟧
ইমেইল: ⟦EMAIL@1⟧
§§ bn
সাপোর্ট টিকিট: গ্রাহক ⟦NAME@1⟧ (⟦EMAIL@1⟧) তার ফোন নম্বর ⟦PHONE⟧ পরিবর্তন করতে পারছেন না। একটি উত্তর লিখুন।
§§ ta
⟦ask⟧ இந்த பதிவு ஏன் இறக்குமதியில் தோல்வியடைகிறது?

பெயர்,மின்னஞ்சல்,கைபேசி,பிறந்த தேதி
⟦NAME@1⟧,⟦EMAIL@1⟧,⟦PHONE⟧,⟦DOB.dmy⟧
⟦NAME@2⟧,⟦EMAIL@2⟧,⟦PHONE⟧,⟦DOB.dmy⟧
""")

# ===========================================================================
# Chinese
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ zh
⟦ask⟧ 这条 SQL 查出来有重复，帮我看看：

SELECT 用户ID, 姓名, 手机号, 收货地址 FROM 订单视图 WHERE 下单时间 > '⟦date⟧';
⟦ALIGN:mysql⟧
用户ID¦姓名¦手机号¦收货地址
⟦num:10000:99999⟧¦⟦NAME@1⟧¦⟦PHONE⟧¦⟦ADDR⟧
⟦num:10000:99999⟧¦⟦NAME@1⟧¦⟦PHONE⟧¦⟦ADDR⟧
⟦num:10000:99999⟧¦⟦NAME@2⟧¦⟦PHONE⟧¦⟦ADDR⟧
⟦/ALIGN⟧
§§ zh
线上报错日志（Spring Boot）：

⟦tsl⟧ ERROR [http-nio-8080-exec-⟦num:1:50⟧] c.x.order.service.OrderServiceImpl - 创建订单失败, 用户=⟦NAME@1⟧, 手机=⟦PHONE⟧, 地址=⟦ADDR⟧
java.lang.NullPointerException: null
	at com.⟦pick:zhiyuan|hanbit|lotus⟧.order.service.OrderServiceImpl.create(OrderServiceImpl.java:⟦num:50:400⟧)
为什么会空指针？地址字段明明有值。
§§ zh
微信群聊天记录，帮我整理成待办：

⟦FIRST@1⟧ ⟦hm⟧：生产库密码是不是被改了？连不上了
⟦FIRST@2⟧ ⟦hm⟧：我昨天按安全要求改成 ⟦DBPW⟧ 了，忘了同步配置中心
⟦FIRST@1⟧ ⟦hm⟧：@⟦NAME@3⟧ 麻烦更新一下 Nacos
§§ zh
Nacos 配置（application-prod.yml），启动时报 Access denied：

spring:
  datasource:
    url: jdbc:mysql://⟦host⟧:3306/shop?useUnicode=true&characterEncoding=utf8
    username: ⟦LOGIN@1⟧
    password: ⟦DBPW⟧
  redis:
    password: ⟦DBPW⟧
§§ zh
钉钉机器人 webhook 一直返回 310000，代码如下：

url = "https://oapi.dingtalk.com/robot/send?access_token=⟦HEXSEC.64⟧"
msg = {"msgtype": "text", "text": {"content": "告警：⟦host⟧ 磁盘 ⟦num:80:99⟧%"}, "at": {"atMobiles": ["⟦PHONE.CN⟧"]}}
requests.post(url, json=msg)
§§ zh
单元测试数据里有真实用户信息吗？帮我检查一下：

@Test
public void testRegister() {
    UserDTO u = new UserDTO("⟦NAME@1⟧", "⟦PHONE.CN⟧", "⟦EMAIL@1⟧");
    u.setBirthday("⟦DOB.iso⟧");
    assertEquals(200, controller.register(u).getCode());
}
§§ zh
从 Excel 复制的员工名单，请转成 JSON：

姓名⇥部门⇥手机⇥邮箱⇥出生日期
⟦NAME@1⟧⇥研发部⇥⟦PHONE⟧⇥⟦WEMAIL@1⟧⇥⟦DOB.cjk⟧
⟦NAME@2⟧⇥财务部⇥⟦PHONE⟧⇥⟦WEMAIL@2⟧⇥⟦DOB.cjk⟧
⟦NAME@3⟧⇥运营部⇥⟦PHONE⟧⇥⟦WEMAIL@3⟧⇥⟦DOB.cjk⟧
§§ zh
Jira ⟦jira⟧：用户无法修改收货地址
报告人：⟦NAME@1⟧
用户：⟦NAME@2⟧（⟦PHONE⟧）
原地址：⟦ADDR⟧
新地址：⟦ADDR⟧
请帮我写一个地址校验的单元测试。
§§ zh
pandas 输出，年龄计算不对：

⟦ALIGN:pandas⟧
¦姓名¦出生日期¦城市
0¦⟦NAME@1⟧¦⟦DOB.iso⟧¦⟦city⟧
1¦⟦NAME@2⟧¦⟦DOB.iso⟧¦⟦city⟧
2¦⟦NAME@3⟧¦⟦DOB.iso⟧¦⟦city⟧
⟦/ALIGN⟧
§§ zh
支付回调的日志，验签失败：

⟦tsl⟧ INFO 收到支付宝回调 out_trade_no=⟦order⟧ buyer_logon_id=⟦EMAIL@1⟧ total_amount=⟦amount⟧
⟦tsl⟧ DEBUG 使用私钥 app_private_key=⟦B64SEC.64⟧
⟦tsl⟧ ERROR 验签失败
是不是私钥格式的问题？
§§ zh
Git 提交记录，帮我写本周周报：

⟦sha7⟧ ⟦NAME@1.roman⟧ <⟦WEMAIL@1⟧> 修复：用户⟦NAME@2⟧手机号校验失败
⟦sha7⟧ ⟦NAME@3.roman⟧ <⟦WEMAIL@3⟧> 新增：导出订单增加收货人字段
⟦sha7⟧ dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> chore(deps): bump fastjson
§§ zh
Redis 里的会话数据，TTL 是 -1，为什么不过期？

127.0.0.1:6379> GET session:⟦hex:32#7⟧
"{\"userId\":⟦num:1000:99999⟧,\"name\":\"⟦NAME@1⟧\",\"phone\":\"⟦PHONE⟧\",\"token\":\"⟦JWT⟧\"}"
127.0.0.1:6379> TTL session:⟦hex:32#7⟧
(integer) -1
§§ zh
快递接口返回“地址不详”，请求体如下：

{"寄件人":{"姓名":"⟦NAME@1⟧","电话":"⟦PHONE⟧","地址":"⟦ADDR⟧"},"收件人":{"姓名":"⟦NAME@2⟧","电话":"⟦PHONE⟧","地址":"⟦ADDR⟧"},"运单号":"SF⟦num:1000000000:9999999999⟧"}
§§ zh
这段 Go 测试为什么失败？

func TestMaskPhone(t *testing.T) {
	got := MaskPhone("⟦PHONE.CN#1⟧")
	if got != "138****0000" {
		t.Fatalf("MaskPhone(⟦PHONE.CN#1⟧) = %s", got)
	}
}
§§ zh
Dubbo 调用异常，参数里带了用户信息：

org.apache.dubbo.rpc.RpcException: Failed to invoke the method getUserInfo ... Tried 3 times
arguments: [{"name":"⟦NAME@1⟧","idType":"PASSPORT","idNo":"⟦PASS.CN⟧","mobile":"⟦PHONE⟧"}]
provider: dubbo://⟦IPP⟧:20880/com.xx.UserService
§§ zh
帮我把这段 Python 改成批量脱敏：

users = [
    {"name": "⟦NAME@1⟧", "mobile": "⟦PHONE⟧", "email": "⟦EMAIL@1⟧", "card": "⟦CARD.up⟧"},
    {"name": "⟦NAME@2⟧", "mobile": "⟦PHONE⟧", "email": "⟦EMAIL@2⟧", "card": "⟦CARD.up⟧"},
]
for u in users:
    print(u["name"], u["mobile"])
§§ zh
Nginx 日志，疑似有人在刷短信验证码接口：

⟦IP#1⟧ - - [⟦clf⟧] "POST /api/sms/send?mobile=⟦PHONE.CN⟧ HTTP/1.1" 200 ⟦num:20:90⟧
⟦IP#1⟧ - - [⟦clf⟧] "POST /api/sms/send?mobile=⟦PHONE.CN⟧ HTTP/1.1" 200 ⟦num:20:90⟧
⟦IP#1⟧ - - [⟦clf⟧] "POST /api/sms/send?mobile=⟦PHONE.CN⟧ HTTP/1.1" 429 ⟦num:20:90⟧
怎么做限流？
""")

# ===========================================================================
# Japanese
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ ja
⟦ask⟧ テストデータのフリガナが文字化けします：

氏名,フリガナ,生年月日,電話番号,住所
⟦NAME@1⟧,⟦NAME@1.kana⟧,⟦DOB.ymd⟧,⟦PHONE⟧,⟦ADDR⟧
⟦NAME@2⟧,⟦NAME@2.kana⟧,⟦DOB.ymd⟧,⟦PHONE⟧,⟦ADDR⟧
Shift_JIS で保存されているようです。pandas での読み込み方を教えてください。
§§ ja
Rails のログです。登録時に 422 になります：

Started POST "/users" for ⟦IP⟧ at ⟦tss⟧ +0900
  Parameters: {"user"=>{"name"=>"⟦NAME@1⟧", "email"=>"⟦EMAIL@1⟧", "tel"=>"⟦PHONE⟧", "birthday"=>"⟦DOB.cjk⟧"}}
Completed 422 Unprocessable Entity in ⟦num:10:300⟧ms
birthday のパースが原因でしょうか？
§§ ja
Slack の #障害対応 チャンネルより：

⟦FIRST@1⟧ ⟦hm⟧：本番 DB に繋がりません
⟦FIRST@2⟧ ⟦hm⟧：パスワードを ⟦DBPW⟧ にローテーションしましたが、Secrets Manager の反映漏れです
⟦FIRST@1⟧ ⟦hm⟧：了解、⟦NAME@3⟧ さんに再デプロイお願いします
この内容で障害報告書を書いてください。
§§ ja
MySQL のクエリ結果です。全角スペースで検索がヒットしません：

⟦ALIGN:mysql⟧
id¦氏名¦メールアドレス¦電話番号
⟦num:1:999⟧¦⟦NAME@1⟧¦⟦EMAIL@1⟧¦⟦PHONE⟧
⟦num:1:999⟧¦⟦NAME@2⟧¦⟦EMAIL@2⟧¦⟦PHONE⟧
⟦/ALIGN⟧
§§ ja
LINE Messaging API の設定です。署名検証に失敗します：

LINE_CHANNEL_SECRET=⟦HEXSEC.32⟧
LINE_CHANNEL_ACCESS_TOKEN=⟦B64SEC.172⟧
通知先テスト用ユーザー：⟦NAME@1⟧（⟦EMAIL@1⟧）
§§ ja
Backlog の課題 ⟦jira⟧「会員の住所変更ができない」

登録者：⟦NAME@1⟧
会員：⟦NAME@2⟧ 様（会員番号 ⟦num:100000:999999⟧）
変更前：⟦ADDR⟧
変更後：⟦ADDR⟧
郵便番号の検証で弾かれているようです。正規表現を見てもらえますか？
§§ ja
本人確認（KYC）のテストデータ、本物が混ざっていないか確認したいです：

氏名: ⟦NAME@1⟧
生年月日: ⟦DOB.cjk⟧
運転免許証番号: ⟦DL.JP⟧
旅券番号: ⟦PASS.JP⟧
§§ ja
pytest が落ちます：

def test_会員登録():
    m = 会員(氏名="⟦NAME@1⟧", 電話="⟦PHONE⟧", メール="⟦EMAIL@1⟧")
    assert m.保存() is True
E   AssertionError: assert False is True
§§ ja
運用引き継ぎメモ：
- ⟦host⟧ のディスク使用率 ⟦num:80:99⟧%
- ユーザー ⟦LOGIN@1⟧ が ⟦IP⟧ からのログイン失敗でロック、解除済み
- 今週のオンコールは ⟦NAME@2⟧（⟦PHONE⟧）
§§ ja
pandas の出力です。年齢を計算したいです：

⟦ALIGN:pandas⟧
¦氏名¦生年月日¦都道府県
0¦⟦NAME@1⟧¦⟦DOB.iso⟧¦⟦pick:東京都|大阪府|北海道|福岡県⟧
1¦⟦NAME@2⟧¦⟦DOB.iso⟧¦⟦pick:愛知県|神奈川県|京都府|沖縄県⟧
⟦/ALIGN⟧
§§ ja
docker-compose.yml で DB が起動しません：

services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: ⟦DBPW⟧
      MYSQL_USER: ⟦LOGIN@1⟧
      MYSQL_PASSWORD: ⟦DBPW⟧
      TZ: Asia/Tokyo
§§ ja
お客様からの問い合わせメール、返信を作ってください：

差出人: ⟦NAME@1⟧ <⟦EMAIL@1⟧>
件名: 二重決済について
注文番号 ⟦order⟧ で二重に請求されています。カード末尾 ⟦num:1000:9999⟧ です。連絡先は ⟦PHONE⟧ です。
§§ ja
Sentry のイベントに個人情報が入っています。beforeSend で消したいです：

{"user":{"email":"⟦EMAIL@1⟧","ip_address":"⟦IP⟧"},"extra":{"氏名":"⟦NAME@1⟧","住所":"⟦ADDR⟧"}}
§§ ja
社員名簿（Excel からコピー）を JSON に変換してください：

社員番号⇥氏名⇥部署⇥内線⇥携帯
⟦num:1000:9999⟧⇥⟦NAME@1⟧⇥開発部⇥⟦num:100:999⟧⇥⟦PHONE⟧
⟦num:1000:9999⟧⇥⟦NAME@2⟧⇥経理部⇥⟦num:100:999⟧⇥⟦PHONE⟧
§§ ja
ssh の設定です。踏み台経由で接続できません：

Host fumidai
    HostName ⟦IP⟧
    User ⟦LOGIN@1⟧
Host db
    HostName ⟦IPP⟧
    User ⟦LOGIN@1⟧
    ProxyJump fumidai
§§ ja
AWS のキーを GitHub に push してしまいました。どうすればいいですか？

aws_access_key_id = ⟦AWSKEY⟧
aws_secret_access_key = ⟦AWSSEC⟧
コミット: ⟦sha7⟧（作成者 ⟦NAME@1⟧）
§§ ja
ログイン API のレスポンスに余計な情報が含まれています：

{"token":"⟦JWT⟧","user":{"id":⟦num:1000:99999⟧,"name":"⟦NAME@1⟧","name_kana":"⟦NAME@1.kana⟧","birthday":"⟦DOB.iso⟧"}}
どのフィールドを削るべきですか？
""")

# ===========================================================================
# Korean, Vietnamese, Thai, Indonesian, Swahili, Tagalog, Malay
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ ko
서버 로그입니다. 결제 실패 원인이 뭘까요?

⟦tsl⟧ ERROR [PaymentService] 결제 실패 - 고객명: ⟦NAME@1⟧, 연락처: ⟦PHONE⟧, 카드: ⟦CARD⟧
⟦tsl⟧ WARN  [PaymentService] PG사 응답 코드 ⟦num:1000:9999⟧, 재시도 예정
§§ ko
카카오 알림톡 API 설정인데 인증 오류가 나요:

KAKAO_SENDER_KEY=⟦HEXSEC.40⟧
KAKAO_API_SECRET=⟦TOKEN.32⟧
테스트 수신자: ⟦NAME@1⟧ ⟦PHONE.KR⟧
§§ ko
Jira ⟦jira⟧ 「배송지 변경 불가」
신고자: ⟦NAME@1⟧
고객: ⟦NAME@2⟧ (⟦PHONE⟧)
기존 주소: ⟦ADDR⟧
변경 주소: ⟦ADDR⟧
도로명 주소 검증 로직을 봐주세요.
§§ ko
테스트 코드에 실제 고객 정보가 들어간 것 같아요:

@Test
void 회원가입_성공() {
    var req = new SignupRequest("⟦NAME@1⟧", "⟦EMAIL@1⟧", "⟦PHONE⟧", LocalDate.parse("⟦DOB.iso⟧"));
    assertThat(service.signup(req).isSuccess()).isTrue();
}
§§ ko
엑셀에서 복사한 직원 목록을 JSON으로 바꿔주세요:

이름⇥부서⇥생년월일⇥연락처
⟦NAME@1⟧⇥개발팀⇥⟦DOB.ko⟧⇥⟦PHONE⟧
⟦NAME@2⟧⇥인사팀⇥⟦DOB.ko⟧⇥⟦PHONE⟧
§§ ko
슬랙 #개발 채널 대화 요약해 주세요:

⟦FIRST@1⟧ ⟦hm⟧: 누가 운영 DB 비밀번호를 위키에 올렸어요: ⟦DBPW⟧
⟦FIRST@2⟧ ⟦hm⟧: 제가 지울게요, 비밀번호도 바꿀게요
§§ ko
.env 파일인데 어떤 값이 민감한가요?

DB_URL=postgresql://⟦LOGIN@1⟧:⟦DBPW⟧@⟦host⟧:5432/shop
TOSS_SECRET_KEY=⟦TOKEN.40⟧
ADMIN_EMAIL=⟦WEMAIL@1⟧
§§ ko
본인인증 API 응답 — 어떤 필드를 저장해야 하나요?

{"name":"⟦NAME@1⟧","birth":"⟦DOB.compact⟧","phone":"⟦PHONE⟧","passport":"⟦PASS.KR⟧","ci":"⟦B64SEC.88⟧"}
§§ th
แปลงข้อมูลลูกค้าเป็น JSON:

ชื่อ-นามสกุล: ⟦NAME@1⟧
วันเกิด: ⟦DOB.loc⟧
ที่อยู่: ⟦ADDR⟧
โทรศัพท์: ⟦PHONE⟧
§§ sw
⟦ask⟧ Kumbukumbu ya huduma ya malipo:

⟦tsl⟧ ERROR Malipo ya M-Pesa yameshindwa: mteja ⟦NAME@1⟧, simu ⟦PHONE⟧
⟦tsl⟧ INFO Tutajaribu tena baada ya sekunde ⟦num:30:300⟧
Sababu ni nini?
§§ sw
Badilisha taarifa za mteja kuwa JSON:

Jina: ⟦NAME@1⟧
Tarehe ya kuzaliwa: ⟦DOB.dmy⟧
Anwani: ⟦ADDR⟧
Simu: ⟦PHONE⟧
§§ sw
Tiketi ya msaada: mteja ⟦NAME@1⟧ (⟦EMAIL@1⟧, ⟦PHONE⟧) hawezi kubadilisha anwani. Andika jibu.
§§ tl
Gawing JSON ang detalye ng customer:

Pangalan: ⟦NAME@1⟧
Kaarawan: ⟦DOB.long⟧
Tirahan: ⟦ADDR⟧
Telepono: ⟦PHONE⟧
§§ tl
Support ticket: si ⟦NAME@1⟧ (⟦PHONE⟧) ay hindi makapagpalit ng address papuntang "⟦ADDR⟧". Pakigawa ng sagot.
§§ ms
Fail .env, yang mana rahsia?

DB_PASSWORD=⟦DBPW⟧
BILLPLZ_API_KEY=⟦TOKEN.36⟧
PENTADBIR=⟦WEMAIL@1⟧
""")

# ===========================================================================
# English: more tax-id / licence material, and texts with nothing to remove
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ en
Our W-7 intake form stores the ITIN in two places and they drifted apart. Sample rows:

⟦ALIGN:psql⟧
applicant_id¦name¦itin_form¦itin_profile
⟦num:1000:9999⟧¦⟦NAME@1⟧¦⟦ITIN#1⟧¦⟦ITIN#1⟧
⟦num:1000:9999⟧¦⟦NAME@2⟧¦⟦ITIN⟧¦⟦ITIN⟧
⟦/ALIGN⟧
Write a reconciliation query that lists mismatches.
§§ en
Why does this validator reject valid ITINs?

ITIN_RE = re.compile(r"^9\d{2}-(7\d|8[0-8])-\d{4}$")
for v in ["⟦ITIN⟧", "⟦ITIN⟧", "⟦ITIN⟧"]:
    print(v, bool(ITIN_RE.match(v)))
§§ en
Bookkeeping export for the contractor payouts (1099-NEC prep). Can you check the TIN column?

payee,tin_type,tin,address,amount
⟦NAME@1⟧,ITIN,⟦ITIN⟧,"⟦ADDR.US⟧",⟦amount⟧
⟦NAME@2⟧,SSN,⟦SSN⟧,"⟦ADDR.US⟧",⟦amount⟧
⟦NAME@3⟧,ITIN,⟦ITIN⟧,"⟦ADDR.US⟧",⟦amount⟧
§§ en
Log from the tax-filing worker — the IRS e-file ack rejected it:

⟦tsl⟧ INFO efile submission ⟦num:10000000000000:99999999999999⟧ for ⟦NAME@1⟧ (ITIN ⟦ITIN⟧, dob ⟦DOB.iso⟧)
⟦tsl⟧ ERROR ack=R rule=IND-181-01 "Taxpayer TIN in the Return Header must not be the same as a Dependent TIN"
Dependent on the return: ⟦NAME@2⟧, ITIN ⟦ITIN⟧
§§ en
Can you write a Pydantic validator for tax ids? Support ticket example that failed:

{"customer": "⟦NAME@1⟧", "tax_id": "⟦ITIN.plain⟧", "tax_id_type": "ITIN", "state": "⟦pick:CA|TX|NY|IL⟧"}
§§ en
Banking onboarding (no-SSN path). The ITIN gets saved with spaces sometimes:

⟦tss⟧ onboarding step=tax_id user=⟦LOGIN@1⟧ value="⟦ITIN⟧" normalized="⟦ITIN.plain⟧"
⟦tss⟧ onboarding step=address user=⟦LOGIN@1⟧ value="⟦ADDR.US⟧"
⟦tss⟧ onboarding step=dl user=⟦LOGIN@1⟧ state=⟦pick:CA|TX|FL|NY⟧ number="⟦DL.US⟧"
§§ en
Fleet-management app: the drivers table is mixing licence formats. Sample:

⟦ALIGN:mysql⟧
driver¦licence_no¦country¦phone
⟦NAME@1⟧¦⟦DL.GB@1⟧¦GB¦⟦PHONE.GB⟧
⟦NAME@2⟧¦⟦DL.IE⟧¦IE¦⟦PHONE.IE⟧
⟦NAME@3⟧¦⟦DL.AU⟧¦AU¦⟦PHONE.AU⟧
⟦/ALIGN⟧
How do I validate the UK one properly (I heard it encodes the surname)?
§§ en
Insurance quote API request failing with "invalid_licence":

{"driver":{"name":"⟦NAME@1⟧","dob":"⟦DOB.iso⟧","licence":{"number":"⟦DL⟧","issued":"⟦date⟧"}},"vehicle":{"vin":"⟦hex:17⟧","year":⟦num:2005:2024⟧}}
§§ en
OCR output from a driver's licence scan (for our ID-verification feature). Parse it into fields:

DRIVER LICENSE
DL ⟦DL.US⟧
EXP ⟦date.us⟧
LN ⟦LAST@1.upper⟧
FN ⟦FIRST@1⟧
DOB ⟦DOB.us⟧
⟦ADDR.US⟧
§§ en
Ride-share onboarding: we store the licence and the payout wallet. Example record:

{"driver_id":"⟦uuid⟧","name":"⟦NAME@1⟧","licence":"⟦DL⟧","payout":{"method":"crypto","btc":"⟦BTC⟧"},"phone":"⟦PHONE⟧"}
Is storing the full licence number required for background checks?
§§ en
Our crypto exchange's withdrawal log — is one of these addresses on a sanctions list? (just need the process)

⟦tss⟧ withdraw user=⟦LOGIN@1⟧ asset=BTC to=⟦BTC⟧ amount=0.⟦num:1000:9999⟧
⟦tss⟧ withdraw user=⟦LOGIN@2⟧ asset=ETH to=⟦ETH⟧ amount=⟦num:1:9⟧.⟦num:100:999⟧
⟦tss⟧ withdraw user=⟦LOGIN@1⟧ asset=BTC to=⟦BTC⟧ amount=0.0⟦num:100:999⟧
§§ en
Upgrading Ruby from 3.1 to 3.3 breaks our Sidekiq workers:

/usr/local/bundle/gems/sidekiq-⟦semver⟧/lib/sidekiq/launcher.rb:⟦num:20:200⟧:in `run': undefined method `exists?' for File:Class (NoMethodError)
	from /app/config/initializers/sidekiq.rb:⟦num:3:40⟧:in `<top (required)>'
Gemfile.lock: rails ⟦semver⟧, sidekiq ⟦semver⟧, redis-client ⟦semver⟧
§§ en
kubectl describe pod output, why is it Pending?

Name:             ⟦pod⟧
Namespace:        prod
Node:             <none>
Labels:           app=⟦svc⟧
                  pod-template-hash=⟦hex:10⟧
Status:           Pending
Events:
  Type     Reason            Age   From               Message
  ----     ------            ----  ----               -------
  Warning  FailedScheduling  ⟦num:2:59⟧s   default-scheduler  0/⟦num:3:12⟧ nodes are available: ⟦num:1:3⟧ Insufficient memory, ⟦num:1:3⟧ node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }.
§§ en
Is this config safe to commit? I replaced everything sensitive with placeholders (branch chore/cleanup-⟦num:10:99⟧):

DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app
STRIPE_SECRET_KEY=<your-api-key>
SMTP_PASSWORD=changeme
ADMIN_EMAIL=admin@example.com
SENTRY_DSN=
JWT_SECRET=xxx
§§ en
Test fixture from our docs (these are the documented example users, not real people):

# docs/examples/users.json — example data only
[
  {"name": "John Doe", "email": "john.doe@example.com"},
  {"name": "Jane Smith", "email": "jane.smith@example.com"}
]
The docs build (#⟦build⟧, mkdocs ⟦semver⟧) fails with "JSONDecodeError: Expecting value: line 1 column 1". Because of the comment line?
§§ en
EXPLAIN ANALYZE output — why is it doing a seq scan?

Seq Scan on orders  (cost=0.00..⟦num:10000:99999⟧.00 rows=⟦num:100:9999⟧ width=⟦num:40:200⟧) (actual time=0.0⟦num:10:99⟧..⟦num:100:999⟧.⟦num:100:999⟧ rows=⟦num:100:9999⟧ loops=1)
  Filter: ((status)::text = 'pending'::text)
  Rows Removed by Filter: ⟦num:100000:999999⟧
Planning Time: 0.⟦num:100:999⟧ ms
Execution Time: ⟦num:100:999⟧.⟦num:100:999⟧ ms
§§ en
npm install fails:

npm ERR! code ERESOLVE
npm ERR! ERESOLVE unable to resolve dependency tree
npm ERR! While resolving: web@⟦semver⟧
npm ERR! Found: react@18.⟦num:0:3⟧.⟦num:0:9⟧
npm ERR! Could not resolve dependency:
npm ERR! peer react@"^17.0.0" from enzyme-adapter-react-17@⟦semver⟧
Should I move off Enzyme to Testing Library?
§§ en
git log shows only bots this week, is our CI creating empty commits?

⟦sha7⟧ github-actions[bot] chore: update coverage badge
⟦sha7⟧ renovate[bot] chore(deps): update dependency celery to v⟦semver⟧
⟦sha7⟧ dependabot[bot] chore(deps): bump jackson-databind from ⟦semver⟧ to ⟦semver⟧
⟦sha7⟧ github-actions[bot] chore: update coverage badge
§§ en
Julia vs Python for our Monte Carlo pricing — benchmark results:

julia> @btime price(paths=10^6)
  ⟦num:100:900⟧.⟦num:100:999⟧ ms (⟦num:2:40⟧ allocations: ⟦num:10:99⟧.⟦num:10:99⟧ MiB)
python: ⟦num:2:9⟧.⟦num:10:99⟧ s (numpy ⟦semver⟧)
Is the comparison fair with JIT warm-up?
§§ en
Terraform plan for the new bucket, does this look right?

  + resource "aws_s3_bucket" "exports" {
      + bucket        = "⟦pick:exports|reports|archives⟧-⟦hex:8⟧"
      + force_destroy = false
      + id            = (known after apply)
    }
  + resource "aws_s3_bucket_public_access_block" "exports" {
      + block_public_acls = true
    }
Plan: 2 to add, 0 to change, 0 to destroy.
§§ en
pip can't resolve versions:

ERROR: Cannot install celery==⟦semver#1⟧ and kombu==⟦semver#2⟧ because these package versions have conflicting dependencies.
The conflict is caused by:
    celery ⟦semver#1⟧ depends on kombu<6.0 and >=5.3.4
    The user requested kombu==⟦semver#2⟧
§§ en
Grafana dashboard JSON panel throws "Templating: failed to upgrade legacy queries". Panel:

{"id": ⟦num:2:40⟧, "type": "timeseries", "title": "p95 latency", "datasource": {"type": "prometheus", "uid": "⟦hex:9⟧"}, "targets": [{"expr": "histogram_quantile(0.95, sum(rate(http_request_duration_seconds_bucket{service=\"⟦svc⟧\"}[5m])) by (le))"}]}
§§ en
Our grace period logic: will this mark accounts as delinquent too early?

def is_delinquent(invoice, now):
    grace = timedelta(days=7)
    return invoice.status == "open" and now > invoice.due_at + grace
# invoice ⟦order⟧ due ⟦date⟧, checked at ⟦ts⟧
§§ en
Docker build fails at the apt step:

#⟦num:5:12⟧ [ 3/⟦num:6:9⟧] RUN apt-get update && apt-get install -y libpq-dev
#⟦num:5:12⟧ ⟦num:1:9⟧.⟦num:100:999⟧ Err:1 http://deb.debian.org/debian bookworm InRelease
#⟦num:5:12⟧ ⟦num:1:9⟧.⟦num:100:999⟧   Temporary failure resolving 'deb.debian.org'
ERROR: failed to solve: process "/bin/sh -c apt-get update && apt-get install -y libpq-dev" did not complete successfully: exit code: 100
""")

TEMPLATE_BLOCKS.append(r"""
§§ de
Der Build bricht ab, aber ich sehe nicht warum:

> Task :app:compileKotlin FAILED
e: file:///builds/app/src/main/kotlin/de/shop/Checkout.kt:⟦num:10:200⟧:⟦num:1:40⟧ Unresolved reference: Money
FAILURE: Build failed with an exception.
* What went wrong: Execution failed for task ':app:compileKotlin'.
BUILD FAILED in ⟦num:10:90⟧s
Gradle ⟦semver⟧, Kotlin ⟦semver⟧
§§ ja
Celery のワーカーが落ちます。個人情報は含まれていないログです：

[⟦tsl⟧: ERROR/MainProcess] consumer: Cannot connect to amqp://guest:**@rabbitmq:5672//: [Errno 111] Connection refused.
Trying again in ⟦num:2:32⟧.00 seconds... (⟦num:1:9⟧/100)
celery ⟦semver⟧, kombu ⟦semver⟧
§§ zh
Maven 打包失败，依赖冲突：

[ERROR] Failed to execute goal org.apache.maven.plugins:maven-enforcer-plugin:⟦semver⟧:enforce (enforce) on project order-service:
[ERROR] Dependency convergence error for com.fasterxml.jackson.core:jackson-databind:⟦semver⟧ paths to dependency are:
[ERROR] +-com.xx:order-service:⟦semver⟧-SNAPSHOT
[ERROR]   +-org.springframework.boot:spring-boot-starter-web:⟦semver⟧
怎么解决？
§§ es
El pipeline falla en el paso de tests, no hay datos de clientes aquí:

FAILED tests/test_precios.py::test_descuento_fin_de_semana - assert 89.99 == 90.0
======================== 1 failed, ⟦num:100:400⟧ passed in ⟦num:10:90⟧.⟦num:10:99⟧s ========================
Error: Process completed with exit code 1.
§§ fr
Le déploiement Helm échoue :

Error: UPGRADE FAILED: cannot patch "⟦svc⟧" with kind Deployment: Deployment.apps "⟦svc⟧" is invalid: spec.template.spec.containers[0].image: Required value
helm ⟦semver⟧, chart ⟦svc⟧-⟦semver⟧
Qu'est-ce qui manque dans mon values.yaml ?
""")

# ===========================================================================
# English: people in engineering metadata
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ en
Our CODEOWNERS isn't requesting reviews for /billing. File:

# CODEOWNERS
*                     @⟦pick:kestrelpay|lumenfield|quillstone⟧/platform
/billing/             @⟦LOGIN@1⟧ @⟦LOGIN@2⟧
/infra/terraform/     @⟦LOGIN@3⟧
/docs/                @⟦pick:kestrelpay|lumenfield|quillstone⟧/tech-writers
*.sql                 @⟦LOGIN@1⟧
§§ en
PagerDuty schedule export — can you turn it into a YAML for our rota bot?

Week ⟦num:1:52⟧: Primary ⟦NAME@1⟧ (⟦PHONE⟧), Secondary ⟦NAME@2⟧ (⟦PHONE⟧)
Week ⟦num:1:52⟧: Primary ⟦NAME@3⟧ (⟦PHONE⟧), Secondary ⟦NAME@1⟧ (⟦PHONE⟧)
Escalation: ⟦NAME@4⟧, Eng Manager
§§ en
Parsing this .ics invite fails on the ATTENDEE lines:

BEGIN:VEVENT
UID:⟦uuid⟧@⟦dom⟧
DTSTART:⟦date.compact⟧T150000Z
SUMMARY:Postmortem: checkout outage
ORGANIZER;CN=⟦NAME@1⟧:mailto:⟦WEMAIL@1⟧
ATTENDEE;CN=⟦NAME@2⟧;ROLE=REQ-PARTICIPANT:mailto:⟦WEMAIL@2⟧
ATTENDEE;CN=⟦NAME@3⟧;ROLE=OPT-PARTICIPANT:mailto:⟦EMAIL@3⟧
END:VEVENT
§§ en
Commit trailers aren't being picked up by our changelog tool:

feat(search): add fuzzy matching for customer lookup

Co-authored-by: ⟦NAME@1⟧ <⟦WEMAIL@1⟧>
Co-authored-by: ⟦NAME@2⟧ <⟦EMAIL@2⟧>
Reviewed-by: ⟦NAME@3⟧ <⟦WEMAIL@3⟧>
Signed-off-by: ⟦NAME@1⟧ <⟦WEMAIL@1⟧>
§§ en
.mailmap to merge duplicate authors — is the syntax right?

⟦NAME@1⟧ <⟦WEMAIL@1⟧> <⟦EMAIL@1⟧>
⟦NAME@2⟧ <⟦WEMAIL@2⟧> ⟦LOGIN@2⟧ <⟦EMAIL@2.alt⟧>
§§ en
Slack export (users.json) — I only need id, real_name and tz:

[{"id":"U0⟦hex:8⟧","name":"⟦LOGIN@1⟧","real_name":"⟦NAME@1⟧","tz":"Europe/Berlin","profile":{"email":"⟦WEMAIL@1⟧","phone":"⟦PHONE⟧"}},
 {"id":"U0⟦hex:8⟧","name":"⟦LOGIN@2⟧","real_name":"⟦NAME@2⟧","tz":"America/New_York","profile":{"email":"⟦WEMAIL@2⟧","phone":""}},
 {"id":"U0⟦hex:8⟧","name":"deploybot","real_name":"Deploy Bot","is_bot":true}]
§§ en
GitHub API: GET /repos/{owner}/{repo}/contributors — our leaderboard script crashes on the bot entry:

[{"login":"⟦LOGIN@1⟧","id":⟦num:100000:99999999⟧,"contributions":⟦num:100:900⟧,"type":"User"},
 {"login":"⟦LOGIN@2⟧","id":⟦num:100000:99999999⟧,"contributions":⟦num:10:99⟧,"type":"User"},
 {"login":"dependabot[bot]","id":49699333,"contributions":⟦num:10:99⟧,"type":"Bot"}]
§§ en
Meeting notes from the data-platform sync, please extract action items with owners:

Attendees: ⟦NAME@1⟧, ⟦NAME@2⟧, ⟦NAME@3⟧, ⟦NAME@4⟧
- ⟦FIRST@1⟧ to finish the Airflow 2 migration by ⟦date⟧
- ⟦FIRST@2⟧ & ⟦FIRST@3⟧: decide on Iceberg vs Delta
- ⟦FIRST@4⟧ raised that the CRM export still includes phone numbers; owner TBD
§§ en
package.json "author"/"contributors" fields fail `npm pkg fix` — why?

{
  "name": "@⟦pick:kestrel|lumen|quill⟧/ui-kit",
  "version": "⟦semver⟧",
  "author": "⟦NAME@1⟧ <⟦WEMAIL@1⟧>",
  "contributors": ["⟦NAME@2⟧ <⟦EMAIL@2⟧> (https://github.com/⟦LOGIN@2⟧)", "⟦NAME@3⟧"]
}
§§ en
TODO comments audit — list them by owner:

src/billing/invoice.py:⟦num:10:300⟧:    # TODO(⟦LOGIN@1⟧): handle partial refunds
src/billing/tax.py:⟦num:10:300⟧:        # FIXME(⟦LOGIN@2⟧): VAT rounding per line, not per invoice
src/api/auth.py:⟦num:10:300⟧:           # TODO(⟦LOGIN@1⟧): remove legacy MD5 check after ⟦date⟧
src/api/users.py:⟦num:10:300⟧:          # XXX ask ⟦FIRST@3⟧ why we store raw phone here
§§ en
Recruiting pipeline export from our ATS — we need to delete rejected candidates after 6 months:

candidate,email,phone,linkedin,stage,updated
⟦NAME@1⟧,⟦EMAIL@1⟧,⟦PHONE⟧,https://www.linkedin.com/in/⟦LOGIN@1.dash⟧-⟦hex:6⟧,rejected,⟦date⟧
⟦NAME@2⟧,⟦EMAIL@2⟧,⟦PHONE⟧,https://www.linkedin.com/in/⟦LOGIN@2.dash⟧,onsite,⟦date⟧
Write the SQL for the retention job.
§§ en
Email thread headers (exported .eml), my parser loses the Cc list:

From: ⟦NAME@1⟧ <⟦WEMAIL@1⟧>
To: ⟦NAME@2⟧ <⟦WEMAIL@2⟧>
Cc: ⟦NAME@3⟧ <⟦WEMAIL@3⟧>, "⟦NAME@4.lf⟧" <⟦EMAIL@4⟧>
Subject: Re: vendor DPA review
Date: ⟦pick:Mon|Tue|Wed⟧, ⟦num:1:28⟧ ⟦pick:Jan|Feb|Mar⟧ ⟦num:2023:2025⟧ ⟦time⟧ +0000
Message-ID: <⟦hex:16⟧@mail.⟦dom⟧>
§§ en
setup.cfg metadata — twine complains about author_email:

[metadata]
name = ⟦pick:ledger-tools|crm-sync|etl-utils⟧
version = ⟦semver⟧
author = ⟦NAME@1⟧, ⟦NAME@2⟧
author_email = ⟦WEMAIL@1⟧, ⟦WEMAIL@2⟧
maintainer = ⟦NAME@1⟧
§§ en
Org chart CSV from HR (for our access-review tool). Need a recursive CTE for "all reports of X":

employee,manager,title
⟦NAME@1⟧,,CTO
⟦NAME@2⟧,⟦NAME@1⟧,VP Engineering
⟦NAME@3⟧,⟦NAME@2⟧,Staff Engineer
⟦NAME@4⟧,⟦NAME@2⟧,Engineering Manager
§§ en
Jira issue history (changelog API) — I want to compute time-in-status per assignee:

⟦ts⟧ assignee: ⟦NAME@1⟧ -> ⟦NAME@2⟧
⟦ts⟧ status: To Do -> In Progress (by ⟦NAME@2⟧)
⟦ts⟧ assignee: ⟦NAME@2⟧ -> ⟦NAME@3⟧
⟦ts⟧ status: In Progress -> Done (by ⟦NAME@3⟧)
§§ en
Google Workspace admin audit log — who created these accounts?

⟦ts⟧  CREATE_USER  actor=⟦WEMAIL@1⟧  user=⟦WEMAIL@2⟧  ip=⟦IP⟧
⟦ts⟧  CREATE_USER  actor=⟦WEMAIL@1⟧  user=⟦WEMAIL@3⟧  ip=⟦IP⟧
⟦ts⟧  CHANGE_PASSWORD  actor=⟦WEMAIL@1⟧  user=⟦WEMAIL@3⟧  ip=⟦IP⟧
§§ en
AUTHORS file got mangled by a merge. Can you dedupe and sort it?

# Maintainers
⟦NAME@1⟧ <⟦WEMAIL@1⟧>
⟦NAME@2⟧ <⟦EMAIL@2⟧>
# Contributors
⟦NAME@3⟧
⟦NAME@1⟧ <⟦WEMAIL@1⟧>
⟦NAME@4⟧ (@⟦LOGIN@4⟧)
§§ en
Teams meeting transcript (auto-generated), summarize decisions:

[⟦hm⟧] ⟦NAME@1⟧: OK so for the migration we freeze writes at 22:00.
[⟦hm⟧] ⟦NAME@2⟧: I'll run the backfill; ⟦FIRST@3⟧ can you watch the replica lag?
[⟦hm⟧] ⟦NAME@3⟧: Yes. If it goes above 30s I'll page ⟦FIRST@1⟧ on ⟦PHONE⟧.
[⟦hm⟧] ⟦NAME@1⟧: Good. Rollback owner is ⟦FIRST@2⟧.
§§ en
GitLab merge request approvals API response; why is approvals_left still 1?

{"iid":⟦num:100:3000⟧,"approvals_required":2,"approvals_left":1,"approved_by":[{"user":{"username":"⟦LOGIN@1⟧","name":"⟦NAME@1⟧"}}],"suggested_approvers":[{"username":"⟦LOGIN@2⟧","name":"⟦NAME@2⟧"},{"username":"⟦LOGIN@3⟧","name":"⟦NAME@3⟧"}]}
§§ en
Interview loop scheduling sheet — generate calendar invites from it:

Candidate⇥Slot⇥Interviewer⇥Focus
⟦NAME@1⟧⇥⟦date⟧ ⟦hm⟧⇥⟦NAME@2⟧⇥System design
⟦NAME@1⟧⇥⟦date⟧ ⟦hm⟧⇥⟦NAME@3⟧⇥Coding
⟦NAME@1⟧⇥⟦date⟧ ⟦hm⟧⇥⟦NAME@4⟧⇥Values
Candidate phone: ⟦PHONE⟧
""")

# ===========================================================================
# More non-English scenarios (each scenario used for only a few languages)
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ el
Το crontab στον server αναφορών — γιατί δεν τρέχει το job των 6:00;

0 6 * * * curl -fsS -u ⟦LOGIN@1⟧:⟦PW⟧ https://reports.⟦dom⟧/api/daily > /dev/null
30 2 * * * /opt/scripts/backup.sh
# υπεύθυνος: ⟦NAME@1⟧, ⟦PHONE⟧
§§ el
Audit log από το admin panel — ποιος εξήγαγε πελάτες;

⟦ts⟧ actor=⟦WEMAIL@1⟧ action=customers.export rows=⟦num:100:9000⟧ ip=⟦IP⟧
⟦ts⟧ actor=⟦WEMAIL@2⟧ action=customer.view target=⟦NAME@3⟧ ip=⟦IP⟧
⟦ts⟧ actor=svc-etl action=customers.export rows=⟦num:10000:90000⟧ ip=⟦IPP⟧
§§ uk
Postman environment, який ми хочемо передати підряднику. Що прибрати?

{"name":"prod","values":[{"key":"base_url","value":"https://api.⟦dom⟧"},{"key":"token","value":"⟦JWT⟧"},{"key":"test_user","value":"⟦EMAIL@1⟧"},{"key":"test_password","value":"⟦PW⟧"}]}
§§ uk
Под падає з OOMKilled, останній рядок логу перед цим:

⟦tsl⟧ INFO експорт клієнтів: оброблено ⟦num:100000:900000⟧ рядків, поточний: ⟦NAME@1⟧ <⟦EMAIL@1⟧>, тел. ⟦PHONE⟧
Як зробити експорт потоковим, щоб не тримати все в пам'яті?
§§ uk
Лог задачі Airflow (dag: crm_sync):

[⟦tsl⟧] ERROR - psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "contacts_email_key"
DETAIL:  Key (email)=(⟦EMAIL@1⟧) already exists.
[⟦tsl⟧] INFO - Marking task as UP_FOR_RETRY. owner=⟦LOGIN@2⟧
§§ hu
MongoDB shell kimenet, miért nem használja az indexet?

> db.ugyfelek.find({ telefon: "⟦PHONE#1⟧" }).explain("executionStats")
... "stage" : "COLLSCAN", "docsExamined" : ⟦num:100000:900000⟧ ...
> db.ugyfelek.findOne({ telefon: "⟦PHONE#1⟧" })
{ "_id" : ObjectId("⟦hex:24⟧"), "nev" : "⟦NAME@1⟧", "telefon" : "⟦PHONE#1⟧", "email" : "⟦EMAIL@1⟧" }
§§ tr
GraphQL mutation "Variable $input got invalid value" hatası veriyor:

mutation { updateProfile(input: $input) { id } }
değişkenler: {"input": {"adSoyad": "⟦NAME@1⟧", "dogumTarihi": "⟦DOB.eu⟧", "telefon": "⟦PHONE⟧", "kullaniciAdi": "⟦LOGIN@1⟧"}}
Şemada dogumTarihi: Date (ISO-8601).
§§ tr
Debezium CDC olayı, "before" alanı neden null?

{"before":null,"after":{"id":⟦num:1000:99999⟧,"ad_soyad":"⟦NAME@1⟧","eposta":"⟦EMAIL@1⟧","telefon":"⟦PHONE⟧","adres":"⟦ADDR⟧"},"op":"u","ts_ms":⟦epochms⟧}
REPLICA IDENTITY ayarı mı eksik?
§§ tr
Ofis ağında arp -a çıktısı, tanımadığım bir cihaz var:

? (⟦IPP⟧) at ⟦MAC⟧ [ether] on br0
⟦FIRST@1.lower⟧-laptop (⟦IPP⟧) at ⟦MAC⟧ [ether] on br0
yazici (⟦IPP⟧) at ⟦MAC⟧ [ether] on br0
Bilinmeyen cihazı nasıl bulurum?
§§ tr
SIEM uyarısı: "imkansız seyahat". Ham olay:

{"kullanici":"⟦WEMAIL@1⟧","ilk":{"ip":"⟦IP⟧","konum":"İstanbul"},"ikinci":{"ip":"⟦IP⟧","konum":"⟦pick:Frankfurt|Londra|Singapur⟧"},"mfa":"onaylandı"}
VPN kaynaklı yanlış alarm olabilir mi?
§§ it
L'API di Mailchimp restituisce "Member Exists" — il mio payload:

{"email_address":"⟦EMAIL@1⟧","status":"subscribed","merge_fields":{"FNAME":"⟦FIRST@1⟧","LNAME":"⟦LAST@1⟧","PHONE":"⟦PHONE⟧","COMPLEANNO":"⟦DOB.md⟧"}}
Devo usare PUT con l'hash MD5 dell'email?
§§ pl
Great Expectations zgłasza błąd walidacji numerów telefonów:

expect_column_values_to_match_regex
  column: telefon
  unexpected_count: ⟦num:2:900⟧
  partial_unexpected_list: ["⟦PHONE⟧", "⟦PHONE⟧", "⟦PHONE⟧"]
Normalizować przed zapisem czy poluzować regułę?
§§ pl
Konfiguracja czujnika IoT w magazynie — jak to zaszyfrować?

wifi:
  ssid: "⟦company⟧-Magazyn"
  haslo: "⟦PW⟧"
urzadzenie:
  mac: "⟦MAC⟧"
  opiekun: "⟦NAME@1⟧, ⟦PHONE⟧"
§§ pl
Plik .ics z zaproszeniem na retro nie importuje się w Outlooku:

BEGIN:VEVENT
ORGANIZER;CN=⟦NAME@1⟧:mailto:⟦WEMAIL@1⟧
ATTENDEE;CN=⟦NAME@2⟧:mailto:⟦WEMAIL@2⟧
ATTENDEE;CN=⟦NAME@3⟧:mailto:⟦EMAIL@3⟧
SUMMARY:Retro sprintu ⟦num:10:60⟧
END:VEVENT
§§ ko
Helm values.yaml 에 시크릿이 평문으로 들어있어요. 어떻게 바꾸죠?

image:
  tag: "⟦semver⟧"
env:
  DB_PASSWORD: ⟦DBPW⟧
  SLACK_WEBHOOK: https://hooks.slack.com/services/⟦SLACKHOOK⟧
  OWNER: ⟦NAME@1⟧
§§ ko
Lambda CloudWatch 로그입니다. JSON 파싱 에러가 나요:

START RequestId: ⟦uuid⟧ Version: $LATEST
⟦ts⟧	INFO	event: {"body":"{\"이름\":\"⟦NAME@1⟧\",\"휴대폰\":\"⟦PHONE⟧\"}","headers":{"x-forwarded-for":"⟦IP⟧"}}
⟦ts⟧	ERROR	SyntaxError: Unexpected token
§§ ko
Okta 시스템 로그인데 MFA 실패 이유를 모르겠어요:

{"actor":{"alternateId":"⟦WEMAIL@1⟧","displayName":"⟦NAME@1⟧"},"client":{"ipAddress":"⟦IP⟧"},"eventType":"user.authentication.auth_via_mfa","outcome":{"result":"FAILURE"}}
§§ ko
결제 웹훅 페이로드에 카드 번호 전체가 들어와요. 정상인가요?

{"type":"payment.failed","data":{"customer":{"name":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧"},"card":{"number":"⟦CARD⟧","holder":"⟦NAME@1.roman⟧"},"amount":⟦num:1000:900000⟧}}
§§ zh
事故复盘草稿，帮我把时间线写得更清楚：

- ⟦hm⟧ ⟦NAME@1⟧ 发布 ⟦sha7⟧，新版实名认证上线
- ⟦hm⟧ 客服反馈用户 ⟦NAME@2⟧（护照 ⟦PASS.CN⟧，出生日期 ⟦DOB.iso⟧）认证一直失败
- ⟦hm⟧ ⟦NAME@3⟧ 回滚
根因：供应商要求日期格式为 YYYYMMDD。
§§ ja
本番サーバーの /etc/shadow がバックアップに含まれていました。どのくらい危険ですか？

root:*:⟦num:18000:19900⟧:0:99999:7:::
⟦LOGIN@1⟧:⟦SHACRYPT⟧:⟦num:18000:19900⟧:0:99999:7:::
⟦LOGIN@2⟧:⟦SHACRYPT⟧:⟦num:18000:19900⟧:0:99999:7:::
§§ nl
Metabase-vraag "Top donateurs" — kun je er een filter op maandelijks bij maken?

⟦ALIGN:md⟧
Donateur¦E-mail¦Totaal¦Methode
⟦NAME@1⟧¦⟦EMAIL@1⟧¦⟦amount⟧¦iDEAL
⟦NAME@2⟧¦⟦EMAIL@2⟧¦⟦amount⟧¦SEPA ⟦IBAN.NL⟧
⟦/ALIGN⟧
§§ ar
مخرجات MongoDB، لماذا لا يُستخدم الفهرس؟

> db.customers.findOne({ mobile: "⟦PHONE#1⟧" })
{ "_id" : ObjectId("⟦hex:24⟧"), "name" : "⟦NAME@1⟧", "mobile" : "⟦PHONE#1⟧", "email" : "⟦EMAIL@1⟧", "city" : "⟦city⟧" }
§§ ar
أحتاج regex للتحقق من أرقام الجوال السعودية، أمثلة من بيانات حقيقية:

⟦PHONE.SA⟧
⟦PHONE.SA⟧
⟦PHONE.SA⟧
ويجب ألا يطابق رقم الطلب ⟦order⟧.
§§ ar
تعليقات TODO في الكود، رتبها حسب المسؤول:

src/payments/refund.py:⟦num:10:300⟧:  # TODO(⟦LOGIN@1⟧): دعم الاسترداد الجزئي
src/users/profile.py:⟦num:10:300⟧:    # FIXME(⟦LOGIN@2⟧): لا تحفظ رقم الجوال بدون مفتاح الدولة
src/auth/login.py:⟦num:10:300⟧:       # اسأل ⟦FIRST@3⟧ عن سبب تخزين كلمة المرور بـ MD5
§§ ar
نموذج كشف الاحتيال جمع هذه الحسابات معًا، ما الذي تشترك فيه؟

- ⟦NAME@1⟧ جهاز=⟦MAC#1⟧ ip=⟦IP#2⟧
- ⟦NAME@2⟧ جهاز=⟦MAC#1⟧ ip=⟦IP#2⟧
- ⟦NAME@3⟧ جهاز=⟦MAC⟧ ip=⟦IP#2⟧
§§ ar
نتيجة TruffleHog على المستودع، أيها ما زال صالحًا؟

Detector Type: Slack
Raw result: ⟦SLACK⟧
Email: ⟦NAME@1.roman⟧ <⟦WEMAIL@1⟧>
Commit: ⟦sha⟧
§§ ar
متغيرات Terraform لجدار الحماية في المكتب:

allowed_ips = [
  "⟦IP⟧/32", # المكتب
  "⟦IP⟧/32", # منزل ⟦NAME@1⟧
]
هل يمكن إضافة validation للصيغة؟
§§ he
קטע מקובץ terraform.tfstate שנכנס בטעות לגיט:

"attributes": {
  "endpoint": "crm.⟦hex:12⟧.eu-central-1.rds.amazonaws.com:5432",
  "username": "dbadmin",
  "password": "⟦DBPW⟧"
}
איך מנקים את זה מההיסטוריה?
§§ he
מודל Django עם שורת דוגמה בהערה — האם סוג השדה מתאים?

class Patient(models.Model):
    name = models.CharField(max_length=100)   # e.g. ⟦NAME@1⟧
    phone = models.CharField(max_length=20)   # e.g. ⟦PHONE⟧
    birth_date = models.DateField()           # e.g. ⟦DOB.iso⟧
§§ he
ה-span ב-Jaeger מכיל את גוף הבקשה, זה בסדר?

http.method: POST
net.peer.ip: ⟦IP⟧
enduser.id: ⟦LOGIN@1⟧
http.request.body: {"name":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧"}
§§ fa
محتوای localStorage مرورگر پشتیبانی:

[["auth.token", "⟦JWT⟧"], ["user", "{\"name\":\"⟦NAME@1⟧\",\"email\":\"⟦EMAIL@1⟧\"}"], ["theme", "dark"]]
آیا توکن را به کوکی httpOnly منتقل کنم؟
§§ fa
خروجی Jenkins، رمز داکر در لاگ دیده می‌شود:

+ docker login -u ⟦LOGIN@1⟧ -p ⟦DOCKERPAT⟧ registry.⟦dom⟧
WARNING! Using --password via the CLI is insecure.
Login Succeeded
چطور با withCredentials درستش کنم؟
§§ fa
یادداشت جلسهٔ تیم داده، کارها را با مسئولشان استخراج کن:

حاضرین: ⟦NAME@1⟧، ⟦NAME@2⟧، ⟦NAME@3⟧
- ⟦FIRST@1⟧: مهاجرت Airflow تا ⟦date⟧
- ⟦FIRST@2⟧: حذف شماره تلفن‌ها از خروجی CRM
§§ fa
لاگ Datadog — چرا ارسال پیامک شکست خورد؟

{"service":"notifier","status":"error","message":"Invalid 'To' number","attributes":{"to":"⟦PHONE⟧","recipient_name":"⟦NAME@1⟧"}}
§§ ur
ریجیکس بنانا ہے، ان مثالوں پر چلنا چاہیے:

⟦PHONE.PK⟧
⟦PHONE.PK⟧
⟦EMAIL@1⟧
آرڈر نمبر ⟦order⟧ پر نہیں چلنا چاہیے۔
§§ ur
staging کی .htpasswd فائل، کیا اسے repo میں رکھنا ٹھیک ہے؟

⟦LOGIN@1⟧:⟦BCRYPT⟧
⟦LOGIN@2⟧:⟦BCRYPT⟧
qa-bot:⟦BCRYPT⟧
§§ hi
OpenTelemetry span में request body आ रहा है, क्या यह ठीक है?

traceID: ⟦traceid⟧
net.peer.ip: ⟦IP⟧
enduser.id: ⟦LOGIN@1⟧
http.request.body: {"naam":"⟦NAME@1⟧","mobile":"⟦PHONE⟧","pan_card_holder":true}
§§ hi
analytics सर्वर की .pgpass फ़ाइल, psql फिर भी पासवर्ड माँग रहा है:

⟦host⟧:5432:analytics:⟦LOGIN@1⟧:⟦DBPW⟧
⟦host⟧:5432:*:readonly:⟦DBPW⟧
§§ hi
Segment identify कॉल में traits में फ़ोन नंबर भेजना ठीक है?

analytics.identify("⟦uuid⟧", {
  name: "⟦NAME@1⟧",
  email: "⟦EMAIL@1⟧",
  phone: "⟦PHONE⟧",
  city: "⟦city⟧"
});
§§ hi
Go struct का JSON आउटपुट गलत है, phone फ़ील्ड का नाम बदल गया:

c := Contact{"⟦NAME@1⟧", "⟦EMAIL@1⟧", "⟦PHONE#1⟧"}
// {"name":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧","Phone":"⟦PHONE#1⟧"}
struct tag में क्या गलती है?
§§ hi
PR विवरण को बेहतर बनाइए:

## क्या बदला
एडमिन एक्सपोर्ट में पैन और जन्मतिथि मास्क की गई।
## क्यों
सपोर्ट (⟦NAME@1⟧) के एक्सपोर्ट में ⟦NAME@2⟧ की जन्मतिथि ⟦DOB.dmy⟧ पूरी दिख रही थी।
§§ hi
Postgres स्लो लॉग, इस क्वेरी के लिए index सुझाइए:

⟦tss⟧ UTC [⟦pid⟧] LOG:  duration: ⟦num:5000:90000⟧ ms  statement: SELECT * FROM grahak WHERE mobile = '⟦PHONE⟧' OR email = '⟦EMAIL@1⟧'
§§ hi
पुराना SOAP रिक्वेस्ट, इसे REST में बदलना है:

<soap:Body><GetCustomer><Username>⟦LOGIN@1⟧</Username><Password>⟦PW⟧</Password><Mobile>⟦PHONE⟧</Mobile></GetCustomer></soap:Body>
§§ hi
ब्राउज़र localStorage डंप — क्या टोकन यहाँ रखना सुरक्षित है?

> Object.entries(localStorage)
[["token", "⟦JWT⟧"], ["profile", "{\"naam\":\"⟦NAME@1⟧\",\"mobile\":\"⟦PHONE⟧\"}"]]
§§ bn
Great Expectations ভ্যালিডেশন ব্যর্থ — মোবাইল নম্বরের ফরম্যাট:

column: mobile
unexpected_count: ⟦num:2:900⟧
partial_unexpected_list: ["⟦PHONE⟧", "⟦PHONE⟧"]
§§ bn
SMS গেটওয়ের লগ, কেন ডেলিভারি ব্যর্থ?

⟦tsl⟧ SMS send to=⟦PHONE⟧ name=⟦NAME@1⟧ status=FAILED reason=DND
⟦tsl⟧ SMS send to=⟦PHONE⟧ name=⟦NAME@2⟧ status=DELIVERED
§§ ta
analytics சர்வரின் .pgpass கோப்பு:

⟦host⟧:5432:analytics:⟦LOGIN@1⟧:⟦DBPW⟧
psql இன்னும் கடவுச்சொல் கேட்கிறது, ஏன்?
§§ ta
Lambda CloudWatch பதிவு, JSON பிழை:

⟦ts⟧	INFO	event: {"body":"{\"peyar\":\"⟦NAME@1⟧\",\"kaipesi\":\"⟦PHONE⟧\"}"}
⟦ts⟧	ERROR	SyntaxError: Unexpected token
§§ ta
Celery worker பதிவு, இதை புறக்கணிக்கலாமா?

[⟦tsl⟧: WARNING/ForkPoolWorker-⟦num:1:8⟧] tasks.sync_contact[⟦uuid⟧]: Retry in 60s contact={'name': '⟦NAME@1⟧', 'email': '⟦EMAIL@1⟧'}
§§ vi
Redis lưu session nhưng TTL = -1, sao không hết hạn?

127.0.0.1:6379> GET session:⟦hex:32#7⟧
"{\"userId\":⟦num:1000:99999⟧,\"hoTen\":\"⟦NAME@1⟧\",\"sdt\":\"⟦PHONE⟧\",\"token\":\"⟦JWT⟧\"}"
127.0.0.1:6379> TTL session:⟦hex:32#7⟧
(integer) -1
§§ vi
Span OpenTelemetry có cả body request, có ổn không?

http.method: POST
net.peer.ip: ⟦IP⟧
http.request.body: {"ho_ten":"⟦NAME@1⟧","ngay_sinh":"⟦DOB.iso⟧","cccd_anh":"<base64>"}
§§ vi
Logcat Android của tester, app crash ngay sau đăng nhập:

⟦day⟧ ⟦time⟧.⟦num:100:999⟧ D AuthRepo: login ok user=⟦EMAIL@1⟧ token=⟦JWT⟧
⟦day⟧ ⟦time⟧.⟦num:100:999⟧ E AndroidRuntime: FATAL EXCEPTION: main
⟦day⟧ ⟦time⟧.⟦num:100:999⟧ E AndroidRuntime: java.lang.NullPointerException ... Profile.getPhone()
§§ vi
Jenkins in lộ mật khẩu Docker ra log:

+ docker login -u ⟦LOGIN@1⟧ -p ⟦PW⟧ registry.⟦dom⟧
Login Succeeded
Dùng withCredentials thế nào cho đúng?
§§ vi
Sự kiện Debezium, trường before bị null:

{"before":null,"after":{"id":⟦num:1000:99999⟧,"ho_ten":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧","dia_chi":"⟦ADDR⟧"},"op":"u"}
§§ vi
Log task Airflow bị lỗi:

[⟦tsl⟧] ERROR - value too long for type character varying(20)
CONTEXT: COPY khach_hang, line ⟦num:2:900⟧, column so_dien_thoai: "⟦PHONE⟧ / ⟦PHONE⟧"
§§ vi
Danh sách TODO trong code, nhóm theo người phụ trách:

src/thanh_toan/hoan_tien.py:⟦num:10:300⟧:  # TODO(⟦LOGIN@1⟧): hỗ trợ hoàn tiền một phần
src/nguoi_dung/ho_so.py:⟦num:10:300⟧:      # FIXME(⟦LOGIN@2⟧): không lưu số điện thoại thiếu mã quốc gia
§§ vi
Slow log của Postgres, gợi ý index giúp mình:

⟦tss⟧ UTC [⟦pid⟧] LOG:  duration: ⟦num:5000:90000⟧ ms  statement: SELECT * FROM khach_hang WHERE so_dien_thoai = '⟦PHONE⟧'
§§ th
payload webhook จากเกตเวย์ชำระเงิน ได้ 422:

{"event":"charge.failed","customer":{"name":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧","phone":"⟦PHONE⟧"},"card":{"last4":"⟦num:1000:9999⟧","brand":"visa"},"id":"⟦uuid⟧"}
§§ th
Postman environment ที่จะส่งให้ vendor ควรลบอะไรออก?

{"values":[{"key":"token","value":"⟦JWT⟧"},{"key":"user","value":"⟦EMAIL@1⟧"},{"key":"password","value":"⟦PW⟧"}]}
§§ th
config ของอุปกรณ์ IoT ในโกดัง:

wifi_ssid: "⟦company⟧-WH"
wifi_password: "⟦PW⟧"
device_mac: "⟦MAC⟧"
ผู้ดูแล: ⟦NAME@1⟧ ⟦PHONE⟧
§§ th
โมเดล ORM พร้อมตัวอย่างในคอมเมนต์ ชนิดฟิลด์ถูกไหม?

class Member(Base):
    name = Column(String(100))       # เช่น ⟦NAME@1⟧
    phone = Column(String(20))       # เช่น ⟦PHONE⟧
    birthday = Column(Date)          # เช่น ⟦DOB.iso⟧
§§ th
บันทึกการประชุมทีม ช่วยสรุปงานและผู้รับผิดชอบ:

ผู้เข้าร่วม: ⟦NAME@1⟧, ⟦NAME@2⟧, ⟦NAME@3⟧
- ⟦FIRST@1⟧ ย้าย Airflow ให้เสร็จภายใน ⟦date⟧
- ⟦FIRST@2⟧ ลบเบอร์โทรออกจากไฟล์ export
§§ th
log ของ Celery worker:

[⟦tsl⟧: WARNING/ForkPoolWorker-⟦num:1:8⟧] tasks.sync_member[⟦uuid⟧]: Retry in 60s member={'name': '⟦NAME@1⟧', 'phone': '⟦PHONE⟧'}
ควรสนใจไหม?
§§ id
Session di Redis tidak pernah expire:

127.0.0.1:6379> GET session:⟦hex:32#7⟧
"{\"nama\":\"⟦NAME@1⟧\",\"hp\":\"⟦PHONE⟧\",\"token\":\"⟦JWT⟧\"}"
127.0.0.1:6379> TTL session:⟦hex:32#7⟧
(integer) -1
§§ id
Mutasi GraphQL ditolak, variabelnya:

{"input": {"nama": "⟦NAME@1⟧", "tanggalLahir": "⟦DOB.dmy⟧", "hp": "⟦PHONE⟧", "username": "⟦LOGIN@1⟧"}}
Skema mengharapkan tanggalLahir format ISO.
§§ id
Logcat dari HP tester, crash setelah login:

⟦day⟧ ⟦time⟧ D LoginRepo: sukses user=⟦EMAIL@1⟧ token=⟦JWT⟧
⟦day⟧ ⟦time⟧ E AndroidRuntime: FATAL EXCEPTION: main
§§ id
Potongan terraform.tfstate yang ter-commit:

"attributes": {"username": "dbadmin", "password": "⟦DBPW⟧", "endpoint": "⟦host⟧:5432"}
Bagaimana membersihkan dari riwayat git?
§§ id
Hasil nmap di VLAN tamu, ada SMB terbuka:

Nmap scan report for ⟦IPP⟧
445/tcp open  microsoft-ds
MAC Address: ⟦MAC.upper⟧ (Apple)
Nmap scan report for ⟦FIRST@1.lower⟧-laptop (⟦IPP⟧)
22/tcp open  ssh
§§ id
Output JSON dari struct Go salah nama field:

c := Kontak{"⟦NAME@1⟧", "⟦EMAIL@1⟧", "⟦PHONE#1⟧"}
// {"nama":"⟦NAME@1⟧","email":"⟦EMAIL@1⟧","Hp":"⟦PHONE#1⟧"}
§§ id
Draf postmortem, tolong rapikan timeline:

- ⟦hm⟧ ⟦NAME@1⟧ deploy ⟦sha7⟧ (provider KYC baru)
- ⟦hm⟧ CS lapor pelanggan ⟦NAME@2⟧ (paspor ⟦PASS.ID⟧) gagal verifikasi
- ⟦hm⟧ ⟦NAME@3⟧ rollback
§§ id
Hasil OCR SIM (surat izin mengemudi) untuk fitur verifikasi, tolong pecah jadi field:

SURAT IZIN MENGEMUDI
Nama: ⟦NAME@1.caps⟧
Tempat/Tgl Lahir: ⟦city⟧, ⟦DOB.dash⟧
Alamat: ⟦ADDR⟧
No. SIM: ⟦DL.ID⟧
§§ sw
Kumbukumbu za Datadog, kwa nini SMS haikutumwa?

{"service":"arifa","status":"error","message":"Namba si sahihi","attributes":{"to":"⟦PHONE⟧","jina":"⟦NAME@1⟧"}}
§§ sw
Kumbukumbu za lango la SMS:

⟦tsl⟧ SMS kwa=⟦PHONE⟧ jina=⟦NAME@1⟧ hali=IMESHINDWA
⟦tsl⟧ SMS kwa=⟦PHONE⟧ jina=⟦NAME@2⟧ hali=IMEFIKA
Kwa nini ujumbe wa kwanza umeshindwa?
§§ tl
Yung ~/.git-credentials sa shared build VM, ligtas ba ito?

https://⟦LOGIN@1⟧:⟦GHP⟧@github.com
https://oauth2:⟦GLPAT⟧@gitlab.⟦dom⟧
§§ tl
Pakiayos ang PR description na ito:

## Ano ang nagbago
Naka-mask na ang birthday sa admin export.
## Bakit
Sa export ni ⟦NAME@1⟧ (support), kita ang buong birthday ni ⟦NAME@2⟧: ⟦DOB.long⟧.
§§ ms
API Mailchimp memulangkan "Member Exists":

{"email_address":"⟦EMAIL@1⟧","merge_fields":{"FNAME":"⟦FIRST@1⟧","LNAME":"⟦LAST@1⟧","PHONE":"⟦PHONE⟧"}}
Patutkah saya guna PUT?
§§ ms
Pod kena OOMKilled, baris log terakhir:

⟦tsl⟧ INFO eksport pelanggan: ⟦num:100000:900000⟧ baris, semasa: ⟦NAME@1⟧ <⟦EMAIL@1⟧>
Macam mana nak buat eksport secara streaming?
§§ ms
Fail ~/.git-credentials pada VM build bersama:

https://⟦LOGIN@1⟧:⟦GHP⟧@github.com
https://oauth2:⟦GLPAT⟧@gitlab.⟦dom⟧
Adakah token ini perlu ditukar?
""")

# ===========================================================================
# English: plainly public company addresses next to private ones
# ===========================================================================
TEMPLATE_BLOCKS.append(r"""
§§ en
Our receipt email renders the footer twice. Template output (HTML stripped):

Thanks for your purchase, ⟦FIRST@1⟧!
Order ⟦order⟧ will ship to: ⟦ADDR.US⟧
Paid with Apple Pay.
—
Apple Inc., One Apple Park Way, Cupertino, CA 95014 · You received this email because you bought from ⟦company⟧ on the App Store.
Unsubscribe: https://mail.⟦dom⟧/u/⟦hex:24⟧
§§ en
Vendor onboarding form — which of these fields count as personal data under our DPA?

Vendor: Google LLC
Registered office: 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Our account manager there: ⟦NAME@1⟧ (⟦WEMAIL@1⟧)
Billing contact on our side: ⟦NAME@2⟧, ⟦PHONE⟧
Contract ref: MSA-⟦num:2019:2025⟧-⟦num:100:999⟧
§§ en
Invoice parser test fails on the "remit to" block. Raw text from the PDF:

REMIT TO: Microsoft Corporation, One Microsoft Way, Redmond, WA 98052-6399
BILL TO: ⟦NAME@1⟧, ⟦ADDR.US⟧
Invoice ⟦order⟧ · Due ⟦date.us⟧ · Amount ⟦amount⟧ USD
The parser assigns the Redmond address to BILL TO. Regex or layout analysis?
""")
