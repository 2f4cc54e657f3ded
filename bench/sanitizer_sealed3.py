"""Sealed evaluation set 3 for the PII sanitizer: about 1000 labeled texts shaped like what
users send to an LLM API and what the API logs (prompts, chats, pasted documents, data,
code, logs), a quarter of them in languages other than English.

Written without looking at the sanitizer, its rules, tests or documentation. Person names
come mostly from the per-culture lists below (written for this set); Faker supplies a
minority of them and nothing else that is labeled. Every value is generated here and its
span is recorded as it is inserted, so the labels are exact by construction (and checked).
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import string
import unicodedata
from dataclasses import dataclass

from faker import Faker

from bench.sanitizer_data import Sample
from bench.sanitizer_sealed3_templates import CLEAN, PII, PREFIXES, SYSTEM_PROMPTS

# ---------------------------------------------------------------------------------------
# Person names by culture. Token syntax: "_" is a space inside one name; "display:roman"
# gives a native-script name with its romanization; "masc/fem" gives gendered surnames.
# Flags: w = given-surname, e = surname-first is usual, v = Vietnamese (surname middle
# given), m = single full names (no surname), 2 = often two surnames, N/n = native script
# written surname-first without/with a space.
# ---------------------------------------------------------------------------------------

_CULTURES: dict[str, tuple[str, str, str, str]] = {
    "yoruba": (
        "w",
        "Adebimpe Folake Titilayo Oluwaseun Yetunde Bukola Morenike Funmilayo Abimbola Omolara Ayomide Temitope Ibukun",
        "Adewale Babatunde Olumide Oluwafemi Kayode Segun Gbenga Olusegun Damilola Ayodele Adebayo Tunde Oluwadamilare",
        "Adeyemi Ogunleye Adebayo Olawale Akinola Oyelaran Afolabi Ogunbiyi Ajayi Adeleke Oladipo Fashola Ibikunle Adesanya Ogundipe",
    ),
    "igbo": (
        "w",
        "Chiamaka Adaeze Ngozi Nneka Chinwe Ifeoma Uchechi Obianuju Chidinma Amarachi Chinyere Oluchi",
        "Chinedu Emeka Obinna Ikenna Chukwuemeka Nnamdi Uchenna Kelechi Ifeanyi Tochukwu Chibuike Somtochukwu",
        "Okafor Okonkwo Eze Nwosu Obi Okeke Nwachukwu Onyekachi Uzor Anyanwu Ibe Nwankwo Chukwu Okoye Ezeh Onwuka",
    ),
    "amharic": (
        "w",
        "Selam Tigist Hirut Meron Bethlehem Mekdes Aster Liya Hanna Tsion Eden Saba",
        "Dawit Abebe Yohannes Tesfaye Getachew Bereket Henok Mulugeta Dereje Samuel Yonas Kaleab",
        "Alemu Bekele Tadesse Haile Gebremedhin Wolde Kebede Tesfaye Desta Girma Assefa Negash Ayele Mekonnen",
    ),
    "tamil": (
        "w",
        "Kavya Priya Lakshmi Meenakshi Deepa Thenmozhi Nila Sangeetha Yazhini Kalaivani Abirami Revathi",
        "Karthik Senthil Arun Murugan Vignesh Saravanan Balaji Dinesh Prabhu Ilango Tamilselvan Manikandan",
        "Ramasamy Subramanian Krishnan Natarajan Venkatesan Pillai Raman Chidambaram Annamalai Murugesan Palanisamy Sundaram Arumugam",
    ),
    "telugu": (
        "w",
        "Sravani Lavanya Sirisha Bhavana Haritha Swathi Keerthana Mounika Padmaja Tejaswini",
        "Srinivas Venkat Ravi_Teja Naveen Sai_Kiran Chaitanya Praveen Mahesh Harsha Anil Vamsi",
        "Reddy Naidu Rao Chowdary Varma Gollapudi Kommineni Yarlagadda Potluri Bandaru Nallamothu Kodali Chintalapudi",
    ),
    "bengali": (
        "w",
        "Ananya Moumita Sharmila Rituparna Tahmina Nusrat Farzana Shreya Sohini Poulami Tanzila",
        "Arnab Sourav Rafiq Tanvir Subhajit Anirban Sabbir Debashis Kaushik Rezaul Mahfuz",
        "Chatterjee Banerjee Mukherjee Das Ghosh Bose Sen Chowdhury Hossain Rahman Islam Bhattacharya Sarkar Dutta Majumdar",
    ),
    "punjabi": (
        "w",
        "Harpreet Gurleen Simran Manpreet Jaspreet Navneet Amrit Rupinder Kiranjit Harleen",
        "Gurpreet Harjit Jaswinder Manjot Sukhdeep Balwinder Arshdeep Harman Kulvir Parminder Jaskaran",
        "Singh Kaur Sandhu Gill Dhillon Sidhu Grewal Brar Bains Randhawa Johal Sekhon Virk Cheema",
    ),
    "urdu": (
        "w",
        "Ayesha Sana Mahnoor Hina Rabia Iqra Zainab Amna Mehwish Sadia Fiza",
        "Bilal Usman Hamza Faisal Imran Asad Zeeshan Shahid Waqas Adnan Danish",
        "Qureshi Siddiqui Malik Chaudhry Butt Sheikh Hashmi Mirza Abbasi Rizvi Farooqui Javed Iqbal Awan",
    ),
    "pashto": (
        "w",
        "Malalai Zarmina Palwasha Shabnam Nazanin Gulalai Storay Mina Wagma Spogmai",
        "Ahmadullah Wais Naveed Hamid Zabihullah Rahmatullah Sher Ajmal Khalid Noorullah Mirwais",
        "Khan Afridi Durrani Popalzai Wardak Stanikzai Mohmand Shinwari Niazi Barakzai Ahmadzai Safi",
    ),
    "persian": (
        "w",
        "Shirin Parisa Niloufar Maryam Roya Mahsa Leila Sepideh Golnaz Azadeh Taraneh",
        "Reza Dariush Kourosh Arash Babak Mehdi Farhad Kaveh Omid Siavash Payam",
        "Hosseini Moradi Rahimi Karimi Jafari Tehrani Sadeghi Mohammadi Ahmadi Rostami Shirazi Kazemi Farahani Ebrahimi",
    ),
    "arab_gulf": (
        "n",
        "نورة:Noura مها:Maha حصة:Hessa ريم:Reem شيخة:Shaikha لطيفة:Latifa مريم:Mariam علياء:Alya دانة:Dana",
        "عبدالله:Abdullah خالد:Khalid سلطان:Sultan سعيد:Saeed راشد:Rashid فيصل:Faisal حمد:Hamad منصور:Mansour ناصر:Nasser تركي:Turki",
        "المنصوري:Al-Mansoori الشامسي:Al-Shamsi القحطاني:Al-Qahtani العتيبي:Al-Otaibi الحربي:Al-Harbi الدوسري:Al-Dosari المطيري:Al-Mutairi الكعبي:Al-Kaabi النعيمي:Al-Nuaimi السويدي:Al-Suwaidi الغامدي:Al-Ghamdi الزهراني:Al-Zahrani",
    ),
    "arab_levant": (
        "n",
        "رانيا:Rania لينا:Lina ديما:Dima رشا:Rasha يارا:Yara هالة:Hala نور:Nour رنا:Rana زينة:Zeina تالا:Tala",
        "كريم:Karim عمر:Omar فادي:Fadi زياد:Ziad طارق:Tarek رامي:Rami بسام:Bassam وائل:Wael سامر:Samer مجد:Majd",
        "حداد:Haddad خوري:Khoury صالح:Saleh خليل:Khalil حمدان:Hamdan عبود:Abboud صباغ:Sabbagh بركات:Barakat قاسم:Qassem درويش:Darwish عطاالله:Atallah جابر:Jaber المصري:Masri",
    ),
    "arab_egypt": (
        "n",
        "منى:Mona هبة:Heba آية:Aya ياسمين:Yasmin نسمة:Nesma شيماء:Shaimaa دعاء:Doaa مروة:Marwa",
        "محمود:Mahmoud أحمد:Ahmed مصطفى:Mostafa عمرو:Amr شريف:Sherif هاني:Hany تامر:Tamer أيمن:Ayman وليد:Waleed",
        "عبدالعزيز:Abdelaziz السيد:El-Sayed حسن:Hassan فاروق:Farouk شحاتة:Shehata سليمان:Soliman رجب:Ragab عبدالرحمن:Abdelrahman زكي:Zaki جابر:Gaber فوزي:Fawzy حجازي:Hegazy",
    ),
    "maghreb": (
        "w",
        "Meriem Fatima_Zahra Imane Khadija Samira Salma Houda Nadia Siham Asmaa Kawtar",
        "Youssef Mehdi Amine Hicham Rachid Mourad Karim Nabil Samir Anouar Yassine Ayoub",
        "Benali El_Amrani Bouzid Cherkaoui Benjelloun Haddadi Bennani Tazi Belkacem Mansouri Ouali Boukhari Zerrouki Lahlou Amrani",
    ),
    "turkish": (
        "w",
        "Elif Zeynep Ayşe Merve Büşra Esra Derya Gülşen Selin Özlem Nur Ebru",
        "Mehmet Emre Burak Mustafa Oğuz Serkan Hakan Kerem Can Tolga Barış Ömer",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aslan Koç Kurt Özdemir",
    ),
    "kurdish": (
        "w",
        "Berfin Rojin Zilan Dilan Hêvî Ronahî Jiyan Nazdar Gulistan Viyan",
        "Azad Rojhat Serhat Baran Kawa Shwan Hawar Rêbaz Dilovan Welat",
        "Zebari Bakir Mahmoudi Hawrami Baban Sindi Doski Amedi Tahir Kurdo Berwari Rashid",
    ),
    "georgian": (
        "w",
        "Nino Tamar Mariam Ketevan Nana Salome Eka Lela Natia Tekla",
        "Giorgi Levan Davit Irakli Zurab Nika Lasha Tornike Giga Vakhtang Luka",
        "Beridze Kapanadze Gelashvili Maisuradze Lomidze Tsiklauri Jorjadze Chkheidze Mchedlishvili Abashidze Japaridze Nozadze Gogoladze",
    ),
    "armenian": (
        "w",
        "Anahit Lusine Ani Nare Mariam Sona Gayane Tatevik Armine Siranush",
        "Aram Tigran Hayk Narek Armen Gor Vahe Davit Karen Sargis Levon",
        "Petrosyan Hakobyan Grigoryan Sargsyan Harutyunyan Avetisyan Karapetyan Khachatryan Ghazaryan Mkrtchyan Vardanyan Manukyan Kazarian Boyajian",
    ),
    "kazakh": (
        "w",
        "Aigerim Dana Madina Aruzhan Gulnara Zhanar Ainur Saule Dinara Assel",
        "Yerlan Daniyar Askar Bauyrzhan Yerzhan Nurlan Aibek Arman Timur Serik",
        "Akhmetov/Akhmetova Nurpeisov/Nurpeisova Zhakupov/Zhakupova Seitkali Omarov/Omarova Abenov/Abenova Kassymov/Kassymova Baimukhanov/Baimukhanova Iskakov/Iskakova Suleimenov/Suleimenova",
    ),
    "uzbek": (
        "w",
        "Dilnoza Gulnoza Nodira Malika Shahlo Zarina Feruza Sevara Kamola",
        "Jasur Sardor Bekzod Otabek Dilshod Sherzod Farrukh Ulugbek Rustam Bobur Akmal",
        "Tursunov/Tursunova Rakhimov/Rakhimova Yusupov/Yusupova Ismoilov/Ismoilova Abdullaev/Abdullaeva Nazarov/Nazarova Sobirov/Sobirova Mirzaev/Mirzaeva Qodirov/Qodirova Ergashev/Ergasheva Umarov/Umarova",
    ),
    "mongolian": (
        "w",
        "Oyunchimeg Enkhjargal Sarangerel Tsetsegmaa Bolormaa Altantsetseg Nomin Anujin Khulan",
        "Batbayar Ganbold Tömör Bat-Erdene Enkhbold Temuulen Munkh-Orgil Erdenebat Ganzorig Bilguun",
        "Dorj Batsaikhan Gantulga Purevdorj Tserendorj Altangerel Lkhagvasuren Baasanjav Ochirbat Sodnom Munkhbat",
    ),
    "tibetan": (
        "w",
        "Dolma Pema Yangchen Dechen Lhamo Kunsang Tsering Sonam Dawa",
        "Tenzin Tashi Jigme Lobsang Ngawang Karma Norbu Dorje Phuntsok Thupten",
        "Dolkar Wangmo Gyatso Choedon Namgyal Dhondup Wangdu Tsomo Rinchen Lhundup Youdon",
    ),
    "nepali": (
        "w",
        "Sushmita Sabina Anisha Pratibha Sarita Manisha Srijana Bimala Kamala Aakriti",
        "Bishal Suman Prakash Rajan Dipendra Bikash Niraj Sagar Anup Roshan",
        "Shrestha Gurung Tamang Thapa Magar Adhikari Karki Poudel Bhattarai Rai Limbu Maharjan Khadka Pokharel Sherpa",
    ),
    "sinhala": (
        "w",
        "Nadeesha Dilani Chathurika Sanduni Hashini Tharushi Malsha Ishara Nirmala",
        "Kasun Chaminda Nuwan Lahiru Tharindu Pradeep Ruwan Dinuka Sampath Isuru",
        "Perera Fernando Silva Jayasuriya Wickramasinghe Bandara Gunawardena Dissanayake Herath Senanayake Wijesinghe Karunaratne Ekanayake Samarasinghe",
    ),
    "thai": (
        "n",
        "ศิริพร:Siriporn สุภาพร:Supaporn กนกวรรณ:Kanokwan มาลี:Malee วิลาวรรณ:Wilawan อารยา:Araya พิมพ์ชนก:Pimchanok รัชนี:Ratchanee",
        "สมชาย:Somchai อนันต์:Anan กิตติศักดิ์:Kittisak ธนวัฒน์:Thanawat ประเสริฐ:Prasert สมศักดิ์:Somsak ณัฐพงศ์:Nattapong วิชัย:Wichai ชัยวัฒน์:Chaiwat อภิชาติ:Apichart",
        "ศรีสุข:Srisuk วงศ์สวัสดิ์:Wongsawat บุญมี:Boonmee แก้วมณี:Kaewmanee สุวรรณรัตน์:Suwannarat พรหมมา:Phromma ใจดี:Jaidee สมบัติ:Sombat เจริญกุล:Charoenkul อินทรสุข:Intarasuk แซ่ตั้ง:Saetang ทองชัย:Thongchai",
    ),
    "lao": (
        "w",
        "Souphaphone Keomany Vilayvanh Chanthavy Manivanh Phetsamone Bouasone Somphone",
        "Khamphone Souksavanh Bounmy Vilaysack Phonesavanh Thongdam Sengphet Xayasone",
        "Phommachanh Sisouphanh Vongsavath Keobounphanh Inthavong Xaysana Phanthavong Chanthalangsy Sengsavang Souvannavong Douangphachanh",
    ),
    "khmer": (
        "e",
        "Sreymom Sophea Chanthou Bopha Sokha Channary Sreyneang Kunthea Leakhena Malis",
        "Sokheng Vannak Rithy Sovann Piseth Chanthy Visal Sopheap Kimsan Bunthoeun Dara",
        "Chea Sok Heng Kim Chhim Meas Ly Seng Ouk Pich Nhem Keo Prak Mao Tep",
    ),
    "burmese": (
        "m",
        "Su_Myat_Noe Khin_Mar_Win Ei_Ei_Phyo Thandar_Hlaing Nandar_Kyaw May_Thu_Zar Hnin_Wai_Lwin Yadanar_Oo Thiri_Aung",
        "Kyaw_Zin_Htet Aung_Ko_Ko Min_Thant_Zin Htet_Aung_Lin Zaw_Myo_Min Thura_Soe Ye_Lin_Aung Wai_Yan_Phyo Nay_Lin_Tun",
        "",
    ),
    "vietnamese": (
        "v",
        "Lan Hương Mai Thảo Ngọc_Anh Linh Trang Hạnh Phương Hà Nhung Vy",
        "Minh Tuấn Dũng Hùng Quang Đức Hoàng Nam Bảo Khoa Thành Long",
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương",
    ),
    "filipino": (
        "w",
        "Maricel Rowena Jocelyn Lorna Marites Kristine Rhea Divina Luzviminda Charmaine Joanna_Marie",
        "Jomar Rodel Ronaldo Arnel Jericho Rommel Efren Dindo Mark_Anthony Jun_Paolo Reynaldo",
        "Dela_Cruz Santos Reyes Bautista Villanueva Mendoza Macaraeg Dimaculangan Magbanua Cabahug Lumapas Ocampo Tolentino Manalo Pacquing",
    ),
    "malay_indo": (
        "w",
        "Dewi Putri Ayu Rina Nurul Fitri Intan Wulan Nur_Aisyah Siti_Aminah Farah",
        "Budi Agus Rizky Hendra Fajar Andi Irfan Arif Hafiz Faizal Azman",
        "Santoso Wijaya Saputra Hidayat Kusuma Pratama Siregar Nasution Harahap Sitompul Simanjuntak Rahman Ismail Osman Hashim",
    ),
    "javanese": (
        "w",
        "Sri Endang Retno Dwi Tri Rahayu Wulandari Sumarni",
        "Joko Bambang Agus Eko Wahyu Slamet Hadi Teguh",
        "Rahayu Susilo Haryanto Lestari Wahyuni Setiawan Prasetyo Purnomo Nugroho Wibowo Kurniawan Handayani Utomo",
    ),
    "javanese_mono": (
        "m",
        "Suharti Sumiati Sukarmi Parjiyem Tukiyem Suwarni Painem",
        "Sutrisno Suparman Darmaji Sukirno Paijo Tukimin Sugiyono",
        "",
    ),
    "chinese": (
        "N",
        "芳:Fang 娜:Na 静:Jing 秀英:Xiuying 婷婷:Tingting 雨欣:Yuxin 晓玲:Xiaoling 美玲:Meiling 欣怡:Xinyi 梦瑶:Mengyao 丽华:Lihua 若曦:Ruoxi 思琪:Siqi",
        "伟:Wei 磊:Lei 勇:Yong 浩然:Haoran 子涵:Zihan 俊杰:Junjie 志伟:Zhiwei 宇辰:Yuchen 博文:Bowen 建国:Jianguo 涛:Tao 浩:Hao 鹏:Peng",
        "王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao 吴:Wu 周:Zhou 徐:Xu 孙:Sun 马:Ma 朱:Zhu 胡:Hu 郭:Guo 何:He 林:Lin 高:Gao 罗:Luo 郑:Zheng 梁:Liang",
    ),
    "cantonese": (
        "e",
        "Wing_Yee Ka_Man Mei_Ling Suk_Fan Hoi_Yan Pui_Shan Siu_Ling Winnie Priscilla Ivy",
        "Ka_Ho Chi_Keung Wai_Ming Kwok_Wing Tsz_Hin Chun_Kit Man_Lok Kelvin Kenneth Ken",
        "Chan Wong Cheung Lau Leung Ng Ho Lam Tsang Chow Yeung Kwok Tse Fung Mak",
    ),
    "japanese": (
        "n",
        "結衣:Yui 陽菜:Hina 美咲:Misaki 彩花:Ayaka 由香:Yuka 遥:Haruka 葵:Aoi さくら:Sakura 直美:Naomi 恵美:Emi 麻衣:Mai 凛:Rin",
        "陽翔:Haruto 悠斗:Yuto 蒼太:Sota 拓海:Takumi 健二:Kenji 浩:Hiroshi 大輔:Daisuke 翔太:Shota 蓮:Ren 和樹:Kazuki 亮:Ryo 健太:Kenta",
        "佐藤:Sato 鈴木:Suzuki 高橋:Takahashi 田中:Tanaka 渡辺:Watanabe 伊藤:Ito 山本:Yamamoto 中村:Nakamura 小林:Kobayashi 加藤:Kato 吉田:Yoshida 山田:Yamada 佐々木:Sasaki 松本:Matsumoto 井上:Inoue 木村:Kimura 林:Hayashi 清水:Shimizu",
    ),
    "korean": (
        "N",
        "지우:Ji-woo 서연:Seo-yeon 민지:Min-ji 하은:Ha-eun 수진:Soo-jin 예진:Ye-jin 은지:Eun-ji 혜원:Hye-won 다은:Da-eun 유나:Yu-na",
        "민준:Min-jun 서준:Seo-jun 지훈:Ji-hoon 현우:Hyun-woo 재원:Jae-won 동현:Dong-hyun 성민:Sung-min 준호:Joon-ho 태양:Tae-yang 우진:Woo-jin",
        "김:Kim 이:Lee 박:Park 최:Choi 정:Jung 강:Kang 조:Cho 윤:Yoon 장:Jang 임:Lim 한:Han 신:Shin 서:Seo 권:Kwon 황:Hwang",
    ),
    "hawaiian": (
        "w",
        "Leilani Noelani Kalena Mahina Nalani Pualani Malia Keala Healani Kaimana",
        "Kekoa Makoa Kawika Keoni Kainoa Ikaika Nohea Kaleo Makana Koa",
        "Kahananui Kealoha Kamakau Kaleikini Akana Kahale Kapule Keawe Kanahele Kalama Mahoe Kauhane",
    ),
    "maori": (
        "w",
        "Aroha Moana Anahera Mere Hine Kiri Ngaio Huia Tui Marama",
        "Tane Wiremu Rawiri Hemi Nikau Tamati Manaia Rangi Tipene Kahu",
        "Ngata Parata Walker Tawhiri Te_Awa Ruatapu Hohaia Kereama Tamihana Poutama Rangihuna Pomare Horomona",
    ),
    "samoan": (
        "w",
        "Losa Sina Lagi Fetu Seini Talia Lupe Mele Malia Salote",
        "Tavita Iosefa Sione Tasi Pita Ioane Ropati Manu Sefo Faleolo",
        "Leota Fa'alogo Tuiasosopo Lemalu Matagi Toleafoa Pauga Amituanai Aumua Fonoti Sapolu Tauiliili",
    ),
    "andean": (
        "2",
        "Rosa Lucía Juana Marisol Yessenia Nilda Killa Sisa Wayra Suyana",
        "Wilber Edwin Fredy Percy Néstor Amaru Inti Kusi Yaku Rubén",
        "Mamani Quispe Condori Huanca Choque Ticona Apaza Yupanqui Huamán Ccori Chambi Layme Coaquira Limachi Machaca",
    ),
    "mexican": (
        "2",
        "Guadalupe Citlali Xóchitl Ximena Yaretzi Itzel Fernanda Mariana Nayeli Maria_José",
        "José_Luis Juan_Carlos Tonatiuh Cuauhtémoc Tenoch Alejandro Jesús Rodrigo Emiliano Iker",
        "Hernández García Martínez López González Ramírez Sánchez Cruz Tepox Tzompantzi Xochihua Cuautle Flores Juárez Tlapale",
    ),
    "spanish": (
        "2",
        "Lucía Carmen Pilar Rocío Marta Paula Elena Inmaculada Alba Begoña",
        "Javier Sergio Álvaro Pablo Raúl Iván Rubén Alberto Fernando Manuel",
        "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Díaz Moreno Álvarez Romero Navarro",
    ),
    "brazilian": (
        "2",
        "Ana_Clara Maria_Eduarda Larissa Fernanda Juliana Beatriz Camila Letícia Gabriela Thaís Luana",
        "João_Pedro Gustavo Thiago Rafael Lucas Matheus Felipe Leandro Vinícius Caio Rodrigo",
        "Silva Santos Oliveira Souza Lima Pereira Ferreira Carvalho Almeida Ribeiro Rodrigues Barbosa Nascimento Araújo Gonçalves Cavalcanti",
    ),
    "portuguese": (
        "w",
        "Inês Mariana Joana Rita Catarina Margarida Filipa",
        "Tiago Duarte Gonçalo Rui Nuno Afonso Henrique",
        "Ferreira Costa Martins Sousa Fernandes Gonçalves Marques Pinto Teixeira Moreira Lopes",
    ),
    "haitian": (
        "w",
        "Nadège Mirlande Rose-Marie Guerda Fabienne Wideline Islande Manoucheka Roselaure Ketia",
        "Jean-Robert Wilner Frantz Jacquelin Dieuseul Wisly Fritznel Ricot Lesly Wilfrid",
        "Jean-Baptiste Pierre-Louis Désir Joseph Charles Saint-Fleur Exantus Dorvil Augustin Étienne Célestin Lafortune Désinor Jean-Louis",
    ),
    "swahili": (
        "w",
        "Wanjiru Achieng Neema Zawadi Rehema Mwanaisha Njeri Akinyi Halima Amani",
        "Baraka Juma Omondi Kamau Otieno Kiprono Mwangi Hamisi Jabari Salim",
        "Mwangi Otieno Kamau Wambui Odhiambo Njoroge Mutua Onyango Kariuki Ochieng Wekesa Hassani Mollel Chepkoech",
    ),
    "nguni": (
        "w",
        "Nomvula Thandeka Lindiwe Zanele Nokuthula Ayanda Siphesihle Nandi Sibongile Nosipho",
        "Sipho Thabo Mandla Bongani Sibusiso Lwazi Themba Lunga Andile Xolani",
        "Dlamini Nkosi Ndlovu Khumalo Mthembu Zulu Ngcobo Mkhize Buthelezi Mahlangu Sithole Mabaso Ntuli Xaba Mlambo",
    ),
    "somali": (
        "w",
        "Hodan Fadumo Ayaan Sahra Hibo Ubah Nasra Ifrah Deeqa Farhiya",
        "Abdirahman Mohamed Abdiwali Liban Guled Ahmed Mahad Abdikarim Yusuf Bashir",
        "Warsame Abdi Farah Hussein Jama Ali Omar Nur Osman Egal Dahir Aden Hirsi Mohamud",
    ),
    "hausa": (
        "w",
        "Aisha Zainab Hauwa Amina Hadiza Halima Maryam Rahama Ummi Fatima",
        "Abubakar Usman Musa Sani Aminu Ibrahim Bashir Kabiru Nasiru Shehu",
        "Bello Danjuma Abdullahi Garba Lawal Suleiman Yusuf Aliyu Umar Mohammed Tanko Gambo Idris",
    ),
    "akan": (
        "w",
        "Akosua Adwoa Abenaa Akua Yaa Afua Ama Efua Esi Adjoa",
        "Kwame Kofi Kwabena Kwaku Yaw Kwasi Kojo Kobina Kweku Ekow",
        "Mensah Owusu Boateng Asante Osei Appiah Agyeman Ofori Darko Acheampong Antwi Amoako Sarpong Amponsah",
    ),
    "sami": (
        "w",
        "Máret Ánne Risten Sárá Elle Inga Sunná Biret Ravdna",
        "Ánte Niillas Mihkkal Jovnna Ásllat Piera Ovllá Sámmol Jon_Ánde",
        "Gaup Sara Eira Utsi Somby Balto Hætta Bongo Turi Mienna Kuoljok Labba Pittja Länsman",
    ),
    "basque": (
        "2",
        "Ainhoa Maite Nerea Itziar Garazi Amaia Leire Irati Miren Olatz",
        "Iñaki Unai Gorka Asier Xabier Aitor Mikel Ander Eneko Koldo",
        "Etxeberria Agirre Goikoetxea Arrieta Urrutia Elizondo Larrañaga Mendizabal Aranburu Etxebarria Olaizola Azkue Gorostiza Iturralde",
    ),
    "catalan": (
        "2",
        "Montserrat Núria Mireia Laia Neus Meritxell Roser Berta Queralt Aina",
        "Jordi Pau Oriol Arnau Pere Guillem Martí Xavier Sergi Quim",
        "Puig Vila Soler Ferrer Roca Casals Serra Font Camps Riera Bosch Vidal Mas Planas Sala",
    ),
    "irish": (
        "w",
        "Siobhán Aoife Niamh Caoimhe Saoirse Róisín Gráinne Orla Clodagh Sinéad Ciara",
        "Cian Oisín Pádraig Eoin Darragh Cathal Seán Ruairí Diarmuid Tadhg Colm",
        "O'Sullivan Murphy Kelly O'Brien Byrne Ryan Walsh McCarthy Gallagher Doherty Kavanagh Fitzgerald Ó_Ceallaigh Mac_Giolla_Phádraig Ní_Bhriain",
    ),
    "scots": (
        "w",
        "Mòrag Catrìona Eilidh Seonaid Ealasaid Mairead Kirsty Iona Isla",
        "Calum Ruairidh Seumas Iain Lachlan Hamish Alasdair Fionnlagh Eòghann",
        "MacLeod MacDonald Morrison MacKenzie Campbell MacInnes Matheson MacAulay Nicolson MacNeil Stewart Macaskill",
    ),
    "welsh": (
        "w",
        "Angharad Cerys Ffion Gwenllian Rhiannon Eleri Nia Sioned Bethan Lowri Carys",
        "Dafydd Rhys Gareth Iwan Emyr Gethin Huw Aled Llŷr Cai Owain",
        "Jones Davies Evans Thomas Roberts Hughes Lloyd Pritchard Bowen Price Llewellyn Vaughan Parry Griffiths ap_Gwilym",
    ),
    "icelandic": (
        "w",
        "Guðrún Sigríður Kristín Helga Þórunn Ásdís Hildur Sólveig Ragnheiður Katrín",
        "Jón Sigurður Guðmundur Gunnar Ólafur Einar Kristján Magnús Stefán Þórður Bjarni Haukur",
        "Jónsson/Jónsdóttir Sigurðsson/Sigurðardóttir Guðmundsson/Guðmundsdóttir Gunnarsson/Gunnarsdóttir Ólafsson/Ólafsdóttir Einarsson/Einarsdóttir Kristjánsson/Kristjánsdóttir Magnússon/Magnúsdóttir Stefánsson/Stefánsdóttir Þórðarson/Þórðardóttir Bjarnason/Bjarnadóttir Hauksson/Hauksdóttir",
    ),
    "finnish": (
        "w",
        "Aino Eeva Kaisa Tuulia Liisa Satu Minna Johanna Veera Pirjo",
        "Juha Mikko Janne Timo Antti Ville Pekka Jukka Sami Eero Lauri",
        "Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Saarinen Salminen Heinonen Niemi",
    ),
    "estonian": (
        "w",
        "Kadri Liis Maarja Triin Kertu Merle Piret Külli Kristiina Ülle",
        "Tõnu Mart Rein Jaan Priit Indrek Märt Toomas Raivo Siim Ott",
        "Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepik Kuusk Oja Lõhmus Kivi",
    ),
    "latvian": (
        "w",
        "Ilze Inese Līga Baiba Dace Zane Kristīne Agnese Laura",
        "Jānis Andris Mārtiņš Edgars Gints Raimonds Uldis Kārlis Artūrs",
        "Bērziņš/Bērziņa Kalniņš/Kalniņa Ozoliņš/Ozoliņa Jansons/Jansone Liepiņš/Liepiņa Krūmiņš/Krūmiņa Zariņš/Zariņa Pētersons/Pētersone Vītols/Vītola Eglītis/Eglīte",
    ),
    "lithuanian": (
        "w",
        "Rūta Eglė Aušra Jurgita Gintarė Ieva Greta Lina Vaida",
        "Tomas Mindaugas Darius Vytautas Giedrius Mantas Lukas Arūnas Paulius",
        "Kazlauskas/Kazlauskienė Petrauskas/Petrauskaitė Jankauskas/Jankauskienė Stankevičius/Stankevičiūtė Vasiliauskas/Vasiliauskienė Žukauskas/Žukauskaitė Butkus/Butkutė Paulauskas/Paulauskienė Urbonas/Urbonienė Kavaliauskas/Kavaliauskaitė",
    ),
    "polish": (
        "w",
        "Agnieszka Małgorzata Katarzyna Joanna Magdalena Zofia Ewa Dorota Beata Justyna",
        "Krzysztof Piotr Tomasz Paweł Grzegorz Łukasz Michał Wojciech Jakub Marek",
        "Kowalski/Kowalska Nowak Wiśniewski/Wiśniewska Wójcik Kamiński/Kamińska Lewandowski/Lewandowska Zieliński/Zielińska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska Kozłowski/Kozłowska Jankowski/Jankowska Mazur Krawczyk Grabowski/Grabowska",
    ),
    "czech": (
        "w",
        "Jana Lenka Petra Kateřina Lucie Veronika Tereza Hana Markéta",
        "Jiří Petr Jan Tomáš Martin Ondřej Vojtěch Lukáš Radek",
        "Novák/Nováková Svoboda/Svobodová Dvořák/Dvořáková Černý/Černá Procházka/Procházková Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová Pokorný/Pokorná Marek/Marková",
    ),
    "russian": (
        "w",
        "Екатерина Анастасия Ольга Татьяна Светлана Ирина Наталья Юлия Ксения Дарья Мария Елена",
        "Дмитрий Сергей Алексей Андрей Михаил Иван Николай Павел Артём Владимир Максим Егор",
        "Иванов/Иванова Смирнов/Смирнова Кузнецов/Кузнецова Попов/Попова Соколов/Соколова Лебедев/Лебедева Козлов/Козлова Новиков/Новикова Морозов/Морозова Волков/Волкова Фёдоров/Фёдорова Белов/Белова Орлов/Орлова Зайцев/Зайцева",
    ),
    "ukrainian": (
        "w",
        "Оксана Олена Ірина Галина Наталія Ярослава Соломія Христина Тетяна Вікторія",
        "Олександр Богдан Тарас Микола Андрій Юрій Сергій Остап Дмитро Василь",
        "Бондаренко Коваленко Ткаченко Кравченко Олійник Шевчук Мельник Бойко Коваль Лисенко Гриценко Савченко Марченко Руденко",
    ),
    "serbocroatian": (
        "w",
        "Jelena Milica Ivana Marija Snežana Dragana Vesna Tijana Katarina",
        "Marko Nikola Stefan Dragan Miloš Nemanja Goran Zoran Ivan Dušan",
        "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačević Babić Marić Knežević Perić Radić Vuković",
    ),
    "hungarian": (
        "e",
        "Katalin Erzsébet Zsófia Réka Eszter Anikó Ildikó Krisztina Boglárka Dorottya",
        "László Zoltán Gábor Attila Balázs Csaba Tamás Levente Bence Ferenc",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos",
    ),
    "greek": (
        "w",
        "Ελένη Μαρία Γεωργία Δήμητρα Κατερίνα Σοφία Βασιλική Αναστασία Δέσποινα Ιωάννα",
        "Γιώργος Δημήτρης Κωνσταντίνος Γιάννης Νίκος Παναγιώτης Χρήστος Βασίλης Θανάσης Σπύρος",
        "Παπαδόπουλος/Παπαδοπούλου Παπαδάκης/Παπαδάκη Γεωργίου Νικολαΐδης/Νικολαΐδου Καραγιάννης/Καραγιάννη Βλάχος/Βλάχου Οικονόμου Αντωνίου Μακρής/Μακρή Δημητρίου Χριστοδούλου Αλεξίου Παπαγεωργίου Κωνσταντινίδης/Κωνσταντινίδου",
    ),
    "albanian": (
        "w",
        "Arta Blerta Drita Elira Fjolla Jonida Mimoza Rezarta Vjosa Anila",
        "Arben Besnik Dritan Gëzim Ilir Kujtim Leutrim Flamur Agron Erion",
        "Krasniqi Gashi Shehu Leka Dervishi Kola Mema Bytyqi Morina Hasani Zeneli Marku Gjoka Hoxhaj",
    ),
    "romanian": (
        "w",
        "Ioana Andreea Alina Mihaela Roxana Irina Cristina Ramona Oana Simona",
        "Andrei Mihai Alexandru Bogdan Ionuț Cătălin Florin Răzvan Sorin Vlad",
        "Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Munteanu Constantinescu Dobre Radu Moldovan Lungu Ciobanu Marinescu",
    ),
    "hebrew": (
        "n",
        "נועה:Noa תמר:Tamar שירה:Shira יעל:Yael מאיה:Maya מיכל:Michal אביגיל:Avigail הילה:Hila אפרת:Efrat טל:Tal",
        "יונתן:Yonatan איתי:Itai עומר:Omer נועם:Noam איתן:Eitan אריאל:Ariel יוסף:Yosef עמית:Amit אורי:Uri גיא:Guy",
        "כהן:Cohen לוי:Levi מזרחי:Mizrahi פרץ:Peretz ביטון:Biton דהן:Dahan פרידמן:Friedman אברהם:Avraham כץ:Katz אזולאי:Azoulay שפירא:Shapira מלכה:Malka גולדברג:Goldberg אוחנה:Ohana",
    ),
    "hindi": (
        "n",
        "पूजा:Pooja नेहा:Neha अंजलि:Anjali दिव्या:Divya स्नेहा:Sneha शालिनी:Shalini कविता:Kavita रितु:Ritu प्रिया:Priya सुनीता:Sunita",
        "राहुल:Rahul अमित:Amit रोहित:Rohit विक्रम:Vikram आदित्य:Aditya संदीप:Sandeep मनीष:Manish निखिल:Nikhil सुरेश:Suresh अजय:Ajay",
        "शर्मा:Sharma वर्मा:Verma गुप्ता:Gupta अग्रवाल:Agarwal मिश्रा:Mishra तिवारी:Tiwari जोशी:Joshi मेहता:Mehta सक्सेना:Saxena कपूर:Kapoor मल्होत्रा:Malhotra यादव:Yadav श्रीवास्तव:Srivastava पांडे:Pandey",
    ),
    "marathi_gujarati": (
        "w",
        "Madhuri Aparna Gauri Sayali Prajakta Hetal Jinal Komal Bhavna Nirali",
        "Shrikant Omkar Aniket Tushar Jignesh Hardik Mehul Chirag Ketan Sanket",
        "Kulkarni Deshpande Patil Gokhale Jadhav Pawar Shinde Patel Shah Desai Parikh Trivedi Panchal Mehta",
    ),
    "german": (
        "w",
        "Anja Katrin Sabine Lea Hannah Jana Franziska Ute Birgit Svenja Mareike",
        "Jürgen Tobias Lukas Matthias Florian Stefan Jens Uwe Maximilian Sven Dirk",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Zimmermann Krüger Hartmann",
    ),
    "french": (
        "w",
        "Camille Manon Chloé Léa Inès Élodie Amandine Sandrine Aurélie Margaux Solène",
        "Théo Julien Nicolas Maxime Antoine Guillaume Benoît Quentin Yannick Sébastien Loïc",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Garcia Fournier Girard Bonnet Mercier Chevalier",
    ),
    "italian": (
        "w",
        "Giulia Chiara Francesca Federica Alessia Martina Valentina Elisa Sara Silvia",
        "Giuseppe Lorenzo Matteo Francesco Alessandro Davide Simone Riccardo Gianluca Stefano",
        "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa",
    ),
    "dutch": (
        "w",
        "Anouk Femke Sanne Lotte Eline Marloes Ingrid Maaike Noor Fleur",
        "Bram Daan Joost Sander Thijs Pieter Ruben Wouter Jeroen Niels",
        "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos van_der_Meer",
    ),
    "nordic": (
        "w",
        "Ingrid Astrid Sigrid Linnea Maja Freja Ebba Solveig Kari Mette",
        "Lars Anders Erik Magnus Henrik Nils Oskar Björn Per Mads Jonas",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsen Hansen Pedersen Nielsen Berg Lindqvist Haugen Johannessen Bakke Sørensen",
    ),
    "en_us": (
        "w",
        "Brittany Ashley Jennifer Kayla Megan Tiffany Madison Shanice Latoya Kelsey Crystal Dana",
        "Tyler Brandon Cody Jamal DeShawn Travis Dustin Chad Marcus Kyle Trevor Darnell",
        "Johnson Williams Brown Miller Davis Thompson Anderson Harris Robinson Coleman Bennett Sullivan Foster Hayes Jenkins Washington",
    ),
    "en_gb": (
        "w",
        "Gemma Chloe Bethany Harriet Imogen Lauren Charlotte Kirsty Jodie Poppy",
        "Callum Liam Oliver Alfie Jamie Kieran Rupert Nigel Declan Ollie",
        "Smith Taylor Clarke Wright Hughes Edwards Green Hall Wood Harrison Cartwright Pemberton Whitfield Ashworth Bramley",
    ),
    "en_au_nz_ca": (
        "w",
        "Kylie Shannon Brooke Tahlia Bronwyn Narelle Chelsea Kaitlyn Genevieve Brianne",
        "Shane Brett Darren Mitchell Cooper Jarrah Bodhi Tanner Brayden Mathieu",
        "Mitchell O'Connor Walker Fraser McKenzie Thornton Baxter Tremblay Gagnon Côté Bouchard Leblanc Gauthier Morin",
    ),
    "en_wordlike": (
        "w",
        "Rose Hope Amber Grace Summer Faith Holly",
        "Hunter Bill Mark Will Chase Rich Drew",
        "Brown Green Young King Baker Cook Hill",
    ),
}

_NICK = {
    "Oluwaseun": "Seun",
    "Babatunde": "Tunde",
    "Oluwafemi": "Femi",
    "Chukwuemeka": "Emeka",
    "Chiamaka": "Amaka",
    "Obianuju": "Uju",
    "Abdirahman": "Abdi",
    "Adebimpe": "Bimpe",
    "Folake": "Fola",
    "Titilayo": "Titi",
    "Funmilayo": "Funmi",
    "Abimbola": "Bimbo",
    "Omolara": "Lara",
    "Damilola": "Dami",
    "Ikenna": "Ike",
    "Tochukwu": "Tochi",
    "Ifeanyi": "Ify",
    "Somtochukwu": "Somto",
    "Bethlehem": "Betty",
    "Srinivas": "Srini",
    "Chaitanya": "Chai",
    "Jaswinder": "Jas",
    "Zeeshan": "Zee",
    "Siavash": "Sia",
    "Niloufar": "Nilou",
    "Mehmet": "Memo",
    "Mariam": "Mimi",
    "Leilani": "Lani",
    "Wiremu": "Wiri",
    "Iosefa": "Sefa",
    "Sibusiso": "Sbu",
    "Siphesihle": "Sphe",
    "Nokuthula": "Thuli",
    "Kwabena": "Kobby",
    "Abubakar": "Abba",
    "Екатерина": "Катя",
    "Анастасия": "Настя",
    "Татьяна": "Таня",
    "Наталья": "Наташа",
    "Дмитрий": "Дима",
    "Михаил": "Миша",
    "Алексей": "Лёша",
    "Николай": "Коля",
    "Олександр": "Саша",
    "Guðrún": "Gunna",
    "Sigríður": "Sigga",
    "Magnús": "Maggi",
    "Guðmundur": "Gummi",
    "Jón": "Nonni",
    "Katarzyna": "Kasia",
    "Małgorzata": "Gosia",
    "Wojciech": "Wojtek",
    "Agnieszka": "Aga",
    "Jiří": "Jirka",
    "Kateřina": "Katka",
    "Zsófia": "Zsófi",
    "Erzsébet": "Erzsi",
    "László": "Laci",
    "Maximilian": "Max",
    "Franziska": "Franzi",
    "Florian": "Flo",
    "Giuseppe": "Peppe",
    "Alessandro": "Ale",
    "Gianluca": "Gianlu",
    "Maria Eduarda": "Duda",
    "Vinícius": "Vini",
    "Beatriz": "Bia",
    "Fernanda": "Nanda",
    "Sébastien": "Seb",
    "Nicolas": "Nico",
    "Montserrat": "Montse",
    "Xavier": "Xavi",
    "Guadalupe": "Lupita",
    "Javier": "Javi",
    "Jennifer": "Jen",
    "Brittany": "Britt",
    "Charlotte": "Lottie",
    "Oliver": "Ollie",
    "Harriet": "Hattie",
    "Alasdair": "Ali",
    "Catrìona": "Cat",
    "Pádraig": "Paddy",
    "Kenji": "Ken",
    "Daisuke": "Dai",
    "Haruka": "Haru",
    "Alejandro": "Alex",
    "Kristiina": "Kiki",
    "Johanna": "Jonna",
    "Γιώργος": "Γιωργάκης",
    "Κωνσταντίνος": "Κώστας",
    "Παναγιώτης": "Πάνος",
    "Βασιλική": "Βίκυ",
    "Siriporn": "Ploy",
    "Kanokwan": "Nok",
    "Somchai": "Chai",
    "Thanawat": "Toon",
    "Pimchanok": "Pim",
    "Nattapong": "Benz",
    "ศิริพร": "พลอย",
    "สมชาย": "ชาย",
    "Mohamed": "Mo",
    "Abdullah": "Abood",
    "Khalid": "Kal",
    "Kawika": "Kawi",
    "Rawiri": "Rawi",
    "Anastasia": "Nastia",
    "Ayomide": "Ayo",
    "Olumide": "Mide",
    "Oluwadamilare": "Dami",
}

_VIET_MID = {
    "f": ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Bảo"],
    "m": ["Văn", "Minh", "Đức", "Quốc", "Hữu", "Thanh"],
}

#: languages a culture's names are written natively in (others get the romanization)
_NATIVE_LANGS = {
    "chinese": ("zh",),
    "japanese": ("ja",),
    "korean": ("ko",),
    "russian": ("ru",),
    "ukrainian": ("uk", "ru"),
    "greek": ("el",),
    "hebrew": ("he",),
    "arab_gulf": ("ar",),
    "arab_levant": ("ar",),
    "arab_egypt": ("ar",),
    "hindi": ("hi",),
    "thai": ("th",),
}

#: cultures likely in texts of a language (the other half of the names is drawn from all)
_LANG_CULTURES = {
    "en": [
        "en_us",
        "en_gb",
        "en_au_nz_ca",
        "en_wordlike",
        "hindi",
        "yoruba",
        "igbo",
        "irish",
        "welsh",
        "scots",
        "tamil",
        "punjabi",
        "urdu",
        "bengali",
        "chinese",
        "korean",
        "filipino",
        "akan",
        "somali",
        "hawaiian",
        "maori",
        "samoan",
        "cantonese",
        "telugu",
        "mexican",
        "haitian",
        "nguni",
        "swahili",
    ],
    "de": [
        "german",
        "turkish",
        "polish",
        "russian",
        "kurdish",
        "arab_levant",
        "albanian",
        "serbocroatian",
        "greek",
        "italian",
        "persian",
        "ukrainian",
        "romanian",
    ],
    "fr": [
        "french",
        "maghreb",
        "haitian",
        "vietnamese",
        "portuguese",
        "italian",
        "arab_levant",
        "akan",
        "basque",
    ],
    "es": ["spanish", "mexican", "andean", "catalan", "basque", "romanian", "maghreb"],
    "pt": ["brazilian", "portuguese", "japanese", "italian", "arab_levant"],
    "it": ["italian", "albanian", "romanian", "maghreb", "filipino"],
    "nl": ["dutch", "turkish", "maghreb", "javanese", "akan"],
    "pl": ["polish", "ukrainian"],
    "tr": ["turkish", "kurdish"],
    "ru": ["russian", "ukrainian", "armenian", "georgian", "kazakh", "uzbek"],
    "uk": ["ukrainian"],
    "ja": ["japanese"],
    "zh": ["chinese", "cantonese"],
    "ko": ["korean"],
    "vi": ["vietnamese"],
    "id": ["malay_indo", "javanese", "javanese_mono"],
    "tl": ["filipino"],
    "hi": ["hindi", "marathi_gujarati", "punjabi", "bengali", "tamil", "telugu"],
    "ar": ["arab_gulf", "arab_levant", "arab_egypt", "maghreb"],
    "he": ["hebrew"],
    "el": ["greek"],
    "sw": ["swahili"],
    "hu": ["hungarian"],
    "fi": ["finnish", "sami", "estonian"],
    "sv": ["nordic", "sami", "finnish"],
    "cs": ["czech"],
    "ro": ["romanian"],
    "ca": ["catalan"],
    "th": ["thai", "lao"],
}

#: Faker locales with Latin (or transliterable) names, by language
_FAKER_LOCALES = {
    "en": ["en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_NZ", "en_IN"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_CA", "fr_CH"],
    "es": ["es_ES", "es_MX", "es_AR", "es_CO"],
    "pt": ["pt_BR", "pt_PT"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pl": ["pl_PL"],
    "tr": ["tr_TR"],
    "ru": ["ru_RU"],
    "uk": ["uk_UA"],
    "cs": ["cs_CZ"],
    "ro": ["ro_RO"],
    "hu": ["hu_HU"],
    "sv": ["sv_SE", "no_NO", "da_DK"],
    "fi": ["fi_FI"],
    "id": ["id_ID"],
    "tl": ["en_PH"],
    "vi": ["vi_VN"],
    "el": ["el_GR"],
}
_FAKER_ALL = sorted({loc for locs in _FAKER_LOCALES.values() for loc in locs})

# ---------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------

_CYR = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "yo",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "-",
            "y",
            "-",
            "e",
            "yu",
            "ya",
            "i",
            "yi",
            "ye",
            "g",
        ],
        strict=True,
    )
)
_GRK = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐϋΰ",
        [
            "a",
            "v",
            "g",
            "d",
            "e",
            "z",
            "i",
            "th",
            "i",
            "k",
            "l",
            "m",
            "n",
            "x",
            "o",
            "p",
            "r",
            "s",
            "s",
            "t",
            "y",
            "f",
            "ch",
            "ps",
            "o",
            "a",
            "e",
            "i",
            "i",
            "o",
            "y",
            "o",
            "i",
            "i",
            "y",
            "y",
        ],
        strict=True,
    )
)
_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ı": "i",
        "œ": "oe",
        "ŋ": "ng",
        "'": "",
        "’": "",
    }
)


def _translit(word: str) -> str:
    low = word.lower().replace("ου", "ou").replace("ού", "ou")
    if not any(c in _CYR or c in _GRK for c in low):
        return word
    out = "".join(_CYR.get(c, _GRK.get(c, c)).replace("-", "") for c in low)
    return "-".join(p[:1].upper() + p[1:] for p in out.split("-"))


def fold(text: str) -> str:
    """ASCII-ish form: diacritics dropped."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(" ".join(_translit(w) for w in text.split())).lower())


