"""Templates of the sealed set 3 (see bench/sanitizer_sealed3.py).

Slots are written ⟦kind⟧, ⟦kind:arg⟧ or ⟦kind#key⟧ (same key, same value) with optional
|lower, |upper, |title, |fold, |json, |nospace. ⟦p1⟧ … ⟦p9⟧ are people of the text:
⟦p1.first⟧, .last, .fl, .lf ("Surname, Given"), .LF ("SURNAME Given"), .init, .mid, .nick,
.user (login), .handle, .alias (a handle not derived from the name), .email, .wemail,
.pnr, .slug, .roman, and ⟦p1.g:his~her⟧ (gendered word, not labeled). Each template is
(language, kind, text); kind "msg" is a prompt or chat as typed, the others (doc, data,
code, log) are pasted material that may get an instruction around it.
"""

# ruff: noqa: E501

from __future__ import annotations

SYSTEM_PROMPTS = [
    "You are a helpful assistant.",
    "You are a concise assistant. Answer in the user's language.",
    "You are an expert editor. Keep the author's voice.",
    "You are a senior software engineer helping with debugging.",
    "You translate text faithfully and keep formatting.",
    "Eres un asistente útil.",
    "Du bist ein hilfreicher Assistent.",
]

PREFIXES = {
    "doc": {
        "en": [
            "summarize this:",
            "Can you summarize the following in 3 bullet points?",
            "tl;dr pls",
            "rewrite this to sound more professional",
            "translate into Spanish please",
            "Proofread the text below and list every change you made.",
            "what's the tone of this? too harsh?",
            "Extract all dates and action items from the text below.",
            "make this shorter, keep the key facts",
            "is this legit or a scam??",
            "Turn this into a JSON object with the relevant fields.",
            "Translate to English:",
            "pls fix grammar",
            "Write a reply to this.",
        ],
        "es": [
            "Resume este texto en 3 frases:",
            "tradúcelo al inglés porfa",
            "¿Puedes corregir la ortografía?",
        ],
        "de": [
            "Übersetze ins Englische:",
            "Fass das bitte kurz zusammen:",
            "Formuliere das höflicher:",
        ],
        "fr": ["Peux-tu résumer ce texte ?", "traduis en anglais stp", "Corrige les fautes :"],
        "pt": [
            "resume esse texto pra mim",
            "Traduza para o inglês:",
            "deixa mais formal por favor",
        ],
        "ja": ["この文章を要約してください。", "英語に翻訳してください:"],
        "zh": ["帮我总结一下这段内容:", "翻译成英文:"],
        "ko": ["이 내용 요약해줘", "영어로 번역해 주세요:"],
        "it": ["Riassumi questo testo:", "traduci in inglese per favore"],
        "nl": ["Vat dit samen:", "vertaal naar het Engels aub"],
        "ru": ["Переведи на английский:", "Сократи текст, пожалуйста:"],
        "pl": ["Streść ten tekst:", "przetłumacz na angielski"],
        "tr": ["Bunu özetler misin?", "İngilizceye çevir:"],
        "id": ["tolong ringkas teks ini", "Terjemahkan ke bahasa Inggris:"],
    },
    "data": {
        "en": [
            "convert this to JSON",
            "dedupe this list and sort by last name",
            "turn this into a markdown table",
            "write SQL INSERT statements for these rows",
            "Find the rows with missing values.",
            "why won't this import into Excel properly?",
            "Write a pandas snippet that loads this.",
            "validate this payload against our schema, what's wrong?",
        ],
        "de": ["Mach daraus eine CSV:", "Welche Zeilen sind doppelt?"],
        "es": ["conviértelo a CSV", "¿qué filas están mal?"],
        "fr": ["Transforme ça en tableau :"],
        "pt": ["converte isso pra JSON"],
    },
    "code": {
        "en": [
            "why is this failing?",
            "can you refactor this",
            "explain this code",
            "add type hints and docstrings",
            "write unit tests for this",
            "This works locally but not in prod. Any idea?",
            "review this PR diff pls",
            "convert to async",
        ],
        "de": ["Warum funktioniert das nicht?"],
        "es": ["¿por qué falla esto?"],
        "pt": ["pq isso não funciona?"],
        "ja": ["このコードのバグを教えてください"],
        "zh": ["这段代码哪里有问题?"],
    },
    "log": {
        "en": [
            "what does this error mean?",
            "help me debug",
            "why does the deploy fail",
            "Here are the logs. What's the root cause?",
            "is this an attack? seeing lots of these",
            "summarize what happened in these logs",
        ],
        "de": ["Was bedeutet dieser Fehler?"],
        "fr": ["Que signifie cette erreur ?"],
        "es": ["¿qué significa este error?"],
    },
}

# ---------------------------------------------------------------------------------------
# Texts with values to remove
# ---------------------------------------------------------------------------------------

