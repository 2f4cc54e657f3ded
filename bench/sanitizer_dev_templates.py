"""Template data of the development set (see sanitizer_dev.py for the slot syntax).

Romanized name lists for cultures Faker has no locale for (or only a thin one), written by
hand; names of English words are kept on purpose.
"""

# culture -> (first names, family names), space-separated; "_" joins a multi-word name
NAME_LISTS = {
    "yoruba": (
        "Adebayo Oluwaseun Folasade Babatunde Yetunde Olumide Temitope Adewale Funmilayo "
        "Ayodele Morenike Kehinde Taiwo Abiodun Bolanle Gbenga Iyabo Damilola Tolulope",
        "Adeyemi Ogunleye Adebisi Oyelaran Afolabi Ogundipe Akinola Olatunji Adesanya Balogun "
        "Ilesanmi Fashola Oyewole Adekunle Bamidele Olaniyan Ogunbiyi Akintola",
    ),
    "igbo": (
        "Chinedu Ngozi Chiamaka Obinna Uchenna Nkechi Ifeanyi Chidinma Emeka Adaeze Kelechi "
        "Chukwuemeka Amarachi Onyeka Ebere Nnamdi Chinonso Ijeoma Obiageli",
        "Okafor Eze Nwosu Okonkwo Nwachukwu Obi Okeke Anyanwu Ezeani Nwankwo Igwe Uzor Nnaji "
        "Okoro Ogbonna Ibekwe Mbah Ezenwa",
    ),
    "punjabi": (
        "Gurpreet Harjit Manpreet Jaspreet Simranjit Baljinder Kuldeep Navjot Harpreet Amandeep "
        "Paramjit Sukhwinder Jasleen Rajinder Gurleen Harleen Tejinder Inderjit Parminder",
        "Sandhu Gill Dhillon Sidhu Brar Grewal Bains Randhawa Cheema Bajwa Virk Sekhon Aulakh "
        "Kang Mann Chahal Dhaliwal Johal Bhullar Toor",
    ),
    "urdu": (
        "Ayesha Bilal Sana Usman Hira Faisal Mehwish Zeeshan Sadia Kamran Nida Imran Rabia "
        "Adnan Saima Junaid Farah Waqas Noreen Shahzad",
        "Siddiqui Qureshi Malik Chaudhry Butt Awan Rizvi Hashmi Baig Mirza Abbasi Javed Naqvi "
        "Shaikh Raza Iqbal Akhtar Anwar Rana Zaidi",
    ),
    "pashto": (
        "Mirwais Zalmai Khushal Spogmai Palwasha Zarghuna Samiullah Hayatullah Rahmatullah "
        "Zarak Aimal Nangyalai Storay Malalai Gulalai Wazhma Zarmina Shabnam",
        "Yousafzai Afridi Shinwari Durrani Popalzai Mohmand Wardak Achakzai Khattak Orakzai "
        "Bangash Marwat Kakar Barakzai Safi Niazi Zadran Mangal",
    ),
    "kazakh": (
        "Nursultan Aigerim Yerlan Askar Gulnara Daulet Aizhan Bauyrzhan Madina Nurlan Zhanar "
        "Yerzhan Saule Arman Dinara Aruzhan Serik Kamila Zhansaya",
        "Nurlanov Abenova Zhakupov Seitkali Omarov Tokayeva Kassymov Bekova Iskakov Zhumabayev "
        "Sarsenbayeva Akhmetov Tulegenova Ospanov Mukanov Yessenova Kuanyshev",
    ),
    "uzbek": (
        "Dilshod Nodira Jasur Gulnoza Sherzod Malika Bekzod Dilnoza Rustam Shahnoza Otabek "
        "Feruza Sardor Zarina Jamshid Mohira Ulugbek Nilufar Akmal Sevara",
        "Karimov Yusupova Rakhimov Tursunova Abdullayev Nazarova Ismoilov Qodirova Ergashev "
        "Saidova Mirzayev Xolmatov Umarova Sultonov Normatov Tojiboyev Yuldasheva",
    ),
    "burmese": (
        "Aung Thiri Kyaw_Zin Aye_Aye Min Su_Myat Zaw_Win Hnin_Wai Htet Nay_Lin May_Thu Thura "
        "Ei_Phyu Khin_Mar Myo_Min Wai_Yan",
        "Kyaw Win Htet Thant Thu Noe Naing Phyo Aung Oo Soe Sin Lwin Tun Htwe Lin Moe",
    ),
    "khmer": (
        "Sokha Dara Sophea Vuthy Chanthou Rithy Sreymom Bopha Piseth Kosal Sothea Channary "
        "Veasna Sopheap Vanna Kunthea Ratanak Visal Mealea",
        "Chan Sok Heng Chea Meas Keo Ly Sorn Pich Nhem Prak Ouk Seng Touch Yim Thach Mao",
    ),
    "lao": (
        "Souksavanh Khamphone Bounmy Phonesavanh Vilayvanh Somphone Latsamy Thongsavanh "
        "Chanthaly Vongdeuane Phetsamone Sengdara Malavanh Khamla Sisouk Manivanh",
        "Phommachanh Sayavong Vongsa Keomany Inthavong Phanthavong Souvannavong Sisombath "
        "Luangrath Rattanavong Xaysomphou Siharath Khounvisith Douangdara Thammavong",
    ),
    "quechua": (
        "Inti Killa Wayra Sumaq Amaru Kusi Tupac Nina Pacha Illari Qori Chaska Ayar Rumi Sayri "
        "Urpi Kantu Waman",
        "Mamani Quispe Huamán Condori Cusi Choque Yupanqui Apaza Ccori Puma Ticona Cutipa "
        "Chambi Ccahuana Huillca Sullca Layme",
    ),
    "maori": (
        "Aroha Tane Mere Wiremu Hemi Anahera Rawiri Moana Kiri Tamati Ngaio Hohepa Manaia Rangi "
        "Hine Tui Wikitoria Nikau",
        "Ngata Parata Tamihana Herewini Mahuika Tawhiri Karaka Ruatapu Waititi Tipene Paewai "
        "Kereama Ngarimu Rapana Hetaraka Pomare Te_Whiti Te_Rangi Te_Kanawa",
    ),
    "hawaiian": (
        "Keanu Leilani Kalani Makana Noelani Kaimana Mahina Kekoa Pualani Ikaika Keola Kailani "
        "Nalu Haunani Kawika Lokelani Koa Nohea",
        "Kahananui Kealoha Akana Kamakau Kahale Kapule Kaleikini Keawe Kamaka Mahoe Kaniho "
        "Palakiko Kanahele Kekumu Nakoa Kauhane Kalama",
    ),
    "inuit": (
        "Aputi Siqiniq Nukilik Kallik Pauloosie Tulugaq Ulluriaq Elisapee Jaaji Nunia Qajaaq "
        "Aqsarniq Tagak Panigusiq Meeka Piita Saali Tuktu",
        "Kunuk Arnatsiaq Qaqqaq Ipellie Angnakak Kilabuk Nutaraq Pitseolak Ashoona Alookie "
        "Kusugak Kalluk Amagoalik Akeeagok Quassa Aglukark Qulaut",
    ),
    "basque": (
        "Iñaki Aitor Amaia Nerea Unai Itziar Gorka Ainhoa Xabier Maite Ander Leire Iker Edurne "
        "Garazi Koldo Miren Eneko Arantxa",
        "Etxeberria Goikoetxea Urrutia Aranburu Zubizarreta Agirre Larrañaga Elizondo Arrieta "
        "Irigoyen Mendizabal Olaizola Ugarte Bengoetxea Gorostiaga Iturbe Zabaleta",
    ),
    "catalan": (
        "Jordi Montserrat Pau Núria Arnau Mireia Oriol Laia Pere Meritxell Joan Roser Jaume "
        "Gemma Quim Neus Ferran Txell",
        "Puig Vila Ferrer Soler Serra Roca Font Casals Pujol Bosch Riera Cullell Camprubí Masó "
        "Coll Sabater Prat Bonet",
    ),
    "welsh": (
        "Rhys Cerys Dafydd Gwen Owain Angharad Ieuan Carys Gareth Bethan Iwan Seren Llŷr Nia "
        "Emyr Ffion Huw Lowri Aled Elin",
        "Llewellyn Pritchard Vaughan Parry Bevan Rees Powell Prosser Griffiths Howells Watkin "
        "Cadwaladr Meredith Lloyd Pugh",
    ),
    "breton": (
        "Yann Nolwenn Gwenaël Maïwenn Loïc Anaïg Tanguy Soizic Erwan Rozenn Ronan Gwendal "
        "Katell Goulven Aziliz Brieuc Enora",
        "Le_Gall Le_Goff Le_Bihan Quéré Guivarc'h Kermarrec Le_Floch Morvan Le_Bras Jaouen "
        "Cadiou Le_Meur Gourvennec Abgrall Riou",
    ),
    "faroese": (
        "Rógvi Sámal Heðin Tróndur Bárður Sjúrður Eyðun Turið Rannvá Marjun Sunnvá Jógvan "
        "Hallur Ólavur Beinta Ragna",
        "Joensen Poulsen Jacobsen Djurhuus Niclasen Patursson Háberg Lamhauge Zachariasen "
        "Kallsberg Dalsgaard Mikkelsen á_Lakjuni við_Á",
    ),
    "greenlandic": (
        "Aviaja Inuk Naja Pipaluk Malik Aputsiaq Paninnguaq Ujarak Kuno Inunnguaq Arnaq "
        "Nukannguaq Ivalu Minik Najaaraq Qupanuk Salik Aleqa",
        "Kleist Lynge Motzfeldt Olsvig Egede Nathanielsen Enoksen Lyberth Berthelsen Broberg "
        "Heilmann Fleischer Hammeken Petrussen Kielsen Kuitse Qujaukitsoq",
    ),
    "georgian": (
        "Nino Giorgi Tamar Levan Mariam Ketevan Irakli Natia Zurab Salome Lasha Tinatin Nika "
        "Shota Mzia Vakhtang Gela",
        "Beridze Kapanadze Gelashvili Maisuradze Lomidze Tsiklauri Japaridze Chkheidze "
        "Kvaratskhelia Abashidze Mchedlishvili Tsereteli Khutsishvili Bakradze Dolidze",
    ),
    "armenian": (
        "Aram Ani Tigran Lusine Hovhannes Narine Gor Anahit Armen Siranush Vahe Mane Hayk "
        "Gayane Shushan Levon Arpine Nare",
        "Petrosyan Hakobyan Sargsyan Grigoryan Harutyunyan Avetisyan Khachatryan Mkrtchyan "
        "Vardanyan Ghazaryan Karapetyan Poghosyan Margaryan Manukyan Galstyan",
    ),
    "shona": (
        "Tendai Rudo Tatenda Nyasha Farai Chipo Tapiwa Rufaro Kudzai Tsitsi Tinashe Vimbai "
        "Simba Ruvimbo Tafadzwa Chiedza Munashe Takudzwa",
        "Moyo Chikwanha Mutasa Marufu Chigumba Makoni Mapfumo Zvobgo Chinamasa Chiweshe "
        "Mushonga Gumbo Madziva Nyamande Chirwa",
    ),
    "sami": (
        "Máret Ánde Biret Niillas Ánne Issát Elle Mihkkal Sárá Jovnna Inga Ailu",
        "Gaup Eira Somby Utsi Hætta Buljo Oskal Turi Bongo Valkeapää Balto",
    ),
    "english_words": (
        "Will Hope Grace Joy Faith Mark Bill Rose Frank Pat Amber Summer Hunter Taylor Dawn "
        "Iris Ivy Jack Brook Miles Chase Drew Art Rich Sue Ray Gene Crystal Penny Holly Robin "
        "June April May Max Sandy Rusty Harmony Sterling",
        "Cook Baker Fisher Young Long Price King Hill Wood Stone Brown White Green Black Little "
        "Story Parks Banks Lane Rivers Bird Fox Wolf Strong Moody Sharp Wise Bell Hunt Mason "
        "Porter Shepherd Miller Walker Page Gray Rice Frost Snow Day Friday Love",
    ),
}

