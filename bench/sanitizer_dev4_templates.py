"""Templates and hand-written name lists for bench/sanitizer_dev4.py.

Slots are written {{kind}}, {{kind.variant}}, {{kind#key}} (the same value again) or
{{alt:a|b|c}}. Persons are p1..p6 with forms: (full), first, last, lf ("Surname, Given"),
init ("A. Surname"), fi ("Given S."), ini, nick, nickl, upper, lower, firstl, firstu, lastu,
lastl, gs, login, handle, email, ascii. Texts of kind "turns" separate turns with a line "~~~".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Template:
    kind: str  # chat, doc, tech, turns, clean
    lang: str
    text: str


TEMPLATES: list[Template] = []


def _w(s: str) -> list[str]:
    return s.split()


def _add(kind: str, lang: str, texts: list[str]) -> None:
    for text in texts:
        TEMPLATES.append(Template(kind, lang, text.rstrip("\n")))


#: Hand-written given names and surnames, per culture.
#: Words are separated by spaces; "_" stands for a space inside one name, "/" introduces a
#: nickname, "m|f" gives the male and female form of a surname, "=" a romanization.
#: mode: gs (given surname), sg (surname given), single (one name, no surname),
#: es2 (two surnames), vi (surname middle given), bin (Malay patronymic), cjk (no space).
CULTURES: dict[str, dict[str, str]] = {
    "yoruba": {
        "m": "Oluwaseun/Seun Adebayo/Bayo Olumide/Mide Babatunde/Tunde Oluwafemi/Femi "
        "Ayodele/Ayo Kayode Adewale/Wale Olusegun/Segun Damilola/Dami Oluwatobi/Tobi Gbenga",
        "f": "Folake Funmilayo/Funmi Adunni Omolara/Lara Yetunde/Yetty Bukola/Buki "
        "Titilayo/Titi Oluwakemi/Kemi Abimbola/Bimbo Morenike/Nike Temitope/Tope Ifeoluwa/Ife",
        "s": "Adeyemi Ogunleye Balogun Oyelaran Adeleke Ogundipe Akinola Fashola Oyewole "
        "Adesanya Olatunji Ajayi Oladipo Ogunbanjo Afolabi Oyebanji",
    },
    "igbo": {
        "m": "Chinedu Emeka Obinna/Obi Chukwuemeka/Emeka Ikenna/Ike Nnamdi Uchenna/Uche Chidi "
        "Ifeanyi/Ify Kelechi/KC Chibuike Tochukwu/Tochi",
        "f": "Ngozi Adaeze/Ada Chiamaka/Amaka Nneka Ifeoma Chioma Uju Obiageli/Oby Ebele "
        "Nkechi/Nky Chinwe Ogechi/Oge",
        "s": "Okafor Okonkwo Eze Nwosu Okeke Nwachukwu Onyekachi Chukwu Ibe Okoro Anyanwu "
        "Nwankwo Ezeh Uzor Obiora Nnaji",
    },
    "amharic": {
        "m": "Abebe Tesfaye Dawit Yohannes Getachew Haile Bekele Mulugeta Tadesse Ermias "
        "Amanuel Biniyam",
        "f": "Selam Hiwot Tigist Meseret Almaz Bethlehem/Betty Tsion Mekdes Liya Saba "
        "Rahel Eyerusalem/Jerry",
        "s": "Girma Tadesse Kebede Alemu Wolde Mengistu Assefa Tesfaye Desta Negash Worku "
        "Gebremedhin Abera Tefera Mekonnen",
    },
    "tamil": {
        "m": "Karthik Senthil Arun Vignesh Murugan Saravanan Prakash Balaji Dinesh Ilango "
        "Tamilselvan Kathiresan",
        "f": "Priya Lakshmi Kavitha Meena Divya Anitha Revathi Kalaivani Nithya Sangeetha "
        "Thenmozhi Yamini",
        "s": "Subramanian Krishnan Ramasamy Natarajan Venkatesan Raman Pillai Murugesan "
        "Sundaram Chidambaram Annamalai Arumugam Balasubramaniam Selvaraj",
    },
    "telugu": {
        "m": "Srinivas/Srini Venkatesh Ravi Suresh Chaitanya Sai_Kiran Praveen Ramesh "
        "Harsha Mahesh Naga_Raju Vamsi",
        "f": "Sravani Lavanya Swathi Bhavani Padma Sirisha Haritha Mounika Sindhu Keerthi "
        "Sowmya Tejaswini/Teju",
        "s": "Reddy Naidu Rao Chowdary Varma Raju Kondapalli Gollapudi Yerramsetti Pulipati "
        "Tummala Bandaru Vemula Nandamuri",
    },
    "bengali": {
        "m": "Arnab Sourav Debashis Anirban Subhajit Tanmoy Partha Rajib Shuvo Tanvir Imran Sayan",
        "f": "Moumita Ananya Sreya Tanushree Rituparna Sharmistha Nusrat Farzana Tahmina "
        "Mitali Poulomi Sohini",
        "s": "Chatterjee Banerjee Mukherjee Bhattacharya Ghosh Das Sen Chowdhury Roy Bose "
        "Dutta Sarkar Rahman Hossain Islam Majumdar",
    },
    "punjabi": {
        "m": "Gurpreet Harpreet Jaspreet Manpreet Amarjit Balwinder Sukhwinder/Sukhi Harjit "
        "Kuldeep Ranjit Navdeep/Nav Parminder",
        "f": "Simran Harleen Jasleen Gurleen Navneet Manjit Rupinder Kiranjit Amrit "
        "Sukhmani Harsimran Mandeep",
        "s": "Singh Kaur Sandhu Gill Dhillon Sidhu Grewal Brar Bains Randhawa Sekhon Cheema "
        "Bajwa Atwal Ahluwalia",
    },
    "urdu": {
        "m": "Ahmed Bilal Usman Hamza Faisal Zeeshan Kamran Waqas Asif Tariq Junaid Saad",
        "f": "Ayesha Fatima Mahnoor Sana Hira Zainab Nida Rabia Iqra Mehwish Sadia Anum",
        "s": "Qureshi Siddiqui Chaudhry Malik Butt Sheikh Rana Abbasi Hashmi Mirza Khan "
        "Javed Iqbal Raza Bhatti",
    },
    "pashto": {
        "m": "Zalmay Hekmat Wahid Naqibullah Sardar Ajmal Mirwais Samiullah Hayatullah "
        "Nangyalai Rahmatullah Shafiq",
        "f": "Malalai Gulalai Zarghona Palwasha Spogmai Nazo Shabnam Mursal Wagma Shakila "
        "Laila Sodaba",
        "s": "Ahmadzai Yousafzai Popalzai Durrani Wardak Afridi Khattak Shinwari Mohmand "
        "Stanikzai Barakzai Achakzai Safi",
    },
    "persian": {
        "m": "Arash Dariush Kourosh Mehdi Reza Babak Farhad Kamran Omid Siavash Payam Behrouz",
        "f": "Shirin Maryam Nazanin Parisa Leila Roya Golnar Mahsa Niloufar Ziba Azadeh Shadi",
        "s": "Hosseini Ahmadi Rahimi Karimi Tehrani Moradi Jafari Rostami Sadeghi Mohammadi "
        "Ghorbani Shirazi Esfahani Farahani Najafi",
    },
    "arabic_levant": {
        "m": "Rami Fadi Ziad Karim Tarek Samir Nabil Wael Elias Bassel Majd Jad",
        "f": "Rania Lina Dima Nour Rasha Hiba Maya Yara Zeina Reem Tala Ghina",
        "s": "Haddad Khoury Nassar Saab Karam Aoun Salameh Hijazi Abboud Khalil Daher Jaber "
        "Sayegh Tannous Bitar Khatib",
    },
    "arabic_gulf": {
        "m": "Abdulla Khalid Sultan Saeed Hamad Rashid Mansour Faisal Nasser Majed Saud Turki",
        "f": "Noura Maha Hessa Latifa Alanoud Shamma Mariam Amna Reem Dana Sheikha Jawaher",
        "s": "Al_Mansoori Al_Nuaimi Al_Dhaheri Al_Shamsi Al_Ketbi Al-Qahtani Al-Otaibi "
        "Al-Harbi Al-Ghamdi Al-Zahrani Al-Mutairi Al-Dosari Al_Marri Al_Kuwari Al_Balushi",
    },
    "arabic_egypt": {
        "m": "Mohamed Mahmoud Ahmed Mostafa Amr Sherif Tamer Hossam Karim Omar Youssef Hany",
        "f": "Mona Heba Dina Nermeen Yasmin Aya Salma Nada Mai Shaimaa Rana Ghada",
        "s": "Abdelrahman El-Sayed Hassan Farouk Shawky Fahmy Mansour Ibrahim Soliman Gaber "
        "Ragab Hegazy Zaki Ezzat Abdelaziz",
    },
    "arabic_maghreb": {
        "m": "Youssef Mehdi Anouar Karim Hicham Nabil Rachid Mourad Amine Ilyes Sofiane Walid",
        "f": "Fatima-Zahra Khadija Salma Imane Meriem Sara Houda Yasmine Nadia Loubna Kenza Amel",
        "s": "Benali El_Amrani Bennani Alaoui Tazi Berrada Chraibi Belkacem Bouzid Mansouri "
        "Ait_Ahmed Benjelloun Ouali Zerrouki Boukhris",
    },
    "turkish": {
        "m": "Mehmet Mustafa Emre Burak Murat Cem Onur Serkan Barış Oğuz Kerem Hakan",
        "f": "Ayşe Elif Zeynep Merve Büşra Özge Gizem Ebru Derya Selin Nur Şule",
        "s": "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aslan Koç "
        "Kurt Özdemir Erdem",
    },
    "kurdish": {
        "m": "Rebwar Dilshad Shwan Karwan Hemin Azad Baran Soran Rizgar Hawre Aram Serhat",
        "f": "Shilan Rojin Avesta Berfin Nishtiman Dilan Nazdar Hêvî Jiyan Rozhan Shno Zhino",
        "s": "Zebari Baban Jaff Dizayee Berwari Amedi Hawrami Sindi Qaradaghi Kakayi Rekani "
        "Dosky Shexani",
    },
    "georgian": {
        "m": "Giorgi/Gio Levan/Leko Davit/Dato Nikoloz/Nika Irakli Zurab/Zura Lasha Giga "
        "Tornike/Toko Vakhtang/Vakho Otar Beka",
        "f": "Nino Tamar/Tamuna Mariam/Mari Ketevan/Keti Salome Natia Ekaterine/Eka Ana "
        "Tinatin/Tiko Maia Lika Sopho",
        "s": "Beridze Kapanadze Gelashvili Maisuradze Giorgadze Lomidze Tsiklauri Bolkvadze "
        "Nozadze Chkheidze Japaridze Mchedlishvili Abashidze Dolidze Kiknadze",
    },
    "armenian": {
        "m": "Aram Armen Tigran Hovhannes/Hovo Vahe Gor Narek Levon Ashot Davit Arsen Karen",
        "f": "Anahit Ani Lilit Mariam Nare Siranush Gayane Armine Hasmik Tatevik Lusine Astghik",
        "s": "Petrosyan Hakobyan Harutyunyan Sargsyan Grigoryan Khachatryan Vardanyan "
        "Avetisyan Mkrtchyan Karapetyan Ghazaryan Manukyan Hovhannisyan Stepanyan",
    },
    "kazakh": {
        "m": "Nurlan Yerlan Daulet Askar Bauyrzhan Arman Dauren Aidos Timur Serik Zhandos Yerzhan",
        "f": "Aigerim Dana Gulnara Aizhan Saule Madina Zhanna Dinara Aruzhan Gaukhar Assel Kamila",
        "s": "Nurlanov|Nurlanova Zhakupov|Zhakupova Abenov|Abenova Serikbayev|Serikbayeva "
        "Suleimenov|Suleimenova Akhmetov|Akhmetova Omarov|Omarova Kassymov|Kassymova "
        "Zhumabekov|Zhumabekova Iskakov|Iskakova Sadykov|Sadykova "
        "Baimukhamedov|Baimukhamedova",
    },
    "uzbek": {
        "m": "Jasur Sherzod Bekzod Dilshod Otabek Rustam Aziz Farrukh Jahongir Shavkat "
        "Ulugbek Sardor",
        "f": "Dilnoza Malika Gulnora Nilufar Zarina Shahnoza Madina Feruza Nodira Umida "
        "Dildora Kamola",
        "s": "Karimov|Karimova Rakhimov|Rakhimova Yusupov|Yusupova Mirzayev|Mirzayeva "
        "Nazarov|Nazarova Abdullayev|Abdullayeva Ergashev|Ergasheva Tursunov|Tursunova "
        "Saidov|Saidova Xolmatov|Xolmatova Qodirov|Qodirova Sobirov|Sobirova",
    },
    "mongolian": {
        "m": "Bat-Erdene Ganbaatar Temuulen Batbayar Enkhbold Tömör Munkhbat Erdenebat "
        "Altangerel Bold Dorj Ochirbat",
        "f": "Oyunchimeg Enkhjargal Solongo Sarangerel Altantsetseg Bolormaa Tsetsegmaa "
        "Munkhzul Anujin Khulan Nomin Urantsetseg",
        "s": "Batbold Ganzorig Dorjsuren Tserendorj Luvsan Purevdorj Sodnom Baatar "
        "Enkhtuvshin Chuluun Damdin Gombo",
        "mode": "sg",
    },
    "tibetan": {
        "m": "Tenzin Tashi Lobsang Sonam Karma Pema Dorje Jigme Thinley Ngawang Kunga Dawa",
        "f": "Tenzin Pema Sonam Dolkar Yangchen Kalsang Dechen Tsering Lhakpa Choenyi Dawa Norzin",
        "s": "Dorje Wangchuk Gyatso Norbu Tsering Dhondup Namgyal Phuntsok Rinchen Gyaltsen "
        "Lhamo Dolma Choedon Youdon",
    },
    "nepali": {
        "m": "Bikash Suman Rajan Prakash Dipesh Saroj Anish Bibek Sandeep Niraj Kiran Roshan",
        "f": "Sita Sunita Pratima Sabina Anjali Puja Srijana Rojina Asmita Binita Kabita Manisha",
        "s": "Shrestha Gurung Tamang Magar Rai Limbu Thapa Adhikari Karki Bhattarai Pokharel "
        "Poudel Khadka Maharjan Sherpa",
    },
    "sinhala": {
        "m": "Chaminda Nuwan Kasun Tharindu Lahiru Dilshan Ruwan Chathura Nalin Sampath "
        "Isuru Kusal",
        "f": "Dilani Nadeesha Sanduni Chamari Ishara Thilini Hiruni Piumi Sewwandi Nimali "
        "Dulani Anusha",
        "s": "Perera Fernando de_Silva Jayasuriya Wickramasinghe Gunawardena Bandara "
        "Dissanayake Herath Jayawardena Ratnayake Wijesinghe Kumara Liyanage",
    },
    "thai": {
        "m": "Somchai Anan Kittisak Thanawat/Ton Nattapong/Pong Somsak Prasert Chaiwat "
        "Wichai Pongsakorn/Bank Arthit Krit",
        "f": "Siriporn Nattaya/Nat Kanokwan/Kwan Pimchanok/Pim Supaporn Ratana Malee "
        "Wanida Sasithorn Chanida/Ploy Arisa/Mint Kulthida",
        "s": "Srisuk Chaiyaporn Wongsawat Saetang Thongchai Suksawat Rattanakorn Phromma "
        "Kaewkla Jaidee Boonmee Sirichai Intharat Somboon",
    },
    "lao": {
        "m": "Souksavanh Khamphone Bounmy Phonesavanh Vilaysack Somphone Bouasone "
        "Thongsavanh Keo Sisavath Khamla Anousone",
        "f": "Manivanh Souphaphone Vilayvanh Noy Chanthaly Phetsamone Davone Malaythong "
        "Sengdao Vanida Khampheng Phouvieng",
        "s": "Phommachanh Sisouk Keomany Vongsa Inthavong Chanthavong Sayavong Phanthavong "
        "Luangrath Souvannavong Xayavong Keovilay",
    },
    "khmer": {
        "m": "Dara Sophal Vuthy Rithy Sokha Vannak Piseth Bunthoeun Sovann Visal Kosal Samnang",
        "f": "Sreymom Sophea Chanthou Bopha Sreyleak Channary Kanha Malis Sokunthea Rachana "
        "Thida Vanna",
        "s": "Sok Chan Chea Heng Keo Lim Ly Mao Meas Nhem Oum Pich Seng Sim Touch Yim",
        "mode": "sg",
    },
    "burmese": {
        "m": "Aung_Ko_Ko Min_Thu Kyaw_Zin_Htet Zaw_Win Htet_Aung Thura_Naing Ye_Lin_Aung "
        "Soe_Moe Myo_Min_Tun Nay_Lin Wai_Yan_Phyo Kaung_Myat",
        "f": "Thandar_Hlaing Su_Su_Win Hnin_Wai_Phyo Khin_Myat_Noe Ei_Mon_Kyaw "
        "Phyu_Phyu_Thin May_Thu_Aung Nwe_Ni_Tun Yadanar_Oo Thiri_Htet Shwe_Sin Nandar_Aye",
        "mode": "single",
    },
    "vietnamese": {
        "m": "Anh Bảo Dũng Hùng Khoa Long Nam Phúc Quân Tuấn Thắng Việt Minh Huy",
        "f": "Hương Lan Linh Mai Phương Thảo Trang Vy Yến Hà Nhung Ngân Hằng Uyên",
        "s": "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý",
        "mm": "Văn Đức Minh Quốc Hữu Thành Công",
        "mf": "Thị Ngọc Thu Thanh Kim Bảo Mỹ",
        "mode": "vi",
    },
    "tagalog": {
        "m": "Rodel Jomar Arnel Ramil Efren Dindo Reynaldo/Rey Ricardo/Carding Eduardo/Eddie "
        "Joselito/Lito Rolando/Lando Crisanto/Santi Jhun Ariel",
        "f": "Maricel Rowena Lorna Marites/Tess Jocelyn/Joy Analyn Rosalinda/Linda Divina "
        "Mylene Kristine/Tin Luzviminda/Luz Charmaine",
        "s": "Dela_Cruz Santos Reyes Bautista Villanueva Mendoza Ramos Macaraeg "
        "Dimaculangan Tolentino Pangilinan Manalo Cabahug Sumalpong Ybañez Tumulak "
        "Alcantara Lapitan",
    },
    "indonesian": {
        "m": "Budi Agus Rizky Dimas Fajar Hendra Arif Eko Bayu Adi Yoga Galih",
        "f": "Dewi Putri Ayu Rina Wulan Indah Fitri Aisyah Farah Intan Citra Anggun",
        "s": "Santoso Wijaya Saputra Kusuma Hidayat Pratama Setiawan Nugroho Siregar "
        "Simanjuntak Nasution Harahap Lubis Gunawan",
    },
    "malay": {
        "m": "Ahmad_Faiz Muhammad_Hafiz Amirul Syafiq Mohd_Azlan Khairul Hafizuddin Zulkifli",
        "f": "Nur_Aina Siti_Aishah Nurul_Izzah Farahana Nor_Hayati Syazwani Aqilah Hidayah",
        "s": "Ismail Abdullah Rahman Hassan Osman Yusof Ibrahim Zakaria Razak Hamid",
        "mode": "bin",
    },
    "javanese": {
        "m": "Sutrisno Wahyudi Supriyadi Bambang_Sutejo Joko_Susilo Slamet Suparman Paijo "
        "Sugeng Tukijo Sarwono Mulyono",
        "f": "Sri_Wahyuni Suharti Tukiyem Ngatini Sukarmi Endang_Lestari Sumarni Rahayu "
        "Suryani Wartini Sulastri Ngadiyem",
        "mode": "single",
    },
    "chinese": {
        "m": "Wei Hao Jun Lei Qiang Yong Jie Tao Ming Peng Zhiwei Jianguo Haoran Yuxuan "
        "Zihao Junjie",
        "f": "Fang Jing Na Min Yan Xiaomei Yuting Shuang Wenjing Meiling Xinyi Ruoxi Jiayi "
        "Xiaoyu Lijuan Yifan",
        "s": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo",
        "mode": "sg",
    },
    "cantonese": {
        "m": "Tai_Man Chi_Keung Wing_Kin Kwok_Wai Siu_Ming Ho_Yin Chun_Hei Man_Kit Ka_Lok Wai_Kit",
        "f": "Ka_Yan Mei_Ling Wing_Sze Hoi_Yan Siu_Fong Yuen_Ting Pui_Shan Sze_Wan "
        "Hiu_Tung Lok_Yee",
        "s": "Chan Wong Cheung Lau Leung Lee Ho Ng Tsang Chow Yip Lam Kwok Tang Mak Fung Siu Yeung",
        "mode": "sg",
    },
    "japanese": {
        "m": "Haruto Yuto Sota Takumi Daiki Kenta Shota Ryo Hiroshi Takeshi Kazuki Naoki "
        "Yusuke Kenji",
        "f": "Yui Aoi Sakura Yuna Haruka Misaki Ayaka Mai Nanami Emi Kaori Yuki Megumi Tomoko",
        "s": "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato "
        "Yoshida Yamada Sasaki Matsumoto Inoue Kimura Hayashi Shimizu Mori Ikeda",
        "mode": "sg",
    },
    "korean": {
        "m": "Min-jun Seo-jun Ji-ho Do-yun Jae-won Hyun-woo Sung-min Dong-hyun Jun-young "
        "Tae-yang Sang-hoon Woo-jin",
        "f": "Seo-yeon Ji-woo Ha-eun Min-seo Soo-jin Ji-young Eun-ji Hye-jin Yoo-na Da-eun "
        "Ji-hye So-yeon",
        "s": "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang",
        "mode": "sg",
    },
    "hawaiian": {
        "m": "Kekoa Makoa Kainoa Kaleo Kamaka Ikaika Koa Palani Kahiau Keoni Kanoa Nohea",
        "f": "Leilani Kalani Malia Noelani Keala Pualani Kanoe Mahina Kaimana Nalani Kapua Healani",
        "s": "Kahananui Kealoha Akana Kahale Kaleikini Kekumu Makaiwi Kaʻauwai Keawe "
        "Kamakana Kaneakua Nāone",
    },
    "maori": {
        "m": "Tane Rawiri Wiremu/Wiri Hemi Nikau Manaia Tamati Rangi Mikaere Tipene Hohepa Ihaia",
        "f": "Aroha Mere Anahera Kiri Moana Ngaio Huia Hinemoa Marama Atawhai Kahurangi Mereana",
        "s": "Ngata Parata Tipene Rangihau Te_Rangi Horomona Tamihana Paewai Hohaia "
        "Te_Whata Karaka Ruatapu Kereama Ngapo",
    },
    "samoan": {
        "m": "Sione Tavita Ioane Malakai Pita Lealofi Sefo Paulo Fetu Tupe Iosefa Mikaele",
        "f": "Losa Malia Sina Lagi Mele Salote Tina Masina Lupe Seini Faamalu Leota",
        "s": "Tuilagi Faleolo Leota Fonoti Tanielu Sapolu Aumua Lauina Mauga Leiataua "
        "Tuimavave Falaniko Paepae Sopoaga",
    },
    "andean": {
        "m": "Inti Amaru Mayta Kusi Illari Sayri Kuntur Atoq Rumi Wiñay Juan_Carlos Wilber "
        "Edwin Yony",
        "f": "Killa Ch'aska Sisa Nina Wayta Qori Suyana Kantuta Urpi Sumaq Yeny Marleny "
        "Gladys Rocío",
        "s": "Mamani Quispe Condori Huanca Choque Apaza Ccama Huaman Yupanqui Ticona "
        "Limachi Chambi Coaquira Cusi Layme Ccahuana",
        "mode": "es2",
    },
    "nahuatl": {
        "m": "Tonatiuh Yaotl Itzcóatl Tenoch Cuauhtli Mixcóatl Ehécatl Tlacaélel Citlalmina "
        "Xicoténcatl Cuitláhuac Nezahual",
        "f": "Xóchitl Citlali Yoltzin Itzel Nayeli Quetzalli Tonantzin Ameyalli Izel Xiadani "
        "Yaretzi Metztli",
        "s": "Cuautle Tecuanhuey Tzompantzi Xicohténcatl Cuapio Tecpa Coatl Tlapale "
        "Ixtlapale Cuamatzi Tepale Xochihua",
        "mode": "es2",
    },
    "mexican": {
        "m": "José_Luis Juan_Carlos Alejandro/Alex Luis Jorge Miguel_Ángel Fernando "
        "Ricardo Diego Santiago Mateo Emiliano",
        "f": "María_Fernanda/Marifer Guadalupe/Lupita Ximena Valeria Camila Daniela Sofía "
        "Lucía Andrea Rocío Gabriela/Gaby Mariana",
        "s": "Hernández García Martínez López González Rodríguez Pérez Sánchez Ramírez "
        "Flores Torres Vargas Castillo Jiménez Morales Gutiérrez Mendoza Chávez Rojas "
        "Quiroga",
        "mode": "es2",
    },
    "brazilian": {
        "m": "João_Pedro Lucas Gabriel Rafael Thiago Felipe Matheus Bruno Rodrigo Leandro "
        "Guilherme/Gui Vinícius",
        "f": "Ana_Clara Juliana/Ju Fernanda/Nanda Beatriz/Bia Larissa Camila Letícia "
        "Mariana Gabriela/Gabi Isabela/Bela Tatiane Luana",
        "s": "Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Nascimento Lima "
        "Araújo Ferreira Carvalho Gomes Ribeiro Barbosa da_Silva dos_Santos",
    },
    "haitian": {
        "m": "Wilner Wesner Fritzner Dieudonné Rony Evens Jean-Robert Wilfrid Lesly Frantz "
        "Wendy Jocelyn",
        "f": "Nadège Guerline Mirlande Wideline Fabiola Rose-Marie Roseline Myrtha Nadine "
        "Sherline Lovely Fedna",
        "s": "Jean-Baptiste Pierre Joseph Louis Charles Étienne Dorvil Désir Augustin "
        "Toussaint Jean-Louis Célestin Thélusma Saint-Fleur Dorméus Exantus",
    },
    "swahili": {
        "m": "Baraka Juma Jabari Omari Hamisi Bakari Rashidi Salim Mosi Zuberi Athumani Kassimu",
        "f": "Amani Neema Zawadi Rehema Imani Subira Mwajuma Halima Saida Furaha Zuhura Mwanaisha",
        "s": "Mwakalinga Kimaro Massawe Lyimo Mushi Mollel Mrema Shirima Kombo Mnyampala "
        "Otieno Kamau Njoroge Ochieng Mwangi",
    },
    "nguni": {
        "m": "Sipho Thabo Themba Bongani Sibusiso Mandla Lwazi Siyabonga Andile Lungile "
        "Xolani Luthando",
        "f": "Nomvula Thandeka Zanele Ayanda Nokuthula Lindiwe Nandi Zodwa Khanyisile "
        "Noluthando Buhle Sindisiwe",
        "s": "Dlamini Ndlovu Nkosi Mkhize Zulu Khumalo Mthembu Ngcobo Mahlangu Zungu "
        "Mthethwa Mabaso Gumede Xaba Mokoena Ngubane Qwabe Sithole",
    },
    "somali": {
        "m": "Abdirahman Mohamed Abdullahi Hassan Yusuf Abdirizak Said Omar Ahmed Farah "
        "Warsame Ismail",
        "f": "Hodan Fadumo Halimo Sahra Amina Ifrah Deeqa Hibaaq Nimco Faadumo Ubah Ayaan",
        "s": "Abdi Farah Warsame Ali Hussein Jama Nur Aden Osman Egal Mohamud Hirsi Dirie Samatar",
    },
    "hausa": {
        "m": "Abubakar Usman Sani Aminu Ibrahim Musa Yakubu Nasiru Bashir Garba Danladi Lawal",
        "f": "Aisha Hauwa Zainab Maryam Hadiza Fatima Amina Hafsat Rukayya Binta Jamila Khadija",
        "s": "Bello Abdullahi Mohammed Suleiman Umar Aliyu Garba Danjuma Yusuf Idris Shehu "
        "Dantata Jibril Gambo",
    },
    "akan": {
        "m": "Kwame Kofi Kwabena Kwaku Yaw Kwasi Kojo Ekow Kwadwo Fiifi",
        "f": "Ama Akosua Adwoa Abena Akua Yaa Afua Efua Esi Araba",
        "s": "Mensah Owusu Boateng Asante Osei Appiah Amoah Adjei Agyeman Ofori Darko Ansah "
        "Acheampong Frimpong Bonsu",
    },
    "sami": {
        "m": "Ánte Niillas Mikkal Ásllat Jovnna Issát Heaika Piera Ovllá Jáhkot",
        "f": "Biret Elle Máret Sárá Ristin Ingá Áile Risten Sunná Ánne",
        "s": "Somby Eira Gaup Hætta Turi Bongo Utsi Oskal Valkeapää Kuhmunen Labba Mienna "
        "Sara Pavval",
    },
    "basque": {
        "m": "Iñaki Jon Aitor Unai Mikel Gorka Xabier Asier Eneko Ander Koldo Iker",
        "f": "Ainhoa Amaia Itziar Nerea Maite Leire Garazi Irati Uxue Naiara Edurne Arantxa",
        "s": "Etxeberria Goikoetxea Zubizarreta Agirre Arrieta Urrutia Garmendia Olaizola "
        "Larrañaga Mendizabal Aranburu Iturbe Elizondo Bengoetxea Uriarte",
        "mode": "es2",
    },
    "catalan": {
        "m": "Jordi Pau Oriol Arnau Joan Pere Xavier/Xavi Albert Jaume Ferran Martí Biel",
        "f": "Montserrat/Montse Núria Mireia Laia Meritxell Roser Anna Clara Carla Júlia Neus Aina",
        "s": "Puig Vila Soler Ferrer Pujol Serra Font Roca Casals Riera Vidal Sala Camps "
        "Prat Fabregat Bosch Mas",
        "mode": "es2",
    },
    "gaelic": {
        "m": "Seán Pádraig Cian Oisín Darragh Eoin Ruairí Diarmuid Cathal Lachlan Calum "
        "Fionnlagh Tadhg Ciarán",
        "f": "Aoife Siobhán Niamh Saoirse Caoimhe Róisín Gráinne Orla Ciara Mairead Eilidh "
        "Catrìona Sìne",
        "s": "Ó_Súilleabháin|Ní_Shúilleabháin Ó_Ceallaigh|Ní_Cheallaigh Ó_Briain|Ní_Bhriain "
        "Mac_Dhòmhnaill|Nic_Dhòmhnaill O'Brien Murphy Kelly Walsh McCarthy Byrne MacLeod "
        "MacKenzie Gallagher Doherty O'Sullivan",
    },
    "welsh": {
        "m": "Rhys Dafydd/Dai Gareth Iwan Gethin Emyr Aled Huw Cai Deiniol Owain Llŷr",
        "f": "Cerys Seren Angharad Ffion Carys Eleri Nia Gwenllian Mared Rhiannon Lowri Bethan",
        "s": "Jones Williams Davies Evans Thomas Roberts Hughes Lewis Griffiths Pritchard "
        "Llewellyn Pugh Bowen Vaughan Prys",
    },
    "icelandic": {
        "m": "Jón Sigurður Guðmundur Gunnar Ólafur Einar Kristján Magnús Stefán Bjarni "
        "Hörður Þórður",
        "f": "Guðrún Sigríður Kristín Margrét Helga Sigrún Ingibjörg Þórunn Ragnheiður "
        "Hildur Katrín Jóhanna",
        "s": "Jónsson|Jónsdóttir Sigurðsson|Sigurðardóttir Guðmundsson|Guðmundsdóttir "
        "Gunnarsson|Gunnarsdóttir Ólafsson|Ólafsdóttir Einarsson|Einarsdóttir "
        "Kristjánsson|Kristjánsdóttir Magnússon|Magnúsdóttir Stefánsson|Stefánsdóttir "
        "Þórðarson|Þórðardóttir Bjarnason|Bjarnadóttir Harðarson|Harðardóttir",
    },
    "finnish": {
        "m": "Juha Mikko Jukka Antti Ville Janne Petri Tuomas Lauri Eero Olli Pekka",
        "f": "Aino Tiina Johanna Satu Päivi Riikka Hanna Sanna Elina Minna Kaisa Liisa",
        "s": "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen "
        "Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi",
    },
    "estonian": {
        "m": "Tõnu Priit Tarmo Rein Jaan Indrek Kristjan Margus Urmas Siim Rasmus Mart",
        "f": "Kadri Triin Kersti Maarja Liis Kertu Pille Ülle Mari Eha Anneli Kai",
        "s": "Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepik Kuusk Karu Oja "
        "Raudsepp Laur",
    },
    "lithuanian": {
        "m": "Mindaugas Tomas Darius Vytautas Giedrius Žygimantas Andrius Rokas Paulius Karolis",
        "f": "Rūta Eglė Jurgita Ieva Gintarė Aistė Austėja Greta Vaida Indrė",
        "s": "Kazlauskas|Kazlauskienė Jankauskas|Jankauskienė Petrauskas|Petrauskaitė "
        "Stankevičius|Stankevičiūtė Vasiliauskas|Vasiliauskienė Žukauskas|Žukauskaitė "
        "Butkus|Butkutė Paulauskas|Paulauskienė Urbonas|Urbonienė",
    },
    "latvian": {
        "m": "Jānis Andris Mārtiņš Edgars Kārlis Raimonds Uldis Valdis Artūrs Roberts",
        "f": "Līga Ilze Inese Kristīne Dace Zane Baiba Sarmīte Anete Elīna",
        "s": "Bērziņš|Bērziņa Kalniņš|Kalniņa Ozoliņš|Ozoliņa Liepiņš|Liepiņa "
        "Krūmiņš|Krūmiņa Vītols|Vītola Jansons|Jansone Zariņš|Zariņa Pētersons|Pētersone",
    },
    "polish": {
        "m": "Piotr Krzysztof Tomasz Paweł Michał Łukasz Grzegorz Wojciech/Wojtek Kacper "
        "Jakub/Kuba Bartosz/Bartek Mateusz",
        "f": "Agnieszka Katarzyna/Kasia Małgorzata/Gosia Joanna/Asia Magdalena/Magda "
        "Zofia/Zosia Aleksandra/Ola Dorota Ewa Justyna Weronika Marta",
        "s": "Kowalski|Kowalska Wiśniewski|Wiśniewska Wójcik Kowalczyk Kamiński|Kamińska "
        "Lewandowski|Lewandowska Zieliński|Zielińska Szymański|Szymańska Woźniak "
        "Dąbrowski|Dąbrowska Mazur Krawczyk Grabowski|Grabowska Pawlak Wróbel",
    },
    "czech": {
        "m": "Jiří Petr Tomáš Lukáš Ondřej Vojtěch Martin Jakub Radek Zdeněk",
        "f": "Jana Lenka Kateřina Tereza Veronika Markéta Zuzana Hana Eliška Barbora",
        "s": "Novák|Nováková Svoboda|Svobodová Novotný|Novotná Dvořák|Dvořáková "
        "Černý|Černá Procházka|Procházková Kučera|Kučerová Veselý|Veselá Horák|Horáková "
        "Marek|Marková",
    },
    "russian": {
        "m": "Dmitry Sergei Alexei Andrei Ivan Nikolai Mikhail Pavel Igor Artem/Tema "
        "Vladimir/Volodya Konstantin/Kostya",
        "f": "Natalia/Natasha Olga Ekaterina/Katya Anastasia/Nastya Tatiana/Tanya Irina "
        "Svetlana/Sveta Yulia Elena/Lena Daria/Dasha Ksenia Polina",
        "s": "Ivanov|Ivanova Smirnov|Smirnova Kuznetsov|Kuznetsova Popov|Popova "
        "Sokolov|Sokolova Lebedev|Lebedeva Kozlov|Kozlova Novikov|Novikova "
        "Morozov|Morozova Volkov|Volkova Fedorov|Fedorova Orlov|Orlova",
    },
    "ukrainian": {
        "m": "Oleksandr/Sasha Mykola Taras Bohdan Andriy Yaroslav Serhiy Ostap Vasyl "
        "Dmytro Yurii Maksym",
        "f": "Oksana Olena Iryna Nataliia Yuliia Kateryna Solomiia Halyna Mariia Khrystyna "
        "Viktoriia Anastasiia",
        "s": "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Kovalchuk "
        "Oliynyk Lysenko Marchenko Rudenko Savchenko Moroz Hrytsenko",
    },
    "bcs": {
        "m": "Nikola Stefan Luka Dragan Milan Goran Zoran Dejan Amir Emir Marko Vuk",
        "f": "Jelena Milica Ivana Marija Dragana Snežana Tijana Maja Jovana Amra Lejla Vesna",
        "s": "Jovanović Petrović Nikolić Marković Đorđević Stojanović Horvat Kovačević "
        "Babić Marić Hodžić Begić Hadžić Perić Popović",
    },
    "bulgarian": {
        "m": "Georgi Dimitar Ivaylo Hristo Stoyan Petar Krasimir Todor Nikolay Boyan",
        "f": "Desislava/Desi Yordanka Radostina Tsvetelina Mariela Gergana Vanya Milena "
        "Kalina Teodora",
        "s": "Georgiev|Georgieva Dimitrov|Dimitrova Petrov|Petrova Todorov|Todorova "
        "Hristov|Hristova Stoyanov|Stoyanova Nikolov|Nikolova Angelov|Angelova "
        "Iliev|Ilieva",
    },
    "hungarian": {
        "m": "László/Laci István/Pisti Zoltán Gábor Attila Péter Balázs Tamás Zsolt Csaba "
        "Levente Bence",
        "f": "Erzsébet Katalin/Kati Zsuzsanna/Zsuzsa Ildikó Krisztina Eszter Réka Orsolya/Orsi "
        "Dóra Boglárka/Bogi Anikó Noémi",
        "s": "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp "
        "Takács Juhász Lakatos Mészáros",
    },
    "greek": {
        "m": "Giorgos Dimitris Nikos Kostas Yannis Panagiotis/Panos Christos Vasilis "
        "Stavros Thanasis Spyros Alexandros",
        "f": "Maria Eleni Katerina Sofia Dimitra Vasiliki/Vaso Anastasia Ioanna Despina "
        "Christina Athina Evangelia/Lia",
        "s": "Papadopoulos|Papadopoulou Georgiou Nikolaidis|Nikolaidou "
        "Konstantinidis|Konstantinidou Papadakis Pappas|Pappa Oikonomou Vlachos|Vlachou "
        "Karagiannis|Karagianni Dimitriou Alexiou Makris|Makri Antoniou",
    },
    "albanian": {
        "m": "Arben Besnik Ermal Gentian Ilir Dritan Fatos Artan Klodian Agron Blerim Erion",
        "f": "Blerina Elira Mirela Arjeta Drita Elona Fjolla Jonida Rudina Valbona Anisa Besa",
        "s": "Hoxha Shehu Krasniqi Gashi Morina Hasani Kola Leka Dervishi Bytyqi Çela Gjoka "
        "Zeqiri Basha Kelmendi",
    },
    "romanian": {
        "m": "Andrei Mihai Alexandru Ionuț Bogdan Cristian Răzvan Florin Adrian Vlad Cătălin Sorin",
        "f": "Ioana Elena Andreea Cristina Mihaela Alina Roxana Raluca Oana Bianca Irina Simona",
        "s": "Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Rusu Munteanu Constantin "
        "Matei Marin Ciobanu Lungu Dobre Barbu",
    },
    "hebrew": {
        "m": "Yosef Avraham/Avi Moshe Itai Noam Eitan Yonatan/Yoni Ariel Omer Amit Ido Gal",
        "f": "Noa Tamar Shira Yael Maya Michal Adi Hila Roni Tali Ayelet Liat",
        "s": "Cohen Levi Mizrahi Peretz Biton Friedman Avraham Dahan Azoulay Katz "
        "Ben-David Shapira Goldberg Rosenberg Malka Elbaz Ohana",
    },
    "hindi": {
        "m": "Rohit Amit Vikram Anil Sanjay Rakesh Deepak Nikhil Aditya Varun Abhishek Saurabh",
        "f": "Pooja Neha Priyanka Shreya Kavya Ritu Sneha Swati Aarti Divya Shalini Ankita",
        "s": "Sharma Verma Gupta Agarwal Mehta Joshi Kapoor Malhotra Saxena Srivastava "
        "Tiwari Mishra Pandey Chauhan Yadav",
    },
    "english": {
        "m": "Kevin Brian Tyler Jason Derek Craig Gavin Trevor Nigel Liam Callum Jayden "
        "DeShawn Tremaine Darnell Connor Bradley Dwayne",
        "f": "Jessica/Jess Ashley Megan/Meg Brittany Courtney Chloe Kayla Latoya Shanice "
        "Kerry-Ann Bethany/Beth Siobhan Tamsin Kirsty Jolene Stacey-Ann",
        "s": "Smith Johnson Brown Taylor Anderson Thompson Harris Clarke Robinson Walker "
        "Wright Mitchell Campbell Bennett Fitzgerald Henderson Sullivan Okafor-Reid",
    },
    "english_word": {
        "m": "Bill Mark Will Hunter Chase Wade Cliff Lance Rich Drew Frank Guy Jack Rob",
        "f": "Rose Hope Amber Grace Faith Joy Dawn Penny Ivy Summer Autumn Holly Daisy "
        "Heather Robin Crystal",
        "s": "Baker Cook Young King White Green Hill Wood Stone Bishop Sharp Little Rich "
        "Moody Swift Fox Bell Hall Lamb Mann Price Gold",
    },
}

#: Native-script names for texts in those languages ("=" gives the romanization for logins).
NATIVE: dict[str, dict[str, str]] = {
    "ar": {
        "m": "محمد=mohamed أحمد=ahmed علي=ali عمر=omar خالد=khaled يوسف=youssef "
        "كريم=karim سامي=sami طارق=tarek حسن=hassan",
        "f": "فاطمة=fatma مريم=mariam نور=nour ليلى=leila سارة=sara هدى=huda "
        "رنا=rana ياسمين=yasmin دينا=dina سلمى=salma",
        "s": "الحسن=alhassan العتيبي=alotaibi المصري=almasri حداد=haddad الخوري=khoury "
        "منصور=mansour القحطاني=alqahtani الشمري=alshammari النجار=najjar "
        "السيد=elsayed",
    },
    "he": {
        "m": "יוסף=yosef איתי=itai אבי=avi משה=moshe דניאל=daniel נועם=noam עומר=omer איתן=eitan",
        "f": "נועה=noa תמר=tamar יעל=yael שירה=shira מיכל=michal הילה=hila רוני=roni טלי=tali",
        "s": "כהן=cohen לוי=levi מזרחי=mizrahi פרץ=peretz ביטון=biton אברהם=avraham "
        "דהן=dahan שפירא=shapira",
    },
    "el": {
        "m": "Γιώργος Δημήτρης Νίκος Κώστας Γιάννης Παναγιώτης Χρήστος Βασίλης",
        "f": "Μαρία Ελένη Κατερίνα Σοφία Δήμητρα Ιωάννα Δέσποινα Αθηνά",
        "s": "Παπαδόπουλος|Παπαδοπούλου Γεωργίου Νικολαΐδης|Νικολαΐδου Οικονόμου "
        "Βλάχος|Βλάχου Μακρής|Μακρή Αντωνίου Παππάς|Παππά Καραγιάννης|Καραγιάννη",
    },
    "th": {
        "m": "สมชาย=somchai สมศักดิ์=somsak กิตติศักดิ์=kittisak ประเสริฐ=prasert "
        "ธนวัฒน์=thanawat ชัยวัฒน์=chaiwat",
        "f": "ศิริพร=siriporn ณัฐยา=nattaya กนกวรรณ=kanokwan สุภาพร=supaporn มาลี=malee วนิดา=wanida",
        "s": "ศรีสุข=srisuk ใจดี=jaidee บุญมี=boonmee วงศ์สวัสดิ์=wongsawat "
        "แก้วกล้า=kaewkla สมบูรณ์=somboon ทองชัย=thongchai",
    },
    "fa": {
        "m": "آرش=arash داریوش=dariush مهدی=mehdi رضا=reza فرهاد=farhad امید=omid",
        "f": "شیرین=shirin مریم=maryam نازنین=nazanin پریسا=parisa لیلا=leila مهسا=mahsa",
        "s": "حسینی=hosseini احمدی=ahmadi رحیمی=rahimi کریمی=karimi تهرانی=tehrani "
        "مرادی=moradi جعفری=jafari رستمی=rostami",
    },
    "hi": {
        "m": "राहुल=rahul अमित=amit विकास=vikas संजय=sanjay रोहित=rohit अनिल=anil",
        "f": "सुनीता=sunita प्रिया=priya अनीता=anita पूजा=pooja नेहा=neha कविता=kavita",
        "s": "शर्मा=sharma वर्मा=verma गुप्ता=gupta सिंह=singh यादव=yadav मिश्रा=mishra जोशी=joshi",
    },
    "am": {
        "m": "አበበ=abebe ተስፋዬ=tesfaye ዳዊት=dawit ዮሐንስ=yohannes",
        "f": "ሰላም=selam ሕይወት=hiwot ትዕግሥት=tigist መሠረት=meseret አልማዝ=almaz",
        "s": "ግርማ=girma ታደሰ=tadesse ከበደ=kebede አለሙ=alemu ደስታ=desta",
    },
    "ru": {
        "m": "Дмитрий Сергей Алексей Андрей Иван Михаил Павел Игорь",
        "f": "Наталья Ольга Екатерина Анастасия Татьяна Ирина Юлия Дарья",
        "s": "Иванов|Иванова Смирнов|Смирнова Кузнецов|Кузнецова Попов|Попова "
        "Соколов|Соколова Лебедев|Лебедева Козлов|Козлова Новиков|Новикова "
        "Морозов|Морозова Волков|Волкова",
        "pm": "Сергеевич|Сергеевна Александрович|Александровна Иванович|Ивановна "
        "Викторович|Викторовна Андреевич|Андреевна",
    },
    "ka": {
        "m": "გიორგი=giorgi ლევანი=levani დავითი=davit ირაკლი=irakli",
        "f": "ნინო=nino თამარი=tamari მარიამი=mariami ქეთევანი=ketevan",
        "s": "ბერიძე=beridze კაპანაძე=kapanadze გელაშვილი=gelashvili "
        "მაისურაძე=maisuradze ლომიძე=lomidze",
    },
    "zh": {
        "m": "伟=wei 磊=lei 洋=yang 志强=zhiqiang 晓明=xiaoming 建国=jianguo 浩然=haoran",
        "f": "芳=fang 娜=na 敏=min 静=jing 婷=ting 秀英=xiuying 丽华=lihua 欣怡=xinyi",
        "s": "王=wang 李=li 张=zhang 刘=liu 陈=chen 杨=yang 黄=huang 赵=zhao 周=zhou 吴=wu",
    },
    "ja": {
        "m": "翔太=shota 大輔=daisuke 健太=kenta 直樹=naoki 拓海=takumi 浩=hiroshi",
        "f": "陽菜=hina 結衣=yui さくら=sakura 美咲=misaki 恵=megumi 由美子=yumiko",
        "s": "佐藤=sato 鈴木=suzuki 高橋=takahashi 田中=tanaka 渡辺=watanabe 伊藤=ito "
        "山本=yamamoto 中村=nakamura",
    },
    "ko": {
        "m": "민준=minjun 서준=seojun 지호=jiho 도윤=doyun 현우=hyunwoo 성민=sungmin",
        "f": "서연=seoyeon 지우=jiwoo 하은=haeun 민서=minseo 수진=soojin 지영=jiyoung",
        "s": "김=kim 이=lee 박=park 최=choi 정=jung 강=kang 조=cho 윤=yoon",
    },
}

#: language -> cultures of the hand-written lists used for its texts
LANG_CULTURES: dict[str, list[str]] = {
    "en": sorted(c for c in CULTURES if c != "english_word") + ["english_word"],
    "es": ["mexican", "mexican", "andean", "nahuatl", "catalan", "basque"],
    "pt": ["brazilian"],
    "fr": ["haitian", "arabic_maghreb", "vietnamese", "basque"],
    "de": ["turkish", "polish", "kurdish", "bcs", "greek", "russian"],
    "it": ["albanian", "romanian"],
    "nl": ["turkish", "arabic_maghreb", "indonesian"],
    "pl": ["polish", "ukrainian"],
    "ru": ["kazakh", "uzbek"],
    "tr": ["turkish", "kurdish"],
    "el": ["greek"],
    "he": ["hebrew"],
    "ar": ["arabic_levant", "arabic_gulf", "arabic_egypt", "arabic_maghreb"],
    "fa": ["persian"],
    "ja": ["japanese"],
    "zh": ["chinese"],
    "ko": ["korean"],
    "vi": ["vietnamese"],
    "th": ["thai"],
    "id": ["indonesian", "javanese", "malay"],
    "tl": ["tagalog"],
    "hi": ["hindi"],
    "hinglish": ["hindi", "punjabi", "bengali", "tamil", "telugu", "urdu"],
    "sw": ["swahili"],
    "hu": ["hungarian"],
    "ro": ["romanian"],
    "sv": ["sami"],
    "fi": ["finnish", "sami"],
    "am": ["amharic"],
    "ka": ["georgian"],
    "is": ["icelandic"],
    "cy": ["welsh"],
}

#: language -> Faker locales (a minority of the names)
LANG_FAKER: dict[str, list[str]] = {
    "en": _w(
        "en_US en_US en_GB en_AU en_CA en_IE en_NZ en_IN en_NG en_KE en_PK de_DE fr_FR es_ES "
        "es_MX es_AR es_CO it_IT pt_BR pt_PT nl_NL pl_PL sv_SE no_NO da_DK fi_FI cs_CZ sk_SK "
        "hr_HR sl_SI ro_RO hu_HU tr_TR id_ID yo_NG ig_NG ha_NG zu_ZA tw_GH sw lt_LT lv_LV "
        "et_EE ga_IE is_IS az_AZ uz_UZ"
    ),
    "es": ["es_ES", "es_MX", "es_AR", "es_CO", "es_CL"],
    "pt": ["pt_BR", "pt_PT"],
    "fr": ["fr_FR", "fr_CA", "fr_BE", "fr_CH"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pl": ["pl_PL"],
    "ru": ["ru_RU"],
    "tr": ["tr_TR"],
    "el": ["el_GR"],
    "hu": ["hu_HU"],
    "ro": ["ro_RO"],
    "sv": ["sv_SE"],
    "fi": ["fi_FI"],
    "id": ["id_ID"],
    "sw": ["sw"],
    "is": ["is_IS"],
}

#: instructions users put before a pasted document
PREFIXES: dict[str, list[str]] = {
    "en": [
        "Summarize this email in 3 bullet points:\n\n",
        "can u make this more professional\n\n",
        "Translate the following into Spanish, keep the formatting:\n\n",
        "Fix the grammar only, don't change anything else.\n\n",
        "TL;DR?\n\n",
        "Extract all action items with owners and due dates as a table.\n\n",
        "Rewrite this so it's friendlier:\n---\n",
        "What's the tone of this message? Be honest.\n\n",
        "Please proofread:\n\n",
        "summarise pls, i'm in a hurry\n\n",
        "Draft a polite reply to this:\n\n",
        "Convert this into JSON with fields name, contact, date, summary.\n\n",
        "Is anything legally risky in here?\n\n",
        "Shorten to under 100 words:\n\n",
        "Can you check if this is a phishing email?\n\n",
        "Give me the key dates from this:\n\n",
        'Here is the text:\n"""\n',
        "Context (from our CRM export):\n\n",
    ],
    "es": ["Resume este correo en tres puntos:\n\n", "¿Puedes traducir esto al inglés?\n\n",
           "corrige la ortografía porfa\n\n", "Hazlo más formal:\n\n"],
    "pt": ["Resuma este texto:\n\n", "traduz pra inglês por favor\n\n", "Melhore a redação:\n\n"],
    "fr": ["Peux-tu résumer ce mail ?\n\n", "Traduis en anglais stp :\n\n",
           "Corrige les fautes :\n\n"],
    "de": ["Bitte fasse diese E-Mail kurz zusammen:\n\n", "Übersetz das bitte ins Englische:\n\n",
           "Formuliere das höflicher:\n\n"],
    "it": ["Riassumi questa email:\n\n", "Traduci in inglese:\n\n"],
    "nl": ["Vat deze mail samen:\n\n", "Vertaal naar het Engels:\n\n"],
    "pl": ["Streść ten tekst:\n\n", "Przetłumacz na angielski:\n\n"],
    "ru": ["Сделай краткое резюме:\n\n", "Переведи на английский:\n\n"],
    "ja": ["この文章を要約してください。\n\n", "英語に翻訳して\n\n"],
    "zh": ["帮我总结一下这封邮件：\n\n", "翻译成英文：\n\n"],
    "ko": ["이 메일 요약해줘\n\n", "영어로 번역해 주세요:\n\n"],
    "tr": ["Bu e-postayı özetler misin?\n\n", "İngilizceye çevir:\n\n"],
}  # fmt: skip