PII: list[tuple[str, str, str]] = [
    # --- prompts and chats typed by users (English) ---
    (
        "en",
        "msg",
        r"""hey can u help me write a bday msg for my coworker ⟦p1.first⟧? ⟦p1.g:he's~she's⟧ turning 30 on friday and we're doing cake in the break room ⟦emo⟧""",
    ),
    (
        "en",
        "msg",
        r"""Write a reference letter for my former student ⟦p1⟧, who is applying to the nursing program at ⟦company⟧. ⟦p1.g:He~She⟧ was in my AP Chemistry class in ⟦year⟧ and was consistently top of the class. My name is ⟦p2⟧; put my email ⟦p2.wemail⟧ and phone ⟦phone⟧ at the bottom.""",
    ),
    (
        "en",
        "msg",
        r"""my landlord ⟦p1⟧ (⟦p1.email⟧) still hasnt returned my deposit. flat was at ⟦addr⟧. draft a formal letter demanding it back within 14 days""",
    ),
    (
        "en",
        "msg",
        r"""translate to spanish: Hi ⟦p1.first⟧, the plumber is coming tomorrow between 9 and 11. If I'm not home the key is with ⟦p2.first⟧ next door (⟦phone⟧). Thanks!!""",
    ),
    (
        "en",
        "msg",
        r"""User: I need to update my billing details
Assistant: Sure, what would you like to change?
User: new card is ⟦card⟧ exp 09/28, name on card ⟦p1|upper⟧
Assistant: I can't process payments directly, but here is how to update it in Settings > Billing.
User: ugh ok. also my login email changed to ⟦p1.email⟧""",
    ),
    (
        "en",
        "msg",
        r"""Is this a scam? Got a text just now: "Dear ⟦p1.first⟧, your parcel could not be delivered. Confirm your address ⟦addr:gb⟧ and pay the £1.99 redelivery fee within 24h." """,
    ),
    (
        "en",
        "msg",
        r"""what does FICA mean on my pay stub?? it says Employee: ⟦p1|upper⟧  SSN: ⟦ssn⟧  Gross: ⟦price:$⟧  FICA-SS: 186.00""",
    ),
    (
        "en",
        "msg",
        r"""pls make this sound less angry: ⟦p1.first|lower⟧ u said u would send the files by tuesday and its thursday. i already told ⟦p2.first|lower⟧ we'd have them. call me ⟦phone:us⟧""",
    ),
    (
        "en",
        "msg",
        r"""I'm helping my wife ⟦p1f⟧ fill out Form W-7, she doesn't have an SSN yet. Her DOB is ⟦dob:us⟧ and her passport number is ⟦passport⟧. My own ITIN is ⟦itin⟧ — do we file jointly with that?""",
    ),
    (
        "en",
        "msg",
        r"""why does my login fail?

conn = psycopg2.connect(host="⟦ip⟧", user="⟦p1.user⟧", password="⟦pw⟧", dbname="crm")

psycopg2.OperationalError: FATAL:  password authentication failed for user "⟦p1.user⟧" """,
    ),
    (
        "en",
        "msg",
        r"""Can you explain this bill to me? Account holder: ⟦p1.LF⟧ / Service address: ⟦addr:us⟧ / Amount due: ⟦price:$⟧ by ⟦date:us⟧. Why is the delivery charge higher than last month?""",
    ),
    (
        "en",
        "msg",
        r"""my gf ⟦p1f.first⟧ was born ⟦dob:uslong⟧ (yes i know, she's older lol). gift ideas? she likes hiking, true crime podcasts and her ⟦pick:Sonos~Bose~Alexa~Kindle⟧""",
    ),
    (
        "en",
        "msg",
        r"""Summarize my notes from the call w/ ⟦p1.fl⟧ (⟦company⟧):
- wants proposal by ⟦weekday⟧
- budget approx ⟦price:$⟧
- cc ⟦p2.first⟧ and ⟦p3.first⟧ on everything
- ⟦p1.g:his~her⟧ direct line ⟦phone⟧""",
    ),
    (
        "en",
        "msg",
        r"""how do i tell ⟦p1.nick⟧ that i dont want to be roommates anymore without ruining our friendship 😭😭""",
    ),
    (
        "en",
        "msg",
        r"""Rewrite as a LinkedIn post: Huge thanks to ⟦p1⟧, ⟦p2⟧ and ⟦p3.init⟧ for an amazing first year at ⟦company⟧ ⟦emo⟧ couldn't have shipped the ⟦product⟧ migration without you""",
    ),
    (
        "en",
        "msg",
        r"""URGENT i think i leaked my aws keys?? pushed this to a public repo 20 min ago:

AWS_ACCESS_KEY_ID=⟦aws_id⟧
AWS_SECRET_ACCESS_KEY=⟦aws_secret⟧

what do i do first""",
    ),
    (
        "en",
        "msg",
        r"""can you write a short eulogy for my grandmother ⟦p1f.mid⟧? she was born in ⟦city⟧ on ⟦dob:long⟧, raised five kids, and made the best ⟦pick:pierogi~jollof~tamales~baklava~adobo⟧ in the family. my uncle ⟦p2m.first⟧ will read it on saturday""",
    ),
    (
        "en",
        "msg",
        r"""Recipient: ⟦p1⟧
IBAN: ⟦iban⟧
Reference: ⟦invoice⟧

is this enough for a SEPA transfer from my ⟦pick:Revolut~N26~Wise~Monzo⟧ account or do I need a BIC too?""",
    ),
    (
        "en",
        "msg",
        r"""Hi! I'm ⟦p1.first⟧ 👋 planning a trip to ⟦place⟧ with my sister ⟦p2f.first⟧, we land ⟦date:uslong⟧. Any tips for a 4-day itinerary? we love food markets""",
    ),
    (
        "en",
        "msg",
        r"""debugging session, pasting from slack:

me: it still says 401
⟦p1.handle⟧: did u rotate the token?
me: yes new one is ⟦ghp⟧
⟦p1.handle⟧: lol dont paste tokens in chat

anyway why would the github api return 401 with a fresh token""",
    ),
    (
        "en",
        "msg",
        r"""Write a polite email to ⟦p1.g:Mr.~Ms.⟧ ⟦p1.last⟧ declining the job offer (I accepted another one). Sign it as ⟦p2⟧.""",
    ),
    (
        "en",
        "msg",
        r"""whats the fairest way to split rent? me (⟦p1.first|lower⟧) 1200 sq ft master w bathroom, ⟦p2.first|lower⟧ the medium room, ⟦p3.first|lower⟧ the tiny one. total 3150/mo""",
    ),
    (
        "en",
        "msg",
        r"""Fill out this visa form section for me:
Full name: ⟦p1|upper⟧
Date of birth: ⟦dob⟧
Passport No: ⟦passport⟧
Home address: ⟦addr⟧
Phone: ⟦phone⟧
Purpose of visit: tourism
Can you check the date format, the embassy wants DD/MM/YYYY""",
    ),
    (
        "en",
        "msg",
        r"""my public IP is ⟦ip⟧ and the router MAC is ⟦mac⟧. why can't i connect to the office VPN? windows says error 809""",
    ),
    (
        "en",
        "msg",
        r"""is this the right format for an eth address? ⟦crypto:eth⟧ my friend ⟦p1.first⟧ sent it on whatsapp and i dont wanna lose the money""",
    ),
    (
        "en",
        "msg",
        r"""proofread pls: "To whom it may concern, I, ⟦p1|upper⟧, holder of driver's license no. ⟦dl⟧, authorize ⟦p2⟧ to collect my vehicle from ⟦company⟧ on ⟦date:uslong⟧." """,
    ),
    (
        "en",
        "msg",
        r"""Who should I promote to team lead? Candidates:
1. ⟦p1⟧ – 5 yrs, great with clients, sometimes misses deadlines
2. ⟦p2⟧ – 8 yrs, quiet but technically the strongest
3. ⟦p3⟧ – internal transfer, 3 yrs, everyone likes ⟦p3.g:him~her⟧
Give me pros and cons.""",
    ),
    (
        "en",
        "msg",
        r"""I think ⟦p1.first⟧'s account got hacked, someone logged in from ⟦ip⟧ at 3am their time. How do we check recent activity on a Google account and kick that session out?""",
    ),
    (
        "en",
        "msg",
        r"""tell me a bedtime story where the hero is my son ⟦p1m.first⟧ and his best friend ⟦p2.first⟧ and they find a tiny dragon in the park behind grandma's house 🐉""",
    ),
    (
        "en",
        "msg",
        r"""write an SBAR handoff from this: pt ⟦p1.LF⟧, DOB ⟦dob:us⟧, 2nd day CAP, on ceftriaxone + azithro, O2 2L NC sats 94%, afebrile since last night. Daughter ⟦p2f⟧ is the contact, ⟦phone:us⟧. Pt is Spanish-speaking.""",
    ),
    (
        "en",
        "msg",
        r"""please convert to a table with columns name/email/ext:
⟦p1⟧ - ⟦p1.wemail⟧ - ext 4412
⟦p2⟧ - ⟦p2.wemail⟧ - ext 4419
⟦p3⟧ - ⟦p3.wemail⟧ - ext 4420""",
    ),
    (
        "en",
        "msg",
        r"""the school portal keeps saying invalid credentials. username ⟦p1.user⟧ password ⟦pw⟧. is the password case sensitive? my daughter set it up""",
    ),
    (
        "en",
        "msg",
        r"""generate a strong password for me, mine is currently ⟦pw⟧ and i use it for literally everything 😬""",
    ),
    (
        "en",
        "msg",
        r"""Respected Sir/Madam, I am ⟦p1⟧ from ⟦city:in⟧. I have applied for the post of Junior Accountant in your esteemed organisation. Kindly find my resume. My mobile number is ⟦phone:in⟧. Please rewrite this more professionally.""",
    ),
    (
        "en",
        "msg",
        r"""draft a text to ⟦p1.first⟧: kids pickup moved to 3:15 today, ⟦p2.first⟧ has soccer after so grab cleats from the garage. thx""",
    ),
    (
        "en",
        "msg",
        r"""whats wrong with this query, it returns nothing:
SELECT * FROM customers WHERE email = '⟦p1.email⟧' AND ssn = '⟦ssn⟧' AND status = 'active'""",
    ),
    (
        "en",
        "msg",
        r"""Explain this wallet error: "insufficient funds for gas * price + value" when I send from ⟦crypto:eth⟧ to the exchange. I have 0.02 ETH.""",
    ),
    (
        "en",
        "msg",
        r"""Cover letter for ⟦p1.fl⟧ applying to ⟦brand⟧ as Senior Accountant. Emphasize IFRS, SAP S/4HANA and month-end close. Contact line: ⟦p1.email⟧ · ⟦phone⟧ · ⟦addr⟧""",
    ),
    (
        "en",
        "msg",
        r"""hey Claude, remind me what ⟦p1.first⟧ said about the ⟦product⟧ migration? ⟦p1.g:he~she⟧ pinged me on slack as @⟦p1.handle⟧ but i cant find the thread""",
    ),
    (
        "en",
        "msg",
        r"""ok so my manager ⟦p1.last⟧ keeps scheduling 1:1s at 7pm. how do i bring it up without sounding lazy""",
    ),
    (
        "en",
        "msg",
        r"""im trying to recover my bitcoin, old address was ⟦crypto:btc1⟧ and i sent it to ⟦crypto:bc1q⟧ by mistake?? are those even the same network""",
    ),
    (
        "en",
        "msg",
        r"""Can you write a thank-you card for our neighbours ⟦p1.first⟧ & ⟦p2.first⟧ ⟦p2.last⟧, they fed the cats while we were in ⟦place⟧ for two weeks""",
    ),
    (
        "en",
        "msg",
        r"""is it safe to send my SSN by email? HR (⟦p1⟧) is asking for it to set up payroll. it's ⟦ssn⟧ btw, should i just put it in the reply""",
    ),
    (
        "en",
        "msg",
        r"""I run a small daycare. Write a permission slip template. Example kid: ⟦p1⟧, born ⟦dob:us⟧, parent/guardian ⟦p2⟧, emergency contact ⟦phone⟧, allergies: peanuts""",
    ),
    (
        "en",
        "msg",
        r"""roast my tinder bio: "⟦p1.first⟧, 29. ⟦pick:Nurse~Engineer~Chef~Teacher⟧ by day, amateur baker by night. will judge you by your coffee order. ig: @⟦p1.handle⟧" """,
    ),
    (
        "en",
        "msg",
        r"""CONTEXT: I'm ⟦p1⟧, owner of ⟦company⟧. Our payroll provider needs my EIN and my personal SSN ⟦ssn:space⟧ for the beneficial ownership form. Which one goes in box 2?""",
    ),
    (
        "en",
        "msg",
        r"""my OPENAI_API_KEY=⟦skproj⟧ works in curl but python says AuthenticationError. using openai ⟦version⟧. ideas?""",
    ),
    (
        "en",
        "msg",
        r"""Does this look like a valid UK licence number? ⟦dl:gb:p1⟧ — it's for ⟦p1⟧, we're adding ⟦p1.g:him~her⟧ as a named driver""",
    ),
    (
        "en",
        "msg",
        r"""hi i need to cancel my gym membership, member name ⟦p1⟧, member since ⟦year⟧, card on file ⟦card⟧. write the cancellation email, they're notoriously difficult about it""",
    ),
    (
        "en",
        "msg",
        r"""Plan a surprise 40th for ⟦p1.first⟧. Guests so far: ⟦p2.fl⟧, ⟦p3.fl⟧, ⟦p4.first⟧ from work, and ⟦p1.g:his~her⟧ college roommate ⟦p5.fl⟧. Venue options near ⟦place⟧?""",
    ),
    (
        "en",
        "msg",
        r"""Translate this for my mother-in-law: "Dear ⟦p1f.first⟧, we would love for you to stay with us in December. Our new address is ⟦addr⟧. ⟦p2.first⟧ will pick you up at the airport." """,
    ),
    (
        "en",
        "msg",
        r"""lowkey panicking, i sent my passport scan to some recruiter called ⟦p1⟧ (⟦p1.email⟧). number on it is ⟦passport⟧. should i report it somewhere""",
    ),
    # --- pasted documents (English) ---
    (
        "en",
        "doc",
        r"""From: ⟦p1⟧ <⟦p1.wemail⟧>
To: ⟦p2⟧ <⟦p2.wemail⟧>
Cc: ⟦p3.wemail⟧
Subject: Re: Q3 vendor onboarding
Date: ⟦weekday⟧, ⟦date:long⟧ ⟦time⟧

Hi ⟦p2.first⟧,

Thanks for sending the contract over. Legal (⟦p3.first⟧) flagged clause 7.2 — the auto-renewal. Can we get ⟦company⟧ to agree to a 60-day notice period instead of 90?

Also, their AP contact is ⟦p4⟧, ⟦phone⟧, in case invoices go missing again.

Best,
⟦p1.first⟧""",
    ),
    (
        "en",
        "doc",
        r"""⟦p1⟧
⟦addr:gb:ml⟧

⟦date:long⟧

Dear ⟦p2.g:Mr~Ms⟧ ⟦p2.last⟧,

Re: Complaint reference ⟦ticket⟧

I am writing about the boiler repair carried out at the above address on ⟦date:long⟧. The engineer left without replacing the faulty valve and the heating failed again within two days.

I would be grateful if you could arrange a return visit at no cost. I can be reached on ⟦phone:gb⟧.

Yours sincerely,

⟦p1⟧""",
    ),
    (
        "en",
        "doc",
        r"""DISCHARGE SUMMARY
Patient: ⟦p1.LF⟧            DOB: ⟦dob:us⟧            MRN: ⟦int:1000000-9999999⟧
Attending: ⟦p2⟧, MD
Admitted: ⟦date:us⟧   Discharged: ⟦date:us⟧

Diagnosis: Community-acquired pneumonia, right lower lobe.
Hospital course: Treated with IV ceftriaxone and azithromycin, transitioned to oral amoxicillin-clavulanate on day 3. Afebrile > 48h at discharge.
Follow-up: PCP Dr. ⟦p3.last⟧ in 1 week; repeat CXR in 6 weeks.
Patient's daughter ⟦p4f.first⟧ (⟦phone:us⟧) will provide transport.""",
    ),
    (
        "en",
        "doc",
        r"""SETTLEMENT AGREEMENT AND RELEASE

This Settlement Agreement ("Agreement") is entered into as of ⟦date:uslong⟧ by and between ⟦p1|upper⟧ ("Claimant"), residing at ⟦addr:us⟧, and ⟦company⟧, a Delaware corporation ("Company").

1. Payment. Company shall pay Claimant the gross sum of ⟦price:$⟧, less applicable withholdings, reported on IRS Form W-2 under Claimant's Social Security Number ⟦ssn⟧.
2. Release. Claimant releases Company from all claims arising on or before the Effective Date.

Signed: ____________________  ⟦p1⟧
Witness: ___________________  ⟦p2⟧""",
    ),
    (
        "en",
        "doc",
        r"""EMPLOYEE CHANGE FORM
Employee name: ⟦p1⟧
Employee ID: E⟦int:10000-99999⟧
Department: Finance
Effective date: ⟦date:us⟧
Change type: [x] Address  [x] Bank details  [ ] Title

New home address: ⟦addr:us⟧
New mobile: ⟦phone:us⟧
Social Security No.: ⟦ssn⟧
Date of birth: ⟦dob:us⟧
Approved by: ⟦p2.init⟧ (HRBP)""",
    ),
    (
        "en",
        "doc",
        r"""Dear Year 4 families,

Welcome back! A few reminders for the term:
• PE is on ⟦weekday⟧s — please send trainers.
• Our class rep this year is ⟦p1⟧ (⟦p1.email⟧), who will coordinate volunteers for the museum trip on ⟦date:long⟧.
• Permission slips go to ⟦p2.g:Mr~Ms⟧ ⟦p2.last⟧ at the front office by Friday.

If your child has new allergies, let me know directly.

Warm regards,
⟦p3.g:Mr~Mrs⟧ ⟦p3.last⟧
Class 4B, ⟦company⟧""",
    ),
    (
        "en",
        "doc",
        r"""RENTAL APPLICATION — Unit 3B
Applicant: ⟦p1⟧
Date of birth: ⟦dob⟧
Current address: ⟦addr⟧
Time at address: 2 yrs 4 mo
Employer: ⟦company⟧ — monthly income ⟦price:$⟧
Previous landlord: ⟦p2⟧, ⟦phone⟧
Co-applicant: ⟦p3⟧ (⟦p3.email⟧)
Pets: 1 cat
Driver's license #: ⟦dl⟧""",
    ),
    (
        "en",
        "doc",
        r"""STATEMENT OF ACCOUNT   Period: ⟦date:long⟧ – ⟦date:long⟧
Account holder: ⟦p1|upper⟧
IBAN: ⟦iban#a⟧

Date        Description                                   Amount
⟦date:eu⟧   CARD PAYMENT ⟦brand|upper⟧                   -42.80
⟦date:eu⟧   SEPA TRANSFER TO ⟦p2|upper⟧ RENT               -950.00
⟦date:eu⟧   SALARY ⟦company|upper⟧                      +3,214.55
⟦date:eu⟧   STANDING ORDER ⟦p3|upper⟧ / ⟦iban⟧          -120.00
Closing balance                                      2,318.41""",
    ),
    (
        "en",
        "doc",
        r"""# Weekly sync — ⟦date:iso⟧

**Attendees:** ⟦p1.first⟧, ⟦p2.first⟧, ⟦p3⟧ (guest, ⟦company⟧), ⟦p4.init⟧

## Updates
- Ingest lag back under 5 min after the ⟦product⟧ upgrade to ⟦version⟧
- ⟦p2.first⟧ is out ⟦weekday⟧–Friday

## Action items
- [ ] ⟦p1.first⟧: fix the flaky nightly job (⟦ticket⟧)
- [ ] ⟦p3.last⟧ to send revised pricing
- [x] @⟦p2.handle⟧ merged the retry patch""",
    ),
    (
        "en",
        "doc",
        r"""⟦p1|upper⟧
⟦addr⟧ · ⟦phone⟧ · ⟦p1.email⟧ · linkedin.com/in/⟦p1.slug⟧

SUMMARY
Data engineer with 7 years of experience building batch and streaming pipelines (Spark, ⟦product⟧, dbt).

EXPERIENCE
Senior Data Engineer — ⟦company⟧ (2021–present)
• Cut warehouse costs 38% by re-partitioning event tables
Data Engineer — ⟦company⟧ (2017–2021)

REFERENCES
⟦p2⟧, Head of Analytics — ⟦p2.wemail⟧
⟦p3⟧, former manager — available on request""",
    ),
    (
        "en",
        "doc",
        r"""LOCAL BAKER WINS REGIONAL AWARD

⟦city:us⟧ — ⟦p1⟧, 54, who has run ⟦company⟧ on the corner of Fifth and Main for two decades, took home the top prize at this year's regional bread festival.

"We never expected it," said ⟦p1.last⟧'s daughter, ⟦p2f.fl⟧, who joined the business in ⟦year⟧. Judges praised the sourdough rye. ⟦p1.last⟧ plans to donate the prize money to the food bank run by ⟦p3⟧.""",
    ),
    (
        "en",
        "doc",
        r"""⟦p1.mid⟧, of ⟦city:us⟧, passed away peacefully on ⟦date:uslong⟧, surrounded by family. ⟦p1.g:He~She⟧ was born on ⟦dob:uslong⟧ in ⟦place⟧ to ⟦p2⟧ and ⟦p3⟧.

⟦p1.first⟧ worked for 31 years as a postal carrier and never missed a Little League game. ⟦p1.g:He~She⟧ is survived by ⟦p1.g:his~her⟧ children ⟦p4.first⟧ (⟦p5.first⟧) ⟦p4.last⟧ and ⟦p6.fl⟧, and seven grandchildren.

A service will be held at St. Mark's on Saturday at 11 a.m. In lieu of flowers, donations may be made to the ⟦place⟧ Animal Shelter.""",
    ),
    (
        "en",
        "doc",
        r"""★★☆☆☆  "Great location, terrible communication"
Stayed 3 nights in ⟦place⟧. The host ⟦p1.first⟧ never answered messages and the check-in code didn't work. Ended up calling ⟦p1.g:his~her⟧ cell (⟦phone⟧) at midnight. Cleaner (I think ⟦p2.first⟧?) was lovely though.
— ⟦p3.first⟧ ⟦p3.last⟧, traveled with family""",
    ),
    (
        "en",
        "doc",
        r"""Ticket ⟦ticket⟧ | Priority: High | Channel: web
Requester: ⟦p1⟧ <⟦p1.email⟧>
Subject: Charged twice for the same order

Description:
Hi, I was charged twice for order ⟦order⟧ on ⟦date:us⟧. Please refund the duplicate to the same card (⟦card⟧). You can reach me at ⟦phone⟧ after 5pm.

Internal note (⟦p2.user⟧): confirmed duplicate capture in Stripe, escalating to billing.""",
    ),
    (
        "en",
        "doc",
        r"""INCIDENT REPORT  #⟦int:10000-99999⟧
Date/time: ⟦date:us⟧ ⟦time⟧
Location: parking lot, ⟦company⟧
Reporting party: ⟦p1⟧, DOB ⟦dob:us⟧, CA DL# ⟦dl:ca⟧
Phone: ⟦phone:us⟧
Narrative: RP states a silver sedan reversed into the driver-side door of ⟦p1.g:his~her⟧ vehicle and left the scene. Witness ⟦p2⟧ (⟦phone:us⟧) partially recorded the plate.
Officer: ⟦p3.init⟧, badge 4471""",
    ),
    (
        "en",
        "doc",
        r"""IN THE CIRCUIT COURT OF THE ⟦pick:SEVENTEENTH~ELEVENTH~NINTH⟧ JUDICIAL CIRCUIT

⟦p1|upper⟧,
        Plaintiff,
v.                                              Case No. ⟦year⟧-CA-⟦int:100000-999999⟧
⟦p2|upper⟧ and ⟦company|upper⟧,
        Defendants.

COMPLAINT FOR DAMAGES

Plaintiff, ⟦p1⟧, sues Defendants and alleges: 1. Plaintiff resides at ⟦addr:us⟧. 2. Defendant ⟦p2.last⟧ was at all times an employee of ⟦company⟧...""",
    ),
    (
        "en",
        "doc",
        r"""PERFORMANCE REVIEW ⟦year⟧ — CONFIDENTIAL
Employee: ⟦p1⟧          Reviewer: ⟦p2⟧
Role: Customer Success Manager

Strengths: ⟦p1.first⟧ consistently exceeds renewal targets and mentors new hires (notably ⟦p3.first⟧).
Areas to develop: Forecast accuracy; escalations to ⟦p4.last⟧ should come earlier.
Overall rating: 4 / 5 — recommend promotion to Senior CSM.""",
    ),
    (
        "en",
        "doc",
        r"""[00:00:02] Agent (⟦p1.first⟧): Thank you for calling ⟦company⟧, this call may be recorded. How can I help?
[00:00:07] Caller: Hi yeah, it's ⟦p2⟧. The account is under my wife's name, ⟦p3f⟧.
[00:00:15] Agent: No problem. Can I get the date of birth of the account holder?
[00:00:19] Caller: ⟦dob:uslong⟧.
[00:00:24] Agent: And the billing address?
[00:00:26] Caller: ⟦addr:us⟧.
[00:00:41] Agent: Thank you. I see two charges from ⟦date:us⟧…""",
    ),
    (
        "en",
        "doc",
        r"""Rx
Patient: ⟦p1⟧      DOB: ⟦dob⟧
Address: ⟦addr⟧
Amoxicillin 500 mg caps — 1 cap PO TID x 7 days — #21
Refills: 0
Prescriber: ⟦p2.init⟧, MD   DEA: on file
Date: ⟦date⟧""",
    ),
    (
        "en",
        "doc",
        r"""LABORATORY REPORT
Name: ⟦p1.LF⟧   Sex: ⟦p1.g:M~F⟧   DOB: ⟦dob:us⟧   Collected: ⟦date:us⟧ ⟦time⟧
Ordering physician: ⟦p2⟧

TEST               RESULT    FLAG   REFERENCE
Hemoglobin A1c     7.4 %     H      4.0 – 5.6
LDL cholesterol    142 mg/dL H      < 100
TSH                2.1 mIU/L        0.4 – 4.0""",
    ),
    (
        "en",
        "doc",
        r"""To Whom It May Concern,

This letter confirms that ⟦p1⟧ (SSN ⟦ssn⟧) has been employed full-time by ⟦company⟧ since ⟦date:uslong⟧ as a Logistics Coordinator, with an annual base salary of ⟦price:$⟧.

Please direct verification requests to ⟦p2⟧ at ⟦email:role⟧ or ⟦phone:us⟧.

Sincerely,
⟦p2⟧
People Operations""",
    ),
    (
        "en",
        "doc",
        r"""Form W-2 Wage and Tax Statement ⟦year⟧
a Employee's social security number: ⟦ssn⟧
b Employer identification number (EIN): ⟦ein⟧
c Employer's name, address: ⟦company⟧
e Employee's first name and initial / Last name: ⟦p1.fl⟧
f Employee's address: ⟦addr:us⟧
1 Wages, tips, other comp: 58214.77""",
    ),
    (
        "en",
        "doc",
        r"""Booking reference: ⟦pick:X7K2PQ~LM3ZT9~QW8RNA~HJ4KPE⟧
Passengers:
 1. ⟦p1.pnr⟧ ⟦p1.g:MR~MS⟧
 2. ⟦p2.pnr⟧ ⟦p2.g:MR~MS⟧
Flight ⟦pick:BA~LH~TK~EK~QR⟧ ⟦int:100-999⟧  ⟦date:long⟧  dep ⟦time⟧
Passport (pax 1): ⟦passport⟧  exp 2031
Contact: ⟦p1.email⟧ / ⟦phone⟧

Dear airline, our flight was cancelled and we were rebooked 26 hours later. We are requesting compensation under EU261.""",
    ),
    (
        "en",
        "doc",
        r"""INVOICE ⟦invoice⟧
Date: ⟦date⟧

Bill to:
⟦p1⟧
⟦addr:ml⟧

Description                      Qty   Amount
Website redesign (phase 2)       1     ⟦price:€⟧
Hosting, 12 months               1     ⟦price:€⟧

Please pay within 30 days to:
Account name: ⟦p2⟧
IBAN: ⟦iban⟧
BIC: ⟦pick:COBADEFFXXX~INGBNL2A~BNPAFRPP~NWBKGB2L⟧""",
    ),
    (
        "en",
        "doc",
        r"""Postmortem: checkout outage ⟦date:iso⟧
Authors: ⟦p1⟧, ⟦p2⟧
Incident commander: ⟦p3.first⟧ (@⟦p3.handle⟧)

Timeline (UTC)
⟦time⟧  Alert fires: 5xx rate > 8% on ⟦host⟧
⟦time⟧  ⟦p2.first⟧ rolls back deploy ⟦ssha⟧
⟦time⟧  Root cause found: connection pool exhausted after ⟦lib⟧ bump to ⟦version⟧

What went well: paging worked, ⟦p4.first⟧ joined within 3 minutes.""",
    ),
    (
        "en",
        "doc",
        r"""STAFF SPOTLIGHT: Meet ⟦p1.fl⟧!
⟦p1.first⟧ joined our Facilities team in ⟦year⟧ after 12 years with ⟦brand⟧. When ⟦p1.g:he's~she's⟧ not fixing the third-floor thermostat (again), you'll find ⟦p1.g:him~her⟧ coaching ⟦p1.g:his~her⟧ daughter ⟦p2.first⟧'s under-10s team. Say hi on Teams: ⟦p1.wemail⟧.""",
    ),
    (
        "en",
        "doc",
        r"""Hi ⟦p1.g:Mr.~Mrs.⟧ ⟦p1.last⟧,

Thanks for meeting with me about ⟦p2.first⟧'s reading progress. As discussed, ⟦p2.first⟧ will join the small-group phonics sessions with ⟦p3.g:Mr.~Ms.⟧ ⟦p3.last⟧ on Tuesdays and Thursdays.

If you'd like to talk again before the next report, my number is ⟦phone⟧.

Kind regards,
⟦p4⟧""",
    ),
    (
        "en",
        "doc",
        r"""SCHOLARSHIP APPLICATION
Applicant: ⟦p1⟧            Date of Birth: ⟦dob⟧
Home address: ⟦addr⟧
Email: ⟦p1.email⟧          Phone: ⟦phone⟧
Intended major: Civil Engineering
Parent/guardian: ⟦p2⟧
Personal statement: Growing up in ⟦place⟧, I watched the bridge near our house wash away twice…""",
    ),
    (
        "en",
        "doc",
        r"""LOAN APPLICATION SUMMARY
Borrower: ⟦p1⟧ | SSN ⟦ssn⟧ | DOB ⟦dob:us⟧
Co-borrower: ⟦p2⟧ | ITIN ⟦itin⟧
Property: ⟦addr:us⟧
Requested: ⟦price:$⟧ @ 30-yr fixed
Employer: ⟦company⟧ (⟦int:2-15⟧ yrs)
Loan officer: ⟦p3.fl⟧, NMLS #⟦int:100000-999999⟧""",
    ),
    (
        "en",
        "doc",
        r"""Prayer list for this week:
- ⟦p1.fl⟧, recovering from hip surgery
- the ⟦p2.last⟧ family, on the loss of ⟦p3.first⟧
- ⟦p4.first⟧ and ⟦p5.first⟧, expecting twins in March
Call ⟦p6.first⟧ at ⟦phone⟧ to sign up for the meal train.""",
    ),
    (
        "en",
        "doc",
        r"""U10 GIRLS — SPRING ROSTER
#   Player               DOB           Guardian           Phone
4   ⟦p1f.fl⟧        ⟦dob:us⟧    ⟦p2⟧        ⟦phone:us⟧
7   ⟦p3f.fl⟧        ⟦dob:us⟧    ⟦p4⟧        ⟦phone:us⟧
11  ⟦p5f.fl⟧        ⟦dob:us⟧    ⟦p6⟧        ⟦phone:us⟧
Coach: ⟦p7⟧""",
    ),
    (
        "en",
        "doc",
        r"""FOR IMMEDIATE RELEASE

⟦company⟧ Appoints ⟦p1⟧ as Chief Financial Officer

⟦city⟧, ⟦date:uslong⟧ — ⟦company⟧ today announced the appointment of ⟦p1⟧ as CFO, effective immediately. ⟦p1.last⟧ joins from ⟦brand⟧, where ⟦p1.g:he~she⟧ led investor relations.

Media contact:
⟦p2⟧
⟦p2.wemail⟧
⟦phone⟧""",
    ),
    (
        "en",
        "doc",
        r"""Notice of Entry

Dear residents of Unit ⟦int:1-40⟧,

Please be advised that maintenance will enter the apartment at ⟦addr:us⟧ on ⟦date:uslong⟧ between 9 AM and 12 PM to replace the smoke detectors. If you have concerns, contact the building manager, ⟦p1⟧, at ⟦phone:us⟧ or ⟦p1.wemail⟧.

Thank you,
⟦company⟧""",
    ),
    (
        "en",
        "doc",
        r"""---------- Forwarded message ---------
From: ⟦p1⟧ <⟦p1.email⟧>
Date: ⟦weekday⟧, ⟦date:uslong⟧ at ⟦ampm⟧
Subject: deposit for the cabin
To: ⟦p2.email⟧, ⟦p3.email⟧

hey guys, I paid the deposit ($600). venmo me ⟦p1.handle⟧ or zelle to ⟦phone:us⟧. address for the gps is ⟦addr:us⟧, door code will be sent the day before.

--
⟦p1.first⟧""",
    ),
    (
        "en",
        "doc",
        r"""OTC TRADE CONFIRMATION
Trade date: ⟦date:iso⟧
Counterparty: ⟦p1⟧ (KYC ref ⟦hexid⟧)
Side: BUY 2.5 BTC @ ⟦price:$⟧
Settlement wallet (client): ⟦crypto:bc1q⟧
Return address: ⟦crypto:btc3⟧
Desk trader: ⟦p2.init⟧""",
    ),
    (
        "en",
        "doc",
        r"""FREELANCE SERVICES AGREEMENT

Client: ⟦company⟧
Contractor: ⟦p1⟧, ⟦addr⟧
Contractor tax ID (ITIN): ⟦itin⟧

3. Payment. Client will pay Contractor ⟦price:$⟧ per milestone within 15 days of invoice, by wire to IBAN ⟦iban⟧ or by card ⟦card⟧ for expenses only.

Signed by ⟦p1⟧ and ⟦p2⟧ (for the Client).""",
    ),
    (
        "en",
        "doc",
        r"""Visitor log — Reception, 2nd floor
⟦date:us⟧
09:02  ⟦p1⟧          ⟦company⟧          host: ⟦p2.first⟧
09:40  ⟦p3⟧          interview          host: ⟦p4.last⟧
11:15  ⟦p5|upper⟧    courier            —
14:30  ⟦p6.init⟧      ⟦company⟧          host: ⟦p2.first⟧""",
    ),
    (
        "en",
        "doc",
        r"""Hey team — quick recap of the offsite:
Day 1 went great, thanks to ⟦p1.nick⟧ for organizing. ⟦p2.first⟧'s talk on pricing sparked a long debate (worth continuing). Big shoutout to ⟦p3.first⟧ and ⟦p4.first⟧ for handling the AV disaster. Receipts go to ⟦p5.wemail⟧ by Friday please!""",
    ),
    (
        "en",
        "doc",
        r"""BEGIN:VCARD
VERSION:3.0
N:⟦p1.last⟧;⟦p1.first⟧;;;
FN:⟦p1.fl⟧
ORG:⟦company⟧
TEL;TYPE=CELL:⟦phone⟧
EMAIL;TYPE=INTERNET:⟦p1.wemail⟧
ADR;TYPE=HOME:;;⟦addr⟧
BDAY:⟦dob:iso⟧
END:VCARD""",
    ),
    (
        "en",
        "doc",
        r"""ADOPTION APPLICATION — ⟦company⟧ Animal Rescue
Name: ⟦p1⟧
Address: ⟦addr⟧
Phone: ⟦phone⟧   Email: ⟦p1.email⟧
Other adults in home: ⟦p2.first⟧ (partner)
Vet reference: Dr. ⟦p3.last⟧, ⟦company⟧
Which dog are you interested in? Biscuit (beagle mix, 3 yrs)""",
    ),
    (
        "en",
        "doc",
        r"""Dear Hiring Committee,

It is my pleasure to recommend ⟦p1⟧ for the Research Assistant position. I supervised ⟦p1.first⟧ for two years in the ⟦pick:Molecular Biology~Econometrics~Linguistics~Materials Science⟧ lab at ⟦company⟧, where ⟦p1.g:he~she⟧ co-authored two papers with ⟦p2.init⟧ and me.

Please feel free to contact me at ⟦p3.wemail⟧.

⟦p3⟧, PhD""",
    ),
    (
        "en",
        "doc",
        r"""ACCIDENT CLAIM FORM
Policyholder: ⟦p1⟧      Date of birth: ⟦dob⟧
Driver licence no.: ⟦dl⟧
Other party: ⟦p2⟧, phone ⟦phone⟧, insurer ⟦brand⟧
Location of accident: junction near ⟦addr⟧
Description: I was stationary at the lights when the other vehicle hit my rear bumper.""",
    ),
    (
        "en",
        "doc",
        r"""Board of Directors — Minutes
Present: ⟦p1⟧ (Chair), ⟦p2⟧, ⟦p3⟧, ⟦p4⟧; Absent: ⟦p5.fl⟧
1. Minutes of the previous meeting approved (moved ⟦p2.last⟧, seconded ⟦p3.last⟧).
2. Treasurer's report: reserves at ⟦price:$⟧.
3. ⟦p1.last⟧ to contact ⟦company⟧ regarding the roof repair quote.
Meeting adjourned ⟦ampm⟧.""",
    ),
    # --- data, code, logs, chat exports (English) ---
    (
        "en",
        "data",
        r"""id,first_name,last_name,email,phone,dob
1001,⟦p1.first⟧,⟦p1.last⟧,⟦p1.email⟧,⟦phone⟧,⟦dob:iso⟧
1002,⟦p2.first⟧,⟦p2.last⟧,⟦p2.email⟧,⟦phone⟧,⟦dob:iso⟧
1003,⟦p3.first⟧,⟦p3.last⟧,⟦p3.email⟧,,⟦dob:iso⟧
1004,⟦p4.first⟧,⟦p4.last⟧,⟦p4.email⟧,⟦phone⟧,""",
    ),
    (
        "en",
        "data",
        r"""customer_id	name	city	plan	card_on_file	signup
C-⟦int:10000-99999⟧	⟦p1⟧	⟦city⟧	pro	⟦card:visa⟧	⟦date:iso⟧
C-⟦int:10000-99999⟧	⟦p2⟧	⟦city⟧	free		⟦date:iso⟧
C-⟦int:10000-99999⟧	⟦p3⟧	⟦city⟧	team	⟦card:mc⟧	⟦date:iso⟧""",
    ),
    (
        "en",
        "data",
        r"""| Name | Role | Email | Start date |
|------|------|-------|------------|
| ⟦p1⟧ | Product Designer | ⟦p1.wemail⟧ | ⟦date:iso⟧ |
| ⟦p2⟧ | Backend Engineer | ⟦p2.wemail⟧ | ⟦date:iso⟧ |
| ⟦p3⟧ | Engineering Manager | ⟦p3.wemail⟧ | ⟦date:iso⟧ |
| ⟦p4.lf⟧ | Intern | ⟦p4.wemail⟧ | ⟦date:iso⟧ |""",
    ),
    (
        "en",
        "data",
        r"""{
  "id": "⟦uuid⟧",
  "name": "⟦p1|json⟧",
  "email": "⟦p1.email⟧",
  "phone": "⟦phone⟧",
  "address": "⟦addr|json⟧",
  "date_of_birth": "⟦dob:iso⟧",
  "plan": "premium",
  "created_at": "⟦ts⟧"
}""",
    ),
    (
        "en",
        "data",
        r"""- id: ⟦int:100-999⟧
  owner: ⟦p1.user⟧
  display_name: "⟦p1⟧"
  email: ⟦p1.wemail⟧
  on_call: true
- id: ⟦int:100-999⟧
  owner: ⟦p2.user⟧
  display_name: "⟦p2⟧"
  email: ⟦p2.wemail⟧
  on_call: false""",
    ),
    (
        "en",
        "data",
        r"""<?xml version="1.0" encoding="UTF-8"?>
<Customer id="⟦int:100000-999999⟧">
  <FullName>⟦p1⟧</FullName>
  <BirthDate>⟦dob:iso⟧</BirthDate>
  <Contact>
    <Email>⟦p1.email⟧</Email>
    <Mobile>⟦phone⟧</Mobile>
  </Contact>
  <PostalAddress>⟦addr⟧</PostalAddress>
  <Payment type="IBAN">⟦iban⟧</Payment>
</Customer>""",
    ),
    (
        "en",
        "data",
        r"""INSERT INTO patients (mrn, last_name, first_name, dob, phone, ssn) VALUES
  (⟦int:100000-999999⟧, '⟦p1.last⟧', '⟦p1.first⟧', '⟦dob:iso⟧', '⟦phone:us⟧', '⟦ssn⟧'),
  (⟦int:100000-999999⟧, '⟦p2.last⟧', '⟦p2.first⟧', '⟦dob:iso⟧', '⟦phone:us⟧', '⟦ssn⟧'),
  (⟦int:100000-999999⟧, '⟦p3.last⟧', '⟦p3.first⟧', '⟦dob:iso⟧', NULL, '⟦ssn⟧');""",
    ),
    (
        "en",
        "log",
        r"""⟦ip#a⟧ - ⟦p1.user⟧ [⟦int:10-28⟧/Oct/⟦year⟧:13:55:36 +0000] "GET /api/v1/orders?page=2 HTTP/1.1" 200 2326 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)"
⟦ip#a⟧ - ⟦p1.user⟧ [⟦int:10-28⟧/Oct/⟦year⟧:13:55:38 +0000] "POST /api/v1/orders/⟦order⟧/cancel HTTP/1.1" 403 91 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)"
⟦ip⟧ - - [⟦int:10-28⟧/Oct/⟦year⟧:13:55:41 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" """,
    ),
    (
        "en",
        "log",
        r"""⟦pick:Mar~Apr~Jun~Nov⟧ ⟦int:10-28⟧ 03:1⟦int:0-9⟧:22 bastion sshd[⟦pid⟧]: Failed password for ⟦p1.user⟧ from ⟦ip#x⟧ port 52144 ssh2
⟦pick:Mar~Apr~Jun~Nov⟧ ⟦int:10-28⟧ 03:1⟦int:0-9⟧:25 bastion sshd[⟦pid⟧]: Failed password for invalid user admin from ⟦ip#x⟧ port 52150 ssh2
⟦pick:Mar~Apr~Jun~Nov⟧ ⟦int:10-28⟧ 03:1⟦int:0-9⟧:31 bastion sshd[⟦pid⟧]: Accepted publickey for ⟦p2.user⟧ from ⟦ip⟧ port 60022 ssh2: ED25519 SHA256:⟦hexid⟧""",
    ),
    (
        "en",
        "log",
        r"""Traceback (most recent call last):
  File "/home/⟦p1.user⟧/projects/invoicer/app/main.py", line 88, in <module>
    run(cfg)
  File "/home/⟦p1.user⟧/projects/invoicer/app/main.py", line 41, in run
    client = Client(api_key=cfg["api_key"])
  File "/home/⟦p1.user⟧/.venv/lib/python3.11/site-packages/⟦lib⟧/client.py", line 112, in __init__
    raise AuthError(f"invalid key {api_key!r}")
⟦lib⟧.errors.AuthError: invalid key '⟦sk⟧'""",
    ),
    (
        "en",
        "log",
        r"""Error: ENOENT: no such file or directory, open 'C:\Users\⟦p1.user⟧\Documents\clients\⟦p2.last⟧_contract_final_v3.docx'
    at Object.openSync (node:fs:573:3)
    at readFileSync (node:fs:452:35)
    at loadTemplate (C:\Users\⟦p1.user⟧\code\contract-gen\src\render.js:14:18)
    at main (C:\Users\⟦p1.user⟧\code\contract-gen\src\index.js:9:3)""",
    ),
    (
        "en",
        "log",
        r"""⟦ts⟧ ERROR [http-nio-8080-exec-7] c.a.billing.ChargeService - Charge failed for customer=⟦p1.email⟧ amount=⟦price:$⟧
com.stripe.exception.CardException: Your card was declined.; code: card_declined; request-id: req_⟦hexid⟧
	at com.stripe.net.LiveStripeResponseGetter.handleApiError(LiveStripeResponseGetter.java:196)
	at com.acme.billing.ChargeService.charge(ChargeService.java:77)
	at com.acme.billing.InvoiceJob.run(InvoiceJob.java:42)""",
    ),
    (
        "en",
        "code",
        r"""commit ⟦sha⟧
Author: ⟦p1⟧ <⟦p1.wemail⟧>
Date:   ⟦pick:Mon~Tue~Wed~Thu~Fri⟧ ⟦pick:Mar~May~Aug~Oct⟧ ⟦int:10-28⟧ 14:02:11 ⟦year⟧ +0200

    Fix rounding in VAT calculation (⟦ticket⟧)

    Co-authored-by: ⟦p2⟧ <⟦p2.email⟧>

commit ⟦sha⟧
Author: ⟦p3⟧ <⟦p3.wemail⟧>
Date:   ⟦pick:Mon~Tue~Wed~Thu~Fri⟧ ⟦pick:Mar~May~Aug~Oct⟧ ⟦int:10-28⟧ 09:12:40 ⟦year⟧ +0000

    Bump ⟦lib⟧ from ⟦version⟧ to ⟦version⟧""",
    ),
    (
        "en",
        "code",
        r"""$ git blame -L 40,46 src/payments/refund.py
⟦ssha⟧ (⟦p1⟧      ⟦date:iso⟧ 40)     def refund(self, charge_id):
⟦ssha⟧ (⟦p1⟧      ⟦date:iso⟧ 41)         # TODO(⟦p2.user⟧): handle partial refunds
⟦ssha⟧ (⟦p2⟧      ⟦date:iso⟧ 42)         amount = self._amount(charge_id)
⟦ssha⟧ (⟦p3.user⟧ ⟦date:iso⟧ 43)         if amount <= 0:
⟦ssha⟧ (⟦p3.user⟧ ⟦date:iso⟧ 44)             raise ValueError("nothing to refund")""",
    ),
    (
        "en",
        "code",
        r"""# .env — DO NOT COMMIT
APP_ENV=production
DATABASE_URL=postgres://app:⟦pw⟧@⟦host⟧:5432/app
REDIS_URL=redis://:⟦pw⟧@⟦host⟧:6379/0
STRIPE_SECRET_KEY=⟦stripe⟧
SENDGRID_API_KEY=⟦sendgrid⟧
ADMIN_EMAIL=⟦p1.wemail⟧
SENTRY_DSN=https://⟦hexkey⟧@o⟦int:100000-999999⟧.ingest.sentry.io/⟦int:1000000-9999999⟧""",
    ),
    (
        "en",
        "code",
        r"""services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ⟦p1.user⟧
      POSTGRES_PASSWORD: ⟦pw⟧
      POSTGRES_DB: analytics
    ports:
      - "5432:5432"
  metabase:
    image: metabase/metabase:v0.50.⟦int:1-20⟧
    environment:
      MB_DB_PASS: ⟦pw⟧
      MB_ADMIN_EMAIL: ⟦p1.wemail⟧""",
    ),
    (
        "en",
        "code",
        r"""apiVersion: v1
kind: Secret
metadata:
  name: payments-api
  namespace: prod
  annotations:
    owner: ⟦p1.wemail⟧
type: Opaque
stringData:
  STRIPE_KEY: ⟦stripe⟧
  WEBHOOK_SECRET: ⟦whsec⟧
  JWT_SIGNING_KEY: ⟦hex64⟧""",
    ),
    (
        "en",
        "code",
        r"""provider "aws" {
  region     = "eu-west-1"
  access_key = "⟦aws_id⟧"
  secret_key = "⟦aws_secret⟧"
}

resource "aws_instance" "bastion" {
  ami           = "ami-0⟦hexid⟧"
  instance_type = "t3.micro"
  tags = {
    Owner = "⟦p1.user⟧"
    Name  = "bastion-⟦p1.user⟧"
  }
}""",
    ),
    (
        "en",
        "code",
        r"""import requests

# quick script from ⟦p1.first⟧ to backfill the CRM, delete after use
API_KEY = "⟦hf⟧"
HEADERS = {"Authorization": f"Bearer {API_KEY}"}

def push(contact):
    # e.g. {"name": "⟦p2⟧", "email": "⟦p2.email⟧"}
    r = requests.post("https://crm.internal/api/contacts", json=contact, headers=HEADERS, timeout=10)
    r.raise_for_status()""",
    ),
    (
        "en",
        "code",
        r"""df = pd.DataFrame({
    "name": ["⟦p1⟧", "⟦p2⟧", "⟦p3⟧"],
    "dept": ["Sales", "Ops", "Sales"],
    "salary": [72000, 65500, 81000],
})
print(df.groupby("dept").salary.mean())
# why does this print a float with .000 for Ops?""",
    ),
    (
        "en",
        "data",
        r"""{"ok":true,"messages":[{"type":"message","user":"U0⟦int:1000000-9999999⟧","user_name":"⟦p1.handle⟧","text":"<@U0⟦int:1000000-9999999⟧> can you send me the staging db password?","ts":"⟦epoch⟧.000200"},{"type":"message","user_name":"⟦p2.handle⟧","text":"sure it's ⟦pw⟧ — rotate after","ts":"⟦epoch⟧.000300"},{"type":"message","user_name":"⟦p1.handle⟧","text":"ty!! ⟦emo⟧","ts":"⟦epoch⟧.000400"}]}""",
    ),
    (
        "en",
        "doc",
        r"""⟦p1.handle⟧ — Today at ⟦ampm⟧
anyone know why the bot keeps crashing
⟦p2.alias⟧ — Today at ⟦ampm⟧
did u put the token in the env or hardcode it
⟦p1.handle⟧ — Today at ⟦ampm⟧
hardcoded lol ⟦discord⟧
⟦p3.handle⟧ — Today at ⟦ampm⟧
bro you just leaked it. regenerate NOW""",
    ),
    (
        "en",
        "doc",
        r"""[⟦date:yy#d⟧, ⟦time⟧:14] ⟦p1⟧: Are we still on for Sunday?
[⟦date:yy#d⟧, ⟦time⟧:50] ⟦p2.first⟧: yes!! I'll bring the salad
[⟦date:yy#d⟧, ⟦time⟧:02] ⟦p1⟧: Great. The address is ⟦addr⟧, ring twice
[⟦date:yy#d⟧, ⟦time⟧:09] ⟦phone⟧: Hi it's ⟦p3.first⟧, ⟦p2.first⟧ gave me this number, can I come too?
[⟦date:yy#d⟧, ⟦time⟧:11] ⟦p1⟧: Of course ⟦emo⟧""",
    ),
    (
        "en",
        "doc",
        r"""⟦p1.lf⟧   ⟦ampm⟧
Can someone share the Q3 deck? the link in the invite is broken
⟦p2.lf⟧   ⟦ampm⟧
Here: sharepoint > Finance > Q3 > board_v7.pptx
⟦p1.lf⟧   ⟦ampm⟧
thanks! also ⟦p3.first⟧ asked to move the review to Thursday
⟦p3.lf⟧ joined the chat""",
    ),
    (
        "en",
        "log",
        r"""[⟦time⟧] *** Joins: ⟦p1.user⟧ (~⟦p1.user⟧@⟦ip⟧)
[⟦time⟧] <⟦p1.user⟧> has anyone built ⟦lib⟧ on arm64? getting a linker error
[⟦time⟧] <⟦p2.alias⟧> ⟦p1.user⟧: pastebin the full log
[⟦time⟧] <⟦p1.user⟧> https://paste.debian.net/⟦int:1200000-1399999⟧/
[⟦time⟧] *** Quits: ⟦p3.user⟧ (~⟦p3.user⟧@⟦ip6⟧) (Ping timeout: 240 seconds)""",
    ),
    (
        "en",
        "doc",
        r"""Messages with ⟦p1.first⟧ ⟦emo⟧
⟦pick:Mon~Tue~Wed~Thu~Fri~Sat⟧ ⟦ampm⟧
Them: running late, 10 min
Me: np
Them: actually can u venmo me for the tickets, @⟦p1.handle⟧
Me: done. also my new number is ⟦phone⟧, save it
Them: 👍""",
    ),
    (
        "en",
        "data",
        r"""{
  "event": "customer.updated",
  "data": {
    "object": {
      "id": "cus_⟦hexid⟧",
      "name": "⟦p1|json⟧",
      "email": "⟦p1.email⟧",
      "phone": "⟦phone⟧",
      "address": {"line1": "⟦addr:us|json⟧", "country": "US"},
      "metadata": {"crm_owner": "⟦p2.user⟧"}
    }
  },
  "livemode": true
}""",
    ),
    (
        "en",
        "data",
        r"""dn: uid=⟦p1.user⟧,ou=people,dc=corp,dc=local
objectClass: inetOrgPerson
uid: ⟦p1.user⟧
cn: ⟦p1⟧
sn: ⟦p1.last⟧
givenName: ⟦p1.first⟧
mail: ⟦p1.wemail⟧
telephoneNumber: ⟦phone⟧
userPassword: ⟦pw⟧""",
    ),
    (
        "en",
        "data",
        r"""root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
postgres:x:113:120:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash
⟦p1.user⟧:x:1000:1000:⟦p1⟧,,,:/home/⟦p1.user⟧:/bin/zsh
⟦p2.user⟧:x:1001:1001:⟦p2⟧,Room 214,,:/home/⟦p2.user⟧:/bin/bash""",
    ),
    (
        "en",
        "log",
        r"""lease ⟦ip:priv#l1⟧ {
  starts 3 ⟦date:iso⟧ 08:12:44;
  ends 3 ⟦date:iso⟧ 20:12:44;
  hardware ethernet ⟦mac⟧;
  client-hostname "⟦p1.first⟧-iPhone";
}
lease ⟦ip:priv#l2⟧ {
  starts 3 ⟦date:iso⟧ 09:01:10;
  hardware ethernet ⟦mac⟧;
  client-hostname "LAPTOP-⟦p2.last|upper|fold⟧";
}""",
    ),
    (
        "en",
        "log",
        r"""{"level":"error","ts":"⟦ts⟧","msg":"sentry event","event_id":"⟦hex32⟧","user":{"id":"⟦int:10000-99999⟧","email":"⟦p1.email⟧","ip_address":"⟦ip⟧","username":"⟦p1.user⟧"},"exception":"TypeError: Cannot read properties of undefined (reading 'total')","release":"web@⟦version⟧"}""",
    ),
    (
        "en",
        "log",
        r"""POST /v2/payments HTTP/1.1
Host: api.⟦domain⟧
Authorization: Bearer ⟦jwt⟧
Content-Type: application/json
Cookie: session=⟦bearer⟧; theme=dark
X-Forwarded-For: ⟦ip⟧

{"amount": 4999, "currency": "eur", "customer_email": "⟦p1.email⟧"}

HTTP/1.1 500 Internal Server Error""",
    ),
    (
        "en",
        "code",
        r"""curl -X POST https://api.openai.com/v1/chat/completions \
  -H "Authorization: Bearer ⟦sk⟧" \
  -H "Content-Type: application/json" \
  -d '{"model": "⟦model⟧", "messages": [{"role": "user", "content": "Write a welcome email for ⟦p1⟧"}]}'""",
    ),
    (
        "en",
        "data",
        r""" id  |     name      |          email            | country |   last_login
-----+---------------+---------------------------+---------+-----------------
 ⟦int:10-99⟧ | ⟦p1⟧ | ⟦p1.email⟧ | ⟦country⟧ | ⟦date:iso⟧ ⟦time⟧
 ⟦int:100-199⟧ | ⟦p2⟧ | ⟦p2.email⟧ | ⟦country⟧ | ⟦date:iso⟧ ⟦time⟧
 ⟦int:200-299⟧ | ⟦p3⟧ | ⟦p3.email⟧ | ⟦country⟧ |
(3 rows)""",
    ),
    (
        "en",
        "data",
        r"""Name;Address;Phone;IBAN;Amount
⟦p1⟧;⟦addr:de⟧;⟦phone:de⟧;⟦iban:DE⟧;120,00
⟦p2⟧;⟦addr:nl⟧;⟦phone:nl⟧;⟦iban:NL⟧;75,50
⟦p3⟧;⟦addr:fr⟧;⟦phone:fr⟧;⟦iban:FR⟧;300,00""",
    ),
    (
        "en",
        "code",
        r"""mutation {
  createApplicant(input: {
    fullName: "⟦p1|json⟧"
    email: "⟦p1.email⟧"
    dateOfBirth: "⟦dob:iso⟧"
    passportNumber: "⟦passport⟧"
    referrer: "⟦p2.user⟧"
  }) { id status }
}""",
    ),
    (
        "en",
        "log",
        r"""[⟦ts⟧] INFO  airflow.task: Running <TaskInstance: export_crm.load manual__⟦date:iso⟧>
[⟦ts⟧] INFO  airflow.hooks.base: Using connection ID 'crm_pg' for task execution.
[⟦ts⟧] WARNING - conn uri: postgresql://etl_user:⟦pw⟧@⟦ip:priv⟧:5432/crm
[⟦ts⟧] ERROR - duplicate key value violates unique constraint "contacts_email_key" DETAIL: Key (email)=(⟦p1.email⟧) already exists.""",
    ),
    (
        "en",
        "log",
        r"""Run ./deploy.sh
+ echo 'Deploying as ⟦p1.user⟧'
Deploying as ⟦p1.user⟧
+ export NPM_TOKEN=⟦npm⟧
+ npm publish --access public
npm ERR! code E403
npm ERR! 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fui - You do not have permission to publish "@acme/ui".""",
    ),
    (
        "en",
        "code",
        r"""Host prod-bastion
    HostName ⟦ip⟧
    User ⟦p1.user⟧
    IdentityFile ~/.ssh/id_ed25519

# and here's the key since it isn't working:
⟦pem⟧""",
    ),
    (
        "en",
        "log",
        r"""⟦date:iso⟧ 10:14:22.431  1532  1611 I WifiService: connect networkId=3 ssid="⟦p1.first⟧'s Wi-Fi"
⟦date:iso⟧ 10:14:23.002  1532  1611 D DhcpClient: Received ACK: ip=⟦ip:priv⟧ gw=⟦ip:priv⟧ dns=⟦ip:priv⟧
⟦date:iso⟧ 10:14:23.118  1532  1611 I WifiStateMachine: macAddress=⟦mac⟧ randomized=false""",
    ),
    (
        "en",
        "log",
        r"""⟦date:iso⟧T02:14:09Z DROP IN=eth0 OUT= SRC=⟦ip6⟧ DST=⟦ip6⟧ PROTO=TCP SPT=51522 DPT=22
⟦date:iso⟧T02:14:10Z DROP IN=eth0 OUT= SRC=⟦ip⟧ DST=⟦ip:priv⟧ PROTO=TCP SPT=40110 DPT=3389
⟦date:iso⟧T02:14:12Z ACCEPT IN=eth0 OUT= SRC=⟦ip⟧ DST=⟦ip:priv⟧ PROTO=TCP SPT=443 DPT=58820""",
    ),
    (
        "en",
        "data",
        r"""BEGIN:VCALENDAR
BEGIN:VEVENT
DTSTART:⟦date:compact⟧T150000Z
SUMMARY:Interview – Senior Analyst
ORGANIZER;CN=⟦p1⟧:mailto:⟦p1.wemail⟧
ATTENDEE;CN=⟦p2⟧;ROLE=REQ-PARTICIPANT:mailto:⟦p2.email⟧
ATTENDEE;CN=⟦p3⟧;ROLE=OPT-PARTICIPANT:mailto:⟦p3.wemail⟧
LOCATION:Room 4.12
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "en",
        "log",
        r"""Received: from mail-⟦hexid⟧.outbound.protection.outlook.com ([⟦ip⟧])
        by mx.⟦domain⟧ with ESMTPS id ⟦hexid⟧; ⟦pick:Mon~Tue~Wed⟧, ⟦int:10-28⟧ Oct ⟦year⟧ 08:41:10 +0000
Received: from [⟦ip:priv⟧] (helo=⟦p1.first|lower⟧-laptop)
From: "⟦p1⟧" <⟦p1.email⟧>
Reply-To: ⟦email⟧
Subject: Updated bank details for invoice ⟦invoice⟧""",
    ),
    (
        "en",
        "data",
        r"""Date,Type,Asset,Amount,Destination,TxID
⟦date:iso⟧,Withdrawal,BTC,0.0421,⟦crypto:bc1q⟧,⟦sha256⟧
⟦date:iso⟧,Withdrawal,ETH,1.25,⟦crypto:eth⟧,0x⟦sha256⟧
⟦date:iso⟧,Deposit,LTC,12.0,⟦crypto:ltc⟧,⟦sha256⟧""",
    ),
    (
        "en",
        "data",
        r"""MSH|^~\&|EPIC|⟦pick:MAINHOSP~STLUKE~MERCY⟧|LAB|LAB|⟦date:compact⟧0830||ADT^A04|⟦int:100000-999999⟧|P|2.5
PID|1||⟦int:1000000-9999999⟧^^^MRN||⟦p1.last|upper⟧^⟦p1.first|upper⟧||⟦dob:compact⟧|⟦p1.g:M~F⟧|||⟦addr:us⟧||⟦phone:us⟧|||||⟦ssn:none⟧
NK1|1|⟦p2.last|upper⟧^⟦p2.first|upper⟧|SPO|||⟦phone:us⟧""",
    ),
    (
        "en",
        "code",
        r"""def test_export_customer():
    customer = Customer(
        name="⟦p1⟧",
        email="⟦p1.email⟧",
        iban="⟦iban⟧",
        phone="⟦phone⟧",
    )
    # copied from prod ticket ⟦ticket⟧ to reproduce, TODO anonymize
    assert export(customer)["iban"].startswith("⟦pick:DE~GB~NL~FR⟧")""",
    ),
    (
        "en",
        "data",
        r"""teams:
  payments:
    owners: [⟦p1.user⟧, ⟦p2.user⟧]
    slack: "#payments-oncall"
    escalation: ⟦p3.wemail⟧
  search:
    owners: [⟦p4.user⟧]
    escalation: ⟦p4.wemail⟧""",
    ),
    (
        "en",
        "log",
        r"""⟦ts⟧ auth-service INFO password reset requested user=⟦p1.email⟧ ip=⟦ip⟧
⟦ts⟧ auth-service INFO reset token issued token=⟦bearer⟧ ttl=900
⟦ts⟧ auth-service WARN reset token reused user=⟦p1.email⟧ ip=⟦ip⟧""",
    ),
    (
        "en",
        "code",
        r"""diff --git a/config/settings.py b/config/settings.py
index ⟦ssha⟧..⟦ssha⟧ 100644
--- a/config/settings.py
+++ b/config/settings.py
@@ -12,7 +12,7 @@ DEBUG = False
-ANTHROPIC_API_KEY = os.environ["ANTHROPIC_API_KEY"]
+ANTHROPIC_API_KEY = "⟦ant⟧"  # ⟦p1.first|lower⟧: temp, env var not loading on the box
 ALLOWED_HOSTS = ["⟦host⟧"]""",
    ),
    (
        "en",
        "code",
        r"""// contact-form.js — maintained by ⟦p1⟧ (@⟦p1.handle⟧)
const TELEGRAM_BOT_TOKEN = "⟦tg⟧";
const CHAT_ID = ⟦int:100000000-999999999⟧;

export async function notify(msg) {
  await fetch(`https://api.telegram.org/bot${TELEGRAM_BOT_TOKEN}/sendMessage`, {
    method: "POST",
    body: JSON.stringify({ chat_id: CHAT_ID, text: msg }),
  });
}""",
    ),
    (
        "en",
        "code",
        r"""[core]
    editor = nvim
[user]
    name = ⟦p1⟧
    email = ⟦p1.email⟧
[github]
    user = ⟦p1.handle⟧
    token = ⟦ghpat⟧""",
    ),
    (
        "en",
        "data",
        r"""{"mappings": [{"request": {"method": "GET", "url": "/users/⟦int:1000-9999⟧"}, "response": {"status": 200, "jsonBody": {"firstName": "⟦p1.first|json⟧", "lastName": "⟦p1.last|json⟧", "ssn": "⟦ssn⟧", "email": "⟦p1.email⟧"}}}]}""",
    ),
    # --- more devices, licences, passports, cards, wallets (English) ---
    (
        "en",
        "msg",
        r"""our guest wifi keeps kicking off one device. MAC ⟦mac⟧, it's ⟦p1.first⟧'s laptop. how do i whitelist it on a ⟦pick:UniFi~TP-Link Omada~Meraki⟧ controller?""",
    ),
    (
        "en",
        "log",
        r"""⟦date:iso⟧ 14:02:11 wlan0: STA ⟦mac#a⟧ IEEE 802.11: associated (aid 3)
⟦date:iso⟧ 14:02:11 wlan0: STA ⟦mac#a⟧ WPA: pairwise key handshake completed (RSN)
⟦date:iso⟧ 14:02:12 dnsmasq-dhcp: DHCPACK(wlan0) ⟦ip:priv⟧ ⟦mac#a⟧ ⟦p1.first|lower⟧-pixel
⟦date:iso⟧ 14:09:40 wlan0: STA ⟦mac⟧ IEEE 802.11: disassociated""",
    ),
    (
        "en",
        "data",
        r"""hostname,ip,mac,owner,location
LT-⟦int:1000-9999⟧,⟦ip:priv⟧,⟦mac⟧,⟦p1.user⟧,HQ-3F
LT-⟦int:1000-9999⟧,⟦ip:priv⟧,⟦mac⟧,⟦p2.user⟧,Remote
PRN-2F-01,⟦ip:priv⟧,⟦mac⟧,facilities,HQ-2F
LT-⟦int:1000-9999⟧,⟦ip:priv⟧,⟦mac⟧,⟦p3.user⟧,HQ-3F""",
    ),
    (
        "en",
        "msg",
        r"""my tax preparer says my ITIN ⟦itin⟧ expired because I didn't use it for 3 years. my husband ⟦p1m.first⟧ has an SSN. can we still file jointly this year? what form renews it""",
    ),
    (
        "en",
        "doc",
        r"""IRS Notice CP565 — ITIN Assignment
Date of notice: ⟦date:uslong⟧
Taxpayer: ⟦p1|upper⟧
⟦addr:us:ml⟧

We assigned you an Individual Taxpayer Identification Number (ITIN): ⟦itin⟧
Use this number on all future tax returns. Keep this notice for your records.""",
    ),
    (
        "en",
        "data",
        r"""client_name,tin_type,tin,filing_status,preparer
"⟦p1.lf⟧",ITIN,⟦itin⟧,MFJ,⟦p4.init⟧
"⟦p2.lf⟧",SSN,⟦ssn⟧,Single,⟦p4.init⟧
"⟦p3.lf⟧",ITIN,⟦itin⟧,HOH,⟦p4.init⟧""",
    ),
    (
        "en",
        "msg",
        r"""getting pulled over question: my NY license ⟦dl:ny⟧ is suspended for unpaid tickets i think? how do I check the status online. name on it ⟦p1|upper⟧, DOB ⟦dob:us⟧""",
    ),
    (
        "en",
        "doc",
        r"""CAR RENTAL AGREEMENT  RA# ⟦int:10000000-99999999⟧
Renter: ⟦p1⟧
Driver license: ⟦dl:fl⟧ (FL)   Exp: 2029
Additional driver: ⟦p2⟧, license ⟦dl:tx⟧ (TX)
Vehicle: Toyota Corolla, plate ⟦pick:7KXR221~BTY4410~KLM9932⟧
Pick-up: ⟦date:us⟧ ⟦ampm⟧   Return: ⟦date:us⟧
Card on file: ⟦card⟧""",
    ),
    (
        "en",
        "data",
        r"""driver_id,name,license_no,state,license_exp
D-⟦int:100-999⟧,⟦p1⟧,⟦dl:il⟧,IL,⟦date:iso⟧
D-⟦int:100-999⟧,⟦p2⟧,⟦dl:nj⟧,NJ,⟦date:iso⟧
D-⟦int:100-999⟧,⟦p3⟧,⟦dl:mi⟧,MI,⟦date:iso⟧
D-⟦int:100-999⟧,⟦p4⟧,⟦dl:pa⟧,PA,⟦date:iso⟧""",
    ),
    (
        "en",
        "msg",
        r"""does Ontario let you renew a G licence online if it expired last month? number is ⟦dl:on⟧, I'm ⟦p1⟧. also need to update my address to ⟦addr:ca⟧""",
    ),
    (
        "en",
        "doc",
        r"""PASSENGER MANIFEST – charter ⟦pick:CX~ZZ~VJ⟧⟦int:100-999⟧
Seat  Name                 Nationality  Passport      DOB
2A    ⟦p1.pnr⟧      ⟦country⟧      ⟦passport⟧    ⟦dob:iso⟧
2C    ⟦p2.pnr⟧      ⟦country⟧      ⟦passport⟧    ⟦dob:iso⟧
3A    ⟦p3.pnr⟧      ⟦country⟧      ⟦passport⟧    ⟦dob:iso⟧""",
    ),
    (
        "en",
        "msg",
        r"""I lost my passport in ⟦place⟧ 😭 number was ⟦passport:gb⟧. the police report says "⟦p1|upper⟧". what do I need for the emergency travel document, I fly ⟦weekday⟧""",
    ),
    (
        "en",
        "doc",
        r"""Hotel registration card
Guest: ⟦p1⟧
Nationality: ⟦country⟧
Passport no.: ⟦passport⟧
Date of birth: ⟦dob⟧
Home address: ⟦addr⟧
Arrival ⟦date⟧ / Departure ⟦date⟧   Room ⟦int:100-950⟧
Guarantee: ⟦card:amex⟧""",
    ),
    (
        "en",
        "msg",
        r"""can you check if this card number is even valid before I give it to the florist? ⟦card⟧ exp 11/27 cvv ⟦int:100-999⟧. it's my mom's (⟦p1f⟧), she's ordering for the wedding""",
    ),
    (
        "en",
        "data",
        r"""order_id,customer,card_number,exp,amount,status
⟦order⟧,⟦p1⟧,⟦card⟧,08/27,⟦price:$⟧,captured
⟦order⟧,⟦p2⟧,⟦card⟧,01/26,⟦price:$⟧,declined
⟦order⟧,⟦p3⟧,⟦card⟧,12/28,⟦price:$⟧,captured""",
    ),
    (
        "en",
        "msg",
        r"""donations for ⟦p1.first⟧'s medical bills: BTC ⟦crypto:bc1p⟧ or ETH ⟦crypto:eth⟧. can you write a short post for twitter asking people to share?""",
    ),
    (
        "en",
        "code",
        r"""// payout config, ask ⟦p1.handle⟧ before changing
export const PAYOUT_WALLETS = {
  treasury: "⟦crypto:eth⟧",
  ops: "⟦crypto:eth⟧",
  btcCold: "⟦crypto:btc3⟧",
};
// TODO: move INFURA key out of here
export const INFURA_KEY = "⟦hexkey⟧";""",
    ),
    (
        "en",
        "log",
        r"""⟦ts⟧ sshd[⟦pid⟧]: Accepted publickey for ⟦p1.user⟧ from ⟦ip6⟧ port 50322 ssh2
⟦ts⟧ sudo: ⟦p1.user⟧ : TTY=pts/0 ; PWD=/home/⟦p1.user⟧ ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx
⟦ts⟧ sshd[⟦pid⟧]: Disconnected from user ⟦p1.user⟧ ⟦ip6⟧ port 50322""",
    ),
    (
        "en",
        "log",
        r"""kafka-consumer-7 | ⟦ts⟧ WARN  Deserialization failed at offset ⟦int:100000-9999999⟧: {"order_id": "⟦order⟧", "customer": {"name": "⟦p1|json⟧", "card": "⟦card⟧", "billing": "⟦addr|json⟧"}, "total": "⟦price:$⟧"
kafka-consumer-7 | ⟦ts⟧ INFO  Skipping record, moving to DLQ""",
    ),
    # --- other languages ---
    (
        "es",
        "msg",
        r"""oye me ayudas a escribir un mensaje para ⟦p1.first⟧? le debo 200 euros y quiero decirle que se los paso por Bizum el viernes sin falta. mi número es ⟦phone:es⟧ por si no lo tiene guardado""",
    ),
    (
        "es",
        "doc",
        r"""Estimado/a Sr./Sra. ⟦p1.last⟧:

Le escribo en relación con el contrato de alquiler de la vivienda situada en ⟦addr:es⟧. Desde el ⟦date:es⟧ la caldera no funciona y, pese a mis avisos, nadie ha venido a repararla.

Le ruego que se ponga en contacto conmigo lo antes posible en el ⟦phone:es⟧ o en ⟦p2.email⟧.

Atentamente,
⟦p2⟧""",
    ),
    (
        "es",
        "doc",
        r"""INFORME DE ALTA HOSPITALARIA
Paciente: ⟦p1|upper⟧
Fecha de nacimiento: ⟦dob:eu⟧
Nº historia clínica: ⟦int:100000-999999⟧
Médico responsable: Dra. ⟦p2⟧
Diagnóstico principal: Fractura de radio distal izquierdo.
Tratamiento: Reducción cerrada e inmovilización con férula. Control en consultas externas de Traumatología en 2 semanas.
Acompañante: ⟦p3f.first⟧ (hija), tel. ⟦phone:es⟧""",
    ),
    (
        "es",
        "msg",
        r"""ok so mi tía ⟦p1f.first⟧ quiere que le traduzca esto al inglés pero no sé cómo decir "le dejé el recado a ⟦p2.first⟧ con la vecina". también su email es ⟦p1.email⟧ por si la app lo pide 🙏""",
    ),
    (
        "es",
        "doc",
        r"""CURRÍCULUM VITAE

⟦p1⟧
Fecha de nacimiento: ⟦dob:es⟧
Domicilio: ⟦addr:mx⟧
Cel.: ⟦phone:mx⟧
Correo: ⟦p1.email⟧

EXPERIENCIA
2019 – actual  Coordinador(a) de logística, ⟦company⟧, ⟦city:mx⟧
2015 – 2019    Auxiliar administrativo, ⟦brand⟧

REFERENCIAS
Lic. ⟦p2⟧ — ⟦phone:mx⟧""",
    ),
    (
        "es",
        "doc",
        r"""Asunto: Reclamación por cargo indebido

Buenos días:

Soy ⟦p1⟧, titular de la cuenta con IBAN ⟦iban:ES⟧. El día ⟦date:eu⟧ se me cobró dos veces la cuota de ⟦price:€⟧. Adjunto el extracto.

Solicito la devolución del importe duplicado. Pueden contactarme en ⟦p1.email⟧.

Un saludo,
⟦p1.first⟧""",
    ),
    (
        "es",
        "data",
        r"""nombre;apellidos;correo;teléfono;fecha_nacimiento;ciudad
⟦p1.first⟧;⟦p1.last⟧;⟦p1.email⟧;⟦phone⟧;⟦dob:eu⟧;⟦city⟧
⟦p2.first⟧;⟦p2.last⟧;⟦p2.email⟧;⟦phone⟧;⟦dob:eu⟧;⟦city⟧
⟦p3.first⟧;⟦p3.last⟧;⟦p3.email⟧;;⟦dob:eu⟧;⟦city⟧""",
    ),
    (
        "es",
        "msg",
        r"""buenas tardes, le escribe ⟦p1⟧ desde ⟦city:co⟧. ¿me pueden enviar la factura electrónica a ⟦p1.email⟧? la dirección de entrega es ⟦addr:co⟧, apto del segundo piso. mil gracias""",
    ),
    (
        "pt",
        "msg",
        r"""me ajuda a escrever uma cobrança educada pro ⟦p1m.first⟧? ele me deve 350 reais desde março 😅 minha chave pix é ⟦p2.email⟧ ou o celular ⟦phone:br⟧""",
    ),
    (
        "pt",
        "doc",
        r"""CONTRATO DE LOCAÇÃO RESIDENCIAL

LOCADOR: ⟦p1|upper⟧, brasileiro(a), residente e domiciliado(a) em ⟦addr:br⟧.
LOCATÁRIO: ⟦p2|upper⟧, nascido(a) em ⟦dob:pt⟧, telefone ⟦phone:br⟧, e-mail ⟦p2.email⟧.

CLÁUSULA PRIMEIRA – O LOCADOR dá em locação ao LOCATÁRIO o imóvel situado em ⟦addr:br⟧, pelo prazo de 30 (trinta) meses.

CLÁUSULA SEGUNDA – O aluguel mensal é de ⟦price:R$⟧, com vencimento todo dia 5.""",
    ),
    (
        "pt",
        "doc",
        r"""ATESTADO MÉDICO

Atesto, para os devidos fins, que o(a) paciente ⟦p1⟧, nascido(a) em ⟦dob:eu⟧, esteve sob meus cuidados nesta data, necessitando de afastamento de suas atividades por 3 (três) dias.

⟦city:br⟧, ⟦date:pt⟧.

Dr(a). ⟦p2⟧
CRM-⟦pick:SP~RJ~MG~PR⟧ ⟦int:10000-199999⟧""",
    ),
    (
        "pt",
        "doc",
        r"""[⟦date:eu#d⟧ ⟦time⟧] ⟦p1.first⟧: gente o churrasco é sábado, 13h!!
[⟦date:eu#d⟧ ⟦time⟧] ⟦p2⟧: qual o endereço mesmo?
[⟦date:eu#d⟧ ⟦time⟧] ⟦p1.first⟧: ⟦addr:br⟧, interfone ⟦int:10-99⟧
[⟦date:eu#d⟧ ⟦time⟧] ⟦phone:br⟧: oi, quem é? me adicionaram aqui
[⟦date:eu#d⟧ ⟦time⟧] ⟦p3.nick⟧: é a ⟦p4.first⟧ da facul kkkk""",
    ),
    (
        "pt",
        "msg",
        r"""quero reclamar da entrega, comprei uma geladeira na ⟦pick:Casas Bahia~Magazine Luiza⟧, pedido ⟦order⟧, e até hoje nada. meu nome é ⟦p1⟧, telefone ⟦phone:br⟧. escreve uma reclamação firme pro Reclame Aqui""",
    ),
    (
        "pt",
        "doc",
        r"""⟦p1.g:Exmo. Sr.~Exma. Sra.⟧ ⟦p1⟧,

Venho por este meio solicitar o reembolso da caução referente ao apartamento da ⟦addr:pt⟧, entregue no dia ⟦date:pt⟧ em perfeitas condições.

Agradeço que a transferência seja feita para o IBAN ⟦iban:PT⟧.

Com os melhores cumprimentos,
⟦p2⟧
⟦phone:pt⟧""",
    ),
    (
        "fr",
        "doc",
        r"""Objet : Absence – arrêt maladie

Bonjour ⟦p1.first⟧,

Je vous informe que ⟦p2⟧ sera absent(e) du ⟦date:fr⟧ au ⟦date:fr⟧ inclus (arrêt maladie). Merci de rediriger ses dossiers vers ⟦p3.first⟧ pendant cette période.

Cordialement,
⟦p4⟧
Service RH – ⟦company⟧
Tél. : ⟦phone:fr⟧""",
    ),
    (
        "fr",
        "doc",
        r"""⟦p1⟧
⟦addr:fr:ml⟧
⟦p1.email⟧

⟦company⟧
Service Résiliation

Objet : Résiliation de mon abonnement – lettre recommandée avec AR

Madame, Monsieur,

Par la présente, je vous informe de ma volonté de résilier mon abonnement à compter du ⟦date:fr⟧. Je vous prie de cesser tout prélèvement sur mon compte (IBAN ⟦iban:FR⟧).

Fait à ⟦city:fr⟧, le ⟦date:fr⟧.

⟦p1⟧""",
    ),
    (
        "fr",
        "doc",
        r"""Compte rendu – réunion d'équipe du ⟦date:fr⟧
Présents : ⟦p1⟧, ⟦p2⟧, ⟦p3.init⟧
Excusé(e) : ⟦p4.LF⟧

1. Planning : ⟦p1.first⟧ finalise la maquette avant vendredi.
2. Recrutement : deux candidatures retenues, entretien avec ⟦p5⟧ le ⟦weekday⟧.
3. Divers : le mot de passe du Wi-Fi invités a changé → ⟦pw⟧""",
    ),
    (
        "fr",
        "doc",
        r"""FICHE PATIENT
Nom : ⟦p1.last|upper⟧          Prénom : ⟦p1.first⟧
Né(e) le : ⟦dob:eu⟧
Adresse : ⟦addr:fr⟧
Téléphone : ⟦phone:fr⟧
Médecin traitant : Dr ⟦p2.last⟧
Motif de consultation : douleurs lombaires depuis 3 semaines
Allergies : pénicilline""",
    ),
    (
        "fr",
        "msg",
        r"""slt ⟦p1.first|lower⟧ c ⟦p2.first|lower⟧, jai changé de num: ⟦phone:fr⟧. tu peux me faire le virement pour le week-end? mon iban c ⟦iban:FR⟧ merciii ⟦emo⟧  -- corrige mes fautes stp""",
    ),
    (
        "fr",
        "doc",
        r"""À LOUER – Appartement 2 chambres, ⟦city:be⟧
Libre au 1er du mois prochain. Loyer ⟦price:€⟧ + charges.
Visites : contacter ⟦p1⟧ au ⟦phone:be⟧ (après 18h) ou ⟦p1.email⟧.
Adresse : ⟦addr:be⟧""",
    ),
    (
        "fr",
        "msg",
        r"""allo! peux-tu m'aider à écrire un courriel à ma propriétaire, ⟦p1.g:M.~Mme⟧ ⟦p1.last⟧? le chauffe-eau est brisé depuis lundi. mon adresse c'est ⟦addr:ca⟧ pis mon cell ⟦phone:ca⟧""",
    ),
    (
        "de",
        "doc",
        r"""⟦p1⟧
⟦addr:de:ml⟧

⟦company⟧
Kundenservice

Kündigung meines Vertrags

Sehr geehrte Damen und Herren,

hiermit kündige ich meinen Vertrag fristgerecht zum ⟦date:dlong⟧. Bitte bestätigen Sie mir die Kündigung schriftlich und buchen Sie ab diesem Zeitpunkt keine Beträge mehr von meinem Konto (IBAN ⟦iban:DE⟧) ab.

Mit freundlichen Grüßen
⟦p1⟧""",
    ),
    (
        "de",
        "doc",
        r"""Sehr geehrte Frau ⟦p1f.last⟧,

mit großem Interesse habe ich Ihre Ausschreibung für die Stelle als Sachbearbeiter/in Buchhaltung gelesen. Derzeit bin ich bei ⟦company⟧ in ⟦city:de⟧ tätig …

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
⟦p2⟧
⟦addr:de⟧ · ⟦phone:de⟧ · ⟦p2.email⟧
geb. ⟦dob:de⟧""",
    ),
    (
        "de",
        "doc",
        r"""Sehr geehrte Kollegin, sehr geehrter Kollege,

wir berichten über ⟦p1.g:Herrn~Frau⟧ ⟦p1⟧, geb. am ⟦dob:de⟧, wohnhaft ⟦addr:de⟧, ⟦p1.g:der~die⟧ sich vom ⟦date:de⟧ bis ⟦date:de⟧ in unserer stationären Behandlung befand.

Diagnosen: Akute Cholezystitis; Z. n. laparoskopischer Cholezystektomie.
Procedere: Fadenzug am 10. postoperativen Tag durch den Hausarzt, Dr. ⟦p2.last⟧.

Mit freundlichen kollegialen Grüßen
⟦p3⟧, Oberarzt/Oberärztin""",
    ),
    (
        "de",
        "doc",
        r"""⟦p1.lf⟧  09:14
Moin, hat jemand das Passwort für den Staging-Server? Der alte Link aus Confluence geht nicht mehr
⟦p2.lf⟧  09:15
⟦pw⟧ – aber bitte nicht weitergeben 🙈
⟦p1.lf⟧  09:15
danke! und der User ist ⟦p2.user⟧?
⟦p2.lf⟧  09:16
nein, deploy""",
    ),
    (
        "de",
        "doc",
        r"""Ticket ⟦ticket⟧ – Paket nicht angekommen
Kunde: ⟦p1⟧ (⟦p1.email⟧)
Lieferadresse: ⟦addr:de⟧
Tel.: ⟦phone:de⟧
Bestellnummer: ⟦order⟧

Nachricht des Kunden:
Laut Sendungsverfolgung wurde das Paket am ⟦date:de⟧ zugestellt, ich habe aber nichts bekommen. ⟦p2.g:Mein Nachbar Herr~Meine Nachbarin Frau⟧ ⟦p2.last⟧ hat auch nichts angenommen.""",
    ),
    (
        "de",
        "msg",
        r"""kannst du mir helfen eine nachricht an meinen vermieter herrn ⟦p1.last|lower⟧ zu schreiben? die heizung geht seit 3 tagen nicht und es ist eiskalt. wohnung ist ⟦addr:de⟧, 3. OG links""",
    ),
    (
        "de",
        "data",
        r"""Empfänger;IBAN;Betrag;Verwendungszweck
⟦p1⟧;⟦iban:DE⟧;450,00;Miete ⟦pick:Januar~Februar~März⟧
⟦p2⟧;⟦iban:AT⟧;89,90;Rechnung ⟦invoice⟧
⟦company⟧;⟦iban:DE⟧;1.200,00;Abschlag""",
    ),
    (
        "de",
        "msg",
        r"""Grüezi, ich muss für ⟦p1⟧ einen Antrag ausfüllen, Reisepass-Nr. ⟦passport:de⟧, geboren ⟦dob:de⟧ in ⟦city:ch⟧. Muss das Geburtsdatum im Format TT.MM.JJJJ sein?""",
    ),
    (
        "it",
        "doc",
        r"""Gentili condomini,

vi informiamo che lunedì ⟦date:it⟧ verranno eseguiti i lavori di manutenzione dell'ascensore. Per qualsiasi necessità potete contattare l'amministratore, ⟦p1⟧ (tel. ⟦phone:it⟧, ⟦p1.email⟧).

Il sig. ⟦p2m.last⟧ dell'interno 4 ha gentilmente messo a disposizione il proprio box per il deposito dei materiali.

Cordiali saluti,
⟦p1⟧ – Amministratore di condominio""",
    ),
    (
        "it",
        "doc",
        r"""MODULO DI ISCRIZIONE – Corso di nuoto adulti
Cognome: ⟦p1.last⟧          Nome: ⟦p1.first⟧
Nato/a il: ⟦dob:eu⟧ a ⟦city:it⟧
Residente in: ⟦addr:it⟧
Cellulare: ⟦phone:it⟧
E-mail: ⟦p1.email⟧
Pagamento: bonifico su IBAN ⟦iban:IT⟧""",
    ),
    (
        "it",
        "msg",
        r"""mi aiuti a rispondere a questa recensione? "Pessima esperienza, il proprietario ⟦p1.first⟧ è stato scortese e ci ha fatto aspettare un'ora." — io sono ⟦p2⟧, titolare del ristorante, e quella sera ⟦p1.first⟧ non era nemmeno in servizio""",
    ),
    (
        "nl",
        "msg",
        r"""kun je deze mail vertalen naar het engels? "Beste ⟦p1.first⟧, ik heb het bedrag vandaag overgemaakt naar ⟦iban:NL⟧. Laat je even weten of het is aangekomen? Groetjes, ⟦p2.first⟧" """,
    ),
    (
        "nl",
        "doc",
        r"""HUUROVEREENKOMST WOONRUIMTE

Verhuurder: ⟦p1⟧, wonende te ⟦addr:nl⟧
Huurder: ⟦p2⟧, geboren op ⟦dob:nl⟧, telefoon ⟦phone:nl⟧

Artikel 1 – Het gehuurde betreft de woning gelegen aan ⟦addr:nl⟧.
Artikel 2 – De huurprijs bedraagt ⟦price:€⟧ per maand.""",
    ),
    (
        "nl",
        "doc",
        r"""[⟦date:eudash#d⟧ ⟦time⟧] Mam: wie haalt oma op zondag?
[⟦date:eudash#d⟧ ⟦time⟧] ⟦p1.first⟧: ik kan om 12 uur
[⟦date:eudash#d⟧ ⟦time⟧] ⟦p2.first⟧: top, haar nieuwe adres is ⟦addr:nl⟧
[⟦date:eudash#d⟧ ⟦time⟧] Mam: en neem de rolstoel mee ⟦emo⟧""",
    ),
    (
        "pl",
        "doc",
        r"""Szanowna Pani ⟦p1f⟧,

w odpowiedzi na zgłoszenie z dnia ⟦date:pl⟧ informujemy, że reklamacja została rozpatrzona pozytywnie. Zwrot środków nastąpi na rachunek ⟦iban:PL⟧ w ciągu 14 dni.

W razie pytań prosimy o kontakt pod numerem ⟦phone:pl⟧.

Z poważaniem
⟦p2⟧
Dział Obsługi Klienta""",
    ),
    (
        "pl",
        "msg",
        r"""pomóż mi napisać reklamację, kupiłem telefon w ⟦pick:Media Expert~RTV Euro AGD~x-kom⟧, nr zamówienia ⟦order⟧, ekran pękł po tygodniu. dane: ⟦p1⟧, ⟦addr:pl⟧, tel ⟦phone:pl⟧""",
    ),
    (
        "tr",
        "msg",
        r"""merhaba, ev sahibim ⟦p1⟧ depozitoyu geri vermiyor, 3 aydır oyalıyor. adres: ⟦addr:tr⟧. ona resmi bir mesaj yazar mısın? telefonum ⟦phone:tr⟧""",
    ),
    (
        "tr",
        "doc",
        r"""Sayın ⟦p1⟧,

⟦date:tr⟧ tarihli başvurunuz alınmıştır. Kayıtlarımızda doğum tarihiniz ⟦dob:tr⟧ olarak görünmektedir; hatalı ise lütfen bildiriniz.

İade tutarı ⟦iban:TR⟧ numaralı hesabınıza 5 iş günü içinde aktarılacaktır.

Saygılarımızla,
⟦p2⟧
Müşteri Hizmetleri""",
    ),
    (
        "ru",
        "msg",
        r"""помоги составить письмо арендодателю, его зовут ⟦p1⟧, телефон ⟦phone:ru⟧. хочу расторгнуть договор досрочно и вернуть залог""",
    ),
    (
        "ru",
        "doc",
        r"""РЕЗЮМЕ

⟦p1⟧
Дата рождения: ⟦dob:ru⟧ г.
Телефон: ⟦phone:ru⟧
E-mail: ⟦p1.email⟧
Адрес: ⟦addr:ru⟧

Опыт работы
⟦year⟧ — н. в.  Ведущий бухгалтер, ООО «⟦pick:Вектор~Альфа-Трейд~СеверСтрой⟧»

Рекомендации: ⟦p2⟧, финансовый директор, ⟦phone:ru⟧""",
    ),
    (
        "ru",
        "doc",
        r"""⟦p1.first⟧, [⟦date:de#d⟧ ⟦time⟧]
кто знает пароль от вайфая в офисе?

⟦p2.first⟧, [⟦date:de#d⟧ ⟦time⟧]
⟦pw⟧

⟦p1.first⟧, [⟦date:de#d⟧ ⟦time⟧]
спасибо 🙏 а ⟦p3.first⟧ сегодня будет?""",
    ),
    (
        "uk",
        "doc",
        r"""Директору ⟦company⟧
від ⟦p1⟧,
⟦dob:uk⟧ року народження,
що проживає за адресою: ⟦addr:ua⟧,
тел. ⟦phone:ua⟧

ЗАЯВА

Прошу надати мені щорічну оплачувану відпустку з ⟦date:de⟧ тривалістю 14 календарних днів.

⟦date:de⟧                    ⟦p1.last⟧""",
    ),
    (
        "ja",
        "doc",
        r"""件名：来週の打ち合わせについて

⟦p1.last⟧様

いつもお世話になっております。⟦company⟧の⟦p2⟧です。
来週の打ち合わせですが、⟦date:ja⟧の14時からでいかがでしょうか。

ご不明な点がございましたら、⟦phone:jp⟧までご連絡ください。

よろしくお願いいたします。
⟦p2⟧
⟦p2.wemail⟧""",
    ),
    (
        "ja",
        "msg",
        r"""この履歴書を英語に翻訳してください。
氏名：⟦p1⟧
生年月日：⟦dob:ja⟧
住所：⟦addr:jp⟧
電話番号：⟦phone:jp⟧
メール：⟦p1.email⟧""",
    ),
    (
        "ja",
        "doc",
        r"""⟦p1.first⟧：明日何時に集合？
⟦p2.first⟧：10時に駅前で！
⟦p1.first⟧：了解〜 ⟦p3.last⟧さんも来る？
⟦p2.first⟧：来るって。車出してくれるみたい🚗""",
    ),
    (
        "ja",
        "doc",
        r"""【お問い合わせ内容】
お名前：⟦p1⟧ 様
メールアドレス：⟦p1.email⟧
電話番号：⟦phone:jp⟧
ご注文番号：⟦order⟧
内容：クレジットカード（⟦card⟧）で二重に請求されています。確認をお願いします。""",
    ),
    (
        "zh",
        "msg",
        r"""帮我写一封邮件给⟦p1⟧老师,请假两天,我的孩子⟦p2⟧发烧了,需要在家休息。我的电话是⟦phone:cn⟧。""",
    ),
    (
        "zh",
        "doc",
        r"""个人简历
姓名:⟦p1⟧
出生日期:⟦dob:ja⟧
手机:⟦phone:cn⟧
邮箱:⟦p1.email⟧
地址:⟦addr:cn⟧
工作经历:⟦year⟧年至今 ⟦company⟧ 数据分析师""",
    ),
    (
        "zh",
        "doc",
        r"""⟦p1⟧ ⟦time⟧
@⟦p2⟧ 明天的会议改到下午三点了
⟦p2⟧ ⟦time⟧
收到👌 服务器密码还是 ⟦pw⟧ 吗?
⟦p1⟧ ⟦time⟧
改了,私聊发你""",
    ),
    (
        "ko",
        "msg",
        r"""⟦p1⟧ 과장님께 보낼 메일 좀 다듬어 줘. 다음 주 회의 일정 변경 관련이고, 제 연락처는 ⟦phone:kr⟧ 입니다.""",
    ),
    (
        "ko",
        "doc",
        r"""이력서
성명: ⟦p1⟧
생년월일: ⟦dob:ko⟧
주소: ⟦addr:kr⟧
휴대폰: ⟦phone:kr⟧
이메일: ⟦p1.email⟧
경력: ⟦company⟧ 마케팅팀 (⟦year⟧~현재)""",
    ),
    (
        "ko",
        "doc",
        r"""[⟦p1⟧] [오후 ⟦int:1-11⟧:⟦int:10-59⟧] 와이파이 비번 뭐였지?
[⟦p2⟧] [오후 ⟦int:1-11⟧:⟦int:10-59⟧] ⟦pw⟧
[⟦p1⟧] [오후 ⟦int:1-11⟧:⟦int:10-59⟧] 고마워 ㅎㅎ""",
    ),
    (
        "vi",
        "msg",
        r"""dịch giúp mình sang tiếng anh nhé: "Chào anh ⟦p1m.first⟧, em là ⟦p2⟧. Em gửi anh địa chỉ giao hàng: ⟦addr:vn⟧, sđt ⟦phone:vn⟧. Cảm ơn anh!" """,
    ),
    (
        "vi",
        "doc",
        r"""ĐƠN XIN NGHỈ PHÉP
Kính gửi: Ban Giám đốc ⟦company⟧
Họ và tên: ⟦p1|upper⟧
Ngày sinh: ⟦dob:eu⟧
Bộ phận: Kế toán
Lý do: việc gia đình
Người bàn giao công việc: ⟦p2⟧""",
    ),
    (
        "id",
        "msg",
        r"""tolong bantu bikin surat izin sakit buat anak saya ⟦p1⟧, kelas 5B. wali kelasnya Bu ⟦p2f.first⟧. no hp saya ⟦phone:id⟧ kalau perlu dicantumkan""",
    ),
    (
        "id",
        "doc",
        r"""Kepada Yth.
Bapak/Ibu ⟦p1⟧
di tempat

Dengan hormat,
Bersama ini kami sampaikan bahwa paket atas nama Bapak/Ibu dengan alamat ⟦addr:id⟧ telah dikirim pada ⟦date:id⟧.

Hormat kami,
⟦p2⟧
Customer Service ⟦company⟧ – ⟦phone:id⟧""",
    ),
    (
        "tl",
        "msg",
        r"""pa-translate naman sa english: "Hi ⟦p1.first⟧, natanggap ko na yung padala mo. Salamat talaga! Yung GCash number ko ay ⟦phone:ph⟧ ha, in case mag-send ka ulit." thanks po""",
    ),
    (
        "tl",
        "doc",
        r"""⟦p1.nick⟧: sino mag-aattend sa reunion sa ⟦date:uslong⟧?
⟦p2.first⟧: ako! isasama ko si ⟦p3.first⟧
⟦p1.nick⟧: g! venue is sa bahay nila tita ⟦p4f.first⟧, ⟦addr:ph⟧
⟦p5.handle⟧: omg see u guys 😭""",
    ),
    (
        "hi",
        "msg",
        r"""bhai ek leave application likh do English mein, naam ⟦p1⟧ hai, manager ⟦p2.g:Mr.~Ms.⟧ ⟦p2.last⟧ hain, 3 din ki chhutti chahiye cousin ki shaadi ke liye""",
    ),
    (
        "hi",
        "doc",
        r"""प्रिय ⟦p1⟧ जी,

आपका आवेदन प्राप्त हो गया है। कृपया ⟦date:eu⟧ तक अपने दस्तावेज़ जमा करें। किसी भी जानकारी के लिए ⟦phone:in⟧ पर संपर्क करें।

भवदीय,
⟦p2⟧""",
    ),
    (
        "ar",
        "doc",
        r"""السيد ⟦p1m⟧ المحترم،

تحية طيبة وبعد،

نود إعلامكم بأنه تمت الموافقة على طلبكم رقم ⟦int:10000-99999⟧. للاستفسار يرجى التواصل على الرقم ⟦phone:ae⟧ أو عبر البريد ⟦p2.wemail⟧.

مع خالص التحية،
⟦p2⟧""",
    ),
    (
        "ar",
        "msg",
        r"""ترجم هذا للإنجليزية من فضلك: اسمي ⟦p1⟧، تاريخ الميلاد ⟦dob:eu⟧، رقم جواز السفر ⟦passport⟧، وأسكن في ⟦addr:eg⟧""",
    ),
    (
        "he",
        "msg",
        r"""תתרגם בבקשה לאנגלית: שלום ⟦p1⟧, הכתובת החדשה שלי היא ⟦addr:il⟧ והטלפון ⟦phone:il⟧. תודה, ⟦p2⟧""",
    ),
    (
        "el",
        "doc",
        r"""Αγαπητέ/ή ⟦p1⟧,

σας ενημερώνουμε ότι το ραντεβού σας μεταφέρθηκε στις ⟦date:eu⟧. Για οποιαδήποτε απορία επικοινωνήστε στο ⟦phone:gr⟧.

Με εκτίμηση,
⟦p2⟧""",
    ),
    (
        "sw",
        "msg",
        r"""translate to english pls: "Habari ⟦p1.first⟧, nimekutumia pesa kwa M-Pesa namba ⟦phone:ke⟧ jana jioni. Tafadhali thibitisha ukipokea. Asante, ⟦p2.first⟧" """,
    ),
    (
        "ca",
        "doc",
        r"""Benvolgut/da ⟦p1⟧,

Us confirmem la reserva per a ⟦int:2-8⟧ persones el dia ⟦date:ca⟧ a les 21 h. Si necessiteu fer canvis, truqueu-nos al ⟦phone:es⟧.

Salutacions,
⟦p2⟧""",
    ),
    (
        "sv",
        "doc",
        r"""Hej ⟦p1.first⟧!

Tack för din beställning. Vi har registrerat leveransadressen som ⟦addr:se⟧. Ring mig på ⟦phone:se⟧ om något inte stämmer.

Vänliga hälsningar,
⟦p2⟧""",
    ),
    (
        "fi",
        "msg",
        r"""voitko kääntää tämän englanniksi: "Hei ⟦p1.first⟧, kiitos tapaamisesta. Laskun voi maksaa tilille ⟦iban:FI⟧ eräpäivään mennessä. Terveisin ⟦p2⟧" """,
    ),
    (
        "hu",
        "doc",
        r"""Tisztelt ⟦p1⟧!

Értesítjük, hogy a ⟦date:hu⟧-i időpontra szóló foglalását rögzítettük. Nyilvántartásunk szerint születési dátuma: ⟦dob:hu⟧.

Kérdés esetén hívjon minket: ⟦phone:hu⟧.

Üdvözlettel:
⟦p2⟧""",
    ),
    (
        "cs",
        "msg",
        r"""prosím přelož do angličtiny: "Dobrý den, pane ⟦p1m.last⟧, posílám fakturu za březen. Číslo účtu: ⟦iban:CZ⟧. S pozdravem ⟦p2⟧" """,
    ),
    (
        "ro",
        "doc",
        r"""Stimate domnule/Stimată doamnă ⟦p1.last⟧,

Vă confirmăm că bunurile comandate vor fi livrate la adresa ⟦addr:ro⟧. Pentru detalii, ne puteți contacta la ⟦phone:ro⟧.

Cu stimă,
⟦p2⟧""",
    ),
    (
        "th",
        "msg",
        r"""ช่วยแปลเป็นภาษาอังกฤษหน่อย: สวัสดีค่ะคุณ⟦p1.first⟧ ดิฉันชื่อ⟦p2f⟧ เบอร์โทร ⟦phone:th⟧ ค่ะ ขอเลื่อนนัดเป็นวันศุกร์ได้ไหมคะ""",
    ),
    (
        "de",
        "code",
        r"""# TODO(⟦p1.user⟧): Zugangsdaten in Vault verschieben!!
DB_HOST = "⟦ip:priv⟧"
DB_USER = "reporting"
DB_PASS = "⟦pw⟧"

def lade_kunden():
    # Testkunde von ⟦p2.first⟧: ⟦p2⟧, ⟦p2.email⟧
    ...""",
    ),
    (
        "es",
        "data",
        r"""{"cliente": {"nombre": "⟦p1|json⟧", "email": "⟦p1.email⟧", "telefono": "⟦phone⟧", "direccion": "⟦addr|json⟧", "fecha_nacimiento": "⟦dob:iso⟧"}, "pedido": "⟦order⟧", "total": "⟦price:€⟧"}""",
    ),
    (
        "pt",
        "data",
        r"""INSERT INTO clientes (nome, email, celular, nascimento) VALUES
('⟦p1⟧', '⟦p1.email⟧', '⟦phone:br⟧', '⟦dob:iso⟧'),
('⟦p2⟧', '⟦p2.email⟧', '⟦phone:br⟧', '⟦dob:iso⟧');""",
    ),
    (
        "ja",
        "log",
        r"""⟦ts⟧ ERROR ログイン失敗: user=⟦p1.user⟧ ip=⟦ip⟧ 理由=パスワード不一致
⟦ts⟧ WARN  アカウントロック: user=⟦p1.user⟧ (⟦p1⟧)
⟦ts⟧ INFO  管理者 ⟦p2.user⟧ がロックを解除しました""",
    ),
    (
        "fr",
        "log",
        r"""⟦ts⟧ ERREUR paiement refusé client="⟦p1⟧" carte=⟦card⟧ motif=fonds_insuffisants
⟦ts⟧ INFO   relance envoyée à ⟦p1.email⟧""",
    ),
    (
        "de",
        "msg",
        r"""hey, kurze frage zum Deploy: ⟦p1.first⟧ meinte wir sollen den neuen token nehmen (⟦glpat⟧) aber die pipeline sagt immer noch 401 unauthorized. woran kann das liegen? runner ist ⟦host⟧""",
    ),
    (
        "es",
        "msg",
        r"""mi jefe ⟦p1.fl⟧ me pidió que le mandara mis datos para la nómina: cuenta ⟦iban:ES⟧, dirección ⟦addr:es⟧, nacido el ⟦dob:es⟧. ¿es normal que los pida por whatsapp? me da mala espina""",
    ),
    (
        "pt",
        "msg",
        r"""oi! preciso de ajuda pra preencher o formulário do visto. nome completo: ⟦p1|upper⟧, passaporte ⟦passport:br⟧, data de nascimento ⟦dob:eu⟧, endereço ⟦addr:br⟧. o campo pede "nome do pai": ⟦p2⟧""",
    ),
    (
        "it",
        "log",
        r"""⟦ts⟧ [WARN] tentativo di accesso fallito per l'utente ⟦p1.user⟧ da ⟦ip⟧
⟦ts⟧ [INFO] email di avviso inviata a ⟦p1.email⟧""",
    ),
    (
        "fr",
        "msg",
        r"""Bonjour, je suis ⟦p1⟧, né(e) le ⟦dob:fr⟧. Mon numéro de permis de conduire est ⟦dl:fr⟧ et je voudrais savoir comment le convertir en permis canadien. Merci!""",
    ),
]

