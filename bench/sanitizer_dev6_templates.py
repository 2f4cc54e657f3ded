# ruff: noqa: E501
"""Data for bench.sanitizer_dev6: per-culture name lists, country formats and hand-written templates.

Name tokens: `Roman[/Native][:g]` (g = m|f), `_` for a space inside a name. Family names may have a
male|female form (`Novák|Nováková`). Templates use ⟦...⟧ placeholders (see sanitizer_dev6.fill):
person slots ⟦p1.full⟧ (p any gender, f female, m male, r inside ⟦rep:a-b⟧ blocks) with fields
full first last rev REV CAPS init low lowfirst nick login typo nfull nfirst nlast offic noffic email hon g;
labeled values ⟦email⟧ ⟦phone[:intl|nat]⟧ ⟦addr[:ml]⟧ ⟦cc⟧ ⟦iban⟧ ⟦ssn⟧ ⟦itin⟧ ⟦ip[:v6|priv]⟧ ⟦mac⟧
⟦btc⟧ ⟦eth⟧ ⟦crypto⟧ ⟦secret:kind⟧ ⟦dob[:child|iso|num|long]⟧ ⟦dl⟧ ⟦passport⟧ (optional @CC, #key to reuse);
everything else is kept text (⟦pick:a|b⟧, ⟦pat:^^~~⟧ with ~ for a digit and ^ for a letter, ⟦uuid⟧, ⟦date⟧, ⟦order⟧, ...).
"""

from __future__ import annotations

from collections import namedtuple

FAKER_SHARE = 0.07  # share of persons whose name comes from Faker (non-English locales only)

CULTURES = {
    "en": dict(
        given="James:m Michael:m Emily:f Sarah:f Hope:f Joy:f Bill:m Amber:f Rose:f Chance:m Faith:f Will:m Mark:m Grace:f Dawn:f Rusty:m Tyler:m Brooke:f Heather:f Connor:m Megan:f Wesley:m Sunny:f Destiny:f Madison:f Dale:m June:f Holly:f Gary:m Shannon:f Trevor:m Colleen:f",
        family="Smith Baker Young Walker Brown Fox Black Long Rich Cook Hill Wood Moore Fletcher Thornton Gallagher O'Brien MacLeod Pryce Whitaker Hughes Carpenter Church Summers Sweet Goodman Winter",
    ),
    "de": dict(
        given="Jürgen:m Lukas:m Maximilian:m Felix:m Sabine:f Anke:f Lea:f Hannah:f Ursula:f Dieter:m Katrin:f Jonas:m Mia:f Frieder:m Gudrun:f Hans-Peter:m Anna-Lena:f Till:m Kai:m Heike:f",
        family="Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Koch Wolf Fuchs Schäfer Hoffmann Krüger Neumann Zimmermann Braun Lehmann von_Ahlefeldt Schulze-Eckhoff Vogel Jäger",
        faker="de_DE",
    ),
    "fr": dict(
        given="Camille:f Léa:f Chloé:f Manon:f Inès:f Amandine:f Hugo:m Louis:m Théo:m Mathis:m Jean-Baptiste:m Marie-Claire:f Gaël:m Aurélien:m Solène:f Benoît:m Noémie:f Rose:f Céleste:f Prosper:m",
        family="Martin Bernard Dubois Lefèvre Moreau Laurent Fontaine Rousseau Garnier Chevalier Lemoine Girard Mercier Boucher Dupont Le_Goff Petit Blanc Marchand Lebrun",
        faker="fr_FR",
    ),
    "es": dict(
        given="María_José:f Juan_Pablo:m Valentina:f Camila:f Santiago:m Mateo:m Luz:f Guadalupe:f Jesús:m Ximena:f Alejandro:m Fernanda:f Rocío:f Esperanza:f Consuelo:f Rubén:m Dolores:f Diego:m Socorro:f Ángel:m Francisco:m",
        family="García Hernández López Martínez González Rodríguez Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Cruz Morales Reyes Castillo Villarreal Ochoa Salazar Paz Del_Río",
        order="es",
        faker="es_MX",
    ),
    "pt": dict(
        given="João:m Ana:f Beatriz:f Thiago:m Larissa:f Gabriel:m Rafaela:f Luiz_Felipe:m Maria_Eduarda:f Vitória:f Caio:m Débora:f Rodrigo:m Luana:f Gustavo:m Jéssica:f Wellington:m Kelly:f Cleide:f Francisco:m Graça:f",
        family="Silva Santos Oliveira Souza Pereira Costa Ferreira Almeida Carvalho Ribeiro Rocha Nascimento Barbosa Cardoso Teixeira Moura Lima da_Silva dos_Santos de_Souza",
        order="pt",
        faker="pt_BR",
    ),
    "it": dict(
        given="Giulia:f Francesca:f Chiara:f Alessandro:m Lorenzo:m Matteo:m Giuseppe:m Salvatore:m Rosaria:f Gianluca:m Federica:f Elisa:f Carmine:m Assunta:f Andrea:m Nicola:m Benedetta:f Fortunato:m Serena:f",
        family="Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano Lombardi D'Angelo Fontana",
        faker="it_IT",
    ),
    "nl": dict(
        given="Daan:m Sem:m Lieke:f Sanne:f Anouk:f Bram:m Joost:m Femke:f Maarten:m Ilse:f Thijs:m Marloes:f Pieter:m Roos:f Sterre:f Wim:m Fenna:f Ruud:m",
        family="de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters Hendriks van_der_Meer Dekker Kok",
        faker="nl_NL",
    ),
    "sv": dict(
        given="Erik:m Lars:m Anders:m Astrid:f Ingrid:f Linnéa:f Elsa:f Maja:f Björn:m Sven:m Karin:f Johan:m Ebba:f Nils:m Saga:f Oskar:m Frida:f Gustav:m",
        family="Andersson Johansson Karlsson Nilsson Eriksson Larsson Lindqvist Bergström Lundgren Sjöberg Holm Engström Åberg Nyström Ek Falk Lind Björk",
        faker="sv_SE",
    ),
    "cs": dict(
        given="Jan:m Petr:m Tomáš:m Lukáš:m Jiří:m Ondřej:m Tereza:f Veronika:f Kateřina:f Lucie:f Markéta:f Zdeňka:f Vojtěch:m Barbora:f Radek:m Hana:f Jaroslav:m Eliška:f",
        family="Novák|Nováková Svoboda|Svobodová Dvořák|Dvořáková Černý|Černá Procházka|Procházková Kučera|Kučerová Veselý|Veselá Horák|Horáková Němec|Němcová Marek|Marková Pokorný|Pokorná Král|Králová Růžička|Růžičková Beneš|Benešová",
        faker="cs_CZ",
    ),
    "ro": dict(
        given="Andrei:m Mihai:m Ionuț:m Alexandru:m Ioana:f Elena:f Andreea:f Bianca:f Cristina:f Florin:m Răzvan:m Oana:f Mădălina:f Vlad:m Georgiana:f Sorin:m Irina:f Doina:f",
        family="Popescu Ionescu Popa Constantin Stan Dumitru Stoica Gheorghe Munteanu Dinu Lungu Vasilescu Moldovan Ardelean Neagu Tudor Barbu Cristea",
        faker="ro_RO",
    ),
    "el": dict(
        given="Giorgos/Γιώργος:m Dimitris/Δημήτρης:m Nikos/Νίκος:m Kostas/Κώστας:m Yannis/Γιάννης:m Maria/Μαρία:f Eleni/Ελένη:f Katerina/Κατερίνα:f Sofia/Σοφία:f Vasiliki/Βασιλική:f Despina/Δέσποινα:f Thanasis/Θανάσης:m Angeliki/Αγγελική:f Christos/Χρήστος:m Eirini/Ειρήνη:f Panagiotis/Παναγιώτης:m",
        family="Papadopoulos|Papadopoulou/Παπαδόπουλος|Παπαδοπούλου Georgiou/Γεωργίου Oikonomou/Οικονόμου Nikolaidis|Nikolaidou/Νικολαΐδης|Νικολαΐδου Konstantinidis|Konstantinidou/Κωνσταντινίδης|Κωνσταντινίδου Papadakis|Papadaki/Παπαδάκης|Παπαδάκη Vlachos|Vlachou/Βλάχος|Βλάχου Angelopoulos|Angelopoulou/Αγγελόπουλος|Αγγελοπούλου Makris|Makri/Μακρής|Μακρή Karagiannis|Karagianni/Καραγιάννης|Καραγιάννη Pappas|Pappa/Παππάς|Παππά Dimitriou/Δημητρίου",
    ),
    "tr": dict(
        given="Mehmet:m Mustafa:m Ahmet:m Emre:m Burak:m Ayşe:f Fatma:f Zeynep:f Elif:f Merve:f Deniz:f Umut:m Yıldız:f Cem:m Gökhan:m Özlem:f Barış:m Ceren:f Sevgi:f Can:m",
        family="Yılmaz Kaya Demir Şahin Çelik Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Polat Erdem Güneş",
        faker="tr_TR",
    ),
    "uk": dict(
        given="Olena/Олена:f Oksana/Оксана:f Iryna/Ірина:f Nataliia/Наталія:f Kateryna/Катерина:f Yuliia/Юлія:f Taras/Тарас:m Andrii/Андрій:m Oleksandr/Олександр:m Dmytro/Дмитро:m Bohdan/Богдан:m Serhii/Сергій:m Mykola/Микола:m Halyna/Галина:f Vasyl/Василь:m Sofiia/Софія:f Maksym/Максим:m Liudmyla/Людмила:f",
        family="Shevchenko/Шевченко Kovalenko/Коваленко Bondarenko/Бондаренко Tkachenko/Ткаченко Kravchenko/Кравченко Melnyk/Мельник Boiko/Бойко Kovalchuk/Ковальчук Savchuk/Савчук Oliinyk/Олійник Lysenko/Лисенко Marchenko/Марченко Kovalskyi|Kovalska/Ковальський|Ковальська Hrytsenko/Гриценко Polishchuk/Поліщук",
        patr="Ivanovych|Ivanivna/Іванович|Іванівна Petrovych|Petrivna/Петрович|Петрівна Oleksandrovych|Oleksandrivna/Олександрович|Олександрівна Mykolaiovych|Mykolaivna/Миколайович|Миколаївна Serhiiovych|Serhiivna/Сергійович|Сергіївна Vasylovych|Vasylivna/Васильович|Василівна Andriiovych|Andriivna/Андрійович|Андріївна Volodymyrovych|Volodymyrivna/Володимирович|Володимирівна",
    ),
    "he": dict(
        given="Noa/נועה:f Tamar/תמר:f Yael/יעל:f Shira/שירה:f Maya/מאיה:f Avigail/אביגיל:f Itai/איתי:m Yosef/יוסף:m Omer/עומר:m Ariel/אריאל:m Eitan/איתן:m Nadav/נדב:m Oren/אורן:m Michal/מיכל:f Liron/לירון:f Moshe/משה:m Hila/הילה:f Dvir/דביר:m",
        family="Cohen/כהן Levi/לוי Mizrahi/מזרחי Peretz/פרץ Biton/ביטון Friedman/פרידמן Avraham/אברהם Shapira/שפירא Katz/כץ Ben-David/בן-דוד Azoulay/אזולאי Goldberg/גולדברג Dahan/דהן Rosenberg/רוזנברג Malka/מלכה",
    ),
    "fa": dict(
        given="Maryam/مریم:f Zahra/زهرا:f Fatemeh/فاطمه:f Nazanin/نازنین:f Shirin/شیرین:f Parisa/پریسا:f Sara/سارا:f Reza/رضا:m Ali/علی:m Mohammad/محمد:m Amir/امیر:m Hossein/حسین:m Mehdi/مهدی:m Babak/بابک:m Kourosh/کوروش:m Arash/آرش:m Niloufar/نیلوفر:f Shadi/شادی:f",
        family="Hosseini/حسینی Ahmadi/احمدی Mohammadi/محمدی Rezaei/رضایی Moradi/مرادی Karimi/کریمی Jafari/جعفری Rahimi/رحیمی Tehrani/تهرانی Ghorbani/قربانی Sadeghi/صادقی Farahani/فراهانی Najafi/نجفی Esfahani/اصفهانی",
    ),
    "hi": dict(
        given="Priya/प्रिया:f Anjali/अंजलि:f Pooja/पूजा:f Neha/नेहा:f Sunita/सुनीता:f Kavita/कविता:f Rahul/राहुल:m Amit/अमित:m Rajesh/राजेश:m Vikram/विक्रम:m Arjun/अर्जुन:m Sanjay/संजय:m Rohit/रोहित:m Deepak/दीपक:m Asha/आशा:f Sunny/सनी:m Pinky/पिंकी:f Suresh/सुरेश:m Aarti/आरती:f",
        family="Sharma/शर्मा Verma/वर्मा Gupta/गुप्ता Singh/सिंह Kumar/कुमार Yadav/यादव Mishra/मिश्रा Agarwal/अग्रवाल Chauhan/चौहान Pandey/पांडे Joshi/जोशी Tiwari/तिवारी Malhotra/मल्होत्रा Saxena/सक्सेना Rathore/राठौर",
    ),
    "ta": dict(
        given="Karthik:m Lakshmi:f Divya:f Senthil:m Murugan:m Meena:f Priyanka:f Arun:m Vignesh:m Saranya:f Bharathi:f Selvam:m Kavya:f Ganesh:m",
        family="Subramanian Krishnan Raman Natarajan Venkatesan Iyer Pillai Rajendran Sundaram Balasubramaniam Annamalai",
    ),
    "bn": dict(
        given="Rahim:m Karim:m Tanvir:m Arif:m Sabbir:m Nusrat:f Farhana:f Tasnim:f Sumaiya:f Ayesha:f Rupa:f Mithila:f Sourav:m Debashis:m Ananya:f Shapla:f Rana:m Moni:f Joy:m Shuvo:m",
        family="Rahman Hossain Islam Ahmed Akter Chowdhury Sarkar Das Roy Chakraborty Banerjee Mondal Uddin Haque Talukder Bhuiyan",
    ),
    "th": dict(
        given="Somchai/สมชาย:m Somsak/สมศักดิ์:m Anan/อนันต์:m Prasert/ประเสริฐ:m Kittipong/กิตติพงษ์:m Wichai/วิชัย:m Siriporn/ศิริพร:f Suda/สุดา:f Kanya/กัญญา:f Pimchanok/พิมพ์ชนก:f Nattaya/ณัฐยา:f Araya/อารยา:f Warunee/วารุณี:f Thanakorn/ธนากร:m Chayanon/ชยานนท์:m Malee/มาลี:f",
        family="Srisuk/ศรีสุข Saetang/แซ่ตั้ง Chaiyaporn/ชัยพร Wongsawat/วงศ์สวัสดิ์ Rattanakorn/รัตนากร Thongchai/ธงชัย Kaewmanee/แก้วมณี Boonmee/บุญมี Phromma/พรหมมา Sukhum/สุขุม Jaidee/ใจดี Srisombat/ศรีสมบัติ",
        nicks="Ploy/พลอย Nok/นก Beam/บีม Mint/มิ้นท์ Bank/แบงค์ Gift/กิ๊ฟ Pond/ปอนด์ Som/ส้ม Fah/ฟ้า Boss/บอส Ice/ไอซ์ Film/ฟิล์ม",
        order="th",
    ),
    "ms": dict(
        given="Ahmad:m Muhammad_Hafiz:m Azlan:m Faizal:m Hakim:m Amirul:m Nurul_Aina:f Siti_Aishah:f Nor_Azizah:f Farah:f Aisyah:f Zulaikha:f Hidayah:f Syafiq:m Izzati:f Khairul:m",
        patr="Ismail Hassan Abdullah Rahman Osman Yusof Ibrahim Ali Razak Hamid Salleh Kamaruddin",
        order="ms",
    ),
    "am": dict(
        given="Abebe:m Tesfaye:m Dawit:m Yonas:m Bereket:m Haile:m Mulugeta:m Girma:m Kebede:m Alemu:m Tadesse:m Bekele:m Selam:f Hiwot:f Tigist:f Meseret:f Mekdes:f Bethlehem:f Almaz:f Tsion:f Rahel:f Genet:f Meron:f",
        order="et",
    ),
    "yo": dict(
        given="Adebayo:m Oluwaseun:m Tunde:m Olumide:m Femi:m Babatunde:m Ayodele:m Kehinde:m Taiwo:m Funmilayo:f Yetunde:f Folake:f Bukola:f Titilayo:f Omolara:f Morenike:f Bisi:f Precious:f Blessing:f Sunday:m Goodluck:m Favour:f",
        family="Adeyemi Ogunleye Adebayo Olawale Balogun Afolabi Ogunbiyi Adeleke Oyelaran Akinola Bankole Fashola Oladipo Adewale Ojo",
    ),
    "ig": dict(
        given="Chinedu:m Emeka:m Obinna:m Ikenna:m Chukwuemeka:m Nnamdi:m Uchenna:m Ngozi:f Chiamaka:f Adaeze:f Amara:f Chioma:f Nkechi:f Ifeoma:f Ebere:f Chinonso:m Kelechi:m Precious:f Blessing:f Prince:m Honey:f Patience:f",
        family="Okafor Okeke Eze Nwosu Okonkwo Obi Nwachukwu Okoye Onyeka Chukwu Anyanwu Ibekwe Nwankwo Ezeani Uzor",
    ),
    "zu": dict(
        given="Sipho:m Thabo:m Themba:m Bongani:m Sibusiso:m Mandla:m Lwazi:m Nomvula:f Thandeka:f Zanele:f Ayanda:f Lindiwe:f Nokuthula:f Zodwa:f Precious:f Lucky:m Innocent:m Gift:m Nomsa:f Sizwe:m",
        family="Dlamini Nkosi Ndlovu Zulu Mkhize Khumalo Mthembu Ngcobo Buthelezi Cele Shabalala Zungu Mahlangu Sithole Gumede",
    ),
    "zh": dict(
        given="Wei:m Jie:m Hao:m Lei:m Jun:m Yong:m Tao:m Xiuying:f Fang:f Min:f Jing:f Yan:f Ting:f Xiaoling:f Zihan:f Yuxuan:m Haoran:m",
        family="Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao",
        order="e",
    ),
    "ja": dict(
        given="Yuki:f Haruto:m Sota:m Yui:f Aoi:f Hina:f Ren:m Takumi:m Kenji:m Akiko:f Naoko:f Hiroshi:m Daisuke:m Sakura:f Mei:f Kaito:m",
        family="Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura",
        order="e",
    ),
    "ko": dict(
        given="Min-jun:m Seo-yeon:f Ji-woo:f Ha-eun:f Do-yun:m Ji-ho:m Seo-jun:m Su-bin:f Hye-jin:f Young-ho:m Eun-ji:f Jae-won:m Soo-ah:f Dong-hyun:m",
        family="Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon",
        order="e",
    ),
    "vi": dict(
        given="Anh:f Lan:f Hương:f Linh:f Mai:f Trang:f Thảo:f Hùng:m Dũng:m Tuấn:m Long:m Phong:m Nam:m Khoa:m Huy:m Bảo:m",
        family="Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương",
        middle="Văn:m Thị:f Minh:x Thanh:x Ngọc:f Quang:m Đức:m Hoài:x",
        order="vi",
    ),
    "pl": dict(
        given="Katarzyna:f Agnieszka:f Małgorzata:f Joanna:f Magdalena:f Zofia:f Piotr:m Krzysztof:m Tomasz:m Paweł:m Michał:m Grzegorz:m Wojciech:m Łukasz:m Dorota:f",
        family="Kowalski|Kowalska Nowak Wiśniewski|Wiśniewska Wójcik Kowalczyk Kamiński|Kamińska Lewandowski|Lewandowska Zieliński|Zielińska Szymański|Szymańska Woźniak Dąbrowski|Dąbrowska Mazur Krawczyk Jankowski|Jankowska",
        faker="pl_PL",
    ),
    "ar": dict(
        given="Omar:m Ahmed:m Khaled:m Youssef:m Tariq:m Hamza:m Karim:m Layla:f Fatima:f Nour:f Amira:f Huda:f Salma:f Rania:f Yasmin:f Mariam:f Jamal:m Hana:f Sami:m",
        family="Haddad Al-Masri Khalil Nasser Saleh Mansour Al-Farsi Hamdan Aziz Darwish Kassab Al-Rashid El-Sayed Abdullah",
    ),
    "hu": dict(
        given="Eszter:f Zsófia:f Réka:f Katalin:f Anikó:f Bence:m Levente:m Gergely:m Zoltán:m Balázs:m Ádám:m Csilla:f",
        family="Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp",
        order="e",
    ),
    "fil": dict(
        given="Maria_Cristina:f Jose_Miguel:m Angelica:f Mark_Anthony:m Jhon:m Princess:f Lovely:f Cherry:f Jun:m Bong:m Joy:f Mary_Grace:f Rowena:f Ramil:m",
        family="Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Dela_Cruz Villanueva Aquino Ramos Pascual Manalo",
    ),
}

