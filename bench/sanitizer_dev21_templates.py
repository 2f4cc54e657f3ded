"""Hand-written pools and templates for the dev21 sanitizer evaluation set.

Everything here was written by hand for this set (no name datasets, no fake-data
libraries).  Pools are "|"-separated strings; "roman=native" gives a native-script
form, "masc/fem" gives gendered surname forms.
"""

# ruff: noqa: E501

LOCALES: dict[str, dict[str, str]] = {
    "KE": dict(
        c="Kenya",
        gf="Wanjiru|Akinyi|Njeri|Atieno|Chebet|Wambui|Nafula|Mercy|Faith|Auma",
        gm="Otieno|Kamau|Kiprop|Mwangi|Onyango|Baraka|Kibet|Brian|Hassan|Juma",
        sn="Odhiambo|Mwangi|Kamau|Wekesa|Kiptoo|Njoroge|Ochieng|Mutua|Wanjala|Kariuki|Achieng|Omondi",
        towns="Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Thika",
        streets="Ngong Road|Moi Avenue|Argwings Kodhek Road|Lenana Road|Oginga Odinga Street|Kiambu Road",
        addr="House No. {n}, {street}, {town}|Apartment {u}, {n} {street}, {town}|{street}, Plot {n}, {town}",
        phone="+254 7## ### ###|07## ######|+2547########|0722 ### ###",
        dom="gmail.com|yahoo.com|outlook.com|students.uonbi.ac.ke",
        biz="Upendo Chemists|Kilimani Dental Clinic|Jua Kali Auto Garage|Mama Oliech Restaurant|Twiga Fresh Deliveries",
        pub="Wangari Maathai|Eliud Kipchoge|Ngũgĩ wa Thiong'o|Lupita Nyong'o",
        place="Jomo Kenyatta International Airport|Moi Teaching and Referral Hospital|Kenyatta National Hospital",
        hon="Bw.|Bi.",
        dfmt="DD/MM/YYYY|D MONTH YYYY",
        pp="AK#######",
        dl="DL-%#####",
    ),
    "NG": dict(
        c="Nigeria",
        gf="Chiamaka|Ngozi|Funmilayo|Aisha|Blessing|Adaeze|Temitope|Halima|Precious|Folake",
        gm="Chinedu|Emeka|Oluwaseun|Ibrahim|Tunde|Obinna|Musa|Babatunde|Godwin|Sunday",
        sn="Okafor|Adeyemi|Okonkwo|Balogun|Eze|Abubakar|Nwosu|Adebayo|Ogunleye|Bello|Chukwu|Olawale",
        towns="Lagos|Abuja|Ibadan|Enugu|Port Harcourt|Kano|Ikeja",
        streets="Allen Avenue|Adeola Odeku Street|Awolowo Road|Herbert Macaulay Way|Ogui Road|Aminu Kano Crescent|Bode Thomas Street",
        addr="{n} {street}, {town}|Flat {u}, {n} {street}, {town}|No. {n}, {street}, {town}",
        phone="+234 80# ### ####|080########|0803 ### ####|+234 70# ### ####|0812 ### ####",
        dom="gmail.com|yahoo.com|yahoo.co.uk|hotmail.com",
        biz="HealthPlus Pharmacy|Ikeja Motors|Mama Put Kitchen|Sweet Sensation|GIG Logistics",
        pub="Chinua Achebe|Wole Soyinka|Chimamanda Ngozi Adichie|Aliko Dangote|Burna Boy",
        place="Murtala Muhammed International Airport|Nnamdi Azikiwe University|Obafemi Awolowo University",
        hon="Mr|Mrs",
        dfmt="DD/MM/YYYY|D MONTH YYYY|DD-MM-YYYY",
        pp="A########",
        dl="@@@#####@@##",
    ),
    "GH": dict(
        c="Ghana",
        gf="Ama|Akosua|Abena|Efua|Adwoa|Esi|Yaa|Afia|Gifty|Comfort",
        gm="Kwame|Kofi|Kwabena|Yaw|Kojo|Kwaku|Fiifi|Nii|Ebo|Kwesi",
        sn="Mensah|Owusu|Boateng|Asante|Osei|Appiah|Ofori|Agyeman|Quaye|Addo|Tetteh|Ansah",
        towns="Accra|Kumasi|Tamale|Takoradi|Cape Coast|Tema",
        streets="Oxford Street|Ring Road Central|Liberation Road|Spintex Road|Kanda Highway|Lagos Avenue",
        addr="House {n}, {street}, {town}|{n} {street}, {town}, GA-%##-####|Flat {u}, {n} {street}, {town}",
        phone="+233 24 ### ####|024 ### ####|+233 55 ### ####|020#######",
        dom="gmail.com|yahoo.com|outlook.com",
        biz="Ernest Chemists|Papaye Fast Food|Melcom|Kejetia Tailoring Shop|Accra Fixit Garage",
        pub="Kofi Annan|Kwame Nkrumah|Sarkodie|Yaa Asantewaa",
        place="Kotoka International Airport|Kwame Nkrumah Circle|Korle Bu Teaching Hospital",
        hon="Mr|Madam",
        dfmt="DD/MM/YYYY|D MONTH YYYY",
        pp="G%#######",
    ),
    "ZA": dict(
        c="South Africa",
        gf="Thandiwe|Nomvula|Lerato|Zanele|Palesa|Refilwe|Johanna|Busisiwe|Charmaine|Precious",
        gm="Sipho|Thabo|Mandla|Pieter|Bongani|Themba|Kagiso|Johan|Lwazi|Siyabonga",
        sn="Dlamini|Nkosi|Ndlovu|Mokoena|van der Merwe|Botha|Khumalo|Naidoo|Mahlangu|Pillay|Mthembu|du Plessis",
        towns="Johannesburg|Cape Town|Durban|Pretoria|Soweto|Gqeberha|Bloemfontein",
        streets="Vilakazi Street|Long Street|Jan Smuts Avenue|Florida Road|Church Street|Main Road|Rivonia Road",
        addr="{n} {street}, {town}, {pc}|Unit {u}, {n} {street}, {town} {pc}|{n} {street}, {town}",
        pc="%###",
        phone="+27 82 ### ####|082 ### ####|+27 71 ### ####|083#######|021 ### ####",
        dom="gmail.com|webmail.co.za|icloud.com|mweb.co.za",
        biz="Clicks Pharmacy|Dis-Chem|Mzansi Auto Repairs|Ma Thembi's Kitchen|Bra Joe's Barbershop",
        pub="Nelson Mandela|Desmond Tutu|Trevor Noah|Siya Kolisi",
        place="Nelson Mandela Bay|Chris Hani Baragwanath Hospital|OR Tambo International Airport",
        hon="Mr|Ms",
        dfmt="YYYY-MM-DD|DD/MM/YYYY|D MONTH YYYY",
        pp="A%#######",
    ),
    "EG": dict(
        c="Egypt",
        lang="ar",
        gf="Mariam=مريم|Nour=نور|Fatma=فاطمة|Yasmin=ياسمين|Heba=هبة|Salma=سلمى|Aya=آية|Doaa=دعاء",
        gm="Mohamed=محمد|Ahmed=أحمد|Mahmoud=محمود|Omar=عمر|Youssef=يوسف|Karim=كريم|Mostafa=مصطفى|Tarek=طارق",
        sn="Hassan=حسن|Ibrahim=إبراهيم|El-Sayed=السيد|Abdel Fattah=عبد الفتاح|Mansour=منصور|Fawzy=فوزي|Shawky=شوقي|Ragab=رجب|Khalil=خليل|Soliman=سليمان",
        towns="Cairo=القاهرة|Giza=الجيزة|Alexandria=الإسكندرية|Mansoura=المنصورة|Nasr City=مدينة نصر",
        streets="Tahrir Street=شارع التحرير|Abbas El Akkad Street=شارع عباس العقاد|Gameat El Dowal El Arabia Street=شارع جامعة الدول العربية|Makram Ebeid Street=شارع مكرم عبيد|El Horreya Road=طريق الحرية",
        addr="{n} {street}, Apt {u}, {town}|Building {n}, {street}, {town}",
        naddr="{n} {street}، شقة {u}، {town}|عمارة {n}، {street}، {town}",
        phone="+20 10 #### ####|010########|+20 12 #### ####|0111 ### ####",
        dom="gmail.com|yahoo.com|hotmail.com",
        biz="El Ezaby Pharmacy|Seif Pharmacy|Koshary Abou Tarek|Bosta Delivery|Nile Motors",
        pub="Naguib Mahfouz|Mohamed Salah|Umm Kulthum|Amr Diab",
        place="Sultan Hassan Mosque|Cairo University Hospital (Kasr Al Ainy)|Salah Salem Road",
        hon="Mr|Mrs",
        dfmt="DD/MM/YYYY|YYYY/MM/DD",
        pp="A########",
    ),
    "MA": dict(
        c="Morocco",
        gf="Fatima Zahra=فاطمة الزهراء|Khadija=خديجة|Salma=سلمى|Imane=إيمان|Houda=هدى|Zineb=زينب|Meryem=مريم|Soukaina=سكينة",
        gm="Youssef=يوسف|Mehdi=المهدي|Hamza=حمزة|Anass=أنس|Rachid=رشيد|Karim=كريم|Ayoub=أيوب|Othmane=عثمان",
        sn="El Amrani=العمراني|Benjelloun=بنجلون|Alaoui=العلوي|Bennani=بناني|Tazi=التازي|El Idrissi=الإدريسي|Chraibi=الشرايبي|Berrada=برادة|Ouazzani=الوزاني",
        towns="Casablanca|Rabat|Marrakech|Fès|Tanger|Agadir",
        streets="Boulevard Zerktouni|Rue Ibn Batouta|Boulevard d'Anfa|Rue de Fès|Avenue des FAR|Rue Moulay Youssef",
        addr="{n}, {street}, {pc} {town}|Appt {u}, {n} {street}, {town}|Résidence Nour, imm. {u}, {n} {street}, {town}",
        pc="%####",
        phone="+212 6## ## ## ##|06## ## ## ##|+212 7## ######|0522 ## ## ##",
        dom="gmail.com|hotmail.fr|menara.ma|yahoo.fr",
        biz="Pharmacie Al Amal|Marjane|Garage Atlas Auto|Clinique Al Badie|Hanout Si Brahim",
        pub="Hakim Ziyech|Tahar Ben Jelloun|Fatima Mernissi|Achraf Hakimi",
        place="Mohammed V International Airport|Mosquée Hassan II|Lycée Lyautey",
        hon="M.|Mme",
        dfmt="DD/MM/YYYY|D MOIS YYYY",
        pp="@@%######",
    ),
    "TR": dict(
        c="Turkey",
        lang="tr",
        gf="Ayşe|Elif|Zeynep|Fatma|Merve|Büşra|Esra|Deniz|Gül|Şeyma",
        gm="Mehmet|Mustafa|Ahmet|Emre|Burak|Murat|Hüseyin|Can|Oğuz|Barış",
        sn="Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Arslan|Doğan|Kılıç|Koç",
        towns="Kadıköy/İstanbul|Çankaya/Ankara|Bornova/İzmir|Nilüfer/Bursa|Muratpaşa/Antalya|Beşiktaş/İstanbul",
        streets="Bağdat Caddesi|İstiklal Caddesi|Cumhuriyet Mahallesi 1203. Sokak|Kazım Karabekir Cad.|Gazi Mustafa Kemal Bulvarı|Barbaros Mah. Lale Sk.",
        addr="{street} No: {n} D: {u}, {pc} {town}|{street} No:{n}/{u} {town}|{street} No: {n} Daire {u}, {pc} {town}",
        pc="%####",
        phone="+90 5## ### ## ##|05## ### ## ##|0 (5##) ### ## ##|+90 212 ### ## ##",
        dom="gmail.com|hotmail.com|yandex.com.tr|outlook.com",
        biz="Eczane Şifa|Yurtiçi Kargo|Koç Oto Servis|Simit Sarayı|Kardeşler Market",
        pub="Orhan Pamuk|Tarkan|Mustafa Kemal Atatürk|Hande Erçel",
        place="Atatürk Havalimanı|Sabiha Gökçen Havalimanı|Atatürk Kültür Merkezi",
        hon="Bey|Hanım",
        dfmt="DD.MM.YYYY|DD/MM/YYYY",
        pp="U########",
        iban="TR",
    ),
    "IR": dict(
        c="Iran",
        lang="fa",
        gf="Maryam=مریم|Zahra=زهرا|Fatemeh=فاطمه|Niloufar=نیلوفر|Shirin=شیرین|Parisa=پریسا|Sara=سارا|Leila=لیلا",
        gm="Ali=علی|Reza=رضا|Mohammad=محمد|Hossein=حسین|Amir=امیر|Mehdi=مهدی|Dariush=داریوش|Babak=بابک",
        sn="Hosseini=حسینی|Ahmadi=احمدی|Rezaei=رضایی|Karimi=کریمی|Moradi=مرادی|Jafari=جعفری|Tehrani=تهرانی|Sadeghi=صادقی|Mousavi=موسوی|Nazari=نظری",
        towns="Tehran=تهران|Isfahan=اصفهان|Shiraz=شیراز|Mashhad=مشهد|Tabriz=تبریز",
        streets="Valiasr Street=خیابان ولیعصر|Enghelab Street=خیابان انقلاب|Shariati Street=خیابان شریعتی|Azadi Street=خیابان آزادی|Chaharbagh Street=خیابان چهارباغ",
        addr="{street}, Alley {u}, No. {n}, {town}|No. {n}, {street}, {town} {pc}",
        naddr="{town}، {street}، کوچه {u}، پلاک {n}|{town}، {street}، پلاک {n}، واحد {u}",
        pc="%#########",
        phone="+98 912 ### ####|0912 ### ####|0935#######|+98 21 #### ####",
        dom="gmail.com|yahoo.com|chmail.ir",
        biz="Digikala|Snapp|Darookhaneh Sina|Nan-e Barbari Hassan",
        pub="Hafez|Asghar Farhadi|Shirin Ebadi|Googoosh",
        place="Imam Khomeini International Airport|Azadi Tower|Ferdowsi University",
        hon="Agha|Khanom",
        dfmt="YYYY/MM/DD|DD/MM/YYYY",
        pp="@########",
        iban="IR",
    ),
    "PK": dict(
        c="Pakistan",
        lang="ur",
        gf="Ayesha=عائشہ|Fatima=فاطمہ|Sana=ثناء|Hina=حنا|Mahnoor=ماہ نور|Zainab=زینب|Amna=آمنہ|Rabia=رابعہ",
        gm="Muhammad=محمد|Ali=علی|Hamza=حمزہ|Usman=عثمان|Bilal=بلال|Imran=عمران|Faisal=فیصل|Waqas=وقاص",
        sn="Khan=خان|Ahmed=احمد|Malik=ملک|Butt=بٹ|Qureshi=قریشی|Chaudhry=چوہدری|Sheikh=شیخ|Raza=رضا|Abbasi=عباسی|Javed=جاوید",
        towns="Lahore|Karachi|Islamabad|Rawalpindi|Faisalabad|Peshawar",
        streets="Gulberg III|Model Town|DHA Phase 5|Bahria Town|Gulshan-e-Iqbal Block 13|Satellite Town",
        addr="House No. {n}, Street {u}, {street}, {town}|Flat {u}, Plot {n}, {street}, {town}|House {n}-B, {street}, {town}",
        phone="+92 3## #######|03##-#######|+92 300 #######|0321 #######",
        dom="gmail.com|yahoo.com|hotmail.com",
        biz="Fazal Din Pharma Plus|Servis Shoes|Bundu Khan Restaurant|Leopards Courier|Chaudhry Autos",
        pub="Imran Khan|Malala Yousafzai|Abdul Sattar Edhi|Babar Azam",
        place="Allama Iqbal International Airport|Jinnah Hospital|Quaid-e-Azam Library",
        hon="Mr|Ms",
        dfmt="DD-MM-YYYY|DD/MM/YYYY",
        pp="@@#######",
        iban="PK",
    ),
    "IN": dict(
        c="India",
        lang="hi",
        gf="Priya=प्रिया|Ananya=अनन्या|Pooja=पूजा|Sunita=सुनीता|Kavya=काव्या|Neha=नेहा|Lakshmi=लक्ष्मी|Divya=दिव्या|Sneha=स्नेहा",
        gm="Rahul=राहुल|Arjun=अर्जुन|Vikram=विक्रम|Sanjay=संजय|Amit=अमित|Rohan=रोहन|Suresh=सुरेश|Karthik=कार्तिक|Rajesh=राजेश",
        sn="Sharma=शर्मा|Patel=पटेल|Singh=सिंह|Iyer=अय्यर|Reddy=रेड्डी|Gupta=गुप्ता|Nair=नायर|Verma=वर्मा|Mukherjee=मुखर्जी|Deshpande=देशपांडे|Yadav=यादव",
        towns="Mumbai=मुंबई|Bengaluru=बेंगलुरु|Chennai=चेन्नई|Pune=पुणे|Hyderabad=हैदराबाद|New Delhi=नई दिल्ली|Kolkata=कोलकाता",
        streets="MG Road=एमजी रोड|Linking Road=लिंकिंग रोड|Anna Salai=अन्ना सलाई|FC Road=एफसी रोड|Park Street=पार्क स्ट्रीट|Lajpat Nagar II=लाजपत नगर II",
        addr="Flat {u}, {n} {street}, {town} - {pc}|H.No. {n}, {street}, {town} {pc}|{u}, Sai Krupa Apartments, {n} {street}, {town} {pc}",
        naddr="मकान नं. {n}, {street}, {town} - {pc}|फ्लैट {u}, {n} {street}, {town} {pc}",
        pc="%#####",
        phone="+91 98### #####|98########|+91-70########|+91 99### #####|080-########",
        dom="gmail.com|rediffmail.com|yahoo.co.in|outlook.com",
        biz="Apollo Pharmacy|Sharma Sweets|Swiggy|Raju Auto Works|Krishna Medicals",
        pub="Shah Rukh Khan|Sachin Tendulkar|Narendra Modi|Ratan Tata|A. R. Rahman",
        place="Indira Gandhi International Airport|Chhatrapati Shivaji Maharaj Terminus|Sardar Vallabhbhai Patel Stadium",
        hon="Shri|Smt.",
        dfmt="DD/MM/YYYY|DD-MM-YYYY|D MON YYYY",
        pp="@%######",
        dl="@@%# ###########|@@-%#-####-#######",
    ),
    "BD": dict(
        c="Bangladesh",
        lang="bn",
        gf="Nusrat=নুসরাত|Farhana=ফারহানা|Taslima=তাসলিমা|Sadia=সাদিয়া|Rumana=রুমানা|Shirin=শিরিন|Mitu=মিতু|Jannat=জান্নাত",
        gm="Rahim=রহিম|Karim=করিম|Tanvir=তানভীর|Arif=আরিফ|Sakib=সাকিব|Rafiq=রফিক|Jamal=জামাল|Mamun=মামুন",
        sn="Hossain=হোসেন|Rahman=রহমান|Islam=ইসলাম|Akter=আক্তার|Chowdhury=চৌধুরী|Uddin=উদ্দিন|Begum=বেগম|Sarker=সরকার|Mia=মিয়া",
        towns="Dhaka=ঢাকা|Chattogram=চট্টগ্রাম|Sylhet=সিলেট|Khulna=খুলনা|Rajshahi=রাজশাহী",
        streets="Dhanmondi=ধানমন্ডি|Gulshan 2=গুলশান ২|Banani=বনানী|Mirpur 10=মিরপুর ১০|Uttara Sector 7=উত্তরা সেক্টর ৭",
        addr="House {n}, Road {u}, {street}, {town}-{pc}|Flat {u}, House {n}, {street}, {town}",
        naddr="বাড়ি {n}, রোড {u}, {street}, {town}-{pc}",
        pc="%###",
        phone="+880 17## ######|017########|01911-######|+880 1819 ######",
        dom="gmail.com|yahoo.com",
        biz="Lazz Pharma|Pathao|Star Kabab|BRAC Dairy|Shwapno",
        pub="Muhammad Yunus|Shakib Al Hasan|Rabindranath Tagore|Runa Laila",
        place="Hazrat Shahjalal International Airport|Bangabandhu Sheikh Mujib Medical University|Dhaka Medical College Hospital",
        hon="Mr|Mrs",
        dfmt="DD/MM/YYYY|DD-MM-YYYY",
        pp="@########",
    ),
    "LK": dict(
        c="Sri Lanka",
        gf="Nimali|Dilani|Tharushi|Kumari|Sanduni|Ishara|Anjali|Kavitha|Chathurika",
        gm="Nuwan|Kasun|Chaminda|Dinesh|Tharindu|Ruwan|Mahela|Ravi|Lahiru",
        sn="Perera|Fernando|de Silva|Jayawardena|Wickramasinghe|Bandara|Gunasekara|Dissanayake|Senanayake|Sivakumar|Rajaratnam",
        towns="Colombo 05|Kandy|Galle|Jaffna|Negombo|Kurunegala|Nugegoda",
        streets="Galle Road|Duplication Road|Kandy Road|Havelock Road|Temple Road|Station Road",
        addr="No. {n}, {street}, {town}|{n}/{u} {street}, {town}|No. {n}/{u}, {street}, {town}",
        phone="+94 77 ### ####|077 ### ####|071-#######|+94 11 ### ####",
        dom="gmail.com|yahoo.com|sltnet.lk",
        biz="Osu Sala|Keells Super|Healthguard Pharmacy|Lanka Auto Care|Perera & Sons",
        pub="Sanath Jayasuriya|Muttiah Muralitharan|Kumar Sangakkara",
        place="Bandaranaike International Airport|Sirimavo Bandaranaike Vidyalaya|Lady Ridgeway Hospital",
        hon="Mr|Mrs",
        dfmt="YYYY-MM-DD|DD/MM/YYYY",
        pp="N#######",
    ),
    "ID": dict(
        c="Indonesia",
        lang="id",
        gf="Siti|Dewi|Putri|Rina|Ayu|Nurul|Fitri|Wulan|Intan|Sri",
        gm="Budi|Agus|Joko|Rizky|Andi|Dedi|Hendra|Eko|Bayu|Slamet",
        sn="Santoso|Wijaya|Saputra|Hidayat|Nugroho|Kusuma|Siregar|Sihombing|Lestari|Pratama|Gunawan|Hasibuan",
        towns="Jakarta Selatan|Bandung|Surabaya|Yogyakarta|Medan|Denpasar|Depok",
        streets="Jl. Gatot Subroto|Jl. Malioboro|Jl. Kebon Jeruk Raya|Jl. Diponegoro|Jl. Melati|Jl. Kaliurang Km 5|Gg. Mawar",
        addr="{street} No. {n}, RT 00{u1}/RW 0{u1}, {town} {pc}|{street} No. {n}, {town} {pc}|Perum Griya Asri Blok C{u1} No. {n}, {town}",
        pc="%####",
        phone="+62 812-####-####|0812 #### ####|+62 857 #### ####|0813-####-###|+6281########",
        dom="gmail.com|yahoo.co.id|ymail.com",
        biz="Apotek Kimia Farma|Warung Bu Sri|Gojek|Bengkel Jaya Motor|Toko Sumber Rejeki",
        pub="Joko Widodo|Soekarno|Raisa|Kartini",
        place="Bandara Soekarno-Hatta|Universitas Gadjah Mada|RSUP Dr. Sardjito",
        hon="Bapak|Ibu",
        dfmt="DD-MM-YYYY|DD/MM/YYYY|D BULAN YYYY",
        pp="@#######",
        dl="####-####-######",
    ),
    "PH": dict(
        c="Philippines",
        lang="tl",
        gf="Maria Cristina|Jhoanna|Rowena|Maricel|Angelica|Kristine|Joy|Precious|Lovely|Marites",
        gm="Jose Mari|Mark Anthony|Rodel|Jun-Jun|Ramon|Paolo|Bong|Jericho|Rey|Jonel",
        sn="Dela Cruz|Santos|Reyes|Bautista|Garcia|Mendoza|Villanueva|Aquino|Ramos|de los Reyes|Macaraeg|Pangilinan",
        towns="Quezon City|Makati City|Cebu City|Davao City|Pasig City|Iloilo City",
        streets="Katipunan Avenue|Mabini Street|Osmeña Boulevard|Sampaguita St.|Kalayaan Avenue|P. Burgos Street",
        addr="Unit {u}, {n} {street}, {town} {pc}|{n} {street}, Brgy. San Isidro, {town}|Blk {u1} Lot {n}, {street}, {town} {pc}",
        pc="%###",
        phone="+63 917 ### ####|0917 ### ####|09##-###-####|+63 998 ### ####",
        dom="gmail.com|yahoo.com|ymail.com",
        biz="Mercury Drug|Jollibee|Lalamove|Aling Nena's Sari-Sari Store|Kuya J Auto Repair",
        pub="Manny Pacquiao|Jose Rizal|Lea Salonga|Hidilyn Diaz",
        place="Ninoy Aquino International Airport|Rizal Park|Jose Reyes Memorial Medical Center",
        hon="Mr.|Ms.",
        dfmt="MM/DD/YYYY|MONTH D, YYYY",
        pp="P#######@",
        dl="@##-##-######",
    ),
    "VN": dict(
        c="Vietnam",
        lang="vi",
        order="sg",
        doc="sg",
        gf="Thị Lan|Thị Hương|Thu Thảo|Ngọc Anh|Thị Mai|Khánh Linh|Thu Trang|Bích Ngọc",
        gm="Văn Minh|Anh Tuấn|Tiến Dũng|Văn Hùng|Quang Huy|Đức Anh|Hoài Nam|Văn Long",
        sn="Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Vũ|Đặng|Bùi|Đỗ|Ngô|Dương",
        towns="Quận 1, TP. Hồ Chí Minh|Quận Cầu Giấy, Hà Nội|Quận Hải Châu, Đà Nẵng|Quận Ngô Quyền, Hải Phòng|Quận Ninh Kiều, Cần Thơ",
        streets="Lê Lợi|Nguyễn Huệ|Trần Hưng Đạo|Hai Bà Trưng|Điện Biên Phủ|Xuân Thủy",
        addr="{n} {street}, Phường {u1}, {town}|Số {n} đường {street}, {town}|{n}/{u1} {street}, {town}",
        phone="+84 9# ### ## ##|09## ### ###|+84 3# ### ####|098#######",
        dom="gmail.com|yahoo.com.vn|outlook.com",
        biz="Nhà thuốc Long Châu|Grab|Phở Thìn|Tiệm sửa xe Hùng|Giao Hàng Nhanh",
        pub="Hồ Chí Minh|Sơn Tùng M-TP|Võ Nguyên Giáp",
        place="Thành phố Hồ Chí Minh|Sân bay Tân Sơn Nhất|Bệnh viện Bạch Mai",
        hon="anh|chị",
        dfmt="DD/MM/YYYY|D/M/YYYY",
        pp="C#######",
    ),
    "TH": dict(
        c="Thailand",
        lang="th",
        gf="Somsri=สมศรี|Malee=มาลี|Nok=นก|Ploy=พลอย|Kanya=กัญญา|Siriporn=ศิริพร|Ratana=รัตนา|Pim=พิม",
        gm="Somchai=สมชาย|Anan=อนันต์|Niran=นิรันดร์|Prasert=ประเสริฐ|Tawan=ตะวัน|Krit=กฤษ|Chai=ชัย|Arthit=อาทิตย์",
        sn="Srisuk=ศรีสุข|Wongsakul=วงศ์สกุล|Saetang=แซ่ตั้ง|Chaiyaporn=ชัยพร|Kittisak=กิตติศักดิ์|Boonmee=บุญมี|Thongchai=ธงชัย|Rattanakorn=รัตนากร|Sukprasert=สุขประเสริฐ",
        towns="Bangkok=กรุงเทพฯ|Chiang Mai=เชียงใหม่|Phuket=ภูเก็ต|Khon Kaen=ขอนแก่น|Nonthaburi=นนทบุรี",
        streets="Sukhumvit Road=ถนนสุขุมวิท|Silom Road=ถนนสีลม|Phahonyothin Road=ถนนพหลโยธิน|Nimmanhaemin Road=ถนนนิมมานเหมินท์|Ratchadaphisek Road=ถนนรัชดาภิเษก",
        addr="{n}/{u} {street}, {town} {pc}|{n} Soi {u1}, {street}, {town} {pc}",
        naddr="{n}/{u} {street} {town} {pc}|เลขที่ {n} ซอย {u1} {street} {town} {pc}",
        pc="%####",
        phone="+66 8# ### ####|08#-###-####|+66 9# ### ####|02-###-####",
        dom="gmail.com|hotmail.com|yahoo.co.th",
        biz="Boots Thailand|Grab|Khao Man Gai Pratunam|Kerry Express|7-Eleven",
        pub="Lisa Manobal|Tony Jaa|Prayut Chan-o-cha",
        place="King Chulalongkorn Memorial Hospital|Suvarnabhumi Airport|Queen Sirikit National Convention Center",
        hon="Khun|Khun",
        dfmt="DD/MM/YYYY|D MON YYYY",
        pp="A@#######",
    ),
    "CN": dict(
        c="China",
        lang="zh",
        order="sg",
        norder="sg",
        nsep="",
        doc="sg",
        gf="Fang=芳|Jing=静|Xiuying=秀英|Min=敏|Yan=燕|Xiaomei=晓梅|Lina=丽娜|Yuting=雨婷|Hui=慧",
        gm="Wei=伟|Qiang=强|Lei=磊|Jun=军|Yang=洋|Hao=浩|Zhiwei=志伟|Jianguo=建国|Tao=涛",
        sn="Wang=王|Li=李|Zhang=张|Liu=刘|Chen=陈|Yang=杨|Huang=黄|Zhao=赵|Zhou=周|Wu=吴|Sun=孙|Ma=马",
        towns="Chaoyang District, Beijing=北京市朝阳区|Pudong, Shanghai=上海市浦东新区|Tianhe District, Guangzhou=广州市天河区|Nanshan District, Shenzhen=深圳市南山区|Wuhou District, Chengdu=成都市武侯区",
        streets="Jianguo Road=建国路|West Nanjing Road=南京西路|Tianhe Road=天河路|Keyuan Road=科苑路|Renmin South Road=人民南路",
        addr="Room {u}, No. {n} {street}, {town} {pc}|No. {n} {street}, Unit {u}, {town}",
        naddr="{town}{street}{n}号{u}室|{town}{street}{n}号院{u1}号楼{u}",
        pc="%#####",
        phone="+86 138 #### ####|138########|139-####-####|+86 186 #### ####|010-########",
        dom="qq.com|163.com|126.com|gmail.com",
        biz="顺丰速运|美团|老王修车铺|同仁堂药店|Li-Ning",
        pub="Jack Ma|Yao Ming|Lu Xun|Gong Li",
        place="中山公园|Sun Yat-sen University|Zhongshan Hospital",
        hon="先生|女士",
        dfmt="YYYY年M月D日|YYYY-MM-DD|YYYY.MM.DD",
        pp="E########",
    ),
    "JP": dict(
        c="Japan",
        lang="ja",
        order="gs",
        norder="sg",
        nsep=" ",
        doc="sg",
        gf="Yui=結衣|Sakura=さくら|Yuki=由紀|Haruka=遥|Aoi=葵|Misaki=美咲|Naoko=直子|Emi=恵美",
        gm="Hiroshi=浩|Takeshi=健|Kenta=健太|Daiki=大輝|Sho=翔|Yuto=悠斗|Haruto=陽翔|Kazuya=和也",
        sn="Sato=佐藤|Suzuki=鈴木|Takahashi=高橋|Tanaka=田中|Watanabe=渡辺|Ito=伊藤|Yamamoto=山本|Nakamura=中村|Kobayashi=小林|Kato=加藤|Mori=森",
        towns="Setagaya-ku, Tokyo=東京都世田谷区|Kita-ku, Osaka=大阪府大阪市北区|Naka-ku, Yokohama=神奈川県横浜市中区|Sakyo-ku, Kyoto=京都府京都市左京区|Chuo-ku, Fukuoka=福岡県福岡市中央区",
        streets="Sangenjaya=三軒茶屋|Umeda=梅田|Yamashitacho=山下町|Kitashirakawa=北白川|Tenjin=天神",
        addr="{nj} {street}, {town} {pc}|{nj} {street}, Room {u}, {town}",
        naddr="〒{pc} {town}{street}{nj}|{town}{street}{nj} {u}号室",
        pc="%##-####",
        phone="+81 90-####-####|090-####-####|03-####-####|+81 80 #### ####|080-####-####",
        dom="gmail.com|yahoo.co.jp|docomo.ne.jp|icloud.com",
        biz="マツモトキヨシ|ヤマト運輸|田中歯科クリニック|Suzuki Motor|Toyota Rent a Car",
        pub="Haruki Murakami|Shohei Ohtani|Hayao Miyazaki|Naomi Osaka",
        place="Noguchi Hideyo Memorial Museum|Tokugawa Art Museum",
        hon="様|さん",
        dfmt="YYYY年M月D日|YYYY/MM/DD",
        pp="T@#######",
        dl="############",
    ),
    "KR": dict(
        c="Korea",
        lang="ko",
        order="sg",
        norder="sg",
        nsep="",
        doc="sg",
        gf="Ji-yeon=지연|Seo-yeon=서연|Min-ji=민지|Soo-jin=수진|Hye-won=혜원|Yuna=유나|Eun-ji=은지|Da-eun=다은",
        gm="Min-jun=민준|Ji-hoon=지훈|Hyun-woo=현우|Sung-min=성민|Jae-won=재원|Dong-hyun=동현|Joon-ho=준호|Tae-yang=태양",
        sn="Kim=김|Lee=이|Park=박|Choi=최|Jung=정|Kang=강|Cho=조|Yoon=윤|Jang=장|Lim=임|Han=한",
        towns="Gangnam-gu, Seoul=서울특별시 강남구|Mapo-gu, Seoul=서울특별시 마포구|Haeundae-gu, Busan=부산광역시 해운대구|Suseong-gu, Daegu=대구광역시 수성구|Yeonsu-gu, Incheon=인천광역시 연수구",
        streets="Teheran-ro=테헤란로|World Cup-ro=월드컵로|Haeundae-ro=해운대로|Dalgubeol-daero=달구벌대로|Convensia-daero=컨벤시아대로",
        addr="{n} {street}, {town} {pc}|{n} {street}, Apt {u}, {town}",
        naddr="{town} {street} {n}, {u}호|{town} {street} {n} ({pc})",
        pc="%####",
        phone="+82 10-####-####|010-####-####|010 #### ####|02-###-####",
        dom="naver.com|daum.net|gmail.com|kakao.com",
        biz="올리브영|쿠팡|김밥천국|CJ대한통운|Hyundai Service",
        pub="Son Heung-min|Bong Joon-ho|IU|Yuna Kim",
        place="Sejong-daero|Yi Sun-sin Bridge|Kim Koo Museum",
        hon="님|씨",
        dfmt="YYYY년 M월 D일|YYYY.MM.DD|YYYY-MM-DD",
        pp="M########",
        dl="##-##-######-##",
    ),
    "BR": dict(
        c="Brazil",
        lang="pt",
        gf="Ana Clara|Juliana|Fernanda|Larissa|Camila|Beatriz|Letícia|Graça|Maria Eduarda|Raimunda",
        gm="João Pedro|Lucas|Gabriel|Rafael|Thiago|Matheus|Felipe|Zé Carlos|Francisco|Caio",
        sn="da Silva|dos Santos|Oliveira|Souza|Pereira|Costa|Rodrigues|Almeida|Ferreira|Carvalho|Souza Lima|Nascimento",
        towns="São Paulo - SP|Rio de Janeiro - RJ|Belo Horizonte - MG|Salvador - BA|Recife - PE|Curitiba - PR",
        streets="Rua Augusta|Av. Paulista|Rua das Laranjeiras|Rua Voluntários da Pátria|Av. Sete de Setembro|Rua Barão de Itapetininga|Travessa das Flores",
        addr="{street}, {n}, apto {u} - {town}, CEP {pc}|{street}, {n} - {town}, {pc}|{street}, nº {n}, casa {u1}, {town}",
        pc="%####-###",
        phone="+55 11 9####-####|(11) 9####-####|(21) 9####-####|+55 (31) 9 ####-####|11 9#### ####",
        dom="gmail.com|hotmail.com|uol.com.br|bol.com.br|yahoo.com.br",
        biz="Drogasil|Casas Bahia|Oficina do Zé|Padaria Pão de Ouro|Loggi",
        pub="Pelé|Anitta|Machado de Assis|Lula|Gisele Bündchen",
        place="Aeroporto Santos Dumont|Escola Estadual Machado de Assis|Estádio Mané Garrincha",
        hon="Sr.|Sra.",
        dfmt="DD/MM/YYYY|D de MES de YYYY",
        pp="@@######",
        dl="###########",
        iban="BR",
    ),
    "MX": dict(
        c="Mexico",
        lang="es",
        gf="María Guadalupe|Ximena|Fernanda|Lupita|Daniela|Sofía|Rocío|Mariana|Itzel",
        gm="José Luis|Juan Carlos|Alejandro|Jesús|Miguel Ángel|Pepe|Diego|Emiliano|Cuauhtémoc",
        sn="Hernández García|López Martínez|González|Ramírez|Flores|Sánchez Cruz|Torres|de la Garza|Castillo|Rojas|Pérez Ortiz",
        towns="Ciudad de México|Guadalajara, Jal.|Monterrey, N.L.|Puebla, Pue.|Oaxaca de Juárez, Oax.|Mérida, Yuc.",
        streets="Av. Insurgentes Sur|Calle Madero|Calle Colima|Av. Revolución|Calle Hidalgo|Calle Durango",
        addr="{street} {n}, Int. {u1}, Col. {x}, C.P. {pc}, {town}|{street} {n}, Col. {x}, {pc} {town}|{street} #{n}, Col. {x}, {town}",
        x="Roma Norte|Condesa|Del Valle|Centro|Narvarte|Americana",
        pc="%####",
        phone="+52 55 #### ####|55 ####-####|+52 33 #### ####|+52 1 81 #### ####|(55) ####-####",
        dom="gmail.com|hotmail.com|outlook.com|prodigy.net.mx",
        biz="Farmacias Similares|Taquería El Güero|Oxxo|Refaccionaria Hermanos López|Rappi",
        pub="Frida Kahlo|Checo Pérez|Octavio Paz|Salma Hayek",
        place="Aeropuerto Internacional Benito Juárez|Escuela Primaria Benito Juárez|Hospital Ángeles",
        hon="Sr.|Sra.",
        dfmt="DD/MM/YYYY|D de MES de YYYY",
        pp="G########",
        dl="@########",
    ),
    "CO": dict(
        c="Colombia",
        lang="es",
        gf="Valentina|Luisa Fernanda|Paola|Catalina|Yurany|Marcela|Andrea|Leidy",
        gm="Andrés Felipe|Santiago|Juan David|Jhon Jairo|Camilo|Sebastián|Wilson|Yeison",
        sn="Rodríguez|Gómez|Martínez|Restrepo|Londoño|Vargas|Ospina|Jaramillo|Cárdenas|Muñoz|Rendón Arango",
        towns="Bogotá|Medellín|Cali|Barranquilla|Cartagena|Bucaramanga",
        streets="Calle|Carrera|Avenida Calle|Transversal|Diagonal",
        addr="{street} {d2} # {d2}-{d2}, {town}|{street} {d2} # {d2}-{d2} Apto {u}, {town}|{street} {d2}A # {d2}-{d2}, Torre 2 Apto {u}, {town}",
        phone="+57 3## ### ####|3## ### ####|+57 (604) ### ####|+57 310 #######",
        dom="gmail.com|hotmail.com|outlook.es|yahoo.es",
        biz="Drogas La Rebaja|Rappi|Panadería Doña Rosa|Servientrega|Taller Don Wilson",
        pub="Gabriel García Márquez|Shakira|James Rodríguez|Fernando Botero",
        place="Parque Simón Bolívar|Colegio Simón Bolívar|Aeropuerto José María Córdova",
        hon="Sr.|Sra.",
        dfmt="DD/MM/YYYY|D de MES de YYYY",
        pp="AT######",
    ),
    "AR": dict(
        c="Argentina",
        lang="es",
        gf="Florencia|Micaela|Agustina|Lucía|Camila|Romina|Sol|María Belén",
        gm="Martín|Facundo|Nicolás|Matías|Gonzalo|Lautaro|Federico|Juan Cruz",
        sn="González|Rodríguez|Fernández|López|Pérez|Gómez|Díaz|Romero|Álvarez|Sosa|Benítez",
        towns="CABA|Córdoba|Rosario|Mendoza|La Plata|Mar del Plata",
        streets="Av. Corrientes|Av. Santa Fe|Calle Florida|Av. Rivadavia|Av. Belgrano|Defensa|Güemes",
        addr="{street} {n}, {u1}° {L}, {town}|{street} {n} piso {u1} dpto {L}, {town} ({pc})|{street} {n}, {town}",
        pc="@####@@@",
        phone="+54 9 11 ####-####|11 15-####-####|+54 9 351 ###-####|011 ####-####",
        dom="gmail.com|hotmail.com|yahoo.com.ar|fibertel.com.ar",
        biz="Farmacity|Rapipago|Parrilla Don Julio|Gomería El Tano|Andreani",
        pub="Lionel Messi|Jorge Luis Borges|Mafalda|Eva Perón",
        place="Aeroparque Jorge Newbery|Hospital Fernández|Colegio Nacional Manuel Belgrano",
        hon="Sr.|Sra.",
        dfmt="DD/MM/YYYY|D de MES de YYYY",
        pp="AAA######",
    ),
    "PL": dict(
        c="Poland",
        lang="pl",
        gf="Agnieszka|Katarzyna|Małgorzata|Zofia|Joanna|Ewa|Aleksandra|Kasia|Magda",
        gm="Piotr|Krzysztof|Tomasz|Paweł|Michał|Jakub|Wojciech|Grzegorz|Bartek",
        sn="Nowak|Kowalski/Kowalska|Wiśniewski/Wiśniewska|Wójcik|Kowalczyk|Kamiński/Kamińska|Lewandowski/Lewandowska|Zieliński/Zielińska|Szymański/Szymańska|Dąbrowski/Dąbrowska|Mazur|Krawczyk",
        towns="Warszawa|Kraków|Wrocław|Gdańsk|Poznań|Łódź",
        streets="ul. Marszałkowska|ul. Floriańska|ul. Piotrkowska|ul. Długa|os. Tysiąclecia|ul. Polna|al. Niepodległości",
        addr="{street} {n}/{u}, {pc} {town}|{street} {n} m. {u}, {pc} {town}|{street} {n}, {pc} {town}",
        pc="%#-###",
        phone="+48 5## ### ###|6## ### ###|+48 22 ### ## ##|+48 7## ### ###",
        dom="wp.pl|onet.pl|gmail.com|o2.pl|interia.pl",
        biz="Apteka Pod Lwem|InPost|Auto-Serwis Kowalczyk|Żabka|Piekarnia u Zosi",
        pub="Robert Lewandowski|Olga Tokarczuk|Wisława Szymborska|Iga Świątek",
        place="Lotnisko Chopina|Szkoła Podstawowa im. Marii Konopnickiej|Uniwersytet Jagielloński",
        hon="Pan|Pani",
        dfmt="DD.MM.YYYY|D MIES YYYY",
        pp="@@#######",
        dl="#####/##/####",
        iban="PL",
    ),
    "RO": dict(
        c="Romania",
        lang="ro",
        gf="Ioana|Elena|Andreea|Mihaela|Alexandra|Cristina|Ana-Maria|Roxana",
        gm="Andrei|Alexandru|Mihai|Ion|Gheorghe|Ștefan|Vlad|Florin",
        sn="Popescu|Ionescu|Popa|Dumitru|Stan|Stoica|Gheorghiu|Munteanu|Constantinescu|Rusu|Lungu",
        towns="București, Sector 3|Cluj-Napoca|Iași|Timișoara|Constanța|Brașov",
        streets="Str. Lipscani|Bd. Unirii|Calea Victoriei|Str. Florilor|Str. Republicii|Bd. Independenței",
        addr="{street} nr. {n}, bl. {u1}, ap. {u}, {town} {pc}|{street} nr. {n}, {town}|{street} nr. {n}, ap. {u}, {pc} {town}",
        pc="%#####",
        phone="+40 7## ### ###|07## ### ###|+40 21 ### ####|07##.###.###",
        dom="yahoo.com|gmail.com|yahoo.ro",
        biz="Catena|Farmacia Tei|Fan Courier|Service Auto Popescu|Brutăria Mama Lucia",
        pub="Simona Halep|Nadia Comăneci|Gheorghe Hagi|Mihai Eminescu",
        place="Aeroportul Henri Coandă|Colegiul Național Mihai Viteazul|Spitalul Carol Davila",
        hon="dl.|dna",
        dfmt="DD.MM.YYYY|DD/MM/YYYY",
        pp="0#######",
        iban="RO",
    ),
    "UA": dict(
        c="Ukraine",
        lang="uk",
        doc="sg",
        gf="Olena=Олена|Iryna=Ірина|Nataliia=Наталія|Oksana=Оксана|Yuliia=Юлія|Kateryna=Катерина|Tetiana=Тетяна|Solomiia=Соломія",
        gm="Oleksandr=Олександр|Andrii=Андрій|Dmytro=Дмитро|Serhii=Сергій|Mykola=Микола|Taras=Тарас|Vasyl=Василь|Bohdan=Богдан",
        sn="Shevchenko=Шевченко|Kovalenko=Коваленко|Bondarenko=Бондаренко|Tkachenko=Ткаченко|Kravchenko=Кравченко|Melnyk=Мельник|Boiko=Бойко|Moroz=Мороз|Savchenko=Савченко|Lysenko=Лисенко|Hrytsenko=Гриценко",
        towns="Kyiv=Київ|Lviv=Львів|Kharkiv=Харків|Odesa=Одеса|Dnipro=Дніпро|Vinnytsia=Вінниця",
        streets="Khreshchatyk St.=вул. Хрещатик|Sahaidachnoho St.=вул. Сагайдачного|Heroiv Pratsi St.=вул. Героїв Праці|Zelena St.=вул. Зелена|Sadova St.=вул. Садова",
        addr="{n} {street}, apt. {u}, {town} {pc}|{street} {n}, {town}",
        naddr="{street}, {n}, кв. {u}, м. {town}, {pc}|м. {town}, {street}, буд. {n}, кв. {u}",
        pc="%####",
        phone="+380 67 ### ## ##|067 ### ## ##|+380 50 ### ####|+38 (093) ###-##-##",
        dom="ukr.net|gmail.com|i.ua|meta.ua",
        biz="Нова Пошта|Аптека Доброго Дня|СТО Бойко|Сільпо|Укрпошта",
        pub="Taras Shevchenko|Volodymyr Zelensky|Andriy Shevchenko|Lesya Ukrainka",
        place="Taras Shevchenko National University|Boryspil International Airport|бульвар Лесі Українки",
        hon="пан|пані",
        dfmt="DD.MM.YYYY",
        pp="@@######",
        iban="UA",
    ),
    "GR": dict(
        c="Greece",
        lang="el",
        gf="Maria=Μαρία|Eleni=Ελένη|Katerina=Κατερίνα|Georgia=Γεωργία|Sofia=Σοφία|Dimitra=Δήμητρα|Vasiliki=Βασιλική",
        gm="Giorgos=Γιώργος|Dimitris=Δημήτρης|Kostas=Κώστας|Nikos=Νίκος|Giannis=Γιάννης|Panagiotis=Παναγιώτης|Christos=Χρήστος",
        sn="Papadopoulos/Papadopoulou=Παπαδόπουλος/Παπαδοπούλου|Georgiou=Γεωργίου|Nikolaidis/Nikolaidou=Νικολαΐδης/Νικολαΐδου|Papadakis/Papadaki=Παπαδάκης/Παπαδάκη|Vlachos/Vlachou=Βλάχος/Βλάχου|Oikonomou=Οικονόμου|Karagiannis/Karagianni=Καραγιάννης/Καραγιάννη|Alexiou=Αλεξίου",
        towns="Athens=Αθήνα|Thessaloniki=Θεσσαλονίκη|Patras=Πάτρα|Heraklion=Ηράκλειο|Larissa=Λάρισα",
        streets="Ermou=Ερμού|Patision=Πατησίων|Egnatia=Εγνατία|Akadimias=Ακαδημίας|Solonos=Σόλωνος",
        addr="{street} {n}, {pc} {town}|{street} {n}, 3rd floor, {pc} {town}",
        naddr="{street} {n}, {pc} {town}|οδός {street} {n}, Τ.Κ. {pc}, {town}",
        pc="%## ##",
        phone="+30 69# ### ####|69########|210 ### ####|+30 2310 ######",
        dom="gmail.com|yahoo.gr|otenet.gr",
        biz="Φαρμακείο Παπαδάκη|ACS Courier|Σκλαβενίτης|Taverna Kostas|Γκαράζ Νίκος",
        pub="Giannis Antetokounmpo|Nana Mouskouri|Melina Mercouri",
        place="Eleftherios Venizelos Airport|Onassis Cardiac Surgery Centre|Nikos Kazantzakis Airport",
        hon="κ.|κα",
        dfmt="DD/MM/YYYY|D/M/YYYY",
        pp="@@#######",
        iban="GR",
    ),
    "IT": dict(
        c="Italy",
        lang="it",
        gf="Giulia|Francesca|Chiara|Alessandra|Federica|Rosa|Valentina|Concetta",
        gm="Marco|Giuseppe|Luca|Alessandro|Francesco|Matteo|Salvatore|Gianluca",
        sn="Rossi|Russo|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|De Luca|Lo Bianco|Greco|Bruno",
        towns="Milano (MI)|Roma (RM)|Napoli (NA)|Torino (TO)|Bologna (BO)|Palermo (PA)",
        streets="Via Roma|Corso Buenos Aires|Viale Monza|Via dei Mille|Via Toledo|Via delle Rose|Corso Vittorio Emanuele II",
        addr="{street} {n}, {pc} {town}|{street}, {n} int. {u1}, {pc} {town}|{street} {n}/B, {pc} {town}",
        pc="%####",
        phone="+39 3## ### ####|3## #######|+39 02 #### ####|+39 06 ########|338 ### ####",
        dom="libero.it|gmail.com|tiscali.it|alice.it|virgilio.it",
        biz="Farmacia Centrale|Officina Meccanica Ricci|Pizzeria da Gennaro|BRT Corriere|Ferrero",
        pub="Sergio Mattarella|Sophia Loren|Roberto Baggio|Laura Pausini",
        place="Aeroporto Leonardo da Vinci|Liceo Classico Giuseppe Parini|Ospedale Niguarda",
        hon="Sig.|Sig.ra",
        dfmt="DD/MM/YYYY|D MESE YYYY",
        pp="Y@#######",
        dl="@@#######@",
        iban="IT",
    ),
    "FR": dict(
        c="France",
        lang="fr",
        gf="Camille|Léa|Manon|Chloé|Inès|Sophie|Amélie|Nathalie|Océane",
        gm="Julien|Thomas|Nicolas|Mathieu|Antoine|Karim|Jean-Baptiste|Rémi|Loïc",
        sn="Martin|Bernard|Dubois|Durand|Lefèvre|Moreau|Laurent|Girard|Rousseau|de La Tour|Benali|Le Gall",
        towns="Paris|Lyon|Marseille|Toulouse|Lille|Nantes|Montreuil",
        streets="rue de la République|boulevard de la Liberté|rue des Lilas|impasse du Moulin|avenue des Tilleuls|rue du Faubourg Saint-Denis",
        addr="{n} {street}, {pc} {town}|{n} bis {street}, Bât. B, {pc} {town}|{n}, {street}, appt {u}, {pc} {town}",
        pc="%####",
        phone="+33 6 ## ## ## ##|06 ## ## ## ##|07.##.##.##.##|+33 (0)1 ## ## ## ##",
        dom="orange.fr|free.fr|gmail.com|laposte.net|sfr.fr",
        biz="Pharmacie du Centre|Boulangerie Chez Paul|Garage Moreau|Chronopost|Leroy Merlin",
        pub="Emmanuel Macron|Zinedine Zidane|Kylian Mbappé|Édith Piaf",
        place="Aéroport Charles de Gaulle|Lycée Victor Hugo|Hôpital Georges Pompidou",
        hon="M.|Mme",
        dfmt="DD/MM/YYYY|D MOIS YYYY",
        pp="##@@#####",
        dl="############",
        iban="FR",
    ),
    "DE": dict(
        c="Germany",
        lang="de",
        gf="Anna|Katharina|Sabine|Lena|Julia|Ursula|Birgit|Mia|Heike",
        gm="Lukas|Jonas|Thomas|Stefan|Jürgen|Klaus|Felix|Mehmet|Uwe",
        sn="Müller|Schmidt|Schneider|Fischer|Weber|Becker|Wagner|Hoffmann|Schäfer|von Brandt|Yıldırım|Koch|Braun",
        towns="Berlin|Hamburg|München|Köln|Frankfurt am Main|Leipzig|Bochum",
        streets="Hauptstraße|Bahnhofstraße|Lindenallee|Am Mühlbach|Gartenweg|Rosenstraße|Ringstraße",
        addr="{street} {n}, {pc} {town}|{street} {n}a, {pc} {town}|{street} {n}, {u1}. OG, {pc} {town}",
        pc="%####",
        phone="+49 151 ########|0151 ########|030 ########|+49 (0)171 #######|0176 #######",
        dom="web.de|gmx.de|gmail.com|t-online.de|posteo.de",
        biz="Apotheke am Markt|Bäckerei Schmidt|Autohaus Becker|Hermes|Fitnessstudio Kraftwerk",
        pub="Angela Merkel|Thomas Müller|Helene Fischer|Olaf Scholz",
        place="Goethe-Gymnasium|Flughafen Franz Josef Strauß|Sophie-Scholl-Schule",
        hon="Herr|Frau",
        dfmt="DD.MM.YYYY|D. MONAT YYYY",
        pp="C@@#@@@##",
        dl="@###%##%@##",
        iban="DE",
    ),
    "NL": dict(
        c="Netherlands",
        lang="nl",
        gf="Sanne|Femke|Anouk|Lotte|Noor|Fleur|Ingrid|Bregje",
        gm="Daan|Bram|Sem|Jeroen|Pieter|Thijs|Ruud|Joost",
        sn="de Vries|Jansen|van den Berg|Bakker|Visser|Smit|de Jong|van Dijk|Mulder|Meijer|El Idrissi",
        towns="Amsterdam|Rotterdam|Utrecht|Den Haag|Eindhoven|Groningen",
        streets="Prinsengracht|Kalverstraat|Oudegracht|Laan van Meerdervoort|Stationsweg|Kerkstraat",
        addr="{street} {n}, {pc} {town}|{street} {n}-III, {pc} {town}|{street} {n}{l}, {pc} {town}",
        pc="%### @@",
        phone="+31 6 ########|06-########|+31 20 ### ####|06 ## ## ## ##",
        dom="ziggo.nl|kpnmail.nl|gmail.com|hotmail.nl",
        biz="Etos|PostNL|Garage De Vries|Albert Heijn|Bakkerij Bakker",
        pub="Mark Rutte|Max Verstappen|Johan Cruijff|Anne Frank",
        place="Johan Cruijff ArenA|Anne Frank Huis|Rembrandtplein",
        hon="dhr.|mevr.",
        dfmt="DD-MM-YYYY|D MAAND YYYY",
        pp="@@#######",
        iban="NL",
    ),
    "SE": dict(
        c="Sweden",
        lang="sv",
        gf="Astrid|Ingrid|Elin|Maja|Saga|Linnea|Sigrid|Karin",
        gm="Erik|Lars|Johan|Oskar|Nils|Anders|Björn|Mattias",
        sn="Andersson|Johansson|Karlsson|Nilsson|Eriksson|Lindqvist|Bergström|Svensson|Lindberg|Öberg",
        towns="Stockholm|Göteborg|Malmö|Uppsala|Västerås",
        streets="Drottninggatan|Storgatan|Kungsgatan|Sveavägen|Linnégatan|Björkvägen",
        addr="{street} {n}, lgh 1{u1}0{u1}, {pc} {town}|{street} {n}, {pc} {town}",
        pc="%## ##",
        phone="+46 70 ### ## ##|070-### ## ##|08-### ### ##|+46 73 ### ####",
        dom="telia.com|gmail.com|hotmail.se|bredband.net",
        biz="Apotek Hjärtat|PostNord|Bilverkstad Nilsson|ICA Nära|Vårdcentralen Norrmalm",
        pub="Greta Thunberg|Zlatan Ibrahimović|Astrid Lindgren|Björn Borg",
        place="Karolinska Universitetssjukhuset|Astrid Lindgrens Värld|Raoul Wallenbergs torg",
        hon="herr|fru",
        dfmt="YYYY-MM-DD",
        pp="########",
        iban="SE",
    ),
    "NO": dict(
        c="Norway",
        lang="no",
        gf="Ingrid|Kari|Sofie|Nora|Ragnhild|Silje",
        gm="Ole|Magnus|Henrik|Sindre|Håkon|Eirik",
        sn="Hansen|Olsen|Johansen|Larsen|Berg|Haugen|Bakke|Solberg",
        towns="Oslo|Bergen|Trondheim|Stavanger|Tromsø",
        streets="Storgata|Bogstadveien|Kirkeveien|Strandgaten|Løkkeveien",
        addr="{street} {n}, {pc} {town}|{street} {n}{l}, {pc} {town}",
        pc="%###",
        phone="+47 9## ## ###|4## ## ###|+47 4## ## ###",
        dom="online.no|gmail.com|hotmail.no",
        biz="Vitusapotek|Posten|Bilverksted Haugen|Rema 1000",
        pub="Erling Haaland|Jonas Gahr Støre|Edvard Munch",
        place="Karl Johans gate|Haukeland universitetssjukehus",
        hon="herr|fru",
        dfmt="DD.MM.YYYY",
        pp="@@%#####",
        iban="NO",
    ),
    "UK": dict(
        c="United Kingdom",
        gf="Emily|Charlotte|Siobhan|Olivia|Amelia|Hannah|Grace|Bethany|Chantelle",
        gm="Oliver|Harry|James|George|Callum|Rhys|Alfie|Jack|Declan",
        sn="Smith|Jones|Taylor|Brown|Williams|Evans|Patel|O'Brien|Baker|Wood|Hughes|McAllister",
        towns="London|Manchester|Leeds|Bristol|Cardiff|Glasgow|Norwich",
        streets="High Street|Station Road|Church Lane|Mill Lane|Park Avenue|Westfield Close|Albert Street",
        addr="{n} {street}, {town} {pc}|Flat {u1}, {n} {street}, {town}, {pc}|{n} {street}, {town}",
        pc="@@# #@@",
        phone="+44 7### ######|07### ######|020 #### ####|+44 (0)161 ### ####|0117 ### ####",
        dom="btinternet.com|gmail.com|hotmail.co.uk|yahoo.co.uk|outlook.com",
        biz="Boots|Greggs|Kwik Fit|Jones & Sons Lettings|Evri",
        pub="King Charles|David Beckham|Adele|J.K. Rowling",
        place="Queen Elizabeth Hospital|Florence Nightingale Ward|King Edward VI Grammar School",
        hon="Mr|Ms",
        dfmt="DD/MM/YYYY|D MONTH YYYY",
        pp="%########",
        dl="@@@@@%#####@@#@@",
        iban="GB",
    ),
    "US": dict(
        c="United States",
        gf="Jessica|Ashley|Madison|Brittany|Dolores|Keisha|Megan|Rosa|Summer|Destiny",
        gm="Michael|Tyler|Brandon|DeShawn|Cody|Kevin|Jose|Bill|Hunter|Mason",
        sn="Johnson|Williams|Miller|Davis|Garcia|Rodriguez|Washington|Jackson|Nguyen|Kowalski|O'Connor|Hunter|Young",
        towns="Austin, TX|Columbus, OH|Sacramento, CA|Tampa, FL|Denver, CO|Brooklyn, NY|Tulsa, OK",
        streets="Maple Street|Oak Avenue|Elm Street|Sunset Drive|Pine Ridge Road|Cedar Lane|Lakeview Terrace",
        addr="{n} {street}, {town} {pc}|{n} {street} Apt {u1}, {town} {pc}|{n} {street}, Unit {u}, {town} {pc}",
        pc="%####",
        phone="+1 (512) ###-####|(614) ###-####|916-###-####|+1 813 ### ####|303.###.####",
        dom="gmail.com|yahoo.com|aol.com|comcast.net|icloud.com",
        biz="CVS Pharmacy|Joe's Auto Body|Walgreens|Sunrise Property Management|Planet Fitness",
        pub="Barack Obama|Taylor Swift|Oprah Winfrey|Elon Musk",
        place="Abraham Lincoln High School|George Washington University Hospital|JFK Airport",
        hon="Mr.|Ms.",
        dfmt="MM/DD/YYYY|MONTH D, YYYY",
        pp="5########",
        dl="@#######|@###-####-####",
    ),
    "CA": dict(
        c="Canada",
        gf="Chloé|Émilie|Madison|Avery|Gurpreet|Kayla",
        gm="Liam|Étienne|Connor|Mathieu|Harjit|Noah",
        sn="Tremblay|Gagnon|Roy|Côté|MacDonald|Singh|Campbell|Bouchard|Lavoie|Wong",
        towns="Toronto, ON|Montréal, QC|Vancouver, BC|Calgary, AB|Halifax, NS",
        streets="Yonge Street|rue Sainte-Catherine|Robson Street|17th Avenue SW|Spring Garden Road",
        addr="{n} {street}, {town} {pc}|{u}-{n} {street}, {town} {pc}",
        pc="@#@ #@#",
        phone="+1 416 ###-####|(514) ###-####|604-###-####|+1 (403) ### ####",
        dom="gmail.com|hotmail.ca|videotron.ca|shaw.ca",
        biz="Shoppers Drug Mart|Tim Hortons|Canadian Tire|Purolator",
        pub="Justin Trudeau|Drake|Céline Dion",
        place="Pierre Elliott Trudeau International Airport|Sir Wilfrid Laurier Secondary School",
        hon="Mr.|Ms.",
        dfmt="YYYY-MM-DD|DD/MM/YYYY",
        pp="@@######",
        dl="@####-#####-#####",
    ),
    "AU": dict(
        c="Australia",
        gf="Chloe|Sienna|Matilda|Kylie|Brooke|Tahlia",
        gm="Lachlan|Mitchell|Bradley|Cooper|Jack|Kane",
        sn="Smith|Nguyen|Wilson|Kelly|Murphy|Anderson|Thompson|White|Papadopoulos|Tran",
        towns="Parramatta NSW|Fitzroy VIC|Brisbane City QLD|Fremantle WA|Glenelg SA",
        streets="George Street|Brunswick Street|Chapel Street|Beach Road|Wattle Grove",
        addr="{u1}/{n} {street}, {town} {pc}|{n} {street}, {town} {pc}",
        pc="%###",
        phone="+61 4## ### ###|04## ### ###|(02) #### ####|+61 3 #### ####",
        dom="bigpond.com|gmail.com|optusnet.com.au|outlook.com",
        biz="Chemist Warehouse|Bunnings|Jim's Mowing|Australia Post",
        pub="Hugh Jackman|Cathy Freeman|Steve Irwin",
        place="Royal Prince Alfred Hospital|Kingsford Smith Airport|Lake Burley Griffin",
        hon="Mr|Ms",
        dfmt="DD/MM/YYYY|D MONTH YYYY",
        pp="P@#######",
        dl="########",
    ),
}

