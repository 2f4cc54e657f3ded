"""Span table for sanitizer 1.33.0.

- Chinese names by their given name (han_names.py): a common surname and a common
  one-character given name ("委托人：张伟，", "前台的胡涛会为您"), a listed two-character given
  name alone ("雅婷：好的"), traditional forms ("林志強", "陳淑芬"), what friends call one
  ("小陈", "阿涛"), an English given name before a surname ("Vincent 陳:"); not where a word
  crosses the name's edges ("公司明天", "周伟大学", "小王子"), nor a name that is a word
  ("安静", "建国以来"), nor in a Japanese text.
- Japanese names by a listed given name: after a listed surname, spaced or not ("鈴木 直樹",
  "佐藤恵子儀", "父伊藤 大輔の", "松本 さくら"), a listed surname of two kanji, a space and
  kanji ("池田 凛さん"), a listed given name alone in a Japanese text ("夫の翔太は"); not a
  surname before a title ("山本 部長"), a surname and one kanji inside a word ("中村進捗",
  "北陸"), nor a given name that is a word ("大和", "勇気").
- Ethiopic, Sinhala and Khmer names by lists of given names and surnames (script_names.py):
  a run of listed names with a given name that is no word, two or more of them, or a title
  ("ሰለሞን ደስታ", "የሙሉጌታ", "ወ/ሮ ሰላማዊት ከበደ", "දිනේෂ් හේරත්", "ចាន់ ស្រីល័ក្ខ"); Burmese
  names of listed syllables ("ခင်မြတ်မွန်", "ဦးဇော်ဝင်း"); not a name that is a word alone
  ("ደስታ" joy, "ትዕግስት" patience), a surname alone, nor one syllable twice ("ကောင်းကောင်း").
- Indic names: South India's (Tamil, Telugu, Kannada, Malayalam), Bangladesh's and Nepal's
  in the curated list; a Tamil stop voiced between vowels or after a nasal ("முருகன்"
  Murugan), "q" read as "k" ("রফিকুল" Rafiqul), Bengali "b" also as "v" ("তানভীর" Tanvir);
  not a postposition ("கிட்ட"), nor a letter's "বিনীত" (humbly) or "सविनय".
- Arabic-script names after a title, one or two words ending a clause, listed or not
  ("جناب آقای دکتر رضایی،"), and names that are words after a relative ("خواهرم نگار"); not
  "dear doctor", "Your Honour" ("جناب عالی!"), nor a trade ("مهندس برمجيات").
- Keypad codes written in two groups of three after a door, key safe or combination word
  ("Key safe code 584-836"); not a phone number nor a time range.
- A keypad's new code: a word for "new" and one for "code" in one clause, in many languages
  ("Kodi i ri i hyrjes është X8998", "Trepikoja uus kood on 8969"); not an error, promo,
  postal or tracking code, nor a year.
"""

from __future__ import annotations

import pytest
from conftest import found, span_cases

from sanitizers import Sanitizer