# ======================================================================================
# English user prompts

_add(
    "chat",
    "en",
    [
        """\
hey can you write a short birthday message for my coworker {{p1.first}}? we're not super close \
but sit next to each other. something warm but not cringe""",
        """\
{{p1}} asked me to review their promotion packet and honestly it's weak. how do i give \
feedback without wrecking our friendship""",
        """\
write a LinkedIn recommendation for {{p1.first}} {{p1.last}}, she was my manager at {{org}} for \
3 years, super supportive, great at hiring""",
        """\
my landlord {{p1.init}} keeps entering the apartment without notice. im at {{address}}. \
what are my rights? tenant since {{year}}""",
        """\
Can you help me reply to this? My sister-in-law {{p1.first}} wants to borrow money again and I \
already lent her {{price}} last {{alt:spring|summer|winter}}.""",
        """\
i need a cover letter for a junior data analyst role at {{org}}. my name is {{p1}}, email \
{{p1.email}}, phone {{phone}}. i know python, sql, a bit of tableau""",
        """\
what does it mean when a guy named {{p1.first}} texts "k." after i sent a whole paragraph lol""",
        """\
Please write a eulogy outline for my grandfather, {{p1}}. He was a farmer, loved fishing, \
served in the army, and had 11 grandchildren.""",
        """\
translate to french: "Hi {{p1.first}}, the keys are under the mat. Call me at {{phone}} if \
anything's wrong. — {{p2.first}}\"""",
        """\
is this a scam? got a text saying my package is held and to pay {{price}} at a weird link, it \
even used my name ({{p1.upper}}) and my address {{address}}""",
        """\
{{p1.firstl}} and {{p2.firstl}} are getting married in {{city}} next june, i'm the best man. \
give me 5 opening lines for the speech that aren't cheesy""",
        """\
Write a formal complaint to my bank. Someone charged my card {{card}} three times at \
{{org}} on {{date}}. Account holder: {{p1}}.""",
        """\
how do I tell my team lead ({{p1.first}}) that {{p2.first}} keeps taking credit for my work \
without sounding petty?""",
        """\
make a packing list for a 5 day trip to {{city}} with my 2 kids. my husband {{p1.first}} \
forgets everything so make it foolproof 😅""",
        """\
I'm filling out a visa form. Name: {{p1.upper}}, DOB {{dob}}, passport no. {{passport}}. \
Which box do I put my maiden name in?""",
        """\
rewrite this to sound less aggressive: "{{p1.first}}, I've asked you three times to stop \
parking in my spot. Next time I'm calling the tow company.\"""",
        """\
Can you draft an out-of-office? I'm away until {{date}}. For urgent things contact \
{{p1}} ({{p1.email}}).""",
        """\
my mom's name is {{p1}} and she wants to open a roth IRA, her SSN is {{ssn}} — which docs \
does she need to bring to the branch""",
        """\
give me a 3-day itinerary for {{place}}. we're staying at a friend's place on {{address}}""",
        """\
{{p1}}""",
        """\
who should i invite from work: {{p1.first}}, {{p2.first}}, {{p3.first}}, {{p4.first}} or \
{{p5.first}}? only have room for 3. {{p2.first}} and {{p4.first}} don't get along""",
        """\
Please write a thank-you note to Dr. {{p1.last}} who delivered our baby last week. \
My wife {{p2.first}} wants to mention the night nurse, {{p3.first}}, too.""",
        """\
the wifi password at my parents place is {{wifi}} but it doesn't connect on my laptop, \
windows 11, error says "can't connect to this network". ideas?""",
        """\
pretend you're {{p1.first}}'s personal trainer and make a 4 week plan. {{p1.first}} is 34, \
bad knee, wants to run a 10k""",
        """\
lol my bf {{p1.nick}} just sent me this: "u up?" at 3am what does that mean after 2 years \
together""",
        """\
Summarize the feedback: {{p1.fi}} said the demo was too long, {{p2.fi}} liked the pricing \
page, {{p3.fi}} wants dark mode.""",
        """\
need a short bio for a conference speaker: {{p1}}, senior engineer at {{org}}, works on \
{{product}} pipelines, lives in {{city}}. 60 words max""",
        """\
my crypto wallet is {{crypto}} — someone says they sent me {{num}} USDT but i see nothing. \
which network should i check?""",
        """\
Write a reference letter for my former nanny {{p1}}. She worked for us from {{year}} to \
{{year}}. Her new employer can call me on {{phone}}.""",
        """\
is it weird to name our dog {{p1.first}}? that's my boss's name 🤔""",
        """\
I got an email from {{email}} claiming to be from IT asking me to reset my password at a link. \
My username is {{p1.login}}. Should I worry?""",
        """\
explain this error to me like im 5, my friend {{p1.firstl}} says it's a DNS thing: \
"could not resolve host: {{host}}\"""",
        """\
Draft a text to my neighbor: their dog got out again and is in our yard at {{address}}. \
Their name is {{p1.first}}, number {{phone}}.""",
        """\
help me write a toast for {{p1.upper}} & {{p2.upper}}'s 25th anniversary!!""",
        """\
what's a nice way to tell {{p1.first}} we're not hiring her after the trial week. she was \
great with customers but late 4 times""",
        """\
Convert to a polite email: tell {{p1.lf}} the invoice {{invoice}} is overdue by 45 days, \
total {{price}}.""",
        """\
my kid's teacher, Ms. {{p1.last}}, sent a note saying {{p2.first}} was "disruptive". how do \
i respond without being defensive""",
        """\
write a haiku about my cat, who is named after my ex, {{p1.first}}""",
        """\
I need to send my bank details to a client: {{iban}}, account name {{p1}}. Is it safe to \
put this in an email?""",
        """\
quick q - my coworker {{p1.handle}} shared an AWS key in the #general channel \
({{aws_id}}). what should we do first""",
        """\
ok so {{p1.firstl}} ({{p1.email}}) is asking for the password to the shared account, it's \
{{pw}}. should i just give it or use a password manager share?""",
        """\
Proofread: "Dear {{p1}}, we are pleased to inform you that you've been accepted to the \
{{year}} cohort. Your student ID card will be sent to {{address}}.\"""",
        """\
Tell me how to pronounce {{p1}} correctly, I'm introducing them at a panel tomorrow""",
        """\
whats a good gift for my father-in-law {{p1.first}}, he's into {{alt:golf|birdwatching|jazz \
records|woodworking}} and turning 70""",
        """\
can you make a chore chart for {{p1.first}} (9), {{p2.first}} (12) and {{p3.first}} (15)? \
the oldest should do dishes""",
        """\
My ITIN is {{itin}} and I moved. How do I update my address with the IRS? New address \
{{address.us}}""",
        """\
Write a short apology to {{p1.nick}} for missing her recital. I was stuck at work.""",
        """\
who is {{p1.gs}}? she emailed me about a job at {{org}} and i can't find her on linkedin""",
        """\
Draft a condolence message to {{p1.first}}, whose mother {{p2}} passed away on {{date}}.""",
        """\
i have a job interview with {{p1.lastu}} at {{time}} tomorrow, help me prep for "tell me \
about yourself\"""",
        """\
{{p1.first}}'s flight lands at {{time}} at gate B12 — can you write a sign for the arrivals \
hall that says welcome home, in big letters?""",
        """\
I'm selling my car on marketplace. Write the listing. Contact: {{p1.first}}, {{phone}}. \
{{alt:2014 Honda Civic|2018 Toyota Corolla|2011 Ford Focus}}, {{big}} miles.""",
        """\
how many days between {{date}} and my daughter {{p1.first}}'s birthday {{dob}}?? she's \
turning 7 and i'm planning""",
        """\
sorry for the long message. my name is {{p1}} and my mac address is {{mac}} — the school \
network admin asked for it to whitelist my laptop. where do i find it on a macbook?""",
        """\
pls write a resignation letter. manager: {{p1}}. last day: {{date}}. reason: moving to \
{{city}}. keep it short, no drama""",
    ],
)

