"""Hand-written pools and templates for the dev23 sanitizer evaluation set.

Genre: "work and school, all over the world" -- CVs, cover letters, references, offers,
contracts, onboarding, HR tickets, payroll and timesheets, rosters, minutes, chats, e-mail
threads, report cards, transcripts, LMS exports and the like, for ~75 locales.

Everything here was typed by hand for this set (no fake-data package, no name dataset, no
project data).  The generator in ``bench/sanitizer_dev23.py`` reads these pools.

Pool mini-formats
-----------------
* Lists are written as one string separated by ``;``.
* Given names / middle names: ``Roman|gender|nickname|native|native nickname`` (gender is
  ``m``, ``f`` or ``u``; trailing fields may be omitted).
* Surnames / patronymics: ``Roman|native``; either part may be ``masculine/feminine``.
* Towns: ``Town=postcode-pattern`` (postcode may be omitted).
* Address formats use ``{s}`` street, ``{n}`` house number, ``{t}`` town, ``{pc}`` postcode
  (``{S}``/``{T}`` for the native-script pools).
* Pattern characters (only inside generated values: phones, postcodes, numbers, IDs, address
  formats -- never in template text): ``#`` any digit, ``%`` digit 1-9, ``&`` digit 2-9,
  ``?`` uppercase letter, ``\\`` makes the next character literal.

Template slots are documented in the generator module.
"""

# ---------------------------------------------------------------------------
# Shared pools
# ---------------------------------------------------------------------------

STEMS = (
    "Northgate; Bluewater; Silverline; Greenleaf; Brightpath; Ironbridge; Clearview; Redwood; "
    "Lakeshore; Summitview; Keystone; Oakridge; Pinecrest; Riverstone; Sunrise; Cobalt; Crescent; "
    "Harborlight; Quartz; Juniper; Orbitra; Vantage; Zenwave; Tidewater; Evergreen; Copperfield; "
    "Kestrel; Lumen; Brookfield; Highmark; Westwind; Bluefin; Sandstone; Ambergate"
)

IND_EN = (
    "Logistics; Foods; Health; Systems; Textiles; Solar; Engineering; Consulting; Retail; "
    "Analytics; Learning; Pharma; Motors; Telecom; Insurance; Hospitality; Agritech; Media; "
    "Facilities; Payments"
)

JOBS = {
    "en": (
        "Software Engineer; Senior Data Analyst; Staff Nurse; Registered Nurse; Line Supervisor; "
        "Customer Service Agent; Team Lead, Inbound; HR Business Partner; Payroll Officer; "
        "Accountant; Marketing Coordinator; Sales Associate; Warehouse Operative; Forklift Driver; "
        "Store Manager; Shift Supervisor; Teaching Assistant; Lecturer in Economics; "
        "Research Assistant; Lab Technician; Junior Product Designer; Procurement Officer; "
        "Quality Inspector; Machine Operator; Pharmacist; Physiotherapist; Call Centre Agent; "
        "Recruiter; Office Manager; IT Support Technician; DevOps Engineer; Civil Engineer; "
        "Project Coordinator; Graduate Trainee; Summer Intern; Chef de Partie; Barista; "
        "Security Officer; Logistics Coordinator; Mathematics Teacher; Head of Year 9; "
        "Clinical Officer; Midwife; Radiographer; Finance Manager; Talent Acquisition Lead"
    ),
    "fr": (
        "Ingénieur logiciel; Chargée de recrutement; Infirmier; Comptable; Responsable logistique; "
        "Assistante de direction; Conseiller clientèle; Chef de projet; Professeure de "
        "mathématiques; "
        "Technicien de maintenance; Stagiaire marketing; Caissier; Aide-soignante; "
        "Gestionnaire de paie"
    ),
    "de": (
        "Softwareentwickler; Pflegefachkraft; Buchhalterin; Projektleiter; Lagerist; "
        "Vertriebsmitarbeiterin; Werkstudent Data Science; Sachbearbeiterin Personal; "
        "Elektroniker; "
        "Kauffrau für Büromanagement; Lehrerin; Schichtleiter; Personalreferentin"
    ),
    "es": (
        "Ingeniero de software; Enfermera; Contador; Analista de datos; Asesora comercial; "
        "Jefe de almacén; Auxiliar administrativo; Profesora de inglés; Desarrolladora web; "
        "Coordinador de logística; Cajero; Practicante de marketing; Analista de nómina"
    ),
    "pt": (
        "Analista de sistemas; Enfermeira; Contador; Assistente administrativo; Engenheira civil; "
        "Vendedor; Estagiário de marketing; Professora; Técnico de manutenção; Analista de RH"
    ),
    "it": (
        "Ingegnere del software; Infermiera; Contabile; Impiegato amministrativo; Magazziniere; "
        "Addetta alle vendite; Responsabile HR; Insegnante di matematica; Tecnico di laboratorio"
    ),
    "nl": (
        "Software-ontwikkelaar; Verpleegkundige; Boekhouder; Magazijnmedewerker; "
        "Klantenservicemedewerker; Projectleider; Docent wiskunde; HR-adviseur; Stagiair marketing"
    ),
    "pl": (
        "Programista; Pielęgniarka; Księgowa; Magazynier; Specjalista ds. kadr i płac; "
        "Kierownik projektu; Nauczycielka matematyki; Konsultant ds. klienta; Stażysta"
    ),
    "ru": (
        "Инженер-программист; Медсестра; Бухгалтер; Кладовщик; Менеджер по персоналу; "
        "Руководитель проекта; Учитель математики; Оператор колл-центра; Стажёр"
    ),
    "tr": (
        "Yazılım Mühendisi; Hemşire; Muhasebeci; Depo Sorumlusu; İnsan Kaynakları Uzmanı; "
        "Proje Yöneticisi; Matematik Öğretmeni; Müşteri Temsilcisi; Stajyer"
    ),
    "id": (
        "Software Engineer; Perawat; Staf Akuntansi; Admin Gudang; Staf HRD; Manajer Proyek; "
        "Guru Matematika; Customer Service; Magang Marketing"
    ),
    "ja": (
        "ソフトウェアエンジニア; 看護師; 経理担当; 倉庫作業員; 人事担当; "
        "プロジェクトマネージャー; 数学教員; 営業職"
    ),
    "zh": "软件工程师; 护士; 会计; 仓库管理员; 人事专员; 项目经理; 数学老师; 客服专员; 实习生",
    "ko": (
        "소프트웨어 엔지니어; 간호사; 회계 담당; 물류 관리; 인사 담당; 프로젝트 매니저; 수학 "
        "교사; 영업 사원"
    ),
    "ar": "مهندس برمجيات; ممرضة; محاسب; أمين مستودع; أخصائي موارد بشرية; مدير مشروع; معلم رياضيات",
    "uk": (
        "інженер-програміст; бухгалтерка; менеджер з персоналу; вчителька математики; оператор "
        "колл-центру"
    ),
    "vi": (
        "Kỹ sư phần mềm; Điều dưỡng; Kế toán; Nhân viên kho; Chuyên viên nhân sự; Quản lý dự án; "
        "Giáo viên toán"
    ),
}

DEPTS = {
    "en": (
        "Finance; Human Resources; People & Culture; Engineering; Customer Support; Logistics; "
        "Paediatrics; Emergency Department; Procurement; Legal; Marketing; Sales; IT Service Desk; "
        "Quality Assurance; Facilities; Research & Development; Admissions Office; "
        "Registrar's Office; Student Services; Maths Department; Night Shift Operations"
    ),
    "fr": "Ressources humaines; Comptabilité; Logistique; Service client; Informatique; Urgences",
    "de": "Personalabteilung; Buchhaltung; Logistik; Vertrieb; IT; Pflegedienst; Einkauf",
    "es": "Recursos Humanos; Contabilidad; Logística; Atención al cliente; Sistemas; Ventas",
}

DEGREES = {
    "en": (
        "BSc Computer Science; BA Economics; BCom Accounting; MSc Data Science; MBA; "
        "BEng Civil Engineering; Diploma in Nursing; MA International Relations; "
        "PhD Molecular Biology; BEd Primary Education; LLB Law; MPH Public Health; "
        "HND Business Administration; BSc Nursing; MSc Finance; BA English Literature"
    ),
    "de": (
        "B.Sc. Informatik; M.Sc. Wirtschaftsinformatik; B.A. Betriebswirtschaftslehre; "
        "Staatsexamen Lehramt"
    ),
    "es": (
        "Licenciatura en Administración; Ingeniería de Sistemas; Contaduría Pública; Maestría en "
        "Finanzas"
    ),
    "pt": (
        "Bacharelado em Administração; Engenharia Civil; Ciências Contábeis; Licenciatura em Letras"
    ),
    "fr": "Master en gestion; Licence d'économie; Diplôme d'ingénieur; BTS comptabilité",
}

FIELDS = (
    "Computer Science; Economics; Accounting; Mechanical Engineering; Nursing; Biochemistry; "
    "Business Administration; Public Health; Civil Engineering; Education; Statistics; Law"
)

SKILLS = (
    "Excel pivot tables; SQL; SAP; customer service; Python; Power BI; forklift licence; "
    "first aid; Tally ERP; Canva; QuickBooks; stock control; Salesforce; AutoCAD; Jira"
)

COURSES = (
    "CS101; MATH 2210; ECON-301; BIO 110L; PHYS1001; STAT 2040; ENG 102; CHEM-220; HIST 1301; "
    "MKT 350; ACCT 201; PSY 101; COMP3310; ME 2110; LAW4012; INF-2100; EDU 305"
)

SCIENTISTS = (
    "Vaswani et al. (2017); Bourdieu (1986); Vygotsky (1978); Piaget (1952); "
    "Kahneman and Tversky (1979); Hinton et al. (2006); Turing (1950); Freire (1970); "
    "Sen (1999); Hofstede (2001); Porter (1985); Goodfellow et al. (2016); LeCun et al. (1998); "
    "Darwin (1859); Chomsky (1965); Foucault (1975); Knuth (1997); Dijkstra (1959); "
    "Ostrom (1990); Bandura (1977); Maslow (1943); Shannon (1948)"
)

FAMOUS = (
    "Marie Curie; Albert Einstein; Ada Lovelace; Alan Turing; Nelson Mandela; Malala Yousafzai; "
    "Barack Obama; Taylor Swift; Cristiano Ronaldo; Frida Kahlo; Gabriel García Márquez; "
    "Rabindranath Tagore; Wangari Maathai; Chimamanda Ngozi Adichie; Haruki Murakami; "
    "Greta Thunberg; Lionel Messi; Serena Williams; Stephen Hawking; Jane Goodall"
)

BUILDINGS = (
    "Nelson Mandela Hall; Marie Curie Building; Turing Lab; Ada Lovelace Building; "
    "Kwame Nkrumah Hall; Tagore Auditorium; Einstein Lecture Theatre; Sun Yat-sen Hall; "
    "Simón Bolívar Library; Gandhi Bhawan; Wangari Maathai Institute; Rosalind Franklin Wing"
)

CITIES = (
    "Berlin; Toronto; Dubai; Singapore; London; Amsterdam; Doha; Kuala Lumpur; Johannesburg; "
    "São Paulo; Madrid; Seoul; Melbourne; Nairobi; Lisbon; Warsaw; Istanbul; Boston; Zürich; Tokyo"
)

DEST_COUNTRIES = (
    "Germany; Canada; the United Kingdom; Ireland; the Netherlands; Australia; Japan; "
    "the United Arab Emirates; France; Spain; Singapore; the United States; South Korea; Poland"
)

FUNDS = (
    "DAAD; Mastercard Foundation Scholars Program; Chevening Scholarship; Erasmus+ programme; "
    "Gates Cambridge Trust; Fulbright Program; Wellcome Trust; Commonwealth Scholarship "
    "Commission; "
    "Swedish Institute; MEXT Scholarship; Rhodes Trust; Aga Khan Foundation"
)

VENUES = (
    "The Red Lion; Café Central; Mama Oliech Restaurant; Nando's; Tapas 24; Bierhaus am Markt; "
    "Java House; the rooftop bar; Pizzeria da Michele; Kopi Kenangan; Yakiniku Kintan; "
    "Kilimanjaro Grill"
)

PROJECTS = (
    "Phoenix; payroll migration; Atlas onboarding revamp; warehouse WMS; Q3 rota tool; "
    "Moodle upgrade; SAP SuccessFactors cutover; ticket triage bot; parent portal; Helix"
)

SUBJECTS = (
    "Re: contract and start date; Timesheet for week 14; Your application; Interview next week; "
    "Payslip query; Re: reference request; Shift swap Saturday; Course registration; "
    "Leave request; Re: onboarding documents"
)

RELS = "spouse; partner; sibling; parent; cousin; friend; neighbour; guardian; flatmate"

CLASSES = (
    "Form 3B; Grade 7; Year 10 Oak; Class 5-A; JSS 2; Grade 11 Science; P6 Blue; Year 4 "
    "Kingfisher; "
    "10th Std C; Class VIII-B; S4 North; Grade 9 Gold"
)

WARDS = "4B; 12; Maternity; ICU; Surgical 2; Paeds A; Oncology Day Unit; 7 North"

MUSEUMS = (
    "the National Museum; the Natural History Museum; Nehru Science Centre; the city zoo; "
    "the Mandela House Museum; Museo Frida Kahlo; the Science Museum; the botanical garden; "
    "the Goethe House; the planetarium"
)

BANKS = (
    "Equity Bank; Access Bank; Standard Bank; Deutsche Bank; BNP Paribas; Santander; ING; "
    "Banco do Brasil; HDFC Bank; Maybank; BDO Unibank; Vietcombank; Garanti BBVA; PKO BP; "
    "Erste Bank; Commonwealth Bank; Monzo; Revolut; Kaspi Bank; Bancolombia"
)

LLM_MODELS = (
    "gpt-4o-mini; gpt-4o; gpt-4.1; gpt-4.1-mini; o3-mini; claude-3-5-sonnet-20241022; "
    "claude-3-haiku-20240307; claude-sonnet-4-20250514; gemini-1.5-pro; gemini-2.0-flash; "
    "llama3.1:8b; mistral-large-latest; qwen2.5:14b; deepseek-chat"
)

SYSTEM_PROMPTS = (
    "You are an HR assistant. Be concise and professional.; "
    "You are a helpful writing tutor for students.; "
    "You help recruiters screen and summarise CVs.; "
    "You are a friendly teaching assistant. Do not do the homework for the student.; "
    "Summarise the user's text in bullet points.; "
    "You translate workplace documents faithfully.; "
    "You are an internal helpdesk bot for employees.; "
    "Rewrite the text in a clear, polite tone."
)

SERVICES = (
    "hr-copilot; cv-helper; tutor-bot; rota-assistant; minutes-summarizer; lms-assistant; "
    "payroll-chat; helpdesk-llm; talent-screener; gradebook-ai"
)

PW_WORDS = (
    "Sunflower; Kilimanjaro; Mawingu; Sommer; Primavera; Sakura; Tulpe; Papaya; Harmattan; "
    "Baobab; Zebra; Mango; Oktober; Welcome; Password; Winter; Lagos; Falcon; Bahari; Cactus"
)

PLACEHOLDERS = (
    "<API_KEY>; your-password-here; sk-...; <PASSWORD>; ${DB_PASSWORD}; ********; "
    "YOUR_TOKEN_HERE; <redacted>; xxxx-xxxx-xxxx-xxxx; {{password}}; [INSERT KEY]; changeme"
)

HOSPITALS = (
    "Kenyatta National Hospital; Aga Khan University Hospital; Korle Bu Teaching Hospital; "
    "Lagos University Teaching Hospital; Chris Hani Baragwanath Academic Hospital; "
    "Groote Schuur Hospital; Charité – Universitätsmedizin Berlin; Hôpital Necker; "
    "St Thomas' Hospital; Johns Hopkins Hospital; AIIMS New Delhi; Siriraj Hospital; "
    "Hospital Italiano de Buenos Aires; Sheba Medical Center; St. Luke's Medical Center"
)

US_STATES = "CA; NY; TX; FL; IL; OH; GA; WA; AZ; NC; MN; CO; MI; PA"

NG_STATES = "Lagos; Anambra; Oyo; Enugu; Kano; Rivers; Ogun; Imo; Kaduna; Delta; Edo; Kwara"

# Full names of public figures that the person generator must never produce by accident.
BLOCK = (
    "Will Smith; Grace Jones; James Taylor; Jack White; Charlie Brown; Tom Jones; "
    "Michael Jackson; Michael Jordan; Jennifer Lopez; Elizabeth Taylor; Bill Clinton; "
    "Dewi Lestari; Park Ji-min; Kim Yuna; Imran Khan; Ayesha Omar; Emma Watson; Harry Kane; "
    "Maria Callas; Ingrid Bergman; Magnus Carlsen; Sachin Tendulkar; Mohamed Salah; "
    "Abebe Bikila; Kofi Annan; Kwame Nkrumah; Wangari Maathai; Jose Rizal; Pedro Pascal; "
    "Ana de Armas; Daniel Craig; Anna Kendrick; Thomas Müller; Lukas Podolski; Laura Dern; "
    "Bill Gates; Robert Johnson; Emmanuel Macron; Michael Johnson; Olivia Wilde; Jessica Alba; "
    "George Michael; Liam Payne; Chloe Kelly; Noah Lyles; Andrea Bocelli; Carlos Santana; "
    "Nikolay Smirnov; Dmitry Medvedev; Serena Williams; Daniel Levi"
)

# ---------------------------------------------------------------------------
# Locales
# ---------------------------------------------------------------------------

COUNTRIES: dict[str, dict[str, str]] = {}

COUNTRIES["KE"] = dict(
    nation="Kenyan",
    langs="English, Kiswahili, Kikuyu",
    lang="en",
    given=(
        "John|m; Mary|f; Peter|m|Pete; Grace|f; Joseph|m|Joe; Faith|f; David|m; Mercy|f; "
        "Brian|m; Purity|f; Kevin|m; Esther|f; Dennis|m; Winnie|f; Wanjiru|f|Shiru; Akinyi|f; "
        "Njeri|f; Baraka|m; Amani|m; Imani|f; Zawadi|f; Neema|f; Collins|m; Sharon|f"
    ),
    mid=(
        "Kamau|m; Njoroge|m; Wanjiku|f; Achieng|f; Kiprono|m; Chebet|f; Mutua|m; Nduta|f; "
        "Wambui|f; Omondi|m; Jepkosgei|f; Kibet|m; Wairimu|f; Ouma|m"
    ),
    mid_p="0.55",
    show_mid="0.5",
    sur=(
        "Mwangi; Otieno; Kamau; Odhiambo; Wanjiku; Kiprop; Mutua; Njoroge; Ochieng; Chebet; "
        "Kariuki; Wafula; Onyango; Kimani; Achieng; Waweru; Koech; Nyambura; Mutiso; Barasa"
    ),
    phone="+254 7## ### ###; 07## ######; +2547########; 0722 ### ###; +254 (0) 11# ### ###",
    streets=(
        "Ngong Road; Kindaruma Road; Argwings Kodhek Road; Lenana Road; Mombasa Road; Thika Road; "
        "Moi Avenue; Oginga Odinga Street; Riverside Drive; Kiambu Road"
    ),
    towns=(
        "Kilimani, Nairobi=00100; Westlands, Nairobi=00800; Nyali, Mombasa=80100; "
        "Milimani, Kisumu=40100; Eldoret=30100; Nakuru=20100; Karen, Nairobi=00502; Thika=01000"
    ),
    addr=(
        "House No. {n}, {s}, {t} {pc}; Apt %?, {s}, {t}; {s}, Plot %##, {t} {pc}; Flat ?%, {s}, {t}"
    ),
    dom="yahoo.com; gmail.com; yahoo.co.ke; students.uonbi.ac.ke",
    co_fmt="{S} {I} Ltd; {S} {I} Limited; {S} Group PLC",
    tld="co.ke",
    stems="Savanna; Mawingu; Bahari; Zuri; Tembo; Kilima; Nyota",
    unis=(
        "University of Nairobi; Kenyatta University; Strathmore University; Moi University; JKUAT; "
        "Maseno University; Egerton University"
    ),
    schools=(
        "Alliance High School; Kenya High School; Starehe Boys Centre; Moi Girls School Eldoret; "
        "Mang'u High School; Lenana School"
    ),
    famous="Wangari Maathai; Ngũgĩ wa Thiong'o; Eliud Kipchoge; Lupita Nyong'o; Jomo Kenyatta",
    hosp=(
        "Kenyatta National Hospital; Aga Khan University Hospital; Moi Teaching and Referral "
        "Hospital"
    ),
    cur="KES @",
    sal="35000-450000-500",
    dates="dmy/; long; dmy-",
    pp="AK#######; A#######; BK#######",
    dl="DL-%######",
)

COUNTRIES["NG"] = dict(
    nation="Nigerian",
    langs="English, Yoruba, Igbo, Hausa",
    lang="en",
    given=(
        "Chukwuemeka|m|Emeka; Oluwaseun|m|Seun; Ngozi|f; Adebayo|m|Bayo; Funmilayo|f|Funmi; "
        "Chiamaka|f|Amaka; Ifeanyi|m|Ify; Aisha|f; Ibrahim|m; Blessing|f; Godswill|m; Precious|f; "
        "Tunde|m; Yetunde|f|Yetty; Emmanuel|m|Emma; Chidinma|f|Dinma; Nkechi|f|Kechi; Sunday|m; "
        "Patience|f; Olumide|m|Mide; Halima|f; Favour|f; Amara|f; Obinna|m|Obi"
    ),
    mid=(
        "Chukwudi|m; Adaeze|f; Oluwatobi|u; Ifeoma|f; Temitope|u; Ikechukwu|m; Folasade|f; "
        "Abdullahi|m"
    ),
    mid_p="0.35",
    show_mid="0.4",
    sur=(
        "Okafor; Adeyemi; Okonkwo; Eze; Nwosu; Balogun; Adewale; Ogunleye; Bello; Abubakar; "
        "Chukwu; "
        "Ibrahim; Musa; Olawale; Onyekachi; Akinola; Uche; Nwachukwu; Danjuma; Okoro"
    ),
    phone="+234 80# ### ####; 080# ### ####; +234 70# ### ####; 081########; +234 9## ### ####",
    streets=(
        "Admiralty Way; Allen Avenue; Awolowo Road; Herbert Macaulay Way; Ogui Road; "
        "Bode Thomas Street; Adeola Odeku Street; Aminu Kano Crescent; Ring Road; Ahmadu Bello Way"
    ),
    towns=(
        "Lekki Phase 1, Lagos=1061##; Ikeja, Lagos=1002##; Wuse II, Abuja=9041##; Enugu=4001##; "
        "Bodija, Ibadan=2002##; GRA, Port Harcourt=5001##; Surulere, Lagos=1012##; Kano=7000##"
    ),
    addr="{n} {s}, {t}; {n} {s}, {t} {pc}; Plot %#, {s}, {t}; Flat %, Block ?, {n} {s}, {t}",
    dom="yahoo.com; gmail.com; live.unilag.edu.ng",
    co_fmt="{S} {I} Ltd; {S} {I} Limited; {S} {I} Nigeria Ltd; {S} PLC",
    tld="com.ng",
    stems="Eko; Ariya; Lagoon; Cowry; Palmwine; Harmattan; Ivory",
    unis=(
        "University of Lagos; Obafemi Awolowo University; University of Ibadan; "
        "Ahmadu Bello University; University of Nigeria, Nsukka; Covenant University; "
        "Lagos State University"
    ),
    schools=(
        "King's College Lagos; Queen's College Yaba; Federal Government College Ijanikin; "
        "Loyola Jesuit College Abuja; Chrisland School"
    ),
    famous="Chinua Achebe; Wole Soyinka; Chimamanda Ngozi Adichie; Ngozi Okonjo-Iweala; Burna Boy",
    hosp=(
        "Lagos University Teaching Hospital; University College Hospital Ibadan; Reddington "
        "Hospital"
    ),
    cur="₦@; NGN @",
    sal="120000-1500000-5000",
    dates="dmy/; long",
    pp="A########; B########",
    dl="???#####??##",
)

COUNTRIES["GH"] = dict(
    nation="Ghanaian",
    langs="English, Twi, Ewe, Ga",
    lang="en",
    given=(
        "Kwame|m; Kofi|m; Kwaku|m; Yaw|m; Kojo|m; Kwabena|m; Ama|f; Akosua|f; Abena|f; Adwoa|f; "
        "Efua|f; Esi|f; Akua|f; Afua|f; Emmanuel|m; Comfort|f; Gifty|f; Prince|m; Godfred|m; "
        "Ebenezer|m|Ebo; Abigail|f|Abby; Nana|u; Selasi|u; Elikem|m"
    ),
    mid="Kwesi|m; Ekow|m; Adjoa|f; Yaa|f; Kobina|m; Araba|f",
    mid_p="0.3",
    show_mid="0.5",
    sur=(
        "Mensah; Boateng; Owusu; Asante; Osei; Agyeman; Darko; Appiah; Ofori; Addo; Amoah; Quaye; "
        "Tetteh; Ansah; Acheampong; Amankwah; Sarpong; Nyarko; Adjei; Gyamfi"
    ),
    phone="+233 24 ### ####; 024 ### ####; +233 20 ### ####; 055#######; +233 (0)54 ### ####",
    streets=(
        "Oxford Street; Ring Road East; Liberation Road; Spintex Road; Kanda Highway; Adum Road; "
        "Lagos Avenue; Boundary Road"
    ),
    towns="Osu, Accra; East Legon, Accra; Adum, Kumasi; Cantonments, Accra; Tema; Asokwa, Kumasi",
    addr="House No. %#, {s}, {t}; {n} {s}, {t}; Hse %#, {s}, {t} (GA-%##-%###)",
    dom="gmail.com; yahoo.com; st.ug.edu.gh",
    co_fmt="{S} {I} Ltd; {S} {I} Company Limited",
    tld="com.gh",
    stems="Akwaaba; Sankofa; Kente; Adinkra; Volta; Asanteman",
    unis="University of Ghana; KNUST; University of Cape Coast; Ashesi University; GIMPA",
    schools=(
        "Achimota School; Mfantsipim School; Wesley Girls' High School; Prempeh College; "
        "Presbyterian Boys' Secondary School"
    ),
    famous="Kwame Nkrumah; Kofi Annan; Yaa Asantewaa; Abedi Pele",
    hosp="Korle Bu Teaching Hospital; Komfo Anokye Teaching Hospital; 37 Military Hospital",
    cur="GH₵ @; GHS @",
    sal="2500-25000-50",
    dates="dmy/; long",
    pp="G#######; H#######",
    dl="???-########-##",
)

COUNTRIES["ET"] = dict(
    nation="Ethiopian",
    langs="Amharic, Afaan Oromo, English",
    lang="en",
    given=(
        "Abebe|m||አበበ; Tigist|f||ትዕግስት; Dawit|m||ዳዊት; Meron|f||ሜሮን; Yonas|m||ዮናስ; "
        "Hanna|f||ሐና; Bereket|m||በረከት; Selam|f||ሰላም; Henok|m||ሄኖክ; Mekdes|f||መቅደስ; "
        "Tesfaye|m||ተስፋዬ; Liya|f||ሊያ; Kidus|m||ቅዱስ; Bethlehem|f|Betty|ቤተልሔም; "
        "Samuel|m|Sami|ሳሙኤል; Rahel|f||ራሔል; Natnael|m|Nati|ናትናኤል; Eyerusalem|f||ኢየሩሳሌም"
    ),
    sur=(
        "Bekele|በቀለ; Tadesse|ታደሰ; Getachew|ጌታቸው; Alemu|አለሙ; Haile|ኃይሌ; Mengistu|መንግሥቱ; "
        "Girma|ግርማ; Wolde|ወልዴ; Kebede|ከበደ; Assefa|አሰፋ; Desta|ደስታ; Negash|ነጋሽ; Worku|ወርቁ"
    ),
    mid_src="sur",
    mid_p="0.4",
    show_mid="0.5",
    lhon="Ato|W/ro",
    phone="+251 91 ### ####; 091 ### ####; +251 92#######; 0911 ######",
    streets=(
        "Bole Road; Africa Avenue; Churchill Avenue; Haile Gebrselassie Road; Cameroon Street; "
        "Ras Desta Damtew Street"
    ),
    towns=(
        "Bole Sub-City, Addis Ababa; Kirkos Sub-City, Addis Ababa; Yeka Sub-City, Addis Ababa; "
        "Bahir Dar; Hawassa; Adama"
    ),
    addr="House No. %###, Woreda 0%, {t}; {s}, House No. %##, {t}; Kebele 0%, House No. %###, {t}",
    dom="gmail.com; yahoo.com; aau.edu.et",
    co_fmt="{S} {I} PLC; {S} Trading PLC; {S} {I} Share Company",
    tld="com.et",
    stems="Abay; Entoto; Simien; Gihon; Awash; Zequala",
    unis=(
        "Addis Ababa University; Bahir Dar University; Hawassa University; Jimma University; "
        "Mekelle University"
    ),
    schools="Lycée Guebre-Mariam; Bole Community School; Nazareth School; Saint Joseph School",
    famous="Haile Gebrselassie; Tirunesh Dibaba; Abebe Bikila; Teddy Afro",
    hosp="Tikur Anbessa Specialized Hospital; St. Paul's Hospital Millennium Medical College",
    cur="ETB @; @ Birr",
    sal="5000-90000-100",
    dates="dmy/; long",
    pp="EP#######; EQ#######",
)

COUNTRIES["ZA"] = dict(
    nation="South African",
    langs="English, isiZulu, Afrikaans",
    lang="en",
    given=(
        "Thabo|m; Lerato|f; Sipho|m; Nomvula|f; Bongani|m|Bongi; Thandiwe|f|Thandi; Pieter|m; "
        "Annelie|f; Johan|m; Marike|f; Ayanda|u; Zanele|f; Mpho|u; Kagiso|m; Lindiwe|f; Themba|m; "
        "Jacques|m; Fatima|f; Riaan|m; Naledi|f; Lwazi|m; Busisiwe|f|Busi; Precious|f; Kobus|m"
    ),
    sur=(
        "Nkosi; Dlamini; Ndlovu; Mokoena; Khumalo; Mthembu; van der Merwe; Botha; Pretorius; "
        "Naidoo; Pillay; Govender; Mahlangu; Sithole; Zulu; du Plessis; van Wyk; Jacobs; Adams; "
        "Petersen; Molefe; Maseko"
    ),
    phone="+27 82 ### ####; 082 ### ####; +27 (0)7# ### ####; 071#######; 021 ### ####",
    streets=(
        "Jan Smuts Avenue; Main Road; Long Street; Florida Road; Church Street; Beyers Naudé "
        "Drive; "
        "Rivonia Road; Vilakazi Street; Kloof Street; Oxford Road"
    ),
    towns=(
        "Parktown, Johannesburg=2193; Sea Point, Cape Town=8005; Morningside, Durban=4001; "
        "Hatfield, Pretoria=0083; Orlando West, Soweto=1804; Stellenbosch=7600; Gqeberha=6001; "
        "Rosebank, Johannesburg=2196"
    ),
    addr="{n} {s}, {t}, {pc}; Unit %#, {n} {s}, {t}, {pc}; {n} {s}, {t} {pc}",
    dom="gmail.com; webmail.co.za; mweb.co.za; myuct.ac.za",
    co_fmt="{S} {I} (Pty) Ltd; {S} {I} Pty Ltd; {S} Holdings",
    tld="co.za",
    stems="Ubuntu; Fynbos; Protea; Karoo; Indaba; Highveld; Baobab",
    unis=(
        "University of Cape Town; Wits University; University of Pretoria; Stellenbosch "
        "University; "
        "University of KwaZulu-Natal; Rhodes University"
    ),
    schools=(
        "King Edward VII School; Pretoria High School for Girls; Westville Boys' High School; "
        "Morris Isaacson High School; Rustenburg Girls' High School"
    ),
    famous="Nelson Mandela; Desmond Tutu; Miriam Makeba; Trevor Noah; Siya Kolisi",
    hosp=(
        "Chris Hani Baragwanath Academic Hospital; Groote Schuur Hospital; Steve Biko Academic "
        "Hospital"
    ),
    cur="R@; ZAR @",
    sal="9000-95000-100",
    thou=" ",
    dates="ymd/; dmy/; long",
    pp="A########; M########",
    dl="%####%###??",
)

COUNTRIES["EG"] = dict(
    nation="Egyptian",
    langs="Arabic, English, French",
    lang="en",
    given=(
        "Ahmed|m||أحمد; Mohamed|m||محمد; Mahmoud|m||محمود; Mostafa|m||مصطفى; Omar|m||عمر; "
        "Youssef|m||يوسف; Karim|m||كريم; Fatma|f||فاطمة; Nour|f||نور; Mariam|f||مريم; "
        "Aya|f||آية; Salma|f||سلمى; Yasmin|f||ياسمين; Heba|f||هبة; Amal|f||أمل; Hana|f||هنا; "
        "Ziad|m||زياد; Habiba|f||حبيبة"
    ),
    mid=(
        "Mohamed|u||محمد; Ahmed|u||أحمد; Ali|u||علي; Hassan|u||حسن; Ibrahim|u||إبراهيم; "
        "Mahmoud|u||محمود; Abdelrahman|u||عبد الرحمن; Sayed|u||سيد"
    ),
    mid_p="0.6",
    show_mid="0.5",
    sur=(
        "Hassan|حسن; El-Sayed|السيد; Abdel Aziz|عبد العزيز; Mansour|منصور; Fahmy|فهمي; "
        "Shaker|شاكر; Ibrahim|إبراهيم; Soliman|سليمان; Farouk|فاروق; Naguib|نجيب; Adel|عادل; "
        "Gamal|جمال; Ragab|رجب; Khalil|خليل; Youssef|يوسف"
    ),
    lhon="السيد|السيدة",
    phone="+20 10 #### ####; 010########; +20 12########; 011 #### ####; +20 2 #### ####",
    streets=(
        "Shehab St.; Tahrir St.; Mohamed Mazhar St.; Abbas El Akkad St.; "
        "Gamaat El Dowal El Arabeya St.; El Horreya Road; Road 9; Makram Ebeid St."
    ),
    towns=(
        "Zamalek, Cairo=11211; Mohandessin, Giza=12411; Nasr City, Cairo=11371; "
        "Heliopolis, Cairo=11341; Smouha, Alexandria=21615; Maadi, Cairo=11431; Dokki, Giza=12311"
    ),
    addr="{n} {s}, {t} {pc}; Apartment %, Floor %, {n} {s}, {t}; Building %#, {s}, Apt %#, {t}",
    streets_n="شارع شهاب; شارع التحرير; شارع عباس العقاد; شارع مكرم عبيد; شارع الحرية",
    towns_n=(
        "الزمالك، القاهرة=11211; المهندسين، الجيزة=12411; مدينة نصر، القاهرة=11371; مصر الجديدة، "
        "القاهرة=11341"
    ),
    addr_n="{n} {S}، {T}; شقة %، الدور %، {n} {S}، {T} {pc}",
    dom="gmail.com; yahoo.com; hotmail.com; cu.edu.eg",
    co_fmt="{S} {I} S.A.E.; {S} {I} LLC; {S} for Trading",
    tld="com.eg",
    stems="Nile; Delta; Misr; Sinai; Lotus; Nour",
    unis=(
        "Cairo University; Ain Shams University; Alexandria University; "
        "The American University in Cairo; Mansoura University; Assiut University"
    ),
    schools=(
        "El Orman Language School; Cairo American College; Manor House School; Port Said School "
        "Zamalek"
    ),
    famous="Naguib Mahfouz; Mohamed Salah; Umm Kulthum; Ahmed Zewail; Magdi Yacoub",
    famous_n="نجيب محفوظ; أم كلثوم; أحمد زويل; طه حسين",
    hosp="Kasr Al Ainy Hospital; Dar Al Fouad Hospital; As-Salam International Hospital",
    cur="EGP @; @ ج.م",
    sal="6000-80000-100",
    dates="dmy/; long; ymd-",
    pp="A%#######",
)

COUNTRIES["MA"] = dict(
    nation="Moroccan",
    langs="arabe, français, amazighe, anglais",
    lang="fr",
    given=(
        "Youssef|m||يوسف; Fatima Zahra|f||فاطمة الزهراء; Mehdi|m||مهدي; Salma|f||سلمى; "
        "Amine|m||أمين; Khadija|f||خديجة; Hamza|m||حمزة; Imane|f||إيمان; Othmane|m||عثمان; "
        "Meryem|f||مريم; Anas|m||أنس; Hajar|f||هاجر; Soufiane|m||سفيان; Ghita|f||غيثة; "
        "Zineb|f||زينب; Yassine|m||ياسين"
    ),
    sur=(
        "El Amrani|العمراني; Benali|بنعلي; Bennani|بناني; Alaoui|العلوي; El Idrissi|الإدريسي; "
        "Tazi|التازي; Berrada|برادة; Chraibi|الشرايبي; Lahlou|لحلو; Benjelloun|بنجلون; "
        "El Fassi|الفاسي; Ouazzani|الوزاني; Ait Ouali|آيت والي; Zerouali|الزروالي"
    ),
    hon="M.|Mme",
    lhon="M.|Mme",
    phone="+212 6## ## ## ##; 06 ## ## ## ##; +212 (0)7 ## ## ## ##; 0661######; +212 522 ## ## ##",
    streets=(
        "Rue Ibn Batouta; Boulevard Zerktouni; Avenue Mohammed V; Rue Tarik Ibn Ziad; "
        "Boulevard d'Anfa; Avenue Fal Ould Oumeir; Rue Moulay Youssef; Avenue Hassan II"
    ),
    towns=(
        "Maârif, Casablanca=20330; Agdal, Rabat=10090; Guéliz, Marrakech=40000; Tanger=90000; "
        "Fès=30000; Hay Riad, Rabat=10100; Agadir=80000"
    ),
    addr="{n}, {s}, {t} {pc}; Appt %, Imm. %#, {s}, {t} {pc}; {n} {s}, Étage %, {pc} {t}",
    dom="gmail.com; hotmail.fr; menara.ma; um5.ac.ma",
    co_fmt="{S} {I} SARL; {S} {I} S.A.; {S} SARL AU",
    tld="ma",
    stems="Atlas; Argane; Zellige; Oasis; Medina; Rif",
    unis=(
        "Université Mohammed V de Rabat; Université Hassan II de Casablanca; Université Al "
        "Akhawayn; "
        "Université Cadi Ayyad; ENCG Settat; INPT Rabat"
    ),
    schools="Lycée Lyautey; Lycée Descartes; Lycée Moulay Youssef; Groupe Scolaire Al Jabr",
    famous="Ibn Battuta; Fatima al-Fihri; Hakim Ziyech; Leïla Slimani",
    hosp="CHU Ibn Rochd; Hôpital Cheikh Khalifa; CHU Ibn Sina",
    cur="@ MAD; @ DH",
    sal="4000-45000-100",
    thou=" ",
    dec=",",
    dates="dmy/; long",
    pp="??#######",
)

COUNTRIES["DZ"] = dict(
    nation="Algerian",
    langs="arabe, tamazight, français",
    lang="fr",
    given=(
        "Karim|m||كريم; Amina|f||أمينة; Yacine|m||ياسين; Lynda|f; Sofiane|m||سفيان; "
        "Nesrine|f||نسرين; Mourad|m||مراد; Sarah|f||سارة; Walid|m||وليد; Meriem|f||مريم; "
        "Rachid|m||رشيد; Lamia|f||لمياء; Bilal|m||بلال; Kahina|f; Massinissa|m|Massi; Idir|m; "
        "Ryma|f; Anis|m||أنيس"
    ),
    sur=(
        "Hamidi|حميدي; Belkacem|بلقاسم; Bouzid|بوزيد; Mansouri|منصوري; Kaci|قاسي; Haddad|حداد; "
        "Saidi|سعيدي; Cherif|شريف; Touati|تواتي; Meziane|مزيان; Zerrouki|زروقي; "
        "Benkhelifa|بن خليفة; Amrouche|عمروش; Ouali|والي; Bensaid|بن سعيد"
    ),
    hon="M.|Mme",
    lhon="M.|Mme",
    phone="+213 5## ## ## ##; 05## ## ## ##; +213 6## ## ## ##; 07 ## ## ## ##; 021 ## ## ##",
    streets=(
        "Rue Didouche Mourad; Boulevard Mohamed V; Rue Larbi Ben M'hidi; Rue Hassiba Ben Bouali; "
        "Avenue de l'ALN; Rue Abane Ramdane; Boulevard Krim Belkacem"
    ),
    towns=(
        "Alger-Centre, Alger=16000; Bab Ezzouar, Alger=16311; Oran=31000; Constantine=25000; "
        "Tizi Ouzou=15000; Sétif=19000; Béjaïa=06000"
    ),
    addr="{n}, {s}, {pc} {t}; Cité %0# Logements, Bât. ?, Appt %#, {pc} {t}; {n} {s}, {t} {pc}",
    dom="gmail.com; yahoo.fr; hotmail.fr; usthb.dz",
    co_fmt="{S} {I} SARL; {S} {I} SPA; {S} EURL",
    tld="dz",
    stems="Djurdjura; Hoggar; Tassili; Numidia; Casbah; Chelif",
    unis=(
        "USTHB; Université d'Alger 1; Université d'Oran 1; Université Mouloud Mammeri de "
        "Tizi Ouzou; "
        "École Nationale Polytechnique; Université Abderrahmane Mira de Béjaïa"
    ),
    schools="Lycée Émir Abdelkader; Lycée Descartes d'Alger; Lycée Amara Rachid; CEM Ibn Khaldoun",
    famous="Kateb Yacine; Assia Djebar; Albert Camus; Zinedine Zidane; Riyad Mahrez",
    hosp="CHU Mustapha Pacha; CHU de Tizi Ouzou; EHU d'Oran",
    cur="@ DA; @ DZD",
    sal="35000-250000-1000",
    thou=" ",
    dec=",",
    dates="dmy/; long",
    pp="%########",
)

COUNTRIES["TR"] = dict(
    nation="Turkish",
    langs="Türkçe, İngilizce, Almanca",
    lang="tr",
    given=(
        "Mehmet|m; Ayşe|f; Mustafa|m; Fatma|f; Emre|m; Zeynep|f; Burak|m; Elif|f; Can|m; Deniz|u; "
        "Ahmet|m; Merve|f; Oğuz|m; Ece|f; Barış|m; Yağmur|f; Umut|m; Gül|f; Kaan|m; Cansu|f; "
        "Selin|f; Onur|m; Damla|f; Serkan|m"
    ),
    sur=(
        "Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Yıldırım; Öztürk; Aydın; Özdemir; Arslan; "
        "Doğan; Kılıç; Aslan; Çetin; Kara; Koç; Kurt; Özkan; Güneş; Akın; Erdem"
    ),
    lhon="Bey|Hanım",
    phone=(
        "+90 5## ### ## ##; 0 (5##) ### ## ##; 05## ### ## ##; +90 212 ### ## ##; 0 312 ### ## ##"
    ),
    streets=(
        "Bağdat Cad.; Moda Cad.; Atatürk Bulvarı; İstiklal Cad.; Tunalı Hilmi Cad.; "
        "Kıbrıs Şehitleri Cad.; Barbaros Bulvarı; Cumhuriyet Cad."
    ),
    towns=(
        "Kadıköy/İstanbul=347##; Beşiktaş/İstanbul=343##; Çankaya/Ankara=066##; Konak/İzmir=352##; "
        "Nilüfer/Bursa=16###; Muratpaşa/Antalya=07###; Üsküdar/İstanbul=346##"
    ),
    addr="{s} No: %# D: %#, {pc} {t}; {s} No:%#/%, {pc} {t}; {s} No: %#, Kat %, Daire %#, {pc} {t}",
    dom="gmail.com; hotmail.com; yandex.com.tr; ogr.itu.edu.tr",
    co_fmt="{S} {I} A.Ş.; {S} {I} Ltd. Şti.; {S} San. ve Tic. A.Ş.",
    tld="com.tr",
    stems="Anadolu; Toros; Ege; Marmara; Yakamoz; Lale; Çınar",
    unis=(
        "Boğaziçi Üniversitesi; ODTÜ; İstanbul Teknik Üniversitesi; Ankara Üniversitesi; "
        "Hacettepe Üniversitesi; Ege Üniversitesi; Koç Üniversitesi"
    ),
    schools=(
        "Galatasaray Lisesi; Ankara Atatürk Lisesi; İzmir Fen Lisesi; Kabataş Erkek Lisesi; "
        "Robert Kolej"
    ),
    famous="Mustafa Kemal Atatürk; Orhan Pamuk; Aziz Sancar; Nazım Hikmet; Elif Şafak",
    hosp="Hacettepe Üniversitesi Hastanesi; Acıbadem Maslak Hastanesi; Cerrahpaşa Tıp Fakültesi",
    cur="@ TL; ₺@",
    sal="17000-150000-500",
    thou=".",
    dec=",",
    dates="dmy.; dmy/; long",
    pp="U########",
    dl="%#####",
)

COUNTRIES["IR"] = dict(
    nation="Iranian",
    langs="Persian, English, Azerbaijani",
    lang="en",
    given=(
        "Ali|m||علی; Reza|m||رضا; Mohammad|m||محمد; Hossein|m||حسین; Mehdi|m||مهدی; Amir|m||امیر; "
        "Sara|f||سارا; Maryam|f||مریم; Fatemeh|f||فاطمه; Zahra|f||زهرا; Narges|f||نرگس; "
        "Niloufar|f||نیلوفر; Shirin|f||شیرین; Babak|m||بابک; Arash|m||آرش; Parisa|f||پریسا; "
        "Kaveh|m||کاوه; Leila|f||لیلا; Sepideh|f||سپیده; Pouya|m||پویا"
    ),
    sur=(
        "Mohammadi|محمدی; Hosseini|حسینی; Ahmadi|احمدی; Rezaei|رضایی; Karimi|کریمی; Moradi|مرادی; "
        "Jafari|جعفری; Rahimi|رحیمی; Sadeghi|صادقی; Tehrani|تهرانی; Kazemi|کاظمی; "
        "Ghorbani|قربانی; Nazari|نظری; Farahani|فراهانی; Abbasi|عباسی; Najafi|نجفی"
    ),
    lhon="آقای|خانم",
    phone="+98 912 ### ####; 0912 ### ####; +98 935 ### ####; 021 #### ####; 0919#######",
    streets=(
        "Vali-e Asr St.; Shariati St.; Enghelab St.; Mirdamad Blvd.; Chaharbagh-e Abbasi St.; "
        "Zand Blvd.; Imam Reza St."
    ),
    towns=(
        "Tehran=1%###-#####; Isfahan=81###-#####; Shiraz=71###-#####; Tabriz=51###-#####; "
        "Mashhad=91###-#####"
    ),
    addr="{s}, Alley %#, No. %#, Unit %, {t} {pc}; No. %#, {s}, {t}, Postal Code {pc}",
    streets_n=(
        "خیابان ولیعصر; خیابان شریعتی; خیابان انقلاب; بلوار میرداماد; خیابان چهارباغ عباسی; "
        "بلوار زند"
    ),
    towns_n="تهران=1%###-#####; اصفهان=81###-#####; شیراز=71###-#####; تبریز=51###-#####",
    addr_n="{T}، {S}، کوچه %#، پلاک %#، واحد %; {T}، {S}، پلاک %#، کد پستی {pc}",
    dom="gmail.com; yahoo.com; ut.ac.ir; chmail.ir",
    co_fmt="{S} {I} Co.; {S} Group; {S} Pars {I}",
    tld="ir",
    stems="Alborz; Zagros; Simorgh; Karun; Arvand; Damavand",
    unis=(
        "University of Tehran; Sharif University of Technology; Amirkabir University of "
        "Technology; "
        "Shiraz University; Isfahan University of Technology; Ferdowsi University of Mashhad"
    ),
    unis_n="دانشگاه تهران; دانشگاه صنعتی شریف; دانشگاه صنعتی امیرکبیر; دانشگاه شیراز",
    schools="Alborz High School; Allameh Helli School; Farzanegan School",
    famous="Hafez; Rumi; Maryam Mirzakhani; Asghar Farhadi; Shirin Ebadi",
    famous_n="حافظ; مولوی; مریم میرزاخانی; اصغر فرهادی",
    cur="@ Toman; @ IRR",
    sal="15000000-90000000-100000",
    dates="ymd/; dmy/",
    pp="?########",
)

COUNTRIES["IL"] = dict(
    nation="Israeli",
    langs="Hebrew, English, Arabic, Russian",
    lang="en",
    given=(
        "Noa|f||נועה; Yonatan|m|Yoni|יונתן; Tamar|f||תמר; Itai|m||איתי; Maya|f||מאיה; "
        "Omer|m||עומר; Shira|f||שירה; Daniel|m|Dani|דניאל; Yael|f||יעל; Ariel|u||אריאל; "
        "Michal|f||מיכל; Eitan|m||איתן; Roni|u||רוני; Avi|m||אבי; Dana|f||דנה; Lior|u||ליאור; "
        "Noam|m||נועם; Hila|f||הילה"
    ),
    sur=(
        "Cohen|כהן; Levi|לוי; Mizrahi|מזרחי; Peretz|פרץ; Biton|ביטון; Friedman|פרידמן; "
        "Shapira|שפירא; Katz|כץ; Avraham|אברהם; Ben-David|בן דוד; Goldberg|גולדברג; "
        "Azoulay|אזולאי; Dahan|דהן; Amar|עמר; Halevi|הלוי; Rosenberg|רוזנברג"
    ),
    phone="+972 5#-###-####; 05#-###-####; +972-3-###-####; 054#######; 02-###-####",
    streets=(
        "Herzl St.; Rothschild Blvd.; Dizengoff St.; Ibn Gabirol St.; Emek Refaim St.; "
        "HaNassi Ave.; Jabotinsky St.; Allenby St."
    ),
    towns=(
        "Tel Aviv-Yafo=6######; Jerusalem=9######; Haifa=3######; Ramat Gan=52#####; "
        "Be'er Sheva=84#####; Herzliya=46#####"
    ),
    addr="{s} {n}, Apt %#, {t} {pc}; {n} {s}, {t} {pc}; {s} {n}/%, {t}",
    streets_n=(
        "רחוב הרצל; שדרות רוטשילד; רחוב דיזנגוף; רחוב אבן גבירול; רחוב עמק רפאים; רחוב ז'בוטינסקי"
    ),
    towns_n="תל אביב-יפו=6######; ירושלים=9######; חיפה=3######; רמת גן=52#####",
    addr_n="{S} {n}, דירה %#, {T} {pc}; {S} {n}, {T}",
    dom="gmail.com; walla.co.il; mail.huji.ac.il",
    co_fmt="{S} {I} Ltd.; {S} Technologies Ltd.",
    tld="co.il",
    stems="Carmel; Negev; Galil; Kinneret; Arava; Tavor",
    unis=(
        "Hebrew University of Jerusalem; Tel Aviv University; Technion; "
        "Ben-Gurion University of the Negev; Weizmann Institute of Science; Bar-Ilan University"
    ),
    schools="Herzliya Hebrew Gymnasium; Leyada; Ironi Dalet High School; Reali School",
    famous="Golda Meir; Amos Oz; Ada Yonath; Gal Gadot; David Ben-Gurion",
    hosp="Sheba Medical Center; Hadassah Ein Kerem; Rambam Health Care Campus; Ichilov",
    cur="₪@; @ ILS",
    sal="9000-45000-100",
    dates="dmy/; dmy.; long",
    pp="3#######",
)

COUNTRIES["AE"] = dict(
    nation="Emirati",
    langs="Arabic, English, Urdu",
    lang="en",
    given=(
        "Mohammed|m||محمد; Fatima|f||فاطمة; Khalid|m||خالد; Mariam|f||مريم; Saeed|m||سعيد; "
        "Aisha|f||عائشة; Rashid|m||راشد; Noura|f||نورة; Hamad|m||حمد; Shamma|f||شما; "
        "Sultan|m||سلطان; Hessa|f||حصة; Omar|m||عمر; Latifa|f||لطيفة; Ahmed|m||أحمد; "
        "Maitha|f||ميثاء"
    ),
    sur=(
        "Al Mansoori|المنصوري; Al Shamsi|الشامسي; Al Nuaimi|النعيمي; Al Ketbi|الكتبي; "
        "Al Marzouqi|المرزوقي; Al Hashemi|الهاشمي; Al Suwaidi|السويدي; Al Dhaheri|الظاهري; "
        "Al Mazrouei|المزروعي; Al Falasi|الفلاسي; Al Blooshi|البلوشي; Al Ali|العلي"
    ),
    lhon="السيد|السيدة",
    phone="+971 5# ### ####; 05# ### ####; +971 4 ### ####; 050#######; +971 2 ### ####",
    streets=(
        "Al Wasl Road; Sheikh Zayed Road; Al Khail Road; Corniche Road; Hamdan Street; "
        "Al Muroor Road; Jumeirah Beach Road"
    ),
    towns=(
        "Jumeirah 1, Dubai; Dubai Marina, Dubai; Al Reem Island, Abu Dhabi; Al Majaz, Sharjah; "
        "Al Barsha 2, Dubai; Khalifa City, Abu Dhabi; Al Nahda, Dubai"
    ),
    addr=(
        "Villa %#, Street %#, {t}; Apartment %#0#, {s}, {t}; Flat %0#, Building %#, {s}, {t}; "
        "Villa %#, {s}, {t}"
    ),
    dom="gmail.com; hotmail.com; eim.ae; uaeu.ac.ae",
    co_fmt="{S} {I} LLC; {S} {I} FZ-LLC; {S} FZE",
    tld="ae",
    stems="Ghaf; Sadeem; Oryx; Dhow; Noor; Dana",
    unis=(
        "United Arab Emirates University; Khalifa University; American University of Sharjah; "
        "Zayed University; NYU Abu Dhabi; University of Dubai"
    ),
    schools=(
        "Dubai College; GEMS Wellington Academy; The British School Al Khubairat; Al Mawakeb "
        "School; "
        "Emirates International School"
    ),
    famous="Sheikh Zayed bin Sultan Al Nahyan; Hazza Al Mansouri",
    hosp="Cleveland Clinic Abu Dhabi; Rashid Hospital; Mediclinic City Hospital",
    cur="AED @",
    sal="6000-60000-100",
    dates="dmy/; long",
    pp="?#######",
)

COUNTRIES["PK"] = dict(
    nation="Pakistani",
    langs="Urdu, English, Punjabi",
    lang="en",
    given=(
        "Ahmed|m||احمد; Ayesha|f||عائشہ; Bilal|m||بلال; Fatima|f||فاطمہ; Hamza|m||حمزہ; "
        "Zainab|f||زینب; Usman|m||عثمان; Sana|f||ثناء; Hira|f||حرا; Faisal|m||فیصل; "
        "Mehwish|f; Asad|m; Rabia|f; Kamran|m; Nimra|f; Shoaib|m"
    ),
    sur=(
        "Khan|خان; Qureshi|قریشی; Malik|ملک; Butt|بٹ; Chaudhry|چوہدری; Sheikh|شیخ; "
        "Siddiqui|صدیقی; Raza|رضا; Awan|اعوان; Abbasi|عباسی; Javed|جاوید; Iqbal|اقبال"
    ),
    phone="+92 3## #######; 03##-#######; +92 300 ### ####; 042-#######; +92 51 #######",
    streets=(
        "F-7/2; Gulberg III; Model Town; Gulshan-e-Iqbal Block 13-D; DHA Phase 6; Satellite Town; "
        "University Road; Canal Road"
    ),
    towns=(
        "Islamabad=44000; Lahore=54###; Karachi=75###; Rawalpindi=46000; Peshawar=25000; "
        "Faisalabad=38000; Multan=60000"
    ),
    addr="House No. %#, Street %#, {s}, {t} {pc}; Flat %, Block ?, {s}, {t}; %#-?, {s}, {t}",
    dom="gmail.com; yahoo.com; hotmail.com; lums.edu.pk",
    co_fmt="{S} {I} (Pvt.) Ltd.; {S} {I} Pvt Ltd; {S} Limited",
    tld="com.pk",
    stems="Indus; Karakoram; Margalla; Ravi; Shalimar; Khyber",
    unis=(
        "LUMS; NUST; Quaid-i-Azam University; University of the Punjab; FAST-NUCES; IBA Karachi; "
        "Aga Khan University"
    ),
    schools=(
        "Aitchison College; Karachi Grammar School; Lahore Grammar School; Beaconhouse "
        "School System; "
        "Cadet College Hasan Abdal"
    ),
    famous="Allama Iqbal; Abdul Sattar Edhi; Malala Yousafzai; Abdus Salam; Muhammad Ali Jinnah",
    hosp=(
        "Shaukat Khanum Memorial Cancer Hospital; Aga Khan University Hospital; Mayo Hospital "
        "Lahore"
    ),
    cur="PKR @; Rs. @",
    sal="45000-600000-1000",
    dates="dmy/; dmy-; long",
    pp="??#######",
    dl="LHR-%####-##",
)

_IN_BASE = dict(
    nation="Indian",
    lang="en",
    phone=(
        "+91 9#### #####; +91-98########; 09#########; +91 7#### #####; 8#########; 011-2### ####"
    ),
    dom="gmail.com; yahoo.co.in; rediffmail.com; outlook.com",
    co_fmt="{S} {I} Pvt. Ltd.; {S} {I} Private Limited; {S} {I} LLP; {S} Technologies Pvt Ltd",
    tld="co.in",
    stems="Nilgiri; Sahyadri; Ganga; Vayu; Kaveri; Aravali; Tulsi; Kesari",
    hosp="AIIMS New Delhi; Apollo Hospitals; Christian Medical College Vellore; Fortis Hospital",
    cur="₹@; INR @; Rs. @",
    sal="18000-350000-500",
    thou="in",
    dates="dmy/; dmy-; long; dmy.",
    pp="?#######",
)

COUNTRIES["IN_HI"] = dict(
    _IN_BASE,
    langs="Hindi, English",
    given=(
        "Rahul|m||राहुल; Priya|f||प्रिया; Amit|m||अमित; Anjali|f||अंजलि; Vikas|m||विकास; "
        "Neha|f||नेहा; Rohit|m||रोहित; Pooja|f||पूजा; Sanjay|m||संजय; Sunita|f||सुनीता; "
        "Arjun|m||अर्जुन; Kavya|f||काव्या; Deepak|m||दीपक; Asha|f||आशा; Aditya|m||आदित्य; "
        "Shweta|f||श्वेता"
    ),
    mid="Kumar|m||कुमार; Prasad|m||प्रसाद; Kumari|f||कुमारी; Devi|f||देवी",
    mid_p="0.3",
    show_mid="0.7",
    sur=(
        "Sharma|शर्मा; Verma|वर्मा; Gupta|गुप्ता; Singh|सिंह; Yadav|यादव; Mishra|मिश्रा; "
        "Tiwari|तिवारी; Chauhan|चौहान; Agarwal|अग्रवाल; Srivastava|श्रीवास्तव; Pandey|पांडे; "
        "Saxena|सक्सेना"
    ),
    lhon="श्री|श्रीमती",
    streets=(
        "Sector 22; Civil Lines; Gomti Nagar; Lajpat Nagar II; Malviya Nagar; Ashok Vihar Phase 3"
    ),
    towns=(
        "Gurugram, Haryana=1220##; Lucknow, Uttar Pradesh=2260##; New Delhi=1100##; "
        "Jaipur, Rajasthan=3020##; Noida, Uttar Pradesh=2013##; Bhopal, Madhya Pradesh=4620##"
    ),
    addr=(
        "H.No. %#, {s}, {t} {pc}; Flat ?-%0#, Shanti Apartments, {s}, {t} - {pc}; %#/% {s}, {t} "
        "{pc}"
    ),
    unis=(
        "IIT Delhi; University of Delhi; Banaras Hindu University; Jawaharlal Nehru University; "
        "IIT Kanpur; Aligarh Muslim University; Amity University"
    ),
    schools=(
        "Delhi Public School, R.K. Puram; Kendriya Vidyalaya No. 2; St. Xavier's School Jaipur; "
        "La Martiniere College Lucknow; Modern School Barakhamba Road"
    ),
    famous="Mahatma Gandhi; A. P. J. Abdul Kalam; Premchand; Amitabh Bachchan; Virat Kohli",
    famous_n="महात्मा गांधी; प्रेमचंद; अमिताभ बच्चन",
    dl="UP%# 20##%######; DL-%#20##%######; HR%# 20##%######",
)

COUNTRIES["IN_TA"] = dict(
    _IN_BASE,
    langs="Tamil, English",
    init="tamil",
    given=(
        "Karthik|m||கார்த்திக்; Lakshmi|f||லட்சுமி; Senthil Kumar|m|Senthil|செந்தில் குமார்; "
        "Divya|f||திவ்யா; Arun|m||அருண்; Meena|f||மீனா; Vignesh|m|Vicky|விக்னேஷ்; "
        "Kavitha|f||கவிதா; Prakash|m||பிரகாஷ்; Revathi|f||ரேவதி; Saravanan|m||சரவணன்; "
        "Anitha|f||அனிதா"
    ),
    sur=(
        "Ramasamy|ராமசாமி; Subramanian|சுப்பிரமணியன்; Krishnan|கிருஷ்ணன்; Murugan|முருகன்; "
        "Natarajan|நடராஜன்; Venkatesan|வெங்கடேசன்; Rajendran|ராஜேந்திரன்; "
        "Balasubramaniam|பாலசுப்பிரமணியம்"
    ),
    lhon="திரு|திருமதி",
    streets=(
        "2nd Cross Street, Anna Nagar; Gandhi Road, Adyar; Kamarajar Salai, Mylapore; "
        "Avinashi Road, Peelamedu; Bypass Road, K.K. Nagar"
    ),
    towns="Chennai=6000##; Coimbatore=6410##; Madurai=6250##; Tiruchirappalli=6200##",
    addr=(
        "No. %#, {s}, {t} - {pc}; Old No. %#, New No. %##, {s}, {t} {pc}; Flat %?, {s}, {t} - {pc}"
    ),
    unis=(
        "IIT Madras; Anna University; University of Madras; PSG College of Technology; "
        "Loyola College Chennai; VIT Vellore"
    ),
    schools=(
        "Padma Seshadri Bala Bhavan; DAV Boys Senior Secondary School; Sishya School; "
        "Kendriya Vidyalaya Ashok Nagar"
    ),
    famous="C. V. Raman; Srinivasa Ramanujan; A. R. Rahman; Sundar Pichai; Thiruvalluvar",
    dl="TN%# 20##%######",
)

COUNTRIES["IN_WB"] = dict(
    _IN_BASE,
    langs="Bengali, English, Hindi",
    given=(
        "Sourav|m|Bablu|সৌরভ; Ananya|f|Rimi|অনন্যা; Arnab|m|Pupai|অর্ণব; Moumita|f|Mithu|মৌমিতা; "
        "Debashish|m||দেবাশিস; Riya|f||রিয়া; Subhajit|m|Tutun|শুভজিৎ; Tanushree|f|Tumpa|তনুশ্রী; "
        "Abhijit|m||অভিজিৎ; Paromita|f||পারমিতা"
    ),
    sur=(
        "Chatterjee|চট্টোপাধ্যায়; Banerjee|বন্দ্যোপাধ্যায়; Mukherjee|মুখোপাধ্যায়; Ghosh|ঘোষ; "
        "Bose|বসু; Das|দাস; Sen|সেন; Dutta|দত্ত; Roy|রায়; Sarkar|সরকার; Majumdar|মজুমদার"
    ),
    streets=(
        "Hindusthan Road; Bondel Road; Lake Gardens; Jodhpur Park; Salt Lake Sector II; "
        "Rashbehari Avenue"
    ),
    towns="Kolkata=7000##; Howrah=7111##; Durgapur=7132##; Siliguri=7340##",
    addr="%#/% {s}, {t} {pc}; Flat %?, {n} {s}, {t} - {pc}; P-%#, {s}, {t} {pc}",
    unis=(
        "Jadavpur University; University of Calcutta; Presidency University; IIT Kharagpur; "
        "Visva-Bharati"
    ),
    schools=(
        "South Point School; La Martiniere for Boys; Hindu School; Patha Bhavan; St. Xavier's "
        "Collegiate School"
    ),
    famous="Rabindranath Tagore; Satyajit Ray; Amartya Sen; Sourav Ganguly; Subhas Chandra Bose",
    famous_n="রবীন্দ্রনাথ ঠাকুর; সত্যজিৎ রায়; অমর্ত্য সেন",
    dl="WB%# 20##%######",
)

COUNTRIES["IN_KL"] = dict(
    _IN_BASE,
    langs="Malayalam, English, Hindi",
    given=(
        "Anoop|m; Lekshmi|f; Jithin|m; Aswathy|f; Vishnu|m; Reshma|f; Arjun|m; Sneha|f; Jose|m; "
        "Mariamma|f; Thomas|m|Tommy; Anju|f; Biju|m; Sreeja|f"
    ),
    sur="Nair; Menon; Pillai; Varghese; Kurian; Mathew; Panicker; Namboothiri; Joseph; Thomas",
    streets="Thekkedath House; Puthenveedu; Kalarickal House; Rose Villa; Anugraha; Sreenilayam",
    towns=(
        "Thiruvananthapuram=6950##; Kochi=6820##; Kozhikode=6730##; Thrissur=6800##; "
        "Kottayam=6860##"
    ),
    addr=(
        "{s}, TC %#/%###, {t} - {pc}; {s}, Door No. %#/%##, {t} {pc}; {s}, Ward %#, House No. "
        "%##, {t} {pc}"
    ),
    unis=(
        "University of Kerala; Cochin University of Science and Technology; NIT Calicut; "
        "College of Engineering Trivandrum; Mahatma Gandhi University"
    ),
    schools=(
        "Christ Nagar School; St. Thomas Higher Secondary School; Bhavan's Vidya Mandir "
        "Elamakkara; "
        "Trivandrum International School"
    ),
    famous="K. R. Narayanan; Arundhati Roy; Mohanlal; Sree Narayana Guru",
    dl="KL%# 20##%######",
)

COUNTRIES["IN_PB"] = dict(
    _IN_BASE,
    langs="Punjabi, Hindi, English",
    given=(
        "Gurpreet|u; Harpreet|f; Manpreet|f; Jaspreet|f; Amandeep|m|Aman; Simranjit|m; Navjot|m; "
        "Kiranjeet|f|Kiran; Hardeep|m; Rajveer|m; Parminder|f; Balwinder|m|Billa"
    ),
    mid="Singh|m; Kaur|f",
    mid_p="0.75",
    show_mid="0.8",
    sur="Sandhu; Gill; Dhillon; Sidhu; Grewal; Brar; Randhawa; Bains; Sekhon; Virk",
    streets=(
        "Model Town; Sector 70; Ranjit Avenue; Urban Estate Phase 2; Sarabha Nagar; Green Avenue"
    ),
    towns="Ludhiana=1410##; Mohali=1600##; Amritsar=1430##; Jalandhar=1440##; Patiala=1470##",
    addr="House No. %##, {s}, {t} {pc}; #%#, {s}, {t} - {pc}; %##-?, {s}, {t}",
    unis=(
        "Panjab University Chandigarh; Guru Nanak Dev University; Thapar Institute; Punjab "
        "Agricultural University"
    ),
    schools=(
        "Yadavindra Public School Mohali; Sacred Heart Convent School Ludhiana; Spring Dale "
        "Senior School Amritsar"
    ),
    famous="Bhagat Singh; Milkha Singh; Amrita Pritam; Diljit Dosanjh",
    dl="PB%# 20##%######",
)

COUNTRIES["IN_MH"] = dict(
    _IN_BASE,
    langs="Marathi, Hindi, English",
    given=(
        "Sachin|m||सचिन; Aarti|f||आरती; Omkar|m||ओंकार; Snehal|f||स्नेहल; Prasad|m||प्रसाद; "
        "Sayali|f||सायली; Nikhil|m||निखिल; Madhuri|f||माधुरी; Tejas|m||तेजस; Pranali|f||प्रणाली"
    ),
    sur=(
        "Patil|पाटील; Deshmukh|देशमुख; Kulkarni|कुलकर्णी; Joshi|जोशी; Jadhav|जाधव; Pawar|पवार; "
        "Shinde|शिंदे; Gaikwad|गायकवाड; Deshpande|देशपांडे; Bhosale|भोसले"
    ),
    streets="Shivaji Nagar; Kothrud; Baner Road; Andheri East; Dadar West; Thane West",
    towns="Pune=4110##; Mumbai=4000##; Nagpur=4400##; Nashik=4220##",
    addr=(
        "Flat No. %0#, Saraswati CHS, {s}, {t} {pc}; %#/?, {s}, {t} - {pc}; Room %#, Chawl No. "
        "%, {s}, {t} {pc}"
    ),
    unis=(
        "IIT Bombay; University of Mumbai; Savitribai Phule Pune University; COEP; "
        "Symbiosis International University; VJTI"
    ),
    schools=(
        "Cathedral and John Connon School; Jamnabai Narsee School; Loyola High School Pune; "
        "Bal Shikshan Mandir; Don Bosco High School Matunga"
    ),
    famous="Sachin Tendulkar; Lata Mangeshkar; B. R. Ambedkar; Chhatrapati Shivaji Maharaj",
    dl="MH%# 20##%######",
)

COUNTRIES["BD"] = dict(
    nation="Bangladeshi",
    langs="Bangla, English",
    lang="en",
    given=(
        "Rahim|m||রহিম; Fatema|f||ফাতেমা; Tanvir|m||তানভীর; Nusrat|f||নুসরাত; Sabbir|m||সাব্বির; "
        "Sharmin|f||শারমিন; Mahmudul|m||মাহমুদুল; Tasnim|f||তাসনিম; Arif|m||আরিফ; "
        "Farzana|f||ফারজানা; Md. Rakib|m|Rakib|মো. রাকিব; Jannatul|f||জান্নাতুল; "
        "Md. Shahidul|m|Shahid|মো. শহিদুল"
    ),
    sur=(
        "Hossain|হোসেন; Rahman|রহমান; Islam|ইসলাম; Ahmed|আহমেদ; Chowdhury|চৌধুরী; "
        "Sarker|সরকার; Talukder|তালুকদার; Haque|হক; Kabir|কবির; Alam|আলম; Karim|করিম"
    ),
    phone="+880 17## ######; 017########; +880 1### ######; 01#########; +880 2 #######",
    streets=(
        "Dhanmondi; Gulshan 2; Mirpur 10; Uttara Sector 7; Banani; Mohammadpur; Bashundhara R/A "
        "Block C"
    ),
    towns="Dhaka=12##; Chattogram=4###; Sylhet=31##; Rajshahi=62##; Khulna=9###",
    addr=(
        "House %#, Road %#, {s}, {t} {pc}; Flat %?, House %#, Road %#, {s}, {t}-{pc}; %#/? {s}, {t}"
    ),
    streets_n="ধানমন্ডি; গুলশান ২; মিরপুর ১০; উত্তরা",
    towns_n="ঢাকা=12##; চট্টগ্রাম=4###; সিলেট=31##",
    addr_n="বাড়ি %#, রোড %#, {S}, {T}-{pc}",
    dom="gmail.com; yahoo.com; du.ac.bd",
    co_fmt="{S} {I} Ltd.; {S} {I} Limited; {S} (Pvt.) Ltd.",
    tld="com.bd",
    stems="Padma; Jamuna; Meghna; Sundarban; Shapla; Karnaphuli",
    unis=(
        "University of Dhaka; BUET; North South University; BRAC University; Jahangirnagar "
        "University; "
        "University of Rajshahi; University of Chittagong"
    ),
    schools=(
        "Viqarunnisa Noon School; Notre Dame College; St. Joseph Higher Secondary School; "
        "Holy Cross Girls' High School; Dhaka Residential Model College"
    ),
    famous=(
        "Kazi Nazrul Islam; Muhammad Yunus; Rabindranath Tagore; Sheikh Mujibur Rahman; Begum "
        "Rokeya"
    ),
    hosp="Dhaka Medical College Hospital; Square Hospital; Evercare Hospital Dhaka",
    cur="৳@; BDT @",
    sal="18000-250000-500",
    dates="dmy/; dmy-; long",
    pp="??#######; A%#######",
)

COUNTRIES["LK"] = dict(
    nation="Sri Lankan",
    langs="Sinhala, Tamil, English",
    lang="en",
    given=(
        "Nuwan|m; Dilani|f; Chaminda|m; Sanduni|f; Kasun|m; Nadeesha|f; Tharindu|m; Ishara|f; "
        "Ruwan|m; Thilini|f; Dinesh|m; Hasini|f; Lahiru|m; Sachini|f; Pradeep|m; Chathurika|f"
    ),
    mid="Mudiyanselage|u; Arachchige|u; Liyanage|u; Pathirannehelage|u",
    mid_p="0.3",
    show_mid="0.5",
    sur=(
        "Perera; Fernando; de Silva; Jayasinghe; Wickramasinghe; Bandara; Gunawardena; Herath; "
        "Kumara; Weerasinghe; Rathnayake; Wijesekara; Jayawardena; Abeysekera; Dissanayake"
    ),
    phone="+94 77 ### ####; 077 ### ####; +94 71#######; 011 ### ####",
    streets=(
        "Galle Road; Havelock Road; Kandy Road; Duplication Road; Temple Road; "
        "Stanley Wijesundara Mawatha; Peradeniya Road"
    ),
    towns=(
        "Colombo 03=00300; Colombo 06=00600; Nugegoda=10250; Kandy=20000; Moratuwa=10400; "
        "Galle=80000"
    ),
    addr="No. %#, {s}, {t}; No. %#/%, {s}, {t} {pc}; %#?, {s}, {t}",
    dom="gmail.com; yahoo.com; sltnet.lk; uom.lk",
    co_fmt="{S} {I} (Pvt) Ltd; {S} {I} PLC",
    tld="lk",
    stems="Ceylon; Serendib; Ruhuna; Kelani; Sigiri; Lotus Tower",
    unis=(
        "University of Colombo; University of Peradeniya; University of Moratuwa; "
        "University of Sri Jayewardenepura; SLIIT; University of Kelaniya"
    ),
    schools=(
        "Royal College Colombo; Ananda College; Visakha Vidyalaya; Trinity College Kandy; "
        "Ladies' College"
    ),
    famous="Sirimavo Bandaranaike; Kumar Sangakkara; Muttiah Muralitharan; Arthur C. Clarke",
    hosp="National Hospital of Sri Lanka; Lady Ridgeway Hospital; Asiri Central Hospital",
    cur="LKR @; Rs. @",
    sal="60000-600000-1000",
    dates="dmy/; ymd-; long",
    pp="N#######",
)

COUNTRIES["ID"] = dict(
    nation="Indonesian",
    langs="Bahasa Indonesia, English, Jawa",
    lang="id",
    given=(
        "Budi|m; Siti|f; Agus|m; Dewi|f; Rizky|m; Putri|f; Andi|m; Intan|f; Hendra|m; Ayu|f; "
        "Eko|m; Rina|f; Fajar|m; Wulan|f; Bayu|m; Indah|f; Yoga|m; Bunga|f; Dimas|m; Melati|f"
    ),
    sur=(
        "Santoso; Wijaya; Saputra; Pratama; Hidayat; Setiawan; Kusuma; Nugroho; Lestari; Siregar; "
        "Simanjuntak; Halim; Gunawan; Permata; Wibowo; Hutapea"
    ),
    mono_p="0.15",
    hon="Mr|Ms",
    lhon="Bapak|Ibu",
    phone="+62 812-####-####; 0812 #### ####; +62 21 #### ####; 08##########; +62 857 #### ####",
    streets=(
        "Jl. Sudirman; Jl. Gatot Subroto; Jl. Kemang Raya; Jl. Dago; Jl. Malioboro; Jl. "
        "Diponegoro; "
        "Jl. Pemuda; Jl. Melati Indah"
    ),
    towns=(
        "Kebayoran Baru, Jakarta Selatan=12190; Coblong, Bandung=40132; Gondokusuman, "
        "Yogyakarta=55223; "
        "Tegalsari, Surabaya=60262; Denpasar Barat, Denpasar=80119; Medan Baru, Medan=20153; "
        "Tembalang, Semarang=50275"
    ),
    addr=(
        "{s} No. %#, RT 00%/RW 00%, {t} {pc}; {s} No. %#?, {t} {pc}; "
        "Perumahan Griya Asri Blok ?% No. %#, {t} {pc}"
    ),
    dom="gmail.com; yahoo.co.id; ymail.com; ui.ac.id",
    co_fmt="PT {S} {I}; CV {S} {I}; PT {S} {I} Tbk",
    ind="Logistik; Teknologi; Niaga; Pangan; Konstruksi; Edukasi",
    tld="co.id",
    stems="Nusantara; Merapi; Rinjani; Cendana; Kenari; Samudra; Sinar",
    unis=(
        "Universitas Indonesia; Institut Teknologi Bandung; Universitas Gadjah Mada; "
        "Institut Teknologi Sepuluh Nopember; Universitas Airlangga; Universitas Brawijaya; "
        "BINUS University"
    ),
    schools=(
        "SMA Negeri 8 Jakarta; SMA Taruna Nusantara; SMP Negeri 5 Bandung; SMA Kolese Kanisius; "
        "SMA Negeri 3 Yogyakarta"
    ),
    famous="Raden Adjeng Kartini; Pramoedya Ananta Toer; B. J. Habibie; Soekarno; Joko Widodo",
    hosp="RSUPN Dr. Cipto Mangunkusumo; RS Pondok Indah; RSUP Dr. Sardjito",
    cur="Rp@; Rp @",
    sal="4500000-35000000-50000",
    thou=".",
    dec=",",
    dates="dmy/; dmy-; long",
    pp="?#######",
    dl="####-####-######",
)

COUNTRIES["MY"] = dict(
    nation="Malaysian",
    langs="Bahasa Melayu, English, Mandarin",
    lang="en",
    given=(
        "Ahmad Faiz|m|Faiz; Nur Aisyah|f|Aisyah; Muhammad Hafiz|m|Hafiz; Amirul Hakim|m|Amir; "
        "Farah Nadia|f|Farah; Khairul Anuar|m|Khairul; Aina Sofea|f|Aina; Syafiq|m; "
        "Nurul Huda|f|Huda; Zulkifli|m|Zul; Siti Mariam|f|Mariam; Hidayah|f; Irfan|m; Balqis|f"
    ),
    sur=(
        "bin Hassan/binti Hassan; bin Abdullah/binti Abdullah; bin Ismail/binti Ismail; "
        "bin Othman/binti Othman; bin Yusof/binti Yusof; bin Rahman/binti Rahman; "
        "bin Zainal/binti Zainal; bin Ahmad/binti Ahmad; bin Ibrahim/binti Ibrahim; bin "
        "Salleh/binti Salleh"
    ),
    lhon="Encik|Puan",
    phone="+60 12-### ####; 012-### ####; +60 3-#### ####; 011-#### ####; +6019#######",
    streets=(
        "Jalan SS 2/24; Jalan Bukit Bintang; Jalan Ampang; Jalan Tun Razak; Jalan Setia Bakti 3; "
        "Jalan Mutiara Emas 5/2; Lorong Maarof; Jalan Bangsar"
    ),
    towns=(
        "Petaling Jaya, Selangor=47300; Kuala Lumpur=50450; Johor Bahru, Johor=80300; "
        "George Town, Pulau Pinang=10200; Shah Alam, Selangor=40150; Kota Kinabalu, Sabah=88000; "
        "Kuching, Sarawak=93350"
    ),
    addr="No. %#, {s}, {pc} {t}; %#, {s}, Taman Melawati, {pc} {t}; Unit ?-%#-%, {s}, {pc} {t}",
    dom="gmail.com; yahoo.com; hotmail.my; siswa.um.edu.my",
    co_fmt="{S} {I} Sdn. Bhd.; {S} {I} Sdn Bhd; {S} Berhad",
    tld="com.my",
    stems="Cahaya; Seri; Kenanga; Mutiara; Harimau; Pelangi",
    unis=(
        "Universiti Malaya; Universiti Kebangsaan Malaysia; Universiti Teknologi Malaysia; "
        "Universiti Sains Malaysia; Taylor's University; Monash University Malaysia"
    ),
    schools=(
        "SMK Bukit Bintang; Kolej Melayu Kuala Kangsar; SMK Taman Tun Dr Ismail; Victoria "
        "Institution; "
        "Penang Free School"
    ),
    famous="Tunku Abdul Rahman; Mahathir Mohamad; Michelle Yeoh; Lee Chong Wei; Siti Nurhaliza",
    hosp="Hospital Kuala Lumpur; Sunway Medical Centre; Hospital Pulau Pinang",
    cur="RM@; RM @",
    sal="2500-25000-50",
    dates="dmy/; long",
    pp="?########",
)

COUNTRIES["MYC"] = dict(
    COUNTRIES["MY"],
    given=(
        "Wei Ming|m|Jason; Mei Ling|f|Michelle; Jia Hui|f|Joey; Kah Seng|m|Kenny; Chee "
        "Keong|m|Alvin; "
        "Siew Lan|f|Shirley; Jun Hao|m|Marcus; Hui Min|f|Rachel; Kok Wai|m|Darren; Pei "
        "Shan|f|Pearlyn"
    ),
    sur="Tan; Lim; Lee; Ong; Ng; Goh; Teh; Chong; Wong; Yap; Low; Khoo",
    order="sg",
    eng="1",
    lhon="Mr|Ms",
)

COUNTRIES["PH"] = dict(
    nation="Filipino",
    langs="Filipino, English, Cebuano",
    lang="en_us",
    given=(
        "Maria Clara|f|Clara; Jose Miguel|m|Migs; Juan Carlo|m|JC; Kristine Joy|f|Tin; "
        "Mark Anthony|m|Mac; Rhea Mae|f|Rhea; Jerome|m|Jojo; Princess|f|Cess; Angelica|f|Gelai; "
        "Rommel|m|Mel; Marites|f|Tess; Ramon|m|Monching; Joy|f; Lovely|f; Ronaldo|m|Bong; "
        "Jasmine|f|Jas"
    ),
    sur=(
        "Santos; Reyes; Cruz; Bautista; Ocampo; Garcia; Mendoza; Dela Cruz; Villanueva; Ramos; "
        "Castillo; De Leon; Manalo; Pangilinan; Macaraeg; Dimaculangan"
    ),
    mid_src="sur",
    mid_p="0.75",
    show_mid="0.5",
    mid_init="0.7",
    lhon="Sir|Ma'am",
    phone="+63 917 ### ####; 0917 ### ####; +63 2 8### ####; 09#########; (02) 8###-####",
    streets=(
        "Mabini St.; Rizal Ave.; Katipunan Ave.; Aurora Blvd.; Osmeña Blvd.; Shaw Blvd.; "
        "Sampaguita St.; Kamagong St."
    ),
    towns=(
        "Brgy. Loyola Heights, Quezon City=1108; Brgy. Poblacion, Makati City=1210; "
        "Brgy. Lahug, Cebu City=6000; Brgy. Kapitolyo, Pasig City=1603; Davao City=8000; "
        "Brgy. Malate, Manila=1004"
    ),
    addr="{n} {s}, {t} {pc}; Blk %# Lot %#, {s}, {t}; Unit %0#, {n} {s}, {t} {pc}",
    dom="gmail.com; yahoo.com; ymail.com; up.edu.ph",
    co_fmt="{S} {I} Inc.; {S} {I} Corporation; {S} {I} Phils., Inc.",
    tld="com.ph",
    stems="Bayanihan; Kalayaan; Mayon; Sampaguita; Tala; Dagat",
    unis=(
        "University of the Philippines Diliman; Ateneo de Manila University; De La Salle "
        "University; "
        "University of Santo Tomas; University of San Carlos; Mapúa University"
    ),
    schools=(
        "Philippine Science High School; Manila Science High School; Ramon Magsaysay High School; "
        "Miriam College; Jose Rizal University"
    ),
    famous="José Rizal; Andres Bonifacio; Manny Pacquiao; Lea Salonga; Hidilyn Diaz",
    hosp=(
        "Philippine General Hospital; St. Luke's Medical Center; Vicente Sotto Memorial Medical "
        "Center"
    ),
    cur="₱@; PHP @",
    sal="18000-180000-500",
    dates="mdy/; long",
    pp="P#######?",
    dl="N%#-##-######",
)

COUNTRIES["VN"] = dict(
    nation="Vietnamese",
    langs="Tiếng Việt, English",
    lang="vi",
    given=(
        "An|m; Lan|f; Tuấn|m; Hương|f; Bảo|m; Anh|f; Thắng|m; Trang|f; Nam|m; Mai|f; Huy|m; "
        "Linh|f; Yến|f; Tùng|m; Phúc|m; Thảo|f; Dũng|m; Ngọc|f"
    ),
    mid=(
        "Văn|m; Đức|m; Minh|m; Quốc|m; Hoàng|m; Thanh|u; Thị|f; Ngọc|f; Thu|f; Phương|f; Hải|u; "
        "Gia|m"
    ),
    mid_p="0.95",
    show_mid="0.9",
    sur=("Nguyễn; Trần; Lê; Phạm; Hoàng; Huỳnh; Phan; Vũ; Võ; Đặng; Bùi; Đỗ; Hồ; Ngô; Dương"),
    order="sg",
    lhon="anh|chị",
    phone="+84 9# ### ## ##; 09# ### ####; +84 28 #### ####; 03########; 098 ### ## ##",
    streets=(
        "đường Lê Lợi; đường Nguyễn Trãi; đường Điện Biên Phủ; đường Cách Mạng Tháng Tám; "
        "phố Trần Hưng Đạo; phố Huế; đường Láng Hạ; đường Võ Văn Tần"
    ),
    towns=(
        "Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh; Phường 6, Quận 3, TP. Hồ Chí Minh; "
        "Quận Đống Đa, Hà Nội; Quận Hai Bà Trưng, Hà Nội; Quận Hải Châu, Đà Nẵng; "
        "Quận Ninh Kiều, Cần Thơ"
    ),
    addr="Số %#, {s}, {t}; %#/%# {s}, {t}; Số %# ngõ %#, {s}, {t}; Căn hộ %#0#, {n} {s}, {t}",
    dom="gmail.com; yahoo.com.vn; hcmut.edu.vn",
    co_fmt="Công ty TNHH {S} {I}; {S} {I} JSC; Công ty Cổ phần {S}",
    tld="com.vn",
    stems="Sen Vang; Hoa Binh; Phu Sa; Truong Son; Lac Viet; Bach Dang",
    unis=(
        "Đại học Quốc gia Hà Nội; Đại học Bách khoa Hà Nội; Đại học Kinh tế TP.HCM; "
        "Đại học Bách khoa TP.HCM; Đại học FPT; RMIT Việt Nam"
    ),
    schools=(
        "THPT chuyên Hà Nội – Amsterdam; THPT chuyên Lê Hồng Phong; THPT Nguyễn Thị Minh Khai; "
        "Trường THCS Trưng Vương"
    ),
    famous="Hồ Chí Minh; Võ Nguyên Giáp; Nguyễn Du; Trịnh Công Sơn; Ngô Bảo Châu",
    hosp="Bệnh viện Bạch Mai; Bệnh viện Chợ Rẫy; Bệnh viện Đại học Y Dược TP.HCM",
    cur="@ VND; @ đ",
    sal="8000000-60000000-100000",
    thou=".",
    dec=",",
    dates="dmy/; dmy-; long",
    pp="?#######",
)

COUNTRIES["TH"] = dict(
    nation="Thai",
    langs="Thai, English",
    lang="en",
    given=(
        "Somchai|m|Golf|สมชาย; Malee|f|Nok|มาลี; Kittipong|m|Bank|กิตติพงษ์; Nattaya|f|Mint|ณัฐยา; "
        "Anan|m|Toon|อนันต์; Thanawat|m|Beam|ธนวัฒน์; Pimchanok|f|Fah|พิมพ์ชนก; "
        "Supaporn|f|Ice|สุภาพร; Wichai|m|Big|วิชัย; Siriporn|f|Ple|ศิริพร; Somsak|m|Ton|สมศักดิ์; "
        "Ploypailin|f|Ploy|พลอยไพลิน"
    ),
    sur=(
        "Saetang|แซ่ตั้ง; Srisuk|ศรีสุข; Wongsawat|วงศ์สวัสดิ์; Chaiyaporn|ชัยพร; "
        "Kaewmanee|แก้วมณี; Thongchai|ธงชัย; Suwannarat|สุวรรณรัตน์; Boonmee|บุญมี; Phromma|พรหมมา"
    ),
    lhon="คุณ|คุณ",
    phone="+66 8# ### ####; 08#-###-####; +66 2 ### ####; 09# ### ####; 06#-###-####",
    streets=(
        "Sukhumvit Soi 31; Phahonyothin Road; Ratchadaphisek Road; Nimmanhaemin Soi 9; Silom Road; "
        "Ladprao Soi 71; Rama IV Road"
    ),
    towns=(
        "Khlong Toei Nuea, Watthana, Bangkok=10110; Samsen Nai, Phaya Thai, Bangkok=10400; "
        "Suthep, Mueang Chiang Mai, Chiang Mai=50200; Huai Khwang, Bangkok=10310; "
        "Silom, Bang Rak, Bangkok=10500; Nai Mueang, Mueang Khon Kaen, Khon Kaen=40000"
    ),
    addr="{n} {s}, {t} {pc}; %#/%# {s}, {t} {pc}; Room %#0#, {n} {s}, {t} {pc}",
    streets_n="ถนนสุขุมวิท; ถนนพหลโยธิน; ถนนรัชดาภิเษก; ถนนนิมมานเหมินท์; ถนนสีลม; ถนนลาดพร้าว",
    towns_n=(
        "แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ=10110; แขวงสามเสนใน เขตพญาไท กรุงเทพฯ=10400; "
        "ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่=50200; แขวงสีลม เขตบางรัก กรุงเทพฯ=10500"
    ),
    addr_n="{n} {S} {T} {pc}; %#/%# {S} {T} {pc}",
    dom="gmail.com; hotmail.com; student.chula.ac.th",
    co_fmt="{S} {I} Co., Ltd.; {S} {I} Public Company Limited",
    tld="co.th",
    stems="Siam; Chao Phraya; Lanna; Mekong; Rattana; Dok Bua",
    unis=(
        "Chulalongkorn University; Mahidol University; Thammasat University; Chiang Mai "
        "University; "
        "Kasetsart University; KMUTT"
    ),
    unis_n="จุฬาลงกรณ์มหาวิทยาลัย; มหาวิทยาลัยมหิดล; มหาวิทยาลัยธรรมศาสตร์; มหาวิทยาลัยเชียงใหม่",
    schools=(
        "Triam Udom Suksa School; Satit Chula; Bangkok Christian College; "
        "Mahidol Wittayanusorn School; Yupparaj Wittayalai School"
    ),
    famous="Pridi Banomyong; Sunthorn Phu; Tony Jaa; Lisa Manoban",
    hosp="Siriraj Hospital; Bumrungrad International Hospital; Ramathibodi Hospital",
    cur="@ THB; ฿@",
    sal="15000-150000-500",
    dates="dmy/; th",
    pp="??#######",
    dl="########",
)

COUNTRIES["MM"] = dict(
    nation="Myanmar",
    langs="Burmese, English",
    lang="en",
    given=(
        "Aung Kyaw|m; Thida|f; Zaw Min|m; Khin Myo|f; Htet Aung|m; Su Mon|f; Ye Yint|m; Nandar|f; "
        "Kyaw Zin|m; Ei Mon|f; Min Thu|m; Hnin Wai|f; Thant Zin|m; May Thu|f; Wai Yan|m; "
        "Phyu Phyu|f"
    ),
    sur="Moe; Htun; Oo; Win; Naing; Soe; Lwin; Thant; Hlaing; Myint; Thein; Tun",
    lhon="U|Daw",
    phone="+95 9 ### ### ###; 09 ### ### ###; 09-#########; +95 1 ### ####",
    streets=(
        "Pyay Road; Bogyoke Aung San Road; Inya Road; Kabar Aye Pagoda Road; 35th Street; "
        "University Avenue Road; Mahabandoola Road"
    ),
    towns=(
        "Kamayut Township, Yangon; Bahan Township, Yangon; Chanayethazan Township, Mandalay; "
        "Sanchaung Township, Yangon; Hlaing Township, Yangon"
    ),
    addr="No. %#, {s}, {t}; No. %#?, Room %, {s}, {t}; Building %#, Room %0%, {s}, {t}",
    dom="gmail.com; yahoo.com; uy.edu.mm",
    co_fmt="{S} {I} Co., Ltd.; {S} Group Co., Ltd.",
    tld="com.mm",
    stems="Shwe; Ayeyarwady; Padauk; Thazin; Myittha; Golden Land",
    unis=(
        "University of Yangon; Yangon Technological University; Mandalay University; "
        "University of Medicine 1, Yangon; Yangon University of Economics"
    ),
    schools=(
        "BEHS No. 1 Dagon; BEHS No. 2 Latha; International School Yangon; Dagon International "
        "School"
    ),
    famous="Aung San Suu Kyi; General Aung San; U Thant",
    hosp="Yangon General Hospital; Pun Hlaing Hospital; Mandalay General Hospital",
    cur="@ MMK; @ Kyats",
    sal="300000-3000000-10000",
    dates="dmy/; long",
    pp="M?######",
)

_CJK_BASE = dict(nat_order="sg", nat_sep="")

COUNTRIES["CN"] = dict(
    _CJK_BASE,
    nation="Chinese",
    langs="Mandarin, English, Cantonese",
    lang="zh",
    given=(
        "Wei|m||伟; Fang|f||芳; Na|f||娜; Xiuying|f||秀英; Min|f||敏; Jing|f||静; Li|f||丽; "
        "Qiang|m||强; Lei|m||磊; Jun|m||军; Yang|m||洋; Yong|m||勇; Yan|f||艳; Jie|m||杰; "
        "Juan|f||娟; Tao|m||涛; Ming|m||明; Chao|m||超; Xiulan|f||秀兰; Xia|f||霞; Ping|f||平; "
        "Gang|m||刚; Haoran|m||浩然; Zihan|f||子涵; Yuxuan|m||宇轩; Xinyi|f||欣怡; "
        "Zhiqiang|m||志强; Jianguo|m||建国; Shuang|f||爽; Yutong|f||雨桐"
    ),
    sur=(
        "Wang|王; Li|李; Zhang|张; Liu|刘; Chen|陈; Yang|杨; Huang|黄; Zhao|赵; Wu|吴; Zhou|周; "
        "Xu|徐; Sun|孙; Ma|马; Zhu|朱; Hu|胡; Guo|郭; He|何; Lin|林; Luo|罗; Gao|高; Ouyang|欧阳; "
        "Zheng|郑; Liang|梁; Xie|谢; Song|宋; Tang|唐"
    ),
    order="sg",
    lhon="先生|女士",
    phone=(
        "+86 13# #### ####; 13#########; +86 10 #### ####; 15# #### ####; +86-18#-####-####; "
        "021-########"
    ),
    streets=(
        "Jianguo Road; Zhongshan Road; Renmin Road; Nanjing West Road; Huaihai Middle Road; "
        "Tianfu Avenue; Keyuan Road; Wensan Road"
    ),
    towns=(
        "Chaoyang District, Beijing=1000##; Jing'an District, Shanghai=2000##; "
        "Tianhe District, Guangzhou=5106##; Nanshan District, Shenzhen=5180##; "
        "Xihu District, Hangzhou=3100##; Wuhou District, Chengdu=6100##"
    ),
    addr=(
        "Room %0#, Unit %, No. %# {s}, {t} {pc}; No. %#, {s}, {t}, {pc}; Apt %#0#, Building %, "
        "{n} {s}, {t}"
    ),
    streets_n="建国路; 中山路; 人民路; 南京西路; 淮海中路; 天府大道; 科苑路; 文三路",
    towns_n=(
        "北京市朝阳区=1000##; 上海市静安区=2000##; 广州市天河区=5106##; 深圳市南山区=5180##; "
        "杭州市西湖区=3100##; 成都市武侯区=6100##; 武汉市洪山区=4300##"
    ),
    addr_n="{T}{S}%#号%单元%0#室; {T}{S}%#号院%号楼%#0#; {pc} {T}{S}%##号",
    dom="qq.com; 163.com; 126.com; foxmail.com; sina.com; pku.edu.cn",
    co_fmt="{S} {I} Co., Ltd.; {S} Technology Co., Ltd.",
    tld="com.cn",
    stems="Huaxin; Yuanhang; Xinghe; Lanhai; Boyuan; Jinqiao",
    co_n="{S}{I}有限公司; {S}{I}股份有限公司",
    stems_n="华信; 远航; 中科星河; 蓝海; 博远; 金桥",
    ind_n="科技; 物流; 教育; 医疗; 贸易; 信息技术",
    unis=(
        "Peking University; Tsinghua University; Fudan University; Zhejiang University; "
        "Shanghai Jiao Tong University; Wuhan University; Sun Yat-sen University"
    ),
    unis_n="北京大学; 清华大学; 复旦大学; 浙江大学; 上海交通大学; 武汉大学; 中山大学",
    schools=(
        "Beijing No. 4 High School; High School Affiliated to Renmin University; Shanghai "
        "High School; "
        "Shenzhen Middle School"
    ),
    schools_n="北京四中; 人大附中; 上海中学; 深圳中学; 杭州第二中学; 成都七中",
    famous="Lu Xun; Mo Yan; Tu Youyou; Yao Ming; Qian Xuesen",
    famous_n="鲁迅; 莫言; 屠呦呦; 姚明; 钱学森; 袁隆平",
    hosp="Peking Union Medical College Hospital; West China Hospital; Ruijin Hospital",
    cur="¥@; @元; RMB @",
    sal="6000-60000-100",
    dates="cn; ymd-; ymd.; ymd/",
    pp="E%#######; EJ#######",
)

COUNTRIES["HK"] = dict(
    _CJK_BASE,
    nation="Hong Kong",
    langs="Cantonese, English, Mandarin",
    lang="en",
    given=(
        "Ka Ming|m|Kelvin|家明; Wai Man|m|Raymond|偉文; Siu Ling|f|Winnie|小玲; Mei "
        "Yee|f|Karen|美儀; "
        "Chi Keung|m|Alan|志強; Hoi Yan|f|Cherry|凱欣; Tsz Ching|f|Cheryl|紫晴; Chun "
        "Hei|m|Jason|俊希; "
        "Ho Yin|m|Edmond|浩賢; Wing Sze|f|Vivian|詠詩; Kwok Wai|m|Ken|國偉; Lok Yi|f|Chloe|樂兒"
    ),
    sur=(
        "Chan|陳; Wong|黃; Lee|李; Cheung|張; Lau|劉; Ng|吳; Leung|梁; Ho|何; Lam|林; Tsang|曾; "
        "Yip|葉; Kwok|郭; Chow|周; Tse|謝"
    ),
    order="sg",
    eng="1",
    lhon="先生|小姐",
    phone="+852 9### ####; +852 6### ####; 5### ####; +852 2### ####; 9#######",
    streets=(
        "Nathan Road; Hennessy Road; Des Voeux Road Central; King's Road; Shau Kei Wan Road; "
        "Tai Po Road; Castle Peak Road; Pok Fu Lam Road"
    ),
    towns=(
        "Tsim Sha Tsui, Kowloon; Causeway Bay, Hong Kong; Mong Kok, Kowloon; Sha Tin, New "
        "Territories; "
        "North Point, Hong Kong; Tsuen Wan, New Territories"
    ),
    addr=(
        "Flat %#?, %#/F, Block %, {n} {s}, {t}; Flat ?, %#/F, {n} {s}, {t}; Room %#0#, {n} {s}, {t}"
    ),
    streets_n="彌敦道; 軒尼詩道; 德輔道中; 英皇道; 大埔道; 青山公路",
    towns_n="九龍尖沙咀; 香港銅鑼灣; 九龍旺角; 新界沙田; 香港北角; 新界荃灣",
    addr_n="{T}{S}%#號%#樓?室; {T}{S}%##號%#樓%#室",
    dom="gmail.com; yahoo.com.hk; netvigator.com; connect.hku.hk",
    co_fmt="{S} {I} Limited; {S} {I} (HK) Ltd",
    tld="com.hk",
    stems="Harbour; Jade; Golden Dragon; Lantau; Peak; Victoria",
    unis=(
        "The University of Hong Kong; CUHK; HKUST; PolyU; City University of Hong Kong; "
        "Hong Kong Baptist University"
    ),
    unis_n="香港大學; 香港中文大學; 香港科技大學; 香港理工大學",
    schools=(
        "Diocesan Boys' School; St. Paul's Co-educational College; Queen's College; Heep "
        "Yunn School; "
        "La Salle College; Sir Ellis Kadoorie Secondary School"
    ),
    famous="Bruce Lee; Jackie Chan; Faye Wong; Charles K. Kao; Tony Leung",
    hosp="Queen Mary Hospital; Prince of Wales Hospital; Queen Elizabeth Hospital",
    cur="HK$@",
    sal="15000-120000-500",
    dates="dmy/; long; cn",
    pp="K########; H########",
)

COUNTRIES["TW"] = dict(
    _CJK_BASE,
    nation="Taiwanese",
    langs="Mandarin, Taiwanese Hokkien, English",
    lang="zh",
    given=(
        "Chia-hao|m||家豪; Shu-fen|f||淑芬; Yi-ting|f||怡婷; Chih-ming|m||志明; Ya-ting|f||雅婷; "
        "Chun-chieh|m||俊傑; Mei-ling|f||美玲; Kuan-yu|m||冠宇; Hsin-yi|f||欣怡; Po-wei|m||柏緯; "
        "Yu-hsuan|f||宇軒; Tsung-han|m||宗翰"
    ),
    sur=(
        "Chen|陳; Lin|林; Huang|黃; Chang|張; Li|李; Wang|王; Wu|吳; Liu|劉; Tsai|蔡; Yang|楊; "
        "Hsu|許; Cheng|鄭"
    ),
    lhon="先生|小姐",
    phone="+886 9## ### ###; 09##-###-###; +886 2 ####-####; 02-####-####; 09########",
    streets=(
        "Sec. 4, Zhongxiao E. Rd.; Sec. 1, Roosevelt Rd.; Sec. 2, Heping E. Rd.; Zhongzheng Rd.; "
        "Minsheng Rd.; Wenhua Rd."
    ),
    towns=(
        "Da'an Dist., Taipei City=106; Xinyi Dist., Taipei City=110; Banqiao Dist., New "
        "Taipei City=220; "
        "West Dist., Taichung City=403; East Dist., Hsinchu City=300; Gushan Dist., "
        "Kaohsiung City=804"
    ),
    addr="No. %#, {s}, {t} {pc}; %F., No. %#, Ln. %#, {s}, {t} {pc}; %F.-%, No. %##, {s}, {t} {pc}",
    streets_n="忠孝東路四段; 羅斯福路一段; 和平東路二段; 中正路; 民生路; 文化路",
    towns_n=(
        "臺北市大安區=106; 臺北市信義區=110; 新北市板橋區=220; 臺中市西區=403; 新竹市東區=300; "
        "高雄市鼓山區=804"
    ),
    addr_n="{pc}{T}{S}%#號%樓; {T}{S}%#巷%#號%樓之%",
    dom="gmail.com; yahoo.com.tw; ntu.edu.tw; hotmail.com",
    co_fmt="{S} {I} Co., Ltd.; {S} {I} Corp.",
    tld="com.tw",
    stems="Formosa; Yushan; Alishan; Taroko; Penghu; Jade Mountain",
    co_n="{S}{I}股份有限公司; {S}{I}有限公司",
    stems_n="福爾摩沙; 玉山; 阿里山; 太魯閣; 日月",
    ind_n="科技; 物流; 電子; 生技; 教育",
    unis=(
        "National Taiwan University; National Tsing Hua University; National Cheng Kung "
        "University; "
        "National Yang Ming Chiao Tung University; National Chengchi University"
    ),
    unis_n="國立臺灣大學; 國立清華大學; 國立成功大學; 國立陽明交通大學; 國立政治大學",
    schools=(
        "Taipei Municipal Jianguo High School; Taipei First Girls' High School; "
        "Kaohsiung Senior High School; Taichung First Senior High School"
    ),
    schools_n="臺北市立建國高級中學; 臺北市立第一女子高級中學; 高雄市立高雄高級中學",
    famous="Ang Lee; Jay Chou; Lin Hwai-min; Tsai Ing-wen; Morris Chang",
    hosp=(
        "National Taiwan University Hospital; Taipei Veterans General Hospital; Chang Gung "
        "Memorial Hospital"
    ),
    cur="NT$@",
    sal="30000-150000-500",
    dates="ymd/; cn; roc",
    pp="3########",
)

COUNTRIES["JP"] = dict(
    _CJK_BASE,
    nation="Japanese",
    langs="Japanese, English",
    lang="en",
    given=(
        "Hiroshi|m||浩; Takashi|m||隆; Kenji|m||健二; Daisuke|m||大輔; Shota|m||翔太; "
        "Haruto|m||陽翔; Ren|m||蓮; Yuki|f||由紀; Yui|f||結衣; Aoi|f||葵; Sakura|f||さくら; "
        "Yoko|f||洋子; Keiko|f||恵子; Naoko|f||直子; Misaki|f||美咲; Haruka|f||遥; "
        "Takumi|m||拓海; Kazuki|m||一樹; Ayumi|f||あゆみ; Emi|f||恵美; Riku|m||陸; Sota|m||蒼太; "
        "Mei|f||芽衣; Nanami|f||七海"
    ),
    sur=(
        "Sato|佐藤; Suzuki|鈴木; Takahashi|高橋; Tanaka|田中; Watanabe|渡辺; Ito|伊藤; "
        "Yamamoto|山本; Nakamura|中村; Kobayashi|小林; Kato|加藤; Yoshida|吉田; Yamada|山田; "
        "Sasaki|佐々木; Matsumoto|松本; Inoue|井上; Kimura|木村; Hayashi|林; Shimizu|清水; "
        "Mori|森; Ikeda|池田"
    ),
    nat_sep_p="0.4",
    lhon="さん|さん",
    phone="+81 90-####-####; 090-####-####; 03-####-####; 080-####-####; +81 3-####-####",
    streets="Taishido; Nishi-Shinjuku; Umeda; Hiyoshi; Sakae; Tenjin; Kita-Ichijo-Nishi; Shimogamo",
    towns=(
        "Setagaya-ku, Tokyo=154-####; Shinjuku-ku, Tokyo=160-####; Kita-ku, Osaka=530-####; "
        "Kohoku-ku, Yokohama=223-####; Naka-ku, Nagoya=460-####; Chuo-ku, Fukuoka=810-####; "
        "Sakyo-ku, Kyoto=606-####"
    ),
    addr="%-%#-% {s}, {t} {pc}; {s} %-%-%#, Apt. %0%, {t} {pc}",
    streets_n="太子堂; 西新宿; 梅田; 日吉; 栄; 天神; 北一条西; 下鴨",
    towns_n=(
        "東京都世田谷区=154-####; 東京都新宿区=160-####; 大阪府大阪市北区=530-####; "
        "神奈川県横浜市港北区=223-####; 愛知県名古屋市中区=460-####; 福岡県福岡市中央区=810-####; "
        "京都府京都市左京区=606-####"
    ),
    addr_n="〒{pc} {T}{S}%丁目%#-%; 〒{pc} {T}{S}%-%#-% ハイツ青葉%0%号室; {T}{S}%-%-%#",
    dom="gmail.com; yahoo.co.jp; docomo.ne.jp; ezweb.ne.jp; icloud.com; g.ecc.u-tokyo.ac.jp",
    co_fmt="{S} {I} Co., Ltd.; {S} {I} K.K.; {S} Corporation",
    tld="co.jp",
    stems="Aoba; Yamato; Hinata; Fujimi; Kowa; Kaede",
    co_n="株式会社{S}{I}; {S}{I}株式会社; 有限会社{S}",
    stems_n="青葉; 大和; 日向; 富士見; 光和; 楓",
    ind_n="商事; 物流; 電機; 建設; システム",
    unis=(
        "University of Tokyo; Kyoto University; Osaka University; Waseda University; Keio "
        "University; "
        "Tohoku University; Hokkaido University"
    ),
    unis_n="東京大学; 京都大学; 大阪大学; 早稲田大学; 慶應義塾大学; 東北大学; 北海道大学",
    schools=(
        "Kaisei Academy; Tokyo Metropolitan Hibiya High School; Nada High School; "
        "Kyoto Prefectural Rakuhoku High School"
    ),
    schools_n="開成高等学校; 都立日比谷高等学校; 灘高等学校; 府立洛北高等学校; 横浜市立南高等学校",
    famous="Haruki Murakami; Hayao Miyazaki; Shohei Ohtani; Yoshinori Ohsumi; Natsume Soseki",
    famous_n="村上春樹; 宮崎駿; 大谷翔平; 夏目漱石; 湯川秀樹",
    hosp=(
        "University of Tokyo Hospital; St. Luke's International Hospital; Keio University Hospital"
    ),
    cur="¥@; @円",
    sal="220000-900000-1000",
    dates="jp; jpera; ymd/",
    pp="??#######",
    dl="%###########",
)

COUNTRIES["KR"] = dict(
    _CJK_BASE,
    nation="Korean",
    langs="Korean, English, Japanese",
    lang="en",
    given=(
        "Min-jun|m||민준; Seo-yeon|f||서연; Ji-ho|m||지호; Ha-eun|f||하은; Do-yun|m||도윤; "
        "Ji-woo|f||지우; Seo-jun|m||서준; Su-bin|f||수빈; Hyun-woo|m||현우; Ji-min|u||지민; "
        "Jae-won|m||재원; Eun-ji|f||은지; Sung-ho|m||성호; Mi-kyung|f||미경; Young-soo|m||영수; "
        "Hye-jin|f||혜진"
    ),
    sur=(
        "Kim|김; Lee|이; Park|박; Choi|최; Jung|정; Kang|강; Cho|조; Yoon|윤; Jang|장; Lim|임; "
        "Han|한; Oh|오; Seo|서; Shin|신; Kwon|권; Hwang|황"
    ),
    order="sg",
    lhon="님|님",
    phone="+82 10-####-####; 010-####-####; +82 2-###-####; 010 #### ####; 02-####-####",
    streets=(
        "Teheran-ro; World Cup buk-ro; Haeundae-ro; Dalgubeol-daero; Pangyoyeok-ro; Daehak-ro; "
        "Sejong-daero"
    ),
    towns=(
        "Gangnam-gu, Seoul=06###; Mapo-gu, Seoul=04###; Haeundae-gu, Busan=48###; "
        "Suseong-gu, Daegu=42###; Bundang-gu, Seongnam-si, Gyeonggi-do=13###; Yuseong-gu, "
        "Daejeon=34###"
    ),
    addr="%# {s}, {t} {pc}; {n} {s}, %0#-dong %#0#-ho, {t} {pc}",
    streets_n="테헤란로; 월드컵북로; 해운대로; 달구벌대로; 판교역로; 대학로; 세종대로",
    towns_n=(
        "서울특별시 강남구=06###; 서울특별시 마포구=04###; 부산광역시 해운대구=48###; "
        "대구광역시 수성구=42###; 경기도 성남시 분당구=13###; 대전광역시 유성구=34###"
    ),
    addr_n="{T} {S} {n}, %0#동 %#0#호 ({pc}); ({pc}) {T} {S} {n}; {T} {S} {n} %층",
    dom="naver.com; daum.net; hanmail.net; gmail.com; kakao.com; snu.ac.kr",
    co_fmt="{S} {I} Co., Ltd.; {S} Corp.",
    tld="co.kr",
    stems="Hanbit; Saerom; Nuri; Daon; Gaon; Haneul",
    co_n="(주){S}{I}; 주식회사 {S}{I}",
    stems_n="한빛; 새롬; 누리; 다온; 가온; 하늘",
    ind_n="테크; 물류; 솔루션; 건설; 에듀",
    unis=(
        "Seoul National University; KAIST; Yonsei University; Korea University; POSTECH; "
        "Sungkyunkwan University; Ewha Womans University"
    ),
    unis_n=(
        "서울대학교; 카이스트; 연세대학교; 고려대학교; 포항공과대학교; 성균관대학교; 이화여자대학교"
    ),
    schools=(
        "Seoul Science High School; Daewon Foreign Language High School; Hana Academy Seoul; "
        "Busan Science High School"
    ),
    schools_n="서울과학고등학교; 대원외국어고등학교; 하나고등학교; 경기고등학교; 부산과학고등학교",
    famous="Han Kang; Bong Joon-ho; Son Heung-min; Kim Yuna; Sejong the Great",
    famous_n="한강; 봉준호; 손흥민; 김연아; 세종대왕",
    hosp="Seoul National University Hospital; Samsung Medical Center; Severance Hospital",
    cur="₩@; @원",
    sal="2500000-9000000-10000",
    dates="ko; ymd.; ymd-",
    pp="M########",
    dl="##-##-######-##",
)

COUNTRIES["KZ"] = dict(
    nation="Kazakh",
    langs="Kazakh, Russian, English",
    lang="ru",
    given=(
        "Aidos|m||Айдос; Aigerim|f||Айгерим; Yerlan|m||Ерлан; Dana|f||Дана; Arman|m||Арман; "
        "Madina|f||Мадина; Daulet|m||Даулет; Aruzhan|f||Аружан; Askar|m||Асқар; Saule|f||Сәуле; "
        "Timur|m||Тимур; Gulnara|f||Гүлнара"
    ),
    sur=(
        "Nurlanov/Nurlanova|Нурланов/Нурланова; Abenov/Abenova|Абенов/Абенова; "
        "Serikbayev/Serikbayeva|Серікбаев/Серікбаева; "
        "Zhaksybekov/Zhaksybekova|Жақсыбеков/Жақсыбекова; "
        "Akhmetov/Akhmetova|Ахметов/Ахметова; Ospanov/Ospanova|Оспанов/Оспанова; "
        "Kairatuly/Kairatkyzy|Қайратұлы/Қайратқызы; Suleimenov/Suleimenova|Сулейменов/Сулейменова"
    ),
    pat=(
        "Serikovich/Serikovna|Серикович/Сериковна; Nurlanovich/Nurlanovna|Нурланович/Нурлановна; "
        "Kairatovich/Kairatovna|Кайратович/Кайратовна; Bolatovich/Bolatovna|Болатович/Болатовна"
    ),
    mid_src="pat",
    mid_p="0.7",
    show_mid="0.15",
    phone="+7 7## ### ## ##; 8 (7##) ###-##-##; +7 727 ### ## ##; 87#########; +7 (701) ###-##-##",
    streets=(
        "Abay Ave; Dostyk Ave; Tole Bi St; Kabanbay Batyr Ave; Satpayev St; Al-Farabi Ave; "
        "Mangilik El Ave"
    ),
    towns="Almaty=0500##; Astana=0100##; Shymkent=1600##; Karaganda=1000##; Aktobe=0300##",
    addr="{s} %#, apt %#, {t} {pc}; {pc}, {t}, {s} %#, apt %#; {s}, building %#, flat %##, {t}",
    streets_n=(
        "пр. Абая; пр. Достык; ул. Толе би; ул. Кабанбай батыра; ул. Сатпаева; пр. аль-Фараби"
    ),
    towns_n="Алматы=0500##; Астана=0100##; Шымкент=1600##; Караганда=1000##",
    addr_n="{pc}, г. {T}, {S}, д. %#, кв. %#; г. {T}, {S} %#, кв. %#",
    dom="mail.ru; gmail.com; mail.kz; yandex.kz; kaznu.kz",
    co_fmt="{S} {I} LLP; TOO {S} {I}; JSC {S}",
    tld="kz",
    stems="Dala; Altyn; Tengri; Saryarka; Zhibek; Aksai",
    co_n="ТОО «{S}{I}»; АО «{S}»",
    stems_n="Дала; Алтын; Тенгри; Сарыарка; Жибек",
    ind_n=" Логистик; Софт; Строй; Мед",
    unis=(
        "Al-Farabi Kazakh National University; Nazarbayev University; KIMEP University; "
        "L.N. Gumilyov Eurasian National University; Satbayev University"
    ),
    unis_n="КазНУ им. аль-Фараби; Назарбаев Университет; ЕНУ им. Л. Н. Гумилёва",
    schools=(
        "Nazarbayev Intellectual School Almaty; Lyceum No. 165; Gymnasium No. 56 Astana; "
        "Kazakh-Turkish Lyceum"
    ),
    famous="Abai Kunanbayuly; Al-Farabi; Gennady Golovkin; Dimash Kudaibergen",
    hosp="City Clinical Hospital No. 7 Almaty; National Research Oncology Center",
    cur="@ ₸; @ KZT",
    sal="200000-1500000-5000",
    thou=" ",
    dec=",",
    dates="dmy.; long",
    pp="N########",
    dl="??%#####",
)

COUNTRIES["RU"] = dict(
    nation="Russian",
    langs="Russian, English, German",
    lang="ru",
    given=(
        "Aleksandr|m|Sasha|Александр|Саша; Dmitry|m|Dima|Дмитрий|Дима; "
        "Sergey|m|Seryozha|Сергей|Серёжа; "
        "Andrey|m|Andryusha|Андрей|Андрюша; Mikhail|m|Misha|Михаил|Миша; "
        "Nikolay|m|Kolya|Николай|Коля; "
        "Ivan|m|Vanya|Иван|Ваня; Alexey|m|Lyosha|Алексей|Лёша; Yekaterina|f|Katya|Екатерина|Катя; "
        "Anna|f|Anya|Анна|Аня; Mariya|f|Masha|Мария|Маша; Olga|f|Olya|Ольга|Оля; "
        "Tatyana|f|Tanya|Татьяна|Таня; Yelena|f|Lena|Елена|Лена; Natalya|f|Natasha|Наталья|Наташа; "
        "Svetlana|f|Sveta|Светлана|Света; Anastasia|f|Nastya|Анастасия|Настя; "
        "Yulia|f|Yulya|Юлия|Юля"
    ),
    sur=(
        "Ivanov/Ivanova|Иванов/Иванова; Smirnov/Smirnova|Смирнов/Смирнова; "
        "Kuznetsov/Kuznetsova|Кузнецов/Кузнецова; Popov/Popova|Попов/Попова; "
        "Vasiliev/Vasilieva|Васильев/Васильева; Sokolov/Sokolova|Соколов/Соколова; "
        "Mikhailov/Mikhailova|Михайлов/Михайлова; Novikov/Novikova|Новиков/Новикова; "
        "Fedorov/Fedorova|Фёдоров/Фёдорова; Morozov/Morozova|Морозов/Морозова; "
        "Volkov/Volkova|Волков/Волкова; Lebedev/Lebedeva|Лебедев/Лебедева; "
        "Orlov/Orlova|Орлов/Орлова; "
        "Zaitsev/Zaitseva|Зайцев/Зайцева"
    ),
    pat=(
        "Aleksandrovich/Aleksandrovna|Александрович/Александровна; "
        "Sergeyevich/Sergeyevna|Сергеевич/Сергеевна; Ivanovich/Ivanovna|Иванович/Ивановна; "
        "Petrovich/Petrovna|Петрович/Петровна; "
        "Vladimirovich/Vladimirovna|Владимирович/Владимировна; "
        "Nikolayevich/Nikolayevna|Николаевич/Николаевна; "
        "Andreyevich/Andreyevna|Андреевич/Андреевна; "
        "Mikhailovich/Mikhailovna|Михайлович/Михайловна"
    ),
    mid_src="pat",
    mid_p="0.9",
    show_mid="0.15",
    lhon="г-н|г-жа",
    phone="+7 9## ###-##-##; 8 (9##) ###-##-##; +7 (495) ###-##-##; 89#########; +7 812 ### ## ##",
    streets=(
        "ul. Tverskaya; ul. Lenina; prospekt Mira; ul. Sadovaya; Nevsky prospekt; ul. Gagarina; "
        "ul. Profsoyuznaya; ul. Novy Arbat"
    ),
    towns=(
        "Moscow=1#####; Saint Petersburg=19####; Novosibirsk=630###; Yekaterinburg=620###; "
        "Kazan=420###; Nizhny Novgorod=603###"
    ),
    addr="{s}, d. %#, kv. %#, {t}, {pc}; {pc}, {t}, {s} %#-%#; {s} %#, apt. %#, {t} {pc}",
    streets_n=(
        "ул. Тверская; ул. Ленина; пр-т Мира; ул. Садовая; Невский пр.; ул. Гагарина; "
        "ул. Профсоюзная; ул. Новый Арбат"
    ),
    towns_n=(
        "Москва=1#####; Санкт-Петербург=19####; Новосибирск=630###; Екатеринбург=620###; "
        "Казань=420###; Нижний Новгород=603###"
    ),
    addr_n=(
        "{pc}, г. {T}, {S}, д. %#, кв. %#; г. {T}, {S}, д. %#, корп. %, кв. %##; "
        "{S}, д. %#, кв. %#, {T}, {pc}"
    ),
    dom="mail.ru; yandex.ru; gmail.com; bk.ru; inbox.ru; list.ru; edu.hse.ru",
    co_fmt="{S} {I} LLC; OOO {S}; JSC {S} {I}",
    tld="ru",
    stems="Vektor; Gorizont; Meridian; Altair; Ladoga; Sever",
    co_n="ООО «{S}»; АО «{S}{I}»; ООО «{S} {I}»",
    stems_n="Вектор; Горизонт; Меридиан; Альтаир; Ладога; Северный ветер",
    ind_n="Логистик; Софт; Строй; Мед",
    unis=(
        "Lomonosov Moscow State University; HSE University; Saint Petersburg State "
        "University; MIPT; "
        "Bauman Moscow State Technical University; Novosibirsk State University; ITMO University"
    ),
    unis_n=(
        "МГУ имени М. В. Ломоносова; НИУ ВШЭ; СПбГУ; МФТИ; МГТУ им. Н. Э. Баумана; НГУ; "
        "Университет ИТМО"
    ),
    schools="School No. 57; Lyceum No. 239; Lyceum of HSE; Gymnasium No. 1543",
    schools_n=(
        "Школа № 57; Физико-математический лицей № 239; Лицей НИУ ВШЭ; Гимназия № 1543; Школа № 179"
    ),
    famous="Leo Tolstoy; Dmitri Mendeleev; Yuri Gagarin; Anna Akhmatova; Fyodor Dostoevsky",
    famous_n="Лев Толстой; Дмитрий Менделеев; Юрий Гагарин; Анна Ахматова; Фёдор Достоевский",
    hosp=(
        "Sklifosovsky Institute; Botkin Hospital; Pavlov First Saint Petersburg State Medical "
        "University"
    ),
    cur="@ ₽; @ руб.",
    sal="45000-350000-1000",
    thou=" ",
    dec=",",
    dates="dmy.; long",
    pp="%# #######",
    dl="## ## ######",
)

COUNTRIES["UA"] = dict(
    nation="Ukrainian",
    langs="Ukrainian, English, Polish",
    lang="uk",
    given=(
        "Oleksandr|m|Sashko|Олександр|Сашко; Andriy|m||Андрій; Dmytro|m|Dima|Дмитро|Діма; "
        "Serhiy|m||Сергій; Taras|m||Тарас; Bohdan|m|Bodya|Богдан|Бодя; Mykola|m|Kolya|Микола|Коля; "
        "Yaroslav|m|Yarko|Ярослав|Ярко; Olena|f|Lena|Олена|Лена; Iryna|f|Ira|Ірина|Іра; "
        "Oksana|f||Оксана; Nataliia|f|Natasha|Наталія|Наташа; Kateryna|f|Katia|Катерина|Катя; "
        "Solomiia|f|Solia|Соломія|Соля; Khrystyna|f||Христина; Yuliia|f||Юлія"
    ),
    sur=(
        "Kovalenko|Коваленко; Bondarenko|Бондаренко; Tkachenko|Ткаченко; Kravchenko|Кравченко; "
        "Oliinyk|Олійник; Melnyk|Мельник; Boiko|Бойко; Koval|Коваль; Polishchuk|Поліщук; "
        "Lysenko|Лисенко; Marchenko|Марченко; Hrytsenko|Гриценко; Savchuk|Савчук"
    ),
    pat=(
        "Oleksandrovych/Oleksandrivna|Олександрович/Олександрівна; "
        "Petrovych/Petrivna|Петрович/Петрівна; Ivanovych/Ivanivna|Іванович/Іванівна; "
        "Mykolaiovych/Mykolaivna|Миколайович/Миколаївна"
    ),
    mid_src="pat",
    mid_p="0.9",
    show_mid="0.15",
    lhon="пан|пані",
    phone="+380 67 ### ## ##; +380 50 ### ## ##; 093 ### ## ##; 097#######; +38 (044) ###-##-##",
    streets=(
        "vul. Velyka Vasylkivska; vul. Sumska; vul. Horodotska; prosp. Peremohy; vul. "
        "Derybasivska; "
        "vul. Khreshchatyk"
    ),
    towns="Kyiv=0####; Kharkiv=61###; Lviv=79###; Odesa=65###; Dnipro=49###; Vinnytsia=21###",
    addr="{s}, {n}, apt. %#, {t}, {pc}; {s} %#/%, {t} {pc}",
    streets_n=(
        "вул. Велика Васильківська; вул. Сумська; вул. Городоцька; просп. Перемоги; "
        "вул. Дерибасівська; вул. Хрещатик"
    ),
    towns_n="Київ=0####; Харків=61###; Львів=79###; Одеса=65###; Дніпро=49###; Вінниця=21###",
    addr_n="{S}, {n}, кв. %#, м. {T}, {pc}; {pc}, м. {T}, {S}, буд. {n}, кв. %#",
    dom="ukr.net; gmail.com; i.ua; meta.ua; knu.ua",
    co_fmt="{S} {I} LLC; TOV {S}",
    tld="com.ua",
    stems="Karpaty; Kalyna; Polissia; Soniachna; Slavuta; Dnipro",
    co_n="ТОВ «{S}»; ТОВ «{S} {I}»",
    stems_n="Карпати; Калина; Полісся; Сонячна",
    ind_n="Логістик; Софт; Буд",
    unis=(
        "Taras Shevchenko National University of Kyiv; Igor Sikorsky Kyiv Polytechnic Institute; "
        "Ivan Franko National University of Lviv; V. N. Karazin Kharkiv National University; "
        "Ukrainian Catholic University; Kyiv-Mohyla Academy"
    ),
    unis_n=(
        "КНУ імені Тараса Шевченка; КПІ ім. Ігоря Сікорського; ЛНУ імені Івана Франка; "
        "Києво-Могилянська академія"
    ),
    schools=(
        "Lyceum No. 171 Leader; Kyiv Natural Science Lyceum No. 145; Lviv Physics and "
        "Mathematics Lyceum"
    ),
    famous="Taras Shevchenko; Lesya Ukrainka; Ivan Franko; Volodymyr Zelensky; Andriy Shevchenko",
    hosp=(
        "Okhmatdyt Children's Hospital; Feofaniya Clinical Hospital; Lviv Regional Clinical "
        "Hospital"
    ),
    cur="@ грн; @ UAH",
    sal="15000-120000-500",
    thou=" ",
    dec=",",
    dates="dmy.; long",
    pp="??######",
    dl="??? ######",
)

COUNTRIES["GE"] = dict(
    nation="Georgian",
    langs="Georgian, English, Russian",
    lang="en",
    given=(
        "Giorgi|m|Gio|გიორგი; Nino|f||ნინო; Davit|m|Dato|დავით; Mariam|f|Mari|მარიამ; "
        "Levan|m|Leko|ლევან; Tamar|f|Tamo|თამარ; Irakli|m||ირაკლი; Ana|f||ანა; Luka|m||ლუკა; "
        "Salome|f||სალომე; Nika|m||ნიკა; Eka|f||ეკა"
    ),
    sur=(
        "Beridze|ბერიძე; Kapanadze|კაპანაძე; Gelashvili|გელაშვილი; Maisuradze|მაისურაძე; "
        "Giorgadze|გიორგაძე; Lomidze|ლომიძე; Tsiklauri|წიკლაური; Bolkvadze|ბოლქვაძე; "
        "Abashidze|აბაშიძე; Nozadze|ნოზაძე; Chkheidze|ჩხეიძე"
    ),
    phone="+995 5## ## ## ##; 5## ## ## ##; +995 32 2## ## ##; 599######",
    streets=(
        "Chavchavadze Ave; Rustaveli Ave; Pekini St; Kazbegi Ave; Vazha-Pshavela Ave; "
        "Paliashvili St; "
        "Gorgasali St"
    ),
    towns="Tbilisi=01##; Batumi=60##; Kutaisi=46##; Rustavi=37##",
    addr="{s} %#, apt %#, {t} {pc}; %# {s}, {t} {pc}",
    streets_n="ჭავჭავაძის გამზ.; რუსთაველის გამზ.; პეკინის ქ.; ყაზბეგის გამზ.; ვაჟა-ფშაველას გამზ.",
    towns_n="თბილისი=01##; ბათუმი=60##; ქუთაისი=46##",
    addr_n="{T}, {S} N%#, ბინა %#",
    dom="gmail.com; yahoo.com; mail.ru; tsu.ge",
    co_fmt="{S} {I} LLC; {S} JSC",
    tld="ge",
    stems="Kartli; Iveria; Rioni; Aragvi; Kolkhi; Mtkvari",
    unis=(
        "Ivane Javakhishvili Tbilisi State University; Ilia State University; Free "
        "University of Tbilisi; "
        "Georgian Technical University; Batumi Shota Rustaveli State University"
    ),
    schools=(
        "Tbilisi Public School No. 1; Komarovi Physics and Mathematics School; "
        "Georgian-American School; "
        "British-Georgian Academy"
    ),
    famous="Shota Rustaveli; Niko Pirosmani; Khvicha Kvaratskhelia; Ilia Chavchavadze",
    cur="@ ₾; @ GEL",
    sal="1200-9000-50",
    dates="dmy/; dmy.; long",
    pp="##??#####",
)

COUNTRIES["AM"] = dict(
    nation="Armenian",
    langs="Armenian, Russian, English",
    lang="en",
    given=(
        "Armen|m||Արմեն; Anahit|f||Անահիտ; Hayk|m||Հայկ; Lusine|f||Լուսինե; Vahe|m||Վահե; "
        "Mariam|f||Մարիամ; Narek|m||Նարեկ; Ani|f||Անի; Gor|m||Գոռ; Hasmik|f||Հասմիկ; "
        "Davit|m||Դավիթ; Siranush|f||Սիրանուշ"
    ),
    sur=(
        "Petrosyan|Պետրոսյան; Hovhannisyan|Հովհաննիսյան; Grigoryan|Գրիգորյան; "
        "Harutyunyan|Հարությունյան; Khachatryan|Խաչատրյան; Vardanyan|Վարդանյան; "
        "Avetisyan|Ավետիսյան; Hakobyan|Հակոբյան; Gevorgyan|Գևորգյան; Mkrtchyan|Մկրտչյան; "
        "Karapetyan|Կարապետյան"
    ),
    phone="+374 9# ######; 09# ######; +374 10 ######; 077 ## ## ##",
    streets=(
        "Abovyan St; Tumanyan St; Mashtots Ave; Komitas Ave; Baghramyan Ave; Sayat-Nova Ave; "
        "Northern Ave"
    ),
    towns="Yerevan=00##; Gyumri=31##; Vanadzor=20##",
    addr="%# {s}, apt %#, {t} {pc}; {s} %#/%, {t} {pc}",
    streets_n="Աբովյան փողոց; Թումանյան փողոց; Մաշտոցի պողոտա; Կոմիտասի պողոտա; Բաղրամյան պողոտա",
    towns_n="Երևան=00##; Գյումրի=31##",
    addr_n="{T}, {S} %#, բն. %#",
    dom="gmail.com; mail.ru; yandex.ru; ysu.am",
    co_fmt="{S} {I} LLC; {S} CJSC",
    tld="am",
    stems="Arax; Sevan; Garni; Masis; Aragats; Dilijan",
    unis=(
        "Yerevan State University; American University of Armenia; "
        "National Polytechnic University of Armenia; Yerevan State Medical University"
    ),
    schools=(
        "Ayb School; Quantum College; School No. 55 after Chekhov; Mkhitar Sebastatsi "
        "Educational Complex"
    ),
    famous="Komitas; Charles Aznavour; Aram Khachaturian; Hovhannes Tumanyan",
    cur="@ ֏; @ AMD",
    sal="200000-1500000-5000",
    dates="dmy.; dmy/; long",
    pp="??#######",
)

COUNTRIES["GR"] = dict(
    nation="Greek",
    langs="Greek, English, German",
    lang="el",
    given=(
        "Giorgos|m||Γιώργος; Maria|f||Μαρία; Dimitris|m|Mitsos|Δημήτρης|Μήτσος; "
        "Eleni|f|Lena|Ελένη; "
        "Nikos|m||Νίκος; Katerina|f|Kaiti|Κατερίνα; Kostas|m||Κώστας; Sofia|f||Σοφία; "
        "Yiannis|m||Γιάννης; Vasiliki|f|Vaso|Βασιλική|Βάσω; Panagiotis|m|Panos|Παναγιώτης|Πάνος; "
        "Despina|f||Δέσποινα; Christos|m||Χρήστος; Eirini|f|Rena|Ειρήνη; "
        "Athanasios|m|Thanos|Αθανάσιος|Θάνος; "
        "Konstantina|f|Dina|Κωνσταντίνα"
    ),
    sur=(
        "Papadopoulos/Papadopoulou|Παπαδόπουλος/Παπαδοπούλου; Georgiou|Γεωργίου; "
        "Nikolaidis/Nikolaidou|Νικολαΐδης/Νικολαΐδου; Papadakis/Papadaki|Παπαδάκης/Παπαδάκη; "
        "Oikonomou|Οικονόμου; Karagiannis/Karagianni|Καραγιάννης/Καραγιάννη; "
        "Vlachos/Vlachou|Βλάχος/Βλάχου; "
        "Ioannou|Ιωάννου; Antoniou|Αντωνίου; Makris/Makri|Μακρής/Μακρή; Alexiou|Αλεξίου; "
        "Dimitriou|Δημητρίου"
    ),
    lhon="κ.|κα",
    phone="+30 69# ### ####; 69# ### ####; +30 210 ### ####; 2310 ######",
    streets="Ermou; Patision; Egnatia; Tsimiski; Vasilissis Sofias Ave.; Kifisias Ave.; Akadimias",
    towns="Athens=1## ##; Thessaloniki=54# ##; Patras=26# ##; Heraklion=71# ##; Marousi=151 ##",
    addr="{s} {n}, {pc} {t}; {s} {n}, fl. %, {pc} {t}",
    streets_n="Ερμού; Πατησίων; Εγνατία; Τσιμισκή; Λεωφ. Κηφισίας; Ακαδημίας",
    towns_n="Αθήνα=1## ##; Θεσσαλονίκη=54# ##; Πάτρα=26# ##; Ηράκλειο=71# ##",
    addr_n="{S} {n}, {pc} {T}; {S} {n}, %ος όροφος, {pc} {T}",
    dom="gmail.com; yahoo.gr; hotmail.com; otenet.gr; uoa.gr",
    co_fmt="{S} {I} S.A.; {S} {I} IKE; {S} A.E.",
    tld="gr",
    stems="Olympos; Ionion; Delfini; Elia; Pelagos; Kyma",
    unis=(
        "National and Kapodistrian University of Athens; Aristotle University of Thessaloniki; "
        "National Technical University of Athens; University of Crete; Athens University of "
        "Economics and Business"
    ),
    schools="Varvakeio Model High School; Anatolia College; Athens College; Arsakeio of Psychiko",
    famous="Nikos Kazantzakis; Maria Callas; Giannis Antetokounmpo; Melina Mercouri",
    hosp="Evangelismos Hospital; AHEPA University Hospital; Attikon University Hospital",
    cur="@ €; €@",
    sal="800-4500-50",
    thou=".",
    dec=",",
    dates="dmy/; long",
    pp="??#######",
    dl="#########",
)

COUNTRIES["IT"] = dict(
    nation="Italian",
    langs="italiano, inglese, francese",
    lang="it",
    given=(
        "Marco|m; Giulia|f; Luca|m; Francesca|f|Fra; Alessandro|m|Ale; Chiara|f; Giuseppe|m|Beppe; "
        "Sara|f; Matteo|m|Teo; Martina|f; Andrea|m; Elena|f; Lorenzo|m|Enzo; Federica|f|Fede; "
        "Salvatore|m|Totò; Rosa|f; Simone|m; Valentina|f|Vale"
    ),
    sur=(
        "Rossi; Russo; Ferrari; Esposito; Bianchi; Romano; Colombo; Ricci; Marino; Greco; Bruno; "
        "Gallo; Conti; De Luca; Costa; Giordano; Mancini; Lombardi; Moretti; Barbieri; Fontana; "
        "Santoro; Di Stefano; D'Angelo"
    ),
    hon="Mr|Ms",
    lhon="Sig.|Sig.ra",
    phone="+39 3## ### ####; 3## #######; +39 02 #### ####; 06 ########; 333 ### ####",
    streets=(
        "Via Roma; Via Giuseppe Garibaldi; Corso Vittorio Emanuele II; Via dei Mille; Viale Monza; "
        "Via Toledo; Via Nazionale; Via delle Rose"
    ),
    towns=(
        "Milano (MI)=201##; Roma (RM)=001##; Napoli (NA)=801##; Torino (TO)=101##; Bologna "
        "(BO)=401##; "
        "Palermo (PA)=901##; Firenze (FI)=501##"
    ),
    addr="{s} {n}, {pc} {t}; {s}, {n} - {pc} {t}; {s} {n}, scala ?, int. %#, {pc} {t}",
    dom="libero.it; gmail.com; alice.it; virgilio.it; tiscali.it; studenti.unimi.it",
    co_fmt="{S} {I} S.r.l.; {S} {I} S.p.A.; {S} & Figli S.n.c.",
    ind="Logistica; Servizi; Costruzioni; Alimentari; Informatica; Consulting",
    tld="it",
    stems="Aurora; Borgo; Vela; Fiume; Colle; Laguna; Sole",
    unis=(
        "Università di Bologna; Politecnico di Milano; Sapienza Università di Roma; "
        "Università degli Studi di Milano; Università di Padova; Università Bocconi; "
        "Università Federico II di Napoli"
    ),
    schools=(
        "Liceo Classico Giulio Cesare; Liceo Scientifico Leonardo da Vinci; ITIS Galileo Galilei; "
        "Liceo Parini; Istituto Comprensivo Dante Alighieri"
    ),
    famous="Dante Alighieri; Rita Levi-Montalcini; Enrico Fermi; Maria Montessori; Umberto Eco",
    hosp="Ospedale Niguarda; Policlinico Gemelli; Ospedale San Raffaele; Ospedale Cardarelli",
    cur="@ €; € @",
    sal="1300-4500-50",
    thou=".",
    dec=",",
    dates="dmy/; long; dmy-",
    pp="??#######",
    dl="??#######?",
)

COUNTRIES["FR"] = dict(
    nation="French",
    langs="français, anglais, espagnol",
    lang="fr",
    given=(
        "Camille|u; Lucas|m; Manon|f; Hugo|m; Chloé|f; Louis|m; Léa|f; Thomas|m; Inès|f; Nathan|m; "
        "Sarah|f; Jean-Baptiste|m|JB; Marie-Claire|f; Théo|m; Océane|f; Pierre|m; Margaux|f; "
        "Mathieu|m|Mat; Aurélie|f; Rose|f"
    ),
    sur=(
        "Martin; Bernard; Dubois; Thomas; Robert; Richard; Petit; Durand; Leroy; Moreau; Simon; "
        "Laurent; Lefebvre; Michel; Garcia; David; Bertrand; Roux; Vincent; Fournier; Morel; "
        "Girard; "
        "Bonnet; Dupont; Lambert; Fontaine; de Villiers; Le Gall; Le Goff; Martin-Lefèvre"
    ),
    hon="M.|Mme",
    lhon="M.|Mme",
    phone="+33 6 ## ## ## ##; 06 ## ## ## ##; +33 (0)7 ## ## ## ##; 01 ## ## ## ##; 07.##.##.##.##",
    streets=(
        "rue de la République; avenue Jean Jaurès; boulevard Voltaire; rue des Lilas; rue "
        "Victor Hugo; "
        "chemin des Vignes; allée des Tilleuls; place du Marché; rue Nationale"
    ),
    towns=(
        "Paris=750##; Lyon=6900%; Marseille=130##; Toulouse=310##; Lille=590##; Nantes=440##; "
        "Bordeaux=330##; Rennes=350##; Saint-Denis (La Réunion)=974##"
    ),
    addr=(
        "{n} {s}, {pc} {t}; {n} bis, {s}, {pc} {t}; Appt %#, {n} {s}, {pc} {t}; Résidence Les "
        "Pins, bât. ?, {n} {s}, {pc} {t}"
    ),
    dom="orange.fr; free.fr; laposte.net; gmail.com; sfr.fr; wanadoo.fr; etu.univ-lyon1.fr",
    co_fmt="{S} {I} SAS; {S} {I} SARL; {S} Conseil SA; Groupe {S}",
    ind="Logistique; Conseil; Services; Bâtiment; Informatique; Restauration",
    tld="fr",
    stems="Lumière; Horizon; Mistral; Garonne; Bocage; Azur",
    unis=(
        "Sorbonne Université; Université Paris Cité; Université Lyon 1; Sciences Po; École "
        "Polytechnique; "
        "Université de Bordeaux; Université Grenoble Alpes"
    ),
    schools=(
        "Lycée Henri-IV; Lycée Louis-le-Grand; Lycée Victor Hugo; Collège Jean Moulin; "
        "École élémentaire Jules Ferry; Lycée Marie Curie"
    ),
    famous=(
        "Victor Hugo; Marie Curie; Simone de Beauvoir; Albert Camus; Kylian Mbappé; Emmanuel Macron"
    ),
    hosp=(
        "Hôpital Necker; Hôpital de la Pitié-Salpêtrière; CHU de Bordeaux; Hôpital Édouard-Herriot"
    ),
    cur="@ €",
    sal="1800-6000-50",
    thou=" ",
    dec=",",
    dates="dmy/; long",
    pp="##??#####",
    dl="############",
)

COUNTRIES["BE"] = dict(
    nation="Belgian",
    langs="Nederlands, Frans, Engels",
    lang="nl",
    given=(
        "Lotte|f; Wout|m; Elise|f; Arne|m; Hanne|f; Pieter-Jan|m|PJ; Sien|f; Jens|m; Maxime|u; "
        "Amandine|f; Quentin|m; Pauline|f; Femke|f; Ruben|m"
    ),
    sur=(
        "Peeters; Janssens; Maes; Jacobs; Mertens; Willems; Claes; Goossens; Wouters; De Smet; "
        "Van den Broeck; Vandenberghe; Dubois; Lambert; Dupont; Leclercq"
    ),
    lhon="dhr.|mevr.",
    phone="+32 47# ## ## ##; 047# ## ## ##; +32 2 ### ## ##; 04## ## ## ##; 09 ### ## ##",
    streets=(
        "Kerkstraat; Stationsstraat; Meir; Veldstraat; Rue Haute; Chaussée de Wavre; Avenue "
        "Louise; "
        "Rue du Midi"
    ),
    towns=(
        "Antwerpen=2000; Berchem=2600; Gent=9000; Bruxelles=1000; Ixelles=1050; Leuven=3000; "
        "Liège=4000; Namur=5000; Brugge=8000"
    ),
    addr="{s} {n}, {pc} {t}; {s} {n} bus %, {pc} {t}; {s} {n}/%#, {pc} {t}",
    dom="telenet.be; skynet.be; gmail.com; hotmail.com; proximus.be; student.kuleuven.be",
    co_fmt="{S} {I} NV; {S} {I} BV; {S} {I} SRL; {S} SA",
    tld="be",
    stems="Schelde; Ardennen; Brabo; Kempen; Zonnebloem; Leie",
    unis=(
        "KU Leuven; Universiteit Gent; Université libre de Bruxelles; UCLouvain; Université "
        "de Liège; "
        "Vrije Universiteit Brussel; Universiteit Antwerpen"
    ),
    schools=(
        "Sint-Barbaracollege; Koninklijk Atheneum Antwerpen; Athénée Royal d'Uccle; Collège "
        "Saint-Michel; "
        "Sint-Jan Berchmanscollege"
    ),
    famous="Jacques Brel; Hergé; Eddy Merckx; Georges Lemaître; Stromae",
    hosp="UZ Leuven; UZ Gent; Cliniques universitaires Saint-Luc; CHU de Liège",
    cur="@ €; € @",
    sal="2200-6000-50",
    thou=".",
    dec=",",
    dates="dmy/; long",
    pp="??######",
    dl="##########",
)

COUNTRIES["CH"] = dict(
    nation="Swiss",
    langs="Deutsch, Französisch, Englisch",
    lang="de",
    given=(
        "Luca|m; Lea|f; Noah|m; Mia|f; Reto|m; Seraina|f; Urs|m; Nicole|f; Beat|m; Corinne|f; "
        "Jürg|m; Fabienne|f; Gian|m; Ladina|f"
    ),
    sur=(
        "Müller; Meier; Schmid; Keller; Weber; Huber; Schneider; Brunner; Baumann; Gerber; Frei; "
        "Zimmermann; Bühler; Rochat; Favre; Bernasconi; Moser; Steiner"
    ),
    lhon="Herr|Frau",
    phone="+41 7# ### ## ##; 07# ### ## ##; +41 44 ### ## ##; 079 ### ## ##; 021 ### ## ##",
    streets=(
        "Bahnhofstrasse; Seefeldstrasse; Rue de Lausanne; Kramgasse; Via Nassa; Spalenberg; "
        "Langstrasse"
    ),
    towns=(
        "Zürich=80##; Bern=30##; Basel=40##; Genève=12##; Lausanne=10##; Lugano=69##; Luzern=60##"
    ),
    addr="{s} {n}, {pc} {t}; {s} {n}, CH-{pc} {t}",
    dom="bluewin.ch; gmx.ch; gmail.com; sunrise.ch; hispeed.ch; student.ethz.ch",
    co_fmt="{S} {I} AG; {S} {I} GmbH; {S} {I} SA; {S} {I} Sàrl",
    tld="ch",
    stems="Alpenblick; Rhône; Edelweiss; Säntis; Limmat; Jura",
    unis=(
        "ETH Zürich; EPFL; Universität Zürich; Université de Genève; Universität Bern; "
        "Università della Svizzera italiana; Universität Basel"
    ),
    schools=(
        "Kantonsschule Zürich Nord; Gymnase de Chamblandes; Gymnasium Kirchenfeld; "
        "Liceo cantonale di Lugano 1; Collège Calvin"
    ),
    famous="Albert Einstein; Roger Federer; Jean Piaget; Le Corbusier; Johanna Spyri",
    hosp="Universitätsspital Zürich; Inselspital Bern; HUG Genève; CHUV Lausanne",
    cur="CHF @",
    sal="5000-14000-50",
    thou="'",
    dates="dmy.; long",
    pp="?#######",
    dl="%#####",
)

COUNTRIES["DE"] = dict(
    nation="German",
    langs="Deutsch, Englisch, Französisch",
    lang="de",
    given=(
        "Lukas|m; Anna|f; Maximilian|m|Max; Sophie|f; Jonas|m; Lena|f; Felix|m; Laura|f; Tim|m; "
        "Julia|f|Jule; Niklas|m; Hannah|f; Jan|m; Katharina|f|Kathi; Florian|m|Flo; "
        "Johanna|f|Hanna; "
        "Stefan|m; Sabine|f; Jürgen|m; Ursula|f|Uschi; Wolfgang|m|Wolfi; Sven|m; Kerstin|f; "
        "Dieter|m"
    ),
    sur=(
        "Müller; Schmidt; Schneider; Fischer; Weber; Meyer; Wagner; Becker; Schulz; "
        "Hoffmann; Koch; "
        "Bauer; Richter; Klein; Wolf; Schröder; Neumann; Schwarz; Zimmermann; Braun; Krüger; "
        "Hartmann; Lange; Werner; von Bergen; von der Heide"
    ),
    lhon="Herr|Frau",
    phone=(
        "+49 151 ########; 0151 #######; +49 (0)30 #######; 0176 ########; 089 #######; +49 171 "
        "#######"
    ),
    streets=(
        "Hauptstraße; Bahnhofstraße; Goethestraße; Schillerstraße; Lindenallee; Am Markt; "
        "Berliner Straße; Kastanienweg; Friedrich-Ebert-Straße"
    ),
    towns=(
        "Berlin=10###; München=80###; Hamburg=20###; Köln=50###; Frankfurt am Main=60###; "
        "Stuttgart=70###; Leipzig=04###; Dresden=01###"
    ),
    addr="{s} {n}, {pc} {t}; {s} {n}, {pc} {t}-Mitte; {s} %#a, {pc} {t}",
    dom="web.de; gmx.de; t-online.de; gmail.com; posteo.de; mailbox.org; stud.uni-heidelberg.de",
    co_fmt="{S} {I} GmbH; {S} {I} AG; {S} & Partner mbB; {S} {I} GmbH & Co. KG",
    ind="Logistik; Beratung; Bau; Medizintechnik; Software; Gastronomie",
    tld="de",
    stems="Nordlicht; Sonnenfeld; Lindenhof; Rheinblick; Eichenwald; Hafenkante; Weserland",
    unis=(
        "TU München; LMU München; Humboldt-Universität zu Berlin; Universität Heidelberg; "
        "RWTH Aachen; "
        "Universität Hamburg; TU Dresden; Universität zu Köln"
    ),
    schools=(
        "Goethe-Gymnasium; Schiller-Gymnasium; Albert-Einstein-Gymnasium; Sophie-Scholl-Schule; "
        "Carl-Friedrich-Gauß-Schule; Grundschule am Lindenhof"
    ),
    famous=(
        "Johann Wolfgang von Goethe; Albert Einstein; Angela Merkel; Max Planck; Lise Meitner; "
        "Hannah Arendt"
    ),
    hosp=(
        "Charité – Universitätsmedizin Berlin; Klinikum rechts der Isar; Universitätsklinikum "
        "Heidelberg"
    ),
    cur="@ €; @ EUR",
    sal="2400-8000-50",
    thou=".",
    dec=",",
    dates="dmy.; long",
    pp="C%##?#???",
    dl="?###???#?##",
)

COUNTRIES["AT"] = dict(
    COUNTRIES["DE"],
    nation="Austrian",
    langs="Deutsch, Englisch, Italienisch",
    given=(
        "Lukas|m; Anna|f; Florian|m|Flo; Katharina|f; Matthias|m|Hias; Sarah|f; Stefan|m|Steff; "
        "Julia|f; Alexander|m|Alex; Lisa|f; Sebastian|m|Basti; Theresa|f|Resi; Johann|m|Hans; "
        "Magdalena|f|Leni"
    ),
    sur=(
        "Gruber; Huber; Wagner; Müller; Pichler; Steiner; Moser; Mayer; Hofer; Leitner; Berger; "
        "Fuchs; Eder; Fischer; Schwarz; Wimmer; Lehner; Egger"
    ),
    phone="+43 664 #######; 0664 #######; +43 1 ### ## ##; 0650 #######; +43 676 ### ####",
    streets=(
        "Mariahilfer Straße; Landstraßer Hauptstraße; Getreidegasse; Herrengasse; Linzer Gasse; "
        "Wiener Straße"
    ),
    towns="Wien=1%#0; Graz=80##; Linz=40##; Salzburg=50##; Innsbruck=60##",
    addr="{s} {n}/%#, {pc} {t}; {s} {n}/%/%, {pc} {t}; {s} {n}, {pc} {t}",
    dom="gmx.at; aon.at; chello.at; gmail.com; a1.net; student.tuwien.ac.at",
    co_fmt="{S} {I} GmbH; {S} {I} AG; {S} & Co KG",
    tld="at",
    stems="Donaublick; Alpenrose; Wachau; Tauern; Bergland; Salzach",
    unis=(
        "Universität Wien; TU Wien; Universität Innsbruck; Universität Graz; WU Wien; JKU Linz; "
        "Universität Salzburg"
    ),
    schools=(
        "Theresianum; Akademisches Gymnasium Wien; BG/BRG Klosterneuburg; Bundesgymnasium "
        "Graz; HTL Rennweg"
    ),
    famous=(
        "Wolfgang Amadeus Mozart; Sigmund Freud; Marie von Ebner-Eschenbach; Niki Lauda; Erwin "
        "Schrödinger"
    ),
    hosp="AKH Wien; LKH-Univ. Klinikum Graz; Klinik Innsbruck",
    sal="2200-7000-50",
    pp="?#######",
    dl="########",
)

COUNTRIES["NL"] = dict(
    nation="Dutch",
    langs="Nederlands, Engels, Duits",
    lang="nl",
    given=(
        "Daan|m; Emma|f; Sem|m; Julia|f; Lucas|m; Sophie|f; Bram|m; Fleur|f; Jeroen|m; Sanne|f; "
        "Thijs|m; Anouk|f; Joost|m; Maartje|f; Pieter|m; Femke|f; Willem|m|Wim; Geertruida|f|Truus"
    ),
    sur=(
        "de Jong; Jansen; de Vries; van den Berg; van Dijk; Bakker; Janssen; Visser; Smit; Meijer; "
        "de Boer; Mulder; de Groot; Bos; Vos; Peters; Hendriks; van Leeuwen; Dekker; Brouwer; "
        "de Wit; van der Meer"
    ),
    lhon="dhr.|mevr.",
    phone="+31 6 ########; 06-########; +31 20 ### ####; 06 #### ####; 010-#######",
    streets=(
        "Keizersgracht; Kerkstraat; Dorpsstraat; Oudegracht; Laan van Meerdervoort; Nieuwe "
        "Binnenweg; "
        "Stationsweg; Willemsparkweg"
    ),
    towns=(
        "Amsterdam=10## ??; Rotterdam=30## ??; Utrecht=35## ??; Den Haag=25## ??; Eindhoven=56## "
        "??; Groningen=97## ??"
    ),
    addr="{s} {n}, {pc} {t}; {s} {n}-?, {pc} {t}; {s} %# hs, {pc} {t}; {s} %#-II, {pc} {t}",
    dom="ziggo.nl; kpnmail.nl; hotmail.com; gmail.com; xs4all.nl; student.uva.nl",
    co_fmt="{S} {I} B.V.; {S} {I} BV; {S} Groep N.V.",
    tld="nl",
    stems="Tulp; Polder; Molenwijk; Duinzicht; Grachtenhuis; Dijkzicht",
    unis=(
        "Universiteit van Amsterdam; TU Delft; Universiteit Leiden; Universiteit Utrecht; "
        "Erasmus Universiteit Rotterdam; Rijksuniversiteit Groningen; Radboud Universiteit"
    ),
    schools=(
        "Stedelijk Gymnasium Leiden; Barlaeus Gymnasium; Het Amsterdams Lyceum; Erasmiaans "
        "Gymnasium; "
        "Montessori Lyceum Amsterdam"
    ),
    famous="Vincent van Gogh; Anne Frank; Desiderius Erasmus; Johan Cruijff; Max Verstappen",
    hosp="Amsterdam UMC; Erasmus MC; UMC Utrecht; LUMC",
    cur="€ @; @ EUR",
    sal="2200-6500-50",
    thou=".",
    dec=",",
    dates="dmy-; dmy/; long",
    pp="??%######",
    dl="##########",
)

COUNTRIES["SE"] = dict(
    nation="Swedish",
    langs="svenska, engelska, tyska",
    lang="sv",
    given=(
        "Erik|m; Anna|f; Lars|m; Maria|f; Karl|m|Kalle; Emma|f; Johan|m; Sara|f; Oskar|m; Elin|f; "
        "Gustav|m|Gurra; Maja|f; Björn|m; Linnéa|f; Axel|m; Ebba|f; Sven|m; Ingrid|f"
    ),
    sur=(
        "Andersson; Johansson; Karlsson; Nilsson; Eriksson; Larsson; Olsson; Persson; Svensson; "
        "Gustafsson; Lindberg; Lindqvist; Berg; Holm; Sandberg; Ek; Lund; Strand"
    ),
    phone="+46 7# ### ## ##; 07#-### ## ##; +46 8 ### ### ##; 070 ### ## ##; 08-### ## ##",
    streets="Drottninggatan; Storgatan; Kungsgatan; Vasagatan; Götgatan; Sveavägen; Linnégatan",
    towns="Stockholm=1## ##; Göteborg=4## ##; Malmö=2## ##; Uppsala=75# ##; Umeå=90# ##",
    addr="{s} {n}, {pc} {t}; {s} {n}, lgh %%0%, {pc} {t}; {s} {n} ?, {pc} {t}",
    dom="gmail.com; hotmail.se; telia.com; outlook.com; bredband.net; student.lu.se",
    co_fmt="{S} {I} AB; {S} AB",
    tld="se",
    stems="Norrsken; Granskog; Havsvind; Björkudden; Ljung; Älvdal",
    unis=(
        "Uppsala universitet; Lunds universitet; KTH; Stockholms universitet; Chalmers; "
        "Göteborgs universitet; Umeå universitet"
    ),
    schools=(
        "Norra Real; Katedralskolan; Hvitfeldtska gymnasiet; Södra Latin; Kungsholmens gymnasium"
    ),
    famous="Astrid Lindgren; Greta Thunberg; Alfred Nobel; Ingmar Bergman; Zlatan Ibrahimović",
    hosp=(
        "Karolinska Universitetssjukhuset; Sahlgrenska universitetssjukhuset; Skånes "
        "universitetssjukhus"
    ),
    cur="@ kr; @ SEK",
    sal="28000-75000-100",
    thou=" ",
    dec=",",
    dates="ymd-; long",
    pp="########",
)

COUNTRIES["NO"] = dict(
    nation="Norwegian",
    langs="norsk, engelsk",
    lang="en",
    given=(
        "Ole|m; Ingrid|f; Lars|m; Kari|f; Magnus|m; Nora|f; Henrik|m; Ingeborg|f; Sindre|m; "
        "Sigrid|f; Eirik|m; Solveig|f; Håkon|m; Marit|f"
    ),
    sur=(
        "Hansen; Johansen; Olsen; Larsen; Andersen; Pedersen; Nilsen; Kristiansen; Berg; Haugen; "
        "Hagen; Bakken; Dahl; Lie; Moen; Strand"
    ),
    phone="+47 4## ## ###; 9## ## ###; +47 22 ## ## ##; 4## ## ###",
    streets=(
        "Karl Johans gate; Storgata; Thorvald Meyers gate; Bogstadveien; Kongens gate; Markveien"
    ),
    towns="Oslo=0###; Bergen=50##; Trondheim=70##; Stavanger=40##; Tromsø=90##",
    addr="{s} {n}, {pc} {t}; {s} {n}?, {pc} {t}; {s} {n}, H0%0%, {pc} {t}",
    dom="online.no; gmail.com; hotmail.com; outlook.com; stud.ntnu.no",
    co_fmt="{S} {I} AS; {S} ASA",
    tld="no",
    stems="Fjordlys; Bølge; Havørn; Tindefjell; Lysglimt; Nordvind",
    unis=(
        "Universitetet i Oslo; NTNU; Universitetet i Bergen; UiT Norges arktiske universitet; "
        "BI Norwegian Business School"
    ),
    schools=(
        "Oslo katedralskole; Kongsberg videregående skole; Bergen katedralskole; Trondheim "
        "katedralskole"
    ),
    famous="Henrik Ibsen; Edvard Munch; Roald Amundsen; Magnus Carlsen; Erling Haaland",
    hosp="Oslo universitetssykehus; Haukeland universitetssjukehus; St. Olavs hospital",
    cur="@ kr; NOK @",
    sal="40000-90000-100",
    thou=" ",
    dec=",",
    dates="dmy.; long",
    pp="??#######",
)

COUNTRIES["DK"] = dict(
    nation="Danish",
    langs="dansk, engelsk, tysk",
    lang="en",
    given=(
        "Mads|m; Sofie|f; Rasmus|m; Ida|f; Frederik|m; Freja|f; Mikkel|m; Mette|f; Jesper|m; "
        "Camilla|f; Søren|m; Line|f; Kasper|m; Signe|f"
    ),
    sur=(
        "Nielsen; Jensen; Hansen; Pedersen; Andersen; Christensen; Larsen; Sørensen; Rasmussen; "
        "Jørgensen; Madsen; Kristensen; Møller; Holm"
    ),
    phone="+45 ## ## ## ##; ## ## ## ##; +45 2# ## ## ##",
    streets="Nørrebrogade; Vesterbrogade; Jægersborggade; Østerbrogade; Algade; Søndergade",
    towns="København N=2200; København Ø=2100; Aarhus C=8000; Odense C=5000; Aalborg=9000",
    addr="{s} {n}, %. tv., {pc} {t}; {s} {n}, st. th., {pc} {t}; {s} {n}, {pc} {t}",
    dom="gmail.com; hotmail.com; mail.dk; outlook.dk; post.au.dk",
    co_fmt="{S} {I} ApS; {S} {I} A/S",
    tld="dk",
    stems="Fyrtårn; Søndervang; Bøgeskov; Havhest; Klitgaard; Lyngby",
    unis=(
        "Københavns Universitet; Aarhus Universitet; DTU; Syddansk Universitet; Aalborg "
        "Universitet; CBS"
    ),
    schools="Metropolitanskolen; Aarhus Katedralskole; Sorø Akademi; Ørestad Gymnasium",
    famous="Hans Christian Andersen; Niels Bohr; Karen Blixen; Søren Kierkegaard",
    hosp="Rigshospitalet; Aarhus Universitetshospital; Odense Universitetshospital",
    cur="@ kr.; DKK @",
    sal="32000-70000-100",
    thou=".",
    dec=",",
    dates="dmy-; dmy.; long",
    pp="#########",
)

COUNTRIES["IS"] = dict(
    nation="Icelandic",
    langs="íslenska, enska, danska",
    lang="en",
    given=(
        "Jón|m; Guðrún|f|Gunna; Sigurður|m|Siggi; Anna|f; Gunnar|m; Kristín|f|Stína; Ólafur|m|Óli; "
        "Sigríður|f|Sigga; Einar|m; Helga|f; Stefán|m; Margrét|f|Magga"
    ),
    sur=(
        "Jónsson/Jónsdóttir; Sigurðsson/Sigurðardóttir; Guðmundsson/Guðmundsdóttir; "
        "Gunnarsson/Gunnarsdóttir; Ólafsson/Ólafsdóttir; Einarsson/Einarsdóttir; "
        "Kristjánsson/Kristjánsdóttir; Magnússon/Magnúsdóttir; Helguson/Helgudóttir"
    ),
    phone="+354 ### ####; ### ####; +354 5## ####",
    streets="Laugavegur; Skólavörðustígur; Hringbraut; Hverfisgata; Bústaðavegur",
    towns=(
        "Reykjavík=101; Reykjavík=105; Reykjavík=107; Kópavogur=200; Akureyri=600; "
        "Hafnarfjörður=220"
    ),
    addr="{s} {n}, {pc} {t}; {s} {n}, íbúð %0%, {pc} {t}",
    dom="simnet.is; gmail.com; hi.is; internet.is",
    co_fmt="{S} {I} ehf.; {S} hf.",
    tld="is",
    stems="Norðurljós; Jökull; Hekla; Lundi; Esja",
    unis="Háskóli Íslands; Háskólinn í Reykjavík; Háskólinn á Akureyri",
    schools="Menntaskólinn í Reykjavík; Verzlunarskóli Íslands; Menntaskólinn við Hamrahlíð",
    famous="Björk; Halldór Laxness; Vigdís Finnbogadóttir",
    cur="@ kr.; ISK @",
    sal="550000-1400000-5000",
    thou=".",
    dec=",",
    dates="dmy.; long",
    pp="?#######",
)

COUNTRIES["FI"] = dict(
    nation="Finnish",
    langs="suomi, ruotsi, englanti",
    lang="en",
    given=(
        "Juha|m; Anna|f; Mikko|m; Laura|f; Matti|m; Maria|f; Antti|m; Emilia|f; Jukka|m; Aino|f; "
        "Ville|m; Sanna|f; Eero|m; Helmi|f; Onni|m; Tuuli|f"
    ),
    sur=(
        "Korhonen; Virtanen; Mäkinen; Nieminen; Mäkelä; Hämäläinen; Laine; Heikkinen; Koskinen; "
        "Järvinen; Lehtonen; Salminen; Rantanen; Lahtinen; Kinnunen"
    ),
    phone="+358 40 ### ####; 040 ### ####; +358 50 ### ####; 09 ### ####; 044 ### ####",
    streets=(
        "Mannerheimintie; Hämeenkatu; Aleksanterinkatu; Kauppakatu; Fredrikinkatu; Yliopistonkatu"
    ),
    towns="Helsinki=00###; Tampere=33###; Turku=20###; Oulu=90###; Espoo=02###",
    addr="{s} {n} ? %#, {pc} {t}; {s} {n}, {pc} {t}; {s} {n} as. %#, {pc} {t}",
    dom="gmail.com; hotmail.com; luukku.com; elisanet.fi; helsinki.fi",
    co_fmt="{S} {I} Oy; {S} Oyj",
    tld="fi",
    stems="Revontuli; Kuusi; Ukko; Pohjola; Tuulensuu; Kaamos",
    unis=(
        "Helsingin yliopisto; Aalto-yliopisto; Tampereen yliopisto; Turun yliopisto; Oulun "
        "yliopisto; "
        "Jyväskylän yliopisto"
    ),
    schools=(
        "Helsingin Suomalainen Yhteiskoulu; Ressun lukio; Tampereen lyseon lukio; Oulun "
        "Lyseon lukio; "
        "Mäkelänrinteen lukio"
    ),
    famous="Jean Sibelius; Alvar Aalto; Tove Jansson; Linus Torvalds; Kimi Räikkönen",
    hosp="HUS Meilahden sairaala; Tampereen yliopistollinen sairaala; TYKS",
    cur="@ €",
    sal="2600-6500-50",
    thou=" ",
    dec=",",
    dates="dmy.; long",
    pp="??#######",
)

COUNTRIES["EE"] = dict(
    nation="Estonian",
    langs="eesti, inglise, vene",
    lang="en",
    given=(
        "Mart|m; Kadri|f; Andres|m; Kristiina|f; Tõnu|m; Liis|f; Rasmus|m; Triin|f; Siim|m; "
        "Maarja|f; Jaan|m; Kertu|f"
    ),
    sur="Tamm; Saar; Sepp; Mägi; Kask; Kukk; Rebane; Pärn; Koppel; Lepik; Ots; Kuusk",
    phone="+372 5### ####; 5### ####; +372 6## ####",
    streets="Narva mnt; Pärnu mnt; Tartu mnt; Rüütli; Pikk; Riia; Vabriku",
    towns="Tallinn=10###; Tartu=5####; Pärnu=80###",
    addr="{s} {n}-%#, {pc} {t}; {s} {n}, {pc} {t}",
    dom="gmail.com; hot.ee; mail.ee; ut.ee",
    co_fmt="{S} {I} OÜ; {S} AS",
    tld="ee",
    stems="Virmalised; Kaseke; Meri; Lumi; Tuuleveski",
    unis="Tartu Ülikool; Tallinna Tehnikaülikool; Tallinna Ülikool; Eesti Kunstiakadeemia",
    schools=(
        "Tallinna Reaalkool; Hugo Treffneri Gümnaasium; Gustav Adolfi Gümnaasium; Miina Härma "
        "Gümnaasium"
    ),
    famous="Arvo Pärt; Lydia Koidula; Kaja Kallas; Ott Tänak",
    cur="@ €",
    sal="1400-4500-50",
    thou=" ",
    dec=",",
    dates="dmy.; long",
    pp="?#######",
)

COUNTRIES["LV"] = dict(
    nation="Latvian",
    langs="latviešu, angļu, krievu",
    lang="en",
    given=(
        "Jānis|m; Anna|f; Andris|m; Līga|f; Mārtiņš|m; Ilze|f; Kristaps|m; Inese|f; Edgars|m; "
        "Laura|f; Artūrs|m; Dace|f"
    ),
    sur=(
        "Bērziņš/Bērziņa; Kalniņš/Kalniņa; Ozoliņš/Ozoliņa; Jansons/Jansone; Liepiņš/Liepiņa; "
        "Krūmiņš/Krūmiņa; Balodis/Balode; Kļaviņš/Kļaviņa; Zariņš/Zariņa; Ozols/Ozola"
    ),
    phone="+371 2### ####; 2#######; +371 67 ### ###",
    streets="Brīvības iela; Elizabetes iela; Tērbatas iela; Krišjāņa Barona iela; Lāčplēša iela",
    towns="Rīga=LV-10##; Daugavpils=LV-54##; Jelgava=LV-30##",
    addr="{s} {n}-%#, {t}, {pc}; {s} {n}, {t}, {pc}",
    dom="inbox.lv; gmail.com; apollo.lv; lu.lv",
    co_fmt="SIA {S} {I}; {S} {I} SIA; AS {S}",
    tld="lv",
    stems="Daugava; Baltā Kāpa; Ozolkalns; Gauja; Saulrīts",
    unis=(
        "Latvijas Universitāte; Rīgas Tehniskā universitāte; Rīgas Stradiņa universitāte; "
        "Stockholm School of Economics in Riga"
    ),
    schools="Rīgas Valsts 1. ģimnāzija; Rīgas Franču licejs; Jelgavas Spīdolas ģimnāzija",
    famous="Rainis; Mikhail Baryshnikov; Jeļena Ostapenko; Kristaps Porziņģis",
    cur="@ €",
    sal="1100-4000-50",
    thou=" ",
    dec=",",
    dates="dmy.; long",
    pp="??#######",
)

COUNTRIES["LT"] = dict(
    nation="Lithuanian",
    langs="lietuvių, anglų, rusų",
    lang="en",
    given=(
        "Tomas|m; Rūta|f; Mantas|m; Eglė|f; Lukas|m; Gabija|f; Darius|m; Ieva|f; Paulius|m; "
        "Greta|f; Andrius|m; Agnė|f"
    ),
    sur=(
        "Kazlauskas/Kazlauskienė; Jankauskas/Jankauskaitė; Petrauskas/Petrauskienė; "
        "Stankevičius/Stankevičiūtė; Vasiliauskas/Vasiliauskienė; Žukauskas/Žukauskaitė; "
        "Butkus/Butkutė; "
        "Paulauskas/Paulauskienė; Urbonas/Urbonaitė; Kavaliauskas/Kavaliauskienė"
    ),
    phone="+370 6## #####; 86## #####; +370 5 ### ####",
    streets="Gedimino pr.; Konstitucijos pr.; Laisvės al.; Pylimo g.; Savanorių pr.; Vilniaus g.",
    towns="Vilnius=LT-0####; Kaunas=LT-4####; Klaipėda=LT-9####",
    addr="{s} {n}-%#, {pc} {t}; {s} {n}, {pc} {t}",
    dom="gmail.com; one.lt; inbox.lt; stud.vu.lt",
    co_fmt="UAB {S} {I}; {S} {I} UAB; AB {S}",
    tld="lt",
    stems="Baltija; Nemunas; Vėjas; Ąžuolas; Kuršių; Gintaras",
    unis=(
        "Vilniaus universitetas; Kauno technologijos universitetas; Vytauto Didžiojo "
        "universitetas; "
        "ISM University of Management and Economics"
    ),
    schools="Vilniaus licėjus; Kauno jėzuitų gimnazija; Klaipėdos Vytauto Didžiojo gimnazija",
    famous="Vytautas the Great; Arvydas Sabonis; Mikalojus Konstantinas Čiurlionis; Rūta Meilutytė",
    cur="@ €",
    sal="1200-4500-50",
    thou=" ",
    dec=",",
    dates="ymd-; ymd.; long",
    pp="########",
)

COUNTRIES["ES"] = dict(
    nation="Spanish",
    langs="español, inglés, catalán",
    lang="es",
    given=(
        "Lucía|f; Hugo|m; María|f; Pablo|m; Carmen|f|Mamen; Javier|m|Javi; Laura|f; "
        "Alejandro|m|Álex; Paula|f; Daniel|m|Dani; Marta|f; José|m|Pepe; Francisco|m|Paco; "
        "Dolores|f|Lola; Concepción|f|Concha; Rosario|f|Charo; Jesús|m|Chus; Pilar|f|Pili; "
        "Manuel|m|Manolo; Nerea|f; Iñaki|m; Ainhoa|f; Jordi|m; Montserrat|f|Montse"
    ),
    sur=(
        "García; Fernández; González; Rodríguez; López; Martínez; Sánchez; Pérez; Gómez; Martín; "
        "Jiménez; Ruiz; Hernández; Díaz; Moreno; Muñoz; Álvarez; Romero; Navarro; Torres; "
        "Etxeberria; Puig; Vidal; de la Fuente; del Río"
    ),
    dbl="0.85",
    lhon="Sr.|Sra.",
    phone="+34 6## ## ## ##; 6## ### ###; +34 91 ### ## ##; 7## ## ## ##; 93 ### ## ##",
    streets=(
        "Calle de Alcalá; Calle Mayor; Avenida de la Constitución; Carrer de Balmes; Calle "
        "Sierpes; "
        "Gran Vía; Passeig de Gràcia; Calle Larios; Calle San Vicente Mártir"
    ),
    towns=(
        "Madrid=280##; Barcelona=080##; Sevilla=410##; Valencia=460##; Málaga=290##; "
        "Bilbao=480##; Zaragoza=500##"
    ),
    addr="{s}, {n}, %.º ?, {pc} {t}; {s} {n}, {pc} {t}; {s}, {n}, %.º %.ª, {pc} {t}",
    dom="gmail.com; hotmail.es; yahoo.es; telefonica.net; outlook.es; alumnos.upm.es",
    co_fmt="{S} {I} S.L.; {S} {I} S.A.; Grupo {S}",
    ind="Logística; Consultoría; Servicios; Construcciones; Alimentación; Tecnología",
    tld="es",
    stems="Alba; Sierra; Mediterránea; Olivar; Brisa; Cierzo",
    unis=(
        "Universidad Complutense de Madrid; Universitat de Barcelona; Universidad de Sevilla; "
        "Universidad Politécnica de Madrid; Universitat de València; Universidad del País Vasco"
    ),
    schools=(
        "IES Ramiro de Maeztu; IES Isabel la Católica; Colegio San Patricio; IES Luis Vives; "
        "Escola Pia"
    ),
    famous="Miguel de Cervantes; Federico García Lorca; Pablo Picasso; Rafael Nadal; Rosalía",
    hosp="Hospital Universitario La Paz; Hospital Clínic de Barcelona; Hospital Virgen del Rocío",
    cur="@ €",
    sal="1300-4500-50",
    thou=".",
    dec=",",
    dates="dmy/; long",
    pp="???######",
    dl="########?",
)

COUNTRIES["PT"] = dict(
    nation="Portuguese",
    langs="português, inglês, espanhol",
    lang="pt",
    given=(
        "João|m; Maria|f; Tiago|m; Inês|f; Diogo|m; Beatriz|f|Bia; Rui|m; Mariana|f; Nuno|m; "
        "Catarina|f; Gonçalo|m; Sofia|f; Duarte|m; Leonor|f; Francisca|f|Kika"
    ),
    sur=(
        "Silva; Santos; Ferreira; Pereira; Oliveira; Costa; Rodrigues; Martins; Sousa; Fernandes; "
        "Gonçalves; Gomes; Lopes; Marques; Carvalho; Almeida; Pinto; Ribeiro; Teixeira; Moreira; "
        "da Costa; dos Reis"
    ),
    dbl="0.6",
    lhon="Sr.|Sra.",
    phone="+351 9## ### ###; 9## ### ###; +351 21 ### ####; 22# ### ###",
    streets=(
        "Rua Augusta; Avenida da Liberdade; Rua de Santa Catarina; Rua do Almada; "
        "Avenida da República; Rua Sá da Bandeira"
    ),
    towns="Lisboa=1###-###; Porto=4###-###; Coimbra=30##-###; Braga=47##-###; Faro=80##-###",
    addr="{s} {n}, %.º Esq., {pc} {t}; {s}, n.º {n}, %.º Dto., {pc} {t}; {s} {n}, {pc} {t}",
    dom="gmail.com; sapo.pt; hotmail.com; outlook.pt; campus.ul.pt",
    co_fmt="{S} {I} Lda.; {S} {I} S.A.; {S} Unipessoal Lda.",
    tld="pt",
    stems="Atlântico; Douro; Tejo; Alfama; Azulejo; Maresia",
    unis=(
        "Universidade de Lisboa; Universidade do Porto; Universidade de Coimbra; "
        "Universidade NOVA de Lisboa; "
        "Universidade do Minho"
    ),
    schools=(
        "Escola Secundária Camões; Liceu Pedro Nunes; Escola Secundária Infanta D. Maria; "
        "Colégio Moderno"
    ),
    famous="Fernando Pessoa; José Saramago; Cristiano Ronaldo; Amália Rodrigues",
    hosp=(
        "Hospital de Santa Maria; Hospital de São João; Centro Hospitalar Universitário de Coimbra"
    ),
    cur="@ €",
    sal="900-3500-50",
    thou=".",
    dec=",",
    dates="dmy/; dmy-; long",
    pp="?######",
)

COUNTRIES["PL"] = dict(
    nation="Polish",
    langs="polski, angielski, niemiecki",
    lang="pl",
    given=(
        "Piotr|m; Anna|f|Ania; Krzysztof|m|Krzysiek; Katarzyna|f|Kasia; Tomasz|m|Tomek; "
        "Małgorzata|f|Gosia; Paweł|m; Agnieszka|f|Aga; Michał|m; Joanna|f|Asia; Łukasz|m; "
        "Magdalena|f|Magda; Jakub|m|Kuba; Zofia|f|Zosia; Wojciech|m|Wojtek; Aleksandra|f|Ola"
    ),
    sur=(
        "Nowak; Kowalski/Kowalska; Wiśniewski/Wiśniewska; Wójcik; Kowalczyk; Kamiński/Kamińska; "
        "Lewandowski/Lewandowska; Zieliński/Zielińska; Szymański/Szymańska; Woźniak; "
        "Dąbrowski/Dąbrowska; Kozłowski/Kozłowska; Mazur; Wróbel; Krawczyk; Jankowski/Jankowska"
    ),
    lhon="Pan|Pani",
    phone="+48 ### ### ###; ### ### ###; +48 22 ### ## ##; 5## ###-###",
    streets=(
        "ul. Marszałkowska; ul. Długa; ul. Piotrkowska; ul. Grunwaldzka; al. Jana Pawła II; "
        "ul. Floriańska; ul. Świętokrzyska; ul. Kwiatowa"
    ),
    towns=(
        "Warszawa=0%-###; Kraków=3%-###; Łódź=9%-###; Gdańsk=80-###; Wrocław=5%-###; Poznań=6%-###"
    ),
    addr="{s} {n}/%#, {pc} {t}; {s} {n} m. %#, {pc} {t}; {s} {n}, {pc} {t}",
    dom="wp.pl; o2.pl; onet.pl; interia.pl; gmail.com; student.uw.edu.pl",
    co_fmt="{S} {I} Sp. z o.o.; {S} S.A.; {S} {I} sp.k.",
    tld="pl",
    stems="Wisła; Bursztyn; Tatry; Mazowsze; Kormoran; Sokół",
    unis=(
        "Uniwersytet Warszawski; Uniwersytet Jagielloński; Politechnika Warszawska; "
        "Politechnika Wrocławska; Uniwersytet im. Adama Mickiewicza w Poznaniu; AGH"
    ),
    schools=(
        "XIV LO im. Stanisława Staszica; V LO im. Augusta Witkowskiego; "
        "Szkoła Podstawowa nr 12 im. Marii Konopnickiej; III LO w Gdyni"
    ),
    famous=(
        "Maria Skłodowska-Curie; Mikołaj Kopernik; Wisława Szymborska; Olga Tokarczuk; Robert "
        "Lewandowski"
    ),
    hosp=(
        "Szpital Kliniczny im. Dzieciątka Jezus; Szpital Uniwersytecki w Krakowie; Centrum "
        "Zdrowia Dziecka"
    ),
    cur="@ zł; @ PLN",
    sal="4300-18000-50",
    thou=" ",
    dec=",",
    dates="dmy.; long",
    pp="??#######",
    dl="#####/##/####",
)

COUNTRIES["CZ"] = dict(
    nation="Czech",
    langs="čeština, angličtina, němčina",
    lang="cs",
    given=(
        "Jan|m|Honza; Petra|f; Tomáš|m; Lucie|f; Martin|m; Tereza|f; Jakub|m|Kuba; "
        "Kateřina|f|Katka; "
        "Jiří|m|Jirka; Eva|f; Lukáš|m; Markéta|f; Ondřej|m; Veronika|f|Verča"
    ),
    sur=(
        "Novák/Nováková; Svoboda/Svobodová; Novotný/Novotná; Dvořák/Dvořáková; Černý/Černá; "
        "Procházka/Procházková; Kučera/Kučerová; Veselý/Veselá; Horák/Horáková; Němec/Němcová; "
        "Pokorný/Pokorná; Král/Králová"
    ),
    lhon="pan|paní",
    phone="+420 ### ### ###; 7## ### ###; +420 2## ### ###; 6## ### ###",
    streets="Vinohradská; Korunní; Milady Horákové; Cejl; Masarykova; Husova; Nádražní",
    towns=(
        "Praha 3=130 00; Praha 2=120 00; Brno=602 00; Ostrava=702 00; Plzeň=301 00; Olomouc=779 00"
    ),
    addr="{s} %###/%#, {pc} {t}; {s} {n}, {pc} {t}",
    dom="seznam.cz; email.cz; gmail.com; centrum.cz; mail.muni.cz",
    co_fmt="{S} {I} s.r.o.; {S} a.s.",
    tld="cz",
    stems="Vltava; Krkonoše; Lípa; Šumava; Morava; Hvězda",
    unis="Univerzita Karlova; ČVUT; Masarykova univerzita; VUT v Brně; VŠE Praha",
    schools=(
        "Gymnázium Jana Keplera; Gymnázium Christiana Dopplera; Gymnázium Brno, tř. Kapitána Jaroše"
    ),
    famous="Václav Havel; Franz Kafka; Antonín Dvořák; Jaromír Jágr",
    hosp="Všeobecná fakultní nemocnice; Fakultní nemocnice Motol; Fakultní nemocnice Brno",
    cur="@ Kč; @ CZK",
    sal="28000-110000-500",
    thou=" ",
    dec=",",
    dates="dmy.; long",
    pp="########",
    dl="??######",
)

COUNTRIES["SK"] = dict(
    nation="Slovak",
    langs="slovenčina, angličtina, nemčina",
    lang="en",
    given=(
        "Peter|m|Paľo; Zuzana|f|Zuzka; Martin|m; Jana|f; Michal|m; Lucia|f; Tomáš|m; "
        "Katarína|f|Katka; "
        "Juraj|m|Ďuro; Mária|f; Marek|m; Simona|f"
    ),
    sur=(
        "Horváth/Horváthová; Kováč/Kováčová; Varga/Vargová; Tóth/Tóthová; Nagy/Nagyová; "
        "Baláž/Balážová; Szabó/Szabóová; Molnár/Molnárová; Lukáč/Lukáčová; Kollár/Kollárová"
    ),
    lhon="pán|pani",
    phone="+421 9## ### ###; 09## ### ###; +421 2 #### ####",
    streets="Obchodná; Špitálska; Hlavná; Štúrova; Mlynské nivy; Palisády",
    towns="Bratislava=811 0%; Košice=040 01; Žilina=010 01; Nitra=949 01",
    addr="{s} {n}, {pc} {t}; {s} %#/%#, {pc} {t}",
    dom="azet.sk; gmail.com; centrum.sk; stuba.sk",
    co_fmt="{S} {I} s.r.o.; {S} a.s.",
    tld="sk",
    stems="Tatran; Dunaj; Javor; Orava; Hron",
    unis=(
        "Univerzita Komenského; STU Bratislava; Technická univerzita v Košiciach; Žilinská "
        "univerzita"
    ),
    schools="Gymnázium Jura Hronca; Gymnázium Grösslingová; Gymnázium Poštová Košice",
    famous="Milan Rastislav Štefánik; Peter Sagan; Andy Warhol",
    cur="@ €",
    sal="1100-4000-50",
    thou=" ",
    dec=",",
    dates="dmy.; long",
    pp="??#######",
)

COUNTRIES["HU"] = dict(
    nation="Hungarian",
    langs="magyar, angol, német",
    lang="en",
    given=(
        "László|m|Laci; Katalin|f|Kati; Zoltán|m|Zoli; Erzsébet|f|Erzsi; Gábor|m|Gabi; "
        "Anna|f|Panni; "
        "Péter|m|Peti; Eszter|f|Eszti; Balázs|m; Zsófia|f|Zsófi; Attila|m; Réka|f; Bence|m; "
        "Dóra|f|Dóri"
    ),
    sur=(
        "Nagy; Kovács; Tóth; Szabó; Horváth; Varga; Kiss; Molnár; Németh; Farkas; Balogh; Papp; "
        "Takács; Juhász; Lakatos; Fekete"
    ),
    order="sg",
    lhon="úr|asszony",
    phone="+36 30 ### ####; 06 30 ### ####; +36 1 ### ####; 06-20-###-####; +36 70 ### ####",
    streets=(
        "Váci utca; Andrássy út; Király utca; Bartók Béla út; Petőfi utca; Kossuth Lajos utca; "
        "Rákóczi út"
    ),
    towns="Budapest=1%%#; Debrecen=40##; Szeged=67##; Pécs=76##; Győr=90##",
    addr="{pc} {t}, {s} {n}.; {pc} {t}, {s} {n}. %. em. %.; {t}, {s} {n}. {pc}",
    dom="freemail.hu; gmail.com; citromail.hu; t-online.hu; inf.elte.hu",
    co_fmt="{S} {I} Kft.; {S} Zrt.; {S} {I} Bt.",
    tld="hu",
    stems="Duna; Balaton; Tisza; Mátra; Hajnal; Pannon",
    unis=(
        "ELTE; Budapesti Műszaki és Gazdaságtudományi Egyetem; Corvinus Egyetem; Szegedi "
        "Tudományegyetem; "
        "Debreceni Egyetem"
    ),
    schools="Fazekas Mihály Gimnázium; Budapesti Piarista Gimnázium; Radnóti Miklós Gimnázium",
    famous="Ferenc Puskás; Béla Bartók; Ernő Rubik; Katalin Karikó; Franz Liszt",
    hosp="Semmelweis Egyetem Klinikák; Szent János Kórház; Debreceni Egyetem Klinikai Központ",
    cur="@ Ft; @ HUF",
    sal="350000-1500000-5000",
    thou=" ",
    dec=",",
    dates="hu; long",
    pp="??#######",
    dl="??######",
)

COUNTRIES["RO"] = dict(
    nation="Romanian",
    langs="română, engleză, franceză",
    lang="ro",
    given=(
        "Andrei|m; Ioana|f; Alexandru|m|Alex; Maria|f; Mihai|m; Elena|f; Ionuț|m; Andreea|f; "
        "Cristian|m|Cristi; Alexandra|f; Gheorghe|m|Gică; Ana-Maria|f; Bogdan|m; Raluca|f; "
        "Vlad|m; Florin|m; Sorina|f"
    ),
    sur=(
        "Popescu; Ionescu; Popa; Dumitru; Stan; Stoica; Gheorghe; Rusu; Munteanu; Matei; "
        "Constantin; Marin; Tudor; Florea; Dobre; Barbu"
    ),
    lhon="dl.|dna.",
    phone="+40 7## ### ###; 07## ### ###; +40 21 ### ####; 0722 ### ###",
    streets=(
        "Str. Mihai Eminescu; Calea Victoriei; Bd. Unirii; Str. Memorandumului; Bd. Independenței; "
        "Str. Republicii"
    ),
    towns=(
        "Sector 2, București=02####; Cluj-Napoca=400###; Iași=700###; Timișoara=300###; "
        "Brașov=500###"
    ),
    addr=(
        "{s} nr. %#, {t} {pc}; {s} nr. %#, bl. ?%, sc. %, ap. %#, {t}; {s} nr. %#, et. %, ap. "
        "%#, {t}, {pc}"
    ),
    dom="yahoo.com; gmail.com; yahoo.ro; stud.ubbcluj.ro",
    co_fmt="{S} {I} S.R.L.; {S} S.A.",
    tld="ro",
    stems="Carpați; Dunărea; Miorița; Brâncuși; Olt; Bucegi",
    unis=(
        "Universitatea din București; Universitatea Babeș-Bolyai; Universitatea Politehnica "
        "București; "
        "ASE București; Universitatea Alexandru Ioan Cuza din Iași"
    ),
    schools=(
        "Colegiul Național Sfântul Sava; Colegiul Național Gheorghe Lazăr; Liceul Teoretic "
        "Grigore Moisil; "
        "Colegiul Național Emil Racoviță"
    ),
    famous="Mihai Eminescu; Constantin Brâncuși; Nadia Comăneci; Gheorghe Hagi; George Enescu",
    hosp=(
        "Spitalul Clinic de Urgență Floreasca; Spitalul Universitar București; Institutul Inimii "
        "Cluj"
    ),
    cur="@ lei; @ RON",
    sal="3700-15000-50",
    thou=".",
    dec=",",
    dates="dmy.; long",
    pp="#########",
)

COUNTRIES["BG"] = dict(
    nation="Bulgarian",
    langs="български, английски, немски",
    lang="en",
    given=(
        "Georgi|m|Gosho|Георги|Гошо; Ivan|m|Vanko|Иван|Ванко; Dimitar|m|Mitko|Димитър|Митко; "
        "Nikolay|m|Niki|Николай|Ники; Maria|f|Mimi|Мария|Мими; Ivanka|f||Иванка; Elena|f||Елена; "
        "Desislava|f|Desi|Десислава|Деси; Petar|m|Pesho|Петър|Пешо; Gergana|f||Гергана; "
        "Stoyan|m||Стоян; Radostina|f|Radi|Радостина"
    ),
    sur=(
        "Ivanov/Ivanova|Иванов/Иванова; Georgiev/Georgieva|Георгиев/Георгиева; "
        "Petrov/Petrova|Петров/Петрова; Nikolov/Nikolova|Николов/Николова; "
        "Stoyanov/Stoyanova|Стоянов/Стоянова; Todorov/Todorova|Тодоров/Тодорова; "
        "Hristov/Hristova|Христов/Христова; Angelov/Angelova|Ангелов/Ангелова; "
        "Kolev/Koleva|Колев/Колева"
    ),
    mid_src="sur",
    mid_p="0.6",
    show_mid="0.5",
    phone="+359 88 ### ####; 088 ### ####; +359 2 ### ####; 089#######",
    streets="Graf Ignatiev St; Vitosha Blvd; Shipka St; Oborishte St; Tsar Simeon St",
    towns="Sofia=1%##; Plovdiv=4000; Varna=9000; Burgas=8000",
    addr="{s} {n}, fl. %, apt %#, {pc} {t}; {n} {s}, {pc} {t}",
    streets_n="ул. „Граф Игнатиев“; бул. „Витоша“; ул. „Шипка“; ул. „Оборище“; ул. „Цар Симеон“",
    towns_n="София=1%##; Пловдив=4000; Варна=9000; Бургас=8000",
    addr_n="{S} № {n}, ет. %, ап. %#, {pc} {T}; гр. {T} {pc}, {S} № {n}",
    dom="abv.bg; gmail.com; mail.bg; dir.bg; uni-sofia.bg",
    co_fmt="{S} {I} EOOD; {S} {I} OOD; {S} AD",
    tld="bg",
    stems="Rila; Balkan; Struma; Pirin; Rodopi; Iskar",
    unis=(
        "Sofia University St. Kliment Ohridski; Technical University of Sofia; UNWE; American "
        "University in Bulgaria"
    ),
    schools=(
        "First English Language School Sofia; National High School of Mathematics; 91st German "
        "Language School"
    ),
    famous="Hristo Botev; Vasil Levski; Hristo Stoichkov; Grigor Dimitrov",
    cur="@ лв.; @ BGN",
    sal="1500-6000-50",
    thou=" ",
    dec=",",
    dates="dmy.; long",
    pp="#########",
)

COUNTRIES["RS"] = dict(
    nation="Serbian",
    langs="srpski, engleski, nemački",
    lang="en",
    given=(
        "Marko|m||Марко; Jelena|f|Jeca|Јелена; Nikola|m||Никола; Milica|f||Милица; "
        "Stefan|m||Стефан; "
        "Ana|f||Ана; Luka|m||Лука; Jovana|f||Јована; Miloš|m||Милош; Dragana|f||Драгана; "
        "Aleksandar|m|Saša|Александар|Саша; Ivana|f||Ивана"
    ),
    sur=(
        "Jovanović|Јовановић; Petrović|Петровић; Nikolić|Николић; Marković|Марковић; "
        "Đorđević|Ђорђевић; Stojanović|Стојановић; Ilić|Илић; Stanković|Станковић; "
        "Pavlović|Павловић; Popović|Поповић; Kostić|Костић"
    ),
    phone="+381 6# ### ####; 06# ### ####; +381 11 ### ####; 064/###-####",
    streets=(
        "Bulevar kralja Aleksandra; Knez Mihailova; Njegoševa; Cara Dušana; Bulevar oslobođenja; "
        "Zmaj Jovina"
    ),
    towns="Beograd=11###; Novi Sad=21###; Niš=18###; Kragujevac=34###",
    addr="{s} {n}, stan %#, {pc} {t}; {s} {n}/%, {pc} {t}",
    streets_n="Булевар краља Александра; Кнез Михаилова; Његошева; Цара Душана; Булевар ослобођења",
    towns_n="Београд=11###; Нови Сад=21###; Ниш=18###",
    addr_n="{S} {n}, стан %#, {pc} {T}",
    dom="gmail.com; yahoo.com; eunet.rs; sbb.rs; stud.bg.ac.rs",
    co_fmt="{S} {I} d.o.o.; {S} a.d.",
    tld="rs",
    stems="Avala; Morava; Šumadija; Fruška; Tara; Drina",
    unis="Univerzitet u Beogradu; Univerzitet u Novom Sadu; Univerzitet u Nišu; ETF Beograd",
    schools=(
        "Matematička gimnazija Beograd; Prva beogradska gimnazija; Gimnazija Jovan Jovanović Zmaj"
    ),
    famous="Nikola Tesla; Novak Đoković; Ivo Andrić; Mihajlo Pupin",
    cur="@ RSD; @ din.",
    sal="70000-300000-1000",
    thou=".",
    dec=",",
    dates="dmy.; long",
    pp="#########",
)

COUNTRIES["HR"] = dict(
    nation="Croatian",
    langs="hrvatski, engleski, njemački",
    lang="en",
    given=(
        "Ivan|m; Ana|f; Luka|m; Petra|f; Marko|m; Marija|f; Josip|m|Joža; Lucija|f; "
        "Tomislav|m|Tomo; "
        "Ivana|f; Filip|m; Katarina|f|Kata; Matej|m; Maja|f"
    ),
    sur=(
        "Horvat; Kovačević; Babić; Marić; Jurić; Novak; Kovačić; Knežević; Vuković; Matić; Tomić; "
        "Perić; Šarić; Blažević"
    ),
    phone="+385 9# ### ####; 09# ### ####; +385 1 ### ####; 091 ### ####",
    streets="Ilica; Vukovarska; Savska cesta; Ulica kralja Zvonimira; Radićeva; Marmontova",
    towns="Zagreb=10000; Split=21000; Rijeka=51000; Osijek=31000; Zadar=23000",
    addr="{s} {n}, {pc} {t}; {s} {n}/%, {pc} {t}",
    dom="gmail.com; net.hr; t-com.hr; fer.hr",
    co_fmt="{S} {I} d.o.o.; {S} d.d.",
    tld="hr",
    stems="Jadran; Velebit; Marjan; Sava; Dinara; Bura",
    unis="Sveučilište u Zagrebu; Sveučilište u Splitu; Sveučilište u Rijeci; FER Zagreb",
    schools="XV. gimnazija Zagreb; III. gimnazija Split; Klasična gimnazija Zagreb",
    famous="Nikola Tesla; Luka Modrić; Marija Jurić Zagorka; Ivan Meštrović",
    cur="@ €; @ EUR",
    sal="1000-3500-50",
    thou=".",
    dec=",",
    dates="dmy.; long",
    pp="#########",
)

COUNTRIES["IE"] = dict(
    nation="Irish",
    langs="English, Irish",
    lang="en",
    given=(
        "Seán|m; Aoife|f; Ciarán|m; Niamh|f; Oisín|m; Siobhán|f; Pádraig|m; Sinéad|f; Eoin|m; "
        "Caoimhe|f; Conor|m; Saoirse|f; Declan|m|Dec; Gráinne|f; Liam|m; Róisín|f"
    ),
    sur=(
        "Murphy; Kelly; O'Sullivan; Walsh; O'Brien; Byrne; Ryan; O'Connor; O'Neill; Doyle; "
        "McCarthy; "
        "Gallagher; Kennedy; Lynch; Ó Súilleabháin/Ní Shúilleabháin; Mac Giolla/Nic Giolla"
    ),
    phone="+353 8# ### ####; 08# ### ####; +353 1 ### ####; 087 ### ####",
    streets="Main Street; Ranelagh Road; Griffith Avenue; Church Road; Castle Park; Seafield Road",
    towns=(
        "Ranelagh, Dublin 6=D06 ?#?#; Douglas, Cork=T12 ?#?#; Salthill, Galway=H91 ?#?#; "
        "Limerick=V94 ?#?#; Drumcondra, Dublin 9=D09 ?#?#"
    ),
    addr="{n} {s}, {t}, {pc}; Apt %#, {n} {s}, {t}, {pc}",
    dom="gmail.com; eircom.net; hotmail.com; ucdconnect.ie",
    co_fmt="{S} {I} Ltd; {S} {I} DAC; {S} Teoranta",
    tld="ie",
    stems="Shannon; Liffey; Burren; Claddagh; Slieve; Atlantic Way",
    unis=(
        "Trinity College Dublin; University College Dublin; University College Cork; University "
        "of Galway; DCU"
    ),
    schools="Gonzaga College; Loreto College St Stephen's Green; Coláiste Íde; Belvedere College",
    famous="James Joyce; Mary Robinson; Seamus Heaney; Sally Rooney; Katie Taylor",
    hosp="St James's Hospital; Beaumont Hospital; Cork University Hospital",
    cur="€@",
    sal="2500-8000-50",
    dates="dmy/; long",
    pp="??#######",
    dl="### ### ###",
)

COUNTRIES["GB"] = dict(
    nation="British",
    langs="English, French",
    lang="en",
    given=(
        "Oliver|m|Ollie; Amelia|f|Millie; Harry|m; Olivia|f|Liv; George|m; Isla|f; Jack|m; "
        "Emily|f; "
        "Archie|m; Poppy|f; Theo|m; Ruby|f; Will|m; Daisy|f; Alfie|m; Mohammed|m; Priya|f; Rhys|m; "
        "Siân|f; Callum|m; Eilidh|f; Dawn|f; Frank|m; Hope|f"
    ),
    sur=(
        "Smith; Jones; Williams; Taylor; Brown; Davies; Evans; Wilson; Thomas; Roberts; Johnson; "
        "Walker; Wright; Robinson; Thompson; Hughes; Edwards; Green; Hall; Wood; Harris; Clarke; "
        "Patel; Khan; Begum; Baker; Cook; Fox; Young; King; Sharp; Bird"
    ),
    phone="+44 7### ######; 07### ######; 020 #### ####; +44 (0)161 ### ####; 0131 ### ####",
    streets=(
        "Cranbrook Road; Victoria Street; Station Road; High Street; Church Lane; Mill Lane; "
        "Park Avenue; Queen's Drive; Elm Grove; Albert Road; Gladstone Street"
    ),
    towns=(
        "Leeds=LS6 #??; Manchester=M14 #??; Bristol=BS7 #??; Cardiff=CF24 #??; Glasgow=G12 #??; "
        "Edinburgh=EH9 #??; Birmingham=B29 #??; London=E17 #??; London=SE15 #??; Norwich=NR2 #??; "
        "Belfast=BT7 #??"
    ),
    addr="{n} {s}, {t} {pc}; Flat %, {n} {s}, {t}, {pc}; {n}? {s}, {t} {pc}",
    num="%; %#; %##",
    dom="gmail.com; hotmail.co.uk; btinternet.com; yahoo.co.uk; outlook.com; live.ac.uk",
    co_fmt="{S} {I} Ltd; {S} {I} plc; {S} & Co LLP",
    tld="co.uk",
    unis=(
        "University of Leeds; University of Manchester; University of Bristol; Cardiff University; "
        "University of Glasgow; University of Edinburgh; King's College London; Open University"
    ),
    schools=(
        "Highfield Primary School; St Mary's Catholic High School; Kingsmead Academy; "
        "Queen Elizabeth's Grammar School; Walthamstow School for Girls"
    ),
    famous="William Shakespeare; Jane Austen; Isaac Newton; David Attenborough; Marcus Rashford",
    hosp="St Thomas' Hospital; Leeds General Infirmary; Queen Elizabeth Hospital Birmingham",
    cur="£@",
    sal="1900-7500-50",
    dates="dmy/; long",
    pp="%########",
    dl="UKDL",
)

COUNTRIES["US"] = dict(
    nation="American",
    langs="English, Spanish",
    lang="en_us",
    given=(
        "Michael|m|Mike; Jennifer|f|Jen; Christopher|m|Chris; Jessica|f|Jess; Matthew|m|Matt; "
        "Ashley|f; Joshua|m|Josh; Amanda|f|Mandy; Tyler|m; Brittany|f; William|m|Bill; "
        "Robert|m|Bob; "
        "Elizabeth|f|Liz; Hunter|m; Summer|f; Hope|f; Faith|f; Mason|m; Brooklyn|f; Dakota|u; "
        "Carlos|m; Maria|f; DeShawn|m; Latoya|f; Mei|f; Jose|m; Guadalupe|f|Lupe; Grace|f"
    ),
    sur=(
        "Smith; Johnson; Williams; Brown; Jones; Garcia; Miller; Davis; Rodriguez; Martinez; "
        "Hernandez; "
        "Lopez; Gonzalez; Wilson; Anderson; Taylor; Thomas; Moore; Jackson; Martin; Lee; Nguyen; "
        "Washington; Young; King; Wright; Hill; Green; Baker; Carter; Rivera; Kowalski; O'Connell; "
        "Goldstein; Park; Patel"
    ),
    mid="James|m; Marie|f; Lynn|f; Lee|u; Ann|f; Michael|m; Ray|m; Rose|f",
    mid_p="0.4",
    show_mid="0.3",
    mid_init="0.8",
    hon="Mr.|Ms.",
    phone="+1 (&##) &##-####; (&##) &##-####; &##-&##-####; &##.&##.####; +1 &##-&##-####",
    streets=(
        "Maple Street; Oak Avenue; Elm St; Martin Luther King Jr Blvd; Washington Ave; "
        "Lincoln Road; "
        "Sunset Drive; Pine Ridge Ct; W 3rd St; N Main St; Cedar Lane"
    ),
    towns=(
        "Austin, TX=787##; Columbus, OH=432##; Sacramento, CA=958##; Brooklyn, NY=112##; "
        "Chicago, IL=606##; Atlanta, GA=303##; Phoenix, AZ=850##; Minneapolis, MN=554##; "
        "Raleigh, NC=276##; Seattle, WA=981##; Denver, CO=802##"
    ),
    addr="{n} {s}, {t} {pc}; {n} {s} Apt %#, {t} {pc}; {n} {s}, Unit %?, {t} {pc}",
    num="%##; %###; %#; %####",
    dom="gmail.com; yahoo.com; outlook.com; icloud.com; aol.com; hotmail.com; umich.edu",
    co_fmt="{S} {I} Inc.; {S} {I} LLC; {S} Group",
    tld="com",
    unis=(
        "University of Michigan; UC Berkeley; Ohio State University; University of Texas at "
        "Austin; "
        "Georgia Tech; Arizona State University; Howard University; CUNY Hunter College"
    ),
    schools=(
        "Abraham Lincoln High School; Thomas Jefferson High School for Science and Technology; "
        "Roosevelt Middle School; Martin Luther King Jr. Elementary; Walt Whitman High School"
    ),
    famous=(
        "Abraham Lincoln; Martin Luther King Jr.; Toni Morrison; Taylor Swift; Barack Obama; "
        "Richard Feynman"
    ),
    hosp=(
        "Johns Hopkins Hospital; Massachusetts General Hospital; Mayo Clinic; Cedars-Sinai "
        "Medical Center"
    ),
    cur="$@",
    sal="3000-15000-50",
    dates="mdy/; long; ymd-",
    pp="%########; ?########",
    dl="?#######; ### ### ###; ########; ?###-###-##-###-#; ?###-####-####",
)

COUNTRIES["CA"] = dict(
    nation="Canadian",
    langs="English, French",
    lang="en",
    given=(
        "Liam|m; Olivia|f; Noah|m; Emma|f; Ethan|m; Chloé|f; Félix|m; Maude|f; Mathieu|m; "
        "Gabrielle|f|Gab; Jayden|m; Avery|u; Harpreet|f; Wei|m; Connor|m"
    ),
    sur=(
        "Tremblay; Gagnon; Roy; Côté; Bouchard; Gauthier; Morin; Lavoie; Fortin; Smith; Brown; "
        "MacDonald; Campbell; Wilson; Singh; Chen; Li; Thompson"
    ),
    hon="Mr.|Ms.",
    phone="+1 (&##) &##-####; &##-&##-####; (&##) &##-####; +1 &## &## ####",
    streets=(
        "Yonge Street; rue Saint-Denis; Commercial Drive; Queen Street West; 17 Avenue SW; "
        "Elgin Street; Portage Avenue"
    ),
    towns=(
        "Toronto, ON=M%? #?#; Montréal (QC)=H2? #?#; Vancouver, BC=V%? #?#; Calgary, AB=T2? #?#; "
        "Ottawa, ON=K1? #?#; Halifax, NS=B3? #?#; Winnipeg, MB=R3? #?#"
    ),
    addr="{n} {s}, {t} {pc}; %#0%-{n} {s}, {t} {pc}; {n} {s}, Apt %#, {t} {pc}",
    num="%; %#; %##; %###",
    dom="gmail.com; hotmail.com; outlook.com; videotron.ca; sympatico.ca; mail.utoronto.ca",
    co_fmt="{S} {I} Inc.; {S} {I} Ltd.; {S} {I} Ltée",
    tld="ca",
    unis=(
        "University of Toronto; McGill University; University of British Columbia; "
        "Université de Montréal; "
        "University of Calgary; Dalhousie University"
    ),
    schools=(
        "Northern Secondary School; École secondaire Jeanne-Mance; Lord Byng Secondary School; "
        "Marc Garneau Collegiate Institute"
    ),
    famous="Margaret Atwood; Terry Fox; Céline Dion; Frederick Banting; Wayne Gretzky",
    hosp="Toronto General Hospital; CHU Sainte-Justine; Vancouver General Hospital",
    cur="$@; CA$@",
    sal="3000-12000-50",
    dates="ymd-; dmy/; long",
    pp="??######",
    dl="?####-#####-#####",
)

COUNTRIES["AU"] = dict(
    nation="Australian",
    langs="English",
    lang="en",
    given=(
        "Jack|m; Charlotte|f|Charlie; William|m|Will; Olivia|f; Lachlan|m|Lachie; Chloe|f; "
        "Mitchell|m|Mitch; "
        "Jessica|f|Jess; Bradley|m|Brad; Kylie|f; Shane|m; Bronwyn|f|Bron; Darcy|u; "
        "Matilda|f|Tilly; "
        "Harrison|m|Harry"
    ),
    sur=(
        "Smith; Jones; Williams; Brown; Wilson; Taylor; Nguyen; Kelly; Ryan; Walker; Harris; "
        "Mitchell; "
        "O'Brien; Campbell; Murray; Kennedy; Anderson; Clarke; Tran; Papadopoulos"
    ),
    phone="+61 4## ### ###; 04## ### ###; (02) #### ####; +61 3 #### ####; 04########",
    streets=(
        "Smith Street; King Street; Latrobe Terrace; Marine Parade; High Street; Jetty Road; "
        "Lonsdale Street"
    ),
    towns=(
        "Fitzroy VIC=3065; Newtown NSW=2042; Paddington QLD=4064; Fremantle WA=6160; Glenelg "
        "SA=5045; "
        "Sandy Bay TAS=7005; Braddon ACT=2612"
    ),
    addr="{n} {s}, {t} {pc}; Unit %/{n} {s}, {t} {pc}; %/{n} {s}, {t} {pc}",
    dom="gmail.com; bigpond.com; outlook.com; optusnet.com.au; student.unimelb.edu.au",
    co_fmt="{S} {I} Pty Ltd; {S} {I} Pty. Ltd.; {S} Group",
    tld="com.au",
    unis=(
        "University of Melbourne; University of Sydney; UNSW Sydney; University of Queensland; "
        "Monash University; University of Western Australia; ANU"
    ),
    schools=(
        "Melbourne High School; Sydney Boys High School; Brisbane State High School; Perth "
        "Modern School"
    ),
    famous="Cathy Freeman; Ash Barty; Howard Florey; Nick Cave",
    hosp=(
        "Royal Melbourne Hospital; Royal Prince Alfred Hospital; Royal Brisbane and Women's "
        "Hospital"
    ),
    cur="A$@; $@",
    sal="4500-14000-50",
    dates="dmy/; long",
    pp="??#######",
    dl="########; %########",
)

COUNTRIES["NZ"] = dict(
    nation="New Zealander",
    langs="English, te reo Māori",
    lang="en",
    given=(
        "Aroha|f; Tama|m; Mere|f; Wiremu|m|Wi; Ngaire|f; Hemi|m; Olivia|f; Jack|m; Isla|f; "
        "Oliver|m|Ollie; Charlotte|f; Liam|m; Manaia|u; Kahu|m"
    ),
    sur=(
        "Smith; Williams; Brown; Wilson; Taylor; Ngata; Tipene; Parata; Walker; Thompson; Te "
        "Whare; "
        "Ruru; Tane; Henare; Patel; Singh"
    ),
    phone="+64 21 ### ####; 021 ### ####; +64 9 ### ####; 027 ### ####; (04) ### ####",
    streets="Ponsonby Road; Cuba Street; Riccarton Road; Dominion Road; Grey Street; George Street",
    towns=(
        "Ponsonby, Auckland=1011; Mt Eden, Auckland=1024; Te Aro, Wellington=6011; "
        "Riccarton, Christchurch=8011; Hamilton East, Hamilton=3216; Dunedin Central, Dunedin=9016"
    ),
    addr="{n} {s}, {t} {pc}; %/{n} {s}, {t} {pc}; Flat %, {n} {s}, {t} {pc}",
    dom="gmail.com; xtra.co.nz; outlook.com; aucklanduni.ac.nz",
    co_fmt="{S} {I} Limited; {S} {I} Ltd",
    tld="co.nz",
    unis=(
        "University of Auckland; Victoria University of Wellington; University of Otago; "
        "University of Canterbury"
    ),
    schools=(
        "Auckland Grammar School; Wellington Girls' College; Christchurch Boys' High School; "
        "Hato Petera College"
    ),
    famous="Ernest Rutherford; Kate Sheppard; Edmund Hillary; Lorde; Jacinda Ardern",
    hosp="Auckland City Hospital; Wellington Regional Hospital; Christchurch Hospital",
    cur="NZ$@; $@",
    sal="4000-12000-50",
    dates="dmy/; long",
    pp="??######",
    dl="??######",
)

COUNTRIES["BR"] = dict(
    nation="Brazilian",
    langs="português, inglês, espanhol",
    lang="pt",
    given=(
        "João|m; Maria|f; Pedro|m; Ana|f; Lucas|m; Beatriz|f|Bia; Gabriel|m|Biel; Juliana|f|Ju; "
        "Rafael|m|Rafa; Fernanda|f|Nanda; Thiago|m; Camila|f|Mila; Francisco|m|Chico; Luíza|f|Lu; "
        "Eduardo|m|Dudu; Letícia|f|Lelê; Gustavo|m|Guga; Vitória|f; Felipe|m|Lipe; Graça|f"
    ),
    sur=(
        "Silva; Santos; Oliveira; Souza; Rodrigues; Ferreira; Alves; Pereira; Lima; Gomes; Costa; "
        "Ribeiro; Martins; Carvalho; Almeida; Lopes; Soares; Barbosa; Rocha; Nascimento; da Silva; "
        "dos Santos; de Souza"
    ),
    dbl="0.5",
    lhon="Sr.|Sra.",
    phone="+55 11 9####-####; (11) 9####-####; +55 21 9####-####; (31) 9####-####; 11 9########",
    streets=(
        "Rua das Flores; Avenida Paulista; Rua Augusta; Rua Oscar Freire; Avenida Atlântica; "
        "Rua da Consolação; Rua XV de Novembro; Avenida Afonso Pena"
    ),
    towns=(
        "Pinheiros, São Paulo – SP=05###-###; Copacabana, Rio de Janeiro – RJ=22###-###; "
        "Savassi, Belo Horizonte – MG=30###-###; Boa Viagem, Recife – PE=51###-###; "
        "Centro, Curitiba – PR=80###-###; Moinhos de Vento, Porto Alegre – RS=90###-###; "
        "Asa Sul, Brasília – DF=70###-###"
    ),
    addr="{s}, {n} – {t}, {pc}; {s}, {n}, apto %#0%, {t}, CEP {pc}; {s}, {n}, casa %, {t}, {pc}",
    num="%; %#; %##; %###",
    dom="gmail.com; hotmail.com; uol.com.br; bol.com.br; yahoo.com.br; usp.br",
    co_fmt="{S} {I} Ltda.; {S} {I} S.A.; {S} Serviços ME",
    ind="Logística; Consultoria; Serviços; Construtora; Alimentos; Tecnologia",
    tld="com.br",
    stems="Ipê; Jabuticaba; Cerrado; Pantanal; Mandacaru; Aurora",
    unis=(
        "Universidade de São Paulo; UNICAMP; UFRJ; UFMG; UnB; PUC-Rio; Universidade Federal "
        "de Pernambuco"
    ),
    schools=(
        "Colégio Bandeirantes; Colégio Pedro II; Escola Estadual Machado de Assis; Colégio "
        "Santo Agostinho; "
        "EMEF Anísio Teixeira"
    ),
    famous="Machado de Assis; Clarice Lispector; Pelé; Marta Vieira da Silva; Oscar Niemeyer",
    hosp=(
        "Hospital Israelita Albert Einstein; Hospital das Clínicas da FMUSP; Hospital Sírio-Libanês"
    ),
    cur="R$ @",
    sal="1500-18000-50",
    thou=".",
    dec=",",
    dates="dmy/; long",
    pp="??######",
    dl="###########",
)

COUNTRIES["MX"] = dict(
    nation="Mexican",
    langs="español, inglés, náhuatl",
    lang="es",
    given=(
        "José Luis|m|Pepe; María Guadalupe|f|Lupita; Juan Carlos|m|Juanca; Ana Sofía|f|Sofi; "
        "Luis Fernando|m|Luisfer; Ximena|f; Diego|m; Valeria|f|Vale; Alejandro|m|Alex; "
        "Fernanda|f|Fer; "
        "Jesús|m|Chuy; Guadalupe|f|Lupe; Eduardo|m|Lalo; Socorro|f|Coco; Ignacio|m|Nacho; Rocío|f; "
        "Francisco|m|Pancho; Dulce|f; Esperanza|f; Consuelo|f|Chelo"
    ),
    sur=(
        "Hernández; García; Martínez; López; González; Rodríguez; Pérez; Sánchez; Ramírez; Cruz; "
        "Flores; Gómez; Morales; Vázquez; Reyes; Jiménez; Torres; Díaz; Gutiérrez; Ruiz; Mendoza; "
        "Aguilar; Ortiz; Castillo; Xolalpa"
    ),
    dbl="0.8",
    lhon="Sr.|Sra.",
    phone="+52 55 #### ####; 55 #### ####; +52 33 #### ####; (81) ####-####; 55-####-####",
    streets=(
        "Av. Insurgentes Sur; Calle Durango; Av. Álvaro Obregón; Calle Hidalgo; Av. Juárez; "
        "Calle 5 de Mayo; Av. Vallarta"
    ),
    towns=(
        "Col. Roma Norte, Cuauhtémoc, CDMX=06700; Col. Del Valle, Benito Juárez, CDMX=03100; "
        "Col. Americana, Guadalajara, Jal.=44160; Col. Centro, Monterrey, N.L.=64000; "
        "Col. Centro, Puebla, Pue.=72000; Col. García Ginerés, Mérida, Yuc.=97070"
    ),
    addr="{s} {n}, {t}, C.P. {pc}; {s} {n} Int. %#, {t}, {pc}; {s} {n}, Depto. %0#, {t}, C.P. {pc}",
    num="%; %#; %##; %###",
    dom="gmail.com; hotmail.com; outlook.com; yahoo.com.mx; prodigy.net.mx; comunidad.unam.mx",
    co_fmt="{S} {I} S.A. de C.V.; {S} {I} S. de R.L. de C.V.; Grupo {S}",
    ind="Logística; Consultoría; Servicios; Constructora; Alimentos; Tecnología",
    tld="com.mx",
    stems="Quetzal; Ahuehuete; Sol Azteca; Maguey; Nopal; Jacaranda",
    unis="UNAM; Tecnológico de Monterrey; IPN; Universidad de Guadalajara; ITAM; UAM",
    schools=(
        "Escuela Secundaria Técnica No. 17; Colegio Alemán Alexander von Humboldt; "
        "Preparatoria Benito Juárez; Colegio Madrid; Escuela Primaria Miguel Hidalgo"
    ),
    famous="Frida Kahlo; Octavio Paz; Benito Juárez; Diego Rivera; Guillermo del Toro",
    hosp="Hospital Ángeles; Instituto Nacional de Cardiología Ignacio Chávez; Hospital ABC",
    cur="$@ MXN; $@",
    sal="8000-70000-100",
    dates="dmy/; long",
    pp="G########",
    dl="?########",
)

COUNTRIES["CO"] = dict(
    nation="Colombian",
    langs="español, inglés",
    lang="es",
    given=(
        "Juan David|m; Valentina|f|Vale; Santiago|m|Santi; Daniela|f|Dani; Andrés Felipe|m|Pipe; "
        "María José|f|Majo; Sebastián|m|Sebas; Natalia|f|Nati; Camilo|m; Luisa Fernanda|f|Luisa; "
        "Jhon Jairo|m; Yuliana|f; Carlos Andrés|m; Paola|f|Pao"
    ),
    sur=(
        "Rodríguez; Gómez; González; Martínez; García; López; Hernández; Sánchez; Ramírez; Pérez; "
        "Díaz; Muñoz; Rojas; Moreno; Jiménez; Castro; Ospina; Restrepo; Cardona; Valencia; "
        "Quintero; Zapata"
    ),
    dbl="0.8",
    lhon="Sr.|Sra.",
    phone="+57 3## ### ####; 3## #######; +57 601 ### ####; 31# ### ####",
    streets="Calle 45; Carrera 7; Calle 72; Carrera 15; Avenida 68; Calle 10 Sur; Transversal 23",
    towns=(
        "Chapinero, Bogotá; El Poblado, Medellín; Granada, Cali; Barrio El Prado, Barranquilla; "
        "Cabecera, Bucaramanga"
    ),
    addr="{s} \\# %#-%#, {t}; {s} \\# %#-%#, Apto %0#, {t}; {s} No. %#-%#, {t}",
    dom="gmail.com; hotmail.com; outlook.com; unal.edu.co",
    co_fmt="{S} {I} S.A.S.; {S} {I} Ltda.",
    ind="Logística; Consultoría; Servicios; Construcciones; Alimentos; Tecnología",
    tld="com.co",
    stems="Cafetal; Macondo; Guadua; Orquídea; Sierra Nevada; Cóndor",
    unis=(
        "Universidad Nacional de Colombia; Universidad de los Andes; Pontificia Universidad "
        "Javeriana; "
        "Universidad de Antioquia; Universidad del Valle"
    ),
    schools=(
        "Colegio San Bartolomé; Gimnasio Moderno; Institución Educativa INEM José Félix de "
        "Restrepo; Colegio Mayor de San Bartolomé"
    ),
    famous="Gabriel García Márquez; Shakira; Fernando Botero; James Rodríguez",
    hosp=(
        "Hospital San Vicente Fundación; Fundación Santa Fe de Bogotá; Hospital Universitario "
        "del Valle"
    ),
    cur="$@ COP; COP @",
    sal="1300000-12000000-10000",
    thou=".",
    dec=",",
    dates="dmy/; long",
    pp="??######",
)

COUNTRIES["PE"] = dict(
    nation="Peruvian",
    langs="español, quechua, inglés",
    lang="es",
    given=(
        "Luis Alberto|m|Lucho; Rosa María|f|Rosi; Jorge|m|Coco; Milagros|f|Mila; José Carlos|m; "
        "Claudia|f; Renzo|m; Fiorella|f|Fio; Piero|m; Kiara|f; Wilfredo|m|Willy; Yesenia|f; "
        "Percy|m; "
        "Marleny|f"
    ),
    sur=(
        "Quispe; Flores; Huamán; Mamani; Rojas; Vargas; Ramos; Castillo; Chávez; Mendoza; Torres; "
        "Condori; Salazar; Gutiérrez; Chumpitaz"
    ),
    dbl="0.8",
    lhon="Sr.|Sra.",
    phone="+51 9## ### ###; 9## ### ###; +51 1 ### ####; (01) ###-####",
    streets=(
        "Av. Arequipa; Jr. de la Unión; Av. Larco; Calle Las Begonias; Av. Brasil; Jr. Huallaga"
    ),
    towns=(
        "Lince, Lima=15046; Miraflores, Lima=15074; San Isidro, Lima=15073; Cercado, "
        "Arequipa=04001; "
        "Wanchaq, Cusco=08002; Trujillo=13001"
    ),
    addr="{s} {n}, Dpto. %0#, {t} {pc}; {s} {n}, {t}; {s} {n}, Int. %, {t} {pc}",
    num="%; %#; %##; %###",
    dom="gmail.com; hotmail.com; outlook.com; pucp.edu.pe",
    co_fmt="{S} {I} S.A.C.; {S} {I} S.A.; {S} E.I.R.L.",
    ind="Logística; Consultoría; Servicios; Constructora; Alimentos",
    tld="com.pe",
    stems="Inti; Andes; Vicuña; Titicaca; Huascarán; Ceviche Real",
    unis=(
        "Pontificia Universidad Católica del Perú; Universidad Nacional Mayor de San Marcos; "
        "Universidad de Lima; UPC"
    ),
    schools=(
        "Colegio Nacional Nuestra Señora de Guadalupe; Colegio Markham; I.E. José María Arguedas"
    ),
    famous="Mario Vargas Llosa; César Vallejo; Chabuca Granda; Paolo Guerrero",
    hosp=(
        "Hospital Nacional Edgardo Rebagliati Martins; Clínica Anglo Americana; Hospital Dos de "
        "Mayo"
    ),
    cur="S/ @",
    sal="1100-12000-50",
    dates="dmy/; long",
    pp="#########",
)

COUNTRIES["AR"] = dict(
    nation="Argentine",
    langs="español, inglés, italiano",
    lang="es",
    given=(
        "Martín|m|Tincho; Sofía|f|Sofi; Santiago|m|Santi; Valentina|f|Valen; Facundo|m|Facu; "
        "Camila|f|Cami; Nicolás|m|Nico; Agustina|f|Agus; Juan Pablo|m|Juampi; Florencia|f|Flor; "
        "Matías|m|Mati; Lucía|f|Lu; Gonzalo|m|Gonza; Micaela|f|Mica; Federico|m|Fede; Rocío|f|Ro"
    ),
    sur=(
        "González; Rodríguez; Gómez; Fernández; López; Díaz; Martínez; Pérez; García; Sánchez; "
        "Romero; Sosa; Álvarez; Torres; Ruiz; Ramírez; Benítez; Acosta; Rossi; Bianchi; Kaplan; "
        "Schwartz; Iglesias"
    ),
    dbl="0.15",
    lhon="Sr.|Sra.",
    phone="+54 9 11 ####-####; 11 ####-####; +54 9 341 ###-####; 011 15-####-####",
    streets=(
        "Av. Corrientes; Av. Santa Fe; Calle Florida; Av. Rivadavia; Bv. Oroño; Av. Colón; Calle "
        "San Martín"
    ),
    towns=(
        "CABA=C1###???; Palermo, CABA=C1425???; Rosario, Santa Fe=S2000???; Córdoba=X5000???; "
        "Mendoza=M5500???"
    ),
    addr="{s} {n}, piso %, depto. ?, {pc} {t}; {s} {n}, {t} ({pc}); {s} {n} %º ?, {t}",
    num="%; %#; %##; %###",
    dom="gmail.com; hotmail.com; yahoo.com.ar; fibertel.com.ar; uba.ar",
    co_fmt="{S} {I} S.A.; {S} {I} S.R.L.; {S} S.A.S.",
    ind="Logística; Consultoría; Servicios; Construcciones; Alimentos; Software",
    tld="com.ar",
    stems="Pampa; Ombú; Aconcagua; Patagonia; Jacarandá; Tango Sur",
    unis=(
        "Universidad de Buenos Aires; Universidad Nacional de Córdoba; ITBA; Universidad "
        "Torcuato Di Tella; UNLP"
    ),
    schools=(
        "Colegio Nacional de Buenos Aires; Escuela Normal Superior Mariano Acosta; Colegio "
        "Carlos Pellegrini"
    ),
    famous="Jorge Luis Borges; Lionel Messi; Mercedes Sosa; Julio Cortázar; Eva Perón",
    hosp=(
        "Hospital Italiano de Buenos Aires; Hospital de Clínicas José de San Martín; Hospital "
        "Garrahan"
    ),
    cur="$@; ARS @",
    sal="400000-4000000-10000",
    thou=".",
    dec=",",
    dates="dmy/; long",
    pp="AAA######",
)

# IBAN basic bank account number layouts: count + kind (# digit, ? letter, * alphanumeric).
IBAN = {
    "DE": "18#",
    "AT": "16#",
    "CH": "5#12*",
    "FR": "10#11*2#",
    "BE": "12#",
    "NL": "4?10#",
    "ES": "20#",
    "PT": "21#",
    "IT": "1?10#12*",
    "GB": "4?14#",
    "IE": "4?14#",
    "PL": "24#",
    "CZ": "20#",
    "SK": "20#",
    "HU": "24#",
    "RO": "4?16*",
    "BG": "4?6#8*",
    "RS": "18#",
    "HR": "17#",
    "UA": "6#19*",
    "GE": "2?16#",
    "GR": "7#16*",
    "SE": "20#",
    "NO": "11#",
    "DK": "14#",
    "FI": "14#",
    "IS": "22#",
    "EE": "16#",
    "LV": "4?13*",
    "LT": "16#",
    "TR": "6#16*",
    "IL": "19#",
    "AE": "19#",
    "PK": "4?16*",
    "EG": "25#",
    "KZ": "3#13*",
    "BR": "23#1?1*",
}

GROUPS = {
    "@en": (
        "KE NG GH ET ZA EG PK IN_HI IN_TA IN_WB IN_KL IN_PB IN_MH BD LK MY MYC PH HK AE IL "
        "US GB IE CA AU NZ MM TH"
    ),
    "@fr": "FR BE CH MA DZ",
    "@de": "DE AT CH",
    "@es": "ES MX CO PE AR",
    "@pt": "BR PT",
    "@latam": "BR MX CO PE AR",
    "@in": "IN_HI IN_TA IN_WB IN_KL IN_PB IN_MH",
    "@sa": "IN_HI IN_TA IN_WB IN_KL IN_PB IN_MH PK BD LK",
    "@africa": "KE NG GH ET ZA EG MA DZ",
    "@ar": "EG MA DZ AE",
    "@cjk": "CN HK TW JP KR",
    "@zh": "CN TW HK",
    "@cyr": "RU KZ UA BG RS",
    "@nordic": "SE NO DK IS FI",
    "@baltic": "EE LV LT",
    "@cee": "PL CZ SK HU RO BG RS HR UA EE LV LT",
    "@eu": ("DE AT CH FR BE NL ES PT IT GB IE PL CZ SK HU RO BG RS HR GR SE NO DK IS FI EE LV LT"),
    "@iban": " ".join(IBAN),
    "@sea": "ID MY MYC PH VN TH MM",
    "@mena": "EG MA DZ TR IR IL AE",
}

# ---------------------------------------------------------------------------
# Templates: (locale spec, text).  Spec: "*" = any locale, "@group", or codes joined by "|".
# ---------------------------------------------------------------------------

TEMPLATES: list[tuple[str, str]] = [
    # ---- CVs and résumés -------------------------------------------------
    (
        "*",
        """CURRICULUM VITAE

{p1}
{job} · {town}
Mobile: {phone} | E-mail: {p1.email}
Address: {addr}
Date of Birth: {dob} | Nationality: {nation}

PROFILE
{job} with {num} years of experience in {dept}. Languages: {langs}.

EXPERIENCE
{y3} – present   {job2}, {co}
{y1} – {y3}      {job3}, {co2}

EDUCATION
{y2}  {degree}, {uni}

REFERENCES
{p2.hon} {p2}, {job4}, {co2} – {phone2}""",
    ),
    (
        "*",
        """can you make this CV section sound more professional? keep it short pls

Name: {p1.CAPS}
Contact: {p1.email} / {phone}
Summary: hard working {job} from {town}, worked at {co} since {y2}, good with customers and excel.
Skills: MS Office, {skill}, team work, {skill2}
Hobbies: football, church choir, reading {famous}""",
    ),
    (
        "@fr",
        """{p1.LAST}
{job_fr}
{addr}
Tél. : {phone}
E-mail : {p1.email}
Date de naissance : {dob}
Permis B – véhiculé(e)

EXPÉRIENCE PROFESSIONNELLE
Depuis {y3}    {job_fr2} – {co}, {town}
{y1}–{y3}      Stage de fin d'études – {co2}

FORMATION
{y2}    Master, {uni}

LANGUES
Français (langue maternelle), anglais (C1), arabe (B2)

CENTRES D'INTÉRÊT
Course à pied, bénévolat, lecture ({famous})""",
    ),
    (
        "IT",
        """CURRICULUM VITAE

INFORMAZIONI PERSONALI
Nome e cognome: {p1.LAST}
Indirizzo: {addr}
Cellulare: {phone}
E-mail: {p1.email}
Data di nascita: {dob}
Nazionalità: italiana

ESPERIENZA LAVORATIVA
{mo}/{y3} – oggi: {job_it}, {co}
{mo2}/{y1} – {mo3}/{y3}: tirocinio, {co2}

ISTRUZIONE E FORMAZIONE
{y2}: Laurea magistrale, {uni} (110/110 e lode)

Autorizzo il trattamento dei miei dati personali ai sensi del Regolamento UE 2016/679 (GDPR).""",
    ),
    (
        "@de",
        """Lebenslauf

Persönliche Daten
Name:            {p1}
Anschrift:       {addr}
Telefon:         {phone}
E-Mail:          {p1.email}
Geburtsdatum:    {dob}
Geburtsort:      {town}
Familienstand:   ledig

Berufserfahrung
{mo}/{y3} – heute          {job_de}, {co}
{mo2}/{y1} – {mo3}/{y3}    Werkstudent/in, {co2}

Ausbildung
{y2}   {degree_de}, {uni}

Sprachen: Deutsch (Muttersprache), Englisch (C1)
Bewerbungsfoto: bewerbungsfoto_{p1.login}.jpg""",
    ),
    (
        "@es",
        """HOJA DE VIDA

{p1}
Fecha de nacimiento: {dob}
Dirección: {addr}
Celular: {phone} · Correo: {p1.email}

PERFIL PROFESIONAL
{job_es} con experiencia en {dept_es}. Manejo de Excel avanzado y SAP.

EXPERIENCIA
{y3}–actualidad | {job_es2} | {co}
{y1}–{y3} | Practicante | {co2}

EDUCACIÓN
{uni} — {degree_es} ({y2})

REFERENCIAS PERSONALES
{p2} — {phone2}
{p3} — {phone3}""",
    ),
    (
        "@pt",
        """{p1.CAPS}
Estado civil: solteiro(a) · Endereço: {addr}
Telefone/WhatsApp: {phone}
E-mail: {p1.email}
Data de nascimento: {dob}

OBJETIVO
Atuar como {job_pt} em empresa de médio ou grande porte.

FORMAÇÃO ACADÊMICA
{degree_pt} – {uni} (conclusão em {y2})

EXPERIÊNCIA PROFISSIONAL
{co} – {job_pt2} ({y3} – atual)
{co2} – Estágio ({y1} – {y3})

IDIOMAS: inglês intermediário, espanhol básico""",
    ),
    (
        "PL",
        """{p1}
tel. {phone} | e-mail: {p1.email}
{addr}
data urodzenia: {dob}

DOŚWIADCZENIE ZAWODOWE
{mo}.{y3} – obecnie       {job_pl}, {co}
{mo2}.{y1} – {mo3}.{y3}   {job_pl2}, {co2}

WYKSZTAŁCENIE
{y1} – {y2}   {uni}, kierunek: informatyka

JĘZYKI: angielski (C1), niemiecki (B1)

Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji \
procesu rekrutacji zgodnie z RODO.""",
    ),
    (
        "NL|BE",
        """Curriculum vitae – {p1}

Personalia
Naam:            {p1.full}
Adres:           {addr}
Telefoon:        {phone}
E-mail:          {p1.email}
Geboortedatum:   {dob}
Rijbewijs:       B

Werkervaring
{y3} – heden     {job_nl} bij {co}
{y1} – {y3}      {job_nl2} bij {co2}

Opleiding
{uni}, afgestudeerd in {y2}""",
    ),
    (
        "JP",
        """履歴書　　{date}現在

氏名　　　{p1.nat}
生年月日　{dob}生（満{age}歳）
現住所　　{addrn}
電話　　　{phone}
E-mail　　{p1.email}

学歴・職歴
{y1}年3月　{unin} 卒業
{y1}年4月　{con} 入社
{y3}年10月　{con2} 入社　現在に至る

資格：普通自動車第一種運転免許、TOEIC {score}点
志望動機：貴社の{job_ja}として経験を活かしたいと考えております。""",
    ),
    (
        "CN",
        """个人简历

姓名：{p1.nat}　　性别：{p1.g_zh}
出生日期：{dob}
手机：{phone}
邮箱：{p1.email}
现居住地：{addrn}

教育背景
{y1}.09 – {y2}.06　{unin}　计算机科学与技术　本科

工作经历
{y2}.07 – 至今　{con}　{job_zh}
· 负责部门招聘与员工关系，年均完成招聘{num}0人

自我评价：性格开朗，工作认真负责，熟悉{skill}。""",
    ),
    (
        "KR",
        """이 력 서

성명: {p1.nat} ({p1.rom})
생년월일: {dob}
휴대전화: {phone}
이메일: {p1.email}
주소: {addrn}

학력
{y1}.03 ~ {y2}.02  {unin} 경영학과 졸업 (학점 {gpa})

경력
{y2}.03 ~ 현재  {con} {job_ko}

자격증: 정보처리기사, TOEIC {score}""",
    ),
    (
        "RU|KZ",
        """Резюме

{p1.noff}
Дата рождения: {dob}
Телефон: {phone}
E-mail: {p1.email}
Адрес: {addrn}

Желаемая должность: {job_ru}
Опыт работы
{mo}.{y3} — настоящее время: {con}, {job_ru2}
{mo2}.{y1} — {mo3}.{y3}: {con2}, стажёр

Образование
{y2} — {unin}, специалист
Иностранные языки: английский (B2)""",
    ),
    (
        "TR",
        """ÖZGEÇMİŞ

Ad Soyad: {p1}
Doğum Tarihi: {dob}
Telefon: {phone}
E-posta: {p1.email}
Adres: {addr}

EĞİTİM
{y1} – {y2}  {uni}, İşletme Bölümü (GNO: {gpa})

İŞ DENEYİMİ
{y2} – devam ediyor  {co}, {job_tr}

REFERANSLAR
{p2} – {co2} – {phone2}""",
    ),
    (
        "ID",
        """DAFTAR RIWAYAT HIDUP

Nama Lengkap      : {p1}
Tempat, Tgl Lahir : {town}, {dob}
Jenis Kelamin     : {p1.g_id}
Alamat            : {addr}
No. HP / WA       : {phone}
Email             : {p1.email}

PENDIDIKAN
{y1} – {y2}  {uni}, S1 Teknik Informatika (IPK {gpa})

PENGALAMAN KERJA
{y2} – sekarang  {job_id} di {co}

Demikian daftar riwayat hidup ini saya buat dengan sebenar-benarnya.""",
    ),
    (
        "@sa",
        """BIO-DATA

Name             : {p1.CAPS}
Father's Name    : {p1.father}
Date of Birth    : {dob}
Gender           : {p1.g_en}
Marital Status   : Unmarried
Nationality      : {nation}
Languages Known  : {langs}
Permanent Address: {addr}
Mobile           : {phone}
E-mail           : {p1.email}

EDUCATIONAL QUALIFICATION
B.Tech ({y2}) – {uni} – {pct}%
Class XII ({y1}) – {school} – {pct2}%

DECLARATION
I hereby declare that the above information is true to the best of my knowledge.
Place: {town}
Date: {date}                                  ({p1.CAPS})""",
    ),
    (
        "PH",
        """BIO-DATA

Name: {p1.full}
Nickname: {p1.nick}
Birthdate: {dob}     Birthplace: {town}
Age: {age}   Sex: {p1.g_en}   Civil Status: Single
Height: 5'4"   Weight: 52 kg   Religion: Roman Catholic
Home Address: {addr}
Contact No.: {phone}
Email: {p1.email}
Father's Name: {p1.father}
Mother's Name: {pf2}

Character References:
  {p3}, {job}, {co} – {phone2}
  {p4}, Teacher, {school} – {phone3}""",
    ),
    (
        "NG",
        """{p1.CAPS}
{addr} | {phone} | {p1.email}

PERSONAL DATA
Date of Birth: {dob}
State of Origin: {ngstate}
Marital Status: Single
NYSC: Completed ({y3})

CAREER OBJECTIVE
To build a career in {dept} with a reputable organisation.

WORK EXPERIENCE
{co} — {job} ({y3} – date)

EDUCATION
{uni} — B.Sc. {field} (Second Class Upper), {y2}
WAEC/SSCE — {school}, {y1}

REFEREES
1. {p2.hon} {p2}, {job2}, {co2}. Tel: {phone2}
2. Dr {p3}, Senior Lecturer, {uni}. Tel: {phone3}""",
    ),
    (
        "KE|GH|ZA",
        """{p1.CAPS}
{job}
P: {phone}  E: {p1.email}
Physical address: {addr}

KEY SKILLS
- {skill}
- {skill2}
- Report writing and stakeholder engagement

WORK HISTORY
{co}, {town} — {job2} ({y3} to date)
{co2} — Intern ({y1}–{y3})

EDUCATION
{degree}, {uni} ({y2})
KCSE / matric: {school}

REFEREES
{p2}, {job3}, {co} — {phone2}, {p2.wemail}
{p3}, Lecturer, {uni} — {phone3}""",
    ),
    (
        "US|CA",
        """{p1.CAPS}
{town} | {phone} | {p1.email} | linkedin.com/in/{p1.login}

SUMMARY
{job} with a track record in {dept}; comfortable with {skill} and {skill2}.

EXPERIENCE
{co} — {job}                                   {mo}/{y3} – Present
• Reduced ticket backlog by {pct}% in two quarters
• Mentored {num} new hires
{co2} — {job2}                                  {mo2}/{y1} – {mo3}/{y3}

EDUCATION
{uni} — {degree}, GPA {gpa}                     {y2}""",
    ),
    (
        "@eu",
        """Europass Curriculum Vitae

PERSONAL INFORMATION
Surname(s) / First name(s): {p1.last} / {p1.first}
Address(es): {addr}
Telephone(s): {phone}
E-mail: {p1.email}
Nationality: {nation}
Date of birth: {dob}

WORK EXPERIENCE
Dates: {y3} – present
Occupation or position held: {job}
Name and address of employer: {co}, {town}

EDUCATION AND TRAINING
{y2}: {degree}, {uni}

Mother tongue(s): {langs}""",
    ),
    (
        "HU",
        """Önéletrajz

Név: {p1}
Születési idő: {dob}
Lakcím: {addr}
Telefon: {phone}
E-mail: {p1.email}

Tanulmányok
{y1}–{y2}  {uni}, gazdaságinformatikus BSc

Munkatapasztalat
{y3}–  {co}, {job}

Nyelvtudás: angol (C1), német (B2)""",
    ),
    (
        "CZ|SK",
        """ŽIVOTOPIS

{p1}
Datum narození: {dob}
Bydliště: {addr}
Tel.: {phone}
E-mail: {p1.email}

Pracovní zkušenosti
{y3} – dosud   {co}, {job}
{y1} – {y3}   {co2}, brigáda

Vzdělání
{y2}  {uni}, Ing.

Řidičský průkaz sk. B""",
    ),
    (
        "RO",
        """CURRICULUM VITAE

Nume și prenume: {p1.LAST}
Data nașterii: {dob}
Adresă: {addr}
Telefon: {phone}
E-mail: {p1.email}

Experiență profesională
{y3} – prezent: {job}, {co}
{y1} – {y3}: internship, {co2}

Educație și formare
{y2}: licență, {uni}

Limbi străine: engleză (C1), franceză (B1)""",
    ),
    (
        "RS|HR|BG",
        """BIOGRAFIJA / CV

Ime i prezime: {p1}
Datum rođenja: {dob}
Adresa: {addr}
Mobilni: {phone}
E-pošta: {p1.email}

Radno iskustvo
{y3} – danas: {job}, {co}
{y1} – {y3}: praksa, {co2}

Obrazovanje
{uni}, {y2}

Vozačka dozvola: B kategorija""",
    ),
    (
        "@nordic|@baltic",
        """CV – {p1}

Contact: {phone} · {p1.email}
Address: {addr}
Born: {dob}

Experience
{y3}–      {job}, {co}, {town}
{y1}–{y3}  {job2}, {co2}

Education
{y2}  {degree}, {uni}

Languages: {langs}
References available on request from {p2} ({p2.wemail}).""",
    ),
    (
        "IR",
        """رزومه

نام و نام خانوادگی: {p1.nat}
تاریخ تولد: {dob}
تلفن همراه: {phone}
ایمیل: {p1.email}
نشانی: {addrn}

سوابق تحصیلی
کارشناسی مهندسی کامپیوتر، {unin}، {y2}

سوابق شغلی
{co}، {job}، از {y3} تاکنون""",
    ),
    (
        "@ar",
        """السيرة الذاتية

الاسم: {p1.nat}
تاريخ الميلاد: {dob}
الجوال: {phone}
البريد الإلكتروني: {p1.email}
العنوان: {addrn}

الخبرات العملية
{y3} – حتى الآن: {job_ar}، {co}

المؤهلات العلمية
بكالوريوس، {uni}، {y2}""",
    ),
    (
        "GE|AM",
        """CV / რეზიუმე

{p1.nat} ({p1.rom})
Date of birth: {dob}
Phone: {phone}
E-mail: {p1.email}
Address: {addrn}

Work experience
{y3} – present: {job}, {co}
{y1} – {y3}: {job2}, {co2}

Education
{degree}, {uni}, {y2}""",
    ),
    (
        "GR",
        """ΒΙΟΓΡΑΦΙΚΟ ΣΗΜΕΙΩΜΑ

Ονοματεπώνυμο: {p1.nat}
Ημερομηνία γέννησης: {dob}
Διεύθυνση: {addrn}
Κινητό: {phone}
Email: {p1.email}

Επαγγελματική εμπειρία
{y3} – σήμερα: {job}, {co}

Σπουδές
{uni}, {y2}""",
    ),
    (
        "VN",
        """SƠ YẾU LÝ LỊCH

Họ và tên: {p1}
Giới tính: {p1.g_vi}
Ngày sinh: {dob}
Địa chỉ: {addr}
Điện thoại: {phone}
Email: {p1.email}

Học vấn: {uni}, tốt nghiệp năm {y2}
Kinh nghiệm: {y3} – nay, {job_vi} tại {co}""",
    ),
    (
        "TH",
        """ประวัติส่วนตัว (Resume)

ชื่อ-นามสกุล: {p1.nat} ({p1.rom}) ชื่อเล่น: {p1.nick}
วันเกิด: {dob}
ที่อยู่: {addrn}
โทรศัพท์: {phone}
อีเมล: {p1.email}

การศึกษา: {unin} ({y2})
ประสบการณ์ทำงาน: {co} ตำแหน่ง {job} ({y3} – ปัจจุบัน)""",
    ),
    # ---- cover letters --------------------------------------------------
    (
        "*",
        """{p1}
{addr}
{phone} · {p1.email}

{date}

Hiring Manager
{co}
{town}

Dear {p2.hon} {p2.last},

I am writing to apply for the position of {job} (ref. {ticket}) advertised on your careers page. \
Since {y2} I have worked as {job2} at {co2}, where I led the {proj} project and trained {num} new \
colleagues.

I would welcome the opportunity to discuss my application. I can be reached on {phone} any weekday \
after 5 pm.

Yours sincerely,
{p1}""",
    ),
    (
        "@fr",
        """{p1}
{addr}
{phone}
{p1.email}

{town}, le {datelong}

Objet : Candidature au poste de {job_fr}

Madame, Monsieur,

Actuellement {job_fr2} chez {co}, je souhaite rejoindre {co2}. Mon expérience en {dept_fr} et ma \
rigueur seraient un atout pour votre équipe.

Je me tiens à votre disposition pour un entretien au {phone}.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

{p1}""",
    ),
    (
        "@de",
        """{p1}
{addr}
Tel. {phone} · {p1.email}

{co}
Personalabteilung
z. Hd. {p2.lhon} {p2}

{town}, {date}

Bewerbung als {job_de} – Ihre Stellenanzeige vom {date2}

Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung gelesen. Seit {y3} arbeite ich als {job_de2} bei \
{co2} ...

Über eine Einladung zum Vorstellungsgespräch freue ich mich.

Mit freundlichen Grüßen
{p1}""",
    ),
    (
        "@es",
        """Por favor mejora esta carta de presentación, suena muy informal:

Hola, soy {p1} y quiero trabajar en {co} como {job_es}. Trabajé {num} años en {co2} con {p2} como \
jefe. Vivo en {addr}. Mi cel es {phone} y mi correo {p1.email}. Gracias!!""",
    ),
    # ---- references and recommendation letters -------------------------
    (
        "*",
        """To Whom It May Concern

REFERENCE: {p1.CAPS} (Employee No. {empid})

This is to confirm that {p1} was employed by {co} as a {job} from {date} to {date2}. During this \
period {p1.he} reported directly to me in the {dept} team.

{p1.first} is reliable, punctual and well liked by colleagues. {p1.He} handled the {proj} rollout \
almost single-handedly.

Should you require further information, please contact me on {phone} or at {p2.wemail}.

Yours faithfully,

{p2}
{job2}, {co}""",
    ),
    (
        "@de",
        """Kannst du dieses Arbeitszeugnis ins Englische übersetzen? Ich bewerbe mich in {city}.

ARBEITSZEUGNIS

{p1.lhon} {p1}, geboren am {dob} in {town}, war vom {date} bis zum {date2} in unserem Unternehmen \
als {job_de} tätig.

{p1.lhon} {p1.last} erledigte die {p1.ihm} übertragenen Aufgaben stets zu unserer vollsten \
Zufriedenheit. Das Verhalten gegenüber Vorgesetzten und Kollegen war stets einwandfrei.

Wir bedauern {p1.sein} Entscheidung und wünschen {p1.ihm} für die Zukunft alles Gute.

{town}, {date3}

{p2}
Leitung Personal, {co}""",
    ),
    (
        "@es",
        """Traduce al inglés esta constancia laboral:

A QUIEN CORRESPONDA

Por medio de la presente hago constar que {p1} laboró en {co} desde el {datelong} hasta la fecha, \
desempeñándose como {job_es} en el área de {dept_es}, con un salario mensual de {salary}.

Se extiende la presente a solicitud del interesado para los fines que estime convenientes.

Para cualquier información adicional, comunicarse al {phone}.

Atentamente,
{p2}
Gerente de Recursos Humanos""",
    ),
    (
        "RU",
        """Переведи на английский, это характеристика с прошлого места работы:

ХАРАКТЕРИСТИКА
на {p1.noff}, {dob} г. р.

{p1.nat} работает в {con} с {y3} года в должности «{job_ru}». За время работы зарекомендовал(а) \
себя как ответственный и грамотный специалист.

Характеристика выдана для предоставления по месту требования.

Генеральный директор ______ {p2.ninit}
Контактный телефон: {phone}""",
    ),
    (
        "*",
        """Letter of recommendation – draft, please polish

I have taught {p1} {subject} at {school} for the past two years. {p1.He} consistently scored in \
the top {pct}% of the class and led our robotics club to the regional final.

{p1.first} is applying to read {field} at {uni}. I recommend {p1.him} without reservation.

{p2}
Head of {subject}, {school}
{p2.email} | {phone}""",
    ),
    (
        "*",
        """Reference check – call notes ({date})
Candidate: {p1} for {job}
Referee: {p2}, former line manager at {co} – reached on {phone}
- worked together {y2}–{y3}
- "very strong on {skill}, sometimes quiet in meetings"
- would rehire: yes
- reason for leaving: relocation to {city}
Second referee {p3} ({p3.email}) did not answer, left voicemail.""",
    ),
]

TEMPLATES += [
    # ---- job offers and contracts ----------------------------------------
    (
        "*",
        """{co}
{date}

PRIVATE & CONFIDENTIAL
{p1}
{addr}

Dear {p1.first},

Offer of Employment – {job}

We are delighted to offer you the position of {job} in our {dept} department, reporting to {p2}. \
Your start date will be {date2} and your gross salary will be {salary} per month.

Please bring the following on your first day: passport or national ID, proof of address and bank \
details.

Kindly sign and return a copy by {date3}. For questions call {p3} on {phone}.

Yours sincerely,
{p2}
{job2}""",
    ),
    (
        "DE|AT",
        """Arbeitsvertrag (Auszug)

zwischen der {co}, vertreten durch {p2}, – nachfolgend „Arbeitgeber“ –
und
{p1.lhon} {p1}, geboren am {dob}, wohnhaft {addr} – nachfolgend „Arbeitnehmer/in“ –

§ 1 Beginn: Das Arbeitsverhältnis beginnt am {date}.
§ 3 Vergütung: Das monatliche Bruttogehalt beträgt {salary}.
§ 4 Die Vergütung wird auf folgendes Konto überwiesen: IBAN {iban}, {bank}.
§ 7 Urlaub: 30 Arbeitstage.

{town}, {date2}""",
    ),
    (
        "NL|BE",
        """Arbeidsovereenkomst voor bepaalde tijd

Partijen:
1. {co}, gevestigd te {town}, hierbij vertegenwoordigd door {p2};
2. {p1}, geboren op {dob}, wonende te {addr}.

Artikel 2 – Functie: {job_nl}
Artikel 3 – Salaris: {salary} bruto per maand, te betalen op rekeningnummer {iban}.
Artikel 4 – Ingangsdatum: {date}

Getekend te {town} op {date2}.""",
    ),
    (
        "CN",
        """录用通知书

{p1.nat}{p1.lhon}：

您好！经过面试，我司决定录用您为{job_zh}，试用期三个月，月薪{salary}。
报到日期：{date}
报到地点：{con}人力资源部（{addrn}）
请携带身份证、学历证书原件及近期一寸照片两张。
联系人：{p2.nat}，电话：{phone}，邮箱：{p2.wemail}

{con}
{date2}""",
    ),
    (
        "JP",
        """{p1.nat}様

内定通知書

このたびは弊社の採用選考にご応募いただき、誠にありがとうございました。
慎重に選考した結果、{job_ja}として採用を内定いたしましたのでお知らせいたします。

入社予定日：{date}
勤務地：{con}本社
ご不明な点は人事部 {p2.nlast}（電話 {phone}、メール {p2.wemail}）までお問い合わせください。""",
    ),
    (
        "@fr",
        """Promesse d'embauche

{co}
{town}, le {date}

{p1.lhon} {p1},
{addr}

Nous avons le plaisir de vous confirmer votre engagement en qualité de {job_fr}, en contrat à \
durée indéterminée, à compter du {date2}. Rémunération brute annuelle : {salaryy}.

Merci de nous retourner ce courrier signé avec votre RIB (IBAN {iban}).

{p2}, DRH""",
    ),
    (
        "*",
        """Subject: Contract of employment – please check clause 9

Hi, can you explain in simple words what clause 9 means? My new employer is {co}.

"9. CONFIDENTIALITY. The Employee ({p1}, residing at {addr}) shall not, during or after the term \
of employment, disclose any Confidential Information of the Company..."

Also they wrote my birthday as {dob} which is correct, but my name is misspelled as {p1.LAST} in \
clause 1. Should I ask them to fix it?""",
    ),
    # ---- onboarding -----------------------------------------------------
    (
        "*",
        """NEW STARTER – IT SETUP ({ticket})
Name: {p1}
Start date: {date}
Manager: {p2}
Username: {p1.login}
Temporary password: {pw}   (must be changed at first login)
Laptop: Dell Latitude 7440, asset {asset}, MAC {mac}
VPN: static IP {ippriv}
Wi-Fi (staff): SSID {ssid} / password {wifi}
Door badge PIN: {pin}
[ ] MFA enrolled
[ ] Payroll form signed
[ ] Intro call with {p3.first}""",
    ),
    (
        "@iban",
        """Personal details form – please complete before {date}

Full legal name: {p1.full}
Preferred name: {p1.nick}
Date of birth: {dob}
Home address: {addr}
Personal mobile: {phone}
Personal email: {p1.email}
Emergency contact: {p2} ({rel}) – {phone2}
Bank account (IBAN): {iban}
Tax office / number: to follow

Signature: ______________   Date: {date2}""",
    ),
    (
        "*",
        """Personal details form – please complete before {date}

Full legal name: {p1.full}
Known as: {p1.nick}
Date of birth: {dob}
Home address: {addr}
Mobile: {phone}
Email: {p1.email}
Next of kin: {p2} ({rel}), {phone2}
Bank: {bank}, account no. {acct}
Mobile money (salary advance): {phone3}

Signed: ____________""",
    ),
    (
        "US",
        """Payroll setup – new hire ({ticket})
Employee: {p1.inv}
SSN: {ssn}
DOB: {dob}
Home address: {addr}
Federal filing status: Single
Direct deposit: routing {routing}, account {acct}
Driver's license: {dl} ({st})
Start date: {date}
Manager: {p2}""",
    ),
    (
        "US",
        """hi! quick question about my first paycheck at {co}. I'm an international grad student \
TA, I don't have an SSN yet so HR told me to use my ITIN {itin} on the W-4. Is that ok? my name on \
the form is {p1.LAST} and my campus address is {addr}. My advisor {p2} said another student \
({p3.first}) had the same issue last fall.""",
    ),
    (
        "*",
        """Welcome to {co}, {p1.first}! 🎉

Your accounts are ready:
• Email: {p1.wemail}
• Login: {p1.login}
• One-time password: {pw}
• HR portal recovery codes:
  {recov}
  {recov2}
  {recov3}

Your buddy for the first month is {p2} ({p2.handle} on Slack). Day 1 starts at 9:00 at reception, \
{building}.""",
    ),
    (
        "*",
        """Onboarding checklist – {dept}
Week 1
[x] Laptop handed over (S/N {asset}) – {p2.init}
[x] Badge printed for {p1}
[ ] Shadow {p3.first} on the {proj} stand-up
[ ] Read the handbook v{ver}
[ ] Book probation review with {p2} for {date}
Notes: {p1.first} prefers to be called {p1.nick}. Allergic to nuts (catering told).""",
    ),
    # ---- HR tickets -------------------------------------------------------
    (
        "*",
        """Ticket {ticket} | Category: Employee data change | Priority: 3
Opened by: {p1} ({p1.wemail})
Description:
Hi HR, I moved last month. Please update my home address to {addr} and my phone to {phone}. The \
old address can be removed. Thanks!
Assigned to: {p2}
Work notes: verified with employee by phone on {date}. Updated in HRIS. – {p2.init}""",
    ),
    (
        "@iban",
        """[{ticket}] Change of salary account
Requester: {p1} – {dept}
Hello, I changed banks. Please pay my salary from next month into:
Account holder: {p1}
IBAN: {iban}
Bank: {bank}
Old IBAN (please stop): {iban2}
Thank you, {p1.first}""",
    ),
    (
        "*",
        """HR helpdesk – case {ticket}
From: {p1.email}
Subject: Wrong date of birth on my payslip

Dear team, my payslip for {mo}/{yr} shows the date of birth {dobnum}. My real date of birth is \
{dob}. Employee ID {empid}. Could you correct it before the pension enrolment? Regards, {p1}""",
    ),
    (
        "*",
        """Jira {ticket}: Offboarding – {p1}
Reporter: {p2.login}
Last working day: {date}
Tasks:
- Disable AD account {p1.login} ✅
- Revoke GitHub token {ghtoken} (found in {p1.first}'s dotfiles repo!!) ⏳
- Collect laptop {asset}
- Forward mailbox to {p3.wemail}
Comment ({p3.first}): token rotated, please also check CI secrets.""",
    ),
    # ---- payroll & timesheets ------------------------------------------------
    (
        "@iban",
        """employee_id,last_name,first_name,department,gross_monthly,iban,start_date
{empid},{p1.last},{p1.first},{dept},{salary},{iban},{dateiso}
{empid2},{p2.last},{p2.first},{dept2},{salary2},{iban2},{dateiso2}
{empid3},{p3.last},{p3.first},{dept3},{salary3},{iban3},{dateiso3}""",
    ),
    (
        "*",
        """PAYROLL REGISTER     PERIOD {mo}/{yr}     PAGE 1 OF 3
EMP NO    NAME                         DEPT         GROSS          NET
{empid}   {p1.LAST}      {dept}   {salary}   {salary4}
{empid2}  {p2.LAST}      {dept2}  {salary2}  {salary5}
{empid3}  {p3.LAST}      {dept3}  {salary3}  {salary6}
----------------------------------------------------------------------
Prepared by {p4} ({p4.wemail})   Approved: {p5.init}""",
    ),
    (
        "*",
        """Week {week} timesheet export
Employee;Mon;Tue;Wed;Thu;Fri;Sat;Total;Approver
{p1.inv};8.0;8.0;7.5;8.0;6.0;0;37.5;{p5.login}
{p2.inv};9.0;9.0;9.0;9.0;4.0;0;40.0;{p5.login}
{p3.inv};0;0;8.0;8.0;8.0;8.0;32.0;{p5.login}
{p4.inv};sick;sick;8.0;8.0;8.0;0;24.0;{p5.login}""",
    ),
    (
        "*",
        """Payslip – {mo}/{yr}
Employee: {p1.CAPS}    ID: {empid}
Department: {dept}     Position: {job}
Address: {addr}
Basic salary .......... {salary}
Overtime .............. {amount}
Deductions ............ {amount2}
Net pay ............... {salary2}
Paid to: {bank} ****{l4}
This payslip PDF is protected; the password was sent by SMS to {phone}.""",
    ),
    (
        "US",
        """EARNINGS STATEMENT – {co}
Period: {date} – {date2}     Pay date: {date3}
{p1.CAPS}
{addr}
SSN: XXX-XX-{l4}   Employee ID: {empid}
Gross pay: {salary}   Federal tax: {amount}   State tax: {amount2}
Net pay: {salary2}
Deposited to account ending {l4b}.""",
    ),
    (
        "*",
        """can you turn this into a table? it's the overtime list for {mo}/{yr}
{p1.short}: 12h (sat+sun), bank holiday rate
{p2.first}: 6h
{p3}: 9.5h — night shift, check with {p4.first}
{p5.low}: 4h??? she says 8, ask her
total budget left: {salary}""",
    ),
    # ---- expenses ---------------------------------------------------------
    (
        "*",
        """EXPENSE CLAIM {ticket}
Claimant: {p1} ({dept})
Trip: client visit in {city}, {date} – {date2}
 1. Taxi airport → hotel ........ {amount}
 2. Hotel, 2 nights ............. {amount2}
 3. Team dinner (4 pax) ......... {amount3}
Paid with corporate card {card}
Approver: {p2}
Note from {p1.first}: receipt 3 missing, bank statement attached.""",
    ),
    (
        "*",
        """hey finance team, I paid the conference fee ({amount}) for {p2.first} and me with my \
personal card because the corporate one was blocked. Card was {card}, exp {mo}/{yf}. Can you \
reimburse to the usual account? thanks, {p1.first} ({p1.wemail})""",
    ),
    (
        "@iban",
        """Reisekostenabrechnung / travel expense report
Mitarbeiter/in: {p1} – Kostenstelle {costc}
Reise: {city}, {date} bis {date2}
Hotel: {amount}
Bahn: {amount2}
Verpflegungsmehraufwand: {amount3}
Erstattung auf IBAN: {iban}
Genehmigt: {p2}, {date3}""",
    ),
]

TEMPLATES += [
    # ---- performance reviews, 360, interviews -------------------------------
    (
        "*",
        """Write feedback for my report {p1.first} for the mid-year review, tone: direct but kind. \
Notes:
- owns the {proj} migration, shipped {date} (2 weeks late)
- great with juniors ({p2.first} and {p3.first} both said so in 1:1s)
- needs to update Jira more; {p4.first} from QA complained twice
- rating I'm thinking: 3 / "meets expectations"
- salary band {salary}–{salary2}, no change this cycle""",
    ),
    (
        "*",
        """360° feedback export – cycle {yr}-H1
Reviewee: {p1} ({job}, {dept})
Manager: {p2}
Q: What should {p1.first} keep doing?
A (peer): Running the Tuesday clinic; {p1.first} explains {skill} better than anyone.
Q: What should {p1.first} start doing?
A (peer): Delegating. {p3.first} and {p4.first} could take the reporting.
A (direct report): Please stop messaging on WhatsApp at 11pm 😅 ({phone})""",
    ),
    (
        "*",
        """Interview scorecard – {job} ({ticket})
Candidate: {p1}   Source: referral from {p5}
Phone screen: {p2}   Panel: {p3}, {p4}
Date: {date}
Technical ............ 3/4
Communication ........ 4/4
Culture add .......... 3/4
Notes: currently at {co}, notice period 1 month, expects {salary}. Lives near {town}. Reachable on \
{phone} / {p1.email}.
Decision: HIRE (pending references)""",
    ),
    (
        "*",
        """summarise these interview notes into 3 bullets for the hiring manager:

cand: {p1.lowfull}
- came 10 min late (traffic), apologised
- strong on {skill}, weaker on {skill2}
- asked about remote work + visa (currently on {nation} passport)
- previous boss {p2} — can call for ref on {phone}
- wants {salaryy}/yr""",
    ),
    (
        "*",
        """PERFORMANCE IMPROVEMENT PLAN
Employee: {p1} (ID {empid})
Manager: {p2}    HR partner: {p3}
Start: {date}    Review: {date2}
Objective 1: Reduce average handling time from 9:40 to 7:00 min.
Objective 2: Zero missed shifts without notice.
Support: weekly 1:1 with {p2.first}; shadowing {p4}.
Employee comments: "I was caring for my {rel} in {town}, which is why I missed shifts."
Signed: {p1.init} / {p2.init}""",
    ),
    # ---- minutes and stand-ups -------------------------------------------
    (
        "*",
        """Minutes – {dept} weekly sync, {date}
Present: {p1}, {p2}, {p3}, {p4} (chair)
Apologies: {p5}

1. Hiring: two offers out; {p2.first} to chase references.
2. Rota: {p3.first} covering weekend on-call; swap with {p1.first} on {date2}.
3. AOB: {p4.first}'s leaving drinks on Friday at {venue}.

Actions
- {p2.init}: send updated org chart by {date3}
- {p5.first}: book room {room} for the interview panel
Next meeting: {date4}""",
    ),
    (
        "*",
        """summarize these minutes in 5 bullet points pls

Project steering committee – {proj}
Date: {date}, {time}, {room}
Attendees: {p1} (sponsor), {p2} (PM), {p3} (finance), {p4} (IT), guest: {famous}'s biography was \
mentioned as inspiration lol
- Budget overrun of {pct}% approved by {p1.first}
- {p4.first}: data migration test on {date2}, needs access for {p3.login}
- Risk: vendor contact {p5} left {co}; new contact {p6} ({p6.wemail}, {phone})
Next: {date3}""",
    ),
    (
        "*",
        """*Standup — {date}*
{p1.handle} y: finished {proj} API review · t: pairing w/ {p2.low} on the auth bug · b: none
{p2.handle} y: out sick · t: catching up · b: need prod log access pls {p3.handle}
{p3.handle} y: on-call, 2 pages · t: postmortem · b: –
{p4.handle} y: interviews (2) · t: scorecards · b: waiting on {p5.first} for the rubric""",
    ),
    (
        "@es",
        """Resume esta acta en tres puntos:

ACTA DE REUNIÓN – {dept_es}
Fecha: {date}
Asistentes: {p1}, {p2}, {p3}
Ausente con excusa: {p4}

1. Se aprueba el calendario de vacaciones. {p2} enviará la propuesta antes del {date2}.
2. {p3} informa que el proveedor subirá precios un {pct}%.
3. Varios: cumpleaños de {p1.first} el viernes, pastel en la sala {room}.

Se levanta la sesión a las {time}.""",
    ),
    (
        "@pt",
        """ATA DE REUNIÃO – {date}
Participantes: {p1}, {p2}, {p3}, {p4}
Pauta:
1) Escala de plantão de {mo}: {p2.first} cobre os sábados; {p3.first} troca com {p4.first} no dia \
{date2}.
2) Treinamento de {skill} será ministrado por {p1} na sala {room}.
3) Contato do fornecedor: {p5} – {phone}.
Próxima reunião: {date3}.""",
    ),
    (
        "@de",
        """Protokoll Teamrunde {dept_de} – {date}
Anwesend: {p1}, {p2}, {p3}
Entschuldigt: {p4}
TOP 1: Urlaubsplanung – {p2.first} übernimmt die Vertretung für {p3.first} vom {date2} bis {date3}.
TOP 2: Neue Kollegin {p5} startet am {date4}, Pate: {p1.first}.
TOP 3: Sonstiges – Sommerfest im {venue}.
Protokoll: {p3.init}""",
    ),
    (
        "JP",
        """議事録
日時：{date} {time}〜
場所：{room}
出席者：{p1.nat}、{p2.nat}、{p3.nat}（敬称略）
欠席：{p4.nat}

1. 新入社員研修について
　{p2.nlast}さんが資料を作成し、{date2}までに共有する。
2. シフト調整
　{p3.nlast}さんと{p1.nlast}さんが{date3}の夜勤を交代。
次回：{date4}""",
    ),
    (
        "CN|TW",
        """会议纪要
时间：{date} {time}
地点：{room}
参会人员：{p1.nat}、{p2.nat}、{p3.nat}、{p4.nat}
记录人：{p4.nat}

一、{proj}项目进度：{p2.nat}负责，预计{date2}上线。
二、招聘：{p3.nlast}经理本周面试3人，候选人联系方式见附件（{phone}）。
三、其他：{p1.nlast}总提醒大家按时提交考勤。""",
    ),
    (
        "KR",
        """회의록
일시: {date} {time}
참석자: {p1.nat}, {p2.nat}, {p3.nat}
안건
1. 신입사원 교육 일정 – {p2.nat} 담당, {date2}까지 공유
2. 야간 근무 교대 – {p3.nat}{p3.lhon}과 {p1.nat}{p1.lhon} 교대 ({date3})
3. 기타: 급여 문의는 인사팀 {p4.nat} ({phone})""",
    ),
    (
        "@ar",
        """محضر اجتماع قسم {dept}
التاريخ: {date}
الحضور: {p1.nat}، {p2.nat}، {p3.nat}
١- تمت الموافقة على جدول المناوبات، ويتولى {p2.nat} المتابعة.
٢- يُرجى التواصل مع {p4.nat} على الرقم {phone} بخصوص التدريب.
٣- الاجتماع القادم: {date2}""",
    ),
    # ---- rosters ----------------------------------------------------------
    (
        "*",
        """{hosp} – Ward {ward} nursing rota, week of {date}
Name              Mon  Tue  Wed  Thu  Fri  Sat  Sun
{p1.short}        E    E    L    OFF  N    N    OFF
{p2.short}        L    L    OFF  E    E    OFF  N
{p3.short}        N    N    N    OFF  OFF  E    E
{p4.short}        OFF  E    E    L    L    L    OFF
Charge nurse: {p5} (bleep {bleep})
Swaps must be agreed with {p6.first} by Thursday. Call {phone} if sick.""",
    ),
    (
        "*",
        """make a rota for next week from this list, 2 people per shift, shop opens 8-22:
{p1.first} - no sundays, max 3 shifts
{p2.first} - mornings only (uni in the afternoons)
{p3} - any
{p4.low} - new!! pair with {p1.first} or {p2.first}
{p5.first}🙏 - only fri/sat evenings
manager on duty: me ({p6.first})""",
    ),
    (
        "*",
        """line,shift,operator,badge,station
L1,A,"{p1.inv}",{empid},press 3
L1,B,"{p2.inv}",{empid2},press 3
L2,A,"{p3.inv}",{empid3},packing
L2,C,"{p4.inv}",{empid4},forklift (licence {dl})
Supervisor A-shift: {p5}
Note: {p3.first} on light duties until {date}.""",
    ),
    (
        "*",
        """Call centre roster – {date}
Agent            | Login       | Ext  | Shift      | Skill
{p1.short}       | {p1.login}  | {ext} | 07:00-15:00 | billing
{p2.short}       | {p2.login}  | {ext2} | 07:00-15:00 | tech L1
{p3.short}       | {p3.login}  | {ext3} | 15:00-23:00 | billing
{p4.short}       | {p4.login}  | {ext4} | 23:00-07:00 | all
Team lead: {p5} – mobile {phone}""",
    ),
    (
        "*",
        """Shift swap request 🙏
From: {p1}
To: {p2.first}
I'll take your night on {date} if you take my early on {date2}. {p3.first} (charge) already ok'd it.
If there's a problem text me on {phone}.""",
    ),
    (
        "*",
        """Exam invigilation rota – {course}, {date}
Hall A ({building}): {p1.init}, {p2.init}
Hall B: {p3}, {p4}
Reserve: {p5.first}
Chief invigilator: {p6} – call {phone} if a candidate is ill""",
    ),
    # ---- org charts ------------------------------------------------------
    (
        "*",
        """{co} – Operations org chart (as of {date})
{p1} – {job}
├── {p2} – {job2}
│   ├── {p3} – {job3}
│   └── {p4} – {job4}
└── {p5} – {job5}
    └── vacancy (backfill for {p6}, left {date2})""",
    ),
    (
        "*",
        """Directory export – {dept}
Name;Title;Email;Phone;Location
"{p1.inv}";{job};{p1.wemail};{phone};{town}
"{p2.inv}";{job2};{p2.wemail};{phone2};{town}
"{p3.inv}";{job3};{p3.wemail};{phone3};Remote""",
    ),
    # ---- out of office -------------------------------------------------------
    (
        "*",
        """Subject: Automatic reply: {subj}

Thank you for your email. I am out of the office from {date} until {date2} with limited access to \
email.
For urgent payroll matters please contact {p2} at {p2.wemail} or {phone}.
For everything else I will respond when I return.

Kind regards,
{p1}
{job} | {co}
M {phone2}""",
    ),
    (
        "@fr",
        """Réponse automatique : absent(e) jusqu'au {date}.
Pour toute urgence, merci de contacter {p2} ({p2.wemail} – {phone}).
Cordialement,
{p1}
{job_fr} – {co}""",
    ),
    (
        "@de",
        """Abwesenheitsnotiz: Ich bin bis einschließlich {date} nicht im Büro. In dringenden \
Fällen wenden Sie sich bitte an {p2.lhon} {p2} ({p2.wemail}, Tel. {phone}). Ihre E-Mail wird nicht \
weitergeleitet.

Viele Grüße
{p1}""",
    ),
    (
        "@es",
        """Respuesta automática: Estaré de vacaciones hasta el {date}. Para temas urgentes escriba \
a {p2} ({p2.wemail}) o llame al {phone}.
Saludos,
{p1} | {job_es} | {co}""",
    ),
]

TEMPLATES += [
    # ---- e-mail threads with quoted replies and signatures ------------------
    (
        "*",
        """Hi {p2.first},

Thanks — the signed contract is attached. Could you confirm my start date is still {date}?

Best,
{p1.first}

On {date2}, {p2} <{p2.wemail}> wrote:
> Dear {p1.first},
> Please find attached your contract. Kindly sign and return.
> Your line manager will be {p3}.
>
> --
> {p2}
> Talent Acquisition | {co}
> {phone}""",
    ),
    (
        "@fr",
        """Bonjour {p2.first},

Je confirme ma présence à la réunion du {date}. Je serai accompagné(e) de {p3}.

Bien à vous,
{p1}
{phone}

Le {date2} à 10:12, {p2} <{p2.wemail}> a écrit :
> Bonjour à tous,
> La réunion de rentrée aura lieu en salle {room}.
> Merci de confirmer avant vendredi.""",
    ),
    (
        "@de",
        """Hallo {p2.first},

danke dir! Ich schicke dir die Unterlagen bis morgen.

LG {p1.first}

Am {date} um 14:03 schrieb {p2} <{p2.wemail}>:
> Hi {p1.first},
> kannst du mir noch deine Steuer-ID und die neue Adresse ({addr}) bestätigen?
> Danke, {p2.first}
> --
> {p2} | HR Operations | {co} | Tel. {phone}""",
    ),
    (
        "*",
        """From: {p1} <{p1.email}>
Sent: {date} 08:41
To: {p2.wemail}
Cc: {p3.wemail}
Subject: {subj}

Dear {p2.hon} {p2.last},

Please find attached my updated CV. I am available for a call on {date2}; my number is {phone}.

Kind regards,
{p1}""",
    ),
    (
        "*",
        """-----Original Message-----
From: {p2} [mailto:{p2.wemail}]
Sent: {date}
To: {p1}
Subject: RE: leave request

Approved. Enjoy {city}! Please hand over the {proj} tickets to {p3.first}.

{p2}
{job} | {co} | Direct: {phone}

-----Original Message-----
From: {p1}
I'd like to take annual leave from {date2} to {date3}. {p3.first} has agreed to cover.""",
    ),
    (
        "*",
        """Kind regards,

{p1}
{job}
{co} | {dept}
{addr}
T: {phone} | M: {phone2}
{p1.wemail}
Pronouns: {p1.pron}

This e-mail and any attachments are confidential. If you are not the intended recipient, please \
notify the sender.""",
    ),
    # ---- chat exports ----------------------------------------------------------
    (
        "*",
        """[{date} 09:14] {p1}: morning all ☀️ reminder that timesheets are due today
[{date} 09:15] {p2}: 👍
[{date} 09:21] {p3}: {p1.handle} I can't log in to the portal, my password {pw} doesn't work anymore
[{date} 09:22] {p1}: {p3.first} pls never post passwords here 🙈 reset it via IT
[{date} 09:40] {p4}: lol""",
    ),
    (
        "*",
        """{p1.inv}  10:02
hey do you have {p3.first}'s number? need to ask about the rota

{p2.inv}  10:03
sure it's {phone}
but she's off today

{p1.inv}  10:03
thx {p2.low}!!""",
    ),
    (
        "*",
        """#general
{p1.handle}: who booked {room} for thursday? 🙃
{p2.handle}: me, interview with {p3} (candidate) at 2
{p1.handle}: ok can u move to {room2}? big meeting w/ {famous}'s foundation folks lol
{p2.handle}: done. fyi candidate's cell if anyone needs: {phone}""",
    ),
    (
        "*",
        """slack export – #team-payroll
{p1.login} [{time}]: the bonus file is on the share, pw for the zip is {pw}
{p2.login} [{time2}]: ta
{p3.login} [{time3}]: can someone check {p4.first}'s IBAN? bounce from the bank
{p1.login} [{time4}]: {p3.first} it's in the HR ticket {ticket}""",
    ),
    (
        "CN",
        """【企业微信】{con}·人事行政群
{p1.nat}：{p2.nhandle} 明天下午三点的面试改到四点，候选人{p3.nat}，电话{phone}
{p2.nat}：收到👌
{p4.nat}：请大家本周五前提交报销单，逾期不予处理
{p1.nat}：@所有人 新同事{p5.nat}下周一入职，邮箱{p5.wemail}""",
    ),
    (
        "CN",
        """钉钉 · {proj}项目群
[{time}] {p1.nat}：{p2.nhandle} 服务器密码我私聊你，别发群里
[{time2}] {p2.nat}：好的，另外测试环境IP是{ippriv}
[{time3}] {p3.nat}：我下周请假，有事打我电话{phone}
[{time4}] {p1.nat}：{p3.nlast}姐辛苦了🌹""",
    ),
    (
        "CN|TW|JP",
        """Lark / 飞书 message
{p1.nat}: {p2.handle} could you share the onboarding deck with {p3.rom} ({p3.email})? Starts {date}.
{p2.nat}: Sure, sending now. New joiner's mobile: {phone} in case the link fails.""",
    ),
    (
        "JP",
        """LINE WORKS
{p1.nat}：{p2.nlast}さん、明日のシフト代わってもらえますか？🙏
{p2.nat}：いいですよ！何時からですか？
{p1.nat}：9時〜18時です。店長の{p3.nlast}さんには伝えてあります。
{p2.nat}：了解です。何かあれば{phone}に電話ください。""",
    ),
    (
        "KR",
        """카카오톡 – 팀 단톡방
{p1.nat}: {p2.nat}{p2.lhon}, 내일 회의 자료 공유 부탁드려요
{p2.nat}: 네 오늘 저녁까지 올릴게요
{p3.nat}: 저 다음 주 휴가라 급한 건 {phone}로 연락주세요 🙏
{p1.nat}: ㅇㅋ 감사합니다""",
    ),
    (
        "TH",
        """LINE กลุ่มทีมขาย
{p1.nick}: พี่{p2.nick} พรุ่งนี้ประชุมกี่โมงคะ
{p2.nat}: 10 โมงครับ ห้อง {room}
{p3.nat}: ใครติดต่อลูกค้าไม่ได้ โทรหาผม {phone} นะครับ""",
    ),
    (
        "@africa|@sa|@latam|@sea",
        """[{dmyshort}, 7:42 pm] {p1}: Good evening team, tomorrow's shift starts at 6am sharp
[{dmyshort}, 7:43 pm] {p2}: Noted 👍🏾
[{dmyshort}, 7:45 pm] {p3.nick}: I'll be 30 min late, matatu strike 😩
[{dmyshort}, 7:46 pm] {p1}: ok {p3.first}. whoever needs transport call {p4.first} on {phone}
[{dmyshort}, 7:50 pm] {p5}: 🙏🏾""",
    ),
    (
        "@latam|ES",
        """[{date} 21:03] {p1}: chicos mañana entro a las 7, alguien me cubre el cierre?
[{date} 21:05] {p2.nick}: yo te cubro 💪
[{date} 21:05] {p1}: gracias {p2.low}!! te debo una
[{date} 21:10] {p3}: ojo que el gerente {p4} pidió la lista de turnos. mi cel nuevo es {phone}""",
    ),
    (
        "@in",
        """WhatsApp – {co} Chennai/Mumbai ops
[{dmyshort}, 9:12 am] {p1}: Good morning all 🙏 kindly update attendance sheet
[{dmyshort}, 9:15 am] {p2}: Sir today I am on leave, informed {p3.first} ma'am
[{dmyshort}, 9:16 am] {p1}: Ok noted. {p4.first} please take {p2.first}'s client call at 11
[{dmyshort}, 9:20 am] {p4}: Sure sir. Client number {phone} right?""",
    ),
    (
        "*",
        """Teams meeting transcript – {proj} retro
{p1} 0:03
Okay, let's start, {p2.first} are you sharing?
{p2} 0:09
Yes one sec. So the main issue was the deploy on {date}.
{p3} 1:12
I think we should loop in {p4}, {p4.he} owns the pipeline.
{p1} 1:20
Agreed. Action on me to ping {p4.first}.""",
    ),
    # ---- exit interviews, disciplinary, union ----------------------------------
    (
        "*",
        """EXIT INTERVIEW – CONFIDENTIAL
Employee: {p1}   Role: {job}   Tenure: {num} years
Interviewer: {p2} (HR)   Date: {date}
Reason for leaving: better offer from {co} ({salary})
Comments: Felt unsupported after {p3} became team lead. Would recommend the company to a friend: \
maybe.
Forwarding address: {addr}
Personal email for P45 / certificate of employment: {p1.email}""",
    ),
    (
        "*",
        """STRICTLY PRIVATE AND CONFIDENTIAL
{p1}
{addr}

{date}

Dear {p1.first},

Invitation to a disciplinary hearing

You are required to attend a disciplinary hearing on {date2} at {time} in {room}. The allegation \
is that on {date3} you left your workstation unattended for over two hours without authorisation.

The hearing will be chaired by {p2}. You have the right to be accompanied by a colleague or a \
trade union representative.

Yours sincerely,
{p3}
HR Manager, {co}""",
    ),
    (
        "*",
        """UNION NOTICE – all members at {co} ({town} site)
The ballot on the {pct}% pay offer closes on {date}. Questions? Contact your shop steward {p1} on \
{phone} or {p1.email}.
Branch secretary: {p2} ({phone2}).
In solidarity!""",
    ),
    (
        "*",
        """Letter of warning (1st)
To: {p1}, {job}, employee no. {empid}
From: {p2}, Store Manager
Date: {date}
On {date2} you were 47 minutes late without notifying your supervisor ({p3}). A repeat within 6 \
months may lead to a final warning.
Acknowledged by employee: ____________""",
    ),
    # ---- visa and travel ---------------------------------------------------------
    (
        "*",
        """{co}
{date}

The Consular Section
Embassy of {destcountry}

Re: Employment confirmation and visa support for {p1.CAPS}
Passport No.: {passport}
Date of birth: {dob}

This letter confirms that {p1} has been employed by {co} as {job} since {date2}. {p1.He} will \
travel to {city} from {date3} to attend a training programme. All travel and accommodation costs \
will be covered by the company.

{p2}
HR Manager
{phone}""",
    ),
    (
        "*",
        """Please book flights for the {city} conference ({date} – {date2}):
1. {p1.CAPS} – passport {passport}, DOB {dob}, frequent flyer {ff}
2. {p2.CAPS} – passport {passport2}, DOB {dob2}, window seat pls
Charge to cost centre {costc}. Thanks! – {p3.first}""",
    ),
    (
        "*",
        """Business trip car rental – booking ref {ticket}
Main driver: {p1}
Driving licence no.: {dl}
Licence expiry: {date}
DOB: {dob}
Pick-up: {city} airport, {date2}
Payment: {card}""",
    ),
    (
        "*",
        """Delivery driver onboarding ({co})
Driver: {p1} | Mobile: {phone}
Licence number: {dl} (exp. {date})
Home address: {addr}
Vehicle: Toyota Probox, reg. {plate}
Background check: cleared {date2} by {p2}""",
    ),
    (
        "*",
        """Dear International Office,

I am {p1}, a new PhD student in {field} (student ID {studid}). My passport number is {passport} \
and it expires on {date}. For the residence permit I need a letter confirming my enrolment and \
funding from the {fund}. My supervisor is Prof. {p2}.

My local address is {addr}.

Thank you,
{p1.first}""",
    ),
]

TEMPLATES += [
    # ---- school ---------------------------------------------------------------
    (
        "*",
        """{school}
END OF TERM REPORT – Term {term}, {yr}

Pupil: {p1}              Class: {cls}
Date of birth: {dobk}    Admission no.: {studid}
Class teacher: {p2.hon} {p2.last}

Subject          Score   Grade   Remarks
Mathematics      {sc}      {grade}      Good effort
English          {sc2}      {grade2}      Reads widely
Science          {sc3}      {grade3}      Must revise
Social Studies   {sc4}      {grade4}      Excellent

Class teacher's comment: {p1.first} is a cheerful member of the class and helps others.
Head teacher: {p3}
Next term begins: {date}""",
    ),
    (
        "*",
        """write report card comments for these kids, 2 sentences each, positive but honest:
- {p1.first} – strong reader, chatty in class
- {p2.first} – struggles with fractions, great at art
- {p3.first} – new this term, shy, kind to others
- {p4.low} – very bright, often forgets homework
- {p5.first} ({p5.last}) – excellent in {subject}""",
    ),
    (
        "*",
        """Student,ID,Quiz 1,Quiz 2,Midterm,Final,Total
"{p1.inv}",{studid},8,9,{sc},{sc2},"{grade}"
"{p2.inv}",{studid2},6,7,{sc3},{sc4},"{grade2}"
"{p3.inv}",{studid3},10,9,{sc5},{sc6},"{grade3}"
"{p4.inv}",{studid4},,5,{sc7},{sc8},"{grade4}\"""",
    ),
    (
        "*",
        """Class list – {cls}, {school} ({yr})
No.  Name                     Guardian              Guardian phone
1    {p1.LAST}       {p5}        {phone}
2    {p2.LAST}       {p6}        {phone2}
3    {p3.LAST}       {p7}        {phone3}
4    {p4.LAST}       (boarding)
Class teacher: {p8.hon} {p8.last}""",
    ),
    (
        "*",
        """Dear {p2.hon} {p2.last},

{p1.first} was absent today and yesterday without a note. I hope all is well. {p1.He} also missed \
the {subject} test, which can be re-sat on {date}.

Could you please call me at {phone} or reply to this e-mail?

Best wishes,
{p3}
Class teacher, {cls}, {school}""",
    ),
    (
        "*",
        """Hi {p3.first}, this is {pf2.first}, {p1.first}'s mum 😊 {p1.first} has a dentist \
appointment tomorrow at 10 so will come in after lunch. My new number is {phone} btw. Thanks!!""",
    ),
    (
        "*",
        """PERMISSION SLIP – school trip to {museum}, {date}

I give permission for my child {p1} (class {cls}, date of birth {dobk}) to take part in the trip.

Parent/guardian name: {p2}
Phone: {phone}
Emergency contact: {p3} ({rel}) – {phone2}
Medical information / allergies: asthma, inhaler in bag
Signed: ____________   Date: {date2}""",
    ),
    (
        "@de",
        """Entschuldigung

Guten Tag {p2.lhon} {p2.last},

mein Sohn/meine Tochter {p1} (Klasse {cls}) konnte am {date} wegen Krankheit nicht am Unterricht \
teilnehmen.

Mit freundlichen Grüßen
{p3}
Tel. {phone}""",
    ),
    (
        "PL",
        """Usprawiedliwienie

Proszę o usprawiedliwienie nieobecności mojego dziecka {p1} (klasa {cls}) w dniach {date}–{date2} \
z powodu choroby.

{p2}
tel. {phone}""",
    ),
    (
        "IN_HI|IN_MH",
        """सेवा में,
प्रधानाचार्य महोदय,
{school}

विषय: अवकाश हेतु प्रार्थना पत्र

महोदय,
सविनय निवेदन है कि मैं {p1.nat}, कक्षा {cls} का छात्र/छात्रा हूँ। मुझे बुखार होने के कारण मैं \
{date} से {date2} तक विद्यालय नहीं आ सकूँगा/सकूँगी।
अतः आपसे प्रार्थना है कि मुझे अवकाश प्रदान करें।

आपका आज्ञाकारी शिष्य
{p1.nat}
अभिभावक का मोबाइल: {phone}""",
    ),
    (
        "IN_WB|BD",
        """প্রধান শিক্ষক মহাশয় সমীপেষু,
{school}

বিষয়: ছুটির আবেদন

মাননীয় মহাশয়,
আমি {p1.nat}, শ্রেণি {cls}। অসুস্থতার কারণে আমি {date} থেকে {date2} পর্যন্ত বিদ্যালয়ে উপস্থিত \
থাকতে পারব না।

বিনীত,
{p1.nat}
অভিভাবকের ফোন: {phone}""",
    ),
    (
        "PK",
        """بخدمت جناب پرنسپل صاحب،
{school}

درخواست برائے رخصت

جناب عالی! گزارش ہے کہ میں {p1.nat}، جماعت {cls}، بخار کی وجہ سے {date} سے {date2} تک اسکول نہیں آ \
سکتا/سکتی۔
مہربانی فرما کر رخصت عطا فرمائیں۔

آپ کا فرمانبردار
{p1.nat}
والد کا فون نمبر: {phone}""",
    ),
    (
        "IN_TA",
        """அனுப்புநர்:
{p1.nat},
வகுப்பு {cls},
{school}.

பெறுநர்:
தலைமை ஆசிரியர் அவர்கள்,

பொருள்: விடுப்பு விண்ணப்பம்

ஐயா,
எனக்கு காய்ச்சல் காரணமாக {date} முதல் {date2} வரை விடுப்பு அளிக்குமாறு பணிவுடன் கேட்டுக்கொள்கிறேன்.

இப்படிக்கு,
{p1.nat}
பெற்றோர் கைபேசி: {phone}""",
    ),
    (
        "*",
        """Exam hall seating plan – {course} – {date}, {time}
{building}, Room {room}
Row A: A1 {p1.LAST} ({studid})  A2 {p2.LAST} ({studid2})  A3 {p3.LAST} ({studid3})
Row B: B1 {p4.LAST} ({studid4})  B2 empty  B3 {p5.LAST} ({studid5})
Invigilator: {p6}
Students with extra time: {p2.first} (25%), {p5.first} (25%)""",
    ),
    (
        "*",
        """[OCR] student_card_scan_{num}.jpg
{uniup}
STUDENT IDENTITY CARD
Narne: {p1.CAPS}
ID No: {studid}
Programme: {degree}
DOB: {dobnum}
Valid until: {mo}/{yf}
Signature: {p1.init}""",
    ),
    (
        "*",
        """student: hi, it's {p1.low} from the thursday group, can we move tomorrow's session to 5?
tutor: sure {p1.first}! also pls send the essay draft to {p2.email} before
student: ok 👍 my mum's number is {phone} if you can't reach me
tutor: great. we'll do {sci} for the intro, and the {famous} quote""",
    ),
    (
        "*",
        """Tutoring log – {subject}, {date}
Student: {p1} ({cls})  Tutor: {p2}
Covered: quadratic equations, past paper {yr} Q3
Homework: ex. 4.2
Parent contact: {p3}, {phone}, {p3.email}
Next session: {date2}, online (Zoom id {zoomid})""",
    ),
    # ---- university -------------------------------------------------------------
    (
        "*",
        """UNDERGRADUATE APPLICATION – {uni}
Applicant: {p1.full}
Preferred name: {p1.nick}
Date of birth: {dob}
Email: {p1.email}
Phone: {phone}
Home address: {addr}
School attended: {school} ({y1}–{y2})
Programme applied for: {field}
Personal statement (first line): "Ever since I read about {famous}, I have wanted to study \
{field}..."
Referee: {p2}, {p2.email}""",
    ),
    (
        "*",
        """TRANSCRIPT OF RECORDS
{uni}
Student: {p1.LAST}          Student ID: {studid}
Date of birth: {dob}        Programme: {degree}

Term      Course       Title                               Credits  Grade
{yr}-1    {course}     Introduction to {subject}           6        {grade}
{yr}-1    {course2}    Research Methods                    6        {grade2}
{yr}-2    {course3}    {subject2} II                       6        {grade3}
Cumulative GPA: {gpa}

Issued {date} by the Registrar, {p2}""",
    ),
    (
        "@de",
        """Notenspiegel / Leistungsübersicht
{uni}
Name: {p1.inv}
Matrikelnummer: {studid}
Geburtsdatum: {dob}
Studiengang: {degree_de}

Modul                              LP   Note
Mathematik I                       8    1,7
Programmierung                     8    2,3
Wissenschaftliches Arbeiten        4    1,0
Durchschnitt: {gpa}

Erstellt am {date} – Prüfungsamt, {p2}""",
    ),
    (
        "*",
        """Acknowledgements

First and foremost I would like to thank my supervisor, Prof. {p1}, for {p1.his} patience and \
guidance. I am also grateful to Dr {p2} for the countless hours spent debugging my experiments, \
and to my lab mates {p3.first}, {p4.first} and {p5.first}.

This thesis builds on the work of {sci} and {sci2}; any errors are my own. Funding from the {fund} \
is gratefully acknowledged.

Finally, to my parents and to {p6.first} — thank you for everything.""",
    ),
    (
        "*",
        """Letter of support – {fund} application

I am pleased to support {p1}'s application. {p1.He} joined my research group at {uni} in {y2} and \
has since co-authored two papers. {p1.His} work extends {sci} to low-resource settings.

Please do not hesitate to contact me at {p2.email} or {phone}.

Prof. {p2}
{dept}, {uni}""",
    ),
    (
        "*",
        """SCHOLARSHIP APPLICATION FORM – {fund}
1. Full name: {p1.full}
2. Date of birth: {dob}
3. Gender: {p1.g_en}
4. Postal address: {addr}
5. Mobile: {phone}
6. Email: {p1.email}
7. Current institution: {uni}, student no. {studid}
8. Parent/guardian: {p2}, {phone2}
9. Household income: {salary} per month
10. Bank details for disbursement: {bank}, acc. {acct}""",
    ),
    (
        "@iban",
        """Stipendienantrag / Scholarship form
Name: {p1}
Geburtsdatum / date of birth: {dob}
Anschrift / address: {addr}
E-Mail: {p1.email}
Matrikelnummer: {studid}
Bankverbindung / bank account: IBAN {iban}
Betreuer/in / supervisor: {p2}""",
    ),
    (
        "*",
        """Alumni news – class of {y1}
{p1} ({degree}) has joined {co} as {job} in {city}. Congratulations!
{p2} and {p3} got married last spring 💍
{p4} is looking for mentees in {field} — get in touch at {p4.email}.
Reunion: {date}, {building}. RSVP to {p5} ({phone}).""",
    ),
    (
        "*",
        """Supervisor's report – MSc thesis
Student: {p1} (matriculation no. {studid})
Title: "Predicting staff turnover in {dept} teams"
Supervisor: {p2}     Second examiner: {p3}
The candidate shows good command of the literature ({sci}; {sci2}). The empirical chapter is solid.
Proposed grade: {grade}
{date}""",
    ),
    # ---- LMS exports ---------------------------------------------------------------
    (
        "*",
        """Time,User full name,Affected user,Event context,Component,Event \
name,Description,Origin,IP address
"{moodlets}",{p1},-,Course: {course},System,Course viewed,"The user with id '{uid}' viewed the \
course with id '{cid}'.",web,{ip}
"{moodlets2}",{p2},{p1},Quiz: Week 4,Quiz,Quiz attempt reviewed,"The user with id '{uid2}' has \
reviewed the attempt.",web,{ip2}
"{moodlets3}",{p3},-,Assignment: Essay 1,Assignment,Submission created,"The user with id '{uid3}' \
created a submission.",web,{ipx}""",
    ),
    (
        "*",
        """Canvas API response (GET /api/v1/courses/{cid}/users):
[
  {"id": {uid}, "name": "{p1}", "sortable_name": "{p1.inv}", "login_id": "{p1.login}", "email": \
"{p1.email}"},
  {"id": {uid2}, "name": "{p2}", "sortable_name": "{p2.inv}", "login_id": "{p2.login}", "email": \
"{p2.email}"}
]
why is the second student not showing in the gradebook?""",
    ),
    (
        "*",
        """Google Classroom – grades export ({course})
Last Name,First Name,Email Address,Essay 1,Quiz 2,Project
{p1.last},{p1.first},{p1.email},{sc},{sc2},"{grade}"
{p2.last},{p2.first},{p2.email},{sc3},{sc4},"{grade2}"
{p3.last},{p3.first},{p3.email},missing,{sc5},"{grade3}\"""",
    ),
    (
        "*",
        """Moodle admin here. Our LTI tool stopped working after the upgrade to {ver}. Config:
Tool URL: https://lti.{codom}/launch
Consumer key: {co}-moodle
Shared secret: {token}
Admin contact: {p1} ({p1.wemail})
Error in logs: "OAuth signature mismatch" from {ip}""",
    ),
]

TEMPLATES += [
    # ---- secrets, keys and logs pasted by staff and students -------------------
    (
        "*",
        """my flask app for the {course} project can't connect to the db, here's my .env:

DATABASE_URL=postgresql://{p1.login}:{pw}@{ip}:5432/gradebook
SECRET_KEY={token}
ADMIN_EMAIL={p1.email}

error: FATAL: password authentication failed. what am I doing wrong?""",
    ),
    (
        "*",
        """why does this return 401?? I'm the intern on {p2.first}'s team

```python
from openai import OpenAI
client = OpenAI(api_key="{apikey}")
resp = client.chat.completions.create(model="{model}", messages=[...])
```
(my manager {p2} said the key is shared for the whole {dept} dept)""",
    ),
    (
        "*",
        """{p1.handle} here's the staging key for the HR bot until vault is fixed: {apikey}
please don't commit it 🙏 — also the service account is {p2.login}, password {pw}""",
    ),
    (
        "*",
        """Door access system – export for {building}
badge_holder,card_uid,pin,valid_to
{p1.inv},{hashv},{pin},{dateiso}
{p2.inv},{hashv2},{pin2},{dateiso2}
Exported by {p3.login} from {ippriv}""",
    ),
    (
        "*",
        """IT helpdesk {ticket}
User: {p1} ({p1.login}) – {dept}
Issue: laptop can't reach the payroll server since the office move.
Device: {asset}, MAC {mac}, DHCP lease {ippriv}
Server: {ip}
Tried: reboot, re-join Wi-Fi. Guest Wi-Fi password ({wifi}) works but blocked by firewall.
Assigned: {p2.first}""",
    ),
    (
        "*",
        """config.yaml for our school's timetable bot (sorry for the mess)

slack:
  bot_token: {slacktoken}
openai:
  key: {apikey}
smtp:
  user: {p1.email}
  password: {pw}
owner: {p1}""",
    ),
    (
        "*",
        """Onboarding for contractors – GitHub access
Hi {p1.first}, your fine-grained token for the {proj} repo is:
{ghtoken}
It expires on {date}. Your 2FA recovery code (keep it safe!): {recov}
– {p2}""",
    ),
    (
        "*",
        """AWS credentials for the {course} lab account (students share this, do not post \
publicly!!)
aws_access_key_id = {awsid}
aws_secret_access_key = {awssk}
region = eu-central-1
Lab TA: {p1} ({p1.email})""",
    ),
    (
        "*",
        """curl -X POST https://hr.{codom}/api/v2/employees \\
  -H "Authorization: Bearer {jwt}" \\
  -d '{"name": "{p1}", "email": "{p1.wemail}", "dob": "{dobiso}"}'

returns 500, any idea? (our HRIS vendor contact is {p2}, {phone})""",
    ),
    (
        "@iban",
        """{logts} WARN payroll-sync failed for employee {p1.login} ({p1.email}) from {ip}: bank \
rejected account {iban}
{logts2} INFO retry scheduled by {p2.login}""",
    ),
    # ---- crypto at work ---------------------------------------------------------
    (
        "*",
        """INVOICE {inv}
Freelance translation services – {month} {yr}
To: {co}, accounts payable
From: {p1}, {addr}
Email: {p1.email}
Amount: USD {amt}
Payment: USDT (ERC-20) to {eth}
or BTC to {btc}
Thank you!""",
    ),
    (
        "*",
        """hey {p2.first}, can HR pay my bonus to my crypto wallet instead of the bank? it's \
{crypto}. {p3.first} in finance said it might be possible. — {p1.first}""",
    ),
    (
        "*",
        """Contractor payment sheet – {month}
contractor,country,wallet,amount,approved_by
{p1},{nation},{btc},"{amt}",{p4.login}
{p2},{nation},{eth},"{amt2}",{p4.login}
{p3},{nation},{crypto},"{amt3}",{p4.login}""",
    ),
    # ---- misc work/school in local languages ------------------------------------
    (
        "VN",
        """CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc

ĐƠN XIN NGHỈ PHÉP

Kính gửi: Ban Giám đốc {co}
Tôi tên là: {p1}
Ngày sinh: {dob}
Chức vụ: {job_vi}
Số điện thoại: {phone}
Nay tôi làm đơn này xin nghỉ phép từ ngày {date} đến ngày {date2}.
Công việc được bàn giao cho {p2.lhon} {p2}.

Người làm đơn
{p1}""",
    ),
    (
        "TH",
        """ใบลาป่วย

เรียน ผู้จัดการฝ่ายบุคคล
ข้าพเจ้า {p1.nat} ตำแหน่ง {job} แผนก {dept}
ขอลาป่วยตั้งแต่วันที่ {date} ถึงวันที่ {date2}
ระหว่างลาติดต่อได้ที่ {phone}

ลงชื่อ {p1.nat}""",
    ),
    (
        "ID",
        """SURAT KETERANGAN KERJA
No: {ticket}/HRD/{yr}

Yang bertanda tangan di bawah ini menerangkan bahwa:
Nama          : {p1}
Tanggal lahir : {dob}
Alamat        : {addr}
Jabatan       : {job_id}

adalah benar karyawan {co} sejak {date} sampai sekarang.

Jakarta, {date2}
{p2}
Manajer HRD""",
    ),
    (
        "GR",
        """ΒΕΒΑΙΩΣΗ ΠΡΟΫΠΗΡΕΣΙΑΣ

Βεβαιώνεται ότι ο/η {p1.nat}, γεννηθείς/γεννηθείσα στις {dob}, εργάζεται στην εταιρεία {co} από \
{date} ως {job}.
Η παρούσα χορηγείται για κάθε νόμιμη χρήση.

Για την εταιρεία,
{p2.nat}
Τηλ. {phone}""",
    ),
    (
        "UA",
        """Директору {con}
{p2.noff}
від {job_uk} {p1.noff}

ЗАЯВА

Прошу надати мені щорічну основну відпустку з {date} по {date2}.
На час відпустки мої обов'язки виконуватиме {p3.nat}.
Мій контактний телефон: {phone}

{date3}        ________ {p1.ninit}""",
    ),
    (
        "IL",
        """בקשה לחופשה

לכבוד: {p2.nat}, מנהל/ת משאבי אנוש
מאת: {p1.nat}
אני מבקש/ת חופשה מתאריך {date} עד {date2}.
בזמן היעדרותי ניתן ליצור קשר בטלפון {phone}.
תודה, {p1.nfirst}""",
    ),
    (
        "ET",
        """የሥራ ልምድ ማረጋገጫ / Letter of Experience

This is to certify that {p1.nat} ({p1}) has worked at {co} as {job} from {date} to {date2}.
{p1.He} was born on {dob} and resides at {addr}.
For verification contact {p2} on {phone}.

{p2}
Human Resource Department""",
    ),
    (
        "HK",
        """Hi {p2.eng}, this is {p1.eng} from {co} HR. The offer letter for {p3.eng} ({p3.nat}) is \
ready.
Start date {date}, HKID copy and address proof needed. Candidate address: {addr}. Mobile {phone}.
唔該晒！""",
    ),
    (
        "MYC|MY",
        """Salam / Hi all, reminder: staff dinner on {date} at {venue}.
RSVP to {p1.nick} ({phone}) by Friday ya.
Those who haven't submitted EPF forms pls pass to {p2} at HR.
{p3.lhon} {p3.first}, your birthday cake order confirmed 🎂""",
    ),
    (
        "MM",
        """Staff notice – {co}
{p1.lhon} {p1} (Admin) will be on leave from {date} to {date2}.
Please contact {p2.lhon} {p2} at {phone} for payroll questions.
New joiner: Ko {p3}, {job}, starting {date3}.""",
    ),
    (
        "KZ|RU",
        """Привет! Переведи на английский для HR в {city}:

Справка с места работы
Дана {p1.noff}, {dob} года рождения, в том, что он(а) действительно работает в {con} в должности \
{job_ru} с {date} по настоящее время.
Среднемесячная заработная плата: {salary}.
Справка выдана для предъявления в посольство.
Бухгалтер: {p2.ninit}, тел. {phone}""",
    ),
    (
        "TR",
        """Merhaba {p1.first} {p1.lhon},

{date} tarihli mülakat sonucunuzu bildirmek isteriz: {co} bünyesinde {job_tr} pozisyonu için \
olumlu değerlendirildiniz.
İşe başlama tarihi: {date2}
Sorularınız için İK uzmanımız {p2} ile {phone} numarasından iletişime geçebilirsiniz.

Saygılarımızla,
{p3}""",
    ),
    (
        "BR",
        """Oi {p1.nick}! Tudo bem? Aqui é a {p2.first} do RH da {co}.
Preciso que você me mande até sexta: RG, CPF, comprovante de residência e dados bancários.
Seu exame admissional está marcado para {date} às {time}.
Qualquer coisa me chama no zap {phone} 😉""",
    ),
    (
        "PT|ES|IT",
        """Ciao/Hola/Olá – quick note in English for the regional HR group:
{p1} (based in {town}) starts on {date} in the {dept} team. Manager: {p2}.
Equipment to ship to: {addr}
Personal mobile for the courier: {phone}""",
    ),
    (
        "@nordic",
        """Hei alle sammen / Hej allihopa!
Welcome {p1} who joins the {dept} team on {date} 🎉 {p1.first} comes from {co} and will sit next \
to \
{p2.first} in {room}.
Fika on Friday, hosted by {p3.nick}.
Questions about access cards: {p4} ({p4.wemail}, {phone}).""",
    ),
    (
        "@baltic|@cee",
        """Dear colleagues,
please welcome {p1} (payroll) and {p2} (logistics) who joined this week.
{p1.first}'s desk phone: {phone}. {p2.first} is at the warehouse in {town}.
Birthday reminder: {p3.first} turns 30 on Friday 🎂 (cake in the kitchen at 3)
– {p4}, HR""",
    ),
    (
        "*",
        """Hey {p2.low} 👋 quick one: did you get the signed NDA from {p3}? Legal is asking. Their \
personal email is {p3.email} if the work one bounces. Thx!! – {p1.low}""",
    ),
    (
        "*",
        """{p1.handle} pls approve my leave 🙏 {date}–{date2}, {p2.first} covers my tickets. ty!""",
    ),
    (
        "*",
        """Volunteer rota – {school} open day ({date})
08:00–10:00 car park: {p1}, {p2}
10:00–12:00 reception: {p3}, {p4}
12:00–14:00 tours: {p5}
Coordinator: {p6} – mobile {phone}
(Please don't share this list outside the PTA WhatsApp group.)""",
    ),
    (
        "*",
        """Hi team, for the birthday calendar please confirm your dates:
{p1.first} – {doblong}
{p2.first} – {doblong2}
{p3.first} – {doblong3}
(no years needed if you don't want, but {p1.first} gave it anyway 😄)""",
    ),
    (
        "*",
        """Reimbursement request for the {course} field trip
Student: {p1} ({studid})
Bus ticket + entrance to {museum}: {amount}
Paid by: {p1.first}'s parent {p2}, card {card}
Approved by: {p3}""",
    ),
]


TEMPLATES += [
    # ---- more US payroll / compliance forms -----------------------------------
    (
        "US",
        """Background check authorization – {co}
Applicant: {p1.full}
Other names used: {p1.nick}
SSN: {ssn}
Date of birth: {dob}
Current address: {addr}
Driver's license #: {dl}   State: {st}
Position applied for: {job}
I authorize {co} to obtain a consumer report. Signature: {p1.init}   Date: {date}""",
    ),
    (
        "US",
        """help me fill out the W-9 for my tutoring side gig 🙃
Name: {p1}
Business name: {p1.last} Tutoring
Address: {addr}
TIN: {itinorssn}
The school district contact is {p2} ({p2.wemail}). Do I check 'individual/sole proprietor'?""",
    ),
    (
        "US",
        """Hi {p2.first}, my W-2 for {yr} has the wrong SSN — it shows {ssn2} but mine is {ssn}. \
Can payroll issue a W-2c? Employee ID {empid}. Thanks, {p1}""",
    ),
    (
        "US",
        """International Student Office – W-7 (ITIN) support letter
Student: {p1.CAPS}, SEVIS ID N00{num}{uid}
Date of birth: {dob}
Passport: {passport}
The student above is enrolled at {uni} and has been awarded a scholarship subject to tax \
withholding.
Previously issued ITIN (expired): {itin}
Contact: {p2}, {phone}""",
    ),
    (
        "US",
        """FAFSA / financial aid worksheet – draft
Student: {p1}   SSN: {ssn}   DOB: {dob}
Parent 1: {p2}   SSN: {ssn2}
Parent 2: {p3}   ITIN: {itin}
Home address: {addr}
Student email: {p1.email}""",
    ),
    # ---- devices and networks ------------------------------------------------------
    (
        "*",
        """Exam lab device registration ({course}, {date})
seat,student,student_id,hostname,mac,ip
1,{p1.inv},{studid},LAB2-PC01,{mac},{ippriv}
2,{p2.inv},{studid2},LAB2-PC02,{mac2},{ippriv2}
3,{p3.inv},{studid3},LAB2-PC03,{mac3},{ippriv3}
Lockdown browser key: {token}""",
    ),
    (
        "*",
        """Staff Wi-Fi whitelist request – {school}
Teacher: {p1}
Devices:
- laptop: {mac}
- phone: {mac2}
Please add to the TeachersRoom network (WPA2 key {wifi} is on the staffroom board, not sure if it \
changed). Thanks! {p1.first}""",
    ),
    (
        "*",
        """Warehouse scanners – assignment log
Scanner {asset} (MAC {mac}) → {p1} ({empid}), shift A
Scanner {asset2} (MAC {mac2}) → {p2} ({empid2}), shift B
Last seen on AP {ippriv} at {time}. Missing scanner reported by {p3.first}.""",
    ),
    # ---- cards and bookings -----------------------------------------------------------
    (
        "*",
        """Ticket {ticket} – corporate card charged twice
Cardholder: {p1} ({dept})
Card number: {card}
Merchant: {venue}, {date}, amount {amount} (twice)
Please raise a dispute. Receipts attached. – {p1.first}""",
    ),
    (
        "*",
        """hi, can you pay my kid's school trip online for me? I'm stuck at work 😩
child: {p1}, class {cls}
card: {card}
exp {mo}/{yf}, cvv is on the back, I'll text it
thanks {p2.low}!!""",
    ),
    (
        "*",
        """Conference registration – {city} {yr}
Attendee 1: {p1.CAPS}, passport {passport}, nationality {nation}, DOB {dob}
Attendee 2: {p2.CAPS}, passport {passport2}, nationality {nation}, DOB {dob2}
Invoice to: {co}, attn. {p3}
Paid by card {card}""",
    ),
    (
        "*",
        """Work permit application – checklist for {p1} ({job})
[x] Passport copy (no. {passport}, valid until {date})
[x] Birth date confirmed: {dob}
[ ] Police clearance
[ ] Employer letter signed by {p2}
Case handler: {p3}, {phone}""",
    ),
    (
        "*",
        """School bus driver vetting – {school}
Driver: {p1}
Licence no.: {dl}
Date of birth: {dob}
Address: {addr}
Reference: {p2}, {phone}
Checked by: {p3.init}, {date}""",
    ),
    (
        "*",
        """Company car policy – acknowledgement
I, {p1}, driving licence number {dl}, confirm I have read the policy and will report any penalty \
points to {p2} within 7 days.
Vehicle: {plate}   Fuel card PIN: {pin}
Signed on {date}""",
    ),
]


TEMPLATES += [
    (
        "*",
        """Scholarship CV – publications (please fix the citation style, APA 7)
1. {p1.rinit}, {p2.rinit} & {p3.rinit} ({yr}). Staff turnover in {dept} teams. Working paper, {uni}.
2. {p1.rinit} ({y4}). Replicating {sci} with survey data. Student conference, {city}.
Supervisor: {p3.hon} {p3}; the method follows {sci2}.""",
    ),
    (
        "*",
        """Entrance exam results – {uni} ({yr})
Rank  Candidate (official name order)        Score
1     {p1.off}        {sc}
2     {p2.off}        {sc2}
3     {p3.off}        {sc3}
Appeals to the admissions office by {date}. Contact: {p4} ({p4.wemail}).""",
    ),
    (
        "RU|UA|BG|KZ",
        """Telegram – рабочий чат «{proj}»
{p1.nat}: {p2.nnick}, привет! Скинь, пожалуйста, график смен на следующую неделю
{p2.nat}: Привет, {p1.nnick}! Скину вечером
{p3.nat}: Кто подменит меня в субботу? Мой номер {phone}
{p1.nat}: {p3.nnick}, я могу 👍""",
    ),
    (
        "@cjk|HU|VN",
        """LinkedIn message
Hi {p2.first}, I'm {p1.west} (in {nation} documents: {p1.off}). We met at the {city} careers fair.
I'm applying for the {job} role at {co} — would you be open to a 15-min chat? My number is {phone}.
Thanks! {p1.first}""",
    ),
]

# ---------------------------------------------------------------------------
# Texts with nothing to remove (near-misses only).  Only unlabelled slots are allowed here.
# ---------------------------------------------------------------------------

CLEAN: list[tuple[str, str]] = [
    (
        "*",
        """We're hiring! {job} – {co}, {town}
Salary: {salary} per month + benefits
Closing date: {date}   Ref: {ticket}
Apply through our careers page. No agencies please.""",
    ),
    (
        "*",
        """Annual leave policy v{ver} (effective {date})
1. Full-time staff accrue 2.08 days per month.
2. Requests must be made in the HR portal at least 14 days in advance.
3. Unused leave above 5 days lapses on {date2}.
Questions: raise a ticket in the {dept} queue.""",
    ),
    (
        "*",
        """{course} – course outline ({yr})
Week 1: introduction, reading {sci}
Week 2: {sci2}
Week 3: case study on {famous}
Assessment: essay 40%, exam 60% (exam on {date}, {building})
Office hours: Tuesdays {time}, room {room}""",
    ),
    (
        "*",
        """write a 200 word paragraph for my school report about {famous}. mention why {building} \
at {uni} is named after them and one quote. grade {cls} level pls""",
    ),
    (
        "*",
        """References
{sci}
{sci2}
{sci3}
{sci4}
Retrieved from the {uni} library catalogue on {date}.""",
    ),
    (
        "*",
        """Template – offer e-mail (do not send as is!)
Dear [Candidate Name],
We are pleased to offer you the role of {job} starting on [Start Date].
Your temporary password for the portal is {placeholder}.
API key for the assessment tool: {placeholder2}
Kind regards, [Recruiter]""",
    ),
    (
        "*",
        """.env.example for the {proj} HR bot
OPENAI_API_KEY={placeholder}
DB_HOST=localhost
DB_USER=app
DB_PASSWORD={placeholder2}
SLACK_SIGNING_SECRET={placeholder3}
LOG_LEVEL=info""",
    ),
    (
        "*",
        """Release notes – {co} HR Portal {ver}
- Fixed: payslip PDF rendering for long department names (#{num}42)
- Fixed: timezone bug in shift rota export
- Added: Moodle grade sync (beta)
Commit {hashv} · build {order} · released {date}""",
    ),
    (
        "*",
        """Timetable – {cls}
Mon 08:00 {course} (room {room})
Mon 10:00 {course2} (lab)
Tue 09:00 {subject}
Wed 13:00 sports
Thu 08:00 {course3}
Fri 11:00 assembly in {building}""",
    ),
    (
        "*",
        """Salary bands {yr} – {dept}
Grade G5: {salary} – {salary2}
Grade G6: {salary3} – {salary4}
Grade G7: {salary5} – {salary6}
Bands are reviewed every April. Source: {co} compensation team.""",
    ),
    (
        "*",
        """Interview questions for a {job} role:
1. Tell us about a time you handled a difficult customer.
2. How would you prioritise three urgent tickets ({ticket}, {ticket2}, {ticket3})?
3. What does good documentation look like to you?
4. Why {co}?""",
    ),
    (
        "*",
        """Exam rules – {uni}
• Bring your student card. Phones off and in bags.
• Exams start at {time}; no entry after 30 minutes.
• Resit period: {date} – {date2}.
• Results are published on the portal within 15 working days.""",
    ),
    (
        "*",
        """Headcount report {yr}-Q{term}
{dept}: {num}{num2}
{dept2}: {num3}
{dept3}: {num4}{num5}
Attrition: {pct}% · open requisitions: {num6}
Generated {date} from HRIS build {ver}""",
    ),
    (
        "*",
        """PO {order}: 20x Dell Latitude 7440 for the new starters, delivered {date}.
Invoice {inv} matched. Asset tags LT-{num}0001 to LT-{num}0020.
Warranty: 3 years on-site. Supplier: {co}.""",
    ),
    (
        "*",
        """Motivational slide for Monday's all-hands:
"{quote}" – {famous}
Then: Q{term} results, {pct}% growth, new office opening in {city} on {date}.""",
    ),
    (
        "*",
        """Town hall on {date} at {time} in {building} (and on Teams).
Agenda: {yr} results, the {proj} programme, Q&A with the leadership team.
Hash of the slide deck: {hashv}  · version {ver}""",
    ),
    (
        "*",
        """Can you explain the difference between {fund} and Erasmus+ funding for a master's in \
{field}? Deadline is {date}. The programme code is {course}.""",
    ),
    (
        "*",
        """Shift pattern for {hosp}, Ward {ward} (template, names TBC):
Early 07:00–15:00 ×3, Late 13:00–21:00 ×2, Night 20:30–07:30 ×2.
Minimum one band-6 nurse per shift. Rota published {date}.""",
    ),
]

SCHOOL_SUBJECTS = (
    "Mathematics; Physics; Chemistry; Biology; History; Geography; English; Economics; "
    "Computer Science; Art; Music; French; Kiswahili; Business Studies; Statistics"
)

QUOTES = (
    "Education is the most powerful weapon which you can use to change the world.; "
    "The best way to predict the future is to invent it.; "
    "Nothing in life is to be feared, it is only to be understood.; "
    "It always seems impossible until it's done.; "
    "Stay hungry, stay foolish.; "
    "One child, one teacher, one book, one pen can change the world."
)

SSIDS = (
    "Staff-WiFi; CORP-5G; Office_Guest; HQ-Secure; Warehouse-2G; TeachersRoom; Clinic-Staff; "
    "Store-Backoffice"
)

GRADES = (
    "A; A-; B+; B; B-; C+; C; D; E; Pass; Merit; Distinction; 1,7; 2,3; 15/20; 8/10; 5; 4; 2:1; "
    "First; 9.0; 7.5"
)