# ---------------------------------------------------------------------------------------
# Texts with nothing to remove (look-alikes only)
# ---------------------------------------------------------------------------------------

CLEAN: list[tuple[str, str, str]] = [
    (
        "en",
        "msg",
        r"""how do i install ⟦lib⟧ ⟦version⟧ on python 3.12? pip says "No matching distribution found" and i'm on an M2 mac""",
    ),
    (
        "en",
        "log",
        r"""Traceback (most recent call last):
  File "/usr/lib/python3.11/asyncio/runners.py", line 190, in run
    return runner.run(main)
  File "/app/src/worker.py", line 57, in main
    await consume(queue)
  File "/app/src/worker.py", line 31, in consume
    total = payload["total"]
KeyError: 'total'""",
    ),
    (
        "en",
        "log",
        r"""#12 [build 4/7] RUN pip install --no-cache-dir -r requirements.txt
#12 14.21 Successfully installed ⟦lib⟧-⟦version⟧ ⟦lib⟧-⟦version⟧
#13 [stage-1 2/3] COPY --from=build /app /app
#14 exporting to image
#14 writing image sha256:⟦sha256⟧ done
#14 naming to registry.example.com/shop/api:⟦ssha⟧ done""",
    ),
    (
        "en",
        "code",
        r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  labels: {app: checkout, tier: backend}
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/checkout:⟦version⟧@sha256:⟦sha256⟧
          ports: [{containerPort: ⟦port⟧}]
          env:
            - name: DB_PASSWORD
              valueFrom: {secretKeyRef: {name: checkout-db, key: password}}""",
    ),
    (
        "en",
        "msg",
        r"""whats the difference between Julia and Python for numerical work? is Julia actually faster for ODE solvers or is that marketing""",
    ),
    (
        "en",
        "msg",
        r"""convert this recipe to metric please: 2 cups flour, 1 stick butter, 3/4 cup sugar, 2 eggs, 1 tsp vanilla, bake 350F for 25 min""",
    ),
    (
        "en",
        "msg",
        r"""Write a product description for our new hoodie (SKU ⟦sku⟧), heavyweight cotton, oversized fit, ⟦price:$⟧. Tone: playful, Gen Z, no emojis.""",
    ),
    (
        "en",
        "doc",
        r"""Your order ⟦order⟧ has shipped! 📦

Tracking number: ⟦tracking⟧
Carrier: ⟦pick:UPS~DHL~FedEx~USPS⟧
Estimated delivery: ⟦date:uslong⟧

Items: 1× Ceramic pour-over set (⟦price:$⟧), 2× Filter papers (⟦price:$⟧)
Questions? Reply to this email or visit our help center.""",
    ),
    (
        "en",
        "code",
        r"""$ git status
On branch feature/⟦ticket|lower⟧-retry-backoff
Your branch is ahead of 'origin/main' by 2 commits.

Changes not staged for commit:
	modified:   src/http/client.ts
	modified:   package.json

$ git log --oneline -3
⟦ssha⟧ add exponential backoff to fetch wrapper
⟦ssha⟧ bump ⟦lib⟧ to ⟦version⟧
⟦ssha⟧ Merge pull request #⟦int:100-9999⟧ from acme/release-⟦version⟧""",
    ),
    (
        "en",
        "data",
        r"""    "node_modules/⟦lib⟧": {
      "version": "⟦version⟧",
      "resolved": "https://registry.npmjs.org/⟦lib⟧/-/⟦lib⟧-⟦version⟧.tgz",
      "integrity": "sha512-⟦b64⟧",
      "dev": true
    },""",
    ),
    (
        "en",
        "code",
        r"""server {
    listen 0.0.0.0:80;
    server_name shop.⟦domain⟧;

    location / {
        proxy_pass http://127.0.0.1:⟦port⟧;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
    }
}""",
    ),
    (
        "en",
        "msg",
        r"""is ⟦place⟧ worth visiting in ⟦pick:May~October~early spring~winter⟧? we have 3 days, thinking of also driving to ⟦place⟧. budget around ⟦price:$⟧ for the whole trip""",
    ),
    (
        "en",
        "doc",
        r"""⟦brand⟧ shares rose 4.2% in early trading after the company reported quarterly revenue of $⟦int:2-90⟧.⟦int:1-9⟧ billion, beating analyst estimates. Rival ⟦brand⟧ fell 1.1%. The results, released on ⟦date:uslong⟧, showed strong demand in ⟦place⟧ and across Latin America.""",
    ),
    (
        "en",
        "msg",
        r"""compare ⟦brand⟧ and ⟦brand⟧ as long-term investments. dividend yield, debt, P/E — just the numbers as of your knowledge cutoff pls""",
    ),
    (
        "en",
        "msg",
        r"""solve for x: 3x² − 12x + 9 = 0, and explain each step like I'm in 9th grade. my teacher wants the quadratic formula not factoring""",
    ),
    (
        "en",
        "code",
        r"""CREATE TABLE users (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email       text NOT NULL UNIQUE,
    full_name   text,
    phone       text,
    birth_date  date,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_email_lower_idx ON users (lower(email));
-- why does the planner ignore this index for WHERE email ILIKE '%foo%'?""",
    ),
    (
        "en",
        "data",
        r"""{"data": [{"id": "⟦uuid⟧", "status": "paid", "amount": ⟦int:100-99999⟧, "currency": "usd", "created": ⟦epoch⟧}, {"id": "⟦uuid⟧", "status": "refunded", "amount": ⟦int:100-99999⟧, "currency": "eur", "created": ⟦epoch⟧}], "has_more": false, "request_id": "req_⟦hexid⟧"}""",
    ),
    (
        "en",
        "log",
        r"""127.0.0.1 - - [⟦int:10-28⟧/Jan/⟦year⟧:10:01:22 +0000] "GET /api/v1/health HTTP/1.1" 200 17 "-" "curl/8.5.0"
127.0.0.1 - - [⟦int:10-28⟧/Jan/⟦year⟧:10:01:52 +0000] "GET /api/v1/health HTTP/1.1" 200 17 "-" "curl/8.5.0"
127.0.0.1 - - [⟦int:10-28⟧/Jan/⟦year⟧:10:02:22 +0000] "GET /metrics HTTP/1.1" 200 8811 "-" "Prometheus/2.51.0" """,
    ),
    (
        "en",
        "code",
        r"""variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "main" {
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.t4g.medium"
  password          = var.db_password
  allocated_storage = 100
  vpc_security_group_ids = [aws_security_group.db.id]
}
# ingress cidr_blocks = ["⟦cidr⟧"] — is that too open?""",
    ),
    (
        "en",
        "code",
        r"""# .env.example — copy to .env and fill in
OPENAI_API_KEY=your-key-here
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app
REDIS_URL=redis://localhost:6379/0
LOG_LEVEL=info
FEATURE_FLAGS=new_checkout,dark_mode""",
    ),
    (
        "en",
        "msg",
        r"""my Alexa keeps mishearing me when I ask for the weather in ⟦place⟧, it gives me ⟦place⟧ instead. any setting to fix that? echo dot 5th gen""",
    ),
    (
        "en",
        "msg",
        r"""translate into german and french: "The meeting has been moved to Thursday at 3 pm. Please bring the signed forms." """,
    ),
    (
        "en",
        "data",
        r"""| Product | SKU | Price | Stock |
|---|---|---|---|
| Trail runner GTX | ⟦sku⟧ | ⟦price:$⟧ | 14 |
| Merino crew sock | ⟦sku⟧ | ⟦price:$⟧ | 230 |
| Packable rain shell | ⟦sku⟧ | ⟦price:$⟧ | 0 |""",
    ),
    (
        "en",
        "data",
        r"""region,quarter,revenue_usd,units
North America,Q1,⟦int:100000-999999⟧,⟦int:100-9999⟧
EMEA,Q1,⟦int:100000-999999⟧,⟦int:100-9999⟧
APAC,Q1,⟦int:100000-999999⟧,⟦int:100-9999⟧
LATAM,Q1,⟦int:100000-999999⟧,⟦int:100-9999⟧""",
    ),
    (
        "en",
        "msg",
        r"""ModuleNotFoundError: No module named 'pandas' but i literally just did pip install pandas?? using ⟦pick:VS Code~PyCharm~Jupyter⟧ on windows""",
    ),
    (
        "en",
        "msg",
        r"""what regex should I use to roughly validate email addresses in a signup form? something like ^[\w.+-]+@[\w-]+\.[\w.]+$ good enough?""",
    ),
    (
        "en",
        "msg",
        r"""explain semantic versioning. why does our internal tool use 4 numbers like ⟦ver4⟧ and is ⟦version⟧ < ⟦version⟧ always true lexicographically?""",
    ),
    (
        "en",
        "doc",
        r"""MATCH REPORT: ⟦pick:Chelsea~Everton~Fulham~Brentford⟧ 2–1 ⟦pick:Aston Villa~Brighton~Wolves~Burnley⟧
The hosts came from behind at the Bridge on ⟦weekday⟧ night, with two goals in the last ten minutes. The win lifts them to seventh, three points off the European places. Attendance: ⟦int:30000-41000⟧.""",
    ),
    (
        "en",
        "data",
        r"""{"location": {"name": "⟦place⟧", "lat": ⟦int:10-59⟧.⟦int:1000-9999⟧, "lon": -⟦int:10-120⟧.⟦int:1000-9999⟧}, "current": {"temp_c": ⟦int:0-35⟧, "condition": "Partly cloudy", "wind_kph": ⟦int:2-40⟧}, "updated": "⟦ts⟧"}""",
    ),
    (
        "en",
        "msg",
        r"""grocery list, sort by aisle pls: oat milk, bananas, tortillas, cumin, frozen peas, ⟦pick:Heinz~Kellogg's~Ben & Jerry's⟧ stuff, eggs, paper towels, limes""",
    ),
    (
        "en",
        "code",
        r"""FROM python:3.12-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1
WORKDIR /srv
COPY pyproject.toml uv.lock ./
RUN pip install uv==⟦version⟧ && uv sync --frozen --no-dev
COPY src ./src
EXPOSE ⟦port⟧
CMD ["uvicorn", "src.main:app", "--host", "0.0.0.0", "--port", "⟦port⟧"]""",
    ),
    (
        "en",
        "code",
        r"""name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20, registry-url: "https://registry.npmjs.org"}
      - run: npm ci && npm publish
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}""",
    ),
    (
        "en",
        "log",
        r"""error[E0502]: cannot borrow `cache` as mutable because it is also borrowed as immutable
  --> src/store.rs:48:9
   |
45 |     let entry = cache.get(&key);
   |                 ----- immutable borrow occurs here
48 |         cache.insert(key, value);
   |         ^^^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here
For more information about this error, try `rustc --explain E0502`.""",
    ),
    (
        "en",
        "log",
        r"""Incident Identifier: ⟦uuid|upper⟧
Hardware Model:      iPhone15,2
Version:             ⟦version⟧ (⟦int:100-999⟧)
OS Version:          iPhone OS 17.4.1 (21E236)
Exception Type:  EXC_BAD_ACCESS (SIGSEGV)
Thread 0 Crashed:
0   libobjc.A.dylib   0x00000001a2b3c4d8 objc_msgSend + 8
1   MyApp             0x0000000104f1e2a0 -[FeedViewController reload] + 212""",
    ),
    (
        "en",
        "doc",
        r"""AGENDA — Annual General Meeting
1. Welcome and apologies (Chair)
2. Minutes of last AGM
3. Treasurer's report — reserves and the roof fund
4. Election of committee officers
5. Any other business
Refreshments from 6:30 pm, meeting starts 7:00 pm in the community hall.""",
    ),
    (
        "en",
        "doc",
        r"""Remote Work Policy (v⟦version⟧)
Employees may work remotely up to three days per week with manager approval. Core collaboration hours are 10:00–15:00 local time. Company equipment must be used on a secured network; public Wi-Fi requires the VPN. This policy is reviewed annually by People Operations and Legal.""",
    ),
    (
        "en",
        "doc",
        r"""7. LIMITATION OF LIABILITY. TO THE MAXIMUM EXTENT PERMITTED BY LAW, IN NO EVENT SHALL THE COMPANY BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR PUNITIVE DAMAGES, OR ANY LOSS OF PROFITS OR REVENUES, WHETHER INCURRED DIRECTLY OR INDIRECTLY.""",
    ),
    (
        "en",
        "doc",
        r"""JUST LISTED — 3 bed / 2 bath craftsman in the heart of ⟦place⟧. Original hardwood floors, updated kitchen, detached garage, walk to the farmers market. Offered at ⟦price:$⟧. Open house ⟦weekday⟧ 1–4 pm.""",
    ),
    (
        "en",
        "msg",
        r"""is an A1c of 7.4 bad? doctor said "borderline" but google says it's diabetes range. what questions should i ask at the follow up""",
    ),
    (
        "en",
        "code",
        r"""Hi {{ first_name }},

Your subscription to {{ plan_name }} renews on {{ renewal_date | date("MMM d, yyyy") }}.
{% if discount %}You'll save {{ discount }}% this year!{% endif %}

— The {{ company_name }} team""",
    ),
    (
        "en",
        "doc",
        r"""Ladies and gentlemen, flight ⟦pick:BA~LH~AF~UA~TK⟧ ⟦int:100-999⟧ to ⟦place⟧ is now boarding at gate ⟦pick:A~B~C~D⟧⟦int:1-40⟧. Passengers in group 1 and those needing assistance are welcome to board. Please have your boarding pass ready.""",
    ),
    ("en", "msg", r"""Write me a haiku about ⟦product⟧ crashing at 3 am again"""),
    (
        "en",
        "msg",
        r"""Which is better for a small team, Jenkins or GitHub Actions? we have ~40 repos, mostly ⟦lib⟧ services, self-hosted runners on ⟦pick:Hetzner~AWS~GCP⟧""",
    ),
    (
        "en",
        "log",
        r"""⟦ts⟧ INFO  scheduler: job sync_inventory started run_id=⟦uuid⟧
⟦ts⟧ WARN  upstream ⟦host⟧ responded 503, retrying in 30s (attempt 2/5)
⟦ts⟧ INFO  scheduler: job sync_inventory finished in 74.2s rows=⟦int:1000-99999⟧""",
    ),
    (
        "en",
        "msg",
        r"""Victoria or Vancouver for a week in ⟦pick:July~September⟧? we like hiking and seafood, no car. also is the ferry from ⟦place⟧ expensive""",
    ),
    (
        "en",
        "data",
        r"""ticker,date,open,close,volume
TSLA,⟦date:iso⟧,⟦int:150-300⟧.12,⟦int:150-300⟧.87,⟦int:50000000-150000000⟧
F,⟦date:iso⟧,12.04,12.31,⟦int:30000000-90000000⟧
WFC,⟦date:iso⟧,⟦int:40-70⟧.55,⟦int:40-70⟧.10,⟦int:10000000-30000000⟧""",
    ),
    (
        "en",
        "msg",
        r"""my Ruby on Rails app throws "ActiveRecord::ConnectionTimeoutError" under load, pool is 5, puma threads 16. what should the numbers be?""",
    ),
    (
        "en",
        "code",
        r"""# Generated by ⟦lib⟧ ⟦version⟧
[tool.poetry.dependencies]
python = "^3.11"
django = "^5.0"
celery = {version = "^5.3", extras = ["redis"]}
sphinx = {version = "^7.2", optional = true}""",
    ),
    (
        "es",
        "msg",
        r"""¿cómo instalo ⟦lib⟧ en Windows sin permisos de administrador? me sale "Access is denied" con pip""",
    ),
    (
        "es",
        "doc",
        r"""Receta de tortilla de patatas (4 personas): 5 huevos, 3 patatas medianas, 1 cebolla, aceite de oliva y sal. Pelar y cortar las patatas en láminas finas, freír a fuego lento 20 minutos, batir los huevos, mezclar y cuajar por ambos lados.""",
    ),
    (
        "de",
        "msg",
        r"""Was ist der Unterschied zwischen Kafka und RabbitMQ? Wir haben ca. 2000 Nachrichten pro Sekunde und brauchen Reihenfolge pro Kunde.""",
    ),
    (
        "de",
        "doc",
        r"""Sehr geehrte Fahrgäste, der ICE ⟦int:500-1999⟧ nach ⟦city:de⟧ hat heute circa ⟦int:10-90⟧ Minuten Verspätung aufgrund einer Signalstörung. Wir bitten um Entschuldigung. Anschlusszüge in ⟦city:de⟧ werden nach Möglichkeit abgewartet.""",
    ),
    (
        "fr",
        "msg",
        r"""Peux-tu m'expliquer la différence entre Julia et R pour les statistiques ? Je suis en master et mon directeur utilise Julia.""",
    ),
    (
        "pt",
        "msg",
        r"""qual a diferença entre Django e Flask pra uma API pequena? vou hospedar na ⟦pick:Vercel~Render~AWS⟧ e o orçamento é tipo ⟦price:R$⟧ por mês""",
    ),
    (
        "ja",
        "msg",
        r"""Pythonで⟦lib⟧のバージョン⟦version⟧をインストールするとエラーになります。Windows 11、Python 3.12です。原因は何でしょうか?""",
    ),
    (
        "zh",
        "msg",
        r"""如何在 Docker 中部署 ⟦lib⟧?我的服务监听 0.0.0.0:⟦port⟧,但是容器外访问不到。""",
    ),
    (
        "ko",
        "msg",
        r"""⟦brand⟧ 주가가 오늘 왜 떨어졌는지 요약해줘. 그리고 ⟦brand⟧랑 비교해서 장기 투자로 어떤지도.""",
    ),
    (
        "it",
        "doc",
        r"""Ricetta della carbonara: 320 g di spaghetti, 150 g di guanciale, 4 tuorli, 50 g di pecorino romano, pepe nero. Niente panna! Rosolare il guanciale, mantecare la pasta fuori dal fuoco con tuorli e pecorino.""",
    ),
    (
        "nl",
        "msg",
        r"""wat is het verschil tussen de Tesla Model 3 en de Model Y qua actieradius in de winter? ik rij vooral tussen ⟦city:nl⟧ en ⟦city:nl⟧""",
    ),
    (
        "ru",
        "msg",
        r"""Как настроить nginx как reverse proxy для 127.0.0.1:⟦port⟧? Сейчас получаю 502 Bad Gateway, в логах "connect() failed (111: Connection refused)".""",
    ),
    (
        "tr",
        "msg",
        r"""İstanbul'dan ⟦place⟧'a en ucuz nasıl gidilir? ⟦pick:Ekim~Kasım~Mart⟧ ayında gitmeyi düşünüyorum, bütçem ⟦price:€⟧ civarı.""",
    ),
    (
        "id",
        "msg",
        r"""apa bedanya Gojek dan Grab buat driver? mana yang potongannya lebih kecil di ⟦city:id⟧?""",
    ),
    (
        "pl",
        "msg",
        r"""jak przekonwertować CSV do JSON w Pythonie bez pandas? plik ma ok. 2 GB i średniki jako separator""",
    ),
    (
        "vi",
        "msg",
        r"""giải thích giúp mình lỗi này với: KeyError: 'total' khi chạy ⟦lib⟧ ⟦version⟧ trên Ubuntu 22.04""",
    ),
    (
        "fr",
        "log",
        r"""⟦ts⟧ AVERTISSEMENT disque /var/lib/postgresql presque plein (91 %)
⟦ts⟧ INFO purge des journaux antérieurs au ⟦date:fr⟧ terminée, ⟦int:2-40⟧ Go libérés""",
    ),
    (
        "de",
        "data",
        r"""Artikel;Menge;Einzelpreis;Summe
Schrauben M6x40;200;0,08;16,00
Dübel 8 mm;200;0,05;10,00
Bosch Akkuschrauber GSR 12V;1;⟦int:80-160⟧,99;⟦int:80-160⟧,99""",
    ),
    (
        "es",
        "log",
        r"""⟦ts⟧ ERROR no se pudo conectar a la base de datos en localhost:5432 (timeout tras 30 s)
⟦ts⟧ INFO reintento 3/5 para el trabajo ⟦uuid⟧""",
    ),
    (
        "pt",
        "doc",
        r"""Seu pedido ⟦order⟧ foi entregue! 📦 Avalie sua compra na ⟦pick:Magazine Luiza~Casas Bahia~Americanas⟧ e ganhe 5% de desconto na próxima. Código de rastreio: ⟦tracking⟧.""",
    ),
    (
        "ja",
        "doc",
        r"""【重要】システムメンテナンスのお知らせ
⟦date:ja⟧ 2:00〜5:00 の間、サービスを停止いたします。対象バージョン：⟦version⟧。ご迷惑をおかけしますが、ご理解のほどよろしくお願いいたします。""",
    ),
    (
        "en",
        "msg",
        r"""what's the best way to store an API key in a React Native app? i know i shouldn't hardcode it like const KEY = "xxx" but what do people actually do""",
    ),
    (
        "en",
        "log",
        r"""WARN  [main] o.a.k.c.NetworkClient : [Consumer clientId=orders-1, groupId=orders] Connection to node -1 (localhost/127.0.0.1:9092) could not be established. Broker may not be available.
INFO  [main] o.a.k.c.c.i.AbstractCoordinator : Discovered group coordinator kafka-0.kafka.svc.cluster.local:9092 (id: 2147483647 rack: null)""",
    ),
    (
        "en",
        "msg",
        r"""tips for a job interview at ⟦brand⟧ for a junior data analyst role? they said there's a SQL test and a case study on ⟦pick:churn~pricing~inventory⟧""",
    ),
    (
        "en",
        "data",
        r"""sku,name,color,size,price_eur
⟦sku⟧,Jasmine tea tin,green,250g,⟦int:5-20⟧.90
⟦sku⟧,Earl Grey,black,100g,⟦int:5-20⟧.50
⟦sku⟧,Rooibos Vanilla,red,200g,⟦int:5-20⟧.00""",
    ),
]
