# ruff: noqa: E501, SIM905
"""Template text and name lists for bench/sanitizer_dev2.py (second development set).

Written 2026-11-29 without reading the sanitizer rules. Slots are filled by
bench/sanitizer_dev2.py: {kindN} where N (optional digit) picks a person/value reused
within one text. Labeled kinds: name, first, last, handle, email, phone, addr, addr_nl,
addr_j, street, ip, card, iban, ssn, dob. Other kinds (company, date, version, ...) are
unlabeled filler. Braces that are not a known kind stay literal (JSON, code).
"""

# fmt: off
# Latin-script Faker locales used for names.
FAKER_LOCALES = (
    "en_US en_US en_US en_GB en_IE en_AU en_NZ en_CA en_IN en_PH en_KE en_NG en_PK en_BD "
    "de_DE de_AT de_CH lb_LU fr_FR fr_BE fr_CA fr_DZ es_ES es_MX es_AR es_CO es_CL es_VE "
    "pt_BR pt_PT it_IT nl_NL nl_BE pl_PL cs_CZ sk_SK sl_SI hr_HR bs_BA hu_HU ro_RO sv_SE "
    "da_DK no_NO fi_FI is_IS et_EE lv_LV lt_LT mt_MT tr_TR az_AZ uz_UZ id_ID vi_VN fil_PH "
    "yo_NG ig_NG ha_NG zu_ZA sw ga_IE sq_AL"
).split()

