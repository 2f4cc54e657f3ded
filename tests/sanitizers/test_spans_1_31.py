"""Span table for sanitizer 1.31.0.

- The name between a contact key and a phone number, in any language and script
  ("যোগাযোগ: মাহমুদ উদ্দিন, 01192694213", "Холбоо барих: Т. Мөнхбат +976 …"; not "Contact:
  Customer Service 0800 …", whose words are English).
- A letter's first line with a title on each side of the name and no greeting ("محترم
  عاطف صاحب،"), Thai's "เรียน นางสาว …"; a Chinese signer before 敬上 ("許俊傑 敬上"; not a
  group's "全體同仁 敬上" nor "小编 敬上").
- A dash signature with a role after the name ("- Mithila, events team"; not a team before
  its member: "-- Moderation, Andrea"), a mail merge's subject that opens with the
  reader's name, staff praised at the front desk, the friend a guest comes with.
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "the name after a contact key and before a phone number, in any script": [
        (
            "ติดต่อ: ณัฐพงษ์ ศรีสุข โทร 081-533-0353",
            {("PERSON", "ณัฐพงษ์ ศรีสุข"), ("PHONE_NUMBER", "081-533-0353")},
        ),
        (
            "যোগাযোগ: মাহমুদ উদ্দিন, 01192694213",
            {("PERSON", "মাহমুদ উদ্দিন"), ("PHONE_NUMBER", "01192694213")},
        ),
        (
            "தொடர்புக்கு: R. ரம்யா - 81286 41270",
            {("PERSON", "R. ரம்யா"), ("PHONE_NUMBER", "81286 41270")},
        ),
        (
            "Доставка завтра. Холбоо барих: Т. Мөнхбат +976 9912 1333",
            {("PERSON", "Т. Мөнхбат"), ("PHONE_NUMBER", "+976 9912 1333")},
        ),
        ("যোগাযোগ: Dr আক্তার 01557 565908।", {("PERSON", "আক্তার"), ("PHONE_NUMBER", "01557 565908")}),
        ("Contact: Customer Service 0800 123 4567", {("PHONE_NUMBER", "0800 123 4567")}),
        ("संपर्क: +91 73999 16286", {("PHONE_NUMBER", "+91 73999 16286")}),
    ],
    "a letter's first line with a title on each side of the name, and Thai's เรียน": [
        ("محترم عاطف صاحب،\nآپ کا آرڈر SO-985994 تیار ہے۔", {("PERSON", "عاطف")}),
        ("เรียน นางสาว พงษ์ไพบูลย์\nขอบคุณที่แวะมาที่บูธของเรา", {("PERSON", "พงษ์ไพบูลย์")}),
        ("محترم صارفین،\nآپ کا آرڈر تیار ہے۔", set()),
    ],
    "a Chinese signer before 敬上": [
        ("您好：\n感謝您的支持。\n許俊傑 敬上", {("PERSON", "許俊傑")}),
        ("您好：\n感謝您。\n全體同仁 敬上", set()),
        ("您好：\n感谢您。\n小编 敬上", set()),
    ],
    "a dash signature with a role, a mail merge's subject, staff praised, a friend of a guest": [
        (
            "Thanks for your time. - Mithila, events team, 01212-193495",
            {("PERSON", "Mithila"), ("PHONE_NUMBER", "01212-193495")},
        ),
        (
            "Can I call you on 71 679 726? - سلطان عون, recruiting team",
            {("PERSON", "سلطان عون"), ("PHONE_NUMBER", "71 679 726")},
        ),
        ("Bitte löschen. -- Moderation, Andrea", {("PERSON", "Andrea")}),
        (
            'to=johansithole@outlook.com subject="Johan, your Solar Home 5kW is waiting" '
            "cart=SO-230277",
            {("EMAIL_ADDRESS", "johansithole@outlook.com"), ("PERSON", "Johan")},
        ),
        ("Subject: Welcome, your account is ready", set()),
        ('9 - "Eline at the front desk was amazing"', {("PERSON", "Eline")}),
        ('3 - "Waiting at the front desk was long"', set()),
        (
            "Walk-ins: Donghyun (friend of Sungmin), Minji Cho",
            {("PERSON", "Donghyun"), ("PERSON", "Minji Cho"), ("PERSON", "Sungmin")},
        ),
        ("He is a friend of Microsoft.", set()),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
