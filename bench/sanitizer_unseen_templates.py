"""Template and value data of the UNSEEN set (see sanitizer_unseen.py for its rules).

Slot syntax: [[kind]] or [[kind:tag]]. Person kinds with the same tag (untagged = "a")
describe the same person; other kinds with the same tag repeat the same value.
"""

# Romanized names of cultures whose Faker locales are missing, non-Latin or already used by
# another half. culture -> (first names, last names, family name may come first)
CULTURES = {
    "tagalog": (
        "Maricel Jomar Precious Rodel Lovely Jerome Princess Arnel Joy Bong Analyn Rommel "
        "Mylene Jun Cherry Dindo Marites Jhun Rowena Honey",
        "Dela_Cruz Santos Reyes Bautista Mendoza Villanueva Macaraeg Dimaculangan Manalo "
        "Panganiban Soriano Magbanua Ocampo Tolentino Dizon",
        False,
    ),
    "persian": (
        "Reza Mahsa Arash Niloufar Babak Shirin Kaveh Parisa Dariush Golnar Farhad Roya "
        "Behnaz Omid Leila Saeed Yasaman Kourosh Setareh Pouya",
        "Ahmadi Hosseini Karimi Rahimi Mohammadi Tehrani Jafari Moradi Sadeghi Rostami "
        "Kazemi Farahani Ghorbani Shirazi Esfahani",
        False,
    ),
    "hebrew": (
        "Noa Yael Eitan Avi Tamar Ori Shira Yonatan Maayan Itai Noga Amit Liat Gilad Hila "
        "Omer Dvir Shai Roni Tal",
        "Cohen Levi Mizrahi Peretz Biton Friedman Azoulay Avraham Dahan Shapira Katz "
        "Ben-David Ohayon Segal Golan",
        False,
    ),
    "arabic": (
        "Youssef Layla Omar Rania Khaled Nour Tariq Salma Hamza Dina Karim Huda Bilal Yasmin "
        "Ziad Mariam Faisal Lina Samir Rasha",
        "Haddad Al-Masri Nasser Khoury Saleh El-Amin Hamdan Mansour Farouk Abdallah Qasim "
        "Barakat Al-Rashid Darwish Sabbagh",
        False,
    ),
    "korean": (
        "Min-jun Seo-yeon Ji-ho Ha-eun Do-yoon Soo-ah Jae-won Ye-jin Hyun-woo Eun-ji "
        "Sung-min Da-eun Joon-young Ji-woo Tae-yang Young-hee Sun-hee Dong-hyun",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon",
        True,
    ),
    "south_indian_bengali": (
        "Karthik Lakshmi Senthil Meenakshi Murugan Deepa Saravanan Revathi Balaji Janani "
        "Srinivas Lavanya Venkat Sravani Harika Naveen Swathi Sourav Rituparna Anirban "
        "Moumita Debashis Sreya Arnab Payel Tanmoy Sohini",
        "Subramanian Ramasamy Krishnan Venkatesan Natarajan Rajendran Sundaram Pillai "
        "Annamalai Reddy Naidu Chowdary Yarlagadda Pothula Chatterjee Banerjee Mukherjee "
        "Ghosh Dasgupta Chakraborty Bhattacharya Majumdar",
        False,
    ),
    "sinhala": (
        "Nuwan Dilani Chamara Ishara Kasun Tharushi Lahiru Sachini Dinesh Nadeesha Ruwan "
        "Chathurika",
        "Perera Fernando Jayasinghe Wickramasinghe Gunawardena Rathnayake Senanayake "
        "Dissanayake Bandara Herath",
        False,
    ),
    "nepali": (
        "Bikash Sarita Prakash Anisha Suman Rojina Binod Pratima Dipesh Sushma Nabin Sabina",
        "Shrestha Gurung Tamang Adhikari Thapa Maharjan Rai Karki Bhattarai Pokharel",
        False,
    ),
    "ethiopian": (
        "Abebe Tigist Dawit Selam Yonas Mekdes Biniam Meron Tesfaye Liya Kidus Bethlehem",
        "Bekele Tadesse Haile Girma Alemu Mekonnen Wolde Kebede Gebremedhin Assefa",
        False,
    ),
    "albanian": (
        "Arben Elira Besnik Drita Gentian Jonida Ilir Mirela Dritan Ardita Erion Blerta",
        "Hoxha Shehu Krasniqi Gashi Berisha Leka Dervishi Kola Marku Basha",
        False,
    ),
    "maltese": (
        "Mario Rita Keith Charlene Clayton Roberta Kurt Daniela Jean_Paul Marvic Ġorġ Doreen",
        "Borg Camilleri Vella Farrugia Zammit Galea Micallef Grech Azzopardi Spiteri Attard Cassar",
        False,
    ),
    "bosnian_serbian": (
        "Amra Emir Lejla Haris Selma Adnan Jelena Nikola Milica Dragan Ivana Stefan",
        "Hodžić Begović Delić Mujić Petrović Jovanović Nikolić Marković Đorđević Husić Šehić Kovač",
        False,
    ),
    "malay": (
        "Nurul Ahmad Siti Hafiz Aisyah Faizal Farah Azlan Syafiqah Iskandar Amirul Zulaikha",
        "Ismail Rahman Abdullah Hassan Yusof Othman Kamaruddin Zainal Hashim Aziz",
        False,
    ),
    "samoan": (
        "Sione Malia Tavita Losa Ioane Fetu Lagi Mele Tupe Sefo",
        "Leota Tuilagi Faleolo Sapolu Aumua Toleafoa Vaifale Schuster Tauiliili Pouono",
        False,
    ),
    "mongolian": (
        "Bat-Erdene Oyunchimeg Temuulen Sarangerel Ganbold Enkhjargal Munkh-Orgil Nomin "
        "Tsetseg Batbayar",
        "Bold Ganbaatar Dorj Tserendorj Sukhbaatar Enkhbayar Altangerel Purevdorj",
        True,
    ),
    "wolof": (
        "Moussa Awa Cheikh Fatou Mamadou Aminata Ousmane Ndeye Ibrahima Khady Modou Coumba",
        "Diop Ndiaye Sow Fall Gueye Diallo Faye Sarr Cisse Mbaye",
        False,
    ),
}