# Own romanized lists: culture -> (given names, family names / second names).
CULTURES = {
    "tibetan": ("Tenzin Pema Dorje Lhamo Sonam Dolma Karma Tashi Norbu Yangchen Ngawang Dawa Choedon Phuntsok",
                "Tsering Wangmo Gyatso Namgyal Dhondup Lhundup Yeshi Chodron Rinchen Dekyi"),
    "uyghur": ("Abdurehim Gulnar Ilham Ayshem Nurmemet Rahile Erkin Mihray Perhat Zulpiye Adil Muyesser",
               "Tohti Abdulla Kurban Memet Niyaz Osman Yasin Ablimit Tursun Imin"),
    "tajik": ("Farrukh Dilnoza Rustam Shahnoza Firdavs Manizha Bakhtiyor Zarina Jamshed Parvina Sukhrob Nigina",
              "Rahmonov Saidova Nazarov Karimova Sharipov Davlatova Qodirov Mirzoeva Safarov Umarova"),
    "kyrgyz": ("Aibek Aizada Nurlan Cholpon Bakyt Aigerim Almazbek Gulnara Temirlan Begaiym Kanybek Elnura",
               "Asanov Toktogulova Abdyldaev Sadyrbaeva Osmonaliev Japarova Mamytov Isakova Sultanbekov"),
    "turkmen": ("Merdan Ogulgerek Serdar Maya Dovlet Bahar Annamurat Aylar Kakajan Jeren Batyr Ogulnabat",
                "Orazov Berdiyeva Atayev Gurbanova Hojamuradov Nurmuhammedova Meredov Ashirova Charyev"),
    "dari": ("Mirwais Farzana Nasir Laila Hamid Roya Zabihullah Shabnam Sayed Mariam Ahmad Zia Freshta",
             "Noori Popal Wardak Hakimi Rahimi Sultani Mohseni Azizi Sediqi Ghafoori"),
    "sindhi": ("Ghulam Sassui Mumtaz Zulfiqar Shahnaz Ayaz Sanam Bashir Marvi Sikandar Parveen Imdad",
               "Soomro Mirani Jatoi Memon Panhwar Abro Talpur Khuhro Shaikh Channa"),
    "odia": ("Subhashree Biswajit Sasmita Debasish Lipsa Pradeep Itishree Ashutosh Manas Sunita Sidhanta Jyotirmayee",
             "Mohapatra Panda Sahoo Behera Nayak Pattnaik Dash Swain Rath Jena"),
    "assamese": ("Bhupen Anwesha Hiranya Pranjal Jahnavi Dhrubajyoti Nilakshi Bitopan Papori Rituraj Zubeen Mridusmita",
                 "Bora Gogoi Baruah Hazarika Saikia Borthakur Kalita Phukan Deka Medhi"),
    "malayalam": ("Anoop Sreelakshmi Vishnu Anjali Jithin Reshma Sreejith Nimisha Arjun Aswathy Nithin Keerthana",
                  "Nair Menon Pillai Kurup Varghese Panicker Namboothiri Kurian Chacko Unnikrishnan"),
    "kannada": ("Raghavendra Shwetha Manjunath Kavya Sudeep Bhavana Prajwal Sahana Nagaraj Pallavi Chiranjeevi Spoorthi",
                "Gowda Hegde Shetty Kulkarni Bhat Hosamane Shenoy Kamath Urs Karanth"),
    "marathi": ("Siddharth Pranali Aniket Madhuri Tejas Snehal Omkar Gauri Sachin Rutuja Vaibhav Ketaki",
                "Deshpande Patil Joshi Gaikwad Jadhav Deshmukh Pawar Shinde Kulkarni Apte"),
    "gujarati": ("Hardik Krupa Jignesh Hetal Chirag Dhara Parth Nirali Bhavesh Foram Kinjal Mitesh",
                 "Patel Shah Desai Mehta Trivedi Parikh Vyas Chauhan Pandya Dave"),
    "javanese": ("Bambang Sri Joko Endang Sugeng Wahyuningsih Purwanto Lestari Suharti Slamet Tri Dwi",
                 "Sutrisno Wibowo Susanto Santoso Hartono Prasetyo Kusumawati Rahayu Mulyono Setiawan"),
    "sundanese": ("Asep Euis Cecep Neneng Ujang Iis Dadang Eneng Acep Enung Dede Yayan",
                  "Sunarya Permana Suryana Hidayat Kurniawan Nugraha Rukmana Sukmawati Ruhiyat Setiadi"),
    "cebuano": ("Junjun Rhea Dodong Mae Romeo Jocelyn Bong Cherry Nonoy Inday Jerome Lovely",
                "Cabahug Bacalso Bontuyan Sitoy Ybañez Pepito Tabal Lumapas Cañete Alcoseba"),
    "ilocano": ("Rolando Marites Eufemio Concepcion Bayani Lorna Arnel Jovelyn Dionisio Rosalinda",
                "Agbayani Dacanay Pagaduan Bugarin Ancheta Agcaoili Pascua Ragasa Galapon Tabangcura"),
    "tongan": ("Sione Mele Tevita Losaline Viliami Siaosi Salote Pita Ofa Kalolaine Semisi Lupe",
               "Tupou Fifita Taufa Vaipulu Lolohea Havili Fonua Kioa Moala Fusitu'a"),
    "fijian": ("Josaia Litia Semisi Ilisoni Mereoni Vilikesa Akanisi Waisale Losana Timoci Asenaca Jone",
               "Naivalu Volavola Radradra Vunibaka Tikoduadua Ravulo Koroi Nakarawa Matavesi Qereqeretabua"),
    "chamorro": ("Jesus Rosa Vicente Carmen Joaquin Ana Juan Dolores Francisco Tomasa",
                 "Taitano Tainatongo Taimanglo Aguon Quinata Manibusan Mafnas Taijeron Unpingco Mesngon"),
    "sesotho": ("Thabo Palesa Lerato Teboho Mpho Refiloe Tumelo Puleng Lineo Mosa Tsepang Nthabiseng",
                "Mokoena Moloi Letsie Mofokeng Nthako Lesia Motaung Sekhesa Mohapi Ramakatsa"),
    "setswana": ("Kagiso Boitumelo Tshepo Onalenna Kabelo Naledi Oratile Lesego Gaone Masego Keabetswe Otsile",
                 "Molefe Seretse Kgosi Modise Mothibi Ramotswe Masilo Sebina Moremi Gaolatlhe"),
    "xhosa": ("Lwazi Nomvula Luyanda Ayanda Sipho Zintle Mandla Nosipho Thando Unathi Vuyo Siphokazi",
              "Mbeki Sisulu Mxenge Gqirana Matyila Ntshona Qwabe Mqhayi Ngxamngxa Mabandla"),
    "kinyarwanda": ("Eric Aline Olivier Diane Emmanuel Clarisse Divine Innocent Jeannette Fabrice",
                    "Habimana Uwase Mugisha Niyonzima Uwimana Kwizera Ingabire Nshimiyimana Mutoni Ishimwe"),
    "kirundi": ("Evariste Denise Alain Floride Pacifique Claudette Gervais Esperance Leonce Nadine",
                "Ndayishimiye Niyonkuru Ndikumana Bizimana Irakoze Hakizimana Nshimirimana Ndayizeye Nkurikiye"),
    "luganda": ("Joseph Sarah Moses Prossy Ronald Harriet Nakato Kato Babirye Waiswa Nansubuga Mukasa",
                "Ssekandi Nalubega Kiwanuka Ssempala Lubega Namutebi Ssebunya Ssemakula Kyeyune Nakiwala"),
    "oromo": ("Chaltu Gemechu Ayantu Tolosa Lalise Abdi Bontu Boru Obsa Hawi Kenenisa Galane",
              "Bekele Gudina Tolera Kenea Dibaba Gutema Fayisa Merga Jaleta Urgessa"),
    "somali": ("Abdirahman Hodan Mohamed Ifrah Abdiweli Sahra Farhiya Yusuf Hamdi Liban Faadumo Guled",
               "Warsame Farah Mohamud Jama Egal Dualeh Gedi Osman Hirsi Abdullahi"),
    "tigrinya": ("Yonas Senait Tesfay Mehret Berhane Lemlem Habtom Rahel Kidane Hiwet Mebrahtu Saba",
                 "Gebremedhin Tesfamariam Haile Weldemichael Gebreyesus Berhe Kahsay Mehari Tekle Ghebrehiwet"),
    "amazigh": ("Idir Tafsut Tiziri Massinissa Dihya Juba Tanila Aksil Tinhinan Yuba Thiziri Amayas",
                "Amrouche Mammeri Oussedik Haddadi Ouyahia Ait_Larbi Aït_Ouarab Bellil Ighil Ouali"),
    "kurdish": ("Rojda Dilan Azad Berivan Hejar Shilan Karwan Zhilwan Nishtiman Sherko Avin Rebwar",
                "Zebari Bekas Hawrami Goran Berwari Mukriyani Baban Amedi Soran Barzinji"),
    "chechen": ("Aslan Zelimkhan Malika Khava Zarema Umar Movsar Kheda Madina Ayub Lecha Seda",
                "Dadaev Saidulayev Murtazaliev Gaziev Elmurzaev Khasiev Visaitov Bisultanov Tepsurkaev Umarov"),
    "ossetian": ("Alan Soslan Zarina Aslanbek Zaur Fatima Taymuraz Kazbek Dzerassa Batraz Agunda Khetag",
                 "Dzagoev Tsallagov Gazzaev Kokoev Dzasokhov Gabaraev Khetagurov Tedeev Bazaev Kaloev"),
    "sardinian": ("Gavino Bachisio Efisio Giommaria Antonietta Graziella Sebastiano Peppina Battista Marianna Costantino Ignazio",
                  "Sanna Piras Pinna Melis Deiana Floris Mura Porcu Cossu Usai Mereu Atzeni"),
    "romansh": ("Gian Ursina Men Mengia Flurin Seraina Curdin Chatrina Duri Uorschla Linard Flurina",
                "Caduff Casanova Tuor Derungs Cathomen Candinas Cavelty Capaul Vincenz Caviezel"),
    "luxembourgish": ("Jhemp Mett Pol Gilles Fernand Carole Josy Théo Nathalie Romain Jos Claudine",
                      "Schmit Thill Feller Kremer Hengen Welter Reuter Glodt Kinsch Biever Majerus Hilbert"),
    "frisian": ("Sjoerd Tjitske Wopke Auke Hylke Jikke Baukje Sybren Froukje Eelke Folkert Tsjerk",
                "Hoekstra Dijkstra Bosma Postma Wiersma Hiemstra Zijlstra Terpstra Tjeerdsma Sikkema"),
    "sorbian": ("Jurij Měrćin Hańža Beno Marja Bjarnat Lenka Handrij Madlena Pětr Wórša Jan",
                "Brězan Kocor Šołta Krawc Wjela Cyž Mětšk Šěn Hančik Zejler"),
    "manx": ("Juan Illiam Breesha Orry Voirrey Aalish Fenella Hommy Moirrey Ealish Tom Catreeney",
             "Quayle Kermode Corlett Kneale Quilliam Cregeen Callister Kewley Clague Faragher Qualtrough Gelling"),
    "cornish": ("Jowan Kerensa Tamsin Peder Morwenna Jago Demelza Piran Senara Lowena Kenver Elowen",
                "Trelawny Penrose Tregenza Pascoe Nancarrow Polglase Trevithick Chenoweth Tremayne Angove Pengelly"),
}
# Names that are also ordinary English words.
WORD_GIVEN = "Hope Grace Rose Will Mark Bill Faith Joy Hunter Summer Dawn Art Sunny Rich Pearl Crystal Chase Ruby Amber".split()
WORD_FAMILY = "Baker Brown Cook Stone Wood Young King Hill Rice Bird Fox Day Long Little Bush Cash Gold Field Love Street".split()

