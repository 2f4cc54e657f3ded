"""Pools and templates of the dev30 set (sales, marketing, fundraising and membership work).

Every pool and template here was typed by hand for this set. Pool entries are separated by
"|"; a name written in a non-Latin script carries its romanized form after ":"
("native:roman"). Patterns: "#" a digit, "%" a digit 2-9, "^" an upper-case letter,
"*" an upper-case letter or digit. A town may carry its own postcode pattern after "@".
Template slots are described in bench/sanitizer_dev30.py.
"""

# ruff: noqa: E501
# (long template strings are kept whole so that they read like the texts they make)
from __future__ import annotations

# --------------------------------------------------------------------------------------
# Languages: form labels (name|phone|mobile|email|address|date of birth|hi|dear m/f|
# thanks|regards) and, where dates are written with month words, the twelve months.
# --------------------------------------------------------------------------------------

LANG = {
    "en": "Name|Phone|Mobile|Email|Address|Date of birth|Hi|Dear|Thanks|Best regards",
    "es": "Nombre|Teléfono|Móvil|Correo|Dirección|Fecha de nacimiento|Hola|Estimado/Estimada"
    "|Gracias|Saludos cordiales",
    "pt": "Nome|Telefone|Celular|E-mail|Endereço|Data de nascimento|Olá|Prezado/Prezada"
    "|Obrigado|Atenciosamente",
    "fr": "Nom|Téléphone|Portable|E-mail|Adresse|Date de naissance|Bonjour|Cher/Chère"
    "|Merci|Cordialement",
    "de": "Name|Telefon|Mobil|E-Mail|Adresse|Geburtsdatum|Hallo|Sehr geehrter/Sehr geehrte"
    "|Danke|Mit freundlichen Grüßen",
    "it": "Nome|Telefono|Cellulare|Email|Indirizzo|Data di nascita|Ciao|Gentile|Grazie"
    "|Cordiali saluti",
    "nl": "Naam|Telefoon|Mobiel|E-mail|Adres|Geboortedatum|Hoi|Beste|Bedankt"
    "|Met vriendelijke groet",
    "pl": "Imię i nazwisko|Telefon|Komórka|E-mail|Adres|Data urodzenia|Cześć"
    "|Szanowny Panie/Szanowna Pani|Dziękuję|Z poważaniem",
    "cs": "Jméno|Telefon|Mobil|E-mail|Adresa|Datum narození|Dobrý den|Vážený pane/Vážená paní"
    "|Děkuji|S pozdravem",
    "hu": "Név|Telefon|Mobil|E-mail|Cím|Születési dátum|Szia|Kedves|Köszönöm|Üdvözlettel",
    "ro": "Nume|Telefon|Mobil|E-mail|Adresă|Data nașterii|Bună|Stimate/Stimată|Mulțumesc|Cu stimă",
    "el": "Όνομα|Τηλέφωνο|Κινητό|Email|Διεύθυνση|Ημερομηνία γέννησης|Γεια σας|Αγαπητέ/Αγαπητή"
    "|Ευχαριστώ|Με εκτίμηση",
    "sv": "Namn|Telefon|Mobil|E-post|Adress|Födelsedatum|Hej|Hej|Tack|Vänliga hälsningar",
    "no": "Navn|Telefon|Mobil|E-post|Adresse|Fødselsdato|Hei|Hei|Takk|Med vennlig hilsen",
    "da": "Navn|Telefon|Mobil|E-mail|Adresse|Fødselsdato|Hej|Kære|Tak|Med venlig hilsen",
    "fi": "Nimi|Puhelin|Matkapuhelin|Sähköposti|Osoite|Syntymäaika|Moi|Hyvä|Kiitos"
    "|Ystävällisin terveisin",
    "is": "Nafn|Sími|Farsími|Netfang|Heimilisfang|Fæðingardagur|Hæ|Kæri/Kæra|Takk|Kveðja",
    "ru": "ФИО|Телефон|Моб.|Эл. почта|Адрес|Дата рождения|Здравствуйте|Уважаемый/Уважаемая"
    "|Спасибо|С уважением",
    "uk": "ПІБ|Телефон|Моб.|Ел. пошта|Адреса|Дата народження|Вітаю|Шановний/Шановна|Дякую"
    "|З повагою",
    "sr": "Ime i prezime|Telefon|Mobilni|E-pošta|Adresa|Datum rođenja|Zdravo"
    "|Poštovani/Poštovana|Hvala|Srdačan pozdrav",
    "hr": "Ime i prezime|Telefon|Mobitel|E-pošta|Adresa|Datum rođenja|Bok|Poštovani/Poštovana"
    "|Hvala|Lijep pozdrav",
    "lt": "Vardas, pavardė|Telefonas|Mobilusis|El. paštas|Adresas|Gimimo data|Labas"
    "|Gerbiamas/Gerbiama|Ačiū|Pagarbiai",
    "tr": "Ad Soyad|Telefon|Cep|E-posta|Adres|Doğum tarihi|Merhaba|Sayın|Teşekkürler|Saygılarımla",
    "ar": "الاسم|الهاتف|الجوال|البريد الإلكتروني|العنوان|تاريخ الميلاد|مرحبا|عزيزي/عزيزتي"
    "|شكرا|مع خالص التحية",
    "fa": "نام|تلفن|موبایل|ایمیل|نشانی|تاریخ تولد|سلام|جناب آقای/سرکار خانم|ممنون|با احترام",
    "he": 'שם|טלפון|נייד|דוא"ל|כתובת|תאריך לידה|היי|לכבוד|תודה|בברכה',
    "hi": "नाम|फ़ोन|मोबाइल|ईमेल|पता|जन्म तिथि|नमस्ते|प्रिय|धन्यवाद|सादर",
    "ur": "نام|فون|موبائل|ای میل|پتہ|تاریخ پیدائش|السلام علیکم|محترم/محترمہ|شکریہ|والسلام",
    "bn": "নাম|ফোন|মোবাইল|ইমেইল|ঠিকানা|জন্ম তারিখ|নমস্কার|প্রিয়|ধন্যবাদ|শুভেচ্ছান্তে",
    "ta": "பெயர்|தொலைபேசி|கைபேசி|மின்னஞ்சல்|முகவரி|பிறந்த தேதி|வணக்கம்|அன்புள்ள|நன்றி|அன்புடன்",
    "ne": "नाम|फोन|मोबाइल|इमेल|ठेगाना|जन्म मिति|नमस्ते|प्रिय|धन्यवाद|सादर",
    "id": "Nama|Telepon|No. HP|Email|Alamat|Tanggal lahir|Halo|Yth. Bapak/Yth. Ibu"
    "|Terima kasih|Salam",
    "ms": "Nama|Telefon|No. Tel Bimbit|E-mel|Alamat|Tarikh lahir|Hai|Tuan/Puan|Terima kasih"
    "|Sekian, terima kasih",
    "tl": "Pangalan|Telepono|Cellphone|Email|Tirahan|Petsa ng kapanganakan|Hi po"
    "|Mahal na G./Mahal na Gng.|Salamat po|Lubos na gumagalang",
    "th": "ชื่อ|โทรศัพท์|มือถือ|อีเมล|ที่อยู่|วันเกิด|สวัสดีครับ|เรียน|ขอบคุณครับ|ด้วยความเคารพ",
    "vi": "Họ tên|Điện thoại|Di động|Email|Địa chỉ|Ngày sinh|Chào|Kính gửi anh/Kính gửi chị"
    "|Cảm ơn|Trân trọng",
    "my": "အမည်|ဖုန်း|မိုဘိုင်း|အီးမေးလ်|လိပ်စာ|မွေးနေ့|မင်္ဂလာပါ|လေးစားအပ်ပါသော|ကျေးဇူးတင်ပါတယ်|လေးစားစွာဖြင့်",
    "km": "ឈ្មោះ|ទូរស័ព្ទ|ទូរស័ព្ទដៃ|អ៊ីមែល|អាសយដ្ឋាន|ថ្ងៃខែឆ្នាំកំណើត|សួស្តី|ជូនចំពោះ|អរគុណ|ដោយក្តីគោរព",
    "ja": "氏名|電話|携帯|メール|住所|生年月日|こんにちは|拝啓|ありがとうございます"
    "|よろしくお願いいたします",
    "ko": "이름|전화|휴대폰|이메일|주소|생년월일|안녕하세요|친애하는|감사합니다|감사합니다",
    "zh": "姓名|电话|手机|邮箱|地址|出生日期|你好|尊敬的|谢谢|此致",
    "zt": "姓名|電話|手機|電郵|地址|出生日期|您好|親愛的|謝謝|敬上",
    "mn": "Нэр|Утас|Гар утас|И-мэйл|Хаяг|Төрсөн огноо|Сайн байна уу|Эрхэм|Баярлалаа|Хүндэтгэсэн",
    "kk": "Аты-жөні|Телефон|Ұялы|Эл. пошта|Мекенжай|Туған күні|Сәлеметсіз бе|Құрметті|Рахмет"
    "|Құрметпен",
    "uz": "Ism-familiya|Telefon|Mobil|E-pochta|Manzil|Tug'ilgan sana|Salom|Hurmatli|Rahmat"
    "|Hurmat bilan",
    "ka": "სახელი|ტელეფონი|მობილური|ელფოსტა|მისამართი|დაბადების თარიღი|გამარჯობა|ძვირფასო"
    "|მადლობა|პატივისცემით",
    "hy": "Անուն|Հեռախոս|Բջջային|Էլ. փոստ|Հասցե|Ծննդյան ամսաթիվ|Բարև|Հարգելի"
    "|Շնորհակալություն|Հարգանքով",
    "az": "Ad Soyad|Telefon|Mobil|E-poçt|Ünvan|Doğum tarixi|Salam|Hörmətli|Təşəkkürlər|Hörmətlə",
    "sw": "Jina|Simu|Simu ya mkononi|Barua pepe|Anwani|Tarehe ya kuzaliwa|Habari|Mpendwa"
    "|Asante|Wako",
    "am": "ስም|ስልክ|ሞባይል|ኢሜይል|አድራሻ|የትውልድ ቀን|ሰላም|ውድ|አመሰግናለሁ|ከሰላምታ ጋር",
    "so": "Magaca|Telefoon|Mobaylka|Iimayl|Cinwaanka|Taariikhda dhalashada|Salaan|Gacaliye"
    "|Mahadsanid|Nabad gelyo",
    "af": "Naam|Telefoon|Selfoon|E-pos|Adres|Geboortedatum|Hallo|Beste|Dankie|Groete",
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
    "novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
    "noiembrie decembrie",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada "
    "studenoga prosinca",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου "
    "Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hu": "január február március április május június július augusztus szeptember október "
    "november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "af": "Januarie Februarie Maart April Mei Junie Julie Augustus September Oktober "
    "November Desember",
}

#: how a date is written with month words ({d} day, {M} month word, {y} year, {be} Thai
#: Buddhist year)
WORD_DATE = {
    "en": "{M} {d}, {y}|{d} {M} {y}",
    "es": "{d} de {M} de {y}",
    "pt": "{d} de {M} de {y}",
    "fr": "{d} {M} {y}",
    "de": "{d}. {M} {y}",
    "it": "{d} {M} {y}",
    "nl": "{d} {M} {y}",
    "pl": "{d} {M} {y}",
    "ru": "{d} {M} {y} г.",
    "uk": "{d} {M} {y} р.",
    "tr": "{d} {M} {y}",
    "id": "{d} {M} {y}",
    "ms": "{d} {M} {y}",
    "sv": "{d} {M} {y}",
    "ro": "{d} {M} {y}",
    "hr": "{d}. {M} {y}.",
    "el": "{d} {M} {y}",
    "th": "{d} {M} {be}",
    "ar": "{d} {M} {y}",
    "tl": "{M} {d}, {y}",
    "sw": "{d} {M} {y}",
    "cs": "{d}. {M} {y}",
    "hu": "{y}. {M} {d}.",
    "fi": "{d}. {M} {y}",
    "da": "{d}. {M} {y}",
    "no": "{d}. {M} {y}",
    "af": "{d} {M} {y}",
}

# --------------------------------------------------------------------------------------
# Locales. Keys: cc, country, langs (first = usual written language), style (how a full
# name is built), gm/gf given names, fam family names, st streets, tw towns, pc postcode,
# af address formats ({no} {street} {town} {pc} {flat} {fl}), ph phone formats, dom mail
# domains, hm/hf honorifics ("~" = after the name), km/kf kinship terms, dt numeric date
# formats, cur currency, co local companies (near-misses), dl/pp licence/passport formats.
# --------------------------------------------------------------------------------------


def L(**kw: object) -> dict:
    base = {
        "style": "w",
        "no": "%|%#|%#|###",
        "fl": "%#|%|%0#",
        "pc": "#####",
        "hm": "Mr",
        "hf": "Ms|Mrs",
        "km": "Uncle",
        "kf": "Auntie",
        "dt": "dmy/",
        "dl": "^#######",
        "pp": "^#######",
        "nk": "",
        "f2": 0.7,
    }
    base.update(kw)
    return base


EN_GM = (
    "James|Michael|David|Daniel|Matthew|Ryan|Christopher|Andrew|Joshua|Thomas|Liam|Noah|"
    "Ethan|Benjamin|Samuel|Jack|Oliver|Harry|George|Callum|Connor|Nathan|Tyler|Aaron|Marcus|"
    "Derek|Trevor|Gavin|Keith|Wayne"
)
EN_GF = (
    "Emily|Sarah|Jessica|Hannah|Olivia|Sophie|Chloe|Charlotte|Amelia|Grace|Megan|Lauren|"
    "Rachel|Rebecca|Natalie|Laura|Emma|Ava|Madison|Kayla|Brittany|Tiffany|Stacey|Joanne|"
    "Denise|Karen|Leanne|Kirsty|Bethany|Courtney"
)
EN_FAM = (
    "Smith|Johnson|Williams|Brown|Taylor|Davies|Evans|Wilson|Roberts|Walker|Wright|"
    "Thompson|Robinson|Hughes|Edwards|Green|Hall|Wood|Harris|Clarke|Jackson|Turner|Hill|"
    "Cooper|Ward|Morris|Bennett|Fletcher|Holloway|Pemberton|Ashworth|Whitfield|Kowalczyk|"
    "Patel|Nguyen|Murphy|O'Connor|MacLeod|Achterberg|Okoro"
)
ES_GM = (
    "José|Juan|Carlos|Luis|Miguel|Jorge|Alejandro|Diego|Andrés|Fernando|Javier|Ricardo|"
    "Eduardo|Sergio|Raúl|Héctor|Mauricio|Gustavo|Rodrigo|Emilio|Tomás|Iván|Julián|Esteban"
)
ES_GF = (
    "María|Ana|Lucía|Carmen|Laura|Sofía|Valentina|Camila|Daniela|Gabriela|Paola|Mariana|"
    "Verónica|Patricia|Claudia|Andrea|Fernanda|Ximena|Rocío|Lorena|Natalia|Adriana|Isabel|Julieta"
)
ES_FAM = (
    "García|Rodríguez|Martínez|López|González|Hernández|Pérez|Sánchez|Ramírez|Torres|Flores|"
    "Rivera|Gómez|Díaz|Morales|Vargas|Castillo|Jiménez|Ruiz|Mendoza|Ortega|Guerrero|Rojas|"
    "Navarro|Medina|Aguilar|Salazar|Cárdenas|Ibarra|Villalobos|Fuentes|Espinoza"
)
AR_GM = (
    "محمد:Mohammed|أحمد:Ahmed|عبدالله:Abdullah|خالد:Khaled|عمر:Omar|يوسف:Youssef|فيصل:Faisal|"
    "سلطان:Sultan|ماجد:Majed|طارق:Tariq|حسن:Hassan|علي:Ali|سعد:Saad|فهد:Fahad|كريم:Karim|"
    "رامي:Rami|زياد:Ziad|هشام:Hisham|إبراهيم:Ibrahim|مصطفى:Mostafa|وليد:Walid|ناصر:Nasser"
)
AR_GF = (
    "فاطمة:Fatima|مريم:Maryam|نورة:Noura|سارة:Sara|ريم:Reem|هند:Hind|ليلى:Layla|أمل:Amal|"
    "دانة:Dana|لمى:Lama|هالة:Hala|نادين:Nadine|رنا:Rana|منى:Mona|شيماء:Shaimaa|ياسمين:Yasmin|"
    "جود:Joud|غادة:Ghada|آية:Aya|سلمى:Salma"
)
FR_GM = (
    "Jean|Pierre|Nicolas|Julien|Thomas|Antoine|Mathieu|Laurent|Olivier|Sébastien|Guillaume|"
    "Maxime|Hugo|Théo|Baptiste|Jean-Luc|Jean-Pierre|François|Benoît|Yannick|Rémi|Arnaud"
)
FR_GF = (
    "Marie|Sophie|Camille|Julie|Claire|Isabelle|Nathalie|Aurélie|Céline|Émilie|Léa|Chloé|"
    "Manon|Pauline|Anne-Sophie|Marie-Claire|Élodie|Sandrine|Hélène|Margaux|Inès|Océane"
)
DE_GM = (
    "Thomas|Michael|Andreas|Stefan|Markus|Christian|Jan|Tobias|Florian|Matthias|Sebastian|"
    "Lukas|Jonas|Felix|Maximilian|Jürgen|Uwe|Dieter|Wolfgang|Niklas|Leon|Moritz"
)
DE_GF = (
    "Sabine|Petra|Julia|Katharina|Anna|Laura|Lena|Sandra|Nicole|Stefanie|Claudia|Birgit|"
    "Anja|Jana|Lea|Hannah|Mia|Ute|Heike|Franziska|Johanna|Charlotte"
)
DE_FAM = (
    "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Koch|"
    "Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|"
    "Lange|Schmitt|Werner|Krause|Lehmann|Köhler|Huber|Vogel|Yılmaz|Nowak|von Arnim|Brandstätter"
)
RU_GM = (
    "Александр:Aleksandr|Дмитрий:Dmitry|Сергей:Sergey|Андрей:Andrey|Алексей:Alexey|"
    "Михаил:Mikhail|Иван:Ivan|Николай:Nikolay|Владимир:Vladimir|Павел:Pavel|Игорь:Igor|"
    "Олег:Oleg|Артём:Artyom|Максим:Maxim|Евгений:Evgeny|Роман:Roman"
)
RU_GF = (
    "Елена:Elena|Ольга:Olga|Наталья:Natalya|Татьяна:Tatyana|Ирина:Irina|Анна:Anna|"
    "Мария:Maria|Светлана:Svetlana|Екатерина:Ekaterina|Юлия:Yulia|Анастасия:Anastasia|"
    "Дарья:Darya|Ксения:Ksenia|Марина:Marina|Алина:Alina|Вера:Vera"
)
RU_PAT = (
    "Александрович/Александровна:Aleksandrovich/Aleksandrovna|"
    "Сергеевич/Сергеевна:Sergeevich/Sergeevna|Иванович/Ивановна:Ivanovich/Ivanovna|"
    "Алексеевич/Алексеевна:Alekseevich/Alekseevna|Дмитриевич/Дмитриевна:Dmitrievich/Dmitrievna|"
    "Николаевич/Николаевна:Nikolaevich/Nikolaevna|Михайлович/Михайловна:Mikhailovich/Mikhailovna|"
    "Владимирович/Владимировна:Vladimirovich/Vladimirovna|Юрьевич/Юрьевна:Yuryevich/Yuryevna|"
    "Викторович/Викторовна:Viktorovich/Viktorovna|Олегович/Олеговна:Olegovich/Olegovna|"
    "Павлович/Павловна:Pavlovich/Pavlovna|Игоревич/Игоревна:Igorevich/Igorevna"
)