NICKNAMES = "Michael=Mike James=Jim Katarzyna=Kasia Małgorzata=Gosia Wojciech=Wojtek Magdalena=Magda Tomasz=Tomek Guadalupe=Lupe Dolores=Lola Jesús=Chuy Alejandro=Alex Francisco=Paco Oluwaseun=Seun Babatunde=Tunde Funmilayo=Funmi Chukwuemeka=Emeka Titilayo=Titi Nokuthula=Thuli Sibusiso=Sbu Oleksandr=Sasha Dmytro=Dima Kateryna=Katia Giuseppe=Peppe Alessandro=Ale Maximilian=Max Anna-Lena=Lena Christos=Christakis Panagiotis=Takis Dimitris=Mitsos Jean-Baptiste=JB Nnamdi=Nnam Chiamaka=Amaka Mustafa=Musti Rafaela=Rafa Gabriel=Biel"

HONORIFICS = {
    "en": "Mr|Ms", "de": "Herr|Frau", "fr": "M.|Mme", "es": "Sr.|Sra.", "pt": "Sr.|Sra.", "it": "Sig.|Sig.ra",
    "nl": "meneer|mevrouw", "sv": "herr|fru", "cs": "pan|paní", "ro": "dl.|dna.", "el": "κ.|κα", "tr": "Bey|Hanım",
    "uk": "пан|пані", "he": "מר|גב'", "fa": "آقای|خانم", "hi": "श्री|श्रीमती", "hi-Latn": "Mr.|Mrs.", "bn-Latn": "Mr.|Ms.",
    "th": "คุณ|คุณ", "ms": "Encik|Puan", "am-Latn": "Ato|Weyzero", "yo": "Ọgbẹni|Arabinrin", "zu": "Mnu.|Nkk.",
}  # fmt: skip

LANG_COUNTRY = {
    "de": "DE", "fr": "FR", "es": "MX", "pt": "BR", "it": "IT", "nl": "NL", "sv": "SE", "cs": "CZ", "ro": "RO",
    "el": "GR", "tr": "TR", "uk": "UA", "he": "IL", "fa": "IR", "hi": "IN", "hi-Latn": "IN", "bn-Latn": "BD",
    "th": "TH", "ms": "MY", "am-Latn": "ET", "yo": "NG", "zu": "ZA", "en": "US",
}  # fmt: skip

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
}

DATE_STYLES = {
    "en-US": ["{mm}/{dd}/{Y}", "{m}/{d}/{Y}", "{M} {d}, {Y}", "{Mon} {d} {Y}"],
    "en": ["{dd}/{mm}/{Y}", "{d} {M} {Y}", "{d} {Mon} {Y}", "{dd}-{Mon}-{Y}"],
    "de": ["{dd}.{mm}.{Y}", "{d}.{m}.{Y}", "{d}. {M} {Y}"],
    "fr": ["{dd}/{mm}/{Y}", "{d} {M} {Y}"],
    "es": ["{dd}/{mm}/{Y}", "{d} de {M} de {Y}"],
    "pt": ["{dd}/{mm}/{Y}", "{d} de {M} de {Y}"],
    "it": ["{dd}/{mm}/{Y}", "{d} {M} {Y}"],
    "nl": ["{dd}-{mm}-{Y}", "{d} {M} {Y}"],
    "sv": ["{Y}-{mm}-{dd}", "{d} {M} {Y}"],
    "cs": ["{d}. {m}. {Y}", "{d}. {M} {Y}"],
    "ro": ["{dd}.{mm}.{Y}", "{d} {M} {Y}"],
    "el": ["{dd}/{mm}/{Y}", "{d} {M} {Y}"],
    "tr": ["{dd}.{mm}.{Y}", "{d} {M} {Y}"],
    "uk": ["{dd}.{mm}.{Y}", "{d} {M} {Y} р."],
    "he": ["{dd}/{mm}/{Y}", "{dd}.{mm}.{Y}"],
    "hi": ["{dd}/{mm}/{Y}", "{dd}-{mm}-{Y}", "{d} {M} {Y}"],
    "hi-Latn": ["{dd}/{mm}/{Y}", "{dd}-{mm}-{Y}"],
    "bn-Latn": ["{dd}/{mm}/{Y}", "{dd}-{mm}-{Y}"],
    "th": ["{d} {M} {BE}", "{dd}/{mm}/{BE}"],
    "ms": ["{dd}/{mm}/{Y}", "{d} {M} {Y}"],
    "am-Latn": ["{dd}/{mm}/{Y}", "{d} {M} {Y}"],
    "yo": ["{dd}/{mm}/{Y}", "{d} {M} {Y}"],
    "zu": ["{Y}-{mm}-{dd}", "{d} {M} {Y}"],
}