# locales of Faker values (names: Latin-script first and last names)
NAME_LOCALES = ["en_US", "en_GB", "en_IE", "en_NZ", "en_KE", "en_NG", "en_IN", "en_TH", "de_DE",
                "de_AT", "de_CH", "fr_FR", "fr_CA", "fr_BE", "fr_CH", "es_ES", "es_MX", "es_AR",
                "es_CL", "es_CO", "es_CA", "it_IT", "pt_PT", "pt_BR", "nl_NL", "nl_BE", "pl_PL",
                "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO", "fi_FI", "sv_SE", "da_DK",
                "no_NO", "is_IS", "et_EE", "lv_LV", "lt_LT", "tr_TR", "az_AZ", "sw", "zu_ZA",
                "yo_NG", "ig_NG", "ha_NG", "tw_GH", "ga_IE", "uz_UZ", "ja_JP", "zh_CN",
                "zh_TW"]  # fmt: skip
PHONE_LOCALES = ["en_US", "en_GB", "en_AU", "en_CA", "en_NZ", "en_IN", "de_DE", "de_AT", "de_CH",
                 "fr_FR", "fr_CH", "es_ES", "es_AR", "es_CL", "es_CO", "it_IT", "pt_PT", "pt_BR",
                 "nl_NL", "nl_BE", "pl_PL", "cs_CZ", "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO",
                 "fi_FI", "sv_SE", "da_DK", "no_NO", "lt_LT", "lv_LV", "tr_TR", "az_AZ", "ja_JP",
                 "zh_CN", "th_TH", "vi_VN", "uz_UZ", "tw_GH", "id_ID", "uk_UA", "ru_RU",
                 "ka_GE"]  # fmt: skip