EPONYM_COMPANIES = "McDonald's|Johnson & Johnson|Ford|Dell|Tesla|Walt Disney World|Mercedes-Benz|Louis Vuitton|Toyota|Dangote Cement|Tata Motors|Siemens|Philips|Heineken|Marks & Spencer|Sainsbury's|Dr. Oetker|Porsche|Ferrari|Honda|Hyundai|Chanel|Adidas|Boeing|Kellogg's|Hewlett-Packard|Wells Fargo|Lidl|Peugeot|Bajaj Finance|Procter & Gamble|Michelin|Gucci|Jollibee Foods|Suzuki Motor"

PUBLIC_FIGURES = "Barack Obama|Taylor Swift|Cristiano Ronaldo|Lionel Messi|Nelson Mandela|Queen Elizabeth II|Albert Einstein|Marie Curie|Frida Kahlo|William Shakespeare|Bill Gates|Beyoncé|Mahatma Gandhi|Pope Francis|Serena Williams|Usain Bolt|Malala Yousafzai|Jackie Chan|Sherlock Holmes|Harry Potter|Mickey Mouse|Mr. Bean|Santa Claus"

PLACES = "Lake Victoria|Victoria Falls|Washington D.C.|Ho Chi Minh City|Mandela Bay|Sao Tome|St. Petersburg|San Francisco|Bolívar Square|Lincoln Memorial|Kennedy Space Center|Charles de Gaulle Airport|Ataturk Airport|Jomo Kenyatta Airport|Martin Luther King Jr. Library"