# Countries: phone (national) and intl patterns ('#' digit, '%' 1-9, '@' letter, '*' letter/digit),
# address format ({n} number, {s} street, {c} city+postcode, {a} flat, {m} second number, {b} building),
# passport/dl number patterns, IBAN country, default name cultures (weights), e-mail domains.
COUNTRIES = {
    "US": dict(
        cultures="en:8 es:3 zh:1 vi:1 ko:1 hi:1 ar:1 ig:1 pl:1 fil:1 ja:1 am:1",
        phone="(%##) %##-####|%##-%##-####|%##.%##.####",
        intl="+1 %##-%##-####|+1 (%##) %##-####|+1%##%######",
        streets="Maple Avenue|Oak St|Cedar Lane|W Jefferson Blvd|NE Alberta St|Elm Street|Sunset Drive|Lakeview Ct|Old Mill Rd|S Congress Ave|Magnolia Way|Harbor View Dr",
        cities="Columbus, OH 43215|Portland, OR 97211|Austin, TX 78704|Raleigh, NC 27603|Tucson, AZ 85719|Madison, WI 53703|Dayton, OH 45402|Fresno, CA 93721|Albany, NY 12203|Boise, ID 83702|Savannah, GA 31401|Tampa, FL 33606",
        plaincities="Columbus|Portland|Austin|Raleigh|Tucson|Madison|Boise|Savannah",
        addr="{n} {s}, {c}|{n} {s}, Apt {a}, {c}|{n} {s} #{a}, {c}|{n} {s}, Unit {a}, {c}",
        nrange=(10, 9999),
        mlsep=", ",
        passport="#########|@########",
        email="gmail.com yahoo.com outlook.com icloud.com hotmail.com aol.com proton.me comcast.net",
    ),
    "GB": dict(
        cultures="en:8 pl:1 hi:1 bn:1 ar:1 yo:1 ig:1 it:1 zh:1",
        phone="07### ######|07#### ######|020 #### ####|0161 ### ####|0113 ### ####",
        intl="+44 7### ######|+44 (0)20 #### ####|+447#########",
        streets="High Street|Station Road|Church Lane|Victoria Road|Mill Lane|Queens Crescent|Albert Terrace|Kingsway|Hawthorn Close|Beech Grove",
        cities="Leeds LS6 2AB|Manchester M14 5RT|Bristol BS6 7PQ|Cardiff CF24 4HN|Glasgow G12 8QQ|Norwich NR2 3DX|Sheffield S10 2TN|York YO31 7EP|London N16 0AS|Brighton BN2 1RE",
        plaincities="Leeds|Manchester|Bristol|Cardiff|Glasgow|Norwich|York",
        addr="{n} {s}, {c}|Flat {a}, {n} {s}, {c}",
        iban="GB",
        passport="#########",
        email="gmail.com btinternet.com outlook.com yahoo.co.uk hotmail.co.uk sky.com icloud.com",
    ),
    "CA": dict(
        cultures="en:6 fr:2 zh:1 hi:1 fil:1 ko:1 ar:1",
        phone="(%##) %##-####|%##-%##-####",
        intl="+1 %##-%##-####|+1 (%##) %##-####",
        streets="Queen St W|Bloor St E|Commercial Drive|Rue Saint-Denis|Robie Street|17 Ave SW|Bank Street",
        cities="Toronto, ON M6J 1E6|Vancouver, BC V5L 2H4|Montréal, QC H2T 1S4|Halifax, NS B3H 2Y4|Calgary, AB T2S 0J5|Ottawa, ON K1S 3W7",
        plaincities="Toronto|Vancouver|Montréal|Halifax|Calgary|Ottawa",
        addr="{n} {s}, {c}|{n} {s}, Unit {a}, {c}",
        nrange=(10, 3000),
        passport="@@######",
        dl="@####-#####-#####",
        email="gmail.com rogers.com shaw.ca outlook.com hotmail.com",
    ),
    "AU": dict(
        cultures="en:7 zh:1 vi:1 hi:1 el:1 it:1",
        phone="04## ### ###|(02) #### ####|(03) #### ####",
        intl="+61 4## ### ###|+61 2 %### ####",
        streets="George Street|Smith Street|Brunswick Road|Beach Road|Sydney Road|Oxford Street|Chapel Street|Bridge Road",
        cities="Fitzroy VIC 3065|Newtown NSW 2042|Fremantle WA 6160|Paddington QLD 4064|Glenelg SA 5045|Hobart TAS 7000",
        plaincities="Melbourne|Sydney|Perth|Brisbane|Adelaide|Hobart",
        addr="{n} {s}, {c}|Unit {a}/{n} {s}, {c}",
        passport="@@#######",
        dl="########|#########",
        email="gmail.com bigpond.com outlook.com icloud.com",
    ),
    "IN": dict(
        cultures="hi:5 ta:2 bn:1",
        phone="98### #####|9#########|7#### #####|080-########",
        intl="+91 98### #####|+91-9#########|+91 7#### #####",
        streets="MG Road|14th Cross, Indiranagar|Linking Road, Bandra West|Park Street|Anna Salai|Sector 21|Civil Lines|Road No. 12, Banjara Hills|FC Road, Shivajinagar",
        buildings="Sai Residency|Green Park Apartments|Lotus Towers|Shanti Niketan|Prestige Lakeside",
        cities="Bengaluru 560038|Mumbai 400050|Kolkata 700016|Chennai 600002|Noida 201301|Jaipur 302006|Hyderabad 500034|Pune 411005",
        plaincities="Bengaluru|Mumbai|Kolkata|Chennai|Noida|Jaipur|Pune",
        addr="Flat {a}0{m}, {b}, {s}, {c}|{n}, {s}, {c}|H.No. {n}, {s}, {c}",
        passport="@#######",
        email="gmail.com yahoo.co.in rediffmail.com outlook.com hotmail.com",
    ),
    "NG": dict(
        cultures="yo:4 ig:4 en:1",
        phone="080# ### ####|081# ### ####|070# ### ####|090# ### ####",
        intl="+234 80# ### ####|+234 (0) 81# ### ####|+2348#########",
        streets="Adeola Odeku Street|Allen Avenue|Herbert Macaulay Way|Awolowo Road|Bode Thomas Street|Ogui Road|Aminu Kano Crescent",
        cities="Victoria Island, Lagos|Ikeja, Lagos|Yaba, Lagos|Surulere, Lagos|Enugu|Wuse II, Abuja|Ibadan|Port Harcourt",
        plaincities="Lagos|Abuja|Ibadan|Enugu|Port Harcourt",
        addr="{n} {s}, {c}|No. {n}, {s}, {c}",
        passport="@########",
        dl="@@@#####@@##",
        email="gmail.com yahoo.com outlook.com",
    ),
    "ZA": dict(
        cultures="zu:5 en:2",
        phone="08# ### ####|07# ### ####|06# ### ####",
        intl="+27 8# ### ####|+27 (0)7# ### ####",
        streets="Jan Smuts Avenue|Long Street|Florida Road|Vilakazi Street|Main Road|Voortrekker Road|Oxford Road",
        cities="Parktown, Johannesburg, 2193|Cape Town, 8001|Berea, Durban, 4001|Orlando West, Soweto, 1804|Rondebosch, Cape Town, 7700|Hatfield, Pretoria, 0083",
        plaincities="Johannesburg|Cape Town|Durban|Pretoria|Soweto",
        addr="{n} {s}, {c}",
        passport="@########",
        dl="##########@#",
        email="gmail.com webmail.co.za mweb.co.za outlook.com",
    ),
    "DE": dict(
        cultures="de:8 tr:2 pl:1 el:1 it:1 ar:1",
        phone="0151 ########|0176 ########|030 ########|089 #######|0221 #######",
        intl="+49 151 ########|+49 (0)30 ########|+49 176 ########",
        streets="Hauptstraße|Goethestraße|Lindenallee|Am Mühlenbach|Schillerstr.|Bahnhofstraße|Kastanienweg|Friedrich-Ebert-Ring|Im Wiesengrund|Gartenstraße",
        cities="10115 Berlin|80331 München|50667 Köln|04109 Leipzig|28195 Bremen|69117 Heidelberg|24103 Kiel|99084 Erfurt|70173 Stuttgart|48143 Münster",
        plaincities="Berlin|München|Köln|Leipzig|Bremen|Heidelberg",
        addr="{s} {n}, {c}|{s} {n}{x}, {c}",
        nrange=(1, 120),
        iban="DE",
        dl="*##%@@@#@##",
        email="gmx.de web.de t-online.de posteo.de gmail.com outlook.de",
    ),
    "FR": dict(
        cultures="fr:8 ar:2 pt:1",
        phone="06 ## ## ## ##|07 ## ## ## ##|01 ## ## ## ##|04 ## ## ## ##",
        intl="+33 6 ## ## ## ##|+33 (0)7 ## ## ## ##|+336########",
        streets="rue des Lilas|avenue Jean-Jaurès|boulevard Voltaire|rue de la République|impasse des Tilleuls|place du Marché|chemin des Vignes|rue Victor-Hugo",
        cities="75011 Paris|69003 Lyon|13006 Marseille|31000 Toulouse|44000 Nantes|67000 Strasbourg|33800 Bordeaux|59000 Lille",
        plaincities="Paris|Lyon|Marseille|Toulouse|Nantes|Lille",
        addr="{n} {s}, {c}|{n} bis {s}, {c}",
        nrange=(1, 150),
        iban="FR",
        passport="##@@#####",
        dl="############",
        email="orange.fr free.fr laposte.net gmail.com sfr.fr hotmail.fr wanadoo.fr",
    ),
    "MX": dict(
        cultures="es",
        phone="55 #### ####|33 #### ####|81 #### ####",
        intl="+52 55 #### ####|+52 1 33 #### ####|+52 81 #### ####",
        streets="Calle Durango|Av. Insurgentes Sur|Calle Hidalgo|Av. Juárez|Calle 5 de Mayo|Calz. de Tlalpan|Calle Morelos",
        cities="Col. Roma Norte, 06700 Ciudad de México, CDMX|Col. Americana, 44160 Guadalajara, Jal.|Col. Centro, 64000 Monterrey, N.L.|Col. Del Valle, 03100 Ciudad de México, CDMX|Barrio de Jalatlaco, 68080 Oaxaca, Oax.",
        plaincities="Ciudad de México|Guadalajara|Monterrey|Puebla|Oaxaca",
        addr="{s} {n}, {c}|{s} {n} Int. {a}, {c}|{s} {n}, Depto. {a}, {c}",
        nrange=(1, 1500),
        passport="@########",
        dl="@########",
        email="gmail.com hotmail.com yahoo.com.mx outlook.com prodigy.net.mx",
    ),
    "CO": dict(
        cultures="es",
        phone="3## ### ####|3#########",
        intl="+57 3## ### ####|+57 3#########",
        streets="Calle 72|Carrera 15|Calle 53|Carrera 7|Avenida 68|Diagonal 40A",
        cities="Bogotá|Medellín, Antioquia|Cali, Valle del Cauca|Barranquilla, Atlántico",
        plaincities="Bogotá|Medellín|Cali|Barranquilla",
        addr="{s} # {n}-{m}, {c}|{s} # {n}-{m}, Apto {a}0{m}, {c}",
        nrange=(1, 130),
        passport="@@######",
        dl="##########",
        email="gmail.com hotmail.com outlook.com",
    ),
    "BR": dict(
        cultures="pt:9 ja:1 it:1 ar:1",
        phone="(11) 9####-####|(21) 9####-####|(31) 9####-####|(11) 3###-####",
        intl="+55 11 9####-####|+55 (21) 9####-####|+5511 9#### ####",
        streets="Rua das Flores|Avenida Paulista|Rua Augusta|Rua Voluntários da Pátria|Avenida Brasil|Rua XV de Novembro|Alameda Santos|Rua da Consolação",
        cities="Bela Vista, São Paulo - SP, 01310-100|Botafogo, Rio de Janeiro - RJ, 22250-040|Savassi, Belo Horizonte - MG, 30140-071|Centro, Curitiba - PR, 80020-310|Boa Viagem, Recife - PE, 51020-000",
        plaincities="São Paulo|Rio de Janeiro|Belo Horizonte|Curitiba|Recife",
        addr="{s}, {n} - {c}|{s}, {n}, apto {a}, {c}",
        nrange=(10, 3000),
        iban="BR",
        passport="@@######",
        dl="###########",
        email="gmail.com hotmail.com uol.com.br bol.com.br terra.com.br yahoo.com.br",
    ),
    "IT": dict(
        cultures="it:9 ro:1 ar:1",
        phone="3## ### ####|3## #######|02 ########|06 ########",
        intl="+39 3## ### ####|+39 06 ########",
        streets="Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via dei Mille|Piazza Mazzini|Viale Europa|Via San Francesco",
        cities="20121 Milano MI|00184 Roma RM|80134 Napoli NA|10123 Torino TO|40126 Bologna BO|90133 Palermo PA|50122 Firenze FI",
        plaincities="Milano|Roma|Napoli|Torino|Bologna|Palermo",
        addr="{s} {n}, {c}|{s}, {n}, {c}",
        nrange=(1, 180),
        iban="IT",
        passport="@@#######",
        dl="@@#######@",
        email="libero.it gmail.com alice.it virgilio.it tiscali.it hotmail.it",
    ),
    "NL": dict(
        cultures="nl:8 tr:1 ar:1",
        phone="06-########|06 ## ## ## ##|020-#######|010 ### ####",
        intl="+31 6 ########|+31 (0)6-########|+316########",
        streets="Prinsengracht|Kerkstraat|Dorpsstraat|Molenweg|Stationsplein|Oudegracht|Van Speijkstraat|Julianalaan",
        cities="1015 DV Amsterdam|3511 KX Utrecht|2511 CV Den Haag|3012 AB Rotterdam|9711 LM Groningen|5611 EM Eindhoven",
        plaincities="Amsterdam|Utrecht|Den Haag|Rotterdam|Groningen",
        addr="{s} {n}, {c}|{s} {n}-{a}, {c}",
        iban="NL",
        passport="@@******#",
        dl="##########",
        email="ziggo.nl kpnmail.nl gmail.com hotmail.nl outlook.com xs4all.nl",
    ),
    "SE": dict(
        cultures="sv:8 ar:1 fa:1",
        phone="07#-### ## ##|070-### ## ##|08-### ### ##",
        intl="+46 7# ### ## ##|+46 (0)8 ### ### ##",
        streets="Storgatan|Drottninggatan|Kungsgatan|Vasagatan|Södra Vägen|Björkvägen|Linnégatan",
        cities="111 51 Stockholm|411 38 Göteborg|211 20 Malmö|753 20 Uppsala|903 26 Umeå",
        plaincities="Stockholm|Göteborg|Malmö|Uppsala|Umeå",
        addr="{s} {n}, {c}|{s} {n} lgh 1{a}0, {c}",
        nrange=(1, 90),
        iban="SE",
        passport="########",
        dl="########",
        email="gmail.com telia.com hotmail.se outlook.com spray.se",
    ),
    "CZ": dict(
        cultures="cs:9 uk:1",
        phone="6## ### ###|7## ### ###",
        intl="+420 6## ### ###|+420 7## ### ###|+4207########",
        streets="Vinohradská|Husova|Náměstí Míru|Masarykova|Palackého|Na Příkopě|Sokolská|Jugoslávská",
        cities="120 00 Praha 2|602 00 Brno|779 00 Olomouc|301 00 Plzeň|370 01 České Budějovice",
        plaincities="Praha|Brno|Olomouc|Plzeň",
        addr="{s} {n}/{m}, {c}|{s} {n}, {c}",
        nrange=(100, 3000),
        iban="CZ",
        passport="########",
        dl="@@ ######",
        email="seznam.cz email.cz centrum.cz gmail.com post.cz",
    ),
    "RO": dict(
        cultures="ro:9 hu:1",
        phone="07## ### ###|07########|021 ### ####",
        intl="+40 7## ### ###|+407########",
        streets="Str. Mihai Eminescu|Bd. Unirii|Calea Victoriei|Str. Avram Iancu|Str. Lalelelor|Bd. Eroilor|Șos. Pantelimon",
        cities="București, sector 2|Cluj-Napoca, jud. Cluj|Iași|Timișoara, jud. Timiș|Brașov|Constanța",
        plaincities="București|Cluj-Napoca|Iași|Timișoara|Brașov",
        addr="{s} nr. {n}, {c}|{s} nr. {n}, bl. {a}, sc. B, ap. {m}, {c}",
        nrange=(1, 160),
        iban="RO",
        passport="########",
        dl="########@@",
        email="yahoo.com gmail.com yahoo.ro hotmail.com",
    ),
    "GR": dict(
        cultures="el",
        phone="69# ### ####|21# ### ####",
        intl="+30 69# ### ####|+30 21# ### ####|+3069########",
        streets="Ερμού|Πατησίων|Αγίου Δημητρίου|Λεωφόρος Κηφισίας|Τσιμισκή|Ακαδημίας|Εγνατίας|Σόλωνος",
        cities="105 63 Αθήνα|546 22 Θεσσαλονίκη|262 21 Πάτρα|712 02 Ηράκλειο|151 24 Μαρούσι",
        plaincities="Αθήνα|Θεσσαλονίκη|Πάτρα|Ηράκλειο",
        addr="{s} {n}, {c}",
        nrange=(1, 200),
        iban="GR",
        passport="@@#######",
        dl="#########",
        email="gmail.com yahoo.gr hotmail.com otenet.gr",
    ),
    "TR": dict(
        cultures="tr",
        phone="05## ### ## ##|0 (5##) ### ## ##|0 (212) ### ## ##",
        intl="+90 5## ### ## ##|+90 (532) ### ## ##|+905#########",
        streets="Atatürk Cad.|Bağdat Cad.|İstiklal Cad.|Cumhuriyet Mah. Gül Sok.|Moda Cad.|Kızılay Mah. Ziya Gökalp Cad.|Alsancak Kıbrıs Şehitleri Cad.",
        cities="34710 Kadıköy/İstanbul|06420 Çankaya/Ankara|35220 Konak/İzmir|16050 Nilüfer/Bursa|07100 Muratpaşa/Antalya",
        plaincities="İstanbul|Ankara|İzmir|Bursa|Antalya",
        addr="{s} No: {n} D: {a}, {c}|{s} No:{n}/{a} {c}",
        nrange=(1, 300),
        iban="TR",
        passport="U########",
        dl="######",
        email="gmail.com hotmail.com yandex.com.tr outlook.com",
    ),
    "UA": dict(
        cultures="uk",
        phone="067 ### ## ##|(050) ###-##-##|093 ### ####|(044) ###-##-##",
        intl="+380 67 ### ## ##|+380 (50) ###-##-##|+38093#######",
        streets="вул. Хрещатик|просп. Перемоги|вул. Шевченка|вул. Січових Стрільців|бульв. Лесі Українки|вул. Городоцька|вул. Сумська",
        cities="Київ, 01001|Львів, 79000|Харків, 61000|Одеса, 65000|Дніпро, 49000|Вінниця, 21000",
        plaincities="Київ|Львів|Харків|Одеса|Дніпро",
        addr="{s}, {n}, кв. {a}, {c}|{s}, буд. {n}, {c}",
        nrange=(1, 150),
        iban="UA",
        passport="@@######|#########",
        email="ukr.net gmail.com i.ua meta.ua",
    ),
    "IL": dict(
        cultures="he:8 ar:1 uk:1",
        phone="05#-###-####|05########|0#-###-####",
        intl="+972-5#-###-####|+972 5# ### ####",
        streets="רחוב הרצל|שדרות רוטשילד|רחוב ז'בוטינסקי|רחוב יפו|רחוב ויצמן|רחוב בן יהודה|רחוב הנביאים",
        cities="תל אביב-יפו|ירושלים|חיפה|ראשון לציון|באר שבע|פתח תקווה|רמת גן",
        plaincities="תל אביב|ירושלים|חיפה|באר שבע",
        addr="{s} {n}, {c}|{s} {n} דירה {a}, {c}",
        nrange=(1, 140),
        iban="IL",
        passport="########",
        dl="#######|########",
        email="gmail.com walla.co.il 012.net.il hotmail.com",
    ),
    "IR": dict(
        cultures="fa",
        phone="0912 ### ####|09## ### ####|021-########",
        intl="+98 912 ### ####|+98 9## ### ####",
        streets="خیابان ولیعصر|خیابان انقلاب|بلوار کشاورز|خیابان شریعتی|کوچه لاله|خیابان آزادی|خیابان چهارباغ",
        cities="تهران|اصفهان|شیراز|مشهد|تبریز|کرج",
        plaincities="تهران|اصفهان|شیراز|مشهد",
        addr="{c}، {s}، پلاک {n}، واحد {a}|{c}، {s}، پلاک {n}",
        mlsep="، ",
        nrange=(1, 200),
        iban="IR",
        passport="@########",
        dl="##########",
        email="gmail.com yahoo.com chmail.ir",
    ),
    "TH": dict(
        cultures="th",
        phone="08#-###-####|09#-###-####|02-###-####",
        intl="+66 8# ### ####|+66 (0)9# ### ####",
        streets="ถนนสุขุมวิท|ถนนพหลโยธิน|ถนนรัชดาภิเษก|ถนนนิมมานเหมินท์|ซอยอารีย์|ถนนเพชรบุรี",
        cities="แขวงคลองเตย เขตคลองเตย กรุงเทพฯ 10110|แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400|ต.สุเทพ อ.เมือง จ.เชียงใหม่ 50200|ต.ในเมือง อ.เมือง จ.ขอนแก่น 40000",
        plaincities="กรุงเทพฯ|เชียงใหม่|ขอนแก่น|ภูเก็ต",
        addr="{n}/{a} {s} {c}",
        mlsep=" ",
        nrange=(1, 400),
        passport="@@#######",
        dl="########",
        email="gmail.com hotmail.com yahoo.co.th",
    ),
    "MY": dict(
        cultures="ms:7 zh:2 ta:1",
        phone="01#-### ####|01#-#### ####|03-#### ####",
        intl="+60 1#-### ####|+601########",
        streets="Jalan Ampang|Jalan Tun Razak|Jalan SS 2/24|Jalan Bukit Bintang|Lorong Maarof|Jalan Sultan Ismail|Persiaran Gurney",
        cities="50450 Kuala Lumpur|47300 Petaling Jaya, Selangor|59000 Bangsar, Kuala Lumpur|10250 George Town, Pulau Pinang|80000 Johor Bahru, Johor",
        plaincities="Kuala Lumpur|Petaling Jaya|George Town|Johor Bahru",
        addr="No. {n}, {s}, {c}|{n}, {s}, {c}|Lot {n}, {s}, {c}",
        passport="@########",
        dl="########",
        email="gmail.com yahoo.com hotmail.my",
    ),
    "ET": dict(
        cultures="am",
        phone="09## ### ###|09########|011 ### ####",
        intl="+251 9## ### ###|+2519########|+251 11 ### ####",
        streets="Bole Road|Churchill Avenue|Africa Avenue|Haile Gebre Selassie Road|Jomo Kenyatta Avenue",
        cities="Bole, Addis Ababa|Kirkos, Addis Ababa|Arada, Addis Ababa|Hawassa|Bahir Dar|Mekelle",
        plaincities="Addis Ababa|Hawassa|Bahir Dar|Mekelle",
        addr="{s}, House No. {n}, {c}|Woreda {a}, House No. {n}, {s}, {c}",
        nrange=(100, 3000),
        passport="EP#######|EQ#######",
        dl="######",
        email="gmail.com yahoo.com ethionet.et",
    ),
    "BD": dict(
        cultures="bn",
        phone="01#########|01###-######",
        intl="+880 1###-######|+8801#########",
        streets="Road 7, Dhanmondi|Road 11, Banani|Mirpur Road|Satmasjid Road|Green Road|Agrabad Access Road",
        cities="Dhaka 1205|Dhaka 1213|Dhaka 1209|Chattogram 4100|Sylhet 3100",
        plaincities="Dhaka|Chattogram|Sylhet|Khulna",
        addr="House {n}, {s}, {c}|Flat {a}B, House {n}, {s}, {c}",
        nrange=(1, 90),
        passport="@@#######",
        dl="@@#######@#####",
        email="gmail.com yahoo.com",
    ),
}

US_DL = {
    "CA": "@#######", "NY": "### ### ###|#########", "TX": "########", "FL": "@###-###-##-###-#", "IL": "@###-####-####",
    "WA": "WDL*********", "PA": "## ### ###", "NJ": "@#### ##### #####", "MI": "@ ### ### ### ###", "GA": "#########",
    "OH": "@@######", "MA": "S########",
}  # fmt: skip

IBAN_BBAN = {
    "DE": "##################", "FR": "##########***********##", "IT": "@##########************", "NL": "@@@@##########",
    "GB": "@@@@##############", "ES": "####################", "BE": "############", "AT": "################",
    "PL": "########################", "CZ": "####################", "RO": "@@@@****************", "GR": "#######****************",
    "TR": "#####0****************", "SE": "####################", "PT": "#####################", "BR": "#######################@*",
    "IL": "###################", "UA": "######*******************", "IR": "######################", "CH": "#####************",
}  # fmt: skip

PASSWORD_WORDS = [
    "sommer",
    "winter",
    "sunshine",
    "dragon",
    "monkey",
    "brasil",
    "lisboa",
    "mango",
    "tulpe",
    "kopfsalat",
    "bolacha",
    "gatito",
    "pizza",
    "rocket",
    "kaffee",
    "chai",
    "biryani",
    "jollof",
    "nandos",
    "maple",
    "tequila",
    "ravioli",
    "zebra",
    "orange",
    "meerkat",
    "tornado",
    "banana",
]

COMPANIES = [
    "Johnson & Johnson",
    "Ben & Jerry's",
    "Wendy's",
    "Dell",
    "Ford",
    "Casper",
    "Oscar Health",
    "Siemens",
    "Bosch",
    "Philips",
    "Carrefour",
    "Natura",
    "Grab",
    "Bolt",
    "Jumia",
    "Safaricom",
    "Flipkart",
    "Zalando",
    "DHL",
    "Correios",
    "PostNL",
    "Mercado Libre",
    "Rappi",
    "Uber Eats",
    "Glovo",
    "Deliveroo",
    "Booking.com",
    "Lufthansa",
    "Ethiopian Airlines",
    "Emirates",
    "Marriott",
    "Hilton",
    "Walgreens",
    "Boots",
    "dm-drogerie markt",
    "Allianz",
    "AXA",
    "Zurich",
    "Vodafone",
    "MTN",
    "Airtel",
    "Shopee",
    "Tokopedia",
    "Paystack",
    "Monzo",
    "Revolut",
    "N26",
    "Nubank",
]

PUBLIC_FIGURES = [
    "Taylor Swift",
    "Linus Torvalds",
    "Marie Curie",
    "Ada Lovelace",
    "Chimamanda Ngozi Adichie",
    "Nelson Mandela",
    "Angela Merkel",
    "Lionel Messi",
    "Frida Kahlo",
    "Haile Gebrselassie",
    "Shah Rukh Khan",
    "Guido van Rossum",
    "Grace Hopper",
    "Alan Turing",
    "Serena Williams",
    "Bad Bunny",
    "Wole Soyinka",
    "Greta Thunberg",
]