# ======================================================================================
# English documents pasted for summarizing, translating, rewriting

_add(
    "doc",
    "en",
    [
        """\
From: {{p1}} <{{p1.email}}>
To: {{p2.email}}
Cc: {{p3.email}}
Subject: Re: Q3 vendor review

Hi {{p2.first}},

Thanks for sending the numbers. I went through the {{org}} contract with {{p3.first}} this \
morning and we think the renewal at {{price}} per seat is too high. Can we set up a call on \
{{weekday}}? My cell is {{phone}}.

Best,
{{p1.first}}""",
        """\
Dear Mr. {{p1.last}},

We are writing to confirm your appointment with Dr. {{p2.last}} on {{date}} at {{time}}. \
Please arrive 15 minutes early and bring a photo ID and your insurance card.

Patient: {{p1.upper}}
Date of birth: {{dob}}
Phone on file: {{phone}}

If you need to reschedule, reply to this email or call the front desk.

{{org}} Family Clinic""",
        """\
MEETING NOTES — product sync, {{date}}
Attendees: {{p1.first}}, {{p2.first}}, {{p3}}, {{p4.fi}}
- {{p1.first}}: billing migration slipped to {{date}}, blocked on {{ticket}}
- {{p3.first}} owns the {{product}} upgrade to {{version}}
- {{p4.first}} to follow up with legal re: data retention
Action items:
  * {{p2.ini}} — send recap to {{p5.email}}
  * {{p1.ini}} — book room for the offsite""",
        """\
CURRICULUM VITAE

{{p1.upper}}
{{address.ml}}
{{phone}} · {{p1.email}} · linkedin.com/in/{{p1.login}}

EXPERIENCE
{{year}}–present  Senior Analyst, {{org}}, {{city}}
{{year}}–{{year}}  Analyst, {{org}}

EDUCATION
BSc Economics, University of {{city}}

REFERENCES
{{p2}}, Head of Finance — {{p2.email}}""",
        """\
OBITUARY

{{p1}}, 84, of {{place}}, passed away peacefully on {{date}}, surrounded by family. Born in \
{{city}} to {{p2}} and {{p3}}, {{p1.first}} worked for 38 years at {{org}}. \
{{p1.first}} is survived by his wife of 56 years, {{p4.first}}; children {{p5.first}} and \
{{p6}}; and seven grandchildren. A memorial service will be held at St. Mary's Church.""",
        """\
★★☆☆☆ Stayed 3 nights. The host, {{p1.first}}, was friendly but the place did not match the \
photos. Checked in late and {{p1.first}} had left the code on a sticky note. The \
{{lookalike}} coffee machine was broken. Would not return. — {{p2.fi}}""",
        """\
Ticket {{ticket}} — Priority: High
Reporter: {{p1}} ({{p1.email}})
Assignee: {{p2.login}}

Customer says they were charged twice. Last 4 of card don't match ours — they sent the full \
number {{card}} in the chat (!!). Please purge from the transcript. Customer callback: \
{{phone}}.""",
        """\
RESIDENTIAL LEASE AGREEMENT

This Lease is made on {{date}} between {{p1}} ("Landlord") and {{p2}} and {{p3}} \
("Tenants") for the premises located at {{address}}.

1. TERM. The term begins on {{date}} and ends twelve months later.
2. RENT. Tenants shall pay {{price}} per month to Landlord's account {{iban}}.
3. DEPOSIT. A security deposit of {{price}} is due at signing.

Landlord signature: ____________   Tenant signature: ____________""",
        """\
EMPLOYEE ONBOARDING FORM

Full legal name: {{p1}}
Preferred name: {{p1.nick}}
Date of birth: {{dob}}
SSN: {{ssn}}
Home address: {{address.us}}
Emergency contact: {{p2}} ({{phone.us}})
Direct deposit — routing/account on file
Manager: {{p3}}""",
        """\
Hi team,

Quick update from the {{city}} office. {{p1}} has joined us as Head of Operations, \
replacing {{p2.first}} who moved to the {{city}} team. Please give {{p1.first}} a warm \
welcome! {{p1.first}}'s desk is next to {{p3.first}}'s on the 4th floor.

Cheers,
{{p4.first}}""",
        """\
REPORT CARD COMMENTS — Term 2

Student: {{p1.lf}}          Class: 5B
Teacher: Mrs. {{p2.last}}

{{p1.first}} has made excellent progress in reading this term and participates well in \
group work. {{p1.first}} should keep practising multiplication tables at home. A meeting with \
{{p3}} (parent) is scheduled for {{date}}.""",
        """\
LISTING #{{num}} — 3 bed / 2 bath, {{address}}
Listed by {{p1}}, {{org}} Realty. Call or text {{phone}}.
Open house {{weekday}} 1–3pm. Seller ({{p2.init}}) motivated, priced at {{price}}k.""",
        """\
Dear {{p1.first}},

Your loan application #{{order}} has been approved. The funds will be transferred to \
{{iban}} within three business days. Please verify your identity by replying with a copy \
of your driver's license (we have {{dl}} on file).

Kind regards,
{{p2}}
Loan Officer""",
        """\
DISCHARGE SUMMARY
Patient: {{p1.upper}}   DOB: {{dob}}
Attending: Dr. {{p2}}
Admitted {{date}} with community-acquired pneumonia. Treated with IV antibiotics, \
improved. Discharged home with oral amoxicillin. Follow up with PCP Dr. {{p3.last}} in \
1 week. Contact: {{phone}}.""",
        """\
NOTICE OF INTENT TO SUE

To: {{p1}}
{{address.ml}}

My client, {{p2}}, hereby gives notice of claims arising from the incident of {{date}}. \
Please direct all correspondence to the undersigned.

{{p3}}, Esq.
{{p3.email}}""",
        """\
Subject: Invoice {{invoice}}

Hello {{p1.first}},

Attached is the invoice for the work done in {{alt:March|April|May|October}}. Payment by \
bank transfer to:
Account holder: {{p2}}
IBAN: {{iban}}
BIC: {{alt:DEUTDEFF|BARCGB22|INGBNL2A|BNPAFRPP}}

Thank you!
{{p2.first}}""",
        """\
BREAKING: Local bakery owner {{p1}} wins regional award

{{place}} — {{p1}}, who opened the bakery on Main Street in {{year}}, was named small \
business owner of the year on {{weekday}}. "I never expected this," {{p1.last}} said, \
thanking her staff and her late husband, {{p2.first}}. The ceremony was hosted by mayor \
{{p3}}.""",
        """\
Interview feedback — candidate {{p1}}
Interviewer: {{p2.fi}}
Role: Backend Engineer (L4)
Strong on system design. Struggled with the SQL question. {{p1.first}} asked good \
questions about on-call. Recommend: hire. Notes shared with {{p3.handle}} in the hiring \
channel.""",
        """\
HR CONFIDENTIAL

Subject: Performance Improvement Plan — {{p1}}
Employee ID card sent to {{address}}
Manager: {{p2}}
HRBP: {{p3.first}} {{p3.last}}
Concerns: missed deadlines (3), absence without notice on {{date}}.
Next review: {{date}}.""",
        """\
Hey {{p1.first}}!! It was so good to see you at {{p2.first}}'s wedding. Here's my new \
number {{phone}} and my insta is {{p3.handle}} (lol it's actually my sister's account \
but whatever). Let's get dinner soon!!""",
        """\
APPLICATION FOR RENTAL

Applicant: {{p1}}
Current address: {{address}}
Phone: {{phone}}   Email: {{p1.email}}
Employer: {{org}}   Supervisor: {{p2}}
Driver's license #: {{dl}}   State: {{alt:CA|NY|TX|FL|IL}}
SSN (for credit check): {{ssn}}
Previous landlord: {{p3}}, {{phone}}""",
        """\
Dear Hiring Committee,

It is my pleasure to recommend {{p1}} for the {{alt:Fulbright|Chevening|Erasmus Mundus}} \
scholarship. I supervised {{p1.first}}'s thesis at the University of {{city}}. \
{{p1.last}} is the most independent student I have worked with in twenty years.

Sincerely,
Prof. {{p2}}
{{p2.email}}""",
        """\
Wire transfer request — URGENT
Beneficiary: {{p1.upper}}
Beneficiary IBAN: {{iban}}
Amount: {{price}}
Reference: {{invoice}}
Requested by: {{p2}} (CFO)
please process today, I'm in meetings all afternoon, don't call — {{p2.first}}""",
        """\
Patient intake — pediatric
Child: {{p1}}   DOB: {{dob}}
Parent/guardian: {{p2}}, {{phone}}
Allergies: penicillin
Insurance member ID on card
Notes: referred by Dr. {{p3.last}} for recurring ear infections.""",
        """\
Minutes of the Annual General Meeting of the {{place}} Residents' Association

Present: {{p1}} (Chair), {{p2}} (Treasurer), {{p3}}, {{p4}}, {{p5}}
Apologies: {{p6.init}}
1. The Chair welcomed members.
2. The Treasurer reported a balance of {{price}}.
3. {{p3.last}} raised the issue of parking on {{address.line}}.
Meeting closed at {{time}}.""",
        """\
To whom it may concern,

I, {{p1}}, born {{dob}}, holder of passport {{passport}}, authorize my brother \
{{p2}} to collect my documents from the consulate on my behalf.

Signed,
{{p1}}""",
        """\
Order confirmation {{order}}
Ship to:
{{p1}}
{{address.ml}}
Items: {{alt:1x Dyson V8|2x Lego 75313|1x Kindle Paperwhite}} — {{price}}
Paid with card ending in {{alt:4242|1881|0005|7712}}
Questions? Reply to this email.""",
        """\
Performance review — self-assessment ({{p1.lf}})

This year I led the {{product}} migration with {{p2.first}} and {{p3.first}}. I mentored \
two interns ({{p4.first}} and {{p5.first}}). I want to grow into a tech lead role. \
Feedback from {{p6.fi}} was that I should delegate more.""",
        """\
Congratulations {{p1.first}} on your new role! 🎉

From all of us at {{org}}: {{p2.first}}, {{p3.first}}, {{p4.first}}, {{p5.nick}}, and \
the whole support team. We'll miss your terrible puns.""",
        """\
Account statement — {{alt:January|February|June|September}}
Account holder: {{p1.upper}}
IBAN: {{iban}}
Opening balance: {{price}}
{{date}}  CARD PURCHASE {{org}}       -{{price}}
{{date}}  SEPA TRANSFER FROM {{p2.upper}}  +{{price}}
{{date}}  ATM WITHDRAWAL {{city}}        -{{price}}""",
        """\
Hi {{p1.first}},

Please find below the details for the courier:
Recipient: {{p2}}
Address: {{address}}
Mobile: {{phone}}
Delivery window: {{weekday}} {{time}}–{{time}}

Thanks, {{p3.fi}}""",
        """\
INCIDENT REPORT
Date: {{date}}   Location: warehouse B, {{city}}
Injured employee: {{p1}}
Witnesses: {{p2}}, {{p3.init}}
Description: forklift reversed into a pallet rack; employee sustained a bruise to the \
left arm. First aid given by {{p4.first}}. Supervisor {{p5.last}} notified.""",
        """\
Dear {{p1.first}} and {{p2.first}},

Thank you for choosing us for your home purchase at {{address}}. The closing is \
scheduled for {{date}}. Please wire the down payment to the escrow account only after \
calling our office to confirm — scammers often impersonate title companies.

{{p3}}
Closing Coordinator""",
        """\
School trip permission slip

I give permission for my child {{p1}} (class 4A) to attend the trip to the {{place}} \
science museum on {{date}}.
Parent name: {{p2}}
Emergency phone: {{phone}}
Medical info: asthma, inhaler in backpack""",
        """\
Re: your application {{order}}

Hi {{p1}},

Thanks for applying to the Data Engineer position at {{org}}. We'd like to invite you to \
a technical interview with {{p2}} and {{p3}}. Please pick a slot here: {{url}}

— {{p4.first}}, Talent Team""",
        """\
Statement of {{p1}}, witness

On {{date}} at approximately {{time}}, I was waiting at the bus stop on {{address.line}} \
when I saw a grey van hit a cyclist. The driver, later identified as {{p2}}, stopped and \
called for help. My phone number is {{phone}}.""",
        """\
Product review: {{alt:Sony WH-1000XM5|Instant Pot Duo|Kindle Paperwhite}}
By {{p1.fi}} — verified purchase
Bought this for my husband {{p2.first}} after his old one broke. Works great, but the app \
asked for way too many permissions. 4/5""",
        """\
Memo
To: All staff
From: {{p1}}, Facilities
Re: Parking permits

Permits for {{year}} are ready. Collect yours from {{p2.first}} at reception. Lost \
permits cost {{price}} to replace. Questions: {{p1.email}} or ext. {{num}}.""",
        """\
PRESCRIPTION
Patient: {{p1}}   DOB: {{dob}}
Address: {{address}}
Rx: Lisinopril 10 mg, once daily, 90 days
Prescriber: Dr. {{p2}}, NPI on file
Pharmacy: {{lookalike}} Pharmacy""",
        """\
Hi! I'm {{p1.first}}, 29, moving to {{city}} in {{alt:March|August|November}}. Looking \
for a room in a shared flat, max {{price}}/month. I'm tidy, vegetarian, work from home \
2 days a week. References from my current flatmates {{p2.first}} and {{p3.first}} \
available. Reach me on {{phone}}.""",
        """\
SUBPOENA DUCES TECUM

TO: Custodian of Records, {{org}}
You are commanded to produce all records relating to account holder {{p1}}, \
date of birth {{dob}}, SSN {{ssn}}, for the period {{date}} through {{date}}.

Issued at the request of {{p2}}, attorney for plaintiff.""",
        """\
Volunteer roster — Saturday food bank
08:00  {{p1.fi}}, {{p2.fi}}
10:00  {{p3.fi}}, {{p4.fi}}
12:00  {{p5.fi}}
Lead on site: {{p6}} ({{phone}})
Please sign in at the front desk!""",
    ],
)

