# ruff: noqa: E501
"""Hand-written data for the dev17 "prose about people" evaluation set.

Everything here was written by hand for dev17 (no Faker, no name library): name
pools (romanised world pool, per-language pools, case tables for inflecting
languages), value pools (streets, phone and document number shapes, IBAN layouts,
date formats) and the text templates themselves.  See ``bench/sanitizer_dev17.py``
for the placeholder syntax and the label conventions.

Placeholder syntax (used in TEMPLATES)
--------------------------------------
``{A}`` full name of person A; ``{A.f}`` given name; ``{A.l}`` surname; ``{A.n}``
nickname (or given name); ``{A.i}`` initial + surname; ``{A.s}`` "Surname, Given";
``{A.u}`` full name upper-cased; ``{A.U}`` surname upper-cased; ``{A.x}`` native-script
form; ``{A.q}`` given + patronymic; ``{A.r}`` given + patronymic + surname; ``~c``
selects a grammatical case (``{A.l~g}``).  Person specs: ``A=f`` (female), ``B=m/ng``
(male, world culture ng), ``C=*^A`` (shares A's surname), ``D=f!Grace`` (given name
forced), ``E=m!:King`` (surname forced).  Values: ``{EMAIL:A}``, ``{PHONE}``, ``{CARD}``,
``{IBAN}``, ``{SSN}``, ``{ITIN}``, ``{IP}``, ``{MAC}``, ``{CRYPTO}``, ``{DOB}``,
``{ADDR}``, ``{DL}``, ``{PASS}``, ``{SECRET}``; unlabeled fillers: ``{city}``,
``{date}``, ``{year:a-b}``, ``{n:a-b}``, ``{time}``, ``{=a|b}``; labeled literal
``{@CATEGORY:a|b}``.  Flags: ``#none`` (nothing to remove), ``#ocr``, ``#cc=xx``,
``#raw``.  ``\\n===\\n`` separates a user text from an assistant answer.
"""

# ---------------------------------------------------------------- world pool (romanised)
# culture|gender|full (blank = given surname)|given|surname|nickname|native script
WORLD_NAMES = """
us|f|Jennifer Lynn Walsh|Jennifer|Walsh|Jen|
us|m||Robert|Kowalczyk|Bob|
us|f||Tamika|Johnson||
us|m|DeShawn Marcus Greene|DeShawn|Greene||
us|f||Brittany|Schultz||
us|m|William J. Harper|William|Harper|Bill|
us|m||Mark|Fisher||
us|f||Savannah|Brooks||
us|m||Tyler|Brandt||
us|f||Madison|Reyes|Maddie|
us|m||Kenneth|Yazzie|Kenny|
us|f||Winona|Begay||
us|m||Earl|Washington||
us|m||Chad|Underwood||
us|f||Rachel|Rosenbaum||
us|m||Mordechai|Weiss|Motti|
us|f|Dolores Ann Kowalski|Dolores|Kowalski|Dee|
us|m||Travis|Pettibone||
us|f||Keisha|Robinson||
us|m||Dale|Lindqvist||
us|f||Crystal|Bear Heart||
gb|f||Charlotte|Pemberton|Lottie|
gb|m||Oliver|Ashworth|Ollie|
gb|f||Margaret|Thornbury|Peggy|
gb|m||Nigel|Cartwright||
gb|m||Harry|Baker||
gb|m||Tom|King||
gb|f||Poppy|Marsh||
gb|m||Callum|Brown||
gb|f||Sian|Whitlock||
gb|m||Reginald|Oduya|Reg|
gb|f||Beverley|Hargreaves|Bev|
ie|f||Siobhán|Ní Bhriain||
ie|m||Pádraig|O'Sullivan|Paddy|
ie|f||Aoife|McCarthy||
ie|m||Cormac|Ó Floinn||
ie|f||Niamh|Fitzgerald||
ie|m||Diarmuid|O'Brien||
ie|f||Róisín|Keane||
sco|m||Hamish|MacLeod||
sco|f||Morag|McIntyre||
sco|m||Ewan|Grant||
sco|f||Isla|Mackenzie||
wal|m||Gareth|Llewellyn||
wal|f||Cerys|Prydderch||
wal|m||Rhodri|Pugh||
wal|f||Eirlys|Bowen||
au|m||Lachlan|Fitzpatrick|Lachie|
au|f||Jacinta|Moore||
au|m||Bradley|Tjungurrayi||
mi|f||Aroha|Te Whiu||
mi|m||Wiremu|Ngata|Wi|
mi|f||Mere|Tāwhai||
ws|m||Sione|Fa'amausili||
ws|f||Losa|Tuilagi||
to|m||Viliami|Taufa||
ca|f||Geneviève|Tremblay||
ca|m||Marc-André|Gagnon||
ca|m||Tyler|Cardinal||
jm|m||Desmond|Campbell|Dezzy|
jm|f||Shanice|Bailey||
jm|f||Marcia|Morrison||
ht|f||Marie-Claude|Jean-Baptiste||
ht|m||Wesner|Dorvil||
ng|m||Oluwaseun|Adebayo|Seun|
ng|f||Chiamaka|Okonkwo|Amaka|
ng|m||Emeka|Nwosu||
ng|f||Funmilayo|Adeyemi|Funmi|
ng|m|Abubakar Sani Danjuma|Abubakar|Danjuma||
ng|f||Blessing|Eze||
ng|m||Chinedu|Okafor||
ng|f||Precious|Ogunleye||
ng|f||Hauwa|Bello||
gh|m||Kwame|Asante||
gh|f||Akosua|Mensah||
gh|m||Kofi|Boateng||
gh|f||Abena|Owusu||
ke|m||Brian|Otieno||
ke|f||Wanjiru|Kamau||
ke|f|Akinyi Achieng Onyango|Akinyi|Onyango||
ke|m||Collins|Kiprotich||
tz|f||Neema|Mwakyusa||
tz|m||Baraka|Massawe||
et|m||Dawit|Bekele||ዳዊት በቀለ
et|f||Meron|Tesfaye||ሜሮን ተስፋዬ
et|f||Selamawit|Girma|Selam|ሰላማዊት ግርማ
et|m||Yonas|Haile||ዮናስ ኃይሌ
er|f||Helen|Tekle||
er|m||Tesfalem|Ghebremedhin||
so|f|Hodan Abdi Warsame|Hodan|Warsame||
so|m|Abdirahman Mohamed Farah|Abdirahman|Farah||
so|f||Fadumo|Hassan||
za|m||Sipho|Dlamini||
za|f||Thandiwe|Nkosi|Thandi|
za|m||Pieter|van der Merwe||
za|f||Lerato|Mokoena||
za|f||Nomvula|Khumalo||
za|m||Johan|Botha||
sn|m||Mamadou|Diallo||
sn|f||Aminata|Ndiaye|Ami|
sn|m||Cheikh|Fall||
cd|m||Jean-Pierre|Mukendi||
cd|f||Grâce|Kabongo||
eg|m||Mahmoud|Abdel-Fattah||محمود عبد الفتاح
eg|f||Nourhan|El-Sayed||نورهان السيد
eg|m||Karim|Mostafa||كريم مصطفى
eg|f||Mariam|Boutros||مريم بطرس
ma|f||Salma|Benjelloun||سلمى بنجلون
ma|m||Youssef|El Amrani||يوسف العمراني
ma|f||Khadija|Ait Ouahmane||
dz|m||Rachid|Hamidi||
dz|f||Lynda|Meziane||
lb|f||Rania|Khoury||رانيا خوري
lb|m||Georges|Haddad||جورج حداد
lb|f||Joumana|Saab||
ps|m||Omar|Abu Khalil||عمر أبو خليل
ps|f||Lina|Qasem||لينا قاسم
sa|m|Khalid bin Saeed Al-Amri|Khalid|Al-Amri||خالد بن سعيد العمري
sa|f||Noura|Al-Qahtani||نورة القحطاني
ae|m||Rashid|Al Mansoori||راشد المنصوري
iq|m||Haider|al-Jubouri||حيدر الجبوري
iq|f||Zainab|Hussein||زينب حسين
sy|f||Rasha|Al-Halabi||رشا الحلبي
sy|m||Ammar|Darwish||عمار درويش
jo|m||Tariq|Haddadin||طارق حدادين
tr|f||Ayşe|Yılmaz||
tr|m||Mehmet Can|Demir||
tr|f||Elif|Şahin||
tr|m||Burak|Öztürk||
tr|f||Zeynep|Kaya||
ir|f||Shirin|Rahimi||شیرین رحیمی
ir|m||Reza|Mohammadi||رضا محمدی
ir|f||Maryam|Karimi-Nejad||مریم کریمی‌نژاد
ir|m||Dariush|Tehrani||داریوش تهرانی
af|m||Ahmad Shah|Noorzai||احمد شاه نورزی
af|f||Farzana|Sultani||فرزانه سلطانی
ku|m||Rebwar|Kareem||
ku|f||Shilan|Mustafa||
pk|m|Muhammad Usman Qureshi|Usman|Qureshi||محمد عثمان قریشی
pk|f||Ayesha|Siddiqui||عائشہ صدیقی
pk|m||Bilal|Chaudhry||
pk|f||Sana|Malik||
in|f||Priya|Sharma||प्रिया शर्मा
in|m|Rajesh Kumar Gupta|Rajesh|Gupta|Raju|राजेश कुमार गुप्ता
in|f||Anjali|Verma||अंजलि वर्मा
in|m|Vikram Singh Rathore|Vikram|Rathore||विक्रम सिंह राठौर
in|m||Amit|Joshi||
in|f||Neha|Agarwal||
pa|m|Harpreet Singh Gill|Harpreet|Gill||ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ
pa|f|Gurleen Kaur Sandhu|Gurleen|Sandhu||
pa|m|Jaswinder Singh Dhillon|Jaswinder|Dhillon|Jassi|
ta|m|S. Karthikeyan|Karthikeyan|Karthikeyan|Karthik|சு. கார்த்திகேயன்
ta|f||Lakshmi|Subramaniam||லட்சுமி சுப்பிரமணியம்
ta|m||Arun|Venkatesan||அருண் வெங்கடேசன்
ta|f||Meenakshi|Sundaram|Meena|மீனாட்சி சுந்தரம்
ta|m|K. R. Balasubramanian|Balasubramanian|Balasubramanian|Balu|
bn|f||Rumana|Chowdhury||রুমানা চৌধুরী
bn|m||Sourav|Banerjee||সৌরভ বন্দ্যোপাধ্যায়
bn|f||Tanushree|Mukherjee|Tanu|তনুশ্রী মুখার্জি
bd|m|Mohammad Rafiqul Islam|Rafiqul|Islam||মোহাম্মদ রফিকুল ইসলাম
bd|f||Nusrat|Jahan||নুসরাত জাহান
gu|m||Hitesh|Patel||હિતેશ પટેલ
gu|f||Bhavna|Shah||
ml|f||Anitha|Thomas||
ml|m||Jithin|Varghese||
ml|m||Sreejith|Nair||
te|m|Venkata Ramana Reddy|Venkata Ramana|Reddy||
te|f||Sravani|Naidu||
mr|m||Prasad|Kulkarni||
mr|f||Snehal|Deshpande||
lk|m||Chaminda|Perera||
lk|f||Nadeesha|Wickramasinghe||
np|f||Sunita|Gurung||सुनिता गुरुङ
np|m||Bikash|Shrestha||विकास श्रेष्ठ
np|m||Pemba|Sherpa||
cn|f|Wang Xiuying|Xiuying|Wang||王秀英
cn|m|Li Wei|Wei|Li||李伟
cn|m|Zhang Haoran|Haoran|Zhang||张浩然
cn|f|Chen Jing|Jing|Chen||陈静
cn|f|Liu Yang|Yang|Liu||刘洋
cn|m|Zhao Lei|Lei|Zhao||赵磊
cn|f|Huang Meiling|Meiling|Huang||黄美玲
cn|m|Sun Jianguo|Jianguo|Sun||孙建国
cn|f||Vivian|Zhou||周薇
hk|m|Kelvin Cheung Ka-lok|Kelvin|Cheung||張家樂
hk|f|Wong Mei-ling|Mei-ling|Wong||黃美玲
hk|f||Rosa|Leung||梁淑儀
tw|f|Lin Yi-chun|Yi-chun|Lin||林怡君
tw|m|Chen Chih-hao|Chih-hao|Chen||陳志豪
jp|f||Yuki|Tanaka||田中由紀
jp|m||Hiroshi|Nakamura||中村浩
jp|f||Misaki|Sato||佐藤美咲
jp|m||Kenta|Watanabe||渡辺健太
jp|f||Haruka|Inoue||井上遥
jp|m||Takeshi|Yamamoto||山本武
kr|m|Kim Min-jun|Min-jun|Kim||김민준
kr|f|Park Ji-yeon|Ji-yeon|Park||박지연
kr|f|Lee Seo-yeon|Seo-yeon|Lee||이서연
kr|m|Choi Jae-won|Jae-won|Choi||최재원
kr|f|Jung Hye-jin|Hye-jin|Jung||정혜진
kr|m|Kang Dong-hyun|Dong-hyun|Kang||강동현
vn|f|Nguyễn Thị Lan|Lan|Nguyễn||
vn|m|Trần Văn Minh|Minh|Trần||
vn|f|Phạm Thu Hà|Hà|Phạm||
vn|m|Lê Quang Huy|Huy|Lê||
vn|f||Hoa|Vo||
th|f||Siriporn|Chaiyaporn|Nok|ศิริพร ชัยพร
th|m||Somchai|Rattanakul|Lek|สมชาย รัตนกุล
th|f||Pimchanok|Wongsawat|Ploy|พิมพ์ชนก วงศ์สวัสดิ์
ph|f|Maria Luz Dela Cruz|Maria Luz|Dela Cruz|Luz|
ph|m|Rodel Santos Bautista|Rodel|Bautista||
ph|f||Joy|Villanueva||
ph|m|Ferdinand Aquino Macaraeg|Ferdinand|Macaraeg|Ferdie|
ph|f||Precious Mae|Tolentino||
id|m||Budi|Santoso||
id|f||Siti|Rahmawati||
id|m||Agus|Setiawan||
id|f||Putu Ayu|Anggraeni||
id|m|Wahyudi|Wahyudi|Wahyudi||
my|m|Muhammad Hafiz bin Rahman|Hafiz|bin Rahman||
my|f|Nurul Aisyah binti Ismail|Nurul Aisyah|binti Ismail|Aisyah|
my|m|Tan Wei Ming|Wei Ming|Tan||陈伟明
my|f||Kavitha|Ramasamy||
pl|f||Małgorzata|Wiśniewska|Gosia|
pl|m||Krzysztof|Zieliński|Krzysiek|
pl|f||Agnieszka|Kowalczyk|Aga|
pl|m||Tomasz|Wójcik|Tomek|
cz|f||Tereza|Dvořáková||
cz|m||Jiří|Novotný||
sk|m||Marek|Horváth||
ru|m||Aleksandr|Volkov|Sasha|Александр Волков
ru|f||Yekaterina|Smirnova|Katya|Екатерина Смирнова
ru|m||Dmitry|Sokolov|Dima|Дмитрий Соколов
ru|f||Natalia|Kuznetsova|Natasha|Наталья Кузнецова
ru|f|Olga Ivanovna Morozova|Olga|Morozova|Olya|Ольга Ивановна Морозова
ua|f||Oksana|Shevchenko||Оксана Шевченко
ua|m||Andriy|Kovalenko||Андрій Коваленко
ua|m||Taras|Bondarenko||Тарас Бондаренко
ua|f||Iryna|Melnyk|Ira|Ірина Мельник
by|m||Siarhei|Kavaliou||Сяргей Кавалёў
gr|m||Georgios|Papadopoulos|Giorgos|Γεώργιος Παπαδόπουλος
gr|f||Eleni|Konstantinou||Ελένη Κωνσταντίνου
gr|f||Despina|Alexiou||Δέσποινα Αλεξίου
gr|m||Andreas|Christodoulou||Ανδρέας Χριστοδούλου
it|f||Giulia|Romano||
it|m||Giuseppe|Esposito|Peppe|
it|f||Francesca|De Luca|Franci|
it|m||Alessandro|Bianchi|Sandro|
es|f|María José García Pérez|María José|García Pérez|Majo|
es|m|Francisco Javier Ruiz Moreno|Francisco Javier|Ruiz Moreno|Paco|
es|m||José Luis|Fernández|Pepe|
es|f||Lucía|Martín Sánchez||
mx|f|Guadalupe Hernández Ramírez|Guadalupe|Hernández|Lupita|
mx|m|Jesús Alberto Flores|Jesús|Flores|Chucho|
mx|f||Ximena|Cruz Salazar||
mx|m||Juan Pablo|Domínguez||
co|f||Valentina|Ospina|Vale|
ar|m||Facundo|Giménez|Facu|
pe|f||Rosa|Quispe Mamani||
cl|m||Matías|Contreras||
cu|f||Yusimí|Castillo||
gt|f||Ixchel|Tzul||
br|f||Ana Carolina|Souza|Carol|
br|m||João Pedro|Oliveira||
br|f||Thaís|dos Santos||
br|m|Luiz Fernando Pereira da Silva|Luiz Fernando|da Silva|Nando|
pt|f||Inês|Carvalho||
pt|m||Rui|Gonçalves||
cv|f||Djamila|Tavares||
fr|f||Camille|Lefèvre||
fr|m||Jean-Baptiste|Moreau|JB|
fr|f||Aurélie|Dubois||
fr|m||Théo|Girard||
be|f||Inge|Peeters||
de|m||Klaus-Dieter|Schmidt||
de|f||Anneliese|Wagner|Anne|
de|m||Jens|Hoffmann||
de|f||Friederike|von Bülow|Frieda|
at|m||Florian|Gruber|Flo|
ch|f||Regula|Brunner||
nl|m||Jan-Willem|van den Berg||
nl|f||Sanne|de Vries||
nl|m||Pieter|Bakker|Piet|
nl|f||Femke|Jansen||
se|f||Ingrid|Lindqvist||
se|m||Björn|Andersson||
no|f||Solveig|Haugen||
no|m||Eirik|Bakke||
dk|f||Mette|Kjærgaard||
dk|m||Rasmus|Nørgaard||
fi|f||Aino|Virtanen||
fi|m||Juha|Korhonen||
is|f||Guðrún|Sigurðardóttir|Gunna|
is|m||Jón|Einarsson|Nonni|
ee|f||Kadri|Tamm||
lv|m||Jānis|Bērziņš||
lt|f||Rūta|Kazlauskienė||
hu|m||László|Nagy|Laci|
hu|f||Zsuzsanna|Kovács|Zsuzsa|
ro|f||Ioana|Popescu||
ro|m||Mihai|Ionescu||
bg|m||Stoyan|Dimitrov||Стоян Димитров
bg|f||Radka|Petkova||Радка Петкова
rs|m||Nemanja|Jovanović||Немања Јовановић
hr|f||Ivana|Horvat||
ba|m||Emir|Hadžić||
ba|f||Amra|Begić||
si|f||Špela|Novak||
mk|m||Goran|Trajkovski||Горан Трајковски
al|f||Arta|Hoxha||
al|m||Besnik|Gashi||
il|f||Noa|Ben-David||נועה בן-דוד
il|m||Yossi|Mizrahi||יוסי מזרחי
il|f||Tamar|Goldberg||תמר גולדברג
il|m||Avraham|Katz|Avi|אברהם כץ
am|m||Aram|Petrosyan||Արամ Պետրոսյան
am|f||Anahit|Grigoryan||Անահիտ Գրիգորյան
am|f||Lusine|Hakobyan||Լուսինե Հակոբյան
ge|m||Giorgi|Beridze|Gio|გიორგი ბერიძე
ge|f||Nino|Kapanadze||ნინო კაპანაძე
ge|f||Tamta|Gelashvili||თამთა გელაშვილი
az|m||Elvin|Mammadov||
kz|f||Aigerim|Seitkali||Айгерим Сейткали
uz|m||Jasur|Karimov||
mn|f||Oyunchimeg|Batbayar|Oyuka|Оюунчимэг Батбаяр
"""

# ------------------------------------------------------ per-language pools (uninflected)
# gender|full (blank = composed by NAME_ORDER)|given|surname|nickname
NAME_ORDER = {"zh": "sg0", "ja": "sg0", "ko": "sg0", "vi": "sg"}

LANG_NAMES = {
    "de": """
f||Anja|Becker|
m||Matthias|Schneider|Matze
f||Sabine|Krüger|Bine
m||Jürgen|Weißhaupt|
f||Hannelore|Fischer|Hanne
m||Lukas|Brandstätter|
f||Ayşe|Kılıç|
m||Dariusz|Nowicki|Darek
f||Svetlana|Becker|Sveta
m||Wolfgang|von Arnim|
f||Lena|Mayer-Oberhuber|
m||Benedikt|Zöllner|Bene
f||Emine|Aydın|
m||Karl-Heinz|Pfeiffer|Kalle
f||Ursula|Haberkorn|Uschi
m||Mustafa|Özdemir|
""",
    "fr": """
f||Camille|Rousseau|
m||Jean-Luc|Marchand|
f||Sophie|Lemaire|
m||Karim|Benali|
f||Fatoumata|Traoré|Fatou
m||Théo|Delacroix|
f||Marie-Hélène|Fabre|
m||Alain|Vasseur|
f||Nadia|Haddad|
m||Guillaume|de Villiers|
f||Océane|Da Silva|
m||Yannick|Le Goff|
f||Thérèse|Bouchard|
m||Mathieu|N'Diaye|
""",
    "es": """
f|María Dolores Pérez Gil|María Dolores|Pérez Gil|Loli
m|Juan Carlos Ortega Blanco|Juan Carlos|Ortega Blanco|Juanca
f||Carmen|Navarro Iglesias|Menchu
m|Francisco López de la Fuente|Francisco|López de la Fuente|Paco
f||Lucía|Herrera|
m|José Manuel Rodríguez Vidal|José Manuel|Rodríguez Vidal|Pepe
f||Nerea|Etxeberria Goikoetxea|
m||Alejandro|Castro Quintero|Álex
f||Guadalupe|Morales|Lupe
m||Jesús|Villaseñor|Chuy
f||Xiomara|Benítez Rojas|
m||Mateo|Suárez|
f||Rocío|Delgado Campos|
m||Ignacio|Fuentes|Nacho
""",
    "it": """
f||Chiara|Ferrari|
m||Giovanni|Colombo|Gianni
f||Francesca|Ricci|Fra
m||Salvatore|Russo|Totò
f||Elena|Marino|
m||Lorenzo|Gallo|
f||Rosaria|Bruno|Sara
m||Marco|De Santis|
f||Beatrice|Lombardi|Bea
m||Vincenzo|Esposito|Enzo
""",
    "pt": """
f||Ana Paula|Ferreira|
m||João|Rodrigues|
f||Maria da Conceição|Santos|São
m||Francisco|Almeida|Chico
f||Juliana|Costa Ribeiro|Ju
m||Paulo Henrique|Nascimento|
f||Beatriz|Lopes|Bia
m||Tiago|Martins|
f||Raimunda|Sousa|
m||Luís Miguel|Pinto|
f||Gabriela|Mendes|Gabi
m||Antônio Carlos|Barbosa|Toninho
""",
    "nl": """
f||Anouk|de Jong|
m||Jeroen|van Dijk|
f||Marieke|Visser|
m||Sander|van der Linden|
f||Fatima|El Khatib|
m||Dewi|Smit|
f||Lotte|Mulder|
m||Bram|de Boer|
f||Ingrid|Wijnands|
m||Kees|Hendriks|
""",
    "sv": """
f||Karin|Johansson|
m||Lars|Eriksson|Lasse
f||Anna-Karin|Lindgren|
m||Mikael|Nyström|Micke
f||Elsa|Bergström|
m||Ahmed|Yusuf|
f||Margareta|Holm|Maggan
m||Oskar|Sandberg|
""",
    "no": """
f||Ingrid|Solberg|
m||Ole Martin|Hansen|
f||Kari|Nordby|
m||Sindre|Johannessen|
f||Marit|Aasen|
m||Tor Einar|Lie|
f||Hanne|Strand|
m||Arne|Kvamme|
""",
    "da": """
f||Mette|Kristensen|
m||Søren|Madsen|
f||Lone|Vestergaard|
m||Jesper|Thomsen|
f||Sofie|Kjær|
m||Niels|Andersen|
f||Birgitte|Holm|Gitte
m||Mads|Østergaard|
""",
    "bg": """
f||Радка|Петкова|
m||Стоян|Димитров|
f||Мария|Иванова|Мими
m||Георги|Николов|Гошо
f||Десислава|Стоянова|Деси
m||Петър|Георгиев|Пешо
f||Елена|Тодорова|
m||Иван|Христов|Ванката
""",
    "tr": """
f||Ayşe|Yılmaz|
m||Mehmet|Demir|
f||Elif|Şahin|
m||Burak|Öztürk|
f||Zeynep|Kaya|
m||Hüseyin|Çelik|
f||Fatma|Aydoğan|
m||Emre|Koç|
f||Gülşen|Arslan|
m||Mustafa|Doğan|
f||Merve|Kurt|
m||Hakan|Yıldız|
""",
    "ar": """
m|أحمد بن سعيد العمري|أحمد|العمري|
f||فاطمة|الزهراني|
m||محمود|عبد الفتاح|
f||نورهان|السيد|
m||يوسف|الحداد|
f||ليلى|منصور|
m||خالد|الشمري|
f||مريم|بطرس|
m||عمر|أبو خليل|
f||سلمى|بنجلون|
m||كريم|مصطفى|
f||رنا|الخطيب|
""",
    "he": """
f||נועה|בן-דוד|
m||יוסי|מזרחי|
f||תמר|גולדברג|
m||אברהם|כץ|אבי
f||מיכל|פרץ|
m||דניאל|אוחיון|
f||רחל|שפירא|
m||איתי|ביטון|
f||שירה|אברמוב|
m||משה|לוי|מושיקו
""",
    "fa": """
f||شیرین|رحیمی|
m||رضا|محمدی|
f||مریم|کریمی‌نژاد|
m||داریوش|تهرانی|
f||نگار|حسینی|
m||علی|رضایی|
f||فاطمه|قاسمی|
m||امیرحسین|صادقی|
""",
    "hi": """
f||प्रिया|शर्मा|
m|राजेश कुमार गुप्ता|राजेश|गुप्ता|राजू
f||अंजलि|वर्मा|
m||विक्रम|सिंह|
f||सुनीता|यादव|
m||अमित|जोशी|
f||पूजा|मिश्रा|
m||रमेश|चौहान|
f||कविता|पांडे|
m||सुरेश|तिवारी|
""",
    "th": """
f||ศิริพร|ชัยพร|นก
m||สมชาย|รัตนกุล|เล็ก
f||พิมพ์ชนก|วงศ์สวัสดิ์|พลอย
m||ธนากร|ศรีสุข|ต้น
f||สุดารัตน์|แก้วมณี|แอน
m||วีระพงษ์|บุญมา|ป๊อป
f||กาญจนา|ทองดี|
m||ประยุทธ|สมบูรณ์|
""",
    "vi": """
f|Nguyễn Thị Lan|Lan|Nguyễn|
m|Trần Văn Minh|Minh|Trần|
f|Phạm Thu Hà|Hà|Phạm|
m|Lê Quang Huy|Huy|Lê|
f|Hoàng Thị Mai|Mai|Hoàng|
m|Đỗ Đức Anh|Anh|Đỗ|
f|Vũ Ngọc Ánh|Ánh|Vũ|
m|Bùi Văn Long|Long|Bùi|
""",
    "id": """
m||Budi|Santoso|
f||Siti|Rahmawati|
m||Agus|Setiawan|
f||Putu Ayu|Anggraeni|
m||Wahyu|Hidayat|
f||Dewi|Kusumawati|
m||Rizky|Pratama|
f||Nur|Aini|
""",
    "ms": """
m|Muhammad Hafiz bin Rahman|Hafiz|bin Rahman|
f|Nurul Aisyah binti Ismail|Nurul Aisyah|binti Ismail|Aisyah
m|Ahmad Faizal bin Othman|Faizal|bin Othman|
f|Siti Hajar binti Abdullah|Siti Hajar|binti Abdullah|
m||Tan|Wei Ming|
f||Kavitha|Ramasamy|
""",
    "tl": """
f|Maria Luz Dela Cruz|Maria Luz|Dela Cruz|Luz
m|Rodel Santos Bautista|Rodel|Bautista|Odeng
f||Joy|Villanueva|
m||Ferdinand|Macaraeg|Ferdie
f||Rowena|Mendoza|Weng
m||Jun-Jun|Garcia|
f||Marites|Aquino|Tess
m||Dindo|Ramos|
""",
    "zh": """
f||秀英|王|
m||伟|李|
m||浩然|张|
f||静|陈|
f||洋|刘|
m||磊|赵|
f||美玲|黄|
m||建国|孙|
f||晓燕|周|
m||志强|吴|
f||丽娟|徐|
m||宇轩|欧阳|
""",
    "ja": """
f||由紀|田中|
m||浩|中村|
f||美咲|佐藤|
m||健太|渡辺|
f||遥|井上|
m||武|山本|
f||陽子|小林|
m||翔太|加藤|
f||さくら|吉田|
m||大輔|松本|
f||恵美|高橋|
m||誠|斎藤|
f|マリア・サントス|マリア|サントス|
m|グエン・ヴァン・ナム|ナム|グエン|
f||みどり|山田|
""",
    "ko": """
m||민준|김|
f||지연|박|
f||서연|이|
m||재원|최|
f||혜진|정|
m||동현|강|
f||수빈|윤|
m||성호|장|
f||미경|한|
m||준혁|오|
""",
    "sw": """
f||Neema|Mwakyusa|
m||Baraka|Massawe|
f||Wanjiru|Kamau|
m||Juma|Hamisi|
f||Zawadi|Njeri|
m||Otieno|Ochieng|
f||Rehema|Mollel|
m||Salim|Abdallah|
""",
    "ca": """
f||Montserrat|Puig i Ferrer|Montse
m||Jordi|Vilaseca|
f||Núria|Casals|
m||Pere|Riera|
f||Mercè|Soler|
m||Oriol|Camps|
""",
    "ga": """
f||Siobhán|Ní Bhriain|
m||Pádraig|Ó Súilleabháin|
f||Aoife|Nic Cárthaigh|
m||Cormac|Ó Floinn|
f||Máire|Ní Dhomhnaill|
m||Seán|Mac Giolla Bhríde|
""",
    "cy": """
f||Cerys|Prydderch|
m||Rhodri|Pugh|
f||Eirlys|Bowen|
m||Dafydd|Llewelyn|Dai
f||Angharad|Parry|
m||Gwyn|Jenkins|
""",
    "ur": """
m|محمد عثمان قریشی|عثمان|قریشی|
f||عائشہ|صدیقی|
m||بلال|چوہدری|
f||ثنا|ملک|
m||فیصل|خان|
f||نادیہ|حسین|
""",
}

# ---------------------------------------------------------- case tables (inflected)
CASES = {
    "pl": "n g d a i l v",
    "cs": "n g d a i l v",
    "sk": "n g d a i l",
    "ru": "n g d a i l",
    "uk": "n g d a i l v",
    "hr": "n g d a i l v",
    "sr": "n g d a i l v",
    "sl": "n g d a i l",
    "lt": "n g d a i l v",
    "lv": "n g d a l v",
    "fi": "n g p t e b",
    "et": "n g p t k e",
    "hu": "n a d i t b",
    "el": "n g a v",
    "is": "n a d g",
    "ro": "n g",
    "ka": "n e d g",
    "hy": "n g d",
    "am": "n a",
    "ta": "n g d",
    "bn": "n g",
}
FULL_RULE = {
    "pl": "both",
    "cs": "both",
    "sk": "both",
    "ru": "both",
    "uk": "both",
    "hr": "both",
    "sr": "both",
    "sl": "both",
    "lt": "both",
    "lv": "both",
    "fi": "last",
    "et": "last",
    "hu": "hu",
    "el": "both",
    "is": "both",
    "ro": "first",
    "ka": "last",
    "hy": "last",
    "am": "last",
    "ta": "last",
    "bn": "last",
}

# gender|given forms|surname forms|nickname forms (optional)|patronymic forms (optional)
LANG_FORMS = {
    "pl": """
f|Anna Anny Annie Annę Anną Annie Anno|Kowalska Kowalskiej Kowalskiej Kowalską Kowalską Kowalskiej Kowalska|Ania Ani Ani Anię Anią Ani Aniu
f|Małgorzata Małgorzaty Małgorzacie Małgorzatę Małgorzatą Małgorzacie Małgorzato|Wiśniewska Wiśniewskiej Wiśniewskiej Wiśniewską Wiśniewską Wiśniewskiej Wiśniewska|Gosia Gosi Gosi Gosię Gosią Gosi Gosiu
f|Katarzyna Katarzyny Katarzynie Katarzynę Katarzyną Katarzynie Katarzyno|Nowak Nowak Nowak Nowak Nowak Nowak Nowak|Kasia Kasi Kasi Kasię Kasią Kasi Kasiu
f|Joanna Joanny Joannie Joannę Joanną Joannie Joanno|Lewandowska Lewandowskiej Lewandowskiej Lewandowską Lewandowską Lewandowskiej Lewandowska|Asia Asi Asi Asię Asią Asi Asiu
f|Zofia Zofii Zofii Zofię Zofią Zofii Zofio|Dąbrowska Dąbrowskiej Dąbrowskiej Dąbrowską Dąbrowską Dąbrowskiej Dąbrowska|Zosia Zosi Zosi Zosię Zosią Zosi Zosiu
f|Beata Beaty Beacie Beatę Beatą Beacie Beato|Woźniak Woźniak Woźniak Woźniak Woźniak Woźniak Woźniak|
f|Ewa Ewy Ewie Ewę Ewą Ewie Ewo|Grabowska Grabowskiej Grabowskiej Grabowską Grabowską Grabowskiej Grabowska|Ewka Ewki Ewce Ewkę Ewką Ewce Ewciu
m|Piotr Piotra Piotrowi Piotra Piotrem Piotrze Piotrze|Nowak Nowaka Nowakowi Nowaka Nowakiem Nowaku Nowaku|Piotrek Piotrka Piotrkowi Piotrka Piotrkiem Piotrku Piotrku
m|Krzysztof Krzysztofa Krzysztofowi Krzysztofa Krzysztofem Krzysztofie Krzysztofie|Zieliński Zielińskiego Zielińskiemu Zielińskiego Zielińskim Zielińskim Zieliński|Krzysiek Krzyśka Krzyśkowi Krzyśka Krzyśkiem Krzyśku Krzysiu
m|Tomasz Tomasza Tomaszowi Tomasza Tomaszem Tomaszu Tomaszu|Wójcik Wójcika Wójcikowi Wójcika Wójcikiem Wójciku Wójciku|Tomek Tomka Tomkowi Tomka Tomkiem Tomku Tomku
m|Jan Jana Janowi Jana Janem Janie Janie|Kamiński Kamińskiego Kamińskiemu Kamińskiego Kamińskim Kamińskim Kamiński|Jasiek Jaśka Jaśkowi Jaśka Jaśkiem Jaśku Jasiu
m|Marek Marka Markowi Marka Markiem Marku Marku|Szymański Szymańskiego Szymańskiemu Szymańskiego Szymańskim Szymańskim Szymański|
m|Grzegorz Grzegorza Grzegorzowi Grzegorza Grzegorzem Grzegorzu Grzegorzu|Mazur Mazura Mazurowi Mazura Mazurem Mazurze Mazurze|Grześ Grzesia Grzesiowi Grzesia Grzesiem Grzesiu Grzesiu
m|Wojciech Wojciecha Wojciechowi Wojciecha Wojciechem Wojciechu Wojciechu|Krawczyk Krawczyka Krawczykowi Krawczyka Krawczykiem Krawczyku Krawczyku|Wojtek Wojtka Wojtkowi Wojtka Wojtkiem Wojtku Wojtku
""",
    "cs": """
f|Tereza Terezy Tereze Terezu Terezou Tereze Terezo|Dvořáková Dvořákové Dvořákové Dvořákovou Dvořákovou Dvořákové Dvořáková|
f|Jana Jany Janě Janu Janou Janě Jano|Nováková Novákové Novákové Novákovou Novákovou Novákové Nováková|Janička Janičky Janičce Janičku Janičkou Janičce Janičko
f|Lucie Lucie Lucii Lucii Lucií Lucii Lucie|Svobodová Svobodové Svobodové Svobodovou Svobodovou Svobodové Svobodová|
f|Markéta Markéty Markétě Markétu Markétou Markétě Markéto|Černá Černé Černé Černou Černou Černé Černá|Markétka Markétky Markétce Markétku Markétkou Markétce Markétko
m|Jiří Jiřího Jiřímu Jiřího Jiřím Jiřím Jiří|Novotný Novotného Novotnému Novotného Novotným Novotném Novotný|Jirka Jirky Jirkovi Jirku Jirkou Jirkovi Jirko
m|Petr Petra Petrovi Petra Petrem Petrovi Petře|Procházka Procházky Procházkovi Procházku Procházkou Procházkovi Procházko|
m|Tomáš Tomáše Tomášovi Tomáše Tomášem Tomášovi Tomáši|Kučera Kučery Kučerovi Kučeru Kučerou Kučerovi Kučero|Tom Toma Tomovi Toma Tomem Tomovi Tome
m|Martin Martina Martinovi Martina Martinem Martinovi Martine|Veselý Veselého Veselému Veselého Veselým Veselém Veselý|
""",
    "sk": """
f|Zuzana Zuzany Zuzane Zuzanu Zuzanou Zuzane|Horváthová Horváthovej Horváthovej Horváthovú Horváthovou Horváthovej|Zuzka Zuzky Zuzke Zuzku Zuzkou Zuzke
f|Mária Márie Márii Máriu Máriou Márii|Kováčová Kováčovej Kováčovej Kováčovú Kováčovou Kováčovej|
f|Katarína Kataríny Kataríne Katarínu Katarínou Kataríne|Nagyová Nagyovej Nagyovej Nagyovú Nagyovou Nagyovej|Katka Katky Katke Katku Katkou Katke
m|Marek Mareka Marekovi Mareka Marekom Marekovi|Varga Vargu Vargovi Vargu Vargom Vargovi|
m|Peter Petra Petrovi Petra Petrom Petrovi|Baláž Baláža Balážovi Baláža Balážom Balážovi|Peťo Peťa Peťovi Peťa Peťom Peťovi
m|Juraj Juraja Jurajovi Juraja Jurajom Jurajovi|Tóth Tótha Tóthovi Tótha Tóthom Tóthovi|Ďuro Ďura Ďurovi Ďura Ďurom Ďurovi
""",
    "ru": """
f|Екатерина Екатерины Екатерине Екатерину Екатериной Екатерине|Смирнова Смирновой Смирновой Смирнову Смирновой Смирновой|Катя Кати Кате Катю Катей Кате|Андреевна Андреевны Андреевне Андреевну Андреевной Андреевне
f|Наталья Натальи Наталье Наталью Натальей Наталье|Кузнецова Кузнецовой Кузнецовой Кузнецову Кузнецовой Кузнецовой|Наташа Наташи Наташе Наташу Наташей Наташе|Петровна Петровны Петровне Петровну Петровной Петровне
f|Ольга Ольги Ольге Ольгу Ольгой Ольге|Морозова Морозовой Морозовой Морозову Морозовой Морозовой|Оля Оли Оле Олю Олей Оле|Ивановна Ивановны Ивановне Ивановну Ивановной Ивановне
f|Анна Анны Анне Анну Анной Анне|Белая Белой Белой Белую Белой Белой|Аня Ани Ане Аню Аней Ане|Сергеевна Сергеевны Сергеевне Сергеевну Сергеевной Сергеевне
f|Ирина Ирины Ирине Ирину Ириной Ирине|Лебедева Лебедевой Лебедевой Лебедеву Лебедевой Лебедевой|Ира Иры Ире Иру Ирой Ире|Викторовна Викторовны Викторовне Викторовну Викторовной Викторовне
f|Людмила Людмилы Людмиле Людмилу Людмилой Людмиле|Ким Ким Ким Ким Ким Ким|Люда Люды Люде Люду Людой Люде|Николаевна Николаевны Николаевне Николаевну Николаевной Николаевне
m|Александр Александра Александру Александра Александром Александре|Волков Волкова Волкову Волкова Волковым Волкове|Саша Саши Саше Сашу Сашей Саше|Михайлович Михайловича Михайловичу Михайловича Михайловичем Михайловиче
m|Дмитрий Дмитрия Дмитрию Дмитрия Дмитрием Дмитрии|Соколов Соколова Соколову Соколова Соколовым Соколове|Дима Димы Диме Диму Димой Диме|Сергеевич Сергеевича Сергеевичу Сергеевича Сергеевичем Сергеевиче
m|Сергей Сергея Сергею Сергея Сергеем Сергее|Попов Попова Попову Попова Поповым Попове|Серёжа Серёжи Серёже Серёжу Серёжей Серёже|Владимирович Владимировича Владимировичу Владимировича Владимировичем Владимировиче
m|Михаил Михаила Михаилу Михаила Михаилом Михаиле|Григорьев Григорьева Григорьеву Григорьева Григорьевым Григорьеве|Миша Миши Мише Мишу Мишей Мише|Юрьевич Юрьевича Юрьевичу Юрьевича Юрьевичем Юрьевиче
m|Игорь Игоря Игорю Игоря Игорем Игоре|Никитин Никитина Никитину Никитина Никитиным Никитине|Игорёк Игорька Игорьку Игорька Игорьком Игорьке|Олегович Олеговича Олеговичу Олеговича Олеговичем Олеговиче
m|Рустам Рустама Рустаму Рустама Рустамом Рустаме|Галиев Галиева Галиеву Галиева Галиевым Галиеве||Ринатович Ринатовича Ринатовичу Ринатовича Ринатовичем Ринатовиче
""",
    "uk": """
f|Оксана Оксани Оксані Оксану Оксаною Оксані Оксано|Шевчук Шевчук Шевчук Шевчук Шевчук Шевчук Шевчук|Ксеня Ксені Ксені Ксеню Ксенею Ксені Ксеню|Іванівна Іванівни Іванівні Іванівну Іванівною Іванівні Іванівно
f|Ірина Ірини Ірині Ірину Іриною Ірині Ірино|Мельник Мельник Мельник Мельник Мельник Мельник Мельник|Іра Іри Ірі Іру Ірою Ірі Іро|Петрівна Петрівни Петрівні Петрівну Петрівною Петрівні Петрівно
f|Наталія Наталії Наталії Наталію Наталією Наталії Наталіє|Ковальчук Ковальчук Ковальчук Ковальчук Ковальчук Ковальчук Ковальчук|Наталка Наталки Наталці Наталку Наталкою Наталці Наталко|Олегівна Олегівни Олегівні Олегівну Олегівною Олегівні Олегівно
f|Олена Олени Олені Олену Оленою Олені Олено|Бойко Бойко Бойко Бойко Бойко Бойко Бойко|Оленка Оленки Оленці Оленку Оленкою Оленці Оленко|Василівна Василівни Василівні Василівну Василівною Василівні Василівно
m|Андрій Андрія Андрію Андрія Андрієм Андрії Андрію|Коваленко Коваленка Коваленкові Коваленка Коваленком Коваленкові Коваленку|Андрійко Андрійка Андрійкові Андрійка Андрійком Андрійкові Андрійку|Петрович Петровича Петровичу Петровича Петровичем Петровичі Петровичу
m|Тарас Тараса Тарасові Тараса Тарасом Тарасові Тарасе|Бондаренко Бондаренка Бондаренкові Бондаренка Бондаренком Бондаренкові Бондаренку||Миколайович Миколайовича Миколайовичу Миколайовича Миколайовичем Миколайовичі Миколайовичу
m|Олександр Олександра Олександрові Олександра Олександром Олександрові Олександре|Ткаченко Ткаченка Ткаченкові Ткаченка Ткаченком Ткаченкові Ткаченку|Сашко Сашка Сашкові Сашка Сашком Сашкові Сашку|Іванович Івановича Івановичу Івановича Івановичем Івановичі Івановичу
m|Богдан Богдана Богданові Богдана Богданом Богданові Богдане|Кравчук Кравчука Кравчукові Кравчука Кравчуком Кравчукові Кравчуку|Бодя Боді Боді Бодю Бодею Боді Бодю|Степанович Степановича Степановичу Степановича Степановичем Степановичі Степановичу
""",
    "hr": """
f|Ivana Ivane Ivani Ivanu Ivanom Ivani Ivana|Horvat Horvat Horvat Horvat Horvat Horvat Horvat|
f|Marija Marije Mariji Mariju Marijom Mariji Marijo|Kovačević Kovačević Kovačević Kovačević Kovačević Kovačević Kovačević|Mare Mare Mari Maru Marom Mari Mare
f|Ana Ane Ani Anu Anom Ani Ana|Babić Babić Babić Babić Babić Babić Babić|
f|Petra Petre Petri Petru Petrom Petri Petra|Vuković Vuković Vuković Vuković Vuković Vuković Vuković|
m|Ivan Ivana Ivanu Ivana Ivanom Ivanu Ivane|Horvat Horvata Horvatu Horvata Horvatom Horvatu Horvate|Ivica Ivice Ivici Ivicu Ivicom Ivici Ivice
m|Tomislav Tomislava Tomislavu Tomislava Tomislavom Tomislavu Tomislave|Marić Marića Mariću Marića Marićem Mariću Mariću|Tomo Tome Tomi Tomu Tomom Tomi Tomo
m|Luka Luke Luki Luku Lukom Luki Luka|Novak Novaka Novaku Novaka Novakom Novaku Novače|
m|Josip Josipa Josipu Josipa Josipom Josipu Josipe|Jurić Jurića Juriću Jurića Jurićem Juriću Juriću|Joža Jože Joži Jožu Jožom Joži Jožo
""",
    "sr": """
m|Немања Немање Немањи Немању Немањом Немањи Немања|Јовановић Јовановића Јовановићу Јовановића Јовановићем Јовановићу Јовановићу|
m|Милош Милоша Милошу Милоша Милошем Милошу Милошу|Петровић Петровића Петровићу Петровића Петровићем Петровићу Петровићу|
m|Драган Драгана Драгану Драгана Драганом Драгану Драгане|Николић Николића Николићу Николића Николићем Николићу Николићу|Гаги Гагија Гагију Гагија Гагијем Гагију Гаги
f|Јелена Јелене Јелени Јелену Јеленом Јелени Јелена|Стојановић Стојановић Стојановић Стојановић Стојановић Стојановић Стојановић|Јеца Јеце Јеци Јецу Јецом Јеци Јецо
f|Милица Милице Милици Милицу Милицом Милици Милице|Ђорђевић Ђорђевић Ђорђевић Ђорђевић Ђорђевић Ђорђевић Ђорђевић|
f|Драгана Драгане Драгани Драгану Драганом Драгани Драгана|Илић Илић Илић Илић Илић Илић Илић|
""",
    "sl": """
f|Špela Špele Špeli Špelo Špelo Špeli|Novak Novak Novak Novak Novak Novak|
f|Maja Maje Maji Majo Majo Maji|Kovač Kovač Kovač Kovač Kovač Kovač|
f|Nina Nine Nini Nino Nino Nini|Krajnc Krajnc Krajnc Krajnc Krajnc Krajnc|
m|Matej Mateja Mateju Mateja Matejem Mateju|Zupančič Zupančiča Zupančiču Zupančiča Zupančičem Zupančiču|
m|Rok Roka Roku Roka Rokom Roku|Potočnik Potočnika Potočniku Potočnika Potočnikom Potočniku|
m|Janez Janeza Janezu Janeza Janezom Janezu|Horvat Horvata Horvatu Horvata Horvatom Horvatu|Janko Janka Janku Janka Jankom Janku
""",
    "lt": """
f|Rūta Rūtos Rūtai Rūtą Rūta Rūtoje Rūta|Kazlauskienė Kazlauskienės Kazlauskienei Kazlauskienę Kazlauskiene Kazlauskienėje Kazlauskiene|
f|Ieva Ievos Ievai Ievą Ieva Ievoje Ieva|Petrauskaitė Petrauskaitės Petrauskaitei Petrauskaitę Petrauskaite Petrauskaitėje Petrauskaite|
f|Agnė Agnės Agnei Agnę Agne Agnėje Agne|Stankevičiūtė Stankevičiūtės Stankevičiūtei Stankevičiūtę Stankevičiūte Stankevičiūtėje Stankevičiūte|
m|Jonas Jono Jonui Joną Jonu Jone Jonai|Kazlauskas Kazlausko Kazlauskui Kazlauską Kazlausku Kazlauske Kazlauskai|Jonukas Jonuko Jonukui Jonuką Jonuku Jonuke Jonuk
m|Mindaugas Mindaugo Mindaugui Mindaugą Mindaugu Mindauge Mindaugai|Jankauskas Jankausko Jankauskui Jankauską Jankausku Jankauske Jankauskai|
m|Tomas Tomo Tomui Tomą Tomu Tome Tomai|Vasiliauskas Vasiliausko Vasiliauskui Vasiliauską Vasiliausku Vasiliauske Vasiliauskai|
""",
    "lv": """
m|Jānis Jāņa Jānim Jāni Jānī Jāni|Bērziņš Bērziņa Bērziņam Bērziņu Bērziņā Bērziņ|
m|Andris Andra Andrim Andri Andrī Andri|Kalniņš Kalniņa Kalniņam Kalniņu Kalniņā Kalniņ|
m|Mārtiņš Mārtiņa Mārtiņam Mārtiņu Mārtiņā Mārtiņ|Ozols Ozola Ozolam Ozolu Ozolā Ozol|
f|Ilze Ilzes Ilzei Ilzi Ilzē Ilze|Ozola Ozolas Ozolai Ozolu Ozolā Ozola|
f|Līga Līgas Līgai Līgu Līgā Līga|Liepiņa Liepiņas Liepiņai Liepiņu Liepiņā Liepiņ|
f|Inese Ineses Inesei Inesi Inesē Inese|Krūmiņa Krūmiņas Krūmiņai Krūmiņu Krūmiņā Krūmiņ|
""",
    "fi": """
f|Aino Ainon Ainoa Ainolle Ainolla Ainolta|Virtanen Virtasen Virtasta Virtaselle Virtasella Virtaselta|
f|Kaisa Kaisan Kaisaa Kaisalle Kaisalla Kaisalta|Korhonen Korhosen Korhosta Korhoselle Korhosella Korhoselta|
f|Johanna Johannan Johannaa Johannalle Johannalla Johannalta|Mäkinen Mäkisen Mäkistä Mäkiselle Mäkisellä Mäkiseltä|Jonna Jonnan Jonnaa Jonnalle Jonnalla Jonnalta
f|Sirpa Sirpan Sirpaa Sirpalle Sirpalla Sirpalta|Hämäläinen Hämäläisen Hämäläistä Hämäläiselle Hämäläisellä Hämäläiseltä|
m|Mikko Mikon Mikkoa Mikolle Mikolla Mikolta|Nieminen Niemisen Niemistä Niemiselle Niemisellä Niemiseltä|
m|Juha Juhan Juhaa Juhalle Juhalla Juhalta|Heikkinen Heikkisen Heikkistä Heikkiselle Heikkisellä Heikkiseltä|
m|Pekka Pekan Pekkaa Pekalle Pekalla Pekalta|Laine Laineen Lainetta Laineelle Laineella Laineelta|
m|Antti Antin Anttia Antille Antilla Antilta|Koskinen Koskisen Koskista Koskiselle Koskisella Koskiselta|
""",
    "et": """
f|Kadri Kadri Kadrit Kadrile Kadriga Kadril|Tamm Tamme Tamme Tammele Tammega Tammel|
f|Mari Mari Marit Marile Mariga Maril|Saar Saare Saart Saarele Saarega Saarel|
f|Liis Liisi Liisi Liisile Liisiga Liisil|Mägi Mäe Mäge Mäele Mäega Mäel|
m|Jaan Jaani Jaani Jaanile Jaaniga Jaanil|Sepp Sepa Seppa Sepale Sepaga Sepal|
m|Andres Andrese Andrest Andresele Andresega Andresel|Kask Kase Kaske Kasele Kasega Kasel|
m|Rein Reinu Reinu Reinule Reinuga Reinul|Kukk Kuku Kukke Kukele Kukega Kukel|
""",
    "hu": """
m|László Lászlót Lászlónak Lászlóval Lászlóhoz Lászlótól|Nagy Nagyot Nagynak Naggyal Nagyhoz Nagytól|Laci Lacit Lacinak Lacival Lacihoz Lacitól
f|Zsuzsanna Zsuzsannát Zsuzsannának Zsuzsannával Zsuzsannához Zsuzsannától|Kovács Kovácsot Kovácsnak Kováccsal Kovácshoz Kovácstól|Zsuzsa Zsuzsát Zsuzsának Zsuzsával Zsuzsához Zsuzsától
m|Péter Pétert Péternek Péterrel Péterhez Pétertől|Tóth Tóthot Tóthnak Tóthtal Tóthhoz Tóthtól|Peti Petit Petinek Petivel Petihez Petitől
f|Katalin Katalint Katalinnak Katalinnal Katalinhoz Katalintól|Szabó Szabót Szabónak Szabóval Szabóhoz Szabótól|Kati Katit Katinak Katival Katihoz Katitól
m|Gábor Gábort Gábornak Gáborral Gáborhoz Gábortól|Horváth Horváthot Horváthnak Horváthtal Horváthhoz Horváthtól|Gabi Gabit Gabinak Gabival Gabihoz Gabitól
f|Eszter Esztert Eszternek Eszterrel Eszterhez Esztertől|Varga Vargát Vargának Vargával Vargához Vargától|
m|Bence Bencét Bencének Bencével Bencéhez Bencétől|Molnár Molnárt Molnárnak Molnárral Molnárhoz Molnártól|
f|Réka Rékát Rékának Rékával Rékához Rékától|Fekete Feketét Feketének Feketével Feketéhez Feketétől|
""",
    "el": """
m|Γιώργος Γιώργου Γιώργο Γιώργο|Παπαδόπουλος Παπαδόπουλου Παπαδόπουλο Παπαδόπουλε|
m|Νίκος Νίκου Νίκο Νίκο|Οικονόμου Οικονόμου Οικονόμου Οικονόμου|
m|Δημήτρης Δημήτρη Δημήτρη Δημήτρη|Αντωνίου Αντωνίου Αντωνίου Αντωνίου|Μήτσος Μήτσου Μήτσο Μήτσο
m|Κώστας Κώστα Κώστα Κώστα|Γεωργίου Γεωργίου Γεωργίου Γεωργίου|
m|Σπύρος Σπύρου Σπύρο Σπύρο|Καραγιάννης Καραγιάννη Καραγιάννη Καραγιάννη|
f|Ελένη Ελένης Ελένη Ελένη|Κωνσταντίνου Κωνσταντίνου Κωνσταντίνου Κωνσταντίνου|Λένα Λένας Λένα Λένα
f|Μαρία Μαρίας Μαρία Μαρία|Παπαδοπούλου Παπαδοπούλου Παπαδοπούλου Παπαδοπούλου|
f|Δέσποινα Δέσποινας Δέσποινα Δέσποινα|Αλεξίου Αλεξίου Αλεξίου Αλεξίου|Δέσπω Δέσπως Δέσπω Δέσπω
f|Κατερίνα Κατερίνας Κατερίνα Κατερίνα|Νικολάου Νικολάου Νικολάου Νικολάου|
f|Σοφία Σοφίας Σοφία Σοφία|Καραγιάννη Καραγιάννη Καραγιάννη Καραγιάννη|
""",
    "is": """
f|Guðrún Guðrúnu Guðrúnu Guðrúnar|Sigurðardóttir Sigurðardóttur Sigurðardóttur Sigurðardóttur|Gunna Gunnu Gunnu Gunnu
m|Jón Jón Jóni Jóns|Einarsson Einarsson Einarssyni Einarssonar|Nonni Nonna Nonna Nonna
f|Sigríður Sigríði Sigríði Sigríðar|Jónsdóttir Jónsdóttur Jónsdóttur Jónsdóttur|Sigga Siggu Siggu Siggu
m|Gunnar Gunnar Gunnari Gunnars|Ólafsson Ólafsson Ólafssyni Ólafssonar|
f|Helga Helgu Helgu Helgu|Björnsdóttir Björnsdóttur Björnsdóttur Björnsdóttur|
m|Ólafur Ólaf Ólafi Ólafs|Stefánsson Stefánsson Stefánssyni Stefánssonar|Óli Óla Óla Óla
m|Kristján Kristján Kristjáni Kristjáns|Þórðarson Þórðarson Þórðarsyni Þórðarsonar|
""",
    "ro": """
f|Ioana Ioanei|Popescu Popescu|
f|Maria Mariei|Ionescu Ionescu|
f|Elena Elenei|Dumitrescu Dumitrescu|
f|Andreea Andreei|Stan Stan|
f|Cristina Cristinei|Munteanu Munteanu|
m|Andrei Andrei|Popa Popa|
m|Mihai Mihai|Constantinescu Constantinescu|
m|Gheorghe Gheorghe|Moldovan Moldovan|Gigel Gigel
m|Radu Radu|Stoica Stoica|
""",
    "ka": """
m|გიორგი გიორგიმ გიორგის გიორგის|ბერიძე ბერიძემ ბერიძეს ბერიძის|
f|ნინო ნინომ ნინოს ნინოს|კაპანაძე კაპანაძემ კაპანაძეს კაპანაძის|
f|თამთა თამთამ თამთას თამთას|გელაშვილი გელაშვილმა გელაშვილს გელაშვილის|
m|დავით დავითმა დავითს დავითის|მაისურაძე მაისურაძემ მაისურაძეს მაისურაძის|
f|მარიამ მარიამმა მარიამს მარიამის|ჯაფარიძე ჯაფარიძემ ჯაფარიძეს ჯაფარიძის|
m|ლევან ლევანმა ლევანს ლევანის|წერეთელი წერეთელმა წერეთელს წერეთლის|
""",
    "hy": """
m|Արամ Արամի Արամին|Պետրոսյան Պետրոսյանի Պետրոսյանին|
f|Անահիտ Անահիտի Անահիտին|Գրիգորյան Գրիգորյանի Գրիգորյանին|
f|Լուսինե Լուսինեի Լուսինեին|Հակոբյան Հակոբյանի Հակոբյանին|
m|Տիգրան Տիգրանի Տիգրանին|Սարգսյան Սարգսյանի Սարգսյանին|
f|Նարինե Նարինեի Նարինեին|Ավետիսյան Ավետիսյանի Ավետիսյանին|
m|Արմեն Արմենի Արմենին|Մկրտչյան Մկրտչյանի Մկրտչյանին|
""",
    "am": """
m|ዳዊት ዳዊትን|በቀለ በቀለን|
f|ሜሮን ሜሮንን|ተስፋዬ ተስፋዬን|
f|ሰላማዊት ሰላማዊትን|ግርማ ግርማን|
m|ዮናስ ዮናስን|ኃይሌ ኃይሌን|
f|ትዕግስት ትዕግስትን|አበበ አበበን|
m|ሳሙኤል ሳሙኤልን|ወልደማርያም ወልደማርያምን|
""",
    "ta": """
m|அருண் அருணின் அருணுக்கு|வெங்கடேசன் வெங்கடேசனின் வெங்கடேசனுக்கு|
f|லட்சுமி லட்சுமியின் லட்சுமிக்கு|சுப்பிரமணியம் சுப்பிரமணியத்தின் சுப்பிரமணியத்துக்கு|
f|மீனாட்சி மீனாட்சியின் மீனாட்சிக்கு|சுந்தரம் சுந்தரத்தின் சுந்தரத்துக்கு|
m|கார்த்திகேயன் கார்த்திகேயனின் கார்த்திகேயனுக்கு|ராமசாமி ராமசாமியின் ராமசாமிக்கு|
f|பிரியா பிரியாவின் பிரியாவுக்கு|ராஜேந்திரன் ராஜேந்திரனின் ராஜேந்திரனுக்கு|
m|செல்வம் செல்வத்தின் செல்வத்துக்கு|முருகேசன் முருகேசனின் முருகேசனுக்கு|
""",
    "bn": """
f|রুমানা রুমানার|চৌধুরী চৌধুরীর|
m|সৌরভ সৌরভের|বন্দ্যোপাধ্যায় বন্দ্যোপাধ্যায়ের|
f|তনুশ্রী তনুশ্রীর|মুখোপাধ্যায় মুখোপাধ্যায়ের|
m|রফিকুল রফিকুলের|ইসলাম ইসলামের|
f|নুসরাত নুসরাতের|জাহান জাহানের|
m|অর্ণব অর্ণবের|দাশগুপ্ত দাশগুপ্তের|
""",
}

# ------------------------------------------------------------------- value pools
LANG_COUNTRIES = {
    "en": "us,us,us,us,us,gb,gb,gb,ie,ca,au,in,ng,nz,za,ke,ph,gh",
    "de": "de,de,de,at,ch",
    "fr": "fr,fr,fr,be,ch",
    "es": "es,es,mx,ar,co",
    "pt": "br,br,pt",
    "nl": "nl,nl,be",
    "it": "it",
    "pl": "pl",
    "cs": "cz",
    "sk": "sk",
    "ru": "ru",
    "uk": "ua",
    "hr": "hr",
    "sr": "rs",
    "sl": "si",
    "bg": "bg",
    "ro": "ro",
    "hu": "hu",
    "fi": "fi",
    "et": "ee",
    "lv": "lv",
    "lt": "lt",
    "sv": "se",
    "no": "no",
    "da": "dk",
    "is": "is",
    "el": "gr",
    "tr": "tr",
    "ar": "eg,eg,sa,ae,ma,lb",
    "he": "il",
    "fa": "ir",
    "hi": "in",
    "bn": "bd",
    "ta": "in,lk",
    "th": "th",
    "vi": "vn",
    "id": "id",
    "ms": "my",
    "tl": "ph",
    "zh": "cn,cn,tw",
    "ja": "jp",
    "ko": "kr",
    "ka": "ge",
    "hy": "am",
    "am": "et",
    "sw": "tz,ke",
    "ca": "cat",
    "ga": "ie",
    "cy": "wal",
    "ur": "pk",
}
COUNTRY_ALIAS = {"cat": "es", "wal": "gb", "tw": "cn"}

# cc: (formats joined by ||, streets joined by |, "postcode pattern|city" joined by ;)
ADDRESSES = {
    "us": (
        "{n} {s}, {c} {pc}||{n} {s}, Apt {a}, {c} {pc}||{n} {s}, {c}",
        "Maple Avenue|Oak Street|Elm Street|Cedar Lane|Willow Creek Drive|Lincoln Avenue|Jefferson Street|Pleasant Hill Road|Magnolia Court|Hickory Lane|Prospect Street|Martin Luther King Jr. Drive|N. 4th Street|Old Mill Road|Birchwood Terrace|Sunset Ridge Road",
        "454##|Dayton, OH;606##|Chicago, IL;787##|Austin, TX;981##|Seattle, WA;302##|Atlanta, GA;191##|Philadelphia, PA;551##|Saint Paul, MN;852##|Phoenix, AZ;208##|Bethesda, MD;037##|Lebanon, NH;972##|Portland, OR;331##|Miami, FL;402##|Louisville, KY;871##|Albuquerque, NM;146##|Rochester, NY;049##|Bangor, ME",
    ),
    "gb": (
        "{n} {s}, {c} {pc}||Flat {a}, {n} {s}, {c} {pc}||{n} {s}, {c}, {pc}",
        "Beech Grove|Victoria Road|Station Road|Church Lane|Kingsley Avenue|The Crescent|Wellington Street|Meadow Close|Albert Terrace|Mill Lane|Ashfield Drive|Queens Road|Hope Street|Florence Road",
        "LS6 #AA|Leeds;M14 #AA|Manchester;BS7 #AA|Bristol;NR2 #AA|Norwich;EH10 #AA|Edinburgh;CF24 #AA|Cardiff;BT9 #AA|Belfast;YO31 #AA|York;SE15 #AA|London;G12 #AA|Glasgow;PL4 #AA|Plymouth;LE2 #AA|Leicester",
    ),
    "wal": (
        "{n} {s}, {c} {pc}",
        "Heol y Frenhines|Stryd Fawr|Ffordd yr Orsaf|Lôn Las|Heol y Bont|Rhodfa'r Môr",
        "CF10 #AA|Caerdydd;SA1 #AA|Abertawe;LL55 #AA|Caernarfon;SY23 #AA|Aberystwyth;LL57 #AA|Bangor",
    ),
    "ie": (
        "{n} {s}, {c}, {pc}||{n} {s}, {c}",
        "Rathgar Road|Main Street|Oakpark Drive|Glenageary Avenue|Church View|St. Patrick's Terrace|Ballyhooly Road",
        "D06 XXXX|Dublin 6;T12 XXXX|Cork;H91 XXXX|Galway;V94 XXXX|Limerick;X91 XXXX|Waterford;F91 XXXX|Sligo",
    ),
    "ca": (
        "{n} {s}, {c} {pc}||{a}-{n} {s}, {c} {pc}",
        "Danforth Avenue|Rue Saint-Denis|Commercial Drive|Bank Street|Kensington Road NW|Corydon Avenue",
        "M4C #A#|Toronto, ON;H2T #A#|Montréal, QC;V5L #A#|Vancouver, BC;K1S #A#|Ottawa, ON;T2N #A#|Calgary, AB;R3M #A#|Winnipeg, MB",
    ),
    "au": (
        "{n} {s}, {c} {pc}||Unit {a}, {n} {s}, {c} {pc}",
        "Lygon Street|Addison Road|Latrobe Terrace|Hampton Road|George Street|Wattle Grove|Banksia Crescent",
        "30##|Brunswick VIC;20##|Marrickville NSW;40##|Paddington QLD;61##|Fremantle WA;50##|Norwood SA;70##|Sandy Bay TAS",
    ),
    "nz": (
        "{n} {s}, {c} {pc}",
        "Karangahape Road|Rata Street|Pōhutukawa Drive|Kowhai Avenue|Riddiford Street",
        "10##|Ponsonby, Auckland;60##|Newtown, Wellington;80##|Riccarton, Christchurch;90##|Dunedin",
    ),
    "in": (
        "{n}, {s}, {c} - {pc}||Flat {a}, {n} {s}, {c} {pc}||House No. {n}, {s}, {c} {pc}",
        "2nd Cross Road|Gandhi Road|MG Road|Nehru Street|Ring Road|Sector 14|Ramanathan Street|Park Street|Link Road|4th Main",
        "1100##|Lajpat Nagar, New Delhi;4000##|Andheri West, Mumbai;5600##|Koramangala, Bengaluru;6000##|T. Nagar, Chennai;7000##|Salt Lake, Kolkata;3800##|Navrangpura, Ahmedabad;5000##|Banjara Hills, Hyderabad;4110##|Kothrud, Pune",
    ),
    "ng": (
        "{n} {s}, {c}||Flat {a}, {n} {s}, {c}",
        "Adeniran Ogunsanya Street|Aminu Kano Crescent|Awolowo Road|Ogui Road|Bode Thomas Street|Ikorodu Road",
        "|Surulere, Lagos;|Wuse II, Abuja;|GRA, Port Harcourt;|Bodija, Ibadan;|Independence Layout, Enugu",
    ),
    "za": (
        "{n} {s}, {c}, {pc}",
        "Fourth Avenue|Lower Main Road|Florida Road|Jan Smuts Avenue|Vilakazi Street|Kloof Street",
        "2###|Melville, Johannesburg;7###|Observatory, Cape Town;4###|Morningside, Durban;0###|Hatfield, Pretoria",
    ),
    "ke": (
        "{n} {s}, {c}||House {n}, {s}, {c}",
        "Argwings Kodhek Road|Ngong Road|Links Road|Oginga Odinga Street|Riara Road",
        "|Kilimani, Nairobi;|Nyali, Mombasa;|Milimani, Kisumu;|Kileleshwa, Nairobi",
    ),
    "gh": (
        "{n} {s}, {c}",
        "Lagos Avenue|Boundary Road|Nii Okaiman Street|Kojo Thompson Road",
        "|East Legon, Accra;|Asokwa, Kumasi;|Osu, Accra",
    ),
    "ph": (
        "{n} {s}, {c}||Blk {a} Lot {n}, {s}, {c}",
        "Mabini Street|Rizal Avenue|Sampaguita St.|Katipunan Avenue|Gen. Luna Street|Kamagong Street",
        "|Brgy. San Isidro, Quezon City;|Brgy. Lahug, Cebu City;|Brgy. Poblacion, Makati City;|Brgy. Matina, Davao City",
    ),
    "de": (
        "{s} {n}, {pc} {c}||{s} {n}, {pc} {c}||{s} {n}a, {pc} {c}",
        "Lindenstraße|Am Sportplatz|Bahnhofstraße|Kastanienweg|Hauptstraße|Rosenstraße|Schillerstraße|Im Wiesengrund|Friedrich-Ebert-Straße|Birkenallee|Mühlgasse|Goethestraße|Amselweg|Zum Kirchberg",
        "041##|Leipzig;501##|Köln;803##|München;101##|Berlin;221##|Hamburg;281##|Bremen;701##|Stuttgart;904##|Nürnberg;481##|Münster;241##|Kiel;341##|Kassel;930##|Regensburg;999##|Erfurt",
    ),
    "at": (
        "{s} {n}/{a}, {pc} {c}||{s} {n}, {pc} {c}",
        "Mariahilfer Straße|Hauptplatz|Schubertgasse|Linzer Straße|Kirchengasse|Annenstraße",
        "1##0|Wien;8010|Graz;4020|Linz;5020|Salzburg;6020|Innsbruck",
    ),
    "ch": (
        "{s} {n}, {pc} {c}",
        "Bahnhofstrasse|Seestrasse|Dorfstrasse|Rue du Lac|Via Cantonale|Kirchweg",
        "80##|Zürich;30##|Bern;40##|Basel;60##|Luzern;10##|Lausanne;12##|Genève",
    ),
    "fr": (
        "{n} {s}, {pc} {c}||{n} bis {s}, {pc} {c}||{n}, {s}, {pc} {c}",
        "rue des Lilas|avenue Jean-Jaurès|boulevard Voltaire|rue de la République|impasse des Tilleuls|chemin des Vignes|rue Victor-Hugo|place du Marché|allée des Acacias|rue Pasteur",
        "750##|Paris;690##|Lyon;130##|Marseille;310##|Toulouse;440##|Nantes;590##|Lille;670##|Strasbourg;330##|Bordeaux;350##|Rennes;340##|Montpellier",
    ),
    "be": (
        "{s} {n}, {pc} {c}||{s} {n} bus {a}, {pc} {c}",
        "Rue de la Paix|Kerkstraat|Avenue Louise|Stationsstraat|Rue Haute|Chaussée de Wavre",
        "1000|Bruxelles;1050|Ixelles;2000|Antwerpen;9000|Gent;4000|Liège;8000|Brugge",
    ),
    "es": (
        "{s}, {n}, {a}.º, {pc} {c}||{s} {n}, {pc} {c}||{s}, {n}, {pc} {c}",
        "Calle Mayor|Calle de Alcalá|Avenida de la Constitución|Calle San Bernardo|Calle del Pez|Avenida de Andalucía|Rúa do Franco|Calle Real|Calle de la Esperanza",
        "280##|Madrid;080##|Barcelona;460##|Valencia;410##|Sevilla;480##|Bilbao;500##|Zaragoza;150##|A Coruña;290##|Málaga;330##|Oviedo",
    ),
    "cat": (
        "{s}, {n}, {a}r, {pc} {c}||{s} {n}, {pc} {c}",
        "Carrer de Mallorca|Carrer Major|Passeig de Sant Joan|Carrer de la Riera|Rambla de Catalunya|Carrer del Sol",
        "080##|Barcelona;170##|Girona;250##|Lleida;430##|Tarragona;082##|Sabadell;085##|Vic",
    ),
    "mx": (
        "{s} {n}, Col. {c}, C.P. {pc}||{s} {n} int. {a}, Col. {c}, C.P. {pc}",
        "Calle Orizaba|Av. Insurgentes Sur|Calle Hidalgo|Av. Juárez|Calle 5 de Mayo|Calle Jacarandas",
        "06###|Roma Norte, Ciudad de México;44###|Chapultepec, Guadalajara;64###|Mitras Centro, Monterrey;72###|La Paz, Puebla",
    ),
    "ar": (
        "{s} {n}, {a}° B, {c}||{s} {n}, {c}",
        "Av. Corrientes|Calle Thames|Av. Santa Fe|Calle Mendoza|Pasaje Rivarola",
        "|Palermo, Buenos Aires;|Nueva Córdoba, Córdoba;|Rosario;|Godoy Cruz, Mendoza",
    ),
    "co": (
        "{s} # {n}-{a}, {c}||{s} # {n}-{a} apto {a}0{n}, {c}",
        "Calle 45|Carrera 7|Calle 10 Sur|Carrera 15|Diagonal 53|Transversal 22",
        "|Bogotá;|Medellín;|Cali;|Barranquilla;|Bucaramanga",
    ),
    "it": (
        "{s} {n}, {pc} {c}||{s}, {n} - {pc} {c}||{s} {n}, int. {a}, {pc} {c}",
        "Via Roma|Via Garibaldi|Viale dei Mille|Via della Repubblica|Corso Vittorio Emanuele II|Via San Francesco|Via dei Glicini|Via delle Rose",
        "001##|Roma;201##|Milano;801##|Napoli;101##|Torino;401##|Bologna;501##|Firenze;901##|Palermo;301##|Venezia;700##|Bari",
    ),
    "pt": (
        "{s}, n.º {n}, {a}.º Esq., {pc} {c}||{s} {n}, {pc} {c}",
        "Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Carmo|Rua das Flores|Rua do Almada",
        "1100-###|Lisboa;4000-###|Porto;3000-###|Coimbra;8000-###|Faro;4700-###|Braga",
    ),
    "br": (
        "{s}, {n}, apto {a}, {c}, CEP {pc}||{s}, {n} - {c} - CEP {pc}||{s}, {n}, {c}",
        "Rua Augusta|Avenida Paulista|Rua das Laranjeiras|Rua da Bahia|Avenida Sete de Setembro|Rua XV de Novembro|Rua Padre Chagas|Rua dos Ipês",
        "01###-###|Pinheiros, São Paulo - SP;22###-###|Copacabana, Rio de Janeiro - RJ;30###-###|Savassi, Belo Horizonte - MG;40###-###|Barra, Salvador - BA;80###-###|Batel, Curitiba - PR;60###-###|Aldeota, Fortaleza - CE",
    ),
    "nl": (
        "{s} {n}, {pc} {c}||{s} {n}-{a}, {pc} {c}||{s} {n}A, {pc} {c}",
        "Kerkstraat|Prinsengracht|Dorpsstraat|Molenweg|Julianalaan|Vondelstraat|Schoolstraat|Zonnebloemstraat|Beukenlaan",
        "10## AA|Amsterdam;30## AA|Rotterdam;35## AA|Utrecht;97## AA|Groningen;56## AA|Eindhoven;25## AA|Den Haag;68## AA|Arnhem;23## AA|Leiden",
    ),
    "pl": (
        "ul. {s} {n}/{a}, {pc} {c}||ul. {s} {n}, {pc} {c}||ul. {s} {n} m. {a}, {pc} {c}",
        "Kwiatowa|Słoneczna|Lipowa|Mickiewicza|Polna|Długa|Kościuszki|Ogrodowa|Świętokrzyska|Zielona|Jaśminowa|Wrzosowa",
        "00-###|Warszawa;30-###|Kraków;50-###|Wrocław;60-###|Poznań;80-###|Gdańsk;90-###|Łódź;20-###|Lublin;40-###|Katowice;15-###|Białystok;70-###|Szczecin",
    ),
    "cz": (
        "{s} {n}/{a}, {pc} {c}||{s} {n}, {pc} {c}",
        "Vinohradská|Husova|Masarykova|Lidická|Palackého|Nádražní|Na Příkopě|Za Humny",
        "1#0 00|Praha;6#2 00|Brno;3#1 00|Plzeň;779 00|Olomouc;370 0#|České Budějovice;460 0#|Liberec",
    ),
    "sk": (
        "{s} {n}, {pc} {c}||{s} {n}/{a}, {pc} {c}",
        "Obchodná|Hlavná|Štúrova|Mlynská|Hviezdoslavova|Záhradná",
        "811 0#|Bratislava;040 01|Košice;010 01|Žilina;974 01|Banská Bystrica;080 01|Prešov",
    ),
    "ru": (
        "{s}, д. {n}, кв. {a}, {c}, {pc}||{pc}, {c}, {s}, д. {n}, кв. {a}||{c}, {s}, {n}-{a}",
        "ул. Ленина|ул. Гагарина|ул. Садовая|пр-т Мира|ул. Пушкина|ул. Советская|ул. Лесная|ул. Малая Бронная|ул. Чкалова|Заречная ул.",
        "1#####|г. Москва;19####|г. Санкт-Петербург;620###|г. Екатеринбург;630###|г. Новосибирск;420###|г. Казань;344###|г. Ростов-на-Дону;443###|г. Самара;603###|г. Нижний Новгород",
    ),
    "ua": (
        "{s}, буд. {n}, кв. {a}, {c}, {pc}||{c}, {s}, {n}/{a}",
        "вул. Хрещатик|вул. Шевченка|просп. Перемоги|вул. Садова|вул. Франка|вул. Соборна|вул. Лесі Українки",
        "01###|м. Київ;79###|м. Львів;65###|м. Одеса;61###|м. Харків;49###|м. Дніпро;21###|м. Вінниця",
    ),
    "hr": (
        "{s} {n}, {pc} {c}",
        "Ilica|Vukovarska ulica|Ulica kralja Zvonimira|Savska cesta|Put Firula|Ulica Ivana Gundulića",
        "10000|Zagreb;21000|Split;51000|Rijeka;31000|Osijek;23000|Zadar",
    ),
    "rs": (
        "{s} {n}, {pc} {c}||{s} {n}/{a}, {pc} {c}",
        "Булевар ослобођења|Кнеза Милоша|Немањина|Улица краља Петра|Цара Душана",
        "11000|Београд;21000|Нови Сад;18000|Ниш;34000|Крагујевац",
    ),
    "si": (
        "{s} {n}, {pc} {c}",
        "Slovenska cesta|Trubarjeva ulica|Gosposvetska cesta|Prešernova ulica|Cesta v Mestni log",
        "1000|Ljubljana;2000|Maribor;6000|Koper;4000|Kranj",
    ),
    "bg": (
        "{s} {n}, ет. {a}, {c} {pc}||{s} {n}, {c}",
        "ул. „Граф Игнатиев“|бул. „Витоша“|ул. „Шипка“|ул. „Иван Вазов“|бул. „България“|ул. „Цар Симеон“",
        "1000|София;4000|Пловдив;9000|Варна;8000|Бургас;5000|Велико Търново",
    ),
    "ro": (
        "Str. {s} nr. {n}, ap. {a}, {c} {pc}||Strada {s} {n}, {c}",
        "Florilor|Mihai Eminescu|Republicii|Lalelelor|Unirii|Avram Iancu|Teilor",
        "0#####|București;400###|Cluj-Napoca;700###|Iași;300###|Timișoara;500###|Brașov;900###|Constanța",
    ),
    "hu": (
        "{pc} {c}, {s} {n}.||{c}, {s} {n}. {a}. ajtó",
        "Váci utca|Petőfi Sándor utca|Kossuth Lajos utca|Andrássy út|Rákóczi út|Fő utca|Hársfa utca",
        "1###|Budapest;4026|Debrecen;6720|Szeged;7621|Pécs;9021|Győr;3530|Miskolc",
    ),
    "fi": (
        "{s} {n} A {a}, {pc} {c}||{s} {n}, {pc} {c}",
        "Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Koivukuja|Puistotie|Rantatie|Pihlajatie",
        "00###|Helsinki;33###|Tampere;20###|Turku;90###|Oulu;40###|Jyväskylä;70###|Kuopio",
    ),
    "ee": (
        "{s} {n}-{a}, {c} {pc}||{s} {n}, {c}",
        "Pärnu mnt|Narva mnt|Tamme tn|Kase tn|Rüütli tn|Vabriku tn",
        "10###|Tallinn;50###|Tartu;80###|Pärnu;20###|Narva",
    ),
    "lv": (
        "{s} iela {n}-{a}, {c}, LV-{pc}||{s} iela {n}, {c}",
        "Brīvības|Elizabetes|Ganību|Krišjāņa Barona|Lāčplēša|Dzirnavu",
        "10##|Rīga;30##|Jelgava;54##|Daugavpils;36##|Ventspils",
    ),
    "lt": (
        "{s} {n}-{a}, LT-{pc} {c}||{s} {n}, {c}",
        "Gedimino pr.|Vilniaus g.|Laisvės al.|Liepų g.|Taikos pr.|Žirmūnų g.",
        "01###|Vilnius;44###|Kaunas;92###|Klaipėda;76###|Šiauliai",
    ),
    "se": (
        "{s} {n}, {pc} {c}||{s} {n} lgh 1{a}, {pc} {c}",
        "Storgatan|Drottninggatan|Björkvägen|Kyrkogatan|Sveavägen|Skolgatan|Lingonstigen",
        "113 ##|Stockholm;413 ##|Göteborg;211 ##|Malmö;753 ##|Uppsala;903 ##|Umeå;582 ##|Linköping",
    ),
    "no": (
        "{s} {n}, {pc} {c}||{s} {n} B, {pc} {c}",
        "Storgata|Kirkeveien|Bjørkeveien|Thorvald Meyers gate|Skolegata|Fjellveien",
        "0###|Oslo;50##|Bergen;70##|Trondheim;40##|Stavanger;90##|Tromsø",
    ),
    "dk": (
        "{s} {n}, {a}. tv., {pc} {c}||{s} {n}, {pc} {c}",
        "Nørrebrogade|Vestergade|Søndergade|Birkevej|Skolevej|Jægersborggade|Kirkestræde",
        "2200|København N;8000|Aarhus C;5000|Odense C;9000|Aalborg;2100|København Ø;6700|Esbjerg",
    ),
    "is": (
        "{s} {n}, {pc} {c}",
        "Laugavegur|Hverfisgata|Skólavörðustígur|Bergstaðastræti|Hringbraut|Túngata",
        "101|Reykjavík;107|Reykjavík;600|Akureyri;200|Kópavogur;220|Hafnarfjörður",
    ),
    "gr": (
        "{s} {n}, {pc} {c}",
        "Ερμού|Πατησίων|Λεωφόρος Αλεξάνδρας|Αριστοτέλους|Ιπποκράτους|Τσιμισκή|Αγίου Δημητρίου",
        "1## ##|Αθήνα;54# ##|Θεσσαλονίκη;26# ##|Πάτρα;71# ##|Ηράκλειο;45# ##|Ιωάννινα",
    ),
    "tr": (
        "{s} No: {n} D: {a}, {pc} {c}||{s} No:{n}/{a} {c}",
        "Atatürk Cad.|Bağdat Cad.|Gül Sok.|İnönü Bulvarı|Kıbrıs Şehitleri Cad.|Papatya Sok.|Menekşe Sok.",
        "347##|Kadıköy/İstanbul;063##|Çankaya/Ankara;351##|Konak/İzmir;161##|Nilüfer/Bursa;070##|Muratpaşa/Antalya;271##|Şahinbey/Gaziantep",
    ),
    "eg": (
        "{n} {s}، {c}||شقة {a}، {n} {s}، {c}",
        "شارع التحرير|شارع جامعة الدول العربية|شارع النزهة|شارع مصطفى النحاس|شارع الهرم",
        "|الدقي، الجيزة;|مصر الجديدة، القاهرة;|سموحة، الإسكندرية;|المعادي، القاهرة;|مدينة نصر، القاهرة",
    ),
    "sa": (
        "{n} {s}، {c} {pc}",
        "شارع الأمير سلطان|طريق الملك فهد|شارع التحلية|شارع الأمير محمد بن عبدالعزيز",
        "23###|حي الروضة، جدة;12###|حي العليا، الرياض;31###|حي الفيصلية، الدمام",
    ),
    "ae": (
        "Villa {n}, {s}, {c}||Apartment {a}0{n}, {s}, {c}",
        "Street 21|Al Wasl Road|Hamdan Street|Street 4B|Al Khaleej Street",
        "|Al Barsha, Dubai;|Khalidiya, Abu Dhabi;|Al Majaz, Sharjah",
    ),
    "ma": (
        "{n}, {s}, {c}||{n} {s}, appt {a}, {c}",
        "Rue Ibn Batouta|Avenue Hassan II|Rue Tarik Ibn Ziad|Boulevard Zerktouni|Rue Moulay Ismail",
        "|Maârif, Casablanca;|Agdal, Rabat;|Guéliz, Marrakech;|Fès",
    ),
    "lb": (
        "{s}, Bldg {n}, floor {a}, {c}||{s} {n}, {c}",
        "Rue Monot|Rue Hamra|Rue Gouraud|Rue Sursock|Rue Abdel Aziz",
        "|Achrafieh, Beirut;|Hamra, Beirut;|Jounieh;|Zahlé",
    ),
    "il": (
        "{s} {n}, {c}||{s} {n} דירה {a}, {c}",
        "רחוב הרצל|רחוב בן יהודה|שדרות רוטשילד|רחוב הנביאים|רחוב ויצמן|רחוב הרימון|רחוב הגפן",
        "|תל אביב-יפו;|ירושלים;|חיפה;|באר שבע;|רמת גן;|מודיעין",
    ),
    "ir": (
        "{c}، {s}، پلاک {n}، واحد {a}||{c}، {s}، کوچه {a}، پلاک {n}",
        "خیابان ولیعصر|خیابان انقلاب|خیابان شریعتی|بلوار کشاورز|خیابان آزادی|خیابان چهارباغ",
        "|تهران;|اصفهان;|شیراز;|مشهد;|تبریز",
    ),
    "pk": (
        "House {n}, Street {a}, {s}, {c}||House No. {n}, {s}, {c}",
        "G-9/3|Gulberg III|DHA Phase 5|Model Town|Block 13-D, Gulshan-e-Iqbal|Satellite Town",
        "|Lahore;|Karachi;|Islamabad;|Rawalpindi;|Faisalabad",
    ),
    "bd": (
        "House {n}, Road {a}, {s}, {c}||{n}/{a} {s}, {c}",
        "Dhanmondi|Gulshan-2|Mirpur-10|Uttara Sector 7|Mohammadpur",
        "|Dhaka;|Chattogram;|Sylhet;|Rajshahi",
    ),
    "lk": (
        "{n}/{a}, {s}, {c}||No. {n}, {s}, {c}",
        "Galle Road|Duplication Road|Kandy Road|Temple Road|Lake Drive",
        "|Colombo 06;|Kandy;|Negombo;|Galle;|Jaffna",
    ),
    "np": (
        "House {n}, {s}, {c}",
        "Baluwatar|Lazimpat|Jhamsikhel|Lakeside Road|Maharajgunj",
        "|Kathmandu;|Lalitpur;|Pokhara",
    ),
    "cn": (
        "{c}{s}{n}号{a}室||{c}{s}{n}号院{a}号楼",
        "建国路|淮海中路|天河路|人民南路|文三路|珞喻路|长江路",
        "|北京市朝阳区;|上海市徐汇区;|广州市天河区;|成都市武侯区;|杭州市西湖区;|武汉市洪山区",
    ),
    "tw": (
        "{c}{s}{n}號{a}樓||{c}{s}{n}巷{a}號",
        "忠孝東路四段|和平東路一段|文心路二段|四維三路|中山北路二段",
        "|台北市大安區;|台中市西屯區;|高雄市苓雅區;|新北市板橋區",
    ),
    "jp": (
        "〒{pc} {c}{s}{k}-{a}-{k}||{c}{s}{k}丁目{a}番{k}号||〒{pc} {c}{s}{k}-{a}",
        "神宮前|梅田|烏丸通御池上る|博多駅前|北三条西|本町|桜丘町",
        "150-00##|東京都渋谷区;530-00##|大阪府大阪市北区;604-8###|京都府京都市中京区;812-00##|福岡県福岡市博多区;060-00##|北海道札幌市中央区;980-08##|宮城県仙台市青葉区",
    ),
    "kr": (
        "{c} {s} {n}||{c} {s} {n}, {a}동 {n}0{a}호",
        "월드컵북로12길|해운대로|달구벌대로|판교역로|송도과학로|마포대로",
        "|서울특별시 마포구;|부산광역시 해운대구;|대구광역시 수성구;|경기도 성남시 분당구;|인천광역시 연수구",
    ),
    "vn": (
        "Số {n}, ngõ {a}, {s}, {c}||{n} {s}, {c}",
        "phố Huế|đường Nguyễn Thị Minh Khai|đường Bạch Đằng|phố Hàng Bạc|đường Lê Lợi",
        "|Hai Bà Trưng, Hà Nội;|Quận 3, TP. Hồ Chí Minh;|Hải Châu, Đà Nẵng;|Ninh Kiều, Cần Thơ",
    ),
    "th": (
        "{n}/{a} {s} {c} {pc}",
        "ซอยสุขุมวิท 21|ถนนนิมมานเหมินท์|ถนนมิตรภาพ|ซอยอารีย์ 4|ถนนเจริญกรุง",
        "10110|แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ;50200|ต.สุเทพ อ.เมือง จ.เชียงใหม่;40000|ต.ในเมือง อ.เมือง จ.ขอนแก่น;10500|แขวงสุริยวงศ์ เขตบางรัก กรุงเทพฯ",
    ),
    "id": (
        "{s} No. {n}, {c} {pc}||{s} No. {n}, RT 0{a}/RW 0{n}, {c}",
        "Jl. Melati|Jl. Dago|Jl. Kaliurang Km 5|Jl. Teuku Umar|Jl. Raya Darmo|Jl. Kenanga",
        "121##|Kebayoran Baru, Jakarta Selatan;401##|Coblong, Bandung;552##|Depok, Sleman;802##|Denpasar Barat, Denpasar;602##|Gubeng, Surabaya",
    ),
    "my": (
        "No. {n}, {s}, {pc} {c}||{n}, {s}, {pc} {c}",
        "Jalan SS 2/24|Jalan Bukit Bintang|Lorong Kenari 3|Jalan Ampang|Persiaran Mutiara",
        "50###|Kuala Lumpur;10###|George Town, Pulau Pinang;47###|Petaling Jaya, Selangor;80###|Johor Bahru, Johor",
    ),
    "ge": (
        "{s} {n}, ბინა {a}, {c}||{c}, {s} {n}",
        "ჭავჭავაძის გამზირი|რუსთაველის გამზირი|აბაშიძის ქუჩა|ვაჟა-ფშაველას გამზირი|ფალიაშვილის ქუჩა",
        "|თბილისი;|ბათუმი;|ქუთაისი",
    ),
    "am": (
        "{s} {n}, բն. {a}, {c}||{c}, {s} {n}",
        "Աբովյան փողոց|Մաշտոցի պողոտա|Սարյան փողոց|Կոմիտասի պողոտա|Թումանյան փողոց",
        "|Երևան;|Գյումրի;|Վանաձոր",
    ),
    "et": (
        "{s}፣ የቤት ቁጥር {n}፣ {c}||{c}፣ {s}፣ የቤት ቁጥር {n}",
        "ቦሌ ክፍለ ከተማ፣ ወረዳ 03|የካ ክፍለ ከተማ፣ ወረዳ 08|አራዳ ክፍለ ከተማ፣ ወረዳ 01|ቂርቆስ ክፍለ ከተማ፣ ወረዳ 02",
        "|አዲስ አበባ;|ባሕር ዳር;|ሐዋሳ",
    ),
    "tz": (
        "{s}, Nyumba Na. {n}, {c}||Nyumba Na. {n}, {s}, {c}",
        "Mtaa wa Uhuru|Barabara ya Ali Hassan Mwinyi|Mtaa wa Samora|Mtaa wa Jamhuri",
        "|Dar es Salaam;|Arusha;|Mwanza;|Dodoma",
    ),
}

PHONES = {
    "us": ["(%##) %##-####", "%##-%##-####", "+1 %## %##-####", "%##.%##.####"],
    "ca": ["(%##) %##-####", "%##-%##-####", "+1 %## %## ####"],
    "gb": [
        "07### ######",
        "+44 7### ######",
        "020 7### ####",
        "0113 ### ####",
        "+44 (0)161 ### ####",
    ],
    "ie": ["08# ### ####", "+353 8# ### ####", "01 ### ####"],
    "au": ["04## ### ###", "+61 4## ### ###", "(02) #### ####"],
    "nz": ["021 ### ####", "+64 27 ### ####"],
    "in": ["+91 9#### #####", "98###-#####", "+91-7#########", "080-2### ####"],
    "ng": ["080# ### ####", "+234 80# ### ####", "0703 ### ####"],
    "za": ["08# ### ####", "+27 8# ### ####"],
    "ke": ["07## ######", "+254 7## ### ###"],
    "gh": ["024 ### ####", "+233 24 ### ####"],
    "ph": ["0917 ### ####", "+63 9## ### ####"],
    "de": [
        "0171 #######",
        "+49 151 ########",
        "030 ########",
        "+49 (0)89 #######",
        "0176-########",
        "0221 / ### ## ##",
    ],
    "at": ["0664 #######", "+43 676 #######", "01 ### ## ##"],
    "ch": ["079 ### ## ##", "+41 78 ### ## ##", "044 ### ## ##"],
    "fr": [
        "06 ## ## ## ##",
        "07 ## ## ## ##",
        "+33 6 ## ## ## ##",
        "01 ## ## ## ##",
        "06.##.##.##.##",
    ],
    "be": ["0475 ## ## ##", "+32 478 ## ## ##"],
    "es": ["6## ### ###", "+34 6## ## ## ##", "91 ### ## ##"],
    "mx": ["55 #### ####", "+52 1 55 #### ####", "(33) #### ####"],
    "ar": ["+54 9 11 ####-####", "11 ####-####"],
    "co": ["3## ### ####", "+57 3## ### ####"],
    "it": ["3## ### ####", "+39 3## ### ####", "06 ########", "347 #######"],
    "pt": ["9## ### ###", "+351 9## ### ###"],
    "br": ["(11) 9####-####", "+55 21 9####-####", "(31) 9 ####-####"],
    "nl": ["06-########", "+31 6 ########", "06 ## ## ## ##", "020-#######"],
    "pl": ["6## ### ###", "+48 5## ### ###", "7##-###-###", "(22) ### ## ##"],
    "cz": ["+420 6## ### ###", "7## ### ###"],
    "sk": ["09## ### ###", "+421 9## ### ###"],
    "ru": ["+7 9## ###-##-##", "8 (9##) ###-##-##", "+7 (495) ###-##-##"],
    "ua": ["+380 6# ### ## ##", "050 ### ## ##", "(067) ###-##-##"],
    "hr": ["09# ### ####", "+385 9# ### ####"],
    "rs": ["06# ### ####", "+381 6# ### ####"],
    "si": ["04# ### ###", "+386 4# ### ###"],
    "bg": ["08## ### ###", "+359 88 ### ####"],
    "ro": ["07## ### ###", "+40 7## ### ###"],
    "hu": ["+36 30 ### ####", "06 20 ### ####", "06-1-###-####"],
    "fi": ["040 ### ####", "+358 50 ### ####", "044 #######"],
    "ee": ["5### ####", "+372 5### ####"],
    "lv": ["2# ### ###", "+371 2# ### ###"],
    "lt": ["8 6## #####", "+370 6## #####"],
    "se": ["07#-### ## ##", "+46 7# ### ## ##", "08-### ### ##"],
    "no": ["4## ## ###", "+47 9## ## ###"],
    "dk": ["## ## ## ##", "+45 ## ## ## ##"],
    "is": ["8## ####", "+354 6## ####"],
    "gr": ["69# ### ####", "+30 69# ### ####", "210 #######"],
    "tr": ["05## ### ## ##", "+90 5## ### ## ##", "0 (5##) ### ## ##"],
    "eg": ["010 #### ####", "+20 1## ### ####"],
    "sa": ["05# ### ####", "+966 5# ### ####"],
    "ae": ["05# ### ####", "+971 5# ### ####"],
    "ma": ["06 ## ## ## ##", "+212 6## ## ## ##"],
    "lb": ["03 ### ###", "+961 3 ### ###"],
    "il": ["05#-###-####", "+972 5#-###-####"],
    "ir": ["091# ### ####", "+98 91# ### ####"],
    "pk": ["03##-#######", "+92 3## #######"],
    "bd": ["01#########", "+880 1###-######"],
    "lk": ["07# ### ####", "+94 7# ### ####"],
    "np": ["98########", "+977 98########"],
    "cn": ["13# #### ####", "+86 1## #### ####", "(010) 6### ####", "139########"],
    "tw": ["09##-###-###", "+886 9## ### ###"],
    "jp": ["090-####-####", "080-####-####", "+81 90-####-####", "03-####-####"],
    "kr": ["010-####-####", "+82 10-####-####", "02-###-####"],
    "vn": ["09# ### ## ##", "+84 9# ### ## ##", "03########"],
    "th": ["08#-###-####", "+66 8# ### ####", "02-###-####"],
    "id": ["08##-####-####", "+62 8##-####-####"],
    "my": ["01#-### ####", "+60 1#-### ####"],
    "ge": ["5## ## ## ##", "+995 5## ## ## ##"],
    "am": ["09# ######", "+374 9# ######"],
    "et": ["09## ### ###", "+251 9## ### ###"],
    "tz": ["07## ### ###", "+255 7## ### ###"],
}

# '#' digit, '%' non-zero digit, 'A' letter, 'X' letter or digit, '&' German passport alphabet
PASSPORTS = {
    "us": ["#########", "A########"],
    "gb": ["#########"],
    "ie": ["AA#######"],
    "ca": ["AA######"],
    "au": ["A#######", "AA#######"],
    "nz": ["AA######"],
    "in": ["A#######"],
    "ng": ["A########"],
    "za": ["A########"],
    "ke": ["AK#######"],
    "gh": ["G#######"],
    "ph": ["P#######A"],
    "de": ["C&&&&&&&&", "&&&&&&&&&"],
    "at": ["P#######"],
    "ch": ["X#######"],
    "fr": ["##AA#####"],
    "be": ["AA######"],
    "es": ["AAA######"],
    "it": ["AA#######"],
    "pt": ["A######"],
    "br": ["AA######"],
    "mx": ["G########"],
    "nl": ["AAXXXXXX#"],
    "pl": ["AA#######"],
    "cz": ["########"],
    "sk": ["A#######"],
    "ru": ["## #######", "## ## ######"],
    "ua": ["AA######", "#########"],
    "hr": ["#########"],
    "rs": ["#########"],
    "ro": ["########"],
    "hu": ["AA#######"],
    "fi": ["XP#######"],
    "se": ["########"],
    "no": ["########"],
    "dk": ["#########"],
    "gr": ["AA#######"],
    "tr": ["U########"],
    "eg": ["A########"],
    "sa": ["A#######"],
    "il": ["########"],
    "ir": ["A########"],
    "pk": ["AA#######"],
    "bd": ["AA#######"],
    "cn": ["E########", "EA#######"],
    "jp": ["AA#######"],
    "kr": ["M########"],
    "vn": ["A#######"],
    "th": ["AA#######"],
    "id": ["A#######"],
    "ge": ["##AA#####"],
    "am": ["AA#######"],
    "et": ["EP#######"],
}

DRIVER_LICENSES = {
    "us": ["A#######", "#########", "A###-###-##-###-#", "########", "A###-####-####"],
    "ca": ["A####-#####-#####"],
    "au": ["########", "#########"],
    "ie": ["#########"],
    "nz": ["AA######"],
    "de": ["A##XXXX#X##"],
    "fr": ["############"],
    "pl": ["#####/##/####"],
    "it": ["AA#######A"],
    "nl": ["##########"],
    "in": ["AA-##-####-#######", "AA## ###########"],
    "br": ["###########"],
    "ru": ["## ## ######"],
    "ua": ["AAA######"],
    "ng": ["AAA#####AA##"],
    "za": ["############"],
    "jp": ["############"],
    "kr": ["##-##-######-##"],
    "mx": ["A########"],
    "ph": ["A##-##-######"],
    "se": ["########"],
    "no": ["###########"],
    "dk": ["########"],
    "tr": ["######"],
    "gr": ["#########"],
    "cz": ["AA ######"],
    "hu": ["AA######"],
    "fi": ["########"],
}

IBAN_FORMATS = {
    "AT": "################",
    "BE": "############",
    "BG": "AAAA##############",
    "HR": "#################",
    "CY": "########################",
    "CZ": "####################",
    "DK": "##############",
    "EE": "################",
    "FI": "##############",
    "FR": "#######################",
    "GE": "AA################",
    "DE": "##################",
    "GR": "#######################",
    "HU": "########################",
    "IS": "######################",
    "IE": "AAAA##############",
    "IL": "###################",
    "IT": "A######################",
    "LV": "AAAA#############",
    "LT": "################",
    "LU": "################",
    "NL": "AAAA##########",
    "NO": "###########",
    "PL": "########################",
    "PT": "#####################",
    "RO": "AAAA################",
    "SA": "####################",
    "RS": "##################",
    "SK": "####################",
    "SI": "###############",
    "ES": "####################",
    "SE": "####################",
    "CH": "#################",
    "TR": "#####0################",
    "AE": "###################",
    "GB": "AAAA##############",
    "UA": "#########################",
    "EG": "#########################",
    "JO": "AAAA######################",
    "LB": "########################",
    "PK": "AAAA################",
    "AZ": "AAAA####################",
    "KZ": "################",
    "BR": "#######################AX",
}
IBAN_ALIAS = {"WAL": "GB", "CAT": "ES", "RS": "RS", "UK": "GB"}

DATE_FORMATS = {
    "iso": ["{y}-{mm}-{dd}"],
    "en": ["{d} {M} {y}", "{dd}/{mm}/{y}", "{do} {M} {y}", "{y}-{mm}-{dd}", "{d} {M} {y}"],
    "en-us": ["{M} {d}, {y}", "{mm}/{dd}/{y}", "{m}/{d}/{y}", "{M} {do}, {y}", "{M} {d}, {y}"],
    "de": ["{d}. {M} {y}", "{dd}.{mm}.{y}", "{d}.{m}.{y}"],
    "fr": ["{d} {M} {y}", "{dd}/{mm}/{y}"],
    "es": ["{d} de {M} de {y}", "{dd}/{mm}/{y}", "{d}/{m}/{y}"],
    "it": ["{d} {M} {y}", "{dd}/{mm}/{y}"],
    "pt": ["{d} de {M} de {y}", "{dd}/{mm}/{y}"],
    "nl": ["{d} {M} {y}", "{dd}-{mm}-{y}"],
    "pl": ["{d} {M} {y}", "{dd}.{mm}.{y}"],
    "cs": ["{d}. {M} {y}", "{d}. {m}. {y}", "{dd}.{mm}.{y}"],
    "sk": ["{d}. {M} {y}", "{d}. {m}. {y}"],
    "ru": ["{d} {M} {y}", "{dd}.{mm}.{y}"],
    "uk": ["{d} {M} {y}", "{dd}.{mm}.{y}"],
    "hr": ["{d}. {M} {y}.", "{dd}. {mm}. {y}."],
    "sr": ["{d}. {M} {y}.", "{dd}.{mm}.{y}."],
    "sl": ["{d}. {M} {y}", "{d}. {m}. {y}"],
    "bg": ["{d} {M} {y}", "{dd}.{mm}.{y}"],
    "ro": ["{d} {M} {y}", "{dd}.{mm}.{y}"],
    "hu": ["{y}. {M} {d}.", "{y}. {mm}. {dd}.", "{y}.{mm}.{dd}."],
    "fi": ["{d}.{m}.{y}", "{d}. {M} {y}"],
    "et": ["{d}. {M} {y}", "{dd}.{mm}.{y}"],
    "lv": ["{y}. gada {d}. {M}", "{dd}.{mm}.{y}."],
    "lt": ["{y} m. {M} {d} d.", "{y}-{mm}-{dd}"],
    "sv": ["{d} {M} {y}", "{y}-{mm}-{dd}"],
    "no": ["{d}. {M} {y}", "{dd}.{mm}.{y}"],
    "da": ["{d}. {M} {y}", "{dd}.{mm}.{y}", "{dd}-{mm}-{y}"],
    "is": ["{d}. {M} {y}", "{dd}.{mm}.{y}"],
    "el": ["{d} {M} {y}", "{d}/{m}/{y}"],
    "tr": ["{d} {M} {y}", "{dd}.{mm}.{y}"],
    "ar": ["{d} {M} {y}", "{dd}/{mm}/{y}", "@ar:{d} {M} {y}", "@ar:{dd}/{mm}/{y}"],
    "he": ["{d}.{m}.{y}", "{d} ב{M} {y}"],
    "fa": ["@fa:{jy}/{mm}/{dd}", "{jy}/{mm}/{dd}"],
    "hi": ["{d} {M} {y}", "{dd}/{mm}/{y}", "{dd}-{mm}-{y}"],
    "bn": ["@bn:{d} {M} {y}", "{dd}/{mm}/{y}", "@bn:{dd}/{mm}/{y}"],
    "ta": ["{dd}/{mm}/{y}", "{d} {M} {y}"],
    "th": ["{d} {M} {by}", "{d}/{m}/{by}"],
    "vi": ["ngày {d} tháng {m} năm {y}", "{dd}/{mm}/{y}"],
    "id": ["{d} {M} {y}", "{dd}-{mm}-{y}"],
    "ms": ["{d} {M} {y}", "{dd}/{mm}/{y}"],
    "tl": ["{M} {d}, {y}", "{mm}/{dd}/{y}"],
    "zh": ["{y}年{m}月{d}日", "{y}-{mm}-{dd}", "{y}.{m}.{d}"],
    "ja": ["{y}年{m}月{d}日", "{y}/{mm}/{dd}"],
    "ko": ["{y}년 {m}월 {d}일", "{y}.{mm}.{dd}", "{y}. {m}. {d}."],
    "ka": ["{dd}.{mm}.{y}", "{y} წლის {d} {M}"],
    "hy": ["{dd}.{mm}.{y}", "{y} թ. {M} {d}-ին"],
    "am": ["{dd}/{mm}/{y}"],
    "sw": ["{d} {M} {y}", "{dd}/{mm}/{y}"],
    "ca": ["{d} {M} de {y}", "{dd}/{mm}/{y}"],
    "ga": ["{d} {M} {y}", "{dd}/{mm}/{y}"],
    "cy": ["{d} {M} {y}", "{dd}/{mm}/{y}"],
    "ur": ["{d} {M} {y}", "{dd}/{mm}/{y}"],
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "sr": "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "he": "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "bn": "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    "ta": "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "ka": "იანვარს თებერვალს მარტს აპრილს მაისს ივნისს ივლისს აგვისტოს სექტემბერს ოქტომბერს ნოემბერს დეკემბერს",
    "hy": "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "ca": "de_gener de_febrer de_març d'abril de_maig de_juny de_juliol d'agost de_setembre d'octubre de_novembre de_desembre",
    "ga": "Eanáir Feabhra Márta Aibreán Bealtaine Meitheamh Iúil Lúnasa Meán_Fómhair Deireadh_Fómhair Samhain Nollaig",
    "cy": "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr",
    "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
}
DIGITS = {
    "ar": "٠١٢٣٤٥٦٧٨٩",
    "fa": "۰۱۲۳۴۵۶۷۸۹",
    "bn": "০১২৩৪৫৬৭৮৯",
    "hi": "०१२३४५६७८९",
    "th": "๐๑๒๓๔๕๖๗๘๙",
}

EMAIL_DOMAINS = {
    "*": "gmail.com|gmail.com|gmail.com|gmail.com|outlook.com|yahoo.com|icloud.com|proton.me|hotmail.com",
    "us": "aol.com|comcast.net|verizon.net|sbcglobal.net",
    "gb": "btinternet.com|sky.com|yahoo.co.uk|talktalk.net",
    "ie": "eircom.net|yahoo.ie",
    "ca": "sympatico.ca|videotron.ca|shaw.ca",
    "au": "bigpond.com|optusnet.com.au",
    "nz": "xtra.co.nz",
    "in": "rediffmail.com|yahoo.co.in",
    "za": "webmail.co.za|mweb.co.za",
    "de": "gmx.de|web.de|t-online.de|posteo.de",
    "at": "gmx.at|aon.at",
    "ch": "bluewin.ch|gmx.ch",
    "fr": "orange.fr|free.fr|laposte.net|sfr.fr|wanadoo.fr",
    "be": "skynet.be|telenet.be",
    "es": "hotmail.es|telefonica.net|yahoo.es",
    "mx": "prodigy.net.mx|hotmail.com",
    "it": "libero.it|virgilio.it|tiscali.it|alice.it",
    "pt": "sapo.pt",
    "br": "uol.com.br|bol.com.br|terra.com.br",
    "nl": "ziggo.nl|kpnmail.nl|xs4all.nl|hetnet.nl",
    "pl": "wp.pl|o2.pl|onet.pl|interia.pl",
    "cz": "seznam.cz|email.cz|centrum.cz",
    "sk": "azet.sk|zoznam.sk",
    "ru": "mail.ru|yandex.ru|rambler.ru|bk.ru",
    "ua": "ukr.net|i.ua|meta.ua",
    "hr": "net.hr|t-com.hr",
    "rs": "eunet.rs|mts.rs",
    "si": "siol.net",
    "bg": "abv.bg|mail.bg",
    "ro": "yahoo.ro",
    "hu": "freemail.hu|citromail.hu",
    "fi": "elisanet.fi|luukku.com",
    "ee": "hot.ee",
    "lv": "inbox.lv",
    "lt": "one.lt|inbox.lt",
    "se": "telia.com|bredband.net",
    "no": "online.no",
    "dk": "mail.dk|jubii.dk",
    "is": "simnet.is",
    "gr": "otenet.gr|yahoo.gr",
    "tr": "hotmail.com.tr|yandex.com.tr",
    "il": "walla.co.il|bezeqint.net",
    "cn": "qq.com|163.com|126.com",
    "tw": "yahoo.com.tw",
    "jp": "yahoo.co.jp|docomo.ne.jp|ezweb.ne.jp",
    "kr": "naver.com|daum.net|hanmail.net",
    "vn": "yahoo.com.vn",
    "th": "hotmail.co.th",
    "id": "yahoo.co.id",
}
HANDLES = [
    "sunflower.home",
    "tiger_mama",
    "family.account",
    "happy.days",
    "blue.sky",
    "k.home",
    "the.gardeners",
    "nightowl",
    "mama.bear",
    "coffee.lover",
    "booklover",
    "retired.teacher",
    "grandpa.j",
    "littlefox",
    "moonlight",
    "sea.breeze",
    "old.oak",
    "rainbow.kid",
    "lucky7",
    "home.office",
]
PASSWORDS = [
    "Lavender-Cat",
    "Bella2015",
    "Summer19",
    "Rosie&Max",
    "Tr0ub4dor",
    "Kowalski_1979",
    "MojaZosia",
    "qwerty123",
    "Fenerbahce1907",
    "Pa55word",
    "ilovemum",
    "Biscuit!Dog",
    "Sunflower_88",
    "Hallo1234",
    "Marseille13",
    "Daisy-Chain-7",
    "Liverpool4ever",
    "Zaq12wsx",
    "Babushka55",
    "Gr33nT3a",
    "Nuestra1Casa",
    "CorgiParty",
    "Kaffeeklatsch",
    "Oma+Opa",
]

PAGE_MARKS = {
    "en": ["Page {p} of {q}", "- {p} -", "{p}", "Page {p}", "CONFIDENTIAL    {p}"],
    "de": ["Seite {p} von {q}", "– {p} –", "{p}"],
    "fr": ["Page {p}/{q}", "— {p} —"],
    "es": ["Página {p} de {q}", "- {p} -"],
    "it": ["Pagina {p} di {q}", "{p}"],
    "pt": ["Página {p} de {q}"],
    "nl": ["Pagina {p} van {q}"],
    "pl": ["Strona {p} z {q}", "– {p} –"],
    "cs": ["Strana {p} z {q}"],
    "ru": ["Стр. {p} из {q}", "— {p} —"],
    "uk": ["Сторінка {p} з {q}"],
    "sv": ["Sida {p} av {q}"],
    "fi": ["Sivu {p}/{q}"],
    "hu": ["{p}. oldal"],
    "el": ["Σελίδα {p} από {q}"],
    "tr": ["Sayfa {p} / {q}"],
}

INSTRUCTIONS = {
    "en": [
        "Summarize this:",
        "Summarize the following text in three bullet points:",
        "Please proofread this and fix any grammar mistakes:",
        "Fix grammar:",
        "Rewrite this in a warmer tone:",
        "Make this shorter, keep all the facts:",
        "Translate to German:",
        "Translate into French, keep the names unchanged:",
        "Translate to Spanish:",
        "Extract all people mentioned and their roles as JSON:",
        "Turn this into a short LinkedIn post:",
        "Can you make this sound more professional?",
        "TL;DR please",
        "Who are the people mentioned here and how are they related?",
        "Write a headline for this:",
        "Check this for tone and clarity:",
        "Simplify this for a 10-year-old:",
        "Convert these notes into formal minutes:",
        "Give me 5 questions I could ask about this text:",
        "Rewrite as a press release:",
        "Paraphrase:",
        "Correct the spelling only, do not change anything else:",
        "Translate to Japanese:",
        "Translate to Polish:",
        "Here is a document. List the main events in chronological order.",
        "summarise pls",
    ],
    "to_en": [
        "Translate to English:",
        "Translate this into English, please:",
        "Summarize in English:",
        "What does this say? Answer in English.",
        "Translate the following text to English and keep the formatting:",
        "Please give me an English summary of this:",
        "Proofread this (keep it in its original language):",
    ],
    "de": [
        "Fasse den folgenden Text zusammen:",
        "Bitte Rechtschreibung und Grammatik korrigieren:",
        "Formuliere das freundlicher:",
        "Übersetze ins Englische:",
        "Kürze den Text auf die Hälfte:",
    ],
    "fr": [
        "Résume ce texte :",
        "Corrige les fautes :",
        "Traduis en anglais :",
        "Reformule de façon plus formelle :",
    ],
    "es": [
        "Resume este texto:",
        "Corrige la ortografía:",
        "Traduce al inglés:",
        "Hazlo más breve:",
    ],
    "it": ["Riassumi questo testo:", "Correggi gli errori:", "Traduci in inglese:"],
    "pt": ["Resuma o texto abaixo:", "Corrija a gramática:", "Traduza para o inglês:"],
    "nl": ["Vat dit samen:", "Verbeter de spelling:", "Vertaal naar het Engels:"],
    "pl": [
        "Streść ten tekst:",
        "Popraw błędy:",
        "Przetłumacz na angielski:",
        "Napisz to bardziej oficjalnie:",
    ],
    "cs": ["Shrň tento text:", "Oprav gramatiku:", "Přelož do angličtiny:"],
    "sk": ["Zhrň tento text:", "Oprav chyby:"],
    "ru": [
        "Кратко перескажи текст:",
        "Исправь ошибки:",
        "Переведи на английский:",
        "Сделай текст официальнее:",
    ],
    "uk": ["Стисло перекажи текст:", "Виправ помилки:", "Переклади англійською:"],
    "tr": ["Bu metni özetle:", "Yazım hatalarını düzelt:", "İngilizceye çevir:"],
    "ar": ["لخّص النص التالي:", "صحّح الأخطاء اللغوية:", "ترجم إلى الإنجليزية:"],
    "he": ["סכם את הטקסט:", "תקן שגיאות כתיב:", "תרגם לאנגלית:"],
    "fa": ["این متن را خلاصه کن:", "به انگلیسی ترجمه کن:"],
    "hi": ["इस पाठ का सारांश लिखिए:", "अंग्रेज़ी में अनुवाद करें:"],
    "zh": ["请总结以下内容：", "帮我润色一下：", "翻译成英文："],
    "ja": [
        "以下の文章を要約してください：",
        "誤字脱字をチェックしてください：",
        "英語に翻訳してください：",
    ],
    "ko": ["다음 글을 요약해 줘:", "맞춤법 검사해 줘:", "영어로 번역해 주세요:"],
    "vi": ["Tóm tắt đoạn văn sau:", "Dịch sang tiếng Anh:"],
    "id": ["Ringkas teks berikut:", "Terjemahkan ke bahasa Inggris:"],
    "el": ["Κάνε μια σύνοψη του κειμένου:", "Μετάφρασε στα αγγλικά:"],
    "hu": ["Foglald össze a szöveget:", "Fordítsd le angolra:"],
    "fi": ["Tiivistä teksti:", "Käännä englanniksi:"],
    "sv": ["Sammanfatta texten:", "Översätt till engelska:"],
    "da": ["Opsummer teksten:", "Ret stavefejl:"],
    "no": ["Oppsummer teksten:", "Oversett til engelsk:"],
    "ro": ["Rezumă textul:", "Tradu în engleză:"],
    "hr": ["Sažmi tekst:", "Ispravi pravopis:"],
    "sr": ["Сажми текст:"],
    "bg": ["Обобщи текста:"],
    "th": ["ช่วยสรุปข้อความนี้:", "แปลเป็นภาษาอังกฤษ:"],
    "ka": ["შეაჯამე ტექსტი:"],
    "hy": ["Ամփոփիր տեքստը:"],
    "am": ["ይህን ጽሑፍ አጠቃልል፦"],
    "sw": ["Fupisha maandishi haya:"],
    "ta": ["இந்த உரையை சுருக்கவும்:"],
    "bn": ["এই লেখাটির সারাংশ দাও:"],
    "lt": ["Apibendrink tekstą:"],
    "lv": ["Apkopo tekstu:"],
    "et": ["Tee tekstist kokkuvõte:"],
    "is": ["Dragðu textann saman:"],
    "ca": ["Resumeix aquest text:"],
    "tl": ["Paki-summarize ito:"],
    "ms": ["Ringkaskan teks ini:"],
    "ur": ["اس متن کا خلاصہ کریں:"],
    "sl": ["Povzemi besedilo:"],
    "ga": ["Achoimrigh an téacs seo:"],
    "cy": ["Crynhowch y testun hwn:"],
}
SYSTEM_PROMPTS = [
    "You are a helpful assistant.",
    "You are an editor for a small local newspaper. Keep the house style.",
    "You are a careful translator. Preserve names, dates and numbers exactly.",
    "You summarize documents for busy readers.",
    "You are a writing assistant for a nonprofit.",
    "You help HR teams draft clear, neutral summaries.",
    "You are a genealogy research assistant.",
    "Du bist ein hilfreicher Assistent.",
    "Tu es un assistant utile.",
    "You extract structured data from documents. Reply with JSON only.",
    "You proofread text. Return only the corrected text.",
    "You are a friendly assistant for a parish office.",
]
MODELS = [
    "gpt-4o-mini",
    "gpt-4o",
    "gpt-4.1",
    "gpt-4.1-mini",
    "o4-mini",
    "gpt-3.5-turbo",
    "mistral-large-latest",
    "llama-3.1-70b-instruct",
]
CLAUDE = [
    "3-5-sonnet-20241022",
    "3-haiku-20240307",
    "sonnet-4-20250514",
    "3-7-sonnet-20250219",
    "opus-4-1-20250805",
]

# ======================================================================= TEMPLATES
# (language, person specs and flags, text)
TEMPLATES: list[tuple[str, str, str]] = []

# ------------------------------------------------------------ English: local news
TEMPLATES += [
    (
        "en",
        "A=f B=m",
        """Dog walker praised for quick thinking

A retired postwoman from {city} is being hailed a hero after she pulled a neighbour from his smoke-filled kitchen on Tuesday evening.

{A}, 71, was walking her terrier past the house when she heard the smoke alarm. "The door wasn't locked, so I just went in," she said. She found {B}, 83, sitting in the hallway and helped him outside before firefighters arrived.

Mr {B.l} was treated for smoke inhalation and has since returned home. His daughter said the family would "never be able to thank {A.f} enough".""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Council approves skate park after teenager's petition

Plans for a skate park on the old tennis courts behind the library were approved on Thursday after a petition started by 15-year-old {A} gathered more than 1,400 signatures.

{A.f}, who attends {city} High, presented the petition to councillors himself. Councillor {B} said she had "rarely seen a better-prepared submission from anyone, let alone a Year 10 student".

Not everyone was convinced. {C}, whose back garden overlooks the courts, raised concerns about noise in the evenings. The council has agreed to close the park at 9pm.""",
    ),
    (
        "en",
        "A=f B=f",
        """{A.u} TURNS 100

There was cake, a card from the King and a surprise visit from the local fire brigade as {A} celebrated her 100th birthday at Willow Court care home last weekend.

Born in a two-up two-down on the same street where she would later raise four children, {A.f} worked for thirty years as a seamstress. Her secret to a long life? "Porridge, and never letting anyone tell you what to do," she said.

Her granddaughter {B} organised the party and says the family is already planning the 101st.""",
    ),
    (
        "en",
        "A=m B=m",
        """Man, 34, injured in collision on the A38

A 34-year-old man was taken to hospital with serious injuries after his motorbike collided with a van near the Marsh Lane junction on Sunday morning.

Police have named the rider as {A} of {city}. The van driver, {B}, 52, stopped at the scene and was not hurt.

Officers are appealing for anyone with dashcam footage from between 8.30am and 9am to come forward, quoting incident 214 of {date}.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Allotment row ends in court

A long-running dispute over a shed on the Greenfield allotments ended at magistrates' court this week, where {A}, 58, admitted causing criminal damage to a greenhouse belonging to fellow plot-holder {B}.

The court heard that the pair had argued for more than two years about a boundary path. Ms {A.l} told magistrates she had "lost her temper over a row of leeks". She was fined £220 and ordered to pay £480 in compensation.

Allotment society secretary {C} said members were "relieved it's finally over".""",
    ),
    (
        "en",
        "A=m B=f",
        """Local baker wins national award

{A} has been named Independent Baker of the Year for his sourdough, beating more than 300 entries from across the country.

{A.f} opened his shop on the high street only three years ago, after being made redundant from his job as an engineer. He credits his wife, {B}, who runs the front of the shop, with keeping the business going through the first winter. "She did the books, the till and the Instagram. I just made bread."

The award will be presented in London next month.""",
    ),
    (
        "en",
        "A=f B=m C=m D=f",
        """Teenagers rescue swan tangled in fishing line

Two teenagers have been praised by the RSPCA after they waded into the canal to free a swan caught in discarded fishing line.

{A}, 16, and her friend {B}, 15, spotted the bird struggling near the lock on Saturday afternoon. {B.f} held the swan's wings while {A.f} cut the line with nail scissors borrowed from a passer-by.

RSPCA inspector {C} said the pair had "done exactly the right thing, though we'd always rather people call us first". {A.f}'s mum, {D}, said she was "proud but also slightly horrified" when her daughter came home soaked to the waist.""",
    ),
    (
        "en",
        "A=m B=f",
        """Charity cyclist completes 1,000-mile ride

{A} arrived back in {city} on Friday after cycling from Land's End to John o' Groats in eleven days to raise money for the hospice that cared for his late mother.

He was met at the finish by a crowd of about fifty friends and neighbours and by his partner, {B}, who had driven the support van the whole way.

So far {A.f} has raised more than £8,600. Donations can still be made through the hospice's website.""",
    ),
    (
        "en",
        "A=f B=m",
        """Library volunteer steps down after 40 years

After four decades of Saturday mornings behind the desk at {city} library, {A} is hanging up her date stamp.

{A.f} started volunteering in {year:1980-1986}, when the library still used card tickets. She has read to three generations of children at storytime and says she is "still waiting for the dinosaur book to be returned".

Branch manager {B} said: "{A.f} is the library. We'll manage without her, but it won't be the same." A farewell tea will be held on the 14th.""",
    ),
    (
        "en",
        "A=m B=m C=f",
        """Farmer's tractor blocks lane for six hours

Residents of Church Lane were stuck for most of Monday after a tractor belonging to local farmer {A} shed its trailer load of silage bales across the road.

{A.l}, whose family has farmed at Hollow Bottom for three generations, apologised. "The strap went. There's nothing you can say, really."

Neighbour {B} said he missed a hospital appointment. Another resident, {C}, took a more relaxed view: "We had a cup of tea and watched them shovel. It was the most exciting thing to happen here since the flood.\"""",
    ),
    (
        "en",
        "A=f",
        """Nurse honoured for four decades on the wards

{A}, who began nursing at {city} General in {year:1978-1985} and retired last month as ward sister on the stroke unit, has been awarded the hospital's lifetime achievement award.

Colleagues described {A.l} as "unflappable" and "the person you wanted on shift when everything went wrong". In her acceptance speech, she thanked "every patient who ever told me a joke at three in the morning".""",
    ),
    (
        "en",
        "A=m B=f",
        """Missing pensioner found safe

An 86-year-old man who went missing from his home on Thursday evening has been found safe and well.

{A} was spotted by a delivery driver sitting on a bench near the old railway station at about 7am on Friday. Police thanked the public for sharing the appeal.

His daughter, {B}, said the family were "overwhelmed with relief". Mr {A.l}, who has dementia, is being checked over in hospital as a precaution.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Mural unveiled on Station Road

A 20-metre mural celebrating the town's mill workers was unveiled on Saturday on the side of the former Co-op building on Station Road.

The artwork was designed by local illustrator {A} with the help of pupils from St Mary's Primary. It features the faces of real mill workers, including {B}, who worked the looms from the age of 14 and, at 92, cut the ribbon.

"I never thought I'd end up on a wall," he said. Project organiser {C} hopes the mural will "get people to stop and look up".""",
    ),
    (
        "en",
        "A=m B=m",
        """Pub quiz champions crowned after 12-year wait

The Red Lion's Tuesday quiz has new champions. The team captained by retired geography teacher {A} finally took the annual trophy on Tuesday, after finishing second eleven years running.

The winning answer came in the tie-break: the height of Ben Nevis, to the nearest metre. "I knew all those field trips would pay off one day," {A.l} said.

Quizmaster {B} said he would be "making the questions harder next year".""",
    ),
    (
        "en",
        "A=f B=f",
        """Community fridge hits 10,000 meals

The community fridge outside the Methodist hall has now handed out the equivalent of 10,000 meals since it opened, organisers say.

The scheme was started by {A}, a mother of three who was shocked at how much food the supermarkets threw away. Volunteers now collect surplus bread, fruit and vegetables six days a week.

Co-ordinator {B} said the fridge was used "by everyone — students, pensioners, people on their lunch break. There's no shame in it.\"""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Village fete raises record sum

Sunshine and a tug-of-war grudge match helped Little Wickham's summer fete raise £6,320 for the church roof fund.

The cake stall, run for the 25th year by {B}, sold out by two o'clock. The dog show was won by a three-legged lurcher called Biscuit, owned by {C}.

Fete chairman {A} thanked "the hundred or so volunteers who put up the tents and, more importantly, took them down again\".""",
    ),
    (
        "en",
        "A=f B=m",
        """Tributes paid to lollipop lady

Parents and children at Brookside Primary have paid tribute to {A}, who helped pupils cross Mill Road for 27 years.

{A.f}, who died last week aged 74, was known for her bright yellow coat and for remembering every child's name. Headteacher {B} said: "Generations of children in this town grew up with {A.f} saying good morning to them. We will miss her terribly."

A book of condolence has been opened in the school office.""",
    ),
    (
        "en",
        "A=m B=f",
        """Bus driver returns lost wedding ring

A bus driver has reunited a bride with her wedding ring, two weeks after she lost it on the number 42.

{A} found the ring wedged between two seats while cleaning his bus at the depot. The company posted a photo on social media, and within hours {B} got in touch.

"I'd been married for exactly nine days," she said. "I'd already started planning how to tell my husband.\"""",
    ),
    (
        "en",
        "A=f B=m C=m",
        """Woman, 29, charged after crash outside supermarket

A 29-year-old woman has been charged with driving without insurance after a collision in the car park of the Parkway retail centre.

{A}, of Hollins Road, {city}, will appear before magistrates on {date}. Shoppers {B} and {C} were treated at the scene for minor injuries.

Police said the investigation was ongoing.""",
    ),
    (
        "en",
        "A=m",
        """Former miner publishes first novel at 78

{A} left school at 15 and spent 22 years underground at the Bentley colliery. This month, at the age of 78, he holds in his hands a copy of his first novel.

The book, set in a mining village during the 1984 strike, took him eleven years to write, mostly in longhand. "My granddaughter typed it up. She said my spelling was worse than the plot," {A.l} laughs.

The launch will be at the Miners' Welfare on Friday.""",
    ),
    (
        "en",
        "A=f B=f^A C=m^A",
        """Twins graduate on the same day — from different universities

It was a day of two ceremonies for the {A.l} family. Twin sisters {A.f} and {B.f} graduated within three hours of each other, {A.f} in nursing in the morning and {B.f} in law in the afternoon, at universities 60 miles apart.

Their father, {C}, drove between the two. "I've never been so stressed and so proud at the same time," he said. "Mostly stressed.\"""",
    ),
    (
        "en",
        "A=m B=m",
        """Football: Athletic 3 Rovers 2

A late header from {A} sealed a dramatic win for Athletic on Saturday.

Rovers had led 2-0 at half-time through two goals from their striker {B}, the second a stunning volley from the edge of the box. But Athletic came out fighting, and when {A.l} rose highest to meet a corner in the 89th minute, the home crowd erupted.

{B.l} was named man of the match despite finishing on the losing side.""",
    ),
    (
        "en",
        "A=f B=f C=f D=f",
        """Netball: Harriers stay top

Harriers A kept their place at the top of Division Two with a 41-28 win over Phoenix on Wednesday night.

Goal shooter {A} was in superb form, scoring 27 of her 30 attempts, while {B} marshalled the defence superbly. Phoenix rallied in the third quarter, with {C} forcing several turnovers, but Harriers pulled away in the final ten minutes.

Coach {D} said: "We were sloppy in the middle, but the shooting was unreal.\"""",
    ),
    (
        "en",
        "A=m B=m C=m D=m",
        """Cricket: Second XI fall short

Chasing 212 to win, the Second XI were bowled out for 187 at Mill Meadow on Sunday despite a battling 68 from {A}.

Earlier, the visitors had been 150-8 before a ninth-wicket stand of 51 between {B} and {C} swung the game. {D} took 4-31 for the hosts, including the prize wicket of {B.l} for 39.

Next week: away at Thornbury.""",
    ),
    (
        "en",
        "A=f B=m",
        """Park run milestone for 80-year-old

{A} has completed her 250th park run, making her the oldest runner in the county to reach the milestone.

She started running at 67 after her husband, {B}, bet her she couldn't finish a 5K. "He's been paying for it ever since," she says. "He does the marshalling now. Much more dignified.\"""",
    ),
    (
        "en",
        "A=m B=m C=f",
        """Rugby: Late try earns a draw

A try in the final minute from winger {A}, converted from the touchline by {B}, earned the Saints a 22-22 draw at home to Old Boys.

It was a scrappy game in heavy rain. Club chair {C} praised the players' "refusal to give up", adding that the clubhouse bar had "never been busier\".""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Primary school stages Oliver! in record time

Pupils at St Anne's Primary put on three sold-out performances of Oliver! last week, despite having only five weeks of rehearsals.

Year 6 pupil {A} played the title role, with {B} stealing the show as the Artful Dodger. Music teacher {C}, who directed, said the children had "learned more lines in five weeks than I learned in five years at university".

The school hopes to put on Annie next year.""",
    ),
    (
        "en",
        "A=m B=f",
        """Sixth-former wins county poetry prize

{A}, 17, has won the county young poets' prize with a poem about his grandmother's allotment.

The judges described the piece as "tender without being sentimental". {A.f} says he wrote it in one sitting on the bus. His English teacher, {B}, who entered the poem without telling him, says she "had a feeling".""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Court: Carer stole £14,000 from dementia patient

A carer who stole more than £14,000 from an 89-year-old woman with dementia has been jailed for two years.

{A}, 44, of {city}, used her client's bank card to pay for holidays and a new sofa over eighteen months. The theft was discovered when the victim's son, {B}, noticed unusual transactions on her statements.

Sentencing, Judge {C} said {A.l} had committed "a gross breach of trust against a woman who could not protect herself\".""",
    ),
    (
        "en",
        "A=m B=m",
        """Driver banned after being caught at 112mph

A company director has been banned from driving for 56 days after he was caught doing 112mph on the M6.

{A}, 47, told magistrates he had been rushing to a meeting. His solicitor, {B}, said his client was "deeply embarrassed". {A.l} was also fined £1,200.""",
    ),
    (
        "en",
        "A=f B=m",
        """Inquest hears cyclist was not wearing lights

An inquest into the death of a cyclist on the bypass last November has heard that she was not using lights at the time of the collision.

{A}, 23, was hit by a car driven by {B}, who told the inquest he "did not see anything until the impact". The coroner recorded a conclusion of road traffic collision and said she would write to the highways authority about street lighting on the stretch.""",
    ),
]

# ------------------------------------------------- English: obituaries, announcements
TEMPLATES += [
    (
        "en",
        "A=f B=m^A C=f^A D=m^A E=f",
        """{A.u}

{A} passed away peacefully at home on {date:2023-2025}, surrounded by her family. Born on {DOB:1930-1948} in {city}, she was the youngest of seven children.

{A.f} was the beloved wife of the late {B} for 58 years, the loving mother of {C.f} and {D.f}, and a devoted grandmother to six and great-grandmother to two. She is also survived by her dear friend and neighbour of forty years, {E}.

A service of thanksgiving will be held at St Peter's Church at 11am on Friday, followed by refreshments at the church hall. Family flowers only; donations, if desired, to the British Heart Foundation.""",
    ),
    (
        "en",
        "A=m B=f^A C=m^A D=f E=f",
        """{A.l}, {A.f} ("{A.n}"), age 81, of {city}, died on {date:2022-2025} after a short illness.

{A.f} was born {DOB:1935-1945} and grew up on a dairy farm. He served two years in the Army before joining the county roads department, where he worked for 36 years. He never missed a Friday fish fry at the VFW.

He is survived by his wife of 55 years, {B}; his son, {C} ({E.f}); his sister, {D}; and many nieces and nephews. He was predeceased by his parents and by his brother, who died in Korea.

Visitation will be held Thursday from 4 to 7 p.m. at Hartley Funeral Home. In lieu of flowers, memorials may be made to the Alzheimer's Association.""",
    ),
    (
        "en",
        "A=f B=m C=f D=m",
        """With great sadness we announce the death of {A}, formerly of {ADDR}, on {date:2023-2025}, aged 92.

Much-loved mother of {B} and {C}, mother-in-law of {D}, and cherished nana. Funeral at {city} Crematorium, Wednesday at 2.30pm. No black, please — {A.f} hated it. Enquiries to the funeral directors.""",
    ),
    (
        "en",
        "A=m B=f C=m D=f",
        """OBITUARY

{A} (b. {DOB:1940-1958}, d. {date:2024-2025}) — teacher, trade unionist, and the worst golfer the Riverside club ever admitted.

{A.f} taught physics at the grammar school for 31 years, during which he ran the chess club, the Duke of Edinburgh scheme and, for one ill-advised term, the school farm. Former pupils remember him for his exploding custard-tin demonstration and for his habit of calling everyone "young man", including the headmistress.

He leaves his wife {B}, their son {C} and his granddaughter {D}, who says he taught her to cheat at Monopoly "in a principled way".""",
    ),
    (
        "en",
        "A=f B=m C=f D=m E=f",
        """In loving memory of {A} ({A.n}), who left us on {date:2023-2025}.

She was born in {city} on {DOB:1950-1965} to {B} and {C}, and came to this country at the age of nineteen with one suitcase and a nursing diploma. She worked nights at the Royal Infirmary for twenty-eight years.

{A.n} is survived by her husband, {D}, her daughter {E}, and more friends than the church will hold. The family asks that instead of flowers, you call someone you haven't spoken to in a while. That's what she would have done.""",
    ),
    (
        "en",
        "A=m B=f C=m D=m",
        """Death notice: {A.s}

Peacefully, at Rowan House Hospice, on {date:2024-2025}, aged 67. Dearly loved husband of {B}, proud dad to {C} and {D}. Funeral service at St Columba's, Thursday 10am, thereafter to Eastwood Cemetery. All welcome.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """{A}, 1938–{year:2023-2025}

Born {DOB:1936-1939} in a tenement flat, {A.f} left school at fourteen and spent most of her working life at the biscuit factory, rising to forelady of the packing floor. She married {B} in 1959 at the registry office — "the cheapest wedding in the history of Scotland," she liked to say.

She will be missed by her daughter {C}, her grandchildren, and the entire Thursday bingo at the Miners' Welfare.""",
    ),
    (
        "en",
        "A=m B=m C=f D=m",
        """Rev. {A} was called home to the Lord on {date:2024-2025}. He was born {DOB:1941-1955} in {city} to the late {B} and {C}.

He served as pastor of Greater Mount Zion Baptist Church for 29 years. Under his leadership the church opened a food pantry and an after-school program that still runs today.

Homegoing celebration Saturday at 11 a.m. Viewing one hour prior. He leaves to cherish his memory his devoted wife and his brother {D}, along with a host of nieces, nephews, church family and friends.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """{A}, of {city}, died suddenly on {date:2023-2025} aged 46.

{A.f} was a respected veterinary nurse, a fearless open-water swimmer and a terrible singer who sang anyway. She is survived by her partner {B}, her mother {C}, and two spoiled spaniels.

A celebration of her life will take place at the sailing club. Please wear something bright.""",
    ),
    (
        "en",
        "A=m B=f",
        """Death of former councillor

Former town councillor {A} has died at the age of 88. Mr {A.l} represented the Northgate ward for 24 years and was mayor twice, in 1991 and 2003.

Current mayor {B} said: "{A.f} knew every pothole in Northgate by name. He was stubborn, funny and completely devoted to this town." Flags at the town hall will fly at half-mast on the day of his funeral.""",
    ),
    (
        "en",
        "A=f B=m",
        """WEDDING

{A} and {B} were married on {date:2024-2025} at St Michael's Church, followed by a reception at Hayward Barn.

The bride, daughter of Mr and Mrs {A.l} of {city}, wore her grandmother's veil. The groom is a paramedic with the ambulance service. The couple met when he treated her for a broken ankle at a music festival. They will honeymoon in Portugal.""",
    ),
    (
        "en",
        "A=f B=m C=m^A",
        """ENGAGEMENT

Mr and Mrs {C.l} are delighted to announce the engagement of their daughter {A} to {B}, son of Mr {B.l} of {city} and the late Mrs {B.l}. A summer wedding is planned.""",
    ),
    (
        "en",
        "A=f B=m C=f^B D=m",
        """BIRTHS

{A.l} — To {A} and {B}, a daughter, {C.f}, born on {date:2024-2025} at the Royal Maternity, weighing 7lb 3oz. A sister for {D.f}. Grateful thanks to the midwives on Ward 4.""",
    ),
    (
        "en",
        "A=m B=f",
        """Golden wedding

{A} and {B} celebrated their golden wedding anniversary on Saturday with a party for 80 guests at the bowling club.

The couple met at a dance at the Palais in {year:1970-1975}. "He trod on my foot three times," {B.f} recalls. "I married him to stop him doing it to anyone else." They have three children and seven grandchildren.""",
    ),
    (
        "en",
        "A=f B=m C=f D=m",
        """We are thrilled to welcome {C.f}, born {DOB:2024-2025} at 4:12 a.m., 8 lbs 1 oz and 20 inches of pure opinion. Proud parents {A} and {B} are tired but happy. Big brother {D.f} is "still deciding" how he feels about it.""",
    ),
    (
        "en",
        "A=f B=m",
        """Diamond wedding for {A.f} and {B.f}

Congratulations to {A} and {B}, of Oakfield Road, who celebrated 60 years of marriage on Sunday. They married at Holy Trinity in {year:1963-1965} when {B.f} was a 19-year-old apprentice electrician and {A.f} worked on the switchboard at the town hall. Their advice for a long marriage: "Separate tellies.\"""",
    ),
]

# ------------------------------------------------- English: bulletins, clubs, minutes
TEMPLATES += [
    (
        "en",
        "A=m B=f C=f D=m",
        """ST ANDREW'S PARISH BULLETIN

Please keep in your prayers {A}, who is in hospital recovering from a hip operation, and {B}, who lost her husband last month.

Congratulations to {C} and {D} on the baptism of their son last Sunday.

The Lent soup lunches start next week in the church hall. Volunteers to bring soup, please sign the list at the back of church or speak to {C.f}.

Thank you to everyone who gave to the food bank collection — we delivered 212 items.""",
    ),
    (
        "en",
        "A=f B=m C=f D=m E=f",
        """Riverside Residents' Association — minutes of the meeting held on {date}

Present: {A} (chair), {B} (treasurer), {C}, {D}. Apologies: Mrs {E.l} (flat 12).

1. Bins. {C.f} reported that the recycling bins at the north entrance are again overflowing. Action: {A.f} to write to the council.
2. Treasurer's report. {B.l} reported a balance of £1,412.50. The gardening budget for spring was approved.
3. Noise complaint. Residents of the ground-floor flats raised late-night noise from the car park. {D.f} agreed to speak to the management company.
4. AOB. {C.f} thanked everyone for the Christmas lights.

Next meeting: first Tuesday of next month, 7pm, community room.""",
    ),
    (
        "en",
        "A=m B=f C=m D=f",
        """Maple Grove HOA — Board Meeting Minutes

Call to order: 7:04 p.m. by President {A}. Board members present: {A}, {B} (Secretary), {C} (Treasurer). Homeowners present: 11.

Old business: The pool resurfacing bid from Aqua-Tech was approved 3-0. {C.l} noted the reserve fund is still below the recommended level.

New business: A homeowner, {D}, of {ADDR}, requested approval for a backyard shed. Approved with the condition that it be painted to match the house. {D.f} also raised the ongoing issue of dogs off-leash on the walking trail.

Homeowner forum: One resident asked whether the board would consider allowing chickens. The board will table the question until the next meeting.

Adjourned 8:22 p.m. Minutes submitted by {B}.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Women's Institute — March newsletter

Our speaker in February was {A}, who gave a fascinating talk on the history of the town's lace industry and brought samples made by her great-grandmother. Thank you, {A.f}!

Birthday wishes this month to {C}, who turns 90 and still beats us all at whist, and to {B}, our longest-serving member, who turns a mere 84.""",
    ),
    (
        "en",
        "A=m B=m C=f D=m",
        """Greenhill Model Railway Club — Newsletter No. 147

The Easter exhibition was our best yet, with over 600 visitors. Special thanks to {A}, whose OO-gauge layout of Barmouth station drew a crowd all weekend, and to {B} for running the tea urn for two days straight.

Sad news: long-standing member {C} has passed away. {C.f} joined the club in {year:1975-1990} and was responsible for most of the scenery on the club layout, including the famous cows.

Subs are now due. Please pay {D}, or leave cash in the envelope by the kettle.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Friends of Ashby Park — volunteer update

Thanks to everyone who came to the bulb planting last Saturday. We planted 3,000 daffodils and only lost one trowel.

A special mention for {A}, who brought her whole Brownie pack, and for {B}, who spent the morning untangling brambles from the railings near the pond.

{C} has agreed to take over as volunteer co-ordinator from next month. If you'd like to help at the next session, email {EMAIL:C} or call {PHONE}.""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Oakwood Bowls Club — Annual General Meeting

The chairman, {A}, opened the meeting and welcomed 34 members. He thanked the outgoing secretary, {B}, for nine years of service and presented her with a crystal vase.

The treasurer, {C}, presented the accounts. Green fees will rise by £5. The club will also buy a new mower, the old one having "finally died in its sleep", in {C.l}'s words.

Election of officers: {B.f} was re-elected as competitions secretary, the role nobody else wanted.""",
    ),
    (
        "en",
        "A=f B=m C=f D=m",
        """St Brigid's Parish Newsletter

Anniversary Masses: {B}, {C}.

Our Confirmation class will be led this year by {D}. Parents, please return forms by the end of the month.

The parish thanks the family of the late {A} for the generous gift of a new altar cloth in her memory.""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Minutes — Allotment Society Committee

Attendees: {A} (chair), {B}, {C}.
1. Plot 17: {C.f} confirmed the plot has been re-let to a family from Brook Street. The waiting list now stands at 23.
2. Water troughs: {B.l} reported a leak at the east trough. {A.f} will fix it on Saturday.
3. Theft: Another strimmer stolen from the shed. {B.f} will get quotes for a better lock.
AOB: None. Meeting closed 8.15pm.""",
    ),
    (
        "en",
        "A=f B=m",
        """Hi all,

A quick note from the PTA. The Christmas fair raised £2,840 — thank you! Special thanks to {A} for running the tombola for the fifth year running, and to {B} for dressing up as Father Christmas in a suit two sizes too small.

If anyone found a blue lunchbox with a dinosaur on it, it belongs to {B.f}'s son. Please drop it at reception.

Best,
PTA committee""",
    ),
    (
        "en",
        "A=m/il B=f/il C=f/us",
        """Congregation Beth Shalom — Weekly Bulletin

Mazel tov to {A} on becoming a bar mitzvah this Shabbat, and to his proud parents. Kiddush is sponsored by the family.

Refuah shlemah to {B} and to {C}.

The Sisterhood book club meets Tuesday at 7:30 in the library. This month: "The Amazing Adventures of Kavalier & Clay".""",
    ),
    (
        "en",
        "A=m/pk B=f/pk C=m/bd D=f/so",
        """Darul Uloom Community Centre — Newsletter

Jazakallah khair to {A} and the youth team for organising the Ramadan food drive, which served iftar to over 300 people.

Congratulations to sister {B} on completing her hifz, and to brother {C} and sister {D} on their nikah last weekend.

Weekend madrasa restarts on Saturday. Parents: please bring the registration form and fee to the office.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Hollybank Cricket Club — Juniors Presentation Evening

Player of the Year (U11): {A}. Most Improved: {B}. Coach's Award: {C}, for turning up to every single training session, including the one in the hailstorm.

Thanks to all the parents who drove, scored, umpired and made sandwiches.""",
    ),
    (
        "en",
        "A=m B=f",
        """Neighbourhood Watch — alert

Please be aware that a man claiming to be from the water board called at several houses on Elm Street yesterday afternoon and asked to "test the taps". Genuine staff will always carry ID. Resident {B} reported the incident to police.

Co-ordinator: {A}, {PHONE}.""",
    ),
]

# ------------------------------------------- English: bios, references, workplace
TEMPLATES += [
    (
        "en",
        "A=f",
        """About the speaker

{A} is a structural engineer who has spent the last fifteen years designing footbridges in places most engineers never visit. Born in {city}, she studied civil engineering before joining a small practice that specialised in timber structures. She has since worked on projects in Nepal, Peru and the Scottish Highlands.

When she is not on site, {A.f} teaches a weekend course for teenage girls who want to become engineers. She lives with her partner and an elderly cat named Brunel.""",
    ),
    (
        "en",
        "A=m",
        """{A} is a self-taught furniture maker based in a converted cowshed outside {city}. After twenty years as an accountant, he took a one-week course in chair-making "as a treat" and never went back to the office.

His work has been shown at the Crafts Council, and he now takes two apprentices a year. {A.l} uses only timber from trees that have fallen naturally within ten miles of the workshop.""",
    ),
    (
        "en",
        "A=f B=m",
        """Dear Admissions Committee,

I am writing in strong support of {A}'s application to your Master's programme in Public Health. I supervised {A.f} for two years as a research assistant in our community nutrition project, where she was responsible for organising fieldwork in eleven primary schools.

{A.f} is meticulous, calm under pressure and unusually good at earning the trust of parents who are, understandably, suspicious of researchers. When our lead statistician left mid-project, she taught herself R in a month and took over the data cleaning without being asked.

I have no hesitation in recommending her. Please feel free to contact me at {EMAIL:B} or on {PHONE}.

Yours faithfully,
Dr {B}
Senior Lecturer in Nutrition""",
    ),
    (
        "en",
        "A=m B=f",
        """To whom it may concern,

{A} worked for us as a warehouse supervisor from {date:2016-2019} to {date:2022-2024}. In that time he was never late, never called in sick without notice, and managed a team of fourteen people through the busiest two Christmases in our company's history.

{A.f} left us to move closer to his family. We would re-employ him tomorrow.

{B}
Operations Manager""",
    ),
    (
        "en",
        "A=f B=f",
        """Reference for {A}

I have known {A.f} for six years as her neighbour and for the last three as a fellow volunteer at the food bank. She is honest, reliable and good with people who are having a very bad day. I would trust her with my house keys, my dog and my grandchildren, in that order.

{B}
{ADDR}
{PHONE}""",
    ),
    (
        "en",
        "A=m B=m",
        """Performance review — {A}
Reviewer: {B}
Period: January to December

Summary: {A.f} had a strong year. He delivered the warehouse scanner migration two weeks early and mentored two junior developers, both of whom are now working independently.

Areas for growth: {A.f} tends to take on too much and could delegate more. He also needs to get better at flagging risks early — the payment outage in August could have been shorter if he had raised the alarm sooner.

Overall rating: Exceeds expectations. Recommended for promotion to Senior Engineer.""",
    ),
    (
        "en",
        "A=f B=f",
        """Annual appraisal notes: {A}, Staff Nurse, Ward 7
Appraiser: {B}, Ward Manager

{A.f} continues to be a calm and kind presence on the ward. Patient feedback mentions her by name more than any other nurse. This year she completed her mentorship qualification and supervised three students.

We discussed her interest in moving into tissue viability. {A.f} will shadow the TV team for two days next quarter. Objective for next year: lead the falls-prevention audit.

Signed: {B.i} / {A.i}""",
    ),
    (
        "en",
        "A=m B=f",
        """Self-assessment — {A}

This year I took over the Northern accounts after {B} moved to the London office. The handover was rough: half the client files were out of date and two customers had open complaints. By June I had cleared both complaints and renewed all but one contract.

I want to keep working on presentation skills. {B.f} has offered to coach me before the autumn pitches, which I'm grateful for.""",
    ),
    (
        "en",
        "A=f B=m",
        """Subject: Farewell from {A.f}!

Hi everyone,

After seven wonderful (and occasionally chaotic) years, Friday will be my last day at Harbour & Finch. I'm moving to Lisbon to join a small design studio, which is both terrifying and exciting.

I want to say a special thank you to {B}, who hired me when my portfolio was three posters and a cat logo, and who has been the best manager I could have asked for.

Please stay in touch — my personal email is {EMAIL:A}, and I'm on LinkedIn as usual.

Cake in the kitchen at 3pm on Friday. I'm told there will be speeches. I am told I cannot stop them.

{A.f}""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """All,

I'm pleased to announce that {A} has been promoted to Head of Customer Operations, effective Monday.

{A.f} joined us as a call-centre agent nine years ago and has since run almost every team in the department. Many of you will know him as the person who rewrote our refund process on a napkin during a fire drill.

{A.f} takes over from {B}, who is moving to lead our new Dublin office. Please join me in congratulating them both.

{C}
Chief Operating Officer""",
    ),
    (
        "en",
        "A=f B=m C=f D=m",
        """Meet the team

{A} — Practice Manager. {A.f} keeps the surgery running and knows where every form is. Outside work she sings in a community choir.

Dr {B} — GP Partner. Dr {B.l} has been with the practice since {year:2001-2012} and has a special interest in diabetes.

{C} — Advanced Nurse Practitioner. {C.f} runs the minor illness clinic and the travel vaccinations service.

{D} — Receptionist. {D.f} is the friendly voice on the phone at 8am. Be nice to him.""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Our people

Founder {A} started the company in his parents' garage with a second-hand laser cutter. Today he still designs most of our products and answers customer emails on Sunday mornings.

{B} runs operations. Before joining us, {B.f} managed logistics for a festival with 80,000 visitors, so a busy December doesn't scare her.

{C} is our newest hire and our only employee under 25. He runs our social media and has tried, so far unsuccessfully, to make {A.f} dance on TikTok.""",
    ),
    (
        "en",
        "A=f",
        """CURRICULUM VITAE — PERSONAL PROFILE

I am a qualified primary school teacher with eight years' experience in inner-city schools, most recently as Key Stage 2 lead. I am passionate about early reading and have led phonics training for staff across our trust.

Name: {A}
Address: {ADDR}
Phone: {PHONE}
Email: {EMAIL:A}

I am looking for a role in a school that values outdoor learning. References available on request.""",
    ),
    (
        "en",
        "A=m",
        """{A} is a chef, food writer and occasional troublemaker. He grew up above his grandmother's restaurant in {city}, where he was peeling potatoes at seven and running the pass at nineteen.

His first cookbook, about the food of his childhood, was shortlisted for the André Simon award. {A.l} now runs a 30-cover restaurant with a menu that changes daily, "depending on what the fishermen say".""",
    ),
    (
        "en",
        "A=f B=m",
        """Hi {B.f},

Thanks for asking me to write something for {A}'s leaving card. Here's what I came up with:

"{A.f} — twelve years, three office moves, two mergers and one unforgettable Christmas party. You were the person everyone went to when the printer jammed, the client shouted, or the coffee machine caught fire. We'll miss your laugh, your spreadsheets and your biscuit drawer. Good luck in the Highlands!"

Too much? Let me know and I'll tone it down.""",
    ),
    (
        "en",
        "A=m B=f",
        """Nomination: Volunteer of the Year

I would like to nominate {A} for this year's award. {A.f} has driven for our hospital transport scheme every Tuesday and Thursday for six years. He has taken patients to more than 1,200 appointments and has never once complained about parking.

When one of our regular passengers, a widow with no family nearby, was admitted to hospital, {A.f} visited her every day until she was discharged.

Nominated by {B}, scheme co-ordinator.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Welcome to the lab, {A.f}!

We're excited to welcome {A}, who joins us as a postdoctoral researcher from {city}. {A.f} completed her PhD on soil fungi and will be working with {B} on the nitrogen project.

{A.f} will sit in room 2.14, next to {C}. Please say hello — and warn her about the freezer door.""",
    ),
    (
        "en",
        "A=m B=m",
        """Employee spotlight: {A}

Twenty-five years ago, {A} started at our Leeds depot on the night shift. He is now our longest-serving driver, with over 2 million accident-free miles.

"My wife says I know the M62 better than I know her," he says. His colleague {B} describes him as "the calmest man alive. I've seen him change a tyre in a blizzard while eating a sandwich.\"""",
    ),
    (
        "en",
        "A=f B=m",
        """Dear {B.l},

Thank you for taking the time to interview me yesterday for the role of Events Coordinator. I really enjoyed hearing about the festival plans for next summer.

As mentioned, my notice period is four weeks. I have attached my portfolio and the contact details of my two referees.

Kind regards,
{A}
{PHONE}""",
    ),
    (
        "en",
        "A=m B=f",
        """Recommendation — {A}

I have been {A.f}'s piano teacher for nine years. In that time he has passed every ABRSM grade with distinction and, more importantly, developed into a musician who actually listens. He has accompanied the school choir since Year 9 and stepped in at a day's notice when our regular accompanist fell ill before the spring concert.

I recommend him without reservation for a place at the conservatoire.

{B}, LRAM""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Exit interview summary

Employee: {A}
Interviewer: {B} (HR Business Partner)

{A.f} is leaving for a role with a shorter commute. She said she enjoyed the work and her team but felt the on-call rota was unfair, particularly since {C} moved to part-time and the remaining three engineers absorbed her shifts without extra pay.

Recommendation: review on-call allowance in the next budget round.""",
    ),
    (
        "en",
        "A=m B=f",
        """Hey team — quick shout-out for {A}, who stayed until 2am on Friday getting the payment system back up after the outage. He didn't ask anyone to stay with him and didn't mention it on Monday. {B.f} only found out because she saw the commit timestamps. Thank you, {A.n}. Coffee's on me all week.""",
    ),
    (
        "en",
        "A=f",
        """Professional summary

{A} is a family law solicitor with over 15 years' experience in complex financial remedy and children cases. She trained at a high-street firm in {city} and was made partner in {year:2015-2021}. {A.f} sits on the local family justice board and is a trained mediator. She is fluent in Urdu and Punjabi.""",
    ),
    (
        "en",
        "A=m B=f",
        """Thank-you note

Dear {A},

I just wanted to say thank you again for all your help during our move. I honestly don't know how we would have managed the piano without you and your brother. The kids keep asking when "the strong man" is coming back.

Come for dinner once we've unpacked the plates — if we ever do.

Love,
{B.f}""",
    ),
]

# ------------------------------------------------------- English: case narratives
TEMPLATES += [
    (
        "en",
        "A=f B=m C=f D=m",
        """Case note — home visit, {date}

Visited {A} ({A.n}) at home with colleague {D.f}. {A.f} was dressed and had made tea. The flat was cleaner than at the last visit, though there were still unopened letters on the table, including two from the housing association.

{A.f} said her son {B.f} has been staying "on and off" for the past fortnight. She became tearful when asked about money and said {B.f} "borrows" her bank card. She did not want us to speak to him.

Her neighbour, {C}, came in during the visit and said she has been doing {A.f}'s shopping since the winter.

Plan: Discuss financial safeguarding concerns at Thursday's team meeting. Refer to welfare benefits adviser. Next visit in two weeks.""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Social work assessment — summary

{A} is a 9-year-old boy living with his mother, {B}, and her partner, {C}, at {ADDR}. The referral was made by the school after {A.f} arrived on three occasions without a coat in freezing weather and told his teacher he had not had breakfast.

During the visit {B.f} was cooperative and acknowledged that things had been "chaotic" since she lost her job. {C.f} was present but said little. {A.f} was observed to be affectionate with his mother and proud to show his drawings.

Outcome: Child in need plan. Family support worker to be allocated. Review in six weeks.""",
    ),
    (
        "en",
        "A=f B=f",
        """Supervision notes — {date}
Worker: {B}
Case: {A}, DOB {DOB:1995-2008}

{A.f} has now been in her own tenancy for three months. She is attending college two days a week and reports that she has stopped seeing her ex-partner. {B.f} notes that {A.f} still struggles to budget and has rent arrears of £340.

Agreed actions: support with a repayment plan; check in with the college tutor about attendance.""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """DISCHARGE SUMMARY

Patient: {A}
Date of birth: {DOB:1938-1960}
Admitted: {date:2024-2025}   Discharged: {date:2024-2025}
Consultant: Dr {B}

Mr {A.l} was admitted via the emergency department with a two-day history of shortness of breath and a productive cough. Chest X-ray showed right lower lobe consolidation. He was treated with IV antibiotics and switched to oral co-amoxiclav on day 3.

He has a background of COPD and type 2 diabetes. His wife reports he has been more confused at home in recent weeks; this was not evident on the ward.

Follow-up: GP review in one week. Please repeat chest X-ray in six weeks. Discussed with his son, {C}, who will stay with him for the first few days.

Dictated by: Dr {B.l}""",
    ),
    (
        "en",
        "A=f B=m",
        """Clinic letter

Dear Dr {B.l},

Re: {A}, {DOB:1960-1990}, {ADDR}

I reviewed Mrs {A.l} in the rheumatology clinic today. She reports ongoing pain and stiffness in both hands, worse in the mornings and lasting about an hour. She has stopped knitting, which she finds upsetting.

On examination there was synovitis of the MCP joints bilaterally. I have started methotrexate 10 mg weekly with folic acid, and she will have bloods every two weeks for the first three months.

Yours sincerely,
{B}
Consultant Rheumatologist""",
    ),
    (
        "en",
        "A=m B=f C=f",
        """Ward round note — Bay 3, bed 4

{A}, 88. Day 5 post fall with fractured neck of femur, hemiarthroplasty on day 1. Mobilising with frame and physio. Eating small amounts. Daughter ({C}) visiting daily and keen for him to go home, but {A.f} lives alone and has stairs.

Plan: OT home visit. Discuss with {C.f} re care package. Dr {B.l} to review bloods.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Patient history (as told to the nurse)

{A} is a 34-year-old woman who presented to A&E with her partner, {B}, after collapsing at work. She says she had not eaten since the previous evening. She has had three similar episodes this year. Her mother, {C}, has epilepsy.

{A.f} works as a hairdresser and lives with {B.f} and their two children. She does not drink or smoke.""",
    ),
    (
        "en",
        "A=m B=m C=f #cc=us",
        """INCIDENT REPORT

Date/time: {date} at approx. 2315 hrs
Reporting officer: Ofc. {B}

At approximately 2315 hrs I responded to a report of a disturbance in the parking lot of the Quik Stop at Route 9. On arrival I observed a male, later identified as {A} (DOB {DOB:1975-2000}), shouting at the store clerk, {C}.

{A.l} stated that the clerk had refused to sell him beer. {C.l} stated that {A.l} appeared intoxicated and had pushed a display rack onto the floor. I requested {A.l}'s identification; he produced a driver's license, number {DL}, with an address of {ADDR}.

{A.l} was cited for disorderly conduct and released to a sober friend. Store video retained.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Witness statement

My name is {A}. I live at {ADDR}. I am making this statement about what I saw on the evening of {date}.

At about 9pm I was putting my bins out when I heard a car horn and then a loud bang. I looked up and saw a silver hatchback had hit the wall of number 14. The driver, a man I now know to be {B}, got out and walked away quickly towards the park.

My neighbour {C} came out and we checked that nobody was hurt. I then called 999 from my mobile, {PHONE}.

I am willing to attend court if required.

Signed: {A}""",
    ),
    (
        "en",
        "A=m B=f",
        """Police report — theft from motor vehicle

Victim: {B}, {ADDR}. Ms {B.l} reports that between 22:00 on {date} and 07:00 the following morning, her car was broken into while parked outside her home. A laptop bag containing her work laptop and her passport ({PASS}) was taken.

Neighbour {A} reports seeing a young male "trying door handles" at around 02:00 but did not get a clear look at his face. CCTV enquiries ongoing.""",
    ),
    (
        "en",
        "A=m B=m C=f #cc=gb",
        """Collision report

At 16:40 a blue Ford Transit driven by {A} pulled out of Mill Lane onto the B4021 into the path of a motorcycle ridden by {B}. {B.l} was thrown from the motorcycle and sustained a fractured wrist.

{A.l} told officers he "didn't see the bike". His driving licence ({DL}) was checked and found valid. A witness, {C}, who was driving behind the motorcycle, estimated its speed at around 40mph.

Both vehicles recovered. Report filed for consideration of careless driving.""",
    ),
    (
        "en",
        "A=f B=m C=m",
        """Claim narrative — home insurance

On the night of {date} a storm brought down the large oak tree at the bottom of our garden. It fell across the fence onto our neighbour's garage. Nobody was hurt.

Our neighbour, {B}, says the garage roof is damaged and his car inside has a dented bonnet. Our policyholder details: {A}, {ADDR}. Phone: {PHONE}. My husband {C.f} took photos the following morning, which I have attached.

We would like the tree removed as soon as possible as it is blocking the access lane.""",
    ),
    (
        "en",
        "A=m B=f",
        """Motor claim — description of incident

I was stationary at the lights on Kingsway when the car behind me, driven by {B}, hit the back of my car. She apologised and said her foot slipped off the brake. We exchanged details at the scene. Her phone number is {PHONE}.

My name is {A} and my policy number is on the attached form. There is damage to my rear bumper and boot. I have had some neck pain since.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Travel insurance claim — supporting statement

On the third day of our holiday in Crete, my husband {B} slipped on wet tiles by the hotel pool and broke his ankle. He was taken to hospital in Heraklion, where he had surgery.

We had to extend our stay by six days. Our daughter {C} flew out to help. I am claiming for the extra hotel nights, her flight, and the medical costs not covered by his EHIC.

{A}
Policy holder""",
    ),
    (
        "en",
        "A=m B=f C=m D=f",
        """CONFIDENTIAL — HR investigation summary

Complainant: {B}
Respondent: {A}
Investigator: {C}

Ms {B.l} alleges that on several occasions between March and May, Mr {A.l} made comments about her appearance in team meetings and sent her messages on Teams late at night asking her to "come for a drink".

Mr {A.l} accepts sending the messages but says they were "friendly" and that he sent similar messages to other team members. Witness {D}, who sits opposite Ms {B.l}, confirmed hearing two of the comments.

Finding: The allegations of inappropriate comments are upheld. Recommendation: formal written warning and mandatory training.""",
    ),
    (
        "en",
        "A=f B=m C=m",
        """Investigation outcome — grievance raised by {A}

{A.f} raised a grievance about the allocation of overtime in the dispatch team. She believed that her supervisor, {B}, had been giving extra shifts to his friends.

Overtime records for the last six months were reviewed. They show that {C} received nearly three times as many overtime hours as any other team member. {B.l} explained that {C.l} was "the only one who ever says yes".

The grievance is partially upheld. A transparent rota will be introduced.""",
    ),
    (
        "en",
        "A=m B=f",
        """IT security note for HR

On {date} the account belonging to {A} was used to download the full customer list from the CRM at 23:48. The login came from IP address {IP}, which does not match any of our office ranges. The device MAC address on the VPN log was {MAC}.

When asked, {A.f} said he was working from his sister's house and needed the list for a client meeting. His manager, {B}, was not aware of any such meeting.

Account suspended pending investigation.""",
    ),
    (
        "en",
        "A=f B=m C=m D=f E=*",
        """JUDGMENT (extract)

1. The claimant, {A}, was employed by the respondent as a care assistant from {date:2018-2020} until her dismissal.

2. The claimant's case is that she was dismissed because she raised concerns about staffing levels on the night shift. The respondent, through its manager {B}, says she was dismissed for repeated lateness.

3. I heard evidence from the claimant, from Mr {B.l}, and from {C}, the deputy manager. I also read a statement from {D}, a former colleague of the claimant, who did not attend.

4. I found the claimant to be a straightforward and credible witness. Mr {B.l}'s evidence was, in places, inconsistent with the documents.

Employment Judge {E.l}""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Court report

At {city} Crown Court, {A}, 27, was found not guilty of assault occasioning actual bodily harm.

The prosecution had alleged that {A.l} punched {C} outside a nightclub in the early hours of New Year's Day. {A.l} said he had been acting in self-defence after {C.l} "came at him with a bottle".

The jury of seven women and five men took just under two hours to reach their verdict. Judge {B} thanked them for their careful attention.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Witness statement of {A}

I am the mother of {C}, who is 14. On {date} {C.f} came home from school crying and told me that a boy in her year, whose name I now know is {B}, had shared a photograph of her in the changing rooms on a group chat.

I went to the school the next morning and spoke to the head of year. I have kept screenshots, which I have given to the police.

I believe the facts in this statement are true.""",
    ),
    (
        "en",
        "A=m B=m C=f",
        """Summary of the tenancy tribunal decision

The tenant, {A}, applied for an order that the landlord, {B}, carry out repairs to the property at {ADDR}. The tenant gave evidence that the bathroom ceiling has leaked since the previous winter and that black mould has spread to the children's bedroom.

The landlord did not attend. His letting agent, {C}, said that contractors had been "unable to gain access".

The tribunal finds that the repairs have not been carried out and orders the landlord to complete them within 28 days.""",
    ),
    (
        "en",
        "A=f B=f",
        """End of term report — {A}, Year 4

{A.f} has had a wonderful term. She has grown in confidence in maths and now explains her methods clearly to her group. Her reading is fluent and she especially enjoyed our class novel. She sometimes needs reminding to let others speak during carpet time!

{A.f} is kind and inclusive, and she was a great help to a new pupil who joined us in October.

Next steps: practise times tables at home; take more care with handwriting.

Class teacher: {B}""",
    ),
    (
        "en",
        "A=m B=m",
        """Pupil report — {A}, Year 9, Science

{A.f} is a capable scientist when he is focused. His practical work is careful and his write-up of the enzymes experiment was one of the best in the class. However, homework has been handed in late on four occasions and he is easily distracted by those around him.

If {A.f} can get his organisation sorted, he has the potential to achieve a grade 7 or above.

{B.i}, Head of Science""",
    ),
    (
        "en",
        "A=f B=f C=m",
        """Learning support note

{A} (Year 2) continues to find phonics difficult and was assessed by the educational psychologist, {B}, on {date}. The report suggests a possible specific learning difficulty and recommends daily small-group reading.

Mum ({C.l} family — contact via dad, {C}) has been informed and is supportive.""",
    ),
    (
        "en",
        "A=f B=f C=m",
        """Daily care notes — Room 12

07:30 {A.n} awake and chatty. Helped with wash and dressing. Chose her blue cardigan. Ate porridge and half a banana.
10:00 Joined the music session. Sang along to "We'll Meet Again" and told {B.f} about dancing with her husband at the Palais.
12:30 Lunch: small portion of fish pie. Encouraged with fluids — 400ml so far.
15:00 Son {C} visited. {A.f} was tearful after he left and asked when she could go home. Reassured.
19:30 Settled in bed. Night staff informed of reduced fluid intake.
Signed: {B}""",
    ),
    (
        "en",
        "A=m B=f",
        """Night report, Oak Unit

Mr {A.l} was restless from about 01:00 and walking the corridor looking for "the bus to work". {B} sat with him in the lounge with a cup of tea and he settled by 02:30. No falls. Slept until 06:15. Please let his daughter know, as she asked to be told about any bad nights.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Care plan review — {A}

Present: {A}, her son {B}, key worker {C}.

{A.f} says she likes her room but misses her garden. She would like to go outside more. {B.f} asked whether his mother could have a raised planter on the patio. {C.f} will ask the manager.

{A.f}'s weight is stable. She has had one fall this month (no injury). She prefers to be called "{A.n}".""",
    ),
    (
        "en",
        "A=m B=f C=m #cc=us",
        """Probation progress note

Client: {A}, DOB {DOB:1980-2000}
Officer: {B}

{A.f} reported as scheduled. He remains employed at the auto shop on Route 17 and his employer, {C}, confirmed by phone that attendance has been good. Urine screen negative. {A.f} asked about early termination of supervision; advised he is eligible to apply after 18 months.

Next appointment in 30 days.""",
    ),
    (
        "en",
        "A=f B=m C=f #cc=us",
        """Intake notes — Legal Aid Clinic

Client {A} came in about an eviction notice. She has lived at {ADDR} for six years with her two children. The landlord, {B}, served a 14-day notice after she withheld rent because the heating had not worked since November.

She brought photos and text messages. Her SSN is {SSN} (needed for the fee waiver). Her sister, {C}, came with her to help translate.

Next steps: file answer with the court; request inspection from the city.""",
    ),
    (
        "en",
        "A=m B=f #cc=us",
        """Tax clinic case summary

{A} is a self-employed landscaper who has not filed for three years. He does not have a Social Security number and files with ITIN {ITIN}. He lives with his partner, {B}, and their two US-born children. {B.f} brought the 1099s and a shoebox of receipts.

We prepared returns for the last two years and explained the estimated payment schedule.""",
    ),
    (
        "en",
        "A=f B=m C=f #cc=gb",
        """Immigration case summary

Our client, {A}, arrived in the UK in {year:2015-2020} on a student visa and later applied for leave to remain as the spouse of a British citizen, {B}. Her passport number is {PASS:ng}.

The Home Office refused the application on the basis that the couple had not shown they lived together. We have since obtained council tax bills, a joint tenancy agreement for {ADDR}, and a witness statement from their landlord, {C}.

We intend to appeal.""",
    ),
    (
        "en",
        "A=m B=f #cc=us",
        """Asylum interview notes (summary)

The applicant, {A}, states he left his home town after his brother was detained by security forces. He travelled overland for four months. He states his passport ({PASS:ir}) was taken by the smuggler and never returned.

His cousin, {B}, lives in Houston and has offered him accommodation. The applicant was calm and consistent throughout.""",
    ),
]

# ------------------------------------------------------------- English: family
TEMPLATES += [
    (
        "en",
        "A=m B=f C=m^A D=f^A E=m^A",
        """The {A.l} family of {city}

{A} was born in {year:1890-1905}, the third son of a blacksmith. He married {B} in {year:1920-1928} at the parish church, and the couple had three children: {C.f} (b. {year:1925-1929}), {D.f} (b. {year:1930-1932}) and {E.f} (b. {year:1933-1936}).

{C.f} emigrated to Canada after the war and lost touch with the family. {D.f} married a schoolteacher and moved south. {E.f} stayed in the village and took over the forge, which he ran until it closed in 1971.

{B.f} outlived her husband by 22 years and is buried beside him in the churchyard.""",
    ),
    (
        "en",
        "A=f B=m C=f D=m E=f",
        """Family tree notes — Mum's side

Great-grandmother: {A} (née {C.l}), born {DOB:1901-1912}, died 1989. Married {B} in 1931. Four children.

I think {A.f}'s sister was {C}, who ran a boarding house in Blackpool — Auntie {E.f} says she "had a reputation". Need to check the 1939 Register.

Grandad {D} was the youngest. He was born in the front bedroom during an air raid, or so the story goes.""",
    ),
    (
        "en",
        "A=m B=f C=m D=f",
        """Genealogy research summary for client

Subject: {A} (c. 1868–1931)

The earliest confirmed record is {A.f}'s marriage in 1891 to {B}, a domestic servant. The marriage certificate lists his father as {C}, "labourer". The 1901 census shows the couple living in a court off Scotland Road with three children.

We could not find a baptism record for {A.f}. His age varies by up to four years between census returns, which is not unusual for the period. A possible Irish origin is suggested by the name of his eldest daughter, {D.f}, and by the witness at the wedding.

Recommended next steps: search Catholic parish registers in Liverpool; check Irish civil records for 1864–1870.""",
    ),
    (
        "en",
        "A=f B=m C=m D=f",
        """Our family history (draft for the reunion booklet)

Grandma {A} came to England in {year:1956-1962} on a ship from Kingston. She had a nursing qualification that the hospital here refused to recognise, so she retrained and became a ward sister within ten years.

She married Grandpa {B} in {year:1960-1965}. He worked on the buses for 32 years and never once drove a car. Their children, {C.f} and {D.f}, grew up in a terraced house in Handsworth where there was always a pot of something on the stove.

If anyone has photographs from the early years, please send them to {D.f} by the end of the month.""",
    ),
    (
        "en",
        "A=m B=f C=m D=f",
        """Chapter 3 — The move

My father, {A}, arrived in {city} in the winter of {year:1970-1979} with forty pounds in his pocket and an address written on the back of a cigarette packet. The address belonged to his cousin {C}, who had promised him a bed and a job at the foundry.

The bed turned out to be a mattress in the kitchen. The job turned out to be real. Six months later he sent for my mother, {B}, and my elder sister {D}, who was two and screamed for the whole flight.

I was born the following year, in the same flat, with the same mattress still in the kitchen.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Eulogy for my grandmother

Thank you all for coming. Grandma — {A}, or {A.n} to almost everyone in this room — would have been delighted to see so many of you, and slightly annoyed that you'd all dressed up.

She was born in a village you could walk across in five minutes. She left school at fourteen, married Grandpa {B} at nineteen and buried him at sixty. In between she raised four children, fostered eleven more, and ran the church tea room with an iron fist.

When I was small, {A.n} taught me to play rummy and to lose gracefully. She was better at the first than the second. My aunt {C} says that in sixty years she never once let anyone else wash up.

We'll miss you, Grandma.""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Eulogy — {A}

I met {A.f} on our first day at secondary school. He had the wrong uniform, the wrong bag and the wrong accent, and within a week he had made friends with everyone.

He became a carpenter, a terrible footballer and the best father I know. His kids, {C.f} and his little girl, are here today, and I want them to know that their dad talked about them constantly — on building sites, in the pub, on the phone to me at midnight.

{B.f}, you were the love of his life. He told me so on the night you met, which was slightly awkward, because it was your engagement party to someone else.""",
    ),
    (
        "en",
        "A=f B=m C=m D=f E=m^C",
        """Dear friends and family,

What a year! As usual, it went by far too fast.

{A.f} finally retired from the library in June and has immediately filled every waking hour with choir, pottery and "helping" at the charity shop. {B.f}'s knee operation went well and he is back on the golf course, sadly for the other golfers.

{C.f} and his wife {D} had their second baby in September — a little boy called {E.f}. We are besotted. {C.f} still hasn't slept.

We spent two weeks in Cornwall in August, during which it rained for thirteen days.

Wishing you all a very happy Christmas and a peaceful new year.

Love from {A.f} and {B.f}""",
    ),
    (
        "en",
        "A=m B=f C=f D=m",
        """Christmas newsletter from the {A.l}s

Greetings from a very muddy {city}!

The big news: {C.f} passed her driving test at the fourth attempt and has already reversed into the gatepost. {D.f} started university in Leeds and calls home only when he needs money or a recipe.

{B.f} has been promoted to deputy head, which mostly means more meetings. {A.f} built a shed. It leans slightly. We are not discussing it.

We hope to see many of you at the New Year's Day walk. Our number is still {PHONE} if you need to find us.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Story draft — "The Blue Bicycle"

Nana {A.f} always kept the blue bicycle in the shed, even after she stopped being able to ride it. When my cousin {C} asked why, she told us it had belonged to Grandad {B.f}, who had ridden it to her house every Sunday for two years before he dared to ask her out.

"Two years!" {C.f} said. "Why so long?"

"He was shy," Nana said. "And I was busy."

(note to self: ask Mum if this is actually true or if Nana made it up)""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Memoir notes — summer 1989

That was the summer {C} and I built a raft out of pallets and oil drums and launched it on the reservoir. It sank in about four minutes. {C.f}'s dad, {A}, had to wade in up to his chest to rescue us, still wearing his work boots.

Mum ({B}) grounded me for a fortnight. {C.f}'s dad just laughed and said it was the most fun he'd had since the war.""",
    ),
    (
        "en",
        "A=f B=m C=f D=m E=f",
        """Hi Auntie {A.f},

I'm doing a school project on our family history and Mum said you're the one who knows everything. Can you tell me:

1. When did Great-Grandad {B} come to England, and why?
2. Is it true that Great-Grandma {C} was a singer?
3. What was Grandpa {D.f} like when he was my age?

Thank you!! Mum says you can email me at {EMAIL} or ring the house.

Love from {E.f}""",
    ),
    (
        "en",
        "A=m B=f C=m^A D=f^A",
        """From the parish register, transcribed:

Baptism, 14 March 1847. {C.f}, son of {A} and {B}, of Low Row, farmer.
Baptism, 2 June 1849. {D.f}, daughter of {A} and {B}, of Low Row, farmer.

Note: the 1851 census shows {A.f} as a widower, so {B.f} must have died between 1849 and 1851. No burial yet found.""",
    ),
    (
        "en",
        "A=f B=m C=f D=m",
        """Reading at Mum's funeral (final version)

Our mum, {A}, was many things: a dinner lady, a magistrate, a fierce Scrabble player and the worst driver in Yorkshire. She was married to Dad, {B}, for 51 years, and she never let him forget that she'd turned him down twice.

She loved us — me, {C}, and my brother {D} — loudly and without conditions, and she loved her grandchildren even more loudly.

Mum, you told us not to make a fuss. Sorry.""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Letter found in Grandad's desk (transcribed)

My dearest {B.f},

I am writing this from the ship. The sea has been rough for three days and half the men are sick, but I am well. They say we will land within the week.

Tell {C.f} to mind his mother and to keep up with his schooling. I will bring him a proper football when I come home.

All my love, always,
{A.f}""",
    ),
    (
        "en",
        "A=f B=m",
        """Family recipe book — Gran's lemon drizzle

This is the cake {A} made for every birthday, christening and funeral for sixty years. The handwriting on the card is hers; the grease stains are mine. She got the recipe from her neighbour, {B}, who got it "from a magazine", although {A.f} always claimed she had improved it.""",
    ),
    (
        "en",
        "A=m B=m C=f",
        """Reunion invitation

The descendants of {A} and {C} are invited to a family reunion on {date:2025-2026} at the Scout hut in {city}. Bring a dish to share and any old photos!

If you are a descendant of their sons, {B.f} or the twins, please get in touch with {B} — we're still trying to trace the Australian branch. Email {EMAIL:B}.""",
    ),
    (
        "en",
        "A=f B=f C=m",
        """Dear Mrs {A.l},

My name is {B} and I believe we may be related. I have been researching my family tree and have found that my great-grandfather, {C}, had a sister who married into the {A.l} family in {city} around 1910. I noticed your post on the genealogy forum.

I would love to compare notes. I can be reached at {EMAIL:B} or {PHONE}.

Best wishes,
{B.f}""",
    ),
    (
        "en",
        "A=m B=f C=f",
        """Dad's 80th — speech notes

- Born {DOB:1943-1946}, youngest of five
- Left school at 15, apprenticed at the shipyard
- Met Mum ({B}) at the Locarno — she says he couldn't dance, he says she couldn't lead
- Three kids, two dogs, one disastrous caravan holiday in Wales (1983)
- Still does the crossword in pen
- Toast: to {A}, the most stubborn man in {city}!
- Don't forget to thank {C} for the cake""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Emails from my sister, {A}, collected for her memorial book

"Landed in Auckland. It's 30 degrees and I'm wearing a jumper. Tell {B.f} I said he was wrong about the weather."

"Met a woman called {C} on the ferry who knew Mum's cousin. Small world."

"Coming home in March. Don't tell Dad, I want to surprise him.\"""",
    ),
]

# ------------------------------------------------ English: academic, professional
TEMPLATES += [
    (
        "en",
        "A=f B=m C=f D=m E=f",
        """Acknowledgements

This thesis would not exist without my supervisor, {A}, who read every draft with more patience than it deserved. I am also grateful to {B} for his help with the field equipment, and to {C}, whose comments at my upgrade panel changed the direction of chapter four.

Fieldwork in the valley was only possible thanks to the hospitality of {D} and his family, who fed me, housed me and laughed at my attempts to speak their language.

Finally, thank you to {E}, who moved across the country with me and never once asked when I would be finished.""",
    ),
    (
        "en",
        "A=m B=f C=m D=f",
        """Acknowledgments. We thank {A} and {B} for technical assistance with the confocal microscopy, {C} for providing the knockout mouse line, and {D} for critical reading of the manuscript. This work was supported by a grant from the Wellcome Trust. The authors declare no competing interests.""",
    ),
    (
        "en",
        "A=f B=m C=f D=m",
        """Soil microbial diversity along an altitudinal gradient in the Central Andes

{A}¹, {B}¹,², {C}² and {D}¹*

¹ Department of Ecology, University of {city}
² Institute of Soil Science, Universidad Mayor de San Andrés, La Paz

* Corresponding author: {EMAIL:D}

Abstract. We sampled soils at 14 sites between 2,800 and 4,900 m a.s.l. ...""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Author contributions: {A.i} conceived the study. {B.i} and {C.i} collected the data. {A.i} and {B.i} wrote the first draft. All authors revised and approved the final manuscript.""",
    ),
    (
        "en",
        "A=f B=m C=f D=m",
        """Project board — minutes

Date: {date}
Attendees: {A} (chair), {B}, {C}, {D}
Apologies: none

1. Progress. {B.f} reported that the pilot sites are live in three of the four regions. The fourth has been delayed by a procurement issue.
2. Risks. {C.f} raised the risk that key staff may leave when the funding period ends. {A.f} will raise this with the funder.
3. Budget. Underspend of 8% on travel. {D.f} proposed moving it to the evaluation budget. Agreed.

Actions:
- {A.f}: email funder re staffing continuity (by Friday)
- {B.f}: update procurement timeline
- {D.f}: revised budget to finance

Next meeting in four weeks.""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Notes from the 1:1 with {A} — {date}

- {A.f} wants to move into product management within the next year. Discussed the APM programme.
- He's frustrated that {B} keeps reassigning his tickets without telling him. I'll talk to {B.f}.
- Holiday: 2 weeks in August, already approved by {C}.
- Follow-up: share the APM job description; book time with {C.f} to talk about the career ladder.""",
    ),
    (
        "en",
        "A=f B=m",
        """Grant progress report — Year 2

The Community Oral History project has now recorded 64 interviews with residents aged between 67 and 102. Highlights include the testimony of {A}, who worked as a "clippie" on the trams during the war, and of {B}, the last surviving member of the town's Caribbean cricket team of the 1960s.

Twelve volunteers have been trained in interviewing and transcription. The exhibition will open at the museum in the spring.""",
    ),
    (
        "en",
        "A=m B=f",
        """Interview write-up: {A}, site manager

{A.f} has been with the company for fourteen years. He described the main problem on the Hill Street site as "too many subcontractors and no one in charge of the diary". He praised the new health and safety lead, {B}, saying she was "the first person who has actually walked the site instead of sending emails".

When asked what he would change, he said: "Stop moving the goalposts. And fix the canteen kettle.\"""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Episode 47 — "Growing up between two languages" with {A}

This week I talk to {A}, a speech therapist and mother of three, about raising bilingual children. We talk about code-switching, grandparents, and why her youngest refuses to speak anything but Spanish to the dog.

Also in this episode: a listener question from {B} in Manchester, and a follow-up from last month's guest, {C}.

Links:
- {A.f}'s blog: mentioned in the episode
- Book recommendation: "The Bilingual Family"

Thanks to our producer, {B.f}, for the editing magic.""",
    ),
    (
        "en",
        "A=m B=f C=m D=f",
        """Show notes — The Long Run Podcast, Ep. 112

Guest: {A}, ultramarathon runner and GP.

00:00 Intro
03:15 How {A.f} got into running at 41 after a bet with his wife, {B}
18:40 The Spine Race: 268 miles, no sleep, one hallucinated badger
42:10 Running while working full-time
55:30 Listener questions (thanks {C} and {D}!)

Follow {A.f} on Instagram for training tips.""",
    ),
    (
        "en",
        "A=f B=f C=m D=f",
        """Book club notes — {date}

Book: "Small Things Like These"
Present: {A} (host), {B}, {C}, {D}

{A.f} loved the ending; {C.f} thought it was too abrupt. {B.f} said it made her think of her aunt who was in one of the laundries, and there was a long conversation about that. {D.f} brought lemon cake.

Next month: "Tomorrow, and Tomorrow, and Tomorrow", at {C.f}'s house.""",
    ),
    (
        "en",
        "A=m B=f C=f",
        """Conference panel summary

The session on urban heat was chaired by {B} and featured {A}, a climate modeller, and {C}, a housing officer from a London borough. {A.l} presented projections suggesting that the number of dangerously hot nights in the city could triple by 2050. {C.l} described the practical reality: tower blocks with windows that open only four inches and residents sleeping on balconies.

The discussion that followed was lively, with several questions about tree planting and who pays for it.""",
    ),
    (
        "en",
        "A=f B=m",
        """Dissertation feedback — {A}

Dear {A.f},

Thank you for submitting your draft. The literature review is thorough and well organised, and your interviews with the allotment holders are a real strength. I particularly liked the quotation from the man who described his plot as "the only place nobody asks me anything".

Please tighten the methodology chapter and make sure you have consent forms for all 12 participants.

Best,
{B}""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Minutes — Departmental Teaching Committee

Present: Prof. {A} (Chair), Dr {B}, Dr {C}, student reps (2).

Item 1: Module evaluations. Dr {B.l} reported that satisfaction with the second-year statistics module had risen after the switch to weekly quizzes.
Item 2: Exam scheduling. Student reps complained about three exams in two days. Dr {C.l} will raise with registry.
Item 3: AOB. Prof. {A.l} thanked Dr {B.l} for organising the open day.""",
    ),
    (
        "en",
        "A=f B=m",
        """Press release

{city} Community Trust today announced that {A} has been appointed as its new Chief Executive. {A.f} joins from a national homelessness charity, where she led the regional services team for six years.

Chair of Trustees {B} said: "{A.f} brings energy, experience and a clear commitment to the people we serve. We are delighted."

Media enquiries: {EMAIL:B}""",
    ),
    (
        "en",
        "A=m B=f",
        """Speaker introduction (for the MC)

Our next speaker needs very little introduction, but I'll give him one anyway. {A} has spent thirty years working with young offenders, first as a youth worker and now as director of a charity that has helped more than 4,000 young people into training and work. He was, in his own words, "a nightmare teenager", and he credits one teacher, {B}, with turning his life around. Please welcome {A.f}!""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Case study: apprenticeship success

When {A} left school with two GCSEs, she didn't think university was for her. Three years later, she is a qualified electrical engineer and has just been taken on permanently by the firm where she did her apprenticeship.

Her mentor, {B}, says she "asks the questions everyone else is too proud to ask". {A.f}'s mum, {C}, says she always knew her daughter would end up fixing things: "She took the toaster apart at the age of six.\"""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Retrospective — Sprint 42

What went well: The new deploy pipeline. {A} and {B} paired on it for most of the sprint and it cut deploy time from 40 minutes to 6.
What didn't: We underestimated the migration. {C} was stuck on data cleaning for four days.
Actions: {C.f} to write a runbook; {B.f} to demo the pipeline at Thursday's all-hands.""",
    ),
    (
        "en",
        "A=f B=m C=f D=m",
        """Thank you for attending the workshop!

A special thanks to our facilitators {A} and {B}, and to {C} for the fantastic lunch. If you'd like the slides, please email {D} at {EMAIL:D}.""",
    ),
    (
        "en",
        "A=m B=f",
        """Oral history transcript (excerpt)

INTERVIEWER: Can you tell me your name and where you grew up?
{A.u}: I'm {A}. I grew up on Dock Street, number 14, before they knocked it all down.
INTERVIEWER: And your mother?
{A.u}: My mother was {B}. She took in washing for the big houses on the hill. Her hands were always red, I remember that.""",
    ),
]

# ------------------------------------------------------------------ English: OCR
TEMPLATES += [
    (
        "en",
        "A=f B=m C=f #ocr",
        """{A.u}
Curriculum Vitae

Personal details
Address: {ADDR}   Tel: {PHONE}   Email: {EMAIL:A}

Experience
{year:2015-2019}–present   Senior Librarian, {city} Central Library. Responsible for the local studies collection, volunteer programme and digitisation of the parish registers.
{year:2008-2012}–{year:2013-2015}   Assistant Librarian. Worked closely with the archivist, {B}, on the cataloguing of the estate papers.

References
{C}, Head of Library Services""",
    ),
    (
        "en",
        "A=m B=f C=m #ocr",
        """THE PARISH MAGAZINE — WINTER ISSUE

From the Vicarage

Dear friends, as the nights draw in I want to thank everyone who helped with the harvest supper, and in particular {B}, who cooked for ninety people in a kitchen designed for six. Thanks also to {C} for the loan of his trestle tables, which have now been returned, mostly intact.

We said goodbye this autumn to {A}, churchwarden for twenty-two years, who has moved to be nearer his daughter. His quiet kindness will be much missed.

Yours in Christ, the Vicar""",
    ),
    (
        "en",
        "A=f B=m C=f #ocr",
        """REPORT OF THE INDEPENDENT REVIEW

3.4 The reviewer spoke to {A}, who was the duty social worker on the night in question. Ms {A.l} stated that she had received the call from the hospital at 21:40 and that she had tried to reach the family by telephone three times.

3.5 The reviewer also interviewed {B}, the team manager at the time, and {C}, a foster carer who had looked after the child previously. Both described the child as "settled" in the months before the incident.

3.6 The reviewer notes that the case file contained no record of the second home visit.""",
    ),
    (
        "en",
        "A=m B=f #ocr",
        """CERTIFICATE OF BAPTISM (transcription from scanned copy)

This is to certify that {A}, son of {B.l} and {B}, was baptised according to the rites of the Church on the {n:2-28}th day of May {year:1948-1962}. Date of birth: {DOB:1948-1962}. Sponsors: as recorded in the register.""",
    ),
    (
        "en",
        "A=f B=m C=m #ocr",
        """Minutes of the Annual General Meeting of the Harrowby Gardening Society, held in the Village Hall. The Chairman, {B}, welcomed members and thanked {A} for her many years as Secretary. Mrs {A.l} was presented with a bouquet and a voucher for the garden centre. The Treasurer, {C}, reported a surplus of £312 and proposed that subscriptions remain unchanged. This was agreed unanimously. The meeting closed with refreshments.""",
    ),
    (
        "en",
        "A=m B=f C=m D=f #ocr",
        """DISCHARGE LETTER    {A.u}    Hospital No. 44817230

Mr {A.l} is an {n:70-89}-year-old man admitted under the care of Dr {B} following a fall at home. He lives alone at {ADDR} and is independent with a stick. His son {C} lives nearby. CT head showed no acute abnormality. He was reviewed by physiotherapy and occupational therapy and a package of care has been arranged (two visits per day).

Medications on discharge unchanged. Please see attached list.

Dr {D}, FY1, for Dr {B.l}""",
    ),
    (
        "en",
        "A=f B=m #ocr",
        """Transcribed from a newspaper clipping (1968):

MISS {A.u} WEDS
The wedding took place on Saturday at St. Mark's of Miss {A}, only daughter of Mr. and Mrs. {A.l} of the Crescent, and Mr. {B}, son of Mr. and Mrs. {B.l} of Ferry Road. The bride, given away by her father, wore a gown of ivory satin. After a reception at the Royal Hotel the couple left for a honeymoon in Torquay.""",
    ),
    (
        "en",
        "A=m B=f C=m #ocr",
        """INQUEST INTO THE DEATH OF {A.u}

The coroner heard that Mr {A.l}, aged 58, had been found by his neighbour, {B}, on the morning of {date}. Mrs {B.l} told the inquest that she had become concerned when his curtains remained closed. The pathologist, Dr {C}, gave the cause of death as ischaemic heart disease. A conclusion of natural causes was recorded.""",
    ),
    (
        "en",
        "A=f B=m C=f D=m #ocr",
        """SCHOOL LOG BOOK — extract

Mon. Attendance poor owing to snow. {A} absent, mother reports measles. Fire lit at 8 a.m. by the caretaker, {B}.
Wed. Visit from the Inspector, who heard the upper standard read. Satisfied. Miss {C} unwell; her class taken by myself.
Fri. Prizes for regular attendance to {D} and {A}. School closed at noon for the Coronation holiday.""",
    ),
    (
        "en",
        "A=m B=f C=m #ocr",
        """REFERENCE
{A}
I have known the applicant for over ten years in my capacity as minister at Bethel Chapel, where he served as treasurer and organist. He is a man of integrity and kindness. During his wife {B}'s long illness he continued to fulfil all his duties without complaint. I commend him wholeheartedly.
Rev. {C}""",
    ),
    (
        "en",
        "A=f B=f C=m #ocr",
        """Tenancy Agreement — page 1 of 6

This agreement is made between {C} ("the Landlord") and {A} and {B} ("the Tenants") in respect of the property known as {ADDR} ("the Property").

The Tenants' contact telephone number is {PHONE}. The term of the tenancy shall be twelve months commencing on {date:2024-2025}. The rent shall be payable monthly in advance by standing order.""",
    ),
    (
        "en",
        "A=m B=f #ocr",
        """THE {A.u} COLLECTION: A NOTE ON PROVENANCE

The letters and photographs in this collection were donated to the archive in 2019 by {B}, the granddaughter of {A}. {A.l} was a ship's engineer who sailed with the merchant navy between 1936 and 1958. The collection includes 214 letters written to his wife, most of them from ports in West Africa and South America, and a small number of photographs taken with a Kodak Brownie.""",
    ),
]

# ------------------------------------------------- English: LLM requests / answers
TEMPLATES += [
    (
        "en",
        "A=f B=m C=f",
        """Can you summarise this for the newsletter? Keep it under 80 words.

{A} has run the youth club at St Luke's for fifteen years. This summer she is stepping back, and {B} will take over. {A.f} says she'll still come in on Fridays "to make sure he doesn't ruin it". Thank you also to {C}, who has done the accounts since 2011.
===
After fifteen years leading the St Luke's youth club, {A} is stepping back this summer, handing over to {B}. {A.f} will still drop in on Fridays to keep an eye on things. Thanks also go to {C}, who has kept the club's accounts since 2011.""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Extract the people and their roles from this text as JSON.

"The meeting was opened by {A}, the site director. {B} presented the safety figures, and {C} from the contractor side answered questions about the crane incident."
===
```json
[
  {{"name": "{A}", "role": "site director"}},
  {{"name": "{B}", "role": "presented the safety figures"}},
  {{"name": "{C}", "role": "contractor representative"}}
]
```""",
    ),
    (
        "en",
        "A=f B=m",
        """Fix grammar: me and {B.f} was going to the shops when {A.f} seen us and she said her mum were in hospital so we gived her a lift
===
{B.f} and I were going to the shops when {A.f} saw us. She said her mum was in hospital, so we gave her a lift.""",
    ),
    (
        "en",
        "A=m B=f C=f",
        """Here's a summary of the letter you shared:

- The writer, {A}, is complaining about noise from the flat above, where {B} lives.
- He says the problem started when {B.l}'s new partner moved in and has got worse since the summer.
- He has already spoken to the landlord, {C}, twice, with no result.
- He is asking the council to intervene.

Would you like me to draft a reply on behalf of the council?""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Based on the discharge summary you provided, here are the key points in plain English:

1. {A} was in hospital for five days with a chest infection.
2. She was given antibiotics through a drip, then tablets.
3. Her GP, Dr {B.l}, should see her within a week.
4. Her daughter {C} will stay with her for the first few days at home.

Let me know if you'd like this as a letter to the family.""",
    ),
    (
        "en",
        "A=m B=f",
        """Sure! Here's a more professional version of your email:

Dear {B.l},

Thank you for your message. I'm sorry to hear about the delay with your order. I have spoken to our warehouse team, and your parcel will be dispatched tomorrow by express delivery at no extra cost.

Kind regards,
{A}
Customer Service Team""",
    ),
    (
        "en",
        "A=f B=f C=m",
        """I've rewritten the obituary in a warmer tone:

{A}, known to everyone as "{A.n}", died peacefully last week at the age of 89. She filled her home with music, her garden with roses and her kitchen with anyone who needed feeding. She leaves behind her daughter {B}, her son {C}, and a great many friends who will miss her laugh.""",
    ),
    (
        "en",
        "A=m B=f C=m D=f",
        """Translate to German:

Dear neighbours, my name is {A} and I have just moved into number 7 with my wife {B} and our two children, {C.f} and {D.f}. We're looking forward to getting to know you!
===
Liebe Nachbarn, ich heiße {A} und bin gerade mit meiner Frau {B} und unseren beiden Kindern, {C.f} und {D.f}, in die Nummer 7 gezogen. Wir freuen uns darauf, Sie kennenzulernen!""",
    ),
    (
        "en",
        "A=f B=m",
        """Who is mentioned in this paragraph and how are they related?

"After the funeral, {A} went through her father's papers. Among them she found letters from {B}, a man she had never heard of, who signed himself 'your father's oldest friend'."
===
Two people are mentioned by name:
- {A} — the daughter of the man who died.
- {B} — a man unknown to {A.f} who describes himself as her father's oldest friend.
The father himself is not named.""",
    ),
    (
        "en",
        "A=m B=m C=f",
        """Here are five questions you could ask at the book club:

1. Why do you think {A.f} never told his brother the truth about the farm?
2. Was {B} right to leave the village, or was it cowardice?
3. How does {C.f}'s letter change the way we see the first half?
4. What role does the weather play in the story?
5. Did the ending feel earned?

(Note: assuming {A}, {B} and {C} are the characters in your book — let me know if I've mixed anyone up.)""",
    ),
    (
        "en",
        "A=f B=m",
        """Here's a draft LinkedIn post:

🎉 Big congratulations to {A}, who was promoted this week to Head of Data! {A.f} joined us as an intern six years ago and has built our analytics team from scratch. Proud to work alongside you. 👏

cc {B}""",
    ),
    (
        "en",
        "A=m B=f C=f",
        """Can you make this less angry?

{A.f}, I'm DONE. Third time this month you've parked across my drive. {B.f} couldn't get the car out for her hospital appointment. Next time I'm calling the council. — {C.f}
===
Hi {A.f}, I'm afraid your car was parked across our drive again today — the third time this month. {B.f} couldn't get out for her hospital appointment, which was really stressful. Could you please make sure the drive is kept clear? Thanks, {C.f}""",
    ),
    (
        "en",
        "A=f B=m C=m",
        """Summary of the witness statements:

Both witnesses agree that the argument began inside the pub and moved outside at around 11pm. {A} states that {B} threw the first punch; {C} says he did not see who started it but saw {B.l} on the ground afterwards. Neither witness mentions a weapon.""",
    ),
    (
        "en",
        "A=m B=f",
        """Your letter is mostly clear, but a few suggestions:
- In the first paragraph, "Me and {B.f}" should be "{B.f} and I".
- You mention {A} twice by full name; after the first time, "Mr {A.l}" is enough.
- The last sentence is quite long — consider splitting it.

Here is the corrected version of the opening: "{B.f} and I would like to thank Mr {A.l} for his help with the planning application.\"""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """TL;DR: {A} is suing her former employer, and the main witness, {B}, has changed his story. Her lawyer, {C}, thinks the case will settle before trial.""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Here's the timeline I pulled out of the documents:

- 1962: {A} is born in Glasgow.
- 1984: Marries {B}.
- 1986: Their son {C.f} is born.
- 1999: {A.f} starts the haulage business.
- 2017: The business is sold; {A.f} retires.
- 2023: {A.f} dies; {C.f} inherits the house.""",
    ),
    (
        "en",
        "A=f B=m",
        """Rewrite as a press release:

our volunteer {A.f} {A.l} just won volunteer of the year!! she's been doing the meals on wheels for 20 yrs. {B.f} our manager is so proud
===
FOR IMMEDIATE RELEASE

Long-serving volunteer {A} has been named Volunteer of the Year. {A.f} has delivered meals on wheels in the community for twenty years. Volunteer manager {B} said: "We are incredibly proud of {A.f} and everything she does for our clients.\"""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """{{"messages": [{{"role": "user", "content": "Who should I thank in my speech?"}}]}}

Reply draft:
You might thank {A} for organising the venue, {B} for the flowers and the seating plan, and {C} for stepping in as best man at the last minute.""",
    ),
]

# ------------------------------------------------- English: word-names, hard cases
TEMPLATES += [
    (
        "en",
        "A=f!Grace B=m",
        """There was a moment of silence before {B.f} said grace, and then {A} laughed because, as she pointed out, it was the first time in her life that anyone had said her name and meant a prayer. {A.f} has been catering the harvest supper for twelve years, always with grace under pressure.""",
    ),
    (
        "en",
        "A=f!Hope B=f",
        """Community centre brings hope to estate

When {A} opened the community centre in 2019, few people on the estate had much hope that it would last. Five years on, it runs a food bank, a homework club and a job club. "{A.f} never gave up," says volunteer {B}. "Even when the roof leaked, she just put buckets down.""",
    ),
    (
        "en",
        "A=f!Joy B=m",
        """{A} spreads joy at the children's ward

Every Thursday, retired teacher {A} visits the children's ward with a bag of books and a puppet called Mr Biscuit. "It's pure joy," says ward sister {B}. "The kids count down the days." {A.f} started visiting after her grandson spent three months on the ward in 2020.""",
    ),
    (
        "en",
        "A=f!Georgia B=m",
        """{A} grew up in Atlanta, Georgia, and moved to Tbilisi in 2021 to teach English. "People always laugh when I tell them I left Georgia for Georgia," she says. Her colleague {B} says {A.f} has picked up more Georgian in two years than he has in ten.""",
    ),
    (
        "en",
        "A=f!Florence B=m",
        """Last week {A} and her husband {B} flew to Florence for their 40th anniversary. It was the first time {A.f} had visited the city she was named after. "My mother had a postcard of the Duomo on the fridge," she says. "I finally understood why.\"""",
    ),
    (
        "en",
        "A=f!Victoria B=m C=f",
        """{A} met {B} on the platform at Victoria station in 1998, when he helped her carry a suitcase up the stairs. They now live in Victoria, British Columbia, with their daughter {C.f}. "It was obviously fate," {A.f} says. {B.f} says it was "obviously a very heavy suitcase\".""",
    ),
    (
        "en",
        "A=m!Sydney B=f",
        """Our new neighbour is called {A}, and yes, he was born in Sydney. {A.f} moved to {city} for work and says the weather is "character building". His wife {B} is a midwife at the General.""",
    ),
    (
        "en",
        "A=m!Jordan B=f",
        """{A} spent six months volunteering in a refugee camp in Jordan before starting medical school. {A.f} says the experience changed his mind about specialising: he now wants to work in emergency medicine. His mother, {B}, admits she "didn't sleep for six months\".""",
    ),
    (
        "en",
        "A=f!Paris B=m",
        """{A} has never been to Paris. "Everyone assumes I have," the 24-year-old nurse says. "My parents named me after a film, not the city." {A.f} and her boyfriend {B} are finally going in the spring — "mostly so I can stop having this conversation\".""",
    ),
    (
        "en",
        "A=m!Will B=f",
        """{A} never made a will, and that, his daughter {B} says, is why the family has spent three years in court. "Dad always said he would get round to it," {B.f} says. "He had the will to do everything except that." {A.f} died in 2021.""",
    ),
    (
        "en",
        "A=m!Mark B=f",
        """Please mark the date: {A} retires from the practice on the 30th. {A.f} has been our senior partner for 18 years. {B} is organising a collection — drop a note in the envelope on her desk and make your mark on the card.""",
    ),
    (
        "en",
        "A=m!Bill B=f",
        """The bill came to £340 and {A} insisted on paying it, as he always does. "{A.f} paid for every birthday dinner for thirty years," says his sister {B}. "He'd grab the bill before the waiter had put it down.\"""",
    ),
    (
        "en",
        "A=f!Faith B=m",
        """{A} lost faith in the justice system when the man who killed her son walked free. Now, four years later, {A.f} runs a support group for bereaved parents. Her MP, {B}, has called for a review of the case.""",
    ),
    (
        "en",
        "A=f!Summer B=f!Autumn",
        """Sisters {A} and {B} were born in the same year — {A.f} in January, {B.f} in December — and their parents clearly had a sense of humour. "Everyone asks if we have a brother called Winter," {A.f} says. This summer the pair will run the Great North Run together, raising money for the hospice that looked after their mother last autumn.""",
    ),
    (
        "en",
        "A=m!Rocky B=f",
        """{A} isn't a boxer, though people often ask. The 63-year-old tree surgeon got the nickname at school and it stuck. "My real name is on my passport and nowhere else," {A.f} says. His wife {B} calls him {A.f} too. The couple live at the foot of the Rocky Mountains, in a town of 900 people.""",
    ),
    (
        "en",
        "A=m!Sunny B=f",
        """It wasn't a sunny day for the village fete, but {A} kept everyone's spirits up on the tombola. {A.f}, 81, has run it since 1987. His wife, {B}, runs the cake stall opposite, and the two have been competing for takings for nearly four decades.""",
    ),
    (
        "en",
        "A=f!Rose B=m",
        """{A} grows more than 200 varieties of rose in her back garden and has just won the county show for the sixth time. "People assume I got into roses because of my name," {A.f} says. "Actually it was my husband, {B.f}. He planted the first one on our wedding day.\"""",
    ),
    (
        "en",
        "A=m!Lincoln B=f",
        """{A} was born in Lincoln, Nebraska, and says he has spent his whole life answering questions about Abraham Lincoln. He now teaches history at a high school in Omaha. His wife, {B}, teaches math down the hall.""",
    ),
    (
        "en",
        "A=f!April B=m",
        """{A} was born in May, which her family finds endlessly funny. In April she will run the London Marathon for the fourth time. Her coach, {B}, says she is "the most stubborn athlete I have ever worked with — in a good way\".""",
    ),
    (
        "en",
        "A=f!Precious B=m",
        """The precious cargo of the day was a 92-year-old war bride's wedding dress, carried down from the loft by her granddaughter, {A}. {A.f} wore the dress at her own wedding to {B} on Saturday.""",
    ),
    (
        "en",
        "A=m!:King B=f!:Baker C=m",
        """Local baker {B} has been crowned queen of the county show for the third year running, beating, among others, a man called {A}. "There were a lot of jokes about kings and bakers," {B.l} says. {A.l}, a retired policeman, took second place for his Victoria sponge. Judge {C} said it was "the closest contest in years\".""",
    ),
    (
        "en",
        "A=m!:Ford B=f",
        """{A} has driven a Ford all his life. "My grandfather bought a Model T, my father had a Cortina, and I've got a Fiesta," says {A.l}, 67, who is no relation to the car dynasty. "People still ask." His wife, {B}, drives a Toyota.""",
    ),
    (
        "en",
        "A=f B=m",
        """{A} was diagnosed with Parkinson's disease at 52. Three years later, she has just completed a 100-mile sponsored walk along the Thames Path with her brother {B}. "Parkinson's takes a lot of things from you," {A.f} says. "It hasn't taken my legs yet.\"""",
    ),
    (
        "en",
        "A=m B=f",
        """Living with Crohn's: {A.f}'s story

{A} was 19 when he was diagnosed with Crohn's disease. Now 34, he works as a pharmacist and volunteers for Crohn's & Colitis UK. His partner, {B}, says the hardest part is "the planning — knowing where every toilet in the city is".

{A.f} wants more employers to understand that invisible illnesses are still illnesses.""",
    ),
    (
        "en",
        "A=f B=f",
        """Dementia café celebrates fifth birthday

The dementia café at the Methodist church, set up by retired nurse {A} after her husband was diagnosed with Alzheimer's, celebrated its fifth birthday this month. "Alzheimer's is lonely for the carers as well," says {A.f}. Regular {B} comes every week with her mother. "It's the only place we both relax," she says.""",
    ),
    (
        "en",
        "A=m B=f",
        """{A} studied at the Marie Curie Institute before taking up his post at the hospice, which is partly funded by Marie Curie, the charity. He says he still gets letters addressed to "Dr Curie". His colleague {B} keeps them in a folder.""",
    ),
    (
        "en",
        "A=f B=m",
        """{A} teaches Shakespeare to sixth-formers, and this year her class staged Macbeth in the school car park. "Shakespeare wrote for people standing in the rain," she says. "We just recreated the conditions." Her head of department, {B}, played the Porter.""",
    ),
    (
        "en",
        "A=m B=f",
        """The Gandhi Road Community Library was the idea of {A}, a retired postman who lives at the end of the road. {A.f} started with a bookshelf in his front garden; the library now has 3,000 books and a reading group run by {B}. "Gandhi said be the change you want to see," he says. "I wanted to see more books.\"""",
    ),
    (
        "en",
        "A=f B=m",
        """Hurricane Helene flooded the basement of {A}'s bakery in Asheville last fall. With help from her cousin {B}, who drove down from Ohio with a truck full of pumps, {A.f} reopened in March.""",
    ),
    (
        "en",
        "A=m B=f",
        """{A} runs the Nelson Mandela Centre on Mandela Street, which opened in 1994. "People think I named it after him because of the street," {A.f} says. "It was the other way round. We campaigned to rename the street." His co-founder, {B}, is still on the board.""",
    ),
    (
        "en",
        "A=f B=m",
        """A tale of two Dells: {A} spent twenty years fixing Dell laptops at the university IT help desk. Her husband, {B}, runs a farm shop in the Dales that everyone locally calls "the dell" because it sits in a hollow. "We're a very Dell family," she says.""",
    ),
    (
        "en",
        "A=m B=f",
        """{A} was named after the Nobel Prize-winning physicist, but he is a plumber. "My dad really loved Einstein," he explains. His wife {B} says he has "the hair, but not the maths\".""",
    ),
]

# -------------------------------------- English: narratives with structured values
TEMPLATES += [
    (
        "en",
        "A=f B=m #cc=gb,ie",
        """Appeal for {A.f}'s family

As many of you know, our colleague {A} died suddenly last month, leaving her husband {B} and three young children. We are collecting money to help the family through the next few months.

If you would like to contribute, you can transfer directly to the family's account: {B}, IBAN {IBAN}. Please use the reference "{A.f}". Alternatively, there is an envelope in the staff room.

Thank you for your kindness.""",
    ),
    (
        "en",
        "A=m B=f #cc=de,nl,fr",
        """Hi all — as promised, here are the details for the leaving present for {A}. We're aiming for a weekend in the Lake District for him and {B}.

Please send whatever you can to my account: IBAN {IBAN} (Account holder: {B.f}'s sister, don't ask, long story). Deadline Friday!""",
    ),
    (
        "en",
        "A=f B=m",
        """Wedding gift information

We're lucky enough to already have more toasters than we need! If you'd like to give a gift, a contribution to our honeymoon fund would mean the world to us.

Account name: {A} & {B}
IBAN: {IBAN:GB}

Love, {A.f} & {B.f}""",
    ),
    (
        "en",
        "A=m B=f",
        """Support {A.f}'s recovery

On {date}, {A} was hit by a car while cycling to work. He is now in rehabilitation and faces months without income. His partner {B} has set up this fundraiser to cover rent and physiotherapy.

Donations can be made by card on this page, or in crypto — {A.f} is a bit of a Bitcoin nerd — to {CRYPTO:btc}.

Thank you for sharing.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Statement to the bank — disputed transactions

My name is {A}. On {date} I noticed six transactions on my credit card ending in the full number {CARD} that I did not make, totalling £2,340. The card was in my possession the whole time.

I believe the details may have been taken when I booked a holiday through a website recommended by an acquaintance, {B}. My daughter, {C}, helped me go through the statements.

Please cancel the card and refund the transactions.""",
    ),
    (
        "en",
        "A=m B=f",
        """Message forwarded to me by Mum — can you help me figure out if this is a scam?

"Hi Mum it's {A.f}, I've dropped my phone in the bath and this is my new number. Can you pay this bill for me, I'll pay you back Friday. Card for the refund: {CARD}. Love you x"

Mum ({B}) nearly paid it. {A.f} definitely didn't send this.""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Safeguarding note — school IT

On {date}, a laptop assigned to Year 10 pupil {A} was used to access blocked websites during lesson time. The network log shows the device's MAC address as {MAC} and its IP on the school network as {IP}. The pupil's form tutor, {B}, has spoken to him and to his father, {C}.""",
    ),
    (
        "en",
        "A=f B=m",
        """Moderator report

The user {A.f}_{n:80-99} reported repeated harassment from another player in the game lobby over three weeks. Logs show that the messages came from an account registered to {B}, connecting from IP address {IP}. The same IP was used by two previously banned accounts.

Action: permanent ban; IP block for 90 days.""",
    ),
    (
        "en",
        "A=f B=m",
        """Deposit dispute — summary for the adjudicator

The tenant, {A}, paid a deposit of £1,150 to the landlord, {B}, at the start of the tenancy at {ADDR}. At the end of the tenancy the landlord retained £600 for "cleaning and redecoration".

{A.f} disputes the deduction and has supplied check-out photographs. She asks that the deposit be returned to her account, IBAN {IBAN:GB}.""",
    ),
    (
        "en",
        "A=f B=m #cc=us",
        """Au pair agreement — summary of terms

Host family: {B} and family, {ADDR}
Au pair: {A}, passport number {PASS:de}, date of birth {DOB:1998-2005}

The au pair will provide up to 30 hours of childcare per week. The host family will provide a private room, meals and a weekly stipend. Either party may end the agreement with two weeks' notice.""",
    ),
    (
        "en",
        "A=m B=f #cc=us",
        """From the notes of the volunteer tax preparer:

Client {A} brought his W-2 and his wife's. Her name is {B}, SSN {SSN}. His SSN {SSN}. Two dependents. He asked whether they can still claim his mother, who moved back to Guatemala in the spring. Explained the residency test.""",
    ),
    (
        "en",
        "A=f B=m",
        """Hey, it's {A.f}. I'm locked out of the family Netflix and Dad changed the password again. He says it's "{SECRET:pw}" but that doesn't work. Can you ask him? His email is {EMAIL:B}.""",
    ),
    (
        "en",
        "A=m B=f",
        """Handover notes — I'm off from tomorrow

- {B} is covering the Hartwell Foods account. Her number is {PHONE}.
- The shared drive password is {SECRET:pw} (please change after I'm back!).
- {A.f}'s leaving do is Thursday at the Crown.

Thanks all,
{A}""",
    ),
    (
        "en",
        "A=f B=m #cc=us",
        """Police report (summary): Identity theft

Complainant {A} reports that an unknown person opened two credit accounts in her name using her Social Security number ({SSN}) and her old address. She first learned of it when a collection agency called. She believes her ex-boyfriend, {B}, had access to her documents. Referred to the FTC identity theft portal.""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Letter of support for visa application

I, {B}, confirm that my brother {A} (passport {PASS:pk}) will stay with my family at {ADDR} during his visit from 1 to 28 August. I will cover all his expenses. My husband, {C}, and I are both in full-time employment. Please contact me on {PHONE} if you need anything further.""",
    ),
]

# ---------------------------------------------------- English: nothing to remove
TEMPLATES += [
    (
        "en",
        "#none",
        """The Ford Motor Company was founded in 1903 in Dearborn, Michigan. Its Model T, introduced in 1908, was the first car produced on a moving assembly line, and by the 1920s more than half of the cars on American roads were Fords. The company's {=blue oval|famous logo} has changed surprisingly little since then.""",
    ),
    (
        "en",
        "#none",
        """Parkinson's disease is a progressive condition of the nervous system. It is named after James Parkinson, the London surgeon who described it in 1817 in "An Essay on the Shaking Palsy". Symptoms include tremor, stiffness and slowness of movement. {=There is currently no cure|Treatment focuses on managing symptoms}.""",
    ),
    (
        "en",
        "#none",
        """Hooke's law states that the force needed to extend or compress a spring is proportional to the distance. It is named after Robert Hooke, a contemporary of Isaac Newton, with whom he famously {=quarrelled|did not get on}. The law holds only within the elastic limit of the material.""",
    ),
    (
        "en",
        "#none",
        """Victoria Station opened in 1860 and is now one of the busiest railway stations in London. Trains run to Brighton, Gatwick Airport and much of Kent and Sussex. The station is named after Victoria Street, which in turn was named after {=the queen|Queen Victoria}.""",
    ),
    (
        "en",
        "#none",
        """Hurricane Katrina made landfall in Louisiana on 29 August 2005. The storm surge breached the levees protecting New Orleans, and about 80% of the city was flooded. More than 1,800 people died. It remains one of the {=costliest|most destructive} natural disasters in US history.""",
    ),
    (
        "en",
        "#none",
        """The Nobel Prize was established by the will of Alfred Nobel, the Swedish chemist who invented dynamite. The first prizes were awarded in 1901. Today there are six categories, and the ceremony is held each December in {=Stockholm and Oslo|Stockholm, with the Peace Prize in Oslo}.""",
    ),
    (
        "en",
        "#none",
        """Dell Technologies was started by a university student selling computers from his dorm room in 1984. By selling direct to customers and building machines to order, the company grew into one of the world's largest PC makers. It is headquartered in Round Rock, Texas.""",
    ),
    (
        "en",
        "#none",
        """Visiting Florence: The Uffizi Gallery is best visited early in the morning, when the queues are shorter. Book tickets online. The Ponte Vecchio is lovely at sunset, and the view from Piazzale Michelangelo is worth the climb. {=Avoid August if you can|Bring comfortable shoes}.""",
    ),
    (
        "en",
        "#none",
        """Georgia is a country at the crossroads of Europe and Asia, bordered by Russia, Turkey, Armenia and Azerbaijan. Its capital is Tbilisi. Georgian has its own alphabet, one of only fourteen in use in the world. The country is known for its wine, which has been made in clay vessels called qvevri for {=8,000|thousands of} years.""",
    ),
    (
        "en",
        "#none",
        """Crohn's disease is a type of inflammatory bowel disease that can affect any part of the digestive tract. It is named after the American gastroenterologist Burrill Crohn, who described it in 1932 with two colleagues. Symptoms often come and go, with periods of remission.""",
    ),
    (
        "en",
        "#none",
        """The Sydney Opera House was designed by the Danish architect Jørn Utzon and opened in 1973. Its roof shells are covered in more than a million tiles. It became a UNESCO World Heritage Site in 2007 and hosts more than {=1,500|a thousand} performances a year.""",
    ),
    (
        "en",
        "#none",
        """Marie Curie was the first woman to win a Nobel Prize and remains the only person to have won Nobel Prizes in two different sciences. Her notebooks are still radioactive and are kept in lead-lined boxes at the Bibliothèque nationale in Paris. Visitors must sign a waiver to see them.""",
    ),
    (
        "en",
        "#none",
        """Our Lady of Hope Primary School will close early on Friday for staff training. The breakfast club will run as normal. Parents are reminded that the car park on Grace Street is for staff only. {=Thank you for your cooperation.|Have a lovely weekend.}""",
    ),
    (
        "en",
        "#none",
        """Shakespeare's Globe is a reconstruction of the open-air playhouse for which Shakespeare wrote many of his plays. It opened in 1997, about 230 metres from the site of the original theatre, which burned down in 1613 during a performance of Henry VIII when a cannon set fire to the thatched roof.""",
    ),
    (
        "en",
        "#none",
        """The Jordan River flows from the slopes of Mount Hermon to the Dead Sea, forming part of the border between Jordan and Israel. Much of its water is now diverted for irrigation, and the lower river is a fraction of its former size. {=Conservation groups|Environmental campaigners} have called for more water to be released.""",
    ),
    (
        "en",
        "#none",
        """Kellogg's Corn Flakes were invented in 1894 at the Battle Creek Sanitarium in Michigan. Today the company sells its cereals in more than 180 countries. In 2023 the cereal business was spun off as WK Kellogg Co, while the snacks business became Kellanova.""",
    ),
    (
        "en",
        "#none",
        """Mahatma Gandhi led India's non-violent struggle for independence from British rule. The Salt March of 1930, a 240-mile walk to the coast at Dandi, became one of the defining moments of the movement. His birthday, 2 October, is a national holiday in India and the International Day of Non-Violence.""",
    ),
    (
        "en",
        "#none",
        """Release notes, version {n:2-5}.{n:0-9}.{n:0-9}: Fixed a crash when exporting PDFs with embedded fonts. Improved search performance on large libraries. The Paris and Sydney time zones now display correctly in the calendar widget. Thanks to everyone who reported bugs on the forum.""",
    ),
    (
        "en",
        "#none",
        """Down syndrome is named after John Langdon Down, the British physician who described it in 1866. It is caused by an extra copy of chromosome 21. People with Down syndrome today have a life expectancy of around 60 years, compared with about 10 years in the 1920s.""",
    ),
    (
        "en",
        "#none",
        """The Queen Elizabeth Hospital in {city} has opened a new maternity unit with 24 single rooms. The unit, which cost £18 million, includes a midwife-led birth centre and a neonatal unit. Visiting hours are 9am to 9pm, and partners may stay overnight.""",
    ),
    (
        "en",
        "#none",
        """McDonald's opened its first restaurant in the Soviet Union in Moscow's Pushkin Square in January 1990. Around 30,000 people queued on the opening day. The restaurant was rebranded in 2022 after the company left Russia.""",
    ),
    (
        "en",
        "#none",
        """Tesla's Model Y was the best-selling car in the world in 2023, the first time an electric car had topped the global chart. The company is named after the inventor Nikola Tesla, who worked on alternating current systems in the late nineteenth century.""",
    ),
    (
        "en",
        "#none",
        """Winter opening times: The Rocky Mountain Visitor Centre is open daily from 9am to 4pm. Trail Ridge Road is closed from October to May. Summer shuttle services will resume {=in June|after Memorial Day}. Please check the website before travelling.""",
    ),
    (
        "en",
        "#none",
        """Newton's three laws of motion were published in 1687 in the Principia Mathematica. The first law states that an object at rest stays at rest unless acted on by a force. The second relates force to mass and acceleration, and the third says that every action has an equal and opposite reaction.""",
    ),
    (
        "en",
        "#none",
        """The Lincoln Memorial in Washington, D.C., was dedicated in 1922. The statue of the seated president is 19 feet tall and was carved from 28 blocks of Georgia white marble. Martin Luther King Jr. delivered his "I Have a Dream" speech from its steps in 1963.""",
    ),
    (
        "en",
        "#none",
        """Meeting notes — product team. Agreed to move the launch to Q3. Marketing will prepare the Summer campaign. Design will review the Joy and Hope colour palettes and choose one by Friday. Legal still needs to sign off the terms. No other business.""",
    ),
    (
        "en",
        "#none",
        """The Mayo Clinic was founded in Rochester, Minnesota, by a family of doctors in the 1880s after a tornado devastated the town. Today it employs more than 76,000 people across its campuses in Minnesota, Arizona and Florida, and is consistently ranked among the best hospitals in the United States.""",
    ),
    (
        "en",
        "#none",
        """Asperger syndrome was named after the Austrian paediatrician Hans Asperger. Since 2013 it is no longer a separate diagnosis in the DSM-5 and is instead included within autism spectrum disorder. Many people who were diagnosed before the change continue to use the term.""",
    ),
    (
        "en",
        "#none",
        """The Royal Mail ship Queen Mary sailed her maiden voyage from Southampton to New York in 1936. She is now permanently moored in Long Beach, California, where she operates as a hotel and museum. Guests can take a guided tour of the engine room and the art deco first-class lounges.""",
    ),
    (
        "en",
        "#none",
        """Dear customer, your order #{n:100000-999999} has been dispatched. It will be delivered by our courier between 8am and 6pm. If you are not home, the driver will leave a card with instructions. Track your parcel on our website. Thank you for shopping with us!""",
    ),
]

# ----------------------------------------------------------------------- German
TEMPLATES += [
    (
        "de",
        "A=f B=m C=f",
        """Rentnerin rettet Nachbarn aus brennender Wohnung

Großes Glück im Unglück hatte am Dienstagabend ein 84-jähriger Mann aus der Lindenstraße. Seine Nachbarin {A} (71) bemerkte Rauch im Treppenhaus, klingelte Sturm und zog {B} schließlich aus der verqualmten Küche.

„Ich habe gar nicht nachgedacht“, sagt {A.f}. Herr {B.l} kam mit einer leichten Rauchvergiftung ins Klinikum, konnte aber am nächsten Tag wieder nach Hause. Seine Tochter {C} bedankte sich über die Zeitung: „Ohne Frau {A.l} wäre mein Vater heute nicht mehr da.“""",
    ),
    (
        "de",
        "A=m B=f C=m^A D=f",
        """In Liebe und Dankbarkeit nehmen wir Abschied von

{A.u}
* {DOB:1932-1945}   † {date:2023-2025}

Du hast gekämpft und doch verloren.

In stiller Trauer
{B}
{C} mit Familie
{D}

Die Trauerfeier findet am Freitag um 13 Uhr in der Friedhofskapelle {city} statt. Anstelle von Blumen bitten wir um eine Spende an den Hospizverein.""",
    ),
    (
        "de",
        "A=f B=m",
        """Wir haben geheiratet!

{A} & {B}
{date:2024-2025}, Standesamt {city}

Danke an alle, die diesen Tag mit uns gefeiert haben – und besonders an {A.f~g} Oma, die um zwei Uhr nachts noch auf dem Tisch getanzt hat.""",
    ),
    (
        "de",
        "A=m B=f C=m",
        """Arbeitszeugnis

Herr {A}, geboren am {DOB:1975-1995} in {city}, war vom {date:2015-2018} bis zum {date:2023-2024} in unserem Unternehmen als Sachbearbeiter in der Kreditorenbuchhaltung tätig.

Herr {A.l} erledigte die ihm übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. Er verfügt über ein umfassendes Fachwissen, das er jederzeit sicher und gewinnbringend einsetzte. Sein Verhalten gegenüber Vorgesetzten und Kollegen war stets einwandfrei.

Herr {A.l} verlässt uns auf eigenen Wunsch. Wir bedauern seine Entscheidung sehr und wünschen ihm für seine berufliche und private Zukunft alles Gute.

{B}, Leiterin Finanzen
{C}, Geschäftsführer""",
    ),
    (
        "de",
        "A=f B=m C=f D=m",
        """Protokoll der Mitgliederversammlung des TSV Blau-Weiß e. V.

Anwesend: 38 Mitglieder. Versammlungsleitung: {B} (1. Vorsitzender). Protokoll: {A}.

TOP 1: Bericht des Vorstands. {B.l} berichtet über die Sanierung des Vereinsheims. Die Kosten liegen mit 42.000 Euro im Rahmen.
TOP 2: Kassenbericht. Kassenwartin {C} legt den Bericht vor. Die Kassenprüfer bestätigen eine einwandfreie Kassenführung.
TOP 3: Ehrungen. {D} wird für 50 Jahre Mitgliedschaft geehrt. Er erhält die goldene Vereinsnadel.
TOP 4: Verschiedenes. {A.f} erinnert an das Sommerfest im Juli.

Ende der Versammlung: 21:40 Uhr.""",
    ),
    (
        "de",
        "A=m B=f C=m",
        """Arztbrief

Sehr geehrte Frau Kollegin {B.l},

wir berichten über Ihren Patienten Herrn {A}, geb. {DOB:1940-1960}, wohnhaft {ADDR}, der sich vom {date:2024-2025} bis zum {date:2024-2025} in unserer stationären Behandlung befand.

Diagnosen: Ambulant erworbene Pneumonie rechts basal; Diabetes mellitus Typ 2; arterielle Hypertonie.

Herr {A.l} wurde mit Fieber und Luftnot über die Notaufnahme aufgenommen. Unter intravenöser Antibiose besserte sich der Zustand rasch. Die Ehefrau des Patienten berichtet über zunehmende Vergesslichkeit; wir empfehlen eine ambulante neurologische Abklärung.

Mit freundlichen kollegialen Grüßen
Dr. med. {C}, Oberarzt""",
    ),
    (
        "de",
        "A=m B=m C=f",
        """Polizeibericht: Verkehrsunfall auf der B27

Am Sonntagmorgen gegen 7:30 Uhr kam es auf der B27 zwischen {city} und Waldhausen zu einem Auffahrunfall. Ein 43-jähriger Autofahrer, {A}, bemerkte zu spät, dass der vor ihm fahrende {B} verkehrsbedingt bremsen musste. Beide Fahrer blieben unverletzt; die Beifahrerin des 43-Jährigen, {C}, wurde mit leichten Verletzungen ins Krankenhaus gebracht. Es entstand ein Sachschaden von etwa 12.000 Euro.""",
    ),
    (
        "de",
        "A=f B=m",
        """Schadenmeldung Hausrat

Am {date} wurde in unsere Wohnung eingebrochen. Entwendet wurden ein Laptop, Schmuck meiner verstorbenen Mutter und ca. 300 Euro Bargeld. Die Polizei war vor Ort (Aktenzeichen liegt vor).

Versicherungsnehmerin: {A}
Anschrift: {ADDR}
Telefon: {PHONE}
Bankverbindung für die Erstattung: {IBAN}

Mein Mann {B.f} hat am Abend noch gesehen, dass das Kellerfenster offen stand, sich aber nichts dabei gedacht.""",
    ),
    (
        "de",
        "A=m B=f C=m D=f",
        """Aus der Familienchronik

Urgroßvater {A} kam 1921 als Bergmann aus Schlesien ins Ruhrgebiet. Er heiratete 1924 {B}, die Tochter eines Gastwirts aus Wanne-Eickel. Das Paar bekam vier Kinder, von denen zwei den Krieg nicht überlebten.

{A.f~g} ältester Sohn {C} übernahm später die Gaststätte. Seine Schwester {D} wanderte 1956 nach Kanada aus; der Kontakt brach in den Siebzigerjahren ab. Wer etwas über ihren Verbleib weiß, möge sich bitte bei mir melden.""",
    ),
    (
        "de",
        "A=f B=m C=f D=m",
        """Liebe Freunde und Verwandte,

schon wieder ist ein Jahr vorbei! Bei uns war einiges los: {A.f} hat im Frühjahr ihre Meisterprüfung bestanden, und {B.f} hat endlich den Dachboden ausgebaut (nach nur sieben Jahren Planung).

{C.f} ist im September zum Studium nach Freiburg gezogen und ruft erstaunlich oft an – meistens, wenn die Waschmaschine streikt. {D.f} hat mit dem Schlagzeugspielen angefangen. Die Nachbarn grüßen herzlich.

Wir wünschen euch frohe Weihnachten und ein gesundes neues Jahr!

Eure {A.f} und {B.f}""",
    ),
    (
        "de",
        "A=m B=f",
        """Nachruf

Mit großer Trauer haben wir erfahren, dass unser langjähriger Kollege {A} im Alter von 63 Jahren verstorben ist. {A.f} war über 30 Jahre Teil unseres Teams in der Werkstatt. Seine Ruhe, sein trockener Humor und seine Hilfsbereitschaft werden uns fehlen.

Unser Mitgefühl gilt seiner Frau {B} und der ganzen Familie.

Geschäftsleitung und Belegschaft""",
    ),
    (
        "de",
        "A=f B=m C=m",
        """Elternbrief Klasse 3b

Liebe Eltern,

am Freitag findet unser Ausflug in den Tierpark statt. Treffpunkt ist um 8:00 Uhr am Haupteingang der Schule. Bitte geben Sie Ihrem Kind ein Lunchpaket und wetterfeste Kleidung mit.

Begleitet werden wir von Frau {A} und Herrn {B} – vielen Dank für die Unterstützung! Falls Ihr Kind Allergien hat, sagen Sie bitte vorher Bescheid.

Herzliche Grüße
{C}, Klassenlehrer""",
    ),
    (
        "de",
        "A=m B=f",
        """Leserbrief

Zum Artikel „Spielplatz am Mühlbach wird geschlossen“: Ich wohne seit 40 Jahren in der Nachbarschaft und habe dort schon mit meinen eigenen Kindern gespielt. Dass die Stadt nun kein Geld für neue Geräte hat, kann ich nicht glauben. Frau {B} vom Bauamt hat uns noch im Frühjahr etwas anderes versprochen.

{A}, {city}""",
    ),
    (
        "de",
        "A=f B=f C=m",
        """Laudatio für {A}

Liebe {A.f}, liebe Gäste,

als {A.f} vor 25 Jahren bei uns in der Bücherei anfing, gab es noch Karteikarten und einen Stempel. Heute organisiert sie Lesungen, Sprachcafés und die Hausaufgabenhilfe – und kennt nebenbei jedes Kind im Viertel mit Namen.

{B}, die mit ihr seit Jahren das Sprachcafé leitet, sagt: „Ohne {A.f} wäre das hier nur ein Raum mit Regalen.“ Dem ist nichts hinzuzufügen.

{C}, Bürgermeister""",
    ),
    (
        "de",
        "A=m B=f",
        """Bewerbung als Pflegefachkraft

Sehr geehrte Frau {B.l},

mit großem Interesse habe ich Ihre Stellenanzeige gelesen. Ich bin examinierter Altenpfleger und arbeite seit sechs Jahren in einer Einrichtung in {city}. Besonders wichtig ist mir ein respektvoller Umgang mit den Bewohnerinnen und Bewohnern.

Über eine Einladung zu einem persönlichen Gespräch freue ich mich.

Mit freundlichen Grüßen
{A}
{ADDR}
{PHONE} · {EMAIL:A}""",
    ),
    (
        "de",
        "A=f B=m C=f",
        """Gesprächsnotiz Jugendamt

Hausbesuch bei Frau {A} am {date}. Anwesend: Frau {A.l}, ihr Lebensgefährte {B}, die Tochter {C.f} (6 J.).

Die Wohnung war aufgeräumt. Frau {A.l} berichtete, dass sie die Nachtschichten aufgegeben habe und nun vormittags arbeite. {C.f} wirkte fröhlich und zeigte stolz ihr Zimmer. Herr {B.l} äußerte sich kaum.

Vereinbarung: Fortsetzung der Familienhilfe; nächster Termin in vier Wochen.""",
    ),
    (
        "de",
        "A=m B=m C=f",
        """Spielbericht: SV Eintracht – FC Rot-Weiß 2:2

In einer packenden Partie trennten sich die beiden Tabellennachbarn unentschieden. {A} brachte die Gastgeber in der 12. Minute in Führung, doch Rot-Weiß drehte das Spiel durch einen Doppelpack von {B}. In der Nachspielzeit war es wieder {A.l}, der per Kopf zum verdienten Ausgleich traf.

Trainerin {C} war zufrieden: „Die Moral stimmt.“""",
    ),
    (
        "de",
        "A=f B=m",
        """Hallo {B.f},

kannst du bitte noch mal über den Text für {A.f~g} Abschiedskarte schauen? Ich habe geschrieben: „Liebe {A.f}, 18 Jahre, drei Chefs und unzählige Kaffeemaschinen – danke für alles! Wir werden dich vermissen.“ Ist das zu kitschig?

LG""",
    ),
    (
        "de",
        "A=m B=f C=m",
        """Zeugenaussage (Zusammenfassung)

Die Zeugin {B} gab an, am Abend des {date} gegen 22 Uhr aus ihrem Fenster in der {ADDR} beobachtet zu haben, wie ein Mann, den sie als {A} erkannte, an dem Fahrrad ihres Nachbarn {C} hantierte. Sie sei sich sicher, da sie Herrn {A.l} seit Jahren aus dem Haus kenne.""",
    ),
    (
        "de",
        "A=f B=m",
        """Sehr geehrte Damen und Herren,

hiermit kündige ich den Mietvertrag für die Wohnung {ADDR} fristgerecht zum Ende des übernächsten Monats. Bitte überweisen Sie die Kaution auf mein Konto bei der Sparkasse, IBAN {IBAN:DE}.

Für die Wohnungsübergabe erreichen Sie mich oder meinen Mann {B} unter {PHONE}.

Mit freundlichen Grüßen
{A}""",
    ),
    (
        "de",
        "#none",
        """Die Parkinson-Krankheit wurde nach dem Londoner Arzt James Parkinson benannt, der sie 1817 erstmals beschrieb. In Deutschland sind schätzungsweise 400.000 Menschen betroffen. Die Deutsche Parkinson Vereinigung bietet {=Selbsthilfegruppen|Beratung} in allen Bundesländern an.""",
    ),
    (
        "de",
        "#none",
        """Die Goethestraße in der Innenstadt wird ab Montag für drei Wochen gesperrt. Grund sind Arbeiten an der Fernwärmeleitung. Die Buslinien 4 und 7 werden über die Schillerstraße umgeleitet. Die Stadtwerke bitten um Verständnis.""",
    ),
]

# ------------------------------------------------------------------------ Dutch
TEMPLATES += [
    (
        "nl",
        "A=f B=m C=f",
        """Buurvrouw redt man uit brandende woning

Een 79-jarige vrouw uit {city} heeft dinsdagavond haar buurman uit zijn brandende woning gehaald. {A} zag rook onder de voordeur vandaan komen en aarzelde geen moment. Ze trof {B} (82) aan in de gang en hielp hem naar buiten.

„Ik heb niet nagedacht, ik ben gewoon gegaan”, zegt {A.f}. {B.l} werd ter controle naar het ziekenhuis gebracht. Zijn dochter {C} noemt haar „een echte held”.""",
    ),
    (
        "nl",
        "A=m B=f C=m^A D=f",
        """Bedroefd, maar dankbaar voor alles wat hij voor ons betekende, geven wij kennis van het overlijden van mijn lieve man, onze vader en opa

{A}
geboren {DOB:1935-1950} te {city}

{B}
{C} en {D}
Kleinkinderen

De afscheidsdienst vindt plaats op vrijdag om 11.00 uur in de aula van de begraafplaats.""",
    ),
    (
        "nl",
        "A=f B=m",
        """Verslag van de ledenvergadering van de Volkstuinvereniging De Eendracht

Voorzitter {B} opent de vergadering en heet iedereen welkom. Penningmeester {A} geeft een toelichting op de jaarcijfers: er is een klein overschot van € 412. {A.f~g} voorstel om de contributie gelijk te houden wordt aangenomen.

Rondvraag: {B.f} vraagt iedereen om het hek van de hoofdingang 's avonds op slot te doen.""",
    ),
    (
        "nl",
        "A=m B=f",
        """Referentie

Graag beveel ik {A} aan voor de functie van teamleider. {A.f} werkte vier jaar onder mijn leiding in ons distributiecentrum. Hij is betrouwbaar, rustig onder druk en geliefd bij zijn collega's. Voor vragen ben ik bereikbaar via {PHONE} of {EMAIL:B}.

Met vriendelijke groet,
{B}""",
    ),
    (
        "nl",
        "A=f B=m C=m",
        """Proces-verbaal van verhoor (samenvatting)

De getuige, {A}, wonende {ADDR}, verklaarde dat zij op {date} rond 23.00 uur zag hoe twee mannen de scooter van haar buurman {B} probeerden mee te nemen. Een van de mannen herkende zij als {C}, die een paar straten verderop woont.""",
    ),
    (
        "nl",
        "A=f B=f C=m",
        """Lieve {A.f},

Bedankt voor de prachtige kaart! Wat fijn dat je er op het feest van {B.f} toch bij kon zijn. Ik hoop dat {C.f} zijn rijbewijs nu eindelijk heeft gehaald — anders moeten we volgend jaar wéér met de trein.

Dikke kus""",
    ),
    (
        "nl",
        "A=m B=f C=m",
        """Zorgnotitie, afdeling De Linde

Dhr. {A.l} was vanochtend onrustig en zocht naar „de bus naar het werk”. Met een kop koffie en een praatje over vroeger kwam hij tot rust. Dochter {B} belde om 14.00 uur; zij komt zaterdag met kleinzoon {C.f}. Verder geen bijzonderheden.""",
    ),
    (
        "nl",
        "A=m B=f",
        """Nieuwsbrief Basisschool De Regenboog

Na 38 jaar neemt meester {A} afscheid van onze school. Hij heeft generaties kinderen leren lezen, en zijn voorleesuurtjes op vrijdagmiddag zijn legendarisch. Op vrijdag de 28e is er een afscheidsreceptie in de gymzaal. Juf {B} zal zijn groep overnemen.""",
    ),
    (
        "nl",
        "A=f B=m",
        """Schadeformulier — toedracht

Ik stond stil voor het rode verkeerslicht op de Julianalaan toen de auto achter mij, bestuurd door {B}, tegen mijn achterbumper reed. Hij gaf toe dat hij even op zijn telefoon had gekeken. Mijn gegevens: {A}, {ADDR}, tel. {PHONE}.""",
    ),
    (
        "nl",
        "#none",
        """Het Van Gogh Museum in Amsterdam trekt jaarlijks ruim twee miljoen bezoekers. De collectie bevat meer dan 200 schilderijen van Vincent van Gogh. Tickets moeten vooraf online worden gekocht; er worden {=geen kaarten|geen tickets} aan de kassa verkocht.""",
    ),
]

# ----------------------------------------------------------------------- French
TEMPLATES += [
    (
        "fr",
        "A=f B=m C=f",
        """Une octogénaire sauve son voisin des flammes

Mardi soir, rue des Lilas, {A}, 81 ans, a sorti son voisin de son appartement enfumé. « J'ai entendu l'alarme et j'ai vu la fumée sous la porte », raconte-t-elle. Elle a trouvé {B}, 86 ans, assis dans l'entrée, et l'a aidé à descendre l'escalier avant l'arrivée des pompiers.

M. {B.l} a été transporté à l'hôpital par précaution. Sa fille, {C}, ne tarit pas d'éloges : « Sans Mme {A.l}, je ne sais pas ce qui se serait passé. »""",
    ),
    (
        "fr",
        "A=f B=m C=f D=m",
        """AVIS DE DÉCÈS

Nous avons la tristesse de vous faire part du décès de

Madame {A}
née le {DOB:1928-1945} à {city}

survenu le {date:2023-2025}, dans sa {n:80-96}e année.

De la part de {B}, son fils, {C}, sa fille, {D}, son gendre, et de ses petits-enfants.

Les obsèques auront lieu vendredi à 14 h 30 en l'église Saint-Martin. Ni fleurs ni couronnes, des dons pour la recherche contre la maladie d'Alzheimer.""",
    ),
    (
        "fr",
        "A=m B=f",
        """Lettre de recommandation

Madame, Monsieur,

J'ai eu le plaisir d'encadrer {A} pendant son stage de six mois au sein de notre service communication. {A.f} a fait preuve d'une grande autonomie et d'une réelle créativité ; il a notamment piloté la refonte de notre lettre d'information.

Je le recommande sans réserve et reste à votre disposition au {PHONE}.

{B}
Responsable communication""",
    ),
    (
        "fr",
        "A=m B=f C=m",
        """Compte rendu de l'assemblée générale de l'association des parents d'élèves

Présents : {A} (président), {B} (trésorière), {C} (secrétaire) et 27 parents.

Le président ouvre la séance à 20 h. {B.l} présente les comptes : la kermesse a rapporté 2 340 €. {C.f} rappelle que la collecte de jouets commence le 1er décembre.

Questions diverses : plusieurs parents s'inquiètent de la sécurité devant l'école. {A.f} écrira à la mairie.""",
    ),
    (
        "fr",
        "A=f B=m",
        """Compte rendu d'hospitalisation

Patiente : Mme {A}, née le {DOB:1945-1970}
Médecin traitant : Dr {B}

Mme {A.l} a été hospitalisée du {date:2024-2025} au {date:2024-2025} pour une décompensation cardiaque. L'évolution a été favorable sous diurétiques. Elle vit seule à {ADDR} ; un passage infirmier quotidien a été organisé.

Rendez-vous de contrôle en cardiologie dans un mois.""",
    ),
    (
        "fr",
        "A=m B=m C=f",
        """Procès-verbal d'audition (extrait)

Je soussigné {A}, demeurant {ADDR}, déclare que le {date}, vers 18 heures, j'ai vu un homme que je connais sous le nom de {B} forcer la porte du garage de ma voisine, Mme {C}. Je l'ai reconnu car il habite l'immeuble d'en face. J'ai immédiatement appelé la police depuis mon portable, le {PHONE}.""",
    ),
    (
        "fr",
        "A=f B=m C=f D=m",
        """Chère famille, chers amis,

Quelle année ! {A.f} a enfin soutenu sa thèse en juin (après six ans, on n'y croyait plus). {B.f} a pris sa retraite de la SNCF et passe désormais ses journées au potager.

{C.f} s'est mariée en septembre avec {D}, un garçon adorable qui supporte même les blagues de son beau-père. Nous vous embrassons tous et vous souhaitons de belles fêtes !""",
    ),
    (
        "fr",
        "A=m B=f",
        """Notre équipe

{A} — Fondateur. Ancien chef cuisinier, {A.f} a ouvert notre première boulangerie en 2012 avec un four d'occasion et beaucoup d'optimisme.

{B} — Responsable de la boutique. {B.f} connaît le prénom de la moitié du quartier et la commande habituelle de l'autre moitié.""",
    ),
    (
        "fr",
        "A=f B=m C=m",
        """Match de rugby : l'USC s'impose dans les dernières minutes

Menés 15-12 à la 78e minute, les joueurs de l'USC ont arraché la victoire grâce à un essai de {B}, transformé par {C}. « On n'a rien lâché », a résumé l'entraîneuse {A} après la rencontre.""",
    ),
    (
        "fr",
        "A=m B=f C=m",
        """Bonjour {B.f},

Je te transfère le message de {A} concernant le pot de départ de {C.f}. Il propose vendredi à 17 h dans la salle de réunion du 3e. Si tu veux participer au cadeau, tu peux faire un virement sur son compte : {IBAN:FR}.

Bises""",
    ),
    (
        "fr",
        "A=f B=f",
        """Témoignage

Je m'appelle {A} et je suis aide-soignante depuis vingt ans. Quand ma collègue {B} a été agressée par un visiteur l'an dernier, la direction nous a demandé de ne rien dire. Aujourd'hui, je veux que les choses changent.""",
    ),
    (
        "fr",
        "#none",
        """La maladie de Crohn doit son nom au gastro-entérologue américain Burrill Crohn, qui l'a décrite en 1932. En France, environ 120 000 personnes en sont atteintes. L'association François Aupetit accompagne les malades et leurs proches.""",
    ),
]

# ---------------------------------------------------------------------- Spanish
TEMPLATES += [
    (
        "es",
        "A=f B=m C=f",
        """Una vecina de 78 años salva a un hombre de un incendio

{A}, de 78 años, se ha convertido en la heroína de su barrio. El pasado martes, al ver humo saliendo del piso de al lado, no dudó en entrar y sacar a su vecino, {B}, de 84 años, que se había quedado dormido en el sofá.

«No lo pensé, simplemente entré», cuenta {A.f}. {B.l} fue trasladado al hospital con síntomas leves de inhalación de humo. Su hija, {C}, asegura que la familia estará «eternamente agradecida».""",
    ),
    (
        "es",
        "A=m B=f C=m^A D=f",
        """ESQUELA

{A.u}
Falleció en {city} el día {date:2023-2025}, a los 87 años de edad.
Nacido el {DOB:1930-1940}.

Sus hijos, {C} y {D}; su esposa, {B}; nietos y demás familia ruegan una oración por su alma.

El funeral se celebrará mañana a las 11:00 h en la parroquia de San José.""",
    ),
    (
        "es",
        "A=f B=m",
        """Carta de recomendación

A quien corresponda:

Por medio de la presente, recomiendo ampliamente a {A}, quien colaboró en nuestro despacho como asistente jurídica durante tres años. {A.f} es una persona responsable, discreta y muy trabajadora. Cualquier información adicional, pueden contactarme al {PHONE}.

Atentamente,
Lic. {B}""",
    ),
    (
        "es",
        "A=m B=f C=m",
        """Acta de la reunión de la comunidad de propietarios

Asistentes: {A} (presidente), {B} (secretaria), {C} (3.º B) y nueve vecinos más.

1. Ascensor: se aprueba el presupuesto de reparación. {C.f} se encarga de avisar a la empresa.
2. Morosidad: la vecina del 1.º A sigue sin pagar las cuotas. {A.l} le enviará un burofax.
3. Ruegos y preguntas: {B.f} pide que no se dejen bicicletas en el portal.

Se levanta la sesión a las 21:15.""",
    ),
    (
        "es",
        "A=f B=m C=f",
        """Informe de alta

Paciente: {A}, fecha de nacimiento {DOB:1950-1975}
Médico responsable: Dr. {B}

La paciente ingresó por un cuadro de dolor abdominal y fiebre. Se diagnosticó colecistitis aguda y fue intervenida por laparoscopia sin complicaciones. Se va de alta acompañada de su hija, {C}, con la que convivirá las próximas semanas.

Control en consultas externas en 15 días.""",
    ),
    (
        "es",
        "A=m B=m",
        """Crónica deportiva: el Atlético Vecinal remonta en el último suspiro

Con un gol de cabeza de {A} en el minuto 91, el Atlético Vecinal se llevó los tres puntos ante el Deportivo San Roque. Los visitantes se habían adelantado gracias a un penalti transformado por {B}, pero la reacción local fue espectacular. «{A.n} es así, nunca se rinde», comentó un aficionado.""",
    ),
    (
        "es",
        "A=f B=m C=f D=m",
        """Historia de mi familia (borrador)

Mi bisabuela, {A}, nació en un pueblo de Galicia y emigró a Buenos Aires con diecisiete años. Allí conoció a mi bisabuelo, {B}, un carpintero asturiano. Tuvieron cinco hijos; la mayor, {C}, fue mi abuela.

En 1962 la familia volvió a España, excepto el hijo menor, {D}, que se quedó en Argentina y del que sabemos muy poco.""",
    ),
    (
        "es",
        "A=m B=f",
        """Declaración del testigo

Yo, {A}, con domicilio en {ADDR}, declaro que el día {date} vi cómo un coche gris golpeaba la moto de mi vecina, {B}, y se daba a la fuga. Pude anotar parte de la matrícula. Mi teléfono de contacto es {PHONE}.""",
    ),
    (
        "es",
        "A=f B=f C=m",
        """¡Hola, {A.n}!

¿Te acuerdas de la cena de antiguos alumnos? {B} la está organizando para el sábado 14. Me ha dicho que {C} viene desde México y que quiere verte. Pásame tu correo nuevo y te meto en el grupo.

Un abrazo""",
    ),
    (
        "es",
        "A=m B=f C=m",
        """Nota de trabajo social

Visita domiciliaria a {A}, de 82 años. Vive solo desde que falleció su esposa. Su hija {B} reside en otra ciudad y lo llama a diario. El vecino del piso de arriba, {C}, le hace la compra dos veces por semana.

El usuario refiere sentirse solo. Se propone plaza en el centro de día.""",
    ),
    (
        "es",
        "A=f B=m",
        """Querida familia:

Os escribo para contaros que {A.f} y yo nos casamos en junio. Será una boda pequeña en el pueblo de sus abuelos. Si queréis hacernos un regalo, nuestro número de cuenta es {IBAN:ES}.

Con cariño,
{B.f}""",
    ),
    (
        "es",
        "#none",
        """El síndrome de Down recibe su nombre del médico británico John Langdon Down. En España, la Federación Española de Síndrome de Down agrupa a más de 90 asociaciones que trabajan por la inclusión educativa y laboral.""",
    ),
]

# ---------------------------------------------------------------------- Italian
TEMPLATES += [
    (
        "it",
        "A=f B=m C=f",
        """Anziana salva il vicino dall'incendio

Martedì sera in via Garibaldi una donna di 79 anni, {A}, ha salvato il vicino di casa, {B}, 85 anni, rimasto intrappolato nel suo appartamento invaso dal fumo. «Ho sentito l'allarme e sono entrata», racconta la signora {A.l}. La figlia dell'uomo, {C}, la ringrazia pubblicamente: «Senza {A.f} oggi non avrei più un padre».""",
    ),
    (
        "it",
        "A=m B=f C=m^A D=f",
        """Il giorno {date:2023-2025} è mancato all'affetto dei suoi cari

{A.u}
di anni 84

Ne danno il triste annuncio la moglie {B}, i figli {C} e {D}, i nipoti e i parenti tutti.

I funerali avranno luogo sabato alle ore 10 nella chiesa di San Francesco.""",
    ),
    (
        "it",
        "A=f B=m",
        """Lettera di referenze

Con la presente attesto che la signora {A} ha lavorato presso la nostra famiglia come assistente domiciliare di mia madre dal 2019 al 2024. Si è sempre dimostrata paziente, affidabile e molto affettuosa. La raccomando senza riserve.

{B}
Tel. {PHONE}""",
    ),
    (
        "it",
        "A=m B=f C=m",
        """Verbale dell'assemblea condominiale

Presenti: {A} (amministratore), {B} (int. 5), {C} (int. 9) e altri sei condòmini.

Si discute della sostituzione della caldaia. La signora {B.l} chiede tre preventivi. Il signor {C.l} segnala infiltrazioni nel box. L'amministratore si impegna a contattare la ditta entro fine mese.""",
    ),
    (
        "it",
        "A=f B=m",
        """Lettera di dimissioni ospedaliere

Paziente: {A}, nata il {DOB:1940-1965}
Reparto di Medicina Interna — Primario Dott. {B}

La paziente è stata ricoverata per polmonite. Dopo terapia antibiotica endovenosa, le condizioni sono migliorate. Si consiglia controllo radiografico tra quattro settimane.""",
    ),
    (
        "it",
        "A=m B=f C=m",
        """Cara zia {B.f},

ti scrivo per dirti che {A.f} ha passato l'esame di maturità con 100! Siamo tutti orgogliosissimi. A settembre partirà per Bologna per studiare ingegneria. Lo zio {C.f} dice che ora dovrà imparare a cucinare.

Ti abbracciamo forte""",
    ),
    (
        "it",
        "A=m B=m",
        """Calcio dilettanti: il Real Borgo vince il derby

Una doppietta di {A} regala al Real Borgo il derby contro la Virtus. Inutile per gli ospiti il gol della bandiera firmato da {B} nel finale. «{A.n} è in forma straordinaria», ha detto il mister a fine gara.""",
    ),
    (
        "it",
        "#none",
        """La Galleria degli Uffizi di Firenze ospita una delle collezioni d'arte più importanti del mondo, con opere di Botticelli, Leonardo e Michelangelo. Si consiglia di prenotare la visita {=online|con anticipo}, soprattutto nei mesi estivi.""",
    ),
]

# ------------------------------------------------------------------- Portuguese
TEMPLATES += [
    (
        "pt",
        "A=f B=m C=f",
        """Idosa salva vizinho de incêndio em {city}

A aposentada {A}, de 80 anos, virou heroína do bairro depois de tirar o vizinho, {B}, de 86 anos, de dentro do apartamento tomado pela fumaça. «Eu só pensei em tirar ele de lá», contou dona {A.f}. A filha do idoso, {C}, agradeceu emocionada.""",
    ),
    (
        "pt",
        "A=m B=f C=m^A D=f",
        """NOTA DE FALECIMENTO

Faleceu no dia {date:2023-2025}, aos 79 anos, o senhor {A}, nascido em {DOB:1940-1948}. Deixa a esposa, {B}, os filhos {C} e {D}, e cinco netos. O velório será realizado na capela do Cemitério São João Batista, e o sepultamento às 16h.""",
    ),
    (
        "pt",
        "A=f B=m",
        """Carta de recomendação

Declaro, para os devidos fins, que {A} trabalhou em nossa empresa como recepcionista entre 2019 e 2024, sempre com pontualidade, educação e dedicação. Recomendo-a sem ressalvas.

{B}
Gerente Administrativo
{PHONE}""",
    ),
    (
        "pt",
        "A=m B=f C=m",
        """Ata da reunião de condomínio

Presentes: {A} (síndico), {B} (apto 302) e {C} (apto 105), além de outros moradores.

{B.f} reclamou do barulho da obra no 4º andar. O síndico informou que a obra termina em duas semanas. {C.f} pediu a troca das lâmpadas da garagem. Aprovado.""",
    ),
    (
        "pt",
        "A=f B=m C=f",
        """Relato de ocorrência

Eu, {A}, residente na {ADDR}, relato que no dia {date} meu celular foi roubado na saída do metrô. O rapaz, que depois descobri se chamar {B}, foi detido por um segurança. Minha amiga {C} testemunhou tudo. Meu telefone de contato é {PHONE}.""",
    ),
    (
        "pt",
        "A=m B=f",
        """Oi {B.f}, tudo bem?

O {A.n} pediu pra te avisar que a festa surpresa da tia é sábado às 19h. Se quiser ajudar no presente, faz um Pix pra ele — a chave é o e-mail {EMAIL:A}. Não conta nada pra ela!

Beijos""",
    ),
    (
        "pt",
        "A=f B=m C=m",
        """Olá a todos,

É com muita tristeza que informamos o falecimento da nossa colega {A}, que trabalhou connosco durante 22 anos no serviço de urgência. A {A.f} era uma enfermeira extraordinária e uma amiga generosa. O funeral realiza-se amanhã, às 15h, na igreja de Santo António. Os nossos pensamentos estão com o marido, {B}, e o filho, {C}.""",
    ),
    (
        "pt",
        "A=m B=f",
        """Relatório de alta

Utente: {A}, data de nascimento {DOB:1945-1970}
Médica assistente: Dra. {B}

O doente esteve internado por pneumonia adquirida na comunidade. Teve boa evolução clínica e tem alta para o domicílio. Deve ser reavaliado pelo médico de família dentro de uma semana.""",
    ),
    (
        "pt",
        "#none",
        """O Museu Calouste Gulbenkian, em Lisboa, reúne uma coleção de arte que vai da Antiguidade ao início do século XX. O jardim da fundação é um dos espaços verdes mais {=tranquilos|agradáveis} da cidade.""",
    ),
]

# ----------------------------------------------------------------------- Polish
TEMPLATES += [
    (
        "pl",
        "A=f B=m C=f",
        """Emerytka uratowała sąsiada z pożaru

We wtorek wieczorem 78-letnia {A} wyniosła z zadymionego mieszkania swojego sąsiada. {B} (84 l.) zasnął przy włączonej kuchence. – Usłyszałam czujnik dymu i po prostu weszłam – mówi pani {A.f}. Pan {B.l} trafił do szpitala na obserwację.

Córka poszkodowanego, {C}, nie kryje wzruszenia: – Gdyby nie pani {A.l}, nie wiem, co by się stało. Dziękuję pani {A.l~d} z całego serca.""",
    ),
    (
        "pl",
        "A=m B=f C=m^A D=f",
        """Z głębokim żalem zawiadamiamy, że dnia {date:2023-2025} zmarł w wieku 86 lat

ś.p. {A}

urodzony {DOB:1935-1942} r. w {=Tarnowie|Kielcach|Radomiu}, wieloletni nauczyciel matematyki, ukochany mąż, ojciec i dziadek.

Msza święta żałobna zostanie odprawiona w piątek o godz. 11:00 w kościele pw. św. Józefa, po czym nastąpi odprowadzenie na cmentarz komunalny.

Pogrążeni w smutku: żona {B}, syn {C} z rodziną, córka {D}.""",
    ),
    (
        "pl",
        "A=f B=m",
        """Opinia o pracowniczce

{A} była zatrudniona w naszej firmie na stanowisku specjalistki ds. kadr od {date:2016-2019} do {date:2023-2024}. W tym czasie wykazała się dużą sumiennością i samodzielnością. Współpraca z {A~i} była dla całego zespołu prawdziwą przyjemnością.

Z pełnym przekonaniem polecam {A.f~a} każdemu przyszłemu pracodawcy.

{B}
Dyrektor ds. personalnych""",
    ),
    (
        "pl",
        "A=m B=f C=m",
        """Protokół z zebrania wspólnoty mieszkaniowej

Obecni: {A} (przewodniczący zarządu), {B} (sekretarz), {C} oraz 14 właścicieli lokali.

1. Pan {C.l} zgłosił przeciekający dach nad klatką C. Zarząd zleci ekspertyzę.
2. Pani {B.l} przedstawiła stan funduszu remontowego.
3. Wnioski: pan {A.l} zwróci się do administratora w sprawie wymiany domofonów.

Na tym protokół zakończono.""",
    ),
    (
        "pl",
        "A=m B=f C=m",
        """Karta informacyjna leczenia szpitalnego

Pacjent: {A}, ur. {DOB:1945-1965}
Lekarz prowadzący: dr {B}

Pacjent przyjęty z powodu zaostrzenia POChP. W trakcie hospitalizacji stosowano antybiotykoterapię i sterydy wziewne, uzyskując poprawę. Chory wypisany do domu w stanie ogólnym dobrym. Syn pacjenta, {C}, został poinformowany o zaleceniach.

Kontrola w poradni pulmonologicznej za miesiąc.""",
    ),
    (
        "pl",
        "A=f B=m",
        """Notatka służbowa

W dniu {date} około godz. 22:30 przyjęto zgłoszenie od {A~g}, zam. {ADDR}, dotyczące awantury domowej w mieszkaniu obok. Na miejscu zastano {B~a}, który był pod wpływem alkoholu. Z {B.l~i} przeprowadzono rozmowę ostrzegawczą. Zgłaszająca pozostawiła numer telefonu {PHONE}.""",
    ),
    (
        "pl",
        "A=f B=f C=m",
        """Kochana {A.n~v}!

Dziękuję Ci za piękną kartkę i za paczkę z ciastem — dotarła cała! U nas wszystko dobrze. {B.n} zaczęła przedszkole i codziennie opowiada o swojej pani. {C.n} w końcu zrobił prawo jazdy za trzecim razem.

Całuję mocno i czekam na Ciebie w wakacje!""",
    ),
    (
        "pl",
        "A=m B=f C=m D=f",
        """Kronika rodzinna

Mój pradziadek, {A}, urodził się w 1898 roku pod Lwowem. W 1925 roku ożenił się z {B~i}, córką miejscowego młynarza. Po wojnie rodzina została przesiedlona na Dolny Śląsk.

O {A.f~l} wiemy niewiele, bo nie lubił mówić o przeszłości. Najwięcej opowiadała nam babcia {D}, jego najmłodsza córka. Brat babci, {C}, wyjechał w latach 60. do Kanady i ślad po nim zaginął.""",
    ),
    (
        "pl",
        "A=f B=m",
        """Sprawozdanie z meczu: KS Orzeł – Victoria 3:1

Gospodarze od pierwszych minut przejęli inicjatywę. Wynik otworzyła {A}, a po przerwie dwie bramki dołożył {B}. Trener gości chwalił zwłaszcza {A.l~a}: – Z taką zawodniczką w ataku każda drużyna byłaby groźna.""",
    ),
    (
        "pl",
        "A=m B=f",
        """Cześć {B.f~v},

przesyłam tekst do laurki dla {A~g}. Zobacz, czy jest okej:

„Drogi {A.n~v}! Dziękujemy Ci za 25 lat pracy, za cierpliwość, żarty i niezliczone kawy. Bez Ciebie to biuro nie będzie takie samo!”

Pozdrawiam""",
    ),
    (
        "pl",
        "A=f B=m C=f",
        """Notatka z wizyty środowiskowej

Pani {A} (lat 81) mieszka sama od śmierci męża. Syn, {B}, mieszka w Niemczech i dzwoni raz w tygodniu. Sąsiadka, {C}, robi pani {A.f~d} zakupy. Podopieczna skarży się na samotność. Zaproponowano udział w zajęciach klubu seniora.""",
    ),
    (
        "pl",
        "A=f B=m",
        """Szanowni Państwo,

jako wychowawczyni klasy 2b chciałabym podziękować panu {B~d} za pomoc przy organizacji wycieczki do Krakowa. Dzięki jego zaangażowaniu wszystko poszło sprawnie.

Z wyrazami szacunku
{A}""",
    ),
    (
        "pl",
        "A=m B=f",
        """Zeznanie świadka (streszczenie)

Świadek {B} zeznała, że w dniu zdarzenia widziała, jak {A} wychodził z klatki schodowej z torbą należącą do poszkodowanej. Świadek zna {A.l~a} z widzenia, ponieważ mieszka on w tym samym bloku. Na pytanie obrońcy świadek odpowiedziała, że nie ma co do tego wątpliwości.""",
    ),
    (
        "pl",
        "A=f B=m",
        """Szanowna Pani,

w imieniu rodziny pragnę podziękować za opiekę nad moją mamą, {A~i}, w ostatnich tygodniach jej życia. Personel hospicjum był dla niej i dla nas ogromnym wsparciem.

Z wdzięcznością
{B}""",
    ),
    (
        "pl",
        "A=m B=f",
        """Zbiórka dla {A~g}

Nasz kolega {A} uległ poważnemu wypadkowi i czeka go długa rehabilitacja. Zbieramy pieniądze na leczenie. Wpłat można dokonywać na konto jego żony, {B~g}: {IBAN:PL}, tytułem „Dla {A.n~g}”. Dziękujemy!""",
    ),
    (
        "pl",
        "#none",
        """Ulica Mickiewicza zostanie zamknięta dla ruchu od poniedziałku do piątku z powodu wymiany nawierzchni. Autobusy linii 12 i 17 pojadą objazdem przez ulicę Kościuszki. Zarząd Dróg przeprasza za utrudnienia.""",
    ),
]

# ------------------------------------------------------------------------ Czech
TEMPLATES += [
    (
        "cs",
        "A=f B=m C=f",
        """Seniorka zachránila souseda z hořícího bytu

Sedmdesátiletá {A} z {=Olomouce|Kolína|Jihlavy} v úterý večer vytáhla z hořícího bytu svého souseda. {B} (83) usnul u zapnutého sporáku. „Neváhala jsem ani vteřinu,“ říká paní {A.l}. Pan {B.l} byl převezen do nemocnice na pozorování.

Jeho dcera {C} paní {A.l~d} děkuje: „Bez ní bych dnes neměla tátu.“""",
    ),
    (
        "cs",
        "A=m B=f C=m^A",
        """S hlubokým zármutkem oznamujeme, že nás dne {date:2023-2025} navždy opustil

pan {A}
narozen {DOB:1935-1950}

Poslední rozloučení se koná v pátek ve 13 hodin v obřadní síni krematoria. Za tichou vzpomínku děkují manželka {B} a syn {C} s rodinou.""",
    ),
    (
        "cs",
        "A=f B=m",
        """Hodnocení zaměstnankyně

Paní {A} pracovala v naší společnosti jako účetní od roku 2017. Svou práci vykonávala vždy pečlivě a spolehlivě. S {A.l~i} jsme byli velmi spokojeni a můžeme ji doporučit každému zaměstnavateli.

{B}, ředitel""",
    ),
    (
        "cs",
        "A=m B=f C=m",
        """Zápis ze schůze SVJ

Přítomni: {A} (předseda), {B}, {C} a dalších 9 vlastníků.

Pan {C.l} upozornil na zatékání do sklepa. Paní {B.l} navrhla oslovit tři firmy. Předsedovi {A.l~d} bylo uloženo zajistit nabídky do příští schůze.""",
    ),
    (
        "cs",
        "A=m B=f",
        """Propouštěcí zpráva

Pacient: {A}, nar. {DOB:1950-1970}
Ošetřující lékařka: MUDr. {B}

Pacient byl hospitalizován pro akutní infarkt myokardu. Po zavedení stentu je stav stabilizovaný. Doporučujeme kontrolu u kardiologa za 4 týdny.""",
    ),
    (
        "cs",
        "A=f B=m C=m",
        """Ahoj {A.f~v},

posílám ti fotky ze svatby. {B.f} vypadal v obleku úplně jinak, viď? A {C.n} zase tancoval celou noc. Mám pro tebe taky vzkaz od babičky: máš se prý konečně ozvat!

Pa""",
    ),
    (
        "cs",
        "A=m B=f",
        """Výpověď svědka

Svědkyně {B}, bytem {ADDR}, uvedla, že dne {date} kolem 21. hodiny viděla pana {A~a}, jak rozbíjí okno zaparkovaného vozidla. Pana {A.l~a} zná, protože bydlí ve vedlejším domě.""",
    ),
    (
        "cs",
        "A=f B=m",
        """Rodinná kronika

Prababička {A} se narodila v roce 1902 na Vysočině. S pradědečkem {B~i} se seznámila na pouti v roce 1921. O {A.f~l} se v rodině dodnes vypráví, že dokázala upéct koláče pro celou vesnici za jediné odpoledne.""",
    ),
    (
        "cs",
        "#none",
        """Karlův most v Praze byl postaven ve 14. století za vlády Karla IV. Most je dlouhý 516 metrů a zdobí jej třicet soch. Nejlepší je navštívit ho brzy ráno, kdy tam ještě nejsou davy turistů.""",
    ),
]

# ------------------------------------------------------------------------ Slovak
TEMPLATES += [
    (
        "sk",
        "A=f B=m",
        """Dôchodkyňa zachránila suseda pred požiarom

{A} (76) v utorok večer zbadala dym z bytu svojho suseda. Neváhala a {B~a} vyviedla von ešte pred príchodom hasičov. „Bola to samozrejmosť,“ hovorí skromne. Pán {B.l} ďakuje {A.l~d} za záchranu života.""",
    ),
    (
        "sk",
        "A=m B=f C=m^A",
        """S hlbokým žiaľom oznamujeme, že nás opustil náš drahý {A}, narodený {DOB:1938-1952}. Posledná rozlúčka bude v piatok o 14.00 hod. v dome smútku. Smútiaca manželka {B} a syn {C}.""",
    ),
    (
        "sk",
        "A=f B=m",
        """Zápisnica zo schôdze

Prítomní: {A} (predsedníčka), {B} (pokladník) a 11 členov. Pokladník {B.l} predniesol správu o hospodárení. Predsedníčka poďakovala {B.l~d} za jeho prácu.""",
    ),
    (
        "sk",
        "A=m B=f",
        """Ahoj {B.n},

{A.n} mi povedal, že v sobotu oslavuje narodeniny. Ideš s nami? Kupujeme mu spoločný darček — ak chceš prispieť, pošli peniaze na môj účet {IBAN:SK}.

Maj sa""",
    ),
    (
        "sk",
        "A=f B=m",
        """Prepúšťacia správa

Pacientka: {A}, nar. {DOB:1945-1970}
Ošetrujúci lekár: MUDr. {B}

Pacientka bola hospitalizovaná pre zlomeninu krčka stehennej kosti. Po operácii je mobilná s chodítkom. Odporúčame rehabilitáciu.""",
    ),
]

# ---------------------------------------------------------------------- Russian
TEMPLATES += [
    (
        "ru",
        "A=f B=m C=f",
        """Пенсионерка спасла соседа из горящей квартиры

Во вторник вечером 76-летняя {A} заметила дым из-под двери соседней квартиры. Она вызвала пожарных и, не дожидаясь их, вывела на лестничную клетку своего соседа — {B~a}, 83 лет.

«Я даже не думала, просто пошла», — рассказывает {A.q}. Дочь пострадавшего, {C}, благодарит {A.q~a}: «Если бы не она, папы бы уже не было».""",
    ),
    (
        "ru",
        "A=m B=f C=m^A",
        """Коллектив школы № 14 с глубоким прискорбием сообщает о смерти

{A.r~g}

(родился {DOB:1940-1955} г.), учителя физики, проработавшего в нашей школе 38 лет.

Выражаем искренние соболезнования супруге {B~d} и сыну {C~d}. Прощание состоится в пятницу в 11:00 в ритуальном зале.""",
    ),
    (
        "ru",
        "A=f B=m",
        """Характеристика

{A}, {DOB:1985-2000} г. р., работает в ООО «Северный ветер» в должности бухгалтера с 2018 года. За время работы зарекомендовала себя как ответственный и исполнительный сотрудник. Пользуется уважением коллег.

Характеристика выдана для предоставления по месту требования.

Генеральный директор {B.i}""",
    ),
    (
        "ru",
        "A=m B=f C=m",
        """Протокол общего собрания собственников

Присутствовали: {A} (председатель совета дома), {B}, {C} и ещё 18 собственников.

Слушали: {B.l~a} о ремонте крыши. Постановили: поручить {A.l~d} запросить сметы у трёх подрядчиков.
Слушали: {C.l~a} о парковке во дворе. Решение отложено.""",
    ),
    (
        "ru",
        "A=m B=f C=f",
        """Выписной эпикриз

Пациент: {A}, {DOB:1945-1965} г. р.
Лечащий врач: {B}

Поступил с жалобами на одышку и кашель. Диагноз: внебольничная пневмония. На фоне антибактериальной терапии состояние улучшилось. Выписывается домой под наблюдение участкового терапевта. Дочь пациента, {C}, проинформирована о рекомендациях.""",
    ),
    (
        "ru",
        "A=m B=f",
        """Объяснение

Я, {A}, проживающий по адресу: {ADDR}, поясняю, что {date} около 23:00 я возвращался домой и увидел, как неизвестный мужчина пытается открыть машину моей соседки {B~g}. Я крикнул, и он убежал. Мой телефон: {PHONE}.""",
    ),
    (
        "ru",
        "A=f B=f C=m",
        """Дорогая {A.n}!

Спасибо тебе за посылку, всё дошло в целости. У нас всё хорошо. {B.n} пошла в первый класс и очень гордится своим рюкзаком. {C.n} наконец-то сдал на права — с третьего раза, но сдал!

Очень ждём тебя летом. Обнимаю крепко!""",
    ),
    (
        "ru",
        "A=m B=f C=m D=f",
        """Из истории нашей семьи

Мой прадед, {A}, родился в 1901 году в деревне под Тверью. В 1926 году он женился на {B~l}, дочери сельского учителя. У них было четверо детей.

Про {A.f~a} в семье говорили мало: он вернулся с войны без ноги и не любил вспоминать. Больше всего о нём рассказывала бабушка — {D}, его младшая дочь. Её брат {C} после войны уехал на Дальний Восток, и связь с ним потерялась.""",
    ),
    (
        "ru",
        "A=m B=m C=f",
        """Футбол: «Звезда» вырвала победу на последних минутах

Единственный мяч в матче на 89-й минуте забил {A}. Голкипер гостей {B} до этого творил чудеса, но после удара {A.l~g} был бессилен. Тренер «Звезды» {C} отметила характер команды.""",
    ),
    (
        "ru",
        "A=f B=m",
        """Привет, {B.n}!

Посмотри, пожалуйста, текст для открытки {A~d}:

«Дорогая {A.q}! Спасибо за 20 лет работы, терпение и поддержку. Без Вас наш отдел уже не будет прежним!»

Нормально? Или слишком пафосно?""",
    ),
    (
        "ru",
        "A=f B=m C=f",
        """Акт обследования жилищно-бытовых условий

Семья {A~g} проживает в двухкомнатной квартире. В квартире чисто, имеется всё необходимое для ребёнка. Сожитель {A.l~g}, {B}, в момент посещения находился на работе. Дочь, {C.f}, 7 лет, посещает школу, со слов учителя — без замечаний.""",
    ),
    (
        "ru",
        "A=m B=f",
        """Показания свидетеля (кратко)

Свидетельница {B} показала, что {date} видела, как {A} выходил из подъезда с сумкой потерпевшей. С {A.l~i} она знакома, так как он проживает в соседнем подъезде.""",
    ),
    (
        "ru",
        "A=f B=m",
        """Сбор средств для {A~g}

Наша коллега {A} тяжело заболела, ей предстоит дорогостоящая операция. Мы собираем деньги. Перевести можно её мужу, {B~d}, на карту {CARD} или по номеру телефона {PHONE}. Спасибо всем, кто откликнется!""",
    ),
    (
        "ru",
        "#none",
        """Третьяковская галерея в Москве основана в 1856 году купцом Павлом Третьяковым. Сегодня в её собрании более 190 тысяч произведений. Билеты лучше покупать на сайте заранее, особенно {=в выходные|на выставки}.""",
    ),
]

# -------------------------------------------------------------------- Ukrainian
TEMPLATES += [
    (
        "uk",
        "A=f B=m C=f",
        """Пенсіонерка врятувала сусіда з пожежі

У вівторок увечері 74-річна {A} помітила дим у під'їзді та вивела з задимленої квартири свого сусіда — {B~a}. «Я навіть не думала, просто пішла», — каже пані {A.f}. Донька потерпілого, {C}, щиро дякує {A.f~d}.""",
    ),
    (
        "uk",
        "A=m B=f C=m^A",
        """З глибоким сумом повідомляємо, що {date:2023-2025} на 81-му році життя відійшов у вічність

{A.r}

(народився {DOB:1940-1948} р.), багаторічний лікар районної лікарні.

Висловлюємо щирі співчуття дружині {B~d} та синові {C~d}.""",
    ),
    (
        "uk",
        "A=f B=m",
        """Характеристика

{A}, {DOB:1988-2000} р. н., працює в нашій установі на посаді вчительки англійської мови з 2016 року. За час роботи зарекомендувала себе як відповідальна та творча фахівчиня.

Директор {B.i}""",
    ),
    (
        "uk",
        "A=m B=f C=m",
        """Протокол зборів ОСББ «Сонячний»

Присутні: {A} (голова правління), {B}, {C} та ще 16 співвласників.

Слухали: {B.l~a} про заміну ліфта. Ухвалили: доручити {A.l~d} зібрати комерційні пропозиції.""",
    ),
    (
        "uk",
        "A=f B=m",
        """Привіт, {B.n~v}!

Пишу з Варшави. Нарешті знайшла роботу — в аптеці, як і хотіла. {A.n} передає тобі привіт і каже, що чекає на фото з весілля!

Обіймаю""",
    ),
    (
        "uk",
        "A=m B=f C=f",
        """Виписка з медичної карти

Пацієнт: {A}, {DOB:1950-1970} р. н.
Лікуючий лікар: {B}

Госпіталізований з гіпертонічним кризом. Стан стабілізовано. Рекомендовано спостереження сімейного лікаря. Дружина пацієнта, {C}, поінформована.""",
    ),
    (
        "uk",
        "A=f B=m C=m D=f",
        """Наш родовід

Моя прабабуся, {A}, народилася 1905 року на Полтавщині. 1927 року вона вийшла заміж за {B~a}. Про {B.f~a} в родині казали, що він був найкращим ковалем у селі.

Їхній син, {C}, загинув на фронті в 1943 році. Доньку {D~a} я ще пам'ятаю — вона пекла найсмачніші пиріжки.""",
    ),
    (
        "uk",
        "A=m B=f",
        """Збір коштів для {A~g}

Наш волонтер {A} отримав важке поранення. Збираємо на реабілітацію. Реквізити: картка його дружини {B~g} — {CARD}. Дякуємо кожному!""",
    ),
    (
        "uk",
        "A=f B=m",
        """Пояснювальна записка

Я, {A}, проживаю за адресою: {ADDR}. {date} я бачила, як мій сусід {B} пошкодив автомобіль, що стояв біля під'їзду. Мій номер телефону: {PHONE}.""",
    ),
    (
        "uk",
        "#none",
        """Софійський собор у Києві збудовано в XI столітті за часів Ярослава Мудрого. Сьогодні це музей і пам'ятка Світової спадщини ЮНЕСКО. Відвідувачі можуть піднятися на дзвіницю, звідки відкривається чудовий краєвид на місто.""",
    ),
]

# -------------------------------------------------------- Croatian / Serbian / Slovenian
TEMPLATES += [
    (
        "hr",
        "A=f B=m C=f",
        """Umirovljenica spasila susjeda iz zapaljenog stana

U utorak navečer 77-godišnja {A} primijetila je dim iz susjednog stana i izvela van svog susjeda, {B~a} (85). „Nisam ni razmišljala“, kaže gospođa {A.l}. Kći spašenog, {C}, zahvaljuje {A.f~d} od srca.""",
    ),
    (
        "hr",
        "A=m B=f C=m^A",
        """Tužnim srcem javljamo svim rođacima i prijateljima da nas je napustio naš dragi

{A}
rođen {DOB:1938-1950}

Ispraćaj je u petak u 14 sati na Mirogoju. Ožalošćeni: supruga {B}, sin {C}.""",
    ),
    (
        "hr",
        "A=f B=m",
        """Preporuka

{A} radila je u našoj tvrtki kao voditeljica računovodstva od 2015. do 2024. godine. S {A.f~i} smo bili iznimno zadovoljni i rado je preporučujemo.

{B}, direktor""",
    ),
    (
        "hr",
        "A=m B=f",
        """Bok {B.f~v},

{A.n} me pitao jesi li za subotu. Idemo na roštilj kod njegovih roditelja. Javi mi se na {PHONE}.

Pozdrav""",
    ),
    (
        "hr",
        "A=m B=f C=m",
        """Zapisnik sa sastanka stanara

Prisutni: {A} (predstavnik suvlasnika), {B}, {C} i još devet suvlasnika. {B.l} je upozorila na prokišnjavanje krova. Zaključeno je da {A.f} pribavi tri ponude.""",
    ),
    (
        "hr",
        "A=f B=m",
        """Otpusno pismo

Pacijentica: {A}, rođena {DOB:1945-1970}
Liječnik: dr. {B}

Bolesnica je hospitalizirana zbog upale pluća. Nakon antibiotske terapije stanje se poboljšalo. Kontrola kod obiteljskog liječnika za tjedan dana.""",
    ),
    (
        "sr",
        "A=f B=m C=f",
        """Пензионерка спасла комшију из пожара

Седамдесетпетогодишња {A} приметила је дим из стана свог комшије и извела {B~a} напоље пре доласка ватрогасаца. „Нисам размишљала“, каже она. Ћерка спашеног, {C}, захваљује {A.f~d}.""",
    ),
    (
        "sr",
        "A=m B=f C=m^A",
        """Тужно сећање

Дана {date:2023-2025} преминуо је наш драги {A}, рођен {DOB:1940-1950}. Сахрана ће се обавити у петак у 13 часова на Новом гробљу. Ожалошћени: супруга {B} и син {C}.""",
    ),
    (
        "sr",
        "A=m B=f",
        """Препорука

{A} је радио у нашој фирми као програмер четири године. С {A.f~i} смо увек били задовољни. Топло га препоручујем.

{B}""",
    ),
    (
        "sr",
        "A=f B=m",
        """Здраво {B.f~v},

{A.n} те поздравља! Видимо се у суботу код мојих. Ако ти треба нешто, зови на {PHONE}.""",
    ),
    (
        "sr",
        "A=m B=f",
        """Записник са састанка кућног савета

Присутни: {A} (председник), {B} и још осам станара. {B.l} је пријавила квар на лифту. Закључак: {A.f} ће позвати сервис.""",
    ),
    (
        "sl",
        "A=f B=m C=f",
        """Upokojenka rešila soseda iz goreče hiše

V torek zvečer je 78-letna {A} opazila dim iz sosednje hiše in iz nje pospremila soseda {B~a}. »Sploh nisem razmišljala,« pravi. Hči rešenega, {C}, se {A.f~d} iskreno zahvaljuje.""",
    ),
    (
        "sl",
        "A=m B=f",
        """Zapisnik seje hišnega sveta

Prisotni: {A} (upravnik), {B} in sedem stanovalcev. Gospa {B.l} je opozorila na zamakanje strehe. Sklep: {A.f} pridobi tri ponudbe.""",
    ),
    (
        "sl",
        "A=f B=m",
        """Priporočilo

{A} je v našem podjetju delala kot računovodkinja šest let. Delo {A.f~g} smo vedno zelo cenili in jo toplo priporočamo.

{B}, direktor""",
    ),
    (
        "sl",
        "A=m B=f",
        """Živijo {B.f},

{A.n} sprašuje, ali prideš v soboto. Dogovorili smo se za piknik pri njegovih starših. Pokliči me na {PHONE}.""",
    ),
]

# --------------------------------------------------------------------- Bulgarian
TEMPLATES += [
    (
        "bg",
        "A=f B=m C=f",
        """Пенсионерка спаси съседа си от пожар

Във вторник вечерта 79-годишната {A} забелязала дим от съседния апартамент и извела навън съседа си {B} (84 г.). „Не съм мислила, просто влязох“, разказва баба {A.f}. Дъщерята на спасения, {C}, изказва благодарност.""",
    ),
    (
        "bg",
        "A=m B=f C=m^A",
        """ПОКЛОН ПРЕД ПАМЕТТА НА

{A}
роден на {DOB:1938-1950} г.

Почина на {date:2023-2025} г. Поклонението ще се състои в петък от 12 ч. в църквата „Св. Никола“. От опечалените: съпруга {B}, син {C}.""",
    ),
    (
        "bg",
        "A=f B=m",
        """Препоръка

{A} работи в нашата фирма като счетоводител от 2016 г. Тя е отговорна, точна и коректна колега. Препоръчвам я без резерви.

{B}, управител
Тел. {PHONE}""",
    ),
    (
        "bg",
        "A=m B=f",
        """Здрасти, {B.n}!

{A.n} пита дали идваш в събота на рождения му ден. Събираме пари за подарък — ако искаш да се включиш, прати по сметка {IBAN:BG}.

Поздрави""",
    ),
    (
        "bg",
        "A=f B=m C=f",
        """Епикриза

Пациент: {A}, родена на {DOB:1945-1970} г.
Лекуващ лекар: д-р {B}

Пациентката постъпи с пневмония. След антибиотично лечение състоянието ѝ се подобри. Изписва се в добро общо състояние, придружена от дъщеря си {C}.""",
    ),
]

# --------------------------------------------------------------------- Romanian
TEMPLATES += [
    (
        "ro",
        "A=f B=m C=f",
        """O pensionară și-a salvat vecinul dintr-un apartament cuprins de fum

Marți seara, {A}, în vârstă de 77 de ani, a observat fum ieșind din apartamentul vecinului și l-a scos afară pe {B}, de 84 de ani. „N-am stat pe gânduri”, spune doamna {A.l}. Fiica bărbatului, {C}, îi mulțumește din suflet {A~g}.""",
    ),
    (
        "ro",
        "A=m B=f C=m^A",
        """Cu adâncă durere anunțăm trecerea la cele veșnice a celui care a fost

{A}
născut la {DOB:1938-1950}

Înmormântarea va avea loc vineri, ora 13, la Cimitirul Bellu. Familia îndoliată: soția {B}, fiul {C}.""",
    ),
    (
        "ro",
        "A=f B=m",
        """Scrisoare de recomandare

Doamna {A} a lucrat în cadrul firmei noastre ca economistă timp de șapte ani. Munca {A~g} a fost întotdeauna apreciată de colegi și de clienți. O recomand cu toată încrederea.

{B}, director general""",
    ),
    (
        "ro",
        "A=m B=f",
        """Salut, {B.f}!

{A.n} m-a rugat să-ți spun că petrecerea e sâmbătă la șase. Pentru cadoul colectiv poți trimite bani în contul meu: {IBAN:RO}. Nu-i spune nimic!

Pupici""",
    ),
    (
        "ro",
        "A=m B=f C=f",
        """Proces-verbal al ședinței asociației de proprietari

Prezenți: {A} (președinte), {B} (administrator) și 12 proprietari. Doamna {C} a semnalat infiltrații la etajul 4. S-a hotărât ca domnul {A.l} să solicite trei oferte.""",
    ),
    (
        "ro",
        "A=f B=m",
        """Bilet de externare

Pacienta: {A}, născută la {DOB:1950-1970}
Medic curant: dr. {B}

Pacienta a fost internată pentru pneumonie. Evoluția a fost favorabilă sub tratament antibiotic. Control la medicul de familie peste o săptămână. Pentru îngrijirea la domiciliu, numărul de telefon al familiei {A.l} este {PHONE}.""",
    ),
    (
        "ro",
        "#none",
        """Castelul Peleș din Sinaia a fost construit între 1873 și 1914 și a fost prima clădire din Europa iluminată integral cu energie electrică produsă local. Astăzi este muzeu și poate fi vizitat de marți până duminică.""",
    ),
]

# -------------------------------------------------------------------- Hungarian
TEMPLATES += [
    (
        "hu",
        "A=f B=m C=f",
        """Nyugdíjas asszony mentette ki szomszédját az égő lakásból

Kedden este a 76 éves {A} füstöt vett észre a szomszéd lakásnál, és kivezette a 84 éves {B~a}. „Nem gondolkodtam, csak bementem” – mondta. A férfi lánya, {C}, köszönetet mond {A.f~d}.""",
    ),
    (
        "hu",
        "A=m B=f C=m^A",
        """Fájdalommal tudatjuk, hogy

{A}
(született: {DOB:1938-1950})

életének 83. évében elhunyt. Temetése pénteken 13 órakor lesz a városi temetőben. Gyászolják: felesége, {B}, fia, {C}.""",
    ),
    (
        "hu",
        "A=f B=m",
        """Ajánlólevél

{A} 2016 óta dolgozik cégünknél könyvelőként. {A.f~i} mindig öröm volt együtt dolgozni; munkáját pontosan és megbízhatóan végzi. Jó szívvel ajánlom.

{B}, ügyvezető igazgató""",
    ),
    (
        "hu",
        "A=m B=f",
        """Szia {B.n}!

{A.n~t} megyünk szombaton, ő is kérdezte, hogy jössz-e. A közös ajándékra a számlámra tudsz utalni: {IBAN:HU}.

Puszi""",
    ),
    (
        "hu",
        "A=m B=f C=m",
        """Jegyzőkönyv a társasházi közgyűlésről

Jelen vannak: {A} (közös képviselő), {B}, {C} és további 11 tulajdonos. {B~b} érkezett bejelentés a tetőbeázásról. A közgyűlés megbízza {A~a} három árajánlat bekérésével.""",
    ),
    (
        "hu",
        "A=f B=m",
        """Zárójelentés

Beteg: {A}, szül.: {DOB:1945-1970}
Kezelőorvos: dr. {B}

A beteget tüdőgyulladás miatt vettük fel. Antibiotikus kezelés mellett állapota javult. Háziorvosi kontroll egy héten belül.""",
    ),
    (
        "hu",
        "A=m B=f C=m",
        """A családunk története

Dédapám, {A}, 1899-ben született egy Tisza menti faluban. 1923-ban vette feleségül {B~a}. {A.f~b} sok történetet hallottunk a háborúról, de a legtöbbet nagyapámtól, {C~b} tudunk.""",
    ),
    (
        "hu",
        "#none",
        """A budapesti Széchenyi fürdő Európa egyik legnagyobb gyógyfürdő-komplexuma. Az épület 1913-ban nyílt meg, és nevét gróf Széchenyi Istvánról kapta. A kültéri medencék télen is nyitva vannak.""",
    ),
]

# ---------------------------------------------------------------------- Finnish
TEMPLATES += [
    (
        "fi",
        "A=f B=m C=f",
        """Eläkeläinen pelasti naapurinsa palavasta asunnosta

Tiistai-iltana 75-vuotias {A} huomasi savua naapurin asunnosta ja auttoi 83-vuotiasta {B~p} ulos ennen palokunnan tuloa. ”En ehtinyt ajatella”, {A.f} kertoo. Miehen tytär {C} lähettää lämpimät kiitokset {A.f~t}.""",
    ),
    (
        "fi",
        "A=m B=f C=m^A",
        """Rakkaamme

{A}
s. {DOB:1938-1950}
k. {date:2023-2025}

Kaivaten
{B}
{C} perheineen

Siunaustilaisuus pidetään perjantaina klo 13 Kalevan kirkossa.""",
    ),
    (
        "fi",
        "A=f B=m",
        """Suosittelu

{A} työskenteli yrityksessämme kirjanpitäjänä vuosina 2016–2024. {A.f~e} on erinomainen tarkkuus ja hyvä yhteistyökyky. Suosittelen häntä lämpimästi.

{B}, toimitusjohtaja""",
    ),
    (
        "fi",
        "A=m B=f",
        """Moi {B.f}!

{A.f} kysyi, tuletko lauantaina. Kerätään yhteinen lahja – voit maksaa osuutesi tililleni {IBAN:FI}. Älä kerro {A.f~t}!""",
    ),
    (
        "fi",
        "A=m B=f C=m",
        """Taloyhtiön hallituksen kokouksen pöytäkirja

Läsnä: {A} (puheenjohtaja), {B}, {C}. {B~b} tuli ilmoitus kattovuodosta. Päätettiin, että {A.f} pyytää kolme tarjousta.""",
    ),
    (
        "fi",
        "A=f B=m",
        """Epikriisi

Potilas: {A}, syntynyt {DOB:1945-1970}
Hoitava lääkäri: {B}

Potilas otettiin osastolle keuhkokuumeen vuoksi. Antibioottihoidolla vointi parani. Jatkoseuranta terveyskeskuksessa viikon kuluttua.""",
    ),
    (
        "fi",
        "A=m B=f C=f",
        """Sukumme tarina

Isoisoisäni {A} syntyi vuonna 1901 Pohjois-Karjalassa. Hän meni naimisiin {B~g} kanssa vuonna 1926. {A.f~p} en itse muista, mutta isoäitini {C} kertoi hänestä usein.""",
    ),
    (
        "fi",
        "#none",
        """Sibelius-monumentti Helsingin Sibeliuksen puistossa paljastettiin vuonna 1967. Teos koostuu yli 600 teräsputkesta. Puisto on suosittu kävelykohde myös talvella.""",
    ),
]

# --------------------------------------------------------------------- Estonian
TEMPLATES += [
    (
        "et",
        "A=f B=m C=f",
        """Pensionär päästis naabri põlevast korterist

Teisipäeva õhtul märkas 77-aastane {A} naaberkorterist tulevat suitsu ja aitas 84-aastase {B~g} õue. „Ei jõudnud mõeldagi,“ ütleb {A.f}. Mehe tütar {C} tänab {A.f~p} südamest.""",
    ),
    (
        "et",
        "A=m B=f C=m^A",
        """Mälestame kallist abikaasat, isa ja vanaisa

{A}
sündinud {DOB:1938-1950}

Leinavad abikaasa {B}, poeg {C} perega. Ärasaatmine reedel kell 13 Pärnu Eliisabeti kirikus.""",
    ),
    (
        "et",
        "A=f B=m",
        """Soovitus

{A} töötas meie ettevõttes raamatupidajana kuus aastat. {A.f~k} oli alati meeldiv koostööd teha. Soovitan teda soojalt.

{B}, juhataja""",
    ),
    (
        "et",
        "A=m B=f",
        """Tere, {B.f}!

{A.f} küsis, kas tuled laupäeval. Korjame ühise kingituse jaoks raha – oma osa saad kanda minu kontole {IBAN:EE}. Ära {A.f~t} midagi ütle!""",
    ),
    (
        "et",
        "A=m B=f C=m",
        """Korteriühistu koosoleku protokoll

Osalesid: {A} (juhatuse esimees), {B}, {C} ja veel kaheksa omanikku. {B~e} oli küsimus katuse lekke kohta. Otsustati, et {A.f} võtab kolm hinnapakkumist.""",
    ),
]

# ------------------------------------------------------- Latvian / Lithuanian
TEMPLATES += [
    (
        "lv",
        "A=f B=m C=f",
        """Pensionāre izglāba kaimiņu no degoša dzīvokļa

Otrdienas vakarā 78 gadus vecā {A} pamanīja dūmus no kaimiņa dzīvokļa un palīdzēja {B~d} izkļūt ārā. „Es nedomāju, vienkārši gāju iekšā,“ stāsta {A.f}. Vīrieša meita {C} no sirds pateicas {A.f~d}.""",
    ),
    (
        "lv",
        "A=m B=f C=m^A",
        """Mūžībā aizgājis mūsu mīļais

{A}
dzimis {DOB:1938-1950}

Izvadīšana piektdien plkst. 13 Meža kapos. Sēro sieva {B} un dēls {C}.""",
    ),
    (
        "lv",
        "A=f B=m",
        """Rekomendācija

{A} strādāja mūsu uzņēmumā par grāmatvedi sešus gadus. Ar {A.f~a} vienmēr bija patīkami sadarboties. Iesaku viņu no sirds.

{B}, valdes priekšsēdētājs""",
    ),
    (
        "lv",
        "A=m B=f",
        """Sveika, {B.f~v}!

{A.f} jautāja, vai sestdien nāksi. Kopīgajai dāvanai naudu vari pārskaitīt uz manu kontu {IBAN:LV}.

Uz tikšanos!""",
    ),
    (
        "lt",
        "A=f B=m C=f",
        """Pensininkė išgelbėjo kaimyną iš degančio buto

Antradienio vakarą 76 metų {A} pastebėjo dūmus iš kaimyno buto ir padėjo {B~d} išeiti laukan. „Negalvojau, tiesiog įėjau“, – sako {A.f}. Vyro dukra {C} nuoširdžiai dėkoja {A.f~d}.""",
    ),
    (
        "lt",
        "A=m B=f C=m^A",
        """Netekome brangaus vyro, tėvo ir senelio

{A}
gimė {DOB:1938-1950}

Atsisveikinimas penktadienį laidojimo namuose. Liūdi žmona {B} ir sūnus {C}.""",
    ),
    (
        "lt",
        "A=f B=m",
        """Rekomendacija

{A} mūsų įmonėje dirbo buhaltere šešerius metus. Su {A.f~i} visada buvo malonu dirbti. Nuoširdžiai ją rekomenduoju.

{B}, direktorius""",
    ),
    (
        "lt",
        "A=m B=f",
        """Labas, {B.f~v}!

{A.f} klausė, ar ateisi šeštadienį. Bendrai dovanai pinigus gali pervesti į mano sąskaitą {IBAN:LT}. Nieko nesakyk {A.f~d}!""",
    ),
    (
        "lt",
        "A=m B=f C=m",
        """Daugiabučio namo savininkų susirinkimo protokolas

Dalyvavo: {A} (pirmininkas), {B}, {C} ir dar dešimt savininkų. {B} informavo apie stogo pratekėjimą. Nutarta pavesti {A~d} surinkti tris pasiūlymus.""",
    ),
]

# ------------------------------------------------------------ Scandinavian
TEMPLATES += [
    (
        "sv",
        "A=f B=m C=f",
        """Pensionär räddade grannen ur brinnande lägenhet

I tisdags kväll såg 77-åriga {A} rök komma från grannens lägenhet. Hon ringde larmcentralen och hjälpte sedan ut {B}, 84. – Jag tänkte inte, jag bara gick in, säger {A.f}. {B.f~g} dotter {C} är evigt tacksam.""",
    ),
    (
        "sv",
        "A=m B=f C=m^A D=f",
        """Vår älskade

{A}
* {DOB:1935-1950}   † {date:2023-2025}

har lämnat oss i stor sorg och saknad.

{B}
{C} och {D} med familjer

Begravningsgudstjänsten äger rum i Västerås domkyrka fredagen den 14 kl. 13.00.""",
    ),
    (
        "sv",
        "A=f B=m",
        """Referens

{A} har arbetat hos oss som undersköterska sedan 2017. Hon är omtyckt av både kollegor och patienter och har ett stort ansvarstagande. Jag rekommenderar henne varmt.

{B}, enhetschef
Tel. {PHONE}""",
    ),
    (
        "sv",
        "A=m B=f C=m",
        """Protokoll fört vid årsmöte i Bostadsrättsföreningen Linden

Närvarande: {A} (ordförande), {B} (sekreterare), {C} samt 14 medlemmar.

§ 4. Kassören {C.l} redovisade ekonomin. Årsavgiften höjs med 3 procent.
§ 5. {B.l} tog upp problemet med cyklar i trapphuset.
§ 6. Mötet avslutades med {A.f~g} tack till styrelsen.""",
    ),
    (
        "sv",
        "A=f B=m",
        """Hej {B.f}!

{A.f} har fyllt 40 och vi samlar in till en present. Swisha till mig på {PHONE} eller sätt in på mitt konto {IBAN:SE}. Säg inget till henne!

Kram""",
    ),
    (
        "sv",
        "A=m B=f",
        """Epikris

Patient: {A}, född {DOB:1945-1965}
Ansvarig läkare: {B}

Patienten inkom med bröstsmärta. Akut hjärtinfarkt konstaterades och en stent sattes in. Gott förlopp. Återbesök på hjärtmottagningen om fyra veckor.""",
    ),
    (
        "sv",
        "A=f B=m C=f",
        """Släktforskning – anteckningar

Mormors mor, {A}, föddes 1899 i en torparstuga i Värmland. Hon gifte sig 1921 med {B}, dräng på grannsgården. {A.f~g} syster {C} emigrerade till Minnesota 1923.""",
    ),
    (
        "sv",
        "#none",
        """Nobelmuseet i Stockholm berättar historien om Nobelpriset och pristagarna. Museet ligger i Börshuset i Gamla stan och har öppet alla dagar under {=sommaren|högsäsongen}.""",
    ),
    (
        "no",
        "A=f B=m C=f",
        """Pensjonist reddet naboen fra brennende leilighet

Tirsdag kveld oppdaget 76 år gamle {A} røyk fra naboleiligheten og fikk {B} (83) ut. – Jeg tenkte ikke, jeg bare gikk inn, sier {A.f}. {B.f~g} datter {C} takker henne av hele sitt hjerte.""",
    ),
    (
        "no",
        "A=m B=f C=m^A",
        """Vår kjære

{A}
født {DOB:1938-1950}

sovnet stille inn. Bisettelse fra Ullern kirke fredag kl. 12. {B}, {C} med familie.""",
    ),
    (
        "no",
        "A=f B=m",
        """Attest

{A} har vært ansatt hos oss som regnskapsmedarbeider siden 2016. Hun er nøyaktig, pålitelig og en god kollega. Jeg anbefaler henne på det varmeste.

{B}, daglig leder""",
    ),
    (
        "no",
        "A=m B=f",
        """Hei {B.f}!

{A.f} fyller 50 på lørdag. Vi spleiser på en gave – vipps til meg på {PHONE}. Ikke si noe til ham!""",
    ),
    (
        "no",
        "A=m B=f C=m",
        """Referat fra styremøte i borettslaget

Til stede: {A} (styreleder), {B}, {C}. {B.f} orienterte om lekkasjen i kjelleren. {A.f} innhenter tre tilbud.""",
    ),
    (
        "da",
        "A=f B=m C=f",
        """Pensionist reddede naboen ud af brændende lejlighed

Tirsdag aften så 78-årige {A} røg komme fra naboens lejlighed og hjalp {B} (85) ud. – Jeg tænkte slet ikke, siger {A.f}. {B.f~g} datter, {C}, er dybt taknemmelig.""",
    ),
    (
        "da",
        "A=m B=f C=m^A",
        """Vores elskede

{A}
født {DOB:1938-1950}

er sovet stille ind. Bisættelsen finder sted fra Vor Frue Kirke fredag kl. 13. {B}, {C} og børnebørn.""",
    ),
    (
        "da",
        "A=f B=m",
        """Anbefaling

{A} har været ansat hos os som bogholder siden 2015. Hun er grundig, pålidelig og afholdt af alle kolleger. Jeg kan varmt anbefale hende.

{B}, direktør""",
    ),
    (
        "da",
        "A=m B=f",
        """Hej {B.f}!

{A.f} fylder 60 på lørdag, og vi samler ind til en gave. Du kan overføre til min konto {IBAN:DK} eller MobilePay {PHONE}. Sig ikke noget til ham!""",
    ),
    (
        "da",
        "A=m B=f C=m",
        """Referat af bestyrelsesmøde i Andelsboligforeningen Birken

Til stede: {A} (formand), {B}, {C}. {C.l} fremlagde regnskabet. {B.f} foreslog at male opgangene. Vedtaget.""",
    ),
    (
        "is",
        "A=f B=m C=f",
        """Eldri kona bjargaði nágranna sínum úr brennandi íbúð

Á þriðjudagskvöld varð {A} vör við reyk úr íbúð nágrannans og hjálpaði {B~d} út. „Ég hugsaði ekki, ég fór bara inn,“ segir {A.f}. Dóttir hans, {C}, þakkar {A.f~d} innilega.""",
    ),
    (
        "is",
        "A=m B=f C=m^A",
        """Ástkær eiginmaður minn, faðir og afi

{A}
fæddur {DOB:1938-1950}

lést á Landspítalanum. Útförin fer fram frá Hallgrímskirkju föstudaginn kl. 13. {B}, {C}.""",
    ),
    (
        "is",
        "A=f B=m",
        """Meðmæli

{A} starfaði hjá okkur sem bókari í sex ár. Það var alltaf ánægjulegt að vinna með {A.f~d}. Ég mæli eindregið með henni.

{B}, framkvæmdastjóri""",
    ),
    (
        "is",
        "A=m B=f",
        """Hæ {B.f}!

{A.n} á afmæli á laugardaginn. Við söfnum fyrir gjöf – þú getur lagt inn á reikninginn minn {IBAN:IS}. Ekki segja {A.f~d} neitt!""",
    ),
    (
        "is",
        "A=m B=f C=m",
        """Úr ættarsögunni

Langafi minn, {A}, fæddist árið 1899 á bæ í Skagafirði. Hann kvæntist {B~d} árið 1924. Besti vinur {A.f~g}, {C}, flutti til Reykjavíkur eftir stríð og skrifaði honum bréf í fjörutíu ár.""",
    ),
]

# ------------------------------------------------------------------------ Greek
TEMPLATES += [
    (
        "el",
        "A=f B=m C=f",
        """Ηλικιωμένη έσωσε τον γείτονά της από φωτιά

Την Τρίτη το βράδυ η 77χρονη {A} αντιλήφθηκε καπνό από το διπλανό διαμέρισμα και έβγαλε έξω τον 84χρονο {B~a}. «Δεν το σκέφτηκα καθόλου», λέει η κυρία {A.l}. Η κόρη του, {C}, ευχαριστεί θερμά την {A.f~a}.""",
    ),
    (
        "el",
        "A=m B=f C=m^A",
        """Ο πολυαγαπημένος μας σύζυγος, πατέρας και παππούς

{A}
γεννηθείς {DOB:1935-1950}

απεβίωσε. Η κηδεία θα γίνει την Παρασκευή στις 12:00 από τον Ιερό Ναό Αγίου Δημητρίου. Οι τεθλιμμένοι: η σύζυγος {B}, ο γιος {C}.""",
    ),
    (
        "el",
        "A=f B=m",
        """Συστατική επιστολή

Η κυρία {A} εργάστηκε στην εταιρεία μας ως λογίστρια για έξι χρόνια. Η συνεργασία με την {A~a} ήταν πάντα άψογη. Τη συστήνω ανεπιφύλακτα.

{B}, Γενικός Διευθυντής""",
    ),
    (
        "el",
        "A=m B=f",
        """Γεια σου {B.f~v}!

Ο {A.f} ρωτάει αν θα έρθεις το Σάββατο. Μαζεύουμε για κοινό δώρο — μπορείς να στείλεις στον λογαριασμό μου {IBAN:GR}. Μην πεις τίποτα στον {A.f~a}!""",
    ),
    (
        "el",
        "A=m B=f C=m",
        """Πρακτικό γενικής συνέλευσης πολυκατοικίας

Παρόντες: {A} (διαχειριστής), {B}, {C} και άλλοι εννέα ιδιοκτήτες. Η κυρία {B.l} ανέφερε υγρασία στον τέταρτο όροφο. Αποφασίστηκε ο κ. {A.l} να ζητήσει τρεις προσφορές.""",
    ),
    (
        "el",
        "A=f B=m",
        """Εξιτήριο

Ασθενής: {A}, ημερομηνία γέννησης {DOB:1945-1970}
Θεράπων ιατρός: {B}

Η ασθενής νοσηλεύτηκε λόγω πνευμονίας. Μετά από αντιβιοτική αγωγή η κατάστασή της βελτιώθηκε. Επανέλεγχος σε μία εβδομάδα.""",
    ),
    (
        "el",
        "A=m B=f C=f",
        """Η ιστορία της οικογένειάς μας

Ο προπάππους μου, {A}, γεννήθηκε το 1900 σε ένα χωριό της Ηπείρου. Το 1925 παντρεύτηκε την {B~a}. Για τον {A.f~a} μάς μιλούσε συχνά η γιαγιά μου, η {C}, η μικρότερη κόρη του.""",
    ),
    (
        "el",
        "#none",
        """Το Μουσείο της Ακρόπολης άνοιξε το 2009 και φιλοξενεί ευρήματα από τον ιερό βράχο. Οι επισκέπτες μπορούν να δουν τις Καρυάτιδες από πολύ κοντά. Τα εισιτήρια αγοράζονται {=ηλεκτρονικά|και στο ταμείο}.""",
    ),
]

# ---------------------------------------------------------------------- Turkish
TEMPLATES += [
    (
        "tr",
        "A=f B=m C=f",
        """Emekli kadın komşusunu yangından kurtardı

Salı akşamı 76 yaşındaki {A}, yan daireden duman geldiğini fark edince hiç düşünmeden içeri girdi ve 84 yaşındaki {B~a} dışarı çıkardı. “Hiç düşünmedim, sadece girdim” diyen {A.f~d} teşekkür eden {B.l~g} kızı {C}, “Annemden sonra bana en iyi gelen insan o” dedi.""",
    ),
    (
        "tr",
        "A=m B=f C=m^A",
        """VEFAT

Değerli büyüğümüz {A} ({DOB:1938-1950} doğumlu) {date:2023-2025} tarihinde vefat etmiştir. Cenazesi Cuma günü öğle namazını müteakip Karacaahmet Camii'nden kaldırılacaktır. Eşi {B}, oğlu {C} ve ailesine başsağlığı dileriz.""",
    ),
    (
        "tr",
        "A=f B=m",
        """Referans mektubu

{A}, 2017–2024 yılları arasında şirketimizde muhasebe uzmanı olarak çalışmıştır. {A.f~i} çalışmak her zaman keyifliydi. Kendisini gönül rahatlığıyla tavsiye ederim.

{B}
Genel Müdür
{PHONE}""",
    ),
    (
        "tr",
        "A=m B=f C=m",
        """Apartman yönetim toplantısı tutanağı

Katılanlar: {A} (yönetici), {B}, {C} ve 9 daire sakini.

1. {B~b} çatı akıntısı şikâyeti geldi. {A~d} üç teklif alma görevi verildi.
2. {C.f}, otoparktaki aydınlatmanın yetersiz olduğunu belirtti.
3. Aidat 50 TL artırıldı.""",
    ),
    (
        "tr",
        "A=m B=f",
        """Taburcu özeti

Hasta: {A}, doğum tarihi {DOB:1945-1970}
Sorumlu hekim: Dr. {B}

Hasta toplum kökenli pnömoni tanısıyla yatırıldı. Antibiyotik tedavisiyle klinik durumu düzeldi. Bir hafta sonra aile hekimi kontrolü önerilir.""",
    ),
    (
        "tr",
        "A=f B=m C=m",
        """Selam {B.f},

{A.f~l} kalıyoruz cumartesi, sen de gel! {C.f~g} doğum günü için ortak hediye alıyoruz, payını şu IBAN'a atabilirsin: {IBAN:TR}. Sakın {C.f~d} söyleme!""",
    ),
    (
        "tr",
        "A=m B=f C=m D=f",
        """Ailemizin hikâyesi

Büyük dedem {A}, 1905'te Rize'nin bir köyünde doğmuş. 1928'de {B~i} evlenmiş. {A.f~g} en büyük oğlu {C}, İstanbul'a göç edip bir fırın açmış. Bu hikâyeleri bize hep babaannem {D} anlatırdı.""",
    ),
    (
        "tr",
        "A=m B=m",
        """Amatör lig: Yıldızspor son dakikada güldü

Karşılaşmanın 90+2. dakikasında {A~g} kafa golü Yıldızspor'a üç puanı getirdi. Konuk ekipte {B}, ilk yarıda penaltıdan gol atmıştı. Maçın ardından {A.f} “Bu gol annem için” dedi.""",
    ),
    (
        "tr",
        "#none",
        """Ayasofya, 537 yılında Bizans İmparatoru Justinianus döneminde inşa edildi. Yapı, yüzyıllar boyunca kilise, cami ve müze olarak kullanıldı. Ziyaretçiler için giriş saatleri namaz vakitlerine göre {=değişmektedir|düzenlenmektedir}.""",
    ),
]

# ----------------------------------------------------------------------- Arabic
TEMPLATES += [
    (
        "ar",
        "A=f B=m C=f",
        """مسنّة تنقذ جارها من حريق

أنقذت {A}، البالغة من العمر 74 عامًا، جارها {B} من شقته التي امتلأت بالدخان مساء الثلاثاء. وقالت {A.f}: «لم أفكر، دخلت فقط». وتوجهت ابنة الجار، {C}، بالشكر إلى جارة والدها قائلة إن ما فعلته «لن يُنسى».""",
    ),
    (
        "ar",
        "A=m B=f C=m^A",
        """نعي

انتقل إلى رحمة الله تعالى الحاج {A}، المولود في {DOB:1935-1950}، عن عمر ناهز 82 عامًا. وسيُشيَّع الجثمان بعد صلاة الظهر من مسجد النور. والعزاء في منزل الفقيد. زوجته {B}، وابنه {C}.

إنا لله وإنا إليه راجعون.""",
    ),
    (
        "ar",
        "A=f B=m",
        """خطاب توصية

يسعدني أن أوصي بالسيدة {A}، التي عملت في شركتنا محاسبةً لمدة ست سنوات. وقد أثبتت {A.f} كفاءة عالية وأمانة في العمل. للتواصل: {PHONE}.

{B}
المدير العام""",
    ),
    (
        "ar",
        "A=m B=f C=m",
        """محضر اجتماع سكان العمارة

الحضور: {A} (رئيس اللجنة)، و{B}، و{C}، وتسعة من السكان.
تقدّمت {B.f} بشكوى بشأن تسرّب المياه من السطح. وتقرر تكليف {A.f} بالحصول على ثلاثة عروض أسعار.""",
    ),
    (
        "ar",
        "A=m B=f",
        """ملخص خروج من المستشفى

المريض: {A}، تاريخ الميلاد: {DOB:1945-1970}
الطبيبة المعالجة: د. {B}

أُدخل المريض بسبب التهاب رئوي، وتحسنت حالته بعد العلاج بالمضادات الحيوية. يُنصح بالمتابعة لدى طبيب الأسرة خلال أسبوع.""",
    ),
    (
        "ar",
        "A=f B=m C=f",
        """أهلاً يا {B.f}،

أم {C.f} تسأل إن كنت ستأتي يوم الجمعة. سنجمع المال لهدية {A.f}، ويمكنك التحويل إلى حسابي: {IBAN}. لا تخبرها بشيء!""",
    ),
    (
        "ar",
        "A=m B=m C=f",
        """إفادة شاهد

أنا {B}، المقيم في {ADDR}، أفيد بأنني شاهدت مساء {date} شخصًا أعرفه باسم {A} يحاول فتح سيارة جارتي {C}. وقد اتصلت بالشرطة فورًا من هاتفي {PHONE}.""",
    ),
    (
        "ar",
        "A=m B=f C=m D=f",
        """حكاية عائلتنا

وُلد جدّي الأكبر {A} عام 1902 في قرية قرب نابلس. تزوّج من {B} عام 1927، وأنجبا خمسة أبناء. هاجر ابنه الأكبر {C} إلى تشيلي في الخمسينيات، ولم نعرف عنه إلا القليل. أما جدتي {D} فكانت تحكي لنا عن {A.f} كل ليلة.""",
    ),
    (
        "ar",
        "A=f B=m",
        """تهنئة

يتقدم {B} وأسرته بأحرّ التهاني إلى الدكتورة {A} بمناسبة حصولها على درجة الدكتوراه في الصيدلة. ألف مبروك يا {A.f}، وإلى مزيد من النجاح.""",
    ),
    (
        "ar",
        "A=m B=f",
        """مباراة الحي: فوز قاتل لفريق الشباب

سجّل {A} هدف الفوز في الدقيقة الأخيرة. وقالت والدته {B} إن ابنها «يتدرّب كل يوم بعد المدرسة». وأهدى {A.f} الهدف لجدّه.""",
    ),
    (
        "ar",
        "#none",
        """يُعدّ المتحف المصري الكبير بالقرب من أهرامات الجيزة أكبر متحف أثري في العالم مخصص لحضارة واحدة. ويضم مجموعة الملك توت عنخ آمون كاملة لأول مرة. ويُنصح بحجز التذاكر عبر الإنترنت.""",
    ),
]

# ----------------------------------------------------------------------- Hebrew
TEMPLATES += [
    (
        "he",
        "A=f B=m C=f",
        """קשישה הצילה את שכנה מדירה בוערת

ביום שלישי בערב הבחינה {A}, בת 77, בעשן שיצא מהדירה הסמוכה, ומיהרה להוציא החוצה את שכנה {B}, בן 84. "לא חשבתי, פשוט נכנסתי", סיפרה. בתו של השכן, {C}, הודתה ל{A.f} מכל הלב.""",
    ),
    (
        "he",
        "A=m B=f C=m^A",
        """בצער רב אנו מודיעים על פטירתו של

{A} ז"ל
נולד ב-{DOB:1935-1950}

הלוויה תתקיים ביום שישי בשעה 11:00 בבית העלמין. המשפחה יושבת שבעה בבית המנוח. {B}, {C} והנכדים.""",
    ),
    (
        "he",
        "A=f B=m",
        """מכתב המלצה

{A} עבדה בחברתנו כמנהלת חשבונות במשך שש שנים. העבודה עם {A.f} הייתה תמיד נעימה ומקצועית. אני ממליץ עליה בחום.

{B}, מנכ"ל
טלפון: {PHONE}""",
    ),
    (
        "he",
        "A=m B=f C=m",
        """פרוטוקול אסיפת דיירים

נוכחים: {A} (נציג הבית), {B}, {C} ועוד תשעה דיירים. {B.f} העלתה את בעיית הרטיבות בקומה הרביעית. הוחלט ש{A.f} יקבל שלוש הצעות מחיר.""",
    ),
    (
        "he",
        "A=m B=f",
        """סיכום אשפוז

שם המטופל: {A}, תאריך לידה: {DOB:1945-1970}
רופאה מטפלת: ד"ר {B}

המטופל אושפז בשל דלקת ריאות. לאחר טיפול אנטיביוטי חל שיפור במצבו. מומלץ מעקב אצל רופא המשפחה בעוד שבוע.""",
    ),
    (
        "he",
        "A=f B=m C=m",
        """היי {B.f},

אנחנו אוספים כסף למתנה ל{A.f} ול{C.f} לרגל החתונה. אפשר להעביר בביט ל-{PHONE}. אל תגלה להם!""",
    ),
    (
        "he",
        "A=m B=f C=m",
        """תולדות המשפחה

סבא רבא שלי, {A}, נולד ב-1898 בעיירה קטנה בפולין. ב-1924 התחתן עם {B}, ושנה לאחר מכן עלו לארץ. בנם הבכור, {C}, היה מראשוני המושב. על {A.f} סיפרו שהיה הסנדלר הכי טוב בעמק.""",
    ),
    (
        "he",
        "#none",
        """מוזיאון ישראל בירושלים נוסד ב-1965 ומחזיק באחד מאוספי האמנות והארכאולוגיה הגדולים בעולם. בהיכל הספר מוצגות מגילות ים המלח. מומלץ להזמין כרטיסים מראש.""",
    ),
]

# ---------------------------------------------------------------- Persian / Urdu
TEMPLATES += [
    (
        "fa",
        "A=f B=m C=f",
        """بانوی سالمند همسایه‌اش را از آتش نجات داد

سه‌شنبه شب {A}، ۷۵ ساله، متوجه دود از خانه همسایه شد و {B} را از آپارتمان بیرون آورد. {A.f} می‌گوید: «اصلاً فکر نکردم، فقط رفتم داخل.» دختر همسایه، {C}، از او صمیمانه تشکر کرد.""",
    ),
    (
        "fa",
        "A=m B=f C=m^A",
        """درگذشت

با نهایت تأسف درگذشت پدر عزیزمان، شادروان {A}، متولد {DOB:1935-1950}، را به اطلاع می‌رسانیم. مراسم ختم روز جمعه در مسجد الجواد برگزار می‌شود. همسر: {B}، پسر: {C}.""",
    ),
    (
        "fa",
        "A=f B=m",
        """توصیه‌نامه

خانم {A} شش سال در شرکت ما به عنوان حسابدار مشغول به کار بودند. همکاری با ایشان همیشه مایه خرسندی بود. با اطمینان ایشان را توصیه می‌کنم.

{B}، مدیرعامل""",
    ),
    (
        "fa",
        "A=m B=f",
        """سلام {B.f} جان،

{A.f} می‌پرسد جمعه می‌آیی یا نه. برای هدیه تولدش پول جمع می‌کنیم؛ شماره تماس من {PHONE} است. چیزی به او نگو!""",
    ),
    (
        "fa",
        "A=m B=f C=m",
        """صورتجلسه مجمع ساکنان ساختمان

حاضرین: {A} (مدیر ساختمان)، {B}، {C} و نُه نفر دیگر. خانم {B.l} از نشت آب پشت‌بام شکایت کرد. مقرر شد آقای {A.l} سه پیش‌فاکتور تهیه کند.""",
    ),
    (
        "fa",
        "A=f B=m",
        """خلاصه ترخیص

بیمار: {A}، تاریخ تولد: {DOB:1950-1975}
پزشک معالج: دکتر {B}

بیمار به دلیل عفونت ریه بستری شد و پس از درمان با آنتی‌بیوتیک حالش بهبود یافت. پیگیری نزد پزشک خانواده یک هفته بعد.""",
    ),
    (
        "ur",
        "A=f B=m C=f",
        """بزرگ خاتون نے پڑوسی کو آگ سے بچا لیا

منگل کی شام {A} نے، جن کی عمر 74 سال ہے، ساتھ والے گھر سے دھواں اٹھتے دیکھا اور {B} کو باہر نکال لائیں۔ {A.f} نے کہا: "میں نے کچھ نہیں سوچا، بس اندر چلی گئی۔" {B.f} کی بیٹی {C} نے ان کا شکریہ ادا کیا۔""",
    ),
    (
        "ur",
        "A=m B=f C=m^A",
        """انتقالِ پُرملال

نہایت افسوس کے ساتھ اطلاع دی جاتی ہے کہ {A} (تاریخ پیدائش {DOB:1938-1952}) انتقال کر گئے ہیں۔ نمازِ جنازہ جمعہ کو بعد نمازِ ظہر ادا کی جائے گی۔ سوگواران: اہلیہ {B}، بیٹا {C}۔""",
    ),
    (
        "ur",
        "A=m B=f",
        """سفارشی خط

{A} ہمارے ادارے میں چھ سال تک اکاؤنٹنٹ کے طور پر کام کرتے رہے۔ وہ دیانت دار اور محنتی ہیں۔ میں ان کی پُرزور سفارش کرتی ہوں۔

{B}
فون: {PHONE}""",
    ),
]

# ------------------------------------------------------------------ Hindi etc.
TEMPLATES += [
    (
        "hi",
        "A=f B=m C=f",
        """बुज़ुर्ग महिला ने पड़ोसी को आग से बचाया

मंगलवार शाम 72 वर्षीय {A} ने पड़ोस के फ़्लैट से धुआँ निकलते देखा और बिना देर किए 80 वर्षीय {B} को बाहर निकाल लाईं। {A.f} ने कहा, "मैंने कुछ सोचा ही नहीं, बस अंदर चली गई।" {B.f} की बेटी {C} ने उनका आभार जताया।""",
    ),
    (
        "hi",
        "A=m B=f C=m",
        """शोक संदेश

अत्यंत दुःख के साथ सूचित किया जाता है कि हमारे पूज्य पिताजी श्री {A} (जन्म: {DOB:1938-1952}) का {date:2023-2025} को देहावसान हो गया। उठावनी रविवार को शाम 4 बजे आर्य समाज मंदिर में होगी।

शोकाकुल: {B} (पत्नी), {C} (पुत्र) एवं समस्त परिवार""",
    ),
    (
        "hi",
        "A=f B=m",
        """अनुशंसा पत्र

सुश्री {A} ने हमारी संस्था में छह वर्षों तक लेखाकार के रूप में कार्य किया। उनका काम हमेशा सटीक और भरोसेमंद रहा। मैं उनकी पूरी तरह से अनुशंसा करता हूँ।

{B}
निदेशक
फ़ोन: {PHONE}""",
    ),
    (
        "hi",
        "A=m B=f C=m",
        """सोसाइटी बैठक का कार्यवृत्त

उपस्थित: {A} (सचिव), {B}, {C} तथा 12 अन्य सदस्य।
1. {B.f} जी ने छत से पानी टपकने की शिकायत की। तय हुआ कि {A.f} जी तीन ठेकेदारों से कोटेशन लेंगे।
2. {C.f} जी ने पार्किंग की समस्या उठाई।""",
    ),
    (
        "hi",
        "A=m B=f",
        """डिस्चार्ज सारांश

मरीज़: {A}, जन्म तिथि: {DOB:1950-1975}
चिकित्सक: डॉ. {B}

मरीज़ को निमोनिया के कारण भर्ती किया गया था। एंटीबायोटिक उपचार के बाद स्थिति में सुधार हुआ। एक सप्ताह बाद फ़ॉलो-अप के लिए आएँ।""",
    ),
    (
        "hi",
        "A=f B=m C=m",
        """अरे {B.f},

शनिवार को {A.f} की बर्थडे पार्टी है! हम सब मिलकर गिफ़्ट ले रहे हैं — अपना हिस्सा मुझे {PHONE} पर UPI कर देना। {C.f} को कुछ मत बताना, वो सब बोल देगा 😂""",
    ),
    (
        "hi",
        "A=m B=f C=m D=f",
        """हमारे परिवार की कहानी

मेरे परदादा {A} का जन्म 1905 में बनारस के पास एक गाँव में हुआ था। 1927 में उनका विवाह {B} से हुआ। उनके बड़े बेटे {C} रेलवे में नौकरी करने कलकत्ता चले गए। यह सब हमें दादी {D} सुनाया करती थीं।""",
    ),
    (
        "hi",
        "A=m B=m",
        """मोहल्ला क्रिकेट: आख़िरी गेंद पर जीत

आख़िरी गेंद पर छक्का लगाकर {A} ने अपनी टीम को जीत दिलाई। विरोधी टीम के कप्तान {B} ने भी माना कि "{A.f} आज अलग ही फ़ॉर्म में था।\"""",
    ),
    (
        "hi",
        "#none",
        """ताजमहल का निर्माण मुग़ल बादशाह शाहजहाँ ने अपनी पत्नी मुमताज़ महल की याद में करवाया था। यह शुक्रवार को बंद रहता है। सूर्योदय के समय यहाँ आना सबसे अच्छा माना जाता है।""",
    ),
    (
        "bn",
        "A=f B=m C=f",
        """বৃদ্ধা প্রতিবেশীকে আগুন থেকে বাঁচালেন

মঙ্গলবার সন্ধ্যায় ৭৩ বছরের {A} পাশের ফ্ল্যাট থেকে ধোঁয়া বেরোতে দেখে {B~g} দরজায় ধাক্কা দেন এবং তাঁকে বাইরে নিয়ে আসেন। {B.f~g} মেয়ে {C} কৃতজ্ঞতা জানিয়েছেন।""",
    ),
    (
        "bn",
        "A=m B=f C=m",
        """শোকসংবাদ

গভীর দুঃখের সঙ্গে জানাচ্ছি যে আমাদের প্রিয় বাবা {A} (জন্ম: {DOB:1938-1952}) পরলোকগমন করেছেন। শ্রাদ্ধানুষ্ঠান রবিবার। শোকার্ত: স্ত্রী {B}, পুত্র {C}।""",
    ),
    (
        "bn",
        "A=f B=m",
        """সুপারিশপত্র

{A} আমাদের প্রতিষ্ঠানে ছয় বছর হিসাবরক্ষক হিসেবে কাজ করেছেন। {A.f~g} কাজ সবসময় নির্ভুল ও নির্ভরযোগ্য ছিল। আমি তাঁকে আন্তরিকভাবে সুপারিশ করছি।

{B}
ফোন: {PHONE}""",
    ),
    (
        "bn",
        "A=m B=f",
        """এই {B.f},

শনিবার {A.f~g} জন্মদিন! আমরা সবাই মিলে উপহার কিনছি। তোর ভাগের টাকাটা বিকাশে পাঠিয়ে দিস {PHONE} নম্বরে। ওকে কিছু বলিস না!""",
    ),
    (
        "bn",
        "A=m B=f C=m",
        """আমাদের পরিবারের ইতিহাস

আমার প্রপিতামহ {A} ১৯০৩ সালে ঢাকার কাছে এক গ্রামে জন্মগ্রহণ করেন। ১৯২৫ সালে {B~g} সঙ্গে তাঁর বিয়ে হয়। তাঁদের বড় ছেলে {C} দেশভাগের পর কলকাতায় চলে যান।""",
    ),
    (
        "ta",
        "A=f B=m C=f",
        """மூதாட்டி பக்கத்து வீட்டுக்காரரை தீயிலிருந்து காப்பாற்றினார்

செவ்வாய்க்கிழமை மாலை 74 வயதான {A} பக்கத்து வீட்டில் புகை வருவதைக் கண்டு, 82 வயதான {B} அவர்களை வெளியே அழைத்து வந்தார். {B.f~g} மகள் {C} அவருக்கு நன்றி தெரிவித்தார்.""",
    ),
    (
        "ta",
        "A=m B=f C=m",
        """இரங்கல் அறிவிப்பு

எங்கள் அன்புத் தந்தை திரு. {A} (பிறந்த தேதி: {DOB:1938-1952}) அவர்கள் இறைவனடி சேர்ந்தார் என்பதை ஆழ்ந்த வருத்தத்துடன் தெரிவிக்கிறோம். இறுதிச் சடங்கு வெள்ளிக்கிழமை நடைபெறும். துயரத்தில்: மனைவி {B}, மகன் {C}.""",
    ),
    (
        "ta",
        "A=f B=m",
        """பரிந்துரைக் கடிதம்

திருமதி {A} எங்கள் நிறுவனத்தில் ஆறு ஆண்டுகள் கணக்காளராகப் பணியாற்றினார். அவருடைய வேலை எப்போதும் துல்லியமாக இருந்தது. அவரை மனதாரப் பரிந்துரைக்கிறேன்.

{B}
தொலைபேசி: {PHONE}""",
    ),
    (
        "ta",
        "A=m B=f",
        """ஹாய் {B.f},

சனிக்கிழமை {A.f~g} பிறந்தநாள்! எல்லோரும் சேர்ந்து பரிசு வாங்குகிறோம். உன் பங்கை {PHONE} என்ற எண்ணுக்கு GPay பண்ணு. {A.f~d} எதுவும் சொல்லாதே!""",
    ),
    (
        "ta",
        "A=m B=f C=m",
        """எங்கள் குடும்ப வரலாறு

என் கொள்ளுத் தாத்தா {A} 1904-ல் தஞ்சாவூர் அருகே ஒரு கிராமத்தில் பிறந்தார். 1926-ல் {B} அவர்களை மணந்தார். அவர்களுடைய மூத்த மகன் {C} பின்னர் சிங்கப்பூருக்குச் சென்றார்.""",
    ),
]

# ----------------------------------------------------- Thai, Vietnamese, Indonesian...
TEMPLATES += [
    (
        "th",
        "A=f B=m C=f",
        """คุณยายวัย 75 ช่วยเพื่อนบ้านออกจากห้องที่ไฟไหม้

เมื่อค่ำวันอังคาร คุณ{A} วัย 75 ปี เห็นควันลอยออกมาจากห้องข้างๆ จึงรีบเข้าไปพาคุณ{B} วัย 83 ปี ออกมาได้อย่างปลอดภัย "ไม่ได้คิดอะไรเลย แค่เข้าไปเลย" คุณ{A.f}เล่า ลูกสาวของคุณ{B.f} คือคุณ{C} กล่าวขอบคุณอย่างซาบซึ้ง""",
    ),
    (
        "th",
        "A=m B=f C=m",
        """ประกาศ

ด้วยความอาลัยยิ่ง ครอบครัวขอแจ้งข่าวการจากไปของ นาย{A} (เกิด {DOB:1938-1952}) สวดพระอภิธรรม ณ วัดธาตุทอง ศาลา 5 ระหว่างวันที่ 10-16 เวลา 19.00 น. ภรรยา: นาง{B} บุตร: นาย{C}""",
    ),
    (
        "th",
        "A=f B=m",
        """หนังสือรับรอง

ข้าพเจ้าขอรับรองว่า นางสาว{A} ได้ปฏิบัติงานในตำแหน่งนักบัญชีของบริษัทเป็นเวลาหกปี มีความรับผิดชอบและซื่อสัตย์ จึงขอแนะนำเป็นอย่างยิ่ง

{B}
กรรมการผู้จัดการ
โทร {PHONE}""",
    ),
    (
        "th",
        "A=m B=f",
        """หวัดดี{B.n}

วันเสาร์นี้วันเกิด{A.n}นะ พวกเรารวมเงินซื้อของขวัญกัน โอนมาที่พร้อมเพย์ {PHONE} ได้เลย อย่าบอก{A.n}นะ!""",
    ),
    (
        "th",
        "A=m B=f C=m",
        """บันทึกการประชุมนิติบุคคลอาคารชุด

ผู้เข้าร่วม: คุณ{A} (ประธาน), คุณ{B}, คุณ{C} และเจ้าของร่วมอีก 10 ราย
คุณ{B.f}แจ้งปัญหาน้ำรั่วจากดาดฟ้า ที่ประชุมมอบหมายให้คุณ{A.f}ขอใบเสนอราคาสามราย""",
    ),
    (
        "vi",
        "A=f B=m C=f",
        """Cụ bà cứu hàng xóm khỏi đám cháy

Tối thứ Ba, bà {A}, 76 tuổi, phát hiện khói bốc ra từ căn hộ bên cạnh và đã đưa ông {B}, 84 tuổi, ra ngoài an toàn. "Tôi không kịp nghĩ gì cả," bà {A.f} kể. Con gái ông {B.f}, chị {C}, xúc động cảm ơn bà.""",
    ),
    (
        "vi",
        "A=m B=f C=m",
        """CÁO PHÓ

Gia đình vô cùng thương tiếc báo tin: Ông {A}, sinh {DOB:1938-1952}, đã từ trần vào {date:2023-2025}. Lễ viếng tổ chức tại Nhà tang lễ Thành phố. Vợ: bà {B}. Con trai: ông {C}.""",
    ),
    (
        "vi",
        "A=f B=m",
        """Thư giới thiệu

Chị {A} đã làm kế toán tại công ty chúng tôi trong sáu năm. Chị {A.f} luôn làm việc cẩn thận và trung thực. Tôi trân trọng giới thiệu chị.

{B}
Giám đốc
ĐT: {PHONE}""",
    ),
    (
        "vi",
        "A=m B=f",
        """Ê {B.f} ơi,

Thứ Bảy này sinh nhật anh {A.f} đó! Cả nhóm góp tiền mua quà, bà chuyển khoản vào số {PHONE} (MoMo) nha. Đừng nói gì với ảnh!""",
    ),
    (
        "vi",
        "A=m B=f C=m",
        """Biên bản họp tổ dân phố

Thành phần: ông {A} (tổ trưởng), bà {B}, anh {C} và 15 hộ dân. Bà {B.f} phản ánh tình trạng nước thải tràn ra ngõ. Thống nhất giao ông {A.f} làm việc với phường.""",
    ),
    (
        "vi",
        "A=m B=f C=m D=f",
        """Chuyện gia đình tôi

Cụ cố tôi, cụ {A}, sinh năm 1902 ở một làng ven sông Hồng. Năm 1925 cụ lấy cụ bà {B}. Con trai cả của hai cụ, ông {C}, sau này vào Sài Gòn lập nghiệp. Những chuyện này bà nội tôi, bà {D}, vẫn thường kể.""",
    ),
    (
        "vi",
        "A=f B=m",
        """Tóm tắt ra viện

Bệnh nhân: {A}, ngày sinh {DOB:1950-1975}
Bác sĩ điều trị: BS. {B}

Bệnh nhân nhập viện do viêm phổi. Sau điều trị kháng sinh, tình trạng cải thiện. Tái khám sau một tuần.""",
    ),
    (
        "id",
        "A=f B=m C=f",
        """Nenek selamatkan tetangga dari kebakaran

Selasa malam, {A} (74) melihat asap keluar dari rumah sebelah dan langsung membantu {B} (82) keluar. "Saya tidak berpikir panjang," kata Bu {A.f}. Putri Pak {B.f}, {C}, mengucapkan terima kasih.""",
    ),
    (
        "id",
        "A=m B=f C=m",
        """BERITA DUKA CITA

Telah berpulang ke rahmatullah Bapak {A}, lahir {DOB:1938-1952}, pada {date:2023-2025}. Jenazah dimakamkan di TPU Karet Bivak. Yang berduka: istri {B}, anak {C}.""",
    ),
    (
        "id",
        "A=f B=m",
        """Surat rekomendasi

Saudari {A} telah bekerja di perusahaan kami sebagai akuntan selama enam tahun. Ia selalu bekerja dengan teliti dan jujur. Kami merekomendasikannya dengan sepenuh hati.

{B}
Direktur
Telp. {PHONE}""",
    ),
    (
        "id",
        "A=m B=f",
        """Halo {B.f},

Sabtu ini ulang tahun {A.f}! Kita patungan buat kado, transfer aja ke GoPay aku di {PHONE}. Jangan bilang-bilang ya!""",
    ),
    (
        "id",
        "A=m B=f C=m",
        """Notulen rapat RT 05

Hadir: Pak {A} (Ketua RT), Bu {B}, Pak {C}, dan 14 warga. Bu {B.f} melaporkan selokan mampet di gang 3. Disepakati Pak {A.f} akan menghubungi kelurahan.""",
    ),
    (
        "id",
        "A=m B=f C=m",
        """Kisah keluarga kami

Kakek buyut saya, {A}, lahir tahun 1903 di sebuah desa di Jawa Tengah. Beliau menikah dengan {B} pada tahun 1926. Putra sulung mereka, {C}, kemudian merantau ke Medan.""",
    ),
    (
        "ms",
        "A=f B=m C=f",
        """Warga emas selamatkan jiran daripada kebakaran

Selasa malam, {A}, 73, terlihat asap keluar dari rumah jirannya dan segera membantu {B}, 81, keluar. "Saya tak fikir panjang," katanya. Anak perempuan {B.f}, {C}, mengucapkan terima kasih.""",
    ),
    (
        "ms",
        "A=m B=f",
        """Salam {B.f},

Sabtu ni hari jadi {A.f}! Kami kumpul duit untuk hadiah. Boleh transfer ke DuitNow {PHONE}. Jangan beritahu dia tau!""",
    ),
    (
        "tl",
        "A=f B=m C=f",
        """Lola, iniligtas ang kapitbahay sa sunog

Noong Martes ng gabi, napansin ni {A}, 75, ang usok mula sa katabing bahay at agad niyang tinulungang lumabas si {B}, 83. "Hindi na ako nag-isip," sabi ni Lola {A.n}. Nagpasalamat naman ang anak ni Mang {B.f} na si {C}.""",
    ),
    (
        "tl",
        "A=m B=f C=m",
        """PAGPAPAHAYAG NG PAKIKIRAMAY

Sumakabilang-buhay na si G. {A}, ipinanganak noong {DOB:1938-1952}. Ang burol ay gaganapin sa kanilang tahanan sa {ADDR}. Naiwan niya ang kanyang asawang si {B} at anak na si {C}.""",
    ),
    (
        "tl",
        "A=m B=f",
        """Hoy {B.n}!

Birthday ni {A.n} sa Sabado! Mag-aambagan tayo para sa regalo — GCash mo na lang sa {PHONE}. Huwag mong sabihin sa kanya ha!""",
    ),
    (
        "tl",
        "A=f B=m",
        """Liham ng rekomendasyon

Si Bb. {A} ay nagtrabaho sa aming kumpanya bilang accountant sa loob ng anim na taon. Siya ay masipag at tapat. Buong-puso ko siyang inirerekomenda.

{B}
Manager""",
    ),
]

# ------------------------------------------------------------------------ Chinese
TEMPLATES += [
    (
        "zh",
        "A=f B=m C=f^B",
        """七旬老人勇救邻居

本周二晚，家住{city}的{A}（72岁）发现隔壁冒出浓烟，立即冲进屋内，将独居的邻居{B}（85岁）扶了出来。“当时根本来不及想，”{A.f}阿姨说。{B.l}大爷的女儿{C}特地送来锦旗，感谢{A.l}阿姨的救命之恩。""",
    ),
    (
        "zh",
        "A=m B=f C=m^A",
        """讣告

我们敬爱的父亲{A}先生，生于{DOB:1935-1950}，因病医治无效，于{date:2023-2025}在{city}逝世，享年八十六岁。

兹定于本周六上午九时在殡仪馆举行告别仪式。

妻：{B}
子：{C}
泣告""",
    ),
    (
        "zh",
        "A=f B=m",
        """推荐信

{A}女士于2017年至2024年在我公司担任会计一职。她工作认真负责，为人诚实可靠，深受同事好评。本人郑重推荐。

{B}
总经理
联系电话：{PHONE}""",
    ),
    (
        "zh",
        "A=m B=f C=m",
        """业主大会会议纪要

出席：{A}（业委会主任）、{B}、{C}及其他业主十二人。
一、{B.l}女士反映楼顶漏水问题，会议决定由{A.l}主任联系三家施工单位报价。
二、{C}提出地下车库照明不足，物业承诺两周内整改。""",
    ),
    (
        "zh",
        "A=m B=f",
        """出院小结

患者：{A}，出生日期：{DOB:1945-1970}
主治医师：{B}

患者因社区获得性肺炎入院，经抗感染治疗后症状明显好转，今日出院。嘱一周后门诊复查。""",
    ),
    (
        "zh",
        "A=f B=m C=f",
        """家族史（草稿）

我的曾祖父{B}，1901年生于广东台山，二十岁时远渡重洋去了旧金山。曾祖母{A}一个人在老家带大了三个孩子。听奶奶{C}说，曾祖母每年都会收到一封寄自金山的信和一张汇票。""",
    ),
    (
        "zh",
        "A=m B=f",
        """{B.f}：

周六是{A.f}的生日，大家凑钱给他买礼物，你的那份直接微信转给我就行，我的手机号是{PHONE}。千万别告诉他啊！""",
    ),
    (
        "zh",
        "A=m B=m",
        """社区篮球赛：最后一秒绝杀

在周末的社区篮球赛决赛中，{A}在最后一秒投中三分，帮助球队以58比56险胜。对方队长{B}赛后也称赞：“{A.l}今天手感太好了。”""",
    ),
    (
        "zh",
        "A=f B=m C=m",
        """离职感言

各位同事：

我是{A}，周五将是我在公司的最后一天。感谢{B}经理五年来的信任和指导，也感谢{C}在每次加班时请我喝的奶茶。以后常联系，我的私人邮箱是{EMAIL:A}。""",
    ),
    (
        "zh",
        "A=m B=f",
        """证人陈述

本人{B}，住址：{ADDR}。{date}晚上十点左右，我看见一名男子在楼下撬邻居的电动车，后来得知此人名叫{A}。我当即拨打了110。我的联系电话：{PHONE}。""",
    ),
    (
        "zh",
        "#none",
        """故宫博物院位于北京中轴线的中心，是明清两代的皇家宫殿。每周一闭馆（法定节假日除外）。参观需提前在官方网站实名预约，{=旺季|节假日期间}门票往往很快售罄。""",
    ),
]

# ----------------------------------------------------------------------- Japanese
TEMPLATES += [
    (
        "ja",
        "A=f B=m C=f^B",
        """80代女性、隣人を火事から救出

火曜日の夜、{city}に住む{A}さん（78）は、隣の部屋から煙が出ているのに気付き、一人暮らしの{B}さん（86）を外へ連れ出した。{A.l}さんは「何も考えずに体が動いた」と話す。{B.l}さんの長女の{C}さんは「{A.l}さんがいなかったら、父はどうなっていたか」と感謝した。""",
    ),
    (
        "ja",
        "A=m B=f^A C=m^A",
        """訃報

父 {A} 儀（{DOB:1935-1950}生まれ）が、{date:2023-2025}に永眠いたしました。ここに生前のご厚誼を深謝し、謹んでご通知申し上げます。

通夜・告別式は近親者のみにて執り行いました。

喪主 {C}
妻 {B}""",
    ),
    (
        "ja",
        "A=f B=m",
        """推薦状

{A}さんは、2017年から2024年まで当社経理部に勤務し、常に正確かつ誠実に業務を遂行しました。責任感が強く、同僚からの信頼も厚い人物です。自信を持って推薦いたします。

{B}
代表取締役
電話：{PHONE}""",
    ),
    (
        "ja",
        "A=m B=f C=m",
        """管理組合理事会 議事録

出席者：{A}（理事長）、{B}、{C}ほか10名
1. {B.l}さんより屋上からの雨漏りについて報告があった。{A.l}理事長が3社に見積もりを依頼することとした。
2. {C.l}さんより駐輪場の照明について要望があった。""",
    ),
    (
        "ja",
        "A=m B=f",
        """退院サマリー

患者：{A}　生年月日：{DOB:1945-1970}
主治医：{B}

市中肺炎のため入院。抗菌薬治療により軽快し、本日退院となった。1週間後に外来受診予定。""",
    ),
    (
        "ja",
        "A=f B=f C=m",
        """{B.f}ちゃんへ

この前はお土産ありがとう！{A.f}ちゃんも喜んでたよ。来月の同窓会、{C.l}くんが幹事だって。住所変わったなら教えてね。

またね""",
    ),
    (
        "ja",
        "A=m B=f C=m^A D=f^A",
        """わが家の歴史

曽祖父の{A}は明治三十五年、広島の農家に生まれた。大正十四年に{B}と結婚し、昭和の初めに一家でブラジルへ渡った。長男の{C}は現地で農園を継ぎ、末娘の{D}だけが戦後日本に戻った。""",
    ),
    (
        "ja",
        "A=f B=m",
        """退職のご挨拶

皆様、{A}です。本日をもちまして退職することになりました。入社以来お世話になった{B}部長をはじめ、皆様に心より感謝申し上げます。今後の連絡先は{EMAIL:A}です。""",
    ),
    (
        "ja",
        "A=m B=m",
        """草野球：サヨナラ打で劇的勝利

日曜日の市民リーグ決勝で、九回裏に{A}選手がサヨナラ二塁打を放ち、チームを優勝に導いた。相手チームの{B}投手も「{A.l}さんには完敗です」と脱帽した。""",
    ),
    (
        "ja",
        "A=f B=m",
        """目撃者の供述

私、{A}は、{ADDR}に住んでいます。{date}の夜十時ごろ、近所の{B}さんが駐車中の車の窓を割るのを見ました。すぐに110番通報しました。電話番号は{PHONE}です。""",
    ),
    (
        "ja",
        "A=m B=f",
        """介護記録

午前：{A.l}様、朝食を全量摂取。機嫌良くテレビをご覧になる。
午後：長女の{B}様が面会。面会後、少し寂しそうなご様子。
夜間：特記事項なし。""",
    ),
    (
        "ja",
        "#none",
        """清水寺は京都市東山区にある寺院で、「清水の舞台」で知られる。1994年にユネスコの世界遺産に登録された。紅葉の季節には夜間特別拝観が行われ、{=多くの観光客|大勢の参拝者}でにぎわう。""",
    ),
]

# ------------------------------------------------------------------------- Korean
TEMPLATES += [
    (
        "ko",
        "A=f B=m C=f^B",
        """70대 할머니, 불난 이웃집에서 노인 구해

지난 화요일 저녁, {city}에 사는 {A~t} 옆집에서 연기가 나는 것을 보고 혼자 사는 {B}(85) 씨를 밖으로 데리고 나왔다. {A.f} 씨는 "아무 생각도 안 났다"고 말했다. {B} 씨의 딸 {C~t} "할머니가 아니었으면 아버지를 잃었을 것"이라며 감사를 전했다.""",
    ),
    (
        "ko",
        "A=m B=f C=m^A",
        """부고

{A}(향년 84세, {DOB:1938-1950}생) 님께서 별세하셨기에 삼가 알려 드립니다.

빈소: 서울대학교병원 장례식장 3호실
발인: 금요일 오전 7시
배우자: {B}
아들: {C}""",
    ),
    (
        "ko",
        "A=f B=m",
        """추천서

{A} 씨는 2017년부터 2024년까지 당사 회계팀에서 근무하였습니다. {A.f} 씨는 항상 성실하고 꼼꼼하게 업무를 처리하여 동료들의 신뢰를 받았습니다. 자신 있게 추천합니다.

{B}
대표이사
연락처: {PHONE}""",
    ),
    (
        "ko",
        "A=m B=f C=m",
        """입주자대표회의 회의록

참석자: {A}(회장), {B}, {C} 외 10명
1. {B} 씨가 옥상 누수 문제를 제기함. {A} 회장이 업체 세 곳에서 견적을 받기로 함.
2. {C~t} 주차장 조명 교체를 요청함.""",
    ),
    (
        "ko",
        "A=m B=f",
        """퇴원 요약지

환자: {A}, 생년월일: {DOB:1945-1970}
주치의: {B}

지역사회획득 폐렴으로 입원하여 항생제 치료 후 호전되어 퇴원함. 1주 후 외래 추적 관찰 예정.""",
    ),
    (
        "ko",
        "A=f B=m C=f",
        """{B.f~v},

토요일이 {A.f} 생일이야! 다 같이 돈 모아서 선물 사려고 해. 네 몫은 내 카카오페이로 보내 줘 ({PHONE}). {C.f}한테는 아직 말하지 마, 걔 입이 가벼워서 ㅋㅋ""",
    ),
    (
        "ko",
        "A=m B=f C=m^A",
        """우리 집안 이야기

증조할아버지 {A~t} 1903년 전라남도의 한 마을에서 태어나셨다. 1926년에 {B~w} 혼인하셨고, 맏아들 {C~t} 해방 후 서울로 올라와 양복점을 차리셨다.""",
    ),
    (
        "ko",
        "A=f B=m",
        """퇴사 인사

안녕하세요, {A}입니다. 이번 주 금요일을 마지막으로 회사를 떠나게 되었습니다. 그동안 이끌어 주신 {B} 팀장님께 진심으로 감사드립니다. 앞으로 연락은 {EMAIL:A}로 주세요.""",
    ),
    (
        "ko",
        "A=m B=m",
        """동네 축구: 종료 직전 극장골

일요일 구청장배 결승에서 {A~t} 후반 추가시간에 헤딩 결승골을 터뜨렸다. 상대 팀 주장 {B~t} "{A.f~s} 오늘 정말 날아다녔다"며 웃었다.""",
    ),
    (
        "ko",
        "A=f B=m",
        """목격자 진술서

저 {A~t} {ADDR}에 살고 있습니다. {date} 밤 10시쯤 같은 아파트에 사는 {B} 씨가 주차된 차의 유리창을 깨는 것을 보았습니다. 바로 112에 신고했습니다. 제 연락처는 {PHONE}입니다.""",
    ),
    (
        "ko",
        "#none",
        """경복궁은 조선 왕조의 법궁으로 1395년에 창건되었다. 매주 화요일은 휴궁이며, 한복을 입으면 무료로 입장할 수 있다. 수문장 교대식은 {=하루 두 번|오전과 오후에} 진행된다.""",
    ),
]

# ------------------------------------------- Georgian, Armenian, Amharic, Swahili
TEMPLATES += [
    (
        "ka",
        "A=f B=m C=f",
        """ხანდაზმულმა ქალმა მეზობელი ხანძრისგან იხსნა

სამშაბათს საღამოს 76 წლის {A} მეზობლის ბინიდან კვამლს შეამჩნია და 84 წლის {B} გარეთ გამოიყვანა. „არაფერზე არ მიფიქრია“, — ამბობს ქალბატონი {A.f}. {B.l~g} ქალიშვილი, {C}, მადლობას უხდის.""",
    ),
    (
        "ka",
        "A=m B=f C=m",
        """გარდაიცვალა ჩვენი საყვარელი მამა და ბაბუა

{A}
დაბადებული {DOB:1938-1952}

პანაშვიდი გაიმართება პარასკევს. გლოვობენ: მეუღლე {B}, შვილი {C}.""",
    ),
    (
        "ka",
        "A=f B=m",
        """სარეკომენდაციო წერილი

{A} ჩვენს კომპანიაში ბუღალტრად ექვსი წელი მუშაობდა. {A.f~e} ყოველთვის კეთილსინდისიერად ასრულებდა თავის მოვალეობებს. გულწრფელად ვურჩევ.

{B}, დირექტორი
ტელ.: {PHONE}""",
    ),
    (
        "ka",
        "A=m B=f",
        """გამარჯობა, {B.f}!

შაბათს {A.f~g} დაბადების დღეა. საჩუქრისთვის ფულს ვაგროვებთ, შენი წილი ჩემს ანგარიშზე გადმორიცხე: {IBAN:GE}. {A.f~d} არაფერი უთხრა!""",
    ),
    (
        "hy",
        "A=f B=m C=f",
        """Տարեց կինը հարևանին փրկել է հրդեհից

Երեքշաբթի երեկոյան 75-ամյա {A}ն նկատել է ծուխ հարևանի բնակարանից և դուրս է բերել 84-ամյա {B~d}: «Ոչինչ չմտածեցի»,- ասում է տիկին {A.f}ը: {B.l~g} դուստրը՝ {C}ը, շնորհակալություն է հայտնում:""",
    ),
    (
        "hy",
        "A=m B=f C=m",
        """Ցավով տեղեկացնում ենք, որ կյանքից հեռացել է մեր սիրելի

{A}
ծնված՝ {DOB:1938-1952}

Հուղարկավորությունը կայանալու է ուրբաթ օրը: Սգում են կինը՝ {B}, որդին՝ {C}:""",
    ),
    (
        "hy",
        "A=f B=m",
        """Երաշխավորագիր

{A}ն վեց տարի աշխատել է մեր ընկերությունում որպես հաշվապահ: {A.f~g} աշխատանքը միշտ եղել է ճշգրիտ և բարեխիղճ: Ջերմորեն երաշխավորում եմ:

{B}, տնօրեն
Հեռ.՝ {PHONE}""",
    ),
    (
        "hy",
        "A=m B=f",
        """Բարև, {B.f}

Շաբաթ օրը {A.f~g} ծննդյան օրն է: Նվերի համար գումար ենք հավաքում: {A.f~d} ոչինչ չասես:""",
    ),
    (
        "am",
        "A=f B=m C=f",
        """አረጋዊቷ ጎረቤታቸውን ከእሳት አዳኑ

ማክሰኞ ምሽት የ75 ዓመቷ ወ/ሮ {A} ከጎረቤታቸው ቤት ጭስ ሲወጣ አይተው የ83 ዓመቱን አቶ {B~a} ወደ ውጭ አወጡ። "ምንም አላሰብኩም" ብለዋል ወ/ሮ {A.f}። የአቶ {B.f} ልጅ {C} ምስጋናዋን አቅርባለች።""",
    ),
    (
        "am",
        "A=m B=f C=m",
        """የሐዘን መግለጫ

የምንወዳቸው አባታችን አቶ {A} (የትውልድ ቀን {DOB:1938-1952}) ከዚህ ዓለም በሞት ተለይተዋል። የቀብር ሥነ ሥርዓቱ ቅዳሜ በቅድስት ሥላሴ ካቴድራል ይፈጸማል። ባለቤታቸው ወ/ሮ {B} እና ልጃቸው አቶ {C}።""",
    ),
    (
        "am",
        "A=f B=m",
        """የድጋፍ ደብዳቤ

ወ/ሮ {A} በድርጅታችን ውስጥ ለስድስት ዓመታት በሒሳብ ባለሙያነት አገልግለዋል። ታታሪና ታማኝ ሠራተኛ ናቸው። ያለ ምንም ማመንታት እመክራቸዋለሁ።

{B}
ስልክ፦ {PHONE}""",
    ),
    (
        "am",
        "A=m B=f",
        """ሰላም {B.f}፣

ቅዳሜ የ{A.f} ልደት ነው! ለስጦታ ገንዘብ እያሰባሰብን ነው። ድርሻሽን በቴሌብር {PHONE} ላኪልኝ። ለ{A.f} ምንም አትንገሪው!""",
    ),
    (
        "sw",
        "A=f B=m C=f",
        """Bibi aokoa jirani yake kutoka kwenye moto

Jumanne jioni, {A} (74) aliona moshi ukitoka nyumba ya jirani na akamsaidia {B} (82) kutoka nje. "Sikufikiria chochote," alisema Bi. {A.f}. Binti wa Mzee {B.f}, {C}, alimshukuru sana.""",
    ),
    (
        "sw",
        "A=m B=f C=m",
        """TANZIA

Familia ya marehemu {A} (aliyezaliwa {DOB:1938-1952}) inasikitika kutangaza kifo cha mpendwa wao. Mazishi yatafanyika Jumamosi kijijini kwao. Ameacha mke, {B}, na mwana, {C}.""",
    ),
    (
        "sw",
        "A=f B=m",
        """Barua ya mapendekezo

Bi. {A} amefanya kazi katika kampuni yetu kama mhasibu kwa miaka sita. Ni mchapakazi na mwaminifu. Ninampendekeza bila kusita.

{B}
Simu: {PHONE}""",
    ),
    (
        "sw",
        "A=m B=f",
        """Habari {B.f},

Jumamosi ni siku ya kuzaliwa ya {A.f}! Tunachangia zawadi — tuma mchango wako kwa M-Pesa {PHONE}. Usimwambie chochote!""",
    ),
]

# -------------------------------------------------------- Catalan, Irish, Welsh
TEMPLATES += [
    (
        "ca",
        "A=f B=m C=f",
        """Una veïna de 78 anys salva un home d'un incendi

Dimarts al vespre, {A}, de 78 anys, va veure fum que sortia del pis del costat i va treure {B}, de 85 anys, a fora. «No m'ho vaig pensar», explica la {A.f}. La filla d'en {B.f}, {C}, li està molt agraïda.""",
    ),
    (
        "ca",
        "A=m B=f C=m",
        """Ha mort cristianament

{A}
nascut el {DOB:1938-1952}

La seva esposa, {B}; el seu fill, {C}, i família us agraeixen les mostres de condol. La cerimònia tindrà lloc divendres a les 11 h a la parròquia de Sant Joan.""",
    ),
    (
        "ca",
        "A=f B=m",
        """Carta de recomanació

La senyora {A} ha treballat a la nostra empresa com a comptable durant sis anys. Sempre ha estat una persona responsable i rigorosa. La recomano sense cap reserva.

{B}
Tel. {PHONE}""",
    ),
    (
        "ca",
        "A=m B=f",
        """Hola {B.f}!

Dissabte és l'aniversari d'en {A.f}. Fem pot per al regal: pots fer un Bizum al {PHONE}. No li diguis res!""",
    ),
    (
        "ga",
        "A=f B=m C=f",
        """Seanbhean a shábháil a comharsa ó thine

Tráthnóna Dé Máirt, chonaic {A}, 77, deatach ag teacht ón teach béal dorais agus thug sí {B}, 84, amach slán. "Níor smaoinigh mé ar chor ar bith," a deir sí. Tá iníon {B.f}, {C}, fíorbhuíoch di.""",
    ),
    (
        "ga",
        "A=m B=f C=m",
        """Bás

{A}, rugadh {DOB:1938-1952}. Fuair sé bás go síochánta ina theach féin. Tá brón ar a bhean chéile {B}, ar a mhac {C} agus ar a chlann go léir. Aifreann na Marbh Dé hAoine ag 11 r.n.""",
    ),
    (
        "cy",
        "A=f B=m C=f",
        """Gwraig oedrannus yn achub ei chymydog o dân

Nos Fawrth gwelodd {A}, 77, fwg yn dod o'r tŷ drws nesaf ac fe helpodd hi {B}, 84, allan yn ddiogel. "Wnes i ddim meddwl o gwbl," meddai. Mae merch {B.f}, {C}, yn ddiolchgar iawn iddi.""",
    ),
    (
        "cy",
        "A=m B=f C=m",
        """Marwolaeth

{A}, ganwyd {DOB:1938-1952}, yn dawel yn ei gartref. Gŵr annwyl {B} a thad cariadus {C}. Gwasanaeth yng Nghapel Bethel ddydd Gwener am 11 o'r gloch.""",
    ),
]

# ------------------------------------ more genres and word-names, other languages
TEMPLATES += [
    (
        "de",
        "A=f!:Sommer B=m!:Winter C=f",
        """Sommerfest im Seniorenheim

Bei strahlendem Sommerwetter feierte das Haus am Park am Samstag sein Sommerfest. Organisiert hatte es wie jedes Jahr Pflegedienstleiterin {A}, unterstützt von Hausmeister {B}. „Frau {A.l} und Herr {B.l} – da hat man das ganze Jahr im Griff“, scherzte Bewohnerin {C}. Im Winter soll es einen Adventsbasar geben.""",
    ),
    (
        "de",
        "A=m!:Koch B=f!:Fuchs",
        """Neuer Koch im Gasthaus „Zum Fuchs“

Das Gasthaus „Zum Fuchs“ hat einen neuen Küchenchef – und der heißt tatsächlich {A}. „Ein Koch namens {A.l}, das konnten wir uns nicht entgehen lassen“, lacht Wirtin {B}. Herr {A.l} kochte zuvor zwölf Jahre in Südtirol. Frau {B.l} ist übrigens mit dem Namensgeber des Gasthauses nicht verwandt.""",
    ),
    (
        "de",
        "A=f B=m C=f #ocr",
        """Auszug aus der Chronik der Freiwilligen Feuerwehr

Im Jahr 1987 übernahm {B} das Amt des Kommandanten. Unter seiner Führung wurde das neue Gerätehaus an der Hauptstraße errichtet. Als erste Frau trat {A} im Jahr 1993 der Wehr bei; sie wurde später stellvertretende Kommandantin. Die Jugendfeuerwehr wurde 1998 von {C} gegründet und zählt heute 24 Mitglieder.""",
    ),
    (
        "de",
        "A=m B=f C=m",
        """Kannst du das bitte kürzen? Max. 3 Sätze.

„Nach 32 Jahren verabschiedet sich {A} in den Ruhestand. {A.f} hat die Buchhaltung mit Ruhe und Humor geführt und unzählige Azubis betreut. Seine Nachfolgerin {B} arbeitet seit Januar mit ihm zusammen. Geschäftsführer {C} dankte {A.f} für seine Treue.“
===
Nach 32 Jahren geht {A} in den Ruhestand. Er hat die Buchhaltung mit Ruhe und Humor geführt und viele Azubis betreut. Seine Nachfolgerin {B} ist bereits eingearbeitet.""",
    ),
    (
        "de",
        "A=f B=m",
        """Google-Bewertung ★★★★★

Super Praxis! Frau Dr. {A.l} nimmt sich wirklich Zeit und erklärt alles verständlich. Auch am Empfang ist {B.f} immer freundlich, selbst wenn das Wartezimmer voll ist. Einziger Minuspunkt: die Parkplatzsituation in der Goethestraße.""",
    ),
    (
        "fr",
        "A=f B=m",
        """Faire-part de mariage

{A} et {B} ont la joie de vous annoncer leur mariage, qui sera célébré le samedi {date:2025-2026} à 15 h en la mairie de {city}, puis à l'église Notre-Dame. Merci de confirmer votre présence avant le 1er mai auprès de {A.f} au {PHONE}.""",
    ),
    (
        "fr",
        "A=f!Rose B=m!:Boulanger C=f",
        """Portrait : la boulangerie de la rue Pasteur

Depuis vingt ans, {A} et son mari {B} tiennent la boulangerie de la rue Pasteur. Oui, un boulanger qui s'appelle {B.l} : « On nous l'a faite mille fois », sourit {A.f}. Leur fille {C} prendra la relève l'an prochain. La spécialité de la maison ? Une tarte aux pralines roses.""",
    ),
    (
        "fr",
        "A=m B=f C=m",
        """Peux-tu résumer ce mail en une phrase ?

« Bonjour à tous, suite au départ de {A}, c'est {B} qui reprend le suivi des dossiers clients à partir de lundi. Pour toute question technique, merci de contacter {C}. Bonne journée. »
===
À partir de lundi, {B} reprend les dossiers clients de {A}, et {C} reste le contact pour les questions techniques.""",
    ),
    (
        "fr",
        "A=m B=f C=m #ocr",
        """EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL

L'an deux mille vingt-quatre, le conseil municipal s'est réuni sous la présidence de M. {A}, maire. Étaient présents : Mme {B}, M. {C} et neuf conseillers. Mme {B.l} a présenté le projet de rénovation de l'école. Après en avoir délibéré, le conseil adopte le projet à l'unanimité.""",
    ),
    (
        "es",
        "A=f!Dolores B=f!Soledad C=m",
        """Crónica local: cien años de {A.f}

Su nombre, {A.f}, viene de dolor, pero en casa de {A} solo hay alegría: este martes cumplió cien años rodeada de su familia. Su hermana pequeña, {B}, de 96, dice que nunca ha sabido lo que es la soledad gracias a ella. El alcalde, {C}, le entregó una placa conmemorativa.""",
    ),
    (
        "es",
        "A=m B=f",
        """Invitación

Con la bendición de Dios y de nuestros padres, {A} y {B} tenemos el gusto de invitarle a nuestra boda, que se celebrará el sábado {date:2025-2026} a las 18:00 h en la parroquia de San Juan Bautista. Se ruega confirmar asistencia al {PHONE}. Nuestro número de cuenta para quien quiera tener un detalle: {IBAN:ES}.""",
    ),
    (
        "es",
        "A=f B=m C=f",
        """¿Me ayudas a corregir esto?

ayer {A.f} y yo fuimos a ver a la abuela {C.f} al hospital, el doctor {B.l} dice que le dan el alta el lunes si sigue asi
===
Ayer {A.f} y yo fuimos a ver a la abuela {C.f} al hospital. El doctor {B.l} dice que le darán el alta el lunes si sigue así.""",
    ),
    (
        "es",
        "A=m B=f #ocr",
        """DILIGENCIA DE DECLARACIÓN

En la ciudad de {city}, siendo las diez horas, comparece ante esta Instrucción D. {A}, quien manifiesta que el pasado día se encontraba en el domicilio de su vecina, D.ª {B}, cuando escuchó ruidos en la escalera. Preguntado si reconoció a alguien, responde que no.""",
    ),
    (
        "it",
        "A=f!Serena B=m!Felice C=f",
        """Cento candeline per nonna {A.f}

Serena e felice: così si descrive {A}, che domenica ha compiuto cent'anni. Con lei c'erano il marito {B}, di 98 anni, e la nipote {C}, arrivata apposta da Milano. Il segreto? «Un bicchiere di vino rosso e nessuna preoccupazione».""",
    ),
    (
        "it",
        "A=m B=f",
        """Partecipazione di nozze

{A} e {B} annunciano il loro matrimonio, che sarà celebrato sabato {date:2025-2026} alle ore 11 nella chiesa di San Michele. Dopo la cerimonia, gli sposi saranno lieti di salutare parenti e amici presso l'agriturismo Il Glicine.""",
    ),
    (
        "pt",
        "A=f!Graça B=m C=f",
        """Convite de casamento

{A} e {B} têm a alegria de convidar para o seu casamento, no dia {date:2025-2026}, às 16h, na Igreja Matriz. Com a graça de Deus, a festa será no salão da dona {C}. Confirmação pelo WhatsApp {PHONE}.""",
    ),
    (
        "pt",
        "A=m B=f C=m",
        """Resume isso pra mim em tópicos:

"Oi gente, aqui é a {B.f}. O {A.f} quebrou a perna no futebol e vai ficar seis semanas sem trabalhar. O chefe dele, {C}, disse que vai manter o salário. Quem puder visitar, ele tá no Hospital São Lucas, quarto 312."
===
- {A.f} quebrou a perna jogando futebol.
- Vai ficar seis semanas afastado do trabalho.
- O chefe, {C}, vai manter o salário dele.
- Está internado no Hospital São Lucas, quarto 312.""",
    ),
    (
        "pl",
        "A=f!Róża/Róży/Róży/Różę/Różą/Róży/Różo B=m",
        """Sto lat pani {A.f~d}

Pani {A} skończyła w niedzielę sto lat. W ogrodzie, jak co roku, zakwitła jej ulubiona róża, posadzona jeszcze przez męża. Życzenia jubilatce złożył burmistrz {B}, a wnuczka pani {A.f~g} upiekła tort w kształcie różanego krzewu.""",
    ),
    (
        "pl",
        "A=m B=f C=m",
        """Popraw, proszę, interpunkcję:

W sobotę u {A~g} była impreza urodzinowa przyszła {B} i jej brat {C} wszyscy bawili się do rana
===
W sobotę u {A~g} była impreza urodzinowa. Przyszła {B} i jej brat, {C}. Wszyscy bawili się do rana.""",
    ),
    (
        "pl",
        "A=f B=m C=f #ocr",
        """KRONIKA PARAFII PW. ŚW. JÓZEFA

Rok 1978. W maju odbyła się pierwsza komunia święta. Przygotowaniem dzieci zajmowała się siostra katechetka, a oprawę muzyczną zapewnił organista {B}. We wrześniu do parafii przybyła nowa gospodyni, {A}, która prowadziła plebanię przez następne trzydzieści lat. Chór parafialny prowadziła wówczas {C}.""",
    ),
    (
        "ru",
        "A=f!Вера/Веры/Вере/Веру/Верой/Вере B=f^A!Надежда/Надежды/Надежде/Надежду/Надеждой/Надежде C=f^A!Любовь/Любови/Любови/Любовь/Любовью/Любови",
        """Три сестры из Калуги

{A.f}, {B.f}, {C.f} — так звали трёх сестёр, которые в этом году вместе отметили 250 лет на троих. Старшая, {A}, до сих пор сама ведёт хозяйство. {B.f} говорит, что никогда не теряла надежды увидеть правнуков, а {C.f} с любовью хранит семейный альбом. «Вера в Бога и в друг друга», — отвечает {A.f} на вопрос о секрете долголетия.""",
    ),
    (
        "ru",
        "A=m B=f C=m",
        """Помоги сократить текст поздравления:

«Дорогой {A.q}! От всего коллектива поздравляем Вас с 60-летием! Вы пришли на завод в 1983 году учеником токаря, а сегодня руководите цехом. Желаем здоровья, счастья и долгих лет жизни! {B.r}, {C.r}»
===
«Дорогой {A.q}! Поздравляем с 60-летием! Спасибо за 40 лет на заводе — от ученика токаря до начальника цеха. Здоровья и счастья! {B.r}, {C.r}»""",
    ),
    (
        "ru",
        "A=m B=f #ocr",
        """ХАРАКТЕРИСТИКА

на ученика 9 «Б» класса {A~a}

{A.f} обучается в школе с первого класса. Учится на «хорошо» и «отлично». Активно участвует в жизни класса, занимается в секции лёгкой атлетики. Классный руководитель {B.r}.""",
    ),
    (
        "uk",
        "A=f!Надія/Надії/Надії/Надію/Надією/Надії/Надіє B=m",
        """Школа знову відчинена

Коли {A} повернулася в рідне село після війни, надії на відновлення школи майже не було. Але разом із головою громади {B~i} вона зібрала кошти, і цього вересня школа знову відчинила двері.""",
    ),
    (
        "cs",
        "A=f!Květa/Květy/Květě/Květu/Květou/Květě/Květo B=m",
        """Paní {A.f} a její květiny

Zahrádka paní {A~g} je chloubou celé ulice. „Květiny jsou můj život,“ říká {A.f}. Každé jaro jí se záhony pomáhá soused {B}.""",
    ),
    (
        "tr",
        "A=m!Umut B=f!Deniz C=m!Barış",
        """{A~g} hikâyesi

{A}, on yıl önce deniz kenarındaki bu küçük kasabaya geldiğinde umudunu neredeyse kaybetmişti. Bugün eşi {B} ile birlikte bir balık lokantası işletiyor. Oğulları {C.f~g} adı, çiftin en çok istediği şeyi anlatıyor: barış.""",
    ),
    (
        "tr",
        "A=f B=m",
        """Düğün davetiyesi

{A} ile {B}, hayatlarını birleştirdikleri bu mutlu günde sizleri de aralarında görmekten onur duyarlar. Nikâh: {date:2025-2026}, saat 19.00, Belediye Nikâh Salonu. LCV: {PHONE}""",
    ),
    (
        "ar",
        "A=f!أمل B=m!سعيد C=f",
        """{A.f} لا تفقد الأمل

منذ عشرين عامًا تدير {A} دار أيتام صغيرة في الحي القديم. تقول إن زوجها {B} كان سعيدًا بكل طفل يدخل الدار. وتضيف جارتها {C}: «اسمها {A.f}، ولم أرها يومًا تفقد الأمل».""",
    ),
    (
        "ar",
        "A=m B=f C=m",
        """ممكن تلخص الرسالة دي؟

"يا جماعة، {A} اتنقل مستشفى الدمرداش، والدكتورة {B} بتقول محتاج عملية. اللي يقدر يتبرع بدم يكلم {C} على {PHONE}."
===
تم نقل {A} إلى مستشفى الدمرداش، وتقول الدكتورة {B} إنه يحتاج إلى عملية. للتبرع بالدم يُرجى التواصل مع {C}.""",
    ),
    (
        "he",
        "A=f!שירה B=m!טל",
        """{A.f} ושירה

{A} כותבת שירה מאז שהייתה בת שמונה, ובשבוע שעבר יצא ספר השירים הראשון שלה. בעלה, {B}, איש ההפקה, מספר שהוא "חי עם משוררת ועם הרבה מאוד פתקים". ההשקה תתקיים בספרייה העירונית.""",
    ),
    (
        "zh",
        "A=m!建国 B=f C=m",
        """建国大爷的七十年

{A}大爷生于一九五〇年，名字里的"{A.f}"两个字，是父亲为了纪念新中国成立取的。他在纺织厂干了三十八年，退休后在小区门口修了十年自行车。老伴{B}说，他这辈子最骄傲的事，是儿子{C}考上了大学。""",
    ),
    (
        "zh",
        "A=f B=m C=f",
        """【家长群通知】

各位家长好！本周五下午三点召开家长会，请准时参加。感谢{A}妈妈帮忙布置教室，也感谢{B}爸爸捐赠的图书。如有问题请联系班主任{C}老师，电话{PHONE}。""",
    ),
    (
        "ja",
        "A=f B=m C=f",
        """町内会だより

先月の夏祭りは、天候にも恵まれ大盛況でした。ご協力いただいた皆様、ありがとうございました。特に、焼きそばの屋台を切り盛りしてくださった{A}さん、会場設営をしてくださった{B}さんに厚くお礼申し上げます。
次回の清掃活動は第二日曜日です。担当は{C}さんです。""",
    ),
    (
        "ja",
        "A=m B=f",
        """この文章を敬語に直してください。

来週の会議、{A.l}さんが来れないって。代わりに{B.l}さんが出るから、資料は{B.l}さんに送っといて。
===
来週の会議には{A.l}様がご出席になれないとのことです。代わりに{B.l}様がご出席になりますので、資料は{B.l}様へお送りいただけますでしょうか。""",
    ),
    (
        "ko",
        "A=f!하늘 B=m C=f",
        """{A.f}이네 가족 이야기

딸 이름을 {A.f}로 지은 건 남편 {B}의 생각이었다. "맑은 하늘처럼 살라고요." 올해 초등학교에 입학한 {A.f~t} 벌써 하늘을 나는 비행기 조종사가 꿈이다. 외할머니 {C~t} 손녀 자랑에 여념이 없다.""",
    ),
    (
        "ko",
        "A=m B=f",
        """단톡방 공지

이번 주 토요일 동창회 장소가 바뀌었습니다! 총무 {A} 대신 {B} 씨가 예약했어요. 회비는 {B.f} 씨 계좌로 보내 주세요. 문의: {PHONE}""",
    ),
    (
        "vi",
        "A=f!Hoa B=f!Mai C=m",
        """Thiệp cưới

Trân trọng kính mời quý khách đến dự lễ thành hôn của con chúng tôi: {A} và {C}. Hôn lễ được cử hành vào {date:2025-2026} tại tư gia. Người báo tin: bà {B}. Hoa cưới do cửa hàng Hoa Mai trang trí.""",
    ),
    (
        "hi",
        "A=f!आशा B=m",
        """आशा की किरण

{A} पिछले पंद्रह साल से गाँव में लड़कियों के लिए मुफ़्त कोचिंग चलाती हैं। उनके पति {B} कहते हैं, "नाम {A.f} है, और काम भी आशा जगाने का।" इस साल उनकी पाँच छात्राओं का चयन नर्सिंग कॉलेज में हुआ है।""",
    ),
    (
        "hi",
        "A=m B=f C=m",
        """शुभ विवाह

श्री {C} एवं परिवार आपको सादर आमंत्रित करते हैं अपने सुपुत्र {A} के शुभ विवाह में, सौभाग्यवती {B} के साथ। दिनांक: {date:2025-2026}। स्थान: आशीर्वाद बैंक्वेट हॉल। संपर्क: {PHONE}""",
    ),
    (
        "id",
        "A=f B=m C=m",
        """Undangan pernikahan

Dengan memohon rahmat Allah SWT, kami bermaksud menyelenggarakan pernikahan putra-putri kami, {A} dan {B}, pada {date:2025-2026} pukul 10.00 WIB di Gedung Serbaguna. Merupakan suatu kehormatan bagi kami apabila Bapak/Ibu berkenan hadir. Keluarga besar Bapak {C}.""",
    ),
    (
        "fi",
        "A=m!Onni/Onnin/Onnia/Onnille/Onnilla/Onnilta B=f",
        """Onnea, {A.f}!

{A.f} täytti lauantaina sata vuotta, ja onnea riitti: paikalle tuli lähes koko kylä. Syntymäpäiväsankari {A} kiitti erityisesti tytärtään {B~p}, joka oli leiponut kolme kakkua. ”{A.f~e} on ollut hyvä elämä”, hän totesi.""",
    ),
    (
        "hu",
        "A=f!Virág/Virágot/Virágnak/Virággal/Virághoz/Virágtól B=m",
        """{A.f} néni kertje

{A} kertje minden tavasszal virágba borul. „A nevem kötelez” – mondja nevetve. Szomszédja, {B}, minden reggel megáll a kerítésnél beszélgetni {A.f~i}.""",
    ),
    (
        "th",
        "A=f B=m",
        """ช่วยแปลเป็นภาษาอังกฤษหน่อย

คุณ{A}ฝากบอกว่าพรุ่งนี้ไม่ได้เข้าออฟฟิศ เพราะต้องพาคุณแม่ไปหาหมอ งานด่วนให้ส่งให้คุณ{B}แทน
===
{A} asked me to let you know she won't be in the office tomorrow because she has to take her mother to the doctor. Please send anything urgent to {B} instead.""",
    ),
    (
        "el",
        "A=f B=m",
        """Μπορείς να το διορθώσεις;

η {A.f} και ο {B.f} παντρευονται τον Ιουνιο στην Ναξο και μας καλεσαν ολους
===
Η {A.f} και ο {B.f} παντρεύονται τον Ιούνιο στη Νάξο και μας κάλεσαν όλους.""",
    ),
    (
        "nl",
        "A=m!:Visser B=f!:de Bakker",
        """{A.l} en {B.l}

In de haven van Urk werkt {A} al veertig jaar als visser. Zijn vrouw {B} heeft, hoe kan het ook anders, een bakkerij aan de Dorpsstraat. „Vis en brood, meer heb je niet nodig”, zegt {A.l}.""",
    ),
    (
        "sv",
        "A=f B=m",
        """Kan du sammanfatta detta?

"Hej alla! Som ni vet går {A} i pension efter 35 år på biblioteket. Vi samlas på fredag kl. 15 för tårta. {B} håller tal. Bidrag till presenten swishas till {PHONE}."
===
{A} går i pension efter 35 år på biblioteket. Avtackning med tårta på fredag kl. 15, där {B} håller tal.""",
    ),
]

# ------------------------------------------------- English: more everyday prose
TEMPLATES += [
    (
        "en",
        "A=f B=m",
        """★★★★★ Best dentist in town

I've been terrified of dentists since I was a kid, but Dr {A.l} was so patient with me. She explained everything before she did it and let me take breaks. {B.f} on reception squeezed me in the same day when I cracked a tooth. Highly recommend!""",
    ),
    (
        "en",
        "A=m B=f",
        """★★☆☆☆ Disappointing stay

The location was great but the room smelled of damp. When I complained, the manager ({A.f}, I think) was dismissive and said it was "just the sea air". The cleaner, {B.f}, was lovely though and brought us an extra heater. Two stars for her.""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """AITA for not inviting my sister-in-law to my baby shower?

My (29F) husband's sister {A.f} has made comments about my weight for years. When I got pregnant she told everyone at Christmas before I had even told my own mum. So I didn't invite her to the shower. Now my husband {B.f} says I'm "splitting the family" and his mum {C.f} has stopped answering my texts.

AITA?""",
    ),
    (
        "en",
        "A=m B=f C=m^B",
        """Letter to the editor

Sir, — I was saddened to read that the council intends to close the Riverside day centre. My late wife, {B}, attended the centre for the last three years of her life. The staff, and in particular the manager, {A}, treated her with enormous kindness. Please reconsider.

Yours, {C}, {city}""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Scholarship announcement

The Hartley Foundation is delighted to announce that this year's scholarship has been awarded to {A}, a first-generation student from {city} who plans to study veterinary medicine. {A.f} was nominated by her chemistry teacher, {B}, who described her as "relentlessly curious". The award was presented by foundation trustee {C}.""",
    ),
    (
        "en",
        "A=m B=f #cc=gb",
        """POLICE APPEAL

Officers are appealing for witnesses after a 67-year-old man was knocked off his bicycle on Station Road at around 5.40pm on {date}. The cyclist, {A}, suffered serious head injuries and remains in hospital.

The driver of a dark-coloured hatchback did not stop. Anyone with information is asked to contact DC {B} on {PHONE}.""",
    ),
    (
        "en",
        "A=f B=m C=m",
        """Our adoption story

When {A} and her husband {B} first met {C.f}, he was four years old and hid behind the sofa for an hour. "He came out for a biscuit," {A.f} laughs. That was three years ago. Today {C.f} is a confident seven-year-old who wants to be a firefighter.

"People think adoption is about rescuing a child," {B.f} says. "It's not. He rescued us.\"""",
    ),
    (
        "en",
        "A=m B=f",
        """LinkedIn recommendation

I had the pleasure of managing {A} for three years at Northwind Logistics. {A.f} is one of the most thoughtful engineers I have worked with — he asks the awkward questions early, writes documentation people actually read, and makes the people around him better. Any team would be lucky to have him.

— {B}, Director of Engineering""",
    ),
    (
        "en",
        "A=m B=f C=m D=f",
        """Best man speech (draft 3)

Good evening everyone. For those who don't know me, I'm {C}, and I've known {A.f} since we were eleven, when he tried to sell me my own bike.

{B.f}, you look stunning. {A.f}, you look... like you've borrowed a suit.

I want to thank {B.f}'s parents for welcoming us all today, and {D}, who has been the most patient wedding planner in history.

Please raise your glasses: to {A.f} and {B.f}!""",
    ),
    (
        "en",
        "A=f B=m",
        """Airbnb review

{A.f} was a wonderful host! She left fresh bread and a handwritten map of her favourite walks. When our car broke down, her husband {B.f} drove us to the garage and waited with us. The cottage was spotless. We'll be back.""",
    ),
    (
        "en",
        "A=m B=f C=m D=*",
        """Complaint

Dear Sir/Madam,

On {date} I visited your branch on the High Street to close my late mother's account. The staff member who served me, {A}, was rude and told me to "come back when I had the right paperwork", even though I had the death certificate and the grant of probate.

I returned the next day and was helped by {B}, who resolved everything in ten minutes. I would like this complaint passed to the branch manager, {C}.

Yours faithfully,
{D}""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Retirement speech — for {A}

When {A.f} joined the practice in 1989, we had one computer, two partners and a filing system that lived in {B.f}'s head. Thirty-five years later, {A.f} has trained every receptionist we have, survived four IT systems and one flood, and knows half the town by their date of birth.

{C}, who takes over from her, has big shoes to fill. Sensible, comfortable shoes, but big ones.

{A.f}, thank you.""",
    ),
    (
        "en",
        "A=m B=f",
        """Family WhatsApp (exported)

[18:02] {B.f}: Has anyone heard from {A.f}? He was meant to land at 4
[18:05] Mum: He texted me, the flight was delayed
[18:06] {B.f}: typical
[18:31] {A.f}: landed!! Can someone pick me up, phone on 3%
[18:32] Mum: Dad's on his way. Stay by the Costa
[18:33] {A.f}: ❤️""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Slack thread, #team-support

{A.f}: heads up, {B.f} is out sick today, I'm covering his tickets
{C.f}: thanks! can you also pick up the one from the school in Leeds? the head teacher ({B.l}'s contact) keeps emailing
{A.f}: on it
{C.f}: you're a star""",
    ),
    (
        "en",
        "A=f B=m",
        """Voice note transcript (auto-generated)

hi it's {A.f}, um, just to let you know I'm running late, the bus didn't come, um, can you tell {B.f} I'll be there by half ten, and if he's already started the meeting just, just go ahead without me, okay, thanks, bye""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Missing person appeal

Have you seen {A}? The 19-year-old was last seen leaving his home in {city} on {date}. He is 5ft 10in, of slim build, with short dark hair, and was wearing a grey hoodie. {A.f}'s mother, {B}, said: "We just want to know he's safe." Anyone with information should call 101, or his uncle, {C}, on {PHONE}.""",
    ),
    (
        "en",
        "A=f B=f",
        """Church flower rota — summer

June: {A} (Whitsun — white lilies please!)
July: {B}
August: {A.f} and {B.f} together (two weddings)
If you can't do your week, please swap directly and let the office know.""",
    ),
    (
        "en",
        "A=f B=m C=m",
        """Babysitter notes

Hi {A.f}! Thanks so much for tonight.
- {C.f} goes to bed at 7:30. He'll ask for "just one more" story. It's a trap.
- No nuts — he's allergic. EpiPen is in the kitchen drawer.
- If anything happens, call {B.f} first on {PHONE}, then me.
- Help yourself to anything in the fridge except the cake (it's for Grandma).
Back by 11!""",
    ),
    (
        "en",
        "A=m B=f",
        """Veterinary record — summary

Patient: Biscuit (Labrador, 9y)
Owner: {A}, {ADDR}, {PHONE}

Biscuit presented with lameness of the left hind leg after a walk. Examination suggests a cruciate ligament injury. Discussed options with Mr {A.l} and his daughter, {B}. Surgery booked for next week.""",
    ),
    (
        "en",
        "A=f B=m C=f D=f",
        """Letter of condolence

Dear {A.f},

I was so sorry to hear about {B.f}. He was the kindest man I ever worked with, and I will never forget how he looked after me in my first week, when I didn't know anyone. Please give my love to {C.f} and the boys. If there is anything I can do, anything at all, just call.

With love,
{D.f}""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Community Facebook group post

Does anyone know the lady who runs the little free library outside number 22 on Hope Street? I think her name is {B}? My son {C.f} left his library book in there by mistake and it's due back! Also huge thanks to {A}, who found our cat last week 🐈""",
    ),
    (
        "en",
        "A=f B=m",
        """Mediation notes — neighbour dispute

Party 1: {A}. Party 2: {B}.
Issue: Height of the hedge between the two gardens.
{A.f} says the hedge blocks light to her kitchen. {B.f} says it was there when he bought the house and provides privacy.
Agreed: {B.f} will cut the hedge to 2m by the end of October. {A.f} will pay half the cost of the gardener. Review in six months.""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Sermon notes — Sunday

Opening: story about {A}, who has run the church breakfast club for fifteen years and has never once missed a Sunday.
Main point: service is often invisible.
Illustration: {B}'s visits to the housebound — 40 people, every month.
Closing: prayer for {C}, who starts chemotherapy this week.""",
    ),
    (
        "en",
        "A=f B=m",
        """Travel blog — Day 12

We arrived in Hoi An in the pouring rain, soaked and grumpy, and were rescued by {A}, the owner of our homestay, who handed us towels and hot ginger tea before we'd even said hello. Her son {B.f} drove us to the tailor the next morning. If you're ever in town, stay with {A.f}. You won't regret it.""",
    ),
    (
        "en",
        "A=m B=f C=f",
        """Patient story: "The nurses gave me my dad back"

When {A} was admitted with sepsis last winter, his family were told to prepare for the worst. His daughter {B} sat by his bed for eleven days. "The nurses, especially {C}, never stopped fighting for him," she says. {A.f} is now back at home and walking his dog every day.""",
    ),
    (
        "en",
        "A=f B=m",
        """Award citation

{A} receives this year's Community Champion award for her work setting up a network of warm spaces across the borough. Working with local churches, libraries and cafés, she created 38 places where people could stay warm during the winter months. Nominated by {B}, who wrote: "{A.f} saw a problem and simply fixed it.\"""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Executor's letter

Dear {B.f},

As you know, I am the executor of your late father's will. Your father, {A}, left his house at {ADDR} to be divided equally between you and your brother, {C}. I am now in the process of obtaining a valuation.

Please send me your bank details for the final distribution. You can reach me on {PHONE}.

Kind regards""",
    ),
    (
        "en",
        "A=f B=m C=f",
        """Fostering panel summary

Applicants: {A} and {B}. {A.f} is a teaching assistant and {B.f} works nights as a security guard. They have one birth child, {C.f}, aged 14, who says she is "excited to have a younger brother or sister, but not if they touch my stuff".

Referees spoke highly of the couple. The panel recommends approval for up to two children aged 0–10.""",
    ),
    (
        "en",
        "A=m B=f",
        """Lost & found

Found on the towpath near Lock 7: a child's blue teddy bear with a name tag reading "{A.f}". If it's yours, please contact {B} on {PHONE}. He looks like he's had a hard day.""",
    ),
    (
        "en",
        "A=m!Will B=f C=m",
        """Reading of the will

The family gathered at the solicitors' office on Friday. Much to everyone's surprise, {A} had left the farm not to his eldest son, {C}, but to his niece, {B}. "Uncle {A.f} always said he'd do what he willed," {B.f} said afterwards. "We just didn't think he meant it literally.\"""",
    ),
    (
        "en",
        "A=f!Autumn B=m",
        """{A} has raked the leaves at St Mary's churchyard every autumn for twenty years. This October, the parish council finally gave her a proper rake. "Autumn raking leaves in autumn — people find it hilarious," she says. Churchwarden {B} says it's "the most important job in the parish\".""",
    ),
    (
        "en",
        "A=m!Hunter B=f",
        """Deer hunter {A} has been fined £500 after shooting a deer out of season on land near {city}. {A.f}, 42, pleaded guilty. Magistrate {B} told him the rules "exist for a reason\".""",
    ),
    (
        "en",
        "A=f!Ruby B=m",
        """{A} celebrated her ruby wedding on Sunday — and yes, her husband {B} bought her rubies. "He said it would have been rude not to," {A.f} laughs. The couple married in 1984 at the registry office in {city}.""",
    ),
    (
        "en",
        "A=f!Melody B=m",
        """{A} has been playing the church organ since she was twelve. "Every melody in that hymn book, I could play in my sleep," she says. This Sunday, she hands over to {B}, a 17-year-old she has taught for three years.""",
    ),
    (
        "en",
        "A=m!Guy B=f",
        """Handyman {A} — "the guy who fixes things" — has become something of a local legend. {A.f}, 58, repairs bikes, lawnmowers and radios for free in his garage every Saturday. His wife {B} says their garage "hasn't seen a car since 2015\".""",
    ),
    (
        "en",
        "A=f!Ivy B=f!Holly",
        """Sisters {A} and {B} run a Christmas wreath stall at the market every December, using holly and ivy from their own hedges. "It's basically our names for sale," {B.f} jokes. {A.f} does the bows.""",
    ),
    (
        "en",
        "A=m!Dallas B=f",
        """Lorry driver {A} has driven more than two million miles — including, he points out, several trips to Dallas, Texas, when he worked in the US. {A.f} retires this month. His wife, {B}, plans to hide the keys.""",
    ),
    (
        "en",
        "A=f B=m",
        """Q&A with our new head teacher

Q: Tell us about yourself.
A: I'm {A}, I grew up in {city}, and I've been teaching for twenty years. I have two teenagers and a very badly behaved spaniel.

Q: Who inspired you to teach?
A: My own primary teacher, Mr {B.l}. He read us The Hobbit in funny voices and made every one of us feel clever.

Q: What's your first priority?
A: Getting to know every child's name by Christmas.""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Coach's notes — U12 match

Good win, 4-1. {A.f} was brilliant in goal — two great saves in the first half. {B.f} needs to talk more in defence. {C.f}'s hat-trick was the highlight, but remind him it's a team game. Parents: kit wash rota this week is the {C.l} family.""",
    ),
    (
        "en",
        "A=f B=m #cc=us",
        """Bridal shower invitation

Please join us for a bridal shower honoring {A}! Saturday, 1:00 p.m., at the home of her aunt, {ADDR}. RSVP to her maid of honor by text at {PHONE}. The couple is registered at Target. {A.f} and {B.f} can't wait to celebrate with you!""",
    ),
    (
        "en",
        "A=m B=f",
        """Probation officer's pre-sentence report (extract)

Mr {A.l} is a 31-year-old man who lives with his partner, {B}, and their two children. He left school at 16 and has worked intermittently as a labourer. He expresses remorse for the offence and says he wants to "be a better dad". Ms {B.l}, interviewed by phone, confirmed that he has been attending the drug service.""",
    ),
    (
        "en",
        "A=f B=m",
        """Hi {B.f}, it's {A.f} from number 12. Sorry to bother you — your parcel was delivered to us by mistake. I've left it in your porch. Also, is it okay if our builder parks across your drive on Thursday morning? He'll be gone by ten. Thanks! My number is {PHONE} if there's a problem.""",
    ),
]

# ------------------------------------------- more OCR, footnotes, structured values
TEMPLATES += [
    (
        "en",
        "A=f B=m C=f D=m",
        """THE VILLAGE VOICE                                   SPRING ISSUE
From the Chair                     Gardening Club
Thanks to everyone who came        Our April speaker was {C},
to the AGM. {A} has agreed         who talked about growing
to stay on as treasurer for        vegetables in containers. {D}
one more year, and {B}             won the raffle (again).
takes over the minutes.            Next meeting: first Monday.""",
    ),
    (
        "en",
        "A=m B=f C=m",
        """Chapter 2 drew heavily on oral testimony.¹ Several interviewees asked that their names be withheld; others, like the former shop steward quoted below, were keen to be named.²

"We weren't militants," he said. "We just wanted the roof fixed.\"³

———
¹ Interviews were conducted between 2019 and 2021.
² Interview with {A}, {city}, {date:2019-2021}.
³ Ibid. See also the letter from {B} to {C}, 4 March 1978, in the author's possession.""",
    ),
    (
        "en",
        "A=f B=m #ocr",
        """- 2 -

ADOPTION COURT REPORT — CONFIDENTIAL

The child's birth mother, {A}, was 17 at the time of the birth and was living with her aunt at {ADDR}. The birth father is believed to be {B}, although paternity has not been established. Ms {A.l} has consented to the adoption and has asked that the child be told about her "when he is old enough to understand".""",
    ),
    (
        "en",
        "A=m B=f #cc=us",
        """Financial disclosure (divorce) — summary prepared for mediation

Husband: {A}. Wife: {B}.
Assets disclosed by the husband include a checking account, a 401(k) and a cryptocurrency wallet. Wallet address provided: {CRYPTO}. The wife disputes the stated balance and believes a second wallet exists. Mr {A.l}'s counsel has agreed to provide exchange statements.""",
    ),
    (
        "en",
        "A=f B=m",
        """Harassment complaint — summary for the landlord

Tenant {A} reports that since January she has received anonymous emails that refer to her by name and describe her movements. The emails appear to be sent from the building's shared Wi-Fi; the header shows the originating IP as {IP}. She believes the sender is the tenant in flat 3, {B}, with whom she had an argument over parking.""",
    ),
    (
        "en",
        "A=m B=f #cc=gb",
        """Stolen property report

Reported by: {A}, {ADDR}
Item: Laptop (silver, 13-inch), stolen from a café on {date}.
Identifying details: the laptop's Wi-Fi MAC address is {MAC}. It was logged in to the victim's work account.
Witness: {B}, a member of staff, saw a man in a grey coat leave with a laptop bag at about 14:20.""",
    ),
    (
        "en",
        "A=f B=m #cc=us",
        """Car rental dispute — customer statement

My name is {A}. I rented a car from your downtown location on {date}. The agent, {B.f}, photographed my driver's license ({DL}) and said the scratches on the rear door were already on file. Now I have been charged $640 for "new damage". I would like the charge reversed.""",
    ),
    (
        "en",
        "A=m B=f C=m D=f #cc=gb",
        """School trip to Iceland — passport list (please check!)

{A} — passport {PASS}
{B} — passport {PASS}
{C} — passport {PASS}
{D} — passport {PASS}

Parents: if any of these numbers are wrong, please email the trip leader by Friday.""",
    ),
    (
        "en",
        "A=f B=m",
        """Chargeback letter

Dear Sir or Madam,

I am writing to dispute a charge of $389.00 on my card {CARD}, made on {date} to an online furniture retailer. The item was never delivered, and the seller, who signed his emails "{B.f}", has stopped responding.

Name on card: {A}
Phone: {PHONE}""",
    ),
    (
        "en",
        "A=m B=f #cc=us",
        """Volunteer income tax assistance — notes

Client {A} is a day laborer who files with ITIN {ITIN}. His wife, {B}, has a Social Security number ({SSN}) and works part-time at a laundromat. They asked whether they can file jointly. Yes — explained the process and the child tax credit rules for their two children.""",
    ),
    (
        "de",
        "A=f B=m C=f",
        """GEMEINDEBLATT                                    Ausgabe März
Aus dem Gemeinderat              Vereinsleben
Bürgermeister {B} begrüßte       Beim Kaffeenachmittag der
die neuen Mitglieder des         Landfrauen las {A} aus ihren
Rates. Als Schriftführerin       Kindheitserinnerungen. {C}
wurde {C} gewählt.               spendete den Kuchen.""",
    ),
    (
        "fr",
        "A=f B=m C=f",
        """Note de bas de page à vérifier avant publication :

¹ Entretien avec {A}, ancienne ouvrière de la filature, réalisé à {city} le {date:2019-2022}.
² Lettre de {B} à sa sœur {C}, collection privée de la famille {B.l}.""",
    ),
    (
        "es",
        "A=m B=f",
        """¿Puedes traducir esto al inglés?

"El señor {A} y su esposa, {B}, agradecen a todos los vecinos las muestras de cariño recibidas tras el fallecimiento de su hijo. La misa de difuntos se celebrará el domingo."
===
Mr {A} and his wife, {B}, thank all their neighbours for the kindness shown to them after the death of their son. The funeral Mass will be held on Sunday.""",
    ),
    (
        "pt",
        "A=f B=m #ocr",
        """CERTIDÃO DE CASAMENTO (transcrição)

Aos vinte dias do mês de maio de mil novecentos e sessenta e dois, nesta cidade, compareceram {B}, solteiro, lavrador, e {A}, solteira, doméstica, nascida em {DOB:1940-1944}, para contraírem matrimônio.""",
    ),
    (
        "it",
        "A=m B=f C=m",
        """Puoi riassumere in due righe?

«Si comunica che il signor {A} lascerà l'incarico di presidente della Pro Loco. Al suo posto è stata eletta la signora {B}, già vicepresidente. Il consiglio ringrazia {A.f} e il segretario {C} per il lavoro svolto.»
===
{A} lascia la presidenza della Pro Loco; al suo posto è stata eletta {B}, già vicepresidente.""",
    ),
    (
        "nl",
        "A=f B=m C=m",
        """Kun je dit vriendelijker formuleren?

{B.f}, je hebt alwéér de vaatwasser niet uitgeruimd. {A.f} heeft het gisteren ook al gedaan. Dit is de laatste keer. — {C.f}
===
Hoi {B.f}, zou je de vaatwasser willen uitruimen? {A.f} heeft het gisteren al gedaan, dus het zou fijn zijn als jij het vandaag doet. Dank je! — {C.f}""",
    ),
    (
        "ru",
        "A=f B=m C=f #ocr",
        """ВЫПИСКА ИЗ ПРОТОКОЛА № 3
заседания педагогического совета

СЛУШАЛИ: заместителя директора {A~a} о результатах олимпиад.
ВЫСТУПИЛИ: учитель истории {B}, классный руководитель {C}.
ПОСТАНОВИЛИ: объявить благодарность {A~d} за подготовку победителей.""",
    ),
    (
        "pl",
        "A=m B=f",
        """Przetłumacz na angielski:

„Serdecznie dziękujemy panu {A~d} za bezinteresowną pomoc przy remoncie świetlicy. Podziękowania należą się także pani {B~d}, która przygotowała poczęstunek.”
===
"We would like to warmly thank {A} for his generous help with the renovation of the community room. Thanks are also due to {B}, who prepared the refreshments.\"""",
    ),
    (
        "uk",
        "A=m B=f",
        """Переклади англійською, будь ласка:

«Шановний {A.q~v}! Дякуємо Вам за багаторічну сумлінну працю. З повагою, {B.r}»
===
"Dear {A}, thank you for your many years of dedicated work. Kind regards, {B}\"""",
    ),
    (
        "hu",
        "A=m B=f",
        """Fordítsd le angolra:

„Kedves {A.f}! Köszönjük a segítséget a költözésnél. {B} és a gyerekek”
===
"Dear {A.f}, thank you for your help with the move. {B} and the kids\"""",
    ),
    (
        "ar",
        "A=f B=m C=m",
        """ترجم إلى الإنجليزية من فضلك:

"تتقدم عائلة {A} بالشكر إلى الدكتور {B} وفريق التمريض، وإلى الجار العزيز {C}، على وقوفهم إلى جانبها."
===
"The family of {A} would like to thank Dr {B} and the nursing team, and their dear neighbour {C}, for standing by them.\"""",
    ),
    (
        "zh",
        "A=m B=f",
        """帮我把这段话翻译成英文：

"{A}老师退休了。三十年来，他教过的学生数以千计。校长{B}在欢送会上说：'{A.l}老师是我们学校的灵魂。'"
===
"{A} has retired. Over thirty years he taught thousands of students. At his farewell party, head teacher {B} said: 'Mr {A.l} is the soul of our school.'\"""",
    ),
    (
        "ja",
        "A=f B=m",
        """次の文を英語に訳してください。

{A}さんは、来月から大阪支社に異動になります。後任は{B}さんです。
===
{A} will be transferred to the Osaka branch from next month. Her successor is {B}.""",
    ),
    (
        "ko",
        "A=m B=f",
        """다음 문장을 영어로 번역해 줘.

{A} 부장님이 다음 달에 퇴직하십니다. 후임은 {B} 차장님입니다.
===
{A}, our department head, is retiring next month. His successor will be deputy manager {B}.""",
    ),
    (
        "tr",
        "A=f B=m",
        """Bunu İngilizceye çevirir misin?

"{A}, otuz yıl boyunca köy okulunda öğretmenlik yaptı. Eşi {B} ile birlikte emekli olup Ayvalık'a yerleştiler."
===
"{A} taught at the village school for thirty years. She and her husband {B} have retired and settled in Ayvalık.\"""",
    ),
]