PRODUCTS = "iPhone 15 Pro|Samsung Galaxy A54|Xiaomi Redmi Note 13|Tecno Spark 20|Nokia 105|Dell Latitude 5440|HP LaserJet M110w|Bosch Serie 4 washing machine|Philips Airfryer XL|Hisense 55A6 TV|Infinix Hot 40|Ninja Foodi|IKEA MALM bed frame|Nespresso Vertuo|TP-Link Archer C6 router|PlayStation 5|Toyota Corolla 2016|Honda Civic 2019|Yamaha NMAX 155|Kindle Paperwhite"

DRUGS = "Amoxicillin 500 mg|Paracetamol 500 mg|Metformin 850 mg|Ibuprofen 400 mg|Amlodipine 5 mg|Salbutamol inhaler 100 mcg|Omeprazole 20 mg|Cetirizine 10 mg|Artemether/Lumefantrine 20/120 mg|Losartan 50 mg|Levothyroxine 50 mcg|Azithromycin 250 mg"

PLACEHOLDERS = "<API_KEY>|your-password-here|YOUR_TOKEN|sk-xxxxxxxxxxxxxxxx|<redacted>|********|changeme|{{password}}|$API_KEY|<PASSWORD>|[REDACTED]|xxxx-xxxx-xxxx-xxxx|user@example.com|John Doe|Jane Doe|000-00-0000"