TOOLS = [
    "Jenkins",
    "Julia",
    "Ruby",
    "Rust",
    "Django",
    "Flask",
    "Pandas",
    "Kafka",
    "Cassandra",
    "Jupyter",
    "Hugo",
    "Sphinx",
    "Alexa",
    "Siri",
    "Jasmine",
    "Mocha",
    "Karma",
    "Gatsby",
    "Ansible",
    "Terraform",
    "Grafana",
    "Kibana",
    "Airflow",
    "dbt",
    "Dagster",
    "Prefect",
    "Celery",
    "Tableau",
    "Looker",
    "Metabase",
    "Superset",
    "Sentry",
    "Mercurial",
    "Ollama",
    "Claude",
    "Gemini",
    "Copilot",
    "Harvey",
    "Devin",
    "Bard",
]

WORK_DOMAINS = [
    "harbourline-logistics.com",
    "greenleafclinic.org",
    "northgate-realty.co",
    "brightpath-hr.com",
    "kestrel-analytics.io",
    "tidewater-insurance.com",
    "lumenpharma.de",
    "quintaverde.com.br",
    "oakridge-school.org.uk",
    "sahelfreight.ng",
]
UNI_DOMAINS = [
    "leeds.ac.uk",
    "uni-tuebingen.de",
    "ui.edu.ng",
    "monash.edu",
    "usp.br",
    "iitb.ac.in",
    "uva.nl",
    "kth.se",
    "cuni.cz",
    "tau.ac.il",
]

Tpl = namedtuple("Tpl", "kind lang domain countries text cultures", defaults=("",))

EN = "US GB CA AU IN NG ZA"
US = "US"