TABLE: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "Chinese names by their given name": [
        ("授权委托书\n委托人：张伟，身份证已复印", {("PERSON", "张伟")}),
        ("下午开会，黄静说她来不了", {("PERSON", "黄静")}),
        ("前台的胡涛会为您办理入住手续", {("PERSON", "胡涛")}),
        ("感谢李伟在项目上的帮助", {("PERSON", "李伟")}),
        ("雅婷：好的，我明天过去", {("PERSON", "雅婷")}),
        ("请把钥匙交给欧阳丽", {("PERSON", "欧阳丽")}),
        ("房東是林志強，押金兩個月", {("PERSON", "林志強")}),
        ("好的，我让小陈补一下材料", {("PERSON", "小陈")}),
        ("11:52 Vincent 陳: 我們會晚一點到", {("PERSON", "Vincent 陳")}),
        # near-misses: a word crosses the name's edge, a name that is a word, a product
        ("公司明天放假一天", set()),
        ("他周伟大学毕业以后去了深圳", set()),
        ("孩子们在读小王子", set()),
        ("楼上很安静", set()),
        ("建国以来第一次", set()),
        ("小米和华为的手机哪个好", set()),
        ("老师说明天交作业", set()),
    ],
    "Japanese names by their given name": [
        (
            "緊急連絡先：鈴木 直樹　03-1234-5678",
            {("PERSON", "鈴木 直樹"), ("PHONE_NUMBER", "03-1234-5678")},
        ),
        ("訃報\n佐藤恵子儀 かねてより療養中のところ", {("PERSON", "佐藤恵子")}),
        ("父伊藤 大輔の還暦祝いの会を開きます", {("PERSON", "伊藤 大輔")}),
        ("担当は松本 さくらです", {("PERSON", "松本 さくら")}),
        ("池田 凛さんから電話がありました", {("PERSON", "池田 凛")}),
        ("夫の翔太は何も言ってくれない", {("PERSON", "翔太")}),
        ("小林陽菜", {("PERSON", "小林陽菜")}),
        # a Chinese line of a text with Japanese in it is read as Chinese
        ("担当者へ：要約してください。\n报修人：郑振华", {("PERSON", "郑振华")}),
        # near-misses: a title, a word after a surname, a region, given names that are words
        ("山本 部長に確認します", set()),
        ("中村進捗確認済み", set()),
        ("北陸、関東大地震の記録", set()),
        ("大和の歴史を調べる", set()),
        ("勇気を出して話した", set()),
    ],
    "Ethiopic, Sinhala, Khmer and Burmese names by lists": [
        ("የሠርግ ጥሪ\nሰለሞን ደስታ እና አልማዝ ጌታቸው", {("PERSON", "ሰለሞን ደስታ"), ("PERSON", "አልማዝ ጌታቸው")}),
        ("የሙሉጌታ ስልክ ተቀይሯል", {("PERSON", "ሙሉጌታ")}),
        ("ሰላም ወ/ሮ ሰላማዊት ከበደ፣ ነገ እንገናኝ", {("PERSON", "ሰላማዊት ከበደ")}),
        ("ක්‍රීඩකයාගේ නම: දිනේෂ් හේරත්", {("PERSON", "දිනේෂ් හේරත්")}),
        ("මගේ මව සමන් බණ්ඩාර ගෙදර", {("PERSON", "සමන් බණ්ඩාර")}),
        ("ខ្ញុំ លី វណ្ណៈ សូមសួរ", {("PERSON", "លី វណ្ណៈ")}),
        ("ឪពុកម្តាយ: ចាន់ ស្រីល័ក្ខ", {("PERSON", "ចាន់ ស្រីល័ក្ខ")}),
        ("နာရေးသတင်း\nဦးဇော်ဝင်း ကွယ်လွန်", {("PERSON", "ဇော်ဝင်း")}),
        ("ဆက်သွယ်ရန် ခင်မြတ်မွန် ထံ", {("PERSON", "ခင်မြတ်မွန်")}),
        # near-misses: names that are words alone (joy, patience), surnames alone, a word of
        # one syllable twice (well)
        ("ደስታ ነው", set()),
        ("ትዕግስት ያስፈልጋል", set()),
        ("| 85 | ප්‍රනාන්දු |", set()),
        ("ខ្ញុំសុខសប្បាយ សុភាព", set()),
        ("မင်္ဂလာပါ ကောင်းကောင်း", set()),
    ],
    "Indic names of South India, Bangladesh and Nepal": [
        (
            "ரேவதி பாலாஜி, முருகன் கார்த்திக் வருவார்கள்",
            {("PERSON", "ரேவதி"), ("PERSON", "பாலாஜி"), ("PERSON", "முருகன்"), ("PERSON", "கார்த்திக்")},
        ),
        ("ஹாய் லட்சுமி, நாளை வா", {("PERSON", "லட்சுமி")}),
        ("স্ত্রী জেসমিন হক বাসায় নেই", {("PERSON", "জেসমিন হক")}),
        ("রফিকুল ইসলাম দেশভাগে চলে যান", {("PERSON", "রফিকুল ইসলাম")}),
        ("তানভীর সারাদিন বাইরে", {("PERSON", "তানভীর")}),
        # near-misses: a postposition, a letter's "humbly" and "respectfully"
        ("அவன் கிட்ட சொல்லு", set()),
        ("বিনীত,", set()),
        ("सविनय निवेदन है", set()),
    ],
    "Arabic-script names after a title or a relative": [
        ("جناب آقای دکتر رضایی،", {("PERSON", "رضایی")}),
        ("شكرا للتعاون مع الدكتور خالد النعيمي.", {("PERSON", "خالد النعيمي")}),
        ("خواهرم نگار می‌خواهد بیاید", {("PERSON", "نگار")}),
        # near-misses: "dear doctor", "Your Honour", a trade
        ("دکتر عزیز، سلام", set()),
        ("جناب عالی! گزارش ہے", set()),
        ("الخبرات: مهندس برمجيات، شركة", set()),
    ],
    "keypad codes written in two groups of three": [
        ("Access: works from home. Key safe code 584-836.", {("PASSWORD", "584-836")}),
        ("Postbox combination: 961-224", {("PASSWORD", "961-224")}),
        # near-misses: a phone number after a door word, a time range
        ("call 555-123-4567 about the door code", {("PHONE_NUMBER", "555-123-4567")}),
        ("alarm at 12:30-14:00", set()),
    ],
}


# the model's guesses about a short snippet's foreign words are not these rules'
NEW_CODES: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {
    "a keypad's new code, in many languages": [
        ("Kodi i ri i hyrjes është X8998. Për pyetje", {("PASSWORD", "X8998")}),
        ("Trepikoja uus kood on 8969.", {("PASSWORD", "8969")}),
        ("Namba mpya ya geti ni 534900", {("PASSWORD", "534900")}),
        ("Mật khẩu cửa mới là 5787 nha", {("PASSWORD", "5787")}),
        ("Pyörävaraston uusi koodi on 347456.", {("PASSWORD", "347456")}),
        # near-misses: an error, a promo code, a year
        ("new error code 5012", set()),
        ("new promo code 4411", set()),
        ("the new release code is 2024", set()),
    ],
}


@pytest.mark.parametrize(("text", "expected"), span_cases(TABLE))
def test_span_table(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert found(sanitizer, text) == expected


@pytest.mark.parametrize(("text", "expected"), span_cases(NEW_CODES))
def test_new_codes(sanitizer: Sanitizer, text: str, expected: set[tuple[str, str]]) -> None:
    assert {f for f in found(sanitizer, text) if f[0] == "PASSWORD"} == expected