PWD_WORDS = "Sunshine|Kilimanjaro|Tiger|Mango|Harmattan|Ubuntu|Monsoon|Jollof|Sakura|Fenerbahce|Galatasaray|Mariposa|Boca|Chelsea|Arsenal|Dragon|Lavender|Nairobi|Lagos|Manila|Pikachu|Teranga|Baobab|Kiwi|Bandeja|Cerveza|Schatzi|Bella|Lotus|Orchid"

TOOLS = (
    "Zendesk|Freshdesk|Intercom|WhatsApp Business|Zoho Desk|HubSpot|Gorgias|LiveChat|Tawk.to|Crisp"
)

MODELS = "gpt-4o-mini|gpt-4o|gpt-4.1|claude-3-5-sonnet-20241022|claude-3-haiku-20240307|claude-sonnet-4-20250514|gemini-1.5-flash|gemini-2.0-flash|gemini-1.5-pro"

SYSTEM_PROMPTS = [
    "You are a helpful customer-support assistant. Reply politely and concisely.",
    "You help small business owners draft replies to customers.",
    "Summarize the conversation and list the action items.",
    "Translate the user's text into clear English.",
    "You are an assistant for a community clinic front desk.",
    "Extract the fields as JSON.",
    "Rewrite the message in a friendly tone.",
]