LOCALES = [
    # ---------------------------------------------------------------- Africa
    L(
        cc="NG",
        country="Nigeria",
        langs="en",
        gm="Chinedu|Emeka|Oluwaseun|Tunde|Ibrahim|Musa|Obinna|Kelechi|Segun|Adebayo|Uche|Babatunde",
        gf="Ngozi|Chiamaka|Funmilayo|Aisha|Yetunde|Adaeze|Folake|Zainab|Blessing|Amaka|Nneka|Temitope",
        fam="Okafor|Adeyemi|Eze|Balogun|Nwosu|Abubakar|Okonkwo|Adeleke|Ogunleye|Bello|Nwachukwu|"
        "Olawale|Danjuma|Ikechukwu|Oyelaran|Umeh",
        nk="Emmy|Seun|Tolu|Ify|Kachi|Bimbo|Dayo|Chi-chi",
        st="Adeola Odeku Street|Awolowo Road|Herbert Macaulay Way|Allen Avenue|Aminu Kano Crescent|"
        "Admiralty Way|Ogui Road|Opebi Road",
        tw="Victoria Island, Lagos@1010##|Ikeja, Lagos@1002##|Wuse 2, Abuja@9002##|Garki, Abuja@9001##|"
        "Bodija, Ibadan@2001##|GRA, Port Harcourt@5002##|Lekki Phase 1, Lagos@1059##",
        af="{no} {street}, {town}|Plot {no}, {street}, {town}|Flat {flat}, {no} {street}, {town}",
        ph="080% ### ####|0803 ### ####|+234 80% ### ####|+234 70% ### ####|0909 ### ####|"
        "+2348%########|0813-###-####",
        dom="gmail.com|yahoo.com|outlook.com|yahoo.co.uk",
        hm="Mr|Chief|Alhaji|Engr.|Barr.",
        hf="Mrs|Ms|Hajia|Dr",
        km="Uncle|Baba|Oga|Brother",
        kf="Auntie|Mama|Sister|Aunty",
        cur="₦|NGN",
        co="Jumia|Paystack|Dangote Cement|Chicken Republic|MTN Nigeria|Mama Cass Restaurant|Shoprite Ikeja",
        dl="^^^#####^^##",
        pp="A########",
    ),
    L(
        cc="GH",
        country="Ghana",
        langs="en",
        gm="Kwame|Kofi|Kwabena|Yaw|Kojo|Kwaku|Emmanuel|Samuel|Ebenezer|Prince|Isaac|Nii Armah",
        gf="Ama|Akosua|Abena|Efua|Adwoa|Yaa|Afia|Akua|Esi|Gifty|Priscilla|Naa Adjeley",
        fam="Mensah|Owusu|Boateng|Asante|Osei|Agyeman|Appiah|Acheampong|Darko|Ofori|Quaye|Tetteh|"
        "Amoah|Sarpong|Addo|Ansah",
        st="Boundary Road|Oxford Street|Lagos Avenue|Ring Road Central|Liberation Road|Jungle Avenue|"
        "Nii Nortei Nyanchi Street",
        tw="East Legon, Accra@GA-###-####|Osu, Accra@GA-###-####|Adum, Kumasi@AK-###-####|"
        "Tema Community 25@GT-###-####|Takoradi@WS-###-####",
        af="House No. {no}, {street}, {town}|{no} {street}, {town} (GPS {pc})|"
        "Flat {flat}, {street}, {town}",
        ph="024 ### ####|+233 24 ### ####|020 ### ####|+233 55 ### ####|0302 ### ###|054#######",
        dom="gmail.com|yahoo.com|outlook.com",
        hm="Mr|Nana|Togbe|Rev.",
        hf="Mrs|Ms|Maame|Auntie",
        km="Uncle|Papa|Brother",
        kf="Auntie|Maa|Sister",
        cur="GH₵|GHS",
        co="MTN MoMo|Melcom|Kasapreko|Papaye|Kofi Brokeman Foods|Hubtel",
        dl="^^^-########-##",
        pp="G#######",
    ),
    L(
        cc="KE",
        country="Kenya",
        langs="en sw",
        gm="Brian|Kevin|Dennis|Collins|Victor|Peter|Stephen|Eric|Felix|Kiprotich|Omondi|Kamau",
        gf="Faith|Mercy|Grace|Joy|Sharon|Esther|Caroline|Purity|Winnie|Wanjiru|Akinyi|Chebet",
        fam="Otieno|Kamau|Mwangi|Wanjiku|Ochieng|Kiprono|Njoroge|Odhiambo|Cheruiyot|Mutua|"
        "Wafula|Kariuki|Achieng|Njeri|Kiptoo|Maina",
        st="Argwings Kodhek Road|Ngong Road|Waiyaki Way|Links Road|Oginga Odinga Street|"
        "Kenyatta Avenue|Lenana Road|Riverside Drive",
        tw="Kilimani, Nairobi@00100|Westlands, Nairobi@00800|Nyali, Mombasa@80118|"
        "Milimani, Kisumu@40100|Section 58, Nakuru@20100|Karen, Nairobi@00502",
        af="Apt {flat}, {street}, {town}|House {no}, {street}, {town}|{street}, Hse {no}, {town} {pc}",
        ph="0712 ######|+254 712 ######|07%# ### ###|+254 7%# ### ###|0110 ######|+254 110 ######",
        dom="gmail.com|yahoo.com|outlook.com",
        hm="Mr|Bw.|Mzee|Dr",
        hf="Mrs|Ms|Bi.|Mama",
        km="Uncle|Mjomba|Babu",
        kf="Auntie|Shangazi|Cucu|Mama",
        cur="KSh|KES",
        co="Safaricom|M-Pesa|Naivas|Java House|Kenchic|Wanjiku's Kitchen Ltd",
        dl="^^^#######",
        pp="AK#######",
    ),
    L(
        cc="TZ",
        country="Tanzania",
        langs="sw en",
        gm="Juma|Baraka|Hamisi|Rashidi|Emmanuel|Godfrey|Amani|Salim|Joseph|Faraji|Daudi",
        gf="Neema|Rehema|Zawadi|Mwanaisha|Halima|Upendo|Subira|Asha|Imani|Grace|Furaha",
        fam="Mushi|Mrema|Massawe|Kimaro|Mwakyusa|Lyimo|Shirima|Mollel|Swai|Temba|Mbwambo|Kombo|"
        "Mfinanga|Nyerere-Msuya",
        st="Mwai Kibaki Road|Samora Avenue|Nyerere Road|Ali Hassan Mwinyi Road|Sokoine Road|"
        "Haile Selassie Road|Old Bagamoyo Road",
        tw="Mikocheni, Dar es Salaam@14###|Kariakoo, Dar es Salaam@11###|Njiro, Arusha@23###|"
        "Kilimahewa, Mwanza@33###|Masaki, Dar es Salaam@14###",
        af="Plot {no}, {street}, {town}|Nyumba Na. {no}, {street}, {town}|{no} {street}, {town} {pc}",
        ph="0754 ### ###|+255 754 ### ###|07%# ### ###|+255 7%# ### ###|0622 ### ###",
        dom="gmail.com|yahoo.com|hotmail.com",
        hm="Bw.|Mzee|Ndugu|Mr",
        hf="Bi.|Mama|Mrs",
        km="Mjomba|Babu|Kaka",
        kf="Shangazi|Bibi|Mama|Dada",
        cur="TSh|TZS",
        co="Vodacom Tanzania|Azam|Tigo Pesa|Kilimanjaro Premium Lager|Mama Ntilie Catering",
        dl="40########",
        pp="TAE######",
    ),
    L(
        cc="UG",
        country="Uganda",
        langs="en",
        gm="Moses|Ronald|Isaac|Denis|Brian|Joseph|Ivan|Robert|Arthur|Godfrey",
        gf="Sarah|Esther|Patience|Brenda|Doreen|Phiona|Sharifah|Juliet|Immaculate|Prossy",
        fam="Mugisha|Okello|Nakato|Ssempijja|Kato|Namubiru|Tumusiime|Byaruhanga|Atim|Nsubuga|"
        "Opio|Kyomuhendo|Ssekandi|Nabirye",
        st="Acacia Avenue|Kira Road|Bukoto Street|Lumumba Avenue|Kampala Road|Ntinda II Road|"
        "Gaba Road",
        tw="Kololo, Kampala|Ntinda, Kampala|Entebbe|Jinja|Mbarara|Muyenga, Kampala",
        af="Plot {no}, {street}, {town}|{no} {street}, {town}",
        ph="0772 ######|+256 772 ######|07%# ### ###|+256 7%# ### ###|0414 ######",
        dom="gmail.com|yahoo.com",
        hm="Mr|Dr|Hon.",
        hf="Mrs|Ms|Madam",
        km="Uncle|Jajja",
        kf="Auntie|Ssenga|Jajja",
        cur="USh|UGX",
        co="MTN Uganda|Rolex Republic|Nile Breweries|Cafe Javas|Mama Kits Bakery",
        dl="########^^",
        pp="A#######",
    ),
    L(
        cc="ZA",
        country="South Africa",
        langs="en af zu",
        gm="Thabo|Sipho|Bongani|Themba|Pieter|Johan|Ruan|Sibusiso|Tshepo|Mandla|Kyle|Riaan",
        gf="Nomvula|Lerato|Thandi|Zanele|Anele|Precious|Annelie|Marlize|Chantelle|Palesa|"
        "Nokuthula|Megan",
        fam="Nkosi|Dlamini|Mokoena|Ndlovu|Khumalo|van der Merwe|Botha|Pretorius|Naidoo|Zulu|"
        "Mahlangu|du Plessis|Coetzee|Molefe|Sithole|Pillay|Jansen van Vuuren",
        st="Rivonia Road|Vilakazi Street|Main Road|Jan Smuts Avenue|Beach Road|Church Street|"
        "Oxford Road|Kloof Street",
        tw="Sandton@2196|Soweto@1804|Sea Point, Cape Town@8005|Umhlanga, Durban@4319|"
        "Hatfield, Pretoria@0028|Stellenbosch@7600|Gardens, Cape Town@8001",
        af="{no} {street}, {town}, {pc}|Unit {flat}, {no} {street}, {town} {pc}|"
        "{flat} Protea Court, {no} {street}, {town}",
        ph="082 ### ####|+27 82 ### ####|07% ### ####|+27 7% ### ####|011 ### ####|"
        "+27 21 ### ####|06% ### ####",
        dom="gmail.com|outlook.com|mweb.co.za|webmail.co.za|icloud.com",
        hm="Mr|Meneer|Dr",
        hf="Mrs|Ms|Mevrou|Dr",
        km="Uncle|Oom|Malume",
        kf="Auntie|Tannie|Gogo|Sisi",
        cur="R|ZAR",
        co="Woolworths|Checkers|Nando's|Pick n Pay|Mr Price|Vida e Caffè|Ouma Rusks",
        dl="##########^^",
        pp="A########",
    ),
    L(
        cc="ET",
        country="Ethiopia",
        langs="am en",
        style="et",
        gm="አበበ:Abebe|ዳዊት:Dawit|ሰለሞን:Solomon|ተስፋዬ:Tesfaye|ብርሃኑ:Birhanu|ዮሐንስ:Yohannes|"
        "ሙሉጌታ:Mulugeta|ግርማ:Girma|ኤርሚያስ:Ermias|ታደሰ:Tadesse|ሀይሌ:Haile|ካሳሁን:Kassahun",
        gf="ሄለን:Helen|ሰላም:Selam|ትዕግስት:Tigist|መሰረት:Meseret|ብርቱካን:Birtukan|ሃና:Hanna|"
        "ፍሬሕይወት:Frehiwot|ቤተልሔም:Bethlehem|ራሄል:Rahel|ማህሌት:Mahlet",
        fam="",
        st="Bole Road|Africa Avenue|Churchill Avenue|Haile Gebreselassie Road|CMC Road|Kazanchis",
        tw="Bole, Addis Ababa|Kirkos, Addis Ababa|Yeka, Addis Ababa|Bahir Dar|Hawassa|Mekelle",
        af="House No. {no}, {street}, {town}|Woreda 0%, Kebele %#, House {no}, {town}",
        ph="091 ### ####|+251 91 ### ####|092 ### ####|+251 92 ### ####|011 ### ####",
        dom="gmail.com|yahoo.com|ethionet.et",
        hm="Ato|Mr|Dr",
        hf="W/ro|W/rt|Ms",
        km="Gashe|Uncle",
        kf="Etiye|Auntie",
        cur="Br|ETB",
        co="Ethio Telecom|Tomoca Coffee|Kaldi's Coffee|Ethiopian Airlines|Habesha Breweries",
        dl="AA-######",
        pp="EP#######",
    ),
    L(
        cc="EG",
        country="Egypt",
        langs="ar en",
        style="are",
        gm=AR_GM + "|محمود:Mahmoud|حسام:Hossam|شريف:Sherif|عمرو:Amr|تامر:Tamer|أيمن:Ayman",
        gf=AR_GF + "|نهى:Noha|هبة:Heba|دينا:Dina|إيمان:Eman|رحاب:Rehab|مي:Mai",
        fam="",
        st="Tahrir Street|Gameat El Dowal El Arabeya Street|Abbas El Akkad Street|El Nozha Street|"
        "Makram Ebeid Street|Road 9|El Horreya Road",
        tw="Mohandessin, Giza@12###|Nasr City, Cairo@11###|Maadi, Cairo@11###|Heliopolis, Cairo@11###|"
        "Sheikh Zayed City, Giza@12###|Smouha, Alexandria@21###",
        af="{no} {street}, {town}|Apartment {flat}, {no} {street}, {town}|"
        "Villa {no}, {street}, {town} {pc}|{no} {street}, Floor %, Apt {flat}, {town}",
        ph="010 #### ####|+20 10 #### ####|012 #### ####|+20 11 #### ####|02 #### ####|"
        "+20 2 #### ####|015########",
        dom="gmail.com|yahoo.com|hotmail.com|outlook.com",
        hm="Mr|Eng.|Dr|أستاذ|Ustaz",
        hf="Mrs|Ms|Madame|Dr|أستاذة",
        km="Amo|Khalo|عمو",
        kf="Tant|Khalto|طنط",
        cur="EGP|LE|ج.م",
        co="Vodafone Egypt|Talabat|Fawry|Abou Tarek Koshary|Cilantro|Hassan Allam Holding",
        dl="########",
        pp="A########",
    ),
    L(
        cc="MA",
        country="Morocco",
        langs="fr ar",
        gm="Youssef|Mehdi|Hamza|Yassine|Omar|Anas|Rachid|Karim|Said|Abdelilah|Othmane|Reda",
        gf="Fatima Zahra|Salma|Imane|Khadija|Meryem|Hajar|Nadia|Soukaina|Ghizlane|Loubna|Kenza|Houda",
        fam="El Amrani|Benali|Alaoui|Bennani|Tazi|Berrada|El Idrissi|Chraibi|Ouazzani|Benjelloun|"
        "Fassi-Fihri|Ait Lahcen|Bouazza|El Mansouri",
        st="Boulevard d'Anfa|Rue Ibnou Majid El Bahar|Avenue Mohammed V|Rue Moulay Youssef|"
        "Boulevard Zerktouni|Rue des Orangers|Avenue Hassan II",
        tw="Casablanca@20###|Rabat@10###|Marrakech@40###|Tanger@90###|Fès@30###|Agadir@80###",
        af="{no}, {street}, {pc} {town}|Résidence Al Amal, Imm. %, Appt {flat}, {street}, {town}|"
        "{no} {street}, Apt {flat}, {pc} {town}",
        ph="06 ## ## ## ##|+212 6 ## ## ## ##|07 ## ## ## ##|+212 7 ## ## ## ##|05 22 ## ## ##|"
        "+212 5 22 ## ## ##",
        dom="gmail.com|yahoo.fr|hotmail.com|menara.ma|outlook.fr",
        hm="M.|Si|Hajj",
        hf="Mme|Mlle|Lalla|Hajja",
        km="Khali|Ammi|Tonton",
        kf="Khalti|Tata|Mi",
        cur="MAD|DH",
        co="Maroc Telecom|Marjane|Label'Vie|Café Clock|Patisserie Bennis|Royal Air Maroc",
        dl="##/######",
        pp="^^#######",
    ),
    L(
        cc="DZ",
        country="Algeria",
        langs="fr ar",
        gm="Amine|Sofiane|Walid|Nassim|Karim|Bilal|Redouane|Abdelkader|Mourad|Yacine|Fares",
        gf="Amel|Lamia|Souad|Nesrine|Sarah|Meriem|Wafa|Lynda|Kahina|Dalila|Yasmine",
        fam="Benyahia|Bouzid|Hamidi|Belkacem|Mebarki|Khelifi|Cherif|Mansouri|Saadi|Touati|"
        "Haddad|Ait Ahmed|Boukhalfa|Larbi",
        st="Rue Didouche Mourad|Boulevard Krim Belkacem|Rue Larbi Ben M'hidi|Chemin Sidi Yahia|"
        "Cité des 1000 Logements|Rue Hassiba Ben Bouali",
        tw="Alger@16###|Hydra, Alger@16035|Oran@31###|Constantine@25###|Tizi Ouzou@15###|Annaba@23###",
        af="{no}, {street}, {pc} {town}|Cité {no} Logements, Bt ^, N° {flat}, {town}|"
        "{no} {street}, {town}",
        ph="05 ## ## ## ##|+213 5 ## ## ## ##|06 ## ## ## ##|+213 6 ## ## ## ##|07 ## ## ## ##|"
        "021 ## ## ##",
        dom="gmail.com|yahoo.fr|hotmail.fr|outlook.com",
        hm="M.|Si",
        hf="Mme|Mlle",
        km="Khalou|Ammou|Tonton",
        kf="Khalti|Ammti|Tata",
        cur="DA|DZD",
        co="Djezzy|Mobilis|Cevital|Ifri|Condor Electronics",
        dl="##########",
        pp="#########",
    ),
    L(
        cc="TN",
        country="Tunisia",
        langs="fr ar",
        gm="Mohamed Amine|Anis|Skander|Hatem|Slim|Wassim|Aymen|Mehdi|Karim|Nizar",
        gf="Rim|Ines|Emna|Olfa|Asma|Mariem|Sirine|Nour|Yosra|Amira",
        fam="Ben Salah|Trabelsi|Gharbi|Jebali|Mejri|Ben Ammar|Chaabane|Hammami|Dridi|Ben Youssef|"
        "Sassi|Mabrouk|Ben Hassine|Ayari",
        st="Avenue Habib Bourguiba|Rue de Marseille|Avenue de la Liberté|Rue du Lac Léman|"
        "Rue Ibn Khaldoun|Avenue Hédi Nouira",
        tw="Tunis@10##|Les Berges du Lac, Tunis@1053|La Marsa@2070|Sousse@40##|Sfax@30##|Ariana@20##",
        af="{no} {street}, {pc} {town}|Résidence Yasmine, Appt {flat}, {street}, {town}",
        ph="2# ### ###|+216 2# ### ###|9# ### ###|+216 9# ### ###|5# ### ###|71 ### ###",
        dom="gmail.com|yahoo.fr|topnet.tn|hotmail.com",
        hm="M.|Si",
        hf="Mme|Mlle",
        km="Khali|Ammi",
        kf="Khalti|Ammti",
        cur="DT|TND",
        co="Tunisie Telecom|Ooredoo|Délice Danone|Monoprix Tunisie|Patisserie Masmoudi",
        dl="##/######",
        pp="^######",
    ),
    L(
        cc="SN",
        country="Senegal",
        langs="fr",
        gm="Moussa|Mamadou|Cheikh|Abdoulaye|Ibrahima|Ousmane|Babacar|Modou|Alioune|Pape",
        gf="Fatou|Aminata|Awa|Khady|Mariama|Ndeye|Coumba|Astou|Aïssatou|Rokhaya",
        fam="Diop|Ndiaye|Fall|Sow|Diallo|Sarr|Faye|Gueye|Ba|Mbaye|Cissé|Seck|Thiam|Sy|Ndour",
        st="Rue Carnot|Avenue Cheikh Anta Diop|Route de Ngor|Rue Mousse Diop|Avenue Lamine Guèye|"
        "Route des Almadies|Rue 10",
        tw="Plateau, Dakar@12500|Almadies, Dakar@12500|Sacré-Cœur 3, Dakar@11000|Thiès@21000|"
        "Saint-Louis@32000|Mermoz, Dakar@11000",
        af="{no}, {street}, {town}|Villa n° {no}, {town}|Cité Keur Gorgui, Villa {no}, {town}",
        ph="77 ### ## ##|+221 77 ### ## ##|78 ### ## ##|+221 76 ### ## ##|33 8## ## ##",
        dom="gmail.com|yahoo.fr|orange.sn|hotmail.fr",
        hm="M.|Serigne|El Hadji",
        hf="Mme|Mlle|Adja|Sokhna",
        km="Tonton|Baay",
        kf="Tata|Yaay|Badiène",
        cur="FCFA|XOF",
        co="Orange Sénégal|Wave|Auchan Dakar|Kirène|Patisserie Aïda",
        dl="###########",
        pp="A########",
    ),
    L(
        cc="CI",
        country="Côte d'Ivoire",
        langs="fr",
        gm="Kouassi|Koffi|Yao|Konan|Serge|Didier|Arnaud|Ange|Franck|Aboubacar|Jean-Marc",
        gf="Adjoua|Aya|Affoué|Mariam|Fatoumata|Christelle|Estelle|Prisca|Nadège|Awa|Ahou",
        fam="Kouadio|Koné|Traoré|N'Guessan|Kouamé|Bamba|Coulibaly|Ouattara|Touré|Diabaté|Aka|"
        "Brou|Konaté|Yapi",
        st="Rue des Jardins|Boulevard Latrille|Rue du Lycée Technique|Boulevard de Marseille|"
        "Rue Pierre et Marie Curie|Avenue Chardy",
        tw="Cocody, Abidjan|Marcory, Abidjan|Yopougon, Abidjan|Plateau, Abidjan|Bouaké|"
        "Riviera 3, Cocody, Abidjan",
        af="Lot {no}, Îlot %#, {street}, {town}|{street}, Villa {no}, {town}|"
        "Résidence Les Cocotiers, Appt {flat}, {town}",
        ph="07 ## ## ## ##|+225 07 ## ## ## ##|05 ## ## ## ##|+225 01 ## ## ## ##|27 22 ## ## ##",
        dom="gmail.com|yahoo.fr|outlook.fr",
        hm="M.|Dr",
        hf="Mme|Mlle",
        km="Tonton|Grand frère",
        kf="Tantie|Tata|Grande sœur",
        cur="FCFA|XOF",
        co="Orange CI|MTN MoMo|Prosuma|Solibra|Maquis Chez Ambroise",
        dl="CI##########",
        pp="^########",
    ),
    L(
        cc="CM",
        country="Cameroon",
        langs="fr en",
        gm="Jean-Paul|Emmanuel|Hervé|Samuel|Franck|Blaise|Cyrille|Rodrigue|Patrick|Landry",
        gf="Chantal|Brigitte|Pauline|Sandrine|Marlyse|Nadine|Clarisse|Josiane|Gaëlle|Laure",
        fam="Mbarga|Nkoulou|Tchoumi|Fotso|Kamga|Ndongo|Essomba|Tchinda|Atangana|Ngono|Mvondo|"
        "Tagne|Kenfack|Nkeng",
        st="Rue Joss|Boulevard de la Liberté|Rue Njo-Njo|Avenue Kennedy|Rue Franqueville|"
        "Rue Tokoto|Molyko Road",
        tw="Bastos, Yaoundé|Bonapriso, Douala|Akwa, Douala|Biyem-Assi, Yaoundé|Buea|Bamenda",
        af="{street}, Immeuble {no}, {town}|BP %###, {town}|Carrefour Elf, {street}, {town}",
        ph="6 77 ## ## ##|+237 6 77 ## ## ##|6 9# ## ## ##|+237 6 5# ## ## ##|2 33 ## ## ##",
        dom="gmail.com|yahoo.fr|yahoo.com",
        hm="M.|Mr|Dr",
        hf="Mme|Mrs",
        km="Tonton|Pa",
        kf="Tata|Ma|Mami",
        cur="FCFA|XAF",
        co="MTN Cameroon|Orange Money|Brasseries du Cameroun|Santa Lucia|Chez Wou",
        dl="CE##-######",
        pp="#########",
    ),
    L(
        cc="SO",
        country="Somalia",
        langs="so en",
        style="so",
        gm="Abdirahman|Mohamed|Ahmed|Abdullahi|Hassan|Ali|Omar|Yusuf|Farah|Abdiwali|Mahad|Liban",
        gf="Hodan|Amina|Fadumo|Hawa|Ifrah|Sahra|Nasteho|Deeqa|Ayaan|Halima|Ubah|Faiza",
        fam="",
        nk="Cali Dheere|Xasan Yare|Faarax Gaab|Deeqa Cas",
        st="Maka Al Mukarama Road|KM4 Road|Wadada Warshadaha|Jidka Afgooye|Hodan Street",
        tw="Hodan District, Mogadishu|Wadajir, Mogadishu|Hargeisa|Garowe|Bosaso|Kismayo",
        af="{street}, House {no}, {town}|Near Daljirka Dahsoon, {street}, {town}",
        ph="+252 61 #######|061 #######|+252 90 #######|+252 63 #######|0615 ######",
        dom="gmail.com|hotmail.com|yahoo.com",
        hm="Mr|Sheikh|Eng.",
        hf="Ms|Mrs|Marwo",
        km="Abti|Adeer",
        kf="Habaryar|Eedo",
        cur="USD|$",
        co="Hormuud|EVC Plus|Dahabshiil|Somtel|Premier Bank",
        dl="SO######",
        pp="P#######",
    ),
    # ---------------------------------------------------------------- Middle East
    L(
        cc="SA",
        country="Saudi Arabia",
        langs="ar en",
        style="arg",
        gm=AR_GM + "|نايف:Nayef|تركي:Turki|بندر:Bandar|مشعل:Mishal",
        gf=AR_GF + "|العنود:Alanoud|الجوهرة:Aljohara|شهد:Shahad|رغد:Raghad",
        fam="القحطاني:Al-Qahtani|العتيبي:Al-Otaibi|الحربي:Al-Harbi|الشمري:Al-Shammari|"
        "الدوسري:Al-Dosari|الغامدي:Al-Ghamdi|الزهراني:Al-Zahrani|المطيري:Al-Mutairi|"
        "السبيعي:Al-Subaie|العنزي:Al-Anazi|الشهري:Al-Shehri|باعشن:Baeshen",
        st="King Fahd Road|Prince Sultan Street|Tahlia Street|Al Urubah Road|Olaya Street|"
        "Prince Turki Street|Anas Ibn Malik Road",
        tw="Al Olaya, Riyadh@12###|Al Malqa, Riyadh@13###|Al Rawdah, Jeddah@23###|Al Khobar@34###|"
        "Al Faisaliyah, Dammam@32###|Al Aziziyah, Makkah@24###",
        af="{no} {street}, {town} {pc}|Building {no}, {street}, {town} {pc}, Additional No. %###|"
        "Villa {no}, {street}, {town}",
        ph="05% ### ####|+966 5% ### ####|+966 55 ### ####|011 ### ####|+966 12 ### ####|"
        "+9665%#######",
        dom="gmail.com|hotmail.com|outlook.sa|yahoo.com|icloud.com",
        hm="Mr|Eng.|Sheikh|أ.|الأستاذ",
        hf="Ms|Mrs|أ.|الأستاذة",
        km="عمي|Uncle",
        kf="خالتي|Auntie",
        cur="SAR|ر.س",
        co="STC|Jarir Bookstore|Almarai|Al Baik|Tamimi Markets|Panda|Bin Dawood",
        dl="##########",
        pp="^########",
    ),
    L(
        cc="AE",
        country="United Arab Emirates",
        langs="en ar",
        style="arg",
        gm=AR_GM + "|حمدان:Hamdan|راشد:Rashid|سيف:Saif|مبارك:Mubarak",
        gf=AR_GF + "|شما:Shamma|ميثاء:Maitha|عائشة:Aisha|حصة:Hessa",
        fam="المنصوري:Al Mansoori|الكعبي:Al Kaabi|الشامسي:Al Shamsi|المهيري:Al Muhairi|"
        "النعيمي:Al Nuaimi|الظاهري:Al Dhaheri|البلوشي:Al Balushi|المرزوقي:Al Marzouqi|"
        "الحمادي:Al Hammadi|السويدي:Al Suwaidi",
        st="Al Wasl Road|Marina Promenade|Hessa Street|Al Khail Road|Al Saada Street|"
        "Corniche Road|King Faisal Street",
        tw="Al Barsha 2, Dubai|Jumeirah Village Circle, Dubai|Khalifa City, Abu Dhabi|"
        "Al Majaz 3, Sharjah|Al Nahda 1, Dubai|Mirdif, Dubai|Al Reem Island, Abu Dhabi",
        af="Villa {no}, Street %#, {town}|Apartment {flat}, {street}, {town}|"
        "Flat {flat}, Building %#, {street}, {town}",
        ph="050 ### ####|+971 50 ### ####|055 ### ####|+971 56 ### ####|04 ### ####|"
        "+971 4 ### ####|+971 2 ### ####",
        dom="gmail.com|hotmail.com|emirates.net.ae|outlook.com|yahoo.com",
        hm="Mr|Eng.|Sheikh",
        hf="Ms|Mrs|Sheikha",
        km="Uncle|Ammi",
        kf="Auntie|Khalti",
        cur="AED|Dhs",
        co="Emaar|Carrefour UAE|Noon|Careem|Emirates NBD|Al Ghurair|Lulu Hypermarket",
        dl="#######",
        pp="^#######",
    ),
    L(
        cc="QA",
        country="Qatar",
        langs="ar en",
        style="arg",
        gm=AR_GM + "|حمد:Hamad|جاسم:Jassim|تميم:Tamim",
        gf=AR_GF + "|موزة:Moza|لولوة:Lulwa|نوف:Nouf",
        fam="الكواري:Al-Kuwari|المري:Al-Marri|الهاجري:Al-Hajri|الكبيسي:Al-Kubaisi|"
        "النعيمي:Al-Naimi|السليطي:Al-Sulaiti|العطية:Al-Attiyah|المهندي:Al-Mohannadi",
        st="Al Markhiya Street|Porto Arabia Tower 12|Al Waab Street|Salwa Road|Al Sadd Street|"
        "Lusail Expressway",
        tw="West Bay, Doha|Al Sadd, Doha|The Pearl, Doha|Al Wakrah|Lusail|Al Rayyan",
        af="Zone %#, Street %##, Building {no}, {town}|Villa {no}, {street}, {town}|"
        "Apartment {flat}, {street}, {town}",
        ph="5### ####|+974 5### ####|3### ####|+974 3### ####|+974 4### ####|7### ####",
        dom="gmail.com|hotmail.com|qatar.net.qa|outlook.com",
        hm="Mr|Eng.|Sheikh",
        hf="Ms|Mrs",
        km="Uncle|Ammi",
        kf="Auntie|Khalti",
        cur="QAR|QR",
        co="Ooredoo|Qatar Airways|Al Meera|Katara Hospitality|Karak Mqanes",
        dl="#########",
        pp="^########",
    ),
    L(
        cc="KW",
        country="Kuwait",
        langs="ar en",
        style="w",
        gm=AR_GM + "|بدر:Bader|مشاري:Meshari|عبدالعزيز:Abdulaziz",
        gf=AR_GF + "|دلال:Dalal|بشاير:Bashayer|فجر:Fajer",
        fam="العنزي:Al-Enezi|الرشيدي:Al-Rashidi|العجمي:Al-Ajmi|الصباح:Al-Sabah|المطيري:Al-Mutairi|"
        "الكندري:Al-Kandari|البناي:Al-Bannai|الشطي:Al-Shatti|بهبهاني:Behbehani",
        st="Salem Al Mubarak Street|Amman Street|Tunis Street|Fahd Al Salem Street|"
        "Gulf Road|Baghdad Street",
        tw="Salmiya@22###|Hawalli@32###|Jabriya@46###|Mishref@40###|Kuwait City@13###|Fintas@51###",
        af="Block %, Street %#, House {no}, {town}|Block %, {street}, Building {no}, Apt {flat}, "
        "{town} {pc}|Block %, Avenue %#, House {no}, {town}",
        ph="9### ####|+965 9### ####|6### ####|+965 6### ####|5### ####|+965 2### ####",
        dom="gmail.com|hotmail.com|outlook.com",
        hm="Mr|Eng.|Dr",
        hf="Ms|Mrs|Dr",
        km="Uncle|Ammi",
        kf="Auntie|Khalti",
        cur="KWD|KD",
        co="Zain|Alshaya|Talabat|Sultan Center|Kuwait Airways",
        dl="###########",
        pp="^#######",
    ),
    L(
        cc="JO",
        country="Jordan",
        langs="ar en",
        gm=AR_GM + "|عمار:Ammar|ليث:Laith|معاذ:Moath",
        gf=AR_GF + "|رزان:Razan|تالا:Tala|لانا:Lana",
        fam="حداد:Haddad|نصار:Nassar|عبيدات:Obeidat|المجالي:Al-Majali|الخطيب:Al-Khatib|"
        "الزعبي:Al-Zoubi|النابلسي:Al-Nabulsi|الطراونة:Al-Tarawneh|العبادي:Al-Abbadi|"
        "قطيشات:Qteishat|الرفاعي:Al-Rifai",
        st="Zahran Street|Wasfi Al-Tal Street|Mecca Street|Rainbow Street|Queen Rania Street|"
        "Abdullah Ghosheh Street",
        tw="Abdoun, Amman@11###|Khalda, Amman@11###|Jabal Amman, Amman@11###|Irbid@21###|"
        "Aqaba@77###|Sweifieh, Amman@11###",
        af="{no} {street}, {town} {pc}|Building {no}, {street}, Apt {flat}, {town}|"
        "{street}, Building {no}, Floor %, {town}",
        ph="079 ### ####|+962 79 ### ####|077 ### ####|+962 78 ### ####|06 ### ####",
        dom="gmail.com|hotmail.com|yahoo.com|outlook.com",
        hm="Mr|Eng.|Dr|أستاذ",
        hf="Ms|Mrs|Dr",
        km="Amo|Khalo",
        kf="Tante|Khalto",
        cur="JOD|JD",
        co="Zain Jordan|Orange Jordan|Habibah Sweets|Hashem Restaurant|Aramex",
        dl="#########",
        pp="^#######",
    ),
    L(
        cc="LB",
        country="Lebanon",
        langs="ar fr en",
        gm=AR_GM + "|جورج:Georges|إيلي:Elie|شربل:Charbel|جو:Joe|رالف:Ralph",
        gf=AR_GF + "|ريتا:Rita|ميريام:Myriam|كارلا:Carla|جويل:Joelle|ماريا:Maria",
        fam="خوري:Khoury|حداد:Haddad|صعب:Saab|فرح:Farah|عازار:Azar|الحلبي:Halabi|نجار:Najjar|"
        "أبو جودة:Abou Jaoude|شمعون:Chamoun|فرنجية:Frangieh|الأسمر:El Asmar|عون:Aoun",
        st="Rue Monot|Hamra Street|Rue Gouraud|Armenia Street|Rue Abdel Aziz|Mar Elias Street|"
        "Rue Pasteur",
        tw="Achrafieh, Beirut|Hamra, Beirut|Jounieh|Jbeil|Zahle|Saida|Mar Mikhael, Beirut",
        af="{street}, Building %#, Floor %, {town}|Bldg {no}, {street}, {town}|"
        "{street}, Immeuble Nassar, {fl}e étage, {town}",
        ph="03 ### ###|+961 3 ### ###|71 ### ###|+961 71 ### ###|76 ### ###|01 ### ###",
        dom="gmail.com|hotmail.com|idm.net.lb|outlook.com",
        hm="Mr|M.|Dr|Sheikh",
        hf="Ms|Mme|Mrs",
        km="Amo|Khalo|Tonton",
        kf="Tante|Khalto|Teta",
        cur="USD|LBP|$",
        co="Touch|Alfa|ABC Achrafieh|Patchi|Abou Hassan Sweets|Boubouffe",
        dl="#######",
        pp="LR#######",
    ),
    L(
        cc="IL",
        country="Israel",
        langs="he en",
        gm="יוסי:Yossi|אבי:Avi|דניאל:Daniel|איתי:Itai|עומר:Omer|נועם:Noam|אורי:Uri|משה:Moshe|"
        "רון:Ron|עידו:Ido|אייל:Eyal|גיל:Gil",
        gf="נועה:Noa|מיכל:Michal|שירה:Shira|תמר:Tamar|מאיה:Maya|רותם:Rotem|יעל:Yael|דנה:Dana|"
        "אורית:Orit|ליאת:Liat|הילה:Hila",
        fam="כהן:Cohen|לוי:Levi|מזרחי:Mizrahi|פרץ:Peretz|ביטון:Biton|דהן:Dahan|אברהם:Avraham|"
        "פרידמן:Friedman|שפירא:Shapira|אזולאי:Azoulay|גולן:Golan|רוזנברג:Rosenberg|"
        "בן דוד:Ben David",
        st="רחוב הרצל|רחוב אלנבי|רחוב ז'בוטינסקי|רחוב ויצמן|רחוב בן יהודה|רחוב דיזנגוף|"
        "שדרות רוטשילד|רחוב הנשיא",
        tw="תל אביב-יפו@6######|חיפה@3######|ירושלים@9######|רמת גן@52#####|הרצליה@46#####|"
        "באר שבע@84#####",
        af="{street} {no}, {town}|{street} {no} דירה {flat}, {town} {pc}|{street} {no}/{flat}, {town}",
        ph="05%-###-####|+972-5%-###-####|+972 54 ### ####|03-###-####|+972-3-###-####|052-#######",
        dom="gmail.com|walla.co.il|hotmail.com|012.net.il|outlook.com",
        hm="מר|Mr",
        hf="גב'|Ms",
        km="דוד|Uncle",
        kf="דודה|Auntie",
        cur="₪|ILS",
        co="Super-Pharm|Shufersal|Wix|Monday.com|Aroma Espresso Bar|Max Brenner",
        dl="#######",
        pp="########",
    ),
    L(
        cc="TR",
        country="Türkiye",
        langs="tr en",
        gm="Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|Emre|Burak|Murat|Serkan|Oğuz|Kerem|Can",
        gf="Ayşe|Fatma|Emine|Zeynep|Elif|Merve|Büşra|Esra|Selin|Derya|Gizem|Özlem|Sevgi|İrem",
        fam="Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|"
        "Kılıç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek",
        st="Bağdat Caddesi|Atatürk Bulvarı|1203. Sokak|Moda Caddesi|372. Sokak|"
        "Tunalı Hilmi Caddesi|Barbaros Bulvarı|Gazi Mustafa Kemal Bulvarı",
        tw="Kadıköy/İstanbul@34###|Çankaya/Ankara@06###|Karşıyaka/İzmir@35###|Nilüfer/Bursa@16###|"
        "Muratpaşa/Antalya@07###|Beşiktaş/İstanbul@34###|Ataşehir/İstanbul@34###",
        af="{street} No:{no} D:{flat} {pc} {town}|Caferağa Mah. {street} No: {no} Daire {flat}, "
        "{town}|{street} No:{no}/{flat}, {pc} {town}",
        ph="05## ### ## ##|+90 5## ### ## ##|0532 ### ## ##|+90 (532) ### ## ##|0212 ### ## ##|"
        "+90 216 ### ## ##",
        dom="gmail.com|hotmail.com|yandex.com.tr|outlook.com|icloud.com",
        hm="~ Bey|Sn.|Dr.",
        hf="~ Hanım|Sn.|Dr.",
        km="~ Amca|~ Dayı|~ Abi",
        kf="~ Teyze|~ Abla|~ Hala",
        dt="dmy.",
        cur="₺|TL|TRY",
        co="Trendyol|Getir|Hepsiburada|Koton|Simit Sarayı|Hafız Mustafa 1864|Arçelik",
        dl="######",
        pp="U########",
    ),
    L(
        cc="IR",
        country="Iran",
        langs="fa en",
        gm="علی:Ali|محمد:Mohammad|رضا:Reza|حسین:Hossein|مهدی:Mehdi|امیر:Amir|سعید:Saeed|"
        "حمید:Hamid|بهرام:Bahram|کاوه:Kaveh|آرش:Arash|پویا:Pouya",
        gf="زهرا:Zahra|مریم:Maryam|فاطمه:Fatemeh|نرگس:Narges|سارا:Sara|لیلا:Leila|نازنین:Nazanin|"
        "شیرین:Shirin|پریسا:Parisa|مهسا:Mahsa|الهام:Elham|آزاده:Azadeh",
        fam="احمدی:Ahmadi|محمدی:Mohammadi|حسینی:Hosseini|رضایی:Rezaei|کریمی:Karimi|موسوی:Mousavi|"
        "جعفری:Jafari|صادقی:Sadeghi|رحیمی:Rahimi|کاظمی:Kazemi|تهرانی:Tehrani|قاسمی:Ghasemi|"
        "نوروزی:Nowrouzi|شریفی:Sharifi|میرزایی:Mirzaei",
        st="خیابان ولیعصر|خیابان انقلاب|بلوار کشاورز|خیابان شریعتی|خیابان چهارباغ|بلوار فردوسی|"
        "خیابان پاسداران",
        tw="تهران|اصفهان|شیراز|مشهد|تبریز|کرج",
        pc="##########",
        af="{town}، {street}، پلاک {no}، واحد {flat}|{town}، {street}، کوچه %#، پلاک {no}، "
        "کد پستی {pc}",
        ph="0912 ### ####|+98 912 ### ####|093# ### ####|+98 93# ### ####|021 #### ####|"
        "+98 21 #### ####",
        dom="gmail.com|yahoo.com|chmail.ir|outlook.com",
        hm="آقای|Mr",
        hf="خانم|Ms",
        km="عمو|دایی",
        kf="خاله|عمه",
        dt="jal",
        cur="تومان|IRR|ریال",
        co="Digikala|Snapp|Café Bazaar|Kaleh|Tapsi",
        dl="##########",
        pp="^########",
    ),
    L(
        cc="IQ",
        country="Iraq",
        langs="ar en",
        style="are",
        gm=AR_GM + "|حيدر:Haider|مرتضى:Murtadha|مصطفى:Mustafa|عباس:Abbas",
        gf=AR_GF + "|زينب:Zainab|حوراء:Hawraa|رقية:Ruqaya|تبارك:Tabarak",
        fam="",
        st="Arasat Street|Palestine Street|Karrada Dakhil|14th of Ramadan Street|Abu Nuwas Street|"
        "Gulan Street",
        tw="Mansour, Baghdad|Karrada, Baghdad|Zayouna, Baghdad|Ankawa, Erbil|Basra|Najaf",
        af="{town}, Mahalla %##, Zuqaq %#, House {no}|{street}, Building {no}, Apt {flat}, {town}",
        ph="0770 ### ####|+964 770 ### ####|0750 ### ####|+964 78# ### ####|07## ### ####",
        dom="gmail.com|yahoo.com|hotmail.com",
        hm="Mr|Haji|Ustad",
        hf="Ms|Mrs|Haji",
        km="Ammo|Khalo",
        kf="Khala|Amma",
        cur="IQD|USD",
        co="Asiacell|Zain Iraq|Korek|Al-Rafidain Bank|Kahramana Restaurant",
        dl="#########",
        pp="^########",
    ),
]