#: locales of non-name values only (IBANs, street addresses, phone numbers)
IBAN_LOCALES = ["nl_BE", "fr_CH", "de_AT", "pt_PT", "fi_FI", "tr_TR", "sk_SK", "cs_CZ",
                "pl_PL", "en_IE"]  # fmt: skip
ADDRESS_LOCALES = ["nl_BE", "fr_CH", "de_AT", "pt_PT", "fi_FI", "sk_SK", "en_AU", "en_CA",
                   "en_US"]  # fmt: skip
PHONE_LOCALES = ["de_LI", "vi_VN", "en_AU", "fr_CH"]
DOMAINS = [
    "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "fastmail.com", "protonmail.com",
    "kestrel-labs.com", "northwind.example", "bluefin.io", "tidewater-ins.com", "posteo.net",
    "zoho.com",
]  # fmt: skip
COMPANIES = [
    "Northwind Freight", "Bluefin Analytics", "Kestrel Labs", "Harborview Clinic",
    "Copperleaf Bakery", "Tidewater Insurance", "Granite Peak Software", "Lumen Grid",
    "Saltmarsh Media", "Orchid Health", "Ironbark Logistics", "Quillstone Legal",
]  # fmt: skip
CITIES = [
    "Cebu", "Da Nang", "Liège", "Vaduz", "Esch-sur-Alzette", "Haifa", "Amman", "Busan",
    "Chennai", "Kolkata", "Colombo", "Kathmandu", "Addis Ababa", "Tirana", "Valletta",
    "Sarajevo", "Kuala Lumpur", "Apia", "Ulaanbaatar", "Dakar",
]  # fmt: skip
# digit patterns: "#" = any digit
PHONE_FORMATS = [
    "+63 9## ### ####", "0917-###-####", "+98 912 ### ####", "+972-5#-###-####",
    "+82 10-####-####", "010-####-####", "+94 77 ### ####", "+977 98########",
    "+251 91 ### ####", "+356 79## ####", "+60 12-### ####", "+221 77 ### ## ##",
    "(###) ###-####", "+1 ###-###-####", "+32 4## ## ## ##", "+352 621 ### ###",
]  # fmt: skip

