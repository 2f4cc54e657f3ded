"""Span table for sanitizer 1.17.0, as the sixteenth development set (developers and data
people pasting their work) showed the gaps, once its blind run was scored.

- A birth date under a key that names it, in code, configs and payloads: snake_case,
  camelCase, a language's own word folded to ASCII ("dogum_tarihi", "tanggalLahir",
  "fodselsdato"), an XML element, a date constructor (datetime.date(1956, 11, 8),
  ISODate("..."), LocalDate.parse("...")), eight digits (19490519), a CJK or Thai date, a
  birthday's month and day under its own key ("BIRTHDAY":"05/24").
- The birth dates of a table whose columns line up (a pandas frame, a psql result), of a
  CSV whose cells are quoted ("Villa 3, Hamdan Street"), under a heading in any script
  (出生日期, 생년월일, تاريخ الميلاد), and of the rows of an SQL INSERT or SELECT whose column
  list names the birth date.

Near-misses: a release or build date under its own key, eight digits that are a build
number, a date under another column, a death date after a birth year in prose."""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

INCLUDES: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "birth dates under their key": [
        (
            '{"id": 7, "dogum_tarihi": "03.04.1971", "plan": "gold"}',
            {("DATE_OF_BIRTH", "03.04.1971")},
        ),
        ('{"input": {"tanggalLahir": "30/01/1988", "tier": 2}}', {("DATE_OF_BIRTH", "30/01/1988")}),
        ("<kunde><fodselsdato>1979-12-02</fodselsdato></kunde>", {("DATE_OF_BIRTH", "1979-12-02")}),
        (
            "    member.dob = datetime.date(1961, 4, 30)\n    member.save()",
            {("DATE_OF_BIRTH", "1961, 4, 30")},
        ),
        (
            '  "profile": { "dob": ISODate("1983-06-09T00:00:00Z") },',
            {("DATE_OF_BIRTH", "1983-06-09T00:00:00Z")},
        ),
        ('    p.setBirthday("1990-10-17");\n    repo.save(p);', {("DATE_OF_BIRTH", "1990-10-17")}),
        ("ACCT: 44120     DOB:   19720314     STATUS: OPEN", {("DATE_OF_BIRTH", "19720314")}),
        ('merge_fields: {"PLAN":"pro","BIRTHDAY":"11/03"}', {("DATE_OF_BIRTH", "11/03")}),
        (
            '{\\"ngay_sinh\\":\\"1958-02-27\\",\\"tinh\\":\\"Huế\\"}',
            {("DATE_OF_BIRTH", "1958-02-27")},
        ),
        ("วันเกิด: 12 มี.ค. 2531\nจังหวัด: ขอนแก่น", {("DATE_OF_BIRTH", "12 มี.ค. 2531")}),
    ],
    "chat copied with its times": [
        (
            "Slack #ops:\n\nKatarzyna 06:21: ktoś zrestartował bazę?\nBartosz 06:24: ja, sorry",
            {("PERSON", "Katarzyna"), ("PERSON", "Bartosz")},
        ),
        (
            "Чат команды:\nЕлизавета [18:28]: кто удалил ветку?\nЕлизавета [18:30]: нашла",
            {("PERSON", "Елизавета")},
        ),
        (
            "群聊：\n志明 17:26：服务挂了\n雅婷 17:27：我在看",
            {("PERSON", "志明"), ("PERSON", "雅婷")},
        ),
        (
            "#infra\nGuilherme 14:10 : la prod est lente\nGuilherme 14:12 : c'est réglé",
            {("PERSON", "Guilherme")},
        ),
    ],
    "logins as tools print and take them": [
        ("mysqldump -u kvetaz88 -p'x' shop > /tmp/a.sql", {("PERSON", "kvetaz88")}),
        ('pg_dump -h db-1 -U "amara-obi" -d billing', {("PERSON", "amara-obi")}),
        (
            "curl -fsS -u tuomas.virtanen:S3cret! https://ci.example.org",
            {("PERSON", "tuomas.virtanen")},
        ),
        ("+ docker login -u lindiwe_m -p $TOKEN registry.local", {("PERSON", "lindiwe_m")}),
        ("python sync.py --user nkechi_eze --password hunter2", {("PERSON", "nkechi_eze")}),
        (
            "root:*:18184:0:99999:7:::\nfarida.k:$6$abc$def:19000:0:99999:7:::",
            {("PERSON", "farida.k")},
        ),
        ("db-3:5432:analytics:pmakinen:Banana7785_x", {("PERSON", "pmakinen")}),
        (
            "jokkonen pts/1        10.0.4.7    Mon Jan 21 09:06   still logged in",
            {("PERSON", "jokkonen")},
        ),
        ("CI=true\nGITHUB_ACTOR=oyelaran-b\nGITHUB_SHA=91ad60fb", {("PERSON", "oyelaran-b")}),
        ("db_user: hkaragianni\ndb_password: x", {("PERSON", "hkaragianni")}),
        ("Account Name:\t\tlucasm\nAccount Domain:\tCORP", {("PERSON", "lucasm")}),
        ("<wsse:Username>ilona.t</wsse:Username>", {("PERSON", "ilona.t")}),
        (
            "Access denied for user 'bregina'@'10.0.0.5' (using password: YES)",
            {("PERSON", "bregina")},
        ),
        ("openvpn[3008]: kozdemir91/88.171.2.171:46981 MULTI: Learn", {("PERSON", "kozdemir91")}),
        ("WARN [auth] Учётная запись dsokolova заблокирована", {("PERSON", "dsokolova")}),
        ("ユーザー a.tanabe が 10.1.2.3 からログインに失敗", {("PERSON", "a.tanabe")}),
        ("gece 3'te aylinc kullanıcısı giriş yapmış", {("PERSON", "aylinc")}),
        ('client-hostname "oluwaseun_a-mbp";', {("PERSON", "oluwaseun_a")}),
        (
            "DHCPACK on 10.0.8.3 to (mariannekovacs-notebook) via eth0",
            {("PERSON", "mariannekovacs")},
        ),
    ],
    "names under keys in other scripts, tables and SQL": [
        ('{"order":{"name":"ประภาส แก้วมณี","email":"p@x.co"}}', {("PERSON", "ประภาส แก้วมณี")}),
        ("contact={'name': 'கார்த்திகேயன் சுப்பிரமணியம்'}", {("PERSON", "கார்த்திகேயன் சுப்பிரமணியம்")}),
        (
            "Jira CS-12\n신고자: 윤서진\n고객: 배지호 (+82 10-2231-8876)",
            {("PERSON", "윤서진"), ("PERSON", "배지호")},
        ),
        ("报告人：邓超\n处理人：许文静", {("PERSON", "邓超"), ("PERSON", "许文静")}),
        ("差出人: 松田健一 <k.matsuda@example.jp>", {("PERSON", "松田健一")}),
        ("ผู้ดูแล: วิไลวรรณ ทองดี 081-234-5678", {("PERSON", "วิไลวรรณ ทองดี")}),
        (
            "テスト用ユーザー\n氏名,フリガナ\n山口 恵,ヤマグチ メグミ",
            {("PERSON", "ヤマグチ メグミ")},
        ),
        (
            "INSERT INTO clients (фио, email) VALUES\n('Дарья Кузнецова', 'dk@mail.ru'),\n"
            "('Глеб Орлов', 'go@mail.ru');",
            {("PERSON", "Дарья Кузнецова"), ("PERSON", "Глеб Орлов")},
        ),
        (
            "         氏名    生年月日  都道府県\n0  森　由美  1958-03-02    福岡県\n"
            "1   木下 翼  1990-07-15    京都府",
            {("PERSON", "森　由美"), ("PERSON", "木下 翼")},
        ),
        (
            "EmpID   EmployeeName     Dept\n953     Tamsin Whitlock  Ops\n"
            "379     Ruairi Fenwick   HR",
            {("PERSON", "Tamsin Whitlock"), ("PERSON", "Ruairi Fenwick")},
        ),
    ],
    "passwords in code, configs, tools and their files": [
        ('{\\"login\\":\\"x\\",\\"password\\":\\"Haslo#2023\\"}', {("PASSWORD", "Haslo#2023")}),
        ('{"key":"password","value":"Kaneli7!x"}', {("PASSWORD", "Kaneli7!x")}),
        ('pm.environment.set("test_password", "Azerty#2023");', {("PASSWORD", "Azerty#2023")}),
        ('network={\n    ssid="Cafe-5G"\n    psk="Mango@38x"\n}', {("PASSWORD", "Mango@38x")}),
        ("REDIS_URL=redis://:dRpEcc8Tq9WaxVyA@cache-01:6379/0", {("PASSWORD", "dRpEcc8Tq9WaxVyA")}),
        ("<wsse:Password>tiger-kiwi-plum</wsse:Password>", {("PASSWORD", "tiger-kiwi-plum")}),
        ("+ docker login -u ci -p Dragon@40? registry.local", {("PASSWORD", "Dragon@40?")}),
        ("ALTER USER reporting PASSWORD 'Yellow1114_x';", {("PASSWORD", "Yellow1114_x")}),
        (
            "db-7:5432:analytics:etl:Monkey559\nlocalhost:5432:*:postgres:postgres",
            {("PASSWORD", "Monkey559")},
        ),
        ('wifi:\n  haslo: "Galaxy.5328!"', {("PASSWORD", "Galaxy.5328!")}),
    ],
    "rarer first names in English prose": [
        ("Coach's notes: Rhodri was brilliant in goal, two great saves.", {("PERSON", "Rhodri")}),
        (
            "The library was the idea of Hamish Dunbartonshire, a retired postman.",
            {("PERSON", "Hamish Dunbartonshire")},
        ),
    ],
    "a found name's other mentions, after an escaped line break and inflected": [
        (
            '{"content": "Patient: Savannah Brooks, DOB 20th January 1998\\n\\n'
            'Savannah has now been in her own flat."}',
            {("PERSON", "Savannah Brooks"), ("PERSON", "Savannah")},
        ),
        ("Onnea, Onni Virtanen! Onnilla on ollut hyvä elämä.", {("PERSON", "Onnilla")}),
        ("Kadri Tamm töötas meil kuus aastat. Kadriga oli meeldiv.", {("PERSON", "Kadriga")}),
        ("Tack till Jesper Thomsen. Jespers dotter kom också.", {("PERSON", "Jespers")}),
    ],
    "Japanese and Korean names in running text": [
        (
            "曽祖父の佐藤誠は広島の農家に生まれた。大正十四年に小林春子と結婚した。",
            {("PERSON", "佐藤誠"), ("PERSON", "小林春子")},
        ),
        ("외할머니 송미경은 손녀 자랑에 여념이 없다.", {("PERSON", "송미경")}),
    ],
    "birth dates after or before a word for birth": [
        (
            "Rakkaamme\n\nMatti Nieminen\ns. 4. maaliskuuta 1936\nk. 3.7.2024",
            {("DATE_OF_BIRTH", "4. maaliskuuta 1936")},
        ),
        (
            "Abschied von\n\nHELGA BRANDT\n* 27.12.1942   † 26.5.2024",
            {("DATE_OF_BIRTH", "27.12.1942")},
        ),
        (
            "Ivan Horvat\nrođen 14. listopada 1939.\n\nIspraćaj je u petak",
            {("DATE_OF_BIRTH", "14. listopada 1939")},
        ),
        (
            "Jonas Petrauskas\ngimė 1943 m. rugpjūčio 15 d.\n",
            {("DATE_OF_BIRTH", "1943 m. rugpjūčio 15 d.")},
        ),
        ("父 中村茂 儀（1938/07/02生まれ）が永眠しました", {("DATE_OF_BIRTH", "1938/07/02")}),
        ("Ali Yılmaz (08.08.1941 doğumlu) vefat etmiştir.", {("DATE_OF_BIRTH", "08.08.1941")}),
    ],
    "birth dates in tables and SQL": [
        (
            "df.head() gives:\n\n        city  geburtsdatum  score\n"
            "0     Essen      19770823     12\n1      Kiel      19850411      7",
            {("DATE_OF_BIRTH", "19770823"), ("DATE_OF_BIRTH", "19850411")},
        ),
        (
            "      部门    出生日期  级别\n0    研发  1987-03-14    P6\n"
            "1    财务  1979-11-02    P5",
            {("DATE_OF_BIRTH", "1987-03-14"), ("DATE_OF_BIRTH", "1979-11-02")},
        ),
        (
            "부서\t생년월일\t내선\n개발팀\t1984년 7월 3일\t2231\n인사팀\t1991년 12월 19일\t2240",
            {("DATE_OF_BIRTH", "1984년 7월 3일"), ("DATE_OF_BIRTH", "1991년 12월 19일")},
        ),
        (
            'city,date_naissance,address\nLyon,1966-05-21,"4 rue Neuve, 69002 Lyon"\n'
            'Nice,1972-09-08,"17 av. Thiers, 06000 Nice"',
            {("DATE_OF_BIRTH", "1966-05-21"), ("DATE_OF_BIRTH", "1972-09-08")},
        ),
        (
            "INSERT INTO members (code, data_nasterii, plan) VALUES\n"
            "('A12', '1969-08-30', 'basic'),\n('B07', '1993-01-15', 'pro');",
            {("DATE_OF_BIRTH", "1969-08-30"), ("DATE_OF_BIRTH", "1993-01-15")},
        ),
        (
            "SELECT id, tier, birth_date FROM members LIMIT 2;\n  11 | gold | 1958-04-22\n"
            "  12 | base | 1964-10-01",
            {("DATE_OF_BIRTH", "1958-04-22"), ("DATE_OF_BIRTH", "1964-10-01")},
        ),
    ],
}

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "service logins and flags that are no user": [
        ("mysqldump -u backup -p'x' --all-databases > /backup/db.sql", set()),
        (  # the bots' logins stay; their password hashes are secrets all the same
            "qa-bot:$2y$11$6jMPNvjk9tZ/HwHdAs6rGF\ngrafana_ro:$2y$10$abcdefghijklmnopqrstuv",
            {
                ("PASSWORD", "$2y$11$6jMPNvjk9tZ/HwHdAs6rGF"),
                ("PASSWORD", "$2y$10$abcdefghijklmnopqrstuv"),
            },
        ),
        ("then run: sort -u list.txt > uniq.txt", set()),
        ("docker run -u 1000 -v /data:/data img:latest", set()),
        ("Access denied for user 'shop'@'10.0.0.5'", {("IP_ADDRESS", "10.0.0.5")}),
        (
            "sunnyh        10:03:4A:21:8C:1A\namandac       26:83:c8:6c:3b:9c",
            {("MAC_ADDRESS", "10:03:4A:21:8C:1A"), ("MAC_ADDRESS", "26:83:c8:6c:3b:9c")},
        ),
        ("Standup 09:30: notes\nRetro 10:30: actions", set()),
        ("build-notebook and office-mbp are shared", set()),
    ],
    "greetings under a customer's key, ids under a user's": [
        ("ลูกค้า: สวัสดีครับ", set()),
        ("상담원: 무엇을 도와드릴까요\n고객: 안녕하세요", set()),
        ("user_id,country\n599,NZ\n191,IS", set()),
    ],
    "shadow lines and placeholders that are no password": [
        ("root:*:19386:0:99999:7:::\ndaemon:*:19546:0:99999:7:::", set()),
        ('password: "${DB_PASSWORD}"', set()),
    ],
    "companies named after people": [
        ("Work note given for Tyrell Corporation.", set()),
        ("Woonstichting De Linde", set()),
    ],
    "a Japanese household or place, a Korean word with its particle": [
        ("山口家は広島に住んでいる。", set()),
        ("딸 이름을 하늘로 지었다.", set()),
    ],
    "a list's star or a date without a word for birth": [
        ("Release notes\n* 12 fixes 2024\n* 3 more", set()),
        ("The meeting on 12 May 2024 was born out of need.", set()),
    ],
    "dates that are not births": [
        ('{"release_date": "2024-03-01", "build": "20240301"}', set()),
        ('adobe_export_date = "2021-07-14"', set()),
        ("BUILD:   20231107     STATUS: GREEN", set()),
        ("        city  created_at  score\n0     Essen  2023-08-23     12", set()),
        ("INSERT INTO runs (job, started, status) VALUES ('etl', '2024-05-02', 'ok');", set()),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(INCLUDES))
def test_span_includes(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= found(sanitizer, text)


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected
