"""Pools and templates for the dev25 sanitizer evaluation set (see bench/sanitizer_dev25.py).

Everything here was typed by hand for this set: locales, names, streets, towns, phone
formats, message lines and templates. Slots are written ``{KIND}`` or ``{KIND.n}`` (the
same ``n`` gives the same person or value inside one text) and ``[[a|b|c]]`` picks one
alternative. A template whose text starts with ``@json``, ``@sql`` or ``@csv`` has its
slot values escaped for that format.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------
# month names (genitive where the language writes dates that way)
# --------------------------------------------------------------------------------------
MONTHS = {
    "en": "January|February|March|April|May|June|July|August|September|October|November|December",
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    "es": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre"
    "|diciembre",
    "pt": "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
    "|dezembro",
    "de": "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
    "it": "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre"
    "|dicembre",
    "nl": "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
    "pl": "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
    "|listopada|grudnia",
    "cs": "ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince",
    "ru": "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря",
    "uk": "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня",
    "tr": "Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık",
    "id": "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember",
    "ms": "Januari|Februari|Mac|April|Mei|Jun|Julai|Ogos|September|Oktober|November|Disember",
    "sw": "Januari|Februari|Machi|Aprili|Mei|Juni|Julai|Agosti|Septemba|Oktoba|Novemba|Desemba",
    "ro": "ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie"
    "|noiembrie|decembrie",
    "hu": "január|február|március|április|május|június|július|augusztus|szeptember|október"
    "|november|december",
    "el": "Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου"
    "|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου",
    "sv": "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december",
    "fi": "tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta"
    "|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta",
    "sr": "januar|februar|mart|april|maj|jun|jul|avgust|septembar|oktobar|novembar|decembar",
    "is": "janúar|febrúar|mars|apríl|maí|júní|júlí|ágúst|september|október|nóvember|desember",
    "tl": "Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre",
    "ar": "يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر",
    "he": "בינואר|בפברואר|במרץ|באפריל|במאי|ביוני|ביולי|באוגוסט|בספטמבר|באוקטובר|בנובמבר|בדצמבר",
    "hi": "जनवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर",
    "th": "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม",
    "az": "yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr",
    "uz": "yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|oktabr|noyabr|dekabr",
    "kk": "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан",
    "af": "Januarie|Februarie|Maart|April|Mei|Junie|Julie|Augustus|September|Oktober"
    "|November|Desember",
    "ka": "იანვარი|თებერვალი|მარტი|აპრილი|მაისი|ივნისი|ივლისი|აგვისტო|სექტემბერი|ოქტომბერი"
    "|ნოემბერი|დეკემბერი",
    "hy": "հունվարի|փետրվարի|մարտի|ապրիլի|մայիսի|հունիսի|հուլիսի|օգոստոսի|սեպտեմբերի"
    "|հոկտեմբերի|նոյեմբերի|դեկտեմբերի",
}

# --------------------------------------------------------------------------------------
# form field labels: full name | phone | e-mail | address | date of birth | passport | licence
# --------------------------------------------------------------------------------------
FIELDS = {
    "en": "Full name|Phone|Email|Home address|Date of birth|Passport number|Driver's licence no.",
    "fr": "Nom complet|Téléphone|Courriel|Adresse|Date de naissance|N° de passeport"
    "|N° de permis de conduire",
    "es": "Nombre completo|Teléfono|Correo electrónico|Domicilio|Fecha de nacimiento"
    "|N.º de pasaporte|N.º de licencia de conducir",
    "pt": "Nome completo|Telefone|E-mail|Endereço|Data de nascimento|N.º do passaporte"
    "|N.º da habilitação",
    "de": "Vollständiger Name|Telefon|E-Mail|Anschrift|Geburtsdatum|Reisepassnummer"
    "|Führerscheinnummer",
    "it": "Nome e cognome|Telefono|E-mail|Indirizzo|Data di nascita|N. passaporto|N. patente",
    "nl": "Volledige naam|Telefoon|E-mailadres|Adres|Geboortedatum|Paspoortnummer|Rijbewijsnummer",
    "pl": "Imię i nazwisko|Telefon|E-mail|Adres zamieszkania|Data urodzenia|Nr paszportu"
    "|Nr prawa jazdy",
    "cs": "Jméno a příjmení|Telefon|E-mail|Adresa bydliště|Datum narození|Číslo pasu"
    "|Číslo řidičského průkazu",
    "hu": "Teljes név|Telefonszám|E-mail|Lakcím|Születési dátum|Útlevélszám|Jogosítvány száma",
    "ro": "Nume complet|Telefon|E-mail|Adresă|Data nașterii|Nr. pașaport|Nr. permis de conducere",
    "el": "Ονοματεπώνυμο|Τηλέφωνο|Email|Διεύθυνση|Ημερομηνία γέννησης|Αριθμός διαβατηρίου"
    "|Αριθμός διπλώματος οδήγησης",
    "sr": "Ime i prezime|Telefon|E-pošta|Adresa|Datum rođenja|Broj pasoša|Broj vozačke dozvole",
    "uk": "ПІБ|Телефон|Ел. пошта|Адреса|Дата народження|Номер паспорта|Номер посвідчення водія",
    "ru": "ФИО|Телефон|Эл. почта|Адрес|Дата рождения|Номер паспорта"
    "|Номер водительского удостоверения",
    "sv": "Fullständigt namn|Telefon|E-post|Adress|Födelsedatum|Passnummer|Körkortsnummer",
    "fi": "Koko nimi|Puhelin|Sähköposti|Osoite|Syntymäaika|Passin numero|Ajokortin numero",
    "is": "Fullt nafn|Sími|Netfang|Heimilisfang|Fæðingardagur|Vegabréfsnúmer|Ökuskírteinisnúmer",
    "tr": "Ad Soyad|Telefon|E-posta|Adres|Doğum tarihi|Pasaport No|Ehliyet No",
    "ar": "الاسم الكامل|رقم الجوال|البريد الإلكتروني|العنوان|تاريخ الميلاد|رقم جواز السفر"
    "|رقم رخصة القيادة",
    "he": 'שם מלא|טלפון|דוא"ל|כתובת|תאריך לידה|מספר דרכון|מספר רישיון נהיגה',
    "fa": "نام و نام خانوادگی|تلفن همراه|ایمیل|نشانی|تاریخ تولد|شماره گذرنامه|شماره گواهینامه",
    "hi": "पूरा नाम|फ़ोन|ईमेल|पता|जन्म तिथि|पासपोर्ट नंबर|ड्राइविंग लाइसेंस नंबर",
    "ta": "முழு பெயர்|தொலைபேசி|மின்னஞ்சல்|முகவரி|பிறந்த தேதி|கடவுச்சீட்டு எண்|ஓட்டுநர் உரிம எண்",
    "ur": "پورا نام|فون|ای میل|پتہ|تاریخ پیدائش|پاسپورٹ نمبر|ڈرائیونگ لائسنس نمبر",
    "bn": "পূর্ণ নাম|ফোন|ইমেইল|ঠিকানা|জন্ম তারিখ|পাসপোর্ট নম্বর|ড্রাইভিং লাইসেন্স নম্বর",
    "si": "සම්පූර්ණ නම|දුරකථන|ඊමේල්|ලිපිනය|උපන් දිනය|ගමන් බලපත්‍ර අංකය|රියදුරු බලපත්‍ර අංකය",
    "ne": "पूरा नाम|फोन|इमेल|ठेगाना|जन्म मिति|राहदानी नम्बर|सवारी चालक अनुमतिपत्र नम्बर",
    "th": "ชื่อ-นามสกุล|โทรศัพท์|อีเมล|ที่อยู่|วันเกิด|เลขที่หนังสือเดินทาง|เลขที่ใบขับขี่",
    "my": "အမည်အပြည့်အစုံ|ဖုန်း|အီးမေးလ်|နေရပ်လိပ်စာ|မွေးသက္ကရာဇ်|နိုင်ငံကူးလက်မှတ်အမှတ်|ယာဉ်မောင်းလိုင်စင်အမှတ်",
    "km": "ឈ្មោះពេញ|ទូរស័ព្ទ|អ៊ីមែល|អាសយដ្ឋាន|ថ្ងៃខែឆ្នាំកំណើត|លេខលិខិតឆ្លងដែន|លេខប័ណ្ណបើកបរ",
    "zh": "姓名|手机|邮箱|地址|出生日期|护照号码|驾驶证号",
    "zht": "姓名|電話|電郵|地址|出生日期|護照號碼|駕駛執照號碼",
    "ja": "氏名|電話番号|メールアドレス|住所|生年月日|旅券番号|運転免許証番号",
    "ko": "성명|연락처|이메일|주소|생년월일|여권번호|운전면허번호",
    "mn": "Овог нэр|Утас|И-мэйл|Хаяг|Төрсөн огноо|Гадаад паспортын дугаар"
    "|Жолооны үнэмлэхний дугаар",
    "kk": "Аты-жөні|Телефон|Эл. пошта|Мекенжай|Туған күні|Паспорт нөмірі"
    "|Жүргізуші куәлігінің нөмірі",
    "uz": "F.I.Sh.|Telefon|E-pochta|Manzil|Tug'ilgan sana|Pasport raqami"
    "|Haydovchilik guvohnomasi raqami",
    "az": "Ad, soyad|Telefon|E-poçt|Ünvan|Doğum tarixi|Pasport nömrəsi"
    "|Sürücülük vəsiqəsinin nömrəsi",
    "ka": "სახელი, გვარი|ტელეფონი|ელფოსტა|მისამართი|დაბადების თარიღი|პასპორტის ნომერი"
    "|მართვის მოწმობის ნომერი",
    "hy": "Անուն Ազգանուն|Հեռախոս|Էլ. փոստ|Հասցե|Ծննդյան ամսաթիվ|Անձնագրի համար"
    "|Վարորդական վկայականի համար",
    "vi": "Họ và tên|Số điện thoại|Email|Địa chỉ|Ngày sinh|Số hộ chiếu|Số giấy phép lái xe",
    "id": "Nama lengkap|No. HP|Email|Alamat|Tanggal lahir|No. paspor|No. SIM",
    "ms": "Nama penuh|No. telefon|E-mel|Alamat|Tarikh lahir|No. pasport|No. lesen memandu",
    "tl": "Buong pangalan|Telepono|Email|Tirahan|Petsa ng kapanganakan|Numero ng pasaporte"
    "|Numero ng lisensya",
    "sw": "Jina kamili|Simu|Barua pepe|Anwani|Tarehe ya kuzaliwa|Namba ya pasipoti"
    "|Namba ya leseni ya udereva",
    "am": "ሙሉ ስም|ስልክ|ኢሜይል|አድራሻ|የትውልድ ቀን|የፓስፖርት ቁጥር|የመንጃ ፈቃድ ቁጥር",
    "af": "Volle naam|Telefoon|E-pos|Adres|Geboortedatum|Paspoortnommer|Rybewysnommer",
}

# form headings per language
TITLES = {
    "en": "GUEST REGISTRATION CARD|Tenancy application - applicant details"
    "|Residence permit renewal - section B|Roadside assistance request"
    "|Pet sitting booking form|Parcel redirection request|Gym membership sign-up"
    "|Lost property claim",
    "fr": "FICHE DE POLICE - CLIENT ÉTRANGER|Dossier de location - candidat",
    "es": "PARTE DE ENTRADA DE VIAJEROS|Solicitud de alquiler - datos del inquilino",
    "pt": "FICHA DE HÓSPEDE|Cadastro de locatário",
    "de": "Meldeschein für Beherbergungsstätten|Mieterselbstauskunft",
    "it": "Scheda di notifica alloggiati|Richiesta di locazione - dati del conduttore",
    "nl": "Inschrijfformulier huurder|Gastregistratie",
    "pl": "Karta meldunkowa gościa|Wniosek o najem - dane najemcy",
    "cs": "Přihláška k pobytu|Žádost o pronájem",
    "hu": "Vendégnyilvántartó lap|Bérlői adatlap",
    "ro": "Fișă de înregistrare a oaspetelui|Cerere de închiriere",
    "el": "Δελτίο άφιξης πελάτη|Αίτηση μίσθωσης",
    "sr": "Prijava boravka gosta|Zahtev za zakup stana",
    "uk": "Анкета гостя|Заява на оренду квартири",
    "ru": "Анкета гостя|Заявка на аренду квартиры",
    "sv": "Gästregistrering|Intresseanmälan hyresrätt",
    "fi": "Asiakasrekisteröinti|Vuokrahakemus",
    "is": "Gestaskráning|Umsókn um leiguhúsnæði",
    "tr": "Konaklama Bildirim Formu|Kiracı Bilgi Formu",
    "ar": "استمارة تسجيل النزيل|طلب استئجار شقة",
    "he": "טופס רישום אורח|בקשה לשכירת דירה",
    "fa": "فرم پذیرش مهمان|درخواست اجاره آپارتمان",
    "hi": "अतिथि पंजीकरण फ़ॉर्म|किरायेदार सत्यापन फ़ॉर्म",
    "ta": "விருந்தினர் பதிவு படிவம்|வாடகைதாரர் விவரங்கள்",
    "ur": "مہمان رجسٹریشن فارم|کرایہ دار کی معلومات",
    "bn": "অতিথি নিবন্ধন ফর্ম|ভাড়াটিয়া তথ্য ফর্ম",
    "si": "අමුත්තන් ලියාපදිංචි පෝරමය|කුලී නිවැසියාගේ තොරතුරු",
    "ne": "पाहुना दर्ता फाराम|भाडावाल विवरण फाराम",
    "th": "แบบฟอร์มลงทะเบียนผู้เข้าพัก|ใบสมัครเช่าห้องพัก",
    "my": "ဧည့်သည်မှတ်ပုံတင်ပုံစံ|အိမ်ငှားလျှောက်လွှာ",
    "km": "ទម្រង់ចុះឈ្មោះភ្ញៀវ|ពាក្យស្នើសុំជួលផ្ទះ",
    "zh": "住宿登记表|租房申请表",
    "zht": "住客登記表|租屋申請表",
    "ja": "宿泊者名簿|入居申込書",
    "ko": "숙박객 등록카드|임대차 입주 신청서",
    "mn": "Зочны бүртгэлийн хуудас|Түрээсийн өргөдөл",
    "kk": "Қонақты тіркеу парағы|Пәтер жалдауға өтініш",
    "uz": "Mehmonni ro'yxatga olish varaqasi|Ijaraga olish arizasi",
    "az": "Qonaq qeydiyyat vərəqəsi|Kirayə müraciəti",
    "ka": "სტუმრის რეგისტრაციის ფორმა|ბინის ქირავნობის განაცხადი",
    "hy": "Հյուրի գրանցման թերթիկ|Բնակարանի վարձակալության հայտ",
    "vi": "PHIẾU ĐĂNG KÝ LƯU TRÚ|Đơn đăng ký thuê nhà",
    "id": "FORMULIR REGISTRASI TAMU|Formulir pengajuan sewa kos",
    "ms": "Borang pendaftaran tetamu|Permohonan sewa rumah",
    "tl": "Guest registration form|Aplikasyon sa pag-upa",
    "sw": "Fomu ya usajili wa mgeni|Maombi ya kupanga nyumba",
    "am": "የእንግዳ መመዝገቢያ ቅጽ|የቤት ኪራይ ማመልከቻ",
    "af": "Gasteregistrasievorm|Huuraansoek",
}

# prompt openings people type before pasting something into an assistant
PROMPTS = {
    "en": "Help me reply to my landlord, keep it polite:|Can you summarize this thread for me?"
    "|Translate this notice into English please|Is this message a scam?"
    "|Extract the booking details as JSON|Fix the formatting of this:"
    "|Write a short, firm reply to the seller|What does the driver want? Reply for me."
    "|Make this complaint sound more professional:|Turn this into a table"
    "|Draft a reply to the building manager|Proofread this before I send it:"
    "|Summarize in 3 bullets|tl;dr this please|Help me answer this support ticket",
    "fr": "Aide-moi à répondre poliment à ce message :|Résume cette conversation :",
    "es": "Ayúdame a responder a este mensaje:|Resúmeme este hilo, porfa:",
    "pt": "Me ajuda a responder essa mensagem:|Resume essa conversa pra mim:",
    "de": "Hilf mir, höflich darauf zu antworten:|Fass diesen Verlauf kurz zusammen:",
    "it": "Aiutami a rispondere a questo messaggio:|Riassumi questa conversazione:",
    "nl": "Help me dit netjes te beantwoorden:|Vat dit gesprek samen:",
    "pl": "Pomóż mi odpowiedzieć na tę wiadomość:|Streść tę rozmowę:",
    "ru": "Помоги вежливо ответить на это сообщение:|Кратко перескажи переписку:",
    "uk": "Допоможи ввічливо відповісти:|Стисло перекажи це листування:",
    "tr": "Bu mesaja kibar bir cevap yazmama yardım et:|Bu yazışmayı özetler misin:",
    "ar": "ساعدني في الرد على هذه الرسالة بأدب:|لخص لي هذه المحادثة:",
    "fa": "کمکم کن مودبانه جواب این پیام را بدهم:|این گفتگو را خلاصه کن:",
    "he": "תעזור לי לענות בנימוס להודעה הזאת:|תסכם לי את השרשור:",
    "hi": "इस मैसेज का विनम्र जवाब लिखने में मदद करो:|इस बातचीत का सार बताओ:",
    "zh": "帮我礼貌地回复这条消息：|帮我总结一下这段聊天：",
    "zht": "幫我禮貌地回覆這則訊息：|幫我整理一下這段對話：",
    "ja": "このメッセージへの丁寧な返信を考えてください：|このやり取りを要約してください：",
    "ko": "이 메시지에 정중하게 답장하는 것 좀 도와줘:|이 대화 내용 요약해줘:",
    "vi": "Giúp mình trả lời tin nhắn này cho lịch sự:|Tóm tắt giúp mình đoạn chat này:",
    "th": "ช่วยตอบข้อความนี้แบบสุภาพหน่อย:|สรุปแชทนี้ให้หน่อย:",
    "id": "Tolong bantu balas pesan ini dengan sopan:|Ringkas percakapan ini dong:",
    "ms": "Tolong bantu saya balas mesej ini:|Ringkaskan perbualan ini:",
    "sw": "Nisaidie kujibu ujumbe huu kwa adabu:|Fupisha mazungumzo haya:",
}

# --------------------------------------------------------------------------------------
# chat lines: one message each; participants are persons 1 and 2 (3 is a third person)
# --------------------------------------------------------------------------------------
CHAT = {
    "en": [
        "hi {GIVENLC.2}, this is {GIVEN.1} from flat {NUM}",
        "Hey {GIVEN.2}! I'm outside, white {CAR}, plate {PLATE}",
        "can you call me on {PHONE.5} when you're near",
        "the key box code is {CODE.6}, please reset it after",
        "wifi is {WIFIN} / password {WIFI.7}",
        "sure, send the deposit to {IBAN.8} (name on the account: {FULL.1})",
        "I'll be at the gate at {TIME}, order {ORDER}",
        "my new address is {ADDR.9}",
        "ok thanks {GIVENLC.2} 🙏",
        "is it still available? I can pick up tomorrow from {DIST}",
        "yes still here. {AMT} firm, cash or bank transfer",
        "{GIVEN.3} from upstairs said the water will be off {DATE}",
        "just email me at {EMAIL.1} and I'll forward the receipt",
        "driver here, I'm at {STATION} exit {NUM}, can't find you",
        "sorry running late, traffic on the bypass. 5 min",
        "please leave the parcel with {NAME.3} next door if I'm out",
        "{PET} had her dinner at 6, walked twice, all good",
        "the cleaner ({GIVEN.3}) comes Tuesdays, she has a spare key",
        "can you pick up the kids today? practice ends at {TIME}",
        "thanks!! see you at the {GYM} class",
        "my number changed btw, it's now {PHONE.10}",
        "here's my booking: {PNR}, room {ROOM}, checking in {DATE}",
        "that's fine. my bank details: {FULL.1}, IBAN {IBAN.8}",
        "the OTP they sent is {OTP} but it says expired",
        "lol no worries",
        "ok I paid via {RIDEAPP}, tip included",
        "{MENTION.3} can you confirm for saturday?",
        "the plumber is {NAME.3}, his number {PHONE.11}",
        "Hi, I'm interested in the {ITEM}. Where can I see it?",
        "Would you take {AMT}? I can come by {DIST} after work",
        "please don't give my number to anyone, use {EMAIL.2}",
        "Got it. I'll ring the bell at {ADDR.9}",
        "code for the building door is {CODE.6}#",
        "sent you the tracking: {TRACK}",
        "she's allergic to chicken, the food is in the cupboard",
        "Receipt says {MASK}, is that your card?",
        "the tenant before you, {NAME.3}, still gets mail here",
        "ok see you {DAY} 👍",
        "here's my card for the deposit: {CARD.12}",
        "you can also send it to my btc wallet {BTC.13}",
        "my email is {EMAIL.2}, send the contract there",
    ],
    "fr": [
        "Bonjour {GIVEN.2}, c'est {GIVEN.1}, le propriétaire du {ADDR.9}",
        "Je suis devant, {CAR} gris, plaque {PLATE}",
        "Tu peux m'appeler au {PHONE.5} ?",
        "Le code de la boîte à clés : {CODE.6}",
        "Virement à faire sur {IBAN.8}, au nom de {FULL.1}",
        "Merci {GIVENLC.2} ! Bonne soirée",
        "Le plombier, M. {SUR.3}, passe {DAY} matin",
        "Mon mail : {EMAIL.1}",
    ],
    "es": [
        "Hola {GIVEN.2}, soy {GIVEN.1}, el del piso de {DIST}",
        "Estoy abajo, {CAR} blanco, matrícula {PLATE}",
        "Llámame al {PHONE.5} cuando llegues",
        "La clave del wifi es {WIFI.7}",
        "Hazme la transferencia a {IBAN.8}, titular {FULL.1}",
        "vale, gracias {GIVENLC.2}!!",
        "Vivo en {ADDR.9}, timbre {NUM}",
        "La señora {SUR.3} del segundo dice que hay fuga de agua",
    ],
    "pt": [
        "Oi {GIVEN.2}, aqui é {GIVEN.1}, do apartamento {NUM}",
        "Tô na portaria, {CAR} prata, placa {PLATE}",
        "Me liga no {PHONE.5}",
        "A senha do cofre de chaves é {CODE.6}",
        "Pode mandar o pix pra {EMAIL.1}",
        "meu endereço: {ADDR.9}",
        "valeu {GIVENLC.2}!",
        "A diarista, {GIVEN.3}, vem na {DAY}",
    ],
    "de": [
        "Hallo {GIVEN.2}, hier ist {GIVEN.1} aus dem 3. Stock",
        "Bin unten, {CAR} schwarz, Kennzeichen {PLATE}",
        "Ruf mich kurz an: {PHONE.5}",
        "Der Code für den Schlüsselkasten ist {CODE.6}",
        "Bitte überweis die Kaution an {IBAN.8}, Kontoinhaber {FULL.1}",
        "Meine neue Adresse: {ADDR.9}",
        "Danke dir {GIVENLC.2}!",
        "Frau {SUR.3} von nebenan nimmt das Paket an",
    ],
    "it": [
        "Ciao {GIVEN.2}, sono {GIVEN.1}, il proprietario",
        "Sono sotto casa, {CAR} blu, targa {PLATE}",
        "Chiamami al {PHONE.5}",
        "Il codice del portone è {CODE.6}",
        "Bonifico su {IBAN.8} intestato a {FULL.1}",
        "abito in {ADDR.9}",
        "grazie {GIVENLC.2}!",
    ],
    "nl": [
        "Hoi {GIVEN.2}, met {GIVEN.1} van nummer {NUM}",
        "Ik sta beneden, {CAR}, kenteken {PLATE}",
        "Bel me even op {PHONE.5}",
        "De code van het sleutelkastje is {CODE.6}",
        "Maak de borg over naar {IBAN.8} t.n.v. {FULL.1}",
        "mijn adres: {ADDR.9}",
        "top, bedankt {GIVENLC.2}",
    ],
    "pl": [
        "Dzień dobry, tu {GIVEN.1}, właściciel mieszkania",
        "Jestem pod blokiem, {CAR}, nr rej. {PLATE}",
        "Proszę dzwonić: {PHONE.5}",
        "Kod do skrytki na klucze: {CODE.6}",
        "Kaucję proszę przelać na {IBAN.8}, odbiorca {FULL.1}",
        "mój adres: {ADDR.9}",
        "dzięki {GIVENLC.2}!",
    ],
    "cs": [
        "Dobrý den, tady {GIVEN.1}, majitel bytu",
        "Zavolejte mi na {PHONE.5}",
        "Kód ke schránce na klíče je {CODE.6}",
        "Kauci pošlete na {IBAN.8}, majitel účtu {FULL.1}",
        "adresa: {ADDR.9}",
    ],
    "hu": [
        "Szia {GIVEN.2}, {GIVEN.1} vagyok a harmadikról",
        "Hívj a {PHONE.5} számon",
        "A kulcsdoboz kódja: {CODE.6}",
        "A kauciót a {IBAN.8} számlára kérem, kedvezményezett: {FULL.1}",
        "a címem: {ADDR.9}",
    ],
    "ro": [
        "Bună {GIVEN.2}, sunt {GIVEN.1}, proprietarul",
        "Sunați-mă la {PHONE.5}",
        "Codul de la cutia cu chei este {CODE.6}",
        "Garanția în contul {IBAN.8}, titular {FULL.1}",
        "adresa mea: {ADDR.9}",
    ],
    "el": [
        "Γεια σου {GIVEN.2}, είμαι ο {GIVEN.1} από το διαμέρισμα",
        "Πάρε με στο {PHONE.5}",
        "Ο κωδικός για το κουτί με τα κλειδιά είναι {CODE.6}",
        "Η διεύθυνση: {ADDR.9}",
        "ευχαριστώ {GIVEN.2}!",
    ],
    "sr": [
        "Zdravo {GIVEN.2}, ovde {GIVEN.1}, vlasnik stana",
        "Pozovi me na {PHONE.5}",
        "Šifra za kutiju sa ključevima je {CODE.6}",
        "adresa: {ADDR.9}",
    ],
    "uk": [
        "Привіт, {GIVEN.2}! Це {GIVEN.1}, власник квартири",
        "Я біля під'їзду, номер авто {PLATE}",
        "Телефонуйте: {PHONE.5}",
        "Код від сейфа з ключами: {CODE.6}",
        "Моя адреса: {ADDR.9}",
        "Дякую, {GIVEN.2}!",
    ],
    "ru": [
        "Здравствуйте, {GIVEN.2}! Это {GIVEN.1}, хозяйка квартиры",
        "Я у подъезда, {CAR}, номер {PLATE}",
        "Позвоните мне: {PHONE.5}",
        "Код от домофона {CODE.6}",
        "Залог переведите на карту {CARD.12}, получатель {FULL.1}",
        "мой адрес: {ADDR.9}",
        "спасибо, {GIVENLC.2}!",
        "Сантехник {NAME.3} придёт завтра, его номер {PHONE.11}",
    ],
    "sv": [
        "Hej {GIVEN.2}, det är {GIVEN.1} på tredje våningen",
        "Ring mig på {PHONE.5}",
        "Koden till nyckelboxen är {CODE.6}",
        "min adress: {ADDR.9}",
        "tack {GIVENLC.2}!",
    ],
    "fi": [
        "Moi {GIVEN.2}, täällä {GIVEN.1} kolmannesta kerroksesta",
        "Soita numeroon {PHONE.5}",
        "Avainlaatikon koodi on {CODE.6}",
        "osoite: {ADDR.9}",
    ],
    "is": [
        "Hæ {GIVEN.2}, þetta er {GIVEN.1}",
        "Hringdu í mig í {PHONE.5}",
        "Lykilboxið er með kóðann {CODE.6}",
        "heimilisfang: {ADDR.9}",
    ],
    "tr": [
        "Merhaba {GIVEN.2} Hanım, ben {GIVEN.1}, ev sahibiyim",
        "Aşağıdayım, plaka {PLATE}",
        "Beni {PHONE.5} numarasından arayın",
        "Anahtar kutusunun şifresi {CODE.6}",
        "Depozitoyu {IBAN.8} hesabına, alıcı {FULL.1}",
        "adresim: {ADDR.9}",
        "teşekkürler {GIVENLC.2}",
    ],
    "ar": [
        "مرحبا {GIVEN.2}، معك {GIVEN.1} صاحب الشقة",
        "أنا تحت العمارة، السيارة رقم {PLATE}",
        "اتصل بي على {PHONE.5}",
        "رمز صندوق المفاتيح {CODE.6}",
        "حوّل التأمين إلى الآيبان {IBAN.8} باسم {FULL.1}",
        "العنوان: {ADDR.9}",
        "شكرا {GIVEN.2}",
    ],
    "he": [
        "היי {GIVEN.2}, זה {GIVEN.1} מהדירה למעלה",
        "תתקשר אליי ל-{PHONE.5}",
        "הקוד של תיבת המפתחות הוא {CODE.6}",
        "הכתובת: {ADDR.9}",
    ],
    "fa": [
        "سلام {GIVEN.2} جان، {GIVEN.1} هستم، صاحبخانه",
        "با این شماره تماس بگیرید: {PHONE.5}",
        "رمز جعبه کلید {CODE.6} است",
        "نشانی: {ADDR.9}",
    ],
    "hi": [
        "नमस्ते {GIVEN.2} जी, मैं {GIVEN.1} बोल रहा हूँ, मकान मालिक",
        "मुझे {PHONE.5} पर कॉल करें",
        "गेट का कोड {CODE.6} है",
        "पता: {ADDR.9}",
        "bhai main gate pe hoon, {CAR} {PLATE}",
        "ok {GIVENLC.2} ji, dhanyavaad",
    ],
    "ta": [
        "வணக்கம் {GIVEN.2}, நான் {GIVEN.1}",
        "என்னை {PHONE.5} எண்ணில் அழைக்கவும்",
        "முகவரி: {ADDR.9}",
    ],
    "ur": [
        "السلام علیکم {GIVEN.2} صاحب، میں {GIVEN.1} بات کر رہا ہوں",
        "مجھے {PHONE.5} پر کال کریں",
        "پتہ: {ADDR.9}",
    ],
    "bn": [
        "নমস্কার {GIVEN.2}, আমি {GIVEN.1}, বাড়িওয়ালা",
        "আমাকে {PHONE.5} নম্বরে ফোন করুন",
        "ঠিকানা: {ADDR.9}",
    ],
    "si": [
        "ආයුබෝවන් {GIVEN.2}, මම {GIVEN.1}",
        "මට {PHONE.5} අංකයට කතා කරන්න",
        "ලිපිනය: {ADDR.9}",
    ],
    "ne": [
        "नमस्ते {GIVEN.2} जी, म {GIVEN.1}, घरबेटी",
        "मलाई {PHONE.5} मा फोन गर्नुहोस्",
        "ठेगाना: {ADDR.9}",
    ],
    "th": [
        "สวัสดีค่ะคุณ{GIVEN.2} ดิฉัน{GIVEN.1} เจ้าของห้องนะคะ",
        "ถึงแล้วครับ รถ {CAR} ทะเบียน {PLATE}",
        "โทรหาได้ที่ {PHONE.5}",
        "รหัสกล่องกุญแจคือ {CODE.6}",
        "ที่อยู่: {ADDR.9}",
        "ขอบคุณค่ะ",
    ],
    "my": [
        "မင်္ဂလာပါ {GIVEN.2}၊ ကျွန်တော် {GIVEN.1} ပါ",
        "{PHONE.5} ကို ဖုန်းဆက်ပါ",
        "လိပ်စာ - {ADDR.9}",
    ],
    "km": [
        "សួស្តី {GIVEN.2} ខ្ញុំ {GIVEN.1}",
        "សូមទូរស័ព្ទមក {PHONE.5}",
        "អាសយដ្ឋាន៖ {ADDR.9}",
    ],
    "zh": [
        "{GIVEN.2}你好，我是房东{NAME.1}",
        "我到楼下了，车牌{PLATE}",
        "有事打我电话 {PHONE.5}",
        "密码锁是{CODE.6}",
        "押金转到这个卡上：{CARD.12}，户名{FULL.1}",
        "地址：{ADDR.9}",
        "好的谢谢",
    ],
    "zht": [
        "{GIVEN.2}你好，我是{NAME.1}",
        "到樓下了，車牌{PLATE}",
        "打這支電話給我 {PHONE.5}",
        "門鎖密碼是{CODE.6}",
        "地址：{ADDR.9}",
    ],
    "ja": [
        "{SUR.2}さん、こんにちは。{SUR.1}です",
        "下に着きました。{CAR}、ナンバー{PLATE}です",
        "何かあれば{PHONE.5}までご連絡ください",
        "キーボックスの暗証番号は{CODE.6}です",
        "住所は{ADDR.9}です",
        "ありがとうございます！",
    ],
    "ko": [
        "{GIVEN.2}님 안녕하세요, 집주인 {NAME.1}입니다",
        "도착했어요. {CAR}, 차번호 {PLATE}",
        "{PHONE.5}로 연락주세요",
        "현관 비밀번호는 {CODE.6}입니다",
        "주소: {ADDR.9}",
        "감사합니다~",
    ],
    "mn": [
        "Сайн байна уу {GIVEN.2}, би {GIVEN.1} байна",
        "{PHONE.5} руу залгаарай",
        "Хаяг: {ADDR.9}",
    ],
    "kk": [
        "Сәлеметсіз бе, {GIVEN.2}! Бұл {GIVEN.1}",
        "Маған {PHONE.5} нөміріне хабарласыңыз",
        "Мекенжай: {ADDR.9}",
    ],
    "uz": [
        "Assalomu alaykum {GIVEN.2}, men {GIVEN.1}, uy egasiman",
        "{PHONE.5} raqamiga qo'ng'iroq qiling",
        "Manzil: {ADDR.9}",
    ],
    "az": [
        "Salam {GIVEN.2}, mən {GIVEN.1}, ev sahibiyəm",
        "{PHONE.5} nömrəsinə zəng edin",
        "Ünvan: {ADDR.9}",
    ],
    "ka": [
        "გამარჯობა {GIVEN.2}, {GIVEN.1} ვარ",
        "დამირეკეთ {PHONE.5}",
        "მისამართი: {ADDR.9}",
    ],
    "hy": [
        "Բարև {GIVEN.2}, ես {GIVEN.1}-ն եմ",
        "Զանգահարեք {PHONE.5}",
        "Հասցե՝ {ADDR.9}",
    ],
    "vi": [
        "Chào {GIVEN.2}, mình là {GIVEN.1}, chủ nhà",
        "Anh tới rồi, xe {CAR} biển số {PLATE}",
        "Gọi mình số {PHONE.5} nhé",
        "Mật khẩu cửa là {CODE.6}",
        "Địa chỉ: {ADDR.9}",
        "ok cảm ơn {GIVENLC.2}",
    ],
    "id": [
        "Halo kak {GIVEN.2}, saya {GIVEN.1} pemilik kos",
        "Saya sudah di depan, {CAR} plat {PLATE}",
        "Hubungi saya di {PHONE.5} ya",
        "Kode kunci pintu {CODE.6}",
        "Transfer DP ke rekening a.n. {FULL.1} ya kak",
        "alamat: {ADDR.9}",
        "makasih {GIVENLC.2}",
    ],
    "ms": [
        "Hai {GIVEN.2}, saya {GIVEN.1}, tuan rumah",
        "Call saya {PHONE.5}",
        "Kod peti kunci {CODE.6}",
        "alamat: {ADDR.9}",
    ],
    "tl": [
        "Hi {GIVEN.2}! Si {GIVEN.1} to, yung may-ari ng unit",
        "Andito na po ako sa baba, plate {PLATE}",
        "Tawagan mo ako sa {PHONE.5}",
        "Yung code ng lockbox ay {CODE.6}",
        "address: {ADDR.9}",
        "salamat {GIVENLC.2}!",
    ],
    "sw": [
        "Habari {GIVEN.2}, ni {GIVEN.1}, mwenye nyumba",
        "Niko nje, gari {CAR} namba {PLATE}",
        "Nipigie kwa {PHONE.5}",
        "Tuma kodi kwa M-Pesa namba {PHONE.5}, jina {FULL.1}",
        "anwani: {ADDR.9}",
        "asante {GIVENLC.2}",
    ],
    "am": [
        "ሰላም {GIVEN.2}፣ እኔ {GIVEN.1} ነኝ",
        "በ{PHONE.5} ደውልልኝ",
        "አድራሻ፦ {ADDR.9}",
    ],
    "af": [
        "Hallo {GIVEN.2}, dis {GIVEN.1} hier, die verhuurder",
        "Bel my asseblief by {PHONE.5}",
        "Die kode vir die sleutelkas is {CODE.6}",
        "adres: {ADDR.9}",
    ],
}

# --------------------------------------------------------------------------------------
# locales. Pools are "|"-separated; "native=roman" pairs where a script has both forms;
# gendered family names "m/f"; towns "town;postcode-pattern". Patterns: # digit,
# @ capital letter, ^ a literal "#". Address formats use {n} {st} {dist} {tw} {pc}
# {flat} {bld}; "a" is the romanized form, "na" the native one.
# --------------------------------------------------------------------------------------
LOCALES: list[dict] = []


def _L(lid: str, country: str, region: str, langs: str, style: str, **kw: str) -> None:
    LOCALES.append(dict(id=lid, c=country, r=region, L=langs, s=style, **kw))


# ---------------------------------------------------------------- Africa
_L(
    "ng",
    "Nigeria",
    "Africa",
    "en",
    "w",
    gm="Chinedu|Oluwaseun|Emeka|Abubakar|Tunde|Ibrahim|Obinna|Ayodele|Musa|Chukwuemeka|Segun|Femi",
    gf="Ngozi|Funmilayo|Aisha|Adaeze|Yetunde|Zainab|Chiamaka|Bukola|Hauwa|Folake|Nkechi|Temitope",
    fam="Okafor|Adeyemi|Okonkwo|Balogun|Bello|Eze|Nwosu|Ogunleye|Abdullahi|Olawale|Adebayo|Uche"
    "|Onyekachi|Oyelaran|Danjuma",
    st="Adeola Odeku Street|Herbert Macaulay Way|Allen Avenue|Awolowo Road|Ogunlana Drive"
    "|Admiralty Way|Aminu Kano Crescent",
    dist="Victoria Island|Ikeja GRA|Surulere|Lekki Phase 1|Yaba|Wuse 2|Garki|Bodija",
    tw="Lagos;1012##|Abuja;9001##|Ibadan;2002##|Enugu;4001##|Port Harcourt;5001##",
    a="{n} {st}, {dist}, {tw}|Flat {flat}, {bld}, {n} {st}, {dist}, {tw} {pc}|{n}, {st}, {dist},"
    " {tw}",
    flat="#@|##|@#",
    bld="Eko Court|Banana Heights|Palm Grove Estate|Bourdillon Court",
    ph="0803 ### ####|0813 ### ####|0706 ### ####|+234 803 ### ####|+234 906 ### ####"
    "|+234815#######|0805-###-####",
    ml="gmail.com|yahoo.com|outlook.com",
    hm="Mr|Chief|Alhaji",
    hf="Mrs|Ms|Alhaja",
    cur="₦{a}|NGN {a}",
    pl="@@@ ### @@",
    dl="@@@#####@@##",
    pp="@########",
    ap="LOS Murtala Muhammed International|ABV Nnamdi Azikiwe International",
    biz="MTN|Glo|Airtel|Ikeja Electric|Jumia|Bolt|GIG Logistics|Chowdeck",
)
_L(
    "gh",
    "Ghana",
    "Africa",
    "en",
    "w",
    gm="Kwame|Kofi|Kwabena|Yaw|Kojo|Kwaku|Nana|Ebo|Fiifi|Selorm|Kwesi",
    gf="Ama|Akosua|Abena|Efua|Adwoa|Esi|Afia|Yaa|Naa|Dzifa|Akua",
    fam="Mensah|Owusu|Boateng|Asante|Ofori|Appiah|Agyeman|Darko|Quaye|Tetteh|Amoah|Addo"
    "|Ankrah|Osei-Bonsu",
    st="Oxford Street|Ring Road East|Liberation Road|Spintex Road|Nii Nortei Nyanchi Street"
    "|Osu Badu Street|Lagos Avenue",
    dist="Osu|East Legon|Cantonments|Airport Residential Area|Dansoman|Labone",
    tw="Accra;GA-###-####|Kumasi;AK-###-####|Tema;GT-###-####|Takoradi;WS-###-####",
    a="{n} {st}, {dist}, {tw}|House No. {n}, {st}, {dist}, {tw} ({pc})|{pc}, {n} {st}, {dist}",
    ph="024 ### ####|+233 24 ### ####|055 ### ####|+233 55 ### ####|020#######|+233 27 ### ####",
    ml="gmail.com|yahoo.com",
    hm="Mr|Nana",
    hf="Mrs|Madam",
    cur="GH₵{a}|GHS {a}",
    pl="GR ####-##|GT ####-##",
    pp="G#######",
    ap="ACC Kotoka International",
    biz="MTN MoMo|Telecel Cash|ECG|Yango|Bolt|Jumia",
)
_L(
    "ke",
    "Kenya",
    "Africa",
    "en|sw",
    "w",
    gm="Brian|Kevin|Otieno|Kipchoge|Dennis|Omondi|Kiprotich|Baraka|Juma|Wafula|Kamau|Mwangi",
    gf="Wanjiru|Akinyi|Faith|Njeri|Chebet|Atieno|Wambui|Mercy|Nyambura|Achieng|Jeptoo|Zawadi",
    fam="Mwangi|Odhiambo|Kamau|Wanjiku|Kiprono|Otieno|Mutua|Njoroge|Ochieng|Kariuki|Wekesa|Chege"
    "|Korir|Muthoni",
    st="Ngong Road|Argwings Kodhek Road|Kindaruma Road|Moi Avenue|Lenana Road|Riverside Drive"
    "|Kiambu Road",
    dist="Kilimani|Westlands|Lavington|Kileleshwa|South B|Ruaka|Nyali",
    tw="Nairobi;00100|Mombasa;80100|Kisumu;40100|Nakuru;20100|Eldoret;30100",
    a="{bld}, {flat}, {st}, {dist}, {tw}|House {n}, {st}, {dist}, {tw}"
    "|{flat}, {bld}, off {st}, {dist}, {tw} {pc}",
    flat="Apt @#|House ##|Flat #@",
    bld="Ruby Court|Kindaruma Gardens|Amani Apartments|Sunrise Villas",
    ph="07## ### ###|+254 7## ### ###|+2547########|0110 ### ###|+254 110 ### ###",
    ml="gmail.com|yahoo.com|outlook.com",
    hm="Mr|Bw.",
    hf="Mrs|Ms|Bi.",
    cur="KES {a}|Ksh {a}",
    pl="K@@ ###@",
    dl="@########",
    pp="AK#######",
    ap="NBO Jomo Kenyatta International|MBA Moi International|KIS Kisumu International",
    biz="Safaricom|M-Pesa|Kenya Power|Nairobi Water|Little Cab|Glovo|Jumia|Naivas",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "tz",
    "Tanzania",
    "Africa",
    "sw|en",
    "w",
    gm="Juma|Baraka|Hamisi|Rashidi|Emmanuel|Godfrey|Salim|Idrisa|Faraji|Joseph",
    gf="Neema|Rehema|Zawadi|Mwanaisha|Halima|Upendo|Amina|Subira|Imani|Grace",
    fam="Mushi|Massawe|Kimaro|Mwakyusa|Mollel|Lyimo|Shirima|Mrema|Mfinanga|Kombo|Msuya|Temba",
    st="Samora Avenue|Ali Hassan Mwinyi Road|Haile Selassie Road|Toure Drive|Kawawa Road"
    "|Bibi Titi Mohamed Street",
    dist="Masaki|Oyster Bay|Mikocheni|Sinza|Kariakoo|Mbezi Beach",
    tw="Dar es Salaam;14###|Arusha;23###|Dodoma;41###|Mwanza;33###|Zanzibar;71###",
    a="Plot {n}, {st}, {dist}, {tw}|{bld}, {flat}, {st}, {dist}, {tw}"
    "|House No. {n}, {dist}, {st}, {tw} {pc}",
    flat="Apt ##|Flat #@",
    bld="Msasani Heights|Palm Residency|Coco Towers",
    ph="07## ### ###|+255 7## ### ###|0655 ### ###|+255 65# ### ###|+255 754 ######",
    ml="gmail.com|yahoo.com",
    hm="Bw.|Mzee",
    hf="Bi.|Mama",
    cur="TSh {a}|TZS {a}",
    pl="T ### @@@",
    pp="@@######",
    ap="DAR Julius Nyerere International|JRO Kilimanjaro International|ZNZ Abeid Amani Karume",
    biz="Vodacom|M-Pesa|Tigo Pesa|TANESCO|Bolt|Azam Marine",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "ug",
    "Uganda",
    "Africa",
    "en",
    "w",
    gm="Moses|Isaac|Ronald|Brian|Okello|Mugisha|Tumusiime|Henry|Patrick|Denis|Ssentongo",
    gf="Sarah|Nakato|Babirye|Agnes|Prossy|Grace|Harriet|Esther|Kyomuhendo|Nalule",
    fam="Ssempijja|Mukasa|Okello|Mugisha|Tumusiime|Kato|Byaruhanga|Ssebunya|Nabukenya|Namutebi"
    "|Atuhaire|Wasswa|Kiggundu",
    st="Kampala Road|Acacia Avenue|Lumumba Avenue|Bukoto Street|Kira Road|Ggaba Road",
    dist="Kololo|Ntinda|Muyenga|Bugolobi|Naguru|Kansanga",
    tw="Kampala;|Entebbe;|Jinja;|Mbarara;|Gulu;",
    a="Plot {n}, {st}, {dist}, {tw}|{flat}, {bld}, Plot {n} {st}, {dist}, {tw}",
    flat="Apt #@|Unit ##",
    bld="Kololo Courts|Naguru Heights|Acacia Place",
    ph="07## ######|+256 7## ### ###|0772 ### ###|+256 70# ######|0414 ######",
    ml="gmail.com|yahoo.com",
    hm="Mr",
    hf="Mrs|Ms|Madam",
    cur="UGX {a}|USh {a}",
    pl="U@@ ###@",
    pp="@#######",
    ap="EBB Entebbe International",
    biz="MTN MoMo|Airtel Money|Umeme|SafeBoda|Jumia Food|NWSC",
)
_L(
    "rw",
    "Rwanda",
    "Africa",
    "en|fr",
    "w",
    gm="Jean Bosco|Eric|Olivier|Emmanuel|Claude|Patrick|Innocent|Fabrice|Théoneste|Aimable",
    gf="Aline|Diane|Chantal|Clarisse|Josiane|Grace|Solange|Divine|Keza|Sandrine",
    fam="Uwimana|Habimana|Niyonzima|Mugisha|Nshimiyimana|Ingabire|Mukamana|Uwase|Hakizimana"
    "|Nsengiyumva|Iradukunda|Munyaneza",
    st="KG 7 Ave|KN 4 Ave|KK 15 Rd|KG 11 Ave|KN 82 St|KG 541 St",
    dist="Kacyiru|Kimihurura|Nyarutarama|Kicukiro|Remera|Gisozi",
    tw="Kigali;|Musanze;|Huye;|Rubavu;",
    a="{st}, No. {n}, {dist}, {tw}|House {n}, {st}, {dist}, {tw}",
    ph="078 ### ####|+250 78# ### ###|072#######|+250 73# ### ###|0788 ### ###",
    ml="gmail.com|yahoo.fr",
    hm="M.",
    hf="Mme",
    cur="RWF {a}|{a} Frw",
    pl="R@@ ###@",
    pp="PC######",
    ap="KGL Kigali International",
    biz="MTN MoMo|Airtel|REG|Yego Cab|Move|Vuba Vuba",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "et",
    "Ethiopia",
    "Africa",
    "am|en",
    "et",
    gm="አበበ=Abebe|ተስፋዬ=Tesfaye|ዳዊት=Dawit|ሰለሞን=Solomon|ብርሃኑ=Birhanu|ዮሐንስ=Yohannes"
    "|ሙሉጌታ=Mulugeta|ግርማ=Girma|በቀለ=Bekele|ታደሰ=Tadesse|ካሳሁን=Kassahun|ደረጀ=Dereje",
    gf="ሄለን=Helen|ትዕግስት=Tigist|መሰረት=Meseret|ሰላማዊት=Selamawit|ቤተልሔም=Bethlehem|ሃና=Hanna"
    "|ፍሬሕይወት=Frehiwot|አልማዝ=Almaz|የምስራች=Yemisrach|ማህሌት=Mahlet",
    st="ወረዳ 03=Woreda 03|ወረዳ 08=Woreda 08|ወረዳ 11=Woreda 11|ወረዳ 05=Woreda 05",
    dist="ቦሌ=Bole|ካዛንቺስ=Kazanchis|ሲኤምሲ=CMC|ፒያሳ=Piassa|ሳር ቤት=Sar Bet|ጎሮ=Goro",
    tw="አዲስ አበባ=Addis Ababa;|ባሕር ዳር=Bahir Dar;|ሐዋሳ=Hawassa;|ድሬ ዳዋ=Dire Dawa;",
    a="House No. {n}, {st}, {dist}, {tw}|{dist}, {st}, H.No. {n}, {tw}",
    na="{tw}፣ {dist}፣ {st}፣ የቤት ቁጥር {n}",
    hn="####|###",
    ph="09## ## ## ##|+251 9## ### ###|+251 91 ### ####|0911 ######|07## ### ###",
    ml="gmail.com|yahoo.com",
    hm="አቶ",
    hf="ወ/ሮ|ወ/ሪት",
    cur="ETB {a}|{a} ብር",
    pl="#-@#####",
    pp="EP#######",
    cal="et",
    ap="ADD Bole International",
    biz="Ethio Telecom|telebirr|EEU|Ride|Feres|Safaricom Ethiopia",
    df="{dd}/{mm}/{Y}",
)
_L(
    "za",
    "South Africa",
    "Africa",
    "en|af",
    "w",
    gm="Thabo|Sipho|Johan|Pieter|Themba|Mandla|Lwazi|Ruan|Kagiso|Sibusiso|Francois|Tshepo",
    gf="Nomvula|Lerato|Anri|Zanele|Thandiwe|Naledi|Marelize|Busisiwe|Lindiwe|Carla|Refilwe|Annelie",
    fam="Nkosi|Dlamini|van der Merwe|Botha|Mokoena|Khumalo|Ndlovu|Pretorius|du Plessis|Mahlangu"
    "|Naidoo|Jacobs|Molefe|Coetzee|van Wyk",
    st="Jan Smuts Avenue|Long Street|Main Road|Beach Road|Rivonia Road|Voortrekker Road"
    "|Kloof Street|Florida Road",
    dist="Sea Point|Sandton|Rosebank|Observatory|Melville|Umhlanga|Hatfield|Claremont",
    tw="Cape Town;8001|Johannesburg;2196|Durban;4001|Pretoria;0083|Gqeberha;6001|Stellenbosch;7600",
    a="{n} {st}, {dist}, {tw}, {pc}|{flat}, {bld}, {n} {st}, {dist}, {tw} {pc}"
    "|{n} {st}\n{dist}\n{tw}\n{pc}",
    flat="Unit ##|Flat ##|Apt ###",
    bld="Sea Breeze|The Pinnacle|Kloof Views|Oxford Terrace",
    ph="08# ### ####|+27 8# ### ####|07# ### ####|+27 7# ### ####|021 ### ####|011 ### ####"
    "|+27 (0)82 ### ####",
    ml="gmail.com|webmail.co.za|mweb.co.za|outlook.com",
    hm="Mnr.",
    hf="Mev.",
    cur="R{a}|ZAR {a}",
    pl="CA ###-###|@@ ## @@ GP",
    dl="##########@@",
    pp="@########",
    ap="CPT Cape Town International|JNB O. R. Tambo International|DUR King Shaka International",
    biz="Eskom|City Power|Vodacom|MTN|Takealot|Mr D|Checkers Sixty60|Uber",
    df="{Y}/{mm}/{dd}|{d} {M} {Y}",
)
_L(
    "eg",
    "Egypt",
    "Africa",
    "ar|en",
    "ar",
    gm="محمد=Mohamed|أحمد=Ahmed|محمود=Mahmoud|مصطفى=Mostafa|عمرو=Amr|كريم=Karim|يوسف=Youssef"
    "|طارق=Tarek|شريف=Sherif|حسام=Hossam|مينا=Mina|بيتر=Peter",
    gf="فاطمة=Fatma|منى=Mona|نورهان=Nourhan|ياسمين=Yasmine|سارة=Sara|هبة=Heba|دينا=Dina"
    "|مريم=Mariam|رانيا=Rania|إيمان=Eman",
    fam="عبد الرحمن=Abdelrahman|السيد=El-Sayed|حسن=Hassan|إبراهيم=Ibrahim|عبد العزيز=Abdelaziz"
    "|الشريف=El-Sherif|منصور=Mansour|فهمي=Fahmy|جرجس=Girgis|سليمان=Soliman|النجار=El-Naggar"
    "|عثمان=Osman",
    st="شارع التحرير=El Tahrir St.|شارع جامعة الدول العربية=Gameat El Dewal El Arabeya St."
    "|شارع 9=Street 9|شارع مصدق=Mossadak St.|شارع الهرم=El Haram St.|شارع النصر=El Nasr Rd.",
    dist="الدقي=Dokki|المعادي=Maadi|الزمالك=Zamalek|مدينة نصر=Nasr City|المهندسين=Mohandessin"
    "|سموحة=Smouha",
    tw="القاهرة=Cairo;11###|الجيزة=Giza;12###|الإسكندرية=Alexandria;21###",
    a="{n} {st}, {flat}, {dist}, {tw} {pc}|Building {n}, {st}, {flat}, {dist}, {tw}",
    na="{n} {st}، {flat}، {dist}، {tw}|عمارة {n}، {st}، {dist}، {tw}",
    flat="شقة ##=Apt ##|الدور #، شقة #=Floor #, Apt #",
    ph="010 #### ####|+20 10 #### ####|012########|+20 11 #### ####|015 #### ####|02 #### ####",
    ml="gmail.com|yahoo.com|hotmail.com",
    hm="الأستاذ|السيد",
    hf="الأستاذة|السيدة|مدام",
    cur="{a} ج.م|EGP {a}",
    pl="ق ط م ####|س ن ع ###",
    pp="A########",
    ib="EG",
    dg="ar",
    ap="CAI Cairo International|HBE Borg El Arab",
    biz="Vodafone Egypt|Orange|WE|Talabat|Careem|Uber|InstaPay|Swvl",
    df="{d}/{m}/{Y}|{d} {M} {Y}",
)
_L(
    "ma",
    "Morocco",
    "Africa",
    "fr|ar|en",
    "ar",
    gm="محمد=Mohammed|يوسف=Youssef|أمين=Amine|هشام=Hicham|رشيد=Rachid|عمر=Omar|مهدي=Mehdi"
    "|أنس=Anas|كريم=Karim|سفيان=Soufiane",
    gf="فاطمة الزهراء=Fatima Zahra|خديجة=Khadija|سلمى=Salma|إيمان=Imane|مريم=Meryem|هاجر=Hajar"
    "|نادية=Nadia|ثناء=Sanae|غيثة=Ghita|لمياء=Lamia",
    fam="العلوي=El Alaoui|بناني=Bennani|التازي=Tazi|الإدريسي=El Idrissi|برادة=Berrada"
    "|الفاسي=El Fassi|بنجلون=Benjelloun|الشرقاوي=Cherkaoui|الوزاني=Ouazzani|أمزيان=Amziane",
    st="Boulevard Zerktouni|Rue Ibn Batouta|Avenue Mohammed V|Rue de Fès|Boulevard Anfa"
    "|Rue Moulay Youssef|Derb Sidi Bouloukat",
    dist="Maârif|Gauthier|Agdal|Hay Riad|Guéliz|Médina|Racine",
    tw="Casablanca;20###|Rabat;10###|Marrakech;40###|Fès;30###|Tanger;90###",
    a="{n}, {st}, {flat}, {dist}, {pc} {tw}|{st}, Résidence {bld}, {flat}, {dist}, {tw}"
    "|{n} {st}, {pc} {tw}",
    flat="Appt ##|Étage #, Appt #",
    bld="Les Jardins d'Anfa|Al Andalous|Yasmine",
    ph="06 ## ## ## ##|+212 6 ## ## ## ##|07 ## ## ## ##|+2126########|05 22 ## ## ##",
    ml="gmail.com|hotmail.fr|menara.ma|yahoo.fr",
    hm="M.",
    hf="Mme|Mlle",
    cur="{a} MAD|{a} DH",
    pl="#####-@-##",
    pp="@@#######",
    nb="ar",
    ap="CMN Mohammed V International|RAK Marrakech Menara|TNG Ibn Battouta",
    biz="Maroc Telecom|inwi|Lydec|Glovo|Careem|Avito.ma",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "tn",
    "Tunisia",
    "Africa",
    "fr|ar",
    "ar",
    gm="أمين=Amine|وليد=Walid|سامي=Sami|هيثم=Haythem|مهدي=Mehdi|ياسين=Yassine|بلال=Bilel|أيمن=Aymen",
    gf="أميرة=Amira|مريم=Mariem|ريم=Rim|إيناس=Ines|سيرين=Syrine|نسرين=Nesrine|أسماء=Asma"
    "|خولة=Khaoula",
    fam="بن صالح=Ben Salah|الطرابلسي=Trabelsi|الجبالي=Jebali|الغربي=Gharbi|بن عمار=Ben Ammar"
    "|الشابي=Chebbi|المصمودي=Masmoudi|الزواري=Zouari|الحمامي=Hammami|الفرجاني=Ferjani",
    st="Avenue Habib Bourguiba|Rue de Marseille|Avenue de la Liberté|Rue Ibn Khaldoun"
    "|Avenue Hédi Nouira|Rue du Lac Malaren",
    dist="Lafayette|El Menzah 6|Les Berges du Lac|La Marsa|Ennasr 2|Sidi Bou Saïd",
    tw="Tunis;10##|Sfax;30##|Sousse;40##|Ariana;20##",
    a="{n} {st}, {dist}, {pc} {tw}|{st}, Résidence {bld}, {flat}, {dist}, {tw} {pc}",
    flat="Appt A#|Bloc @, Appt ##",
    bld="Les Jasmins|El Yasmine|Carthage Palace",
    ph="2# ### ###|+216 2# ### ###|9# ### ###|+216 5# ### ###|71 ### ###",
    ml="gmail.com|yahoo.fr|topnet.tn",
    hm="M.|Si",
    hf="Mme",
    cur="{a} TND|{a} DT",
    pl="### تونس ####",
    pp="@######",
    ib="TN",
    nb="ar",
    ap="TUN Tunis-Carthage|DJE Djerba-Zarzis",
    biz="Tunisie Telecom|Ooredoo|STEG|SONEDE|Bolt|Glovo",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "sn",
    "Senegal",
    "Africa",
    "fr|en",
    "w",
    gm="Mamadou|Cheikh|Ousmane|Abdoulaye|Moussa|Ibrahima|Modou|Serigne|Pape|Babacar|Souleymane",
    gf="Fatou|Aminata|Awa|Mariama|Khady|Ndeye|Astou|Coumba|Aïssatou|Bineta|Seynabou",
    fam="Diop|Ndiaye|Fall|Sow|Diallo|Ba|Sarr|Faye|Gueye|Mbaye|Thiam|Cissé|Niang|Kane|Sy",
    st="Rue Carnot|Avenue Cheikh Anta Diop|Route de Ngor|Rue 10|Boulevard du Sud"
    "|Allées Papa Guèye Fall|Rue Mohamed V",
    dist="Plateau|Mermoz|Sacré-Cœur 3|Almadies|Ouakam|Point E|Liberté 6",
    tw="Dakar;|Thiès;|Saint-Louis;|Mbour;",
    a="Villa n° {n}, {dist}, {tw}|{n}, {st}, {dist}, {tw}|{flat}, Immeuble {bld}, {st}, {dist},"
    " {tw}",
    flat="Appt ##|Étage #",
    bld="Fahd|Kébé|Les Cocotiers",
    ph="77 ### ## ##|+221 77 ### ## ##|78 ### ## ##|76 ### ## ##|70 ### ## ##|33 8## ## ##",
    ml="gmail.com|yahoo.fr|orange.sn",
    hm="M.",
    hf="Mme",
    cur="{a} FCFA|{a} XOF",
    pl="DK-####-@@",
    pp="@########",
    ap="DSS Blaise Diagne International",
    biz="Orange|Wave|Free|Senelec|Yango|Heetch|Expresso",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "ci",
    "Côte d'Ivoire",
    "Africa",
    "fr",
    "w",
    gm="Koffi|Kouassi|Yao|Konan|Jean-Marc|Serge|Aboubakar|Ibrahim|Didier|Amani",
    gf="Aya|Adjoua|Affoué|Mariam|Awa|Christelle|Estelle|Akissi|Ahou|Fanta",
    fam="Kouamé|Konan|Koné|Yao|Ouattara|Traoré|Bamba|Coulibaly|N'Guessan|Kouadio|Diabaté|Aka"
    "|Brou|Touré",
    st="Boulevard Latrille|Rue des Jardins|Boulevard de Marseille|Rue Lepic|Avenue Chardy"
    "|Rue du Commerce",
    dist="Cocody Riviera 3|Deux Plateaux|Marcory Zone 4|Yopougon|Plateau|Angré",
    tw="Abidjan;|Bouaké;|Yamoussoukro;|San-Pédro;",
    a="{dist}, {st}, villa {n}, {tw}|{flat}, Immeuble {bld}, {st}, {dist}, {tw}"
    "|Lot {n}, îlot ##, {dist}, {tw}",
    flat="Appt ##|Porte ##",
    bld="Les Flamboyants|Alpha 2000|Ivoire Résidence",
    ph="07 ## ## ## ##|+225 07 ## ## ## ##|05 ## ## ## ##|+225 05########|01 ## ## ## ##"
    "|27 22 ## ## ##",
    ml="gmail.com|yahoo.fr|aviso.ci",
    hm="M.",
    hf="Mme|Mlle",
    cur="{a} FCFA",
    pl="#### @@ ##",
    pp="##@@#####",
    ap="ABJ Félix-Houphouët-Boigny International",
    biz="Orange Money|MTN MoMo|Wave|CIE|SODECI|Yango|Jumia",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "cm",
    "Cameroon",
    "Africa",
    "fr|en",
    "w",
    gm="Jean-Paul|Emmanuel|Serge|Blaise|Samuel|Achille|Hervé|Boris|Joël|Pierre",
    gf="Marie-Claire|Brenda|Solange|Nadège|Clarisse|Mireille|Esther|Grâce|Laure|Ngono",
    fam="Mbarga|Nkoulou|Fotso|Kamga|Tchatchoua|Ndongo|Ateba|Essomba|Njoya|Nkeng|Ewane|Bekolo"
    "|Ngo Bassa",
    st="Rue Joseph Essono Balla|Avenue Kennedy|Boulevard de la Liberté|Rue Njo-Njo|Rue Tokoto"
    "|Rue 1.839",
    dist="Bastos|Bonapriso|Akwa|Bonamoussadi|Omnisport|Mvog-Mbi|Santa Barbara",
    tw="Yaoundé;|Douala;|Bamenda;|Buea;|Bafoussam;",
    a="{st}, {dist}, {tw}|{flat}, Immeuble {bld}, {st}, {dist}, {tw}|{n}, {st}, {dist}, {tw}",
    flat="Appt ##|Porte #",
    bld="Hibiscus|La Falaise|Bastos Plaza",
    ph="6 ## ## ## ##|+237 6## ## ## ##|+237 67# ### ###|69# ## ## ##|+237 222 ## ## ##",
    ml="gmail.com|yahoo.fr|camtel.cm",
    hm="M.|Mr",
    hf="Mme|Mrs",
    cur="{a} FCFA|XAF {a}",
    pl="@@ ### @@",
    pp="@@#######",
    ap="DLA Douala International|NSI Yaoundé Nsimalen",
    biz="MTN MoMo|Orange Money|ENEO|Camwater|Gozem|Yango",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "ao",
    "Angola",
    "Africa",
    "pt",
    "pt",
    gm="João|Manuel|António|Domingos|Francisco|Pedro|Adilson|Edvaldo|Nelson|Cristóvão",
    gf="Maria|Ana|Esperança|Luísa|Rosa|Domingas|Teresa|Isabel|Cláudia|Yolanda",
    fam="Santos|Silva|Fernandes|Neto|Lourenço|Mateus|Sebastião|Kiala|Mbala|Tavares|Cassoma"
    "|Cardoso|Chipenda|Kangamba",
    part="dos|da|de",
    st="Rua Amílcar Cabral|Avenida 4 de Fevereiro|Rua Rainha Ginga|Rua Major Kanhangulo"
    "|Avenida Comandante Valódia|Rua da Missão",
    dist="Maianga|Talatona|Alvalade|Ingombota|Kilamba|Viana",
    tw="Luanda;|Benguela;|Lubango;|Huambo;",
    a="{st}, n.º {n}, {flat}, {dist}, {tw}|Condomínio {bld}, casa {n}, {dist}, {tw}",
    flat="#.º andar, apto #|apartamento ##",
    bld="Jardim de Rosas|Kilamba Vida|Lar do Patriota",
    ph="9## ### ###|+244 92# ### ###|+244 9########|+244 923 ### ###",
    ml="gmail.com|hotmail.com|yahoo.com",
    hm="Sr.",
    hf="Sra.|D.",
    cur="{a} Kz|AOA {a}",
    pl="LD-##-##-@@",
    pp="N#######",
    ap="NBJ Dr. António Agostinho Neto International",
    biz="Unitel|Africell|ENDE|EPAL|Heetch|Yango",
    df="{dd}/{mm}/{Y}|{d} de {M} de {Y}",
)

# ---------------------------------------------------------------- Middle East
_L(
    "sa",
    "Saudi Arabia",
    "Middle East",
    "ar|en",
    "ar",
    gm="عبدالله=Abdullah|محمد=Mohammed|فيصل=Faisal|سعود=Saud|خالد=Khalid|تركي=Turki"
    "|سلطان=Sultan|نواف=Nawaf|عبدالعزيز=Abdulaziz|بندر=Bandar|ماجد=Majed|يزيد=Yazeed",
    gf="نورة=Noura|سارة=Sarah|ريم=Reem|لمى=Lama|هيفاء=Haifa|العنود=Alanoud|منيرة=Munira"
    "|شهد=Shahad|جواهر=Jawaher|رهف=Rahaf",
    fam="القحطاني=Al-Qahtani|العتيبي=Al-Otaibi|الغامدي=Al-Ghamdi|الشمري=Al-Shammari"
    "|الدوسري=Al-Dosari|الحربي=Al-Harbi|الزهراني=Al-Zahrani|المطيري=Al-Mutairi"
    "|السبيعي=Al-Subaie|العنزي=Al-Anazi",
    st="طريق الملك فهد=King Fahd Road|شارع التحلية=Tahlia Street|شارع العليا=Olaya Street"
    "|شارع الأمير سلطان=Prince Sultan Street|شارع الأمير محمد بن عبدالعزيز=Prince Mohammed"
    " bin Abdulaziz Street",
    dist="حي النرجس=Al Narjis|حي الملقا=Al Malqa|حي الياسمين=Al Yasmin|حي الروضة=Al Rawdah"
    "|حي الشاطئ=Al Shati",
    tw="الرياض=Riyadh;1####|جدة=Jeddah;2####|الدمام=Dammam;3####|الخبر=Khobar;3####",
    a="Building {n}, {st}, {dist}, {tw} {pc}|{n} {st}, {dist} Dist., {tw} {pc}-####",
    na="{n} {st}، {dist}، {tw} {pc}|مبنى رقم {n}، {st}، {dist}، {tw}",
    hn="####",
    ph="05# ### ####|+966 5# ### ####|+9665########|011 ### ####|+966 55 ### ####",
    ml="gmail.com|hotmail.com|outlook.sa",
    hm="الأستاذ|السيد|الشيخ",
    hf="الأستاذة|السيدة",
    cur="{a} ر.س|SAR {a}",
    pl="@@@ ####",
    dl="##########",
    pp="@########",
    ib="SA",
    dg="ar",
    cal="hijri",
    ap="RUH King Khalid International|JED King Abdulaziz International|DMM King Fahd International",
    biz="STC|Mobily|Zain|SEC|Jahez|HungerStation|Careem|Haraj",
    df="{d}/{m}/{Y}|{d} {M} {Y}",
)
_L(
    "ae",
    "United Arab Emirates",
    "Middle East",
    "en|ar",
    "ar",
    gm="خليفة=Khalifa|راشد=Rashid|سعيد=Saeed|حمدان=Hamdan|عمر=Omar|مانع=Mana|سيف=Saif"
    "|أحمد=Ahmed|ماجد=Majid|هزاع=Hazza",
    gf="مريم=Maryam|شما=Shamma|حصة=Hessa|ميثاء=Maitha|عائشة=Aisha|فاطمة=Fatima|موزة=Moza"
    "|نورة=Noura|علياء=Alia|روضة=Rawda",
    fam="المنصوري=Al Mansoori|الكتبي=Al Ketbi|الشامسي=Al Shamsi|المهيري=Al Muhairi"
    "|الظاهري=Al Dhaheri|النعيمي=Al Nuaimi|الفلاسي=Al Falasi|السويدي=Al Suwaidi"
    "|البلوشي=Al Balushi|الهاشمي=Al Hashmi",
    st="شارع الشيخ زايد=Sheikh Zayed Road|شارع الوصل=Al Wasl Road|شارع 2=Street 2"
    "|شارع الخليج=Al Khaleej Street|شارع حمدان=Hamdan Street|شارع الكورنيش=Corniche Road",
    dist="البرشاء=Al Barsha|جميرا=Jumeirah|مرسى دبي=Dubai Marina|الخالدية=Al Khalidiya"
    "|القوز=Al Quoz|ديرة=Deira|المزهر=Mizhar",
    tw="دبي=Dubai;|أبوظبي=Abu Dhabi;|الشارقة=Sharjah;|العين=Al Ain;",
    a="Villa {n}, {st}, {dist}, {tw}|{flat}, {bld}, {st}, {dist}, {tw}|Apt {n}, {bld}, {dist},"
    " {tw}",
    na="فيلا {n}، {st}، {dist}، {tw}",
    flat="Apt ####|Flat ###|Unit ###",
    bld="Marina Heights|Al Fattan Tower|Executive Towers B|Al Reem Residence",
    ph="05# ### ####|+971 5# ### ####|+971 50 ### ####|+971 4 ### ####|04 ### ####|+971 2 ### ####",
    ml="gmail.com|hotmail.com|outlook.com|eim.ae",
    hm="السيد",
    hf="السيدة",
    cur="AED {a}|{a} د.إ",
    pl="@ #####|Dubai @ #####",
    dl="#######",
    pp="@#######",
    ib="AE",
    dg="ar",
    ap="DXB Dubai International|AUH Zayed International|SHJ Sharjah International",
    biz="DEWA|Etisalat by e&|du|Talabat|Careem|Noon|Dubizzle|Salik",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "qa",
    "Qatar",
    "Middle East",
    "ar|en",
    "ar",
    gm="حمد=Hamad|جاسم=Jassim|ناصر=Nasser|علي=Ali|عبدالرحمن=Abdulrahman|خليفة=Khalifa"
    "|فهد=Fahad|محمد=Mohammed|سعد=Saad",
    gf="موزا=Moza|الجوهرة=Aljawhara|شيخة=Sheikha|دانة=Dana|لولوة=Lulwa|حمدة=Hamda|أسماء=Asma"
    "|مها=Maha",
    fam="الكواري=Al Kuwari|المري=Al Marri|النعيمي=Al Naimi|السليطي=Al Sulaiti|الهاجري=Al Hajri"
    "|المهندي=Al Mohannadi|العطية=Al Attiyah|الخليفي=Al Khulaifi|الكبيسي=Al Kubaisi",
    st="شارع 840=Street 840|شارع الصد=Al Sadd Street|شارع 230=Street 230"
    "|شارع المرقاب=Al Mirqab Street",
    dist="اللؤلؤة=The Pearl|الدفنة=West Bay|السد=Al Sadd|الوكرة=Al Wakrah|لوسيل=Lusail"
    "|المطار القديم=Old Airport",
    tw="الدوحة=Doha;|الوكرة=Al Wakrah;|الخور=Al Khor;",
    a="Building {n}, {st}, Zone ##, {dist}, {tw}|{flat}, {bld}, {dist}, {tw}",
    na="مبنى {n}، {st}، منطقة ##، {dist}، {tw}",
    flat="Apt ###|Flat ##",
    bld="Porto Arabia Tower 12|Viva Bahriya 21|Zig Zag Tower B",
    ph="3### ####|+974 3### ####|5### ####|+974 5#######|7### ####|+974 4### ####",
    ml="gmail.com|hotmail.com|outlook.com",
    hm="السيد",
    hf="السيدة",
    cur="QAR {a}|{a} ر.ق",
    pl="######",
    pp="@########",
    ib="QA",
    dg="ar",
    ap="DOH Hamad International",
    biz="Ooredoo|Vodafone Qatar|Kahramaa|Talabat|Snoonu|Karwa",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "jo",
    "Jordan",
    "Middle East",
    "ar|en",
    "ar",
    gm="زيد=Zaid|عمر=Omar|ليث=Laith|يزن=Yazan|هاشم=Hashem|مالك=Malek|فراس=Firas|رامي=Rami"
    "|سامر=Samer|قصي=Qusai",
    gf="رزان=Razan|دانا=Dana|ليان=Layan|رنا=Rana|تالا=Tala|سلمى=Salma|هديل=Hadeel|لينا=Lina"
    "|آية=Aya|ربى=Ruba",
    fam="الخطيب=Al-Khatib|المجالي=Al-Majali|الزعبي=Al-Zoubi|العبادي=Al-Abbadi|حداد=Haddad"
    "|الرفاعي=Al-Rifai|النسور=Al-Nsour|الطراونة=Al-Tarawneh|عبيدات=Obeidat|الحوراني=Al-Hourani",
    st="شارع الرينبو=Rainbow Street|شارع مكة=Mecca Street|شارع الملكة رانيا=Queen Rania Street"
    "|شارع عبدالله غوشة=Abdullah Ghosheh Street|شارع الجامعة=University Street",
    dist="عبدون=Abdoun|جبل عمان=Jabal Amman|الشميساني=Shmeisani|الصويفية=Sweifieh"
    "|دابوق=Dabouq|خلدا=Khalda",
    tw="عمّان=Amman;11###|إربد=Irbid;21###|الزرقاء=Zarqa;13###|العقبة=Aqaba;77###",
    a="{n} {st}, {flat}, {dist}, {tw} {pc}|Building {n}, {st}, {dist}, {tw}",
    na="{st}، بناية {n}، {flat}، {dist}، {tw}",
    flat="شقة #=Apt #|الطابق الثالث=3rd floor",
    ph="07# ### ####|+962 7# ### ####|079 ### ####|+962 79 ### ####|06 5## ####",
    ml="gmail.com|hotmail.com|yahoo.com",
    hm="السيد|الأستاذ",
    hf="السيدة|الآنسة",
    cur="{a} JOD|{a} د.أ",
    pl="##-#####",
    pp="@#######",
    ib="JO",
    dg="ar",
    ap="AMM Queen Alia International|AQJ King Hussein International",
    biz="Zain|Orange|Umniah|JEPCO|Talabat|Careem|OpenSooq",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "lb",
    "Lebanon",
    "Middle East",
    "ar|fr|en",
    "ar",
    gm="جورج=Georges|إيلي=Elie|شربل=Charbel|رامي=Rami|وائل=Wael|حسن=Hassan|كريم=Karim"
    "|جاد=Jad|ميشال=Michel|سليم=Salim",
    gf="ريتا=Rita|نادين=Nadine|مايا=Maya|ريم=Reem|كارين=Karine|زينب=Zeinab|لارا=Lara"
    "|جوانا=Joanna|سيلين=Céline|هلا=Hala",
    fam="الخوري=Khoury|حداد=Haddad|عيسى=Issa|أبو شقرا=Abou Chakra|صعب=Saab|غانم=Ghanem"
    "|الحسيني=Husseini|فرح=Farah|كرم=Karam|بو حبيب=Bou Habib|سلامة=Salameh|طعمة=Tohme|مراد=Mrad",
    st="شارع الحمرا=Rue Hamra|شارع مار مخايل=Rue Mar Mikhael|شارع غورو=Rue Gouraud"
    "|شارع بلس=Rue Bliss|شارع عبد الوهاب الإنكليزي=Rue Abdel Wahab El Inglizi|شارع فردان=Rue"
    " Verdun",
    dist="الأشرفية=Achrafieh|الحمرا=Hamra|مار مخايل=Mar Mikhael|الجميزة=Gemmayzeh"
    "|فردان=Verdun|بدارو=Badaro",
    tw="بيروت=Beyrouth;|جونيه=Jounieh;|طرابلس=Tripoli;|صيدا=Saïda;",
    a="{st}, Immeuble {bld}, {flat}, {dist}, {tw}|{bld} Bldg, {st}, {flat}, {dist}, {tw}",
    na="{st}، بناية {bld}، {flat}، {dist}، {tw}",
    flat="الطابق #=#e étage|الطابق #=Floor #",
    bld="الريحاني=Rihani|صباغ=Sabbagh|أبو خاطر=Abou Khater",
    ph="03 ### ###|+961 3 ### ###|71 ### ###|+961 71 ### ###|76 ### ###|01 ### ###",
    ml="gmail.com|hotmail.com|idm.net.lb",
    hm="السيد|الأستاذ",
    hf="السيدة",
    cur="{a} LBP|${a}|{a} ل.ل",
    pl="@ ######",
    pp="LR#######",
    ib="LB",
    ap="BEY Rafic Hariri International",
    biz="Alfa|touch|EDL|Toters|OMT|Whish Money",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "iq",
    "Iraq",
    "Middle East",
    "ar|en",
    "ar",
    gm="مصطفى=Mustafa|علي=Ali|حيدر=Haider|حسين=Hussein|عمر=Omar|أحمد=Ahmed|كرار=Karrar"
    "|زيد=Zaid|سجاد=Sajjad|ياسر=Yasser",
    gf="زهراء=Zahraa|نور=Noor|مريم=Maryam|فاطمة=Fatima|سارة=Sarah|رقية=Ruqaya|هبة=Hiba|دعاء=Duaa",
    fam="الجبوري=Al-Jubouri|العبيدي=Al-Obaidi|الموسوي=Al-Musawi|الربيعي=Al-Rubaie"
    "|التميمي=Al-Tamimi|الساعدي=Al-Saadi|الدليمي=Al-Dulaimi|الخفاجي=Al-Khafaji"
    "|الحسيني=Al-Husseini|الشمري=Al-Shammari",
    st="شارع فلسطين=Palestine Street|شارع 14 رمضان=14th Ramadan Street|شارع الرشيد=Al-Rasheed"
    " Street"
    "|شارع الأميرات=Al-Amirat Street|شارع 60=60th Street",
    dist="المنصور=Al-Mansour|الكرادة=Karrada|زيونة=Zayouna|الجادرية=Jadriya|اليرموك=Yarmouk",
    tw="بغداد=Baghdad;|البصرة=Basra;|أربيل=Erbil;|النجف=Najaf;",
    a="Mahalla ###, Zuqaq ##, House {n}, {dist}, {tw}|{st}, House {n}, {dist}, {tw}",
    na="محلة ###، زقاق ##، دار {n}، {dist}، {tw}",
    ph="07## ### ####|+964 7## ### ####|0770 ### ####|+964 750 ### ####|0780 ### ####",
    ml="gmail.com|yahoo.com",
    hm="الأستاذ|السيد|الحاج",
    hf="السيدة|الست",
    cur="{a} IQD|{a} د.ع",
    pl="بغداد ######",
    pp="@########",
    ib="IQ",
    dg="ar",
    ap="BGW Baghdad International|EBL Erbil International|BSR Basra International",
    biz="Asiacell|Zain Iraq|Korek|Talabat|Careem|Baly|ZainCash",
    df="{d}/{m}/{Y}|{d} {M} {Y}",
)
_L(
    "il",
    "Israel",
    "Middle East",
    "he|en",
    "w",
    gm="יוסי=Yossi|אבי=Avi|דניאל=Daniel|איתי=Itai|עומר=Omer|נועם=Noam|אורי=Uri|יונתן=Yonatan"
    "|מוחמד=Mohammad|עמית=Amit|גיא=Guy|אליעזר=Eliezer",
    gf="נועה=Noa|מיכל=Michal|שירה=Shira|תמר=Tamar|יעל=Yael|מאיה=Maya|רחל=Rachel|הדס=Hadas"
    "|ליאת=Liat|אביגיל=Avigail",
    fam="כהן=Cohen|לוי=Levi|מזרחי=Mizrahi|פרץ=Peretz|ביטון=Biton|אברהם=Avraham|פרידמן=Friedman"
    "|שפירא=Shapira|אזולאי=Azoulay|גולדברג=Goldberg|חדאד=Haddad|בן דוד=Ben David",
    st="רחוב דיזנגוף=Dizengoff St.|רחוב אלנבי=Allenby St.|שדרות רוטשילד=Rothschild Blvd."
    "|רחוב הרצל=Herzl St.|רחוב בן יהודה=Ben Yehuda St.|רחוב עמק רפאים=Emek Refaim St.",
    tw="תל אביב-יפו=Tel Aviv;6######|ירושלים=Jerusalem;9######|חיפה=Haifa;3######"
    "|באר שבע=Be'er Sheva;84#####|רמת גן=Ramat Gan;52#####",
    a="{n} {st}, {flat}, {tw} {pc}|{st} {n}, {flat}, {tw}",
    na="{st} {n}, {flat}, {tw} {pc}",
    flat="דירה ##=Apt ##|קומה #, דירה ##=Floor #, Apt ##",
    ph="05#-###-####|+972 5#-###-####|+972-5#-###-####|03-###-####|+972 2-###-####|05########",
    ml="gmail.com|walla.co.il|outlook.com",
    hm="מר",
    hf="גב'",
    cur='₪{a}|{a} ש"ח|ILS {a}',
    pl="##-###-##",
    dl="#######",
    pp="########",
    ib="IL",
    ap="TLV Ben Gurion|ETM Ramon",
    biz="Partner|Cellcom|HOT|Israel Electric|Wolt|Gett|Yad2",
    df="{d}.{m}.{Y}|{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "tr",
    "Türkiye",
    "Middle East",
    "tr|en",
    "w",
    gm="Mehmet|Ahmet|Mustafa|Emre|Burak|Can|Murat|Kerem|Oğuz|Serkan|Hakan|Barış",
    gf="Ayşe|Fatma|Zeynep|Elif|Esra|Merve|Büşra|Selin|Deniz|Gülşen|Ebru|Dilek",
    fam="Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Arslan|Doğan|Kılıç|Aslan|Koç|Kurt"
    "|Özdemir",
    st="İstiklal Caddesi|Bağdat Caddesi|Atatürk Bulvarı|Moda Caddesi|Cumhuriyet Caddesi"
    "|Halaskargazi Caddesi|Kazım Özalp Sokak",
    dist="Kadıköy|Beşiktaş|Çankaya|Karşıyaka|Nişantaşı|Moda Mahallesi|Kızılay",
    tw="İstanbul;34###|Ankara;06###|İzmir;35###|Antalya;07###|Bursa;16###",
    a="{st} No:{n} Daire:##, {dist}, {pc} {tw}|{dist}, {st} No: {n} D: #, {pc} {tw}"
    "|{dist} {st} No {n}/#\n{pc} {tw}",
    ph="05## ### ## ##|+90 5## ### ## ##|0 (5##) ### ## ##|+90 (212) ### ## ##|05#########"
    "|+90 532 ### ####",
    ml="gmail.com|hotmail.com|yandex.com.tr|outlook.com",
    hm="Sayın",
    hf="Sayın",
    cur="₺{a}|{a} TL",
    pl="## @@ ###|## @ ####",
    dl="######",
    pp="U########",
    ib="TR",
    ap="IST İstanbul Airport|SAW Sabiha Gökçen|ESB Esenboğa|AYT Antalya",
    biz="Turkcell|Türk Telekom|Vodafone|İGDAŞ|Trendyol|Yemeksepeti|Getir|BiTaksi|Sahibinden",
    df="{dd}.{mm}.{Y}|{d} {M} {Y}|{dd}/{mm}/{Y}",
)
_L(
    "ir",
    "Iran",
    "Middle East",
    "fa|en",
    "w",
    gm="علی=Ali|محمدرضا=Mohammadreza|امیر=Amir|حسین=Hossein|رضا=Reza|مهدی=Mehdi|سعید=Saeed"
    "|آرش=Arash|بابک=Babak|کیان=Kian",
    gf="فاطمه=Fatemeh|زهرا=Zahra|مریم=Maryam|سارا=Sara|نگار=Negar|شیرین=Shirin|الناز=Elnaz"
    "|پریسا=Parisa|مهسا=Mahsa|نیلوفر=Niloufar",
    fam="محمدی=Mohammadi|حسینی=Hosseini|احمدی=Ahmadi|رضایی=Rezaei|کریمی=Karimi|موسوی=Mousavi"
    "|جعفری=Jafari|صادقی=Sadeghi|رحیمی=Rahimi|تهرانی=Tehrani|نوروزی=Nowruzi|کاظمی=Kazemi",
    st="خیابان ولیعصر=Valiasr St.|خیابان شریعتی=Shariati St.|خیابان انقلاب=Enghelab St."
    "|کوچه لاله=Laleh Alley|خیابان فرشته=Fereshteh St.|بلوار کشاورز=Keshavarz Blvd.",
    dist="سعادت‌آباد=Saadat Abad|یوسف‌آباد=Yousef Abad|ونک=Vanak|تجریش=Tajrish|پونک=Punak",
    tw="تهران=Tehran;1####-#####|اصفهان=Isfahan;8####-#####|شیراز=Shiraz;7####-#####"
    "|مشهد=Mashhad;9####-#####|تبریز=Tabriz;5####-#####",
    a="No. {n}, {st}, {dist}, {tw}, Postal code {pc}",
    na="{tw}، {dist}، {st}، پلاک {n}، واحد ##، کد پستی {pc}",
    ph="09## ### ####|+98 9## ### ####|021 #### ####|+98 21 #### ####|0912#######",
    ml="gmail.com|yahoo.com|chmail.ir",
    hm="آقای",
    hf="خانم",
    cur="{a} تومان|{a} ریال|IRR {a}",
    pl="## ب ### - ##",
    pp="@########",
    dg="fa",
    cal="jalali",
    ap="IKA Imam Khomeini International|THR Mehrabad|MHD Mashhad International",
    biz="Irancell|Hamrah-e Aval|Snapp|Tapsi|Digikala|Divar|SnappFood",
    df="{Y}/{mm}/{dd}",
)

# ---------------------------------------------------------------- South Asia
_L(
    "in",
    "India",
    "South Asia",
    "en|hi",
    "w",
    gm="राहुल=Rahul|अमित=Amit|विकास=Vikas|संजय=Sanjay|अर्जुन=Arjun|रोहित=Rohit|आदित्य=Aditya"
    "|मनोज=Manoj|सौरभ=Saurabh|गुरप्रीत=Gurpreet|इमरान=Imran|प्रकाश=Prakash",
    gf="प्रिया=Priya|अंजलि=Anjali|नेहा=Neha|पूजा=Pooja|सुनीता=Sunita|कविता=Kavita|श्रेया=Shreya"
    "|दीपिका=Deepika|ऋतु=Ritu|आयशा=Ayesha|सिमरन=Simran|मीनाक्षी=Meenakshi",
    fam="शर्मा=Sharma|वर्मा=Verma|गुप्ता=Gupta|सिंह=Singh|यादव=Yadav|अग्रवाल=Agarwal|मिश्रा=Mishra"
    "|पटेल=Patel|चौहान=Chauhan|जोशी=Joshi|खान=Khan|कपूर=Kapoor|मेहता=Mehta|देशपांडे=Deshpande",
    nb="hi",
    st="MG Road|14th Cross Road|Linking Road|Sector 21 Road|Hill Road|Ring Road|100 Feet Road"
    "|Nehru Place",
    dist="Indiranagar|Koramangala 5th Block|Bandra West|Andheri East|Vasant Kunj|Salt Lake Sector V"
    "|Gachibowli|Kothrud",
    tw="Bengaluru;560###|Mumbai;400###|New Delhi;110###|Pune;411###|Hyderabad;500###"
    "|Kolkata;700###|Gurugram;1220##",
    a="{flat}, {bld}, {st}, {dist}, {tw} - {pc}|House No. {n}, {st}, {dist}, {tw} {pc}"
    "|{n}, {st}, {dist}, {tw}, {pc}",
    flat="Flat No. ###|Flat #0#|A-###|B-###",
    bld="Sai Residency|Prestige Lakeside|Sunshine Apartments|Green Park Society|Tower C, DLF"
    " Phase 3",
    ph="+91 9#### #####|+91 8#### #####|7#### #####|+91-7#########|09#########|080-2#######"
    "|022 2### ####|+919#########",
    ml="gmail.com|yahoo.co.in|rediffmail.com|outlook.com",
    hm="श्री",
    hf="श्रीमती|सुश्री",
    cur="₹{a}|Rs. {a}|INR {a}",
    pl="@@ ## @@ ####",
    dl="@@## ###########|@@-##-####-#######",
    pp="@#######",
    dg="dv",
    ap="DEL Indira Gandhi International|BOM Chhatrapati Shivaji Maharaj International"
    "|BLR Kempegowda International|HYD Rajiv Gandhi International",
    biz="Jio|Airtel|BESCOM|Tata Power|Swiggy|Zomato|Ola|Rapido|Paytm|Flipkart|Urban Company",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "in_ta",
    "India (Tamil Nadu)",
    "South Asia",
    "ta|en",
    "in_ta",
    gm="கார்த்திக்=Karthik|அருண்=Arun|செந்தில்=Senthil|விக்னேஷ்=Vignesh|முருகன்=Murugan"
    "|சுரேஷ்=Suresh|பாலாஜி=Balaji|ராஜேஷ்=Rajesh|கணேஷ்=Ganesh|தினேஷ்=Dinesh",
    gf="லட்சுமி=Lakshmi|திவ்யா=Divya|பிரியா=Priya|கவிதா=Kavitha|மீனா=Meena|சரண்யா=Saranya"
    "|ஐஸ்வர்யா=Aishwarya|வித்யா=Vidhya|அனிதா=Anitha|ரேவதி=Revathi",
    fam="ராமசாமி=Ramasamy|சுப்பிரமணியன்=Subramanian|கிருஷ்ணன்=Krishnan|வேலு=Velu"
    "|பழனிசாமி=Palanisamy|ஆறுமுகம்=Arumugam|சீனிவாசன்=Srinivasan|நடராஜன்=Natarajan"
    "|ராஜேந்திரன்=Rajendran|கந்தசாமி=Kandasamy",
    st="Anna Salai|Usman Road|2nd Main Road|Kamarajar Salai|Arcot Road|Dr. Radhakrishnan Salai"
    "|Velachery Main Road",
    dist="T. Nagar|Adyar|Velachery|Anna Nagar|Mylapore|Peelamedu|K.K. Nagar",
    tw="Chennai;600###|Coimbatore;641###|Madurai;625###|Tiruchirappalli;620###",
    a="No. {n}, {st}, {dist}, {tw} - {pc}|{flat}, {bld}, {n} {st}, {dist}, {tw} {pc}",
    flat="Flat ##|Door No. ##/#|Flat @#",
    bld="Sri Balaji Flats|Lakshmi Enclave|Ramaniyam Towers",
    ph="+91 94### #####|+91 98### #####|044-2### ####|9#########|+91 7#########|0422 2######",
    ml="gmail.com|yahoo.co.in|rediffmail.com",
    hm="திரு.",
    hf="திருமதி|செல்வி",
    cur="₹{a}|Rs {a}",
    pl="TN ## @@ ####",
    dl="TN## ###########",
    pp="@#######",
    ap="MAA Chennai International|CJB Coimbatore International",
    biz="TNEB|Metrowater|Airtel|BSNL|Swiggy|Ola|Rapido",
    df="{dd}/{mm}/{Y}|{dd}-{mm}-{Y}",
)
_L(
    "pk",
    "Pakistan",
    "South Asia",
    "en|ur",
    "w",
    gm="محمد علی=Muhammad Ali|بلال=Bilal|حمزہ=Hamza|عثمان=Usman|فیصل=Faisal|زین=Zain|اسد=Asad"
    "|کامران=Kamran|سلمان=Salman|عادل=Adil",
    gf="عائشہ=Ayesha|فاطمہ=Fatima|ثنا=Sana|حرا=Hira|ماہ نور=Mahnoor|سدرہ=Sidra|زینب=Zainab"
    "|نادیہ=Nadia|مریم=Maryam|ارم=Iram",
    fam="خان=Khan|قریشی=Qureshi|بٹ=Butt|چوہدری=Chaudhry|ملک=Malik|شیخ=Sheikh|اعوان=Awan"
    "|رضوی=Rizvi|صدیقی=Siddiqui|مرزا=Mirza|ہاشمی=Hashmi",
    nb="ur",
    st="Street 12|Street 7|Main Boulevard|Shahrah-e-Faisal|Canal Road|Street 31|Jail Road",
    dist="F-7/2|G-11/3|DHA Phase 5|Gulberg III|Bahria Town Phase 4|Clifton Block 5|Johar Town",
    tw="Islamabad;44000|Lahore;54000|Karachi;75500|Rawalpindi;46000|Peshawar;25000",
    a="House {n}, {st}, {dist}, {tw}|House No. {n}, {st}, {dist}, {tw} {pc}"
    "|{flat}, {bld}, {st}, {dist}, {tw}",
    flat="Flat ###|Apartment #@",
    bld="Centaurus Residency|Clifton Heights|Emaar Canyon Views",
    ph="03## #######|+92 3## #######|+92 300 ### ####|0300-#######|042-35######|+92 51 #######"
    "|0321#######",
    ml="gmail.com|yahoo.com|hotmail.com",
    hm="جناب",
    hf="محترمہ|بیگم",
    cur="Rs. {a}|PKR {a}",
    pl="@@@-####|@@-##-####",
    dl="########",
    pp="@@#######",
    ib="PK",
    ap="ISB Islamabad International|LHE Allama Iqbal International|KHI Jinnah International",
    biz="Jazz|Zong|Telenor|K-Electric|LESCO|IESCO|Careem|Bykea|Foodpanda|Daraz|OLX",
    df="{dd}/{mm}/{Y}|{dd}-{mm}-{Y}",
)
_L(
    "bd",
    "Bangladesh",
    "South Asia",
    "bn|en",
    "w",
    gm="রহিম=Rahim|করিম=Karim|তানভীর=Tanvir|রাকিব=Rakib|সাকিব=Sakib|আরিফ=Arif|মেহেদী=Mehedi"
    "|ফাহিম=Fahim|শাহরিয়ার=Shahriar|ইমরান=Imran",
    gf="নুসরাত=Nusrat|তাসনিম=Tasnim|ফারহানা=Farhana|সুমাইয়া=Sumaiya|রুমানা=Rumana"
    "|শারমিন=Sharmin|নাফিসা=Nafisa|মাহমুদা=Mahmuda|তানজিলা=Tanzila|জান্নাত=Jannat",
    fam="হোসেন=Hossain|রহমান=Rahman|আহমেদ=Ahmed|ইসলাম=Islam|চৌধুরী=Chowdhury|খান=Khan"
    "|সরকার=Sarker|তালুকদার=Talukder|মিয়া=Mia|বিশ্বাস=Biswas|দাস=Das|সিদ্দিকী=Siddiqui",
    st="রোড ১১=Road 11|রোড ২৭=Road 27|সাত মসজিদ রোড=Satmasjid Road|গ্রিন রোড=Green Road"
    "|কামাল আতাতুর্ক এভিনিউ=Kemal Ataturk Avenue|বেগম রোকেয়া সরণি=Begum Rokeya Sarani",
    dist="ধানমন্ডি=Dhanmondi|গুলশান ২=Gulshan 2|বনানী=Banani|মিরপুর ১০=Mirpur 10"
    "|উত্তরা সেক্টর ৭=Uttara Sector 7|মোহাম্মদপুর=Mohammadpur",
    tw="ঢাকা=Dhaka;12##|চট্টগ্রাম=Chattogram;4###|সিলেট=Sylhet;3100",
    a="House {n}, {st}, {dist}, {tw} {pc}|{flat}, House {n}, {st}, {dist}, {tw}-{pc}",
    na="বাড়ি {n}, {st}, {dist}, {tw}-{pc}",
    flat="ফ্ল্যাট #@=Flat #@|অ্যাপার্টমেন্ট #@=Apt #@",
    ph="017##-######|+880 17##-######|+88018########|019## ######|+880 1###-######",
    ml="gmail.com|yahoo.com",
    hm="জনাব",
    hf="জনাবা|বেগম",
    cur="৳{a}|Tk {a}|BDT {a}",
    pl="ঢাকা মেট্রো-গ ##-####",
    pp="@@#######",
    dg="bn",
    ap="DAC Hazrat Shahjalal International|CGP Shah Amanat International",
    biz="Grameenphone|Robi|bKash|Nagad|DESCO|Pathao|Foodpanda|Daraz",
    df="{dd}/{mm}/{Y}|{dd}-{mm}-{Y}",
)
_L(
    "lk",
    "Sri Lanka",
    "South Asia",
    "en|si",
    "lk",
    gm="නුවන්=Nuwan|කසුන්=Kasun|චමින්ද=Chaminda|රුවන්=Ruwan|දිනේෂ්=Dinesh|සමීර=Sameera"
    "|තිසර=Thisara|ලහිරු=Lahiru|ප්‍රදීප්=Pradeep|මොහොමඩ්=Mohamed",
    gf="නිරෝෂා=Nirosha|දිල්රුක්ෂි=Dilrukshi|සඳුනි=Sanduni|තරුෂි=Tharushi|ඉෂාරා=Ishara"
    "|කාවින්දි=Kavindi|හර්ෂනී=Harshani|නදීශා=Nadeesha|අයේෂා=Ayesha|චතුරිකා=Chathurika",
    fam="පෙරේරා=Perera|ප්‍රනාන්දු=Fernando|සිල්වා=Silva|ජයසූරිය=Jayasuriya|බණ්ඩාර=Bandara"
    "|වික්‍රමසිංහ=Wickramasinghe|දිසානායක=Dissanayake|හේරත්=Herath|ගුණවර්ධන=Gunawardena"
    "|මෙන්ඩිස්=Mendis|රත්නායක=Ratnayake",
    st="Galle Road|Duplication Road|Havelock Road|Kandy Road|Baseline Road|Ward Place|Temple Road",
    dist="Colombo 03|Nugegoda|Dehiwala|Rajagiriya|Mount Lavinia|Battaramulla",
    tw="Colombo;00300|Kandy;20000|Galle;80000|Negombo;11500|Kurunegala;60000",
    a="No. {n}, {st}, {dist}|No. {n}/#, {st}, {dist}, {tw} {pc}|{flat}, {bld}, {n} {st}, {tw} {pc}",
    flat="Apt #@|Unit ##",
    bld="Havelock City|Iconic Galaxy|Emperor Residencies",
    ph="07# ### ####|+94 7# ### ####|011 2## ####|+94 11 2## ####|077#######",
    ml="gmail.com|yahoo.com|sltnet.lk",
    hm="Mr",
    hf="Mrs|Ms",
    cur="Rs. {a}|LKR {a}",
    pl="WP @@@-####",
    dl="@#######",
    pp="N#######",
    ap="CMB Bandaranaike International",
    biz="Dialog|Mobitel|CEB|PickMe|Uber Eats|Daraz|ikman.lk",
    df="{Y}-{mm}-{dd}|{dd}/{mm}/{Y}",
)
_L(
    "np",
    "Nepal",
    "South Asia",
    "ne|en",
    "w",
    gm="राम=Ram|सुरेश=Suresh|बिकाश=Bikash|प्रकाश=Prakash|सन्तोष=Santosh|आशिष=Ashish|दीपक=Deepak"
    "|नवराज=Nabaraj|पेम्बा=Pemba|सुजन=Sujan",
    gf="सीता=Sita|अनिता=Anita|सरिता=Sarita|प्रतिक्षा=Pratiksha|सबिना=Sabina|पूजा=Puja|रीता=Rita"
    "|समीक्षा=Samikshya|डोल्मा=Dolma|बिना=Bina",
    fam="श्रेष्ठ=Shrestha|थापा=Thapa|गुरुङ=Gurung|तामाङ=Tamang|अधिकारी=Adhikari|पौडेल=Paudel"
    "|शर्मा=Sharma|महर्जन=Maharjan|राई=Rai|शेर्पा=Sherpa|कार्की=Karki|भट्टराई=Bhattarai",
    st="ज्ञानेश्वर मार्ग=Gyaneshwor Marg|लाजिम्पाट सडक=Lazimpat Road|जावलाखेल मार्ग=Jawalakhel Road"
    "|पुल्चोक मार्ग=Pulchowk Road|बानेश्वर मार्ग=Baneshwor Road",
    dist="ठमेल=Thamel|बालुवाटार=Baluwatar|पाटन=Patan|बौद्ध=Boudha|कोटेश्वर=Koteshwor|लेकसाइड=Lakeside",
    tw="काठमाडौं=Kathmandu;44600|ललितपुर=Lalitpur;44700|पोखरा=Pokhara;33700|भक्तपुर=Bhaktapur;44800",
    a="House No. {n}, {st}, {dist}, {tw} {pc}|{dist}, Ward No. ##, {st}, {tw}",
    na="{tw}-##, {dist}, {st}, घर नं. {n}",
    ph="98########|+977 98########|+977-98#-#######|01-4######|+977 1 4######|97########",
    ml="gmail.com|yahoo.com|ntc.net.np",
    hm="श्री",
    hf="श्रीमती",
    cur="रु {a}|NPR {a}|Rs {a}",
    pl="बा ## प ####",
    pp="PA#######",
    dl="##-##-########",
    dg="dv",
    cal="bs",
    ap="KTM Tribhuvan International|PKR Pokhara International",
    biz="Ncell|Nepal Telecom|NEA|Pathao|Foodmandu|Daraz|eSewa|Khalti",
    df="{Y}/{mm}/{dd}",
)

# ---------------------------------------------------------------- South-East Asia
_L(
    "id",
    "Indonesia",
    "South-East Asia",
    "id|en",
    "id",
    gm="Budi|Agus|Rizky|Dimas|Andi|Eko|Fajar|Hendra|Yusuf|Bayu|Arief|Wayan|Made|Teguh",
    gf="Siti|Dewi|Ayu|Rina|Putri|Fitri|Nurul|Intan|Indah|Sri|Wulan|Lestari|Kadek",
    fam="Santoso|Wijaya|Saputra|Hidayat|Setiawan|Kurniawan|Nugroho|Pratama|Siregar|Simanjuntak"
    "|Nasution|Wibowo|Halim|Rahmawati|Permana",
    st="Jl. Sudirman|Jl. Kemang Raya|Jl. Gatot Subroto|Jl. Malioboro|Jl. Dago|Jl. Raya Ubud"
    "|Jl. Tebet Barat IV|Gg. Mawar",
    dist="Kebayoran Baru|Tebet|Menteng|Coblong|Kuta|Gubeng|Setiabudi",
    tw="Jakarta Selatan;12###|Bandung;40###|Yogyakarta;55###|Denpasar;80###|Surabaya;60###"
    "|Medan;20###",
    a="{st} No. {n}, RT 00#/RW 00#, {dist}, {tw} {pc}|{st} No. {n}, {dist}, {tw}"
    "|{bld} Tower @ Unit ##@, {st}, {tw} {pc}",
    bld="Kalibata City|Apartemen Taman Rasuna|Green Pramuka",
    ph="08##-####-####|+62 8##-####-####|+62 812 #### ####|0812 #### ####|(021) 5### ####"
    "|0857########|+6281#########",
    ml="gmail.com|yahoo.co.id|ymail.com",
    hm="Bapak|Pak",
    hf="Ibu|Bu",
    cur="Rp{a}|Rp {a}|IDR {a}",
    ts=".",
    pl="@ #### @@@",
    dl="####-####-######",
    pp="@#######",
    ap="CGK Soekarno-Hatta International|DPS Ngurah Rai International|YIA Yogyakarta International",
    biz="Telkomsel|Indosat|PLN|PDAM|Gojek|Grab|Tokopedia|Shopee|Traveloka|JNE|SiCepat",
    df="{d} {M} {Y}|{dd}-{mm}-{Y}|{dd}/{mm}/{Y}",
)
_L(
    "my",
    "Malaysia",
    "South-East Asia",
    "ms|en|zh",
    "my",
    gm="Ahmad|Muhammad Faiz|Hafiz|Aiman|Syafiq|Amirul|Zulkifli|Razak|Irfan|Danial",
    gf="Nur Aina|Siti Hajar|Farah|Aishah|Nabila|Puteri|Amira|Syazwani|Nur Izzati|Aqilah",
    cg="Wei Ling|Jia Hui|Kok Wai|Chee Keong|Mei Yee|Zi Xuan|Jun Jie|Hui Min",
    cf="Tan|Lim|Lee|Ng|Wong|Chong|Ong|Teoh|Yeoh|Goh",
    igm="Ramesh|Suresh|Kumar|Ganesan|Prakash|Vinod",
    igf="Kavitha|Shalini|Priya|Devi|Thilaga|Revathi",
    ifa="Subramaniam|Muthu|Krishnan|Raman|Selvaraj|Arumugam",
    st="Jalan Ampang|Jalan Bukit Bintang|Jalan SS 2/24|Jalan Tun Razak|Persiaran Surian"
    "|Lorong Kurau|Jalan Burma",
    dist="Petaling Jaya|Bangsar|Mont Kiara|Subang Jaya|Cheras|Taman Tun Dr Ismail",
    tw="Kuala Lumpur;50###|Petaling Jaya;46###|Shah Alam;40###|George Town;10###"
    "|Johor Bahru;80###|Kota Kinabalu;88###",
    a="No. {n}, {st}, {dist}, {pc} {tw}|{flat}, {bld}, {st}, {pc} {tw}"
    "|{flat}, {bld}, {n} {st}, {dist}, {pc} {tw}",
    flat="Unit A-##-#|No. ##-#|B-##-##",
    bld="Residensi Vista|Pangsapuri Seri Mutiara|The Horizon Residence|Arte Mont Kiara",
    ph="01#-### ####|+60 1#-### ####|+6012#######|03-#### ####|+60 3-#### ####|011-#### ####",
    ml="gmail.com|yahoo.com|hotmail.my",
    hm="Encik|Tuan",
    hf="Puan|Cik",
    cur="RM{a}|RM {a}|MYR {a}",
    pl="@@@ ####|W@@ ####",
    pp="@########",
    ap="KUL Kuala Lumpur International|PEN Penang International|BKI Kota Kinabalu International",
    biz="Maxis|CelcomDigi|TNB|Air Selangor|Grab|foodpanda|Shopee|Lazada|Mudah.my|Pos Laju",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "sg",
    "Singapore",
    "South-East Asia",
    "en|zh",
    "sg",
    gm="Jason|Marcus|Ryan|Darren|Eugene|Bryan|Gabriel|Isaac",
    gf="Jasmine|Rachel|Cheryl|Michelle|Shermaine|Charmaine|Vanessa|Glenda",
    cg="Wei Ming|Jun Jie|Kai Wen|Li Ting|Hui Min|Xin Yi|Zhi Hao|Shu Fen|Yi Ling|Jia Wei",
    cf="Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Chan|Koh|Teo|Sim",
    st="Ang Mo Kio Avenue 3|Tampines Street 21|Bukit Timah Road|Jurong West Street 52"
    "|Tiong Bahru Road|Toa Payoh Lorong 4|Punggol Field|Bedok North Road",
    tw="Singapore;######",
    a="Blk {n} {st}, ^0#-###, {tw} {pc}|{n} {st}, ^1#-0#, {bld}, {tw} {pc}"
    "|Blk {n} {st} ^##-##\n{tw} {pc}",
    hn="###|##",
    bld="The Sail @ Marina Bay|Parc Esta|The Interlace|Sky Habitat",
    ph="9### ####|+65 9### ####|8### ####|+65 8#######|6### ####|+65 6### ####",
    ml="gmail.com|singnet.com.sg|hotmail.com|yahoo.com.sg",
    hm="Mr",
    hf="Ms|Mdm",
    cur="S${a}|SGD {a}",
    pl="S@@ ####@",
    pp="@#######@",
    ap="SIN Changi",
    biz="Singtel|StarHub|SP Group|Grab|Gojek|foodpanda|Carousell|Shopee|Ninja Van",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "ph",
    "Philippines",
    "South-East Asia",
    "en|tl",
    "ph",
    gm="Juan Carlos|Mark Anthony|John Paul|Jerome|Rommel|Ramon|Jayson|Christian|Rodel|Joshua"
    "|Emmanuel|Jose Miguel",
    gf="Maria Cristina|Ma. Theresa|Kristine|Joanna Marie|Rowena|Maricel|Angelica|Jennifer|Lovely"
    "|Princess|Aileen|Charmaine",
    fam="Santos|Reyes|Cruz|Bautista|Garcia|Mendoza|Dela Cruz|Villanueva|Ramos|Aquino|Castillo"
    "|Gonzales|Soriano|Manalo|De Guzman|Pascual",
    nick="Jun|Bong|Toto|Dodong|Inday|Nene|Jojo|Bebeng|Ching|Pia",
    st="Rizal Avenue|Ayala Avenue|Katipunan Avenue|P. Burgos Street|Mabini Street"
    "|Kalayaan Avenue|General Luna Street|Maginhawa Street",
    dist="Brgy. San Antonio|Poblacion|Brgy. Teachers Village East|Bel-Air|Cubao|Lahug"
    "|Brgy. Kapitolyo",
    tw="Makati City;12##|Quezon City;11##|Pasig City;16##|Cebu City;6000|Davao City;8000"
    "|Taguig;1634",
    a="{n} {st}, {dist}, {tw} {pc}|{flat}, {bld}, {st}, {dist}, {tw}|Blk ## Lot ##, {st}, {dist},"
    " {tw}",
    flat="Unit ##@|Unit #0#|Rm ###",
    bld="Avida Towers|SMDC Light Residences|One Serendra|Grass Residences Tower 2",
    ph="09## ### ####|+63 9## ### ####|0917-###-####|+63 917 ### ####|(02) 8### ####|0998#######",
    ml="gmail.com|yahoo.com|yahoo.com.ph",
    hm="G.",
    hf="Gng.",
    cur="₱{a}|PHP {a}",
    pl="@@@ ####",
    dl="@##-##-######",
    pp="P#######@",
    ap="MNL Ninoy Aquino International|CEB Mactan-Cebu International"
    "|DVO Francisco Bangoy International",
    biz="Globe|Smart|Meralco|Maynilad|Grab|Angkas|Lalamove|Shopee|LBC|GCash",
    df="{M} {d}, {Y}|{mm}/{dd}/{Y}",
)
_L(
    "vn",
    "Vietnam",
    "South-East Asia",
    "vi|en",
    "vn",
    gm="An|Bình|Dũng|Hùng|Khoa|Minh|Nam|Phúc|Quang|Tuấn|Đức|Long",
    gf="Anh|Chi|Hà|Hương|Lan|Linh|Mai|Ngọc|Thảo|Trang|Vy|Yến",
    fam="Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô",
    pm="Văn|Đức|Minh|Quốc|Hữu|Thành",
    pf="Thị|Ngọc|Thu|Thanh|Kim|Bảo",
    st="Nguyễn Huệ|Lê Lợi|Điện Biên Phủ|Hai Bà Trưng|Trần Hưng Đạo|Phan Xích Long|Lý Thường Kiệt"
    "|Xuân Thủy",
    dist="Phường Bến Nghé, Quận 1|Phường 7, Quận 3|Phường Thảo Điền, TP. Thủ Đức"
    "|Phường Dịch Vọng Hậu, Quận Cầu Giấy|Phường Hàng Bạc, Quận Hoàn Kiếm",
    tw="TP. Hồ Chí Minh;|Hà Nội;|Đà Nẵng;|Hải Phòng;",
    a="{n} {st}, {dist}, {tw}|Số {n} ngõ ## {st}, {dist}, {tw}|{flat}, {bld}, {n} {st}, {dist},"
    " {tw}",
    hn="##|###|##/#|##@",
    flat="Căn hộ ##.##|Phòng ###",
    bld="Vinhomes Central Park|Masteri Thảo Điền|Sunrise City",
    ph="09# ### ## ##|+84 9# ### ## ##|03# #### ###|+84 3########|028 #### ####|+84 24 #### ####"
    "|0912 ### ###",
    ml="gmail.com|yahoo.com.vn|outlook.com",
    hm="anh|ông",
    hf="chị|bà",
    cur="{a}₫|{a} VND|{a}đ",
    ts=".",
    pl="##@-###.##",
    dl="############",
    pp="@#######",
    ap="SGN Tân Sơn Nhất|HAN Nội Bài|DAD Đà Nẵng International",
    biz="Viettel|Mobifone|EVN|Grab|Be|Xanh SM|Shopee|Tiki|Giao Hàng Nhanh|MoMo",
    df="{dd}/{mm}/{Y}|ngày {d} tháng {m} năm {Y}",
)
_L(
    "th",
    "Thailand",
    "South-East Asia",
    "th|en",
    "w",
    gm="สมชาย=Somchai|ธนากร=Thanakorn|อนุชา=Anucha|ปิยะพงษ์=Piyapong|วีรพล=Weeraphon"
    "|ณัฐวุฒิ=Nattawut|กิตติพัฒน์=Kittipat|ชัยวัฒน์=Chaiwat|ศุภชัย=Supachai|ภานุวัฒน์=Panuwat",
    gf="สุดารัตน์=Sudarat|วรรณา=Wanna|ปิยะนุช=Piyanuch|กมลชนก=Kamonchanok|ณัฐธิดา=Nattida"
    "|อรุณี=Arunee|พิมพ์ชนก=Pimchanok|ศิริพร=Siriporn|จิราพร=Jiraporn|ธิดารัตน์=Thidarat",
    fam="สุขสวัสดิ์=Suksawat|ศรีสมบูรณ์=Srisomboon|วงศ์สวัสดิ์=Wongsawat|ทองดี=Thongdee"
    "|แก้วประเสริฐ=Kaewprasert|จันทร์เพ็ญ=Chanphen|รัตนวงศ์=Rattanawong|พรหมมา=Promma"
    "|บุญมา=Boonma|ศรีสุข=Srisuk",
    nick="ปลา=Pla|นก=Nok|แบงค์=Bank|พลอย=Ploy|ต้น=Ton|เบียร์=Beer|ฝน=Fon|มิ้นท์=Mint|บอล=Ball|แนน=Nan",
    st="ถนนสุขุมวิท=Sukhumvit Road|ซอยอารีย์ 1=Soi Ari 1|ถนนพหลโยธิน=Phahonyothin Road"
    "|ถนนนิมมานเหมินท์=Nimmanhaemin Road|ถนนเจริญกรุง=Charoen Krung Road"
    "|ถนนรัชดาภิเษก=Ratchadaphisek Road",
    dist="แขวงคลองเตยเหนือ เขตวัฒนา=Khlong Toei Nuea, Watthana"
    "|แขวงสามเสนใน เขตพญาไท=Samsen Nai, Phaya Thai"
    "|ตำบลสุเทพ อำเภอเมืองเชียงใหม่=Suthep, Mueang Chiang Mai|แขวงสีลม เขตบางรัก=Silom, Bang Rak",
    tw="กรุงเทพมหานคร=Bangkok;10###|เชียงใหม่=Chiang Mai;50200|ภูเก็ต=Phuket;83000"
    "|ขอนแก่น=Khon Kaen;40000",
    a="{n} {st}, {dist}, {tw} {pc}|{flat}, {bld}, {n} {st}, {dist}, {tw} {pc}",
    na="{n} {st} {dist} {tw} {pc}|{bld} {flat} เลขที่ {n} {st} {dist} {tw} {pc}",
    hn="###/##|##/#|###",
    flat="ห้อง ###=Room ###|ชั้น # ห้อง #0#=Fl. #, Rm #0#",
    bld="ลุมพินี วิลล์=Lumpini Ville|ไอดีโอ มิกซ์=Ideo Mix|ศุภาลัย เพลส=Supalai Place",
    ph="08#-###-####|+66 8# ### ####|09#-###-####|+66 9# ### ####|02-###-####|06#-###-####",
    ml="gmail.com|hotmail.com|yahoo.co.th",
    hm="คุณ|นาย",
    hf="คุณ|นาง|นางสาว",
    cur="฿{a}|{a} บาท|THB {a}",
    pl="#กข ####|ฒก ####",
    dl="########",
    pp="@@#######",
    dg="th",
    cal="th",
    ap="BKK Suvarnabhumi|DMK Don Mueang|CNX Chiang Mai International|HKT Phuket International",
    biz="AIS|True|MEA|PEA|Grab|LINE MAN|Bolt|Lazada|Kerry Express|Flash Express",
    df="{d} {M} {Y}|{dd}/{mm}/{Y}",
)
_L(
    "mm",
    "Myanmar",
    "South-East Asia",
    "my|en",
    "mm",
    gm="ကျော်ဇင်ထွန်း=Kyaw Zin Htun|အောင်ကိုကို=Aung Ko Ko|ဇော်မင်းထိုက်=Zaw Min Htike"
    "|မင်းထက်=Min Htet|သန့်ဇင်=Thant Zin|ဝင်းနိုင်=Win Naing|ထက်အောင်=Htet Aung|နေလင်း=Nay Lin",
    gf="သီတာဦး=Thida Oo|နှင်းဝေ=Hnin Wai|ဖြူဖြူသင်း=Phyu Phyu Thin|ခင်မာလာ=Khin Mar Lar"
    "|သဉ္ဇာ=Thinzar|မေသူ=May Thu|စုမြတ်=Su Myat|ယုယုနွယ်=Yu Yu Nwe",
    st="ဗိုလ်ချုပ်လမ်း=Bogyoke Road|ပြည်လမ်း=Pyay Road|ကန်လမ်း=Kan Road|အင်းယားလမ်း=Inya Road"
    "|၃၄ လမ်း=34th Street",
    dist="ကမာရွတ်မြို့နယ်=Kamayut Township|ဗဟန်းမြို့နယ်=Bahan Township"
    "|စမ်းချောင်းမြို့နယ်=Sanchaung Township|ချမ်းအေးသာစံမြို့နယ်=Chanayethazan Township",
    tw="ရန်ကုန်=Yangon;11###|မန္တလေး=Mandalay;05###|နေပြည်တော်=Nay Pyi Taw;15###",
    a="No. {n}, {st}, {dist}, {tw}|{flat}, No. {n}, {st}, {dist}, {tw} {pc}",
    na="အမှတ် {n}၊ {st}၊ {dist}၊ {tw}",
    flat="Room #@|Floor #, Room #",
    ph="09 ### ### ###|+95 9 ### ### ###|09#########|+95 9########",
    ml="gmail.com|yahoo.com",
    hm="ဦး|ကို",
    hf="ဒေါ်|မ",
    cur="{a} Ks|{a} ကျပ်|MMK {a}",
    pl="#@-####",
    pp="M@######",
    ap="RGN Yangon International|MDL Mandalay International",
    biz="MPT|Ooredoo|ATOM|KBZPay|Wave Money|Grab|Food Panda",
    df="{dd}/{mm}/{Y}|{dd}-{mm}-{Y}",
)
_L(
    "kh",
    "Cambodia",
    "South-East Asia",
    "km|en",
    "ff",
    gm="ដារ៉ា=Dara|វិចិត្រ=Vichet|សុខា=Sokha|រតនា=Ratana|ពិសិដ្ឋ=Piseth|វណ្ណៈ=Vanna"
    "|សំណាង=Samnang|ចាន់ថា=Chantha|បញ្ញា=Panha",
    gf="ស្រីមុំ=Sreymom|សុភាព=Sopheap|ស្រីនិច=Sreynich|ធីតា=Thida|សុខលី=Sokly|ម៉ាលីស=Malis"
    "|រចនា=Rachana|ពិសី=Pisey",
    fam="សុខ=Sok|ចាន់=Chan|ហេង=Heng|គឹម=Kim|លី=Ly|ម៉ៅ=Mao|ឈឹម=Chhim|សំ=Sam|ពេជ្រ=Pich|កែវ=Keo|ទេព=Tep",
    st="មហាវិថីព្រះនរោត្តម=Norodom Blvd|ផ្លូវ ៥១=Street 51|ផ្លូវ ២៧៨=Street 278"
    "|មហាវិថីម៉ៅសេទុង=Mao Tse Toung Blvd|ផ្លូវ ៦៣=Street 63",
    dist="សង្កាត់បឹងកេងកង ១=Sangkat Boeng Keng Kang 1|សង្កាត់ទន្លេបាសាក់=Sangkat Tonle Bassac"
    "|សង្កាត់ផ្សារថ្មី ៣=Sangkat Phsar Thmei 3|ខណ្ឌចំការមន=Khan Chamkar Mon",
    tw="ភ្នំពេញ=Phnom Penh;120###|សៀមរាប=Siem Reap;17###",
    a="No. {n}, {st}, {dist}, {tw}|^{n}@, {st}, {dist}, {tw} {pc}",
    na="ផ្ទះលេខ {n} {st} {dist} {tw}",
    ph="01# ### ###|+855 1# ### ###|09# ### ###|+855 9# ### ###|07# ### ###|+855 88 ### ####",
    ml="gmail.com|yahoo.com",
    hm="លោក",
    hf="លោកស្រី|កញ្ញា",
    cur="${a}|{a}៛|KHR {a}",
    pl="#@@-####",
    pp="N########",
    ap="KTI Techo International|SAI Siem Reap-Angkor International",
    biz="Smart|Cellcard|Metfone|EDC|PassApp|Grab|Tada|Foodpanda",
    df="{dd}/{mm}/{Y}|{dd}-{mm}-{Y}",
)

# ---------------------------------------------------------------- East Asia
_L(
    "cn",
    "China",
    "East Asia",
    "zh|en",
    "cjk",
    gm="伟=Wei|强=Qiang|磊=Lei|洋=Yang|勇=Yong|浩然=Haoran|子轩=Zixuan|俊杰=Junjie|志明=Zhiming"
    "|建国=Jianguo|宇航=Yuhang|明轩=Mingxuan",
    gf="芳=Fang|娜=Na|静=Jing|丽=Li|敏=Min|雪=Xue|婷婷=Tingting|欣怡=Xinyi|梓涵=Zihan|晓燕=Xiaoyan"
    "|佳琪=Jiaqi|雨萱=Yuxuan",
    fam="王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|赵=Zhao|黄=Huang|周=Zhou|吴=Wu|徐=Xu"
    "|孙=Sun|胡=Hu|朱=Zhu|欧阳=Ouyang|司马=Sima",
    st="中山路=Zhongshan Road|南京东路=East Nanjing Road|张杨路=Zhangyang Road|建国路=Jianguo Road"
    "|天府大道=Tianfu Avenue|文三路=Wensan Road|淮海中路=Middle Huaihai Road"
    "|科技园南路=Kejiyuan South Road",
    dist="浦东新区=Pudong New Area|朝阳区=Chaoyang District|西湖区=Xihu District"
    "|南山区=Nanshan District|武侯区=Wuhou District|天河区=Tianhe District|徐汇区=Xuhui District",
    tw="上海市=Shanghai;200###|北京市=Beijing;100###|杭州市=Hangzhou;310###|深圳市=Shenzhen;518###"
    "|成都市=Chengdu;610###|广州市=Guangzhou;510###",
    a="{flat}, No. {n} {st}, {dist}, {tw} {pc}|No. {n}, {st}, {dist}, {tw}",
    na="{tw}{dist}{st}{n}号{flat}|{tw}{dist}{st}{n}号{bld}{flat}",
    hn="###|##|####",
    flat="#栋#0#室=Bldg #, Rm #0#|##0#室=Room ##0#|#单元#0#=Unit #-#0#",
    bld="阳光小区=Yangguang Residential Community|世纪花园=Century Garden|万科城=Vanke City",
    ph="13# #### ####|+86 13# #### ####|+86 18#########|15#########|010-6### ####|021-5###-####"
    "|+86 139 #### ####",
    ml="qq.com|163.com|126.com|sina.com|foxmail.com|gmail.com",
    mailnum="qq.com",
    cur="¥{a}|{a}元|RMB {a}|CNY {a}",
    pl="沪@·#####|京@·#####|浙@·####@",
    pp="E########|E@#######",
    ap="PVG Shanghai Pudong|PEK Beijing Capital|PKX Beijing Daxing|CAN Guangzhou Baiyun"
    "|SZX Shenzhen Bao'an|CTU Chengdu Tianfu",
    biz="中国移动|国家电网|滴滴出行|美团|饿了么|顺丰速运|淘宝|闲鱼|携程|支付宝",
    df="{Y}年{m}月{d}日|{Y}-{mm}-{dd}|{Y}.{m}.{d}",
)
_L(
    "tw",
    "Taiwan",
    "East Asia",
    "zht|en",
    "cjk",
    gm="志明=Chih-Ming|冠宇=Kuan-Yu|家豪=Chia-Hao|俊傑=Chun-Chieh|承恩=Cheng-En|宇翔=Yu-Hsiang"
    "|建宏=Chien-Hung|柏翰=Po-Han",
    gf="怡君=Yi-Chun|雅婷=Ya-Ting|淑芬=Shu-Fen|詩涵=Shih-Han|欣妤=Hsin-Yu|佩君=Pei-Chun"
    "|宜蓁=Yi-Chen|美玲=Mei-Ling",
    fam="陳=Chen|林=Lin|黃=Huang|張=Chang|李=Lee|王=Wang|吳=Wu|劉=Liu|蔡=Tsai|楊=Yang|許=Hsu"
    "|鄭=Cheng",
    egm="Kevin|Jason|Eric|Allen|Vincent",
    egf="Vivian|Grace|Tiffany|Irene|Peggy",
    st="忠孝東路四段=Sec. 4, Zhongxiao E. Rd.|敦化南路一段=Sec. 1, Dunhua S. Rd."
    "|中山北路二段=Sec. 2, Zhongshan N. Rd.|民生東路三段=Sec. 3, Minsheng E. Rd."
    "|文心路二段=Sec. 2, Wenxin Rd.",
    dist="大安區=Da'an Dist.|信義區=Xinyi Dist.|中山區=Zhongshan Dist.|松山區=Songshan Dist."
    "|西屯區=Xitun Dist.",
    tw="臺北市=Taipei City;10#|臺中市=Taichung City;40#|高雄市=Kaohsiung City;80#"
    "|新竹市=Hsinchu City;300",
    a="{flat}, No. {n}, {st}, {dist}, {tw} {pc}|No. {n}, Ln. ##, {st}, {dist}, {tw}",
    na="{pc}{tw}{dist}{st}{n}號{flat}|{tw}{dist}{st}##巷{n}號{flat}",
    flat="#樓=#F.|#樓之#=#F.-#|##樓=##F.",
    ph="09##-###-###|+886 9##-###-###|+886 9## ### ###|(02) 2###-####|0912 ### ###"
    "|+886 2 2###-####",
    ml="gmail.com|yahoo.com.tw|hotmail.com|msa.hinet.net",
    cur="NT${a}|{a}元|TWD {a}",
    pl="@@@-####",
    pp="#########",
    cal="roc",
    ap="TPE Taoyuan International|TSA Songshan|KHH Kaohsiung International",
    biz="中華電信|台灣大哥大|台電|Uber Eats|foodpanda|蝦皮購物|7-ELEVEN|黑貓宅急便|LINE Pay",
    df="{Y}年{m}月{d}日|{Y}/{mm}/{dd}",
)
_L(
    "hk",
    "Hong Kong",
    "East Asia",
    "en|zht",
    "hk",
    gm="大文=Tai Man|家明=Ka Ming|志強=Chi Keung|偉倫=Wai Lun|俊傑=Chun Kit|嘉豪=Ka Ho"
    "|浩賢=Ho Yin|國華=Kwok Wah",
    gf="美玲=Mei Ling|嘉欣=Ka Yan|詠詩=Wing Sze|慧敏=Wai Man|曉彤=Hiu Tung|凱琳=Hoi Lam"
    "|淑儀=Suk Yee|家怡=Ka Yee",
    fam="陳=Chan|李=Lee|張=Cheung|黃=Wong|何=Ho|梁=Leung|林=Lam|劉=Lau|鄭=Cheng|吳=Ng|蔡=Choi"
    "|周=Chow",
    egm="Peter|Kelvin|Ivan|Raymond|Alvin|Wilson",
    egf="Winnie|Cherry|Queenie|Karen|Ivy|Fiona",
    st="彌敦道=Nathan Road|英皇道=King's Road|軒尼詩道=Hennessy Road|德輔道中=Des Voeux Road"
    " Central"
    "|太子道西=Prince Edward Road West|青山公路=Castle Peak Road|麼地道=Mody Road",
    dist="旺角=Mong Kok|北角=North Point|灣仔=Wan Chai|沙田=Sha Tin|將軍澳=Tseung Kwan O"
    "|荃灣=Tsuen Wan|尖沙咀=Tsim Sha Tsui",
    tw="九龍=Kowloon;|香港=Hong Kong;|新界=New Territories;",
    a="{flat}, {bld}, {n} {st}, {dist}, {tw}|Flat @, ##/F, Block #, {bld}, {dist}, {tw}",
    na="{tw}{dist}{st}{n}號{bld}{flat}",
    flat="##樓@室=Flat @, ##/F|#樓##室=Rm ##, #/F",
    bld="美孚新邨=Mei Foo Sun Chuen|太古城=Taikoo Shing|嘉湖山莊=Kingswood Villas"
    "|德福花園=Telford Gardens",
    ph="9### ####|+852 9### ####|6### ####|+852 5### ####|2### ####|+852 6#######",
    ml="gmail.com|yahoo.com.hk|netvigator.com|hotmail.com",
    nb="zht",
    cur="HK${a}|HKD {a}",
    pl="@@ ####",
    pp="K########|H########",
    ap="HKG Hong Kong International",
    biz="CLP|HK Electric|Towngas|csl|SmarTone|Octopus|foodpanda|Deliveroo|HKTVmall|Carousell|GOGOX",
    df="{dd}/{mm}/{Y}|{Y}年{m}月{d}日",
)
_L(
    "jp",
    "Japan",
    "East Asia",
    "ja|en",
    "cjk",
    gm="翔太=Shota|大輔=Daisuke|健太=Kenta|拓也=Takuya|蓮=Ren|陽翔=Haruto|悠真=Yuma|直樹=Naoki"
    "|誠=Makoto|浩二=Koji|隆=Takashi|湊=Minato",
    gf="陽菜=Hina|美咲=Misaki|さくら=Sakura|結衣=Yui|愛=Ai|真由美=Mayumi|由美子=Yumiko|彩花=Ayaka"
    "|恵=Megumi|葵=Aoi|芽依=Mei|千尋=Chihiro",
    fam="佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|田中=Tanaka|伊藤=Ito|渡辺=Watanabe|山本=Yamamoto"
    "|中村=Nakamura|小林=Kobayashi|加藤=Kato|吉田=Yoshida|山口=Yamaguchi|松本=Matsumoto|井上=Inoue",
    tw="東京都渋谷区神宮前=Jingumae, Shibuya-ku, Tokyo;150-0001"
    "|東京都世田谷区三軒茶屋=Sangenjaya, Setagaya-ku, Tokyo;154-0024"
    "|東京都新宿区高田馬場=Takadanobaba, Shinjuku-ku, Tokyo;169-0075"
    "|大阪府大阪市北区梅田=Umeda, Kita-ku, Osaka;530-0001"
    "|京都府京都市中京区=Nakagyo-ku, Kyoto;604-8###"
    "|福岡県福岡市博多区博多駅前=Hakataekimae, Hakata-ku, Fukuoka;812-0011"
    "|北海道札幌市中央区南三条西=Minami 3-jo Nishi, Chuo-ku, Sapporo;060-0063",
    a="{bld} {flat}, {n} {tw} {pc}|{n} {tw} {pc}",
    na="〒{pc} {tw}{n} {bld}{flat}|{tw}{n}-{bld}{flat}|〒{pc}\n{tw}{n}",
    hn="#-##-#|#-#-##|##-#",
    bld="メゾン青山=Maison Aoyama|コーポ田中=Corp Tanaka|パークハイツ=Park Heights"
    "|グランドメゾン=Grand Maison|サンシャイン荘=Sunshine-so",
    flat="#0#号室=#0#|##号室=Room ##",
    ph="090-####-####|080-####-####|+81 90-####-####|+81 80 #### ####|03-####-####|06-####-####"
    "|070-####-####",
    ml="gmail.com|docomo.ne.jp|ezweb.ne.jp|yahoo.co.jp|icloud.com|softbank.ne.jp",
    cur="¥{a}|{a}円|JPY {a}",
    pl="品川 3## さ ##-##|練馬 5## わ ##-##|なにわ 3## あ ##-##",
    dl="############",
    pp="T@#######",
    cal="jp",
    ap="HND Haneda|NRT Narita International|KIX Kansai International|FUK Fukuoka|CTS New Chitose",
    biz="ドコモ|ソフトバンク|東京電力|東京ガス|ヤマト運輸|佐川急便|メルカリ|楽天トラベル|出前館|GO",
    df="{Y}年{m}月{d}日|{Y}/{mm}/{dd}",
)
_L(
    "kr",
    "South Korea",
    "East Asia",
    "ko|en",
    "cjk",
    gm="민준=Min-jun|서준=Seo-jun|도윤=Do-yoon|지호=Ji-ho|현우=Hyun-woo|준서=Jun-seo|성민=Sung-min"
    "|동현=Dong-hyun|재원=Jae-won|태양=Tae-yang",
    gf="서연=Seo-yeon|지우=Ji-woo|하은=Ha-eun|민서=Min-seo|수빈=Su-bin|지민=Ji-min|예린=Ye-rin"
    "|유진=Yu-jin|혜원=Hye-won|은지=Eun-ji",
    fam="김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang|조=Cho|윤=Yoon|장=Jang|임=Lim|한=Han|오=Oh"
    "|서=Seo|남궁=Namgung",
    st="월드컵북로12길=Worldcup-buk-ro 12-gil|테헤란로=Teheran-ro|올림픽로=Olympic-ro"
    "|연남로=Yeonnam-ro|해운대해변로=Haeundaehaebyeon-ro|반포대로=Banpo-daero|동일로=Dongil-ro",
    tw="서울특별시 마포구=Mapo-gu, Seoul;04###|서울특별시 강남구=Gangnam-gu, Seoul;06###"
    "|서울특별시 송파구=Songpa-gu, Seoul;05###|부산광역시 해운대구=Haeundae-gu, Busan;48###"
    "|경기도 성남시 분당구=Bundang-gu, Seongnam-si, Gyeonggi-do;13###",
    a="{flat}, {n} {st}, {tw} {pc}|{bld} {flat}, {n} {st}, {tw}",
    na="{tw} {st} {n}, {bld} {flat}|({pc}) {tw} {st} {n} {flat}",
    hn="##|###|##-#",
    flat="###동 ####호=Bldg ###, Unit ####|#0#호=Unit #0#",
    bld="래미안아파트=Raemian Apt.|자이아파트=Xi Apt.|현대오피스텔=Hyundai Officetel"
    "|푸르지오=Prugio",
    ph="010-####-####|+82 10-####-####|+82 10 #### ####|02-###-####|010########|031-###-####",
    ml="naver.com|daum.net|gmail.com|kakao.com|hanmail.net",
    cur="₩{a}|{a}원|KRW {a}",
    pl="##가 ####|###나 ####|##허 ####",
    dl="##-##-######-##",
    pp="M########|M###@####",
    ap="ICN Incheon International|GMP Gimpo International|PUS Gimhae International"
    "|CJU Jeju International",
    biz="SKT|KT|LG U+|한국전력|카카오T|배달의민족|쿠팡|당근마켓|CJ대한통운|야놀자",
    df="{Y}년 {m}월 {d}일|{Y}.{mm}.{dd}",
)
_L(
    "mn",
    "Mongolia",
    "East Asia",
    "mn|en",
    "mn",
    gm="Бат-Эрдэнэ=Bat-Erdene|Ганбаатар=Ganbaatar|Тэмүүлэн=Temuulen|Болд=Bold"
    "|Мөнх-Очир=Munkh-Ochir|Энхбаяр=Enkhbayar|Сүхбат=Sukhbat|Баяр=Bayar",
    gf="Сарнай=Sarnai|Оюунчимэг=Oyunchimeg|Номин=Nomin|Анужин=Anujin|Солонго=Solongo"
    "|Мөнхзул=Munkhzul|Уянга=Uyanga|Хулан=Khulan",
    pm="Батбаярын=Batbayaryn|Ганзоригийн=Ganzorigiin|Дорждагвын=Dorjdagvyn|Цэрэнгийн=Tserengiin"
    "|Нямдоржийн=Nyamdorjiin|Эрдэнэбилэгийн=Erdenebilegiin|Лхагвасүрэнгийн=Lkhagvasurengiin",
    st="Энхтайвны өргөн чөлөө=Peace Avenue|Сөүлийн гудамж=Seoul Street"
    "|Чингисийн өргөн чөлөө=Chinggis Avenue|Их тойруу=Ikh Toiruu",
    dist="Сүхбаатар дүүрэг, 1-р хороо=Sukhbaatar District, 1st khoroo"
    "|Хан-Уул дүүрэг, 15-р хороо=Khan-Uul District, 15th khoroo"
    "|Баянзүрх дүүрэг, 26-р хороо=Bayanzurkh District, 26th khoroo|Чингэлтэй дүүрэг=Chingeltei"
    " District",
    tw="Улаанбаатар=Ulaanbaatar;1#####|Дархан=Darkhan;45####|Эрдэнэт=Erdenet;61####",
    a="{dist}, {st}, Building {n}, Apt ##, {tw}|Apt ##, Bldg {n}, {st}, {dist}, {tw} {pc}",
    na="{tw}, {dist}, {st}, {n}-р байр, ## тоот",
    ph="99## ####|+976 99## ####|88######|+976 95## ####|+976 8#######",
    ml="gmail.com|yahoo.com|mail.ru",
    cur="₮{a}|{a} төгрөг|MNT {a}",
    pl="#### УБА|#### УНМ",
    pp="E#######",
    ap="UBN Chinggis Khaan International",
    biz="Unitel|Mobicom|Skytel|UBEDN|Toki|Shoppy",
    df="{Y}.{mm}.{dd}|{Y} оны {m} сарын {d}",
)

# ---------------------------------------------------------------- Central Asia and Caucasus
_L(
    "kz",
    "Kazakhstan",
    "Central Asia",
    "ru|kk|en",
    "slav",
    gm="Нурлан=Nurlan|Ерлан=Yerlan|Асхат=Askhat|Данияр=Daniyar|Бауыржан=Baurzhan|Айдос=Aidos"
    "|Арман=Arman|Тимур=Timur|Ержан=Yerzhan|Алихан=Alikhan",
    gf="Айгерим=Aigerim|Динара=Dinara|Жанар=Zhanar|Асель=Assel|Гульнара=Gulnara|Аружан=Aruzhan"
    "|Мадина=Madina|Сауле=Saule|Камила=Kamila|Томирис=Tomiris",
    fam="Ахметов/Ахметова=Akhmetov/Akhmetova|Нурпеисов/Нурпеисова=Nurpeisov/Nurpeisova"
    "|Жумабаев/Жумабаева=Zhumabayev/Zhumabayeva|Сериков/Серикова=Serikov/Serikova"
    "|Касымов/Касымова=Kassymov/Kassymova|Оспанов/Оспанова=Ospanov/Ospanova"
    "|Абенов/Абенова=Abenov/Abenova|Тулегенов/Тулегенова=Tulegenov/Tulegenova"
    "|Исаев/Исаева=Issayev/Issayeva",
    pm="Серикович=Serikovich|Ерланович=Yerlanovich|Болатович=Bolatovich|Нурланович=Nurlanovich"
    "|Маратұлы=Maratuly|Асанұлы=Asanuly",
    pf="Сериковна=Serikovna|Болатовна=Bolatovna|Ержановна=Yerzhanovna|Маратқызы=Maratkyzy"
    "|Асанқызы=Asankyzy",
    nb="ru|kk",
    st="пр. Абая=Abay Ave.|ул. Жибек Жолы=Zhibek Zholy St.|пр. Достык=Dostyk Ave."
    "|ул. Толе би=Tole Bi St.|ул. Кабанбай батыра=Kabanbay Batyr St.|пр. Мангилик Ел=Mangilik El"
    " Ave.",
    dist="Алмалинский район=Almaly District|Медеуский район=Medeu District"
    "|Есильский район=Yesil District|мкр. Самал-2=Samal-2 microdistrict",
    tw="Алматы=Almaty;0500##|Астана=Astana;0100##|Шымкент=Shymkent;1600##",
    a="{n} {st}, apt. ##, {tw} {pc}|{st} {n}, Apt ##, {dist}, {tw}",
    na="г. {tw}, {st}, д. {n}, кв. ##|{pc}, г. {tw}, {dist}, {st}, {n}, кв. ##",
    ph="8 7## ### ## ##|+7 7## ### ## ##|+7 (701) ### ## ##|8 (727) ### ## ##|+7 707 ### ####"
    "|87#########",
    ml="gmail.com|mail.ru|mail.kz|yandex.kz",
    hm="г-н",
    hf="г-жа",
    cur="{a} ₸|{a} тенге|KZT {a}",
    pl="### @@@ ##",
    dl="@@ ######",
    pp="N########",
    ib="KZ",
    ap="ALA Almaty International|NQZ Astana International",
    biz="Kcell|Beeline|Tele2|Kaspi|Yandex Go|Glovo|Wolt|Kazpost|Kolesa.kz|Krisha.kz",
    df="{dd}.{mm}.{Y}|{d} {M} {Y} г.",
)
_L(
    "uz",
    "Uzbekistan",
    "Central Asia",
    "uz|ru|en",
    "slav",
    gm="Jasur|Sardor|Bekzod|Doniyor|Otabek|Sherzod|Aziz|Jamshid|Timur|Rustam",
    gf="Dilnoza|Madina|Shahnoza|Gulnora|Nodira|Malika|Zarina|Sevara|Feruza|Kamola",
    fam="Karimov/Karimova|Rahimov/Rahimova|Tursunov/Tursunova|Yusupov/Yusupova"
    "|Abdullayev/Abdullayeva|Ismoilov/Ismoilova|Nazarov/Nazarova|Xolmatov/Xolmatova"
    "|Sobirov/Sobirova|Ergashev/Ergasheva",
    pm="Shavkatovich|Akmalovich|Rustamovich|Baxtiyor o'g'li|Anvar o'g'li",
    pf="Shavkatovna|Akmalovna|Rustamovna|Baxtiyor qizi|Anvar qizi",
    st="Amir Temur shoh ko'chasi|Navoiy ko'chasi|Mustaqillik shoh ko'chasi|Bobur ko'chasi"
    "|Shota Rustaveli ko'chasi",
    dist="Yunusobod tumani|Mirzo Ulug'bek tumani|Chilonzor tumani|Shayxontohur tumani"
    "|Yakkasaroy tumani",
    tw="Toshkent;100###|Samarqand;140###|Buxoro;200###|Namangan;160###",
    a="{tw} sh., {dist}, {st}, {n}-uy, ##-xonadon|{st} {n}, apt ##, {dist}, {tw} {pc}",
    ph="+998 9# ### ## ##|9# ### ## ##|+998 (90) ###-##-##|(71) ### ## ##|+998 33 ### ## ##"
    "|+99890#######",
    ml="gmail.com|mail.ru|yandex.ru|umail.uz",
    hm="janob",
    hf="xonim",
    cur="{a} so'm|UZS {a}",
    ts=" ",
    pl="## @ ### @@",
    dl="@@ #######",
    pp="@@#######",
    ap="TAS Tashkent International|SKD Samarkand International",
    biz="Ucell|Beeline|Uzmobile|Yandex Go|Uzum Market|Express24|Click|Payme",
    df="{dd}.{mm}.{Y}|{Y} yil {d}-{M}",
)
_L(
    "kg",
    "Kyrgyzstan",
    "Central Asia",
    "ru|en",
    "slav",
    gm="Азамат=Azamat|Бакыт=Bakyt|Эрлан=Erlan|Нурбек=Nurbek|Айбек=Aibek|Улан=Ulan|Талант=Talant"
    "|Мирлан=Mirlan",
    gf="Айжан=Aizhan|Айпери=Aiperi|Бермет=Bermet|Нургуль=Nurgul|Жылдыз=Zhyldyz|Чолпон=Cholpon"
    "|Гулзат=Gulzat|Асель=Asel",
    fam="Абдыкадыров/Абдыкадырова=Abdykadyrov/Abdykadyrova"
    "|Токтогулов/Токтогулова=Toktogulov/Toktogulova|Усенов/Усенова=Usenov/Usenova"
    "|Осмонов/Осмонова=Osmonov/Osmonova|Садыков/Садыкова=Sadykov/Sadykova"
    "|Мамытов/Мамытова=Mamytov/Mamytova|Турдубаев/Турдубаева=Turdubaev/Turdubaeva",
    pm="Бакытович=Bakytovich|Асанович=Asanovich|Муратбекович=Muratbekovich"
    "|Таалайбек уулу=Taalaibek uulu",
    pf="Бакытовна=Bakytovna|Асановна=Asanovna|Таалайбек кызы=Taalaibek kyzy",
    st="пр. Чуй=Chuy Ave.|ул. Киевская=Kievskaya St.|пр. Манаса=Manas Ave.|ул. Токтогула=Toktogul"
    " St."
    "|ул. Исанова=Isanov St.",
    dist="мкр. Джал=Dzhal microdistrict|мкр. Асанбай=Asanbai microdistrict"
    "|Октябрьский район=Oktyabrsky District",
    tw="Бишкек=Bishkek;7200##|Ош=Osh;7235##|Каракол=Karakol;7222##",
    a="{st} {n}, apt. ##, {tw} {pc}|{dist}, {st} {n}, apt ##, {tw}",
    na="г. {tw}, {st}, д. {n}, кв. ##|{pc}, г. {tw}, {dist}, д. {n}, кв. ##",
    ph="+996 5## ### ###|0 (555) ### ###|+996 7## ### ###|0 7## ### ###|+996 (312) ## ## ##",
    ml="gmail.com|mail.ru|yandex.ru",
    hm="г-н",
    hf="г-жа",
    cur="{a} сом|KGS {a}",
    pl="0# KG ### @@@",
    pp="@@#######",
    ap="FRU Manas International|OSS Osh International",
    biz="MegaCom|O!|Beeline|Yandex Go|Namba Taxi|Glovo|Elsom",
    df="{dd}.{mm}.{Y}|{d} {M} {Y} г.",
)
_L(
    "az",
    "Azerbaijan",
    "Central Asia",
    "az|en",
    "slav",
    gm="Rəşad|Orxan|Tural|Fərid|Kamran|Ramin|Nicat|Elçin|İlkin|Elvin",
    gf="Aysel|Leyla|Günel|Nigar|Sevinc|Aynur|Nərmin|Ülviyyə|Könül|Lalə",
    fam="Məmmədov/Məmmədova|Həsənov/Həsənova|Hüseynov/Hüseynova|Quliyev/Quliyeva|Rzayev/Rzayeva"
    "|İsmayılov/İsmayılova|Abbasov/Abbasova|Cəfərov/Cəfərova|Nəsirov/Nəsirova",
    pm="Elşən oğlu|Rövşən oğlu|Vüqar oğlu|Tofiq oğlu",
    pf="Elşən qızı|Rövşən qızı|Vüqar qızı|Tofiq qızı",
    st="Nizami küçəsi|Füzuli küçəsi|Azadlıq prospekti|Bülbül prospekti|Səməd Vurğun küçəsi"
    "|Həsən bəy Zərdabi prospekti",
    dist="Nəsimi rayonu|Yasamal rayonu|Nərimanov rayonu|Xətai rayonu|Səbail rayonu",
    tw="Bakı;AZ10##|Gəncə;AZ20##|Sumqayıt;AZ50##",
    a="{st} {n}, mənzil ##, {dist}, {tw} {pc}|{pc}, {tw}, {dist}, {st}, ev {n}, mənzil ##",
    ph="+994 50 ### ## ##|050 ### ## ##|+994 55 ### ## ##|(012) ### ## ##|+994 70 ### ## ##"
    "|+99451#######",
    ml="gmail.com|mail.ru|box.az",
    hm="cənab",
    hf="xanım",
    cur="{a} ₼|{a} AZN",
    pl="##-@@-###",
    pp="C########",
    ib="AZ",
    ap="GYD Heydar Aliyev International",
    biz="Azercell|Bakcell|Azərişıq|Azərsu|Bolt|Wolt|Tap.az",
    df="{dd}.{mm}.{Y}|{d} {M} {Y}",
)
_L(
    "ge",
    "Georgia",
    "Central Asia",
    "ka|en",
    "w",
    gm="გიორგი=Giorgi|ლევან=Levan|დავით=Davit|ნიკა=Nika|ირაკლი=Irakli|ლაშა=Lasha|ზურაბ=Zurab"
    "|ალექსანდრე=Aleksandre|თორნიკე=Tornike|გელა=Gela",
    gf="ნინო=Nino|მარიამ=Mariam|თამარ=Tamar|ანა=Ana|ეკატერინე=Ekaterine|სალომე=Salome"
    "|ნათია=Natia|ქეთევან=Ketevan|მაკა=Maka|ელენე=Elene",
    fam="ბერიძე=Beridze|კაპანაძე=Kapanadze|გელაშვილი=Gelashvili|მაისურაძე=Maisuradze"
    "|ლომიძე=Lomidze|ჯაფარიძე=Japaridze|ხარაიშვილი=Kharaishvili|წიკლაური=Tsiklauri"
    "|მელაძე=Meladze|ნოზაძე=Nozadze|გოგოლაძე=Gogoladze|ჩხეიძე=Chkheidze",
    st="რუსთაველის გამზირი=Rustaveli Avenue|ჭავჭავაძის გამზირი=Chavchavadze Avenue"
    "|აღმაშენებლის გამზირი=Aghmashenebeli Avenue|ვაჟა-ფშაველას გამზირი=Vazha-Pshavela Avenue"
    "|ფალიაშვილის ქუჩა=Paliashvili Street|ლესელიძის ქუჩა=Leselidze Street",
    dist="ვაკე=Vake|საბურთალო=Saburtalo|ვერა=Vera|ძველი თბილისი=Old Tbilisi|ისანი=Isani",
    tw="თბილისი=Tbilisi;01##|ბათუმი=Batumi;6000|ქუთაისი=Kutaisi;4600",
    a="{n} {st}, apt ##, {dist}, {tw} {pc}|{st} ^{n}, Apt. ##, {tw}",
    na="{tw}, {st} №{n}, ბინა ##|{tw} {pc}, {dist}, {st} {n}",
    ph="+995 5## ## ## ##|5## ## ## ##|5## ### ###|+995 32 2## ## ##|+995 599 ## ## ##",
    ml="gmail.com|yahoo.com|mail.ru",
    hm="ბატონი",
    hf="ქალბატონი",
    cur="{a} ₾|{a} GEL|{a} ლარი",
    pl="@@-###-@@",
    pp="##@@#####",
    ib="GE",
    ap="TBS Tbilisi International|BUS Batumi International|KUT Kutaisi International",
    biz="Magti|Silknet|Cellfie|Telasi|GWP|Bolt|Wolt|Glovo|MyHome.ge|TBC Pay",
    df="{dd}.{mm}.{Y}|{d} {M}, {Y}",
)
_L(
    "am",
    "Armenia",
    "Central Asia",
    "hy|ru|en",
    "w",
    gm="Արամ=Aram|Դավիթ=Davit|Տիգրան=Tigran|Նարեկ=Narek|Հայկ=Hayk|Արմեն=Armen|Գոռ=Gor|Վահե=Vahe"
    "|Սարգիս=Sargis|Արթուր=Artur",
    gf="Անի=Ani|Մարիամ=Mariam|Լիլիթ=Lilit|Նարինե=Narine|Անահիտ=Anahit|Սոնա=Sona|Գայանե=Gayane"
    "|Արփի=Arpi|Սիրանուշ=Siranush|Տաթև=Tatev",
    fam="Պետրոսյան=Petrosyan|Հովհաննիսյան=Hovhannisyan|Սարգսյան=Sargsyan|Գրիգորյան=Grigoryan"
    "|Հարությունյան=Harutyunyan|Ավետիսյան=Avetisyan|Մկրտչյան=Mkrtchyan|Խաչատրյան=Khachatryan"
    "|Կարապետյան=Karapetyan|Ղազարյան=Ghazaryan|Վարդանյան=Vardanyan|Ստեփանյան=Stepanyan",
    nb="hy",
    st="Մաշտոցի պողոտա=Mashtots Avenue|Աբովյան փողոց=Abovyan Street|Բաղրամյան պողոտա=Baghramyan"
    " Avenue"
    "|Տերյան փողոց=Teryan Street|Կոմիտասի պողոտա=Komitas Avenue|Սայաթ-Նովայի պողոտա=Sayat-Nova"
    " Avenue",
    dist="Կենտրոն=Kentron|Արաբկիր=Arabkir|Աջափնյակ=Ajapnyak|Դավթաշեն=Davtashen",
    tw="Երևան=Yerevan;00##|Գյումրի=Gyumri;3101|Վանաձոր=Vanadzor;2001",
    a="{n} {st}, apt. ##, {dist}, {tw} {pc}|{st} {n}/#, Apt ##, {tw}",
    na="{tw} {pc}, {st} {n}, բն. ##",
    ph="+374 9# ######|09# ######|+374 77 ######|+374 10 ######|+374 (91) ##-##-##|055 ## ## ##",
    ml="gmail.com|mail.ru|yandex.ru",
    hm="պարոն",
    hf="տիկին",
    cur="{a} ֏|{a} AMD|{a} դրամ",
    pl="##@@###",
    pp="@@#######",
    ap="EVN Zvartnots International",
    biz="Team Telecom|Ucom|Viva|ENA|Veolia Jur|Yandex Go|Menu.am",
    df="{dd}.{mm}.{Y}|{d} {M} {Y}թ.",
)

# ---------------------------------------------------------------- Europe
_L(
    "gb",
    "United Kingdom",
    "Europe",
    "en",
    "w",
    gm="Oliver|James|Harry|Thomas|George|Callum|Liam|Daniel|Ben|Jack|Rhys|Arjun|Kwame|Tomasz",
    gf="Sophie|Emily|Charlotte|Amelia|Olivia|Chloe|Hannah|Rebecca|Aisha|Siobhan|Megan|Priya|Zara",
    fam="Smith|Jones|Taylor|Brown|Williams|Wilson|Evans|Roberts|Walker|Patel|Khan|O'Connor"
    "|Hughes|Clarke|Ahmed|Davies|Okoro|Robinson|Fitzgerald|Ashworth",
    st="Albert Road|Victoria Street|Church Lane|Mill Road|Station Road|Queen's Drive"
    "|Lansdowne Crescent|Holloway Road|Kelvin Way|Wilmslow Road",
    dist="Headingley|Hackney|Chorlton|Clifton|Jesmond|Roath",
    tw="London;N7 #@@|London;SE15 #@@|Leeds;LS6 #@@|Manchester;M21 #@@|Bristol;BS8 #@@"
    "|Edinburgh;EH9 #@@|Cardiff;CF24 #@@|Glasgow;G12 #@@|Birmingham;B13 #@@",
    a="{n} {st}, {tw} {pc}|{flat}, {n} {st}, {tw} {pc}|{flat}, {bld}, {st}, {tw} {pc}"
    "|{n} {st}\n{dist}\n{tw}\n{pc}",
    flat="Flat #|Flat ##|Flat #@|Apartment ##",
    bld="Ashdown House|Kingfisher Court|The Old Dairy",
    ph="07### ######|+44 7### ######|+44 (0)7### ######|020 #### ####|0161 ### ####"
    "|+44 20 #### ####|0113 ### ####|07#########",
    ml="gmail.com|hotmail.co.uk|outlook.com|btinternet.com|yahoo.co.uk|icloud.com",
    cur="£{a}|GBP {a}",
    pl="@@## @@@",
    dl="@@@@@######@@#@@",
    pp="#########",
    ib="GB",
    ap="LHR Heathrow|LGW Gatwick|MAN Manchester|EDI Edinburgh|STN Stansted|BHX Birmingham",
    biz="British Gas|Octopus Energy|Thames Water|EE|Vodafone|Three|Royal Mail|Evri|Deliveroo"
    "|Just Eat|Gumtree|Rightmove",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "ie",
    "Ireland",
    "Europe",
    "en",
    "w",
    gm="Seán|Ciarán|Conor|Darragh|Eoin|Niall|Oisín|Cian|Patrick|Tadhg|Fionn|Aidan",
    gf="Aoife|Siobhán|Niamh|Saoirse|Caoimhe|Róisín|Orla|Clodagh|Sinéad|Gráinne|Ciara|Máire",
    fam="Murphy|Kelly|O'Sullivan|Walsh|Byrne|Ryan|O'Brien|Ó Briain|Mac Giolla Phádraig|McCarthy"
    "|Doyle|Gallagher|Lynch|O'Neill|Fitzpatrick|Kavanagh",
    st="Leeson Street Upper|Rathgar Road|Griffith Avenue|Ballymun Road|Sandymount Avenue"
    "|Oliver Plunkett Street|Newcastle Road",
    dist="Ranelagh|Drumcondra|Blackrock|Salthill|Douglas|Stoneybatter",
    tw="Dublin 6;D06 @#@#|Dublin 9;D09 @#@#|Cork;T12 @#@#|Galway;H91 @#@#|Limerick;V94 @#@#",
    a="{n} {st}, {dist}, {tw}, {pc}|{flat}, {bld}, {st}, {tw} {pc}|{n} {st}, {dist}, {tw}",
    flat="Apt ##|Flat #",
    bld="Charlemont Square|The Maltings|Riverside House",
    ph="08# ### ####|+353 8# ### ####|(01) ### ####|+353 1 ### ####|087 #######"
    "|+353 (0)86 ### ####",
    ml="gmail.com|eircom.net|hotmail.com|outlook.ie",
    cur="€{a}|EUR {a}",
    pl="###-D-#####|##-C-####",
    dl="#########",
    pp="P@#######",
    ib="IE",
    ap="DUB Dublin|ORK Cork|SNN Shannon",
    biz="Electric Ireland|Bord Gáis Energy|Uisce Éireann|eir|Vodafone|An Post|Deliveroo|Daft.ie"
    "|DoneDeal|Free Now",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "fr",
    "France",
    "Europe",
    "fr|en",
    "w",
    gm="Jean-Pierre|Thomas|Nicolas|Julien|Antoine|Mathieu|Karim|Hugo|Étienne|Baptiste|Yannick"
    "|Rémi|Sébastien|Léo",
    gf="Marie|Camille|Léa|Chloé|Manon|Inès|Sophie|Émilie|Aurélie|Clémence|Nadia|Héloïse|Margaux",
    fam="Martin|Bernard|Dubois|Robert|Richard|Petit|Durand|Leroy|Moreau|Lefèvre|Girard"
    "|Fontaine|de Villiers|Benali|Nguyen|Da Silva|Lemaire|Rousseau|Mercier|Le Goff",
    st="rue des Lilas|avenue Jean Jaurès|boulevard Voltaire|rue de la République|rue Victor Hugo"
    "|chemin des Vignes|allée des Tilleuls|rue du Faubourg Saint-Antoine|impasse des Roses",
    tw="Paris;750##|Lyon;6900#|Marseille;130##|Toulouse;310##|Nantes;44000|Lille;59000"
    "|Bordeaux;33000|Strasbourg;67000|Montreuil;93100",
    a="{n} {st}, {pc} {tw}|{n} bis {st}, {pc} {tw}|{flat}, {n} {st}, {pc} {tw}|{n} {st}\n{pc} {tw}"
    "|Résidence {bld}, {flat}, {n} {st}, {pc} {tw}",
    flat="Appt ##|Bât. @, appt ##|Esc. @, 3e étage",
    bld="Les Jardins de Flore|Le Clos Fleuri|Les Terrasses du Parc",
    ph="06 ## ## ## ##|07 ## ## ## ##|+33 6 ## ## ## ##|+33 (0)7 ## ## ## ##|01 ## ## ## ##"
    "|06.##.##.##.##|+336########|04 ## ## ## ##",
    ml="gmail.com|orange.fr|free.fr|laposte.net|sfr.fr|hotmail.fr|wanadoo.fr",
    hm="M.",
    hf="Mme",
    cur="{a} €|{a} EUR",
    ts=" ",
    pl="@@-###-@@",
    dl="############|##@@#####",
    pp="##@@#####",
    ib="FR",
    ap="CDG Paris-Charles de Gaulle|ORY Paris-Orly|LYS Lyon Saint-Exupéry|MRS Marseille Provence",
    biz="EDF|Engie|Orange|SFR|Free|Bouygues Telecom|La Poste|Colissimo|SNCF|Leboncoin|Vinted"
    "|Deliveroo|Doctolib",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "be",
    "Belgium",
    "Europe",
    "fr|nl|en",
    "w",
    gm="Jan|Pieter|Maarten|Luc|Olivier|Mehdi|Thibault|Wouter|Arnaud|Koen|Benoît|Lucas",
    gf="Els|Sofie|Charlotte|Lotte|Nathalie|Fatima|Inge|Céline|Marie|An|Hanne|Elise",
    fam="Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet"
    "|Van den Broeck|Dubois|Lambert|Dupont|Vandenberghe|El Amrani|De Backer",
    st="Avenue Louise|Chaussée de Wavre|Rue des Bouchers|Kortrijksesteenweg|Lange Kievitstraat"
    "|Vlaanderenstraat|Rue Saint-Gilles|Bondgenotenlaan",
    tw="Bruxelles;10##|Ixelles;1050|Gent;9000|Antwerpen;2018|Leuven;3000|Liège;4000|Namur;5000",
    a="{st} {n}, {pc} {tw}|{st} {n} bte #, {pc} {tw}|{st} {n} bus ##, {pc} {tw}",
    ph="04## ## ## ##|+32 4## ## ## ##|+32 47# ## ## ##|02 ### ## ##|04##/##.##.##|0495 ## ## ##",
    ml="gmail.com|skynet.be|telenet.be|proximus.be|hotmail.com",
    hm="M.",
    hf="Mme",
    cur="€ {a}|{a} €",
    pl="#-@@@-###",
    dl="##########",
    pp="@@######",
    ib="BE",
    ap="BRU Brussels Airport|CRL Brussels South Charleroi|ANR Antwerp",
    biz="Proximus|Telenet|Engie|Luminus|Vivaqua|bpost|Deliveroo|2dehands|SNCB|De Lijn|STIB",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "nl",
    "Netherlands",
    "Europe",
    "nl|en",
    "w",
    gm="Daan|Sem|Bram|Lars|Thijs|Jeroen|Ruud|Mohamed|Stijn|Pieter|Koen|Niels",
    gf="Emma|Sanne|Lotte|Fleur|Anouk|Iris|Femke|Noor|Sara|Marieke|Yasmina|Eva",
    fam="de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer"
    "|de Boer|Mulder|van der Linden|Bos|Vos|Hendriks|El Idrissi|Yılmaz",
    st="Prinsengracht|Kerkstraat|Oudegracht|Witte de Withstraat|Ferdinand Bolstraat|Javastraat"
    "|Nobelstraat|Burgemeester de Vlugtlaan",
    tw="Amsterdam;10## @@|Utrecht;35## @@|Rotterdam;30## @@|Den Haag;25## @@"
    "|Groningen;97## @@|Eindhoven;56## @@",
    a="{st} {n}, {pc} {tw}|{st} {n}-@, {pc} {tw}|{st} {n} III, {pc} {tw}|{st} {n}\n{pc} {tw}"
    "|{st} {n}-#hg, {pc} {tw}",
    ph="06-########|06 ## ## ## ##|+31 6 ########|+31 6 #### ####|020-### ####|+31 20 ### ####",
    ml="gmail.com|hotmail.nl|ziggo.nl|kpnmail.nl|outlook.com|xs4all.nl",
    hm="dhr.",
    hf="mevr.",
    cur="€ {a}|EUR {a}",
    ts=".",
    pl="@@-###-@|#-@@@-##",
    dl="##########",
    pp="N@#######",
    ib="NL",
    ap="AMS Schiphol|EIN Eindhoven|RTM Rotterdam The Hague",
    biz="Vattenfall|Eneco|Essent|KPN|Ziggo|Odido|PostNL|Thuisbezorgd|Marktplaats|NS|Albert Heijn",
    df="{dd}-{mm}-{Y}|{d} {M} {Y}",
)
_L(
    "de",
    "Germany",
    "Europe",
    "de|en",
    "w",
    gm="Lukas|Jonas|Maximilian|Felix|Tobias|Jan|Stefan|Florian|Mehmet|Niklas|Sebastian|Jürgen"
    "|Moritz",
    gf="Anna|Lena|Julia|Laura|Sarah|Katharina|Sophie|Leonie|Hannah|Ayşe|Jana|Franziska|Birgit",
    fam="Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer"
    "|Koch|Bauer|Richter|von Bergen|Kowalski|Öztürk|Schröder|Neumann|Zimmermann|Krüger",
    st="Hauptstraße|Goethestraße|Lindenallee|Schillerstraße|Bergmannstraße|Kastanienallee"
    "|Sonnenallee|Am Mühlbach|Bahnhofstraße|Karl-Marx-Straße|Leopoldstraße",
    tw="Berlin;10###|München;80###|Hamburg;20###|Köln;50###|Frankfurt am Main;60###"
    "|Leipzig;04###|Stuttgart;70###|Freiburg im Breisgau;79###",
    a="{st} {n}, {pc} {tw}|{st} {n}@, {pc} {tw}|{st} {n}\n{pc} {tw}|{st} {n}, {flat}, {pc} {tw}",
    flat="3. OG links|Hinterhaus, 2. OG|Whg. ##|App. ##",
    ph="0151 ########|0176 ########|+49 151 ########|+49 (0)176 ########|030 ########"
    "|089 #######|+49 30 ########|0171 #######|+49 160 #######",
    ml="gmail.com|web.de|gmx.de|t-online.de|posteo.de|outlook.de|gmx.net",
    hm="Herr",
    hf="Frau",
    cur="{a} €|{a} EUR",
    ts=".",
    pl="@ @@ ####|@@ @ ###|M-@@ ####",
    dl="@##@@@@#@##",
    pp="C##@##@##|C####@###",
    ib="DE",
    ap="BER Berlin Brandenburg|MUC München|FRA Frankfurt|HAM Hamburg|CGN Köln/Bonn",
    biz="Vattenfall|E.ON|Stadtwerke München|Telekom|Vodafone|O2|DHL|Hermes|Lieferando"
    "|Kleinanzeigen|Deutsche Bahn|FlixBus|Wolt|Immoscout24",
    df="{dd}.{mm}.{Y}|{d}. {M} {Y}",
)
_L(
    "ch",
    "Switzerland",
    "Europe",
    "de|fr|it|en",
    "w",
    gm="Lukas|Noah|Luca|Matteo|Reto|Urs|Beat|Samuel|Nicolas|Jérôme|Gian|Andrin",
    gf="Mia|Lea|Nina|Sara|Céline|Chiara|Seraina|Corinne|Anja|Laura|Nadine|Ursina",
    fam="Müller|Meier|Schmid|Keller|Weber|Huber|Brunner|Baumann|Gerber|Widmer|Favre|Rochat"
    "|Bernasconi|Rossi|Zürcher|Bühler|Steiner|Caflisch",
    st="Bahnhofstrasse|Dorfstrasse|Seestrasse|Langstrasse|Rue du Rhône|Avenue de la Gare"
    "|Via Nassa|Kramgasse|Rue de Lausanne|Badenerstrasse",
    tw="Zürich;80##|Bern;30##|Basel;40##|Luzern;60##|Genève;12##|Lausanne;10##|Lugano;69##"
    "|Winterthur;84##",
    a="{st} {n}, {pc} {tw}|{st} {n}\n{pc} {tw}|{st} {n}, CH-{pc} {tw}",
    ph="07# ### ## ##|+41 7# ### ## ##|044 ### ## ##|+41 44 ### ## ##|+41 (0)79 ### ## ##"
    "|079 ### ## ##|021 ### ## ##",
    ml="gmail.com|bluewin.ch|gmx.ch|hispeed.ch|outlook.com",
    hm="Herr",
    hf="Frau",
    cur="CHF {a}|Fr. {a}",
    ts="'",
    pl="ZH ######|BE ######|GE ######|VD ######",
    dl="@@@######",
    pp="@#######",
    ib="CH",
    ap="ZRH Zürich|GVA Genève|BSL EuroAirport Basel|BRN Bern",
    biz="Swisscom|Sunrise|Salt|EWZ|SBB|Die Post|Galaxus|Ricardo|Tutti.ch|Twint|Smood",
    df="{dd}.{mm}.{Y}|{d}. {M} {Y}",
)
_L(
    "it",
    "Italy",
    "Europe",
    "it|en",
    "w",
    gm="Marco|Luca|Giuseppe|Francesco|Alessandro|Matteo|Lorenzo|Davide|Andrea|Giovanni|Salvatore"
    "|Riccardo",
    gf="Giulia|Francesca|Chiara|Sara|Martina|Valentina|Alessia|Federica|Elena|Giorgia"
    "|Maria Grazia|Rosa",
    fam="Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo"
    "|Conti|De Luca|Mancini|Lo Bianco|D'Angelo|Di Stefano|La Rosa|Costa",
    st="Via Roma|Via Garibaldi|Corso Vittorio Emanuele II|Via dei Mille|Viale Monza|Via Toledo"
    "|Via San Vitale|Via Nazionale|Via Po",
    tw="Roma;001##|Milano;201##|Napoli;801##|Torino;101##|Bologna;401##|Firenze;501##"
    "|Palermo;901##",
    a="{st} {n}, {pc} {tw}|{st} {n}, {flat}, {pc} {tw}|{st} {n}\n{pc} {tw}|{st}, {n} - {pc} {tw}",
    flat="int. ##|scala @, int. #|piano #",
    ph="3## ### ####|+39 3## ### ####|+39 34# #######|06 #### ####|02 #### ####|+39 02 ########"
    "|347 #######|+39 333 ### ####",
    ml="gmail.com|libero.it|virgilio.it|alice.it|hotmail.it|tiscali.it",
    hm="Sig.|Dott.|Avv.",
    hf="Sig.ra|Dott.ssa",
    cur="€ {a}|{a} €|{a} euro",
    ts=".",
    pl="@@ ###@@",
    dl="@@#######@",
    pp="@@#######",
    ib="IT",
    ap="FCO Roma Fiumicino|MXP Milano Malpensa|LIN Milano Linate|NAP Napoli Capodichino"
    "|BLQ Bologna",
    biz="Enel|A2A|Hera|TIM|Vodafone|WindTre|Iliad|Poste Italiane|BRT|Glovo|Subito|Trenitalia"
    "|Italo|Idealista",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "es",
    "Spain",
    "Europe",
    "es|en",
    "hisp",
    gm="Javier|Alejandro|Pablo|Daniel|Sergio|Carlos|Jordi|Iñaki|Álvaro|Manuel|José Luis"
    "|Francisco Javier",
    gf="María|Lucía|Paula|Laura|Carmen|Marta|Ainhoa|Nuria|Elena|Sara|María José|Montserrat",
    fam="García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez"
    "|Ruiz|Hernández|Díaz|Moreno|Álvarez|Romero|Navarro|Torres|Etxeberria|Puig|Ferrer",
    st="Calle Mayor|Calle de Alcalá|Avenida de la Constitución|Carrer de Mallorca|Calle Sierpes"
    "|Passeig de Gràcia|Calle del Doctor Fourquet|Carrer de Verdi|Calle Larios",
    tw="Madrid;280##|Barcelona;080##|Valencia;460##|Sevilla;410##|Bilbao;480##|Málaga;290##"
    "|Zaragoza;500##|Granada;180##",
    a="{st} {n}, {flat}, {pc} {tw}|{st}, {n}, {flat}, {pc} {tw}|{st} {n}\n{pc} {tw}",
    flat="#º @|#º izda.|#º #ª|bajo @|ático #",
    ph="6## ## ## ##|+34 6## ### ###|6## ### ###|+34 7## ## ## ##|91 ### ## ##|93 ### ## ##"
    "|+34 91 ### ####",
    ml="gmail.com|hotmail.es|yahoo.es|outlook.es|telefonica.net",
    hm="Sr.|D.",
    hf="Sra.|Dña.",
    cur="{a} €|{a} EUR",
    ts=".",
    pl="#### @@@",
    dl="DNI",
    pp="@@@######",
    ib="ES",
    ap="MAD Adolfo Suárez Madrid-Barajas|BCN Josep Tarradellas Barcelona-El Prat|AGP Málaga"
    "|SVQ Sevilla|VLC Valencia|BIO Bilbao",
    biz="Iberdrola|Endesa|Naturgy|Movistar|Vodafone|Orange|Correos|SEUR|Glovo|Just Eat|Wallapop"
    "|Idealista|Renfe|Cabify",
    df="{dd}/{mm}/{Y}|{d} de {M} de {Y}",
)
_L(
    "pt",
    "Portugal",
    "Europe",
    "pt|en",
    "pt",
    gm="João|Tiago|Miguel|Rui|Pedro|Nuno|Diogo|Francisco|Gonçalo|Ricardo|André|Duarte",
    gf="Inês|Beatriz|Mariana|Ana Rita|Sofia|Carolina|Joana|Margarida|Catarina|Rita|Leonor|Filipa",
    fam="Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Fernandes"
    "|Gonçalves|Gomes|Lopes|Marques|Alves|Almeida|Ribeiro|Pinto|Carvalho|Teixeira|Moreira",
    part="de|da|dos|do",
    st="Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Almada|Avenida de Roma"
    "|Rua Garrett|Travessa do Carmo|Rua de Cedofeita|Avenida dos Aliados",
    tw="Lisboa;1###-###|Porto;4###-###|Braga;47##-###|Coimbra;30##-###|Faro;8000-###"
    "|Amadora;27##-###",
    a="{st}, {n}, {flat}, {pc} {tw}|{st} n.º {n}, {flat}, {pc} {tw}|{st}, {n}\n{pc} {tw}",
    flat="#.º Esq.|#.º Dto.|r/c Esq.|#.º @",
    ph="9## ### ###|+351 9## ### ###|+351 21# ### ###|21# ### ###|22# ### ###|91#######"
    "|+351 93# ### ###",
    ml="gmail.com|sapo.pt|hotmail.com|outlook.pt|netcabo.pt",
    hm="Sr.|Dr.",
    hf="Sra.|D.|Dra.",
    cur="{a} €|€{a}",
    ts=" ",
    pl="##-@@-##|@@-##-@@",
    dl="@@-######-#",
    pp="@@######",
    ib="PT",
    ap="LIS Humberto Delgado|OPO Francisco Sá Carneiro|FAO Faro",
    biz="EDP|Galp|EPAL|MEO|NOS|Vodafone|CTT|Glovo|Bolt|OLX|Idealista|CP",
    df="{dd}/{mm}/{Y}|{d} de {M} de {Y}",
)
_L(
    "pl",
    "Poland",
    "Europe",
    "pl|en",
    "w",
    gm="Piotr|Krzysztof|Tomasz|Paweł|Michał|Marcin|Jakub|Kamil|Łukasz|Grzegorz|Wojciech|Bartosz",
    gf="Anna|Katarzyna|Magdalena|Agnieszka|Joanna|Monika|Aleksandra|Małgorzata|Zofia|Natalia"
    "|Karolina|Ewa",
    fam="Nowak|Kowalski/Kowalska|Wiśniewski/Wiśniewska|Wójcik|Kowalczyk|Kamiński/Kamińska"
    "|Lewandowski/Lewandowska|Zieliński/Zielińska|Szymański/Szymańska|Woźniak"
    "|Dąbrowski/Dąbrowska|Kozłowski/Kozłowska|Jankowski/Jankowska|Mazur|Krawczyk|Pawlak",
    st="ul. Marszałkowska|ul. Długa|ul. Mickiewicza|al. Jerozolimskie|ul. Floriańska"
    "|ul. Piotrkowska|ul. Kościuszki|ul. Świętokrzyska|os. Tysiąclecia|ul. Wrocławska",
    tw="Warszawa;0#-###|Kraków;3#-###|Wrocław;5#-###|Gdańsk;80-###|Poznań;6#-###|Łódź;9#-###",
    a="{st} {n}/##, {pc} {tw}|{st} {n} m. ##, {pc} {tw}|{st} {n}\n{pc} {tw}",
    ph="5## ### ###|+48 5## ### ###|+48 6## ### ###|7## ### ###|+48 22 ### ## ##|22 ### ## ##"
    "|+48 60# ### ###",
    ml="gmail.com|wp.pl|onet.pl|o2.pl|interia.pl",
    hm="Pan",
    hf="Pani",
    cur="{a} zł|{a} PLN",
    ts=" ",
    pl="W@ #####|KR ####@|@@ #####",
    dl="#####/##/####",
    pp="@@#######",
    ib="PL",
    ap="WAW Warszawa Chopin|KRK Kraków|GDN Gdańsk|WRO Wrocław",
    biz="PGE|Tauron|Enea|Orange|Play|Plus|T-Mobile|InPost|Poczta Polska|Allegro|OLX|Bolt"
    "|Pyszne.pl|PKP Intercity",
    df="{dd}.{mm}.{Y}|{d} {M} {Y} r.",
)
_L(
    "cz",
    "Czechia",
    "Europe",
    "cs|en",
    "w",
    gm="Jan|Petr|Tomáš|Martin|Jakub|Lukáš|Ondřej|Jiří|Pavel|Vojtěch|Michal|David",
    gf="Jana|Petra|Lucie|Tereza|Kateřina|Eva|Veronika|Markéta|Barbora|Hana|Klára|Zuzana",
    fam="Novák/Nováková|Svoboda/Svobodová|Novotný/Novotná|Dvořák/Dvořáková|Černý/Černá"
    "|Procházka/Procházková|Kučera/Kučerová|Veselý/Veselá|Horák/Horáková|Němec/Němcová"
    "|Pokorný/Pokorná|Marek/Marková",
    st="Vinohradská|Korunní|Milady Horákové|Husova|Lidická|Masarykova|Táboritská|Francouzská"
    "|Šumavská|Dukelských hrdinů",
    tw="Praha 2;120 00|Praha 3;130 00|Praha 7;170 00|Brno;602 00|Ostrava;702 00|Plzeň;301 00"
    "|Olomouc;779 00",
    a="{st} {n}/##, {pc} {tw}|{st} {n}\n{pc} {tw}",
    hn="####|###",
    ph="6## ### ###|+420 6## ### ###|7## ### ###|+420 7## ### ###|2## ### ###|+420 2## ### ###",
    ml="seznam.cz|gmail.com|email.cz|centrum.cz|post.cz",
    hm="pan",
    hf="paní",
    cur="{a} Kč|{a} CZK",
    ts=" ",
    pl="#@# ####",
    dl="@@ ######",
    pp="########",
    ib="CZ",
    ap="PRG Václav Havel Praha|BRQ Brno-Tuřany",
    biz="ČEZ|PRE|O2|T-Mobile|Vodafone|Česká pošta|Zásilkovna|Bazoš|Sreality|Bolt|Wolt"
    "|České dráhy|RegioJet",
    df="{d}. {m}. {Y}|{d}. {M} {Y}",
)
_L(
    "hu",
    "Hungary",
    "Europe",
    "hu|en",
    "hu",
    gm="László|István|Gábor|Zoltán|Péter|Bence|Dániel|Máté|Attila|Balázs|Tamás|Ádám",
    gf="Anna|Eszter|Zsófia|Katalin|Réka|Dóra|Nóra|Krisztina|Ágnes|Judit|Petra|Boglárka",
    fam="Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Papp|Lakatos"
    "|Takács|Juhász|Szűcs",
    st="Andrássy út|Király utca|Dob utca|Bartók Béla út|Rákóczi út|Ráday utca|Széchenyi utca"
    "|Kossuth Lajos utca|Fő utca",
    tw="Budapest;1###|Debrecen;40##|Szeged;67##|Pécs;76##|Győr;90##",
    a="{pc} {tw}, {st} {n}. {flat}|{tw}, {st} {n}., {pc}|{pc} {tw}, {st} {n}.",
    flat="#. em. #.|fszt. #.|II. em. ##.",
    ph="06 30 ### ####|+36 30 ### ####|+36 20 ### ####|06 70 ### ####|06 1 ### ####"
    "|+36 1 ### ####|+36 70 #######",
    ml="gmail.com|freemail.hu|citromail.hu|t-online.hu",
    hm="Dr.",
    hf="Dr.",
    cur="{a} Ft|{a} HUF",
    ts=" ",
    pl="@@@-###|@@ @@-###",
    dl="@@######",
    pp="@@#######",
    ib="HU",
    ap="BUD Budapest Liszt Ferenc|DEB Debrecen",
    biz="MVM|E.ON|Telekom|Yettel|One|Magyar Posta|GLS|Foodora|Wolt|Jófogás|ingatlan.com|MÁV|BKK",
    df="{Y}. {mm}. {dd}.|{Y}. {M} {d}.",
)
_L(
    "ro",
    "Romania",
    "Europe",
    "ro|en",
    "w",
    gm="Andrei|Alexandru|Mihai|Ionuț|Cristian|Bogdan|Răzvan|Florin|Adrian|Vlad|Ștefan|Gabriel",
    gf="Maria|Elena|Ioana|Andreea|Alexandra|Cristina|Mihaela|Roxana|Diana|Bianca|Simona|Oana",
    fam="Popescu|Ionescu|Popa|Dumitru|Stan|Stoica|Gheorghe|Matei|Constantin|Rusu|Munteanu"
    "|Moldovan|Ciobanu|Marin|Dobre|Lungu|Nistor|Vasilescu",
    st="Strada Victoriei|Bulevardul Unirii|Calea Dorobanților|Strada Lipscani|Bulevardul Decebal"
    "|Strada Memorandumului|Strada Florilor|Calea Moșilor",
    tw="București, Sector 3;03####|București, Sector 1;01####|Cluj-Napoca;400###|Iași;700###"
    "|Timișoara;300###|Brașov;500###|Constanța;900###",
    a="{st} nr. {n}, bl. @#, sc. #, ap. ##, {tw} {pc}|{st} nr. {n}, ap. ##, {pc} {tw}|{st} {n},"
    " {tw}",
    ph="07## ### ###|+40 7## ### ###|+40 21 ### ####|021 ### ####|07########|+40 (0)7## ### ###",
    ml="gmail.com|yahoo.com|yahoo.ro|outlook.com",
    hm="dl.",
    hf="dna.",
    cur="{a} lei|{a} RON",
    ts=".",
    pl="B ### @@@|CJ ## @@@|IS ## @@@",
    dl="#########",
    pp="0########",
    ib="RO",
    ap="OTP București Henri Coandă|CLJ Cluj|IAS Iași|TSR Timișoara",
    biz="Enel|Electrica|Hidroelectrica|Digi|Orange|Vodafone|Poșta Română|Fan Courier|Sameday"
    "|Glovo|Tazz|OLX|CFR Călători|Bolt|eMAG",
    df="{dd}.{mm}.{Y}|{d} {M} {Y}",
)
_L(
    "gr",
    "Greece",
    "Europe",
    "el|en",
    "w",
    gm="Γιώργος=Giorgos|Νίκος=Nikos|Κώστας=Kostas|Δημήτρης=Dimitris|Γιάννης=Giannis"
    "|Παναγιώτης=Panagiotis|Χρήστος=Christos|Βασίλης=Vasilis|Αλέξανδρος=Alexandros|Σπύρος=Spyros",
    gf="Μαρία=Maria|Ελένη=Eleni|Κατερίνα=Katerina|Βασιλική=Vasiliki|Σοφία=Sofia|Αγγελική=Angeliki"
    "|Δήμητρα=Dimitra|Γεωργία=Georgia|Ιωάννα=Ioanna|Χριστίνα=Christina",
    fam="Παπαδόπουλος/Παπαδοπούλου=Papadopoulos/Papadopoulou|Παπαδάκης/Παπαδάκη=Papadakis/Papadaki"
    "|Γεωργίου=Georgiou|Οικονόμου=Oikonomou|Νικολάου=Nikolaou|Αντωνίου=Antoniou"
    "|Βλάχος/Βλάχου=Vlachos/Vlachou|Κωνσταντίνου=Konstantinou|Μακρής/Μακρή=Makris/Makri"
    "|Καραγιάννης/Καραγιάννη=Karagiannis/Karagianni|Ιωαννίδης/Ιωαννίδου=Ioannidis/Ioannidou",
    st="Ερμού=Ermou St.|Λεωφόρος Αλεξάνδρας=Alexandras Ave.|Σόλωνος=Solonos St.|Τσιμισκή=Tsimiski"
    " St."
    "|Λεωφόρος Συγγρού=Syngrou Ave.|Ασκληπιού=Asklipiou St.",
    tw="Αθήνα=Athens;1## ##|Θεσσαλονίκη=Thessaloniki;54# ##|Πάτρα=Patras;26# ##"
    "|Ηράκλειο=Heraklion;71# ##|Πειραιάς=Piraeus;185 ##",
    a="{n} {st}, {pc} {tw}|{st} {n}, {flat}, {pc} {tw}",
    na="{st} {n}, {pc} {tw}|{st} {n}, {flat}, {pc} {tw}",
    flat="#ος όροφος=#th floor|διαμ. #=apt #",
    ph="69# ### ####|+30 69# ### ####|21# ### ####|+30 21# #######|697#######|+30 694 ### ####",
    ml="gmail.com|yahoo.gr|hotmail.com|otenet.gr",
    hm="κ.",
    hf="κα",
    cur="{a} €|€{a}",
    ts=".",
    pl="@@@-####",
    dl="#########",
    pp="@@#######",
    ib="GR",
    ap="ATH Athens Eleftherios Venizelos|SKG Thessaloniki Makedonia|HER Heraklion",
    biz="ΔΕΗ|Cosmote|Vodafone|Nova|ΕΥΔΑΠ|ΕΛΤΑ|ACS|efood|Wolt|Spitogatos|Car.gr|FreeNow",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "rs",
    "Serbia",
    "Europe",
    "sr|en",
    "w",
    gm="Марко=Marko|Никола=Nikola|Стефан=Stefan|Милош=Miloš|Лазар=Lazar|Душан=Dušan"
    "|Небојша=Nebojša|Александар=Aleksandar|Вук=Vuk|Ђорђе=Đorđe",
    gf="Јелена=Jelena|Милица=Milica|Ана=Ana|Јована=Jovana|Драгана=Dragana|Тијана=Tijana"
    "|Марија=Marija|Сања=Sanja|Катарина=Katarina|Исидора=Isidora",
    fam="Јовановић=Jovanović|Петровић=Petrović|Николић=Nikolić|Марковић=Marković"
    "|Ђорђевић=Đorđević|Стојановић=Stojanović|Илић=Ilić|Станковић=Stanković|Павловић=Pavlović"
    "|Радовановић=Radovanović|Живковић=Živković|Томић=Tomić",
    st="Кнез Михаилова=Knez Mihailova|Булевар краља Александра=Bulevar kralja Aleksandra"
    "|Немањина=Nemanjina|Цара Душана=Cara Dušana|Булевар ослобођења=Bulevar oslobođenja"
    "|Гаврила Принципа=Gavrila Principa",
    tw="Београд=Beograd;11###|Нови Сад=Novi Sad;21###|Ниш=Niš;18###|Крагујевац=Kragujevac;34###",
    a="{st} {n}/##, {pc} {tw}|{st} {n}, stan ##, {tw}",
    na="{st} {n}, стан ##, {pc} {tw}",
    ph="06# ### ####|+381 6# ### ####|+381 6# #######|011 ### ####|+381 11 ### ####|064/###-####",
    ml="gmail.com|yahoo.com|eunet.rs|mts.rs",
    hm="g.",
    hf="gđa",
    cur="{a} RSD|{a} din.",
    ts=".",
    pl="BG ###-@@|NS ###-@@",
    dl="#########",
    pp="#########",
    ib="RS",
    ap="BEG Beograd Nikola Tesla|INI Niš Konstantin Veliki",
    biz="EPS|mts|Yettel|A1|Pošta Srbije|D Express|Glovo|Wolt|KupujemProdajem|CarGo|Infostan",
    df="{dd}.{mm}.{Y}.|{d}. {M} {Y}.",
)
_L(
    "ua",
    "Ukraine",
    "Europe",
    "uk|ru|en",
    "slav",
    gm="Олександр=Oleksandr|Андрій=Andrii|Дмитро=Dmytro|Сергій=Serhii|Максим=Maksym|Богдан=Bohdan"
    "|Тарас=Taras|Володимир=Volodymyr|Юрій=Yurii|Ігор=Ihor",
    gf="Олена=Olena|Наталія=Nataliia|Оксана=Oksana|Ірина=Iryna|Юлія=Yuliia|Тетяна=Tetiana"
    "|Катерина=Kateryna|Анастасія=Anastasiia|Софія=Sofiia|Марія=Mariia",
    fam="Шевченко=Shevchenko|Коваленко=Kovalenko|Бондаренко=Bondarenko|Ткаченко=Tkachenko"
    "|Кравченко=Kravchenko|Мельник=Melnyk|Бойко=Boiko|Коваль=Koval|Олійник=Oliinyk"
    "|Лисенко=Lysenko|Савченко=Savchenko|Руденко=Rudenko|Петренко=Petrenko|Гнатюк=Hnatiuk",
    pm="Олександрович=Oleksandrovych|Іванович=Ivanovych|Петрович=Petrovych"
    "|Миколайович=Mykolaiovych|Васильович=Vasylovych|Сергійович=Serhiiovych",
    pf="Олександрівна=Oleksandrivna|Іванівна=Ivanivna|Петрівна=Petrivna|Миколаївна=Mykolaivna"
    "|Василівна=Vasylivna|Сергіївна=Serhiivna",
    nb="uk|ru",
    st="вул. Хрещатик=Khreshchatyk St.|вул. Саксаганського=Saksahanskoho St."
    "|просп. Перемоги=Peremohy Ave.|вул. Городоцька=Horodotska St.|вул."
    " Дерибасівська=Derybasivska St."
    "|вул. Сумська=Sumska St.|бульв. Лесі Українки=Lesi Ukrainky Blvd.",
    tw="Київ=Kyiv;0####|Львів=Lviv;79###|Одеса=Odesa;65###|Харків=Kharkiv;61###|Дніпро=Dnipro;49###",
    a="{n} {st}, apt. ##, {tw} {pc}|{st} {n}, apt ##, {tw}",
    na="{st}, буд. {n}, кв. ##, м. {tw}, {pc}|м. {tw}, {st}, {n}, кв. ##",
    ph="+380 67 ### ## ##|067 ### ## ##|+380 (50) ###-##-##|093 ### ####|044 ### ## ##"
    "|+38 097 ### ## ##|+380 63 #######",
    ml="gmail.com|ukr.net|i.ua|meta.ua",
    hm="пан",
    hf="пані",
    cur="{a} грн|{a} ₴|UAH {a}",
    ts=" ",
    pl="@@ #### @@",
    dl="@@@ ######",
    pp="@@######",
    ib="UA",
    ap="KBP Boryspil|LWO Lviv Danylo Halytskyi",
    biz="Київстар|lifecell|Yasno|Нафтогаз|Нова пошта|Укрпошта|OLX|Rozetka|Glovo|Bolt|Uklon"
    "|monobank",
    df="{dd}.{mm}.{Y}|{d} {M} {Y} р.",
)
_L(
    "ru",
    "Russia",
    "Europe",
    "ru|en",
    "slav",
    gm="Александр=Aleksandr|Дмитрий=Dmitry|Сергей=Sergey|Андрей=Andrey|Алексей=Alexey"
    "|Максим=Maxim|Иван=Ivan|Михаил=Mikhail|Никита=Nikita|Артём=Artyom|Владимир=Vladimir"
    "|Руслан=Ruslan",
    gf="Анна=Anna|Елена=Elena|Ольга=Olga|Наталья=Natalya|Мария=Maria|Екатерина=Ekaterina"
    "|Татьяна=Tatiana|Ирина=Irina|Анастасия=Anastasia|Дарья=Darya|Юлия=Yulia|Светлана=Svetlana",
    fam="Иванов/Иванова=Ivanov/Ivanova|Смирнов/Смирнова=Smirnov/Smirnova"
    "|Кузнецов/Кузнецова=Kuznetsov/Kuznetsova|Попов/Попова=Popov/Popova"
    "|Соколов/Соколова=Sokolov/Sokolova|Лебедев/Лебедева=Lebedev/Lebedeva"
    "|Козлов/Козлова=Kozlov/Kozlova|Новиков/Новикова=Novikov/Novikova"
    "|Морозов/Морозова=Morozov/Morozova|Волков/Волкова=Volkov/Volkova"
    "|Соловьёв/Соловьёва=Solovyov/Solovyova|Зайцев/Зайцева=Zaitsev/Zaitseva"
    "|Гарипов/Гарипова=Garipov/Garipova",
    pm="Александрович=Aleksandrovich|Сергеевич=Sergeevich|Владимирович=Vladimirovich"
    "|Иванович=Ivanovich|Николаевич=Nikolaevich|Андреевич=Andreevich|Петрович=Petrovich"
    "|Михайлович=Mikhailovich",
    pf="Александровна=Aleksandrovna|Сергеевна=Sergeevna|Владимировна=Vladimirovna"
    "|Ивановна=Ivanovna|Николаевна=Nikolaevna|Андреевна=Andreevna|Петровна=Petrovna"
    "|Михайловна=Mikhailovna",
    st="ул. Ленина=ul. Lenina|ул. Тверская=ul. Tverskaya|Невский пр.=Nevsky pr.|ул. Садовая=ul."
    " Sadovaya"
    "|ул. Пушкина=ul. Pushkina|пр. Мира=pr. Mira|ул. Гагарина=ul. Gagarina|ул. Малышева=ul."
    " Malysheva",
    tw="Москва=Moscow;1#####|Санкт-Петербург=Saint Petersburg;19####"
    "|Екатеринбург=Yekaterinburg;620###"
    "|Казань=Kazan;420###|Новосибирск=Novosibirsk;630###|Нижний Новгород=Nizhny Novgorod;603###",
    a="{st}, d. {n}, kv. ##, {tw} {pc}|{n} {st}, apt ##, {tw}, {pc}",
    na="{pc}, г. {tw}, {st}, д. {n}, кв. ##|г. {tw}, {st}, д. {n}, корп. #, кв. ##"
    "|{st}, {n}-##, {tw}",
    ph="+7 9## ###-##-##|8 (9##) ###-##-##|+7 (9##) ### ## ##|89#########|8 (495) ###-##-##"
    "|+7 812 ### ## ##|+7 916 ### ## ##",
    ml="mail.ru|yandex.ru|gmail.com|rambler.ru|bk.ru|inbox.ru|list.ru",
    hm="г-н",
    hf="г-жа",
    cur="{a} ₽|{a} руб.|RUB {a}",
    ts=" ",
    pl="А###ВС 77|К###ОР 197|Е###ХМ 50|М###ТН 178",
    dl="## ## ######",
    pp="## #######|## ## ######",
    ap="SVO Sheremetyevo|DME Domodedovo|VKO Vnukovo|LED Pulkovo|KZN Kazan",
    biz="МТС|Билайн|МегаФон|Мосэнергосбыт|Яндекс Go|Яндекс Еда|Ozon|Wildberries|Авито|СДЭК"
    "|Почта России|Госуслуги",
    df="{dd}.{mm}.{Y}|{d} {M} {Y} г.|{dd}.{mm}.{Y} г.",
)
_L(
    "se",
    "Sweden",
    "Europe",
    "sv|en",
    "w",
    gm="Erik|Lars|Anders|Johan|Karl|Oskar|Gustav|Mikael|Fredrik|Ahmed|Björn|Nils",
    gf="Anna|Maria|Emma|Elin|Sara|Ingrid|Maja|Linnéa|Karin|Astrid|Ebba|Sofia",
    fam="Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson"
    "|Gustafsson|Lindberg|Lindqvist|Bergström|Sjöberg|Hassan",
    st="Drottninggatan|Götgatan|Kungsgatan|Storgatan|Sveavägen|Linnégatan|Östra Hamngatan"
    "|Hornsgatan|Vasagatan",
    tw="Stockholm;1## ##|Göteborg;41# ##|Malmö;21# ##|Uppsala;75# ##|Lund;22# ##",
    a="{st} {n}, {pc} {tw}|{st} {n}, lgh 1###, {pc} {tw}|{st} {n} @, {pc} {tw}|{st} {n}\n{pc} {tw}",
    ph="07#-### ## ##|+46 7# ### ## ##|08-### ### ##|+46 8 ### ### ##|070 ### ## ##"
    "|+46 (0)73 ### ## ##|031-## ## ##",
    ml="gmail.com|hotmail.se|telia.com|outlook.com|bredband.net",
    hm="herr",
    hf="fru",
    cur="{a} kr|{a} SEK",
    ts=" ",
    pl="@@@ ###|@@@ ##@",
    dl="##########",
    pp="########",
    ib="SE",
    ap="ARN Stockholm Arlanda|GOT Göteborg Landvetter|MMX Malmö",
    biz="Vattenfall|Ellevio|Telia|Tele2|Telenor|Tre|PostNord|Budbee|Instabox|Foodora|Wolt"
    "|Blocket|Hemnet|SJ|SL|Swish",
    df="{Y}-{mm}-{dd}|{d} {M} {Y}",
)
_L(
    "fi",
    "Finland",
    "Europe",
    "fi|sv|en",
    "w",
    gm="Mikko|Juha|Matti|Antti|Jari|Ville|Eetu|Aleksi|Janne|Lauri|Onni|Teemu",
    gf="Aino|Anni|Laura|Maria|Emilia|Sanna|Johanna|Elina|Helmi|Kaisa|Riikka|Tiina",
    fam="Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen"
    "|Järvinen|Lehtonen|Salminen|Lindholm|Heinonen",
    st="Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Fredrikinkatu|Hämeentie|Kauppakatu"
    "|Itäinen Pitkäkatu|Läntinen Rantakatu",
    tw="Helsinki;00###|Espoo;02###|Tampere;33###|Turku;20###|Oulu;90###",
    a="{st} {n} @ ##, {pc} {tw}|{st} {n}, {pc} {tw}|{st} {n} @ #\n{pc} {tw}",
    ph="04# ### ####|+358 4# ### ####|050 ### ####|+358 50 #######|09 ### ####|+358 9 ### ####",
    ml="gmail.com|hotmail.fi|luukku.com|elisanet.fi|outlook.com",
    hm="herra",
    hf="rouva",
    cur="{a} €|{a} EUR",
    ts=" ",
    pl="@@@-###",
    dl="#########",
    pp="@@#######",
    ib="FI",
    ap="HEL Helsinki-Vantaa|TMP Tampere-Pirkkala|OUL Oulu",
    biz="Helen|Fortum|Elisa|DNA|Telia|Posti|Wolt|Foodora|Tori.fi|VR|HSL|MobilePay",
    df="{d}.{m}.{Y}|{d}. {M} {Y}",
)
_L(
    "is",
    "Iceland",
    "Europe",
    "is|en",
    "ice",
    gm="Jón|Guðmundur|Sigurður|Gunnar|Ólafur|Einar|Kristján|Magnús|Stefán|Aron|Bjarki|Hákon",
    gf="Guðrún|Anna|Kristín|Sigríður|Helga|Margrét|Sigrún|Ingibjörg|Katrín|Eva|Birna|Hildur",
    pm="Jónsson|Guðmundsson|Sigurðsson|Gunnarsson|Ólafsson|Einarsson|Kristjánsson|Magnússon"
    "|Stefánsson|Þórsson",
    pf="Jónsdóttir|Guðmundsdóttir|Sigurðardóttir|Gunnarsdóttir|Ólafsdóttir|Einarsdóttir"
    "|Kristjánsdóttir|Magnúsdóttir|Stefánsdóttir|Þórsdóttir",
    st="Laugavegur|Skólavörðustígur|Hverfisgata|Bergstaðastræti|Njálsgata|Hringbraut"
    "|Hafnarstræti|Grettisgata",
    tw="Reykjavík;10#|Kópavogur;20#|Hafnarfjörður;22#|Akureyri;600|Garðabær;210",
    a="{st} {n}, {pc} {tw}|{st} {n}@, {pc} {tw}|{st} {n}, íbúð ###, {pc} {tw}",
    ph="6## ####|+354 6## ####|8## ####|5## ####|+354 77# ####|+354 8######",
    ml="gmail.com|simnet.is|internet.is|outlook.com",
    hm="herra",
    hf="frú",
    cur="{a} kr.|{a} ISK",
    ts=".",
    pl="@@ @##|@@@##",
    pp="@#######",
    ib="IS",
    ap="KEF Keflavík International|RKV Reykjavík",
    biz="Orkuveita Reykjavíkur|Síminn|Nova|Vodafone|Pósturinn|Dropp|Wolt|Hopp|Bland.is|Strætó",
    df="{d}.{m}.{Y}|{d}. {M} {Y}",
)

# ---------------------------------------------------------------- Americas
_L(
    "us",
    "United States",
    "Americas",
    "en|es",
    "w",
    gm="Michael|Christopher|Tyler|Brandon|Jose|DeShawn|Kevin|Ryan|Matthew|Anthony|Marcus|Ethan"
    "|Luis|Jamal",
    gf="Jennifer|Ashley|Jessica|Brittany|Latoya|Madison|Emily|Samantha|Maria|Kayla|Tiffany|Megan"
    "|Hannah|Guadalupe",
    fam="Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Rodriguez|Martinez|Hernandez|Lopez"
    "|Wilson|Anderson|Nguyen|Kim|Washington|O'Neil|McAllister|Kowalczyk|Schwartz|Patel|Robinson",
    st="Maple Street|Oak Avenue|Elm Street|Washington Blvd|Sunset Drive|Cedar Lane|Park Avenue"
    "|Lakeview Drive|Pine Ridge Road|Martin Luther King Jr Way|W 34th Street|NE Alberta Street"
    "|Peachtree Road NE",
    tw="Columbus, OH;432##|Austin, TX;787##|Brooklyn, NY;112##|Portland, OR;972##|Atlanta, GA;303##"
    "|Phoenix, AZ;850##|Chicago, IL;606##|Seattle, WA;981##|Miami, FL;331##|Denver, CO;802##"
    "|Oakland, CA;946##|Nashville, TN;372##",
    a="{n} {st}, {tw} {pc}|{n} {st}, {flat}, {tw} {pc}|{n} {st} {flat}\n{tw} {pc}"
    "|{n} {st} ^#@, {tw} {pc}",
    flat="Apt #@|Apt ###|Unit ##|Suite ###",
    hn="####|###|#####|##",
    ph="(212) $##-####|(415) $##-####|(312) $##-####|(713) $##-####|+1 206-$##-####"
    "|305.$##.####|617-$##-####|+1 (404) $##-####|+1 512 $## ####|(646) $##-####|503-$##-####"
    "|+1-720-$##-####",
    ml="gmail.com|yahoo.com|outlook.com|icloud.com|aol.com|comcast.net|hotmail.com",
    cur="${a}|USD {a}|US${a}",
    pl="@@@-####|#@@@###|@@@ ####",
    dl="@#######|### ### ###|@###-###-##-###-#|@###-####-####|########|WDL@@#@@###@@",
    pp="#########|@########",
    ap="JFK John F. Kennedy International|LAX Los Angeles International|ORD O'Hare International"
    "|ATL Hartsfield-Jackson Atlanta International|SEA Seattle-Tacoma|AUS Austin-Bergstrom"
    "|DEN Denver International|MIA Miami International",
    biz="Con Edison|PG&E|Duke Energy|Comcast Xfinity|Verizon|AT&T|T-Mobile|USPS|UPS|FedEx"
    "|DoorDash|Uber|Lyft|Instacart|Craigslist|Zillow|Venmo|Zelle|Amtrak",
    df="{M} {d}, {Y}|{mm}/{dd}/{Y}",
)
_L(
    "ca",
    "Canada",
    "Americas",
    "en",
    "w",
    gm="Liam|Noah|Ethan|Logan|Owen|Connor|Harpreet|Jaskaran|Wei|Mohammed|Dylan|Samuel",
    gf="Olivia|Emma|Charlotte|Avery|Manpreet|Gurleen|Mei|Fatima|Brooklyn|Madison|Abigail|Keisha",
    fam="Smith|Brown|Tremblay|Martin|Roy|Wilson|MacDonald|Gagnon|Singh|Chen|Li|Campbell"
    "|Anderson|Taylor|Leblanc|Thompson|Sandhu|Grewal|Nguyen|MacKenzie",
    st="Yonge Street|Queen Street West|Bloor Street West|Jasper Avenue|Commercial Drive"
    "|Robson Street|Kent Street|Barrington Street|17 Avenue SW|Main Street",
    tw="Toronto, ON;M#@ #@#|Vancouver, BC;V#@ #@#|Calgary, AB;T#@ #@#|Ottawa, ON;K#@ #@#"
    "|Edmonton, AB;T#@ #@#|Halifax, NS;B#@ #@#|Winnipeg, MB;R#@ #@#",
    a="{n} {st}, {tw} {pc}|{flat}-{n} {st}, {tw} {pc}|{n} {st} Unit {flat}\n{tw}  {pc}",
    flat="###|##|#0#",
    hn="###|####|##",
    ph="(416) $##-####|+1 604-$##-####|403 $## ####|(647) $##-####|+1 (780) $##-####"
    "|613-$##-####|(902) $##-####",
    ml="gmail.com|hotmail.com|outlook.com|rogers.com|shaw.ca|sympatico.ca|yahoo.ca",
    cur="${a}|CA${a}|CAD {a}",
    pl="@@@@ ###|@@@ ###",
    dl="@####-#####-#####",
    pp="@@######",
    ap="YYZ Toronto Pearson|YVR Vancouver International|YYC Calgary International"
    "|YOW Ottawa Macdonald-Cartier|YHZ Halifax Stanfield",
    biz="Hydro One|Toronto Hydro|BC Hydro|Enbridge|Rogers|Bell|Telus|Canada Post|Purolator"
    "|SkipTheDishes|Kijiji|Interac|VIA Rail|Presto",
    df="{Y}-{mm}-{dd}|{M} {d}, {Y}",
)
_L(
    "ca_qc",
    "Canada (Québec)",
    "Americas",
    "fr|en",
    "w",
    gm="Jean-François|Mathieu|Alexandre|Simon|Félix|Olivier|Gabriel|Samuel|Marc-André|Étienne"
    "|Louis-Philippe|William",
    gf="Marie-Ève|Catherine|Geneviève|Isabelle|Julie|Émilie|Audrey|Valérie|Mélanie|Stéphanie"
    "|Camille|Marie-Pier",
    fam="Tremblay|Gagnon|Roy|Côté|Bouchard|Gauthier|Morin|Lavoie|Fortin|Gagné|Ouellet|Pelletier"
    "|Bélanger|Lévesque|Bergeron|Paquette|Girard|St-Pierre|Desjardins",
    st="rue Saint-Denis|boulevard Saint-Laurent|rue Sherbrooke Est|avenue du Mont-Royal"
    "|rue Ontario Est|chemin de la Côte-des-Neiges|rue Saint-Jean|avenue Papineau|rue Masson",
    tw="Montréal (Québec);H#@ #@#|Québec (Québec);G#@ #@#|Laval (Québec);H#@ #@#"
    "|Gatineau (Québec);J#@ #@#|Sherbrooke (Québec);J#@ #@#",
    a="{n}, {st}, {flat}, {tw}  {pc}|{n} {st}, app. ##, {tw} {pc}|{n}-{st} {flat}\n{tw} {pc}",
    flat="app. ##|app. #0#|bureau ###",
    hn="####|###",
    ph="514-$##-####|+1 438 $## ####|(418) $##-####|450 $##-####|+1 (819) $##-####|514 $## ####",
    ml="videotron.ca|gmail.com|hotmail.com|outlook.com|sympatico.ca",
    hm="M.",
    hf="Mme",
    cur="{a} $|{a} $ CA",
    ts=" ",
    pl="@@@ ###|###-@@@",
    dl="@####-######-##",
    pp="@@######",
    ap="YUL Montréal-Trudeau|YQB Québec Jean-Lesage",
    biz="Hydro-Québec|Énergir|Vidéotron|Bell|Fizz|Postes Canada|Purolator|SAQ|STM|Exo|Kijiji"
    "|Taxi Coop",
    df="{Y}-{mm}-{dd}|{d} {M} {Y}",
)
_L(
    "mx",
    "Mexico",
    "Americas",
    "es|en",
    "hisp",
    gm="José Luis|Juan Carlos|Miguel Ángel|Luis Fernando|Jesús|Alejandro|Ricardo|Diego|Eduardo"
    "|Arturo|Rodrigo|Emiliano",
    gf="María Guadalupe|Ana Karen|Fernanda|Daniela|Ximena|Valeria|Andrea|Mariana|Itzel|Rocío"
    "|Claudia|Alejandra",
    fam="Hernández|García|Martínez|López|González|Pérez|Rodríguez|Sánchez|Ramírez|Cruz|Flores"
    "|Gómez|Morales|Vázquez|Reyes|Jiménez|Torres|Gutiérrez|Mendoza|Aguilar|Chávez|Xolalpa",
    st="Calle Durango|Av. Insurgentes Sur|Calle Ámsterdam|Av. Revolución|Calle Colima"
    "|Av. Chapultepec|Calle Hidalgo|Av. Vallarta|Calle 5 de Mayo|Calle Tonalá",
    dist="Col. Roma Norte|Col. Condesa|Col. Del Valle|Col. Narvarte Poniente|Col. Americana"
    "|Col. Centro|Col. Del Carmen",
    tw="Ciudad de México, CDMX;06###|Guadalajara, Jal.;44###|Monterrey, N.L.;64###"
    "|Puebla, Pue.;72###|Mérida, Yuc.;97###|Oaxaca de Juárez, Oax.;68###",
    a="{st} {n}, {flat}, {dist}, {pc} {tw}|{st} {n}, {dist}, {tw}, C.P. {pc}"
    "|{st} ^{n} {flat}, {dist}, {tw}",
    flat="Int. #|Depto. ###|Int. @|Dpto. #0#",
    ph="55 #### ####|+52 55 #### ####|+52 1 55 #### ####|33 #### ####|+52 81 #### ####"
    "|(55) ####-####|55########",
    ml="gmail.com|hotmail.com|outlook.com|yahoo.com.mx|prodigy.net.mx",
    hm="Sr.|Lic.|Ing.",
    hf="Sra.|Lic.|Srita.",
    cur="${a} MXN|MXN {a}|${a}",
    pl="@@@-###-@|###-@@@",
    dl="@########",
    pp="@########",
    ap="MEX Benito Juárez International|GDL Guadalajara|MTY Monterrey|CUN Cancún",
    biz="CFE|Telmex|Telcel|Izzi|Totalplay|Estafeta|Correos de México|DiDi|Uber|Rappi"
    "|Mercado Libre|OXXO|ADO",
    df="{dd}/{mm}/{Y}|{d} de {M} de {Y}",
)
_L(
    "gt",
    "Guatemala",
    "Americas",
    "es",
    "hisp",
    gm="Luis Alfredo|Carlos Enrique|Jorge Mario|Byron|Edgar|Kevin|Marvin|Óscar|Walter|Josué",
    gf="Ana Lucía|María José|Ingrid|Mildred|Sandra|Karla|Glenda|Heidy|Jennifer|Lesly",
    fam="López|García|Pérez|Hernández|Morales|Castillo|Ramírez|Gómez|Ajú|Xicará|Chávez"
    "|Cifuentes|Quiñónez|Ixcoy|Tzoc",
    st="6a. Avenida|Calzada Roosevelt|Avenida Las Américas|4a. Calle|Boulevard Los Próceres"
    "|7a. Avenida",
    dist="Zona 10|Zona 1|Zona 14|Zona 15|Zona 4|Zona 11",
    tw="Ciudad de Guatemala;010##|Antigua Guatemala;03001|Quetzaltenango;09001|Mixco;01057",
    a="{st} {n}, {dist}, {tw}|{st} {n}, {flat}, {dist}, {tw} {pc}",
    hn="##-##|#-##",
    flat="Apto. #@|Casa ##",
    ph="5### ####|+502 5### ####|4###-####|+502 3#######|2### ####|+502 2### ####",
    ml="gmail.com|hotmail.com|yahoo.com",
    hm="Sr.|Lic.",
    hf="Sra.|Licda.",
    cur="Q{a}|GTQ {a}",
    pl="P-###@@@",
    pp="#########",
    ib="GT",
    ap="GUA La Aurora International|FRS Mundo Maya",
    biz="Tigo|Claro|EEGSA|Empagua|Cargo Expreso|Uber|inDrive|Hugo",
    df="{dd}/{mm}/{Y}|{d} de {M} de {Y}",
)
_L(
    "co",
    "Colombia",
    "Americas",
    "es|en",
    "hisp",
    gm="Juan David|Andrés Felipe|Santiago|Sebastián|Carlos Andrés|Jhon Jairo|Camilo|Julián|Mateo"
    "|Daniel|Brayan|Édgar",
    gf="Valentina|Laura Sofía|Daniela|María Camila|Paula Andrea|Luisa Fernanda|Natalia|Yuliana"
    "|Manuela|Catalina|Leidy|Ángela",
    fam="Rodríguez|Gómez|González|Martínez|García|López|Hernández|Sánchez|Ramírez|Pérez|Díaz"
    "|Muñoz|Rojas|Moreno|Jaramillo|Restrepo|Zapata|Ospina|Castaño|Cárdenas",
    st="Calle 85|Carrera 15|Calle 10 Sur|Carrera 43A|Avenida Calle 26|Transversal 39|Calle 72"
    "|Diagonal 53",
    dist="Chapinero|El Poblado|Laureles|Usaquén|Teusaquillo|Cedritos|Granada",
    tw="Bogotá;11####|Medellín;050###|Cali;76####|Barranquilla;08####|Cartagena;13####"
    "|Bucaramanga;68####",
    a="{st} ^ {n}, {flat}, {dist}, {tw}|{st} ^ {n}, {tw}|{st} No. {n} {flat}, barrio {dist}, {tw}",
    hn="##-##|##@-##|###-##",
    flat="Apto ###|Apto #0#|Casa ##|Torre #, Apto #0#",
    ph="3## ### ####|+57 3## ### ####|+57 31# #######|601 ### ####|(604) ### ####|30#########",
    ml="gmail.com|hotmail.com|outlook.com|yahoo.com",
    hm="Sr.|Don",
    hf="Sra.|Doña",
    cur="${a}|COP {a}|${a} COP",
    ts=".",
    pl="@@@ ###|@@@-###",
    dl="##########",
    pp="@@######",
    ap="BOG El Dorado|MDE José María Córdova|CLO Alfonso Bonilla Aragón|CTG Rafael Núñez",
    biz="Enel|EPM|Vanti|Claro|Movistar|Tigo|Servientrega|Coordinadora|Interrapidísimo|Rappi"
    "|DiDi|inDrive|Mercado Libre|Nequi|Daviplata",
    df="{dd}/{mm}/{Y}|{d} de {M} de {Y}",
)
_L(
    "pe",
    "Peru",
    "Americas",
    "es",
    "hisp",
    gm="Luis Miguel|José Antonio|Jorge|César|Renzo|Piero|Diego|Ángel|Christian|Gustavo|Wilmer"
    "|Héctor",
    gf="Rosa María|Milagros|Lucero|Carmen|Giuliana|Kiara|Fiorella|Lizbeth|Diana|Pilar|Sofía"
    "|Yesenia",
    fam="Quispe|Flores|Sánchez|García|Rodríguez|Huamán|Mamani|Chávez|Torres|Ramos|Vargas"
    "|Castillo|Mendoza|Rojas|Gutiérrez|Condori|Paredes|Salazar|Villanueva",
    st="Av. Larco|Jr. de la Unión|Av. Arequipa|Calle Schell|Av. Javier Prado Este"
    "|Calle Los Pinos|Av. La Marina|Jr. Huallaga",
    dist="Miraflores|San Isidro|Barranco|Surco|San Borja|Jesús María|Lince|Pueblo Libre",
    tw="Lima;150##|Arequipa;04###|Cusco;08###|Trujillo;13###",
    a="{st} {n}, {flat}, {dist}, {tw}|{st} {n}, {dist}, {tw} {pc}|{st} {n} Int. ##, {dist} - {tw}",
    flat="Dpto. ###|Dpto. #0#|Int. #",
    ph="9## ### ###|+51 9## ### ###|(01) ### ####|+51 1 ### ####|9########|+51 98# ######",
    ml="gmail.com|hotmail.com|outlook.com|yahoo.es",
    hm="Sr.|Ing.",
    hf="Sra.|Srta.",
    cur="S/ {a}|S/{a}|PEN {a}",
    pl="@#@-###|@@@-###",
    dl="@########",
    pp="#########",
    ap="LIM Jorge Chávez International|CUZ Alejandro Velasco Astete|AQP Rodríguez Ballón",
    biz="Luz del Sur|Enel|Sedapal|Movistar|Claro|Entel|Bitel|Olva Courier|Rappi|Cabify|inDrive"
    "|Yape|Plin|Urbania",
    df="{dd}/{mm}/{Y}|{d} de {M} de {Y}",
)
_L(
    "cl",
    "Chile",
    "Americas",
    "es",
    "hisp",
    gm="Benjamín|Matías|Vicente|Joaquín|Cristóbal|Felipe|Tomás|Ignacio|Rodrigo|Patricio"
    "|Gonzalo|Nicolás",
    gf="Josefa|Catalina|Francisca|Javiera|Constanza|Antonia|Fernanda|Valentina|Camila|Macarena"
    "|Trinidad|Paz",
    fam="González|Muñoz|Rojas|Díaz|Pérez|Soto|Contreras|Silva|Sepúlveda|Morales|Fuentes"
    "|Araya|Espinoza|Valenzuela|Tapia|Pizarro|Riquelme|Cortés",
    st="Av. Providencia|Calle Los Leones|Av. Apoquindo|Calle Huérfanos|Av. Irarrázaval"
    "|Calle Condell|Pasaje Las Acacias|Av. Grecia",
    dist="Providencia|Ñuñoa|Las Condes|Santiago Centro|La Florida|Maipú|Vitacura",
    tw="Santiago;75#####|Valparaíso;23#####|Concepción;40#####|Viña del Mar;25#####",
    a="{st} {n}, {flat}, {dist}, {tw}|{st} {n}, {dist}, {tw} {pc}",
    flat="depto. ###|dpto. #0#|casa @|of. ###",
    hn="####|###",
    ph="+56 9 #### ####|9 #### ####|+56 2 2### ####|(2) 2### ####|+569########",
    ml="gmail.com|hotmail.com|yahoo.es|vtr.net",
    hm="Sr.|Don",
    hf="Sra.|Srta.",
    cur="${a}|CLP {a}|${a} CLP",
    ts=".",
    pl="@@@@-##|@@·@@·##",
    dl="##########",
    pp="@########",
    ap="SCL Arturo Merino Benítez|CCP Carriel Sur|PMC El Tepual",
    biz="Enel|CGE|Aguas Andinas|Metrogas|Entel|Movistar|WOM|Chilexpress|Starken|Rappi"
    "|PedidosYa|Uber|Cabify|Yapo|Portal Inmobiliario",
    df="{dd}-{mm}-{Y}|{d} de {M} de {Y}",
)
_L(
    "ar",
    "Argentina",
    "Americas",
    "es",
    "hisp",
    dbl="0.25",
    gm="Martín|Santiago|Facundo|Lautaro|Nicolás|Matías|Gonzalo|Federico|Julián|Agustín"
    "|Juan Ignacio|Tomás",
    gf="Sofía|Valentina|Camila|Lucía|Martina|Florencia|Agustina|Julieta|Micaela|Carolina|Rocío"
    "|Milagros",
    fam="González|Rodríguez|Gómez|Fernández|López|Díaz|Martínez|Pérez|Romero|Sosa|Álvarez"
    "|Benítez|Acosta|Medina|Pereyra|Giménez|Ferreyra|Russo|Bianchi|Etcheverry|Schulz",
    st="Av. Corrientes|Av. Santa Fe|Gorriti|Av. Rivadavia|Thames|Av. Córdoba|Humboldt"
    "|Av. Pueyrredón|Defensa|Bv. Oroño",
    dist="Palermo|Villa Crespo|Almagro|Recoleta|Caballito|San Telmo|Belgrano|Nueva Córdoba",
    tw="CABA;C14##@@@|Córdoba;X50##@@@|Rosario;S20##@@@|Mendoza;M55##@@@|La Plata;B19##@@@",
    a="{st} {n}, piso #, depto. @, {dist}, {tw}|{st} {n} #° @, {pc} {tw}|{st} {n}, {dist}, {pc}"
    " {tw}",
    hn="####|###",
    ph="11 ####-####|+54 9 11 ####-####|+54 9 351 ###-####|15-####-####|011 15-####-####"
    "|(0341) 15-###-####|+54 11 ####-####",
    ml="gmail.com|hotmail.com|yahoo.com.ar|outlook.com|fibertel.com.ar",
    hm="Sr.|Lic.",
    hf="Sra.|Lic.",
    cur="${a}|ARS {a}|$ {a}",
    ts=".",
    pl="@@ ### @@|@@@ ###",
    dl="########",
    pp="@@@######",
    ap="EZE Ministro Pistarini|AEP Aeroparque Jorge Newbery|COR Ingeniero Taravella"
    "|MDZ El Plumerillo",
    biz="Edenor|Edesur|Metrogas|AySA|Personal|Claro|Movistar|Telecentro|Andreani|OCA"
    "|Correo Argentino|Rappi|PedidosYa|Mercado Libre|Mercado Pago|Zonaprop",
    df="{dd}/{mm}/{Y}|{d} de {M} de {Y}",
)
_L(
    "br",
    "Brazil",
    "Americas",
    "pt|en",
    "pt",
    gm="João Pedro|Lucas|Gabriel|Matheus|Rafael|Guilherme|Thiago|Felipe|Bruno|Carlos Eduardo"
    "|Vinícius|Luiz Henrique",
    gf="Ana Clara|Maria Eduarda|Júlia|Beatriz|Larissa|Camila|Fernanda|Amanda|Letícia|Gabriela"
    "|Bruna|Thaís",
    fam="Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Costa|Ribeiro"
    "|Martins|Carvalho|Almeida|Lopes|Soares|Vieira|Barbosa|Nascimento|Araújo|Cavalcanti|Moura",
    part="de|da|dos|do",
    st="Rua das Acácias|Avenida Paulista|Rua Augusta|Rua Oscar Freire|Avenida Atlântica"
    "|Rua Voluntários da Pátria|Rua dos Pinheiros|Avenida Sete de Setembro|Rua da Bahia"
    "|Rua Barão de Itapetininga",
    dist="Pinheiros|Vila Madalena|Copacabana|Botafogo|Savassi|Moinhos de Vento|Boa Viagem"
    "|Bela Vista|Tijuca",
    tw="São Paulo - SP;0####-###|Rio de Janeiro - RJ;2####-###|Belo Horizonte - MG;30###-###"
    "|Porto Alegre - RS;90###-###|Recife - PE;5####-###|Curitiba - PR;8####-###"
    "|Salvador - BA;40###-###",
    a="{st}, {n}, {flat} - {dist}, {tw}, {pc}|{st}, {n} - {dist}, {tw} - CEP {pc}"
    "|{st}, {n}, {flat}\n{dist} - {tw}\nCEP {pc}",
    flat="apto ##|apto #0#|ap. ##, bloco @|casa #|sala ###",
    ph="(11) 9####-####|+55 11 9####-####|(21) 9####-####|+55 (31) 9####-####|11 9########"
    "|(11) 3###-####|+55 51 9####-####|(81) 9####-####",
    ml="gmail.com|hotmail.com|yahoo.com.br|uol.com.br|bol.com.br|outlook.com",
    hm="Sr.|Dr.",
    hf="Sra.|Dra.|Dona",
    cur="R$ {a}|R${a}|BRL {a}",
    ts=".",
    pl="@@@#@##|@@@-####",
    dl="###########",
    pp="@@######",
    ib="BR",
    ap="GRU Guarulhos|CGH Congonhas|GIG Galeão|SDU Santos Dumont|CNF Confins|POA Salgado Filho",
    biz="Enel|Light|Cemig|Sabesp|Comgás|Vivo|Claro|TIM|Correios|Jadlog|Loggi|iFood|99|Uber"
    "|Mercado Livre|OLX|QuintoAndar|Nubank",
    df="{dd}/{mm}/{Y}|{d} de {M} de {Y}",
)
_L(
    "jm",
    "Jamaica",
    "Americas",
    "en",
    "w",
    gm="Andre|Dwayne|Kemar|Omar|Damion|Ricardo|Shane|Jermaine|Oneil|Rohan|Devon|Tajay",
    gf="Shanice|Kimberley|Tanisha|Kerry-Ann|Alecia|Sashagaye|Nordia|Tamara|Stacy-Ann|Shantel"
    "|Latoya|Camille",
    fam="Brown|Williams|Campbell|Smith|Thompson|Clarke|Grant|Reid|Francis|Morgan|Gordon|McLean"
    "|Henry|Bailey|Powell|Morrison|Lewis|Stewart|Wright|Ellis",
    st="Hope Road|Constant Spring Road|Lady Musgrave Road|Barbican Road|Red Hills Road"
    "|Gloucester Avenue|Half Way Tree Road|Waltham Park Road",
    tw="Kingston 6;|Kingston 10;|Kingston 8;|Montego Bay;|Mandeville;|Ocho Rios;|Portmore;",
    a="{n} {st}, {tw}|{flat}, {bld}, {n} {st}, {tw}|Lot {n}, {st}, {tw}",
    flat="Apt #@|Unit ##|Apt ##",
    bld="Hope Pastures Villas|Barbican Mews|Millsborough Gardens",
    ph="(876) $##-####|+1 876-$##-####|876-$##-####|+1 (876) $## ####|876 $## ####",
    ml="gmail.com|yahoo.com|hotmail.com",
    cur="J${a}|JMD {a}",
    pl="####@@|@@ ####",
    dl="#########",
    pp="@#######",
    ap="KIN Norman Manley International|MBJ Sangster International",
    biz="JPS|NWC|Digicel|Flow|Knutsford Express|Jamaica Post|Lynk",
    df="{dd}/{mm}/{Y}|{M} {d}, {Y}",
)

# ---------------------------------------------------------------- Oceania
_L(
    "au",
    "Australia",
    "Oceania",
    "en",
    "w",
    gm="Jack|Lachlan|Liam|Cooper|Mitchell|Hamish|Riley|Josh|Blake|Dylan|Tom|Kieran|Wei|Raj",
    gf="Chloe|Mia|Isla|Olivia|Sophie|Matilda|Grace|Ruby|Jess|Tahlia|Bree|Ella|Mei|Anjali",
    fam="Smith|Jones|Williams|Brown|Wilson|Taylor|Nguyen|Anderson|Thompson|White|Martin|Kelly"
    "|O'Brien|Ryan|Walsh|Tran|Papadopoulos|Rossi|Singh|Campbell|McKenzie|Harris",
    st="Chapel Street|Glebe Point Road|King Street|Brunswick Street|Oxford Street|Sydney Road"
    "|Beaufort Street|Rundle Street|Boundary Street|Hay Street|Wattle Avenue",
    tw="Newtown NSW;2042|Fitzroy VIC;3065|Brunswick VIC;3056|Surry Hills NSW;2010"
    "|Fremantle WA;6160|West End QLD;4101|Glebe NSW;2037|Norwood SA;5067|Hobart TAS;7000"
    "|Braddon ACT;2612",
    a="{n} {st}, {tw} {pc}|#/{n} {st}, {tw} {pc}|Unit ##, {n} {st}, {tw} {pc}|{n} {st}\n{tw} {pc}",
    ph="04## ### ###|+61 4## ### ###|+61 4########|(02) 9### ####|(03) 9### ####|+61 2 9### ####"
    "|04########|(08) 9### ####",
    ml="gmail.com|bigpond.com|outlook.com|hotmail.com|icloud.com|optusnet.com.au",
    cur="${a}|AUD {a}|A${a}",
    pl="@@@-###|#@@-#@@|@@-##-@@",
    dl="########|#########",
    pp="P@#######|@#######",
    ap="SYD Sydney Kingsford Smith|MEL Melbourne Tullamarine|BNE Brisbane|PER Perth|ADL Adelaide"
    "|CBR Canberra",
    biz="AGL|Origin Energy|EnergyAustralia|Sydney Water|Telstra|Optus|NBN Co|Australia Post"
    "|StarTrack|Sendle|Menulog|DoorDash|Gumtree|Domain|Opal|Myki|Airtasker",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "nz",
    "New Zealand",
    "Oceania",
    "en",
    "w",
    gm="Tama|Nikau|Wiremu|Liam|Oliver|Hemi|Mason|Rawiri|Sione|Jack|Manaaki|Tipene",
    gf="Aroha|Mere|Anahera|Olivia|Charlotte|Moana|Isla|Kiri|Ngaio|Amelia|Hana|Mele",
    fam="Smith|Wilson|Williams|Brown|Taylor|Ngata|Te Whare|Parata|Walker|Henare|Tupou"
    "|Fa'amausili|Harris|Thompson|Kereama|Te Rangi|Wong|Singh|Clarke",
    st="Ponsonby Road|Cuba Street|Karangahape Road|Dominion Road|Riccarton Road|Great North Road"
    "|Aro Street|Colombo Street|George Street|Tinakori Road",
    tw="Ponsonby, Auckland;1011|Grey Lynn, Auckland;1021|Te Aro, Wellington;6011"
    "|Thorndon, Wellington;6011|Riccarton, Christchurch;8011|Dunedin Central, Dunedin;9016"
    "|Mount Maunganui;3116|Hamilton East, Hamilton;3216",
    a="{n} {st}, {tw} {pc}|#/{n} {st}, {tw} {pc}|Flat #, {n} {st}, {tw} {pc}",
    ph="021 ### ####|+64 21 ### ####|022 ### ####|027 ### ####|+64 27 #######|(09) ### ####"
    "|+64 9 ### ####|(04) ### ####",
    ml="gmail.com|xtra.co.nz|outlook.com|hotmail.com|slingshot.co.nz",
    cur="${a}|NZD {a}|NZ${a}",
    pl="@@@###",
    dl="@@######",
    pp="@@######",
    ap="AKL Auckland|WLG Wellington|CHC Christchurch|ZQN Queenstown",
    biz="Mercury|Genesis|Contact Energy|Watercare|Spark|One NZ|2degrees|NZ Post|CourierPost"
    "|Trade Me|Snapper|AT HOP|Metlink",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)
_L(
    "fj",
    "Fiji",
    "Oceania",
    "en",
    "w",
    gm="Josefa|Jone|Semi|Epeli|Viliame|Sakiusa|Ravinesh|Ashwin|Pita|Iliesa|Tevita|Sanjay",
    gf="Mereani|Litia|Salote|Ana|Losana|Vasemaca|Priya|Shalini|Sera|Akanisi|Unaisi|Kalesi",
    fam="Naivalu|Vuniwaqa|Ravouvou|Nadakuitavuki|Qalo|Tabua|Waqa|Kumar|Prasad|Naidu|Lal"
    "|Vakaloloma|Cakau|Delana|Bulivou",
    st="Victoria Parade|Waimanu Road|Ratu Sukuna Road|Queen Elizabeth Drive|Princes Road"
    "|Namena Road|Vitogo Parade|Nadi Back Road",
    dist="Samabula|Tamavua|Namadi Heights|Martintar|Nasese|Raiwaqa",
    tw="Suva;|Nadi;|Lautoka;|Labasa;|Nausori;",
    a="{n} {st}, {tw}|Lot {n}, {st}, {dist}, {tw}|{flat}, {bld}, {st}, {dist}, {tw}",
    flat="Flat #|Unit ##",
    bld="Kaunikuila House|Ocean View Apartments",
    ph="9## ####|+679 9## ####|7## ####|+679 7## ####|33# ####|+679 83# ####",
    ml="gmail.com|yahoo.com|connect.com.fj",
    hm="Mr|Ratu",
    hf="Mrs|Ms|Adi",
    cur="FJ${a}|F${a}|FJD {a}",
    pl="@@ ###|@@###",
    pp="@#######",
    ap="NAN Nadi International|SUV Nausori",
    biz="EFL|Water Authority of Fiji|Digicel|Vodafone Fiji|Post Fiji|M-PAiSA|Fiji Airways",
    df="{dd}/{mm}/{Y}|{d} {M} {Y}",
)

# --------------------------------------------------------------------------------------
# templates: (id, language, locale filter, text). Language "*" = any locale, field names
# in English. Person slots: NAME FULL GIVEN GIVENLC SUR SURFIRST INIT HANDLE MENTION HON
# EMAIL WEMAIL; other labelled slots: PHONE PHONEI ADDR ADDRML DOB DOBISO CARD IBAN SSN
# ITIN IP IP6 MAC BTC ETH DL PASS PWD PIN OTP APIKEY TOKEN RCODE CODE WIFI. Everything
# else (PNR, FLIGHT, ORDER, AMT, DATE, HOTEL, PET, ...) is a near-miss and not labelled.
# --------------------------------------------------------------------------------------
TEMPLATES: list[tuple[str, str, str, str]] = [
    (
        "hotel_confirm_mail",
        "en",
        "",
        "From: {HOTEL.1} Reservations (no-reply)\n"
        "To: {FULL.1} <{EMAIL.1}>\nSubject: Booking confirmed - {PNR}\n\n"
        "Dear {HON.1} {SUR.1},\n\nThank you for choosing {HOTEL.1}. Your stay is confirmed:\n"
        "  Check-in: {DATE} from 15:00\n  Check-out: {DATE} until 11:00\n"
        "  Room: [[Deluxe Double|Twin Standard|Family Suite|Dorm bed (6-bed mixed)]], {NUM}"
        " nights\n"
        "  Total: {AMT} (paid with card ending {LAST4})\n\n"
        "Guest on file: {FULL.1}, tel. {PHONE.2}\n"
        "[[Please have your passport ready at check-in.|Late arrival? Call the front desk.|"
        "Breakfast is served 7-10 on the 2nd floor.]]\n\nKind regards,\n{NAME.3}\nFront Office,"
        " {HOTEL.1}",
    ),
    (
        "hostel_ticket_reply",
        "en",
        "",
        "Hi {GIVEN.1},\n\nthanks for your message about booking {PNR}. I checked with my colleague "
        "{GIVEN.2} and we can move you to a private room for {AMT} extra per night. Your friend "
        "{NAME.3} is already checked in (bed {SEAT}).\n\nThe door code for the side entrance is "
        "{CODE.4}, and the wifi password is {WIFI.5}.\n\nCheers,\n{GIVEN.2}\n{HOTEL.1} | {PHONE.6}",
    ),
    (
        "flight_itinerary",
        "en",
        "",
        "ITINERARY RECEIPT\nBooking reference: {PNR}    Ticket: {TKT}\n"
        "Passenger: {SURFIRST.1} [[MR|MS|MRS]]\nFrequent flyer: {AIRLINEC} {FF}\n\n"
        "{FLIGHT}  {DATE}  {IATA} -> {IATA}  dep {TIME} arr {TIME}  seat {SEAT}  class Y\n"
        "{FLIGHT}  {DATE}  {IATA} -> {IATA}  dep {TIME} arr {TIME}  seat {SEAT}  class Y\n\n"
        "Contact: {PHONEI.2} / {EMAIL.1}\nPassport: {PASS.3}  DOB: {DOB.1}\nFare: {AMT}",
    ),
    (
        "boarding_pass_ocr",
        "en",
        "",
        "BOARDING PASS  {AIRLINE}\nNAME OF PASSENGER\n{SURUP.1}/{GIVENUP.1} [[MR|MS]]\n"
        "FROM {AIRPORT}   TO {AIRPORT}\nFLIGHT {FLIGHT}  DATE {DATE}  GATE {GATE}  "
        "BOARDING {TIME}\nSEAT {SEAT}  SEQ {NUM}  ZONE [[1|2|3|4]]\nPNR {PNR}  ETKT {TKT}\n"
        "[[FF {AIRLINEC} {FF}|SKYPRIORITY|TSA PRE]]",
    ),
    (
        "train_ticket_mail",
        "en",
        "",
        "Your train tickets\n\n{TRAIN} from {STATION} to {STATION}, {DATE}, departing {TIME}\n"
        "Coach {NUM}, seat {SEAT}. Order {ORDER}.\nPassengers: {FULL.1}, {FULL.2}\n"
        "Tickets were sent to {EMAIL.1}. Questions? Call us, or reply to this message.\n"
        "Paid: {AMT} - card {MASK}",
    ),
    (
        "visa_form_dump",
        "en",
        "",
        "VISA APPLICATION - PERSONAL DETAILS\nSurname(s): {SURUP.1}\nGiven name(s): {GIVEN.1}\n"
        "Date of birth: {DOB.1}\nPlace of birth: {TOWN}\nPassport number: {PASS.1}\n"
        "Passport expiry: {DATE}\nHome address: {ADDR.2}\nTelephone: {PHONEI.3}\nE-mail:"
        " {EMAIL.1}\n"
        "Purpose of visit: [[Tourism|Family visit|Business meeting|Conference]]\n"
        "Host in destination country: {FULL.4}, {ADDR.5}\nApplication ref: {REF}",
    ),
    (
        "residence_permit_letter",
        "en",
        "",
        "Re: residence permit renewal, file {REF}\n\nDear Sir or Madam,\n\nI, {FULL.1}, born "
        "{DOB.1}, holder of passport {PASS.2}, request the renewal of my residence permit. "
        "I live at {ADDR.3} together with my spouse {FULL.4}.\n\nMy employer's HR contact, "
        "{NAME.5} ({WEMAIL.5}), can confirm my contract.\n\nYours faithfully,\n{FULL.1}\n{PHONE.6}",
    ),
    (
        "rental_listing",
        "en",
        "",
        "[[FOR RENT|Room available|Apartment to let]] - {DIST}, {TOWN}\n\n"
        "[[2-bedroom|Studio|1BR|3-bed house]], {NUM} m², furnished, available from {DATE}. "
        "Rent {AMT}/month + utilities, deposit 2 months.\nViewing by appointment: call or WhatsApp "
        "{PHONE.1} ({GIVEN.1}). No agents please.\nListing ID {REF} on {MARKET}.",
    ),
    (
        "tenancy_application",
        "en",
        "",
        "TENANCY APPLICATION\n\nApplicant 1: {FULL.1}\nDate of birth: {DOB.1}\n"
        "Current address: {ADDRML.2}\nMobile: {PHONE.3}\nEmail: {EMAIL.1}\n"
        "Employer: {COMPANY}, monthly income {AMT}\n\nApplicant 2: {FULL.4}\nDate of birth:"
        " {DOB.4}\n"
        "Mobile: {PHONE.5}\n\nPrevious landlord (reference): {NAME.6}, {PHONE.7}\n"
        "Property applied for: {ADDR.8}\nMove-in: {DATE}",
    ),
    (
        "landlord_help_prompt",
        "en",
        "",
        "my landlord {NAME.1} keeps texting me about the boiler. last msg:\n\n"
        '"{GIVEN.2}, the engineer {NAME.3} will come {DAY} between 8 and 12, he has my spare key. '
        "if you're not home leave the door code {CODE.4} active. my new number is {PHONE.5}\"\n\n"
        "can you help me say I need 24h notice by law? I live at {ADDR.6}",
    ),
    (
        "building_notice",
        "en",
        "",
        "NOTICE TO ALL RESIDENTS - [[WATER SHUTDOWN|LIFT MAINTENANCE|PEST CONTROL|FIRE ALARM"
        " TEST]]\n\n"
        "Dear residents,\nOn {DATE} from {TIME} to {TIME} [[the water supply will be interrupted|"
        "lift B will be out of service|technicians will visit every flat]].\n"
        "For questions contact the building manager, {NAME.1}, on {PHONE.2} or {WEMAIL.1}.\n"
        "Flat {NUM}: please contact us about your parcel.\n\nThe Management, {BIZ}",
    ),
    (
        "neighbour_noise_mail",
        "en",
        "",
        "Hi {GIVEN.1},\n\nI'm your neighbour from the flat below ({GIVEN.2}). Sorry to bother you, "
        "but the music was very loud again last night until 2am. Could we talk about it? "
        "You can reach me on {PHONE.3}.\n\nThanks,\n{GIVEN.2}\n\n"
        "> On {DATE}, {FULL.1} <{EMAIL.1}> wrote:\n> Sure, sorry about that, it was my birthday.\n"
        "> Text me anytime.",
    ),
    (
        "utility_bill",
        "en",
        "",
        "{BIZ} - ELECTRICITY BILL\nAccount holder: {FULL.1}\nSupply address: {ADDR.2}\n"
        "Account no.: {ACCT}   Meter no.: {METER}\nBilling period: {DATE} - {DATE}\n"
        "Previous reading {NUM}4   Current reading {NUM}9\nAmount due: {AMT}   Due date: {DATE}\n"
        "Pay by direct debit from {IBAN.3} or online. Questions: {PHONE.4}",
    ),
    (
        "mobile_bill",
        "en",
        "",
        "{BIZ} monthly statement\nCustomer: {NAME.1}   Customer ID: {CUST}\n"
        "Line: {PHONE.2}\nPlan: [[Unlimited 5G|Prepaid Plus|Family Share 40GB]]\n"
        "Roaming charges ({COUNTRY}): {AMT}\nTotal: {AMT}\nInvoice {INV}, issued {DATE}\n"
        "Paid with card {MASK}",
    ),
    (
        "delivery_driver_chat",
        "en",
        "",
        "[{RIDEAPP.1} courier] {GIVEN.1}: Hi, I'm downstairs with your order {ORDER}\n"
        "[You]: which entrance? building B\n[{RIDEAPP.1} courier] {GIVEN.1}: I'm at {ADDR.2}, "
        "the guard won't let me in. Call me {PHONE.3}\n[You]: coming down, 2 min\n"
        "[System] Delivery PIN: {OTP.4} - share it only with your courier",
    ),
    (
        "ride_receipt",
        "en",
        "",
        "Thanks for riding with {RIDEAPP.1}, {GIVEN.1}!\n{DATE} {TIME}\nPickup: {ADDR.2}\n"
        "Drop-off: {AIRPORT}, Terminal [[1|2|3]]\nDriver: {GIVEN.3} · {CAR} · {PLATE}\n"
        "Trip fare {AMT}  Tip {AMT}\nCharged to {MASK}\nTrip ID {UUID}",
    ),
    (
        "lost_driver_help",
        "en",
        "",
        "I left my [[laptop bag|phone|wallet|kid's backpack]] in a {RIDEAPP} yesterday. "
        "The driver's name was {NAME.1} and the plate {PLATE}. The app shows his number as "
        "{PHONE.2} but it goes to voicemail. My number is {PHONE.3}, I was picked up at "
        "{ADDR.4}. What should I write to support?",
    ),
    (
        "marketplace_buyer",
        "en",
        "",
        "Buyer: Hi, is the {ITEM} still available?\nSeller ({GIVEN.1}): yes! {AMT}, pick up in "
        "{DIST}\nBuyer: great, can you send the exact address?\nSeller ({GIVEN.1}): {ADDR.2}, "
        "ring {SUR.1}. Or I can ship via {COURIER}\nBuyer: I'll pay by transfer, what's your"
        " IBAN?\n"
        "Seller ({GIVEN.1}): {IBAN.3}, name {FULL.1}\nBuyer: sent, ref {REF}",
    ),
    (
        "marketplace_scam_check",
        "en",
        "",
        "Is this a scam? Someone answered my {MARKET} ad for a {ITEM}:\n\n"
        '"Hello I am {FULL.1}, I am abroad for work. I will pay by courier. Send me your full'
        " name, "
        'address and phone and the code you receive by SMS."\n\nI already sent my name ({FULL.2}) '
        "and {PHONE.3}, and he then asked for {OTP.4}. Did I mess up?",
    ),
    (
        "car_repair_ticket",
        "en",
        "",
        "REPAIR ORDER {REF}\nCustomer: {SURFIRST.1}\nPhone: {PHONE.2}\nVehicle: {CAR}, plate"
        " {PLATE}, "
        "VIN {VIN}\nOdometer: {NUM}512 km\nComplaint: [[grinding noise when braking|engine light"
        " on|"
        "AC not cooling|flat tyre, spare damaged]]\nTechnician: {NAME.3}\nEstimate: {AMT}\n"
        "Approved by customer on {DATE} {TIME}",
    ),
    (
        "roadside_assist",
        "en",
        "",
        "Roadside assistance case {TICKET}\nCaller: {FULL.1} (member {CUST})\nCallback: {PHONE.2}\n"
        "Location: [[hard shoulder near exit {NUM}|parking lot of {SHOP}|outside {ADDR.3}]]\n"
        "Vehicle: {CAR} {PLATE}\nDriver licence: {DL.4}\nTruck dispatched: unit {NUM}, "
        "ETA {TIME}. Driver {GIVEN.5}.",
    ),
    (
        "gym_membership",
        "en",
        "",
        "Welcome to {GYM}, {GIVEN.1}!\n\nMembership no. {CUST}\nHome club: {DIST}\n"
        "Member: {FULL.1}, born {DOB.1}\nEmergency contact: {NAME.2} ({PHONE.3})\n"
        "Monthly fee {AMT} will be collected from {IBAN.4}.\nYour app login is {EMAIL.1}; "
        "temporary password {PWD.5}.",
    ),
    (
        "school_run_group",
        "en",
        "",
        "School run rota for next week 🚗\nMon: {GIVEN.1} ({PHONE.2})\nTue: {GIVEN.3}\n"
        "Wed: {NAME.4} - pickup from {ADDR.5}\nThu: {GIVEN.1}\nFri: {GIVEN.6}'s dad\n"
        "Reminder: gate code at the back is {CODE.7}. Kids finish at {TIME}.",
    ),
    (
        "lost_found_post",
        "en",
        "",
        "[[FOUND|LOST]]: [[blue backpack|black wallet|set of keys with a red tag|kid's scooter]] "
        "near {STATION} on {DATE}. [[Name inside says|ID card belongs to]] {FULL.1}. "
        "If it's yours message me on {PHONE.2} or {EMAIL.3}. #lostandfound #{TOWN}",
    ),
    (
        "pet_sitting",
        "en",
        "",
        "Pet sitting booking\nOwner: {FULL.1}\nAddress: {ADDR.2}\nPets: {PET} (dog), {PET} (cat)\n"
        "Dates: {DATE} - {DATE}\nVet: Dr {SUR.3}, {BIZ} clinic, {PHONE.4}\nKey: with neighbour "
        "{NAME.5}, flat {NUM}\nAlarm code {CODE.6}\nSitter: {GIVEN.7} ({PHONE.8})",
    ),
    (
        "babysitting_note",
        "en",
        "",
        "Hi {GIVEN.1}! Thanks for taking the kids tonight. Bedtime 8pm. Emergency numbers: "
        "me {PHONE.2}, my husband {GIVEN.3} {PHONE.4}, grandma ({FULL.5}) {PHONE.6}. "
        "Pizza money on the counter. Wifi: {WIFIN}, pw {WIFI.7}",
    ),
    (
        "cleaning_arrangement",
        "en",
        "",
        "Cleaning service confirmation\nClient: {NAME.1}\nAddress: {ADDR.2}\nFrequency: "
        "[[weekly|every 2 weeks|monthly deep clean]], {DAY}s {TIME}\nCleaner assigned: "
        "{NAME.3}\nAccess: lockbox {CODE.4} at the side gate\nPrice {AMT} per visit, "
        "invoiced to {EMAIL.1}",
    ),
    (
        "support_ticket_thread",
        "en",
        "",
        "Ticket {TICKET} · {BIZ} Support\nStatus: Open · Priority: [[High|Normal|Low]]\n\n"
        "Customer ({NAME.1}, {EMAIL.1}) wrote:\nMy order {ORDER} was delivered to the wrong "
        "address. It should go to {ADDR.2}, not my old flat. Phone {PHONE.3}.\n\n"
        "Agent {GIVEN.4} replied:\nHi {GIVEN.1}, sorry about this! I've updated the address and "
        "asked {COURIER} to re-route parcel {TRACK}. Reference {REF}.\n\nInternal note: customer "
        "verified with DOB {DOB.1} and last 4 of card {LAST4}.",
    ),
    (
        "support_escalation",
        "en",
        "",
        "Hi team,\n\nescalating case {TICKET}. Customer {NAME.1} says someone changed the "
        "delivery phone on her account to {PHONE.2} and the email to {EMAIL.3}. Login came from "
        "IP {IP.4} ({COUNTRY}). Original contact was {PHONE.5}.\n\nPlease lock the account.\n\n"
        "{GIVEN.6}\nTrust & Safety",
    ),
    (
        "airbnb_host_msg",
        "en",
        "",
        "Message from your host {GIVEN.1}:\n\nHi {GIVEN.2}, welcome! Check-in is self check-in. "
        "Address: {ADDR.3}. The lockbox code is {CODE.4}. Wi-Fi network {WIFIN}, password "
        "{WIFI.5}. If anything is wrong call my co-host {NAME.6} on {PHONE.7}. Enjoy {TOWN}!",
    ),
    (
        "airbnb_damage_claim",
        "en",
        "",
        "Summarize this for me:\n\nHost {FULL.1} is requesting {AMT} for a broken [[lamp|window|"
        "coffee table]] at the listing ({ADDR.2}) during reservation {PNR}. Guest {FULL.3} "
        "disputes it and says the item was already damaged on arrival, photos sent from "
        "{EMAIL.3}. Resolution centre case {TICKET}.",
    ),
    (
        "courier_redirect",
        "en",
        "",
        "{COURIER}: Your parcel {TRACK} could not be delivered on {DATE}.\n"
        "Recipient: {NAME.1}\nAddress on label: {ADDR.2}\nWe will try again tomorrow. To redirect "
        "it to a pickup point reply with code {REF} or call {PHONE.3}.",
    ),
    (
        "email_thread_quoted",
        "en",
        "",
        "Subject: Re: Re: flat viewing {DAY}\n\n{GIVEN.1},\n\nworks for me. I'll bring {GIVEN.2} "
        "(my partner). See you at {TIME}.\n\n-- \n{FULL.3}\n{PHONE.4}\n\n"
        "On {DATE} at {TIME}, {FULL.1} <{EMAIL.1}> wrote:\n> Hi {GIVEN.3}, the flat at {ADDR.5}"
        " can "
        "be viewed {DAY} at {TIME}.\n> Ring the bell marked {SURUP.1}.\n> \n> Best,\n> {GIVEN.1}",
    ),
    (
        "email_signature_block",
        "en",
        "",
        "Thanks again for sorting the refund so quickly!\n\nBest regards,\n\n{FULL.1}\n"
        "[[Tenant, Flat {NUM}|Customer since {YEAR}|Guest, booking {PNR}]]\nM: {PHONEI.2}\n"
        "E: {EMAIL.1}\n{ADDR.3}\n\nSent from my phone",
    ),
    (
        "translate_request",
        "en",
        "",
        "Translate this into [[English|Spanish|French|German]] please, it's from my [[landlord|"
        "neighbour|building manager]]:\n\n{LOCALNOTE}",
    ),
    (
        "payment_request_crypto",
        "en",
        "",
        "For the deposit on the apartment, the owner ({NAME.1}) says he only accepts "
        "[[USDT on Ethereum|ETH|bitcoin]]. He sent me this: {ETH.2}. The other listing wanted BTC "
        "to {BTC.3}. Does this sound legit? His number is {PHONE.4}.",
    ),
    (
        "bank_transfer_details",
        "en",
        "",
        "Rent for {MONTHNAME} - please transfer by the 5th\n\nBeneficiary: {FULL.1}\nIBAN:"
        " {IBAN.2}\n"
        "BIC: {BIC}\nReference: {REF} / flat {NUM}\nAmount: {AMT}\n\nIf you pay by card instead: "
        "{CARD.3} is NOT mine, please don't use the old link.",
    ),
    (
        "card_dispute",
        "en",
        "",
        "I want to dispute a charge. Card number {CARD.1}, expiry {EXP}, name on card {FULL.2}. "
        "The merchant {SHOP} charged me {AMT} twice on {DATE}. My billing address is "
        "{ADDR.3} and my phone {PHONE.4}. Can you write the dispute letter?",
    ),
    (
        "us_lease_app",
        "en",
        "us",
        "RENTAL APPLICATION\nApplicant: {FULL.1}\nSSN: {SSN.2}\nDOB: {DOB.1}\nDriver's license: "
        "{DL.3}\nCurrent address: {ADDR.4}\nPhone: {PHONE.5}\nEmail: {EMAIL.1}\n"
        "Co-applicant: {FULL.6}, ITIN {ITIN.7}\nEmployer: {COMPANY}  Monthly income: {AMT}\n"
        "Pets: [[none|1 dog ({PET})|2 cats]]\nApplication fee paid: {AMT} ({MASK})",
    ),
    (
        "us_tax_helper",
        "en",
        "us",
        "my roommate {NAME.1} doesn't have an SSN, she uses ITIN {ITIN.2}. I'm {FULL.3} "
        "(SSN {SSN.4}). our landlord wants a W-9 for the security deposit interest. we live at "
        "{ADDR.5}. what do we put on the form?",
    ),
    (
        "us_moving_checklist",
        "en",
        "us",
        "Moving checklist\n- cancel {BIZ} internet (acct {ACCT})\n- forward mail from {ADDR.1} "
        "to {ADDR.2}\n- update license ({DL.3}) at the DMV\n- tell {NAME.4} new address\n"
        "- movers: {COMPANY}, {PHONE.5}, booked {DATE}",
    ),
    (
        "wifi_router_setup",
        "en",
        "",
        "Router admin page: http://{IPLAN}/\nuser: admin  pass: {PWD.1}\nSSID: {WIFIN}\n"
        "WPA2 key: {WIFI.2}\nMy laptop MAC {MAC.3} is blocked, and my phone {MAC.4} keeps "
        "dropping. Public IP shows {IP.5}. Landlord {NAME.6} set this up, how do I fix it?",
    ),
    (
        "smart_lock_log",
        "en",
        "",
        "[[Smart lock|Door]] activity - {ADDR.1}\n{DATE} {TIME} unlocked by {NAME.2} (app)\n"
        "{DATE} {TIME} unlocked with code {CODE.3} (guest)\n{DATE} {TIME} locked (auto)\n"
        "{DATE} {TIME} failed attempt\nGuest codes: {NAME.4} = {CODE.5}",
    ),
    (
        "club_newsletter",
        "en",
        "",
        "{CLUB} - members' update\n\nCongratulations to {NAME.1} and {NAME.2} on winning the "
        "[[doubles|club|junior]] final! Training moves to {DAY}s at {TIME}.\n"
        "Subs ({AMT}) to the treasurer, {NAME.3}, by transfer to {IBAN.4}.\n"
        'Kit orders: {EMAIL.5}\nThis month\'s quote: "{QUOTE}"',
    ),
    (
        "whatsapp_forward_help",
        "en",
        "",
        "help me reply to this, it's from the seller:\n\n[Forwarded] {NAME.1}: ok i will ship "
        "tomorrow. pls send full name + address + phone for the label\n\n"
        "my details are {FULL.2}, {ADDR.3}, {PHONE.4} - should I send them all?",
    ),
    (
        "emergency_contact_form",
        "en",
        "",
        "Emergency contacts (travel insurance claim {REF})\nInsured: {FULL.1}, born {DOB.1}\n"
        "Policy: {ACCT}\n1) {FULL.2} - [[spouse|mother|brother|friend]] - {PHONEI.3}\n"
        "2) {FULL.4} - [[sister|father|colleague]] - {PHONE.5} - {EMAIL.4}\n"
        "Treating doctor abroad: Dr. {NAME.6}, {HOSP}",
    ),
    (
        "doctor_note_travel",
        "en",
        "",
        "To whom it may concern,\n\n{HON.1} {FULL.1} (date of birth {DOB.1}) is under my care "
        "and is fit to fly on {DATE}. [[She|He]] must carry insulin in hand luggage.\n\n"
        "Dr. {FULL.2}\n{HOSP}\nTel. {PHONE.3}",
    ),
    (
        "hotel_guest_list",
        "en",
        "",
        "Group booking {PNR} - rooming list\n\n"
        "Room | Guest | Passport | DOB\n{ROOM} | {SURFIRST.1} | {PASS.2} | {DOB.1}\n"
        "{ROOM} | {SURFIRST.3} | {PASS.4} | {DOB.3}\n{ROOM} | {SURFIRST.5} | {PASS.6} | {DOB.5}\n\n"
        "Tour leader: {NAME.7}, {PHONEI.8}",
    ),
    (
        "visa_invitation",
        "en",
        "",
        "LETTER OF INVITATION\n\nI, {FULL.1}, residing at {ADDR.2}, invite my [[cousin|friend|"
        "niece]] {FULL.3} (passport {PASS.4}, born {DOB.3}) to stay with me from {DATE} to "
        "{DATE}. I will cover accommodation. Contact: {PHONE.5}, {EMAIL.1}.\n\nSigned, {INIT.1}",
    ),
    (
        "slack_ops_thread",
        "en",
        "",
        "#support-escalations\n{HANDLE.1}  {TIME}\nanyone know why {MENTION.2}'s refund for order "
        "{ORDER} failed? customer is {NAME.3} ({EMAIL.3})\n{HANDLE.2}  {TIME}\n"
        "card {MASK} expired, I asked her to update it. phone on file {PHONE.4}\n"
        "{HANDLE.5}  {TIME}\n:eyes: also {ERRCODE} in the logs for req {UUID}",
    ),
    (
        "discord_gym",
        "en",
        "",
        "{HANDLE.1} — Today at {TIME}\nwho's in for the 6am class tmrw? {MENTION.2} {MENTION.3}\n"
        "{HANDLE.2} — Today at {TIME}\nme! can someone pick me up from {DIST}\n"
        "{HANDLE.3} — Today at {TIME}\nsure, text me {PHONE.4}",
    ),
    (
        "crm_note",
        "en",
        "",
        "CRM note ({DATE} {TIME}) - agent {HANDLE.1}\nCalled customer {NAME.2} on {PHONE.3} "
        "re: {PNR}. Wants refund to original card. Alternative email {EMAIL.4}. Verified via DOB "
        "{DOB.2} and postcode. Promised callback by {TIME}. Voucher {VOUCHER} issued.",
    ),
    (
        "onboarding_welcome",
        "en",
        "",
        "Welcome to {APP}, {GIVEN.1}! 🎉\nUsername: {HANDLE.1}\nRecovery email: {EMAIL.1}\n"
        "Backup codes (keep them safe):\n{RCODE.2}\n{RCODE.3}\n{RCODE.4}\n"
        "Never share these with anyone, including our support team.",
    ),
    (
        "password_reset_leak",
        "en",
        "",
        'I got this email but I never asked for a reset?\n\n"Hi {GIVEN.1}, your {APP} verification '
        "code is {OTP.2}. Your temporary password is {PWD.3}. Sign-in attempt from {IP.4} "
        '({TOWN})."\n\nMy account email is {EMAIL.1}. What should I do?',
    ),
    (
        "parcel_neighbour_note",
        "en",
        "",
        "Dear neighbour, we took in a parcel for {NAME.1} ({COURIER}, tracking {TRACK}). "
        "Please collect it from flat {NUM} - {GIVEN.2} & {GIVEN.3}. Or call {PHONE.4}.",
    ),
    (
        "group_trip_split",
        "en",
        "",
        "Trip to {TOWN} - who paid what\n{GIVEN.1}: hostel {AMT}\n{GIVEN.2}: car rental {AMT} "
        "({PLATE})\n{GIVEN.3}: groceries {AMT}\n\nSettle up: send to {GIVEN.1} ({IBAN.4}) or "
        "{GIVEN.2} ({PHONE.5} for mobile money). {MENTION.3} you owe the most lol",
    ),
    (
        "complaint_letter",
        "en",
        "",
        "Make this complaint more professional:\n\nto {BIZ}. i'm {FULL.1}, account {ACCT}. "
        "your technician {NAME.2} came to {ADDR.3} on {DATE} and left without fixing anything "
        "and my internet still down. call me {PHONE.4} or email {EMAIL.1} or i cancel",
    ),
    (
        "insurance_claim",
        "en",
        "",
        "Home contents claim {REF}\nPolicyholder: {FULL.1}\nInsured address: {ADDR.2}\n"
        "Incident: [[burglary|water damage|fire in kitchen]] on {DATE}\nWitness: {NAME.3}, "
        "{PHONE.4}\nLoss adjuster: {NAME.5} ({WEMAIL.5})\nPayout account: {IBAN.6}",
    ),
    (
        "car_rental_agreement",
        "en",
        "",
        "RENTAL AGREEMENT {REF}\nRenter: {SURFIRST.1}\nDate of birth: {DOB.1}\nLicence no.: "
        "{DL.2}\nPassport: {PASS.3}\nAddress: {ADDR.4}\nVehicle: {CAR}, {PLATE}, fuel full\n"
        "Pick-up: {AIRPORT} {DATE} {TIME}\nAdditional driver: {FULL.5}, licence {DL.6}\n"
        "Deposit blocked on {MASK}",
    ),
    (
        "hr_relocation",
        "en",
        "",
        "Hi {GIVEN.1},\n\nfor your relocation to {TOWN} I booked {HOTEL.1} for {NUM} nights "
        "(confirmation {PNR}). The agent {NAME.2} ({WEMAIL.2}, {PHONE.3}) will show you flats. "
        "Please send me a scan of your passport ({PASS.4} expires soon?) and your new address "
        "once you have it.\n\nBest,\n{NAME.5}\nPeople Team, {COMPANY}",
    ),
    (
        "school_form",
        "en",
        "",
        "STUDENT REGISTRATION\nChild: {FULL.1}\nDate of birth: {DOB.1}\nParent/guardian 1: "
        "{FULL.2}, {PHONE.3}, {EMAIL.2}\nParent/guardian 2: {FULL.4}, {PHONE.5}\nHome address: "
        "{ADDRML.6}\nAuthorised to collect: {NAME.7}\nAllergies: [[none|peanuts|lactose]]",
    ),
    (
        "kyc_selfie_fail",
        "en",
        "",
        "Your identity check for {APP} failed.\nName entered: {FULL.1}\nDocument: passport "
        "{PASS.2}\nDOB entered: {DOB.1}\nReason: the name on the document does not match. Please "
        "retry or contact {EMAIL.3}. Session {UUID}",
    ),
    (
        "taxi_lost_item_form",
        "en",
        "",
        "LOST ITEM REPORT\nRide: {DATE} {TIME}, {RIDEAPP}\nPassenger: {NAME.1}\nPhone: {PHONE.2}\n"
        "Driver: {NAME.3}, vehicle {PLATE}\nItem: [[grey umbrella|AirPods case|passport holder]]\n"
        "Return to: {ADDR.4}",
    ),
    (
        "second_hand_car",
        "en",
        "",
        "Selling my {CAR}, {YEAR}, {NUM}000 km, full service history. {AMT} ono. Viewing in "
        "{DIST}. Ask for {GIVEN.1}: {PHONE.2}. V5/registration in the name of {FULL.3}. "
        "Plate {PLATE}.",
    ),
    (
        "vet_reminder",
        "en",
        "",
        "Reminder from {BIZ} Vet Clinic: {PET} is due for [[vaccination|dental check|worming]] on "
        "{DATE} at {TIME} with Dr {SUR.1}. Owner on file: {NAME.2}, {PHONE.3}. Reply C to "
        "confirm.",
    ),
    (
        "coworking_access",
        "en",
        "",
        "Access card request\nMember: {FULL.1} ({WEMAIL.1})\nCompany: {COMPANY}\nDesk: {SEAT}\n"
        "Door PIN: {PIN.2}\nGuest wifi: {WIFIN} / {WIFI.3}\nBilling contact: {NAME.4}, {PHONE.5}",
    ),
    (
        "telegram_housing_group",
        "en",
        "",
        "{NAME.1}, [{DATE} {TIME}]\nLooking for a room in {DIST} from {DATE}, budget {AMT}. "
        "Non-smoker, works remotely. DM me or {MENTION.1}\n\n{NAME.2}, [{DATE} {TIME}]\n"
        "{GIVEN.1} we have one at {ADDR.3}, call {PHONE.4}",
    ),
    (
        "viber_family",
        "en",
        "",
        "[{DATE} {TIME}] {GIVEN.1}: mum's new address is {ADDR.2}\n[{DATE} {TIME}] {GIVEN.3}: "
        "and her landline?\n[{DATE} {TIME}] {GIVEN.1}: {PHONE.4}. her passport ({PASS.5}) expires "
        "in {MONTHNAME}, can someone help her renew\n[{DATE} {TIME}] {GIVEN.3}: I'll take her, "
        "she was born {DOB.6} right?",
    ),
    (
        "passport_renewal_help",
        "en",
        "",
        "I need to renew my passport. Old passport number {PASS.1}, issued in {TOWN}. Name: "
        "{FULL.2}. Born {DOB.2}. The form asks for a reference person who has known me for two "
        "years - I'll put {FULL.3}, {PHONE.4}. Which photo size do I need?",
    ),
    (
        "driver_licence_check",
        "en",
        "",
        "The rental desk says my licence number {DL.1} is not valid for {COUNTRY}. It's a "
        "[[plastic card|paper licence|digital licence]] issued {DATE}. The agent's name was "
        "{GIVEN.2}. Do I need an international permit?",
    ),
    (
        "crypto_seller_chat",
        "en",
        "",
        "Seller: ok for the {ITEM} you can pay {AMT} in BTC\nSeller: address {BTC.1}\n"
        "Me: can I pay in ETH instead?\nSeller: yes {ETH.2}\nSeller: my name {FULL.3}, "
        "I'm in {TOWN}, I'll ship with {COURIER}",
    ),
    (
        "short_sms_1",
        "en",
        "",
        "{GIVEN.1} it's {GIVEN.2}, new number. save it: {PHONE.3}",
    ),
    (
        "short_sms_2",
        "en",
        "",
        "Your {APP} code is {OTP.1}. Don't share it. If this wasn't you call {PHONE.2}.",
    ),
    (
        "short_sms_3",
        "en",
        "",
        "Hi {GIVEN.1}, driver {GIVEN.2} here, I'm at {ADDR.3}. White {CAR}.",
    ),
    (
        "short_note_dob",
        "en",
        "",
        "form asks for {GIVENLC.1}'s birthday, it's {DOB.1} right? and {GIVEN.2}'s is {DOB.2}",
    ),
    (
        "short_address_ask",
        "en",
        "",
        "what's the address again? -- {ADDR.1}, buzz {NUM}. ask for {GIVEN.2}",
    ),
    (
        "short_email_only",
        "en",
        "",
        "pls cc {EMAIL.1} and {EMAIL.2} on the booking, and {NAME.3} as lead guest",
    ),
    (
        "api_key_paste",
        "en",
        "",
        "My booking bot stopped working. This is my config, what's wrong?\n\n"
        "PMS_API_KEY={APIKEY.1}\nPMS_URL=https://api.{HOTELDOM}/v2\nNOTIFY_EMAIL={EMAIL.2}\n"
        "SMS_FROM={PHONEI.3}\nADMIN_PASSWORD={PWD.4}",
    ),
    (
        "jwt_debug",
        "en",
        "",
        "the delivery app returns 401 for this request, can you see why?\n\n"
        "GET /v1/orders/{ORDER} HTTP/1.1\nHost: api.{APPDOM}\nAuthorization: Bearer {TOKEN.1}\n"
        "X-User-Email: {EMAIL.2}\nX-Forwarded-For: {IP.3}",
    ),
    (
        "db_connstr",
        "en",
        "",
        "our guesthouse site is down, error connecting to\n"
        "postgres://{DBUSER}:{PWD.1}@db.{HOTELDOM}:5432/bookings\n"
        "and the backup mysql://root:{PWD.2}@{IP.3}/hostel. owner is {NAME.4} ({PHONE.5})",
    ),
    (
        "ip_abuse_report",
        "en",
        "",
        "Abuse report {TICKET}: repeated fake bookings from {IP.1} and {IP6.2} using the name "
        "{FULL.3} and email {EMAIL.4}. Device MAC seen on hotel wifi: {MAC.5}. Blocked on {DATE}.",
    ),
    (
        "mentions_chat_lower",
        "en",
        "",
        "{GIVENLC.1}: anyone got a spare parking permit for {DIST}?\n{GIVENLC.2}: {MENTION.3} had "
        "one i think\n{GIVENLC.3}: yep, ping me. or call {PHONE.4}\n{GIVENLC.1}: ty ty",
    ),
    (
        "rideshare_carpool",
        "en",
        "",
        "Carpool to {TOWN} on {DATE}, leaving {TIME} from {STATION}. 3 seats, {AMT} each. "
        "Driver: {NAME.1} ({CAR}, {PLATE}). Passengers so far: {NAME.2}, {NAME.3}. "
        "Contact {PHONE.4}",
    ),
    (
        "hostel_incident",
        "en",
        "",
        "INCIDENT LOG - night shift\n{TIME} guest {NAME.1} (bed {SEAT}) reported missing phone.\n"
        "{TIME} CCTV checked with {GIVEN.2} (security).\n{TIME} guest {NAME.3} returned it, "
        "said it was on the terrace.\nGuest contact: {PHONE.4}. Passport on file: {PASS.5}.",
    ),
    (
        "event_ticket_transfer",
        "en",
        "",
        "Ticket transfer\nFrom: {FULL.1} ({EMAIL.1})\nTo: {FULL.2} ({EMAIL.2})\nEvent: {EVENT}, "
        "{DATE}\nSeats: {SEAT}, {SEAT}\nOrder {ORDER}. The new holder must show ID matching the "
        "name.",
    ),
]

TEMPLATES += [
    # ------------------------------------------------------------ French
    (
        "fr_proprio_mail",
        "fr",
        "",
        "Objet : Quittance de loyer - {MONTHNAME}\n\nBonjour {HON.1} {SUR.1},\n\nVeuillez trouver "
        "ci-joint la quittance pour le logement situé {ADDR.2}. Le prochain loyer ({AMT}) est à "
        "verser sur le compte {IBAN.3} au nom de {FULL.4}.\n\nPour toute question : {PHONE.5}.\n\n"
        "Cordialement,\n{FULL.4}",
    ),
    (
        "fr_avis_immeuble",
        "fr",
        "",
        "AVIS AUX RÉSIDENTS\n\nLe {DATE}, une coupure d'eau aura lieu de {TIME} à {TIME} pour "
        "des travaux. Merci de votre compréhension.\nContact gardienne : {HON.1} {NAME.1}, "
        "{PHONE.2}.\nLe colis au nom de {NAME.3} est à récupérer en loge.\nLe syndic, {BIZ}",
    ),
    (
        "fr_dossier_location",
        "fr",
        "",
        "Dossier de location\nLocataire : {SURFIRST.1}\nNé(e) le : {DOB.1}\nAdresse actuelle : "
        "{ADDR.2}\nTél. : {PHONE.3}\nCourriel : {EMAIL.1}\nGarant : {FULL.4}, {PHONE.5}\n"
        "Employeur : {COMPANY} - salaire net {AMT}",
    ),
    (
        "fr_leboncoin",
        "fr",
        "",
        "Bonjour, votre {ITEM} est toujours dispo ? Je peux passer ce soir.\n— Oui ! {AMT}, "
        "à récupérer au {ADDR.1}. Demandez {GIVEN.2} à l'interphone.\n— Parfait, mon numéro "
        "c'est le {PHONE.3} si besoin",
    ),
    # ------------------------------------------------------------ Spanish
    (
        "es_casero",
        "es",
        "",
        "Hola {GIVEN.1}:\n\nTe escribo por el piso de {ADDR.2}. El fontanero, {NAME.3}, irá el "
        "{DAY} por la mañana. Si no estás, deja la llave al portero. Mi móvil nuevo es "
        "{PHONE.4}.\n\nUn saludo,\n{FULL.5}",
    ),
    (
        "es_ficha_hotel",
        "es",
        "",
        "PARTE DE ENTRADA\nNombre: {GIVEN.1}\nApellidos: {SURUPN.1}\nFecha de nacimiento: {DOB.1}\n"
        "Documento: pasaporte {PASS.2}\nDomicilio: {ADDR.3}\nTeléfono: {PHONE.4}\n"
        "Habitación {ROOM} - entrada {DATE} - reserva {PNR}",
    ),
    (
        "es_wallapop",
        "es",
        "",
        "— Hola! Sigue disponible la {ITEM}?\n— Sí, {AMT}. Estoy en {DIST}.\n— Me la puedes "
        "enviar? Te paso mis datos: {FULL.1}, {ADDR.2}, tel {PHONE.3}\n— Vale, te la mando "
        "con {COURIER} mañana",
    ),
    (
        "es_aviso_comunidad",
        "es",
        "",
        "AVISO A LOS VECINOS\nEl {DATE} se revisará el ascensor de {TIME} a {TIME}. Para cualquier "
        "incidencia llamar al administrador, {HON.1} {NAME.1}, al {PHONE.2}. Recordamos que el "
        "código del portal cambia a {CODE.3}.",
    ),
    # ------------------------------------------------------------ Portuguese
    (
        "pt_locador",
        "pt",
        "",
        "Oi {GIVEN.1}, tudo bem? Aqui é {GIVEN.2}, do apê da {ADDR.3}. O aluguel de {MONTHNAME} "
        "({AMT}) pode ser no pix {EMAIL.2} ou na conta em nome de {FULL.2}. Qualquer coisa me "
        "liga: {PHONE.4}",
    ),
    (
        "pt_ficha_hospede",
        "pt",
        "",
        "FICHA DE HÓSPEDE\nNome: {FULL.1}\nData de nascimento: {DOB.1}\nPassaporte: {PASS.2}\n"
        "Endereço: {ADDR.3}\nCelular: {PHONE.4}\nE-mail: {EMAIL.1}\nQuarto {ROOM}, reserva {PNR}",
    ),
    (
        "pt_entregador",
        "pt",
        "",
        "[{RIDEAPP.1}] Entregador {GIVEN.1}: cheguei no portão, pedido {ORDER}\n[Você]: pode "
        "deixar com o porteiro, {GIVEN.2}\n[{RIDEAPP.1}] Entregador {GIVEN.1}: ele pediu o código "
        "{OTP.3}\n[Você]: isso, obrigado!",
    ),
    # ------------------------------------------------------------ German
    (
        "de_vermieter",
        "de",
        "",
        "Sehr geehrte{HONSFX.1} {HON.1} {SUR.1},\n\nhiermit kündige ich fristgerecht die Wohnung "
        "in der {ADDR.2}. Die Kaution bitte ich auf mein Konto {IBAN.3} zu überweisen.\n"
        "Meine neue Anschrift lautet ab {DATE}: {ADDR.4}.\n\nMit freundlichen Grüßen\n{FULL.5}\n"
        "Tel. {PHONE.6}",
    ),
    (
        "de_aushang",
        "de",
        "",
        "AUSHANG\nLiebe Nachbarn, am {DATE} ab {TIME} wird das Treppenhaus gestrichen. Bei Fragen "
        "wenden Sie sich an die Hausverwaltung, {HON.1} {NAME.1}, {PHONE.2}.\n"
        "Wer hat ein Paket für {NAME.3} angenommen?",
    ),
    (
        "de_kleinanzeigen",
        "de",
        "",
        "Hallo, ist der {ITEM} noch zu haben? Ich würde {AMT} bieten.\n> Ja, noch da. Abholung in "
        "{ADDR.1}, klingeln bei {SUR.2}.\n> Oder Versand mit {COURIER}, dann bitte an {IBAN.3} "
        "(Inhaber {FULL.2}).",
    ),
    (
        "de_meldeschein",
        "de",
        "",
        "Meldeschein Nr. {REF}\nName, Vorname: {SURCOMMA.1}\nGeburtsdatum: {DOB.1}\n"
        "Staatsangehörigkeit: {COUNTRY}\nAnschrift: {ADDR.2}\nReisepass: {PASS.3}\n"
        "Mitreisende: {FULL.4}\nAnreise {DATE}, Abreise {DATE}, Zimmer {ROOM}",
    ),
    # ------------------------------------------------------------ Italian
    (
        "it_padrone",
        "it",
        "",
        "Buongiorno {HON.1} {SUR.1},\nle scrivo per l'appartamento in {ADDR.2}. L'idraulico, "
        "{NAME.3}, passerà {DAY} mattina. Il canone va versato sull'IBAN {IBAN.4} intestato a "
        "{FULL.5}.\nCordiali saluti,\n{FULL.5} - cell. {PHONE.6}",
    ),
    (
        "it_subito",
        "it",
        "",
        "Ciao, la {ITEM} è ancora disponibile? — Sì, {AMT}. Ritiro a {DIST}. — Perfetto, mi "
        "chiamo {FULL.1}, il mio numero è {PHONE.2}. — Ok, vieni in {ADDR.3}, citofono {SUR.4}.",
    ),
    # ------------------------------------------------------------ Dutch
    (
        "nl_verhuurder",
        "nl",
        "",
        "Beste {GIVEN.1},\n\nDe huur voor {MONTHNAME} ({AMT}) graag overmaken naar {IBAN.2} t.n.v. "
        "{FULL.3}. De monteur ({NAME.4}) komt {DAY} tussen 8 en 12 voor de cv-ketel op "
        "{ADDR.5}.\n\nGroet,\n{GIVEN.3}\n{PHONE.6}",
    ),
    (
        "nl_marktplaats",
        "nl",
        "",
        "Hoi! Is de {ITEM} nog beschikbaar? — Ja, {AMT}, ophalen in {DIST}. — Top, ik ben "
        "{FULL.1}, bereikbaar op {PHONE.2}. Adres? — {ADDR.3}, bel bij {SUR.4}.",
    ),
    # ------------------------------------------------------------ Polish / Czech / Hungarian /
    # Romanian / Greek
    (
        "pl_wlasciciel",
        "pl",
        "",
        "Dzień dobry {HON.1} {GIVEN.1},\nprzypominam o czynszu za {MONTHNAME} ({AMT}) na konto "
        "{IBAN.2}, odbiorca {FULL.3}. Hydraulik, {NAME.4}, przyjdzie w {DAY}. Adres: {ADDR.5}.\n"
        "Pozdrawiam, {GIVEN.3}, tel. {PHONE.6}",
    ),
    (
        "cs_pronajimatel",
        "cs",
        "",
        "Dobrý den, {HON.1} {SUR.1},\nnájem za {MONTHNAME} ({AMT}) prosím na účet {IBAN.2}. "
        "Technik {NAME.3} přijde v {DAY}. Byt: {ADDR.4}.\nS pozdravem {FULL.5}, {PHONE.6}",
    ),
    (
        "hu_berbeado",
        "hu",
        "",
        "Kedves {GIVEN.1}!\nA {MONTHNAME} havi bérleti díjat ({AMT}) kérem a {IBAN.2} számlára "
        "utalni, kedvezményezett: {FULL.3}. A szerelő, {NAME.4} {DAY} jön: {ADDR.5}.\n"
        "Üdv, {GIVEN.3} ({PHONE.6})",
    ),
    (
        "ro_proprietar",
        "ro",
        "",
        "Bună ziua, {HON.1} {SUR.1},\nchiria pe {MONTHNAME} ({AMT}) vă rog în contul {IBAN.2}, "
        "titular {FULL.3}. Instalatorul {NAME.4} vine {DAY}. Adresa: {ADDR.5}.\n"
        "Mulțumesc, {GIVEN.3} - {PHONE.6}",
    ),
    (
        "el_idioktitis",
        "el",
        "",
        "Καλησπέρα {GIVEN.1},\nτο ενοίκιο ({AMT}) στον λογαριασμό {IBAN.2}, δικαιούχος {FULL.3}. "
        "Ο υδραυλικός {NAME.4} θα έρθει {DATE}. Διεύθυνση: {ADDR.5}.\n{GIVEN.3}, {PHONE.6}",
    ),
    # ------------------------------------------------------------ Russian / Ukrainian
    (
        "ru_arenda",
        "ru",
        "",
        "Добрый день, {GIVEN.1}!\nНапоминаю про оплату за {MONTHNAME} — {AMT}. Переводите на "
        "карту {CARD.2}, получатель {FULL.3}. Сантехник {NAME.4} придёт в {DAY}.\nАдрес: "
        "{ADDR.5}\nС уважением, {INIT.3}, тел. {PHONE.6}",
    ),
    (
        "ru_obyavlenie",
        "ru",
        "",
        "ОБЪЯВЛЕНИЕ\nУважаемые жильцы! {DATE} с {TIME} до {TIME} будет отключена горячая вода. "
        "По вопросам обращаться к управляющему {NAME.1} по телефону {PHONE.2}.\n"
        "Код домофона меняется на {CODE.3}.",
    ),
    (
        "ru_anketa",
        "ru",
        "",
        "Анкета гостя\nФИО: {FULL.1}\nДата рождения: {DOB.1}\nПаспорт: {PASS.2}\nАдрес "
        "регистрации: {ADDR.3}\nТелефон: {PHONE.4}\nE-mail: {EMAIL.1}\nНомер {ROOM}, бронь {PNR}",
    ),
    (
        "ru_avito",
        "ru",
        "",
        "— Здравствуйте, {ITEM} ещё продаёте?\n— Да, {AMT}. Самовывоз: {ADDR.1}\n— Могу "
        "отправить через {COURIER}? Мои данные: {FULL.2}, {PHONE.3}\n— Хорошо, пришлю трек",
    ),
    (
        "uk_orenda",
        "uk",
        "",
        "Добрий день, {GIVEN.1}!\nОплату за {MONTHNAME} ({AMT}) прошу на {IBAN.2}, отримувач "
        "{FULL.3}. Майстер {NAME.4} прийде у {DAY}. Адреса: {ADDR.5}.\nЗ повагою, {GIVEN.3}, "
        "{PHONE.6}",
    ),
    # ------------------------------------------------------------ Turkish
    (
        "tr_ev_sahibi",
        "tr",
        "",
        "Merhaba {GIVEN.1} Hanım,\n{MONTHNAME} kirası ({AMT}) için IBAN: {IBAN.2}, alıcı "
        "{FULL.3}. Tesisatçı {NAME.4} {DAY} gelecek. Adres: {ADDR.5}.\nİyi günler, {GIVEN.3} Bey "
        "- {PHONE.6}",
    ),
    (
        "tr_kargo",
        "tr",
        "",
        "Sayın {FULL.1},\n{ORDER} numaralı siparişiniz {COURIER} ile yola çıktı. Teslimat adresi: "
        "{ADDR.2}. Takip no: {TRACK}. Teslimat kodu: {OTP.3}.",
    ),
    # ------------------------------------------------------------ Arabic / Persian / Hebrew
    (
        "ar_malik",
        "ar",
        "",
        "السلام عليكم {HON.1} {GIVEN.1}،\nنذكركم بدفع إيجار شهر {MONTHNAME} ({AMT}) إلى الحساب "
        "{IBAN.2} باسم {FULL.3}. سيحضر الفني {NAME.4} يوم {DAY}.\nالعنوان: {ADDR.5}\n"
        "للتواصل: {PHONE.6}",
    ),
    (
        "ar_tawsil",
        "ar",
        "",
        "مرحبا {GIVEN.1}، أنا المندوب {GIVEN.2} من {RIDEAPP}. وصلت إلى {ADDR.3}. الطلب رقم "
        "{ORDER}. اتصل بي على {PHONE.4} من فضلك.",
    ),
    (
        "ar_istimara",
        "ar",
        "",
        "استمارة تسجيل نزيل\nالاسم: {FULL.1}\nتاريخ الميلاد: {DOB.1}\nرقم الجواز: {PASS.2}\n"
        "الجوال: {PHONE.3}\nالبريد الإلكتروني: {EMAIL.1}\nرقم الحجز: {PNR}، الغرفة {ROOM}",
    ),
    (
        "fa_saheb",
        "fa",
        "",
        "سلام {HON.1} {SUR.1}،\nاجاره {MONTHNAME} ({AMT}) را لطفا به کارت {CARD.2} به نام "
        "{FULL.3} واریز کنید. لوله‌کش ({NAME.4}) {DAY} می‌آید.\nنشانی: {ADDR.5}\nتلفن: {PHONE.6}",
    ),
    (
        "he_baal_bait",
        "he",
        "",
        "היי {GIVEN.1},\nשכר הדירה לחודש {MONTHNAME} ({AMT}) להעביר לחשבון {IBAN.2} על שם "
        "{FULL.3}. האינסטלטור {NAME.4} יגיע ביום {DAY}.\nכתובת: {ADDR.5}\n{GIVEN.3}, {PHONE.6}",
    ),
    # ------------------------------------------------------------ South Asia
    (
        "hi_makan",
        "hi",
        "",
        "नमस्ते {GIVEN.1} जी,\n{MONTHNAME} का किराया ({AMT}) कृपया {PHONE.2} पर UPI कर दें, नाम "
        "{FULL.3}। प्लंबर {NAME.4} {DAY} को आएगा।\nपता: {ADDR.5}\nधन्यवाद, {GIVEN.3}",
    ),
    (
        "hi_hinglish_driver",
        "hi",
        "",
        "bhaiya main {STATION} ke bahar khada hoon, {CAR} {PLATE}. aap {GIVEN.1} ho na? "
        "mera number {PHONE.2}. OTP {OTP.3} hai",
    ),
    (
        "ta_veedu",
        "ta",
        "",
        "வணக்கம் {GIVEN.1},\nவாடகை ({AMT}) {PHONE.2} எண்ணுக்கு GPay செய்யவும். பெயர்: "
        "{FULL.3}.\nமுகவரி: {ADDR.4}",
    ),
    (
        "bn_bari",
        "bn",
        "",
        "প্রিয় {GIVEN.1},\nএই মাসের ভাড়া ({AMT}) বিকাশে {PHONE.2} নম্বরে পাঠান, নাম {FULL.3}।\n"
        "ঠিকানা: {ADDR.4}",
    ),
    (
        "ur_kiraya",
        "ur",
        "",
        "محترم {GIVEN.1} صاحب،\nاس مہینے کا کرایہ ({AMT}) {IBAN.2} میں جمع کرائیں، اکاؤنٹ "
        "ٹائٹل {FULL.3}۔ پلمبر {NAME.4} کل آئے گا۔\nپتہ: {ADDR.5}\nفون: {PHONE.6}",
    ),
    # ------------------------------------------------------------ East Asia
    (
        "zh_fangdong",
        "zh",
        "",
        "{GIVEN.1}你好，\n{MONTHNAME}房租{AMT}请转到{CARD.2}（户名：{FULL.3}）。维修师傅{NAME.4}"
        "{DAY}上午过来。\n地址：{ADDR.5}\n有事打我电话{PHONE.6}",
    ),
    (
        "zh_kuaidi",
        "zh",
        "",
        "【{COURIER}】您的快递{TRACK}已到{ADDR.1}附近驿站，取件码{REF}。收件人：{NAME.2}，"
        "电话{PHONE.3}。",
    ),
    (
        "zh_dengji",
        "zh",
        "",
        "住宿登记\n姓名：{FULL.1}\n出生日期：{DOB.1}\n护照号码：{PASS.2}\n手机：{PHONE.3}\n"
        "邮箱：{EMAIL.1}\n房间：{ROOM}  订单：{PNR}",
    ),
    (
        "zht_fangdong",
        "zht",
        "",
        "{GIVEN.1}您好，\n{MONTHNAME}的房租{AMT}請匯到帳戶{ACCT}（戶名：{FULL.2}）。水電師傅"
        "{NAME.3}會在{DAY}過去。\n地址：{ADDR.4}\n電話：{PHONE.5}",
    ),
    (
        "ja_ooya",
        "ja",
        "",
        "{SUR.1}様\n\nいつもお世話になっております。管理会社の{NAME.2}です。\n{DATE}に"
        "{ADDR.3}の給湯器点検を行います。ご不在の場合は{PHONE.4}までご連絡ください。\n\n"
        "よろしくお願いいたします。",
    ),
    (
        "ja_mercari",
        "ja",
        "",
        "{ITEM}まだありますか？\n→ はい、{AMT}です。\n→ 購入します。送り先は{ADDR.1} "
        "{FULL.2}、電話{PHONE.3}でお願いします。",
    ),
    (
        "ja_shukuhaku",
        "ja",
        "",
        "宿泊者名簿\n氏名：{FULL.1}\n生年月日：{DOB.1}\n住所：{ADDR.2}\n電話番号：{PHONE.3}\n"
        "旅券番号：{PASS.4}\n部屋：{ROOM}　予約番号：{PNR}",
    ),
    (
        "ko_jibjuin",
        "ko",
        "",
        "{GIVEN.1}님 안녕하세요, 집주인 {NAME.2}입니다.\n{MONTHNAME} 월세 {AMT} 계좌 {ACCT} "
        "(예금주 {FULL.2})로 보내주세요. 보일러 기사님({NAME.3})이 {DAY}에 방문합니다.\n"
        "주소: {ADDR.4}\n연락처: {PHONE.5}",
    ),
    (
        "ko_danggeun",
        "ko",
        "",
        "{ITEM} 아직 있나요?\n→ 네 {AMT}에 드려요. {DIST}에서 직거래 가능해요\n→ 택배로 보내주세요."
        " "
        "{FULL.1} / {PHONE.2} / {ADDR.3}",
    ),
    # ------------------------------------------------------------ South-East Asia
    (
        "vi_chunha",
        "vi",
        "",
        "Chào {GIVEN.1},\nTiền nhà tháng này ({AMT}) chuyển khoản giúp mình vào STK {ACCT}, chủ "
        "tài khoản {FULLUP.2}. Thợ sửa điện ({NAME.3}) sẽ qua vào {DAY}.\nĐịa chỉ: {ADDR.4}\n"
        "SĐT: {PHONE.5}",
    ),
    (
        "vi_giaohang",
        "vi",
        "",
        "Shipper {GIVEN.1} đây ạ, em tới {ADDR.2} rồi. Đơn {ORDER}, thu hộ {AMT}. Anh/chị "
        "{GIVEN.3} xuống nhận giúp em, hoặc gọi {PHONE.4}.",
    ),
    (
        "th_chaohong",
        "th",
        "",
        "สวัสดีค่ะคุณ{GIVEN.1}\nค่าเช่าเดือน{MONTHNAME} {AMT} โอนเข้าพร้อมเพย์ {PHONE.2} "
        "ชื่อบัญชี {FULL.3} นะคะ ช่าง ({NAME.4}) จะเข้าไปวัน{DAY}\nที่อยู่: {ADDR.5}",
    ),
    (
        "id_kos",
        "id",
        "",
        "Halo {HON.1} {GIVEN.1}, saya {GIVEN.2} pemilik kos. Pembayaran bulan {MONTHNAME} "
        "{AMT} ke rek. BCA {ACCT} a.n. {FULL.2} ya. Tukang ({NAME.3}) datang hari {DAY}. "
        "Alamat: {ADDR.4}. WA: {PHONE.5}",
    ),
    (
        "id_ojol",
        "id",
        "",
        "[{RIDEAPP.1}] Driver {GIVEN.1}: Pak/Bu, saya sudah di depan {ADDR.2}. {CAR} {PLATE}.\n"
        "[Anda]: oke mas, tunggu sebentar\n[{RIDEAPP.1}] Driver {GIVEN.1}: kode PIN {OTP.3} ya",
    ),
    (
        "ms_tuan_rumah",
        "ms",
        "",
        "Salam {HON.1} {GIVEN.1}, sewa bulan {MONTHNAME} ({AMT}) boleh bank-in ke akaun {ACCT} "
        "atas nama {FULL.2}. Alamat: {ADDR.3}. Tel: {PHONE.4}",
    ),
    (
        "tl_landlord",
        "tl",
        "",
        "Hi {GIVEN.1}, paalala lang po sa upa ngayong {MONTHNAME} ({AMT}). GCash: {PHONE.2} "
        "({FULL.3}). Yung tubero na si {NAME.4} pupunta sa {ADDR.5} sa {DAY}. Salamat po!",
    ),
    # ------------------------------------------------------------ Africa / Central Asia
    (
        "sw_mwenye_nyumba",
        "sw",
        "",
        "Habari {GIVEN.1},\nKodi ya mwezi wa {MONTHNAME} ({AMT}) tuma kwa M-Pesa {PHONE.2}, jina "
        "{FULL.3}. Fundi {NAME.4} atakuja {DAY}.\nAnwani: {ADDR.5}\nAsante.",
    ),
    (
        "am_bet_kiray",
        "am",
        "",
        "ሰላም {GIVEN.1}፣\nየዚህ ወር ኪራይ ({AMT}) በቴሌብር {PHONE.2} ይላኩ፣ ስም {FULL.3}።\nአድራሻ፦ {ADDR.4}",
    ),
    (
        "af_verhuurder",
        "af",
        "",
        "Goeie dag {GIVEN.1},\nDie huur vir {MONTHNAME} ({AMT}) kan in die rekening van {FULL.2} "
        "inbetaal word. Die loodgieter, {NAME.3}, kom {DAY}. Adres: {ADDR.4}. Bel my by {PHONE.5}.",
    ),
    (
        "kk_pater",
        "kk",
        "",
        "Сәлеметсіз бе, {GIVEN.1}!\n{MONTHNAME} айының жалдау ақысын ({AMT}) Kaspi {PHONE.2} "
        "нөміріне аударыңыз, алушы {FULL.3}.\nМекенжай: {ADDR.4}",
    ),
    (
        "uz_ijara",
        "uz",
        "",
        "Assalomu alaykum {GIVEN.1}!\n{MONTHNAME} oyi ijara haqi ({AMT}) {CARD.2} kartaga, "
        "qabul qiluvchi {FULL.3}.\nManzil: {ADDR.4}\nTel: {PHONE.5}",
    ),
    (
        "ka_bina",
        "ka",
        "",
        "გამარჯობა {GIVEN.1},\nქირა ({AMT}) გადმორიცხეთ ანგარიშზე {IBAN.2}, მიმღები {FULL.3}.\n"
        "მისამართი: {ADDR.4}\nტელ: {PHONE.5}",
    ),
    (
        "hy_bnakaran",
        "hy",
        "",
        "Բարև {GIVEN.1},\nվարձը ({AMT}) փոխանցեք {CARD.2} քարտին, ստացող՝ {FULL.3}։\n"
        "Հասցե՝ {ADDR.4}\nՀեռ.՝ {PHONE.5}",
    ),
    (
        "az_kiraye",
        "az",
        "",
        "Salam {GIVEN.1},\n{MONTHNAME} ayının kirayəsini ({AMT}) {IBAN.2} hesabına köçürün, "
        "alan: {FULL.3}.\nÜnvan: {ADDR.4}\nTel: {PHONE.5}",
    ),
    (
        "mn_tureesh",
        "mn",
        "",
        "Сайн байна уу {GIVEN.1},\nТүрээсийн төлбөр ({AMT}) {ACCT} дансанд, хүлээн авагч "
        "{FULL.2}.\nХаяг: {ADDR.3}\nУтас: {PHONE.4}",
    ),
    (
        "sv_hyresvard",
        "sv",
        "",
        "Hej {GIVEN.1}!\nHyran för {MONTHNAME} ({AMT}) betalas till {IBAN.2}, mottagare {FULL.3}. "
        "Rörmokaren {NAME.4} kommer på {DAY}. Adress: {ADDR.5}.\nMvh {GIVEN.3}, {PHONE.6}",
    ),
    (
        "fi_vuokranantaja",
        "fi",
        "",
        "Hei {GIVEN.1}!\nVuokra ({AMT}) tilille {IBAN.2}, saaja {FULL.3}. Putkimies {NAME.4} tulee "
        "{DAY}. Osoite: {ADDR.5}.\nTerveisin {GIVEN.3}, {PHONE.6}",
    ),
    (
        "sr_stanodavac",
        "sr",
        "",
        "Zdravo {GIVEN.1},\nkirija za {MONTHNAME} ({AMT}) na račun {IBAN.2}, primalac {FULL.3}. "
        "Majstor {NAME.4} dolazi u {DAY}. Adresa: {ADDR.5}.\nPozdrav, {GIVEN.3} {PHONE.6}",
    ),
    (
        "is_leigusali",
        "is",
        "",
        "Hæ {GIVEN.1},\nleigan fyrir {MONTHNAME} ({AMT}) á reikning {IBAN.2}, viðtakandi "
        "{FULL.3}. Pípari ({NAME.4}) kemur á {DAY}. Heimilisfang: {ADDR.5}.\n{GIVEN.3}, {PHONE.6}",
    ),
]

# more US paperwork (SSN / ITIN live here)
TEMPLATES += [
    (
        "us_w9_help",
        "en",
        "us",
        "Filling a W-9 for my Airbnb host payouts. Name: {FULL.1}. Business name: none. "
        "SSN {SSN.2} or should I use my ITIN {ITIN.3}? Address {ADDR.4}. The platform asked "
        "me to confirm by replying to {EMAIL.1}.",
    ),
    (
        "us_background_check",
        "en",
        "us",
        "TENANT SCREENING REQUEST\nProperty: {ADDR.1}\nApplicant: {SURCOMMA.2}\nSSN: {SSN.3}\n"
        "DOB: {DOB.2}\nPrior address: {ADDR.4}\nPhone: {PHONE.5}\nRequested by: {NAME.6}, "
        "{COMPANY}\nScreening ID {REF} - fee {AMT}",
    ),
    (
        "us_nanny_payroll",
        "en",
        "us",
        "Hey, our nanny {NAME.1} starts {DAY}. For payroll I have her SSN as {SSN.2}, DOB "
        "{DOB.1}, and she lives at {ADDR.3}. My husband {GIVEN.4} has his ITIN {ITIN.5} for the "
        "household employer form. Can you tell me which forms we need?",
    ),
    (
        "us_sms_landlord",
        "en",
        "us",
        "{GIVEN.1} its {GIVEN.2} (landlord). for the lease renewal I need your new SSN card "
        "copy, the old one {SSN.3} came back invalid. text me at {PHONE.4}",
    ),
    (
        "csv_us_payroll",
        "*",
        "us",
        "@csv\nemployee,ssn,itin,dob,address,hourly\n"
        '"{FULL.1}",{SSN.2},,{DOBISO.1},"{ADDR.3}",{NUM}8.50\n'
        '"{FULL.4}",,{ITIN.5},{DOBISO.4},"{ADDR.6}",{NUM}6.00\n'
        '"{FULL.7}",{SSN.8},,{DOBISO.7},"{ADDR.9}",{NUM}2.25',
    ),
    (
        "json_us_screening",
        "*",
        "us",
        '@json\n{"report_id": "{UUID}", "subject": {"name": "{FULL.1}", "ssn": "{SSN.2}", '
        '"dob": "{DOBISO.1}", "current_address": "{ADDR.3}", "phones": ["{PHONE.4}"]}, '
        '"co_applicant": {"name": "{FULL.5}", "itin": "{ITIN.6}"}, "result": "[[pass|review]]", '
        '"requested_by": "{WEMAIL.7}"}',
    ),
]

# card numbers that end up in places they should not
TEMPLATES += [
    (
        "hotel_card_guarantee",
        "en",
        "",
        "Credit card guarantee form - {HOTEL}\nCardholder: {FULL.1}\nCard number: {CARD.2}\n"
        "Expiry: {EXP}   CVV: on file\nAuthorised amount: {AMT} for booking {PNR}\n"
        "Billing address: {ADDR.3}\nSignature: {INIT.1}   Date: {DATE}",
    ),
    (
        "checkout_debug_log",
        "*",
        "",
        '{TS} DEBUG [payments] tokenize request pan={CARD.1} exp={EXP} name="{FULL.2}" '
        "zip_ok=true\n{TS} ERROR [payments] gateway 402 card_declined order={ORDER} ip={IP.3}\n"
        "{TS} INFO  [payments] retry with saved card {MASK} for customer {EMAIL.2}",
    ),
    (
        "json_card_leak",
        "*",
        "",
        '@json\n{"checkout": {"cart_id": "{UUID}", "email": "{EMAIL.1}", "card": {"number": '
        '"{CARD.2}", "holder": "{FULLUP.1}", "exp": "{EXP}"}, "shipping": {"name": "{FULL.1}", '
        '"address": "{ADDR.3}", "phone": "{PHONE.4}"}, "total": "{AMT}"}}',
    ),
    (
        "pay_by_card_chat",
        "en",
        "",
        "{GIVEN.1}: can I just pay the deposit by card? {CARD.2}, exp {EXP}\n{GIVEN.3}: "
        "please don't send card numbers here!! use the link I sent to {EMAIL.1}\n{GIVEN.1}: "
        "oops sorry. or I can send BTC to your wallet {BTC.4}?",
    ),
    (
        "crypto_rent_mail",
        "en",
        "",
        "Subject: rent in crypto?\n\nHi {GIVEN.1},\n\nas agreed you can pay the {MONTHNAME} rent "
        "({AMT}) in USDC to {ETH.2} or in BTC to {BTC.3}. Please send the tx hash to {EMAIL.4}.\n\n"
        "{FULL.4}",
    ),
]

MONTHS_NOM = {
    "ru": "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь",
    "uk": "січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень"
    "|листопад|грудень",
    "pl": "styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik"
    "|listopad|grudzień",
    "cs": "leden|únor|březen|duben|květen|červen|červenec|srpen|září|říjen|listopad|prosinec",
    "he": "ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר",
    "fa": "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند",
    "el": "Ιανουάριος|Φεβρουάριος|Μάρτιος|Απρίλιος|Μάιος|Ιούνιος|Ιούλιος|Αύγουστος|Σεπτέμβριος"
    "|Οκτώβριος|Νοέμβριος|Δεκέμβριος",
    "hy": "հունվար|փետրվար|մարտ|ապրիլ|մայիս|հունիս|հուլիս|օգոստոս|սեպտեմբեր|հոկտեմբեր"
    "|նոյեմբեր|դեկտեմբեր",
    "fi": "tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu|kesäkuu|heinäkuu|elokuu|syyskuu"
    "|lokakuu|marraskuu|joulukuu",
}

# structured shapes: CRM exports, webhooks, logs, configs ("*" = any locale)
TEMPLATES += [
    (
        "json_booking_webhook",
        "*",
        "",
        '@json\n{"event": "booking.created", "id": "{UUID}", "created_at": "{TS}", "data": '
        '{"reference": "{PNR}", "property": "{HOTEL}", "guest": {"name": "{FULL.1}", '
        '"email": "{EMAIL.1}", "phone": "{PHONEI.2}", "date_of_birth": "{DOBISO.1}", '
        '"address": "{ADDR.3}"}, "checkin": "{DATEISO}", "nights": {NUM}, "total": '
        '{"amount": {NUM}9.00, "currency": "{CURCODE}"}, "card_last4": "{LAST4}"}}',
    ),
    (
        "json_delivery_order",
        "*",
        "",
        '@json\n{\n  "order_id": "{ORDER}",\n  "status": "[[picked_up|en_route|delivered]]",\n'
        '  "courier": {"name": "{NAME.1}", "phone": "{PHONE.2}", "vehicle": "{PLATE}"},\n'
        '  "customer": {"name": "{NAME.3}", "phone": "{PHONE.4}", "address": "{ADDR.5}", '
        '"notes": "gate code {CODE.6}, call on arrival"},\n  "eta": "{TS}",\n'
        '  "items": [{"sku": "{SKU}", "qty": 1}, {"sku": "{SKU}", "qty": [[2|3]]}]\n}',
    ),
    (
        "json_ride_event",
        "*",
        "",
        '@json\n{"type": "trip.completed", "trip_id": "{UUID}", "rider": {"id": "{CUST}", '
        '"first_name": "{GIVEN.1}", "email": "{EMAIL.1}"}, "driver": {"display_name": '
        '"{GIVENINIT.2}", "phone_masked": "+** *** *** {LAST4}"}, "pickup": '
        '{"address": "{ADDR.3}", "lat": {LAT}, "lng": {LNG}}, "fare": "{AMT}", '
        '"client_ip": "{IP.4}"}',
    ),
    (
        "json_crm_export",
        "*",
        "",
        '@json\n[\n  {"contact_id": {NUM}01, "full_name": "{FULL.1}", "email": "{EMAIL.1}", '
        '"mobile": "{PHONE.2}", "dob": "{DOBISO.1}", "tags": ["vip", "repeat-guest"]},\n'
        '  {"contact_id": {NUM}02, "full_name": "{FULL.3}", "email": "{EMAIL.3}", '
        '"mobile": "{PHONE.4}", "dob": null, "tags": []},\n'
        '  {"contact_id": {NUM}03, "full_name": "{FULL.5}", "email": "{EMAIL.5}", '
        '"mobile": "{PHONEI.6}", "dob": "{DOBISO.5}", "tags": ["complaint"]}\n]',
    ),
    (
        "json_payment_webhook",
        "*",
        "",
        '@json\n{"id": "evt_{HEX}", "type": "payment_intent.succeeded", "data": {"object": '
        '{"amount": {NUM}00, "currency": "{CURCODEL}", "receipt_email": "{EMAIL.1}", '
        '"billing_details": {"name": "{FULL.1}", "phone": "{PHONE.2}", "address": '
        '{"line1": "{ADDR.3}"}}, "payment_method_details": {"card": {"brand": "visa", '
        '"last4": "{LAST4}", "exp_month": [[4|9|11]], "exp_year": 2028}}}}}',
    ),
    (
        "json_support_ticket",
        "*",
        "",
        '@json\n{"ticket": {"id": {NUM}881, "subject": "[[Refund not received|Wrong address|'
        'Driver was rude|Account locked]]", "requester": {"name": "{NAME.1}", "email": '
        '"{EMAIL.1}"}, "assignee": "{HANDLE.2}", "comments": [{"author": "{NAME.1}", "body": '
        '"Hi, my phone is {PHONE.3} and I live at {ADDR.4}. Please call me."}, {"author": '
        '"{HANDLE.2}", "body": "Thanks {GIVEN.1}, escalated to {MENTION.5}."}]}}',
    ),
    (
        "json_kyc_payload",
        "*",
        "",
        '@json\n{"applicant": {"first_name": "{GIVEN.1}", "last_name": "{SUR.1}", '
        '"birth_date": "{DOBISO.1}", "nationality": "{CC}", "document": {"type": "passport", '
        '"number": "{PASS.2}", "expiry": "{DATEISO}"}, "address": "{ADDR.3}", "ip": "{IP.4}"}, '
        '"check_id": "{UUID}", "result": "[[clear|consider|rejected]]"}',
    ),
    (
        "csv_guest_export",
        "*",
        "",
        "@csv\nbooking_ref,guest_name,email,phone,country,checkin,nights,amount\n"
        '{PNR},"{FULL.1}",{EMAIL.1},"{PHONE.2}",{CC},{DATEISO},{NUM},{NUM}9.00\n'
        '{PNR},"{FULL.3}",{EMAIL.3},"{PHONE.4}",{CC},{DATEISO},{NUM},{NUM}5.50\n'
        '{PNR},"{FULL.5}",,"{PHONEI.6}",{CC},{DATEISO},{NUM},{NUM}0.00\n'
        '{PNR},"{FULL.7}",{EMAIL.7},,{CC},{DATEISO},{NUM},{NUM}2.00',
    ),
    (
        "csv_tenants",
        "*",
        "",
        "@csv\nunit;tenant;phone;email;move_in;deposit_iban\n"
        '{NUM}A;"{SURFIRST.1}";"{PHONE.2}";{EMAIL.1};{DATEISO};{IBAN.3}\n'
        '{NUM}B;"{SURFIRST.4}";"{PHONE.5}";{EMAIL.4};{DATEISO};{IBAN.6}\n'
        '{NUM}C;"{SURFIRST.7}";"{PHONE.8}";;{DATEISO};',
    ),
    (
        "csv_courier_manifest",
        "*",
        "",
        "@csv\ntracking,recipient,address,phone,weight_kg,cod\n"
        '{TRACK},"{NAME.1}","{ADDR.2}","{PHONE.3}",{NUM}.2,0\n'
        '{TRACK},"{NAME.4}","{ADDR.5}","{PHONE.6}",0.{NUM},{NUM}0\n'
        '{TRACK},"{NAME.7}","{ADDR.8}","{PHONE.9}",{NUM}.0,0',
    ),
    (
        "fixed_width_crm",
        "*",
        "",
        "CUSTNO    NAME                          PHONE               DOB\n"
        "{CUSTP}{FULLPAD.1}{PHONEPAD.2}{DOBISO.1}\n"
        "{CUSTP}{FULLPAD.3}{PHONEPAD.4}{DOBISO.3}\n"
        "{CUSTP}{FULLPAD.5}{PHONEPAD.6}{DOBISO.5}",
    ),
    (
        "sql_insert_guests",
        "*",
        "",
        "@sql\nINSERT INTO guests (id, full_name, email, phone, passport_no, birth_date) VALUES\n"
        "  ({NUM}1, '{FULL.1}', '{EMAIL.1}', '{PHONE.2}', '{PASS.3}', '{DOBISO.1}'),\n"
        "  ({NUM}2, '{FULL.4}', '{EMAIL.4}', '{PHONE.5}', '{PASS.6}', '{DOBISO.4}');",
    ),
    (
        "sql_update_address",
        "*",
        "",
        "@sql\nUPDATE customers SET address = '{ADDR.1}', phone = '{PHONE.2}', updated_by = "
        "'{HANDLE.3}' WHERE email = '{EMAIL.4}'; -- ticket {TICKET}",
    ),
    (
        "yaml_property_config",
        "*",
        "",
        '# property config for {HOTEL.1}\nproperty:\n  name: "{HOTEL.1}"\n  owner:\n    name: '
        '"{FULL.1}"\n    email: {EMAIL.1}\n    phone: "{PHONEI.2}"\n  address: "{ADDR.3}"\n'
        "channel_manager:\n  api_key: {APIKEY.4}\n  property_id: {NUM}4471\nsmart_lock:\n"
        '  master_code: "{CODE.5}"\n  hub_mac: "{MAC.6}"\nwifi:\n  ssid: {WIFIN}\n'
        '  password: "{WIFI.7}"',
    ),
    (
        "ini_kiosk_config",
        "*",
        "",
        "[kiosk]\nlocation = {HOTEL.1} lobby\nversion = {VER}\n\n[network]\nip = {IPLAN}\n"
        "gateway = {IPLAN}\nmac = {MAC.1}\n\n[admin]\nuser = {HANDLE.2}\npassword = {PWD.3}\n"
        "contact = {NAME.2} <{EMAIL.2}>\n\n[printer]\nmodel = [[Epson TM-T88|Star TSP100]]",
    ),
    (
        "env_file",
        "*",
        "",
        "# .env for the booking site\nSTRIPE_SECRET_KEY={APIKEY.1}\nSMTP_USER={EMAIL.2}\n"
        "SMTP_PASS={PWD.3}\nTWILIO_AUTH_TOKEN={HEXTOK.4}\nOWNER_PHONE={PHONEI.5}\n"
        "DATABASE_URL=postgres://{DBUSER}:{PWD.6}@{IP.7}:5432/app\nSENTRY_ENV=production",
    ),
    (
        "nginx_access_log",
        "*",
        "",
        '{IP.1} - - [{CLF}] "GET /account?email={EMAILURL.2} HTTP/1.1" 200 {NUM}12 "-" "{UA}"\n'
        '{IP.3} - - [{CLF}] "POST /api/bookings HTTP/1.1" 201 {NUM}8 "-" "{UA}"\n'
        '{IP6.4} - - [{CLF}] "GET /static/app.{HEX}.js HTTP/2.0" 304 0 "-" "{UA}"\n'
        '{IP.1} - - [{CLF}] "GET /reset?token={HEXTOK.5} HTTP/1.1" 302 0 "-" "{UA}"',
    ),
    (
        "app_audit_trail",
        "*",
        "",
        '{TS} INFO  audit user={HANDLE.1} action=profile.update field=phone old="{PHONE.2}" '
        'new="{PHONE.3}" ip={IP.4}\n{TS} INFO  audit user={HANDLE.1} action=profile.update '
        'field=address new="{ADDR.5}"\n{TS} WARN  audit user={HANDLE.6} action=login.failed '
        "ip={IP6.7} attempts=[[3|5|7]]\n{TS} INFO  audit user=system action=export rows={NUM}2",
    ),
    (
        "app_error_log",
        "*",
        "",
        "{TS} ERROR [notify-service] failed to send SMS to {PHONEI.1} for booking {PNR}: "
        "provider timeout ({DUR} ms)\n{TS} ERROR [notify-service] retry 1/3 to={PHONEI.1} "
        'name="{FULL.2}"\n{TS} INFO  [notify-service] fallback email queued to {EMAIL.2}\n'
        "{TS} DEBUG [http] POST https://api.{APPDOM}/sms status=504 req_id={UUID}",
    ),
    (
        "python_traceback",
        "*",
        "",
        'Traceback (most recent call last):\n  File "/srv/app/billing.py", line {NUM}, in charge\n'
        '    customer = Customer(name="{FULL.1}", email="{EMAIL.1}", iban="{IBAN.2}")\n'
        '  File "/srv/app/models.py", line {NUM}, in __init__\n    raise ValueError(f"bad phone '
        '{phone}")\nValueError: bad phone {PHONE.3}',
    ),
    (
        "vcard_contact",
        "*",
        "",
        "BEGIN:VCARD\nVERSION:3.0\nN:{SUR.1};{GIVEN.1};;;\nFN:{FULL.1}\nTEL;TYPE=CELL:{PHONE.2}\n"
        "EMAIL:{EMAIL.1}\nADR;TYPE=HOME:;;{ADDR.3};;;;\nBDAY:{DOBISO.1}\n"
        "NOTE:[[landlord|cleaner|school run|pet sitter]]\nEND:VCARD",
    ),
    (
        "ics_viewing",
        "*",
        "",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:{UUID}\nDTSTART:{ICSDT}\nSUMMARY:Flat viewing with "
        "{NAME.1}\nLOCATION:{ADDR.2}\nDESCRIPTION:Call {PHONE.3} on arrival. Code {CODE.4}\n"
        "ORGANIZER;CN={FULL.5}:mailto:{EMAIL.5}\nEND:VEVENT\nEND:VCALENDAR",
    ),
    (
        "http_request_dump",
        "*",
        "",
        "POST /v2/reservations HTTP/1.1\nHost: api.{APPDOM}\nAuthorization: Bearer {TOKEN.1}\n"
        "Content-Type: application/x-www-form-urlencoded\nX-Real-IP: {IP.2}\n\n"
        "guest_name={FULLURL.3}&email={EMAILURL.4}&phone={PHONEURL.5}&room={ROOM}&ref={PNR}",
    ),
    (
        "sms_gateway_log",
        "*",
        "",
        '{TS} sms.out to={PHONEI.1} tpl=otp body="Your code is {OTP.2}"\n'
        '{TS} sms.out to={PHONEI.3} tpl=driver_arrived body="{GIVEN.4} is outside in a {CAR} '
        '({PLATE})"\n{TS} sms.dlr to={PHONEI.1} status=DELIVRD',
    ),
    (
        "xml_reservation",
        "*",
        "",
        '<Reservation id="{PNR}">\n  <Guest>\n    <GivenName>{GIVEN.1}</GivenName>\n    '
        "<Surname>{SUR.1}</Surname>\n    <Email>{EMAIL.1}</Email>\n    <Phone>{PHONE.2}</Phone>\n"
        "  </Guest>\n  <RoomType>[[DBL|TWN|SGL]]</RoomType>\n  <Arrival>{DATEISO}</Arrival>\n"
        "</Reservation>",
    ),
    (
        "markdown_table_guests",
        "*",
        "",
        "| # | Name | Phone | Notes |\n|---|------|-------|-------|\n| 1 | {NAME.1} | {PHONE.2} "
        "| vegetarian |\n| 2 | {NAME.3} | {PHONE.4} | arrives late, room {ROOM} |\n| 3 | {NAME.5}"
        " | "
        "- | paid {AMT} |",
    ),
    (
        "crypto_wallet_log",
        "*",
        "",
        "{TS} payout.created user={HANDLE.1} asset=BTC to={BTC.2} amount=0.0{NUM}\n"
        "{TS} payout.created user={HANDLE.3} asset=ETH to={ETH.4} amount=0.{NUM}\n"
        '{TS} payout.failed user={HANDLE.1} reason="address checksum" ip={IP.5}',
    ),
    (
        "device_inventory",
        "*",
        "",
        "Guest network - connected devices\nHOSTNAME            MAC                IP\n"
        "{HOSTNAME.1}  {MAC.2}  {IPLAN}\n{HOSTNAME.3}  {MAC.4}  {IPLAN}\nprinter-lobby       "
        "{MAC.5}  {IPLAN}",
    ),
]

# near-miss-only shapes: nothing here must be removed
NEAR = [
    (
        "nm_flight_status",
        "en",
        "",
        "Flight {FLIGHT} from {AIRPORT} to {AIRPORT} is delayed. New departure {TIME}, gate"
        " {GATE}. "
        "Booking {PNR}, seat {SEAT}. Rebooking options on {AIRLINE}'s app.",
    ),
    (
        "nm_order_update",
        "en",
        "",
        "Order {ORDER} update: shipped with {COURIER}, tracking {TRACK}. Estimated delivery"
        " {DATE}. "
        "Invoice {INV} total {AMT}, paid with card ending {LAST4}.",
    ),
    (
        "nm_utility_summary",
        "en",
        "",
        "{BIZ}: account {ACCT}, meter {METER}. Reading {NUM}23 on {DATE}. Amount {AMT} due {DATE}. "
        "Reference {REF}.",
    ),
    (
        "nm_train_change",
        "en",
        "",
        "Platform change: {TRAIN} to {STATION} now departs from platform [[4|7|12]] at {TIME}. "
        "Coach {NUM}, seat {SEAT} unchanged. Order {ORDER}.",
    ),
    (
        "nm_public_figure",
        "en",
        "",
        "The hostel is on a street named after {PUBFIG}, right next to the {PUBFIG} museum. "
        'Our guide quoted "{QUOTE}" at dinner. Check-in {DATE}, booking {PNR}.',
    ),
    (
        "nm_pets_and_places",
        "en",
        "",
        "{PET} and {PET} are booked at the {DIST} pet hotel from {DATE} to {DATE}. Kennel "
        "{NUM}, booking {REF}, {AMT} per night. Pickup before {TIME}.",
    ),
    (
        "nm_release_notes",
        "en",
        "",
        "{APP} {VER} release notes: fixed crash on checkout (#{NUM}42), new receipt layout, "
        "commit {HASH}. Build {UUID}.",
    ),
    (
        "nm_car_service",
        "en",
        "",
        "Your {CAR} ({PLATE}) is due for its {NUM}0,000 km service. Booking {REF} on {DATE} at "
        "{TIME} at {BIZ} service centre. Estimated cost {AMT}.",
    ),
    (
        "nm_marketplace_listing",
        "en",
        "",
        "{ITEM} - {AMT}. SKU {SKU}, bought {DATE}, still under warranty (invoice {INV}). "
        "Pickup near {STATION} or ship with {COURIER}.",
    ),
    (
        "nm_building_generic",
        "en",
        "",
        "Notice: the lift in block [[A|B|C]] will be serviced on {DATE} from {TIME}. Parcel room "
        "hours change to 9-17. Ticket {TICKET}. Thank you, building management ({BIZ}).",
    ),
    (
        "nm_json_status",
        "*",
        "",
        '@json\n{"order": "{ORDER}", "status": "[[shipped|pending|cancelled]]", "carrier": '
        '"{COURIER}", "tracking": "{TRACK}", "eta": "{DATEISO}", "total": "{AMT}", "card": '
        '"**** {LAST4}", "version": "{VER}"}',
    ),
    (
        "nm_log_lines",
        "*",
        "",
        "{TS} INFO  [checkout] order={ORDER} amount={NUM}99 currency={CURCODE} status=ok "
        "latency={DUR}ms\n{TS} INFO  [checkout] order={ORDER} retry=0 trace={HEX}\n"
        "{TS} WARN  [stock] sku={SKU} low=[[2|3|4]]",
    ),
    (
        "nm_itinerary_plain",
        "en",
        "",
        "Day 1: land at {IATA} {TIME}, {FLIGHT}. Day 2: {TRAIN} to {TOWN}, {HOTEL} ({PNR}). "
        "Day 3: museum of {PUBFIG}, dinner at {SHOP}. Budget {AMT}.",
    ),
    (
        "nm_hotel_faq",
        "en",
        "",
        "{HOTEL} FAQ: check-in from 15:00, check-out 11:00. Breakfast {AMT}. Airport shuttle "
        "to {AIRPORT} every hour. Room {ROOM} is our accessible room. Wifi: {WIFIN} (ask "
        "reception for the code).",
    ),
    (
        "nm_receipt",
        "en",
        "",
        "{SHOP}\n{DATE} {TIME}\nTill {NUM} - receipt {INV}\n{ITEM}  {AMT}\n{ITEM}  {AMT}\n"
        "TOTAL {AMT}\nCARD {MASK}  AUTH {NUM}4471\nThank you for shopping with us!",
    ),
]

# --------------------------------------------------------------------------------------
# near-miss pools (never labelled)
# --------------------------------------------------------------------------------------
WEEKDAYS = {
    "en": "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday",
    "fr": "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "es": "lunes|martes|miércoles|jueves|viernes|sábado|domingo",
    "pt": "segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo",
    "de": "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag",
    "it": "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica",
    "nl": "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag",
    "pl": "poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę",
    "cs": "pondělí|úterý|středu|čtvrtek|pátek|sobotu|neděli",
    "hu": "hétfőn|kedden|szerdán|csütörtökön|pénteken|szombaton|vasárnap",
    "ro": "luni|marți|miercuri|joi|vineri|sâmbătă|duminică",
    "ru": "понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье",
    "uk": "понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю",
    "tr": "pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar",
    "ar": "الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد",
    "fa": "دوشنبه|سه‌شنبه|چهارشنبه|پنجشنبه|جمعه|شنبه|یکشنبه",
    "he": "שני|שלישי|רביעי|חמישי|שישי|שבת|ראשון",
    "hi": "सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार",
    "zh": "周一|周二|周三|周四|周五|周六|周日",
    "zht": "週一|週二|週三|週四|週五|週六|週日",
    "ja": "月曜日|火曜日|水曜日|木曜日|金曜日|土曜日|日曜日",
    "ko": "월요일|화요일|수요일|목요일|금요일|토요일|일요일",
    "vi": "thứ Hai|thứ Ba|thứ Tư|thứ Năm|thứ Sáu|thứ Bảy|Chủ nhật",
    "th": "จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์",
    "id": "Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu",
    "ms": "Isnin|Selasa|Rabu|Khamis|Jumaat|Sabtu|Ahad",
    "tl": "Lunes|Martes|Miyerkules|Huwebes|Biyernes|Sabado|Linggo",
    "sw": "Jumatatu|Jumanne|Jumatano|Alhamisi|Ijumaa|Jumamosi|Jumapili",
    "sv": "måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag",
    "fi": "maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina",
    "sr": "ponedeljak|utorak|sredu|četvrtak|petak|subotu|nedelju",
    "is": "mánudag|þriðjudag|miðvikudag|fimmtudag|föstudag|laugardag|sunnudag",
    "af": "Maandag|Dinsdag|Woensdag|Donderdag|Vrydag|Saterdag|Sondag",
    "el": "Δευτέρα|Τρίτη|Τετάρτη|Πέμπτη|Παρασκευή|Σάββατο|Κυριακή",
}
HOTELS = (
    "Harbourview Suites|Hotel Miramar|Casa Azul Hostel|Sakura Inn|The Baobab Lodge"
    "|Nomad Hostel & Bar|Riad Dar Yasmine|Riverside Grand|Hotel Alpenblick|Ocean Pearl Resort"
    "|Hostal La Esquina|Pousada Sol Nascente|Forest Stay Guesthouse|Old Quarter Homestay"
    "|Jade Garden Hotel|Fjordhytta Apartments|Atlas Boutique Riad|Desert Rose Camp"
    "|Marina Bay Lofts|Kilimanjaro View Lodge|The Copper Kettle B&B|Hotel Zur Post"
    "|Lotus Serviced Apartments|Steppe Nomad Guesthouse|Blue Lagoon Backpackers"
)
AIRLINES = (
    "Kenya Airways=KQ|Emirates=EK|Qatar Airways=QR|Turkish Airlines=TK|Lufthansa=LH"
    "|Air France=AF|KLM=KL|British Airways=BA|Ethiopian Airlines=ET|IndiGo=6E|AirAsia=AK"
    "|Cebu Pacific=5J|Vietnam Airlines=VN|Thai Airways=TG|ANA=NH|Korean Air=KE"
    "|China Eastern=MU|LATAM=LA|Avianca=AV|Aeroméxico=AM|Qantas=QF|Air New Zealand=NZ"
    "|Ryanair=FR|easyJet=U2|Wizz Air=W6|Saudia=SV|Royal Air Maroc=AT|EgyptAir=MS"
    "|Air Astana=KC|Uzbekistan Airways=HY|Fiji Airways=FJ|Azul=AD|Copa=CM|Air Canada=AC"
    "|Delta=DL|Pegasus=PC|flydubai=FZ|RwandAir=WB|Pakistan International=PK|Biman=BG"
)
TRAINS = (
    "ICE|TGV INOUI|Eurostar|Frecciarossa|AVE|Intercity|Shinkansen Nozomi|KTX|SRT|Vande Bharat"
    "|Rajdhani Express|Madaraka Express|Sapsan|Lastochka|Afrosiyob|Railjet|EuroCity|Thalys|G"
)
STATIONS = (
    "Central Station|Gare de Lyon|Shinjuku Station|Nairobi Terminus|Roma Termini|Madrid Atocha"
    "|King's Cross|Penn Station|Krung Thep Aphiwat|KL Sentral|Berlin Hbf|Amsterdam Centraal"
    "|Hauptbahnhof|Gare du Nord|Seoul Station|Shanghai Hongqiao|Mumbai CSMT|Almaty-2"
    "|Tashkent Central|Union Station|Retiro|Estação da Luz|Termini|Flinders Street"
)
SHOPS = (
    "Carrefour|Tesco Express|Lidl|FamilyMart|7-Eleven|Spar|Shoprite|Naivas|Migros|Biedronka"
    "|Pick n Pay|Walmart|Coles|Woolworths|Albert Heijn|Mercadona|Oxxo|Lulu Hypermarket"
    "|Big C|Alfamart|Magnit|Pyaterochka|Jumbo|Ikea|Decathlon|MediaMarkt"
)
COMPANIES = (
    "Brightline Logistics|Nordwave Consulting|Sunbird Analytics|Kestrel Foods|Blue Baobab Media"
    "|Harbor & Finch|Tessellate Labs|Orbitline Travel|Granite Peak Partners|Lumen Dental Group"
    "|Redfern Property Management|Mosaic Health|Cedarview Schools|Quill & Ledger"
)
COMPANY_DOMAINS = (
    "brightline-logistics.com|nordwave.io|sunbird-analytics.com|kestrelfoods.co|bluebaobab.media"
    "|harborfinch.com|tessellate.dev|orbitline.travel|granitepeak.partners|lumendental.org"
    "|redfern-pm.com|mosaichealth.net|cedarview.school|quillledger.com"
)
APPS = (
    "TripNest|StayEasy|RideNow|FoodDash|HomeHub|ParcelPal|KeyDrop|FlatMate|PetPals|CleanCo"
    "|GymFlow|SwapMarket|RentRight|TicketBay"
)
APP_DOMAINS = (
    "tripnest.app|stayeasy.io|ridenow.co|fooddash.app|homehub.io|parcelpal.net|keydrop.app"
)
RIDE_APPS = "Uber|Bolt|Grab|Gojek|Careem|Yandex Go|DiDi|Ola|inDrive|Rapido|Cabify|99|Lyft|Little"
FOOD_APPS = (
    "Glovo|Jumia Food|Talabat|Deliveroo|Swiggy|Zomato|foodpanda|Rappi|iFood|Meituan|Uber Eats"
    "|DoorDash|Wolt|Lieferando|Baemin|GrabFood|Yemeksepeti|Menulog|Chowdeck"
)
MARKETS = (
    "OLX|Jiji|Avito|Leboncoin|Wallapop|Mercado Livre|Kleinanzeigen|Marktplaats|Vinted"
    "|Craigslist|Facebook Marketplace|Carousell|Gumtree|Trade Me|Dubizzle|Haraj|Sahibinden"
    "|Xianyu|Mercari|Danggeun|Tokopedia|Kijiji"
)
COURIERS = (
    "DHL|FedEx|UPS|Aramex|SF Express|Yamato|Colissimo|Correios|PostNL|DPD|GLS|Nova Poshta|CDEK"
    "|J&T Express|Ninja Van|Estafeta|Servientrega|Australia Post|Royal Mail|USPS|Delhivery"
    "|Pos Laju|Kerry Express|CJ Logistics|JNE|InPost"
)
PUBLIC_FIGURES = (
    "Nelson Mandela|Wangari Maathai|Chinua Achebe|Naguib Mahfouz|Haruki Murakami"
    "|Gabriel García Márquez|Frida Kahlo|Marie Curie|Albert Einstein|Rabindranath Tagore"
    "|Mahatma Gandhi|José Rizal|Ho Chi Minh|Simón Bolívar|Fernando Pessoa|Johann Wolfgang von"
    " Goethe"
    "|Leo Tolstoy|Fyodor Dostoevsky|Taras Shevchenko|Frédéric Chopin|Béla Bartók|Jean Sibelius"
    "|Halldór Laxness|Abai Qunanbaiuly|Shota Rustaveli|Komitas|Genghis Khan|Rumi|Hafez"
    "|Ibn Battuta|Kemal Atatürk|Pablo Neruda|Jorge Luis Borges|Bob Marley|Kate Sheppard"
)
QUOTES = (
    "It always seems impossible until it's done.|Not all those who wander are lost."
    "|The journey of a thousand miles begins with one step.|Home is where the heart is."
    "|Travel is the only thing you buy that makes you richer.|Be the change you wish to see."
)
PETS = (
    "Biscuit|Luna|Simba|Mochi|Coco|Milo|Kiwi|Pepper|Bella|Max|Nala|Tofu|Rocky|Zeus|Pipoca"
    "|Tigrou|Bobik|Murka|Hachi|Momo|Kuro|Chico|Pelusa|Bruno"
)
CARS = (
    "Toyota Corolla|Honda Fit|Kia Picanto|VW Golf|Suzuki Swift|Hyundai Tucson|Renault Clio"
    "|Fiat Panda|Tesla Model 3|Nissan Note|Toyota Probox|Lada Vesta|BYD Dolphin|Mahindra XUV300"
    "|Dacia Logan|Toyota Hilux|Chevrolet Onix|Škoda Octavia|Proton Saga|Perodua Myvi"
)
ITEMS = (
    "sofa|iPhone 13|baby stroller|PS5|mountain bike|washing machine|desk lamp|winter jacket"
    "|coffee machine|acoustic guitar|dining table|set of textbooks|standing desk|air fryer"
    "|kids' car seat|camping tent|road bike|rice cooker"
)
GYMS = "FitZone|Iron Temple|PulseFit|Yoga Loft|CrossFit Harbour|Anytime Gym|Urban Climb|AquaFit"
CLUBS = (
    "Riverside Tennis Club|Northside Running Club|Old Boys Rugby Club|Sunday Football League"
    "|Lakeside Rowing Club|City Chess Club|Parents' Cycling Group"
)
HOSPITALS = (
    "St. Mary's Hospital|Aga Khan University Hospital|Hôpital Européen Georges-Pompidou"
    "|Charité Campus Mitte|Apollo Hospitals|Bumrungrad International|Hospital Italiano"
    "|Karolinska University Hospital|Groote Schuur Hospital|King Faisal Specialist Hospital"
    "|Sheba Medical Center|Severance Hospital|Royal Melbourne Hospital"
)
EVENTS = (
    "Afropunk Festival|Rock in Rio|Sziget Festival|Fuji Rock|Primavera Sound|Champions League Final"
    "|Coachella|Glastonbury|Lollapalooza|Oktoberfest tent reservation|Formula 1 Grand Prix"
)
WIFI_NAMES = (
    "HostelGuest_5G|TP-Link_3F2A|Vodafone-AB12|FRITZ!Box 7590 XY|Airbnb_Guest|Flat3B-wifi"
    "|Livebox-91C0|NETGEAR42|Tenda_8812|HUAWEI-B535-7A1C"
)
SYSTEM_PROMPTS = (
    "You are a helpful travel assistant.|You help tenants write polite, firm messages."
    "|You are a customer-support copilot. Answer briefly.|Translate faithfully and keep formatting."
    "|You summarize chat threads in three bullet points.|Extract structured booking data as JSON."
)
MODELS = {
    "openai": "gpt-4o-mini|gpt-4o|gpt-4.1|gpt-4.1-mini|o4-mini",
    "anthropic": "claude-3-5-sonnet-20241022|claude-3-5-haiku-20241022|claude-sonnet-4-20250514",
    "gemini": "gemini-1.5-flash|gemini-2.0-flash|gemini-2.5-pro",
    "ollama": "llama3.1:8b|qwen2.5:14b|mistral:7b|gemma2:9b",
}
PASSWORD_WORDS = (
    "sunflower|Mango|blueWhale|Paprika|coffee|tigerlily|Moonlight|pancake|Harbor|river|maple"
    "|Saturn|octopus|Lemon|cactus|Granite|falcon|Papaya|thunder|Velvet|orbit|Cinnamon"
)
