# ruff: noqa: E501, SIM905
"""Hand-typed pools and templates for ``bench.sanitizer_dev32`` (see its docstring).

Every name, street, town, shape and template below was typed by hand for this set.
Pools are plain strings: entries are separated by commas; ``native=roman`` gives a
romanization, ``male/female`` gives gendered forms, ``name:stem`` an extra (Icelandic
genitive stem).  Postcode, phone, licence and passport shapes use the pattern language
of ``sanitizer_dev32.expand`` (# digit, % digit 1-9, @ letter, ^ alnum, [..] class).
"""

# --------------------------------------------------------------------------- calendars

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "de_AT": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "nb": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември".split(),
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split(),
    "sl": "januar februar marec april maj junij julij avgust september oktober november december".split(),
    "mk": "јануари февруари март април мај јуни јули август септември октомври ноември декември".split(),
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio".split(),
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī".split(),
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "ar_lev": [
        "كانون الثاني",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "كانون الأول",
    ],
    "ar_ma": "يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر".split(),
    "he": "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split(),
    "fa_jalali": "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(),
    "hijri": [
        "محرم",
        "صفر",
        "ربيع الأول",
        "ربيع الآخر",
        "جمادى الأولى",
        "جمادى الآخرة",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",
        "ذو القعدة",
        "ذو الحجة",
    ],
    "ethiopic": "መስከረም ጥቅምት ኅዳር ታኅሣሥ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ ጳጉሜ".split(),
    "bs": "बैशाख जेठ असार साउन भदौ असोज कात्तिक मंसिर पुस माघ फागुन चैत".split(),
    "ka": "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი".split(),
    "hy": "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի".split(),
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split(),
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split(),
    "uz": "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr".split(),
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर".split(),
    "bn": "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর".split(),
    "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر".split(),
    "ta": "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்".split(),
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split(),
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(),
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember".split(),
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre".split(),
    "km": "មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ".split(),
    "my": "ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ".split(),
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba".split(),
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober November Desember".split(),
    "ca": [
        "de gener",
        "de febrer",
        "de març",
        "d'abril",
        "de maig",
        "de juny",
        "de juliol",
        "d'agost",
        "de setembre",
        "d'octubre",
        "de novembre",
        "de desembre",
    ],
    "gl": "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro".split(),
    "cy": "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr".split(),
    "ga": [
        "Eanáir",
        "Feabhra",
        "Márta",
        "Aibreán",
        "Bealtaine",
        "Meitheamh",
        "Iúil",
        "Lúnasa",
        "Meán Fómhair",
        "Deireadh Fómhair",
        "Samhain",
        "Nollaig",
    ],
    "mt": "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru".split(),
    "lb": "Januar Februar Mäerz Abrëll Mee Juni Juli August September Oktober November Dezember".split(),
    "mi": "Kohitātea Huitanguru Poutūterangi Paengawhāwhā Haratua Pipiri Hōngongoi Here-turi-kōkā Mahuru Whiringa-ā-nuku Whiringa-ā-rangi Hakihea".split(),
}
MONTHS_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "th": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "es": "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.".split(),
    "nl": "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split(),
}

TITLES = {
    "en": ("Mr", "Ms"),
    "de": ("Herr", "Frau"),
    "fr": ("M.", "Mme"),
    "es": ("Sr.", "Sra."),
    "pt": ("Sr.", "Sra."),
    "it": ("Sig.", "Sig.ra"),
    "nl": ("dhr.", "mevr."),
    "pl": ("Pan", "Pani"),
    "cs": ("pan", "paní"),
    "ro": ("dl.", "dna"),
    "tr": ("Bay", "Bayan"),
}

# --------------------------------------------------------------------------- misc pools

PASSWORD_WORDS = [
    "striker",
    "penalty",
    "marathon",
    "kettlebell",
    "offside",
    "birdie",
    "breakaway",
    "slamdunk",
    "backhand",
    "freestyle",
    "deadlift",
    "halfpipe",
    "goalie",
    "tiebreak",
    "derby",
    "kayak",
    "bouldering",
    "spinning",
    "pilates",
    "volley",
    "corner",
    "dropshot",
    "fussball",
    "laufen",
    "natation",
    "futbol",
    "corrida",
    "pallavolo",
    "voetbal",
]
CLUB_PREFIX = {
    "en": ["", "fc", "ac", "tri", "harriers", "rfc", "cc", "sc", "lawn-tennis"],
    "de": ["tsv", "sv", "tus", "vfl", "tv", "sc", "fc", "ski-club"],
    "fr": ["as", "us", "fc", "stade", "ac", "club-nautique"],
    "es": ["cd", "ud", "club-atletismo", "cf", "padel"],
    "pt": ["ec", "sc", "gremio", "clube", "ad"],
    "it": ["asd", "us", "polisportiva", "ssd", "ac"],
    "nl": ["vv", "svv", "hc", "zwemclub", "av"],
}
CLUB_SLUGS = [
    "riverside-runners",
    "northbank-fc",
    "eastside-tri",
    "blue-lake-rowing",
    "harbour-sailing",
    "summit-climbing",
    "city-chess-club",
    "golden-dragons-esports",
    "sunrise-yoga",
    "westend-swim",
    "pine-hill-hikers",
    "red-lions-rugby",
]
ROLE_MAIL = {
    "en": ["secretary", "membership", "info", "treasurer", "juniors", "bookings", "welfare"],
    "de": ["info", "vorstand", "kassenwart", "jugend", "geschaeftsstelle", "mitglieder"],
    "fr": ["contact", "secretariat", "tresorier", "president", "ecole-de-foot"],
    "es": ["secretaria", "info", "tesoreria", "escuela", "socios"],
    "pt": ["secretaria", "contato", "tesouraria", "socios"],
    "it": ["segreteria", "info", "tesoriere", "settoregiovanile"],
    "nl": ["secretariaat", "ledenadministratie", "info", "penningmeester"],
}

CLUB = {
    "en": [
        "Riverside Harriers",
        "Northfield Tri Club",
        "St Aidan's Cricket Club",
        "Ashgrove Lawn Tennis Club",
        "Lakeside Rowing Club",
        "Westbrook Wanderers FC",
        "Harbour Lights Sailing Club",
        "Redhill Climbing Collective",
        "Old Mill Bowls Club",
        "Eastside Netball",
        "Kingfisher Swim Squad",
        "Summit Trail Runners",
        "Greenway Cycling Club",
        "Blackwater Dragons Esports",
    ],
    "de": [
        "TSV Eintracht Lindenau",
        "SC Grün-Weiß Holzheim",
        "Turnverein 1861 Kirchberg",
        "SV Rot-Weiß Neustadt",
        "Ruderclub Undine",
        "Lauftreff Stadtwald",
        "Schwimmverein Delphin 09",
        "DJK Blau-Gelb Oberdorf",
        "Tennisclub am Park",
        "Skiclub Hochfirst",
    ],
    "de_AT": ["SV Austria Hinterbrühl", "ASKÖ Linz-Süd", "Union Salzburg-Nord", "Schiklub Kitzalm"],
    "fr": [
        "AS Les Mureaux Athlétisme",
        "US Saint-Médard Football",
        "Club Nautique du Lac",
        "Stade Olympique de Brest",
        "Tennis Club des Tilleuls",
        "Trail Club des Crêtes",
        "Judo Club Belleville",
        "Cercle d'Escrime de Lyon",
    ],
    "es": [
        "CD Atlético Vallehermoso",
        "Club Atletismo Sierra Norte",
        "UD San Roque",
        "Club de Pádel Los Olivos",
        "CN Costa Brava",
        "Escuela de Fútbol Arroyo",
        "Club Ciclista La Rioja Alta",
    ],
    "pt": [
        "Grêmio Esportivo Vila Nova",
        "Sport Clube Boa Esperança",
        "Associação Desportiva do Bairro",
        "Clube de Corrida Pé na Estrada",
        "Escolinha de Futebol Bola de Ouro",
        "Clube Naval de Setúbal",
    ],
    "it": [
        "ASD Polisportiva San Martino",
        "US Virtus Borgo",
        "Società Canottieri Adda",
        "Atletica Valle Brembana",
        "ASD Volley Primavera",
        "Circolo Tennis Le Querce",
    ],
    "nl": [
        "vv De Zwaluwen",
        "Hockeyclub Rood-Wit",
        "AV Fortuna '56",
        "Zwemclub De Dolfijn",
        "Roeivereniging Nereus",
        "Tennisvereniging Het Park",
    ],
    "sv": ["IFK Björkdalen", "Sjöviks Simsällskap", "Bergsjö Orientering"],
    "nb": ["IL Fjellsprett", "Strandbyen Turn", "Heimdal Skiklubb"],
    "da": ["Boldklubben Nørreå", "Roklubben Fjorden", "Idrætsforeningen Skovly"],
    "fi": ["Kiekko-Karhut", "Pallo-Veikot", "Hiihtoseura Kaamos"],
    "pl": ["KS Orlęta Zielonka", "UKS Jedynka", "MKS Pogoń Brzeg", "Klub Biegacza Sprint"],
    "cs": ["TJ Sokol Hostivice", "SK Slavoj Polná", "FK Jiskra Bystřice"],
    "hu": ["Szentendrei SE", "Vasas Úszóklub Utánpótlás", "Kőbányai Futók"],
    "ro": ["CS Viitorul Pipera", "ACS Rapid Copii", "Clubul de Alergare Prahova"],
    "ru": ["СШОР «Олимп»", "ФК «Звезда-2012»", "Клуб бега «Невские версты»", "ДЮСШ № 7"],
    "uk": ["ДЮСШ «Колос»", "ФК «Лідер-2013»", "Клуб бігу «Дніпровські хвилі»"],
    "tr": ["Yıldızspor Akademi", "Moda Yüzme Kulübü", "Bostancı Koşu Grubu", "Kartal Gençlik SK"],
    "el": ["Α.Ο. Νέα Γενιά", "Γ.Σ. Ολυμπιάδα Καλαμαριάς", "Ναυτικός Όμιλος Φαλήρου"],
    "ar": [
        "أكاديمية النجوم لكرة القدم",
        "نادي الصقور الرياضي",
        "نادي الشروق للسباحة",
        "فريق عدّائي الكورنيش",
    ],
    "he": ["מכבי נווה שאנן", "הפועל כפר יונה נוער", "מועדון הריצה ירקון"],
    "fa": ["باشگاه ورزشی آرمان", "آکادمی فوتبال ستارگان", "باشگاه شنای پارسیان"],
    "ja": [
        "さくらFCジュニア",
        "湘南ランナーズ",
        "みどりスイミングクラブ",
        "青葉テニスクラブ",
        "西町少年野球団",
    ],
    "zh": ["阳光青少年足球俱乐部", "浦江跑团", "星辰游泳队", "飞羽羽毛球俱乐部"],
    "zh_hant": ["大安跑者聯盟", "青鳥少年籃球隊", "海風帆船會"],
    "ko": ["한강 러닝크루", "푸른꿈 유소년 축구클럽", "새벽 수영 동호회", "강남 배드민턴 클럽"],
    "vi": ["CLB Bóng đá Thiếu niên Sao Mai", "CLB Chạy bộ Sông Hàn", "Đội bơi Hải Âu"],
    "th": ["สโมสรฟุตบอลเยาวชนดาวรุ่ง", "ชมรมวิ่งสวนลุม", "ทีมว่ายน้ำปลาโลมา"],
    "id": ["SSB Garuda Muda", "Komunitas Lari Senja", "Klub Renang Lumba-Lumba"],
    "ms": ["Kelab Bola Sepak Harimau Muda", "Kelab Larian Tasik", "Akademi Badminton Cahaya"],
    "hi": ["यंग स्टार्स क्रिकेट अकादमी", "शक्ति कबड्डी क्लब", "गोमती रनर्स"],
    "sw": ["Klabu ya Mpira Vijana Stars", "Kundi la Kukimbia Ufukweni"],
}
VENUE = {
    "en": [
        "the leisure centre",
        "Pitch 3",
        "the clubhouse",
        "Court 2",
        "the boathouse",
        "the track",
        "Riverside Park",
        "the sports hall",
        "the 3G pitch",
        "the village green",
    ],
    "de": [
        "Sportplatz Nord",
        "die Dreifachhalle",
        "Platz 2",
        "das Vereinsheim",
        "die Laufbahn im Stadion",
        "Halle 3",
    ],
    "fr": [
        "le gymnase municipal",
        "le terrain synthétique",
        "le club-house",
        "la piscine Jean-Bouin",
        "le stade annexe",
    ],
    "es": [
        "el polideportivo",
        "el campo 2",
        "la pista de atletismo",
        "el pabellón municipal",
        "la sede del club",
    ],
    "pt": [
        "a quadra do colégio",
        "o campo society",
        "a sede",
        "o ginásio municipal",
        "a pista do parque",
    ],
    "it": ["il palazzetto", "il campo B", "la piscina comunale", "la sede sociale"],
    "nl": ["het sportpark", "veld 4", "de kantine", "sporthal De Brug"],
    "ja": ["市民グラウンド", "第二体育館", "河川敷グラウンド", "区民プール"],
    "zh": ["体育中心二号场", "学校操场", "游泳馆", "奥体中心"],
    "ko": ["구민체육센터", "한강공원 잠원지구", "보조경기장", "실내체육관"],
}
FAMOUS = {
    "en": [
        "Lionel Messi",
        "Serena Williams",
        "Usain Bolt",
        "Eliud Kipchoge",
        "Simone Biles",
        "Roger Federer",
        "Novak Djokovic",
        "Magnus Carlsen",
        "Michael Phelps",
        "Katie Ledecky",
        "LeBron James",
        "Shohei Ohtani",
        "Erling Haaland",
        "Faith Kipyegon",
        "Mondo Duplantis",
        "Lewis Hamilton",
        "Sachin Tendulkar",
        "Virat Kohli",
        "Marcus Rashford",
        "Ellyse Perry",
        "Sam Kerr",
        "Pep Guardiola",
        "Jürgen Klopp",
        "Sir Alex Ferguson",
        "Mo Farah",
        "Paula Radcliffe",
    ],
    "de": [
        "Thomas Müller",
        "Manuel Neuer",
        "Dirk Nowitzki",
        "Steffi Graf",
        "Franziska van Almsick",
        "Malaika Mihambo",
        "Jürgen Klopp",
        "Julian Nagelsmann",
        "Alexandra Popp",
        "Sebastian Vettel",
    ],
    "fr": [
        "Kylian Mbappé",
        "Zinédine Zidane",
        "Teddy Riner",
        "Léon Marchand",
        "Antoine Dupont",
        "Victor Wembanyama",
        "Amélie Mauresmo",
        "Didier Deschamps",
        "Marie-José Pérec",
    ],
    "es": [
        "Rafael Nadal",
        "Carlos Alcaraz",
        "Pau Gasol",
        "Andrés Iniesta",
        "Alexia Putellas",
        "Aitana Bonmatí",
        "Carolina Marín",
        "Fernando Alonso",
        "Luis de la Fuente",
        "Diego Simeone",
    ],
    "pt": [
        "Cristiano Ronaldo",
        "Pelé",
        "Marta",
        "Neymar",
        "Rayssa Leal",
        "Rebeca Andrade",
        "Ayrton Senna",
        "Gustavo Kuerten",
        "José Mourinho",
        "Vinícius Júnior",
    ],
    "it": [
        "Francesco Totti",
        "Federica Pellegrini",
        "Jannik Sinner",
        "Valentino Rossi",
        "Gianluigi Buffon",
        "Carlo Ancelotti",
        "Marcell Jacobs",
        "Sofia Goggia",
    ],
    "nl": [
        "Johan Cruijff",
        "Sifan Hassan",
        "Max Verstappen",
        "Femke Bol",
        "Virgil van Dijk",
        "Vivianne Miedema",
        "Sven Kramer",
    ],
    "ja": [
        "大谷翔平",
        "羽生結弦",
        "イチロー",
        "大坂なおみ",
        "三笘薫",
        "久保建英",
        "八村塁",
        "内村航平",
        "森保一",
    ],
    "zh": ["姚明", "李娜", "刘翔", "谷爱凌", "苏炳添", "马龙", "孙颖莎", "郎平", "全红婵"],
    "zh_hant": ["戴資穎", "王建民", "林書豪", "郭婞淳"],
    "ko": ["손흥민", "김연아", "류현진", "이강인", "김민재", "안세영", "박지성", "황선우"],
    "ru": [
        "Александр Овечкин",
        "Мария Шарапова",
        "Даниил Медведев",
        "Елена Исинбаева",
        "Алина Загитова",
        "Станислав Черчесов",
    ],
    "ar": [
        "محمد صلاح",
        "رياض محرز",
        "أشرف حكيمي",
        "ياسين بونو",
        "أنس جابر",
        "سالم الدوسري",
        "فريال أشرف",
    ],
    "tr": [
        "Arda Güler",
        "Hakan Çalhanoğlu",
        "Naim Süleymanoğlu",
        "Fenerbahçe",
        "Vincenzo Montella",
        "Zehra Güneş",
    ],
    "pl": [
        "Robert Lewandowski",
        "Iga Świątek",
        "Anita Włodarczyk",
        "Adam Małysz",
        "Wojciech Szczęsny",
    ],
    "hi": ["सचिन तेंदुलकर", "विराट कोहली", "नीरज चोपड़ा", "पी. वी. सिंधु", "मैरी कॉम"],
}
FICT = {
    "en": [
        "Rocky Balboa",
        "Ted Lasso",
        "Roy Kent",
        "Happy Gilmore",
        "Apollo Creed",
        "Mr. Miyagi",
        "Bobby Boucher",
        "Ricky Bobby",
        "Jimmy Grimble",
        "Santiago Munez",
    ],
    "ja": ["大空翼", "桜木花道", "日向翔陽", "黒子テツヤ", "矢吹丈", "流川楓"],
    "fr": ["Olive et Tom", "Astérix", "Lucky Luke"],
    "de": ["Die Wilden Kerle", "Pumuckl"],
    "es": ["Oliver Atom", "Mortadelo", "Don Quijote"],
    "zh": ["樱木花道", "孙悟空", "大空翼"],
    "ko": ["강백호", "서태웅", "하니"],
}
STADIUM = {
    "en": [
        "Arthur Ashe Stadium",
        "Rod Laver Arena",
        "the Santiago Bernabéu",
        "Anfield",
        "Margaret Court Arena",
        "Johan Cruijff ArenA",
        "the Stade Pierre-Mauroy",
        "the Ferenc Puskás Stadium",
        "Ernst-Happel-Stadion",
        "Jack Kramer Club",
    ],
    "de": [
        "Fritz-Walter-Stadion",
        "Max-Morlock-Stadion",
        "Ernst-Happel-Stadion",
        "Carl-Benz-Stadion",
        "Wildparkstadion",
    ],
    "fr": [
        "court Philippe-Chatrier",
        "stade Pierre-Mauroy",
        "stade Félix-Bollaert",
        "piscine Georges-Vallerey",
        "stade Jean-Bouin",
    ],
    "es": [
        "Santiago Bernabéu",
        "Ramón Sánchez-Pizjuán",
        "Estadio Alberto J. Armando",
        "Estadio Diego Armando Maradona",
        "Estadio Olímpico Lluís Companys",
    ],
    "pt": [
        "Estádio Jornalista Mário Filho",
        "Estádio José Alvalade",
        "Estádio Cícero Pompeu de Toledo",
        "Ginásio Nilson Nelson",
    ],
    "it": [
        "Stadio Giuseppe Meazza",
        "Stadio Diego Armando Maradona",
        "Stadio Artemio Franchi",
        "PalaLottomatica",
    ],
    "ja": ["味の素スタジアム", "ヨドコウ桜スタジアム"],
}
TROPHY = {
    "en": [
        "Stanley Cup",
        "Larry O'Brien Trophy",
        "Vince Lombardi Trophy",
        "Webb Ellis Cup",
        "Davis Cup",
        "Billie Jean King Cup",
        "Ryder Cup",
        "Calcutta Cup",
        "Bledisloe Cup",
        "Sam Maguire Cup",
        "Liam MacCarthy Cup",
        "Frank Worrell Trophy",
        "Border-Gavaskar Trophy",
        "Heisman Trophy",
        "Lonsdale Belt",
    ],
    "de": ["Meisterschale", "Fritz-Walter-Medaille", "Uwe-Seeler-Pokal"],
    "fr": ["Coupe Gambardella", "Trophée Yves du Manoir", "bouclier de Brennus"],
    "es": [
        "Trofeo Santiago Bernabéu",
        "Trofeo Joan Gamper",
        "Trofeo Teresa Herrera",
        "Trofeo Pichichi",
        "Trofeo Zamora",
    ],
    "pt": ["Troféu Ramón de Carranza", "Taça Eusébio"],
    "it": ["Trofeo Luigi Berlusconi", "Coppa Italia"],
}
MEMORIAL = {
    "en": [
        "the Memorial Van Damme",
        "the Tal Memorial",
        "the Capablanca Memorial",
        "the Hubert Wagner Memorial",
        "the Kamila Skolimowska Memorial",
        "the Memorial Marco Pantani",
    ],
    "de": ["Memorial Van Damme", "Capablanca-Memorial", "Hubert-Wagner-Memorial"],
    "fr": ["le Mémorial Van Damme", "le Mémorial Capablanca"],
    "es": ["el Memorial Capablanca", "el Memorial Van Damme", "el Memorial Marco Pantani"],
    "it": ["il Memorial Marco Pantani", "il Memorial Van Damme"],
    "pl": [
        "Memoriał Kamili Skolimowskiej",
        "Memoriał Huberta Wagnera",
        "Memoriał Janusza Kusocińskiego",
    ],
    "ru": ["Мемориал Таля", "Мемориал Знаменских"],
}
MODELS = [
    "gpt-4o-mini",
    "gpt-4o",
    "gpt-4.1-mini",
    "claude-3-5-sonnet-20241022",
    "claude-sonnet-4-20250514",
    "gemini-1.5-flash",
    "gemini-2.0-flash",
    "llama3.1:8b",
    "mistral-small-latest",
    "qwen2.5:14b-instruct",
]
SYSTEM_PROMPTS = {
    "en": [
        "You are a helpful assistant for a volunteer-run sports club. Answer briefly.",
        "You summarise messages for the club committee. Never invent facts.",
        "Extract structured data (people, dates, contacts) from the user's text. Reply with JSON only.",
        "You help coaches write friendly messages to parents.",
        "You are the front-desk assistant of a fitness studio. Be polite and concise.",
    ],
    "de": ["Du bist ein hilfreicher Assistent für die Vereinsverwaltung. Antworte auf Deutsch."],
    "es": ["Eres un asistente para la secretaría de un club deportivo."],
    "fr": ["Tu es l'assistant du secrétariat d'un club sportif. Réponds en français."],
    "pt": ["Você é um assistente da secretaria de um clube esportivo."],
    "ja": ["あなたはスポーツクラブの事務アシスタントです。"],
    "ko": ["당신은 스포츠 동호회 운영을 돕는 비서입니다."],
    "zh": ["你是一个体育俱乐部的行政助手。"],
    "ru": ["Ты помощник администратора спортивного клуба."],
}
INSTRUCTIONS = [
    "",
    "",
    "Summarize this:\n\n",
    "Translate this into English:\n\n",
    "Extract every person with their birth date and phone number as JSON:\n\n",
    "Can you rewrite this so it sounds more polite?\n\n",
    "Turn this into a table:\n",
    "What should I reply? Message below.\n---\n",
    "Fix spelling and grammar but keep all details:\n\n",
    "Is anything missing from this form?\n\n",
]

# --------------------------------------------------------------------------- locales

LOCALES: dict[str, dict] = {}


def _loc(code: str, **kw) -> None:
    LOCALES[code] = kw


# Eircode unique identifier
_E4 = "[ACDEFHKNPRTVWXY][0-9ACDEFHKNPRTVWXY][0-9ACDEFHKNPRTVWXY][0-9]"
_DE_PP = "[CFGHJK]" + "[0-9CFGHJKLMNPRTVWXYZ]" * 8
_UK_DL = "@@@@@%#####@@9@@"

_loc(
    "en_US",
    langs=("en",),
    w=7,
    middle=0.35,
    gm="James, Michael, Robert, David, William, Joseph, Christopher, Daniel, Matthew, Anthony, Joshua, Tyler, Brandon, Kevin, Jamal, Carlos, Ethan, Logan, Mason, Caleb, Dwayne, Trevor, DeShawn, Cody",
    gf="Mary, Jennifer, Jessica, Ashley, Sarah, Emily, Madison, Brittany, Kayla, Megan, Lauren, Tiffany, Keisha, Maria, Hannah, Olivia, Abigail, Chloe, Rachel, Danielle, Shanice, Kaitlyn",
    fam="Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Garcia, Rodriguez, Wilson, Martinez, Anderson, Taylor, Thomas, Moore, Jackson, Martin, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Hernandez, O'Connor, McAllister, Kowalczyk, Nguyen, Washington, Fitzgerald, Schultz, Okafor",
    streets="Maple Street, Oak Avenue, Cedar Lane, Elm Street, Washington Blvd, Park Avenue, Lakeview Drive, Sunset Road, Pine Ridge Court, Highland Avenue, Willow Creek Drive, 3rd Street, Juniper Way",
    towns="Austin=TX 787##; Columbus=OH 432##; Sacramento=CA 958##; Madison=WI 537##; Tulsa=OK 741##; Raleigh=NC 276##; Boise=ID 837##; Portland=OR 972##; Naperville=IL 605##; Scottsdale=AZ 852##; Burlington=VT 054##; Fort Collins=CO 805##; Plano=TX 750##",
    addr=(
        "{hn} {st}, {town}, {pc}",
        "{hn} {st} Apt {apt}\n{town}, {pc}",
        "{hn} {st}, Unit {apt}, {town}, {pc}",
        "{hn} {st}\n{town}, {pc}",
    ),
    hn=("%##", "%###", "%#", "%####"),
    apt=("%#", "%@", "%0%"),
    phone=(
        "(%##) %##-####",
        "%##-%##-####",
        "+1 %##-%##-####",
        "%##.%##.####",
        "+1 (%##) %##-####",
        "%#########",
    ),
    dob=(
        "<MM>/<DD>/<YYYY>",
        "<M>/<D>/<YY>",
        "<MONTH> <D>, <YYYY>",
        "<MON> <D>, <YYYY>",
        "<M>/<D>/<YYYY>",
    ),
    date=("<M>/<D>/<YYYY>", "<MONTH> <D>", "<MON> <D>, <YYYY>", "<M>/<D>"),
    long="<MONTH> <D>, <YYYY>",
    mail="gmail.com, yahoo.com, outlook.com, icloud.com, aol.com, hotmail.com, comcast.net",
    dl=("@#######", "#########", "@###-####-####", "@###-###-##-###-#", "########"),
    pp=("#########", "@########"),
    plate=("%@@@###", "@@@-####", "%@@@##"),
    cards="visa visa mc mc amex disc",
    tld="org",
    nick="Big Mike, Tank, Sully, Smitty, Boomer, Scooter, Tito, J-Rock, Dre, Junior",
    mix=("es_MX", "ko_KR", "pl_PL", "en_NG", "vi_VN"),
)
_loc(
    "en_GB",
    langs=("en",),
    w=3,
    gm="Oliver, Harry, George, Jack, Charlie, Thomas, James, William, Alfie, Callum, Liam, Connor, Rhys, Ryan, Declan, Gareth, Nigel, Ian, Stuart, Kieran, Mohammed, Rohan, Toby, Ollie",
    gf="Olivia, Amelia, Isla, Ava, Emily, Sophie, Chloe, Charlotte, Poppy, Jessica, Lucy, Holly, Gemma, Claire, Siobhan, Aisha, Priya, Niamh, Bethany, Kirsty, Freya, Imogen",
    fam="Smith, Jones, Taylor, Brown, Williams, Wilson, Evans, Thomas, Roberts, Walker, Wright, Hughes, Patel, Khan, Edwards, Green, Hall, Wood, Harrison, Clarke, Turner, Cooper, Ward, Morgan, Bell, McKenzie, Fraser, Ahmed, Begum, Whitaker, Ramsbottom, Featherstone, Okonjo, Nowak",
    streets="High Street, Church Lane, Station Road, Victoria Road, Mill Lane, The Crescent, Kingsway, Park View, Orchard Close, Queensway, St Mary's Road, Windsor Gardens, Beech Grove",
    towns="Leeds=LS% %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Manchester=M%# %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Bristol=BS%# %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Norwich=NR% %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Reading=RG%# %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Sheffield=S%# %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Nottingham=NG% %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Brighton=BN% %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; York=YO%# %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Guildford=GU% %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Swindon=SN% %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Edinburgh=EH%# %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Glasgow=G%# %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Cardiff=CF%# %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]",
    addr=(
        "{hn} {st}, {town} {pc}",
        "{hn} {st}\n{town}\n{pc}",
        "Flat {apt}, {hn} {st}, {town}, {pc}",
        "{hn} {st}, {town}, {pc}",
    ),
    hn=("%", "%#", "%#"),
    apt=("%", "%@", "%#"),
    phone=(
        "07%## ######",
        "07%##%#####",
        "+44 7%## ######",
        "+44 (0)1%## ######",
        "01%## ######",
        "020 %### ####",
        "+44 20 %### ####",
        "+447%########",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<D>/<M>/<YY>", "<D> <MON> <YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, hotmail.co.uk, btinternet.com, yahoo.co.uk, outlook.com, sky.com, icloud.com",
    iban="GB",
    dl=(_UK_DL,),
    pp=("#########", "%########"),
    plate=("@@## @@@",),
    tld="org.uk",
    nick="Gaz, Baz, Smudge, Robbo, Jonno, Stevo, Macca, Tommo, Foxy, Jacko",
    mix=("pl_PL", "en_IN", "en_IE", "ro_RO", "en_NG"),
)
_loc(
    "en_IE",
    langs=("en",),
    w=2,
    gm="Seán, Ciarán, Conor, Darragh, Oisín, Cian, Pádraig, Eoin, Niall, Fionn, Colm, Declan, Shane, Tadhg, Rory, Cathal",
    gf="Aoife, Saoirse, Niamh, Caoimhe, Siobhán, Róisín, Orla, Clodagh, Ciara, Sinéad, Aisling, Gráinne, Emer, Sorcha",
    fam="Murphy, Kelly, O'Sullivan, Walsh, Byrne, Ryan, O'Brien, O'Connor, McCarthy, Doyle, Gallagher, Kennedy, Lynch, Fitzpatrick, Ó Súilleabháin/Ní Shúilleabháin, Mac Cárthaigh/Nic Cárthaigh, Ó Ceallaigh/Ní Cheallaigh, Brennan, Quinlan, Moriarty",
    streets="Main Street, Church Road, Seaview Terrace, Castle Street, Ballymun Road, Strand Road, Tullow Road, Fair Green, Convent Hill, Abbey Street, College Park",
    towns=f"Dublin 9=D09 {_E4}; Dublin 6=D06 {_E4}; Cork=T12 {_E4}; Galway=H91 {_E4}; Limerick=V94 {_E4}; Kilkenny=R95 {_E4}; Sligo=F91 {_E4}; Ennis=V95 {_E4}",
    addr=(
        "{hn} {st}, {town}, {pc}",
        "{hn} {st}\n{town}\n{pc}",
        "Apt {apt}, {hn} {st}, {town} {pc}",
    ),
    phone=(
        "08[3-9] ### ####",
        "+353 8[3-9] ### ####",
        "(01) ### ####",
        "+353 1 ### ####",
        "08[35-7]#######",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<D>/<M>/<YYYY>"),
    mail="gmail.com, eircom.net, hotmail.com, outlook.ie, yahoo.ie",
    iban="IE",
    dl=("#########",),
    pp=("@@#######",),
    plate=("%%#-@-#####", "%%#-@@-####"),
    tld="ie",
    mix=("pl_PL", "en_GB", "pt_BR"),
)
_loc(
    "en_AU",
    langs=("en",),
    w=2,
    gm="Jack, Liam, Cooper, Lachlan, Riley, Harrison, Noah, Mitchell, Brodie, Bailey, Kane, Darcy, Jayden, Angus, Tom, Hamish",
    gf="Charlotte, Isla, Matilda, Ruby, Chloe, Sienna, Grace, Jessica, Kayla, Tahlia, Brooke, Madison, Zoe, Mia, Ebony, Georgia",
    fam="Smith, Jones, Williams, Brown, Wilson, Taylor, Nguyen, Kelly, Mitchell, Campbell, Robinson, Thompson, Ryan, Papadopoulos, Morrison, Hughes, Walsh, Nicholls, O'Neill, Russo, Chen, Singh, Tran",
    streets="George Street, Beach Road, Railway Parade, Bridge Road, Wattle Street, Banksia Crescent, The Esplanade, Pacific Highway, King Street, Eucalyptus Drive, Jacaranda Avenue",
    towns="Parramatta NSW=21##; Fremantle WA=6160; Geelong VIC=32##; Toowoomba QLD=43##; Glenelg SA=5045; Hobart TAS=7000; Ballarat VIC=3350; Wollongong NSW=2500; Cairns QLD=4870; Bondi NSW=2026",
    addr=(
        "{hn} {st}, {town} {pc}",
        "Unit {apt}/{hn} {st}\n{town} {pc}",
        "{apt}/{hn} {st}, {town} {pc}",
    ),
    apt=("%", "%#"),
    phone=(
        "04## ### ###",
        "+61 4## ### ###",
        "(02) #### ####",
        "+61 2 #### ####",
        "04########",
        "0[3-8] #### ####",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MON> <YYYY>", "<D>/<M>/<YYYY>"),
    mail="bigpond.com, gmail.com, outlook.com.au, optusnet.com.au, hotmail.com, icloud.com",
    dl=("########", "%#######", "@@#####"),
    pp=("[NPE]#######", "P@#######"),
    plate=("%@@-%@@", "@@@-###"),
    tld="org.au",
    nick="Robbo, Macca, Jonno, Davo, Thommo, Bazza, Gazza, Sharkie, Chook, Smithy, Fitzy, Hendo",
    mix=("en_NZ", "el_GR", "vi_VN", "it_IT"),
)
_loc(
    "en_NZ",
    langs=("en",),
    w=1,
    gm="Liam, Oliver, Nikau, Tama, Ruben, Finn, Hunter, Mason, Wiremu, Jordan, Sione, Blake",
    gf="Charlotte, Isla, Aroha, Mere, Ruby, Hana, Kaia, Ella, Amelia, Sophie, Mele, Ana",
    fam="Smith, Wilson, Williams, Brown, Taylor, Anderson, Thompson, Ngata, Parata, Te Aho, Walker, Harris, Campbell, Stewart, Fifita, Henare, Kingi, Tuipulotu",
    streets="Queen Street, Riddiford Street, Karangahape Road, Tasman Street, Kauri Place, Rimu Road, Pohutukawa Drive, Seaview Road",
    towns="Ponsonby, Auckland=1011; Karori, Wellington=6012; Riccarton, Christchurch=8011; Hamilton=3204; Dunedin=9016; Tauranga=3110; Rotorua=3010",
    addr=("{hn} {st}, {town} {pc}", "{apt}/{hn} {st}\n{town} {pc}"),
    apt=("%", "%@"),
    phone=(
        "021 ### ####",
        "022 ### ####",
        "027 ### ####",
        "+64 21 ### ####",
        "+64 27 ### ####",
        "(09) ### ####",
        "+64 9 ### ####",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>"),
    mail="xtra.co.nz, gmail.com, outlook.com, slingshot.co.nz",
    dl=("@@######",),
    pp=("@@######",),
    plate=("@@@###",),
    tld="org.nz",
    mix=("mi_NZ", "en_GB"),
)
_loc(
    "en_CA",
    langs=("en", "fr"),
    w=2,
    gm="Liam, Noah, Lucas, Benjamin, Ethan, Owen, Connor, Jacob, Nathan, Marc, Kyle, Aiden, Gurpreet, Ravi, Tyler",
    gf="Olivia, Emma, Charlotte, Ava, Amelia, Chloe, Maya, Brooke, Jasmine, Harpreet, Kaitlyn, Rebecca, Natalie, Sarah",
    fam="Smith, Brown, Tremblay, Martin, Roy, Wilson, MacDonald, Campbell, Anderson, Taylor, Gill, Sidhu, Lee, Wong, Fraser, MacLeod, Morrison, Gagnon, Leblanc, Thompson",
    streets="King Street West, Yonge Street, Jasper Avenue, Robson Street, Spadina Avenue, Portage Avenue, Lakeshore Road, Birch Avenue, Queen Street East",
    towns="Toronto, ON=M#[ABCEGHJ-NPRSTV-Z] #[ABCEGHJ-NPRSTV-Z]#; Vancouver, BC=V#[ABCEGHJ-NPRSTV-Z] #[ABCEGHJ-NPRSTV-Z]#; Calgary, AB=T#[ABCEGHJ-NPRSTV-Z] #[ABCEGHJ-NPRSTV-Z]#; Halifax, NS=B#[ABCEGHJ-NPRSTV-Z] #[ABCEGHJ-NPRSTV-Z]#; Winnipeg, MB=R#[ABCEGHJ-NPRSTV-Z] #[ABCEGHJ-NPRSTV-Z]#; Ottawa, ON=K#[ABCEGHJ-NPRSTV-Z] #[ABCEGHJ-NPRSTV-Z]#; Edmonton, AB=T#[ABCEGHJ-NPRSTV-Z] #[ABCEGHJ-NPRSTV-Z]#; Regina, SK=S#[ABCEGHJ-NPRSTV-Z] #[ABCEGHJ-NPRSTV-Z]#",
    addr=("{hn} {st}, {town} {pc}", "{apt}-{hn} {st}\n{town}  {pc}"),
    apt=("%", "%0%", "%#"),
    phone=("(%##) %##-####", "%##-%##-####", "+1 %## %## ####"),
    dob=("<YYYY>-<MM>-<DD>", "<DD>/<MM>/<YYYY>", "<MONTH> <D>, <YYYY>"),
    mail="gmail.com, hotmail.ca, rogers.com, shaw.ca, sympatico.ca, yahoo.ca",
    dl=("@####-#####-#####", "#######"),
    pp=("@@######",),
    plate=("@@@@ ###",),
    tld="ca",
    mix=("fr_CA", "zh_HK", "en_IN"),
)
_loc(
    "en_ZA",
    langs=("en",),
    w=1,
    gm="Thabo, Sipho, Johan, Pieter, Themba, Lwazi, Ruan, Kagiso, Mandla, Bongani, Jason, Tshepo, Wian",
    gf="Nomvula, Thandiwe, Lerato, Zanele, Palesa, Anele, Michelle, Chantelle, Lindiwe, Precious, Annelie, Nokuthula, Refilwe",
    fam="Nkosi, Dlamini, Ndlovu, Khumalo, Mokoena, van der Merwe, Botha, Pretorius, Naidoo, Pillay, Mahlangu, Molefe, Smith, Jacobs, Mthembu, Venter, du Plessis",
    streets="Jan Smuts Avenue, Main Road, Long Street, Church Street, Voortrekker Road, Oxford Road, Beach Road, Vilakazi Street",
    towns="Sandton, Johannesburg=2196; Sea Point, Cape Town=8005; Durban North=4051; Soweto=18##; Pretoria=00##; Stellenbosch=7600; Gqeberha=60##",
    addr=("{hn} {st}, {town}, {pc}", "{hn} {st}\n{town}\n{pc}"),
    phone=("08# ### ####", "07# ### ####", "+27 8# ### ####", "+27 7# ### ####", "061 ### ####"),
    dob=("<YYYY>/<MM>/<DD>", "<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>"),
    mail="gmail.com, webmail.co.za, mweb.co.za, telkomsa.net, outlook.com",
    dl=("##########@@",),
    pp=("@########",),
    plate=("@@ ## @@ GP", "@@@ ### GP"),
    tld="co.za",
    mix=("zu_ZA", "af_ZA"),
)
_loc(
    "en_IN",
    langs=("en",),
    w=2,
    gm="Rahul, Amit, Arjun, Vikram, Rohan, Aditya, Karthik, Siddharth, Pranav, Nikhil, Manish, Sandeep, Harsh, Imran, Joseph, Gurpreet",
    gf="Priya, Ananya, Sneha, Pooja, Divya, Kavya, Neha, Riya, Shreya, Aishwarya, Meera, Fatima, Simran, Lakshmi, Anjali",
    fam="Sharma, Verma, Gupta, Patel, Reddy, Iyer, Nair, Menon, Kulkarni, Deshpande, Chatterjee, Banerjee, Mukherjee, Singh, Khan, Das, Rao, Joshi, Pillai, D'Souza, Fernandes, Agarwal, Bhat, Chopra",
    streets="12th Main Road, Linking Road, Carter Road, Anna Salai, FC Road, Park Street, Residency Road, SV Road, Outer Ring Road, 4th Cross Road",
    towns="Indiranagar, Bengaluru=5600##; Koramangala, Bengaluru=5600##; Bandra West, Mumbai=4000##; Andheri East, Mumbai=4000##; T. Nagar, Chennai=6000##; Kothrud, Pune=4110##; Jubilee Hills, Hyderabad=5000##; Salt Lake, Kolkata=7000##; Vasant Kunj, New Delhi=1100##",
    addr=(
        "Flat {apt}, {hn} {st}, {town} {pc}",
        "{hn}, {st}, {town} - {pc}",
        "#{hn}, {st}, {town} {pc}",
    ),
    apt=("%0%", "@-%0%", "%#0%"),
    phone=("+91 [6-9]#### #####", "98### #####", "+91-9#########", "09#########", "[6-9]#########"),
    dob=("<DD>/<MM>/<YYYY>", "<DD>-<MM>-<YYYY>", "<D> <MON> <YYYY>"),
    mail="gmail.com, yahoo.co.in, rediffmail.com, outlook.com, hotmail.com",
    dl=("@@## ###########", "@@##-###########"),
    pp=("@#######",),
    plate=("@@ ## @@ ####",),
    tld="in",
)
_loc(
    "en_NG",
    langs=("en",),
    w=1,
    gm="Chukwuemeka, Oluwaseun, Tunde, Emeka, Ifeanyi, Babatunde, Ahmed, Musa, Chinedu, Segun, Kelechi, Obinna, Yusuf, Femi",
    gf="Ngozi, Chiamaka, Funmilayo, Adaeze, Aisha, Blessing, Temitope, Yetunde, Chioma, Amina, Nkechi, Folake, Zainab",
    fam="Okafor, Adeyemi, Okonkwo, Bello, Abubakar, Eze, Nwosu, Olawale, Adebayo, Ibrahim, Obi, Ogunleye, Okoro, Balogun, Ogundipe, Chukwu, Danjuma",
    streets="Adeola Odeku Street, Awolowo Road, Allen Avenue, Herbert Macaulay Way, Admiralty Way, Ogui Road, Aminu Kano Crescent",
    towns="Victoria Island, Lagos=1010##; Ikeja, Lagos=1002##; Wuse 2, Abuja=9000##; GRA, Port Harcourt=5000##; Enugu=4001##; Ibadan=2001##",
    addr=("{hn} {st}, {town}", "{hn}, {st}, {town} {pc}", "Flat {apt}, {hn} {st}, {town}"),
    apt=("%", "%@"),
    phone=(
        "080# ### ####",
        "+234 80# ### ####",
        "0803#######",
        "+234 70# ### ####",
        "081########",
        "+23490########",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<DD>-<MM>-<YYYY>"),
    mail="gmail.com, yahoo.com, yahoo.co.uk, outlook.com",
    dl=("@@@#####@@##",),
    pp=("@########",),
    tld="org.ng",
)
_loc(
    "en_KE",
    langs=("en", "sw"),
    w=1,
    gm="Brian, Kevin, Dennis, Collins, Otieno, Kamau, Mwangi, Wafula, Omondi, Kibet, Njoroge, Ian, Samuel, Kiprotich",
    gf="Wanjiru, Akinyi, Faith, Mercy, Grace, Njeri, Atieno, Wambui, Chebet, Jepkosgei, Nafula, Beatrice, Cynthia",
    fam="Otieno, Kamau, Mwangi, Ochieng, Kiprono, Wanjala, Njoroge, Odhiambo, Mutua, Kariuki, Chege, Were, Rotich, Korir, Cheruiyot, Maina",
    streets="Ngong Road, Moi Avenue, Kimathi Street, Waiyaki Way, Argwings Kodhek Road, Lenana Road, Oloitokitok Road",
    towns="Kilimani, Nairobi=00100; Westlands, Nairobi=00800; Eldoret=30100; Kisumu=40100; Nakuru=20100; Iten=30700; Mombasa=80100",
    addr=("Apt {apt}, {st}, {town} {pc}", "House No. {hn}, {st}, {town}"),
    apt=("%@", "%#", "@%"),
    phone=("07## ######", "+254 7## ######", "+254 7##-###-###", "0722 ######", "011# ######"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<DD>.<MM>.<YYYY>"),
    mail="gmail.com, yahoo.com",
    dl=("@@@######@",),
    pp=("@@#######",),
    tld="co.ke",
    mix=("sw_TZ",),
)
_loc(
    "en_GH",
    langs=("en",),
    w=1,
    gm="Kwame, Kofi, Kwabena, Yaw, Kojo, Kwaku, Nana, Emmanuel, Ebenezer, Prince, Fiifi, Isaac",
    gf="Ama, Akosua, Adwoa, Abena, Efua, Esi, Yaa, Afua, Akua, Gifty, Comfort, Priscilla, Mawusi",
    fam="Mensah, Boateng, Owusu, Asante, Osei, Appiah, Agyeman, Ofori, Addo, Quaye, Amoah, Danso, Tetteh, Quartey, Ansah",
    streets="Oxford Street, Liberation Road, Spintex Road, Ring Road Central, Haatso-Atomic Road, Lagos Avenue",
    towns="Osu, Accra=GA-%##-####; East Legon, Accra=GA-%##-####; Kumasi=AK-%##-####; Tema=GT-%##-####; Cape Coast=CC-%##-####; Takoradi=WS-%##-####",
    addr=("{hn} {st}, {town} ({pc})", "House {hn}, {st}, {town}, {pc}"),
    phone=("024 ### ####", "+233 24 ### ####", "020#######", "+233 55 ### ####", "054 ### ####"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH>, <YYYY>"),
    mail="gmail.com, yahoo.com",
    dl=("@##########",),
    pp=("G#######",),
    tld="com.gh",
)
_loc(
    "en_SG",
    langs=("en",),
    w=1,
    gm="Jeremy, Wei Jie, Marcus, Darren, Ryan, Muhammad Hafiz, Arun, Jun Hao, Zhi Hao, Shawn, Hariz, Kumar",
    gf="Rachel, Hui Min, Jia Yi, Nur Aisyah, Michelle, Priya, Xin Yi, Shermaine, Charmaine, Kavitha, Siti Aishah",
    fam="Tan, Lim, Lee, Ng, Ong, Wong, Goh, Chua, Koh, Teo, Rahman, Ismail, Pillai, Nair, Sim, Chan",
    streets="Ang Mo Kio Avenue 3, Tampines Street 21, Jurong West Street 52, Bedok North Road, Toa Payoh Lorong 4, Bukit Batok West Avenue 6, Punggol Field, Yishun Ring Road",
    towns="Singapore=5#####; Singapore=6#####; Singapore=4#####; Singapore=7#####",
    addr=("Blk {hn} {st}, #{apt}, {town} {pc}", "Blk {hn} {st}\n#{apt}\n{town} {pc}"),
    hn=("%#", "%##"),
    apt=("0%-%##", "1#-%#"),
    phone=("9### ####", "8### ####", "+65 9### ####", "+65 8#######", "6### ####"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MON> <YYYY>", "<DD>-<MM>-<YYYY>"),
    mail="gmail.com, hotmail.com, yahoo.com.sg, singnet.com.sg",
    pp=("E#######@",),
    dl=("S#######@",),
    tld="sg",
)
_loc(
    "en_JM",
    langs=("en",),
    w=1,
    gm="Andre, Damion, Kemar, Shane, Omar, Rohan, Dwayne, Javier, Kirk, Delroy, Marlon, Romario",
    gf="Shanice, Tanisha, Kimberly, Shenelle, Kadian, Trudy-Ann, Nadine, Simone, Sasha-Kay, Latoya, Tameka",
    fam="Brown, Campbell, Williams, Clarke, Reid, Thompson, Gordon, Bailey, McKenzie, Grant, Francis, Henry, Morgan, Dacosta, Lindo",
    streets="Hope Road, Constant Spring Road, Red Hills Road, Old Hope Road, Molynes Road, Barbican Road, Mannings Hill Road",
    towns="Kingston 6=; Kingston 10=; Kingston 8=; Montego Bay=; Spanish Town=; Mandeville=",
    addr=("{hn} {st}, {town}", "{hn} {st}\n{town}"),
    phone=("(876) %##-####", "876-%##-####", "+1 876 %## ####"),
    dob=("<DD>/<MM>/<YYYY>", "<MONTH> <D>, <YYYY>"),
    mail="gmail.com, yahoo.com, hotmail.com",
    dl=("#########",),
    pp=("@#######",),
    tld="com.jm",
)

# ---- German
_loc(
    "de_DE",
    langs=("de",),
    w=4,
    gm="Lukas, Jonas, Felix, Leon, Maximilian, Paul, Finn, Elias, Ben, Noah, Jan, Tobias, Stefan, Michael, Thomas, Jürgen, Uwe, Dirk, Florian, Sebastian, Kevin, Mehmet, Wolfgang, Karl-Heinz",
    gf="Lena, Hannah, Mia, Emma, Sophie, Lea, Marie, Anna, Laura, Julia, Katrin, Sabine, Petra, Ursula, Annegret, Jana, Nicole, Stefanie, Elif, Charlotte, Greta, Frieda",
    fam="Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Koch, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hartmann, Lange, Werner, Krause, Lehmann, Köhler, von Hagen, Yılmaz, Kowalski, Özdemir, Brandt, Vogel, Hofmann-Lenz, Nguyen",
    streets="Hauptstraße, Bahnhofstraße, Lindenweg, Am Sportplatz, Goethestraße, Schillerstraße, Birkenallee, Kirchgasse, Mühlenweg, Gartenstraße, Feldstraße, Ringstraße, Am Stadtpark, Rosenweg",
    towns="Berlin=10###; Hamburg=22###; München=80###; Köln=50###; Leipzig=04###; Dortmund=44###; Freiburg im Breisgau=79###; Bielefeld=33###; Kassel=34###; Rostock=18###; Würzburg=97###; Oldenburg=26###",
    addr=("{st} {hn}, {pc} {town}", "{st} {hn}\n{pc} {town}", "{st} {hn}{apt}, {pc} {town}"),
    hn=("%", "%#", "%#"),
    apt=("a", "b", "c"),
    phone=(
        "+49 15# ########",
        "015# #######",
        "0171 #######",
        "+49 (0)30 #######",
        "030 ########",
        "0176/########",
        "+49 172 #######",
        "0221 ######",
        "+491##########",
    ),
    dob=("<DD>.<MM>.<YYYY>", "<D>.<M>.<YYYY>", "<D>. <MONTH> <YYYY>", "<DD>.<MM>.<YY>"),
    date=("<DD>.<MM>.<YYYY>", "<D>.<M>.", "<D>. <MONTH>", "<DD>.<MM>."),
    long="<D>. <MONTH> <YYYY>",
    mail="gmx.de, web.de, t-online.de, gmail.com, posteo.de, outlook.de, freenet.de",
    iban="DE",
    dl=("@##@#####@#", "^^^^^^^^^^^"),
    pp=(_DE_PP,),
    plate=("@@ @@ %##", "@ @@ %###", "@@@ @ %#"),
    tld="de",
    nick="Basti, Flo, Tobi, Steffi, Jojo, Maxi, Kalle, Bene, Jule, Hansi, Andi",
    mix=("tr_TR", "pl_PL", "it_IT", "hr_HR", "ru_RU"),
)
_loc(
    "de_AT",
    langs=("de",),
    w=1,
    mlang="de_AT",
    gm="Florian, Lukas, David, Tobias, Matthias, Johann, Stefan, Markus, Christoph, Andreas, Simon, Sebastian",
    gf="Anna, Lena, Katharina, Theresa, Sophie, Johanna, Magdalena, Marlene, Veronika, Elisabeth, Verena, Julia",
    fam="Gruber, Huber, Bauer, Wagner, Pichler, Steiner, Moser, Mayer, Hofer, Leitner, Berger, Fuchs, Eder, Fischer, Schwarz, Brunner, Egger, Haas",
    streets="Mariahilfer Straße, Landstraßer Hauptstraße, Kirchengasse, Schulgasse, Am Anger, Dorfstraße, Herrengasse, Linzer Straße",
    towns="Wien=1%#0; Graz=80##; Linz=40##; Salzburg=50##; Innsbruck=60##; Klagenfurt=90##; Kitzbühel=6370; Dornbirn=6850",
    addr=("{st} {hn}/{apt}, {pc} {town}", "{st} {hn}, {pc} {town}", "{st} {hn}/{apt}\n{pc} {town}"),
    apt=("%", "%#", "%/%"),
    phone=("+43 6## #######", "06## #######", "0664 ### ## ##", "+43 1 ### ## ##", "0676/#######"),
    dob=("<DD>.<MM>.<YYYY>", "<D>. <MONTH> <YYYY>"),
    long="<D>. <MONTH> <YYYY>",
    mail="gmx.at, aon.at, chello.at, gmail.com, a1.net",
    iban="AT",
    dl=("########",),
    pp=("@#######",),
    plate=("@ %##@@", "@@ %##@"),
    tld="at",
)
_loc(
    "de_CH",
    langs=("de",),
    w=1,
    gm="Luca, Noah, Levin, Jonas, Nico, Reto, Beat, Urs, Matthias, Marco, Samuel, Dominik",
    gf="Lara, Mia, Lea, Nina, Céline, Andrea, Corinne, Barbara, Sandra, Seraina, Jasmin, Nadine",
    fam="Müller, Meier, Schmid, Keller, Weber, Huber, Schneider, Meyer, Steiner, Fischer, Brunner, Baumann, Gerber, Widmer, Zürcher, Frei, Moser, Graf, Käser",
    streets="Bahnhofstrasse, Seestrasse, Dorfstrasse, Hauptstrasse, Kirchweg, Schulhausstrasse, Im Grund, Rebbergstrasse",
    towns="Zürich=80##; Bern=30##; Basel=40##; Luzern=60##; Winterthur=84##; St. Gallen=90##; Thun=3600; Chur=7000",
    addr=("{st} {hn}, {pc} {town}", "{st} {hn}\n{pc} {town}"),
    phone=(
        "079 ### ## ##",
        "+41 79 ### ## ##",
        "078 ### ## ##",
        "+41 76 ### ## ##",
        "044 ### ## ##",
        "+41 (0)31 ### ## ##",
    ),
    dob=("<DD>.<MM>.<YYYY>", "<D>. <MONTH> <YYYY>"),
    long="<D>. <MONTH> <YYYY>",
    mail="bluewin.ch, gmx.ch, gmail.com, hispeed.ch, sunrise.ch",
    iban="CH",
    dl=("#########00#",),
    pp=("@#######",),
    plate=("ZH ######", "BE ######"),
    tld="ch",
)

# ---- French
_loc(
    "fr_FR",
    langs=("fr",),
    w=4,
    gm="Lucas, Hugo, Louis, Gabriel, Arthur, Jules, Thomas, Nicolas, Julien, Maxime, Antoine, Mathieu, Kévin, Jean-Pierre, Pierre-Louis, Yanis, Mehdi, Karim, Théo, Baptiste, Benoît, Franck",
    gf="Emma, Léa, Chloé, Manon, Camille, Inès, Sarah, Jade, Louise, Juliette, Clémence, Élodie, Nathalie, Sandrine, Isabelle, Marie-Claire, Anne-Sophie, Yasmine, Fatoumata, Océane, Margaux",
    fam="Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre, Michel, Garcia, Fournier, Girard, Bonnet, Mercier, Rousseau, Blanc, Guérin, Faure, Chevalier, de La Fontaine, Le Gall, Nguyen, Benali, Diallo, Traoré, N'Diaye, Lemaire",
    streets="rue de la République, avenue Jean-Jaurès, rue Victor-Hugo, boulevard Gambetta, rue des Lilas, allée des Tilleuls, impasse du Moulin, chemin des Vignes, place de la Mairie, rue Pasteur, avenue de la Gare, rue du Stade",
    towns="Paris=750##; Lyon=6900%; Marseille=130##; Toulouse=310##; Nantes=440##; Lille=590##; Rennes=350##; Bordeaux=330##; Grenoble=380##; Annecy=74000; Besançon=25000; Brest=29200; Montpellier=340##",
    addr=(
        "{hn} {st}, {pc} {town}",
        "{hn} {st}\n{pc} {town}",
        "{hn} bis {st}, {pc} {town}",
        "Bât. {apt}, {hn} {st}, {pc} {town}",
    ),
    apt=("A", "B", "C2"),
    phone=(
        "06 ## ## ## ##",
        "07 ## ## ## ##",
        "+33 6 ## ## ## ##",
        "+33 (0)7 ## ## ## ##",
        "01 ## ## ## ##",
        "06.##.##.##.##",
        "06########",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<DD>/<MM>/<YY>"),
    long="<D> <MONTH> <YYYY>",
    mail="orange.fr, free.fr, laposte.net, gmail.com, hotmail.fr, sfr.fr, wanadoo.fr, yahoo.fr",
    iban="FR",
    dl=("############", "##@@#####"),
    pp=("##@@#####",),
    plate=("@@-###-@@",),
    tld="fr",
    nick="Titi, Juju, Nico, Bibi, Loulou, Doudou, Mimi, Jojo, Polo, Kiki",
    mix=("ar_MA", "fr_SN", "pt_PT", "es_ES", "it_IT"),
)
_loc(
    "fr_BE",
    langs=("fr", "nl"),
    w=1,
    gm="Maxime, Thomas, Arnaud, Cédric, Olivier, Nicolas, Louis, Noah, Adrien, Gauthier, Quentin",
    gf="Camille, Manon, Louise, Charlotte, Amélie, Pauline, Justine, Laure, Aurélie, Sophie, Delphine",
    fam="Dubois, Lambert, Dupont, Martin, Simon, Laurent, Leclercq, Lejeune, Renard, Dumont, Lemaire, Collard, Fontaine, Wauters, Marchal, Goffin, Van Damme",
    streets="rue de la Station, chaussée de Louvain, avenue Louise, rue Haute, rue du Moulin, place Saint-Lambert, rue des Champs, chaussée de Waterloo",
    towns="Bruxelles=1000; Ixelles=1050; Liège=4000; Namur=5000; Charleroi=6000; Mons=7000; Wavre=1300; Louvain-la-Neuve=1348",
    addr=("{st} {hn}, {pc} {town}", "{st} {hn}/{apt}\n{pc} {town}"),
    apt=("%", "b%", "%#"),
    phone=("04## ## ## ##", "+32 4## ## ## ##", "0470 ## ## ##", "02 ### ## ##", "+32 2 ### ## ##"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="skynet.be, telenet.be, proximus.be, gmail.com, hotmail.be",
    iban="BE",
    dl=("##########",),
    pp=("@@######",),
    plate=("%-@@@-###",),
    tld="be",
)
_loc(
    "fr_CA",
    langs=("fr", "en"),
    w=1,
    gm="Jean-François, Mathieu, Olivier, Félix, Samuel, Gabriel, Étienne, Simon, Marc-André, Alexandre, Justin, Maxime",
    gf="Marie-Ève, Geneviève, Catherine, Émilie, Audrey, Sophie, Camille, Josée, Mélanie, Véronique, Annie, Rosalie",
    fam="Tremblay, Gagnon, Roy, Côté, Bouchard, Gauthier, Morin, Lavoie, Fortin, Gagné, Ouellet, Pelletier, Bélanger, Lévesque, Bergeron, Leblanc, Paquette, Girard, St-Pierre, Thibodeau",
    streets="rue Saint-Denis, boulevard René-Lévesque, rue Sherbrooke Est, avenue du Parc, rue des Érables, rue Principale, chemin du Lac, boulevard Laurier",
    towns="Montréal (Québec)=H#[ABCEGHJ-NPRSTV-Z] #[ABCEGHJ-NPRSTV-Z]#; Québec (Québec)=G#[ABCEGHJ-NPRSTV-Z] #[ABCEGHJ-NPRSTV-Z]#; Sherbrooke (Québec)=J#[ABCEGHJ-NPRSTV-Z] #[ABCEGHJ-NPRSTV-Z]#; Gatineau (Québec)=J#[ABCEGHJ-NPRSTV-Z] #[ABCEGHJ-NPRSTV-Z]#; Laval (Québec)=H#[ABCEGHJ-NPRSTV-Z] #[ABCEGHJ-NPRSTV-Z]#; Trois-Rivières (Québec)=G#[ABCEGHJ-NPRSTV-Z] #[ABCEGHJ-NPRSTV-Z]#",
    addr=(
        "{hn}, {st}, app. {apt}\n{town}  {pc}",
        "{hn} {st}, {town} {pc}",
        "{hn}-{apt} {st}, {town} {pc}",
    ),
    apt=("%", "%0%"),
    phone=("514 ###-####", "(438) ###-####", "+1 418 ###-####", "450-###-####", "819 ### ####"),
    dob=("<YYYY>-<MM>-<DD>", "<D> <MONTH> <YYYY>", "<DD>/<MM>/<YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="videotron.ca, hotmail.com, gmail.com, bell.net, sympatico.ca",
    dl=("@####-######-##",),
    pp=("@@######",),
    plate=("@## @@@",),
    tld="qc.ca",
)
_loc(
    "fr_CH",
    langs=("fr",),
    w=1,
    gm="Loïc, Julien, Yannick, Nathan, Bastien, Valentin, Jérémie, Raphaël, Grégoire",
    gf="Chloé, Léa, Océane, Laetitia, Mélanie, Aurélie, Noémie, Joëlle, Coralie",
    fam="Rochat, Favre, Bonvin, Perrin, Cretton, Jaquet, Chappuis, Mottier, Gerber, Rey, Vuilleumier, Pittet, Dubois, Berset",
    streets="rue du Lac, chemin des Pâquis, avenue de la Gare, route de Lausanne, rue du Marché, chemin de la Forêt",
    towns="Lausanne=10##; Genève=12##; Neuchâtel=2000; Fribourg=1700; Sion=1950; Montreux=1820; Yverdon-les-Bains=1400",
    addr=("{st} {hn}, {pc} {town}", "{st} {hn}\n{pc} {town}"),
    phone=("079 ### ## ##", "+41 78 ### ## ##", "021 ### ## ##", "+41 22 ### ## ##"),
    dob=("<DD>.<MM>.<YYYY>", "<D> <MONTH> <YYYY>", "<DD>/<MM>/<YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="bluewin.ch, gmail.com, hispeed.ch",
    iban="CH",
    dl=("#########00#",),
    pp=("@#######",),
    tld="ch",
)
_loc(
    "fr_SN",
    langs=("fr",),
    w=1,
    gm="Mamadou, Moussa, Cheikh, Ibrahima, Abdoulaye, Ousmane, Modou, Pape, Aliou, Lamine, Babacar",
    gf="Fatou, Aminata, Awa, Mariama, Ndeye, Khady, Coumba, Aïssatou, Rokhaya, Astou, Sokhna",
    fam="Diop, Ndiaye, Fall, Sow, Diallo, Sy, Faye, Gueye, Ba, Cissé, Mbaye, Sarr, Thiam, Kane, Ndour, Seck",
    streets="Cité Keur Gorgui, Sicap Liberté 6, Sacré-Cœur 3, Ouest Foire, Mermoz Pyrotechnie, HLM Grand Yoff, Point E",
    towns="Dakar=1%#00; Thiès=21000; Saint-Louis=32000; Rufisque=20000; Mbour=23000",
    addr=("Villa n° {hn}, {st}, {town}", "{st}, lot {hn}, {town} {pc}"),
    hn=("%#", "%##", "%###"),
    phone=(
        "77 ### ## ##",
        "+221 77 ### ## ##",
        "78 ### ## ##",
        "+221 76 ### ## ##",
        "70 ### ## ##",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, yahoo.fr, orange.sn",
    dl=("@@-###-##-#####",),
    pp=("@########",),
    tld="sn",
)
_loc(
    "fr_CI",
    langs=("fr",),
    w=1,
    gm="Koffi, Kouassi, Yao, Konan, Adama, Souleymane, Arsène, Jean-Marc, Serge, Ibrahim, Franck",
    gf="Aya, Adjoua, Affoué, Amenan, Mariam, Fatim, Awa, Christelle, Estelle, Prisca, Bintou",
    fam="Kouassi, Koné, Traoré, Ouattara, Yao, Kouamé, Bamba, Coulibaly, Diabaté, Touré, N'Guessan, Kouadio, Aka, Ehui",
    streets="rue des Jardins, boulevard Latrille, rue du Commerce, avenue Chardy, boulevard de Marseille, rue Pierre et Marie Curie",
    towns="Cocody, Abidjan=; Yopougon, Abidjan=; Marcory, Abidjan=; Bouaké=; Yamoussoukro=; Treichville, Abidjan=",
    addr=("{st}, villa {hn}, {town}", "Lot {hn}, {st}, {town}"),
    phone=("07 ## ## ## ##", "+225 07 ## ## ## ##", "05 ## ## ## ##", "+225 01 ## ## ## ##"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, yahoo.fr",
    pp=("##@@#####",),
    tld="ci",
)

# ---- Spanish
_ES_PHONE = (
    "6## ## ## ##",
    "+34 6## ### ###",
    "6########",
    "7## ### ###",
    "91 ### ## ##",
    "+34 93 ### ## ##",
    "+34 6########",
)
_loc(
    "es_ES",
    langs=("es",),
    w=3,
    double=0.85,
    gm="Alejandro, Pablo, Javier, Daniel, Sergio, Álvaro, Adrián, Hugo, Mario, Iván, Jorge, Raúl, Manuel, José Luis, Juan Carlos, Íñigo, Jordi, Marc, Óscar, Rubén",
    gf="Lucía, María, Paula, Laura, Marta, Sara, Carmen, Ana Belén, Elena, Cristina, Alba, Irene, Nerea, Noelia, Rocío, Montserrat, Ainhoa, María José, Inmaculada",
    fam="García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Navarro, Torres, Domínguez, Gil, Serrano, Ortega, Rubio, Castro, de la Fuente, del Río, Vázquez, Iglesias",
    streets="calle Mayor, avenida de la Constitución, calle del Carmen, paseo de la Castellana, calle Real, avenida de América, calle de Alcalá, ronda de Valencia, plaza de España, calle San Bernardo, calle de la Luna",
    towns="Madrid=280##; Barcelona=080##; Valencia=460##; Sevilla=410##; Zaragoza=500##; Málaga=290##; Bilbao=480##; Granada=180##; Valladolid=470##; Alicante=030##; Murcia=300##; Oviedo=330##",
    addr=(
        "{st}, {hn}, {apt}, {pc} {town}",
        "{st} {hn}, {pc} {town}",
        "{st}, n.º {hn}, {apt}\n{pc} {town}",
    ),
    apt=("%º @", "%º %ª", "bajo @", "%º izda.", "ático"),
    phone=_ES_PHONE,
    dob=("<DD>/<MM>/<YYYY>", "<D> de <MONTH> de <YYYY>", "<D>-<M>-<YYYY>", "<DD>-<MM>-<YYYY>"),
    long="<D> de <MONTH> de <YYYY>",
    mail="gmail.com, hotmail.es, yahoo.es, telefonica.net, outlook.es",
    iban="ES",
    dl=("########@", "########-@"),
    pp=("@@@######",),
    plate=("#### @@@",),
    tld="es",
    nick="Chema, Pepe, Nacho, Paco, Lolo, Kike, Rafa, Manu, Pili, Maite, Txema",
    mix=("es_AR", "ro_RO", "ar_MA", "en_GB", "es_CO"),
)
_loc(
    "es_MX",
    langs=("es",),
    w=2,
    double=0.8,
    gm="José, Juan, Luis, Carlos, Miguel Ángel, Jesús, Francisco, Alejandro, Diego, Emiliano, Santiago, Rodrigo, Eduardo, Jorge Luis, Ulises",
    gf="Guadalupe, María Fernanda, Ximena, Valeria, Daniela, Andrea, Mariana, Fernanda, Alejandra, Itzel, Citlali, Brenda, Karla, Verónica",
    fam="Hernández, García, Martínez, López, González, Pérez, Rodríguez, Sánchez, Ramírez, Cruz, Flores, Gómez, Morales, Vázquez, Reyes, Jiménez, Torres, Díaz, Gutiérrez, Ruiz, Mendoza, Aguilar, Ortiz, Castillo, Chávez, de la Cruz, Xicoténcatl",
    streets="Av. Insurgentes Sur, Calle Morelos, Av. Juárez, Calle Hidalgo, Calzada de Tlalpan, Calle 5 de Mayo, Av. Revolución, Calle Allende, Privada de los Pinos",
    towns="Col. Roma Norte, Cuauhtémoc, CDMX=06700; Col. Del Valle, Benito Juárez, CDMX=03100; Guadalajara, Jal.=44###; Monterrey, N.L.=64###; Puebla, Pue.=72###; Mérida, Yuc.=97###; Querétaro, Qro.=76###; Oaxaca de Juárez, Oax.=68###",
    addr=(
        "{st} {hn}, {town}, C.P. {pc}",
        "{st} {hn} Int. {apt}, {town} {pc}",
        "{st} #{hn}, {town}, CP {pc}",
    ),
    apt=("%", "%0%", "@"),
    phone=(
        "55 #### ####",
        "+52 55 #### ####",
        "+52 1 33 #### ####",
        "81 #### ####",
        "(222) ### ####",
        "55########",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D> de <MONTH> de <YYYY>"),
    long="<D> de <MONTH> de <YYYY>",
    mail="gmail.com, hotmail.com, outlook.com, yahoo.com.mx, prodigy.net.mx",
    dl=("@########",),
    pp=("G########",),
    plate=("@@@-###-@",),
    tld="mx",
    cards="visa mc mc amex",
)
_loc(
    "es_AR",
    langs=("es",),
    w=2,
    double=0.1,
    gm="Santiago, Mateo, Juan Ignacio, Facundo, Nicolás, Tomás, Agustín, Matías, Gonzalo, Martín, Lautaro, Joaquín, Federico, Ezequiel",
    gf="Sofía, Valentina, Camila, Florencia, Micaela, Agustina, Luciana, Julieta, Rocío, Milagros, Carolina, Belén, Victoria",
    fam="González, Rodríguez, Fernández, López, Martínez, Díaz, Pérez, Romero, Sosa, Álvarez, Gómez, Ruiz, Benítez, Acosta, Medina, Herrera, Giménez, Rossi, Ferrari, Bianchi, Russo, Costa, Pereyra, Kovacs",
    streets="Av. Corrientes, Av. Santa Fe, Calle Florida, Av. Rivadavia, Av. Cabildo, Thames, Av. San Martín, Av. 9 de Julio, Bv. Oroño",
    towns="CABA=C1###@@@; Córdoba=X5000@@@; Rosario=S2000@@@; Mendoza=M5500@@@; La Plata=B1900@@@; Mar del Plata=B7600@@@; San Miguel de Tucumán=T4000@@@",
    addr=("{st} {hn}, {apt}, {pc} {town}", "{st} {hn} {apt}, {town} ({pc})"),
    hn=("%##", "%###", "%#"),
    apt=("piso %, depto. @", "%º @", "PB"),
    phone=(
        "11 ####-####",
        "+54 9 11 ####-####",
        "+54 9 341 ###-####",
        "15-####-####",
        "(0351) 15 ###-####",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D> de <MONTH> de <YYYY>", "<D>/<M>/<YY>"),
    long="<D> de <MONTH> de <YYYY>",
    mail="gmail.com, hotmail.com, yahoo.com.ar, fibertel.com.ar",
    dl=("########",),
    pp=("@@@######",),
    plate=("@@ ### @@",),
    tld="com.ar",
    nick="Pipa, Chino, Flaco, Pato, Toto, Cacho, Colo, Juanchi, Fede, Lucho, Tincho",
)
_loc(
    "es_CO",
    langs=("es",),
    w=1,
    double=0.85,
    gm="Juan David, Andrés Felipe, Santiago, Sebastián, Camilo, Carlos Andrés, Julián, Esteban, Jhon Fredy, Brayan, Cristian",
    gf="Valentina, María José, Daniela, Laura Sofía, Paola, Natalia, Catalina, Juliana, Luisa Fernanda, Yuliana, Angie",
    fam="Rodríguez, Gómez, Martínez, García, López, González, Hernández, Sánchez, Ramírez, Pérez, Díaz, Muñoz, Rojas, Moreno, Jaramillo, Ospina, Restrepo, Zapata, Cárdenas, Valencia",
    streets="Calle 45, Carrera 7, Calle 100, Carrera 15, Avenida 68, Calle 72, Transversal 23, Diagonal 40",
    towns="Bogotá=; Medellín=; Cali=; Barranquilla=; Bucaramanga=; Pereira=; Manizales=",
    addr=("{st} # {hn}, {apt}, {town}", "{st} #{hn} {apt}, {town}"),
    hn=("%#-%#", "%#@-%#", "%#-%##"),
    apt=("apto %0%", "torre %, apto %0%", "casa %#"),
    phone=("3## ### ####", "+57 3## ### ####", "+57 31# #######", "(601) ### ####"),
    dob=("<DD>/<MM>/<YYYY>", "<D> de <MONTH> de <YYYY>"),
    long="<D> de <MONTH> de <YYYY>",
    mail="gmail.com, hotmail.com, yahoo.es, outlook.com",
    dl=("##########",),
    pp=("@@######",),
    tld="co",
)
_loc(
    "es_CL",
    langs=("es",),
    w=1,
    double=0.9,
    gm="Benjamín, Vicente, Martín, Matías, Agustín, Cristóbal, Ignacio, Felipe, Diego, Joaquín, Bastián",
    gf="Sofía, Isidora, Florencia, Javiera, Catalina, Constanza, Francisca, Antonia, Fernanda, Camila, Trinidad",
    fam="González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Araya, Espinoza, Valenzuela, Castillo, Tapia",
    streets="Av. Providencia, Av. Apoquindo, Av. Vicuña Mackenna, Los Leones, Av. Grecia, Pasaje Los Aromos, Av. Libertad, Esmeralda",
    towns="Providencia, Santiago=750####; Ñuñoa, Santiago=77#####; Las Condes, Santiago=75#####; Viña del Mar=25#####; Concepción=40#####; Valparaíso=23#####; Temuco=48#####; Puerto Montt=55#####",
    addr=("{st} {hn}, depto. {apt}, {town}", "{st} {hn}, {town}, {pc}"),
    hn=("%##", "%###", "%#"),
    apt=("%0%", "%#0%"),
    phone=("9 #### ####", "+56 9 #### ####", "+56 9 ########", "(2) 2### ####"),
    dob=("<DD>-<MM>-<YYYY>", "<DD>/<MM>/<YYYY>", "<D> de <MONTH> de <YYYY>"),
    long="<D> de <MONTH> de <YYYY>",
    mail="gmail.com, hotmail.com, yahoo.es, vtr.net",
    dl=("@########",),
    pp=("@########",),
    tld="cl",
)
_loc(
    "es_PE",
    langs=("es",),
    w=1,
    double=0.9,
    gm="Luis, José, Jorge, Carlos, Miguel, Renzo, Piero, Diego, Jhonatan, Alonso, Gianfranco",
    gf="Rosa, María, Milagros, Lucero, Fiorella, Ximena, Karina, Mariela, Gabriela, Katherine, Yessenia",
    fam="Quispe, Flores, Sánchez, Rodríguez, García, Huamán, Mamani, Chávez, Ramos, Torres, Vargas, Castillo, Mendoza, Rojas, Gutiérrez, Condori, Salazar, Espinoza, Paredes, Cárdenas",
    streets="Av. Arequipa, Jr. de la Unión, Av. Javier Prado Este, Calle Las Begonias, Av. José Larco, Jr. Huallaga, Av. Brasil, Calle Los Pinos",
    towns="Miraflores, Lima=15074; San Isidro, Lima=15073; Surco, Lima=150##; Arequipa=04###; Cusco=08###; Trujillo=13###; Piura=20###",
    addr=("{st} {hn}, dpto. {apt}, {town}", "{st} N° {hn}, {town} {pc}"),
    hn=("%##", "%###", "%#"),
    apt=("%0%", "%#0%"),
    phone=("9## ### ###", "+51 9## ### ###", "(01) ### ####", "+51 1 ### ####"),
    dob=("<DD>/<MM>/<YYYY>", "<D> de <MONTH> de <YYYY>"),
    long="<D> de <MONTH> de <YYYY>",
    mail="gmail.com, hotmail.com, yahoo.es",
    dl=("@########",),
    pp=("#########",),
    tld="pe",
)
_loc(
    "es_UY",
    langs=("es",),
    w=1,
    double=0.2,
    gm="Federico, Gonzalo, Rodrigo, Martín, Sebastián, Nicolás, Agustín, Bruno, Maximiliano",
    gf="Lucía, Sofía, Valentina, Florencia, Carolina, Natalia, Jimena, Victoria, Agustina",
    fam="Rodríguez, González, Fernández, Pérez, Silva, Sosa, Pereira, Martínez, Suárez, Techera, Olivera, Cabrera, Núñez, Acosta, Viera, De León",
    streets="Av. 18 de Julio, Bvar. Artigas, Av. Brasil, Rambla República de México, Ellauri, Av. Italia, Sarandí",
    towns="Montevideo=11###; Punta del Este=20100; Salto=50000; Paysandú=60000; Colonia del Sacramento=70000",
    addr=("{st} {hn}, apto. {apt}, {town}", "{st} {hn}, CP {pc}, {town}"),
    hn=("%###", "%##"),
    apt=("%0%", "%#0%"),
    phone=("09# ### ###", "+598 9# ### ###", "2### ####", "+598 2### ####"),
    dob=("<DD>/<MM>/<YYYY>", "<D> de <MONTH> de <YYYY>"),
    long="<D> de <MONTH> de <YYYY>",
    mail="gmail.com, adinet.com.uy, hotmail.com",
    dl=("########",),
    pp=("@######",),
    tld="com.uy",
)
_loc(
    "es_VE",
    langs=("es",),
    w=1,
    double=0.7,
    gm="José Gregorio, Luis Alberto, Jesús, Carlos Eduardo, Yeferson, Daniel, Andrés, Johan, Wilmer, Eduardo, Rafael",
    gf="María Alejandra, Yuleisy, Daniela, Andreína, Mariángel, Génesis, Oriana, Yusmary, Rosángela, Gabriela",
    fam="González, Rodríguez, Pérez, Hernández, García, Martínez, López, Díaz, Ramírez, Sánchez, Rojas, Briceño, Marcano, Colmenares, Villalobos, Guerrero, Chacón, Pacheco",
    streets="Av. Francisco de Miranda, Av. Libertador, Calle Los Mangos, Av. Bolívar, Calle Real de Sabana Grande, Av. Las Delicias, Calle 72",
    towns="Chacao, Caracas=1060; Los Palos Grandes, Caracas=1060; Maracaibo=4001; Valencia, Carabobo=2001; Barquisimeto=3001; Mérida=5101",
    addr=("{st}, Edif. {dist}, piso {apt}, {town}", "{st}, casa Nro. {hn}, {town} {pc}"),
    dist="El Ávila, Parque Central, Los Samanes, Caroní, Miramar",
    apt=("%", "%#", "PB"),
    phone=(
        "0412-###-####",
        "+58 412 ### ####",
        "0414 ### ####",
        "+58 424-#######",
        "0212 ### ####",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D> de <MONTH> de <YYYY>"),
    long="<D> de <MONTH> de <YYYY>",
    mail="gmail.com, hotmail.com, cantv.net",
    dl=("########",),
    pp=("#########",),
    tld="ve",
)

# ---- Portuguese
_loc(
    "pt_PT",
    langs=("pt",),
    w=2,
    double=0.7,
    middle=0.4,
    midinit=False,
    gm="João, Rodrigo, Martim, Francisco, Tomás, Duarte, Afonso, Diogo, Tiago, Rui, Nuno, Pedro, Miguel, Gonçalo, Luís",
    gf="Maria, Leonor, Matilde, Beatriz, Inês, Mariana, Carolina, Ana, Sofia, Catarina, Joana, Rita, Filipa, Marta",
    fam="Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, Fernandes, Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, Correia, Mendes, Nunes, Soares, Vieira",
    streets="Rua Augusta, Avenida da Liberdade, Rua de Santa Catarina, Rua do Almada, Travessa do Carmo, Avenida da Boavista, Rua Direita, Largo do Rato, Rua da Alegria",
    towns="Lisboa=1###-###; Porto=4###-###; Braga=47##-###; Coimbra=30##-###; Aveiro=38##-###; Faro=80##-###; Setúbal=29##-###; Funchal=9000-###; Guimarães=48##-###",
    addr=(
        "{st}, {hn}, {apt}\n{pc} {town}",
        "{st} {hn}, {pc} {town}",
        "{st}, n.º {hn}, {apt}, {pc} {town}",
    ),
    apt=("%.º Esq.", "%.º Dto.", "r/c", "%.º @"),
    phone=("9# ### ####", "+351 9# ### ####", "91#######", "+351 21 ### ####", "22# ### ###"),
    dob=("<DD>/<MM>/<YYYY>", "<D> de <MONTH> de <YYYY>", "<DD>-<MM>-<YYYY>"),
    long="<D> de <MONTH> de <YYYY>",
    mail="sapo.pt, gmail.com, hotmail.com, outlook.pt, netcabo.pt",
    iban="PT",
    dl=("@-###### #",),
    pp=("@######",),
    plate=("##-@@-##",),
    tld="pt",
    mix=("pt_BR", "pt_AO", "uk_UA"),
)
_loc(
    "pt_BR",
    langs=("pt",),
    w=4,
    double=0.6,
    gm="João Pedro, Gabriel, Lucas, Matheus, Guilherme, Rafael, Pedro Henrique, Gustavo, Felipe, Bruno, Thiago, Leonardo, Vinícius, Luiz Carlos, Wellington, Anderson, Cauã, Enzo, Davi",
    gf="Ana Clara, Maria Eduarda, Júlia, Beatriz, Larissa, Camila, Fernanda, Amanda, Letícia, Gabriela, Mariana, Bruna, Jéssica, Thaís, Vitória, Raíssa, Luana, Francisca",
    fam="Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa, Ribeiro, Martins, Carvalho, Almeida, Lopes, Soares, Fernandes, Vieira, Barbosa, Rocha, Dias, Nascimento, Andrade, Moreira, Nunes, Cavalcanti, Albuquerque, da Silva, dos Santos, de Souza, Yamamoto, Schmidt",
    streets="Rua Augusta, Avenida Paulista, Rua das Flores, Rua XV de Novembro, Avenida Brasil, Rua Voluntários da Pátria, Rua Sete de Setembro, Avenida Afonso Pena, Rua Oscar Freire, Travessa Santa Luzia",
    towns="São Paulo - SP=0####-###; Rio de Janeiro - RJ=2####-###; Belo Horizonte - MG=30###-###; Curitiba - PR=80###-###; Porto Alegre - RS=90###-###; Recife - PE=50###-###; Salvador - BA=40###-###; Fortaleza - CE=60###-###; Florianópolis - SC=88###-###; Campinas - SP=13###-###; Goiânia - GO=74###-###",
    addr=(
        "{st}, {hn}, {apt} - {dist}, {town}, {pc}",
        "{st}, {hn} - {dist}\n{town}\nCEP {pc}",
        "{st} {hn}, {dist}, {town}, CEP {pc}",
    ),
    dist="Centro, Jardim América, Vila Nova, Boa Vista, Jardim Europa, Bela Vista, Santo Antônio, São José, Jardim das Flores",
    hn=("%#", "%##", "%###", "%.%##"),
    apt=("apto %#", "ap. %0%", "casa %", "bloco @, apto %0%"),
    phone=(
        "(11) 9####-####",
        "(21) 9####-####",
        "+55 11 9####-####",
        "+55 (31) 9 ####-####",
        "11 9#### ####",
        "(51) 3###-####",
        "+55 81 9####-####",
        "+55119########",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D> de <MONTH> de <YYYY>", "<DD>/<MM>/<YY>"),
    long="<D> de <MONTH> de <YYYY>",
    mail="gmail.com, hotmail.com, yahoo.com.br, uol.com.br, bol.com.br, terra.com.br, outlook.com",
    dl=("###########",),
    pp=("@@######",),
    plate=("@@@#@##",),
    tld="com.br",
    nick="Juninho, Dudu, Tetê, Guga, Zé, Bia, Lelê, Nando, Biel, Carlinhos, Rafinha, Gui, Malu, Duda",
    mix=("ja_JP", "it_IT", "de_DE", "pt_PT", "ar_LB"),
)
_loc(
    "pt_AO",
    langs=("pt",),
    w=1,
    gm="João, Manuel, António, Domingos, Francisco, Adilson, Edvaldo, Joaquim, Mateus, Nelson, Osvaldo",
    gf="Maria, Ana, Esperança, Luzia, Teresa, Isabel, Djamila, Yolanda, Marisa, Joana, Elsa",
    fam="Lourenço, da Silva, Neto, Fernandes, Paulo, Domingos, Sebastião, Cassoma, Kiala, Mbala, Mateus, Chipenda, Cardoso",
    streets="Rua Rainha Ginga, Avenida 4 de Fevereiro, Rua Amílcar Cabral, Rua da Missão, Avenida Deolinda Rodrigues, Rua Major Kanhangulo",
    towns="Maianga, Luanda=; Talatona, Luanda=; Ingombota, Luanda=; Benguela=; Lubango=; Huambo=",
    addr=("{st}, n.º {hn}, {town}", "{st} {hn}, {apt}, {town}"),
    apt=("%.º andar", "casa %#", "prédio %#, apto %#"),
    phone=("9## ### ###", "+244 9## ### ###", "92# ### ###", "+244 923 ### ###"),
    dob=("<DD>/<MM>/<YYYY>", "<D> de <MONTH> de <YYYY>"),
    long="<D> de <MONTH> de <YYYY>",
    mail="gmail.com, hotmail.com, yahoo.com",
    pp=("N#######",),
    tld="co.ao",
)
_loc(
    "pt_MZ",
    langs=("pt",),
    w=1,
    gm="Armando, Celso, Hélder, Jorge, Salvador, Zacarias, Elias, Ernesto, Amade, Abdul",
    gf="Graça, Lurdes, Célia, Ana Paula, Inês, Neide, Felizarda, Rosita, Telma, Olga",
    fam="Macuácua, Cossa, Nhantumbo, Sitoe, Bila, Mabunda, Langa, Matsinhe, Tembe, Muianga, Guambe, Mucavele",
    streets="Avenida Julius Nyerere, Avenida Eduardo Mondlane, Avenida 24 de Julho, Rua da Resistência, Avenida Kenneth Kaunda, Rua de Tchamba",
    towns="Polana Cimento, Maputo=; Sommerschield, Maputo=; Matola=; Beira=; Nampula=; Inhambane=",
    addr=("{st}, n.º {hn}, {apt}, {town}", "{st} {hn}, {town}"),
    apt=("%.º andar, flat %#", "casa %#"),
    phone=("84 ### ####", "+258 84 ### ####", "82 ### ####", "+258 86 ### ####"),
    dob=("<DD>/<MM>/<YYYY>", "<D> de <MONTH> de <YYYY>"),
    long="<D> de <MONTH> de <YYYY>",
    mail="gmail.com, yahoo.com.br, tdm.co.mz",
    pp=("##@@#####",),
    tld="co.mz",
)

# ---- Italian, Dutch
_loc(
    "it_IT",
    langs=("it",),
    w=3,
    gm="Francesco, Alessandro, Lorenzo, Matteo, Leonardo, Andrea, Gabriele, Riccardo, Davide, Marco, Luca, Giuseppe, Salvatore, Giovanni, Stefano, Gianluca, Pierpaolo, Nicolò",
    gf="Giulia, Sofia, Aurora, Alice, Ginevra, Chiara, Francesca, Martina, Sara, Elisa, Valentina, Federica, Paola, Giuseppina, Rosaria, Maria Grazia, Ilaria, Beatrice",
    fam="Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Di Stefano, Lo Russo, D'Angelo",
    streets="via Roma, via Garibaldi, corso Vittorio Emanuele II, via Mazzini, piazza della Repubblica, via dei Mille, viale Europa, via San Francesco, via Manzoni, corso Buenos Aires, vicolo Stretto, via Cavour",
    towns="Milano (MI)=201##; Roma (RM)=001##; Napoli (NA)=801##; Torino (TO)=101##; Bologna (BO)=401##; Firenze (FI)=501##; Bari (BA)=701##; Palermo (PA)=901##; Verona (VR)=371##; Trento (TN)=381##; Bergamo (BG)=241##; Cagliari (CA)=091##",
    addr=("{st} {hn}, {pc} {town}", "{st}, {hn}\n{pc} {town}", "{st} {hn}/{apt}, {pc} {town}"),
    apt=("@", "%", "bis"),
    phone=(
        "3## ### ####",
        "+39 3## ### ####",
        "+39 34# #######",
        "3##/#######",
        "02 #### ####",
        "+39 06 #### ####",
        "011 ### ####",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<DD>-<MM>-<YYYY>", "<DD>.<MM>.<YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="libero.it, gmail.com, virgilio.it, hotmail.it, alice.it, tiscali.it, yahoo.it",
    iban="IT",
    dl=("@@#######@",),
    pp=("@@#######",),
    plate=("@@ ###@@",),
    tld="it",
    nick="Gigi, Beppe, Pippo, Ciccio, Peppe, Fede, Ale, Vale, Teo, Lollo, Totò",
    mix=("ro_RO", "sq_AL", "ar_MA", "es_AR"),
)
_loc(
    "nl_NL",
    langs=("nl",),
    w=2,
    gm="Daan, Sem, Lucas, Levi, Finn, Milan, Bram, Thijs, Jesse, Ruben, Jeroen, Sander, Pieter, Willem, Joost, Mohammed, Youssef, Kees",
    gf="Emma, Julia, Sophie, Tess, Zoë, Lotte, Fleur, Sanne, Anouk, Eva, Femke, Ilse, Marieke, Noor, Fatima, Annelies, Ingrid, Saskia",
    fam="de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, Vermeulen, el Amrani, Yılmaz, van 't Hof",
    streets="Kerkstraat, Dorpsstraat, Molenweg, Stationsweg, Schoolstraat, Julianastraat, Beatrixlaan, Oranjestraat, Prinsengracht, Lindenlaan, Sportlaan, Kastanjelaan",
    towns="Amsterdam=10%# @@; Rotterdam=30%# @@; Utrecht=35%# @@; Den Haag=25%# @@; Eindhoven=56%# @@; Groningen=97%# @@; Zwolle=80%# @@; Haarlem=20%# @@; Nijmegen=65%# @@; Leeuwarden=89%# @@",
    addr=(
        "{st} {hn}, {pc} {town}",
        "{st} {hn}\n{pc} {town}",
        "{st} {hn}-{apt}, {pc}  {town}",
        "{st} {hn}{apt}, {pc} {town}",
    ),
    apt=("A", "B", "I", "II", "2"),
    phone=(
        "06-########",
        "06 ## ## ## ##",
        "+31 6 ########",
        "+31 (0)6 #### ####",
        "020-### ####",
        "+31 10 ### ####",
    ),
    dob=("<DD>-<MM>-<YYYY>", "<D> <MONTH> <YYYY>", "<DD>/<MM>/<YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, hotmail.nl, ziggo.nl, kpnmail.nl, live.nl, outlook.com, xs4all.nl",
    iban="NL",
    dl=("##########",),
    pp=("&&^^^^^^#",),
    plate=("@@-###-@", "#-@@@-##"),
    tld="nl",
    nick="Bas, Pim, Stijn, Bassie, Flip, Joop, Mo",
    mix=("tr_TR", "ar_MA", "pl_PL", "en_GB"),
)
_loc(
    "nl_BE",
    langs=("nl", "fr"),
    w=1,
    gm="Arne, Wout, Jens, Stijn, Pieter-Jan, Kobe, Lander, Seppe, Jonas, Bert, Koen, Dries",
    gf="Lotte, Fien, Ellen, Nele, Hanne, Elke, Sofie, Lien, Marieke, Annelies, Ine, Griet",
    fam="Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet, Dubois, Van Damme, De Backer, Vermeulen, Van den Broeck, Verstraeten, Claeys, Desmet, Hermans, Lambrechts",
    streets="Kerkstraat, Stationsstraat, Dorpsstraat, Molenstraat, Nieuwstraat, Kapelstraat, Steenweg op Gent, Grote Markt",
    towns="Antwerpen=2000; Gent=9000; Leuven=3000; Brugge=8000; Mechelen=2800; Hasselt=3500; Kortrijk=8500; Aalst=9300",
    addr=("{st} {hn}, {pc} {town}", "{st} {hn} bus {apt}\n{pc} {town}"),
    apt=("%", "%#"),
    phone=("04## ## ## ##", "+32 4## ## ## ##", "0476/##.##.##", "09 ### ## ##"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<DD>.<MM>.<YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="telenet.be, skynet.be, gmail.com, hotmail.com",
    iban="BE",
    dl=("##########",),
    pp=("@@######",),
    tld="be",
)

# ---- Nordic
_loc(
    "sv_SE",
    langs=("sv",),
    w=2,
    gm="Erik, Lars, Karl, Anders, Johan, Oskar, William, Lucas, Hugo, Elias, Alexander, Axel, Viktor, Björn, Gustav, Nils, Mattias",
    gf="Anna, Eva, Maria, Karin, Sara, Elsa, Alice, Maja, Ebba, Wilma, Linnea, Astrid, Ingrid, Frida, Emma, Sofia, Johanna",
    fam="Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, Pettersson, Jonsson, Lindberg, Lindqvist, Lindström, Bergström, Sjöberg, Åberg, Holm, Engström, Öberg, Hedlund",
    streets="Storgatan, Drottninggatan, Kungsgatan, Skolgatan, Vasagatan, Björkvägen, Granvägen, Idrottsvägen, Södra vägen, Strandvägen",
    towns="Stockholm=11# ##; Göteborg=41# ##; Malmö=21# ##; Uppsala=75# ##; Umeå=90# ##; Linköping=58# ##; Örebro=70# ##; Luleå=97# ##; Östersund=83# ##",
    addr=("{st} {hn}, {pc} {town}", "{st} {hn}\n{pc} {town}", "{st} {hn}, lgh {apt}, {pc} {town}"),
    apt=("1%0%", "1#0%"),
    phone=(
        "07#-### ## ##",
        "+46 7# ### ## ##",
        "070-### ## ##",
        "08-### ### ##",
        "+46 8 ### ### ##",
    ),
    dob=("<YYYY>-<MM>-<DD>", "<D> <MONTH> <YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, hotmail.se, telia.com, outlook.com, bredband.net, live.se",
    iban="SE",
    dl=("########",),
    pp=("########",),
    plate=("@@@ ##@", "@@@ ###"),
    tld="se",
    mix=("fi_FI", "pl_PL", "tr_TR"),
)
_loc(
    "nb_NO",
    langs=("nb",),
    w=1,
    gm="Jakob, Emil, Noah, Oliver, Filip, Henrik, Magnus, Sindre, Håkon, Ole, Ola, Knut, Eirik, Øyvind, Torbjørn",
    gf="Nora, Emma, Ingrid, Sofie, Thea, Ida, Maja, Kari, Ingeborg, Solveig, Silje, Hanne, Marte, Tuva, Åse",
    fam="Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Johnsen, Haugen, Bakke, Berg, Solberg, Strand, Dahl, Lie, Haugland, Løvås, Sæther, Aas",
    streets="Storgata, Kirkeveien, Skolegata, Bjørkeveien, Granåsen, Idrettsveien, Strandveien, Torggata, Fjellveien",
    towns="Oslo=0###; Bergen=50##; Trondheim=70##; Stavanger=40##; Tromsø=90##; Drammen=30##; Lillehammer=26##; Bodø=80##",
    addr=("{st} {hn}, {pc} {town}", "{st} {hn}{apt}\n{pc} {town}"),
    apt=("A", "B", "C"),
    phone=("4## ## ###", "9## ## ###", "+47 4## ## ###", "+47 9## ## ###", "+47 ## ## ## ##"),
    dob=("<DD>.<MM>.<YYYY>", "<D>. <MONTH> <YYYY>"),
    long="<D>. <MONTH> <YYYY>",
    mail="gmail.com, online.no, hotmail.com, outlook.com, getmail.no",
    iban="NO",
    dl=("### ### ### #",),
    pp=("@@#######",),
    plate=("@@ #####",),
    tld="no",
)
_loc(
    "da_DK",
    langs=("da",),
    w=1,
    gm="William, Oscar, Noah, Lucas, Frederik, Mads, Rasmus, Mikkel, Søren, Jens, Anders, Kasper, Christian, Magnus",
    gf="Ida, Freja, Clara, Emma, Sofie, Mette, Camilla, Louise, Signe, Line, Karen, Anne, Maja, Cecilie",
    fam="Jensen, Nielsen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Poulsen, Møller, Mortensen, Østergaard, Kjær, Holm, Lund",
    streets="Vestergade, Østergade, Nørregade, Søndergade, Skolevej, Idrætsvej, Strandvejen, Kirkevej, Birkevej, Bøgevej",
    towns="København N=2200; Aarhus C=8000; Odense C=5000; Aalborg=9000; Esbjerg=6700; Roskilde=4000; Frederiksberg=2000; Vejle=7100",
    addr=("{st} {hn}, {apt}, {pc} {town}", "{st} {hn}\n{pc} {town}"),
    apt=("st. tv.", "1. th.", "2. tv.", "3. mf."),
    phone=("## ## ## ##", "+45 ## ## ## ##", "+45 ########"),
    dob=("<DD>.<MM>.<YYYY>", "<D>. <MONTH> <YYYY>", "<DD>-<MM>-<YYYY>"),
    long="<D>. <MONTH> <YYYY>",
    mail="gmail.com, hotmail.dk, mail.dk, outlook.dk, jubii.dk",
    iban="DK",
    dl=("########",),
    pp=("#########",),
    plate=("@@ ## ###",),
    tld="dk",
)
_loc(
    "fi_FI",
    langs=("fi",),
    w=1,
    gm="Juha, Mikko, Jari, Antti, Timo, Matti, Ville, Eetu, Aleksi, Onni, Eino, Lauri, Tuomas, Janne",
    gf="Anna, Aino, Eveliina, Sanna, Laura, Johanna, Helmi, Siiri, Venla, Minna, Tiina, Kaisa, Pirjo, Hanna",
    fam="Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen",
    streets="Mannerheimintie, Hämeenkatu, Aleksanterinkatu, Koulukatu, Urheilutie, Koivukuja, Rantatie, Kirkkotie, Puistokatu",
    towns="Helsinki=00%#0; Espoo=02%#0; Tampere=33%#0; Turku=20%#0; Oulu=90%#0; Jyväskylä=40%#0; Kuopio=70%#0; Rovaniemi=96%#0",
    addr=("{st} {hn} {apt}, {pc} {town}", "{st} {hn}\n{pc} {town}"),
    apt=("A %", "B %#", "as %"),
    phone=(
        "040 ### ####",
        "050 ### ####",
        "+358 40 ### ####",
        "+358 50 #######",
        "045 ### ####",
        "09 ### ####",
    ),
    dob=("<D>.<M>.<YYYY>", "<DD>.<MM>.<YYYY>", "<D>. <MONTH> <YYYY>"),
    long="<D>. <MONTH> <YYYY>",
    mail="gmail.com, hotmail.com, luukku.com, suomi24.fi, kolumbus.fi",
    iban="FI",
    dl=("########",),
    pp=("@@#######",),
    plate=("@@@-###",),
    tld="fi",
)
_loc(
    "is_IS",
    langs=("is",),
    w=1,
    style="iceland",
    gm="Jón:Jóns, Sigurður:Sigurðar, Guðmundur:Guðmundar, Gunnar:Gunnars, Ólafur:Ólafs, Einar:Einars, Kristján:Kristjáns, Magnús:Magnúsar, Stefán:Stefáns, Helgi:Helga, Bjarni:Bjarna, Þór:Þórs, Aron:Arons, Hannes:Hannesar, Ragnar:Ragnars, Árni:Árna",
    gf="Guðrún, Anna, Sigríður, Kristín, Margrét, Helga, Sigrún, Ingibjörg, Jóhanna, Katrín, Sara, Hildur, Elín, Ásdís, Sóley, Embla",
    streets="Laugavegur, Skólavörðustígur, Hringbraut, Bústaðavegur, Hafnarstræti, Álfheimar, Kópavogsbraut, Strandgata",
    towns="Reykjavík=10#; Kópavogur=20#; Hafnarfjörður=22#; Akureyri=60#; Garðabær=210; Selfoss=800; Ísafjörður=400",
    addr=("{st} {hn}, {pc} {town}", "{st} {hn}\n{pc} {town}"),
    phone=("### ####", "+354 ### ####", "8## ####", "+354 6## ####"),
    dob=("<D>. <MONTH> <YYYY>", "<DD>.<MM>.<YYYY>"),
    long="<D>. <MONTH> <YYYY>",
    mail="simnet.is, gmail.com, internet.is, hi.is",
    iban="IS",
    dl=("#########",),
    pp=("@#######",),
    tld="is",
)

# ---- Central and Eastern Europe, Greece, Turkey
_loc(
    "pl_PL",
    langs=("pl",),
    w=3,
    gm="Jakub, Kacper, Szymon, Antoni, Jan, Filip, Mateusz, Michał, Piotr, Krzysztof, Tomasz, Paweł, Łukasz, Grzegorz, Marcin, Wojciech, Bartłomiej",
    gf="Zuzanna, Julia, Maja, Zofia, Hanna, Oliwia, Anna, Katarzyna, Małgorzata, Agnieszka, Magdalena, Joanna, Monika, Aleksandra, Natalia, Beata, Ewa",
    fam="Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, Kamiński/Kamińska, Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, Woźniak, Dąbrowski/Dąbrowska, Kozłowski/Kozłowska, Jankowski/Jankowska, Mazur, Kwiatkowski/Kwiatkowska, Krawczyk, Piotrowski/Piotrowska, Grabowski/Grabowska, Pawłowski/Pawłowska, Michalski/Michalska, Król, Wieczorek, Jabłoński/Jabłońska, Wróbel, Górski/Górska, Zając, Sikora, Baran",
    streets="ul. Mickiewicza, ul. Słowackiego, ul. Kościuszki, ul. Długa, ul. Polna, ul. Lipowa, ul. Sportowa, al. Jana Pawła II, ul. Piłsudskiego, os. Tysiąclecia, ul. Ogrodowa, ul. Leśna",
    towns="Warszawa=0#-###; Kraków=3#-###; Wrocław=5#-###; Poznań=6#-###; Gdańsk=80-###; Łódź=9#-###; Lublin=20-###; Katowice=40-###; Szczecin=7#-###; Białystok=15-###; Rzeszów=35-###",
    addr=(
        "{st} {hn}/{apt}, {pc} {town}",
        "{st} {hn}\n{pc} {town}",
        "{st} {hn} m. {apt}, {pc} {town}",
    ),
    apt=("%", "%#"),
    phone=(
        "### ### ###",
        "+48 ### ### ###",
        "+48 %## ### ###",
        "5## ### ###",
        "6##-###-###",
        "(22) ### ## ##",
    ),
    dob=("<DD>.<MM>.<YYYY>", "<D> <MONTH> <YYYY>", "<DD>-<MM>-<YYYY>", "<D>.<MM>.<YYYY> r."),
    long="<D> <MONTH> <YYYY> r.",
    mail="wp.pl, o2.pl, onet.pl, interia.pl, gmail.com, gazeta.pl",
    iban="PL",
    dl=("#####/##/####",),
    pp=("@@#######",),
    plate=("@@ #####", "@@@ ##@#"),
    tld="pl",
    nick="Kuba, Bartek, Kasia, Gosia, Olek, Tomek, Zosia, Magda, Wojtek, Szymek",
    mix=("uk_UA",),
)
_loc(
    "cs_CZ",
    langs=("cs",),
    w=1,
    gm="Jakub, Jan, Tomáš, Lukáš, Matyáš, Vojtěch, Petr, Martin, Jiří, Ondřej, David, Filip, Marek, Pavel",
    gf="Eliška, Tereza, Anna, Adéla, Natálie, Kateřina, Lucie, Veronika, Petra, Jana, Klára, Barbora, Markéta, Zuzana",
    fam="Novák/Nováková, Svoboda/Svobodová, Novotný/Novotná, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, Němec/Němcová, Pokorný/Pokorná, Marek/Marková, Pospíšil/Pospíšilová, Hájek/Hájková, Jelínek/Jelínková, Král/Králová, Růžička/Růžičková, Beneš/Benešová, Fiala/Fialová, Sedláček/Sedláčková",
    streets="Husova, Masarykova, Nádražní, Palackého, Školní, Sokolská, Komenského, Lidická, Na Výsluní, U Stadionu",
    towns="Praha 4=140 00; Praha 6=160 00; Brno=6%# 00; Ostrava=7%# 00; Plzeň=3%# 00; Olomouc=779 00; Liberec=460 0%; Hradec Králové=500 0%; České Budějovice=370 0%",
    addr=("{st} {hn}/{apt}, {pc} {town}", "{st} {hn}\n{pc} {town}"),
    hn=("%###", "%##", "%#"),
    apt=("%", "%#"),
    phone=("### ### ###", "+420 ### ### ###", "+420 6## ### ###", "7## ### ###"),
    dob=("<D>. <M>. <YYYY>", "<DD>.<MM>.<YYYY>", "<D>. <MONTH> <YYYY>"),
    long="<D>. <MONTH> <YYYY>",
    mail="seznam.cz, email.cz, centrum.cz, gmail.com, post.cz",
    iban="CZ",
    dl=("@@ ######",),
    pp=("########",),
    plate=("%@% ####",),
    tld="cz",
)
_loc(
    "sk_SK",
    langs=("sk", "cs"),
    w=1,
    gm="Marek, Peter, Martin, Tomáš, Michal, Jakub, Samuel, Lukáš, Juraj, Matej, Ján, Dominik",
    gf="Zuzana, Katarína, Lucia, Mária, Veronika, Simona, Nina, Ema, Soňa, Lenka, Michaela, Natália",
    fam="Horváth/Horváthová, Kováč/Kováčová, Varga/Vargová, Tóth/Tóthová, Nagy/Nagyová, Baláž/Balážová, Szabó/Szabóová, Molnár/Molnárová, Lukáč/Lukáčová, Novák/Nováková, Kollár/Kollárová, Oravec/Oravcová, Hudák/Hudáková, Polák/Poláková",
    streets="Hlavná, Štúrova, Námestie SNP, Mlynská, Školská, Športová, Hurbanova, Kukučínova",
    towns="Bratislava=8%# 0#; Košice=040 0#; Žilina=010 0#; Prešov=080 0#; Nitra=949 0#; Banská Bystrica=974 0#; Trnava=917 0#",
    addr=("{st} {hn}, {pc} {town}", "{st} {hn}/{apt}\n{pc} {town}"),
    apt=("%", "%#"),
    phone=("09## ### ###", "+421 9## ### ###", "+421 2 #### ####"),
    dob=("<D>. <M>. <YYYY>", "<DD>.<MM>.<YYYY>", "<D>. <MONTH> <YYYY>"),
    long="<D>. <MONTH> <YYYY>",
    mail="azet.sk, centrum.sk, gmail.com, zoznam.sk",
    iban="SK",
    dl=("@@######",),
    pp=("@@#######",),
    tld="sk",
)
_loc(
    "hu_HU",
    langs=("hu",),
    w=1,
    style="east",
    sep=" ",
    gm="Bence, Máté, Levente, Dominik, Balázs, Péter, László, Zoltán, Gábor, Attila, Tamás, Ádám, Dániel, Márton, Zsolt",
    gf="Hanna, Anna, Zsófia, Lili, Eszter, Réka, Katalin, Erzsébet, Judit, Krisztina, Noémi, Boglárka, Dóra, Petra",
    fam="Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp, Takács, Juhász, Lakatos, Mészáros, Oláh, Simon, Rácz, Fekete, Szűcs, Bíró",
    streets="Andrássy út, Rákóczi út, Kossuth Lajos utca, Petőfi utca, Fő utca, Szent István körút, Béke tér, Bartók Béla út, Ady Endre utca",
    towns="Budapest=1%%#; Debrecen=40##; Szeged=67##; Pécs=76##; Győr=90##; Miskolc=35##; Kecskemét=60##; Székesfehérvár=80##",
    addr=("{pc} {town}, {st} {hn}.", "{pc} {town}, {st} {hn}. {apt}", "{town}, {st} {hn}., {pc}"),
    apt=("%. em. %.", "fsz. %."),
    phone=(
        "+36 30 ### ####",
        "06 20 ### ####",
        "+36 70 ###-####",
        "06-1-###-####",
        "+36 1 ### ####",
    ),
    dob=("<YYYY>. <MM>. <DD>.", "<YYYY>.<MM>.<DD>.", "<YYYY>. <MONTH> <D>."),
    long="<YYYY>. <MONTH> <D>.",
    mail="freemail.hu, citromail.hu, gmail.com, t-online.hu, indamail.hu",
    iban="HU",
    dl=("@@######",),
    pp=("@@#######",),
    plate=("@@@-###", "@@ @@-###"),
    tld="hu",
)
_loc(
    "ro_RO",
    langs=("ro",),
    w=1,
    gm="Andrei, Alexandru, Mihai, Ionuț, Ștefan, Gabriel, Cristian, Răzvan, Bogdan, Vlad, Florin, Adrian, Darius, Radu",
    gf="Maria, Elena, Ioana, Andreea, Alexandra, Ana-Maria, Bianca, Cristina, Mihaela, Roxana, Diana, Gabriela, Raluca, Irina",
    fam="Popescu, Ionescu, Popa, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Constantin, Munteanu, Marin, Nistor, Dobre, Barbu, Lungu, Moldovan, Neagu, Tudor, Rusu, Ungureanu, Dinu",
    streets="Strada Mihai Eminescu, Bulevardul Unirii, Calea Victoriei, Strada Libertății, Strada Florilor, Șoseaua Pantelimon, Strada Primăverii, Aleea Teilor, Strada Observatorului",
    towns="București, Sector 3=03####; București, Sector 1=01####; Cluj-Napoca=400###; Iași=700###; Timișoara=300###; Constanța=900###; Brașov=500###; Sibiu=550###; Oradea=410###",
    addr=(
        "{st} nr. {hn}, bl. {apt}, {town} {pc}",
        "{st} nr. {hn}, {town}, {pc}",
        "{st} {hn}, ap. {apt}\n{town} {pc}",
    ),
    apt=("%#", "M%, sc. @, ap. %#"),
    phone=("07## ### ###", "+40 7## ### ###", "+40 72# ### ###", "07##.###.###", "021 ### ####"),
    dob=("<DD>.<MM>.<YYYY>", "<D> <MONTH> <YYYY>", "<DD>/<MM>/<YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="yahoo.com, gmail.com, yahoo.ro, hotmail.com",
    iban="RO",
    dl=("#########",),
    pp=("########",),
    plate=("@ ### @@@", "@@ ## @@@"),
    tld="ro",
)
_loc(
    "bg_BG",
    langs=("bg",),
    w=1,
    style="slavic",
    latin=False,
    cased=True,
    tr="bg",
    gm="Георги, Иван, Димитър, Николай, Петър, Христо, Стоян, Александър, Мартин, Васил, Кристиян, Тодор, Борислав, Калоян",
    gf="Мария, Иванка, Елена, Десислава, Гергана, Виктория, Цветелина, Радостина, Йорданка, Николета, Силвия, Петя, Теодора, Милена",
    fam="Иванов/Иванова, Георгиев/Георгиева, Димитров/Димитрова, Петров/Петрова, Николов/Николова, Христов/Христова, Стоянов/Стоянова, Тодоров/Тодорова, Илиев/Илиева, Василев/Василева, Атанасов/Атанасова, Ангелов/Ангелова, Маринов/Маринова, Колев/Колева, Стефанов/Стефанова, Костадинов/Костадинова",
    mid="Иванов/Иванова, Георгиев/Георгиева, Димитров/Димитрова, Петров/Петрова, Николов/Николова, Христов/Христова, Стоянов/Стоянова, Тодоров/Тодорова",
    streets="ул. „Шипка“, бул. „Витоша“, ул. „Раковски“, бул. „Цар Освободител“, ж.к. „Младост“ 1, ул. „Граф Игнатиев“, бул. „България“, ул. „Оборище“",
    towns="София=1###; Пловдив=4###; Варна=9###; Бургас=8###; Русе=7000; Стара Загора=6000; Велико Търново=5000",
    addr=(
        "{town} {pc}, {st} № {hn}, ет. {apt}",
        "{st} {hn}, {town} {pc}",
        "гр. {town} {pc}\n{st} {hn}, ап. {apt}",
    ),
    apt=("%", "%#"),
    phone=("08# ### ####", "+359 8# ### ####", "+359 88 #######", "0878 ### ###", "02 ### ####"),
    dob=("<DD>.<MM>.<YYYY> г.", "<D> <MONTH> <YYYY> г.", "<DD>.<MM>.<YYYY>"),
    long="<D> <MONTH> <YYYY> г.",
    mail="abv.bg, gmail.com, mail.bg, dir.bg, yahoo.com",
    iban="BG",
    dl=("#########",),
    pp=("#########",),
    tld="bg",
)
_loc(
    "sr_RS",
    langs=("sr",),
    w=1,
    latin=False,
    cased=True,
    tr="sr",
    gm="Никола, Лука, Стефан, Марко, Милош, Душан, Немања, Алекса, Вук, Урош, Јован, Бојан, Ђорђе",
    gf="Милица, Ана, Јована, Јелена, Марија, Теодора, Катарина, Невена, Драгана, Сања, Ивана, Тијана",
    fam="Јовановић, Петровић, Николић, Марковић, Ђорђевић, Стојановић, Илић, Станковић, Павловић, Милетић, Ђурић, Стевановић, Томић, Костић, Лазић, Радовановић, Поповић",
    streets="Булевар краља Александра, Кнез Михаилова, Немањина, Булевар ослобођења, Цара Душана, Гаврила Принципа, Змај Јовина, Војводе Степе",
    towns="Београд=11###; Нови Сад=21###; Ниш=18###; Крагујевац=34###; Суботица=24###; Чачак=32###",
    addr=("{st} {hn}, {pc} {town}", "{st} {hn}/{apt}, {town}"),
    apt=("%", "%#"),
    phone=(
        "06# ### ####",
        "+381 6# ### ####",
        "+381 64 #######",
        "011 ### ####",
        "+381 11 ### ####",
    ),
    dob=("<DD>.<MM>.<YYYY>.", "<D>.<M>.<YYYY>."),
    mail="gmail.com, yahoo.com, eunet.rs, mts.rs",
    iban="RS",
    dl=("#########",),
    pp=("#########",),
    tld="rs",
)
_loc(
    "hr_HR",
    langs=("hr",),
    w=1,
    gm="Luka, Ivan, Marko, Josip, Petar, Matej, Filip, Ante, Tomislav, Domagoj, Krešimir, Mateo, Dario",
    gf="Ana, Ivana, Petra, Marija, Lucija, Mia, Ema, Katarina, Martina, Nikolina, Tena, Dora, Lana",
    fam="Horvat, Kovačević, Babić, Marić, Jurić, Novak, Kovačić, Knežević, Vuković, Marković, Petrović, Matić, Tomić, Pavlović, Božić, Blažević, Grgić, Pavić, Radić, Perić, Šarić",
    streets="Ilica, Vukovarska ulica, Savska cesta, Zagrebačka ulica, Ulica kralja Tomislava, Put Firula, Trg bana Jelačića, Frankopanska ulica",
    towns="Zagreb=10000; Split=21000; Rijeka=51000; Osijek=31000; Zadar=23000; Pula=52100; Dubrovnik=20000; Varaždin=42000",
    addr=("{st} {hn}, {pc} {town}", "{st} {hn}\n{pc} {town}"),
    phone=("09# ### ####", "+385 9# ### ####", "+385 91 ### ####", "01 #### ###"),
    dob=("<DD>.<MM>.<YYYY>.", "<D>. <MONTH> <YYYY>."),
    long="<D>. <MONTH> <YYYY>.",
    mail="gmail.com, net.hr, yahoo.com, hotmail.com",
    iban="HR",
    dl=("########",),
    pp=("#########",),
    tld="hr",
)
_loc(
    "sl_SI",
    langs=("sl",),
    w=1,
    gm="Luka, Nejc, Jan, Žan, Matic, Gašper, Rok, Anže, Tilen, Primož, Blaž, Jure",
    gf="Ana, Nika, Eva, Maja, Lara, Špela, Tjaša, Urška, Mojca, Katja, Petra, Neža",
    fam="Novak, Horvat, Kovačič, Krajnc, Zupančič, Potočnik, Kovač, Mlakar, Kos, Vidmar, Golob, Turk, Kralj, Zupan, Bizjak, Hribar, Kastelic",
    streets="Slovenska cesta, Trubarjeva ulica, Celovška cesta, Dunajska cesta, Prešernova ulica, Cankarjeva ulica, Gosposvetska cesta, Mariborska cesta",
    towns="Ljubljana=1000; Maribor=2000; Celje=3000; Kranj=4000; Koper=6000; Novo mesto=8000; Bled=4260",
    addr=("{st} {hn}, {pc} {town}", "{st} {hn}\n{pc} {town}"),
    phone=("041 ### ###", "+386 41 ### ###", "031 ### ###", "+386 40 ### ###", "01 ### ## ##"),
    dob=("<D>. <M>. <YYYY>", "<DD>.<MM>.<YYYY>", "<D>. <MONTH> <YYYY>"),
    long="<D>. <MONTH> <YYYY>",
    mail="gmail.com, siol.net, t-2.net, amis.net",
    iban="SI",
    dl=("########",),
    pp=("P@#######",),
    tld="si",
)
_loc(
    "mk_MK",
    langs=("mk",),
    w=1,
    style="slavic",
    latin=False,
    cased=True,
    tr="mk",
    gm="Александар, Никола, Стефан, Филип, Марко, Давид, Бојан, Горан, Дарко, Игор, Дејан, Кире",
    gf="Ана, Марија, Елена, Ива, Јована, Сара, Ивана, Билјана, Катерина, Симона, Маја, Весна",
    fam="Стојановски/Стојановска, Николовски/Николовска, Трајковски/Трајковска, Петровски/Петровска, Јовановски/Јовановска, Димитриевски/Димитриевска, Ристовски/Ристовска, Ангеловски/Ангеловска, Илиевски/Илиевска, Костовски/Костовска, Атанасов/Атанасова",
    streets="бул. Илинден, ул. Македонија, бул. Партизански одреди, ул. Орце Николов, ул. Васил Главинов, бул. Гоце Делчев",
    towns="Скопје=1000; Битола=7000; Охрид=6000; Куманово=1300; Тетово=1200; Струмица=2400",
    addr=("{st} бр. {hn}, {town} {pc}", "{st} {hn}/{apt}, {pc} {town}"),
    apt=("%", "%#"),
    phone=("07# ### ###", "+389 7# ### ###", "+389 70 ### ###", "02 ### ####"),
    dob=("<DD>.<MM>.<YYYY>", "<D> <MONTH> <YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, yahoo.com, t-home.mk",
    iban="MK",
    dl=("@#######",),
    pp=("@#######",),
    tld="mk",
)
_loc(
    "sq_AL",
    langs=("sq",),
    w=1,
    gm="Arben, Erion, Klajdi, Ardit, Endri, Besnik, Dritan, Gentian, Alban, Ilir, Redon, Jurgen",
    gf="Ana, Elira, Klea, Era, Amelia, Anisa, Besjana, Dorina, Etleva, Flutura, Jonida, Sidorela, Xhensila, Alketa",
    fam="Shehu, Leka, Gjoka, Hysa, Kola, Krasniqi, Gashi, Dervishi, Çela, Marku, Prifti, Kuka, Duka, Lika, Hoxha, Bregu",
    streets="Rruga e Durrësit, Bulevardi Dëshmorët e Kombit, Rruga Myslym Shyri, Rruga e Kavajës, Rruga Sami Frashëri, Rruga Ismail Qemali, Rruga Pjetër Bogdani",
    towns="Tiranë=10##; Durrës=20##; Shkodër=40##; Vlorë=94##; Elbasan=30##; Korçë=70##",
    addr=("{st}, Pallati {hn}, Shk. {apt}, {town} {pc}", "{st} {hn}, {pc} {town}"),
    apt=("%", "%#"),
    phone=("06# ### ####", "+355 6# ### ####", "+355 69 #######", "04 ### ####"),
    dob=("<DD>.<MM>.<YYYY>", "<D> <MONTH> <YYYY>", "<DD>/<MM>/<YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, yahoo.com, hotmail.com",
    iban="AL",
    dl=("@#######@",),
    pp=("@@#######",),
    tld="al",
)
_loc(
    "uk_UA",
    langs=("uk",),
    w=2,
    style="slavic",
    latin=False,
    cased=True,
    tr="uk",
    gm="Олександр, Андрій, Дмитро, Максим, Богдан, Тарас, Іван, Сергій, Назар, Остап, Юрій, Михайло, Артем, Владислав",
    gf="Олена, Оксана, Наталія, Марія, Анастасія, Ірина, Юлія, Тетяна, Соломія, Дарина, Катерина, Вікторія, Христина, Ганна",
    fam="Шевченко, Коваленко, Бондаренко, Ткаченко, Кравченко, Олійник, Мельник, Шевчук, Бойко, Коваль, Ковальчук, Поліщук, Лисенко, Марченко, Руденко, Савчук, Павленко, Гончаренко, Кушнір, Романюк, Петренко, Гнатюк",
    mid="Олександрович/Олександрівна, Андрійович/Андріївна, Іванович/Іванівна, Сергійович/Сергіївна, Миколайович/Миколаївна, Петрович/Петрівна, Васильович/Василівна, Богданович/Богданівна, Юрійович/Юріївна, Михайлович/Михайлівна",
    streets="вул. Хрещатик, вул. Шевченка, просп. Перемоги, вул. Січових Стрільців, вул. Городоцька, вул. Франка, вул. Садова, бульв. Лесі Українки, вул. Соборна",
    towns="Київ=0####; Львів=79###; Харків=61###; Одеса=65###; Дніпро=49###; Вінниця=21###; Запоріжжя=69###; Івано-Франківськ=76###",
    addr=(
        "{st}, {hn}, кв. {apt}, м. {town}, {pc}",
        "{st}, буд. {hn}, кв. {apt}, {town}, {pc}",
        "{pc}, м. {town}, {st}, {hn}",
    ),
    apt=("%", "%#", "%##"),
    phone=(
        "+380 ## ### ## ##",
        "0## ### ## ##",
        "+380 (67) ###-##-##",
        "+38 050 ### ####",
        "09# ###-##-##",
    ),
    dob=("<DD>.<MM>.<YYYY>", "<D> <MONTH> <YYYY> р.", "<DD>.<MM>.<YYYY> р."),
    long="<D> <MONTH> <YYYY> р.",
    mail="ukr.net, gmail.com, i.ua, meta.ua",
    iban="UA",
    dl=("[АВЕКМНОРСТХ][АВЕКМНОРСТХ][АВЕКМНОРСТХ]######",),
    pp=("@@######",),
    tld="ua",
    nick="Сашко, Тарасик, Оля, Наталка, Юрко, Андрійко, Ірка",
)
_loc(
    "ru_RU",
    langs=("ru",),
    w=3,
    style="slavic",
    latin=False,
    cased=True,
    tr="ru",
    gm="Александр, Дмитрий, Максим, Сергей, Андрей, Алексей, Артём, Илья, Кирилл, Михаил, Никита, Иван, Егор, Роман, Владимир, Павел, Евгений, Тимур, Руслан",
    gf="Анастасия, Мария, Дарья, Анна, Елизавета, Полина, Виктория, Екатерина, Софья, Алина, Ксения, Ольга, Татьяна, Наталья, Светлана, Юлия, Валерия, Людмила",
    fam="Иванов/Иванова, Смирнов/Смирнова, Кузнецов/Кузнецова, Попов/Попова, Васильев/Васильева, Петров/Петрова, Соколов/Соколова, Михайлов/Михайлова, Новиков/Новикова, Фёдоров/Фёдорова, Морозов/Морозова, Волков/Волкова, Алексеев/Алексеева, Лебедев/Лебедева, Семёнов/Семёнова, Егоров/Егорова, Павлов/Павлова, Козлов/Козлова, Степанов/Степанова, Николаев/Николаева, Орлов/Орлова, Андреев/Андреева, Макаров/Макарова, Зайцев/Зайцева, Белоусов/Белоусова, Гусейнов/Гусейнова, Ким, Шевчук, Галиев/Галиева, Цой",
    mid="Александрович/Александровна, Сергеевич/Сергеевна, Дмитриевич/Дмитриевна, Андреевич/Андреевна, Игоревич/Игоревна, Владимирович/Владимировна, Николаевич/Николаевна, Алексеевич/Алексеевна, Михайлович/Михайловна, Викторович/Викторовна, Олегович/Олеговна, Юрьевич/Юрьевна, Павлович/Павловна, Евгеньевич/Евгеньевна",
    streets="ул. Ленина, ул. Садовая, пр-т Мира, ул. Советская, ул. Гагарина, ул. Пушкина, Ленинградский пр-т, ул. Профсоюзная, ул. Лесная, наб. реки Фонтанки, ул. Школьная, ул. Спортивная",
    towns="Москва=1#####; Санкт-Петербург=19####; Новосибирск=630###; Екатеринбург=620###; Казань=420###; Нижний Новгород=603###; Краснодар=350###; Самара=443###; Пермь=614###; Красноярск=660###; Сочи=354###",
    addr=(
        "{st}, д. {hn}, кв. {apt}, г. {town}, {pc}",
        "{pc}, г. {town}, {st}, д. {hn}, кв. {apt}",
        "г. {town}, {st}, {hn}-{apt}",
        "{st} {hn}, кв. {apt}, {town}",
    ),
    apt=("%", "%#", "%##"),
    phone=(
        "+7 9## ###-##-##",
        "8 (9##) ###-##-##",
        "+7 (9##) ### ## ##",
        "89#########",
        "+7 495 ###-##-##",
        "8-9##-###-##-##",
    ),
    dob=("<DD>.<MM>.<YYYY>", "<D> <MONTH> <YYYY> г.", "<DD>.<MM>.<YYYY> г.р."),
    long="<D> <MONTH> <YYYY> г.",
    mail="mail.ru, yandex.ru, gmail.com, rambler.ru, bk.ru, list.ru, inbox.ru, ya.ru",
    dl=("## ## ######",),
    pp=("## #######",),
    plate=("[АВЕКМНОРСТУХ]###[АВЕКМНОРСТУХ][АВЕКМНОРСТУХ] ##",),
    tld="ru",
    nick="Саня, Димон, Макс, Серёга, Лёха, Тёма, Катюха, Настя, Юлька, Женя",
    mix=("kk_KZ", "be_BY"),
)
_loc(
    "be_BY",
    langs=("be", "ru"),
    w=1,
    style="slavic",
    latin=False,
    cased=True,
    tr="be",
    gm="Аляксандр, Андрэй, Дзмітрый, Максім, Сяргей, Павел, Уладзімір, Мікалай, Ягор, Ілья",
    gf="Вольга, Ганна, Марыя, Наталля, Алена, Святлана, Кацярына, Ірына, Таццяна, Юлія",
    fam="Іваноў/Іванова, Ковальчук, Мельнікаў/Мельнікава, Казлоў/Казлова, Лукашэвіч, Навумчык, Кавалёў/Кавалёва, Жук, Сідарэнка, Бандарэнка, Макарэвіч, Шыманскі/Шыманская",
    mid="Аляксандравіч/Аляксандраўна, Сяргеевіч/Сяргееўна, Уладзіміравіч/Уладзіміраўна, Мікалаевіч/Мікалаеўна, Іванавіч/Іванаўна",
    streets="вул. Кірава, пр-т Незалежнасці, вул. Сурганава, вул. Кальварыйская, вул. Гікалы, вул. Няміга",
    towns="Мінск=220###; Гомель=246###; Брэст=224###; Гродна=230###; Віцебск=210###; Магілёў=212###",
    addr=("{st}, д. {hn}, кв. {apt}, г. {town}, {pc}", "{pc}, г. {town}, {st}, {hn}-{apt}"),
    apt=("%", "%#"),
    phone=("+375 29 ###-##-##", "+375 (33) ### ## ##", "8 029 ### ## ##", "+375 44 #######"),
    dob=("<DD>.<MM>.<YYYY>",),
    mail="tut.by, mail.ru, gmail.com, yandex.by",
    dl=("%@@ ######",),
    pp=("@@#######",),
    tld="by",
)
_loc(
    "lt_LT",
    langs=("lt",),
    w=1,
    gm="Lukas, Matas, Jonas, Mantas, Tomas, Dovydas, Paulius, Justinas, Gytis, Vytautas, Darius, Rokas",
    gf="Gabija, Emilija, Austėja, Ugnė, Rūta, Eglė, Ieva, Jurgita, Indrė, Aistė, Kotryna, Laura",
    fam="Kazlauskas/Kazlauskienė, Jankauskas/Jankauskienė, Petrauskas/Petrauskienė, Stankevičius/Stankevičienė, Vasiliauskas/Vasiliauskienė, Žukauskas/Žukauskienė, Butkus/Butkienė, Paulauskas/Paulauskienė, Urbonas/Urbonienė, Kavaliauskas/Kavaliauskienė, Navickas/Navickienė, Ramanauskas/Ramanauskienė",
    streets="Gedimino pr., Vilniaus g., Savanorių pr., Laisvės al., Žalgirio g., Pilies g., Taikos pr., Kalvarijų g.",
    towns="Vilnius=LT-0####; Kaunas=LT-4####; Klaipėda=LT-9####; Šiauliai=LT-7####; Panevėžys=LT-3####",
    addr=("{st} {hn}-{apt}, {pc} {town}", "{st} {hn}, {town} {pc}"),
    apt=("%", "%#"),
    phone=("+370 6## #####", "86## #####", "+370 612 ## ###", "8 5 ### ####"),
    dob=("<YYYY>-<MM>-<DD>", "<YYYY> m. <MONTH> <D> d."),
    long="<YYYY> m. <MONTH> <D> d.",
    mail="gmail.com, one.lt, inbox.lt, delfi.lt",
    iban="LT",
    dl=("########",),
    pp=("########",),
    tld="lt",
)
_loc(
    "lv_LV",
    langs=("lv",),
    w=1,
    gm="Jānis, Andris, Mārtiņš, Edgars, Kristaps, Roberts, Artūrs, Raivis, Gatis, Kārlis, Oskars, Rihards",
    gf="Anna, Līga, Ilze, Inese, Laura, Kristīne, Santa, Elīna, Dace, Zane, Agnese, Evija",
    fam="Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozoliņš/Ozoliņa, Jansons/Jansone, Ozols/Ozola, Liepiņš/Liepiņa, Krūmiņš/Krūmiņa, Balodis/Balode, Eglītis/Eglīte, Zariņš/Zariņa, Pētersons/Pētersone, Vītols/Vītola, Kļaviņš/Kļaviņa, Zvaigzne",
    streets="Brīvības iela, Elizabetes iela, Tērbatas iela, Krišjāņa Barona iela, Lāčplēša iela, Skolas iela, Rīgas iela, Dzirnavu iela",
    towns="Rīga=LV-10##; Daugavpils=LV-54##; Liepāja=LV-34##; Jelgava=LV-30##; Jūrmala=LV-20##; Valmiera=LV-42##; Ventspils=LV-36##",
    addr=("{st} {hn}-{apt}, {town}, {pc}", "{st} {hn}, {town}, {pc}"),
    apt=("%", "%#"),
    phone=("+371 2# ### ###", "2#######", "+371 2### ####"),
    dob=("<DD>.<MM>.<YYYY>.", "<YYYY>. gada <D>. <MONTH>"),
    long="<YYYY>. gada <D>. <MONTH>",
    mail="inbox.lv, gmail.com, apollo.lv",
    iban="LV",
    dl=("@@######",),
    pp=("@@#######",),
    tld="lv",
)
_loc(
    "et_EE",
    langs=("et",),
    w=1,
    gm="Martin, Rasmus, Markus, Robin, Kristjan, Andres, Tarmo, Rein, Mihkel, Karl, Siim, Oliver, Priit",
    gf="Sofia, Maria, Mia, Liisa, Kristiina, Triin, Kadri, Pille, Maarja, Anu, Kätlin, Eliise, Helen",
    fam="Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane, Ilves, Pärn, Koppel, Kuusk, Lepik, Oja, Kaasik, Luik, Raudsepp, Vaher, Laur, Mets",
    streets="Narva mnt, Pärnu mnt, Tartu mnt, Vabaduse pst, Mustamäe tee, Rüütli tn, Kooli tn, Pikk tn, Tähe tn",
    towns="Tallinn=1####; Tartu=5####; Pärnu=8####; Narva=2####; Viljandi=71###; Rakvere=44###",
    addr=("{st} {hn}-{apt}, {pc} {town}", "{st} {hn}, {town} {pc}"),
    apt=("%", "%#"),
    phone=("+372 5### ####", "5### ####", "+372 5#######", "+372 6## ####"),
    dob=("<DD>.<MM>.<YYYY>", "<D>. <MONTH> <YYYY>"),
    long="<D>. <MONTH> <YYYY>",
    mail="gmail.com, hot.ee, mail.ee",
    iban="EE",
    dl=("@@######",),
    pp=("@@#######",),
    tld="ee",
)
_loc(
    "el_GR",
    langs=("el",),
    w=2,
    latin=False,
    cased=True,
    gm="Γιώργος=Giorgos, Δημήτρης=Dimitris, Κωνσταντίνος=Konstantinos, Νίκος=Nikos, Γιάννης=Giannis, Παναγιώτης=Panagiotis, Βασίλης=Vasilis, Χρήστος=Christos, Αλέξανδρος=Alexandros, Θανάσης=Thanasis, Μιχάλης=Michalis, Σπύρος=Spyros, Στέλιος=Stelios, Άγγελος=Angelos",
    gf="Μαρία=Maria, Ελένη=Eleni, Κατερίνα=Katerina, Βασιλική=Vasiliki, Σοφία=Sofia, Γεωργία=Georgia, Δέσποινα=Despoina, Αναστασία=Anastasia, Ιωάννα=Ioanna, Χριστίνα=Christina, Ευαγγελία=Evangelia, Δήμητρα=Dimitra, Αθηνά=Athina, Φωτεινή=Foteini",
    fam="Παπαδόπουλος/Παπαδοπούλου=Papadopoulos/Papadopoulou, Παπαδάκης/Παπαδάκη=Papadakis/Papadaki, Γεωργίου=Georgiou, Οικονόμου=Oikonomou, Νικολάου=Nikolaou, Παπαγεωργίου=Papageorgiou, Βλάχος/Βλάχου=Vlachos/Vlachou, Αντωνίου=Antoniou, Μακρής/Μακρή=Makris/Makri, Κωνσταντινίδης/Κωνσταντινίδου=Konstantinidis/Konstantinidou, Δημητρίου=Dimitriou, Καραγιάννης/Καραγιάννη=Karagiannis/Karagianni, Αλεξίου=Alexiou, Σταυρόπουλος/Σταυροπούλου=Stavropoulos/Stavropoulou, Χατζηδάκης/Χατζηδάκη=Chatzidakis/Chatzidaki, Μαυρίδης/Μαυρίδου=Mavridis/Mavridou",
    streets="Ερμού, Σταδίου, Πανεπιστημίου, Τσιμισκή, Εγνατία, Αγίου Δημητρίου, Ελευθερίου Βενιζέλου, Αριστοτέλους, Κηφισίας, Λεωφ. Αλεξάνδρας",
    towns="Αθήνα=1%# ##; Θεσσαλονίκη=54# ##; Πάτρα=26# ##; Ηράκλειο=71# ##; Λάρισα=41# ##; Βόλος=38# ##; Ιωάννινα=45# ##; Χανιά=73# ##",
    addr=("{st} {hn}, {pc} {town}", "{st} {hn}, {town} {pc}", "{st} {hn}\n{pc} {town}"),
    phone=(
        "69# ### ####",
        "+30 69# ### ####",
        "+30 694 #######",
        "210 ### ####",
        "+30 2310 ######",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<D>/<M>/<YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, yahoo.gr, hotmail.com, otenet.gr",
    iban="GR",
    dl=("#########",),
    pp=("@@#######",),
    tld="gr",
)
_loc(
    "tr_TR",
    langs=("tr",),
    w=3,
    gm="Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Emre, Burak, Yusuf, Eren, Kerem, Arda, Oğuz, Murat, Serkan, Cem, Barış, Onur",
    gf="Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Büşra, Esra, Selin, Defne, Ece, Gizem, Özlem, Derya, Nurcan, İrem, Sıla",
    fam="Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Güneş, Aktaş, Bulut, Keskin, Ünal, Taş",
    streets="Bahariye Cad., Bağdat Cad., Atatürk Cad., İnönü Sok., Gül Sok., Cumhuriyet Cad., Lale Sok., Çamlık Sok., Şehit Er Ali Yılmaz Sok.",
    dist="Moda, Caferağa, Kızılay, Alsancak, Bahçelievler, Yenişehir, Atakent, Bostancı, Göztepe",
    towns="Kadıköy/İstanbul=347##; Beşiktaş/İstanbul=343##; Çankaya/Ankara=06###; Konak/İzmir=35###; Nilüfer/Bursa=16###; Muratpaşa/Antalya=07###; Selçuklu/Konya=42###; Tepebaşı/Eskişehir=26###",
    addr=(
        "{dist} Mah. {st} No: {hn} D: {apt}, {pc} {town}",
        "{dist} Mahallesi, {st} No:{hn}/{apt}\n{pc} {town}",
    ),
    apt=("%", "%#"),
    phone=(
        "05## ### ## ##",
        "+90 5## ### ## ##",
        "+90 (5##) ### ####",
        "0 5## ### ####",
        "0212 ### ## ##",
        "+90 216 ### ## ##",
    ),
    dob=("<DD>.<MM>.<YYYY>", "<D> <MONTH> <YYYY>", "<DD>/<MM>/<YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, hotmail.com, yandex.com.tr, outlook.com, mynet.com",
    iban="TR",
    dl=("@@ ######",),
    pp=("U########",),
    plate=("## @@ ###", "## @ ####"),
    tld="org.tr",
    nick="Memo, Cano, Apo, Ayşo, Fatoş, Kemo, Hüso",
    mix=("az_AZ",),
)

# ---- Middle East
_loc(
    "ar_SA",
    langs=("ar", "en"),
    w=2,
    style="arab",
    patr="bin",
    latin=False,
    mlang="ar",
    gm="محمد=Mohammed, عبدالله=Abdullah, فهد=Fahad, خالد=Khalid, سعود=Saud, عبدالرحمن=Abdulrahman, فيصل=Faisal, تركي=Turki, سلطان=Sultan, نايف=Naif, ماجد=Majed, يوسف=Yousef, عمر=Omar, بندر=Bandar, ريان=Rayan",
    gf="نورة=Noura, سارة=Sarah, ريم=Reem, لمى=Lama, هيفاء=Haifa, العنود=Alanoud, منيرة=Munira, دانة=Dana, جود=Joud, لجين=Lujain, شهد=Shahad, رهف=Rahaf, مها=Maha",
    fam="القحطاني=Al-Qahtani, العتيبي=Al-Otaibi, الشمري=Al-Shammari, الدوسري=Al-Dosari, الغامدي=Al-Ghamdi, الزهراني=Al-Zahrani, الحربي=Al-Harbi, المطيري=Al-Mutairi, العنزي=Al-Anazi, السبيعي=Al-Subaie, الشهري=Al-Shehri, العمري=Al-Omari, الرشيد=Al-Rashid, البلوي=Al-Balawi",
    streets="طريق الملك فهد, شارع التحلية, طريق الأمير محمد بن عبدالعزيز, شارع العليا العام, طريق الملك عبدالعزيز, شارع الستين, شارع الأمير سلطان",
    dist="حي العليا, حي الملقا, حي النسيم, حي الروضة, حي الصفا, حي الشاطئ, حي النخيل",
    towns="الرياض=1####; جدة=2####; الدمام=3####; مكة المكرمة=2####; المدينة المنورة=4####; الخبر=3####; أبها=6####",
    addr=("{hn} {st}، {dist}، {town} {pc}", "{st}، {dist}، {town} {pc}، مبنى رقم {hn}"),
    hn=("%###", "%##"),
    phone=("05# ### ####", "+966 5# ### ####", "+9665########", "05# ### ####|ar"),
    dob=(
        "<DD>/<MM>/<YYYY>",
        "<HD>/<HM>/<HY> هـ",
        "<D> <MONTH> <YYYY>",
        "<DD>/<MM>/<YYYY>|ar",
        "<HD> <HMONTH> <HY>هـ",
    ),
    mail="gmail.com, hotmail.com, outlook.sa, yahoo.com",
    iban="SA",
    dl=("[12]#########",),
    pp=("@#######",),
    tld="sa",
)
_loc(
    "ar_EG",
    langs=("ar",),
    w=2,
    style="arab",
    patr="plain",
    latin=False,
    mlang="ar",
    gm="أحمد=Ahmed, محمد=Mohamed, محمود=Mahmoud, مصطفى=Mostafa, عمرو=Amr, كريم=Karim, يوسف=Youssef, عمر=Omar, حسن=Hassan, طارق=Tarek, شريف=Sherif, هشام=Hesham, إسلام=Eslam, مينا=Mina, بيشوي=Bishoy",
    gf="فاطمة=Fatma, مريم=Mariam, نور=Nour, ياسمين=Yasmine, سلمى=Salma, هبة=Heba, منى=Mona, دينا=Dina, رانيا=Rania, آية=Aya, شيماء=Shaimaa, مارينا=Marina, نادين=Nadine",
    fam="حسن=Hassan, إبراهيم=Ibrahim, عبد الحميد=Abdelhamid, السيد=El-Sayed, مصطفى=Mostafa, فؤاد=Fouad, الشاذلي=El-Shazly, سليمان=Soliman, عبد العزيز=Abdelaziz, منصور=Mansour, حلمي=Helmy, رمضان=Ramadan, جرجس=Girgis, عادل=Adel, زكي=Zaki",
    streets="شارع التحرير, شارع جامعة الدول العربية, شارع الهرم, شارع 9, شارع عباس العقاد, شارع مصطفى النحاس, كورنيش النيل",
    dist="الدقي, المعادي, مدينة نصر, الزمالك, المهندسين, مصر الجديدة, سموحة",
    towns="القاهرة=11###; الجيزة=12###; الإسكندرية=21###; المنصورة=35###; طنطا=31###; أسيوط=71###",
    addr=(
        "{hn} {st}، {dist}، {town}",
        "{st}، عمارة {hn}، شقة {apt}، {dist}، {town}",
        "{hn} {st}، الدور {apt}، {dist}، {town} {pc}",
    ),
    apt=("%", "%#"),
    phone=(
        "01# #### ####",
        "+20 1# #### ####",
        "010########",
        "+20 10 #### ####",
        "012 ### ####",
        "01## ### ####|ar",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<DD>/<MM>/<YYYY>|ar", "<YYYY>/<MM>/<DD>"),
    mail="gmail.com, yahoo.com, hotmail.com, outlook.com",
    iban="EG",
    dl=("##########",),
    pp=("@########",),
    tld="org.eg",
)
_loc(
    "ar_AE",
    langs=("ar", "en"),
    w=1,
    style="arab",
    patr="bin",
    latin=False,
    mlang="ar",
    gm="محمد=Mohammed, راشد=Rashid, حمدان=Hamdan, سعيد=Saeed, خليفة=Khalifa, سالم=Salem, حمد=Hamad, عبدالله=Abdulla, مروان=Marwan, ذياب=Diyab",
    gf="مريم=Maryam, فاطمة=Fatima, شيخة=Shaikha, عائشة=Aisha, حصة=Hessa, ميثاء=Maitha, موزة=Moza, آمنة=Amna, نورة=Noura",
    fam="المنصوري=Al Mansouri, الكعبي=Al Kaabi, الشامسي=Al Shamsi, الظاهري=Al Dhaheri, المهيري=Al Muhairi, الفلاسي=Al Falasi, السويدي=Al Suwaidi, البلوشي=Al Balushi, الحمادي=Al Hammadi",
    streets="شارع الوصل, شارع جميرا, شارع المطينة, شارع الخليج, شارع حمدان, شارع المرور",
    dist="جميرا, البرشاء, الخالدية, مردف, الطوار, المزهر",
    towns="دبي=; أبوظبي=; الشارقة=; العين=; عجمان=",
    addr=("فيلا {hn}، {st}، {dist}، {town}", "شقة {apt}، بناية {hn}، {dist}، {town}"),
    apt=("%0%", "%#0%"),
    phone=("05# ### ####", "+971 5# ### ####", "+971 50 #######", "04 ### ####", "+971 4 ### ####"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>"),
    mail="gmail.com, hotmail.com, eim.ae, outlook.com",
    iban="AE",
    dl=("#######",),
    pp=("@########",),
    tld="ae",
    mix=("en_IN", "fil_PH"),
)
_loc(
    "ar_MA",
    langs=("ar", "fr"),
    w=1,
    style="arab",
    latin=False,
    mlang="ar_ma",
    gm="يوسف=Youssef, محمد=Mohamed, أمين=Amine, أيوب=Ayoub, حمزة=Hamza, مهدي=Mehdi, عثمان=Othmane, ياسين=Yassine, أنس=Anas, سفيان=Soufiane, إلياس=Ilyas, رضا=Reda",
    gf="فاطمة الزهراء=Fatima-Zahra, سلمى=Salma, خديجة=Khadija, مريم=Meryem, هاجر=Hajar, إيمان=Imane, غيثة=Ghita, سكينة=Soukaina, زينب=Zineb, أسماء=Asmae, نهيلة=Nouhaila",
    fam="العلوي=El Alaoui, بنعلي=Benali, الإدريسي=El Idrissi, بناني=Bennani, التازي=Tazi, الفاسي=El Fassi, برادة=Berrada, الشرقاوي=Cherkaoui, الزياني=Ziani, أيت علي=Ait Ali, بوزيدي=Bouzidi, المنصوري=El Mansouri, الصديقي=Seddiki",
    streets="Rue Ibn Sina, Boulevard Zerktouni, Avenue Hassan II, Rue de Fès, Boulevard d'Anfa, Rue Oued Sebou, Avenue des FAR, Rue Moulay Youssef",
    towns="Agdal, Rabat=10###; Maârif, Casablanca=20###; Gueliz, Marrakech=40###; Fès=30###; Tanger=90###; Agadir=80###; Meknès=50###",
    addr=("{hn}, {st}, {town} {pc}", "{st}, n° {hn}, appt {apt}, {town}"),
    apt=("%", "%#"),
    phone=(
        "06 ## ## ## ##",
        "+212 6 ## ## ## ##",
        "07########",
        "+212 6########",
        "05 22 ## ## ##",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>"),
    mail="gmail.com, hotmail.fr, yahoo.fr, menara.ma",
    dl=("##/######",),
    pp=("@@#######",),
    tld="ma",
)
_loc(
    "ar_LB",
    langs=("ar", "fr", "en"),
    w=1,
    style="arab",
    latin=False,
    mlang="ar_lev",
    gm="جورج=Georges, إيلي=Elie, شربل=Charbel, رامي=Rami, كريم=Karim, جاد=Jad, حسين=Hussein, علي=Ali, طوني=Tony, مارك=Marc, وسام=Wissam, زياد=Ziad, بلال=Bilal",
    gf="ريتا=Rita, نادين=Nadine, لارا=Lara, مايا=Maya, ريم=Rim, زينب=Zeinab, كارين=Carine, جنى=Jana, تالا=Tala, ساندرا=Sandra, هلا=Hala, نور=Nour",
    fam="الخوري=Khoury, حداد=Haddad, الحاج=El Hajj, سعادة=Saadeh, أبو جودة=Abou Jaoude, صعب=Saab, كرم=Karam, عيسى=Issa, فخري=Fakhry, مطر=Matar, الأسمر=El Asmar, بيطار=Bitar, طعمة=Tohme, يزبك=Yazbeck, حمادة=Hamadeh",
    streets="rue Hamra, rue Gouraud, rue Monot, rue Mar Mikhael, rue Bliss, rue Abdel Aziz, rue Sursock",
    dist="Nassar, Azar, Rizk, Saadé, Le Cèdre",
    towns="Beyrouth=; Achrafieh, Beyrouth=; Jounieh=; Zahlé=; Byblos=; Saïda=; Tripoli=",
    addr=("{st}, imm. {dist}, {apt}e étage, {town}", "Bldg {dist}, {st}, {town}"),
    apt=("%",),
    phone=("03 ### ###", "+961 3 ### ###", "+961 71 ### ###", "70 ### ###", "01 ### ###"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>"),
    mail="gmail.com, hotmail.com, idm.net.lb, outlook.com",
    iban="LB",
    dl=("#######",),
    pp=("RL#######",),
    tld="com.lb",
)
_loc(
    "ar_JO",
    langs=("ar",),
    w=1,
    style="arab",
    latin=False,
    mlang="ar_lev",
    gm="محمد=Mohammad, أحمد=Ahmad, عمر=Omar, ليث=Laith, زيد=Zaid, يزن=Yazan, حمزة=Hamza, معاذ=Moath, عدي=Odai, راكان=Rakan",
    gf="رند=Rand, دانا=Dana, لين=Leen, سارة=Sara, تسنيم=Tasneem, بيان=Bayan, رؤى=Roaa, هيا=Haya, ديما=Dima, سجى=Saja",
    fam="العبادي=Al-Abbadi, الزعبي=Al-Zoubi, المجالي=Al-Majali, الخطيب=Al-Khatib, النسور=Al-Nsour, الطراونة=Al-Tarawneh, الحياري=Al-Hiyari, عبيدات=Obeidat, الشوبكي=Al-Shobaki, القضاة=Al-Qudah",
    streets="شارع المدينة المنورة, شارع الجاردنز, شارع مكة, شارع الرينبو, شارع وصفي التل, شارع عبدالله غوشة",
    dist="الصويفية, عبدون, تلاع العلي, خلدا, جبل عمان, الشميساني",
    towns="عمّان=11###; إربد=21###; الزرقاء=13###; العقبة=77###; السلط=19###",
    addr=("{hn} {st}، {dist}، {town} {pc}", "عمارة {hn}، {st}، {dist}، {town}"),
    phone=("07# ### ####", "+962 7# ### ####", "+962 79 #######", "06 ### ####"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>"),
    mail="gmail.com, yahoo.com, hotmail.com",
    iban="JO",
    dl=("########",),
    pp=("@#######",),
    tld="jo",
)
_loc(
    "he_IL",
    langs=("he", "en"),
    w=2,
    latin=False,
    gm="יוסי=Yossi, דניאל=Daniel, איתי=Itai, נועם=Noam, אורי=Ori, עומר=Omer, אביב=Aviv, יונתן=Yonatan, משה=Moshe, אריאל=Ariel, רועי=Roei, גיא=Guy, עידו=Ido, אלון=Alon",
    gf="נועה=Noa, מיכל=Michal, שירה=Shira, תמר=Tamar, יעל=Yael, מאיה=Maya, רוני=Roni, הילה=Hila, ענבל=Inbal, אביגיל=Avigail, טל=Tal, ליאת=Liat, אורית=Orit, שני=Shani",
    fam="כהן=Cohen, לוי=Levi, מזרחי=Mizrahi, פרץ=Peretz, ביטון=Biton, דהן=Dahan, אברהם=Avraham, פרידמן=Friedman, אזולאי=Azoulay, מלכה=Malka, כץ=Katz, שפירא=Shapira, גולדברג=Goldberg, בן דוד=Ben David, אוחיון=Ohayon, סגל=Segal, רוזנברג=Rosenberg, חדד=Hadad",
    streets="רחוב הרצל, שדרות רוטשילד, רחוב ז'בוטינסקי, רחוב בן יהודה, רחוב העצמאות, רחוב הגפן, רחוב הזית, רחוב ויצמן, דרך בגין",
    towns="תל אביב-יפו=6######; ירושלים=9######; חיפה=3######; באר שבע=84#####; רמת גן=52#####; פתח תקווה=49#####; מודיעין=71#####; הרצליה=46#####",
    addr=("{st} {hn}, {town} {pc}", "{st} {hn} דירה {apt}, {town}", "{st} {hn}/{apt}, {town}"),
    apt=("%", "%#"),
    phone=(
        "05#-###-####",
        "+972 5#-###-####",
        "+972 5# ### ####",
        "05########",
        "03-###-####",
        "+972 3 ### ####",
    ),
    dob=("<DD>/<MM>/<YYYY>", "<D>.<M>.<YYYY>", "<D> ב<MONTH> <YYYY>"),
    mail="gmail.com, walla.co.il, hotmail.com, 012.net.il, bezeqint.net",
    iban="IL",
    dl=("########",),
    pp=("########",),
    tld="org.il",
)
_loc(
    "fa_IR",
    langs=("fa",),
    w=2,
    latin=False,
    gm="علی=Ali, محمد=Mohammad, حسین=Hossein, رضا=Reza, امیر=Amir, مهدی=Mehdi, سعید=Saeed, آرش=Arash, پویا=Pouya, کیان=Kian, بهروز=Behrouz, فرهاد=Farhad, سینا=Sina, امیرحسین=Amirhossein",
    gf="فاطمه=Fatemeh, زهرا=Zahra, مریم=Maryam, سارا=Sara, نگار=Negar, شیما=Shima, پریسا=Parisa, نیلوفر=Niloofar, مهسا=Mahsa, الهام=Elham, آیدا=Aida, ترانه=Taraneh, یاسمن=Yasaman",
    fam="محمدی=Mohammadi, حسینی=Hosseini, احمدی=Ahmadi, رضایی=Rezaei, کریمی=Karimi, موسوی=Mousavi, جعفری=Jafari, صادقی=Sadeghi, رحیمی=Rahimi, تهرانی=Tehrani, نوروزی=Nowruzi, کاظمی=Kazemi, قاسمی=Ghasemi, شریفی=Sharifi, اکبری=Akbari, زارعی=Zarei",
    streets="خیابان ولیعصر, خیابان انقلاب, بلوار کشاورز, خیابان شریعتی, خیابان آزادی, خیابان فرشته, بلوار میرداماد, خیابان چهارباغ",
    dist="نسترن, یاس, لاله, سوم, پنجم, شقایق, بهار",
    towns="تهران=1####-#####; اصفهان=81###-#####; شیراز=71###-#####; مشهد=91###-#####; تبریز=51###-#####; کرج=31###-#####; رشت=41###-#####",
    addr=(
        "{town}، {st}، کوچه {dist}، پلاک {hn}، واحد {apt}",
        "{town}، {st}، پلاک {hn}، کد پستی {pc}",
    ),
    apt=("%", "%#"),
    phone=(
        "09## ### ####",
        "+98 9## ### ####",
        "0912 ### ####|fa",
        "021 #### ####",
        "+98 21 #### ####",
    ),
    dob=(
        "<JY>/<JMM>/<JDD>",
        "<JY>/<JMM>/<JDD>|fa",
        "<JD> <JMONTH> <JY>",
        "<JD> <JMONTH> <JY>|fa",
        "<YYYY>-<MM>-<DD>",
    ),
    date=("<JY>/<JMM>/<JDD>", "<JD> <JMONTH>"),
    mail="gmail.com, yahoo.com, chmail.ir",
    iban="IR",
    dl=("##########",),
    pp=("@########",),
    tld="ir",
)

# ---- Caucasus and Central Asia
_loc(
    "ka_GE",
    langs=("ka",),
    w=1,
    latin=False,
    tr="ka",
    nocase=True,
    gm="გიორგი, დავით, ლევან, ნიკოლოზ, ლუკა, ალექსანდრე, ირაკლი, გიგა, ზურაბ, თორნიკე, სანდრო, ბექა, ოთარ",
    gf="ნინო, მარიამ, ანა, თამარ, ელენე, სალომე, ნათია, ეკატერინე, ქეთევან, მაკა, ლიკა, ნია, თეონა",
    fam="ბერიძე, ქაპანაძე, გელაშვილი, მაისურაძე, ლომიძე, ჯაფარიძე, ნოზაძე, ხუციშვილი, წიკლაური, ბოლქვაძე, გოგიჩაიშვილი, მელაძე, ჩხეიძე, აბაშიძე, ტაბატაძე, კვარაცხელია",
    streets="რუსთაველის გამზირი, ჭავჭავაძის გამზირი, ვაჟა-ფშაველას გამზირი, პეკინის ქუჩა, აღმაშენებლის გამზირი, ყაზბეგის გამზირი",
    towns="თბილისი=01##; ბათუმი=60##; ქუთაისი=46##; რუსთავი=37##; გორი=14##",
    addr=("{town} {pc}, {st} {hn}, ბ. {apt}", "{st} №{hn}, {town}"),
    apt=("%", "%#"),
    phone=("5## ## ## ##", "+995 5## ## ## ##", "+995 599 ######", "032 2 ## ## ##"),
    dob=("<DD>.<MM>.<YYYY>", "<D> <MONTH>, <YYYY>"),
    mail="gmail.com, yahoo.com, mail.ru",
    iban="GE",
    dl=("@@#######",),
    pp=("##@@#####",),
    tld="ge",
)
_loc(
    "hy_AM",
    langs=("hy",),
    w=1,
    latin=False,
    cased=True,
    tr="hy",
    gm="Արամ, Դավիթ, Գևորգ, Տիգրան, Հայկ, Նարեկ, Արմեն, Սամվել, Կարեն, Վահե, Արթուր, Էրիկ, Մհեր",
    gf="Անի, Նարինե, Լուսինե, Մարիամ, Աննա, Սոնա, Գայանե, Լիլիթ, Արփի, Սիրանուշ, Մանե, Տաթևիկ",
    fam="Պետրոսյան, Հովհաննիսյան, Գրիգորյան, Հարությունյան, Խաչատրյան, Ավետիսյան, Մկրտչյան, Վարդանյան, Ղազարյան, Ստեփանյան, Մարտիրոսյան, Բաբայան, Կարապետյան, Մանուկյան, Եղիազարյան",
    streets="Մաշտոցի պողոտա, Բաղրամյան պողոտա, Աբովյան փողոց, Կոմիտասի պողոտա, Թումանյան փողոց, Արշակունյաց պողոտա",
    towns="Երևան=00##; Գյումրի=31##; Վանաձոր=20##; Դիլիջան=3901",
    addr=("{town} {pc}, {st} {hn}, բն. {apt}", "{st} {hn}/{apt}, {town}"),
    apt=("%", "%#"),
    phone=("09# ######", "+374 9# ######", "+374 77 ## ## ##", "010 ## ## ##"),
    dob=("<DD>.<MM>.<YYYY>", "<D> <MONTH> <YYYY> թ."),
    mail="gmail.com, mail.ru, yandex.ru",
    dl=("@@######",),
    pp=("@@#######",),
    tld="am",
)
_loc(
    "az_AZ",
    langs=("az",),
    w=1,
    style="slavic",
    gm="Rəşad, Elvin, Tural, Orxan, Kamran, Nicat, Ramil, Elçin, Fərid, Murad, Vüsal, Emin, Anar",
    gf="Aysel, Günel, Leyla, Nigar, Səbinə, Aytən, Lalə, Nərmin, Könül, Fidan, Ülviyyə, Səadət, Aynur",
    fam="Məmmədov/Məmmədova, Əliyev/Əliyeva, Hüseynov/Hüseynova, Həsənov/Həsənova, Quliyev/Quliyeva, İsmayılov/İsmayılova, Abbasov/Abbasova, Cəfərov/Cəfərova, Rəhimov/Rəhimova, Babayev/Babayeva, Nəsirov/Nəsirova, Kərimov/Kərimova",
    mid="Tofiq oğlu/Tofiq qızı, Elşən oğlu/Elşən qızı, Vaqif oğlu/Vaqif qızı, Rafiq oğlu/Rafiq qızı, Əli oğlu/Əli qızı, Mübariz oğlu/Mübariz qızı, Nazim oğlu/Nazim qızı",
    streets="Nizami küçəsi, Füzuli küçəsi, Neftçilər prospekti, Azadlıq prospekti, Həsən bəy Zərdabi küçəsi, Bül-Bül prospekti, Səməd Vurğun küçəsi",
    towns="Bakı=AZ10##; Gəncə=AZ20##; Sumqayıt=AZ50##; Lənkəran=AZ42##; Şəki=AZ55##",
    addr=("{town}, {st} {hn}, mənzil {apt}, {pc}", "{pc}, {town} şəh., {st}, ev {hn}, mən. {apt}"),
    apt=("%", "%#"),
    phone=(
        "05# ### ## ##",
        "+994 5# ### ## ##",
        "+994 50 ### ## ##",
        "055 ### ## ##",
        "012 ### ## ##",
    ),
    dob=("<DD>.<MM>.<YYYY>", "<D> <MONTH> <YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, mail.ru, box.az",
    iban="AZ",
    dl=("@@######",),
    pp=("C########",),
    tld="az",
)
_loc(
    "kk_KZ",
    langs=("kk", "ru"),
    w=1,
    style="slavic",
    latin=False,
    cased=True,
    tr="kk",
    gm="Нұрлан, Ерлан, Асқар, Дәурен, Айбек, Мирас, Санжар, Ерболат, Бауыржан, Темірлан, Әлихан, Дархан",
    gf="Айгерім, Динара, Мадина, Жанар, Гүлнара, Аружан, Сәуле, Әсел, Дана, Камила, Айдана, Томирис",
    fam="Ахметов/Ахметова, Нұрланов/Нұрланова, Серікбаев/Серікбаева, Жұмабаев/Жұмабаева, Омаров/Омарова, Исаев/Исаева, Тоқтаров/Тоқтарова, Қасымов/Қасымова, Бекмұхамбетов/Бекмұхамбетова, Сәрсенбаев/Сәрсенбаева, Әбдірахманов/Әбдірахманова",
    mid="Серікұлы/Серікқызы, Болатұлы/Болатқызы, Нұрланұлы/Нұрланқызы, Ерланұлы/Ерланқызы, Маратұлы/Маратқызы",
    streets="Абай даңғылы, Достық даңғылы, Төле би көшесі, Сәтбаев көшесі, Қабанбай батыр даңғылы, Тұран даңғылы",
    towns="Алматы=050###; Астана=010###; Шымкент=160###; Қарағанды=100###; Ақтөбе=030###",
    addr=("{town} қ., {st}, {hn}-үй, {apt}-пәтер", "{pc}, {town}, {st} {hn}, пәтер {apt}"),
    apt=("%", "%#", "%##"),
    phone=("+7 7## ### ## ##", "8 7## ### ## ##", "+7 (701) ###-##-##", "87#########"),
    dob=("<DD>.<MM>.<YYYY>", "<D> <MONTH> <YYYY> ж."),
    mail="mail.ru, gmail.com, inbox.kz",
    iban="KZ",
    dl=("@@ ######",),
    pp=("N########",),
    tld="kz",
)
_loc(
    "uz_UZ",
    langs=("uz", "ru"),
    w=1,
    style="slavic",
    gm="Jasur, Sardor, Bekzod, Otabek, Jahongir, Shoxrux, Aziz, Sherzod, Doniyor, Islom, Javohir, Ulug'bek",
    gf="Dilnoza, Madina, Gulnora, Nilufar, Shahnoza, Malika, Zarina, Sevara, Kamola, Nodira, Dildora, Maftuna",
    fam="Karimov/Karimova, Rahimov/Rahimova, Yusupov/Yusupova, Aliyev/Aliyeva, Toshmatov/Toshmatova, Abdullayev/Abdullayeva, Ergashev/Ergasheva, Nurmatov/Nurmatova, Xolmatov/Xolmatova, Saidov/Saidova, Qodirov/Qodirova, Usmonov/Usmonova",
    mid="Rustam o'g'li/Rustam qizi, Baxtiyor o'g'li/Baxtiyor qizi, Akmal o'g'li/Akmal qizi, Farhod o'g'li/Farhod qizi, Olim o'g'li/Olim qizi",
    streets="Amir Temur shoh ko'chasi, Navoiy ko'chasi, Mustaqillik shoh ko'chasi, Bunyodkor shoh ko'chasi, Chilonzor 9-mavze, Yunusobod 4-kvartal",
    towns="Toshkent=100###; Samarqand=140###; Buxoro=200###; Andijon=170###; Namangan=160###",
    addr=("{town} sh., {st}, {hn}-uy, {apt}-xonadon", "{pc}, {town}, {st} {hn}, kv. {apt}"),
    apt=("%", "%#"),
    phone=("+998 9# ### ## ##", "9# ### ## ##", "+998 (90) ###-##-##", "+998 71 ### ## ##"),
    dob=("<DD>.<MM>.<YYYY>", "<D>-<MONTH> <YYYY>-yil"),
    mail="gmail.com, mail.ru, umail.uz",
    dl=("@@ #######",),
    pp=("@@#######",),
    tld="uz",
)

# ---- South Asia
_IN_PHONE = ("+91 9#### #####", "9#########", "+91-7#########", "+91 8#### #####", "98### #####")
_loc(
    "hi_IN",
    langs=("hi", "en"),
    w=2,
    latin=False,
    mlang="hi",
    gm="राहुल=Rahul, अमित=Amit, विकास=Vikas, अंकित=Ankit, सौरभ=Saurabh, मनीष=Manish, रोहित=Rohit, आदित्य=Aditya, अभिषेक=Abhishek, गौरव=Gaurav, प्रशांत=Prashant, आकाश=Akash, विवेक=Vivek",
    gf="प्रिया=Priya, नेहा=Neha, पूजा=Pooja, अंजलि=Anjali, सोनिया=Sonia, रिया=Riya, कविता=Kavita, सुनीता=Sunita, दीपिका=Deepika, श्वेता=Shweta, आरती=Aarti, मेघा=Megha, स्नेहा=Sneha",
    fam="शर्मा=Sharma, वर्मा=Verma, गुप्ता=Gupta, सिंह=Singh, यादव=Yadav, मिश्रा=Mishra, तिवारी=Tiwari, पांडे=Pandey, चौहान=Chauhan, अग्रवाल=Agarwal, जैन=Jain, श्रीवास्तव=Srivastava, ठाकुर=Thakur, दुबे=Dubey, राठौर=Rathore",
    streets="सेक्टर 15, राजेंद्र नगर, लाजपत नगर, मालवीय नगर, सिविल लाइंस, अशोक विहार, गोमती नगर",
    towns="नई दिल्ली=1100##; लखनऊ=2260##; जयपुर=3020##; भोपाल=4620##; पटना=8000##; वाराणसी=2210##; कानपुर=2080##",
    addr=(
        "मकान नं. {hn}, {st}, {town} - {pc}",
        "{hn}/{apt}, {st}, {town} {pc}",
        "फ्लैट {apt}, {st}, {town}-{pc}",
    ),
    apt=("%", "%#", "%0%"),
    phone=_IN_PHONE,
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<DD>-<MM>-<YYYY>", "<DD>/<MM>/<YYYY>|hi"),
    mail="gmail.com, yahoo.co.in, rediffmail.com",
    dl=("@@## ###########",),
    pp=("@#######",),
    tld="in",
)
_loc(
    "bn_BD",
    langs=("bn", "en"),
    w=1,
    latin=False,
    mlang="bn",
    gm="রাকিব=Rakib, তানভীর=Tanvir, সাকিব=Sakib, মাহমুদ=Mahmud, আরিফ=Arif, ইমরান=Imran, রাহাত=Rahat, নাঈম=Naim, ফাহিম=Fahim, সজীব=Sajib, শাওন=Shawon, মেহেদী=Mehedi",
    gf="নুসরাত=Nusrat, তাসনিম=Tasnim, সাদিয়া=Sadia, ফারহানা=Farhana, মরিয়ম=Moriom, সুমাইয়া=Sumaiya, আফসানা=Afsana, রুমানা=Rumana, শারমিন=Sharmin, জান্নাত=Jannat, তানজিলা=Tanjila, মিথিলা=Mithila",
    fam="হোসেন=Hossain, রহমান=Rahman, ইসলাম=Islam, আহমেদ=Ahmed, চৌধুরী=Chowdhury, সরকার=Sarkar, খান=Khan, মিয়া=Mia, দাস=Das, তালুকদার=Talukder, ভূঁইয়া=Bhuiyan, মজুমদার=Majumder, শিকদার=Sikder",
    streets="মিরপুর রোড, সাত মসজিদ রোড, গুলশান অ্যাভিনিউ, প্রগতি সরণি, বেইলি রোড, রোড ২৭ ধানমন্ডি",
    towns="ঢাকা=12##; চট্টগ্রাম=4###; সিলেট=31##; রাজশাহী=6###; খুলনা=9###",
    addr=("বাড়ি {hn}, {st}, {town} {pc}", "ফ্ল্যাট {apt}, বাড়ি {hn}, {st}, {town}-{pc}"),
    apt=("%@", "@%"),
    phone=("01#########", "+880 1###-######", "+8801# #### ####", "01###-######"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<D> <MONTH> <YYYY>|bn", "<DD>-<MM>-<YYYY>"),
    mail="gmail.com, yahoo.com",
    dl=("@@#######@#####",),
    pp=("@@#######",),
    tld="com.bd",
)
_loc(
    "ur_PK",
    langs=("ur", "en"),
    w=1,
    latin=False,
    mlang="ur",
    gm="احمد=Ahmed, عثمان=Usman, بلال=Bilal, حمزہ=Hamza, فیصل=Faisal, عمران=Imran, کامران=Kamran, وقاص=Waqas, زین=Zain, شہزاد=Shahzad, عاطف=Atif, دانیال=Daniyal, حسن=Hassan",
    gf="عائشہ=Ayesha, فاطمہ=Fatima, زینب=Zainab, ماہ نور=Mahnoor, سدرہ=Sidra, حرا=Hira, مریم=Maryam, ثنا=Sana, انعم=Anam, کنزہ=Kinza, رابعہ=Rabia, نمرہ=Nimra",
    fam="خان=Khan, ملک=Malik, چوہدری=Chaudhry, بٹ=Butt, قریشی=Qureshi, شیخ=Sheikh, اعوان=Awan, راجپوت=Rajput, مرزا=Mirza, صدیقی=Siddiqui, ہاشمی=Hashmi, گیلانی=Gilani, عباسی=Abbasi",
    streets="Street 7, Street 14, Main Boulevard, Canal Road, Jail Road, Shahrah-e-Faisal, University Road",
    towns="F-7/2, Islamabad=44000; G-11/3, Islamabad=44000; DHA Phase 5, Lahore=54792; Gulberg III, Lahore=54660; Clifton Block 5, Karachi=75600; Gulshan-e-Iqbal, Karachi=75300; Saddar, Rawalpindi=46000",
    addr=(
        "House {hn}, {st}, {town}",
        "House No. {hn}, {st}, {town} {pc}",
        "Flat {apt}, {st}, {town}",
    ),
    apt=("%", "%#", "@-%"),
    phone=("03## #######", "+92 3## #######", "+92-3##-#######", "0300-#######", "051 #######"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<DD>-<MM>-<YYYY>"),
    mail="gmail.com, yahoo.com, hotmail.com",
    iban="PK",
    dl=("##########",),
    pp=("@@#######",),
    tld="pk",
)
_loc(
    "ta_IN",
    langs=("ta", "en"),
    w=1,
    latin=False,
    ifirst=True,
    mlang="ta",
    gm="கார்த்திக்=Karthik, முருகன்=Murugan, அருண்=Arun, விக்னேஷ்=Vignesh, சரவணன்=Saravanan, பிரகாஷ்=Prakash, செந்தில்=Senthil, தினேஷ்=Dinesh, கணேஷ்=Ganesh, விஜய்=Vijay, ராஜேஷ்=Rajesh, சுரேஷ்=Suresh",
    gf="பிரியா=Priya, கீர்த்தனா=Keerthana, திவ்யா=Divya, ஐஸ்வர்யா=Aishwarya, லட்சுமி=Lakshmi, மீனா=Meena, கவிதா=Kavitha, சரண்யா=Saranya, நிவேதா=Nivetha, அனிதா=Anitha, ரம்யா=Ramya, சுதா=Sudha",
    fam="ராமசாமி=Ramasamy, சுப்பிரமணியன்=Subramanian, கிருஷ்ணன்=Krishnan, வேலு=Velu, பழனிசாமி=Palanisamy, ராஜா=Raja, சண்முகம்=Shanmugam, முத்து=Muthu, அண்ணாமலை=Annamalai, நடராஜன்=Natarajan, சேகர்=Sekar, குமார்=Kumar",
    streets="நேரு தெரு, பாரதி சாலை, காமராஜர் சாலை, அண்ணா நகர் 2வது தெரு, பெரியார் தெரு, கோயில் தெரு",
    towns="சென்னை=6000##; கோயம்புத்தூர்=6410##; மதுரை=6250##; திருச்சி=6200##; சேலம்=6360##",
    addr=("எண் {hn}, {st}, {town} {pc}", "{hn}/{apt}, {st}, {town} - {pc}"),
    apt=("%", "%#"),
    phone=("+91 9#### #####", "9#########", "+91 8#### #####", "044 #### ####"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<DD>-<MM>-<YYYY>"),
    mail="gmail.com, yahoo.co.in",
    dl=("TN## ###########", "TN##-###########"),
    pp=("@#######",),
    tld="in",
)
_loc(
    "si_LK",
    langs=("si", "en"),
    w=1,
    latin=False,
    gm="කසුන්=Kasun, ලහිරු=Lahiru, නුවන්=Nuwan, දිනේෂ්=Dinesh, තිසර=Thisara, සචින්=Sachin, ඉසුරු=Isuru, චතුර=Chathura, රුවන්=Ruwan, කවිඳු=Kavindu, පසිඳු=Pasindu",
    gf="නිලූකා=Niluka, හසිනි=Hasini, දිල්රුක්ෂි=Dilrukshi, සඳමාලි=Sandamali, තරුෂි=Tharushi, සචිනි=Sachini, නදීෂා=Nadeesha, ඉෂාරා=Ishara, මධුෂා=Madusha, චමෝදි=Chamodi",
    fam="පෙරේරා=Perera, ප්‍රනාන්දු=Fernando, සිල්වා=Silva, ජයසූරිය=Jayasuriya, බණ්ඩාර=Bandara, විජේසිංහ=Wijesinghe, ගුණවර්ධන=Gunawardena, හේරත්=Herath, දිසානායක=Dissanayake, කුමාර=Kumara, රත්නායක=Ratnayake, සේනානායක=Senanayake",
    streets="Galle Road, Duplication Road, Havelock Road, Kandy Road, Temple Road, Station Road, Peradeniya Road",
    towns="Colombo 03=00300; Colombo 05=00500; Nugegoda=10250; Kandy=20000; Galle=80000; Negombo=11500; Kurunegala=60000",
    addr=("No. {hn}, {st}, {town}", "No. {hn}/{apt}, {st}, {town} {pc}"),
    apt=("%", "@"),
    phone=("07# ### ####", "+94 7# ### ####", "+94 77 #######", "011 ### ####"),
    dob=("<YYYY>-<MM>-<DD>", "<DD>/<MM>/<YYYY>", "<YYYY>.<MM>.<DD>"),
    mail="gmail.com, yahoo.com, sltnet.lk",
    dl=("@#######",),
    pp=("N#######",),
    tld="lk",
)
_loc(
    "ne_NP",
    langs=("ne", "en"),
    w=1,
    latin=False,
    mlang="ne",
    gm="सुमन=Suman, रमेश=Ramesh, बिकास=Bikash, सन्दीप=Sandeep, प्रकाश=Prakash, अनिल=Anil, दीपक=Deepak, सुरेश=Suresh, रोशन=Roshan, कृष्ण=Krishna, आशिष=Ashish, निराजन=Nirajan",
    gf="सीता=Sita, गीता=Gita, सरिता=Sarita, अनिता=Anita, सुनिता=Sunita, प्रतिक्षा=Pratiksha, सृजना=Srijana, आस्था=Aastha, रोजिना=Rojina, सम्झना=Samjhana, बिनिता=Binita",
    fam="श्रेष्ठ=Shrestha, थापा=Thapa, गुरुङ=Gurung, तामाङ=Tamang, राई=Rai, लिम्बु=Limbu, मगर=Magar, अधिकारी=Adhikari, पौडेल=Paudel, के.सी.=KC, बस्नेत=Basnet, खड्का=Khadka, शेर्पा=Sherpa, भट्टराई=Bhattarai",
    streets="नयाँ बानेश्वर, ठमेल, लाजिम्पाट, कोटेश्वर, बालुवाटार, पुल्चोक, लेकसाइड",
    towns="काठमाडौं=446##; ललितपुर=447##; पोखरा=337##; भक्तपुर=448##; विराटनगर=56613",
    addr=("{town}-{hn}, {st}", "{st}, वडा नं. {hn}, {town}"),
    hn=("%", "%#"),
    phone=("98########", "+977 98########", "+977-98#-#######", "01-#######", "98########|hi"),
    dob=(
        "<BSY>/<BSM>/<BSD>",
        "वि.सं. <BSY> <BSMONTH> <BSD>",
        "<BSY>-<BSM>-<BSD>|hi",
        "<YYYY>-<MM>-<DD>",
    ),
    mail="gmail.com, yahoo.com, hotmail.com",
    dl=("##-##-########",),
    pp=("########",),
    tld="com.np",
)

# ---- East Asia
_loc(
    "ja_JP",
    langs=("ja",),
    w=4,
    style="east",
    sep=(" ", "", "\u3000"),
    latin=False,
    mlang="ja",
    gm="翔太=Shota, 大輝=Daiki, 拓海=Takumi, 蓮=Ren, 悠真=Yuma, 陽翔=Haruto, 健太=Kenta, 直樹=Naoki, 隆=Takashi, 誠=Makoto, 和也=Kazuya, 亮介=Ryosuke, 颯太=Sota, 湊=Minato, 浩二=Koji, 慎吾=Shingo",
    gf="陽菜=Hina, 結衣=Yui, 美咲=Misaki, さくら=Sakura, 葵=Aoi, 凛=Rin, 彩花=Ayaka, 真由美=Mayumi, 恵子=Keiko, 由美子=Yumiko, 愛=Ai, 千尋=Chihiro, 莉子=Riko, 楓=Kaede, 七海=Nanami, 芽依=Mei",
    fam="佐藤=Sato, 鈴木=Suzuki, 高橋=Takahashi, 田中=Tanaka, 伊藤=Ito, 渡辺=Watanabe, 山本=Yamamoto, 中村=Nakamura, 小林=Kobayashi, 加藤=Kato, 吉田=Yoshida, 山田=Yamada, 佐々木=Sasaki, 山口=Yamaguchi, 松本=Matsumoto, 井上=Inoue, 木村=Kimura, 林=Hayashi, 清水=Shimizu, 斎藤=Saito, 森=Mori, 池田=Ikeda, 橋本=Hashimoto, 石川=Ishikawa, 前田=Maeda, 藤原=Fujiwara, 岡田=Okada, 長谷川=Hasegawa",
    streets="桜新町, 三軒茶屋, 代々木, 本町, 中央, 栄, 天神, 梅田, 元町, 緑町, 若葉台, 旭町",
    towns="東京都世田谷区=1%#-####; 東京都渋谷区=15#-####; 大阪府大阪市北区=53#-####; 神奈川県横浜市青葉区=22#-####; 愛知県名古屋市中区=46#-####; 福岡県福岡市中央区=81#-####; 北海道札幌市中央区=06#-####; 京都府京都市左京区=60#-####; 兵庫県神戸市中央区=65#-####; 宮城県仙台市青葉区=98#-####",
    addr=(
        "〒{pc} {town}{st}{hn}",
        "〒{pc}\n{town}{st}{hn} {dist}{apt}",
        "{town}{st}{hn}",
        "{town}{st}{hn} {dist}{apt}",
    ),
    hn=("%-%#-%", "%丁目%-%#", "%-%-%#"),
    dist="パークハイツ, メゾン桜, グランドール, サンライズ, レジデンス若葉, コーポ緑",
    apt=("%0%号室", "%0%", "%0#"),
    phone=(
        "090-####-####",
        "080-####-####",
        "070-####-####",
        "+81 90-####-####",
        "+81 80 #### ####",
        "03-####-####",
        "06-####-####",
        "+81 3 #### ####",
        "09########",
    ),
    dob=(
        "<YYYY>年<M>月<D>日",
        "<ERA>年<M>月<D>日",
        "<YYYY>/<MM>/<DD>",
        "<ERAA>.<M>.<D>",
        "<YYYY>-<MM>-<DD>",
    ),
    date=("<M>月<D>日", "<YYYY>年<M>月<D>日", "<M>/<D>"),
    mail="gmail.com, yahoo.co.jp, docomo.ne.jp, ezweb.ne.jp, icloud.com, softbank.ne.jp, nifty.com",
    dl=("############",),
    pp=("@@#######",),
    tld="jp",
    cards="visa mc jcb jcb amex",
    nick="ケンケン, たっくん, しょーた, まっちゃん, ハル, ユッキー, よっしー",
)
_loc(
    "zh_CN",
    langs=("zh",),
    w=3,
    style="east",
    sep="",
    latin=False,
    gm="伟=Wei, 浩然=Haoran, 子轩=Zixuan, 宇航=Yuhang, 俊杰=Junjie, 志强=Zhiqiang, 建国=Jianguo, 磊=Lei, 鹏=Peng, 博文=Bowen, 一鸣=Yiming, 天佑=Tianyou, 明辉=Minghui, 晨阳=Chenyang",
    gf="芳=Fang, 静=Jing, 丽娟=Lijuan, 婷婷=Tingting, 雨涵=Yuhan, 欣怡=Xinyi, 梓涵=Zihan, 思琪=Siqi, 晓燕=Xiaoyan, 佳怡=Jiayi, 诗涵=Shihan, 秀英=Xiuying, 海燕=Haiyan, 慧敏=Huimin",
    fam="王=Wang, 李=Li, 张=Zhang, 刘=Liu, 陈=Chen, 杨=Yang, 黄=Huang, 赵=Zhao, 吴=Wu, 周=Zhou, 徐=Xu, 孙=Sun, 马=Ma, 朱=Zhu, 胡=Hu, 郭=Guo, 何=He, 林=Lin, 高=Gao, 罗=Luo, 郑=Zheng, 梁=Liang, 欧阳=Ouyang, 司马=Sima",
    streets="张杨路, 南京西路, 中山路, 建国路, 人民路, 解放大道, 天府大道, 科技园路, 学院路, 滨江大道",
    towns="上海市浦东新区=200###; 北京市朝阳区=100###; 广州市天河区=510###; 深圳市南山区=518###; 杭州市西湖区=310###; 成都市武侯区=610###; 武汉市洪山区=430###; 南京市鼓楼区=210###; 西安市雁塔区=710###",
    addr=("{town}{st}{hn}号{dist}{apt}室", "{town}{st}{hn}号", "{town}{st}{hn}弄{apt}号"),
    hn=("%##", "%#", "%"),
    dist="阳光花园3栋, 锦绣小区5号楼, 万科城二期8栋, 碧桂园12幢, 世纪公寓A座",
    apt=("%0%", "%#0%"),
    phone=(
        "13# #### ####",
        "+86 13#-####-####",
        "15#########",
        "+86 18# #### ####",
        "17#########",
        "010-########",
        "021-########",
    ),
    dob=("<YYYY>年<M>月<D>日", "<YYYY>-<MM>-<DD>", "<YYYY>/<M>/<D>", "<YYYY>.<MM>.<DD>"),
    date=("<M>月<D>日", "<YYYY>年<M>月<D>日", "<M>/<D>"),
    mail="qq.com, 163.com, 126.com, sina.com, foxmail.com, gmail.com",
    dl=("############",),
    pp=("E########", "E@#######"),
    tld="com.cn",
    cards="cup cup cup visa mc",
)
_loc(
    "zh_TW",
    langs=("zh_hant",),
    w=1,
    style="east",
    sep="",
    latin=False,
    gm="家豪=Chia-Hao, 冠宇=Kuan-Yu, 承恩=Cheng-En, 柏翰=Po-Han, 宇軒=Yu-Hsuan, 志明=Chih-Ming, 俊傑=Chun-Chieh, 建宏=Chien-Hung, 品睿=Pin-Jui, 彥廷=Yen-Ting",
    gf="怡君=Yi-Chun, 雅婷=Ya-Ting, 淑芬=Shu-Fen, 佳穎=Chia-Ying, 詩涵=Shih-Han, 欣妤=Hsin-Yu, 宜蓁=Yi-Chen, 郁婷=Yu-Ting, 思妤=Szu-Yu, 美玲=Mei-Ling",
    fam="陳=Chen, 林=Lin, 黃=Huang, 張=Chang, 李=Lee, 王=Wang, 吳=Wu, 劉=Liu, 蔡=Tsai, 楊=Yang, 許=Hsu, 鄭=Cheng, 謝=Hsieh, 郭=Kuo, 洪=Hung, 曾=Tseng",
    streets="忠孝東路四段, 信義路五段, 中山北路二段, 民生東路三段, 復興南路一段, 文化路, 中正路, 成功路",
    towns="臺北市大安區=106; 臺北市信義區=110; 新北市板橋區=220; 臺中市西屯區=407; 高雄市苓雅區=802; 臺南市東區=701; 新竹市東區=300",
    addr=("{pc}{town}{st}{hn}號{apt}樓", "{town}{st}{hn}巷{apt}號", "{pc} {town}{st}{hn}號"),
    hn=("%#", "%##"),
    apt=("%", "%#", "%之%"),
    phone=("09##-###-###", "+886 9## ### ###", "09########", "(02) ####-####", "+886 2 #### ####"),
    dob=("民國<ROC>年<M>月<D>日", "<ROC>/<MM>/<DD>", "<YYYY>/<MM>/<DD>", "<YYYY>年<M>月<D>日"),
    date=("<M>月<D>日", "<M>/<D>"),
    mail="gmail.com, yahoo.com.tw, hotmail.com, msa.hinet.net",
    dl=("@[12]########",),
    pp=("3########",),
    tld="org.tw",
)
_loc(
    "zh_HK",
    langs=("zh_hant", "en"),
    w=1,
    style="east",
    sep="",
    latin=False,
    rwest=False,
    gm="嘉豪=Ka Ho, 俊傑=Chun Kit, 家樂=Ka Lok, 志偉=Chi Wai, 偉倫=Wai Lun, 子朗=Tsz Long, 浩賢=Ho Yin, 卓霖=Cheuk Lam",
    gf="嘉欣=Ka Yan, 詠詩=Wing Sze, 曉彤=Hiu Tung, 凱琳=Hoi Lam, 慧敏=Wai Man, 穎怡=Wing Yee, 芷晴=Tsz Ching, 靜雯=Ching Man",
    fam="陳=Chan, 李=Lee, 張=Cheung, 黃=Wong, 何=Ho, 林=Lam, 梁=Leung, 劉=Lau, 吳=Ng, 鄭=Cheng, 蔡=Choi, 周=Chow, 麥=Mak, 葉=Yip",
    alt_m="Kelvin, Jason, Ivan, Kenneth, Gary, Alan, Marco, Terence",
    alt_f="Karen, Winnie, Cherry, Bonnie, Ivy, Joyce, Queenie, Vivian",
    streets="彌敦道, 軒尼詩道, 英皇道, 皇后大道中, 青山公路, 德輔道中, 窩打老道",
    towns="九龍旺角=; 香港灣仔=; 香港北角=; 新界沙田=; 新界荃灣=; 九龍觀塘=",
    addr=("{town}{st}{hn}號{dist}{apt}", "{town}{st}{hn}號{apt}"),
    hn=("%#", "%##"),
    dist="美景大廈, 海濱花園, 翠林閣, 德福花園",
    apt=("%#樓@室", "%#樓%#室"),
    phone=("9### ####", "6### ####", "+852 9### ####", "+852 5#######", "2### ####"),
    dob=("<DD>/<MM>/<YYYY>", "<YYYY>年<M>月<D>日", "<D> <MON> <YYYY>"),
    mail="gmail.com, yahoo.com.hk, netvigator.com, hotmail.com",
    pp=("K########", "H########"),
    tld="org.hk",
)
_loc(
    "ko_KR",
    langs=("ko",),
    w=3,
    style="east",
    sep="",
    latin=False,
    gm="민준=Min-jun, 서준=Seo-jun, 도윤=Do-yun, 예준=Ye-jun, 시우=Si-woo, 하준=Ha-jun, 지호=Ji-ho, 준서=Jun-seo, 현우=Hyun-woo, 성민=Sung-min, 동현=Dong-hyun, 재원=Jae-won, 승훈=Seung-hoon, 영수=Young-soo",
    gf="서연=Seo-yeon, 서윤=Seo-yun, 지우=Ji-woo, 하은=Ha-eun, 민서=Min-seo, 지민=Ji-min, 수빈=Su-bin, 예린=Ye-rin, 은지=Eun-ji, 혜진=Hye-jin, 미영=Mi-young, 지혜=Ji-hye, 다은=Da-eun, 유나=Yu-na",
    fam="김=Kim, 이=Lee, 박=Park, 최=Choi, 정=Jung, 강=Kang, 조=Cho, 윤=Yoon, 장=Jang, 임=Lim, 한=Han, 오=Oh, 서=Seo, 신=Shin, 권=Kwon, 황=Hwang, 안=Ahn, 송=Song, 류=Ryu, 남궁=Namgung",
    streets="월드컵로, 테헤란로, 올림픽로, 한강대로, 세종대로, 해운대로, 중앙대로, 동대로, 반포대로",
    towns="서울특별시 마포구=0####; 서울특별시 강남구=06###; 서울특별시 송파구=05###; 부산광역시 해운대구=48###; 인천광역시 연수구=21###; 대구광역시 수성구=42###; 경기도 성남시 분당구=13###; 대전광역시 유성구=34###; 광주광역시 북구=61###",
    addr=("{town} {st} {hn}, {apt}", "({pc}) {town} {st} {hn}", "{town} {st}{dist} {hn}, {apt}"),
    hn=("%#", "%##", "%#-%"),
    dist="12길, 3길, 24길, 7번길",
    apt=("%0%동 %#0%호", "%0%호", "%#0%호"),
    phone=(
        "010-####-####",
        "+82 10-####-####",
        "010 #### ####",
        "+82 10 #### ####",
        "02-###-####",
        "010########",
    ),
    dob=("<YYYY>년 <M>월 <D>일", "<YYYY>.<MM>.<DD>", "<YYYY>-<MM>-<DD>", "<YY><MM><DD>"),
    date=("<M>월 <D>일", "<YYYY>.<MM>.<DD>", "<M>/<D>"),
    mail="naver.com, daum.net, gmail.com, hanmail.net, kakao.com, nate.com",
    dl=("##-##-######-##",),
    pp=("M########",),
    tld="or.kr",
)
_loc(
    "mn_MN",
    langs=("mn",),
    w=1,
    latin=False,
    cased=True,
    tr="mn",
    ifirst=True,
    full_is_i=True,
    gm="Тэмүүлэн, Батбаяр, Бат-Эрдэнэ, Ганбаатар, Эрдэнэбат, Мөнхбат, Болд, Төгөлдөр, Билгүүн, Ганзориг, Тэмүүжин",
    gf="Номин, Анужин, Сарнай, Мөнхзул, Оюунчимэг, Энхжин, Солонго, Ариунаа, Хулан, Нандин-Эрдэнэ, Марал, Уянга",
    fam="Батбаяр, Ганбаатар, Дорж, Пүрэв, Цэрэн, Нямдорж, Сүх, Амар, Болд, Гантулга, Мөнх, Отгонбаяр",
    streets="Энхтайваны өргөн чөлөө, Сөүлийн гудамж, Их тойруу, Чингисийн өргөн чөлөө, Баруун 4 зам",
    towns="Улаанбаатар, Сүхбаатар дүүрэг=14###; Улаанбаатар, Баянгол дүүрэг=16###; Дархан=45###; Эрдэнэт=61###",
    addr=("{town}, {st}, {apt}-р байр, {hn} тоот", "{town}, {hn}-р хороо, {st} {apt}"),
    hn=("%", "%#", "%##"),
    apt=("%", "%#"),
    phone=("+976 9### ####", "9### ####", "8### ####", "+976 88######"),
    dob=("<YYYY>.<MM>.<DD>", "<YYYY> оны <M> сарын <D>"),
    mail="gmail.com, yahoo.com",
    dl=("#######",),
    pp=("E#######",),
    tld="mn",
)

# ---- South-East Asia
_loc(
    "vi_VN",
    langs=("vi",),
    w=2,
    style="east",
    gm="An, Bình, Cường, Dũng, Đức, Hải, Hiếu, Hoàng, Hùng, Khoa, Long, Minh, Nam, Phúc, Quân, Sơn, Thắng, Tuấn, Việt, Vinh",
    gf="Anh, Chi, Dung, Giang, Hà, Hằng, Hạnh, Hoa, Hương, Lan, Linh, Mai, Ngọc, Nhung, Phương, Thảo, Thu, Trang, Vy, Yến",
    fam="Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý, Đinh, Trịnh, Mai, Lương",
    mid="Văn/Thị, Minh, Đức/Thu, Thanh, Hữu/Ngọc, Quốc/Kim, Gia, Hoàng/Thùy, Xuân, Công/Mỹ",
    streets="Lê Lợi, Nguyễn Huệ, Trần Hưng Đạo, Hai Bà Trưng, Lý Thường Kiệt, Điện Biên Phủ, Võ Văn Tần, Pasteur, Cách Mạng Tháng Tám, Nguyễn Thị Minh Khai",
    towns="Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh=; Phường 7, Quận 3, TP.HCM=; Phường Tràng Tiền, Quận Hoàn Kiếm, Hà Nội=; Quận Cầu Giấy, Hà Nội=; Quận Hải Châu, Đà Nẵng=; TP. Huế=; Quận Ninh Kiều, Cần Thơ=",
    addr=("{hn} {st}, {town}", "Số {hn} đường {st}, {town}", "{hn}/{apt} {st}, {town}"),
    apt=("%", "%#"),
    phone=(
        "09# ### ## ##",
        "+84 9# ### ## ##",
        "+84 9########",
        "03########",
        "0912 ### ###",
        "028 #### ####",
    ),
    dob=("<DD>/<MM>/<YYYY>", "ngày <D> tháng <M> năm <YYYY>", "<D>/<M>/<YYYY>"),
    long="ngày <D> tháng <M> năm <YYYY>",
    mail="gmail.com, yahoo.com.vn, outlook.com",
    dl=("############",),
    pp=("@#######",),
    tld="vn",
)
_loc(
    "th_TH",
    langs=("th",),
    w=2,
    latin=False,
    mlang="th",
    gm="สมชาย=Somchai, ธนากร=Thanakorn, ณัฐพล=Nattapon, กิตติพัฒน์=Kittipat, ปิยะพงษ์=Piyapong, วีรยุทธ=Weerayut, อนุชา=Anucha, ชัยวัฒน์=Chaiwat, ศุภชัย=Supachai, พงศกร=Pongsakorn, ธีรวัฒน์=Teerawat, สุรเชษฐ์=Surachet",
    gf="สุภาพร=Supaporn, ณัฐธิดา=Nattida, พิมพ์ชนก=Pimchanok, กัญญารัตน์=Kanyarat, ศิริพร=Siriporn, วรรณา=Wanna, ปวีณา=Paweena, ชนิดา=Chanida, อรอุมา=Onuma, จิราพร=Jiraporn, รัตนา=Rattana, ธิดารัตน์=Thidarat",
    fam="สุขสวัสดิ์=Suksawat, ใจดี=Jaidee, ศรีสุข=Srisuk, วงศ์สวัสดิ์=Wongsawat, แสงทอง=Saengthong, บุญมา=Boonma, ทองดี=Thongdee, รัตนพันธ์=Rattanapan, กิตติศักดิ์=Kittisak, เพชรรัตน์=Phetcharat, จันทร์เพ็ญ=Chanpen, พรหมวงศ์=Promwong, ชัยมงคล=Chaimongkol",
    nick="เบียร์=Beer, มิ้นท์=Mint, แบงค์=Bank, ปอนด์=Pond, ไอซ์=Ice, ฟลุ๊ค=Fluke, พลอย=Ploy, แพรว=Praew, กิ๊ฟ=Gift, เอิร์ธ=Earth, ต้น=Ton, นุ่น=Noon, บอส=Boss, ฝน=Fon",
    streets="ถนนสุขุมวิท, ถนนพหลโยธิน, ถนนรัชดาภิเษก, ถนนลาดพร้าว, ถนนนิมมานเหมินท์, ถนนเพชรบุรีตัดใหม่, ถนนพระราม 9",
    towns="แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพมหานคร=10110; แขวงจตุจักร เขตจตุจักร กรุงเทพฯ=10900; ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่=50200; ตำบลหนองปรือ อำเภอบางละมุง จังหวัดชลบุรี=20150; ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น=40000; ตำบลตลาดใหญ่ อำเภอเมืองภูเก็ต จังหวัดภูเก็ต=83000",
    addr=(
        "{hn} {st} {town} {pc}",
        "{hn}/{apt} ซอย{dist} {st} {town} {pc}",
        "{hn} หมู่ {apt} {town} {pc}",
    ),
    dist="สุขุมวิท 23, ลาดพร้าว 71, อารีย์, ทองหล่อ 10, รามอินทรา 40",
    apt=("%", "%#"),
    phone=("08#-###-####", "+66 8#-###-####", "+66 9# ### ####", "06########", "02-###-####"),
    dob=("<D> <MONTH> <BE>", "<DD>/<MM>/<BE>", "<DD>/<MM>/<YYYY>", "<D> <MON> <BE>"),
    long="<D> <MONTH> <BE>",
    mail="gmail.com, hotmail.com, outlook.co.th, yahoo.com",
    dl=("########",),
    pp=("@@#######",),
    tld="or.th",
)
_loc(
    "id_ID",
    langs=("id",),
    w=2,
    mono=0.3,
    gm="Budi, Agus, Andi, Dedi, Rizky, Fajar, Bayu, Dimas, Eko, Hendra, Joko, Wahyu, Yoga, Arif, Irfan, Aditya, Gilang, Made, Ketut",
    gf="Siti, Dewi, Ayu, Putri, Rina, Wulan, Indah, Sri, Fitri, Nur, Anisa, Nadia, Ratna, Yuni, Intan, Maya, Kartika",
    fam="Santoso, Wijaya, Saputra/Saputri, Pratama/Pratiwi, Hidayat, Kurniawan, Setiawan, Nugroho, Susanto, Gunawan, Siregar, Nasution, Simanjuntak, Hutapea, Lubis, Harahap, Wibowo, Sulistyo, Purnomo, Lestari, Permata",
    streets="Jl. Sudirman, Jl. Merdeka, Jl. Gatot Subroto, Jl. Diponegoro, Jl. Melati, Jl. Kenanga, Jl. Raya Bogor, Jl. Cendana, Jl. Pahlawan",
    towns="Kebayoran Baru, Jakarta Selatan=12###; Menteng, Jakarta Pusat=10###; Coblong, Bandung=40###; Gubeng, Surabaya=60###; Denpasar, Bali=80###; Yogyakarta=55###; Medan=20###; Semarang=50###; Makassar=90###",
    addr=(
        "{st} No. {hn}, RT/RW {apt}, {town} {pc}",
        "{st} No. {hn}, {town} {pc}",
        "Perum {dist} Blok {hn}, {town} {pc}",
    ),
    dist="Griya Asri, Taman Sari Indah, Bumi Permai, Puri Harmoni",
    apt=("00%/00%", "0%#/00%"),
    phone=(
        "08##-####-####",
        "+62 8##-####-####",
        "+62 81# #### ####",
        "08##########",
        "(021) ### ####",
    ),
    dob=("<DD>-<MM>-<YYYY>", "<D> <MONTH> <YYYY>", "<DD>/<MM>/<YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, yahoo.co.id, yahoo.com, outlook.com",
    dl=("############",),
    pp=("@#######",),
    tld="or.id",
    nick="Ucok, Dodi, Iwan, Yanti, Tuti, Ani, Gilang, Bebeb",
)
_loc(
    "ms_MY",
    langs=("ms", "en"),
    w=1,
    style="malay",
    gm="Ahmad, Muhammad Faiz, Amirul, Hafiz, Haziq, Syafiq, Danial, Izzat, Aiman, Khairul, Firdaus, Azlan, Zulkifli, Hakimi",
    gf="Nur Aisyah, Aisyah, Siti Aminah, Nur Farahin, Syazwani, Nurul Ain, Athirah, Balqis, Hani, Amira, Izzati, Farah",
    streets="Jalan Ampang, Jalan Tun Razak, Jalan SS 2/24, Jalan Bukit Bintang, Lorong Maarof, Jalan Kenanga 3, Jalan Setia Indah 5, Jalan Pahang",
    towns="Petaling Jaya, Selangor=4####; Kuala Lumpur=5####; Shah Alam, Selangor=40###; Johor Bahru, Johor=8####; George Town, Pulau Pinang=10###; Kota Bharu, Kelantan=15###; Ipoh, Perak=30###; Kuching, Sarawak=93###",
    addr=(
        "No. {hn}, {st}, {pc} {town}",
        "{hn}, {st}, Taman {dist}, {pc} {town}",
        "Unit {apt}, {st}, {pc} {town}",
    ),
    dist="Melawati, Tun Dr Ismail, Desa, Sri Muda, Bukit Indah",
    apt=("A-%#-%#", "B-%-%#"),
    phone=("01#-### ####", "+60 1#-### ####", "+6012-#######", "011-#### ####", "03-#### ####"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<DD>-<MM>-<YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, yahoo.com, hotmail.com",
    dl=("#########",),
    pp=("@########",),
    tld="my",
)
_loc(
    "fil_PH",
    langs=("tl", "en"),
    w=2,
    middle=0.6,
    midfam=True,
    mlang="tl",
    gm="Juan Miguel, Mark Anthony, John Paul, Jose, Paolo, Carlo, Rafael, Jericho, Kenneth, Christian, Angelo, Ramon",
    gf="Maria Angelica, Kristine, Princess, Joy, Mary Grace, Jasmine, Camille, Patricia, Andrea, Nicole, Rowena, Lovely",
    fam="Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Torres, Tomas, Castillo, Flores, Villanueva, Ramos, Castro, Rivera, Navarro, Dela Cruz, De Leon, Manalo, Dimaculangan, Pangilinan",
    streets="Rizal Street, Mabini Street, Katipunan Avenue, Aurora Boulevard, Sampaguita Street, Ilang-Ilang St., Osmeña Boulevard, M.H. del Pilar St.",
    towns="Brgy. Loyola Heights, Quezon City=1108; Poblacion, Makati City=1210; Brgy. Kapitolyo, Pasig City=1603; Lahug, Cebu City=6000; Davao City=8000; Baguio City=2600; Iloilo City=5000",
    addr=(
        "{hn} {st}, {town} {pc}",
        "Blk {hn} Lot {apt}, {st}, {town}",
        "Unit {apt}, {hn} {st}, {town}, {pc}",
    ),
    apt=("%", "%#", "%0%"),
    phone=("09## ### ####", "+63 9## ### ####", "0917-###-####", "+639#########", "(02) 8###-####"),
    dob=("<MONTH> <D>, <YYYY>", "<MM>/<DD>/<YYYY>", "<DD>/<MM>/<YYYY>"),
    long="<MONTH> <D>, <YYYY>",
    mail="gmail.com, yahoo.com, yahoo.com.ph",
    dl=("@##-##-######",),
    pp=("P#######@",),
    tld="ph",
    nick="Jun-Jun, Bong, Toto, Nene, Ging, Jing, Boyet, Dodong, Inday, Bebang",
)
_loc(
    "km_KH",
    langs=("km", "en"),
    w=1,
    style="east",
    sep=" ",
    latin=False,
    rwest=False,
    gm="សុខា=Sokha, វិចិត្រ=Vichet, ដារ៉ា=Dara, សុភ័ក្ត្រ=Sopheak, ពិសិដ្ឋ=Piseth, វណ្ណៈ=Vanna, សំណាង=Samnang, ចាន់ធា=Chantha, ម៉េងហួរ=Menghour, រតនៈ=Ratanak",
    gf="ស្រីពៅ=Sreypov, សុភា=Sophea, ចន្ទា=Chanda, សុវណ្ណារី=Sovannary, បុប្ផា=Bopha, ធីតា=Thida, ស្រីល័ក្ខ=Sreyleak, រស្មី=Raksmey, ម៉ាលីស=Malis",
    fam="សុខ=Sok, ចាន់=Chan, ហេង=Heng, លី=Ly, គឹម=Kim, ស៊ុន=Sun, ជា=Chea, អ៊ុំ=Um, ទេព=Tep, ពេជ្រ=Pich, ម៉ៅ=Mao, សេង=Seng",
    streets="ផ្លូវលេខ 271, ផ្លូវលេខ 63, ផ្លូវកម្ពុជាក្រោម, ផ្លូវលេខ 51, ផ្លូវលេខ 2004",
    towns="សង្កាត់បឹងកេងកង១ ខណ្ឌបឹងកេងកង រាជធានីភ្នំពេញ=120###; សង្កាត់ទឹកល្អក់ ខណ្ឌទួលគោក ភ្នំពេញ=120###; ក្រុងសៀមរាប=17###; ក្រុងបាត់ដំបង=02###",
    addr=("ផ្ទះលេខ {hn} {st} {town}", "ផ្ទះលេខ {hn}{apt} {st} {town} {pc}"),
    apt=("E%", "អ", "B"),
    phone=("0## ### ###", "+855 ## ### ###", "+855 1# ### ###", "012 ### ###", "097 ### ####"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<DD>/<MM>/<YYYY>|km"),
    mail="gmail.com, yahoo.com",
    pp=("N########",),
    tld="com.kh",
)
_loc(
    "my_MM",
    langs=("my", "en"),
    w=1,
    style="mono",
    latin=False,
    gm="အောင်ကျော်မိုး=Aung Kyaw Moe, ဇော်မင်းထွန်း=Zaw Min Htun, ကျော်ဇင်=Kyaw Zin, မင်းခန့်=Min Khant, ထက်အောင်=Htet Aung, ဝေယံ=Wai Yan, သန့်ဇင်=Thant Zin, နေလင်း=Nay Lin, ပြည့်ဖြိုး=Pyae Phyo, စိုးမင်းထိုက်=Soe Min Htike",
    gf="သီတာလှိုင်=Thida Hlaing, နှင်းဝေ=Hnin Wai, မေသူ=May Thu, ဖြူဖြူ=Phyu Phyu, ခင်မြတ်နိုး=Khin Myat Noe, ဆုမြတ်=Su Myat, ယုနန္ဒာ=Yu Nandar, ဇင်မာ=Zin Mar, သဉ္ဇာ=Thinzar, ချမ်းမြေ့=Chan Myae",
    streets="ဗိုလ်အောင်ကျော်လမ်း, ပြည်လမ်း, ကန်ဘောင်လမ်း, အင်းယားလမ်း, ဗဟိုလမ်း",
    towns="ကျောက်တံတားမြို့နယ်၊ ရန်ကုန်=111##; ကမာရွတ်မြို့နယ်၊ ရန်ကုန်=110##; ချမ်းအေးသာစံမြို့နယ်၊ မန္တလေး=050##; ဗဟန်းမြို့နယ်၊ ရန်ကုန်=112##",
    addr=("အမှတ် {hn}၊ {st}၊ {town}", "အမှတ် {hn}၊ {apt}လွှာ၊ {st}၊ {town}"),
    apt=("%",),
    phone=("09 ### ### ###", "+95 9 ### ### ###", "09#########", "+959#########"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>", "<DD>.<MM>.<YYYY>|my"),
    mail="gmail.com, yahoo.com",
    pp=("M@######",),
    tld="com.mm",
)

# ---- Africa
_NG_PHONE = (
    "080# ### ####",
    "+234 80# ### ####",
    "0803#######",
    "+234 70# ### ####",
    "081########",
)
_ZA_PHONE = ("08# ### ####", "07# ### ####", "+27 8# ### ####", "+27 7# ### ####", "061 ### ####")
_loc(
    "sw_TZ",
    langs=("sw", "en"),
    w=1,
    gm="Juma, Baraka, Hamisi, Rashidi, Emmanuel, Faraja, Amani, Salim, Mussa, Shaban, Daudi, Jabiri",
    gf="Neema, Rehema, Zawadi, Amina, Mwanaisha, Upendo, Happiness, Mariamu, Halima, Subira, Tumaini, Furaha",
    fam="Mwakyusa, Kimaro, Massawe, Mushi, Mrema, Lyimo, Komba, Mbwambo, Mollel, Swai, Ngowi, Shirima, Mwakalinga",
    streets="Mtaa wa Samora, Barabara ya Bagamoyo, Mtaa wa Uhuru, Barabara ya Ali Hassan Mwinyi, Mtaa wa Jamhuri, Barabara ya Nyerere",
    towns="Mikocheni, Dar es Salaam=14###; Sinza, Dar es Salaam=14###; Arusha=23###; Moshi=25###; Dodoma=41###; Mwanza=33###; Zanzibar=71###",
    addr=("{st}, Nyumba Na. {hn}, {town}", "Plot {hn}, {st}, {town} {pc}"),
    phone=("07## ### ###", "+255 7## ### ###", "+255 6## ######", "0754 ### ###"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, yahoo.com",
    pp=("@@######",),
    tld="co.tz",
)
_loc(
    "am_ET",
    langs=("am", "en"),
    w=1,
    style="ethiopic",
    latin=False,
    gm="አበበ=Abebe, ተስፋዬ=Tesfaye, ዳዊት=Dawit, ሰለሞን=Solomon, ዮሐንስ=Yohannes, ብርሃኑ=Birhanu, ሙሉጌታ=Mulugeta, ገብረ=Gebre, መስፍን=Mesfin, ቴዎድሮስ=Tewodros, ኤርሚያስ=Ermias, ናትናኤል=Natnael, ብሩክ=Biruk",
    gf="ትዕግስት=Tigist, መሰረት=Meseret, ሰላማዊት=Selamawit, ሃና=Hana, ብርቱካን=Birtukan, ቤተልሔም=Betelhem, ሄለን=Helen, ፍሬሕይወት=Frehiwot, ራሔል=Rahel, ማርታ=Marta, የትናየት=Yetnayet, ሳራ=Sara",
    streets="ቦሌ መንገድ, አፍሪካ ጎዳና, ቸርችል ጎዳና, ሳር ቤት መንገድ, ካዛንቺስ መንገድ",
    towns="አዲስ አበባ፣ ቦሌ ክፍለ ከተማ=; አዲስ አበባ፣ የካ ክፍለ ከተማ=; ባሕር ዳር=; ሐዋሳ=; መቐለ=; አዳማ=",
    addr=("{town}፣ {st}፣ ወረዳ {apt}፣ የቤት ቁጥር {hn}",),
    apt=("0%", "1#"),
    hn=("%##", "%###", "%#"),
    phone=("09## ## ## ##", "+251 9## ## ## ##", "+251 91 #######", "011 ### ####"),
    dob=("<EtD>/<EtM>/<EtY>", "<EtMONTH> <EtD>፣ <EtY> ዓ.ም.", "<DD>/<MM>/<YYYY>"),
    mail="gmail.com, yahoo.com, ethionet.et",
    pp=("EP#######",),
    tld="et",
)
_loc(
    "yo_NG",
    langs=("yo", "en"),
    w=1,
    gm="Adéwálé, Olúwaseun, Babátúndé, Oládipúpọ̀, Ayọ̀dèjì, Olúmidé, Kọ́lá, Fẹ́mi, Túndé, Ṣẹ́gun",
    gf="Adéọlá, Títílayọ̀, Fúnmiláyọ̀, Bọ́lánlé, Yéwándé, Oláyínká, Mọ́rẹ́nikẹ́, Tèmítọ́pẹ́, Ìbùkún, Ọmọ́tọ́lá",
    fam="Adébáyọ̀, Ògúnlẹ́yẹ, Ọláwálé, Àdìgún, Afọláyan, Akínwùmí, Babálọlá, Ọdúyọ̀yè, Fáṣọlá, Adéyẹmí, Olúwọlé, Ajíbádé",
    streets="Adeniran Ogunsanya Street, Opebi Road, Bode Thomas Street, Ring Road, Oke-Ado Road, Akobo Road",
    towns="Surulere, Lagos=1012##; Ikeja, Lagos=1002##; Bodija, Ibadan=2001##; Ilé-Ifẹ̀=2202##; Abẹ́òkúta=1102##; Òṣogbo=2302##",
    addr=("{hn} {st}, {town}", "{hn}, {st}, {town} {pc}"),
    phone=_NG_PHONE,
    dob=("<DD>/<MM>/<YYYY>", "<D>/<M>/<YYYY>"),
    mail="gmail.com, yahoo.com",
    pp=("@########",),
    tld="org.ng",
)
_loc(
    "ha_NG",
    langs=("ha", "en"),
    w=1,
    gm="Abubakar, Usman, Aliyu, Sani, Musa, Ibrahim, Bashir, Auwal, Nasiru, Yusuf, Kabiru, Garba",
    gf="Aisha, Fatima, Hauwa, Zainab, Hadiza, Maryam, Amina, Rahama, Khadija, Halima, Hafsat, Salamatu",
    fam="Abubakar, Bello, Danjuma, Mohammed, Sani, Yakubu, Garba, Lawal, Abdullahi, Shehu, Umar, Dikko, Bala, Mustapha",
    streets="Zaria Road, Murtala Mohammed Way, Sultan Road, Ahmadu Bello Way, Gidan Dan Hausa Road, Race Course Road",
    towns="Nassarawa GRA, Kano=7001##; Kaduna=8001##; Sokoto=8400##; Katsina=8200##; Zaria=8100##; Maiduguri=6001##",
    addr=("No. {hn} {st}, {town}", "{hn} {st}, {town} {pc}"),
    phone=_NG_PHONE,
    dob=("<DD>/<MM>/<YYYY>",),
    mail="gmail.com, yahoo.com",
    pp=("@########",),
    tld="org.ng",
)
_loc(
    "zu_ZA",
    langs=("zu", "en"),
    w=1,
    gm="Sipho, Themba, Sibusiso, Mandla, Bongani, Lwazi, Sanele, Thulani, Nkosinathi, Siyabonga, Mthokozisi, Jabulani",
    gf="Nomvula, Thandeka, Zanele, Nokuthula, Lindiwe, Ayanda, Nonhlanhla, Sibongile, Zodwa, Khanyisile, Nomsa, Lungile",
    fam="Dlamini, Nkosi, Ndlovu, Zulu, Mkhize, Ngcobo, Khumalo, Mthembu, Shabalala, Zungu, Cele, Mhlongo, Gumede, Mchunu, Ntuli",
    streets="Anton Lembede Street, Florida Road, Musgrave Road, Vilakazi Street, Point Road, Mahatma Gandhi Road, Sandile Thusi Road",
    towns="Morningside, Durban=4001; Umlazi=4031; KwaMashu=4360; Pietermaritzburg=3201; Soweto=1804; Newcastle=2940",
    addr=("{hn} {st}, {town}, {pc}", "{hn} {st}\n{town}\n{pc}"),
    phone=_ZA_PHONE,
    dob=("<YYYY>/<MM>/<DD>", "<DD>/<MM>/<YYYY>"),
    mail="gmail.com, webmail.co.za",
    pp=("@########",),
    dl=("##########@@",),
    tld="co.za",
)
_loc(
    "af_ZA",
    langs=("af", "en"),
    w=1,
    gm="Johan, Pieter, Jacques, Ruan, Francois, Hendrik, Gerhard, Wikus, Dewald, Stefan, Willem, Morné",
    gf="Annelie, Marlize, Elize, Liezl, Carien, Riana, Anke, Mariska, Elsabé, Chanté, Nicolene, Zelda",
    fam="van der Merwe, Botha, Pretorius, du Plessis, Nel, Venter, Coetzee, Steyn, Joubert, Fourie, van Wyk, Swanepoel, Kruger, Booysen, le Roux, Erasmus, Smit, de Villiers, Vermaak",
    streets="Kerkstraat, Voortrekkerweg, Dorpstraat, Hoofweg, Bloekomlaan, Kloofstraat, Mimosastraat, Rivierweg",
    towns="Stellenbosch=7600; Bloemfontein=9301; Paarl=7646; Potchefstroom=2531; George=6530; Centurion=0157; Bellville=7530",
    addr=("{st} {hn}, {town}, {pc}", "{hn} {st}\n{town}\n{pc}"),
    phone=_ZA_PHONE,
    dob=("<YYYY>-<MM>-<DD>", "<D> <MONTH> <YYYY>", "<DD>/<MM>/<YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, mweb.co.za, vodamail.co.za",
    pp=("@########",),
    dl=("##########@@",),
    tld="co.za",
)

# ---- regional languages of Europe and the Pacific
_loc(
    "ca_ES",
    langs=("ca", "es"),
    w=1,
    double=0.85,
    gm="Jordi, Marc, Pau, Arnau, Pol, Oriol, Xavier, Joan, Albert, Roger, Gerard, Martí, Quim",
    gf="Laia, Núria, Montserrat, Mireia, Anna, Marta, Clara, Júlia, Aina, Berta, Meritxell, Roser, Ona",
    fam="Puig, Vila, Serra, Soler, Ferrer, Roca, Casas, Vidal, Font, Sala, Bosch, Riera, Mas, Coll, Camps, Prat, Castells, Llorens, Batlle, Sabaté",
    streets="carrer de Balmes, carrer Major, passeig de Gràcia, carrer de Sant Pere, avinguda Diagonal, carrer de la Creu, rambla Nova, carrer del Mar",
    towns="Barcelona=080##; Girona=170##; Lleida=250##; Tarragona=430##; Sabadell=082##; Vic=08500; Reus=43201; Manresa=08241",
    addr=("{st}, {hn}, {apt}, {pc} {town}", "{st} {hn}, {pc} {town}"),
    apt=("%r %a", "%r", "baixos", "àtic", "%r %ª"),
    phone=_ES_PHONE,
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> de <YYYY>"),
    long="<D> <MONTH> de <YYYY>",
    mail="gmail.com, hotmail.com, yahoo.es, telefonica.net",
    iban="ES",
    dl=("########@",),
    pp=("@@@######",),
    tld="cat",
)
_loc(
    "eu_ES",
    langs=("eu", "es"),
    w=1,
    double=0.9,
    gm="Iñaki, Unai, Mikel, Aitor, Jon, Ander, Gorka, Xabier, Asier, Eneko, Ibai, Julen, Joseba",
    gf="Ane, Maite, Amaia, Nerea, Ainhoa, Leire, Irati, Uxue, Miren, Garazi, Itziar, Nahia, Idoia",
    fam="Etxeberria, Agirre, Goikoetxea, Zubizarreta, Arrieta, Elorza, Otxoa, Urrutia, Bengoetxea, Larrañaga, Iturbe, Mendizabal, Aranburu, Garmendia, Olano, Ugarte, Zabaleta, Txurruka",
    streets="Kale Nagusia, Zumalakarregi kalea, San Frantzisko kalea, Urbieta kalea, Askatasunaren etorbidea, Foru kalea, Easo kalea",
    towns="Donostia=200##; Bilbo=480##; Gasteiz=010##; Iruñea=310##; Getxo=489##; Zarautz=20800; Tolosa=20400",
    addr=("{st} {hn}, {apt}, {pc} {town}", "{st} {hn}, {pc} {town}"),
    apt=("%. esk.", "%. ezk.", "%. A", "behea"),
    phone=_ES_PHONE,
    dob=("<YYYY>/<MM>/<DD>", "<YYYY>-<MM>-<DD>", "<DD>/<MM>/<YYYY>"),
    mail="gmail.com, euskaltel.net, hotmail.com",
    iban="ES",
    dl=("########@",),
    pp=("@@@######",),
    tld="eus",
)
_loc(
    "gl_ES",
    langs=("gl", "es"),
    w=1,
    double=0.85,
    gm="Xoán, Brais, Iago, Uxío, Anxo, Martiño, Roi, Breixo, Manuel, Xosé, Antón, Fidel",
    gf="Uxía, Antía, Iria, Sabela, Noa, Xiana, Aldara, Carme, Olalla, Lúa, Tareixa, Rosalía",
    fam="Fernández, Otero, Castro, Vázquez, Rey, Pazos, Varela, Carballo, Seoane, Lema, Soutelo, Barreiro, Piñeiro, Lorenzo, Outeiral, Bouzas, Area",
    streets="rúa do Vilar, rúa Nova, avenida de Compostela, rúa Real, praza do Toural, rúa da Raíña, rúa de San Pedro, avenida de Vigo",
    towns="Santiago de Compostela=157##; A Coruña=150##; Vigo=362##; Lugo=270##; Ourense=320##; Pontevedra=36001; Ferrol=15401",
    addr=("{st}, {hn}, {apt}, {pc} {town}", "{st} {hn}, {pc} {town}"),
    apt=("%º @", "%º esq.", "baixo"),
    phone=_ES_PHONE,
    dob=("<DD>/<MM>/<YYYY>", "<D> de <MONTH> de <YYYY>"),
    long="<D> de <MONTH> de <YYYY>",
    mail="gmail.com, mundo-r.com, hotmail.com",
    iban="ES",
    dl=("########@",),
    pp=("@@@######",),
    tld="gal",
)
_loc(
    "cy_GB",
    langs=("cy", "en"),
    w=1,
    gm="Rhys, Dafydd, Gareth, Iwan, Aled, Gethin, Emyr, Huw, Owain, Llŷr, Ioan, Cai, Steffan, Macsen",
    gf="Cerys, Nia, Ffion, Catrin, Angharad, Seren, Gwenllian, Mali, Elin, Lowri, Sioned, Megan, Heledd, Alaw",
    fam="Jones, Williams, Davies, Evans, Thomas, Roberts, Lewis, Hughes, Morgan, Griffiths, Owen, Pritchard, Lloyd, Parry, ap Gwyn, Llywelyn, Rees, Price, Bowen, Jenkins, Vaughan",
    streets="Heol y Frenhines, Stryd Fawr, Ffordd y Capel, Heol yr Eglwys, Lôn Las, Maes y Dre, Stryd y Bont",
    towns="Caerdydd=CF%# %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Abertawe=SA% %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Caernarfon=LL55 %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Aberystwyth=SY23 %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Bangor=LL57 %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]; Caerfyrddin=SA31 %[ABD-HJLNP-UW-Z][ABD-HJLNP-UW-Z]",
    addr=("{hn} {st}, {town} {pc}", "{hn} {st}\n{town}\n{pc}"),
    phone=("07%## ######", "+44 7%## ######", "01%## ######", "+44 29 #### ####"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, btinternet.com, hotmail.co.uk",
    iban="GB",
    dl=(_UK_DL,),
    pp=("#########",),
    tld="cymru",
)
_loc(
    "ga_IE",
    langs=("ga", "en"),
    w=1,
    gm="Seán, Pádraig, Ciarán, Tadhg, Oisín, Cathal, Donncha, Colm, Diarmuid, Eoghan, Fearghal, Ruairí",
    gf="Aoife, Síle, Máire, Caoimhe, Bríd, Neasa, Orlaith, Saoirse, Éabha, Gráinne, Clíodhna, Sadhbh",
    fam="Ó Súilleabháin/Ní Shúilleabháin, Mac Cárthaigh/Nic Cárthaigh, Ó Ceallaigh/Ní Cheallaigh, Ó Briain/Ní Bhriain, Ó Murchú/Ní Mhurchú, Mac Giolla Phádraig/Nic Giolla Phádraig, Ó Conchúir/Ní Chonchúir, Breathnach/Bhreathnach, de Búrca, Ó Dónaill/Ní Dhónaill, Mac Aodha/Nic Aodha, Ó Flatharta/Ní Fhlatharta",
    streets="Bóthar na Trá, Sráid an Mhuilinn, Bóthar an Chaisleáin, Ard na Gréine, Sráid na hEaglaise, Bóthar na Scoile",
    towns=f"An Spidéal, Co. na Gaillimhe=H91 {_E4}; Gaoth Dobhair, Co. Dhún na nGall=F92 {_E4}; Baile an Fheirtéaraigh, Co. Chiarraí=V92 {_E4}; Baile Átha Cliath 8=D08 {_E4}",
    addr=("{hn} {st}, {town}, {pc}", "{hn} {st}\n{town}\n{pc}"),
    phone=("08[3-9] ### ####", "+353 8[3-9] ### ####", "091 ######"),
    dob=("<D> <MONTH> <YYYY>", "<DD>/<MM>/<YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, eircom.net",
    iban="IE",
    pp=("@@#######",),
    dl=("#########",),
    tld="ie",
)
_loc(
    "mt_MT",
    langs=("mt", "en"),
    w=1,
    gm="Ġużeppi, Mario, Kurt, Matthew, Luke, Jean Paul, Karl, Nikolai, Ryan, Clayton, Keith, Ġorġ",
    gf="Marija, Maria, Roberta, Rachel, Francesca, Kristina, Nicole, Stephanie, Graziella, Charlene, Antonella, Doreen",
    fam="Borg, Camilleri, Vella, Farrugia, Zammit, Galea, Micallef, Grech, Attard, Spiteri, Azzopardi, Mifsud, Cassar, Agius, Caruana, Debono, Pace, Sciberras, Xuereb, Calleja",
    streets="Triq il-Kbira, Triq San Ġorġ, Triq ir-Repubblika, Triq il-Wied, Triq tal-Balal, Triq Santa Luċija, Triq il-Mitħna",
    towns="Birkirkara=BKR %###; Sliema=SLM %###; Żabbar=ZBR %###; Rabat=RBT %###; Naxxar=NXR %###; Qormi=QRM %###; Victoria, Għawdex=VCT %###",
    addr=("{hn}, {st}, {town} {pc}", "Flat {apt}, {dist}, {st}, {town} {pc}"),
    dist="Dar il-Ward, Sunset Court, Villa Marija, Blue Harbour Flats",
    apt=("%", "%#"),
    phone=("79## ####", "99## ####", "+356 79## ####", "+356 99######", "21## ####"),
    dob=("<DD>/<MM>/<YYYY>", "<D> ta' <MONTH> <YYYY>"),
    long="<D> ta' <MONTH> <YYYY>",
    mail="gmail.com, maltanet.net, go.net.mt",
    iban="MT",
    dl=("#######@",),
    pp=("#######",),
    tld="org.mt",
)
_loc(
    "lb_LU",
    langs=("lb", "fr", "de"),
    w=1,
    gm="Luc, Marc, Jeff, Tom, Yves, Gilles, Pol, Ben, Laurent, Sven, Jempi, Claude",
    gf="Anne, Claudine, Carole, Sandy, Tessy, Nadine, Mandy, Joëlle, Lynn, Michèle, Sophie, Fabienne",
    fam="Schmit, Muller, Weber, Wagner, Hoffmann, Thill, Kieffer, Schroeder, Hansen, Reuter, Majerus, Wagener, Kremer, Feller, Bausch, Faber, Da Silva, Ferreira",
    streets="rue de la Gare, Grand-Rue, route d'Arlon, avenue de la Liberté, rue de Luxembourg, rue Principale, Haaptstrooss, Kierchestrooss",
    towns="Luxembourg=L-1%##; Esch-sur-Alzette=L-4%##; Differdange=L-45##; Dudelange=L-34##; Ettelbruck=L-90##; Diekirch=L-92##",
    addr=("{hn}, {st}, {pc} {town}", "{hn} {st}\n{pc} {town}"),
    phone=("+352 621 ### ###", "691 ### ###", "+352 661 ### ###", "+352 ## ## ##", "26 ## ## ##"),
    dob=("<DD>.<MM>.<YYYY>", "<D>. <MONTH> <YYYY>"),
    long="<D>. <MONTH> <YYYY>",
    mail="pt.lu, gmail.com, internet.lu",
    iban="LU",
    dl=("######",),
    pp=("@@######",),
    tld="lu",
)
_loc(
    "mi_NZ",
    langs=("mi", "en"),
    w=1,
    gm="Wiremu, Tamati, Rawiri, Hemi, Nikau, Tāne, Ihaia, Mikaere, Manaia, Rangi, Hone, Tipene",
    gf="Aroha, Mere, Ngaio, Kahurangi, Hinemoa, Anahera, Moana, Ātaahua, Huia, Kiri, Mereana, Tui",
    fam="Ngata, Parata, Te Aho, Henare, Waaka, Tawhiri, Kingi, Poutama, Takerei, Haami, Paewai, Heke, Pomare, Te Whata",
    streets="Rata Street, Tui Crescent, Kowhai Road, Pā Road, Rangiuru Road, Te Ngae Road, Kahikatea Drive",
    towns="Rotorua=30##; Gisborne=40##; Whakatāne=3120; Kaitaia=0410; Taupō=3330; Ōpōtiki=3122; Hastings=41##",
    addr=("{hn} {st}, {town} {pc}",),
    phone=("021 ### ####", "027 ### ####", "+64 21 ### ####", "(07) ### ####"),
    dob=("<DD>/<MM>/<YYYY>", "<D> <MONTH> <YYYY>"),
    long="<D> <MONTH> <YYYY>",
    mail="gmail.com, xtra.co.nz",
    dl=("@@######",),
    pp=("@@######",),
    tld="org.nz",
)

# --------------------------------------------------------------------------- templates

TEMPLATES: list[dict] = []


def t(tid: str, lang: str, text: str, **kw) -> None:
    """Register a template; ``nm=True`` marks a near-miss-only template (no labels)."""
    TEMPLATES.append({"id": tid, "lang": lang, "text": text, **kw})


# ---- language-neutral structured data (exports, configs, code)

t(
    "x_csv_roster",
    "*",
    """player_id,first_name,last_name,date_of_birth,guardian_email,guardian_phone,shirt
{{#6-14}}{{pat:P-#####}},{{r.g}},{{r.f}},{{r.dob:iso}},{{rp.email}},{{rp.phone}},{{n:1-30}}
{{/}}""",
    row_age="kid",
)

t(
    "x_tsv_dues",
    "*",
    """member\tiban\tamount\tmandate_ref\tstatus
{{#5-12}}{{r}}\t{{r.iban}}\t{{pick:48.00|60.00|96.00|120.00|35.50|180.00}}\t{{pat:MNDT-######}}\t{{pick:paid|paid|open|returned|paid}}
{{/}}""",
)

t(
    "x_md_squad",
    "*",
    """| # | Shirt | Player | Pos | DOB | Licence |
|---|-------|--------|-----|-----|---------|
{{#8-16}}| {{n:1-99}} | {{r.shirt}} | {{r}} | {{pick:GK|DF|MF|FW|DF|MF}} | {{r.dob}} | {{pat:########}} |
{{/}}""",
    row_age="kid",
)

t(
    "x_json_fitness_export",
    "*",
    """{"export_version": "{{pick:2.3.1|2.4.0|3.0.2}}", "generated_at": "{{ts}}", "user": {"id": "{{uuid}}", "display_name": "{{p1}}", "email": "{{p1.email}}", "birthdate": "{{p1.dob:iso}}", "resting_hr": {{n:44-68}}, "devices": [{"model": "{{pick:HR Strap Pro|Forerunner 265|Polar H10|TICKR X|Pace 3}}", "mac": "{{mac}}", "firmware": "{{pick:4.2.1|12.08|2.0.17}}"}]}, "activities": [{{#2-4}}{"id": "{{pat:##########}}", "type": "{{pick:run|ride|swim|walk|hike}}", "start": "{{ts}}", "distance_m": {{n:1200-42195}}, "avg_hr": {{n:118-171}}, "max_hr": {{n:160-196}}}, {{/}}{"id": "{{pat:##########}}", "type": "strength", "start": "{{ts}}", "duration_s": {{n:900-3600}}}]}""",
    json=True,
)

t(
    "x_json_wearable_sync",
    "*",
    """{
  "event": "sync.completed",
  "account": {"login": "{{p1.login}}", "email": "{{p1.email}}"},
  "device": {"serial": "{{pat:^^^^^^^^^^}}", "ble_address": "{{mac}}", "fw": "{{pick:3.11.2|3.12.0|4.0.1}}"},
  "client": {"ip": "{{ip}}", "app": "{{pick:android|ios}}/{{pick:5.18.0|5.19.2|6.0.0}}"},
  "summary": {"steps": {{n:2000-25000}}, "sleep_min": {{n:300-540}}, "avg_hr": {{n:55-90}}, "vo2max": {{n:35-61}}}
}""",
    json=True,
)

t(
    "x_yaml_courtbot",
    "*",
    """# courtbot.yaml  --  do NOT commit this file
club: "{{club}}"
timezone: Europe/Berlin
admin:
  name: {{p1}}
  email: {{p1.email}}
  phone: "{{p1.phone:intl}}"
smtp:
  host: smtp.{{pick:gmail.com|office365.com|mailgun.org}}
  port: 587
  user: {{p2.email}}
  password: "{{pw}}"
payments:
  provider: stripe
  secret_key: {{apikey}}
booking:
  courts: {{n:2-8}}
  slot_minutes: {{pick:45|60|90}}
  door_code: "{{code}}"
""",
)

t(
    "x_dotenv",
    "*",
    """# .env.production (results scraper + member portal)
APP_ENV=production
DATABASE_URL=postgres://clubapp:{{pw}}@{{ipp}}:5432/members
REDIS_URL=redis://{{ipp}}:6379/0
STRAVA_CLIENT_ID={{n:10000-99999}}
STRAVA_CLIENT_SECRET={{token}}
OPENAI_API_KEY={{apikey}}
ADMIN_EMAIL={{p1.email}}
SMS_FALLBACK_NUMBER={{p1.phone:intl}}
SENTRY_RELEASE={{pick:1.4.2|1.5.0|2.0.0-rc1}}
""",
)

t(
    "x_py_reminders",
    "*",
    """# send_reminders.py - quick hack for the renewals, run once a month
import smtplib
from email.message import EmailMessage

MEMBERS = [
{{#3-6}}    ("{{r}}", "{{r.email}}", "{{r.phone}}"),
{{/}}]

SMTP_USER = "{{p1.email}}"
SMTP_PASS = "{{pw}}"  # TODO: move to env before pushing!!


def send(name, addr):
    msg = EmailMessage()
    msg["Subject"] = "Membership renewal"
    msg["To"] = addr
    msg.set_content(f"Hi {name}, your membership runs out soon.")
    with smtplib.SMTP_SSL("smtp.gmail.com") as s:
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
""",
)

t(
    "x_sql_insert",
    "*",
    """-- import from the paper forms, season {{year}}
INSERT INTO members (first_name, last_name, birth_date, email, phone, street_address) VALUES
{{#2-5}}  ('{{r.g}}', '{{r.f}}', '{{r.dob:iso}}', '{{r.email}}', '{{r.phone}}', '{{r.addr1}}'),
{{/}}  ('{{p1.g}}', '{{p1.f}}', '{{p1.dob:iso}}', '{{p1.email}}', '{{p1.phone}}', '{{p1.addr1}}');
""",
)

t(
    "x_results_fixed",
    "*",
    """RESULTS  {{pick:5 km|10 km|Half Marathon|Trail 23 km}}  {{date:iso}}
Pos  Bib   Name                          Club                          Time
{{#5-11}}{{i}}    {{pat:%###}}  {{r.up}}      {{club}}      {{pat:%#:[0-5]#}}
{{/}}
Timing: {{pick:RaceResult|ChronoTrack|MyLaps}} v{{pick:12.4|11.9|13.0}}  --  {{n:120-2400}} finishers""",
)

t(
    "x_vcard",
    "*",
    """BEGIN:VCARD
VERSION:3.0
N:{{p1.f}};{{p1.g}};;;
FN:{{p1}}
ORG:{{club}}
TITLE:{{pick:Head Coach|Team Manager|Club Secretary|Physio|Treasurer|Welfare Officer}}
TEL;TYPE=CELL:{{p1.phone:intl}}
EMAIL;TYPE=INTERNET:{{p1.email}}
ADR;TYPE=HOME:;;{{p1.addr1}};;;;
BDAY:{{p1.dob:iso}}
END:VCARD""",
)

t(
    "x_ical",
    "*",
    """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//{{pick:Spond|TeamSnap|ClubHub}}//EN
BEGIN:VEVENT
UID:{{uuid}}
DTSTART:2025{{pat:0%}}{{pat:1#}}T{{pat:1#}}0000Z
SUMMARY:{{pick:Away game|Training camp|Tournament|Regatta}} - {{club}}
ORGANIZER;CN={{p1}}:mailto:{{p1.email}}
ATTENDEE;CN={{p2}};ROLE=REQ-PARTICIPANT:mailto:{{p2.email}}
ATTENDEE;CN={{p3}};ROLE=OPT-PARTICIPANT:mailto:{{p3.email}}
LOCATION:{{venue}}
DESCRIPTION:Lift from {{p2.g}} ({{p2.phone}})\\nBring ID
END:VEVENT
END:VCALENDAR""",
)

t(
    "x_access_log",
    "*",
    """{{ip}} - - [{{n:10-28}}/Mar/2025:18:{{n:10-59}}:{{n:10-59}} +0000] "GET /api/v2/members/{{p1.login}}/profile HTTP/1.1" 200 {{n:300-4000}} "-" "ClubApp/{{pick:3.4.1|3.5.0}} (iPhone; iOS 17.4)"
{{ip6}} - - [{{n:10-28}}/Mar/2025:18:{{n:10-59}}:{{n:10-59}} +0000] "POST /api/v2/bookings HTTP/1.1" 201 {{n:90-400}} "-" "okhttp/4.12.0"
{{ip}} - {{p2.login}} [{{n:10-28}}/Mar/2025:19:{{n:10-59}}:{{n:10-59}} +0000] "GET /admin/export.csv?season={{year}} HTTP/1.1" 200 {{n:9000-90000}} "-" "Mozilla/5.0"
""",
)

t(
    "x_webhook_payment",
    "*",
    """{"id": "evt_{{pat:??????????????????????}}", "type": "invoice.payment_failed", "created": {{n:1700000000-1760000000}}, "data": {"object": {"customer_email": "{{p1.email}}", "customer_name": "{{p1}}", "customer_address": {"line1": "{{p1.addr1}}"}, "payment_method_details": {"card": {"brand": "{{pick:visa|mastercard}}", "last4": "{{pat:####}}", "exp_month": {{n:1-12}}, "exp_year": {{n:2026-2030}}}}, "description": "Annual membership", "amount_due": {{n:2500-19900}}, "attempt_count": {{n:1-4}}}}}""",
    json=True,
)

t(
    "x_tsv_emergency",
    "*",
    """athlete\tdob\temergency contact\trelation\tphone\tnotes
{{#4-9}}{{r}}\t{{r.dob}}\t{{rp}}\t{{pick:mother|father|guardian|grandmother|aunt}}\t{{rp.phone}}\t{{pick:-|asthma|epipen|glasses|-|coeliac}}
{{/}}""",
    row_age="kid",
)

t(
    "x_xml_registration",
    "*",
    """<?xml version="1.0" encoding="UTF-8"?>
<registration event="{{pick:Open Water 3K|Masters Championships|Junior Cup}}" id="{{pat:REG-######}}">
  <athlete>
    <givenName>{{p1.g}}</givenName>
    <familyName>{{p1.f}}</familyName>
    <birthDate>{{p1.dob:iso}}</birthDate>
    <email>{{p1.email}}</email>
    <phone>{{p1.phone:intl}}</phone>
    <address>{{p1.addr1}}</address>
    <club>{{club}}</club>
    <licence>{{pat:######}}</licence>
  </athlete>
  <emergencyContact name="{{p2}}" phone="{{p2.phone}}"/>
</registration>""",
)

t(
    "x_ble_log",
    "*",
    """[{{ts}}] I/BleScanner: found "{{pick:Polar H10|HRM-Pro|TICKR|Stryd|Kickr Core}} {{pat:^^^^^}}" addr={{mac}} rssi=-{{n:40-90}}
[{{ts}}] I/BleScanner: found "{{pick:Galaxy Buds|JBL Flip|unknown}}" addr={{mac}} rssi=-{{n:70-99}}
[{{ts}}] I/Pairing: bonding with {{mac}} ... ok
[{{ts}}] I/Sync: user={{p1.login}} uploading {{n:1-9}} activities from {{ipp}}
[{{ts}}] W/Sync: retry 1/3 (HTTP 502) for {{p1.email}}
""",
)

t(
    "x_fide_list",
    "*",
    """{{pick:Club|Federation|Regional}} rating list, {{pick:January|April|July|October}} {{year}}
ID        Name                               Fed  Tit  Rtg   Gms  B-Year  Flag
{{#6-12}}{{pat:%#######}}  {{r.fg}}                  {{pick:GER|ENG|FRA|ESP|NED|POL|IND|BRA|TUR|JPN}}  {{pick:|CM|FM|WFM|}}  {{n:1100-2350}}  {{n:0-9}}     {{r.dob:year}}    {{pick:|i|w|wi}}
{{/}}""",
)

t(
    "x_csv_esports",
    "*",
    """team,ign,real_name,discord,birth_date,country,steam_id
{{#5-7}}{{pick:Main|Academy|Main|Academy}},{{r.login}},{{r}},{{r.h}},{{r.dob:iso}},{{pick:DE|FR|PL|BR|KR|SE|ES}},7656119{{pat:##########}}
{{/}}""",
)

t(
    "x_json_strava_athlete",
    "*",
    """{"id": {{n:1000000-99999999}}, "username": "{{p1.login}}", "resource_state": 3, "firstname": "{{p1.g}}", "lastname": "{{p1.f}}", "city": "{{town}}", "sex": "{{pick:M|F}}", "premium": {{pick:true|false}}, "created_at": "{{ts}}", "follower_count": {{n:3-900}}, "clubs": [{"id": {{n:10000-999999}}, "name": "{{club}}"}], "shoes": [{"name": "{{pick:Pegasus 40|Clifton 9|Novablast 4|Endorphin Speed}}", "distance": {{n:20000-900000}}}]}""",
    json=True,
)

t(
    "x_md_attendance",
    "*",
    """### Attendance – {{pick:U10|U12|U14|Masters|Squad A}} – week {{n:1-40}}

| Player | Mon | Wed | Sat | Parent contact |
|---|:-:|:-:|:-:|---|
{{#5-10}}| {{r}} | {{pick:✔|✔|✘|–}} | {{pick:✔|✔|✘}} | {{pick:✔|✘|✔}} | {{rp.phone}} |
{{/}}""",
    row_age="kid",
)

t(
    "x_csv_garmin",
    "*",
    """# activities export for {{p1.email}}
Activity Type,Date,Title,Distance,Calories,Time,Avg HR,Max HR
{{#4-8}}{{pick:Running|Cycling|Pool Swim|Trail Running|Strength}},{{date:iso}} {{time}}:00,{{pick:Morning Run|Lunch Ride|Intervals|Long run|Recovery}},{{n:2-42}}.{{n:0-99}},{{n:120-1900}},00:{{n:20-59}}:{{n:10-59}},{{n:110-170}},{{n:150-199}}
{{/}}""",
)

t(
    "x_json_booking_api",
    "*",
    """{"booking": {"ref": "{{pat:BK-@@####}}", "court": "{{pick:Court 1|Court 2|Padel A|Squash 3}}", "start": "{{ts}}", "duration_min": {{pick:60|90}}, "booked_by": {"name": "{{p1}}", "email": "{{p1.email}}", "phone": "{{p1.phone}}"}, "guests": [{"name": "{{p2}}"}, {"name": "{{p3}}"}], "access": {"door_pin": "{{pin}}", "valid_until": "{{ts}}"}, "payment": {"status": "captured", "card": "{{masked}}"}}}""",
    json=True,
)

t(
    "x_kv_config",
    "*",
    """[timing]
reader_ip = {{ipp}}
reader_mac = {{mac}}
upload_url = https://results.example-timing.net/api/upload
api_token = {{token}}

[notify]
race_director = {{p1.email}}
sms_to = {{p1.phone:intl}}
""",
)

# ---- English

t(
    "en_membership_form",
    "en",
    """{{club}} — Membership Application {{year}}/{{pick:24|25|26}}

Full name: {{p1}}
Date of birth: {{p1.dob}}
Home address: {{p1.addr}}
Mobile: {{p1.phone}}
Email: {{p1.email}}
Membership type: {{pick:Senior|Student|Family|Social|Masters 40+}}
{{?}}Family members to include: {{c1.g}} (DOB {{c1.dob}}){{?}}, {{c1b.g}} (DOB {{c1b.dob}}){{/?}}
{{/?}}Emergency contact: {{p2}} ({{pick:spouse|partner|mother|father|sister|friend}}) – {{p2.phone}}
Medical conditions we should know about: {{pick:none|asthma (inhaler in kit bag)|mild nut allergy|type 1 diabetes|none known}}
Photo consent: {{pick:Yes|No}}
Signed: {{p1.i}}    Date: {{date}}
""",
)

t(
    "en_renewal_email",
    "en",
    """Subject: Your {{club}} membership is due for renewal

Hi {{p1.g}},

Just a reminder that your membership ({{pat:MEM-#####}}) expires on {{date}}. You can renew online or simply reply to this email and we'll send you a payment link. If any of your details have changed please let us know — we currently have:

  {{p1.addr}}
  {{p1.phone}}

Thanks for being part of the club!

{{p2}}
Membership Secretary
{{p2.email}}
""",
)

t(
    "en_gym_cancel_dd",
    "en",
    """{{p1}}
{{p1.addr}}
{{p1.email}}

{{date:long}}

Dear Sir or Madam,

Re: Cancellation of membership no. {{pat:########}}

I am writing to give notice that I wish to cancel my membership with effect from the end of my current billing period. I have completed the minimum {{pick:12|6}}-month term. Please stop all further direct debits from account {{p1.iban}} and confirm the cancellation in writing to the address above.

If you need to contact me, my mobile is {{p1.phone}}.

Yours faithfully,
{{p1}}
""",
)

t(
    "en_gym_cancel_card",
    "en",
    """hi, I want to cancel my membership at your {{pick:downtown|Eastgate|airport}} location. member name {{p1}}, DOB {{p1.dob}}. you charged my card {{p1.card}} again on {{date}} even though I called on {{date}} and the guy at the desk ({{s1.g}}) said it was done. please refund and confirm by email {{p1.email}}. thanks""",
)

t(
    "en_whatsapp_youth",
    "en",
    """[{{date1:dmy}}, 18:02:11] {{p1}}: Hi all, kit is washed by whoever had it this week 🙃 {{c1.g}} has it at ours
[{{date1:dmy}}, 18:05:40] {{p2}}: Thanks! Can {{c2.g}} get a lift Saturday? I'm on shift til 2
[{{date1:dmy}}, 18:07:02] {{phone:intl}}: I can take 2, leaving the leisure centre at 8:15
[{{date1:dmy}}, 18:07:30] {{p1}}: ❤️
[{{date1:dmy}}, 18:11:12] {{p3.g}} ({{c3.g}}'s mum): sorry who is this? 😅
[{{date1:dmy}}, 18:12:45] {{phone:intl}}: oh sorry!! {{p4.g}}, {{c4.g}}'s dad, new phone
[{{date1:dmy}}, 19:30:00] Coach {{s1.g}}: Squad for Sat is on the app. {{k1}} back from injury 💪 Meet 8:45 at {{venue}}, KO 10:00. Parents running the line: {{p2.g}} + {{p3.g}}
""",
    sex="p3:f p4:m",
)

t(
    "en_coach_lowercase",
    "en",
    """{{k1.lc}} and {{k2.lc}} - great effort today!! 💪 {{k3.lc}} pls remember shin pads next time lol. trainig moved to thurs this week, same time, dont be late""",
)

t(
    "en_training_plan",
    "en",
    """Week {{n:1-12}} – {{pick:10K|half marathon|5K PB|marathon}} plan for {{p1.g}}

Mon  rest / mobility 20'
Tue  6 x 800m @ 5K pace, 90" jog
Wed  easy {{n:5-9}} km, HR < {{n:140-150}}
Thu  tempo 3 x 10' @ threshold
Fri  rest
Sat  parkrun (easy if legs heavy)
Sun  long run {{n:14-28}} km

Coach notes ({{s1}}): {{p1.g}}'s resting HR is up ({{n:58-66}} vs {{n:46-54}} baseline) since the trip. If it's still high Thursday, swap the tempo for easy miles. Text me on {{s1.phone}} if anything hurts.
""",
)

t(
    "en_pt_notes",
    "en",
    """CLIENT: {{p1.up}}    DOB: {{p1.dob}}    Tel: {{p1.phone}}
Goal: {{pick:lose 6kg before wedding|first pull-up|return to running after ACL|deadlift bodyweight|general fitness}}
Injury hx: {{pick:L knee meniscus (2021)|lower back flare-ups|R shoulder impingement|none}}
GP: Dr {{s1.f}} ({{pick:Park Lane|Riverside|Hillcrest}} Surgery)

Session {{n:3-24}} — {{date}}
- warm-up: row 5', band pull-aparts
- goblet squat 3x10 @ {{n:12-28}}kg, RDL 3x8 @ {{n:30-80}}kg
- sled push x6
Notes: {{p1.g}} tired, slept 5h. Reduced volume. Next: {{date}} {{time}}.
PAR-Q signed {{date}}. Payment by card on file ({{masked}}).
""",
)

t(
    "en_swim_waitlist",
    "en",
    """Hi {{p1.g}},

Thanks for your enquiry. {{c1.g}} ({{c1.dob}}) is now on our waiting list for {{pick:Stage 3|Stage 4|Stage 5|pre-squad}} on {{pick:Tuesdays|Thursdays|Saturday mornings}}. There are currently {{n:4-30}} children ahead of {{c1.g}}, so it may take a term or two.

Please keep your contact details up to date — we have {{p1.phone}} and {{p1.email}}. If {{c1.g}} has any medical needs, reply to this email.

Best wishes,
{{s1}}
Swim School Coordinator
""",
    sex="c1:f",
)

t(
    "en_scout_consent",
    "en",
    """{{pick:1st|2nd|3rd|5th|12th}} {{town}} Scout Group — Summer Camp Consent Form
Camp dates: {{date}} – {{date}}

Young person: {{c1}}          Date of birth: {{c1.dob}}
Section: {{pick:Beavers|Cubs|Scouts|Explorers}}
Home address: {{c1.addr}}

Parent/carer: {{p1}}
Mobile: {{p1.phone}}     Alternative contact: {{p2}} – {{p2.phone}}
GP surgery: {{pick:Riverside Medical Practice|Church Street Surgery|The Health Centre}}
Medication / allergies: {{pick:hay fever tablets|penicillin allergy|none|inhaler|wears glasses}}
Dietary needs: {{pick:vegetarian|none|halal|no pork|dairy free}}
Can swim 50m: {{pick:Yes|No}}

I give consent for my child to attend and for leaders to seek medical treatment if needed.
Signed: {{p1}}   Date: {{date}}
""",
)

t(
    "en_hike_signup",
    "en",
    """**{{club}} – {{pick:Snowdon Horseshoe|Lake District 3 peaks|Cairngorms winter skills|Peak District 30k}} weekend ({{date}})**

Please add yourself below (and emergency contact!!). Leader: {{s1}} {{s1.phone}}

| # | Name | Mobile | Emergency contact | ICE phone | Car? |
|---|------|--------|-------------------|-----------|------|
{{#4-8}}| {{i}} | {{r}} | {{r.phone}} | {{rp}} | {{rp.phone}} | {{pick:yes (3 seats)|no|yes (1 seat)|no}} |
{{/}}
Deposit {{cur}}{{n:20-60}} to the club account by Friday pls.
""",
)

t(
    "en_sailing_crew",
    "en",
    """CREW LIST — {{pick:Round the Island Race|Fastnet feeder|Cowes Week|Round Texel}} — Yacht "{{pick:Blue Heron|Saltwater Gypsy|Kestrel II|Second Wind}}" (sail no. {{pat:GBR ####@}})

Skipper: {{p1}}   DOB {{p1.dob}}   Passport {{p1.pass}}   Mob {{p1.phone}}
{{#3-6}}Crew {{i}}: {{r}}   DOB {{r.dob}}   Passport {{r.pass}}   Nationality {{pick:British|Irish|Dutch|French|Polish|Spanish}}
{{/}}
Next of kin for skipper: {{p2}} ({{p2.phone}})
Liferaft serviced {{date}}; EPIRB {{pat:^^^^^^^^^^^^^^^}}.
""",
)

t(
    "en_dive_trip",
    "en",
    """Hi {{p1.g}}, for the Red Sea liveaboard booking I need the following by Friday:

1. Full name as in passport: {{p1.fg}}
2. Passport number: {{p1.pass}}, expiry {{date}}
3. Date of birth: {{p1.dob}}
4. Cert level + number: {{pick:PADI AOW|SSI AOWD|CMAS 2*|BSAC Sports Diver}} {{pat:##########}}
5. Emergency contact: {{p2}}, {{p2.phone}}
6. Insurance: {{pick:DAN|BSAC|PADI}} policy {{pat:@@########}}

Balance of {{cur}}{{n:400-1400}} due {{date}}. Cheers, {{s1.g}}
""",
)

t(
    "en_referee_report",
    "en",
    """MATCH REPORT — {{club}} v {{club}} ({{pick:U16|U18|Senior|Veterans}} League, {{date}})
Referee: {{s1}}    ARs: {{s2}} / club linesman

Cautions:
  {{n:20-89}}' {{k1}} (home #{{n:2-23}}) — unsporting behaviour (shirt pull)
  {{n:20-89}}' {{k2}} (away #{{n:2-23}}) — dissent
Send-offs:
  {{n:60-90}}' {{k3}} (away #{{n:2-23}}) — serious foul play. Player left the field and then verbally abused me from the technical area. Away manager {{p1}} apologised after the game.

Spectator incident: a parent identifying himself as {{p2}} entered the field of play at {{n:70-89}}'. Club welfare officer informed.
Final score {{n:0-5}}–{{n:0-5}}.
Signed {{s1.i}}  Referee no. {{pat:#######}}
""",
    sex="s1:m",
)

t(
    "en_disciplinary",
    "en",
    """PRIVATE & CONFIDENTIAL

{{p1}}
{{p1.addr}}

{{date:long}}

Dear {{p1.mr}} {{p1.f}},

Disciplinary hearing – case {{pat:DC/####/##}}

Following the report by match official {{s1}} regarding the fixture on {{date}}, you are invited to a hearing of the Discipline Committee on {{date}} at {{time}} at the clubhouse. You may bring a representative. Witness statements from {{s2}} and {{s3}} are enclosed.

Please confirm attendance to {{p2.email}} or call {{p2.phone}}.

Yours sincerely,
{{p2}}
Secretary, Discipline Committee
""",
)

t(
    "en_transfer_request",
    "en",
    """To: {{p2.email}}
Subject: International transfer – {{p1}}

Dear {{p2.g}},

We would like to register {{p1}} (born {{p1.dob}}, passport {{p1.pass}}) for the coming season. The player was previously registered with a club abroad and we've requested the ITC. Player's current address: {{p1.addr1}}. Contact number {{p1.phone}}.

Could you tell us whether we need the birth certificate as well, as the player is under 18?

Kind regards
{{p3}}, Registration Secretary
""",
)

t(
    "en_tue_form",
    "en",
    """THERAPEUTIC USE EXEMPTION – APPLICATION (section 1, athlete)
Surname: {{p1.f}}          Given name(s): {{p1.g}}
Date of birth: {{p1.dob}}      Sex: {{pick:M|F}}
Address: {{p1.addr1}}
Email: {{p1.email}}    Tel: {{p1.phone}}
Sport/discipline: {{pick:Athletics – 800m|Cycling – track|Swimming – 200m IM|Rowing|Triathlon}}
Level: {{pick:National|International|Regional}}
Medical practitioner: Dr {{s1}}, {{s1.phone}}
Substance: {{pick:salbutamol (above threshold)|methylphenidate|insulin|prednisolone}}
""",
)

t(
    "en_injury_claim",
    "en",
    """SPORTS INJURY CLAIM FORM — Policy {{pat:SPX-#######}}

Claimant: {{p1}}        DOB: {{p1.dob}}
Address: {{p1.addr}}
Club: {{club}}     Membership no: {{pat:######}}
Date & time of injury: {{date}}, approx {{time}}
What happened: {{pick:Collided with goalkeeper, fractured left wrist|Rolled ankle on the track, ligament tear|Fell from bouldering wall, dislocated shoulder|Tackled late, knee injury (MCL)}}
Witness: {{p2}} ({{p2.phone}})
Treating hospital: {{pick:St James's|Royal Infirmary|General Hospital}}
Bank details for settlement: {{p1.iban}}
""",
)

t(
    "en_volunteer_rota",
    "en",
    """VOLUNTEER ROTA – home games {{pick:March|April|September|October}}
Sat {{date}}:  Tea hut – {{p1}} / {{p2}};  Car park – {{p3}};  First aid – {{p4}} ({{p4.phone}})
Sat {{date}}:  Tea hut – {{p5}};  Linesman – {{p3.g}};  Gate – {{p6}}
Sun {{date}}:  Junior tournament set-up 8am – everyone pls!!
Swaps: message {{p1.g}} on {{p1.phone}}. Thanks all x
""",
)

t(
    "en_kit_order",
    "en",
    """KIT ORDER — {{club}} {{year}}
Deadline {{date}} – pay on collection or by card below

{{#4-9}}{{r}} | shirt name: {{r.shirt}} | no. {{n:1-40}} | size {{pick:YS|YM|YL|S|M|L|XL}} | {{pick:home|away|home+away}}
{{/}}
Deliver to: {{p1}}, {{p1.addr1}}
Card for the deposit: {{p1.card}} (exp {{n:1-12}}/{{n:26-30}}) – {{p1.g}}
""",
    row_age="kid",
)

t(
    "en_treasurer_chase",
    "en",
    """Hi all,

Quick one from your friendly treasurer. The following subs are still outstanding for this season:

{{#3-7}}  - {{r}}  ({{cur}}{{n:40-180}})
{{/}}
Please pay by bank transfer to the club account {{iban}} with your name as reference, or see me at training. If there's a hardship issue just have a quiet word — nobody will be turned away.

Cheers,
{{p1.g}}
{{p1.phone}}
""",
)

t(
    "en_court_booking",
    "en",
    """Booking confirmed ✅

Hi {{p1.g}}, your court is booked.
Ref: {{pat:@@#####}}
Court: {{pick:Court 3 (indoor)|Padel 2|Squash 1|Court 6 (clay)}}
When: {{date}} {{time}}–{{time}}
Players: {{p1}}, {{p2}}
Door code for the side gate: {{code}} (valid 15 min before your slot)
Cancel free up to 24h before. Questions: {{clubmail}}
""",
)

t(
    "en_strava_post",
    "en",
    """Morning {{n:10-32}}k with {{p2.h}} and {{p3.h}} 🏃‍♀️☀️ legs were dead after Thursday's session but we held {{pat:%:[0-5]#}}/km. {{p2.g}} dragged us up the last hill lol. Avg HR {{n:138-162}}. Thanks {{p4.h}} for the coffee after!""",
)

t(
    "en_email_secretary",
    "en",
    """From: {{p1}} <{{p1.email}}>
To: {{clubmail}}
Subject: Lost medal + address change

Hi {{p2.g}},

Two things: I think I left my county champs medal in the changing room on {{date}} — blue ribbon, engraved "{{p1.i}}". If anyone hands it in could you let me know?

Also I've moved, new address is {{p1.addr1}}. Mobile still {{p1.phone}}.

Thanks!
{{p1.g}}
""",
)

t(
    "en_newsletter",
    "en",
    """🏆 CLUB NEWS – {{pick:Spring|Summer|Autumn|Winter}} edition

Congratulations to {{p1}} on a new club record in the {{pick:3000m steeplechase|400m IM|half marathon|pole vault}}, and to {{p2}} and {{p3}} for selection to the county squad!

A warm welcome to our new members: {{p4}}, {{p5}}, {{p6}} and the {{p7.f}} family.

Junior section: huge thanks to {{p8}} who is stepping down after {{n:6-20}} years as coordinator. {{p9.g}} takes over – reach her at {{p9.email}}.

Reminder: the AGM is on {{date}}. Nominations to the secretary.
""",
    sex="p9:f",
)

t(
    "en_obituary",
    "en",
    """It is with great sadness that we share the news that {{v1}}, one of our longest-serving members, passed away peacefully on {{date}}.

Born on {{v1.dob}}, {{v1.g}} joined the club in {{n:1955-1985}} and played in the first XI for two decades, later serving as groundsman, treasurer and, for many of us, the voice of reason at every AGM. {{v1.g}} is survived by daughter {{p3.g}}, son {{p4.g}} and five grandchildren.

The funeral will be held on {{date}}. The family asks for donations to the junior section instead of flowers. Condolences can be passed to {{p2}} ({{p2.email}}).
""",
    sex="v1:m",
)

t(
    "en_lost_found",
    "en",
    """LOST & FOUND 🧤 Found after Sunday's session: navy hoodie size 11-12 with name tag "{{k1}}", one pink water bottle, a car key with a {{pick:Ford|VW|Toyota}} fob. Text {{p1.phone}} or grab me at the clubhouse – {{p1.g}}""",
)

t(
    "en_carpool_minibus",
    "en",
    """Minibus for the away game on {{date}} 🚐

I've booked the 17-seater from {{pick:Hertz|Enterprise|the council}}. The hire company needs the drivers' details by Wednesday:

Driver 1: {{p1}} — DOB {{p1.dob}} — licence no. {{p1.dl}}
Driver 2: {{p2}} — DOB {{p2.dob}} — licence no. {{p2.dl}}

Pick-up: {{p3.addr1}} at 7:30, then the club at 7:45.
Parents, if your child needs picking up elsewhere message me ({{p3.g}}) on {{p3.phone}}.
""",
)

t(
    "en_marathon_confirm",
    "en",
    """Your entry is confirmed!

Event: {{pick:City Marathon|Coastal Half|Midnight 10K|Ultra Trail 50}} – {{date}}
Bib number: {{n:1-35000}}   Wave: {{pick:Blue|Green|Orange|Elite}}
Name on bib: {{p1.shirt}}

Participant: {{p1}}
Date of birth: {{p1.dob}}
Email: {{p1.email}}
Mobile: {{p1.phone}}
Emergency contact: {{p2}} — {{p2.phone}}
Predicted finish: {{pat:%:[0-5]#}}:00
Order {{pat:ORD-########}} — paid {{masked}}
""",
)

t(
    "en_tri_relay",
    "en",
    """Team entry – Sprint Tri relay ({{date}})
Team name: {{pick:Three Men and a Bike|Tri Hard|Swim Bike Mum|The Transitionals}}
Swim: {{p1}}, born {{p1.dob}}, BTF {{pat:########}}
Bike: {{p2}}, born {{p2.dob}}, day licence
Run: {{p3}}, born {{p3.dob}}, BTF {{pat:########}}
Team captain contact: {{p1.email}} / {{p1.phone}}
""",
)

t(
    "en_cricket_chat",
    "en",
    """{{p1.g}}: who's available sat? need 11 for the 2nds
{{p2.g}}: in 👍
{{p3.lc}}: cant, wedding
{{p4.g}}: in but need lift, {{p1.g}} can you grab me from {{p4.addr1}}?
{{p1.g}}: yep
{{p5.g}}: in. {{p6.g}} says he's in too, his phone's dead, his new number is {{p6.phone}}
{{p1.g}}: legend. teas by {{p7.g}}'s mum again 🙏 and Auntie {{p8.g}} is doing samosas!!
""",
    sex="p6:m p8:f",
)

t(
    "en_golf_comp",
    "en",
    """Monthly Medal – {{date}} – tee times
{{#4-8}}{{time}}  {{r.i}} ({{n:2-28}}), {{rq}} ({{n:2-28}})
{{/}}
Cards to the pro shop by 5pm. Any withdrawals to {{p1.g}} on {{p1.phone}}.""",
)

t(
    "en_dojo_grading",
    "en",
    """{{pick:Judo|Karate|Taekwondo|BJJ}} grading – {{date}}
Examiner: {{s1}}

{{#5-10}}{{r.up}}  |  DOB {{r.dob}}  |  current {{pick:white|yellow|orange|green|blue|brown}}  |  licence {{pat:@@######}}
{{/}}
Fees to {{p1.g}} on the day please.""",
    row_age="kid",
)

t(
    "en_telegram_ride",
    "en",
    """{{p1}}, [{{date1:iso}} 06:12]
Sunday ride 🚴 80km, café stop at the lake. Meet 8:00 at the roundabout. Who's in?

{{p2}}, [{{date1:iso}} 06:40]
me + {{p3.h}}

{{p4}}, [{{date1:iso}} 07:02]
in, bringing a guest ({{p5.g}}), he's not a member yet – {{p1.g}} can you add him? his number {{p5.phone}}

{{p1}}, [{{date1:iso}} 07:05]
👍 {{p5.g}} fill in the form first pls: insurance
""",
    sex="p5:m",
)

t(
    "en_climbing_waiver",
    "en",
    """ACKNOWLEDGEMENT OF RISK & REGISTRATION
Name: {{p1}}
Date of birth: {{p1.dob}}
Address: {{p1.addr}}
Email: {{p1.email}}   Phone: {{p1.phone}}
Emergency contact: {{p2}} / {{p2.phone}}
Experience: {{pick:Novice – induction required|Experienced – belay check|Bouldering only}}
I understand that climbing is an activity with a danger of personal injury or death.
Signature: {{p1}}        Date: {{date}}
Staff: {{s1.g}}
""",
)

t(
    "en_ski_trip",
    "en",
    """Hi everyone! Ski trip to {{pick:Val Thorens|Les 2 Alpes|Bansko|Zell am See}} — final list for the coach company and the hotel:

{{#4-9}}{{r.fg}} – DOB {{r.dob}} – passport {{r.pass}} – {{pick:skis|snowboard|skis}}, {{pick:own kit|hire|hire}}
{{/}}
If anything is wrong tell me TODAY please. {{p1.g}} ({{p1.phone}})""",
)

t(
    "en_rowing_crew",
    "en",
    """{{pick:Head of the River|Henley qualifiers|Masters regatta}} – crew submission
Event: {{pick:MasC 8+|W J16 4x|Mas D 2-|WNov 8+}}
Bow: {{p1.i}}  2: {{p2.i}}  3: {{p3.i}}  4: {{p4.i}}  Stroke: {{p5.i}}  Cox: {{p6.i}}
Crew contact: {{p2}} {{p2.email}}
Average age claimed: {{n:27-62}}
""",
)

t(
    "en_app_support",
    "en",
    """Ticket #{{n:10000-99999}} — "can't log in to the club app"

User: {{p1.email}} ({{p1}})
Device: {{pick:Pixel 7|iPhone 13|Galaxy S22}}, app {{pick:4.2.0|4.2.1|4.3.0}}
IP at last login: {{ip}}

Agent note: verified identity via DOB {{p1.dob}} and last 4 of card. Sent OTP {{otp}} to {{p1.phone}}. User also asked us to reset the password to "{{pw}}" (!!). Told them to change it after login. Backup codes regenerated: {{recovery}}, {{recovery}}, {{recovery}}.
""",
)

t(
    "en_sms_booking",
    "en",
    """{{club}}: Hi {{p1.g}}, your {{pick:spin class|court|swim lane|sauna slot}} on {{date}} at {{time}} is confirmed. Locker PIN {{pin}}. Reply STOP to opt out.""",
)

t(
    "en_forwarded",
    "en",
    """---------- Forwarded message ---------
From: {{p1}} <{{p1.email}}>
Date: {{date:long}}
Subject: Re: junior section safeguarding
To: {{p2}} <{{p2.email}}>

Hi {{p2.g}},

As discussed, the new coach {{s1}} has completed the DBS check (certificate {{pat:############}}). Their mobile is {{s1.phone}} for the team sheet. Please add them to the WhatsApp group.

{{p1.g}}
""",
)

t(
    "en_quoted_reply",
    "en",
    """Sounds good, I'll bring the cones and bibs.

> On {{date:long}}, {{p1}} <{{p1.email}}> wrote:
> Hi {{p2.g}}, can you cover Thursday's session? I'm away. Key for the shed is with {{p3.g}} at {{p3.addr1}}, the padlock code is {{code}}.
> Thanks, {{p1.g}}
""",
)

t(
    "en_us_background",
    "en",
    """Volunteer Coach Background Screening – {{pick:Little League|Youth Soccer|Pop Warner|Rec Basketball}} {{year}}

Legal name: {{p1.fg}}
Other names used: {{pick:none|maiden name|none}}
Date of birth: {{p1.dob}}
SSN: {{ssn}}
Driver's license #: {{p1.dl}} ({{pick:CA|TX|OH|IL|NC}})
Current address: {{p1.addr}}
Phone: {{p1.phone}}    Email: {{p1.email}}
Team(s): {{pick:10U Rockets|12U Thunder|Majors Cubs|8U Sharks}}
I authorize the league to obtain a consumer report.
Signature: {{p1}}
""",
    locs=("en_US",),
)

t(
    "en_us_w9_ref",
    "en",
    """Hey {{p1.g}}, to get paid for the tournament refs we need a W-9 from everyone. Here's what I have so far, can you double check yours?

{{p2}} – TIN {{tin}} – {{p2.addr1}}
{{p3}} – ITIN {{itin}} – {{p3.addr1}}
{{p1}} – TIN {{tin}} – {{p1.addr1}}

Checks go out {{date}}. – {{p4.g}} (league treasurer)
""",
    locs=("en_US",),
)

t(
    "en_crypto_dues",
    "en",
    """📢 {{club}} esports: season dues are ${{n:20-60}}. Pay via the link, or if you prefer crypto:
BTC: {{btc}}
ETH (ERC-20 USDC ok): {{eth}}
Send a screenshot to our treasurer {{p1.h}} (discord) or {{p1.email}} so we can tick you off. GLHF!""",
)

t(
    "en_slack_leak",
    "en",
    """{{p1.h}} here's the key for the results scraper, don't share it outside #dev pls: {{apikey}}
also the timing box is at {{ipp}} now (mac {{mac}}), login is admin / {{pw}}""",
)

t(
    "en_parkrun_volunteers",
    "en",
    """Volunteer roster for event #{{n:100-650}} ({{date}}):
Run director: {{p1}}
Timekeepers: {{p2}}, {{p3}}
Barcode scanning: {{p4}}
Marshals: {{p5}}, {{p6}}, {{p7.g}}
Tail walker: {{p8}}
Thank you all! Please arrive by 8:30. Any problems call {{p1.g}} on {{p1.phone}}.""",
)

t(
    "en_gaa_registration",
    "en",
    """Club registration {{year}} – {{pick:Hurling|Camogie|Gaelic football|Ladies football}} U{{pick:8|10|12|14}}
Player: {{c1}} (DOB {{c1.dob}})
Parent/guardian: {{p1}} – {{p1.phone}} – {{p1.email}}
Address: {{p1.addr}}
Foireann ID: {{pat:#######}}
Payment: €{{n:40-90}} paid by transfer to {{iban}}
""",
    locs=("en_IE", "ga_IE"),
)

t(
    "en_netball_umpire",
    "en",
    """hiya {{p1.g}}!! can u umpire the {{time}} game sat? {{p2.g}} has covid 🙈 if not could u ask {{p3.g}}, her number is {{p3.phone}} xx""",
    sex="p3:f",
)

t(
    "en_bowls_agm",
    "en",
    """Minutes of the AGM held {{date}} in the clubhouse.
Present: {{p1}} (chair), {{p2}}, {{p3}}, {{p4}}, {{p5.i}}, {{p6.i}} and {{n:10-30}} members.
Apologies: {{p7}}, {{p8}}.
1. Treasurer's report: {{p2.g}} reported a surplus of {{cur}}{{n:200-4000}}. Accounts adopted (proposed {{p3.f}}, seconded {{p4.f}}).
2. Green: {{p5}} thanked for re-seeding. Mower service due.
3. Election: {{p6}} elected captain. {{p1.g}} re-elected chair unopposed.
Meeting closed {{time}}.
""",
)

t(
    "en_dance_reg",
    "en",
    """Student Registration – {{pick:Fall|Spring}} Session
Dancer's name: {{c1}}     Birthdate: {{c1.dob}}     Age: {{c1.age}}
Class: {{pick:Ballet II|Jazz/Lyrical|Hip Hop Teens|Tap I}}
Parent/Guardian: {{p1}}
Address: {{p1.addr}}
Cell: {{p1.phone}}   Email: {{p1.email}}
Allergies/medical: {{pick:none|peanuts|asthma|ADHD meds}}
Card on file: {{p1.card}}   (autopay 1st of month)
""",
    locs=("en_US", "en_CA", "en_AU", "en_NZ"),
)

t(
    "en_little_league",
    "en",
    """Registration for {{year}} is open! Divisions: T-ball (ages 4-6), Minors (2016 births), Majors U12 (2014 births).
Already registered from your family: {{c1}}, born {{c1.dob}} → Majors.
Guardian on file: {{p1}} ({{p1.phone}}). Please confirm or update your address: {{p1.addr1}}""",
    locs=("en_US", "en_CA"),
)

t(
    "en_physio_referral",
    "en",
    """Referral – Sports Physiotherapy
Patient: {{p1}} | DOB {{p1.dob}} | {{p1.phone}}
Referred by: Dr {{s1}} (club doctor, {{club}})
Dx: {{pick:grade 2 hamstring strain (L)|patellar tendinopathy|ankle inversion sprain|AC joint sprain}}
Please assess and treat. Player is keen to return for the {{pick:cup final|play-offs|national trials}} on {{date}}.
""",
)

t(
    "en_pt_invoice",
    "en",
    """INVOICE {{pat:INV-####}}
From: {{p1}} – Personal Training
{{p1.addr}}
To: {{p2}}
Sessions ({{date}} – {{date}}): {{n:4-12}} x {{cur}}{{n:30-60}}
Please pay within 14 days to: {{p1.iban}} (ref: {{p2.f}})
Questions: {{p1.email}}
""",
)

t(
    "en_congrats_birthday",
    "en",
    """Happy 50th to our legendary captain {{p1}}!!! 🎉🎂 Born {{p1.dob}} and still the fastest between the wickets. Drinks at the bar after nets – {{p2.h}} is organising a card""",
)

# ---- German

t(
    "de_mitgliedsantrag",
    "de",
    """Aufnahmeantrag {{club}}

Name, Vorname: {{p1.fg}}
Geburtsdatum: {{p1.dob}}
Anschrift: {{p1.addr1}}
Telefon: {{p1.phone}}
E-Mail: {{p1.email}}
Abteilung: {{pick:Fußball|Leichtathletik|Turnen|Tischtennis|Handball|Kinderturnen}}
Beitrag: {{pick:Erwachsene 12,50 €/Monat|Familie 22,00 €/Monat|Jugend 7,00 €/Monat}}

SEPA-Lastschriftmandat (Gläubiger-ID DE{{pat:##ZZZ#########}})
Kontoinhaber: {{p1}}
IBAN: {{p1.iban}}
Ich ermächtige den Verein, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.

{{town}}, den {{date}}          Unterschrift: {{p1}}
""",
)

t(
    "de_kuendigung_studio",
    "de",
    """{{p1}}
{{p1.addr}}

An
{{pick:FitX|Fitnessstudio Vital|Kraftwerk Gym|clever fit}} – Mitgliederverwaltung

{{date:long}}

Kündigung meiner Mitgliedschaft (Mitgliedsnummer {{pat:#######}})

Sehr geehrte Damen und Herren,

hiermit kündige ich meinen Vertrag fristgerecht zum nächstmöglichen Zeitpunkt. Bitte bestätigen Sie mir die Kündigung schriftlich sowie per E-Mail an {{p1.email}}. Der Lastschrifteinzug von meinem Konto {{p1.iban}} ist nach Vertragsende einzustellen.

Mit freundlichen Grüßen
{{p1}}
geb. {{p1.dob}}
""",
)

t(
    "de_elternchat",
    "de",
    """{{date1:eu}}, 19:41 - {{p1.g}} ({{c1.g}}s Mama): Hallo zusammen, wer fährt Samstag zum Auswärtsspiel? Ich hab noch 2 Plätze 🚗
{{date1:eu}}, 19:44 - {{p2}}: {{c2.g}} und ich sind dabei, danke!!
{{date1:eu}}, 19:52 - {{phone:intl}}: hi, hier ist {{p3.g}}, papa von {{c3.g}}. kann {{c3.g}} bei euch mitfahren? bin auf montage
{{date1:eu}}, 19:53 - {{p1.g}} ({{c1.g}}s Mama): klar 👍 Treffpunkt 8:30 am Vereinsheim
{{date1:eu}}, 20:10 - Trainer {{s1.g}}: Bitte denkt an die Spielerpässe! {{k1}} fehlt noch das Foto. Und wer hat noch die Trikottasche? 😅
{{date1:eu}}, 20:11 - {{p2}}: Trikots sind bei uns, bring ich mit
{{date1:eu}}, 20:15 - Oma {{v1.g}}: Ich backe wieder einen Kuchen für die Halbzeit 🍰
""",
    sex="p1:f p3:m v1:f",
)

t(
    "de_trainer_nachricht",
    "de",
    """hey leute, training morgen fällt aus (halle gesperrt). stattdessen samstag 10 uhr laufen im park. {{k1.lc}}, {{k2.lc}} und {{k3.lc}} – ihr meldet euch bitte bei mir wegen dem turnier, ich brauch noch die einverständniserklärung von euren eltern. lg {{s1.g}} ({{s1.phone}})""",
)

t(
    "de_spielbericht",
    "de",
    """Spielbericht – Kreisliga {{pick:A|B|C}}, {{club}} – {{club}}, {{date}}
Schiedsrichter: {{s1}} (SR-Ausweis {{pat:#######}})

Besondere Vorkommnisse:
{{n:20-89}}. Min. Gelb-Rot für Nr. {{n:2-23}} {{k1}} (Heim) wegen wiederholten Foulspiels.
{{n:60-90}}. Min. Rote Karte für Nr. {{n:2-23}} {{k2}} (Gast) – Tätlichkeit gegen Nr. {{n:2-23}} {{k3.f}}.
Nach Spielende beleidigte ein Zuschauer, der sich als {{p1}} (Vater eines Spielers) vorstellte, den Schiedsrichter. Ordner {{p2}} war Zeuge.
Endstand {{n:0-6}}:{{n:0-6}}.
""",
    sex="p1:m",
)

t(
    "de_nachruf",
    "de",
    """Nachruf

Wir trauern um unser Ehrenmitglied

{{v1}}
* {{v1.dob}}   † {{date}}

{{v1.g}} war über {{n:40-65}} Jahre Mitglied unseres Vereins, {{n:12-30}} Jahre davon als Abteilungsleiter Leichtathletik. Unzählige Kinder hat {{v1.g}} für den Sport begeistert. Wir werden ein ehrendes Andenken bewahren.

Der Vorstand
i. A. {{p2}}
""",
    sex="v1:m",
)

t(
    "de_fahrgemeinschaft",
    "de",
    """Fahrgemeinschaften Auswärtsspiel {{date}} (Abfahrt 8:00 Sportplatz):
Auto 1: {{p1}} – {{c1.g}}, {{k1.g}}, {{k2.g}}
Auto 2: {{p2}} – {{c2.g}}, {{k3.g}}
Auto 3: fehlt noch!! Wer kann? Bitte bei {{p3.g}} melden: {{p3.phone}}
Abholung von zuhause nur für {{k4.g}} ({{k4.addr1}}) – wer fährt da vorbei?
""",
)

t(
    "de_schwimmkurs",
    "de",
    """Betreff: Warteliste Seepferdchen-Kurs

Liebe Frau {{p1.f}},

vielen Dank für die Anmeldung von {{c1.g}} (geb. {{c1.dob}}). Leider sind alle Kurse bis {{pick:Ostern|zu den Sommerferien|Herbst}} ausgebucht. {{c1.g}} steht auf Platz {{n:3-40}} der Warteliste. Sobald ein Platz frei wird, melden wir uns telefonisch unter {{p1.phone}}.

Schwimmerische Grüße
{{s1}}
Schwimmverein – Kursorganisation
""",
    sex="p1:f",
)

t(
    "de_ergebnisliste",
    "de",
    """Ergebnisliste {{pick:10 km Volkslauf|Halbmarathon|5 km Firmenlauf|Crosslauf U16}} – {{date}}
Pl.  Stnr.  Name                       Jg.    Verein                        Zeit
{{#5-10}}{{i}}.   {{pat:%##}}    {{r.fg}}            {{r.dob:year}}   {{club}}       {{pat:%#:[0-5]#}}
{{/}}
Zeitnahme: {{pick:ChampionChip|Mika|race result}} – Angaben ohne Gewähr""",
)

t(
    "de_uebungsleiter",
    "de",
    """Abrechnung Übungsleiterpauschale {{pick:1. Halbjahr|2. Halbjahr}} {{year}}

Name: {{p1}}
Anschrift: {{p1.addr1}}
Geburtsdatum: {{p1.dob}}
Gruppe: {{pick:Kinderturnen Mo/Mi|Rückenfit|Leichtathletik U12|Tischtennis Jugend}}
Stunden: {{n:20-90}} à {{pick:15|18|20}} €
Auszahlung auf IBAN {{p1.iban}}
Ich versichere, die Pauschale nicht bei einem anderen Verein in Anspruch zu nehmen.
Unterschrift {{p1.i}}
""",
)

t(
    "de_jugendfreizeit",
    "de",
    """Anmeldung Zeltlager {{year}} – {{club}} Jugendabteilung

Teilnehmer/in: {{c1}}, Jahrgang {{c1.dob:year}}
Erziehungsberechtigte/r: {{p1}}
Anschrift: {{p1.addr}}
Notfallnummer während der Freizeit: {{p1.phone}} / {{p2.phone}} ({{p2.g}})
Krankenkasse: {{pick:AOK|TK|Barmer|DAK}}, Versichertennr. {{pat:@#########}}
Schwimmabzeichen: {{pick:Seepferdchen|Bronze|Silber|Gold|keins}}
Allergien/Medikamente: {{pick:keine|Heuschnupfen|Laktoseintoleranz|Wespenallergie (Notfallset)}}
""",
)

# ---- French

t(
    "fr_adhesion",
    "fr",
    """BULLETIN D'ADHÉSION – Saison {{year}}/{{pick:2024|2025|2026}}
{{club}}

Nom : {{p1.f}}          Prénom : {{p1.g}}
Né(e) le : {{p1.dob}}
Adresse : {{p1.addr1}}
Téléphone : {{p1.phone}}        Courriel : {{p1.email}}
Section : {{pick:athlétisme|natation|judo|tennis de table|basket}}
Personne à prévenir en cas d'urgence : {{p2}} – {{p2.phone}}
Certificat médical fourni le {{date}} par le Dr {{s1.f}}.
Règlement : {{pick:chèque|espèces|virement|Pass'Sport}} – {{pick:180|210|95|240}} €
""",
)

t(
    "fr_groupe_parents",
    "fr",
    """[{{date1:dmy}} 18:31] {{p1}} : Bonsoir à tous ! Rappel : match à l'extérieur samedi, RDV 8h45 au stade. Qui peut conduire ? 🚗
[{{date1:dmy}} 18:40] {{p2.g}} (maman de {{c2.g}}) : Moi, 3 places
[{{date1:dmy}} 18:41] {{phone:intl}} : Bonsoir, c'est {{p3.g}} le papa de {{c3.g}}, je peux prendre {{k1.g}} aussi
[{{date1:dmy}} 18:55] {{p1}} : Merci !! {{c2.g}}, {{k2.g}} et {{k3.g}} avec {{p2.g}}. Pensez aux licences, {{k4.g}} n'a toujours pas la sienne 😬
[{{date1:dmy}} 19:02] Coach {{s1.g}} : Et les protège-tibias svp !
""",
    sex="p2:f p3:m",
)

t(
    "fr_resiliation",
    "fr",
    """{{p1}}
{{p1.addr}}
{{p1.phone}}

{{pick:Basic-Fit|L'Orange Bleue|Fitness Park|Keep Cool}} – Service client
Lettre recommandée avec accusé de réception

{{town}}, le {{date:long}}

Objet : résiliation de mon abonnement n° {{pat:#########}}

Madame, Monsieur,

Je vous informe par la présente de ma volonté de résilier mon abonnement, conformément aux conditions générales (déménagement justifié). Je vous demande de cesser tout prélèvement sur mon compte {{p1.iban}} à compter du mois prochain.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

{{p1}}
""",
)

t(
    "fr_covoiturage",
    "fr",
    """Covoit pour {{town}} dimanche 🙌
départ 7h30 parking du gymnase
- voiture {{p1.g}} : {{k1.g}}, {{k2.g}}, {{k3.g}}
- voiture {{p2}} : {{k4.g}}, {{k5.g}}
il manque une voiture !! si quelqu'un peut, appelez {{p1.g}} au {{p1.phone}}""",
)

t(
    "fr_inscription_trail",
    "fr",
    """Confirmation d'inscription – {{pick:Trail des Crêtes|La Saintélyon|Cross du Figaro|Semi de Boulogne}} {{year}}

Dossard n° {{n:1-6000}}
Nom : {{p1.up}}
Né(e) le {{p1.dob}} – catégorie {{pick:SE|M0|M1|M2|ES}}
Club : {{club}} (licence FFA {{pat:#######}})
E-mail : {{p1.email}}
Contact d'urgence : {{p2}}, {{p2.phone}}
PPS/certificat médical : validé le {{date}}
""",
)

t(
    "fr_fiche_sanitaire",
    "fr",
    """FICHE SANITAIRE DE LIAISON – Stage multisports vacances de {{pick:printemps|Toussaint|février|été}}
Enfant : {{c1}}      Date de naissance : {{c1.dob}}
Responsable légal : {{p1}}
Adresse : {{p1.addr}}
Tél. portable : {{p1.phone}}   Tél. travail : {{phone}}
Médecin traitant : Dr {{s1}}
Vaccins à jour : {{pick:oui|oui|non}}    Allergies : {{pick:aucune|arachides|pollen|pénicilline}}
J'autorise le responsable du stage à prendre toute mesure rendue nécessaire par l'état de l'enfant.
Signature : {{p1.i}}
""",
)

t(
    "fr_remboursement",
    "fr",
    """Bonjour {{p2.g}},

Comme convenu, voici mon RIB pour le remboursement des frais de déplacement du tournoi ({{n:40-180}} € d'essence + péage) :
Titulaire : {{p1}}
IBAN : {{p1.iban}}
Merci d'indiquer « frais tournoi {{pick:U13|U15|seniors}} » en libellé.

Bonne journée,
{{p1.g}}
{{p1.phone}}
""",
)

t(
    "fr_mutation",
    "fr",
    """Demande de mutation – saison {{year}}
Joueur : {{p1.fg}}, né le {{p1.dob}} à {{town}}
Club quitté : {{club}}     Club d'accueil : {{club}}
N° de licence : {{pat:##########}}
Adresse du joueur : {{p1.addr1}}
Représentant légal (mineur) : {{p2}}, {{p2.email}}
Motif : {{pick:déménagement|raisons scolaires|choix sportif}}
""",
)

# ---- Spanish

t(
    "es_ficha_escuela",
    "es",
    """FICHA DE INSCRIPCIÓN – Escuela de fútbol temporada {{year}}/{{pick:25|26}}
Jugador/a: {{c1}}
Fecha de nacimiento: {{c1.dob}}     Categoría: {{pick:Prebenjamín|Benjamín|Alevín|Infantil}}
Padre/madre/tutor: {{p1}}
Domicilio: {{p1.addr1}}
Teléfono: {{p1.phone}}      Correo: {{p1.email}}
Alergias: {{pick:ninguna|frutos secos|asma|lactosa}}
Autorizo el uso de imágenes: {{pick:Sí|No}}
Firma: {{p1}}
""",
)

t(
    "es_grupo_padres",
    "es",
    """[{{date1:dmy}}, 21:14:02] {{p1}}: Buenas!! El sábado jugamos fuera, salimos a las 9 del polideportivo 🚌
[{{date1:dmy}}, 21:15:40] {{p2.g}} mamá {{c2.g}}: Perfecto, ¿alguien lleva a {{c2.g}}? yo trabajo 😩
[{{date1:dmy}}, 21:16:11] {{phone:intl}}: Yo lo llevo, soy {{p3.g}} el padre de {{c3.g}}
[{{date1:dmy}}, 21:20:33] {{p1}}: Gracias {{p3.g}}!! Recordad pagar los 15€ del torneo por Bizum al {{p1.phone}}
[{{date1:dmy}}, 21:21:09] Míster {{s1.g}}: y que traigan las dos equipaciones porfa
[{{date1:dmy}}, 21:25:47] Tío {{p5.g}}: yo llevo el agua y las naranjas 🍊
""",
    sex="p2:f p3:m c2:m s1:m",
    locs=("es_ES", "ca_ES", "eu_ES", "gl_ES"),
)

t(
    "es_grupo_padres_latam",
    "es",
    """[{{date1:dmy}} {{tick}}] {{p1}}: Hola familias!! El sábado jugamos de visitante, salimos a las 8 de la cancha 🚌
[{{date1:dmy}} {{tick}}] {{p2.g}} (mamá de {{c2.g}}): Dale, ¿alguien puede llevar a {{c2.g}}? yo trabajo 😩
[{{date1:dmy}} {{tick}}] {{phone:intl}}: Yo lo llevo, soy {{p3.g}}, el papá de {{c3.g}}
[{{date1:dmy}} {{tick}}] {{p1}}: Gracias {{p3.g}}!! Recuerden pagar la inscripción del torneo por {{pick:transferencia|Mercado Pago|Yape|Nequi}} al {{p1.phone}}
[{{date1:dmy}} {{tick}}] Profe {{s1.g}}: y que lleven las dos camisetas porfa 🙏
""",
    sex="p2:f p3:m c2:m",
    locs=("es_MX", "es_AR", "es_CO", "es_CL", "es_PE", "es_UY", "es_VE"),
)

t(
    "es_baja_gimnasio",
    "es",
    """{{p1}}
{{p1.addr}}

{{town}}, a {{date:long}}

Asunto: Solicitud de baja – socio n.º {{pat:######}}

Por medio de la presente solicito la baja como socio/a del gimnasio con efecto a final de mes, y que no se realicen más cargos en la cuenta {{p1.iban}}. Ruego confirmación por escrito a {{p1.email}}.

Atentamente,
{{p1}}
""",
)

t(
    "es_convocatoria",
    "es",
    """CONVOCATORIA {{pick:Alevín A|Infantil B|Cadete|Juvenil}} – partido vs {{club}} ({{date}}, {{time}})
Citación: 1 hora antes en el campo.

{{#11-16}}{{r.shirt}} ({{n:1-25}})  
{{/}}
No convocados: {{k1.g}} (lesión), {{k2.g}} (sanción).
Cualquier duda al míster, {{s1}} – {{s1.phone}}""",
    row_age="kid",
)

t(
    "es_clasificacion",
    "es",
    """CLASIFICACIÓN GENERAL – {{pick:Carrera Popular San Silvestre|10K Nocturna|Media Maratón|Cross Escolar}}
Pos  Dorsal  Nombre                        Año nac.  Club                       Tiempo
{{#5-10}}{{i}}    {{pat:%##}}     {{r.fg}}           {{r.dob:year}}      {{club}}        {{pat:%#:[0-5]#}}
{{/}}""",
)

t(
    "es_domiciliacion",
    "es",
    """ORDEN DE DOMICILIACIÓN – Cuota de socio {{club}}
Titular de la cuenta: {{p1}}
IBAN: {{p1.iban}}
Socio: {{p2}} (fecha de nacimiento {{p2.dob}})
Cuota: {{pick:trimestral|anual|mensual}}
Firma y fecha: {{p1.i}}, {{date}}
""",
)

t(
    "es_torneo_padel",
    "es",
    """Inscripción torneo de pádel mixto 🎾
Pareja 1: {{p1}} / {{p2}} – tel. {{p1.phone}}
Pareja 2: {{p3}} / {{p4}} – tel. {{p3.phone}}
Pareja 3: {{p5}} / {{p6}} – email {{p5.email}}
Sorteo el {{date}}. Pagos al organizador ({{p7.g}}).""",
)

t(
    "es_bizum",
    "es",
    """oye {{p1.lc}} te he hecho el bizum de la cuota al {{p1.phone}}, 35€. me dices si te ha llegado? y {{p2.lc}} dice que te lo paga el lunes""",
    locs=("es_ES", "ca_ES", "eu_ES", "gl_ES"),
)

# ---- Portuguese

t(
    "pt_ficha_escolinha",
    "pt",
    """FICHA DE INSCRIÇÃO – Escolinha {{club}}
Aluno(a): {{c1}}
Data de nascimento: {{c1.dob}}
Responsável: {{p1}}
Endereço: {{p1.addr}}
Celular/WhatsApp: {{p1.phone}}
E-mail: {{p1.email}}
Horário: {{pick:seg/qua 17h|ter/qui 18h|sábado 9h}}
Mensalidade: R$ {{pick:120|150|180}},00 – vencimento dia {{n:5-15}}
""",
    locs=("pt_BR",),
)

t(
    "pt_grupo_pais",
    "pt",
    """[{{date1:dmy}} 20:03] {{p1}}: Boa noite pais! Sábado tem jogo fora, saída 7h30 da quadra 🚐
[{{date1:dmy}} 20:05] {{p2.g}} mãe do {{c2.g}}: Ele vai sim! Quanto é o ônibus?
[{{date1:dmy}} 20:06] {{p1}}: R$ 25 por criança, pix na chave {{p1.email}} ou no celular {{p1.phone}}
[{{date1:dmy}} 20:15] {{phone:intl}}: Oi, aqui é o {{p3.g}}, pai da {{c3.g}}. Ela tá com febre, não vai 😕
[{{date1:dmy}} 20:16] Professor {{s1.g}}: Melhoras pra ela! {{k1.g}} e {{k2.nick}} levem as duas camisas
""",
    sex="p2:f p3:m c2:m c3:f",
    locs=("pt_BR",),
)

t(
    "pt_grupo_pais_pt",
    "pt",
    """[{{date1:dmy}} {{tick}}] {{p1}}: Boa noite a todos! No sábado jogamos fora, concentração às 8h no pavilhão 🚐
[{{date1:dmy}} {{tick}}] {{p2.g}} (mãe do {{c2.g}}): Ele vai! Alguém dá boleia ao {{k1.g}}? Os pais estão a trabalhar
[{{date1:dmy}} {{tick}}] {{phone:intl}}: Olá, é o {{p3.g}}, pai da {{c3.g}}. Eu levo o {{k1.g}} 👍
[{{date1:dmy}} {{tick}}] {{p1}}: Obrigado! O lanche paga-se por {{pick:MB WAY|transferência|Multicaixa Express|M-Pesa}} para o {{p1.phone}}
[{{date1:dmy}} {{tick}}] Mister {{s1.g}}: Não se esqueçam do cartão de atleta!
""",
    sex="p2:f p3:m c2:m c3:f k1:m s1:m",
    locs=("pt_PT", "pt_AO", "pt_MZ"),
)

t(
    "pt_cancelamento",
    "pt",
    """Olá, boa tarde.

Meu nome é {{p1}} (CPF enviado no anexo), sou aluno da unidade {{pick:Centro|Shopping|Zona Sul}} e gostaria de solicitar o cancelamento do meu plano a partir deste mês. A cobrança recorrente está no cartão {{p1.card}} — peço que não seja feita nova cobrança. Meu telefone para contato é {{p1.phone}}.

Obrigado,
{{p1.g}}
""",
)

t(
    "pt_pelada",
    "pt",
    """⚽ PELADA DE QUINTA – {{date}} 20h
1. {{p1.nick}}
2. {{p2.g}}
3. {{p3.nick}}
4. {{p4}}
5. {{p5.nick}}
6. {{p6.g}}
7. (convidado do {{p2.g}})
Goleiro: {{p7.nick}} 🧤
R$ 20 no pix {{p1.phone}} até quarta!!""",
    locs=("pt_BR",),
)

t(
    "pt_corrida",
    "pt",
    """Inscrição confirmada! 🏃
Evento: {{pick:Corrida de São Silvestre|Meia de Lisboa|Maratona do Porto|Corrida do Parque}}
Nº de peito: {{n:1-30000}}
Atleta: {{p1}}
Data de nascimento: {{p1.dob}}
E-mail: {{p1.email}} | Tel.: {{p1.phone}}
Contato de emergência: {{p2}} ({{p2.phone}})
Kit: camiseta {{pick:P|M|G|GG}}
""",
)

t(
    "pt_quota_clube",
    "pt",
    """Caro(a) sócio(a) {{p1}},

Informamos que a quota anual de {{year}} ({{n:30-90}} €) será debitada na conta {{p1.iban}} no dia {{date}}. Caso pretenda alterar os dados bancários, contacte a secretaria através de {{clubmail}}.

Com os melhores cumprimentos,
{{p2}}
Tesoureiro
""",
)

# ---- Italian

t(
    "it_iscrizione",
    "it",
    """MODULO DI ISCRIZIONE – Stagione sportiva {{year}}/{{pick:25|26}}
{{club}}

Cognome e nome: {{p1.fg}}
Nato/a il: {{p1.dob}} a {{town}}
Residente in: {{p1.addr1}}
Cellulare: {{p1.phone}}      E-mail: {{p1.email}}
Certificato medico agonistico: rilasciato il {{date}} dal dott. {{s1}}, scadenza {{date}}
Quota: € {{pick:250|320|180|400}} – bonifico su IBAN {{iban}}
Firma del genitore (se minore): {{p2}}
""",
)

t(
    "it_chat_genitori",
    "it",
    """[{{date1:dmy}}, 20:47] {{p1}}: Ciao a tutti! Domenica partita a {{town}}, ritrovo ore 8:30 al campo. Chi ha posti in macchina?
[{{date1:dmy}}, 20:49] {{p2.g}} mamma di {{c2.g}}: Io ho 2 posti 🙋‍♀️
[{{date1:dmy}}, 20:50] {{phone:intl}}: Ciao sono {{p3.g}}, papà di {{c3.g}}. {{c3.g}} viene con voi?
[{{date1:dmy}}, 20:52] Mister {{s1.g}}: Ricordatevi i certificati medici, a {{k1.g}} e {{k2.g}} scadono questo mese!!
""",
    sex="p2:f p3:m",
)

t(
    "it_disdetta",
    "it",
    """{{p1}}
{{p1.addr}}
C.F. allegato

Spett.le {{pick:McFit|Virgin Active|Palestra Olimpia|Wellness Club}}
{{town}}, {{date:long}}

OGGETTO: Disdetta abbonamento n. {{pat:########}}

Con la presente comunico la disdetta del mio abbonamento alla scadenza naturale e chiedo di interrompere gli addebiti sul conto {{p1.iban}}. Per comunicazioni: {{p1.email}} / {{p1.phone}}.

Distinti saluti
{{p1}}
""",
)

t(
    "it_convocazione",
    "it",
    """CONVOCATI {{pick:Esordienti|Giovanissimi|Allievi|Under 14}} – {{club}} vs {{club}}, {{date}}
Ritrovo ore {{time}} presso {{venue}}

{{#11-15}}{{r.up}}
{{/}}
Portare documento d'identità. Assenti comunicarlo al mister {{s1.f}} ({{s1.phone}}).""",
    row_age="kid",
)

t(
    "it_bonifico",
    "it",
    """ciao {{p1.lc}}! ti ho fatto il bonifico per la quota del corso di nuoto di {{c2.g}}: intestato a {{p2}}, da IBAN {{p2.iban}}, causale "quota {{c2}}". fammi sapere se arriva 😊""",
)

# ---- Dutch

t(
    "nl_inschrijving",
    "nl",
    """INSCHRIJFFORMULIER {{club}}
Achternaam: {{p1.f}}       Voornaam: {{p1.g}}
Geboortedatum: {{p1.dob}}
Adres: {{p1.addr}}
Telefoon: {{p1.phone}}      E-mail: {{p1.email}}
Soort lidmaatschap: {{pick:senior|junior|recreant|donateur}}

Machtiging doorlopende SEPA-incasso
Naam rekeninghouder: {{p1}}
IBAN: {{p1.iban}}
Datum: {{date}}     Handtekening: {{p1.i}}
""",
)

t(
    "nl_appgroep",
    "nl",
    """{{date1:eu}} 19:12 - {{p1}}: Hoi allemaal! Zaterdag uitwedstrijd, verzamelen 8:15 bij de kantine. Wie kan rijden?
{{date1:eu}} 19:14 - {{p2.g}} (moeder van {{c2.g}}): Ik kan 3 kinderen meenemen 🚗
{{date1:eu}} 19:20 - {{phone:intl}}: Hoi, {{p3.g}} hier (vader {{c3.g}}). Wij rijden ook
{{date1:eu}} 19:31 - Trainer {{s1.g}}: Top! Vergeet de bardienst niet: {{p4.g}} en {{p5.g}} staan zondag ingeroosterd
""",
    sex="p2:f p3:m",
)

t(
    "nl_opzegging",
    "nl",
    """Geachte heer/mevrouw,

Hierbij zeg ik mijn abonnement bij {{pick:Basic-Fit|SportCity|TrainMore|Fit For Free}} (lidnummer {{pat:########}}) op per de eerstvolgende mogelijke datum. Wilt u de automatische incasso van rekening {{p1.iban}} stopzetten en mij een bevestiging sturen naar {{p1.email}}?

Met vriendelijke groet,
{{p1}}
{{p1.addr}}
""",
)

t(
    "nl_bardienst",
    "nl",
    """BARDIENSTROOSTER {{pick:september|oktober|november|maart}}
za {{date}}  9:00–12:00  {{p1}} & {{p2}}
za {{date}}  12:00–15:00  {{p3}} & {{p4}}
zo {{date}}  10:00–13:00  {{p5}}
Ruilen? Regel het zelf en geef het door aan {{p6.g}} ({{p6.phone}}).""",
)

# ---- Nordic

t(
    "sv_anmalan",
    "sv",
    """Anmälan till fotbollsskolan {{year}}
Barnets namn: {{c1}}
Födelsedatum: {{c1.dob}}
Vårdnadshavare: {{p1}}
Adress: {{p1.addr}}
Mobil: {{p1.phone}}   E-post: {{p1.email}}
Allergier: {{pick:inga|nötter|gluten|pollen}}
Avgift {{pick:450|600|750}} kr betalas via Swish till {{phone}} senast {{date}}.
""",
)

t(
    "sv_foraldragrupp",
    "sv",
    """{{p1.g}}: Hej! Vem kan köra till cupen i {{town}} på lördag? 🚗
{{p2.g}}: Jag kan ta {{c2.g}} + två till
{{p3}}: Vi kör också. {{k1.g}} kan åka med oss
{{p1.g}}: Tack! Glöm inte att swisha 200 kr till mig ({{p1.phone}}) för domaren
{{s1.g}} (tränare): Samling 08.30 vid klubbstugan!""",
)

t(
    "nb_dugnad",
    "nb",
    """Hei alle sammen!
Dugnad på klubbhuset lørdag {{date}} kl. 10. Vi trenger folk til maling og rydding.
Påmeldte så langt: {{p1}}, {{p2}}, {{p3}} og {{p4}}.
Kiosksalg søndag: {{p5.g}} og {{p6.g}}.
Spørsmål? Ring {{p1.g}} på {{p1.phone}}.
Hilsen styret""",
)

t(
    "nb_paamelding",
    "nb",
    """Påmelding – {{pick:Birkebeinerrittet|Holmenkollstafetten|Oslo Maraton|Tjukkasløpet}} {{year}}
Navn: {{p1}}
Fødselsdato: {{p1.dob}}
Adresse: {{p1.addr1}}
Mobil: {{p1.phone}}
E-post: {{p1.email}}
Klubb: {{club}}
Startnummer tildeles {{date}}.
""",
)

t(
    "da_indmeldelse",
    "da",
    """Indmeldelse i {{club}}
Navn: {{p1}}
Fødselsdato: {{p1.dob}}
Adresse: {{p1.addr}}
Telefon: {{p1.phone}}    E-mail: {{p1.email}}
Hold: {{pick:U11 drenge|U13 piger|Old boys|Motion}}
Kontingent betales via MobilePay til {{phone}} eller til konto {{p1.iban}} (returnering).
""",
)

t(
    "da_foraeldre",
    "da",
    """Hej forældre 👋 Vi mangler stadig kørsel til stævnet i {{town}} søndag. {{p1.g}} kører med {{c1.g}}, {{k1.g}} og {{k2.g}}. Kan nogen tage {{k3.g}} og {{k4.g}}? Skriv til mig på {{s1.phone}}. Mvh. {{s1.g}}, træner""",
)

t(
    "fi_ilmoittautuminen",
    "fi",
    """Ilmoittautuminen – {{pick:Junioreiden leiri|Kesäleiri|Hiihtokoulu|Uimakoulu}} {{year}}
Lapsen nimi: {{c1}}
Syntymäaika: {{c1.dob}}
Huoltaja: {{p1}}
Osoite: {{p1.addr}}
Puhelin: {{p1.phone}}   Sähköposti: {{p1.email}}
Allergiat: {{pick:ei|pähkinä|laktoosi|siitepöly}}
Leirimaksu {{pick:120|150|95}} € tilille {{iban}}, viite {{pat:#######}}.
""",
)

t(
    "fi_vanhemmat",
    "fi",
    """{{p1.g}}: Moi! Kuka pääsee kuskaamaan lauantain vieraspeliin? ({{town}}) 🚗
{{p2.g}}: Mä voin ottaa {{c2.g}}n ja {{k1.g}}n
{{p3}}: Me tullaan myös, tilaa kahdelle
{{s1.g}} (valmentaja): Kiitos! Lähtö klo 8 hallilta. {{k2.g}}, muista pelipaita!""",
)

t(
    "is_skraning",
    "is",
    """Skráning á {{pick:sundnámskeið|fótboltaæfingar|skíðanámskeið}} – {{club}}
Nafn barns: {{c1}}
Fæðingardagur: {{c1.dob}}
Forráðamaður: {{p1}}
Heimilisfang: {{p1.addr1}}
Sími: {{p1.phone}}   Netfang: {{p1.email}}
Greiðsla: millifærsla á {{iban}}
""",
)

# ---- Central / Eastern Europe, Greece, Turkey

t(
    "pl_deklaracja",
    "pl",
    """DEKLARACJA CZŁONKOWSKA – {{club}}
Imię i nazwisko: {{p1}}
Data urodzenia: {{p1.dob}}
Adres zamieszkania: {{p1.addr}}
Telefon: {{p1.phone}}    E-mail: {{p1.email}}
Sekcja: {{pick:piłka nożna|lekkoatletyka|pływanie|siatkówka|szachy}}
Składka członkowska płatna na konto {{iban}} do {{n:5-15}}. dnia miesiąca.
Opiekun prawny (w przypadku niepełnoletnich): {{p2}}, tel. {{p2.phone}}
Podpis: {{p1.i}}
""",
)

t(
    "pl_grupa_rodzicow",
    "pl",
    """{{p1.g}}: Dzień dobry! W sobotę turniej w {{town}}, zbiórka 7:45 pod szkołą 🚌
{{p2}}: {{c2.g}} jedzie 👍
{{p3.g}}: {{c3.g}} też jedzie, czy ktoś może podwieźć? ja pracuję
{{p4}}: my zabierzemy, mamy miejsce
{{p1.g}}: Dzięki! Wpłaty 30 zł na BLIKa {{p1.phone}}. Trener {{s1.g}} prosi o zgody rodziców do piątku""",
    sex="p3:f",
)

t(
    "pl_rezygnacja",
    "pl",
    """{{town}}, {{date}}

{{p1}}
{{p1.addr}}
nr karnetu: {{pat:########}}

Rezygnacja z karnetu

Niniejszym rezygnuję z członkostwa w klubie fitness z zachowaniem okresu wypowiedzenia. Proszę o zaprzestanie obciążania mojego konta {{p1.iban}} oraz potwierdzenie na adres {{p1.email}}.

{{p1}}
""",
)

t(
    "cs_prihlaska",
    "cs",
    """PŘIHLÁŠKA DO ODDÍLU – {{club}}
Jméno a příjmení: {{p1}}
Datum narození: {{p1.dob}}
Bydliště: {{p1.addr1}}
Telefon: {{p1.phone}}      E-mail: {{p1.email}}
Zákonný zástupce: {{p2}}, tel. {{p2.phone}}
Členský příspěvek {{pick:1 500|2 200|900}} Kč uhraďte na účet {{iban}}.
""",
)

t(
    "cs_trener",
    "cs",
    """Ahoj všichni, trénink ve čtvrtek se ruší. V sobotu jedeme na turnaj do {{town}}, sraz v 7:30 u haly. {{k1.g}}, {{k2.g}} a {{k3.g}} – nezapomeňte dresy! Kdo nemůže, napište mi na {{s1.phone}}. {{s1.g}}""",
)

t(
    "sk_prihlaska",
    "sk",
    """Prihláška na letný športový tábor
Meno dieťaťa: {{c1}}
Dátum narodenia: {{c1.dob}}
Zákonný zástupca: {{p1}}
Adresa: {{p1.addr1}}
Telefón: {{p1.phone}}   E-mail: {{p1.email}}
Poplatok {{pick:180|220|260}} € na účet {{iban}}, VS {{pat:######}}.
""",
)

t(
    "hu_jelentkezes",
    "hu",
    """JELENTKEZÉSI LAP – {{club}}
Név: {{p1}}
Születési idő: {{p1.dob}}
Lakcím: {{p1.addr}}
Telefon: {{p1.phone}}     E-mail: {{p1.email}}
Szakosztály: {{pick:úszás|atlétika|kézilabda|vízilabda}}
Tagdíj: havi {{pick:8 000|12 000|6 500}} Ft, átutalással: {{iban}}
Szülő/gondviselő: {{p2}}
""",
)

t(
    "hu_szuloi_csoport",
    "hu",
    """{{p1.g}}: Sziasztok! Szombaton idegenbeli meccs, indulás 8-kor a csarnoktól. Ki tud vinni gyerekeket? 🚗
{{p2}}: Mi visszük a gyerekeket: {{c2.g}} és {{k1.g}}
{{p3.g}}: Én is tudok vinni kettőt
{{s1.g}} edző: Köszi! {{k2.g}}, ne felejtsd el a sportorvosi igazolást!""",
)

t(
    "ro_inscriere",
    "ro",
    """FIȘĂ DE ÎNSCRIERE – {{club}}
Nume și prenume: {{p1}}
Data nașterii: {{p1.dob}}
Domiciliu: {{p1.addr1}}
Telefon: {{p1.phone}}     E-mail: {{p1.email}}
Părinte/tutore: {{p2}}, {{p2.phone}}
Taxa lunară: {{pick:150|200|250}} lei, în contul {{iban}}
Semnătura: {{p2.i}}
""",
)

t(
    "ro_grup_parinti",
    "ro",
    """{{p1.g}}: Bună seara! Sâmbătă avem meci în deplasare la {{town}}, plecarea la 8 de la bază 🚌
{{p2}}: {{c2.g}} vine 👍
{{p3.g}} (mama lui {{c3.g}}): Poate cineva să-l ia și pe {{c3.g}}? Eu sunt de tură
{{p4}}: Îl luăm noi
Antrenor {{s1.g}}: Mulțumesc! Nu uitați avizul medical, {{k1.g}} nu l-a adus încă""",
    sex="p3:f c3:m",
)

t(
    "bg_zayavka",
    "bg",
    """ЗАЯВКА ЗА УЧАСТИЕ – {{pick:Турнир по тенис|Пролетен крос|Детски турнир по футбол|Плувно състезание}}
Име, презиме, фамилия: {{p1.formal}}
Дата на раждане: {{p1.dob}}
Адрес: {{p1.addr1}}
Телефон: {{p1.phone}}
Имейл: {{p1.email}}
Клуб: {{club}}
Такса за участие по сметка {{iban}}
""",
)

t(
    "sr_prijava",
    "sr",
    """Ćao svima! Prijave za letnji kamp su otvorene. Do sada su se prijavili: {{p1.g}}, {{p2}}, {{p3}} i {{p4.g}}.
Kontakt za uplate: {{p5}}, {{p5.phone}}. Uplata na račun {{iban}}.
Trener {{s1.g}} moli da mu pošaljete datum rođenja deteta na {{s1.email}}.""",
    roman=True,
)

t(
    "hr_upisnica",
    "hr",
    """UPISNICA – {{club}}
Ime i prezime djeteta: {{c1}}
Datum rođenja: {{c1.dob}}
Roditelj/skrbnik: {{p1}}
Adresa: {{p1.addr1}}
Mobitel: {{p1.phone}}     E-pošta: {{p1.email}}
Članarina: {{pick:25|30|40}} € mjesečno na IBAN {{iban}}
""",
)

t(
    "sl_prijavnica",
    "sl",
    """PRIJAVNICA – {{pick:Ljubljanski maraton|Tek trojk|Poletni športni tabor}}
Ime in priimek: {{p1}}
Datum rojstva: {{p1.dob}}
Naslov: {{p1.addr1}}
Telefon: {{p1.phone}}     E-pošta: {{p1.email}}
Kontakt v sili: {{p2}}, {{p2.phone}}
Startnina: {{pick:25|35|45}} € na TRR {{iban}}
""",
)

t(
    "mk_prijava",
    "mk",
    """ПРИЈАВА ЗА ЧЛЕНСТВО – {{club}}
Име и презиме: {{p1}}
Датум на раѓање: {{p1.dob}}
Адреса: {{p1.addr1}}
Телефон: {{p1.phone}}    Е-пошта: {{p1.email}}
Родител: {{p2}}
Членарина на сметка {{iban}}
""",
)

t(
    "sq_regjistrim",
    "sq",
    """FORMULAR REGJISTRIMI – {{club}}
Emri dhe mbiemri: {{p1}}
Datëlindja: {{p1.dob}}
Adresa: {{p1.addr1}}
Telefoni: {{p1.phone}}    Email: {{p1.email}}
Prindi/kujdestari: {{p2}}, {{p2.phone}}
Pagesa mujore {{pick:2000|2500|3000}} lekë në llogarinë {{iban}}
""",
)

t(
    "uk_zayava",
    "uk",
    """ЗАЯВА на зарахування до {{club}}
ПІБ дитини: {{c1.formal}}
Дата народження: {{c1.dob}}
Батько/мати: {{p1.formal}}
Адреса: {{p1.addr1}}
Телефон: {{p1.phone}}
Ел. пошта: {{p1.email}}
Тренер: {{s1}}
Внески сплачувати на рахунок {{iban}}
""",
)

t(
    "uk_chat",
    "uk",
    """{{p1.g}}: Добрий вечір! У суботу виїзна гра, збір о 8:00 біля школи 🚌
{{p2}}: {{c2.g}} їде 👍
{{p3.g}}: {{k1.g}} теж їде, хто може підвезти? Я на зміні
{{p4}}: Заберемо, є місце
Тренер {{s1.g}}: Дякую! Не забудьте довідки від лікаря""",
)

t(
    "ru_zayavka",
    "ru",
    """ЗАЯВКА на участие в турнире «{{pick:Кубок Весны|Первенство города|Осенний кросс|Новогодний турнир}}»
Команда: {{club}}
Представитель: {{p1.formal}}, тел. {{p1.phone}}, {{p1.email}}

№  ФИО                                  Дата рождения   Разряд
{{#5-10}}{{i}}. {{r.formal}}          {{r.dob}}      {{pick:б/р|III|II|I|КМС}}
{{/}}
Врач: {{s1.formal}}""",
    row_age="kid",
)

t(
    "ru_chat_roditeli",
    "ru",
    """{{p1.g}}: Добрый вечер! В субботу выезд на игру, сбор в 7:30 у СК 🚌
{{p2}}: {{c2.g}} едет 👍
{{p3.g}}: {{c3.g}} тоже едет, кто сможет подвезти? я на работе
{{phone:intl}}: Это {{p4.g}}, у нас в машине ещё два места, можем взять
{{p1.g}}: Спасибо! Оплату за автобус 500₽ переводите мне по номеру {{p1.phone}}
Тренер {{s1.formal}}: справки от врача до пятницы!""",
    sex="p3:f p4:m",
)

t(
    "ru_protokol",
    "ru",
    """ПРОТОКОЛ соревнований по плаванию, дистанция {{pick:50 м в/с|100 м н/сп|200 м к/пл}}, {{date}}
Место  ФИО                      Г.р.   Команда                Результат
{{#5-9}}{{i}}      {{r.fg}}      {{r.dob:year}}   {{club}}      {{pat:#:[0-5]#.##}}
{{/}}
Главный судья: {{s1.i}}""",
    row_age="kid",
)

t(
    "be_zayava",
    "be",
    """ЗАЯВА на ўдзел у спаборніцтвах
Прозвішча, імя: {{p1.fg}}
Дата нараджэння: {{p1.dob}}
Адрас: {{p1.addr1}}
Тэлефон: {{p1.phone}}
Электронная пошта: {{p1.email}}
Трэнер: {{s1}}""",
)

t(
    "lt_registracija",
    "lt",
    """Registracija – {{pick:Vilniaus maratonas|Kauno bėgimo šventė|Vasaros stovykla}}
Vardas, pavardė: {{p1}}
Gimimo data: {{p1.dob}}
Adresas: {{p1.addr1}}
Telefonas: {{p1.phone}}    El. paštas: {{p1.email}}
Mokestis pervedamas į sąskaitą {{iban}}
""",
)

t(
    "lv_pieteikums",
    "lv",
    """PIETEIKUMS – {{club}}
Vārds, uzvārds: {{p1}}
Dzimšanas datums: {{p1.dob}}
Adrese: {{p1.addr1}}
Tālrunis: {{p1.phone}}    E-pasts: {{p1.email}}
Biedra nauda uz kontu {{iban}}
""",
)

t(
    "et_registreerimine",
    "et",
    """Registreerimine – {{pick:Tartu Maraton|Tallinna Sügisjooks|suvelaager}}
Nimi: {{p1}}
Sünniaeg: {{p1.dob}}
Aadress: {{p1.addr1}}
Telefon: {{p1.phone}}    E-post: {{p1.email}}
Osavõtutasu kontole {{iban}}
""",
)

t(
    "el_aitisi",
    "el",
    """ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ ΜΕΛΟΥΣ – {{club}}
Ονοματεπώνυμο: {{p1}}
Ημερομηνία γέννησης: {{p1.dob}}
Διεύθυνση: {{p1.addr1}}
Τηλέφωνο: {{p1.phone}}     Email: {{p1.email}}
Κηδεμόνας (για ανήλικους): {{p2}}, {{p2.phone}}
Συνδρομή κατάθεση στο {{iban}}
""",
)

t(
    "el_proponitis",
    "el",
    """Καλησπέρα σε όλους! Το Σάββατο έχουμε αγώνα στη {{town}}, συνάντηση 8:30 στο γήπεδο. {{k1.g}}, {{k2.g}} και {{k3.g}} μην ξεχάσετε τις κάρτες υγείας! Για ό,τι χρειαστείτε: {{s1.phone}} – {{s1.g}}""",
)

t(
    "tr_uyelik",
    "tr",
    """ÜYELİK FORMU – {{club}}
Adı Soyadı: {{p1}}
Doğum Tarihi: {{p1.dob}}
Adres: {{p1.addr}}
Cep Telefonu: {{p1.phone}}     E-posta: {{p1.email}}
Branş: {{pick:yüzme|futbol|basketbol|voleybol|tenis}}
Veli (18 yaş altı): {{p2}}, {{p2.phone}}
Aidat ödemesi: IBAN {{iban}}
""",
)

t(
    "tr_veli_grubu",
    "tr",
    """{{p1.g}}: İyi akşamlar! Cumartesi deplasman maçı var, 8:00'de tesisten çıkıyoruz 🚌
{{p2}}: {{c2.g}} geliyor 👍
{{p3.g}} ({{c3.g}}'in annesi): {{c3.g}}'i alabilecek var mı? Ben nöbetteyim
{{p4}}: Biz alırız
Hoca {{s1.g}}: Teşekkürler! Lisanslarını unutmasınlar, {{k1.g}} hâlâ getirmedi""",
    sex="p3:f",
)

t(
    "tr_aidat",
    "tr",
    """Merhaba {{p1.g}} Hanım/Bey,
{{c1.g}}'in {{pick:Ekim|Kasım|Mart|Nisan}} ayı aidatı ({{pick:1.500|2.000|2.500}} TL) henüz ödenmemiş görünüyor. Ödemeyi {{iban}} IBAN'ına açıklamaya öğrencinin adını yazarak yapabilirsiniz.
Bilgi için: {{s1}} – {{s1.phone}}""",
)

# ---- Arabic, Hebrew, Persian

t(
    "ar_tasjeel_academy",
    "ar",
    """استمارة تسجيل – {{club}}
اسم اللاعب: {{c1.formal}}
تاريخ الميلاد: {{c1.dob}}
ولي الأمر: {{p1.formal}}
رقم الجوال: {{p1.phone}}
البريد الإلكتروني: {{p1.email}}
العنوان: {{p1.addr1}}
الفئة العمرية: {{pick:تحت 10 سنوات|تحت 12 سنة|تحت 14 سنة}}
رسوم الاشتراك تحول إلى الآيبان {{iban}}
""",
    locs=("ar_SA", "ar_AE", "ar_JO", "ar_LB", "ar_EG"),
)

t(
    "ar_group_parents",
    "ar",
    """{{p1.g}}: مساء الخير يا جماعة 🌙 مباراة السبت الساعة 5 العصر في ملعب {{town}}، التجمع عند النادي 3:30
{{p2}}: تمام، {{c2.g}} جاي إن شاء الله
{{p3.g}} (أم {{c3.g}}): مين يقدر ياخد {{c3.g}} معاه؟ أنا عندي شغل
{{phone:intl}}: أنا {{p4.g}} أبو {{c4.g}}، ممكن ناخده معانا
الكابتن {{s1.g}}: شكراً للجميع 👍 ما تنسوش الكارنيه والشهادة الطبية""",
    sex="p3:f p4:m c3:m",
)

t(
    "ar_gym_subscription",
    "ar",
    """السلام عليكم،
أرغب في إلغاء اشتراكي في النادي الصحي (رقم العضوية {{pat:######}}) ابتداءً من الشهر القادم، وإيقاف الخصم من البطاقة {{p1.card}}.
الاسم: {{p1}}
الجوال: {{p1.phone}}
شكراً لكم""",
)

t(
    "ar_tournament_travel",
    "ar",
    """قائمة الوفد المشارك في بطولة {{pick:الخليج للناشئين|العرب للسباحة|غرب آسيا للشباب}}:
{{#4-8}}- {{r.formal}} – تاريخ الميلاد {{r.dob}} – رقم الجواز {{r.pass}}
{{/}}
رئيس الوفد: {{p1}} ({{p1.phone}})""",
    locs=("ar_SA", "ar_AE", "ar_JO", "ar_EG"),
)

t(
    "he_harshama",
    "he",
    """טופס הרשמה לחוג {{pick:כדורגל|שחייה|כדורסל|ג'ודו}} – {{club}}
שם הילד/ה: {{c1}}
תאריך לידה: {{c1.dob}}
שם ההורה: {{p1}}
טלפון נייד: {{p1.phone}}
דוא"ל: {{p1.email}}
כתובת: {{p1.addr1}}
אישור רפואי: {{pick:מצורף|יועבר בהמשך}}
""",
)

t(
    "he_kvutzat_horim",
    "he",
    """{{p1.g}}: ערב טוב לכולם! בשבת משחק חוץ, יוצאים ב-8:00 מהמגרש 🚌
{{p2}}: {{c2.g}} מגיע 👍
{{p3.g}} (אמא של {{c3.g}}): מישהו יכול לקחת את {{c3.g}}? אני בעבודה
{{p4}}: אנחנו ניקח
המאמן {{s1.g}}: תודה! לא לשכוח כרטיס שחקן ובקבוק מים""",
    sex="p3:f",
)

t(
    "fa_sabtenam",
    "fa",
    """فرم ثبت‌نام – {{club}}
نام و نام خانوادگی: {{p1}}
تاریخ تولد: {{p1.dob}}
نشانی: {{p1.addr}}
تلفن همراه: {{p1.phone}}
ایمیل: {{p1.email}}
نام ولی (برای زیر ۱۸ سال): {{p2}}
شهریه به شماره شبا {{iban}} واریز شود.
""",
)

t(
    "fa_morabbi",
    "fa",
    """سلام بچه‌ها 👋 تمرین پنجشنبه ساعت ۵ عصر برگزار می‌شه. {{k1.g}}، {{k2.g}} و {{k3.g}} لطفاً کارت بیمه ورزشی رو بیارید. هر سوالی بود به من پیام بدید: {{s1.phone}} – مربی {{s1.g}}""",
)

# ---- Caucasus, Central Asia

t(
    "ka_registracia",
    "ka",
    """რეგისტრაცია – {{club}}
სახელი, გვარი: {{p1}}
დაბადების თარიღი: {{p1.dob}}
მისამართი: {{p1.addr1}}
ტელეფონი: {{p1.phone}}
ელ-ფოსტა: {{p1.email}}
მშობელი: {{p2}}
საწევრო გადაიხადეთ ანგარიშზე {{iban}}
""",
)

t(
    "hy_grancum",
    "hy",
    """Գրանցման հայտ – {{pick:Երևանի մարաթոն|Ամառային ճամբար|Պատանեկան մրցաշար}}
Անուն, ազգանուն: {{p1}}
Ծննդյան ամսաթիվ: {{p1.dob}}
Հասցե: {{p1.addr1}}
Հեռախոս: {{p1.phone}}
Էլ. փոստ: {{p1.email}}
Մարզիչ: {{s1}}
""",
)

t(
    "az_qeydiyyat",
    "az",
    """QEYDİYYAT FORMASI – {{club}}
Soyadı, adı, ata adı: {{p1.formal}}
Doğum tarixi: {{p1.dob}}
Ünvan: {{p1.addr1}}
Telefon: {{p1.phone}}     E-poçt: {{p1.email}}
Valideyn: {{p2}}
Üzvlük haqqı: {{iban}}
""",
)

t(
    "kk_otinish",
    "kk",
    """ӨТІНІШ – {{club}}
Аты-жөні: {{p1.formal}}
Туған күні: {{p1.dob}}
Мекенжайы: {{p1.addr1}}
Телефон: {{p1.phone}}
Электрондық пошта: {{p1.email}}
Жаттықтырушы: {{s1}}
Жарна төлемі: {{iban}}
""",
)

t(
    "uz_ariza",
    "uz",
    """ARIZA – {{pick:yozgi sport lageri|futbol maktabi|suzish seksiyasi}}
F.I.Sh.: {{c1.formal}}
Tug'ilgan sana: {{c1.dob}}
Ota-onasi: {{p1}}
Manzil: {{p1.addr1}}
Telefon: {{p1.phone}}
Murabbiy: {{s1}}
""",
)

# ---- South Asia

t(
    "hi_panjikaran",
    "hi",
    """पंजीकरण फ़ॉर्म – {{club}}
खिलाड़ी का नाम: {{c1}}
जन्म तिथि: {{c1.dob}}
पिता/अभिभावक का नाम: {{p1}}
पता: {{p1.addr}}
मोबाइल: {{p1.phone}}
ईमेल: {{p1.email}}
शुल्क: ₹{{pick:1500|2000|2500}} प्रति माह
""",
)

t(
    "hi_whatsapp",
    "hi",
    """{{p1.g}}: सभी को नमस्ते 🙏 रविवार को मैच है, सुबह 7 बजे ग्राउंड पर पहुँचना है
{{p2}}: {{c2.g}} आएगा 👍
{{p3.g}}: {{k1.g}} को कौन ले जाएगा? मैं ऑफिस में हूँ
{{p4}}: हम ले जाएंगे
कोच {{s1.g}} सर: सब लोग किट और पानी की बोतल लाना। फीस {{s1.phone}} पर UPI कर दें""",
    sex="s1:m",
)

t(
    "bn_nibondhon",
    "bn",
    """নিবন্ধন ফর্ম – {{pick:ক্রিকেট একাডেমি|ফুটবল ক্যাম্প|সাঁতার প্রশিক্ষণ}}
খেলোয়াড়ের নাম: {{c1}}
জন্ম তারিখ: {{c1.dob}}
অভিভাবক: {{p1}}
ঠিকানা: {{p1.addr}}
মোবাইল: {{p1.phone}}
ইমেইল: {{p1.email}}
""",
)

t(
    "ur_registration",
    "ur",
    """رجسٹریشن فارم – {{pick:کرکٹ اکیڈمی|ہاکی کلب|فٹبال کیمپ}}
کھلاڑی کا نام: {{c1}}
تاریخ پیدائش: {{c1.dob}}
والد/سرپرست: {{p1}}
پتہ: {{p1.addr}}
موبائل: {{p1.phone}}
ای میل: {{p1.email}}
فیس اس اکاؤنٹ میں جمع کروائیں: {{iban}}
""",
)

t(
    "ta_padhivu",
    "ta",
    """பதிவு படிவம் – {{pick:கிரிக்கெட் அகாடமி|கால்பந்து பயிற்சி|நீச்சல் வகுப்பு}}
மாணவர் பெயர்: {{c1}}
பிறந்த தேதி: {{c1.dob}}
பெற்றோர் பெயர்: {{p1.i}}
முகவரி: {{p1.addr}}
கைபேசி: {{p1.phone}}
மின்னஞ்சல்: {{p1.email}}
""",
)

t(
    "si_liyapadinchiya",
    "si",
    """ලියාපදිංචි කිරීමේ පෝරමය – {{pick:ක්‍රිකට් පුහුණුව|පිහිනුම් පන්තිය|පාපන්දු කඳවුර}}
ක්‍රීඩකයාගේ නම: {{c1}}
උපන් දිනය: {{c1.dob}}
දෙමාපිය/භාරකරු: {{p1}}
ලිපිනය: {{p1.addr}}
දුරකථන: {{p1.phone}}
ඊමේල්: {{p1.email}}
""",
)

t(
    "ne_darta",
    "ne",
    """दर्ता फारम – {{club}}
खेलाडीको नाम: {{c1}}
जन्म मिति: {{c1.dob}}
अभिभावक: {{p1}}
ठेगाना: {{p1.addr}}
मोबाइल: {{p1.phone}}
इमेल: {{p1.email}}
""",
)

# ---- East Asia

t(
    "ja_nyukai",
    "ja",
    """入会申込書　{{club}}

氏名：{{p1}}
ふりがな：（記入なし）
生年月日：{{p1.dob}}
住所：{{p1.addr}}
電話番号：{{p1.phone}}
メールアドレス：{{p1.email}}
緊急連絡先：{{p2}}（{{pick:家族|配偶者|親}}）{{p2.phone}}
会費：月額{{pick:3,000|5,500|8,000}}円（口座振替）
""",
)

t(
    "ja_line_group",
    "ja",
    """[LINE] {{pick:U10|U12|ジュニア}}保護者グループ
{{tick}} {{p1}} 土曜日の練習試合、8時半集合です🚗 乗り合わせできる方いますか？
{{tick}} {{p2}} うち2人乗れます！{{c2.g}}と一緒に行きます
{{tick}} {{p3.f}}（{{c3.g}}母） すみません、{{c3.g}}もお願いできますか🙏
{{tick}} {{p2}} 大丈夫ですよ〜
{{tick}} {{k2.g}}ちゃんママ うちも1人乗れます〜
{{tick}} {{s1.f}}コーチ 水筒と帽子忘れずに！{{k1.g}}くんはユニフォーム返却お願いします""",
    sex="p3:f k1:m",
)

t(
    "ja_taikai_entry",
    "ja",
    """【大会エントリー確認】{{pick:市民マラソン|ハーフマラソン|トライアスロン|10kmロードレース}}
ナンバーカード：{{n:1-20000}}
氏名：{{p1}}（{{p1.up.r}}）
生年月日：{{p1.dob}}
住所：{{p1.addr}}
電話：{{p1.phone}}
緊急連絡先：{{p2}} {{p2.phone}}
""",
)

t(
    "ja_taikai_todoke",
    "ja",
    """退会届

{{club}} 御中

このたび、一身上の都合により{{date}}をもって退会いたします。
会員番号：{{pat:#######}}
氏名：{{p1}}
住所：{{p1.addr}}
連絡先：{{p1.phone}}
口座振替停止のお手続きをお願いいたします。
""",
)

t(
    "ja_results",
    "ja",
    """{{pick:第12回|第35回|第7回}}{{pick:市民駅伝|記録会|マスターズ水泳}} 結果
順位  氏名            所属                 記録
{{#5-9}}{{i}}位  {{r}}   {{club}}   {{pat:%#:[0-5]#}}
{{/}}
問い合わせ：大会事務局 {{s1}}（{{s1.email}}）""",
)

t(
    "zh_baoming",
    "zh",
    """{{pick:青少年足球训练营|马拉松|游泳夏令营|羽毛球比赛}}报名表
姓名：{{c1}}
出生日期：{{c1.dob}}
监护人：{{p1}}
联系电话：{{p1.phone}}
电子邮箱：{{p1.email}}
家庭住址：{{p1.addr}}
紧急联系人：{{p2}} {{p2.phone}}
""",
)

t(
    "zh_wechat",
    "zh",
    """【{{club}}家长群】
{{p1}}：各位家长晚上好！周六下午两点友谊赛，一点半在{{venue}}集合⚽
{{p2}}：收到，{{c2.g}}会准时到
{{p3}}（{{c3.g}}妈妈）：请问谁能顺路带一下{{c3.g}}？我要加班🙏
{{p4}}：我们可以带，我电话{{p4.phone}}
{{s1.f}}教练：谢谢大家！记得带球衣和水
{{p5}}：{{p6.f}}阿姨说她带水果🍉""",
    sex="p3:f",
)

t(
    "zh_tuika",
    "zh",
    """您好，我是会员{{p1}}（会员卡号{{pat:##########}}），因为工作调动到外地，申请退卡。办卡时绑定的银行卡是{{p1.card}}，请把剩余费用退回这张卡。联系电话：{{p1.phone}}，谢谢！""",
)

t(
    "zh_marathon",
    "zh",
    """【报名成功】{{pick:城市马拉松|半程马拉松|10公里健康跑}}
参赛号码：{{pat:%####}}
姓名：{{p1}}
证件号码（护照）：{{p1.pass}}
出生日期：{{p1.dob}}
手机：{{p1.phone}}
紧急联系人：{{p2}}，{{p2.phone}}
""",
)

t(
    "zhhant_baoming",
    "zh_hant",
    """{{pick:路跑|游泳營|籃球營|羽球比賽}}報名表
姓名：{{c1}}
出生日期：{{c1.dob}}
家長：{{p1}}
手機：{{p1.phone}}
電子郵件：{{p1.email}}
地址：{{p1.addr}}
""",
)

t(
    "zhhant_group",
    "zh_hant",
    """{{p1}}：各位家長好！星期六早上八點在{{town}}集合🏀
{{p2}}：收到，{{c2.g}}會到
{{p3}}：{{c3.g}}生病請假，不好意思🙏
{{s1.f}}教練：謝謝通知，請大家記得帶球衣。有問題打給我 {{s1.phone}}""",
)

t(
    "ko_gaip",
    "ko",
    """가입 신청서 – {{club}}
성명: {{p1}}
생년월일: {{p1.dob}}
주소: {{p1.addr}}
휴대전화: {{p1.phone}}
이메일: {{p1.email}}
비상연락처: {{p2}} ({{pick:배우자|부모|형제}}) {{p2.phone}}
회비 납부: 월 {{pick:30,000|50,000|20,000}}원
""",
)

t(
    "ko_kakao",
    "ko",
    """[카카오톡] {{pick:유소년 축구|수영|농구}} 학부모방
{{p1}}: 안녕하세요~ 토요일 원정경기 8시 반에 {{venue}} 앞에서 출발합니다🚌
{{p2}}: 네 {{c2.g}} 갑니다!
{{p3}}: 혹시 {{c3.g}} 같이 태워주실 분 계실까요? 출근해야 해서요ㅠㅠ
{{p4}}: 저희가 태워갈게요 😊
{{s1.f}} 코치: 감사합니다! 유니폼 꼭 챙겨주세요. 회비는 {{s1.phone}}로 연락주세요
{{p5}}: 간식은 {{p6.g}} 이모가 준비해 주신대요 🍙""",
)

t(
    "ko_daehoe",
    "ko",
    """[참가신청 완료] {{pick:한강 마라톤|하프마라톤|10K 레이스|철인3종}}
배번: {{n:1-20000}}
이름: {{p1}} ({{p1.up.r}})
생년월일: {{p1.dob}}
연락처: {{p1.phone}}
이메일: {{p1.email}}
비상연락처: {{p2}} {{p2.phone}}
""",
)

t(
    "ko_gym_refund",
    "ko",
    """안녕하세요, 헬스장 회원 {{p1}}입니다. 이사 때문에 남은 기간 환불 요청드립니다. 결제한 카드는 {{p1.card}}이고 연락처는 {{p1.phone}}입니다. 확인 부탁드려요!""",
)

t(
    "mn_burtgel",
    "mn",
    """БҮРТГЭЛИЙН МАЯГТ – {{pick:Улаанбаатар марафон|Залуучуудын тэмцээн|Зуслангийн бааз}}
Овог нэр: {{p1}}
Төрсөн огноо: {{p1.dob}}
Хаяг: {{p1.addr1}}
Утас: {{p1.phone}}
И-мэйл: {{p1.email}}
Дасгалжуулагч: {{s1}}
""",
)

# ---- South-East Asia

t(
    "vi_dangky",
    "vi",
    """PHIẾU ĐĂNG KÝ – {{club}}
Họ và tên: {{c1}}
Ngày sinh: {{c1.dob}}
Phụ huynh: {{p1}}
Địa chỉ: {{p1.addr}}
Số điện thoại: {{p1.phone}}
Email: {{p1.email}}
Học phí: {{pick:800.000|1.200.000|1.500.000}} đ/tháng
""",
)

t(
    "vi_zalo",
    "vi",
    """{{p1.g}}: Chào cả nhà! Thứ 7 các con đá giao hữu, tập trung 7h tại sân ⚽
{{p2}}: Dạ {{c2.g}} đi ạ
{{p3.g}} (mẹ {{c3.g}}): Có ai cho {{c3.g}} đi nhờ được không ạ? Em phải đi làm
{{p4}}: Để nhà mình chở bé nhé
HLV {{s1.g}}: Cảm ơn các phụ huynh! Nhớ mang nước và áo đấu""",
    sex="p3:f",
)

t(
    "th_baisamak",
    "th",
    """ใบสมัครสมาชิก – {{club}}
ชื่อ-นามสกุล: {{p1}}
ชื่อเล่น: {{p1.nick}}
วันเกิด: {{p1.dob}}
ที่อยู่: {{p1.addr}}
โทรศัพท์: {{p1.phone}}
อีเมล: {{p1.email}}
ผู้ติดต่อกรณีฉุกเฉิน: {{p2}} {{p2.phone}}
""",
)

t(
    "th_line",
    "th",
    """[LINE] กลุ่มผู้ปกครอง{{pick:ฟุตบอล|ว่ายน้ำ|แบดมินตัน}}
{{p1.nick}}: สวัสดีค่ะ วันเสาร์นัดแข่ง 8 โมงที่{{venue}}นะคะ ⚽
{{p2.nick}}: รับทราบค่ะ น้อง{{c2.nick}}ไปค่ะ
{{p3.nick}}: มีใครรับน้อง{{c3.nick}}ไปด้วยได้ไหมคะ 🙏
โค้ช{{s1.nick}}: ขอบคุณครับ อย่าลืมเอาเสื้อทีมมานะครับ โทร {{s1.phone}}""",
)

t(
    "id_pendaftaran",
    "id",
    """FORMULIR PENDAFTARAN – {{club}}
Nama lengkap: {{c1}}
Tanggal lahir: {{c1.dob}}
Nama orang tua/wali: {{p1}}
Alamat: {{p1.addr}}
No. HP/WA: {{p1.phone}}
Email: {{p1.email}}
Iuran bulanan Rp {{pick:150.000|200.000|250.000}}
""",
)

t(
    "id_grup_wa",
    "id",
    """{{p1.g}}: Selamat malam bapak ibu 🙏 Sabtu ada sparing jam 7 pagi di lapangan, kumpul jam 6.30 ya
{{p2}}: Siap, {{c2.g}} ikut
{{p3.g}}: Ada yang bisa jemput {{k1.g}}? Saya kerja 😢
{{p4}}: Bisa bu, nanti saya jemput
Coach {{s1.g}}: Makasih semua! Iuran transfer ke {{s1.phone}} (OVO/DANA) ya""",
)

t(
    "ms_borang",
    "ms",
    """BORANG PENDAFTARAN – {{club}}
Nama penuh: {{c1}}
Tarikh lahir: {{c1.dob}}
Nama ibu/bapa: {{p1}}
Alamat: {{p1.addr}}
No. telefon: {{p1.phone}}
E-mel: {{p1.email}}
Yuran: RM{{pick:50|80|120}} sebulan
""",
)

t(
    "ms_whatsapp",
    "ms",
    """{{p1.g}}: Assalamualaikum semua 🙏 Sabtu ni ada perlawanan persahabatan, kumpul pukul 7.30 pagi di padang
{{p2}}: Baik, {{c2.g}} datang
{{p3.g}}: Boleh tumpang {{k1.g}} tak? Saya kerja hari Sabtu
{{p4}}: Boleh, saya ambil
Jurulatih {{s1.g}}: Terima kasih! Jangan lupa bawa jersi dan air""",
)

t(
    "tl_registration",
    "tl",
    """REGISTRATION FORM – {{pick:Summer Basketball Clinic|Volleyball Camp|Swimming Lessons}}
Pangalan ng bata: {{c1}}
Petsa ng kapanganakan: {{c1.dob}}
Magulang/Guardian: {{p1}}
Address: {{p1.addr}}
Cellphone: {{p1.phone}}
Email: {{p1.email}}
Bayad: ₱{{pick:1,500|2,000|2,500}} via GCash {{p1.phone}}
""",
)

t(
    "tl_gc",
    "tl",
    """{{p1.g}}: Hello mga parents! Sa Sabado may game tayo, call time 7am sa court 🏀
{{p2}}: Sige po, sasama si {{c2.g}}
{{p3.g}}: Pwede po ba makisabay si {{k1.g}}? May pasok po ako 😅
{{p4.nick}}: Kami na bahala sa kanya
Coach {{s1.g}}: Salamat po! Pakidala yung jersey at tubig""",
)

t(
    "km_chohchmoh",
    "km",
    """ពាក្យចុះឈ្មោះ – {{pick:ក្លឹបបាល់ទាត់យុវជន|វគ្គហែលទឹក|ការរត់ប្រណាំង}}
ឈ្មោះ: {{c1}}
ថ្ងៃខែឆ្នាំកំណើត: {{c1.dob}}
ឪពុកម្តាយ: {{p1}}
អាសយដ្ឋាន: {{p1.addr}}
ទូរស័ព្ទ: {{p1.phone}}
អ៊ីមែល: {{p1.email}}
""",
)

t(
    "my_registration",
    "my",
    """စာရင်းသွင်းလွှာ – {{pick:ဘောလုံးအကယ်ဒမီ|ရေကူးသင်တန်း|ချင်းလုံးအသင်း}}
အမည်: {{c1}}
မွေးသက္ကရာဇ်: {{c1.dob}}
မိဘ/အုပ်ထိန်းသူ: ဦး{{p1}}
နေရပ်လိပ်စာ: {{p1.addr}}
ဖုန်း: {{p1.phone}}
အီးမေးလ်: {{p1.email}}
""",
    sex="p1:m",
)

# ---- Africa

t(
    "sw_usajili",
    "sw",
    """FOMU YA USAJILI – {{pick:Kambi ya Mpira wa Miguu|Mbio za Nyika|Klabu ya Kuogelea}}
Jina la mchezaji: {{c1}}
Tarehe ya kuzaliwa: {{c1.dob}}
Mzazi/mlezi: {{p1}}
Anwani: {{p1.addr}}
Simu: {{p1.phone}}
Barua pepe: {{p1.email}}
Ada: TSh {{pick:20,000|30,000|50,000}} kwa M-Pesa {{p1.phone}}
""",
)

t(
    "sw_kundi",
    "sw",
    """{{p1.g}}: Habari wazazi! Jumamosi tuna mechi saa tatu asubuhi uwanjani ⚽
{{p2}}: Sawa, {{c2.g}} atakuja
{{p3.g}}: Kuna anayeweza kumchukua {{k1.g}}? Nipo kazini
{{p4}}: Nitamchukua
Kocha {{s1.g}}: Asanteni! Msisahau jezi na maji""",
)

t(
    "am_mezgeba",
    "am",
    """የምዝገባ ቅጽ – {{pick:የወጣቶች እግር ኳስ|የሩጫ ክለብ|የዋና ስልጠና}}
ሙሉ ስም: {{c1}}
የትውልድ ቀን: {{c1.dob}}
ወላጅ/አሳዳጊ: {{p1}}
አድራሻ: {{p1.addr}}
ስልክ: {{p1.phone}}
ኢሜይል: {{p1.email}}
""",
)

t(
    "yo_iforukosile",
    "yo",
    """Fọ́ọ̀mù ìforúkọsílẹ̀ – {{pick:Ẹgbẹ́ Bọ́ọ̀lù Ọ̀dọ́|Ìdíje Eré Sísá}}
Orúkọ ọmọ: {{c1}}
Ọjọ́ ìbí: {{c1.dob}}
Òbí/alágbàtọ́: {{p1}}
Àdírẹ́sì: {{p1.addr}}
Fóònù: {{p1.phone}}
Ímeèlì: {{p1.email}}
""",
)

t(
    "ha_rajista",
    "ha",
    """FOM ƊIN RAJISTA – {{pick:Makarantar Ƙwallon Ƙafa|Gasar Gudu}}
Sunan ɗan wasa: {{c1}}
Ranar haihuwa: {{c1.dob}}
Mahaifi/Mai kula: {{p1}}
Adireshi: {{p1.addr}}
Lambar waya: {{p1.phone}}
Imel: {{p1.email}}
""",
)

t(
    "zu_ukubhalisa",
    "zu",
    """IFOMU YOKUBHALISA – {{pick:Iqembu Lebhola Labasha|Umjaho We-10km}}
Igama lomdlali: {{c1}}
Usuku lokuzalwa: {{c1.dob}}
Umzali/umnakekeli: {{p1}}
Ikheli: {{p1.addr}}
Ucingo: {{p1.phone}}
I-imeyili: {{p1.email}}
""",
)

t(
    "af_inskrywing",
    "af",
    """INSKRYWINGSVORM – {{club}}
Naam en van: {{p1}}
Geboortedatum: {{p1.dob}}
Adres: {{p1.addr}}
Selfoon: {{p1.phone}}
E-pos: {{p1.email}}
Noodkontak: {{p2}}, {{p2.phone}}
Ledegeld: R{{pick:450|600|850}} per jaar
""",
)

# ---- regional languages of Europe and the Pacific

t(
    "ca_inscripcio",
    "ca",
    """FULL D'INSCRIPCIÓ – {{club}}
Nom i cognoms: {{c1}}
Data de naixement: {{c1.dob}}
Pare/mare/tutor: {{p1}}
Adreça: {{p1.addr1}}
Telèfon: {{p1.phone}}    Correu: {{p1.email}}
Quota domiciliada al compte {{p1.iban}}
""",
)

t(
    "eu_izenematea",
    "eu",
    """IZEN-EMATE ORRIA – {{pick:Donostiako Klasikoa Txikia|Behobia-San Sebastián|Udako Kanpalekua}}
Izen-abizenak: {{p1}}
Jaiotze-data: {{p1.dob}}
Helbidea: {{p1.addr1}}
Telefonoa: {{p1.phone}}    Posta elektronikoa: {{p1.email}}
Kuota kontu honetara: {{iban}}
""",
)

t(
    "gl_inscricion",
    "gl",
    """FOLLA DE INSCRICIÓN – {{club}}
Nome e apelidos: {{p1}}
Data de nacemento: {{p1.dob}}
Enderezo: {{p1.addr1}}
Teléfono: {{p1.phone}}    Correo: {{p1.email}}
Cota: {{pick:30|45|60}} € ao trimestre, conta {{iban}}
""",
)

t(
    "cy_cofrestru",
    "cy",
    """FFURFLEN GOFRESTRU – {{club}}
Enw: {{p1}}
Dyddiad geni: {{p1.dob}}
Cyfeiriad: {{p1.addr}}
Ffôn symudol: {{p1.phone}}
E-bost: {{p1.email}}
Cyswllt brys: {{p2}} ({{p2.phone}})
""",
)

t(
    "ga_cláru",
    "ga",
    """FOIRM CHLÁRAITHE – {{pick:Cumann Lúthchleas Gael|Club Snámha|Rith 5k}}
Ainm: {{p1}}
Dáta breithe: {{p1.dob}}
Seoladh: {{p1.addr}}
Fón póca: {{p1.phone}}
Ríomhphost: {{p1.email}}
Teagmháil éigeandála: {{p2}}, {{p2.phone}}
""",
)

t(
    "mt_registrazzjoni",
    "mt",
    """FORMOLA TA' REĠISTRAZZJONI – {{club}}
Isem u kunjom: {{p1}}
Data tat-twelid: {{p1.dob}}
Indirizz: {{p1.addr}}
Mobile: {{p1.phone}}
Email: {{p1.email}}
Ħlas tal-membership fil-kont {{iban}}
""",
)

t(
    "lb_umeldung",
    "lb",
    """Umeldung – {{club}}
Numm a Virnumm: {{p1}}
Gebuertsdatum: {{p1.dob}}
Adress: {{p1.addr1}}
Handy: {{p1.phone}}
E-Mail: {{p1.email}}
Cotisatioun op de Kont {{iban}}
""",
)

t(
    "mi_rehita",
    "mi",
    """Puka rēhita – {{pick:Kapa haka me te whutupaoro|Rōpū waka ama|Karapu netipōro}}
Ingoa: {{c1}}
Rā whānau: {{c1.dob}}
Mātua/kaitiaki: {{p1}}
Wāhi noho: {{p1.addr}}
Waea pūkoro: {{p1.phone}}
Īmēra: {{p1.email}}
""",
)

# ---- near-miss only (no labels): public figures, named venues/trophies, numbers that are not PII

t(
    "nm_en_match_preview",
    "en",
    """Big weekend ahead! {{famous}} is expected to start on Sunday at {{stadium}}, and the club has booked a coach for {{n:30-55}} supporters (seats {{n:1-20}}–{{n:30-55}}). Kick-off {{time}}, gates open {{time}}. Match ID {{pat:@@-#######}}. Last time we went we lost {{n:0-4}}–{{n:0-4}}.""",
    nm=True,
)

t(
    "nm_en_results_famous",
    "en",
    """Elite women's results: 1. {{famous}} {{pat:2:1#:[0-5]#}}, 2. {{famous}} {{pat:2:2#:[0-5]#}}, 3. {{famous}} {{pat:2:2#:[0-5]#}}. Our own club runners finished in the top {{n:100-400}} — full list on the website. Bib numbers {{n:1000-1400}}–{{n:1500-1900}} collect medals at tent C.""",
    nm=True,
)

t(
    "nm_en_trophy_history",
    "en",
    """Fun fact for the quiz night: the {{trophy}} was first contested in {{n:1877-1990}}. Our club's best run was the {{pick:1978/79|1986/87|1994/95|2003/04}} season when we reached the semi-final, losing {{n:1-3}}–{{n:2-5}} after extra time. The replica trophy in the bar is insured for {{cur}}{{n:500-5000}} (policy {{pat:@@@-######}}).""",
    nm=True,
)

t(
    "nm_en_fictional",
    "en",
    """Movie night at the clubhouse on {{date}}: we're showing the one where {{fict}} trains on the beach 🎬. Bring snacks. Also: {{fict}}'s famous speech will be on the quiz. Tickets £{{n:3-8}}, numbered {{n:1-60}}–{{n:61-120}}.""",
    nm=True,
)

t(
    "nm_en_wearable_stats",
    "en",
    """Weekly summary: {{n:3-7}} workouts, {{n:18-80}} km, avg HR {{n:120-155}} bpm, max {{n:170-198}} bpm, VO2max {{n:38-60}}, training load {{n:300-900}}. Firmware {{pick:14.20|15.01|9.3.2}} installed on {{date}}. Your PB: 5K {{pat:2#:[0-5]#}}. Next race: {{memorial}} on {{date}}.""",
    nm=True,
)

t(
    "nm_en_masked_receipt",
    "en",
    """Receipt #{{pat:########}} — Club shop
2 x training top @ £{{n:18-30}}.00
1 x water bottle @ £{{n:5-9}}.50
Paid by card {{masked}} on {{date}} at {{time}}. Auth code {{pat:######}}. Terminal {{pat:T-####}}.
Car park: vehicle {{plate}} registered for 3 hours.""",
    nm=True,
)

t(
    "nm_en_memorial",
    "en",
    """Entries are open for our invitational meet on {{date}} (same format as {{memorial}}). Categories U13 (2012 births), U15 (2010–2011), U17, seniors and masters (35+). Entry fee £{{n:5-15}}, race numbers {{n:100-300}}+. Version {{pick:2.1|3.0|1.4.2}} of the timetable is attached.""",
    nm=True,
)

t(
    "nm_en_coach_quote",
    "en",
    """"Hard work beats talent when talent doesn't work hard" — framed in the changing room next to a signed shirt from {{famous}}. Ask the bar staff about the {{trophy}} replica. Wi-Fi network: ClubGuest (ask at the bar for access).""",
    nm=True,
)

t(
    "nm_de_bundesliga",
    "de",
    """Vereinsfahrt zum {{stadium}}: Abfahrt {{time}} am Vereinsheim, Bus mit {{n:40-60}} Plätzen. {{famous}} steht wohl in der Startelf. Spiel-ID {{pat:DFL-###-######}}, Block {{n:1-40}}, Reihe {{n:1-30}}. Ergebnis letzte Saison {{n:0-4}}:{{n:0-4}}.""",
    nm=True,
)

t(
    "nm_de_tabelle",
    "de",
    """Tabelle Kreisliga nach dem {{n:8-28}}. Spieltag: 1. {{club}} {{n:30-60}} Pkt., 2. {{club}} {{n:28-55}} Pkt., 3. {{club}} {{n:25-50}} Pkt. Nächstes Heimspiel am {{date}} um {{time}} Uhr, Platz {{n:1-3}}. Kennzeichen der Schiedsrichterautos bitte an der Schranke melden ({{plate}}).""",
    nm=True,
)

t(
    "nm_fr_match",
    "fr",
    """Sortie club au {{stadium}} le {{date}} pour voir {{famous}} ! Départ {{time}}, car de {{n:40-60}} places. Billets catégorie {{n:1-4}}, tribune {{pick:Nord|Sud|Est|Ouest}}, rang {{n:1-40}}. Score du dernier match : {{n:0-4}}-{{n:0-4}}.""",
    nm=True,
)

t(
    "nm_fr_trophee",
    "fr",
    """Le {{trophy}} est exposé au club-house jusqu'au {{date}}. Photos autorisées. Prochain entraînement : {{time}} au {{venue}}. Numéro de dossard de la course du club : {{n:1-500}}.""",
    nm=True,
)

t(
    "nm_es_liga",
    "es",
    """Viaje del club al {{stadium}} el {{date}}: salida {{time}}, autobús de {{n:40-60}} plazas. ¡Dicen que juega {{famous}}! Entradas fila {{n:1-30}}, asiento {{n:1-40}}. El último partido quedó {{n:0-4}}-{{n:0-4}}. Referencia del pedido {{pat:ES-########}}.""",
    nm=True,
)

t(
    "nm_es_trofeo",
    "es",
    """Mañana se disputa el {{trophy}} y el club tiene {{n:20-50}} entradas. Recogida en secretaría de {{time}} a {{time}}. Dorsales del cross escolar: {{n:1-200}} a {{n:201-400}}.""",
    nm=True,
)

t(
    "nm_pt_jogo",
    "pt",
    """Excursão do clube ao {{stadium}} no dia {{date}} para ver {{famous}}! Saída às {{time}}, ônibus com {{n:40-50}} lugares. Ingresso setor {{pick:Norte|Sul|Leste|Oeste}}, fileira {{n:1-30}}. Placar do último jogo: {{n:0-4}} x {{n:0-4}}.""",
    nm=True,
)

t(
    "nm_it_stadio",
    "it",
    """Gita sociale allo {{stadium}} il {{date}}: partenza ore {{time}}. Biglietti settore {{n:100-350}}, fila {{n:1-30}}. Si spera di vedere {{famous}} in campo! Ultimo risultato {{n:0-4}}-{{n:0-4}}.""",
    nm=True,
)

t(
    "nm_nl_uitslag",
    "nl",
    """Clubreis naar een wedstrijd met {{famous}} op {{date}}! Vertrek {{time}} vanaf het sportpark. Vak {{pick:N|O|Z|W}}{{n:100-420}}, rij {{n:1-30}}. Uitslag vorige keer: {{n:0-4}}-{{n:0-4}}.""",
    nm=True,
)

t(
    "nm_ja_kansen",
    "ja",
    """{{date}}、クラブで{{famous}}選手の試合を観戦に行きます！集合{{time}}、バス{{n:30-50}}席。座席は{{n:1-30}}列{{n:1-40}}番。前回の結果は{{n:0-4}}対{{n:0-4}}でした。""",
    nm=True,
)

t(
    "nm_ja_anime",
    "ja",
    """練習後の雑談：{{fict}}みたいなシュートを打ちたい！と小学生たち。来週{{date}}の練習は{{time}}から、コートは{{n:1-4}}番です。記録会のタイムは{{pat:1#.##}}秒。""",
    nm=True,
)

t(
    "nm_zh_guansai",
    "zh",
    """俱乐部组织观赛：{{date}}去看{{famous}}的比赛！{{time}}集合，大巴{{n:40-55}}座，座位{{n:1-30}}排{{n:1-40}}号。上次比分{{n:0-4}}比{{n:0-4}}。订单号{{pat:##########}}。""",
    nm=True,
)

t(
    "nm_ko_gwanjeon",
    "ko",
    """동호회 단체관람 공지: {{date}} {{famous}} 선수 경기 보러 갑니다! {{time}} 집합, 버스 {{n:40-45}}인승. 좌석 {{n:100-350}}블록 {{n:1-30}}열. 지난 경기 {{n:0-4}}대{{n:0-4}}.""",
    nm=True,
)

t(
    "nm_ru_match",
    "ru",
    """Клубный выезд на матч {{date}}: у соперников заявлен {{famous}}! Сбор в {{time}}, автобус на {{n:40-50}} мест. Сектор {{n:1-30}}, ряд {{n:1-30}}. Прошлый счёт {{n:0-4}}:{{n:0-4}}. Госномер автобуса {{plate}}.""",
    nm=True,
)

t(
    "nm_ar_mubara",
    "ar",
    """رحلة النادي لمشاهدة مباراة {{famous}} يوم {{date}}. التجمع الساعة {{time}}، الحافلة {{n:40-50}} مقعداً، المدرج رقم {{n:1-30}}. نتيجة المباراة السابقة {{n:0-4}}-{{n:0-4}}.""",
    nm=True,
)

t(
    "nm_tr_mac",
    "tr",
    """Kulüp olarak {{date}} tarihinde {{famous}} maçına gidiyoruz! Toplanma {{time}}, otobüs {{n:40-50}} kişilik. Tribün {{pick:Kuzey|Güney|Doğu|Batı}}, sıra {{n:1-30}}. Geçen maçın skoru {{n:0-4}}-{{n:0-4}}.""",
    nm=True,
)

t(
    "nm_x_match_log",
    "*",
    """{"match_id": "{{pat:M-########}}", "home": "{{club}}", "away": "{{club}}", "score": [{{n:0-5}}, {{n:0-5}}], "kickoff": "{{ts}}", "venue": "{{venue}}", "attendance": {{n:50-4000}}, "app_version": "{{pick:3.2.1|3.3.0|4.0.0-beta}}", "build": "{{hex:12}}"}""",
    nm=True,
    json=True,
)

t(
    "nm_x_timing_csv",
    "*",
    """bib,chip,split_5k,split_10k,finish,pace,hr_avg
{{#5-9}}{{n:1-9999}},{{pat:@@#####}},{{pat:2#:[0-5]#}},{{pat:4#:[0-5]#}},{{pat:%:[0-5]#:[0-5]#}},{{pat:%:[0-5]#}},{{n:130-175}}
{{/}}""",
    nm=True,
)

t(
    "nm_pl_memorial",
    "pl",
    """Zapraszamy na {{memorial}} – {{date}}, start {{time}}. Kategorie: U14 (rocznik 2012 i młodsi), U16, seniorzy. Numery startowe {{n:1-300}}–{{n:301-600}}. Opłata {{n:20-60}} zł.""",
    nm=True,
)

# --------------------------------------------------------------------------- LLM wrappers
# kind "json": the whole text is JSON; "prefix": a log prefix then JSON; "logfmt": not JSON.
# Wrappers whose id ends with "+pii" add labeled fields and are not used for near-miss texts.

WRAPPERS = [
    {
        "id": "openai_chat",
        "text": """{"model": "{{MODEL}}", "messages": [{"role": "system", "content": "{{SYS}}"}, {"role": "user", "content": "{{INSTR}}{{CONTENT}}"}], "temperature": 0.2}""",
    },
    {
        "id": "openai_chat_pretty+pii",
        "text": """{
  "model": "{{MODEL}}",
  "messages": [
    {
      "role": "system",
      "content": "{{SYS}}"
    },
    {
      "role": "user",
      "content": "{{INSTR}}{{CONTENT}}"
    }
  ],
  "max_tokens": 800,
  "user": "{{USER}}"
}""",
    },
    {
        "id": "anthropic_messages",
        "text": """{"model": "{{MODEL}}", "max_tokens": 1024, "system": "{{SYS}}", "messages": [{"role": "user", "content": [{"type": "text", "text": "{{INSTR}}{{CONTENT}}"}]}]}""",
    },
    {
        "id": "anthropic_multiturn",
        "text": """{"model": "{{MODEL}}", "max_tokens": 2048, "messages": [{"role": "user", "content": "Hi, I help run a sports club and need a hand with some admin."}, {"role": "assistant", "content": "Of course! Paste what you have and tell me what you need."}, {"role": "user", "content": "{{INSTR}}{{CONTENT}}"}]}""",
    },
    {
        "id": "gemini",
        "text": """{"systemInstruction": {"parts": [{"text": "{{SYS}}"}]}, "contents": [{"role": "user", "parts": [{"text": "{{INSTR}}{{CONTENT}}"}]}], "generationConfig": {"temperature": 0.3, "maxOutputTokens": 2048}}""",
    },
    {
        "id": "openai_responses",
        "text": """{"model": "{{MODEL}}", "instructions": "{{SYS}}", "input": [{"role": "user", "content": [{"type": "input_text", "text": "{{INSTR}}{{CONTENT}}"}]}], "store": false}""",
    },
    {
        "id": "ollama_chat",
        "text": """{"model": "{{MODEL}}", "messages": [{"role": "user", "content": "{{INSTR}}{{CONTENT}}"}], "stream": false, "options": {"temperature": 0}}""",
    },
    {
        "id": "ollama_generate",
        "text": """{
  "model": "{{MODEL}}",
  "prompt": "{{INSTR}}{{CONTENT}}",
  "stream": false
}""",
    },
    {
        "id": "mistral_chat",
        "text": """{"model": "mistral-small-latest", "messages": [{"role": "system", "content": "{{SYS}}"}, {"role": "user", "content": "{{INSTR}}{{CONTENT}}"}], "safe_prompt": false}""",
    },
    {
        "id": "cohere_chat",
        "text": """{"model": "command-r-plus", "preamble": "{{SYS}}", "message": "{{INSTR}}{{CONTENT}}", "temperature": 0.3}""",
    },
    {
        "id": "bedrock_invoke",
        "text": """{"anthropic_version": "bedrock-2023-05-31", "max_tokens": 800, "messages": [{"role": "user", "content": "{{INSTR}}{{CONTENT}}"}]}""",
    },
    {
        "id": "jsonl_log+pii",
        "text": """{"ts": "{{ts}}", "level": "info", "logger": "clubbot.llm", "event": "completion.request", "user": "{{USER}}", "client_ip": "{{CIP}}", "model": "{{MODEL}}", "prompt": "{{INSTR}}{{CONTENT}}", "prompt_tokens": {{n:80-2400}}}""",
    },
    {
        "id": "jsonl_log",
        "text": """{"time": "{{ts}}", "severity": "DEBUG", "service": "member-portal", "msg": "sending prompt to LLM", "request_id": "{{uuid}}", "payload": {"model": "{{MODEL}}", "input": "{{CONTENT}}"}}""",
    },
    {
        "id": "prefix_log",
        "kind": "prefix",
        "text": """2025-{{pat:0%}}-{{pat:1#}} {{pat:1#}}:{{pat:[0-5]#}}:{{pat:[0-5]#}},{{pat:###}} DEBUG [llm.client] POST https://api.openai.com/v1/chat/completions payload={"model": "{{MODEL}}", "messages": [{"role": "user", "content": "{{INSTR}}{{CONTENT}}"}]}""",
    },
    {
        "id": "prefix_log_anthropic+pii",
        "kind": "prefix",
        "text": """[{{ts}}] INFO  llm_proxy user={{USER}} ip={{CIP}} -> anthropic /v1/messages body={"model": "{{MODEL}}", "max_tokens": 600, "messages": [{"role": "user", "content": "{{CONTENT}}"}]}""",
    },
    {
        "id": "logfmt",
        "kind": "logfmt",
        "text": """time={{ts}} level=debug msg="llm prompt" model={{MODEL}} prompt="{{INSTR}}{{CONTENT}}" tokens={{n:80-2400}}""",
    },
    {
        "id": "langchain_trace",
        "text": """{"lc": 1, "type": "constructor", "id": ["langchain", "schema", "messages", "HumanMessage"], "kwargs": {"content": "{{INSTR}}{{CONTENT}}", "additional_kwargs": {}}}""",
    },
]

# ---- more templates for rarer values (US ids, crypto, driver licences, cards)

t(
    "en_us_injury_claim",
    "en",
    """ACCIDENT CLAIM – Youth Sports Secondary Medical
Claimant (injured participant): {{c1}}    DOB: {{c1.dob}}
Parent/guardian: {{p1}}    SSN of policy holder: {{ssn}}
Mailing address: {{p1.addr}}
Phone: {{p1.phone}}    Email: {{p1.email}}
Organization: {{club}}   Team: {{pick:10U Blue|Varsity|12U Girls|Travel B}}
Date of accident: {{date}}   Sport: {{pick:soccer|baseball|lacrosse|basketball|flag football}}
Description: {{pick:collision at second base, chipped tooth|ball to the face, broken nose|rolled ankle on the sideline|collision with goalie, concussion protocol}}
Primary insurance: {{pick:Aetna|BCBS|Kaiser|UnitedHealthcare}} member ID {{pat:@@@#########}}
""",
    locs=("en_US",),
)

t(
    "en_us_recruiting",
    "en",
    """Recruiting questionnaire – {{pick:Women's Soccer|Men's Lacrosse|Track & Field|Volleyball}}

First name: {{p1.g}}   Last name: {{p1.f}}
Birthdate: {{p1.dob}}
Home address: {{p1.addr1}}
Cell: {{p1.phone}}   Email: {{p1.email}}
High school: {{pick:Lincoln HS|Westview High|St. Joseph Prep|Central Catholic}}, class of {{n:2026-2028}}
GPA: 3.{{n:2-9}}   SAT: {{n:1100-1520}}
Eligibility Center ID: {{pat:##########}}
SSN (for financial aid only): {{ssn}}
Club coach: {{s1}} – {{s1.phone}}
""",
    locs=("en_US",),
)

t(
    "en_us_coach_payroll",
    "en",
    """coaches stipends Q{{n:1-4}} — do not forward
name,role,tax_id,address,amount
{{#3-6}}{{r}},{{pick:head coach|assistant|trainer|ref assignor}},{{tin}},"{{r.addr1}}",{{n:400-2600}}
{{/}}{{p1}},assistant,{{itin}},"{{p1.addr1}}",{{n:300-1200}}
""",
    locs=("en_US",),
)

t(
    "en_us_scholarship",
    "en",
    """Hi {{p2.g}} – re the camp scholarship for {{c1.g}}: I don't have a social, I file with my ITIN which is {{itin}}. Household is me and 3 kids, address {{p1.addr1}}. You can reach me at {{p1.phone}}. Thank you so much for helping us. – {{p1}}""",
    locs=("en_US",),
)

t(
    "en_us_staff_onboarding",
    "en",
    """New hire checklist – front desk / swim instructor
Name: {{p1}}
DOB: {{p1.dob}}
Home address: {{p1.addr}}
SSN: {{ssn}}
Driver's license: {{p1.dl}}
Lifeguard cert exp: {{date}}
Direct deposit: routing {{pat:#########}}, acct ending {{pat:####}}
Emergency contact: {{p2}} ({{p2.phone}})
Uniform size: {{pick:S|M|L|XL}}   Start date: {{date}}
Manager: {{s1}}
""",
    locs=("en_US",),
)

t(
    "en_us_lost_wallet",
    "en",
    """hey {{p1.lc}}, did anyone turn in a brown wallet at the rink after the {{time}} skate? it has my license ({{p2.dl}}) and my social security card ({{ssn}}) in it ugh. my number is {{p2.phone}}. – {{p2.g}}""",
    locs=("en_US",),
)

t(
    "en_us_rec_league",
    "en",
    """Adult rec soccer – player registration ({{pick:Spring|Fall}} {{year}})
Name: {{p1}}
DOB: {{p1.dob}}
Address: {{p1.addr1}}
Phone: {{p1.phone}}
Taxpayer ID for the referee stipend (if you also ref): ITIN {{itin}}
Emergency contact: {{p2}} {{p2.phone}}
Waiver signed: {{pick:yes|yes|no}}
""",
    locs=("en_US",),
)

t(
    "en_us_tournament_drivers",
    "en",
    """Travel team – drivers for {{pick:Myrtle Beach|Cooperstown|Orlando|Phoenix}} tournament
(the rental place needs DL# + DOB for every driver)

{{#3-5}}{{r}} | DL {{r.dl}} | DOB {{r.dob}} | cell {{r.phone}}
{{/}}
Van pick-up {{date}} at {{time}}. Gas card PIN for the team card: {{pin}}""",
    locs=("en_US", "en_CA"),
)

t(
    "x_json_prize_payout",
    "*",
    """{"tournament": "{{pick:Spring Cup|Online Arena #|Winter Clash|Community Blitz}} {{n:1-40}}", "payouts": [{{#2-4}}{"place": {{i}}, "player": "{{r.login}}", "name": "{{r}}", "wallet": "{{btc}}", "amount_usd": {{n:25-500}}}, {{/}}{"place": 9, "player": "{{p1.login}}", "name": "{{p1}}", "wallet": "{{eth}}", "amount_usd": {{n:10-50}}}], "organizer_contact": "{{p2.email}}"}""",
    json=True,
)

t(
    "en_chess_prize",
    "en",
    """gg everyone! prize winners of the club arena: 1st {{p1.h}}, 2nd {{p2.h}}, 3rd {{p3.h}}. please DM me your payout address. {{p1.g}} already sent: {{btc}} – paid ✅. {{p2.g}}: you gave me an ETH address ({{eth}}), is that ok for USDC?""",
)

t(
    "de_krypto_spende",
    "de",
    """Liebe Mitglieder,
für den Neubau des Kunstrasens sammeln wir Spenden. Neben der Überweisung auf {{iban}} könnt ihr auch in Bitcoin spenden: {{btc}}
Spendenquittungen stellt unser Kassenwart {{p1}} aus ({{p1.email}}).
Sportliche Grüße, {{p2}}""",
)

t(
    "es_premio_ajedrez",
    "es",
    """Ganadores del torneo online del club ♟️: 1º {{p1.h}}, 2º {{p2.h}}, 3º {{p3.h}}.
Los premios se pagan en cripto: {{p1.g}} → {{btc}}, {{p2.g}} → {{eth}}. {{p3.g}}, mándame tu dirección por privado. Cualquier duda a {{p4.email}}""",
)

t(
    "pt_vaquinha",
    "pt",
    """Galera, vaquinha pra viagem do time de e-sports pro campeonato! Pix: {{p1.email}} ou, pra quem preferir cripto, BTC {{btc}} / ETH {{eth}}. Prestação de contas com o {{p2.nick}} no fim do mês 🙏""",
)

t(
    "ru_kiberturnir",
    "ru",
    """Итоги клубного турнира по {{pick:CS2|Dota 2|шахматам онлайн}}: 1 место — {{p1}} ({{p1.h}}), 2 место — {{p2}}, 3 место — {{p3}}.
Призовые переводим в USDT, пришлите адреса кошельков. {{p1.g}} уже прислал: {{eth}}. Вопросы — {{p4.g}}, {{p4.phone}}""",
)

t(
    "ja_esports",
    "ja",
    """【賞金のお支払いについて】
優勝：{{p1}}さん（{{p1.h}}）
準優勝：{{p2}}さん
賞金は暗号資産での受け取りも可能です。{{p1.f}}さんのアドレス：{{btc}}
不明点は運営 {{s1.f}}（{{s1.email}}）まで""",
)

t(
    "tr_espor",
    "tr",
    """Turnuva ödülleri 🏆 1. {{p1}} ({{p1.h}}), 2. {{p2}}, 3. {{p3}}. Ödemeler kripto ile yapılacak: {{p1.g}} için cüzdan {{eth}}. Diğerleri adreslerini {{p4.email}} adresine göndersin.""",
)

t(
    "x_csv_drivers",
    "*",
    """volunteer drivers register – checked {{date:iso}}
name,licence_no,licence_expiry,dob,phone,seats
{{#3-7}}{{r}},{{r.dl}},{{date:iso}},{{r.dob:iso}},{{r.phone}},{{n:2-8}}
{{/}}""",
)

t(
    "de_transporter",
    "de",
    """Hallo {{p1.g}},
für die Fahrt zum Turnier nach {{town}} habe ich den 9-Sitzer bei {{pick:Sixt|Europcar|Enterprise|der Autovermietung am Bahnhof}} reserviert. Die brauchen vorab von beiden Fahrern Führerscheinnummer und Geburtsdatum:
- {{p2}}, Führerschein {{p2.dl}}, geb. {{p2.dob}}
- {{p3}}, Führerschein {{p3.dl}}, geb. {{p3.dob}}
Abholung {{date}} um {{time}}. Kaution läuft über die Vereinskreditkarte.
Gruß {{p4.g}}""",
)

t(
    "fr_location_minibus",
    "fr",
    """Location minibus 9 places pour le tournoi de {{town}} ({{date}})
Conducteur principal : {{p1}}, né le {{p1.dob}}, permis n° {{p1.dl}}
Second conducteur : {{p2}}, né le {{p2.dob}}, permis n° {{p2.dl}}
Caution par CB : {{p1.card}}
Retour le dimanche avant 20h. Contact : {{p1.phone}}""",
    sex="p1:m p2:m",
)

t(
    "es_furgoneta",
    "es",
    """Para alquilar la furgoneta del viaje a {{town}} la empresa pide los datos de los conductores:
1) {{p1}} – carné de conducir {{p1.dl}} – nacido el {{p1.dob}}
2) {{p2}} – carné de conducir {{p2.dl}} – nacida el {{p2.dob}}
La fianza la ponemos con la tarjeta del club. Salida {{date}} a las {{time}} desde el pabellón.""",
    sex="p1:m p2:f",
)

t(
    "it_pulmino",
    "it",
    """Noleggio pulmino per la trasferta a {{town}} ({{date}}):
autista 1: {{p1}}, patente n. {{p1.dl}}, nato il {{p1.dob}}
autista 2: {{p2}}, patente n. {{p2.dl}}, nato il {{p2.dob}}
Deposito cauzionale con carta {{p3.card}} intestata a {{p3}}.""",
    sex="p1:m p2:m",
)

t(
    "pt_aluguel_van",
    "pt",
    """Aluguel da van para o campeonato em {{town}}: motoristas cadastrados
- {{p1}}, CNH {{p1.dl}}, nascimento {{p1.dob}}
- {{p2}}, CNH {{p2.dl}}, nascimento {{p2.dob}}
Caução no cartão {{p1.card}}. Saída {{date}} às {{time}}.""",
    locs=("pt_BR",),
)

t(
    "ja_rental",
    "ja",
    """遠征用レンタカー（ハイエース）予約控え
運転者1：{{p1}}　免許証番号 {{p1.dl}}　生年月日 {{p1.dob}}
運転者2：{{p2}}　免許証番号 {{p2.dl}}　生年月日 {{p2.dob}}
予約番号：{{pat:@#########}}　受取 {{date}} {{time}}""",
)

t(
    "ko_rental",
    "ko",
    """전지훈련 승합차 렌트 운전자 정보
1) {{p1}} / 운전면허번호 {{p1.dl}} / 생년월일 {{p1.dob}}
2) {{p2}} / 운전면허번호 {{p2.dl}} / 생년월일 {{p2.dob}}
보증금 카드: {{p1.card}}
출발 {{date}} {{time}}""",
)

t(
    "ru_arenda",
    "ru",
    """Аренда микроавтобуса на выезд в {{town}} ({{date}}). Для договора нужны данные водителей:
1. {{p1.formal}}, ВУ {{p1.dl}}, дата рождения {{p1.dob}}
2. {{p2.formal}}, ВУ {{p2.dl}}, дата рождения {{p2.dob}}
Залог оплачиваем картой {{p1.card}}.""",
)

t(
    "pl_wynajem_busa",
    "pl",
    """Wynajem busa na turniej w {{town}} – dane kierowców:
{{p1}}, prawo jazdy nr {{p1.dl}}, ur. {{p1.dob}}
{{p2}}, prawo jazdy nr {{p2.dl}}, ur. {{p2.dob}}
Kaucja z karty {{p1.card}}. Wyjazd {{date}} o {{time}}.""",
)

t(
    "nl_busje",
    "nl",
    """Voor het huren van het busje naar het toernooi heb ik nodig: rijbewijsnummer en geboortedatum.
{{p1.g}}: {{p1.dl}}, {{p1.dob}}
{{p2.g}}: {{p2.dl}}, {{p2.dob}}
Borg gaat van de clubcreditcard. Ophalen {{date}} om {{time}}. Groet, {{p3}}""",
)

t(
    "x_debug_checkout",
    "*",
    """DEBUG checkout.service - payment attempt
  order_id={{pat:SO-########}} member={{p1.login}} email={{p1.email}}
  card_number={{card}} exp={{n:1-12}}/{{n:26-31}}
  billing_name="{{p1}}" billing_zip={{pat:#####}}
  client_ip={{ip}} ua="Mozilla/5.0 (Linux; Android 14)"
  gateway_response=DECLINED (insufficient funds)
""",
)

t(
    "en_club_shop_phone",
    "en",
    """{{s1.g}} from the club shop called back – she can take payment over the phone for the {{pick:hoodies|tracksuits|new kit}}: I read her my card {{p1.card}}, exp {{n:1-12}}/{{n:26-30}}. Delivery to {{p1.addr1}} next week 👍""",
    sex="s1:f",
)