HOSPITALS = "St. Mary's Hospital|Florence Nightingale Clinic|Albert Schweitzer Hospital|Louis Pasteur Medical Centre|Aga Khan University Hospital|Queen Elizabeth Hospital|Sir Ganga Ram Hospital|Ruth Pfau Civil Hospital|Chris Hani Baragwanath Hospital|Hospital Ángeles|Korle Bu Teaching Hospital|Kenyatta National Hospital"

SCHOOLS = "Nelson Mandela Primary School|Abraham Lincoln High School|Marie Curie International School|Kofi Annan Academy|Jose Rizal Elementary School|Gandhi Memorial School|Escuela Primaria Benito Juárez|Goethe-Gymnasium|Lycée Victor Hugo|Escola Estadual Machado de Assis|Queen Victoria Girls' School|Sirimavo Bandaranaike Vidyalaya"

MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTHS = {
    "MONTH": MONTHS_EN,
    "MON": "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec",
    "MES": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
    "MOIS": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    "MONAT": "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
    "MESE": "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
    "MIES": "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia",
    "MAAND": "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
    "BULAN": "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember",
}
MES_PT = "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"

# Templates: (locales, flags, text).  locales "*" = any locale (English text with
# local names, addresses and numbers); flags: "stt" (speech-to-text: lowercased, no
# punctuation), "ocr" (odd spacing in the literal text).  Slots: see sanitizer_dev21.py.
TEMPLATES: list[tuple[str, str, str]] = [
    # ---------------- English, any locale ----------------
    (
        "*",
        "",
        """Ticket #{ticket} | {company}
From: {name.a} <{email.a}>
Subject: Charged twice for order {order}

Hi,
I was charged twice for order {order} on {date}. The card was {card}. Please refund the duplicate payment.
You can reach me on {phone.a}.
Thanks,
{first.a}""",
    ),
    (
        "*",
        "",
        """Chat transcript - {company} online support - {date}
{first.b} (Agent): Hello, thanks for contacting {company}, my name is {first.b}. How can I help?
{first.a}: hi my parcel never arrived
{first.b} (Agent): Sorry to hear that! Could you confirm the delivery address and the phone number on the order?
{first.a}: {addr.a} and {phone.a}
{first.b} (Agent): Thanks {first.a}. Order {order} was marked delivered at {time}. I'll open a claim with the courier.
{first.a}: ok thanks""",
    ),
    (
        "*",
        "",
        """Can you help me reply to my landlord? He is refusing to return my deposit. This is his message:

"Dear {name.a}, following the inspection of {addr.a} on {date} I will keep the full deposit for cleaning and a broken blind. Regards, {name.b}"

I left the flat spotless and I have photos. My new number is {phone.a} if he needs it. Make it polite but firm.""",
    ),
    (
        "*",
        "",
        """INVOICE {ref}
{company}
Date: {date}

Bill to:
{NAME.a}
{addrml.a}
Tel: {phone.a}
Email: {email.a}

Description                      Qty   Amount
{product}                          1   {amount}
Labour                             2   {amount}
Total due: {amount}
Please pay by bank transfer to IBAN {iban} quoting {ref}.""",
    ),
    (
        "*",
        "",
        """Appointment confirmed ✅
Patient: {name.a} (DOB {dob.a})
Where: {hospital}, outpatient block B
When: {date} at {time}
Doctor: Dr {name.b}
Please bring your referral letter. To cancel call {phone} or reply CANCEL.""",
    ),
    (
        "*",
        "",
        """PRESCRIPTION - {company}
Patient: {name.a}        DOB: {dob.a}
Address: {addr.a}
Rx: {drug}, 1 tablet twice daily for 7 days
Refills: 0
Prescriber: Dr. {name.b}
Date issued: {date}""",
    ),
    (
        "*",
        "",
        """Dear {title.b} {last.b},

Please excuse {first.a} from class on {date}. {first.a} had a fever and stayed home with me. If you need anything, call me at {phone.c}.

Kind regards,
{name.c}
({first.a}'s mum)""",
    ),
    (
        "*",
        "",
        """fill this school enrolment form for me pls, here are the details:
child: {name.a}, born {dob.a}
parent/guardian: {name.b}
home address: {addr.b}
parent phone {phone.b}, email {email.b}
previous school: {school}
Just give me the filled form as a table.""",
    ),
    (
        "*",
        "",
        """Subject: Application for the Store Assistant position

Dear Hiring Manager,

My name is {name.a} and I would like to apply for the Store Assistant role at {company} that I saw advertised on {date}. I have two years of experience at {eponym} and I am available immediately.

I attach my CV. You can contact me at {email.a} or {phone.a}.

Yours faithfully,
{name.a}""",
    ),
    (
        "*",
        "",
        """{NAME.a}
{addr.a} | {phone.a} | {email.a}
linkedin.com/in/{login.a}
Date of birth: {dob.a}

EXPERIENCE
Shift supervisor, {company} ({year} - present)
- Managed a team of 6 and trained new staff on the till system
Cashier, {eponym} ({year} - {year})

REFERENCES
{name.b}, store manager, {phone.b}""",
    ),
    (
        "*",
        "",
        """To whom it may concern,

I am pleased to recommend {name.a}, who worked with us at {company} as a delivery rider. {first.a} was always on time, honest with cash and kind to customers. I would hire {first.a} again without hesitation.

Please contact me on {phone.b} or {email.b} for more details.

{name.b}
Owner, {company}""",
    ),
    (
        "*",
        "",
        """Interview notes - Customer Service Officer
Candidate: {name.a}
Panel: {name.b}, {name.c}
Date: {date}

- Strong answer on handling an angry customer (example from {eponym}).
- Asked about night shifts; {first.a} prefers days.
- {first.c} to check references; {first.b} to send offer if OK.
Contact: {phone.a}""",
    ),
    (
        "*",
        "",
        """PAYSLIP - {month} {year}
Employer: {company}
Employee: {NAME.a}
Employee address: {addr.a}
Date of birth: {dob.a}
Bank account (IBAN): {iban.a}

Basic pay        {amount}
Overtime         {amount}
Tax              -{amount}
Net pay          {amount}""",
    ),
    (
        "*",
        "",
        """Can you clean up this beneficiary list from our NGO food distribution and sort it by household size?

beneficiary_id,name,phone,household_size
B-{d4},{name.a},{phone.a},5
B-{d4},{name.b},{phone.b},3
B-{d4},{name.c},{phone.c},7
B-{d4},{name.d},{phone.d},2""",
    ),
    (
        "*",
        "",
        """[Driver] {first.b}: I'm at the gate, white {product}
[You]: coming in 2 mins
[Driver] {first.b}: ok. call me on {phone.b} if you can't see me
[You]: thanks {first.b} 🙏
[Driver] {first.b}: no problem, drop-off is still {addr.a}?
[You]: yes""",
    ),
    (
        "*",
        "",
        """DELIVERY NOTE {ref}
{company} - same day courier
Recipient: {name.a}
Deliver to: {addr.a}
Contact: {phone.a}
Items: 1 x {product}
Signed by: {first.a}    Time: {time}""",
    ),
    (
        "*",
        "",
        """I need to write a dispute letter to my bank branch. There is a charge of {amount} on my card {card} from a merchant I don't know, dated {date}. My name is {name.a}, account IBAN {iban.a}, address {addr.a}. Please draft it.""",
    ),
    (
        "*",
        "",
        """QUOTE #{d4} - {company}
Customer: {name.a}, {phone.a}
Item: {product}
- Replace front brake pads      {amount}
- Oil and filter change         {amount}
Valid until {date}. Mechanic on duty: {first.b}""",
    ),
    (
        "*",
        "",
        """Hi, I want to cancel my membership at {company} but the front desk guy ({first.b}) keeps telling me I have to come in person. Membership is under {name.a}, member since {date}, phone {phone.a}. Can you write a short formal cancellation email to them?""",
    ),
    (
        "*",
        "",
        """Recruiter note ({company} staffing):
Shortlist for warehouse picker roles
1. {name.a} - {phone.a} - available Monday
2. {name.b} - {email.b} - forklift licence no. {dl.b}
3. {name.c} - {phone.c} - needs transport
Sent by {first.d}""",
    ),
    (
        "*",
        "",
        """Summarize this thread for me:

From: {name.a} <{email.a}>
To: {email.b}
The pharmacy says my prescription was never sent. Can you re-send it?

From: {name.b} <{email.b}>
I sent it to {company} on {date}. I'll call them: {phone}.

From: {name.a}
Thanks. If they need me my number is {phone.a}.""",
    ),
    (
        "*",
        "",
        """Complaint about your technician

On {date} your technician {name.b} visited my home at {addr.a} to fix the {product}. He left after 10 minutes saying a part was missing and I was still charged {amount}. I want a refund. My customer number is {d4}{d4} and my phone is {phone.a}.

{name.a}""",
    ),
    (
        "*",
        "",
        """our clinic wifi keeps dropping. router is a {product}, WAN IP {ip}, the reception PC has MAC {mac} and gets {ip} on the LAN. admin login is admin / {pwd}. what should I check first?""",
    ),
    (
        "*",
        "",
        """I'm setting up online payments for my small shop. My developer sent me this config, is it ok to put it on the website?

STRIPE_SECRET_KEY={apikey}
SHOP_OWNER_EMAIL={email.a}
SUPPORT_PHONE={phone.a}""",
    ),
    (
        "*",
        "",
        """hey can you write a polite message to the freelancer who did our logo? we agreed {amount} and he wants to be paid in crypto. his wallet is {crypto} and his name is {name.b}. say we will pay on {date}""",
    ),
    (
        "*",
        "",
        """Visa appointment booking - please check my details before I submit:
Full name: {NAME.a}
Date of birth: {dob.a}
Passport number: {passport.a}
Phone: {phone.a}
Email: {email.a}
Home address: {addr.a}""",
    ),
    (
        "*",
        "",
        """Car rental agreement {ref}
Renter: {name.a}
Driver's licence no.: {dl.a}
Licence holder DOB: {dob.a}
Deposit card: {card}
Pickup: {date}, return in 3 days
Agent: {first.b}""",
    ),
    (
        "*",
        "",
        """Our booking app crashes on startup. The .env the previous contractor left:
DATABASE_URL=postgres://booking_app:{pwd}@{ip}:5432/clinic
SMTP_USER={email}
SMTP_PASS={pwd}
Why does it fail with "connection refused"?""",
    ),
    (
        "*",
        "",
        """I'm locked out of the shop's POS account. The vendor gave me these recovery codes, which one do I use first?
{codes}
Account email: {email.a}""",
    ),
    (
        "*",
        "",
        """Tenants group chat (export)
{first.a}: has anyone got the landlord's number? water is off again
{first.b}: it's {phone.c}, ask for {first.c}
{first.a}: thx {lfirst.b}!!
{first.d}: also the new agency email is {email.c}
{first.b}: 👍""",
    ),
    (
        "*",
        "",
        """omg thank u {lfirst.b}🙏 the cake was perfect!! can u send me the invoice to {email.a}? also tag {handle.a} in the photos pls""",
    ),
    (
        "*",
        "",
        """Please translate this letter from the council into simple English for my neighbour:

Re: Council tax reminder for {addr.a}
Dear {name.a},
Our records show an outstanding balance of {amount} for the period ending {date}. Please pay within 14 days or call {phone} quoting account {d4}{d4}.""",
    ),
    (
        "*",
        "",
        """Refill request ({company})
Hi, it's {name.a}, date of birth {dob.a}. I need a refill of {drug}. I'll pick it up tomorrow. Text me at {phone.a} when it's ready. Thanks!""",
    ),
    (
        "*",
        "",
        """Booking confirmation
Guest: {name.a}
Guests: 2 adults
Check-in: {date}
Contact email: {email.a}
Mobile: {phone.a}
Card on file: {card}
Questions? Reply to this email or ask for {first.b} at reception.""",
    ),
    (
        "*",
        "",
        """can u help me write a reply to this customer review? "Worst service ever. {first.b} at the counter ignored me for 20 min." - posted by {handle.a}. I want to apologise and offer a voucher""",
    ),
    (
        "*",
        "",
        """Hi {first.a}, this is {first.b} from {company}. Your {product} is ready for pickup. Balance due {amount}. We close at {time}. Reply STOP to opt out.""",
    ),
    (
        "*",
        "",
        """Rewrite this more professionally:

hey, {first.a} here. my gym locker was broken into yesterday and my wallet got taken, my card {card} was in it. i already blocked it. can u check cctv? my membership is under {email.a}""",
    ),
    (
        "*",
        "",
        """Reference check form
Candidate name: {name.a}
Referee: {name.b}
Referee phone: {phone.b}
Relationship: former supervisor at {company}
Would you re-employ? Yes
Comments: {first.a} was reliable and great with customers.""",
    ),
    (
        "*",
        "",
        """Volunteer sign-up - {company} community kitchen
Name: {name.a}
DOB: {dob.a}
Emergency contact: {name.b} ({phone.b})
Address: {addr.a}
Allergies: none""",
    ),
    (
        "*",
        "",
        """hello i ordered from your shop on {date} and got the wrong size. order {order}. my name on the order is {lname.a} and my number {phone.a}. pls exchange""",
    ),
    (
        "*",
        "",
        """Draft an email to the letting agent. Points: 1) boiler broken since {date}; 2) I have called {first.b} at the agency three times on {phone.b}; 3) my tenancy at {addr.a} says repairs within 72 hours. Sign it from {name.a}.""",
    ),
    (
        "*",
        "",
        """Support ticket {ticket}
Customer: {name.a} ({email.a})
Issue: Cannot log in to the customer portal of {company}
Username: {login.a}
Password they tried: {pwd}
Agent note ({first.b}): reset link sent, asked customer never to share password again.""",
    ),
    (
        "*",
        "",
        """Money transfer receipt
Sender: {NAME.a}
Sender phone: {phone.a}
Receiver: {NAME.b}
Receiver IBAN: {iban.b}
Amount: {amount}
Reference: rent {month}
Date: {date}""",
    ),
    (
        "*",
        "",
        """Write a short thank-you note to nurse {first.b}, who looked after my dad {name.a} at {hospital} last week. Mention that he is home now and doing well.""",
    ),
    (
        "*",
        "",
        """i need a letter for my employer explaining i was absent on {date} because my son {first.a} was hospitalised. my manager is {name.b}. my employee email {email.c}. sign as {name.c}""",
    ),
    (
        "*",
        "",
        """Customer feedback export
rating,comment,customer,contact
1,"Food was cold, driver {first.b} was rude",{name.a},{email.a}
5,"Great, thanks {first.c}!",{name.d},{phone.d}
3,"Late again",{name.c},{email.c}""",
    ),
    (
        "*",
        "",
        """Hi! Please extract the fields from this scanned delivery slip as JSON:

CONSIGNEE  {NAME.a}
ADDR  {addr.a}
TEL  {phone.a}
PIECES 2   WEIGHT 4.5kg
SHIPPER {company}""",
    ),
    (
        "*",
        "",
        """From: {email.a}
To: {email}
Subject: Mould in flat, 3rd request

I have reported mould in the bedroom of {addr.a} three times. Your caseworker {name.b} promised an inspection by {date}. Nobody came. My daughter {first.c} has asthma. Please act now.
{name.a}
{phone.a}""",
    ),
    (
        "*",
        "",
        """Lost and found log - {company}
{date} {time} - black wallet found on bus 12, ID inside: {NAME.a}, born {dob.a}. Called {phone.a}, no answer.
{date} {time} - umbrella, no name.
Logged by {first.b}""",
    ),
    (
        "*",
        "",
        """Explain this message from my child's school in simple words:

"Dear parents, {first.a} {last.a} has been selected for the regional science fair at {school}. Please sign the consent form and return it to {title.b} {last.b} ({email.b}) by {date}."
""",
    ),
    (
        "*",
        "",
        """User: my wallet app asks for the seed phrase to restore, is this normal?? it says send 0.01 BTC to {crypto} to 'verify'. my email on the account is {email.a}
Assistant:""",
    ),
    (
        "*",
        "",
        """Hey {first.b}, it's {first.a} (flat 4). The courier left my parcel with you I think? Tracking says signed by "{lfirst.b}". Can I pick it up tonight? My number if you need it: {phone.a}""",
    ),
    (
        "*",
        "",
        """I run a small tailoring shop. Make me a nice receipt from this:
customer {name.a}, {phone.a}
2 shirts altered {amount}
1 dress made to measure {amount}
paid cash, {date}
served by {first.b}""",
    ),
    (
        "*",
        "",
        """Medical referral
To: {hospital}
Re: {name.a}, DOB {dob.a}
Address: {addr.a}
Tel: {phone.a}
Dear colleague, I would be grateful if you could see this patient with persistent knee pain for 3 months. Current medication: {drug}.
Dr. {name.b}""",
    ),
    (
        "*",
        "",
        """Tax office appointment - please help me list the documents I need. I'm {name.a}, self-employed, I run {company}. My passport number is {passport.a} and my home address is {addr.a}.""",
    ),
    (
        "*",
        "",
        """the shop's wifi is "{company}_guest", staff network password is {pwd} and the POS terminal pin is {pin}. write a short onboarding note for our new cashier {first.a}, don't include the pin""",
    ),
    (
        "KE",
        "",
        """translate to english pls: message from the driver {first.b} 👇
"{first.a}, nimefika getini, nipigie {phone.b}"
""",
    ),
    (
        "*",
        "",
        """Gym induction form
Member: {name.a}
Date of birth: {dob.a}
Email: {email.a}
Emergency contact: {first.b}, {phone.b}
Trainer: {first.c}
Goals: lose 5 kg before {date}""",
    ),
    (
        "*",
        "",
        """Make this list into a neat WhatsApp broadcast for the parents' committee:
- Treasurer: {name.a} {phone.a}
- Secretary: {name.b} {phone.b}
- Class rep: {name.c} {email.c}
Next meeting {date} at {school}.""",
    ),
    (
        "*",
        "",
        """{first.b}: hi, {company} deliveries here, are you home?
{first.a}: not yet, leave it with the guard pls
{first.b}: guard name?
{first.a}: {first.c}
{first.b}: done ✅ photo sent to {email.a}""",
    ),
    (
        "*",
        "",
        """Here is the API error our support bot logged, what does it mean?
2024-11-0{d1} 09:1{d1}:22 ERROR auth failed for user={login.a} ip={ip6} token={token}""",
    ),
    (
        "*",
        "",
        """Write a warm welcome message for our new employee {name.a} who joins the {company} team on {date}. Mention that {first.b} will be their buddy. Keep it under 80 words.""",
    ),
    (
        "*",
        "",
        """Deposit dispute evidence list
Tenant: {name.a}
Property: {addr.a}
Landlord: {name.b} ({email.b})
Check-in inventory: {date}
Deposit paid from IBAN {iban.a}
Photos: 34 attached""",
    ),
    (
        "*",
        "",
        """Dear {first.a},
Thank you for your order with {company}. Your {product} will be delivered on {date} between {time} and 18:00 to:
{addrml.a}
If this is wrong, call us on {phone} before 10:00.""",
    ),
    (
        "*",
        "",
        """is this a scam? got an sms: "Dear {NAME.a} your parcel is on hold, pay customs fee at bit.ly/xyz. Ref {ref}". i did order a {product} last week but not from abroad""",
    ),
    (
        "*",
        "",
        """Employer letter request
Please prepare a letter confirming that {name.a} (date of birth {dob.a}) has been employed by {company} as a cleaner since {date}, for a rental application. Signatory: {name.b}, HR.""",
    ),
    (
        "*",
        "",
        """I want to send a complaint to the ride app. Trip on {date}, driver {first.b} took a long detour and charged {amount}. My account email is {email.a}. The driver's profile said "{name.b}, 4.6★". Write it for me.""",
    ),
    (
        "*",
        "",
        """Form: Request for home visit (social services)
Applicant: {name.a}
Address: {addr.a}
Phone: {phone.a}
Person needing care: {name.b}, born {dob.b}
Reason: cannot climb stairs after fall""",
    ),
    (
        "*",
        "",
        """pls proofread my cover letter opening: "My name is {name.a}. I am a qualified pharmacy technician with 4 years at {company} and I am excited to apply to {eponym}." """,
    ),
    (
        "*",
        "",
        """Our office printer stopped working after the update to firmware {version}. Printer IP {ip}, MAC {mac}. The IT guy {first.a} ({email.a}) is on leave. What can I try?""",
    ),
    (
        "*",
        "",
        """Donation receipt
Received with thanks from {name.a}, {addr.a}, the sum of {amount} for the {company} school feeding programme. Paid by card ending {d4}. Receipt issued by {name.b} on {date}.""",
    ),
    (
        "*",
        "",
        """Can you make a reminder schedule? Appointments:
- {first.a}: dentist at {company}, {date} {time}
- {first.b}: vaccination at {hospital}, {date}
- grandma {first.c}: eye test, call {phone.c} first""",
    ),
    # ---------------- US-specific ----------------
    (
        "US",
        "",
        """W-9 info for my new cleaning client, can you put it into the table?
Name: {name.a}
Business: {company}
SSN: {ssn.a}
Address: {addr.a}
Email: {email.a}""",
    ),
    (
        "US",
        "",
        """New hire onboarding - {company}
Employee: {name.a}
DOB: {dob.a}
SSN: {ssn.a}
Direct deposit: checking, routing on file
Emergency contact: {name.b} {phone.b}
Manager: {first.c}""",
    ),
    (
        "US",
        "",
        """Tax prep intake (free VITA clinic)
Client: {name.a}   ITIN: {itin.a}
Spouse: {name.b}   ITIN: {itin.b}
Dependents: {first.c} (DOB {dob.c})
Address: {addr.a}
Phone: {phone.a}""",
    ),
    (
        "US",
        "",
        """Pharmacy intake - {company}
Patient: {name.a}
DOB: {dob.a}
Insurance member ID on card, SSN last resort: {ssn.a}
Driver's license: {dl.a}
Phone: {phone.a}""",
    ),
    (
        "US",
        "",
        """rental application for {addr.b}
applicant {name.a} dob {dob.a} ssn {ssn.a}
current landlord {name.c} {phone.c}
employer {company}
pls tell me if anything is missing""",
    ),
    # ---------------- speech-to-text call-centre transcripts ----------------
    (
        "*",
        "stt",
        """agent: thank you for calling {company} my name is {first.b} how can i help
caller: yes hi this is {name.a} i am calling about my order it never came
agent: sorry about that can i have your date of birth for security
caller: {sdob.a}
agent: thank you and the best number to reach you
caller: {sphone.a}
agent: perfect {first.a} i have raised a claim""",
    ),
    (
        "*",
        "stt",
        """agent: good morning {company} bookings {first.b} speaking
caller: hi i want to book for my mother her name is {name.c}
agent: and her date of birth
caller: {sdob.c}
agent: email for the confirmation
caller: {semail.a}
agent: lovely that is booked""",
    ),
    (
        "*",
        "stt",
        """customer: hello yes my card was blocked
agent: ok can you confirm the full name on the account
customer: {name.a}
agent: and the address we have on file
customer: {addr.a}
agent: thanks i can see a payment flagged at {eponym} was that you
customer: yes that was me""",
    ),
    (
        "*",
        "stt",
        """caller: um hi im calling from {company} about a delivery for {lname.a}
recipient: thats me
caller: ok whats your address sorry the label is torn
recipient: {addr.a}
caller: and can i call you back on {sphone.a}
recipient: yes thats fine""",
    ),
    (
        "US",
        "stt",
        """agent: for verification can i get the last four or the full social
caller: the full one is {ssn.a}
agent: thank you {first.a} and your date of birth
caller: {sdob.a}
agent: ok i see the account""",
    ),
]
TEMPLATES += [
    # ---------------- German ----------------
    (
        "DE",
        "",
        """Betreff: Rückzahlung der Mietkaution

Sehr geehrte {hon.b} {last.b},

ich bin am {date} aus der Wohnung {addr.a} ausgezogen. Die Kaution wurde bis heute nicht zurückgezahlt. Bitte überweisen Sie den Betrag auf mein Konto {iban.a}.

Mit freundlichen Grüßen
{name.a}
Tel. {phone.a}""",
    ),
    (
        "DE",
        "",
        """Terminbestätigung - {hospital}
Behandelnde Ärztin/behandelnder Arzt: Dr. {name.b}
Patient/in: {name.a}
Geburtsdatum: {dob.a}
Termin: {date}, {time} Uhr
Bitte bringen Sie Ihre Versichertenkarte mit. Absagen bitte telefonisch unter {phone}.""",
    ),
    (
        "DE",
        "ocr",
        """REISEPASS  PASSPORT  PASSEPORT
BUNDESREPUBLIK DEUTSCHLAND
Pass-Nr. / Passport No.
{passport.a}
Name / Surname
{SURNAME.a}
Vornamen / Given names
{GIVEN.a}
Geburtstag / Date of birth
{dob.a}
Wohnort / Residence
{town}""",
    ),
    (
        "DE",
        "",
        """Kannst du mir helfen, diese Kündigung zu formulieren? Ich will meinen Vertrag bei {company} kündigen. Mitgliedsname: {name.a}, E-Mail {email.a}, Adresse {addr.a}. Der Trainer {first.b} meinte, das geht nur schriftlich.""",
    ),
    # ---------------- French ----------------
    (
        "FR",
        "",
        """Traduis-moi ce courrier de la mairie en anglais stp :

Mairie de {town} - Service État civil
{hon.a} {name.a}
{addrml.a}

Objet : rendez-vous pour le renouvellement de votre passeport n° {passport.a}
Nous vous confirmons votre rendez-vous le {date} à {time}. Merci de vous présenter avec un justificatif de domicile.""",
    ),
    (
        "FR",
        "",
        """Bonjour,
Mon colis (commande {order}) n'est jamais arrivé. Le livreur {first.b} prétend l'avoir déposé chez un voisin. Je m'appelle {name.a}, j'habite {addr.a}, tél. {phone.a}.
Merci de me rembourser.
Cordialement,
{first.a}""",
    ),
    (
        "FR MA",
        "",
        """BULLETIN DE SALAIRE - {company}
Salarié : {NAME.a}
Né(e) le : {dob.a}
Adresse : {addr.a}
IBAN : {iban.a}
Salaire de base : {amount}
Net à payer : {amount}""",
    ),
    (
        "MA",
        "",
        """Salam {first.b}, c'est {first.a}. Le livreur de {company} m'a appelé, il cherche l'adresse: {addr.a}. Tu peux lui envoyer la localisation? Son numéro: {phone.b}. Choukran 🙏""",
    ),
    # ---------------- Spanish ----------------
    (
        "MX CO AR",
        "",
        """Hola, ayúdame a escribir una queja para la tienda {company}. Compré una {product} el {date} y llegó rota. El repartidor, {first.b}, no quiso esperar a que la revisara. Mis datos: {name.a}, {addr.a}, cel. {phone.a}, correo {email.a}.""",
    ),
    (
        "MX CO AR",
        "",
        """[{time}] {first.b} (repartidor): ya estoy afuera 🛵
[{time}] {first.a}: ahorita bajo
[{time}] {first.b}: es {addr.a}, verdad?
[{time}] {first.a}: sí, el portón negro
[{time}] {first.b}: ok, cualquier cosa {phone.b}""",
    ),
    (
        "MX CO",
        "",
        """CONSTANCIA DE ESTUDIOS
La dirección de la {school} hace constar que el alumno {NAME.a}, nacido el {dob.a}, está inscrito en 4.º grado durante el ciclo escolar {year}.
Tutor: {name.b}, domicilio {addr.b}.
Se extiende la presente a petición del interesado.""",
    ),
    (
        "AR",
        "",
        """Che {first.b}, te paso los datos para el contrato del depto:
inquilina: {name.a}
fecha de nacimiento: {dob.a}
dirección actual: {addr.a}
celu: {phone.a}
el depósito te lo transfiero el {date}. Avisame si falta algo!""",
    ),
    # ---------------- Portuguese (Brazil) ----------------
    (
        "BR",
        "",
        """Atendimento {company} - protocolo {ticket}
{first.b} (atendente): Olá! Com quem eu falo?
Cliente: {name.a}
{first.b} (atendente): Obrigado, {first.a}. Pode confirmar o CEP e o endereço de entrega?
Cliente: {addr.a}
{first.b} (atendente): Perfeito. E um telefone para contato?
Cliente: {phone.a}""",
    ),
    (
        "BR",
        "",
        """RECIBO
Recebi de {name.a} a quantia de {amount} referente ao aluguel de {month} do imóvel situado à {addr.a}.
Pagamento via PIX para {email.b}.
{town}, {date}.
{name.b}""",
    ),
    (
        "BR",
        "",
        """Me ajuda a melhorar meu currículo:

{NAME.a}
Data de nascimento: {dob.a}
{addr.a}
{phone.a} | {email.a}
Experiência: atendente na {company} ({year}-{year})""",
    ),
    # ---------------- Italian ----------------
    (
        "IT",
        "",
        """Gentile {hon.a} {last.a},
le confermiamo la prenotazione della visita presso {hospital} il {date} alle ore {time}.
Dati del paziente: {name.a}, nato/a il {dob.a}, tel. {phone.a}.
Per disdire scriva a {email}.""",
    ),
    (
        "IT",
        "",
        """Ciao, mi aiuti a scrivere all'amministratore di condominio? Da settimane il vicino del piano di sopra ({last.b}) fa lavori la domenica. Io sono {name.a}, abito in {addr.a}. Cellulare {phone.a}.""",
    ),
    # ---------------- Dutch ----------------
    (
        "NL",
        "",
        """Beste {first.b},

Ik heb de borg van de kamer aan de {addr.a} nog steeds niet terug. Wil je die overmaken naar {iban.a} t.n.v. {name.a}?

Groet,
{first.a}
{phone.a}""",
    ),
    (
        "NL",
        "",
        """Kun je deze brief van de gemeente {town} samenvatten?
"Geachte {hon.a} {last.a}, uw aanvraag voor een parkeervergunning voor het adres {addr.a} is ontvangen op {date}. Wij nemen binnen 8 weken een besluit."
""",
    ),
    # ---------------- Nordic ----------------
    (
        "SE",
        "",
        """Hej {first.b}!
Jag flyttar från lägenheten på {addr.a} den {date}. Kan du betala tillbaka depositionen till mitt konto {iban.a}? Ring mig på {phone.a} om något är oklart.
Mvh {name.a}""",
    ),
    (
        "SE NO",
        "",
        """Bokningsbekräftelse - {hospital}
Patient: {name.a}
Födelsedatum: {dob.a}
Tid: {date} kl. {time}
Vid förhinder, ring {phone}.""",
    ),
    # ---------------- Polish ----------------
    (
        "PL",
        "",
        """Dzień dobry,
składam reklamację dotyczącą zamówienia {order}. Paczka przyszła uszkodzona. Dane: {name.a}, {addr.a}, tel. {phone.a}, e-mail {email.a}.
Proszę o zwrot na konto {iban.a}.
Pozdrawiam, {first.a}""",
    ),
    (
        "PL",
        "",
        """ZAŚWIADCZENIE O ZATRUDNIENIU
Zaświadcza się, że {hon.a} {name.a}, ur. {dob.a}, zamieszkała/y {addr.a}, jest zatrudniona/y w firmie {company} od {date}.
Wystawił: {name.b}""",
    ),
    # ---------------- Romanian ----------------
    (
        "RO",
        "",
        """Bună ziua, aș dori o programare la clinica {company} pentru fiica mea {first.a}. Numele meu este {name.b}, telefon {phone.b}. Data nașterii fetiței: {dob.a}. Mulțumesc!""",
    ),
    # ---------------- Ukrainian ----------------
    (
        "UA",
        "",
        """Допоможіть перекласти заяву англійською:

Директору {company}
від {nname.a}
що проживає за адресою: {naddr.a}
тел. {phone.a}

ЗАЯВА
Прошу надати мені відпустку з {date}.
{nname.a}""",
    ),
    (
        "UA",
        "ocr",
        """УКРАЇНА  UKRAINE
ПАСПОРТ / PASSPORT
Прізвище / Surname
{nlast.a}
{SURNAME.a}
Ім'я / Given names
{nfirst.a}
{GIVEN.a}
Дата народження / Date of birth
{dob.a}
Номер паспорта / Passport No.
{passport.a}""",
    ),
    # ---------------- Greek ----------------
    (
        "GR",
        "",
        """Καλησπέρα {nfirst.b}, είμαι η/ο {nname.a}. Σας γράφω για το ραντεβού στο {company} στις {date}. Το τηλέφωνό μου είναι {phone.a} και η διεύθυνση {naddr.a}. Ευχαριστώ!""",
    ),
    (
        "GR",
        "",
        """Μισθωτήριο - στοιχεία ενοικιαστή
Ονοματεπώνυμο: {nname.a}
Ημερομηνία γέννησης: {dob.a}
Διεύθυνση: {naddr.a}
IBAN: {iban.a}""",
    ),
    # ---------------- Turkish ----------------
    (
        "TR",
        "",
        """Merhaba, {company} müşteri hizmetleri. Kargom 5 gündür dağıtımda görünüyor. Sipariş no: {order}. Ad soyad: {name.a}, adres: {addr.a}, tel: {phone.a}. Kurye {first.b} Bey telefonu açmıyor.""",
    ),
    (
        "TR",
        "",
        """İş başvurusu
Sayın Yetkili,
Ben {name.a}, {dob.a} doğumluyum. {company} bünyesindeki kasiyer ilanına başvurmak istiyorum. İletişim: {phone.a}, {email.a}.
Saygılarımla""",
    ),
    # ---------------- Persian ----------------
    (
        "IR",
        "",
        """این نامه را برای مدرسه به انگلیسی ترجمه کن:
مدیر محترم {school}
اینجانب {nname.b} پدر دانش‌آموز {nname.a} متولد {dob.a} هستم. فرزندم روز {date} به دلیل بیماری غایب بود.
شماره تماس: {phone.b}
آدرس: {naddr.b}""",
    ),
    # ---------------- Arabic ----------------
    (
        "EG MA",
        "",
        """السلام عليكم، عندي شكوى بخصوص طلب رقم {order} من {company}. المندوب {nfirst.b} ما وصلش الطلب. الاسم: {nname.a}، العنوان: {naddr.a}، الموبايل: {phone.a}. شكراً""",
    ),
    (
        "EG",
        "",
        """Translate to English please:
استمارة تسجيل مريض
الاسم: {nname.a}
تاريخ الميلاد: {dob.a}
العنوان: {naddr.a}
رقم الهاتف: {phone.a}
البريد الإلكتروني: {email.a}""",
    ),
    # ---------------- Hindi / Hinglish ----------------
    (
        "IN",
        "",
        """bhaiya {first.b}, main gate pe hu, aap kaha ho? order {order} hai, {name.a} ke naam se. address {addr.a}. call karo {phone.a} pe""",
    ),
    (
        "IN",
        "",
        """कृपया इस फ़ॉर्म को अंग्रेज़ी में भर दीजिए:
नाम: {nname.a}
जन्म तिथि: {dob.a}
पता: {naddr.a}
मोबाइल: {phone.a}
ईमेल: {email.a}""",
    ),
    # ---------------- Bengali ----------------
    (
        "BD",
        "",
        """ত্রাণ বিতরণ তালিকা - {company}
১. {nname.a} - {phone.a}
২. {nname.b} - {phone.b}
৩. {nname.c} - {phone.c}
স্বেচ্ছাসেবক: {nname.d}""",
    ),
    # ---------------- Indonesian ----------------
    (
        "ID",
        "",
        """[Driver] {first.b}: Selamat siang {hon.a} {first.a}, saya sudah di depan ya, motor Beat merah
[Customer] {first.a}: oke pak tunggu sebentar
[Driver] {first.b}: alamatnya {addr.a} kan bu?
[Customer] {first.a}: iya betul. kalau bingung telp {phone.a}""",
    ),
    (
        "ID",
        "",
        """SURAT KETERANGAN
Yang bertanda tangan di bawah ini menerangkan bahwa:
Nama: {NAME.a}
Tanggal lahir: {dob.a}
Alamat: {addr.a}
adalah benar warga kami. Surat ini dibuat untuk keperluan melamar kerja di {company}.
Ketua RT, {name.b}""",
    ),
    # ---------------- Taglish ----------------
    (
        "PH",
        "",
        """Hi po {hon.b} {first.b}, si {first.a} po ito, yung tenant sa {addr.a}. Pwede po bang next week na lang ang bayad sa renta? Na-delay po sahod ko. Salamat po! {phone.a}""",
    ),
    (
        "PH",
        "",
        """Good day! Paki-check po ng requirements ko for the job opening at {company}:
Name: {name.a}
Birthday: {dob.a}
Address: {addr.a}
Contact: {phone.a}
Email: {email.a}""",
    ),
    # ---------------- Vietnamese ----------------
    (
        "VN",
        "",
        """Chào shop, mình là {name.a}. Đơn hàng {order} giao nhầm màu rồi. Shipper {first.b} bảo liên hệ shop. Địa chỉ nhận: {addr.a}. SĐT: {phone.a}. Cảm ơn ạ!""",
    ),
    (
        "VN",
        "",
        """ĐƠN XIN NGHỈ HỌC
Kính gửi: Cô giáo chủ nhiệm lớp 5A
Tôi tên là {name.b}, phụ huynh của em {name.a}, sinh ngày {dob.a}.
Tôi xin phép cho cháu nghỉ học ngày {date} vì cháu bị ốm.
Số điện thoại: {phone.b}""",
    ),
    # ---------------- Thai ----------------
    (
        "TH",
        "",
        """ยืนยันการนัดหมาย {hospital}
ชื่อผู้ป่วย: คุณ{nname.a}
วันเกิด: {dob.a}
เบอร์โทร: {phone.a}
นัดวันที่ {date} เวลา {time}""",
    ),
    # ---------------- Chinese ----------------
    (
        "CN",
        "",
        """帮我写一封投诉信给快递公司：我的快递（单号 {order}）显示已签收，但我没收到。收件人：{nname.a}，地址：{naddr.a}，电话：{phone.a}。快递员{nlast.b}师傅说放在门口了。""",
    ),
    (
        "CN",
        "",
        """个人简历
姓名：{nname.a}
出生日期：{dob.a}
电话：{phone.a}
邮箱：{email.a}
地址：{naddr.a}
工作经历：{year}年至今 在{company}担任店长""",
    ),
    # ---------------- Japanese ----------------
    (
        "JP",
        "",
        """{nname.a}様

この度は{company}をご予約いただき誠にありがとうございます。
ご予約日時：{date} {time}
ご登録電話番号：{phone.a}
ご登録メールアドレス：{email.a}
担当：{nlast.b}""",
    ),
    (
        "JP",
        "",
        """この履歴書を英語に訳してください。
氏名　{nname.a}
生年月日　{dob.a}
現住所　{naddr.a}
電話　{phone.a}""",
    ),
    # ---------------- Korean ----------------
    (
        "KR",
        "",
        """안녕하세요, {company} 고객센터입니다. {nname.a}님, 주문하신 상품이 {date} 배송될 예정입니다. 배송지: {naddr.a} / 연락처: {phone.a}. 담당 기사: {nname.b}""",
    ),
    (
        "KR",
        "",
        """진료 예약 확인
환자명: {nname.a}
생년월일: {dob.a}
예약일시: {date} {time}
문의: {phone}""",
    ),
    # ---------------- Swahili / Sheng ----------------
    (
        "KE",
        "",
        """Habari {first.b}, mimi ni {name.a}. Nimetuma kodi ya mwezi wa {month} kupitia M-Pesa kutoka namba {phone.a}. Tafadhali nitumie risiti. Nyumba ni {addr.a}. Asante!""",
    ),
    # ---------------- Nigerian Pidgin ----------------
    (
        "NG",
        "",
        """{first.b} abeg how far with my agbada? You talk say e go ready {date}. I dey come collect am for your shop. Call me {phone.a} if e never ready. - {first.a}""",
    ),
    # ---------------- Ghana / South Africa ----------------
    (
        "GH ZA",
        "",
        """Hi {first.b}, this is {name.a}. I paid the school fees for {first.c} through mobile money from {phone.a} this morning. Please confirm to the bursar. Thank you.""",
    ),
    # ---------------- Sri Lanka / Pakistan / Bangladesh English ----------------
    (
        "LK PK BD",
        "",
        """Respected Sir/Madam,
I, {name.a}, residing at {addr.a}, kindly request a duplicate copy of my electricity bill for account {d4}{d4}. My contact number is {phone.a}.
Thanking you,
{name.a}""",
    ),
]