TEMPLATES = [
    # ------------------------------------------------------------------ English chat
    Tpl(
        "chat",
        "en",
        "pharmacy",
        EN,
        """Hi, I'm picking up a refill for my mum, ⟦f1.full⟧ (DOB ⟦dob⟧). The pharmacy says the prescription was sent to the wrong store. Her number on file is ⟦phone⟧. Can you draft a short, polite message I can send to the ⟦company⟧ pharmacist asking them to transfer it to the branch on ⟦city⟧ Road?""",
    ),
    Tpl(
        "chat",
        "en",
        "telehealth",
        EN,
        """can u help me fill this telehealth intake? name: ⟦p1.low⟧, born ⟦dob⟧, meds: sertraline 50mg, allergies: penicillin. address is ⟦addr⟧. i need it formatted as a neat paragraph for the doctor, dr ⟦p2.last⟧ asked for it before my ⟦time⟧ call""",
    ),
    Tpl(
        "chat",
        "en",
        "veterinary",
        EN,
        """Our dog Biscuit (golden retriever, 7 yrs) had his dental at ⟦pick:Riverside|Oakwood|Northside⟧ Vet last week. The invoice is under ⟦p1.full⟧ and they charged my card ending in the full number ⟦cc⟧ twice ($⟦amount⟧ each). Write a firm but friendly email to the practice manager ⟦p2.first⟧ asking for a refund of the duplicate charge.""",
    ),
    Tpl(
        "chat",
        "en",
        "school",
        EN,
        """Please rewrite this for the class WhatsApp group so it sounds less passive-aggressive: "To whoever took ⟦p1.first⟧'s lunchbox home on Friday — it has her name on it. Please give it back to ⟦p2.hon⟧ ⟦p2.last⟧ or text me on ⟦phone⟧. — ⟦p3.first⟧ (⟦p1.first⟧'s dad)\"""",
    ),
    Tpl(
        "chat",
        "en",
        "sports",
        EN,
        """I run the U12 ⟦pick:football|netball|hockey|cricket⟧ team. Make me a table of players with columns Name, Shirt, Parent contact:
⟦rep:4-6⟧⟦r.full⟧ #⟦int:2-30⟧ ⟦phone⟧
⟦/rep⟧Also flag that ⟦p1.nick⟧ can't play on the ⟦date⟧ tournament.""",
    ),
    Tpl(
        "chat",
        "en",
        "ride-hailing",
        EN,
        """My driver today (⟦p1.first⟧, silver Toyota Prius) left my phone charger in the car. Trip ID ⟦uuid⟧, pickup at ⟦addr⟧ around ⟦time⟧. How do I word a lost-item report? My callback number is ⟦phone:intl⟧.""",
    ),
    Tpl(
        "chat",
        "en",
        "food-delivery",
        EN,
        """write a complaint to ⟦company⟧ support: order ⟦order⟧ never arrived, app shows delivered to ⟦addr⟧ but that's my old flat. rider name was ⟦p1.first⟧. account email ⟦p2.email⟧. i want the ⟦amount⟧ back not credits""",
    ),
    Tpl(
        "chat",
        "en",
        "hotel",
        EN,
        """Could you translate into Spanish: "Dear ⟦p1.hon⟧ ⟦p1.last⟧, your reservation ⟦pnr⟧ for 3 nights from ⟦date⟧ is confirmed. The card ⟦cc⟧ will be charged on arrival. Late check-in? Call the front desk at ⟦phone:intl⟧.\"""",
    ),
    Tpl(
        "chat",
        "en",
        "airline",
        EN,
        """I booked flight ⟦flight⟧ for my grandmother but misspelled her name as "⟦f1.typo⟧" — her passport says ⟦f1.CAPS⟧, passport no. ⟦passport⟧, born ⟦dob⟧. Does the airline allow a free name correction? Draft the request to the airline please.""",
    ),
    Tpl(
        "chat",
        "en",
        "hr-payroll",
        "US",
        """Quick question — my employer put my SSN as ⟦ssn⟧ on the W-2 but the last four should be different. My name is ⟦p1.full⟧ and HR contact is ⟦p2.full⟧ (⟦p2.email:work⟧). What's the form to request a corrected W-2?""",
    ),
    Tpl(
        "chat",
        "en",
        "tax",
        "US",
        """I'm filing for my cousin ⟦p1.full⟧ who doesn't have an SSN, only an ITIN: ⟦itin⟧. She lives at ⟦addr⟧. Can she claim the child tax credit for her son ⟦m2.first⟧ (born ⟦dob:child⟧)? Explain simply.""",
    ),
    Tpl(
        "chat",
        "en",
        "immigration",
        EN,
        """I'm helping a friend with a visa appointment. His details: ⟦m1.REV⟧, passport ⟦passport⟧, date of birth ⟦dob⟧, phone ⟦phone:intl⟧. The embassy website keeps rejecting the form at step 3 with "invalid document number". Is the format wrong?""",
    ),
    Tpl(
        "chat",
        "en",
        "insurance",
        EN,
        """Summarize this for my claim: on ⟦date⟧ a delivery van reversed into my parked car outside ⟦addr⟧. The van driver gave his name as ⟦m1.full⟧, licence ⟦dl⟧, mobile ⟦phone⟧. A neighbour, ⟦p2.first⟧ ⟦p2.last⟧, saw it. Policy ref ⟦order⟧.""",
    ),
    Tpl(
        "chat",
        "en",
        "property",
        EN,
        """hey so my landlord ⟦p1.full⟧ is refusing to return the deposit. lease was for ⟦addr⟧, I paid into his account ⟦iban⟧. what can I legally do? keep it short""",
    ),
    Tpl(
        "chat",
        "en",
        "utility",
        EN,
        """Help me write to the electricity company. The account is still in my late father's name, ⟦m1.full⟧, and I need it moved to mine (⟦p2.full⟧). Meter point ⟦num:13⟧, supply address ⟦addr⟧. I can pay by direct debit from ⟦iban⟧.""",
    ),
    Tpl(
        "chat",
        "en",
        "crypto",
        EN,
        """someone scammed my brother ⟦m1.first⟧ — he sent 0.4 BTC to ⟦btc⟧ thinking it was an exchange deposit. his own wallet is ⟦crypto⟧. which authorities do we report this to and what info do they need?""",
    ),
    Tpl(
        "chat",
        "en",
        "genealogy",
        EN,
        """I'm building a family tree. Can you turn this into GEDCOM-ish notes? Great-grandfather ⟦m1.full⟧, born ⟦dob:long⟧ in ⟦city⟧, married ⟦f2.full⟧ in 1931. Their daughter ⟦f3.first⟧ is my gran; she was born ⟦dob:long⟧ and still lives at ⟦addr⟧.""",
    ),
    Tpl(
        "chat",
        "en",
        "legal-aid",
        EN,
        """I volunteer at a legal aid clinic. Rephrase in plain English for the client, ⟦p1.first⟧: "The respondent, ⟦p2.full⟧, has until ⟦date:long⟧ to file an answer; service was effected at ⟦addr⟧." Keep it under 60 words.""",
    ),
    Tpl(
        "chat",
        "en",
        "church",
        EN,
        """Can you make this prayer list into a nicer bulletin paragraph? Please pray for ⟦rep:3-5⟧⟦r.full⟧ (⟦pick:surgery|new baby|new job|grief|recovery⟧), ⟦/rep⟧and for Pastor ⟦m1.last⟧'s trip. Meals sign-up: call ⟦p2.first⟧ on ⟦phone⟧.""",
    ),
    Tpl(
        "chat",
        "en",
        "security",
        EN,
        """URGENT: I accidentally pasted our prod key into a public gist: ⟦secret⟧ — how do I rotate it and check if it was used? The gist was under my account ⟦p1.login⟧.""",
    ),
    Tpl(
        "chat",
        "en",
        "crm",
        EN,
        """extract the name, email and phone from this signature and give me JSON:

Best,
⟦p1.full⟧
Senior Account Manager | ⟦company⟧
⟦p1.email:work⟧
m: ⟦phone⟧""",
    ),
    Tpl(
        "chat",
        "en",
        "event-ticketing",
        EN,
        """I bought 2 tickets for the ⟦pick:Coldplay|Burna Boy|Ed Sheeran|Rosalía⟧ gig with order ⟦order⟧ but the tickets went to my old email ⟦email⟧. New one is ⟦email⟧. I'm ⟦p1.full⟧. Can you write the support request?""",
    ),
    Tpl(
        "chat",
        "en",
        "translate",
        EN,
        """Translate to French and keep the formatting:
Patient: ⟦p1.full⟧
Date of birth: ⟦dob⟧
Allergies: none known
Emergency contact: ⟦p2.full⟧, ⟦phone:intl⟧""",
    ),
    Tpl(
        "chat",
        "en",
        "academic",
        EN,
        """Reviewer 2 here. Make my comments more diplomatic: "The authors (⟦p1.init⟧ and ⟦p2.init⟧) ignore the obvious confounder. Frankly ⟦p1.last⟧'s earlier paper had the same flaw." Also I'm ⟦p3.full⟧ but please don't include my name.""",
    ),
    Tpl(
        "chat",
        "en",
        "it-support",
        EN,
        """my laptop ⟦p1.first⟧s-MacBook-Pro won't join the office wifi. mac address is ⟦mac⟧, it gets ip ⟦ip:priv⟧ then drops. IT guy ⟦p2.first⟧ said to ask you lol. what should I check?""",
    ),
    # ------------------------------------------------------------------ English turns
    Tpl(
        "turns",
        "en",
        "telehealth",
        EN,
        """User: I need to reschedule my appointment with Dr. ⟦p1.last⟧.
Assistant: Sure — can you confirm the patient's full name and date of birth?
User: ⟦p2.full⟧, ⟦dob⟧
Assistant: Thanks. Which day works better for you?
User: anything after ⟦date⟧, mornings. call me on ⟦phone⟧ if there's a cancellation""",
    ),
    Tpl(
        "turns",
        "en",
        "courier",
        EN,
        """[user]: where is my parcel ⟦track⟧??
[assistant]: I can see it's at the local depot. To arrange redelivery, could you confirm the delivery address?
[user]: ⟦addr⟧, leave it with ⟦p1.first⟧ next door if I'm out
[assistant]: Done. A driver will attempt delivery tomorrow between 9:00 and 13:00.
[user]: thanks. my name is ⟦p2.full⟧ btw, the label says "⟦p2.typo⟧\"""",
    ),
    Tpl(
        "turns",
        "en",
        "hr-visa",
        EN,
        """user: Can you check this paragraph for my visa sponsorship letter?
assistant: Of course, paste it here.
user: "We confirm that ⟦p1.full⟧ (passport ⟦passport⟧) has been employed as Data Analyst since ⟦date⟧ with an annual salary of £⟦int:38-72⟧,000."
assistant: It reads well. You might add the employee's job code and the sponsor licence number.
user: ok, and sign it from ⟦p2.full⟧, Head of People""",
    ),
    Tpl(
        "turns",
        "en",
        "banking",
        EN,
        """User: I want to send money to my sister abroad.
Assistant: I can help you prepare the transfer details. What are the recipient's name and IBAN?
User: ⟦f1.full⟧, ⟦iban⟧
Assistant: Got it. Is the purpose "family support"?
User: yes. and please remember my card is ⟦cc⟧ for the fee""",
    ),
    Tpl(
        "turns",
        "en",
        "dev-help",
        EN,
        """user: why does my script fail with 401
assistant: Could you share the code (with secrets removed)?
user: ```python
import requests
API_KEY = "⟦secret⟧"
r = requests.get("https://api.⟦pick:acme-metrics|tilewise|parcelhub⟧.io/v2/users", headers={"Authorization": f"Bearer {API_KEY}"})
print(r.status_code)
```
assistant: The header looks right. Is the key active and scoped for /v2/users?
user: it worked yesterday when ⟦f1.first⟧ ran it from her machine""",
    ),
    Tpl(
        "turns",
        "en",
        "school",
        EN,
        """Parent: Hi, this is ⟦p1.full⟧, ⟦p2.first⟧'s mum (Year 4, Mrs ⟦f3.last⟧'s class).
Bot: Hello! How can I help today?
Parent: ⟦p2.first⟧ has a dentist appointment on ⟦date⟧ so she'll be picked up at 1:30 by her grandad ⟦m4.full⟧.
Bot: Thanks, I'll let the office know. Is there a phone number for the grandparent?
Parent: ⟦phone⟧""",
    ),
    Tpl(
        "turns",
        "en",
        "ride-hailing",
        EN,
        """Customer: driver cancelled twice and charged me a fee
Agent: Sorry to hear that! Could you share the email on your account?
Customer: ⟦email⟧
Agent: Thanks ⟦p1.first⟧. I see two cancellations by drivers ⟦p2.first⟧ and ⟦p3.first⟧ and a $5 fee. I've reversed it.
Customer: cool, refund to the card ending ⟦int:1000-9999⟧ pls""",
    ),
    Tpl(
        "turns",
        "en",
        "veterinary",
        EN,
        """User: summarize this vet record for me
Assistant: Sure, please paste it.
User: Owner: ⟦p1.REV⟧ — Tel ⟦phone⟧ — Pet: "⟦pick:Pepper|Mango|Luna|Ziggy|Hope⟧", DSH cat, 4y. Seen by ⟦p2.init⟧ on ⟦date⟧. Vaccinations up to date; weight 4.8kg.
Assistant: Summary: a 4-year-old domestic shorthair, vaccinations current, weight 4.8 kg; owner ⟦p1.full⟧.""",
    ),
    Tpl(
        "turns",
        "en",
        "immigration",
        EN,
        """USER: I'm filling out the I-130 for my wife.
ASSISTANT: Happy to help. Which part?
USER: Part 2. Her name is ⟦f1.full⟧, born ⟦dob⟧ in ⟦city⟧, passport ⟦passport⟧. Do I write her maiden name too?
ASSISTANT: Yes, list other names used in Part 2, item 9.
USER: maiden name ⟦f1.first⟧ ⟦f2.last⟧. her previous visa was issued ⟦date⟧ if that matters""",
    ),
    Tpl(
        "turns",
        "en",
        "crm",
        EN,
        """User: Clean this lead list and dedupe.
Assistant: Please paste the rows.
User: ⟦rep:3-5⟧⟦r.full⟧;⟦r.email⟧;⟦phone⟧;⟦company⟧
⟦/rep⟧Assistant: I found no exact duplicates. Want me to normalise phone formats?
User: yes to E.164""",
    ),
    Tpl(
        "turns",
        "en",
        "academic",
        EN,
        """{"role": "user", "content": "Here is the author block, fix the formatting: ⟦p1.full⟧¹, ⟦p2.full⟧²*, ⟦p3.init⟧¹. *Corresponding: ⟦p2.email:uni⟧"}
{"role": "assistant", "content": "Here it is formatted with superscript affiliations. Should ⟦p2.last⟧ remain the corresponding author?"}
{"role": "user", "content": "yes. and use an en dash in the affiliation list"}""",
    ),
    Tpl(
        "turns",
        "en",
        "property",
        EN,
        """Tenant: The boiler has been broken since ⟦date⟧.
Manager bot: I'm sorry about that. Which property and unit?
Tenant: ⟦addr⟧
Manager bot: Thank you. A technician from ⟦company⟧ can come Thursday. Who should they contact?
Tenant: me, ⟦p1.full⟧ — ⟦phone⟧. or my partner ⟦p2.nick⟧""",
    ),
    # ------------------------------------------------------------------ English docs
    Tpl(
        "doc",
        "en",
        "email",
        EN,
        """From: ⟦p1.full⟧ <⟦p1.email⟧>
To: ⟦p2.email:work⟧
Subject: Re: invoice ⟦order⟧
Date: ⟦date⟧

Hi ⟦p2.first⟧,

Thanks for sending this over. The amount is right, but the billing address should be ⟦addr⟧, not the old office. Can you reissue?

Cheers,
⟦p1.first⟧

Summarize this email in one line.""",
    ),
    Tpl(
        "doc",
        "en",
        "letter",
        EN,
        """Please proofread:

⟦p1.full⟧
⟦addr:ml⟧
⟦date:long⟧

Dear Sir or Madam,

I am writing to dispute a charge on my credit card ⟦cc⟧. On ⟦date:long⟧ I cancelled my gym membership with ⟦company⟧, yet I was billed again. My membership number was ⟦num:8⟧.

Yours faithfully,
⟦p1.full⟧""",
    ),
    Tpl(
        "doc",
        "en",
        "form",
        "US",
        """Extract fields to JSON:

PATIENT REGISTRATION — ⟦pick:Lakeside|Mercy|St. Anne|Valley⟧ Family Clinic
LAST NAME: ⟦p1.last⟧          FIRST: ⟦p1.first⟧
DOB: ⟦dob⟧     SEX: ⟦p1.g:M|F⟧
SSN: ⟦ssn⟧
HOME ADDRESS: ⟦addr:caps⟧
CELL: ⟦phone⟧     EMAIL: ⟦p1.email⟧
INSURANCE: ⟦pick:Aetna|Cigna|Blue Cross|Humana⟧   MEMBER ID: ⟦pat:^^^%~~~~~~~~⟧
EMERGENCY CONTACT: ⟦p2.CAPS⟧ (⟦pick:spouse|sister|son|friend⟧) ⟦phone⟧""",
    ),
    Tpl(
        "doc",
        "en",
        "ocr-scan",
        EN,
        """[OCR output, page 1 of 2 — please clean up]

DRIVING LlCENCE
1. ⟦p1.LAST⟧
2. ⟦p1.first⟧
3. ⟦dob⟧  ⟦city⟧
4a. ⟦date⟧  4b. ⟦date⟧
5. ⟦dl⟧
8. ⟦addr⟧
9. AM/B/BE""",
    ),
    Tpl(
        "doc",
        "en",
        "ticket",
        EN,
        """Ticket ⟦ticket⟧ | Priority: P2 | Opened ⟦ts⟧
Reporter: ⟦p1.full⟧ (⟦p1.email⟧)
Assignee: ⟦p2.login⟧

Customer says the courier marked parcel ⟦track⟧ as "refused" but nobody came to ⟦addr⟧. Customer phone ⟦phone⟧. Asked ⟦p2.first⟧ to open a claim with ⟦company⟧.

--
Write a reply to the customer.""",
    ),
    Tpl(
        "doc",
        "en",
        "meeting-notes",
        EN,
        """Meeting notes — ⟦pick:Parents' Association|Allotment Committee|Tenants' Union|Youth Football Club⟧, ⟦date⟧
Present: ⟦p1.full⟧ (chair), ⟦p2.full⟧, ⟦p3.first⟧ ⟦p3.last⟧, ⟦p4.nick⟧
Apologies: ⟦p5.full⟧

1. Treasurer's report — balance £⟦amount⟧. ⟦p2.first⟧ to move funds to the new account ⟦iban⟧.
2. Summer fair — ⟦p3.last⟧ will ask ⟦company⟧ for a raffle prize.
3. AOB: ⟦p4.nick⟧ raised parking near the gate. Hope to resolve by next meeting.

Turn these into action items.""",
    ),
    Tpl(
        "doc",
        "en",
        "csv",
        EN,
        """Convert this CSV to a markdown table:

member_id,name,dob,phone,email,joined
⟦rep:3-6⟧⟦num:5⟧,"⟦r.rev⟧",⟦dob:iso⟧,⟦phone⟧,⟦r.email⟧,⟦date:iso⟧
⟦/rep⟧""",
    ),
    Tpl(
        "doc",
        "en",
        "json-export",
        EN,
        """Here is a record from our CRM export, which fields are PII?
{
  "id": "⟦uuid⟧",
  "created_at": "⟦ts⟧",
  "contact": {"display_name": "⟦p1.full⟧", "handle": "@⟦p1.login⟧", "email": "⟦p1.email⟧", "mobile": "⟦phone:intl⟧"},
  "billing": {"card": "⟦cc⟧", "address": "⟦addr⟧"},
  "owner": "⟦p2.login⟧",
  "tags": ["vip", "⟦pick:churn-risk|upsell|renewal⟧"],
  "score": ⟦int:1-100⟧
}""",
    ),
    Tpl(
        "doc",
        "en",
        "yaml",
        EN,
        """Review this volunteer roster config:
roster:
  event: ⟦pick:Harvest Fair|Charity 10k|Food Bank Saturday⟧
  date: ⟦date:iso⟧
  leads:
⟦rep:2-4⟧    - name: ⟦r.full⟧
      phone: "⟦phone⟧"
      shift: "⟦time⟧"
⟦/rep⟧  first_aid: ⟦p1.full⟧
  notes: "Grace period of 15 min for late arrivals\"""",
    ),
    Tpl(
        "doc",
        "en",
        "xml",
        EN,
        """Parse this XML and list the travellers:
<booking ref="⟦pnr⟧" created="⟦ts⟧">
  <traveller type="ADT"><name>⟦p1.REV⟧</name><passport>⟦passport⟧</passport><dob>⟦dob:iso⟧</dob></traveller>
  <traveller type="CHD"><name>⟦p2.REV⟧</name><dob>⟦dob:child⟧</dob></traveller>
  <contact phone="⟦phone:intl⟧" email="⟦p1.email⟧"/>
  <flight no="⟦flight⟧" date="⟦date:iso⟧"/>
</booking>""",
    ),
    Tpl(
        "doc",
        "en",
        "insurance",
        EN,
        """CLAIM FORM — Motor
Policyholder: ⟦p1.full⟧
Date of birth: ⟦dob⟧
Driving licence no.: ⟦dl⟧
Address: ⟦addr⟧
Incident date: ⟦date⟧   Time: ⟦time⟧
Third party: ⟦p2.full⟧, tel. ⟦phone⟧, reg. ⟦pat:^^%~ ^^^⟧
Description: reversing in car park of ⟦company⟧, minor damage to rear bumper.

Rewrite the description in formal English.""",
    ),
    Tpl(
        "doc",
        "en",
        "hr-payroll",
        "US",
        """Payroll change request
Employee: ⟦p1.full⟧ (ID ⟦num:6⟧)
SSN: ⟦ssn⟧
New direct deposit: see attached voided check (bank: ⟦company⟧)
Effective: ⟦date⟧
Approved by: ⟦p2.full⟧, HR Business Partner

Check whether this request is complete.""",
    ),
    Tpl(
        "doc",
        "en",
        "changelog",
        EN,
        """## ⟦ver⟧ (⟦date:iso⟧)

### Fixed
- Crash when parsing empty YAML front-matter (#⟦int:100-3000⟧, thanks @⟦p1.login⟧)
- `--dry-run` no longer writes the lockfile (⟦p2.full⟧)

### Added
- Julia and Ruby syntax highlighting (@⟦p3.login⟧)

Write release notes for end users from this changelog.""",
    ),
    Tpl(
        "doc",
        "en",
        "mailing-list",
        EN,
        """On ⟦date:long⟧, ⟦p1.full⟧ <⟦p1.email⟧> wrote:
> I tested the patch on ⟦pick:Debian 12|Fedora 40|Alpine 3.20⟧ and it still segfaults.
> Backtrace attached.

Thanks ⟦p1.first⟧. ⟦p2.first⟧ and I looked at it; the fix is in ⟦sha7⟧. Could you retest?

-- 
⟦p3.full⟧

Summarize the thread status.""",
    ),
    Tpl(
        "doc",
        "en",
        "security-incident",
        EN,
        """INCIDENT REPORT ⟦ticket⟧ — credential exposure
Detected: ⟦ts⟧ by ⟦p1.full⟧ (SOC on-call)
Summary: An AWS access key ⟦secret:aws_id⟧ with secret ⟦secret:aws_key⟧ was committed to a public repo by ⟦p2.login⟧.
Source IPs seen using the key: ⟦ip⟧, ⟦ip:v6⟧
Actions: key revoked at ⟦ts⟧; ⟦p2.first⟧ notified; CloudTrail reviewed.

Turn this into an executive summary without technical jargon.""",
    ),
    Tpl(
        "doc",
        "en",
        "spreadsheet",
        EN,
        """paste from excel, can you total the amounts per person?
Name	Date	Amount	Card
⟦rep:3-5⟧⟦r.full⟧	⟦date⟧	⟦amount⟧	⟦cc⟧
⟦/rep⟧""",
    ),
    Tpl(
        "doc",
        "en",
        "logistics",
        EN,
        """Delivery manifest ⟦order⟧ — Route ⟦int:1-40⟧ — Driver: ⟦p1.full⟧
Stop 1: ⟦p2.full⟧, ⟦addr⟧, ⟦phone⟧, parcel ⟦track⟧
Stop 2: ⟦p3.full⟧, ⟦addr⟧, ⟦phone⟧, parcel ⟦track⟧ (fragile)
Stop 3: ⟦company⟧ warehouse, gate 4
Optimise the stop order for me.""",
    ),
    Tpl(
        "doc",
        "en",
        "genealogy",
        EN,
        """Family record transcription (parish register, 1952):
Baptism of ⟦m1.full⟧, son of ⟦m2.full⟧ and ⟦f3.full⟧, born ⟦dob:long⟧.
Godparents: ⟦p4.full⟧, ⟦p5.full⟧.

Modern note: ⟦m1.first⟧ now lives at ⟦addr⟧, phone ⟦phone⟧ (from cousin ⟦p6.first⟧).
Please normalise the spelling.""",
    ),
    Tpl(
        "doc",
        "en",
        "open-source",
        EN,
        """# CODEOWNERS
/docs/            @⟦p1.login⟧ @⟦p2.login⟧
/src/parser/      @⟦p3.login⟧
/src/cli/         @⟦p1.login⟧
*.rs              @rust-maintainers

Explain what this CODEOWNERS file does and who reviews changes to src/parser.""",
    ),
    Tpl(
        "doc",
        "en",
        "pull-request",
        EN,
        """PR #⟦int:200-9000⟧: Fix timezone handling in export (⟦p1.login⟧ wants to merge 3 commits into main)

⟦p2.full⟧ commented: LGTM, but ⟦p1.first⟧ can you add a test for DST?
⟦p1.full⟧ commented: Added in ⟦sha7⟧. Also CC @⟦p3.login⟧ for the Windows build (⟦build⟧).

Write a concise review summary.""",
    ),
    Tpl(
        "doc",
        "en",
        "peer-review",
        EN,
        """Decision letter draft — Manuscript ⟦pat:JAE-20~~-0%~~⟧
Dear Dr ⟦p1.last⟧,
Thank you for submitting "Seasonal variation in urban fox diets" (co-authors ⟦p2.init⟧, ⟦p3.full⟧). Reviewer 1 (⟦p4.full⟧) recommends minor revision.
Editor: ⟦p5.full⟧

Make this letter warmer.""",
    ),
    Tpl(
        "doc",
        "en",
        "pharmacy",
        EN,
        """Rx label text (scanned):
⟦company⟧ PHARMACY  Rx# ⟦num:7⟧
⟦p1.CAPS⟧
⟦addr:caps⟧
AMOXICILLIN 500MG CAP  Qty: 21
TAKE 1 CAPSULE 3 TIMES DAILY
Dr. ⟦p2.last⟧   Refills: 0   Filled: ⟦date⟧
What does this label tell me to do?""",
    ),
    Tpl(
        "doc",
        "en",
        "school",
        EN,
        """School trip consent form — Year ⟦int:3-9⟧ — ⟦pick:Science Museum|Zoo|Aquarium|Botanic Garden⟧ visit on ⟦date⟧
Child's name: ⟦p1.full⟧     Date of birth: ⟦dob:child⟧
Parent/guardian: ⟦p2.full⟧
Emergency phone: ⟦phone⟧
Medical info: mild asthma (inhaler in bag)
Signed: ⟦p2.init⟧

Is anything missing from this form?""",
    ),
    Tpl(
        "doc",
        "en",
        "crypto-payroll",
        EN,
        """Contractor payout sheet (⟦date⟧)
| Contractor | Handle | Wallet | Amount USDC |
|---|---|---|---|
⟦rep:2-4⟧| ⟦r.full⟧ | @⟦r.login⟧ | ⟦eth⟧ | ⟦amount⟧ |
⟦/rep⟧
Check the table formatting.""",
    ),
    # ------------------------------------------------------------------ English tech
    Tpl(
        "tech",
        "en",
        "git-log",
        EN,
        """commit ⟦sha⟧
Author: ⟦p1.full⟧ <⟦p1.email⟧>
Date:   ⟦ts⟧

    fix(parser): handle empty front matter

    Reported-by: ⟦p2.full⟧ <⟦p2.email⟧>

commit ⟦sha⟧
Author: ⟦p3.full⟧ <⟦p3.email⟧>
Date:   ⟦ts⟧

    chore: bump Jenkins plugin to ⟦ver⟧

Write a changelog entry from these commits.""",
    ),
    Tpl(
        "tech",
        "en",
        "config",
        EN,
        """# .env.production — why does the app not pick up DATABASE_URL?
DATABASE_URL=postgres://⟦p1.login⟧:⟦secret:pw⟧@db-⟦pick:prod|main|primary⟧.internal:5432/orders
REDIS_URL=redis://⟦localip⟧:6379/0
STRIPE_SECRET_KEY=⟦secret:stripe⟧
SENTRY_DSN=https://⟦secret:hex32⟧@o⟦num:6⟧.ingest.sentry.io/⟦num:7⟧
ADMIN_EMAIL=⟦p2.email⟧
PORT=⟦port⟧""",
    ),
    Tpl(
        "tech",
        "en",
        "stack-trace",
        EN,
        """Traceback (most recent call last):
  File "/home/⟦p1.login⟧/projects/invoicer/app.py", line 88, in send_invoice
    smtp.login("⟦p2.email⟧", "⟦secret:pw⟧")
  File "/usr/lib/python3.11/smtplib.py", line 750, in login
    raise last_exception
smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')

why is gmail rejecting this?""",
    ),
    Tpl(
        "tech",
        "en",
        "sql",
        EN,
        """Optimise this query, it's slow on 40M rows:

SELECT c.id, c.full_name, o.total
FROM customers c JOIN orders o ON o.customer_id = c.id
WHERE c.email = '⟦p1.email⟧'
   OR c.phone = '⟦phone⟧'
   OR c.full_name ILIKE '%⟦p1.last⟧%'
ORDER BY o.created_at DESC LIMIT 50;

-- added by ⟦p2.login⟧ on ⟦date:iso⟧""",
    ),
    Tpl(
        "tech",
        "en",
        "logs",
        EN,
        """Can you explain these nginx logs? Looks like a brute force.
⟦rep:3-5⟧⟦ip⟧ - - [⟦ts⟧] "POST /wp-login.php HTTP/1.1" 401 ⟦int:300-900⟧ "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/⟦build⟧"
⟦/rep⟧⟦ip⟧ - ⟦p1.login⟧ [⟦ts⟧] "GET /admin/ HTTP/1.1" 200 5123 "-" "curl/8.4.0\"""",
    ),
    Tpl(
        "tech",
        "en",
        "shell",
        EN,
        """$ ssh ⟦p1.login⟧@⟦ip⟧ -p 2222
⟦p1.login⟧@⟦ip⟧'s password:
Permission denied, please try again.
$ cat ~/.ssh/config
Host bastion
  HostName ⟦ip⟧
  User ⟦p1.login⟧
  IdentityFile ~/.ssh/id_ed25519

What is wrong with my ssh setup?""",
    ),
    Tpl(
        "tech",
        "en",
        "airflow",
        EN,
        """[⟦ts⟧] {taskinstance.py:1159} INFO - Dependencies all met for <TaskInstance: crm_sync.load_contacts manual__⟦ts⟧ [queued]>
[⟦ts⟧] {base.py:73} INFO - Using connection ID 'crm_pg' for task execution.
[⟦ts⟧] {crm.py:41} ERROR - Row rejected: {'name': '⟦p1.full⟧', 'email': '⟦p1.email⟧', 'phone': '⟦phone⟧', 'reason': 'duplicate key'}
[⟦ts⟧] {taskinstance.py:1400} INFO - Marking task as FAILED. dag_id=crm_sync, owner=⟦p2.login⟧

Why did the DAG fail?""",
    ),
    Tpl(
        "tech",
        "en",
        "dbt",
        EN,
        """-- models/staging/stg_customers.sql
-- owner: ⟦p1.full⟧ (⟦p1.email⟧)
-- TODO(⟦p2.login⟧): mask card numbers before prod, e.g. '⟦cc⟧' leaked in a test fixture
select
    id as customer_id,
    lower(email) as email,
    regexp_replace(phone, '[^0-9+]', '') as phone
from {{ source('crm', 'customers') }}
where created_at >= '⟦date:iso⟧'

Explain what this dbt model does.""",
    ),
    Tpl(
        "tech",
        "en",
        "code-review",
        EN,
        """Review this function:

def notify_owner(pet):
    # hardcoded for now, ask ⟦p1.first⟧ before changing
    to = "⟦p2.email⟧"
    twilio_sid = os.environ["TWILIO_ACCOUNT_SID"]
    twilio_token = "⟦secret:hex32⟧"
    msg = f"Hi ⟦p2.first⟧, {pet.name} is ready for pickup at ⟦company⟧ Vets"
    send_sms(twilio_sid, twilio_token, to_number="⟦phone:intl⟧", body=msg)""",
    ),
    Tpl(
        "tech",
        "en",
        "k8s",
        EN,
        """apiVersion: v1
kind: Secret
metadata:
  name: payments-api
  annotations:
    owner: ⟦p1.email⟧
type: Opaque
stringData:
  OPENAI_API_KEY: ⟦secret:openai⟧
  DB_PASSWORD: ⟦secret:pw⟧
  WEBHOOK_URL: https://hooks.slack.com/services/T⟦pat:*******⟧/B⟦pat:*******⟧/⟦secret:slackhook⟧
---
Is it OK to commit this file? Explain.""",
    ),
    Tpl(
        "tech",
        "en",
        "network",
        EN,
        """dhcpd.leases excerpt, which device is eating bandwidth?
lease ⟦ip:priv⟧ {
  starts 4 ⟦ts⟧;
  hardware ethernet ⟦mac⟧;
  client-hostname "⟦p1.first⟧s-iPhone";
}
lease ⟦ip:priv⟧ {
  hardware ethernet ⟦mac⟧;
  client-hostname "⟦p2.login⟧-thinkpad";
}
lease ⟦ip:priv⟧ {
  hardware ethernet ⟦mac⟧;
  client-hostname "printer-hp-m404";
}""",
    ),
    Tpl(
        "tech",
        "en",
        "api-request",
        EN,
        """curl -X POST https://api.⟦pick:shipfast|parcelio|routely⟧.com/v1/shipments \\
  -H "Authorization: Bearer ⟦secret:jwt⟧" \\
  -H "Content-Type: application/json" \\
  -d '{"recipient": {"name": "⟦p1.full⟧", "phone": "⟦phone:intl⟧", "address": "⟦addr⟧"}, "weight_kg": ⟦int:1-30⟧, "ref": "⟦order⟧"}'

returns 422, what's wrong with the payload?""",
    ),
    Tpl(
        "tech",
        "en",
        "js-code",
        EN,
        """// seed.js — fixture data (⟦p1.full⟧ said these are real customers, should we anonymise?)
export const customers = [
⟦rep:2-4⟧  { id: ⟦int:1-999⟧, name: "⟦r.full⟧", email: "⟦r.email⟧", phone: "⟦phone⟧", ip: "⟦ip⟧" },
⟦/rep⟧];""",
    ),
    Tpl(
        "tech",
        "en",
        "docker",
        EN,
        """docker run -d --name crm \\
  -e POSTGRES_USER=crm \\
  -e POSTGRES_PASSWORD=⟦secret:pw⟧ \\
  -e GITHUB_TOKEN=⟦secret:gh⟧ \\
  -p ⟦port⟧:5432 postgres:16
docker: Error response from daemon: driver failed programming external connectivity on endpoint crm: Bind for 0.0.0.0:5432 failed: port is already allocated.

fix?""",
    ),
    Tpl(
        "tech",
        "en",
        "ssh-key",
        EN,
        """I found this in ⟦p1.login⟧'s home directory backup, is it a private key?
-----BEGIN OPENSSH PRIVATE KEY-----
⟦secret:pem⟧
-----END OPENSSH PRIVATE KEY-----
Should I tell ⟦p1.first⟧ to rotate it?""",
    ),
    Tpl(
        "tech",
        "en",
        "parquet-schema",
        EN,
        """Parquet schema + sample row, suggest which columns to hash:
message customer {
  required binary customer_id (STRING);
  optional binary full_name (STRING);
  optional binary iban (STRING);
  optional int32 birth_date (DATE);
}
sample: customer_id=⟦uuid⟧ full_name=⟦p1.full⟧ iban=⟦iban⟧ birth_date=⟦dob:iso⟧""",
    ),
    Tpl(
        "tech",
        "en",
        "github-actions",
        EN,
        """name: deploy
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      NPM_TOKEN: ⟦secret:npm⟧
      HF_TOKEN: ⟦secret:hf⟧
    steps:
      - uses: actions/checkout@v4
      - run: npm publish
# maintainer: ⟦p1.full⟧ <⟦p1.email⟧>

Why is my workflow leaking tokens in logs?""",
    ),
    Tpl(
        "tech",
        "en",
        "unit-test",
        EN,
        """def test_format_contact():
    c = Contact(name="⟦p1.full⟧", email="⟦p1.email⟧", phone="⟦phone⟧", dob=date.fromisoformat("⟦dob:iso⟧"))
    assert format_contact(c) == "⟦p1.REV⟧ <⟦p1.email⟧>"

This test fails with AssertionError, why?""",
    ),
    Tpl(
        "tech",
        "en",
        "web3",
        EN,
        """const tx = await contract.transfer("⟦eth⟧", ethers.parseUnits("⟦int:1-500⟧", 6));
// treasury multisig owned by ⟦p1.full⟧ and ⟦p2.full⟧
// fallback BTC address for donations: ⟦btc⟧
console.log(tx.hash);

Why does this revert with "insufficient allowance"?""",
    ),
    Tpl(
        "tech",
        "en",
        "auth-log",
        EN,
        """Quick grep from /var/log/auth.log on bastion-⟦int:1-4⟧:
sshd[⟦int:1000-40000⟧]: Accepted publickey for ⟦p1.login⟧ from ⟦ip⟧ port ⟦int:40000-65000⟧ ssh2
sshd[⟦int:1000-40000⟧]: Failed password for invalid user admin from ⟦ip⟧ port ⟦int:40000-65000⟧ ssh2
sudo: ⟦p2.login⟧ : TTY=pts/0 ; PWD=/home/⟦p2.login⟧ ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx

Anything suspicious here?""",
    ),
    Tpl(
        "tech",
        "en",
        "cookie",
        EN,
        """GET /account HTTP/2
Host: shop.⟦pick:bluekettle|mangoandmint|foxglove⟧.co
Cookie: sessionid=⟦secret:session⟧; csrftoken=⟦secret:hex32⟧; theme=dark
User-Agent: Mozilla/5.0
X-Forwarded-For: ⟦ip⟧

Response: 302 to /login. Why is my session not kept?""",
    ),
    Tpl(
        "tech",
        "en",
        "url-secrets",
        EN,
        """These links are in our support macros, are any unsafe to share?
1. https://status.⟦pick:acme|tilewise|routely⟧.io/incidents/⟦uuid⟧
2. https://files.internal/export.csv?token=⟦secret:hex32⟧&expires=⟦int:1700000000-1800000000⟧
3. https://crm.internal/unsubscribe?email=⟦p1.email⟧
4. https://backup:⟦secret:pw⟧@ftp.⟦pick:acme|tilewise|routely⟧.io/nightly/""",
    ),
]