ADDRESS_LOCALES = ["en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_NZ", "en_IN", "de_DE",
                   "de_AT", "de_CH", "fr_FR", "fr_CH", "fr_CA", "es_ES", "es_MX", "es_AR",
                   "es_CO", "it_IT", "pt_PT", "pt_BR", "nl_NL", "nl_BE", "pl_PL", "cs_CZ",
                   "sk_SK", "sl_SI", "hr_HR", "hu_HU", "ro_RO", "fi_FI", "sv_SE", "da_DK",
                   "no_NO", "id_ID", "zu_ZA"]  # fmt: skip
IBAN_LOCALES = ["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "fi_FI", "no_NO",
                "cs_CZ", "en_GB", "de_AT", "de_CH", "tr_TR", "hu_HU"]  # fmt: skip
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com", "web.de",
           "gmx.net", "orange.fr", "libero.it", "northwind.io", "harbor-analytics.com",
           "example.org", "mail.nimbus-clinics.eu"]  # fmt: skip
# international phone formats; {k} is k random digits
INTL = ["+49 151 {4} {4}", "+44 7700 {6}", "+1 ({3}) 555-{4}", "+81 90-{4}-{4}",
        "+234 803 {3} {4}", "+61 4{2} {3} {3}", "+353 87 {3} {4}", "+27 82 {3} {4}",
        "+52 55 {4} {4}", "+90 532 {3} {2} {2}", "+48 601 {3} {3}", "+31 6 {8}",
        "+998 90 {3} {2} {2}", "+7 701 {3} {4}", "0049 30 {8}", "+1-{3}-{3}-{4}",
        "(+351) 91 {3} {4}", "+64 21 {3} {4}", "+354 {3} {4}", "+299 {2} {2} {2}"]  # fmt: skip
MONTHS = "January February March April May June July August September October November December"

# organisations, hosts and people-like product names: never labeled
COMPANIES = [
    "Northwind Traders",
    "Brightline Logistics",
    "Harbor Analytics",
    "Bluepeak Media",
    "Copperleaf Health",
    "Stellar Freight GmbH",
    "Orbital Foods S.A.",
    "Tidewater Labs",
    "Kestrel Insurance",
    "Lumen Retail B.V.",
    "Quarry Street Bank",
    "Nimbus Clinics",
]
HOSTS = [
    "api.internal",
    "db-replica-2.prod",
    "gw.eu-west-1.example.net",
    "build-07.ci.local",
    "cache.svc.cluster.local",
    "auth.example.com",
    "files.example.org",
]
PRODUCTS = [
    "Jenkins",
    "Alexa",
    "Siri",
    "Cortana",
    "Ada",
    "Julia",
    "Hugo",
    "Ruby",
    "Django",
    "Grafana",
    "Kafka",
    "Jest",
    "Mocha",
    "Jasmine",
    "Sinatra",
    "Flask",
    "Celery",
    "Watson",
    "Claude",
    "Gemini",
    "Llama",
    "Mistral",
    "Ollama",
    "Jarvis",
    "Cassandra",
    "Athena",
    "Hermes",
    "Apollo",
    "Luigi",
    "Dagster",
    "Prefect",
    "Tomcat",
    "Jetty",
    "Pydantic",
    "Sphinx",
    "Jekyll",
    "Gatsby",
    "Ember",
    "Deno",
    "Helm",
    "Argo",
    "Consul",
    "Vault",
    "Nomad",
    "Terraform",
    "Vagrant",
    "Ansible",
    "Chef",
    "Puppet",
    "Marshmallow",
    "Darwin",
    "Hadoop",
    "Bazel",
    "Maven",
    "Gradle",
    "Ray",
    "Dask",
]