# Texts with nothing to remove (near-misses only).
NEGATIVE: list[tuple[str, str, str]] = [
    (
        "*",
        "",
        """Our shop's card terminal shows error E-{d3} after updating to firmware {version}. The receipt printer is fine. Order {order} went through but {order} did not. Config line: api_key={placeholder}. What should I check?""",
    ),
    (
        "*",
        "",
        """Write a short Instagram caption for our bakery: we are now open on Sundays from {time}, just 5 minutes from {place}. Free coffee with every {product} order until {date}!""",
    ),
    (
        "*",
        "",
        """Summarize: {eponym} announced a recall of some units sold between {date} and {date}. Customers should check the batch number (starts with LOT-{d4}) and return the product to any store. Refunds will be issued within 14 days.""",
    ),
    (
        "*",
        "",
        """Which is better for a small clinic: {tool} or {tool}? We have 3 front-desk staff, about 200 tickets a week, and we need WhatsApp integration. Budget around {amount} per month.""",
    ),
    (
        "*",
        "",
        """My son's school project is about {public}. Can you give me 5 simple facts for a 10-year-old? The presentation is on {date} at {place}.""",
    ),
    (
        "*",
        "",
        """Translate into French: "Dear customer, your order {order} has been shipped on {date}. Track it with reference {ref}. Thank you for shopping with {eponym}." """,
    ),
    (
        "*",
        "",
        """Checksum of the invoice export is {hash}. The file invoices_{year}.csv has 1,204 rows and the script version is {version}. Password field in the template says {placeholder}; should I fill it?""",
    ),
    (
        "*",
        "",
        """Template for our support macro:
Hi {{first_name}},
Thanks for contacting {company}. Your ticket {ticket} has been received and an agent will reply within 24 hours.
Best regards,
The {company} team""",
    ),
    (
        "*",
        "",
        """Can you explain the difference between a quote and an invoice for a small garage? Example: quote Q-{d4} for a {product} service, {amount}, valid until {date}.""",
    ),
    (
        "*",
        "",
        """The community health day is on {date} at {place}. Free blood pressure checks from {time}. Bring your clinic card. Organised with support from {eponym} Foundation.""",
    ),
    (
        "*",
        "",
        """Is it true that {public} once worked at {eponym}? My coworker says so but I think it's a myth. Also, was {place} named after someone?""",
    ),
    (
        "*",
        "",
        """ERROR 2024-0{d1}-1{d1}T0{d1}:12:09Z request_id={hash} model=gpt-4o-mini status=429 retry_after=20s tokens=1{d3}""",
    ),
    (
        "*",
        "",
        """Please draft a notice for our tenants: water will be off on {date} from {time} for maintenance. Contact the management office at the front desk. Unit numbers 1-{d2} affected.""",
    ),
    (
        "*",
        "",
        """Customer asked: "does the {product} come with a warranty?" Our policy: 12 months from purchase, receipt required, order number format ORD-{d4}-XX. Write a friendly answer.""",
    ),
    (
        "*",
        "",
        """Set-up guide says: SSID {company}_Guest, default password {placeholder}, change it on first login. Router model {product}, firmware {version}, MAC address printed on the sticker. Is that safe?""",
    ),
    (
        "*",
        "",
        """For our pharmacy newsletter: reminder that {drug} should be taken with food. Vaccination days are every Tuesday in {month}. We are on the corner near {place}.""",
    ),
    (
        "*",
        "",
        """Hello, I would like to know your opening hours on public holidays and whether you accept card payments at the branch on {place} road. Thank you!""",
    ),
]