# ======================================================================================
# chat exports and transcripts

_add(
    "doc",
    "en",
    [
        """\
[{{date}}, {{time}}] {{p1.first}}: are we still on for tonight?
[{{date}}, {{time}}] {{p2}}: yes!! 7pm at the usual place
[{{date}}, {{time}}] {{p1.first}}: can you bring {{p3.first}}'s charger, she left it
[{{date}}, {{time}}] {{p2}}: ok. also send me your new address, amazon keeps \
sending stuff to the old one
[{{date}}, {{time}}] {{p1.first}}: {{address}}""",
        """\
#eng-backend
{{p1.login}}  {{time}}
anyone know why staging is down? {{host}} returns 502
{{p2.login}}  {{time}}
{{p1.handle}} looking. probably the deploy {{p3.first}} did at lunch
{{p3.login}}  {{time}}
yeah my bad, rolled back to {{sha7}}. cc {{p4.handle}}""",
        """\
Discord — #general
{{p1.login}} — Today at {{time}}
gg everyone, that raid was insane
{{p2.login}} — Today at {{time}}
ty {{p1.firstl}}!! same time tomorrow? ill bring {{p3.login}}
{{p3.login}} — Today at {{time}}
cant tmrw, my moms birthday lol""",
        """\
SMS thread exported {{date}}
+ {{phone}} ({{p1.first}}): Hi it's {{p1.first}} from the dentist office, confirming \
your cleaning {{weekday}} at {{time}}. Reply Y to confirm.
Me: Y
+ {{phone}} ({{p1.first}}): Thanks {{p2.first}}! See you then.""",
        """\
Microsoft Teams — Meeting chat
{{p1.lf}}  {{time}}
Can everyone see my screen?
{{p2.lf}}  {{time}}
yes
{{p3.lf}}  {{time}}
I'm having audio issues, will dial in. {{p1.first}} can you send the deck after?
{{p1.lf}}  {{time}}
Will do, sending to the whole list""",
        """\
*** {{p1.login}} has joined #linux-help
<{{p1.login}}> hi, my wifi card ({{mac}}) disappears after suspend
<{{p2.login}}> {{p1.login}}: which kernel?
<{{p1.login}}> 6.8, ubuntu 24.04
<{{p2.login}}> try modprobe -r iwlwifi && modprobe iwlwifi
*** {{p3.login}} has quit (Ping timeout: 252 seconds)""",
        """\
CALL TRANSCRIPT — support line, {{date}}
AGENT: Thank you for calling {{org}}, this is {{p1.first}}, how can I help?
CALLER: Hi, yeah, my name is {{p2}}, I'm locked out of my account.
AGENT: I can help with that. Can you confirm your date of birth?
CALLER: It's {{dob}}.
AGENT: And the phone number on the account?
CALLER: {{phone}}.
AGENT: Thanks {{p2.first}}, I've sent a reset link to {{p2.email}}.""",
        """\
WhatsApp Chat with Family 👨‍👩‍👧‍👦
{{date}} {{time}} - {{p1.first}}: who's picking up grandma from the airport
{{date}} {{time}} - {{p2.first}}: not me, I have work till 6
{{date}} {{time}} - {{p3.nick}}: I can do it!! flight number?
{{date}} {{time}} - {{p1.first}}: she lands at {{time}}. her phone is {{phone}} in \
case she doesn't find you
{{date}} {{time}} - {{p3.nick}}: 👍""",
        """\
Voicemail transcription:
"Hey, it's {{p1}} calling from {{org}} about the position you applied for. We'd love to \
set up a second interview. You can reach me directly at {{phone}}, or email me at \
{{p1.email}}. Thanks, bye.\"""",
        """\
[{{time}}] <{{p1.handle}}> ok who broke prod
[{{time}}] <{{p2.handle}}> not me
[{{time}}] <{{p3.handle}}> it was the cron job, it tried to email {{email}} 4000 times
[{{time}}] <{{p1.handle}}> lmao""",
        """\
Zoom transcript (auto-generated)
00:00:03 {{p1}}: Okay, I think we're recording. Welcome everyone.
00:00:09 {{p2}}: Thanks {{p1.first}}. Before we start — {{p3.first}} sends apologies.
00:00:15 {{p1}}: Noted. {{p4.first}}, do you want to kick off with the budget?
00:00:21 {{p4}}: Sure. So we're at {{pct}} of the annual spend...""",
    ],
)