LOCALES += [
    # ---------------------------------------------------------------- South Asia
    L(
        cc="IN",
        country="India",
        langs="en hi",
        gm="राहुल:Rahul|अमित:Amit|रोहित:Rohit|विक्रम:Vikram|अर्जुन:Arjun|संजय:Sanjay|राजेश:Rajesh|"
        "अनिल:Anil|आदित्य:Aditya|करण:Karan|मनीष:Manish|दीपक:Deepak|हरप्रीत:Harpreet",
        gf="प्रिया:Priya|नेहा:Neha|पूजा:Pooja|अंजलि:Anjali|स्नेहा:Sneha|कविता:Kavita|सुनीता:Sunita|"
        "रितु:Ritu|श्रेया:Shreya|दिव्या:Divya|सिमरन:Simran|मीरा:Meera|स्वाति:Swati",
        fam="शर्मा:Sharma|वर्मा:Verma|गुप्ता:Gupta|सिंह:Singh|अग्रवाल:Agarwal|मेहता:Mehta|"
        "जोशी:Joshi|मल्होत्रा:Malhotra|कपूर:Kapoor|चोपड़ा:Chopra|बंसल:Bansal|सक्सेना:Saxena|"
        "यादव:Yadav|चौहान:Chauhan|मिश्रा:Mishra|तिवारी:Tiwari|जैन:Jain|भाटिया:Bhatia",
        nk="Bunty|Pinky|Sonu|Monu|Guddu|Chintu|Babli|Dolly|Rinku|Tinku",
        st="Lokhandwala Complex|80 Feet Road|Ashok Marg|Sector 15 Main Road|Link Road|"
        "Nehru Nagar|Sardar Patel Road|MG Road|Hill Road",
        tw="Andheri West, Mumbai@4000##|Koramangala, Bengaluru@5600##|Sector 62, Noida@2013##|"
        "Vasant Kunj, New Delhi@1100##|Salt Lake, Kolkata@7000##|Baner, Pune@4110##|"
        "Gomti Nagar, Lucknow@2260##|Malviya Nagar, Jaipur@3020##",
        pc="######",
        af="Flat No. {flat}, {street}, {town} {pc}|House No. {no}, {street}, {town} - {pc}|"
        "{no}/%, {street}, {town} {pc}|B-{flat}, Shanti Kunj Apartments, {street}, {town} - {pc}",
        ph="9#### #####|+91 9#### #####|+91-98###-#####|8#########|+91 7#### #####|"
        "022 #### ####|+91 80 #### ####|09%########",
        dom="gmail.com|yahoo.co.in|rediffmail.com|outlook.com|hotmail.com",
        hm="Mr|Shri|Sh.|~ ji|Dr",
        hf="Mrs|Ms|Smt.|~ ji|Dr",
        km="~ Bhaiya|~ Uncle|~ Chacha|Mama",
        kf="~ Didi|~ Aunty|~ Mausi|~ Bhabhi",
        dt="dmy/|dmy-",
        cur="₹|INR|Rs.",
        co="Flipkart|Zomato|Reliance Jio|Tata Motors|Haldiram's|Sharma Sweets|Paytm|Nykaa",
        dl="MH12 20##0######|DL-04200#0######|KA05 20##0######|UP14 20##0######",
        pp="^#######",
    ),
    L(
        cc="IN-TN",
        country="India",
        langs="en ta",
        style="ins",
        gm="கார்த்திக்:Karthik|சுரேஷ்:Suresh|முருகன்:Murugan|ராஜேஷ்:Rajesh|விக்னேஷ்:Vignesh|"
        "அருண்:Arun|பிரகாஷ்:Prakash|சரவணன்:Saravanan|ஸ்ரீநிவாசன்:Srinivasan|பாலாஜி:Balaji",
        gf="லக்ஷ்மி:Lakshmi|பிரியா:Priya|கவிதா:Kavitha|மீனா:Meena|தீபா:Deepa|ரம்யா:Ramya|"
        "சங்கீதா:Sangeetha|திவ்யா:Divya|அனிதா:Anitha|வித்யா:Vidya",
        fam="ராமசாமி:Ramasamy|சுப்பிரமணியன்:Subramanian|கிருஷ்ணன்:Krishnan|வெங்கடேசன்:Venkatesan|"
        "ராஜகோபால்:Rajagopal|நடராஜன்:Natarajan|ஆறுமுகம்:Arumugam|கணேசன்:Ganesan|"
        "சந்திரசேகரன்:Chandrasekaran|பாலசுப்ரமணியம்:Balasubramaniam",
        st="Gandhi Nagar 2nd Main Road|Usman Road|Kamarajar Salai|Lakshmi Street|TTK Road|"
        "Avvai Shanmugam Salai|4th Cross Street",
        tw="Adyar, Chennai@6000##|T. Nagar, Chennai@6000##|Anna Nagar, Chennai@6001##|"
        "RS Puram, Coimbatore@6410##|K.K. Nagar, Madurai@6250##|Velachery, Chennai@6000##",
        pc="######",
        af="No. {no}, {street}, {town} {pc}|Old No. %#, New No. {no}, {street}, {town} - {pc}|"
        "Flat {flat}, {no} {street}, {town} {pc}",
        ph="9#### #####|+91 9#### #####|+91 94### #####|044 #### ####|+91 44 #### ####|8#### #####",
        dom="gmail.com|yahoo.co.in|rediffmail.com|outlook.com",
        hm="Mr|Thiru|Dr",
        hf="Mrs|Ms|Tmt.|Dr",
        km="~ Anna|~ Mama|~ Uncle|~ Chithappa",
        kf="~ Akka|~ Chithi|~ Aunty|~ Paati",
        dt="dmy/|dmy-",
        cur="₹|INR|Rs.",
        co="Saravana Stores|Aavin|Murugan Idli Shop|Chennai Silks|Sundaram Finance|TVS Motor",
        dl="TN0% 20##000####|TN22 20##00#####",
        pp="^#######",
    ),
    L(
        cc="PK",
        country="Pakistan",
        langs="en ur",
        gm="عمران:Imran|بلال:Bilal|حسن:Hassan|عثمان:Usman|فہد:Fahad|کامران:Kamran|شاہد:Shahid|"
        "عاطف:Atif|زین:Zain|حمزہ:Hamza|وقار:Waqar|عادل:Adil",
        gf="عائشہ:Ayesha|فاطمہ:Fatima|سدرہ:Sidra|مہوش:Mehwish|حنا:Hina|ثنا:Sana|رابعہ:Rabia|"
        "نادیہ:Nadia|صبا:Saba|ماہ نور:Mahnoor|عنبر:Amber|زینب:Zainab",
        fam="خان:Khan|ملک:Malik|چوہدری:Chaudhry|بٹ:Butt|قریشی:Qureshi|شیخ:Sheikh|اعوان:Awan|"
        "راجپوت:Rajput|مرزا:Mirza|صدیقی:Siddiqui|ہاشمی:Hashmi|گیلانی:Gilani",
        st="Main Boulevard|Khayaban-e-Ittehad|Jinnah Avenue|Shahrah-e-Faisal|Canal Road|"
        "MM Alam Road|Street 12",
        tw="DHA Phase 5, Lahore@54###|Gulberg III, Lahore@54###|Clifton, Karachi@75###|"
        "F-7/2, Islamabad@44###|Bahria Town, Rawalpindi@46###|Gulshan-e-Iqbal, Karachi@75###",
        af="House {no}, Street %#, {town}|House No. {no}, Block ^, {town} {pc}|"
        "Flat {flat}, {street}, {town}",
        ph="0300 #######|+92 300 #######|03## #######|+92 3## #######|0321-#######|"
        "042 3#######|+92 51 #######",
        dom="gmail.com|yahoo.com|hotmail.com|outlook.com",
        hm="Mr|Janab|~ Sahab|Ch.",
        hf="Mrs|Ms|~ Sahiba|Begum",
        km="~ Bhai|~ Chacha|~ Mamoo",
        kf="~ Baji|~ Khala|~ Apa|~ Phuppo",
        cur="Rs|PKR",
        co="Daraz|Jazz|Gul Ahmed|Khaadi|Bundu Khan|Careem Pakistan|Shan Foods",
        dl="#####-#######-#",
        pp="^^#######",
    ),
    L(
        cc="BD",
        country="Bangladesh",
        langs="en bn",
        gm="রহিম:Rahim|করিম:Karim|আরিফ:Arif|তানভীর:Tanvir|সাকিব:Sakib|ফাহিম:Fahim|মাহমুদ:Mahmud|"
        "রাকিব:Rakib|ইমরান:Imran|শুভ:Shuvo",
        gf="নুসরাত:Nusrat|তাসলিমা:Taslima|ফারহানা:Farhana|সুমাইয়া:Sumaiya|রুমানা:Rumana|"
        "শারমিন:Sharmin|মিথিলা:Mithila|আফরোজা:Afroza|নাসরিন:Nasrin|জান্নাত:Jannat",
        fam="হোসেন:Hossain|রহমান:Rahman|ইসলাম:Islam|আহমেদ:Ahmed|চৌধুরী:Chowdhury|খান:Khan|"
        "সরকার:Sarkar|মিয়া:Mia|দাস:Das|রায়:Roy|আলম:Alam|হক:Haque",
        st="Satmasjid Road|Gulshan Avenue|Kemal Ataturk Avenue|Mirpur Road|Sonargaon Road",
        tw="Dhanmondi, Dhaka@1209|Gulshan 2, Dhaka@1212|Uttara Sector 7, Dhaka@1230|"
        "Mirpur 10, Dhaka@1216|Agrabad, Chattogram@4100|Zindabazar, Sylhet@3100",
        af="House {no}, Road %#, {town} {pc}|Flat {flat}, House {no}, Road %, {town}|"
        "{no} {street}, {town} {pc}",
        ph="01%##-######|+880 1%##-######|+8801%########|01%## ######|02-########",
        dom="gmail.com|yahoo.com|hotmail.com",
        hm="Mr|Janab|Md.",
        hf="Mrs|Ms|Mst.",
        km="~ Bhai|Chacha|Mama",
        kf="~ Apa|Khala|~ Didi",
        cur="৳|Tk|BDT",
        co="bKash|Grameenphone|Aarong|Pathao|Chaldal|Star Kabab",
        dl="DK#######^####",
        pp="^^#######",
    ),
    L(
        cc="LK",
        country="Sri Lanka",
        langs="en",
        gm="Nuwan|Kasun|Chaminda|Tharindu|Dinesh|Ruwan|Lahiru|Sanjeewa|Pradeep|Isuru",
        gf="Dilani|Nadeesha|Chathurika|Ishara|Sanduni|Thilini|Hasini|Kumari|Nirosha|Sachini",
        fam="Perera|Fernando|Silva|Jayasuriya|Wickramasinghe|Bandara|Rajapaksha|Gunawardena|"
        "Dissanayake|Herath|Senanayake|Karunaratne|Weerasinghe|de Silva|Wijesekara",
        st="Havelock Road|Galle Road|Stanley Wijesundara Mawatha|Temple Road|Peradeniya Road|"
        "Lake Drive|Station Road",
        tw="Colombo 05@00500|Nugegoda@10250|Kandy@20000|Dehiwala@10350|Negombo@11500|Galle@80000",
        af="No. {no}, {street}, {town}|{no}/%, {street}, {town}|No. {no}/^, {street}, {town} {pc}",
        ph="07% ### ####|+94 7% ### ####|011 ### ####|+94 11 ### ####|077#######",
        dom="gmail.com|yahoo.com|sltnet.lk",
        hm="Mr|Dr|Rev.",
        hf="Mrs|Ms|Miss",
        km="Uncle|Mama|Aiya",
        kf="Aunty|Akka|Nangi",
        cur="Rs.|LKR",
        co="Dialog|Keells|Cargills Food City|Dilmah|Odel|Perera & Sons",
        dl="B#######",
        pp="N#######",
    ),
    L(
        cc="NP",
        country="Nepal",
        langs="en ne",
        gm="Ram|Sagar|Bikash|Suman|Prakash|Rajesh|Bishal|Anish|Nabin|Roshan",
        gf="Sita|Sabina|Anjali|Pooja|Srijana|Asmita|Bipana|Sushma|Nisha|Pratikshya",
        fam="Shrestha|Sharma|Adhikari|Gurung|Thapa|Magar|Tamang|Rai|Karki|Bhattarai|Poudel|"
        "Maharjan|Khadka|Koirala",
        st="Baluwatar Road|Tinkune Marg|Jhamsikhel Road|Maitighar Mandala|Chakupat Marg|"
        "Lakeside Road",
        tw="Baneshwor, Kathmandu@44600|Lazimpat, Kathmandu@44600|Patan, Lalitpur@44700|"
        "Lakeside, Pokhara@33700|Bhaktapur@44800",
        af="House No. {no}, {street}, {town}|{street}, Ward %, {town} {pc}",
        ph="98########|+977 98########|+977-98#-#######|01-4######|+977 1 4######",
        dom="gmail.com|yahoo.com|wlink.com.np",
        hm="Mr|Shree",
        hf="Mrs|Ms|Shreemati",
        km="~ Dai|~ Mama|~ Kaka",
        kf="~ Didi|~ Bahini|~ Maiju",
        cur="Rs.|NPR",
        co="Ncell|eSewa|Khalti|Bhatbhateni|Himalayan Java",
        dl="##-##-########",
        pp="##########",
    ),
    # ---------------------------------------------------------------- South-East Asia
    L(
        cc="ID",
        country="Indonesia",
        langs="id en",
        style="id",
        gm="Budi|Agus|Andi|Rizky|Dimas|Arief|Fajar|Hendra|Bayu|Yoga|Wahyu|Eko|Joko|Sutrisno",
        gf="Dewi|Siti|Rina|Putri|Ayu|Fitri|Indah|Ratna|Wulan|Nurul|Sri|Mega|Intan|Sekar",
        fam="Santoso|Wijaya|Lestari|Pratama|Saputra|Hidayat|Siregar|Nasution|Simanjuntak|Sinaga|"
        "Gunawan|Kusuma|Halim|Setiawan|Nugroho|Hutapea|Wibowo|Susanto",
        st="Melati|Kenanga|Sudirman|Diponegoro|Gatot Subroto|Cempaka Putih Raya|Dago|Raya Darmo|"
        "Gajah Mada|Mawar Indah",
        tw="Kebayoran Baru, Jakarta Selatan@12###|Menteng, Jakarta Pusat@10###|Coblong, Bandung@40###|"
        "Gubeng, Surabaya@60###|Denpasar Selatan, Bali@80###|Medan Baru, Medan@20###|"
        "Depok, Sleman@55###",
        af="Jl. {street} No. {no}, RT 0%/RW 0%, {town} {pc}|Jl. {street} No. {no}, {town} {pc}|"
        "Perumahan Griya Asri Blok ^%/{no}, {town}|Jl. {street} Gg. %, No. {no}, {town}",
        ph="0812-####-####|+62 812-####-####|0813 #### ####|+62 85% #### ####|08%########|"
        "(021) ###-####|+62 21 ####-####",
        dom="gmail.com|yahoo.co.id|yahoo.com|outlook.com",
        hm="Bapak|Pak|Mas",
        hf="Ibu|Bu|Mbak",
        km="Om|Bang|Pakde",
        kf="Tante|Kak|Bude",
        dt="dmy/|dmy-",
        cur="Rp|IDR",
        co="Tokopedia|Gojek|Indomaret|Kopi Kenangan|Bakmi GM|Warung Bu Sri|Bank BCA",
        dl="############",
        pp="^#######",
    ),
    L(
        cc="MY",
        country="Malaysia",
        langs="ms en",
        style="mys",
        gm="Muhammad Hafiz|Ahmad Faiz|Mohd Azlan|Amirul|Syafiq|Hakim|Firdaus|Zulkifli|Aiman|Haziq",
        gf="Nur Aisyah|Siti Aminah|Farah Nadia|Nurul Huda|Aina|Syazwani|Hidayah|Amira|Fatin|Liyana",
        fam="Abdullah|Rahman|Ismail|Hassan|Yusof|Ibrahim|Osman|Razak|Kamal|Zainal",
        cg="Wei Ming|Chee Keong|Mei Ling|Siew Yen|Kok Wai|Hui Min|Jia Hui|Boon Hock",
        cf="Tan|Lim|Lee|Ng|Wong|Chong|Goh|Teoh|Ooi|Khoo",
        st="SS 2/24|Telawi 3|Ampang Hilir|Bukit Bintang|Tun Razak|PJU 1/42|Kebun Teh 5",
        tw="Bangsar, Kuala Lumpur@59###|Petaling Jaya, Selangor@46###|Shah Alam, Selangor@40###|"
        "Johor Bahru, Johor@80###|George Town, Pulau Pinang@10###|Kota Kinabalu, Sabah@88###",
        af="No. {no}, Jalan {street}, {pc} {town}|{fl}-{flat}, Blok ^, Pangsapuri Seri Mawar, "
        "Jalan {street}, {pc} {town}|Lot {no}, Jalan {street}, Taman Desa, {pc} {town}",
        ph="012-### ####|+60 12-### ####|01%-### ####|+60 1%-### ####|011-#### ####|03-#### ####|"
        "+6019#######",
        dom="gmail.com|yahoo.com|hotmail.com|outlook.com",
        hm="Encik|En.|Tuan|Mr|Dato'",
        hf="Puan|Pn.|Cik|Ms|Datin",
        km="Pakcik|Abang|Uncle",
        kf="Makcik|Kak|Auntie",
        cur="RM|MYR",
        co="Grab|Shopee|Maybank|Mamak Ali Corner|Secret Recipe|Old Town White Coffee|Petronas",
        dl="#########",
        pp="^########",
    ),
    L(
        cc="SG",
        country="Singapore",
        langs="en",
        style="fgw",
        gm="Wei Jie|Jun Hao|Zhi Hao|Kai Wen|Ming Hui|Jian Hong|Darren|Marcus|Ryan|Shawn|Benjamin",
        gf="Hui Min|Xin Yi|Jia Ying|Shu Fen|Li Ting|Jasmine|Michelle|Rachel|Joanne|Cheryl|Pei Shan",
        fam="Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Chan|Koh|Teo|Ang|Yeo|Tay|Low",
        st="Tampines Street 21|Ang Mo Kio Avenue 3|Jurong West Street 42|Bedok North Road|"
        "Toa Payoh Lorong 1|Punggol Field|Clementi Avenue 2",
        tw="Singapore",
        pc="%#####",
        af="Blk {no} {street}, {hash}0%-%##, Singapore {pc}|{no} {street}, {hash}1#-0%, "
        "Singapore {pc}|Blk {no} {street} {hash}%#-%#, S({pc})",
        ph="9### ####|+65 9### ####|8### ####|+65 8### ####|6### ####|+65 6### ####|+659#######",
        dom="gmail.com|hotmail.com|singnet.com.sg|yahoo.com.sg|outlook.com",
        hm="Mr",
        hf="Ms|Mdm|Mrs",
        km="Uncle|Ah Pek|Kor Kor",
        kf="Auntie|Ah Ma|Jie Jie",
        cur="S$|SGD",
        co="Shopee|Carousell|Ya Kun Kaya Toast|NTUC FairPrice|DBS|Tan's Tutoring Hub|Lazada",
        dl="S####%##^",
        pp="^#######^",
    ),
    L(
        cc="PH",
        country="Philippines",
        langs="en tl",
        style="ph",
        gm="Juan|Jose|Mark Anthony|John Paul|Carlo|Miguel|Rodel|Jerome|Ramon|Paolo|Christian|Jayson",
        gf="Maria Cristina|Ma. Theresa|Jennifer|Kristine|Michelle|Rowena|Joy|Angelica|Princess|"
        "Lovely|Camille|Rhea",
        fam="Santos|Reyes|Cruz|Bautista|Ocampo|Garcia|Mendoza|Villanueva|dela Cruz|De Leon|Ramos|"
        "Castillo|Manalo|Pangilinan|Dimaculangan|Macaraeg|Tolentino|Soriano",
        nk="Jun|Bong|Jojo|Tintin|Len-Len|Dodong|Inday|Toto|Bebeng|Pinky|Ching|Buboy",
        st="Rizal Street|Mabini St.|Kalayaan Avenue|Sampaguita Street|Acacia Lane|Mango Avenue|"
        "Sct. Limbaga Street|Katipunan Avenue",
        tw="Brgy. San Antonio, Pasig City@16##|Brgy. Poblacion, Makati City@12##|"
        "Brgy. Teachers Village, Quezon City@11##|Lahug, Cebu City@60##|Davao City@80##|"
        "Brgy. Talon Dos, Las Piñas@17##",
        pc="####",
        af="{no} {street}, {town} {pc}|Blk %# Lot %#, {street}, {town}|Unit {flat}, {street}, "
        "{town}|{no} {street}, {town}",
        ph="0917 ### ####|+63 917 ### ####|09%# ### ####|+63 9%# ### ####|(02) 8### ####|"
        "+63 2 8### ####|09%#-###-####",
        dom="gmail.com|yahoo.com|yahoo.com.ph|outlook.com",
        hm="Mr|Sir|G.|Engr.|Atty.",
        hf="Ms|Mrs|Ma'am|Gng.|Atty.",
        km="Kuya|Tito|Lolo",
        kf="Ate|Tita|Lola|Nanay",
        cur="₱|PHP",
        co="Jollibee|GCash|SM Supermalls|Lazada PH|Max's Restaurant|Aling Nena's Sari-Sari Store",
        dl="N##-##-######",
        pp="P#######^",
    ),
    L(
        cc="TH",
        country="Thailand",
        langs="th en",
        gm="สมชาย:Somchai|วิชัย:Wichai|ธนกร:Thanakorn|ณัฐพล:Nattapon|อนุชา:Anucha|ประเสริฐ:Prasert|"
        "กิตติศักดิ์:Kittisak|ชัยวัฒน์:Chaiwat|ศุภชัย:Supachai|ธีรพงษ์:Teerapong",
        gf="สมหญิง:Somying|มาลี:Malee|ศิริพร:Siriporn|วรรณา:Wanna|กนกวรรณ:Kanokwan|"
        "พิมพ์ชนก:Pimchanok|สุภาพร:Supaporn|นภัสสร:Napassorn|อรุณี:Arunee|ปิยะนุช:Piyanuch",
        fam="ใจดี:Jaidee|ศรีสุข:Srisuk|วงศ์สวัสดิ์:Wongsawat|รัตนพันธ์:Rattanapan|สุขสวัสดิ์:Suksawat|"
        "ทองดี:Thongdee|แก้วมณี:Kaewmanee|บุญมา:Boonma|จันทร์เพ็ญ:Chanpen|พงษ์ไพบูลย์:Pongpaiboon",
        nk="นก:Nok|พลอย:Ploy|บี:Bee|ตูน:Toon|กอล์ฟ:Golf|บีม:Beam|ฟ้า:Fah|มิ้นท์:Mint|ป้อม:Pom|"
        "ออม:Aom|บอส:Boss|เจ:Jay",
        st="Ratchadaphisek Road|Phahonyothin Road|Nimmanhaemin Road|Chaeng Watthana Road|"
        "Lat Phrao Soi 71|Sukhumvit Soi 31",
        tw="Khlong Toei Nuea, Watthana, Bangkok@10110|Chatuchak, Bangkok@10900|"
        "Bang Kapi, Bangkok@10240|Mueang Chiang Mai, Chiang Mai@50200|Pak Kret, Nonthaburi@11120|"
        "Kathu, Phuket@83120",
        af="{no}/%# {street}, {town} {pc}|{no}/% Moo %, {street}, {town} {pc}|"
        "{no} {street}, {town} {pc}|Condo Lumpini Place, Room {flat}, {street}, {town} {pc}",
        ph="081 ### ####|+66 81 ### ####|08% ### ####|+66 8% ### ####|09# ### ####|02 ### ####|"
        "+66 2 ### ####",
        dom="gmail.com|hotmail.com|yahoo.co.th|outlook.co.th",
        hm="คุณ|Khun|นาย",
        hf="คุณ|Khun|นางสาว",
        km="พี่_|น้า_|ลุง_|P'",
        kf="พี่_|ป้า_|น้า_|P'",
        dt="dmyb/|dmy/",
        cur="฿|THB|บาท",
        co="Lazada TH|7-Eleven|Central Group|After You Dessert Cafe|Jay Fai|Line Man|Kerry Express",
        dl="########",
        pp="^^#######",
    ),
    L(
        cc="VN",
        country="Vietnam",
        langs="vi en",
        style="vn",
        gm="An|Bình|Cường|Dũng|Hùng|Huy|Khoa|Long|Minh|Nam|Phúc|Quân|Sơn|Thắng|Tuấn",
        gf="Anh|Chi|Dung|Hà|Hạnh|Hương|Lan|Linh|Mai|Ngọc|Phương|Thảo|Trang|Vy|Yến",
        fam="Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý",
        mm="Văn|Đức|Minh|Quang|Hữu|Thành|Công",
        mf="Thị|Ngọc|Thu|Thanh|Hồng|Bảo|Kim",
        st="Nguyễn Huệ|Lê Lợi|Điện Biên Phủ|Trần Hưng Đạo|Cầu Giấy|Xuân Thủy|Bạch Đằng|"
        "Hai Bà Trưng|Võ Văn Tần",
        tw="Quận 1, TP. Hồ Chí Minh|Quận 7, TP. Hồ Chí Minh|Quận Bình Thạnh, TP.HCM|"
        "Quận Cầu Giấy, Hà Nội|Quận Hoàn Kiếm, Hà Nội|Quận Hải Châu, Đà Nẵng",
        af="Số {no} {street}, Phường %, {town}|{no}/%# {street}, P. %, {town}|"
        "Căn hộ {flat}, Chung cư Sunrise City, {no} {street}, {town}",
        ph="091 ### ## ##|0912 ### ###|+84 912 ### ###|09# ### ####|+84 9# ### ####|"
        "03% ### ####|+84 28 #### ####|028 #### ####",
        dom="gmail.com|yahoo.com.vn|outlook.com",
        hm="anh|ông|chú",
        hf="chị|bà|cô",
        km="chú|bác|cậu",
        kf="cô|dì|bác",
        cur="₫|VND|đ",
        co="Shopee VN|Tiki|Phúc Long|Highlands Coffee|Vinamilk|Bánh mì Huỳnh Hoa|Zalo",
        dl="############",
        pp="^########",
    ),
    L(
        cc="MM",
        country="Myanmar",
        langs="en my",
        style="mm",
        gm="အောင်:Aung|ကျော်:Kyaw|မင်း:Min|ထက်:Htet|ဇော်:Zaw|သန့်:Thant|နိုင်:Naing|ဝင်း:Win|"
        "စိုး:Soe|မျိုး:Myo|လှိုင်:Hlaing|သူ:Thu|ရဲ:Ye|ထွန်း:Tun",
        gf="အေး:Aye|သန္တာ:Thandar|စု:Su|မြတ်:Myat|နှင်း:Hnin|ခင်:Khin|မေ:May|ဖြူ:Phyu|"
        "သီရိ:Thiri|အိ:Ei|နွယ်:Nwe|မိုး:Moe|လှ:Hla|ဝေ:Wai",
        fam="",
        st="Inya Road|Pyay Road|Kabar Aye Pagoda Road|Bogyoke Aung San Road|U Wisara Road|"
        "35th Street|Shwe Gon Daing Road",
        tw="Bahan Township, Yangon@11201|Kamayut Township, Yangon@11041|"
        "Sanchaung Township, Yangon@11111|Chanayethazan Township, Mandalay@05021|"
        "Tamwe Township, Yangon@11211",
        af="No. {no}, {street}, {town}|Room {flat}, Building %#, {street}, {town}|"
        "No. {no}, {street}, {town} {pc}",
        ph="09 ### ### ###|+95 9 ### ### ###|09 7## ### ###|+95 9 4## ### ###|01 ### ###",
        dom="gmail.com|yahoo.com|myanmar.com.mm",
        hm="U|ဦး_|Ko|ကို_",
        hf="Daw|ဒေါ်_|Ma|မ_",
        km="U|ဦးလေး_",
        kf="Daw|အဒေါ်_",
        cur="MMK|Ks",
        co="KBZPay|Wave Money|City Mart|Shwe Palin|Rangoon Tea House",
        dl="^/#####/##",
        pp="M^######",
    ),
    L(
        cc="KH",
        country="Cambodia",
        langs="en km",
        style="fgr",
        gm="Dara|Sopheak|Vichet|Sokha|Rithy|Visal|Piseth|Chanthou|Bunthoeun|Samnang",
        gf="Sreymom|Channary|Sophea|Bopha|Kanha|Sokunthea|Lina|Srey Leak|Theary|Pisey",
        fam="Sok|Chan|Kim|Heng|Chea|Ly|Meas|Keo|Pich|Long|Touch|Nhem",
        st="Street 51|Street 278|Norodom Boulevard|Mao Tse Toung Boulevard|Street 63|"
        "Sivutha Boulevard",
        tw="Sangkat Boeung Keng Kang 1, Khan Chamkarmon, Phnom Penh@120102|"
        "Sangkat Tuol Tumpung, Phnom Penh@120306|Siem Reap@17252|Sangkat Toul Kork, Phnom Penh@120408",
        af="No. {no}, {street}, {town}|{hash}{no}^, {street}, {town} {pc}",
        ph="012 ### ###|+855 12 ### ###|09# ### ###|+855 9# ### ###|017 ### ###|023 ### ###",
        dom="gmail.com|yahoo.com|online.com.kh",
        hm="Mr|Lok",
        hf="Ms|Lok Srey|Mrs",
        km="Bong|Pou",
        kf="Bong Srey|Ming|Yiey",
        cur="៛|KHR|USD",
        co="ABA Bank|Wing|Smart Axiata|Brown Coffee|Lucky Supermarket",
        dl="########",
        pp="N########",
    ),
    # ---------------------------------------------------------------- East Asia
    L(
        cc="JP",
        country="Japan",
        langs="ja en",
        style="ja",
        gm="太郎:Taro|健太:Kenta|翔太:Shota|大輔:Daisuke|拓也:Takuya|浩二:Koji|隆:Takashi|誠:Makoto|"
        "悠斗:Yuto|蓮:Ren|直樹:Naoki|和也:Kazuya",
        gf="花子:Hanako|陽子:Yoko|美咲:Misaki|さくら:Sakura|由美:Yumi|愛:Ai|恵子:Keiko|"
        "真由美:Mayumi|結衣:Yui|明美:Akemi|千尋:Chihiro|奈々:Nana",
        fam="山田:Yamada|佐藤:Sato|鈴木:Suzuki|高橋:Takahashi|田中:Tanaka|渡辺:Watanabe|伊藤:Ito|"
        "中村:Nakamura|小林:Kobayashi|加藤:Kato|吉田:Yoshida|松本:Matsumoto|井上:Inoue|"
        "木村:Kimura|清水:Shimizu|森:Mori",
        st="桜新町|梅田|新横浜|栄|博多駅前|大通西|下鴨松ノ木町|高砂",
        tw="東京都世田谷区|大阪府大阪市北区|神奈川県横浜市港北区|愛知県名古屋市中区|"
        "福岡県福岡市博多区|北海道札幌市中央区|京都府京都市左京区|埼玉県さいたま市浦和区",
        no="%-%#-%|%丁目%#-%|%-%-%#",
        fl="%0%|%0#",
        pc="###-####",
        af="〒{pc} {town}{street}{no}|{town}{street}{no} メゾン桜{flat}号室|"
        "〒{pc} {town}{street}{no}-{flat}",
        ph="090-####-####|+81 90-####-####|080-####-####|+81 80 #### ####|03-####-####|"
        "+81 3-####-####|06-####-####|070-####-####",
        dom="gmail.com|yahoo.co.jp|docomo.ne.jp|ezweb.ne.jp|icloud.com|outlook.jp",
        hm="~さん|~様|~氏|~部長|~課長|Mr|~-san",
        hf="~さん|~様|~氏|~部長|~課長|Ms|~-san",
        km="~おじさん|Uncle",
        kf="~おばさん|Auntie",
        dt="ymd/|ja",
        cur="¥|円|JPY",
        co="楽天|メルカリ|ユニクロ|無印良品|ローソン|山田電機|Sansan",
        dl="第############号",
        pp="^^#######",
    ),
    L(
        cc="KR",
        country="South Korea",
        langs="ko en",
        style="ko",
        gm="민준:Minjun|서준:Seojun|지훈:Jihoon|현우:Hyunwoo|성민:Sungmin|동현:Donghyun|준호:Junho|"
        "영수:Youngsoo|재원:Jaewon|태윤:Taeyoon",
        gf="서연:Seoyeon|지은:Jieun|수빈:Subin|민지:Minji|하은:Haeun|예진:Yejin|은지:Eunji|"
        "혜진:Hyejin|지현:Jihyun|유나:Yuna",
        fam="김:Kim|이:Lee|박:Park|최:Choi|정:Jung|강:Kang|조:Cho|윤:Yoon|장:Jang|임:Lim|한:Han|"
        "오:Oh|서:Seo|신:Shin",
        st="테헤란로|월드컵북로|해운대로|판교역로|송도과학로|달구벌대로|대학로",
        tw="서울특별시 강남구|서울특별시 마포구|부산광역시 해운대구|경기도 성남시 분당구|"
        "인천광역시 연수구|대구광역시 수성구|대전광역시 유성구",
        no="%#|%##|%#-%",
        fl="%0%|1%0#",
        af="{town} {street} {no}, {flat}호|({pc}) {town} {street} {no}, 래미안아파트 %0%동 {flat}호|"
        "{town} {street} {no} {flat}호",
        ph="010-####-####|+82 10-####-####|010 #### ####|+82-10-####-####|02-###-####|"
        "+82 2-####-####|031-###-####",
        dom="naver.com|gmail.com|daum.net|kakao.com|hanmail.net",
        hm="~ 님|~님|~ 씨|~ 고객님|~ 대리님|~ 팀장님|Mr",
        hf="~ 님|~님|~ 씨|~ 고객님|~ 과장님|~ 팀장님|Ms",
        km="~ 삼촌|~ 형|Uncle",
        kf="~ 이모|~ 언니|~ 누나|Auntie",
        dt="ymd.|ko|ymd-",
        cur="₩|원|KRW",
        co="쿠팡|카카오|네이버|배달의민족|올리브영|김밥천국|Samsung",
        dl="##-##-######-##",
        pp="M########",
    ),
    L(
        cc="CN",
        country="China",
        langs="zh en",
        style="zh",
        gm="伟:Wei|强:Qiang|磊:Lei|军:Jun|勇:Yong|杰:Jie|涛:Tao|明:Ming|超:Chao|建华:Jianhua|"
        "志强:Zhiqiang|文博:Wenbo|宇轩:Yuxuan|浩然:Haoran",
        gf="芳:Fang|娜:Na|敏:Min|静:Jing|丽:Li|艳:Yan|秀英:Xiuying|晓燕:Xiaoyan|子涵:Zihan|"
        "梓萱:Zixuan|雨婷:Yuting|欣怡:Xinyi",
        fam="王:Wang|李:Li|张:Zhang|刘:Liu|陈:Chen|杨:Yang|黄:Huang|赵:Zhao|吴:Wu|周:Zhou|徐:Xu|"
        "孙:Sun|马:Ma|朱:Zhu|胡:Hu|郭:Guo|何:He|林:Lin|欧阳:Ouyang",
        nk="Kevin|Jason|Leo|Tony|Eric|Vivian|Cherry|Amy|Coco|Grace",
        st="张江路|建国路|科技园南路|文三路|人民南路|中山路|天河北路|长宁路",
        tw="上海市浦东新区|北京市朝阳区|广东省深圳市南山区|浙江省杭州市西湖区|四川省成都市武侯区|"
        "江苏省南京市鼓楼区|广东省广州市天河区",
        no="%#|%##|%#弄%#",
        fl="%0%|1%0#",
        pc="%#####",
        af="{town}{street}{no}号{flat}室|{town}{street}{no}号 邮编{pc}|"
        "{town}{street}{no}号阳光花园%栋{flat}室",
        ph="13% #### ####|+86 13% #### ####|15%########|+86 18% #### ####|+8613%########|"
        "010-########|021-########|+86 755 ########",
        dom="qq.com|163.com|126.com|sina.com|gmail.com|foxmail.com",
        hm="~先生|~总|~经理|~老师|Mr",
        hf="~女士|~总|~经理|~老师|Ms",
        km="~叔叔|~大哥|~哥|Uncle",
        kf="~阿姨|~姐|~大姐|Auntie",
        dt="ymd-|zh|ymd/",
        cur="¥|元|RMB|CNY",
        co="淘宝|京东|美团|拼多多|瑞幸咖啡|海底捞|小米|Alibaba",
        dl="############",
        pp="E########",
    ),
    L(
        cc="TW",
        country="Taiwan",
        langs="zt en",
        style="zh",
        gm="志明:Chih-ming|建宏:Chien-hung|俊傑:Chun-chieh|家豪:Chia-hao|冠宇:Kuan-yu|承恩:Cheng-en|"
        "宗翰:Tsung-han",
        gf="淑芬:Shu-fen|雅婷:Ya-ting|怡君:Yi-chun|佳穎:Chia-ying|美玲:Mei-ling|欣妤:Hsin-yu|"
        "詩涵:Shih-han",
        fam="陳:Chen|林:Lin|黃:Huang|張:Chang|李:Lee|王:Wang|吳:Wu|劉:Liu|蔡:Tsai|楊:Yang|許:Hsu|"
        "鄭:Cheng",
        nk="Kevin|Jerry|Vicky|Irene|Ken|Alice|Wendy|Jimmy",
        st="忠孝東路四段|文化路二段|台灣大道三段|中華五路|民生東路三段|復興南路一段",
        tw="台北市大安區@106|新北市板橋區@220|台中市西屯區@407|高雄市前鎮區@806|台北市松山區@105",
        no="%#|%##|%#巷%#",
        fl="%|1%",
        af="{pc}{town}{street}{no}號{fl}樓|{town}{street}{no}號{fl}樓之%|{pc} {town}{street}{no}號",
        ph="0912-###-###|+886 912 ### ###|09##-######|+886 9## ### ###|(02) 2###-####|"
        "+886 2 2###-####|04-2###-####",
        dom="gmail.com|yahoo.com.tw|hotmail.com|msa.hinet.net",
        hm="~先生|~經理|~老師|Mr",
        hf="~小姐|~經理|~老師|Ms",
        km="~叔叔|~大哥|Uncle",
        kf="~阿姨|~姐|Auntie",
        dt="ymd/|roc",
        cur="NT$|TWD|元",
        co="蝦皮購物|全家便利商店|鼎泰豐|85度C|誠品書店|王品集團",
        dl="^#########",
        pp="3########",
    ),
    L(
        cc="HK",
        country="Hong Kong",
        langs="en zt",
        style="fgw",
        gm="大文:Tai Man|小明:Siu Ming|志強:Chi Keung|浩然:Ho Yin|家豪:Ka Ho|Peter|Kenneth|"
        "Raymond|Alvin|Jacky",
        gf="嘉欣:Ka Yan|詠詩:Wing Sze|美玲:Mei Ling|凱晴:Hoi Ching|Winnie|Karen|Ivy|Gigi|Cathy",
        fam="陳:Chan|黃:Wong|李:Lee|張:Cheung|劉:Lau|吳:Ng|梁:Leung|何:Ho|曾:Tsang|葉:Yip|鄧:Tang",
        st="Tower 2, Laguna City|Block B, Mei Foo Sun Chuen|Kam Din Mansion, Taikoo Shing|"
        "Tower 5, The Metropolis|Block 3, Lok Fu Estate|Wah Fu Estate",
        tw="Kwun Tong, Kowloon|Sha Tin, New Territories|Causeway Bay, Hong Kong|Mong Kok, Kowloon|"
        "Tseung Kwan O, New Territories|Quarry Bay, Hong Kong",
        pc="",
        fl="%|1%|2%|3%",
        af="Flat %^, {fl}/F, {street}, {town}|Room {flat}, {fl}/F, {street}, {town}",
        ph="9### ####|+852 9### ####|6### ####|+852 6### ####|5### ####|+852 2### ####|"
        "+852-9###-####",
        dom="gmail.com|yahoo.com.hk|netvigator.com|outlook.com",
        hm="Mr|~先生",
        hf="Ms|Mrs|~小姐|~太",
        km="Uncle|~叔",
        kf="Auntie|~姐|~姨",
        cur="HK$|HKD",
        co="HKTVmall|Fortress|Maxim's|Tai Cheong Bakery|Octopus|Chan Kee Roast Goose",
        dl="^######(#)",
        pp="K########",
    ),
    L(
        cc="MN",
        country="Mongolia",
        langs="mn en",
        style="mn",
        gm="Батбаяр:Batbayar|Ганбаатар:Ganbaatar|Тэмүүлэн:Temuulen|Бат-Эрдэнэ:Bat-Erdene|"
        "Мөнхбат:Munkhbat|Энхболд:Enkhbold|Төмөр:Tumur|Билгүүн:Bilguun|Даваа:Davaa|Болд:Bold",
        gf="Оюунчимэг:Oyunchimeg|Сарнай:Sarnai|Номин:Nomin|Энхтуяа:Enkhtuya|Мөнхзул:Munkhzul|"
        "Ариунаа:Ariunaa|Солонго:Solongo|Хулан:Khulan|Анужин:Anujin|Уянга:Uyanga",
        fam="",
        st="Peace Avenue|Seoul Street|Olympic Street|Chinggis Avenue|Ikh Toiruu|Tokyo Street",
        tw="Sükhbaatar District, Ulaanbaatar@14###|Khan-Uul District, Ulaanbaatar@17###|"
        "Bayanzürkh District, Ulaanbaatar@13###|Chingeltei District, Ulaanbaatar@15###",
        af="{street}, Building %#, Apt {flat}, {town} {pc}|Khoroo %, {street} %#-%#, {town}",
        ph="99## ####|+976 99## ####|88## ####|+976 88## ####|95## ####|+976 7011 ####",
        dom="gmail.com|yahoo.com|mail.mn",
        hm="Mr|Ноён",
        hf="Ms|Хатагтай",
        km="Ах|Uncle",
        kf="Эгч|Auntie",
        dt="ymd.|ymd-",
        cur="₮|MNT",
        co="Unitel|Mobicom|Nomin Supermarket|Khan Bank|Modern Nomads",
        dl="#######",
        pp="E#######",
    ),
    # ---------------------------------------------------------------- Central Asia, Caucasus
    L(
        cc="KZ",
        country="Kazakhstan",
        langs="ru kk en",
        style="ru",
        gm="Нурлан:Nurlan|Ерлан:Yerlan|Асхат:Askhat|Данияр:Daniyar|Бауыржан:Bauyrzhan|Айдос:Aidos|"
        "Арман:Arman|Санжар:Sanzhar|Ермек:Yermek|Талгат:Talgat",
        gf="Айгерим:Aigerim|Динара:Dinara|Гульнара:Gulnara|Асель:Assel|Жанар:Zhanar|Мадина:Madina|"
        "Айжан:Aizhan|Салтанат:Saltanat|Камила:Kamila|Алия:Aliya",
        fam="Нурланов/Нурланова:Nurlanov/Nurlanova|Сейтказиев/Сейтказиева:Seitkaziev/Seitkazieva|"
        "Абдрахманов/Абдрахманова:Abdrakhmanov/Abdrakhmanova|Жумабеков/Жумабекова:Zhumabekov/"
        "Zhumabekova|Касымов/Касымова:Kassymov/Kassymova|Омаров/Омарова:Omarov/Omarova|"
        "Ахметов/Ахметова:Akhmetov/Akhmetova|Сейткали/Сейткали:Seitkali/Seitkali|"
        "Тулегенов/Тулегенова:Tulegenov/Tulegenova",
        pat="Нурланович/Нурлановна:Nurlanovich/Nurlanovna|Ерланович/Ерлановна:Yerlanovich/"
        "Yerlanovna|Серикович/Сериковна:Serikovich/Serikovna|Маратович/Маратовна:Maratovich/"
        "Maratovna|Болатұлы/Болатқызы:Bolatuly/Bolatkyzy",
        st="ул. Абая|пр. Достык|мкр. Самал-2|ул. Кабанбай батыра|пр. Мангилик Ел|ул. Толе би",
        tw="г. Алматы@0500##|г. Астана@0100##|г. Шымкент@1600##|г. Караганда@1000##",
        af="{pc}, {town}, {street}, д. {no}, кв. {flat}|{town}, {street}, {no}, кв. {flat}",
        ph="8 70% ### ## ##|+7 70% ### ####|+7 (727) ###-##-##|8 (7172) ##-##-##|+7 747 ### ## ##",
        dom="mail.ru|gmail.com|inbox.kz|yandex.kz",
        hm="г-н|Мистер",
        hf="г-жа",
        km="Аға|Ата",
        kf="Апа|Әже",
        dt="dmy.",
        cur="₸|тг|KZT",
        co="Kaspi.kz|Magnum|Kcell|Halyk Bank|Coffee Boom|Рахат",
        dl="^^######",
        pp="N########",
    ),
    L(
        cc="UZ",
        country="Uzbekistan",
        langs="uz ru en",
        style="ru",
        gm="Jasur|Sardor|Bekzod|Otabek|Rustam|Shoxrux|Dilshod|Aziz|Sherzod|Jamshid",
        gf="Dilnoza|Nigora|Malika|Gulnora|Shahnoza|Madina|Zarina|Feruza|Nodira|Sevara",
        fam="Karimov/Karimova|Rahimov/Rahimova|Toshmatov/Toshmatova|Yusupov/Yusupova|"
        "Nazarov/Nazarova|Ergashev/Ergasheva|Abdullayev/Abdullayeva|Xolmatov/Xolmatova|"
        "Saidov/Saidova|Qodirov/Qodirova",
        pat="Rustam o'g'li/Rustam qizi|Anvar o'g'li/Anvar qizi|Baxtiyor o'g'li/Baxtiyor qizi|"
        "Alisher o'g'li/Alisher qizi|Akmal o'g'li/Akmal qizi",
        st="Amir Temur ko'chasi|Bobur ko'chasi|Navoiy ko'chasi|Qatortol ko'chasi|Farobiy ko'chasi|"
        "Mustaqillik shoh ko'chasi",
        tw="Toshkent sh., Yunusobod tumani@1000##|Toshkent sh., Chilonzor tumani@1001##|"
        "Samarqand sh.@1401##|Buxoro sh.@2001##",
        af="{town}, {street}, {no}-uy, {flat}-xonadon|{pc}, {town}, {street}, {no}-uy",
        ph="+998 9# ### ## ##|9# ###-##-##|+998 (9#) ###-##-##|+998 71 ### ## ##|+99890#######",
        dom="gmail.com|mail.ru|umail.uz",
        hm="Janob|~ aka",
        hf="Xonim|~ opa",
        km="~ amaki|~ tog'a",
        kf="~ xola|~ amma",
        dt="dmy.",
        cur="so'm|UZS",
        co="Uzum Market|Payme|Click|Korzinka|Beeline UZ",
        dl="^^#######",
        pp="^^#######",
    ),
    L(
        cc="GE",
        country="Georgia",
        langs="ka en",
        gm="გიორგი:Giorgi|დავით:Davit|ლევან:Levan|ნიკა:Nika|ირაკლი:Irakli|ლაშა:Lasha|ზურაბ:Zurab|"
        "ბექა:Beka|თორნიკე:Tornike|გოგა:Goga",
        gf="ნინო:Nino|მარიამ:Mariam|თამარ:Tamar|ანა:Ana|ეკა:Eka|სალომე:Salome|ნათია:Natia|"
        "ქეთევან:Ketevan|მაია:Maia|ელენე:Elene",
        fam="ბერიძე:Beridze|კაპანაძე:Kapanadze|გელაშვილი:Gelashvili|მაისურაძე:Maisuradze|"
        "გიორგაძე:Giorgadze|ლომიძე:Lomidze|ჯაფარიძე:Japaridze|ხუციშვილი:Khutsishvili|"
        "ნოზაძე:Nozadze|წიკლაური:Tsiklauri",
        st="ჭავჭავაძის გამზირი|რუსთაველის გამზირი|პეკინის ქუჩა|ვაჟა-ფშაველას გამზირი|"
        "აბაშიძის ქუჩა|კოსტავას ქუჩა",
        tw="თბილისი@01##|ბათუმი@60##|ქუთაისი@46##",
        pc="####",
        af="{street} N{no}, ბინა {flat}, {town} {pc}|{town}, {street} {no}, ბ. {flat}",
        ph="5## ## ## ##|+995 5## ## ## ##|+995 32 2## ## ##|555 ### ###|+995 599 ### ###",
        dom="gmail.com|yahoo.com|mail.ru",
        hm="ბატონი|Mr",
        hf="ქალბატონი|Ms",
        km="ბიძია|Uncle",
        kf="დეიდა|Auntie",
        dt="dmy.|dmy/",
        cur="₾|GEL|ლარი",
        co="Bank of Georgia|TBC|Wolt|Goodwill|Fabrika|Khinkali House",
        dl="##########",
        pp="##^^#####",
    ),
    L(
        cc="AM",
        country="Armenia",
        langs="hy en",
        gm="Արամ:Aram|Տիգրան:Tigran|Դավիթ:Davit|Հայկ:Hayk|Արմեն:Armen|Գոռ:Gor|Նարեկ:Narek|"
        "Սարգիս:Sargis|Վահե:Vahe|Կարեն:Karen",
        gf="Անի:Ani|Մարիամ:Mariam|Լուսինե:Lusine|Անահիտ:Anahit|Նարինե:Narine|Սոնա:Sona|Գայանե:Gayane|"
        "Արմինե:Armine|Լիլիթ:Lilit|Տաթև:Tatev",
        fam="Հովհաննիսյան:Hovhannisyan|Սարգսյան:Sargsyan|Գրիգորյան:Grigoryan|Պետրոսյան:Petrosyan|"
        "Հարությունյան:Harutyunyan|Մկրտչյան:Mkrtchyan|Ավետիսյան:Avetisyan|Խաչատրյան:Khachatryan|"
        "Վարդանյան:Vardanyan|Ղազարյան:Ghazaryan",
        st="Abovyan St|Tumanyan St|Komitas Ave|Baghramyan Ave|Teryan St|Mashtots Ave|Arshakunyats Ave",
        tw="Yerevan@00##|Gyumri@31##|Vanadzor@20##|Dilijan@37##",
        pc="####",
        af="{no} {street}, Apt {flat}, {town} {pc}|{street} {no}/{flat}, {town}",
        ph="091 ######|+374 91 ######|+374 77 ######|055 ## ## ##|+374 10 ######|+374 99 ## ## ##",
        dom="gmail.com|mail.ru|yahoo.com",
        hm="Պրն.|Mr",
        hf="Տիկ.|Ms",
        km="Քեռի|Uncle",
        kf="Մորաքույր|Auntie",
        dt="dmy.|dmy/",
        cur="֏|AMD|dram",
        co="Yandex Go|Ucom|SAS Supermarket|Tumanyan Shawarma|Gyumri Beer",
        dl="^^######",
        pp="^^#######",
    ),
    L(
        cc="AZ",
        country="Azerbaijan",
        langs="az ru en",
        style="ru",
        gm="Elvin|Rauf|Tural|Orxan|Kamran|Vüqar|Ramil|Elnur|Fərid|Anar",
        gf="Günel|Aysel|Nigar|Leyla|Səbinə|Aynur|Lalə|Nərmin|Ülviyyə|Fidan",
        fam="Məmmədov/Məmmədova|Əliyev/Əliyeva|Hüseynov/Hüseynova|Həsənov/Həsənova|"
        "Quliyev/Quliyeva|İsmayılov/İsmayılova|Abbasov/Abbasova|Cəfərov/Cəfərova|"
        "Rzayev/Rzayeva|Babayev/Babayeva",
        pat="Rauf oğlu/Rauf qızı|Elçin oğlu/Elçin qızı|Vaqif oğlu/Vaqif qızı|Tofiq oğlu/Tofiq qızı",
        st="Nizami küçəsi|Füzuli küçəsi|Neftçilər prospekti|Azadlıq prospekti|Səməd Vurğun küçəsi|"
        "Bakıxanov küçəsi",
        tw="Bakı@AZ10##|Sumqayıt@AZ50##|Gəncə@AZ20##",
        af="{town}, {street}, ev {no}, mənzil {flat}|{street} {no}, mənzil {flat}, {pc} {town}",
        ph="050 ### ## ##|+994 50 ### ## ##|055 ### ## ##|+994 70 ### ## ##|+994 12 ### ## ##",
        dom="gmail.com|mail.ru|box.az",
        hm="~ müəllim|~ bəy|cənab",
        hf="~ xanım|~ müəllimə",
        km="~ dayı|~ əmi",
        kf="~ xala|~ bibi",
        dt="dmy.",
        cur="₼|AZN|manat",
        co="Bolt|Kapital Bank|Bravo|Azercell|Port Baku Mall",
        dl="^^######",
        pp="C########",
    ),
]