# Extra OCR-style scans (native language, odd spacing).
TEMPLATES += [
    (
        "FR",
        "ocr",
        """RÉPUBLIQUE FRANÇAISE
CARTE NATIONALE D'IDENTITÉ
Nom : {SURNAME.a}
Prénom(s) : {GIVEN.a}
Né(e) le : {dob.a}
à : {town}
Adresse : {addr.a}""",
    ),
    (
        "IT",
        "ocr",
        """REPUBBLICA ITALIANA
PATENTE DI GUIDA
1. {SURNAME.a}
2. {GIVEN.a}
3. {dob.a} {town}
5. {dl.a}""",
    ),
    (
        "PL",
        "ocr",
        """RZECZPOSPOLITA POLSKA
PRAWO JAZDY
1. {SURNAME.a}
2. {GIVEN.a}
3. {dob.a}
5. {dl.a}
8. {addr.a}""",
    ),
    (
        "ES MX CO AR",
        "ocr",
        """FORMULARIO DE INSCRIPCIÓN
Apellidos y nombres: {NAME.a}
Fecha de nacimiento: {dob.a}
Domicilio: {addr.a}
Teléfono: {phone.a}
Correo: {email.a}""",
    ),
    (
        "*",
        "ocr",
        """PASSPORT
Type P   Code {cc}
Passport No. {passport.a}
Surname {SURNAME.a}
Given names {GIVEN.a}
Date of birth {dob.a}
Date of issue {date}""",
    ),
    (
        "KE NG GH ZA",
        "ocr",
        """DRIVING LICENCE
Name: {NAME.a}
Licence No: {dl.a}
Date of Birth: {dob.a}
Address: {addr.a}
Class: B""",
    ),
    (
        "BR",
        "ocr",
        """REPÚBLICA FEDERATIVA DO BRASIL
CARTEIRA NACIONAL DE HABILITAÇÃO
NOME {NAME.a}
DATA NASCIMENTO {dob.a}
Nº REGISTRO {dl.a}""",
    ),
    (
        "TR",
        "ocr",
        """TÜRKİYE CUMHURİYETİ
PASAPORT / PASSPORT
Soyadı / Surname  {SURNAME.a}
Adı / Given names  {GIVEN.a}
Doğum tarihi / Date of birth  {dob.a}
Pasaport No  {passport.a}""",
    ),
    (
        "JP",
        "ocr",
        """運 転 免 許 証
氏名 {nname.a}
{dob.a}生
住所 {naddr.a}
番号 第{dl.a}号""",
    ),
    (
        "KR",
        "ocr",
        """자동차운전면허증
{dl.a}
{nname.a}
{dob.a}
{naddr.a}""",
    ),
]