TEMPLATES += [
    # ------------------------------------------------------------------ German
    Tpl(
        "chat",
        "de",
        "pharmacy",
        "",
        """Kannst du mir helfen, eine kurze Nachricht an die Apotheke zu schreiben? Das Rezept für meine Mutter ⟦f1.full⟧ (geb. ⟦dob⟧) wurde an die falsche Filiale geschickt. Ihre Telefonnummer ist ⟦phone⟧, Adresse ⟦addr⟧. Bitte höflich, aber bestimmt.""",
    ),
    Tpl(
        "doc",
        "de",
        "hr-payroll",
        "",
        """Personalstammblatt – bitte in eine Tabelle umwandeln:
Name, Vorname: ⟦p1.rev⟧
Geburtsdatum: ⟦dob⟧
Anschrift: ⟦addr⟧
IBAN: ⟦iban⟧
Steuerklasse: ⟦int:1-5⟧
Eintritt: ⟦date⟧
Führerscheinnummer: ⟦dl⟧
Ansprechpartnerin HR: ⟦f2.hon⟧ ⟦f2.last⟧, ⟦f2.email:work⟧""",
    ),
    Tpl(
        "turns",
        "de",
        "sports",
        "",
        """Nutzer: Schreib mir eine Rundmail für den Vereinsvorstand.
Assistent: Gern. Worum geht es?
Nutzer: Die Mitgliederversammlung ist am ⟦date⟧ im Vereinsheim. Kassenwart ⟦m1.full⟧ legt den Bericht vor, Rückfragen an ⟦m1.email⟧ oder ⟦phone⟧. ⟦f2.first⟧ ⟦f2.last⟧ kandidiert als Jugendwartin.
Assistent: Verstanden – soll ich auch an die Beitragserhöhung erinnern?
Nutzer: ja, und unterschreib mit ⟦p3.full⟧, 1. Vorsitzende(r)""",
    ),
    # ------------------------------------------------------------------ French
    Tpl(
        "chat",
        "fr",
        "property",
        "",
        """Bonjour, peux-tu reformuler ce message pour mon propriétaire, ⟦m1.hon⟧ ⟦m1.last⟧ ? « Le chauffe-eau de l'appartement au ⟦addr⟧ est en panne depuis le ⟦date⟧. Merci de me rappeler au ⟦phone⟧. ⟦p2.full⟧ »""",
    ),
    Tpl(
        "doc",
        "fr",
        "insurance",
        "",
        """Déclaration de sinistre – à résumer en 3 lignes
Assuré : ⟦p1.REV⟧
Né(e) le : ⟦dob⟧
Adresse : ⟦addr⟧
Téléphone : ⟦phone⟧
Permis de conduire n° ⟦dl⟧
Tiers impliqué : ⟦p2.full⟧, joignable au ⟦phone⟧
Circonstances : accrochage sur le parking du ⟦company⟧ le ⟦date⟧ vers ⟦time⟧.""",
    ),
    Tpl(
        "turns",
        "fr",
        "airline",
        "",
        """Client : Bonjour, mon nom est mal orthographié sur le billet ⟦pnr⟧.
Agent : Je suis désolé. Quel est le nom tel qu'il figure sur le passeport ?
Client : ⟦p1.CAPS⟧, passeport n° ⟦passport⟧, né(e) le ⟦dob⟧.
Agent : Merci ⟦p1.hon⟧ ⟦p1.last⟧, la correction est faite. Un e-mail de confirmation partira vers ⟦p1.email⟧.""",
    ),
    # ------------------------------------------------------------------ Spanish (Latin America)
    Tpl(
        "chat",
        "es",
        "ride-hailing",
        "MX CO",
        """Hola, ayúdame a redactar una queja: el conductor ⟦m1.first⟧ (placas ⟦pat:^^^-~~-~~⟧) me cobró de más en el viaje del ⟦date⟧ desde ⟦addr⟧. Mi correo de la cuenta es ⟦p2.email⟧ y mi cel ⟦phone⟧. Quiero el reembolso a la tarjeta ⟦cc⟧.""",
    ),
    Tpl(
        "doc",
        "es",
        "school",
        "MX CO",
        """Ficha de inscripción – Ciclo escolar 2025-2026
Nombre del alumno: ⟦p1.full⟧
Fecha de nacimiento: ⟦dob:child⟧
Nombre del padre/madre/tutor: ⟦p2.full⟧
Domicilio: ⟦addr⟧
Teléfono: ⟦phone⟧   Correo: ⟦p2.email⟧
Alergias: ninguna
Convierte esto a JSON con claves en inglés.""",
    ),
    Tpl(
        "turns",
        "es",
        "immigration",
        "MX CO",
        """Usuario: Necesito traducir al inglés los datos de mi pasaporte para la visa.
Asistente: Claro, escríbelos.
Usuario: Apellidos: ⟦p1.last⟧. Nombre(s): ⟦p1.first⟧. Pasaporte: ⟦passport⟧. Fecha de nacimiento: ⟦dob⟧. Lugar de nacimiento: ⟦city⟧.
Asistente: Surname: ⟦p1.last⟧; Given name(s): ⟦p1.first⟧; Passport No.: as above; Date of birth: as above.
Usuario: gracias, y mi esposa es ⟦f2.full⟧""",
    ),
    # ------------------------------------------------------------------ Portuguese (Brazil)
    Tpl(
        "chat",
        "pt",
        "food-delivery",
        "",
        """oi, me ajuda a escrever uma reclamação pro ⟦pick:iFood|Rappi|Uber Eats⟧? o pedido ⟦order⟧ não chegou, o entregador ⟦m1.first⟧ marcou como entregue no endereço ⟦addr⟧. meu nome é ⟦p2.full⟧, telefone ⟦phone⟧""",
    ),
    Tpl(
        "doc",
        "pt",
        "hr-payroll",
        "",
        """Ficha cadastral do colaborador
Nome completo: ⟦p1.full⟧
Data de nascimento: ⟦dob⟧
Endereço: ⟦addr⟧
Celular: ⟦phone⟧
E-mail pessoal: ⟦p1.email⟧
Conta para pagamento (IBAN): ⟦iban⟧
CNH nº ⟦dl⟧
Gestor(a): ⟦p2.full⟧
Revise a ortografia e deixe em ordem alfabética os campos.""",
    ),
    Tpl(
        "turns",
        "pt",
        "church",
        "",
        """Usuário: Faz um aviso bonito para o grupo da igreja.
Assistente: Claro! Qual é o aviso?
Usuário: O retiro de jovens será dia ⟦date⟧. Inscrições com a irmã ⟦f1.first⟧ (⟦phone⟧) ou com o Pastor ⟦m2.last⟧. Orem pela recuperação do ⟦m3.full⟧.
Assistente: Aqui está uma versão com emojis e convite caloroso.""",
    ),
    # ------------------------------------------------------------------ Italian
    Tpl(
        "chat",
        "it",
        "veterinary",
        "",
        """Ciao, puoi scrivere una mail alla clinica veterinaria? Il mio gatto Ettore è stato visitato dalla dott.ssa ⟦f1.last⟧ il ⟦date⟧ e mi hanno addebitato due volte sulla carta ⟦cc⟧. Sono ⟦p2.full⟧, tel. ⟦phone⟧.""",
    ),
    Tpl(
        "doc",
        "it",
        "utility",
        "",
        """Modulo voltura utenza gas
Intestatario attuale: ⟦m1.full⟧ (deceduto)
Nuovo intestatario: ⟦p2.full⟧, nato/a il ⟦dob⟧ a ⟦city⟧
Indirizzo di fornitura: ⟦addr⟧
Recapito telefonico: ⟦phone⟧
Addebito SEPA su IBAN ⟦iban⟧
Riassumi in due frasi cosa serve fare.""",
    ),
    # ------------------------------------------------------------------ Dutch
    Tpl(
        "chat",
        "nl",
        "school",
        "",
        """Kun je dit bericht voor de klassenapp wat vriendelijker maken? "Wie heeft de gymtas van ⟦p1.first⟧ meegenomen? Graag terugbrengen bij juf ⟦f2.last⟧ of appen naar ⟦phone⟧. Groet, ⟦p3.full⟧\"""",
    ),
    Tpl(
        "doc",
        "nl",
        "property",
        "",
        """Huurovereenkomst – gegevens huurder (graag controleren)
Naam: ⟦p1.full⟧
Geboortedatum: ⟦dob⟧
Adres gehuurde woning: ⟦addr⟧
IBAN: ⟦iban⟧
Telefoon: ⟦phone⟧
Verhuurder: ⟦company⟧ Vastgoed, contactpersoon ⟦p2.hon⟧ ⟦p2.last⟧""",
    ),
    # ------------------------------------------------------------------ Swedish
    Tpl(
        "chat",
        "sv",
        "logistics",
        "",
        """Hej! Kan du skriva ett mejl till ⟦pick:PostNord|DHL|Budbee⟧? Paketet ⟦track⟧ skulle levereras till ⟦addr⟧ men föraren ⟦m1.first⟧ lämnade det hos fel granne. Jag heter ⟦p2.full⟧ och nås på ⟦phone⟧.""",
    ),
    Tpl(
        "doc",
        "sv",
        "hr-visa",
        "",
        """Underlag för arbetstillstånd
Namn: ⟦p1.full⟧
Födelsedatum: ⟦dob⟧
Passnummer: ⟦passport@IN⟧
Adress i Sverige: ⟦addr⟧
Kontonummer (IBAN): ⟦iban⟧
Handläggare: ⟦p2.full⟧, ⟦p2.email:work⟧
Översätt till engelska.""",
        "hi:2 fa:1 sv:1",
    ),
    # ------------------------------------------------------------------ Czech
    Tpl(
        "chat",
        "cs",
        "insurance",
        "",
        """Ahoj, potřebuju napsat pojišťovně. Dne ⟦date⟧ do mě na parkovišti couval pan ⟦m1.full⟧, číslo řidičského průkazu ⟦dl⟧, telefon ⟦phone⟧. Já jsem ⟦p2.full⟧, ⟦p2.g:narozen|narozena⟧ ⟦dob⟧, bydliště ⟦addr⟧. Napiš to formálně.""",
    ),
    Tpl(
        "doc",
        "cs",
        "school",
        "",
        """Přihláška na letní tábor
Jméno a příjmení dítěte: ⟦p1.full⟧
Datum narození: ⟦dob:child⟧
Zákonný zástupce: ⟦p2.full⟧, tel. ⟦phone⟧, e-mail ⟦p2.email⟧
Adresa: ⟦addr⟧
Platba převodem z účtu ⟦iban⟧
Zkontroluj prosím, jestli je vše vyplněno.""",
    ),
    # ------------------------------------------------------------------ Romanian
    Tpl(
        "chat",
        "ro",
        "hr-payroll",
        "",
        """Bună, poți să-mi scrii un email către contabilitate? Salariul pe luna trecută nu a intrat în contul ⟦iban⟧. Numele meu este ⟦p1.full⟧, telefon ⟦phone⟧. Șefa mea directă este dna. ⟦f2.last⟧.""",
    ),
    Tpl(
        "doc",
        "ro",
        "legal-aid",
        "",
        """Cerere de asistență juridică gratuită
Nume și prenume: ⟦p1.REV⟧
Data nașterii: ⟦dob⟧
Domiciliu: ⟦addr⟧
Telefon: ⟦phone⟧
Pașaport nr.: ⟦passport⟧
Partea adversă: ⟦p2.full⟧
Rezumă cererea în engleză.""",
    ),
    # ------------------------------------------------------------------ Greek
    Tpl(
        "chat",
        "el",
        "telehealth",
        "",
        """Γεια σου, μπορείς να μου γράψεις ένα μήνυμα για τον γιατρό; Ονομάζομαι ⟦p1.nfull⟧, ημερομηνία γέννησης ⟦dob⟧, τηλέφωνο ⟦phone⟧. Θέλω να αλλάξω το ραντεβού μου με τον Dr. ⟦m2.nlast⟧ για μετά τις ⟦date⟧.""",
    ),
    Tpl(
        "doc",
        "el",
        "property",
        "",
        """Στοιχεία μισθωτή (για το συμφωνητικό):
Ονοματεπώνυμο: ⟦p1.nfull⟧
Διεύθυνση: ⟦addr⟧
Αρ. Διαβατηρίου: ⟦passport⟧
Τηλ.: ⟦phone⟧
IBAN: ⟦iban⟧
Email: ⟦p1.email⟧
Μετάφρασε στα αγγλικά.""",
    ),
    # ------------------------------------------------------------------ Turkish
    Tpl(
        "chat",
        "tr",
        "courier",
        "",
        """Merhaba, kargo firmasına bir şikâyet yazar mısın? ⟦track⟧ numaralı gönderim ⟦addr⟧ adresine gelmedi. Kurye ⟦m1.first⟧ ⟦m1.hon⟧ kapıda kimse yok demiş ama evdeydim. Adım ⟦p2.full⟧, telefonum ⟦phone⟧.""",
    ),
    Tpl(
        "doc",
        "tr",
        "hotel",
        "",
        """Otel kayıt formu
Adı Soyadı: ⟦p1.CAPS⟧
Doğum tarihi: ⟦dob⟧
Pasaport No: ⟦passport⟧
Adres: ⟦addr⟧
Telefon: ⟦phone⟧
E-posta: ⟦p1.email⟧
Giriş: ⟦date⟧  Çıkış: ⟦date⟧  Oda: ⟦int:101-512⟧
Bu formu İngilizceye çevir.""",
    ),
    # ------------------------------------------------------------------ Ukrainian
    Tpl(
        "chat",
        "uk",
        "immigration",
        "",
        """Привіт! Допоможи перекласти англійською для заяви на тимчасовий захист: Я, ⟦p1.nfull⟧, дата народження ⟦dob⟧, паспорт ⟦passport⟧, телефон ⟦phone:intl⟧. Разом зі мною дочка ⟦f2.nfirst⟧, ⟦dob:child⟧ р. н.""",
    ),
    Tpl(
        "doc",
        "uk",
        "utility",
        "",
        """Заява про переоформлення особового рахунку
ПІБ: ⟦p1.noffic⟧
Адреса: ⟦addr⟧
Телефон: ⟦phone⟧
Електронна пошта: ⟦p1.email⟧
IBAN для повернення переплати: ⟦iban⟧
Посвідчення водія: ⟦dl⟧
Склади коротку відповідь від імені компанії.""",
    ),
    # ------------------------------------------------------------------ Hebrew
    Tpl(
        "chat",
        "he",
        "school",
        "",
        """היי, תעזור לי לנסח הודעה לקבוצת ההורים? "מי שלקח בטעות את המעיל של ⟦p1.nfirst⟧ ביום שישי, בבקשה להחזיר למורה ⟦f2.nfull⟧ או להתקשר אליי ⟦phone⟧. תודה, ⟦p3.nfull⟧\"""",
    ),
    Tpl(
        "doc",
        "he",
        "insurance",
        "",
        """טופס תביעה – ביטוח רכב
שם המבוטח: ⟦p1.nfull⟧
תאריך לידה: ⟦dob⟧
כתובת: ⟦addr⟧
טלפון: ⟦phone⟧
מספר רישיון נהיגה: ⟦dl⟧
צד ג': ⟦p2.nfull⟧, ⟦phone⟧
סכם בקצרה באנגלית.""",
    ),
    # ------------------------------------------------------------------ Persian
    Tpl(
        "chat",
        "fa",
        "academic",
        "",
        """سلام، لطفاً این متن را برای ایمیل به استاد راهنما رسمی‌تر کن: «با سلام، اینجانب ⟦p1.nfull⟧ دانشجوی کارشناسی ارشد هستم. مقاله را همراه با ⟦p2.nfull⟧ نوشته‌ایم. شماره تماس من ⟦phone⟧ و ایمیل ⟦p1.email:uni⟧ است.»""",
    ),
    Tpl(
        "doc",
        "fa",
        "hr-visa",
        "",
        """فرم درخواست ویزا
نام و نام خانوادگی: ⟦p1.nfull⟧
تاریخ تولد: ⟦dob⟧
شماره گذرنامه: ⟦passport⟧
نشانی: ⟦addr⟧
تلفن همراه: ⟦phone⟧
لطفاً به انگلیسی ترجمه کن.""",
    ),
    # ------------------------------------------------------------------ Hindi (Devanagari)
    Tpl(
        "chat",
        "hi",
        "telehealth",
        "",
        """नमस्ते, डॉक्टर को भेजने के लिए एक छोटा संदेश लिख दीजिए: मेरा नाम ⟦p1.nfull⟧ है, जन्म तिथि ⟦dob⟧, मोबाइल ⟦phone⟧। मेरी माँ ⟦f2.nfull⟧ की रिपोर्ट ⟦date⟧ को आई थी, उसका PDF भेजना है।""",
    ),
    Tpl(
        "doc",
        "hi",
        "hr-payroll",
        "",
        """कर्मचारी विवरण
नाम: ⟦p1.nfull⟧
पिता का नाम: ⟦m2.nfull⟧
जन्म तिथि: ⟦dob⟧
पता: ⟦addr⟧
पासपोर्ट संख्या: ⟦passport⟧
ड्राइविंग लाइसेंस: ⟦dl⟧
ईमेल: ⟦p1.email⟧
इसे अंग्रेज़ी तालिका में बदलें।""",
    ),
    # ------------------------------------------------------------------ Hindi (romanized)
    Tpl(
        "chat",
        "hi-Latn",
        "food-delivery",
        "",
        """bhai ek complaint likh do ⟦pick:Swiggy|Zomato|Blinkit⟧ ko, order ⟦order⟧ deliver nahi hua aur delivery boy ⟦m1.lowfirst⟧ ne call bhi nahi uthaya. mera naam ⟦p2.full⟧ hai, number ⟦phone⟧, address ⟦addr⟧""",
    ),
    Tpl(
        "turns",
        "hi-Latn",
        "sports",
        "",
        """User: cricket tournament ke liye team list bana do
Assistant: Zaroor, players ke naam bhejiye.
User: captain ⟦m1.full⟧, vice-captain ⟦m2.first⟧, baaki ⟦m3.full⟧, ⟦m4.nick⟧ aur ⟦m5.full⟧. registration fees ⟦m1.first⟧ ke UPI pe jayegi, uska number ⟦phone⟧ hai
Assistant: Yeh rahi list, fees ka note bhi add kar diya.""",
    ),
    # ------------------------------------------------------------------ Bengali (romanized)
    Tpl(
        "chat",
        "bn-Latn",
        "school",
        "",
        """apni ki ektu help korben? amar meye ⟦f1.first⟧ er school e admission form fill korte hobe. naam: ⟦f1.full⟧, jonmo tarikh: ⟦dob:child⟧, baba: ⟦m2.full⟧, phone: ⟦phone⟧, thikana: ⟦addr⟧. English e likhe din please""",
    ),
    Tpl(
        "turns",
        "bn-Latn",
        "logistics",
        "",
        """User: amar parcel ⟦track⟧ kothay ache?
Assistant: Apnar delivery address ta confirm korben?
User: ⟦addr⟧. delivery man ⟦m1.first⟧ bhai phone korechilo ⟦phone⟧ theke
Assistant: Dhonnobad, kal delivery hobe.""",
    ),
    # ------------------------------------------------------------------ Thai
    Tpl(
        "chat",
        "th",
        "hotel",
        "",
        """ช่วยเขียนอีเมลถึงโรงแรมหน่อยค่ะ ชื่อผู้จอง ⟦f1.nfull⟧ (ชื่อเล่น ⟦f1.nick⟧) หมายเลขการจอง ⟦pnr⟧ เข้าพักวันที่ ⟦date⟧ อยากขอเปลี่ยนเป็นห้องเตียงคู่ เบอร์โทร ⟦phone⟧ ค่ะ""",
    ),
    Tpl(
        "doc",
        "th",
        "hr-payroll",
        "",
        """แบบฟอร์มข้อมูลพนักงาน
ชื่อ-นามสกุล: ⟦p1.nfull⟧
วันเกิด: ⟦dob⟧
ที่อยู่: ⟦addr⟧
โทรศัพท์: ⟦phone⟧
เลขที่หนังสือเดินทาง: ⟦passport⟧
ผู้บังคับบัญชา: คุณ⟦p2.nfirst⟧
ช่วยแปลเป็นภาษาอังกฤษ""",
    ),
    # ------------------------------------------------------------------ Malay
    Tpl(
        "chat",
        "ms",
        "utility",
        "",
        """Tolong tuliskan surat kepada syarikat air. Akaun masih atas nama arwah bapa saya, ⟦m1.full⟧. Saya ⟦p2.full⟧, no. telefon ⟦phone⟧, alamat bekalan ⟦addr⟧. Minta tukar nama pemilik akaun.""",
    ),
    Tpl(
        "doc",
        "ms",
        "school",
        "",
        """Borang Pendaftaran Murid
Nama murid: ⟦p1.CAPS⟧
Tarikh lahir: ⟦dob:child⟧
Nama bapa/penjaga: ⟦m2.full⟧
Alamat: ⟦addr⟧
No. telefon: ⟦phone⟧
E-mel: ⟦m2.email⟧
Semak borang ini dan senaraikan maklumat yang tiada.""",
    ),
    # ------------------------------------------------------------------ Amharic (romanized)
    Tpl(
        "chat",
        "am-Latn",
        "ride-hailing",
        "",
        """selam, ebakih le ride company complaint tsafilign. shufeuru ⟦m1.first⟧ yibalal, ke ⟦addr⟧ wede Bole sihed ⟦amount⟧ birr askefelegn. sime ⟦p2.full⟧ new, silke ⟦phone⟧.""",
    ),
    Tpl(
        "doc",
        "am-Latn",
        "immigration",
        "",
        """Ye pasport mameltecha form (Yemigeba mereja)
Sim: ⟦p1.full⟧
Ye abat sim: ⟦m2.full⟧
Ye tewelidu ken: ⟦dob⟧
Adrasha: ⟦addr⟧
Silk: ⟦phone⟧
Yederos pasport kutir: ⟦passport⟧
Translate this to English.""",
    ),
    # ------------------------------------------------------------------ Yoruba
    Tpl(
        "chat",
        "yo",
        "church",
        "",
        """Ẹ jọ̀ọ́, ẹ bá mi kọ ìkéde fún ẹgbẹ́ ìjọ: Ìpàdé àwọn ọ̀dọ́ yóò wáyé ní ⟦date⟧. Ẹ pe ⟦f1.full⟧ sí ⟦phone⟧ fún ìforúkọsílẹ̀. Ẹ gbàdúrà fún ⟦m2.full⟧ tí ó wà ní ilé ìwòsàn.""",
    ),
    Tpl(
        "doc",
        "yo",
        "school",
        "",
        """Fọ́ọ̀mù ìforúkọsílẹ̀ akẹ́kọ̀ọ́
Orúkọ: ⟦p1.full⟧
Ọjọ́ ìbí: ⟦dob:child⟧
Orúkọ òbí: ⟦p2.full⟧
Àdírẹ́sì: ⟦addr⟧
Nọ́mbà fóònù: ⟦phone⟧
Ẹ túmọ̀ rẹ̀ sí Gẹ̀ẹ́sì.""",
    ),
    # ------------------------------------------------------------------ Zulu
    Tpl(
        "chat",
        "zu",
        "utility",
        "",
        """Sawubona, ngicela ungibhalele incwadi eya kumasipala. I-akhawunti kagesi isegameni likababa, ⟦m1.full⟧. Igama lami ngu-⟦p2.full⟧, inombolo yami ⟦phone⟧, ikheli ⟦addr⟧.""",
    ),
    Tpl(
        "doc",
        "zu",
        "sports",
        "",
        """Ifomu lokubhalisa eqenjini lebhola
Igama: ⟦p1.full⟧
Usuku lokuzalwa: ⟦dob⟧
Ikheli: ⟦addr⟧
Ucingo: ⟦phone⟧
Umzali/umqaphi: ⟦p2.full⟧
Humushela esiNgisini.""",
    ),
]