LOCALES += [
    # ---------------------------------------------------------------- Europe
    L(
        cc="GB",
        country="United Kingdom",
        langs="en",
        gm=EN_GM + "|Rhys|Gareth|Hamish|Imran|Kwabena",
        gf=EN_GF + "|Siân|Niamh|Priya|Morag",
        fam=EN_FAM + "|Ahmed|Begum|Hussain|Ap Rhys|Fairbairn-Smythe",
        nk="Bex|Jonno|Lizzie|Gaz|Dave|Mo|Kaz|Tommo",
        st="Station Road|High Street|Church Lane|Victoria Road|Mill Lane|Park Avenue|Kingsway|"
        "Elm Grove|Queens Road|Albert Street|Beechwood Drive|Hollybank Close|St Mary's Road|"
        "Nelson Street",
        tw="Leeds@LS% %^^|Manchester@M%# %^^|Bristol@BS% %^^|Norwich@NR% %^^|Cardiff@CF%# %^^|"
        "Glasgow@G%# %^^|Sheffield@S%# %^^|Reading@RG% %^^|Leicester@LE% %^^|Brighton@BN% %^^|"
        "Croydon@CR% %^^|Newcastle upon Tyne@NE% %^^",
        af="{no} {street}, {town} {pc}|Flat {flat}, {no} {street}, {town}, {pc}|"
        "{no} {street}, {town}, {pc}|{flat} Rosewood Court, {street}, {town} {pc}",
        ph="07### ######|+44 7### ######|+44 (0)7### ######|020 #### ####|+44 20 #### ####|"
        "0113 ### ####|0161 ### ####|07#########",
        dom="gmail.com|outlook.com|hotmail.co.uk|btinternet.com|yahoo.co.uk|sky.com|icloud.com",
        hm="Mr|Dr",
        hf="Mrs|Ms|Miss|Dr",
        km="Uncle|Grandad",
        kf="Auntie|Nan|Aunt",
        cur="£|GBP",
        co="Tesco|Monzo|Greggs|Marks & Spencer|Boots|Octopus Energy|Patel Brothers Cash & Carry",
        dl="gbdl",
        pp="#########",
    ),
    L(
        cc="IE",
        country="Ireland",
        langs="en",
        gm="Seán|Ciarán|Conor|Pádraig|Declan|Eoin|Cian|Darragh|Niall|Oisín|Liam|Fionn",
        gf="Aoife|Siobhán|Niamh|Orla|Caoimhe|Róisín|Sinéad|Clodagh|Saoirse|Aisling|Gráinne|Ciara",
        fam="Murphy|Kelly|O'Sullivan|Walsh|O'Brien|Byrne|Ryan|O'Connor|Ó Briain|McCarthy|Gallagher|"
        "Doherty|Kennedy|Lynch|Mac Giolla Phádraig|Ní Bhriain/Ní Bhriain",
        st="Rathgar Road|Merrion Road|Church Road|Ballyhooly Road|Seapoint Avenue|Main Street|"
        "Castle Park|Ashgrove Lawn",
        tw="Rathmines, Dublin 6@D06 ^*%*|Ballsbridge, Dublin 4@D04 ^*%*|Douglas, Cork@T12 ^*%*|"
        "Salthill, Galway@H91 ^*%*|Castletroy, Limerick@V94 ^*%*|Swords, Co. Dublin@K67 ^*%*",
        af="{no} {street}, {town}, {pc}|Apt {flat}, {street}, {town} {pc}|{no} {street}, {town}",
        ph="087 ### ####|+353 87 ### ####|08% ### ####|+353 8% ### ####|01 ### ####|+353 1 ### ####",
        dom="gmail.com|eircom.net|hotmail.com|outlook.ie|yahoo.ie",
        hm="Mr|Dr",
        hf="Mrs|Ms|Dr",
        km="Uncle|Grandad",
        kf="Auntie|Nana",
        cur="€|EUR",
        co="Dunnes Stores|Penneys|Bewley's|Supermac's|Eir|O'Brien's Sandwich Bar",
        dl="###-###-###",
        pp="^^#######",
    ),
    L(
        cc="FR",
        country="France",
        langs="fr en",
        gm=FR_GM,
        gf=FR_GF,
        fam="Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|"
        "Lefebvre|Michel|Garcia|Fournier|Girard|Bonnet|Lambert|Fontaine|Rousseau|Benali|Nguyen|"
        "Da Silva|Le Gall|de Villiers|Chevalier|Mercier|Martin-Lefèvre|Le Goff",
        nk="Juju|Manu|Seb|Nico|Mimi|Cricri|Doudou|Fanfan",
        st="rue de la République|avenue Jean Jaurès|boulevard Voltaire|rue des Lilas|"
        "place du Marché|allée des Tilleuls|rue Victor Hugo|chemin des Vignes|"
        "impasse des Peupliers|rue du Faubourg Saint-Antoine",
        tw="Paris@750##|Lyon@6900%|Marseille@130##|Toulouse@310##|Nantes@44###|Lille@590##|"
        "Bordeaux@330##|Montpellier@340##|Rennes@350##|Strasbourg@670##",
        af="{no} {street}, {pc} {town}|{no} bis {street}, {pc} {town}|"
        "Appt {flat}, {no} {street}, {pc} {town}|Résidence Les Pins, bât. ^, {no} {street}, "
        "{pc} {town}",
        ph="06 ## ## ## ##|+33 6 ## ## ## ##|07 ## ## ## ##|+33 (0)7 ## ## ## ##|01 ## ## ## ##|"
        "+33 1 ## ## ## ##|04 ## ## ## ##|06########",
        dom="gmail.com|orange.fr|free.fr|laposte.net|hotmail.fr|sfr.fr|wanadoo.fr",
        hm="M.|Monsieur|Me|Dr",
        hf="Mme|Madame|Mlle|Me|Dr",
        km="Tonton|Papy|oncle",
        kf="Tata|Mamie|tante",
        cur="€|EUR",
        co="Carrefour|Decathlon|Leboncoin|Boulangerie Paul|Doctolib|Pharmacie Dupuis|Fnac",
        dl="############",
        pp="##^^#####",
    ),
    L(
        cc="BE",
        country="Belgium",
        langs="fr nl en",
        gm="Thomas|Nicolas|Lucas|Maxime|Arnaud|Pieter|Jan|Wouter|Bram|Koen|Stijn|Mohamed",
        gf="Marie|Julie|Laura|Charlotte|Sarah|Lotte|Eline|Sien|An|Nathalie|Els|Fatima",
        fam="Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Dubois|"
        "Lambert|Dupont|Van den Bossche|Vandenberghe|De Backer|Leclercq|El Amrani",
        st="Rue de la Loi|Avenue Louise|Chaussée de Wavre|Meir|Kouter|Bondgenotenlaan|"
        "Rue Saint-Gilles|Kerkstraat|Rue des Guillemins",
        tw="Bruxelles@1000|Ixelles@1050|Schaerbeek@1030|Antwerpen@2000|Gent@9000|Leuven@3000|"
        "Liège@4000|Namur@5000",
        af="{street} {no}, {pc} {town}|{street} {no} bus %, {pc} {town}|{street} {no}/%, {pc} {town}",
        ph="0470 ## ## ##|+32 470 ## ## ##|04%# ## ## ##|+32 4%# ## ## ##|02 ### ## ##|"
        "+32 2 ### ## ##|09 ### ## ##",
        dom="gmail.com|skynet.be|telenet.be|hotmail.com|proximus.be",
        hm="M.|Dhr.|Mr",
        hf="Mme|Mevr.|Ms",
        km="Tonton|nonkel|Bompa",
        kf="Tata|tante|Bomma",
        cur="€|EUR",
        co="Delhaize|Colruyt|Proximus|Le Pain Quotidien|Neuhaus|bpost|Brasserie Dupont",
        dl="##########",
        pp="^^######",
    ),
    L(
        cc="NL",
        country="Netherlands",
        langs="nl en",
        style="nl",
        gm="Jan|Pieter|Daan|Sem|Bram|Thijs|Joris|Ruben|Lars|Mark|Wouter|Jeroen|Mohamed",
        gf="Sanne|Lotte|Anouk|Femke|Emma|Eva|Lisa|Iris|Fleur|Marieke|Ingrid|Noor|Fatima",
        fam="Jansen|Bakker|Visser|Smit|Meijer|Mulder|Bos|Vos|Peters|Hendriks|Dekker|Brouwer|Kok|"
        "Willems|Koster|Bulut|Bouzidi|Vries|Berg|Heuvel|Dijk|Graaf",
        tv="de|van|van der|van den|van de|ter|de la|van 't",
        st="Kerkstraat|Prinsengracht|Dorpsstraat|Laan van Meerdervoort|Oudegracht|Stationsweg|"
        "Vondelstraat|Beukenlaan",
        tw="Amsterdam@10%# ^^|Rotterdam@30%# ^^|Utrecht@35%# ^^|Den Haag@25%# ^^|"
        "Eindhoven@56%# ^^|Groningen@97%# ^^|Haarlem@20%# ^^",
        af="{street} {no}, {pc} {town}|{street} {no}-^, {pc} {town}|{street} {no} hs, {pc} {town}|"
        "{street} {no}-{flat}, {pc} {town}",
        ph="06-########|+31 6 ########|06 ## ## ## ##|+31 (0)6 ########|020-#######|"
        "+31 20 ### ####|010 ### ####",
        dom="gmail.com|ziggo.nl|kpnmail.nl|hotmail.com|outlook.com|xs4all.nl",
        hm="dhr.|de heer|Mr",
        hf="mevr.|mevrouw|Ms",
        km="oom|opa",
        kf="tante|oma",
        dt="dmy-",
        cur="€|EUR",
        co="Albert Heijn|Bol.com|Coolblue|HEMA|Bakkerij Bart|Jumbo|Picnic",
        dl="##########",
        pp="^^*******#",
    ),
    L(
        cc="DE",
        country="Germany",
        langs="de en",
        gm=DE_GM + "|Mehmet|Ahmad",
        gf=DE_GF + "|Ayşe|Olga",
        fam=DE_FAM,
        nk="Steffi|Basti|Flo|Kathi|Chrissi|Hannes|Micha|Susi",
        st="Hauptstraße|Bahnhofstraße|Schillerstraße|Goethestraße|Lindenallee|Am Markt|Gartenweg|"
        "Friedrich-Ebert-Straße|Kastanienweg|Rosenstraße|Berliner Allee|Mühlenweg",
        tw="Berlin@1%###|Hamburg@2%###|München@8%###|Köln@50###|Frankfurt am Main@60###|"
        "Stuttgart@70###|Leipzig@04###|Düsseldorf@40###|Dortmund@44###|Bremen@28###",
        af="{street} {no}, {pc} {town}|{street} {no}^, {pc} {town}|"
        "{street} {no}, {fl}. OG, {pc} {town}|{street} {no}, Hinterhaus, {pc} {town}",
        ph="0151 ########|+49 151 ########|017# #######|+49 (0)17# #######|030 ########|"
        "+49 30 ########|089 ########|+49 40 #######|0152-########",
        dom="gmail.com|web.de|gmx.de|t-online.de|posteo.de|outlook.de|gmx.net",
        hm="Herr|Hr.|Herr Dr.",
        hf="Frau|Fr.|Frau Dr.",
        km="Onkel|Opa",
        kf="Tante|Oma",
        dt="dmy.",
        cur="€|EUR",
        co="Zalando|Lidl|dm-drogerie markt|Bäckerei Schmidt|DATEV|Deutsche Bahn|Müller Drogerie",
        dl="^##***#*##*",
        pp="C*^##*^##",
    ),
    L(
        cc="AT",
        country="Austria",
        langs="de en",
        gm="Lukas|Florian|David|Tobias|Stefan|Georg|Christoph|Michael|Andreas|Markus|Dominik",
        gf="Anna|Lena|Katharina|Julia|Sarah|Magdalena|Verena|Theresa|Elisabeth|Barbara|Johanna",
        fam="Gruber|Huber|Bauer|Wagner|Pichler|Steiner|Moser|Mayer|Hofer|Leitner|Berger|Fuchs|"
        "Eder|Fischer|Schmid|Winkler|Novak|Horvath|Auer",
        st="Mariahilfer Straße|Hauptplatz|Landstraßer Hauptstraße|Herrengasse|Getreidegasse|"
        "Grazer Straße|Kirchengasse|Linzer Gasse",
        tw="Wien@1%%0|Graz@80%0|Linz@40%0|Salzburg@50%0|Innsbruck@60%0|Klagenfurt@9020",
        af="{street} {no}/{flat}, {pc} {town}|{street} {no}, {pc} {town}|"
        "{street} {no}/Stiege %/Top {flat}, {pc} {town}",
        ph="0664 #######|+43 664 #######|0676 ### ####|+43 676 ### ####|01 ### ####|"
        "+43 1 ### ####|0699 ########",
        dom="gmx.at|gmail.com|aon.at|chello.at|outlook.com",
        hm="Herr|Herr Mag.|Herr DI|Herr Dr.",
        hf="Frau|Frau Mag.a|Frau Dr.|Frau DI",
        km="Onkel|Opa",
        kf="Tante|Oma",
        dt="dmy.",
        cur="€|EUR",
        co="Billa|Spar|willhaben|A1 Telekom|Manner|Café Sacher|Gasthaus Huber",
        dl="########",
        pp="^#######",
    ),
    L(
        cc="CH",
        country="Switzerland",
        langs="de fr en",
        gm="Lukas|Noah|Luca|Jan|Simon|Reto|Urs|Beat|Marco|Nicolas|Julien|Adrian",
        gf="Lara|Laura|Sara|Nina|Anna|Corinne|Andrea|Martina|Sandra|Chantal|Céline|Mirjam",
        fam="Müller|Meier|Schmid|Keller|Weber|Huber|Schneider|Meyer|Steiner|Fischer|Gerber|Brunner|"
        "Baumann|Frei|Zimmermann|Moser|Favre|Rochat|Bonvin|Rossi",
        st="Bahnhofstrasse|Seestrasse|Dorfstrasse|Kirchgasse|Rue du Rhône|Avenue de la Gare|"
        "Chemin des Vignes|Zürichstrasse",
        tw="Zürich@80%#|Bern@30%#|Basel@40%#|Luzern@60%#|Winterthur@84%#|St. Gallen@90%#|"
        "Lausanne@10%#|Genève@12%#",
        af="{street} {no}, {pc} {town}|{street} {no}^, {pc} {town}",
        ph="079 ### ## ##|+41 79 ### ## ##|07% ### ## ##|+41 7% ### ## ##|044 ### ## ##|"
        "+41 44 ### ## ##|+41 22 ### ## ##",
        dom="bluewin.ch|gmail.com|gmx.ch|sunrise.ch|hispeed.ch",
        hm="Herr|M.",
        hf="Frau|Mme",
        km="Onkel|Götti",
        kf="Tante|Gotte",
        dt="dmy.",
        cur="CHF|Fr.",
        co="Migros|Coop|Digitec Galaxus|Sprüngli|Swisscom|Confiserie Meier",
        dl="######",
        pp="^#######",
    ),
    L(
        cc="IT",
        country="Italy",
        langs="it en",
        gm="Marco|Luca|Giuseppe|Francesco|Alessandro|Andrea|Matteo|Lorenzo|Davide|Simone|Giovanni|"
        "Stefano|Riccardo|Gianluca",
        gf="Giulia|Francesca|Chiara|Sara|Martina|Federica|Valentina|Alessia|Elisa|Silvia|Giorgia|"
        "Paola|Roberta|Ilaria",
        fam="Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|"
        "Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Di Stefano|Lo Russo|"
        "D'Angelo|Barbieri",
        nk="Pino|Gigi|Beppe|Fra|Ale|Vale|Fede|Checco|Titti|Lulù",
        st="Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via Mazzini|Viale dei Mille|"
        "Piazza Dante|Via del Corso|Via dei Tigli|Via Cavour|Via Torino",
        tw="Milano@201##|Roma@001##|Napoli@801##|Torino@101##|Bologna@401##|Firenze@501##|"
        "Bari@701##|Palermo@901##|Verona@371##",
        af="{street} {no}, {pc} {town}|{street} {no}/^, {pc} {town}|{street} {no}, int. {flat}, "
        "{pc} {town}|{street}, {no} - {pc} {town}",
        ph="3%# ### ####|+39 3%# ### ####|333 #######|+39 347 ### ####|02 #### ####|"
        "+39 06 #### ####|011 ### ####",
        dom="gmail.com|libero.it|virgilio.it|alice.it|hotmail.it|tiscali.it",
        hm="Sig.|Dott.|Ing.|Avv.",
        hf="Sig.ra|Dott.ssa|Avv.|Ing.",
        km="zio|nonno",
        kf="zia|nonna",
        cur="€|EUR",
        co="Esselunga|Eataly|Poste Italiane|Pasticceria Marchesi|Autogrill|Ferrari Trento",
        dl="^^#######^",
        pp="^^#######",
    ),
    L(
        cc="ES",
        country="Spain",
        langs="es en",
        style="es",
        gm=ES_GM + "|Jordi|Iker|Xabier|Pau",
        gf=ES_GF + "|Montserrat|Ainhoa|Nerea|Begoña",
        fam=ES_FAM + "|Puig|Etxeberria|Vidal|Serra",
        nk="Pepe|Paco|Lola|Charo|Nacho|Quique|Manolo|Pili|Chema|Maite",
        st="Calle Mayor|Calle de Alcalá|Avenida de la Constitución|Gran Vía|Passeig de Gràcia|"
        "Calle del Carmen|Calle Sol|Avinguda Diagonal|Calle San Vicente|Plaza de España",
        tw="Madrid@280##|Barcelona@080##|Valencia@460##|Sevilla@410##|Zaragoza@500##|"
        "Málaga@290##|Bilbao@480##|Alicante@030##|Murcia@300##|Valladolid@470##",
        af="{street}, {no}, {fl}º ^, {pc} {town}|{street} {no}, {pc} {town}|"
        "{street}, {no}, esc. izq., {fl}º, {pc} {town}|{street} {no}, bajo, {pc} {town}",
        ph="6## ## ## ##|+34 6## ### ###|6########|+34 7## ## ## ##|91 ### ## ##|"
        "+34 93 ### ## ##|96 ### ## ##",
        dom="gmail.com|hotmail.es|yahoo.es|telefonica.net|outlook.es",
        hm="Sr.|D.|don",
        hf="Sra.|Dña.|doña",
        km="Tío|Abuelo",
        kf="Tía|Abuela",
        cur="€|EUR",
        co="Mercadona|El Corte Inglés|Wallapop|Cervecería Hermanos Pérez|Zara|Glovo|Telepizza",
        dl="########^",
        pp="^^^######",
    ),
    L(
        cc="PT",
        country="Portugal",
        langs="pt en",
        style="pt",
        gm="João|Pedro|Tiago|Rui|Nuno|Miguel|Ricardo|Bruno|Diogo|André|Filipe|Gonçalo",
        gf="Maria|Ana|Inês|Joana|Beatriz|Catarina|Sofia|Rita|Mariana|Marta|Leonor|Teresa",
        fam="Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Jesus|Sousa|Fernandes|"
        "Gonçalves|Gomes|Lopes|Marques|Alves|Almeida|Ribeiro|Pinto|Carvalho|Teixeira|Moreira",
        st="Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Ouro|Travessa do Carmo|"
        "Rua Dom Pedro V|Avenida da Boavista|Rua das Flores",
        tw="Lisboa@1%##-###|Porto@4%##-###|Braga@47##-###|Coimbra@30##-###|Faro@80##-###|"
        "Aveiro@38##-###|Setúbal@29##-###",
        af="{street}, {no}, {fl}.º Esq., {pc} {town}|{street} {no}, {pc} {town}|"
        "{street}, n.º {no}, {fl}.º Dto., {pc} {town}",
        ph="912 ### ###|+351 912 ### ###|9%# ### ###|+351 9%# ### ###|21 ### ####|+351 22 ### ####",
        dom="gmail.com|sapo.pt|hotmail.com|outlook.pt|netcabo.pt",
        hm="Sr.|Dr.|Eng.",
        hf="Sra.|Dra.|D.",
        km="Tio|Avô",
        kf="Tia|Avó",
        cur="€|EUR",
        co="Continente|Pingo Doce|Worten|Pastéis de Belém|CTT|Sapataria Fernandes",
        dl="^^-######-#",
        pp="^######",
    ),
    L(
        cc="PL",
        country="Poland",
        langs="pl en",
        gm="Piotr|Krzysztof|Tomasz|Paweł|Michał|Marcin|Jakub|Kamil|Łukasz|Grzegorz|Adam|Mateusz",
        gf="Anna|Katarzyna|Małgorzata|Agnieszka|Monika|Joanna|Magdalena|Aleksandra|Natalia|"
        "Karolina|Ewa|Zofia",
        fam="Nowak|Kowalski/Kowalska|Wiśniewski/Wiśniewska|Wójcik|Kowalczyk|Kamiński/Kamińska|"
        "Lewandowski/Lewandowska|Zieliński/Zielińska|Szymański/Szymańska|Woźniak|"
        "Dąbrowski/Dąbrowska|Kozłowski/Kozłowska|Jankowski/Jankowska|Mazur|Krawczyk|"
        "Grabowski/Grabowska|Pawłowski/Pawłowska|Nowicki/Nowicka",
        nk="Kasia|Gosia|Basia|Tomek|Kuba|Ola|Asia|Bartek|Madzia|Krzysiek",
        st="Marszałkowska|Długa|Piotrkowska|Świętokrzyska|Kwiatowa|Lipowa|Mickiewicza|"
        "Słowackiego|Polna|Ogrodowa",
        tw="Warszawa@0%-###|Kraków@3%-###|Wrocław@5%-###|Poznań@6%-###|Gdańsk@80-###|"
        "Łódź@9%-###|Katowice@40-###|Lublin@20-###",
        af="ul. {street} {no}/{flat}, {pc} {town}|ul. {street} {no}, {pc} {town}|"
        "ul. {street} {no} m. {flat}, {pc} {town}",
        ph="5## ### ###|+48 5## ### ###|6## ### ###|+48 6## ### ###|7## ### ###|22 ### ## ##|"
        "+48 22 ### ## ##|+48 12 ### ## ##",
        dom="gmail.com|wp.pl|onet.pl|o2.pl|interia.pl|gazeta.pl",
        hm="Pan|p.|Pan mgr",
        hf="Pani|p.|Pani dr",
        km="wujek|dziadek",
        kf="ciocia|babcia",
        dt="dmy.",
        cur="zł|PLN",
        co="Allegro|Biedronka|InPost|Żabka|Piekarnia Nowak|CD Projekt|Orlen",
        dl="#####/##/####",
        pp="^^#######",
    ),
    L(
        cc="CZ",
        country="Czechia",
        langs="cs en",
        gm="Jan|Petr|Jiří|Tomáš|Martin|Pavel|Jakub|Lukáš|Ondřej|Vojtěch",
        gf="Jana|Eva|Hana|Lucie|Petra|Kateřina|Tereza|Veronika|Markéta|Barbora",
        fam="Novák/Nováková|Svoboda/Svobodová|Novotný/Novotná|Dvořák/Dvořáková|Černý/Černá|"
        "Procházka/Procházková|Kučera/Kučerová|Veselý/Veselá|Horák/Horáková|Němec/Němcová|"
        "Pokorný/Pokorná|Pospíšil/Pospíšilová|Hájek/Hájková",
        nk="Honza|Pepa|Jirka|Péťa|Káťa|Verča|Bára|Ondra",
        st="Vinohradská|Korunní|Masarykova|Nádražní|Husova|Palackého|Dlouhá|Lidická",
        tw="Praha 2@120 00|Praha 6@160 00|Brno@602 00|Ostrava@702 00|Plzeň@301 00|Olomouc@779 00",
        af="{street} {no}/%#, {pc} {town}|{street} {no}, {pc} {town}",
        ph="6## ### ###|+420 6## ### ###|7## ### ###|+420 7## ### ###|+420 2## ### ###",
        dom="seznam.cz|gmail.com|email.cz|centrum.cz|post.cz",
        hm="pan|Ing.|Mgr.",
        hf="paní|Ing.|Mgr.",
        km="strejda|děda",
        kf="teta|babička",
        dt="cz|dmy.",
        cur="Kč|CZK",
        co="Alza.cz|Rohlik|Kofola|Škoda Auto|Pekárna Novák|Mall.cz",
        dl="^^ ######",
        pp="########",
    ),
    L(
        cc="HU",
        country="Hungary",
        langs="hu en",
        style="hu",
        gm="László|István|József|Zoltán|Gábor|Péter|Attila|Tamás|Balázs|Dániel|Bence|Ádám",
        gf="Mária|Erzsébet|Katalin|Ildikó|Zsuzsanna|Eszter|Anna|Réka|Nóra|Dóra|Krisztina|Viktória",
        fam="Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Papp|Takács|"
        "Juhász|Lakatos|Mészáros|Oláh|Szilágyi",
        nk="Marika|Zsuzsi|Kati|Pisti|Laci|Gabi|Jancsi|Erzsi",
        st="Váci utca|Andrássy út|Rákóczi út|Petőfi Sándor utca|Kossuth Lajos utca|Fő utca|"
        "Béke tér|Széchenyi utca",
        tw="Budapest@1%%#|Debrecen@40%#|Szeged@67%#|Pécs@76%#|Győr@90%#|Miskolc@35%#",
        af="{pc} {town}, {street} {no}.|{pc} {town}, {street} {no}. %. em. %.|"
        "{town}, {street} {no}. {pc}",
        ph="06 30 ### ####|+36 30 ### ####|06 20 ### ####|+36 70 ### ####|+36 1 ### ####|"
        "06-1-###-####",
        dom="gmail.com|freemail.hu|citromail.hu|t-online.hu",
        hm="~ úr|dr.",
        hf="~ asszony|dr.",
        km="~ bácsi",
        kf="~ néni",
        dt="ymd.|ymd-",
        cur="Ft|HUF",
        co="OTP Bank|Tesco Magyarország|Szamos Marcipán|Wizz Air|eMAG|Kovács Pékség",
        dl="^^######",
        pp="^^#######",
    ),
    L(
        cc="RO",
        country="Romania",
        langs="ro en",
        gm="Andrei|Alexandru|Ionuț|Mihai|Cristian|Bogdan|Florin|Adrian|Radu|Vlad|Gheorghe|Sorin",
        gf="Maria|Elena|Ioana|Andreea|Alina|Mihaela|Cristina|Roxana|Diana|Gabriela|Raluca|Simona",
        fam="Popescu|Ionescu|Popa|Dumitrescu|Stan|Stoica|Gheorghe|Rusu|Munteanu|Matei|Constantin|"
        "Marin|Tudor|Dobre|Barbu|Nistor|Florea|Ene|Ardeleanu",
        st="Strada Victoriei|Bulevardul Unirii|Strada Mihai Eminescu|Calea Dorobanților|"
        "Strada Lalelelor|Aleea Teilor|Strada Republicii",
        tw="București, Sector 3@03####|Cluj-Napoca@400###|Timișoara@300###|Iași@700###|"
        "Brașov@500###|Constanța@900###",
        af="{street} nr. {no}, {town} {pc}|{street} nr. {no}, bl. ^%, sc. ^, ap. {flat}, {town}|"
        "{street} {no}, ap. {flat}, {pc} {town}",
        ph="07## ### ###|+40 7## ### ###|+40 721 ### ###|021 ### ####|+40 21 ### ####|0264 ### ###",
        dom="gmail.com|yahoo.com|yahoo.ro|outlook.com",
        hm="dl.|Dl.|domnul",
        hf="dna|Dna.|doamna",
        km="nea|unchiul",
        kf="tanti|mătușa",
        dt="dmy.",
        cur="lei|RON",
        co="eMAG|Dedeman|Altex|Cofetăria Ana Pan|Fan Courier",
        dl="#########",
        pp="#########",
    ),
    L(
        cc="GR",
        country="Greece",
        langs="el en",
        gm="Γιώργος:Giorgos|Δημήτρης:Dimitris|Νίκος:Nikos|Κώστας:Kostas|Γιάννης:Giannis|"
        "Παναγιώτης:Panagiotis|Χρήστος:Christos|Βασίλης:Vasilis|Αλέξανδρος:Alexandros|Σπύρος:Spyros",
        gf="Μαρία:Maria|Ελένη:Eleni|Κατερίνα:Katerina|Βασιλική:Vasiliki|Σοφία:Sofia|"
        "Αγγελική:Angeliki|Δήμητρα:Dimitra|Γεωργία:Georgia|Ειρήνη:Eirini|Χριστίνα:Christina",
        fam="Παπαδόπουλος/Παπαδοπούλου:Papadopoulos/Papadopoulou|Νικολάου:Nikolaou|"
        "Γεωργίου:Georgiou|Οικονόμου:Oikonomou|Παπαδάκης/Παπαδάκη:Papadakis/Papadaki|"
        "Βλάχος/Βλάχου:Vlachos/Vlachou|Αντωνίου:Antoniou|Μακρής/Μακρή:Makris/Makri|"
        "Καραγιάννης/Καραγιάννη:Karagiannis/Karagianni|Αλεξίου:Alexiou",
        st="Ερμού|Πανεπιστημίου|Τσιμισκή|Αγίου Νικολάου|Ακαδημίας|Βασιλίσσης Σοφίας|Κηφισίας",
        tw="Αθήνα@1%# ##|Θεσσαλονίκη@5%# ##|Πάτρα@26% ##|Ηράκλειο@71% ##|Πειραιάς@18% ##",
        af="{street} {no}, {pc} {town}|{street} {no}, {fl}ος όροφος, {pc} {town}",
        ph="69# ### ####|+30 69# ### ####|+30 697 ### ####|210 ### ####|+30 210 ### ####|"
        "2310 ######",
        dom="gmail.com|yahoo.gr|hotmail.com|otenet.gr",
        hm="κ.|Mr",
        hf="κα|Ms",
        km="θείος|παππούς",
        kf="θεία|γιαγιά",
        cur="€|EUR",
        co="Skroutz|Σκλαβενίτης|e-food|Everest|Goody's|Ζαχαροπλαστείο Παπαδόπουλος",
        dl="#########",
        pp="^^#######",
    ),
    L(
        cc="SE",
        country="Sweden",
        langs="sv en",
        gm="Erik|Lars|Anders|Johan|Karl|Per|Mikael|Oskar|Gustav|Viktor|Emil|Axel",
        gf="Anna|Maria|Karin|Sara|Emma|Elin|Linnea|Ida|Maja|Ebba|Sofia|Kristina",
        fam="Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|"
        "Gustafsson|Lindqvist|Lindberg|Bergström|Sjöberg|Åkesson|Öberg",
        st="Storgatan|Drottninggatan|Kungsgatan|Vasagatan|Södra vägen|Björkvägen|Linnégatan|"
        "Sveavägen",
        tw="Stockholm@1%# ##|Göteborg@4%# ##|Malmö@2%# ##|Uppsala@75% ##|Västerås@72% ##|Umeå@90% ##",
        af="{street} {no}, {pc} {town}|{street} {no}^, lgh 1%0#, {pc} {town}",
        ph="07#-### ## ##|+46 7# ### ## ##|070-### ## ##|08-### ### ##|+46 8 ### ### ##|"
        "031-## ## ##",
        dom="gmail.com|hotmail.se|telia.com|outlook.com|bredband.net",
        hm="",
        hf="",
        km="farbror|morfar",
        kf="moster|faster|mormor",
        dt="ymd-",
        cur="kr|SEK",
        co="IKEA|Klarna|ICA|Spotify|Systembolaget|Bageri Andersson",
        dl="######-####",
        pp="########",
    ),
    L(
        cc="NO",
        country="Norway",
        langs="no en",
        gm="Ole|Lars|Henrik|Magnus|Jonas|Sindre|Eirik|Håkon|Kristian|Anders",
        gf="Ingrid|Kari|Nora|Ida|Silje|Marte|Solveig|Hanne|Ragnhild|Tone",
        fam="Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Berg|Haugen|Hagen|"
        "Bakken|Solberg|Strand|Dahl|Lie|Moen|Aas",
        st="Storgata|Kirkeveien|Bygdøy allé|Thorvald Meyers gate|Markveien|Strandgaten|Bogstadveien",
        tw="Oslo@0%##|Bergen@50##|Trondheim@70##|Stavanger@40##|Tromsø@90##|Drammen@30##",
        af="{street} {no}, {pc} {town}|{street} {no}^, {pc} {town}|{street} {no}, H0%0%, {pc} {town}",
        ph="4## ## ###|+47 4## ## ###|9## ## ###|+47 9## ## ###|+47 22 ## ## ##",
        dom="gmail.com|online.no|hotmail.com|outlook.com",
        hm="",
        hf="",
        km="onkel|morfar",
        kf="tante|mormor",
        dt="dmy.",
        cur="kr|NOK",
        co="Vipps|Rema 1000|Finn.no|Kiwi|Norwegian|Baker Hansen",
        dl="### ##### #",
        pp="^^#######",
    ),
    L(
        cc="DK",
        country="Denmark",
        langs="da en",
        gm="Mads|Rasmus|Mikkel|Frederik|Jonas|Søren|Kasper|Christian|Anders|Nikolaj",
        gf="Mette|Camilla|Louise|Sofie|Ida|Anne|Katrine|Maja|Line|Signe",
        fam="Nielsen|Jensen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|"
        "Jørgensen|Madsen|Kristensen|Thomsen|Poulsen|Østergaard",
        st="Nørrebrogade|Vesterbrogade|Østerbrogade|Strandvejen|Søndergade|Bredgade|Jægersborg Allé",
        tw="København Ø@2100|Frederiksberg@2000|Aarhus C@8000|Odense C@5000|Aalborg@9000|Vejle@7100",
        af="{street} {no}, %. tv., {pc} {town}|{street} {no}, {pc} {town}|"
        "{street} {no}, st. th., {pc} {town}",
        ph="## ## ## ##|+45 ## ## ## ##|+45 2# ## ## ##|3# ## ## ##|+45 ########",
        dom="gmail.com|hotmail.dk|mail.dk|outlook.dk|jubii.dk",
        hm="",
        hf="",
        km="onkel|morfar",
        kf="moster|faster|mormor",
        dt="dmy-|dmy.",
        cur="kr.|DKK",
        co="Netto|MobilePay|Lego|Joe & The Juice|Bilka|Lagkagehuset",
        dl="########",
        pp="#########",
    ),
    L(
        cc="FI",
        country="Finland",
        langs="fi en",
        gm="Mikko|Juha|Jari|Antti|Timo|Matti|Ville|Janne|Teemu|Lauri",
        gf="Anna|Laura|Tiina|Sanna|Johanna|Minna|Elina|Emilia|Aino|Riikka",
        fam="Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|"
        "Järvinen|Lehtonen|Saarinen|Salminen|Heinonen",
        st="Mannerheimintie|Aleksanterinkatu|Hämeenkatu|Kauppakatu|Koivukuja|Rantatie|Puistokatu",
        tw="Helsinki@00###|Espoo@02###|Tampere@33###|Turku@20###|Oulu@90###|Jyväskylä@40###",
        af="{street} {no} ^ {flat}, {pc} {town}|{street} {no}, {pc} {town}|"
        "{street} {no} as {flat}, {pc} {town}",
        ph="040 ### ####|+358 40 ### ####|050 ### ####|+358 50 ### ####|09 ### ####|+358 9 ### ####",
        dom="gmail.com|hotmail.fi|kolumbus.fi|luukku.com|outlook.com",
        hm="",
        hf="",
        km="setä|eno|ukki",
        kf="täti|mummo",
        dt="dmy.",
        cur="€|EUR",
        co="Fazer|Alko|Kesko|Wolt|Supercell|Leipomo Virtanen",
        dl="#########",
        pp="^^#######",
    ),
    L(
        cc="IS",
        country="Iceland",
        langs="is en",
        style="is",
        gm="Jón|Sigurður|Guðmundur|Gunnar|Ólafur|Einar|Kristján|Magnús|Stefán|Helgi",
        gf="Guðrún|Anna|Sigríður|Kristín|Margrét|Helga|Sigrún|Ingibjörg|Katrín|Hildur",
        fam="",
        pat="Jóns|Sigurðar|Guðmundar|Gunnars|Ólafs|Einars|Kristjáns|Magnúsar|Stefáns|Helga|Þórs|"
        "Björns",
        st="Laugavegur|Skólavörðustígur|Hringbraut|Bústaðavegur|Hafnarstræti|Álfhólsvegur",
        tw="Reykjavík@10%|Kópavogur@20%|Hafnarfjörður@22%|Akureyri@60%|Garðabær@210",
        af="{street} {no}, {pc} {town}|{street} {no}, íbúð {flat}, {pc} {town}",
        ph="8## ####|+354 8## ####|6## ####|+354 6## ####|+354 5## ####",
        dom="gmail.com|simnet.is|internet.is|visir.is",
        hm="",
        hf="",
        km="frændi|afi",
        kf="frænka|amma",
        dt="dmy.",
        cur="kr.|ISK",
        co="Bónus|Icelandair|66°North|Bæjarins Beztu Pylsur|Síminn",
        dl="#########",
        pp="^#######",
    ),
    L(
        cc="RU",
        country="Russia",
        langs="ru en",
        style="ru",
        gm=RU_GM,
        gf=RU_GF,
        fam="Иванов/Иванова:Ivanov/Ivanova|Смирнов/Смирнова:Smirnov/Smirnova|"
        "Кузнецов/Кузнецова:Kuznetsov/Kuznetsova|Попов/Попова:Popov/Popova|"
        "Соколов/Соколова:Sokolov/Sokolova|Лебедев/Лебедева:Lebedev/Lebedeva|"
        "Козлов/Козлова:Kozlov/Kozlova|Новиков/Новикова:Novikov/Novikova|"
        "Морозов/Морозова:Morozov/Morozova|Волков/Волкова:Volkov/Volkova|"
        "Соловьёв/Соловьёва:Solovyov/Solovyova|Васильев/Васильева:Vasilyev/Vasilyeva|"
        "Зайцев/Зайцева:Zaitsev/Zaitseva|Орлов/Орлова:Orlov/Orlova|"
        "Ковальский/Ковальская:Kovalsky/Kovalskaya|Шевчук:Shevchuk",
        pat=RU_PAT,
        nk="Саша:Sasha|Дима:Dima|Серёжа:Seryozha|Лена:Lena|Оля:Olya|Наташа:Natasha|Таня:Tanya|"
        "Женя:Zhenya|Миша:Misha|Настя:Nastya|Катя:Katya|Ваня:Vanya",
        st="ул. Ленина|ул. Тверская|пр-т Мира|ул. Садовая|Невский пр-т|ул. Гагарина|ул. Пушкина|"
        "ул. Советская|ул. Профсоюзная|Ленинградское ш.",
        tw="г. Москва@1%####|г. Санкт-Петербург@19####|г. Новосибирск@630###|"
        "г. Екатеринбург@620###|г. Казань@420###|г. Нижний Новгород@603###|г. Краснодар@350###",
        af="{pc}, {town}, {street}, д. {no}, кв. {flat}|{town}, {street}, д. {no}, корп. %, "
        "кв. {flat}|{town}, {street}, {no}-{flat}",
        ph="8 (9##) ###-##-##|+7 9## ###-##-##|+7 (9##) ### ## ##|8 9## ### ## ##|"
        "+7 (495) ###-##-##|+7 812 ###-##-##|89#########",
        dom="mail.ru|yandex.ru|gmail.com|bk.ru|inbox.ru|list.ru|rambler.ru",
        hm="г-н|господин",
        hf="г-жа|госпожа",
        km="дядя|дедушка",
        kf="тётя|бабушка",
        dt="dmy.",
        cur="₽|руб.|RUB",
        co="Ozon|Wildberries|Яндекс|Сбер|ВкусВилл|Пятёрочка|Пекарня Иванова",
        dl="## ## ######",
        pp="## #######",
    ),
    L(
        cc="UA",
        country="Ukraine",
        langs="uk en",
        style="ru",
        gm="Олександр:Oleksandr|Андрій:Andrii|Дмитро:Dmytro|Сергій:Serhii|Іван:Ivan|Тарас:Taras|"
        "Богдан:Bohdan|Максим:Maksym|Віталій:Vitalii|Юрій:Yurii",
        gf="Олена:Olena|Оксана:Oksana|Наталія:Nataliia|Ірина:Iryna|Тетяна:Tetiana|Юлія:Yuliia|"
        "Марія:Mariia|Анастасія:Anastasiia|Катерина:Kateryna|Софія:Sofiia",
        fam="Шевченко:Shevchenko|Коваленко:Kovalenko|Бондаренко:Bondarenko|Ткаченко:Tkachenko|"
        "Кравченко:Kravchenko|Мельник:Melnyk|Бойко:Boiko|Коваль:Koval|Олійник:Oliinyk|"
        "Лисенко:Lysenko|Гнатюк:Hnatiuk|Савчук:Savchuk|Ковальський/Ковальська:Kovalskyi/Kovalska|"
        "Петренко:Petrenko",
        pat="Олександрович/Олександрівна:Oleksandrovych/Oleksandrivna|Іванович/Іванівна:"
        "Ivanovych/Ivanivna|Петрович/Петрівна:Petrovych/Petrivna|Миколайович/Миколаївна:"
        "Mykolaiovych/Mykolaivna|Васильович/Василівна:Vasylovych/Vasylivna|"
        "Сергійович/Сергіївна:Serhiiovych/Serhiivna",
        nk="Сашко:Sashko|Оксанка:Oksanka|Наталка:Natalka|Тарасик:Tarasyk|Юля:Yulia|Дімон:Dimon",
        st="вул. Хрещатик|вул. Шевченка|просп. Перемоги|вул. Городоцька|вул. Дерибасівська|"
        "вул. Сумська|бульв. Лесі Українки",
        tw="м. Київ@0####|м. Львів@79###|м. Одеса@65###|м. Харків@61###|м. Дніпро@49###",
        af="{pc}, {town}, {street}, буд. {no}, кв. {flat}|{town}, {street}, {no}, кв. {flat}",
        ph="067 ### ## ##|+380 67 ### ####|050 ### ## ##|+380 50 ### ## ##|+380 (44) ###-##-##|"
        "093#######",
        dom="ukr.net|gmail.com|i.ua|meta.ua",
        hm="пан|Mr",
        hf="пані|Ms",
        km="дядько|дідусь",
        kf="тітка|бабуся",
        dt="dmy.",
        cur="₴|грн|UAH",
        co="Nova Poshta|Rozetka|Monobank|Сільпо|Львівська майстерня шоколаду|АТБ",
        dl="^^^######",
        pp="^^######",
    ),
    L(
        cc="RS",
        country="Serbia",
        langs="sr en",
        gm="Marko|Nikola|Stefan|Miloš|Luka|Aleksandar|Nemanja|Dušan|Vuk|Đorđe",
        gf="Milica|Jelena|Ana|Marija|Jovana|Ivana|Tamara|Dragana|Teodora|Sanja",
        fam="Jovanović|Petrović|Nikolić|Marković|Đorđević|Stojanović|Ilić|Stanković|Pavlović|"
        "Kostić|Popović|Živković|Todorović",
        nk="Pera|Mika|Žika|Gaga|Ceca|Boki|Sale|Maja",
        st="Knez Mihailova|Bulevar kralja Aleksandra|Njegoševa|Zmaj Jovina|Cara Dušana|Resavska",
        tw="Beograd@11###|Novi Sad@21###|Niš@18###|Kragujevac@34###",
        af="{street} {no}/{flat}, {pc} {town}|{street} {no}, {pc} {town}",
        ph="06# ### ####|+381 6# ### ####|+381 64 ###-####|011 ### ####|+381 11 ### ####",
        dom="gmail.com|yahoo.com|eunet.rs|mts.rs",
        hm="g.|gospodin",
        hf="gđa|gospođa",
        km="čika|deda",
        kf="tetka|baka|strina",
        dt="dmy.",
        cur="RSD|din.",
        co="Maxi|Delhaize Srbija|Yettel|Pekara Jovanović|Bambi|Gigatron",
        dl="#########",
        pp="#########",
    ),
    L(
        cc="HR",
        country="Croatia",
        langs="hr en",
        gm="Ivan|Luka|Marko|Josip|Ante|Mate|Tomislav|Filip|Karlo|Domagoj",
        gf="Ana|Petra|Ivana|Marija|Lucija|Maja|Katarina|Martina|Nikolina|Ivona",
        fam="Horvat|Kovačević|Babić|Marić|Jurić|Novak|Knežević|Vuković|Marković|Petrović|Matić|"
        "Tomić|Pavlović|Perić|Radić",
        st="Ilica|Vukovarska|Savska cesta|Ulica kralja Zvonimira|Marmontova|Korzo|Ulica grada Vukovara",
        tw="Zagreb@10###|Split@21###|Rijeka@51###|Osijek@31###|Zadar@23###",
        af="{street} {no}, {pc} {town}|{street} {no}^, {pc} {town}",
        ph="09# ### ####|+385 9# ### ####|+385 91 ### ####|01 #### ###|+385 1 #### ###",
        dom="gmail.com|net.hr|t-com.hr|yahoo.com",
        hm="g.|gospodin",
        hf="gđa|gospođa",
        km="stric|ujak|djed",
        kf="teta|baka",
        dt="dmy.",
        cur="€|EUR",
        co="Konzum|Podravka|Njuškalo|Rimac|Pekara Horvat|Kraš",
        dl="########",
        pp="#########",
    ),
    L(
        cc="LT",
        country="Lithuania",
        langs="lt en",
        gm="Jonas|Tomas|Mantas|Lukas|Paulius|Darius|Mindaugas|Andrius|Vytautas|Karolis",
        gf="Rūta|Eglė|Giedrė|Ieva|Aistė|Greta|Inga|Laura|Justina|Gabija",
        fam="Kazlauskas/Kazlauskienė|Jankauskas/Jankauskienė|Petrauskas/Petrauskaitė|"
        "Stankevičius/Stankevičienė|Vasiliauskas/Vasiliauskienė|Žukauskas/Žukauskaitė|"
        "Butkus/Butkienė|Paulauskas/Paulauskaitė|Urbonas/Urbonienė|Navickas/Navickienė",
        st="Gedimino pr.|Laisvės al.|Pylimo g.|Savanorių pr.|Vilniaus g.|Taikos pr.|Žirmūnų g.",
        tw="Vilnius@LT-0####|Kaunas@LT-4####|Klaipėda@LT-9####|Šiauliai@LT-7####",
        af="{street} {no}-{flat}, {pc} {town}|{street} {no}, {town} {pc}",
        ph="8 6## #####|+370 6## #####|+370 6## ## ###|8 5 ### ####|+370 5 ### ####",
        dom="gmail.com|one.lt|inbox.lt|yahoo.com",
        hm="p.|ponas",
        hf="p.|ponia",
        km="dėdė|senelis",
        kf="teta|močiutė",
        dt="ymd-",
        cur="€|EUR",
        co="Maxima|Iki|Vinted|Bolt|Kepyklėlė Jankauskas",
        dl="########",
        pp="########",
    ),
]