# More English templates: public figures, eponymous places, handles, glued names.
TEMPLATES += [
    (
        "*",
        "",
        """Help me reply to this Google review of our salon: "Went in looking like {public} and came out looking like a mop. Never again. {first.b} did not listen at all." - review by {handle.a}. The stylist {first.b} says the customer asked for exactly that cut.""",
    ),
    (
        "*",
        "",
        """Lost property at the stadium: a blue backpack with a {public} jersey inside and a school ID card for {name.a}, {school}. The parent {name.b} can be reached on {phone.b}.""",
    ),
    (
        "*",
        "",
        """I booked a taxi to {place} for my mother {name.a}. The driver, {first.b}, never showed up and the app still charged my card {card}. Can you write a complaint? Booking ref {ref}.""",
    ),
    (
        "*",
        "",
        """Hi all - reminder that tomorrow's shift at {company} is covered by {first.a} and {first.b}. {first.c} is off sick. Any issues ping me {handle.d} or call {phone.d}.""",
    ),
    (
        "*",
        "",
        """ask {last.b} at the front desk for the key, then leave the invoice for {title.a} {last.a} in the tray. {last.b} knows the code for the storeroom: {pin}""",
    ),
    (
        "*",
        "",
        """Quick q: my customer {name.a} paid {amount} in USDT to our wallet {crypto} but says she sent it from {crypto}. How do I check on-chain that it came from her address?""",
    ),
    (
        "*",
        "",
        """Network inventory - {company} branch office
reception-pc   {ip}   {mac}
cctv-nvr       {ip}   {mac}
printer        {ip}   {mac}
admin contact: {name.a} <{email.a}>
Wi-Fi password: {pwd}""",
    ),
    (
        "*",
        "",
        """The volunteer roster for the {public} Foundation charity run:
08:00 water station - {name.a} ({phone.a})
09:30 first aid tent - {name.b} ({phone.b})
11:00 medals table - {name.c}
Meeting point: main gate of {school}.""",
    ),
    (
        "*",
        "",
        """Translate this text from our delivery rider into a formal incident report: "bro i delivered to {addr.a} and the dog bit me lol. customer {first.a} said sorry. i went to {hospital}, they gave me a tetanus shot" - rider {name.b}""",
    ),
    (
        "*",
        "",
        """Subject: Re: Re: your quote
From: {name.b} <{email.b}>

{first.a}, yes we can do the kitchen for {amount}. We start {date}. Please send the deposit to {iban.b} (account name {NAME.b}).
Cheers, {first.b}

> On {date}, {name.a} <{email.a}> wrote:
> Hi {first.b}, is the price still valid?""",
    ),
    (
        "*",
        "",
        """Extract the customer info as JSON:
"Order placed by {name.a} ({email.a}) to be delivered to {addr.a}. Gift message: Happy birthday {first.b}!! 🎂 love, {first.a}"
""",
    ),
    (
        "*",
        "",
        """My {product} is not connecting. The repair shop ({eponym} authorised service) asked for the device MAC ({mac}) and my account email {email.a}. The technician {name.b} also asked for my password ({pwd}) - is that normal?""",
    ),
    (
        "US",
        "",
        """Hi, I'm helping my neighbor {name.a} file taxes. She has an ITIN ({itin.a}), her husband {name.b} has an SSN ({ssn.b}). Their daughter {first.c} was born {dob.c}. Which form do they need?""",
    ),
    (
        "US",
        "",
        """Tenant ledger - {company}
Unit 4B: {name.a}, lease start {date}, SSN on file {ssn.a}, phone {phone.a}
Unit 7A: {name.b}, ITIN {itin.b}, phone {phone.b}
Unit 2C: vacant""",
    ),
]