# Products, languages and tools, several of them also personal names or English words.
TOOLS = """Sentry Kafka Cassandra Hermes Mercurial Subversion Ansible Grafana Kibana Django Flask
Celery Airflow Dagster Prefect Luigi Kedro Streamlit Gradio Polars Pandas Dask Ray Terraform
Consul Vault Redis Postgres Elasticsearch Logstash Kubernetes Docker Podman Nginx Envoy Traefik
Jenkins Hudson Bazel Gradle Maven Cargo Poetry Conda Mamba Ruff Black Mypy Pytest Sphinx Jest
Mocha Chai Cypress Playwright Puppeteer Vite Rollup Webpack Babel Deno Bun Express Fastify
Svelte Angular React Redux Apollo Relay Supabase Firebase Vercel Netlify Heroku Bitbucket Jira
Confluence Trello Notion Asana Linear Obsidian Emacs Neovim Sublime Rider PyCharm Xcode Julia
Ruby Crystal Elixir Erlang Haskell Scala Kotlin Swift Dart Lua Perl Ada Pascal Nim Zig Alexa
Siri Cortana Watson Claude Gemini Llama Mistral Whisper Copilot Rasa Spacy Stanza Flair Victoria
Harbor Jasper Marten Wagtail Sanity Contentful Keystone Dexter Otto Sherlock""".split()  # noqa: SIM905