@dataclass
class _Name:
    disp: str
    rom: str


def _parse(token: str) -> tuple[_Name, _Name]:
    """(masculine, feminine) forms of one token."""
    parts = token.replace("_", " ").split("/")
    names = []
    for p in parts:
        disp, _, rom = p.partition(":")
        names.append(_Name(disp, rom or " ".join(_translit(w) for w in disp.split())))
    return names[0], names[-1]


@dataclass
class Culture:
    code: str
    flags: str
    female: list[_Name]
    male: list[_Name]
    surnames: list[tuple[_Name, _Name]]


CULTURES: dict[str, Culture] = {
    code: Culture(
        code,
        flags,
        [_parse(t)[0] for t in f.split()],
        [_parse(t)[0] for t in m.split()],
        [_parse(t) for t in s.split()],
    )
    for code, (flags, f, m, s) in _CULTURES.items()
}
_CULTURE_CODES = list(CULTURES)

# ---------------------------------------------------------------------------------------
# Non-PII vocabulary (kept values and look-alikes)
# ---------------------------------------------------------------------------------------

COMPANIES = [
    "Brightwave Analytics",
    "Kestrel Logistics",
    "Northwind Health",
    "Ventana Labs",
    "Saltmarsh & Co.",
    "Oakridge Realty",
    "Pixelforge Studios",
    "Tidewater Credit Union",
    "Bluefin Insurance",
    "Copperline Telecom",
    "Harborview Dental",
    "Greenfield Academy",
    "Silverleaf Property Management",
    "Meridian Freight",
    "Quillstone Legal",
    "Lumen Pediatrics",
    "Ironbark Construction",
    "Sable & Finch Architects",
    "Arcadia Home Care",
    "Nimbus Cloudworks",
    "Redhill Veterinary",
    "Orchard Lane Bakery",
    "Polaris Payroll",
    "Cobalt Ridge Energy",
]
BRANDS = [
    "Wells Fargo",
    "Morgan Stanley",
    "Goldman Sachs",
    "Johnson & Johnson",
    "Ben & Jerry's",
    "Tim Hortons",
    "Wendy's",
    "McDonald's",
    "Dell",
    "Ford",
    "Tesla",
    "Hugo Boss",
    "Ralph Lauren",
    "Tommy Hilfiger",
    "Calvin Klein",
    "Hilton",
    "Marriott",
    "Jack Daniel's",
    "Dr. Martens",
    "Kellogg's",
    "Heinz",
    "Mercedes-Benz",
    "Ferrari",
    "Porsche",
    "Siemens",
    "Philips",
    "Bosch",
    "Dyson",
    "Chanel",
    "Louis Vuitton",
    "Charles Schwab",
    "Merrill Lynch",
    "Lockheed Martin",
    "Harley-Davidson",
    "Rolls-Royce",
    "Aston Martin",
    "Suzuki",
    "Honda",
    "Toyota",
    "Casas Bahia",
    "Magazine Luiza",
    "El Corte Inglés",
    "Sainsbury's",
    "Marks & Spencer",
    "John Lewis",
    "Lidl",
    "Aldi",
    "Carrefour",
    "Mahindra",
    "Jollibee",
    "Dangote Cement",
    "Ernst & Young",
    "Deloitte",
    "Procter & Gamble",
    "Sherwin-Williams",
    "Kawasaki",
    "Yamaha",
    "Matsumoto Kiyoshi",
]
PRODUCTS = [
    "Alexa",
    "Siri",
    "Cortana",
    "Claude",
    "Gemini",
    "Copilot",
    "Llama",
    "Mistral",
    "Grok",
    "Julia",
    "Ruby",
    "Ada",
    "Jenkins",
    "Jasmine",
    "Karma",
    "Mocha",
    "Chai",
    "Hugo",
    "Jekyll",
    "Gatsby",
    "Sphinx",
    "Luigi",
    "Celery",
    "Django",
    "Flask",
    "Kafka",
    "Cassandra",
    "Apollo",
    "Hermes",
    "Athena",
    "Aurora",
    "Neptune",
    "Sidekiq",
    "Sinatra",
    "Ember",
    "Grafana",
    "Loki",
    "Tempo",
    "Mimir",
    "Thanos",
    "Jaeger",
    "Ray",
    "Dask",
    "Polars",
    "Hadoop",
    "Elixir",
    "Phoenix",
    "Crystal",
    "Dart",
    "Kotlin",
    "Swift",
    "Pascal",
    "Haskell",
    "Rails",
    "Laravel",
    "Symfony",
]
PLACES = [
    "Victoria",
    "Charlotte",
    "Austin",
    "Florence",
    "Adelaide",
    "Alexandria",
    "Madison",
    "Jackson",
    "Eugene",
    "Tyler",
    "Elizabeth",
    "Georgetown",
    "Kingston",
    "Lincoln",
    "Hamilton",
    "Wellington",
    "Nelson",
    "Darwin",
    "Santa Ana",
    "San Antonio",
    "Santa Monica",
    "St. Petersburg",
    "St. Gallen",
    "Juliaca",
    "Lake Louise",
    "Port Louis",
    "São José dos Campos",
    "Santa Catarina",
    "Augusta",
    "Regina",
    "Marysville",
    "Fort Collins",
    "Mount Isa",
    "Port Elizabeth",
    "San José",
]
LIBS = [
    "numpy",
    "pandas",
    "requests",
    "fastapi",
    "pydantic",
    "sqlalchemy",
    "boto3",
    "react",
    "next",
    "express",
    "lodash",
    "axios",
    "webpack",
    "vite",
    "pytest",
    "torch",
    "transformers",
    "langchain",
    "openai",
    "anthropic",
    "django",
    "flask",
    "celery",
    "redis",
    "psycopg2",
    "spring-boot",
    "tokio",
    "serde",
    "gin",
    "cobra",
    "rails",
    "sidekiq",
    "jest",
    "mocha",
    "chai",
    "jasmine",
]
MODELS = [
    "gpt-4o-mini",
    "gpt-4.1",
    "gpt-4o-2024-08-06",
    "o3-mini",
    "claude-3-5-sonnet-20241022",
    "claude-sonnet-4-20250514",
    "claude-3-haiku-20240307",
    "gemini-1.5-pro",
    "gemini-2.0-flash",
    "llama-3.1-70b-instruct",
    "mistral-large-latest",
    "qwen2.5-72b-instruct",
    "deepseek-chat",
]
EMOJI = [
    "🙏",
    "😅",
    "😭",
    "👍",
    "🙂",
    "🔥",
    "❤️",
    "😂",
    "🤔",
    "✅",
    "🎉",
    "😬",
    "🙌",
    "💀",
    "😊",
    "🥲",
]

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "ca": "de_gener de_febrer de_març d'abril de_maig de_juny de_juliol d'agost de_setembre d'octubre de_novembre de_desembre",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
}
_DATE_DEFAULT = {
    "en": ["us", "uslong", "long", "iso", "eu", "us1"],
    "de": ["de", "dlong"],
    "fr": ["eu", "fr"],
    "es": ["eu", "es"],
    "pt": ["eu", "pt"],
    "it": ["eu", "it"],
    "nl": ["nl", "eudash"],
    "pl": ["de", "pl"],
    "tr": ["de", "tr"],
    "ru": ["de", "ru"],
    "uk": ["de", "uk"],
    "ja": ["ja", "iso"],
    "zh": ["ja", "iso"],
    "ko": ["ko", "kodot"],
    "vi": ["eu", "vi"],
    "id": ["eu", "id"],
    "tl": ["uslong", "us"],
    "hi": ["eu", "eudash"],
    "ar": ["eu"],
    "he": ["de"],
    "el": ["eu", "el"],
    "sw": ["eu"],
    "hu": ["hu"],
    "fi": ["dot"],
    "sv": ["iso", "sv"],
    "cs": ["dot"],
    "ro": ["de"],
    "ca": ["eu", "ca"],
    "th": ["eu"],
}