# Slots: {kind} or {kind_x}; the tag x ties name-derived kinds (name, first, last, lname,
# lfirst, llast, init, rev, handle, email) to one person and repeats other values.
TEMPLATES = [
    # pasted e-mails and replies
    "Can you make my reply friendlier?\n\n> On {date}, {name_a} <{email_a}> wrote:\n> Hi "
    "{first_b}, the invoice is still open on our side. Could you check with finance?\n> "
    "Thanks, {first_a}\n\nMy draft: Hi {first_a}, sorry for the delay, I'll chase it today.",
    "Summarize this thread in two bullets:\n\nFrom: {name_a} <{email_a}>\nTo: {email_b}\nCc: "
    "{name_c}\nSubject: Re: renewal quote\n\n{first_b}, attached is the updated quote. "
    "{first_c} approved the discount yesterday.",
    'Translate into Spanish: "Dear {name}, your appointment with Dr. {last} is confirmed for '
    '{date}. Reply to this message to reschedule."',
    "fix the grammar pls: hi {first_a}, me and {first_b} was wondering if you could joined "
    "the call tomorrow",
    "Rewrite more formally:\n\nhey {first_a}! got your note. tell {name_b} i'll send the "
    "contract over by friday. cheers, {first_c}",
    "Forwarded message ---------\nFrom: {name_a} <{email_a}>\nDate: {date}\nSubject: "
    "Keys for the flat\n\nThe spare keys are with my neighbour {name_b}, flat 2.",
    # support tickets and CRM
    "Ticket #{num} | Priority: high\nRequester: {name_a} ({email_a})\nPhone: {phone}\n"
    "Issue: cannot log in since {version}. Escalated to {first_b} in tier 2.\n"
    "Write a short apology.",
    "Customer {name} called about order {order}. Callback number {phone}. She wants a "
    "partial refund, please advise.",
    "Zendesk export:\nrequester_name,requester_email,phone,subject\n{name_a},{email_a},{phone},"
    "Refund not received\n{name_b},{email_b},{phone},Wrong size",
    "CRM note: spoke with {name_a} from {company}. Decision maker is {name_b}; "
    "{first_a} will loop in procurement next week.",
    "Lead: {rev}\nCompany: {company}\nMobile: {intl}\nStage: qualified",
    "The customer's card {card} was charged twice for {order}. Can you draft the reply to {first}?",
    "Refund request: account holder {name}, IBAN {iban}, amount 129.00 EUR",
    # lowercase chat
    "hi {lfirst_a}, can you send me the slides from yesterday? {lfirst_b} said you had the "
    "final version",
    "ok so {lname_a} and {lname_b} both want the friday slot, how do i tell them nicely",
    "is {lfirst} still on the infra team or did they move?",
    "who should i cc on this, {lfirst_a} or {lfirst_b}?",
    "can you write a farewell card for {lname}, she's leaving after 9 years",
    "just got off a call with {lfirst} from the vendor, they can't do the 15th",
    "reminder for myself: pay {lfirst} back for the taxi, and text {llast} about the keys",
    "my manager {lname} keeps scheduling meetings at 8am. how do i push back politely",
    "write a haiku about {lfirst} and {lfirst_b} arguing over tabs vs spaces",
    "need a toast for my sister {lfirst}'s wedding, she's marrying {lname_b} next month",
    "thx {lfirst} 🙏",
    "can {lfirst_a} and {lfirst_b} both join the 3pm? if not move it to thursday",
    "my email is {email} and my cell is {phone}, pls put that in the form",
    "send the draft to {lname_a} at {email_a}, not to me",
    "anyone know if {lfirst} from accounting is back from leave",
    "tell {lfirst} the build is green and {lfirst_b} can merge",
    "lol {lfirst_a} just pushed to main again. can u revert it",
    # mixed-case chat, names in varied positions
    "I had lunch with {name} today and she suggested we move the billing jobs to {product}.",
    "Summarize the call with {name}",
    "Can you write a LinkedIn recommendation for {name_a}? We worked together for three years.",
    "Please draft a welcome message for our new hires {first_a} and {first_b}.",
    "What should I get {first} for their birthday? They like hiking and {product}.",
    'Does this sound passive-aggressive? "As {first_a} already mentioned, the deadline was '
    'yesterday."',
    "Write a thank-you note to {name_a} and {name_b} for hosting the offsite.",
    "My landlord {name} won't return the deposit. What are my options?",
    "Is it rude to decline a meeting from {first}?",
    "Prepare interview questions for {name}, who applies for the SRE role.",
    "Dear {first}, I'm writing on behalf of {name_b} regarding the shared fence.",
    "The slides were made by {init} and reviewed by {init_b}.",
    "Could you check whether {name} is on the guest list for Thursday?",
    "Notes from my 1:1 with {first_a}:\n- wants to move to the data team\n- asks for a mentor, "
    "maybe {name_b}",
    "Assigned to: {name_a}\nWatchers: {handle_b}, {handle_c}\nStatus: In review",
    "Is this e-mail from {name} legit? It asks me to confirm my password.",
    "Feedback for {first_a}: great work on the launch.\nFeedback for {first_b}: please write "
    "tests before the demo.",
    "Patient {rev_a} was seen by Dr. {name_b} on {date}; follow-up with {first_b} in 6 weeks.",
    "Signed,\n{name_a}\nCounsel for {name_b}",
    # sign-offs and signatures
    "Please proofread:\n\nDear team,\n\nthe quarterly numbers are attached.\n\nKind regards,"
    "\n{name_a}\nSenior Accountant | {company}\nT: {phone} | M: {intl}\n{email_a}",
    "Make this shorter:\n\nThanks again for your patience!\n\nBest,\n{first}",
    "...let me know if you have questions.\n\nCheers,\n{name}",
    "Shorter please: we're good to go on our side.\n\n-- \n{name_a}\n{company}\n{postal}",
    "Looks good to me.\n\n/{first}",
    "Warm regards,\n{name}\nSent from my iPhone",
    "Sincerely,\n\n{name_a}\nDirector of Operations\n{email_a} | {phone}",
    "That works, see you then! — {first}",
    "Thanks,\n{init}",
    "Regards, {name_a} | {company} | {email_a}",
    # handles and logins
    "PTAL @{handle_a}, cc @{handle_b}",
    "[{time}] <@{handle_a}> Deploy of {version} finished\n[{time}] <@{handle_b}> thanks! ping "
    "{lfirst_c} if the canary fails",
    "Login: {handle}\nPassword reset requested from {ip} at {time}",
    "`ssh {handle}@{host}` hangs after the key exchange. Any idea?",
    "Failed password for {handle} from {ip} port 52144 ssh2",
    "PR #{num} opened by {handle_a}, approved by {handle_b}",
    "Why does `sudo -u {handle} crontab -l` say no crontab?",
    # code: comments, docstrings, git, metadata
    "# TODO({handle}): remove once v2 ships\ndef fetch_rates(client):\n    return "
    "client.get('/rates')",
    "// Author: {name_a} <{email_a}>\n// Created: {date}\nexport function parseCsv(text) "
    "{\n  return text.split('\\n');\n}",
    'def weighted_median(xs, ws):\n    """Weighted median.\n\n    Written by {name_a} for the '
    'pricing team; ask {first_a} before changing the tie-break.\n    """',
    "commit {sha}\nAuthor: {name_a} <{email_a}>\nDate:   {date}\n\n    Fix race in cache "
    "warmer\n\n    Co-authored-by: {name_b} <{email_b}>",
    "{shortsha} ({name_a} {date} 42)     retries = 3\n{shortsha} ({name_b} {date} 43)     "
    "backoff = 1.5\nwhy did this change?",
    "/billing/ @{handle_a} @{handle_b}\n/docs/ @{handle_c}\n*.tf @platform-team\n"
    "Is this CODEOWNERS file valid?",
    '{\n  "name": "csv-lite",\n  "version": "{version}",\n  "author": "{name_a} <{email_a}>",'
    '\n  "contributors": ["{name_b}"],\n  "license": "MIT"\n}',
    '[project]\nname = "tidyframe"\nauthors = [{ name = "{name_a}", email = "{email_a}" }]',
    "/*\n * Copyright (c) 2024 {name}\n * SPDX-License-Identifier: Apache-2.0\n */",
    "Merge pull request #{num} from {handle}/fix-timeouts",
    "Reviewed-by: {name_a} <{email_a}>\nTested-by: {name_b}",
    "fixed in {shortsha}, thanks {first} for the report",
    "AUTHORS\n=======\n{name_a}\n{name_b} (maintainer)\n{name_c}",
    "# maintained by {lname} - do not edit by hand\nFROM python:3.12-slim",
    # structured values under varied keys
    '{"customer": {"fullName": "{name_a}", "email": "{email_a}", "phone": "{phone}", '
    '"billing": {"street": "{street}", "city": "{city}"}}}',
    "owner:\n  name: {name_a}\n  slack: '@{handle_a}'\noncall:\n  primary: {name_b}\n"
    "  secondary: {name_c}",
    "<contact><displayName>{name}</displayName><tel>{phone}</tel><mail>{email}</mail></contact>",
    'id,full_name,email,signup\n{num},{name_a},{email_a},{date}\n{num},"{rev_b}",{email_b},'
    "{date}\n{num},{name_c},{email_c},{date}\nfind duplicate rows",
    '{"assignee": "{first_a} {last_a}", "reporter": {"display": "{name_b}"}, "labels": ["infra"]}',
    "patient_name: {name}\ndob: {dob}\nmrn: {num}\nallergies: penicillin",
    '<Employee id="{num}"><GivenName>{first_a}</GivenName><Surname>{last_a}</Surname>'
    "<Ssn>{ssn}</Ssn></Employee>",
    "INSERT INTO users (name, email, phone) VALUES ('{name_a}', '{email_a}', '{phone}');",
    '{"role": "user", "content": "Write a birthday message for {first_a} from {name_b} and '
    'the whole team"}',
    '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Reply to {name_a}: '
    '\\"Thanks {first_a}, see you Monday.\\""}]}',
    "contact_person={name}; tel={phone}; iban={iban}",
    "Name | Role | Phone\n{name_a} | PM | {phone}\n{name_b} | QA | {phone}",
    # meeting notes, calendar
    "Meeting notes {date}\nAttendees: {name_a}, {name_b}, {first_c} (guest)\nAction items:\n- "
    "{first_a}: update the runbook\n- {first_b} to follow up with legal\n- ask {first_c} for "
    "the Q3 numbers",
    "BEGIN:VEVENT\nSUMMARY:1:1 {first_a} / {first_b}\nORGANIZER;CN={name_a}:mailto:{email_a}\n"
    "ATTENDEE;CN={name_b}:mailto:{email_b}\nEND:VEVENT",
    "Invitation: Design review @ Thu {date} 3pm\nOrganizer: {name_a}\nGuests: {name_b}, "
    "{name_c}, {email_d}",
    "standup: {first_a} blocked on the VPN, {first_b} out sick, {first_c} demoing at 4",
    "AI: {init} to send the budget; {first_b} owns the vendor review.",
    "Turn these notes into an email: met with {name} re: office move, she wants the kitchen "
    "on floor 3",
    # HR, medical, legal, finance
    "Employee: {rev_a}\nEmployee ID: {num}\nDOB: {dob}\nSSN: {ssn}\nManager: {name_b}\n"
    "Home address:\n{block}",
    "Re: {name_a}, DOB {dob}\n\nDear Dr. {last_b},\n\nthank you for referring {first_a} to "
    "our clinic. Bloods were normal.",
    "{company}\n{postal}\n\n{date}\n\nDear Ms. {last_a},\n\nwe act for our client, {name_b}, "
    "regarding the lease.",
    "Please summarise this performance review: {name_a} exceeded targets; {first_a}'s manager "
    "{name_b} recommends promotion.",
    "W-9 for {name}: TIN {itin}, address {postal}",
    "Born {dob}. Hi, I'm {first} and I need help writing a cover letter.",
    "Beneficiary: {name}\nIBAN: {iban}\nReference: invoice {order}",
    "The tenant, {name_a}, born on {dob}, currently residing at {postal}, agrees to...",
    "Emergency contact: {name} ({phone})",
    "Prescription for {rev}, date of birth {dob}: amoxicillin 500 mg",
    # phones, addresses, other identifiers
    "call me back at {phone}, or on my mobile {intl}",
    "pls update my number to {phone} thx",
    "My new address is\n{block}\nCan you help me update it everywhere?",
    "ship it to {postal} and put {name} as recipient",
    "Delivery address: {street}\nCity: {city}\nRecipient: {name}",
    "Whatsapp {intl} if the courier can't find {street}",
    "Getting 403 from {ip} whenever {handle} logs in",
    '{ip} - - [{date}] "GET /api/v1/users HTTP/1.1" 200 512 user={email}',
    "client {ipsix} hit the rate limit, user {name}",
    "device {mac} is {first}'s laptop, block it on the guest wifi",
    "refund to my BTC wallet {btc} please",
    "send it to {eth}, that's {first}'s wallet",
    "SSN {ssn} belongs to {name}? the form says otherwise",
    "my ITIN is {itin}, do I still need an SSN for the 1040?",
    "Card: {card}\nExp: 09/28\nName on card: {name}",
    "fax {phone} attn. {name}",
]

