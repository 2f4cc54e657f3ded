"""Span table for sanitizer 1.12.0's names in their own scripts: the speakers of chat exports
(KakaoTalk, LINE, WeChat) whatever their script; Japanese names spaced between surname
and given name, and their one-letter surnames mentioned again; Korean names introducing
themselves or before a particle used for people; Chinese names with a common given name,
and a letter's signer; a name in its own script on the line beside its romanized form; form
keys of person fields in Chinese, Japanese, Korean, Thai and Hindi; Devanagari first names
found by their romanization among India's first names, and Bengali and Tamil ones the same
way; Arabic and Hebrew first names from
curated lists, with the names and surnames after them; accounts in a Telegram aside, a Reddit
`u/`, a pasted review's `**author**`, a directory's `uid=`, a booking link and a `Snap:` key.
Near-misses: words that are also names without a cue, the article, greetings, verbs,
headings, role words, SQL variables, and a phone number that passes the Luhn check."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "chat exports": [
        (
            "[김혜진] [오후 7:12] 내일 생일파티 몇 시야?\n[오지호] [오후 7:13] 6시! 비밀 ㅋㅋ\n"
            "[김혜진] [오후 7:15] 장소 다시 알려줘",
            {("PERSON", "김혜진"), ("PERSON", "오지호")},
        ),
        (
            "胡涛 2024-09-14 09:12\n@周娟 合同我已经发到您邮箱了，请查收。\n周娟 2024-09-14 09:30\n"
            "收到。\n胡涛 2024-09-14 09:41\n好的",
            {("PERSON", "胡涛"), ("PERSON", "周娟")},
        ),
        (
            "[LINE] トーク履歴\n2023-04-01\n18:02\tさくら\t今日の飲み会、行く？\n"
            "18:03\t美咲\tまじで？\n18:05\tさくら\t集合は駅ね。",
            {("PERSON", "さくら"), ("PERSON", "美咲")},
        ),
        (
            "[22/04/2023 9:15 م] عمر عبد الله: السلام عليكم\n[22/04/2023 9:17 م] دينا عيسى: "
            "وعليكم السلام\n[22/04/2023 9:18 م] عمر عبد الله: الحمد لله",
            {("PERSON", "عمر عبد الله"), ("PERSON", "دينا عيسى")},
        ),
        # one speaker once: a form, not a chat
        ("时间 2024-09-14 09:12\n会议室 A", set()),
    ],
    "japanese": [
        (
            "出席者：森 蓮、林 千尋（敬称略）\n・森より説明があった。\n・林から提案があった。",
            {("PERSON", "森 蓮"), ("PERSON", "林 千尋"), ("PERSON", "森"), ("PERSON", "林")},
        ),
        ("青葉商事株式会社の佐々木 真由美です。", {("PERSON", "佐々木 真由美")}),
        (
            "よろしくお願いいたします。\n\n森 奈々\n青葉商事株式会社 営業部",
            {("PERSON", "森 奈々")},
        ),
        ("佐々木部長にご連絡ください。", {("PERSON", "佐々木")}),
        # a heading, a department and its title: no names
        ("第一章 概要\nこの文書では設計について説明します。", set()),
        ("営業部 部長\nよろしくお願いします。", set()),
    ],
    "korean": [
        ("안녕하세요. 인사팀 한서연입니다.", {("PERSON", "한서연")}),
        ("늦으면 윤도윤한테 연락해.", {("PERSON", "윤도윤")}),
        # a user, a mother, everyone: people, but no names
        ("사용자에게 알림을 보냅니다. 어머니께 전화했어요. 여러분께 감사드립니다.", set()),
    ],
    "chinese": [
        ("如有问题请联系我的同事欧阳志强。", {("PERSON", "欧阳志强")}),
        ("客服马梓涵也不处理。", {("PERSON", "马梓涵")}),
        ("会议改到周三。\n谢谢！\n高磊", {("PERSON", "高磊")}),
        # a nation founded, "obviously", a clever idea, a kingdom, gold; a question after thanks
        ("中华人民共和国建国以来，我们明明知道高明的办法。王国和黄金。", set()),
        ("谢谢！\n请问什么时候发货", set()),
    ],
    "both scripts": [
        (
            "Initech Japan KK\n中村千尋\nCHIHIRO NAKAMURA\nSales Director",
            {("PERSON", "中村千尋"), ("PERSON", "CHIHIRO NAKAMURA")},
        ),
    ],
    "person keys": [
        ("证明人：何秀英（部门经理）", {("PERSON", "何秀英")}),
        (
            "发件人：高磊 <lei_gao@example.cn>",
            {("PERSON", "高磊"), ("EMAIL_ADDRESS", "lei_gao@example.cn")},
        ),
        ("배송기사: 최지우", {("PERSON", "최지우")}),
        ("บุคคลอ้างอิง: นภัสสร แก้วมณี", {("PERSON", "นภัสสร แก้วมณี")}),
    ],
    "devanagari": [
        ("कल राहुल की शादी की तैयारी है।", {("PERSON", "राहुल")}),
        ("महोदय,\n\nमैं प्रकाश कपूर, निवासी फ्लैट 513", {("PERSON", "प्रकाश कपूर")}),
        ("हलवाई अमित मेहता का नंबर बदल गया है।", {("PERSON", "अमित मेहता")}),
        ("मैं पूजा जी को भी ले आऊँगा।", {("PERSON", "पूजा")}),
        ("प्रिया मौसी की शादी जून में है।", {("PERSON", "प्रिया")}),
        # worship, a poem, the evening: words that are names, without a cue
        (
            "कल पूजा है। यह कविता सुंदर है। शाम को मिलते हैं।",
            set(),
        ),  # Bengali and Tamil: the same romanization, Tamil tried voiced and unbroken
        (
            "প্রিয় সুমন, আমি অর্পিতা ঘোষ। আমার ফোন নম্বর বদলেছে।",
            {("PERSON", "সুমন"), ("PERSON", "অর্পিতা ঘোষ")},
        ),
        (
            "அன்புள்ள பிரியா, டாக்டர் கணேஷ் சந்திரசேகரன் அவர்களுடன் சந்திப்பு.",
            {("PERSON", "பிரியா"), ("PERSON", "கணேஷ் சந்திரசேகரன்")},
        ),
        # "my" and "admission" in Bengali: words, not the names Amar and Bharti
        ("আমার ভর্তি ফর্ম জমা দিয়েছি।", set()),
    ],
    "arabic": [
        ("تم تحويل المبلغ إلى حسن منصور على الحساب.", {("PERSON", "حسن منصور")}),
        ("يرجى الاتصال بمديرة حسابك ياسمين الشمري.", {("PERSON", "ياسمين الشمري")}),
        ("هل وصل محمد إلى المطار؟", {("PERSON", "محمد")}),
        ("بدعوتكم لحضور حفل زفاف كريم ولجين", {("PERSON", "كريم ولجين")}),
        # light, hope, "improve my CV", "I must": words that are names, without a cue
        ("هذا نور الشمس. لدينا أمل كبير. حسّن سيرتي الذاتية. يجب علي أن أذهب.", set()),
    ],
    "hebrew": [
        ("מישהו יכול לאסוף את יוסי מהגן היום?", {("PERSON", "יוסי")}),
        ("הפגישה נקבעה עם שני פרידמן.", {("PERSON", "שני פרידמן")}),
        ("אפשר לאסוף את טל ואת רון?", {("PERSON", "טל"), ("PERSON", "רון")}),
        ("אמרתי ליוסי שנאחר.", {("PERSON", "ליוסי")}),
        # Monday, sunlight, the book, a heat wave; a greeting before a name
        ("ביום שני נלך לים. אור השמש חזק. את הספר קראתי. גל חום.", set()),
        ("שלום שירה כהן, מה שלומך?", {("PERSON", "שירה כהן")}),
    ],
    "accounts": [
        ("DMed me on Telegram (@grainne82) and got me to pay.", {("PERSON", "grainne82")}),
        ("r/personalfinance · Posted by u/featherstone_k", {("PERSON", "featherstone_k")}),
        ("**cesar83** replied:\n> Good catch, fixed.", {("PERSON", "cesar83")}),
        ("manager: uid=beatrice,ou=people,dc=corp,dc=example", {("PERSON", "beatrice")}),
        ("Grab a slot here: https://cal.com/wahyu60/intro", {("PERSON", "wahyu60")}),
        ("Snap: estrellahernandez", {("PERSON", "estrellahernandez")}),
        # SQL variables, I/O, bold words
        ("INSERT INTO t (a, b) VALUES (@a, @b); SELECT fn(@p); WHERE id IN (@ids)", set()),
        ("I/O error on u/s; see **Note** below.", set()),
    ],
    "names beside names": [
        (
            "Present: Jakub Nowak (chair), Aishah binti Ahmad, D. Johnson",
            {("PERSON", "Jakub Nowak"), ("PERSON", "Aishah binti Ahmad"), ("PERSON", "D. Johnson")},
        ),
        (
            "Adressen är Linnégatan 1, lgh 1303. /Astrid",
            {
                ("PERSON", "Astrid"),
                ("STREET_ADDRESS", "Linnégatan 1"),
                ("STREET_ADDRESS", "lgh 1303"),
            },
        ),
        (
            "Emergency contact: Thiago Albuquerque – 083 118 5946",
            {("PERSON", "Thiago Albuquerque"), ("PHONE_NUMBER", "083 118 5946")},
        ),
        ("Dear parents of Hanako, the trip is on.", {("PERSON", "Hanako")}),
        ("-- asked by Zulkifli re: ticket INFRA-7474", {("PERSON", "Zulkifli")}),
        ("Lehtonen様\n\nいつもお世話になっております。", {("PERSON", "Lehtonen")}),
        # a month before a day, a street named after a person
        ("Their last day is Jan 29, 2023.", set()),
    ],
    "greetings and numbers": [
        ("hey Will, so the invoice is late again", {("PERSON", "Will")}),
        ("Hi Ganesh it's Can from the dentist.", {("PERSON", "Ganesh"), ("PERSON", "Can")}),
        ("Halo kak Lestari, paketnya tolong dikirim", {("PERSON", "Lestari")}),
        ("Chào anh Châu, em về rồi.", {("PERSON", "Châu")}),
        ("Name: Lance Michael Baker", {("PERSON", "Lance Michael Baker")}),
        (
            "Merci d'envoyer à Thibault au 06 12 34 56 78.",
            {("PERSON", "Thibault"), ("PHONE_NUMBER", "06 12 34 56 78")},
        ),
        # stop words after a greeting, a hotel before a date
        ("This is The Way. Hi There, it's Me! Hey You,", set()),
        ("They charged me three times at Hilton on 5/12/2023.", set()),
    ],
    "indic cues": [
        (
            "প্রিয় নুসরাত, আমি পৌলমী চট্টোপাধ্যায়। আমার ফোন বদলেছে।",
            {("PERSON", "নুসরাত"), ("PERSON", "পৌলমী চট্টোপাধ্যায়")},
        ),
        ("டாக்டர் அண்ணாமலை அவர்களுடன் சந்திப்பு.", {("PERSON", "அண்ணாமலை")}),
        # "I am fine"
        ("আমি ভালো আছি। তুমি কেমন আছ?", set()),
    ],
    "more keys and cues": [
        (
            '<traveller type="ADT"><name>YOUNG, Wesley</name></traveller>',
            {("PERSON", "YOUNG, Wesley")},
        ),
        ("-- added by yan-ma on 2022-07-20", {("PERSON", "yan-ma")}),
        ("The gist was under my account sgupta.", {("PERSON", "sgupta")}),
        ("Customer: hi its dawn hill, my package is late", {("PERSON", "dawn hill")}),
        ("Third party: Will Summers", {("PERSON", "Will Summers")}),
        # teams own jobs too
        ("owner=team-platform, owner=data-eng", set()),
    ],
    "capitals": [
        (
            "id,name,passport\n187,TAIWO BALOGUN,D63900481",
            {("PERSON", "TAIWO BALOGUN"), ("PASSPORT", "D63900481")},
        ),
        (
            "SHIP TO:\nKAVYA KULKARNI\nFlat 661, Shanti Niketan",
            {
                ("PERSON", "KAVYA KULKARNI"),
                ("STREET_ADDRESS", "Flat 661, Shanti Niketan"),
            },
        ),
        # English words in capitals under a name key or above an address
        ("name: JSON API\nname: HTTP GET", set()),
        ("CUSTOMER SERVICE\n221B Baker Street", {("STREET_ADDRESS", "221B Baker Street")}),
    ],
    "transcripts": [
        (
            "[00:00:04] AYODELE OYELARAN: Okay, we're recording.\n[00:00:09] Noah Kim: Sure.",
            {("PERSON", "AYODELE OYELARAN"), ("PERSON", "Noah Kim")},
        ),
        ("CANDIDATE (OLUWAKEMI NWOSU): At my last job", {("PERSON", "OLUWAKEMI NWOSU")}),
        # a build's status after a time
        ("[10:02] SYSTEM NOTICE: restarting\n[10:03] BUILD FAILED: see log", set()),
    ],
    "log lines": [
        # a log's levels open lines as a chat's speakers do
        ("[10:02] INFO: started\n[10:03] WARN: slow\n[10:04] INFO: done", set()),
    ],
    "korean accounts": [
        ("입금은 조하은 명의로 해주시면 됩니다", {("PERSON", "조하은")}),
        (
            "[민준] [오후 7:24] 안녕하세요!\n[Zhou Yang] [오후 3:32] 네",
            {("PERSON", "민준"), ("PERSON", "Zhou Yang")},
        ),
    ],
    "lowercase names under keys": [
        (
            "Name: hans-peter neumann\nGeburtsdatum: 08.02.1987",
            {("PERSON", "hans-peter neumann"), ("DATE_OF_BIRTH", "08.02.1987")},
        ),
        (
            "id,name,email\n1925,kavita agarwal,kagarwal@example.com",
            {("PERSON", "kavita agarwal"), ("EMAIL_ADDRESS", "kagarwal@example.com")},
        ),
        (
            "Your child's login for the reading app is rgonzalez and the password is set.",
            {("PERSON", "rgonzalez")},
        ),
        (
            '10.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /x HTTP/1.0" 200',
            {("IP_ADDRESS", "10.0.0.1"), ("PERSON", "frank")},
        ),
        # CI steps named in lowercase; an anonymous request in an access log
        ("steps:\n  - name: build and test\n  - name: grace period check", set()),
        ('127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /a.gif HTTP/1.0" 200', set()),
    ],
    "tables": [
        # a value in a table's first column is no header, though "discord" is a handle key
        ("tool,version\ndiscord,4.9.15.6\ncrystal,10.39.14", set()),
        (
            "wallet,discord,amount\nrow1,royaahmadi,584",
            {("PERSON", "royaahmadi")},
        ),
        (
            "Hi, here is the data you asked for:\nname,email\nAna Lima,ana@example.com",
            {("PERSON", "Ana Lima"), ("EMAIL_ADDRESS", "ana@example.com")},
        ),
    ],
    "numbers": [
        # a phone number with its country code is no card, though it passes Luhn
        ("电话+86 132 4420 3404。", {("PHONE_NUMBER", "+86 132 4420 3404")}),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