# ---------------------------------------------------------------------------------------
# Addresses and phones by country
# ---------------------------------------------------------------------------------------

_STREETS = {
    "us": "Maple Ave|Oak Street|Cedar Lane|Pine Ridge Rd|Elm St|Washington Blvd|Lakeview Dr|Sunset Blvd|Willow Creek Ct|N Main St|Magnolia Way|Highland Ave|W 34th St|Martin Luther King Jr Blvd|Prospect Pl|Hawthorne Dr",
    "gb": "Kingsley Road|Church Lane|Victoria Street|Mill Lane|Station Road|Elm Grove|Park Avenue|Queen's Drive|High Street|Albert Terrace|Windsor Close|Beech Crescent",
    "de": "Lindenstraße|Hauptstraße|Goethestraße|Bahnhofstraße|Schillerweg|Am Mühlbach|Berliner Allee|Friedrichstraße|Kastanienallee|Gartenweg|Rosenstraße|Im Winkel",
    "at": "Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|Linzer Gasse|Wiedner Hauptstraße",
    "ch": "Bahnhofstrasse|Seestrasse|Rue du Rhône|Kramgasse|Dorfstrasse",
    "fr": "rue des Lilas|avenue Jean Jaurès|boulevard Voltaire|impasse des Acacias|allée des Tilleuls|rue de la République|chemin de la Croix|rue Victor Hugo|place du Marché|rue Pasteur",
    "es": "Calle Mayor|C/ de Sants|Avenida de la Constitución|Calle de Alcalá|Paseo de Gracia|Calle Real|Avenida de América|Calle San Vicente",
    "mx": "Av. Insurgentes Sur|Calle Hidalgo|Av. Juárez|Calle Morelos|Calzada de Tlalpan|Av. Revolución|Calle 5 de Mayo",
    "co": "Carrera 7|Calle 10|Carrera 43A|Calle 72|Avenida Boyacá",
    "ar": "Av. Corrientes|Av. Santa Fe|Calle Florida|Av. Rivadavia|Calle Defensa",
    "it": "Via Garibaldi|Corso Vittorio Emanuele II|Via dei Mille|Via Roma|Viale Monza|Via Nazionale|Via della Spiga",
    "nl": "Keizersgracht|Laan van Meerdervoort|Witte de Withstraat|Oudegracht|Kerkstraat|Dorpsstraat",
    "be": "Rue de la Loi|Meir|Chaussée d'Ixelles|Veldstraat|Rue Neuve",
    "pl": "ul. Marszałkowska|ul. Długa|ul. Piotrkowska|ul. Kwiatowa|al. Niepodległości|ul. Słoneczna|ul. Lipowa",
    "br": "Rua das Flores|Av. Paulista|Rua Voluntários da Pátria|Rua XV de Novembro|Av. Sete de Setembro|Rua da Consolação|Rua Augusta",
    "pt": "Rua Augusta|Rua de Santa Catarina|Av. da Liberdade|Rua do Almada|Travessa do Carmo",
    "in": "MG Road|14th Cross, HSR Layout|Nungambakkam High Road|Linking Road|Park Street|FC Road|Banjara Hills Road No. 12",
    "au": "Smith Street|Boundary Rd|George St|Chapel Street|Brunswick St|Beach Road",
    "ca": "Queen St W|rue Saint-Denis|Robson Street|Yonge Street|Jasper Ave|Bank Street",
    "nz": "Ponsonby Road|Cuba Street|Colombo Street|Dominion Road",
    "ie": "Clonliffe Road|Grafton Street|Shandon Street|Eyre Square|Main Street",
    "ng": "Adeola Odeku Street|Aminu Kano Crescent|Allen Avenue|Herbert Macaulay Way|Ogui Road",
    "ke": "Kindaruma Road|Ngong Road|Moi Avenue|Argwings Kodhek Road|Riverside Drive",
    "za": "Long Street|Jan Smuts Avenue|Florida Road|Main Road|Oxford Road",
    "ph": "Mabini St.|Rizal Ave.|Katipunan Ave.|Osmeña Blvd.|Aguinaldo Highway",
    "id": "Jl. Kebon Jeruk Raya|Jl. Sudirman|Jl. Malioboro|Jl. Diponegoro|Jl. Gatot Subroto",
    "tr": "Bağdat Caddesi|Atatürk Bulvarı|İstiklal Caddesi|Cumhuriyet Sokak|Gazi Mustafa Kemal Bulvarı",
    "se": "Storgatan|Drottninggatan|Kungsgatan|Vasagatan|Linnégatan",
    "no": "Thorvald Meyers gate|Storgata|Kirkeveien|Markveien",
    "dk": "Nørrebrogade|Vesterbrogade|Strøget|Jagtvej",
    "fi": "Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Kauppakatu",
    "cz": "Vinohradská|Národní|Husova|Palackého",
    "hu": "Andrássy út|Váci utca|Rákóczi út|Király utca",
    "ro": "Str. Mihai Eminescu|Bd. Unirii|Calea Victoriei|Str. Lipscani",
    "gr": "Ermou|Patision|Egnatia|Tsimiski",
    "ru": "ул. Садовая|ул. Ленина|Невский проспект|ул. Пушкина|пр. Мира",
    "ua": "вул. Хрещатик|вул. Шевченка|просп. Перемоги|вул. Сагайдачного",
    "vn": "Nguyễn Trãi|Lê Lợi|Hai Bà Trưng|Trần Hưng Đạo|Phố Huế",
    "il": "Rothschild Blvd|Dizengoff St|Herzl St|Jaffa Rd",
    "eg": "Shagaret El Dor St.|Tahrir St.|Abbas El Akkad St.|Corniche El Nil",
    "ae": "Al Wasl Road|Sheikh Zayed Road|Al Khaleej Street|Hamdan Street",
}
_TOWNS = {
    "us": [
        ("Springfield", "IL", "627"),
        ("Columbus", "OH", "432"),
        ("Tucson", "AZ", "857"),
        ("Boise", "ID", "837"),
        ("Raleigh", "NC", "276"),
        ("Sacramento", "CA", "958"),
        ("Plano", "TX", "750"),
        ("Aurora", "CO", "800"),
        ("Savannah", "GA", "314"),
        ("Bellevue", "WA", "980"),
        ("Dayton", "OH", "454"),
        ("Fresno", "CA", "937"),
        ("Newark", "NJ", "071"),
        ("Madison", "WI", "537"),
        ("Tulsa", "OK", "741"),
        ("Worcester", "MA", "016"),
        ("Brooklyn", "NY", "112"),
        ("Spokane", "WA", "992"),
        ("Knoxville", "TN", "379"),
        ("Reno", "NV", "895"),
        ("Anchorage", "AK", "995"),
        ("Honolulu", "HI", "968"),
        ("Hialeah", "FL", "330"),
        ("Provo", "UT", "846"),
    ],
    "gb": [
        ("Leeds", "LS6"),
        ("Manchester", "M14"),
        ("Bristol", "BS7"),
        ("Cardiff", "CF24"),
        ("Edinburgh", "EH6"),
        ("Glasgow", "G12"),
        ("Newcastle upon Tyne", "NE6"),
        ("Birmingham", "B15"),
        ("London", "SW9"),
        ("London", "E8"),
        ("Sheffield", "S10"),
        ("Norwich", "NR2"),
    ],
    "de": [
        ("Berlin", "10"),
        ("Hamburg", "22"),
        ("München", "80"),
        ("Köln", "50"),
        ("Frankfurt am Main", "60"),
        ("Stuttgart", "70"),
        ("Leipzig", "04"),
        ("Dresden", "01"),
        ("Bremen", "28"),
        ("Nürnberg", "90"),
        ("Hannover", "30"),
        ("Freiburg im Breisgau", "79"),
        ("Münster", "48"),
    ],
    "at": [
        ("Wien", "1060"),
        ("Graz", "8010"),
        ("Linz", "4020"),
        ("Salzburg", "5020"),
        ("Innsbruck", "6020"),
    ],
    "ch": [
        ("Zürich", "8001"),
        ("Bern", "3011"),
        ("Genève", "1204"),
        ("Basel", "4051"),
        ("Luzern", "6003"),
    ],
    "fr": [
        ("Paris", "750"),
        ("Lyon", "6900"),
        ("Marseille", "130"),
        ("Toulouse", "3100"),
        ("Lille", "5900"),
        ("Nantes", "4400"),
        ("Rennes", "3500"),
        ("Bordeaux", "3300"),
        ("Strasbourg", "6700"),
        ("Montpellier", "3400"),
        ("Villeurbanne", "6910"),
    ],
    "es": [
        ("Madrid", "280"),
        ("Barcelona", "080"),
        ("Sevilla", "410"),
        ("Valencia", "460"),
        ("Bilbao", "480"),
        ("Zaragoza", "500"),
        ("Málaga", "290"),
    ],
    "mx": [
        ("Ciudad de México, CDMX", "03"),
        ("Guadalajara, Jal.", "44"),
        ("Monterrey, N.L.", "64"),
        ("Puebla, Pue.", "72"),
        ("Mérida, Yuc.", "97"),
        ("Oaxaca de Juárez, Oax.", "68"),
    ],
    "co": [("Bogotá", ""), ("Medellín", ""), ("Cali", ""), ("Barranquilla", "")],
    "ar": [("CABA", "C1"), ("Córdoba", "X50"), ("Rosario", "S20"), ("Mendoza", "M55")],
    "it": [
        ("Milano MI", "201"),
        ("Torino TO", "101"),
        ("Roma RM", "001"),
        ("Napoli NA", "801"),
        ("Bologna BO", "401"),
        ("Firenze FI", "501"),
        ("Palermo PA", "901"),
    ],
    "nl": [
        ("Amsterdam", "10"),
        ("Den Haag", "25"),
        ("Rotterdam", "30"),
        ("Utrecht", "35"),
        ("Eindhoven", "56"),
        ("Groningen", "97"),
    ],
    "be": [("Bruxelles", "10"), ("Antwerpen", "20"), ("Gent", "90"), ("Liège", "40")],
    "pl": [
        ("Warszawa", "00"),
        ("Gdańsk", "80"),
        ("Łódź", "90"),
        ("Kraków", "31"),
        ("Wrocław", "50"),
        ("Poznań", "61"),
    ],
    "br": [
        ("São Paulo - SP", "01"),
        ("Rio de Janeiro - RJ", "22"),
        ("Curitiba - PR", "80"),
        ("Belo Horizonte - MG", "30"),
        ("Recife - PE", "50"),
        ("Porto Alegre - RS", "90"),
        ("Salvador - BA", "40"),
    ],
    "pt": [("Lisboa", "11"), ("Porto", "40"), ("Coimbra", "30"), ("Braga", "47")],
    "in": [
        ("Bengaluru, Karnataka", "560"),
        ("New Delhi", "110"),
        ("Chennai, Tamil Nadu", "600"),
        ("Mumbai, Maharashtra", "400"),
        ("Kolkata, West Bengal", "700"),
        ("Pune, Maharashtra", "411"),
        ("Hyderabad, Telangana", "500"),
    ],
    "au": [
        ("Fitzroy VIC", "3065"),
        ("Paddington QLD", "4064"),
        ("Newtown NSW", "2042"),
        ("Fremantle WA", "6160"),
        ("Glenelg SA", "5045"),
        ("Braddon ACT", "2612"),
    ],
    "ca": [
        ("Toronto, ON", "M5V"),
        ("Montréal, QC", "H2X"),
        ("Vancouver, BC", "V6E"),
        ("Edmonton, AB", "T5J"),
        ("Ottawa, ON", "K1P"),
        ("Halifax, NS", "B3H"),
    ],
    "nz": [
        ("Auckland", "1021"),
        ("Wellington", "6011"),
        ("Christchurch", "8011"),
        ("Dunedin", "9016"),
    ],
    "ie": [
        ("Dublin 3", "D03"),
        ("Dublin 2", "D02"),
        ("Cork", "T23"),
        ("Galway", "H91"),
        ("Limerick", "V94"),
    ],
    "ng": [
        ("Victoria Island, Lagos", ""),
        ("Wuse II, Abuja", ""),
        ("Ikeja, Lagos", ""),
        ("Enugu", ""),
    ],
    "ke": [
        ("Kilimani, Nairobi", ""),
        ("Westlands, Nairobi", ""),
        ("Nyali, Mombasa", ""),
        ("Kisumu", ""),
    ],
    "za": [
        ("Cape Town", "8001"),
        ("Johannesburg", "2196"),
        ("Durban", "4001"),
        ("Pretoria", "0083"),
    ],
    "ph": [
        ("Quezon City", "1108"),
        ("Cebu City", "6000"),
        ("Antipolo City, Rizal", "1870"),
        ("Davao City", "8000"),
    ],
    "id": [
        ("Jakarta Barat", "115"),
        ("Jakarta Selatan", "121"),
        ("Yogyakarta", "552"),
        ("Bandung", "401"),
        ("Surabaya", "602"),
    ],
    "tr": [
        ("Kadıköy/İstanbul", "347"),
        ("Çankaya/Ankara", "066"),
        ("Konak/İzmir", "352"),
        ("Nilüfer/Bursa", "161"),
    ],
    "se": [("Stockholm", "114"), ("Göteborg", "411"), ("Malmö", "211"), ("Uppsala", "753")],
    "no": [("Oslo", "05"), ("Bergen", "50"), ("Trondheim", "70")],
    "dk": [("København N", "2200"), ("Aarhus C", "8000"), ("Odense C", "5000")],
    "fi": [("Helsinki", "00"), ("Tampere", "33"), ("Turku", "20"), ("Oulu", "90")],
    "cz": [("Praha 2", "120"), ("Brno", "602"), ("Ostrava", "702")],
    "hu": [("Budapest", "10"), ("Debrecen", "40"), ("Szeged", "67")],
    "ro": [("București", "01"), ("Cluj-Napoca", "40"), ("Iași", "70")],
    "gr": [("Αθήνα", "105"), ("Θεσσαλονίκη", "546"), ("Πάτρα", "262")],
    "ru": [
        ("Москва", "125"),
        ("Санкт-Петербург", "191"),
        ("Казань", "420"),
        ("Новосибирск", "630"),
    ],
    "ua": [("Київ", "01"), ("Львів", "79"), ("Харків", "61"), ("Одеса", "65")],
    "vn": [
        ("Quận 5, TP. Hồ Chí Minh", ""),
        ("Quận Hai Bà Trưng, Hà Nội", ""),
        ("Quận Hải Châu, Đà Nẵng", ""),
    ],
    "il": [("Tel Aviv", "66"), ("Haifa", "33"), ("Jerusalem", "94")],
    "eg": [("Zamalek, Cairo", "11211"), ("Dokki, Giza", "12311"), ("Smouha, Alexandria", "21615")],
    "ae": [
        ("Dubai Marina, Dubai", ""),
        ("Al Reem Island, Abu Dhabi", ""),
        ("Al Majaz, Sharjah", ""),
    ],
}
_JP_ADDR = [
    ("東京都世田谷区三軒茶屋", "154"),
    ("大阪府大阪市北区梅田", "530"),
    ("神奈川県横浜市中区山下町", "231"),
    ("京都府京都市左京区田中", "606"),
    ("福岡県福岡市中央区天神", "810"),
    ("北海道札幌市北区北七条西", "060"),
]
_JP_ROM = [
    ("Sangenjaya, Setagaya-ku, Tokyo", "154"),
    ("Umeda, Kita-ku, Osaka", "530"),
    ("Yamashita-cho, Naka-ku, Yokohama", "231"),
    ("Tenjin, Chuo-ku, Fukuoka", "810"),
]
_CN_ADDR = [
    "上海市浦东新区张杨路",
    "北京市朝阳区建国路",
    "广州市天河区体育西路",
    "深圳市南山区科技园南区",
    "杭州市西湖区文三路",
    "成都市武侯区人民南路",
]
_KR_ADDR = [
    "서울특별시 강남구 테헤란로",
    "서울특별시 마포구 월드컵북로",
    "부산광역시 해운대구 해운대로",
    "경기도 성남시 분당구 판교역로",
    "대구광역시 중구 동성로",
]
_LANG_COUNTRY = {
    "en": ["us", "us", "us", "gb", "gb", "au", "ca", "in", "ie", "nz", "ng", "ke", "za", "ph"],
    "de": ["de", "de", "de", "at", "ch"],
    "fr": ["fr", "fr", "fr", "be", "ch", "ca"],
    "es": ["es", "es", "mx", "mx", "co", "ar"],
    "pt": ["br", "br", "pt"],
    "it": ["it"],
    "nl": ["nl", "nl", "be"],
    "pl": ["pl"],
    "tr": ["tr"],
    "ru": ["ru"],
    "uk": ["ua"],
    "ja": ["jp"],
    "zh": ["cn"],
    "ko": ["kr"],
    "vi": ["vn"],
    "id": ["id"],
    "tl": ["ph"],
    "hi": ["in"],
    "ar": ["ae", "eg"],
    "he": ["il"],
    "el": ["gr"],
    "sw": ["ke"],
    "hu": ["hu"],
    "fi": ["fi"],
    "sv": ["se", "no", "dk"],
    "cs": ["cz"],
    "ro": ["ro"],
    "ca": ["es"],
    "th": ["th"],
}