LOCALES += [
    # ---------------------------------------------------------------- Americas
    L(
        cc="US",
        country="United States",
        langs="en es",
        gm=EN_GM + "|DeShawn|Jamal|Carlos|Hunter|Brandon|Jaxon",
        gf=EN_GF + "|Keisha|Maria|Ashley|Jennifer|Aaliyah|Brooklyn",
        fam=EN_FAM + "|Garcia|Martinez|Washington|Kim|Rodriguez|Schwartz|Kowalski|Yazzie|Begaye",
        nk="Bobby|Liz|Mike|Jen|Chris|Becky|Tony|Katie|Bubba|Jojo",
        st="Maple Avenue|Oak Street|Cedar Lane|Pine Ridge Road|Washington Blvd|Lincoln Avenue|"
        "Elm Street|Sunset Drive|Lakeview Terrace|Hickory Court|Martin Luther King Jr Blvd|"
        "Magnolia Way|Willow Creek Dr|Jefferson St",
        tw="Columbus, OH@432##|Austin, TX@787##|Tampa, FL@336##|Sacramento, CA@958##|"
        "Charlotte, NC@282##|Denver, CO@802##|Albany, NY@122##|Phoenix, AZ@850##|"
        "Portland, OR@972##|Naperville, IL@605##|Atlanta, GA@303##|Minneapolis, MN@554##|"
        "Newark, NJ@071##|Richmond, VA@232##|Boise, ID@837##",
        af="{no} {street}, {town} {pc}|{no} {street} Apt {flat}, {town} {pc}|"
        "{no} {street}, Unit {flat}, {town} {pc}|{no} {street} {hash}{flat}, {town} {pc}",
        ph="(212) %##-####|(312) %##-####|(415) %##-####|(614) %##-####|713-%##-####|"
        "+1 404-%##-####|+1 (305) %##-####|206.%##.####|+1 512 %##-####|617-%##-####|"
        "+1702%######|1-800-%##-####|(919) %##-####|+1 720 %##-####",
        dom="gmail.com|yahoo.com|outlook.com|aol.com|icloud.com|comcast.net|hotmail.com",
        hm="Mr.|Dr.",
        hf="Mrs.|Ms.|Dr.",
        km="Uncle|Grandpa|Pop-Pop",
        kf="Aunt|Auntie|Grandma|Nana",
        dt="mdy/",
        cur="$|USD",
        co="Costco|Walmart|Shopify|Trader Joe's|Zillow|Joe's Crab Shack|Johnson & Johnson",
        dl="^#######|### ### ###|^###-###-##-###-#|########|^###-####-####|## ### ###",
        pp="#########|^########",
    ),
    L(
        cc="CA",
        country="Canada",
        langs="en fr",
        gm=EN_GM + "|Étienne|Mathieu|Gabriel|Félix|Harjit",
        gf=EN_GF + "|Geneviève|Émilie|Marie-Ève|Chloé|Gurleen",
        fam="Tremblay|Gagnon|Roy|Côté|Bouchard|Gauthier|Morin|Lavoie|Fortin|Pelletier|Singh|Chen|"
        "Wong|MacDonald|Smith|Brown|Wilson|Campbell|Grewal|Li|Anderson|Leblanc",
        st="Queen Street West|Yonge Street|rue Saint-Denis|boulevard René-Lévesque|Kingsway|"
        "17th Avenue SW|Spring Garden Road|Portage Avenue|Maple Grove Crescent",
        tw="Toronto, ON@M%^ %^%|Ottawa, ON@K%^ %^%|Montréal, QC@H%^ %^%|Québec, QC@G%^ %^%|"
        "Vancouver, BC@V%^ %^%|Calgary, AB@T%^ %^%|Halifax, NS@B%^ %^%|Winnipeg, MB@R%^ %^%|"
        "Mississauga, ON@L%^ %^%",
        af="{no} {street}, {town} {pc}|{flat}-{no} {street}, {town} {pc}|"
        "Apt {flat}, {no} {street}, {town} {pc}",
        ph="(416) %##-####|416-%##-####|+1 604 %##-####|514 %##-####|+1 (403) %##-####|"
        "613-%##-####|+1 902-%##-####|647.%##.####",
        dom="gmail.com|hotmail.com|videotron.ca|rogers.com|shaw.ca|outlook.com|sympatico.ca",
        hm="Mr.|M.|Dr.",
        hf="Ms.|Mrs.|Mme|Dr.",
        km="Uncle|Mon oncle|Grandpa",
        kf="Aunt|Ma tante|Grandma",
        dt="ymd-|dmy/",
        cur="$|CAD",
        co="Tim Hortons|Canadian Tire|Shopify|Lululemon|Desjardins|Roy's Maple Farm",
        dl="^####-#####-#####|^####-######-##|#######",
        pp="^^######",
    ),
    L(
        cc="MX",
        country="Mexico",
        langs="es en",
        style="es",
        gm=ES_GM + "|Juan Carlos|José Luis|Francisco Javier|Jesús|Ulises",
        gf=ES_GF + "|Guadalupe|María Fernanda|Ana Karen|Itzel|Xóchitl",
        fam=ES_FAM + "|Vázquez|Chávez|Juárez|Domínguez|Zepeda|Villaseñor|Cruz|Reyes",
        nk="Lupita|Pepe|Chuy|Paco|Memo|Beto|Nacho|Pancho|Lalo|Conchita",
        st="Calle Orizaba|Av. Insurgentes Sur|Calle Colima|Av. Chapultepec|Calle Morelos|"
        "Av. Vallarta|Calle Hidalgo|Privada de los Pinos|Av. Juárez",
        tw="Col. Roma Norte, Cuauhtémoc, Ciudad de México@06700|"
        "Col. Del Valle, Benito Juárez, CDMX@03100|Col. Providencia, Guadalajara, Jal.@44630|"
        "Col. del Valle, San Pedro Garza García, N.L.@66220|Col. Centro, Puebla, Pue.@72000|"
        "Juriquilla, Querétaro, Qro.@76230|Col. Montecristo, Mérida, Yuc.@97133",
        af="{street} {no}, {town}, C.P. {pc}|{street} {no} Int. {flat}, {town}, C.P. {pc}|"
        "{street} {no}-^, {town} {pc}",
        ph="55 #### ####|+52 55 #### ####|+52 1 33 #### ####|33 ####-####|81 #### ####|"
        "(55) ####-####|+52 81 ####-####|+5255########",
        dom="gmail.com|hotmail.com|yahoo.com.mx|outlook.com|prodigy.net.mx",
        hm="Sr.|Lic.|Ing.|Don",
        hf="Sra.|Lic.|Dra.|Doña",
        km="Tío|Abuelo|Compadre",
        kf="Tía|Abuela|Comadre",
        cur="$|MXN",
        co="Oxxo|Bimbo|Mercado Libre|Liverpool|Tacos El Güero|Farmacias Guadalajara|Coppel",
        dl="^########",
        pp="G########",
    ),
    L(
        cc="CO",
        country="Colombia",
        langs="es en",
        style="es",
        gm=ES_GM + "|Juan David|Juan Sebastián|Santiago",
        gf=ES_GF + "|María Camila|Luisa Fernanda|Manuela",
        fam=ES_FAM + "|Restrepo|Londoño|Ospina|Arango|Cardona|Zapata|Montoya",
        nk="Pipe|Juancho|Mafe|Caro|Toño|Mono|Nico|Sofi",
        st="",
        tw="Chapinero, Bogotá|Usaquén, Bogotá|El Poblado, Medellín|Laureles, Medellín|"
        "Granada, Cali|Barranquilla|Bocagrande, Cartagena",
        pc="",
        af="Calle %# {hash} %#-%#, Apto {flat}, {town}|Carrera %#^ {hash} %#-%##, {town}|"
        "Diagonal %# {hash} %#-%#, {town}|Transversal %#^ {hash} %#^-%#, Casa %#, {town}",
        ph="300 ### ####|+57 310 ### ####|+57 3## ### ####|31# #######|(601) ### ####|"
        "+57 601 ### ####|+57 604 ### ####",
        dom="gmail.com|hotmail.com|yahoo.es|outlook.com",
        hm="Sr.|Don|Dr.|Ing.",
        hf="Sra.|Doña|Dra.",
        km="Tío|Abuelo",
        kf="Tía|Abuela|Doña",
        cur="$|COP",
        co="Rappi|Éxito|Juan Valdez|Bancolombia|Crepes & Waffles|Frisby",
        dl="##########",
        pp="^^######",
    ),
    L(
        cc="PE",
        country="Peru",
        langs="es en",
        style="es",
        gm=ES_GM + "|Renzo|Piero|Kevin",
        gf=ES_GF + "|Milagros|Rosa|Yesenia",
        fam=ES_FAM + "|Quispe|Mamani|Huamán|Condori|Ccama|Chávez",
        st="Av. Larco|Av. Javier Prado Este|Av. Benavides|Av. Arequipa|Av. Pardo|Jr. Los Olivos|"
        "Calle Las Begonias",
        tw="Miraflores, Lima@15074|San Isidro, Lima@15073|Santiago de Surco, Lima@15039|"
        "Cayma, Arequipa@04017|Trujillo@13001|Cusco@08002",
        af="{street} {no}, Dpto. {flat}, {town}|{street} {no}, {town}|"
        "{street} {no}, Urb. Los Álamos, {town} {pc}",
        ph="9## ### ###|+51 9## ### ###|(01) ### ####|+51 1 ### ####|+51 9########",
        dom="gmail.com|hotmail.com|yahoo.es|outlook.com",
        hm="Sr.|Ing.|Lic.",
        hf="Sra.|Srta.|Lic.",
        km="Tío|Abuelo",
        kf="Tía|Abuela",
        cur="S/|PEN",
        co="Yape|Plaza Vea|Inca Kola|Saga Falabella|Pollería La Leña",
        dl="Q########",
        pp="#########",
    ),
    L(
        cc="CL",
        country="Chile",
        langs="es en",
        style="es",
        gm=ES_GM + "|Benjamín|Vicente|Matías",
        gf=ES_GF + "|Catalina|Javiera|Constanza",
        fam=ES_FAM + "|Muñoz|Soto|Contreras|Sepúlveda|Araya|Valenzuela|Tapia|Carrasco|Pizarro",
        nk="Cote|Pancho|Cata|Javi|Nacho|Fran|Coni|Rodri",
        st="Av. Providencia|Av. Apoquindo|Irarrázaval|Los Leones|Av. Libertad|Calle Condell|"
        "Av. Bernardo O'Higgins",
        tw="Providencia, Santiago@75#####|Las Condes, Santiago@75#####|Ñuñoa, Santiago@77#####|"
        "Viña del Mar@25#####|Concepción@40#####|La Serena@17#####",
        af="{street} {no}, depto. {flat}, {town}|Pasaje Los Aromos {no}, {town}|"
        "{street} {no}, {town}, código postal {pc}",
        ph="9 #### ####|+56 9 #### ####|+56 9 ########|+56 2 #### ####|(2) #### ####",
        dom="gmail.com|hotmail.com|yahoo.es|vtr.net",
        hm="Sr.|Don",
        hf="Sra.|Srta.|Doña",
        km="Tío|Tata",
        kf="Tía|Abuelita",
        cur="$|CLP",
        co="Falabella|Jumbo|Líder|Copec|Empanadas Doña Juanita|Cornershop",
        dl="########-^",
        pp="^########",
    ),
    L(
        cc="AR",
        country="Argentina",
        langs="es en",
        style="es",
        f2=0.15,
        gm="Martín|Facundo|Santiago|Matías|Nicolás|Gonzalo|Federico|Ezequiel|Leandro|Agustín|"
        "Hernán|Pablo",
        gf="Sofía|Florencia|Camila|Valentina|Lucía|Agustina|Micaela|Carolina|Romina|Julieta|"
        "Milagros|Belén",
        fam="González|Rodríguez|Gómez|Fernández|López|Díaz|Martínez|Pérez|García|Sánchez|Romero|"
        "Sosa|Álvarez|Torres|Benítez|Acosta|Medina|Herrera|Suárez|Aguirre|Giménez|Rossi|Bianchi|"
        "Lombardo|Schulz",
        nk="Fede|Nico|Flor|Cami|Agus|Santi|Tincho|Juampi|Maxi|Vale",
        st="Av. Santa Fe|Av. Corrientes|Av. Cabildo|Thames|Gorriti|Bv. Oroño|Av. Colón|"
        "Av. Rivadavia",
        tw="Palermo, CABA@C14##^^^|Belgrano, CABA@C14##^^^|Caballito, CABA@C14##^^^|"
        "Rosario, Santa Fe@S20##^^^|Córdoba@X50##^^^|Mendoza@M55##^^^|La Plata@B19##^^^",
        af="{street} {no}, {fl}° ^, {pc} {town}|{street} {no}, {town}, {pc}|{street} {no}, {town}",
        ph="11 ####-####|+54 9 11 ####-####|011 15-####-####|+54 9 351 ###-####|(0341) 15-###-####|"
        "+54 11 ####-####",
        dom="gmail.com|hotmail.com|yahoo.com.ar|fibertel.com.ar",
        hm="Sr.|Lic.|Dr.",
        hf="Sra.|Lic.|Dra.",
        km="Tío|Abuelo",
        kf="Tía|Abuela",
        cur="$|ARS",
        co="Mercado Libre|Havanna|La Anónima|Rapipago|Café Martínez|Parrilla Don Julio",
        dl="########",
        pp="^^^######^",
    ),
    L(
        cc="BR",
        country="Brazil",
        langs="pt en",
        style="pt",
        gm="João|Pedro|Lucas|Gabriel|Rafael|Mateus|Thiago|Felipe|Bruno|Rodrigo|Leonardo|Gustavo|"
        "João Pedro|Carlos Eduardo|Luiz Fernando",
        gf="Ana|Maria Eduarda|Juliana|Fernanda|Camila|Larissa|Beatriz|Amanda|Letícia|Mariana|"
        "Patrícia|Aline|Ana Paula|Vanessa|Bruna",
        fam="Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Costa|Ribeiro|"
        "Martins|Carvalho|Almeida|Lopes|Araújo|Barbosa|Cardoso|Nascimento|Moura|Cavalcanti|"
        "Albuquerque|Tanaka",
        nk="Juca|Zé|Tião|Dudu|Nanda|Bia|Cacá|Gabi|Rafa|Léo|Malu|Tati",
        st="Rua Augusta|Av. Paulista|Rua das Laranjeiras|Rua XV de Novembro|Av. Boa Viagem|"
        "Rua Oscar Freire|Rua dos Andradas|Av. Afonso Pena|Rua Barata Ribeiro|"
        "Av. Sete de Setembro|Rua Padre Anchieta",
        tw="São Paulo - SP@0%###-###|Rio de Janeiro - RJ@2%###-###|Belo Horizonte - MG@3%###-###|"
        "Curitiba - PR@8%###-###|Porto Alegre - RS@9%###-###|Recife - PE@5%###-###|"
        "Salvador - BA@4%###-###|Fortaleza - CE@60###-###|Brasília - DF@70###-###",
        af="{street}, {no}, apto {flat} - {town}, CEP {pc}|{street}, {no} - Jardim América, "
        "{town}, {pc}|{street} {no}, casa %, {town} - CEP {pc}",
        ph="(11) 9####-####|+55 11 9####-####|(21) 9####-####|+55 (31) 9####-####|(11) 3###-####|"
        "+55 51 9####-####|11 9####-####|+5511 9####-####",
        dom="gmail.com|hotmail.com|uol.com.br|bol.com.br|yahoo.com.br|terra.com.br|outlook.com",
        hm="Sr.|Dr.|Seu",
        hf="Sra.|Dra.|Dona",
        km="Tio|Vô|Seu",
        kf="Tia|Vó|Dona",
        cur="R$|BRL",
        co="Nubank|Magazine Luiza|iFood|Natura|Padaria Santos|Casas Bahia|Boticário",
        dl="###########",
        pp="^^######",
    ),
    L(
        cc="JM",
        country="Jamaica",
        langs="en",
        gm="Andre|Kemar|Omar|Ricardo|Damion|Shane|Rohan|Jermaine|O'Neil|Dwayne",
        gf="Shanice|Kimberley|Tashana|Shelly-Ann|Latoya|Nadine|Keisha|Ann-Marie|Tameka|Simone",
        fam="Campbell|Brown|Williams|Clarke|Thompson|Morrison|Reid|Grant|McKenzie|Gordon|Henry|"
        "Bailey|Francis|Lewis|Stewart|Chin|Wong-Sang",
        st="Hope Road|Constant Spring Road|Barbican Road|Old Hope Road|Red Hills Road|"
        "Gloucester Avenue|Hagley Park Road",
        tw="Kingston 6|Kingston 10|Half Way Tree, St. Andrew|Portmore, St. Catherine|"
        "Montego Bay, St. James|Mandeville, Manchester|Ocho Rios, St. Ann",
        pc="",
        af="{no} {street}, {town}|Lot {no}, {street}, {town}|Apt {flat}, {no} {street}, {town}",
        ph="(876) %##-####|876-%##-####|+1 876 %##-####|+1 (876) %##-####|876 %## ####",
        dom="gmail.com|yahoo.com|hotmail.com",
        hm="Mr.|Bredda",
        hf="Miss|Mrs.|Ms.",
        km="Uncle|Granpa",
        kf="Auntie|Granny|Miss",
        cur="J$|JMD",
        co="Digicel|Juici Patties|Grace Kennedy|Tastee|Devon House I-Scream",
        dl="#########",
        pp="^^#######",
    ),
    L(
        cc="DO",
        country="Dominican Republic",
        langs="es en",
        style="es",
        gm=ES_GM + "|Yeison|Wander|Franklin|Anderson",
        gf=ES_GF + "|Yokasta|Yanelis|Altagracia|Dilenia",
        fam=ES_FAM + "|De los Santos|Almonte|Encarnación|Peña|Tavárez",
        nk="Pucho|Chichi|Yeyo|Nena|Chino|Kiko|Tata|Mayito",
        st="Calle Gustavo Mejía Ricart|Av. Abraham Lincoln|Av. Winston Churchill|Av. Sarasota|"
        "Calle Rafael Augusto Sánchez|Av. Max Henríquez Ureña|Calle Las Carreras",
        tw="Piantini, Santo Domingo@10148|Naco, Santo Domingo@10124|Bella Vista, Santo Domingo@10111|"
        "Los Jardines, Santiago de los Caballeros@51000|Bávaro, Punta Cana@23000",
        af="{street} No. {no}, {town}|{street} {hash}{no}, Apt. {flat}, {town}|"
        "{street} {no}, Edif. Torre Alba, Apto. {flat}, {town} {pc}",
        ph="809-%##-####|(829) %##-####|+1 849 %##-####|+1 809-%##-####|829%######",
        dom="gmail.com|hotmail.com|yahoo.com|claro.net.do",
        hm="Sr.|Don|Ing.",
        hf="Sra.|Doña|Lic.",
        km="Tío|Abuelo",
        kf="Tía|Abuela|Doña",
        cur="RD$|DOP",
        co="Banreservas|La Sirena|Claro|Presidente|Colmado Don Pepe",
        dl="###-#######-#",
        pp="^^#######",
    ),
    # ---------------------------------------------------------------- Oceania
    L(
        cc="AU",
        country="Australia",
        langs="en",
        gm=EN_GM + "|Lachlan|Cooper|Bailey|Mitchell",
        gf=EN_GF + "|Matilda|Isla|Tahlia|Kylie",
        fam=EN_FAM + "|Nguyen|Papadopoulos|Rossi|Kelly|Singh|Mitchell|Kennedy|Campbell|Anderson",
        nk="Macca|Robbo|Shazza|Davo|Kez|Tommo|Bazza|Sal",
        st="George Street|Smith Street|Sydney Road|Boundary Street|Hay Street|Jetty Road|"
        "Wattle Grove|Bottlebrush Avenue|Banksia Crescent",
        tw="Parramatta NSW@2150|Bondi NSW@2026|Fitzroy VIC@3065|Brunswick VIC@3056|"
        "South Brisbane QLD@4101|Subiaco WA@6008|Glenelg SA@5045|Sandy Bay TAS@7005|Braddon ACT@2612",
        af="{no} {street}, {town} {pc}|Unit {flat}/{no} {street}, {town} {pc}|"
        "{flat}/{no} {street}, {town} {pc}",
        ph="04## ### ###|+61 4## ### ###|0412 ### ###|(02) %### ####|+61 2 %### ####|"
        "(03) %### ####|+61 3 %### ####|04########",
        dom="gmail.com|bigpond.com|outlook.com|optusnet.com.au|icloud.com|hotmail.com",
        hm="Mr|Dr",
        hf="Ms|Mrs|Dr",
        km="Uncle|Pop",
        kf="Aunty|Nan",
        cur="$|AUD|A$",
        co="Woolworths|Bunnings|Canva|JB Hi-Fi|Afterpay|Mitchell's Bakery|Officeworks",
        dl="#########|########|^#######",
        pp="P^#######|^#######",
    ),
    L(
        cc="NZ",
        country="New Zealand",
        langs="en",
        gm=EN_GM + "|Tama|Wiremu|Rawiri|Nikau|Hemi|Tāne",
        gf=EN_GF + "|Aroha|Mere|Anahera|Kiri|Hine|Marama",
        fam=EN_FAM + "|Ngata|Parata|Tipene|Te Rangi|Tamihana|Horomona|Te Whiu|Pōmare",
        st="Ponsonby Road|Dominion Road|Cuba Street|Riccarton Road|Grey Street|Kauri Street|"
        "Pohutukawa Drive|Tui Crescent",
        tw="Ponsonby, Auckland@1011|Mt Eden, Auckland@1024|Te Aro, Wellington@6011|"
        "Riccarton, Christchurch@8011|Hamilton East, Hamilton@3216|Dunedin Central, Dunedin@9016|"
        "Rotorua@3010",
        af="{no} {street}, {town} {pc}|{flat}/{no} {street}, {town} {pc}|"
        "Flat {flat}, {no} {street}, {town}",
        ph="021 ### ####|+64 21 ### ####|027 ### ####|+64 27 ### ####|09-### ####|"
        "+64 9 ### ####|022 ### ####|04 ### ####",
        dom="gmail.com|xtra.co.nz|outlook.com|hotmail.com|slingshot.co.nz",
        hm="Mr|Matua",
        hf="Ms|Mrs|Whaea",
        km="Uncle|Koro",
        kf="Aunty|Nan|Kui",
        cur="$|NZD",
        co="Countdown|The Warehouse|Xero|Whittaker's|Trade Me|Kiri's Kai Catering",
        dl="^^######",
        pp="^^######",
    ),
    L(
        cc="FJ",
        country="Fiji",
        langs="en",
        gm="Josefa|Semi|Jone|Isikeli|Peni|Ravin|Vijay|Sunil|Eroni|Tevita",
        gf="Litia|Mere|Salote|Ana|Kalisi|Priya|Shalini|Vani|Losana|Unaisi",
        fam="Naivalu|Ravulo|Tuisawau|Koroi|Vunibola|Rokodi|Naidu|Prasad|Lal|Kumar|Chand|Waqa|"
        "Nakarawa|Seruvatu",
        st="Waimanu Road|Queen Elizabeth Drive|Ratu Sukuna Road|Vitogo Parade|Namaka Lane|"
        "Princes Road",
        tw="Suva|Nadi|Lautoka|Labasa|Nausori",
        pc="",
        af="Lot {no}, {street}, {town}|{no} {street}, {town}",
        ph="%## ####|+679 %## ####|+679 9## ####|7######|+679 8######",
        dom="gmail.com|yahoo.com|connect.com.fj",
        hm="Mr|Ratu",
        hf="Ms|Mrs|Adi",
        km="Uncle|Tata",
        kf="Auntie|Nau",
        cur="FJ$|FJD",
        co="Vodafone Fiji|MH Supermarket|Fiji Water|Jack's of Fiji|M-PAiSA",
        dl="######",
        pp="^#######",
    ),
    L(
        cc="WS",
        country="Samoa",
        langs="en",
        gm="Tavita|Sione|Iosefa|Mikaele|Pita|Ioane|Fetu|Tui",
        gf="Lagi|Malia|Sina|Mele|Faamanu|Losa|Tausala|Vaoita",
        fam="Leota|Faleolo|Tuilagi|Schwenke|Aiono|Lealaiauloto|Fuimaono|Tanielu|Sapolu|Toleafoa",
        st="Vaitele Street|Beach Road|Falealili Street|Fugalei Street|Mulinu'u Road|"
        "Cross Island Road",
        tw="Apia|Vaitele|Faleula|Salelologa, Savai'i|Lotopa",
        pc="",
        af="{street}, {town}|Fale {no}, {street}, {town}",
        ph="7######|+685 7######|+685 7# #####|72#####|+685 2####",
        dom="gmail.com|yahoo.com|lesamoa.net",
        hm="Mr|Afioga|Tofā",
        hf="Ms|Mrs|Susuga",
        km="Uncle|Tamā",
        kf="Aunty|Tinā",
        cur="WS$|WST|tālā",
        co="Digicel Samoa|Vailima|Farmer Joe|Lucky Foodtown|BlueSky",
        dl="######",
        pp="^######",
    ),
]