TEMPLATES += [
    # ------------------------------------------------------------------ more English (labeled)
    Tpl(
        "turns",
        "en",
        "community-group",
        EN,
        """[⟦date⟧, 09:14] ⟦p1.full⟧: morning all, litter pick moved to Sunday
[⟦date⟧, 09:20] ⟦phone:intl⟧: who's bringing the grabbers?
[⟦date⟧, 09:22] ⟦p2.first⟧: me! and ⟦p3.lowfirst⟧ has the bags
[⟦date⟧, 09:31] ⟦p1.full⟧: great. meet at the corner of ⟦addr⟧ at 10
Summarise this WhatsApp chat in two sentences.""",
    ),
    Tpl(
        "tech",
        "en",
        "slack-export",
        EN,
        """[
  {"type": "message", "user": "U0⟦pat:*******⟧", "user_name": "⟦p1.login⟧", "text": "deploying ⟦ver⟧ now, ping @⟦p2.login⟧ if grafana goes red", "ts": "⟦int:1700000000-1760000000⟧.⟦num:6⟧"},
  {"type": "message", "user": "U0⟦pat:*******⟧", "user_name": "⟦p2.login⟧", "text": "ok. fyi the staging db pw is still ⟦secret:pw⟧ lol we should rotate", "ts": "⟦int:1700000000-1760000000⟧.⟦num:6⟧"}
]
Which messages in this Slack export should be flagged by DLP?""",
    ),
    Tpl(
        "doc",
        "en",
        "vcard",
        EN,
        """BEGIN:VCARD
VERSION:3.0
N:⟦p1.last⟧;⟦p1.first⟧;;;
FN:⟦p1.full⟧
ORG:⟦company⟧
TEL;TYPE=CELL:⟦phone:intl⟧
EMAIL;TYPE=INTERNET:⟦p1.email⟧
ADR;TYPE=HOME:;;⟦addr⟧
BDAY:⟦dob:iso⟧
END:VCARD
Convert this vCard to a CSV row.""",
    ),
    Tpl(
        "doc",
        "en",
        "tournament",
        EN,
        """⟦pick:Chess|Badminton|Table tennis|Padel⟧ Open — Round ⟦int:2-5⟧ pairings (⟦date⟧)
Board 1: ⟦p1.REV⟧ (⟦int:1400-2300⟧) vs ⟦p2.REV⟧ (⟦int:1400-2300⟧)
Board 2: ⟦p3.REV⟧ (⟦int:1400-2300⟧) vs ⟦p4.REV⟧ (⟦int:1400-2300⟧)
Bye: ⟦p5.full⟧
Arbiter: ⟦p6.full⟧, ⟦phone⟧
Make a nice announcement post from this.""",
    ),
    Tpl(
        "doc",
        "en",
        "hotel",
        EN,
        """Guest arrivals ⟦date⟧ — front desk export
room,guest,nationality,passport,checkout
⟦rep:3-5⟧⟦int:101-540⟧,⟦r.CAPS⟧,⟦pick:IN|NG|DE|BR|FR|GB|MX|TR⟧,⟦passport⟧,⟦date:iso⟧
⟦/rep⟧Sort by checkout date.""",
        "en:2 hi:1 yo:1 de:1 pt:1 fr:1 tr:1 es:1",
    ),
    Tpl(
        "doc",
        "en",
        "on-call",
        EN,
        """## On-call rota (SRE)
| Week | Primary | Secondary | Phone |
|------|---------|-----------|-------|
⟦rep:3-4⟧| ⟦date:iso⟧ | ⟦r.login⟧ | ⟦p9.login⟧ | ⟦phone:intl⟧ |
⟦/rep⟧
Escalation: page the incident commander via PagerDuty, never call ⟦p8.first⟧'s personal number after 23:00.""",
    ),
    Tpl(
        "chat",
        "en",
        "support-summary",
        EN,
        """summarise this chat for the handover notes:
Agent (⟦p1.first⟧): Hi, thanks for contacting ⟦company⟧!
Customer: hi its ⟦p2.low⟧, my package went to ⟦addr⟧ instead of my work address
Agent (⟦p1.first⟧): Sorry about that! I've raised claim ⟦ticket⟧.
Customer: thx. u can reach me at ⟦phone⟧ or ⟦p2.email⟧""",
    ),
    Tpl(
        "tech",
        "en",
        "git-trailers",
        EN,
        """commit ⟦sha⟧
Merge: ⟦sha7⟧ ⟦sha7⟧
Author: ⟦p1.full⟧ <⟦p1.email⟧>

    feat(ui): dark mode for settings page (#⟦int:100-4000⟧)

    Co-authored-by: ⟦p2.full⟧ <⟦p2.email⟧>
    Co-authored-by: ⟦p3.full⟧ <⟦p3.email⟧>
    Signed-off-by: ⟦p1.full⟧ <⟦p1.email⟧>

Squash these into a one-line summary.""",
    ),
    Tpl(
        "chat",
        "en",
        "chat-handles",
        EN,
        """lol ok so @⟦p1.login⟧ said the meetup is at ⟦p2.nick⟧'s place (⟦addr⟧) and @⟦p3.login⟧ is bringing snacks. can u write a cute invite text, rsvp to ⟦p2.lowfirst⟧ on ⟦phone⟧""",
    ),
    Tpl(
        "doc",
        "en",
        "ocr-passport",
        EN,
        """Text recognised from photo, please fix OCR errors:
PASSPORT  Type P
Passport No. ⟦passport⟧
Surname ⟦p1.LAST⟧
Given names ⟦p1.first⟧
Date of birth ⟦dob⟧
Date of issue ⟦date⟧   Date of expiry ⟦date⟧
Place of birth ⟦city⟧""",
    ),
    # ------------------------------------------------------------------ English clean
    Tpl(
        "clean",
        "en",
        "recipe",
        EN,
        """I want to make a honey-glazed salmon for 4 people. I hope it's not too sweet — Grace at the deli said to add soy sauce. Can you give me a recipe with timings? I have about 45 minutes and an oven that runs hot (220°C shows as 240).""",
    ),
    Tpl(
        "clean",
        "en",
        "docker",
        EN,
        """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
EXPOSE ⟦port#p⟧
HEALTHCHECK CMD curl -f http://127.0.0.1:⟦port#p⟧/health || exit 1
CMD ["gunicorn", "-b", "0.0.0.0:⟦port#p⟧", "app:create_app()"]

Why is my container marked unhealthy even though the app starts?""",
    ),
    Tpl(
        "clean",
        "en",
        "stack-trace",
        EN,
        """Traceback (most recent call last):
  File "/app/src/billing/invoice.py", line 212, in render
    total = sum(line.amount for line in self.lines)
  File "/app/src/billing/models.py", line 48, in amount
    return Decimal(self.qty) * self.unit_price
TypeError: unsupported operand type(s) for *: 'decimal.Decimal' and 'NoneType'
request_id=⟦uuid⟧ invoice=INV-⟦num:6⟧ version=⟦ver⟧""",
    ),
    Tpl(
        "clean",
        "en",
        "meeting-notes",
        EN,
        """Notes, allotment committee, ⟦date⟧
- Treasurer reported a balance of £⟦amount⟧; the water bill rose 12%.
- Chair proposed a rota for the shared shed; agreed.
- Secretary to order 20 bags of compost from ⟦company⟧ (quote Q-⟦num:5⟧).
- Next meeting ⟦date⟧, 19:00, at the community hall.
Turn these into a short newsletter item.""",
    ),
    Tpl(
        "clean",
        "en",
        "public-figures",
        EN,
        """Write a 150-word comparison of how ⟦pub⟧ and ⟦pub⟧ handled fame early in their careers. Mention one concrete example for each and keep the tone neutral.""",
    ),
    Tpl(
        "clean",
        "en",
        "nginx",
        EN,
        """server {
    listen 80;
    server_name status.example.org;
    location / {
        proxy_pass http://127.0.0.1:⟦port⟧;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_read_timeout 60s;
    }
}
# worker ⟦sha7⟧, built ⟦ts⟧
nginx -t says "host not found in upstream". what's wrong?""",
    ),
    Tpl(
        "clean",
        "en",
        "k8s-placeholders",
        EN,
        """apiVersion: v1
kind: Secret
metadata:
  name: api-credentials
stringData:
  API_KEY: "<YOUR_API_KEY>"
  DB_PASSWORD: "${DB_PASSWORD}"
  AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE"
---
This is from the docs template. How do I inject the real values with sealed-secrets?""",
    ),
    Tpl(
        "clean",
        "en",
        "sql-ddl",
        EN,
        """CREATE TABLE shipments (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  tracking_no TEXT NOT NULL,
  recipient_name TEXT,
  recipient_phone TEXT,
  weight_kg NUMERIC(6,2),
  created_at TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX ON shipments (tracking_no);
-- migration ⟦int:20230101-20251231⟧_add_shipments
Which columns should be encrypted at rest?""",
    ),
    Tpl(
        "clean",
        "en",
        "logs",
        EN,
        """⟦ts⟧ INFO  worker-⟦int:1-9⟧ job=⟦uuid⟧ queue=emails status=done latency_ms=⟦int:20-900⟧
⟦ts⟧ WARN  worker-⟦int:1-9⟧ job=⟦uuid⟧ queue=emails retry=2 reason="SMTP 421 try again later"
⟦ts⟧ INFO  scheduler tick=⟦int:1000-9999⟧ pending=⟦int:0-40⟧ host=127.0.0.1
Why would SMTP return 421?""",
    ),
    Tpl(
        "clean",
        "en",
        "invoice",
        EN,
        """Invoice INV-⟦num:6⟧ from ⟦company⟧ to ⟦company⟧
Issue date: ⟦date⟧   Due: ⟦date⟧
Item: 40 x pallet hire @ 12.50 = 500.00
Item: fuel surcharge = ⟦amount⟧
VAT 20%
PO reference: PO-⟦num:7⟧
Check the arithmetic and tell me the total.""",
    ),
    Tpl(
        "clean",
        "en",
        "package-json",
        EN,
        """{
  "name": "@acme/checkout-widget",
  "version": "⟦ver⟧",
  "scripts": {"test": "karma start", "e2e": "mocha e2e/**/*.spec.js"},
  "devDependencies": {"jasmine-core": "^5.1.0", "karma": "^6.4.2", "mocha": "^10.2.0"},
  "engines": {"node": ">=18"}
}
Should I migrate from Karma to Vitest?""",
    ),
    Tpl(
        "clean",
        "en",
        "sports-results",
        EN,
        """Results this weekend: Riverside Rovers 3–1 Hope Street Athletic; St. Mark's Juniors 0–0 Victoria Park; Grace Academy 2–4 Oakfield United. Make a league table assuming these are the first matches of the season.""",
    ),
    Tpl(
        "clean",
        "en",
        "church-bulletin",
        EN,
        """This Sunday's reading is from the Gospel of Mark, chapter 4. Hymns: "Amazing Grace", "Be Thou My Vision". The faith, hope and charity appeal has raised £⟦amount⟧ so far. Coffee after the service in the hall. Rewrite as a friendly announcement.""",
    ),
    Tpl(
        "clean",
        "en",
        "download-checksum",
        EN,
        """I downloaded ⟦tool⟧ ⟦ver⟧ and the sha256 is ⟦sha256⟧ but the website lists a different one. The file was 84.2 MB. Could the download be corrupted or tampered with? How do I verify the GPG signature?""",
    ),
    Tpl(
        "clean",
        "en",
        "flight-status",
        EN,
        """Flight ⟦flight⟧ on ⟦date⟧: scheduled departure ⟦time⟧, gate B⟦int:1-40⟧, aircraft A320neo. Connection ⟦flight⟧ leaves ⟦time⟧ from terminal 2. Booking reference on the app is ⟦pnr⟧. Is a 55-minute connection realistic at Frankfurt?""",
    ),
    Tpl(
        "clean",
        "en",
        "terraform",
        EN,
        """variable "db_password" {
  type      = string
  sensitive = true
}
resource "aws_db_instance" "main" {
  engine         = "postgres"
  engine_version = "16.3"
  instance_class = "db.t4g.medium"
  password       = var.db_password
  port           = ⟦port⟧
}
terraform plan shows the password as (sensitive value). Is it stored in state?""",
    ),
    Tpl(
        "clean",
        "en",
        "vet-question",
        EN,
        """Our rescue dog Chance (about 6, a lurcher) keeps eating grass after walks and then vomiting. He's on Bravecto, last dose ⟦date⟧. Is this normal or should we see the vet?""",
    ),
    Tpl(
        "clean",
        "en",
        "turns-support",
        EN,
        """User: my order hasn't shipped
Assistant: I'm sorry for the delay! Could you share the order number (no personal details needed)?
User: ⟦order⟧
Assistant: Thanks. It's packed and will leave the warehouse on ⟦date⟧; tracking will be emailed to the address on the account.
User: ok great, thanks!""",
    ),
    Tpl(
        "clean",
        "en",
        "academic",
        EN,
        """Rewrite this paragraph for a lay audience: "Since Turing (1950) and Shannon (1948), the question of machine intelligence has been framed in information-theoretic terms. We evaluate ⟦int:3-12⟧ models on 2,400 items (95% CI ±1.8)." Keep the citations.""",
    ),
    Tpl(
        "clean",
        "en",
        "airflow",
        EN,
        """default_args = {"owner": "data-platform", "retries": 2, "retry_delay": timedelta(minutes=5)}
with DAG("orders_daily", start_date=datetime(2024, 1, 1), schedule="0 3 * * *", catchup=False) as dag:
    extract = PythonOperator(task_id="extract", python_callable=extract_orders)
    load = PythonOperator(task_id="load", python_callable=load_to_warehouse)
    extract >> load
Why does this DAG run twice on deploy?""",
    ),
    Tpl(
        "clean",
        "en",
        "crypto-lookalikes",
        EN,
        """Explain this transaction receipt: tx hash 0x⟦sha256⟧, block ⟦int:18000000-21000000⟧, gas used ⟦int:21000-90000⟧, status 1. Why would gas used be exactly 21000 for a plain ETH transfer?""",
    ),
    Tpl(
        "clean",
        "en",
        "spreadsheet",
        EN,
        """SKU	Product	Qty	Unit price
SKU-⟦num:5⟧	Rose gold phone case	⟦int:1-90⟧	12.99
SKU-⟦num:5⟧	Amber glass jar 250ml	⟦int:1-90⟧	3.40
SKU-⟦num:5⟧	Sunny Days planner	⟦int:1-90⟧	18.00
Add a total column and a grand total.""",
    ),
    Tpl(
        "clean",
        "en",
        "changelog",
        EN,
        """## ⟦ver⟧ — ⟦date:iso⟧
- Bump Django to 5.0.6 and Celery to 5.4.0
- Fix: Jenkins pipeline timeouts on large repos
- Drop support for Python 3.8
Write a tweet announcing this release.""",
    ),
    Tpl(
        "clean",
        "en",
        "geo",
        EN,
        """Given the coordinates ⟦coord⟧ and ⟦coord⟧, compute the great-circle distance and say which is further north. Show the haversine formula.""",
    ),
    Tpl(
        "clean",
        "en",
        "shell",
        EN,
        """root@build-runner-3:~# df -h /var/lib/docker
Filesystem      Size  Used Avail Use% Mounted on
/dev/nvme0n1p1  100G   97G  3.0G  98% /
root@build-runner-3:~# docker system df
Images          ⟦int:40-200⟧   ⟦int:5-20⟧   61.2GB
What should I prune first?""",
    ),
    Tpl(
        "clean",
        "en",
        "pharmacy-leaflet",
        EN,
        """Summarise this leaflet: "Take one 500 mg tablet every 8 hours with food. Do not exceed 3 tablets in 24 hours. Store below 25°C. Batch ⟦pat:^^~~~~⟧, expiry ⟦date⟧. Contact your pharmacist if symptoms persist after 3 days.\"""",
    ),
    Tpl(
        "clean",
        "en",
        "insurance-faq",
        EN,
        """Draft an FAQ answer: "How long does a home insurance claim take?" Typical timelines: acknowledgement within 2 working days, loss adjuster visit in 7–10 days, settlement within 30 days of the final report. Mention that claim numbers look like CLM-⟦num:8⟧.""",
    ),
    Tpl(
        "clean",
        "en",
        "open-source-issue",
        EN,
        """Issue #⟦int:100-9000⟧: `hugo server` crashes on Windows with "The process cannot access the file". Repro: Windows 11 (build ⟦build⟧), Hugo ⟦ver⟧ extended, theme PaperMod at commit ⟦sha7⟧. Works on WSL. Could this be Defender locking files?""",
    ),
]