# ======================================================================================
# tech: tables, data, logs, code, configs

_add(
    "tech",
    "en",
    [
        """\
can you dedupe this csv and sort by last name?

id,first_name,last_name,email,phone,city
{{num}},{{p1.first}},{{p1.last}},{{p1.email}},{{phone}},{{city}}
{{num}},{{p2.first}},{{p2.last}},{{p2.email}},{{phone}},{{city}}
{{num}},{{p1.first}},{{p1.last}},{{p1.email}},{{phone}},{{city}}
{{num}},{{p3.first}},{{p3.last}},{{p3.email}},{{phone}},{{city}}""",
        """\
| Name | Role | Email | Start date |
|------|------|-------|------------|
| {{p1}} | PM | {{p1.email}} | {{date}} |
| {{p2}} | Designer | {{p2.email}} | {{date}} |
| {{p3}} | Backend | {{p3.email}} | {{date}} |

turn this into a welcome message for the new hires""",
        """\
name\tdob\tssn\tplan
{{p1.upper}}\t{{dob.us}}\t{{ssn}}\tPPO
{{p2.upper}}\t{{dob.us}}\t{{ssn}}\tHMO
why does excel keep turning the dob column into numbers?""",
        """\
{
  "customer": {
    "id": "{{uuid}}",
    "name": "{{p1}}",
    "email": "{{p1.email}}",
    "phone": "{{phone}}",
    "shipping_address": "{{address}}",
    "created_at": "{{ts}}"
  },
  "order_id": "{{order}}",
  "total": "{{price}}"
}
write a pydantic model for this""",
        """\
users:
  - name: {{p1}}
    login: {{p1.login}}
    email: {{p1.email}}
    groups: [admin, ops]
  - name: {{p2}}
    login: {{p2.login}}
    email: {{p2.email}}
    groups: [dev]
why does ansible complain about the groups key?""",
        """\
INSERT INTO patients (id, full_name, dob, phone, address) VALUES
  ({{num}}, '{{p1}}', '{{dob.iso}}', '{{phone}}', '{{address}}'),
  ({{num}}, '{{p2}}', '{{dob.iso}}', '{{phone}}', '{{address}}');
-- getting ERROR: duplicate key value violates unique constraint "patients_pkey\"""",
        """\
<employee id="{{num}}">
  <name>{{p1}}</name>
  <email>{{p1.email}}</email>
  <ssn>{{ssn}}</ssn>
  <manager>{{p2.lf}}</manager>
</employee>
how do I parse this with lxml and skip the ssn field""",
        """\
{{logts}} INFO  auth.login user={{p1.login}} ip={{ip}} ua="Mozilla/5.0 Chrome/{{ver4}}"
{{logts}} WARN  auth.login failed attempts=3 user={{p2.login}} ip={{ip}}
{{logts}} INFO  auth.logout user={{p1.login}}
{{logts}} ERROR payments.charge card={{card}} declined code=51
what is code 51?""",
        """\
{{ip#1}} - - [{{date.dmy}}:{{time}}:12 +0000] "GET /api/v1/users/{{p1.login}} HTTP/1.1" 200 \
512 "-" "curl/8.5.0"
{{ip#1}} - - [{{date.dmy}}:{{time}}:13 +0000] "POST /login HTTP/1.1" 401 94 "-" \
"python-requests/2.31.0"
{{ip}} - {{p2.login}} [{{date.dmy}}:{{time}}:40 +0000] "GET /admin HTTP/1.1" 403 0
is someone brute forcing us?""",
        """\
Traceback (most recent call last):
  File "/home/{{p1.login}}/projects/etl/run.py", line 42, in <module>
    main()
  File "/home/{{p1.login}}/projects/etl/run.py", line 37, in main
    conn = psycopg2.connect("postgresql://{{p1.login}}:{{pw}}@{{ipp}}:5432/warehouse")
psycopg2.OperationalError: connection to server failed: Connection refused""",
        """\
Exception in thread "main" java.lang.NullPointerException: Cannot invoke \
"com.acme.Customer.getEmail()" because "customer" is null
    at com.acme.billing.InvoiceService.send(InvoiceService.java:88)
    at com.acme.billing.Main.main(Main.java:12)
customer lookup was for {{p1.email}}, id {{uuid}}. the row exists in the db, I checked""",
        """\
# TODO({{p1.login}}): remove before merging, this is the prod key
OPENAI_API_KEY = "{{openai}}"
client = OpenAI(api_key=OPENAI_API_KEY)

# written by {{p2}} {{year}}
def send_report(to="{{p3.email}}"):
    ...
why does this time out?""",
        """\
commit {{sha}}
Author: {{p1}} <{{p1.email}}>
Date:   {{weekday}} Mar 4 14:22:07 {{year}} +0100

    Fix race in cache invalidation

    Reported-by: {{p2}} <{{p2.email}}>
    Reviewed-by: {{p3.gs}}

can you write a better commit message for this""",
        """\
$ git log --oneline -5
{{sha7}} (HEAD -> main) bump {{lib}} to {{version}}
{{sha7}} Merge pull request #{{num}} from {{p1.login}}/fix-timezone
{{sha7}} fix timezone bug ({{p1.first}})
{{sha7}} add retries, thanks {{p2.handle}}
{{sha7}} initial commit
$ git blame src/tz.py | head -3
{{sha7}} ({{p1}} {{date.iso}} 1) import zoneinfo""",
        """\
[database]
host = {{ipp}}
port = 5432
user = {{p1.login}}
password = {{pw}}

[smtp]
host = smtp.{{alt:gmail.com|office365.com|sendgrid.net}}
username = {{p1.email}}
password = {{pw}}
why does configparser say DuplicateOptionError""",
        """\
# .env
DATABASE_URL=postgres://app:{{pw}}@{{host}}:5432/app
STRIPE_SECRET_KEY={{stripe}}
SENDGRID_API_KEY={{sendgrid}}
ADMIN_EMAIL={{p1.email}}
DEBUG=false""",
        """\
apiVersion: v1
kind: Secret
metadata:
  name: registry-creds
  annotations:
    owner: {{p1.email}}
type: Opaque
stringData:
  GITHUB_TOKEN: {{ghp}}
  AWS_ACCESS_KEY_ID: {{aws_id}}
  AWS_SECRET_ACCESS_KEY: {{aws_secret}}""",
        """\
curl -X POST https://api.anthropic.com/v1/messages \\
  -H "x-api-key: {{anthropic}}" \\
  -H "anthropic-version: 2023-06-01" \\
  -d '{"model": "{{model}}", "max_tokens": 256, "messages": [{"role": "user", \
"content": "hi"}]}'
getting 401, what's wrong""",
        """\
Host bastion
    HostName {{ip.pub}}
    User {{p1.login}}
    IdentityFile ~/.ssh/id_ed25519

Host db
    HostName {{ipp}}
    ProxyJump bastion
ssh db hangs forever, any idea?""",
        """\
here's my key, pls tell me why paramiko rejects it

{{sshkey}}""",
        """\
ifconfig output:
en0: flags=8863<UP,BROADCAST,SMART,RUNNING,SIMPLEX,MULTICAST> mtu 1500
	ether {{mac}}
	inet6 {{ip6}} prefixlen 64 secured scopeid 0x6
	inet {{ipp}} netmask 0xffffff00
why can't other devices ping me""",
        """\
import smtplib
# creds from {{p1.firstl}}, don't share
s = smtplib.SMTP("smtp.gmail.com", 587)
s.starttls()
s.login("{{p1.email}}", "{{pw}}")
s.sendmail("{{p1.email}}", ["{{p2.email}}"], msg)
getting SMTPAuthenticationError 535""",
        """\
-- query from {{p1.first}}
SELECT * FROM customers WHERE email = '{{p2.email}}' OR phone = '{{phone}}';
 id  |      name      |  card_last4 | created_at
-----+----------------+-------------+------------
 {{num}} | {{p2}} | 0093 | {{date.iso}}
can this be injected?""",
        """\
kubectl logs {{pod}} -n prod
{{ts}} level=info msg="user signed up" email={{email}} ip={{ip}}
{{ts}} level=info msg="sent welcome mail" to={{email}}
{{ts}} level=error msg="stripe webhook failed" secret={{whsec}}
why is the webhook secret printed??""",
        """\
docker run -e GITLAB_TOKEN={{glpat}} -e HF_TOKEN={{hf}} \\
  -v /Users/{{p1.login}}/models:/models {{lib}}:{{version}}
Error response from daemon: pull access denied""",
        """\
// author: {{p1}} <{{p1.email}}>
const slack = new WebClient("{{slack}}");
await slack.chat.postMessage({ channel: "#alerts", text: `deploy by ${user}` });
// TODO ask {{p2.first}} why this throws not_in_channel""",
        """\
HTTP/1.1 POST /v1/payments
Authorization: Bearer {{bearer}}
Content-Type: application/json

{"amount": 4200, "currency": "eur", "iban": "{{iban}}", "name": "{{p1}}"}
--> 422 Unprocessable Entity. what's missing?""",
        """\
npm ERR! code E401
npm ERR! Unable to authenticate, your authentication token seems to be invalid.
npm ERR! To correct this please try logging in again with: npm login
~/.npmrc:
//registry.npmjs.org/:_authToken={{npm}}
email={{p1.email}}""",
        """\
2024/05/03 11:02:44 [error] 1923#0: *88 upstream timed out (110: Connection timed out) \
while reading response header from upstream, client: {{ip}}, server: {{host}}, request: \
"GET /account/{{p1.login}}/invoices HTTP/2.0", upstream: "http://{{ipp}}:8000/"
nginx is killing me. help""",
        """\
>>> df.head()
   customer_id          name                   email           phone
0        {{num}}  {{p1}}  {{p1.email}}  {{phone}}
1        {{num}}  {{p2}}  {{p2.email}}  {{phone}}
2        {{num}}  {{p3}}  {{p3.email}}  {{phone}}
how do I mask the email column before exporting""",
        """\
DHCP leases:
{{mac}}  {{ipp}}  {{p1.firstl}}s-iphone
{{mac}}  {{ipp}}  {{p2.login}}-laptop
{{mac}}  {{ipp}}  living-room-tv
which one is eating all the bandwidth, it spiked at {{time}}""",
        """\
JWT from the login response:
{{jwt}}
decode it and tell me when it expires""",
        """\
0 3 * * * /usr/local/bin/backup.sh --s3-key {{aws_id}} --s3-secret {{aws_secret}} \
--notify {{p1.email}} >> /var/log/backup.log 2>&1
cron runs but nothing shows up in the bucket""",
        """\
azure storage connection string not working:
DefaultEndpointsProtocol=https;AccountName=prodblobs;AccountKey={{azure}};\
EndpointSuffix=core.windows.net""",
        """\
settings.py
SECRET_KEY = "{{django}}"
ADMINS = [("{{p1}}", "{{p1.email}}")]
ALLOWED_HOSTS = ["{{ip.pub}}", "{{host}}"]
is it ok to commit this?""",
        """\
Git blame shows this line was added by {{p1.gs}} ({{p1.handle}}) in {{sha7}}:
    TELEGRAM_TOKEN = "{{tgbot}}"
the bot got hijacked yesterday. rotate how?""",
        """\
/var/log/auth.log
{{date.iso}} sshd[{{pid}}]: Accepted publickey for {{p1.login}} from {{ip}} port 52144 ssh2
{{date.iso}} sshd[{{pid}}]: Failed password for invalid user admin from {{ip}} port 40022
{{date.iso}} sudo: {{p1.login}} : TTY=pts/0 ; PWD=/home/{{p1.login}} ; COMMAND=/bin/bash""",
        """\
C:\\Users\\{{p1.login}}\\AppData\\Local\\Temp> python -m pip install {{lib}}
ERROR: Could not install packages due to an OSError: [WinError 5] Access is denied: \
'C:\\\\Users\\\\{{p1.login}}\\\\AppData\\\\Roaming\\\\Python'""",
        """\
payouts.csv
recipient,iban,amount,reference
{{p1}},{{iban}},{{price}},{{invoice}}
{{p2}},{{iban}},{{price}},{{invoice}}
"{{p3.lf}}",{{iban}},{{price}},{{invoice}}
our bank says row 3 is malformed""",
        """\
wallet,owner,balance
{{crypto}},{{p1.login}},{{num}}.5
{{crypto}},{{p2.login}},{{num}}.0
write a script to check balances via etherscan""",
        """\
- name: Create user
  user:
    name: "{{p1.login}}"
    comment: "{{p1}}"
    password: "{{pw}}"
    groups: sudo
- name: Allow SSH from office
  ufw: rule=allow src={{ip.pub}} port=22""",
        """\
mysql> SELECT user, host, authentication_string FROM mysql.user;
+---------------+-----------+-------------------------------------------+
| user          | host      | authentication_string                     |
| {{p1.login}} | {{ipp}} | *{{hex32}} |
| root          | localhost | *{{hex32}} |
is it bad that these are visible""",
        """\
Stripe dashboard says webhook signing failed. Here's my handler:

endpoint_secret = "{{whsec}}"
event = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)
# customer {{p1.email}}, card {{card}}""",
        """\
PEM file from the vendor ({{p1}} sent it over slack, yikes):
{{pem}}
how do I convert this to pkcs12""",
        """\
.pypirc
[pypi]
  username = __token__
  password = {{pypi}}
twine upload fails with 403, maintainer on the project is {{p1.login}}""",
        """\
id;nome;codice_fiscale;telefono
1;{{p1.upper}};(omesso);{{phone}}
2;{{p2.upper}};(omesso);{{phone}}
fix the delimiter so excel opens it""",
    ],
)