# --------------------------------------------------------------------------------------
# Near-miss pools (never labelled)
# --------------------------------------------------------------------------------------

CELEBS = (
    "Cristiano Ronaldo|Taylor Swift|Shah Rukh Khan|Lionel Messi|Oprah Winfrey|Elon Musk|"
    "Beyoncé|Jackie Chan|Mohamed Salah|Serena Williams|Warren Buffett|Steve Jobs|Rihanna|"
    "Virat Kohli|Burna Boy|Kylian Mbappé|Shakira|Ichiro Suzuki|Jack Ma|Gordon Ramsay|"
    "David Beckham|Dwayne Johnson|Zendaya|Bad Bunny|Sachin Tendulkar|Nelson Mandela|"
    "Mahatma Gandhi|Simon Sinek|Gary Vaynerchuk|Zig Ziglar|Dale Carnegie|Marie Kondo|"
    "Seth Godin|Tony Robbins|Mary Kom|Priyanka Chopra|Son Heung-min|Jisoo|Wizkid|Tems"
)
FICT = (
    "Sherlock Holmes|Harry Potter|Mario|Pikachu|Doraemon|Lara Croft|Naruto Uzumaki|Elsa|"
    "Homer Simpson|Captain America|Hello Kitty|Master Chief|Geralt of Rivia|Tintin|Asterix|"
    "Mafalda|Chhota Bheem|Tom Nook|Don Draper|Michael Scott|Ted Lasso|Peppa Pig|Shrek|"
    "Sailor Moon|Kermit the Frog|James Bond|Jon Snow|Lisbeth Salander|Paddington"
)
SAINTS = (
    "St. Patrick|San Martín de Porres|Santa Teresa|St. Jude|São Jorge|San Judas Tadeo|St. Nicholas"
)
PLACE_NAMES = (
    "Florence|Victoria|Georgia|Lourdes|Adelaide|Santiago|Charlotte|Paris|Sydney|Regina|"
    "Austin|Savannah|Jordan|Chelsea|Kingston|Lima|Sofia|Valencia|Alexandria|Madison"
)
GLOBAL_CO = (
    "Acme Logistics|Northwind Traders|Bluewave Analytics|Globex Corporation|Initech|"
    "Stark Solar|BrightPath Learning|Kumo Cloud|Orbit Payments|GreenLeaf Organics|"
    "Harbor & Pine|Summit Realty Group|Atlas Insurance Brokers|Nimbus CRM Partners|"
    "Sunrise Travel Co.|Pixel Forge Studio|Evergreen Foundation|Lumen Health|"
    "Meridian Wealth|TerraNova Foods|Coastal Homes Realty|Apex Fitness Club|"
    "BlueOcean Events|Silverline Motors|Golden Spoon Catering|UrbanNest Properties"
)
BRANDS = (
    "Nike|Adidas|Coca-Cola|Samsung|Apple|Toyota|Nestlé|Unilever|L'Oréal|IKEA|Heineken|"
    "Red Bull|Sony|Canon|Philips|Dyson|Patagonia|Lego|Nintendo|Xiaomi|Huawei|Tupperware|"
    "Avon|Herbalife|Oriflame|Amway|Nespresso|Peloton"
)
PRODUCTS = (
    "Premium Plan|Pro Annual|Starter Kit|Family Cover Gold|Term Life 20|Motor Comprehensive|"
    "Home Contents Plus|Gold Membership|Platinum Package|Solar Home 5kW|Whitening Serum 30ml|"
    "Organic Shea Butter 250g|Enterprise Seats x25|Growth Bundle|Wedding Package B|"
    "Booth Sponsorship Silver|VIP Gala Table|Monthly Giving Circle|Life Membership|"
    "Travel Insurance Single Trip|Health Shield Plus|SME Growth Loan|iPhone 15 Pro 256GB|"
    "Galaxy S24 Ultra|Yoga Mat Pro|Matcha Latte Box x12|Handmade Batik Scarf"
)
CRMS = "Salesforce|HubSpot|Zoho CRM|Bitrix24|amoCRM|Pipedrive|Kintone|Freshsales|Monday Sales CRM|Odoo|Copper|Close"
CHAT_APPS = "WhatsApp|Viber|LINE|KakaoTalk|Telegram|WeChat|Signal|Messenger|Instagram DM|Zalo"
EMAIL_TOOLS = "Mailchimp|Brevo|Klaviyo|SendGrid|Constant Contact|ActiveCampaign|Moosend|MailerLite"
EVENT_TOOLS = "Eventbrite|Luma|Zoom Webinars|Hopin|Cvent|Meetup|Ticket Tailor|Airmeet"
STAGES = (
    "Prospecting|Qualification|Needs Analysis|Proposal Sent|Negotiation|Closed Won|Closed Lost|"
    "Demo Scheduled|Discovery|Contract Out|On Hold|Nurture|MQL|SQL|Opportunity|Customer"
)
LEAD_STATUS = (
    "New|Attempted to Contact|Connected|Open Deal|Unqualified|Bad Timing|Hot|Warm|Cold|Do Not Call"
)
SOURCES = "Website form|Trade show|Referral|LinkedIn|Cold call|Facebook Ads|Google Ads|Webinar|Walk-in|Instagram|Partner|Newsletter"
TITLES = (
    "Head of Procurement|Marketing Manager|Sales Director|Founder & CEO|Office Manager|"
    "Operations Lead|Chief Financial Officer|HR Business Partner|Regional Sales Manager|"
    "Purchasing Officer|Owner|Membership Secretary|Treasurer|Development Director|"
    "Donor Relations Officer|Event Coordinator|Real Estate Agent|Insurance Advisor|"
    "Account Executive|Customer Success Manager|Brand Ambassador|Growth Marketer|"
    "Chapter President|IT Manager|General Manager"
)
EVENTS = (
    "Spring Gala Dinner|Annual Charity Run|Product Launch Webinar|Open House Weekend|"
    "Alumni Homecoming|Founders' Breakfast|Ramadan Iftar Fundraiser|Diwali Mela|"
    "Lunar New Year Mixer|Christmas Bazaar|Trade Expo 2025|Members' AGM|"
    "Sales Kickoff|Customer Appreciation Night|Golf Day|Walkathon for Water"
)
VENUES = (
    "Hilton Garden Inn|Marriott Marquis|Radisson Blu|Novotel|Community Hall|"
    "the Convention Centre|St. Mary's Parish Hall|the Clubhouse|Ibis Styles|"
    "Grand Hyatt|the Rotary Hall|Shangri-La|Holiday Inn Express|WeWork"
)
CAMPAIGNS = (
    "Black Friday Blitz|Back to School 2025|Summer Sale|Giving Tuesday|Year-End Appeal|"
    "Spring Renewal Drive|Refer-a-Friend Q3|Ramadan Offers|Singles Day 11.11|Diwali Dhamaka|"
    "Cyber Monday Early Access|Mother's Day Promo|Membership Month|Hari Raya Sale"
)
JUNK_USERS = (
    "sunflower_88|dragonslayer99|coffee.addict|blue_whale_22|ninja_turtle|pixelwizard|"
    "mango.lover|nightowl_x|gamer4life|crmbot|sales-bot|noreply|admin|marketing-team|"
    "support_desk|leadgen_api|integration-user|zapier_sync|webhook_runner|kpop_stan_2024"
)
PW_WORDS = (
    "Sunflower|Tiger|Mango|Kilimanjaro|Bluebird|Dragon|Qwerty|Monsoon|Sakura|Falcon|Summer|"
    "Winter|Rainbow|Coconut|Galaxy|Phoenix|Baobab|Lotus|Cricket|Samba|Tulip|Jaguar"
)
MERGE_FIELDS = (
    "{{FirstName}}",
    "{{first_name}}",
    "[First Name]",
    "*|FNAME|*",
    "%%FIRSTNAME%%",
    "{{contact.firstname}}",
    "<<Name>>",
    "{!Contact.FirstName}",
    "[NAME]",
    "{{ lead.company }}",
    "{{deal.owner}}",
    "[Your Name]",
)
INSTR = (
    "Write a friendly follow-up email to this lead.|Summarize this call in 5 bullet points.|"
    "Segment this list by city and stage.|Dedupe these leads and return a clean CSV.|"
    "Translate this pitch into English.|Draft a renewal reminder for these members.|"
    "Extract name, phone and email as JSON.|Classify each contact as hot, warm or cold.|"
    "Write a thank-you note to the donor.|Suggest next steps for this opportunity.|"
    "Rewrite this message to sound more professional.|Make this WhatsApp message shorter.|"
    "Fix the formatting of this contact list.|What should I reply?|"
    "Which of these leads should I call first?|Turn these notes into a CRM update."
)
SYSTEM_PROMPTS = (
    "You are a helpful sales assistant.|You are an expert CRM data cleaner. Output CSV only.|"
    "You write warm, concise fundraising emails.|You are a multilingual customer-support agent.|"
    "You summarize sales calls for account managers.|Respond in the language of the user.|"
    "You are a membership-office assistant for a community association.|"
    "You help real-estate agents schedule viewings and write follow-ups.|"
    "You are a marketing copywriter. Keep it under 120 words."
)

# --------------------------------------------------------------------------------------
# Templates: (lang, body, kind). lang "en" = English for any locale, "loc" = form labels in
# the locale's language, "en@CC" = English for one locale only, other codes = written in
# that language. A body is a string or a function of an rng returning one.
# --------------------------------------------------------------------------------------

TEMPLATES: list[tuple[str, object, str]] = []
NEAR: list[tuple[str, object, str]] = []


def add(lang: str, *bodies: object, kind: str = "") -> None:
    for b in bodies:
        TEMPLATES.append((lang, b, kind))


def near(lang: str, *bodies: object) -> None:
    for b in bodies:
        NEAR.append((lang, b, ""))


def table(head: str, row: str, lo: int, hi: int, foot: str = "", first: int = 1):
    """Rows of `row` with N standing for the row's person/slot index."""
    import re as _re

    def make(rng):  # noqa: ANN001, ANN202
        n = rng.randint(lo, hi)
        out = [head]
        for i in range(first, first + n):
            out.append(
                _re.sub(
                    r"\{([a-z]+)N((?:\.[a-z0-9]+)?)\}",
                    lambda m, i=i: "{" + m.group(1) + str(i) + m.group(2) + "}",
                    row,
                )
            )
        out.append(foot)
        return "".join(out)

    return make