PII_TEMPLATES = [
    # chat, names at the start, middle, end, after "with", in questions
    "Hey, what's the best way to tell [[first]] that the project got cancelled without "
    "sounding rude?",
    "Write a short thank-you note to my colleague [[full]] for covering my on-call shift last "
    "weekend.",
    "My manager [[first]] keeps booking meetings at 7am. How do I push back politely?",
    'Translate to French: "Dear [[full]], your parcel has been shipped and should arrive on '
    'Monday."',
    "Who is better suited for the team lead role, [[first:a]] or [[first:b]]? Their reviews "
    "are below.",
    "Summarize this thread for [[first]], who was out all last week.",
    "Draft a reply to [[full]] declining the offer but keeping the door open for next year.",
    "Role-play as [[full]], a customer who is upset about a late delivery, and I'll be the agent.",
    "Make a seating chart for the dinner: [[full:a]], [[full:b]], [[full:c]] and [[full:d]]. "
    "Nobody from finance at the same table.",
    "Feedback for student [[full]] (ID [[num]]): strong thesis, weak citations. Make it kinder.",
    "I'm [[first]] and I run a small bakery in [[city]]. Write me an Instagram bio under 150 "
    "characters.",
    "Who approved the change to the firewall rules? I think it was [[first]].",
    'Can you review this cover letter? "My name is [[full]] and I have six years of '
    'experience in logistics..."',
    "[[first]]'s laptop ([[mac]]) keeps dropping off the VPN every twenty minutes, any idea why?",
    "Paired with [[first]] on the flaky test yesterday; it turned out to be a timezone bug.",
    "Is it normal that [[first:a]] gets CC'd on every mail to [[full:b]]?",
    "Please write a LinkedIn recommendation for [[full]], who mentored me during my "
    "internship at [[company]].",
    "The keys to the server room are with [[first]]",
    # lowercase chat
    "hi [[lfirst]], can you check why the staging deploy keeps timing out?",
    "can you ask [[lfirst]] if the invoice went out yesterday",
    "thanks so much [[lfirst]]!! that fixed it",
    "is [[lfirst]] still on the payments team or did they move to growth?",
    "had a call with [[lfull]] this morning, they want the api keys rotated by friday",
    "ok so [[lfirst:a]] and [[lfirst:b]] both say the dashboard is broken. who do i believe",
    "rewrite this so it sounds less passive aggressive: as i told you twice already "
    "[[lfirst]], the report is late",
    "pls remind me to call [[lfirst]] back at [[phone]] tomorrow morning",
    "honestly [[lfirst]] is the only one who understands the billing code",
    "met with [[lfull:a]] and [[lfull:b]] re the migration, notes below\n- cutover on "
    "[[date]]\n- rollback plan owned by [[lfirst:a]]",
    "ty!\n-[[lfirst]]",
    "[[time]] <[[handle:a]]> anyone know why ci is red\n[[time]] <[[handle:b]]> "
    "[[lfirst:a]]: flaky test, just rerun it",
    "send the payout to [[eth]] and ping [[lfirst]] when it's done",
    "what should i get [[lfirst]] for her birthday, she's into climbing and board games",
    "my name is [[lfull]] and i need to change the email on my account to [[email]]",
    # e-mail signatures and sign-offs
    "Thanks for the quick turnaround on this.\n\nBest,\n[[first]]",
    "Let me know if Thursday works for you.\n\nCheers\n— [[first]]",
    "Regards,\n[[full]] | Product Lead\n[[company]]\n[[phone]]",
    "Kind regards,\n\n[[full]]\nSenior Accountant, [[company]]\nT: [[phone]]\nE: [[email]]",
    "Much appreciated,\n[[init]]",
    "[[first_ulast]]\nHead of Operations\n[[company]]",
    "I am out of office until [[date]]. For urgent matters please contact [[full:b]] "
    "([[email:b]]).\n\nBest regards,\n[[first:a]]",
    "Dear [[first]],\n\nfollowing up on our call last week about the contract renewal. Could "
    "you send the signed copy by Friday?\n\nMany thanks,\n[[full:b]]",
    "Von: [[full:a]] <[[email:a]]>\nGesendet: [[date]] 10:14\nAn: [[full:b]] <[[email:b]]>\n"
    "Betreff: AW: Angebot",
    "De : [[full:a]] <[[email:a]]>\nEnvoyé : [[date]] 16:02\nÀ : [[email:b]]\nObjet : RE: facture",
    "Take care,\n[[first]] x",
    "Salamat!\n[[first]]\n\nSent from my Galaxy",
    # authors in code comments, git logs, CODEOWNERS
    "# author: [[full]] <[[email]]>\n# created: [[date]]\nimport os\nimport sys",
    "// TODO([[handle]]): remove this shim once the v2 migration is done\n"
    "export const legacyMode = true;",
    "commit [[sha40]]\nAuthor: [[full]] <[[email]]>\nDate:   [[gitdate]]\n\n    Fix race in "
    "cache invalidation",
    "Signed-off-by: [[full:a]] <[[email:a]]>\nReviewed-by: [[full:b]] <[[email:b]]>",
    "[[sha8]] ([[full:a]] [[date]] 14:02:11 +0200 [[num]])     if retries > MAX_RETRIES:\n"
    "[[sha8]] ([[full:b]] [[date]] 09:41:57 +0200 [[num]])         raise TimeoutError(url)",
    "# Payments\n/services/payments/ @[[handle:a]] @[[handle:b]]\n/docs/ @acme/tech-writers",
    '"""Retry helpers for the ingestion workers.\n\nMaintainer: [[full]]\n"""',
    '__author__ = "[[full]]"\n__email__ = "[[email]]"\n__version__ = "[[ver]]"',
    "Merge pull request #[[num]] from [[handle]]/fix-timezone\n\nFix timezone handling in the "
    "weekly report",
    "[[sha7]] [[full:a]]  [[date]]  bump deps\n[[sha7]] [[full:b]]  [[date]]  fix flaky login test",
    'authors = ["[[full:a]] <[[email:a]]>", "[[full:b]]"]\nlicense = "MIT"',
    "/* Copyright (c) 2024 [[full]]. All rights reserved. */",
    '"contributors": [{"name": "[[full]]", "url": "https://github.com/[[handle]]"}]',
    "@[[handle]] could you take a look at this PR when you get a chance? The CI failure looks "
    "unrelated.",
    "Co-authored-by: [[full]] <[[email]]>",
    'git log --oneline --author="[[full]]" | wc -l',
    "-- Written by [[first]], feel free to ping me about the indexes\n"
    "CREATE INDEX idx_orders_created ON orders (created_at);",
    # JSON / YAML / config values under varied keys
    '{"owner": "[[full]]", "team": "data-platform", "oncall": "[[handle:b]]"}',
    "reviewer:\n  displayName: [[full]]\n  mail: [[email]]\n  tz: Europe/Brussels",
    '{"pax": [{"surname": "[[ulast]]", "given": "[[ufirst]]", "dob": "[[dob]]"}]}',
    'contact_person: "[[full]]"\nphone: "[[phone]]"\nshipping_address: "[[address]]"',
    '{"cardholder": "[[ufull]]", "pan": "[[card]]", "exp": "09/29"}',
    "<Signer><Name>[[full]]</Name><Iban>[[iban]]</Iban></Signer>",
    "assignee=[[handle:a]] reporter=[[handle:b]] priority=P2 status=triaged",
    '{"createdBy": {"firstName": "[[first]]", "lastName": "[[last]]"}, "lastLogin": "[[ip]]"}',
    "[user]\n\tname = [[full]]\n\temail = [[email]]",
    "- name: [[full:a]]\n  role: approver\n- name: [[full:b]]\n  role: viewer",
    "INSERT INTO customers (full_name, email, phone) VALUES ('[[full]]', '[[email]]', "
    "'[[phone]]');",
    # support tickets and meeting notes
    "Ticket [[ticket]]: customer [[full]] says the app crashes on login. Device MAC [[mac]], "
    "last seen from [[ip]].",
    "Meeting notes [[date]]\nAttendees: [[full:a]], [[full:b]], [[first:c]] (late)\nAction "
    "items:\n- [[first:a]]: send the revised budget\n- [[first:b]]: follow up with legal",
    "1:1 with [[first]]: wants to move to the infra team next quarter, worried about the "
    "on-call load.",
    "Standup: [[first:a]] is blocked on VPN access, [[first:b]] finished the export job, "
    "[[first:c]] is out sick.",
    "Incident commander: [[full:a]]\nScribe: [[full:b]]\nTimeline (UTC):\n09:12 alert fired\n"
    "09:15 paged [[first:c]]",
    "The customer pasted their card number [[card]] into the chat. Please redact and remind "
    "them not to.",
    "KYC review: applicant [[full]], born [[dob]], SSN [[ssn]], residing at [[address]].",
    "Wire to [[full]], IBAN [[iban]], reference INV-[[num]].",
    "Interview loop for [[full:a]]: [[first:b]] does system design, [[first:c]] does the "
    "culture round.",
    "Escalated by [[full]] via phone ([[phone]]). Root cause: expired certificate.",
    "Patient [[full]], DOB [[dob]], presented with mild fever and a sore throat.",
    "Please update the beneficiary to [[full]], [[address]], phone [[phone]].",
    "Form W-7 for [[full]]: ITIN [[itin]] was issued on [[date]].",
    # CSV rows and markdown tables
    "name,role,start_date\n[[full:a]],engineer,[[date]]\n[[full:b]],designer,[[date]]\n"
    "[[full:c]],pm,[[date]]",
    "| Owner | Service | Pager |\n|---|---|---|\n| [[full:a]] | billing | [[phone:a]] |\n"
    "| [[full:b]] | search | [[phone:b]] |",
    "last_name;first_name;email\n[[ulast:a]];[[first:a]];[[email:a]]\n[[ulast:b]];[[first:b]];"
    "[[email:b]]",
    "| # | Student | Grade |\n|--|--|--|\n| 1 | [[last:a]], [[first:a]] | B+ |\n"
    "| 2 | [[last:b]], [[first:b]] | A- |",
    "login,last_ip,device,os\n[[handle:a]],[[ip]],[[mac]],Windows 11\n[[handle:b]],[[ip]],"
    "[[mac]],macOS 14",
    # logins, paths, handles
    "$ ssh [[handle]]@[[ip:a]] -p 2222\nWarning: Permanently added '[[ip:a]]' (ED25519) to the "
    "list of known hosts.",
    "sshd[[[num]]]: Failed password for [[handle]] from [[ip]] port [[num]] ssh2",
    "C:\\Users\\[[handle]]\\AppData\\Local\\Temp\\build.log: access denied",
    "User [[email]] logged in from [[ip]] ([[mac]])",
    'docker run -e GIT_AUTHOR_NAME="[[full]]" -e GIT_AUTHOR_EMAIL=[[email]] builder:latest',
    "drwxr-xr-x  5 [[handle]]  staff   160 Mar  3 09:12 notebooks",
    "BTC refund for [[full]]: [[btc]]",
]