_PHONES = {
    "us": [
        "(N##) N##-####",
        "N##-N##-####",
        "+1 N##-N##-####",
        "N##.N##.####",
        "+1 (N##) N##-####",
        "1-N##-N##-####",
        "N##N######",
    ],
    "gb": [
        "07### ######",
        "+44 7### ######",
        "020 #### ####",
        "+44 (0)1## ### ####",
        "07### ### ###",
        "01## ### ####",
    ],
    "de": [
        "+49 15# ########",
        "+49 17# #######",
        "01## ########",
        "030 ########",
        "+49 (0)89 ### ####",
        "0#### ######",
        "0151/########",
    ],
    "at": ["+43 664 #######", "0660 #######", "+43 1 ### ####"],
    "ch": ["+41 79 ### ## ##", "079 ### ## ##", "044 ### ## ##"],
    "fr": [
        "06 ## ## ## ##",
        "+33 6 ## ## ## ##",
        "07 ## ## ## ##",
        "01 ## ## ## ##",
        "+33 (0)4 ## ## ## ##",
    ],
    "be": ["+32 47# ## ## ##", "04## ## ## ##"],
    "es": ["6## ## ## ##", "+34 6## ### ###", "91# ## ## ##", "+34 93# ### ###"],
    "mx": ["+52 55 #### ####", "33 #### ####", "+52 1 81 #### ####"],
    "co": ["+57 3## ### ####", "3## ### ####"],
    "ar": ["+54 9 11 ####-####", "11 ####-####"],
    "br": [
        "(11) 9####-####",
        "+55 21 9####-####",
        "(##) 3###-####",
        "+55 (31) 9####-####",
        "11 9####-####",
    ],
    "pt": ["+351 91# ### ###", "21# ### ###"],
    "it": ["+39 3## ### ####", "3## #######", "02 #### ####", "+39 06 #### ####"],
    "nl": ["06-########", "+31 6 ########", "020 ### ####", "+31 (0)6 ## ## ## ##"],
    "pl": ["+48 5## ### ###", "5##-###-###", "+48 22 ### ## ##", "6## ### ###"],
    "in": ["+91 9#### #####", "09#### #####", "080-#### ####", "+91-98#-###-####", "9#########"],
    "jp": ["090-####-####", "080-####-####", "03-####-####", "+81 90-####-####"],
    "cn": ["13# #### ####", "+86 139 #### ####", "021-6### ####", "18#########"],
    "kr": ["010-####-####", "+82 10-####-####", "02-###-####"],
    "au": ["04## ### ###", "+61 4## ### ###", "(02) #### ####", "+61 3 #### ####"],
    "ca": ["(N##) N##-####", "+1 N##-N##-####", "N##-N##-####"],
    "nz": ["021 ### ####", "+64 21 ### ####", "(09) ### ####"],
    "ie": ["087 ### ####", "+353 86 ### ####", "(01) ### ####"],
    "ng": ["+234 803 ### ####", "0803 ### ####", "+234 (0)81# ### ####", "0706-###-####"],
    "ke": ["+254 7## ### ###", "07## ######", "+254 1## ######"],
    "za": ["+27 82 ### ####", "082 ### ####", "021 ### ####"],
    "ph": ["+63 917 ### ####", "0917 ### ####", "0998-###-####"],
    "id": ["+62 812-####-####", "0812 #### ####", "+62 21 ########"],
    "tr": ["+90 5## ### ## ##", "05## ### ## ##", "0(212) ### ## ##"],
    "ru": ["+7 (9##) ###-##-##", "8 9## ### ## ##", "+7 495 ###-##-##"],
    "ua": ["+380 67 ### ####", "+380 (50) ###-##-##", "067 ### ## ##"],
    "ae": ["+971 50 ### ####", "050 ### ####", "+971 4 ### ####"],
    "eg": ["+20 10 #### ####", "010 #### ####", "+20 2 #### ####"],
    "vn": ["+84 9## ### ###", "09## ### ###", "028 #### ####"],
    "gr": ["+30 69# ### ####", "69# ### ####", "210 ### ####"],
    "se": ["070-### ## ##", "+46 70 ### ## ##", "08-### ### ##"],
    "no": ["+47 9## ## ###", "4## ## ###"],
    "dk": ["+45 ## ## ## ##", "## ## ## ##"],
    "fi": ["040 ### ####", "+358 40 ### ####", "050-### ####"],
    "cz": ["+420 6## ### ###", "7## ### ###"],
    "hu": ["+36 30 ### ####", "06 20 ### ####", "+36 1 ### ####"],
    "ro": ["+40 7## ### ###", "07## ### ###"],
    "il": ["+972 52-###-####", "052-###-####", "03-###-####"],
    "pk": ["+92 3## #######", "03##-#######"],
    "bd": ["+880 17##-######", "017##-######"],
    "th": ["+66 8# ### ####", "08#-###-####"],
}