# ---------------------------------------------------------------- CRM exports
add(
    "en",
    table(
        "First Name,Last Name,Email,Phone Number,Company Name,Job Title,Lifecycle Stage,Lead Status\n",
        "{pN.first},{pN.last},{pN.email},{pN.phone},{coN},{titleN},{stageN},{lstatusN}\n",
        3,
        6,
        "\n(exported from HubSpot, {date} - {num} rows hidden by filter)",
    ),
    table(
        "Lead ID\tName\tTitle\tCompany\tPhone\tEmail\tLead Owner\tStatus\n",
        "{leadN}\t{pN.cs}\t{titleN}\t{coN}\t{pN.phonei}\t{pN.email}\t{p9}\t{lstatusN}\n",
        2,
        5,
        "\nReport: My Open Leads - {crm} - generated {date} {time}",
    ),
    table(
        "Please dedupe these leads (same person may appear twice, keep the newest):\n\n",
        "- {pN} | {pN.email} | {pN.phone} | added {dateN} via {sourceN}\n- {pN.sc} | {pN.email} | {pN.phonei} | added {date9} via {source9}\n",
        2,
        3,
        "- {p7.cs} | {p7.email} | (no phone) | added {date8} via Trade show",
    ),
    table(
        "Segment this list by city and stage, output a table:\n\nname;city;stage;email;mobile\n",
        "{pN};{cityN};{stageN};{pN.email};{pN.phonen}\n",
        4,
        7,
    ),
    'Deal {deal} "{product}" - {co} - value {amt}\nStage: {stage} | Probability: {pct}\nContact person: {p1} ({p1.email}, {p1.phone})\n'
    "Owner: {p2.at}\nNext activity: call {p1.g} on {date} at {time}\nNotes: {p1.he} wants a discount before {date2}; "
    "procurement contact is {p3.hon} ({p3.email}).",
    "[{crm} activity log]\n{date} {time} {p1.login} created lead {lead} for {p2} <{p2.email}>\n"
    "{date} {time2} {p1.login} changed owner to {p3.login}\n{date2} {time3} {p3.login} logged call with {p2.g}: "
    '"interested in {product}, call back after payday" ({p2.phone})\n{date2} {time4} system: lead score 72 -> 88',
    "Opportunity {opp} / Account: {co}\nPrimary contact: {p1.honf}, {title}\nDirect: {p1.phone}  Mobile: {p1.phonei}\n"
    "Billing contact: {p2} - {p2.email}\nShipping to: {p2.addr}\nQuote {quote} sent {date}, expires {date2}.\n"
    "Competitor mentioned: {gco}. Decision expected end of month.",
)
add(
    "en",
    '{{"data": [{{"First_Name": "{p1.first}", "Last_Name": "{p1.last}", "Email": "{p1.email}", "Mobile": "{p1.phone}", '
    '"Mailing_Street": "{p1.addr}", "Lead_Source": "{source}", "Company": "{co}", "Owner": {{"name": "{p2}", "id": "{lead}"}}, '
    '"Date_of_Birth": "{p1.dobn}", "Description": "met at {event}"}}], "trigger": ["workflow"]}}',
    '{{"properties": {{"firstname": "{p1.first}", "lastname": "{p1.last}", "email": "{p1.email}", "phone": "{p1.phone}", '
    '"company": "{co}", "jobtitle": "{title}", "hs_lead_status": "{lstatus}", "lifecyclestage": "lead", '
    '"hubspot_owner_id": "{num}{num2}{num3}", "notes_last_contacted": "{date}", "ip_city": "{city}", "hs_ip_timezone": "auto", '
    '"last_seen_ip": "{ip}"}}}}',
    '{{"event": "ONCRMLEADADD", "data": {{"FIELDS": {{"ID": "{num}{num2}"}}}}, "lead": {{"TITLE": "{product} - website", '
    '"NAME": "{p1.first}", "LAST_NAME": "{p1.last}", "PHONE": [{{"VALUE": "{p1.phone}", "VALUE_TYPE": "WORK"}}], '
    '"EMAIL": [{{"VALUE": "{p1.email}", "VALUE_TYPE": "HOME"}}], "ASSIGNED_BY": "{p2}", "UTM_SOURCE": "facebook"}}, '
    '"auth": {{"domain": "{domain}", "application_token": "{apikey}"}}}}',
    '{{"leads": [{{"name": "{p1}", "price": 0, "responsible_user": "{p2.login}", "contacts": [{{"name": "{p3}", '
    '"custom_fields": {{"PHONE": "{p3.phone}", "EMAIL": "{p3.email}"}}}}], "tags": ["{campaign}", "whatsapp"]}}, '
    '{{"name": "{p4}", "price": 0, "responsible_user": "{p2.login}", "contacts": [{{"name": "{p4}", '
    '"custom_fields": {{"PHONE": "{p4.phone}"}}}}], "tags": ["repeat"]}}]}}',
    kind="json",
)

# ---------------------------------------------------------------- business cards
add(
    "en",
    "OCR result (card 1 of 1):\n{p1.honf}  {title}\n{co}  |  {url}\nM: {p1.phone}  T: {phone}  E: {p1.email}\n{p1.addr}",
    "Scanned cards from {event} - please put into our CRM:\n\n1) {p1} - {title}, {co} - {p1.phone} - {p1.email}\n"
    "2) {p2.sc} / {co2} / Tel {p2.phonei} / {p2.email}\n3) {p3.honf} ({title3}) {p3.email} mob. {p3.phone}\n"
    "4) {p4} {co4} no email, mobile {p4.phone} - said to contact {p4.his} assistant {p5}",
    "{p1.sc}\n{title} — {co}\n{p1.phonei} · {p1.email} · {p1.addr} · linkedin.com/in/{p1.login}",
    "card OCR >>> {p1} Sales Manager {co} Tel {p1.phone} Fax {phone} {p1.email} {p1.addr} www.{domain} <<< confidence 0.81",
)

# ---------------------------------------------------------------- mail merge
add(
    "en",
    "Dear {p1.hon},\n\nThank you for stopping by our stand at {event}. As promised, I am attaching the brochure for "
    "{product}. I would be happy to arrange a short demo for you and {p2.hon} next week.\n\nBest regards,\n{p3}\n{title} | {gco}\n"
    "{p3.phone} | {p3.email}",
    "Hi {merge},\n\nWe miss you at {co}! Here's 15% off your next order.\n\n---- merge rows ----\nfirst_name,email,last_order\n"
    "{p1.first},{p1.email},{order}\n{p2.first},{p2.email},{order2}\n{p3.first},{p3.email},{order3}\n"
    "{p4.first},{p4.email},{order4}",
    "Preview (row 7 of 212):\n\nDear {p1.g},\n\nHappy birthday from all of us at {co}! To celebrate, your loyalty card {acct} "
    "has been topped up with {amt}. Your birthday on file: {p1.dob}. Not right? Reply to update it.\n\nWarm wishes,\n{p2.g}",
    "Mail merge failed for 3 rows:\nrow 14: {p1} <{p1.email}> - missing field {merge}\nrow 22: {p2} <{p2.email}> - invalid phone '{p2.phone}'\n"
    "row 31: {p3} - email '{p3.email}' bounced (550 mailbox unavailable)",
)

# ---------------------------------------------------------------- newsletters
add(
    "en",
    "Unsubscribes since {date} ({mailtool}):\n{p1.email} - reason: too many emails\n{p2.email} - reason: never signed up\n"
    "{p3.email} - reason: (none)\nHard bounces: {p4.email}, {p5.email}\nSpam complaint: {p6.email}",
    table(
        "email,first_name,last_name,signup_ip,opt_in_time,source\n",
        "{pN.email},{pN.first},{pN.last},{ipN},{dateN} {timeN},{sourceN}\n",
        3,
        6,
    ),
    "Newsletter signup form submission\nName: {p1}\nEmail: {p1.email}\nInterests: {product}, events\nConsent: yes ({date} {time}, IP {ip6})\n"
    "Referred by: {p2}",
    "Can you clean this subscriber list? Some names are in lowercase and some have the email in the name field.\n\n"
    "{p1.lc} {p1.email}\n{p2.email} {p2.email}\n{p3.sc}, {p3.email}\n{p4.first}  {p4.email}\n{p5.cs} <{p5.email}>",
)

# ---------------------------------------------------------------- events
add(
    "en",
    table(
        "Registrant,Email,Phone,Country,Job title,Registered,Attended\n",
        "{pN},{pN.email},{pN.phonei},{country},{titleN},{dateN},{attN}\n".replace("{attN}", "Yes"),
        3,
        6,
        'Source: {eventtool} webinar "{event}"',
    ),
    "Check-in list - {event} @ {venue}, {date}\n[x] {p1.sc}  (table 4) +1: {p2}\n[ ] {p3} - vegetarian - mobile {p3.phone}\n"
    "[x] {p4.honf} - VIP, sponsor {co}\n[ ] {p5} - paid at door, receipt {receipt}\nWalk-ins: {p6.g} (friend of {p7.g}), {p8}",
    "Guest Wi-Fi portal log - {event}\n{time} {p1.email} device {mac} ip {ip}\n{time2} {p2.email} device {mac2} ip {ip2}\n"
    "{time3} {p3.email} device {mac3} ip {ip3}",
    "Speakers for {event}:\n- Keynote: {celeb} (via agency, not confirmed)\n- Panel: {p1} ({title}, {co}), {p2} ({title2}, {co2})\n"
    "- Moderator: {p3}\nHotel for speakers at {venue}, booking ref {pnr}. Flights: {p1.g} on {flight}, {p2.g} on {flight2}.\n"
    "Passport numbers for the visa letters: {p1.g} {p1.pp}, {p2.g} {p2.pp}.",
    "Hi {p1.g}, just confirming your registration for {event} on {date}. Your ticket code is {ticket}. "
    "Please bring photo ID. If {p2.g} is joining, register {p2.him} at {url}. - {p3.g}, events team, {p3.phone}",
)

# ---------------------------------------------------------------- donors, pledges, receipts
add(
    "en",
    "Donor ID: {acct}\nName: {p1.honf}\nSpouse: {p2}\nAddress: {p1.addr}\nDOB: {p1.dob}\nPledge: {amt}/month by card {card} "
    "(exp 08/27)\nGift Aid: yes\nNotes: prefers calls after 6pm on {p1.phone}; met {p3.g} at the {event}.",
    "Gift Aid declaration\nI want to Gift Aid my donation of {amt} and any donations I make in the future to {gco}.\n"
    "Title: Mr/Mrs/Ms   First name: {p1.first}   Surname: {p1.last}\nHome address: {p1.addr}\nDate: {date}\n",
    "Pledge form - {campaign}\nDonor: {p1}\nPhone: {p1.phone}\nEmail: {p1.email}\nAmount: {amt} monthly\n"
    "Bank account (IBAN): {iban}\nAccount holder: {p1.sc}\nCollected by volunteer: {p2} (badge {memno})",
    "Thank-you call list for {campaign}:\n1. {p1.hon} - gave {amt} - {p1.phone} - thank personally, long-time donor since {year}\n"
    "2. {p2.kin} ({p2}) - gave {amt2} - {p2.phone}\n3. {p3} - gave {amt3} via crypto ({crypto}) - email only {p3.email}\n"
    "4. {p4} and {p5} (couple) - gave {amt4} - {p4.phone}",
    "Crypto donations received this week:\n{date} {amt} from {p1.email} - wallet {btc}\n{date2} {amt2} anonymous - wallet {eth}\n"
    "{date3} {amt3} from {p2} - wallet {btc2}\nPlease send tax receipts to the named donors.",
    "Legacy giving - meeting notes {date}\nPresent: {p1.honf} (donor, born {p1.dob}), {p1.his} {p2.child} {p2}, solicitor {p3.hon} "
    "({p3.email}), our director of development {p4}.\n{p1.g} intends to leave 10% of the estate to {gco}. {p3.f} will send "
    "a draft codicil. Address for correspondence: {p1.addr}.",
)
add(
    "en@US",
    "Tax receipt {receipt} - {gco}, a 501(c)(3) organization\nDonor: {p1}\nTaxpayer ID: {itin}\nAddress: {p1.addr}\n"
    "Date of gift: {date}  Amount: {amt}\nNo goods or services were provided in exchange.",
    "Quote {quote} - Family Cover Gold\nPolicyholder: {p1}, DOB {p1.dob}, SSN {ssn}\nSpouse: {p2}, DOB {p2.dob}\n"
    "Dependents: {p3.first} ({p3.kdob}), {p4.first} ({p4.kdob})\nAddress: {p1.addr}\nDriver's license: {p1.dl}\nPremium {amt}/month",
    "Hi {p1.g}, for the W-9 our payouts team needs your SSN or ITIN. You wrote {itin} in the form - can you confirm "
    "that's right? Payout goes to routing/account on file. Thanks, {p2.g} ({p2.email})",
    "Matching gift form\nEmployee: {p1}  Employee ID: {acct}\nEmployer: {gco}\nDonation to: Evergreen Foundation  Amount: {amt}\n"
    "Employee SSN (last 4 only): ***-**-{num}{num2}\nHome address: {p1.addr}\nPhone: {p1.phone}",
    "Test drive form - {co}\nCustomer: {p1}\nDOB: {p1.dob}\nDriver's license #: {p1.dl}\nPhone: {p1.phone}\n"
    "Vehicle: stock {sku}, plate {plate}\nSalesperson: {p2}",
)

# ---------------------------------------------------------------- membership
add(
    "en",
    table(
        "Membership roster - {co} Alumni Association ({year})\nNo. | Name | Class | Mobile | Email | Dues\n",
        "{memnoN} | {pN} | {yearN} | {pN.phone} | {pN.email} | paid\n",
        3,
        6,
    ),
    "Dear {p1.g},\n\nYour membership ({memno}) expires on {date}. Renew online at {url} or pay by bank transfer to "
    "{ibanx} quoting your member number.\n\nKind regards,\n{p2}\nMembership Secretary",
    "Renewal reminders to send today:\n- {p1} ({p1.email}) - Gold, expired {date}\n- {p2} ({p2.email}) - Family, with {p3.g} and "
    "{p4.g}\n- {p5.honf} - Life member, just update address to {p5.addr}",
    "Sports club registration - under-12s\nChild: {p1} (DOB {p1.kdob})\nParent/guardian: {p2}, {p2.phone}\nSecond contact: {p3}, {p3.phone}\n"
    "Medical notes: asthma (inhaler in bag)\nKit size: M   Fee: {amt} paid {date}",
    "Union dues roster - branch 14\nPayroll no. | Member | Dues | Phone\n{acct} | {p1.sc} | {amt} | {p1.phone}\n"
    "{acct2} | {p2.sc} | {amt} | {p2.phone}\n{acct3} | {p3.sc} | arrears {amt2} | {p3.phone}\nBranch secretary: {p4} ({p4.email})",
    "Church office - birthdays this month (for the newsletter):\n{p1} - {p1.dobw}\n{p2} - {p2.dobw}\n{p3.kin} - {p3.dobw}\n"
    "Please call {p3.g} on {p3.phone}, {p3.he} turns {p3.age} and would love a visit.",
    "Masjid donation receipt {receipt}\nReceived with thanks from {p1.hon} the sum of {amt} towards the Ramadan iftar fund.\n"
    "Paid by: transfer from {iban}\nContact: {p1.phone}\nReceived by: {p2}, treasurer",
)

# ---------------------------------------------------------------- calls and transcripts
add(
    "en",
    "Call notes - {date}\nSpoke with {p1} ({title}, {co}). {p1.he} is evaluating {gco} as well. Decision maker is {p2.hon}, "
    "budget approved in {year}.\nFollow up: send quote {quote} to {p1.email}; cc {p3.email}. Mobile {p1.phone}.\n"
    "Personal: {p1.g}'s son just started university, {p1.he} loves {celeb}.",
    "Agent ({p1.g}): Thank you for calling {co}, my name is {p1.g}, how can I help?\nCustomer: Hi, this is {p2}, I'm calling about my "
    "order {order}.\nAgent: Sure. Can I confirm your date of birth?\nCustomer: {p2.dob}.\nAgent: And the delivery address?\n"
    "Customer: {p2.addr}.\nAgent: Thanks. I've sent a one-time code to {p2.phone}, can you read it out?\nCustomer: It's {otp}.\n"
    "Agent: Perfect, you're verified.",
    "[00:00:03] AGENT {p1.sc}: Good afternoon, {gco} insurance, you're speaking with {p1.g}.\n[00:00:07] CALLER: Hello, I need a quote "
    "for my family. I'm {p2}.\n[00:00:15] AGENT: Of course. Who would be covered?\n[00:00:19] CALLER: Me, my wife {p3} and our son "
    "{p4.first}. He was born {p4.kdob}.\n[00:00:31] AGENT: And your date of birth, {p2.hon}?\n[00:00:34] CALLER: {p2.dob}.\n"
    "[00:00:40] AGENT: Best number to reach you?\n[00:00:43] CALLER: {p2.phone}.",
    "Summarize this call for the CRM:\n\nRep: Hi, is that {p1.g}?\nProspect: Speaking.\nRep: It's {p2.g} from {co}. {p3} gave me your "
    "number - {p3.he} said you're looking at new {product}.\nProspect: Ah yes, {p3.g}, my old colleague. Honestly, send me "
    "something by email: {p1.email}.\nRep: Will do. And is {p1.phone} the best mobile?\nProspect: Yes, or my office {phone}.",
    'Voicemail transcript ({date} {time}): "Hi, this is {p1} from {co}, calling for {p2.hon} about the renewal of policy '
    '{acct}. Please call me back on {p1.phone} or email {p1.email}. Thanks, bye."',
    "QA review - call {ticket}\nAgent: {p1} (team {p2.g})\nCustomer: {p3}\nScore: 78/100\n- did not verify DOB before discussing "
    "the account (customer gave {p3.dob} later)\n- read the full card number {card} back to the customer - must not happen\n"
    "- good empathy; escalate to {p2.at}",
)

# ---------------------------------------------------------------- chats
add(
    "en",
    "[{date}, {time}] {p1.g}: hi {p2.lc}! did you get the price list?\n[{date}, {time2}] {p2.g}: yes thanks. can you deliver to "
    "{p2.addr}?\n[{date}, {time3}] {p1.g}: sure, delivery {amt}. pay to my GCash/M-Pesa {p1.phone}\n[{date}, {time4}] {p2.g}: ok "
    "will send tonight. my {p3.sib} {p3.g} also wants 2",
    "{chatapp} export - chat with {p1}\n{date} {time} - {p1.g}: Good morning sir, this is {p1.g} from {co}, we spoke at the fair\n"
    "{date} {time2} - You: Morning {p1.g}, yes I remember\n{date} {time3} - {p1.g}: Here is my catalogue. My boss {p2.hon} can "
    "give special price if you order before {date2}\n{date} {time4} - {p1.g}: My direct line {p1.phone}",
    "{p1.at} can you take the lead from {p2}? {p2.he} asked for a callback on {p2.phone} tomorrow morning\n"
    "{p3.at} on it. btw {p4.lc} from finance says the invoice {inv} is still unpaid\n{p1.at} ok ping {p4.at} directly",
    "{p1.g}: bro who is the contact at {co}?\n{p2.g}: {p3}. {p3.he}'s the {title}. number {p3.phone}\n{p1.g}: email?\n"
    "{p2.g}: {p3.email} but {p3.he} only reads whatsapp lol\n{p1.g}: 👍 thx",
    "Make this WhatsApp message shorter:\n\n\"Dear {p1.kin}, hope you and {p2.g} are well. I'm now selling {brand} products from home, "
    "if you or your friends need anything just message me on this number {p3.phone} or my {p4.child} {p4.g} on {p4.phone}. "
    'I can deliver to {p1.addr} any weekend. God bless, {p3.g}"',
    "Telegram @{user} group 'Realtors {city}'\n{p1.at}: new listing {listing}, 3BR, owner {p2} wants quick sale\n"
    "{p3.at}: viewing possible sat? my buyer {p4.g} is pre-approved\n{p1.at}: call the owner directly {p2.phone}",
    'Viber group "{co} distributors"\n{phone}: Who has stock of {product}?\n{p1.phone}: Me, 40 pcs. {p1.g} here\n'
    "{p2.phone}: @{p1.g} send to my shop pls, address {p2.addr}\n{p1.phone}: ok, pay first to {iban}",
)

# ---------------------------------------------------------------- outreach
add(
    "en",
    "Hi {p1.first},\n\nI came across your profile - congrats on the new role as {title} at {co}! We help teams like yours cut "
    "onboarding time in half. Would you be open to a 15-minute chat next week?\n\nCheers,\n{p2}\n\n---\nReply from {p1}:\n"
    "Thanks {p2.first}, not a priority right now. Try my colleague {p3} ({p3.email}).",
    "hey {p1.at} 👋 love your content! we're {brand} and we'd love to send you our new {product} for a review. "
    "what's the best address to ship to? - {p2.g} from the partnerships team",
    "Reply from {p1.at}: omg yes!! ship to {p1.addr}. my real name for the parcel is {p1}. my manager {p2} handles "
    "paid deals: {p2.email}",
    "Influencer roster - {campaign}\nHandle | Name | Followers | Rate | Payout\n{p1.at} | {p1} | 84k | {amt} | PayPal {p1.email}\n"
    "{p2.at} | {p2} | 310k | {amt2} | bank {iban}\n{p3.at} | {p3} | 12k | product only | -\n{p4.at} | {p4} | 1.2M | {amt3} | "
    "USDT (ERC-20) {eth}",
    "Recruiting for sales: Hi {p1.g}, {p2} mentioned you were the top rep at {co} last year. We're hiring a {title} in {city}, "
    "base + uncapped commission. Can I call you on {p1.phone}? - {p3}, Talent Partner",
    "Candidate pipeline - {title}\n{p1} | currently {co} | {p1.phone} | screened, strong\n{p2} | currently {co2} | {p2.phone} | "
    "references: {p3} ({p3.phone})\n{p4} | ex-{gco} | {p4.email} | rejected - salary",
    "Referral: my cousin {p1} says you know {p2.hon} at {co}. Could you introduce me? I'm {p3}, we sell {product}. "
    "My number is {p3.phone}. {p1.g} sends regards!",
    "Thanks for the intro, {p1.g}! Adding {p2} to cc. {p2.g} - meet {p3}, {p3.he} runs procurement at {co} and is looking for "
    "a supplier. {p3.g}'s email is {p3.email}.",
)

# ---------------------------------------------------------------- meetings, property, insurance
add(
    "en",
    "Meeting notes - {date}, at the client's home\nPresent: {p1.hon}, spouse {p2.g}, their {p3.child} {p3.g} (studying in {place}), "
    "our advisor {p4}.\n{p1.g} wants a retirement plan; {p2.g} is more worried about the kids. {p3.g} was born {p3.dob}.\n"
    "Next: send projections to {p1.email}; {p2.g}'s mobile {p2.phone}.",
    "Viewings - Saturday {date}\n10:00 {listing} - {p1.addr} - buyer {p2} ({p2.phone})\n10:45 {listing2} - {p3.addr} - "
    "buyers {p4} & {p5} - mortgage broker {p6.hon}\n11:30 {listing3} - tenant {p7} must be notified 24h before: {p7.phone}",
    "Open house sign-in - {p1.addr}\nName | Phone | Email | Working with agent?\n{p2} | {p2.phone} | {p2.email} | no\n"
    "{p3} | {p3.phone} | {p3.email} | yes - {p4}\n{p5.lc} | {p5.phone} | - | no",
    "Tenant application\nApplicant: {p1}\nDate of birth: {p1.dob}\nPassport no.: {p1.pp}\nEmployer: {co} ({title})\n"
    "Current address: {p1.addr}\nPrevious landlord: {p2}, {p2.phone}\nGuarantor: {p3}, {p3.email}",
    "Insurance quote {quote}\nHousehold:\n- {p1} (main driver), born {p1.dob}, licence {p1.dl}\n- {p2}, born {p2.dob}\n"
    "- {p3.first}, born {p3.kdob}\nAddress: {p1.addr}\nVehicle: plate {plate}\nPremium: {amt} per year. Agent: {p4}.",
    "Hi {p1.g}, as discussed, here are the details for the health plan:\nMember 1: {p1}, {p1.dob}\nMember 2: {p2}, {p2.dob}\n"
    "Member 3: {p3}, {p3.kdob}\nPlease confirm and I'll issue the policy. Payment by card {masked} on file. - {p4.g}",
    "Account handover (I'm leaving on {date}):\n{co}: main contact {p1} - {p1.phone}. Loves golf, kids {p2.g} and {p3.g}. "
    "Birthday {p1.dobw}.\n{co2}: {p4.hon} - {p4.email} - difficult on price, talk to {p4.his} deputy {p5} instead.\n"
    "{co3}: {p6} - {p6.phone} - renewal in {year}.",
)

# ---------------------------------------------------------------- home sellers, orders, loyalty, affiliates
add(
    "en",
    "Orders this week 🎂\n1. {p1.g} - 2x chocolate cake - deliver to {p1.addr} - {p1.phone} - paid\n2. {p2.kin} - cupcakes x12 - "
    "pickup - {p2.phone} - unpaid\n3. {p3} - birthday cake for {p4.g} - {p3.addr} - {p3.phone}\nTotal: {amt}",
    table(
        "Name,Email,Financial Status,Billing Name,Billing Address1,Billing Phone,Total,Payment Reference\n",
        '{orderN},{pN.email},paid,{pN},"{pN.addr}",{pN.phone},{amtN},{hashN}\n',
        2,
        5,
    ),
    "Loyalty card sign-up\nFull name: {p1}\nMobile: {p1.phone}\nEmail: {p1.email}\nBirthday (for your gift!): {p1.dob}\n"
    "Postcode/address: {p1.addr}\nHow did you hear about us? {source}\nCard no. {acct} issued by {p2.g}",
    "Affiliate payouts - {date}\nAffiliate | Code | Sales | Payout | Pay to\n{p1} | {p1.login} | 42 | {amt} | {iban}\n"
    "{p2} | {p2.login} | 17 | {amt2} | {ibanx}\n{p3} | {p3.login} | 9 | {amt3} | BTC {btc}",
    "Commission report {date}\nRep | Deals | Commission | Bank\n{p1.sc} | {deal}, {deal2} | {amt} | {iban}\n{p2.sc} | {deal3} | "
    "{amt2} | {iban2}\nApproved by {p3} (Sales Director)",
    'Abandoned cart emails sent:\nto={p1.email} subject="{p1.g}, you left something behind" cart={order} {utm}\n'
    'to={p2.email} subject="{p2.g}, your {product} is waiting" cart={order2} {utm2}\nto={p3.email} subject="Still thinking, '
    '{p3.g}?" cart={order3}',
    "SMS campaign {campaign} - delivery report\n{p1.phonei} DELIVERED\n{p2.phonei} DELIVERED\n{p3.phonei} FAILED (unknown subscriber)\n"
    '{p4.phonei} DELIVERED - reply: "STOP. This is {p4}, remove me"',
)

# ---------------------------------------------------------------- email threads and signatures
add(
    "en",
    "From: {p1} <{p1.email}>\nSent: {date} {time}\nTo: {p2} <{p2.email}>\nCc: {p3.email}\nSubject: RE: Proposal {quote}\n\n"
    "Hi {p2.g},\n\nThanks - the numbers look fine. {p3.g} will sign on our side.\n\n{p1.g}\n\n> On {date2}, {p2} <{p2.email}> wrote:\n"
    "> Hi {p1.g}, please find the revised proposal attached ({amt}, valid 30 days).\n> Best,\n> {p2.first}\n> {p2.phone}",
    "Write a follow-up to this thread:\n\n---------- Forwarded message ---------\nFrom: {p1.email}\nDate: {date}\nSubject: pricing\n\n"
    "Hello, I'm {p1}, {title} at {co}. We need 200 units of {product}. Call me: {p1.phone}.\n--\n{p1}\n{co}\n{p1.addr}",
    "Best regards,\n\n{p1}\n{title} | {co}\nT {phone} | M {p1.phone}\n{p1.email}\n{url}\n\nThis e-mail and any attachments are "
    "confidential. If you are not the intended recipient, please notify the sender.",
    "Kind regards / Met vriendelijke groet / Saludos\n{p1.sc}\nKey Account Manager EMEA\nMobile: {p1.phonei}\nSkype: {p1.login}",
    "Delivery Status Notification (Failure)\nDelivery to the following recipient failed permanently:\n\n    {p1.email}\n\n"
    "----- Original message -----\nDear {p1.hon}, your quote {quote} is ready... {p2}",
    "Calendar invite: Demo - {co} x {gco}\nWhen: {date} {time}\nOrganizer: {p1.email}\nAttendees: {p2} <{p2.email}>, {p3} <{p3.email}>, "
    "{p4.email}\nDial-in: +1 646 558 8656, meeting ID 812 5567 2291, passcode {pin}",
    "Calendly booking\nInvitee: {p1}\nInvitee email: {p1.email}\nPhone: {p1.phonei}\nEvent: 30 min discovery call\nQ: Company? A: {co}\n"
    "Q: Anyone else joining? A: my partner {p2}",
)

# ---------------------------------------------------------------- configs, secrets, logs
add(
    "en",
    "# .env for the newsletter sync\nMAILCHIMP_API_KEY={apikey}\nCRM_DB_URL=postgres://crm_app:{dbpw}@{ip}:5432/leads\n"
    "ALERT_EMAIL={p1.email}\nSLACK_TOKEN={apikey2}\nOPENAI_API_KEY=<your key here>",
    "{p1.g}: what's the login for the shared {crm} account?\n{p2.g}: user {p2.email} / pw {pw}\n{p2.g}: and the 2FA code goes to my phone "
    "{p2.phone}, text me when you need it\n{p1.g}: thx. also the wifi at the booth?\n{p2.g}: network {co}_Guest, password {pw2}",
    'Forwarded by customer: "Your {co} verification code is {otp}. Do not share it with anyone." - {p1.g} sent me this, '
    "is it safe to log in for {p1.him}?",
    "Zapier error: HubSpot -> Google Sheets\nstep 2 failed: 401 Unauthorized (token {token})\npayload: {{contact: {p1}, email: "
    "{p1.email}, phone: {p1.phone}}}",
    'web-to-lead POST /api/leads 201 {time} ip={ip} ua="Mozilla/5.0" body={{name: "{p1}", email: "{p1.email}", phone: '
    '"{p1.phone}", consent: true, {utm}}}',
    "Card payment for the gala table - please charge:\nName on card: {p1.sc}\nCard number: {card}\nExpiry: 09/27  CVV: sent "
    "separately\nBilling address: {p1.addr}\nAmount: {amt}",
    "Chargeback notice for order {order}: customer {p1} ({p1.email}) disputes {amt} on card {masked}. Shipping address "
    "{p1.addr}. Evidence due {date}.",
    "Support ticket {ticket}\nFrom: {p1} <{p1.email}>\nIP: {ip}\nMessage: I can't log in to my account. My username is {p1.login}, "
    "I tried resetting but the code to {p1.phone} never arrives.",
    "Bitrix24 webhook test: https://{domain}/rest/1/{apikey}/crm.contact.add.json?FIELDS[NAME]={p1.first}&FIELDS[LAST_NAME]="
    "{p1.last}&FIELDS[PHONE][0][VALUE]={p1.phone}",
    "CRM audit log\n{date} {time} user={p1.login} action=export rows=4112 ip={ip}\n{date} {time2} user={p2.login} action=delete "
    'contact={p3} reason="duplicate"\n{date} {time3} user={p1.login} action=login ip={ip6}',
    "commit {hash}\nAuthor: {p1} <{p1.email}>\nDate:   {date}\n\n    fix: lead form sends phone in E.164 (reported by {p2})",
)