TEMPLATES += [
    # ------------------------------------------------------------------ non-English clean
    Tpl(
        "clean",
        "de",
        "logistics",
        "",
        """Kannst du diese Sendungsübersicht zusammenfassen? Sendung ⟦track⟧, Status: Zustellversuch am ⟦date⟧ um ⟦time⟧, nächster Versuch morgen. Paketshop-Abholung möglich bis ⟦date⟧. Gewicht 2,4 kg, Porto 6,99 €.""",
    ),
    Tpl(
        "clean",
        "fr",
        "it-support",
        "",
        """Mon serveur renvoie « 502 Bad Gateway » depuis la mise à jour vers nginx ⟦ver⟧. Le backend écoute sur 127.0.0.1:⟦port⟧ et les logs montrent « connect() failed (111: Connection refused) ». Que dois-je vérifier en premier ?""",
    ),
    Tpl(
        "clean",
        "es",
        "recipe",
        "",
        """¿Me das una receta de mole poblano para 8 personas? Tengo chiles anchos, mulatos y pasilla, y chocolate de mesa. La comida es el ⟦date⟧ y quiero prepararlo un día antes.""",
    ),
    Tpl(
        "clean",
        "pt",
        "academic",
        "",
        """Reescreva em linguagem simples: "O modelo atingiu acurácia de 91,4% (IC 95%: 90,1–92,6) no conjunto de teste com ⟦int:1000-9000⟧ amostras, superando a linha de base em 3,2 pontos percentuais.\"""",
    ),
    Tpl(
        "clean",
        "uk",
        "translate",
        "",
        """Перекладіть англійською: «Потяг Інтерсіті №⟦int:700-799⟧ Київ — Львів відправляється о ⟦time⟧ з платформи ⟦int:1-9⟧. Квитки можна повернути до ⟦date⟧.»""",
    ),
    Tpl(
        "clean",
        "hi-Latn",
        "cricket",
        "",
        """yaar kal ke match ka summary likh do: India ne 287/6 banaye, Kohli 94, Bumrah ke 3 wicket. chase mein opponent 241 pe all out. man of the match kaun hona chahiye?""",
    ),
    Tpl(
        "clean",
        "th",
        "travel",
        "",
        """ช่วยวางแผนเที่ยวเชียงใหม่ 3 วัน 2 คืน ช่วงวันที่ ⟦date⟧ งบประมาณ 8,000 บาท อยากไปดอยสุเทพและตลาดวโรรสค่ะ""",
    ),
    Tpl(
        "clean",
        "tr",
        "code",
        "",
        """Bu Python hatasını açıklar mısın? `KeyError: 'customer_id'` — pandas ⟦ver⟧ ile CSV okuyorum, sütun adlarında BOM karakteri olabilir mi?""",
    ),
    Tpl(
        "clean",
        "he",
        "recipe",
        "",
        """תן לי מתכון לשקשוקה לארבעה אנשים, בלי פלפל חריף. יש לי 6 ביצים, עגבניות ופטרוזיליה.""",
    ),
    Tpl(
        "clean",
        "nl",
        "utility",
        "",
        """Mijn energierekening van ⟦date⟧ is € ⟦amount⟧, terwijl mijn voorschot € 145 per maand is. Het verbruik was 2.870 kWh en 1.120 m³ gas. Klopt dit ongeveer?""",
    ),
    Tpl(
        "clean",
        "ms",
        "weather",
        "",
        """Terangkan kenapa hujan lebat selalu berlaku pada waktu petang di Kuala Lumpur semasa monsun. Ringkas sahaja, dalam 5 ayat.""",
    ),
    Tpl(
        "clean",
        "zu",
        "school",
        "",
        """Ngicela ungichazele ukuthi i-photosynthesis isebenza kanjani, ngamagama alula engane eneminyaka eyi-10.""",
    ),
]

TEMPLATES += [
    Tpl(
        "doc",
        "en",
        "tax-prep",
        US,
        """Client list for the tax clinic (please check the filing statuses look plausible):
client,tax_id,dob,filing_status,dependents
⟦rep:2-3⟧"⟦r.rev⟧",⟦ssn⟧,⟦dob⟧,⟦pick:single|MFJ|HOH⟧,⟦int:0-3⟧
⟦/rep⟧⟦rep:1-2⟧"⟦r.rev⟧",⟦itin⟧,⟦dob⟧,⟦pick:single|MFJ|HOH⟧,⟦int:0-3⟧
⟦/rep⟧Preparer: ⟦p1.full⟧ (PTIN on file)""",
    ),
    Tpl(
        "chat",
        "en",
        "tax",
        US,
        """my ITIN ⟦itin⟧ expired bc I didn't file for 3 years. do I send the W-7 with my 2024 return? also my husband ⟦m1.first⟧ has an SSN (⟦ssn⟧), can we file jointly? we live at ⟦addr⟧""",
    ),
    Tpl(
        "tech",
        "en",
        "network",
        EN,
        """# /etc/hostapd/accept — MAC allowlist for the home wifi
⟦mac⟧  # ⟦p1.first⟧'s phone
⟦mac⟧  # ⟦p2.first⟧-switch
⟦mac⟧  # living room TV
⟦mac⟧  # ⟦p1.login⟧-laptop
why can't the TV connect even though it's in the list? router log says "deauthenticated due to inactivity (timer DEAUTH/REMOVE)\"""",
    ),
    Tpl(
        "turns",
        "en",
        "it-support",
        EN,
        """User: the new printer won't get an address
Assistant: Could you share what the router's DHCP table shows?
User: ⟦ip:priv⟧ ⟦mac⟧ ⟦p1.lowfirst⟧-ipad / ⟦ip:priv⟧ ⟦mac⟧ HP-LaserJet / ⟦ip:v6⟧ ⟦mac⟧ unknown
Assistant: The printer has an IPv4 lease. Try adding a reservation for its MAC and power-cycling it.
User: ok, I'll ask ⟦p2.first⟧ to do it tonight""",
    ),
]
