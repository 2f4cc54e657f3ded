"""Span table for sanitizer 1.25.0.

- LINE's saved chat history (the time, a tab, the sender, a tab, the message): every
  sender is a person, in any script and with an ideographic space; a sender that is a
  number is a phone number. A relative before a Japanese honorific (お父さん, 母さん) is
  no name.
- A login given with its password ("username jon41, password ...", "the service account
  is setiawanh, password ..."), and a lowercase login after what a log says a user did
  ("retry scheduled by astoica"); not a product after the same verb ("retried by
  MongoDB"), nor the machines that act in a log ("by cron", "by app").
- An unquoted CSV row whose date carries a time ("September 24, 2022 08:14:02,kthibodeaux,")
  keeps its columns: the login under "user" is a person's.
- Initials after a surname ("Keller U.", not a company's "S.A."), "a/l" and "a/p" inside
  Malaysian names, a lone "SURNAME Given" whose given name no dictionary knows ("NWOSU
  Folake"), a maiden name after "née", "geb." or "z domu", a form's key with its plural in brackets
  ("Surname(s):", "Given name(s):").
- The code of a key box or a door lock in other languages ("Le code de la boîte à clés :
  27558", "門鎖密碼是5522").
- A prompt logged by an app (`... model=gpt-4o prompt="hey team, ..." tokens=212`) is
  judged as the prose it is, not as the log line around it.
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "LINE chat history": [
        (
            "2024年8月11日\n21:14\t山本 悠真\tお父さんの入院費、いくらだった？\n"
            "21:16\t佐藤\u3000由美子\t¥4,875。\n21:17\t小林 大輔\t了解\n21:18\t佐藤 由美子\tうん。",
            {
                ("PERSON", "山本 悠真"),
                ("PERSON", "佐藤\u3000由美子"),
                ("PERSON", "小林 大輔"),
                ("PERSON", "佐藤 由美子"),
            },
        ),
        (
            "2024/06/14(Sat)\n10:15\tYai Pimchanok\tmai pen rai\n10:19\tRiku 💅\tok ka\n"
            "11:07\t+66 80 019 3534\tsafe travels",
            {
                ("PERSON", "Yai Pimchanok"),
                ("PERSON", "Riku"),
                ("PHONE_NUMBER", "+66 80 019 3534"),
            },
        ),
        ("母さんに聞いて、お兄ちゃんにも", set()),
        ("田中さんに聞いて", {("PERSON", "田中")}),
    ],
    "logins": [
        (
            "they asked for my banking login - username jon41, password gIRASSOL!8782.",
            {("PERSON", "jon41"), ("PASSWORD", "gIRASSOL!8782")},
        ),
        (
            "also the service account is setiawanh, password sakura-cactus-password10",
            {("PERSON", "setiawanh"), ("PASSWORD", "sakura-cactus-password10")},
        ),
        ("enter your username and password", set()),
        ("2025-03-26T01:42:19Z INFO retry scheduled by astoica", {("PERSON", "astoica")}),
        ("The request was retried by MongoDB and then dropped by Databricks.", set()),
        ("job rescheduled by cron at 02:00", set()),
        ("2024-01-02T23:10:26.811Z unlocked by app", set()),
        (
            "timestamp,user,client_ip,action\n"
            "September 24, 2022 08:14:02,kthibodeaux,126.23.136.179,VIEW\n"
            "September 24, 2022 08:15:40,kthibodeaux,126.23.136.179,EXPORT",
            {("PERSON", "kthibodeaux"), ("IP_ADDRESS", "126.23.136.179")},
        ),
    ],
    "logged prompts": [
        (
            "2025-12-11 22:25:04 INFO [payroll-chat] POST https://api.openai.com/v1/chat/"
            'completions model=gpt-4o prompt="hey finance team, I paid the fee for Petra '
            'and me with my card" tokens=212',
            {("PERSON", "Petra")},
        ),
        (
            'INFO [build] prompt="Why does Polars fail to import after upgrading numpy to '
            '2.0?" tokens=91',
            set(),
        ),
        ('INFO Ana Lima logged in prompt="hello there"', {("PERSON", "Ana Lima")}),
        ('INFO user ana.lima92 prompt="hi there" tokens=3', {("PERSON", "ana.lima92")}),
        (
            'level=warn msg="dubbel contact" naam="Daan de Jong" actie=samenvoegen '
            "eigenaar=jeroen_dijk",
            {("PERSON", "Daan de Jong"), ("PERSON", "jeroen_dijk")},
        ),
    ],
    "names with initials, particles and capitals": [
        (
            "the tenant before you, Keller U., still gets mail here",
            {("PERSON", "Keller U.")},
        ),
        (
            "Customer Prakash a/l Raman says someone changed the phone",
            {("PERSON", "Prakash a/l Raman")},
        ),
        ("I met Ana Lima and B. Cruz today", {("PERSON", "Ana Lima"), ("PERSON", "B. Cruz")}),
        ("Subs to the treasurer, NWOSU Folake, by transfer", {("PERSON", "NWOSU Folake")}),
        ("[Forwarded] PEREYRA Lautaro: ok i will ship tomorrow", {("PERSON", "PEREYRA Lautaro")}),
        ("LIEFERSCHEIN Nr. LS-004727", set()),
        ("ERROR Connection refused", set()),
        (
            "married Gráinne Gallagher (née O'Brien) in 1950",
            {("PERSON", "Gráinne Gallagher"), ("PERSON", "O'Brien")},
        ),
        ("Marie Dubois, née à Lyon le 3 mars", {("PERSON", "Marie Dubois")}),
        (
            "Surname(s): DEREJE\nGiven name(s): Bethlehem\nDate of birth: 12/06/1978",
            {("PERSON", "DEREJE"), ("PERSON", "Bethlehem"), ("DATE_OF_BIRTH", "12/06/1978")},
        ),
    ],
    "lock codes": [
        ("Le code de la boîte à clés : 27558", {("PASSWORD", "27558")}),
        ("Koden till nyckelboxen är 198567", {("PASSWORD", "198567")}),
        ("Kode kunci pintu 133480", {("PASSWORD", "133480")}),
        ("門鎖密碼是5522", {("PASSWORD", "5522")}),
        ("キーボックスの暗証番号は839975です", {("PASSWORD", "839975")}),
        ("La boîte à clés est dans le hall depuis 2019, au 3e étage.", set()),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