# ---------------------------------------------------------------- misc sales work
add(
    "en",
    "Which of these leads should I call first?\n1. {p1} - {co} - opened pricing email 3x - {p1.phone}\n2. {p2} - {co2} - "
    "booked demo, no-show - {p2.phone}\n3. {p3} - referral from {p4} - {p3.phone}\n4. {p5} - {co3} - {stage}",
    "Translate this pitch into English, keep the names:\n\n{p1.g}, grazie per il tuo tempo! Come detto, {p2} ti chiamerà "
    "domani dal numero {p2.phone}. Saluti, {p3}",
    'NPS responses ({date}):\n9 - "{p1.g} at the front desk was amazing" - {p2.email}\n3 - "Waited 40 min, {p3.g} never called '
    'back" - {p4.email} - {p4.phone}\n10 - "Love the {product}!" - anonymous',
    "Complaint escalation\nCustomer: {p1.honf}\nPhone: {p1.phone}\nAddress: {p1.addr}\nIssue: installer {p2.g} from {co} "
    "left without finishing. Manager {p3} promised a refund of {amt} on {date}.",
    "Prize draw winners - {campaign}\n1st: {p1} ({city}) - {p1.phone}\n2nd: {p2} ({city2}) - {p2.email}\n3rd: {p3} ({city3})\n"
    "Verified by {p4}, draw held at {venue} on {date}.",
    "Canvassing notes, street 4:\n- {p1.addr}: {p1} home, interested in solar, call {p1.phone}\n- {p2.addr}: nobody home\n"
    "- {p3.addr}: {p3.kin} said come back when {p4.g} is in",
    "Phone bank list - {campaign}\n{p1} | last gift {amt} | {p1.phone} | ask: {amt2}\n{p2} | lapsed | {p2.phone}\n"
    "{p3} | new | {p3.phone} | speaks only {country} language, pass to {p4.g}",
    "Expense claim - {event}\nClaimant: {p1} (employee ID {acct})\nHotel {venue}, conf. {pnr}: {amt}\nTaxi: {amt2}\n"
    "Client dinner with {p2} and {p3} of {co}: {amt3}, paid with corporate card {masked}",
    "Store visit report - {co}, {city}\nManager: {p1}\nStaff on duty: {p2.g}, {p3.g}, {p4.lc}\nIssues: {brand} display missing; "
    "promo {campaign} not started. Manager mobile {p1.phone}.",
    "Franchise enquiry\nName: {p1}\nEmail: {p1.email}\nPhone: {p1.phone}\nCity of interest: {city}\nCapital available: {amt}\n"
    "Current business: runs {cop}\nHeard about us from: {celeb} interview",
    "Visa invitation letter request - {event}\nParticipant: {p1}\nNationality: {country}\nPassport number: {p1.pp}\nDate of birth: "
    "{p1.dob}\nEmployer: {co}\nContact: {p1.email}",
    "KYC for major gift ({amt})\nDonor: {p1}\nDOB: {p1.dob}\nPassport: {p1.pp}\nSource of funds: sale of {cop}\nBank: {iban}\n"
    "Relationship manager: {p2}",
)

# ---------------------------------------------------------------- forms with labels in the locale's language
add(
    "loc",
    "{L.name}: {p1}\n{L.dob}: {p1.dob}\n{L.mobile}: {p1.phone}\n{L.email}: {p1.email}\n{L.addr}: {p1.addr}\n"
    "--\nloyalty card {acct} / store {co} / staff {p2.g}",
    "Event registration - {event}\n{L.name} | {L.email} | {L.phone}\n{p1} | {p1.email} | {p1.phone}\n{p2} | {p2.email} | {p2.phone}\n"
    "{p3} | {p3.email} | {p3.phone}\n{p4} | {p4.email} | -",
    "{L.hi} {p1.g}! 🎉\n{co} Rewards - card {acct}\n{L.thanks}!\n{L.regards},\n{p2}\n{p2.phone}",
    "Contact form #{num}{num2}\n{L.name}: {p1.sc}\n{L.email}: {p1.email}\n{L.phone}: {p1.phonei}\nMessage: price for {product}? "
    "Ask for {p2.hon}.\nIP: {ip}",
    "Membership application\n{L.name}: {p1}\n{L.dob}: {p1.dob}\n{L.addr}: {p1.addr}\n{L.mobile}: {p1.phone}\nSponsor member: {p2} "
    "({memno})\nFee: {amt}",
    "OCR card: {p1.honf} · {title} · {co} · {L.mobile} {p1.phone} · {L.email} {p1.email} · {L.addr} {p1.addr}",
    "Insurance proposal {quote}\n1. {L.name}: {p1}  {L.dob}: {p1.dob}\n2. {L.name}: {p2}  {L.dob}: {p2.dob}\n3. {L.name}: {p3}  "
    "{L.dob}: {p3.kdob}\n{L.addr}: {p1.addr}\n{L.phone}: {p1.phone}\nAgent: {p4}",
    "Donation slip {receipt}\n{L.name}: {p1.kin}\n{L.phone}: {p1.phone}\n{amt} - cash - received by {p2}\n{L.thanks}!",
    "Delivery label\nTo: {p1}\n{p1.addrml}\n{L.phone}: {p1.phone}\nOrder {order} | tracking {track}\nFrom: {cop}",
    "Guest list {event}\n1. {p1.honf} +1\n2. {p2.hon} ({L.mobile} {p2.phone})\n3. {p3}\n4. {p4.kin}\n5. {p5} - {L.email} {p5.email}",
)

# ---------------------------------------------------------------- Spanish
add(
    "es",
    "{p1.dear} {p1.hon}:\n\nGracias por visitar nuestro stand en {event}. Le adjunto la cotización {quote} por {amt}. "
    "Si lo prefiere, puedo llamarle al {p1.phone}.\n\nSaludos cordiales,\n{p2}\nEjecutivo de cuentas | {co}\n{p2.email}",
    "[{time}] {p2.g}: hola {p1.lc}! ya te llegó el catálogo?\n[{time2}] {p1.g}: sí, quiero 3 cajas. mándalas a {p1.addr}\n"
    "[{time3}] {p2.g}: listo, son {amt}. transferencia a mi cuenta o efectivo con mi {p3.kin}\n[{time4}] {p1.g}: mejor "
    "efectivo. mi cel por si acaso {p1.phone}",
    "Notas de la llamada - {date}\nHablé con {p1} ({title} en {co}). Quien decide es {p2.hon}. Enviar propuesta a {p1.email} "
    "con copia a {p2.email}. Cumpleaños de {p1.g}: {p1.dobw}. Próximo paso: demo el {date2}.",
    "Lista de socios - Club Deportivo {place}\nN.º socio | Nombre | Fecha de nacimiento | Teléfono\n{memno} | {p1} | {p1.dob} | "
    "{p1.phone}\n{memno2} | {p2} | {p2.dob} | {p2.phone}\n{memno3} | {p3} | {p3.kdob} | tutor: {p4} {p4.phone}",
    "Hola {p1.g}, te escribe {p2} de {co}. {p3} me pasó tu contacto, dice que estás buscando {product}. "
    "¿Te puedo llamar mañana? Mi WhatsApp es {p2.phone}.",
)
# ---------------------------------------------------------------- Portuguese
add(
    "pt",
    "{p1.dear} {p1.hon},\n\nConforme conversamos, segue a proposta {quote} no valor de {amt}. Qualquer dúvida, estou à "
    "disposição no {p2.phone}.\n\nAtenciosamente,\n{p2}\n{title} - {co}",
    "Cadastro de cliente\nNome completo: {p1}\nData de nascimento: {p1.dob}\nCelular/WhatsApp: {p1.phone}\nE-mail: {p1.email}\n"
    "Endereço: {p1.addr}\nIndicado por: {p2}\nVendedor: {p3.g}",
    "[{time}] {p1.g}: oi {p2.lc}, tudo bem? chegou o pedido?\n[{time2}] {p2.g}: chegou sim! mas faltou 1 kit. a {p3.kin} "
    "pegou no correio\n[{time3}] {p1.g}: vou mandar hoje. confirma o endereço: {p2.addr}?\n[{time4}] {p2.g}: isso. pix é "
    "esse e-mail mesmo: {p2.email}",
    "Lista de doadores - {campaign}\n{p1} - {amt} - {p1.phone}\n{p2} - {amt2} - {p2.email}\n{p3.kin} - {amt3} - em dinheiro\n"
    "Responsável: {p4}",
)
# ---------------------------------------------------------------- French
add(
    "fr",
    "{p1.dear} {p1.hon},\n\nSuite à notre échange téléphonique, je vous transmets notre devis {quote} d'un montant de {amt}. "
    "N'hésitez pas à me joindre au {p2.phone}.\n\nCordialement,\n{p2}\n{title}, {co}\n{p2.email}",
    "Compte rendu d'appel - {date}\nInterlocuteur : {p1} ({title}, {co})\nDécideur : {p2.hon}\nBudget validé, signature prévue "
    "le {date2}. Envoyer les CGV à {p1.email}. Portable de {p1.g} : {p1.phone}.",
    "Bulletin d'adhésion {year}\nNom et prénom : {p1.sc}\nDate de naissance : {p1.dob}\nAdresse : {p1.addr}\nTéléphone : "
    "{p1.phone}\nCourriel : {p1.email}\nCotisation : {amt} - réglée par virement depuis {iban}",
    "[{time}] {p1.g}: Bonjour {p2.g}, c'est {p1.g} de chez {co} 😊 la commande est prête\n[{time2}] {p2.g}: super merci ! "
    "livrez chez ma {p3.kin}, {p3.addr}\n[{time3}] {p1.g}: parfait, le livreur appellera au {p3.phone}",
)
# ---------------------------------------------------------------- German
add(
    "de",
    "{p1.dear} {p1.hon},\n\nvielen Dank für Ihren Besuch an unserem Stand auf der {event}. Anbei das Angebot {quote} über "
    "{amt}. Gerne stelle ich Ihnen und {p2.hon} das Produkt auch persönlich vor.\n\nMit freundlichen Grüßen\n{p3}\n{co}\n"
    "Tel. {p3.phone}",
    "Gesprächsnotiz {date}\nKunde: {p1} ({co}), Entscheider: {p2.hon}\nWunsch: Rückruf unter {p1.phone}, Unterlagen an "
    "{p1.email}. Geburtstag {p1.g}: {p1.dob} (Karte schicken!)",
    "Mitgliedsantrag Sportverein\nName, Vorname: {p1.cs}\nGeburtsdatum: {p1.dob}\nAnschrift: {p1.addr}\nTelefon: {p1.phone}\n"
    "SEPA-Lastschriftmandat - IBAN: {iban}\nKontoinhaber: {p1}",
)
# ---------------------------------------------------------------- Italian, Dutch, Polish
add(
    "it",
    "{p1.dear} {p1.hon},\n\ncome anticipato al telefono, le invio il preventivo {quote} di {amt}. Il collega {p2} la contatterà "
    "al numero {p1.phone} per fissare la consegna.\n\nCordiali saluti,\n{p3}\n{co}",
    "Iscrizione soci {year}\nCognome e nome: {p1.sc}\nNato/a il: {p1.dob}\nResidenza: {p1.addr}\nCellulare: {p1.phone}\n"
    "Email: {p1.email}\nPresentato da: {p2}",
)
add(
    "nl",
    "Beste {p1.g},\n\nLeuk je gesproken te hebben op {event}! Zoals beloofd de offerte {quote} ({amt}). Bel gerust op {p2.phone}.\n\n"
    "Met vriendelijke groet,\n{p2}\n{co}",
    "Ledenlijst {co}\nLidnr | Naam | Geboortedatum | Telefoon | E-mail\n{memno} | {p1.cs} | {p1.dob} | {p1.phone} | {p1.email}\n"
    "{memno2} | {p2.cs} | {p2.dob} | {p2.phone} | {p2.email}",
)
add(
    "pl",
    "{p1.dear},\n\ndziękuję za rozmowę. W załączniku oferta {quote} na kwotę {amt}. W razie pytań proszę dzwonić: {p2.phone}.\n\n"
    "Z poważaniem,\n{p2}\n{title}, {co}",
    "Notatka ze spotkania {date}\nKlient: {p1} ({co})\nObecni: {p2}, {p3.hon}\nDane do faktury: {p1.addr}\nKontakt: {p1.email}, "
    "{p1.phone}",
)
# ---------------------------------------------------------------- Russian, Ukrainian
add(
    "ru",
    "{p1.dear} {p1.g}!\n\nБлагодарим вас за интерес к {co}. Направляем коммерческое предложение {quote} на сумму {amt}. "
    "По всем вопросам: {p2.phone}.\n\nС уважением,\n{p2}\nменеджер по продажам",
    "Заявка с сайта\nФИО: {p1}\nДата рождения: {p1.dob}\nТелефон: {p1.phone}\nE-mail: {p1.email}\nАдрес доставки: {p1.addr}\n"
    "Ответственный: {p2.ini}\nИсточник: {source}",
    "[{time}] {p1.g}: Добрый день! Это {p1.g} из {co}, мы общались на выставке\n[{time2}] {p2.g}: да, помню. пришлите прайс на "
    "{p2.email}\n[{time3}] {p1.g}: отправил. И ещё: {p3.hon} просил перезвонить ему на {p3.phone}",
    "Список участников {event}\n1. {p1.ini} - {p1.phone}\n2. {p2.ini} - {p2.phone}\n3. {p3} - {p3.email}\n4. {p4.kin} ({p4.phone})",
)
add(
    "uk",
    "Вітаю, {p1.g}!\nДякуємо за замовлення {order}. Доставка Новою поштою на адресу: {p1.addr}. Отримувач: {p1}, тел. "
    "{p1.phone}.\nЗ повагою, {p2}",
)
# ---------------------------------------------------------------- Turkish, Arabic, Persian, Hebrew
add(
    "tr",
    "{p1.hon} merhaba,\n\nFuardaki görüşmemizin ardından {quote} numaralı teklifimizi ({amt}) ekte bulabilirsiniz. Sorularınız "
    "için {p2.phone} numarasından bana ulaşabilirsiniz.\n\nSaygılarımla,\n{p2}\n{co}",
    "Müşteri kaydı\nAd Soyad: {p1}\nDoğum tarihi: {p1.dob}\nCep: {p1.phone}\nE-posta: {p1.email}\nAdres: {p1.addr}\nReferans: "
    "{p2.kin}",
)
add(
    "ar",
    "{p1.dear} {p1.hon}،\n\nنشكركم على زيارة جناحنا في {event}. مرفق عرض السعر {quote} بقيمة {amt}. للتواصل: {p2.phone}\n\n"
    "مع خالص التحية،\n{p2}\n{co}",
    "بيانات العميل\nالاسم: {p1}\nتاريخ الميلاد: {p1.dob}\nالجوال: {p1.phone}\nالبريد الإلكتروني: {p1.email}\nالعنوان: {p1.addr}\n"
    "مسؤول المبيعات: {p2}",
    "[{time}] {p1.g}: السلام عليكم {p2.hon}، معك {p1.g} من {co}\n[{time2}] {p2.g}: وعليكم السلام، أهلا\n[{time3}] {p1.g}: "
    "أرسلت لك العرض على {p2.email}، وفريقنا سيتواصل معك على {p2.phone} ({p3})",
    "قائمة المتبرعين - {campaign}\n{p1} - {amt} - {p1.phone}\n{p2} - {amt2} - {p2.phone}\n{p3} - {amt3}\nأمين الصندوق: {p4}",
)
add(
    "fa",
    "{p1.dear} {p1.g}،\nبا سلام، پیش‌فاکتور {quote} به مبلغ {amt} خدمت شما ارسال شد. شماره تماس من: {p2.phone}\nبا احترام، {p2}",
    "فرم ثبت‌نام مشتری\nنام: {p1}\nتاریخ تولد: {p1.dob}\nموبایل: {p1.phone}\nایمیل: {p1.email}\nنشانی: {p1.addr}\nمعرف: {p2}",
)
add(
    "he",
    "שלום {p1.g},\nתודה על הפגישה היום. מצורפת הצעת המחיר {quote} על סך {amt}. לשאלות: {p2.phone}\nבברכה,\n{p2}\n{co}",
    'טופס הרשמה למועדון\nשם: {p1}\nתאריך לידה: {p1.dob}\nנייד: {p1.phone}\nדוא"ל: {p1.email}\nכתובת: {p1.addr}',
)
# ---------------------------------------------------------------- South Asia
add(
    "hi",
    "नमस्ते {p1.hon},\n{event} में हमारे स्टॉल पर आने के लिए धन्यवाद। कोटेशन {quote} ({amt}) संलग्न है। किसी भी जानकारी के लिए "
    "{p2.phone} पर कॉल करें।\nसादर,\n{p2}\n{co}",
    "ग्राहक विवरण\nनाम: {p1}\nजन्म तिथि: {p1.dob}\nमोबाइल: {p1.phone}\nईमेल: {p1.email}\nपता: {p1.addr}\nरेफ़रल: {p2.kin}",
)
add(
    "ta",
    "வணக்கம் {p1.g},\n{co} சார்பாக நன்றி. உங்கள் ஆர்டர் {order} நாளை {p1.addr} முகவரிக்கு வரும். தொடர்புக்கு: {p2} - {p2.phone}",
)
add(
    "ur",
    "محترم {p1.g} صاحب،\nآپ کا آرڈر {order} تیار ہے۔ ڈیلیوری کا پتہ: {p1.addr}۔ رابطہ: {p2} - {p2.phone}\nشکریہ",
)
add(
    "bn",
    "প্রিয় {p1.g},\n{co}-এর সাথে থাকার জন্য ধন্যবাদ। আপনার অর্ডার {order} পাঠানো হয়েছে। যোগাযোগ: {p2} ({p2.phone}), ইমেইল {p2.email}",
)
# ---------------------------------------------------------------- South-East Asia
add(
    "id",
    "{p1.hon} yth.,\n\nTerima kasih sudah mampir ke booth kami di {event}. Terlampir penawaran {quote} senilai {amt}. "
    "Silakan hubungi saya di {p2.phone} atau email {p2.email}.\n\nSalam,\n{p2}\n{co}",
    "[{time}] {p1.g}: kak {p2.lc}, pesanan udah dikirim ya 🙏\n[{time2}] {p2.g}: makasih kak! alamatnya bener kan {p2.addr}?\n"
    "[{time3}] {p1.g}: bener kak. resi {track}. kalau kurir nyasar hubungi {p3.kin} di {p3.phone}",
    "Data anggota arisan\n1. {p1} - {p1.phone} - lahir {p1.dob}\n2. {p2} - {p2.phone}\n3. {p3.hon} - {p3.phone}\nBendahara: {p4}",
)
add(
    "ms",
    "Assalamualaikum {p1.hon},\nTerima kasih kerana berminat dengan {product}. Sebut harga {quote} berjumlah {amt}. Sila hubungi "
    "saya di {p2.phone}.\nYang benar,\n{p2}",
)
add(
    "tl",
    "Hi po {p1.kin}! Si {p2.g} po ito from {co}. Yung order niyo po ay ide-deliver bukas sa {p1.addr}. Pakisabi na lang po kay "
    "{p3.g}. Salamat po! GCash: {p2.phone}",
)
add(
    "th",
    "เรียน {p1.hon}\nขอบคุณที่แวะมาที่บูธของเราในงาน {event} ค่ะ แนบใบเสนอราคา {quote} ({amt}) มาให้แล้ว ติดต่อได้ที่ {p2.phone}\n"
    "ด้วยความเคารพ\n{p2}",
    "[{time}] {p1.kin}: ส่งของวันไหนคะ\n[{time2}] {p2.g}: พรุ่งนี้ค่ะ ที่อยู่ {p1.addr} ใช่ไหมคะ\n[{time3}] {p1.kin}: ใช่ค่ะ โทร {p1.phone}",
)
add(
    "vi",
    "{p1.dear} {p1.g},\n\nCảm ơn {p1.hon} đã quan tâm đến {product}. Báo giá {quote} ({amt}) gửi kèm. Liên hệ: {p2} - {p2.phone}.\n\n"
    "Trân trọng,\n{co}",
    "[{time}] {p1.g}: chị {p2.g} ơi, đơn hàng {order} giao về {p2.addr} nha\n[{time2}] {p2.g}: ok em, gọi số {p2.phone} trước khi giao nhé\n"
    "[{time3}] {p1.g}: dạ, em báo {p3.kin} rồi",
)
add(
    "my",
    "မင်္ဂလာပါ {p1.hon}\n{co} မှ ကျေးဇူးတင်ပါတယ်။ အော်ဒါ {order} ကို {p1.addr} သို့ ပို့ပေးပါမည်။ ဖုန်း {p2.phone} - {p2}",
)

# ---------------------------------------------------------------- East Asia
add(
    "ja",
    "{p1.hon}\n\nいつもお世話になっております。{co}の{p2}です。\n先日の{event}ではありがとうございました。お見積り（{quote}、{amt}）を"
    "お送りいたします。\nご不明点は {p2.phone} までご連絡ください。\n\nよろしくお願いいたします。\n{p2}\n{p2.email}",
    "名刺OCR: {co} 営業部 部長 {p1} TEL {phone} 携帯 {p1.phone} {p1.email} {p1.addr}",
    "顧客名,担当者,電話番号,メール,住所,生年月日\n{co},{p1},{p1.phone},{p1.email},{p1.addr},{p1.dob}\n{co2},{p2},{p2.phone},"
    "{p2.email},{p2.addr},{p2.dob}\n(kintone アプリ 顧客リスト より出力)",
    "[{time}] {p1.g}: {p2.hon}、明日の商談は14時からで大丈夫でしょうか\n[{time2}] {p2.g}: はい、大丈夫です。{p3.hon}も同席します\n"
    "[{time3}] {p1.g}: 承知しました。念のため携帯 {p1.phone} です",
)
add(
    "ko",
    "{p1.hon} 안녕하세요.\n{co} {p2}입니다. 지난번 {event}에서 말씀드린 견적서({quote}, {amt}) 보내드립니다.\n문의: {p2.phone} / "
    "{p2.email}\n감사합니다.",
    "[카카오톡] {p1.g}: {p2.hon} 주문하신 상품 내일 출고됩니다\n{p2.g}: 네 감사합니다~ 주소는 {p2.addr} 맞아요\n{p1.g}: 네! 배송기사님이 "
    "{p2.phone}로 연락드릴 거예요",
    "회원 가입 신청서\n이름: {p1}\n생년월일: {p1.dob}\n휴대폰: {p1.phone}\n이메일: {p1.email}\n주소: {p1.addr}\n추천인: {p2.kin}",
)
add(
    "zh",
    "{p1.hon}您好，\n我是{co}的{p2}。感谢您在{event}上的关注，附上报价单{quote}（{amt}）。如有问题请联系我：{p2.phone}。\n此致\n{p2}",
    "客户资料\n姓名：{p1}\n出生日期：{p1.dob}\n手机：{p1.phone}\n邮箱：{p1.email}\n地址：{p1.addr}\n介绍人：{p2.kin}\n销售：{p3}",
    "[微信] {p1.g}: {p2.hon}，货已经发了，单号{track}\n{p2.g}: 好的谢谢！收件地址是{p2.addr}对吧\n{p1.g}: 对的，快递会打您电话{p2.phone}",
)
add(
    "zt",
    "{p1.hon}您好：\n感謝您參加{event}。附上報價單{quote}（{amt}），如有疑問請來電 {p2.phone}。\n{p2} 敬上",
    "會員資料\n姓名：{p1}\n生日：{p1.dob}\n手機：{p1.phone}\n電郵：{p1.email}\n地址：{p1.addr}",
)
add(
    "mn",
    "Сайн байна уу, {p1.g}!\n{co}-ийн захиалга {order} таны хаяг {p1.addr} руу маргааш хүргэгдэнэ. Холбоо барих: {p2} {p2.phone}",
)
# ---------------------------------------------------------------- Africa (non-English)
add(
    "sw",
    "Habari {p1.hon},\nAsante kwa oda yako {order}. Tutaleta bidhaa kesho {p1.addr}. Kwa maswali piga {p2.phone} ({p2}).\nAsante,\n{co}",
    "Orodha ya wanachama - chama cha {co}\n1. {p1} - {p1.phone}\n2. {p2} - {p2.phone}\n3. {p3.kin} - {p3.phone}\nMweka hazina: {p4}",
)
add(
    "am",
    "ሰላም {p1.hon}\nትዕዛዝዎ {order} ነገ ይደርሳል። አድራሻ: {p1.addr}። ስልክ: {p2.phone} ({p2})",
)
add(
    "so",
    "Salaan {p1.g},\nMahadsanid dalabkaaga {order}. Waxaan keeni doonnaa berri {p1.addr}. Wixii su'aal ah la xiriir {p2} {p2.phone}.",
)
# ---------------------------------------------------------------- Europe (more)
add(
    "el",
    "{p1.dear} {p1.hon},\nσας ευχαριστούμε για την επίσκεψη στο περίπτερό μας. Επισυνάπτεται η προσφορά {quote} ({amt}). "
    "Για πληροφορίες: {p2.phone}.\nΜε εκτίμηση,\n{p2}",
)
add(
    "sv",
    "Hej {p1.g}!\nTack för senast på {event}. Här kommer offerten {quote} på {amt}. Ring mig gärna på {p2.phone}.\n"
    "Vänliga hälsningar\n{p2}\n{co}",
)
add(
    "cs",
    "{p1.dear} {p1.hon},\nděkujeme za návštěvu našeho stánku. V příloze zasíláme nabídku {quote} ({amt}). Kontakt: {p2.phone}.\n"
    "S pozdravem\n{p2}",
)
add(
    "hu",
    "{p1.dear} {p1.g}!\nKöszönjük, hogy meglátogatta standunkat. Csatolva küldjük az ajánlatot ({quote}, {amt}). Elérhetőség: "
    "{p2.phone}\nÜdvözlettel:\n{p2}",
)
add(
    "ro",
    "{p1.dear} {p1.hon},\nVă mulțumim pentru interes. Atașat găsiți oferta {quote} în valoare de {amt}. Pentru detalii: {p2.phone}.\n"
    "Cu stimă,\n{p2}, {co}",
)
add(
    "kk",
    "Сәлеметсіз бе, {p1.g}!\n{co} компаниясынан {p2}. Тапсырысыңыз {order} ертең {p1.addr} мекенжайына жеткізіледі. Тел: {p2.phone}",
)
add(
    "uz",
    "Assalomu alaykum, {p1.hon}!\n{co} dan {p2}. Buyurtmangiz {order} ertaga {p1.addr} manziliga yetkaziladi. Tel: {p2.phone}",
)
add(
    "ka",
    "გამარჯობა {p1.g},\nგიგზავნით შეთავაზებას {quote} ({amt}). კონტაქტი: {p2} {p2.phone}",
)
add(
    "hy",
    "Բարև Ձեզ, {p1.g}։\nՈւղարկում ենք {quote} առաջարկը ({amt})։ Կապ՝ {p2} {p2.phone}",
)
add(
    "az",
    "Hörmətli {p1.hon},\n{co} şirkətindən {p2}. Sifarişiniz {order} sabah {p1.addr} ünvanına çatdırılacaq. Əlaqə: {p2.phone}",
)

# ---------------------------------------------------------------- near-misses only (nothing to remove)
near(
    "en",
    "Pitch idea: open with {celeb}'s quote about persistence, then show the {product} demo. Reference {fict} in the slide about "
    "customer journeys. Campaign: {campaign}. UTM: {utm}.",
    "Pipeline summary {date}: {num} deals in {stage}, {num2} in Negotiation. Biggest: {deal} ({co}) worth {amt}. Lost {deal2} "
    "to {gco} on price. Quote {quote} expires {date2}.",
    "Hi {merge},\n\nDon't miss our {campaign}! Use code SPRING25 at checkout. {brand} and {brand2} bundles from {amt}.\n\n"
    "Unsubscribe: {url}",
    "Event logistics: {event} at {venue}, {room}. Catering by {cop}. Flights {flight} and {flight2}, booking ref {pnr}. "
    "Invoice {inv} from {gco} due {date}.",
    "Order {order} shipped via DHL, tracking {track}. SKU {sku} x2, {sku2} x1. Card {masked}. Total {amt}. Customer account {acct}.",
    "Stage definitions for {crm}:\n- {stage}: budget unconfirmed\n- {stage2}: proposal sent\n- {stage3}: contract out\n"
    "Owner field maps to {user}; integration user {user2} runs every 15 min (build {ver}, commit {hash}).",
    "Brainstorm: a character mascot like {fict} for {brand}? Or partner with {celeb} (agency fee ~{amt}). The bakery "
    "{cop} already did something similar with {fict2}.",
    "Listing {listing}: 3-bed house near {saint} church, walking distance to the {place} Road market. Asking {amt}. "
    "Viewing slots {date} {time} and {time2}. Ref {ticket}.",
    "Team leaderboard (by handle): {user} 14 deals, {user2} 11, {user3} 9. Prize: trip to {place}. Sponsored by {co}.",
    'Translate this tagline: "{brand} - made for {place}, loved everywhere". Keep {product} in English. Deadline {date}.',
    'Webinar "{event}" stats: 412 registered, 198 attended, avg watch 34 min. Top sources: {source}, {source2}. '
    "Recording link {url}.",
    "Price list {year}\n{product} - {amt}\n{product2} - {amt2}\n{product3} - {amt3}\nValid until {date}. VAT included. "
    "Questions: contact the {title} at {co}.",
    "{co} loyalty tiers: Silver from {amt}, Gold from {amt2}. Members get early access to {campaign} and a free {product}.",
    "Invoice {inv}\nBill to: {gco}, Accounts Payable\nPO: {order}\nItems: {sku} ({product}) x 4\nTotal due: {amt} by {date}",
    "Mood board notes: use the {fict} palette, fonts like the {brand} app, photo of {place} skyline. Avoid anything that "
    "looks like {gco}'s branding. Hashtag #{campaign}.",
)
near(
    "es",
    "Campaña {campaign}: descuento del {pct} en {product}. Código de pedido {order}, factura {inv}. Imagen de la campaña: "
    "{celeb} (licencia hasta {date}).",
)
near(
    "fr",
    "Relance automatique : le devis {quote} pour {co} expire le {date}. Montant : {amt}. Référence client {acct}. Étape : {stage}.",
)
near(
    "de",
    "Kampagne {campaign}: Versand über {track}, Artikel {sku}. Rechnung {inv} an {gco}, fällig am {date}. Maskottchen: {fict}.",
)
near(
    "ja",
    "キャンペーン「{campaign}」の結果：受注{num}件、売上{amt}。伝票番号 {order}、請求書 {inv}。イメージキャラクターは{fict}。",
)
near(
    "ar",
    "حملة {campaign}: خصم {pct} على {product}. رقم الطلب {order}، الفاتورة {inv}، تنتهي العروض في {date}.",
)
near(
    "pt",
    "Campanha {campaign}: frete grátis acima de {amt}. Pedido {order}, nota fiscal {inv}, rastreio {track}. Garoto-propaganda: {celeb}.",
)

add(
    "en@US",
    "Affiliate onboarding (W-9)\nLegal name: {p1}\nSSN: {ssn}\nDate of birth: {p1.dob}\nMailing address: {p1.addr}\n"
    "Payout email (PayPal): {p1.email}\nReferred by: {p2.at}",
    "Rental application - {listing}\nApplicant: {p1}\nSSN: {ssn}\nDriver license: {p1.dl}\nDOB: {p1.dob}\nCurrent address: "
    "{p1.addr}\nCo-applicant: {p2}, SSN {ssn2}\nAgent: {p3} ({p3.phone})",
    "Lead from call center - Medicare supplement\nName: {p1.sc}\nDOB: {p1.dob}\nPhone: {p1.phone}\nSSN (for eligibility): {ssn}\n"
    "Spouse: {p2}, DOB {p2.dob}\nAgent notes: wants a callback from {p3.g} after 3pm",
    "Donor update: {p1} asked us to use {p1.his} ITIN {itin} on the receipt instead of the SSN. New address {p1.addr}. "
    "Phone {p1.phone}. - {p2.g}",
)
add(
    "en",
    "Footfall sensor log - store {city}\n{date} {time} probe mac={mac} rssi=-61 dwell=14m matched_member={p1.email}\n"
    "{date} {time2} probe mac={mac2} rssi=-70 dwell=3m matched_member=-\n{date} {time3} probe mac={mac3} rssi=-55 dwell=22m "
    "matched_member={p2.email} ({p2})",
    "Check-in kiosk registration\nDevice: iPad kiosk {ver}, MAC {mac}, IP {ip}\nAssigned to: {p1} ({p1.email})\nEvent: {event}\n"
    "Admin PIN: {pin}",
    "Phone pledge transcript\nCaller ({p1.g}): ...so that's {amt} a month?\nDonor: Yes. Card is {card}, expiry 04/28.\n"
    "Caller: And the name on the card?\nDonor: {p2.sc}.\nCaller: Thank you {p2.hon}, a receipt will go to {p2.email}.",
    "Fraud review - ticket order {order}\nBuyer: {p1} <{p1.email}>\nIP {ip} (country mismatch)\nCard used: {card}\n"
    "Billing: {p1.addr}\n3 failed attempts before success. Decision: refund and block.",
    "Roadshow car rental - drivers\n1. {p1} - licence {p1.dl} - DOB {p1.dob}\n2. {p2} - licence {p2.dl} - DOB {p2.dob}\n"
    "Pickup {date} at the airport desk, booking {pnr}, plate assigned later.",
    "Age check at the {brand} tasting stand: {p1} showed driving licence {p1.dl} (born {p1.dob}); {p2} showed passport {p2.pp}. "
    "Both OK. Staff: {p3.g}.",
)
add(
    "en",
    "Telegram: {p1.at} -> you: bro the affiliate payout for March didn't arrive. send to my USDT TRC/ERC wallet {eth} "
    "not the old one. my {p2.sib} {p2.g} will confirm the sales numbers, {p2.his} number {p2.phone}",
    "Our crypto giving page lists: BTC {btc} / ETH {eth}. Last donor to use it was {p1} ({p1.email}) - please thank "
    "{p1.him} personally, {p1.he} gave {amt} for {campaign}.",
)