# near misses: no PII, people-like product names, versions, hashes, logs, SQL
NEAR_MISS = [
    "Ask {product} to summarise the incident report for the postmortem.",
    "We migrated from {product} to {product_b} in {version}; the build is 20% faster.",
    "Why does {product} keep restarting after the upgrade to {version}?",
    "fix typo in README",
    "bump {product} from {version} to {version_b}",
    "Merge branch 'main' into feature/retry-budget",
    'Revert "add caching to the search endpoint"\n\nThis reverts commit {sha}.',
    "SELECT name, email FROM users WHERE created_at > '{date}' LIMIT 50;",
    "ALTER TABLE customers ADD COLUMN phone_number VARCHAR(32);",
    "2024-05-01T{time}:07Z INFO worker-3 job={uuid} status=done duration_ms={num}",
    "ERROR [{product}] connection refused to {host}:5432 after {num} retries",
    'Traceback (most recent call last):\n  File "app.py", line {num}, in <module>\n    main()'
    "\nKeyError: 'first_name'",
    "How do I configure {product} to use a custom first_name field in the signup form?",
    "The function returns a dict with keys name, email and phone.",
    "docker run -p 8080:8080 {product}:{version}",
    "pip install {product}=={version}",
    "npm WARN deprecated {product}@{version}: use the new package",
    "Release {version} (build {num}), checksum {sha}",
    "kubectl rollout restart deploy/{product} -n payments",
    "Order {order} was shipped on {date}; tracking code pending.",
    "The Fibonacci sequence grows roughly like phi to the n.",
    "Compare {product}, {product_b} and {product_c} for stream processing.",
    "Request id {uuid} took {num} ms at {host}.",
    "our team lead wants a summary of the {product} vs {product_b} benchmark",
    "what's the difference between a mutex and a semaphore",
    "Explain like I'm five: how does a hash map work?",
    "The {company} Q3 report says revenue grew 12% year over year.",
    "The meeting with {company} moved to {date} at {time}.",
    "Set MAX_RETRIES=5 and TIMEOUT=30 in the .env file.",
    "cron: 0 3 * * * /usr/local/bin/backup.sh >> /var/log/backup.log",
    "Lighthouse score dropped from 92 to {num} after the {product} upgrade.",
    "git rebase -i HEAD~{num} and squash the fixups",
    "Jenkins job #{num} failed at stage 'integration-tests'.",
    "Use the Sinatra DSL, not Rails, for this tiny webhook receiver.",
    "ticket SUP-{num}: the export button is disabled for read-only users",
    "Write a regex matching ISO dates like {date}.",
    "Windows 11 build 22631.{num} breaks the VPN client.",
    "Is Ada still used for avionics, or has everything moved to C++?",
    "Dear Sir or Madam, please find attached the requested documents.",
    "hello, can you help me write a cover letter for a data analyst job?",
    "Apply the migration: 0042_add_customer_name.py",
    "The {product} operator reconciles every {num} seconds.",
    "Who wrote the novel Moby-Dick, and when was it published?",
    "Memory usage: 512Mi request, 1Gi limit, {num} replicas.",
    "Customer ID {num} has {num_b} open invoices.",
]