# ---------------------------------------------------------------------------------------
# Checksums
# ---------------------------------------------------------------------------------------

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_KECCAK_RC = [
    0x0000000000000001,
    0x0000000000008082,
    0x800000000000808A,
    0x8000000080008000,
    0x000000000000808B,
    0x0000000080000001,
    0x8000000080008081,
    0x8000000000008009,
    0x000000000000008A,
    0x0000000000000088,
    0x0000000080008009,
    0x000000008000000A,
    0x000000008000808B,
    0x800000000000008B,
    0x8000000000008089,
    0x8000000000008003,
    0x8000000000008002,
    0x8000000000000080,
    0x000000000000800A,
    0x800000008000000A,
    0x8000000080008081,
    0x8000000000008080,
    0x0000000080000001,
    0x8000000080008008,
]
_KECCAK_ROT = [
    [0, 36, 3, 41, 18],
    [1, 44, 10, 45, 2],
    [62, 6, 43, 15, 61],
    [28, 55, 25, 21, 56],
    [27, 20, 39, 8, 14],
]
_M64 = (1 << 64) - 1


def _rol(v: int, n: int) -> int:
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a: list[int]) -> list[int]:
    for rc in _KECCAK_RC:
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [a[i] ^ d[i % 5] for i in range(25)]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                b[y + 5 * ((2 * x + 3 * y) % 5)] = _rol(a[x + 5 * y], _KECCAK_ROT[x][y])
        a = [
            b[i] ^ ((~b[(i % 5 + 1) % 5 + 5 * (i // 5)]) & b[(i % 5 + 2) % 5 + 5 * (i // 5)])
            for i in range(25)
        ]
        a[0] ^= rc
    return a


def keccak256(data: bytes, pad: int = 0x01) -> bytes:
    """Keccak-256 (Ethereum); pad=0x06 gives SHA3-256, used to test it."""
    rate = 136
    msg = bytearray(data) + bytes([pad])
    msg += bytes(-len(msg) % rate)
    msg[-1] |= 0x80
    state = [0] * 25
    for off in range(0, len(msg), rate):
        for i in range(rate // 8):
            state[i] ^= int.from_bytes(msg[off + 8 * i : off + 8 * i + 8], "little")
        state = _keccak_f(state)
    return b"".join(state[i].to_bytes(8, "little") for i in range(4))


def _b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def _bech32_polymod(values: list[int]) -> int:
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _segwit(hrp: str, version: int, program: bytes) -> str:
    acc, bits, data = 0, 0, []
    for b in program:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    values = [version, *data]
    const = 1 if version == 0 else 0x2BC830A3
    exp = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _bech32_polymod(exp + values + [0] * 6) ^ const
    values += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_B32[v] for v in values)


def _luhn(prefix: str, length: int, rng: random.Random) -> str:
    digits = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return digits + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        d *= 2 if i % 2 else 1
        total += d - 9 if d > 9 else d
    return total % 10 == 0


_IBAN = {
    "DE": "n18",
    "GB": "a4n14",
    "FR": "n10c11n2",
    "ES": "n20",
    "IT": "a1n10c12",
    "NL": "a4n10",
    "BE": "n12",
    "PL": "n24",
    "CH": "n5c12",
    "AT": "n16",
    "PT": "n21",
    "SE": "n20",
    "NO": "n11",
    "DK": "n14",
    "FI": "n14",
    "IE": "a4n14",
    "TR": "n5z1c16",
    "SA": "n2c18",
    "AE": "n19",
    "BR": "n23a1c1",
    "RO": "a4c16",
    "GR": "n7c16",
    "HU": "n24",
    "CZ": "n20",
    "LT": "n16",
    "LV": "a4c13",
    "EE": "n16",
    "IL": "n19",
    "PK": "a4c16",
    "EG": "n25",
    "IS": "n22",
    "HR": "n17",
    "LU": "n3c13",
    "UA": "n6c19",
    "KZ": "n3c13",
    "GE": "a2n16",
    "JO": "a4n4c18",
    "QA": "a4c21",
}
_BANKS = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"],
    "IE": ["AIBK", "BOFI"],
    "NL": ["INGB", "ABNA", "RABO", "TRIO", "SNSB", "BUNQ", "KNAB"],
    "LV": ["HABA", "UNLA", "PARX"],
    "RO": ["BTRL", "RNCB", "BRDE", "INGB"],
    "PK": ["HABB", "MUCB", "SCBL"],
    "IT": ["X", "A", "G"],
    "BR": ["C"],
    "GE": ["TB", "BG"],
    "JO": ["CBJO", "ARAB"],
    "QA": ["QNBA", "DOHB"],
}
_IBAN_BY_LANG = {
    "en": ["GB", "GB", "IE", "DE", "NL", "AE"],
    "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE", "CH"],
    "es": ["ES"],
    "pt": ["PT", "BR"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pl": ["PL"],
    "tr": ["TR"],
    "ru": ["KZ", "GE", "UA"],
    "uk": ["UA"],
    "ar": ["SA", "AE", "EG", "JO", "QA"],
    "he": ["IL"],
    "el": ["GR"],
    "hu": ["HU"],
    "fi": ["FI"],
    "sv": ["SE", "NO", "DK"],
    "cs": ["CZ"],
    "ro": ["RO"],
    "ca": ["ES"],
    "hi": ["AE", "GB"],
    "id": ["NL", "DE"],
    "ja": ["DE", "GB"],
    "zh": ["DE", "GB"],
    "ko": ["DE", "GB"],
    "vi": ["FR", "DE"],
    "tl": ["AE", "SA"],
    "sw": ["GB", "DE"],
    "th": ["DE"],
}


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


# ---------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------

_DOMAINS = {
    "en": [
        "gmail.com",
        "gmail.com",
        "outlook.com",
        "yahoo.com",
        "hotmail.com",
        "icloud.com",
        "proton.me",
        "aol.com",
        "hotmail.co.uk",
        "btinternet.com",
        "bigpond.com",
    ],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "gmx.at", "bluewin.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "hotmail.fr"],
    "es": [
        "hotmail.es",
        "yahoo.es",
        "gmail.com",
        "telefonica.net",
        "prodigy.net.mx",
        "hotmail.com",
    ],
    "pt": ["uol.com.br", "bol.com.br", "terra.com.br", "gmail.com", "sapo.pt"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "ru": ["yandex.ru", "mail.ru", "rambler.ru", "gmail.com"],
    "uk": ["ukr.net", "i.ua", "gmail.com"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "icloud.com"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "gmail.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net", "kakao.com", "gmail.com"],
    "vi": ["gmail.com", "yahoo.com.vn"],
    "id": ["yahoo.co.id", "gmail.com"],
    "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "cs": ["seznam.cz", "email.cz", "gmail.com"],
    "hu": ["freemail.hu", "citromail.hu", "gmail.com"],
}
_WORK_DOMAINS = [
    "brightwave.io",
    "kestrel-logistics.com",
    "northwindhealth.org",
    "ventanalabs.dev",
    "saltmarsh.co.uk",
    "oakridge-realty.com",
    "pixelforge.gg",
    "tidewatercu.org",
    "bluefin-ins.com",
    "copperline.net",
    "harborviewdental.com",
    "greenfield.edu",
    "meridianfreight.eu",
    "quillstone.law",
    "lumenpeds.org",
    "ironbark.com.au",
    "sablefinch.de",
    "arcadiahomecare.ca",
    "nimbuscloud.io",
    "redhillvets.ie",
    "polarispayroll.com",
    "cobaltridge.energy",
    "uni-heidelberg-mail.de",
    "correo.ugr.es",
    "stud.ntnu.no",
]
_ALIAS_A = [
    "night",
    "pixel",
    "coffee",
    "lazy",
    "salty",
    "frost",
    "mango",
    "quiet",
    "turbo",
    "lunar",
    "crispy",
    "neon",
    "rusty",
    "shadow",
    "sunny",
    "ghost",
    "tiny",
    "wild",
]
_ALIAS_B = [
    "owl",
    "fox",
    "panda",
    "wolf",
    "coder",
    "gamer",
    "ninja",
    "potato",
    "otter",
    "falcon",
    "cat",
    "bean",
    "bard",
    "moth",
    "raven",
    "badger",
]


class Person:
    def __init__(self, gen: Gen, lang: str, gender: str = "", culture: str = "") -> None:
        rng = gen.rng
        self.gender = gender or rng.choice("fm")
        self.native = False
        self.east = False
        self.flags = "w"
        self.middle = ""
        self.mono = False
        self.faker = not culture and rng.random() < 0.3 and lang in _FAKER_LOCALES
        if self.faker:
            fk = gen.faker(rng.choice(_FAKER_LOCALES[lang]))
            given = fk.first_name_female() if self.gender == "f" else fk.first_name_male()
            sur = fk.last_name_female() if self.gender == "f" else fk.last_name_male()
            self.given = _Name(given, " ".join(_translit(w) for w in given.split()))
            self.sur = _Name(sur, " ".join(_translit(w) for w in sur.split()))
            self.native = lang in ("ru", "uk", "el")
            self.culture = "faker"
        else:
            pool = _LANG_CULTURES.get(lang, _CULTURE_CODES)
            code = rng.choice(pool) if rng.random() < 0.55 else rng.choice(_CULTURE_CODES)
            code = culture or code
            if code == "en_wordlike" and rng.random() < 0.6:
                code = rng.choice(["en_us", "en_gb", "en_au_nz_ca"])
            c = CULTURES[code]
            self.culture = code
            self.flags = c.flags
            self.given = rng.choice(c.female if self.gender == "f" else c.male)
            self.mono = "m" in c.flags
            if c.surnames:
                m, f = rng.choice(c.surnames)
                self.sur = f if self.gender == "f" else m
                if "2" in c.flags and rng.random() < (0.35 if code == "brazilian" else 0.5):
                    m2, f2 = rng.choice(c.surnames)
                    if m2.disp != m.disp:
                        self.sur = _Name(f"{self.sur.disp} {m2.disp}", f"{self.sur.rom} {m2.rom}")
            else:
                self.sur = _Name("", "")
            self.native = lang in _NATIVE_LANGS.get(code, ()) and rng.random() < 0.9
            if "v" in c.flags:
                self.middle = rng.choice(_VIET_MID[self.gender])
                self.east = lang == "vi" or rng.random() < 0.6
            elif "e" in c.flags or code in ("chinese", "korean", "japanese"):
                odds = 0.2 if code == "japanese" else 0.45
                self.east = (code == "hungarian" and lang == "hu") or rng.random() < odds
        # English-language texts often drop diacritics
        if not self.native and lang == "en" and rng.random() < 0.2:
            self.given = _Name(fold(self.given.rom), fold(self.given.rom))
            self.sur = _Name(fold(self.sur.rom), fold(self.sur.rom))
            self.middle = fold(self.middle)
        if not self.native and (any(ord(ch) > 0x24F for ch in self.given.disp + self.sur.disp)):
            # a native-script name in a text of another language: use the romanization
            self.given = _Name(self.given.rom, self.given.rom)
            self.sur = _Name(self.sur.rom, self.sur.rom)
        self.lang = lang
        self._rng = random.Random(rng.random())
        self._cache: dict[str, str] = {}

    # display parts
    def _g(self) -> str:
        return self.given.disp

    def _s(self) -> str:
        return self.sur.disp

    def _sep(self) -> str:
        return "" if self.native and "N" in self.flags else " "

    def full(self) -> str:
        g, s = self._g(), self._s()
        if self.mono or not s:
            return g
        if (
            self.native
            and self.flags in ("N", "n")
            and self.culture in ("chinese", "japanese", "korean")
        ):
            return s + self._sep() + g
        if self.middle:
            return f"{s} {self.middle} {g}" if self.east else f"{g} {s}"
        if (
            self.native
            and self.culture in ("russian", "ukrainian")
            and self._pick("ruorder", 2) == 0
        ):
            return f"{s} {g}"
        return f"{s} {g}" if self.east else f"{g} {s}"

    def _pick(self, key: str, n: int) -> int:
        if key not in self._cache:
            self._cache[key] = str(self._rng.randrange(n))
        return int(self._cache[key])

    def _roman_parts(self) -> tuple[str, str]:
        if self.mono or not self.sur.rom:
            words = self.given.rom.split()
            return _slug(words[0]), _slug(words[-1]) if len(words) > 1 else ""
        return _slug(self.given.rom), _slug(self.sur.rom.split()[0])

    def login(self) -> str:
        if "login" not in self._cache:
            g, s = self._roman_parts()
            r = self._rng
            opts = (
                [
                    f"{g[0]}{s}",
                    f"{g}{s[:1]}",
                    f"{g}.{s}",
                    f"{g}_{s}",
                    f"{s}{g[0]}",
                    f"{g[0]}{s}{r.randrange(1, 99)}",
                    f"{g}{s}",
                ]
                if s
                else [g, f"{g}{r.randrange(1, 999)}", f"{g}_{r.randrange(80, 100)}"]
            )
            self._cache["login"] = r.choice(opts)[:20]
        return self._cache["login"]

    def handle(self) -> str:
        if "handle" not in self._cache:
            g, s = self._roman_parts()
            r = self._rng
            nick = _slug(self.nick_rom()) or g
            opts = (
                [
                    f"{g}.{s}",
                    f"{g}_{s}",
                    f"{g}{s}",
                    f"{nick}_{s}",
                    f"{g}{r.randrange(10, 99)}",
                    f"{g.capitalize()}{s.capitalize()}",
                    f"{nick}{s[:1]}",
                    f"{s}.{g}",
                    f"{g}-{s}",
                ]
                if s
                else [g, f"{g}{r.randrange(10, 99)}", f"{nick}_{r.randrange(1, 999)}"]
            )
            self._cache["handle"] = r.choice(opts)
        return self._cache["handle"]

    def email(self, work: bool = False) -> str:
        key = "wemail" if work else "email"
        if key not in self._cache:
            g, s = self._roman_parts()
            r = self._rng
            if work:
                local = r.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}", f"{g}.{s[:1]}"] if s else [g])
                dom = r.choice(_WORK_DOMAINS)
            else:
                local = r.choice(
                    [
                        f"{g}.{s}",
                        f"{g}{s}{r.randrange(1, 99)}",
                        f"{g[0]}.{s}",
                        f"{s}.{g}",
                        f"{g}_{s}{r.randrange(70, 100)}",
                        f"{g}{r.randrange(100, 9999)}",
                        f"{g}.{s}",
                    ]
                    if s
                    else [f"{g}{r.randrange(1, 9999)}", f"{g}.{r.randrange(80, 100)}"]
                )
                dom = r.choice(_DOMAINS.get(self.lang, _DOMAINS["en"]))
            self._cache[key] = f"{local}@{dom}"
        return self._cache[key]

    def nick(self) -> str:
        if self.culture in ("cantonese", "korean", "vietnamese"):
            return _NICK.get(self._g(), self._g())
        return _NICK.get(
            self._g(), self._g().split()[0] if not self.mono else self._g().split()[-1]
        )

    def nick_rom(self) -> str:
        n = _NICK.get(self.given.rom) or _NICK.get(self.given.disp)
        return " ".join(_translit(w) for w in (n or self.given.rom).split())

    def form(self, f: str) -> str:
        g, s = self._g(), self._s()
        if f in ("", "full"):
            return self.full()
        if f == "first":
            return g
        if f == "last":
            return s or g
        if f == "fl":
            return f"{g} {s}".strip() if not self.mono else g
        if f == "lf":
            return f"{s}, {g}" if s and not self.mono else g
        if f == "LF":
            return f"{s.upper()} {g}" if s and not self.mono else g.upper()
        if f == "init":
            if not s or self.mono:
                return g
            return (
                f"{g[0]}. {s}"
                if not self.native or self.culture not in ("chinese", "japanese", "korean")
                else s + self._sep() + g
            )
        if f == "mid":
            c = CULTURES.get(self.culture)
            if self.mono or not s or c is None or self.native or self.middle:
                return self.full()
            if "mid" not in self._cache:
                pool = [n.disp for n in (c.female if self.gender == "f" else c.male) if n.disp != g]
                self._cache["mid"] = self._rng.choice(pool)
            return f"{g} {self._cache['mid']} {s}"
        if f == "nick":
            return self.nick()
        if f == "user":
            return self.login()
        if f == "handle":
            return self.handle()
        if f == "email":
            return self.email()
        if f == "wemail":
            return self.email(work=True)
        if f == "pnr":
            gg, ss = self._roman_parts()
            return (
                f"{fold(self.sur.rom).upper().replace(' ', '')}/{fold(self.given.rom).upper().replace(' ', '')}"
                if ss
                else fold(self.given.rom).upper().replace(" ", "")
            )
        if f == "alias":
            if "alias" not in self._cache:
                r = self._rng
                self._cache["alias"] = r.choice(
                    ["{a}_{b}", "{a}{b}{n}", "x{a}{b}x", "{a}.{b}", "{A}{B}{n}"]
                ).format(
                    a=r.choice(_ALIAS_A),
                    b=r.choice(_ALIAS_B),
                    A=r.choice(_ALIAS_A).capitalize(),
                    B=r.choice(_ALIAS_B).capitalize(),
                    n=r.randrange(1, 99),
                )
            return self._cache["alias"]
        if f == "slug":
            gg, ss = self._roman_parts()
            return f"{gg}-{ss}" if ss else gg
        if f == "roman":
            return f"{self.given.rom} {self.sur.rom}".strip()
        if f == "rfirst":
            return self.given.rom
        raise KeyError(f)


# ---------------------------------------------------------------------------------------
# Value generator
# ---------------------------------------------------------------------------------------

_HEX = "0123456789abcdef"
_AN = string.ascii_letters + string.digits
_UP = string.ascii_uppercase + string.digits
_PW_WORDS = [
    "Sunshine",
    "dragon",
    "Monkey",
    "Tigers",
    "blue",
    "Winter",
    "summer",
    "Purple",
    "coffee",
    "Pepper",
    "maple",
    "Rocket",
    "ninja",
    "Falcon",
    "ocean",
    "banana",
    "Kitty",
    "Lakers",
    "Chelsea",
    "mustang",
    "Galaxy",
    "Lisboa",
    "Bunny",
    "hockey",
    "Matrix",
    "Orange",
    "Kosmos",
    "Paloma",
    "Cerveza",
]
_PASSPHRASE = [
    "correct",
    "horse",
    "battery",
    "staple",
    "river",
    "violet",
    "tango",
    "pickle",
    "granite",
    "lantern",
    "puzzle",
    "copper",
    "meadow",
    "orbit",
    "walnut",
    "cactus",
    "harbor",
    "velvet",
]


class Gen:
    """Values for one run; `rng` is reseeded per sample."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self._fakers: dict[str, Faker] = {}

    def faker(self, locale: str) -> Faker:
        if locale not in self._fakers:
            fk = Faker(locale)
            fk.seed_instance(self.seed * 31 + _FAKER_ALL.index(locale))
            self._fakers[locale] = fk
        return self._fakers[locale]

    # -- small helpers --
    def tok(self, n: int, alphabet: str = _AN) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def b64(self, n: int, url: bool = False) -> str:
        raw = bytes(self.rng.randrange(256) for _ in range(n))
        if url:
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")
        return base64.b64encode(raw).decode()

    def pattern(self, pat: str) -> str:
        r = self.rng
        return "".join(
            str(r.randrange(10)) if c == "#" else str(r.randrange(2, 10)) if c == "N" else c
            for c in pat
        )

    def country(self, lang: str, arg: str | None) -> str:
        return arg if arg else self.rng.choice(_LANG_COUNTRY.get(lang, ["us"]))

    # -- PII --
    def phone(self, lang: str, cc: str | None) -> str:
        cc = cc or self.rng.choice(_LANG_COUNTRY.get(lang, ["us"]))
        return self.pattern(self.rng.choice(_PHONES.get(cc, _PHONES["us"])))

    def address(self, lang: str, cc: str | None, multiline: bool) -> str:
        r = self.rng
        cc = self.country(lang, cc)
        nl = "\n" if multiline else ", "
        n = r.randrange(1, 200)
        if cc == "jp":
            if lang == "ja":
                town, pc = r.choice(_JP_ADDR)
                return (
                    f"{pc}-{r.randrange(10000):04d} {town}{r.randrange(1, 6)}-{r.randrange(1, 30)}-{r.randrange(1, 20)}"
                    + r.choice(
                        [
                            "",
                            f" {r.choice(['サンハイツ', 'メゾン桜', 'グランドパレス'])}{r.randrange(1, 12)}0{r.randrange(1, 9)}号室",
                        ]
                    )
                )
            town, pc = r.choice(_JP_ROM)
            return f"{r.randrange(1, 6)}-{r.randrange(1, 30)}-{r.randrange(1, 20)} {town} {pc}-{r.randrange(10000):04d}"
        if cc == "cn":
            if lang == "zh":
                return f"{r.choice(_CN_ADDR)}{r.randrange(1, 999)}号{r.randrange(1, 30)}栋{r.randrange(1, 30)}0{r.randrange(1, 9)}室"
            return f"Room {r.randrange(1, 30)}0{r.randrange(1, 9)}, No. {n} Zhangyang Road, Pudong New District, Shanghai 2001{r.randrange(10, 99)}"
        if cc == "kr":
            if lang == "ko":
                return f"{r.choice(_KR_ADDR)} {r.randrange(1, 400)}, {r.randrange(101, 120)}동 {r.randrange(1, 25)}0{r.randrange(1, 9)}호"
            return f"{r.randrange(1, 400)} Teheran-ro, Gangnam-gu, Seoul 06{r.randrange(100, 999)}"
        if cc == "th":
            return (
                f"{r.randrange(1, 300)}/{r.randrange(1, 99)} ซอยสุขุมวิท {r.randrange(1, 101)} แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110"
                if lang == "th"
                else f"{r.randrange(1, 300)}/{r.randrange(1, 99)} Sukhumvit Soi {r.randrange(1, 101)}, Khlong Toei Nuea, Watthana, Bangkok 10110"
            )
        street = r.choice(_STREETS[cc].split("|"))
        town = r.choice(_TOWNS[cc])
        if cc == "us":
            unit = r.choice(
                [
                    "",
                    "",
                    "",
                    f" Apt {r.randrange(1, 30)}{r.choice('ABCD')}",
                    f", Suite {r.randrange(100, 900)}",
                    f" #{r.randrange(1, 400)}",
                    f", Unit {r.randrange(1, 40)}",
                ]
            )
            z = f"{town[2]}{r.randrange(100):02d}" + (
                f"-{r.randrange(10000):04d}" if r.random() < 0.15 else ""
            )
            return f"{r.randrange(10, 9999)} {street}{unit}{nl}{town[0]}, {town[1]} {z}"
        if cc == "gb":
            pc = f"{town[1]} {r.randrange(1, 10)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            flat = r.choice(
                [
                    "",
                    "",
                    f"Flat {r.randrange(1, 20)}, ",
                    f"Flat {r.randrange(1, 9)}{r.choice('ABC')}{nl}",
                ]
            )
            return (
                f"{flat}{n} {street}{nl}{town[0]} {pc}"
                if r.random() < 0.5
                else f"{flat}{n} {street}{nl}{town[0]}{nl}{pc}"
            )
        if cc in ("de", "at", "ch"):
            pc = (
                town[1] + "".join(str(r.randrange(10)) for _ in range(5 - len(town[1])))
                if cc == "de"
                else town[1]
            )
            num = f"{n}{r.choice(['', '', '', 'a', 'b'])}" + (
                f"/{r.randrange(1, 20)}" if cc == "at" and r.random() < 0.5 else ""
            )
            return f"{street} {num}{nl}{pc} {town[0]}"
        if cc == "fr":
            pc = town[1] + "".join(str(r.randrange(10)) for _ in range(5 - len(town[1])))
            if town[0] == "Paris":
                pc = f"750{r.randrange(1, 21):02d}"
            extra = r.choice(
                [
                    "",
                    "",
                    f"Bât. {r.choice('ABC')}, apt {r.randrange(1, 60)}{nl}",
                    f"Résidence Les Pins, apt {r.randrange(1, 60)}{nl}",
                ]
            )
            return f"{extra}{n}{r.choice(['', '', ' bis'])} {street}{nl}{pc} {town[0]}"
        if cc == "es":
            pc = town[1] + f"{r.randrange(100):02d}"
            return f"{street} {n}, {r.randrange(1, 9)}º {r.choice('ABCD')}{nl}{pc} {town[0]}"
        if cc == "mx":
            return f"{street} {r.randrange(10, 3000)}{r.choice(['', f', Int. {r.randrange(1, 20)}', f' Depto. {r.randrange(101, 999)}'])}, Col. {r.choice(['Centro', 'Roma Norte', 'Del Valle', 'Americana', 'Obispado', 'Reforma'])}{nl}{town[1]}{r.randrange(100, 999)} {town[0]}"
        if cc == "co":
            return f"{street} # {r.randrange(10, 120)}{r.choice(['', 'A', 'B'])}-{r.randrange(1, 99)}{r.choice(['', f', Apto {r.randrange(101, 1204)}'])}{nl}{town[0]}"
        if cc == "ar":
            return f"{street} {r.randrange(100, 5000)}, piso {r.randrange(1, 15)} depto {r.choice('ABCDEF')}{nl}{town[1]}{r.randrange(10, 99)}{r.choice(['', 'AAF', 'ABC'])} {town[0]}"
        if cc == "it":
            return f"{street} {n}{nl}{town[1]}{r.randrange(10, 60)} {town[0]}"
        if cc == "nl":
            return f"{street} {n}{r.choice(['', '', '-II', 'A', ' bis'])}{nl}{town[1]}{r.randrange(10, 99)} {r.choice('ABCEGHJKLMNPRSTVWX')}{r.choice('ABCEGHJKLMNPRSTVWX')} {town[0]}"
        if cc == "be":
            return f"{street} {n}{r.choice(['', ' bte 3', '/2'])}{nl}{town[1]}{r.randrange(10, 99)} {town[0]}"
        if cc == "pl":
            num = f"{n}" + r.choice(["", f"/{r.randrange(1, 80)}", f" m. {r.randrange(1, 80)}"])
            return f"{street} {num}{nl}{town[1]}-{r.randrange(100, 999)} {town[0]}"
        if cc == "br":
            comp = r.choice(
                [
                    "",
                    f", apto {r.randrange(11, 1504)}",
                    f", casa {r.randrange(1, 4)}",
                    f", bloco {r.choice('ABC')} apto {r.randrange(11, 404)}",
                ]
            )
            bairro = r.choice(
                [
                    "Centro",
                    "Bela Vista",
                    "Botafogo",
                    "Savassi",
                    "Boa Viagem",
                    "Moinhos de Vento",
                    "Pinheiros",
                    "Batel",
                ]
            )
            return f"{street}, {r.randrange(10, 3000)}{comp} - {bairro}{nl}{town[0]}, {town[1]}{r.randrange(100, 999)}-{r.randrange(1000):03d}"
        if cc == "pt":
            return f"{street} {n}, {r.randrange(1, 6)}.º {r.choice(['Esq.', 'Dto.'])}{nl}{town[1]}{r.randrange(10, 99)}-{r.randrange(1000):03d} {town[0]}"
        if cc == "in":
            flat = r.choice(
                [
                    f"Flat {r.randrange(101, 1204)}, {r.choice(['Sai Residency', 'Prestige Lakeside', 'Green Glen Apartments', 'Shanti Kunj'])}, ",
                    f"{r.choice('ABCDE')}-{r.randrange(1, 300)}, ",
                    f"{r.randrange(1, 80)}/{r.randrange(1, 20)} ",
                    f"House No. {r.randrange(1, 900)}, ",
                ]
            )
            return f"{flat}{street}{nl}{town[0]} {town[1]}{r.randrange(1, 99):03d}"
        if cc == "au":
            unit = r.choice(["", "", f"Unit {r.randrange(1, 20)}, ", f"{r.randrange(1, 20)}/"])
            return f"{unit}{n} {street}{nl}{town[0]} {town[1]}"
        if cc == "ca":
            if "QC" in town[0]:
                return f"{r.randrange(100, 9999)}, {street}, app. {r.randrange(1, 40)}{nl}Montréal (Québec) {town[1]} {r.randrange(10)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randrange(10)}"
            return f"{r.randrange(100, 9999)} {street}{r.choice(['', f', Unit {r.randrange(100, 3000)}'])}{nl}{town[0]} {town[1]} {r.randrange(10)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randrange(10)}"
        if cc == "nz":
            return f"{n} {street}{nl}{r.choice(['Grey Lynn', 'Te Aro', 'Sydenham', 'Mount Eden'])}, {town[0]} {town[1]}"
        if cc == "ie":
            code = f"{town[1]} {r.choice('ACDEFHKNPRTVWXY')}{r.randrange(10)}{r.choice('ACDEFHKNPRTVWXY')}{r.randrange(10)}"
            return (
                f"{n} {street}{nl}{town[0]}{nl}{code}"
                if multiline
                else f"{n} {street}, {town[0]}, {code}"
            )
        if cc in ("ng", "ke", "ae", "vn"):
            pre = r.choice(
                [
                    "",
                    f"Flat {r.randrange(1, 30)}, ",
                    f"Plot {r.randrange(1, 400)}, ",
                    f"Apartment {r.randrange(101, 2404)}, ",
                ]
            )
            if cc == "vn":
                return (
                    f"Số {r.randrange(1, 300)} {street}, {town[0]}"
                    if lang == "vi"
                    else f"{r.randrange(1, 300)} {street} Street, {town[0].replace('TP. ', '')}"
                )
            return f"{pre}{r.randrange(1, 120)} {street}{nl}{town[0]}"
        if cc == "za":
            return f"{n} {street}{nl}{r.choice(['Gardens', 'Rosebank', 'Morningside', 'Hatfield'])}, {town[0]}, {town[1]}"
        if cc == "ph":
            return f"Blk {r.randrange(1, 40)} Lot {r.randrange(1, 30)}, {street}, Brgy. {r.choice(['San Isidro', 'Poblacion', 'Lahug', 'Loyola Heights', 'Bagumbayan'])}{nl}{town[0]} {town[1]}"
        if cc == "id":
            return f"{street} No. {r.randrange(1, 200)}, RT {r.randrange(1, 15):02d}/RW {r.randrange(1, 12):02d}{nl}{town[0]} {town[1]}{r.randrange(10, 99)}"
        if cc == "tr":
            return f"{street} No: {r.randrange(1, 300)} D: {r.randrange(1, 30)}{nl}{town[1]}{r.randrange(10, 99)} {town[0]}"
        if cc in ("se", "no", "dk", "fi"):
            pc = {
                "se": f"{town[1]} {r.randrange(10, 99)}",
                "no": f"{town[1]}{r.randrange(10, 99)}",
                "dk": town[1],
                "fi": f"{town[1]}{r.randrange(100, 999)}",
            }[cc]
            return f"{street} {n}{r.choice(['', ' B', ' A 12', ', 2. th.'])}{nl}{pc} {town[0]}"
        if cc == "cz":
            return f"{street} {r.randrange(100, 3000)}/{r.randrange(1, 80)}{nl}{town[1]} {r.randrange(10, 99)} {town[0]}"
        if cc == "hu":
            return (
                f"{town[1]}{r.randrange(10, 99)} {town[0]}, {street} {n}."
                if not multiline
                else f"{town[0]}{nl}{street} {n}.{nl}{town[1]}{r.randrange(10, 99)}"
            )
        if cc == "ro":
            return f"{street} nr. {n}, bl. {r.choice('ABCDM')}{r.randrange(1, 9)}, ap. {r.randrange(1, 90)}{nl}{town[1]}{r.randrange(1000, 9999)} {town[0]}"
        if cc == "gr":
            if lang == "el":
                return f"Οδός {r.choice(['Ερμού', 'Πατησίων', 'Εγνατίας', 'Τσιμισκή'])} {n}{nl}{town[1]} {r.randrange(10, 99)} {town[0]}"
            return f"{street} {n}{nl}{town[1]} {r.randrange(10, 99)} {r.choice(['Athens', 'Thessaloniki'])}"
        if cc == "ru":
            return f"{street}, д. {n}, кв. {r.randrange(1, 300)}{nl}{town[0]}, {town[1]}{r.randrange(100, 999):03d}"
        if cc == "ua":
            return f"{street}, {n}, кв. {r.randrange(1, 200)}{nl}{town[0]}, {town[1]}{r.randrange(100, 999):03d}"
        if cc == "il":
            return f"{n} {street}{nl}{town[0]} {town[1]}{r.randrange(10000, 99999)}"
        if cc == "eg":
            return f"{n} {street}{nl}{town[0]} {town[1]}"
        raise KeyError(cc)

    def card(self, brand: str | None) -> str:
        r = self.rng
        brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "discover", "jcb"])
        if brand == "amex":
            num = _luhn(r.choice(["34", "37"]), 15, r)
            groups = [num[:4], num[4:10], num[10:]]
        else:
            prefix = {
                "visa": "4",
                "mc": r.choice(["51", "52", "53", "54", "55", "2221", "2720"]),
                "discover": r.choice(["6011", "65"]),
                "jcb": str(r.randrange(3528, 3590)),
            }[brand]
            num = _luhn(prefix, 16, r)
            groups = [num[i : i + 4] for i in range(0, 16, 4)]
        return r.choice([" ", " ", "-", ""]).join(groups)

    def iban(self, lang: str, cc: str | None) -> str:
        r = self.rng
        cc = (cc or r.choice(_IBAN_BY_LANG.get(lang, ["DE", "GB"]))).upper()
        bban = ""
        for kind, n in re.findall(r"([anzc])(\d+)", _IBAN[cc]):
            n = int(n)
            if kind == "a":
                banks = [b for b in _BANKS.get(cc, []) if len(b) == n]
                bban += (
                    r.choice(banks)
                    if banks
                    else "".join(r.choice(string.ascii_uppercase) for _ in range(n))
                )
            elif kind == "z":
                bban += "0" * n
            elif kind == "c":
                bban += "".join(
                    r.choice(_UP) if r.random() < 0.08 else str(r.randrange(10)) for _ in range(n)
                )
            else:
                bban += "".join(str(r.randrange(10)) for _ in range(n))
        s = bban + cc + "00"
        check = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
        iban = f"{cc}{check:02d}{bban}"
        if r.random() < 0.6:
            iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def ssn(self, fmt: str | None) -> str:
        r = self.rng
        area = r.choice([a for a in range(1, 900) if a != 666])
        a, g, s = f"{area:03d}", f"{r.randrange(1, 100):02d}", f"{r.randrange(1, 10000):04d}"
        sep = {"dash": "-", "space": " ", "none": ""}.get(
            fmt or "", r.choice(["-"] * 8 + [" ", ""])
        )
        return sep.join([a, g, s])

    def itin(self) -> str:
        r = self.rng
        group = r.choice(
            list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))
        )
        return f"9{r.randrange(100):02d}-{group}-{r.randrange(10000):04d}"

    def ip(self, kind: str | None) -> str:
        r = self.rng
        if kind == "priv" or (kind is None and r.random() < 0.3):
            return r.choice(
                [
                    f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                    f"172.{r.randrange(16, 32)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                    f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}",
                ]
            )
        first = r.choice(
            [
                23,
                31,
                37,
                45,
                46,
                51,
                62,
                77,
                78,
                81,
                82,
                84,
                85,
                88,
                91,
                93,
                94,
                95,
                103,
                104,
                109,
                110,
                112,
                116,
                117,
                118,
                121,
                122,
                124,
                125,
                138,
                141,
                151,
                152,
                154,
                161,
                163,
                167,
                171,
                176,
                178,
                180,
                182,
                185,
                188,
                193,
                195,
                197,
                200,
                201,
                203,
                206,
                209,
                212,
                213,
                217,
            ]
        )
        return f"{first}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"

    def ip6(self) -> str:
        r = self.rng
        pre = r.choice(
            [
                "2a02",
                "2001:4860",
                "2600:1f18",
                "2a01:4f8",
                "2406:da18",
                "2804:14c",
                "2c0f:fb50",
                "2401:4900",
                "fe80",
            ]
        )
        groups = pre.split(":")
        if pre == "fe80":
            return f"fe80::{r.randrange(65536):x}:{r.randrange(65536):x}:{r.randrange(65536):x}:{r.randrange(65536):x}"
        rest = [f"{r.randrange(65536):x}" for _ in range(8 - len(groups))]
        full = groups + rest
        if r.random() < 0.5:
            k = r.randrange(len(groups), 6)
            return ":".join(full[:k]) + "::" + ":".join(full[k + 2 :])
        return ":".join(full)

    def mac(self) -> str:
        r = self.rng
        oui = r.choice(
            [
                "3c:22:fb",
                "a4:83:e7",
                "00:1a:2b",
                "f0:18:98",
                "b8:27:eb",
                "dc:a6:32",
                "00:50:56",
                "ac:de:48",
                "e4:5f:01",
                "70:85:c2",
                "d8:3a:dd",
                "88:66:5a",
            ]
        )
        octs = oui.split(":") + [f"{r.randrange(256):02x}" for _ in range(3)]
        style = r.randrange(5)
        if style == 0:
            return ":".join(octs).upper()
        if style == 1:
            return "-".join(octs).upper()
        if style == 2:
            s = "".join(octs)
            return f"{s[:4]}.{s[4:8]}.{s[8:]}"
        return ":".join(octs)

    def crypto(self, kind: str | None) -> str:
        r = self.rng
        kind = kind or r.choice(["btc1", "btc3", "bc1q", "bc1p", "eth", "eth", "ltc"])
        rand = bytes(r.randrange(256) for _ in range(32))
        if kind == "btc1":
            return _b58check(b"\x00" + rand[:20])
        if kind == "btc3":
            return _b58check(b"\x05" + rand[:20])
        if kind == "ltc":
            return _b58check(b"\x30" + rand[:20])
        if kind == "bc1q":
            return _segwit("bc", 0, rand[:20])
        if kind == "bc1p":
            return _segwit("bc", 1, rand)
        addr = rand[:20].hex()
        h = keccak256(addr.encode()).hex()
        return "0x" + "".join(
            c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(addr)
        )

    def date(self, lang: str, fmt: str | None, dob: bool) -> str:
        r = self.rng
        y = r.randrange(1941, 2009) if dob else r.randrange(2019, 2027)
        m, d = r.randrange(1, 13), r.randrange(1, 29)
        fmt = fmt or r.choice(_DATE_DEFAULT.get(lang, ["iso"]))
        mn = lambda lg: _MONTHS[lg].split()[m - 1].replace("_", " ")  # noqa: E731
        return {
            "us": f"{m:02d}/{d:02d}/{y}",
            "us1": f"{m}/{d}/{y}",
            "eu": f"{d:02d}/{m:02d}/{y}",
            "eudash": f"{d:02d}-{m:02d}-{y}",
            "de": f"{d:02d}.{m:02d}.{y}",
            "dot": f"{d}.{m}.{y}",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "long": f"{d} {mn('en')} {y}",
            "uslong": f"{mn('en')} {d}, {y}",
            "short": f"{mn('en')[:3]} {d} {y}",
            "fr": f"{d} {mn('fr')} {y}",
            "es": f"{d} de {mn('es')} de {y}",
            "pt": f"{d} de {mn('pt')} de {y}",
            "it": f"{d} {mn('it')} {y}",
            "nl": f"{d} {mn('nl')} {y}",
            "dlong": f"{d}. {mn('de')} {y}",
            "pl": f"{d} {mn('pl')} {y}",
            "tr": f"{d} {mn('tr')} {y}",
            "id": f"{d} {mn('id')} {y}",
            "ru": f"{d} {mn('ru')} {y}",
            "uk": f"{d} {mn('uk')} {y}",
            "sv": f"{d} {mn('sv')} {y}",
            "ca": f"{d} {mn('ca')} de {y}",
            "el": f"{d} {mn('el')} {y}",
            "ja": f"{y}年{m}月{d}日",
            "ko": f"{y}년 {m}월 {d}일",
            "kodot": f"{y}.{m:02d}.{d:02d}",
            "vi": f"ngày {d} tháng {m} năm {y}",
            "hu": f"{y}.{m:02d}.{d:02d}",
            "yy": f"{d:02d}/{m:02d}/{y % 100:02d}",
            "usyy": f"{m}/{d}/{y % 100:02d}",
            "compact": f"{y}{m:02d}{d:02d}",
            "th": f"{d}/{m}/{y + 543}",
            "ordinal": f"{d}{'th' if 10 <= d <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')} {mn('en')} {y}",
        }[fmt]

    def dl(self, arg: str | None, person: Person | None) -> str:
        r = self.rng
        arg = arg or r.choice(["ca", "ny", "fl", "tx", "il", "pa", "nj", "mi", "wa"])
        digits = lambda n: "".join(str(r.randrange(10)) for _ in range(n))  # noqa: E731
        L = lambda: r.choice(string.ascii_uppercase)  # noqa: E731
        if arg == "ca":
            return L() + digits(7)
        if arg == "ny":
            return r.choice([f"{digits(3)} {digits(3)} {digits(3)}", digits(9)])
        if arg == "fl":
            return f"{L()}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}"
        if arg == "tx":
            return digits(8)
        if arg == "il":
            return f"{L()}{digits(3)}-{digits(4)}-{digits(4)}"
        if arg == "pa":
            return f"{digits(2)} {digits(3)} {digits(3)}"
        if arg == "nj":
            return f"{L()}{digits(4)} {digits(5)} {digits(5)}"
        if arg == "mi":
            return f"{L()} {digits(3)} {digits(3)} {digits(3)} {digits(3)}"
        if arg == "wa":
            return "WDL" + "".join(r.choice(_UP) for _ in range(9))
        if arg == "gb":
            sur = re.sub(
                r"[^A-Z]",
                "",
                fold(
                    person.sur.rom if person else r.choice(["Morgan", "Okafor", "Patel", "Nowak"])
                ).upper(),
            )
            sur = (sur + "99999")[:5]
            y = r.randrange(1950, 2005)
            mm = r.randrange(1, 13) + (50 if person and person.gender == "f" else 0)
            ini = re.sub(r"[^A-Z]", "", fold(person.given.rom).upper())[:1] if person else L()
            return f"{sur}{str(y)[2]}{mm:02d}{r.randrange(1, 29):02d}{str(y)[3]}{ini}{r.choice([L(), '9'])}9{L()}{L()}"
        if arg == "de":
            return "".join(r.choice(_UP) for _ in range(11))
        if arg == "fr":
            return digits(12)
        if arg == "au":
            return digits(r.choice([8, 9]))
        if arg == "on":
            return f"{L()}{digits(4)}-{digits(5)}-{digits(5)}"
        if arg == "in":
            return f"{r.choice(['MH', 'KA', 'DL', 'TN', 'UP'])}{digits(2)} {r.randrange(1995, 2024)}{digits(7)}"
        if arg == "br":
            return digits(11)
        if arg == "mx":
            return f"{L()}{L()}{digits(7)}"
        raise KeyError(arg)

    def passport(self, arg: str | None) -> str:
        r = self.rng
        arg = arg or r.choice(
            [
                "us",
                "gb",
                "de",
                "fr",
                "in",
                "cn",
                "jp",
                "ca",
                "au",
                "ng",
                "br",
                "it",
                "es",
                "nl",
                "ru",
                "kr",
                "pk",
                "mx",
            ]
        )
        digits = lambda n: "".join(str(r.randrange(10)) for _ in range(n))  # noqa: E731
        L = lambda: r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")  # noqa: E731
        return {
            "us": r.choice([digits(9), L() + digits(8)]),
            "gb": digits(9),
            "de": "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9)),
            "fr": f"{digits(2)}{L()}{L()}{digits(5)}",
            "in": L() + digits(7),
            "cn": "E" + digits(8),
            "jp": f"{L()}{L()}{digits(7)}",
            "ca": f"{L()}{L()}{digits(6)}",
            "au": L() + digits(7),
            "ng": "A" + digits(8),
            "br": f"{L()}{L()}{digits(6)}",
            "it": f"{L()}{L()}{digits(7)}",
            "es": f"{L()}{L()}{L()}{digits(6)}",
            "nl": "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") for _ in range(9)),
            "ru": f"{digits(2)} {digits(7)}",
            "kr": "M" + digits(8),
            "pk": f"{L()}{L()}{digits(7)}",
            "mx": f"G{digits(8)}",
            "tr": f"U{digits(8)}",
            "ph": f"P{digits(7)}{L()}",
        }[arg]

    def secret(self, kind: str) -> str:
        r = self.rng
        if kind == "pw":
            style = r.randrange(5)
            if style == 0:
                return f"{r.choice(_PW_WORDS)}{r.randrange(1, 9999)}{r.choice('!@#$%&*?')}"
            if style == 1:
                return self.tok(r.randrange(12, 22), _AN + "!@#$%^&*-_")
            if style == 2:
                return "-".join(r.sample(_PASSPHRASE, 4))
            if style == 3:
                w = r.choice(_PW_WORDS)
                return (
                    w.replace("a", "@").replace("o", "0").replace("e", "3")
                    + str(r.randrange(10, 99))
                    + r.choice("!?.#")
                )
            return f"{r.choice(_PW_WORDS).lower()}{r.choice(_PW_WORDS)}{r.randrange(10, 2026)}"
        if kind == "pin":
            return f"{r.randrange(10000):04d}"
        if kind == "sk":
            return "sk-" + self.tok(48)
        if kind == "skproj":
            return "sk-proj-" + self.tok(r.choice([48, 64, 120]), _AN + "_-")
        if kind == "ant":
            return "sk-ant-api03-" + self.tok(93, _AN + "_-") + "AA"
        if kind == "aws_id":
            return r.choice(["AKIA", "ASIA"]) + self.tok(16, string.ascii_uppercase + "234567")
        if kind == "aws_secret":
            return self.tok(40, _AN + "/+")
        if kind == "ghp":
            return r.choice(["ghp_", "gho_", "ghs_"]) + self.tok(36)
        if kind == "ghpat":
            return "github_pat_11" + self.tok(20, _UP) + "_" + self.tok(59)
        if kind == "glpat":
            return "glpat-" + self.tok(20, _AN + "_-")
        if kind == "xoxb":
            return (
                f"xoxb-{r.randrange(10**11, 10**12)}-{r.randrange(10**12, 10**13)}-{self.tok(24)}"
            )
        if kind == "xoxp":
            return f"xoxp-{r.randrange(10**11, 10**12)}-{r.randrange(10**11, 10**12)}-{r.randrange(10**12, 10**13)}-{self.tok(32, _HEX)}"
        if kind == "stripe":
            return r.choice(["sk_live_", "rk_live_"]) + self.tok(r.choice([24, 99]))
        if kind == "whsec":
            return "whsec_" + self.tok(32)
        if kind == "google":
            return "AIza" + self.tok(35, _AN + "_-")
        if kind == "hf":
            return "hf_" + self.tok(34, string.ascii_letters)
        if kind == "sendgrid":
            return "SG." + self.tok(22, _AN + "_-") + "." + self.tok(43, _AN + "_-")
        if kind == "twilio":
            return self.tok(32, _HEX)
        if kind == "npm":
            return "npm_" + self.tok(36)
        if kind == "azkey":
            return self.b64(64)
        if kind == "jwt":
            head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
            body = json.dumps(
                {
                    "sub": str(r.randrange(10**6, 10**7)),
                    "iat": r.randrange(1_600_000_000, 1_760_000_000),
                    "scope": r.choice(["read", "admin", "user"]),
                },
                separators=(",", ":"),
            )
            return f"{head}.{base64.urlsafe_b64encode(body.encode()).decode().rstrip('=')}.{self.b64(32, url=True)}"
        if kind in ("pem", "pem_json"):
            label = r.choice(
                ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]
            )
            body = self.b64(r.randrange(150, 400))
            if label == "OPENSSH PRIVATE KEY":
                body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAA" + body
            lines = [body[i : i + 64] for i in range(0, len(body), 64)]
            sep = "\\n" if kind == "pem_json" else "\n"
            return sep.join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----"])
        if kind == "hexkey":
            return self.tok(32, _HEX)
        if kind == "hex64":
            return self.tok(64, _HEX)
        if kind == "bearer":
            return self.b64(r.choice([24, 30, 40]), url=True)
        if kind == "mailgun":
            return "key-" + self.tok(32, _HEX)
        if kind == "tg":
            return f"{r.randrange(10**8, 10**10)}:AA{self.tok(33, _AN + '_-')}"
        if kind == "discord":
            return f"{base64.b64encode(str(r.randrange(10**17, 10**18)).encode()).decode().rstrip('=')}.{self.tok(6, _AN + '_-')}.{self.tok(38, _AN + '_-')}"
        if kind == "shpat":
            return "shpat_" + self.tok(32, _HEX)
        if kind == "dapi":
            return "dapi" + self.tok(32, _HEX)
        if kind == "any":
            return self.secret(
                r.choice(
                    [
                        "sk",
                        "skproj",
                        "ant",
                        "ghp",
                        "glpat",
                        "stripe",
                        "google",
                        "hf",
                        "sendgrid",
                        "npm",
                        "jwt",
                        "hexkey",
                        "bearer",
                        "xoxb",
                        "shpat",
                        "dapi",
                        "mailgun",
                    ]
                )
            )
        raise KeyError(kind)

    # -- kept values --
    def kept(self, kind: str, arg: str | None, lang: str) -> str:
        r = self.rng
        if kind == "company":
            return r.choice(COMPANIES)
        if kind == "brand":
            return r.choice(BRANDS)
        if kind == "product":
            return r.choice(PRODUCTS)
        if kind == "place":
            return r.choice(PLACES)
        if kind == "city":
            cc = self.country(lang, arg)
            if cc in _TOWNS:
                return re.split(r"[,(]| - | [A-Z]{2,3}$", r.choice(_TOWNS[cc])[0])[0].strip()
            return r.choice(PLACES)
        if kind == "lib":
            return r.choice(LIBS)
        if kind == "model":
            return r.choice(MODELS)
        if kind == "version":
            return f"{r.randrange(0, 9)}.{r.randrange(30)}.{r.randrange(30)}"
        if kind == "ver4":
            return (
                f"{r.randrange(1, 9)}.{r.randrange(10)}.{r.randrange(10)}.{r.randrange(100, 9999)}"
            )
        if kind == "sha":
            return self.tok(40, _HEX)
        if kind == "ssha":
            return self.tok(7, _HEX)
        if kind == "sha256":
            return self.tok(64, _HEX)
        if kind == "uuid":
            h = self.tok(32, _HEX)
            return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"
        if kind == "order":
            return r.choice(
                [
                    f"ORD-{r.randrange(2019, 2027)}-{r.randrange(10**5, 10**6)}",
                    f"#{r.randrange(10**6, 10**7)}",
                    f"{r.randrange(100, 999)}-{r.randrange(10**6, 10**7)}-{r.randrange(10**6, 10**7)}",
                    f"PO{r.randrange(10**5, 10**6)}",
                ]
            )
        if kind == "invoice":
            return f"INV-{r.randrange(2019, 2027)}-{r.randrange(1000, 99999):05d}"
        if kind == "ticket":
            return r.choice(
                [
                    f"{r.choice(['OPS', 'SUP', 'ENG', 'DATA', 'PAY', 'INFRA'])}-{r.randrange(10, 9999)}",
                    f"#{r.randrange(1000, 99999)}",
                    f"INC{r.randrange(10**6, 10**7)}",
                ]
            )
        if kind == "sku":
            return f"{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}-{r.randrange(1000, 9999)}-{r.choice(['BLK', 'WHT', 'RED', 'XL', 'M', 'S'])}"
        if kind == "tracking":
            return r.choice(
                [
                    f"1Z{self.tok(16, _UP)}",
                    f"{r.randrange(10**11, 10**12)}",
                    f"JD{r.randrange(10**17, 10**18)}",
                ]
            )
        if kind == "price":
            cur = arg or r.choice(["$", "€", "£"])
            v = f"{r.randrange(1, 2000)}.{r.randrange(100):02d}"
            return f"{cur}{v}" if cur in "$£" else f"{v.replace('.', ',')} {cur}"
        if kind == "date":
            return self.date(lang, arg, dob=False)
        if kind == "time":
            return f"{r.randrange(0, 24):02d}:{r.randrange(60):02d}"
        if kind == "ampm":
            return f"{r.randrange(1, 13)}:{r.randrange(60):02d} {r.choice(['AM', 'PM'])}"
        if kind == "ts":
            return f"{r.randrange(2023, 2027)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}T{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}.{r.randrange(1000):03d}Z"
        if kind == "epoch":
            return str(r.randrange(1_690_000_000, 1_780_000_000))
        if kind == "url":
            return r.choice(
                [
                    f"https://docs.{r.choice(['python.org', 'djangoproject.com', 'rust-lang.org', 'kernel.org'])}/{r.choice(['3', 'en', 'stable'])}/{r.choice(['library', 'howto', 'topics'])}/{r.choice(['asyncio', 'logging', 'json', 'csv', 'index'])}.html",
                    f"https://github.com/{r.choice(['pallets', 'psf', 'tiangolo', 'rust-lang', 'nodejs', 'vercel', 'apache'])}/{r.choice(['flask', 'requests', 'fastapi', 'cargo', 'node', 'next.js', 'airflow'])}/issues/{r.randrange(100, 60000)}",
                    f"https://www.{r.choice(['bbc.co.uk', 'spiegel.de', 'lemonde.fr', 'elpais.com', 'nytimes.com'])}/{r.choice(['news', 'world', 'economia', 'politik'])}/{r.randrange(10**6, 10**8)}",
                    f"https://{r.choice(['shop', 'store', 'app'])}.{r.choice(_WORK_DOMAINS)}/{r.choice(['checkout', 'orders', 'help', 'pricing'])}",
                    f"https://stackoverflow.com/questions/{r.randrange(10**6, 8 * 10**7)}",
                ]
            )
        if kind == "domain":
            return r.choice(_WORK_DOMAINS)
        if kind == "host":
            return f"{r.choice(['api', 'db', 'web', 'worker', 'cache', 'ingest', 'auth', 'batch'])}-{r.randrange(1, 20):02d}.{r.choice(['prod', 'staging', 'eu-west-1', 'us-east-2', 'internal'])}.{r.choice(['svc.cluster.local', 'corp.local', 'example.net'])}"
        if kind == "int":
            lo, hi = (int(x) for x in (arg or "1-100").split("-"))
            return str(r.randrange(lo, hi + 1))
        if kind == "port":
            return str(r.choice([80, 443, 3000, 5432, 6379, 8000, 8080, 8443, 9092, 27017, 5000]))
        if kind == "pid":
            return str(r.randrange(100, 65000))
        if kind == "hex32":
            return self.tok(32, _HEX)
        if kind == "hexid":
            return self.tok(12, _HEX)
        if kind == "pick":
            return r.choice((arg or "").split("~"))
        if kind == "emo":
            return r.choice(EMOJI)
        if kind == "cidr":
            return r.choice(
                ["10.0.0.0/16", "0.0.0.0/0", "172.16.0.0/12", "192.168.0.0/24", "10.20.0.0/20"]
            )
        if kind == "weekday":
            return r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
        if kind == "year":
            return str(r.randrange(2019, 2027))
        if kind == "age":
            return str(r.randrange(19, 86))
        if kind == "country":
            return r.choice(
                [
                    "Germany",
                    "Brazil",
                    "India",
                    "Nigeria",
                    "Japan",
                    "Canada",
                    "Mexico",
                    "Poland",
                    "Kenya",
                    "France",
                    "Vietnam",
                    "Peru",
                    "Georgia",
                    "Jordan",
                    "Chad",
                ]
            )
        if kind == "ein":
            return f"{r.randrange(10, 99)}-{r.randrange(10**6, 10**7)}"
        if kind == "b64":
            return self.b64(64)
        if kind == "userid":
            return r.choice(
                [f"u_{self.tok(10, _HEX)}", f"user-{r.randrange(10**5, 10**7)}", self.tok(24, _HEX)]
            )
        raise KeyError(kind)


_PII_KINDS = {
    "email": "EMAIL",
    "phone": "PHONE",
    "addr": "ADDRESS",
    "card": "CREDIT_CARD",
    "iban": "IBAN",
    "ssn": "US_SSN",
    "itin": "US_ITIN",
    "ip": "IP",
    "ip6": "IP",
    "mac": "MAC",
    "crypto": "CRYPTO",
    "dob": "DATE_OF_BIRTH",
    "dl": "DRIVER_LICENSE",
    "passport": "PASSPORT",
}
_SECRET_KINDS = {
    "pw",
    "pin",
    "sk",
    "skproj",
    "ant",
    "aws_id",
    "aws_secret",
    "ghp",
    "ghpat",
    "glpat",
    "xoxb",
    "xoxp",
    "stripe",
    "whsec",
    "google",
    "hf",
    "sendgrid",
    "twilio",
    "npm",
    "azkey",
    "jwt",
    "pem",
    "pem_json",
    "hexkey",
    "hex64",
    "bearer",
    "mailgun",
    "tg",
    "discord",
    "shpat",
    "dapi",
    "secret",
}
_SLOT = re.compile(r"⟦([^⟦⟧]+)⟧")
Piece = tuple[str | None, str]  # (category or None, text)


class _Filler:
    def __init__(self, gen: Gen, lang: str) -> None:
        self.gen = gen
        self.lang = lang
        self.people: dict[str, Person] = {}
        self.memo: dict[str, Piece] = {}

    def person(self, key: str, gender: str = "") -> Person:
        if key not in self.people:
            # people in one text (family, colleagues) often share a background
            first = next(iter(self.people.values()), None)
            share = first is not None and first.culture != "faker" and self.gen.rng.random() < 0.35
            self.people[key] = Person(self.gen, self.lang, gender, first.culture if share else "")
        return self.people[key]

    def slot(self, inner: str) -> Piece:
        head, *mods = inner.split("|")
        if "#" in head:
            head, key = head.split("#", 1)
            memo_key = f"{head}#{key}"
            if memo_key not in self.memo:
                self.memo[memo_key] = self._value(head)
            cat, val = self.memo[memo_key]
        else:
            cat, val = self._value(head)
        for m in mods:
            if m == "lower":
                val = val.lower()
            elif m == "upper":
                val = val.upper()
            elif m == "title":
                val = val.title()
            elif m == "fold":
                val = fold(val)
            elif m == "json":
                val = json.dumps(val, ensure_ascii=False)[1:-1]
            elif m == "nospace":
                val = val.replace(" ", "")
            else:
                raise KeyError(m)
        return cat, val

    def _value(self, head: str) -> Piece:
        g, lang = self.gen, self.lang
        m = re.fullmatch(r"(p\d)([fm]?)(?:\.(.*))?", head)
        if m:
            key, gender, form = m.group(1), m.group(2), m.group(3) or ""
            p = self.person(key, gender)
            if form.startswith("g:"):
                a, b = form[2:].split("~")
                return None, (a if p.gender == "m" else b)
            cat = "EMAIL" if form in ("email", "wemail") else "PERSON"
            return cat, p.form(form)
        kind, _, arg = head.partition(":")
        args = arg.split(":") if arg else []
        a0 = args[0] if args and args[0] else None
        if kind == "email":
            if a0 == "role":
                return (
                    "EMAIL",
                    f"{g.rng.choice(['billing', 'support', 'hr', 'jobs', 'info', 'contact', 'accounts', 'admissions', 'frontdesk', 'press', 'payroll'])}@{g.rng.choice(_WORK_DOMAINS)}",
                )
            return "EMAIL", Person(g, lang).email(work=a0 == "work")
        if kind == "phone":
            return "PHONE", g.phone(lang, a0)
        if kind == "addr":
            cc = next((a for a in args if a and a != "ml"), None)
            return "ADDRESS", g.address(lang, cc, "ml" in args)
        if kind == "card":
            return "CREDIT_CARD", g.card(a0)
        if kind == "iban":
            return "IBAN", g.iban(lang, a0)
        if kind == "ssn":
            return "US_SSN", g.ssn(a0)
        if kind == "itin":
            return "US_ITIN", g.itin()
        if kind == "ip":
            return "IP", g.ip(a0)
        if kind == "ip6":
            return "IP", g.ip6()
        if kind == "mac":
            return "MAC", g.mac()
        if kind == "crypto":
            return "CRYPTO", g.crypto(a0)
        if kind == "dob":
            return "DATE_OF_BIRTH", g.date(lang, a0, dob=True)
        if kind == "dl":
            pref = args[1] if len(args) > 1 else None
            return "DRIVER_LICENSE", g.dl(a0, self.person(pref) if pref else None)
        if kind == "passport":
            return "PASSPORT", g.passport(a0)
        if kind in _SECRET_KINDS:
            return "SECRET", g.secret("any" if kind == "secret" else kind)
        return None, g.kept(kind, a0, lang)


def render(template: str, lang: str, gen: Gen) -> list[Piece]:
    filler = _Filler(gen, lang)
    pieces: list[Piece] = []
    pos = 0
    for m in _SLOT.finditer(template):
        if m.start() > pos:
            pieces.append((None, template[pos : m.start()]))
        pieces.append(filler.slot(m.group(1)))
        pos = m.end()
    pieces.append((None, template[pos:]))
    return pieces


# ---------------------------------------------------------------------------------------
# Wrappers: instruction prefixes and API envelopes
# ---------------------------------------------------------------------------------------


def _escape(pieces: list[Piece], ascii_only: bool) -> list[Piece]:
    return [(c, json.dumps(t, ensure_ascii=ascii_only)[1:-1]) for c, t in pieces]


def _with_prompt(pieces: list[Piece], kind: str, lang: str, gen: Gen) -> list[Piece]:
    r = gen.rng
    table = PREFIXES[kind]
    plang = lang if lang in table and r.random() < 0.75 else "en"
    prompt = r.choice(table[plang])
    style = r.randrange(6)
    if style == 0:
        return [(None, f"{prompt}\n\n"), *pieces]
    if style == 1:
        return [(None, f"{prompt}\n```\n"), *pieces, (None, "\n```")]
    if style == 2:
        return [*pieces, (None, f"\n\n{prompt}")]
    if style == 3:
        return [(None, f"{prompt}\n\n<document>\n"), *pieces, (None, "\n</document>")]
    if style == 4:
        return [(None, f"{prompt}\n---\n"), *pieces, (None, "\n---")]
    return [(None, f"{prompt} "), *pieces]


def _envelope(pieces: list[Piece], gen: Gen, has_pii: bool) -> list[Piece]:
    r = gen.rng
    ascii_only = r.random() < 0.2
    body = _escape(pieces, ascii_only)
    model = r.choice(MODELS)
    system = json.dumps(r.choice(SYSTEM_PROMPTS), ensure_ascii=ascii_only)
    style = r.randrange(5)
    if style == 0:
        head = f'{{"model": "{model}", "messages": [{{"role": "system", "content": {system}}}, {{"role": "user", "content": "'
        return [
            (None, head),
            *body,
            (None, f'"}}], "temperature": {r.choice(["0", "0.2", "0.7", "1"])}}}'),
        ]
    if style == 1:
        head = f'{{"model":"{model}","max_tokens":{r.choice([512, 1024, 4096])},"messages":[{{"role":"user","content":"'
        return [(None, head), *body, (None, '"}],"stream":true}')]
    if style == 2:
        ts = gen.kept("ts", None, "en")
        head = (
            f'{ts} INFO  gateway.request id={gen.kept("uuid", None, "en")} model={model} prompt="'
        )
        return [(None, head), *body, (None, f'" tokens_in={r.randrange(20, 4000)}')]
    if style == 3:
        head = '{"input": "'
        tail = f'", "model": "{model}", "user": "{gen.kept("userid", None, "en")}"}}'
        return [(None, head), *body, (None, tail)]
    prev = json.dumps(
        r.choice(["hi", "hello", "hey can you help me with something", "ok", "thanks!"]),
        ensure_ascii=ascii_only,
    )
    reply = json.dumps(
        r.choice(
            ["Of course! What do you need?", "Sure, paste it here.", "Happy to help. Go ahead."]
        ),
        ensure_ascii=ascii_only,
    )
    head = f'{{"model": "{model}", "messages": [{{"role": "user", "content": {prev}}}, {{"role": "assistant", "content": {reply}}}, {{"role": "user", "content": "'
    return [(None, head), *body, (None, '"}]}')]


def _sample(pieces: list[Piece]) -> tuple[Sample, list[str]]:
    text_parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    values: list[str] = []
    pos = 0
    for cat, t in pieces:
        if cat is not None and t:
            spans.append((cat, pos, pos + len(t)))
            values.append(t)
        text_parts.append(t)
        pos += len(t)
    return Sample("".join(text_parts), spans), values


def check(sample: Sample, values: list[str]) -> None:
    """Spans inside the text, in order, not overlapping, each equal to its inserted value."""
    last = 0
    for (cat, s, e), v in zip(sample.spans, values, strict=True):
        assert 0 <= last <= s < e <= len(sample.text), (cat, s, e)
        assert sample.text[s:e] == v, (cat, sample.text[s:e], v)
        if cat == "CREDIT_CARD":
            assert luhn_ok(v), v
        if cat == "IBAN":
            assert iban_ok(v), v
        last = e


def template_count() -> tuple[int, int]:
    return len(PII), len(CLEAN)


NON_ENGLISH_SHARE = 0.26


def sealed3_set(scale: float = 1.0, seed: int = 7373) -> list[Sample]:
    n = round(1000 * scale)
    gen = Gen(seed)
    order_rng = random.Random(seed)
    n_clean = round(n * 0.2)
    kinds = [True] * n_clean + [False] * (n - n_clean)
    order_rng.shuffle(kinds)

    def cycle(items: list, count: int) -> list:
        out: list = []
        while len(out) < count:
            idx = list(range(len(items)))
            order_rng.shuffle(idx)
            out += [items[i] for i in idx]
        return out[:count]

    def pick(templates: list, count: int) -> list:
        # about a quarter of the texts in languages other than English
        other = [t for t in templates if t[0] != "en"]
        english = [t for t in templates if t[0] == "en"]
        n_other = round(count * NON_ENGLISH_SHARE)
        chosen = cycle(other, n_other) + cycle(english, count - n_other)
        order_rng.shuffle(chosen)
        return chosen

    clean_t = pick(CLEAN, n_clean)
    pii_t = pick(PII, n - n_clean)
    samples: list[Sample] = []
    ci = pi = 0
    for i, is_clean in enumerate(kinds):
        if is_clean:
            lang, kind, tpl = clean_t[ci]
            ci += 1
        else:
            lang, kind, tpl = pii_t[pi]
            pi += 1
        gen.rng = random.Random(seed * 1_000_003 + i)
        pieces = render(tpl.strip("\n"), lang, gen)
        if kind != "msg" and gen.rng.random() < 0.4:
            pieces = _with_prompt(pieces, kind, lang, gen)
        if gen.rng.random() < 0.14:
            pieces = _envelope(pieces, gen, not is_clean)
        sample, values = _sample(pieces)
        check(sample, values)
        assert is_clean == (not sample.spans), (i, tpl[:60])
        samples.append(sample)
    return samples
