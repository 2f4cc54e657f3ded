# ruff: noqa: E501  (templates hold verbatim log/code lines)
"""Data for bench.sanitizer_dev5: per-culture name lists, national formats and templates.

Everything here is hand-written for dev5. Placeholders are `<<...>>` (see sanitizer_dev5):
p1..p4 are persons (`<<p1>>`, `<<p1.given>>`, `<<p1.email>>`, `<<p1.dob>>`...), labeled
values are phone, addr, card, iban, ssn, itin, ip, ip6, mac, crypto, secret:KIND, dl,
passport, url:KIND, mrz; `:CC` picks a country, `=name` re-uses a value inside one text, and
everything else (uuid, sha, order, date, ts, amount, ver, city, company, `?a|b` choices...)
is kept. Template text never contains a literal personal value.
"""

from __future__ import annotations

# fmt: off
# ---------------------------------------------------------------------------------------
# names: f = female given, m = male given, s = surnames ("Male/Female" forms, "Roman:Native",
# "_" = space); order "sg" = surname first in the culture's own usage
# ---------------------------------------------------------------------------------------


def _w(s: str) -> list[str]:
    return s.split()


CULTURES: dict[str, dict] = {
    "anglo": dict(
        f=_w("Emily Sarah Jessica Megan Hannah Olivia Charlotte Abigail Lauren Kayleigh Siobhan "
             "Molly Grace Ruby Heather Brittany"),
        m=_w("James Michael Robert Daniel Connor Tyler Liam Ethan Gareth Callum Bradley William "
             "Jack Austin Declan Hunter"),
        s=_w("Smith Johnson Williams Brown Taylor Miller Davies Evans Walsh O'Connor Murphy "
             "Fitzgerald Hughes Turner Baker Whitfield Cartwright Pemberton Holloway Jenkins "
             "Price Sullivan")),
    "german": dict(
        f=_w("Anna Lena Katharina Sabine Ute Jana Leonie Franziska Birgit Hannelore Mia Johanna "
             "Annegret Svenja"),
        m=_w("Lukas Jonas Matthias Jürgen Dieter Florian Tobias Maximilian Uwe Niklas Henrik "
             "Stefan Torsten Kai"),
        s=_w("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch "
             "Richter Krüger Zimmermann Hartmann Köhler Brandt Vogel Lehmann Schulze Weiß "
             "Lindemann")),
    "french": dict(
        f=_w("Camille Manon Chloé Léa Inès Élodie Margaux Sophie Océane Brigitte Nathalie Aurélie "
             "Maëlle Solène"),
        m=_w("Lucas Hugo Théo Mathieu Julien Antoine Baptiste Guillaume Nicolas Jean-Pierre "
             "Olivier Rémi Gaëtan Yannick"),
        s=_w("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefebvre "
             "Girard Fontaine Rousseau Chevalier Mercier Lambert Faure Bouchard Lemaire")),
    "hispanic": dict(
        f=_w("Lucía Valentina Camila Sofía Daniela Ximena Guadalupe Carmen Alejandra Mariana "
             "Paola Rocío María_José Itzel"),
        m=_w("Alejandro Santiago Mateo Diego Javier Carlos Andrés Fernando Luis Joaquín Rodrigo "
             "Emiliano Juan_Pablo Iker"),
        s=_w("García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres "
             "Flores Rivera Gómez Díaz Morales Vargas Castillo Ortega Mendoza Jiménez Quispe "
             "Mamani")),
    "brazilian": dict(
        f=_w("Beatriz Larissa Juliana Fernanda Gabriela Letícia Thaís Mariana Aline Rafaela Joana "
             "Conceição Ana_Clara"),
        m=_w("João Gabriel Pedro Rafael Thiago Felipe Gustavo Bruno Leonardo Vinícius Rodrigo "
             "Caio João_Pedro"),
        s=_w("Silva Santos Oliveira Souza Pereira Costa Ferreira Rodrigues Almeida Nascimento "
             "Carvalho Araújo Ribeiro Barbosa Cardoso Teixeira Moreira Lima da_Silva dos_Santos")),
    "italian": dict(
        f=_w("Giulia Chiara Francesca Martina Alessia Federica Sara Elisa Valentina Beatrice "
             "Ilaria Giovanna"),
        m=_w("Alessandro Lorenzo Matteo Francesco Giuseppe Davide Riccardo Stefano Marco Luca "
             "Andrea Salvatore"),
        s=_w("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
             "Conti De_Luca Mancini Giordano Rizzo Lombardi Moretti D'Angelo")),
    "polish": dict(
        f=_w("Katarzyna Agnieszka Małgorzata Magdalena Joanna Aleksandra Zofia Natalia Ewa "
             "Dorota Karolina Weronika"),
        m=_w("Piotr Krzysztof Tomasz Paweł Michał Marcin Łukasz Grzegorz Jakub Mateusz Wojciech "
             "Bartosz"),
        s=_w("Kowalski/Kowalska Nowak Wiśniewski/Wiśniewska Wójcik Kowalczyk Kamiński/Kamińska "
             "Lewandowski/Lewandowska Zieliński/Zielińska Szymański/Szymańska Woźniak "
             "Dąbrowski/Dąbrowska Kozłowski/Kozłowska Jankowski/Jankowska Mazur Krawczyk "
             "Piotrowski/Piotrowska Grabowski/Grabowska Pawlak Michalski/Michalska Król")),
    "russian": dict(
        f=_w("Anastasia:Анастасия Yekaterina:Екатерина Olga:Ольга Tatyana:Татьяна "
             "Natalya:Наталья Darya:Дарья Yulia:Юлия Svetlana:Светлана Irina:Ирина "
             "Kseniya:Ксения Polina:Полина Marina:Марина"),
        m=_w("Aleksandr:Александр Dmitry:Дмитрий Sergei:Сергей Andrei:Андрей Alexei:Алексей "
             "Maksim:Максим Ivan:Иван Nikolai:Николай Mikhail:Михаил Yevgeny:Евгений "
             "Artyom:Артём Vladimir:Владимир"),
        s=_w("Ivanov/Ivanova:Иванов/Иванова Smirnov/Smirnova:Смирнов/Смирнова "
             "Kuznetsov/Kuznetsova:Кузнецов/Кузнецова Popov/Popova:Попов/Попова "
             "Sokolov/Sokolova:Соколов/Соколова Lebedev/Lebedeva:Лебедев/Лебедева "
             "Kozlov/Kozlova:Козлов/Козлова Novikov/Novikova:Новиков/Новикова "
             "Morozov/Morozova:Морозов/Морозова Volkov/Volkova:Волков/Волкова "
             "Solovyov/Solovyova:Соловьёв/Соловьёва Vasiliev/Vasilieva:Васильев/Васильева "
             "Zaitsev/Zaitseva:Зайцев/Зайцева Pavlov/Pavlova:Павлов/Павлова "
             "Orlov/Orlova:Орлов/Орлова"),
        pm=_w("Sergeyevich:Сергеевич Aleksandrovich:Александрович Ivanovich:Иванович "
              "Nikolayevich:Николаевич Dmitriyevich:Дмитриевич Vladimirovich:Владимирович"),
        pf=_w("Sergeyevna:Сергеевна Aleksandrovna:Александровна Ivanovna:Ивановна "
              "Nikolayevna:Николаевна Dmitriyevna:Дмитриевна Vladimirovna:Владимировна")),
    "hungarian": dict(
        order="sg",
        f=_w("Mária Erzsébet Katalin Zsófia Eszter Réka Ildikó Anikó Dóra Boglárka"),
        m=_w("László István Zoltán Gábor Balázs Tamás Attila Csaba Bence Levente"),
        s=_w("Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács "
             "Juhász Lakatos Mészáros")),
    "nordic": dict(
        f=_w("Ingrid Astrid Sigrid Freja Maja Linnea Solveig Kirsten Elin Saga Guðrún Hanne"),
        m=_w("Lars Erik Magnus Anders Henrik Bjørn Sven Mikael Oskar Rasmus Jón Sindre"),
        s=_w("Andersson Johansson Karlsson Nilsson Lindqvist Bergström Hansen Johansen Nielsen "
             "Jørgensen Halvorsen Haugen Virtanen Korhonen Mäkinen Jónsson/Jónsdóttir "
             "Sigurðsson/Sigurðardóttir Lindholm")),
    "dutch": dict(
        f=_w("Sanne Femke Anouk Lotte Sophie Eva Iris Marloes Esther Fleur Noor Ilse"),
        m=_w("Daan Sem Thijs Bram Jeroen Ruben Sven Wouter Joost Pieter Maarten Jasper"),
        s=_w("de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer "
             "Mulder de_Groot Bos Vos Hendriks van_Leeuwen Dekker Brouwer van_der_Meer")),
    "turkish": dict(
        f=_w("Elif Zeynep Ayşe Fatma Emine Merve Büşra Esra Selin Derya Gizem Hatice"),
        m=_w("Mehmet Mustafa Ahmet Emre Burak Murat Hüseyin Can Oğuz Yusuf Kerem Serkan"),
        s=_w("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan "
             "Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek")),
    "arabic": dict(
        f=_w("Fatima:فاطمة Aisha:عائشة Mariam:مريم Noura:نورة Layla:ليلى Huda:هدى Reem:ريم "
             "Salma:سلمى Yasmin:ياسمين Amal:أمل Rania:رانيا Lina:لينا"),
        m=_w("Mohammed:محمد Ahmed:أحمد Khalid:خالد Omar:عمر Youssef:يوسف Abdullah:عبدالله "
             "Hassan:حسن Tariq:طارق Faisal:فيصل Karim:كريم Saeed:سعيد Mahmoud:محمود"),
        s=_w("Al-Harbi:الحربي Al-Ghamdi:الغامدي Al-Otaibi:العتيبي Al-Qahtani:القحطاني "
             "Haddad:حداد Khoury:خوري Mansour:منصور Nasser:ناصر El-Sayed:السيد Saleh:صالح "
             "Hamdan:حمدان Barakat:بركات Al-Mansouri:المنصوري Aziz:عزيز Farouk:فاروق")),
    "persian": dict(
        f=_w("Shirin Maryam Nasrin Parisa Sara Niloufar Roya Setareh Azadeh Leila Mahsa Golnar"),
        m=_w("Reza Ali Mehdi Hossein Dariush Kourosh Arash Babak Farhad Amir Saeed Omid"),
        s=_w("Hosseini Mohammadi Rezaei Ahmadi Moradi Karimi Jafari Rahimi Tehrani Sadeghi "
             "Ghorbani Kazemi Shirazi Navabi Farahani Esfahani")),
    "south_asian": dict(
        f=_w("Priya Ananya Deepika Kavya Lakshmi Pooja Sneha Aishwarya Harpreet Nandini "
             "Meenakshi Farzana"),
        m=_w("Rahul Arjun Vikram Aditya Rohan Sanjay Karthik Imran Gurpreet Suresh Venkatesh "
             "Aniket"),
        s=_w("Sharma Verma Patel Gupta Reddy Iyer Nair Singh Kumar Chatterjee Banerjee Mukherjee "
             "Deshmukh Joshi Pillai Rao Menon Khan Chaudhary Kulkarni")),
    "indonesian": dict(
        f=_w("Siti Dewi Putri Ayu Rina Wulan Intan Nur Sri Fitri Ratna Kartika"),
        m=_w("Budi Agus Eko Rizky Dimas Andi Bambang Hendra Yusuf Arief Fajar Wahyu"),
        s=_w("Santoso Wijaya Saputra Hidayat Kusuma Pratama Nugroho Setiawan Susanto Halim "
             "Siregar Nasution Hutapea Simanjuntak Wibowo Lubis")),
    "vietnamese": dict(
        order="sg",
        f=_w("Lan Mai Hương Linh Trang Thảo Hà Ngọc Phương Hằng Yến Vy"),
        m=_w("Minh Tuấn Hùng Dũng Nam Long Huy Khoa Phúc Thắng Quân Bảo"),
        mf=_w("Thị Ngọc Thu Thanh Kim"), mm=_w("Văn Đức Minh Quang Hữu"),
        s=_w("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý")),
    "filipino": dict(
        f=_w("Maricel Jocelyn Kristine Rowena Mary_Grace Angelica Lovely Princess Rhea Jasmine "
             "Divina Marites"),
        m=_w("Jose Mark Rodel Jerome Renato Ariel Rommel Dindo Jun Paolo Christian Ramon"),
        s=_w("Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Dela_Cruz Villanueva Aquino Ramos "
             "Manalo Pascual Dimaculangan Macaraeg Lualhati Sison")),
    "chinese": dict(
        order="sg",
        f=_w("Xiaoling:晓玲 Meiling:美玲 Yan:燕 Jing:静 Xiuying:秀英 Yuting:雨婷 Shufen:淑芬 Hui:慧 "
             "Na:娜 Xinyi:欣怡 Ruoxi:若曦 Lihua:丽华"),
        m=_w("Wei:伟 Jun:军 Hao:浩 Lei:磊 Qiang:强 Jian:建 Zhiwei:志伟 Haoran:浩然 Yifan:一帆 "
             "Zihan:子涵 Jiahao:家豪 Tao:涛"),
        s=_w("Wang:王 Li:李 Zhang:张 Liu:刘 Chen:陈 Yang:杨 Huang:黄 Zhao:赵 Wu:吴 Zhou:周 Xu:徐 "
             "Sun:孙 Ma:马 Zhu:朱 Hu:胡 Guo:郭")),
    "japanese": dict(
        order="sg",
        f=_w("Yuki:由紀 Haruka:遥 Aoi:葵 Sakura:さくら Yui:結衣 Misaki:美咲 Naoko:直子 Keiko:恵子 "
             "Ayaka:彩花 Rin:凛 Mei:芽衣 Emi:恵美"),
        m=_w("Haruto:陽翔 Takumi:拓海 Ren:蓮 Daiki:大輝 Shota:翔太 Kenji:健二 Hiroshi:浩 "
             "Takeshi:武 Yuto:悠斗 Kaito:海斗 Sho:翔 Ryota:亮太"),
        s=_w("Sato:佐藤 Suzuki:鈴木 Takahashi:高橋 Tanaka:田中 Watanabe:渡辺 Ito:伊藤 "
             "Yamamoto:山本 Nakamura:中村 Kobayashi:小林 Kato:加藤 Yoshida:吉田 Yamada:山田 "
             "Sasaki:佐々木 Matsumoto:松本 Inoue:井上 Kimura:木村")),
    "korean": dict(
        order="sg",
        f=_w("Ji-woo:지우 Seo-yeon:서연 Min-ji:민지 Ha-eun:하은 Su-bin:수빈 Ye-jin:예진 "
             "Eun-ji:은지 Hye-jin:혜진 Da-eun:다은 Yu-na:유나 So-yeon:소연 Ji-hye:지혜"),
        m=_w("Min-jun:민준 Seo-jun:서준 Ji-ho:지호 Hyun-woo:현우 Jun-ho:준호 Dong-hyun:동현 "
             "Sung-min:성민 Jae-won:재원 Tae-yang:태양 Young-ho:영호 Sang-woo:상우 "
             "Joon-young:준영"),
        s=_w("Kim:김 Lee:이 Park:박 Choi:최 Jung:정 Kang:강 Cho:조 Yoon:윤 Jang:장 Lim:임 Han:한 "
             "Oh:오 Seo:서 Shin:신 Kwon:권 Hwang:황")),
    "west_african": dict(
        f=_w("Chiamaka Ngozi Adaeze Folake Yetunde Abena Akosua Amara Funmilayo Hauwa Efua "
             "Ifeoma"),
        m=_w("Chinedu Emeka Oluwaseun Babatunde Kwame Kofi Ifeanyi Tunde Obinna Yaw Musa Segun"),
        s=_w("Okoye Adeyemi Okafor Nwosu Balogun Ogunleye Eze Mensah Asante Boateng Owusu "
             "Danjuma Abubakar Adebayo Olawale Chukwu Obi Agyeman")),
    "east_african": dict(
        f=_w("Wanjiru Akinyi Njeri Achieng Zawadi Neema Wambui Atieno Mwanaisha Halima Nafula "
             "Tigist"),
        m=_w("Kamau Otieno Baraka Juma Mwangi Omondi Kiprono Wafula Odhiambo Rashidi Kibet "
             "Tesfaye"),
        s=_w("Mwangi Njoroge Otieno Ochieng Kipchoge Wanjala Mutua Kariuki Onyango Waweru "
             "Chebet Kiprotich Okello Mwakilema Tembo Nyirenda")),
    "pacific": dict(
        f=_w("Losana Mele Sina Leilani Tupou Moana Aroha Mere Fetu Salote Kalani Ana"),
        m=_w("Sione Tevita Viliami Manu Ioane Tane Rawiri Kahu Tomasi Filipo Semisi Nikau"),
        s=_w("Taufa Fifita Tuilagi Leota Faleolo Tuiasosopo Ngata Te_Whare Parata Tawhiri Havili "
             "Vainikolo Naufahu Kealoha Kahananui Waqa")),
    "caribbean": dict(
        f=_w("Shanice Tamika Keisha Jodian Nadine Marie-Claire Rochelle Tameka Dionne Kezia "
             "Fabienne Shantelle"),
        m=_w("Dwayne Andre Marlon Delroy Kemar Jean-Baptiste Tyrone Ricardo Shane Garfield "
             "Wesley Rohan"),
        s=_w("Campbell Clarke Thompson Grant McKenzie Francis Forbes Pierre Jean-Louis Baptiste "
             "Desrosiers Charles Ramdial Persaud Ramkissoon Maharaj")),
    "jewish": dict(
        f=_w("Noa Tamar Yael Shira Rivka Miriam Avital Hadas Esther Talia Michal Dina"),
        m=_w("Yosef Avi Eitan Noam Ariel Moshe Yonatan Uri Itai Gideon Shmuel Amos"),
        s=_w("Cohen Levi Mizrahi Friedman Goldberg Katz Rosenberg Shapiro Peretz Ben-David "
             "Azoulay Biton Weiss Klein Adler Rabinowitz")),
    "indigenous": dict(
        f=_w("Nizhoni Shandiin Winona Tahnee Kateri Shaylene Dakota Jolene Aiyana Raven"),
        m=_w("Ahiga Chaske Tokala Elan Lionel Kaden Cody Wyatt Darnell Tyrel"),
        s=_w("Begay Yazzie Tsosie Benally Nez Etsitty Manygoats Whitehorse Runningwater "
             "Littlewolf Bearheart Redhouse Cardinal Blackbird Tsinajinnie")),
}
# fmt: on