# Texts without any must-remove value.
NEAR_MISS = [
    "We migrated from Jenkins to [[tool]] last quarter and build times dropped by half.",
    "fix: handle empty payload in webhook handler\n\nCloses #[[num]]",
    "chore: bump [[tool_l]] from [[ver]] to [[ver]]",
    "Does Ruby on Rails still make sense for a new project, or should we go with Django?",
    "The Kafka consumer lags behind during peak hours; should we add partitions or tune "
    "fetch.min.bytes?",
    "Hi team,\n\nthe release is tagged as v[[ver]]. Please test on staging before Friday.\n\n"
    "Thanks,\nThe Platform Team",
    "Dear customer, your subscription renews on [[date]]. No action is needed.\n\nBest "
    "regards,\nAcme Support",
    "Add first_name, last_name and email columns to the users table; backfill from the legacy CRM.",
    "Julia is faster than Python for this numerical loop, but Rust beats both.",
    "Set up Sentry alerts for the checkout service and route them to the #payments channel.",
    "Cassandra or ScyllaDB for a write-heavy time series workload?",
    "In May we deprecated the v1 API; in June it will return 410 Gone.",
    "refactor(auth): extract token refresh into its own module\n\nNo behaviour change.",
    "Explain the difference between Hudson and [[tool]] in two sentences.",
    "Ask Claude to summarise the incident report, then paste the summary into Confluence.",
    "Use Whisper for transcription and Llama for the summary step.",
    "The Grafana panel shows p99 latency above 800 ms since the [[tool]] upgrade.",
    "README: run `make dev`, open http://localhost:[[num]] and log in with the seeded admin user.",
    "Revert \"Merge branch 'feature/new-onboarding'\"\n\nThis reverts commit [[sha40]].",
    "who maintains the terraform modules now? the readme still lists the old team alias",
    "how do i make celery retry a task with exponential backoff",
    "WARNING: [[tool]] [[ver]] is deprecated, please upgrade to [[ver]].",
    "VictoriaMetrics vs Prometheus: which one handles high cardinality better?",
    "Best practices for naming Kubernetes namespaces per team and environment?",
    "| Package | Old | New |\n|---|---|---|\n| [[tool_l]] | [[ver]] | [[ver]] |\n"
    "| [[tool_l]] | [[ver]] | [[ver]] |",
    "Marked as duplicate of #[[num]]. Closing.",
    "The Hermes engine improved React Native startup on older Android phones.",
    "is polars or pandas better for a 20 gb csv on a laptop",
    "Hi! Can you explain how the Raft consensus algorithm elects a leader?",
    "Release notes [[ver]]: faster cold start, new Mercurial importer, dropped Python 3.8.",
    "Thanks all,\nsee you at the retro on Wednesday.",
    "[[tool]] vs [[tool]] for a small team: which has the gentler learning curve?",
]