# ======================================================================================
# multi-turn conversations (turns separated by a "~~~" line)

_add(
    "turns",
    "en",
    [
        """\
write a short email to my landlord asking to fix the heating
~~~
Sure! Could you tell me your landlord's name and your address so I can personalize it?
~~~
landlord is {{p1}}, i'm at {{address}}. my name's {{p2.first}}""",
        """\
I need help planning a surprise party for my wife.
~~~
Happy to help! What's her name, and roughly how many guests?
~~~
{{p1.first}}. around 30 people. her best friends are {{p2.first}} and {{p3.first}}, I'll \
ask {{p2.first}} to keep her busy""",
        """\
can you check my resume summary
~~~
Of course — paste it in.
~~~
"{{p1}} — product designer with 6 years at {{org}} and {{org}}. Based in {{city}}. \
Contact: {{p1.email}}"
~~~
That's a good start. You might lead with an achievement rather than years.
~~~
ok rewrite it then""",
        """\
my account got locked
~~~
I'm sorry about that. I can't access accounts, but I can help you write to support. What \
service is it?
~~~
{{org}}. username {{p1.login}}, the email on it is {{p1.email}}, phone {{phone}}""",
        """\
translate "see you tomorrow" to japanese
~~~
明日また会いましょう (Ashita mata aimashō).
~~~
thanks. now how do i say "this is my colleague {{p1.first}}"?""",
        """\
Help me reply to a recruiter.
~~~
Sure — what did they say?
~~~
"Hi {{p1.first}}, I'm {{p2}} from {{org}}. We have a Staff Engineer opening. Are you \
open to a chat? My calendar: {{url}}"
~~~
Do you want to decline politely or show interest?
~~~
interest but i want remote""",
        """\
what's the penalty for paying taxes late in the US
~~~
Generally a failure-to-pay penalty of 0.5% per month, plus interest. Do you have a \
specific situation?
~~~
yes my ITIN is {{itin}} and i filed but didn't pay. my preparer {{p1}} said it's fine?""",
        """\
debug this for me
~~~
Please paste the code and the error.
~~~
requests.post(url, auth=("{{p1.login}}", "{{pw}}"))
-> 401 Unauthorized
~~~
Check whether the API expects a token instead of basic auth.
~~~
it expects a token, here: {{ghp}}. how do i pass it""",
        """\
Write a poem for my grandma's 90th
~~~
I'd love to! Tell me a bit about her.
~~~
her name is {{p1}}, everyone calls her {{alt:Nana|Oma|Abuela|Lola|Bà}}. she grew up in \
{{city}}, loves gardening and still beats {{p2.first}} at cards""",
        """\
I think someone is using my card
~~~
That's stressful. Call the number on the back of your card right away. Do you see \
transactions you don't recognize?
~~~
yes, 3 from {{org}}. card is {{card}}, exp 09/27""",
        """\
summarize our chat so far for my notes
~~~
So far you've asked about moving your team to a 4-day week, and we discussed pilot design.
~~~
add that {{p1.fi}} and {{p2.fi}} will run the pilot and report to {{p3}} by {{date}}""",
        """\
hola, can you help me with an english email
~~~
Of course! What do you want to say?
~~~
i want to tell my teacher mrs {{p1.lastl}} that my son {{p2.firstl}} will miss class \
friday because doctor appointment""",
    ],
)

# ======================================================================================
# Spanish

_add(
    "chat",
    "es",
    [
        """\
oye, ¿me ayudas a escribir un mensaje para {{p1.first}}? mañana es su cumple y quiero \
algo bonito pero no cursi""",
        """\
Necesito una carta de recomendación para {{p1}}, trabajó conmigo en {{org}} durante \
cuatro años. Es responsable, puntual y muy buena con los clientes.""",
        """\
mi casero, el señor {{p1.last}}, no me devuelve la fianza. vivo en {{address}}. ¿qué \
puedo hacer?""",
        """\
¿Cómo le digo a {{p1.first}} que no voy a ir a la boda de {{p2.first}}? Es mi prima y \
me da pena 😭""",
    ],
)
_add(
    "doc",
    "es",
    [
        """\
Estimado Sr. {{p1.last}}:

Le confirmamos la reserva a nombre de {{p1}} para el día {{date}}. Para cualquier cambio \
puede llamarnos al {{phone}} o escribir a {{p2.email}}.

Atentamente,
{{p2}}
Recepción""",
        """\
CONTRATO DE ARRENDAMIENTO

En {{city}}, a {{date}}, comparecen {{p1}}, con pasaporte {{passport.mx}}, en calidad de \
arrendador, y {{p2}}, nacido el {{dob}}, como arrendatario, respecto del inmueble situado \
en {{address}}. La renta mensual se ingresará en la cuenta {{iban.es}}.""",
        """\
Acta de reunión — {{date}}
Asistentes: {{p1}}, {{p2}}, {{p3.first}} {{p3.last}}
1. {{p1.first}} presenta el presupuesto.
2. {{p2.first}} se encarga de contactar al proveedor ({{phone}}).
3. Próxima reunión: {{weekday}}.""",
    ],
)
_add(
    "tech",
    "es",
    [
        """\
nombre,apellido,correo,teléfono
{{p1.first}},{{p1.last}},{{p1.email}},{{phone}}
{{p2.first}},{{p2.last}},{{p2.email}},{{phone}}
¿cómo quito los duplicados en pandas?""",
    ],
)

# Portuguese
_add(
    "chat",
    "pt",
    [
        """\
me ajuda a escrever uma mensagem pro {{p1.first}} pedindo desculpas? a gente brigou \
ontem por causa da {{p2.first}}""",
        """\
Preciso de um e-mail formal para a Dra. {{p1}} remarcando a consulta do meu filho \
{{p2.first}}. Meu telefone é {{phone}}.""",
    ],
)
_add(
    "doc",
    "pt",
    [
        """\
Prezada {{p1.first}},

Segue o comprovante do pagamento referente ao aluguel do imóvel na {{address}}. O valor \
foi transferido para a conta de {{p2}}, chave PIX {{p2.email}}.

Abraços,
{{p3.first}}""",
        """\
FICHA CADASTRAL
Nome completo: {{p1.upper}}
Data de nascimento: {{dob}}
Endereço: {{address}}
Celular: {{phone}}
E-mail: {{p1.email}}
Responsável: {{p2}}""",
    ],
)

# French
_add(
    "chat",
    "fr",
    [
        """\
tu peux m'aider à écrire un message à {{p1.first}} pour annuler le dîner de samedi ? \
je suis malade 🤒""",
        """\
Rédige une lettre de motivation pour {{p1}}, qui postule chez {{org}} à {{city}}. \
Contact : {{p1.email}}, {{phone}}.""",
    ],
)
_add(
    "doc",
    "fr",
    [
        """\
Bonjour Madame {{p1.last}},

Suite à notre échange téléphonique, je vous confirme le rendez-vous du {{date}} avec \
M. {{p2}} à notre agence, {{address}}.

Cordialement,
{{p3}}
{{p3.email}}""",
        """\
COMPTE RENDU — réunion du {{date}}
Présents : {{p1}}, {{p2}}, {{p3.init}}
- {{p1.first}} présente le bilan du trimestre.
- {{p2.first}} relance le fournisseur au {{phone}}.
- Prochain point : {{weekday}} prochain.""",
        """\
Objet : Virement

Bonjour {{p1.first}},
Merci de virer le solde sur mon compte : {{iban.fr}} (titulaire : {{p2}}).
Bien à vous,
{{p2.first}}""",
    ],
)

# German
_add(
    "chat",
    "de",
    [
        """\
kannst du mir helfen, eine nachricht an {{p1.first}} zu schreiben? ich will absagen, \
aber nett""",
        """\
Schreib bitte eine kurze Kündigung für meinen Handyvertrag. Name: {{p1}}, Anschrift: \
{{address}}, Kundennummer steht auf der Rechnung.""",
    ],
)
_add(
    "doc",
    "de",
    [
        """\
Sehr geehrte Frau {{p1.last}},

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne am {{date}} um {{time}} Uhr zu \
einem Gespräch mit Herrn {{p2}} einladen. Bitte bestätigen Sie den Termin unter \
{{phone}}.

Mit freundlichen Grüßen
{{p3}}""",
        """\
Protokoll Teamsitzung {{date}}
Teilnehmende: {{p1}}, {{p2}}, {{p3.fi}}
TOP 1: {{p1.first}} berichtet über das Release {{version}}.
TOP 2: Urlaubsplanung – {{p2.first}} ist ab {{date}} weg.
TOP 3: {{p3.first}} kümmert sich um das {{product}}-Upgrade.""",
        """\
Überweisungsauftrag
Empfänger: {{p1}}
IBAN: {{iban.de}}
Betrag: {{price}}
Verwendungszweck: Miete {{alt:Januar|Februar|März|Oktober}}
Auftraggeber: {{p2}}, geb. {{dob}}""",
    ],
)
_add(
    "tech",
    "de",
    [
        """\
Personalausweis-Daten aus dem Formular (bitte in JSON umwandeln):
Name: {{p1.lastu}}, Vorname: {{p1.first}}
Geburtsdatum: {{dob}}
Anschrift: {{address}}
Reisepass-Nr.: {{passport.de}}
Führerscheinnummer: {{dl.de}}""",
    ],
)

