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
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