# Unlabeled filler.
PRODUCTS = ("Jenkins Ansible Cassandra Kafka Julia Ruby Hugo Jekyll Sphinx Grafana Prometheus Luigi Celery "
            "Sidekiq Gunicorn Pydantic Alembic Polars Dask Marshmallow Flask Django Alexa Cortana Siri "
            "Ollama Mistral Claude Gemini Llama Falcon Phoenix Athena Apollo Hermes Artemis Ember Kubernetes").split()
BOTS = "dependabot[bot] renovate[bot] github-actions[bot] ci-runner release-bot pre-commit-ci[bot] mergify[bot]".split()
PKGS = "left-pad fastjson tinyhttp pyyaml-lite arrowkit lakesweep-core quickcsv jsonpath-ng polyglot-lex".split()
TEAMS = "Rovers United Falcons Tigers Wanderers Athletic Rangers Harriers Lions Sharks".split()
GAMES = "Valorant Dota Rocket League Minecraft Apex Fortnite Overwatch Chess.com".split()
LANGS = "French German Spanish Portuguese Swahili Japanese Turkish Italian Dutch Polish Indonesian".split()

# Value formats.
ADDR_LOCALES = ("en_US", "en_US", "en_GB", "de_DE", "fr_FR", "nl_NL", "en_AU", "en_IN", "es_ES")
ADDR_LOCALES += ("it_IT", "en_CA", "en_NZ", "pt_BR")
PHONE_LOCALES = ("en_US", "en_US", "en_GB", "de_DE", "fr_FR", "en_IN", "en_AU", "nl_NL", "it_IT")
PHONE_LOCALES += ("es_ES", "pt_BR", "en_IE")
IBAN_LOCALES = ("de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "en_GB", "pl_PL", "pt_PT", "fi_FI")
IBAN_LOCALES += ("ro_RO", "no_NO")
MAIL_DOMAINS = ("gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "gmx.de", "web.de")
MAIL_DOMAINS += ("icloud.com", "hotmail.fr")
ADDR_SEP = {"addr": ", ", "addr_nl": "\n", "addr_j": "\\n"}
INTL = ("+251 9{a} {b} {c}", "+254 7{a} {b}{c}", "+977 98{a} {b} {c}", "+256 7{a} {b} {c}")
DOB_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%B %d, %Y", "%d %b %Y", "%d.%m.%Y")

# Groups: name -> (share of texts, templates). "lower" is written lowercase; its values are lowered.
GROUPS = {
"json_conv": (0.09, [
r'''{"model":"gpt-4o-mini","messages":[{"role":"system","content":"You are a helpful writing assistant."},{"role":"user","content":"Hi, I'm {name1}. Can you draft a short note to my landlord {name2} ({email2}) saying the heating is broken again?\nMy flat is at {addr_j}."},{"role":"assistant","content":"Of course, {first1}. Here's a draft:\n\nDear {name2},\n\nI'm writing about the heating at {addr_j}. It stopped working again this morning.\n\nBest regards,\n{name1}"}]}''',
r'''{"messages":[{"role":"user","content":"translate to {lang}: my name is {name1} and my phone number is {phone1}"},{"role":"assistant","content":"Sure! Here it is in {lang}:\n\n\"... {name1} ... {phone1}\""},{"role":"user","content":"thanks. also add that my colleague {first2} {last2} will call"}],"temperature":0.3}''',
r'''{"model":"claude-sonnet","max_tokens":1024,"messages":[{"role":"user","content":"Summarize this complaint:\n\nFrom: {name1} <{email1}>\nI was charged twice on card {card} for order {order}. Please refund.\n\nReply as {name2} from {company}."}]}''',
r'''{"id":"chatcmpl-{num}","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"Dear {name1},\n\nThank you for contacting {company}. We have updated your billing IBAN to {iban}. If this was not you, call us at {phone}.\n\nKind regards,\n{name2}"},"finish_reason":"stop"}]}''',
r'''[{"role":"user","content":"my friend {first1} gave me this number {phone1}, is it a UK number?"},{"role":"assistant","content":"The number {phone1} doesn't look like a standard UK mobile format. You could ask {first1} directly."}]''',
r'''{"messages":[{"role":"system","content":"Current user: {name1}, email {email1}, last login from {ip}."},{"role":"user","content":"Why was my account locked?"},{"role":"assistant","content":"Hi {first1}, your account was locked after 5 failed login attempts from {ip}. I've sent a reset link to {email1}."}]}''',
r'''{"input":[{"role":"user","content":[{"type":"input_text","text":"Fill this form for me. Name: {name1}. DOB: {dob}. SSN: {ssn}. Address: {addr_j}"}]}],"model":"gpt-4.1"}''',
r'''{"messages":[{"role":"user","content":"Write a birthday message for my grandmother {name1}, she was born {dob} in {city}."},{"role":"assistant","content":"Happy birthday, Grandma {first1}! ..."}],"stream":false}''',
r'''{"conversation_id":"{uuid}","turns":[{"speaker":"user","text":"who is {name1}? they emailed me from {email1}"},{"speaker":"assistant","text":"I don't have information about private individuals. If you know {first1}, reply to {email1} directly."}]}''',
]),
"system_profile": (0.05, [
"You are a support assistant for {company}. Customer profile:\n- Name: {name1}\n- Email: {email1}\n- Phone: {phone1}\n- Billing address: {addr}\n- Plan: Premium (since {date})\nAddress the customer by first name ({first1}). Never reveal internal notes.",
"SYSTEM: The user is {name1} (user id {num}). Preferred language: {lang}. Date of birth: {dob}. Do not mention their age unless asked.",
"### Customer context\nname: {name1}\nemail: {email1}\nphone: {phone1}\nshipping:\n{addr_nl}\naccount manager: {name2}\n### Instructions\nAnswer politely and concisely.",
"<profile>\n  <name>{name1}</name>\n  <email>{email1}</email>\n  <iban>{iban}</iban>\n  <dob>{dob}</dob>\n</profile>\nYou are {company}'s banking assistant. Greet {first1} and help with the request below.",
]),
"rag_email": (0.05, [
"[doc 3/8] From: {name1} <{email1}>\nTo: {name2} <{email2}>\nSubject: Re: Q3 vendor review\nDate: {date}\n\nHi {first2},\n\nAttached are the numbers. Let's sync with {name3} on Thursday.\n\n--\n{name1}\n{company}\nMobile: {phone1}",
"Context chunk #{num}:\n> On {date}, {name1} <{email1}> wrote:\n> Can you send the contract to my home address? It's {addr}.\n\nSure, sending it today. - {first2}",
"-----Original Message-----\nFrom: {name1}\nSent: {date}\nTo: {name2}; {name3}\nSubject: offsite\n\nRoom is booked. Call me on {phone1} if anything changes.\n{first1}",
]),
"rag_meeting": (0.07, [
"Speaker 1 ({name1}): Can everyone hear me?\nSpeaker 2 ({name2}): Yes. {first3} is dialing in too.\nSpeaker 3 ({name3}): Hi, sorry, train wifi.\nSpeaker 1 ({name1}): No worries. {first2}, you're up.",
"Interview transcript\nInterviewer ({name1}): Tell me about your last project.\nCandidate ({name2}): I led the migration with {name3} and {name4}.",
"Transcript excerpt (weekly sync, {date})\nSpeaker 1 ({name1}): Okay, let's start. {first2}, can you give the status?\nSpeaker 2 ({name2}): Sure. The migration is done, {name3} is testing it.\nSpeaker 1 ({name1}): Great. Anything blocking?\nSpeaker 3 ({name3}): Just the {product} upgrade.",
"[00:03:12] {name1}: Thanks everyone for joining.\n[00:03:20] {name2}: Before we start, {first3} won't make it today.\n[00:04:01] {name1}: Noted. {first2}, please send the notes to {email2}.",
"Meeting notes - {company}\nAttendees: {name1}, {name2}, {name3}, {name4}\nAction items:\n- {first1} to follow up with legal\n- {first4} to update the {product} dashboard",
]),
"rag_forum": (0.04, [
"Re: Re: meetup this weekend\n{name1} wrote:\n> {first2} and {first3} can't make it\nThat's fine, {name4} is bringing the projector.",
"Re: {product} keeps crashing after update\nPosted by {name1} on {date}\n\nSame here. {first2}'s workaround from the other thread fixed it for me.\n\n-- \n{first1}",
"Thread: best hiking trails near {city}?\n\n{handle1} wrote:\nTry the ridge loop. My cousin {name2} runs guided tours, text her at {phone2}.\n\nReply from {handle3}: thanks!",
"Answer by {name1} ({num} reputation)\nYou need to set the timeout before calling connect(). See the comment by {name2} above.",
]),
"rag_wiki": (0.04, [
"Project history\nThe tool was started by {name1} in 2019 and later maintained by {name2} and {name3}.\n\nLast edited by {name4}",
"== Onboarding ==\nNew hires should contact {name1} (IT) for laptop setup and {name2} (HR) for payroll.\n\nLast edited by {name3} on {date}",
"Team page: Data Platform\nLead: {name1}\nOn-call rotation: {first2}, {first3}, {first4}\nEscalation phone: {phone1}\n\nLast edited by {name2} · {date}",
"Office directory\n{name1} - Reception - ext. {num}\n{name2} - Facilities - {phone2}\n{name3} - Security - {email3}\nLast edited by {name1}",
]),
"code": (0.06, [
"# TODO({handle1}): remove this hack once {product} {version} is released\n# Reported by {name2}\ndef load(path):\n    return open(path).read()",
'def normalize(rows):\n    """Normalize the rows.\n\n    Author: {name1} <{email1}>\n    Reviewed-by: {name2}\n    """\n    return [r.strip() for r in rows]',
"// Copyright (c) {num} {name1}\n// Licensed under the MIT License.\nexport function parse(s) {\n  return JSON.parse(s);\n}",
'/**\n * @author {name1}\n * @since {version}\n */\npublic class InvoiceMapper {\n    // ask {first2} before changing the rounding\n}',
'TEST_USER = {"name": "{name1}", "email": "{email1}", "phone": "{phone1}"}  # real customer, replace!',
"git log --format='%an <%ae>'\n{name1} <{email1}>\n{name2} <{email2}>\n{bot}",
]),
"manifest": (0.07, [
"## {version}\n- Faster startup (thanks {name1})\n- Docs typo fixes (thanks @{handle2}, {name3})\n- Windows path bug ({first4} {last4})",
"Special thanks to {name1}, {name2}, {name3} and {name4} for testing the beta.",
'{\n  "name": "{pkg}",\n  "version": "{version}",\n  "author": "{name1} <{email1}>",\n  "contributors": [\n    "{name2} <{email2}>",\n    "{name3}"\n  ],\n  "license": "MIT"\n}',
'[project]\nname = "{pkg}"\nversion = "{version}"\nauthors = [\n  { name = "{name1}", email = "{email1}" },\n  { name = "{name2}" },\n]\nrequires-python = ">=3.10"',
'[package]\nname = "{pkg}"\nversion = "{version}"\nauthors = ["{name1} <{email1}>", "{name2} <{email2}>"]\nedition = "2021"',
"<developers>\n  <developer>\n    <id>{handle1}</id>\n    <name>{name1}</name>\n    <email>{email1}</email>\n  </developer>\n  <developer>\n    <name>{name2}</name>\n  </developer>\n</developers>",
"# AUTHORS\n# Names should be added to this file as: Name <email>\n{name1} <{email1}>\n{name2} <{email2}>\n{name3}\n{name4} <{email4}>",
"## [{version}] - {date}\n### Fixed\n- Handle empty CSV headers (#{num}, thanks @{handle1})\n- Correct timezone parsing ({name2})\n### Added\n- {product} exporter (thanks @{handle3} and {name4})",
"Maintainer: {name1} <{email1}>\nUploaders: {name2} <{email2}>\nSection: utils",
]),
"logs": (0.06, [
'{date}T10:{num}Z INFO auth login ok user="{name1}" email={email1} ip={ip}',
'{"level":"warn","msg":"password reset requested","user":{"name":"{name1}","email":"{email1}"},"remote_addr":"{ip}"}',
"[{date} 08:14:02] ERROR payment failed for customer={name1} card={card} reason=insufficient_funds",
"{ip} - - [{date}:13:55:36 +0000] \"GET /profile/{handle1} HTTP/1.1\" 200 {num}",
'level=info ts={date} component=crm action=update_contact contact_name="{name1}" phone="{phone1}" by={name2}',
"WARN kyc: ssn mismatch for applicant {name1} (ssn={ssn}, dob={dob})",
]),
"support_chat": (0.07, [
"Agent: Card ending in... could you read the full number for me?\nCustomer: {card}\nAgent: Thank you, {first1}. The charge is reversed.",
"Agent ({name1}): Transferring you to my colleague {name2}.\nAgent ({name2}): Hi {first3}, I see the ticket from {first1}.",
"Agent: Thanks for contacting {company}, my name is {first1}. How can I help?\nCustomer: Hi, I'm {name2}. My package never arrived.\nAgent: Sorry to hear that, {first2}. Can you confirm the delivery address?\nCustomer: {addr}\nAgent: Thank you. I've opened a ticket.",
"Customer: hello? i need to change my bank details\nAgent ({name1}): Sure. Please type the new IBAN.\nCustomer: {iban}\nAgent ({name1}): Updated. Anything else?\nCustomer: no thanks",
"[chat started] visitor: {name1}\nvisitor: my email is {email1} but i can't log in\nagent {first2}: I've sent a reset link to {email1}.\nvisitor: got it, thx",
"Agent: For verification, could you give me your date of birth?\nCustomer: {dob}\nAgent: And the last four digits of your SSN?\nCustomer: full one is {ssn}\nAgent: Thanks {first1}, only the last four were needed.",
"Agent: I can call you back. What number?\nCustomer: {phone1}, ask for {first1}\nAgent: Will do. This is {name2}, case {order}.",
]),
"translation": (0.04, [
"Translate into {lang}: \"Dear {name1}, your appointment with Dr. {last2} is confirmed.\"",
"Please translate this letter to English:\n\nLiebe {first1},\nvielen Dank für deine Nachricht. Grüße an {first2}!\n{name3}",
"Traduis en anglais : « Bonjour, je m'appelle {name1}, j'habite {addr}. Mon numéro est le {phone1}. »",
"Can you translate my friend's name {name1} into Chinese characters? And also {name2}?",
]),
"resume": (0.05, [
"{name1}\n{addr_nl}\n{phone1} | {email1}\n\nEXPERIENCE\nSenior Analyst, {company} ({num} staff)\nReferences: {name2}, {company}",
"CURRICULUM VITAE\nName: {name1}\nDate of birth: {dob}\nNationality: see passport\nEmail: {email1}\n\nEducation\nBSc Computer Science, University of {city}\nSupervisor: Prof. {name2}",
"Can you improve my resume summary? \"I'm {name1}, a data engineer with 6 years at {company}, where I worked under {name2} on {product} pipelines.\"",
]),
"hr_medical": (0.06, [
"Reference for {name1}\n\nI supervised {first1} at {company} for three years. Together with {name2} and {name3}, {first1} rebuilt our billing system.\n\n{name4}",
"PRIVATE & CONFIDENTIAL\n\nDear {name1},\n\nFollowing your meeting with {name2} on {date}, we confirm your promotion to Team Lead.\n\nYours sincerely,\n{name3}\nHR Business Partner",
"Patient: {name1}\nDOB: {dob}\nAddress: {addr}\nReferred by: Dr. {name2}\n\nDear Dr. {last3},\nThank you for seeing {first1}, who presents with recurring migraines.",
"RE: {name1} (DOB {dob})\nThis letter confirms that the above patient attended our clinic on {date}. Contact: {phone}.\nDr. {name2}, MD",
"Summarize this HR note: \"{name1} raised a grievance about {name2}'s comments during the {date} review. Witness: {name3}.\"",
"Employee: {name1}\nSSN: {ssn}\nDirect deposit IBAN: {iban}\nManager: {name2}",
]),
"contract": (0.05, [
"This Agreement is made on {date} between {name1}, residing at {addr} (\"Landlord\"), and {name2} (\"Tenant\").",
"SERVICES AGREEMENT\nbetween {company} and {name1}, an individual with address\n{addr_nl}\n(the \"Contractor\").\nSigned: ______ {name1}    ______ {name2}, CEO",
"Check this clause: \"The Seller, {name1}, warrants to the Buyer, {name2}, that the vehicle is free of liens.\"",
]),
"roster": (0.08, [
"Seating plan, table 4: {name1}, {name2}, {name3}, {name4} and {name5}.",
"Volunteers this week:\n- Mon: {first1} {last1}\n- Tue: {name2}\n- Wed: {name3}\n- Thu: {first4}\n- Fri: {name5}",
"Graduating class of {num}: {name1}, {name2}, {name3}, {name4}, {name5}, {name6}, {name7}.",
"Class 7B roster\n1. {name1}\n2. {name2}\n3. {name3}\n4. {name4}\n5. {name5}\nTeacher: {name6}",
"Team list for Saturday:\nGK {name1}\nDEF {last2}, {last3}, {last4}\nMID {first5} (c), {name6}\nSubs: {first7}, {first8}",
"name,email,grade\n{name1},{email1},A\n{name2},{email2},B+\n{name3},{email3},A-",
"Carpool: {first1} picks up {first2} and {first3}; {name4} drives back. Parent contact: {phone4}",
]),
"sports_gaming": (0.05, [
"Lineup: {last1}; {last2}, {last3}, {last4}, {last5}; {last6}, {last7}; {name8} up front.",
"Leaderboard\n1. {handle1} - 2400\n2. {name2} - 2310\n3. {handle3} - 2290",
"gg {handle1}, that clutch was insane. {first2} carried us in {game} tonight",
"What a goal by {name1}! {team} up 2-0. {last2} should have stopped that.",
"[team] {handle1}: who's on call tonight\n[team] {handle2}: me and {first3}\n[team] {handle1}: add {name4} too",
"Match report: {name1} scored twice for {team} before {name2} pulled one back late.",
]),
"social": (0.06, [
"Congrats {name1}!! 🎉 so proud of you. cc {name2} {name3}",
"Liked by {first1}, {name2} and 48 others",
"{name1} replied: haha {first2} you were there too!",
"@{handle1} congrats on the new job!! {first2} told me the news 🎉",
"Replying to @{handle1}: {name2} is the best dentist in {city}, book with her at {phone2}",
"RIP {name1}. Thank you for everything, coach. — {first2}",
"Shoutout to {name1} and {name2} for organizing the {city} meetup!",
]),
"lower": (0.15, [
"ok so {first1} said {first2} cant come but {name3} might",
"lol {first1} {last1} is in my class now",
"me {first1} {first2} and {first3} went to the lake lol",
"did {name1} ever pay back {first2}",
"who invited {first1} {last1} to the group chat",
"{first1} and {first2} broke up?? {first3} told me",
"hey can u help me write a msg to {first1}, she's mad i missed her bday",
"my name is {name1} and my email is {email1}, why cant i log in",
"ok so {first1} and {first2} are coming, {name3} said maybe",
"pls remind me to call {name1} tomorrow at {phone1}",
"write a funny poem for my bf {first1} {last1} lol",
"is {name1} a real person? saw them on a forum",
"my landlord {name1} lives at {addr} and keeps ignoring my texts",
"what should i get {first1} for christmas, he likes {game}",
"can you check if this iban is valid {iban} its for {name1}",
"my ip is {ip} and my router keeps dropping, my isp guy {first1} said to reset",
"my dob is {dob} how old am i",
"tell {first1} i said hi lol",
"{first1} from work keeps sending me memes at 2am",
"summarize what {name1} said in the group chat about the trip",
]),
"near_miss": (0.20, [
"Upgrade {product} to {version} and restart the {product} worker; see commit {sha}.",
"fix: handle None in parse_date ({sha})\n\nCloses #{num}. Co-authored-by: {bot}",
"server:\n  host: 0.0.0.0\n  port: {num}\n  workers: 4\nlogging:\n  level: INFO\n  format: json",
"The {product} scheduler retries failed tasks {num} times with exponential backoff.",
"Release {version} ({date}): faster CSV reader, new {product} integration, dropped Python 3.8.",
"Compare {product} and {product2} for stream processing: latency, throughput and ops cost.",
"Order {order} shipped on {date}, tracking will update within 24 hours.",
"ERROR {date} worker-{num} task {uuid} timed out after 300s",
"Bump {pkg} from {version} to {version2} (#{num})",
"Please explain the difference between a mutex and a semaphore with an example in Rust.",
"Set OLLAMA_HOST=127.0.0.1:11434 and pull the llama3 model before running the tests.",
"Refactor the {product} adapter: split Reader and Writer, add type hints, remove dead code.",
"Table orders(id bigint, customer_id bigint, created_at timestamptz, total numeric(10,2))",
"What's the capital of {country}, and what language do they speak there?",
"The Jackson Five, Marshall Plan and Hubble telescope were mentioned in the lecture on {date}.",
"Build {version}.{num} passed on runner {host}; artifacts uploaded to s3://builds/{sha}/",
"pip install {pkg}=={version} && python -m {pkg} --help",
"Convert 1,250.00 EUR to USD at today's rate and round to two decimals.",
"Can you recommend a book like Sapiens for a {lang} speaker?",
"Write a haiku about autumn leaves and {product} dashboards.",
"{company} reported Q3 revenue of $4.2M, up 12% year over year.",
"cron: '0 3 * * *'  # nightly compaction, see RUNBOOK.md section 4.2",
]),
}
