"""Span table for sanitizer 1.32.0.

- Arabic-script first names of the Gulf, the Levant, Iran, Afghanistan and Pakistan that
  the list lacked ("موزة", "عمرو", "پیمان", "حنا"), Urdu's letters read as Arabic's
  ("فاطمہ" is "فاطمة"), and a Persian compound joined by a zero-width non-joiner read as
  one word ("دانش‌آموز" student is no name; "ذبیح‌الله" is; "کریمی‌نژاد" extends one).
  Names that are also words ("شما" you, "صبا" breeze, "مبارك" congratulations) need a cue.
- Korean names by their given name: a surname and a listed given name ("정혜진은", "남궁성민"),
  a listed given name alone, before a particle that agrees with it ("민준한테는", "지우가")
  or a vocative ("서연아"); not a given name that is also a word without a surname ("지원이
  필요합니다", "하늘이 파랗다", "하늘로 지은 건").
- Indic given names the first-name list's India column missed ("रोहित", "আদিত্য", "রাকিব"),
  and a relative or friend before a name that is also a word ("मेरी दोस्त प्रिया"); not the
  verb "दिया" (gave).
- Cyrillic first names and pet forms that are no words, in any case and at a sentence's
  start ("Серёжа ещё не ответил", "ping олег", "Бат-Эрдэнэ"); not "Вера" (faith) opening a
  sentence, nor a saint's church ("Св. Никола").
- Birth dates under the keys of more languages (Maltese "Data tat-twelid", Macedonian
  "Датум на раѓање", Belarusian, Luxembourgish, Hausa, Basque, Mongolian "Төрсөн огноо: 1966
  оны 12 сарын 24", Albanian, Uzbek "4-yanvar 2013-yil", Bengali month names), with the
  year's abbreviation after the date ("23.06.1972 r.", "04.05.2011 р.").
- Birth years and dates in a table whose columns are set apart by spaces (results and
  rating lists: "Jg.", "Г.р.", "B-Year", "Año nac."; an entry form's "Дата рождения"), and
  a separated table's column of birth years; not a rating beside the year, nor a column of
  years that is no birth's ("Saison").
- A found name written again, shorter, in another cell of its row (a squad list's shirt
  name "L. PINTO LOPES", "ISLAM"; a surname alone "오", "清水"), and a call-up list's
  surnames with their shirt numbers ("ACOSTA (20)", three lines or more); not a cell that
  only shares a word with no found name, nor one line in capitals with a number.
- A column of names in a table set apart by spaces (a results list), read again once the
  model's names are in: its other cells are names too; not its heading ("Nombre").
- Thai names by a listed given name or nickname where a word can start and end ("ส่งของให้
  สมศักดิ์ ศรีสุข ที่", "เดี๋ยวบอกไอซ์ด้วย", "ถามยายศศิธร"), with a listed surname or, after a
  formal title, the next word; not inside a longer word ("การสมชายแดน").
- Addresses under the keys of smaller languages (Irish "Seoladh", Belarusian "Адрас").
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "Arabic-script names the list lacked, Urdu spelling, Persian compounds": [
        (
            "بخصوص والدتي موزة راشد الكتبي، أرجو الرد",
            {("PERSON", "موزة راشد الكتبي")},
        ),
        ("تواصلوا مع عمرو حداد غدا", {("PERSON", "عمرو حداد")}),
        ("گفتن پیمان امینی باید فرم را پر کند", {("PERSON", "پیمان امینی")}),
        ("میری والدہ فاطمہ بٹ کی طبیعت ٹھیک نہیں", {("PERSON", "فاطمہ بٹ")}),
        ("کرایہ دار: حنا قریشی، شناختی کارڈ", {("PERSON", "حنا قریشی")}),
        ("نام پدر: ذبیح‌الله", {("PERSON", "ذبیح\u200cالله")}),
        # (a joiner put inside a name to hide it)
        ("ضامن: حس\u200cین نو\u200cروزی", {("PERSON", "حس\u200cین نو\u200cروزی")}),
        ("خانم مریم کریمی‌نژاد شش سال است که اینجا کار می‌کند", {("PERSON", "مریم کریمی\u200cنژاد")}),
        # near-misses: a student, "you", a breeze, congratulations
        ("این فرم را به جدول تبدیل کن: نام دانش‌آموز", set()),
        ("رزرو شما با کد WG2MZL تأیید شد", set()),
        ("نسیم صبح و صبا", set()),
        ("ألف مبارك على النجاح", set()),
    ],
    "Korean names by their given name": [
        ("[오후 7:12] 내일 민준 생일파티 몇 시야?", {("PERSON", "민준")}),
        ("6시! 민준한테는 비밀 ㅋㅋ", {("PERSON", "민준")}),
        ("서연아, 토요일이 혜진 생일이야!", {("PERSON", "서연"), ("PERSON", "혜진")}),
        ("아빠 오태양 · 엄마 강은지", {("PERSON", "오태양"), ("PERSON", "강은지")}),
        ("서울특별시 마포구에 사는 정혜진은 옆집에서", {("PERSON", "정혜진")}),
        ("프런트의 남궁성민 직원이 안내해 드립니다", {("PERSON", "남궁성민")}),
        ("지우가 먼저 왔어", {("PERSON", "지우")}),
        # near-misses: given names that are words, without a surname
        ("추가 지원이 필요합니다", set()),
        ("오늘은 하늘이 파랗다", set()),
        ("딸 이름을 하늘로 지은 건 남편의 생각이었다", set()),
        ("수정 요청은 내일까지 보내 주세요", set()),
    ],
    "Indic given names, and a relative before a name that is a word": [
        ("कल आदित्य की शादी है", {("PERSON", "आदित्य")}),
        ("रोहित ने नंबर माँगा", {("PERSON", "रोहित")}),
        ("এখন সেই বন্ধু রাকিব সারাদিন ঘুমায়", {("PERSON", "রাকিব")}),
        ("मेरी दोस्त प्रिया का जन्मदिन है", {("PERSON", "प्रिया")}),
        # near-misses: the verb "gave", "pride" alone
        ("पुष्टि SMS भेज दिया गया है।", set()),
        ("यह हमारे लिए गौरव की बात है", set()),
    ],
    "Cyrillic first names and pet forms": [
        ("Ок. Серёжа ещё не ответил", {("PERSON", "Серёжа")}),
        ("can you ping олег before the call", {("PERSON", "олег")}),
        ("Сайн байна уу Бат-Эрдэнэ, түрээсийн гэрээ", {("PERSON", "Бат-Эрдэнэ")}),
        ("У нас всё хорошо. Оля пошла в школу.", {("PERSON", "Оля")}),
        # near-misses: faith opening a sentence, a saint's church
        ("Вера в лучшее помогает.", set()),
        ("Поклонението ще се състои в църквата „Св. Никола“.", set()),
    ],
    "birth dates under the keys of more languages": [
        ("Data tat-twelid: 27/02/1964", {("DATE_OF_BIRTH", "27/02/1964")}),
        ("Датум на раѓање: 27 мај 2001", {("DATE_OF_BIRTH", "27 мај 2001")}),
        ("Ranar haihuwa: 25/10/2011", {("DATE_OF_BIRTH", "25/10/2011")}),
        (
            "Төрсөн огноо: 1966 оны 12 сарын 24",
            {("DATE_OF_BIRTH", "1966 оны 12 сарын 24")},
        ),
        ("Tug'ilgan sana: 4-yanvar 2013-yil", {("DATE_OF_BIRTH", "4-yanvar 2013-yil")}),
        ("জন্ম তারিখ: 13 এপ্রিল 2016", {("DATE_OF_BIRTH", "13 এপ্রিল 2016")}),
        ("Data urodzenia: 23.06.1972 r.", {("DATE_OF_BIRTH", "23.06.1972 r.")}),
        # near-miss: a key that names no birth
        ("Data tat-talba: 27/02/2024", set()),
    ],
    "a found name written again in its row, and call-up lists": [
        (
            "| 27 | L. PINTO LOPES | Leonor Pinto Lopes | DF |\n| 18 | 오 | 오서준 | DF |",
            {
                ("PERSON", "L. PINTO LOPES"),
                ("PERSON", "Leonor Pinto Lopes"),
                ("PERSON", "오"),
                ("PERSON", "오서준"),
            },
        ),
        (
            "Sumaiya Islam | shirt name: ISLAM | no. 8 | size YL",
            {("PERSON", "ISLAM"), ("PERSON", "Sumaiya Islam")},
        ),
        (
            "Citación: 1 hora antes.\n\nM. NÚÑEZ (6)\nGONZÁLEZ (8)\nACOSTA (20)\n\nGracias.",
            {("PERSON", "ACOSTA"), ("PERSON", "GONZÁLEZ"), ("PERSON", "M. NÚÑEZ")},
        ),
        # near-misses: one line in capitals with a number; a cell that is no found name's end
        ("TOTAL (3)\nsee the sheet", set()),
        ("| Lions | Maria Lopez | MARIA |", {("PERSON", "Maria Lopez")}),
    ],
    "Thai names by a listed given name": [
        ("ส่งของให้ สมศักดิ์ ศรีสุข ที่ 26/1", {("PERSON", "สมศักดิ์ ศรีสุข")}),
        ("โอเคค่ะ เดี๋ยวบอกไอซ์ด้วย", {("PERSON", "ไอซ์")}),
        ("วันศุกร์ ถามยายศศิธร", {("PERSON", "ศศิธร")}),
        ("ทนายประยุทธ สุขเจริญบอกว่าศาลเลื่อน", {("PERSON", "ประยุทธ สุขเจริญ")}),
        ("การสมชายแดนเป็นเรื่องยาก", set()),
    ],
    "addresses under the keys of smaller languages": [
        (
            "Seoladh: 9 Sráid an Mhuilinn, Baile Átha Cliath 8, D08 R1T5",
            {("STREET_ADDRESS", "9 Sráid an Mhuilinn, Baile Átha Cliath 8, D08 R1T5")},
        ),
        (
            "Адрас: 230207, г. Гродна, вул. Гікалы, 91-89",
            {("STREET_ADDRESS", "230207, г. Гродна, вул. Гікалы, 91-89")},
        ),
    ],
}


BIRTHS: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    # (the birth dates only: the names of these lists are another rule's)
    "birth years and dates in tables set apart by spaces": [
        (
            "Pl.  Stnr.  Name                 Jg.    Verein            Zeit\n"
            "1.   187    Leitner, Sebastian   1991   SC Holzheim       80:05\n"
            "2.   262    Egger, Elisabeth     1997   Ruderclub Undine  31:48",
            {
                ("DATE_OF_BIRTH", "1991"),
                ("DATE_OF_BIRTH", "1997"),
            },
        ),
        (  # (a rating that looks like a year: the year at the heading's place)
            "ID        Name                 Fed  Tit  Rtg   Gms  B-Year  Flag\n"
            "51972191  Wieczorek, Tomasz    BRA  CM   1958  9     1983    i",
            {("DATE_OF_BIRTH", "1983")},
        ),
        (
            "№  ФИО                        Дата рождения     Разряд\n"
            "1. Волкова Юлия Николаевна    6 марта 2015 г.   КМС",
            {("DATE_OF_BIRTH", "6 марта 2015 г.")},
        ),
        (
            "name;jg;verein\nAnna Berger;1988;SC Holzheim",
            {("DATE_OF_BIRTH", "1988")},
        ),
        # near-miss: a column of seasons
        ("Team          Saison   Punkte\nSC Holzheim   2019     44", set()),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected


@pytest.mark.parametrize(("text", "expected"), span_cases(BIRTHS))
def test_birth_columns(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert {f for f in found(sanitizer, text) if f[0] == "DATE_OF_BIRTH"} == expected


def test_spaced_name_column(sanitizer: Sanitizer) -> None:
    """Every word of the name column is removed, its heading is kept (the model's guesses
    about the clubs' names are not this rule's)."""
    text = (
        "Pos  Dorsal  Nombre                   Club             Tiempo\n"
        "1    177     Hernández Araya, Florencia   UD San Roque     86:19\n"
        "2    599     Muñoz, Benjamín              UD San Roque     93:00\n"
        "3    618     Espinoza Tapia, Felipe       CD La Rioja      31:02\n"
        "4    562     Ulloa, Constanza             CN Costa Brava   13:05"
    )
    names = {v for t, v in found(sanitizer, text) if t == "PERSON"}
    covered = {w for v in names for w in v.replace(",", " ").split()}
    words = "Hernández Araya Florencia Muñoz Benjamín Espinoza Tapia Felipe Ulloa Constanza"
    assert set(words.split()) <= covered
    assert "Nombre" not in covered