# Italian, Dutch, Polish, Romanian, Hungarian
_add(
    "doc",
    "it",
    [
        """\
Gentile {{p1}},

le ricordiamo l'appuntamento con il dott. {{p2.last}} per il giorno {{date}}. Per \
disdire chiami il {{phone}}.

Cordiali saluti
Segreteria""",
    ],
)
_add(
    "chat",
    "it",
    [
        """\
ciao! mi aiuti a scrivere un messaggio per {{p1.first}}? deve restituirmi {{price}} da \
mesi e non so come chiederglielo""",
    ],
)
_add(
    "doc",
    "nl",
    [
        """\
Beste {{p1.first}},

Bedankt voor je bericht. Ik heb de factuur {{invoice}} doorgestuurd naar {{p2}}. Betaling \
graag op {{iban.nl}} t.n.v. {{p3}}.

Groet,
{{p3.first}}""",
    ],
)
_add(
    "chat",
    "pl",
    [
        """\
pomożesz mi napisać maila do pani {{p1.last}}? chcę przełożyć spotkanie z {{date}} na \
przyszły tydzień""",
    ],
)
_add(
    "doc",
    "pl",
    [
        """\
Szanowny Panie {{p1.first}},

w załączeniu przesyłam umowę. Proszę o podpisanie i odesłanie na adres: {{address}}.
W razie pytań proszę dzwonić: {{phone}}.

Z poważaniem
{{p2}}""",
    ],
)
_add(
    "doc",
    "ro",
    [
        """\
Bună ziua, {{p1.first}},

Vă confirmăm programarea pentru {{date}}. Titular cont: {{p2}}, IBAN {{iban.ro}}. Pentru \
detalii sunați la {{phone}}.

Cu stimă,
{{p3}}""",
    ],
)
_add(
    "doc",
    "hu",
    [
        """\
Kedves {{p1}}!

Köszönjük a jelentkezését. Az interjú időpontja: {{date}}. Kapcsolattartó: {{p2}}, \
telefon: {{phone}}, e-mail: {{p2.email}}.

Üdvözlettel:
{{p3}}""",
    ],
)

# Russian, Ukrainian-ish, Greek, Turkish
_add(
    "chat",
    "ru",
    [
        """\
помоги написать сообщение {{p1.first}}, хочу поздравить с днём рождения, но коротко""",
        """\
Напиши официальное письмо от имени {{p1}} в управляющую компанию: в квартире по адресу \
{{address}} уже неделю нет горячей воды. Телефон для связи: {{phone}}.""",
    ],
)
_add(
    "doc",
    "ru",
    [
        """\
Уважаемый {{p1}}!

Напоминаем, что ваша запись к врачу {{p2}} назначена на {{date}}. Для отмены позвоните \
по номеру {{phone}}.

С уважением,
регистратура""",
        """\
АНКЕТА
ФИО: {{p1}}
Дата рождения: {{dob}}
Паспорт: {{passport.ru}}
Телефон: {{phone}}
Эл. почта: {{p1.email}}""",
    ],
)
_add(
    "doc",
    "el",
    [
        """\
Αγαπητή κυρία {{p1.last}},

Σας υπενθυμίζουμε το ραντεβού σας στις {{date}}. Για αλλαγές καλέστε στο {{phone}}.

Με εκτίμηση,
{{p2}}""",
    ],
)
_add(
    "chat",
    "tr",
    [
        """\
{{p1.first}} için doğum günü mesajı yazar mısın? çok resmi olmasın, iş arkadaşım""",
    ],
)
_add(
    "doc",
    "tr",
    [
        """\
Sayın {{p1}},

{{date}} tarihli başvurunuz alınmıştır. Kira bedeli {{iban.tr}} numaralı hesaba \
yatırılmalıdır. Sorularınız için {{p2}} ile {{phone}} numarasından iletişime geçebilirsiniz.

Saygılarımızla""",
    ],
)

# Hebrew, Arabic, Persian, Amharic
_add(
    "chat",
    "he",
    [
        """\
תעזור לי לכתוב הודעה ל{{p1.first}}? אני רוצה להודות לה על העזרה במעבר דירה""",
    ],
)
_add(
    "doc",
    "he",
    [
        """\
שלום {{p1}},

הפגישה שלך עם {{p2}} נקבעה ל-{{date}} בשעה {{time}}. הכתובת: {{address}}. לשאלות: \
{{phone}}.

בברכה""",
    ],
)
_add(
    "chat",
    "ar",
    [
        """\
ممكن تساعدني أكتب رسالة شكر إلى {{p1}}؟ ساعدني كثيراً في العمل هذا الشهر""",
    ],
)
_add(
    "doc",
    "ar",
    [
        """\
السيد/ة {{p1}} المحترم/ة،

نود إعلامكم بأن موعدكم مع الدكتور {{p2}} يوم {{date}}. للاستفسار يرجى الاتصال على \
{{phone}} أو مراسلتنا على {{p3.email}}.

مع التحية""",
    ],
)
_add(
    "chat",
    "fa",
    [
        """\
می‌تونی یه پیام تبریک تولد برای {{p1.first}} بنویسی؟ دوست صمیمی‌ام هست""",
    ],
)
_add(
    "chat",
    "am",
    [
        """\
ለ{{p1}} የምስጋና መልእክት እንድጽፍ ትረዳኛለህ? ስልኩ {{phone}} ነው""",
    ],
)

# Japanese, Chinese, Korean
_add(
    "chat",
    "ja",
    [
        """\
{{p1}}さんへのお礼のメールを書いてください。先週の会議で資料を準備してくれました。""",
        """\
同僚の{{p1.last}}さんの送別会の挨拶文を考えてほしいです。5年間一緒に働きました。""",
    ],
)
_add(
    "doc",
    "ja",
    [
        """\
{{p1}} 様

いつもお世話になっております。{{date}}の打ち合わせの件でご連絡いたしました。
ご不明な点がございましたら、{{phone}}までお電話ください。

{{p2}}""",
        """\
氏名：{{p1}}
生年月日：{{dob}}
住所：{{address}}
電話番号：{{phone}}
メール：{{p1.email}}""",
    ],
)
_add(
    "chat",
    "zh",
    [
        """\
帮我给{{p1}}写一封感谢信，他上个月帮我们搬家了""",
        """\
我同事{{p1.first}}下周离职，帮我写几句告别的话，轻松一点""",
    ],
)
_add(
    "doc",
    "zh",
    [
        """\
{{p1}}您好：

您的订单已发货，收货地址：{{address}}，联系电话：{{phone}}。如有问题请联系客服{{p2}}。

谢谢！""",
    ],
)
_add(
    "chat",
    "ko",
    [
        """\
{{p1}}님께 보낼 감사 메일 좀 써줘. 지난주에 프로젝트 도와주셨어""",
    ],
)
_add(
    "doc",
    "ko",
    [
        """\
{{p1}} 고객님,

{{date}} 예약이 확정되었습니다. 문의 사항은 {{phone}} 또는 {{p2.email}}로 연락 주세요.

감사합니다.""",
    ],
)

# Southeast and South Asia, Africa
_add(
    "chat",
    "vi",
    [
        """\
viết giúp mình tin nhắn chúc mừng sinh nhật chị {{p1.first}} nhé, ngắn thôi""",
    ],
)
_add(
    "doc",
    "vi",
    [
        """\
Kính gửi anh {{p1}},

Công ty xin xác nhận lịch phỏng vấn vào {{date}}. Vui lòng liên hệ {{p2}} qua số \
{{phone}} nếu cần thay đổi.

Trân trọng""",
    ],
)
_add(
    "chat",
    "th",
    [
        """\
ช่วยเขียนข้อความขอบคุณคุณ{{p1.first}}หน่อย เขาช่วยงานเราเยอะมากเดือนนี้""",
    ],
)
_add(
    "chat",
    "id",
    [
        """\
tolong bikinin pesan buat {{p1.first}}, aku mau minta maaf karena telat bayar utang \
{{price}}""",
    ],
)
_add(
    "doc",
    "id",
    [
        """\
Yth. Bapak/Ibu {{p1}},

Bersama ini kami sampaikan bahwa pesanan Anda akan dikirim ke {{address}}. Untuk \
konfirmasi hubungi {{p2}} di {{phone}}.

Hormat kami""",
    ],
)
_add(
    "chat",
    "tl",
    [
        """\
pwede mo ba akong tulungan mag-sulat ng message kay {{p1.first}}? gusto ko sanang \
humingi ng sorry kasi di ako naka-attend sa birthday nya""",
    ],
)
_add(
    "chat",
    "hinglish",
    [
        """\
yaar {{p1.first}} ka birthday hai kal, ek funny sa message likh do na, hindi-english \
mix mein""",
        """\
bhai meri landlady {{p1}} deposit wapas nahi de rahi, address hai {{address}}. kya karun?""",
    ],
)
_add(
    "doc",
    "hi",
    [
        """\
प्रिय {{p1}},

आपका आवेदन प्राप्त हो गया है। साक्षात्कार {{date}} को होगा। अधिक जानकारी के लिए \
{{p2}} से {{phone}} पर संपर्क करें।

धन्यवाद""",
    ],
)
_add(
    "chat",
    "sw",
    [
        """\
naomba unisaidie kuandika ujumbe wa kumshukuru {{p1}} kwa msaada wake wiki iliyopita""",
    ],
)
_add(
    "doc",
    "sw",
    [
        """\
Ndugu {{p1}},

Tunakujulisha kuwa mkutano utafanyika tarehe {{date}}. Kwa maswali wasiliana na {{p2}} \
kwa simu {{phone}}.

Asante""",
    ],
)

# Nordic, Baltic, Caucasus, Celtic
_add(
    "chat",
    "fi",
    [
        """\
voitko auttaa kirjoittamaan viestin {{p1.first}}lle? haluan kiittää häntä avusta""",
    ],
)
_add(
    "chat",
    "sv",
    [
        """\
kan du hjälpa mig skriva ett mejl till {{p1}}? vi ses {{date}} och jag vill boka om""",
    ],
)
_add(
    "chat",
    "is",
    [
        """\
geturðu hjálpað mér að skrifa skilaboð til {{p1.first}}? ég vil þakka fyrir hjálpina""",
    ],
)
_add(
    "chat",
    "ka",
    [
        """\
დამეხმარე {{p1}}-სთვის მადლობის წერილის დაწერაში, ძალიან დამეხმარა""",
    ],
)
_add(
    "chat",
    "cy",
    [
        """\
alli di fy helpu i ysgrifennu neges at {{p1.first}}? dw i eisiau diolch am y parti""",
    ],
)

# multi-turn and code-switching in other languages
_add(
    "turns",
    "es",
    [
        """\
necesito ayuda con un correo para mi jefe
~~~
¡Claro! ¿Qué quieres decirle?
~~~
que el proyecto se retrasa. se llama {{p1}} y su correo es {{p1.email}}""",
    ],
)
_add(
    "turns",
    "hinglish",
    [
        """\
mujhe ek leave application likhni hai
~~~
Sure! Kiske naam se aur kitne din ki?
~~~
mera naam {{p1}} hai, manager {{p2}} hain, 3 din ki chahiye shaadi ke liye""",
    ],
)
_add(
    "turns",
    "tl",
    [
        """\
help me write a text sa landlord ko
~~~
Sige! Ano ang gusto mong sabihin?
~~~
na late ako ng bayad this month. si {{p1.first}} yung landlord, number nya {{phone}}""",
    ],
)
_add(
    "turns",
    "fr",
    [
        """\
j'ai besoin d'aide pour une lettre de résiliation
~~~
Bien sûr. Quel contrat et à quel nom ?
~~~
box internet, au nom de {{p1}}, {{address}}""",
    ],
)

# ======================================================================================
# texts without must-remove values: look-alikes that must be kept

