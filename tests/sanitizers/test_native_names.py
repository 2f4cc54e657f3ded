"""Span table for names written in their own scripts (sanitizer 1.10.0): Chinese, Japanese and
Korean names before titles, in attendance lists and as chat speakers; speakers of chat logs
in other scripts; greetings and the vocative; a native name in parentheses after a found
one. Near-misses: honorifics after words that name no one, form keys that open lines,
a single chat line, words before a title that are no name."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "titles": [
        ("讣告\n徐明先生因病医治无效", {("PERSON", "徐明")}),
        ("快递员孙师傅态度很差", {("PERSON", "孙")}),
        ("我和王先生一起去", {("PERSON", "王")}),
        ("新製品の発売日について：木村部長より説明", {("PERSON", "木村")}),
        ("다음 주 회의에 오 과장님도 참석하실 예정입니다.", {("PERSON", "오")}),
        ("감사합니다.\n서유나 드림", {("PERSON", "서유나")}),
        ("고객님, 선생님께 감사드립니다", set()),
        ("お客様各位、皆様へ", set()),
        ("总结一下第三季度的情况", set()),
    ],
    "lists": [
        (
            "出席者：木村葵（部長）、鈴木真由、清水健太",
            {("PERSON", "木村葵"), ("PERSON", "鈴木真由"), ("PERSON", "清水健太")},
        ),
        ("参会人：孙明、司马子轩", {("PERSON", "孙明"), ("PERSON", "司马子轩")}),
    ],
    "chat speakers": [
        (
            "王静：周六聚餐\n黄明：收到 郭伟去吗？\n郭伟：去！\n王静：好的",
            {("PERSON", "王静"), ("PERSON", "黄明"), ("PERSON", "郭伟")},
        ),
        (
            "[9:12] مريم: صباح الخير\n[9:15] هدى: صباح النور\n[9:16] مريم: نعم",
            {("PERSON", "مريم"), ("PERSON", "هدى")},
        ),
        ("时间：2023-01-08\n主题：销售\n地点：上海", set()),
        # one line is no chat (its name is found by its given name, 1.33.0)
        ("王静：周六聚餐定在上海", {("PERSON", "王静")}),
    ],
    "greetings": [
        ("شكرا يا هدى", {("PERSON", "هدى")}),
        ("يا رب ساعدني", set()),
        ('"γεια σου Κατερίνα!! τι κάνεις;"', {("PERSON", "Κατερίνα")}),
        ("სალამი, დავით!", {("PERSON", "დავით")}),
        ("प्रिय अर्जुन मेनन जी,\n\nआपको सूचित", {("PERSON", "अर्जुन मेनन")}),
    ],
    "keys": [
        ("2018年4月　入社（上司：中村浩二）", {("PERSON", "中村浩二")}),
        ("2019.07–至今　Hooli　高级工程师（直属领导：林思琪）", {("PERSON", "林思琪")}),
        ("いつもお世話になっております。Hooliの高橋です。", {("PERSON", "高橋")}),
    ],
    "native name after a found one": [
        (
            "1. Ming Yang (杨明) – General Manager",
            {("PERSON", "Ming Yang"), ("PERSON", "杨明")},
        ),
        ("1. Redis (レディス) – cache", set()),
    ],
}

CASES = span_cases(TABLE)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