ALL_CULTURES = sorted(CULTURES)

#: cultures used per text language ("*" = any culture)
LANG_CULTURES = {
    "en": ["*"],
    "de": ["german"] * 6 + ["turkish", "polish", "russian", "*"],
    "fr": ["french"] * 5 + ["west_african", "arabic", "caribbean"],
    "es": ["hispanic"],
    "pt": ["brazilian"],
    "it": ["italian"] * 4 + ["*"],
    "nl": ["dutch"] * 4 + ["turkish", "caribbean"],
    "pl": ["polish"],
    "tr": ["turkish"],
    "id": ["indonesian"],
    "vi": ["vietnamese"],
    "sw": ["east_african"],
    "tl": ["filipino"],
    "hi": ["south_asian"],
    "ru": ["russian"],
    "ar": ["arabic"],
    "ja": ["japanese"],
    "ko": ["korean"],
    "zh": ["chinese"],
}
#: share of persons drawn from Faker (non-English locales only)
FAKER_SHARE = {"en": 0.06, "de": 0.15, "fr": 0.15, "es": 0.15, "it": 0.15, "pl": 0.15}
FAKER_SHARE.update({"nl": 0.15, "pt": 0.15})
FAKER_LOCALES = {
    "en": ["cs_CZ", "ro_RO", "hr_HR", "sv_SE", "fi_FI", "da_DK", "es_MX", "it_IT"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_CH"],
    "es": ["es_ES", "es_MX", "es_CO"],
    "it": ["it_IT"],
    "pl": ["pl_PL"],
    "nl": ["nl_NL", "nl_BE"],
    "pt": ["pt_BR", "pt_PT"],
}

NICKS = {
    "Katarzyna": "Kasia",
    "Małgorzata": "Gosia",
    "Aleksandra": "Ola",
    "Aleksandr": "Sasha",
    "Dmitry": "Dima",
    "Yekaterina": "Katya",
    "Anastasia": "Nastya",
    "Michael": "Mike",
    "Robert": "Bob",
    "William": "Will",
    "James": "Jamie",
    "Daniel": "Danny",
    "Alejandro": "Álex",
    "Guadalupe": "Lupe",
    "Oluwaseun": "Seun",
    "Babatunde": "Tunde",
    "Chiamaka": "Amaka",
    "Funmilayo": "Funmi",
    "Giuseppe": "Peppe",
    "Maximilian": "Max",
    "Franziska": "Franzi",
    "Katharina": "Kathi",
    "Elizabeth": "Liz",
    "Mikhail": "Misha",
    "Yevgeny": "Zhenya",
    "Abigail": "Abby",
    "Jessica": "Jess",
    "Rafael": "Rafa",
    "Francesca": "Fra",
    "Venkatesh": "Venky",
    "Christian": "Chris",
    "Jean-Baptiste": "JB",
}

EMAIL_DOMAINS = {
    "default": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me"],
    "german": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
    "french": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "hispanic": ["gmail.com", "hotmail.es", "yahoo.com.mx", "outlook.es"],
    "brazilian": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "italian": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    "polish": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "russian": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru"],
    "dutch": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "turkish": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "japanese": ["gmail.com", "docomo.ne.jp", "yahoo.co.jp", "icloud.com"],
    "korean": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
    "chinese": ["qq.com", "163.com", "126.com", "gmail.com"],
    "south_asian": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
    "indonesian": ["gmail.com", "yahoo.co.id", "ymail.com"],
    "nordic": ["gmail.com", "hotmail.se", "online.no", "live.dk"],
}

COMPANY_DOMAINS = [
    "northwind-logistics.com",
    "helios-energie.de",
    "brightpath.io",
    "kestrel-analytics.co.uk",
    "tindahan-ph.com",
    "maple-grove-clinic.ca",
    "sawa-fintech.co.ke",
    "orbitpay.com.br",
    "lumen-health.nl",
    "quartzbyte.dev",
]
COMPANIES = [
    "Northwind Logistics",
    "Helios Energie GmbH",
    "BrightPath Learning",
    "Kestrel Analytics Ltd",
    "OrbitPay",
    "Lumen Health B.V.",
    "QuartzByte",
    "Sawa Fintech",
    "Jenkins & Price Solicitors",
    "Ruby Tuesday",
]
URL_HOSTS = [
    "app.brightpath.io",
    "portal.orbitpay.com.br",
    "my.lumen-health.nl",
    "accounts.quartzbyte.dev",
    "crm.kestrel-analytics.co.uk",
    "members.sawa-fintech.co.ke",
]
GIT_HOSTS = ["git.quartzbyte.dev", "gitlab.helios-energie.de", "bitbucket.org", "github.com"]

PASSWORD_WORDS = [
    "Summer",
    "Winter",
    "Dragon",
    "Monkey",
    "Sunshine",
    "Football",
    "Bayern",
    "Princess",
    "Welcome",
    "Qwerty",
    "Galatasaray",
    "Barcelona",
    "Jakarta",
    "Manila",
    "Nairobi",
    "Tequila",
    "Pikachu",
    "Butterfly",
    "Hunter",
    "Shadow",
    "Kopi",
    "Mariposa",
    "Chocolate",
    "Liverpool",
    "Sakura",
    "Corazon",
]

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
    "sw": [
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
    "tl": [
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
}
_NUM = ["{dd}/{mm}/{y}", "{d} {m} {y}"]
DATE_FORMATS = {
    "en": ["{m} {d}, {y}", "{mm}/{dd}/{y}", "{dd}/{mm}/{y}", "{y}-{mm}-{dd}", "{d} {m} {y}"],
    "de": ["{dd}.{mm}.{y}", "{d}. {m} {y}", "{dd}.{mm}.{y}"],
    "fr": ["{dd}/{mm}/{y}", "{d} {m} {y}"],
    "es": ["{dd}/{mm}/{y}", "{d} de {m} de {y}"],
    "pt": ["{dd}/{mm}/{y}", "{d} de {m} de {y}"],
    "it": _NUM,
    "nl": ["{dd}-{mm}-{y}", "{d} {m} {y}"],
    "pl": ["{dd}.{mm}.{y}", "{d} {m} {y}"],
    "tr": ["{dd}.{mm}.{y}", "{d} {m} {y}"],
    "id": ["{dd}-{mm}-{y}", "{d} {m} {y}"],
    "vi": ["{dd}/{mm}/{y}", "{d} tháng {mn} năm {y}"],
    "sw": _NUM,
    "tl": ["{m} {d}, {y}", "{mm}/{dd}/{y}"],
    "hi": ["{dd}/{mm}/{y}", "{dd}-{mm}-{y}"],
    "ru": ["{dd}.{mm}.{y}", "{d} {m} {y} г."],
    "ar": ["{dd}/{mm}/{y}", "{y}/{mm}/{dd}"],
    "ja": ["{y}年{mn}月{d}日", "{y}/{mm}/{dd}"],
    "ko": ["{y}년 {mn}월 {d}일", "{y}.{mm}.{dd}"],
    "zh": ["{y}年{mn}月{d}日", "{y}-{mm}-{dd}"],
}
DATE_LONG = {"en": ["{m} {d}, {y}", "{d} {m} {y}"]}

CURRENCY = {
    "en": ["${v}", "£{v}", "USD {v}", "${v}"],
    "de": ["{v} €", "EUR {v}"],
    "fr": ["{v} €"],
    "es": ["{v} €", "MXN {v}"],
    "pt": ["R$ {v}"],
    "it": ["€ {v}"],
    "nl": ["€ {v}"],
    "pl": ["{v} zł"],
    "tr": ["{v} TL"],
    "id": ["Rp {v}"],
    "vi": ["{v} VND"],
    "sw": ["KSh {v}"],
    "tl": ["₱{v}"],
    "hi": ["₹{v}", "Rs. {v}"],
    "ru": ["{v} руб."],
    "ar": ["{v} ر.س", "SAR {v}"],
    "ja": ["¥{v}"],
    "ko": ["₩{v}"],
    "zh": ["¥{v}", "{v}元"],
}

# ---------------------------------------------------------------------------------------
# national formats ('#' digit, 'N' digit 2-9, 'A' letter, 'X' letter/digit, 'G' German
# passport alphabet)
# ---------------------------------------------------------------------------------------

PHONES = {
    "US": dict(
        nat=["(N##) N##-####", "N##-N##-####", "N##.N##.####"],
        intl=["+1 N##-N##-####", "+1 (N##) N##-####", "+1N##N######"],
    ),
    "GB": dict(
        nat=["07### ######", "020 7### ####", "01### ######"],
        intl=["+44 7### ######", "+44 20 7### ####", "+447#########"],
    ),
    "IE": dict(nat=["08# ### ####"], intl=["+353 8# ### ####"]),
    "DE": dict(
        nat=["01## ########", "01##/#######", "030 ########", "089 #######"],
        intl=["+49 1## ########", "+49 (0)30 ########", "+491#########"],
    ),
    "FR": dict(
        nat=["0N ## ## ## ##", "0N.##.##.##.##", "06########"],
        intl=["+33 N ## ## ## ##", "+33N########"],
    ),
    "ES": dict(
        nat=["6## ### ###", "6## ## ## ##", "91# ## ## ##"],
        intl=["+34 6## ### ###", "+34 6## ## ## ##"],
    ),
    "MX": dict(nat=["55 #### ####", "33 #### ####"], intl=["+52 55 #### ####", "+52 33 #### ####"]),
    "IT": dict(
        nat=["3## ### ####", "3## #######", "02 ########"],
        intl=["+39 3## ### ####", "+39 3#########"],
    ),
    "NL": dict(
        nat=["06-########", "06 ## ## ## ##", "020-#######"],
        intl=["+31 6 ########", "+31 (0)6 ########", "+316########"],
    ),
    "PL": dict(
        nat=["5## ### ###", "6## ### ###", "22 ### ## ##"], intl=["+48 5## ### ###", "+486########"]
    ),
    "TR": dict(
        nat=["05## ### ## ##", "0 5## ### ## ##"], intl=["+90 5## ### ## ##", "+905#########"]
    ),
    "ID": dict(
        nat=["081#-####-####", "085#########", "0812 #### ####"],
        intl=["+62 8## #### ####", "+62-8##-####-####", "628##########"],
    ),
    "VN": dict(
        nat=["09## ### ###", "03########", "09########"], intl=["+84 9## ### ###", "+843########"]
    ),
    "KE": dict(
        nat=["07## ######", "07## ### ###", "01## ######"],
        intl=["+254 7## ######", "+254 7## ### ###", "2547########"],
    ),
    "PH": dict(
        nat=["09## ### ####", "09#########", "0917-###-####"],
        intl=["+63 9## ### ####", "+639#########"],
    ),
    "IN": dict(
        nat=["9#### #####", "8#### #####", "7#########"],
        intl=["+91 9#### #####", "+91-9#########", "+91 80 #### ####"],
    ),
    "RU": dict(
        nat=["8 (9##) ###-##-##", "8 9## ### ## ##", "8-9##-###-##-##"],
        intl=["+7 9## ###-##-##", "+7 (9##) ###-##-##", "+79#########"],
    ),
    "SA": dict(nat=["05# ### ####", "05########"], intl=["+966 5# ### ####", "+9665########"]),
    "JP": dict(
        nat=["090-####-####", "080-####-####", "03-####-####"],
        intl=["+81 90-####-####", "+81 3-####-####"],
    ),
    "KR": dict(
        nat=["010-####-####", "010 #### ####", "02-###-####"],
        intl=["+82 10-####-####", "+82 10 #### ####"],
    ),
    "CN": dict(
        nat=["13# #### ####", "18#########", "15#-####-####"],
        intl=["+86 13# #### ####", "+86 18#########"],
    ),
    "BR": dict(
        nat=["(11) 9####-####", "(21) 9####-####", "(31) 3###-####"],
        intl=["+55 11 9####-####", "+55 (21) 9####-####"],
    ),
    "NG": dict(
        nat=["080# ### ####", "070########", "081# ### ####"],
        intl=["+234 80# ### ####", "+2347#########"],
    ),
    "AU": dict(nat=["04## ### ###", "(02) #### ####"], intl=["+61 4## ### ###", "+61 2 #### ####"]),
}
PHONES["CA"] = PHONES["US"]

US_DL = {
    "California": "A#######",
    "New York": "### ### ###",
    "Texas": "########",
    "Florida": "A###-###-##-###-#",
    "Illinois": "A###-####-####",
    "Pennsylvania": "## ### ###",
    "Washington": "WDLXXXXXXXXX",
    "New Jersey": "A#### ##### #####",
    "Ohio": "AA######",
    "Georgia": "#########",
    "Michigan": "A ### ### ### ###",
    "Arizona": "A########",
    "Massachusetts": "S########",
    "Colorado": "##-###-####",
}
DL_FORMATS = {
    "DE": "A###XXX#X##",
    "FR": "############",
    "IT": "AA#######A",
    "NL": "##########",
    "PL": "#####/##/####",
    "TR": "######",
    "ID": "####-####-######",
    "VN": "############",
    "KE": "DL-#######",
    "PH": "A##-##-######",
    "IN": "AA## ###########",
    "RU": "## ## ######",
    "SA": "##########",
    "JP": "############",
    "KR": "##-##-######-##",
    "CN": "############",
    "BR": "###########",
    "NG": "AAA#####AA##",
    "AU": "########",
    "CA": "A####-#####-#####",
    "IE": "#########",
    "MX": "A##########",
}
PASSPORTS = {
    "US": ["#########", "A########"],
    "GB": ["#########"],
    "IE": ["AA#######"],
    "DE": ["CGGGGGGGG"],
    "FR": ["##AA#####"],
    "ES": ["AAA######"],
    "IT": ["AA#######"],
    "NL": ["AAXXXXXX#"],
    "PL": ["AA#######"],
    "TR": ["U########"],
    "ID": ["A#######", "X#######"],
    "VN": ["C#######", "B#######"],
    "KE": ["AK#######", "BK#######"],
    "PH": ["P#######A"],
    "IN": ["A#######"],
    "RU": ["## #######"],
    "SA": ["A#######"],
    "JP": ["TK#######", "TR#######", "MZ#######"],
    "KR": ["M########", "M###A####"],
    "CN": ["E########", "EA#######"],
    "BR": ["AA######"],
    "NG": ["A########"],
    "AU": ["PA#######", "N#######"],
    "CA": ["AA######"],
    "MX": ["G########"],
}
ISO3 = {
    "US": "USA",
    "GB": "GBR",
    "IE": "IRL",
    "DE": "D<<",
    "FR": "FRA",
    "ES": "ESP",
    "IT": "ITA",
    "NL": "NLD",
    "PL": "POL",
    "TR": "TUR",
    "ID": "IDN",
    "VN": "VNM",
    "KE": "KEN",
    "PH": "PHL",
    "IN": "IND",
    "RU": "RUS",
    "SA": "SAU",
    "JP": "JPN",
    "KR": "KOR",
    "CN": "CHN",
    "BR": "BRA",
    "NG": "NGA",
    "AU": "AUS",
    "CA": "CAN",
    "MX": "MEX",
}
PLATES = {
    "DE": ["A-AA ####", "AA-A ###"],
    "FR": ["AA-###-AA"],
    "US": ["#AAA###", "AAA-####"],
    "GB": ["AA## AAA"],
    "NL": ["AA-###-A"],
    "IT": ["AA###AA"],
    "ES": ["#### AAA"],
    "PL": ["AA #####"],
    "TR": ["34 AAA ###"],
    "ID": ["B #### AAA"],
}

ADDRESSES = {
    "US": dict(
        faker="en_US",
        streets=[
            "Maple Avenue",
            "Oak Street",
            "Cedar Lane",
            "Sunset Boulevard",
            "Lakeview Drive",
            "Elm Court",
            "Pine Ridge Road",
            "Magnolia Way",
        ],
        cities=[
            ("Springfield, IL", "627##"),
            ("Austin, TX", "787##"),
            ("Columbus, OH", "432##"),
            ("Portland, OR", "972##"),
            ("Raleigh, NC", "276##"),
            ("Tucson, AZ", "857##"),
            ("Albany, NY", "122##"),
            ("Sacramento, CA", "958##"),
            ("Denver, CO", "802##"),
        ],
        fmt=[
            "{no}{no2} {street}, {city} {post}",
            "{no}{no2} {street}, Apt {apt}{L}, {city} {post}",
            "{no}{no2} {street}\n{city} {post}",
        ],
    ),
    "GB": dict(
        faker="en_GB",
        streets=["Station Road", "High Street", "Church Lane", "Victoria Road", "Mill Lane"],
        cities=[
            ("Leeds", "LS# #AA"),
            ("Bristol", "BS# #AA"),
            ("Manchester", "M## #AA"),
            ("Cardiff", "CF## #AA"),
            ("Norwich", "NR# #AA"),
            ("Glasgow", "G## #AA"),
        ],
        fmt=["{no} {street}, {city} {post}", "Flat {apt}, {no} {street}, {city} {post}"],
    ),
    "IE": dict(
        streets=["Main Street", "Griffith Avenue", "Clonliffe Road", "Shop Street"],
        cities=[("Dublin 9", "D09 X#A#"), ("Cork", "T12 X#A#"), ("Galway", "H91 X#A#")],
        fmt=["{no} {street}, {city}, {post}"],
    ),
    "IN": dict(
        streets=["14th Cross Road", "MG Road", "Link Road", "Nehru Nagar", "Anna Salai"],
        cities=[
            ("Bengaluru", "5600##"),
            ("Pune", "4110##"),
            ("Chennai", "6000##"),
            ("Hyderabad", "5000##"),
            ("Lucknow", "2260##"),
        ],
        fmt=[
            "Flat {apt}0{ch}, {street}, {city} {post}",
            "H.No. {no}-{no2}, {street}, {city} - {post}",
        ],
    ),
    "NG": dict(
        streets=["Adeola Odeku Street", "Allen Avenue", "Awolowo Road", "Herbert Macaulay Way"],
        cities=[
            ("Victoria Island, Lagos", "1010##"),
            ("Ikeja, Lagos", "1002##"),
            ("Wuse 2, Abuja", "9000##"),
            ("GRA, Port Harcourt", "5001##"),
        ],
        fmt=["{no} {street}, {city}", "Plot {no}, {street}, {city} {post}"],
    ),
    "AU": dict(
        streets=["Smith Street", "George Street", "Beach Road", "Brunswick Street"],
        cities=[
            ("Fitzroy VIC", "3065"),
            ("Newtown NSW", "2042"),
            ("Fremantle WA", "6160"),
            ("Toowong QLD", "4066"),
        ],
        fmt=["{no} {street}, {city} {post}", "Unit {apt}, {no} {street}, {city} {post}"],
    ),
    "CA": dict(
        streets=["King St W", "Rue Saint-Denis", "Jasper Avenue", "Granville Street"],
        cities=[
            ("Toronto, ON", "M5V #A#"),
            ("Montréal, QC", "H2X #A#"),
            ("Edmonton, AB", "T5J #A#"),
            ("Vancouver, BC", "V6B #A#"),
        ],
        fmt=["{no}{no2} {street}, {city} {post}", "{apt}-{no} {street}, {city} {post}"],
    ),
    "DE": dict(
        faker="de_DE",
        streets=[
            "Lindenstraße",
            "Hauptstraße",
            "Goethestraße",
            "Am Mühlbach",
            "Bahnhofstraße",
            "Schillerweg",
            "Kastanienallee",
        ],
        cities=[
            ("Berlin", "10###"),
            ("Hamburg", "22###"),
            ("München", "80###"),
            ("Köln", "50###"),
            ("Leipzig", "04###"),
            ("Freiburg im Breisgau", "79###"),
        ],
        fmt=[
            "{street} {no}, {post} {city}",
            "{street} {no}\n{post} {city}",
            "{street} {no}{l}, {post} {city}",
        ],
    ),
    "FR": dict(
        streets=[
            "rue des Lilas",
            "avenue Jean Jaurès",
            "boulevard Voltaire",
            "rue de la République",
            "impasse des Tilleuls",
            "chemin du Moulin",
        ],
        cities=[
            ("Paris", "750##"),
            ("Lyon", "6900#"),
            ("Marseille", "130##"),
            ("Toulouse", "310##"),
            ("Lille", "590##"),
            ("Nantes", "44###"),
        ],
        fmt=["{no} {street}, {post} {city}", "{no} bis {street}\n{post} {city}"],
    ),
    "ES": dict(
        streets=[
            "Calle Mayor",
            "Calle de Alcalá",
            "Avenida de la Constitución",
            "Paseo de Gracia",
            "Calle San Vicente",
        ],
        cities=[
            ("Madrid", "280##"),
            ("Barcelona", "080##"),
            ("Valencia", "460##"),
            ("Sevilla", "410##"),
            ("Bilbao", "480##"),
        ],
        fmt=["{street}, {no}, {ch}º {L}, {post} {city}", "{street} {no}, {post} {city}"],
    ),
    "MX": dict(
        streets=["Av. Insurgentes Sur", "Calle Madero", "Av. Revolución", "Calle Hidalgo"],
        cities=[
            ("Col. Roma Norte, Ciudad de México", "06700"),
            ("Col. Americana, Guadalajara, Jal.", "44160"),
            ("Col. Centro, Puebla, Pue.", "72000"),
        ],
        fmt=[
            "{street} {no}{no2}, {city}, C.P. {post}",
            "{street} {no}, Int. {apt}, {city}, C.P. {post}",
        ],
    ),
    "IT": dict(
        streets=[
            "Via Roma",
            "Via Garibaldi",
            "Corso Vittorio Emanuele II",
            "Via dei Mille",
            "Viale Europa",
        ],
        cities=[
            ("Milano (MI)", "201##"),
            ("Roma (RM)", "001##"),
            ("Torino (TO)", "101##"),
            ("Napoli (NA)", "801##"),
            ("Bologna (BO)", "401##"),
        ],
        fmt=["{street} {no}, {post} {city}", "{street}, {no} - {post} {city}"],
    ),
    "NL": dict(
        faker="nl_NL",
        streets=["Kerkstraat", "Dorpsstraat", "Prinsengracht", "Molenweg", "Julianalaan"],
        cities=[
            ("Amsterdam", "10## AA"),
            ("Utrecht", "35## AA"),
            ("Rotterdam", "30## AA"),
            ("Groningen", "97## AA"),
            ("Eindhoven", "56## AA"),
        ],
        fmt=["{street} {no}, {post} {city}", "{street} {no}-{L}\n{post} {city}"],
    ),
    "PL": dict(
        streets=[
            "ul. Długa",
            "ul. Marszałkowska",
            "ul. Polna",
            "al. Jerozolimskie",
            "ul. Piotrkowska",
        ],
        cities=[
            ("Warszawa", "0#-###"),
            ("Kraków", "3#-###"),
            ("Łódź", "9#-###"),
            ("Wrocław", "5#-###"),
            ("Gdańsk", "80-###"),
        ],
        fmt=["{street} {no}/{apt}, {post} {city}", "{street} {no}, {post} {city}"],
    ),
    "BR": dict(
        streets=[
            "Rua das Flores",
            "Avenida Paulista",
            "Rua Augusta",
            "Rua XV de Novembro",
            "Rua Sete de Setembro",
        ],
        cities=[
            ("São Paulo - SP", "0####-###"),
            ("Rio de Janeiro - RJ", "2####-###"),
            ("Belo Horizonte - MG", "3####-###"),
            ("Curitiba - PR", "8####-###"),
            ("Salvador - BA", "4####-###"),
        ],
        fmt=[
            "{street}, {no}, apto {apt}{ch} - {city}, CEP {post}",
            "{street}, {no} - {city}, {post}",
        ],
    ),
    "TR": dict(
        streets=["Atatürk Caddesi", "Bağdat Caddesi", "Gül Sokak", "Barbaros Bulvarı"],
        cities=[
            ("Kadıköy/İstanbul", "347##"),
            ("Çankaya/Ankara", "06###"),
            ("Konak/İzmir", "35###"),
            ("Nilüfer/Bursa", "16###"),
        ],
        fmt=["{street} No: {no} D: {apt}, {post} {city}", "{street} No:{no}/{apt} {city}"],
    ),
    "ID": dict(
        streets=["Jl. Merdeka", "Jl. Sudirman", "Jl. Gatot Subroto", "Jl. Diponegoro", "Gg. Mawar"],
        cities=[
            ("Jakarta Selatan", "12###"),
            ("Bandung", "40###"),
            ("Surabaya", "60###"),
            ("Yogyakarta", "55###"),
            ("Medan", "20###"),
        ],
        fmt=[
            "{street} No. {no}, RT {rt}/RW {rw}, {city} {post}",
            "{street} No.{no}, {city} {post}",
        ],
    ),
    "VN": dict(
        streets=[
            "phố Huế",
            "đường Lê Lợi",
            "đường Nguyễn Trãi",
            "phố Kim Mã",
            "đường Trần Hưng Đạo",
        ],
        cities=[
            ("Hai Bà Trưng, Hà Nội", "100000"),
            ("Quận 1, TP. Hồ Chí Minh", "700000"),
            ("Hải Châu, Đà Nẵng", "550000"),
            ("Ba Đình, Hà Nội", "100000"),
        ],
        fmt=["Số {no} {street}, {city}", "{no}/{no2} {street}, {city}"],
    ),
    "KE": dict(
        streets=[
            "Ngong Road",
            "Moi Avenue",
            "Kenyatta Avenue",
            "Argwings Kodhek Road",
            "Kimathi Street",
        ],
        cities=[
            ("Nairobi", "00100"),
            ("Mombasa", "80100"),
            ("Kisumu", "40100"),
            ("Nakuru", "20100"),
        ],
        fmt=["House No. {no}, {street}, {city}", "{street}, Apt {apt}, {city} {post}"],
    ),
    "PH": dict(
        streets=[
            "Mabini St.",
            "Rizal Avenue",
            "Katipunan Avenue",
            "Aguinaldo Highway",
            "Sampaguita St.",
        ],
        cities=[
            ("Brgy. San Isidro, Quezon City", "11##"),
            ("Brgy. Poblacion, Makati City", "12##"),
            ("Brgy. Lahug, Cebu City", "6000"),
        ],
        fmt=["Blk {no2} Lot {apt}, {street}, {city} {post}", "{no} {street}, {city}, {post}"],
    ),
    "RU": dict(
        streets=["ул. Ленина", "ул. Гагарина", "пр-т Мира", "ул. Садовая", "ул. Пушкина"],
        cities=[
            ("Москва", "1#####"),
            ("Санкт-Петербург", "19####"),
            ("Новосибирск", "630###"),
            ("Казань", "420###"),
            ("Екатеринбург", "620###"),
        ],
        fmt=[
            "{street}, д. {no}, кв. {apt}, {city}, {post}",
            "{post}, г. {city}, {street}, д. {no}, кв. {apt}",
        ],
    ),
    "SA": dict(
        streets=["شارع الملك فهد", "شارع التحلية", "طريق الملك عبدالعزيز", "شارع الأمير سلطان"],
        cities=[("الرياض", "1####"), ("جدة", "2####"), ("الدمام", "3####")],
        fmt=["{street}، مبنى {no}{no2}، {city} {post}", "{city}، حي النخيل، {street}، مبنى {no}"],
    ),
    "JP": dict(
        streets=[""],
        cities=[
            ("東京都渋谷区神南", "150-00##"),
            ("大阪府大阪市北区梅田", "530-00##"),
            ("神奈川県横浜市中区山下町", "231-00##"),
            ("福岡県福岡市中央区天神", "810-00##"),
        ],
        fmt=["〒{post} {city}{ch}丁目{no2}-{apt}", "{city}{ch}-{no2}-{apt}"],
    ),
    "KR": dict(
        streets=["테헤란로", "해운대해변로", "판교역로", "강남대로"],
        cities=[
            ("서울특별시 강남구", "06###"),
            ("부산광역시 해운대구", "48###"),
            ("경기도 성남시 분당구", "13###"),
        ],
        fmt=["{city} {street} {no}, {apt}0{ch}호 ({post})", "{city} {street} {no}"],
    ),
    "CN": dict(
        streets=["建国路", "世纪大道", "科技园南路", "文三路"],
        cities=[
            ("北京市朝阳区", "1000##"),
            ("上海市浦东新区", "2001##"),
            ("广东省深圳市南山区", "5180##"),
            ("浙江省杭州市西湖区", "3100##"),
        ],
        fmt=["{city}{street}{no}号{ch}栋{apt}0{ch}室", "{city}{street}{no}号"],
    ),
}

# ---------------------------------------------------------------------------------------
# request framing
# ---------------------------------------------------------------------------------------

WRAPS = {
    ("en", "doc"): [
        ("Can you summarize this for me?\n\n", ""),
        ("Extract the action items from the following:\n\n", ""),
        ("", "\n\nRewrite the above in a more professional tone."),
        ("Translate to Spanish, keep the formatting:\n\n", ""),
        ('"""\n', '\n"""\nWhat are the key points?'),
        ("Classify this document (billing / technical / account / other):\n---\n", "\n---"),
    ],
    ("en", "tech"): [
        ("Why does this fail?\n\n```{fence}\n", ""),
        ("Can you review this?\n```{fence}\n", "\nThanks!"),
        ("Explain what this does, step by step:\n\n```{fence}\n", ""),
        ("", "\n\nhow do I fix this"),
        ("Convert this to TypeScript please\n```{fence}\n", ""),
    ],
    ("de", "doc"): [
        ("Fass bitte diese E-Mail kurz zusammen:\n\n", ""),
        ("Übersetze ins Englische:\n\n", ""),
        ("", "\n\nKannst du eine höfliche Antwort formulieren?"),
    ],
    ("fr", "doc"): [
        ("Peux-tu résumer ce message ?\n\n", ""),
        ("Traduis en anglais :\n\n", ""),
    ],
    ("es", "doc"): [("Resume este correo, por favor:\n\n", ""), ("Traduce al inglés:\n\n", "")],
    ("pt", "doc"): [("Pode resumir este texto?\n\n", ""), ("Traduza para o inglês:\n\n", "")],
    ("it", "doc"): [("Riassumi questa email:\n\n", "")],
    ("nl", "doc"): [("Vat deze mail samen:\n\n", "")],
    ("pl", "doc"): [("Streść proszę tę wiadomość:\n\n", "")],
    ("tr", "doc"): [("Bu metni özetler misin?\n\n", "")],
    ("id", "doc"): [("Tolong ringkas pesan ini:\n\n", "")],
    ("ru", "doc"): [("Переведи на английский:\n\n", ""), ("Кратко перескажи:\n\n", "")],
    ("ja", "doc"): [("以下を英語に翻訳してください。\n\n", "")],
    ("zh", "doc"): [("请把下面的内容翻译成英文：\n\n", "")],
    ("ko", "doc"): [("다음 내용을 요약해 주세요.\n\n", "")],
    ("vi", "doc"): [("Dịch sang tiếng Anh giúp mình:\n\n", "")],
}


# ---------------------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------------------

_T: list[dict] = []


def T(kind: str, lang: str, domain: str, text: str, **kw) -> None:
    wrap = {"doc": "doc", "tech": "tech"}.get(kind, "")
    _T.append(dict(kind=kind, lang=lang, domain=domain, text=text, wrap=kw.pop("wrap", wrap), **kw))


def templates() -> list[dict]:
    for i, t in enumerate(_T):
        t.setdefault("id", f"{t['lang']}-{t['kind']}-{i}")
    return _T


# ======================================================================================
# English: chat
# ======================================================================================

T(
    "chat",
    "en",
    "support",
    """
hi, my order <<order>> never arrived. my name is <<p1.lowerfull>> and the address on the account \
is <<addr>>. tracking says delivered but nothing here?? you can reach me at <<phone>>
""",
    cc="*",
)
T(
    "chat",
    "en",
    "banking",
    """
Hello, I need to update my salary account. New IBAN: <<iban>> (account holder <<p1>>). \
The old one at the same bank should be closed after the <<date>> payment. Can you draft the \
letter to HR for me?
""",
    cc="GB",
)
T(
    "chat",
    "en",
    "tax",
    """
I'm doing taxes for my mom <<p1.given>> — she has an ITIN (<<itin>>), not an SSN. Mine is \
<<ssn>>. She lives with me at <<addr>> all year. Can I claim her as a dependent on my 1040? \
She had about <<amount>> of income in April.
""",
    cc="US",
    sex={"p1": "f"},
    ages={"p1": (58, 88)},
)
T(
    "chat",
    "en",
    "crypto",
    """
sent 0.35 ETH from my wallet <<crypto:eth>> to <<crypto:eth>> like 3 hours ago and its still \
pending. tx hash 0x<<sha256>>. gas was 21000. my account email is <<p1.email>> if support needs it
""",
)
T(
    "chat",
    "en",
    "hr",
    """
Can you help me write a reference letter for <<p1>>? They worked on my team at <<company>> from \
2019 to 2023 as a data analyst, mostly SQL and Tableau. <<p1.given>> was great with stakeholders. \
Keep it under 200 words.
""",
)
T(
    "chat",
    "en",
    "moderation",
    """
report: user <<p1.handle>> keeps messaging me to move to whatsapp (<<phone:intl>>) and says his \
real name is <<p2.given>>. he sent a link to a "crypto investment" site. pls ban
""",
    cc="*",
    sex={"p1": "m", "p2": "m"},
)
T(
    "chat",
    "en",
    "travel",
    """
Booking for two adults: <<p1.caps>> and <<p2.caps>>, passports <<passport>> and <<passport>>, \
flight <<flight>> on <<date>>. We would like seats next to each other and one vegetarian meal.
""",
    cc="*",
)
T(
    "chat",
    "en",
    "medical",
    """
My father <<p1>> (DOB <<p1.dob>>) was prescribed metformin 500mg by Dr. <<p2.sur>> last week. \
He also takes lisinopril. Is it safe to keep drinking grapefruit juice? He's <<p1.age>>.
""",
    sex={"p1": "m"},
    ages={"p1": (55, 88)},
)
T(
    "chat",
    "en",
    "car_rental",
    """
renting a car in Lisbon next week. my <<usstate>> license is <<dl>> and it expires in <<year>>. \
do i need an international driving permit or is the US one fine? rental is with Sixt
""",
    cc="US",
)
T(
    "chat",
    "en",
    "gaming",
    """
my steam account got hacked, the guy changed the recovery email to <<p2.email>>. my old password \
was <<secret:pw>> (yes I know). my username is <<p1.login>> and I bought Elden Ring on it in \
<<year>>. how do I get it back
""",
)
T(
    "chat",
    "en",
    "real_estate",
    """
Draft a lease addendum: tenant <<p1>> moves from unit 3A to unit <<n:4:40>>B on <<date>>. Pet \
deposit <<amount>>. Landlord is <<p2>>, contact <<phone>>. Property: <<addr>>.
""",
    cc="*",
)
T(
    "chat",
    "en",
    "school",
    """
Write a short polite note to Ms. <<p1.sur>> saying my son <<p2.given>> will miss class on \
<<date>> for a dental appointment. Sign it from <<p3>>, and mention he'll catch up on the April \
reading list.
""",
    sex={"p1": "f", "p2": "m"},
    ages={"p2": (6, 12), "p3": (28, 50)},
)
T(
    "chat",
    "en",
    "legal",
    """
I got a cease-and-desist letter from <<company>>'s lawyer, <<p1.mid>>, about my Etsy shop name. \
They mailed it to <<addr>>, which is my home, not the business address. Is this legit and do I \
have to respond within 14 days?
""",
    cc="*",
)
T(
    "chat",
    "en",
    "devops",
    """
prod is down. ssh to <<ip:pub>> gives permission denied (publickey). I'm using user \
<<p1.login>> and the key in ~/.ssh/id_ed25519. Jenkins job #<<n:100:999>> failed at the same time. \
bastion is <<ip:priv>>
""",
)
T(
    "chat",
    "en",
    "support",
    """
whats the best way to share our wifi password with guests without reading it out? right now it's \
<<secret:wifi>> and the router is a TP-Link Archer AX55 (MAC <<mac>>)
""",
)
T(
    "chat",
    "en",
    "banking",
    """
There's a charge of <<amount>> on my card <<card>> from "APPLE.COM/BILL" that I don't recognize. \
Cardholder <<p1>>. How do I word a dispute to the bank? Order ref <<order>>.
""",
)
T(
    "chat",
    "en",
    "insurance",
    """
Need help filling the claim form for water damage. Policy <<policy>>, insured: <<p1.formal>>, \
date of birth <<p1.dob>>, email <<p1.email>>. The leak started on <<date>>, grace period ends \
Friday.
""",
)
T(
    "chat",
    "en",
    "personal",
    """
help me reply to this text, keep it friendly: "hey <<p1.lower>>!! can u send me ur address again? \
need it for the wedding invites 💌 also is <<p2.lower>> coming?"
""",
    ages={"p1": (20, 40), "p2": (20, 40)},
)
T(
    "chat",
    "en",
    "recruiting",
    """
Compare these two candidates for the backend role: <<p1>> (8 yrs Go, ex-<<company>>) vs <<p2>> \
(5 yrs Rust, some Kubernetes). GitHub: <<p1.handle>> and <<p2.handle>>. Who should go to the \
onsite?
""",
)
T(
    "chat",
    "en",
    "translation",
    """
Translate into German, formal register: "My name is <<p1>>, I was born on <<p1.dob>> in \
<<city>>. My passport number is <<passport>> and I can be reached at <<p1.email>>."
""",
    cc="*",
)
T(
    "chat",
    "en",
    "kyc",
    """
the app keeps rejecting my ID. I uploaded my passport (<<passport>>) and a utility bill for \
<<addr>> but it says name mismatch. passport says <<p1.caps>> but the bill says <<p1.init>>. \
what do i do
""",
    cc="*",
)
T(
    "chat",
    "en",
    "hr",
    """
Summarize why <<p1.given>> <<p1.sur>> should get the promotion: led the Julia-to-Python migration, \
mentored <<p2.given>> and <<p3.given>>, cut AWS spend by <<pct>>. Will that be enough for \
the committee?
""",
)

# ======================================================================================
# English: turns
# ======================================================================================

T(
    "turns",
    "en",
    "banking",
    """
User: I can't log in to online banking since yesterday
~~~
Assistant: Sorry to hear that! To help, could you tell me which error you see? Please don't \
share your password.
~~~
User: "account locked". name is <<p1>>, last thing I did was a transfer to <<iban>> for rent
~~~
Assistant: Thanks, <<p1.given>>. Locked accounts can only be reset by the bank. Call the number \
on the back of your card and mention the transfer on <<date>>.
""",
    cc="DE",
)
T(
    "turns",
    "en",
    "travel",
    """
User: need help with online check-in for booking <<pnr>>, it says passport invalid
~~~
Assistant: Let's check. Which passport number and expiry date did you enter?
~~~
User: <<passport>>, expiry <<date>>. the name on it is <<p1.caps>>
~~~
Assistant: The booking shows the name as <<p1.surcaps>>/<<p1.givencaps>> MR. If the passport \
data matches, try entering the number without spaces; otherwise the airline desk can fix it.
""",
    cc="*",
)
T(
    "turns",
    "en",
    "devops",
    """
User: our alerting fired at <<ts>>, can you read this?
```
<<ts:log>> WARN auth: 23 failed logins for <<p1.login>> from <<ip=a>>
<<ts:log>> WARN auth: 41 failed logins for admin from <<ip=a>>
<<ts:log>> INFO auth: login ok for <<p2.login>> from <<ip:priv>>
```
~~~
Assistant: Looks like a brute-force attempt from <<ip=a>> against two accounts. Block the \
address at the WAF and force a password reset for <<p1.login>>.
~~~
User: done, thanks. should I tell <<p1.given>>?
~~~
Assistant: Yes - let them know, and enable MFA for the account.
""",
)
T(
    "turns",
    "en",
    "hr",
    """
User: write an offer letter for <<p1>>, start date <<date>>, base salary <<amount>> per month, \
title Senior Data Engineer
~~~
Assistant: Dear <<p1.given>>,

We are delighted to offer you the position of Senior Data Engineer at <<company>>, starting \
<<date>>...
~~~
User: good. add that their manager is <<p2>> and HR contact is <<p3.wemail>>
""",
)
T(
    "turns",
    "en",
    "crypto",
    """
User: my withdrawal has been "processing" for 2 days
~~~
Assistant: I'm sorry for the wait. Could you share the withdrawal ID and the destination address?
~~~
User: id <<uuid>>, address <<crypto>>. registered phone is <<phone>> if you need to verify
~~~
Assistant: Thanks. The network shows the transaction unconfirmed; it usually clears within 24h.
""",
    cc="*",
)
T(
    "turns",
    "en",
    "code_review",
    """
User: why do I get 401 from the API?
```
curl -s https://api.quartzbyte.dev/v1/reports -H "Authorization: Bearer <<secret:jwt>>"
```
~~~
Assistant: The token may have expired. Also, avoid pasting live tokens in chats - rotate it now.
~~~
User: ok rotated. new one is <<secret:openai>> , still 401 though
""",
)
T(
    "turns",
    "en",
    "medical",
    """
User: I'm a nurse writing a handover note. Patient <<p1.formal>>, DOB <<p1.dob>>, room 12B, \
admitted <<date>> with pneumonia. Can you make it SBAR format?
~~~
Assistant: Sure. S: <<p1.full>>, admitted with community-acquired pneumonia...
~~~
User: add that the daughter <<p2.given>> is the contact, <<phone>>
""",
    sex={"p2": "f"},
    ages={"p1": (55, 92)},
)
T(
    "turns",
    "en",
    "dating",
    """
User: is this profile a scam? "hi dear, I'm <<p1.given>>, an engineer on an oil rig. add me on \
telegram <<p1.handle>>"
~~~
Assistant: Several red flags: moving off-platform quickly and a remote job are common romance-scam \
patterns.
~~~
User: he already asked me to send gift cards to <<addr>>
""",
    cc="*",
    sex={"p1": "m"},
)

# ======================================================================================
# English: documents
# ======================================================================================

T(
    "doc",
    "en",
    "support",
    """
From: <<p1>> <<<p1.email>>>
To: support@<<cdomain>>
Subject: Re: Ticket <<ticket>> - refund still missing

Hi team,

It's been three weeks since <<p2.given>> from your billing team promised the refund of <<amount>>. \
Please call me on <<phone>> or write back here.

Thanks,
<<p1.given>>
""",
    cc="*",
)
T(
    "doc",
    "en",
    "meeting",
    """
# Weekly sync - <<date>>

Attendees: <<p1>>, <<p2>>, <<p3.init>> (Jenkins pipeline owner - absent)

## Notes
- <<p1.given>> walked through the Q3 churn numbers (<<pct>>).
- Ruby upgrade to <<ver>> blocked on the payments gem.

## Action items
- [ ] <<p2.given>>: send the vendor contract to <<p4.wemail>>
- [ ] <<p3.sur>>: fix flaky test in ci/nightly
""",
)
T(
    "doc",
    "en",
    "kyc",
    """
CUSTOMER ONBOARDING FORM
Full name: <<p1.caps>>
Date of birth: <<p1.dob>>
Nationality: <<?Nigerian|British|Indian|Canadian|Irish>>
Passport No.: <<passport>>
Residential address: <<addr>>
Mobile: <<phone:intl>>
Source of funds: salary
Signed: <<p1.init>>        Date: <<date>>
""",
    cc="*",
    ocr=True,
)
T(
    "doc",
    "en",
    "recruiting",
    """
<<p1.caps>>
<<addr>> | <<phone>> | <<p1.email>> | <<url:linkedin>>

EXPERIENCE
Senior Backend Engineer, <<company>> (2020 - present)
- Migrated 40 services from Jenkins to GitHub Actions
- Mentored 4 engineers

EDUCATION
B.Sc. Computer Science, University of <<city>>

References available on request (<<p2>>, <<p2.wemail>>).
""",
    cc="*",
)
T(
    "doc",
    "en",
    "traffic",
    """
NOTICE OF INTENDED PROSECUTION
Vehicle registration: <<plate>>
Date of offence: <<date>>   Time: <<time>>
Location: A38 southbound, camera 0417
Recorded speed: 47 mph in a 30 mph limit

Registered keeper: <<p1.caps>>
Address: <<addr>>
Driving licence number: <<dl>>

You must identify the driver within 28 days.
""",
    cc="GB",
)
T(
    "doc",
    "en",
    "traffic",
    """
STATE OF <<usstate>> - UNIFORM TRAFFIC CITATION  No. <<n:1000000:9999999>>
DRIVER: <<p1.formal>>    DOB: <<p1.dob:us>>
LICENSE NO: <<dl>>   CLASS: D
ADDRESS: <<addr>>
VIOLATION: failure to stop at red signal   FINE: <<amount>>
OFFICER BADGE #<<n:100:9999>>
""",
    cc="US",
    ocr=True,
    ml=True,
)
T(
    "doc",
    "en",
    "medical",
    """
DISCHARGE SUMMARY
Patient: <<p1>>        MRN: <<member>>
DOB: <<p1.dob>>        Admitted: <<date>>
Address: <<addr>>
Attending: Dr. <<p2.init>>

Diagnosis: Hodgkin lymphoma, stage II. Parkinson's disease (history).
Follow-up with oncology in 2 weeks. Emergency contact: <<p3>> (spouse), <<phone>>.
""",
    cc="*",
)
T(
    "doc",
    "en",
    "school",
    """
Student enrollment - Maple Grove Elementary
Student name: <<p1>>
Date of birth: <<p1.dob>>
Grade: 3
Parent/guardian 1: <<p2>>  phone <<phone>>  email <<p2.email>>
Parent/guardian 2: <<p3>>
Home address: <<addr>>
Allergies: peanuts
""",
    cc="*",
    ages={"p1": (7, 9), "p2": (28, 50), "p3": (28, 50)},
)
T(
    "doc",
    "en",
    "data_export",
    """
customer_id,first_name,last_name,email,phone,city,signup_date
<<n:10000:99999>>,<<p1.given>>,<<p1.sur>>,<<p1.email>>,<<phone>>,<<city>>,<<date:iso>>
<<n:10000:99999>>,<<p2.given>>,<<p2.sur>>,<<p2.email>>,<<phone>>,<<city>>,<<date:iso>>
<<n:10000:99999>>,<<p3.given>>,<<p3.sur>>,<<p3.email>>,,<<city>>,<<date:iso>>
""",
    cc="*",
)
T(
    "doc",
    "en",
    "data_export",
    """
[
  {"id": "<<uuid>>", "name": "<<p1>>", "email": "<<p1.email>>", "dob": "<<p1.dob:iso>>",
   "plan": "pro", "last_login_ip": "<<ip>>"},
  {"id": "<<uuid>>", "name": "<<p2>>", "email": "<<p2.email>>", "dob": "<<p2.dob:iso>>",
   "plan": "free", "last_login_ip": "<<ip6>>"}
]
""",
)
T(
    "doc",
    "en",
    "hr",
    """
| Name | Role | Desk phone | Manager |
|------|------|-----------|---------|
| <<p1>> | Staff Engineer | <<phone>> | <<p3.init>> |
| <<p2>> | Product Designer | <<phone>> | <<p3.init>> |
| <<p3>> | Director, Platform | <<phone>> | - |
""",
    cc="*",
)
T(
    "doc",
    "en",
    "banking",
    """
<PaymentInstruction>
  <Debtor><Nm><<p1.caps>></Nm><IBAN><<iban>></IBAN></Debtor>
  <Creditor><Nm><<company>></Nm></Creditor>
  <Amount Ccy="EUR"><<n:10:9000>>.00</Amount>
  <EndToEndId><<order>></EndToEndId>
  <RemittanceInfo>Invoice <<invoice>></RemittanceInfo>
</PaymentInstruction>
""",
    cc="NL",
)
T(
    "doc",
    "en",
    "devops",
    """
oncall:
  primary:
    name: <<p1>>
    phone: "<<phone:intl>>"
    slack: "<<p1.handle>>"
  secondary:
    name: <<p2>>
    phone: "<<phone:intl>>"
  escalation: platform-leads
  rotation_start: <<date:iso>>
""",
    cc="*",
    wrap="tech",
    fence="yaml",
)
T(
    "doc",
    "en",
    "sms",
    """
[<<date:slash=d>>, 09:14:22] <<p1.given>>: hey are we still on for friday
[<<date:slash=d>>, 09:15:03] <<p2.given>>: yes! my new number is <<phone>> btw
[<<date:slash=d>>, 09:15:40] <<p1.given>>: saved. send me the address?
[<<date:slash=d>>, 09:16:12] <<p2.given>>: <<addr>>, ring the bell twice
""",
    cc="*",
)
T(
    "doc",
    "en",
    "legal",
    """
WITNESS STATEMENT

I, <<p1.mid>>, of <<addr>>, make this statement believing it to be true.

On <<date>> at approximately <<time>> I saw a grey Ford Focus (<<plate>>) reverse into a parked \
van. The driver, whom I later learned was <<p2>>, got out and spoke to <<p3.given>>.

Signed: <<p1.init>>
""",
    cc="GB",
)
T(
    "doc",
    "en",
    "tax",
    """
Form W-9 (Rev. March 2024) - Request for Taxpayer Identification Number
1 Name: <<p1>>
3 Federal tax classification: Individual/sole proprietor
5 Address: <<addr>>
Part I  Social security number: <<ssn>>
Certification signed <<date>>
""",
    cc="US",
    ocr=True,
)
T(
    "doc",
    "en",
    "tax",
    """
Hi <<p1.given>>,

For your 2024 return we still need: (1) your spouse's ITIN letter - we have <<itin>> on file, \
please confirm; (2) the 1099-NEC from <<company>>; (3) your SSN card copy (we have <<ssn>>).

Best,
<<p2>>, EA
""",
    cc="US",
)
T(
    "doc",
    "en",
    "support",
    """
Ticket <<ticket>> | Priority: High | Channel: chat
Customer: <<p1.formal>> (<<p1.email>>)
Summary: card <<card>> declined 3x at checkout, customer says funds available.
Agent notes: asked customer to retry with 3DS. Customer's IP <<ip>> flagged by fraud rules.
""",
)
T(
    "doc",
    "en",
    "travel",
    """
PASSPORT DATA PAGE (scan)
Type P   Code <<iso3>>
Surname / Nom  <<p1.surcaps>>
Given names / Prénoms  <<p1.givencaps>>
Date of birth  <<p1.dob>>
Passport No.  <<passport=pp>>

<<mrz>>
""",
    cc="*",
    ocr=True,
)
T(
    "doc",
    "en",
    "banking",
    """
WIRE TRANSFER CONFIRMATION
Reference: <<order>>
Value date: <<date>>
Ordering customer: <<p1>>, <<addr>>
Beneficiary: <<p2>>
Beneficiary IBAN: <<iban>>
Amount: <<amount>>
Purpose: family support
""",
    cc="DE",
)
T(
    "doc",
    "en",
    "moderation",
    """
Moderation report #<<n:1000:99999>>
Reported user: <<p1.login>> (display name "<<p1.nick>>")
Reporter: <<p2.handle>>
Reason: doxxing - posted another member's home address (<<addr>>) and phone (<<phone>>)
Account IPs: <<ip>>, <<ip6>>
Action: permanent ban, content removed
""",
    cc="*",
)
T(
    "doc",
    "en",
    "insurance",
    """
FIRST NOTICE OF LOSS
Policy number: <<policy>>
Policyholder: <<p1.capsformal>>
Date of birth: <<p1.dob>>
Driver's licence: <<dl>>
Incident date: <<date>>
Description: rear-ended at a stop light on I-35. Other driver: <<p2>>, insurer Geico.
""",
    cc="US",
)
T(
    "doc",
    "en",
    "hr",
    """
Performance review - H1 <<year>>
Employee: <<p1>>
Reviewer: <<p2.init>>

<<p1.given>> exceeded expectations on the Kafka migration and onboarded two juniors \
(<<p3.given>> and <<p4.given>>). Growth area: writing design docs earlier. Rating: 4/5.
""",
)
T(
    "doc",
    "en",
    "real_estate",
    """
RESIDENTIAL TENANCY AGREEMENT (extract)
Landlord: <<p1>>
Tenant(s): <<p2>> and <<p3>>
Premises: <<addr>>
Term: 12 months commencing <<date>>
Rent: <<amount>> per calendar month, payable to account <<iban>>
""",
    cc="GB",
)

# ======================================================================================
# English: tech
# ======================================================================================

T(
    "tech",
    "en",
    "code",
    """
# settings/production.py
DEBUG = False
ALLOWED_HOSTS = ["<<cdomain>>"]
SECRET_KEY = "<<secret:b64>>"
ADMINS = [("<<p1>>", "<<p1.wemail>>")]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "<<ip:priv>>",
        "USER": "app",
        "PASSWORD": "<<secret:pw>>",
        "PORT": <<port>>,
    }
}
""",
    fence="python",
)
T(
    "tech",
    "en",
    "config",
    """
# .env (do not commit!)
OPENAI_API_KEY=<<secret:openai>>
STRIPE_SECRET_KEY=<<secret:stripe>>
SENDGRID_API_KEY=<<secret:sendgrid>>
SENTRY_DSN=https://<<hex8>>@o12345.ingest.sentry.io/67890
ADMIN_EMAIL=<<p1.email>>
APP_VERSION=<<ver>>
""",
    fence="bash",
)
T(
    "tech",
    "en",
    "config",
    """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: orders
      POSTGRES_PASSWORD: <<secret:pw>>
    ports:
      - "<<port>>:5432"
  api:
    image: ghcr.io/quartzbyte/api:<<ver>>
    environment:
      DATABASE_URL: postgresql://orders:<<secret:pw=dbpw>>@db:5432/orders
      REDIS_URL: redis://cache:6379/0
""",
    fence="yaml",
)
T(
    "tech",
    "en",
    "stacktrace",
    """
Traceback (most recent call last):
  File "/srv/app/billing/charge.py", line 88, in charge_customer
    resp = gateway.charge(card_number=card, amount=total)
  File "/srv/app/.venv/lib/python3.11/site-packages/payfast/client.py", line 212, in charge
    raise CardDeclined(f"declined for {customer.email}: {card_number}")
payfast.errors.CardDeclined: declined for <<p1.email>>: <<card>>
request_id=<<uuid>> client_ip=<<ip>>
""",
    fence="text",
)
T(
    "tech",
    "en",
    "logs",
    """
<<ip=c1>> - - [<<ts:clf>>] "GET /api/v2/users?email=<<p1.email>> HTTP/1.1" 200 512 "-" "Mozilla/5.0"
<<ip=c1>> - - [<<ts:clf>>] "POST /api/v2/login HTTP/1.1" 401 87 "-" "Mozilla/5.0"
<<ip>> - - [<<ts:clf>>] "GET /static/app.<<hex8>>.js HTTP/1.1" 304 0 "-" "curl/8.4.0"
127.0.0.1 - - [<<ts:clf>>] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
""",
    fence="text",
)
T(
    "tech",
    "en",
    "git",
    """
commit <<sha>>
Author: <<p1>> <<<p1.email>>>
Date:   <<ts>>

    fix(payments): retry idempotent charges on 502

commit <<sha>>
Author: <<p2>> <<<p2.wemail>>>
Date:   <<ts>>

    chore: bump jenkins-shared-lib to <<ver>>
    Co-authored-by: <<p3>> <<<p3.email>>>
""",
    fence="text",
)
T(
    "tech",
    "en",
    "sql",
    """
INSERT INTO customers (id, full_name, email, phone, date_of_birth, created_at) VALUES
  (<<n:1000:9999>>, '<<p1>>', '<<p1.email>>', '<<phone>>', '<<p1.dob:iso>>', '<<ts>>'),
  (<<n:1000:9999>>, '<<p2>>', '<<p2.email>>', NULL, '<<p2.dob:iso>>', '<<ts>>');
-- TODO(<<p3.login>>): backfill phone for legacy rows
""",
    cc="*",
    fence="sql",
)
T(
    "tech",
    "en",
    "config",
    """
apiVersion: v1
kind: Secret
metadata:
  name: payments-api
  namespace: prod
  annotations:
    owner: <<p1.wemail>>
type: Opaque
data:
  DB_PASSWORD: <<secret:b64>>
stringData:
  STRIPE_KEY: <<secret:stripe>>
""",
    fence="yaml",
)
T(
    "tech",
    "en",
    "shell",
    """
$ curl -X POST https://api.brightpath.io/v1/contacts \\
    -H "Authorization: Bearer <<secret:opaque>>" \\
    -H "Content-Type: application/json" \\
    -d '{"name": "<<p1>>", "email": "<<p1.email>>", "phone": "<<phone:intl>>"}'
{"error": "duplicate contact", "id": "<<uuid>>"}
""",
    cc="*",
    fence="bash",
)
T(
    "tech",
    "en",
    "config",
    """
provider "aws" {
  region     = "eu-central-1"
  access_key = "<<secret:aws_id>>"
  secret_key = "<<secret:aws_secret>>"
}

resource "aws_s3_bucket" "reports" {
  bucket = "kestrel-reports-<<hex8>>"
  tags = { owner = "<<p1.login>>", cost_center = "4711" }
}
""",
    fence="hcl",
)
T(
    "tech",
    "en",
    "code",
    """
/**
 * Parses partner CSV files.
 * @author <<p1>>
 * @since <<ver>>
 */
public class PartnerCsvParser {
    // FIXME(<<p2.login>>): the Julia exporter writes a BOM, handle it
    private static final String SFTP_PASSWORD = "<<secret:pw>>";
    private static final int MAX_ROWS = <<n:1000:50000>>;
}
""",
    fence="java",
)
T(
    "tech",
    "en",
    "code",
    """
def test_create_user(client):
    payload = {
        "name": "<<p1>>",
        "email": "<<p1.email>>",
        "ssn": "<<ssn>>",
        "address": "<<addr>>",
    }
    r = client.post("/users", json=payload)
    assert r.status_code == 201
""",
    cc="US",
    fence="python",
)
T(
    "tech",
    "en",
    "network",
    """
# DHCP leases, office LAN
lease <<ip:priv>> {
  starts 2 <<ts>>;
  hardware ethernet <<mac>>;
  client-hostname "<<p1.given>>-MacBook-Pro";
}
lease <<ip:priv>> {
  hardware ethernet <<mac>>;
  client-hostname "printer-3rd-floor";
}
""",
    fence="text",
)
T(
    "tech",
    "en",
    "shell",
    """
deploy@bastion:~$ export GITHUB_TOKEN=<<secret:gh>>
deploy@bastion:~$ psql "postgresql://reporting:<<secret:pw>>@<<ip:priv>>:5432/analytics" -c "select count(*) from events"
 count
--------
 <<n:10000:999999>>
deploy@bastion:~$ ssh <<p1.login>>@<<ip>>
""",
    fence="bash",
)
T(
    "tech",
    "en",
    "stacktrace",
    """
java.lang.IllegalStateException: Duplicate key <<p1.email>> (attempted merging values \
Customer[name=<<p1>>] and Customer[name=<<p1.typo>>])
    at java.base/java.util.stream.Collectors.duplicateKeyException(Collectors.java:135)
    at com.orbitpay.crm.CustomerIndex.build(CustomerIndex.java:57)
    at com.orbitpay.crm.SyncJob.run(SyncJob.java:112)
""",
    fence="text",
)
T(
    "tech",
    "en",
    "logs",
    """
{"level":"info","ts":"<<ts>>","msg":"user_created","user_id":"<<uuid>>","email":"<<p1.email>>",\
"phone":"<<phone:intl>>","ip":"<<ip>>","plan":"trial"}
{"level":"warn","ts":"<<ts>>","msg":"slow query","duration_ms":<<ms>>,"table":"orders"}
{"level":"info","ts":"<<ts>>","msg":"password_reset_requested","user_id":"<<uuid>>",\
"reset_link":"<<url:reset>>"}
""",
    cc="*",
    fence="json",
)
T(
    "tech",
    "en",
    "config",
    """
{
  "type": "service_account",
  "project_id": "helios-analytics-prod",
  "private_key_id": "<<sha>>",
  "private_key": "<<secret:pem_esc>>",
  "client_email": "etl-runner@helios-analytics-prod.iam.gserviceaccount.com",
  "client_id": "<<n:100000000000:999999999999>>"
}
""",
    fence="json",
)
T(
    "tech",
    "en",
    "data",
    """
>>> df[["name", "phone", "city", "ltv"]].head(3)
                 name            phone        city      ltv
0  <<p1>>  <<phone>>  <<city>>   <<n:10:999>>.5
1  <<p2>>  <<phone>>  <<city>>   <<n:10:999>>.0
2  <<p3>>  <<phone>>  <<city>>   <<n:10:999>>.2
""",
    cc="*",
    fence="python",
)
T(
    "tech",
    "en",
    "logs",
    """
<<ts:log>> sshd[<<pid>>]: Failed password for invalid user <<p1.login>> from <<ip=x>> port <<n:30000:65000>> ssh2
<<ts:log>> sshd[<<pid>>]: Failed password for root from <<ip=x>> port <<n:30000:65000>> ssh2
<<ts:log>> sshd[<<pid>>]: Accepted publickey for <<p2.login>> from <<ip6>> port <<n:30000:65000>> ssh2
""",
    fence="text",
)
T(
    "tech",
    "en",
    "observability",
    """
{
  "event_id": "<<hex8>><<hex8>><<hex8>><<hex8>>",
  "level": "error",
  "exception": {"type": "KeyError", "value": "'billing_address'"},
  "user": {"id": "<<n:1000:999999>>", "username": "<<p1.login>>", "email": "<<p1.email>>",
           "ip_address": "<<ip>>"},
  "release": "web@<<ver>>",
  "tags": {"browser": "Chrome 124", "os": "Windows 10.0.19045"}
}
""",
    fence="json",
)
T(
    "tech",
    "en",
    "config",
    """
# ~/.npmrc
//registry.npmjs.org/:_authToken=<<secret:npm>>
# ~/.pypirc
[pypi]
username = __token__
password = <<secret:pypi>>
""",
    fence="ini",
)
T(
    "tech",
    "en",
    "http",
    """
POST /account/settings HTTP/2
Host: app.brightpath.io
Cookie: session_id=<<secret:cookie>>; theme=dark; locale=en-US
Authorization: Basic <<secret:basic>>
Content-Type: application/x-www-form-urlencoded

display_name=<<p1.given>>&phone=<<phone>>&newsletter=1
""",
    cc="*",
    fence="http",
)
T(
    "tech",
    "en",
    "shell",
    """
#!/bin/bash
# nightly backup - maintained by <<p1>> (ping <<p1.handle>> on Slack)
mysqldump -h <<ip:priv>> -u backup -p'<<secret:pw>>' --all-databases | gzip > /backup/db-$(date +%F).sql.gz
aws s3 cp /backup/ s3://helios-backups/ --recursive
curl -X POST -d '{"text":"backup done"}' <<url:slack>>
""",
    fence="bash",
)
T(
    "tech",
    "en",
    "network",
    """
Router# show arp
Protocol  Address          Age (min)  Hardware Addr   Type   Interface
Internet  <<ip:priv>>         12   <<mac>>  ARPA   Vlan10
Internet  <<ip:priv>>          3   <<mac>>  ARPA   Vlan10
Internet  <<ip:pub>>          -   <<mac>>  ARPA   Gi0/0
""",
    fence="text",
)
T(
    "tech",
    "en",
    "git",
    """
diff --git a/config/mailer.yml b/config/mailer.yml
@@ -3,6 +3,8 @@ production:
   smtp_host: smtp.sendgrid.net
   smtp_port: 587
-  smtp_password: ${SMTP_PASSWORD}
+  smtp_password: <<secret:sendgrid>>
+  # temp, revert after testing - <<p1.initials>>
+  test_recipient: <<p1.email>>
""",
    fence="diff",
)
T(
    "tech",
    "en",
    "code",
    """
// utils/crypto.ts - donation widget
export const DONATION_ADDRESSES = {
  btc: "<<crypto:bech32>>",
  btcLegacy: "<<crypto:p2pkh>>",
  eth: "<<crypto:eth>>",
};
// wallet owner: <<p1>> <<<p1.email>>>
export const ETHERSCAN_KEY = "<<secret:hex32>>";
""",
    fence="typescript",
)
T(
    "tech",
    "en",
    "config",
    """
# GitLab CI - deploy job
deploy:
  stage: deploy
  script:
    - git clone <<url:basic>>
    - ./deploy.sh --env prod --notify <<p1.wemail>>
  variables:
    HF_TOKEN: <<secret:hf>>
    GITLAB_TOKEN: <<secret:gitlab>>
""",
    fence="yaml",
)
T(
    "tech",
    "en",
    "data",
    """
-- dbt model: stg_patients.sql (sample rows from the seed file)
-- patient_id | full_name | dob | insurer_member_id | street
-- <<n:100:999>> | <<p1>> | <<p1.dob:iso>> | <<member>> | <<addr>>
-- <<n:100:999>> | <<p2>> | <<p2.dob:iso>> | <<member>> | <<addr>>
select * from {{ source('ehr', 'patients') }} where dob is not null
""",
    cc="US",
    fence="sql",
)

# ======================================================================================
# English: clean (look-alikes only)
# ======================================================================================

T(
    "clean",
    "en",
    "devops",
    """
Our Jenkins pipeline fails on the "Build" stage since we bumped Gradle to <<ver>>. Error:
`Could not resolve com.android.tools.build:gradle:8.4.0`. The agent runs on 0.0.0.0:<<port>>, \
build #<<n:100:9999>>, commit <<sha7>>. Any idea? We also run a Ruby 3.3 job on the same node.
""",
    wrap="tech",
    fence="text",
)
T(
    "clean",
    "en",
    "code",
    """
import os

# Configure via environment variables; see .env.example
API_KEY = os.environ["API_KEY"]          # e.g. <your-api-key>
DB_URL = os.getenv("DATABASE_URL", "postgresql://user:password@localhost:5432/app")
SUPPORT_EMAIL = "support@example.com"    # placeholder used in the docs
TIMEOUT_S = <<n:5:60>>
""",
    wrap="tech",
    fence="python",
)
T(
    "clean",
    "en",
    "docs",
    """
## Configuration

Copy `.env.example` to `.env` and fill in:

| Variable | Example | Notes |
|----------|---------|-------|
| `AWS_ACCESS_KEY_ID` | `AKIAIOSFODNN7EXAMPLE` | documentation example key |
| `ADMIN_EMAIL` | `admin@example.org` | placeholder |
| `SMTP_PASSWORD` | `***` | never commit real values |
| `PORT` | `<<port>>` | |
""",
    wrap="doc",
)
T(
    "clean",
    "en",
    "chat",
    """
Is Julia actually faster than Python with NumPy for ODE solving? I tried DifferentialEquations.jl \
v<<ver>> and it took <<ms>> ms vs about 2s in SciPy. Also should I learn Ruby or Go next?
""",
)
T(
    "clean",
    "en",
    "insurance",
    """
What does a "grace period" mean on my health insurance? The premium was due April 1 and the \
letter says coverage continues until <<date>> if I pay by then. Policy type is Bronze HMO.
""",
)
T(
    "clean",
    "en",
    "stacktrace",
    """
Traceback (most recent call last):
  File "/usr/lib/python3.11/asyncio/runners.py", line 190, in run
    return runner.run(main)
  File "/srv/worker/main.py", line <<n:10:400>>, in consume
    msg = await queue.get(timeout=30)
TimeoutError: no message within 30s (queue=orders-v2, consumer=<<uuid>>)
Connection to 127.0.0.1:<<port>> closed.
""",
    wrap="tech",
    fence="text",
)
T(
    "clean",
    "en",
    "meeting",
    """
Retro notes, sprint <<n:10:90>>
- What went well: release <<ver>> shipped on <<date>>, p95 latency down <<pct>>
- What didn't: the on-call handover doc was outdated; the Grace period feature flag was left on
- Actions: PM to update roadmap; Eng lead to schedule a postmortem for <<jira>>
""",
    wrap="doc",
)
T(
    "clean",
    "en",
    "support",
    """
Hello, I ordered the Dell XPS 13 (order <<order>>) on <<date>> and the tracking number \
<<tracking>> hasn't updated in 5 days. The invoice is <<invoice>> for <<amount>>. Can you check?
""",
)
T(
    "clean",
    "en",
    "science",
    """
Explain the difference between Newton's method and the Gauss-Seidel iteration, and when \
Dijkstra's algorithm beats Bellman-Ford. Bonus: what did Ada Lovelace's notes on the Analytical \
Engine actually contain?
""",
)
T(
    "clean",
    "en",
    "sql",
    """
CREATE TABLE customers (
    id          BIGSERIAL PRIMARY KEY,
    full_name   TEXT NOT NULL,
    email       TEXT UNIQUE,
    phone       TEXT,
    ssn_last4   CHAR(4),
    created_at  TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX idx_customers_email ON customers (lower(email));
""",
    wrap="tech",
    fence="sql",
)
T(
    "clean",
    "en",
    "regex",
    """
I need a regex that validates US phone numbers like "+1 (XXX) XXX-XXXX" and rejects SSN-shaped \
strings such as the well-known sample 123-45-6789. Test strings: "(000) 000-0000", \
"call me maybe", "4.2.0.17".
""",
)
T(
    "clean",
    "en",
    "logs",
    """
<<ts:log>> INFO  [main] Starting Tomcat v<<ver>> on port <<port>>
<<ts:log>> INFO  [main] Loaded 1,204 rules from /etc/app/rules.yaml (sha256:<<sha256>>)
<<ts:log>> WARN  [pool-3] Retrying job <<uuid>> (attempt 2/5)
<<ts:log>> INFO  [main] Listening on 0.0.0.0:<<port>> and [::1]:<<port>>
""",
    wrap="tech",
    fence="text",
)
T(
    "clean",
    "en",
    "config",
    """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: checkout
          image: registry.quartzbyte.dev/checkout@sha256:<<sha256>>
          env:
            - name: STRIPE_KEY
              valueFrom:
                secretKeyRef: {name: stripe, key: api-key}
""",
    wrap="tech",
    fence="yaml",
)
T(
    "clean",
    "en",
    "newsletter",
    """
Hi there,

Your <<company>> subscription renews on <<date>>. Nothing to do if you want to keep it. To manage \
billing, visit https://www.orbitpay.com.br/account/billing or reply to this email.

Cheers,
The OrbitPay team
""",
    wrap="doc",
)
T(
    "clean",
    "en",
    "travel",
    """
Itinerary check: flight <<flight>> departs 07:40 from Terminal 2, connection <<flight>> in Doha, \
booking reference <<pnr>>. Is a 55-minute layover enough at Hamad? Seat 32A.
""",
)
T(
    "clean",
    "en",
    "data",
    """
date,region,orders,revenue,avg_basket
<<date:iso>>,EMEA,<<n:100:9999>>,<<n:1000:99999>>.00,<<n:10:200>>.5
<<date:iso>>,APAC,<<n:100:9999>>,<<n:1000:99999>>.00,<<n:10:200>>.1
<<date:iso>>,AMER,<<n:100:9999>>,<<n:1000:99999>>.00,<<n:10:200>>.9
""",
    wrap="doc",
)
T(
    "clean",
    "en",
    "chat",
    """
what's the difference between Ruby on Rails and Django for a small SaaS? also is "Will" in \
"Will it scale" a trick question lol. budget is <<amount>>/month for hosting
""",
)
T(
    "clean",
    "en",
    "git",
    """
$ git log --oneline -5
<<sha7>> (HEAD -> main) Merge pull request #<<n:100:999>> from dependabot/maven/jenkins-bom-<<ver>>
<<sha7>> Bump jenkins-plugin-bom from <<ver>> to <<ver>>
<<sha7>> fix: handle April 31 in the date parser
<<sha7>> docs: link to https://github.com/jenkinsci/bom/releases
<<sha7>> ci: pin ruby to 3.3.<<n:0:5>>
""",
    wrap="tech",
    fence="text",
)
T(
    "clean",
    "en",
    "devops",
    """
Incident <<jira>> postmortem: at <<ts>> the load balancer health checks to 10.0.0.0/8 \
targets failed after a config push (rev <<sha7>>). Root cause: Windows build 10.0.19045 agents \
cached the old cert. Mitigation took <<n:12:90>> minutes.
""",
    wrap="doc",
)
T(
    "clean",
    "en",
    "geo",
    """
Plot these sensor locations on a map: station A at <<coord>>, station B at <<coord>>. Readings \
are in ppm, sampled every 15 min since <<date>>. Which interpolation would you use - kriging or IDW?
""",
)
T(
    "clean",
    "en",
    "finance",
    """
Quarterly summary: revenue <<amount>>, churn <<pct>>, CAC payback 14 months. Invoice <<invoice>> \
from Morgan Stanley is still open; Wells Fargo wire ref <<order>> settled on <<date>>.
""",
    wrap="doc",
)
T(
    "clean",
    "en",
    "crypto",
    """
Can you explain how EIP-55 checksums work and why an address like 0x<<hex8>>... fails \
validation when all lowercase? Also what is the difference between bech32 and bech32m?
""",
)

# ======================================================================================
# German
# ======================================================================================

T(
    "doc",
    "de",
    "support",
    """
Sehr geehrte Damen und Herren,

leider wurde meine Bestellung <<order>> bis heute nicht geliefert. Bitte senden Sie die Ware an \
meine neue Anschrift:

<<p1>>
<<addr>>

Sie erreichen mich unter <<phone>> oder per E-Mail an <<p1.email>>.

Mit freundlichen Grüßen
<<p1>>
""",
    ml=True,
)
T(
    "doc",
    "de",
    "hr",
    """
Personalbogen
Name, Vorname: <<p1.formal>>
Geburtsdatum: <<p1.dob>>
Anschrift: <<addr>>
Telefon: <<phone>>
Bankverbindung (IBAN): <<iban>>
Steuer-ID: siehe Anlage
Eintrittsdatum: <<date>>
""",
    ocr=True,
)
T(
    "chat",
    "de",
    "car_rental",
    """
Hallo, ich habe für <<date>> einen Mietwagen gebucht (Buchung <<order>>). Mein Führerschein hat \
die Nummer <<dl>>, ausgestellt auf <<p1>>. Kann mein Mann <<p2.given>> auch fahren? Er hat einen \
türkischen Führerschein.
""",
    sex={"p1": "f", "p2": "m"},
)
T(
    "tech",
    "de",
    "devops",
    """
# Ansible inventory, Team Plattform (Ansprechpartner: <<p1>>)
[web]
web01 ansible_host=<<ip:pub>> ansible_user=<<p1.login>>
web02 ansible_host=<<ip:pub>> ansible_user=<<p1.login>>

[db]
db01 ansible_host=<<ip:priv>> ansible_become_pass=<<secret:pw>>
""",
    fence="ini",
)
T(
    "turns",
    "de",
    "medical",
    """
Nutzer: Kannst du diesen Arztbrief in einfache Sprache übersetzen? "Patientin <<p1>>, \
geb. <<p1.dob>>, stellte sich am <<date>> mit Dyspnoe vor. Hausarzt: Dr. med. <<p2.sur>>."
~~~
Assistent: Gern. Frau <<p1.sur>> kam am <<date>> wegen Atemnot in die Klinik ...
~~~
Nutzer: Danke! Schick es bitte an ihre Tochter, <<p3.email>>.
""",
    sex={"p1": "f", "p3": "f"},
    ages={"p1": (60, 90)},
)

# ======================================================================================
# French
# ======================================================================================

T(
    "doc",
    "fr",
    "real_estate",
    """
Objet : Dossier de location - appartement T3

Madame, Monsieur,

Je vous transmets le dossier de <<p1.capsformal>>, né(e) le <<p1.dob>>, actuellement domicilié(e) \
au <<addr>>. Téléphone : <<phone>>. Courriel : <<p1.email>>.

Garant : <<p2>>. RIB joint (IBAN <<iban>>).

Cordialement,
<<p3.init>>, agence Fontaine Immobilier
""",
    ml=True,
)
T(
    "chat",
    "fr",
    "travel",
    """
Bonjour, je voyage à Montréal le <<date>> avec ma fille <<p2.given>>. Mon numéro de passeport est \
<<passport>> et le sien <<passport>>. Faut-il une AVE pour elle aussi ? Je m'appelle <<p1>>.
""",
    sex={"p2": "f"},
    ages={"p2": (3, 16), "p1": (28, 55)},
)
T(
    "tech",
    "fr",
    "devops",
    """
# config/production.yml - responsable : <<p1>> (<<p1.wemail>>)
database:
  host: <<ip:priv>>
  user: facturation
  password: "<<secret:pw>>"
mailer:
  api_key: <<secret:sendgrid>>
""",
    fence="yaml",
)
T(
    "turns",
    "fr",
    "banking",
    """
Utilisateur : J'ai un prélèvement inconnu de <<amount>> sur mon compte.
~~~
Assistant : Je peux vous aider à rédiger une contestation. Quel est le nom du titulaire ?
~~~
Utilisateur : <<p1>>, carte <<card>>, compte <<iban>>. J'habite <<addr>>.
""",
)

# ======================================================================================
# Spanish
# ======================================================================================

T(
    "doc",
    "es",
    "legal",
    """
CONTRATO DE ARRENDAMIENTO

De una parte, D. <<p1>>, con pasaporte n.º <<passport>>, domiciliado en <<addr>>, en adelante el \
ARRENDADOR. De otra parte, Dña. <<p2>>, nacida el <<p2.dob>>, con teléfono <<phone>>, en \
adelante la ARRENDATARIA.

La renta mensual de <<amount>> se abonará en la cuenta <<iban>>.
""",
    cc="ES",
    sex={"p1": "m", "p2": "f"},
)
T(
    "chat",
    "es",
    "support",
    """
hola!! mi pedido <<order>> llegó roto 😢 me llamo <<p1.lowerfull>>, mi correo es <<p1.email>> y \
mi cel <<phone>>. quiero el reembolso porfa
""",
    cc="MX",
)
T(
    "tech",
    "es",
    "code",
    """
# utilidades de facturación - autor: <<p1>>
CLIENTES_PRUEBA = [
    {"nombre": "<<p2>>", "correo": "<<p2.email>>", "tarjeta": "<<card>>"},
    {"nombre": "<<p3>>", "correo": "<<p3.email>>", "tarjeta": "<<card>>"},
]
CLAVE_API = "<<secret:stripe>>"
""",
    fence="python",
)
T(
    "doc",
    "es",
    "hr",
    """
Solicitud de empleo
Nombre completo: <<p1.caps>>
Fecha de nacimiento: <<p1.dob>>
Pasaporte: <<passport>>
Domicilio: <<addr>>
Teléfono: <<phone:intl>>
Puesto: Analista de datos (Julia / Python)
""",
    cc="MX",
)

# ======================================================================================
# Portuguese
# ======================================================================================

T(
    "chat",
    "pt",
    "crypto",
    """
oi, fiz um saque de USDT pra carteira <<crypto:eth>> ontem e até agora nada. meu cadastro tá no \
nome de <<p1>>, CPF já enviado, email <<p1.email>>. o suporte some!!
""",
)
T(
    "doc",
    "pt",
    "school",
    """
FICHA DE MATRÍCULA
Aluno(a): <<p1>>
Data de nascimento: <<p1.dob>>
Responsável: <<p2>>  -  Celular: <<phone>>
Endereço: <<addr>>
E-mail do responsável: <<p2.email>>
Série: 5º ano
""",
    ages={"p1": (9, 12), "p2": (30, 55)},
)
T(
    "turns",
    "pt",
    "support",
    """
Usuário: meu pedido <<order>> veio errado
~~~
Assistente: Sinto muito! Pode me passar o nome e o endereço de entrega?
~~~
Usuário: <<p1>>, <<addr>>. telefone <<phone>>
""",
)

# ======================================================================================
# Italian
# ======================================================================================

T(
    "doc",
    "it",
    "insurance",
    """
Spett.le Compagnia,

il sottoscritto <<p1>>, nato a <<city>> il <<p1.dob>>, residente in <<addr>>, titolare della \
polizza <<policy>>, denuncia il sinistro avvenuto il <<date>>. Patente di guida n. <<dl>>.

Recapiti: tel. <<phone>>, e-mail <<p1.email>>.

In fede,
<<p1.init>>
""",
    sex={"p1": "m"},
)
T(
    "chat",
    "it",
    "banking",
    """
ciao, devo fare un bonifico a <<p1>> per l'affitto, IBAN <<iban>>. la causale va bene "affitto \
aprile"? e se sbaglio il nome del beneficiario il bonifico arriva lo stesso?
""",
)
T(
    "tech",
    "it",
    "logs",
    """
<<ts:log>> ERRORE login fallito utente=<<p1.login>> ip=<<ip>>
<<ts:log>> INFO  reset password inviato a <<p1.email>>
<<ts:log>> INFO  sessione <<uuid>> chiusa
""",
    fence="text",
)

# ======================================================================================
# Dutch
# ======================================================================================

T(
    "doc",
    "nl",
    "hr",
    """
Beste <<p1.given>>,

Welkom bij <<company>>! Je eerste werkdag is <<date>>. Wil je vóór die tijd je gegevens \
controleren?

Naam: <<p1>>
Geboortedatum: <<p1.dob>>
Adres: <<addr>>
Rekeningnummer: <<iban>>
Telefoon: <<phone>>

Groet,
<<p2.given>> (HR)
""",
    ml=True,
)
T(
    "chat",
    "nl",
    "traffic",
    """
Ik heb een boete gekregen voor te hard rijden (kenteken <<plate>>), maar mijn vriend <<p2>> reed. \
Mijn rijbewijsnummer is <<dl>>. Hoe draag ik de boete over aan hem? Hij woont op <<addr>>.
""",
)

# ======================================================================================
# Polish
# ======================================================================================

T(
    "doc",
    "pl",
    "banking",
    """
Dzień dobry,

proszę o zmianę numeru konta do wypłaty wynagrodzenia na: <<iban>>.
Dane pracownika: <<p1>>, data urodzenia <<p1.dob>>, adres: <<addr>>, tel. <<phone>>.

Pozdrawiam
<<p1.nick>>
""",
)
T(
    "chat",
    "pl",
    "gaming",
    """
siema, ktoś mi włamał się na konto, nick <<p1.login>>, mail podpięty <<p1.email>>. hasło było \
<<secret:pw>> i już nie działa. jak odzyskać?
""",
)
T(
    "tech",
    "pl",
    "git",
    """
commit <<sha>>
Author: <<p1>> <<<p1.email>>>
Date:   <<ts>>

    poprawka: walidacja numeru telefonu (zgłoszenie <<jira>>)

commit <<sha>>
Author: <<p2>> <<<p2.wemail>>>
Date:   <<ts>>

    dodano test dla klienta <<p3>>
""",
    fence="text",
)

# ======================================================================================
# Turkish
# ======================================================================================

T(
    "chat",
    "tr",
    "support",
    """
Merhaba, <<order>> numaralı siparişim hâlâ gelmedi. Adım <<p1>>, telefonum <<phone>>. \
Adresim: <<addr>>. Lütfen yardımcı olur musunuz?
""",
)
T(
    "doc",
    "tr",
    "travel",
    """
VİZE BAŞVURU FORMU
Adı Soyadı: <<p1.caps>>
Doğum Tarihi: <<p1.dob>>
Pasaport No: <<passport>>
Ev Adresi: <<addr>>
Cep Telefonu: <<phone:intl>>
E-posta: <<p1.email>>
""",
    ocr=True,
)

# ======================================================================================
# Indonesian
# ======================================================================================

T(
    "chat",
    "id",
    "support",
    """
min, paket saya dengan resi <<tracking>> belum sampai. atas nama <<p1>>, no hp <<phone>>, \
alamat <<addr>>. tolong dicek ya kak 🙏
""",
)
T(
    "doc",
    "id",
    "hr",
    """
SURAT LAMARAN KERJA

Yang bertanda tangan di bawah ini:
Nama        : <<p1>>
Tanggal lahir : <<p1.dob>>
Alamat      : <<addr>>
No. HP      : <<phone>>
Email       : <<p1.email>>

dengan ini mengajukan lamaran sebagai staf administrasi di <<company>>.

Hormat saya,
<<p1>>
""",
)

# ======================================================================================
# Vietnamese
# ======================================================================================

T(
    "chat",
    "vi",
    "support",
    """
chào shop, mình đặt đơn <<order>> mà chưa nhận được. tên người nhận: <<p1>>, sđt <<phone>>, \
địa chỉ <<addr>>. shop kiểm tra giúp mình nhé
""",
)
T(
    "doc",
    "vi",
    "travel",
    """
TỜ KHAI XIN CẤP THỊ THỰC
Họ và tên: <<p1.caps>>
Ngày sinh: <<p1.dob>>
Số hộ chiếu: <<passport>>
Địa chỉ thường trú: <<addr>>
Số điện thoại: <<phone>>
""",
)

# ======================================================================================
# Swahili
# ======================================================================================

T(
    "chat",
    "sw",
    "banking",
    """
Habari, nimetuma pesa kwa M-Pesa kwa namba <<phone>> lakini mpokeaji <<p2>> anasema \
hajapokea. Jina langu ni <<p1>>. Tafadhali nisaidie kuandika malalamiko kwa benki.
""",
)
T(
    "doc",
    "sw",
    "school",
    """
FOMU YA USAJILI WA MWANAFUNZI
Jina la mwanafunzi: <<p1>>
Tarehe ya kuzaliwa: <<p1.dob>>
Jina la mzazi: <<p2>>
Simu ya mzazi: <<phone>>
Anwani: <<addr>>
""",
    ages={"p1": (6, 14), "p2": (28, 55)},
)

# ======================================================================================
# Tagalog
# ======================================================================================

T(
    "chat",
    "tl",
    "support",
    """
hello po, hindi pa dumating yung order ko <<order>>. pangalan ko po <<p1>>, cp no. <<phone>>, \
address <<addr>>. salamat po!
""",
)
T(
    "doc",
    "tl",
    "hr",
    """
Kay G. <<p1.sur>>,

Ipinapaalam namin na tanggap ka na bilang Customer Service Associate. Paki-email ang kopya ng \
iyong pasaporte (<<passport>>) at petsa ng kapanganakan (<<p1.dob>>) sa <<p2.wemail>>.

Lubos na gumagalang,
<<p2>>
""",
    sex={"p1": "m"},
)

# ======================================================================================
# Hindi (romanized)
# ======================================================================================

T(
    "chat",
    "hi",
    "banking",
    """
bhai mera UPI payment fail ho gaya, <<amount>> kat gaye. account <<p1>> ke naam pe hai, mobile \
<<phone>>. card <<card>> se bhi try kiya. kya karun?
""",
)
T(
    "turns",
    "hi",
    "travel",
    """
User: mujhe passport renewal ke liye form bharna hai. naam <<p1>>, janm tithi <<p1.dob>>, \
purana passport no. <<passport>>
~~~
Assistant: Theek hai. Aapka current pata kya hai?
~~~
User: <<addr>>
""",
)

# ======================================================================================
# Russian
# ======================================================================================

T(
    "doc",
    "ru",
    "hr",
    """
Анкета сотрудника
ФИО: <<p1.native>>
Дата рождения: <<p1.dob>>
Паспорт: <<passport>>
Адрес регистрации: <<addr>>
Телефон: <<phone>>
Эл. почта: <<p1.email>>
""",
)
T(
    "chat",
    "ru",
    "devops",
    """
привет, помоги разобраться: сервер <<ip=srv>> не отвечает по ssh. логинюсь как <<p1.login>>, ключ \
свежий. в логах вижу "Connection closed by <<ip=srv>> port 22". дежурный сегодня <<p2.native>>
""",
)
T(
    "tech",
    "ru",
    "config",
    """
# настройки бота (владелец: <<p1>>)
TELEGRAM_TOKEN = "<<secret:telegram>>"
ADMIN_CHAT = "<<p1.handle>>"
DB_PASSWORD = "<<secret:pw>>"
""",
    fence="python",
)

# ======================================================================================
# Arabic
# ======================================================================================

T(
    "doc",
    "ar",
    "banking",
    """
طلب فتح حساب
الاسم الكامل: <<p1.native>>
تاريخ الميلاد: <<p1.dob>>
رقم جواز السفر: <<passport>>
العنوان: <<addr>>
رقم الجوال: <<phone>>
البريد الإلكتروني: <<p1.email>>
رقم الآيبان: <<iban>>
""",
)
T(
    "chat",
    "ar",
    "support",
    """
السلام عليكم، طلبي رقم <<order>> لم يصل بعد. الاسم: <<p1.native>>، الجوال: <<phone>>. أرجو المساعدة.
""",
)

# ======================================================================================
# Japanese
# ======================================================================================

T(
    "doc",
    "ja",
    "hr",
    """
履歴書
氏名：<<p1.native>>
生年月日：<<p1.dob>>
住所：<<addr>>
電話番号：<<phone>>
メール：<<p1.email>>
""",
)
T(
    "chat",
    "ja",
    "support",
    """
注文番号<<order>>の商品がまだ届きません。<<p1.nativesur>>と申します。連絡先は<<phone>>です。\
確認をお願いします。
""",
)
T(
    "tech",
    "ja",
    "config",
    """
# 本番環境の設定 (担当: <<p1.native>>)
SLACK_BOT_TOKEN=<<secret:slack>>
AWS_ACCESS_KEY_ID=<<secret:aws_id>>
AWS_SECRET_ACCESS_KEY=<<secret:aws_secret>>
""",
    fence="bash",
)

# ======================================================================================
# Korean
# ======================================================================================

T(
    "chat",
    "ko",
    "support",
    """
안녕하세요, 주문번호 <<order>> 배송지 변경 부탁드립니다. 받는 사람 <<p1.native>>, 연락처 \
<<phone>>, 주소 <<addr>> 입니다.
""",
)
T(
    "doc",
    "ko",
    "hr",
    """
입사 지원서
성명: <<p1.native>> (<<p1>>)
생년월일: <<p1.dob>>
여권번호: <<passport>>
휴대전화: <<phone>>
이메일: <<p1.email>>
""",
)

# ======================================================================================
# Chinese
# ======================================================================================

T(
    "doc",
    "zh",
    "travel",
    """
签证申请表
姓名：<<p1.native>>
拼音：<<p1.caps>>
出生日期：<<p1.dob>>
护照号码：<<passport>>
家庭住址：<<addr>>
联系电话：<<phone>>
""",
)
T(
    "chat",
    "zh",
    "support",
    """
你好，我的订单<<order>>还没收到。收件人<<p1.native>>，电话<<phone>>，地址<<addr>>。麻烦帮忙查一下，谢谢！
""",
)
T(
    "tech",
    "zh",
    "logs",
    """
<<ts:log>> 错误 用户 <<p1.login>> 登录失败, IP=<<ip>>
<<ts:log>> 信息 已向 <<p1.email>> 发送验证码
<<ts:log>> 信息 订单 <<order>> 已支付 <<amount>>
""",
    fence="text",
)

# ======================================================================================
# non-English clean
# ======================================================================================

T(
    "clean",
    "de",
    "devops",
    """
Unser Jenkins-Build bricht seit dem Update auf Version <<ver>> ab. Fehlermeldung: \
"Connection refused: localhost/127.0.0.1:<<port>>". Commit <<sha7>>, Ticket <<jira>>. Hat jemand \
eine Idee?
""",
)
T(
    "clean",
    "fr",
    "insurance",
    """
Bonjour, mon contrat <<policy>> prévoit un délai de grâce de 30 jours. L'échéance était le \
<<date>> et le montant de <<amount>>. Est-ce que je reste couvert en avril ?
""",
)
T(
    "clean",
    "es",
    "code",
    """
¿Por qué este código da error? Uso Python <<ver>> y pandas; la variable API_KEY viene de \
os.environ y el servidor escucha en 0.0.0.0:<<port>>. El pedido de prueba es <<order>>.
""",
)
T(
    "clean",
    "pt",
    "finance",
    """
Resumo do trimestre: receita de <<amount>>, churn de <<pct>>, fatura <<invoice>> ainda em aberto. \
Reunião com o time de dados em <<date>> às <<time>>.
""",
)
T(
    "clean",
    "ja",
    "devops",
    """
デプロイが失敗します。バージョン<<ver>>、コミット<<sha7>>、ポート<<port>>です。エラーID：<<uuid>>
""",
)
T(
    "clean",
    "ru",
    "science",
    """
Объясни разницу между методом Ньютона и методом Гаусса-Зейделя. И почему алгоритм Дейкстры не \
работает с отрицательными весами?
""",
)
T(
    "clean",
    "tr",
    "travel",
    """
<<flight>> sefer sayılı uçuşum <<date>> tarihinde saat <<time>>'da. Rezervasyon kodu <<pnr>>. \
Bagaj hakkım kaç kilo?
""",
)
T(
    "clean",
    "id",
    "finance",
    """
Tolong hitung cicilan untuk pinjaman <<amount>> dengan bunga <<pct>> per tahun selama 24 bulan. \
Nomor invoice <<invoice>>.
""",
)
T(
    "clean",
    "zh",
    "devops",
    """
服务在<<ts>>重启后一直报错，版本<<ver>>，请求ID <<uuid>>，监听端口<<port>>。请问怎么排查？
""",
)
T(
    "clean",
    "ko",
    "chat",
    """
Julia랑 Python 중에 데이터 분석에 뭐가 더 좋아요? 버전은 <<ver>> 쓰고 있어요.
""",
)
T(
    "clean",
    "it",
    "support",
    """
Buongiorno, l'ordine <<order>> del <<date>> risulta ancora in transito, codice di tracciamento \
<<tracking>>. Importo pagato: <<amount>>.
""",
)
T(
    "clean",
    "nl",
    "hr",
    """
Kun je een vacaturetekst schrijven voor een Data Engineer (Python, Kafka, dbt)? Startdatum \
<<date>>, salaris tot <<amount>> per maand.
""",
)

# ======================================================================================
# extra coverage: URLs with credentials/personal data, ITIN/SSN, cards, licences
# ======================================================================================

T(
    "chat",
    "en",
    "support",
    """
weird - I clicked the login link from your email and it opened someone else's dashboard?? link \
was <<url:magic>> . my account is <<p1.email>>, theirs seems to be <<p2>>'s
""",
)
T(
    "doc",
    "en",
    "support",
    """
Hi <<p1.given>>,

You've been invited to join the "Q3 Planning" workspace by <<p2>>.
Accept the invitation: <<url:invite>>

Not interested? Unsubscribe: <<url:email>>
""",
)
T(
    "tech",
    "en",
    "logs",
    """
<<ts:log>> INFO  kyc.upload user_id=<<n:10000:999999>> doc=passport status=stored
<<ts:log>> DEBUG kyc.upload presigned=<<url:s3>>
<<ts:log>> INFO  kyc.review assigned_to=<<p1.login>> queue=EU
""",
    fence="text",
)
T(
    "chat",
    "en",
    "tax",
    """
My ITIN <<itin>> expired because I didn't file for 3 years. Do I send the W-7 renewal with my \
2024 return? My husband <<p1.given>> has an SSN (<<ssn>>) and we file jointly.
""",
    cc="US",
)
T(
    "doc",
    "en",
    "payroll",
    """
employee_id,name,tax_id,tax_id_type,state,gross_pay
E<<n:1000:9999>>,"<<p1.formal>>",<<ssn>>,SSN,CA,<<n:2000:9000>>.00
E<<n:1000:9999>>,"<<p2.formal>>",<<itin>>,ITIN,TX,<<n:2000:9000>>.00
E<<n:1000:9999>>,"<<p3.formal>>",<<ssn>>,SSN,NY,<<n:2000:9000>>.00
""",
    cc="US",
)
T(
    "chat",
    "en",
    "support",
    """
Why does your site put my details in the URL? After searching I got \
<<url:profile>> in my browser bar. That's my name and number!
""",
    cc="*",
)
T(
    "chat",
    "en",
    "car_rental",
    """
Got a speeding fine from the rental company in Queensland, they want my licence number to \
transfer it: <<dl>>. Name on the licence is <<p1.caps>>. Do I have to pay the admin fee too?
""",
    cc="AU",
)
T(
    "tech",
    "en",
    "http",
    """
# reproduces the 500
import requests

r = requests.get("<<url:apikey>>")
print(r.status_code, r.text[:200])
# reported by <<p1>> in <<jira>>
""",
    fence="python",
)
T(
    "chat",
    "de",
    "traffic",
    """
Ich habe einen Bußgeldbescheid bekommen (Aktenzeichen <<n:100000:999999>>/<<year>>), \
Kennzeichen <<plate>>. Gefahren ist aber mein Kollege <<p2>>, Führerscheinnummer <<dl>>. Wie \
benenne ich ihn als Fahrer? Mein Name: <<p1>>, <<addr>>.
""",
)
T(
    "chat",
    "es",
    "banking",
    """
Me bloquearon la tarjeta <<card>> después de una compra en línea de <<amount>>. El titular es \
<<p1>>, nacido el <<p1.dob>>. ¿Qué le digo al banco para desbloquearla?
""",
    sex={"p1": "m"},
)
T(
    "doc",
    "fr",
    "medical",
    """
COMPTE RENDU DE CONSULTATION
Patient : <<p1.capsformal>>
Date de naissance : <<p1.dob>>
Adresse : <<addr>>
Tél. : <<phone>>
Médecin traitant : Dr <<p2.sur>>
Motif : suivi diabète de type 2, HbA1c 7,2 %.
""",
)
T(
    "tech",
    "pt",
    "code",
    """
# script de migração - autora: <<p1>>
CONEXAO = "postgresql://migracao:<<secret:pw>>@<<ip:priv>>:5432/clientes"
ADMIN = "<<p1.email>>"
CHAVE_PIX = "<<phone>>"
""",
    sex={"p1": "f"},
    fence="python",
)
T(
    "clean",
    "en",
    "crypto_docs",
    """
README - wallet SDK

Example (testnet placeholders only):
    address = "<your-testnet-address>"
    client = Wallet(network="testnet", api_key=os.environ["WALLET_API_KEY"])
Block explorer: https://mempool.space/testnet/tx/<txid>. Transaction fees are in sat/vB; \
current median is <<n:2:40>> sat/vB (<<date>>).
""",
    wrap="tech",
    fence="text",
)
T(
    "clean",
    "en",
    "support",
    """
Hi, I'd like to cancel subscription <<order>> effective <<date>>. I was charged <<amount>> on \
invoice <<invoice>> but the plan was downgraded on <<date>>. Please refund the difference.
""",
)