_add(
    "clean",
    "en",
    [
        """\
what's the difference between {{product}} and {{product}} for a small team? we're on \
{{lib}} {{version}} and deploy to {{region}}""",
        """\
is {{org}} stock a good buy right now? it rose {{pct}} since {{date}}""",
        """\
plan a 4 day trip to {{place}} in {{alt:April|October|December}}, budget {{price}}, we like \
hiking and cheap food""",
        """\
Summarize: "{{org}} reported quarterly revenue of $4.2 billion, up {{pct}} year over year, \
driven by strong demand in {{city}} and {{city}}. The company expects margins to improve \
in {{year}}.\"""",
        """\
Error: Cannot find module '{{lib}}'
Require stack:
- /app/node_modules/jasmine-core/lib/jasmine.js
- /app/spec/support/runner.js
node {{version}}, npm {{version}}. how to fix""",
        """\
pip install {{lib}}=={{version}} fails with "No matching distribution found". python \
3.{{alt:9|10|11|12}}, macOS on M2""",
        """\
my order {{order}} from {{org}} still says "label created" since {{date}}. tracking \
{{tracking}}. should I contact them or wait?""",
        """\
{{logts}} INFO  Starting server on {{localip}}:{{port}}
{{logts}} INFO  Loaded model {{model}} in {{dur}}
{{logts}} WARN  Cache miss rate {{pct}} above threshold
{{logts}} INFO  Request {{reqid}} completed in {{dur}}
what's a normal cache miss rate?""",
        """\
explain this commit: {{sha}} "Merge branch 'release/{{version}}' into main" — why are \
there two parents?""",
        """\
docker pull ghcr.io/acme/api@{{sha256}}
Error: manifest unknown. the tag {{version}} exists though""",
        """\
convert this to a markdown table:
product, price, stock
{{product}} Pro, {{price}}, {{num}}
{{product}} Lite, {{price}}, {{num}}
{{product}} Max, {{price}}, 0""",
        """\
Write a product description for the "Victoria" sofa by {{org}}. Velvet, 3 seats, color \
Amber, {{price}}. SKU {{sku}}.""",
        """\
kubectl get pods
NAME                         READY   STATUS             RESTARTS   AGE
{{pod}}   1/1     Running            0          {{dur}}
{{pod}}   0/1     CrashLoopBackOff   7          {{dur}}
why crashloop? image {{lib}}:{{version}}, limits memory {{mem}}""",
        """\
is it better to learn Julia or Rust for scientific computing in {{year}}?""",
        """\
write a haiku about {{product}} failing on a {{weekday}} night""",
        """\
I'm flying into Charlotte then driving to Jackson — how long is the drive and where should \
I stop to eat? leaving {{date}} around {{time}}""",
        """\
Can you compare Wells Fargo and Charles Schwab checking accounts? I care about ATM fees \
abroad.""",
        """\
UUID {{uuid}} keeps appearing in our logs with status {{errcode}}. what does that error \
usually mean in postgres?""",
        """\
my {{alt:Honda Civic|Ford Focus|Toyota Yaris|Kia Rio}} shows error P0420 after I drove \
{{big}} miles. expensive?""",
        """\
Hope you're doing well! Just a reminder that the invoice {{invoice}} for {{price}} is due \
on {{date}}. Let us know if you have any questions.""",
        """\
rewrite: "Mark as read all messages older than {{num}} days and move them to the Archive \
folder, unless they are flagged.\"""",
        """\
JSON schema for a book: title, isbn (e.g. {{isbn}}), price ({{price}}), published \
({{date.iso}}). make it strict""",
        """\
ok so Alexa keeps turning on the lights at 3am. we have the Philips Hue bridge \
{{version}}. routines look empty. ideas??""",
        """\
What's the capital of Georgia — the country, not the state? And is Tbilisi safe for \
solo travel in {{alt:winter|summer}}?""",
        """\
GET /api/v2/orders/{{order}}?include=items HTTP/1.1
Host: {{host}}
Accept: application/json
X-Request-Id: {{reqid}}
returns 404 but the order exists in the dashboard""",
        """\
Chrome/{{ver4}} crashes on our intranet app built with {{lib}} {{version}}. Firefox is \
fine. where to start?""",
        """\
The Florence Nightingale Hospital is hiring in {{city}}? I can't find it on their site: \
{{url}}""",
        """\
git rebase -i {{sha7}} gives "error: could not apply {{sha7}}... bump deps". how do I \
continue?""",
        """\
| region | requests | p95 latency | errors |
|---|---|---|---|
| {{region}} | {{big}} | {{dur}} | {{pct}} |
| {{region}} | {{big}} | {{dur}} | {{pct}} |
| {{region}} | {{big}} | {{dur}} | {{pct}} |
which region should we investigate first?""",
        """\
{
  "id": "{{uuid}}",
  "status": "shipped",
  "items": [{"sku": "{{sku}}", "qty": 2, "price": "{{price}}"}],
  "carrier": "UPS",
  "tracking": "{{tracking}}",
  "created": "{{ts}}"
}
write a TypeScript type for this""",
        """\
Will the new {{org}} store in {{place}} open before {{date}}? I read it on {{url}}""",
        """\
Our CI on Jenkins {{version}} fails at the Karma step: "Chrome Headless {{ver4}} ERROR \
Disconnected, because no message in 30000 ms." what timeout should I raise?""",
        """\
SELECT region, COUNT(*) FROM orders WHERE created_at > '{{date.iso}}' GROUP BY region;
-- returns nothing for {{region}}. timezone issue?""",
        """\
What's the best way to store hashes like {{sha}} in postgres, bytea or text?""",
        """\
summarize the plot of "Pride and Prejudice" in 5 sentences for a 12 year old""",
        """\
{{logts}} ERROR [{{pod}}] upstream connect error or disconnect/reset before headers. \
reset reason: connection failure, transport failure reason: delayed connect error: 111
{{logts}} INFO  retrying in {{dur}} (attempt 3/5)""",
        """\
Can you translate "the meeting is moved to {{weekday}} at {{time}}" into German, \
Japanese and Swahili?""",
        """\
Recipe scaling: the recipe serves 4 and uses 250 g flour, 2 eggs, 120 ml milk. scale to \
{{num}} servings pls""",
        """\
How do I set up Ansible to deploy Django {{version}} behind Nginx on Ubuntu 24.04 with \
Celery and Redis?""",
        """\
Transaction {{txhash}} has been pending for {{dur}}. gas price was 12 gwei. should I \
speed it up?""",
        """\
There's a bug in Sphinx {{version}} where autodoc skips Pydantic models. workaround? \
{{url}}""",
        """\
I live near Lake Victoria and want to start a small fish farm. what permits do I need in \
Uganda, roughly?""",
        """\
Write a short bedtime story about a robot called Unit-7 who is afraid of the dark.""",
        """\
Which is cheaper per GB: {{product}} at {{price}}/month for {{mem}} or the other plan at \
{{price}}? show the math""",
        """\
nginx -t
nginx: the configuration file /etc/nginx/nginx.conf syntax is ok
nginx: configuration file /etc/nginx/nginx.conf test is successful
but curl {{localip}}:{{port}} still gives connection refused""",
        """\
Our Grafana dashboard shows the Loki ingester using {{mem}} and climbing since build \
{{build}}. Thanos compactor also restarted {{num}} times. memory leak?""",
        """\
Draft a polite note to all tenants: the water will be shut off on {{date}} from {{time}} \
to {{time}} for pipe repairs. Sorry for the inconvenience!""",
        """\
[{{time}}] build #{{num}} started by timer
[{{time}}] checkout {{sha7}}
[{{time}}] tests: {{num}} passed, 2 skipped
[{{time}}] docker push registry.local/app:{{version}}
[{{time}}] FINISHED: SUCCESS
can you turn this into a status badge description?""",
        """\
My MacBook says "{{errcode}}" when I mount the NAS at {{localip}}. SMB version?""",
        """\
Explain what Argo CD "OutOfSync" means when the live manifest has resource version {{num}} \
and the git one has none.""",
        """\
Is Sofia or Bucharest a better base for a remote worker? Compare rent ({{price}} vs \
{{price}}), internet speed and time zone.""",
        """\
Why does `assembly version {{ver4}}` mismatch break my .NET build? error CS1705""",
        """\
grade this essay intro: "In {{year}}, cities like {{city}} and {{city}} faced record \
heatwaves. This essay argues that urban trees are the cheapest climate adaptation.\"""",
        """\
what does "Bill of Materials" mean in manufacturing vs in software (SBOM)?""",
        """\
set up a cron that runs every {{weekday}} at {{time}} UTC and posts the {{product}} \
report to our channel""",
        """\
{"model": "{{model}}", "temperature": 0.2, "max_tokens": 800}
why do I get a 400 saying max_tokens is too large for this model?""",
        """\
my router's admin page won't load, it just redirects to {{localip}}. \
firmware {{version}}. how to reset?""",
        """\
The Rosetta translation layer on my Mac makes {{product}} slow. native arm64 build \
available for {{version}}?""",
        """\
Can I use the {{org}} gift card (code on the back, {{price}} balance) on their website \
or only in stores in {{city}}?""",
    ],
)
_add(
    "clean",
    "es",
    [
        """\
¿Qué es mejor para aprender a programar, {{product}} o Python? Tengo {{num}} horas a la \
semana.""",
        """\
mi pedido {{order}} de {{org}} no llega, el seguimiento dice {{tracking}} desde el \
{{date}}. ¿qué hago?""",
    ],
)
_add(
    "clean",
    "pt",
    [
        """\
qual a diferença entre {{lib}} e {{lib}}? tô usando a versão {{version}} no projeto""",
    ],
)
_add(
    "clean",
    "fr",
    [
        """\
Peux-tu m'expliquer l'erreur {{errcode}} ? Elle apparaît quand je lance {{product}} \
{{version}} sur Ubuntu.""",
        """\
Planifie un week-end à Florence pour deux personnes, budget {{price}}, départ de Lyon.""",
    ],
)
_add(
    "clean",
    "de",
    [
        """\
Wie richte ich {{product}} {{version}} hinter Nginx ein? Der Container läuft auf \
{{localip}}:{{port}}.""",
        """\
Bestellung {{order}} vom {{date}}: Artikel {{sku}} fehlt. Wie formuliere ich eine \
Reklamation an {{org}}?""",
    ],
)
_add(
    "clean",
    "it",
    [
        """\
come installo {{lib}} {{version}} su Windows? mi dà errore {{errcode}}""",
    ],
)
_add(
    "clean",
    "ja",
    [
        """\
{{product}}の{{version}}にアップデートしたらエラー{{errcode}}が出ます。原因は何でしょうか？""",
    ],
)
_add(
    "clean",
    "zh",
    [
        """\
{{lib}} {{version}} 安装失败，提示 {{errcode}}，怎么解决？""",
    ],
)
_add(
    "clean",
    "ko",
    [
        """\
{{product}} {{version}}에서 {{errcode}} 오류가 나요. 어떻게 해결하나요?""",
    ],
)
_add(
    "clean",
    "ru",
    [
        """\
Как настроить {{product}} в Docker? Версия {{version}}, порт {{port}}.""",
    ],
)
_add(
    "clean",
    "tr",
    [
        """\
{{org}} siparişim {{order}} hâlâ gelmedi, kargo takip no {{tracking}}. ne yapmalıyım?""",
    ],
)
_add(
    "clean",
    "id",
    [
        """\
gimana cara install {{lib}} versi {{version}} di laptop windows? muncul error {{errcode}}""",
    ],
)
_add(
    "clean",
    "hinglish",
    [
        """\
bhai {{product}} ka naya version {{version}} install kiya aur ab {{errcode}} aa raha hai, \
kya karun""",
    ],
)
_add(
    "clean",
    "nl",
    [
        """\
Welke is beter voor een klein team: {{product}} of {{product}}? Budget {{price}} per maand.""",
    ],
)
_add(
    "clean",
    "pl",
    [
        """\
Jak naprawić błąd {{errcode}} w {{lib}} {{version}}? Pojawia się po aktualizacji.""",
    ],
)
_add(
    "clean",
    "vi",
    [
        """\
cài {{lib}} {{version}} bị lỗi {{errcode}}, sửa sao vậy mọi người?""",
    ],
)

# ======================================================================================
# identity documents, payments, tax and crypto

_add(
    "doc",
    "en",
    [
        """\
RENTAL AGREEMENT — {{org}} Car Rental, {{place}} branch
Renter: {{p1.lf}}
Driver's license no.: {{dl.ca}} (CA)   DOB: {{dob}}
Additional driver: {{p2}}, DL# {{dl.ny}} (NY)
Card on file: {{card}}
Vehicle: {{alt:Toyota Camry|Kia Sorento|Ford Mustang}}, plate withheld
Pick-up {{date}} {{time}} / Return {{date}} {{time}}""",
        """\
Guest registration card
Surname: {{p1.lastu}}      Given names: {{p1.first}}
Nationality: {{alt:Brazilian|Nigerian|Indian|Mexican|Filipino|Japanese}}
Passport number: {{passport}}
Date of birth: {{dob}}
Arrival {{date}} — room {{num}}
Signature: ________""",
        """\
POLICE ACCIDENT REPORT (excerpt)
Driver 1: {{p1}}, DOB {{dob}}, Florida DL {{dl.fl}}, phone {{phone.us}}
Driver 2: {{p2}}, DOB {{dob}}, Illinois DL {{dl.il}}
Location: intersection near {{address.us}}
Officer: {{p3.init}}, badge {{num}}""",
        """\
INSURANCE CLAIM FORM
Policyholder: {{p1}}
Date of birth: {{dob}}
Driver licence number: {{dl.uk}}
Address: {{address.uk}}
Description of loss: rear-ended at a roundabout on {{date}}; third party {{p2}} admitted \
fault.""",
        """\
Form W-7 prep notes for {{p1}}
- Applicant ITIN (renewal): {{itin}}
- Spouse {{p2}}, SSN {{ssn}}
- Foreign passport: {{passport}} (use as ID)
- Mailing address: {{address.us}}""",
        """\
Dear {{p1.first}},

To finish verifying your account we still need: a photo of your passport (number \
{{passport.uk}}), a proof of address no older than 3 months for {{address}}, and your \
date of birth ({{dob}}) exactly as it appears on the passport.

Compliance Team""",
    ],
)
_add(
    "tech",
    "en",
    [
        """\
{
  "booking_ref": "{{sku}}",
  "passengers": [
    {"name": "{{p1.upper}}", "dob": "{{dob.iso}}", "passport": "{{passport}}"},
    {"name": "{{p2.upper}}", "dob": "{{dob.iso}}", "passport": "{{passport}}"}
  ],
  "contact": {"email": "{{p1.email}}", "phone": "{{phone}}"}
}
the airline API says passenger 2 is invalid""",
        """\
employee_id,name,tax_id_type,tax_id,state
{{num}},{{p1}},SSN,{{ssn}},{{alt:CA|TX|NY}}
{{num}},{{p2}},ITIN,{{itin}},{{alt:CA|TX|NY}}
{{num}},{{p3}},SSN,{{ssn}},{{alt:CA|TX|NY}}
payroll import rejects row 2, why""",
        """\
{{logts}} INFO kyc.verify user_id={{uuid}} doc_type=passport doc_number={{passport}} \
dob={{dob.iso}} result=MATCH
{{logts}} INFO kyc.verify user_id={{uuid}} doc_type=driver_license doc_number={{dl}} \
result=MANUAL_REVIEW reviewer={{p1.login}}""",
        """\
withdrawal failed:
{"asset": "{{alt:USDT|ETH|BTC}}", "amount": "{{num}}.00", "to": "{{crypto}}", \
"network": "{{alt:ERC20|BEP20|BTC}}", "error": "address checksum invalid"}
user {{p1.email}} says they copied it straight from their wallet""",
        """\
inventory.yml
devices:
  - hostname: {{p1.firstl}}-macbook
    mac: "{{mac}}"
    ip: {{ipp}}
  - hostname: printer-2f
    mac: "{{mac}}"
    ip: {{ipp}}
  - hostname: {{p2.login}}-desktop
    mac: "{{mac}}"
    ip: {{ipp}}""",
        """\
payment_form_submit: {"cardholder": "{{p1.upper}}", "pan": "{{card}}", "exp": "09/28", \
"zip": "{{alt:94105|10001|60614}}", "email": "{{p1.email}}"}
our logger is writing this to disk, how do I redact pan""",
        """\
Sep 12 {{time}}:44 router dnsmasq-dhcp[{{pid}}]: DHCPACK(br0) {{ipp}} {{mac}} \
{{p1.firstl}}-phone
Sep 12 {{time}}:51 router dnsmasq-dhcp[{{pid}}]: DHCPDISCOVER(br0) {{mac}}
Sep 12 {{time}}:02 router kernel: DROP IN=eth0 SRC={{ip.pub}} DST={{ipp}} PROTO=TCP \
DPT=22""",
    ],
)
_add(
    "chat",
    "en",
    [
        """\
can you tell me if this card number is valid? {{card}} my friend {{p1.first}} gave it \
to me to book the hotel""",
        """\
pls donate to our mutual aid fund 🙏 BTC: {{crypto.btc}} ETH: {{crypto.eth}} \
— organized by {{p1.handle}} and {{p2.handle}}""",
        """\
i'm applying for a passport renewal. old passport number {{passport.us}}, issued when \
i was 16. my name changed after marriage from {{p1.upper}} to {{p2.upper}}. which form""",
        """\
my dad's driver license ({{dl.tx}}, texas) expired while he was abroad. he's {{p1}}, \
born {{dob}}. can he renew online?""",
        """\
someone sent crypto to my old address {{crypto.bc1}} — can I still recover it if I \
only have the seed phrase in my notes app?""",
        """\
what is an ITIN and is mine ({{itin}}) the same as an SSN? I'm on a student visa""",
        """\
how do I change the MAC address {{mac}} on my ubuntu laptop so the hotel wifi gives me \
a new session?""",
    ],
)
_add(
    "doc",
    "es",
    [
        """\
Datos del viajero:
Nombre: {{p1}}
Fecha de nacimiento: {{dob}}
Pasaporte: {{passport.es}}
Licencia de conducir: {{dl.mx}}
Teléfono: {{phone}}""",
    ],
)
_add(
    "doc",
    "fr",
    [
        """\
Fiche client
Nom : {{p1.lastu}}   Prénom : {{p1.first}}
Né(e) le : {{dob}}
Passeport n° : {{passport.fr}}
Permis de conduire : {{dl.fr}}
Carte : {{card}}""",
    ],
)
_add(
    "doc",
    "pt",
    [
        """\
Cadastro de motorista
Nome: {{p1}}
CNH: {{dl.br}}
Passaporte: {{passport.br}}
Nascimento: {{dob}}
Chave PIX / e-mail: {{p1.email}}""",
    ],
)
_add(
    "tech",
    "it",
    [
        """\
{"nome": "{{p1}}", "data_nascita": "{{dob.iso}}", "passaporto": "{{passport.it}}", \
"iban": "{{iban.it}}", "telefono": "{{phone}}"}
perché il parser JSON dà errore sulla data?""",
    ],
)
_add(
    "chat",
    "hinglish",
    [
        """\
bhai mera passport number {{passport.in}} hai aur DL {{dl.in}}, dono mein naam ki \
spelling alag hai — {{p1.upper}} vs {{p1}}. kya problem hogi visa mein?""",
    ],
)

# ======================================================================================
# more credentials in the wild

_add(
    "tech",
    "en",
    [
        """\
GET /internal/reports/export?format=csv HTTP/1.1
Host: {{host}}
Authorization: Basic {{basic}}
Cookie: sessionid={{session}}; theme=dark
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/{{ver4}}
why does this return the login page instead of the csv?""",
        """\
import discord
client = discord.Client(intents=discord.Intents.default())
# bot owner: {{p1.handle}}
client.run("{{discord}}")
# error: discord.errors.LoginFailure: Improper token has been passed.""",
        """\
notifications:
  twilio:
    account: main
    auth_token: "{{twilio}}"
    from: "{{phone.us}}"
  mailgun:
    api_key: "{{mailgun}}"
    domain: mg.{{alt:acmecorp.io|tessellate.dev|orbitpay.io}}
    to: ["{{p1.email}}", "{{p2.email}}"]""",
        """\
<script async src="https://maps.googleapis.com/maps/api/js?key={{gkey}}&callback=initMap">
</script>
<!-- map for {{p1}}'s office page, ask {{p2.first}} before changing -->
the map shows "for development purposes only", billing is enabled""",
        """\
Run actions/checkout@v4
  with:
    token: {{ghpat}}
Error: fatal: could not read Username for 'https://github.com': terminal prompts disabled
(workflow started by {{p1.login}})""",
        """\
curl -X POST -H 'Content-type: application/json' \\
  --data '{"text":"Deploy {{version}} finished"}' \\
  https://hooks.slack.com/services/{{slackhook}}
returns "invalid_payload", the channel owner is {{p1.handle}}""",
    ],
)
_add(
    "chat",
    "en",
    [
        """\
i set up 2FA on my exchange account and saved the secret key {{totp}} in a text file, \
is that dumb? the account email is {{p1.email}}""",
        """\
my mom ({{p1.first}}) texted me her debit card PIN {{pin}} so i can buy groceries for \
her. how do I tell her never to do that again, nicely""",
        """\
here's the huggingface token from my old laptop {{hf}} — can I revoke it without \
logging in? my username was {{p1.login}}""",
    ],
)
_add(
    "tech",
    "es",
    [
        """\
config.py
# responsable: {{p1}} <{{p1.email}}>
STRIPE_KEY = "{{stripe}}"
DB_PASSWORD = "{{pw}}"
¿por qué no conecta a la base de datos en {{ipp}}?""",
    ],
)
_add(
    "tech",
    "de",
    [
        """\
Fehlermeldung beim Login:
{{logts}} WARN Anmeldung fehlgeschlagen für Benutzer {{p1.login}} von {{ip}}
{{logts}} INFO Passwort zurückgesetzt für {{p1.email}}, neues Passwort: {{pw}}
Warum steht das Passwort im Log?""",
    ],
)
_add(
    "tech",
    "pt",
    [
        """\
docker-compose.yml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: {{p1.login}}
      POSTGRES_PASSWORD: {{pw}}
por que o container reinicia sem parar?""",
    ],
)
_add(
    "tech",
    "fr",
    [
        """\
nom;prénom;email;téléphone;IBAN
{{p1.lastu}};{{p1.first}};{{p1.email}};{{phone}};{{iban.fr}}
{{p2.lastu}};{{p2.first}};{{p2.email}};{{phone}};{{iban.fr}}
Comment importer ce fichier dans Excel sans casser les accents ?""",
    ],
)
_add(
    "tech",
    "ja",
    [
        """\
以下のログのエラー原因を教えてください。
{{logts}} ERROR ユーザー {{p1.login}} のログインに失敗しました (IP: {{ip}})
{{logts}} INFO  メール送信先: {{p1.email}}""",
    ],
)
